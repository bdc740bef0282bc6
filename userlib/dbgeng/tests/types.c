// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite/dbgeng.h from C: the LP64 sizes of the Windows types, the
 * HRESULT macros, the structure layouts, the IIDs, the vtable sizes of
 * every interface, the call macros of the newer ones (compiled only), and
 * every method of IDebugDataSpaces4 called through its
 * IDebugDataSpaces4_Xxx macro and landing in the right vtable slot.  Links
 * only the IIDs (guids.c).
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

/*
 * The SDK's layouts (offsets as MinGW's and Wine's headers have them too;
 * tests/order.sh compares those mechanically).
 */
_Static_assert(offsetof(DEBUG_VALUE, I64) == 0 && offsetof(DEBUG_VALUE, Nat) == 8 &&
	       offsetof(DEBUG_VALUE, RawBytes) == 0 && offsetof(DEBUG_VALUE, TailOfRawBytes) == 24 &&
	       offsetof(DEBUG_VALUE, Type) == 28, "DEBUG_VALUE layout");
_Static_assert(sizeof(DEBUG_REGISTER_DESCRIPTION) == 32 &&
	       offsetof(DEBUG_REGISTER_DESCRIPTION, SubregMask) == 16 &&
	       offsetof(DEBUG_REGISTER_DESCRIPTION, SubregShift) == 24, "DEBUG_REGISTER_DESCRIPTION");
_Static_assert(sizeof(DEBUG_SYMBOL_PARAMETERS) == 32 &&
	       offsetof(DEBUG_SYMBOL_PARAMETERS, Flags) == 20 &&
	       offsetof(DEBUG_SYMBOL_PARAMETERS, Reserved) == 24, "DEBUG_SYMBOL_PARAMETERS");
_Static_assert(sizeof(DEBUG_MODULE_AND_ID) == 16 && sizeof(DEBUG_OFFSET_REGION) == 16,
	       "DEBUG_MODULE_AND_ID, DEBUG_OFFSET_REGION");
_Static_assert(sizeof(DEBUG_SYMBOL_ENTRY) == 64 && offsetof(DEBUG_SYMBOL_ENTRY, Size) == 32 &&
	       offsetof(DEBUG_SYMBOL_ENTRY, Tag) == 52 && offsetof(DEBUG_SYMBOL_ENTRY, Reserved) == 60,
	       "DEBUG_SYMBOL_ENTRY");
_Static_assert(sizeof(DEBUG_SYMBOL_SOURCE_ENTRY) == 64 &&
	       offsetof(DEBUG_SYMBOL_SOURCE_ENTRY, Size) == 32 &&
	       offsetof(DEBUG_SYMBOL_SOURCE_ENTRY, StartLine) == 44 &&
	       offsetof(DEBUG_SYMBOL_SOURCE_ENTRY, Reserved) == 60, "DEBUG_SYMBOL_SOURCE_ENTRY");
_Static_assert(sizeof(DEBUG_THREAD_BASIC_INFORMATION) == 64 &&
	       offsetof(DEBUG_THREAD_BASIC_INFORMATION, CreateTime) == 16 &&
	       offsetof(DEBUG_THREAD_BASIC_INFORMATION, Affinity) == 56,
	       "DEBUG_THREAD_BASIC_INFORMATION");
_Static_assert(sizeof(DEBUG_SPECIFIC_FILTER_PARAMETERS) == 20 &&
	       sizeof(DEBUG_EXCEPTION_FILTER_PARAMETERS) == 24 &&
	       offsetof(DEBUG_BREAKPOINT_PARAMETERS, OffsetExpressionSize) == 48,
	       "the filter and breakpoint parameters");

/* Every interface's vtable: its parent's slots, then its own. */
#define SLOTS(iface, n)	_Static_assert(sizeof(iface##Vtbl) == (n) * sizeof(void *), #iface " slots")
SLOTS(IDebugClient6, 96);
SLOTS(IDebugClient7, 97);
SLOTS(IDebugControl2, 103);
SLOTS(IDebugControl3, 116);
SLOTS(IDebugControl4, 169);
SLOTS(IDebugSymbols, 52);
SLOTS(IDebugSymbols2, 60);
SLOTS(IDebugSymbols3, 126);
SLOTS(IDebugSystemObjects, 32);
SLOTS(IDebugSystemObjects2, 37);
SLOTS(IDebugSystemObjects3, 46);
SLOTS(IDebugSystemObjects4, 48);
SLOTS(IDebugAdvanced, 5);
SLOTS(IDebugAdvanced2, 10);
SLOTS(IDebugAdvanced3, 13);
SLOTS(IDebugRegisters, 14);
SLOTS(IDebugRegisters2, 29);
SLOTS(IDebugSymbolGroup, 13);
SLOTS(IDebugSymbolGroup2, 26);
SLOTS(IDebugBreakpoint, 24);
SLOTS(IDebugBreakpoint2, 28);
SLOTS(IDebugEventCallbacksWide, 17);
#undef SLOTS
_Static_assert(offsetof(IDebugRegisters2Vtbl, GetDescriptionWide) == 14 * sizeof(void *) &&
	       offsetof(IDebugSystemObjects4Vtbl, GetCurrentProcessExecutableNameWide) ==
	       46 * sizeof(void *), "the SDK-only interfaces start after their parents");

