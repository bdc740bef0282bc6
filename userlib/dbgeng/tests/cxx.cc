// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite/dbgeng.h from C++ (g++ -std=c++11 -Wall -Wextra -Werror): the
 * abstract classes have the SDK's vtable slots (read through pointers to
 * virtual members, Itanium C++ ABI), an implementation of
 * IDebugDataSpaces4 is callable through every method, the SDK's event
 * callback helpers work, and __uuidof() gives the IIDs.  Links only the
 * IIDs (guids.c).
 */

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <vmwrite/dbgeng.h>

static int count, failed;

static void tap(bool ok, const char *name)
{
	count++;
	failed += !ok;
	std::printf("%sok %d %s\n", ok ? "" : "not ", count, name);
}

static_assert(sizeof(ULONG) == 4 && sizeof(LONG) == 4 && sizeof(HRESULT) == 4, "32-bit types");
static_assert(sizeof(WCHAR) == 2 && sizeof(GUID) == 16, "WCHAR, GUID");
static_assert(sizeof(MEMORY_BASIC_INFORMATION64) == 48 && alignof(MEMORY_BASIC_INFORMATION64) == 16,
	      "MEMORY_BASIC_INFORMATION64");
static_assert(sizeof(IDebugDataSpaces4) == sizeof(void *), "one vtable pointer, nothing else");
static_assert(sizeof(DEBUG_VALUE) == 32 && offsetof(DEBUG_VALUE, Type) == 28 &&
	      sizeof(DEBUG_REGISTER_DESCRIPTION) == 32 && sizeof(DEBUG_SYMBOL_PARAMETERS) == 32 &&
	      sizeof(DEBUG_SYMBOL_ENTRY) == 64 && sizeof(DEBUG_SYMBOL_SOURCE_ENTRY) == 64 &&
	      sizeof(DEBUG_MODULE_AND_ID) == 16 && sizeof(DEBUG_OFFSET_REGION) == 16 &&
	      sizeof(DEBUG_THREAD_BASIC_INFORMATION) == 64, "the structures are C's");
static_assert(sizeof(IDebugControl4) == sizeof(void *) && sizeof(IDebugSymbols3) == sizeof(void *),
	      "newer interfaces: one vtable pointer too");

/* The vtable slot of a virtual member function (Itanium ABI: 1 + byte offset). */
template <typename M> static long slot_of(M member)
{
	struct {
		std::ptrdiff_t ptr, adj;
	} raw;

	static_assert(sizeof(member) == sizeof(raw), "Itanium pointer to member");
	std::memcpy(&raw, &member, sizeof(raw));
	return raw.ptr & 1 ? (long)((raw.ptr - 1) / sizeof(void *)) : -1;
}

/* One virtual more than IDebugDataSpaces4: its slot is the base's count. */
struct DataSpaces4Probe : public IDebugDataSpaces4 {
	virtual void vmw_probe_end() = 0;
};

/* The last slot of each interface: its method count minus one. */
#define LAST_SLOT(iface, method, n)	(slot_of(&iface::method) == (n))

/* FakeIDebugDataSpaces4, whose slot N returns N, from dbgeng/dbgeng.idl. */
#include "dbgeng_fakes_cxx.h"

/* An interface of the client's own, with an IID __uuidof knows. */
struct IClientOwn : public IUnknown {
};
__CRT_UUID_DECL(IClientOwn, 0x12345678, 0x9abc, 0xdef0, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab,
		0xcd, 0xef)

/* The same with the Wide helper, whose names are UTF-16. */
class EventsWide : public DebugBaseEventCallbacksWide {
public:
	ULONG refs = 1;
	WCHAR first = 0;

	ULONG STDMETHODCALLTYPE AddRef() override
	{
		return ++refs;
	}
	ULONG STDMETHODCALLTYPE Release() override
	{
		return --refs;
	}
	HRESULT STDMETHODCALLTYPE GetInterestMask(PULONG Mask) override
	{
		*Mask = DEBUG_EVENT_LOAD_MODULE | DEBUG_EVENT_BREAKPOINT;
		return S_OK;
	}
	HRESULT STDMETHODCALLTYPE LoadModule(ULONG64, ULONG64, ULONG, PCWSTR ModuleName, PCWSTR,
					     ULONG, ULONG) override
	{
		first = ModuleName[0];
		return DEBUG_STATUS_NO_CHANGE;
	}
	HRESULT STDMETHODCALLTYPE Breakpoint(PDEBUG_BREAKPOINT2) override
	{
		return DEBUG_STATUS_BREAK;
	}
};

/* An event callback class the way C++ clients write one: on the SDK's helper. */
class Events : public DebugBaseEventCallbacks {
public:
	ULONG refs = 1, loaded = 0;

	ULONG STDMETHODCALLTYPE AddRef() override
	{
		return ++refs;
	}
	ULONG STDMETHODCALLTYPE Release() override
	{
		return --refs;
	}
	HRESULT STDMETHODCALLTYPE GetInterestMask(PULONG Mask) override
	{
		*Mask = DEBUG_EVENT_LOAD_MODULE;
		return S_OK;
	}
	HRESULT STDMETHODCALLTYPE LoadModule(ULONG64, ULONG64, ULONG, PCSTR, PCSTR, ULONG,
					     ULONG) override
	{
		loaded++;
		return DEBUG_STATUS_NO_CHANGE;
	}
};

