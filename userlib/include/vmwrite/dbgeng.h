/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * vmwrite/dbgeng.h - the Windows debugger engine's client interface, for
 * Linux, limited to what libvmwrite implements.
 *
 * Existing dbgeng client code, C or C++, builds unchanged with gcc or g++:
 * DebugCreate(__uuidof(IDebugClient5), (PVOID *)&client), then
 * QueryInterface for IDebugControl or IDebugDataSpaces1-4, and
 * ReadVirtual/WriteVirtual with the engine's semantics: success when at
 * least one byte was transferred, the exact count always reported.  The
 * names, values, IIDs and method orders are those of the Windows SDK's
 * dbgeng.h; the C binding is the usual COM one (p->lpVtbl->Method(p, ...)
 * or the IDebugXxx_Method(p, ...) macros), the C++ one abstract classes with
 * the same vtables.
 *
 * Implemented: IUnknown on every object; IDebugClient's AttachProcess
 * (non-invasive: the target never stops), AttachKernel(Wide) for the
 * local kernel, DetachProcesses and EndSession; IDebugControl's
 * WaitForEvent, GetExecutionStatus and engine options; IDebugDataSpaces1-4's
 * virtual memory methods, with a page cache (VmwSetVirtualCacheSize,
 * VmwFlushVirtualCache); the free functions WriteVirtual and its family
 * on a current data space (VmwSetCurrentDataSpaces).  Every other method
 * is in its slot and returns E_NOTIMPL, as does DebugConnect.  See
 * Documentation/userspace-api/libvmwrite-dbgeng.rst.
 *
 * Types are those of 64-bit Windows (LLP64) on LP64 Linux: ULONG, LONG,
 * DWORD, BOOL and HRESULT are 32 bits (never "long"), ULONG64 and pointers
 * 64, WCHAR is char16_t (16 bits: use u"..." literals, not L"..."), GUID is
 * 16 bytes.  The Windows base types are left alone when windows-compatible
 * headers were included first (_WINNT_ defined), or when the includer
 * defines VMW_DBGENG_HAVE_WINTYPES; every constant is #ifndef-guarded.
 * Calling conventions are the platform's (STDMETHODCALLTYPE is empty).
 */

#ifndef VMWRITE_DBGENG_H
#define VMWRITE_DBGENG_H

#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#ifndef __cplusplus
#include <uchar.h>
#endif

#ifndef VMW_API
#define VMW_API	__attribute__((visibility("default")))
#endif
#define VMW_DBGENG_EXTERN	VMW_API extern

#if defined(__cplusplus) && __cplusplus >= 201103L
#define VMW_DBGENG_ASSERT(cond, msg)	static_assert(cond, msg)
#elif defined(__cplusplus)
#define VMW_DBGENG_ASSERT(cond, msg)	extern int vmw_dbgeng_assert[(cond) ? 1 : -1]
#else
#define VMW_DBGENG_ASSERT(cond, msg)	__extension__ _Static_assert(cond, msg)
#endif

#ifndef STDMETHODCALLTYPE
#define STDMETHODCALLTYPE
#endif

/* ---- Windows base types (LLP64 sizes) -------------------------------- */

#if !defined(VMW_DBGENG_HAVE_WINTYPES) && !defined(_WINNT_)
typedef int32_t LONG;
typedef uint32_t ULONG;
typedef int64_t LONG64;
typedef uint64_t ULONG64;
typedef uint64_t ULONGLONG;
typedef uint32_t DWORD;
typedef int32_t BOOL;
typedef uint8_t BYTE;
typedef unsigned char UCHAR;
typedef uint16_t USHORT;
typedef char CHAR;
typedef char16_t WCHAR;
typedef uintptr_t ULONG_PTR;
typedef intptr_t LONG_PTR;
typedef void *PVOID;
typedef ULONG *PULONG;
typedef LONG *PLONG;
typedef ULONG64 *PULONG64;
typedef LONG64 *PLONG64;
typedef BOOL *PBOOL;
typedef BYTE *PBYTE;
typedef UCHAR *PUCHAR;
typedef CHAR *PSTR;
typedef const CHAR *PCSTR;
typedef WCHAR *PWSTR;
typedef const WCHAR *PCWSTR;
typedef intptr_t (*FARPROC)(void);

/* VirtualQuery's answer, as IDebugDataSpaces2::QueryVirtual fills it. */
typedef struct __attribute__((aligned(16))) _MEMORY_BASIC_INFORMATION64 {
	ULONG64 BaseAddress;
	ULONG64 AllocationBase;
	DWORD AllocationProtect;
	DWORD __alignment1;
	ULONG64 RegionSize;
	DWORD State;
	DWORD Protect;
	DWORD Type;
	DWORD __alignment2;
} MEMORY_BASIC_INFORMATION64, *PMEMORY_BASIC_INFORMATION64;
VMW_DBGENG_ASSERT(sizeof(MEMORY_BASIC_INFORMATION64) == 48, "MEMORY_BASIC_INFORMATION64 size");
VMW_DBGENG_ASSERT(__alignof__(MEMORY_BASIC_INFORMATION64) == 16,
		  "MEMORY_BASIC_INFORMATION64 alignment");
#endif

#ifndef _HRESULT_DEFINED
#define _HRESULT_DEFINED
typedef int32_t HRESULT;
#endif

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
	uint32_t Data1;
	uint16_t Data2;
	uint16_t Data3;
	uint8_t Data4[8];
} GUID;
#endif
typedef GUID *LPGUID;
#ifndef __IID_DEFINED__
#define __IID_DEFINED__
typedef GUID IID;
#endif
#ifndef _REFGUID_DEFINED
#define _REFGUID_DEFINED
#ifdef __cplusplus
typedef const GUID &REFGUID;
#else
typedef const GUID *REFGUID;
#endif
#endif
#ifndef _REFIID_DEFINED
#define _REFIID_DEFINED
#ifdef __cplusplus
typedef const IID &REFIID;
#else
typedef const IID *REFIID;
#endif
#endif
VMW_DBGENG_ASSERT(sizeof(GUID) == 16, "GUID size");

#ifndef IsEqualGUID
#ifdef __cplusplus
inline bool IsEqualGUID(REFGUID a, REFGUID b)
{
	return memcmp(&a, &b, sizeof(GUID)) == 0;
}
#else
#define IsEqualGUID(a, b)	(memcmp((a), (b), sizeof(GUID)) == 0)
#endif
#endif
#ifndef IsEqualIID
#define IsEqualIID(a, b)	IsEqualGUID(a, b)
#endif

/* Opaque to this layer: only pointers to them appear in the interfaces. */
typedef struct _IMAGE_NT_HEADERS64 *PIMAGE_NT_HEADERS64;
typedef struct _WINDBG_EXTENSION_APIS32 *PWINDBG_EXTENSION_APIS32;
typedef struct _WINDBG_EXTENSION_APIS64 *PWINDBG_EXTENSION_APIS64;

/* ---- HRESULTs and Win32 error codes --------------------------------- */

#ifndef S_OK
#define S_OK		((HRESULT)0x00000000)
#endif
#ifndef S_FALSE
#define S_FALSE		((HRESULT)0x00000001)
#endif
#ifndef E_NOTIMPL
#define E_NOTIMPL	((HRESULT)0x80004001)
#endif
#ifndef E_NOINTERFACE
#define E_NOINTERFACE	((HRESULT)0x80004002)
#endif
#ifndef E_POINTER
#define E_POINTER	((HRESULT)0x80004003)
#endif
#ifndef E_ABORT
#define E_ABORT		((HRESULT)0x80004004)
#endif
#ifndef E_FAIL
#define E_FAIL		((HRESULT)0x80004005)
#endif
#ifndef E_PENDING
#define E_PENDING	((HRESULT)0x8000000A)
#endif
#ifndef E_UNEXPECTED
#define E_UNEXPECTED	((HRESULT)0x8000FFFF)
#endif
#ifndef E_ACCESSDENIED
#define E_ACCESSDENIED	((HRESULT)0x80070005)
#endif
#ifndef E_HANDLE
#define E_HANDLE	((HRESULT)0x80070006)
#endif
#ifndef E_OUTOFMEMORY
#define E_OUTOFMEMORY	((HRESULT)0x8007000E)
#endif
#ifndef E_INVALIDARG
#define E_INVALIDARG	((HRESULT)0x80070057)
#endif

#ifndef SUCCEEDED
#define SUCCEEDED(hr)	((HRESULT)(hr) >= 0)
#endif
#ifndef FAILED
#define FAILED(hr)	((HRESULT)(hr) < 0)
#endif
#ifndef FACILITY_WIN32
#define FACILITY_WIN32	7
#endif
#ifndef FACILITY_NT_BIT
#define FACILITY_NT_BIT	0x10000000
#endif
#ifndef HRESULT_FROM_WIN32
/* A macro, not the SDK's inline function, so that it is a constant expression. */
#define HRESULT_FROM_WIN32(x)						\
	((HRESULT)(x) <= 0 ? (HRESULT)(x) :				\
	 (HRESULT)(((uint32_t)(x) & 0x0000FFFF) | (FACILITY_WIN32 << 16) | 0x80000000u))
#endif
#ifndef HRESULT_FROM_NT
#define HRESULT_FROM_NT(x)	((HRESULT)((uint32_t)(x) | FACILITY_NT_BIT))
#endif
/* ntstatus.h: what SearchVirtual & co. fail with when nothing is found. */
#ifndef STATUS_NO_MORE_ENTRIES
#define STATUS_NO_MORE_ENTRIES	((LONG)0x8000001AL)
#endif

/* The Win32 errors this layer reports, through HRESULT_FROM_WIN32. */
#ifndef ERROR_SUCCESS
#define ERROR_SUCCESS			0
#endif
#ifndef ERROR_INVALID_FUNCTION
#define ERROR_INVALID_FUNCTION		1
#endif
#ifndef ERROR_FILE_NOT_FOUND
#define ERROR_FILE_NOT_FOUND		2
#endif
#ifndef ERROR_ACCESS_DENIED
#define ERROR_ACCESS_DENIED		5
#endif
#ifndef ERROR_INVALID_HANDLE
#define ERROR_INVALID_HANDLE		6
#endif
#ifndef ERROR_NOT_ENOUGH_MEMORY
#define ERROR_NOT_ENOUGH_MEMORY		8
#endif
#ifndef ERROR_OUTOFMEMORY
#define ERROR_OUTOFMEMORY		14
#endif
#ifndef ERROR_WRITE_PROTECT
#define ERROR_WRITE_PROTECT		19
#endif
#ifndef ERROR_NOT_READY
#define ERROR_NOT_READY			21
#endif
#ifndef ERROR_WRITE_FAULT
#define ERROR_WRITE_FAULT		29
#endif
#ifndef ERROR_READ_FAULT
#define ERROR_READ_FAULT		30
#endif
#ifndef ERROR_NOT_SUPPORTED
#define ERROR_NOT_SUPPORTED		50
#endif
#ifndef ERROR_INVALID_PARAMETER
#define ERROR_INVALID_PARAMETER		87
#endif
#ifndef ERROR_CALL_NOT_IMPLEMENTED
#define ERROR_CALL_NOT_IMPLEMENTED	120
#endif
#ifndef ERROR_INSUFFICIENT_BUFFER
#define ERROR_INSUFFICIENT_BUFFER	122
#endif
#ifndef ERROR_NOT_SAME_DEVICE
#define ERROR_NOT_SAME_DEVICE		17
#endif
#ifndef ERROR_BUSY
#define ERROR_BUSY			170
#endif
#ifndef ERROR_PARTIAL_COPY
#define ERROR_PARTIAL_COPY		299
#endif
#ifndef ERROR_INVALID_ADDRESS
#define ERROR_INVALID_ADDRESS		487
#endif
#ifndef ERROR_OPERATION_ABORTED
#define ERROR_OPERATION_ABORTED		995
#endif
#ifndef ERROR_NOACCESS
#define ERROR_NOACCESS			998
#endif
#ifndef ERROR_INVALID_FLAGS
#define ERROR_INVALID_FLAGS		1004
#endif
#ifndef ERROR_PROCESS_ABORTED
#define ERROR_PROCESS_ABORTED		1067
#endif
#ifndef ERROR_NOT_FOUND
#define ERROR_NOT_FOUND			1168
#endif
#ifndef ERROR_TIMEOUT
#define ERROR_TIMEOUT			1460
#endif

/* ---- memory protection and state, for MEMORY_BASIC_INFORMATION64 ---- */

#ifndef PAGE_NOACCESS
#define PAGE_NOACCESS		0x01
#endif
#ifndef PAGE_READONLY
#define PAGE_READONLY		0x02
#endif
#ifndef PAGE_READWRITE
#define PAGE_READWRITE		0x04
#endif
#ifndef PAGE_WRITECOPY
#define PAGE_WRITECOPY		0x08
#endif
#ifndef PAGE_EXECUTE
#define PAGE_EXECUTE		0x10
#endif
#ifndef PAGE_EXECUTE_READ
#define PAGE_EXECUTE_READ	0x20
#endif
#ifndef PAGE_EXECUTE_READWRITE
#define PAGE_EXECUTE_READWRITE	0x40
#endif
#ifndef PAGE_EXECUTE_WRITECOPY
#define PAGE_EXECUTE_WRITECOPY	0x80
#endif
#ifndef PAGE_GUARD
#define PAGE_GUARD		0x100
#endif
#ifndef PAGE_NOCACHE
#define PAGE_NOCACHE		0x200
#endif
#ifndef PAGE_WRITECOMBINE
#define PAGE_WRITECOMBINE	0x400
#endif
#ifndef MEM_COMMIT
#define MEM_COMMIT		0x1000
#endif
#ifndef MEM_RESERVE
#define MEM_RESERVE		0x2000
#endif
#ifndef MEM_FREE
#define MEM_FREE		0x10000
#endif
#ifndef MEM_PRIVATE
#define MEM_PRIVATE		0x20000
#endif
#ifndef MEM_MAPPED
#define MEM_MAPPED		0x40000
#endif
#ifndef MEM_IMAGE
#define MEM_IMAGE		0x1000000
#endif

/* Processor types, for IDebugControl::Get*ProcessorType. */
#ifndef IMAGE_FILE_MACHINE_UNKNOWN
#define IMAGE_FILE_MACHINE_UNKNOWN	0
#endif
#ifndef IMAGE_FILE_MACHINE_I386
#define IMAGE_FILE_MACHINE_I386		0x014c
#endif
#ifndef IMAGE_FILE_MACHINE_AMD64
#define IMAGE_FILE_MACHINE_AMD64	0x8664
#endif
#ifndef IMAGE_FILE_MACHINE_ARM64
#define IMAGE_FILE_MACHINE_ARM64	0xaa64
#endif

#ifndef INFINITE
#define INFINITE	0xffffffff
#endif

/* ---- interface identifiers ------------------------------------------ */

/*
 * The values, as initialisers, so that the definitions (dbgeng_guids.c)
 * and the C++ __uuidof() below share one source.
 */
#define VMW_IID_IUnknown_INIT \
	{0x00000000, 0x0000, 0x0000, {0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46}}
#define VMW_IID_IDebugClient_INIT \
	{0x27fe5639, 0x8407, 0x4f47, {0x83, 0x64, 0xee, 0x11, 0x8f, 0xb0, 0x8a, 0xc8}}
#define VMW_IID_IDebugClient2_INIT \
	{0xedbed635, 0x372e, 0x4dab, {0xbb, 0xfe, 0xed, 0x0d, 0x2f, 0x63, 0xbe, 0x81}}
#define VMW_IID_IDebugClient3_INIT \
	{0xdd492d7f, 0x71b8, 0x4ad6, {0xa8, 0xdc, 0x1c, 0x88, 0x74, 0x79, 0xff, 0x91}}
#define VMW_IID_IDebugClient4_INIT \
	{0xca83c3de, 0x5089, 0x4cf8, {0x93, 0xc8, 0xd8, 0x92, 0x38, 0x7f, 0x2a, 0x5e}}
#define VMW_IID_IDebugClient5_INIT \
	{0xe3acb9d7, 0x7ec2, 0x4f0c, {0xa0, 0xda, 0xe8, 0x1e, 0x0c, 0xbb, 0xe6, 0x28}}
#define VMW_IID_IDebugControl_INIT \
	{0x5182e668, 0x105e, 0x416e, {0xad, 0x92, 0x24, 0xef, 0x80, 0x04, 0x24, 0xba}}
#define VMW_IID_IDebugDataSpaces_INIT \
	{0x88f7dfab, 0x3ea7, 0x4c3a, {0xae, 0xfb, 0xc4, 0xe8, 0x10, 0x61, 0x73, 0xaa}}
#define VMW_IID_IDebugDataSpaces2_INIT \
	{0x7a5e852f, 0x96e9, 0x468f, {0xac, 0x1b, 0x0b, 0x3a, 0xdd, 0xc4, 0xa0, 0x49}}
#define VMW_IID_IDebugDataSpaces3_INIT \
	{0x23f79d6c, 0x8aaf, 0x4f7c, {0xa6, 0x07, 0x99, 0x95, 0xf5, 0x40, 0x7e, 0x63}}
#define VMW_IID_IDebugDataSpaces4_INIT \
	{0xd98ada1f, 0x29e9, 0x4ef5, {0xa6, 0xc0, 0xe5, 0x33, 0x49, 0x88, 0x32, 0x12}}
#define VMW_IID_IDebugBreakpoint_INIT \
	{0x5bd9d474, 0x5975, 0x423a, {0xb8, 0x8b, 0x65, 0xa8, 0xe7, 0x11, 0x0e, 0x65}}
#define VMW_IID_IDebugInputCallbacks_INIT \
	{0x9f50e42c, 0xf136, 0x499e, {0x9a, 0x97, 0x73, 0x03, 0x6c, 0x94, 0xed, 0x2d}}
#define VMW_IID_IDebugOutputCallbacks_INIT \
	{0x4bf58045, 0xd654, 0x4c40, {0xb0, 0xaf, 0x68, 0x30, 0x90, 0xf3, 0x56, 0xdc}}
#define VMW_IID_IDebugOutputCallbacksWide_INIT \
	{0x4c7fd663, 0xc394, 0x4e26, {0x8e, 0xf1, 0x34, 0xad, 0x5e, 0xd3, 0x76, 0x4c}}
#define VMW_IID_IDebugEventCallbacks_INIT \
	{0x337be28b, 0x5036, 0x4d72, {0xb6, 0xbf, 0xc4, 0x5f, 0xbb, 0x9f, 0x2e, 0xaa}}
#define VMW_IID_IDebugEventCallbacksWide_INIT \
	{0x0690e046, 0x9c23, 0x45ac, {0xa0, 0x4f, 0x98, 0x7a, 0xc2, 0x9a, 0xd0, 0xd3}}

#ifdef __cplusplus
extern "C" {
#endif
VMW_DBGENG_EXTERN const IID IID_IUnknown;
VMW_DBGENG_EXTERN const IID IID_IDebugClient;
VMW_DBGENG_EXTERN const IID IID_IDebugClient2;
VMW_DBGENG_EXTERN const IID IID_IDebugClient3;
VMW_DBGENG_EXTERN const IID IID_IDebugClient4;
VMW_DBGENG_EXTERN const IID IID_IDebugClient5;
VMW_DBGENG_EXTERN const IID IID_IDebugControl;
VMW_DBGENG_EXTERN const IID IID_IDebugDataSpaces;
VMW_DBGENG_EXTERN const IID IID_IDebugDataSpaces2;
VMW_DBGENG_EXTERN const IID IID_IDebugDataSpaces3;
VMW_DBGENG_EXTERN const IID IID_IDebugDataSpaces4;
VMW_DBGENG_EXTERN const IID IID_IDebugBreakpoint;
VMW_DBGENG_EXTERN const IID IID_IDebugInputCallbacks;
VMW_DBGENG_EXTERN const IID IID_IDebugOutputCallbacks;
VMW_DBGENG_EXTERN const IID IID_IDebugOutputCallbacksWide;
VMW_DBGENG_EXTERN const IID IID_IDebugEventCallbacks;
VMW_DBGENG_EXTERN const IID IID_IDebugEventCallbacksWide;
#ifdef __cplusplus
}
#endif

/* ---- interface pointers ---------------------------------------------- */

typedef struct IDebugClient IDebugClient, *PDEBUG_CLIENT;
typedef struct IDebugClient2 IDebugClient2, *PDEBUG_CLIENT2;
typedef struct IDebugClient3 IDebugClient3, *PDEBUG_CLIENT3;
typedef struct IDebugClient4 IDebugClient4, *PDEBUG_CLIENT4;
typedef struct IDebugClient5 IDebugClient5, *PDEBUG_CLIENT5;
typedef struct IDebugControl IDebugControl, *PDEBUG_CONTROL;
typedef struct IDebugDataSpaces IDebugDataSpaces, *PDEBUG_DATA_SPACES;
typedef struct IDebugDataSpaces2 IDebugDataSpaces2, *PDEBUG_DATA_SPACES2;
typedef struct IDebugDataSpaces3 IDebugDataSpaces3, *PDEBUG_DATA_SPACES3;
typedef struct IDebugDataSpaces4 IDebugDataSpaces4, *PDEBUG_DATA_SPACES4;
typedef struct IDebugBreakpoint IDebugBreakpoint, *PDEBUG_BREAKPOINT;
typedef struct IDebugInputCallbacks IDebugInputCallbacks, *PDEBUG_INPUT_CALLBACKS;
typedef struct IDebugOutputCallbacks IDebugOutputCallbacks, *PDEBUG_OUTPUT_CALLBACKS;
typedef struct IDebugOutputCallbacksWide IDebugOutputCallbacksWide, *PDEBUG_OUTPUT_CALLBACKS_WIDE;
typedef struct IDebugEventCallbacks IDebugEventCallbacks, *PDEBUG_EVENT_CALLBACKS;
typedef struct IDebugEventCallbacksWide IDebugEventCallbacksWide, *PDEBUG_EVENT_CALLBACKS_WIDE;

/* ---- DEBUG_* constants, with the SDK's values ------------------------ */

/* IDebugClient::AttachKernel flags. */
#define DEBUG_ATTACH_KERNEL_CONNECTION		0x00000000
#define DEBUG_ATTACH_LOCAL_KERNEL		0x00000001
#define DEBUG_ATTACH_EXDI_DRIVER		0x00000002

/* IDebugClient::AttachProcess flags. */
#define DEBUG_ATTACH_DEFAULT			0x00000000
#define DEBUG_ATTACH_NONINVASIVE		0x00000001
#define DEBUG_ATTACH_EXISTING			0x00000002
#define DEBUG_ATTACH_NONINVASIVE_NO_SUSPEND	0x00000004
#define DEBUG_ATTACH_INVASIVE_NO_INITIAL_BREAK	0x00000008
#define DEBUG_ATTACH_INVASIVE_RESUME_PROCESS	0x00000010
#define DEBUG_ATTACH_NONINVASIVE_ALLOW_PARTIAL	0x00000020

/* IDebugClient::GetRunningProcessSystemIdByExecutableName flags. */
#define DEBUG_GET_PROC_DEFAULT			0x00000000
#define DEBUG_GET_PROC_FULL_MATCH		0x00000001
#define DEBUG_GET_PROC_ONLY_MATCH		0x00000002

/* IDebugClient::GetRunningProcessDescription flags. */
#define DEBUG_PROC_DESC_DEFAULT			0x00000000
#define DEBUG_PROC_DESC_NO_PATHS		0x00000001
#define DEBUG_PROC_DESC_NO_SERVICES		0x00000002
#define DEBUG_PROC_DESC_NO_MTS_PACKAGES		0x00000004
#define DEBUG_PROC_DESC_NO_COMMAND_LINE		0x00000008

/* IDebugClient process options (Get/Add/Remove/SetProcessOptions). */
#define DEBUG_PROCESS_DETACH_ON_EXIT		0x00000001
#define DEBUG_PROCESS_ONLY_THIS_PROCESS		0x00000002

/* IDebugClient::ConnectSession flags. */
#define DEBUG_CONNECT_SESSION_DEFAULT		0x00000000
#define DEBUG_CONNECT_SESSION_NO_VERSION	0x00000001
#define DEBUG_CONNECT_SESSION_NO_ANNOUNCE	0x00000002

/* IDebugClient::OutputServers flags. */
#define DEBUG_SERVERS_DEBUGGER			0x00000001
#define DEBUG_SERVERS_PROCESS			0x00000002
#define DEBUG_SERVERS_ALL			0x00000003

/* IDebugClient::EndSession flags. */
#define DEBUG_END_PASSIVE			0x00000000
#define DEBUG_END_ACTIVE_TERMINATE		0x00000001
#define DEBUG_END_ACTIVE_DETACH			0x00000002
#define DEBUG_END_REENTRANT			0x00000003
#define DEBUG_END_DISCONNECT			0x00000004

/* Output masks (IDebugClient::SetOutputMask, IDebugControl::Output). */
#define DEBUG_OUTPUT_NORMAL			0x00000001
#define DEBUG_OUTPUT_ERROR			0x00000002
#define DEBUG_OUTPUT_WARNING			0x00000004
#define DEBUG_OUTPUT_VERBOSE			0x00000008
#define DEBUG_OUTPUT_PROMPT			0x00000010
#define DEBUG_OUTPUT_PROMPT_REGISTERS		0x00000020
#define DEBUG_OUTPUT_EXTENSION_WARNING		0x00000040
#define DEBUG_OUTPUT_DEBUGGEE			0x00000080
#define DEBUG_OUTPUT_DEBUGGEE_PROMPT		0x00000100
#define DEBUG_OUTPUT_SYMBOLS			0x00000200

/* IDebugClient::OutputIdentity flags. */
#define DEBUG_OUTPUT_IDENTITY_DEFAULT		0x00000000

/* IDebugClient2::WriteDumpFile2 format flags. */
#define DEBUG_FORMAT_DEFAULT			0x00000000
#define DEBUG_FORMAT_WRITE_CAB			0x20000000
#define DEBUG_FORMAT_CAB_SECONDARY_FILES	0x40000000
#define DEBUG_FORMAT_NO_OVERWRITE		0x80000000
#define DEBUG_FORMAT_USER_SMALL_FULL_MEMORY	0x00000001
#define DEBUG_FORMAT_USER_SMALL_HANDLE_DATA	0x00000002
#define DEBUG_FORMAT_USER_SMALL_UNLOADED_MODULES	0x00000004
#define DEBUG_FORMAT_USER_SMALL_INDIRECT_MEMORY	0x00000008
#define DEBUG_FORMAT_USER_SMALL_DATA_SEGMENTS	0x00000010
#define DEBUG_FORMAT_USER_SMALL_FILTER_MEMORY	0x00000020
#define DEBUG_FORMAT_USER_SMALL_FILTER_PATHS	0x00000040
#define DEBUG_FORMAT_USER_SMALL_PROCESS_THREAD_DATA	0x00000080
#define DEBUG_FORMAT_USER_SMALL_PRIVATE_READ_WRITE_MEMORY	0x00000100

/* IDebugClient4::GetDumpFile indexes. */
#define DEBUG_DUMP_FILE_BASE			0xffffffff
#define DEBUG_DUMP_FILE_PAGE_FILE_DUMP		0x00000000

