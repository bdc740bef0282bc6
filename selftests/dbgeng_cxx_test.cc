// SPDX-License-Identifier: GPL-2.0
/*
 * The dbgeng layer from C++, the way existing client code is written:
 * __uuidof, QueryInterface into interface pointers, ds->WriteVirtual(...).
 * Prints TAP; selftests/run_guest.sh counts it.
 */

#include <cstdio>
#include <cstring>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <csignal>
#include <unistd.h>

#include <vmwrite/dbgeng.h>

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

	ds->Release();
	control->Release();
	ok(client->Release() == 0, "the last Release frees the engine");
	kill(pid, SIGKILL);
	waitpid(pid, nullptr, 0);
	std::printf("# %d of %d failed\n", failed, tests);
	return failed ? 1 : 0;
}
