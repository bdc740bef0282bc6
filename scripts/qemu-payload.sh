#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Assembles the payload scripts/qemu-boot.sh boots: the one builder for
# make check (and check-debug, fuzz, stress) and make run.  It only copies
# what the builds left in .build/; it builds nothing.
#
#   qemu-payload.sh [--mode MODE] [--env NAME=VALUE]... KIND DIR MODULE.ko...
#
# KIND is
#   selftests  run.sh is selftests/guest-runner.sh, with tap.sh, splats, the
#              selftests from .build/selftests/ and the CLI tests; MODE (the
#              set the runner runs) and the --env settings go to its mode
#              and env files
#   demo       run.sh is demo/demo.sh, with the demo's target, and
#              gdb-minimal as bin/gdb if scripts/gdb-minimal.sh fetched it
#   gdb        run.sh is selftests/gdb/guest.sh, with the debuggers' target
#              (.build/gdb/gdb_target, which scripts/tests/gdb.sh builds)
# Either way DIR gets the MODULE.ko files at its top and the static vmwrite
# tool as bin/vmwrite.  DIR is emptied first.
set -euo pipefail

usage()
{
	echo "usage: $0 [--mode MODE] [--env NAME=VALUE]... selftests|demo|gdb DIR MODULE.ko..." >&2
	exit 2
}

mode='' envs=()
while [ $# -gt 0 ]; do
	case $1 in
	--mode) [ $# -ge 2 ] || usage; mode=$2; shift 2 ;;
	--env) [ $# -ge 2 ] || usage; envs+=("$2"); shift 2 ;;
	-*) usage ;;
	*) break ;;
	esac
done
[ $# -ge 2 ] || usage
kind=$1 dir=$2
shift 2

top=$(cd "$(dirname "$0")/.." && pwd)
userlib=$top/.build/userlib
selftests=$top/.build/selftests

rm -rf "$dir"
mkdir -p "$dir/bin"
[ $# -eq 0 ] || cp "$@" "$dir/"
cp "$userlib/vmwrite.static" "$dir/bin/vmwrite"

case $kind in
selftests)
	[ -n "$mode" ] || usage
	cp "$top/selftests/guest-runner.sh" "$dir/run.sh"
	cp "$top/selftests/tap.sh" "$top/selftests/splats" "$dir/"
	echo "$mode" > "$dir/mode"
	: > "$dir/env"
	for v in "${envs[@]}"; do echo "export $v" >> "$dir/env"; done
	# Every program selftests/Makefile builds (lib.mk's list of them).
	tests=$(make -s --no-print-directory -C "$top/selftests" emit_tests \
		COLLECTION=vmwrite)
	for t in $tests; do
		cp "$selftests/${t#vmwrite:}" "$dir/bin/"
	done
	cp "$userlib/cli/tests/target" "$dir/bin/cli_target"
	cp "$userlib/cli/tests/test_gdbserver" "$dir/bin/"
	# Built against an installed copy, when scripts/tests/install.sh ran.
	for p in "$top"/.build/installed/bin/*; do
		[ ! -e "$p" ] || cp "$p" "$dir/bin/installed-${p##*/}"
	done
	cp "$top/userlib/cli/tests/cli_test.sh" "$dir/"
	;;
demo)
	cp "$top/demo/demo.sh" "$dir/run.sh"
	cp "$top/demo/vmwrite-demo-target" "$dir/bin/"
	gdb=${VMWRITE_CACHE:-$top/.cache}/gdb-minimal/gdb
	[ ! -x "$gdb" ] || cp "$gdb" "$dir/bin/gdb"
	;;
gdb)
	cp "$top/selftests/gdb/guest.sh" "$dir/run.sh"
	cp "$top/.build/gdb/gdb_target" "$dir/bin/"
	;;
*)
	usage
	;;
esac
