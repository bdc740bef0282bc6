#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The real debuggers on live memory: gdb and lldb on this host, vmwrite
# gdbserver in a guest (selftests/gdb/guest.sh), the protocol carried by a
# virtio serial port that QEMU offers here as a unix socket.
#   gdb-process   gdb finds a running -g program's symbols by itself
#                 (exec-file, auxv, libraries, vFile), prints a struct,
#                 changes a field the program then prints, resolves a libc
#                 symbol, and sees the counter move: nothing stopped it.
#   lldb-process  lldb does the same read and write.
#   gdb-kernel    (6.12 cloud only, the kernel's -dbg vmlinux, see
#                 scripts/vmlinux-dbg.sh) gdb with vmlinux: a kernel
#                 symbol's address equals kallsyms' under KASLR (qOffsets);
#                 the test module's debug info loaded by itself from
#                 qXfer:libraries, a variable and a struct field printed,
#                 one written that the module then shows through sysfs;
#                 read-only data refused without --text.
# Then the guest must end cleanly, its kernel log free of reports.
# Prints TAP.
#
#   scripts/tests/gdb.sh KERNEL      after the module builds for KERNEL
# The functions below run through check(), which shellcheck cannot see.
# shellcheck disable=SC2317
# gdb and lldb print $1, $2...: patterns below match them literally.
# shellcheck disable=SC2016
set -uo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
kernel=${1:?usage: $0 KERNEL}
out=$top/.build/gdb
log=$out/$kernel.check.log
console=$top/.build/logs/guest-$kernel-gdb.log
sock=$out/$kernel.sock
payload=$top/.build/payload-$kernel-gdb
qemu=

mkdir -p "$out"
# shellcheck source=scripts/tests/lib.sh
. "$top/scripts/tests/lib.sh"

cleanup() { [ -z "$qemu" ] || kill "$qemu" 2>/dev/null; }
trap cleanup EXIT

# The target, built as a user builds a program to debug.
check "build the target with -g" \
	gcc -g -O0 -o "$out/gdb_target" "$top/selftests/gdb/target.c"

vmlinux=
if [ "$kernel" = 6.12-cloud ]; then
	check "the kernel's vmlinux with debug info (linux-image-*-dbg)" \
		"$top/scripts/vmlinux-dbg.sh" "$kernel"
	vmlinux=$(tail -n 1 "$log")
	[ -f "$vmlinux" ] || vmlinux=
fi

if ! scripts_out=$("$top/scripts/qemu-payload.sh" gdb "$payload" \
	"$top/.build/$kernel/module/vmwrite.ko" \
	"$top/.build/$kernel-testmod/vmwrite_testmod.ko" 2>&1); then
	echo "$scripts_out" >"$log"
	result 1 "the guest's payload"
	tests_done
fi
[ -z "$vmlinux" ] || : >"$payload/kernel-session"

# Not a line of an earlier run's console may be taken for this one's.
rm -f "$sock" "$console"
"$top/scripts/qemu-boot.sh" --kernel "$kernel" --payload "$payload" --gdb-socket "$sock" \
	--log "$console" --timeout 1500 >/dev/null 2>"$out/$kernel.qemu.err" &
qemu=$!

# The console's line "VMWRITE-GDB: WHAT...", once it is there: printed.
# Fails if the guest ends first, or after @2 seconds (300 by default).
guest_says()
{
	local what=$1 limit=${2:-300} i line

	for ((i = 0; i < limit * 5; i++)); do
		line=$(grep -a -m 1 "^VMWRITE-GDB: $what" "$console" 2>/dev/null) &&
			{ echo "$line"; return 0; }
		kill -0 "$qemu" 2>/dev/null || break
		sleep 0.2
	done
	echo "the guest never said 'VMWRITE-GDB: $what'"
	return 1
}

# The debugger's line to the guest's server.  The server starts once the
# debugger is connected, which takes more than gdb's 2 s under emulation.
remote="target remote | socat - UNIX-CONNECT:$sock"
slow='set remotetimeout 60'

# ---- gdb on a process -------------------------------------------------------

gdb_process()
{
	guest_says "ready gdb-process" || return 1
	gdb -nx -batch -ex 'set pagination off' -ex "$slow" -ex "$remote" \
		-ex 'print origin' -ex 'print counter' -ex 'shell sleep 1' -ex 'print counter' \
		-ex 'set var origin.x = 42' -ex 'print origin.x' \
		-ex 'print &printf' -ex 'info sharedlibrary' -ex 'info symbol &puts' \
		</dev/null >"$out/gdb-process.out" 2>&1
	cat "$out/gdb-process.out"
	guest_says "done gdb-process" 30
}
check "gdb: target remote | vmwrite gdbserver PID: attached, quit detached" gdb_process
g=$out/gdb-process.out

check "gdb: the struct by name: print origin" \
	grep -q '^\$1 = {x = 3, y = 4, name = "origin' "$g"
counters()
{
	local a b
	a=$(sed -n 's/^\$2 = \([0-9]*\)$/\1/p' "$g")
	b=$(sed -n 's/^\$3 = \([0-9]*\)$/\1/p' "$g")
	echo "counter: $a, a second later $b"
	[ -n "$a" ] && [ -n "$b" ] && [ "$b" -gt "$a" ]
}
check "gdb: the program kept counting while gdb read it (never stopped)" counters
check "gdb: set var origin.x = 42 reads back" grep -q '^\$4 = 42$' "$g"
check "gdb: a libc symbol resolved (the library list): print &printf" \
	grep -Eq '^\$5 = .* 0x[0-9a-f]+ <(__)?printf>$' "$g"
