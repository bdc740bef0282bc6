#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# vmwrite/dbgeng.h against MinGW-w64's public-domain dbgeng.h (Debian's
# mingw-w64-common): for every interface both have, the method names in
# vtable order, read from the real layouts (offsetof in the C vtable
# structs, pointers to virtual members in the C++ classes); the IIDs; and
# the value of every DEBUG_*, ERROR_*, E_*, S_*, PAGE_*, MEM_* constant both
# define.  IDebugClient5 and IDebugDataSpaces4, newer than MinGW's header,
# must start with IDebugClient4's and IDebugDataSpaces3's methods.
#
# The package is fetched once with apt-get download into
# ${VMWRITE_CACHE:-../.cache}/mingw-w64 (like scripts/ksource.sh does for
# linux-source); MINGW_INCLUDE=dir uses an unpacked include directory
# instead.  Without either, every check is skipped.  Prints TAP lines.

set -u
# shellcheck source=selftests/tap.sh
. "$(dirname "$0")/../../../selftests/tap.sh"
CC=${CC:-cc}
CXX=${CXX:-c++}
here=$(cd "$(dirname "$0")" && pwd)
userlib=$(cd "$here/../.." && pwd)
top=$(dirname "$userlib")
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM


# ---- the MinGW-w64 headers ----

inc=${MINGW_INCLUDE:-}
# scripts/deps.sh installs the package; a download is the fallback.
if [ -z "$inc" ] && [ -f /usr/share/mingw-w64/include/dbgeng.h ]; then
	inc=/usr/share/mingw-w64/include
fi
if [ -z "$inc" ]; then
	cache=${VMWRITE_CACHE:-$top/.cache}/mingw-w64
	if [ ! -f "$cache/.done" ] && command -v apt-get >/dev/null 2>&1 &&
	   command -v dpkg-deb >/dev/null 2>&1; then
		rm -rf "$cache.tmp"
		mkdir -p "$cache.tmp" &&
		(cd "$cache.tmp" && apt-get download mingw-w64-common) >"$tmp/apt.log" 2>&1 &&
		dpkg-deb -x "$cache.tmp"/mingw-w64-common_*.deb "$cache.tmp/root" &&
		rm -rf "$cache" && mv "$cache.tmp" "$cache" && touch "$cache/.done"
		rm -rf "$cache.tmp"
	fi
	inc=$cache/root/usr/share/mingw-w64/include
fi
if [ ! -f "$inc/dbgeng.h" ] || [ ! -f "$inc/winerror.h" ] || [ ! -f "$inc/winnt.h" ]; then
	why="no MinGW-w64 headers in $inc (apt-get download mingw-w64-common failed? see scripts/deps.sh)"
	tap_skip "dbgeng order: method order, IIDs and constants against MinGW-w64" "$why"
	[ -s "$tmp/apt.log" ] && sed 's/^/# /' "$tmp/apt.log"
	exit 0
fi
ours=$userlib/include/vmwrite/dbgeng.h
wintypes=$userlib/include/vmwrite/wintypes.h
CFLAGS="-Wall -Wextra -Werror -I$userlib/include"