/*
 * The call macros of the newer interfaces, with the SDK's argument types
 * (PCWSTR is char16_t here): only compiled, sizeof never evaluates them,
 * so these pointers need no definition.
 */
extern PDEBUG_CLIENT7 vmw_client7;
extern PDEBUG_CONTROL4 vmw_control4;
extern PDEBUG_SYMBOLS3 vmw_symbols3;
extern PDEBUG_SYSTEM_OBJECTS4 vmw_sysobj4;
extern PDEBUG_ADVANCED3 vmw_advanced3;
extern PDEBUG_REGISTERS2 vmw_registers2;
extern PDEBUG_SYMBOL_GROUP2 vmw_group2;
extern PDEBUG_BREAKPOINT2 vmw_bp2;
extern PDEBUG_EVENT_CONTEXT_CALLBACKS vmw_context_callbacks;
extern DEBUG_VALUE vmw_value;
extern DEBUG_MODULE_AND_ID vmw_id;
extern DEBUG_SYMBOL_ENTRY vmw_entry;
extern DEBUG_SYMBOL_SOURCE_ENTRY vmw_source;
extern DEBUG_OFFSET_REGION vmw_region;
extern DEBUG_REGISTER_DESCRIPTION vmw_desc;
extern DEBUG_SYMBOL_PARAMETERS vmw_params;
extern DEBUG_BREAKPOINT_PARAMETERS vmw_bp_params;
extern DEBUG_STACK_FRAME vmw_frame;
extern ULONG vmw_ulong;
extern ULONG64 vmw_ulong64;
extern WCHAR vmw_wbuf[16];
extern CHAR vmw_buf[16];

#define HR(call)	_Static_assert(sizeof(call) == sizeof(HRESULT), #call)
HR(IDebugClient7_SetClientContext(vmw_client7, NULL, 0));
HR(IDebugClient7_SetEventContextCallbacks(vmw_client7, vmw_context_callbacks));
HR(IDebugClient7_AttachKernel(vmw_client7, DEBUG_ATTACH_LOCAL_KERNEL, NULL));
HR(IDebugControl4_OutputWide(vmw_control4, DEBUG_OUTPUT_NORMAL, u"%s %d\n", u"x", 1));
HR(IDebugControl4_ControlledOutputWide(vmw_control4, DEBUG_OUTCTL_ALL_CLIENTS,
				       DEBUG_OUTPUT_WARNING, u"w"));
HR(IDebugControl4_EvaluateWide(vmw_control4, u"1+1", DEBUG_VALUE_INT64, &vmw_value, &vmw_ulong));
HR(IDebugControl4_AddBreakpoint2(vmw_control4, DEBUG_BREAKPOINT_CODE, DEBUG_ANY_ID, &vmw_bp2));
HR(IDebugControl4_GetContextStackTrace(vmw_control4, NULL, 0, &vmw_frame, 1, NULL, 0, 0,
				       &vmw_ulong));
HR(IDebugControl4_OpenLogFile2(vmw_control4, "log", DEBUG_LOG_APPEND | DEBUG_LOG_UNICODE));
HR(IDebugControl4_SetExpressionSyntax(vmw_control4, DEBUG_EXPR_CPLUSPLUS));
HR(IDebugControl4_SetAssemblyOptions(vmw_control4, DEBUG_ASMOPT_NO_CODE_BYTES));
HR(IDebugControl4_SetNextEventIndex(vmw_control4, DEBUG_EINDEX_FROM_CURRENT, 1, &vmw_ulong));
HR(IDebugControl4_GetTextReplacement(vmw_control4, "a", 0, vmw_buf, 16, NULL, vmw_buf, 16, NULL));
HR(IDebugSymbols3_GetNameByOffsetWide(vmw_symbols3, 0, vmw_wbuf, 16, &vmw_ulong, &vmw_ulong64));
HR(IDebugSymbols3_GetModuleByModuleName2(vmw_symbols3, "m", 0, DEBUG_GETMOD_NO_UNLOADED_MODULES,
					 &vmw_ulong, &vmw_ulong64));
