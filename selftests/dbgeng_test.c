// SPDX-License-Identifier: GPL-2.0
/*
 * The dbgeng layer of libvmwrite, used the way existing dbgeng client code
 * uses the Windows debugger engine: DebugCreate, AttachProcess or
 * AttachKernel, WaitForEvent, QueryInterface, then IDebugDataSpaces calls
 * through the C COM binding.  The oracle for the target's memory is
 * /proc/PID/mem (processes) or the test module (kernel), never vmwrite.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <vmwrite/dbgeng.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

#define NOT_FOUND	HRESULT_FROM_NT(STATUS_NO_MORE_ENTRIES)
/* BufferSize of the *Wide string methods: characters, as Microsoft documents. */
#define WCHARS(a)	((ULONG)(sizeof(a) / sizeof((a)[0])))

/*
 * The child's memory, the same as ours (it is a fork): a page, a hole,
 * then a read-only page.  The child changes a cell on request: a target
 * that changes its own memory, for the cache tests.
 */
static char *area;
static volatile uint64_t cell = 1;
static int req[2], ack[2];

static pid_t spawn_target(void)
{
	pid_t pid;

	if (pipe(req) || pipe(ack))
		return -1;
	pid = fork();
	if (pid == 0) {
		char c;

		prctl(PR_SET_PDEATHSIG, SIGKILL);
		while (read(req[0], &c, 1) == 1) {
			cell = (uint64_t)c;
			if (write(ack[1], &c, 1) != 1)
				_exit(1);
		}
		_exit(0);
	}
	return pid;
}

/* The target sets cell to @v itself. */
static int target_sets(char v)
{
	char c;

	return write(req[1], &v, 1) == 1 && read(ack[0], &c, 1) == 1 ? 0 : -1;
}

FIXTURE(process) {
	pid_t pid;
	IDebugClient *client;
	IDebugControl *control;
	IDebugDataSpaces4 *ds;
	uint64_t a;		/* the first page */
};

FIXTURE_SETUP(process)
{
	IDebugDataSpaces *ds1 = NULL;
	char byte;

	area = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, area);
	memset(area, 'p', 3 * PAGE);
	memcpy(area + 2 * PAGE + 100, "needle-ro", 9);
	ASSERT_EQ(0, mprotect(area + 2 * PAGE, PAGE, PROT_READ));
	ASSERT_EQ(0, munmap(area + PAGE, PAGE));
	self->a = (uintptr_t)area;
	self->pid = spawn_target();
	ASSERT_LT(0, self->pid);

	ASSERT_EQ(S_OK, DebugCreate(&IID_IDebugClient, (PVOID *)&self->client));
	ASSERT_EQ(S_OK, self->client->lpVtbl->QueryInterface(self->client,
							     &IID_IDebugDataSpaces,
							     (PVOID *)&ds1));
	/* Before any attach, the data spaces have no target. */
	EXPECT_EQ(E_UNEXPECTED, IDebugDataSpaces_ReadVirtual(ds1, self->a, &byte, 1, NULL));
	IDebugDataSpaces_Release(ds1);

	ASSERT_EQ(S_OK, IDebugClient_AttachProcess(self->client, 0, self->pid,
						   DEBUG_ATTACH_NONINVASIVE |
						   DEBUG_ATTACH_NONINVASIVE_NO_SUSPEND));
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugControl,
						    (PVOID *)&self->control));
	/* What real client code does right after attaching. */
	ASSERT_EQ(S_OK, IDebugControl_WaitForEvent(self->control, DEBUG_WAIT_DEFAULT, INFINITE));
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugDataSpaces4,
						    (PVOID *)&self->ds));
}

FIXTURE_TEARDOWN(process)
{
	if (self->ds)
		IDebugDataSpaces4_Release(self->ds);
	if (self->control)
		IDebugControl_Release(self->control);
	if (self->client)
		IDebugClient_Release(self->client);
	close(req[1]);
	reap(self->pid);
	munmap(area, 3 * PAGE);
}

TEST_F(process, interfaces)
{
	IDebugClient5 *c5 = NULL;
	IUnknown *u1 = NULL, *u2 = NULL;
	void *p = (void *)1;
	ULONG status = 0;

	/* One identity: IUnknown from any interface is the same pointer. */
	ASSERT_EQ(S_OK, IDebugDataSpaces4_QueryInterface(self->ds, &IID_IUnknown, (PVOID *)&u1));
	ASSERT_EQ(S_OK, IDebugControl_QueryInterface(self->control, &IID_IUnknown, (PVOID *)&u2));
	EXPECT_EQ(u1, u2);
	EXPECT_EQ((void *)u1, (void *)self->client);
	u1->lpVtbl->Release(u1);
	u2->lpVtbl->Release(u2);
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugClient5,
						    (PVOID *)&c5));
	EXPECT_EQ(E_NOINTERFACE, IDebugClient5_QueryInterface(c5, &IID_IDebugBreakpoint, &p));
	EXPECT_EQ(NULL, p);
	/* AddRef and Release count on the one object. */
	EXPECT_EQ(IDebugClient5_AddRef(c5) - 1, IDebugClient5_Release(c5));
	IDebugClient5_Release(c5);

	/* A session attaches once; the only event was the attach. */
	EXPECT_EQ(E_UNEXPECTED, IDebugClient_AttachProcess(self->client, 0, self->pid, 0));
	EXPECT_EQ(E_UNEXPECTED, IDebugControl_WaitForEvent(self->control, DEBUG_WAIT_DEFAULT, 0));
	EXPECT_EQ(S_OK, IDebugControl_GetExecutionStatus(self->control, &status));
	EXPECT_EQ(DEBUG_STATUS_BREAK, status);
	/* Outside virtual memory: not implemented, in its slot. */
	EXPECT_EQ(E_NOTIMPL, IDebugDataSpaces4_ReadPhysical(self->ds, 0, &status, 4, NULL));
	EXPECT_EQ(E_NOTIMPL, IDebugDataSpaces4_ReadMsr(self->ds, 0x10, (PULONG64)&p));
	EXPECT_EQ(E_NOTIMPL, IDebugDataSpaces4_WritePhysical2(self->ds, 0, 0, &status, 4, NULL));
}

