#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The host side of a guest run: boot one Debian kernel in QEMU with a
# busybox initramfs, run a payload in it (scripts/qemu-payload.sh builds
# them) and judge the result from the serial console.
#
# usage: scripts/qemu-boot.sh --kernel {6.1-cloud|6.12-cloud|6.12-rt} --payload DIR
#          [--append "CMDLINE"] [--timeout SECS] [--log FILE] [--smp N] [--mem MB]
#          [--module NAME]... [--balloon] [--cpu MODEL] [--gdb-socket PATH]
#
# DIR is copied to /payload in the guest and /payload/run.sh is run there by
# busybox sh, as root, in /payload. Dynamically linked executables in DIR get
# their shared libraries copied along. The console (CR-stripped) is echoed to
# stdout and written to the log. Exit 0 only if run.sh exited 0, the guest shut
# down cleanly and its kernel log shows no bug, warning, oops, lockup or stall.
#
# --module loads a module of the kernel's own package, and those it depends
# on, before run.sh (none where it is built in). --balloon adds a virtio
# balloon, which the host sets to N MiB whenever the console prints a line
# "VMWRITE-HOST: balloon N" (through QMP).  --cpu is QEMU's CPU model,
# max by default; make bench also boots max,-erms,-fsrm (see
# Documentation/dev-tools/vmwrite-performance.rst).  --gdb-socket adds a
# virtio serial port named vmwrite.gdb, which the host reaches through the
# unix socket PATH (QEMU listens there): the debugger tests' line.
set -euo pipefail

usage() {
	echo "usage: $0 --kernel NAME --payload DIR [--append CMDLINE] [--timeout SECS] [--log FILE] [--smp N] [--mem MB] [--module NAME]... [--balloon] [--cpu MODEL] [--gdb-socket PATH]" >&2
	exit 2
}

kernel='' payload='' append='' timeout=900 log='' smp=2 mem=1024 balloon=0 cpu=max
modules=() watcher= gdb_socket=
while (($#)); do
	if [[ $1 == --balloon ]]; then balloon=1; shift; continue; fi
	(($# >= 2)) || usage
	case $1 in
		--kernel) kernel=$2 ;;
		--payload) payload=$2 ;;
		--append) append=$2 ;;
		--timeout) timeout=$2 ;;
		--log) log=$2 ;;
		--smp) smp=$2 ;;
		--cpu) cpu=$2 ;;
		--mem) mem=$2 ;;
		--module) modules+=("$2") ;;
		--gdb-socket) gdb_socket=$2 ;;
		*) usage ;;
	esac
	shift 2
done
[[ -n $kernel && -n $payload ]] || usage

die() { echo "qemu-boot: $kernel: $*" >&2; exit 1; }
[[ -f $payload/run.sh ]] || die "no run.sh in payload '$payload'"
[[ $timeout =~ ^[0-9]+$ && $smp =~ ^[0-9]+$ && $mem =~ ^[0-9]+$ ]] || usage
[[ $cpu =~ ^[a-z0-9_,+.=-]+$ ]] || usage
busybox=/bin/busybox
[[ -x $busybox ]] || die "$busybox missing (run scripts/deps.sh)"
qemu_ver=$(qemu-system-x86_64 --version 2>/dev/null | sed -n '1s/^QEMU emulator version \([0-9]*\).*/\1/p') ||
	die "qemu-system-x86_64 missing (run scripts/deps.sh)"
# QEMU 7.2's TCG oopses Debian 6.12 guests at random (see scripts/deps.sh).
((${qemu_ver:-0} >= 10)) || die "QEMU ${qemu_ver:-?} is unreliable here, need >= 10 (run scripts/deps.sh)"

here=$(dirname "${BASH_SOURCE[0]}")
kdir=$("$here/kernel-fetch.sh" --print-kdir "$kernel") || die "cannot fetch the kernel"
vmlinuz=${kdir%/build}/vmlinuz

