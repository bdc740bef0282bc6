#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check-debug: every selftest and a time-boxed fuzz run on the debug
# kernel (scripts/debug-kernel.sh: KASAN, KFENCE, UBSAN, lockdep,
# DEBUG_VM, DEBUG_PAGEALLOC, kmemleak), failing on any report: a splat in
# the kernel log, lockdep switched off by an earlier report, a kmemleak
# report naming vmwrite.  Ends like make check, with
#   selftests: N passed, M failed, K skipped
# The kernel is built once (about half an hour on two cores) and cached
# outside the tree; the boots run many times slower than Debian's kernels.
set -uo pipefail

# shellcheck source=scripts/check-lib.sh
. "$(dirname "$0")/check-lib.sh"
k=6.12-debug

# debug_pagealloc makes DEBUG_PAGEALLOC act; KASAN under TCG on a busy
# host trips the lockup and RCU stall detectors at their defaults.  Three
# times the memory, and a third of it movable: early boot allocations
# (KASAN's shadow among them) take the top blocks, which then cannot go
# offline.
DEBUG_APPEND="debug_pagealloc=on watchdog_thresh=60 rcupdate.rcu_cpu_stall_timeout=300 movablecore=1G"
DEBUG_OPTS=(--timeout 10800 --mem 3072)

stage "host: dependencies, debug kernel"
deps
host_check "$k: built (scripts/debug-kernel.sh)" scripts/debug-kernel.sh
kdir=$(scripts/debug-kernel.sh --print-kdir) &&
	echo "# $k: built in $(($(cat "${kdir%/build}/build-time") / 60)) minutes, $(cat "${kdir%/build}/abi")"

stage "host: builds"
build_for "$k"
build_tests

stage "guest: $k"
guest_env="VMWRITE_DEBUG=1 VMWRITE_FUZZ_CALLS=1000000 VMWRITE_FUZZ_SECONDS=${VMWRITE_FUZZ_SECONDS:-900}"
guest "$k" main "$MAIN_APPEND $DEBUG_APPEND" "${DEBUG_OPTS[@]}"
guest "$k" oneway "$ONEWAY_APPEND $DEBUG_APPEND" "${DEBUG_OPTS[@]}" \
	"${ONEWAY_OPTS[@]}"

finish
