#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# Tests of what the build produces: the ABI of each library, the static
# tool, the public headers on their own, and an installed copy used through
# pkg-config from C and C++.  Run from userlib/ by `make check`, which
# passes CC, CXX, MAKE and the install directories; prints TAP lines.

set -u
# shellcheck source=selftests/tap.sh
. "$(dirname "$0")/../../selftests/tap.sh"
CC=${CC:-cc}
CXX=${CXX:-c++}
MAKE=${MAKE:-make}
PREFIX=${PREFIX:-/usr/local}
LIBDIR=${LIBDIR:-$PREFIX/lib}
INCLUDEDIR=${INCLUDEDIR:-$PREFIX/include}
BINDIR=${BINDIR:-$PREFIX/bin}
PKGCONFIGDIR=${PKGCONFIGDIR:-$LIBDIR/pkgconfig}
O=${O:-../.build/userlib}	# where make built everything

version=$(awk '$2 ~ /^VMW_VERSION_(MAJOR|MINOR|PATCH)$/ { printf "%s%s", sep, $3; sep = "." }' \
	include/vmwrite/vmwrite.h)
lib=$O/libvmwrite.so.$version
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM



# check NAME CONDITION: CONDITION, a shell command list, succeeds; its
# output is shown only if it fails.
check() {
	if (eval "$2") >"$tmp/log" 2>&1; then
		tap_ok "$1"
	else
		tap_not_ok "$1"
		sed 's/^/# /' "$tmp/log"
	fi
}


have() {
	command -v "$1" >/dev/null 2>&1
}

# ---- the shared library's ABI ----

# Global symbols of the version script, sorted.
grep -E '^[[:space:]]+[A-Za-z_][A-Za-z0-9_]*;' lib/libvmwrite.map | tr -d ' \t;' | sort >"$tmp/map.syms"
nm -D --defined-only "$lib" >"$tmp/nm" 2>&1
awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' "$tmp/nm" | sort >"$tmp/so.syms"

# The core is vmw_* only: the Windows names are libvmwrite-dbgeng's.
check "abi: $lib exports only vmw_*" \
	'! grep -v "^vmw_" "$tmp/so.syms" && [ -s "$tmp/so.syms" ]'
check "abi: the exports are exactly the globals of libvmwrite.map" \
	'diff "$tmp/map.syms" "$tmp/so.syms"'
check "abi: every export is versioned LIBVMWRITE_1.x" \
	'! awk "\$2 != \"A\"" "$tmp/nm" | grep -v "@@LIBVMWRITE_1\.[0-9]*\$"'
check "abi: vmw_open_kernel came in LIBVMWRITE_1.1, the rest stay 1.0" \
	'grep -q " vmw_open_kernel@@LIBVMWRITE_1.1\$" "$tmp/nm" &&
	 grep -q " vmw_write@@LIBVMWRITE_1.0\$" "$tmp/nm"'
check "abi: vmw_write_flags, vmw_cmpxchg and vmw_region came in LIBVMWRITE_1.2" \
	'grep -q " vmw_write_flags@@LIBVMWRITE_1.2\$" "$tmp/nm" &&
	 grep -q " vmw_cmpxchg@@LIBVMWRITE_1.2\$" "$tmp/nm" &&
	 grep -q " vmw_region@@LIBVMWRITE_1.2\$" "$tmp/nm"'
check "abi: vmw_find_memory, vmw_fill and vmw_search came in LIBVMWRITE_1.3" \
	'grep -q " vmw_find_memory@@LIBVMWRITE_1.3\$" "$tmp/nm" &&
	 grep -q " vmw_fill@@LIBVMWRITE_1.3\$" "$tmp/nm" &&
	 grep -q " vmw_search@@LIBVMWRITE_1.3\$" "$tmp/nm"'
check "abi: vmw_writev and vmw_readv came in LIBVMWRITE_1.4" \
	'grep -q " vmw_writev@@LIBVMWRITE_1.4\$" "$tmp/nm" &&
	 grep -q " vmw_readv@@LIBVMWRITE_1.4\$" "$tmp/nm"'
