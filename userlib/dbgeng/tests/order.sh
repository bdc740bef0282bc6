#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# vmwrite/dbgeng.h against two independent dbgeng.h: MinGW-w64's (public
# domain, Debian's mingw-w64-common) and Wine 8.0's (LGPL, libwine-dev;
# compared with, never copied).  For every interface dbgeng.idl says takes
# MinGW's or Wine's order ("# order: mingw" / "# order: wine"), the method
# names in vtable order, read from the real layouts (offsetof in the C
# vtable structs, pointers to virtual members in the C++ classes); for
# every "# order: sdk" one, newer than both, that it starts with its
# parent's methods as that parent's header has them.  Then the IIDs each
# header defines; the value of every DEBUG_*, ERROR_*, E_*, S_*, PAGE_*,
# MEM_* constant both define; and the size, alignment and member offsets
# of every DEBUG_* structure both define, theirs compiled on its own.
#
# Each package is fetched once with apt-get download into
# ${VMWRITE_CACHE:-../.cache}/mingw-w64 and .../wine (like
# scripts/ksource.sh does for linux-source); MINGW_INCLUDE=dir and
# WINE_INCLUDE=dir (the one holding Wine's dbgeng.h) use unpacked headers
# instead.  The checks of a header that cannot be had are skipped.  Prints
# TAP lines.

set -u
# shellcheck source=selftests/tap.sh
. "$(dirname "$0")/../../../selftests/tap.sh"
CC=${CC:-cc}
CXX=${CXX:-c++}
here=$(cd "$(dirname "$0")" && pwd)
userlib=$(cd "$here/../.." && pwd)
top=$(dirname "$userlib")
idl=$userlib/dbgeng/dbgeng.idl
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM


# ---- the reference headers ----

# fetch_deb PACKAGE DIR: unpack PACKAGE into DIR/root, downloaded once
# (DIR/.done says it is complete); apt-get's words in $tmp/PACKAGE.log.
fetch_deb() {
	pkg=$1 cache=$2
	if [ ! -f "$cache/.done" ] && command -v apt-get >/dev/null 2>&1 &&
	   command -v dpkg-deb >/dev/null 2>&1; then
		rm -rf "$cache.tmp"
		mkdir -p "$cache.tmp" &&
		(cd "$cache.tmp" && apt-get download "$pkg") >"$tmp/$pkg.log" 2>&1 &&
		dpkg-deb -x "$cache.tmp/${pkg}_"*.deb "$cache.tmp/root" &&
		rm -rf "$cache" && mv "$cache.tmp" "$cache" && touch "$cache/.done"
		rm -rf "$cache.tmp"
	fi
}

# skip_all SOURCE WHY: one skip for every check against SOURCE's header.
skip_all() {
	tap_skip "dbgeng order: method order, IIDs, constants and structures against $1" "$2"
}

mingw=${MINGW_INCLUDE:-}
# scripts/deps.sh installs the package; a download is the fallback.
if [ -z "$mingw" ] && [ -f /usr/share/mingw-w64/include/dbgeng.h ]; then
	mingw=/usr/share/mingw-w64/include
fi
if [ -z "$mingw" ]; then
	fetch_deb mingw-w64-common "${VMWRITE_CACHE:-$top/.cache}/mingw-w64"
	mingw=${VMWRITE_CACHE:-$top/.cache}/mingw-w64/root/usr/share/mingw-w64/include
fi
have_mingw=1
if [ ! -f "$mingw/dbgeng.h" ] || [ ! -f "$mingw/winerror.h" ] || [ ! -f "$mingw/winnt.h" ]; then
	have_mingw=0
	skip_all MinGW-w64 "no MinGW-w64 headers in $mingw (apt-get download mingw-w64-common failed? see scripts/deps.sh)"
	[ -s "$tmp/mingw-w64-common.log" ] && sed 's/^/# /' "$tmp/mingw-w64-common.log"
fi

# Not in scripts/deps.sh: libwine-dev pulls in much more than a header.
wine=${WINE_INCLUDE:-}
if [ -z "$wine" ] && [ -f /usr/include/wine/wine/windows/dbgeng.h ]; then
	wine=/usr/include/wine/wine/windows
