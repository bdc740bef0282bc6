// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * libvmwrite's dbgeng layer: DebugCreate() and the engine object behind
 * IDebugClient..5, IDebugControl and IDebugDataSpaces..4, so that code
 * written against the Windows debugger engine works on Linux processes
 * and the live kernel.  Attaching is non-invasive: the target never stops.
 *
 * COM identity: one engine, one reference count, and QueryInterface for
 * IUnknown always answers the IDebugClient5 pointer.
 */

#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "dbgeng_internal.h"
#include "dbgeng_stubs.h"

#define CLIENT(p)	vmw_container_of(p, struct vmw_engine, client)
#define CONTROL(p)	vmw_container_of(p, struct vmw_engine, control)

static const IDebugClient5Vtbl client_vtbl;
static const IDebugControlVtbl control_vtbl;

static bool iid_is(REFIID a, const IID *b)
{
	return !memcmp(a, b, sizeof(*b));
}

ULONG vmw_engine_addref(struct vmw_engine *e)
{
	return __atomic_add_fetch(&e->refs, 1, __ATOMIC_RELAXED);
}

static void engine_detach(struct vmw_engine *e)
{
	struct vmw_target *t;

	pthread_mutex_lock(&e->attach_lock);
	t = __atomic_exchange_n(&e->target, NULL, __ATOMIC_SEQ_CST);
	/* Calls that saw the target finish with it first. */
	while (__atomic_load_n(&e->users, __ATOMIC_ACQUIRE))
		sched_yield();
	vmw_close(t);
	e->event_pending = false;
	pthread_mutex_lock(&e->cache_lock);
	vmw_cache_free(&e->cache);
	vmw_data_cache_changed(e);
	pthread_mutex_unlock(&e->cache_lock);
	pthread_mutex_unlock(&e->attach_lock);
}

ULONG vmw_engine_release(struct vmw_engine *e)
{
	ULONG refs = __atomic_sub_fetch(&e->refs, 1, __ATOMIC_ACQ_REL);

	if (!refs) {
		engine_detach(e);
		pthread_mutex_destroy(&e->attach_lock);
		pthread_mutex_destroy(&e->cache_lock);
		free(e);
	}
	return refs;
}

HRESULT vmw_engine_query(struct vmw_engine *e, REFIID iid, PVOID *out)
{
	void *p = NULL;

	if (!out)
		return E_POINTER;
	if (iid_is(iid, &IID_IUnknown) || iid_is(iid, &IID_IDebugClient) ||
	    iid_is(iid, &IID_IDebugClient2) || iid_is(iid, &IID_IDebugClient3) ||
	    iid_is(iid, &IID_IDebugClient4) || iid_is(iid, &IID_IDebugClient5))
		p = &e->client;
	else if (iid_is(iid, &IID_IDebugControl))
		p = &e->control;
	else if (iid_is(iid, &IID_IDebugDataSpaces) || iid_is(iid, &IID_IDebugDataSpaces2) ||
		 iid_is(iid, &IID_IDebugDataSpaces3) || iid_is(iid, &IID_IDebugDataSpaces4))
		p = &e->data;
	*out = p;
	if (!p)
		return E_NOINTERFACE;
	vmw_engine_addref(e);
	return S_OK;
}

HRESULT DebugCreate(REFIID InterfaceId, PVOID *Interface)
{
	struct vmw_engine *e;
	HRESULT hr;

	if (!Interface)
		return E_POINTER;
	*Interface = NULL;
	e = calloc(1, sizeof(*e));
	if (!e)
		return E_OUTOFMEMORY;
	e->client.lpVtbl = &client_vtbl;
	e->control.lpVtbl = &control_vtbl;
	e->data.lpVtbl = &vmw_data_vtbl;
	e->refs = 1;
	e->cache_bytes = UINT64_MAX;
	pthread_mutex_init(&e->attach_lock, NULL);
	pthread_mutex_init(&e->cache_lock, NULL);
	vmw_cache_init(&e->cache);
	hr = vmw_engine_query(e, InterfaceId, Interface);
	/* The query took its own reference, or failed: drop the first. */
	vmw_engine_release(e);
	return hr;
}

HRESULT DebugConnect(PCSTR RemoteOptions, REFIID InterfaceId, PVOID *Interface)
{
	(void)RemoteOptions;
	(void)InterfaceId;
	if (Interface)
		*Interface = NULL;
	return E_NOTIMPL;
}

/* ---- IDebugClient ------------------------------------------------------- */

static HRESULT STDMETHODCALLTYPE client_QueryInterface(IDebugClient5 *This, REFIID iid,
						       PVOID *out)
{
	return vmw_engine_query(CLIENT(This), iid, out);
}

static ULONG STDMETHODCALLTYPE client_AddRef(IDebugClient5 *This)
{
	return vmw_engine_addref(CLIENT(This));
}

static ULONG STDMETHODCALLTYPE client_Release(IDebugClient5 *This)
{
	return vmw_engine_release(CLIENT(This));
}