check "abi: the version nodes chain 1.4 -> 1.3 -> 1.2 -> 1.1 -> 1.0" \
	'readelf -V "$lib" | grep -A1 "Name: LIBVMWRITE_1.4" | grep -q "Parent 1: LIBVMWRITE_1.3" &&
	 readelf -V "$lib" | grep -A1 "Name: LIBVMWRITE_1.3" | grep -q "Parent 1: LIBVMWRITE_1.2" &&
	 readelf -V "$lib" | grep -A1 "Name: LIBVMWRITE_1.2" | grep -q "Parent 1: LIBVMWRITE_1.1" &&
	 readelf -V "$lib" | grep -A1 "Name: LIBVMWRITE_1.1" | grep -q "Parent 1: LIBVMWRITE_1.0"'
check "abi: soname is libvmwrite.so.1" \
	'readelf -d "$lib" | grep "(SONAME).*\[libvmwrite.so.1\]"'
check "abi: libvmwrite.so -> libvmwrite.so.1 -> ${lib##*/}" \
	'[ "$(readlink $O/libvmwrite.so)" = libvmwrite.so.1 ] && [ "$(readlink $O/libvmwrite.so.1)" = "${lib##*/}" ]'
# Hidden symbols are the library's own, even in the archive.
check "abi: libvmwrite.a defines the same public symbols" \
	'readelf -Ws $O/libvmwrite.a | awk "\$5 == \"GLOBAL\" && \$6 == \"DEFAULT\" && \$7 != \"UND\" { print \$8 }" |
	 sort | diff "$tmp/map.syms" -'

# ---- the dbgeng library's ABI ----

dlib=$O/libvmwrite-dbgeng.so.$version
grep -E '^[[:space:]]+[A-Za-z_][A-Za-z0-9_]*;' dbgeng/libvmwrite-dbgeng.map | tr -d ' \t;' |
	sort >"$tmp/dmap.syms"
nm -D --defined-only "$dlib" >"$tmp/dnm" 2>&1
awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' "$tmp/dnm" | sort >"$tmp/dso.syms"

check "abi: the exports of ${dlib##*/} are exactly the globals of libvmwrite-dbgeng.map" \
	'[ -s "$tmp/dso.syms" ] && diff "$tmp/dmap.syms" "$tmp/dso.syms"'
check "abi: ${dlib##*/} exports every IID <vmwrite/dbgeng.h> declares" \
	'sed -n "s/.*const IID \(IID_[A-Za-z0-9_]*\);/\1/p" include/vmwrite/dbgeng.h | sort \
		>"$tmp/iids" && [ -s "$tmp/iids" ] && comm -23 "$tmp/iids" "$tmp/dso.syms" >"$tmp/missing" &&
	 cat "$tmp/missing" && [ ! -s "$tmp/missing" ]'
check "abi: every export of ${dlib##*/} is versioned LIBVMWRITE_DBGENG_1.0" \
	'! awk "\$2 != \"A\"" "$tmp/dnm" | grep -v "@@LIBVMWRITE_DBGENG_1\.0\$"'
check "abi: soname is libvmwrite-dbgeng.so.1, linked against libvmwrite.so.1" \
	'readelf -d "$dlib" | grep "(SONAME).*\[libvmwrite-dbgeng.so.1\]" &&
	 readelf -d "$dlib" | grep "(NEEDED).*\[libvmwrite.so.1\]"'
check "abi: libvmwrite-dbgeng.so -> libvmwrite-dbgeng.so.1 -> ${dlib##*/}" \
	'[ "$(readlink $O/libvmwrite-dbgeng.so)" = libvmwrite-dbgeng.so.1 ] &&
	 [ "$(readlink $O/libvmwrite-dbgeng.so.1)" = "${dlib##*/}" ]'
check "abi: libvmwrite-dbgeng.a defines the same public symbols, its own all dbgeng__*" \
	'readelf -Ws $O/libvmwrite-dbgeng.a >"$tmp/da" &&
	 awk "\$5 == \"GLOBAL\" && \$6 == \"DEFAULT\" && \$7 != \"UND\" { print \$8 }" "$tmp/da" |
	 sort | diff "$tmp/dmap.syms" - &&
	 ! awk "\$5 == \"GLOBAL\" && \$6 != \"DEFAULT\" && \$7 != \"UND\" { print \$8 }" "$tmp/da" |
	 grep -v "^dbgeng__"'