# methods IFACE: MinGW's method names of IFACE, in order.
methods() {
	awk -v want="$1" '
		/DECLARE_INTERFACE_\(/ {
			s = $0; sub(/.*DECLARE_INTERFACE_\(/, "", s); sub(/,.*/, "", s)
			inside = (s == want); next
		}
		inside && /^[ \t]*};/ { inside = 0 }
		inside && /STDMETHOD/ {
			s = $0
			if (s ~ /STDMETHOD_\(/) { sub(/.*STDMETHOD_\([^,]*,[ \t]*/, "", s) }
			else { sub(/.*STDMETHODV?\(/, "", s) }
			sub(/\).*/, "", s); print s
		}' "$inc/dbgeng.h"
}

# check_order IFACE MINGW_IFACE FULL: our IFACE's first methods are
# MINGW_IFACE's, in order (all of them, and no more, when FULL is 1).
check_order() {
	iface=$1 theirs=$2 full=$3
	methods "$theirs" >"$tmp/$theirs.names"
	count=$(wc -l <"$tmp/$theirs.names")
	if [ "$count" -lt 3 ]; then
		tap_not_ok "dbgeng order: $theirs not found in MinGW's dbgeng.h"
		return
	fi
	{
		echo "#include <stddef.h>"
		echo "#include <vmwrite/dbgeng.h>"
		echo "static const size_t offs[] = {"
		sed "s/.*/	offsetof(${iface}Vtbl, &),/" "$tmp/$theirs.names"
		echo "};"
		echo "int main(void)"
		echo "{"
		echo "	size_t i;"
		echo "	for (i = 0; i < $count; i++)"
		echo "		if (offs[i] != i * sizeof(void *))"
		echo "			return 1;"
		[ "$full" = 1 ] && echo "	return sizeof(${iface}Vtbl) != $count * sizeof(void *);"
		[ "$full" = 1 ] || echo "	return 0;"
		echo "}"
	} >"$tmp/$iface.c"
	{
		echo "#include <cstddef>"
		echo "#include <cstring>"
		echo "#include <vmwrite/dbgeng.h>"
		echo "template <typename M> static long slot_of(M m)"
		echo "{"
		echo "	struct { std::ptrdiff_t ptr, adj; } raw;"
		echo "	std::memcpy(&raw, &m, sizeof(raw));"
		echo "	return raw.ptr & 1 ? (long)((raw.ptr - 1) / sizeof(void *)) : -1;"
		echo "}"
		echo "struct Probe : public $iface { virtual void vmw_probe_end() = 0; };"
		echo "int main()"
		echo "{"
		echo "	long slot = 0;"
		echo "	bool ok = true;"
		sed "s/.*/	ok \&= slot_of(\&$iface::&) == slot++;/" "$tmp/$theirs.names"
		[ "$full" = 1 ] && echo "	ok &= slot_of(&Probe::vmw_probe_end) == $count;"
		echo "	return ok ? 0 : 1;"
		echo "}"
	} >"$tmp/$iface.cc"
	what="$count methods in MinGW's $theirs order"
	[ "$full" = 1 ] || what="starts with the $count methods of MinGW's $theirs, in order"
	if $CC $CFLAGS -o "$tmp/$iface.c.bin" "$tmp/$iface.c" >"$tmp/log" 2>&1 &&
	   "$tmp/$iface.c.bin"; then
		tap_ok "dbgeng order: C $iface: $what"
	else
		tap_not_ok "dbgeng order: C $iface: $what"
		sed 's/^/# /' "$tmp/log"
	fi
	if ! command -v "$CXX" >/dev/null 2>&1; then
		tap_skip "dbgeng order: C++ $iface" "no $CXX"
	elif $CXX -std=c++11 $CFLAGS -o "$tmp/$iface.cc.bin" "$tmp/$iface.cc" >"$tmp/log" 2>&1 &&
	     "$tmp/$iface.cc.bin"; then
		tap_ok "dbgeng order: C++ $iface: $what"
	else
		tap_not_ok "dbgeng order: C++ $iface: $what"
		sed 's/^/# /' "$tmp/log"
	fi
}

# Every interface the description says takes MinGW's order, in full.
for i in $(awk '/^interface / && /# order: mingw/ && $2 != "IUnknown" { print $2 }' \
	       "$userlib/dbgeng/dbgeng.idl"); do
	check_order $i $i 1
done
check_order IDebugClient5 IDebugClient4 0
check_order IDebugDataSpaces4 IDebugDataSpaces3 0

# ---- IIDs ----

{
	echo "#include <stdio.h>"
	echo "#include <vmwrite/dbgeng.h>"
	echo "struct iid { const char *name; const IID *ours; IID theirs; };"
	echo "static const struct iid iids[] = {"
	sed -n 's/.*DEFINE_GUID(IID_\([A-Za-z0-9_]*\), *\([^)]*\)).*/\1 \2/p' "$inc/dbgeng.h" |
	while read -r name rest; do
		grep -q "const IID IID_$name;" "$ours" || continue
		set -- $(echo "$rest" | tr ',' ' ')
		echo "	{ \"IID_$name\", &IID_$name, { $1, $2, $3, { $4, $5, $6, $7, $8, $9, ${10}, ${11} } } },"
	done
	cat <<'EOC'
};
int main(void)
{
	unsigned i, bad = 0, n = sizeof(iids) / sizeof(iids[0]);
	for (i = 0; i < n; i++)
		if (!IsEqualIID(iids[i].ours, &iids[i].theirs))
			bad++, printf("# %s differs from MinGW's\n", iids[i].name);
	printf("# %u IIDs compared\n", n);
	return bad != 0 || n < 10;
}
EOC
} >"$tmp/iids.c"
if $CC $CFLAGS -o "$tmp/iids" "$tmp/iids.c" "${O:-$top/.build/userlib}/dbgeng/guids.c" >"$tmp/log" 2>&1 &&
   "$tmp/iids" >"$tmp/out" 2>&1; then
	tap_ok "dbgeng order: every IID MinGW's dbgeng.h and ours both have is equal ($(sed -n 's/# \([0-9]*\) .*/\1/p' "$tmp/out"))"
else
	tap_not_ok "dbgeng order: every IID MinGW's dbgeng.h and ours both have is equal"
	sed 's/^/# /' "$tmp/log" "$tmp/out"
fi

# ---- constants ----

# Values the current Windows SDK changed since MinGW's copy: not compared.
newer=" DEBUG_ENGOPT_ALL "

# "NAME VALUE" for each object-like #define of a constant in MinGW's headers.
cat "$inc/dbgeng.h" "$inc/winerror.h" "$inc/winnt.h" "$inc/winbase.h" 2>/dev/null |
	sed -n 's/^[ \t]*#[ \t]*define[ \t]\{1,\}\(\(DEBUG\|ERROR\|E\|S\|PAGE\|MEM\|IMAGE\|SEC\)_[A-Za-z0-9_]*\|INFINITE\|MAX_PATH\)[ \t]\{1,\}\([^ \t].*\)$/\1 \3/p' |
	sed 's|[ \t]*/\*.*||; s|[ \t]*//.*||' >"$tmp/theirs.defs"
{
	echo "#include <stdio.h>"
	echo "#include <vmwrite/dbgeng.h>"
	echo "#define __MSABI_LONG(x) x"
	echo "#define _HRESULT_TYPEDEF_(x) ((HRESULT)(x))"
	echo "struct def { const char *name; long long ours, theirs; };"
	echo "static const struct def defs[] = {"
	awk '!seen[$1]++' "$tmp/theirs.defs" | while read -r name value; do
		case $newer in *" $name "*) continue ;; esac
		grep -q "^#define $name[ 	]" "$ours" "$wintypes" || continue
		# Only numbers, the two MinGW wrappers and names of ours.
		rest=$(echo "$value" | sed 's/__MSABI_LONG\|_HRESULT_TYPEDEF_\|HRESULT_FROM_NT\|HRESULT//g' |
			grep -o '[A-Za-z_][A-Za-z0-9_]*' | grep -v '^[0-9]\|^x[0-9a-fA-F]*$\|^[uUlL]*$')
		for id in $rest; do
			grep -q "^#define $id[ 	]" "$ours" "$wintypes" || continue 2
		done
		echo "	{ \"$name\", (long long)($name), (long long)($value) },"
	done
	cat <<'EOC'
};
int main(void)
{
	unsigned i, bad = 0, n = sizeof(defs) / sizeof(defs[0]);
	for (i = 0; i < n; i++)
		if (defs[i].ours != defs[i].theirs)
			bad++, printf("# %s: ours %#llx, MinGW's %#llx\n", defs[i].name,
				      (unsigned long long)defs[i].ours,
				      (unsigned long long)defs[i].theirs);
	printf("# %u constants compared\n", n);
	return bad != 0 || n < 100;
}
EOC
} >"$tmp/defs.c"
if $CC $CFLAGS -Wno-overflow -o "$tmp/defs" "$tmp/defs.c" >"$tmp/log" 2>&1 &&
   "$tmp/defs" >"$tmp/out" 2>&1; then
	tap_ok "dbgeng order: every constant MinGW's headers and ours both define is equal ($(sed -n 's/# \([0-9]*\) .*/\1/p' "$tmp/out"))"
else
	tap_not_ok "dbgeng order: every constant MinGW's headers and ours both define is equal"
	sed 's/^/# /' "$tmp/log" "$tmp/out"
fi
# Ours that MinGW lacks, for the record.
sed -n 's/^#define \(\(DEBUG\|ERROR\|E\|S\|PAGE\|MEM\|IMAGE\)_[A-Za-z0-9_]*\|INFINITE\|MAX_PATH\)[ \t].*/\1/p' "$ours" "$wintypes" |
	while read -r name; do
		grep -q "^$name " "$tmp/theirs.defs" || echo "$name"
	done >"$tmp/extra"
[ -s "$tmp/extra" ] && echo "# not in MinGW's headers (checked against the SDK by hand):" $(cat "$tmp/extra")

[ "$tap_fail" = 0 ]
