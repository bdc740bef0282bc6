// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite/dbgeng.h from C++ (g++ -std=c++11 -Wall -Wextra -Werror): the
 * abstract classes have the SDK's vtable slots (read through pointers to
 * virtual members, Itanium C++ ABI), an implementation of
 * IDebugDataSpaces4 is callable through every method, and __uuidof()
 * gives the IIDs.  Links only dbgeng_guids.c.
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

class DataSpaces4 : public IDebugDataSpaces4 {
public:
	HRESULT STDMETHODCALLTYPE QueryInterface(REFIID, PVOID *) override
	{
		return 0;
	}
	ULONG STDMETHODCALLTYPE AddRef(void) override
	{
		return 1;
	}
	ULONG STDMETHODCALLTYPE Release(void) override
	{
		return 2;
	}
	HRESULT STDMETHODCALLTYPE ReadVirtual(ULONG64, PVOID, ULONG, PULONG) override
	{
		return 3;
	}
	HRESULT STDMETHODCALLTYPE WriteVirtual(ULONG64, PVOID, ULONG, PULONG) override
	{
		return 4;
	}
	HRESULT STDMETHODCALLTYPE SearchVirtual(ULONG64, ULONG64, PVOID, ULONG, ULONG, PULONG64) override
	{
		return 5;
	}
	HRESULT STDMETHODCALLTYPE ReadVirtualUncached(ULONG64, PVOID, ULONG, PULONG) override
	{
		return 6;
	}
	HRESULT STDMETHODCALLTYPE WriteVirtualUncached(ULONG64, PVOID, ULONG, PULONG) override
	{
		return 7;
	}
	HRESULT STDMETHODCALLTYPE ReadPointersVirtual(ULONG, ULONG64, PULONG64) override
	{
		return 8;
	}
	HRESULT STDMETHODCALLTYPE WritePointersVirtual(ULONG, ULONG64, PULONG64) override
	{
		return 9;
	}
	HRESULT STDMETHODCALLTYPE ReadPhysical(ULONG64, PVOID, ULONG, PULONG) override
	{
		return 10;
	}
	HRESULT STDMETHODCALLTYPE WritePhysical(ULONG64, PVOID, ULONG, PULONG) override
	{
		return 11;
	}
	HRESULT STDMETHODCALLTYPE ReadControl(ULONG, ULONG64, PVOID, ULONG, PULONG) override
	{
		return 12;
	}
	HRESULT STDMETHODCALLTYPE WriteControl(ULONG, ULONG64, PVOID, ULONG, PULONG) override
	{
		return 13;
	}
	HRESULT STDMETHODCALLTYPE ReadIo(ULONG, ULONG, ULONG, ULONG64, PVOID, ULONG, PULONG) override
	{
		return 14;
	}
	HRESULT STDMETHODCALLTYPE WriteIo(ULONG, ULONG, ULONG, ULONG64, PVOID, ULONG, PULONG) override
	{
		return 15;
	}
	HRESULT STDMETHODCALLTYPE ReadMsr(ULONG, PULONG64) override
	{
		return 16;
	}
	HRESULT STDMETHODCALLTYPE WriteMsr(ULONG, ULONG64) override
	{
		return 17;
	}
	HRESULT STDMETHODCALLTYPE ReadBusData(ULONG, ULONG, ULONG, ULONG, PVOID, ULONG, PULONG) override
	{
		return 18;
	}
	HRESULT STDMETHODCALLTYPE WriteBusData(ULONG, ULONG, ULONG, ULONG, PVOID, ULONG, PULONG) override
	{
		return 19;
	}
	HRESULT STDMETHODCALLTYPE CheckLowMemory(void) override
	{
		return 20;
	}
	HRESULT STDMETHODCALLTYPE ReadDebuggerData(ULONG, PVOID, ULONG, PULONG) override
	{
		return 21;
	}
	HRESULT STDMETHODCALLTYPE ReadProcessorSystemData(ULONG, ULONG, PVOID, ULONG, PULONG) override
	{
		return 22;
	}
	HRESULT STDMETHODCALLTYPE VirtualToPhysical(ULONG64, PULONG64) override
	{
		return 23;
	}
	HRESULT STDMETHODCALLTYPE GetVirtualTranslationPhysicalOffsets(ULONG64, PULONG64, ULONG, PULONG) override
	{
		return 24;
	}
	HRESULT STDMETHODCALLTYPE ReadHandleData(ULONG64, ULONG, PVOID, ULONG, PULONG) override
	{
		return 25;
	}
	HRESULT STDMETHODCALLTYPE FillVirtual(ULONG64, ULONG, PVOID, ULONG, PULONG) override
	{
		return 26;
	}
	HRESULT STDMETHODCALLTYPE FillPhysical(ULONG64, ULONG, PVOID, ULONG, PULONG) override
	{
		return 27;
	}
	HRESULT STDMETHODCALLTYPE QueryVirtual(ULONG64, PMEMORY_BASIC_INFORMATION64) override
	{
		return 28;
	}
	HRESULT STDMETHODCALLTYPE ReadImageNtHeaders(ULONG64, PIMAGE_NT_HEADERS64) override
	{
		return 29;
	}
	HRESULT STDMETHODCALLTYPE ReadTagged(LPGUID, ULONG, PVOID, ULONG, PULONG) override
	{
		return 30;
	}
	HRESULT STDMETHODCALLTYPE StartEnumTagged(PULONG64) override
	{
		return 31;
	}
	HRESULT STDMETHODCALLTYPE GetNextTagged(ULONG64, LPGUID, PULONG) override
	{
		return 32;
	}
	HRESULT STDMETHODCALLTYPE EndEnumTagged(ULONG64) override
	{
		return 33;
	}
	HRESULT STDMETHODCALLTYPE GetOffsetInformation(ULONG, ULONG, ULONG64, PVOID, ULONG, PULONG) override
	{
		return 34;
	}
	HRESULT STDMETHODCALLTYPE GetNextDifferentlyValidOffsetVirtual(ULONG64, PULONG64) override
	{
		return 35;
	}
	HRESULT STDMETHODCALLTYPE GetValidRegionVirtual(ULONG64, ULONG, PULONG64, PULONG) override
	{
		return 36;
	}
	HRESULT STDMETHODCALLTYPE SearchVirtual2(ULONG64, ULONG64, ULONG, PVOID, ULONG, ULONG, PULONG64) override
	{
		return 37;
	}
	HRESULT STDMETHODCALLTYPE ReadMultiByteStringVirtual(ULONG64, ULONG, PSTR, ULONG, PULONG) override
	{
		return 38;
	}
	HRESULT STDMETHODCALLTYPE ReadMultiByteStringVirtualWide(ULONG64, ULONG, ULONG, PWSTR, ULONG, PULONG) override
	{
		return 39;
	}
	HRESULT STDMETHODCALLTYPE ReadUnicodeStringVirtual(ULONG64, ULONG, ULONG, PSTR, ULONG, PULONG) override
	{
		return 40;
	}
	HRESULT STDMETHODCALLTYPE ReadUnicodeStringVirtualWide(ULONG64, ULONG, PWSTR, ULONG, PULONG) override
	{
		return 41;
	}
	HRESULT STDMETHODCALLTYPE ReadPhysical2(ULONG64, ULONG, PVOID, ULONG, PULONG) override
	{
		return 42;
	}
	HRESULT STDMETHODCALLTYPE WritePhysical2(ULONG64, ULONG, PVOID, ULONG, PULONG) override
	{
		return 43;
	}
};