TEST_F(process, engine_options)
{
	ULONG o = 1234;

	EXPECT_EQ(S_OK, IDebugControl_GetEngineOptions(self->control, &o));
	EXPECT_EQ(0, o);
	EXPECT_EQ(S_OK, IDebugControl_SetEngineOptions(self->control,
						       DEBUG_ENGOPT_INITIAL_BREAK));
	EXPECT_EQ(S_OK, IDebugControl_AddEngineOptions(self->control,
						       DEBUG_ENGOPT_FINAL_BREAK));
	EXPECT_EQ(S_OK, IDebugControl_GetEngineOptions(self->control, &o));
	EXPECT_EQ(DEBUG_ENGOPT_INITIAL_BREAK | DEBUG_ENGOPT_FINAL_BREAK, o);
	EXPECT_EQ(S_OK, IDebugControl_RemoveEngineOptions(self->control,
							  DEBUG_ENGOPT_INITIAL_BREAK));
	EXPECT_EQ(S_OK, IDebugControl_GetEngineOptions(self->control, &o));
	EXPECT_EQ(DEBUG_ENGOPT_FINAL_BREAK, o);
	EXPECT_EQ(E_INVALIDARG, IDebugControl_SetEngineOptions(self->control, 0x80000000));
	EXPECT_EQ(E_INVALIDARG, IDebugControl_AddEngineOptions(self->control, 0x80000000));
}

TEST_F(process, read_write_virtual)
{
	char buf[64], check[64];
	ULONG done = 12345;

	memset(buf, 'w', sizeof(buf));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_WriteVirtual(self->ds, self->a + 8, buf, 16, &done));
	EXPECT_EQ(16, done);
	ASSERT_EQ(64, procmem_rw(self->pid, false, self->a, check, 64));
	EXPECT_TRUE(all_bytes(check, 8, 'p'));
	EXPECT_TRUE(all_bytes(check + 8, 16, 'w'));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->a, buf, 64, &done));
	EXPECT_EQ(64, done);
	EXPECT_EQ(0, memcmp(buf, check, 64));
	/* BytesWritten is optional. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_WriteVirtualUncached(self->ds, self->a, "u", 1, NULL));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtualUncached(self->ds, self->a, buf, 1, &done));
	EXPECT_EQ('u', buf[0]);

	/* Across the end of the page into the hole: S_OK, the exact count. */
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_WriteVirtual(self->ds, self->a + PAGE - 10, buf, 64,
						       &done));
	EXPECT_EQ(10, done);
	ASSERT_EQ(10, procmem_rw(self->pid, false, self->a + PAGE - 10, check, 10));
	EXPECT_TRUE(all_bytes(check, 10, 'x'));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->a + PAGE - 4, buf, 64,
						      &done));
	EXPECT_EQ(4, done);
	/* Nothing at all: the fault, and a zero count. */
	done = 99;
	EXPECT_EQ(HRESULT_FROM_WIN32(ERROR_WRITE_FAULT),
		  IDebugDataSpaces4_WriteVirtual(self->ds, self->a + PAGE, buf, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(HRESULT_FROM_WIN32(ERROR_READ_FAULT),
		  IDebugDataSpaces4_ReadVirtual(self->ds, self->a + PAGE, buf, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_TRUE(FAILED(HRESULT_FROM_WIN32(ERROR_WRITE_FAULT)));
	/* A length of 0 succeeds. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_WriteVirtual(self->ds, self->a + PAGE, buf, 0, &done));
	EXPECT_EQ(0, done);
}

TEST_F(process, pointers)
{
	ULONG64 p[3] = { 0x1111, 0x2222, 0x3333 }, q[3] = { 0 };

	EXPECT_EQ(S_OK, IDebugDataSpaces4_WritePointersVirtual(self->ds, 3, self->a + 64, p));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadPointersVirtual(self->ds, 3, self->a + 64, q));
	EXPECT_EQ(0, memcmp(p, q, sizeof(p)));
	/* All or nothing: two of three fit before the hole. */
	EXPECT_TRUE(FAILED(IDebugDataSpaces4_WritePointersVirtual(self->ds, 3,
								  self->a + PAGE - 16, p)));
	EXPECT_TRUE(FAILED(IDebugDataSpaces4_ReadPointersVirtual(self->ds, 3,
								 self->a + PAGE - 16, q)));
}

TEST_F(process, fill)
{
	char check[16];
	ULONG filled = 0;

	EXPECT_EQ(S_OK, IDebugDataSpaces4_FillVirtual(self->ds, self->a + 200, 10, "abc", 3,
						      &filled));
	EXPECT_EQ(10, filled);
	ASSERT_EQ(12, procmem_rw(self->pid, false, self->a + 199, check, 12));
	EXPECT_EQ(0, memcmp(check, "pabcabcabcap", 12));
	/* Into the hole: what fit, counted. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_FillVirtual(self->ds, self->a + PAGE - 5, 100, "xy", 2,
						      &filled));
	EXPECT_EQ(5, filled);
	EXPECT_EQ(E_INVALIDARG, IDebugDataSpaces4_FillVirtual(self->ds, self->a, 4, "x", 0,
							      &filled));
}

TEST_F(process, search)
{
	ULONG64 at = 0;

	ASSERT_EQ(9, procmem_rw(self->pid, true, self->a + 1000, "needle-rw", 9));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_SearchVirtual(self->ds, self->a, 3 * PAGE,
							"needle", 6, 1, &at));
	EXPECT_EQ(self->a + 1000, at);
	/* Granularity 16 from the start: 1000 is not on the grid, 2*PAGE+100 neither. */
	EXPECT_EQ(NOT_FOUND, IDebugDataSpaces4_SearchVirtual(self->ds, self->a, 3 * PAGE,
							     "needle", 6, 16, &at));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_SearchVirtual(self->ds, self->a + 8, 3 * PAGE,
							"needle", 6, 16, &at));
	EXPECT_EQ(self->a + 1000, at);
	/* Past the hole, into the read-only page. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_SearchVirtual(self->ds, self->a + 1001, 3 * PAGE - 1001,
							"needle", 6, 1, &at));
	EXPECT_EQ(self->a + 2 * PAGE + 100, at);
	/* Writable memory only: the read-only one is skipped. */
	EXPECT_EQ(NOT_FOUND, IDebugDataSpaces4_SearchVirtual2(self->ds, self->a + 1001,
							      3 * PAGE - 1001,
							      DEBUG_VSEARCH_WRITABLE_ONLY,
							      "needle", 6, 1, &at));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_SearchVirtual2(self->ds, self->a, 3 * PAGE,
							 DEBUG_VSEARCH_WRITABLE_ONLY,
							 "needle", 6, 1, &at));
	EXPECT_EQ(self->a + 1000, at);
	EXPECT_EQ(E_INVALIDARG, IDebugDataSpaces4_SearchVirtual(self->ds, self->a, PAGE,
								"n", 0, 1, &at));
}

TEST_F(process, query)
{
	MEMORY_BASIC_INFORMATION64 mbi;
	ULONG64 next = 0, base = 0;
	ULONG size = 0, src = 7, n = 0;

	EXPECT_EQ(S_OK, IDebugDataSpaces4_QueryVirtual(self->ds, self->a + 10, &mbi));
	EXPECT_EQ(self->a, mbi.BaseAddress);
	EXPECT_EQ(self->a, mbi.AllocationBase);
	EXPECT_EQ(PAGE, mbi.RegionSize);
	EXPECT_EQ(MEM_COMMIT, mbi.State);
	EXPECT_EQ(PAGE_READWRITE, mbi.Protect);
	EXPECT_EQ(MEM_PRIVATE, mbi.Type);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_QueryVirtual(self->ds, self->a + PAGE, &mbi));
	EXPECT_EQ(MEM_FREE, mbi.State);
	EXPECT_EQ(PAGE, mbi.RegionSize);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_QueryVirtual(self->ds, self->a + 2 * PAGE, &mbi));
	EXPECT_EQ(PAGE_READONLY, mbi.Protect);
	/* Our code: an image, executable. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_QueryVirtual(self->ds, (uintptr_t)&spawn_target, &mbi));
	EXPECT_EQ(MEM_IMAGE, mbi.Type);
	EXPECT_EQ(PAGE_EXECUTE_READ, mbi.Protect);

	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetNextDifferentlyValidOffsetVirtual(self->ds,
									       self->a, &next));
	EXPECT_EQ(self->a + PAGE, next);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetNextDifferentlyValidOffsetVirtual(self->ds, next,
									       &next));
	EXPECT_EQ(self->a + 2 * PAGE, next);
	/* The first valid part of a range that starts in the hole. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetValidRegionVirtual(self->ds, self->a + PAGE + 8,
								PAGE, &base, &size));
	EXPECT_EQ(self->a + 2 * PAGE, base);
	EXPECT_EQ(8, size);
	EXPECT_EQ(NOT_FOUND, IDebugDataSpaces4_GetValidRegionVirtual(self->ds, self->a + PAGE,
								     PAGE, &base, &size));

	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetOffsetInformation(self->ds, DEBUG_DATA_SPACE_VIRTUAL,
							       DEBUG_OFFSINFO_VIRTUAL_SOURCE,
							       self->a, &src, sizeof(src), &n));
	EXPECT_EQ(DEBUG_VSOURCE_DEBUGGEE, src);
	EXPECT_EQ(sizeof(ULONG), n);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetOffsetInformation(self->ds, DEBUG_DATA_SPACE_VIRTUAL,
							       DEBUG_OFFSINFO_VIRTUAL_SOURCE,
							       self->a + PAGE, &src, sizeof(src),
							       &n));
	EXPECT_EQ(DEBUG_VSOURCE_INVALID, src);
}

/* A QueryVirtual walk from @from; returns where it stopped, *@n regions. */
static ULONG64 query_walk(IDebugDataSpaces4 *ds, ULONG64 from, unsigned long *n, HRESULT *last)
{
	MEMORY_BASIC_INFORMATION64 mbi;
	ULONG64 at = from;

	*n = 0;
	while ((*last = IDebugDataSpaces4_QueryVirtual(ds, at, &mbi)) == S_OK &&
	       *n < 10000000 && mbi.RegionSize && mbi.BaseAddress + mbi.RegionSize > at) {
		at = mbi.BaseAddress + mbi.RegionSize;
		(*n)++;
	}
	return at;
}