check "gdb: libc's symbols loaded through vFile" \
	grep -Eq 'target:/.*libc\.so\.6' "$g"
check "gdb: the server exited 0 when gdb quit" guest_says "done gdb-process rc=0" 30
check "gdb: the running program printed the change: x=42" \
	guest_says "output gdb-process: x=42 " 30

# ---- lldb on a process ------------------------------------------------------

lldb_process()
{
	guest_says "ready lldb-process" || return 1
	lldb-16 -b -o 'settings set plugin.process.gdb-remote.packet-timeout 60' \
		-o "process connect -p gdb-remote unix-connect://$sock" \
		-o 'target variable origin' -o 'expression origin.y = 99' \
		-o 'memory read -s4 -c1 -fd &origin.y' -o 'process detach' \
		"$out/gdb_target" </dev/null >"$out/lldb-process.out" 2>&1
	cat "$out/lldb-process.out"
	guest_says "done lldb-process" 30
}
check "lldb: process connect -p gdb-remote: attached, detached" lldb_process
l=$out/lldb-process.out
check "lldb: target variable origin" \
	grep -q 'origin = (x = 3, y = 4, name = "origin")' "$l"
check "lldb: expression origin.y = 99" grep -q '^(int) \$0 = 99$' "$l"
check "lldb: memory read of the struct shows the new value" \
	grep -Eq '^0x[0-9a-f]+: 99$' "$l"
check "lldb: the running program printed the change: y=99" \
	guest_says "output lldb-process: x=3 y=99 " 30

# ---- gdb on the kernel ------------------------------------------------------

gdb_kernel()
{
	local ready id

	ready=$(guest_says "ready gdb-kernel") || return 1
	echo "$ready" | cut -c 1-200
	id=$(readelf -n "$vmlinux" | sed -n 's/^ *Build ID: *//p')
	if [[ $ready != *"$id"* ]]; then
		echo "the running kernel's build ID is not vmlinux's ($id)"
		# Release the server, which waits for a debugger.
		gdb -nx -batch -ex "$remote" </dev/null
		return 1
	fi
	sed -n 's/.* init_task=\([0-9a-f]*\) .*/\1/p' <<<"$ready" >"$out/init_task"
	gdb -nx -batch -ex 'set pagination off' -ex "$slow" -ex "$remote" \
		-ex 'print &init_task' -ex 'print gdb_state' -ex 'print gdb_state.name' \
		-ex 'set var gdb_state.value = 0x5678' -ex 'print/x gdb_state.value' \
		-ex 'set var ro_table[1] = 5' -ex 'print ro_table[1]' \
		-ex 'info sharedlibrary' -ex 'monitor offsets' \
		"$vmlinux" </dev/null >"$out/gdb-kernel.out" 2>&1
	cat "$out/gdb-kernel.out"
	guest_says "done gdb-kernel rc=0" 30
}
kaslr()
{
	local want got
	want=$(cat "$out/init_task")
	got=$(sed -n 's/^\$1 = (struct task_struct \*) 0x\([0-9a-f]*\) <init_task>$/\1/p' "$k")
	echo "kallsyms: $want, gdb: $got"
	grep 'KASLR offset' "$k"
	[ -n "$got" ] && [ "$got" = "$want" ]
}
k=$out/gdb-kernel.out
if [ -z "$vmlinux" ]; then
	echo "ok $((n + 1)) - gdb on the kernel # SKIP only on 6.12-cloud (its -dbg vmlinux)"
	n=$((n + 1))
else
	check "gdb -k: target remote | vmwrite gdbserver -k with vmlinux: attached, quit detached" \
		gdb_kernel
	check "gdb -k: &init_task equals kallsyms' address under KASLR (qOffsets TextSeg)" kaslr
	check "gdb -k: the test module's symbols loaded by themselves (qXfer:libraries)" \
		grep -Eq '^0x[0-9a-f]+ +0x[0-9a-f]+ +Yes +target:/payload/vmwrite_testmod.ko$' "$k"
	check "gdb -k: a module struct printed by name: gdb_state" \
		grep -q '^\$2 = {magic = 6775906, value = 4660, name = "vmwrite-gdb' "$k"
	check "gdb -k: a field of it: gdb_state.name" grep -q '^\$3 = "vmwrite-gdb' "$k"
	check "gdb -k: set var gdb_state.value = 0x5678 reads back" grep -q '^\$4 = 0x5678$' "$k"
	ro_refused()
	{
		grep -q '^Cannot access memory at address 0x' "$k" &&
			grep -q '^\$5 = 1$' "$k"
	}
	check "gdb -k: read-only data (ro_table) refused without --text, unchanged" ro_refused
	check "gdb -k: the module shows the new value in sysfs" \
		guest_says "output gdb-kernel: 0x5678 vmwrite-gdb" 30
fi

# ---- the guest's end --------------------------------------------------------

guest_end()
{
	local rc=0
	wait "$qemu" || rc=$?
	qemu=
	cat "$out/$kernel.qemu.err"
	grep -a '^VMWRITE-GDB: stderr' "$console"
	return "$rc"
}
check "$kernel: the gdb boot ended cleanly, kernel log clean" guest_end
tests_done