/* Not called: every method through a PDEBUG_DATA_SPACES4. */
__attribute__((used)) static HRESULT call_every_method(PDEBUG_DATA_SPACES4 ds)
{
	HRESULT ok = 1;

	ok |= ds->QueryInterface(__uuidof(IUnknown), 0);
	ok |= ds->AddRef();
	ok |= ds->Release();
	ok |= ds->ReadVirtual(0, 0, 0, 0);
	ok |= ds->WriteVirtual(0, 0, 0, 0);
	ok |= ds->SearchVirtual(0, 0, 0, 0, 0, 0);
	ok |= ds->ReadVirtualUncached(0, 0, 0, 0);
	ok |= ds->WriteVirtualUncached(0, 0, 0, 0);
	ok |= ds->ReadPointersVirtual(0, 0, 0);
	ok |= ds->WritePointersVirtual(0, 0, 0);
	ok |= ds->ReadPhysical(0, 0, 0, 0);
	ok |= ds->WritePhysical(0, 0, 0, 0);
	ok |= ds->ReadControl(0, 0, 0, 0, 0);
	ok |= ds->WriteControl(0, 0, 0, 0, 0);
	ok |= ds->ReadIo(0, 0, 0, 0, 0, 0, 0);
	ok |= ds->WriteIo(0, 0, 0, 0, 0, 0, 0);
	ok |= ds->ReadMsr(0, 0);
	ok |= ds->WriteMsr(0, 0);
	ok |= ds->ReadBusData(0, 0, 0, 0, 0, 0, 0);
	ok |= ds->WriteBusData(0, 0, 0, 0, 0, 0, 0);
	ok |= ds->CheckLowMemory();
	ok |= ds->ReadDebuggerData(0, 0, 0, 0);
	ok |= ds->ReadProcessorSystemData(0, 0, 0, 0, 0);
	ok |= ds->VirtualToPhysical(0, 0);
	ok |= ds->GetVirtualTranslationPhysicalOffsets(0, 0, 0, 0);
	ok |= ds->ReadHandleData(0, 0, 0, 0, 0);
	ok |= ds->FillVirtual(0, 0, 0, 0, 0);
	ok |= ds->FillPhysical(0, 0, 0, 0, 0);
	ok |= ds->QueryVirtual(0, 0);
	ok |= ds->ReadImageNtHeaders(0, 0);
	ok |= ds->ReadTagged(0, 0, 0, 0, 0);
	ok |= ds->StartEnumTagged(0);
	ok |= ds->GetNextTagged(0, 0, 0);
	ok |= ds->EndEnumTagged(0);
	ok |= ds->GetOffsetInformation(0, 0, 0, 0, 0, 0);
	ok |= ds->GetNextDifferentlyValidOffsetVirtual(0, 0);
	ok |= ds->GetValidRegionVirtual(0, 0, 0, 0);
	ok |= ds->SearchVirtual2(0, 0, 0, 0, 0, 0, 0);
	ok |= ds->ReadMultiByteStringVirtual(0, 0, 0, 0, 0);
	ok |= ds->ReadMultiByteStringVirtualWide(0, 0, 0, 0, 0, 0);
	ok |= ds->ReadUnicodeStringVirtual(0, 0, 0, 0, 0, 0);
	ok |= ds->ReadUnicodeStringVirtualWide(0, 0, 0, 0, 0);
	ok |= ds->ReadPhysical2(0, 0, 0, 0, 0);
	ok |= ds->WritePhysical2(0, 0, 0, 0, 0);
	return ok;
}

