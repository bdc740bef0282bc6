// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugClient..5: attaching to a local process (non-invasive: the target
 * never stops) or the local kernel, detaching and ending the session.
 * Remote servers, dumps, process creation and the callbacks return
 * E_NOTIMPL: this layer reads and writes memory, it does not debug.
 */

#include "internal.h"
#include "stubs.h"

/* The client object of an interface pointer, and the engine behind it. */
#define OBJ(p)		dbgeng_container_of(p, struct dbgeng_client, client)
#define CLIENT(p)	(OBJ(p)->engine)

static HRESULT STDMETHODCALLTYPE client_QueryInterface(IDebugClient5 *This, REFIID iid,
						       PVOID *out)
{
	return dbgeng__client_query(OBJ(This), iid, out);
}

static ULONG STDMETHODCALLTYPE client_AddRef(IDebugClient5 *This)
{
	return dbgeng__client_addref(OBJ(This));
}

static ULONG STDMETHODCALLTYPE client_Release(IDebugClient5 *This)
{
	return dbgeng__client_release(OBJ(This));
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
	return dbgeng__engine_attach(CLIENT(This), (pid_t)ProcessId, false);
}

/*
 * Local kernel debugging has nothing to connect to: connection options,
 * which tools pass whatever the kind of attach (rizin does), are ignored.
 */
static HRESULT attach_kernel(IDebugClient5 *This, ULONG Flags)
{
	if (Flags != DEBUG_ATTACH_LOCAL_KERNEL)
		return E_NOTIMPL;
	return dbgeng__engine_attach(CLIENT(This), 0, true);
}

static HRESULT STDMETHODCALLTYPE client_AttachKernel(IDebugClient5 *This, ULONG Flags,
						     PCSTR ConnectOptions)
{
	(void)ConnectOptions;
	return attach_kernel(This, Flags);
}

static HRESULT STDMETHODCALLTYPE client_AttachKernelWide(IDebugClient5 *This, ULONG Flags,
							 PCWSTR ConnectOptions)
{
	(void)ConnectOptions;
	return attach_kernel(This, Flags);
}

/*
 * Local kernel debugging is there when the loaded module lets this
 * process open a kernel session (CAP_SYS_RAWIO; see vmw_open_kernel()).
 * Opening one reads and writes nothing.
 */
static HRESULT STDMETHODCALLTYPE client_IsKernelDebuggerEnabled(IDebugClient5 *This)
{
	struct vmw_target *t;

	(void)This;
	if (vmw_open_kernel(0, &t))
		return S_FALSE;
	vmw_close(t);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE client_DetachProcesses(IDebugClient5 *This)
{
	dbgeng__engine_detach(CLIENT(This));
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE client_EndSession(IDebugClient5 *This, ULONG Flags)
{
	if (Flags > DEBUG_END_DISCONNECT)
		return E_INVALIDARG;
	dbgeng__engine_detach(CLIENT(This));
	return S_OK;
}

/* Every slot from the generated E_NOTIMPL stubs, then what is implemented. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
const IDebugClient5Vtbl dbgeng__client_vtbl = {
	DBGENG_STUBS_IDebugClient5,
	.QueryInterface = client_QueryInterface,
	.AddRef = client_AddRef,
	.Release = client_Release,
	.AttachKernel = client_AttachKernel,
	.AttachProcess = client_AttachProcess,
	.DetachProcesses = client_DetachProcesses,
	.EndSession = client_EndSession,
	.AttachKernelWide = client_AttachKernelWide,
	.IsKernelDebuggerEnabled = client_IsKernelDebuggerEnabled,
};
#pragma GCC diagnostic pop