/* Execution status (IDebugControl::Get/SetExecutionStatus). */
#define DEBUG_STATUS_NO_CHANGE			0
#define DEBUG_STATUS_GO				1
#define DEBUG_STATUS_GO_HANDLED			2
#define DEBUG_STATUS_GO_NOT_HANDLED		3
#define DEBUG_STATUS_STEP_OVER			4
#define DEBUG_STATUS_STEP_INTO			5
#define DEBUG_STATUS_BREAK			6
#define DEBUG_STATUS_NO_DEBUGGEE		7
#define DEBUG_STATUS_STEP_BRANCH		8
#define DEBUG_STATUS_IGNORE_EVENT		9

/* Output control (the OutputControl arguments). */
#define DEBUG_OUTCTL_THIS_CLIENT		0x00000000
#define DEBUG_OUTCTL_ALL_CLIENTS		0x00000001
#define DEBUG_OUTCTL_ALL_OTHER_CLIENTS		0x00000002
#define DEBUG_OUTCTL_IGNORE			0x00000003
#define DEBUG_OUTCTL_LOG_ONLY			0x00000004
#define DEBUG_OUTCTL_SEND_MASK			0x00000007
#define DEBUG_OUTCTL_NOT_LOGGED			0x00000008
#define DEBUG_OUTCTL_OVERRIDE_MASK		0x00000010
#define DEBUG_OUTCTL_DML			0x00000020
#define DEBUG_OUTCTL_AMBIENT_DML		0xfffffffe
#define DEBUG_OUTCTL_AMBIENT_TEXT		0xffffffff
#define DEBUG_OUTCTL_AMBIENT			DEBUG_OUTCTL_AMBIENT_TEXT

/* IDebugControl::SetInterrupt flags. */
#define DEBUG_INTERRUPT_ACTIVE			0
#define DEBUG_INTERRUPT_PASSIVE			1
#define DEBUG_INTERRUPT_EXIT			2

/* IDebugControl::OutputCurrentState flags. */
#define DEBUG_CURRENT_DEFAULT			0x0000000f
#define DEBUG_CURRENT_SYMBOL			0x00000001
#define DEBUG_CURRENT_DISASM			0x00000002
#define DEBUG_CURRENT_REGISTERS			0x00000004
#define DEBUG_CURRENT_SOURCE_LINE		0x00000008

/* IDebugControl::Disassemble flags. */
#define DEBUG_DISASM_EFFECTIVE_ADDRESS		0x00000001
#define DEBUG_DISASM_MATCHING_SYMBOLS		0x00000002

/* IDebugControl::Get/SetCodeLevel. */
#define DEBUG_LEVEL_SOURCE			0
#define DEBUG_LEVEL_ASSEMBLY			1

/* Engine options (IDebugControl::Get/Add/Remove/SetEngineOptions). */
#define DEBUG_ENGOPT_IGNORE_DBGHELP_VERSION	0x00000001
#define DEBUG_ENGOPT_IGNORE_EXTENSION_VERSIONS	0x00000002
#define DEBUG_ENGOPT_ALLOW_NETWORK_PATHS	0x00000004
#define DEBUG_ENGOPT_DISALLOW_NETWORK_PATHS	0x00000008
#define DEBUG_ENGOPT_NETWORK_PATHS		(0x00000004 | 0x00000008)
#define DEBUG_ENGOPT_IGNORE_LOADER_EXCEPTIONS	0x00000010
#define DEBUG_ENGOPT_INITIAL_BREAK		0x00000020
#define DEBUG_ENGOPT_INITIAL_MODULE_BREAK	0x00000040
#define DEBUG_ENGOPT_FINAL_BREAK		0x00000080
#define DEBUG_ENGOPT_NO_EXECUTE_REPEAT		0x00000100
#define DEBUG_ENGOPT_FAIL_INCOMPLETE_INFORMATION	0x00000200
#define DEBUG_ENGOPT_ALLOW_READ_ONLY_BREAKPOINTS	0x00000400
#define DEBUG_ENGOPT_SYNCHRONIZE_BREAKPOINTS	0x00000800
#define DEBUG_ENGOPT_DISALLOW_SHELL_COMMANDS	0x00001000
#define DEBUG_ENGOPT_KD_QUIET_MODE		0x00002000
#define DEBUG_ENGOPT_DISABLE_MANAGED_SUPPORT	0x00004000
#define DEBUG_ENGOPT_DISABLE_MODULE_SYMBOL_LOAD	0x00008000
#define DEBUG_ENGOPT_DISABLE_EXECUTION_COMMANDS	0x00010000
#define DEBUG_ENGOPT_DISALLOW_IMAGE_FILE_MAPPING	0x00020000
#define DEBUG_ENGOPT_PREFER_DML			0x00040000
#define DEBUG_ENGOPT_DISABLESQM			0x00080000
#define DEBUG_ENGOPT_DISABLE_STEPLINES_OPTIONS	0x00200000
#define DEBUG_ENGOPT_DEBUGGING_SENSITIVE_DATA	0x00400000
#define DEBUG_ENGOPT_PREFER_TRACE_FILES		0x00800000
#define DEBUG_ENGOPT_RESOLVE_SHADOWED_VARIABLES	0x01000000
#define DEBUG_ENGOPT_ALL			0x01EFFFFF

/* Any breakpoint or event filter id. */
#define DEBUG_ANY_ID				0xffffffff

/* IDebugControl::GetStackTrace/OutputStackTrace flags. */
#define DEBUG_STACK_ARGUMENTS			0x00000001
#define DEBUG_STACK_FUNCTION_INFO		0x00000002
#define DEBUG_STACK_SOURCE_LINE			0x00000004
#define DEBUG_STACK_FRAME_ADDRESSES		0x00000008
#define DEBUG_STACK_COLUMN_NAMES		0x00000010
#define DEBUG_STACK_NONVOLATILE_REGISTERS	0x00000020
#define DEBUG_STACK_FRAME_NUMBERS		0x00000040
#define DEBUG_STACK_PARAMETERS			0x00000080
#define DEBUG_STACK_FRAME_ADDRESSES_RA_ONLY	0x00000100
#define DEBUG_STACK_FRAME_MEMORY_USAGE		0x00000200

/* IDebugControl::GetDebuggeeType classes. */
#define DEBUG_CLASS_UNINITIALIZED		0
#define DEBUG_CLASS_KERNEL			1
#define DEBUG_CLASS_USER_WINDOWS		2
#define DEBUG_CLASS_IMAGE_FILE			3

/* Dump qualifiers (IDebugClient::WriteDumpFile). */
#define DEBUG_DUMP_SMALL			1024
#define DEBUG_DUMP_DEFAULT			1025
#define DEBUG_DUMP_FULL				1026

/* Kernel-class qualifiers (IDebugControl::GetDebuggeeType). */
#define DEBUG_KERNEL_CONNECTION			0
#define DEBUG_KERNEL_LOCAL			1
#define DEBUG_KERNEL_EXDI_DRIVER		2
#define DEBUG_KERNEL_SMALL_DUMP			DEBUG_DUMP_SMALL
#define DEBUG_KERNEL_DUMP			DEBUG_DUMP_DEFAULT
#define DEBUG_KERNEL_FULL_DUMP			DEBUG_DUMP_FULL

/* User-class qualifiers (IDebugControl::GetDebuggeeType). */
#define DEBUG_USER_WINDOWS_PROCESS		0
#define DEBUG_USER_WINDOWS_PROCESS_SERVER	1
#define DEBUG_USER_WINDOWS_SMALL_DUMP		DEBUG_DUMP_SMALL
#define DEBUG_USER_WINDOWS_DUMP			DEBUG_DUMP_DEFAULT

/* IDebugControl::AddExtension flags. */
#define DEBUG_EXTENSION_AT_ENGINE		0x00000000

/* IDebugControl::Execute flags. */
#define DEBUG_EXECUTE_DEFAULT			0x00000000
#define DEBUG_EXECUTE_ECHO			0x00000001
#define DEBUG_EXECUTE_NOT_LOGGED		0x00000002
#define DEBUG_EXECUTE_NO_REPEAT			0x00000004

/* Event filters (IDebugControl::Get/SetSpecificFilterParameters). */
#define DEBUG_FILTER_CREATE_THREAD		0x00000000
#define DEBUG_FILTER_EXIT_THREAD		0x00000001
#define DEBUG_FILTER_CREATE_PROCESS		0x00000002
#define DEBUG_FILTER_EXIT_PROCESS		0x00000003
#define DEBUG_FILTER_LOAD_MODULE		0x00000004
#define DEBUG_FILTER_UNLOAD_MODULE		0x00000005
#define DEBUG_FILTER_SYSTEM_ERROR		0x00000006
#define DEBUG_FILTER_INITIAL_BREAKPOINT		0x00000007
#define DEBUG_FILTER_INITIAL_MODULE_LOAD	0x00000008
#define DEBUG_FILTER_DEBUGGEE_OUTPUT		0x00000009
#define DEBUG_FILTER_BREAK			0x00000000
#define DEBUG_FILTER_SECOND_CHANCE_BREAK	0x00000001
#define DEBUG_FILTER_OUTPUT			0x00000002
#define DEBUG_FILTER_IGNORE			0x00000003
#define DEBUG_FILTER_REMOVE			0x00000004
#define DEBUG_FILTER_GO_HANDLED			0x00000000
#define DEBUG_FILTER_GO_NOT_HANDLED		0x00000001

/* IDebugControl::WaitForEvent flags. */
#define DEBUG_WAIT_DEFAULT			0x00000000

/* DEBUG_VALUE types (IDebugControl::Evaluate, CoerceValue). */
#define DEBUG_VALUE_INVALID			0
#define DEBUG_VALUE_INT8			1
#define DEBUG_VALUE_INT16			2
#define DEBUG_VALUE_INT32			3
#define DEBUG_VALUE_INT64			4
#define DEBUG_VALUE_FLOAT32			5
#define DEBUG_VALUE_FLOAT64			6
#define DEBUG_VALUE_FLOAT80			7
#define DEBUG_VALUE_FLOAT82			8
#define DEBUG_VALUE_FLOAT128			9
#define DEBUG_VALUE_VECTOR64			10
#define DEBUG_VALUE_VECTOR128			11
#define DEBUG_VALUE_TYPES			12

/* Breakpoint types (IDebugControl::AddBreakpoint). */
#define DEBUG_BREAKPOINT_CODE			0
#define DEBUG_BREAKPOINT_DATA			1

/* DEBUG_BREAKPOINT_PARAMETERS.Flags. */
#define DEBUG_BREAKPOINT_GO_ONLY		0x00000001
#define DEBUG_BREAKPOINT_DEFERRED		0x00000002
#define DEBUG_BREAKPOINT_ENABLED		0x00000004
#define DEBUG_BREAKPOINT_ADDER_ONLY		0x00000008
#define DEBUG_BREAKPOINT_ONE_SHOT		0x00000010

/* DEBUG_BREAKPOINT_PARAMETERS.DataAccessType. */
#define DEBUG_BREAK_READ			0x00000001
#define DEBUG_BREAK_WRITE			0x00000002
#define DEBUG_BREAK_EXECUTE			0x00000004
#define DEBUG_BREAK_IO				0x00000008

/* Data spaces (IDebugDataSpaces4::GetOffsetInformation Space). */
#define DEBUG_DATA_SPACE_VIRTUAL		0
#define DEBUG_DATA_SPACE_PHYSICAL		1
#define DEBUG_DATA_SPACE_CONTROL		2
#define DEBUG_DATA_SPACE_IO			3
#define DEBUG_DATA_SPACE_MSR			4
#define DEBUG_DATA_SPACE_BUS_DATA		5
#define DEBUG_DATA_SPACE_DEBUGGER_DATA		6
#define DEBUG_DATA_SPACE_COUNT			7

/* IDebugDataSpaces2::ReadHandleData types. */
#define DEBUG_HANDLE_DATA_TYPE_BASIC		0
#define DEBUG_HANDLE_DATA_TYPE_TYPE_NAME	1
#define DEBUG_HANDLE_DATA_TYPE_OBJECT_NAME	2
#define DEBUG_HANDLE_DATA_TYPE_HANDLE_COUNT	3
#define DEBUG_HANDLE_DATA_TYPE_TYPE_NAME_WIDE	4
#define DEBUG_HANDLE_DATA_TYPE_OBJECT_NAME_WIDE	5

/* IDebugDataSpaces4::GetOffsetInformation Which, and its answers. */
#define DEBUG_OFFSINFO_VIRTUAL_SOURCE		0x00000001
#define DEBUG_VSOURCE_INVALID			0x00000000
#define DEBUG_VSOURCE_DEBUGGEE			0x00000001
#define DEBUG_VSOURCE_MAPPED_IMAGE		0x00000002
#define DEBUG_VSOURCE_DUMP_WITHOUT_MEMINFO	0x00000003

/* IDebugDataSpaces4::SearchVirtual2 flags. */
#define DEBUG_VSEARCH_DEFAULT			0x00000000
#define DEBUG_VSEARCH_WRITABLE_ONLY		0x00000001

/* IDebugDataSpaces4::ReadPhysical2/WritePhysical2 flags. */
#define DEBUG_PHYSICAL_DEFAULT			0x00000000
#define DEBUG_PHYSICAL_CACHED			0x00000001
#define DEBUG_PHYSICAL_UNCACHED			0x00000002
#define DEBUG_PHYSICAL_WRITE_COMBINED		0x00000003

#define DEBUG_EXTEND64(Addr)			((ULONG64)(LONG64)(LONG)(Addr))

/* ---- structures of the interfaces, with the SDK's layouts ------------- */

typedef struct _DEBUG_STACK_FRAME {
	ULONG64 InstructionOffset;
	ULONG64 ReturnOffset;
	ULONG64 FrameOffset;
	ULONG64 StackOffset;
	ULONG64 FuncTableEntry;
	ULONG64 Params[4];
	ULONG64 Reserved[6];
	BOOL Virtual;
	ULONG FrameNumber;
} DEBUG_STACK_FRAME, *PDEBUG_STACK_FRAME;

typedef struct _DEBUG_SPECIFIC_FILTER_PARAMETERS {
	ULONG ExecutionOption;
	ULONG ContinueOption;
	ULONG TextSize;
	ULONG CommandSize;
	ULONG ArgumentSize;
} DEBUG_SPECIFIC_FILTER_PARAMETERS, *PDEBUG_SPECIFIC_FILTER_PARAMETERS;

typedef struct _DEBUG_EXCEPTION_FILTER_PARAMETERS {
	ULONG ExecutionOption;
	ULONG ContinueOption;
	ULONG TextSize;
	ULONG CommandSize;
	ULONG SecondCommandSize;
	ULONG ExceptionCode;
} DEBUG_EXCEPTION_FILTER_PARAMETERS, *PDEBUG_EXCEPTION_FILTER_PARAMETERS;

typedef struct _DEBUG_BREAKPOINT_PARAMETERS {
	ULONG64 Offset;
	ULONG Id;
	ULONG BreakType;
	ULONG ProcType;
	ULONG Flags;
	ULONG DataSize;
	ULONG DataAccessType;
	ULONG PassCount;
	ULONG CurrentPassCount;
	ULONG MatchThread;
	ULONG CommandSize;
	ULONG OffsetExpressionSize;
} DEBUG_BREAKPOINT_PARAMETERS, *PDEBUG_BREAKPOINT_PARAMETERS;

typedef struct _DEBUG_HANDLE_DATA_BASIC {
	ULONG TypeNameSize;
	ULONG ObjectNameSize;
	ULONG Attributes;
	ULONG GrantedAccess;
	ULONG HandleCount;
	ULONG PointerCount;
} DEBUG_HANDLE_DATA_BASIC, *PDEBUG_HANDLE_DATA_BASIC;

/* Anonymous members as in the SDK; __extension__ keeps -pedantic quiet. */
typedef struct _DEBUG_VALUE {
	__extension__ union {
		UCHAR I8;
		USHORT I16;
		ULONG I32;
		__extension__ struct {
			ULONG64 I64;	/* I64 and Nat overlay I64Parts32 */
			BOOL Nat;	/* true: I64 is a NaT (IA-64) */
		};
		float F32;
		double F64;
		UCHAR F80Bytes[10];
		UCHAR F82Bytes[11];
		UCHAR F128Bytes[16];
		UCHAR VI8[16];
		USHORT VI16[8];
		ULONG VI32[4];
		ULONG64 VI64[2];
		float VF32[4];
		double VF64[2];
		struct {
			ULONG LowPart;
			ULONG HighPart;
		} I64Parts32;
		struct {
			ULONG64 LowPart;
			LONG64 HighPart;
		} F128Parts64;
		UCHAR RawBytes[24];
	};
	ULONG TailOfRawBytes;
	ULONG Type;
} DEBUG_VALUE, *PDEBUG_VALUE;

VMW_DBGENG_ASSERT(sizeof(DEBUG_STACK_FRAME) == 128, "DEBUG_STACK_FRAME size");
VMW_DBGENG_ASSERT(sizeof(DEBUG_BREAKPOINT_PARAMETERS) == 56, "DEBUG_BREAKPOINT_PARAMETERS size");
VMW_DBGENG_ASSERT(sizeof(DEBUG_VALUE) == 32, "DEBUG_VALUE size");

/* ---- the C binding ---------------------------------------------------- */

#ifndef __cplusplus

#if !defined(__IUnknown_INTERFACE_DEFINED__) && !defined(VMW_DBGENG_HAVE_IUNKNOWN)
#define __IUnknown_INTERFACE_DEFINED__
typedef struct IUnknown IUnknown;

typedef struct IUnknownVtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IUnknown *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IUnknown *This);
	ULONG (STDMETHODCALLTYPE *Release)(IUnknown *This);
} IUnknownVtbl;

struct IUnknown {
	const struct IUnknownVtbl *lpVtbl;
};

#define IUnknown_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IUnknown_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IUnknown_Release(This) \
	((This)->lpVtbl->Release(This))
#endif

/* IDebugClient: 48 methods. */
typedef struct IDebugClientVtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugClient *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugClient *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugClient *This);
	HRESULT (STDMETHODCALLTYPE *AttachKernel)(IDebugClient *This, ULONG Flags, PCSTR ConnectOptions);
	HRESULT (STDMETHODCALLTYPE *GetKernelConnectionOptions)(IDebugClient *This, PSTR Buffer, ULONG BufferSize, PULONG OptionsSize);
	HRESULT (STDMETHODCALLTYPE *SetKernelConnectionOptions)(IDebugClient *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *StartProcessServer)(IDebugClient *This, ULONG Flags, PCSTR Options, PVOID Reserved);
	HRESULT (STDMETHODCALLTYPE *ConnectProcessServer)(IDebugClient *This, PCSTR RemoteOptions, PULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *DisconnectProcessServer)(IDebugClient *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIds)(IDebugClient *This, ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIdByExecutableName)(IDebugClient *This, ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessDescription)(IDebugClient *This, ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize);
	HRESULT (STDMETHODCALLTYPE *AttachProcess)(IDebugClient *This, ULONG64 Server, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcess)(IDebugClient *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttach)(IDebugClient *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *GetProcessOptions)(IDebugClient *This, PULONG Options);
	HRESULT (STDMETHODCALLTYPE *AddProcessOptions)(IDebugClient *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *RemoveProcessOptions)(IDebugClient *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *SetProcessOptions)(IDebugClient *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *OpenDumpFile)(IDebugClient *This, PCSTR DumpFile);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile)(IDebugClient *This, PCSTR DumpFile, ULONG Qualifier);
	HRESULT (STDMETHODCALLTYPE *ConnectSession)(IDebugClient *This, ULONG Flags, ULONG HistoryLimit);
	HRESULT (STDMETHODCALLTYPE *StartServer)(IDebugClient *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *OutputServers)(IDebugClient *This, ULONG OutputControl, PCSTR Machine, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *TerminateProcesses)(IDebugClient *This);
	HRESULT (STDMETHODCALLTYPE *DetachProcesses)(IDebugClient *This);
	HRESULT (STDMETHODCALLTYPE *EndSession)(IDebugClient *This, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetExitCode)(IDebugClient *This, PULONG Code);
	HRESULT (STDMETHODCALLTYPE *DispatchCallbacks)(IDebugClient *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *ExitDispatch)(IDebugClient *This, PDEBUG_CLIENT Client);
	HRESULT (STDMETHODCALLTYPE *CreateClient)(IDebugClient *This, PDEBUG_CLIENT *Client);
	HRESULT (STDMETHODCALLTYPE *GetInputCallbacks)(IDebugClient *This, PDEBUG_INPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetInputCallbacks)(IDebugClient *This, PDEBUG_INPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputCallbacks)(IDebugClient *This, PDEBUG_OUTPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetOutputCallbacks)(IDebugClient *This, PDEBUG_OUTPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputMask)(IDebugClient *This, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOutputMask)(IDebugClient *This, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOtherOutputMask)(IDebugClient *This, PDEBUG_CLIENT Client, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOtherOutputMask)(IDebugClient *This, PDEBUG_CLIENT Client, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOutputWidth)(IDebugClient *This, PULONG Columns);
	HRESULT (STDMETHODCALLTYPE *SetOutputWidth)(IDebugClient *This, ULONG Columns);
	HRESULT (STDMETHODCALLTYPE *GetOutputLinePrefix)(IDebugClient *This, PSTR Buffer, ULONG BufferSize, PULONG PrefixSize);
	HRESULT (STDMETHODCALLTYPE *SetOutputLinePrefix)(IDebugClient *This, PCSTR Prefix);
	HRESULT (STDMETHODCALLTYPE *GetIdentity)(IDebugClient *This, PSTR Buffer, ULONG BufferSize, PULONG IdentitySize);
	HRESULT (STDMETHODCALLTYPE *OutputIdentity)(IDebugClient *This, ULONG OutputControl, ULONG Flags, PCSTR Format);
	HRESULT (STDMETHODCALLTYPE *GetEventCallbacks)(IDebugClient *This, PDEBUG_EVENT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetEventCallbacks)(IDebugClient *This, PDEBUG_EVENT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *FlushCallbacks)(IDebugClient *This);
} IDebugClientVtbl;

struct IDebugClient {
	const struct IDebugClientVtbl *lpVtbl;
};

#define IDebugClient_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugClient_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugClient_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugClient_AttachKernel(This, Flags, ConnectOptions) \
	((This)->lpVtbl->AttachKernel(This, Flags, ConnectOptions))
#define IDebugClient_GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize) \
	((This)->lpVtbl->GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize))
#define IDebugClient_SetKernelConnectionOptions(This, Options) \
	((This)->lpVtbl->SetKernelConnectionOptions(This, Options))
#define IDebugClient_StartProcessServer(This, Flags, Options, Reserved) \
	((This)->lpVtbl->StartProcessServer(This, Flags, Options, Reserved))
#define IDebugClient_ConnectProcessServer(This, RemoteOptions, Server) \
	((This)->lpVtbl->ConnectProcessServer(This, RemoteOptions, Server))
#define IDebugClient_DisconnectProcessServer(This, Server) \
	((This)->lpVtbl->DisconnectProcessServer(This, Server))
#define IDebugClient_GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount) \
	((This)->lpVtbl->GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount))
#define IDebugClient_GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id) \
	((This)->lpVtbl->GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id))
#define IDebugClient_GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize) \
	((This)->lpVtbl->GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize))
#define IDebugClient_AttachProcess(This, Server, ProcessId, AttachFlags) \
	((This)->lpVtbl->AttachProcess(This, Server, ProcessId, AttachFlags))
#define IDebugClient_CreateProcess(This, Server, CommandLine, CreateFlags) \
	((This)->lpVtbl->CreateProcess(This, Server, CommandLine, CreateFlags))
#define IDebugClient_CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags))
#define IDebugClient_GetProcessOptions(This, Options) \
	((This)->lpVtbl->GetProcessOptions(This, Options))
#define IDebugClient_AddProcessOptions(This, Options) \
	((This)->lpVtbl->AddProcessOptions(This, Options))
#define IDebugClient_RemoveProcessOptions(This, Options) \
	((This)->lpVtbl->RemoveProcessOptions(This, Options))
#define IDebugClient_SetProcessOptions(This, Options) \
	((This)->lpVtbl->SetProcessOptions(This, Options))
#define IDebugClient_OpenDumpFile(This, DumpFile) \
	((This)->lpVtbl->OpenDumpFile(This, DumpFile))
#define IDebugClient_WriteDumpFile(This, DumpFile, Qualifier) \
	((This)->lpVtbl->WriteDumpFile(This, DumpFile, Qualifier))
#define IDebugClient_ConnectSession(This, Flags, HistoryLimit) \
	((This)->lpVtbl->ConnectSession(This, Flags, HistoryLimit))
#define IDebugClient_StartServer(This, Options) \
	((This)->lpVtbl->StartServer(This, Options))
#define IDebugClient_OutputServers(This, OutputControl, Machine, Flags) \
	((This)->lpVtbl->OutputServers(This, OutputControl, Machine, Flags))
#define IDebugClient_TerminateProcesses(This) \
	((This)->lpVtbl->TerminateProcesses(This))
#define IDebugClient_DetachProcesses(This) \
	((This)->lpVtbl->DetachProcesses(This))
#define IDebugClient_EndSession(This, Flags) \
	((This)->lpVtbl->EndSession(This, Flags))
#define IDebugClient_GetExitCode(This, Code) \
	((This)->lpVtbl->GetExitCode(This, Code))
#define IDebugClient_DispatchCallbacks(This, Timeout) \
	((This)->lpVtbl->DispatchCallbacks(This, Timeout))
#define IDebugClient_ExitDispatch(This, Client) \
	((This)->lpVtbl->ExitDispatch(This, Client))
#define IDebugClient_CreateClient(This, Client) \
	((This)->lpVtbl->CreateClient(This, Client))
#define IDebugClient_GetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetInputCallbacks(This, Callbacks))
#define IDebugClient_SetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetInputCallbacks(This, Callbacks))
#define IDebugClient_GetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetOutputCallbacks(This, Callbacks))
#define IDebugClient_SetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetOutputCallbacks(This, Callbacks))
#define IDebugClient_GetOutputMask(This, Mask) \
	((This)->lpVtbl->GetOutputMask(This, Mask))
#define IDebugClient_SetOutputMask(This, Mask) \
	((This)->lpVtbl->SetOutputMask(This, Mask))
#define IDebugClient_GetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->GetOtherOutputMask(This, Client, Mask))
#define IDebugClient_SetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->SetOtherOutputMask(This, Client, Mask))
#define IDebugClient_GetOutputWidth(This, Columns) \
	((This)->lpVtbl->GetOutputWidth(This, Columns))
#define IDebugClient_SetOutputWidth(This, Columns) \
	((This)->lpVtbl->SetOutputWidth(This, Columns))
#define IDebugClient_GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize) \
	((This)->lpVtbl->GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize))
#define IDebugClient_SetOutputLinePrefix(This, Prefix) \
	((This)->lpVtbl->SetOutputLinePrefix(This, Prefix))
#define IDebugClient_GetIdentity(This, Buffer, BufferSize, IdentitySize) \
	((This)->lpVtbl->GetIdentity(This, Buffer, BufferSize, IdentitySize))
#define IDebugClient_OutputIdentity(This, OutputControl, Flags, Format) \
	((This)->lpVtbl->OutputIdentity(This, OutputControl, Flags, Format))
#define IDebugClient_GetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetEventCallbacks(This, Callbacks))
#define IDebugClient_SetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetEventCallbacks(This, Callbacks))
#define IDebugClient_FlushCallbacks(This) \
	((This)->lpVtbl->FlushCallbacks(This))

