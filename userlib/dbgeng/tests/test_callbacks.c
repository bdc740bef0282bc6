// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Output and event callbacks of libvmwrite-dbgeng.a, on the model: two
 * clients of the one engine, each with its own output callbacks and mask
 * (C objects written the way a C client writes them), DEBUG_OUTCTL_*
 * routing, and the events a non-invasive session has -- the session
 * becoming active at the first WaitForEvent, engine options changing, the
 * detach.
 */

#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <vmwrite/dbgeng.h>
#include "model.h"
#include "tap.h"

/* An IDebugOutputCallbacks that keeps the last text and counts calls. */
struct out {
	IDebugOutputCallbacks iface;
	ULONG refs, calls, mask;
	char text[64];
};

static HRESULT STDMETHODCALLTYPE out_QueryInterface(IDebugOutputCallbacks *This, REFIID iid,
						    PVOID *p)
{
	if (IsEqualIID(iid, &IID_IUnknown) || IsEqualIID(iid, &IID_IDebugOutputCallbacks)) {
		*p = This;
		This->lpVtbl->AddRef(This);
		return S_OK;
	}
	*p = NULL;
	return E_NOINTERFACE;
}

static ULONG STDMETHODCALLTYPE out_AddRef(IDebugOutputCallbacks *This)
{
	return ++((struct out *)This)->refs;
}

static ULONG STDMETHODCALLTYPE out_Release(IDebugOutputCallbacks *This)
{
	return --((struct out *)This)->refs;
}

static HRESULT STDMETHODCALLTYPE out_Output(IDebugOutputCallbacks *This, ULONG Mask, PCSTR Text)
{
	struct out *o = (struct out *)This;

	o->calls++;
	o->mask = Mask;
	snprintf(o->text, sizeof(o->text), "%s", Text);
	return S_OK;
}

static const IDebugOutputCallbacksVtbl out_vtbl = {
	out_QueryInterface, out_AddRef, out_Release, out_Output,
};

/* An IDebugEventCallbacks that records the session and engine events. */
struct ev {
	IDebugEventCallbacks iface;
	ULONG refs, sessions, last_session, engine_changes, last_flags;
	ULONG64 last_arg;
};

#define EV(p)	((struct ev *)(p))

static HRESULT STDMETHODCALLTYPE ev_QueryInterface(IDebugEventCallbacks *This, REFIID iid,
						   PVOID *p)
{
	(void)iid;
	*p = This;
	This->lpVtbl->AddRef(This);
	return S_OK;
}

static ULONG STDMETHODCALLTYPE ev_AddRef(IDebugEventCallbacks *This)
{
	return ++EV(This)->refs;
}

static ULONG STDMETHODCALLTYPE ev_Release(IDebugEventCallbacks *This)
{
	return --EV(This)->refs;
}

