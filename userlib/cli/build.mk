# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# The vmwrite tool: vmwrite.c's table of commands, one file per command,
# and the units they share (cli.h).  It resolves symbols through
# libvmwrite-symbols.a (symbols/build.mk), which needs libelf, and talks to
# the module's netlink family through libvmwrite-netlink, which needs
# libnl; static, it needs their own dependencies (zlib, pthread) too.
# libnl's archives hold functions that make NSS lookups (getaddrinfo,
# getprotobyname): the static link warns of them, and the tool never calls
# them.

CLI_COMMANDS	:= read write cas fill search query maps gdbserver monitor stats sessions \
		   revoke policy version
# gdbserver's own units (gdbserver.h).
CLI_GDB_UNITS	:= gdb_packet gdb_objects gdb_vfile
CLI_UNITS	:= help args address target explain files netlink events output
CLI_SRCS	:= cli/vmwrite.c $(CLI_COMMANDS:%=cli/%.c) $(CLI_GDB_UNITS:%=cli/%.c) \
		   $(CLI_UNITS:%=cli/%.c)
CLI_OBJS	:= $(CLI_SRCS:%.c=$(O)/%.o)
# The units alone, without main(), for tests that call them.
CLI_UNIT_OBJS	:= $(CLI_UNITS:%=$(O)/cli/%.o)
CFLAGS_cli	:= -Icli -Isymbols

ALL		+= $(O)/vmwrite $(O)/vmwrite.static
INSTALL_PARTS	+= cli

$(O)/vmwrite: $(CLI_OBJS) $(SYMBOLS_A) $(LIBVMWRITE_SO) $(NETLINK_SO)
	$(say) LD $(@F)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJS) $(SYMBOLS_A) -L$(O) -lvmwrite \
		-lvmwrite-netlink $(ELF_LIBS)

# Fully static, for minimal (busybox) systems without a C library.
$(O)/vmwrite.static: $(CLI_OBJS) $(SYMBOLS_A) $(LIBVMWRITE_A) $(NETLINK_A)
	$(say) LD $(@F)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -static -o $@ $(CLI_OBJS) $(SYMBOLS_A) $(LIBVMWRITE_A) \
		$(NETLINK_A) $(ELF_STATIC_LIBS) $(NL_STATIC_LIBS) -lpthread

install-cli: $(O)/vmwrite
	$(Q)$(INSTALL) -d -m 755 '$(DESTDIR)$(BINDIR)'
	$(Q)$(INSTALL) -m 755 $(O)/vmwrite '$(DESTDIR)$(BINDIR)/vmwrite'

uninstall-cli:
	$(Q)rm -f '$(DESTDIR)$(BINDIR)/vmwrite'

.PHONY: install-cli uninstall-cli
