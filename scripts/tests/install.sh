#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make install and make uninstall, staged in a DESTDIR as a packager runs
# them (never live): everything lands where Documentation/admin-guide says,
# the module carries VERSION, a second install changes nothing, the
# administrator's modprobe.d file survives both, and uninstall removes
# exactly what install put there.  Then a C and a C++ program are built
# against the staged copy with nothing but pkg-config: run here without
# the module, and linked statically into .build/installed/bin/ for the
# guest (selftests/guest-runner.sh) to run with it.  Prints TAP.
#
#   scripts/tests/install.sh [KERNEL]    the module against KERNEL's headers
# The functions below run through check(), which shellcheck cannot see.
# shellcheck disable=SC2317
set -uo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
kernel=${1:-6.12-cloud}
version=$(cat "$top/VERSION")
out=$top/.build/installed
stage=$out/stage
log=$out/log

rm -rf "$out"
mkdir -p "$out/bin"

# shellcheck source=scripts/tests/lib.sh
. "$top/scripts/tests/lib.sh"

mk() { make -s -C "$top" KERNEL="$kernel" PREFIX=/usr DESTDIR="$stage" "$@"; }
files() { (cd "$stage" && find . -type f -o -type l | sort); }

check "make install into a DESTDIR" mk install

want=(
	'lib/modules/*/updates/vmwrite.ko*'
	usr/lib/libvmwrite.so usr/lib/libvmwrite.so.1 "usr/lib/libvmwrite.so.$version"
	usr/lib/libvmwrite.a usr/lib/libvmwrite-dbgeng.so.1 usr/lib/libvmwrite-dbgeng.a
	usr/lib/libvmwrite-netlink.so.1 usr/lib/libvmwrite-netlink.a
	usr/lib/pkgconfig/libvmwrite.pc usr/lib/pkgconfig/libvmwrite-dbgeng.pc
	usr/lib/pkgconfig/libvmwrite-netlink.pc
	usr/include/vmwrite.h usr/include/linux/vmwrite.h usr/include/vmwrite/vmwrite.h
	usr/include/vmwrite/dbgeng.h usr/include/vmwrite/netlink.h
	usr/bin/vmwrite
	usr/share/man/man1/vmwrite.1 usr/share/man/man4/vmwrite.4
	usr/share/man/man3/libvmwrite.3 usr/share/man/man3/vmw_write.3
	usr/share/man/man3/libvmwrite-dbgeng.3 usr/share/man/man3/vmw_nl_open.3
	usr/share/man/man7/vmwrite-gdb.7
	etc/udev/rules.d/60-vmwrite.rules etc/modprobe.d/vmwrite.conf
)
missing()
{
	local f rc=0

	for f in "${want[@]}"; do
		# shellcheck disable=SC2086 # f may be a glob
		ls -d "$stage"/$f >/dev/null 2>&1 || { echo "no $f"; rc=1; }
	done
	return "$rc"
}
check "install put every part in its place" missing

modversion() { [ "$(/sbin/modinfo -F version "$stage"/lib/modules/*/updates/vmwrite.ko*)" = "$version" ]; }
check "the installed module's version is VERSION ($version)" modversion

rule() { grep -qx 'KERNEL=="vmwrite", SUBSYSTEM=="misc", GROUP="vmwrite", MODE="0660"' \
	"$stage/etc/udev/rules.d/60-vmwrite.rules"; }
check "the udev rule gives /dev/vmwrite to group vmwrite, 0660" rule

files >"$out/first"
echo "options vmwrite allow_text_write=Y" >>"$stage/etc/modprobe.d/vmwrite.conf"
again() { mk install && files | diff -u "$out/first" - &&
	grep -q allow_text_write=Y "$stage/etc/modprobe.d/vmwrite.conf"; }
check "a second install changes nothing, keeps the administrator's modprobe.d" again

# What install put there, except the edited file, must all be gone.
uninstalled() { mk uninstall && files | diff -u - <(echo ./etc/modprobe.d/vmwrite.conf); }
check "uninstall removes exactly what install put there" uninstalled
rm -rf "$stage"
check "make install again, for the programs below" mk install

# The programs, with nothing but pkg-config against the staged copy.
# The system's own .pc files too (libbpf, libelf, libnl), after the
# staged ones.
pc()
{
	PKG_CONFIG_SYSROOT_DIR=$stage PKG_CONFIG_PATH=$stage/usr/lib/pkgconfig \
		pkg-config "$@"
}
src=$top/selftests/installed
build()
{
	# shellcheck disable=SC2046 # pkg-config's flags are words
	cc -O2 -Wall -Werror -o "$out/consumer.dyn" "$src/consumer.c" \
		$(pc --cflags --libs libvmwrite) &&
	c++ -O2 -Wall -Werror -o "$out/consumer++.dyn" "$src/consumer.cc" \
		$(pc --cflags --libs libvmwrite-dbgeng) &&
	LD_LIBRARY_PATH=$stage/usr/lib "$out/consumer.dyn" --no-device &&
	LD_LIBRARY_PATH=$stage/usr/lib "$out/consumer++.dyn" --no-device
}
check "C and C++ programs build with pkg-config and run against the installed libraries" build

static()
{
	# shellcheck disable=SC2046 # pkg-config's flags are words
	cc -O2 -static -o "$out/bin/consumer" "$src/consumer.c" \
		$(pc --static --cflags --libs libvmwrite) &&
	c++ -O2 -static -o "$out/bin/consumer++" "$src/consumer.cc" \
		$(pc --static --cflags --libs libvmwrite-dbgeng)
}
check "the same, linked statically with pkg-config --static, for the guest" static

tests_done
