// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * libvmwrite-dbgeng.a against the user-space model of the module, on this
 * process's own memory: DebugCreate and COM identity, the session's life
 * (attach, WaitForEvent, detach), ReadVirtual/WriteVirtual with exact
 * counts at a hole, the string, search, fill and region
 * methods, and the free functions on the current data space.  The guest
 * selftests run the same library against the real module.
 */

#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <vmwrite/dbgeng.h>
#include "model.h"
#include "tap.h"

#define PAGE	4096UL
#define CP_UTF8	65001
/* BufferSize of the *Wide string methods: characters, as Microsoft documents. */
#define WCHARS(a)	((ULONG)(sizeof(a) / sizeof((a)[0])))

static ULONG64 addr_of(const void *p)
{
	return (ULONG64)(uintptr_t)p;
}

int main(void)
{
	IDebugClient5 *client = NULL;
	IDebugControl *control = NULL;
	IDebugDataSpaces4 *ds = NULL;
	IUnknown *unknown = NULL;
	PVOID other = NULL;
	unsigned char *m, buf[64];
	char text[16];
	WCHAR wide[16];
	MEMORY_BASIC_INFORMATION64 info;
	ULONG done = 99, status = 0, cls = 99, qual = 99, size = 0;
	unsigned long n;
	ULONG64 at = 0;
	HRESULT hr;

	/* Three pages: read-write, a hole, read-write. */
	m = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED || munmap(m + PAGE, PAGE))
		return 1;
	memcpy(m + PAGE - 6, "hello", 6);
	memcpy(m + 2 * PAGE + 8, "needle", 6);

	tap(DebugCreate(&IID_IDebugClient5, (PVOID *)&client) == S_OK &&
	    IDebugClient5_QueryInterface(client, &IID_IDebugControl, (PVOID *)&control) == S_OK &&
	    IDebugClient5_QueryInterface(client, &IID_IDebugDataSpaces4, (PVOID *)&ds) == S_OK &&
	    IDebugDataSpaces4_QueryInterface(ds, &IID_IUnknown, (PVOID *)&unknown) == S_OK &&
	    (void *)unknown == (void *)client &&
	    IDebugControl_QueryInterface(control, &IID_IDebugBreakpoint, &other) == E_NOINTERFACE &&
	    !other,
	    "dbgeng: DebugCreate; QueryInterface between the interfaces, IUnknown is the client");
	IUnknown_Release(unknown);

	tap(IDebugDataSpaces4_ReadVirtual(ds, addr_of(m), buf, 4, &done) == E_UNEXPECTED &&
	    done == 0 && IDebugControl_WaitForEvent(control, DEBUG_WAIT_DEFAULT, 0) == E_UNEXPECTED,
	    "dbgeng: before an attach, ReadVirtual and WaitForEvent are E_UNEXPECTED");

	tap(IDebugControl_GetDebuggeeType(control, &cls, &qual) == S_OK &&
	    cls == DEBUG_CLASS_UNINITIALIZED && qual == 0 &&
	    IDebugControl_IsPointer64Bit(control) == E_UNEXPECTED &&
	    IDebugControl_GetPageSize(control, &size) == E_UNEXPECTED,
	    "dbgeng: before an attach, no debuggee and no pointer size");

	hr = IDebugClient5_AttachProcess(client, 0, (ULONG)getpid(), DEBUG_ATTACH_NONINVASIVE);
	tap(hr == S_OK && IDebugControl_GetDebuggeeType(control, &cls, &qual) == S_OK &&
	    cls == DEBUG_CLASS_USER_WINDOWS && qual == DEBUG_USER_WINDOWS_PROCESS &&
	    IDebugControl_IsPointer64Bit(control) == E_UNEXPECTED &&
	    IDebugControl_GetActualProcessorType(control, &size) == E_UNEXPECTED,
	    "dbgeng: after AttachProcess, a user-mode process; its pointer size only after the wait");
	tap(IDebugControl_WaitForEvent(control, DEBUG_WAIT_DEFAULT, 0) == S_OK &&
	    IDebugControl_WaitForEvent(control, DEBUG_WAIT_DEFAULT, 0) == E_UNEXPECTED &&
	    IDebugControl_GetExecutionStatus(control, &status) == S_OK &&
	    status == DEBUG_STATUS_BREAK &&
	    IDebugClient5_AttachProcess(client, 0, (ULONG)getpid(), 0) == E_UNEXPECTED,
	    "dbgeng: AttachProcess, one event, status BREAK, no second attach (hr %#x)",
	    (unsigned int)hr);

	tap(IDebugControl_IsPointer64Bit(control) == S_OK &&
	    IDebugControl_GetActualProcessorType(control, &size) == S_OK &&
	    size == IMAGE_FILE_MACHINE_AMD64 &&
	    IDebugControl_GetEffectiveProcessorType(control, &size) == S_OK &&
	    size == IMAGE_FILE_MACHINE_AMD64 &&
	    IDebugControl_GetPageSize(control, &size) == S_OK && size == PAGE &&
	    IDebugControl_GetNumberProcessors(control, &size) == S_OK && size >= 1,
	    "dbgeng: after the wait: 64-bit pointers, AMD64, 4 KiB pages, the processors");

	/* The VirtualQueryEx loop: it must end, at the top of user space. */
	n = 0;
	at = 0;
	while (IDebugDataSpaces4_QueryVirtual(ds, at, &info) == S_OK && n < 100000 &&
	       info.RegionSize && info.BaseAddress + info.RegionSize > at) {
		at = info.BaseAddress + info.RegionSize;
		n++;
	}
	tap(n < 100000 && at == 0x00007ffffffff000ULL &&
	    IDebugDataSpaces4_QueryVirtual(ds, at, &info) ==
	    HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER) &&
	    IDebugDataSpaces4_QueryVirtual(ds, ~0ULL, &info) ==
	    HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER),
	    "dbgeng: a QueryVirtual walk from 0 ends after %lu regions at %#llx", n,
	    (unsigned long long)at);

	tap(IDebugDataSpaces4_ReadVirtual(ds, addr_of(m + PAGE - 6), buf, 6, &done) == S_OK &&
	    done == 6 && !memcmp(buf, "hello", 6) &&
	    IDebugDataSpaces4_ReadVirtual(ds, addr_of(m + PAGE - 6), buf, 32, &done) == S_OK &&
	    done == 6 &&
	    FAILED(IDebugDataSpaces4_ReadVirtual(ds, addr_of(m + PAGE), buf, 4, &done)) &&
	    done == 0,
	    "dbgeng: ReadVirtual: exact counts up to a hole, failure at it");

	tap(IDebugDataSpaces4_WriteVirtualUncached(ds, addr_of(m + 2 * PAGE), (PVOID)"xyz", 3,
						   &done) == S_OK && done == 3 &&
	    !memcmp(m + 2 * PAGE, "xyz", 3),
	    "dbgeng: WriteVirtualUncached writes the target");

	tap(IDebugDataSpaces4_ReadMultiByteStringVirtual(ds, addr_of(m + PAGE - 6), 64, text,
							 sizeof(text), &done) == S_OK &&
	    done == 6 && !strcmp(text, "hello") &&
	    IDebugDataSpaces4_ReadMultiByteStringVirtualWide(ds, addr_of(m + PAGE - 6), 64,
							     CP_UTF8, wide, WCHARS(wide),
							     &done) == S_OK &&
	    done == 6 && !memcmp(wide, u"hello", 12) &&
	    IDebugDataSpaces4_ReadMultiByteStringVirtual(ds, addr_of(m + PAGE - 6), 64, text, 3,
							 &done) == S_FALSE &&
	    done == 6 && !strcmp(text, "he"),
	    "dbgeng: ReadMultiByteStringVirtual(Wide): a string ending at a hole");

	memcpy(m + 2 * PAGE + 32, u"h\u00e9!", 8);
	tap(IDebugDataSpaces4_ReadUnicodeStringVirtual(ds, addr_of(m + 2 * PAGE + 32), 64, CP_UTF8,
						       text, sizeof(text), &done) == S_OK &&
	    done == 8 && !strcmp(text, "h\xc3\xa9!") &&
	    IDebugDataSpaces4_ReadUnicodeStringVirtualWide(ds, addr_of(m + 2 * PAGE + 32), 64, wide,
							   WCHARS(wide), &done) == S_OK &&
	    done == 8 && !memcmp(wide, u"h\u00e9!", 8),
	    "dbgeng: ReadUnicodeStringVirtual(Wide): UTF-16 as UTF-8, and as it is; "
	    "StringBytes counts the target's bytes");

	/* kdlib's call: a buffer of 6 characters for u"Hello" holds all of it. */
	memcpy(m + 2 * PAGE + 64, u"Hello", 12);
	memset(wide, 0x55, sizeof(wide));
	tap(IDebugDataSpaces4_ReadUnicodeStringVirtualWide(ds, addr_of(m + 2 * PAGE + 64), 64, wide,
							   6, &done) == S_OK &&
	    done == 12 && !memcmp(wide, u"Hello", 12) &&
	    IDebugDataSpaces4_ReadUnicodeStringVirtualWide(ds, addr_of(m + 2 * PAGE + 64), 64, wide,
							   3, &done) == S_FALSE &&
	    !memcmp(wide, u"He", 6) && wide[3] == u"Hello"[3] &&
	    IDebugDataSpaces4_ReadMultiByteStringVirtualWide(ds, addr_of(m + PAGE - 6), 64,
							     CP_UTF8, wide, 6, &done) == S_OK &&
	    !memcmp(wide, u"hello", 12),
	    "dbgeng: the *Wide string methods count BufferSize in characters");

	tap(IDebugDataSpaces4_SearchVirtual(ds, addr_of(m), 3 * PAGE, (PVOID)"needle", 6, 1,
					    &at) == S_OK && at == addr_of(m + 2 * PAGE + 8) &&
	    IDebugDataSpaces4_SearchVirtual(ds, addr_of(m), 3 * PAGE, (PVOID)"needle", 6, 16,
					    &at) == HRESULT_FROM_NT(STATUS_NO_MORE_ENTRIES),
	    "dbgeng: SearchVirtual past a hole, at its granularity");

	tap(IDebugDataSpaces4_FillVirtual(ds, addr_of(m + 2 * PAGE + 100), 7, (PVOID)"ab", 2,
					  &done) == S_OK && done == 7 &&
	    !memcmp(m + 2 * PAGE + 100, "abababa", 7),
	    "dbgeng: FillVirtual repeats the pattern");

	tap(IDebugDataSpaces4_QueryVirtual(ds, addr_of(m + 10), &info) == S_OK &&
	    info.BaseAddress == addr_of(m) && info.Protect == PAGE_READWRITE &&
	    info.State == MEM_COMMIT && info.Type == MEM_PRIVATE &&
	    IDebugDataSpaces4_QueryVirtual(ds, addr_of(m + PAGE), &info) == S_OK &&
	    info.Protect == PAGE_NOACCESS && info.State == MEM_FREE,
	    "dbgeng: QueryVirtual: read-write private memory, then a hole");

	done = 99;
	tap(ReadVirtual(addr_of(m + PAGE - 6), buf, 6, &done) == E_UNEXPECTED && done == 0 &&
	    VmwSetCurrentDataSpaces(ds) == S_OK && VmwSetVirtualCacheSize(ds, 8 * PAGE) == S_OK &&
	    ReadVirtual(addr_of(m + PAGE - 6), buf, 6, &done) == S_OK && done == 6 &&
	    !memcmp(buf, "hello", 6) &&
	    WriteVirtual(addr_of(m + PAGE - 6), (PVOID)"HE", 2, &done) == S_OK && done == 2 &&
	    ReadVirtual(addr_of(m + PAGE - 6), buf, 6, &done) == S_OK && !memcmp(buf, "HEllo", 6) &&
	    VmwFlushVirtualCache(ds) == S_OK && VmwSetCurrentDataSpaces(NULL) == S_OK &&
	    VmwSetCurrentDataSpaces(m) == E_INVALIDARG,
	    "dbgeng: the free functions on the current data space, through its cache");

	tap(IDebugClient5_DetachProcesses(client) == S_OK &&
	    IDebugDataSpaces4_ReadVirtual(ds, addr_of(m), buf, 4, &done) == E_UNEXPECTED &&
	    IDebugControl_Release(control) == 2 && IDebugDataSpaces4_Release(ds) == 1 &&
	    IDebugClient5_Release(client) == 0,
	    "dbgeng: DetachProcesses ends the session; one reference count for all interfaces");

	/* One engine per process: every DebugCreate() is a client of one session. */
	{
		IDebugClient5 *c1 = NULL, *c2 = NULL;
		IDebugDataSpaces4 *ds2 = NULL;

		tap(DebugCreate(&IID_IDebugClient5, (PVOID *)&c1) == S_OK &&
		    DebugCreate(&IID_IDebugClient5, (PVOID *)&c2) == S_OK && c1 != c2 &&
		    IDebugClient5_QueryInterface(c2, &IID_IDebugDataSpaces4, (PVOID *)&ds2) == S_OK &&
		    IDebugClient5_AttachProcess(c1, 0, (ULONG)getpid(), 0) == S_OK &&
		    IDebugDataSpaces4_ReadVirtual(ds2, addr_of(m + PAGE - 6), buf, 6, &done) == S_OK &&
		    done == 6 && IDebugClient5_AttachProcess(c2, 0, (ULONG)getpid(), 0) == E_UNEXPECTED &&
		    IDebugClient5_Release(c1) == 0 &&
		    IDebugDataSpaces4_ReadVirtual(ds2, addr_of(m + PAGE - 6), buf, 6, &done) == S_OK &&
		    IDebugClient5_DetachProcesses(c2) == S_OK &&
		    IDebugDataSpaces4_ReadVirtual(ds2, addr_of(m), buf, 4, &done) == E_UNEXPECTED &&
		    IDebugDataSpaces4_Release(ds2) == 1 && IDebugClient5_Release(c2) == 0,
		    "dbgeng: a second DebugCreate() shares the first one's session, which outlives it");
	}

	/* The local kernel (the model's is this process), options ignored. */
	tap(DebugCreate(&IID_IDebugClient5, (PVOID *)&client) == S_OK &&
	    IDebugClient5_QueryInterface(client, &IID_IDebugControl, (PVOID *)&control) == S_OK &&
	    IDebugClient5_IsKernelDebuggerEnabled(client) == S_OK &&
	    IDebugClient5_AttachKernel(client, DEBUG_ATTACH_LOCAL_KERNEL, "-d") == S_OK &&
	    IDebugControl_GetDebuggeeType(control, &cls, &qual) == S_OK &&
	    cls == DEBUG_CLASS_KERNEL && qual == DEBUG_KERNEL_LOCAL &&
	    IDebugClient5_EndSession(client, DEBUG_END_ACTIVE_DETACH) == S_OK &&
	    IDebugClient5_AttachKernelWide(client, DEBUG_ATTACH_LOCAL_KERNEL, u"-d") == S_OK &&
	    IDebugControl_Release(control) == 1 && IDebugClient5_Release(client) == 0,
	    "dbgeng: AttachKernel(Wide) of the local kernel takes connection options, and ignores them");
	vmw_model_set_device("/nonexistent/vmwrite");
	tap(DebugCreate(&IID_IDebugClient5, (PVOID *)&client) == S_OK &&
	    IDebugClient5_IsKernelDebuggerEnabled(client) == S_FALSE &&
	    IDebugClient5_Release(client) == 0,
	    "dbgeng: IsKernelDebuggerEnabled is S_FALSE without the module");
	vmw_model_reset();

	tap(DebugConnect("tcp:port=1", &IID_IDebugClient, &other) == E_NOTIMPL && !other &&
	    vmw_model.violations == 0,
	    "dbgeng: DebugConnect is E_NOTIMPL; the library kept the uapi contract (%s)",
	    vmw_model.violation);
	return tap_failed ? 1 : 0;
}
