#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make run: boot the sandbox guest on KERNEL (default 6.12-cloud) with
# vmwrite.ko loaded and run the demo (demo/demo.sh): a running program's
# string and counter changed from outside with the vmwrite CLI, then by
# gdb (gdb-minimal in the guest) through vmwrite gdbserver.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
kernel=${1:-6.12-cloud}

scripts/deps.sh
scripts/hygiene.sh w1 "$kernel"
make -s userlib
make -s -C demo
scripts/gdb-minimal.sh >/dev/null

payload=$top/.build/payload-$kernel-demo
scripts/qemu-payload.sh demo "$payload" ".build/$kernel/module/vmwrite.ko"

echo "Booting Debian's $kernel kernel under QEMU (TCG); the demo follows."
# quiet: the person wants the demo, not the boot log.
scripts/qemu-boot.sh --kernel "$kernel" --payload "$payload" \
	--append "quiet loglevel=3" --log "$top/.build/logs/demo-$kernel.log" |
	sed -n '/^=== vmwrite demo ===/,/^VMWRITE-DMESG-BEGIN/p' |
	grep -v '^VMWRITE-DMESG-BEGIN'
