#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Upstream hygiene for module/ and uapi/, each check silent when clean:
#   hygiene.sh style      checkpatch --strict and kernel-doc -Wall, from
#                         Debian's linux-source
#   hygiene.sh w1 KERNEL  a W=1 build with no warning at all
#   hygiene.sh sparse KERNEL   a C=2 (sparse) build with no report at all
#   hygiene.sh testmod KERNEL  selftests/testmod, W=1 and sparse clean too
# KERNEL is a name scripts/kernel-fetch.sh knows.  Builds happen in a copy
# under .build/, so kernels never share objects: the module's in
# .build/KERNEL/module/ (vmwrite.ko there), the test module's in
# .build/KERNEL-testmod/.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

# module/'s sources, without the vmwrite.mod.c an in-place build leaves.
module_sources()
{
	local f

	for f in module/*.[ch]; do
		[[ $f == *.mod.c ]] || echo "$f"
	done
}

build()
{
	local kernel=$1
	shift
	local kdir out m log
	kdir=$(scripts/kernel-fetch.sh --print-kdir "$kernel")
	out=$top/.build/$kernel${TESTMOD:+-testmod}${VARIANT:+-$VARIANT}
	rm -rf "$out"
	if [ "${TESTMOD:-}" ]; then
		m=$out
		mkdir -p "$m"
		cp selftests/testmod/Kbuild selftests/testmod/*.c "$m/"
	else
		# The sources only, not what an in-place build left in module/;
		# uapi/ beside it, where module/Kbuild looks for it.
		m=$out/module
		mkdir -p "$m"
		# shellcheck disable=SC2046 # no blanks in module/'s names
		cp module/Kbuild $(module_sources) "$m/"
		cp -r uapi "$out/"
	fi
	log=$(make -s --no-print-directory -C "$kdir" M="$m" "$@" modules 2>&1) || {
		echo "$log"
		return 1
	}
	# BTF needs vmlinux, which headers packages do not ship.
	log=$(grep -v 'Skipping BTF generation' <<<"$log" || true)
	if [ -n "$log" ]; then
		echo "$log"
		return 1
	fi
}

case ${1:-} in
style)
	ksource=$(scripts/ksource.sh)
	# Version checks are the way an out-of-tree module meets older kernels.
	mapfile -t srcs < <(module_sources)
	perl "$ksource/scripts/checkpatch.pl" --no-tree --strict --quiet \
		--ignore LINUX_VERSION_CODE -f "${srcs[@]}" uapi/linux/*.h \
		selftests/testmod/*.c
	out=$(perl "$ksource/scripts/kernel-doc" -none -Wall "${srcs[@]}" \
		uapi/linux/*.h selftests/testmod/*.c 2>&1)
	if [ -n "$out" ]; then
		echo "$out"
		exit 1
	fi
	;;
w1)
	build "$2" W=1
	;;
testmod)
	TESTMOD=1 build "$2" W=1 C=2
	;;
noaudit)
	# The module without its audit trail, for the cost A/B in the
	# guest: the same module name, under a file name of its own.
	VARIANT=noaudit build "$2" W=1 VMWRITE_AUDIT=n
	cp ".build/$2-noaudit/module/vmwrite.ko" ".build/$2-noaudit/vmwrite-noaudit.ko"
	;;
sparse)
	command -v sparse >/dev/null || { echo "sparse missing: run scripts/deps.sh" >&2; exit 1; }
	build "$2" C=2
	;;
*)
	echo "usage: $0 style | w1 KERNEL | testmod KERNEL | noaudit KERNEL | sparse KERNEL" >&2
	exit 2
	;;
esac
