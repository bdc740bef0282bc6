#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The long runs, on every kernel given, in the main boot's conditions,
# with the kernel log checked after each; they end like make check.
#   check-long.sh fuzz KERNEL...    make fuzz: the fuzzer,
#       VMWRITE_FUZZ_CALLS calls (default 2,000,000) or VMWRITE_FUZZ_SECONDS
#       (default 3600) per kernel; VMWRITE_FUZZ_SEED replays a seed
#   check-long.sh stress KERNEL...  make stress: the race tests,
#       VMWRITE_STRESS_ITERS rounds each (default 10,000)
set -uo pipefail

# shellcheck source=scripts/check-lib.sh
. "$(dirname "$0")/check-lib.sh"

what=${1:-}
shift
append=""
kernels=("$@")
case $what in
fuzz)
	guest_env="VMWRITE_FUZZ_CALLS=${VMWRITE_FUZZ_CALLS:-2000000}"
	guest_env+=" VMWRITE_FUZZ_SECONDS=${VMWRITE_FUZZ_SECONDS:-3600}"
	guest_env+="${VMWRITE_FUZZ_SEED:+ VMWRITE_FUZZ_SEED=$VMWRITE_FUZZ_SEED}"
	;;
stress)
	guest_env="VMWRITE_STRESS_ITERS=${VMWRITE_STRESS_ITERS:-10000}"
	# The memory pressure test's OOM reports, 500 of them at 10,000
	# rounds, must all fit in the kernel log to be checked.
	append=" log_buf_len=16M"
	;;
*)
	echo "usage: $0 fuzz|stress KERNEL..." >&2
	exit 2
	;;
esac

stage "host: builds"
deps
for k in "${kernels[@]}"; do
	build_for "$k"
done
build_tests

for k in "${kernels[@]}"; do
	stage "guest: $k"
	guest "$k" "$what" "$MAIN_APPEND$append" --timeout 14400
	# What the fuzzer's calls came to.
	grep -a '^# \(seed\|worker\|attach\|api\|read\|write\|cmpxchg\|region\)' \
		"$logs/guest-$k-$what.log" || true
done

finish