fi
if [ -z "$wine" ]; then
	fetch_deb libwine-dev "${VMWRITE_CACHE:-$top/.cache}/wine"
	wine=${VMWRITE_CACHE:-$top/.cache}/wine/root/usr/include/wine/wine/windows
fi
have_wine=1
if [ ! -f "$wine/dbgeng.h" ]; then
	have_wine=0
	skip_all "Wine 8.0" "no Wine dbgeng.h in $wine (apt-get download libwine-dev failed?)"
	[ -s "$tmp/libwine-dev.log" ] && sed 's/^/# /' "$tmp/libwine-dev.log"
fi

ours=$userlib/include/vmwrite/dbgeng.h
wintypes=$userlib/include/vmwrite/wintypes.h
CFLAGS="-Wall -Wextra -Werror -I$userlib/include"

# header SOURCE, who SOURCE: the dbgeng.h of mingw or wine, and whose it is.
header() {
	if [ "$1" = wine ]; then echo "$wine/dbgeng.h"; else echo "$mingw/dbgeng.h"; fi
}
who() {
	if [ "$1" = wine ]; then echo "Wine's"; else echo "MinGW's"; fi
}

# Wine 8.0 misnames four slots: 98 and 99 of IDebugControl2-4 (GetNumber-
# TextReplacements, GetTextReplacement) and IDebugControl4's Get/Set-
# ExceptionFilterSecondCommandWide; the slots themselves are right.
wine_names='s/^GetNumberTextPlacements$/GetNumberTextReplacements/
s/^GetNumberTextReplacement$/GetTextReplacement/
s/^\([GS]et\)SpecificFilterSecondCommandWide$/\1ExceptionFilterSecondCommandWide/'

# methods IFACE SOURCE: SOURCE's method names of IFACE, in order (as read
# in $tmp/names.raw).
methods() {
	awk -v want="$1" '
		/DECLARE_INTERFACE_\(/ {
			s = $0; sub(/.*DECLARE_INTERFACE_\([ \t]*/, "", s); sub(/[ \t]*,.*/, "", s)
			inside = (s == want); next
		}
		inside && /^[ \t]*};/ { inside = 0 }
		inside && /STDMETHOD/ {
			s = $0
			if (s ~ /STDMETHOD_\(/) { sub(/.*STDMETHOD_\([^,]*,[ \t]*/, "", s) }
			else { sub(/.*STDMETHODV?\([ \t]*/, "", s) }
			sub(/[ \t]*\).*/, "", s); print s
		}' "$(header "$2")" >"$tmp/names.raw"
	if [ "$2" = wine ]; then
		sed "$wine_names" "$tmp/names.raw"
	else
		cat "$tmp/names.raw"
	fi
}

# check_order IFACE THEIRS FULL SOURCE: our IFACE's first methods are
# THEIRS's in SOURCE's header, in order (all of them, and no more, when
# FULL is 1).
check_order() {
	iface=$1 theirs=$2 full=$3 src=$4
	methods "$theirs" "$src" >"$tmp/$theirs.names"
	count=$(wc -l <"$tmp/$theirs.names")
	if [ "$count" -lt 3 ]; then
		tap_not_ok "dbgeng order: $theirs not found in $(who "$src") dbgeng.h"
		return
	fi
	if ! cmp -s "$tmp/names.raw" "$tmp/$theirs.names"; then
		echo "# $(who "$src") $theirs: read with the SDK's names for" \
		     $(diff "$tmp/names.raw" "$tmp/$theirs.names" | sed -n 's/^< //p')
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
	what="$count methods in $(who "$src") $theirs order"
	[ "$full" = 1 ] || what="starts with the $count methods of $(who "$src") $theirs, in order"
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

# have SOURCE: true if SOURCE's header is here.
have() {
	case $1 in
	mingw) [ "$have_mingw" = 1 ] ;;
	wine) [ "$have_wine" = 1 ] ;;
	*) false ;;
	esac
}

# "NAME PARENT SOURCE" for every interface of the description with a body.
awk '/^interface / && /# order: / {
	parent = "-"
	if ($3 == ":") parent = $4
	src = $0; sub(/.*# order:[ \t]*/, "", src); sub(/[ \t].*/, "", src)
	print $2, parent, src
}' "$idl" >"$tmp/ifaces"

# Every interface the description says takes MinGW's or Wine's order, in
# full, against that header; an SDK-only one's prefix against the header
# its parent's order comes from.
while read -r name parent src; do
	[ "$name" = IUnknown ] && continue
	case $src in
	mingw | wine)
		have "$src" && check_order "$name" "$name" 1 "$src"
		;;
	sdk)
		# The nearest ancestor a header has (IDebugControl7's is 4's).
		anc=$parent
		psrc=$(awk -v p="$anc" '$1 == p { print $3 }' "$tmp/ifaces")
		while [ "$psrc" = sdk ]; do
			anc=$(awk -v p="$anc" '$1 == p { print $2 }' "$tmp/ifaces")
			psrc=$(awk -v p="$anc" '$1 == p { print $3 }' "$tmp/ifaces")
		done
		if have "$psrc"; then
			check_order "$name" "$anc" 0 "$psrc"
		elif [ "$psrc" != mingw ] && [ "$psrc" != wine ]; then
			tap_not_ok "dbgeng order: $name: no ancestor of it is in a header here"
		fi
		;;
	esac
