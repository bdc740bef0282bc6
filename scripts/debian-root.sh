#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# A minimal Debian 12 root to test vmwrite's .debs and its DKMS builds in,
# without touching the host: `apt-get install ./*.deb` resolves Depends from
# the mirror, and DKMS writes /lib/modules/KVER/updates/dkms, runs depmod and
# creates /var/lib/dkms/mok.key, all inside a disposable copy of the root.
#
# usage: scripts/debian-root.sh build
#        scripts/debian-root.sh copy DIR
#        scripts/debian-root.sh run DIR CMD [ARG...]
#
# build  debootstraps (minbase) bookworm from the mirror the host uses for
#        it (scripts/apt-source.sh), with the apt sources bookworm,
#        -updates, -security (those the host has) and bookworm-backports
#        (priority 100: install from it with -t bookworm-backports), and
#        installs dkms (without Recommends), the linux-headers of the
#        kernels scripts/kernel-fetch.sh fetches as 6.1-cloud and 6.12-cloud
#        (the 6.12 headers bring their kernel image), their gcc-12, gcc,
#        g++, make, pkg-config, xz-utils, openssl and man-db.  Services
#        never start (policy-rc.d).  Once per key; then quick.
# copy   makes DIR a fresh copy of the built root (building it first if
#        needed); an existing DIR goes first, if it is empty or an earlier
#        copy.
# run    runs CMD as root in the root at DIR, in private mount and PID
#        namespaces: /proc, /sys (read-only), a small /dev with /dev/pts and
#        /dev/shm are mounted there and vanish with CMD, as does anything
#        CMD leaves running.  /tmp is the root's own.  The environment is
#        only PATH, HOME=/root, LANG=C.UTF-8 and
#        DEBIAN_FRONTEND=noninteractive; stdin is /dev/null unless a
#        terminal.  CAP_SYS_MODULE is dropped: nothing run there can load a
#        module into the host's kernel.  The host's resolv.conf and hosts
#        are copied into DIR/etc first.  Exits with CMD's status.
#
# The root is cached outside the clone, since CI clones afresh:
#   ${VMWRITE_ROOT_CACHE:-$HOME/.cache/vmwrite}/debian-root/bookworm-KEY/
# KEY names the two kernel ABIs and hashes the recipe (package list, the
# host's apt sources and the apt configuration taken from it): a newer
# kernel or another list builds a new root, and the old ones are removed.  root/ is the tree, `done` marks it
# complete (written last), build.log has the build's output.  Its apt lists
# are as of the build: run `apt-get update` in a copy before installing
# from the mirror.
#
# Needs root, the mirror (to build), and on the host: debootstrap, and what
# Debian 12 has anyway: util-linux (unshare, setpriv, flock, findmnt),
# coreutils (chroot), apt, mount, and what scripts/kernel-fetch.sh needs
# for the ABIs.
set -euo pipefail