HR(IDebugSymbols3_GetSymbolEntriesByOffset(vmw_symbols3, 0, 0, &vmw_id, &vmw_ulong64, 1,
					   &vmw_ulong));
HR(IDebugSymbols3_GetSymbolEntryInformation(vmw_symbols3, &vmw_id, &vmw_entry));
HR(IDebugSymbols3_GetSymbolEntryOffsetRegions(vmw_symbols3, &vmw_id, 0, &vmw_region, 1,
					      &vmw_ulong));
HR(IDebugSymbols3_GetSourceEntriesByLineWide(vmw_symbols3, 1, u"a.c", DEBUG_GSEL_ALLOW_HIGHER,
					     &vmw_source, 1, &vmw_ulong));
HR(IDebugSymbols3_OutputTypedDataVirtual(vmw_symbols3, DEBUG_OUTCTL_THIS_CLIENT, 0, 0, 0,
					 DEBUG_OUTTYPE_RECURSION_LEVEL(2)));
HR(IDebugSymbols3_SetTypeOptions(vmw_symbols3, DEBUG_TYPEOPTS_LONGSTATUS_DISPLAY));
HR(IDebugSymbols3_GetScopeSymbolGroup2(vmw_symbols3, DEBUG_SCOPE_GROUP_ALL, NULL, &vmw_group2));
HR(IDebugSystemObjects4_GetCurrentProcessExecutableNameWide(vmw_sysobj4, vmw_wbuf, 16, NULL));
HR(IDebugSystemObjects4_GetTotalNumberThreadsAndProcesses(vmw_sysobj4, NULL, NULL, NULL, NULL,
							   NULL));
HR(IDebugAdvanced3_GetSystemObjectInformation(vmw_advanced3,
					      DEBUG_SYSOBJINFO_THREAD_BASIC_INFORMATION, 0, 0,
					      NULL, 0, NULL));
HR(IDebugAdvanced3_GetSourceFileInformationWide(vmw_advanced3, DEBUG_SRCFILE_SYMBOL_TOKEN,
						vmw_wbuf, 0, 0, NULL, 0, NULL));
HR(IDebugRegisters2_GetDescription(vmw_registers2, 0, vmw_buf, 16, NULL, &vmw_desc));
HR(IDebugRegisters2_GetValues2(vmw_registers2, DEBUG_REGSRC_FRAME, 1, NULL, 0, &vmw_value));
HR(IDebugRegisters2_OutputRegisters2(vmw_registers2, DEBUG_OUTCTL_THIS_CLIENT,
				     DEBUG_REGSRC_DEBUGGEE, DEBUG_REGISTERS_ALL));
HR(IDebugSymbolGroup2_GetSymbolParameters(vmw_group2, 0, 1, &vmw_params));
HR(IDebugSymbolGroup2_ExpandSymbol(vmw_group2, 0, TRUE));
HR(IDebugSymbolGroup2_GetSymbolEntryInformation(vmw_group2, 0, &vmw_entry));
HR(IDebugBreakpoint2_GetParameters(vmw_bp2, &vmw_bp_params));
HR(IDebugBreakpoint2_SetCommandWide(vmw_bp2, u"g"));
/* A parameter named like its method would break these two. */
extern PDEBUG_EVENT_CALLBACKS vmw_events;
extern PEXCEPTION_RECORD64 vmw_record;
HR(IDebugEventCallbacks_Exception(vmw_events, vmw_record, TRUE));
HR(IDebugAdvanced2_Request((PDEBUG_ADVANCED2)vmw_advanced3, DEBUG_REQUEST_TARGET_CAN_DETACH,
			   NULL, 0, NULL, 0, NULL));
#undef HR

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

/* A Wide event callback in C: only the events its mask asks for. */
struct events {
	IDebugEventCallbacksWide iface;
	ULONG64 base;
	WCHAR module[8];
};

static HRESULT STDMETHODCALLTYPE events_QueryInterface(IDebugEventCallbacksWide *This,
						       REFIID iid, PVOID *out)
{
	*out = IsEqualIID(iid, &IID_IUnknown) || IsEqualIID(iid, &IID_IDebugEventCallbacksWide) ?
	       This : NULL;
	return *out ? S_OK : E_NOINTERFACE;
}

