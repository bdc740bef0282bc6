// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * C client code as the dbgeng clients measured in issue 11 write it --
 * rizin's windbg plugins, Wine's tests -- built against <vmwrite/dbgeng.h>
 * alone, without CONST_VTABLE: a callback object whose vtable is filled
 * at run time, STDMETHODIMP functions, SAL annotations, the status codes
 * and constants they name, DebugCreateEx, DebugConnectWide, a client per
 * interface.  It needs no target: what it checks is that such code builds
 * and that initialisation succeeds as it expects.
 */

#include <stdlib.h>
#include <string.h>

#include <vmwrite/dbgeng.h>
#include "tap.h"

/* rizin: the callbacks' vtable is memory of the client's, set member by member. */
typedef struct {
	IDebugOutputCallbacks out;
	LONG refs;
	char last[32];
} OUTPUT_CALLBACKS;

static STDMETHODIMP_(ULONG) out_AddRef(PDEBUG_OUTPUT_CALLBACKS This)
{
	return (ULONG)InterlockedIncrement(&((OUTPUT_CALLBACKS *)This)->refs);
}

static STDMETHODIMP_(ULONG) out_Release(PDEBUG_OUTPUT_CALLBACKS This)
{
	return (ULONG)InterlockedDecrement(&((OUTPUT_CALLBACKS *)This)->refs);
}

static STDMETHODIMP out_QueryInterface(PDEBUG_OUTPUT_CALLBACKS This, _In_ REFIID InterfaceId,
				       _Out_ PVOID *Interface)
{
	if (IsEqualIID(InterfaceId, &IID_IUnknown) ||
	    IsEqualIID(InterfaceId, &IID_IDebugOutputCallbacks)) {
		*Interface = This;
		out_AddRef(This);
		return S_OK;
	}
	*Interface = NULL;
	return E_NOINTERFACE;
}

static STDMETHODIMP out_Output(PDEBUG_OUTPUT_CALLBACKS This, IN ULONG Mask, IN PCSTR Text)
{
	OUTPUT_CALLBACKS *cb = (OUTPUT_CALLBACKS *)This;

	UNREFERENCED_PARAMETER(Mask);
	strncpy(cb->last, Text, sizeof(cb->last) - 1);
	return S_OK;
}

static OUTPUT_CALLBACKS *output_callbacks_new(void)
{
	OUTPUT_CALLBACKS *cb = calloc(1, sizeof(*cb));

	if (!cb)
		return NULL;
	cb->out.lpVtbl = calloc(1, sizeof(*cb->out.lpVtbl));
	if (!cb->out.lpVtbl) {
		free(cb);
		return NULL;
	}
	cb->out.lpVtbl->QueryInterface = out_QueryInterface;
	cb->out.lpVtbl->AddRef = out_AddRef;
	cb->out.lpVtbl->Release = out_Release;
	cb->out.lpVtbl->Output = out_Output;
	cb->refs = 1;
	return cb;
}

/* Names a client uses in passing, checked by value where it has one. */
static int names_used(void)
{
	DEBUG_STACK_FRAME_EX frames[2];
	DEBUG_LAST_EVENT_INFO_EXCEPTION last;
	PDEBUG_EXTENSION_INITIALIZE init = NULL;
	PWCHAR wc = NULL;
	LPWSTR ws = NULL;
	LONG64 l64 = 0;
	DWORD64 d64 = 0;

	(void)init, (void)wc, (void)ws;
	return sizeof(frames[0]) == 136 && sizeof(last) == 160 && l64 == 0 && d64 == 0 &&
	       STILL_ACTIVE == 259 && EXCEPTION_BREAKPOINT == 0x80000003 &&
	       EXCEPTION_ACCESS_VIOLATION == 0xC0000005 && IMAGE_FILE_MACHINE_ARM == 0x01c0 &&
	       DEBUG_CREATE_PROCESS_NO_DEBUG_HEAP == 0x400 && DEBUG_DUMP_IMAGE_FILE == 1027 &&
	       (DEBUG_PROCESS | DEBUG_ONLY_THIS_PROCESS | CREATE_NEW_CONSOLE) == 0x13 &&
	       DEBUG_EXTENSION_VERSION(1, 2) == 0x10002;
}

int main(void)
{
	static const IID *const iids[] = {
		&IID_IDebugClient5, &IID_IDebugControl4, &IID_IDebugDataSpaces4,
		&IID_IDebugRegisters2, &IID_IDebugSystemObjects4, &IID_IDebugAdvanced3,
		&IID_IDebugSymbols3,
	};
	PVOID ifaces[sizeof(iids) / sizeof(iids[0])] = { NULL };
	OUTPUT_CALLBACKS *cb = output_callbacks_new();
	PDEBUG_CLIENT7 client = NULL;
	PDEBUG_CONTROL7 control = NULL;
	PVOID remote = (PVOID)1;
	ULONG cls = 9, qual = 9, i;
	bool all = true;

	tap(names_used(), "clients: the names clients use beside the interfaces, and their values");

	/* rizin's context: one DebugCreate per interface, one engine. */
	for (i = 0; i < sizeof(iids) / sizeof(iids[0]); i++)
		all &= DebugCreate(iids[i], &ifaces[i]) == S_OK && ifaces[i];
	tap(all, "clients: a DebugCreate per interface (rizin's seven)");
	for (i = 0; i < sizeof(iids) / sizeof(iids[0]); i++)
		if (ifaces[i])
			((IUnknown *)ifaces[i])->lpVtbl->Release(ifaces[i]);

	tap(DebugCreateEx(&IID_IDebugClient7, 0, (PVOID *)&client) == S_OK && client &&
	    DebugConnectWide(u"tcp:port=5005", &IID_IDebugClient, &remote) == E_NOTIMPL &&
	    !remote,
	    "clients: DebugCreateEx; DebugConnectWide is E_NOTIMPL");
	if (!client || !cb)
		return tap_exit();

	tap(IDebugClient7_QueryInterface(client, &IID_IDebugControl7, (PVOID *)&control) ==
	    S_OK && IDebugControl7_GetDebuggeeType2(control, 0, &cls, &qual) == S_OK &&
	    cls == DEBUG_CLASS_UNINITIALIZED &&
	    IDebugControl7_GetDebuggeeType2(control, 1, &cls, &qual) == E_INVALIDARG,
	    "clients: IDebugControl7's GetDebuggeeType2");
	tap(IDebugClient7_SetOutputCallbacks(client, &cb->out) == S_OK && cb->refs == 2 &&
	    IDebugControl7_Output(control, DEBUG_OUTPUT_NORMAL, "%s %d", "rizin", 7) == S_OK &&
	    !strcmp(cb->last, "rizin 7") &&
	    IDebugClient7_SetOutputCallbacks(client, NULL) == S_OK && cb->refs == 1,
	    "clients: output callbacks whose vtable was filled at run time");
	IDebugControl7_Release(control);
	IDebugClient7_Release(client);
	free(cb->out.lpVtbl);
	free(cb);
	return tap_exit();
}