tmp=$(mktemp -d)
keep_log=0
stop_watcher() {
	if [[ -n $watcher ]]; then
		pkill -P "$watcher" 2>/dev/null || true
		kill "$watcher" 2>/dev/null || true
		watcher=''
	fi
}
cleanup() {
	stop_watcher
	rm -rf "$tmp"
	if ((!keep_log)) && [[ $log == "$tmp.log" ]]; then rm -f "$log"; fi
}
trap cleanup EXIT
# The log's folder is made here, so that no caller can forget it.
if [[ -z $log ]]; then log=$tmp.log; else mkdir -p "$(dirname "$log")"; fi

# --- initramfs ---------------------------------------------------------------
root=$tmp/root
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,tmp,run,root,payload}
cp "$busybox" "$root/bin/busybox"

cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
user:x:1000:1000:user:/tmp:/bin/sh
user2:x:1001:1001:user2:/tmp:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat >"$root/etc/group" <<'EOF'
root:x:0:
user:x:1000:
user2:x:1001:
nogroup:x:65534:
EOF

cat >"$root/init" <<'EOF'
#!/bin/busybox sh
# Applet links are made here, not on the host: 300 ln forks cost ~0.5s there.
/bin/busybox --install -s
export PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /run
[ -d /sys/kernel/security ] && mount -t securityfs securityfs /sys/kernel/security
[ -d /sys/kernel/debug ] && mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
for m in $(cat /modules/order 2>/dev/null); do
	insmod "/modules/$m.ko" || echo "vmwrite-init: insmod $m failed"
done
echo "vmwrite-init: running /payload/run.sh" >/dev/kmsg
# From here on at most warnings and worse reach the console live, so kernel
# chatter does not split the payload's (TAP) lines; all of it is in the dump.
read -r level _ </proc/sys/kernel/printk
[ "$level" -gt 5 ] && dmesg -n 5
cd /payload && sh /payload/run.sh </dev/null 2>&1
rc=$?
echo VMWRITE-DMESG-BEGIN
dmesg
echo VMWRITE-DMESG-END
echo "VMWRITE-GUEST-EXIT rc=$rc"
poweroff -f
echo o >/proc/sysrq-trigger
sleep 30
EOF
chmod 755 "$root/init"

cp -a "$payload/." "$root/payload/"