/* What kdlib, rizin and VirtualQueryEx loops do: walk from 0 until a failure. */
TEST_F(process, query_walk_ends)
{
	ULONG cls = 99, qual = 99, type = 0;
	unsigned long n;
	HRESULT last;

	EXPECT_EQ(0x00007ffffffff000ULL, query_walk(self->ds, 0, &n, &last));
	EXPECT_EQ(HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER), last);
	EXPECT_LT(n, 10000000);
	TH_LOG("%lu regions", n);

	EXPECT_EQ(S_OK, IDebugControl_GetDebuggeeType(self->control, &cls, &qual));
	EXPECT_EQ(DEBUG_CLASS_USER_WINDOWS, cls);
	EXPECT_EQ(DEBUG_USER_WINDOWS_PROCESS, qual);
	EXPECT_EQ(S_OK, IDebugControl_IsPointer64Bit(self->control));
	EXPECT_EQ(S_OK, IDebugControl_GetActualProcessorType(self->control, &type));
	EXPECT_EQ(IMAGE_FILE_MACHINE_AMD64, type);
}

TEST_F(process, strings)
{
	static const char16_t wide[] = u"h\u00e9llo";
	char buf[32];
	WCHAR wbuf[32];
	ULONG n = 0;

	ASSERT_EQ(6, procmem_rw(self->pid, true, self->a + 300, "hello", 6));
	ASSERT_EQ((ssize_t)sizeof(wide), procmem_rw(self->pid, true, self->a + 400,
						    (void *)wide, sizeof(wide)));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadMultiByteStringVirtual(self->ds, self->a + 300, 64,
								     buf, sizeof(buf), &n));
	EXPECT_EQ(6, n);
	EXPECT_STREQ("hello", buf);
	/* Too small a buffer: what fits, terminated, and S_FALSE. */
	EXPECT_EQ(S_FALSE, IDebugDataSpaces4_ReadMultiByteStringVirtual(self->ds, self->a + 300,
									64, buf, 4, &n));
	EXPECT_STREQ("hel", buf);
	EXPECT_EQ(6, n);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadMultiByteStringVirtualWide(self->ds, self->a + 300,
									 64, 65001, wbuf,
									 WCHARS(wbuf), &n));
	/* StringBytes: the string's size in the target, not converted. */
	EXPECT_EQ(6, n);
	EXPECT_EQ(0, memcmp(wbuf, u"hello", 12));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadUnicodeStringVirtualWide(self->ds, self->a + 400,
								       64, wbuf, WCHARS(wbuf),
								       &n));
	EXPECT_EQ(sizeof(wide), n);
	EXPECT_EQ(0, memcmp(wbuf, wide, sizeof(wide)));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadUnicodeStringVirtual(self->ds, self->a + 400, 64,
								   65001, buf, sizeof(buf), &n));
	EXPECT_STREQ("h\xc3\xa9llo", buf);
	EXPECT_EQ(sizeof(wide), n);
	/* No terminator before the hole. */
	EXPECT_TRUE(FAILED(IDebugDataSpaces4_ReadMultiByteStringVirtual(self->ds,
									self->a + PAGE - 4, 64,
									buf, sizeof(buf), &n)));
}