/* Attach to @t (a process if @pid, else the kernel), once per session. */
static HRESULT engine_attach(struct vmw_engine *e, pid_t pid, bool kernel)
{
	struct vmw_target *t;
	HRESULT hr = S_OK;
	int err;

	pthread_mutex_lock(&e->attach_lock);
	if (e->target) {
		hr = E_UNEXPECTED;
		goto out;
	}
	err = kernel ? vmw_open_kernel(0, &t) : vmw_open_process(pid, 0, &t);
	if (err) {
		hr = vmw_hresult(err, false);
		goto out;
	}
	e->kernel = kernel;
	e->event_pending = true;
	vmw_data_attached(e);
	/* Published last: data calls find everything set up. */
	__atomic_store_n(&e->target, t, __ATOMIC_SEQ_CST);
out:
	pthread_mutex_unlock(&e->attach_lock);
	return hr;
}

static HRESULT STDMETHODCALLTYPE client_AttachProcess(IDebugClient5 *This, ULONG64 Server,
						      ULONG ProcessId, ULONG AttachFlags)
{
	/* Local processes only; every attach is non-invasive. */
	if (Server)
		return E_NOTIMPL;
	if (!ProcessId || ProcessId > INT32_MAX)
		return E_INVALIDARG;
	(void)AttachFlags;
	return engine_attach(CLIENT(This), (pid_t)ProcessId, false);
}

static HRESULT attach_kernel(IDebugClient5 *This, ULONG Flags, bool options)
{
	if (Flags != DEBUG_ATTACH_LOCAL_KERNEL)
		return E_NOTIMPL;
	/* Local kernel debugging takes no connection options. */
	if (options)
		return E_INVALIDARG;
	return engine_attach(CLIENT(This), 0, true);
}

static HRESULT STDMETHODCALLTYPE client_AttachKernel(IDebugClient5 *This, ULONG Flags,
						     PCSTR ConnectOptions)
{
	return attach_kernel(This, Flags, ConnectOptions && *ConnectOptions);
}

static HRESULT STDMETHODCALLTYPE client_AttachKernelWide(IDebugClient5 *This, ULONG Flags,
							 PCWSTR ConnectOptions)
{
	return attach_kernel(This, Flags, ConnectOptions && *ConnectOptions);
}

