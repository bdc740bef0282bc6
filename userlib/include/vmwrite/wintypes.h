/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * vmwrite/wintypes.h - the Windows names dbgeng client code takes for
 * granted next to <dbgeng.h>: TRUE and FALSE, MAX_PATH, WINAPI, the
 * HRESULT and "unreferenced" macros, COM's declaration macros
 * (STDMETHOD, THIS_, STDMETHODIMP), parameter annotations as no-ops,
 * InterlockedIncrement/Decrement, exception and status codes, and the PE
 * image structures and IMAGE_* values that tools reading a module's
 * headers from the target use.  Sizes and values are those of the Windows SDK and the PE/COFF
 * specification; the build compares the values with MinGW-w64's headers.
 *
 * Included by <vmwrite/dbgeng.h>, after the base types it declares; not
 * meant to be included on its own.  Each name is left alone when a
 * Windows compatibility header defined it already (every macro is
 * #ifndef-guarded, the structures are skipped when _WINNT_ is defined),
 * and the whole file is skipped when the includer defines
 * VMW_DBGENG_NO_WINTYPES: these names collide with other headers easily.
 */

#ifndef VMWRITE_WINTYPES_H
#define VMWRITE_WINTYPES_H

#ifndef VMWRITE_DBGENG_H
#error "<vmwrite/wintypes.h> is included by <vmwrite/dbgeng.h>: include that"
#endif

#ifndef VMW_DBGENG_NO_WINTYPES

#ifndef TRUE
#define TRUE	1
#endif
#ifndef FALSE
#define FALSE	0
#endif
#ifndef MAX_PATH
#define MAX_PATH	260
#endif
#ifndef WINAPI
#define WINAPI
#endif
#ifndef CALLBACK
#define CALLBACK
#endif

#ifndef HRESULT_CODE
#define HRESULT_CODE(hr)	((hr) & 0xFFFF)
#endif
#ifndef HRESULT_FACILITY
#define HRESULT_FACILITY(hr)	(((hr) >> 16) & 0x1FFF)
#endif
#ifndef HRESULT_SEVERITY
#define HRESULT_SEVERITY(hr)	(((hr) >> 31) & 0x1)
#endif

#ifndef UNREFERENCED_PARAMETER
#define UNREFERENCED_PARAMETER(P)		((void)(P))
#endif
#ifndef DBG_UNREFERENCED_PARAMETER
#define DBG_UNREFERENCED_PARAMETER(P)		((void)(P))
#endif
#ifndef DBG_UNREFERENCED_LOCAL_VARIABLE
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V)	((void)(V))
#endif

/* ---- COM declarations ---------------------------------------------------- */

/*
 * How Windows code declares and implements COM methods: STDMETHOD(Name)
 * is a pure virtual method in C++ and a vtable slot in C (where THIS_
 * names the INTERFACE being declared), STDMETHODIMP its implementation.
 */
#ifndef STDMETHOD
#ifdef __cplusplus
#define STDMETHOD(m)		virtual HRESULT STDMETHODCALLTYPE m
#define STDMETHOD_(t, m)	virtual t STDMETHODCALLTYPE m
#define STDMETHODV(m)		virtual HRESULT STDMETHODCALLTYPE m
#define STDMETHODV_(t, m)	virtual t STDMETHODCALLTYPE m
#define PURE			= 0
#define THIS_
#define THIS			void
#else
#define STDMETHOD(m)		HRESULT (STDMETHODCALLTYPE *m)
#define STDMETHOD_(t, m)	t (STDMETHODCALLTYPE *m)
#define STDMETHODV(m)		HRESULT (STDMETHODCALLTYPE *m)
#define STDMETHODV_(t, m)	t (STDMETHODCALLTYPE *m)
#define PURE
#define THIS_			INTERFACE *This,
#define THIS			INTERFACE *This
#endif
#endif
#ifndef STDMETHODIMP
#define STDMETHODIMP		HRESULT STDMETHODCALLTYPE
#define STDMETHODIMP_(t)	t STDMETHODCALLTYPE
#endif
#ifndef STDAPI
#ifdef __cplusplus
#define STDAPI			extern "C" HRESULT STDMETHODCALLTYPE
#else
#define STDAPI			HRESULT STDMETHODCALLTYPE
#endif
#endif

/* Calling conventions: the platform's own on x86-64. */
#if !defined(__stdcall) && !defined(_WIN32)
#define __stdcall
#endif
#if !defined(__cdecl) && !defined(_WIN32)
#define __cdecl
#endif

/*
 * Parameter annotations: the plain ones and SAL's most common, as no-ops.
 * Not the old __in and __out, which the C++ standard library uses as names.
 */
