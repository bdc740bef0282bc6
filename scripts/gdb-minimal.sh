#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# gdb for the sandbox guest (make run's demo): Debian's gdb-minimal, which
# has no Python and fits a busybox initramfs.  It cannot be installed next
# to the host's gdb (they conflict), so its gdb alone is unpacked into the
# cache, like the kernels.  Prints its path:
#   ${VMWRITE_CACHE:-<repo>/.cache}/gdb-minimal/gdb
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec "$top/scripts/deb-file.sh" gdb-minimal usr/bin/gdb \
	"$(realpath -m "${VMWRITE_CACHE:-$top/.cache}")/gdb-minimal/gdb"
