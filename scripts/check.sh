#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check: every test vmwrite has, ending with one line
#   selftests: N passed, M failed, K skipped
# Host checks (style, W=1, sparse, library) count one each; in the guests,
# every selftest on every kernel counts one.  Usage: check.sh KERNEL...
set -uo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
kernels=("$@")
pass=0 fail=0 skip=0
logs=$top/.build/logs
mkdir -p "$logs"

ok() { echo "ok - $*"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $*"; fail=$((fail + 1)); }

# Each stage says how long it took: the total must stay within CI's limit.
stage_name='' stage_start=$SECONDS
elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
stage()
{
	if [ -n "$stage_name" ]; then
		echo "# $stage_name: $(elapsed $((SECONDS - stage_start)))"
	fi
	stage_name=$1 stage_start=$SECONDS
	[ -z "$1" ] || echo "# $1"
}

# The end: the time of the last stage and of everything, then the summary.
finish()
{
	stage ''
	echo "# total: $(elapsed "$SECONDS")"
	echo "selftests: $pass passed, $fail failed, $skip skipped"
	[ "$fail" -eq 0 ]
	exit
}

# Runs a host check: its output is shown only when it fails.
host_check()
{
	local name=$1 out
	shift
	if out=$("$@" 2>&1); then
		ok "$name"
	else
		echo "$out" | tail -n 40
		not_ok "$name"
	fi
}

# Counts the "ok"/"not ok" lines of a TAP log, each named PREFIX: NAME.
count_tap()
{
	local prefix=$1 log=$2 line

	while read -r line; do
		case $line in
		"ok "*"# SKIP"*) echo "ok - $prefix: ${line#ok } (skipped)"; skip=$((skip + 1)) ;;
		"ok "*) ok "$prefix: ${line#ok }" ;;
		"not ok "*) not_ok "$prefix: ${line#not ok }" ;;
		esac
	done < "$log"
}

# Runs a TAP-printing command, its log kept as $logs/NAME.log, and counts
# it; a command that fails without a "not ok" line fails too.  Its "#"
# diagnostics are shown when something failed.
tap_check()
{
	local name=$1 log=$logs/$1.log rc=0
	shift

	"$@" > "$log" 2>&1 || rc=$?
	if grep -q '^not ok ' "$log"; then
		grep '^#' "$log"
	elif [ "$rc" -ne 0 ]; then
		tail -n 20 "$log"
		not_ok "$name: exited $rc"
	fi
	count_tap "$name" "$log"
}

# Counts the "vmwrite-result:" lines a guest printed.
count_guest()
{
	local kernel=$1 log=$2 verdict name
	while read -r _ verdict name; do
		case $verdict in
		PASS) ok "$kernel: $name" ;;
		SKIP) echo "ok - $kernel: $name # SKIP"; skip=$((skip + 1)) ;;
		*) not_ok "$kernel: $name" ;;
		esac
	done < <(grep -a '^vmwrite-result: ' "$log")
}

# Boots KERNEL with the payload for MODE, and guest-run.sh's options after
# it.  An emulator that dies before the payload even started is retried
# (twice at most, and said so); a failure once the payload runs never is.
guest()
{
	local kernel=$1 mode=$2 append=$3 payload log try
	shift 3
	payload=$top/.build/payload-$kernel-$mode
	log=$logs/guest-$kernel-$mode.log
	rm -rf "$payload"
	mkdir -p "$payload/bin"
	cp "$top/.build/$kernel/vmwrite.ko" \
		"$top/.build/$kernel-testmod/vmwrite_testmod.ko" "$payload/"
	cp selftests/run_guest.sh "$payload/run.sh"
	echo "$mode" > "$payload/mode"
	cp selftests/vmwrite_test selftests/vmwrite_kernel_test \
		selftests/libvmwrite_test selftests/vmwrite_bench \
		selftests/dbgeng_test selftests/dbgeng_cxx_test "$payload/bin/"
	cp userlib/vmwrite.static "$payload/bin/vmwrite"
	cp userlib/tests/target "$payload/bin/cli_target"
	cp userlib/tests/cli_test.sh "$payload/"
	for try in 1 2 3; do
		if scripts/guest-run.sh --kernel "$kernel" --payload "$payload" \
			--append "$append" --log "$log" "$@" \
			> /dev/null 2> "$log.err"; then
			count_guest "$kernel" "$log"
			ok "$kernel: $mode boot, kernel log clean"
			return
		fi
		grep -q 'vmwrite-init: running' "$log" && break
		echo "# $kernel: the emulated guest died before the payload started (try $try):"
		grep -aE 'Oops|Kernel panic|RIP:' "$log" | head -n 3 | sed 's/^/#   /'
	done
	count_guest "$kernel" "$log"
	cat "$log.err"
	not_ok "$kernel: $mode boot (console log: $log)"
}

stage "host: dependencies and kernels"
tap_check apt-source scripts/tests/apt-source.sh
if ! scripts/deps.sh; then
	not_ok "dependencies (scripts/deps.sh)"
	finish
fi
for k in "${kernels[@]}"; do
	host_check "fetch $k" scripts/kernel-fetch.sh --print-kdir "$k"
done

stage "host: build hygiene"
host_check "checkpatch --strict module/ uapi/" scripts/hygiene.sh style
for k in "${kernels[@]}"; do
	host_check "$k: sparse (C=2) clean" scripts/hygiene.sh sparse "$k"
	# Last, so that .build/$k holds the W=1 module the guest loads.
	host_check "$k: W=1 build warning-free" scripts/hygiene.sh w1 "$k"
	host_check "$k: test module W=1 and sparse clean" \
		scripts/hygiene.sh testmod "$k"
done

host_check "Documentation builds with no Sphinx warning" make -s docs

stage "host: library, CLI and selftest builds"
build_tests() { make -s userlib selftests && make -s -C userlib tests/target; }
host_check "build userlib and selftests" build_tests
tap_check userlib make -s -C userlib check

# The README's commands as a newcomer types them, each from a fresh copy
# of the tree: the quick make targets, and make run on every kernel.
stage "fresh copies: make targets, make run"
tap_check fresh scripts/check-fresh.sh targets
for k in "${kernels[@]}"; do
	tap_check "fresh-run-$k" scripts/check-fresh.sh demo "$k"
done

for k in "${kernels[@]}"; do
	if [ ! -f ".build/$k/vmwrite.ko" ] ||
	   [ ! -f ".build/$k-testmod/vmwrite_testmod.ko" ]; then
		not_ok "$k: no module to test"
		continue
	fi
	stage "guest: $k"
	# secretmem is off by default before 6.5: the kernel tests need it.
	# The vsyscall page mapped, memory that can go offline (the top
	# 256M are movable) and KFENCE's guard pages, for the kernel target
	# to meet.
	guest "$k" main "secretmem.enable=1 vsyscall=emulate movablecore=256M kfence.sample_interval=100"
	# One-way settings, and the command line they need, in a boot of their
	# own (the option spelt with a dash, which the kernel takes for the
	# underscore); 4-level paging there, 5-level in the main boot.  A
	# virtio balloon the host inflates when a test asks.
	guest "$k" oneway "proc_mem.force-override=never no5lvl" \
		--balloon --module virtio_pci --module virtio_balloon
done

finish