#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif
#ifndef _In_
#define _In_
#define _In_opt_
#define _Out_
#define _Out_opt_
#define _Inout_
#define _Inout_opt_
#define _In_reads_(n)
#define _In_reads_bytes_(n)
#define _Out_writes_(n)
#define _Out_writes_bytes_(n)
#define _Out_writes_opt_(n)
#define _Out_writes_bytes_opt_(n)
#define _Out_writes_to_opt_(n, c)
#define _Outptr_
#define _Check_return_
#endif

/* COM reference counts: atomic, full barriers, as Windows' are. */
#ifndef InterlockedIncrement
static inline LONG VmwInterlockedIncrement(LONG volatile *v)
{
	return __atomic_add_fetch(v, 1, __ATOMIC_SEQ_CST);
}

static inline LONG VmwInterlockedDecrement(LONG volatile *v)
{
	return __atomic_sub_fetch(v, 1, __ATOMIC_SEQ_CST);
}
#define InterlockedIncrement	VmwInterlockedIncrement
#define InterlockedDecrement	VmwInterlockedDecrement
#endif

/*
 * CreateProcess flags, which IDebugClient::CreateProcess takes in its
 * CreateFlags as Windows' does (this layer creates no process).
 */
#ifndef DEBUG_PROCESS
#define DEBUG_PROCESS				0x00000001
#endif
#ifndef DEBUG_ONLY_THIS_PROCESS
#define DEBUG_ONLY_THIS_PROCESS			0x00000002
#endif
#ifndef CREATE_SUSPENDED
#define CREATE_SUSPENDED			0x00000004
#endif
#ifndef CREATE_NEW_CONSOLE
#define CREATE_NEW_CONSOLE			0x00000010
#endif
#ifndef CREATE_UNICODE_ENVIRONMENT
#define CREATE_UNICODE_ENVIRONMENT		0x00000400
#endif

/* ---- exception and status codes ------------------------------------------ */

