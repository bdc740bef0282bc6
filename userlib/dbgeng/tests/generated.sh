#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# include/vmwrite/dbgeng.h is generated (dbgeng/gen-dbgeng.py from
# dbgeng/dbgeng.idl and dbgeng/dbgeng.h.in) and committed: regenerate it
# into a temporary directory and fail on any difference, so that neither a
# hand edit of the header nor a description without its header gets in.
# Then the generator's refusals: a description it cannot vouch for must not
# become a header.  Prints TAP lines.

set -u
# shellcheck source=selftests/tap.sh
. "$(dirname "$0")/../../../selftests/tap.sh"
here=$(cd "$(dirname "$0")" && pwd)
userlib=$(cd "$here/../.." && pwd)
gen=$userlib/dbgeng/gen-dbgeng.py
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM


if ! command -v python3 >/dev/null 2>&1; then
	tap_ok "dbgeng generated # SKIP no python3"
	exit 0
fi

name="dbgeng generated: include/vmwrite/dbgeng.h is what gen-dbgeng.py makes of dbgeng.idl"
if python3 "$gen" header "$userlib/dbgeng/dbgeng.h.in" >"$tmp/dbgeng.h" 2>"$tmp/log" &&
   diff -u "$userlib/include/vmwrite/dbgeng.h" "$tmp/dbgeng.h" >>"$tmp/log" 2>&1; then
	tap_ok "$name"
else
	tap_not_ok "$name"
	echo "# edit dbgeng/dbgeng.idl or dbgeng/dbgeng.h.in, not the header; make regenerates it"
	sed 's/^/# /' "$tmp/log"
fi

# refused WHAT EXPECTED LINES: gen-dbgeng.py fails on IUnknown plus LINES
# (a printf format), saying EXPECTED.
refused() {
	{
		printf 'interface IUnknown {00000000-0000-0000-c000-000000000046}\t# order: mingw\n'
		printf '\tHRESULT QueryInterface(REFIID InterfaceId, PVOID *Interface)\n'
		printf '\tULONG AddRef()\n\tULONG Release()\n'
		printf "$3"
	} >"$tmp/bad.idl"
	if python3 "$gen" --idl "$tmp/bad.idl" guids >/dev/null 2>"$tmp/log"; then
		tap_not_ok "dbgeng generated: refuses $1"
	elif grep -q "$2" "$tmp/log"; then
		tap_ok "dbgeng generated: refuses $1"
	else
		tap_not_ok "dbgeng generated: refuses $1, saying why"
		sed 's/^/# /' "$tmp/log"
	fi
}

iface='interface IA : IUnknown {11111111-2222-3333-4444-555555555555}'
refused "an interface without the source of its order" "bad.idl:5: IA: say where" \
	"$iface\n\tHRESULT A()\n"
refused "a parent not described above" "bad.idl:5: parent IB" \
	'interface IA : IB {11111111-2222-3333-4444-555555555555}\t# order: sdk\n'
refused "a method its parent has" "IA: two methods named AddRef" \
	"$iface\t# order: sdk\n\tULONG AddRef()\n"
refused "a parameter without a name" "bad.idl:6: parameter" \
	"$iface\t# order: sdk\n\tHRESULT A(ULONG)\n"

[ "$tap_fail" = 0 ]