# The modules asked for, from the kernel's own package: each after those it
# depends on, decompressed (busybox insmod takes plain .ko files).
moddir=$(echo "${kdir%/build}"/root/lib/modules/*)
add_module() {
	local name=$1 file dep
	grep -qx "$name" "$root/modules/order" 2>/dev/null && return
	[[ -d $moddir/kernel ]] || return 0 # a kernel with no module tree
	file=$(find "$moddir/kernel" -name "$name.ko*" -print -quit)
	[[ -n $file ]] || return 0 # built in
	for dep in $(modinfo -F depends "$file" | tr , ' '); do add_module "$dep"; done
	case $file in
		*.xz) xz -dc "$file" >"$root/modules/$name.ko" ;;
		*.zst) zstd -qdc "$file" >"$root/modules/$name.ko" ;;
		*) cp "$file" "$root/modules/$name.ko" ;;
	esac
	echo "$name" >>"$root/modules/order"
}
mkdir -p "$root/modules"
# The debuggers' port needs the virtio console driver, a module on 6.1.
[[ -z $gdb_socket ]] || modules+=(virtio_pci virtio_console)
for m in "${modules[@]}"; do add_module "${m//-/_}"; done

# Copy the shared libraries (and the ELF interpreter) that the payload's
# executables need, at the paths ldd resolves them to on this host.
while IFS= read -r -d '' f; do
	deps=$(ldd "$f" 2>/dev/null) || continue # static, or not ELF
	if grep -q 'not found' <<<"$deps"; then die "$f: $(grep 'not found' <<<"$deps" | head -1)"; fi
	while read -r lib; do
		[[ -e $root$lib ]] || cp -L --parents "$lib" "$root"
	done < <(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^\//) print $i }' <<<"$deps")
done < <(find "$root/payload" -type f \( -perm -u+x -o -name '*.so*' \) -print0)

# The kernel needs /dev/console in the initramfs itself to give init its stdio
# (devtmpfs comes later). GNU cpio only archives real nodes, which would need
# mknod, so write that small archive by hand (newc) and prepend it.
cpio_entry() { # name mode nlink rdevmajor rdevminor
	printf '070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%s\0' \
		0 "$2" 0 0 "$3" 0 0 0 0 "$4" "$5" $((${#1} + 1)) 0 "$1"
	head -c $(((4 - (110 + ${#1} + 1) % 4) % 4)) /dev/zero
}
{
	cpio_entry dev $((040755)) 2 0 0
	cpio_entry dev/console $((020600)) 1 5 1
	cpio_entry TRAILER!!! 0 1 0 0
	(cd "$root" && find . -mindepth 1 -print0 | LC_ALL=C sort -z | cpio -o -0 -H newc -R 0:0 --quiet)
} | gzip -1 >"$tmp/initrd.img"

# --- boot --------------------------------------------------------------------
cmdline="console=ttyS0 panic_on_warn=1 oops=panic panic=-1 softlockup_panic=1${append:+ $append}"
: >"$log" # appended to, so that a reader can follow it
devices=()
if [[ -n $gdb_socket ]]; then
	devices+=(-device virtio-serial-pci,id=vser
		-chardev "socket,id=gdb,path=$gdb_socket,server=on,wait=off"
		-device virtserialport,bus=vser.0,chardev=gdb,name=vmwrite.gdb)
fi
if ((balloon)); then
	devices+=(-device virtio-balloon-pci -qmp "unix:$tmp/qmp.sock,server=on,wait=off")
	# The guest asks on its console; QMP carries it out.
	(tail -f -n +1 "$log" 2>/dev/null | grep --line-buffered '^VMWRITE-HOST: balloon [0-9]*$' |
		while read -r _ _ mib; do
			/usr/bin/python3 - "$tmp/qmp.sock" "$mib" <<'EOF' >&2
import json, socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
f = s.makefile("rw")
f.readline()
for cmd in ({"execute": "qmp_capabilities"},
            {"execute": "balloon", "arguments": {"value": int(sys.argv[2]) << 20}}):
    f.write(json.dumps(cmd) + "\n")
    f.flush()
    while True:
        r = json.loads(f.readline())
        if "error" in r:
            sys.exit("qemu-boot: QMP %s: %s" % (cmd["execute"], r["error"]))
        if "return" in r:
            break
EOF
		done) &
	watcher=$!
fi
set +e
timeout -k 10 "$timeout" qemu-system-x86_64 -accel tcg -cpu "$cpu" -smp "$smp" -m "$mem" \
	-nodefaults -display none -serial stdio -no-reboot "${devices[@]}" \
	-kernel "$vmlinuz" -initrd "$tmp/initrd.img" -append "$cmdline" </dev/null 2>&1 |
	sed -u 's/\r$//' | tee -a "$log"
qemu_rc=${PIPESTATUS[0]}
stop_watcher
set -e

# --- verdict -----------------------------------------------------------------
keep_log=1
where=" (log: $log)"
# Kernel splats, lockups and stalls (selftests/splats, which the guest
# side uses too); the command line is skipped as it may carry options such
# as hung_task_panic=1.
bad=$(cat "$here/../selftests/splats")
# No grep -q: under pipefail its early exit would SIGPIPE the first grep
# and hide the very match it found.
splats=$(grep -Eiv 'command line:' "$log" | grep -E "$bad" | sort -u | head -20) || true
if [[ -n $splats ]]; then
	echo "$splats" >&2
	die "kernel log shows a bug/warning/lockup$where"
fi
token=$(grep -Eo 'VMWRITE-GUEST-EXIT rc=[0-9]+' "$log" | tail -1) || true
if [[ -z $token ]]; then
	if ((qemu_rc == 124 || qemu_rc == 137)); then die "timed out after ${timeout}s$where"; fi
	die "guest died before finishing (qemu exit $qemu_rc)$where"
fi
rc=${token#*rc=}
((rc == 0)) || die "payload run.sh exited $rc$where"
((qemu_rc == 0)) || die "qemu exited $qemu_rc after the payload finished$where"
keep_log=0
