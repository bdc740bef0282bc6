# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# libvmwrite-dbgeng: <vmwrite/dbgeng.h> on top of libvmwrite, a library of
# its own (soname, version script, .pc).  Included after lib/build.mk: it
# links against libvmwrite.so.
#
# dbgeng.idl describes the interfaces once; gen-dbgeng.py makes of it the
# committed include/vmwrite/dbgeng.h (with the hand-written dbgeng.h.in)
# and, in $(O)/dbgeng, the IID definitions and the E_NOTIMPL stubs.

DBGENG_SRCS	:= dbgeng/cache.c dbgeng/hresult.c dbgeng/strings.c dbgeng/engine.c \
		   dbgeng/modules.c dbgeng/types.c dbgeng/object.c dbgeng/callbacks.c \
		   dbgeng/client.c dbgeng/control.c dbgeng/dataspaces.c dbgeng/symbols.c \
		   dbgeng/sysobjects.c dbgeng/registers.c dbgeng/dbgeng.c
DBGENG_GEN_SRCS	:= $(O)/dbgeng/guids.c $(O)/dbgeng/stubs.c
DBGENG_OBJS	:= $(DBGENG_SRCS:%.c=$(O)/%.o) $(DBGENG_GEN_SRCS:.c=.o)
DBGENG_SOBJS	:= $(DBGENG_SRCS:%.c=$(O)/%.os) $(DBGENG_GEN_SRCS:.c=.os)
# Our vtables are const tables: the SDK makes lpVtbl const on CONST_VTABLE.
CFLAGS_dbgeng	:= -I$(O)/dbgeng -Idbgeng -Isymbols -DCONST_VTABLE

# The interfaces the library implements: every slot starts as a stub.
DBGENG_IMPLEMENTED := IDebugClient7 IDebugControl7 IDebugDataSpaces4 IDebugSymbols5 \
		      IDebugSystemObjects4 IDebugAdvanced3 IDebugRegisters2
GEN_DBGENG	:= python3 dbgeng/gen-dbgeng.py
GEN_DBGENG_IN	:= dbgeng/dbgeng.idl dbgeng/gen-dbgeng.py

# The soname is the ABI's major (libvmwrite-dbgeng.map), the file name the
# package's version.
DBGENG_SONAME	:= libvmwrite-dbgeng.so.1
DBGENG_REALNAME	:= libvmwrite-dbgeng.so.$(VERSION)
DBGENG_SO	:= $(O)/libvmwrite-dbgeng.so
DBGENG_A	:= $(O)/libvmwrite-dbgeng.a

ALL		+= include/vmwrite/dbgeng.h $(O)/$(DBGENG_REALNAME) $(O)/$(DBGENG_SONAME) \
		   $(DBGENG_SO) $(DBGENG_A) $(O)/libvmwrite-dbgeng.pc
INSTALL_PARTS	+= dbgeng

# The committed header, rewritten only when what it is made of changed;
# `make check` (tests/dbgeng_generated.sh) fails if it was edited by hand.
include/vmwrite/dbgeng.h: dbgeng/dbgeng.h.in $(GEN_DBGENG_IN)
	$(say) GEN $@
	$(Q)mkdir -p $(O) && $(GEN_DBGENG) header $< > $(O)/dbgeng.h.tmp && \
		if cmp -s $(O)/dbgeng.h.tmp $@; then rm -f $(O)/dbgeng.h.tmp; touch $@; \
		else mv -f $(O)/dbgeng.h.tmp $@; fi

$(O)/dbgeng/guids.c: $(GEN_DBGENG_IN)
	$(say) GEN $(@:$(O)/%=%)
	$(Q)mkdir -p $(@D) && $(GEN_DBGENG) guids > $@.tmp && mv -f $@.tmp $@

$(O)/dbgeng/stubs.h $(O)/dbgeng/stubs.c: $(O)/dbgeng/stubs.%: $(GEN_DBGENG_IN) dbgeng/build.mk
	$(say) GEN $(@:$(O)/%=%)
	$(Q)mkdir -p $(@D) && $(GEN_DBGENG) stubs-$* $(DBGENG_IMPLEMENTED) > $@.tmp && \
		mv -f $@.tmp $@

# The generated sources compile like the others, from $(O).
$(DBGENG_GEN_SRCS:.c=.os): %.os: %.c
	$(say) CC $(@:$(O)/%=%)
	$(Q)$(CC) $(LIB_CFLAGS) $(CFLAGS_dbgeng) -fPIC -c -o $@ $<

$(DBGENG_GEN_SRCS:.c=.o): %.o: %.c
	$(say) CC $(@:$(O)/%=%)
	$(Q)$(CC) $(LIB_CFLAGS) $(CFLAGS_dbgeng) -c -o $@ $<

$(DBGENG_OBJS) $(DBGENG_SOBJS): include/vmwrite/dbgeng.h | $(O)/dbgeng/stubs.h

# Symbols and types come from the internal archive, which needs libelf and
# libbpf: the version script keeps its names inside the .so.
$(O)/$(DBGENG_REALNAME): $(DBGENG_SOBJS) $(SYMBOLS_A) dbgeng/libvmwrite-dbgeng.map \
			 $(LIBVMWRITE_SO)
	$(call link_library,$(DBGENG_SONAME),dbgeng/libvmwrite-dbgeng.map,\
		$(DBGENG_SOBJS) $(SYMBOLS_A) $(LIBVMWRITE_SO) $(BPF_LIBS) $(ELF_LIBS) -lpthread)

$(O)/$(DBGENG_SONAME): $(O)/$(DBGENG_REALNAME)
	$(Q)ln -sf $(<F) $@

$(DBGENG_SO): $(O)/$(DBGENG_SONAME)
	$(Q)ln -sf $(<F) $@

# The archive is one object, the library's and the symbols archive's linked
# together with every hidden name made local: a program linking it
# statically meets only the names the shared library exports, never an
# internal one such as read_line() or modules_load().
$(O)/dbgeng/libvmwrite-dbgeng.o: $(DBGENG_OBJS) $(SYMBOLS_OBJS)
	$(say) LD $(@F)
	$(Q)$(LD) -r -o $@.tmp $^ && $(OBJCOPY) --localize-hidden $@.tmp $@ && rm -f $@.tmp

$(DBGENG_A): $(O)/dbgeng/libvmwrite-dbgeng.o
	$(say) AR $(@F)
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(O)/libvmwrite-dbgeng.pc: dbgeng/libvmwrite-dbgeng.pc.in FORCE
	$(call gen_pc,$<)

install-dbgeng: $(ALL)
	$(Q)$(INSTALL) -d -m 755 '$(DESTDIR)$(INCLUDEDIR)/vmwrite'
	$(Q)$(INSTALL) -m 644 include/vmwrite/dbgeng.h include/vmwrite/wintypes.h \
		'$(DESTDIR)$(INCLUDEDIR)/vmwrite/'
	$(call install_library,libvmwrite-dbgeng,$(DBGENG_SONAME))

uninstall-dbgeng:
	$(Q)rm -f '$(DESTDIR)$(INCLUDEDIR)/vmwrite/dbgeng.h' \
		'$(DESTDIR)$(INCLUDEDIR)/vmwrite/wintypes.h'
	$(call uninstall_library,libvmwrite-dbgeng,$(DBGENG_SONAME))
	$(Q)rmdir '$(DESTDIR)$(INCLUDEDIR)/vmwrite' 2>/dev/null || true

.PHONY: install-dbgeng uninstall-dbgeng
