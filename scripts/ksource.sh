#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Extract the few files vmwrite takes from Debian's linux-source-6.12 at
# build time (the kselftest harness and lib.mk, checkpatch, kernel-doc and
# its Sphinx extension for Documentation/conf.py and scripts/man.sh),
# instead of keeping copies.  Prints the directory they are in.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
out=${VMWRITE_CACHE:-$top/.cache}/ksource
tarball=$(ls /usr/src/linux-source-6.12.tar.xz 2>/dev/null || true)

members=(
	tools/testing/selftests/kselftest_harness.h
	tools/testing/selftests/kselftest.h
	tools/testing/selftests/lib.mk
	tools/testing/selftests/kselftest/runner.sh
	tools/testing/selftests/kselftest/prefix.pl
	scripts/checkpatch.pl
	scripts/kernel-doc
	scripts/spelling.txt
	scripts/const_structs.checkpatch
	Documentation/sphinx/kerneldoc.py
	Documentation/sphinx/kernellog.py
)

# .done lists what was extracted: a list that grew extracts again.
if [ "$(cat "$out/.done" 2>/dev/null)" != "${members[*]}" ]; then
	if [ -z "$tarball" ]; then
		echo "ksource: /usr/src/linux-source-6.12.tar.xz missing: run scripts/deps.sh as root" >&2
		exit 1
	fi
	rm -rf "$out.tmp"
	mkdir -p "$out.tmp"
	tar -xJf "$tarball" -C "$out.tmp" --strip-components=1 \
		--wildcards "${members[@]/#/*/}"
	rm -rf "$out"
	mv "$out.tmp" "$out"
	echo "${members[*]}" > "$out/.done"
fi
echo "$out"
