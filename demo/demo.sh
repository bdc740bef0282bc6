#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Runs in the sandbox guest: a program prints a string and a counter, and
# vmwrite changes both from outside.
cd /payload || exit 1
PATH=/payload/bin:$PATH

say() { printf '\n>>> %s\n' "$*"; }

echo "=== vmwrite demo ==="
insmod vmwrite.ko || exit 1
say "vmwrite.ko loaded: /dev/vmwrite is $(ls -l /dev/vmwrite | cut -c1-10)"
vmwrite --version

say "starting a target program that prints its greeting and counter"
bin/vmwrite-demo-target /tmp/target.addr &
pid=$!
while [ ! -s /tmp/target.addr ]; do sleep 0.1; done
read -r _ _ _ _ greeting _ counter < /tmp/target.addr
sleep 1

say "vmwrite maps $pid (excerpt)"
vmwrite maps "$pid" | head -n 6

say "vmwrite read $pid $greeting 48"
vmwrite read "$pid" "$greeting" 48

say "vmwrite write $pid $greeting --string 'patched from outside by vmwrite!' --save /tmp/greeting.orig"
vmwrite write "$pid" "$greeting" --string 'patched from outside by vmwrite!' --save /tmp/greeting.orig
sleep 1

say "vmwrite read $pid $counter --u32, then write --u32 900"
vmwrite read "$pid" "$counter" --u32
vmwrite write "$pid" "$counter" --u32 900
sleep 1

say "undo the string with the saved bytes: vmwrite write $pid $greeting --file /tmp/greeting.orig"
vmwrite write "$pid" "$greeting" --file /tmp/greeting.orig
sleep 0.6

if [ -x bin/gdb ]; then
	say "gdb, by name with the program's own symbols, while it runs: target remote | vmwrite gdbserver $pid"
	gdb -nx -batch -ex "target remote | vmwrite gdbserver $pid" \
		-ex 'print greeting' -ex 'print counter' -ex 'set var counter = 950' \
		-ex 'print counter' 2>&1 | grep -E '^\$|^vmwrite gdbserver|detached'
fi

say "vmwrite write $pid $counter --u32 999: the target stops at 1000"
vmwrite write "$pid" "$counter" --u32 999
wait "$pid"
rc=$?
say "target exited with status $rc"
rmmod vmwrite
exit $rc