/* IDebugClient2: 56 methods. */
typedef struct IDebugClient2Vtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugClient2 *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugClient2 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugClient2 *This);
	HRESULT (STDMETHODCALLTYPE *AttachKernel)(IDebugClient2 *This, ULONG Flags, PCSTR ConnectOptions);
	HRESULT (STDMETHODCALLTYPE *GetKernelConnectionOptions)(IDebugClient2 *This, PSTR Buffer, ULONG BufferSize, PULONG OptionsSize);
	HRESULT (STDMETHODCALLTYPE *SetKernelConnectionOptions)(IDebugClient2 *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *StartProcessServer)(IDebugClient2 *This, ULONG Flags, PCSTR Options, PVOID Reserved);
	HRESULT (STDMETHODCALLTYPE *ConnectProcessServer)(IDebugClient2 *This, PCSTR RemoteOptions, PULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *DisconnectProcessServer)(IDebugClient2 *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIds)(IDebugClient2 *This, ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIdByExecutableName)(IDebugClient2 *This, ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessDescription)(IDebugClient2 *This, ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize);
	HRESULT (STDMETHODCALLTYPE *AttachProcess)(IDebugClient2 *This, ULONG64 Server, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcess)(IDebugClient2 *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttach)(IDebugClient2 *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *GetProcessOptions)(IDebugClient2 *This, PULONG Options);
	HRESULT (STDMETHODCALLTYPE *AddProcessOptions)(IDebugClient2 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *RemoveProcessOptions)(IDebugClient2 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *SetProcessOptions)(IDebugClient2 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *OpenDumpFile)(IDebugClient2 *This, PCSTR DumpFile);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile)(IDebugClient2 *This, PCSTR DumpFile, ULONG Qualifier);
	HRESULT (STDMETHODCALLTYPE *ConnectSession)(IDebugClient2 *This, ULONG Flags, ULONG HistoryLimit);
	HRESULT (STDMETHODCALLTYPE *StartServer)(IDebugClient2 *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *OutputServers)(IDebugClient2 *This, ULONG OutputControl, PCSTR Machine, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *TerminateProcesses)(IDebugClient2 *This);
	HRESULT (STDMETHODCALLTYPE *DetachProcesses)(IDebugClient2 *This);
	HRESULT (STDMETHODCALLTYPE *EndSession)(IDebugClient2 *This, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetExitCode)(IDebugClient2 *This, PULONG Code);
	HRESULT (STDMETHODCALLTYPE *DispatchCallbacks)(IDebugClient2 *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *ExitDispatch)(IDebugClient2 *This, PDEBUG_CLIENT Client);
	HRESULT (STDMETHODCALLTYPE *CreateClient)(IDebugClient2 *This, PDEBUG_CLIENT *Client);
	HRESULT (STDMETHODCALLTYPE *GetInputCallbacks)(IDebugClient2 *This, PDEBUG_INPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetInputCallbacks)(IDebugClient2 *This, PDEBUG_INPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputCallbacks)(IDebugClient2 *This, PDEBUG_OUTPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetOutputCallbacks)(IDebugClient2 *This, PDEBUG_OUTPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputMask)(IDebugClient2 *This, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOutputMask)(IDebugClient2 *This, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOtherOutputMask)(IDebugClient2 *This, PDEBUG_CLIENT Client, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOtherOutputMask)(IDebugClient2 *This, PDEBUG_CLIENT Client, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOutputWidth)(IDebugClient2 *This, PULONG Columns);
	HRESULT (STDMETHODCALLTYPE *SetOutputWidth)(IDebugClient2 *This, ULONG Columns);
	HRESULT (STDMETHODCALLTYPE *GetOutputLinePrefix)(IDebugClient2 *This, PSTR Buffer, ULONG BufferSize, PULONG PrefixSize);
	HRESULT (STDMETHODCALLTYPE *SetOutputLinePrefix)(IDebugClient2 *This, PCSTR Prefix);
	HRESULT (STDMETHODCALLTYPE *GetIdentity)(IDebugClient2 *This, PSTR Buffer, ULONG BufferSize, PULONG IdentitySize);
	HRESULT (STDMETHODCALLTYPE *OutputIdentity)(IDebugClient2 *This, ULONG OutputControl, ULONG Flags, PCSTR Format);
	HRESULT (STDMETHODCALLTYPE *GetEventCallbacks)(IDebugClient2 *This, PDEBUG_EVENT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetEventCallbacks)(IDebugClient2 *This, PDEBUG_EVENT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *FlushCallbacks)(IDebugClient2 *This);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile2)(IDebugClient2 *This, PCSTR DumpFile, ULONG Qualifier, ULONG FormatFlags, PCSTR Comment);
	HRESULT (STDMETHODCALLTYPE *AddDumpInformationFile)(IDebugClient2 *This, PCSTR InfoFile, ULONG Type);
	HRESULT (STDMETHODCALLTYPE *EndProcessServer)(IDebugClient2 *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *WaitForProcessServerEnd)(IDebugClient2 *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *IsKernelDebuggerEnabled)(IDebugClient2 *This);
	HRESULT (STDMETHODCALLTYPE *TerminateCurrentProcess)(IDebugClient2 *This);
	HRESULT (STDMETHODCALLTYPE *DetachCurrentProcess)(IDebugClient2 *This);
	HRESULT (STDMETHODCALLTYPE *AbandonCurrentProcess)(IDebugClient2 *This);
} IDebugClient2Vtbl;

struct IDebugClient2 {
	const struct IDebugClient2Vtbl *lpVtbl;
};

#define IDebugClient2_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugClient2_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugClient2_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugClient2_AttachKernel(This, Flags, ConnectOptions) \
	((This)->lpVtbl->AttachKernel(This, Flags, ConnectOptions))
#define IDebugClient2_GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize) \
	((This)->lpVtbl->GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize))
#define IDebugClient2_SetKernelConnectionOptions(This, Options) \
	((This)->lpVtbl->SetKernelConnectionOptions(This, Options))
#define IDebugClient2_StartProcessServer(This, Flags, Options, Reserved) \
	((This)->lpVtbl->StartProcessServer(This, Flags, Options, Reserved))
#define IDebugClient2_ConnectProcessServer(This, RemoteOptions, Server) \
	((This)->lpVtbl->ConnectProcessServer(This, RemoteOptions, Server))
#define IDebugClient2_DisconnectProcessServer(This, Server) \
	((This)->lpVtbl->DisconnectProcessServer(This, Server))
#define IDebugClient2_GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount) \
	((This)->lpVtbl->GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount))
#define IDebugClient2_GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id) \
	((This)->lpVtbl->GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id))
#define IDebugClient2_GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize) \
	((This)->lpVtbl->GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize))
#define IDebugClient2_AttachProcess(This, Server, ProcessId, AttachFlags) \
	((This)->lpVtbl->AttachProcess(This, Server, ProcessId, AttachFlags))
#define IDebugClient2_CreateProcess(This, Server, CommandLine, CreateFlags) \
	((This)->lpVtbl->CreateProcess(This, Server, CommandLine, CreateFlags))
#define IDebugClient2_CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags))
#define IDebugClient2_GetProcessOptions(This, Options) \
	((This)->lpVtbl->GetProcessOptions(This, Options))
#define IDebugClient2_AddProcessOptions(This, Options) \
	((This)->lpVtbl->AddProcessOptions(This, Options))
#define IDebugClient2_RemoveProcessOptions(This, Options) \
	((This)->lpVtbl->RemoveProcessOptions(This, Options))
#define IDebugClient2_SetProcessOptions(This, Options) \
	((This)->lpVtbl->SetProcessOptions(This, Options))
#define IDebugClient2_OpenDumpFile(This, DumpFile) \
	((This)->lpVtbl->OpenDumpFile(This, DumpFile))
#define IDebugClient2_WriteDumpFile(This, DumpFile, Qualifier) \
	((This)->lpVtbl->WriteDumpFile(This, DumpFile, Qualifier))
#define IDebugClient2_ConnectSession(This, Flags, HistoryLimit) \
	((This)->lpVtbl->ConnectSession(This, Flags, HistoryLimit))
#define IDebugClient2_StartServer(This, Options) \
	((This)->lpVtbl->StartServer(This, Options))
#define IDebugClient2_OutputServers(This, OutputControl, Machine, Flags) \
	((This)->lpVtbl->OutputServers(This, OutputControl, Machine, Flags))
#define IDebugClient2_TerminateProcesses(This) \
	((This)->lpVtbl->TerminateProcesses(This))
#define IDebugClient2_DetachProcesses(This) \
	((This)->lpVtbl->DetachProcesses(This))
#define IDebugClient2_EndSession(This, Flags) \
	((This)->lpVtbl->EndSession(This, Flags))
#define IDebugClient2_GetExitCode(This, Code) \
	((This)->lpVtbl->GetExitCode(This, Code))
#define IDebugClient2_DispatchCallbacks(This, Timeout) \
	((This)->lpVtbl->DispatchCallbacks(This, Timeout))
#define IDebugClient2_ExitDispatch(This, Client) \
	((This)->lpVtbl->ExitDispatch(This, Client))
#define IDebugClient2_CreateClient(This, Client) \
	((This)->lpVtbl->CreateClient(This, Client))
#define IDebugClient2_GetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetInputCallbacks(This, Callbacks))
#define IDebugClient2_SetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetInputCallbacks(This, Callbacks))
#define IDebugClient2_GetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetOutputCallbacks(This, Callbacks))
#define IDebugClient2_SetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetOutputCallbacks(This, Callbacks))
#define IDebugClient2_GetOutputMask(This, Mask) \
	((This)->lpVtbl->GetOutputMask(This, Mask))
#define IDebugClient2_SetOutputMask(This, Mask) \
	((This)->lpVtbl->SetOutputMask(This, Mask))
#define IDebugClient2_GetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->GetOtherOutputMask(This, Client, Mask))
#define IDebugClient2_SetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->SetOtherOutputMask(This, Client, Mask))
#define IDebugClient2_GetOutputWidth(This, Columns) \
	((This)->lpVtbl->GetOutputWidth(This, Columns))
#define IDebugClient2_SetOutputWidth(This, Columns) \
	((This)->lpVtbl->SetOutputWidth(This, Columns))
#define IDebugClient2_GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize) \
	((This)->lpVtbl->GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize))
#define IDebugClient2_SetOutputLinePrefix(This, Prefix) \
	((This)->lpVtbl->SetOutputLinePrefix(This, Prefix))
#define IDebugClient2_GetIdentity(This, Buffer, BufferSize, IdentitySize) \
	((This)->lpVtbl->GetIdentity(This, Buffer, BufferSize, IdentitySize))
#define IDebugClient2_OutputIdentity(This, OutputControl, Flags, Format) \
	((This)->lpVtbl->OutputIdentity(This, OutputControl, Flags, Format))
#define IDebugClient2_GetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetEventCallbacks(This, Callbacks))
#define IDebugClient2_SetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetEventCallbacks(This, Callbacks))
#define IDebugClient2_FlushCallbacks(This) \
	((This)->lpVtbl->FlushCallbacks(This))
#define IDebugClient2_WriteDumpFile2(This, DumpFile, Qualifier, FormatFlags, Comment) \
	((This)->lpVtbl->WriteDumpFile2(This, DumpFile, Qualifier, FormatFlags, Comment))
#define IDebugClient2_AddDumpInformationFile(This, InfoFile, Type) \
	((This)->lpVtbl->AddDumpInformationFile(This, InfoFile, Type))
#define IDebugClient2_EndProcessServer(This, Server) \
	((This)->lpVtbl->EndProcessServer(This, Server))
#define IDebugClient2_WaitForProcessServerEnd(This, Timeout) \
	((This)->lpVtbl->WaitForProcessServerEnd(This, Timeout))
#define IDebugClient2_IsKernelDebuggerEnabled(This) \
	((This)->lpVtbl->IsKernelDebuggerEnabled(This))
#define IDebugClient2_TerminateCurrentProcess(This) \
	((This)->lpVtbl->TerminateCurrentProcess(This))
#define IDebugClient2_DetachCurrentProcess(This) \
	((This)->lpVtbl->DetachCurrentProcess(This))
#define IDebugClient2_AbandonCurrentProcess(This) \
	((This)->lpVtbl->AbandonCurrentProcess(This))

/* IDebugClient3: 60 methods. */
typedef struct IDebugClient3Vtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugClient3 *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugClient3 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugClient3 *This);
	HRESULT (STDMETHODCALLTYPE *AttachKernel)(IDebugClient3 *This, ULONG Flags, PCSTR ConnectOptions);
	HRESULT (STDMETHODCALLTYPE *GetKernelConnectionOptions)(IDebugClient3 *This, PSTR Buffer, ULONG BufferSize, PULONG OptionsSize);
	HRESULT (STDMETHODCALLTYPE *SetKernelConnectionOptions)(IDebugClient3 *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *StartProcessServer)(IDebugClient3 *This, ULONG Flags, PCSTR Options, PVOID Reserved);
	HRESULT (STDMETHODCALLTYPE *ConnectProcessServer)(IDebugClient3 *This, PCSTR RemoteOptions, PULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *DisconnectProcessServer)(IDebugClient3 *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIds)(IDebugClient3 *This, ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIdByExecutableName)(IDebugClient3 *This, ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessDescription)(IDebugClient3 *This, ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize);
	HRESULT (STDMETHODCALLTYPE *AttachProcess)(IDebugClient3 *This, ULONG64 Server, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcess)(IDebugClient3 *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttach)(IDebugClient3 *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *GetProcessOptions)(IDebugClient3 *This, PULONG Options);
	HRESULT (STDMETHODCALLTYPE *AddProcessOptions)(IDebugClient3 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *RemoveProcessOptions)(IDebugClient3 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *SetProcessOptions)(IDebugClient3 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *OpenDumpFile)(IDebugClient3 *This, PCSTR DumpFile);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile)(IDebugClient3 *This, PCSTR DumpFile, ULONG Qualifier);
	HRESULT (STDMETHODCALLTYPE *ConnectSession)(IDebugClient3 *This, ULONG Flags, ULONG HistoryLimit);
	HRESULT (STDMETHODCALLTYPE *StartServer)(IDebugClient3 *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *OutputServers)(IDebugClient3 *This, ULONG OutputControl, PCSTR Machine, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *TerminateProcesses)(IDebugClient3 *This);
	HRESULT (STDMETHODCALLTYPE *DetachProcesses)(IDebugClient3 *This);
	HRESULT (STDMETHODCALLTYPE *EndSession)(IDebugClient3 *This, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetExitCode)(IDebugClient3 *This, PULONG Code);
	HRESULT (STDMETHODCALLTYPE *DispatchCallbacks)(IDebugClient3 *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *ExitDispatch)(IDebugClient3 *This, PDEBUG_CLIENT Client);
	HRESULT (STDMETHODCALLTYPE *CreateClient)(IDebugClient3 *This, PDEBUG_CLIENT *Client);
	HRESULT (STDMETHODCALLTYPE *GetInputCallbacks)(IDebugClient3 *This, PDEBUG_INPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetInputCallbacks)(IDebugClient3 *This, PDEBUG_INPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputCallbacks)(IDebugClient3 *This, PDEBUG_OUTPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetOutputCallbacks)(IDebugClient3 *This, PDEBUG_OUTPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputMask)(IDebugClient3 *This, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOutputMask)(IDebugClient3 *This, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOtherOutputMask)(IDebugClient3 *This, PDEBUG_CLIENT Client, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOtherOutputMask)(IDebugClient3 *This, PDEBUG_CLIENT Client, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOutputWidth)(IDebugClient3 *This, PULONG Columns);
	HRESULT (STDMETHODCALLTYPE *SetOutputWidth)(IDebugClient3 *This, ULONG Columns);
	HRESULT (STDMETHODCALLTYPE *GetOutputLinePrefix)(IDebugClient3 *This, PSTR Buffer, ULONG BufferSize, PULONG PrefixSize);
	HRESULT (STDMETHODCALLTYPE *SetOutputLinePrefix)(IDebugClient3 *This, PCSTR Prefix);
	HRESULT (STDMETHODCALLTYPE *GetIdentity)(IDebugClient3 *This, PSTR Buffer, ULONG BufferSize, PULONG IdentitySize);
	HRESULT (STDMETHODCALLTYPE *OutputIdentity)(IDebugClient3 *This, ULONG OutputControl, ULONG Flags, PCSTR Format);
	HRESULT (STDMETHODCALLTYPE *GetEventCallbacks)(IDebugClient3 *This, PDEBUG_EVENT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetEventCallbacks)(IDebugClient3 *This, PDEBUG_EVENT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *FlushCallbacks)(IDebugClient3 *This);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile2)(IDebugClient3 *This, PCSTR DumpFile, ULONG Qualifier, ULONG FormatFlags, PCSTR Comment);
	HRESULT (STDMETHODCALLTYPE *AddDumpInformationFile)(IDebugClient3 *This, PCSTR InfoFile, ULONG Type);
	HRESULT (STDMETHODCALLTYPE *EndProcessServer)(IDebugClient3 *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *WaitForProcessServerEnd)(IDebugClient3 *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *IsKernelDebuggerEnabled)(IDebugClient3 *This);
	HRESULT (STDMETHODCALLTYPE *TerminateCurrentProcess)(IDebugClient3 *This);
	HRESULT (STDMETHODCALLTYPE *DetachCurrentProcess)(IDebugClient3 *This);
	HRESULT (STDMETHODCALLTYPE *AbandonCurrentProcess)(IDebugClient3 *This);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIdByExecutableNameWide)(IDebugClient3 *This, ULONG64 Server, PCWSTR ExeName, ULONG Flags, PULONG Id);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessDescriptionWide)(IDebugClient3 *This, ULONG64 Server, ULONG SystemId, ULONG Flags, PWSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PWSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize);
	HRESULT (STDMETHODCALLTYPE *CreateProcessWide)(IDebugClient3 *This, ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttachWide)(IDebugClient3 *This, ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags);
} IDebugClient3Vtbl;

struct IDebugClient3 {
	const struct IDebugClient3Vtbl *lpVtbl;
};

#define IDebugClient3_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugClient3_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugClient3_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugClient3_AttachKernel(This, Flags, ConnectOptions) \
	((This)->lpVtbl->AttachKernel(This, Flags, ConnectOptions))
#define IDebugClient3_GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize) \
	((This)->lpVtbl->GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize))
#define IDebugClient3_SetKernelConnectionOptions(This, Options) \
	((This)->lpVtbl->SetKernelConnectionOptions(This, Options))
#define IDebugClient3_StartProcessServer(This, Flags, Options, Reserved) \
	((This)->lpVtbl->StartProcessServer(This, Flags, Options, Reserved))
#define IDebugClient3_ConnectProcessServer(This, RemoteOptions, Server) \
	((This)->lpVtbl->ConnectProcessServer(This, RemoteOptions, Server))
#define IDebugClient3_DisconnectProcessServer(This, Server) \
	((This)->lpVtbl->DisconnectProcessServer(This, Server))
#define IDebugClient3_GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount) \
	((This)->lpVtbl->GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount))
#define IDebugClient3_GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id) \
	((This)->lpVtbl->GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id))
#define IDebugClient3_GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize) \
	((This)->lpVtbl->GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize))
#define IDebugClient3_AttachProcess(This, Server, ProcessId, AttachFlags) \
	((This)->lpVtbl->AttachProcess(This, Server, ProcessId, AttachFlags))
#define IDebugClient3_CreateProcess(This, Server, CommandLine, CreateFlags) \
	((This)->lpVtbl->CreateProcess(This, Server, CommandLine, CreateFlags))
#define IDebugClient3_CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags))
#define IDebugClient3_GetProcessOptions(This, Options) \
	((This)->lpVtbl->GetProcessOptions(This, Options))
#define IDebugClient3_AddProcessOptions(This, Options) \
	((This)->lpVtbl->AddProcessOptions(This, Options))
#define IDebugClient3_RemoveProcessOptions(This, Options) \
	((This)->lpVtbl->RemoveProcessOptions(This, Options))
#define IDebugClient3_SetProcessOptions(This, Options) \
	((This)->lpVtbl->SetProcessOptions(This, Options))
#define IDebugClient3_OpenDumpFile(This, DumpFile) \
	((This)->lpVtbl->OpenDumpFile(This, DumpFile))
#define IDebugClient3_WriteDumpFile(This, DumpFile, Qualifier) \
	((This)->lpVtbl->WriteDumpFile(This, DumpFile, Qualifier))
#define IDebugClient3_ConnectSession(This, Flags, HistoryLimit) \
	((This)->lpVtbl->ConnectSession(This, Flags, HistoryLimit))
#define IDebugClient3_StartServer(This, Options) \
	((This)->lpVtbl->StartServer(This, Options))
#define IDebugClient3_OutputServers(This, OutputControl, Machine, Flags) \
	((This)->lpVtbl->OutputServers(This, OutputControl, Machine, Flags))
#define IDebugClient3_TerminateProcesses(This) \
	((This)->lpVtbl->TerminateProcesses(This))
#define IDebugClient3_DetachProcesses(This) \
	((This)->lpVtbl->DetachProcesses(This))
#define IDebugClient3_EndSession(This, Flags) \
	((This)->lpVtbl->EndSession(This, Flags))
#define IDebugClient3_GetExitCode(This, Code) \
	((This)->lpVtbl->GetExitCode(This, Code))
#define IDebugClient3_DispatchCallbacks(This, Timeout) \
	((This)->lpVtbl->DispatchCallbacks(This, Timeout))
#define IDebugClient3_ExitDispatch(This, Client) \
	((This)->lpVtbl->ExitDispatch(This, Client))
#define IDebugClient3_CreateClient(This, Client) \
	((This)->lpVtbl->CreateClient(This, Client))
#define IDebugClient3_GetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetInputCallbacks(This, Callbacks))
#define IDebugClient3_SetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetInputCallbacks(This, Callbacks))
#define IDebugClient3_GetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetOutputCallbacks(This, Callbacks))
#define IDebugClient3_SetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetOutputCallbacks(This, Callbacks))
#define IDebugClient3_GetOutputMask(This, Mask) \
	((This)->lpVtbl->GetOutputMask(This, Mask))
#define IDebugClient3_SetOutputMask(This, Mask) \
	((This)->lpVtbl->SetOutputMask(This, Mask))
#define IDebugClient3_GetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->GetOtherOutputMask(This, Client, Mask))
#define IDebugClient3_SetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->SetOtherOutputMask(This, Client, Mask))
#define IDebugClient3_GetOutputWidth(This, Columns) \
	((This)->lpVtbl->GetOutputWidth(This, Columns))
#define IDebugClient3_SetOutputWidth(This, Columns) \
	((This)->lpVtbl->SetOutputWidth(This, Columns))
#define IDebugClient3_GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize) \
	((This)->lpVtbl->GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize))
#define IDebugClient3_SetOutputLinePrefix(This, Prefix) \
	((This)->lpVtbl->SetOutputLinePrefix(This, Prefix))
#define IDebugClient3_GetIdentity(This, Buffer, BufferSize, IdentitySize) \
	((This)->lpVtbl->GetIdentity(This, Buffer, BufferSize, IdentitySize))
#define IDebugClient3_OutputIdentity(This, OutputControl, Flags, Format) \
	((This)->lpVtbl->OutputIdentity(This, OutputControl, Flags, Format))
#define IDebugClient3_GetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetEventCallbacks(This, Callbacks))
#define IDebugClient3_SetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetEventCallbacks(This, Callbacks))
#define IDebugClient3_FlushCallbacks(This) \
	((This)->lpVtbl->FlushCallbacks(This))
#define IDebugClient3_WriteDumpFile2(This, DumpFile, Qualifier, FormatFlags, Comment) \
	((This)->lpVtbl->WriteDumpFile2(This, DumpFile, Qualifier, FormatFlags, Comment))
#define IDebugClient3_AddDumpInformationFile(This, InfoFile, Type) \
	((This)->lpVtbl->AddDumpInformationFile(This, InfoFile, Type))
#define IDebugClient3_EndProcessServer(This, Server) \
	((This)->lpVtbl->EndProcessServer(This, Server))
#define IDebugClient3_WaitForProcessServerEnd(This, Timeout) \
	((This)->lpVtbl->WaitForProcessServerEnd(This, Timeout))
#define IDebugClient3_IsKernelDebuggerEnabled(This) \
	((This)->lpVtbl->IsKernelDebuggerEnabled(This))
#define IDebugClient3_TerminateCurrentProcess(This) \
	((This)->lpVtbl->TerminateCurrentProcess(This))
#define IDebugClient3_DetachCurrentProcess(This) \
	((This)->lpVtbl->DetachCurrentProcess(This))
#define IDebugClient3_AbandonCurrentProcess(This) \
	((This)->lpVtbl->AbandonCurrentProcess(This))
#define IDebugClient3_GetRunningProcessSystemIdByExecutableNameWide(This, Server, ExeName, Flags, Id) \
	((This)->lpVtbl->GetRunningProcessSystemIdByExecutableNameWide(This, Server, ExeName, Flags, Id))
#define IDebugClient3_GetRunningProcessDescriptionWide(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize) \
	((This)->lpVtbl->GetRunningProcessDescriptionWide(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize))
#define IDebugClient3_CreateProcessWide(This, Server, CommandLine, CreateFlags) \
	((This)->lpVtbl->CreateProcessWide(This, Server, CommandLine, CreateFlags))
#define IDebugClient3_CreateProcessAndAttachWide(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttachWide(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags))

