// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugControl: WaitForEvent, GetExecutionStatus and the engine options,
 * as a non-invasive session has them.  Execution control, breakpoints,
 * output, assembly and expressions return E_NOTIMPL.
 */

#include "internal.h"
#include "stubs.h"

#define CONTROL(p)	dbgeng_container_of(p, struct dbgeng_engine, control)

static HRESULT STDMETHODCALLTYPE control_QueryInterface(IDebugControl *This, REFIID iid,
							PVOID *out)
{
	return dbgeng__engine_query(CONTROL(This), iid, out);
}

static ULONG STDMETHODCALLTYPE control_AddRef(IDebugControl *This)
{
	return dbgeng__engine_addref(CONTROL(This));
}

static ULONG STDMETHODCALLTYPE control_Release(IDebugControl *This)
{
	return dbgeng__engine_release(CONTROL(This));
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
	(void)Timeout;
	if (Flags != DEBUG_WAIT_DEFAULT)
		return E_INVALIDARG;
	return dbgeng__engine_take_event(CONTROL(This));
}

static HRESULT STDMETHODCALLTYPE control_GetExecutionStatus(IDebugControl *This,
							    PULONG Status)
{
	if (!Status)
		return E_POINTER;
	/* A non-invasive session looks at a target as if it were stopped. */
	*Status = dbgeng__engine_attached(CONTROL(This)) ? DEBUG_STATUS_BREAK :
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

/* Every slot from the generated E_NOTIMPL stubs, then what is implemented. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
const IDebugControlVtbl dbgeng__control_vtbl = {
	DBGENG_STUBS_IDebugControl,
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