/*
 * The cache: off by default for processes.  Once sized, ReadVirtual keeps
 * whole pages: the target changing its own memory is seen stale through
 * it, fresh through ReadVirtualUncached, and fresh again after a flush;
 * WriteVirtual writes through and updates the cached copy.
 */
TEST_F(process, cache)
{
	uint64_t c = (uintptr_t)&cell, v = 0, w;
	ULONG done;

	ASSERT_EQ(0, target_sets(2));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, c, &v, 8, &done));
	EXPECT_EQ(2, v);
	ASSERT_EQ(0, target_sets(3));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, c, &v, 8, &done));
	EXPECT_EQ(3, v);	/* no cache yet: fresh */

	ASSERT_EQ(S_OK, VmwSetVirtualCacheSize(self->ds, 1 << 20));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, c, &v, 8, &done));
	EXPECT_EQ(3, v);
	ASSERT_EQ(0, target_sets(4));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, c, &v, 8, &done));
	EXPECT_EQ(3, v);	/* stale */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtualUncached(self->ds, c, &v, 8, &done));
	EXPECT_EQ(4, v);	/* fresh */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, c, &v, 8, &done));
	EXPECT_EQ(4, v);	/* the uncached read dropped the page */
	ASSERT_EQ(0, target_sets(5));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, c, &v, 8, &done));
	EXPECT_EQ(4, v);	/* stale again */
	EXPECT_EQ(S_OK, VmwFlushVirtualCache(self->ds));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, c, &v, 8, &done));
	EXPECT_EQ(5, v);	/* fresh after the flush */

	/* Written through, and the cached copy follows. */
	w = 6;
	EXPECT_EQ(S_OK, IDebugDataSpaces4_WriteVirtual(self->ds, c, &w, 8, &done));
	ASSERT_EQ(8, procmem_rw(self->pid, false, c, &v, 8));
	EXPECT_EQ(6, v);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, c, &v, 8, &done));
	EXPECT_EQ(6, v);
	/* Partial reads through the cache count exactly too. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->a + PAGE - 3, &v, 8, &done));
	EXPECT_EQ(3, done);
	EXPECT_EQ(S_OK, VmwSetVirtualCacheSize(self->ds, 0));
}

/* The seed's free functions, on a data space set explicitly. */
TEST_F(process, free_functions)
{
	uint64_t v = 0x77;
	ULONG done = 5;

	EXPECT_EQ(E_UNEXPECTED, WriteVirtual(self->a, &v, 8, &done));
	EXPECT_EQ(0, done);
	ASSERT_EQ(S_OK, VmwSetCurrentDataSpaces(self->ds));
	EXPECT_EQ(S_OK, WriteVirtual(self->a, &v, 8, &done));
	EXPECT_EQ(8, done);
	v = 0;
	EXPECT_EQ(S_OK, ReadVirtual(self->a, &v, 8, &done));
	EXPECT_EQ(0x77, v);
	EXPECT_EQ(S_OK, WriteVirtualUncached(self->a + PAGE - 2, &v, 8, &done));
	EXPECT_EQ(2, done);
	EXPECT_EQ(S_OK, ReadVirtualUncached(self->a, &v, 8, NULL));
	EXPECT_EQ(E_INVALIDARG, VmwSetCurrentDataSpaces((PVOID)&v));
	ASSERT_EQ(S_OK, VmwSetCurrentDataSpaces(NULL));
	EXPECT_EQ(E_UNEXPECTED, ReadVirtual(self->a, &v, 8, &done));
}

TEST_F(process, detach)
{
	uint64_t v;

	EXPECT_EQ(S_OK, IDebugClient_DetachProcesses(self->client));
	EXPECT_EQ(E_UNEXPECTED, IDebugDataSpaces4_ReadVirtual(self->ds, self->a, &v, 8, NULL));
	EXPECT_EQ(E_UNEXPECTED, IDebugControl_WaitForEvent(self->control, DEBUG_WAIT_DEFAULT, 0));
}

static void *read_until_detached(void *arg)
{
	IDebugDataSpaces4 *ds = arg;
	uint64_t v;
	long n;
	HRESULT hr = S_OK;

	for (n = 0; hr == S_OK; n++)
		hr = IDebugDataSpaces4_ReadVirtual(ds, (uintptr_t)area, &v, 8, NULL);
	/* The detach, and nothing else, ends the loop. */
	return (void *)(uintptr_t)(hr == E_UNEXPECTED && n > 0);
}

