# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# libvmwrite-symbols.a: kernel and process symbols for libvmwrite's front
# ends (the vmwrite tool, later the dbgeng library).  Internal: not
# installed, and not in libvmwrite, whose users must not need libelf.  Its
# objects are PIC so that a shared library can take them in.

SYMBOLS_SRCS	:= symbols/kallsyms.c symbols/maps.c symbols/elf.c
SYMBOLS_OBJS	:= $(SYMBOLS_SRCS:%.c=$(O)/%.os)
SYMBOLS_A	:= $(O)/libvmwrite-symbols.a
# What a program or library linking $(SYMBOLS_A) compiles and links with.
ELF_CFLAGS	?= $(shell $(PKG_CONFIG) --cflags libelf)
ELF_LIBS	?= $(shell $(PKG_CONFIG) --libs libelf)
ELF_STATIC_LIBS	?= $(shell $(PKG_CONFIG) --static --libs libelf)
CFLAGS_symbols	:= $(ELF_CFLAGS)

ALL		+= $(SYMBOLS_A)

$(SYMBOLS_A): $(SYMBOLS_OBJS)
	$(say) AR $(@F)
	$(Q)rm -f $@ && $(AR) rcs $@ $^
