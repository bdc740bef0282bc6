# SPDX-License-Identifier: GPL-2.0
#
# make          the module (against KDIR), libvmwrite, the CLI and the selftests
# make check    everything, tested in QEMU guests on three Debian kernels
# make check-debug  the selftests and the fuzzer on a debug kernel
# make fuzz     a long fuzz run on every kernel
# make stress   the race tests, long, on every kernel
# make run      boot the sandbox guest (KERNEL=) and run the demo
# make bench    vmwrite against /proc/PID/mem, process_vm_writev, ptrace
# make install  module (+ depmod) and library, DESTDIR and PREFIX honoured

KERNEL ?= 6.12-cloud
KERNELS := 6.1-cloud 6.12-cloud 6.12-rt

# The targets README and Documentation tell a person to type that are quick
# enough for make check to try each from a fresh copy of the tree
# (scripts/check-fresh.sh); install is tried with a DESTDIR.  Not here:
# check, hygiene, benchmarks, debug kernels; run has a check of its own.
FRESH_TARGETS := all module userlib selftests docs style install

# The running kernel's headers where they are installed, else Debian's
# headers for $(KERNEL), fetched into .cache/.
HOST_KDIR := /lib/modules/$(shell uname -r)/build
ifeq ($(origin KDIR),undefined)
ifneq ($(wildcard $(HOST_KDIR)/Makefile),)
KDIR := $(HOST_KDIR)
else
KDIR = $(shell scripts/kernel-fetch.sh --print-kdir $(KERNEL))
# make clean fetches nothing: any kernel already here can clean module/,
# and with none here no module was built.
CLEAN_KDIR := $(firstword $(wildcard \
	$(or $(VMWRITE_CACHE),$(CURDIR)/.cache)/kernels/*/build/Makefile))
CLEAN_KDIR := $(CLEAN_KDIR:%/Makefile=%)
endif
endif
CLEAN_KDIR ?= $(KDIR)

all: module userlib selftests

# Built in place, in module/ (see module/Makefile).
module module-debug:
	$(MAKE) -C module KDIR=$(KDIR) $@

userlib:
	$(MAKE) -C userlib

selftests: userlib
	$(MAKE) -C selftests

# Kernel style, the way upstream checks it.
style:
	scripts/hygiene.sh style

# W=1 and sparse (C=2) builds against every supported kernel.
hygiene:
	for k in $(KERNELS); do scripts/hygiene.sh w1 $$k && \
		scripts/hygiene.sh sparse $$k || exit 1; done

# The rst in Documentation/, strictly: any Sphinx warning is an error.
docs:
	sphinx-build -W -n -q -b html Documentation .build/docs

check:
	scripts/check.sh $(KERNELS)

# The debug kernel (KASAN, lockdep, ...): built once, about half an hour.
check-debug:
	scripts/check-debug.sh

# At least a million fuzzed calls on each kernel.
fuzz:
	scripts/check-long.sh fuzz $(KERNELS)

# The race tests, 10,000 rounds each, on each kernel.
stress:
	scripts/check-long.sh stress $(KERNELS)

# Timings in a guest (KERNEL=), as a table, CSV and a chart; not in check.
bench:
	scripts/bench.sh $(KERNEL)

print-fresh-targets:
	@echo $(FRESH_TARGETS)

run:
	scripts/run-demo.sh $(KERNEL)

# depmod only for a live install: a DESTDIR is staged for packaging.
# Debian's headers sign modules at install but ship no key: sign only with
# SIGN=1 and a key in $(KDIR)/certs/ (Documentation/admin-guide/vmwrite.rst).
install: module
	$(MAKE) -C module KDIR=$(KDIR) INSTALL_MOD_PATH=$(DESTDIR) \
		$(if $(SIGN),,CONFIG_MODULE_SIG_ALL=) modules_install
	$(if $(DESTDIR),,depmod -a $$(cat $(KDIR)/include/config/kernel.release))
	$(MAKE) -C userlib install

clean:
	$(if $(CLEAN_KDIR),$(MAKE) -C module KDIR=$(CLEAN_KDIR) clean)
	$(MAKE) -C userlib clean
	$(MAKE) -C selftests clean
	rm -rf .build

.PHONY: all module module-debug userlib selftests style hygiene docs check run \
	install clean print-fresh-targets check-debug fuzz stress bench
