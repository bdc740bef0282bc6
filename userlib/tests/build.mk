# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# Host tests: no module needed.  Each component's tests live in its own
# tests/ folder; this one holds what they share -- the user-space model of
# the module (model.[ch]), TAP output (tap.h), the sessions its tests open
# (sessions.h), the runner (check.sh) -- and
# test_build.sh, which tests the build and install of all of userlib.
# Built into $(O)/<component>/tests/.

T		:= $(O)/tests
LIB_T		:= $(O)/lib/tests
CLI_T		:= $(O)/cli/tests
SYMBOLS_T	:= $(O)/symbols/tests
DBGENG_T	:= $(O)/dbgeng/tests
NETLINK_T	:= $(O)/netlink/tests

TEST_PROGS	+= $(LIB_T)/test_nodevice $(LIB_T)/test_model $(LIB_T)/test_batch $(LIB_T)/test_memops \
		   $(CLI_T)/test_cli $(CLI_T)/vmwrite-model $(CLI_T)/target $(CLI_T)/test_events \
		   $(CLI_T)/test_gdbserver \
		   $(NETLINK_T)/test_netlink \
		   $(SYMBOLS_T)/test_symbols $(SYMBOLS_T)/test_btf \
		   $(DBGENG_T)/types $(DBGENG_T)/cxx $(DBGENG_T)/test_dbgeng \
		   $(DBGENG_T)/test_modules $(DBGENG_T)/test_callbacks \
		   $(DBGENG_T)/clients $(DBGENG_T)/clients++

CFLAGS_tests		:= -Itests
CFLAGS_lib/tests	:= -Itests
CFLAGS_cli/tests	:= -Itests -Icli
CFLAGS_symbols/tests	:= -Itests -Icli -Isymbols $(ELF_CFLAGS) $(BPF_CFLAGS)
CFLAGS_dbgeng/tests	:= -Itests $(CFLAGS_dbgeng) -I$(DBGENG_T)
CFLAGS_netlink/tests	:= -Itests -Inetlink $(NL_CFLAGS)
CXXFLAGS_dbgeng/tests	:= -Itests -I$(DBGENG_T)

# The shipped library against tests/model.c instead of /dev/vmwrite: the
# model plugs itself in from a constructor (lib/backend.h).
MODEL_O		:= $(T)/model.o

# ---- lib/tests -------------------------------------------------------

$(LIB_T)/test_nodevice: $(LIB_T)/test_nodevice.o $(LIBVMWRITE_A)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -static -o $@ $^ -lpthread

$(LIB_T)/test_model $(LIB_T)/test_batch $(LIB_T)/test_memops: %: %.o $(MODEL_O) $(LIBVMWRITE_A)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ -lpthread

# ---- cli/tests -------------------------------------------------------

$(CLI_T)/test_cli: $(CLI_T)/test_cli.o
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -static -o $@ $^

# The tool on the model, for cli_test.sh on the host.
$(CLI_T)/vmwrite-model: $(CLI_OBJS) $(SYMBOLS_A) $(MODEL_O) $(LIBVMWRITE_A) $(NETLINK_A)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(ELF_LIBS) $(NL_LIBS) -lpthread

# The audit events as monitor prints them, and the operands of policy.
$(CLI_T)/test_events: $(CLI_T)/test_events.o $(O)/cli/events.o $(O)/cli/netlink.o $(O)/cli/help.o \
		      $(O)/cli/output.o $(NETLINK_A)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(NL_LIBS)

# The gdbserver's protocol, against the tool given on its command line:
# static, to run in a guest too.
$(CLI_T)/test_gdbserver: $(CLI_T)/test_gdbserver.o
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -static -o $@ $^

# Static, like vmwrite.static, so that cli_test.sh also runs in a guest.
$(CLI_T)/target: $(CLI_T)/target.o
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -static -o $@ $^

# ---- symbols/tests ---------------------------------------------------

# The symbol resolvers, and the tool's ADDR parsing on top of them, called
# directly with symbol tables the test writes; the model is their kernel.
$(SYMBOLS_T)/test_symbols: $(SYMBOLS_T)/test_symbols.o $(CLI_UNIT_OBJS) $(SYMBOLS_A) \
			   $(MODEL_O) $(LIBVMWRITE_A) $(NETLINK_A)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(ELF_LIBS) $(NL_LIBS) -lpthread

# The kernel's types from BTF files the test writes with libbpf, and from
# the host's own kernel where it has BTF.
$(SYMBOLS_T)/test_btf: $(SYMBOLS_T)/test_btf.o $(SYMBOLS_A)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(BPF_LIBS) -lpthread

# ---- dbgeng/tests ----------------------------------------------------

# include/vmwrite/dbgeng.h from C and C++, with only the IIDs linked in, and
# fakes of IDebugDataSpaces4 generated from dbgeng/dbgeng.idl.
DBGENG_FAKES	:= $(DBGENG_T)/dbgeng_fakes.h $(DBGENG_T)/dbgeng_fakes_cxx.h
$(DBGENG_FAKES): $(DBGENG_T)/dbgeng_fakes%.h: $(GEN_DBGENG_IN)
	$(say) GEN $(@:$(O)/%=%)
	$(Q)mkdir -p $(@D) && $(GEN_DBGENG) fakes-$(if $*,cxx,c) IDebugDataSpaces4 > $@.tmp && \
		mv -f $@.tmp $@

$(DBGENG_T)/types.o: $(DBGENG_T)/dbgeng_fakes.h
$(DBGENG_T)/cxx.o: $(DBGENG_T)/dbgeng_fakes_cxx.h

$(DBGENG_T)/types: $(DBGENG_T)/types.o $(O)/dbgeng/guids.o
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^

$(DBGENG_T)/cxx: $(DBGENG_T)/cxx.o $(O)/dbgeng/guids.o
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CXX) $(CXXFLAGS) $(LDFLAGS) -o $@ $^

# Client code as clients write it: without CONST_VTABLE, only the public
# header, linked as a client links (no model: they attach to nothing).
$(DBGENG_T)/clients.o: CFLAGS_dbgeng/tests := -Itests
$(DBGENG_T)/clients: $(DBGENG_T)/clients.o $(DBGENG_A) $(LIBVMWRITE_A)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(BPF_LIBS) $(ELF_LIBS) -lpthread

$(DBGENG_T)/clients++: dbgeng/tests/clients.cc $(DBGENG_A) $(LIBVMWRITE_A) include/vmwrite/dbgeng.h
	$(say) CXX $(@:$(O)/%=%)
	$(Q)mkdir -p $(@D) && $(CXX) $(CXXFLAGS) -Iinclude $(LDFLAGS) -o $@ \
		$(filter %.cc %.a,$^) $(BPF_LIBS) $(ELF_LIBS) -lpthread

# libvmwrite-dbgeng.a on the model, like test_model for the core.
# (the archive holds the symbols archive's objects, which need libbpf and libelf)
$(DBGENG_T)/test_dbgeng $(DBGENG_T)/test_modules $(DBGENG_T)/test_callbacks: %: %.o $(MODEL_O) $(DBGENG_A) $(LIBVMWRITE_A)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(BPF_LIBS) $(ELF_LIBS) -lpthread

# ---- netlink/tests ---------------------------------------------------

# The library's objects themselves, not the archive, whose hidden names
# are local: the test calls its parsers and its loss tracker directly.
$(NETLINK_T)/test_netlink: $(NETLINK_T)/test_netlink.o $(NETLINK_OBJS)
	$(say) LD $(@:$(O)/%=%)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(NL_LIBS)