# ---- the netlink library's ABI ----

nlib=$O/libvmwrite-netlink.so.$version
grep -E '^[[:space:]]+[A-Za-z_][A-Za-z0-9_]*;' netlink/libvmwrite-netlink.map | tr -d ' \t;' |
	sort >"$tmp/nmap.syms"
nm -D --defined-only "$nlib" >"$tmp/nnm" 2>&1
awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' "$tmp/nnm" | sort >"$tmp/nso.syms"

check "abi: the exports of ${nlib##*/} are exactly the globals of libvmwrite-netlink.map, vmw_nl_*" \
	'[ -s "$tmp/nso.syms" ] && diff "$tmp/nmap.syms" "$tmp/nso.syms" &&
	 ! grep -v "^vmw_nl_" "$tmp/nso.syms"'
check "abi: every export of ${nlib##*/} is versioned LIBVMWRITE_NETLINK_1.0" \
	'! awk "\$2 != \"A\"" "$tmp/nnm" | grep -v "@@LIBVMWRITE_NETLINK_1\.0\$"'
check "abi: soname is libvmwrite-netlink.so.1, linked against libnl, not libvmwrite" \
	'readelf -d "$nlib" | grep "(SONAME).*\[libvmwrite-netlink.so.1\]" &&
	 readelf -d "$nlib" | grep "(NEEDED).*\[libnl-genl-3\.so" &&
	 ! readelf -d "$nlib" | grep "(NEEDED).*\[libvmwrite\.so"'
check "abi: libvmwrite-netlink.so -> libvmwrite-netlink.so.1 -> ${nlib##*/}" \
	'[ "$(readlink $O/libvmwrite-netlink.so)" = libvmwrite-netlink.so.1 ] &&
	 [ "$(readlink $O/libvmwrite-netlink.so.1)" = "${nlib##*/}" ]'
check "abi: libvmwrite-netlink.a defines the same public symbols, its own all vmw_nl__*" \
	'readelf -Ws $O/libvmwrite-netlink.a >"$tmp/na" &&
	 awk "\$5 == \"GLOBAL\" && \$6 == \"DEFAULT\" && \$7 != \"UND\" { print \$8 }" "$tmp/na" |
	 sort | diff "$tmp/nmap.syms" - &&
	 ! awk "\$5 == \"GLOBAL\" && \$6 != \"DEFAULT\" && \$7 != \"UND\" { print \$8 }" "$tmp/na" |
	 grep -v "^vmw_nl__"'
# A program that only reads and writes memory must not need libnl.
check "abi: ${lib##*/} needs no libnl" '! readelf -d "$lib" | grep "(NEEDED).*\[libnl"'

# ---- the tool ----

check "vmwrite.static is fully static" \
	'! readelf -d $O/vmwrite.static | grep "(NEEDED)" && ! readelf -l $O/vmwrite.static | grep INTERP'
check "vmwrite is linked against libvmwrite.so.1 and libvmwrite-netlink.so.1" \
	'readelf -d $O/vmwrite | grep "(NEEDED).*\[libvmwrite.so.1\]" &&
	 readelf -d $O/vmwrite | grep "(NEEDED).*\[libvmwrite-netlink.so.1\]"'
check "vmwrite runs against the built library" \
	'LD_LIBRARY_PATH=$O $O/vmwrite --version | grep "^libvmwrite 1\."'

# ---- the public header on its own ----

cat >"$tmp/hdr.c" <<'EOF'
#include <vmwrite.h>

int main(void)
{
	vmw_close((struct vmw_target *)0);
	return (int)(VMW_ACCESS_READ | VMW_ACCESS_WRITE | VMW_ACCESS_FORCE) - 7;
}
EOF
# No -I for the uapi: the header must not need it.
check "header: self-contained, C99 -pedantic" \
	'$CC -std=c99 -pedantic -Wall -Wextra -Werror -Iinclude -c -o "$tmp/hdr.o" "$tmp/hdr.c"'
