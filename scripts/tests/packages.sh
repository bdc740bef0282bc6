#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The Debian packages as a user gets them: built with dpkg-buildpackage
# from a copy of the tree as git sees it, checked by lintian, then
# installed with apt into a fresh Debian 12 root (scripts/debian-root.sh,
# a disposable copy of a cached debootstrap) that has the headers of
# Debian's 6.1 and 6.12 cloud kernels.  There: the group and the udev
# rule, a DKMS build for each kernel (the module where DKMS puts it, with
# VERSION), the tool and its man page, a C and a C++ program built with
# pkg-config, and a purge that leaves no module behind.  No module is
# loaded anywhere.  Prints TAP.
# The functions below run through check(), which shellcheck cannot see;
# the scripts in single quotes are for the root's shell to expand.
# shellcheck disable=SC2317,SC2016
set -uo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
version=$(cat "$top/VERSION")
root_sh=$top/scripts/debian-root.sh
work=$top/.build/packages
log=$work/log

rm -rf "$work"
mkdir -p "$work/src"
export VMWRITE_CACHE=${VMWRITE_CACHE:-$top/.cache}

# shellcheck source=scripts/tests/lib.sh
. "$top/scripts/tests/lib.sh"

skip_rest()
{
	echo "ok $((n + 1)) - $1 # SKIP $2"
	echo "1..$((n + 1))"
	exit $failed
}

# In the root: CMD as root, in its own mount namespace.
in_root() { "$root_sh" run "$work/root" "$@"; }

src=$work/src/vmwrite-$version
copy()
{
	mkdir -p "$src" &&
	git -C "$top" ls-files -z -co --exclude-standard |
		(cd "$top" && xargs -0 -r sh -c \
			'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' - |
			cpio -0 -pdm --quiet "$src")
}
check "a copy of the tree as git sees it" copy

