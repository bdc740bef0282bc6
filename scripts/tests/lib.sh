# shellcheck shell=bash
# SPDX-License-Identifier: GPL-2.0
#
# What the TAP-printing host tests in scripts/tests/ share: each check one
# line, its command's output in $log, shown (its end) when it failed.
# Source it after setting log=FILE; finish with tests_done.
# shellcheck disable=SC2154 # log is the sourcing script's

n=0 failed=0

# result STATUS DESC: one TAP line for a command that exited STATUS.
result()
{
	n=$((n + 1))
	if [ "$1" = 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		tail -n 25 "$log" | sed 's/^/# /'
		failed=1
	fi
}

# check DESC CMD...: CMD's output to the log, its status the result.
check()
{
	local desc=$1 rc=0

	shift
	"$@" >"$log" 2>&1 || rc=$?
	result "$rc" "$desc"
}

# The plan line, and the exit status: non-zero if anything failed.
tests_done()
{
	echo "1..$n"
	exit $failed
}