/* The NTSTATUS codes of exceptions (IDebugEventCallbacks::Exception). */
#ifndef STATUS_WAIT_0
#define STATUS_WAIT_0				((DWORD)0x00000000L)
#endif
#ifndef STATUS_TIMEOUT
#define STATUS_TIMEOUT				((DWORD)0x00000102L)
#endif
#ifndef STATUS_PENDING
#define STATUS_PENDING				((DWORD)0x00000103L)
#endif
#ifndef STATUS_GUARD_PAGE_VIOLATION
#define STATUS_GUARD_PAGE_VIOLATION		((DWORD)0x80000001L)
#define STATUS_DATATYPE_MISALIGNMENT		((DWORD)0x80000002L)
#define STATUS_BREAKPOINT			((DWORD)0x80000003L)
#define STATUS_SINGLE_STEP			((DWORD)0x80000004L)
#define STATUS_ACCESS_VIOLATION			((DWORD)0xC0000005L)
#define STATUS_IN_PAGE_ERROR			((DWORD)0xC0000006L)
#define STATUS_INVALID_HANDLE			((DWORD)0xC0000008L)
#define STATUS_NO_MEMORY			((DWORD)0xC0000017L)
#define STATUS_ILLEGAL_INSTRUCTION		((DWORD)0xC000001DL)
#define STATUS_NONCONTINUABLE_EXCEPTION		((DWORD)0xC0000025L)
#define STATUS_INVALID_DISPOSITION		((DWORD)0xC0000026L)
#define STATUS_ARRAY_BOUNDS_EXCEEDED		((DWORD)0xC000008CL)
#define STATUS_FLOAT_DENORMAL_OPERAND		((DWORD)0xC000008DL)
#define STATUS_FLOAT_DIVIDE_BY_ZERO		((DWORD)0xC000008EL)
#define STATUS_FLOAT_INEXACT_RESULT		((DWORD)0xC000008FL)
#define STATUS_FLOAT_INVALID_OPERATION		((DWORD)0xC0000090L)
#define STATUS_FLOAT_OVERFLOW			((DWORD)0xC0000091L)
#define STATUS_FLOAT_STACK_CHECK		((DWORD)0xC0000092L)
#define STATUS_FLOAT_UNDERFLOW			((DWORD)0xC0000093L)
#define STATUS_INTEGER_DIVIDE_BY_ZERO		((DWORD)0xC0000094L)
#define STATUS_INTEGER_OVERFLOW			((DWORD)0xC0000095L)
#define STATUS_PRIVILEGED_INSTRUCTION		((DWORD)0xC0000096L)
#define STATUS_STACK_OVERFLOW			((DWORD)0xC00000FDL)
#define STATUS_CONTROL_C_EXIT			((DWORD)0xC000013AL)
#endif
#ifndef STILL_ACTIVE
#define STILL_ACTIVE				STATUS_PENDING
#endif
#ifndef EXCEPTION_ACCESS_VIOLATION
#define EXCEPTION_ACCESS_VIOLATION		STATUS_ACCESS_VIOLATION
#define EXCEPTION_DATATYPE_MISALIGNMENT		STATUS_DATATYPE_MISALIGNMENT
#define EXCEPTION_BREAKPOINT			STATUS_BREAKPOINT
#define EXCEPTION_SINGLE_STEP			STATUS_SINGLE_STEP
#define EXCEPTION_ARRAY_BOUNDS_EXCEEDED		STATUS_ARRAY_BOUNDS_EXCEEDED
#define EXCEPTION_FLT_DENORMAL_OPERAND		STATUS_FLOAT_DENORMAL_OPERAND
#define EXCEPTION_FLT_DIVIDE_BY_ZERO		STATUS_FLOAT_DIVIDE_BY_ZERO
#define EXCEPTION_FLT_INEXACT_RESULT		STATUS_FLOAT_INEXACT_RESULT
#define EXCEPTION_FLT_INVALID_OPERATION		STATUS_FLOAT_INVALID_OPERATION
#define EXCEPTION_FLT_OVERFLOW			STATUS_FLOAT_OVERFLOW
#define EXCEPTION_FLT_STACK_CHECK		STATUS_FLOAT_STACK_CHECK
#define EXCEPTION_FLT_UNDERFLOW			STATUS_FLOAT_UNDERFLOW
#define EXCEPTION_INT_DIVIDE_BY_ZERO		STATUS_INTEGER_DIVIDE_BY_ZERO
#define EXCEPTION_INT_OVERFLOW			STATUS_INTEGER_OVERFLOW
#define EXCEPTION_PRIV_INSTRUCTION		STATUS_PRIVILEGED_INSTRUCTION
#define EXCEPTION_IN_PAGE_ERROR			STATUS_IN_PAGE_ERROR
#define EXCEPTION_ILLEGAL_INSTRUCTION		STATUS_ILLEGAL_INSTRUCTION
#define EXCEPTION_NONCONTINUABLE_EXCEPTION	STATUS_NONCONTINUABLE_EXCEPTION
#define EXCEPTION_STACK_OVERFLOW		STATUS_STACK_OVERFLOW
#define EXCEPTION_INVALID_DISPOSITION		STATUS_INVALID_DISPOSITION
#define EXCEPTION_GUARD_PAGE			STATUS_GUARD_PAGE_VIOLATION
#define EXCEPTION_INVALID_HANDLE		STATUS_INVALID_HANDLE
#endif

/* ---- PE images --------------------------------------------------------- */

#ifndef IMAGE_DOS_SIGNATURE
#define IMAGE_DOS_SIGNATURE			0x5A4D		/* MZ */
#endif
#ifndef IMAGE_NT_SIGNATURE
#define IMAGE_NT_SIGNATURE			0x00004550	/* PE\0\0 */
#endif
#ifndef IMAGE_NT_OPTIONAL_HDR32_MAGIC
#define IMAGE_NT_OPTIONAL_HDR32_MAGIC		0x10b
#endif
#ifndef IMAGE_NT_OPTIONAL_HDR64_MAGIC
#define IMAGE_NT_OPTIONAL_HDR64_MAGIC		0x20b
#endif
#ifndef IMAGE_NUMBEROF_DIRECTORY_ENTRIES
#define IMAGE_NUMBEROF_DIRECTORY_ENTRIES	16
#endif
#ifndef IMAGE_SIZEOF_SHORT_NAME
#define IMAGE_SIZEOF_SHORT_NAME			8
#endif

/* The data directories of the optional header, by index. */
#ifndef IMAGE_DIRECTORY_ENTRY_EXPORT
#define IMAGE_DIRECTORY_ENTRY_EXPORT		0
#define IMAGE_DIRECTORY_ENTRY_IMPORT		1
#define IMAGE_DIRECTORY_ENTRY_RESOURCE		2
#define IMAGE_DIRECTORY_ENTRY_EXCEPTION		3
#define IMAGE_DIRECTORY_ENTRY_SECURITY		4
#define IMAGE_DIRECTORY_ENTRY_BASERELOC		5
#define IMAGE_DIRECTORY_ENTRY_DEBUG		6
#define IMAGE_DIRECTORY_ENTRY_ARCHITECTURE	7
#define IMAGE_DIRECTORY_ENTRY_GLOBALPTR		8
#define IMAGE_DIRECTORY_ENTRY_TLS		9
#define IMAGE_DIRECTORY_ENTRY_LOAD_CONFIG	10
#define IMAGE_DIRECTORY_ENTRY_BOUND_IMPORT	11
#define IMAGE_DIRECTORY_ENTRY_IAT		12
#define IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT	13
#define IMAGE_DIRECTORY_ENTRY_COM_DESCRIPTOR	14
#endif