if have "$CXX"; then
	check "header: self-contained, C++11 -pedantic" \
		'$CXX -x c++ -std=c++11 -pedantic -Wall -Wextra -Werror -Iinclude -c -o "$tmp/hdr.o" "$tmp/hdr.c"'
else
	tap_skip "header: self-contained, C++11 -pedantic" "no $CXX"
fi
echo "#include <vmwrite/dbgeng.h>" >"$tmp/dbgeng.c"
check "header: vmwrite/dbgeng.h self-contained, C99 -pedantic" \
	'$CC -std=c99 -pedantic -Wall -Wextra -Werror -Iinclude -c -o "$tmp/dbgeng.o" "$tmp/dbgeng.c"'
if have "$CXX"; then
	check "header: vmwrite/dbgeng.h self-contained, C++11 -pedantic" \
		'$CXX -x c++ -std=c++11 -pedantic -Wall -Wextra -Werror -Iinclude -c \
			-o "$tmp/dbgeng.o" "$tmp/dbgeng.c"'
else
	tap_skip "header: vmwrite/dbgeng.h self-contained, C++11 -pedantic" "no $CXX"
fi

echo "#include <vmwrite/netlink.h>" >"$tmp/netlink.c"
check "header: vmwrite/netlink.h self-contained (no libnl, no uapi), C99 -pedantic" \
	'$CC -std=c99 -pedantic -Wall -Wextra -Werror -Iinclude -c -o "$tmp/netlink.o" "$tmp/netlink.c"'
if have "$CXX"; then
	check "header: vmwrite/netlink.h self-contained, C++11 -pedantic" \
		'$CXX -x c++ -std=c++11 -pedantic -Wall -Wextra -Werror -Iinclude -c \
			-o "$tmp/netlink.o" "$tmp/netlink.c"'
else
	tap_skip "header: vmwrite/netlink.h self-contained, C++11 -pedantic" "no $CXX"
fi

# ---- an installed copy ----

dest=$tmp/dest
check "install: make install DESTDIR=..." \
	'$MAKE -s --no-print-directory install DESTDIR="$dest"'
check "install: the files" '
	for f in "$INCLUDEDIR/vmwrite.h" "$INCLUDEDIR/linux/vmwrite.h" \
		 "$INCLUDEDIR/vmwrite/dbgeng.h" "$INCLUDEDIR/vmwrite/wintypes.h" "$LIBDIR/${lib##*/}" \
		 "$LIBDIR/libvmwrite.so.1" "$LIBDIR/libvmwrite.so" "$LIBDIR/libvmwrite.a" \
		 "$PKGCONFIGDIR/libvmwrite.pc" "$BINDIR/vmwrite" \
		 "$LIBDIR/${dlib##*/}" "$LIBDIR/libvmwrite-dbgeng.so.1" \
		 "$LIBDIR/libvmwrite-dbgeng.so" "$LIBDIR/libvmwrite-dbgeng.a" \
		 "$PKGCONFIGDIR/libvmwrite-dbgeng.pc" "$INCLUDEDIR/vmwrite/netlink.h" \
		 "$LIBDIR/${nlib##*/}" "$LIBDIR/libvmwrite-netlink.so.1" \
		 "$LIBDIR/libvmwrite-netlink.so" "$LIBDIR/libvmwrite-netlink.a" \
		 "$PKGCONFIGDIR/libvmwrite-netlink.pc"; do
		[ -e "$dest$f" ] || { echo "missing: $dest$f"; exit 1; }
	done'

cat >"$tmp/prog.c" <<'EOF'
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <vmwrite.h>

int main(void)
{
	struct vmw_target *t = NULL;
	int err = vmw_open_process(getpid(), 0, &t);

	printf("libvmwrite %s: vmw_open_process: %d\n", vmw_version(), err);
	vmw_close(t);
	/* Without the module, the only right answer is -ENOENT. */
	return err == -ENOENT || access("/dev/vmwrite", F_OK) == 0 ? 0 : 1;
}
EOF