/* IDebugClient4: 66 methods. */
typedef struct IDebugClient4Vtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugClient4 *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugClient4 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugClient4 *This);
	HRESULT (STDMETHODCALLTYPE *AttachKernel)(IDebugClient4 *This, ULONG Flags, PCSTR ConnectOptions);
	HRESULT (STDMETHODCALLTYPE *GetKernelConnectionOptions)(IDebugClient4 *This, PSTR Buffer, ULONG BufferSize, PULONG OptionsSize);
	HRESULT (STDMETHODCALLTYPE *SetKernelConnectionOptions)(IDebugClient4 *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *StartProcessServer)(IDebugClient4 *This, ULONG Flags, PCSTR Options, PVOID Reserved);
	HRESULT (STDMETHODCALLTYPE *ConnectProcessServer)(IDebugClient4 *This, PCSTR RemoteOptions, PULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *DisconnectProcessServer)(IDebugClient4 *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIds)(IDebugClient4 *This, ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIdByExecutableName)(IDebugClient4 *This, ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessDescription)(IDebugClient4 *This, ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize);
	HRESULT (STDMETHODCALLTYPE *AttachProcess)(IDebugClient4 *This, ULONG64 Server, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcess)(IDebugClient4 *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttach)(IDebugClient4 *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *GetProcessOptions)(IDebugClient4 *This, PULONG Options);
	HRESULT (STDMETHODCALLTYPE *AddProcessOptions)(IDebugClient4 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *RemoveProcessOptions)(IDebugClient4 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *SetProcessOptions)(IDebugClient4 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *OpenDumpFile)(IDebugClient4 *This, PCSTR DumpFile);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile)(IDebugClient4 *This, PCSTR DumpFile, ULONG Qualifier);
	HRESULT (STDMETHODCALLTYPE *ConnectSession)(IDebugClient4 *This, ULONG Flags, ULONG HistoryLimit);
	HRESULT (STDMETHODCALLTYPE *StartServer)(IDebugClient4 *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *OutputServers)(IDebugClient4 *This, ULONG OutputControl, PCSTR Machine, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *TerminateProcesses)(IDebugClient4 *This);
	HRESULT (STDMETHODCALLTYPE *DetachProcesses)(IDebugClient4 *This);
	HRESULT (STDMETHODCALLTYPE *EndSession)(IDebugClient4 *This, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetExitCode)(IDebugClient4 *This, PULONG Code);
	HRESULT (STDMETHODCALLTYPE *DispatchCallbacks)(IDebugClient4 *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *ExitDispatch)(IDebugClient4 *This, PDEBUG_CLIENT Client);
	HRESULT (STDMETHODCALLTYPE *CreateClient)(IDebugClient4 *This, PDEBUG_CLIENT *Client);
	HRESULT (STDMETHODCALLTYPE *GetInputCallbacks)(IDebugClient4 *This, PDEBUG_INPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetInputCallbacks)(IDebugClient4 *This, PDEBUG_INPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputCallbacks)(IDebugClient4 *This, PDEBUG_OUTPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetOutputCallbacks)(IDebugClient4 *This, PDEBUG_OUTPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputMask)(IDebugClient4 *This, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOutputMask)(IDebugClient4 *This, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOtherOutputMask)(IDebugClient4 *This, PDEBUG_CLIENT Client, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOtherOutputMask)(IDebugClient4 *This, PDEBUG_CLIENT Client, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOutputWidth)(IDebugClient4 *This, PULONG Columns);
	HRESULT (STDMETHODCALLTYPE *SetOutputWidth)(IDebugClient4 *This, ULONG Columns);
	HRESULT (STDMETHODCALLTYPE *GetOutputLinePrefix)(IDebugClient4 *This, PSTR Buffer, ULONG BufferSize, PULONG PrefixSize);
	HRESULT (STDMETHODCALLTYPE *SetOutputLinePrefix)(IDebugClient4 *This, PCSTR Prefix);
	HRESULT (STDMETHODCALLTYPE *GetIdentity)(IDebugClient4 *This, PSTR Buffer, ULONG BufferSize, PULONG IdentitySize);
	HRESULT (STDMETHODCALLTYPE *OutputIdentity)(IDebugClient4 *This, ULONG OutputControl, ULONG Flags, PCSTR Format);
	HRESULT (STDMETHODCALLTYPE *GetEventCallbacks)(IDebugClient4 *This, PDEBUG_EVENT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetEventCallbacks)(IDebugClient4 *This, PDEBUG_EVENT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *FlushCallbacks)(IDebugClient4 *This);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile2)(IDebugClient4 *This, PCSTR DumpFile, ULONG Qualifier, ULONG FormatFlags, PCSTR Comment);
	HRESULT (STDMETHODCALLTYPE *AddDumpInformationFile)(IDebugClient4 *This, PCSTR InfoFile, ULONG Type);
	HRESULT (STDMETHODCALLTYPE *EndProcessServer)(IDebugClient4 *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *WaitForProcessServerEnd)(IDebugClient4 *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *IsKernelDebuggerEnabled)(IDebugClient4 *This);
	HRESULT (STDMETHODCALLTYPE *TerminateCurrentProcess)(IDebugClient4 *This);
	HRESULT (STDMETHODCALLTYPE *DetachCurrentProcess)(IDebugClient4 *This);
	HRESULT (STDMETHODCALLTYPE *AbandonCurrentProcess)(IDebugClient4 *This);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIdByExecutableNameWide)(IDebugClient4 *This, ULONG64 Server, PCWSTR ExeName, ULONG Flags, PULONG Id);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessDescriptionWide)(IDebugClient4 *This, ULONG64 Server, ULONG SystemId, ULONG Flags, PWSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PWSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize);
	HRESULT (STDMETHODCALLTYPE *CreateProcessWide)(IDebugClient4 *This, ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttachWide)(IDebugClient4 *This, ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *OpenDumpFileWide)(IDebugClient4 *This, PCWSTR FileName, ULONG64 FileHandle);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFileWide)(IDebugClient4 *This, PCWSTR FileName, ULONG64 FileHandle, ULONG Qualifier, ULONG FormatFlags, PCWSTR Comment);
	HRESULT (STDMETHODCALLTYPE *AddDumpInformationFileWide)(IDebugClient4 *This, PCWSTR FileName, ULONG64 FileHandle, ULONG Type);
	HRESULT (STDMETHODCALLTYPE *GetNumberDumpFiles)(IDebugClient4 *This, PULONG Number);
	HRESULT (STDMETHODCALLTYPE *GetDumpFile)(IDebugClient4 *This, ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG NameSize, PULONG64 Handle, PULONG Type);
	HRESULT (STDMETHODCALLTYPE *GetDumpFileWide)(IDebugClient4 *This, ULONG Index, PWSTR Buffer, ULONG BufferSize, PULONG NameSize, PULONG64 Handle, PULONG Type);
} IDebugClient4Vtbl;

struct IDebugClient4 {
	const struct IDebugClient4Vtbl *lpVtbl;
};

#define IDebugClient4_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugClient4_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugClient4_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugClient4_AttachKernel(This, Flags, ConnectOptions) \
	((This)->lpVtbl->AttachKernel(This, Flags, ConnectOptions))
#define IDebugClient4_GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize) \
	((This)->lpVtbl->GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize))
#define IDebugClient4_SetKernelConnectionOptions(This, Options) \
	((This)->lpVtbl->SetKernelConnectionOptions(This, Options))
#define IDebugClient4_StartProcessServer(This, Flags, Options, Reserved) \
	((This)->lpVtbl->StartProcessServer(This, Flags, Options, Reserved))
#define IDebugClient4_ConnectProcessServer(This, RemoteOptions, Server) \
	((This)->lpVtbl->ConnectProcessServer(This, RemoteOptions, Server))
#define IDebugClient4_DisconnectProcessServer(This, Server) \
	((This)->lpVtbl->DisconnectProcessServer(This, Server))
#define IDebugClient4_GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount) \
	((This)->lpVtbl->GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount))
#define IDebugClient4_GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id) \
	((This)->lpVtbl->GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id))
#define IDebugClient4_GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize) \
	((This)->lpVtbl->GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize))
#define IDebugClient4_AttachProcess(This, Server, ProcessId, AttachFlags) \
	((This)->lpVtbl->AttachProcess(This, Server, ProcessId, AttachFlags))
#define IDebugClient4_CreateProcess(This, Server, CommandLine, CreateFlags) \
	((This)->lpVtbl->CreateProcess(This, Server, CommandLine, CreateFlags))
#define IDebugClient4_CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags))
#define IDebugClient4_GetProcessOptions(This, Options) \
	((This)->lpVtbl->GetProcessOptions(This, Options))
#define IDebugClient4_AddProcessOptions(This, Options) \
	((This)->lpVtbl->AddProcessOptions(This, Options))
#define IDebugClient4_RemoveProcessOptions(This, Options) \
	((This)->lpVtbl->RemoveProcessOptions(This, Options))
#define IDebugClient4_SetProcessOptions(This, Options) \
	((This)->lpVtbl->SetProcessOptions(This, Options))
#define IDebugClient4_OpenDumpFile(This, DumpFile) \
	((This)->lpVtbl->OpenDumpFile(This, DumpFile))
#define IDebugClient4_WriteDumpFile(This, DumpFile, Qualifier) \
	((This)->lpVtbl->WriteDumpFile(This, DumpFile, Qualifier))
#define IDebugClient4_ConnectSession(This, Flags, HistoryLimit) \
	((This)->lpVtbl->ConnectSession(This, Flags, HistoryLimit))
#define IDebugClient4_StartServer(This, Options) \
	((This)->lpVtbl->StartServer(This, Options))
#define IDebugClient4_OutputServers(This, OutputControl, Machine, Flags) \
	((This)->lpVtbl->OutputServers(This, OutputControl, Machine, Flags))
#define IDebugClient4_TerminateProcesses(This) \
	((This)->lpVtbl->TerminateProcesses(This))
#define IDebugClient4_DetachProcesses(This) \
	((This)->lpVtbl->DetachProcesses(This))
#define IDebugClient4_EndSession(This, Flags) \
	((This)->lpVtbl->EndSession(This, Flags))
#define IDebugClient4_GetExitCode(This, Code) \
	((This)->lpVtbl->GetExitCode(This, Code))
#define IDebugClient4_DispatchCallbacks(This, Timeout) \
	((This)->lpVtbl->DispatchCallbacks(This, Timeout))
#define IDebugClient4_ExitDispatch(This, Client) \
	((This)->lpVtbl->ExitDispatch(This, Client))
#define IDebugClient4_CreateClient(This, Client) \
	((This)->lpVtbl->CreateClient(This, Client))
#define IDebugClient4_GetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetInputCallbacks(This, Callbacks))
#define IDebugClient4_SetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetInputCallbacks(This, Callbacks))
#define IDebugClient4_GetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetOutputCallbacks(This, Callbacks))
#define IDebugClient4_SetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetOutputCallbacks(This, Callbacks))
#define IDebugClient4_GetOutputMask(This, Mask) \
	((This)->lpVtbl->GetOutputMask(This, Mask))
#define IDebugClient4_SetOutputMask(This, Mask) \
	((This)->lpVtbl->SetOutputMask(This, Mask))
#define IDebugClient4_GetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->GetOtherOutputMask(This, Client, Mask))
#define IDebugClient4_SetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->SetOtherOutputMask(This, Client, Mask))
#define IDebugClient4_GetOutputWidth(This, Columns) \
	((This)->lpVtbl->GetOutputWidth(This, Columns))
#define IDebugClient4_SetOutputWidth(This, Columns) \
	((This)->lpVtbl->SetOutputWidth(This, Columns))
#define IDebugClient4_GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize) \
	((This)->lpVtbl->GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize))
#define IDebugClient4_SetOutputLinePrefix(This, Prefix) \
	((This)->lpVtbl->SetOutputLinePrefix(This, Prefix))
#define IDebugClient4_GetIdentity(This, Buffer, BufferSize, IdentitySize) \
	((This)->lpVtbl->GetIdentity(This, Buffer, BufferSize, IdentitySize))
#define IDebugClient4_OutputIdentity(This, OutputControl, Flags, Format) \
	((This)->lpVtbl->OutputIdentity(This, OutputControl, Flags, Format))
#define IDebugClient4_GetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetEventCallbacks(This, Callbacks))
#define IDebugClient4_SetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetEventCallbacks(This, Callbacks))
#define IDebugClient4_FlushCallbacks(This) \
	((This)->lpVtbl->FlushCallbacks(This))
#define IDebugClient4_WriteDumpFile2(This, DumpFile, Qualifier, FormatFlags, Comment) \
	((This)->lpVtbl->WriteDumpFile2(This, DumpFile, Qualifier, FormatFlags, Comment))
#define IDebugClient4_AddDumpInformationFile(This, InfoFile, Type) \
	((This)->lpVtbl->AddDumpInformationFile(This, InfoFile, Type))
#define IDebugClient4_EndProcessServer(This, Server) \
	((This)->lpVtbl->EndProcessServer(This, Server))
#define IDebugClient4_WaitForProcessServerEnd(This, Timeout) \
	((This)->lpVtbl->WaitForProcessServerEnd(This, Timeout))
#define IDebugClient4_IsKernelDebuggerEnabled(This) \
	((This)->lpVtbl->IsKernelDebuggerEnabled(This))
#define IDebugClient4_TerminateCurrentProcess(This) \
	((This)->lpVtbl->TerminateCurrentProcess(This))
#define IDebugClient4_DetachCurrentProcess(This) \
	((This)->lpVtbl->DetachCurrentProcess(This))
#define IDebugClient4_AbandonCurrentProcess(This) \
	((This)->lpVtbl->AbandonCurrentProcess(This))
#define IDebugClient4_GetRunningProcessSystemIdByExecutableNameWide(This, Server, ExeName, Flags, Id) \
	((This)->lpVtbl->GetRunningProcessSystemIdByExecutableNameWide(This, Server, ExeName, Flags, Id))
#define IDebugClient4_GetRunningProcessDescriptionWide(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize) \
	((This)->lpVtbl->GetRunningProcessDescriptionWide(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize))
#define IDebugClient4_CreateProcessWide(This, Server, CommandLine, CreateFlags) \
	((This)->lpVtbl->CreateProcessWide(This, Server, CommandLine, CreateFlags))
#define IDebugClient4_CreateProcessAndAttachWide(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttachWide(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags))
#define IDebugClient4_OpenDumpFileWide(This, FileName, FileHandle) \
	((This)->lpVtbl->OpenDumpFileWide(This, FileName, FileHandle))
#define IDebugClient4_WriteDumpFileWide(This, FileName, FileHandle, Qualifier, FormatFlags, Comment) \
	((This)->lpVtbl->WriteDumpFileWide(This, FileName, FileHandle, Qualifier, FormatFlags, Comment))
#define IDebugClient4_AddDumpInformationFileWide(This, FileName, FileHandle, Type) \
	((This)->lpVtbl->AddDumpInformationFileWide(This, FileName, FileHandle, Type))
#define IDebugClient4_GetNumberDumpFiles(This, Number) \
	((This)->lpVtbl->GetNumberDumpFiles(This, Number))
#define IDebugClient4_GetDumpFile(This, Index, Buffer, BufferSize, NameSize, Handle, Type) \
	((This)->lpVtbl->GetDumpFile(This, Index, Buffer, BufferSize, NameSize, Handle, Type))
#define IDebugClient4_GetDumpFileWide(This, Index, Buffer, BufferSize, NameSize, Handle, Type) \
	((This)->lpVtbl->GetDumpFileWide(This, Index, Buffer, BufferSize, NameSize, Handle, Type))

/* IDebugClient5: 95 methods. */
typedef struct IDebugClient5Vtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugClient5 *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugClient5 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugClient5 *This);
	HRESULT (STDMETHODCALLTYPE *AttachKernel)(IDebugClient5 *This, ULONG Flags, PCSTR ConnectOptions);
	HRESULT (STDMETHODCALLTYPE *GetKernelConnectionOptions)(IDebugClient5 *This, PSTR Buffer, ULONG BufferSize, PULONG OptionsSize);
	HRESULT (STDMETHODCALLTYPE *SetKernelConnectionOptions)(IDebugClient5 *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *StartProcessServer)(IDebugClient5 *This, ULONG Flags, PCSTR Options, PVOID Reserved);
	HRESULT (STDMETHODCALLTYPE *ConnectProcessServer)(IDebugClient5 *This, PCSTR RemoteOptions, PULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *DisconnectProcessServer)(IDebugClient5 *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIds)(IDebugClient5 *This, ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIdByExecutableName)(IDebugClient5 *This, ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessDescription)(IDebugClient5 *This, ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize);
	HRESULT (STDMETHODCALLTYPE *AttachProcess)(IDebugClient5 *This, ULONG64 Server, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcess)(IDebugClient5 *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttach)(IDebugClient5 *This, ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *GetProcessOptions)(IDebugClient5 *This, PULONG Options);
	HRESULT (STDMETHODCALLTYPE *AddProcessOptions)(IDebugClient5 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *RemoveProcessOptions)(IDebugClient5 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *SetProcessOptions)(IDebugClient5 *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *OpenDumpFile)(IDebugClient5 *This, PCSTR DumpFile);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile)(IDebugClient5 *This, PCSTR DumpFile, ULONG Qualifier);
	HRESULT (STDMETHODCALLTYPE *ConnectSession)(IDebugClient5 *This, ULONG Flags, ULONG HistoryLimit);
	HRESULT (STDMETHODCALLTYPE *StartServer)(IDebugClient5 *This, PCSTR Options);
	HRESULT (STDMETHODCALLTYPE *OutputServers)(IDebugClient5 *This, ULONG OutputControl, PCSTR Machine, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *TerminateProcesses)(IDebugClient5 *This);
	HRESULT (STDMETHODCALLTYPE *DetachProcesses)(IDebugClient5 *This);
	HRESULT (STDMETHODCALLTYPE *EndSession)(IDebugClient5 *This, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetExitCode)(IDebugClient5 *This, PULONG Code);
	HRESULT (STDMETHODCALLTYPE *DispatchCallbacks)(IDebugClient5 *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *ExitDispatch)(IDebugClient5 *This, PDEBUG_CLIENT Client);
	HRESULT (STDMETHODCALLTYPE *CreateClient)(IDebugClient5 *This, PDEBUG_CLIENT *Client);
	HRESULT (STDMETHODCALLTYPE *GetInputCallbacks)(IDebugClient5 *This, PDEBUG_INPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetInputCallbacks)(IDebugClient5 *This, PDEBUG_INPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputCallbacks)(IDebugClient5 *This, PDEBUG_OUTPUT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetOutputCallbacks)(IDebugClient5 *This, PDEBUG_OUTPUT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputMask)(IDebugClient5 *This, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOutputMask)(IDebugClient5 *This, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOtherOutputMask)(IDebugClient5 *This, PDEBUG_CLIENT Client, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetOtherOutputMask)(IDebugClient5 *This, PDEBUG_CLIENT Client, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *GetOutputWidth)(IDebugClient5 *This, PULONG Columns);
	HRESULT (STDMETHODCALLTYPE *SetOutputWidth)(IDebugClient5 *This, ULONG Columns);
	HRESULT (STDMETHODCALLTYPE *GetOutputLinePrefix)(IDebugClient5 *This, PSTR Buffer, ULONG BufferSize, PULONG PrefixSize);
	HRESULT (STDMETHODCALLTYPE *SetOutputLinePrefix)(IDebugClient5 *This, PCSTR Prefix);
	HRESULT (STDMETHODCALLTYPE *GetIdentity)(IDebugClient5 *This, PSTR Buffer, ULONG BufferSize, PULONG IdentitySize);
	HRESULT (STDMETHODCALLTYPE *OutputIdentity)(IDebugClient5 *This, ULONG OutputControl, ULONG Flags, PCSTR Format);
	HRESULT (STDMETHODCALLTYPE *GetEventCallbacks)(IDebugClient5 *This, PDEBUG_EVENT_CALLBACKS *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetEventCallbacks)(IDebugClient5 *This, PDEBUG_EVENT_CALLBACKS Callbacks);
	HRESULT (STDMETHODCALLTYPE *FlushCallbacks)(IDebugClient5 *This);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFile2)(IDebugClient5 *This, PCSTR DumpFile, ULONG Qualifier, ULONG FormatFlags, PCSTR Comment);
	HRESULT (STDMETHODCALLTYPE *AddDumpInformationFile)(IDebugClient5 *This, PCSTR InfoFile, ULONG Type);
	HRESULT (STDMETHODCALLTYPE *EndProcessServer)(IDebugClient5 *This, ULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *WaitForProcessServerEnd)(IDebugClient5 *This, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *IsKernelDebuggerEnabled)(IDebugClient5 *This);
	HRESULT (STDMETHODCALLTYPE *TerminateCurrentProcess)(IDebugClient5 *This);
	HRESULT (STDMETHODCALLTYPE *DetachCurrentProcess)(IDebugClient5 *This);
	HRESULT (STDMETHODCALLTYPE *AbandonCurrentProcess)(IDebugClient5 *This);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessSystemIdByExecutableNameWide)(IDebugClient5 *This, ULONG64 Server, PCWSTR ExeName, ULONG Flags, PULONG Id);
	HRESULT (STDMETHODCALLTYPE *GetRunningProcessDescriptionWide)(IDebugClient5 *This, ULONG64 Server, ULONG SystemId, ULONG Flags, PWSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PWSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize);
	HRESULT (STDMETHODCALLTYPE *CreateProcessWide)(IDebugClient5 *This, ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttachWide)(IDebugClient5 *This, ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *OpenDumpFileWide)(IDebugClient5 *This, PCWSTR FileName, ULONG64 FileHandle);
	HRESULT (STDMETHODCALLTYPE *WriteDumpFileWide)(IDebugClient5 *This, PCWSTR FileName, ULONG64 FileHandle, ULONG Qualifier, ULONG FormatFlags, PCWSTR Comment);
	HRESULT (STDMETHODCALLTYPE *AddDumpInformationFileWide)(IDebugClient5 *This, PCWSTR FileName, ULONG64 FileHandle, ULONG Type);
	HRESULT (STDMETHODCALLTYPE *GetNumberDumpFiles)(IDebugClient5 *This, PULONG Number);
	HRESULT (STDMETHODCALLTYPE *GetDumpFile)(IDebugClient5 *This, ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG NameSize, PULONG64 Handle, PULONG Type);
	HRESULT (STDMETHODCALLTYPE *GetDumpFileWide)(IDebugClient5 *This, ULONG Index, PWSTR Buffer, ULONG BufferSize, PULONG NameSize, PULONG64 Handle, PULONG Type);
	HRESULT (STDMETHODCALLTYPE *AttachKernelWide)(IDebugClient5 *This, ULONG Flags, PCWSTR ConnectOptions);
	HRESULT (STDMETHODCALLTYPE *GetKernelConnectionOptionsWide)(IDebugClient5 *This, PWSTR Buffer, ULONG BufferSize, PULONG OptionsSize);
	HRESULT (STDMETHODCALLTYPE *SetKernelConnectionOptionsWide)(IDebugClient5 *This, PCWSTR Options);
	HRESULT (STDMETHODCALLTYPE *StartProcessServerWide)(IDebugClient5 *This, ULONG Flags, PCWSTR Options, PVOID Reserved);
	HRESULT (STDMETHODCALLTYPE *ConnectProcessServerWide)(IDebugClient5 *This, PCWSTR RemoteOptions, PULONG64 Server);
	HRESULT (STDMETHODCALLTYPE *StartServerWide)(IDebugClient5 *This, PCWSTR Options);
	HRESULT (STDMETHODCALLTYPE *OutputServersWide)(IDebugClient5 *This, ULONG OutputControl, PCWSTR Machine, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetOutputCallbacksWide)(IDebugClient5 *This, PDEBUG_OUTPUT_CALLBACKS_WIDE *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetOutputCallbacksWide)(IDebugClient5 *This, PDEBUG_OUTPUT_CALLBACKS_WIDE Callbacks);
	HRESULT (STDMETHODCALLTYPE *GetOutputLinePrefixWide)(IDebugClient5 *This, PWSTR Buffer, ULONG BufferSize, PULONG PrefixSize);
	HRESULT (STDMETHODCALLTYPE *SetOutputLinePrefixWide)(IDebugClient5 *This, PCWSTR Prefix);
	HRESULT (STDMETHODCALLTYPE *GetIdentityWide)(IDebugClient5 *This, PWSTR Buffer, ULONG BufferSize, PULONG IdentitySize);
	HRESULT (STDMETHODCALLTYPE *OutputIdentityWide)(IDebugClient5 *This, ULONG OutputControl, ULONG Flags, PCWSTR Format);
	HRESULT (STDMETHODCALLTYPE *GetEventCallbacksWide)(IDebugClient5 *This, PDEBUG_EVENT_CALLBACKS_WIDE *Callbacks);
	HRESULT (STDMETHODCALLTYPE *SetEventCallbacksWide)(IDebugClient5 *This, PDEBUG_EVENT_CALLBACKS_WIDE Callbacks);
	HRESULT (STDMETHODCALLTYPE *CreateProcess2)(IDebugClient5 *This, ULONG64 Server, PSTR CommandLine, PVOID OptionsBuffer, ULONG OptionsBufferSize, PCSTR InitialDirectory, PCSTR Environment);
	HRESULT (STDMETHODCALLTYPE *CreateProcess2Wide)(IDebugClient5 *This, ULONG64 Server, PWSTR CommandLine, PVOID OptionsBuffer, ULONG OptionsBufferSize, PCWSTR InitialDirectory, PCWSTR Environment);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttach2)(IDebugClient5 *This, ULONG64 Server, PSTR CommandLine, PVOID OptionsBuffer, ULONG OptionsBufferSize, PCSTR InitialDirectory, PCSTR Environment, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *CreateProcessAndAttach2Wide)(IDebugClient5 *This, ULONG64 Server, PWSTR CommandLine, PVOID OptionsBuffer, ULONG OptionsBufferSize, PCWSTR InitialDirectory, PCWSTR Environment, ULONG ProcessId, ULONG AttachFlags);
	HRESULT (STDMETHODCALLTYPE *PushOutputLinePrefix)(IDebugClient5 *This, PCSTR NewPrefix, PULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *PushOutputLinePrefixWide)(IDebugClient5 *This, PCWSTR NewPrefix, PULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *PopOutputLinePrefix)(IDebugClient5 *This, ULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *GetNumberInputCallbacks)(IDebugClient5 *This, PULONG Count);
	HRESULT (STDMETHODCALLTYPE *GetNumberOutputCallbacks)(IDebugClient5 *This, PULONG Count);
	HRESULT (STDMETHODCALLTYPE *GetNumberEventCallbacks)(IDebugClient5 *This, ULONG EventFlags, PULONG Count);
	HRESULT (STDMETHODCALLTYPE *GetQuitLockString)(IDebugClient5 *This, PSTR Buffer, ULONG BufferSize, PULONG StringSize);
	HRESULT (STDMETHODCALLTYPE *SetQuitLockString)(IDebugClient5 *This, PCSTR String);
	HRESULT (STDMETHODCALLTYPE *GetQuitLockStringWide)(IDebugClient5 *This, PWSTR Buffer, ULONG BufferSize, PULONG StringSize);
	HRESULT (STDMETHODCALLTYPE *SetQuitLockStringWide)(IDebugClient5 *This, PCWSTR String);
} IDebugClient5Vtbl;

struct IDebugClient5 {
	const struct IDebugClient5Vtbl *lpVtbl;
};

#define IDebugClient5_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugClient5_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugClient5_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugClient5_AttachKernel(This, Flags, ConnectOptions) \
	((This)->lpVtbl->AttachKernel(This, Flags, ConnectOptions))
#define IDebugClient5_GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize) \
	((This)->lpVtbl->GetKernelConnectionOptions(This, Buffer, BufferSize, OptionsSize))
#define IDebugClient5_SetKernelConnectionOptions(This, Options) \
	((This)->lpVtbl->SetKernelConnectionOptions(This, Options))
#define IDebugClient5_StartProcessServer(This, Flags, Options, Reserved) \
	((This)->lpVtbl->StartProcessServer(This, Flags, Options, Reserved))
#define IDebugClient5_ConnectProcessServer(This, RemoteOptions, Server) \
	((This)->lpVtbl->ConnectProcessServer(This, RemoteOptions, Server))
#define IDebugClient5_DisconnectProcessServer(This, Server) \
	((This)->lpVtbl->DisconnectProcessServer(This, Server))
#define IDebugClient5_GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount) \
	((This)->lpVtbl->GetRunningProcessSystemIds(This, Server, Ids, Count, ActualCount))
#define IDebugClient5_GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id) \
	((This)->lpVtbl->GetRunningProcessSystemIdByExecutableName(This, Server, ExeName, Flags, Id))
#define IDebugClient5_GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize) \
	((This)->lpVtbl->GetRunningProcessDescription(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize))
#define IDebugClient5_AttachProcess(This, Server, ProcessId, AttachFlags) \
	((This)->lpVtbl->AttachProcess(This, Server, ProcessId, AttachFlags))
#define IDebugClient5_CreateProcess(This, Server, CommandLine, CreateFlags) \
	((This)->lpVtbl->CreateProcess(This, Server, CommandLine, CreateFlags))
#define IDebugClient5_CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttach(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags))
#define IDebugClient5_GetProcessOptions(This, Options) \
	((This)->lpVtbl->GetProcessOptions(This, Options))
#define IDebugClient5_AddProcessOptions(This, Options) \
	((This)->lpVtbl->AddProcessOptions(This, Options))
