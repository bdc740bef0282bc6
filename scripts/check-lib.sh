# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# What the test runs share (make check, check-debug, fuzz, stress): the
# count of results, stages with their times, host checks, TAP logs, and
# guest boots with the selftests payload.  Sourced, not run: it goes to
# the top of the tree ($top), logs go to $logs, and the caller ends with
# finish.
#
# Results are TAP, counted by selftests/tap.sh as the guest and userlib's
# make check count theirs: each check prints one line, "ok N - NAME" or
# "not ok N - NAME" ("# SKIP" when skipped), and the run ends with
#   1..N
#   selftests: N passed, M failed, K skipped

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top" || exit 1
logs=$top/.build/logs
mkdir -p "$logs"
# shellcheck source=selftests/tap.sh
. selftests/tap.sh
# The kernel reports every check looks for, on the host and in the guest.
splats=$(cat selftests/splats)

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
	tap_summary selftests
	exit
}

# The packages and sources every run needs (scripts/deps.sh); without
# them nothing else can work, and the run ends here.
deps()
{
	scripts/deps.sh && return
	tap_not_ok "dependencies (scripts/deps.sh)"
	finish
}

# Runs a host check: its output is shown only when it fails.
host_check()
{
	local name=$1 out
	shift
	if out=$("$@" 2>&1); then
		tap_ok "$name"
	else
		echo "$out" | tail -n 40 | tap_diag
		tap_not_ok "$name"
	fi
}

# Runs a TAP-printing command, its log kept as $logs/NAME.log, and counts
# its results (tap_run).
tap_check()
{
	local name=$1
	shift

	tap_run "$name" "$logs/$name.log" "$@" || true
}

# Counts the results the guest's runner printed on the console (from the
# payload's start to the kernel log dump): its TAP, each NAME: ...
count_guest()
{
	local kernel=$1 log=$2

	tr -d '\000' < "$log" | awk '/^VMWRITE-DMESG-BEGIN/ { exit }
		on { print } /vmwrite-init: running/ { on = 1 }' > "$log.tap"
	tap_count "$kernel" "$log.tap"
}

# The library, the CLI, the selftests and the CLI tests' target: one check.
build_tests()
{
	host_check "build userlib and selftests" \
		sh -c 'make -s userlib selftests && make -s -C userlib test-progs'
}

# Builds the module and the test module for KERNEL into .build/KERNEL and
# .build/KERNEL-testmod, W=1 (and sparse for the test module), one check
# each; and the selftests, one check.
build_for()
{
	local kernel=$1

	host_check "$kernel: W=1 build warning-free" scripts/hygiene.sh w1 "$kernel"
	host_check "$kernel: test module W=1 and sparse clean" \
		scripts/hygiene.sh testmod "$kernel"
	host_check "$kernel: the module without its audit trail builds W=1 clean" \
		scripts/hygiene.sh noaudit "$kernel"
}

# Boots KERNEL with the selftests payload for MODE (see
# selftests/guest-runner.sh), the command line APPEND, and qemu-boot.sh's
# options after it.  $guest_env, if set, is a list of NAME=VALUE the
# payload exports.  An emulator that dies before the payload even
# started is retried (twice at most, and said so); a failure once the
# payload runs never is.
guest()
{
	local kernel=$1 mode=$2 append=$3 payload log try out v envs noaudit
	shift 3

	if [ ! -f ".build/$kernel/module/vmwrite.ko" ] ||
	   [ ! -f ".build/$kernel-testmod/vmwrite_testmod.ko" ]; then
		tap_not_ok "$kernel: $mode boot: no module to test"
		return
	fi
	payload=$top/.build/payload-$kernel-$mode
	# For the cost of the audit trail, when it was built (build_for).
	noaudit=()
	[ -f ".build/$kernel-noaudit/vmwrite-noaudit.ko" ] &&
		noaudit=("$top/.build/$kernel-noaudit/vmwrite-noaudit.ko")
	log=$logs/guest-$kernel-$mode.log
	envs=()
	for v in ${guest_env:-}; do envs+=(--env "$v"); done
	if ! out=$(scripts/qemu-payload.sh --mode "$mode" "${envs[@]}" \
		selftests "$payload" \
		"$top/.build/$kernel/module/vmwrite.ko" \
		"$top/.build/$kernel-testmod/vmwrite_testmod.ko" \
		"${noaudit[@]}" 2>&1); then
		echo "$out" | tap_diag
		tap_not_ok "$kernel: $mode boot: payload (scripts/qemu-payload.sh)"
		return
	fi
	for try in 1 2 3; do
		if scripts/qemu-boot.sh --kernel "$kernel" --payload "$payload" \
			--append "$append" --log "$log" "$@" \
			> /dev/null 2> "$log.err"; then
			count_guest "$kernel" "$log"
			tap_ok "$kernel: $mode boot, kernel log clean"
			return
		fi
		grep -q 'vmwrite-init: running' "$log" && break
		cp "$log" "$log.try$try"
		echo "# $kernel: the emulated guest died before the payload started (try $try, $log.try$try):"
		grep -aE "$splats|RIP:" "$log" | head -n 3 | sed 's/^/#   /'
	done
	count_guest "$kernel" "$log"
	cat "$log.err"
	tap_not_ok "$kernel: $mode boot (console log: $log)"
}

# The command lines of the two boots every kernel gets, and the options
# of the second (see selftests/guest-runner.sh for what each boot runs).
#
# main: secretmem (off by default before 6.5: the kernel tests need it),
# the vsyscall page mapped, memory that can go offline (the top 512M are
# movable: three whole blocks, so one is free of the kernel image wherever
# KASLR put it) and KFENCE's guard pages, for the kernel target to meet.
# shellcheck disable=SC2034 # for the scripts that source this
MAIN_APPEND="secretmem.enable=1 vsyscall=emulate movablecore=512M kfence.sample_interval=100"
# and a module of the kernel's own package with BTF of its own (struct
# nlmon), for the dbgeng tests of module types: one that makes no device.
# shellcheck disable=SC2034
MAIN_OPTS=(--module nlmon)
# oneway: settings that cannot be undone, and the command line they need
# (the option spelt with a dash, which the kernel takes for the
# underscore); 4-level paging there, 5-level in the main boot.  A virtio
# balloon the host inflates when a test asks.  Kernel audit on, with no
# auditd: kauditd prints the records vmwrite makes of kernel writes.
# shellcheck disable=SC2034
ONEWAY_APPEND="proc_mem.force-override=never no5lvl audit=1"
# shellcheck disable=SC2034
ONEWAY_OPTS=(--balloon --module virtio_pci --module virtio_balloon)
