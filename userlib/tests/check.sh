#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# `make check`: runs every host test suite, numbers their TAP lines as one
# sequence and ends with "userlib: N passed, M failed, K skipped".  Exits
# non-zero if anything failed, including a suite that died without saying
# so.  The counting is selftests/tap.sh's, as for the guest and make check.

set -u
O=${O:-../.build/userlib}	# where make built everything
# shellcheck source=selftests/tap.sh
. "$(dirname "$0")/../../selftests/tap.sh"
TAP_VERBOSE=1	# every suite's output, its diagnostics as "# " lines
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
trap 'exit 1' INT TERM

# suite NAME COMMAND...
suite() {
	name=$1
	shift
	tap_run "$name" "$out" "$@"
}

suite lib/test_nodevice "$O/lib/tests/test_nodevice"
suite lib/test_model "$O/lib/tests/test_model"
suite lib/test_batch "$O/lib/tests/test_batch"
suite lib/test_memops "$O/lib/tests/test_memops"
suite symbols/test_symbols "$O/symbols/tests/test_symbols" "$O/cli/tests/target"
suite symbols/test_btf "$O/symbols/tests/test_btf"
suite cli/test_cli "$O/cli/tests/test_cli" "$O/vmwrite.static"
suite cli/test_events "$O/cli/tests/test_events"
suite cli/test_gdbserver "$O/cli/tests/test_gdbserver" "$O/cli/tests/vmwrite-model"
suite cli/cli_test sh cli/tests/cli_test.sh "$O/cli/tests/vmwrite-model" "$O/cli/tests/target"
suite netlink/test_netlink "$O/netlink/tests/test_netlink"
suite dbgeng/test_dbgeng "$O/dbgeng/tests/test_dbgeng"
suite dbgeng/test_modules "$O/dbgeng/tests/test_modules"
suite dbgeng/test_callbacks "$O/dbgeng/tests/test_callbacks"
suite dbgeng/clients "$O/dbgeng/tests/clients"
suite dbgeng/clients++ "$O/dbgeng/tests/clients++"
suite dbgeng/types "$O/dbgeng/tests/types"
suite dbgeng/cxx "$O/dbgeng/tests/cxx"
suite dbgeng/order sh dbgeng/tests/order.sh
suite dbgeng/generated sh dbgeng/tests/generated.sh
suite test_build sh tests/test_build.sh

tap_summary userlib
