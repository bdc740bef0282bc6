#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The guest side of the selftests: run.sh of the payload that
# scripts/qemu-boot.sh boots (busybox sh, in /payload).  Loads vmwrite.ko,
# runs every selftest in a process of its own with the kernel log checked
# after each, unloads the module.  Prints TAP (selftests/tap.sh), one
# result per test,
#   ok N - <binary>: <fixture.test>
# and what the tests printed as "# " lines; the host counts the results.
# The mode file says which set this boot runs:
#   main    everything but the one-way tests, and a short fuzz run
#   oneway  the tests for settings that cannot be undone, and those that
#           need the boot command line this boot was given
#   fuzz    the fuzzer only, VMWRITE_FUZZ_CALLS calls
#   stress  the race tests only, VMWRITE_STRESS_ITERS rounds each
#   bench   the benchmark only (make bench)
# The env file exports what the host asks for: VMWRITE_FUZZ_CALLS,
# VMWRITE_FUZZ_SECONDS, VMWRITE_FUZZ_SEED, VMWRITE_STRESS_ITERS (the
# tests' defaults otherwise); VMWRITE_DEBUG=1 on the debug
# kernel, where kmemleak and lockdep are checked at the end too.
set -u
cd /payload || exit 1
mode=$(cat mode)
# shellcheck source=/dev/null
[ -f env ] && . ./env
# shellcheck source=selftests/tap.sh
. ./tap.sh
# Nested output is shown, as "# " lines.
TAP_VERBOSE=1
# What a kernel report looks like: the host checks the console with it too.
bad=$(cat splats)

# The memory pressure test expects the OOM killer: its report, from
# "invoked oom-killer" to "Killed process", is no finding there.  It is
# kept off the console (which the host checks whole), and checked here.
oom_test() { case $1 in *memory_pressure*) true ;; *) false ;; esac; }
oom_expected()
{
	if oom_test "$1"; then
		awk '/invoked oom-killer/ { skip = 1 }
		     !skip { print }
		     /Killed process/ { skip = 0 }'
	else
		cat
	fi
}

# Empties the kernel log and starts it with a line naming what runs
# next, $1.  Debug level: in the log, but never on the console.
klog_begin()
{
	dmesg -c > /dev/null
	echo "<7>vmwrite-selftest: $1" > /dev/kmsg
}

# Is the kernel log clean since klog_begin $1?  Prints what is not.  A
# log that lost its first line wrapped: what it dropped was never checked.
klog_clean()
{
	dmesg -c > /tmp/test.log
	if ! grep -q "vmwrite-selftest: $1\$" /tmp/test.log; then
		echo "# kernel log wrapped while $1 ran: not checked (log_buf_len=?)"
		return 1
	fi
	log=$(oom_expected "$1" < /tmp/test.log | grep -E "$bad")
	[ -z "$log" ] && return 0
	echo "$log" | tap_diag
	return 1
}

