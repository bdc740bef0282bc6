#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check: every test vmwrite has, ending with one line
#   selftests: N passed, M failed, K skipped
# Host checks (style, W=1, sparse, library) count one each; in the guests,
# every selftest on every kernel counts one.  Usage: check.sh KERNEL...
set -uo pipefail

kernels=("$@")
# shellcheck source=scripts/check-lib.sh
. "$(dirname "$0")/check-lib.sh"

stage "host: dependencies and kernels"
tap_check apt-source scripts/tests/apt-source.sh
deps
for k in "${kernels[@]}"; do
	host_check "fetch $k" scripts/kernel-fetch.sh --print-kdir "$k"
done

stage "host: build hygiene"
host_check "checkpatch --strict module/ uapi/" scripts/hygiene.sh style
for k in "${kernels[@]}"; do
	host_check "$k: sparse (C=2) clean" scripts/hygiene.sh sparse "$k"
	# Last, so that .build/$k holds the W=1 module the guest loads.
	build_for "$k"
done

host_check "Documentation builds with no Sphinx warning" make -s docs
host_check "the bad-input table is generated from its tests" \
	sh -c 'scripts/gen-bad-input.sh | diff -u Documentation/userspace-api/vmwrite-bad-input.rst -'

stage "host: library, CLI and selftest builds"
build_tests
tap_check userlib make -s -C userlib check

# Installed as a system gets it: make install, man pages, the Debian
# packages in a Debian root with DKMS; the programs built against the
# installed copy run in the guests below.
stage "host: install, man pages, packages"
host_check "every man page renders without a warning (scripts/man.sh lint)" \
	sh -c 'scripts/man.sh build .build/man && scripts/man.sh lint .build/man'
tap_check install scripts/tests/install.sh
tap_check packages scripts/tests/packages.sh

# The README's commands as a newcomer types them, each from a fresh copy
# of the tree: the quick make targets, and make run on every kernel.
stage "fresh copies: make targets, make run"
tap_check fresh scripts/check-fresh.sh targets
for k in "${kernels[@]}"; do
	tap_check "fresh-run-$k" scripts/check-fresh.sh demo "$k"
done

for k in "${kernels[@]}"; do
	stage "guest: $k"
	guest "$k" main "$MAIN_APPEND" "${MAIN_OPTS[@]}"
	guest "$k" oneway "$ONEWAY_APPEND" "${ONEWAY_OPTS[@]}"
	# gdb and lldb on this host, vmwrite gdbserver in a third boot.
	tap_check "gdb-$k" scripts/tests/gdb.sh "$k"
done

finish