# The dbgeng library, from C or C++: a client, and an attach that can only
# fail without the module.
cat >"$tmp/dprog.c" <<'EOF'
#include <stdio.h>
#include <unistd.h>
#include <vmwrite/dbgeng.h>

int main(void)
{
	IDebugClient *client = NULL;
#ifdef __cplusplus
	HRESULT hr = DebugCreate(__uuidof(IDebugClient), (PVOID *)&client);

	if (SUCCEEDED(hr)) {
		hr = client->AttachProcess(0, (ULONG)getpid(), DEBUG_ATTACH_NONINVASIVE);
		client->Release();
	}
#else
	HRESULT hr = DebugCreate(&IID_IDebugClient, (PVOID *)&client);

	if (SUCCEEDED(hr)) {
		hr = IDebugClient_AttachProcess(client, 0, (ULONG)getpid(), DEBUG_ATTACH_NONINVASIVE);
		IDebugClient_Release(client);
	}
#endif
	printf("libvmwrite-dbgeng: AttachProcess: %#x\n", (unsigned int)hr);
	/* Without the module: ERROR_FILE_NOT_FOUND, as the core's -ENOENT. */
	return hr == HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) ||
	       access("/dev/vmwrite", F_OK) == 0 ? 0 : 1;
}
EOF

# The netlink library, from C or C++: without the module, no family.
cat >"$tmp/nprog.c" <<'EOF'
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <vmwrite/netlink.h>

int main(void)
{
	struct vmw_nl *nl = NULL;
	int err = vmw_nl_open(0, &nl);

	printf("libvmwrite-netlink: vmw_nl_open: %d\n", err);
	vmw_nl_close(nl);
	return err == -ENOENT || access("/sys/module/vmwrite", F_OK) == 0 ? 0 : 1;
}
EOF

