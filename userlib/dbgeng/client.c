// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugClient..5: attaching to a local process (non-invasive: the target
 * never stops) or the local kernel, detaching and ending the session; each
 * client's own output and event callbacks and output mask.  Remote
 * servers, dumps and process creation return E_NOTIMPL: this layer reads
 * and writes memory, it does not debug.
 */

#include "internal.h"
#include "stubs.h"

/* The client object of an interface pointer, and the engine behind it. */
#define OBJ(p)		dbgeng_container_of(p, struct dbgeng_client, client)
#define CLIENT(p)	(OBJ(p)->engine)

static HRESULT STDMETHODCALLTYPE client_QueryInterface(IDebugClient7 *This, REFIID iid,
						       PVOID *out)
{
	return dbgeng__client_query(OBJ(This), iid, out);
}

static ULONG STDMETHODCALLTYPE client_AddRef(IDebugClient7 *This)
{
	return dbgeng__client_addref(OBJ(This));
}

static ULONG STDMETHODCALLTYPE client_Release(IDebugClient7 *This)
{
	return dbgeng__client_release(OBJ(This));
}

static HRESULT STDMETHODCALLTYPE client_AttachProcess(IDebugClient7 *This, ULONG64 Server,
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
static HRESULT attach_kernel(IDebugClient7 *This, ULONG Flags)
{
	if (Flags != DEBUG_ATTACH_LOCAL_KERNEL)
		return E_NOTIMPL;
	return dbgeng__engine_attach(CLIENT(This), 0, true);
}

static HRESULT STDMETHODCALLTYPE client_AttachKernel(IDebugClient7 *This, ULONG Flags,
						     PCSTR ConnectOptions)
{
	(void)ConnectOptions;
	return attach_kernel(This, Flags);
}

static HRESULT STDMETHODCALLTYPE client_AttachKernelWide(IDebugClient7 *This, ULONG Flags,
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
static HRESULT STDMETHODCALLTYPE client_IsKernelDebuggerEnabled(IDebugClient7 *This)
{
	struct vmw_target *t;

	(void)This;
	if (vmw_open_kernel(0, &t))
		return S_FALSE;
	vmw_close(t);
	return S_OK;
}

/* Detach, and tell the clients that the session ended if there was one. */
static void detach(IDebugClient7 *This)
{
	struct dbgeng_engine *e = CLIENT(This);
	bool was = dbgeng__engine_attached(e);

	dbgeng__engine_detach(e);
	if (!was)
		return;
	dbgeng__event_engine_state(e, DEBUG_CES_EXECUTION_STATUS, DEBUG_STATUS_NO_DEBUGGEE);
	dbgeng__event_session_status(e, DEBUG_SESSION_END_SESSION_ACTIVE_DETACH);
}

static HRESULT STDMETHODCALLTYPE client_DetachProcesses(IDebugClient7 *This)
{
	detach(This);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE client_EndSession(IDebugClient7 *This, ULONG Flags)
{
	if (Flags > DEBUG_END_DISCONNECT)
		return E_INVALIDARG;
	detach(This);
	return S_OK;
}

/* ---- callbacks: each client its own (callbacks.c) ----------------------- */

#define CB(p)		(&OBJ(p)->cb)

static HRESULT STDMETHODCALLTYPE client_GetOutputCallbacks(IDebugClient7 *This,
							   PDEBUG_OUTPUT_CALLBACKS *Callbacks)
{
	return dbgeng__callback_get(CB(This), (void **)&CB(This)->output, (void **)Callbacks);
}

static HRESULT STDMETHODCALLTYPE client_SetOutputCallbacks(IDebugClient7 *This,
							   PDEBUG_OUTPUT_CALLBACKS Callbacks)
{
	return dbgeng__callback_set(CB(This), (void **)&CB(This)->output, (void **)&CB(This)->output_wide,
			    Callbacks);
}

static HRESULT STDMETHODCALLTYPE client_GetOutputCallbacksWide(
	IDebugClient7 *This, PDEBUG_OUTPUT_CALLBACKS_WIDE *Callbacks)
{
	return dbgeng__callback_get(CB(This), (void **)&CB(This)->output_wide, (void **)Callbacks);
}

static HRESULT STDMETHODCALLTYPE client_SetOutputCallbacksWide(
	IDebugClient7 *This, PDEBUG_OUTPUT_CALLBACKS_WIDE Callbacks)
{
	return dbgeng__callback_set(CB(This), (void **)&CB(This)->output_wide, (void **)&CB(This)->output,
			    Callbacks);
}

static HRESULT STDMETHODCALLTYPE client_GetInputCallbacks(IDebugClient7 *This,
							  PDEBUG_INPUT_CALLBACKS *Callbacks)
{
	return dbgeng__callback_get(CB(This), (void **)&CB(This)->input, (void **)Callbacks);
}

/* Kept, never called: nothing here asks for input. */
static HRESULT STDMETHODCALLTYPE client_SetInputCallbacks(IDebugClient7 *This,
							  PDEBUG_INPUT_CALLBACKS Callbacks)
{
	return dbgeng__callback_set(CB(This), (void **)&CB(This)->input, NULL, Callbacks);
}

/* The events a client wants, asked once as it registers, as dbgeng does. */
static HRESULT set_events(IDebugClient7 *This, void *obj, bool wide)
{
	struct dbgeng_callbacks *cb = CB(This);
	ULONG interest = 0;
	HRESULT hr = S_OK;

	if (obj && !wide)
		hr = IDebugEventCallbacks_GetInterestMask((IDebugEventCallbacks *)obj, &interest);
	else if (obj)
		hr = IDebugEventCallbacksWide_GetInterestMask((IDebugEventCallbacksWide *)obj,
							      &interest);
	if (FAILED(hr))
		return hr;
	if (wide)
		return dbgeng__callback_set_events(cb, (void **)&cb->events_wide,
						   (void **)&cb->events, obj, interest);
	return dbgeng__callback_set_events(cb, (void **)&cb->events, (void **)&cb->events_wide,
					   obj, interest);
}

static HRESULT STDMETHODCALLTYPE client_GetEventCallbacks(IDebugClient7 *This,
							  PDEBUG_EVENT_CALLBACKS *Callbacks)
{
	return dbgeng__callback_get(CB(This), (void **)&CB(This)->events, (void **)Callbacks);
}

static HRESULT STDMETHODCALLTYPE client_SetEventCallbacks(IDebugClient7 *This,
							  PDEBUG_EVENT_CALLBACKS Callbacks)
{
	return set_events(This, Callbacks, false);
}

static HRESULT STDMETHODCALLTYPE client_GetEventCallbacksWide(
	IDebugClient7 *This, PDEBUG_EVENT_CALLBACKS_WIDE *Callbacks)
{
	return dbgeng__callback_get(CB(This), (void **)&CB(This)->events_wide, (void **)Callbacks);
}

static HRESULT STDMETHODCALLTYPE client_SetEventCallbacksWide(
	IDebugClient7 *This, PDEBUG_EVENT_CALLBACKS_WIDE Callbacks)
{
	return set_events(This, Callbacks, true);
}

static HRESULT get_mask(struct dbgeng_callbacks *cb, PULONG Mask)
{
	if (!Mask)
		return E_POINTER;
	pthread_mutex_lock(&cb->lock);
	*Mask = cb->output_mask;
	pthread_mutex_unlock(&cb->lock);
	return S_OK;
}

static HRESULT set_mask(struct dbgeng_callbacks *cb, ULONG Mask)
{
	pthread_mutex_lock(&cb->lock);
	cb->output_mask = Mask;
	pthread_mutex_unlock(&cb->lock);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE client_GetOutputMask(IDebugClient7 *This, PULONG Mask)
{
	return get_mask(CB(This), Mask);
}

static HRESULT STDMETHODCALLTYPE client_SetOutputMask(IDebugClient7 *This, ULONG Mask)
{
	return set_mask(CB(This), Mask);
}

/* @Client is a client of this library's: every IDebugClient here is one. */
static HRESULT STDMETHODCALLTYPE client_GetOtherOutputMask(IDebugClient7 *This,
							   PDEBUG_CLIENT Client, PULONG Mask)
{
	(void)This;
	if (!Client)
		return E_INVALIDARG;
	return get_mask(CB((IDebugClient7 *)Client), Mask);
}

static HRESULT STDMETHODCALLTYPE client_SetOtherOutputMask(IDebugClient7 *This,
							   PDEBUG_CLIENT Client, ULONG Mask)
{
	(void)This;
	if (!Client)
		return E_INVALIDARG;
	return set_mask(CB((IDebugClient7 *)Client), Mask);
}

/* Output is delivered as it is made: nothing waits to be flushed. */
static HRESULT STDMETHODCALLTYPE client_FlushCallbacks(IDebugClient7 *This)
{
	(void)This;
	return S_OK;
}

/* Every slot from the generated E_NOTIMPL stubs, then what is implemented. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
const IDebugClient7Vtbl dbgeng__client_vtbl = {
	DBGENG_STUBS_IDebugClient7,
	.QueryInterface = client_QueryInterface,
	.AddRef = client_AddRef,
	.Release = client_Release,
	.AttachKernel = client_AttachKernel,
	.AttachProcess = client_AttachProcess,
	.DetachProcesses = client_DetachProcesses,
	.EndSession = client_EndSession,
	.AttachKernelWide = client_AttachKernelWide,
	.IsKernelDebuggerEnabled = client_IsKernelDebuggerEnabled,
	.GetInputCallbacks = client_GetInputCallbacks,
	.SetInputCallbacks = client_SetInputCallbacks,
	.GetOutputCallbacks = client_GetOutputCallbacks,
	.SetOutputCallbacks = client_SetOutputCallbacks,
	.GetOutputCallbacksWide = client_GetOutputCallbacksWide,
	.SetOutputCallbacksWide = client_SetOutputCallbacksWide,
	.GetEventCallbacks = client_GetEventCallbacks,
	.SetEventCallbacks = client_SetEventCallbacks,
	.GetEventCallbacksWide = client_GetEventCallbacksWide,
	.SetEventCallbacksWide = client_SetEventCallbacksWide,
	.GetOutputMask = client_GetOutputMask,
	.SetOutputMask = client_SetOutputMask,
	.GetOtherOutputMask = client_GetOtherOutputMask,
	.SetOtherOutputMask = client_SetOtherOutputMask,
	.FlushCallbacks = client_FlushCallbacks,
};
#pragma GCC diagnostic pop
