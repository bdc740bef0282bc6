#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# scripts/apt-source.sh against apt sources of every shape deps.sh may meet,
# in a private apt configuration: nothing of the host's apt is read or
# changed, and the mirrors are local folders (file: URIs).  Prints TAP.
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/apt-source.sh
. "$here/apt-source.sh"

t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
n=0 failed=0

ok()
{
	n=$((n + 1))
	if [ "$2" = "$3" ]; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1"
		printf '#   expected: %s\n#   got:      %s\n' "$3" "$2" | sed '3,$s/^/#   /'
		failed=1
	fi
}

# A fresh apt configuration in $t/etc, with empty lists.
apt_root()
{
	rm -rf "${t:?}/etc" "${t:?}/lists" "${t:?}/cache"
	mkdir -p "$t/etc/sources.list.d" "$t/lists/partial" \
		"$t/cache/archives/partial"
	: >"$t/etc/sources.list"
	APT_SOURCE_OPTS=(-o Dir::Etc::SourceList="$t/etc/sources.list"
			 -o Dir::Etc::SourceParts="$t/etc/sources.list.d"
			 -o Dir::State::Lists="$t/lists"
			 -o Dir::Cache="$t/cache" -o Debug::NoLocking=1
			 -o APT::Architectures=amd64)
}

# A local mirror at $t/mirror holding SUITE, one package in main.
mirror_suite()
{
	local d=$t/mirror/dists/$1

	mkdir -p "$d/main/binary-amd64"
	printf 'Package: vmwrite-fixture\nVersion: 1\nArchitecture: all\nFilename: pool/f.deb\nSize: 1\n' \
		>"$d/main/binary-amd64/Packages"
	{
		printf 'Suite: %s\nCodename: %s\nComponents: main\nArchitectures: amd64\n' "$1" "$1"
		printf 'Date: %s\nSHA256:\n' "$(date -Ru)"
		printf ' %s %s main/binary-amd64/Packages\n' \
			"$(sha256sum <"$d/main/binary-amd64/Packages" | cut -d' ' -f1)" \
			"$(stat -c %s "$d/main/binary-amd64/Packages")"
	} >"$d/Release"
}

apt_root
cat >"$t/etc/sources.list.d/debian.sources" <<'EOF'
# Comment paragraphs and comment lines are part of no stanza.

Types: deb
URIs: http://security.example/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/security.gpg

Enabled: no
Types: deb
URIs: http://disabled.example/debian
Suites: bookworm
Components: main

Types: deb-src
URIs: http://sources-only.example/debian
Suites: bookworm
Components: main

Types: deb
URIs: http://mirror.example/debian
# a comment inside a stanza
Suites: bookworm-updates bookworm
Components: main contrib
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
entry=$(apt_source_entry bookworm)
ok "deb822: the enabled deb stanza with suite 'bookworm', not -security, -updates, deb-src or a disabled one" \
	"$entry" "$t/etc/sources.list.d/debian.sources:4 http://mirror.example/debian/"
ok "deb822: its Signed-By" "$(apt_source_option "${entry%% *}" signed-by)" \
	/usr/share/keyrings/debian-archive-keyring.gpg
ok "deb822: no entry for a suite nobody configured" \
	"$(apt_source_entry bookworm-backports)" ""

apt_root
cat >"$t/etc/sources.list.d/inline.sources" <<'EOF'
Types: deb
URIs: http://inline.example/debian
Suites: bookworm
Components: main
signed-by:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mQINBGPL0BUBEADmW5NdOOHwPIJlgPu6JDcKw/NZJPR8lsD9K7UNy5mPT7wj4HV0
 -----END PGP PUBLIC KEY BLOCK-----
EOF
entry=$(apt_source_entry bookworm)
apt_source_write_like "$entry" bookworm-backports "$t/out.sources"
ok "deb822: an inline key is copied whole" "$(sed -n '/^Signed-By:/,$p' "$t/out.sources")" \
	"$(printf 'Signed-By:\n -----BEGIN PGP PUBLIC KEY BLOCK-----\n .\n mQINBGPL0BUBEADmW5NdOOHwPIJlgPu6JDcKw/NZJPR8lsD9K7UNy5mPT7wj4HV0\n -----END PGP PUBLIC KEY BLOCK-----')"

apt_root
cat >"$t/etc/sources.list" <<'EOF'
# deb http://commented.example/debian bookworm main
deb http://security.example/debian-security bookworm-security main
deb-src http://sources-only.example/debian bookworm main
deb [arch=amd64 signed-by=/etc/apt/keyrings/mirror.gpg trusted=no] http://apt-cache.example:3142/debian bookworm main non-free-firmware
EOF
entry=$(apt_source_entry bookworm)
ok "one-line: the deb line with suite 'bookworm'" "$entry" \
	"$t/etc/sources.list:4 http://apt-cache.example:3142/debian/"
ok "one-line: its signed-by option" "$(apt_source_option "${entry%% *}" signed-by)" \
	/etc/apt/keyrings/mirror.gpg
ok "one-line: its trusted option" "$(apt_source_option "${entry%% *}" trusted)" no
echo 'deb http://unsigned.example/debian bookworm main' >"$t/etc/sources.list"
ok "one-line: no signed-by, none copied" \
	"$(apt_source_option "$(apt_source_entry bookworm | cut -d' ' -f1)" signed-by)" ""

# sources.list is read before sources.list.d, as apt does.
echo 'deb http://first.example/debian bookworm main' >"$t/etc/sources.list"
printf 'Types: deb\nURIs: http://second.example/debian\nSuites: bookworm\nComponents: main\n' \
	>"$t/etc/sources.list.d/second.sources"
ok "both formats: the entry apt reads first" "$(apt_source_entry bookworm)" \
	"$t/etc/sources.list:1 http://first.example/debian/"

# End to end against a local, unsigned mirror (Trusted: yes, which is
# copied): what is written, apt reads; a mirror without backports is named
# in the failure.
apt_root
mirror_suite bookworm
printf 'Types: deb\nURIs: file:%s/mirror\nSuites: bookworm\nComponents: main\nTrusted: yes\n' "$t" \
	>"$t/etc/sources.list.d/local.sources"
apt_source_write_like "$(apt_source_entry bookworm)" bookworm-backports \
	"$t/etc/sources.list.d/bookworm-backports.sources"
ok "the written entry is read by apt, at the same mirror" \
	"$(apt_source_entry bookworm-backports | cut -d' ' -f2)" "file:$t/mirror/"
err=$(apt_source_update bookworm-backports 2>&1 >/dev/null)
ok "a mirror without backports: apt_source_update fails" "$?" 1
ok "... and says where it looked" "$(tail -n 1 <<<"$err")" \
	"apt-get update cannot find bookworm-backports at file:$t/mirror/"
mirror_suite bookworm-backports
apt_source_update bookworm-backports 2>"$t/err"; rc=$?; cat "$t/err" >&2
ok "a mirror with backports: apt_source_update succeeds" "$rc" 0
ok "the entry is marked as deps.sh's own" \
	"$(apt_source_is_ours "$t/etc/sources.list.d/bookworm-backports.sources" && echo ours)" ours
ok "a file without the mark is the administrator's" \
	"$(apt_source_is_ours "$t/etc/sources.list.d/local.sources" || echo theirs)" theirs

echo "1..$n"
exit $failed
