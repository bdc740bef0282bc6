#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# One file out of a Debian package, without installing the package: the
# .deb is downloaded (apt-get download), the file extracted to DEST, the
# .deb thrown away.  Done once: a DEST that exists is kept.  Concurrent
# callers wait for each other.  Prints DEST.
#
# usage: scripts/deb-file.sh [-t RELEASE] PACKAGE PATH DEST
#   PATH is the file's path in the package (usr/bin/gdb).
set -euo pipefail

die() { echo "deb-file: $*" >&2; exit 1; }
apt_t=()
if [[ ${1-} == -t ]]; then apt_t=(-t "$2"); shift 2; fi
[[ $# -eq 3 ]] || { echo "usage: $0 [-t RELEASE] PACKAGE PATH DEST" >&2; exit 2; }
pkg=$1 path=${2#/} dest=$3

if [[ ! -e $dest ]]; then
	mkdir -p "$(dirname "$dest")"
	exec 9>"$dest.lock"
	flock 9
fi
if [[ ! -e $dest ]]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	chmod 777 "$tmp"	# apt's sandbox user downloads into it
	(cd "$tmp" && apt-get download -q "${apt_t[@]}" "$pkg" >"$tmp/apt.log" 2>&1) ||
		{ cat "$tmp/apt.log" >&2; die "cannot download $pkg"; }
	dpkg-deb --fsys-tarfile "$tmp"/*.deb | tar -x -C "$tmp" "./$path" ||
		die "$pkg has no $path"
	mv "$tmp/$path" "$dest.tmp"
	mv "$dest.tmp" "$dest"
fi
echo "$dest"