#define IDebugClient5_RemoveProcessOptions(This, Options) \
	((This)->lpVtbl->RemoveProcessOptions(This, Options))
#define IDebugClient5_SetProcessOptions(This, Options) \
	((This)->lpVtbl->SetProcessOptions(This, Options))
#define IDebugClient5_OpenDumpFile(This, DumpFile) \
	((This)->lpVtbl->OpenDumpFile(This, DumpFile))
#define IDebugClient5_WriteDumpFile(This, DumpFile, Qualifier) \
	((This)->lpVtbl->WriteDumpFile(This, DumpFile, Qualifier))
#define IDebugClient5_ConnectSession(This, Flags, HistoryLimit) \
	((This)->lpVtbl->ConnectSession(This, Flags, HistoryLimit))
#define IDebugClient5_StartServer(This, Options) \
	((This)->lpVtbl->StartServer(This, Options))
#define IDebugClient5_OutputServers(This, OutputControl, Machine, Flags) \
	((This)->lpVtbl->OutputServers(This, OutputControl, Machine, Flags))
#define IDebugClient5_TerminateProcesses(This) \
	((This)->lpVtbl->TerminateProcesses(This))
#define IDebugClient5_DetachProcesses(This) \
	((This)->lpVtbl->DetachProcesses(This))
#define IDebugClient5_EndSession(This, Flags) \
	((This)->lpVtbl->EndSession(This, Flags))
#define IDebugClient5_GetExitCode(This, Code) \
	((This)->lpVtbl->GetExitCode(This, Code))
#define IDebugClient5_DispatchCallbacks(This, Timeout) \
	((This)->lpVtbl->DispatchCallbacks(This, Timeout))
#define IDebugClient5_ExitDispatch(This, Client) \
	((This)->lpVtbl->ExitDispatch(This, Client))
#define IDebugClient5_CreateClient(This, Client) \
	((This)->lpVtbl->CreateClient(This, Client))
#define IDebugClient5_GetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetInputCallbacks(This, Callbacks))
#define IDebugClient5_SetInputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetInputCallbacks(This, Callbacks))
#define IDebugClient5_GetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetOutputCallbacks(This, Callbacks))
#define IDebugClient5_SetOutputCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetOutputCallbacks(This, Callbacks))
#define IDebugClient5_GetOutputMask(This, Mask) \
	((This)->lpVtbl->GetOutputMask(This, Mask))
#define IDebugClient5_SetOutputMask(This, Mask) \
	((This)->lpVtbl->SetOutputMask(This, Mask))
#define IDebugClient5_GetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->GetOtherOutputMask(This, Client, Mask))
#define IDebugClient5_SetOtherOutputMask(This, Client, Mask) \
	((This)->lpVtbl->SetOtherOutputMask(This, Client, Mask))
#define IDebugClient5_GetOutputWidth(This, Columns) \
	((This)->lpVtbl->GetOutputWidth(This, Columns))
#define IDebugClient5_SetOutputWidth(This, Columns) \
	((This)->lpVtbl->SetOutputWidth(This, Columns))
#define IDebugClient5_GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize) \
	((This)->lpVtbl->GetOutputLinePrefix(This, Buffer, BufferSize, PrefixSize))
#define IDebugClient5_SetOutputLinePrefix(This, Prefix) \
	((This)->lpVtbl->SetOutputLinePrefix(This, Prefix))
#define IDebugClient5_GetIdentity(This, Buffer, BufferSize, IdentitySize) \
	((This)->lpVtbl->GetIdentity(This, Buffer, BufferSize, IdentitySize))
#define IDebugClient5_OutputIdentity(This, OutputControl, Flags, Format) \
	((This)->lpVtbl->OutputIdentity(This, OutputControl, Flags, Format))
#define IDebugClient5_GetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->GetEventCallbacks(This, Callbacks))
#define IDebugClient5_SetEventCallbacks(This, Callbacks) \
	((This)->lpVtbl->SetEventCallbacks(This, Callbacks))
#define IDebugClient5_FlushCallbacks(This) \
	((This)->lpVtbl->FlushCallbacks(This))
#define IDebugClient5_WriteDumpFile2(This, DumpFile, Qualifier, FormatFlags, Comment) \
	((This)->lpVtbl->WriteDumpFile2(This, DumpFile, Qualifier, FormatFlags, Comment))
#define IDebugClient5_AddDumpInformationFile(This, InfoFile, Type) \
	((This)->lpVtbl->AddDumpInformationFile(This, InfoFile, Type))
#define IDebugClient5_EndProcessServer(This, Server) \
	((This)->lpVtbl->EndProcessServer(This, Server))
#define IDebugClient5_WaitForProcessServerEnd(This, Timeout) \
	((This)->lpVtbl->WaitForProcessServerEnd(This, Timeout))
#define IDebugClient5_IsKernelDebuggerEnabled(This) \
	((This)->lpVtbl->IsKernelDebuggerEnabled(This))
#define IDebugClient5_TerminateCurrentProcess(This) \
	((This)->lpVtbl->TerminateCurrentProcess(This))
#define IDebugClient5_DetachCurrentProcess(This) \
	((This)->lpVtbl->DetachCurrentProcess(This))
#define IDebugClient5_AbandonCurrentProcess(This) \
	((This)->lpVtbl->AbandonCurrentProcess(This))
#define IDebugClient5_GetRunningProcessSystemIdByExecutableNameWide(This, Server, ExeName, Flags, Id) \
	((This)->lpVtbl->GetRunningProcessSystemIdByExecutableNameWide(This, Server, ExeName, Flags, Id))
#define IDebugClient5_GetRunningProcessDescriptionWide(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize) \
	((This)->lpVtbl->GetRunningProcessDescriptionWide(This, Server, SystemId, Flags, ExeName, ExeNameSize, ActualExeNameSize, Description, DescriptionSize, ActualDescriptionSize))
#define IDebugClient5_CreateProcessWide(This, Server, CommandLine, CreateFlags) \
	((This)->lpVtbl->CreateProcessWide(This, Server, CommandLine, CreateFlags))
#define IDebugClient5_CreateProcessAndAttachWide(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttachWide(This, Server, CommandLine, CreateFlags, ProcessId, AttachFlags))
#define IDebugClient5_OpenDumpFileWide(This, FileName, FileHandle) \
	((This)->lpVtbl->OpenDumpFileWide(This, FileName, FileHandle))
#define IDebugClient5_WriteDumpFileWide(This, FileName, FileHandle, Qualifier, FormatFlags, Comment) \
	((This)->lpVtbl->WriteDumpFileWide(This, FileName, FileHandle, Qualifier, FormatFlags, Comment))
#define IDebugClient5_AddDumpInformationFileWide(This, FileName, FileHandle, Type) \
	((This)->lpVtbl->AddDumpInformationFileWide(This, FileName, FileHandle, Type))
#define IDebugClient5_GetNumberDumpFiles(This, Number) \
	((This)->lpVtbl->GetNumberDumpFiles(This, Number))
#define IDebugClient5_GetDumpFile(This, Index, Buffer, BufferSize, NameSize, Handle, Type) \
	((This)->lpVtbl->GetDumpFile(This, Index, Buffer, BufferSize, NameSize, Handle, Type))
#define IDebugClient5_GetDumpFileWide(This, Index, Buffer, BufferSize, NameSize, Handle, Type) \
	((This)->lpVtbl->GetDumpFileWide(This, Index, Buffer, BufferSize, NameSize, Handle, Type))
#define IDebugClient5_AttachKernelWide(This, Flags, ConnectOptions) \
	((This)->lpVtbl->AttachKernelWide(This, Flags, ConnectOptions))
#define IDebugClient5_GetKernelConnectionOptionsWide(This, Buffer, BufferSize, OptionsSize) \
	((This)->lpVtbl->GetKernelConnectionOptionsWide(This, Buffer, BufferSize, OptionsSize))
#define IDebugClient5_SetKernelConnectionOptionsWide(This, Options) \
	((This)->lpVtbl->SetKernelConnectionOptionsWide(This, Options))
#define IDebugClient5_StartProcessServerWide(This, Flags, Options, Reserved) \
	((This)->lpVtbl->StartProcessServerWide(This, Flags, Options, Reserved))
#define IDebugClient5_ConnectProcessServerWide(This, RemoteOptions, Server) \
	((This)->lpVtbl->ConnectProcessServerWide(This, RemoteOptions, Server))
#define IDebugClient5_StartServerWide(This, Options) \
	((This)->lpVtbl->StartServerWide(This, Options))
#define IDebugClient5_OutputServersWide(This, OutputControl, Machine, Flags) \
	((This)->lpVtbl->OutputServersWide(This, OutputControl, Machine, Flags))
#define IDebugClient5_GetOutputCallbacksWide(This, Callbacks) \
	((This)->lpVtbl->GetOutputCallbacksWide(This, Callbacks))
#define IDebugClient5_SetOutputCallbacksWide(This, Callbacks) \
	((This)->lpVtbl->SetOutputCallbacksWide(This, Callbacks))
#define IDebugClient5_GetOutputLinePrefixWide(This, Buffer, BufferSize, PrefixSize) \
	((This)->lpVtbl->GetOutputLinePrefixWide(This, Buffer, BufferSize, PrefixSize))
#define IDebugClient5_SetOutputLinePrefixWide(This, Prefix) \
	((This)->lpVtbl->SetOutputLinePrefixWide(This, Prefix))
#define IDebugClient5_GetIdentityWide(This, Buffer, BufferSize, IdentitySize) \
	((This)->lpVtbl->GetIdentityWide(This, Buffer, BufferSize, IdentitySize))
#define IDebugClient5_OutputIdentityWide(This, OutputControl, Flags, Format) \
	((This)->lpVtbl->OutputIdentityWide(This, OutputControl, Flags, Format))
#define IDebugClient5_GetEventCallbacksWide(This, Callbacks) \
	((This)->lpVtbl->GetEventCallbacksWide(This, Callbacks))
#define IDebugClient5_SetEventCallbacksWide(This, Callbacks) \
	((This)->lpVtbl->SetEventCallbacksWide(This, Callbacks))
#define IDebugClient5_CreateProcess2(This, Server, CommandLine, OptionsBuffer, OptionsBufferSize, InitialDirectory, Environment) \
	((This)->lpVtbl->CreateProcess2(This, Server, CommandLine, OptionsBuffer, OptionsBufferSize, InitialDirectory, Environment))
#define IDebugClient5_CreateProcess2Wide(This, Server, CommandLine, OptionsBuffer, OptionsBufferSize, InitialDirectory, Environment) \
	((This)->lpVtbl->CreateProcess2Wide(This, Server, CommandLine, OptionsBuffer, OptionsBufferSize, InitialDirectory, Environment))
#define IDebugClient5_CreateProcessAndAttach2(This, Server, CommandLine, OptionsBuffer, OptionsBufferSize, InitialDirectory, Environment, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttach2(This, Server, CommandLine, OptionsBuffer, OptionsBufferSize, InitialDirectory, Environment, ProcessId, AttachFlags))
#define IDebugClient5_CreateProcessAndAttach2Wide(This, Server, CommandLine, OptionsBuffer, OptionsBufferSize, InitialDirectory, Environment, ProcessId, AttachFlags) \
	((This)->lpVtbl->CreateProcessAndAttach2Wide(This, Server, CommandLine, OptionsBuffer, OptionsBufferSize, InitialDirectory, Environment, ProcessId, AttachFlags))
#define IDebugClient5_PushOutputLinePrefix(This, NewPrefix, Handle) \
	((This)->lpVtbl->PushOutputLinePrefix(This, NewPrefix, Handle))
#define IDebugClient5_PushOutputLinePrefixWide(This, NewPrefix, Handle) \
	((This)->lpVtbl->PushOutputLinePrefixWide(This, NewPrefix, Handle))
#define IDebugClient5_PopOutputLinePrefix(This, Handle) \
	((This)->lpVtbl->PopOutputLinePrefix(This, Handle))
#define IDebugClient5_GetNumberInputCallbacks(This, Count) \
	((This)->lpVtbl->GetNumberInputCallbacks(This, Count))
#define IDebugClient5_GetNumberOutputCallbacks(This, Count) \
	((This)->lpVtbl->GetNumberOutputCallbacks(This, Count))
#define IDebugClient5_GetNumberEventCallbacks(This, EventFlags, Count) \
	((This)->lpVtbl->GetNumberEventCallbacks(This, EventFlags, Count))
#define IDebugClient5_GetQuitLockString(This, Buffer, BufferSize, StringSize) \
	((This)->lpVtbl->GetQuitLockString(This, Buffer, BufferSize, StringSize))
#define IDebugClient5_SetQuitLockString(This, String) \
	((This)->lpVtbl->SetQuitLockString(This, String))
#define IDebugClient5_GetQuitLockStringWide(This, Buffer, BufferSize, StringSize) \
	((This)->lpVtbl->GetQuitLockStringWide(This, Buffer, BufferSize, StringSize))
#define IDebugClient5_SetQuitLockStringWide(This, String) \
	((This)->lpVtbl->SetQuitLockStringWide(This, String))

/* IDebugControl: 95 methods. */
typedef struct IDebugControlVtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugControl *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugControl *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugControl *This);
	HRESULT (STDMETHODCALLTYPE *GetInterrupt)(IDebugControl *This);
	HRESULT (STDMETHODCALLTYPE *SetInterrupt)(IDebugControl *This, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetInterruptTimeout)(IDebugControl *This, PULONG Seconds);
	HRESULT (STDMETHODCALLTYPE *SetInterruptTimeout)(IDebugControl *This, ULONG Seconds);
	HRESULT (STDMETHODCALLTYPE *GetLogFile)(IDebugControl *This, PSTR Buffer, ULONG BufferSize, PULONG FileSize, PBOOL Append);
	HRESULT (STDMETHODCALLTYPE *OpenLogFile)(IDebugControl *This, PCSTR File, BOOL Append);
	HRESULT (STDMETHODCALLTYPE *CloseLogFile)(IDebugControl *This);
	HRESULT (STDMETHODCALLTYPE *GetLogMask)(IDebugControl *This, PULONG Mask);
	HRESULT (STDMETHODCALLTYPE *SetLogMask)(IDebugControl *This, ULONG Mask);
	HRESULT (STDMETHODCALLTYPE *Input)(IDebugControl *This, PSTR Buffer, ULONG BufferSize, PULONG InputSize);
	HRESULT (STDMETHODCALLTYPE *ReturnInput)(IDebugControl *This, PCSTR Buffer);
	HRESULT (STDMETHODCALLTYPE *Output)(IDebugControl *This, ULONG Mask, PCSTR Format, ...);
	HRESULT (STDMETHODCALLTYPE *OutputVaList)(IDebugControl *This, ULONG Mask, PCSTR Format, va_list Args);
	HRESULT (STDMETHODCALLTYPE *ControlledOutput)(IDebugControl *This, ULONG OutputControl, ULONG Mask, PCSTR Format, ...);
	HRESULT (STDMETHODCALLTYPE *ControlledOutputVaList)(IDebugControl *This, ULONG OutputControl, ULONG Mask, PCSTR Format, va_list Args);
	HRESULT (STDMETHODCALLTYPE *OutputPrompt)(IDebugControl *This, ULONG OutputControl, PCSTR Format, ...);
	HRESULT (STDMETHODCALLTYPE *OutputPromptVaList)(IDebugControl *This, ULONG OutputControl, PCSTR Format, va_list Args);
	HRESULT (STDMETHODCALLTYPE *GetPromptText)(IDebugControl *This, PSTR Buffer, ULONG BufferSize, PULONG TextSize);
	HRESULT (STDMETHODCALLTYPE *OutputCurrentState)(IDebugControl *This, ULONG OutputControl, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *OutputVersionInformation)(IDebugControl *This, ULONG OutputControl);
	HRESULT (STDMETHODCALLTYPE *GetNotifyEventHandle)(IDebugControl *This, PULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *SetNotifyEventHandle)(IDebugControl *This, ULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *Assemble)(IDebugControl *This, ULONG64 Offset, PCSTR Instr, PULONG64 EndOffset);
	HRESULT (STDMETHODCALLTYPE *Disassemble)(IDebugControl *This, ULONG64 Offset, ULONG Flags, PSTR Buffer, ULONG BufferSize, PULONG DisassemblySize, PULONG64 EndOffset);
	HRESULT (STDMETHODCALLTYPE *GetDisassembleEffectiveOffset)(IDebugControl *This, PULONG64 Offset);
	HRESULT (STDMETHODCALLTYPE *OutputDisassembly)(IDebugControl *This, ULONG OutputControl, ULONG64 Offset, ULONG Flags, PULONG64 EndOffset);
	HRESULT (STDMETHODCALLTYPE *OutputDisassemblyLines)(IDebugControl *This, ULONG OutputControl, ULONG PreviousLines, ULONG TotalLines, ULONG64 Offset, ULONG Flags, PULONG OffsetLine, PULONG64 StartOffset, PULONG64 EndOffset, PULONG64 LineOffsets);
	HRESULT (STDMETHODCALLTYPE *GetNearInstruction)(IDebugControl *This, ULONG64 Offset, LONG Delta, PULONG64 NearOffset);
	HRESULT (STDMETHODCALLTYPE *GetStackTrace)(IDebugControl *This, ULONG64 FrameOffset, ULONG64 StackOffset, ULONG64 InstructionOffset, PDEBUG_STACK_FRAME Frames, ULONG FramesSize, PULONG FramesFilled);
	HRESULT (STDMETHODCALLTYPE *GetReturnOffset)(IDebugControl *This, PULONG64 Offset);
	HRESULT (STDMETHODCALLTYPE *OutputStackTrace)(IDebugControl *This, ULONG OutputControl, PDEBUG_STACK_FRAME Frames, ULONG FramesSize, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetDebuggeeType)(IDebugControl *This, PULONG Class, PULONG Qualifier);
	HRESULT (STDMETHODCALLTYPE *GetActualProcessorType)(IDebugControl *This, PULONG Type);
	HRESULT (STDMETHODCALLTYPE *GetExecutingProcessorType)(IDebugControl *This, PULONG Type);
	HRESULT (STDMETHODCALLTYPE *GetNumberPossibleExecutingProcessorTypes)(IDebugControl *This, PULONG Number);
	HRESULT (STDMETHODCALLTYPE *GetPossibleExecutingProcessorTypes)(IDebugControl *This, ULONG Start, ULONG Count, PULONG Types);
	HRESULT (STDMETHODCALLTYPE *GetNumberProcessors)(IDebugControl *This, PULONG Number);
	HRESULT (STDMETHODCALLTYPE *GetSystemVersion)(IDebugControl *This, PULONG PlatformId, PULONG Major, PULONG Minor, PSTR ServicePackString, ULONG ServicePackStringSize, PULONG ServicePackStringUsed, PULONG ServicePackNumber, PSTR BuildString, ULONG BuildStringSize, PULONG BuildStringUsed);
	HRESULT (STDMETHODCALLTYPE *GetPageSize)(IDebugControl *This, PULONG Size);
	HRESULT (STDMETHODCALLTYPE *IsPointer64Bit)(IDebugControl *This);
	HRESULT (STDMETHODCALLTYPE *ReadBugCheckData)(IDebugControl *This, PULONG Code, PULONG64 Arg1, PULONG64 Arg2, PULONG64 Arg3, PULONG64 Arg4);
	HRESULT (STDMETHODCALLTYPE *GetNumberSupportedProcessorTypes)(IDebugControl *This, PULONG Number);
	HRESULT (STDMETHODCALLTYPE *GetSupportedProcessorTypes)(IDebugControl *This, ULONG Start, ULONG Count, PULONG Types);
	HRESULT (STDMETHODCALLTYPE *GetProcessorTypeNames)(IDebugControl *This, ULONG Type, PSTR FullNameBuffer, ULONG FullNameBufferSize, PULONG FullNameSize, PSTR AbbrevNameBuffer, ULONG AbbrevNameBufferSize, PULONG AbbrevNameSize);
	HRESULT (STDMETHODCALLTYPE *GetEffectiveProcessorType)(IDebugControl *This, PULONG Type);
	HRESULT (STDMETHODCALLTYPE *SetEffectiveProcessorType)(IDebugControl *This, ULONG Type);
	HRESULT (STDMETHODCALLTYPE *GetExecutionStatus)(IDebugControl *This, PULONG Status);
	HRESULT (STDMETHODCALLTYPE *SetExecutionStatus)(IDebugControl *This, ULONG Status);
	HRESULT (STDMETHODCALLTYPE *GetCodeLevel)(IDebugControl *This, PULONG Level);
	HRESULT (STDMETHODCALLTYPE *SetCodeLevel)(IDebugControl *This, ULONG Level);
	HRESULT (STDMETHODCALLTYPE *GetEngineOptions)(IDebugControl *This, PULONG Options);
	HRESULT (STDMETHODCALLTYPE *AddEngineOptions)(IDebugControl *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *RemoveEngineOptions)(IDebugControl *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *SetEngineOptions)(IDebugControl *This, ULONG Options);
	HRESULT (STDMETHODCALLTYPE *GetSystemErrorControl)(IDebugControl *This, PULONG OutputLevel, PULONG BreakLevel);
	HRESULT (STDMETHODCALLTYPE *SetSystemErrorControl)(IDebugControl *This, ULONG OutputLevel, ULONG BreakLevel);
	HRESULT (STDMETHODCALLTYPE *GetTextMacro)(IDebugControl *This, ULONG Slot, PSTR Buffer, ULONG BufferSize, PULONG MacroSize);
	HRESULT (STDMETHODCALLTYPE *SetTextMacro)(IDebugControl *This, ULONG Slot, PCSTR Macro);
	HRESULT (STDMETHODCALLTYPE *GetRadix)(IDebugControl *This, PULONG Radix);
	HRESULT (STDMETHODCALLTYPE *SetRadix)(IDebugControl *This, ULONG Radix);
	HRESULT (STDMETHODCALLTYPE *Evaluate)(IDebugControl *This, PCSTR Expression, ULONG DesiredType, PDEBUG_VALUE Value, PULONG RemainderIndex);
	HRESULT (STDMETHODCALLTYPE *CoerceValue)(IDebugControl *This, PDEBUG_VALUE In, ULONG OutType, PDEBUG_VALUE Out);
	HRESULT (STDMETHODCALLTYPE *CoerceValues)(IDebugControl *This, ULONG Count, PDEBUG_VALUE In, PULONG OutTypes, PDEBUG_VALUE Out);
	HRESULT (STDMETHODCALLTYPE *Execute)(IDebugControl *This, ULONG OutputControl, PCSTR Command, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *ExecuteCommandFile)(IDebugControl *This, ULONG OutputControl, PCSTR CommandFile, ULONG Flags);
	HRESULT (STDMETHODCALLTYPE *GetNumberBreakpoints)(IDebugControl *This, PULONG Number);
	HRESULT (STDMETHODCALLTYPE *GetBreakpointByIndex)(IDebugControl *This, ULONG Index, PDEBUG_BREAKPOINT *Bp);
	HRESULT (STDMETHODCALLTYPE *GetBreakpointById)(IDebugControl *This, ULONG Id, PDEBUG_BREAKPOINT *Bp);
	HRESULT (STDMETHODCALLTYPE *GetBreakpointParameters)(IDebugControl *This, ULONG Count, PULONG Ids, ULONG Start, PDEBUG_BREAKPOINT_PARAMETERS Params);
	HRESULT (STDMETHODCALLTYPE *AddBreakpoint)(IDebugControl *This, ULONG Type, ULONG DesiredId, PDEBUG_BREAKPOINT *Bp);
	HRESULT (STDMETHODCALLTYPE *RemoveBreakpoint)(IDebugControl *This, PDEBUG_BREAKPOINT Bp);
	HRESULT (STDMETHODCALLTYPE *AddExtension)(IDebugControl *This, PCSTR Path, ULONG Flags, PULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *RemoveExtension)(IDebugControl *This, ULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *GetExtensionByPath)(IDebugControl *This, PCSTR Path, PULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *CallExtension)(IDebugControl *This, ULONG64 Handle, PCSTR Function, PCSTR Arguments);
	HRESULT (STDMETHODCALLTYPE *GetExtensionFunction)(IDebugControl *This, ULONG64 Handle, PCSTR FuncName, FARPROC *Function);
	HRESULT (STDMETHODCALLTYPE *GetWindbgExtensionApis32)(IDebugControl *This, PWINDBG_EXTENSION_APIS32 Api);
	HRESULT (STDMETHODCALLTYPE *GetWindbgExtensionApis64)(IDebugControl *This, PWINDBG_EXTENSION_APIS64 Api);
	HRESULT (STDMETHODCALLTYPE *GetNumberEventFilters)(IDebugControl *This, PULONG SpecificEvents, PULONG SpecificExceptions, PULONG ArbitraryExceptions);
	HRESULT (STDMETHODCALLTYPE *GetEventFilterText)(IDebugControl *This, ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG TextSize);
	HRESULT (STDMETHODCALLTYPE *GetEventFilterCommand)(IDebugControl *This, ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG CommandSize);
	HRESULT (STDMETHODCALLTYPE *SetEventFilterCommand)(IDebugControl *This, ULONG Index, PCSTR Command);
	HRESULT (STDMETHODCALLTYPE *GetSpecificFilterParameters)(IDebugControl *This, ULONG Start, ULONG Count, PDEBUG_SPECIFIC_FILTER_PARAMETERS Params);
	HRESULT (STDMETHODCALLTYPE *SetSpecificFilterParameters)(IDebugControl *This, ULONG Start, ULONG Count, PDEBUG_SPECIFIC_FILTER_PARAMETERS Params);
	HRESULT (STDMETHODCALLTYPE *GetSpecificFilterArgument)(IDebugControl *This, ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG ArgumentSize);
	HRESULT (STDMETHODCALLTYPE *SetSpecificFilterArgument)(IDebugControl *This, ULONG Index, PCSTR Argument);
	HRESULT (STDMETHODCALLTYPE *GetExceptionFilterParameters)(IDebugControl *This, ULONG Count, PULONG Codes, ULONG Start, PDEBUG_EXCEPTION_FILTER_PARAMETERS Params);
	HRESULT (STDMETHODCALLTYPE *SetExceptionFilterParameters)(IDebugControl *This, ULONG Count, PDEBUG_EXCEPTION_FILTER_PARAMETERS Params);
	HRESULT (STDMETHODCALLTYPE *GetExceptionFilterSecondCommand)(IDebugControl *This, ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG CommandSize);
	HRESULT (STDMETHODCALLTYPE *SetExceptionFilterSecondCommand)(IDebugControl *This, ULONG Index, PCSTR Command);
	HRESULT (STDMETHODCALLTYPE *WaitForEvent)(IDebugControl *This, ULONG Flags, ULONG Timeout);
	HRESULT (STDMETHODCALLTYPE *GetLastEventInformation)(IDebugControl *This, PULONG Type, PULONG ProcessId, PULONG ThreadId, PVOID ExtraInformation, ULONG ExtraInformationSize, PULONG ExtraInformationUsed, PSTR Description, ULONG DescriptionSize, PULONG DescriptionUsed);
} IDebugControlVtbl;

struct IDebugControl {
	const struct IDebugControlVtbl *lpVtbl;
};

#define IDebugControl_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugControl_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugControl_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugControl_GetInterrupt(This) \
	((This)->lpVtbl->GetInterrupt(This))
#define IDebugControl_SetInterrupt(This, Flags) \
	((This)->lpVtbl->SetInterrupt(This, Flags))
