// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugSymbols and IDebugSystemObjects of libvmwrite-dbgeng.a, on the
 * model of the module attached to this process itself: a dynamically
 * linked program, so that its modules are the executable, libc and the
 * dynamic linker.  Every answer is checked against what the process knows
 * of itself without the library: /proc/self/maps, the addresses of its own
 * functions, gettid().  The guest selftests check the kernel's modules,
 * symbols and BTF types against the running kernel.
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <vmwrite/dbgeng.h>
#include "model.h"
#include "tap.h"

#define WCHARS(a)	((ULONG)(sizeof(a) / sizeof((a)[0])))

/* A function of the executable that no one inlines, to be found by name. */
__attribute__((noinline, used)) int vmw_test_marker(int x)
{
	return x * 3 + 1;
}

static ULONG64 addr_of(const void *p)
{
	return (ULONG64)(uintptr_t)p;
}

/* Where /proc/self/maps has file offset 0 of the file whose name ends in @suffix. */
static ULONG64 mapped_at(const char *suffix, char *path, size_t size)
{
	FILE *f = fopen("/proc/self/maps", "re");
	char line[4096], file[4096];
	unsigned long long start, off;
	ULONG64 at = 0;

	while (f && !at && fgets(line, sizeof(line), f)) {
		size_t n;

		if (sscanf(line, "%llx-%*x %*s %llx %*s %*u %4095s", &start, &off, file) != 3)
			continue;
		n = strlen(file);
		if (off == 0 && n >= strlen(suffix) && !strcmp(file + n - strlen(suffix), suffix)) {
			at = start;
			snprintf(path, size, "%s", file);
		}
	}
	if (f)
		fclose(f);
	return at;
}

static void *parked(void *arg)
{
	pid_t *tid = arg;

	__atomic_store_n(tid, gettid(), __ATOMIC_RELEASE);
	pause();
	return NULL;
}

