#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The vmlinux with DWARF of a Debian kernel that scripts/kernel-fetch.sh
# fetched, for gdb: only usr/lib/debug/boot/vmlinux-ABI out of its
# linux-image-ABI-dbg package (317 MB to download, 340 MB extracted).
# Cached outside the tree, since every clone would fetch it again:
#   ${XDG_CACHE_HOME:-~/.cache}/vmwrite/vmlinux-dbg/ABI/vmlinux
# Prints that path.
#
# usage: scripts/vmlinux-dbg.sh {6.1-cloud|6.12-cloud|6.12-rt}
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 KERNEL" >&2; exit 2; }
case $1 in
	6.1-cloud) apt_t=() ;;
	6.12-cloud | 6.12-rt) apt_t=(-t bookworm-backports) ;;
	*) echo "vmlinux-dbg: no -dbg package for '$1'" >&2; exit 1 ;;
esac
here=$(dirname "${BASH_SOURCE[0]}")
kdir=$("$here/kernel-fetch.sh" --print-kdir "$1")
abi=$(cat "${kdir%/build}/abi")
exec "$here/deb-file.sh" "${apt_t[@]}" "linux-image-$abi-dbg" "usr/lib/debug/boot/vmlinux-$abi" \
	"${XDG_CACHE_HOME:-$HOME/.cache}/vmwrite/vmlinux-dbg/$abi/vmlinux"