int main()
{
	DataSpaces4 object;
	IDebugDataSpaces4 *ds = &object;
	bool ok = true;

#define SLOT(m, n)	(ok &= slot_of(&IDebugDataSpaces4::m) == (n))
	SLOT(QueryInterface, 0);
	SLOT(AddRef, 1);
	SLOT(Release, 2);
	SLOT(ReadVirtual, 3);
	SLOT(WriteVirtual, 4);
	SLOT(SearchVirtual, 5);
	SLOT(ReadVirtualUncached, 6);
	SLOT(WriteVirtualUncached, 7);
	SLOT(ReadPointersVirtual, 8);
	SLOT(WritePointersVirtual, 9);
	SLOT(ReadPhysical, 10);
	SLOT(WritePhysical, 11);
	SLOT(ReadControl, 12);
	SLOT(WriteControl, 13);
	SLOT(ReadIo, 14);
	SLOT(WriteIo, 15);
	SLOT(ReadMsr, 16);
	SLOT(WriteMsr, 17);
	SLOT(ReadBusData, 18);
	SLOT(WriteBusData, 19);
	SLOT(CheckLowMemory, 20);
	SLOT(ReadDebuggerData, 21);
	SLOT(ReadProcessorSystemData, 22);
	SLOT(VirtualToPhysical, 23);
	SLOT(GetVirtualTranslationPhysicalOffsets, 24);
	SLOT(ReadHandleData, 25);
	SLOT(FillVirtual, 26);
	SLOT(FillPhysical, 27);
	SLOT(QueryVirtual, 28);
	SLOT(ReadImageNtHeaders, 29);
	SLOT(ReadTagged, 30);
	SLOT(StartEnumTagged, 31);
	SLOT(GetNextTagged, 32);
	SLOT(EndEnumTagged, 33);
	SLOT(GetOffsetInformation, 34);
	SLOT(GetNextDifferentlyValidOffsetVirtual, 35);
	SLOT(GetValidRegionVirtual, 36);
	SLOT(SearchVirtual2, 37);
	SLOT(ReadMultiByteStringVirtual, 38);
	SLOT(ReadMultiByteStringVirtualWide, 39);
	SLOT(ReadUnicodeStringVirtual, 40);
	SLOT(ReadUnicodeStringVirtualWide, 41);
	SLOT(ReadPhysical2, 42);
	SLOT(WritePhysical2, 43);
#undef SLOT
	ok &= slot_of(&DataSpaces4Probe::vmw_probe_end) == 44;
	tap(ok, "dbgeng: C++: IDebugDataSpaces4's 44 virtual methods sit in the SDK's slots");

	ok = true;
	ok &= ds->QueryInterface(__uuidof(IUnknown), 0) == 0;
	ok &= ds->AddRef() == 1;
	ok &= ds->Release() == 2;
	ok &= ds->ReadVirtual(0, 0, 0, 0) == 3;
	ok &= ds->WriteVirtual(0, 0, 0, 0) == 4;
	ok &= ds->SearchVirtual(0, 0, 0, 0, 0, 0) == 5;
	ok &= ds->ReadVirtualUncached(0, 0, 0, 0) == 6;
	ok &= ds->WriteVirtualUncached(0, 0, 0, 0) == 7;
	ok &= ds->ReadPointersVirtual(0, 0, 0) == 8;
	ok &= ds->WritePointersVirtual(0, 0, 0) == 9;
	ok &= ds->ReadPhysical(0, 0, 0, 0) == 10;
	ok &= ds->WritePhysical(0, 0, 0, 0) == 11;
	ok &= ds->ReadControl(0, 0, 0, 0, 0) == 12;
	ok &= ds->WriteControl(0, 0, 0, 0, 0) == 13;
	ok &= ds->ReadIo(0, 0, 0, 0, 0, 0, 0) == 14;
	ok &= ds->WriteIo(0, 0, 0, 0, 0, 0, 0) == 15;
	ok &= ds->ReadMsr(0, 0) == 16;
	ok &= ds->WriteMsr(0, 0) == 17;
	ok &= ds->ReadBusData(0, 0, 0, 0, 0, 0, 0) == 18;
	ok &= ds->WriteBusData(0, 0, 0, 0, 0, 0, 0) == 19;
	ok &= ds->CheckLowMemory() == 20;
	ok &= ds->ReadDebuggerData(0, 0, 0, 0) == 21;
	ok &= ds->ReadProcessorSystemData(0, 0, 0, 0, 0) == 22;
	ok &= ds->VirtualToPhysical(0, 0) == 23;
	ok &= ds->GetVirtualTranslationPhysicalOffsets(0, 0, 0, 0) == 24;
	ok &= ds->ReadHandleData(0, 0, 0, 0, 0) == 25;
	ok &= ds->FillVirtual(0, 0, 0, 0, 0) == 26;
	ok &= ds->FillPhysical(0, 0, 0, 0, 0) == 27;
	ok &= ds->QueryVirtual(0, 0) == 28;
	ok &= ds->ReadImageNtHeaders(0, 0) == 29;
	ok &= ds->ReadTagged(0, 0, 0, 0, 0) == 30;
	ok &= ds->StartEnumTagged(0) == 31;
	ok &= ds->GetNextTagged(0, 0, 0) == 32;
	ok &= ds->EndEnumTagged(0) == 33;
	ok &= ds->GetOffsetInformation(0, 0, 0, 0, 0, 0) == 34;
	ok &= ds->GetNextDifferentlyValidOffsetVirtual(0, 0) == 35;
	ok &= ds->GetValidRegionVirtual(0, 0, 0, 0) == 36;
	ok &= ds->SearchVirtual2(0, 0, 0, 0, 0, 0, 0) == 37;
	ok &= ds->ReadMultiByteStringVirtual(0, 0, 0, 0, 0) == 38;
	ok &= ds->ReadMultiByteStringVirtualWide(0, 0, 0, 0, 0, 0) == 39;
	ok &= ds->ReadUnicodeStringVirtual(0, 0, 0, 0, 0, 0) == 40;
	ok &= ds->ReadUnicodeStringVirtualWide(0, 0, 0, 0, 0) == 41;
	ok &= ds->ReadPhysical2(0, 0, 0, 0, 0) == 42;
	ok &= ds->WritePhysical2(0, 0, 0, 0, 0) == 43;
	tap(ok, "dbgeng: C++: each IDebugDataSpaces4 method calls its own implementation");

	tap(__uuidof(IDebugClient) == IID_IDebugClient &&
	    IsEqualIID(__uuidof(IDebugClient5), IID_IDebugClient5) &&
	    __uuidof(IDebugDataSpaces4) == IID_IDebugDataSpaces4 &&
	    __uuidof(ds) == IID_IDebugDataSpaces4 && __uuidof(*ds) == IID_IDebugDataSpaces4 &&
	    __uuidof(IUnknown) == IID_IUnknown && __uuidof(IDebugControl) != IID_IDebugClient,
	    "dbgeng: C++: __uuidof(IDebugClient) == IID_IDebugClient, and the others");

	PDEBUG_CLIENT5 client = nullptr;
	const IID &iid = (IID_PPV_ARGS(&client), __uuidof(*client));
	tap(iid == IID_IDebugClient5, "dbgeng: C++: IID_PPV_ARGS");
	return failed ? 1 : 0;
}