done <"$tmp/ifaces"

# ---- IIDs ----

# check_iids SOURCE MIN: every IID SOURCE's header defines and ours has is
# equal, and there are at least MIN of them.
check_iids() {
	src=$1
	{
		echo "#include <stdio.h>"
		echo "#include <vmwrite/dbgeng.h>"
		echo "struct iid { const char *name; const IID *ours; IID theirs; };"
		echo "static const struct iid iids[] = {"
		sed -n 's/.*DEFINE_GUID(IID_\([A-Za-z0-9_]*\), *\([^)]*\)).*/\1 \2/p' "$(header "$src")" |
		while read -r name rest; do
			grep -q "const IID IID_$name;" "$ours" || continue
			set -- $(echo "$rest" | tr ',' ' ')
			echo "	{ \"IID_$name\", &IID_$name, { $1, $2, $3, { $4, $5, $6, $7, $8, $9, ${10}, ${11} } } },"
		done
		cat <<EOC
};
int main(void)
{
	unsigned i, bad = 0, n = sizeof(iids) / sizeof(iids[0]);
	for (i = 0; i < n; i++)
		if (!IsEqualIID(iids[i].ours, &iids[i].theirs))
			bad++, printf("# %s differs from $(who "$src")\n", iids[i].name);
	printf("# %u IIDs compared\n", n);
	return bad != 0 || n < $2;
}
EOC
	} >"$tmp/iids.c"
	what="dbgeng order: every IID $(who "$src") dbgeng.h and ours both have is equal"
	if $CC $CFLAGS -o "$tmp/iids" "$tmp/iids.c" "${O:-$top/.build/userlib}/dbgeng/guids.c" \
	       >"$tmp/log" 2>&1 && "$tmp/iids" >"$tmp/out" 2>&1; then
		tap_ok "$what ($(sed -n 's/# \([0-9]*\) .*/\1/p' "$tmp/out"))"
	else
		tap_not_ok "$what"
		sed 's/^/# /' "$tmp/log" "$tmp/out"
	fi
}

have mingw && check_iids mingw 20
have wine && check_iids wine 25

# ---- constants ----

# Values the current Windows SDK changed since MinGW's and Wine's copies:
# not compared.
newer=" DEBUG_ENGOPT_ALL "