#ifndef IMAGE_FILE_MACHINE_ARM
#define IMAGE_FILE_MACHINE_ARM			0x01c0
#endif
#ifndef IMAGE_FILE_MACHINE_ARMNT
#define IMAGE_FILE_MACHINE_ARMNT		0x01c4
#endif
#ifndef IMAGE_FILE_MACHINE_IA64
#define IMAGE_FILE_MACHINE_IA64			0x0200
#endif

#if !defined(VMW_DBGENG_HAVE_WINTYPES) && !defined(_WINNT_)
typedef uint16_t WORD;
typedef int16_t SHORT;

typedef struct _IMAGE_DOS_HEADER {
	WORD e_magic;
	WORD e_cblp;
	WORD e_cp;
	WORD e_crlc;
	WORD e_cparhdr;
	WORD e_minalloc;
	WORD e_maxalloc;
	WORD e_ss;
	WORD e_sp;
	WORD e_csum;
	WORD e_ip;
	WORD e_cs;
	WORD e_lfarlc;
	WORD e_ovno;
	WORD e_res[4];
	WORD e_oemid;
	WORD e_oeminfo;
	WORD e_res2[10];
	LONG e_lfanew;		/* where IMAGE_NT_HEADERS starts */
} IMAGE_DOS_HEADER, *PIMAGE_DOS_HEADER;

typedef struct _IMAGE_FILE_HEADER {
	WORD Machine;
	WORD NumberOfSections;
	DWORD TimeDateStamp;
	DWORD PointerToSymbolTable;
	DWORD NumberOfSymbols;
	WORD SizeOfOptionalHeader;
	WORD Characteristics;
} IMAGE_FILE_HEADER, *PIMAGE_FILE_HEADER;

typedef struct _IMAGE_DATA_DIRECTORY {
	DWORD VirtualAddress;
	DWORD Size;
} IMAGE_DATA_DIRECTORY, *PIMAGE_DATA_DIRECTORY;

typedef struct _IMAGE_OPTIONAL_HEADER {
	WORD Magic;
	BYTE MajorLinkerVersion;
	BYTE MinorLinkerVersion;
	DWORD SizeOfCode;
	DWORD SizeOfInitializedData;
	DWORD SizeOfUninitializedData;
	DWORD AddressOfEntryPoint;
	DWORD BaseOfCode;
	DWORD BaseOfData;
	DWORD ImageBase;
	DWORD SectionAlignment;
	DWORD FileAlignment;
	WORD MajorOperatingSystemVersion;
	WORD MinorOperatingSystemVersion;
	WORD MajorImageVersion;
	WORD MinorImageVersion;
	WORD MajorSubsystemVersion;
	WORD MinorSubsystemVersion;
	DWORD Win32VersionValue;
	DWORD SizeOfImage;
	DWORD SizeOfHeaders;
	DWORD CheckSum;
	WORD Subsystem;
	WORD DllCharacteristics;
	DWORD SizeOfStackReserve;
	DWORD SizeOfStackCommit;
	DWORD SizeOfHeapReserve;
	DWORD SizeOfHeapCommit;
	DWORD LoaderFlags;
	DWORD NumberOfRvaAndSizes;
	IMAGE_DATA_DIRECTORY DataDirectory[IMAGE_NUMBEROF_DIRECTORY_ENTRIES];
} IMAGE_OPTIONAL_HEADER32, *PIMAGE_OPTIONAL_HEADER32;