static HRESULT STDMETHODCALLTYPE client_DetachProcesses(IDebugClient5 *This)
{
	engine_detach(CLIENT(This));
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE client_EndSession(IDebugClient5 *This, ULONG Flags)
{
	if (Flags > DEBUG_END_DISCONNECT)
		return E_INVALIDARG;
	engine_detach(CLIENT(This));
	return S_OK;
}

/* ---- IDebugControl ------------------------------------------------------ */

static HRESULT STDMETHODCALLTYPE control_QueryInterface(IDebugControl *This, REFIID iid,
							PVOID *out)
{
	return vmw_engine_query(CONTROL(This), iid, out);
}

static ULONG STDMETHODCALLTYPE control_AddRef(IDebugControl *This)
{
	return vmw_engine_addref(CONTROL(This));
}

static ULONG STDMETHODCALLTYPE control_Release(IDebugControl *This)
{
	return vmw_engine_release(CONTROL(This));
}

/*
 * The only event of a non-invasive session is the attach itself: the
 * first wait after it returns S_OK at once.  The target is never stopped
 * or resumed, so a later wait has nothing to wait for: E_UNEXPECTED, as
 * dbgeng answers when no debuggee can generate events.
 */
static HRESULT STDMETHODCALLTYPE control_WaitForEvent(IDebugControl *This, ULONG Flags,
						      ULONG Timeout)
{
	struct vmw_engine *e = CONTROL(This);
	HRESULT hr;

	(void)Timeout;
	if (Flags != DEBUG_WAIT_DEFAULT)
		return E_INVALIDARG;
	pthread_mutex_lock(&e->attach_lock);
	hr = e->target && e->event_pending ? S_OK : E_UNEXPECTED;
	e->event_pending = false;
	pthread_mutex_unlock(&e->attach_lock);
	return hr;
}

static HRESULT STDMETHODCALLTYPE control_GetExecutionStatus(IDebugControl *This,
							    PULONG Status)
{
	struct vmw_engine *e = CONTROL(This);

	if (!Status)
		return E_POINTER;
	/* A non-invasive session looks at a target as if it were stopped. */
	*Status = __atomic_load_n(&e->target, __ATOMIC_ACQUIRE) ? DEBUG_STATUS_BREAK :
								 DEBUG_STATUS_NO_DEBUGGEE;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE control_GetEngineOptions(IDebugControl *This, PULONG Options)
{
	if (!Options)
		return E_POINTER;
	*Options = __atomic_load_n(&CONTROL(This)->engine_options, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE control_AddEngineOptions(IDebugControl *This, ULONG Options)
{
	if (Options & ~DEBUG_ENGOPT_ALL)
		return E_INVALIDARG;
	__atomic_or_fetch(&CONTROL(This)->engine_options, Options, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE control_RemoveEngineOptions(IDebugControl *This,
							     ULONG Options)
{
	__atomic_and_fetch(&CONTROL(This)->engine_options, ~Options, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE control_SetEngineOptions(IDebugControl *This, ULONG Options)
{
	if (Options & ~DEBUG_ENGOPT_ALL)
		return E_INVALIDARG;
	__atomic_store_n(&CONTROL(This)->engine_options, Options, __ATOMIC_RELAXED);
	return S_OK;
}

/* ---- cache control and the current data space --------------------------- */

/* The engine behind any interface pointer DebugCreate() handed out. */
static struct vmw_engine *engine_of(PVOID iface)
{
	const void *vtbl = iface ? *(const void *const *)iface : NULL;

	if (vtbl == &client_vtbl)
		return CLIENT(iface);
	if (vtbl == &control_vtbl)
		return CONTROL(iface);
	if (vtbl == &vmw_data_vtbl)
		return vmw_container_of(iface, struct vmw_engine, data);
	return NULL;
}

HRESULT VmwSetVirtualCacheSize(PVOID DataSpaces, ULONG64 Bytes)
{
	struct vmw_engine *e = engine_of(DataSpaces);
	int err = 0;

	if (!e)
		return E_INVALIDARG;
	pthread_mutex_lock(&e->attach_lock);
	pthread_mutex_lock(&e->cache_lock);
	e->cache_bytes = Bytes;
	if (e->target)
		err = vmw_cache_resize(&e->cache, Bytes);
	vmw_data_cache_changed(e);
	pthread_mutex_unlock(&e->cache_lock);
	pthread_mutex_unlock(&e->attach_lock);
	return err ? E_OUTOFMEMORY : S_OK;
}

HRESULT VmwFlushVirtualCache(PVOID DataSpaces)
{
	struct vmw_engine *e = engine_of(DataSpaces);

	if (!e)
		return E_INVALIDARG;
	pthread_mutex_lock(&e->cache_lock);
	vmw_cache_flush(&e->cache);
	pthread_mutex_unlock(&e->cache_lock);
	return S_OK;
}

/*
 * The process-wide data space of the free functions.  Set explicitly;
 * each call takes a reference under the lock, so that a concurrent
 * VmwSetCurrentDataSpaces() cannot free the engine under it.
 */
static pthread_mutex_t current_lock = PTHREAD_MUTEX_INITIALIZER;
static struct vmw_engine *current;

HRESULT VmwSetCurrentDataSpaces(PVOID DataSpaces)
{
	struct vmw_engine *e = NULL, *old;

	if (DataSpaces) {
		e = engine_of(DataSpaces);
		if (!e)
			return E_INVALIDARG;
		vmw_engine_addref(e);
	}
	pthread_mutex_lock(&current_lock);
	old = current;
	current = e;
	pthread_mutex_unlock(&current_lock);
	if (old)
		vmw_engine_release(old);
	return S_OK;
}

static struct vmw_engine *current_get(void)
{
	struct vmw_engine *e;

	pthread_mutex_lock(&current_lock);
	e = current;
	if (e)
		vmw_engine_addref(e);
	pthread_mutex_unlock(&current_lock);
	return e;
}

static HRESULT current_rw(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG Done,
			  bool write, bool cached)
{
	struct vmw_engine *e = current_get();
	HRESULT hr;

	if (!e) {
		if (Done)
			*Done = 0;
		return E_UNEXPECTED;
	}
	hr = write ? vmw_data_write(e, Offset, Buffer, BufferSize, Done, cached) :
		     vmw_data_read(e, Offset, Buffer, BufferSize, Done, cached);
	vmw_engine_release(e);
	return hr;
}

HRESULT WriteVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten)
{
	return current_rw(Offset, Buffer, BufferSize, BytesWritten, true, true);
}

HRESULT ReadVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	return current_rw(Offset, Buffer, BufferSize, BytesRead, false, true);
}

HRESULT WriteVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize,
			     PULONG BytesWritten)
{
	return current_rw(Offset, Buffer, BufferSize, BytesWritten, true, false);
}

HRESULT ReadVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	return current_rw(Offset, Buffer, BufferSize, BytesRead, false, false);
}


#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
static const IDebugClient5Vtbl client_vtbl = {
	VMW_STUBS_IDebugClient5,
	.QueryInterface = client_QueryInterface,
	.AddRef = client_AddRef,
	.Release = client_Release,
	.AttachKernel = client_AttachKernel,
	.AttachProcess = client_AttachProcess,
	.DetachProcesses = client_DetachProcesses,
	.EndSession = client_EndSession,
	.AttachKernelWide = client_AttachKernelWide,
};

static const IDebugControlVtbl control_vtbl = {
	VMW_STUBS_IDebugControl,
	.QueryInterface = control_QueryInterface,
	.AddRef = control_AddRef,
	.Release = control_Release,
	.GetEngineOptions = control_GetEngineOptions,
	.AddEngineOptions = control_AddEngineOptions,
	.RemoveEngineOptions = control_RemoveEngineOptions,
	.SetEngineOptions = control_SetEngineOptions,
	.GetExecutionStatus = control_GetExecutionStatus,
	.WaitForEvent = control_WaitForEvent,
};
#pragma GCC diagnostic pop