/* A detach while another thread reads: the reads end cleanly. */
TEST_F(process, detach_under_reads)
{
	pthread_t th[2];
	void *ok0, *ok1;

	ASSERT_EQ(0, pthread_create(&th[0], NULL, read_until_detached, self->ds));
	ASSERT_EQ(0, pthread_create(&th[1], NULL, read_until_detached, self->ds));
	usleep(100000);
	EXPECT_EQ(S_OK, IDebugClient_DetachProcesses(self->client));
	pthread_join(th[0], &ok0);
	pthread_join(th[1], &ok1);
	EXPECT_TRUE(ok0 && ok1);
}

/* A target that is gone: an error, never a crash. */
TEST_F(process, target_gone)
{
	uint64_t v;
	ULONG done = 3;

	reap(self->pid);
	EXPECT_EQ(HRESULT_FROM_WIN32(ERROR_PROCESS_ABORTED),
		  IDebugDataSpaces4_ReadVirtual(self->ds, self->a, &v, 8, &done));
	EXPECT_EQ(0, done);
}

TEST(attach_errors)
{
	IDebugClient *client;
	void *p;

	ASSERT_EQ(S_OK, DebugCreate(&IID_IDebugClient, (PVOID *)&client));
	EXPECT_EQ(HRESULT_FROM_WIN32(ERROR_PROCESS_ABORTED),
		  IDebugClient_AttachProcess(client, 0, 0x3fffffff, 0));
	EXPECT_EQ(E_NOTIMPL, IDebugClient_AttachProcess(client, 1, getpid(), 0));
	EXPECT_EQ(E_NOTIMPL, IDebugClient_AttachKernel(client, DEBUG_ATTACH_KERNEL_CONNECTION,
						       "com:port=1"));
	IDebugClient_Release(client);
	EXPECT_EQ(E_NOINTERFACE, DebugCreate(&IID_IDebugBreakpoint, &p));
	EXPECT_EQ(NULL, p);
	EXPECT_EQ(E_NOTIMPL, DebugConnect("tcp:port=5005", &IID_IDebugClient, &p));
}

FIXTURE(kernel) {
	IDebugClient *client;
	IDebugDataSpaces4 *ds;
	uint64_t rw;
};

FIXTURE_SETUP(kernel)
{
	IDebugControl *control;

	self->rw = sysfs_u64(TESTMOD "rw_addr");
	ASSERT_NE(0, self->rw);
	ASSERT_EQ(S_OK, DebugCreate(&IID_IDebugClient, (PVOID *)&self->client));
	ASSERT_EQ(S_OK, IDebugClient_AttachKernel(self->client, DEBUG_ATTACH_LOCAL_KERNEL, NULL));
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugControl,
						    (PVOID *)&control));
	ASSERT_EQ(S_OK, IDebugControl_WaitForEvent(control, DEBUG_WAIT_DEFAULT, INFINITE));
	IDebugControl_Release(control);
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugDataSpaces4,
						    (PVOID *)&self->ds));
}

FIXTURE_TEARDOWN(kernel)
{
	IDebugDataSpaces4_Release(self->ds);
	IDebugClient_Release(self->client);
}

TEST_F(kernel, read_write_and_refusals)
{
	uint64_t v = 0x5151, ro = sysfs_u64(TESTMOD "ro_addr");
	MEMORY_BASIC_INFORMATION64 mbi;
	ULONG done;

	EXPECT_EQ(S_OK, IDebugDataSpaces4_WriteVirtualUncached(self->ds, self->rw, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0x5151, sysfs_u64(TESTMOD "rw_value"));
	EXPECT_EQ(HRESULT_FROM_WIN32(ERROR_WRITE_PROTECT),
		  IDebugDataSpaces4_WriteVirtual(self->ds, ro, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, ro, &v, 8, &done));
	EXPECT_EQ(0xc0ffee, v);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_QueryVirtual(self->ds, self->rw, &mbi));
	EXPECT_EQ(MEM_COMMIT, mbi.State);
	EXPECT_EQ(PAGE_READWRITE, mbi.Protect);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_QueryVirtual(self->ds, 0x1000, &mbi));
	EXPECT_EQ(MEM_FREE, mbi.State);
}

/*
 * The kernel's cache is on by default, as in dbgeng: the kernel changing
 * its own memory is seen stale, fresh uncached, fresh after a flush.
 */
TEST_F(kernel, cache_on_by_default)
{
	uint64_t v = 0;
	ULONG done;

	ASSERT_EQ(0, sysfs_write(TESTMOD "rw_value", "0x100"));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->rw, &v, 8, &done));
	EXPECT_EQ(0x100, v);
	ASSERT_EQ(0, sysfs_write(TESTMOD "rw_value", "0x200"));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->rw, &v, 8, &done));
	EXPECT_EQ(0x100, v);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtualUncached(self->ds, self->rw, &v, 8, &done));
	EXPECT_EQ(0x200, v);
	/* The uncached read dropped the page: this one caches it again. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->rw, &v, 8, &done));
	EXPECT_EQ(0x200, v);
	ASSERT_EQ(0, sysfs_write(TESTMOD "rw_value", "0x300"));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->rw, &v, 8, &done));
	EXPECT_EQ(0x200, v);
	EXPECT_EQ(S_OK, VmwFlushVirtualCache(self->ds));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->rw, &v, 8, &done));
	EXPECT_EQ(0x300, v);
}

TEST_F(kernel, search_and_fill)
{
	uint64_t vm = sysfs_u64(TESTMOD "vm_addr");
	ULONG64 at = 0;
	ULONG filled = 0;

	/* The vmalloc buffer, then its guard page: the fill stops there. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_FillVirtual(self->ds, vm + 2 * PAGE - 6, 64, "ab", 2,
						      &filled));
	EXPECT_EQ(6, filled);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_WriteVirtual(self->ds, vm + 777, "kneedle", 7, NULL));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_SearchVirtual(self->ds, vm, 4 * PAGE, "kneedle", 7, 1,
							&at));
	EXPECT_EQ(vm + 777, at);
}

/*
 * The rest of the family, on the kernel.  The walk visits every page table
 * of the kernel half: on the debug kernel (DEBUG_PAGEALLOC's 4 KiB direct
 * map, KASAN's shadow, under TCG) that takes minutes, not seconds.
 */