int main(void)
{
	IDebugClient5 *client = NULL;
	IDebugControl *control = NULL;
	IDebugSymbols3 *sym = NULL;
	IDebugSystemObjects4 *so = NULL;
	IDebugRegisters2 *regs = NULL;
	IDebugAdvanced3 *adv = NULL;
	DEBUG_MODULE_PARAMETERS mp[2];
	char libc_path[4096], exe_path[4096], image[4096], name[256], small[4];
	WCHAR wname[64];
	ULONG64 libc, exe, base = 0, at = 0, disp = 0, bases[2];
	ULONG loaded = 0, unloaded = 9, index = 0, n = 0, size = 0, id = 0, ids[8], sysids[8];
	pid_t tid = 0;
	pthread_t thread;
	bool found;
	HRESULT hr;
	void *dl;

	libc = mapped_at("/libc.so.6", libc_path, sizeof(libc_path));
	exe = mapped_at("/test_modules", exe_path, sizeof(exe_path));
	if (!libc || !exe) {
		tap_skip("dbgeng modules: this test must be a dynamic program named test_modules");
		return 0;
	}
	if (DebugCreate(&IID_IDebugClient5, (PVOID *)&client) != S_OK ||
	    IDebugClient5_QueryInterface(client, &IID_IDebugControl, (PVOID *)&control) ||
	    IDebugClient5_QueryInterface(client, &IID_IDebugSymbols3, (PVOID *)&sym) ||
	    IDebugClient5_QueryInterface(client, &IID_IDebugSystemObjects4, (PVOID *)&so)) {
		tap(false, "dbgeng modules: DebugCreate and the interfaces");
		return 1;
	}

	tap(IDebugSymbols3_GetNumberModules(sym, &loaded, &unloaded) == E_UNEXPECTED &&
	    IDebugSystemObjects4_GetCurrentProcessSystemId(so, &id) == E_UNEXPECTED,
	    "dbgeng modules: before an attach, no modules and no process");

	if (IDebugClient5_AttachProcess(client, 0, (ULONG)getpid(), DEBUG_ATTACH_NONINVASIVE) ||
	    IDebugControl_WaitForEvent(control, DEBUG_WAIT_DEFAULT, 0)) {
		tap(false, "dbgeng modules: attach to this process");
		return 1;
	}

	hr = IDebugSymbols3_GetNumberModules(sym, &loaded, &unloaded);
	tap(hr == S_OK && loaded >= 3 && unloaded == 0,
	    "dbgeng modules: the executable, libc, the dynamic linker (%lu)",
	    (unsigned long)loaded);

	/* libc by its module name, by its file name, and by an address in it. */
	tap(IDebugSymbols3_GetModuleByModuleName(sym, "libc", 0, &index, &base) == S_OK &&
	    base == libc &&
	    IDebugSymbols3_GetModuleByModuleName(sym, "libc.so.6", 0, NULL, &at) == S_OK &&
	    at == libc &&
	    IDebugSymbols3_GetModuleByOffset(sym, addr_of((void *)getpid), 0, &n, &at) == S_OK &&
	    n == index && at == libc &&
	    IDebugSymbols3_GetModuleByIndex(sym, index, &at) == S_OK && at == libc,
	    "dbgeng modules: libc by name, file name, address and index: its offset 0 in maps");
	tap(IDebugSymbols3_GetModuleByModuleName(sym, "libc", index + 1, NULL, &at) ==
	    E_INVALIDARG &&
	    IDebugSymbols3_GetModuleByModuleName(sym, "no-such-module", 0, NULL, &at) ==
	    E_INVALIDARG &&
	    IDebugSymbols3_GetModuleByOffset(sym, 16, 0, NULL, &at) == E_INVALIDARG &&
	    IDebugSymbols3_GetModuleByIndex(sym, loaded, &at) == E_INVALIDARG,
	    "dbgeng modules: no module of that name after it, no such name, address, index");

	tap(IDebugSymbols3_GetModuleNames(sym, index, 0, image, sizeof(image), &size, name,
					  sizeof(name), &n, NULL, sizeof(image), NULL) == S_OK &&
	    !strcmp(image, libc_path) && size == strlen(libc_path) + 1 &&
	    !strcmp(name, "libc") && n == 5 &&
	    IDebugSymbols3_GetModuleNames(sym, index, 0, image, sizeof(image), NULL, name,
					  sizeof(name), NULL, NULL, 0, NULL) == S_FALSE,
	    "dbgeng modules: GetModuleNames: the image's path, module name \"libc\"; "
	    "S_FALSE if one would not fit");
	tap(IDebugSymbols3_GetModuleNameString(sym, DEBUG_MODNAME_MODULE, DEBUG_ANY_ID, libc,
					       small, sizeof(small), &n) == S_FALSE &&
	    !strcmp(small, "lib") && n == 5 &&
	    IDebugSymbols3_GetModuleNameStringWide(sym, DEBUG_MODNAME_MODULE, index, 0, wname,
						   WCHARS(wname), &n) == S_OK &&
	    n == 5 && wname[0] == 'l' && wname[3] == 'c' && wname[4] == 0,
	    "dbgeng modules: GetModuleNameString cut to the buffer (S_FALSE), Wide in characters");

	/* Size probes: a NULL buffer too small for the name is S_FALSE too (Wine checks it). */
	tap(IDebugSymbols3_GetModuleNameString(sym, DEBUG_MODNAME_MODULE, index, 0, NULL, 0, &n) ==
	    S_FALSE && n == 5 &&
	    IDebugSymbols3_GetModuleNameString(sym, DEBUG_MODNAME_MODULE, index, 0, NULL, 5,
					       NULL) == S_OK &&
	    IDebugSymbols3_GetNameByOffset(sym, addr_of((void *)vmw_test_marker), NULL, 0, &n,
					   NULL) == S_FALSE && n == strlen("test_modules!vmw_test_marker") + 1,
	    "dbgeng modules: a NULL buffer answers S_FALSE when the name would not fit, and the size");

	bases[0] = libc;
	bases[1] = 12345;
	tap(IDebugSymbols3_GetModuleParameters(sym, 2, bases, 0, mp) == S_OK &&
	    mp[0].Base == libc && mp[0].Size > 0x1000 &&
	    (mp[0].Flags & DEBUG_MODULE_USER_MODE) && mp[0].ModuleNameSize == 5 &&
	    mp[0].ImageNameSize == strlen(libc_path) + 1 &&
	    addr_of((void *)getpid) - libc < mp[0].Size && mp[1].Base == DEBUG_INVALID_OFFSET,
	    "dbgeng modules: GetModuleParameters: libc's extent; an unknown base is invalid, S_OK");

	/* Symbols of the executable: ours, by name and by address. */
	tap(IDebugSymbols3_GetOffsetByName(sym, "test_modules!vmw_test_marker", &at) == S_OK &&
	    at == addr_of((void *)vmw_test_marker) &&
	    IDebugSymbols3_GetOffsetByName(sym, "vmw_test_marker", &at) == S_OK &&
	    at == addr_of((void *)vmw_test_marker) &&
	    IDebugSymbols3_GetSymbolModule(sym, "vmw_test_marker", &base) == S_OK && base == exe,
	    "dbgeng symbols: a function of the executable, with and without its module");
	tap(IDebugSymbols3_GetNameByOffset(sym, addr_of((void *)vmw_test_marker) + 3, name,
					   sizeof(name), &n, &disp) == S_OK &&
	    !strcmp(name, "test_modules!vmw_test_marker") && disp == 3 && n == strlen(name) + 1 &&
	    IDebugSymbols3_GetNameByOffsetWide(sym, addr_of((void *)vmw_test_marker), wname, 6,
					       &n, &disp) == S_FALSE &&
	    wname[0] == 't' && wname[5] == 0 && disp == 0,
	    "dbgeng symbols: GetNameByOffset: module!symbol and the displacement; Wide cut");
	{
		IDebugSymbols5 *sym5 = NULL;

		tap(IDebugSymbols3_QueryInterface(sym, &IID_IDebugSymbols5, (PVOID *)&sym5) ==
		    S_OK && IDebugSymbols5_GetNameByInlineContext(sym5,
			addr_of((void *)vmw_test_marker) + 1, 0, name, sizeof(name), NULL,
			&disp) == S_OK && !strcmp(name, "test_modules!vmw_test_marker") && disp == 1,
		    "dbgeng symbols: IDebugSymbols5's GetNameByInlineContext names the function");
		if (sym5)
			IDebugSymbols5_Release(sym5);
	}
	tap(IDebugSymbols3_GetOffsetByName(sym, "libc!getpid", &at) != E_FAIL &&
	    at == addr_of((void *)getpid) &&
	    IDebugSymbols3_GetOffsetByName(sym, "libc!vmw_test_marker", &at) == E_FAIL &&
	    IDebugSymbols3_GetOffsetByName(sym, "nosuchmodule!getpid", &at) == E_FAIL &&
	    IDebugSymbols3_GetOffsetByName(sym, "vmw_no_such_symbol", &at) == E_FAIL,
	    "dbgeng symbols: libc!getpid where the dynamic linker put it; misses are E_FAIL");
	tap(IDebugSymbols3_GetTypeId(sym, 0, "int", &id) == E_NOTIMPL &&
	    IDebugSymbols3_GetFieldOffset(sym, 0, 1, "x", &n) == E_NOTIMPL,
	    "dbgeng symbols: no types for a process (E_NOTIMPL)");

	/* The process and its threads, one of them parked here. */
	pthread_create(&thread, NULL, parked, &tid);
	while (!__atomic_load_n(&tid, __ATOMIC_ACQUIRE))
		usleep(1000);
	tap(IDebugSystemObjects4_GetNumberThreads(so, &n) == S_OK && n == 2 &&
	    IDebugSystemObjects4_GetThreadIdsByIndex(so, 0, n, ids, sysids) == S_OK &&
	    ids[0] == 0 && ids[1] == 1 &&
	    (sysids[0] == (ULONG)getpid() || sysids[1] == (ULONG)getpid()) &&
	    (sysids[0] == (ULONG)tid || sysids[1] == (ULONG)tid) &&
	    IDebugSystemObjects4_GetThreadIdsByIndex(so, 1, 2, ids, sysids) == E_INVALIDARG,
	    "dbgeng system objects: two threads, their ids and thread ids");
	found = IDebugSystemObjects4_GetThreadIdBySystemId(so, (ULONG)tid, &id) == S_OK &&
		id < 2 && sysids[id] == (ULONG)tid;
	tap(found && IDebugSystemObjects4_SetCurrentThreadId(so, id) == S_OK &&
	    IDebugSystemObjects4_GetCurrentThreadSystemId(so, &n) == S_OK && n == (ULONG)tid &&
	    IDebugSystemObjects4_SetCurrentThreadId(so, 2) == E_INVALIDARG,
	    "dbgeng system objects: a thread by its thread id, made current");
	pthread_cancel(thread);
	pthread_join(thread, NULL);
	tap(IDebugSystemObjects4_GetCurrentProcessSystemId(so, &id) == S_OK &&
	    id == (ULONG)getpid() && IDebugSystemObjects4_GetNumberProcesses(so, &n) == S_OK &&
	    n == 1 && IDebugSystemObjects4_GetCurrentProcessExecutableName(so, image,
									  sizeof(image), &n) ==
	    S_OK && !strcmp(image, exe_path) &&
	    IDebugSystemObjects4_GetCurrentThreadTeb(so, &at) == E_NOTIMPL,
	    "dbgeng system objects: the process, its executable; no TEB (E_NOTIMPL)");

	/* Handed out so that clients get past initialisation; nothing to say. */
	tap(IDebugClient5_QueryInterface(client, &IID_IDebugRegisters2, (PVOID *)&regs) == S_OK &&
	    IDebugClient5_QueryInterface(client, &IID_IDebugAdvanced3, (PVOID *)&adv) == S_OK &&
	    IDebugRegisters2_GetNumberRegisters(regs, &n) == E_NOTIMPL &&
	    IDebugAdvanced3_GetThreadContext(adv, image, 16) == E_NOTIMPL,
	    "dbgeng: IDebugRegisters2 and IDebugAdvanced3, every method E_NOTIMPL");
	IDebugRegisters2_Release(regs);
	IDebugAdvanced3_Release(adv);

	/* A snapshot: a library loaded since is there only after Reload. */
	dl = dlopen("libm.so.6", RTLD_NOW);
	tap(dl && IDebugSymbols3_GetNumberModules(sym, &n, NULL) == S_OK && n == loaded &&
	    IDebugSymbols3_GetModuleByModuleName(sym, "libm", 0, NULL, &at) == E_INVALIDARG &&
	    IDebugSymbols3_Reload(sym, "") == S_OK &&
	    IDebugSymbols3_GetNumberModules(sym, &n, NULL) == S_OK && n > loaded &&
	    IDebugSymbols3_GetModuleByModuleName(sym, "libm", 0, NULL, &at) == S_OK &&
	    at == mapped_at("/libm.so.6", image, sizeof(image)),
	    "dbgeng symbols: modules are a snapshot; Reload takes a new one (libm dlopen()ed)");
	if (dl)
		dlclose(dl);
	IDebugClient5_DetachProcesses(client);
	tap(IDebugSymbols3_GetNumberModules(sym, &n, NULL) == E_UNEXPECTED &&
	    IDebugSymbols3_GetOffsetByName(sym, "vmw_test_marker", &at) == E_UNEXPECTED,
	    "dbgeng symbols: after the detach, nothing");

	IDebugSystemObjects4_Release(so);
	IDebugSymbols3_Release(sym);
	IDebugControl_Release(control);
	IDebugClient5_Release(client);
	return tap_exit();
}