# check_defs SOURCE MIN FILE...: every constant FILEs and ours both define
# (object-like, of the families above) has the same value, at least MIN.
check_defs() {
	src=$1 min=$2
	shift 2
	# "NAME VALUE" for each object-like #define of a constant.
	cat "$@" 2>/dev/null |
		sed -n 's/^[ \t]*#[ \t]*define[ \t]\{1,\}\(\(DEBUG\|ERROR\|E\|S\|PAGE\|MEM\|IMAGE\|SEC\|STATUS\|EXCEPTION\)_[A-Za-z0-9_]*\|INFINITE\|MAX_PATH\|STILL_ACTIVE\|DEBUG_PROCESS\|DEBUG_ONLY_THIS_PROCESS\|CREATE_SUSPENDED\|CREATE_NEW_CONSOLE\|CREATE_UNICODE_ENVIRONMENT\)[ \t]\{1,\}\([^ \t].*\)$/\1 \3/p' |
		sed 's|[ \t]*/\*.*||; s|[ \t]*//.*||' >"$tmp/$src.defs"
	{
		echo "#include <stdio.h>"
		echo "#include <vmwrite/dbgeng.h>"
		echo "#define __MSABI_LONG(x) x"
		echo "#define _HRESULT_TYPEDEF_(x) ((HRESULT)(x))"
		echo "struct def { const char *name; long long ours, theirs; };"
		echo "static const struct def defs[] = {"
		awk '!seen[$1]++' "$tmp/$src.defs" | while read -r name value; do
			case $newer in *" $name "*) continue ;; esac
			grep -q "^#define $name[ 	]" "$ours" "$wintypes" || continue
			# Only numbers, the two MinGW wrappers, casts to base types and names of ours.
			rest=$(echo "$value" | sed 's/\b\(__MSABI_LONG\|_HRESULT_TYPEDEF_\|HRESULT_FROM_NT\|HRESULT\|DWORD\|ULONG\|LONG\)\b//g' |
				grep -o '[A-Za-z_][A-Za-z0-9_]*' | grep -v '^[0-9]\|^x[0-9a-fA-F]*$\|^[uUlL]*$')
			for id in $rest; do
				grep -q "^#define $id[ 	]" "$ours" "$wintypes" || continue 2
			done
			echo "	{ \"$name\", (long long)($name), (long long)($value) },"
		done
		cat <<EOC
};
int main(void)
{
	unsigned i, bad = 0, n = sizeof(defs) / sizeof(defs[0]);
	for (i = 0; i < n; i++)
		if (defs[i].ours != defs[i].theirs)
			bad++, printf("# %s: ours %#llx, $(who "$src") %#llx\n", defs[i].name,
				      (unsigned long long)defs[i].ours,
				      (unsigned long long)defs[i].theirs);
	printf("# %u constants compared\n", n);
	return bad != 0 || n < $min;
}
EOC
	} >"$tmp/defs.c"
	what="dbgeng order: every constant $(who "$src") headers and ours both define is equal"
	if $CC $CFLAGS -Wno-overflow -o "$tmp/defs" "$tmp/defs.c" >"$tmp/log" 2>&1 &&
	   "$tmp/defs" >"$tmp/out" 2>&1; then
		tap_ok "$what ($(sed -n 's/# \([0-9]*\) .*/\1/p' "$tmp/out"))"
	else
		tap_not_ok "$what"
		sed 's/^/# /' "$tmp/log" "$tmp/out"
	fi
}

have mingw && check_defs mingw 300 "$mingw/dbgeng.h" "$mingw/winerror.h" "$mingw/winnt.h" \
	"$mingw/winbase.h"
# Wine's DEBUG_* only: its winerror.h spells the HRESULTs its own way.
have wine && check_defs wine 100 "$wine/dbgeng.h"

# Ours that neither defines, for the record.
sed -n 's/^#define \(\(DEBUG\|ERROR\|E\|S\|PAGE\|MEM\|IMAGE\)_[A-Za-z0-9_]*\|INFINITE\|MAX_PATH\)[ \t].*/\1/p' "$ours" "$wintypes" |
	while read -r name; do
		grep -qs "^$name " "$tmp/mingw.defs" "$tmp/wine.defs" || echo "$name"
	done >"$tmp/extra"
[ -s "$tmp/extra" ] && echo "# in neither header (checked against the SDK by hand):" $(cat "$tmp/extra")

# ---- structures ----

