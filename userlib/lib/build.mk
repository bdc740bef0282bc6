# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# libvmwrite: the vmw_* core, the only code that talks to /dev/vmwrite.

LIB_SRCS	:= lib/libvmwrite.c lib/memops.c
LIB_SONAME	:= libvmwrite.so.$(MAJOR)
LIB_REALNAME	:= libvmwrite.so.$(VERSION)
LIBVMWRITE_A	:= $(O)/libvmwrite.a
LIBVMWRITE_SO	:= $(O)/libvmwrite.so

ALL		+= $(O)/$(LIB_REALNAME) $(O)/$(LIB_SONAME) $(LIBVMWRITE_SO) \
		   $(LIBVMWRITE_A) $(O)/libvmwrite.pc
INSTALL_PARTS	+= lib

$(O)/$(LIB_REALNAME): $(LIB_SRCS:%.c=$(O)/%.os) lib/libvmwrite.map
	$(call link_library,$(LIB_SONAME),lib/libvmwrite.map,$(LIB_SRCS:%.c=$(O)/%.os))

$(O)/$(LIB_SONAME): $(O)/$(LIB_REALNAME)
	$(Q)ln -sf $(<F) $@

$(LIBVMWRITE_SO): $(O)/$(LIB_SONAME)
	$(Q)ln -sf $(<F) $@

$(LIBVMWRITE_A): $(LIB_SRCS:%.c=$(O)/%.o)
	$(say) AR $(@F)
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(O)/libvmwrite.pc: lib/libvmwrite.pc.in FORCE
	$(call gen_pc,$<)

install-lib: $(ALL)
	$(say) INSTALL '$(DESTDIR)$(PREFIX)'
	$(Q)$(INSTALL) -d -m 755 '$(DESTDIR)$(INCLUDEDIR)/linux' '$(DESTDIR)$(INCLUDEDIR)/vmwrite'
	$(Q)$(INSTALL) -m 644 include/vmwrite.h '$(DESTDIR)$(INCLUDEDIR)/vmwrite.h'
	$(Q)$(INSTALL) -m 644 include/vmwrite/vmwrite.h '$(DESTDIR)$(INCLUDEDIR)/vmwrite/vmwrite.h'
	$(Q)$(INSTALL) -m 644 $(UAPI)/linux/vmwrite.h '$(DESTDIR)$(INCLUDEDIR)/linux/vmwrite.h'
	$(call install_library,libvmwrite,$(LIB_SONAME))

uninstall-lib:
	$(Q)rm -f '$(DESTDIR)$(INCLUDEDIR)/vmwrite.h' '$(DESTDIR)$(INCLUDEDIR)/linux/vmwrite.h' \
		'$(DESTDIR)$(INCLUDEDIR)/vmwrite/vmwrite.h'
	$(call uninstall_library,libvmwrite,$(LIB_SONAME))
	$(Q)rmdir '$(DESTDIR)$(INCLUDEDIR)/vmwrite' 2>/dev/null || true

.PHONY: install-lib uninstall-lib
