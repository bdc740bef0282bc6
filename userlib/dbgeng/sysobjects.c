// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugSystemObjects..4: the one system, the one process and its threads
 * as a non-invasive session sees them.  A process's threads are its tasks
 * (/proc/PID/task), engine ids 0..n-1 in the order of their thread ids;
 * the local kernel, as dbgeng's kernel targets do, has a "thread" per
 * processor and one process, the kernel's own (system id 0).  The values
 * are read at each call: the target keeps running.  Handles, TEBs, PEBs
 * and data offsets are Windows structures: E_NOTIMPL.
 */

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "stubs.h"

/* The client object of an interface pointer, and the engine behind it. */
#define OBJ(p)		dbgeng_container_of(p, struct dbgeng_client, sysobj)
#define SYSOBJ(p)	(OBJ(p)->engine)

static HRESULT STDMETHODCALLTYPE sysobj_QueryInterface(IDebugSystemObjects4 *This, REFIID iid,
						       PVOID *out)
{
	return dbgeng__client_query(OBJ(This), iid, out);
}

static ULONG STDMETHODCALLTYPE sysobj_AddRef(IDebugSystemObjects4 *This)
{
	return dbgeng__client_addref(OBJ(This));
}

static ULONG STDMETHODCALLTYPE sysobj_Release(IDebugSystemObjects4 *This)
{
	return dbgeng__client_release(OBJ(This));
}

static int by_value(const void *a, const void *b)
{
	ULONG x = *(const ULONG *)a, y = *(const ULONG *)b;

	return x < y ? -1 : x > y;
}

/* The thread ids of @pid, ascending, in *@ids (to free); 0 or -errno. */
static int process_threads(pid_t pid, ULONG **ids, ULONG *n)
{
	char path[32];
	struct dirent *d;
	ULONG *v = NULL, *p, room = 0;
	DIR *dir;

	*n = 0;
	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	dir = opendir(path);
	if (!dir)
		return -errno;
	while ((d = readdir(dir)) != NULL) {
		unsigned long tid = strtoul(d->d_name, NULL, 10);

		if (!tid)
			continue;	/* "." and ".." */
		if (*n == room) {
			room = room ? 2 * room : 64;
			p = realloc(v, room * sizeof(*v));
			if (!p) {
				free(v);
				closedir(dir);
				return -ENOMEM;
			}
			v = p;
		}
		v[(*n)++] = (ULONG)tid;
	}
	closedir(dir);
	qsort(v, *n, sizeof(*v), by_value);
	*ids = v;
	return 0;
}

/*
 * The session's threads by system id, in *@ids (to free): a process's
 * tasks, or the kernel's processors 0..n-1.  E_UNEXPECTED if not attached.
 */
