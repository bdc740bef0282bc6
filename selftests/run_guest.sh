#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Runs inside the QEMU guest (busybox sh), from /payload: loads vmwrite.ko,
# runs every selftest in a process of its own with the kernel log checked
# after each, unloads the module.  Prints one line per test:
#   vmwrite-result: PASS|FAIL|SKIP <binary> <fixture.test>
# which the host counts.  The mode file says which set this boot runs:
#   main    everything but the one-way tests
#   oneway  the tests for settings that cannot be undone, and those that
#           need the boot command line this boot was given
cd /payload || exit 1
mode=$(cat mode)
bad='BUG:|WARNING:|Oops|general protection|lockdep|KFENCE|UBSAN|KASAN|Call Trace'
failed=0

result()
{
	echo "vmwrite-result: $1 $2 $3"
	[ "$1" = FAIL ] && failed=1
}

# Runs each test of harness binary $1 whose fixture.test matches the
# extended regular expression $2.
run_harness()
{
	bin=$1
	list=$(bin/"$bin" -l 2>&1 | awk '
		/^#|^---/ { next }
		NF == 2 { fixture = $1; print $1 "." $2; next }
		NF == 1 { print fixture "." $1 }' | grep -E "$2")
	if [ -z "$list" ]; then
		result FAIL "$bin" "lists no test matching $2"
		return
	fi
	for t in $list; do
		# Debug level: in the log, but never interleaved on the console.
		echo "<7>vmwrite-selftest: $bin $t" > /dev/kmsg
		dmesg -c > /dev/null
		bin/$bin -r "$t" > /tmp/test.out 2>&1
		rc=$?
		cat /tmp/test.out
		log=$(dmesg -c | grep -E "$bad")
		if [ -n "$log" ]; then
			echo "$log"
			result FAIL "$bin" "$t"
		elif [ $rc -ne 0 ]; then
			result FAIL "$bin" "$t"
		# The harness exits 0 for a test that skipped: its TAP says.
		elif grep -q '^ok .* # SKIP' /tmp/test.out; then
			result SKIP "$bin" "$t"
		else
			result PASS "$bin" "$t"
		fi
	done
}

# Runs a TAP-printing command, one result per "ok"/"not ok" line, and
# fails it as a whole if the kernel log complained while it ran.
run_tap()
{
	name=$1
	shift
	dmesg -c > /dev/null
	"$@" > /tmp/tap.out 2>&1
	rc=$?
	while read -r line; do
		case $line in
		"ok "*"# SKIP"*) result SKIP "$name" "${line#ok }" ;;
		"ok "*) result PASS "$name" "${line#ok }" ;;
		"not ok "*) result FAIL "$name" "${line#not ok }" ;;
		*) echo "$line" ;;
		esac
	done < /tmp/tap.out
	if [ $rc -ne 0 ] || ! grep -q '^ok ' /tmp/tap.out; then
		result FAIL "$name" "exited $rc"
	fi
	log=$(dmesg -c | grep -E "$bad")
	if [ -n "$log" ]; then
		echo "$log"
		result FAIL "$name" "kernel log"
	fi
}

if ! insmod vmwrite.ko; then
	result FAIL insmod vmwrite.ko
	exit 1
fi
# Kernel memory for the kernel-target tests to aim at.
if ! insmod vmwrite_testmod.ko; then
	result FAIL insmod vmwrite_testmod.ko
	exit 1
fi

case $mode in
main)
	# The boot options check.sh gives this boot.
	export VMWRITE_EXPECT_FORCE=1 VMWRITE_EXPECT_LA57=1 \
		VMWRITE_EXPECT_VSYSCALL=1 VMWRITE_EXPECT_OFFLINE=1 \
		VMWRITE_EXPECT_KFENCE=1
	run_harness vmwrite_test '^(global|unpriv)\.'
	run_harness vmwrite_kernel_test '^(global|kernel)\.'
	run_harness libvmwrite_test .
	run_harness dbgeng_test .
	run_tap dbgeng_cxx_test bin/dbgeng_cxx_test
	run_tap cli_test sh ./cli_test.sh bin/vmwrite bin/cli_target
	bin/vmwrite_bench
	;;
oneway)
	# This boot has proc_mem.force_override=never, no5lvl and a balloon.
	export VMWRITE_EXPECT_FORCE=0 VMWRITE_EXPECT_LA57=0 \
		VMWRITE_EXPECT_VSYSCALL=0 VMWRITE_EXPECT_BALLOON=1
	run_harness vmwrite_test '^(oneway\.|global\.force_follows_proc_mem$)'
	# The kernel target again, with 4-level paging; lockdown last: it
	# cannot be lowered again.
	run_harness vmwrite_kernel_test '^kernel\.'
	run_harness vmwrite_kernel_test '^oneway\.'
	;;
esac

rmmod vmwrite_testmod
if rmmod vmwrite; then
	result PASS rmmod vmwrite
else
	result FAIL rmmod vmwrite
fi
exit $failed