# Runs each test of harness binary $1 whose fixture.test matches the
# extended regular expression $2.
run_harness()
{
	bin=$1
	# -l prints fixtures, variants and tests in columns of 20 and 25,
	# variants and tests side by side: every variant runs every test.
	list=$(bin/"$bin" -l 2>&1 | awk '
		function emit(i, j) {
			for (j = 0; fixture != "" && j < nt; j++)
				if (!nv)
					print fixture "." tests[j]
				else
					for (i = 0; i < nv; i++)
						print fixture "." variants[i] "." tests[j]
			fixture = ""
			nv = nt = 0
		}
		/^#|^---/ { emit(); next }
		{
			f = substr($0, 1, 20); v = substr($0, 22, 25); t = substr($0, 48)
			gsub(/ /, "", f); gsub(/ /, "", v); gsub(/ /, "", t)
			if (f != "") { emit(); fixture = f }
			if (v != "") variants[nv++] = v
			if (t != "") tests[nt++] = t
		}
		END { emit() }' | grep -E "$2")
	if [ -z "$list" ]; then
		tap_not_ok "$bin: lists no test matching $2"
		return
	fi
	for t in $list; do
		klog_begin "$bin $t"
		read -r console _ < /proc/sys/kernel/printk
		oom_test "$t" && dmesg -n 1
		bin/"$bin" -r "$t" > /tmp/test.out 2>&1
		rc=$?
		dmesg -n "$console"
		tap_diag < /tmp/test.out
		if ! klog_clean "$bin $t"; then
			tap_not_ok "$bin: $t"
		elif [ $rc -ne 0 ]; then
			tap_not_ok "$bin: $t"
		# The harness exits 0 for a test that skipped: its TAP says.
		elif grep -q '^ok .* # SKIP' /tmp/test.out; then
			tap_skip "$bin: $t"
		else
			tap_ok "$bin: $t"
		fi
	done
}

# Runs a TAP-printing command, one result per "ok"/"not ok" line
# (tap_run), and fails it as a whole if the kernel log complained while
# it ran.
run_tap()
{
	name=$1
	shift
	klog_begin "$name"
	tap_run "$name" /tmp/tap.out "$@"
	klog_clean "$name" || tap_not_ok "$name: kernel log"
}

# Programs built against an installed copy of the libraries, with only
# pkg-config (scripts/tests/install.sh): each a check of its own.
installed()
{
	for p in consumer consumer++; do
		if [ ! -x "bin/installed-$p" ]; then
			tap_skip "installed: $p" "not built (scripts/tests/install.sh)"
			continue
		fi
		klog_begin "installed-$p"
		if out=$(bin/"installed-$p" 2>&1); then
			echo "$out" | tap_diag
			tap_ok "installed: $p, built with pkg-config, runs"
		else
			echo "$out" | tap_diag
			tap_not_ok "installed: $p, built with pkg-config, runs"
		fi
		klog_clean "installed-$p" || tap_not_ok "installed-$p: kernel log"
	done
}

# The fuzzer: its own processes and threads, the kernel log checked after.
fuzz()
{
	run_tap fuzz bin/vmwrite_fuzz -n "${VMWRITE_FUZZ_CALLS:-50000}" \
		-t "${VMWRITE_FUZZ_SECONDS:-600}" -w "$1" \
		${VMWRITE_FUZZ_SEED:+-s "$VMWRITE_FUZZ_SEED"}
}

# Debug kernel: what kmemleak found.  Cleared before the module is
# loaded, scanned twice, and only reports that name vmwrite count: while
# it is loaded, for the names, and before lockdown, which closes debugfs.
kmemleak_check()
{
	leaks=/sys/kernel/debug/kmemleak
	if ! echo scan 2>/dev/null > $leaks; then
		tap_not_ok "debug: kmemleak: cannot scan $leaks"
		return
	fi
	echo scan > $leaks
	n=$(awk 'BEGIN { RS = "" } /vmwrite/ { n++ } END { print n + 0 }' $leaks)
	if [ "$n" = 0 ]; then
		tap_ok "debug: kmemleak: no leak in vmwrite"
	else
		tap_diag < $leaks
		tap_not_ok "debug: kmemleak: ${n:-unreadable} leaks in vmwrite"
	fi
}

# Debug kernel: lockdep still on at the end.  Its first report switches it
# off for good, which fails nothing by itself, even when it came before
# the module was loaded.
lockdep_check()
{
	if grep -q '^ *debug_locks: *1$' /proc/lockdep_stats 2>/dev/null; then
		tap_ok "debug: lock checking still on at the end"
	else
		grep debug_locks /proc/lockdep_stats | tap_diag
		tap_not_ok "debug: lock checking still on at the end"
	fi
}

echo "TAP version 13"
[ -n "${VMWRITE_DEBUG:-}" ] && echo clear > /sys/kernel/debug/kmemleak

if ! insmod vmwrite.ko; then
	tap_not_ok "insmod vmwrite.ko"
	tap_summary guest
	exit 1
fi
# Kernel memory for the kernel-target tests to aim at.
if ! insmod vmwrite_testmod.ko; then
	tap_not_ok "insmod vmwrite_testmod.ko"
	tap_summary guest
	exit 1
fi

case $mode in
main)
	# The boot options check.sh gives this boot.
	export VMWRITE_EXPECT_FORCE=1 VMWRITE_EXPECT_LA57=1 \
		VMWRITE_EXPECT_VSYSCALL=1 VMWRITE_EXPECT_OFFLINE=1 \
		VMWRITE_EXPECT_KFENCE=1
	run_harness vmwrite_test '^(global|unpriv)\.'
	run_harness vmwrite_batch_test .
	run_harness vmwrite_kernel_test '^(global|kernel)\.'
	run_harness vmwrite_netlink_test .
	run_harness vmwrite_contract_test .
	run_harness vmwrite_bad_input .
	run_harness vmwrite_stress .
	run_harness libvmwrite_test .
	run_harness dbgeng_test .
	run_tap dbgeng_cxx_test bin/dbgeng_cxx_test
	run_tap cli_test sh ./cli_test.sh bin/vmwrite bin/cli_target
	run_tap test_gdbserver bin/test_gdbserver bin/vmwrite
	installed
	fuzz 2
	# Timings mean nothing on the debug kernel.
	[ -z "${VMWRITE_DEBUG:-}" ] && bin/vmwrite_bench 2>&1 |
		grep -v '^VMWRITE-BENCH-CSV' | tap_diag
	# What the audit trail costs with nobody listening: the module as
	# built against one without it, loaded in turn; leaves the first.
	[ -z "${VMWRITE_DEBUG:-}" ] && [ -f vmwrite-noaudit.ko ] &&
		run_tap audit_cost bin/vmwrite_audit_cost vmwrite.ko vmwrite-noaudit.ko
	;;
oneway)
	# This boot has proc_mem.force_override=never, no5lvl, audit=1 and a
	# balloon.
	export VMWRITE_EXPECT_FORCE=0 VMWRITE_EXPECT_LA57=0 \
		VMWRITE_EXPECT_VSYSCALL=0 VMWRITE_EXPECT_BALLOON=1 \
		VMWRITE_EXPECT_AUDIT=1
	# Bad input under 4-level paging, before Yama's scope 3 (set by
	# vmwrite_test's oneway fixture) forbids the attaches it needs.
	run_harness vmwrite_bad_input .
	run_harness vmwrite_test '^(oneway\.|global\.force_follows_proc_mem$)'
	# The kernel target again, with 4-level paging; lockdown last: it
	# cannot be lowered again.
	run_harness vmwrite_kernel_test '^kernel\.'
	[ -n "${VMWRITE_DEBUG:-}" ] && kmemleak_check
	run_harness vmwrite_kernel_test '^oneway\.'
	;;
fuzz)
	fuzz 4
	;;
stress)
	run_harness vmwrite_stress .
	;;
bench)
	if bin/vmwrite_bench; then
		tap_ok "vmwrite_bench"
	else
		tap_not_ok "vmwrite_bench"
	fi
	;;
esac

[ -n "${VMWRITE_DEBUG:-}" ] && [ "$mode" != oneway ] && kmemleak_check
rmmod vmwrite_testmod
if rmmod vmwrite; then
	tap_ok "rmmod vmwrite"
else
	tap_not_ok "rmmod vmwrite"
fi
[ -n "${VMWRITE_DEBUG:-}" ] && lockdep_check
tap_summary guest