# Every typedef struct _DEBUG_* of a header whose name is in "want": its
# text to STRUCTS, and "NAME MEMBER..." to stdout.  The members are those
# a dotless offsetof names: a nested aggregate's members if it is
# anonymous (DEBUG_VALUE's union), else the aggregate itself.
struct_awk='
	BEGIN { n = split(want, w, " "); for (i = 1; i <= n; i++) keep[w[i]] = 1 }
	!ins && /typedef struct _DEBUG_[A-Za-z0-9_]*/ { ins = 1; depth = 0; text = "" }
	!ins { next }
	{
		text = text $0 "\n"
		line = $0
		gsub(/\/\*[^*]*\*\//, "", line)
	}
	line ~ /\{/ { depth++; buf[depth] = ""; next }
	line ~ /\}/ {
		name = line
		sub(/.*\}[ \t]*/, "", name)
		sub(/[^A-Za-z0-9_].*/, "", name)
		if (depth == 1) {
			if (keep[name]) {
				print name buf[1]
				printf "%s\n", text >structs
			}
			ins = 0
		} else {
			buf[depth - 1] = buf[depth - 1] (name == "" ? buf[depth] : " " name)
		}
		depth--
		next
	}
	line ~ /;/ && depth > 0 {
		sub(/[ \t]*(\[[^]]*\])?[ \t]*;.*/, "", line)
		sub(/.*[^A-Za-z0-9_]/, "", line)
		buf[depth] = buf[depth] " " line
	}'

# The LLP64 types MinGW's and Wine's structures are written with.
prelude='#include <stdint.h>
typedef uint8_t UCHAR, BYTE;
typedef char CHAR;
typedef uint16_t USHORT, WCHAR;
typedef int32_t LONG, BOOL, WINBOOL;
typedef uint32_t ULONG, DWORD;
typedef int64_t LONG64;
typedef uint64_t ULONG64;
typedef void *PVOID;
typedef struct _EXCEPTION_RECORD64 {
	DWORD ExceptionCode, ExceptionFlags;
	ULONG64 ExceptionRecord, ExceptionAddress;
	DWORD NumberParameters, __unusedAlignment;
	ULONG64 ExceptionInformation[15];
} EXCEPTION_RECORD64;
#define __C89_NAMELESS __extension__
#define IN
#define OUT'

# check_structs SOURCE: size, alignment and member offsets of each
# structure SOURCE's dbgeng.h and ours both define, the same in theirs
# compiled alone as in ours.
check_structs() {
	src=$1
	want=$(sed -n 's/^} \(DEBUG_[A-Z0-9_]*\), \*P.*/\1/p' "$ours" | tr '\n' ' ')
	: >"$tmp/structs.h"
	awk -v want="$want" -v structs="$tmp/structs.h" "$struct_awk" "$(header "$src")" \
		>"$tmp/$src.structs"
	{
		cat <<'EOC'
#define S(t) printf("%s size %zu align %zu\n", #t, sizeof(t), _Alignof(t));
#define M(t, m) printf("%s.%s at %zu\n", #t, #m, offsetof(t, m));
int main(void)
{
EOC
		while read -r name members; do
			echo "	S($name)"
			for m in $members; do
				echo "	M($name, $m)"
			done
		done <"$tmp/$src.structs"
		echo "	return 0;"
		echo "}"
	} >"$tmp/main.c"
	{
		echo "#include <stddef.h>"
		echo "#include <stdio.h>"
		echo "$prelude"
		cat "$tmp/structs.h" "$tmp/main.c"
	} >"$tmp/theirs.c"
	{
		echo "#include <stddef.h>"
		echo "#include <stdio.h>"
		echo "#include <vmwrite/dbgeng.h>"
		cat "$tmp/main.c"
	} >"$tmp/ours.c"
	nstructs=$(wc -l <"$tmp/$src.structs")
	what="dbgeng order: the $nstructs DEBUG_* structures $(who "$src") dbgeng.h and ours both define have the same size, alignment and member offsets"
	if [ "$nstructs" -lt 5 ]; then
		tap_not_ok "$what: too few found"
	elif $CC -std=gnu11 -o "$tmp/theirs" "$tmp/theirs.c" >"$tmp/log" 2>&1 &&
	     $CC $CFLAGS -o "$tmp/ours" "$tmp/ours.c" >>"$tmp/log" 2>&1 &&
	     "$tmp/theirs" >"$tmp/theirs.out" && "$tmp/ours" >"$tmp/ours.out" &&
	     diff "$tmp/theirs.out" "$tmp/ours.out" >>"$tmp/log" 2>&1; then
		tap_ok "$what ($(grep -c ' at ' "$tmp/ours.out") members)"
	else
		tap_not_ok "$what"
		sed 's/^/# /' "$tmp/log"
	fi
}

have mingw && check_structs mingw
have wine && check_structs wine

[ "$tap_fail" = 0 ]
