#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The debug kernel: Debian's linux-source-6.12 built with the detectors of
# scripts/debug-kernel/debug.config (KASAN, KFENCE, UBSAN, lockdep, ...) and
# what the selftests need (selftests/config), on a small guest configuration
# (x86_64_defconfig, kvm_guest.config, scripts/debug-kernel/guest.config).
#
# It is built once per source version and set of fragments, outside the
# clone, since CI clones afresh:
#   ${VMWRITE_DEBUG_CACHE:-$HOME/.cache/vmwrite}/debug-kernel/VERSION-KEY/
# laid out like scripts/kernel-fetch.sh's kernels: build (the O= tree, the
# KDIR modules build against), vmlinuz, abi; and build.log, build-time.
#
# usage: scripts/debug-kernel.sh [--print-kdir]
set -euo pipefail

die() { echo "debug-kernel: $*" >&2; exit 1; }

print_kdir=0
if [[ ${1-} == --print-kdir ]]; then print_kdir=1; shift; fi
[[ $# -eq 0 ]] || { echo "usage: $0 [--print-kdir]" >&2; exit 2; }

top=$(cd "$(dirname "$0")/.." && pwd)
tarball=/usr/src/linux-source-6.12.tar.xz
fragments=("$top/scripts/debug-kernel/guest.config" "$top/selftests/config"
	   "$top/scripts/debug-kernel/debug.config")
[[ -f $tarball ]] || die "$tarball missing: run scripts/deps.sh as root"
version=$(dpkg-query -W -f='${Version}' linux-source-6.12)
key=$(cat "${fragments[@]}" "$0" | sha256sum | cut -c1-12)
cache=${VMWRITE_DEBUG_CACHE:-${HOME:-/root}/.cache/vmwrite}/debug-kernel
dir=$cache/$version-$key

finish()
{
	if ((print_kdir)); then echo "$dir/build"; fi
	exit 0
}

done_already() { [[ -s $dir/abi && -e $dir/vmlinuz && -e $dir/build/Module.symvers ]]; }
if done_already; then finish; fi
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if done_already; then finish; fi

rm -rf "$dir"
mkdir -p "$dir/src" "$dir/out"
echo "debug-kernel: building $version with $(basename "$dir") (half an hour on two cores); log in $dir/build.log" >&2
start=$SECONDS
{
	tar -xJf "$tarball" -C "$dir/src" --strip-components=1
	make -C "$dir/src" O="$dir/out" x86_64_defconfig
	"$dir/src/scripts/kconfig/merge_config.sh" -m -O "$dir/out" \
		"$dir/out/.config" "$dir/src/kernel/configs/kvm_guest.config" \
		"${fragments[@]}"
	make -C "$dir/src" O="$dir/out" olddefconfig
} >"$dir/build.log" 2>&1 || die "configuring failed: see $dir/build.log"

# Every option a fragment asks for must have survived olddefconfig: one
# that a dependency dropped would quietly test less.
while IFS='=' read -r opt val; do
	if [[ $val == n ]]; then
		! grep -q "^$opt=" "$dir/out/.config" ||
			die "$opt is set, the fragments want it off"
	else
		grep -qxF "$opt=$val" "$dir/out/.config" ||
			die "$opt=$val asked for, but the configuration has: $(grep "^$opt=\|^# $opt " "$dir/out/.config" || echo nothing)"
	fi
done < <(cat "${fragments[@]}" | grep '^CONFIG_')

make -C "$dir/src" O="$dir/out" -j"$(nproc)" >>"$dir/build.log" 2>&1 ||
	die "build failed: see $dir/build.log"
make -s -C "$dir/src" O="$dir/out" kernelrelease >"$dir/abi"
echo $((SECONDS - start)) >"$dir/build-time"
ln -s out "$dir/build"
ln -s out/arch/x86/boot/bzImage "$dir/vmlinuz"
# The sources stay: external modules build through the O= tree.  Builds
# of other fragments or versions go: each takes gigabytes.
find "$cache" -mindepth 1 -maxdepth 1 -type d ! -name "$(basename "$dir")" \
	-exec rm -rf {} +
echo "debug-kernel: built in $(($(cat "$dir/build-time") / 60)) minutes" >&2
finish