die() { echo "debian-root: $*" >&2; exit 1; }
usage()
{
	echo "usage: $0 build | copy DIR | run DIR CMD [ARG...]" >&2
	exit 2
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${VMWRITE_ROOT_CACHE:-${HOME:-/root}/.cache/vmwrite}/debian-root
# In each copy, so that `copy` removes only what it made.
copy_mark=.vmwrite-debian-root

# Bump when the recipe changes in a way the lists below do not show.
recipe=2
# Installed from bookworm, without Recommends (dkms would pull a
# linux-headers meta package).  The 6.12 headers come from backports,
# named without -t: what they need comes from bookworm where it can, as
# on the build machine.  With -t, libbpf1 and libelf1 would come from
# backports too, and bookworm's libbpf-dev (of libvmwrite-dbgeng-dev)
# would no longer install.
pkgs=(
	dkms kmod                    # kmod: depmod
	gcc-12                       # hard-coded by Debian's kernel headers
	gcc g++ make libc6-dev pkg-config  # a pkg-config consumer; kbuild
	xz-utils                     # modules are .ko.xz on 6.12
	openssl                      # dkms makes its MOK signing key with it
	man-db                       # man -w vmwrite
)

# The stanza-or-line entry ("FILE:N URI") each suite of the root comes from.
# bookworm-backports, if the host has none, is bookworm's mirror, as in
# scripts/deps.sh.
declare -A from=()
sources()
{
	local suite

	# shellcheck source=scripts/apt-source.sh
	. "$here/apt-source.sh"
	from[bookworm]=$(apt_source_entry bookworm)
	[[ -n ${from[bookworm]} ]] ||
		die "no enabled apt source has the suite 'bookworm' to take the mirror from"
	for suite in bookworm-updates bookworm-security bookworm-backports; do
		from[$suite]=$(apt_source_entry "$suite")
	done
	[[ -n ${from[bookworm-backports]} ]] ||
		from[bookworm-backports]=${from[bookworm]}
}

# Write the root's apt sources into directory $1 (also hashed for the key).
write_sources()
{
	local suite

	# shellcheck disable=SC2034 # read by apt_source_write_like
	APT_SOURCE_MARK='# Written by vmwrite scripts/debian-root.sh from the host'"'"'s'
	for suite in bookworm bookworm-updates bookworm-security bookworm-backports; do
		[[ -z ${from[$suite]} ]] ||
			apt_source_write_like "${from[$suite]}" "$suite" "$1/$suite.sources"
	done
}

# What apt needs to reach the mirror, from the host's configuration: a proxy,
# and leniency about Release dates (a snapshot mirror's have expired).
write_apt_conf()
{
	echo "// Written by vmwrite scripts/debian-root.sh from the host's apt-config dump"
	apt-config dump | grep -E '^Acquire::((https?|ftp)::Proxy|Check-Valid-Until|Check-Date|Max-ValidTime)' || true
}

# The kernel ABIs, from what scripts/kernel-fetch.sh fetched (fetching if
# need be).
abi61='' abi612=''
abis()
{
	local kdir

	kdir=$("$here/kernel-fetch.sh" --print-kdir 6.1-cloud) || die "scripts/kernel-fetch.sh 6.1-cloud failed"
	abi61=$(<"$(dirname "$kdir")/abi")
	kdir=$("$here/kernel-fetch.sh" --print-kdir 6.12-cloud) || die "scripts/kernel-fetch.sh 6.12-cloud failed"
	abi612=$(<"$(dirname "$kdir")/abi")
	[[ -n $abi61 && -n $abi612 ]] || die "empty kernel ABI"
}

# The key hashes the host's apt sources as they are written, not the
# entries taken from them: asking apt for those takes seconds.
key=''
dir=''
compute_key()
{
	local list='' parts='' h

	abis
	eval "$(apt-config shell list Dir::Etc::sourcelist/f parts Dir::Etc::sourceparts/d)"
	h=$( {
		echo "$recipe ${pkgs[*]} $abi61 $abi612"
		write_apt_conf
		cat "$list" "$parts"/*.list "$parts"/*.sources 2>/dev/null || :
	} | sha256sum | cut -c1-12)
	key=bookworm-$abi61-$abi612-$h
	dir=$cache/$key
}

# fd 9: the cache's lock; exclusive while building, shared while copying.
lock()
{
	mkdir -p "$cache"
	exec 9>"$cache/.lock"
	flock "$@" 9
}

built() { [[ -e $dir/done && -d $dir/root ]]; }

# A path's absolute form, refused if it could hold something that matters.
safe_dir()
{
	local d

	[[ -n $1 ]] || die "empty DIR"
	d=$(realpath -m -- "$1")
	case $d in
	/ | /[!/]* ) ;;
	*) die "$1: not a path" ;;
	esac
	[[ $d == /*/* ]] || die "$d: refusing a top-level directory"
	for p in "${HOME:-/root}" "$here/.." "$cache" /usr/local /var/lib /var/cache; do
		p=$(realpath -m -- "$p")
		[[ $d != "$p" && $p/ != "$d"/* ]] ||
			die "$d: refusing, it is or holds $p"
	done
	echo "$d"
}

# Run "$@" in the root at $1 (see run, below).
in_root()
{
	local d=$1 pid rc=0

	shift
	[[ -x $d/bin/sh && -d $d/proc && -d $d/sys && -d $d/dev && ! -L $d/dev ]] ||
		die "$d: not a root made by $0"
	# --kill-child: if unshare dies (see the trap), so does everything in
	# the PID namespace.  unshare blocks SIGTERM and SIGINT while it waits,
	# hence the SIGKILL.  Backgrounded so that the trap can run; stdin is
	# passed on explicitly, the cache's lock is not.
	unshare --mount --propagation private --pid --fork --kill-child \
		-- "$here/debian-root.sh" __inside "$d" "$@" <&0 9>&- &
	pid=$!
	trap 'kill -KILL "$pid" 2>/dev/null || :' TERM INT HUP
	wait "$pid" || rc=$?
	# A trapped signal interrupts wait; collect unshare.
	while kill -0 "$pid" 2>/dev/null; do wait "$pid" || rc=$?; done
	trap - TERM INT HUP
	return "$rc"
}

# PID 1 of the namespaces: mount, run the command, exit with its status.
inside()
{
	local d=$1 rc=0 n

	shift
	mount -t proc -o nosuid,nodev,noexec proc "$d/proc"
	# The host's sysctls stay as they are.
	mount --bind "$d/proc/sys" "$d/proc/sys"
	mount -o remount,bind,ro "$d/proc/sys"
	mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$d/sys"
	mount -t tmpfs -o nosuid,mode=755,size=16m dev "$d/dev"
	for n in null zero full random urandom tty; do
		: >"$d/dev/$n"
		mount --bind "/dev/$n" "$d/dev/$n"
	done
	mkdir "$d/dev/pts" "$d/dev/shm"
	mount -t devpts -o newinstance,ptmxmode=0666,mode=620,gid=5 devpts "$d/dev/pts"
	mount -t tmpfs -o nosuid,nodev tmpfs "$d/dev/shm"
	ln -s pts/ptmx "$d/dev/ptmx"
	ln -s /proc/self/fd "$d/dev/fd"
	ln -s /proc/self/fd/0 "$d/dev/stdin"
	ln -s /proc/self/fd/1 "$d/dev/stdout"
	ln -s /proc/self/fd/2 "$d/dev/stderr"
	chmod 1777 "$d/tmp"
	# The host's name resolution; written from inside, so that a symlink in
	# the root cannot point the write at the host.
	for n in resolv.conf hosts; do
		[[ -r /etc/$n ]] || continue
		chroot "$d" /bin/sh -c "rm -f /etc/$n && cat >/etc/$n" </etc/$n
	done
	[[ -t 0 ]] || exec </dev/null
	env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
		setpriv --bounding-set -sys_module --inh-caps -sys_module \
		chroot "$d" "$@" || rc=$?
	exit "$rc"
}

build()
{
	local root log start

	compute_key
	if built; then return 0; fi
	lock
	if built; then return 0; fi

	sources
	rm -rf --one-file-system "$dir"
	mkdir -p "$dir"
	root=$dir/root
	log=$dir/build.log
	start=$SECONDS
	echo "debian-root: building $key (four minutes or so); log in $log" >&2

	# debootstrap fetches with wget: give it apt's proxy, and the keyring
	# the host trusts the mirror with.
	local uri signed trusted opts=()
	uri=${from[bookworm]#* }
	signed=$(apt_source_option "${from[bookworm]%% *}" signed-by)
	trusted=$(apt_source_option "${from[bookworm]%% *}" trusted)
	if [[ $trusted == yes ]]; then
		opts+=(--no-check-gpg)
	elif [[ -n $signed && $signed == /* && $signed != *$'\n'* ]]; then
		opts+=("--keyring=$signed")
	fi
	local proxy
	proxy=$(apt-config shell p Acquire::http::Proxy | sed -n "s/^p='\(.*\)'$/\1/p")
	if [[ -n $proxy && $proxy != DIRECT ]]; then export http_proxy=$proxy; fi
	proxy=$(apt-config shell p Acquire::https::Proxy | sed -n "s/^p='\(.*\)'$/\1/p")
	if [[ -n $proxy && $proxy != DIRECT ]]; then export https_proxy=$proxy; fi

	debootstrap --variant=minbase "${opts[@]}" bookworm "$root" "$uri" >"$log" 2>&1 ||
		{ tail -n 30 "$log" >&2; die "debootstrap failed: see $log"; }

	# apt: the host's mirrors, and what it needs to reach them.
	: >"$root/etc/apt/sources.list"
	write_sources "$root/etc/apt/sources.list.d"
	write_apt_conf >"$root/etc/apt/apt.conf.d/99vmwrite-host"
	# Keyrings a source names that the root lacks (a local mirror's own).
	local suite f
	for suite in "${!from[@]}"; do
		[[ -n ${from[$suite]} ]] || continue
		f=$(apt_source_option "${from[$suite]%% *}" signed-by)
		if [[ $f == /* && $f != *$'\n'* && -f $f && ! -e $root$f ]]; then
			install -D -m 644 "$f" "$root$f"
		elif [[ -z $f ]]; then
			cp -n /etc/apt/trusted.gpg.d/* "$root/etc/apt/trusted.gpg.d/" 2>/dev/null || :
		fi
	done
	if grep -qs '^URIs: https:' "$root"/etc/apt/sources.list.d/*.sources; then
		pkgs+=(ca-certificates)
	fi
	# No service starts, whatever a postinst asks.
	printf '#!/bin/sh\n# Written by vmwrite scripts/debian-root.sh: no services in this root.\nexit 101\n' \
		>"$root/usr/sbin/policy-rc.d"
	chmod 755 "$root/usr/sbin/policy-rc.d"

	local apt=(apt-get -y -q -o Dpkg::Use-Pty=0 --no-install-recommends)
	{
		in_root "$root" apt-get -q update &&
		in_root "$root" "${apt[@]}" install "${pkgs[@]}" "linux-headers-$abi61" &&
		in_root "$root" "${apt[@]}" install "linux-headers-$abi612" &&
		in_root "$root" apt-get clean
	} >>"$log" 2>&1 || { tail -n 30 "$log" >&2; die "installing packages failed: see $log"; }

	local hdr
	for hdr in "$abi61" "$abi612"; do
		chroot "$root" test -e "/lib/modules/$hdr/build/Makefile" ||
			die "linux-headers-$hdr: no /lib/modules/$hdr/build/Makefile in the root"
	done
	rm -rf --one-file-system "${root:?}"/tmp/* "$root"/var/tmp/*
	rm -f "$root/etc/resolv.conf" "$root/etc/hosts"
	echo "$key built in $((SECONDS - start)) s on $(date -u +%FT%TZ)" >"$dir/done"
	# Older roots go: each takes a gigabyte.
	find "$cache" -mindepth 1 -maxdepth 1 -type d -name 'bookworm-*' ! -name "$key" \
		-exec rm -rf --one-file-system {} +
	echo "debian-root: built in $((SECONDS - start)) s" >&2
}

copy()
{
	local d

	d=$(safe_dir "$1")
	build
	# Shared: a concurrent build of a new key must not remove this one.
	lock -s
	built || die "$dir: gone while waiting"
	if [[ -e $d || -L $d ]]; then
		[[ -d $d && ! -L $d ]] || die "$d: not a directory"
		if [[ -n $(ls -A "$d") && ! -e $d/$copy_mark ]]; then
			die "$d: not empty and not made by $0, not removing it"
		fi
		! findmnt -rn -o TARGET |
			awk -v d="$d" '$0 == d || index($0, d "/") == 1 { m = 1 } END { exit !m }' ||
			die "$d: something is mounted there"
		rm -rf --one-file-system "$d"
	fi
	mkdir -p "$(dirname "$d")"
	cp -a "$dir/root" "$d"
	echo "$key" >"$d/$copy_mark"
}

((EUID == 0)) || die "run as root"
case ${1-} in
build)
	[[ $# -eq 1 ]] || usage
	build
	;;
copy)
	[[ $# -eq 2 ]] || usage
	copy "$2"
	;;
run)
	[[ $# -ge 3 ]] || usage
	d=$(safe_dir "$2")
	shift 2
	in_root "$d" "$@"
	;;
__inside)
	# Only as PID 1 of in_root's namespaces: elsewhere it would mount on
	# the host.
	[[ $$ -eq 1 ]] || usage
	shift
	inside "$@"
	;;
*)
	usage
	;;
esac
