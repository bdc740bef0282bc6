// SPDX-License-Identifier: GPL-2.0
/*
 * The dbgeng layer from C++, the way existing client code is written:
 * __uuidof, QueryInterface into interface pointers, ds->WriteVirtual(...).
 * Prints TAP; selftests/guest-runner.sh counts it.
 */

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <csignal>
#include <unistd.h>

#include <vmwrite/dbgeng.h>

/* BufferSize of the *Wide string methods: characters, as Microsoft documents. */
#define WCHARS(a)	((ULONG)(sizeof(a) / sizeof((a)[0])))

static int tests, failed;

static void ok(bool cond, const char *what)
{
	std::printf("%sok %d %s\n", cond ? "" : "not ", ++tests, what);
	if (!cond)
		failed++;
}

int main()
{
	const unsigned long page = 4096;
	char *area = static_cast<char *>(mmap(nullptr, 2 * page, PROT_READ | PROT_WRITE,
					      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	IDebugClient *client = nullptr;
	IDebugControl *control = nullptr;
	IDebugDataSpaces4 *ds = nullptr;
	char buf[32];
	ULONG done = 0;
	ULONG64 at = 0;
	pid_t pid;

	if (area == MAP_FAILED)
		return 1;
	std::memset(area, 'c', page);
	munmap(area + page, page);
	pid = fork();
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		for (;;)
			pause();
	}
	ULONG64 a = reinterpret_cast<ULONG64>(area);

	ok(DebugCreate(__uuidof(IDebugClient), reinterpret_cast<void **>(&client)) == S_OK,
	   "DebugCreate(__uuidof(IDebugClient))");
	ok(client->AttachProcess(0, pid, DEBUG_ATTACH_NONINVASIVE) == S_OK, "AttachProcess");
	ok(client->QueryInterface(__uuidof(IDebugControl),
				  reinterpret_cast<void **>(&control)) == S_OK,
	   "QueryInterface(IDebugControl)");
	ok(control->WaitForEvent(DEBUG_WAIT_DEFAULT, INFINITE) == S_OK, "WaitForEvent");
	ok(client->QueryInterface(__uuidof(IDebugDataSpaces4),
				  reinterpret_cast<void **>(&ds)) == S_OK,
	   "QueryInterface(IDebugDataSpaces4)");

	/*
	 * Every interface the header declares, asked for as clients do at
	 * initialisation: those of a client object are there, from any of
	 * its interfaces; the ones only methods create (breakpoints, symbol
	 * groups) and the callbacks a client implements are not.
	 */
	struct { const IID &iid; bool there; const char *name; } ifaces[] = {
#define THERE(i) { __uuidof(i), true, #i }
#define NOT_THERE(i) { __uuidof(i), false, #i }
		THERE(IUnknown), THERE(IDebugClient), THERE(IDebugClient2), THERE(IDebugClient3),
		THERE(IDebugClient4), THERE(IDebugClient5), THERE(IDebugClient6),
		THERE(IDebugClient7), THERE(IDebugControl), THERE(IDebugControl2),
		THERE(IDebugControl3), THERE(IDebugControl4), THERE(IDebugControl5),
		THERE(IDebugControl6), THERE(IDebugControl7), THERE(IDebugDataSpaces),
		THERE(IDebugDataSpaces2), THERE(IDebugDataSpaces3), THERE(IDebugDataSpaces4),
		THERE(IDebugSymbols), THERE(IDebugSymbols2), THERE(IDebugSymbols3),
		THERE(IDebugSymbols4), THERE(IDebugSymbols5),
		THERE(IDebugSystemObjects), THERE(IDebugSystemObjects2),
		THERE(IDebugSystemObjects3), THERE(IDebugSystemObjects4), THERE(IDebugAdvanced),
		THERE(IDebugAdvanced2), THERE(IDebugAdvanced3), THERE(IDebugRegisters),
		THERE(IDebugRegisters2),
		NOT_THERE(IDebugBreakpoint), NOT_THERE(IDebugBreakpoint2),
		NOT_THERE(IDebugBreakpoint3),
		NOT_THERE(IDebugSymbolGroup), NOT_THERE(IDebugSymbolGroup2),
		NOT_THERE(IDebugOutputCallbacks), NOT_THERE(IDebugEventCallbacks),
		NOT_THERE(IDebugEventCallbacksWide), NOT_THERE(IDebugInputCallbacks),
#undef THERE
#undef NOT_THERE
	};
	bool all = true;
	for (auto &i : ifaces) {
		IUnknown *p = nullptr, *u = nullptr;
		HRESULT hr = ds->QueryInterface(i.iid, reinterpret_cast<void **>(&p));

		if (!i.there) {
			all &= hr == E_NOINTERFACE && !p;
			continue;
		}
		/* COM identity: its IUnknown is the client's. */
		all &= hr == S_OK && p &&
		       p->QueryInterface(__uuidof(IUnknown), reinterpret_cast<void **>(&u)) == S_OK &&
		       u == static_cast<IUnknown *>(client);
		if (hr != S_OK)
			std::printf("# QueryInterface(%s): %#x\n", i.name, (unsigned int)hr);
		if (u)
			u->Release();
		if (p)
			p->Release();
	}
	ok(all, "QueryInterface for every interface the header declares, one identity");

	IDebugSymbols3 *sym = nullptr;
	IDebugSystemObjects4 *so = nullptr;
	ULONG64 modbase = 0;
	ULONG id = 0;
	ok(client->QueryInterface(__uuidof(IDebugSymbols3), reinterpret_cast<void **>(&sym)) ==
	   S_OK && sym->GetModuleByModuleName("dbgeng_cxx_test", 0, nullptr, &modbase) == S_OK &&
	   modbase && sym->GetTypeId(0, "int", &id) == E_NOTIMPL,
	   "IDebugSymbols3: the executable is a module; no types for a process");
	ok(client->QueryInterface(__uuidof(IDebugSystemObjects4),
				  reinterpret_cast<void **>(&so)) == S_OK &&
	   so->GetCurrentProcessSystemId(&id) == S_OK && id == (ULONG)pid,
	   "IDebugSystemObjects4: the process's id");
	if (sym)
		sym->Release();
	if (so)
		so->Release();

	ok(ds->WriteVirtual(a + 10, const_cast<char *>("cplusplus"), 9, &done) == S_OK &&
	   done == 9, "WriteVirtual");
	std::memset(buf, 0, sizeof(buf));
	ok(ds->ReadVirtual(a + 10, buf, 9, &done) == S_OK && done == 9 &&
	   !std::memcmp(buf, "cplusplus", 9), "ReadVirtual sees it");
	ok(ds->WriteVirtual(a + page - 3, buf, 9, &done) == S_OK && done == 3,
	   "WriteVirtual across the end of the mapping: S_OK and the exact count");
	ok(ds->WriteVirtual(a + page, buf, 9, &done) == HRESULT_FROM_WIN32(ERROR_WRITE_FAULT) &&
	   done == 0, "WriteVirtual of unmapped memory: ERROR_WRITE_FAULT, 0 bytes");
	ok(ds->SearchVirtual(a, page, const_cast<char *>("plusp"), 5, 1, &at) == S_OK &&
	   at == a + 11, "SearchVirtual");
	ok(ds->FillVirtual(a + 100, 7, const_cast<char *>("xy"), 2, &done) == S_OK && done == 7,
	   "FillVirtual");
	ok(ds->ReadVirtualUncached(a + 100, buf, 8, &done) == S_OK &&
	   !std::memcmp(buf, "xyxyxyxc", 8), "the fill, truncated last copy");
	ok(ds->ReadPhysical(0, buf, 4, &done) == E_NOTIMPL, "ReadPhysical: E_NOTIMPL");
	ok(ds->WriteVirtualUncached(a + 200, const_cast<char *>("unc"), 3, &done) == S_OK &&
	   done == 3, "WriteVirtualUncached");
	ok(ds->ReadVirtual(a + 200, buf, 3, &done) == S_OK && !std::memcmp(buf, "unc", 3),
	   "ReadVirtual after it");

	ULONG64 ptrs[2] = { 0x1234, 0x5678 }, back[2] = { 0, 0 };
	ok(ds->WritePointersVirtual(2, a + 256, ptrs) == S_OK &&
	   ds->ReadPointersVirtual(2, a + 256, back) == S_OK && back[1] == 0x5678,
	   "Write/ReadPointersVirtual");
	ok(FAILED(ds->ReadPointersVirtual(2, a + page - 8, back)),
	   "ReadPointersVirtual across the end: all or nothing");

	MEMORY_BASIC_INFORMATION64 mbi;
	ok(ds->QueryVirtual(a, &mbi) == S_OK && mbi.BaseAddress == a && mbi.RegionSize == page &&
	   mbi.State == MEM_COMMIT && mbi.Protect == PAGE_READWRITE && mbi.Type == MEM_PRIVATE,
	   "QueryVirtual of private memory");
	ok(ds->QueryVirtual(a + page, &mbi) == S_OK && mbi.State == MEM_FREE,
	   "QueryVirtual of the hole");
	ULONG64 next = 0, base = 0;
	ULONG size = 0, src = 0;
	ok(ds->GetNextDifferentlyValidOffsetVirtual(a, &next) == S_OK && next == a + page,
	   "GetNextDifferentlyValidOffsetVirtual");
	ok(ds->GetValidRegionVirtual(a + page - 16, 64, &base, &size) == S_OK &&
	   base == a + page - 16 && size == 16, "GetValidRegionVirtual");
	ok(ds->GetOffsetInformation(DEBUG_DATA_SPACE_VIRTUAL, DEBUG_OFFSINFO_VIRTUAL_SOURCE,
				    a + page, &src, sizeof(src), nullptr) == S_OK &&
	   src == DEBUG_VSOURCE_INVALID, "GetOffsetInformation of the hole");
	ok(ds->SearchVirtual2(a, page, DEBUG_VSEARCH_WRITABLE_ONLY, const_cast<char *>("unc"), 3,
			      1, &at) == S_OK && at == a + 200, "SearchVirtual2, writable only");

	static const char16_t wide[] = u"wide";
	WCHAR wbuf[16];
	ULONG n = 0;
	ds->WriteVirtual(a + 300, const_cast<char *>("narrow"), 7, nullptr);
	ds->WriteVirtual(a + 400, const_cast<char16_t *>(wide), sizeof(wide), nullptr);
	ok(ds->ReadMultiByteStringVirtual(a + 300, 64, buf, sizeof(buf), &n) == S_OK && n == 7 &&
	   !std::strcmp(buf, "narrow"), "ReadMultiByteStringVirtual");
	ok(ds->ReadMultiByteStringVirtualWide(a + 300, 64, 65001, wbuf, WCHARS(wbuf), &n) == S_OK &&
	   n == 7 && wbuf[0] == u'n', "ReadMultiByteStringVirtualWide");
	ok(ds->ReadUnicodeStringVirtualWide(a + 400, 64, wbuf, WCHARS(wbuf), &n) == S_OK &&
	   !std::memcmp(wbuf, wide, sizeof(wide)), "ReadUnicodeStringVirtualWide");
	ok(ds->ReadUnicodeStringVirtual(a + 400, 64, 65001, buf, sizeof(buf), &n) == S_OK &&
	   !std::strcmp(buf, "wide"), "ReadUnicodeStringVirtual");

	ok(VmwSetCurrentDataSpaces(ds) == S_OK && WriteVirtual(a + 500, buf, 4, &done) == S_OK &&
	   done == 4 && ReadVirtual(a + 500, buf, 4, nullptr) == S_OK &&
	   VmwSetCurrentDataSpaces(nullptr) == S_OK &&
	   ReadVirtual(a, buf, 4, &done) == E_UNEXPECTED, "the free functions");

	ds->Release();
	control->Release();
	ok(client->Release() == 0, "the last Release frees the engine");
	kill(pid, SIGKILL);
	waitpid(pid, nullptr, 0);

	/* The kernel, as local kernel debugging does it. */
	FILE *f = std::fopen("/sys/kernel/vmwrite_testmod/rw_addr", "re");
	unsigned long long rw = 0;
	if (f) {
		if (std::fscanf(f, "%llx", &rw) != 1)
			rw = 0;
		std::fclose(f);
	}
	if (rw) {
		IDebugClient5 *k = nullptr;
		IDebugDataSpaces2 *kds = nullptr;
		ULONG64 v = 0x777, w = 0;

		ok(DebugCreate(__uuidof(IDebugClient5), reinterpret_cast<void **>(&k)) == S_OK &&
		   k->AttachKernel(DEBUG_ATTACH_LOCAL_KERNEL, nullptr) == S_OK,
		   "AttachKernel(DEBUG_ATTACH_LOCAL_KERNEL)");
		ok(k->QueryInterface(__uuidof(IDebugDataSpaces2),
				     reinterpret_cast<void **>(&kds)) == S_OK,
		   "QueryInterface(IDebugDataSpaces2)");
		ok(kds->WriteVirtual(rw, &v, 8, &done) == S_OK && done == 8 &&
		   kds->ReadVirtualUncached(rw, &w, 8, &done) == S_OK && w == 0x777,
		   "kernel WriteVirtual and ReadVirtualUncached");
		ok(kds->QueryVirtual(rw, &mbi) == S_OK && mbi.State == MEM_COMMIT &&
		   mbi.Protect == PAGE_READWRITE, "kernel QueryVirtual");
		ok(kds->FillVirtual(rw, 8, const_cast<char *>("\x11"), 1, &done) == S_OK &&
		   done == 8 && kds->ReadVirtual(rw, &w, 8, nullptr) == S_OK &&
		   w == 0x1111111111111111ULL, "kernel FillVirtual, and the cache follows");
		kds->Release();
		k->Release();
	} else {
		std::printf("# no vmwrite_testmod: kernel part not run\n");
	}
	std::printf("# %d of %d failed\n", failed, tests);
	return failed ? 1 : 0;
}