TEST_F_TIMEOUT(kernel, query_walk_ends, 900)
{
	IDebugControl *control;
	ULONG cls = 99, qual = 99;
	unsigned long n;
	HRESULT last;

	/* The whole address space, without wrapping to 0 at the top. */
	EXPECT_EQ(0xfffffffffffff000ULL, query_walk(self->ds, 0, &n, &last));
	EXPECT_EQ(HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER), last);
	EXPECT_LT(n, 10000000);
	TH_LOG("%lu regions", n);

	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugControl,
						    (PVOID *)&control));
	EXPECT_EQ(S_OK, IDebugControl_GetDebuggeeType(control, &cls, &qual));
	EXPECT_EQ(DEBUG_CLASS_KERNEL, cls);
	EXPECT_EQ(DEBUG_KERNEL_LOCAL, qual);
	IDebugControl_Release(control);
}

/*
 * One engine per process: a second DebugCreate() is a client of the same
 * session (rizin builds its context from seven).  It sees the fixture's
 * attach, ends it, and attaches again with connection options, which
 * rizin passes even for the local kernel.
 */
TEST_F(kernel, clients_share_the_session)
{
	IDebugDataSpaces4 *ds2;
	IDebugClient2 *client2;
	IDebugControl *control;
	ULONG cls = 99, qual = 99;
	uint64_t v = 0;
	ULONG done = 0;

	ASSERT_EQ(S_OK, DebugCreate(&IID_IDebugClient2, (PVOID *)&client2));
	EXPECT_EQ(S_OK, IDebugClient2_IsKernelDebuggerEnabled(client2));
	ASSERT_EQ(S_OK, IDebugClient2_QueryInterface(client2, &IID_IDebugDataSpaces4,
						     (PVOID *)&ds2));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(ds2, self->rw, &v, 8, &done));
	EXPECT_EQ(8, done);
	/* Attached already: through any client. */
	EXPECT_EQ(E_UNEXPECTED, IDebugClient2_AttachKernel(client2, DEBUG_ATTACH_LOCAL_KERNEL,
							   NULL));
	EXPECT_EQ(S_OK, IDebugClient2_EndSession(client2, DEBUG_END_ACTIVE_DETACH));
	EXPECT_EQ(E_UNEXPECTED, IDebugDataSpaces4_ReadVirtual(self->ds, self->rw, &v, 8, &done));
	EXPECT_EQ(S_OK, IDebugClient2_AttachKernel(client2, DEBUG_ATTACH_LOCAL_KERNEL, "-d"));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->rw, &v, 8, &done));
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugControl,
						    (PVOID *)&control));
	EXPECT_EQ(S_OK, IDebugControl_GetDebuggeeType(control, &cls, &qual));
	EXPECT_EQ(DEBUG_CLASS_KERNEL, cls);
	IDebugControl_Release(control);
	IDebugDataSpaces4_Release(ds2);
	IDebugClient2_Release(client2);
	/* The fixture's client keeps the session. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadVirtual(self->ds, self->rw, &v, 8, &done));
}

TEST_F(kernel, every_method)
{
	uint64_t vm = sysfs_u64(TESTMOD "vm_addr"), ro = sysfs_u64(TESTMOD "ro_addr");
	uint64_t banner = kallsyms("linux_banner"), v;
	static const char16_t wide[] = u"kern\u00e9l";
	ULONG64 p[1], base, next;
	ULONG n, size, src;
	char buf[64];
	WCHAR wbuf[32];

	ASSERT_NE(0, vm);
	ASSERT_EQ(0, sysfs_write(TESTMOD "rw_value", "0xabcd"));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadPointersVirtual(self->ds, 1, self->rw, p));
	EXPECT_EQ(0xabcd, p[0]);
	p[0] = 0xdcba;
	EXPECT_EQ(S_OK, IDebugDataSpaces4_WritePointersVirtual(self->ds, 1, self->rw, p));
	EXPECT_EQ(0xdcba, sysfs_u64(TESTMOD "rw_value"));

	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetOffsetInformation(self->ds, DEBUG_DATA_SPACE_VIRTUAL,
							       DEBUG_OFFSINFO_VIRTUAL_SOURCE,
							       self->rw, &src, sizeof(src), &n));
	EXPECT_EQ(DEBUG_VSOURCE_DEBUGGEE, src);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetOffsetInformation(self->ds, DEBUG_DATA_SPACE_VIRTUAL,
							       DEBUG_OFFSINFO_VIRTUAL_SOURCE,
							       vm + 2 * PAGE, &src, sizeof(src),
							       &n));
	EXPECT_EQ(DEBUG_VSOURCE_INVALID, src);
	/* The vmalloc buffer ends at its guard page. */
	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetNextDifferentlyValidOffsetVirtual(self->ds, vm,
									       &next));
	EXPECT_EQ(vm + 2 * PAGE, next);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_GetValidRegionVirtual(self->ds, vm + 2 * PAGE - 16, 64,
								&base, &size));
	EXPECT_EQ(vm + 2 * PAGE - 16, base);
	EXPECT_EQ(16, size);

	/* Rodata: found, except among writable memory. */
	v = 0xc0ffee;
	EXPECT_EQ(S_OK, IDebugDataSpaces4_SearchVirtual(self->ds, ro - 64, 128, &v, 3, 1, &next));
	EXPECT_EQ(ro, next);
	EXPECT_EQ(NOT_FOUND, IDebugDataSpaces4_SearchVirtual2(self->ds, ro, 8,
							      DEBUG_VSEARCH_WRITABLE_ONLY, &v, 3,
							      1, &next));

	/* Strings: the kernel's banner, and one of our own in vmalloc memory. */
	ASSERT_NE(0, banner);
	/* Longer than our buffers: truncated, terminated, S_FALSE. */
	EXPECT_EQ(S_FALSE, IDebugDataSpaces4_ReadMultiByteStringVirtual(self->ds, banner, 512,
									buf, sizeof(buf), &n));
	EXPECT_EQ(0, strncmp(buf, "Linux version ", 14));
	EXPECT_EQ(sizeof(buf) - 1, strlen(buf));
	EXPECT_LT(sizeof(buf), n);
	EXPECT_EQ(S_FALSE, IDebugDataSpaces4_ReadMultiByteStringVirtualWide(self->ds, banner, 512,
									    65001, wbuf,
									    WCHARS(wbuf), &n));
	EXPECT_EQ('L', wbuf[0]);
	EXPECT_EQ(0, wbuf[31]);
	EXPECT_EQ(S_OK, IDebugDataSpaces4_WriteVirtual(self->ds, vm + 64, (PVOID)wide,
						       sizeof(wide), &n));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadUnicodeStringVirtualWide(self->ds, vm + 64, 64,
								       wbuf, WCHARS(wbuf), &n));
	EXPECT_EQ(0, memcmp(wbuf, wide, sizeof(wide)));
	EXPECT_EQ(S_OK, IDebugDataSpaces4_ReadUnicodeStringVirtual(self->ds, vm + 64, 64, 65001,
								   buf, sizeof(buf), &n));
	EXPECT_STREQ("kern\xc3\xa9l", buf);

	/* The free functions, on the kernel. */
	ASSERT_EQ(S_OK, VmwSetCurrentDataSpaces(self->ds));
	v = 0x4242;
	EXPECT_EQ(S_OK, WriteVirtualUncached(self->rw, &v, 8, &n));
	EXPECT_EQ(0x4242, sysfs_u64(TESTMOD "rw_value"));
	EXPECT_EQ(S_OK, ReadVirtualUncached(self->rw, &v, 8, &n));
	EXPECT_EQ(0x4242, v);
	ASSERT_EQ(S_OK, VmwSetCurrentDataSpaces(NULL));
}