int main()
{
	FakeIDebugDataSpaces4 object;
	IDebugDataSpaces4 *ds = &object;
	bool ok = true;

#define SLOT(m, n)	ok &= slot_of(&IDebugDataSpaces4::m) == (n);
	FAKE_IDebugDataSpaces4_SLOTS(SLOT)
#undef SLOT
	ok &= slot_of(&DataSpaces4Probe::vmw_probe_end) == 44;
	tap(ok, "dbgeng: C++: IDebugDataSpaces4's 44 virtual methods sit in the SDK's slots");

	ok = LAST_SLOT(IDebugClient7, SetClientContext, 96) &&
	     LAST_SLOT(IDebugControl4, ResetManagedStatus, 168) &&
	     LAST_SLOT(IDebugControl4, OutputWide, 120) &&
	     LAST_SLOT(IDebugSymbols3, GetSourceEntryBySourceEntry, 125) &&
	     LAST_SLOT(IDebugSystemObjects4, GetCurrentSystemServerNameWide, 47) &&
	     LAST_SLOT(IDebugAdvanced3, GetSymbolInformationWide, 12) &&
	     LAST_SLOT(IDebugRegisters2, GetFrameOffset2, 28) &&
	     LAST_SLOT(IDebugSymbolGroup2, GetSymbolEntryInformation, 25) &&
	     LAST_SLOT(IDebugBreakpoint2, SetOffsetExpressionWide, 27) &&
	     LAST_SLOT(IDebugEventCallbacksWide, ChangeSymbolState, 16);
	tap(ok, "dbgeng: C++: the newer interfaces end in the SDK's last slots");

	ok = fake_IDebugDataSpaces4_call_every_method(ds);
	tap(ok, "dbgeng: C++: each IDebugDataSpaces4 method calls its own implementation");

	tap(__uuidof(IDebugClient) == IID_IDebugClient &&
	    IsEqualIID(__uuidof(IDebugClient5), IID_IDebugClient5) &&
	    __uuidof(IDebugDataSpaces4) == IID_IDebugDataSpaces4 &&
	    __uuidof(ds) == IID_IDebugDataSpaces4 && __uuidof(*ds) == IID_IDebugDataSpaces4 &&
	    __uuidof(IUnknown) == IID_IUnknown && __uuidof(IDebugControl) != IID_IDebugClient,
	    "dbgeng: C++: __uuidof(IDebugClient) == IID_IDebugClient, and the others");

	Events events;
	IDebugEventCallbacks *cb = &events;
	PVOID unknown = nullptr, other = &events;
	ULONG mask = 0;
	tap(cb->QueryInterface(__uuidof(IUnknown), &unknown) == S_OK && unknown == cb &&
	    events.refs == 2 && cb->QueryInterface(__uuidof(IDebugClient), &other) == E_NOINTERFACE &&
	    !other && cb->GetInterestMask(&mask) == S_OK && mask == DEBUG_EVENT_LOAD_MODULE &&
	    cb->LoadModule(0, 0x1000, 0x1000, "m", "m.so", 0, 0) == DEBUG_STATUS_NO_CHANGE &&
	    events.loaded == 1 && cb->ExitThread(0) == DEBUG_STATUS_NO_CHANGE,
	    "dbgeng: C++: an event callback class on DebugBaseEventCallbacks");

	EventsWide wide;
	IDebugEventCallbacksWide *wcb = &wide;
	tap(wcb->QueryInterface(__uuidof(IDebugEventCallbacksWide), &unknown) == S_OK &&
	    unknown == wcb && wide.refs == 2 &&
	    wcb->QueryInterface(__uuidof(IDebugEventCallbacks), &other) == E_NOINTERFACE &&
	    wcb->GetInterestMask(&mask) == S_OK && (mask & DEBUG_EVENT_BREAKPOINT) &&
	    wcb->LoadModule(0, 0x1000, 0x1000, u"m", u"m.so", 0, 0) == DEBUG_STATUS_NO_CHANGE &&
	    wide.first == u'm' && wcb->Breakpoint(nullptr) == DEBUG_STATUS_BREAK &&
	    wcb->UnloadModule(u"m", 0x1000) == DEBUG_STATUS_NO_CHANGE,
	    "dbgeng: C++: an event callback class on DebugBaseEventCallbacksWide");

	tap(__uuidof(IDebugControl4) == IID_IDebugControl4 &&
	    __uuidof(IDebugSymbols3) == IID_IDebugSymbols3 &&
	    __uuidof(IDebugRegisters2) == IID_IDebugRegisters2 &&
	    __uuidof(IDebugSystemObjects4) == IID_IDebugSystemObjects4 &&
	    __uuidof(IDebugAdvanced3) == IID_IDebugAdvanced3 &&
	    __uuidof(IDebugBreakpoint2) == IID_IDebugBreakpoint2 &&
	    __uuidof(IDebugClient7) == IID_IDebugClient7 &&
	    __uuidof(IDebugEventCallbacksWide).Data1 == 0x0690e046 &&
	    __uuidof(IDebugSymbolGroup2) != __uuidof(IDebugSymbolGroup),
	    "dbgeng: C++: __uuidof() of the newer interfaces");

	const GUID &own = __uuidof(IClientOwn);
	IClientOwn *ownp = nullptr;
	tap(own.Data1 == 0x12345678 && own.Data2 == 0x9abc && own.Data4[7] == 0xef &&
	    IsEqualIID(__uuidof(ownp), own) && TRUE == 1 && FALSE == 0 && MAX_PATH == 260 &&
	    HRESULT_CODE(E_NOTIMPL) == 0x4001,
	    "dbgeng: C++: __CRT_UUID_DECL for an interface of the client's own; TRUE, MAX_PATH");

	PDEBUG_CLIENT5 client = nullptr;
	const IID &iid = (IID_PPV_ARGS(&client), __uuidof(*client));
	tap(iid == IID_IDebugClient5, "dbgeng: C++: IID_PPV_ARGS");
	return failed ? 1 : 0;
}
