// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The top of libvmwrite-dbgeng: DebugCreate(), which makes a client of
 * the process's one engine, and the free functions of <vmwrite/dbgeng.h>
 * (ReadVirtual & co. on the current data space, the cache controls), so
 * that code written against the Windows debugger engine works on Linux
 * processes and the live kernel.
 */

#include <stdlib.h>

#include "internal.h"

HRESULT DebugCreate(REFIID InterfaceId, PVOID *Interface)
{
	struct dbgeng_client *c;
	HRESULT hr;

	if (!Interface)
		return E_POINTER;
	*Interface = NULL;
	c = dbgeng__client_new();
	if (!c)
		return E_OUTOFMEMORY;
	hr = dbgeng__client_query(c, InterfaceId, Interface);
	/* The query took its own reference, or failed: drop the first. */
	dbgeng__client_release(c);
	return hr;
}

HRESULT DebugCreateEx(REFIID InterfaceId, DWORD DbgEngOptions, PVOID *Interface)
{
	(void)DbgEngOptions;
	return DebugCreate(InterfaceId, Interface);
}

HRESULT DebugConnect(PCSTR RemoteOptions, REFIID InterfaceId, PVOID *Interface)
{
	(void)RemoteOptions;
	(void)InterfaceId;
	if (Interface)
		*Interface = NULL;
	return E_NOTIMPL;
}

HRESULT DebugConnectWide(PCWSTR RemoteOptions, REFIID InterfaceId, PVOID *Interface)
{
	(void)RemoteOptions;
	return DebugConnect(NULL, InterfaceId, Interface);
}

/* ---- cache control and the current data space --------------------------- */

/* The engine behind any interface pointer DebugCreate() handed out. */
static struct dbgeng_engine *engine_of(PVOID iface)
{
	const void *vtbl = iface ? *(const void *const *)iface : NULL;

	if (vtbl == &dbgeng__client_vtbl)
		return dbgeng_container_of(iface, struct dbgeng_client, client)->engine;
	if (vtbl == &dbgeng__control_vtbl)
		return dbgeng_container_of(iface, struct dbgeng_client, control)->engine;
	if (vtbl == &dbgeng__dataspaces_vtbl)
		return dbgeng_container_of(iface, struct dbgeng_client, data)->engine;
	return NULL;
}

HRESULT VmwSetVirtualCacheSize(PVOID DataSpaces, ULONG64 Bytes)
{
	struct dbgeng_engine *e = engine_of(DataSpaces);

	if (!e)
		return E_INVALIDARG;
	return dbgeng__engine_set_cache_size(e, Bytes) ? E_OUTOFMEMORY : S_OK;
}

HRESULT VmwFlushVirtualCache(PVOID DataSpaces)
{
	struct dbgeng_engine *e = engine_of(DataSpaces);

	if (!e)
		return E_INVALIDARG;
	dbgeng__engine_flush_cache(e);
	return S_OK;
}

/*
 * The process-wide data space of the free functions.  Set explicitly;
 * each call takes a reference under the lock, so that a concurrent
 * VmwSetCurrentDataSpaces() cannot free the engine under it.
 */
static pthread_mutex_t current_lock = PTHREAD_MUTEX_INITIALIZER;
static struct dbgeng_engine *current;

HRESULT VmwSetCurrentDataSpaces(PVOID DataSpaces)
{
	struct dbgeng_engine *e = NULL, *old;

	if (DataSpaces) {
		e = engine_of(DataSpaces);
		if (!e)
			return E_INVALIDARG;
		dbgeng__engine_hold(e);
	}
	pthread_mutex_lock(&current_lock);
	old = current;
	current = e;
	pthread_mutex_unlock(&current_lock);
	if (old)
		dbgeng__engine_put(old);
	return S_OK;
}

static struct dbgeng_engine *current_get(void)
{
	struct dbgeng_engine *e;

	pthread_mutex_lock(&current_lock);
	e = current;
	if (e)
		dbgeng__engine_hold(e);
	pthread_mutex_unlock(&current_lock);
	return e;
}

static HRESULT current_rw(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG Done,
			  bool write, bool cached)
{
	struct dbgeng_engine *e = current_get();
	HRESULT hr;

	if (!e) {
		if (Done)
			*Done = 0;
		return E_UNEXPECTED;
	}
	hr = write ? dbgeng__engine_write(e, Offset, Buffer, BufferSize, Done, cached) :
		     dbgeng__engine_read(e, Offset, Buffer, BufferSize, Done, cached);
	dbgeng__engine_put(e);
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
