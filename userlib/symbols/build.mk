# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# libvmwrite-symbols.a: kernel and process symbols for libvmwrite's front
# ends (the vmwrite tool, the dbgeng library), and the kernel's types
# from BTF (btf.c, through libbpf).  Internal: not installed, and not in
# libvmwrite, whose users must not need libelf or libbpf.  Its objects are
# PIC so that a shared library can take them in.
#
# A program takes only the archive's objects it calls: one calling btf.h
# links $(BPF_LIBS) (static: $(BPF_STATIC_LIBS)), one calling elf.c's
# functions $(ELF_LIBS) (static: $(ELF_STATIC_LIBS), which
# $(BPF_STATIC_LIBS) includes).

SYMBOLS_SRCS	:= symbols/kallsyms.c symbols/maps.c symbols/elf.c symbols/symtab.c \
		   symbols/btf.c
SYMBOLS_OBJS	:= $(SYMBOLS_SRCS:%.c=$(O)/%.os)
SYMBOLS_A	:= $(O)/libvmwrite-symbols.a
# What a program or library linking $(SYMBOLS_A) compiles and links with.
ELF_CFLAGS	?= $(shell $(PKG_CONFIG) --cflags libelf)
ELF_LIBS	?= $(shell $(PKG_CONFIG) --libs libelf)
ELF_STATIC_LIBS	?= $(shell $(PKG_CONFIG) --static --libs libelf)
BPF_CFLAGS	?= $(shell $(PKG_CONFIG) --cflags libbpf)
BPF_LIBS	?= $(shell $(PKG_CONFIG) --libs libbpf)
BPF_STATIC_LIBS	?= $(shell $(PKG_CONFIG) --static --libs libbpf)
CFLAGS_symbols	:= $(ELF_CFLAGS) $(BPF_CFLAGS)

ALL		+= $(SYMBOLS_A)

$(SYMBOLS_A): $(SYMBOLS_OBJS)
	$(say) AR $(@F)
	$(Q)rm -f $@ && $(AR) rcs $@ $^