#define IDebugControl_GetInterruptTimeout(This, Seconds) \
	((This)->lpVtbl->GetInterruptTimeout(This, Seconds))
#define IDebugControl_SetInterruptTimeout(This, Seconds) \
	((This)->lpVtbl->SetInterruptTimeout(This, Seconds))
#define IDebugControl_GetLogFile(This, Buffer, BufferSize, FileSize, Append) \
	((This)->lpVtbl->GetLogFile(This, Buffer, BufferSize, FileSize, Append))
#define IDebugControl_OpenLogFile(This, File, Append) \
	((This)->lpVtbl->OpenLogFile(This, File, Append))
#define IDebugControl_CloseLogFile(This) \
	((This)->lpVtbl->CloseLogFile(This))
#define IDebugControl_GetLogMask(This, Mask) \
	((This)->lpVtbl->GetLogMask(This, Mask))
#define IDebugControl_SetLogMask(This, Mask) \
	((This)->lpVtbl->SetLogMask(This, Mask))
#define IDebugControl_Input(This, Buffer, BufferSize, InputSize) \
	((This)->lpVtbl->Input(This, Buffer, BufferSize, InputSize))
#define IDebugControl_ReturnInput(This, Buffer) \
	((This)->lpVtbl->ReturnInput(This, Buffer))
#define IDebugControl_Output(This, Mask, ...) \
	((This)->lpVtbl->Output(This, Mask, __VA_ARGS__))
#define IDebugControl_OutputVaList(This, Mask, Format, Args) \
	((This)->lpVtbl->OutputVaList(This, Mask, Format, Args))
#define IDebugControl_ControlledOutput(This, OutputControl, Mask, ...) \
	((This)->lpVtbl->ControlledOutput(This, OutputControl, Mask, __VA_ARGS__))
#define IDebugControl_ControlledOutputVaList(This, OutputControl, Mask, Format, Args) \
	((This)->lpVtbl->ControlledOutputVaList(This, OutputControl, Mask, Format, Args))
#define IDebugControl_OutputPrompt(This, OutputControl, ...) \
	((This)->lpVtbl->OutputPrompt(This, OutputControl, __VA_ARGS__))
#define IDebugControl_OutputPromptVaList(This, OutputControl, Format, Args) \
	((This)->lpVtbl->OutputPromptVaList(This, OutputControl, Format, Args))
#define IDebugControl_GetPromptText(This, Buffer, BufferSize, TextSize) \
	((This)->lpVtbl->GetPromptText(This, Buffer, BufferSize, TextSize))
#define IDebugControl_OutputCurrentState(This, OutputControl, Flags) \
	((This)->lpVtbl->OutputCurrentState(This, OutputControl, Flags))
#define IDebugControl_OutputVersionInformation(This, OutputControl) \
	((This)->lpVtbl->OutputVersionInformation(This, OutputControl))
#define IDebugControl_GetNotifyEventHandle(This, Handle) \
	((This)->lpVtbl->GetNotifyEventHandle(This, Handle))
#define IDebugControl_SetNotifyEventHandle(This, Handle) \
	((This)->lpVtbl->SetNotifyEventHandle(This, Handle))
#define IDebugControl_Assemble(This, Offset, Instr, EndOffset) \
	((This)->lpVtbl->Assemble(This, Offset, Instr, EndOffset))
#define IDebugControl_Disassemble(This, Offset, Flags, Buffer, BufferSize, DisassemblySize, EndOffset) \
	((This)->lpVtbl->Disassemble(This, Offset, Flags, Buffer, BufferSize, DisassemblySize, EndOffset))
#define IDebugControl_GetDisassembleEffectiveOffset(This, Offset) \
	((This)->lpVtbl->GetDisassembleEffectiveOffset(This, Offset))
#define IDebugControl_OutputDisassembly(This, OutputControl, Offset, Flags, EndOffset) \
	((This)->lpVtbl->OutputDisassembly(This, OutputControl, Offset, Flags, EndOffset))
#define IDebugControl_OutputDisassemblyLines(This, OutputControl, PreviousLines, TotalLines, Offset, Flags, OffsetLine, StartOffset, EndOffset, LineOffsets) \
	((This)->lpVtbl->OutputDisassemblyLines(This, OutputControl, PreviousLines, TotalLines, Offset, Flags, OffsetLine, StartOffset, EndOffset, LineOffsets))
#define IDebugControl_GetNearInstruction(This, Offset, Delta, NearOffset) \
	((This)->lpVtbl->GetNearInstruction(This, Offset, Delta, NearOffset))
#define IDebugControl_GetStackTrace(This, FrameOffset, StackOffset, InstructionOffset, Frames, FramesSize, FramesFilled) \
	((This)->lpVtbl->GetStackTrace(This, FrameOffset, StackOffset, InstructionOffset, Frames, FramesSize, FramesFilled))
#define IDebugControl_GetReturnOffset(This, Offset) \
	((This)->lpVtbl->GetReturnOffset(This, Offset))
#define IDebugControl_OutputStackTrace(This, OutputControl, Frames, FramesSize, Flags) \
	((This)->lpVtbl->OutputStackTrace(This, OutputControl, Frames, FramesSize, Flags))
#define IDebugControl_GetDebuggeeType(This, Class, Qualifier) \
	((This)->lpVtbl->GetDebuggeeType(This, Class, Qualifier))
#define IDebugControl_GetActualProcessorType(This, Type) \
	((This)->lpVtbl->GetActualProcessorType(This, Type))
#define IDebugControl_GetExecutingProcessorType(This, Type) \
	((This)->lpVtbl->GetExecutingProcessorType(This, Type))
#define IDebugControl_GetNumberPossibleExecutingProcessorTypes(This, Number) \
	((This)->lpVtbl->GetNumberPossibleExecutingProcessorTypes(This, Number))
#define IDebugControl_GetPossibleExecutingProcessorTypes(This, Start, Count, Types) \
	((This)->lpVtbl->GetPossibleExecutingProcessorTypes(This, Start, Count, Types))
#define IDebugControl_GetNumberProcessors(This, Number) \
	((This)->lpVtbl->GetNumberProcessors(This, Number))
#define IDebugControl_GetSystemVersion(This, PlatformId, Major, Minor, ServicePackString, ServicePackStringSize, ServicePackStringUsed, ServicePackNumber, BuildString, BuildStringSize, BuildStringUsed) \
	((This)->lpVtbl->GetSystemVersion(This, PlatformId, Major, Minor, ServicePackString, ServicePackStringSize, ServicePackStringUsed, ServicePackNumber, BuildString, BuildStringSize, BuildStringUsed))
#define IDebugControl_GetPageSize(This, Size) \
	((This)->lpVtbl->GetPageSize(This, Size))
#define IDebugControl_IsPointer64Bit(This) \
	((This)->lpVtbl->IsPointer64Bit(This))
#define IDebugControl_ReadBugCheckData(This, Code, Arg1, Arg2, Arg3, Arg4) \
	((This)->lpVtbl->ReadBugCheckData(This, Code, Arg1, Arg2, Arg3, Arg4))
#define IDebugControl_GetNumberSupportedProcessorTypes(This, Number) \
	((This)->lpVtbl->GetNumberSupportedProcessorTypes(This, Number))
#define IDebugControl_GetSupportedProcessorTypes(This, Start, Count, Types) \
	((This)->lpVtbl->GetSupportedProcessorTypes(This, Start, Count, Types))
#define IDebugControl_GetProcessorTypeNames(This, Type, FullNameBuffer, FullNameBufferSize, FullNameSize, AbbrevNameBuffer, AbbrevNameBufferSize, AbbrevNameSize) \
	((This)->lpVtbl->GetProcessorTypeNames(This, Type, FullNameBuffer, FullNameBufferSize, FullNameSize, AbbrevNameBuffer, AbbrevNameBufferSize, AbbrevNameSize))
#define IDebugControl_GetEffectiveProcessorType(This, Type) \
	((This)->lpVtbl->GetEffectiveProcessorType(This, Type))
#define IDebugControl_SetEffectiveProcessorType(This, Type) \
	((This)->lpVtbl->SetEffectiveProcessorType(This, Type))
#define IDebugControl_GetExecutionStatus(This, Status) \
	((This)->lpVtbl->GetExecutionStatus(This, Status))
#define IDebugControl_SetExecutionStatus(This, Status) \
	((This)->lpVtbl->SetExecutionStatus(This, Status))
#define IDebugControl_GetCodeLevel(This, Level) \
	((This)->lpVtbl->GetCodeLevel(This, Level))
#define IDebugControl_SetCodeLevel(This, Level) \
	((This)->lpVtbl->SetCodeLevel(This, Level))
#define IDebugControl_GetEngineOptions(This, Options) \
	((This)->lpVtbl->GetEngineOptions(This, Options))
#define IDebugControl_AddEngineOptions(This, Options) \
	((This)->lpVtbl->AddEngineOptions(This, Options))
#define IDebugControl_RemoveEngineOptions(This, Options) \
	((This)->lpVtbl->RemoveEngineOptions(This, Options))
#define IDebugControl_SetEngineOptions(This, Options) \
	((This)->lpVtbl->SetEngineOptions(This, Options))
#define IDebugControl_GetSystemErrorControl(This, OutputLevel, BreakLevel) \
	((This)->lpVtbl->GetSystemErrorControl(This, OutputLevel, BreakLevel))
#define IDebugControl_SetSystemErrorControl(This, OutputLevel, BreakLevel) \
	((This)->lpVtbl->SetSystemErrorControl(This, OutputLevel, BreakLevel))
#define IDebugControl_GetTextMacro(This, Slot, Buffer, BufferSize, MacroSize) \
	((This)->lpVtbl->GetTextMacro(This, Slot, Buffer, BufferSize, MacroSize))
#define IDebugControl_SetTextMacro(This, Slot, Macro) \
	((This)->lpVtbl->SetTextMacro(This, Slot, Macro))
#define IDebugControl_GetRadix(This, Radix) \
	((This)->lpVtbl->GetRadix(This, Radix))
#define IDebugControl_SetRadix(This, Radix) \
	((This)->lpVtbl->SetRadix(This, Radix))
#define IDebugControl_Evaluate(This, Expression, DesiredType, Value, RemainderIndex) \
	((This)->lpVtbl->Evaluate(This, Expression, DesiredType, Value, RemainderIndex))
#define IDebugControl_CoerceValue(This, In, OutType, Out) \
	((This)->lpVtbl->CoerceValue(This, In, OutType, Out))
#define IDebugControl_CoerceValues(This, Count, In, OutTypes, Out) \
	((This)->lpVtbl->CoerceValues(This, Count, In, OutTypes, Out))
#define IDebugControl_Execute(This, OutputControl, Command, Flags) \
	((This)->lpVtbl->Execute(This, OutputControl, Command, Flags))
#define IDebugControl_ExecuteCommandFile(This, OutputControl, CommandFile, Flags) \
	((This)->lpVtbl->ExecuteCommandFile(This, OutputControl, CommandFile, Flags))
#define IDebugControl_GetNumberBreakpoints(This, Number) \
	((This)->lpVtbl->GetNumberBreakpoints(This, Number))
#define IDebugControl_GetBreakpointByIndex(This, Index, Bp) \
	((This)->lpVtbl->GetBreakpointByIndex(This, Index, Bp))
#define IDebugControl_GetBreakpointById(This, Id, Bp) \
	((This)->lpVtbl->GetBreakpointById(This, Id, Bp))
#define IDebugControl_GetBreakpointParameters(This, Count, Ids, Start, Params) \
	((This)->lpVtbl->GetBreakpointParameters(This, Count, Ids, Start, Params))
#define IDebugControl_AddBreakpoint(This, Type, DesiredId, Bp) \
	((This)->lpVtbl->AddBreakpoint(This, Type, DesiredId, Bp))
#define IDebugControl_RemoveBreakpoint(This, Bp) \
	((This)->lpVtbl->RemoveBreakpoint(This, Bp))
#define IDebugControl_AddExtension(This, Path, Flags, Handle) \
	((This)->lpVtbl->AddExtension(This, Path, Flags, Handle))
#define IDebugControl_RemoveExtension(This, Handle) \
	((This)->lpVtbl->RemoveExtension(This, Handle))
#define IDebugControl_GetExtensionByPath(This, Path, Handle) \
	((This)->lpVtbl->GetExtensionByPath(This, Path, Handle))
#define IDebugControl_CallExtension(This, Handle, Function, Arguments) \
	((This)->lpVtbl->CallExtension(This, Handle, Function, Arguments))
#define IDebugControl_GetExtensionFunction(This, Handle, FuncName, Function) \
	((This)->lpVtbl->GetExtensionFunction(This, Handle, FuncName, Function))
#define IDebugControl_GetWindbgExtensionApis32(This, Api) \
	((This)->lpVtbl->GetWindbgExtensionApis32(This, Api))
#define IDebugControl_GetWindbgExtensionApis64(This, Api) \
	((This)->lpVtbl->GetWindbgExtensionApis64(This, Api))
#define IDebugControl_GetNumberEventFilters(This, SpecificEvents, SpecificExceptions, ArbitraryExceptions) \
	((This)->lpVtbl->GetNumberEventFilters(This, SpecificEvents, SpecificExceptions, ArbitraryExceptions))
#define IDebugControl_GetEventFilterText(This, Index, Buffer, BufferSize, TextSize) \
	((This)->lpVtbl->GetEventFilterText(This, Index, Buffer, BufferSize, TextSize))
#define IDebugControl_GetEventFilterCommand(This, Index, Buffer, BufferSize, CommandSize) \
	((This)->lpVtbl->GetEventFilterCommand(This, Index, Buffer, BufferSize, CommandSize))
#define IDebugControl_SetEventFilterCommand(This, Index, Command) \
	((This)->lpVtbl->SetEventFilterCommand(This, Index, Command))
#define IDebugControl_GetSpecificFilterParameters(This, Start, Count, Params) \
	((This)->lpVtbl->GetSpecificFilterParameters(This, Start, Count, Params))
#define IDebugControl_SetSpecificFilterParameters(This, Start, Count, Params) \
	((This)->lpVtbl->SetSpecificFilterParameters(This, Start, Count, Params))
#define IDebugControl_GetSpecificFilterArgument(This, Index, Buffer, BufferSize, ArgumentSize) \
	((This)->lpVtbl->GetSpecificFilterArgument(This, Index, Buffer, BufferSize, ArgumentSize))
#define IDebugControl_SetSpecificFilterArgument(This, Index, Argument) \
	((This)->lpVtbl->SetSpecificFilterArgument(This, Index, Argument))
#define IDebugControl_GetExceptionFilterParameters(This, Count, Codes, Start, Params) \
	((This)->lpVtbl->GetExceptionFilterParameters(This, Count, Codes, Start, Params))
#define IDebugControl_SetExceptionFilterParameters(This, Count, Params) \
	((This)->lpVtbl->SetExceptionFilterParameters(This, Count, Params))
#define IDebugControl_GetExceptionFilterSecondCommand(This, Index, Buffer, BufferSize, CommandSize) \
	((This)->lpVtbl->GetExceptionFilterSecondCommand(This, Index, Buffer, BufferSize, CommandSize))
#define IDebugControl_SetExceptionFilterSecondCommand(This, Index, Command) \
	((This)->lpVtbl->SetExceptionFilterSecondCommand(This, Index, Command))
#define IDebugControl_WaitForEvent(This, Flags, Timeout) \
	((This)->lpVtbl->WaitForEvent(This, Flags, Timeout))
#define IDebugControl_GetLastEventInformation(This, Type, ProcessId, ThreadId, ExtraInformation, ExtraInformationSize, ExtraInformationUsed, Description, DescriptionSize, DescriptionUsed) \
	((This)->lpVtbl->GetLastEventInformation(This, Type, ProcessId, ThreadId, ExtraInformation, ExtraInformationSize, ExtraInformationUsed, Description, DescriptionSize, DescriptionUsed))

/* IDebugDataSpaces: 23 methods. */
typedef struct IDebugDataSpacesVtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugDataSpaces *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugDataSpaces *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugDataSpaces *This);
	HRESULT (STDMETHODCALLTYPE *ReadVirtual)(IDebugDataSpaces *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteVirtual)(IDebugDataSpaces *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *SearchVirtual)(IDebugDataSpaces *This, ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset);
	HRESULT (STDMETHODCALLTYPE *ReadVirtualUncached)(IDebugDataSpaces *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteVirtualUncached)(IDebugDataSpaces *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadPointersVirtual)(IDebugDataSpaces *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs);
	HRESULT (STDMETHODCALLTYPE *WritePointersVirtual)(IDebugDataSpaces *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs);
	HRESULT (STDMETHODCALLTYPE *ReadPhysical)(IDebugDataSpaces *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WritePhysical)(IDebugDataSpaces *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadControl)(IDebugDataSpaces *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteControl)(IDebugDataSpaces *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadIo)(IDebugDataSpaces *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteIo)(IDebugDataSpaces *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadMsr)(IDebugDataSpaces *This, ULONG Msr, PULONG64 Value);
	HRESULT (STDMETHODCALLTYPE *WriteMsr)(IDebugDataSpaces *This, ULONG Msr, ULONG64 Value);
	HRESULT (STDMETHODCALLTYPE *ReadBusData)(IDebugDataSpaces *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteBusData)(IDebugDataSpaces *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *CheckLowMemory)(IDebugDataSpaces *This);
	HRESULT (STDMETHODCALLTYPE *ReadDebuggerData)(IDebugDataSpaces *This, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *ReadProcessorSystemData)(IDebugDataSpaces *This, ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
} IDebugDataSpacesVtbl;

struct IDebugDataSpaces {
	const struct IDebugDataSpacesVtbl *lpVtbl;
};

#define IDebugDataSpaces_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugDataSpaces_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugDataSpaces_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugDataSpaces_ReadVirtual(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadVirtual(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces_WriteVirtual(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteVirtual(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces_SearchVirtual(This, Offset, Length, Pattern, PatternSize, PatternGranularity, MatchOffset) \
	((This)->lpVtbl->SearchVirtual(This, Offset, Length, Pattern, PatternSize, PatternGranularity, MatchOffset))
#define IDebugDataSpaces_ReadVirtualUncached(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadVirtualUncached(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces_WriteVirtualUncached(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteVirtualUncached(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces_ReadPointersVirtual(This, Count, Offset, Ptrs) \
	((This)->lpVtbl->ReadPointersVirtual(This, Count, Offset, Ptrs))
#define IDebugDataSpaces_WritePointersVirtual(This, Count, Offset, Ptrs) \
	((This)->lpVtbl->WritePointersVirtual(This, Count, Offset, Ptrs))
#define IDebugDataSpaces_ReadPhysical(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadPhysical(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces_WritePhysical(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WritePhysical(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces_ReadControl(This, Processor, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadControl(This, Processor, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces_WriteControl(This, Processor, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteControl(This, Processor, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces_ReadIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces_WriteIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces_ReadMsr(This, Msr, Value) \
	((This)->lpVtbl->ReadMsr(This, Msr, Value))
#define IDebugDataSpaces_WriteMsr(This, Msr, Value) \
	((This)->lpVtbl->WriteMsr(This, Msr, Value))
#define IDebugDataSpaces_ReadBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces_WriteBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces_CheckLowMemory(This) \
	((This)->lpVtbl->CheckLowMemory(This))
#define IDebugDataSpaces_ReadDebuggerData(This, Index, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadDebuggerData(This, Index, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces_ReadProcessorSystemData(This, Processor, Index, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadProcessorSystemData(This, Processor, Index, Buffer, BufferSize, DataSize))

/* IDebugDataSpaces2: 29 methods. */
typedef struct IDebugDataSpaces2Vtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugDataSpaces2 *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugDataSpaces2 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugDataSpaces2 *This);
	HRESULT (STDMETHODCALLTYPE *ReadVirtual)(IDebugDataSpaces2 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteVirtual)(IDebugDataSpaces2 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *SearchVirtual)(IDebugDataSpaces2 *This, ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset);
	HRESULT (STDMETHODCALLTYPE *ReadVirtualUncached)(IDebugDataSpaces2 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteVirtualUncached)(IDebugDataSpaces2 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadPointersVirtual)(IDebugDataSpaces2 *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs);
	HRESULT (STDMETHODCALLTYPE *WritePointersVirtual)(IDebugDataSpaces2 *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs);
	HRESULT (STDMETHODCALLTYPE *ReadPhysical)(IDebugDataSpaces2 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WritePhysical)(IDebugDataSpaces2 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadControl)(IDebugDataSpaces2 *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteControl)(IDebugDataSpaces2 *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadIo)(IDebugDataSpaces2 *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteIo)(IDebugDataSpaces2 *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadMsr)(IDebugDataSpaces2 *This, ULONG Msr, PULONG64 Value);
	HRESULT (STDMETHODCALLTYPE *WriteMsr)(IDebugDataSpaces2 *This, ULONG Msr, ULONG64 Value);
	HRESULT (STDMETHODCALLTYPE *ReadBusData)(IDebugDataSpaces2 *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteBusData)(IDebugDataSpaces2 *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *CheckLowMemory)(IDebugDataSpaces2 *This);
	HRESULT (STDMETHODCALLTYPE *ReadDebuggerData)(IDebugDataSpaces2 *This, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *ReadProcessorSystemData)(IDebugDataSpaces2 *This, ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *VirtualToPhysical)(IDebugDataSpaces2 *This, ULONG64 Virtual, PULONG64 Physical);
	HRESULT (STDMETHODCALLTYPE *GetVirtualTranslationPhysicalOffsets)(IDebugDataSpaces2 *This, ULONG64 Virtual, PULONG64 Offsets, ULONG OffsetsSize, PULONG Levels);
	HRESULT (STDMETHODCALLTYPE *ReadHandleData)(IDebugDataSpaces2 *This, ULONG64 Handle, ULONG DataType, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *FillVirtual)(IDebugDataSpaces2 *This, ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled);
	HRESULT (STDMETHODCALLTYPE *FillPhysical)(IDebugDataSpaces2 *This, ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled);
	HRESULT (STDMETHODCALLTYPE *QueryVirtual)(IDebugDataSpaces2 *This, ULONG64 Offset, PMEMORY_BASIC_INFORMATION64 Info);
} IDebugDataSpaces2Vtbl;

struct IDebugDataSpaces2 {
	const struct IDebugDataSpaces2Vtbl *lpVtbl;
};

#define IDebugDataSpaces2_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugDataSpaces2_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugDataSpaces2_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugDataSpaces2_ReadVirtual(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadVirtual(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces2_WriteVirtual(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteVirtual(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces2_SearchVirtual(This, Offset, Length, Pattern, PatternSize, PatternGranularity, MatchOffset) \
	((This)->lpVtbl->SearchVirtual(This, Offset, Length, Pattern, PatternSize, PatternGranularity, MatchOffset))
#define IDebugDataSpaces2_ReadVirtualUncached(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadVirtualUncached(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces2_WriteVirtualUncached(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteVirtualUncached(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces2_ReadPointersVirtual(This, Count, Offset, Ptrs) \
	((This)->lpVtbl->ReadPointersVirtual(This, Count, Offset, Ptrs))
#define IDebugDataSpaces2_WritePointersVirtual(This, Count, Offset, Ptrs) \
	((This)->lpVtbl->WritePointersVirtual(This, Count, Offset, Ptrs))
#define IDebugDataSpaces2_ReadPhysical(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadPhysical(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces2_WritePhysical(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WritePhysical(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces2_ReadControl(This, Processor, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadControl(This, Processor, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces2_WriteControl(This, Processor, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteControl(This, Processor, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces2_ReadIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces2_WriteIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces2_ReadMsr(This, Msr, Value) \
	((This)->lpVtbl->ReadMsr(This, Msr, Value))
#define IDebugDataSpaces2_WriteMsr(This, Msr, Value) \
	((This)->lpVtbl->WriteMsr(This, Msr, Value))
#define IDebugDataSpaces2_ReadBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces2_WriteBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces2_CheckLowMemory(This) \
	((This)->lpVtbl->CheckLowMemory(This))
#define IDebugDataSpaces2_ReadDebuggerData(This, Index, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadDebuggerData(This, Index, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces2_ReadProcessorSystemData(This, Processor, Index, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadProcessorSystemData(This, Processor, Index, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces2_VirtualToPhysical(This, Virtual, Physical) \
	((This)->lpVtbl->VirtualToPhysical(This, Virtual, Physical))
#define IDebugDataSpaces2_GetVirtualTranslationPhysicalOffsets(This, Virtual, Offsets, OffsetsSize, Levels) \
	((This)->lpVtbl->GetVirtualTranslationPhysicalOffsets(This, Virtual, Offsets, OffsetsSize, Levels))
#define IDebugDataSpaces2_ReadHandleData(This, Handle, DataType, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadHandleData(This, Handle, DataType, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces2_FillVirtual(This, Start, Size, Pattern, PatternSize, Filled) \
	((This)->lpVtbl->FillVirtual(This, Start, Size, Pattern, PatternSize, Filled))
#define IDebugDataSpaces2_FillPhysical(This, Start, Size, Pattern, PatternSize, Filled) \
	((This)->lpVtbl->FillPhysical(This, Start, Size, Pattern, PatternSize, Filled))
#define IDebugDataSpaces2_QueryVirtual(This, Offset, Info) \
	((This)->lpVtbl->QueryVirtual(This, Offset, Info))

/* IDebugDataSpaces3: 34 methods. */
typedef struct IDebugDataSpaces3Vtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugDataSpaces3 *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugDataSpaces3 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugDataSpaces3 *This);
	HRESULT (STDMETHODCALLTYPE *ReadVirtual)(IDebugDataSpaces3 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteVirtual)(IDebugDataSpaces3 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *SearchVirtual)(IDebugDataSpaces3 *This, ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset);
	HRESULT (STDMETHODCALLTYPE *ReadVirtualUncached)(IDebugDataSpaces3 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteVirtualUncached)(IDebugDataSpaces3 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadPointersVirtual)(IDebugDataSpaces3 *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs);
	HRESULT (STDMETHODCALLTYPE *WritePointersVirtual)(IDebugDataSpaces3 *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs);
	HRESULT (STDMETHODCALLTYPE *ReadPhysical)(IDebugDataSpaces3 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WritePhysical)(IDebugDataSpaces3 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadControl)(IDebugDataSpaces3 *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteControl)(IDebugDataSpaces3 *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadIo)(IDebugDataSpaces3 *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteIo)(IDebugDataSpaces3 *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadMsr)(IDebugDataSpaces3 *This, ULONG Msr, PULONG64 Value);
	HRESULT (STDMETHODCALLTYPE *WriteMsr)(IDebugDataSpaces3 *This, ULONG Msr, ULONG64 Value);
	HRESULT (STDMETHODCALLTYPE *ReadBusData)(IDebugDataSpaces3 *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteBusData)(IDebugDataSpaces3 *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *CheckLowMemory)(IDebugDataSpaces3 *This);
	HRESULT (STDMETHODCALLTYPE *ReadDebuggerData)(IDebugDataSpaces3 *This, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *ReadProcessorSystemData)(IDebugDataSpaces3 *This, ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *VirtualToPhysical)(IDebugDataSpaces3 *This, ULONG64 Virtual, PULONG64 Physical);
	HRESULT (STDMETHODCALLTYPE *GetVirtualTranslationPhysicalOffsets)(IDebugDataSpaces3 *This, ULONG64 Virtual, PULONG64 Offsets, ULONG OffsetsSize, PULONG Levels);
	HRESULT (STDMETHODCALLTYPE *ReadHandleData)(IDebugDataSpaces3 *This, ULONG64 Handle, ULONG DataType, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *FillVirtual)(IDebugDataSpaces3 *This, ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled);
	HRESULT (STDMETHODCALLTYPE *FillPhysical)(IDebugDataSpaces3 *This, ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled);
	HRESULT (STDMETHODCALLTYPE *QueryVirtual)(IDebugDataSpaces3 *This, ULONG64 Offset, PMEMORY_BASIC_INFORMATION64 Info);
	HRESULT (STDMETHODCALLTYPE *ReadImageNtHeaders)(IDebugDataSpaces3 *This, ULONG64 ImageBase, PIMAGE_NT_HEADERS64 Headers);
	HRESULT (STDMETHODCALLTYPE *ReadTagged)(IDebugDataSpaces3 *This, LPGUID Tag, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG TotalSize);
	HRESULT (STDMETHODCALLTYPE *StartEnumTagged)(IDebugDataSpaces3 *This, PULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *GetNextTagged)(IDebugDataSpaces3 *This, ULONG64 Handle, LPGUID Tag, PULONG Size);
	HRESULT (STDMETHODCALLTYPE *EndEnumTagged)(IDebugDataSpaces3 *This, ULONG64 Handle);
} IDebugDataSpaces3Vtbl;