static ULONG STDMETHODCALLTYPE events_AddRef(IDebugEventCallbacksWide *This)
{
	(void)This;
	return 1;
}

static HRESULT STDMETHODCALLTYPE events_GetInterestMask(IDebugEventCallbacksWide *This,
							PULONG Mask)
{
	(void)This;
	*Mask = DEBUG_EVENT_LOAD_MODULE | DEBUG_EVENT_CHANGE_ENGINE_STATE;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE events_LoadModule(IDebugEventCallbacksWide *This,
						   ULONG64 ImageFileHandle, ULONG64 BaseOffset,
						   ULONG ModuleSize, PCWSTR ModuleName,
						   PCWSTR ImageName, ULONG CheckSum,
						   ULONG TimeDateStamp)
{
	struct events *e = (struct events *)This;
	size_t i;

	(void)ImageFileHandle, (void)ModuleSize, (void)ImageName, (void)CheckSum;
	(void)TimeDateStamp;
	e->base = BaseOffset;
	for (i = 0; i + 1 < sizeof(e->module) / sizeof(WCHAR) && ModuleName[i]; i++)
		e->module[i] = ModuleName[i];
	e->module[i] = 0;
	return DEBUG_STATUS_NO_CHANGE;
}

static HRESULT STDMETHODCALLTYPE events_ChangeEngineState(IDebugEventCallbacksWide *This,
							  ULONG Flags, ULONG64 Argument)
{
	(void)This;
	return Flags == DEBUG_CES_EXECUTION_STATUS &&
	       (Argument & DEBUG_STATUS_INSIDE_WAIT) ? S_FALSE : S_OK;
}

static const IDebugEventCallbacksWideVtbl events_vtbl = {
	.QueryInterface = events_QueryInterface,
	.AddRef = events_AddRef,
	.Release = events_AddRef,
	.GetInterestMask = events_GetInterestMask,
	.LoadModule = events_LoadModule,
	.ChangeEngineState = events_ChangeEngineState,
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
	struct events ev = { { &events_vtbl }, 0, { 0 } };
	PDEBUG_EVENT_CALLBACKS_WIDE wcb = &ev.iface;
	ULONG mask = 0;

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

	tap(IDebugEventCallbacksWide_GetInterestMask(wcb, &mask) == S_OK &&
	    mask == (DEBUG_EVENT_LOAD_MODULE | DEBUG_EVENT_CHANGE_ENGINE_STATE) &&
	    IDebugEventCallbacksWide_LoadModule(wcb, 0, 0x7f0000, 0x1000, u"libc", u"libc.so.6",
						0, 0) == DEBUG_STATUS_NO_CHANGE &&
	    ev.base == 0x7f0000 && ev.module[0] == u'l' && ev.module[3] == u'c' && !ev.module[4] &&
	    IDebugEventCallbacksWide_ChangeEngineState(wcb, DEBUG_CES_EXECUTION_STATUS,
						       DEBUG_STATUS_BREAK |
						       DEBUG_STATUS_INSIDE_WAIT) == S_FALSE &&
	    !ev.iface.lpVtbl->Breakpoint,
	    "dbgeng: C: an IDebugEventCallbacksWide of a client's own, with PCWSTR names");
	tap(DEBUG_SYMBOL_IS_LOCAL == 0x200 && DEBUG_SYMENT_IS_SYNTHETIC == 0x20 &&
	    DEBUG_REGSRC_FRAME == 2 && DEBUG_SCOPE_GROUP_ALL == 3 && DEBUG_OUTTYPE_RECURSION_LEVEL(3) == 0x30 &&
	    DEBUG_CSS_ALL == 0xffffffff && DEBUG_CDS_REFRESH_INLINESTEP_PSEUDO == 17 &&
	    DEBUG_REQUEST_CLOSE_TOKEN == 30 && DEBUG_SYSOBJINFO_CURRENT_PROCESS_COOKIE == 2 &&
	    DEBUG_MODULE_SYM_BAD_CHECKSUM == 0x10000 && DEBUG_SYMTYPE_DIA == 7 &&
	    sizeof(DEBUG_OUTPUT_NAME_END_WIDE) == 9 * sizeof(WCHAR) &&
	    !strcmp(DEBUG_OUTPUT_TYPE_END, "**TYPE**"),
	    "dbgeng: the constants of the symbols, registers and advanced interfaces");

	tap(fake_IDebugDataSpaces4_call_every_macro(ds),
	    "dbgeng: C: each of IDebugDataSpaces4's 44 macros calls its own vtable slot");
	return tap_failed ? 1 : 0;
}