typedef struct _IMAGE_OPTIONAL_HEADER64 {
	WORD Magic;
	BYTE MajorLinkerVersion;
	BYTE MinorLinkerVersion;
	DWORD SizeOfCode;
	DWORD SizeOfInitializedData;
	DWORD SizeOfUninitializedData;
	DWORD AddressOfEntryPoint;
	DWORD BaseOfCode;
	ULONGLONG ImageBase;
	DWORD SectionAlignment;
	DWORD FileAlignment;
	WORD MajorOperatingSystemVersion;
	WORD MinorOperatingSystemVersion;
	WORD MajorImageVersion;
	WORD MinorImageVersion;
	WORD MajorSubsystemVersion;
	WORD MinorSubsystemVersion;
	DWORD Win32VersionValue;
	DWORD SizeOfImage;
	DWORD SizeOfHeaders;
	DWORD CheckSum;
	WORD Subsystem;
	WORD DllCharacteristics;
	ULONGLONG SizeOfStackReserve;
	ULONGLONG SizeOfStackCommit;
	ULONGLONG SizeOfHeapReserve;
	ULONGLONG SizeOfHeapCommit;
	DWORD LoaderFlags;
	DWORD NumberOfRvaAndSizes;
	IMAGE_DATA_DIRECTORY DataDirectory[IMAGE_NUMBEROF_DIRECTORY_ENTRIES];
} IMAGE_OPTIONAL_HEADER64, *PIMAGE_OPTIONAL_HEADER64;

typedef struct _IMAGE_NT_HEADERS {
	DWORD Signature;
	IMAGE_FILE_HEADER FileHeader;
	IMAGE_OPTIONAL_HEADER32 OptionalHeader;
} IMAGE_NT_HEADERS32, *PIMAGE_NT_HEADERS32;

typedef struct _IMAGE_NT_HEADERS64 {
	DWORD Signature;
	IMAGE_FILE_HEADER FileHeader;
	IMAGE_OPTIONAL_HEADER64 OptionalHeader;
} IMAGE_NT_HEADERS64, *PIMAGE_NT_HEADERS64;

/* A 64-bit build's defaults, as the SDK's for _WIN64. */
typedef IMAGE_NT_HEADERS64 IMAGE_NT_HEADERS;
typedef PIMAGE_NT_HEADERS64 PIMAGE_NT_HEADERS;
typedef IMAGE_OPTIONAL_HEADER64 IMAGE_OPTIONAL_HEADER;
typedef PIMAGE_OPTIONAL_HEADER64 PIMAGE_OPTIONAL_HEADER;

typedef struct _IMAGE_SECTION_HEADER {
	BYTE Name[IMAGE_SIZEOF_SHORT_NAME];
	union {
		DWORD PhysicalAddress;
		DWORD VirtualSize;
	} Misc;
	DWORD VirtualAddress;
	DWORD SizeOfRawData;
	DWORD PointerToRawData;
	DWORD PointerToRelocations;
	DWORD PointerToLinenumbers;
	WORD NumberOfRelocations;
	WORD NumberOfLinenumbers;
	DWORD Characteristics;
} IMAGE_SECTION_HEADER, *PIMAGE_SECTION_HEADER;

typedef struct _IMAGE_EXPORT_DIRECTORY {
	DWORD Characteristics;
	DWORD TimeDateStamp;
	WORD MajorVersion;
	WORD MinorVersion;
	DWORD Name;
	DWORD Base;
	DWORD NumberOfFunctions;
	DWORD NumberOfNames;
	DWORD AddressOfFunctions;
	DWORD AddressOfNames;
	DWORD AddressOfNameOrdinals;
} IMAGE_EXPORT_DIRECTORY, *PIMAGE_EXPORT_DIRECTORY;

VMW_DBGENG_ASSERT(sizeof(IMAGE_DOS_HEADER) == 64, "IMAGE_DOS_HEADER size");
VMW_DBGENG_ASSERT(sizeof(IMAGE_FILE_HEADER) == 20, "IMAGE_FILE_HEADER size");
VMW_DBGENG_ASSERT(sizeof(IMAGE_OPTIONAL_HEADER32) == 224, "IMAGE_OPTIONAL_HEADER32 size");
VMW_DBGENG_ASSERT(sizeof(IMAGE_OPTIONAL_HEADER64) == 240, "IMAGE_OPTIONAL_HEADER64 size");
VMW_DBGENG_ASSERT(sizeof(IMAGE_NT_HEADERS32) == 248, "IMAGE_NT_HEADERS32 size");
VMW_DBGENG_ASSERT(sizeof(IMAGE_NT_HEADERS64) == 264, "IMAGE_NT_HEADERS64 size");
VMW_DBGENG_ASSERT(sizeof(IMAGE_SECTION_HEADER) == 40, "IMAGE_SECTION_HEADER size");
VMW_DBGENG_ASSERT(sizeof(IMAGE_EXPORT_DIRECTORY) == 40, "IMAGE_EXPORT_DIRECTORY size");
#endif /* !VMW_DBGENG_HAVE_WINTYPES && !_WINNT_ */

#endif /* !VMW_DBGENG_NO_WINTYPES */

#endif /* VMWRITE_WINTYPES_H */
