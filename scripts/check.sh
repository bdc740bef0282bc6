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

# Boots KERNEL with the payload for MODE.  An emulator that dies before
# the payload even started is retried (twice at most, and said so); a
# failure once the payload runs never is.
guest()
{
	local kernel=$1 mode=$2 append=$3 payload log try
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
			--append "$append" --log "$log" > /dev/null 2> "$log.err"; then
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

echo "# host: dependencies and kernels"
if ! scripts/deps.sh; then
	not_ok "dependencies (scripts/deps.sh)"
	echo "selftests: $pass passed, $fail failed, $skip skipped"
	exit 1
fi
for k in "${kernels[@]}"; do
	host_check "fetch $k" scripts/kernel-fetch.sh --print-kdir "$k"
done

echo "# host: build hygiene"
host_check "checkpatch --strict module/ uapi/" scripts/hygiene.sh style
for k in "${kernels[@]}"; do
	host_check "$k: sparse (C=2) clean" scripts/hygiene.sh sparse "$k"
	# Last, so that .build/$k holds the W=1 module the guest loads.
	host_check "$k: W=1 build warning-free" scripts/hygiene.sh w1 "$k"
	host_check "$k: test module W=1 and sparse clean" \
		scripts/hygiene.sh testmod "$k"
done

host_check "Documentation builds with no Sphinx warning" make -s docs

echo "# host: library, CLI and selftest builds"
build_tests() { make -s userlib selftests && make -s -C userlib tests/target; }
host_check "build userlib and selftests" build_tests
make -s -C userlib check > "$logs/userlib-check.log" 2>&1
userlib_rc=$?
while read -r line; do
	case $line in
	"ok "*"# SKIP"*) echo "ok - userlib: ${line#ok } (skipped)"; skip=$((skip + 1)) ;;
	"ok "*) ok "userlib: ${line#ok }" ;;
	"not ok "*) not_ok "userlib: ${line#not ok }" ;;
	esac
done < "$logs/userlib-check.log"
# A test program that did not even build prints no "not ok" line.
if [ "$userlib_rc" -ne 0 ]; then
	tail -n 20 "$logs/userlib-check.log"
	not_ok "userlib: make check exited $userlib_rc"
fi

for k in "${kernels[@]}"; do
	if [ ! -f ".build/$k/vmwrite.ko" ] ||
	   [ ! -f ".build/$k-testmod/vmwrite_testmod.ko" ]; then
		not_ok "$k: no module to test"
		continue
	fi
	echo "# guest: $k"
	# secretmem is off by default before 6.5: the kernel tests need it.
	guest "$k" main "secretmem.enable=1"
	# One-way settings, and the command line they need, in a boot of their
	# own (the option spelt with a dash, which the kernel takes for the
	# underscore); 4-level paging there, 5-level in the main boot.
	guest "$k" oneway "proc_mem.force-override=never no5lvl"
done

echo "selftests: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