/* The address /proc/modules gives module @name, or 0. */
static uint64_t module_address(const char *name)
{
	char line[512], mod[64];
	unsigned long long addr;
	uint64_t found = 0;
	FILE *f = fopen("/proc/modules", "re");

	while (f && !found && fgets(line, sizeof(line), f))
		if (sscanf(line, "%63s %*u %*d %*s %*s %llx", mod, &addr) == 2 &&
		    !strcmp(mod, name))
			found = addr;
	if (f)
		fclose(f);
	return found;
}

/* The kernel's modules and symbols, checked against kallsyms and /proc/modules. */
TEST_F(kernel, modules_and_symbols)
{
	uint64_t text = kallsyms("_text"), banner = kallsyms("linux_banner");
	uint64_t testmod = module_address("vmwrite_testmod");
	IDebugSymbols3 *sym;
	ULONG64 base = 0, at = 0, disp = 0;
	ULONG index = 99, n = 0;
	char name[128];

	ASSERT_NE(0, text);
	ASSERT_NE(0, testmod);
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugSymbols3,
						    (PVOID *)&sym));
	/* The image answers to "nt" as kdlib writes it, and to its own name. */
	EXPECT_EQ(S_OK, IDebugSymbols3_GetModuleByModuleName(sym, "nt", 0, &index, &base));
	EXPECT_EQ(text, base);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetModuleByModuleName(sym, "vmlinux", 0, &n, &at));
	EXPECT_EQ(index, n);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetModuleByOffset(sym, banner, 0, &n, &at));
	EXPECT_EQ(text, at);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetModuleByModuleName(sym, "vmwrite_testmod", 0, &n,
							     &base));
	EXPECT_EQ(testmod, base);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetNumberModules(sym, &n, NULL));
	EXPECT_LE(3, n);	/* the image, vmwrite, its test module */

	EXPECT_EQ(S_OK, IDebugSymbols3_GetOffsetByName(sym, "nt!linux_banner", &at));
	EXPECT_EQ(banner, at);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetOffsetByName(sym, "vmwrite_testmod!rw_var", &at));
	EXPECT_EQ(self->rw, at);
	EXPECT_EQ(E_FAIL, IDebugSymbols3_GetOffsetByName(sym, "nt!rw_var", &at));
	EXPECT_EQ(S_OK, IDebugSymbols3_GetNameByOffset(sym, banner + 2, name, sizeof(name), &n,
						       &disp));
	EXPECT_STREQ("vmlinux!linux_banner", name);
	EXPECT_EQ(2, disp);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetNameByOffset(sym, self->rw, name, sizeof(name), &n,
						       &disp));
	EXPECT_STREQ("vmwrite_testmod!rw_var", name);
	EXPECT_EQ(0, disp);
	IDebugSymbols3_Release(sym);
}

/*
 * Kernel types from BTF against the compiler's offsetof() and sizeof(),
 * which the test module reports for the kernel it was built for: lines of
 * "TYPE.FIELD OFFSET SIZEOF_TYPE".
 */
TEST_F(kernel, types_from_btf)
{
	char line[256], type[64], field[128], want_name[80], got[80];
	unsigned long long offset, size;
	ULONG id, fid, v, n, checked = 0;
	IDebugSymbols3 *sym;
	FILE *f;

	if (access("/sys/kernel/btf/vmlinux", R_OK))
		SKIP(return, "this kernel has no BTF");
	f = fopen(TESTMOD "offsets", "re");
	ASSERT_NE(NULL, f);
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugSymbols3,
						    (PVOID *)&sym));
	while (fgets(line, sizeof(line), f)) {
		char *dot;

		ASSERT_EQ(3, sscanf(line, "%127s %llu %llu", field, &offset, &size));
		dot = strchr(field, '.');
		ASSERT_NE(NULL, dot);
		snprintf(type, sizeof(type), "%.*s", (int)(dot - field), field);
		ASSERT_EQ(S_OK, IDebugSymbols3_GetTypeId(sym, 0, type, &id)) TH_LOG("%s", type);
		EXPECT_EQ(S_OK, IDebugSymbols3_GetTypeSize(sym, 0, id, &v));
		EXPECT_EQ(size, v) TH_LOG("sizeof(%s)", type);
		EXPECT_EQ(S_OK, IDebugSymbols3_GetFieldTypeAndOffset(sym, 0, id, dot + 1, &fid, &v));
		EXPECT_EQ(offset, v) TH_LOG("%s", field);
		snprintf(want_name, sizeof(want_name), "struct %s", type);
		EXPECT_EQ(S_OK, IDebugSymbols3_GetTypeName(sym, 0, id, got, sizeof(got), &n));
		EXPECT_STREQ(want_name, got);
		/* "nt!" names the image as a Windows client writes it. */
		snprintf(got, sizeof(got), "nt!%s", type);
		EXPECT_EQ(S_OK, IDebugSymbols3_GetTypeId(sym, 0, got, &v));
		EXPECT_EQ(id, v);
		checked++;
	}
	fclose(f);
	EXPECT_LE(5, checked);
	EXPECT_EQ(E_NOINTERFACE, IDebugSymbols3_GetTypeId(sym, 0, "vmw_no_such_type", &id));
	ASSERT_EQ(S_OK, IDebugSymbols3_GetTypeId(sym, 0, "task_struct", &id));
	EXPECT_EQ(E_NOINTERFACE, IDebugSymbols3_GetFieldOffset(sym, 0, id, "vmw_no_field", &v));
	IDebugSymbols3_Release(sym);
}

