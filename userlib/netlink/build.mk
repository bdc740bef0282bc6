# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# libvmwrite-netlink: <vmwrite/netlink.h>, the module's generic netlink
# family (counters, policy, sessions, audit events) through libnl.  A
# library of its own (soname, version script, .pc), so that libvmwrite
# stays free of libnl: a program that only reads and writes memory does
# not link it.

NETLINK_SRCS	:= netlink/attrs.c netlink/socket.c netlink/stats.c netlink/policy.c \
		   netlink/sessions.c netlink/events.c
NETLINK_OBJS	:= $(NETLINK_SRCS:%.c=$(O)/%.o)
NETLINK_SOBJS	:= $(NETLINK_SRCS:%.c=$(O)/%.os)
# What the library, and a program linking it, compiles and links with.
NL_CFLAGS	?= $(shell $(PKG_CONFIG) --cflags libnl-genl-3.0)
NL_LIBS		?= $(shell $(PKG_CONFIG) --libs libnl-genl-3.0)
NL_STATIC_LIBS	?= $(shell $(PKG_CONFIG) --static --libs libnl-genl-3.0)
CFLAGS_netlink	:= $(NL_CFLAGS)

# The soname is the ABI's major (libvmwrite-netlink.map), the file name
# the package's version.
NETLINK_SONAME	:= libvmwrite-netlink.so.1
NETLINK_REALNAME := libvmwrite-netlink.so.$(VERSION)
NETLINK_SO	:= $(O)/libvmwrite-netlink.so
NETLINK_A	:= $(O)/libvmwrite-netlink.a

ALL		+= $(O)/$(NETLINK_REALNAME) $(O)/$(NETLINK_SONAME) $(NETLINK_SO) \
		   $(NETLINK_A) $(O)/libvmwrite-netlink.pc
INSTALL_PARTS	+= netlink

$(O)/$(NETLINK_REALNAME): $(NETLINK_SOBJS) netlink/libvmwrite-netlink.map
	$(call link_library,$(NETLINK_SONAME),netlink/libvmwrite-netlink.map,\
		$(NETLINK_SOBJS) $(NL_LIBS))

$(O)/$(NETLINK_SONAME): $(O)/$(NETLINK_REALNAME)
	$(Q)ln -sf $(<F) $@

$(NETLINK_SO): $(O)/$(NETLINK_SONAME)
	$(Q)ln -sf $(<F) $@

# The archive is one object with every hidden name made local, as
# libvmwrite-dbgeng.a is: a program linking it statically meets only the
# names the shared library exports, never a vmw_nl__* one.
$(O)/netlink/libvmwrite-netlink.o: $(NETLINK_OBJS)
	$(say) LD $(@F)
	$(Q)$(LD) -r -o $@.tmp $^ && $(OBJCOPY) --localize-hidden $@.tmp $@ && rm -f $@.tmp

$(NETLINK_A): $(O)/netlink/libvmwrite-netlink.o
	$(say) AR $(@F)
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(O)/libvmwrite-netlink.pc: netlink/libvmwrite-netlink.pc.in FORCE
	$(call gen_pc,$<)

install-netlink: $(ALL)
	$(Q)$(INSTALL) -d -m 755 '$(DESTDIR)$(INCLUDEDIR)/vmwrite'
	$(Q)$(INSTALL) -m 644 include/vmwrite/netlink.h '$(DESTDIR)$(INCLUDEDIR)/vmwrite/'
	$(call install_library,libvmwrite-netlink,$(NETLINK_SONAME))

uninstall-netlink:
	$(Q)rm -f '$(DESTDIR)$(INCLUDEDIR)/vmwrite/netlink.h'
	$(call uninstall_library,libvmwrite-netlink,$(NETLINK_SONAME))
	$(Q)rmdir '$(DESTDIR)$(INCLUDEDIR)/vmwrite' 2>/dev/null || true

.PHONY: install-netlink uninstall-netlink
