#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# `make check`: runs every host test suite, numbers their TAP lines as one
# sequence and ends with "userlib: N passed, M failed".  Exits non-zero if
# anything failed, including a suite that died without saying so.

set -u
total=0
passed=0
failed=0
skipped=0
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
trap 'exit 1' INT TERM

# suite NAME COMMAND...
suite() {
	name=$1
	shift
	"$@" >"$out" 2>&1
	status=$?
	suite_failed=0
	while IFS= read -r line; do
		case $line in
		"ok "*)
			total=$((total + 1))
			passed=$((passed + 1))
			case $line in *"# SKIP"*) skipped=$((skipped + 1)) ;; esac
			echo "ok $total ${line#ok * }"
			;;
		"not ok "*)
			total=$((total + 1))
			failed=$((failed + 1))
			suite_failed=1
			echo "not ok $total ${line#not ok * }"
			;;
		*)
			echo "$line"
			;;
		esac
	done <"$out"
	if [ $status != 0 ] && [ $suite_failed = 0 ]; then
		total=$((total + 1))
		failed=$((failed + 1))
		echo "not ok $total $name exited with status $status"
	fi
}

suite test_host ./test_host ./vmwrite.static
suite test_model ./tests/test_model
suite cli_test sh tests/cli_test.sh ./tests/vmwrite-model ./tests/target
suite test_build sh tests/test_build.sh
suite dbgeng_types ./tests/dbgeng_types
suite dbgeng_cxx ./tests/dbgeng_cxx
suite dbgeng_order sh tests/dbgeng_order.sh

if [ $skipped != 0 ]; then
	echo "userlib: $passed passed, $failed failed ($skipped skipped)"
else
	echo "userlib: $passed passed, $failed failed"
fi
[ $failed = 0 ]