/*
 * A module's own types, from its split BTF: nlmon, of the kernel's own
 * package (make check loads it), has a struct nlmon the image has not.
 */
TEST_F(kernel, module_types_from_btf)
{
	IDebugSymbols3 *sym;
	ULONG64 base = 0;
	ULONG id = 0, v = 0;
	char name[64];

	if (access("/sys/kernel/btf/nlmon", R_OK))
		SKIP(return, "nlmon is not loaded, or has no BTF");
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugSymbols3,
						    (PVOID *)&sym));
	ASSERT_EQ(S_OK, IDebugSymbols3_GetModuleByModuleName(sym, "nlmon", 0, NULL, &base));
	EXPECT_EQ(E_NOINTERFACE, IDebugSymbols3_GetTypeId(sym, 0, "nlmon", &id));
	ASSERT_EQ(S_OK, IDebugSymbols3_GetTypeId(sym, base, "nlmon", &id));
	EXPECT_EQ(S_OK, IDebugSymbols3_GetTypeSize(sym, base, id, &v));
	EXPECT_EQ(32, v);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetTypeName(sym, base, id, name, sizeof(name), NULL));
	EXPECT_STREQ("struct nlmon", name);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetTypeId(sym, 0, "nlmon!nlmon", &v));
	EXPECT_EQ(id, v);
	/* The image's types are there too, with the image's ids. */
	EXPECT_EQ(S_OK, IDebugSymbols3_GetTypeId(sym, base, "task_struct", &v));
	EXPECT_EQ(S_OK, IDebugSymbols3_GetTypeId(sym, 0, "task_struct", &id));
	EXPECT_EQ(id, v);
	IDebugSymbols3_Release(sym);
}

/* The local kernel: a "thread" per processor, one process, the kernel's (0). */
TEST_F(kernel, system_objects)
{
	IDebugSystemObjects4 *so;
	ULONG n = 0, id = 99, sys[2];

	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugSystemObjects4,
						    (PVOID *)&so));
	EXPECT_EQ(S_OK, IDebugSystemObjects4_GetNumberThreads(so, &n));
	EXPECT_EQ(sysconf(_SC_NPROCESSORS_CONF), n);
	EXPECT_EQ(S_OK, IDebugSystemObjects4_GetThreadIdByProcessor(so, n - 1, &id));
	EXPECT_EQ(n - 1, id);
	EXPECT_EQ(S_OK, IDebugSystemObjects4_GetCurrentProcessSystemId(so, &id));
	EXPECT_EQ(0, id);
	EXPECT_EQ(S_OK, IDebugSystemObjects4_GetProcessIdsByIndex(so, 0, 1, &n, sys));
	EXPECT_EQ(0, sys[0]);
	EXPECT_EQ(E_NOTIMPL, IDebugSystemObjects4_GetCurrentProcessExecutableName(so, NULL, 0,
										 &n));
	IDebugSystemObjects4_Release(so);
}

/* A process's modules: this static program's executable, in its maps. */
TEST_F(process, modules_and_threads)
{
	IDebugSymbols3 *sym;
	IDebugSystemObjects4 *so;
	ULONG n = 0, id = 0;
	ULONG64 base = 0, at = 0;
	char name[64];

	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugSymbols3,
						    (PVOID *)&sym));
	ASSERT_EQ(S_OK, IDebugClient_QueryInterface(self->client, &IID_IDebugSystemObjects4,
						    (PVOID *)&so));
	EXPECT_EQ(S_OK, IDebugSymbols3_GetModuleByModuleName(sym, "dbgeng_test", 0, &n, &base));
	EXPECT_EQ(S_OK, IDebugSymbols3_GetModuleByOffset(sym, (uintptr_t)spawn_target, 0, &id,
							 &at));
	EXPECT_EQ(base, at);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetOffsetByName(sym, "dbgeng_test!spawn_target", &at));
	EXPECT_EQ((uintptr_t)spawn_target, at);
	EXPECT_EQ(S_OK, IDebugSymbols3_GetNameByOffset(sym, (uintptr_t)spawn_target, name,
						       sizeof(name), NULL, NULL));
	EXPECT_STREQ("dbgeng_test!spawn_target", name);
	EXPECT_EQ(E_NOTIMPL, IDebugSymbols3_GetTypeId(sym, 0, "int", &id));
	EXPECT_EQ(S_OK, IDebugSystemObjects4_GetCurrentProcessSystemId(so, &id));
	EXPECT_EQ(self->pid, id);
	EXPECT_EQ(S_OK, IDebugSystemObjects4_GetNumberThreads(so, &n));
	EXPECT_EQ(1, n);
	EXPECT_EQ(S_OK, IDebugSystemObjects4_GetThreadIdsByIndex(so, 0, 1, &id, &n));
	EXPECT_EQ(self->pid, n);
	IDebugSystemObjects4_Release(so);
	IDebugSymbols3_Release(sym);
}

TEST_HARNESS_MAIN