static HRESULT threads(IDebugSystemObjects4 *This, ULONG **ids, ULONG *n)
{
	unsigned long session;
	enum dbgeng_debuggee d;
	long cpus;
	pid_t pid;
	ULONG i;
	int err;

	d = dbgeng__engine_session(SYSOBJ(This), &pid, &session);
	if (d == DBGENG_NONE)
		return E_UNEXPECTED;
	if (d == DBGENG_PROCESS) {
		err = process_threads(pid, ids, n);
		/* A process that is gone has no threads left to show. */
		return err ? dbgeng__hresult(err, false) : S_OK;
	}
	cpus = sysconf(_SC_NPROCESSORS_CONF);
	*n = cpus > 0 ? (ULONG)cpus : 1;
	*ids = calloc(*n, sizeof(**ids));
	if (!*ids)
		return E_OUTOFMEMORY;
	for (i = 0; i < *n; i++)
		(*ids)[i] = i;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sysobj_GetNumberThreads(IDebugSystemObjects4 *This,
							 PULONG Number)
{
	ULONG *ids, n;
	HRESULT hr;

	if (!Number)
		return E_POINTER;
	hr = threads(This, &ids, &n);
	if (FAILED(hr))
		return hr;
	free(ids);
	*Number = n;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sysobj_GetTotalNumberThreads(IDebugSystemObjects4 *This,
							      PULONG Total,
							      PULONG LargestProcess)
{
	ULONG n;
	HRESULT hr = sysobj_GetNumberThreads(This, &n);

	if (FAILED(hr))
		return hr;
	if (Total)
		*Total = n;
	if (LargestProcess)
		*LargestProcess = n;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sysobj_GetThreadIdsByIndex(IDebugSystemObjects4 *This,
							    ULONG Start, ULONG Count,
							    PULONG Ids, PULONG SysIds)
{
	ULONG *ids, n, i;
	HRESULT hr = threads(This, &ids, &n);

	if (FAILED(hr))
		return hr;
	if (Start > n || Count > n - Start) {
		free(ids);
		return E_INVALIDARG;
	}
	for (i = 0; i < Count; i++) {
		if (Ids)
			Ids[i] = Start + i;
		if (SysIds)
			SysIds[i] = ids[Start + i];
	}
	free(ids);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sysobj_GetThreadIdBySystemId(IDebugSystemObjects4 *This,
							      ULONG SysId, PULONG Id)
{
	ULONG *ids, n, i;
	HRESULT hr;

	if (!Id)
		return E_POINTER;
	hr = threads(This, &ids, &n);
	if (FAILED(hr))
		return hr;
	hr = E_INVALIDARG;
	for (i = 0; i < n; i++) {
		if (ids[i] == SysId) {
			*Id = i;
			hr = S_OK;
			break;
		}
	}
	free(ids);
	return hr;
}

/* The kernel's processor N is its thread N. */
static HRESULT STDMETHODCALLTYPE sysobj_GetThreadIdByProcessor(IDebugSystemObjects4 *This,
							       ULONG Processor, PULONG Id)
{
	ULONG n;
	HRESULT hr;

	if (!Id)
		return E_POINTER;
	if (dbgeng__engine_debuggee(SYSOBJ(This), NULL) != DBGENG_KERNEL)
		return dbgeng__engine_attached(SYSOBJ(This)) ? E_NOTIMPL : E_UNEXPECTED;
	hr = sysobj_GetNumberThreads(This, &n);
	if (FAILED(hr))
		return hr;
	if (Processor >= n)
		return E_INVALIDARG;
	*Id = Processor;
	return S_OK;
}

/* The thread the engine's "current" means: 0 until SetCurrentThreadId. */
static HRESULT STDMETHODCALLTYPE sysobj_GetCurrentThreadId(IDebugSystemObjects4 *This,
							   PULONG Id)
{
	if (!Id)
		return E_POINTER;
	if (!dbgeng__engine_attached(SYSOBJ(This)))
		return E_UNEXPECTED;
	*Id = __atomic_load_n(&SYSOBJ(This)->current_thread, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sysobj_SetCurrentThreadId(IDebugSystemObjects4 *This, ULONG Id)
{
	ULONG n;
	HRESULT hr = sysobj_GetNumberThreads(This, &n);

	if (FAILED(hr))
		return hr;
	if (Id >= n)
		return E_INVALIDARG;
	__atomic_store_n(&SYSOBJ(This)->current_thread, Id, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sysobj_GetCurrentThreadSystemId(IDebugSystemObjects4 *This,
								 PULONG SysId)
{
	ULONG id;
	HRESULT hr = sysobj_GetCurrentThreadId(This, &id);

	if (FAILED(hr))
		return hr;
	/* The thread may have exited since it was made current. */
	hr = sysobj_GetThreadIdsByIndex(This, id, 1, NULL, SysId);
	return hr == E_INVALIDARG ? E_FAIL : hr;
}

/* The only event of a session, its attach, has thread and process 0. */
static HRESULT STDMETHODCALLTYPE sysobj_GetEventThread(IDebugSystemObjects4 *This, PULONG Id)
{
	if (!Id)
		return E_POINTER;
	if (!dbgeng__engine_attached(SYSOBJ(This)))
		return E_UNEXPECTED;
	*Id = 0;
	return S_OK;
}

/* ---- the one process ------------------------------------------------------ */

static HRESULT STDMETHODCALLTYPE sysobj_GetNumberProcesses(IDebugSystemObjects4 *This,
							   PULONG Number)
{
	if (!Number)
		return E_POINTER;
	if (!dbgeng__engine_attached(SYSOBJ(This)))
		return E_UNEXPECTED;
	*Number = 1;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sysobj_SetCurrentProcessId(IDebugSystemObjects4 *This,
							    ULONG Id)
{
	if (!dbgeng__engine_attached(SYSOBJ(This)))
		return E_UNEXPECTED;
	return Id ? E_INVALIDARG : S_OK;
}

/* The process's id, or 0 for the kernel's own. */
static HRESULT STDMETHODCALLTYPE sysobj_GetCurrentProcessSystemId(IDebugSystemObjects4 *This,
								  PULONG SysId)
{
	unsigned long session;
	pid_t pid;

	if (!SysId)
		return E_POINTER;
	if (dbgeng__engine_session(SYSOBJ(This), &pid, &session) == DBGENG_NONE)
		return E_UNEXPECTED;
	*SysId = (ULONG)pid;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE sysobj_GetProcessIdsByIndex(IDebugSystemObjects4 *This,
							     ULONG Start, ULONG Count,
							     PULONG Ids, PULONG SysIds)
{
	HRESULT hr;

	if (Start > 1 || Count > 1 - Start)
		return dbgeng__engine_attached(SYSOBJ(This)) ? E_INVALIDARG : E_UNEXPECTED;
	if (!Count)
		return S_OK;
	if (Ids)
		Ids[0] = 0;
	hr = sysobj_GetCurrentProcessSystemId(This, SysIds ? SysIds : &(ULONG){ 0 });
	return hr;
}

static HRESULT STDMETHODCALLTYPE sysobj_GetProcessIdBySystemId(IDebugSystemObjects4 *This,
							       ULONG SysId, PULONG Id)
{
	ULONG mine;
	HRESULT hr = sysobj_GetCurrentProcessSystemId(This, &mine);

	if (FAILED(hr))
		return hr;
	if (!Id)
		return E_POINTER;
	if (SysId != mine)
		return E_INVALIDARG;
	*Id = 0;
	return S_OK;
}

/* /proc/PID/exe: the executable's path.  The kernel has none: E_NOTIMPL. */
static HRESULT executable_name(IDebugSystemObjects4 *This, void *buf, ULONG size,
			       PULONG needed, unsigned int unit)
{
	char link[32], path[4096];
	unsigned long session;
	enum dbgeng_debuggee d;
	ssize_t n;
	pid_t pid;

	d = dbgeng__engine_session(SYSOBJ(This), &pid, &session);
	if (d == DBGENG_NONE)
		return E_UNEXPECTED;
	if (d == DBGENG_KERNEL)
		return E_NOTIMPL;
	snprintf(link, sizeof(link), "/proc/%d/exe", (int)pid);
	n = readlink(link, path, sizeof(path) - 1);
	if (n < 0)
		return dbgeng__hresult(-errno, false);
	path[n] = '\0';
	return dbgeng__string_out(path, buf, size, needed, unit);
}

static HRESULT STDMETHODCALLTYPE sysobj_GetCurrentProcessExecutableName(
	IDebugSystemObjects4 *This, PSTR Buffer, ULONG BufferSize, PULONG ExeSize)
{
	return executable_name(This, Buffer, BufferSize, ExeSize, 1);
}

static HRESULT STDMETHODCALLTYPE sysobj_GetCurrentProcessExecutableNameWide(
	IDebugSystemObjects4 *This, PWSTR Buffer, ULONG BufferSize, PULONG ExeSize)
{
	return executable_name(This, Buffer, BufferSize, ExeSize, 2);
}

/* ---- the one system --------------------------------------------------------- */

static HRESULT STDMETHODCALLTYPE sysobj_GetNumberSystems(IDebugSystemObjects4 *This,
							 PULONG Number)
{
	return sysobj_GetNumberProcesses(This, Number);
}

static HRESULT STDMETHODCALLTYPE sysobj_GetCurrentSystemId(IDebugSystemObjects4 *This,
							   PULONG Id)
{
	return sysobj_GetEventThread(This, Id);
}

static HRESULT STDMETHODCALLTYPE sysobj_SetCurrentSystemId(IDebugSystemObjects4 *This, ULONG Id)
{
	return sysobj_SetCurrentProcessId(This, Id);
}

/* Every slot from the generated E_NOTIMPL stubs, then what is implemented. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
const IDebugSystemObjects4Vtbl dbgeng__sysobj_vtbl = {
	DBGENG_STUBS_IDebugSystemObjects4,
	.QueryInterface = sysobj_QueryInterface,
	.AddRef = sysobj_AddRef,
	.Release = sysobj_Release,
	.GetEventThread = sysobj_GetEventThread,
	.GetEventProcess = sysobj_GetEventThread,
	.GetCurrentThreadId = sysobj_GetCurrentThreadId,
	.SetCurrentThreadId = sysobj_SetCurrentThreadId,
	.GetCurrentProcessId = sysobj_GetEventThread,
	.SetCurrentProcessId = sysobj_SetCurrentProcessId,
	.GetNumberThreads = sysobj_GetNumberThreads,
	.GetTotalNumberThreads = sysobj_GetTotalNumberThreads,
	.GetThreadIdsByIndex = sysobj_GetThreadIdsByIndex,
	.GetThreadIdByProcessor = sysobj_GetThreadIdByProcessor,
	.GetCurrentThreadSystemId = sysobj_GetCurrentThreadSystemId,
	.GetThreadIdBySystemId = sysobj_GetThreadIdBySystemId,
	.GetNumberProcesses = sysobj_GetNumberProcesses,
	.GetProcessIdsByIndex = sysobj_GetProcessIdsByIndex,
	.GetCurrentProcessSystemId = sysobj_GetCurrentProcessSystemId,
	.GetProcessIdBySystemId = sysobj_GetProcessIdBySystemId,
	.GetCurrentProcessExecutableName = sysobj_GetCurrentProcessExecutableName,
	.GetEventSystem = sysobj_GetEventThread,
	.GetCurrentSystemId = sysobj_GetCurrentSystemId,
	.SetCurrentSystemId = sysobj_SetCurrentSystemId,
	.GetNumberSystems = sysobj_GetNumberSystems,
	.GetCurrentProcessExecutableNameWide = sysobj_GetCurrentProcessExecutableNameWide,
};
#pragma GCC diagnostic pop
