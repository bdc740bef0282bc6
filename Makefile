# SPDX-License-Identifier: GPL-2.0
#
# make          the module (against KDIR), libvmwrite, the CLI and the selftests
# make check    everything, tested in QEMU guests on three Debian kernels
# make check-debug  the selftests and the fuzzer on a debug kernel
# make fuzz     a long fuzz run on every kernel
# make stress   the race tests, long, on every kernel
# make run      boot the sandbox guest (KERNEL=) and run the demo
# make bench    vmwrite against /proc/PID/mem, process_vm_writev, ptrace
# make install  everything a system needs (below); make uninstall undoes it
# make dkms-install  the module's source under DKMS, built for the running kernel
# make man      the man pages, into .build/man

VERSION := $(shell cat VERSION)
KERNEL ?= 6.12-cloud
KERNELS := 6.1-cloud 6.12-cloud 6.12-rt

# The targets README and Documentation tell a person to type that are quick
# enough for make check to try each from a fresh copy of the tree
# (scripts/check-fresh.sh); install is tried with a DESTDIR.  Not here:
# check, hygiene, benchmarks, debug kernels; run has a check of its own.
FRESH_TARGETS := all module userlib selftests docs style man install

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

# Where make install puts things.  DESTDIR stages them (for a package):
# then nothing is run against the live system (depmod, ldconfig, groupadd).
PREFIX		?= /usr/local
LIBDIR		?= $(PREFIX)/lib
INCLUDEDIR	?= $(PREFIX)/include
BINDIR		?= $(PREFIX)/bin
MANDIR		?= $(PREFIX)/share/man
SYSCONFDIR	?= /etc
# The administrator's places; a package puts its rule in /lib/udev/rules.d.
UDEVRULESDIR	?= $(SYSCONFDIR)/udev/rules.d
MODPROBEDIR	?= $(SYSCONFDIR)/modprobe.d
# DKMS finds a module's source only here, by name and version.
DKMSSRCDIR	?= /usr/src/vmwrite-$(VERSION)
INSTALL		?= install
USERLIB_DIRS	= PREFIX='$(PREFIX)' LIBDIR='$(LIBDIR)' INCLUDEDIR='$(INCLUDEDIR)' \
		  BINDIR='$(BINDIR)'
KRELEASE	= $(shell cat $(KDIR)/include/config/kernel.release)
# The pages scripts/man.sh builds, by section folder: man1/vmwrite.1 ...
MAN_PAGES	= $(shell cd .build/man 2>/dev/null && ls man*/*)

install: install-module install-userspace

# What a package of the user-space parts installs: everything but the
# module, which DKMS builds on the machine that runs it.
install-userspace: install-userlib install-man install-udev install-modprobe

uninstall: uninstall-module uninstall-userlib uninstall-man uninstall-udev \
	uninstall-modprobe

# depmod only for a live install: a DESTDIR is staged for packaging.
# Debian's headers sign modules at install but ship no key: sign only with
# SIGN=1 and a key in $(KDIR)/certs/ (Documentation/admin-guide/vmwrite.rst).
install-module: module
	$(MAKE) -C module KDIR=$(KDIR) INSTALL_MOD_PATH=$(DESTDIR) \
		$(if $(SIGN),,CONFIG_MODULE_SIG_ALL=) modules_install
	$(if $(DESTDIR),,depmod -a $(KRELEASE))

# modules_install puts it in updates/ (extra/ before 6.2), maybe compressed.
uninstall-module:
	rm -f $(foreach d,updates extra,$(foreach z,'' .xz .zst .gz, \
		'$(DESTDIR)/lib/modules/$(KRELEASE)/$(d)/vmwrite.ko'$(z)))
	$(if $(DESTDIR),,depmod -a $(KRELEASE))

install-userlib uninstall-userlib: %-userlib:
	$(MAKE) -C userlib $(USERLIB_DIRS) $*

man:
	rm -rf .build/man && scripts/man.sh build .build/man

install-man: man
	cd .build/man && for p in man*/*; do \
		$(INSTALL) -D -m 644 $$p '$(DESTDIR)$(MANDIR)/'$$p || exit; done

uninstall-man: man
	$(if $(MAN_PAGES),cd '$(DESTDIR)$(MANDIR)' && rm -f $(MAN_PAGES))

# /dev/vmwrite for group vmwrite: the rule, and on a live install the
# group, empty (a package's postinst makes it otherwise).  uninstall
# leaves the group: files may belong to it by then.
install-udev:
	$(INSTALL) -D -m 644 dist/60-vmwrite.rules '$(DESTDIR)$(UDEVRULESDIR)/60-vmwrite.rules'
	$(if $(DESTDIR),,getent group vmwrite >/dev/null || groupadd --system vmwrite)

uninstall-udev:
	rm -f '$(DESTDIR)$(UDEVRULESDIR)/60-vmwrite.rules'

# The parameters' file is the administrator's once installed: never
# overwritten, and removed only as it was shipped.
install-modprobe:
	if [ ! -e '$(DESTDIR)$(MODPROBEDIR)/vmwrite.conf' ]; then \
		$(INSTALL) -D -m 644 dist/vmwrite.modprobe.conf \
			'$(DESTDIR)$(MODPROBEDIR)/vmwrite.conf'; fi

uninstall-modprobe:
	if cmp -s dist/vmwrite.modprobe.conf '$(DESTDIR)$(MODPROBEDIR)/vmwrite.conf'; then \
		rm -f '$(DESTDIR)$(MODPROBEDIR)/vmwrite.conf'; fi

# The source tree DKMS builds from: VERSION, dkms.conf, module/ and uapi/,
# with nothing built in it.
dkms-source:
	rm -rf '$(DESTDIR)$(DKMSSRCDIR)'
	$(INSTALL) -d -m 755 '$(DESTDIR)$(DKMSSRCDIR)/module' '$(DESTDIR)$(DKMSSRCDIR)/uapi/linux'
	$(INSTALL) -m 644 VERSION '$(DESTDIR)$(DKMSSRCDIR)/'
	sed 's/#MODULE_VERSION#/$(VERSION)/' dkms.conf > '$(DESTDIR)$(DKMSSRCDIR)/dkms.conf'
	$(INSTALL) -m 644 module/Kbuild module/Makefile \
		$(filter-out %.mod.c,$(wildcard module/*.[ch])) '$(DESTDIR)$(DKMSSRCDIR)/module/'
	$(INSTALL) -m 644 uapi/linux/vmwrite.h '$(DESTDIR)$(DKMSSRCDIR)/uapi/linux/'

# DKMS_KERNEL= another installed kernel release than the running one.
dkms-install: dkms-source
	dkms add -m vmwrite -v $(VERSION)
	dkms install -m vmwrite -v $(VERSION) $(if $(DKMS_KERNEL),-k $(DKMS_KERNEL))

dkms-uninstall:
	dkms remove -m vmwrite -v $(VERSION) --all
	rm -rf '$(DKMSSRCDIR)'

clean:
	$(if $(CLEAN_KDIR),$(MAKE) -C module KDIR=$(CLEAN_KDIR) clean)
	$(MAKE) -C userlib clean
	$(MAKE) -C selftests clean
	rm -rf .build

.PHONY: all module module-debug userlib selftests style hygiene docs check run \
	clean print-fresh-targets check-debug fuzz stress bench man \
	install install-userspace install-module install-userlib install-man \
	install-udev install-modprobe uninstall uninstall-module uninstall-userlib \
	uninstall-man uninstall-udev uninstall-modprobe dkms-source dkms-install \
	dkms-uninstall