build() { (cd "$src" && dpkg-buildpackage -us -uc -b); }
check "dpkg-buildpackage -us -uc -b" build
debs=()
for d in "$work"/src/*_"$version"_*.deb; do
	case $d in *-dbgsym_*) ;; *) debs+=("$d") ;; esac
done
((${#debs[@]})) || skip_rest "the packages" "none were built"
cp "$log" "$work/build.log"

names() { for d in "${debs[@]}"; do dpkg-deb -f "$d" Package; done | sort | tr '\n' ' '; }
want="libvmwrite-dbgeng-dev libvmwrite-dbgeng1 libvmwrite-dev libvmwrite-netlink-dev libvmwrite-netlink1 libvmwrite1 vmwrite vmwrite-dkms "
eight() { [ "$(names)" = "$want" ] || { echo "built: $(names)"; return 1; }; }
check "the eight packages, all at version $version" eight

# DKMS is the module's business alone.
dkms_deps()
{
	local d rc=0

	for d in "${debs[@]}"; do
		case $(dpkg-deb -f "$d" Package):$(dpkg-deb -f "$d" Depends) in
		vmwrite-dkms:*dkms*) ;;
		vmwrite-dkms:*) echo "vmwrite-dkms does not depend on dkms"; rc=1 ;;
		*dkms*) echo "$(basename "$d") depends on dkms"; rc=1 ;;
		esac
	done
	return "$rc"
}
check "only vmwrite-dkms depends on dkms" dkms_deps
check "vmwrite suggests gdb (vmwrite gdbserver)" \
	sh -c 'dpkg-deb -f "$1" Suggests | grep -qw gdb' sh "$work"/src/vmwrite_*.deb

# Every finding fails, but those debian/ overrides with a reason.
check "lintian: no error or warning that debian/ does not justify" \
	lintian --fail-on error,warning --tag-display-limit 0 "$work"/src/vmwrite_*.changes

symbols()
{
	dpkg-deb --ctrl-tarfile "$work"/src/libvmwrite1_*.deb | tar -xO ./symbols |
		grep -q ' vmw_writev@LIBVMWRITE_1.4 1.4'
}
check "libvmwrite1's symbols file comes from the version script" symbols

check "a fresh Debian 12 root (scripts/debian-root.sh)" \
	sh -c "'$root_sh' build && '$root_sh' copy '$work/root'"
[ -x "$work/root/usr/bin/apt-get" ] || skip_rest "the packages in a Debian root" "no root"
mkdir -p "$work/root/tmp/debs" && cp "${debs[@]}" "$work/root/tmp/debs/"
cp "$top"/selftests/installed/consumer.c "$top"/selftests/installed/consumer.cc \
	"$work/root/tmp/"
kernels=()
for k in 6.1-cloud 6.12-cloud; do
	kdir=$("$top"/scripts/kernel-fetch.sh --print-kdir "$k") &&
		kernels+=("$(cat "${kdir%/build}/abi")")
done

check "apt installs the eight packages and what they depend on" \
	in_root sh -c 'apt-get update -qq && apt-get install -y -q /tmp/debs/*.deb'

check "the group vmwrite exists, empty; the udev rule and modprobe.d file are there" \
	in_root sh -c 'g=$(getent group vmwrite) && [ "${g##*:}" = "" ] &&
		grep -q "GROUP=\"vmwrite\", MODE=\"0660\"" /lib/udev/rules.d/60-vmwrite.rules &&
		grep -q "^#options vmwrite allow_text_write=N" /etc/modprobe.d/vmwrite.conf'

# The first kernel as an administrator would, the second as a kernel
# upgrade does: installing its headers runs DKMS's hook, which builds
# every AUTOINSTALL module (whatever the postinst built is removed first).
for kver in "${kernels[@]}"; do
	if [ "$kver" = "${kernels[0]}" ]; then
		check "dkms install builds and installs vmwrite $version for $kver" \
			in_root dkms install -m vmwrite -v "$version" -k "$kver"
	else
		check "a kernel upgrade to $kver rebuilds vmwrite (the headers' DKMS hook)" \
			in_root sh -c "dkms remove -m vmwrite -v $version -k $kver >/dev/null 2>&1;
				! ls /lib/modules/$kver/updates/dkms/vmwrite.ko* 2>/dev/null &&
				/etc/kernel/header_postinst.d/dkms $kver"
	fi
	ext=.ko
	case $kver in 6.1[2-9]*) ext=.ko.xz ;; esac
	check "$kver: updates/dkms/vmwrite$ext, version $version, for $kver, signed with DKMS's key" \
		in_root sh -c "m=/lib/modules/$kver/updates/dkms/vmwrite$ext &&
			[ \"\$(modinfo -F version \$m)\" = $version ] &&
			modinfo -F vermagic \$m | grep -q '^$kver ' &&
			modinfo -F signer \$m | grep -q . && [ -s /var/lib/dkms/mok.pub ]"
done

check "vmwrite --version runs, and says the module is not loaded" \
	in_root sh -c 'vmwrite --version | grep -q "^vmwrite '"$version"'" &&
		vmwrite --version | grep -q "module: not loaded"'

check "man finds and renders vmwrite(1), vmwrite(4), libvmwrite(3), vmw_write(3), vmwrite-gdb(7)" \
	in_root sh -c 'for p in 1:vmwrite 4:vmwrite 3:libvmwrite 3:vmw_write 3:libvmwrite-dbgeng 7:vmwrite-gdb; do
		MANWIDTH=80 man "${p%%:*}" "${p#*:}" | grep -q . || exit 1; done'

check "C and C++ programs build with pkg-config against the packages, and run" \
	in_root sh -c 'cd /tmp &&
		cc -Wall -Werror -o consumer consumer.c $(pkg-config --cflags --libs libvmwrite) &&
		c++ -Wall -Werror -o consumer++ consumer.cc \
			$(pkg-config --cflags --libs libvmwrite-dbgeng) &&
		./consumer --no-device && ./consumer++ --no-device'

check "purging vmwrite-dkms removes every build and the source" \
	in_root sh -c 'apt-get purge -y -q vmwrite-dkms &&
		! ls /lib/modules/*/updates/dkms/vmwrite.ko* 2>/dev/null &&
		[ ! -e /usr/src/vmwrite-'"$version"' ] && ! dkms status vmwrite | grep .'

# The same without packages: make dkms-install from the tree, for one
# kernel, and dkms-uninstall.
cp -a "$src" "$work/root/tmp/vmwrite"
check "make dkms-install DKMS_KERNEL=${kernels[0]} from the tree builds and installs the module" \
	in_root sh -c "make -C /tmp/vmwrite dkms-install DKMS_KERNEL=${kernels[0]} &&
		[ \"\$(modinfo -F version /lib/modules/${kernels[0]}/updates/dkms/vmwrite.ko)\" = $version ]"
check "make dkms-uninstall removes it and its source" \
	in_root sh -c "make -C /tmp/vmwrite dkms-uninstall &&
		! ls /lib/modules/*/updates/dkms/vmwrite.ko* 2>/dev/null &&
		[ ! -e /usr/src/vmwrite-$version ]"

rm -rf "$work/root"
tests_done