struct IDebugDataSpaces3 {
	const struct IDebugDataSpaces3Vtbl *lpVtbl;
};

#define IDebugDataSpaces3_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugDataSpaces3_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugDataSpaces3_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugDataSpaces3_ReadVirtual(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadVirtual(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces3_WriteVirtual(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteVirtual(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces3_SearchVirtual(This, Offset, Length, Pattern, PatternSize, PatternGranularity, MatchOffset) \
	((This)->lpVtbl->SearchVirtual(This, Offset, Length, Pattern, PatternSize, PatternGranularity, MatchOffset))
#define IDebugDataSpaces3_ReadVirtualUncached(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadVirtualUncached(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces3_WriteVirtualUncached(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteVirtualUncached(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces3_ReadPointersVirtual(This, Count, Offset, Ptrs) \
	((This)->lpVtbl->ReadPointersVirtual(This, Count, Offset, Ptrs))
#define IDebugDataSpaces3_WritePointersVirtual(This, Count, Offset, Ptrs) \
	((This)->lpVtbl->WritePointersVirtual(This, Count, Offset, Ptrs))
#define IDebugDataSpaces3_ReadPhysical(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadPhysical(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces3_WritePhysical(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WritePhysical(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces3_ReadControl(This, Processor, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadControl(This, Processor, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces3_WriteControl(This, Processor, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteControl(This, Processor, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces3_ReadIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces3_WriteIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces3_ReadMsr(This, Msr, Value) \
	((This)->lpVtbl->ReadMsr(This, Msr, Value))
#define IDebugDataSpaces3_WriteMsr(This, Msr, Value) \
	((This)->lpVtbl->WriteMsr(This, Msr, Value))
#define IDebugDataSpaces3_ReadBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces3_WriteBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces3_CheckLowMemory(This) \
	((This)->lpVtbl->CheckLowMemory(This))
#define IDebugDataSpaces3_ReadDebuggerData(This, Index, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadDebuggerData(This, Index, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces3_ReadProcessorSystemData(This, Processor, Index, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadProcessorSystemData(This, Processor, Index, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces3_VirtualToPhysical(This, Virtual, Physical) \
	((This)->lpVtbl->VirtualToPhysical(This, Virtual, Physical))
#define IDebugDataSpaces3_GetVirtualTranslationPhysicalOffsets(This, Virtual, Offsets, OffsetsSize, Levels) \
	((This)->lpVtbl->GetVirtualTranslationPhysicalOffsets(This, Virtual, Offsets, OffsetsSize, Levels))
#define IDebugDataSpaces3_ReadHandleData(This, Handle, DataType, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadHandleData(This, Handle, DataType, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces3_FillVirtual(This, Start, Size, Pattern, PatternSize, Filled) \
	((This)->lpVtbl->FillVirtual(This, Start, Size, Pattern, PatternSize, Filled))
#define IDebugDataSpaces3_FillPhysical(This, Start, Size, Pattern, PatternSize, Filled) \
	((This)->lpVtbl->FillPhysical(This, Start, Size, Pattern, PatternSize, Filled))
#define IDebugDataSpaces3_QueryVirtual(This, Offset, Info) \
	((This)->lpVtbl->QueryVirtual(This, Offset, Info))
#define IDebugDataSpaces3_ReadImageNtHeaders(This, ImageBase, Headers) \
	((This)->lpVtbl->ReadImageNtHeaders(This, ImageBase, Headers))
#define IDebugDataSpaces3_ReadTagged(This, Tag, Offset, Buffer, BufferSize, TotalSize) \
	((This)->lpVtbl->ReadTagged(This, Tag, Offset, Buffer, BufferSize, TotalSize))
#define IDebugDataSpaces3_StartEnumTagged(This, Handle) \
	((This)->lpVtbl->StartEnumTagged(This, Handle))
#define IDebugDataSpaces3_GetNextTagged(This, Handle, Tag, Size) \
	((This)->lpVtbl->GetNextTagged(This, Handle, Tag, Size))
#define IDebugDataSpaces3_EndEnumTagged(This, Handle) \
	((This)->lpVtbl->EndEnumTagged(This, Handle))

