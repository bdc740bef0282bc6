// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite/dbgeng.h from C: the LP64 sizes of the Windows types, the
 * HRESULT macros, the structure layouts, the IIDs, and every method of
 * IDebugDataSpaces4 called through its IDebugDataSpaces4_Xxx macro and
 * landing in the right vtable slot.  Links only dbgeng_guids.c.
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

/* Not called: proves that every IDebugDataSpaces4_Xxx macro compiles. */
__attribute__((used)) static void call_every_macro(IDebugDataSpaces4 *ds)
{
	HRESULT ok = 1;

	ok |= IDebugDataSpaces4_QueryInterface(ds, &IID_IUnknown, 0);
	ok |= IDebugDataSpaces4_AddRef(ds);
	ok |= IDebugDataSpaces4_Release(ds);
	ok |= IDebugDataSpaces4_ReadVirtual(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_WriteVirtual(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_SearchVirtual(ds, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadVirtualUncached(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_WriteVirtualUncached(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadPointersVirtual(ds, 0, 0, 0);
	ok |= IDebugDataSpaces4_WritePointersVirtual(ds, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadPhysical(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_WritePhysical(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadControl(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_WriteControl(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadIo(ds, 0, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_WriteIo(ds, 0, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadMsr(ds, 0, 0);
	ok |= IDebugDataSpaces4_WriteMsr(ds, 0, 0);
	ok |= IDebugDataSpaces4_ReadBusData(ds, 0, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_WriteBusData(ds, 0, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_CheckLowMemory(ds);
	ok |= IDebugDataSpaces4_ReadDebuggerData(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadProcessorSystemData(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_VirtualToPhysical(ds, 0, 0);
	ok |= IDebugDataSpaces4_GetVirtualTranslationPhysicalOffsets(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadHandleData(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_FillVirtual(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_FillPhysical(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_QueryVirtual(ds, 0, 0);
	ok |= IDebugDataSpaces4_ReadImageNtHeaders(ds, 0, 0);
	ok |= IDebugDataSpaces4_ReadTagged(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_StartEnumTagged(ds, 0);
	ok |= IDebugDataSpaces4_GetNextTagged(ds, 0, 0, 0);
	ok |= IDebugDataSpaces4_EndEnumTagged(ds, 0);
	ok |= IDebugDataSpaces4_GetOffsetInformation(ds, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_GetNextDifferentlyValidOffsetVirtual(ds, 0, 0);
	ok |= IDebugDataSpaces4_GetValidRegionVirtual(ds, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_SearchVirtual2(ds, 0, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadMultiByteStringVirtual(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadMultiByteStringVirtualWide(ds, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadUnicodeStringVirtual(ds, 0, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadUnicodeStringVirtualWide(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_ReadPhysical2(ds, 0, 0, 0, 0, 0);
	ok |= IDebugDataSpaces4_WritePhysical2(ds, 0, 0, 0, 0, 0);
	(void)ok;
}

static HRESULT fake_QueryInterface(IDebugDataSpaces4 *This, REFIID InterfaceId, PVOID *Interface)
{
	(void)This;
	(void)InterfaceId;
	(void)Interface;
	return 0;
}

static ULONG fake_AddRef(IDebugDataSpaces4 *This)
{
	(void)This;
	return 1;
}

static ULONG fake_Release(IDebugDataSpaces4 *This)
{
	(void)This;
	return 2;
}

static HRESULT fake_ReadVirtual(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	(void)This;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesRead;
	return 3;
}

static HRESULT fake_WriteVirtual(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten)
{
	(void)This;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesWritten;
	return 4;
}

static HRESULT fake_SearchVirtual(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset)
{
	(void)This;
	(void)Offset;
	(void)Length;
	(void)Pattern;
	(void)PatternSize;
	(void)PatternGranularity;
	(void)MatchOffset;
	return 5;
}

static HRESULT fake_ReadVirtualUncached(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	(void)This;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesRead;
	return 6;
}

static HRESULT fake_WriteVirtualUncached(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten)
{
	(void)This;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesWritten;
	return 7;
}

static HRESULT fake_ReadPointersVirtual(IDebugDataSpaces4 *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs)
{
	(void)This;
	(void)Count;
	(void)Offset;
	(void)Ptrs;
	return 8;
}

static HRESULT fake_WritePointersVirtual(IDebugDataSpaces4 *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs)
{
	(void)This;
	(void)Count;
	(void)Offset;
	(void)Ptrs;
	return 9;
}

static HRESULT fake_ReadPhysical(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	(void)This;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesRead;
	return 10;
}

static HRESULT fake_WritePhysical(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten)
{
	(void)This;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesWritten;
	return 11;
}

static HRESULT fake_ReadControl(IDebugDataSpaces4 *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	(void)This;
	(void)Processor;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesRead;
	return 12;
}

static HRESULT fake_WriteControl(IDebugDataSpaces4 *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten)
{
	(void)This;
	(void)Processor;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesWritten;
	return 13;
}

static HRESULT fake_ReadIo(IDebugDataSpaces4 *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	(void)This;
	(void)InterfaceType;
	(void)BusNumber;
	(void)AddressSpace;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesRead;
	return 14;
}

static HRESULT fake_WriteIo(IDebugDataSpaces4 *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten)
{
	(void)This;
	(void)InterfaceType;
	(void)BusNumber;
	(void)AddressSpace;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesWritten;
	return 15;
}

static HRESULT fake_ReadMsr(IDebugDataSpaces4 *This, ULONG Msr, PULONG64 Value)
{
	(void)This;
	(void)Msr;
	(void)Value;
	return 16;
}

static HRESULT fake_WriteMsr(IDebugDataSpaces4 *This, ULONG Msr, ULONG64 Value)
{
	(void)This;
	(void)Msr;
	(void)Value;
	return 17;
}

static HRESULT fake_ReadBusData(IDebugDataSpaces4 *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	(void)This;
	(void)BusDataType;
	(void)BusNumber;
	(void)SlotNumber;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesRead;
	return 18;
}

static HRESULT fake_WriteBusData(IDebugDataSpaces4 *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten)
{
	(void)This;
	(void)BusDataType;
	(void)BusNumber;
	(void)SlotNumber;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesWritten;
	return 19;
}

static HRESULT fake_CheckLowMemory(IDebugDataSpaces4 *This)
{
	(void)This;
	return 20;
}

static HRESULT fake_ReadDebuggerData(IDebugDataSpaces4 *This, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize)
{
	(void)This;
	(void)Index;
	(void)Buffer;
	(void)BufferSize;
	(void)DataSize;
	return 21;
}

static HRESULT fake_ReadProcessorSystemData(IDebugDataSpaces4 *This, ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize)
{
	(void)This;
	(void)Processor;
	(void)Index;
	(void)Buffer;
	(void)BufferSize;
	(void)DataSize;
	return 22;
}

static HRESULT fake_VirtualToPhysical(IDebugDataSpaces4 *This, ULONG64 Virtual, PULONG64 Physical)
{
	(void)This;
	(void)Virtual;
	(void)Physical;
	return 23;
}

static HRESULT fake_GetVirtualTranslationPhysicalOffsets(IDebugDataSpaces4 *This, ULONG64 Virtual, PULONG64 Offsets, ULONG OffsetsSize, PULONG Levels)
{
	(void)This;
	(void)Virtual;
	(void)Offsets;
	(void)OffsetsSize;
	(void)Levels;
	return 24;
}

static HRESULT fake_ReadHandleData(IDebugDataSpaces4 *This, ULONG64 Handle, ULONG DataType, PVOID Buffer, ULONG BufferSize, PULONG DataSize)
{
	(void)This;
	(void)Handle;
	(void)DataType;
	(void)Buffer;
	(void)BufferSize;
	(void)DataSize;
	return 25;
}

static HRESULT fake_FillVirtual(IDebugDataSpaces4 *This, ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled)
{
	(void)This;
	(void)Start;
	(void)Size;
	(void)Pattern;
	(void)PatternSize;
	(void)Filled;
	return 26;
}

static HRESULT fake_FillPhysical(IDebugDataSpaces4 *This, ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled)
{
	(void)This;
	(void)Start;
	(void)Size;
	(void)Pattern;
	(void)PatternSize;
	(void)Filled;
	return 27;
}

static HRESULT fake_QueryVirtual(IDebugDataSpaces4 *This, ULONG64 Offset, PMEMORY_BASIC_INFORMATION64 Info)
{
	(void)This;
	(void)Offset;
	(void)Info;
	return 28;
}

static HRESULT fake_ReadImageNtHeaders(IDebugDataSpaces4 *This, ULONG64 ImageBase, PIMAGE_NT_HEADERS64 Headers)
{
	(void)This;
	(void)ImageBase;
	(void)Headers;
	return 29;
}

static HRESULT fake_ReadTagged(IDebugDataSpaces4 *This, LPGUID Tag, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG TotalSize)
{
	(void)This;
	(void)Tag;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)TotalSize;
	return 30;
}

static HRESULT fake_StartEnumTagged(IDebugDataSpaces4 *This, PULONG64 Handle)
{
	(void)This;
	(void)Handle;
	return 31;
}

static HRESULT fake_GetNextTagged(IDebugDataSpaces4 *This, ULONG64 Handle, LPGUID Tag, PULONG Size)
{
	(void)This;
	(void)Handle;
	(void)Tag;
	(void)Size;
	return 32;
}

static HRESULT fake_EndEnumTagged(IDebugDataSpaces4 *This, ULONG64 Handle)
{
	(void)This;
	(void)Handle;
	return 33;
}

static HRESULT fake_GetOffsetInformation(IDebugDataSpaces4 *This, ULONG Space, ULONG Which, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG InfoSize)
{
	(void)This;
	(void)Space;
	(void)Which;
	(void)Offset;
	(void)Buffer;
	(void)BufferSize;
	(void)InfoSize;
	return 34;
}

static HRESULT fake_GetNextDifferentlyValidOffsetVirtual(IDebugDataSpaces4 *This, ULONG64 Offset, PULONG64 NextOffset)
{
	(void)This;
	(void)Offset;
	(void)NextOffset;
	return 35;
}

static HRESULT fake_GetValidRegionVirtual(IDebugDataSpaces4 *This, ULONG64 Base, ULONG Size, PULONG64 ValidBase, PULONG ValidSize)
{
	(void)This;
	(void)Base;
	(void)Size;
	(void)ValidBase;
	(void)ValidSize;
	return 36;
}

static HRESULT fake_SearchVirtual2(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG64 Length, ULONG Flags, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset)
{
	(void)This;
	(void)Offset;
	(void)Length;
	(void)Flags;
	(void)Pattern;
	(void)PatternSize;
	(void)PatternGranularity;
	(void)MatchOffset;
	return 37;
}

static HRESULT fake_ReadMultiByteStringVirtual(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG MaxBytes, PSTR Buffer, ULONG BufferSize, PULONG StringBytes)
{
	(void)This;
	(void)Offset;
	(void)MaxBytes;
	(void)Buffer;
	(void)BufferSize;
	(void)StringBytes;
	return 38;
}

static HRESULT fake_ReadMultiByteStringVirtualWide(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG MaxBytes, ULONG CodePage, PWSTR Buffer, ULONG BufferSize, PULONG StringBytes)
{
	(void)This;
	(void)Offset;
	(void)MaxBytes;
	(void)CodePage;
	(void)Buffer;
	(void)BufferSize;
	(void)StringBytes;
	return 39;
}

static HRESULT fake_ReadUnicodeStringVirtual(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG MaxBytes, ULONG CodePage, PSTR Buffer, ULONG BufferSize, PULONG StringBytes)
{
	(void)This;
	(void)Offset;
	(void)MaxBytes;
	(void)CodePage;
	(void)Buffer;
	(void)BufferSize;
	(void)StringBytes;
	return 40;
}

static HRESULT fake_ReadUnicodeStringVirtualWide(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG MaxBytes, PWSTR Buffer, ULONG BufferSize, PULONG StringBytes)
{
	(void)This;
	(void)Offset;
	(void)MaxBytes;
	(void)Buffer;
	(void)BufferSize;
	(void)StringBytes;
	return 41;
}

static HRESULT fake_ReadPhysical2(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG Flags, PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	(void)This;
	(void)Offset;
	(void)Flags;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesRead;
	return 42;
}

static HRESULT fake_WritePhysical2(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG Flags, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten)
{
	(void)This;
	(void)Offset;
	(void)Flags;
	(void)Buffer;
	(void)BufferSize;
	(void)BytesWritten;
	return 43;
}

static const IDebugDataSpaces4Vtbl fake_vtbl = {
	.QueryInterface = fake_QueryInterface,
	.AddRef = fake_AddRef,
	.Release = fake_Release,
	.ReadVirtual = fake_ReadVirtual,
	.WriteVirtual = fake_WriteVirtual,
	.SearchVirtual = fake_SearchVirtual,
	.ReadVirtualUncached = fake_ReadVirtualUncached,
	.WriteVirtualUncached = fake_WriteVirtualUncached,
	.ReadPointersVirtual = fake_ReadPointersVirtual,
	.WritePointersVirtual = fake_WritePointersVirtual,
	.ReadPhysical = fake_ReadPhysical,
	.WritePhysical = fake_WritePhysical,
	.ReadControl = fake_ReadControl,
	.WriteControl = fake_WriteControl,
	.ReadIo = fake_ReadIo,
	.WriteIo = fake_WriteIo,
	.ReadMsr = fake_ReadMsr,
	.WriteMsr = fake_WriteMsr,
	.ReadBusData = fake_ReadBusData,
	.WriteBusData = fake_WriteBusData,
	.CheckLowMemory = fake_CheckLowMemory,
	.ReadDebuggerData = fake_ReadDebuggerData,
	.ReadProcessorSystemData = fake_ReadProcessorSystemData,
	.VirtualToPhysical = fake_VirtualToPhysical,
	.GetVirtualTranslationPhysicalOffsets = fake_GetVirtualTranslationPhysicalOffsets,
	.ReadHandleData = fake_ReadHandleData,
	.FillVirtual = fake_FillVirtual,
	.FillPhysical = fake_FillPhysical,
	.QueryVirtual = fake_QueryVirtual,
	.ReadImageNtHeaders = fake_ReadImageNtHeaders,
	.ReadTagged = fake_ReadTagged,
	.StartEnumTagged = fake_StartEnumTagged,
	.GetNextTagged = fake_GetNextTagged,
	.EndEnumTagged = fake_EndEnumTagged,
	.GetOffsetInformation = fake_GetOffsetInformation,
	.GetNextDifferentlyValidOffsetVirtual = fake_GetNextDifferentlyValidOffsetVirtual,
	.GetValidRegionVirtual = fake_GetValidRegionVirtual,
	.SearchVirtual2 = fake_SearchVirtual2,
	.ReadMultiByteStringVirtual = fake_ReadMultiByteStringVirtual,
	.ReadMultiByteStringVirtualWide = fake_ReadMultiByteStringVirtualWide,
	.ReadUnicodeStringVirtual = fake_ReadUnicodeStringVirtual,
	.ReadUnicodeStringVirtualWide = fake_ReadUnicodeStringVirtualWide,
	.ReadPhysical2 = fake_ReadPhysical2,
	.WritePhysical2 = fake_WritePhysical2,
};

static bool guid_is(const GUID *g, uint32_t d1, uint16_t d2, uint16_t d3, const char *d4)
{
	return g->Data1 == d1 && g->Data2 == d2 && g->Data3 == d3 && memcmp(g->Data4, d4, 8) == 0;
}

int main(void)
{
	IDebugDataSpaces4 object = { &fake_vtbl };
	IDebugDataSpaces4 *ds = &object;
	bool ok = true;

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

	ok &= IDebugDataSpaces4_QueryInterface(ds, &IID_IUnknown, 0) == 0;
	ok &= IDebugDataSpaces4_AddRef(ds) == 1;
	ok &= IDebugDataSpaces4_Release(ds) == 2;
	ok &= IDebugDataSpaces4_ReadVirtual(ds, 0, 0, 0, 0) == 3;
	ok &= IDebugDataSpaces4_WriteVirtual(ds, 0, 0, 0, 0) == 4;
	ok &= IDebugDataSpaces4_SearchVirtual(ds, 0, 0, 0, 0, 0, 0) == 5;
	ok &= IDebugDataSpaces4_ReadVirtualUncached(ds, 0, 0, 0, 0) == 6;
	ok &= IDebugDataSpaces4_WriteVirtualUncached(ds, 0, 0, 0, 0) == 7;
	ok &= IDebugDataSpaces4_ReadPointersVirtual(ds, 0, 0, 0) == 8;
	ok &= IDebugDataSpaces4_WritePointersVirtual(ds, 0, 0, 0) == 9;
	ok &= IDebugDataSpaces4_ReadPhysical(ds, 0, 0, 0, 0) == 10;
	ok &= IDebugDataSpaces4_WritePhysical(ds, 0, 0, 0, 0) == 11;
	ok &= IDebugDataSpaces4_ReadControl(ds, 0, 0, 0, 0, 0) == 12;
	ok &= IDebugDataSpaces4_WriteControl(ds, 0, 0, 0, 0, 0) == 13;
	ok &= IDebugDataSpaces4_ReadIo(ds, 0, 0, 0, 0, 0, 0, 0) == 14;
	ok &= IDebugDataSpaces4_WriteIo(ds, 0, 0, 0, 0, 0, 0, 0) == 15;
	ok &= IDebugDataSpaces4_ReadMsr(ds, 0, 0) == 16;
	ok &= IDebugDataSpaces4_WriteMsr(ds, 0, 0) == 17;
	ok &= IDebugDataSpaces4_ReadBusData(ds, 0, 0, 0, 0, 0, 0, 0) == 18;
	ok &= IDebugDataSpaces4_WriteBusData(ds, 0, 0, 0, 0, 0, 0, 0) == 19;
	ok &= IDebugDataSpaces4_CheckLowMemory(ds) == 20;
	ok &= IDebugDataSpaces4_ReadDebuggerData(ds, 0, 0, 0, 0) == 21;
	ok &= IDebugDataSpaces4_ReadProcessorSystemData(ds, 0, 0, 0, 0, 0) == 22;
	ok &= IDebugDataSpaces4_VirtualToPhysical(ds, 0, 0) == 23;
	ok &= IDebugDataSpaces4_GetVirtualTranslationPhysicalOffsets(ds, 0, 0, 0, 0) == 24;
	ok &= IDebugDataSpaces4_ReadHandleData(ds, 0, 0, 0, 0, 0) == 25;
	ok &= IDebugDataSpaces4_FillVirtual(ds, 0, 0, 0, 0, 0) == 26;
	ok &= IDebugDataSpaces4_FillPhysical(ds, 0, 0, 0, 0, 0) == 27;
	ok &= IDebugDataSpaces4_QueryVirtual(ds, 0, 0) == 28;
	ok &= IDebugDataSpaces4_ReadImageNtHeaders(ds, 0, 0) == 29;
	ok &= IDebugDataSpaces4_ReadTagged(ds, 0, 0, 0, 0, 0) == 30;
	ok &= IDebugDataSpaces4_StartEnumTagged(ds, 0) == 31;
	ok &= IDebugDataSpaces4_GetNextTagged(ds, 0, 0, 0) == 32;
	ok &= IDebugDataSpaces4_EndEnumTagged(ds, 0) == 33;
	ok &= IDebugDataSpaces4_GetOffsetInformation(ds, 0, 0, 0, 0, 0, 0) == 34;
	ok &= IDebugDataSpaces4_GetNextDifferentlyValidOffsetVirtual(ds, 0, 0) == 35;
	ok &= IDebugDataSpaces4_GetValidRegionVirtual(ds, 0, 0, 0, 0) == 36;
	ok &= IDebugDataSpaces4_SearchVirtual2(ds, 0, 0, 0, 0, 0, 0, 0) == 37;
	ok &= IDebugDataSpaces4_ReadMultiByteStringVirtual(ds, 0, 0, 0, 0, 0) == 38;
	ok &= IDebugDataSpaces4_ReadMultiByteStringVirtualWide(ds, 0, 0, 0, 0, 0, 0) == 39;
	ok &= IDebugDataSpaces4_ReadUnicodeStringVirtual(ds, 0, 0, 0, 0, 0, 0) == 40;
	ok &= IDebugDataSpaces4_ReadUnicodeStringVirtualWide(ds, 0, 0, 0, 0, 0) == 41;
	ok &= IDebugDataSpaces4_ReadPhysical2(ds, 0, 0, 0, 0, 0) == 42;
	ok &= IDebugDataSpaces4_WritePhysical2(ds, 0, 0, 0, 0, 0) == 43;
	tap(ok, "dbgeng: C: each of IDebugDataSpaces4's 44 macros calls its own vtable slot");
	return tap_failed ? 1 : 0;
}
