#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Fetch a Debian kernel (image + headers + kbuild) into the repo cache without
# installing anything on the host, so modules can be built against it and the
# kernel booted in QEMU.
#
# usage: scripts/kernel-fetch.sh [--print-kdir] {6.1-cloud|6.12-cloud|6.12-rt|6.12-debug}
#
# 6.12-debug is not fetched but built, by scripts/debug-kernel.sh.
#
# Result, under ${VMWRITE_CACHE:-<repo>/.cache}/kernels/NAME/:
#   root/    the extracted .debs, absolute symlinks made relative
#   build    -> KDIR for `make -C build M=... modules`
#   vmlinuz  -> the kernel image
#   abi      the kernel release string (uname -r in the guest)
# Remove that directory to pick up a newer Debian kernel.
set -euo pipefail

die() { echo "kernel-fetch: $*" >&2; exit 1; }
usage() { echo "usage: $0 [--print-kdir] {6.1-cloud|6.12-cloud|6.12-rt|6.12-debug}" >&2; exit 2; }

print_kdir=0
if [[ ${1-} == --print-kdir ]]; then print_kdir=1; shift; fi
[[ $# -eq 1 ]] || usage
name=$1
if [[ $name == 6.12-debug ]]; then
	args=()
	if ((print_kdir)); then args=(--print-kdir); fi
	exec "$(dirname "${BASH_SOURCE[0]}")/debug-kernel.sh" "${args[@]}"
fi

# 6.1 is bookworm's own kernel (security updates win by version); 6.12 only
# exists in bookworm-backports, which needs -t as it is pinned at priority 100.
case $name in
	6.1-cloud)  meta=linux-image-cloud-amd64; apt_t=() ;;
	6.12-cloud) meta=linux-image-cloud-amd64; apt_t=(-t bookworm-backports) ;;
	6.12-rt)    meta=linux-image-rt-amd64;    apt_t=(-t bookworm-backports) ;;
	*) usage ;;
esac

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=$(realpath -m "${VMWRITE_CACHE:-$top/.cache}")
dir=$cache/kernels/$name

done_already() { [[ -s $dir/abi && -e $dir/vmlinuz && -e $dir/build/Makefile ]]; }

# The headers hard-code the compiler (e.g. x86_64-linux-gnu-gcc-12); a missing
# one otherwise surfaces as an obscure kbuild error much later.
check_cc() {
	local cc
	cc=$(sed -n 's/^CONFIG_CC_VERSION_TEXT="\([^ ]*\) .*/\1/p' "$dir/build/.config")
	[[ -z $cc ]] || command -v "$cc" >/dev/null ||
		die "$name: kernel was built with '$cc', which is not installed (run scripts/deps.sh)"
}

finish() {
	check_cc
	if ((print_kdir)); then echo "$dir/build"; fi
	exit 0
}

if done_already; then finish; fi

mkdir -p "$cache/kernels"
# Serialise concurrent callers (parallel make); the loser finds the work done.
exec 9>"$cache/kernels/.$name.lock"
flock 9
if done_already; then finish; fi

tmp=$(mktemp -d)
stage=$(mktemp -d "$cache/kernels/.$name.XXXXXX")
trap 'rm -rf "$tmp" "$stage"' EXIT
chmod 755 "$stage"

# Run an apt command with its chatter kept in a log shown only on failure. If it
# fails, refresh the package lists once (stale lists name .debs that the
# archive has since dropped) and retry.
updated=0
apt_q() {
	"$@" >"$tmp/apt.log" 2>&1 && return 0
	if ((!updated)) && ((EUID == 0)); then
		updated=1
		apt-get update -qq >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log" >&2; die "apt-get update failed"; }
		"$@" >"$tmp/apt.log" 2>&1 && return 0
	fi
	cat "$tmp/apt.log" >&2
	((EUID == 0)) || die "$name: '$*' failed (apt lists may be stale: run 'apt-get update' as root)"
	die "$name: '$*' failed"
}

# First word after "Depends:" matching a prefix, from `apt-cache depends`.
dep() { awk -v re="^$2" '$1 == "Depends:" && $2 ~ re { print $2; exit }' "$1"; }

apt_q apt-cache depends "${apt_t[@]}" "$meta"
image=$(dep "$tmp/apt.log" linux-image-)
abi=${image#linux-image-}
abi=${abi%-unsigned}
[[ $abi == "${name%-*}".* ]] || die "$name: $meta resolves to '$image', not a ${name%-*} kernel"

apt_q apt-cache depends "${apt_t[@]}" "linux-headers-$abi"
common=$(dep "$tmp/apt.log" linux-headers-)
kbuild=$(dep "$tmp/apt.log" linux-kbuild-)
[[ -n $common && -n $kbuild ]] || die "$name: cannot resolve common headers/kbuild of linux-headers-$abi"

mkdir "$tmp/debs"
cd "$tmp/debs"
apt_q apt-get download "${apt_t[@]}" "linux-image-$abi" "linux-headers-$abi" "$common" "$kbuild"

root=$stage/root
for deb in "$tmp"/debs/*.deb; do dpkg-deb -x "$deb" "$root"; done

# The .debs assume they live at /: point absolute symlinks (lib/modules/*/build
# and source) into the extracted tree instead, relatively so the cache can move.
while IFS= read -r -d '' link; do
	target=$(readlink "$link")
	ln -sfn "$(realpath -ms --relative-to="$(dirname "$link")" "$root$target")" "$link"
done < <(find "$root" -type l -lname '/*' -print0)

# Likewise the per-flavour Makefile includes the -common one by absolute path;
# resolve it relative to the Makefile itself.
hdr=$root/usr/src/linux-headers-$abi
# shellcheck disable=SC2016 # $(...) here is make syntax, for make to expand
sed -i 's|^include /usr/src/|include $(dir $(realpath $(lastword $(MAKEFILE_LIST))))../|' "$hdr/Makefile"

[[ -f $root/boot/vmlinuz-$abi && -f $hdr/Makefile && -f $hdr/.config ]] ||
	die "$name: unexpected package layout for $abi"
ln -s "root/boot/vmlinuz-$abi" "$stage/vmlinuz"
ln -s "root/usr/src/linux-headers-$abi" "$stage/build"
echo "$abi" >"$stage/abi"

rm -rf "$dir"
mv "$stage" "$dir"
finish
