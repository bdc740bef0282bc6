# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# What the test runs share (make check, check-debug, fuzz, stress): the
# count of results, stages with their times, host checks, TAP logs, and
# guest boots with the selftests payload.  Sourced, not run: it goes to
# the top of the tree ($top), logs go to $logs, and the caller ends with
# finish.
#
# Each check prints one line, "ok - NAME" or "not ok - NAME" ("# SKIP"
# when skipped), and the run ends with
#   selftests: N passed, M failed, K skipped

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top" || exit 1
logs=$top/.build/logs
mkdir -p "$logs"
pass=0 fail=0 skip=0

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

# The packages and sources every run needs (scripts/deps.sh); without
# them nothing else can work, and the run ends here.
deps()
{
	scripts/deps.sh && return
	not_ok "dependencies (scripts/deps.sh)"
	finish
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

# The library, the CLI, the selftests and the CLI tests' target: one check.
build_tests()
{
	host_check "build userlib and selftests" \
		sh -c 'make -s userlib selftests && make -s -C userlib tests/target'
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
}

# Boots KERNEL with the selftests payload for MODE (see
# selftests/run_guest.sh), the command line APPEND, and guest-run.sh's
# options after it.  $guest_env, if set, is a list of NAME=VALUE the
# payload exports.  An emulator that dies before the payload even
# started is retried (twice at most, and said so); a failure once the
# payload runs never is.
guest()
{
	local kernel=$1 mode=$2 append=$3 payload log try
	shift 3

	if [ ! -f ".build/$kernel/vmwrite.ko" ] ||
	   [ ! -f ".build/$kernel-testmod/vmwrite_testmod.ko" ]; then
		not_ok "$kernel: $mode boot: no module to test"
		return
	fi
	payload=$top/.build/payload-$kernel-$mode
	log=$logs/guest-$kernel-$mode.log
	rm -rf "$payload"
	mkdir -p "$payload/bin"
	cp "$top/.build/$kernel/vmwrite.ko" \
		"$top/.build/$kernel-testmod/vmwrite_testmod.ko" "$payload/"
	cp selftests/run_guest.sh "$payload/run.sh"
	cp selftests/splats "$payload/"
	echo "$mode" > "$payload/mode"
	: > "$payload/env"
	for v in ${guest_env:-}; do echo "export $v" >> "$payload/env"; done
	cp selftests/vmwrite_test selftests/vmwrite_kernel_test \
		selftests/libvmwrite_test selftests/vmwrite_bench \
		selftests/dbgeng_test selftests/dbgeng_cxx_test \
		selftests/vmwrite_fuzz selftests/vmwrite_bad_input \
		selftests/vmwrite_stress "$payload/bin/"
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
		cp "$log" "$log.try$try"
		echo "# $kernel: the emulated guest died before the payload started (try $try, $log.try$try):"
		grep -aE 'Oops|Kernel panic|RIP:' "$log" | head -n 3 | sed 's/^/#   /'
	done
	count_guest "$kernel" "$log"
	cat "$log.err"
	not_ok "$kernel: $mode boot (console log: $log)"
}

# The command lines of the two boots every kernel gets, and the options
# of the second (see selftests/run_guest.sh for what each boot runs).
#
# main: secretmem (off by default before 6.5: the kernel tests need it),
# the vsyscall page mapped, memory that can go offline (the top 512M are
# movable: three whole blocks, so one is free of the kernel image wherever
# KASLR put it) and KFENCE's guard pages, for the kernel target to meet.
# shellcheck disable=SC2034 # for the scripts that source this
MAIN_APPEND="secretmem.enable=1 vsyscall=emulate movablecore=512M kfence.sample_interval=100"
# oneway: settings that cannot be undone, and the command line they need
# (the option spelt with a dash, which the kernel takes for the
# underscore); 4-level paging there, 5-level in the main boot.  A virtio
# balloon the host inflates when a test asks.
# shellcheck disable=SC2034
ONEWAY_APPEND="proc_mem.force-override=never no5lvl"
# shellcheck disable=SC2034
ONEWAY_OPTS=(--balloon --module virtio_pci --module virtio_balloon)
