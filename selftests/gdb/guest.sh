#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The guest side of scripts/tests/gdb.sh: run.sh of the payload it boots.
# Serves one debugger connection per session on the virtio port
# vmwrite.gdb, which the host's debugger reaches through QEMU's unix
# socket.  The host follows the console: for each session
#   VMWRITE-GDB: ready NAME [KEY=VALUE...]   connect now
#   VMWRITE-GDB: done NAME rc=N              the server exited with N
#   VMWRITE-GDB: stderr NAME: LINE           what the server said
#   VMWRITE-GDB: output NAME: LINE           what the target showed after
# The sessions, in order: gdb-process, lldb-process, then gdb-kernel if
# the host asked for it (file kernel-session).  The results are the host's.
cd /payload || exit 1
PATH=/payload/bin:$PATH

insmod vmwrite.ko || exit 1
insmod vmwrite_testmod.ko || exit 1

port=
for d in /sys/class/virtio-ports/*; do
	[ "$(cat "$d/name" 2>/dev/null)" = vmwrite.gdb ] && port=/dev/${d##*/}
done
if [ -z "$port" ]; then
	echo "VMWRITE-GDB: no virtio port named vmwrite.gdb"
	exit 1
fi

# Until the host's end of the port is open: before, a read of the port
# returns end of file, which the server takes for the debugger gone.
host_connected()
{
	status=/sys/kernel/debug/virtio-ports/${port##*/}
	i=0
	until grep -q '^host_connected: 1$' "$status" 2>/dev/null; do
		i=$((i + 1))
		[ $i -lt 3000 ] || return 1
		sleep 0.1
	done
}

# session NAME INFO ARGS...: one server, until the debugger detaches (at
# most 300 s, so that a host that never connects cannot hang the boot).
session()
{
	name=$1 info=$2
	shift 2
	echo "VMWRITE-GDB: ready $name $info"
	if ! host_connected; then
		echo "VMWRITE-GDB: done $name rc=no-debugger"
		return
	fi
	timeout 300 vmwrite gdbserver "$@" <>"$port" >&0 2>"/tmp/$name.err"
	echo "VMWRITE-GDB: done $name rc=$?"
	sed "s/^/VMWRITE-GDB: stderr $name: /" "/tmp/$name.err"
}

# process_session NAME: the target, debugged by NAME's client.
process_session()
{
	bin/gdb_target > "/tmp/$1.out" &
	pid=$!
	sleep 1
	session "$1" "pid=$pid" "$pid"
	# Two lines more: what the target printed after the debugger left.
	sleep 1
	echo "VMWRITE-GDB: output $1: $(tail -n 1 "/tmp/$1.out")"
	kill "$pid"
	wait "$pid" 2>/dev/null
}

process_session gdb-process
process_session lldb-process

if [ -f kernel-session ]; then
	text=$(grep ' init_task$' /proc/kallsyms | cut -d' ' -f1)
	notes=$(od -An -tx1 -v /sys/kernel/notes | tr -d ' \n')
	session gdb-kernel "init_task=$text notes=$notes" -k --modules-dir /payload
	echo "VMWRITE-GDB: output gdb-kernel: $(cat /sys/kernel/vmwrite_testmod/gdb_value)"
fi

rmmod vmwrite_testmod
rmmod vmwrite