static HRESULT STDMETHODCALLTYPE ev_GetInterestMask(IDebugEventCallbacks *This, PULONG Mask)
{
	(void)This;
	*Mask = DEBUG_EVENT_SESSION_STATUS | DEBUG_EVENT_CHANGE_ENGINE_STATE;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE ev_SessionStatus(IDebugEventCallbacks *This, ULONG Status)
{
	EV(This)->sessions++;
	EV(This)->last_session = Status;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE ev_ChangeEngineState(IDebugEventCallbacks *This, ULONG Flags,
						      ULONG64 Argument)
{
	EV(This)->engine_changes++;
	EV(This)->last_flags = Flags;
	EV(This)->last_arg = Argument;
	return S_OK;
}

/* Events this session never has: a call here is a bug. */
static int unexpected;

static HRESULT STDMETHODCALLTYPE ev_ChangeSymbolState(IDebugEventCallbacks *This, ULONG Flags,
						      ULONG64 Argument)
{
	(void)This, (void)Flags, (void)Argument;
	unexpected++;	/* not in the interest mask */
	return S_OK;
}

static IDebugEventCallbacksVtbl ev_vtbl = {
	.QueryInterface = ev_QueryInterface,
	.AddRef = ev_AddRef,
	.Release = ev_Release,
	.GetInterestMask = ev_GetInterestMask,
	.SessionStatus = ev_SessionStatus,
	.ChangeEngineState = ev_ChangeEngineState,
	.ChangeSymbolState = ev_ChangeSymbolState,
};

int main(void)
{
	struct out a = { .iface.lpVtbl = &out_vtbl }, b = { .iface.lpVtbl = &out_vtbl };
	struct ev e = { .iface.lpVtbl = &ev_vtbl };
	IDebugClient5 *c1 = NULL, *c2 = NULL;
	IDebugControl *k1 = NULL;
	IDebugSymbols *sym = NULL;
	PDEBUG_OUTPUT_CALLBACKS got = NULL;
	ULONG mask = 0;

	if (DebugCreate(&IID_IDebugClient5, (PVOID *)&c1) != S_OK ||
	    DebugCreate(&IID_IDebugClient5, (PVOID *)&c2) != S_OK ||
	    IDebugClient5_QueryInterface(c1, &IID_IDebugControl, (PVOID *)&k1) ||
	    IDebugClient5_QueryInterface(c1, &IID_IDebugSymbols, (PVOID *)&sym)) {
		tap(false, "dbgeng callbacks: two clients");
		return 1;
	}
	tap(IDebugClient5_SetOutputCallbacks(c1, &a.iface) == S_OK &&
	    IDebugClient5_SetOutputCallbacks(c2, &b.iface) == S_OK && a.refs == 1 && b.refs == 1 &&
	    IDebugClient5_GetOutputCallbacks(c1, &got) == S_OK && got == &a.iface &&
	    a.refs == 2 && (got->lpVtbl->Release(got), a.refs == 1) &&
	    IDebugClient5_GetOutputMask(c1, &mask) == S_OK && (mask & DEBUG_OUTPUT_NORMAL) &&
	    !(mask & DEBUG_OUTPUT_VERBOSE),
	    "dbgeng callbacks: each client its own output callbacks, held; verbose off by default");

	tap(IDebugControl_Output(k1, DEBUG_OUTPUT_NORMAL, "x=%d %s", 5, "five") == S_OK &&
	    a.calls == 1 && b.calls == 1 && !strcmp(a.text, "x=5 five") &&
	    !strcmp(b.text, "x=5 five") && a.mask == DEBUG_OUTPUT_NORMAL,
	    "dbgeng callbacks: Output goes to every client, formatted");
	tap(IDebugControl_ControlledOutput(k1, DEBUG_OUTCTL_THIS_CLIENT, DEBUG_OUTPUT_ERROR,
					   "mine") == S_OK && a.calls == 2 && b.calls == 1 &&
	    IDebugControl_ControlledOutput(k1, DEBUG_OUTCTL_ALL_OTHER_CLIENTS,
					   DEBUG_OUTPUT_WARNING, "theirs") == S_OK &&
	    a.calls == 2 && b.calls == 2 && !strcmp(b.text, "theirs") &&
	    IDebugControl_ControlledOutput(k1, DEBUG_OUTCTL_IGNORE, DEBUG_OUTPUT_NORMAL,
					   "nobody") == S_OK && a.calls == 2 && b.calls == 2,
	    "dbgeng callbacks: this client, all the others, nobody");
	tap(IDebugControl_Output(k1, DEBUG_OUTPUT_VERBOSE, "quiet") == S_OK && a.calls == 2 &&
	    IDebugControl_ControlledOutput(k1, DEBUG_OUTCTL_THIS_CLIENT |
					   DEBUG_OUTCTL_OVERRIDE_MASK, DEBUG_OUTPUT_VERBOSE,
					   "loud") == S_OK && a.calls == 3 &&
	    IDebugClient5_SetOtherOutputMask(c1, (PDEBUG_CLIENT)c2, DEBUG_OUTPUT_VERBOSE) ==
	    S_OK && IDebugControl_Output(k1, DEBUG_OUTPUT_VERBOSE, "v") == S_OK &&
	    b.calls == 3 && a.calls == 3 &&
	    IDebugControl_ControlledOutput(k1, 0x40, DEBUG_OUTPUT_NORMAL, "bad") == E_INVALIDARG,
	    "dbgeng callbacks: the output mask filters, OVERRIDE_MASK passes, another's mask");

	tap(IDebugClient5_SetEventCallbacks(c2, &e.iface) == S_OK && e.refs == 1 &&
	    IDebugClient5_AttachProcess(c1, 0, (ULONG)getpid(), DEBUG_ATTACH_NONINVASIVE) ==
	    S_OK && e.sessions == 0 &&
	    IDebugControl_WaitForEvent(k1, DEBUG_WAIT_DEFAULT, 0) == S_OK && e.sessions == 1 &&
	    e.last_session == DEBUG_SESSION_ACTIVE &&
	    e.last_flags == DEBUG_CES_EXECUTION_STATUS && e.last_arg == DEBUG_STATUS_BREAK,
	    "dbgeng callbacks: the session becomes active at the first wait, for every client");
	tap(IDebugControl_AddEngineOptions(k1, DEBUG_ENGOPT_INITIAL_BREAK) == S_OK &&
	    e.last_flags == DEBUG_CES_ENGINE_OPTIONS &&
	    (e.last_arg & DEBUG_ENGOPT_INITIAL_BREAK) &&
	    IDebugSymbols_Reload(sym, "") == S_OK && unexpected == 0,
	    "dbgeng callbacks: engine options changed; no event outside the interest mask");
	tap(IDebugClient5_DetachProcesses(c1) == S_OK && e.sessions == 2 &&
	    e.last_session == DEBUG_SESSION_END_SESSION_ACTIVE_DETACH &&
	    e.last_arg == DEBUG_STATUS_NO_DEBUGGEE,
	    "dbgeng callbacks: the detach ends the session, for every client");

	tap(IDebugClient5_SetOutputCallbacks(c1, NULL) == S_OK && a.refs == 0 &&
	    IDebugControl_Output(k1, DEBUG_OUTPUT_NORMAL, "gone") == S_OK && a.calls == 3,
	    "dbgeng callbacks: removed callbacks are released and called no more");
	IDebugSymbols_Release(sym);
	IDebugControl_Release(k1);
	IDebugClient5_Release(c1);
	IDebugClient5_Release(c2);
	tap(b.refs == 0 && e.refs == 0, "dbgeng callbacks: the last release lets go of them");
	return tap_exit();
}
