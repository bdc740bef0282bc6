// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite/dbgeng.h from C: the LP64 sizes of the Windows types, the
 * HRESULT macros, the structure layouts, the IIDs, and every method of
 * IDebugDataSpaces4 called through its IDebugDataSpaces4_Xxx macro and
 * landing in the right vtable slot.  Links only the IIDs (guids.c).
 */

#include <stddef.h>
#include <vmwrite/dbgeng.h>

#include "tap.h"

_Static_assert(sizeof(ULONG) == 4 && sizeof(LONG) == 4, "ULONG and LONG are 32 bits");
_Static_assert(sizeof(DWORD) == 4 && sizeof(BOOL) == 4, "DWORD and BOOL are 32 bits");
_Static_assert(sizeof(HRESULT) == 4, "HRESULT is 32 bits");
_Static_assert(sizeof(ULONG64) == 8 && sizeof(LONG64) == 8, "ULONG64 is 64 bits");
_Static_assert(sizeof(ULONG_PTR) == sizeof(void *), "ULONG_PTR holds a pointer");
_Static_assert(sizeof(WCHAR) == 2, "WCHAR is 16 bits");
_Static_assert(sizeof(GUID) == 16, "GUID is 16 bytes");
_Static_assert(offsetof(GUID, Data2) == 4 && offsetof(GUID, Data3) == 6 &&
	       offsetof(GUID, Data4) == 8, "GUID layout");
_Static_assert(sizeof(MEMORY_BASIC_INFORMATION64) == 48, "MEMORY_BASIC_INFORMATION64 size");
_Static_assert(_Alignof(MEMORY_BASIC_INFORMATION64) == 16, "MEMORY_BASIC_INFORMATION64 alignment");
_Static_assert(offsetof(MEMORY_BASIC_INFORMATION64, RegionSize) == 24 &&
	       offsetof(MEMORY_BASIC_INFORMATION64, State) == 32 &&
	       offsetof(MEMORY_BASIC_INFORMATION64, Type) == 40, "MEMORY_BASIC_INFORMATION64 layout");
_Static_assert(FAILED(E_FAIL) && SUCCEEDED(S_FALSE) && SUCCEEDED(S_OK), "SUCCEEDED/FAILED");
_Static_assert(HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED) == (HRESULT)0x80070005,
	       "HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED)");
_Static_assert(HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED) == E_ACCESSDENIED, "E_ACCESSDENIED");
_Static_assert(HRESULT_FROM_WIN32(ERROR_SUCCESS) == S_OK, "HRESULT_FROM_WIN32(0)");
_Static_assert(sizeof(DEBUG_VALUE) == 32 && sizeof(DEBUG_STACK_FRAME) == 128, "DEBUG_* sizes");
/* IDebugDataSpaces4 adds its ten methods after IDebugDataSpaces3's 34 (slots 34-43). */
_Static_assert(offsetof(IDebugDataSpaces4Vtbl, GetOffsetInformation) == 34 * sizeof(void *) &&
	       offsetof(IDebugDataSpaces4Vtbl, WritePhysical2) == 43 * sizeof(void *) &&
	       sizeof(IDebugDataSpaces4Vtbl) == 44 * sizeof(void *), "IDebugDataSpaces4 slots");
_Static_assert(sizeof(IDebugClient5Vtbl) == 95 * sizeof(void *), "IDebugClient5 slots");

/* fake_IDebugDataSpaces4_vtbl, whose slot N returns N, from dbgeng/dbgeng.idl. */
#include "dbgeng_fakes.h"

static bool guid_is(const GUID *g, uint32_t d1, uint16_t d2, uint16_t d3, const char *d4)
{
	return g->Data1 == d1 && g->Data2 == d2 && g->Data3 == d3 && memcmp(g->Data4, d4, 8) == 0;
}

/* An output callback as a C client writes one: its own vtable. */
struct output {
	IDebugOutputCallbacks iface;
	ULONG mask;
	char text[16];
};

static HRESULT STDMETHODCALLTYPE output_QueryInterface(IDebugOutputCallbacks *This, REFIID iid,
						       PVOID *out)
{
	*out = IsEqualIID(iid, &IID_IUnknown) || IsEqualIID(iid, &IID_IDebugOutputCallbacks) ?
	       This : NULL;
	return *out ? S_OK : E_NOINTERFACE;
}

static ULONG STDMETHODCALLTYPE output_AddRef(IDebugOutputCallbacks *This)
{
	(void)This;
	return 1;
}

static HRESULT STDMETHODCALLTYPE output_Output(IDebugOutputCallbacks *This, ULONG Mask,
					       PCSTR Text)
{
	struct output *o = (struct output *)This;

	o->mask = Mask;
	snprintf(o->text, sizeof(o->text), "%s", Text);
	return S_OK;
}

static const IDebugOutputCallbacksVtbl output_vtbl = {
	.QueryInterface = output_QueryInterface,
	.AddRef = output_AddRef,
	.Release = output_AddRef,
	.Output = output_Output,
};

