#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Install the Debian 12 host packages vmwrite needs to build and to run its
# QEMU guest tests. Kernel images and headers are deliberately NOT installed
# here (they would pull a kernel onto the host and a newer systemd from
# backports): scripts/kernel-fetch.sh unpacks them into the repo cache instead.
set -euo pipefail

die() { echo "deps: $*" >&2; exit 1; }

pkgs=(
	build-essential gcc-12 pkg-config    # gcc-12: hard-coded by Debian's kernel headers
	sparse                               # module static checks (make C=1)
	linux-source-6.12                    # kselftest harness, checkpatch (scripts/ksource.sh)
	libelf-dev libssl3 zlib1g pahole bc  # run-time needs of the unpacked linux-kbuild tools
	zlib1g-dev                           # libz.a: vmwrite.static links libelf.a
	libbpf-dev                           # libbpf: the selftests' BPF LSM policy, userlib's BTF types
	libnl-3-dev libnl-genl-3-dev         # libnl: the netlink family's clients (selftests, userlib)
	flex bison libssl-dev                # the debug kernel (scripts/debug-kernel.sh)
	busybox-static cpio gzip xz-utils kmod  # guest initramfs
	qemu-system-x86                      # from bookworm first, upgraded below
	python3                              # userlib/dbgeng/gen-dbgeng.py (the dbgeng header)
	python3-sphinx                       # Documentation/ (make docs)
	mingw-w64-common                     # MinGW-w64 dbgeng.h, the header test's reference
	gnuplot-nox                          # make bench: the chart
	mandoc groff-base                    # man pages: lint and render (scripts/man.sh)
	debhelper dh-dkms lintian fakeroot   # debian/: the packages (scripts/tests/packages.sh)
	debootstrap                          # the Debian root the packages install into
	gdb lldb-16 socat                    # the debuggers on vmwrite gdbserver (scripts/tests/gdb.sh);
					     # lldb 14 (lldb) cannot start its script interpreter, and
					     # conflicts with lldb-16: installing this removes it
)

# The 6.12 kernels and QEMU come from bookworm-backports, which apt takes
# nothing from unless asked with -t (priority 100).  The entry is made at
# the mirror the machine already uses for bookworm: a local mirror or an apt
# cache may be all it can reach.  An entry of the administrator's own is
# used as it is.
# shellcheck source=scripts/apt-source.sh
. "$(dirname "${BASH_SOURCE[0]}")/apt-source.sh"
bpo_file=/etc/apt/sources.list.d/bookworm-backports.sources
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bpo_from=''

# True when the entry deps.sh owns must be (re)written: $tmp/bpo has it.
bpo_stale()
{
	local entry

	entry=$(apt_source_entry bookworm-backports)
	if [[ -n $entry && ${entry%%:*} != "$bpo_file" ]] ||
	   ! apt_source_is_ours "$bpo_file"; then
		return 1
	fi
	bpo_from=$(apt_source_entry bookworm)
	[[ -n $bpo_from ]] ||
		die "no enabled apt source has the suite 'bookworm' (a stanza in /etc/apt/sources.list.d/*.sources or a line in sources.list) to take the mirror from: add one, or a bookworm-backports entry of your own"
	apt_source_write_like "$bpo_from" bookworm-backports "$tmp/bpo"
	! cmp -s "$tmp/bpo" "$bpo_file"
}

installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]; }
missing=()
for p in "${pkgs[@]}"; do installed "$p" || missing+=("$p"); done

# bookworm's QEMU 7.2 TCG corrupts guest state now and then (garbage EFLAGS
# after cmpxchg16b, stale int3 after kernel text patching): about one boot in
# three of a Debian 6.12 kernel oopses. The backports QEMU (10.x) does not.
# Swapping just these four packages once the bookworm QEMU has brought in its
# libraries keeps every other package on bookworm.
qemu_bpo=(qemu-system-{x86,common,data}/bookworm-backports seabios/bookworm-backports)
qemu_new()
{
	local v

	v=$(dpkg-query -W -f='${Version}' qemu-system-x86 2>/dev/null) &&
		dpkg --compare-versions "$v" ge 1:10
}

stale=0
if bpo_stale; then stale=1; fi
if ((!stale && ${#missing[@]} == 0)) && qemu_new; then exit 0; fi
((EUID == 0)) || die "missing ${missing[*]:-a newer QEMU or the bookworm-backports apt source}: run as root (sudo $0)"
if ((stale)); then
	echo "deps: bookworm-backports from ${bpo_from#* }, the mirror of bookworm in ${bpo_from%% *}" >&2
	install -m 644 "$tmp/bpo" "$bpo_file"
fi

export DEBIAN_FRONTEND=noninteractive
apt_source_update bookworm-backports || exit 1
log=$tmp/apt.log
apt_install()
{
	echo "deps: installing $*" >&2
	apt-get install -y -qq --no-install-recommends "$@" </dev/null >"$log" 2>&1 ||
		{ cat "$log" >&2; die "apt-get install $* failed"; }
}
if ((${#missing[@]})); then apt_install "${missing[@]}"; fi
if ! qemu_new; then apt_install "${qemu_bpo[@]}"; fi