/* IDebugDataSpaces4: 44 methods. */
typedef struct IDebugDataSpaces4Vtbl {
	HRESULT (STDMETHODCALLTYPE *QueryInterface)(IDebugDataSpaces4 *This, REFIID InterfaceId, PVOID *Interface);
	ULONG (STDMETHODCALLTYPE *AddRef)(IDebugDataSpaces4 *This);
	ULONG (STDMETHODCALLTYPE *Release)(IDebugDataSpaces4 *This);
	HRESULT (STDMETHODCALLTYPE *ReadVirtual)(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteVirtual)(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *SearchVirtual)(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset);
	HRESULT (STDMETHODCALLTYPE *ReadVirtualUncached)(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteVirtualUncached)(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadPointersVirtual)(IDebugDataSpaces4 *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs);
	HRESULT (STDMETHODCALLTYPE *WritePointersVirtual)(IDebugDataSpaces4 *This, ULONG Count, ULONG64 Offset, PULONG64 Ptrs);
	HRESULT (STDMETHODCALLTYPE *ReadPhysical)(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WritePhysical)(IDebugDataSpaces4 *This, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadControl)(IDebugDataSpaces4 *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteControl)(IDebugDataSpaces4 *This, ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadIo)(IDebugDataSpaces4 *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteIo)(IDebugDataSpaces4 *This, ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *ReadMsr)(IDebugDataSpaces4 *This, ULONG Msr, PULONG64 Value);
	HRESULT (STDMETHODCALLTYPE *WriteMsr)(IDebugDataSpaces4 *This, ULONG Msr, ULONG64 Value);
	HRESULT (STDMETHODCALLTYPE *ReadBusData)(IDebugDataSpaces4 *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WriteBusData)(IDebugDataSpaces4 *This, ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
	HRESULT (STDMETHODCALLTYPE *CheckLowMemory)(IDebugDataSpaces4 *This);
	HRESULT (STDMETHODCALLTYPE *ReadDebuggerData)(IDebugDataSpaces4 *This, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *ReadProcessorSystemData)(IDebugDataSpaces4 *This, ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *VirtualToPhysical)(IDebugDataSpaces4 *This, ULONG64 Virtual, PULONG64 Physical);
	HRESULT (STDMETHODCALLTYPE *GetVirtualTranslationPhysicalOffsets)(IDebugDataSpaces4 *This, ULONG64 Virtual, PULONG64 Offsets, ULONG OffsetsSize, PULONG Levels);
	HRESULT (STDMETHODCALLTYPE *ReadHandleData)(IDebugDataSpaces4 *This, ULONG64 Handle, ULONG DataType, PVOID Buffer, ULONG BufferSize, PULONG DataSize);
	HRESULT (STDMETHODCALLTYPE *FillVirtual)(IDebugDataSpaces4 *This, ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled);
	HRESULT (STDMETHODCALLTYPE *FillPhysical)(IDebugDataSpaces4 *This, ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled);
	HRESULT (STDMETHODCALLTYPE *QueryVirtual)(IDebugDataSpaces4 *This, ULONG64 Offset, PMEMORY_BASIC_INFORMATION64 Info);
	HRESULT (STDMETHODCALLTYPE *ReadImageNtHeaders)(IDebugDataSpaces4 *This, ULONG64 ImageBase, PIMAGE_NT_HEADERS64 Headers);
	HRESULT (STDMETHODCALLTYPE *ReadTagged)(IDebugDataSpaces4 *This, LPGUID Tag, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG TotalSize);
	HRESULT (STDMETHODCALLTYPE *StartEnumTagged)(IDebugDataSpaces4 *This, PULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *GetNextTagged)(IDebugDataSpaces4 *This, ULONG64 Handle, LPGUID Tag, PULONG Size);
	HRESULT (STDMETHODCALLTYPE *EndEnumTagged)(IDebugDataSpaces4 *This, ULONG64 Handle);
	HRESULT (STDMETHODCALLTYPE *GetOffsetInformation)(IDebugDataSpaces4 *This, ULONG Space, ULONG Which, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG InfoSize);
	HRESULT (STDMETHODCALLTYPE *GetNextDifferentlyValidOffsetVirtual)(IDebugDataSpaces4 *This, ULONG64 Offset, PULONG64 NextOffset);
	HRESULT (STDMETHODCALLTYPE *GetValidRegionVirtual)(IDebugDataSpaces4 *This, ULONG64 Base, ULONG Size, PULONG64 ValidBase, PULONG ValidSize);
	HRESULT (STDMETHODCALLTYPE *SearchVirtual2)(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG64 Length, ULONG Flags, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset);
	HRESULT (STDMETHODCALLTYPE *ReadMultiByteStringVirtual)(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG MaxBytes, PSTR Buffer, ULONG BufferSize, PULONG StringBytes);
	HRESULT (STDMETHODCALLTYPE *ReadMultiByteStringVirtualWide)(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG MaxBytes, ULONG CodePage, PWSTR Buffer, ULONG BufferSize, PULONG StringBytes);
	HRESULT (STDMETHODCALLTYPE *ReadUnicodeStringVirtual)(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG MaxBytes, ULONG CodePage, PSTR Buffer, ULONG BufferSize, PULONG StringBytes);
	HRESULT (STDMETHODCALLTYPE *ReadUnicodeStringVirtualWide)(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG MaxBytes, PWSTR Buffer, ULONG BufferSize, PULONG StringBytes);
	HRESULT (STDMETHODCALLTYPE *ReadPhysical2)(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG Flags, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
	HRESULT (STDMETHODCALLTYPE *WritePhysical2)(IDebugDataSpaces4 *This, ULONG64 Offset, ULONG Flags, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
} IDebugDataSpaces4Vtbl;

struct IDebugDataSpaces4 {
	const struct IDebugDataSpaces4Vtbl *lpVtbl;
};

#define IDebugDataSpaces4_QueryInterface(This, InterfaceId, Interface) \
	((This)->lpVtbl->QueryInterface(This, InterfaceId, Interface))
#define IDebugDataSpaces4_AddRef(This) \
	((This)->lpVtbl->AddRef(This))
#define IDebugDataSpaces4_Release(This) \
	((This)->lpVtbl->Release(This))
#define IDebugDataSpaces4_ReadVirtual(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadVirtual(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces4_WriteVirtual(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteVirtual(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces4_SearchVirtual(This, Offset, Length, Pattern, PatternSize, PatternGranularity, MatchOffset) \
	((This)->lpVtbl->SearchVirtual(This, Offset, Length, Pattern, PatternSize, PatternGranularity, MatchOffset))
#define IDebugDataSpaces4_ReadVirtualUncached(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadVirtualUncached(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces4_WriteVirtualUncached(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteVirtualUncached(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces4_ReadPointersVirtual(This, Count, Offset, Ptrs) \
	((This)->lpVtbl->ReadPointersVirtual(This, Count, Offset, Ptrs))
#define IDebugDataSpaces4_WritePointersVirtual(This, Count, Offset, Ptrs) \
	((This)->lpVtbl->WritePointersVirtual(This, Count, Offset, Ptrs))
#define IDebugDataSpaces4_ReadPhysical(This, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadPhysical(This, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces4_WritePhysical(This, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WritePhysical(This, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces4_ReadControl(This, Processor, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadControl(This, Processor, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces4_WriteControl(This, Processor, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteControl(This, Processor, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces4_ReadIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces4_WriteIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteIo(This, InterfaceType, BusNumber, AddressSpace, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces4_ReadMsr(This, Msr, Value) \
	((This)->lpVtbl->ReadMsr(This, Msr, Value))
#define IDebugDataSpaces4_WriteMsr(This, Msr, Value) \
	((This)->lpVtbl->WriteMsr(This, Msr, Value))
#define IDebugDataSpaces4_ReadBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces4_WriteBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WriteBusData(This, BusDataType, BusNumber, SlotNumber, Offset, Buffer, BufferSize, BytesWritten))
#define IDebugDataSpaces4_CheckLowMemory(This) \
	((This)->lpVtbl->CheckLowMemory(This))
#define IDebugDataSpaces4_ReadDebuggerData(This, Index, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadDebuggerData(This, Index, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces4_ReadProcessorSystemData(This, Processor, Index, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadProcessorSystemData(This, Processor, Index, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces4_VirtualToPhysical(This, Virtual, Physical) \
	((This)->lpVtbl->VirtualToPhysical(This, Virtual, Physical))
#define IDebugDataSpaces4_GetVirtualTranslationPhysicalOffsets(This, Virtual, Offsets, OffsetsSize, Levels) \
	((This)->lpVtbl->GetVirtualTranslationPhysicalOffsets(This, Virtual, Offsets, OffsetsSize, Levels))
#define IDebugDataSpaces4_ReadHandleData(This, Handle, DataType, Buffer, BufferSize, DataSize) \
	((This)->lpVtbl->ReadHandleData(This, Handle, DataType, Buffer, BufferSize, DataSize))
#define IDebugDataSpaces4_FillVirtual(This, Start, Size, Pattern, PatternSize, Filled) \
	((This)->lpVtbl->FillVirtual(This, Start, Size, Pattern, PatternSize, Filled))
#define IDebugDataSpaces4_FillPhysical(This, Start, Size, Pattern, PatternSize, Filled) \
	((This)->lpVtbl->FillPhysical(This, Start, Size, Pattern, PatternSize, Filled))
#define IDebugDataSpaces4_QueryVirtual(This, Offset, Info) \
	((This)->lpVtbl->QueryVirtual(This, Offset, Info))
#define IDebugDataSpaces4_ReadImageNtHeaders(This, ImageBase, Headers) \
	((This)->lpVtbl->ReadImageNtHeaders(This, ImageBase, Headers))
#define IDebugDataSpaces4_ReadTagged(This, Tag, Offset, Buffer, BufferSize, TotalSize) \
	((This)->lpVtbl->ReadTagged(This, Tag, Offset, Buffer, BufferSize, TotalSize))
#define IDebugDataSpaces4_StartEnumTagged(This, Handle) \
	((This)->lpVtbl->StartEnumTagged(This, Handle))
#define IDebugDataSpaces4_GetNextTagged(This, Handle, Tag, Size) \
	((This)->lpVtbl->GetNextTagged(This, Handle, Tag, Size))
#define IDebugDataSpaces4_EndEnumTagged(This, Handle) \
	((This)->lpVtbl->EndEnumTagged(This, Handle))
#define IDebugDataSpaces4_GetOffsetInformation(This, Space, Which, Offset, Buffer, BufferSize, InfoSize) \
	((This)->lpVtbl->GetOffsetInformation(This, Space, Which, Offset, Buffer, BufferSize, InfoSize))
#define IDebugDataSpaces4_GetNextDifferentlyValidOffsetVirtual(This, Offset, NextOffset) \
	((This)->lpVtbl->GetNextDifferentlyValidOffsetVirtual(This, Offset, NextOffset))
#define IDebugDataSpaces4_GetValidRegionVirtual(This, Base, Size, ValidBase, ValidSize) \
	((This)->lpVtbl->GetValidRegionVirtual(This, Base, Size, ValidBase, ValidSize))
#define IDebugDataSpaces4_SearchVirtual2(This, Offset, Length, Flags, Pattern, PatternSize, PatternGranularity, MatchOffset) \
	((This)->lpVtbl->SearchVirtual2(This, Offset, Length, Flags, Pattern, PatternSize, PatternGranularity, MatchOffset))
#define IDebugDataSpaces4_ReadMultiByteStringVirtual(This, Offset, MaxBytes, Buffer, BufferSize, StringBytes) \
	((This)->lpVtbl->ReadMultiByteStringVirtual(This, Offset, MaxBytes, Buffer, BufferSize, StringBytes))
#define IDebugDataSpaces4_ReadMultiByteStringVirtualWide(This, Offset, MaxBytes, CodePage, Buffer, BufferSize, StringBytes) \
	((This)->lpVtbl->ReadMultiByteStringVirtualWide(This, Offset, MaxBytes, CodePage, Buffer, BufferSize, StringBytes))
#define IDebugDataSpaces4_ReadUnicodeStringVirtual(This, Offset, MaxBytes, CodePage, Buffer, BufferSize, StringBytes) \
	((This)->lpVtbl->ReadUnicodeStringVirtual(This, Offset, MaxBytes, CodePage, Buffer, BufferSize, StringBytes))
#define IDebugDataSpaces4_ReadUnicodeStringVirtualWide(This, Offset, MaxBytes, Buffer, BufferSize, StringBytes) \
	((This)->lpVtbl->ReadUnicodeStringVirtualWide(This, Offset, MaxBytes, Buffer, BufferSize, StringBytes))
#define IDebugDataSpaces4_ReadPhysical2(This, Offset, Flags, Buffer, BufferSize, BytesRead) \
	((This)->lpVtbl->ReadPhysical2(This, Offset, Flags, Buffer, BufferSize, BytesRead))
#define IDebugDataSpaces4_WritePhysical2(This, Offset, Flags, Buffer, BufferSize, BytesWritten) \
	((This)->lpVtbl->WritePhysical2(This, Offset, Flags, Buffer, BufferSize, BytesWritten))

#else /* __cplusplus */

/* ---- the C++ binding -------------------------------------------------- */

#if !defined(__IUnknown_INTERFACE_DEFINED__) && !defined(VMW_DBGENG_HAVE_IUNKNOWN)
#define __IUnknown_INTERFACE_DEFINED__
/* No virtual destructor: the vtable is exactly the C one. */
struct IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
};
#endif

/* IDebugClient: 48 methods, IUnknown's repeated as the SDK does. */
struct IDebugClient : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachKernel(ULONG Flags, PCSTR ConnectOptions) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetKernelConnectionOptions(PSTR Buffer, ULONG BufferSize, PULONG OptionsSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetKernelConnectionOptions(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartProcessServer(ULONG Flags, PCSTR Options, PVOID Reserved) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectProcessServer(PCSTR RemoteOptions, PULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE DisconnectProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIds(ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIdByExecutableName(ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessDescription(ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachProcess(ULONG64 Server, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcess(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttach(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProcessOptions(PULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OpenDumpFile(PCSTR DumpFile) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile(PCSTR DumpFile, ULONG Qualifier) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectSession(ULONG Flags, ULONG HistoryLimit) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartServer(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputServers(ULONG OutputControl, PCSTR Machine, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndSession(ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExitCode(PULONG Code) = 0;
	virtual HRESULT STDMETHODCALLTYPE DispatchCallbacks(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE ExitDispatch(PDEBUG_CLIENT Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateClient(PDEBUG_CLIENT *Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputCallbacks(PDEBUG_INPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInputCallbacks(PDEBUG_INPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputMask(PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputMask(ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOtherOutputMask(PDEBUG_CLIENT Client, PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOtherOutputMask(PDEBUG_CLIENT Client, ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputWidth(PULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputWidth(ULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputLinePrefix(PSTR Buffer, ULONG BufferSize, PULONG PrefixSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputLinePrefix(PCSTR Prefix) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIdentity(PSTR Buffer, ULONG BufferSize, PULONG IdentitySize) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputIdentity(ULONG OutputControl, ULONG Flags, PCSTR Format) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEventCallbacks(PDEBUG_EVENT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEventCallbacks(PDEBUG_EVENT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushCallbacks(void) = 0;
};

/* IDebugClient2: 56 methods, IUnknown's repeated as the SDK does. */
struct IDebugClient2 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachKernel(ULONG Flags, PCSTR ConnectOptions) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetKernelConnectionOptions(PSTR Buffer, ULONG BufferSize, PULONG OptionsSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetKernelConnectionOptions(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartProcessServer(ULONG Flags, PCSTR Options, PVOID Reserved) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectProcessServer(PCSTR RemoteOptions, PULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE DisconnectProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIds(ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIdByExecutableName(ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessDescription(ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachProcess(ULONG64 Server, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcess(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttach(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProcessOptions(PULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OpenDumpFile(PCSTR DumpFile) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile(PCSTR DumpFile, ULONG Qualifier) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectSession(ULONG Flags, ULONG HistoryLimit) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartServer(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputServers(ULONG OutputControl, PCSTR Machine, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndSession(ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExitCode(PULONG Code) = 0;
	virtual HRESULT STDMETHODCALLTYPE DispatchCallbacks(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE ExitDispatch(PDEBUG_CLIENT Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateClient(PDEBUG_CLIENT *Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputCallbacks(PDEBUG_INPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInputCallbacks(PDEBUG_INPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputMask(PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputMask(ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOtherOutputMask(PDEBUG_CLIENT Client, PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOtherOutputMask(PDEBUG_CLIENT Client, ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputWidth(PULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputWidth(ULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputLinePrefix(PSTR Buffer, ULONG BufferSize, PULONG PrefixSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputLinePrefix(PCSTR Prefix) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIdentity(PSTR Buffer, ULONG BufferSize, PULONG IdentitySize) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputIdentity(ULONG OutputControl, ULONG Flags, PCSTR Format) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEventCallbacks(PDEBUG_EVENT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEventCallbacks(PDEBUG_EVENT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushCallbacks(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile2(PCSTR DumpFile, ULONG Qualifier, ULONG FormatFlags, PCSTR Comment) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddDumpInformationFile(PCSTR InfoFile, ULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE WaitForProcessServerEnd(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsKernelDebuggerEnabled(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AbandonCurrentProcess(void) = 0;
};

/* IDebugClient3: 60 methods, IUnknown's repeated as the SDK does. */
struct IDebugClient3 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachKernel(ULONG Flags, PCSTR ConnectOptions) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetKernelConnectionOptions(PSTR Buffer, ULONG BufferSize, PULONG OptionsSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetKernelConnectionOptions(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartProcessServer(ULONG Flags, PCSTR Options, PVOID Reserved) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectProcessServer(PCSTR RemoteOptions, PULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE DisconnectProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIds(ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIdByExecutableName(ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessDescription(ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachProcess(ULONG64 Server, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcess(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttach(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProcessOptions(PULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OpenDumpFile(PCSTR DumpFile) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile(PCSTR DumpFile, ULONG Qualifier) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectSession(ULONG Flags, ULONG HistoryLimit) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartServer(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputServers(ULONG OutputControl, PCSTR Machine, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndSession(ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExitCode(PULONG Code) = 0;
	virtual HRESULT STDMETHODCALLTYPE DispatchCallbacks(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE ExitDispatch(PDEBUG_CLIENT Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateClient(PDEBUG_CLIENT *Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputCallbacks(PDEBUG_INPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInputCallbacks(PDEBUG_INPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputMask(PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputMask(ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOtherOutputMask(PDEBUG_CLIENT Client, PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOtherOutputMask(PDEBUG_CLIENT Client, ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputWidth(PULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputWidth(ULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputLinePrefix(PSTR Buffer, ULONG BufferSize, PULONG PrefixSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputLinePrefix(PCSTR Prefix) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIdentity(PSTR Buffer, ULONG BufferSize, PULONG IdentitySize) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputIdentity(ULONG OutputControl, ULONG Flags, PCSTR Format) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEventCallbacks(PDEBUG_EVENT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEventCallbacks(PDEBUG_EVENT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushCallbacks(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile2(PCSTR DumpFile, ULONG Qualifier, ULONG FormatFlags, PCSTR Comment) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddDumpInformationFile(PCSTR InfoFile, ULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE WaitForProcessServerEnd(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsKernelDebuggerEnabled(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AbandonCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIdByExecutableNameWide(ULONG64 Server, PCWSTR ExeName, ULONG Flags, PULONG Id) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessDescriptionWide(ULONG64 Server, ULONG SystemId, ULONG Flags, PWSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PWSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessWide(ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttachWide(ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags) = 0;
};

/* IDebugClient4: 66 methods, IUnknown's repeated as the SDK does. */
struct IDebugClient4 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachKernel(ULONG Flags, PCSTR ConnectOptions) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetKernelConnectionOptions(PSTR Buffer, ULONG BufferSize, PULONG OptionsSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetKernelConnectionOptions(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartProcessServer(ULONG Flags, PCSTR Options, PVOID Reserved) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectProcessServer(PCSTR RemoteOptions, PULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE DisconnectProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIds(ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIdByExecutableName(ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessDescription(ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachProcess(ULONG64 Server, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcess(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttach(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProcessOptions(PULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OpenDumpFile(PCSTR DumpFile) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile(PCSTR DumpFile, ULONG Qualifier) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectSession(ULONG Flags, ULONG HistoryLimit) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartServer(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputServers(ULONG OutputControl, PCSTR Machine, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndSession(ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExitCode(PULONG Code) = 0;
	virtual HRESULT STDMETHODCALLTYPE DispatchCallbacks(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE ExitDispatch(PDEBUG_CLIENT Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateClient(PDEBUG_CLIENT *Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputCallbacks(PDEBUG_INPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInputCallbacks(PDEBUG_INPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputMask(PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputMask(ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOtherOutputMask(PDEBUG_CLIENT Client, PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOtherOutputMask(PDEBUG_CLIENT Client, ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputWidth(PULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputWidth(ULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputLinePrefix(PSTR Buffer, ULONG BufferSize, PULONG PrefixSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputLinePrefix(PCSTR Prefix) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIdentity(PSTR Buffer, ULONG BufferSize, PULONG IdentitySize) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputIdentity(ULONG OutputControl, ULONG Flags, PCSTR Format) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEventCallbacks(PDEBUG_EVENT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEventCallbacks(PDEBUG_EVENT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushCallbacks(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile2(PCSTR DumpFile, ULONG Qualifier, ULONG FormatFlags, PCSTR Comment) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddDumpInformationFile(PCSTR InfoFile, ULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE WaitForProcessServerEnd(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsKernelDebuggerEnabled(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AbandonCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIdByExecutableNameWide(ULONG64 Server, PCWSTR ExeName, ULONG Flags, PULONG Id) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessDescriptionWide(ULONG64 Server, ULONG SystemId, ULONG Flags, PWSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PWSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessWide(ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttachWide(ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE OpenDumpFileWide(PCWSTR FileName, ULONG64 FileHandle) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFileWide(PCWSTR FileName, ULONG64 FileHandle, ULONG Qualifier, ULONG FormatFlags, PCWSTR Comment) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddDumpInformationFileWide(PCWSTR FileName, ULONG64 FileHandle, ULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberDumpFiles(PULONG Number) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDumpFile(ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG NameSize, PULONG64 Handle, PULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDumpFileWide(ULONG Index, PWSTR Buffer, ULONG BufferSize, PULONG NameSize, PULONG64 Handle, PULONG Type) = 0;
};

/* IDebugClient5: 95 methods, IUnknown's repeated as the SDK does. */
struct IDebugClient5 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachKernel(ULONG Flags, PCSTR ConnectOptions) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetKernelConnectionOptions(PSTR Buffer, ULONG BufferSize, PULONG OptionsSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetKernelConnectionOptions(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartProcessServer(ULONG Flags, PCSTR Options, PVOID Reserved) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectProcessServer(PCSTR RemoteOptions, PULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE DisconnectProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIds(ULONG64 Server, PULONG Ids, ULONG Count, PULONG ActualCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIdByExecutableName(ULONG64 Server, PCSTR ExeName, ULONG Flags, PULONG Id) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessDescription(ULONG64 Server, ULONG SystemId, ULONG Flags, PSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachProcess(ULONG64 Server, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcess(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttach(ULONG64 Server, PSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProcessOptions(PULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetProcessOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OpenDumpFile(PCSTR DumpFile) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile(PCSTR DumpFile, ULONG Qualifier) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectSession(ULONG Flags, ULONG HistoryLimit) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartServer(PCSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputServers(ULONG OutputControl, PCSTR Machine, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachProcesses(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndSession(ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExitCode(PULONG Code) = 0;
	virtual HRESULT STDMETHODCALLTYPE DispatchCallbacks(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE ExitDispatch(PDEBUG_CLIENT Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateClient(PDEBUG_CLIENT *Client) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputCallbacks(PDEBUG_INPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInputCallbacks(PDEBUG_INPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputCallbacks(PDEBUG_OUTPUT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputMask(PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputMask(ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOtherOutputMask(PDEBUG_CLIENT Client, PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOtherOutputMask(PDEBUG_CLIENT Client, ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputWidth(PULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputWidth(ULONG Columns) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputLinePrefix(PSTR Buffer, ULONG BufferSize, PULONG PrefixSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputLinePrefix(PCSTR Prefix) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIdentity(PSTR Buffer, ULONG BufferSize, PULONG IdentitySize) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputIdentity(ULONG OutputControl, ULONG Flags, PCSTR Format) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEventCallbacks(PDEBUG_EVENT_CALLBACKS *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEventCallbacks(PDEBUG_EVENT_CALLBACKS Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushCallbacks(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFile2(PCSTR DumpFile, ULONG Qualifier, ULONG FormatFlags, PCSTR Comment) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddDumpInformationFile(PCSTR InfoFile, ULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndProcessServer(ULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE WaitForProcessServerEnd(ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsKernelDebuggerEnabled(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE TerminateCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetachCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AbandonCurrentProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessSystemIdByExecutableNameWide(ULONG64 Server, PCWSTR ExeName, ULONG Flags, PULONG Id) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRunningProcessDescriptionWide(ULONG64 Server, ULONG SystemId, ULONG Flags, PWSTR ExeName, ULONG ExeNameSize, PULONG ActualExeNameSize, PWSTR Description, ULONG DescriptionSize, PULONG ActualDescriptionSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessWide(ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttachWide(ULONG64 Server, PWSTR CommandLine, ULONG CreateFlags, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE OpenDumpFileWide(PCWSTR FileName, ULONG64 FileHandle) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteDumpFileWide(PCWSTR FileName, ULONG64 FileHandle, ULONG Qualifier, ULONG FormatFlags, PCWSTR Comment) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddDumpInformationFileWide(PCWSTR FileName, ULONG64 FileHandle, ULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberDumpFiles(PULONG Number) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDumpFile(ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG NameSize, PULONG64 Handle, PULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDumpFileWide(ULONG Index, PWSTR Buffer, ULONG BufferSize, PULONG NameSize, PULONG64 Handle, PULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE AttachKernelWide(ULONG Flags, PCWSTR ConnectOptions) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetKernelConnectionOptionsWide(PWSTR Buffer, ULONG BufferSize, PULONG OptionsSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetKernelConnectionOptionsWide(PCWSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartProcessServerWide(ULONG Flags, PCWSTR Options, PVOID Reserved) = 0;
	virtual HRESULT STDMETHODCALLTYPE ConnectProcessServerWide(PCWSTR RemoteOptions, PULONG64 Server) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartServerWide(PCWSTR Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputServersWide(ULONG OutputControl, PCWSTR Machine, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputCallbacksWide(PDEBUG_OUTPUT_CALLBACKS_WIDE *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputCallbacksWide(PDEBUG_OUTPUT_CALLBACKS_WIDE Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputLinePrefixWide(PWSTR Buffer, ULONG BufferSize, PULONG PrefixSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputLinePrefixWide(PCWSTR Prefix) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIdentityWide(PWSTR Buffer, ULONG BufferSize, PULONG IdentitySize) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputIdentityWide(ULONG OutputControl, ULONG Flags, PCWSTR Format) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEventCallbacksWide(PDEBUG_EVENT_CALLBACKS_WIDE *Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEventCallbacksWide(PDEBUG_EVENT_CALLBACKS_WIDE Callbacks) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcess2(ULONG64 Server, PSTR CommandLine, PVOID OptionsBuffer, ULONG OptionsBufferSize, PCSTR InitialDirectory, PCSTR Environment) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcess2Wide(ULONG64 Server, PWSTR CommandLine, PVOID OptionsBuffer, ULONG OptionsBufferSize, PCWSTR InitialDirectory, PCWSTR Environment) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttach2(ULONG64 Server, PSTR CommandLine, PVOID OptionsBuffer, ULONG OptionsBufferSize, PCSTR InitialDirectory, PCSTR Environment, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateProcessAndAttach2Wide(ULONG64 Server, PWSTR CommandLine, PVOID OptionsBuffer, ULONG OptionsBufferSize, PCWSTR InitialDirectory, PCWSTR Environment, ULONG ProcessId, ULONG AttachFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE PushOutputLinePrefix(PCSTR NewPrefix, PULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE PushOutputLinePrefixWide(PCWSTR NewPrefix, PULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE PopOutputLinePrefix(ULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberInputCallbacks(PULONG Count) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberOutputCallbacks(PULONG Count) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberEventCallbacks(ULONG EventFlags, PULONG Count) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetQuitLockString(PSTR Buffer, ULONG BufferSize, PULONG StringSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetQuitLockString(PCSTR String) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetQuitLockStringWide(PWSTR Buffer, ULONG BufferSize, PULONG StringSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetQuitLockStringWide(PCWSTR String) = 0;
};

/* IDebugControl: 95 methods, IUnknown's repeated as the SDK does. */
struct IDebugControl : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInterrupt(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInterrupt(ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInterruptTimeout(PULONG Seconds) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInterruptTimeout(ULONG Seconds) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetLogFile(PSTR Buffer, ULONG BufferSize, PULONG FileSize, PBOOL Append) = 0;
	virtual HRESULT STDMETHODCALLTYPE OpenLogFile(PCSTR File, BOOL Append) = 0;
	virtual HRESULT STDMETHODCALLTYPE CloseLogFile(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetLogMask(PULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetLogMask(ULONG Mask) = 0;
	virtual HRESULT STDMETHODCALLTYPE Input(PSTR Buffer, ULONG BufferSize, PULONG InputSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReturnInput(PCSTR Buffer) = 0;
	virtual HRESULT STDMETHODCALLTYPE Output(ULONG Mask, PCSTR Format, ...) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputVaList(ULONG Mask, PCSTR Format, va_list Args) = 0;
	virtual HRESULT STDMETHODCALLTYPE ControlledOutput(ULONG OutputControl, ULONG Mask, PCSTR Format, ...) = 0;
	virtual HRESULT STDMETHODCALLTYPE ControlledOutputVaList(ULONG OutputControl, ULONG Mask, PCSTR Format, va_list Args) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputPrompt(ULONG OutputControl, PCSTR Format, ...) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputPromptVaList(ULONG OutputControl, PCSTR Format, va_list Args) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPromptText(PSTR Buffer, ULONG BufferSize, PULONG TextSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputCurrentState(ULONG OutputControl, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputVersionInformation(ULONG OutputControl) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNotifyEventHandle(PULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetNotifyEventHandle(ULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE Assemble(ULONG64 Offset, PCSTR Instr, PULONG64 EndOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE Disassemble(ULONG64 Offset, ULONG Flags, PSTR Buffer, ULONG BufferSize, PULONG DisassemblySize, PULONG64 EndOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDisassembleEffectiveOffset(PULONG64 Offset) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputDisassembly(ULONG OutputControl, ULONG64 Offset, ULONG Flags, PULONG64 EndOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputDisassemblyLines(ULONG OutputControl, ULONG PreviousLines, ULONG TotalLines, ULONG64 Offset, ULONG Flags, PULONG OffsetLine, PULONG64 StartOffset, PULONG64 EndOffset, PULONG64 LineOffsets) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNearInstruction(ULONG64 Offset, LONG Delta, PULONG64 NearOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStackTrace(ULONG64 FrameOffset, ULONG64 StackOffset, ULONG64 InstructionOffset, PDEBUG_STACK_FRAME Frames, ULONG FramesSize, PULONG FramesFilled) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetReturnOffset(PULONG64 Offset) = 0;
	virtual HRESULT STDMETHODCALLTYPE OutputStackTrace(ULONG OutputControl, PDEBUG_STACK_FRAME Frames, ULONG FramesSize, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDebuggeeType(PULONG Class, PULONG Qualifier) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetActualProcessorType(PULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExecutingProcessorType(PULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberPossibleExecutingProcessorTypes(PULONG Number) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPossibleExecutingProcessorTypes(ULONG Start, ULONG Count, PULONG Types) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberProcessors(PULONG Number) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSystemVersion(PULONG PlatformId, PULONG Major, PULONG Minor, PSTR ServicePackString, ULONG ServicePackStringSize, PULONG ServicePackStringUsed, PULONG ServicePackNumber, PSTR BuildString, ULONG BuildStringSize, PULONG BuildStringUsed) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPageSize(PULONG Size) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsPointer64Bit(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadBugCheckData(PULONG Code, PULONG64 Arg1, PULONG64 Arg2, PULONG64 Arg3, PULONG64 Arg4) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberSupportedProcessorTypes(PULONG Number) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSupportedProcessorTypes(ULONG Start, ULONG Count, PULONG Types) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProcessorTypeNames(ULONG Type, PSTR FullNameBuffer, ULONG FullNameBufferSize, PULONG FullNameSize, PSTR AbbrevNameBuffer, ULONG AbbrevNameBufferSize, PULONG AbbrevNameSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEffectiveProcessorType(PULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEffectiveProcessorType(ULONG Type) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExecutionStatus(PULONG Status) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetExecutionStatus(ULONG Status) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetCodeLevel(PULONG Level) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetCodeLevel(ULONG Level) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEngineOptions(PULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddEngineOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveEngineOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEngineOptions(ULONG Options) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSystemErrorControl(PULONG OutputLevel, PULONG BreakLevel) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetSystemErrorControl(ULONG OutputLevel, ULONG BreakLevel) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetTextMacro(ULONG Slot, PSTR Buffer, ULONG BufferSize, PULONG MacroSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetTextMacro(ULONG Slot, PCSTR Macro) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRadix(PULONG Radix) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetRadix(ULONG Radix) = 0;
	virtual HRESULT STDMETHODCALLTYPE Evaluate(PCSTR Expression, ULONG DesiredType, PDEBUG_VALUE Value, PULONG RemainderIndex) = 0;
	virtual HRESULT STDMETHODCALLTYPE CoerceValue(PDEBUG_VALUE In, ULONG OutType, PDEBUG_VALUE Out) = 0;
	virtual HRESULT STDMETHODCALLTYPE CoerceValues(ULONG Count, PDEBUG_VALUE In, PULONG OutTypes, PDEBUG_VALUE Out) = 0;
	virtual HRESULT STDMETHODCALLTYPE Execute(ULONG OutputControl, PCSTR Command, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE ExecuteCommandFile(ULONG OutputControl, PCSTR CommandFile, ULONG Flags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberBreakpoints(PULONG Number) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetBreakpointByIndex(ULONG Index, PDEBUG_BREAKPOINT *Bp) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetBreakpointById(ULONG Id, PDEBUG_BREAKPOINT *Bp) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetBreakpointParameters(ULONG Count, PULONG Ids, ULONG Start, PDEBUG_BREAKPOINT_PARAMETERS Params) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddBreakpoint(ULONG Type, ULONG DesiredId, PDEBUG_BREAKPOINT *Bp) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveBreakpoint(PDEBUG_BREAKPOINT Bp) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddExtension(PCSTR Path, ULONG Flags, PULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveExtension(ULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExtensionByPath(PCSTR Path, PULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE CallExtension(ULONG64 Handle, PCSTR Function, PCSTR Arguments) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExtensionFunction(ULONG64 Handle, PCSTR FuncName, FARPROC *Function) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetWindbgExtensionApis32(PWINDBG_EXTENSION_APIS32 Api) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetWindbgExtensionApis64(PWINDBG_EXTENSION_APIS64 Api) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNumberEventFilters(PULONG SpecificEvents, PULONG SpecificExceptions, PULONG ArbitraryExceptions) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEventFilterText(ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG TextSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEventFilterCommand(ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG CommandSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetEventFilterCommand(ULONG Index, PCSTR Command) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSpecificFilterParameters(ULONG Start, ULONG Count, PDEBUG_SPECIFIC_FILTER_PARAMETERS Params) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetSpecificFilterParameters(ULONG Start, ULONG Count, PDEBUG_SPECIFIC_FILTER_PARAMETERS Params) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSpecificFilterArgument(ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG ArgumentSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetSpecificFilterArgument(ULONG Index, PCSTR Argument) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExceptionFilterParameters(ULONG Count, PULONG Codes, ULONG Start, PDEBUG_EXCEPTION_FILTER_PARAMETERS Params) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetExceptionFilterParameters(ULONG Count, PDEBUG_EXCEPTION_FILTER_PARAMETERS Params) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExceptionFilterSecondCommand(ULONG Index, PSTR Buffer, ULONG BufferSize, PULONG CommandSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetExceptionFilterSecondCommand(ULONG Index, PCSTR Command) = 0;
	virtual HRESULT STDMETHODCALLTYPE WaitForEvent(ULONG Flags, ULONG Timeout) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetLastEventInformation(PULONG Type, PULONG ProcessId, PULONG ThreadId, PVOID ExtraInformation, ULONG ExtraInformationSize, PULONG ExtraInformationUsed, PSTR Description, ULONG DescriptionSize, PULONG DescriptionUsed) = 0;
};

/* IDebugDataSpaces: 23 methods, IUnknown's repeated as the SDK does. */
struct IDebugDataSpaces : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE SearchVirtual(ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPointersVirtual(ULONG Count, ULONG64 Offset, PULONG64 Ptrs) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePointersVirtual(ULONG Count, ULONG64 Offset, PULONG64 Ptrs) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPhysical(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePhysical(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadControl(ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteControl(ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadIo(ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteIo(ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadMsr(ULONG Msr, PULONG64 Value) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteMsr(ULONG Msr, ULONG64 Value) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadBusData(ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteBusData(ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE CheckLowMemory(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadDebuggerData(ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadProcessorSystemData(ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
};

/* IDebugDataSpaces2: 29 methods, IUnknown's repeated as the SDK does. */
struct IDebugDataSpaces2 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE SearchVirtual(ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPointersVirtual(ULONG Count, ULONG64 Offset, PULONG64 Ptrs) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePointersVirtual(ULONG Count, ULONG64 Offset, PULONG64 Ptrs) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPhysical(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePhysical(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadControl(ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteControl(ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadIo(ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteIo(ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadMsr(ULONG Msr, PULONG64 Value) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteMsr(ULONG Msr, ULONG64 Value) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadBusData(ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteBusData(ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE CheckLowMemory(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadDebuggerData(ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadProcessorSystemData(ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE VirtualToPhysical(ULONG64 Virtual, PULONG64 Physical) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetVirtualTranslationPhysicalOffsets(ULONG64 Virtual, PULONG64 Offsets, ULONG OffsetsSize, PULONG Levels) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadHandleData(ULONG64 Handle, ULONG DataType, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE FillVirtual(ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled) = 0;
	virtual HRESULT STDMETHODCALLTYPE FillPhysical(ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled) = 0;
	virtual HRESULT STDMETHODCALLTYPE QueryVirtual(ULONG64 Offset, PMEMORY_BASIC_INFORMATION64 Info) = 0;
};

/* IDebugDataSpaces3: 34 methods, IUnknown's repeated as the SDK does. */
struct IDebugDataSpaces3 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE SearchVirtual(ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPointersVirtual(ULONG Count, ULONG64 Offset, PULONG64 Ptrs) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePointersVirtual(ULONG Count, ULONG64 Offset, PULONG64 Ptrs) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPhysical(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePhysical(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadControl(ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteControl(ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadIo(ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteIo(ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadMsr(ULONG Msr, PULONG64 Value) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteMsr(ULONG Msr, ULONG64 Value) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadBusData(ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteBusData(ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE CheckLowMemory(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadDebuggerData(ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadProcessorSystemData(ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE VirtualToPhysical(ULONG64 Virtual, PULONG64 Physical) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetVirtualTranslationPhysicalOffsets(ULONG64 Virtual, PULONG64 Offsets, ULONG OffsetsSize, PULONG Levels) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadHandleData(ULONG64 Handle, ULONG DataType, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE FillVirtual(ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled) = 0;
	virtual HRESULT STDMETHODCALLTYPE FillPhysical(ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled) = 0;
	virtual HRESULT STDMETHODCALLTYPE QueryVirtual(ULONG64 Offset, PMEMORY_BASIC_INFORMATION64 Info) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadImageNtHeaders(ULONG64 ImageBase, PIMAGE_NT_HEADERS64 Headers) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadTagged(LPGUID Tag, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG TotalSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartEnumTagged(PULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNextTagged(ULONG64 Handle, LPGUID Tag, PULONG Size) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndEnumTagged(ULONG64 Handle) = 0;
};

/* IDebugDataSpaces4: 44 methods, IUnknown's repeated as the SDK does. */
struct IDebugDataSpaces4 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE QueryInterface(REFIID InterfaceId, PVOID *Interface) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef(void) = 0;
	virtual ULONG STDMETHODCALLTYPE Release(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE SearchVirtual(ULONG64 Offset, ULONG64 Length, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPointersVirtual(ULONG Count, ULONG64 Offset, PULONG64 Ptrs) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePointersVirtual(ULONG Count, ULONG64 Offset, PULONG64 Ptrs) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPhysical(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePhysical(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadControl(ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteControl(ULONG Processor, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadIo(ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteIo(ULONG InterfaceType, ULONG BusNumber, ULONG AddressSpace, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadMsr(ULONG Msr, PULONG64 Value) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteMsr(ULONG Msr, ULONG64 Value) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadBusData(ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WriteBusData(ULONG BusDataType, ULONG BusNumber, ULONG SlotNumber, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE CheckLowMemory(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadDebuggerData(ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadProcessorSystemData(ULONG Processor, ULONG Index, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE VirtualToPhysical(ULONG64 Virtual, PULONG64 Physical) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetVirtualTranslationPhysicalOffsets(ULONG64 Virtual, PULONG64 Offsets, ULONG OffsetsSize, PULONG Levels) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadHandleData(ULONG64 Handle, ULONG DataType, PVOID Buffer, ULONG BufferSize, PULONG DataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE FillVirtual(ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled) = 0;
	virtual HRESULT STDMETHODCALLTYPE FillPhysical(ULONG64 Start, ULONG Size, PVOID Pattern, ULONG PatternSize, PULONG Filled) = 0;
	virtual HRESULT STDMETHODCALLTYPE QueryVirtual(ULONG64 Offset, PMEMORY_BASIC_INFORMATION64 Info) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadImageNtHeaders(ULONG64 ImageBase, PIMAGE_NT_HEADERS64 Headers) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadTagged(LPGUID Tag, ULONG Offset, PVOID Buffer, ULONG BufferSize, PULONG TotalSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE StartEnumTagged(PULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNextTagged(ULONG64 Handle, LPGUID Tag, PULONG Size) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndEnumTagged(ULONG64 Handle) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOffsetInformation(ULONG Space, ULONG Which, ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG InfoSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNextDifferentlyValidOffsetVirtual(ULONG64 Offset, PULONG64 NextOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetValidRegionVirtual(ULONG64 Base, ULONG Size, PULONG64 ValidBase, PULONG ValidSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SearchVirtual2(ULONG64 Offset, ULONG64 Length, ULONG Flags, PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity, PULONG64 MatchOffset) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadMultiByteStringVirtual(ULONG64 Offset, ULONG MaxBytes, PSTR Buffer, ULONG BufferSize, PULONG StringBytes) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadMultiByteStringVirtualWide(ULONG64 Offset, ULONG MaxBytes, ULONG CodePage, PWSTR Buffer, ULONG BufferSize, PULONG StringBytes) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadUnicodeStringVirtual(ULONG64 Offset, ULONG MaxBytes, ULONG CodePage, PSTR Buffer, ULONG BufferSize, PULONG StringBytes) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadUnicodeStringVirtualWide(ULONG64 Offset, ULONG MaxBytes, PWSTR Buffer, ULONG BufferSize, PULONG StringBytes) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadPhysical2(ULONG64 Offset, ULONG Flags, PVOID Buffer, ULONG BufferSize, PULONG BytesRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE WritePhysical2(ULONG64 Offset, ULONG Flags, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten) = 0;
};

/*
 * __uuidof(IDebugClient), __uuidof(*client) and __uuidof(client) give the
 * interface's IID, the way MinGW-w64 provides them: a function template
 * specialised per interface (and per pointer to it).
 */
template <typename T> const GUID &vmw_uuidof();

#define VMW_DBGENG_UUIDOF(type, init)					\
	template <> inline const GUID &vmw_uuidof<type>()		\
	{								\
		static const GUID iid = init;				\
		return iid;						\
	}								\
	template <> inline const GUID &vmw_uuidof<type *>()		\
	{								\
		return vmw_uuidof<type>();				\
	}

#ifndef __uuidof
#define __uuidof(type)	vmw_uuidof<__typeof__(type)>()
#endif

#ifndef IID_PPV_ARGS
template <typename T> inline void **IID_PPV_ARGS_Helper(T **pp)
{
	return reinterpret_cast<void **>(pp);
}
#define IID_PPV_ARGS(pp)	__uuidof(**(pp)), IID_PPV_ARGS_Helper(pp)
#endif

#ifndef VMW_DBGENG_NO_GUID_OPERATORS
inline bool operator==(REFGUID a, REFGUID b)
{
	return IsEqualGUID(a, b);
}

inline bool operator!=(REFGUID a, REFGUID b)
{
	return !IsEqualGUID(a, b);
}
#endif
VMW_DBGENG_UUIDOF(IUnknown, VMW_IID_IUnknown_INIT)
VMW_DBGENG_UUIDOF(IDebugClient, VMW_IID_IDebugClient_INIT)
VMW_DBGENG_UUIDOF(IDebugClient2, VMW_IID_IDebugClient2_INIT)
VMW_DBGENG_UUIDOF(IDebugClient3, VMW_IID_IDebugClient3_INIT)
VMW_DBGENG_UUIDOF(IDebugClient4, VMW_IID_IDebugClient4_INIT)
VMW_DBGENG_UUIDOF(IDebugClient5, VMW_IID_IDebugClient5_INIT)
VMW_DBGENG_UUIDOF(IDebugControl, VMW_IID_IDebugControl_INIT)
VMW_DBGENG_UUIDOF(IDebugDataSpaces, VMW_IID_IDebugDataSpaces_INIT)
VMW_DBGENG_UUIDOF(IDebugDataSpaces2, VMW_IID_IDebugDataSpaces2_INIT)
VMW_DBGENG_UUIDOF(IDebugDataSpaces3, VMW_IID_IDebugDataSpaces3_INIT)
VMW_DBGENG_UUIDOF(IDebugDataSpaces4, VMW_IID_IDebugDataSpaces4_INIT)
VMW_DBGENG_UUIDOF(IDebugBreakpoint, VMW_IID_IDebugBreakpoint_INIT)
VMW_DBGENG_UUIDOF(IDebugInputCallbacks, VMW_IID_IDebugInputCallbacks_INIT)
VMW_DBGENG_UUIDOF(IDebugOutputCallbacks, VMW_IID_IDebugOutputCallbacks_INIT)
VMW_DBGENG_UUIDOF(IDebugOutputCallbacksWide, VMW_IID_IDebugOutputCallbacksWide_INIT)
VMW_DBGENG_UUIDOF(IDebugEventCallbacks, VMW_IID_IDebugEventCallbacks_INIT)
VMW_DBGENG_UUIDOF(IDebugEventCallbacksWide, VMW_IID_IDebugEventCallbacksWide_INIT)

#endif /* __cplusplus */

/* ---- functions ---------------------------------------------------------- */

#ifdef __cplusplus
extern "C" {
#endif

/*
 * DebugCreate - a new client object, through the interface asked for
 * (IID_IUnknown, IID_IDebugClient to IID_IDebugClient5, IID_IDebugControl,
 * IID_IDebugDataSpaces to IID_IDebugDataSpaces4); E_NOINTERFACE for any
 * other.  Every interface of one client answers QueryInterface for every
 * other; the object goes away with its last Release.
 */
VMW_API HRESULT DebugCreate(REFIID InterfaceId, PVOID *Interface);

/* DebugConnect - remote sessions: not supported, always E_NOTIMPL. */
VMW_API HRESULT DebugConnect(PCSTR RemoteOptions, REFIID InterfaceId, PVOID *Interface);

/*
 * The process-wide "current data space", for code written against free
 * functions (as in extensions and ports of WinDbg helpers): these act as
 * IDebugDataSpaces::ReadVirtual & co. on the object VmwSetCurrentDataSpaces
 * chose, and fail while there is none.
 */
VMW_API HRESULT WriteVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesWritten);
VMW_API HRESULT ReadVirtual(ULONG64 Offset, PVOID Buffer, ULONG BufferSize, PULONG BytesRead);
VMW_API HRESULT WriteVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize,
				     PULONG BytesWritten);
VMW_API HRESULT ReadVirtualUncached(ULONG64 Offset, PVOID Buffer, ULONG BufferSize,
				    PULONG BytesRead);

/*
 * VmwSetCurrentDataSpaces - make @DataSpaces, any IDebugDataSpacesN pointer
 * DebugCreate or QueryInterface returned, the current data space; it is
 * AddRef'd while current and the previous one Released.  NULL clears.
 */
VMW_API HRESULT VmwSetCurrentDataSpaces(PVOID DataSpaces);

/*
 * VmwSetVirtualCacheSize - size in bytes of the client's cache of target
 * virtual memory; 0 disables it.  VmwFlushVirtualCache drops its contents.
 * @DataSpaces is any IDebugDataSpacesN pointer of the client.
 */
VMW_API HRESULT VmwSetVirtualCacheSize(PVOID DataSpaces, ULONG64 Bytes);
VMW_API HRESULT VmwFlushVirtualCache(PVOID DataSpaces);

#ifdef __cplusplus
}
#endif

#endif /* VMWRITE_DBGENG_H */