int main(void)
{
	struct output out = { { &output_vtbl }, 0, "" };
	PDEBUG_OUTPUT_CALLBACKS cb = &out.iface;
	PDEBUG_EVENT_CALLBACKS events = NULL;
	DEBUG_MODULE_PARAMETERS mod = { .Base = DEBUG_INVALID_OFFSET };
	EXCEPTION_RECORD64 rec = { .NumberParameters = EXCEPTION_MAXIMUM_PARAMETERS };
	IDebugDataSpaces4 object = { &fake_IDebugDataSpaces4_vtbl };
	IDebugDataSpaces4 *ds = &object;

	tap(sizeof(ULONG) == 4 && sizeof(LONG) == 4 && sizeof(HRESULT) == 4 && sizeof(WCHAR) == 2,
	    "dbgeng: ULONG, LONG, HRESULT are 32 bits and WCHAR 16 on LP64");
	tap(sizeof(MEMORY_BASIC_INFORMATION64) == 48 &&
	    _Alignof(MEMORY_BASIC_INFORMATION64) == 16 && sizeof(GUID) == 16,
	    "dbgeng: MEMORY_BASIC_INFORMATION64 is 48 bytes, 16-aligned; GUID 16 bytes");
	tap(FAILED(E_FAIL) && FAILED(E_NOTIMPL) && SUCCEEDED(S_FALSE) && !FAILED(S_OK) &&
	    HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED) == (HRESULT)0x80070005 &&
	    HRESULT_FROM_WIN32(ERROR_PARTIAL_COPY) == (HRESULT)0x8007012B &&
	    HRESULT_FROM_WIN32(ERROR_WRITE_FAULT) == (HRESULT)0x8007001D &&
	    HRESULT_FROM_NT(0xC0000005) == (HRESULT)0xD0000005,
	    "dbgeng: SUCCEEDED, FAILED, HRESULT_FROM_WIN32, HRESULT_FROM_NT");
	tap(guid_is(&IID_IDebugClient5, 0xe3acb9d7, 0x7ec2, 0x4f0c,
		    "\xa0\xda\xe8\x1e\x0c\xbb\xe6\x28") &&
	    guid_is(&IID_IDebugDataSpaces4, 0xd98ada1f, 0x29e9, 0x4ef5,
		    "\xa6\xc0\xe5\x33\x49\x88\x32\x12") &&
	    guid_is(&IID_IUnknown, 0, 0, 0, "\xc0\0\0\0\0\0\0\x46"),
	    "dbgeng: IID_IDebugClient5, IID_IDebugDataSpaces4, IID_IUnknown (not in mingw)");
	tap(IsEqualIID(&IID_IDebugDataSpaces4, &IID_IDebugDataSpaces4) &&
	    !IsEqualIID(&IID_IDebugDataSpaces4, &IID_IDebugDataSpaces3),
	    "dbgeng: IsEqualIID");

	tap(IDebugOutputCallbacks_Output(cb, DEBUG_OUTPUT_NORMAL, "hello") == S_OK &&
	    out.mask == DEBUG_OUTPUT_NORMAL && !strcmp(out.text, "hello") &&
	    sizeof(IDebugEventCallbacksVtbl) == 17 * sizeof(void *) &&
	    offsetof(IDebugEventCallbacksVtbl, ChangeSymbolState) == 16 * sizeof(void *) &&
	    sizeof(IDebugInputCallbacksVtbl) == 5 * sizeof(void *) && !events,
	    "dbgeng: C: the callback interfaces have bodies; a client implements one");
	tap(sizeof(DEBUG_MODULE_PARAMETERS) == 64 && mod.Base == ~0ULL &&
	    sizeof(EXCEPTION_RECORD64) == 152 && rec.NumberParameters == 15 &&
	    DEBUG_MODNAME_MODULE == 1 && DEBUG_EVENT_LOAD_MODULE == 0x40,
	    "dbgeng: DEBUG_MODULE_PARAMETERS, EXCEPTION_RECORD64, DEBUG_MODNAME_*, DEBUG_EVENT_*");

	tap(sizeof(IMAGE_DOS_HEADER) == 64 && offsetof(IMAGE_DOS_HEADER, e_lfanew) == 60 &&
	    sizeof(IMAGE_NT_HEADERS64) == 264 && sizeof(IMAGE_NT_HEADERS32) == 248 &&
	    offsetof(IMAGE_NT_HEADERS64, OptionalHeader.DataDirectory) == 24 + 112 &&
	    offsetof(IMAGE_NT_HEADERS32, OptionalHeader.DataDirectory) == 24 + 96 &&
	    sizeof(IMAGE_SECTION_HEADER) == 40 && IMAGE_DOS_SIGNATURE == 0x5A4D &&
	    IMAGE_NT_SIGNATURE == 0x4550 && IMAGE_FILE_MACHINE_AMD64 == 0x8664 &&
	    TRUE == 1 && MAX_PATH == 260 && HRESULT_CODE(E_NOTIMPL) == 0x4001,
	    "dbgeng: the PE image structures and Windows names of <vmwrite/wintypes.h>");

	tap(fake_IDebugDataSpaces4_call_every_macro(ds),
	    "dbgeng: C: each of IDebugDataSpaces4's 44 macros calls its own vtable slot");
	return tap_failed ? 1 : 0;
}