if have pkg-config; then
	pc() {
		PKG_CONFIG_PATH=$dest$PKGCONFIGDIR PKG_CONFIG_LIBDIR= \
			PKG_CONFIG_SYSROOT_DIR=$dest pkg-config "$@" libvmwrite
	}
	check "pkg-config: version $version" '[ "$(pc --modversion)" = "$version" ]'
	check "pkg-config: flags point into DESTDIR" '
		pc --cflags | grep -e "-I$dest$INCLUDEDIR" &&
		pc --libs | grep -e "-L$dest$LIBDIR" && pc --libs | grep -e "-lvmwrite"'
	case $LIBDIR in
	"$PREFIX"/lib)
		check "pkg-config: --define-prefix relocates" '
			PKG_CONFIG_PATH=$dest$PKGCONFIGDIR PKG_CONFIG_LIBDIR= \
			pkg-config --define-prefix --cflags --libs libvmwrite | grep -e "-I$dest$INCLUDEDIR"'
		;;
	esac
	run_prog() {
		LD_LIBRARY_PATH=$dest$LIBDIR "$1" &&
		LD_LIBRARY_PATH=$dest$LIBDIR ldd "$1" | grep "libvmwrite.so.1 => $dest$LIBDIR/"
	}
	check "install: a C program builds with gcc and pkg-config, and runs" '
		$CC -Wall -Wextra -Werror $(pc --cflags) -o "$tmp/prog" "$tmp/prog.c" $(pc --libs) &&
		run_prog "$tmp/prog"'
	if have "$CXX"; then
		check "install: the same as C++ with g++, and runs" '
			$CXX -x c++ -Wall -Wextra -Werror $(pc --cflags) -o "$tmp/prog++" "$tmp/prog.c" \
				$(pc --libs) && run_prog "$tmp/prog++"'
	else
		tap_skip "install: the same as C++" "no $CXX"
	fi
	check "install: a static program links libvmwrite.a" '
		$CC -static $(pc --cflags) -o "$tmp/prog.static" "$tmp/prog.c" \
			"$dest$LIBDIR/libvmwrite.a" && "$tmp/prog.static"'

	# The system's own .pc files too: libvmwrite-dbgeng needs libbpf and
	# libelf (Requires.private); DESTDIR's copy still comes first.
	dpc() {
		PKG_CONFIG_PATH=$dest$PKGCONFIGDIR \
			PKG_CONFIG_SYSROOT_DIR=$dest pkg-config "$@" libvmwrite-dbgeng
	}
	check "pkg-config: libvmwrite-dbgeng $version requires libvmwrite" '
		[ "$(dpc --modversion)" = "$version" ] &&
		dpc --print-requires | grep "^libvmwrite\$" &&
		dpc --libs | grep -e "-lvmwrite-dbgeng" && dpc --libs | grep -e "-lvmwrite\>"'
	run_dprog() {
		run_prog "$1" &&
		LD_LIBRARY_PATH=$dest$LIBDIR ldd "$1" |
			grep "libvmwrite-dbgeng.so.1 => $dest$LIBDIR/"
	}
	check "install: a dbgeng C program builds with gcc and pkg-config, and runs" '
		$CC -Wall -Wextra -Werror $(dpc --cflags) -o "$tmp/dprog" "$tmp/dprog.c" \
			$(dpc --libs) && run_dprog "$tmp/dprog"'
	if have "$CXX"; then
		check "install: the same dbgeng program as C++ with g++, and runs" '
			$CXX -x c++ -Wall -Wextra -Werror $(dpc --cflags) -o "$tmp/dprog++" \
				"$tmp/dprog.c" $(dpc --libs) && run_dprog "$tmp/dprog++"'
	else
		tap_skip "install: the same dbgeng program as C++" "no $CXX"
	fi
	check "install: a static dbgeng program links both archives (pkg-config --static)" '
		$CC -static $(dpc --cflags) -o "$tmp/dprog.static" "$tmp/dprog.c" \
			$(dpc --static --libs) && "$tmp/dprog.static" &&
		! readelf -d "$tmp/dprog.static" | grep "(NEEDED)"'

	# Requires.private: libnl-genl-3.0, from the system's .pc files.
	npc() {
		PKG_CONFIG_PATH=$dest$PKGCONFIGDIR \
			PKG_CONFIG_SYSROOT_DIR=$dest pkg-config "$@" libvmwrite-netlink
	}
	check "pkg-config: libvmwrite-netlink $version, libnl for static links only" '
		[ "$(npc --modversion)" = "$version" ] &&
		npc --libs | grep -e "-lvmwrite-netlink" && ! npc --libs | grep -e "-lnl-" &&
		npc --static --libs | grep -e "-lnl-genl-3" && npc --static --libs | grep -e "-lnl-3"'
	run_nprog() {
		LD_LIBRARY_PATH=$dest$LIBDIR "$1" &&
		LD_LIBRARY_PATH=$dest$LIBDIR ldd "$1" |
			grep "libvmwrite-netlink.so.1 => $dest$LIBDIR/"
	}
	check "install: a netlink C program builds with gcc and pkg-config, and runs" '
		$CC -Wall -Wextra -Werror $(npc --cflags) -o "$tmp/nprog" "$tmp/nprog.c" \
			$(npc --libs) && run_nprog "$tmp/nprog"'
	if have "$CXX"; then
		check "install: the same netlink program as C++ with g++, and runs" '
			$CXX -x c++ -Wall -Wextra -Werror $(npc --cflags) -o "$tmp/nprog++" \
				"$tmp/nprog.c" $(npc --libs) && run_nprog "$tmp/nprog++"'
	else
		tap_skip "install: the same netlink program as C++" "no $CXX"
	fi
	# libnl's archive warns of NSS functions the library never calls.
	check "install: a static netlink program links its archive (pkg-config --static)" '
		$CC -static $(npc --cflags) -o "$tmp/nprog.static" "$tmp/nprog.c" \
			$(npc --static --libs) && "$tmp/nprog.static" &&
		! readelf -d "$tmp/nprog.static" | grep "(NEEDED)"'
else
	tap_skip "pkg-config" "no pkg-config"
fi

check "install: the installed vmwrite runs" \
	'LD_LIBRARY_PATH=$dest$LIBDIR "$dest$BINDIR/vmwrite" --version'
check "uninstall: removes every file" '
	$MAKE -s --no-print-directory uninstall DESTDIR="$dest" &&
	[ -z "$(find "$dest" ! -type d)" ]'

[ "$tap_fail" = 0 ]
