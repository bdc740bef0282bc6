// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugControl..7: WaitForEvent, GetExecutionStatus, the engine options,
 * what the debuggee is (class, processor, pointer and page size), as a
 * non-invasive session has them, and output to the clients' callbacks.
 * Execution control, breakpoints, assembly, expressions and the Wide
 * output methods (whose formats Windows reads as wide) return E_NOTIMPL.
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "internal.h"
#include "stubs.h"

/* The client object of an interface pointer, and the engine behind it. */
#define OBJ(p)		dbgeng_container_of(p, struct dbgeng_client, control)
#define CONTROL(p)	(OBJ(p)->engine)

static HRESULT STDMETHODCALLTYPE control_QueryInterface(IDebugControl7 *This, REFIID iid,
							PVOID *out)
{
	return dbgeng__client_query(OBJ(This), iid, out);
}

static ULONG STDMETHODCALLTYPE control_AddRef(IDebugControl7 *This)
{
	return dbgeng__client_addref(OBJ(This));
}

static ULONG STDMETHODCALLTYPE control_Release(IDebugControl7 *This)
{
	return dbgeng__client_release(OBJ(This));
}

/*
 * The only event of a non-invasive session is the attach itself: the
 * first wait after it returns S_OK at once.  The target is never stopped
 * or resumed, so a later wait has nothing to wait for: E_UNEXPECTED, as
 * dbgeng answers when no debuggee can generate events.
 */
static HRESULT STDMETHODCALLTYPE control_WaitForEvent(IDebugControl7 *This, ULONG Flags,
						      ULONG Timeout)
{
	HRESULT hr;

	(void)Timeout;
	if (Flags != DEBUG_WAIT_DEFAULT)
		return E_INVALIDARG;
	hr = dbgeng__engine_take_event(CONTROL(This));
	if (hr == S_OK) {
		/* The session is active, and its target looks stopped from now on. */
		dbgeng__event_session_status(CONTROL(This), DEBUG_SESSION_ACTIVE);
		dbgeng__event_engine_state(CONTROL(This), DEBUG_CES_EXECUTION_STATUS,
					   DEBUG_STATUS_BREAK);
	}
	return hr;
}

static HRESULT STDMETHODCALLTYPE control_GetExecutionStatus(IDebugControl7 *This,
							    PULONG Status)
{
	if (!Status)
		return E_POINTER;
	/* A non-invasive session looks at a target as if it were stopped. */
	*Status = dbgeng__engine_attached(CONTROL(This)) ? DEBUG_STATUS_BREAK :
							    DEBUG_STATUS_NO_DEBUGGEE;
	return S_OK;
}

/* Clients learn of new engine options through their event callbacks. */
static void options_changed(IDebugControl7 *This, ULONG options)
{
	dbgeng__event_engine_state(CONTROL(This), DEBUG_CES_ENGINE_OPTIONS, options);
}

static HRESULT STDMETHODCALLTYPE control_GetEngineOptions(IDebugControl7 *This, PULONG Options)
{
	if (!Options)
		return E_POINTER;
	*Options = __atomic_load_n(&CONTROL(This)->engine_options, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE control_AddEngineOptions(IDebugControl7 *This, ULONG Options)
{
	if (Options & ~DEBUG_ENGOPT_ALL)
		return E_INVALIDARG;
	options_changed(This, __atomic_or_fetch(&CONTROL(This)->engine_options, Options,
						__ATOMIC_RELAXED));
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE control_RemoveEngineOptions(IDebugControl7 *This,
							     ULONG Options)
{
	options_changed(This, __atomic_and_fetch(&CONTROL(This)->engine_options, ~Options,
						 __ATOMIC_RELAXED));
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE control_SetEngineOptions(IDebugControl7 *This, ULONG Options)
{
	if (Options & ~DEBUG_ENGOPT_ALL)
		return E_INVALIDARG;
	__atomic_store_n(&CONTROL(This)->engine_options, Options, __ATOMIC_RELAXED);
	options_changed(This, Options);
	return S_OK;
}

/*
 * A process is a Windows-like user-mode process to dbgeng's callers, the
 * running kernel local kernel debugging; before an attach, nothing.
 */
static HRESULT STDMETHODCALLTYPE control_GetDebuggeeType(IDebugControl7 *This, PULONG Class,
							 PULONG Qualifier)
{
	if (!Class || !Qualifier)
		return E_POINTER;
	switch (dbgeng__engine_debuggee(CONTROL(This), NULL)) {
	case DBGENG_PROCESS:
		*Class = DEBUG_CLASS_USER_WINDOWS;
		*Qualifier = DEBUG_USER_WINDOWS_PROCESS;
		break;
	case DBGENG_KERNEL:
		*Class = DEBUG_CLASS_KERNEL;
		*Qualifier = DEBUG_KERNEL_LOCAL;
		break;
	default:
		*Class = DEBUG_CLASS_UNINITIALIZED;
		*Qualifier = 0;
		break;
	}
	return S_OK;
}

/* Flags select nothing yet: 0 is the only value the SDK defines. */
static HRESULT STDMETHODCALLTYPE control_GetDebuggeeType2(IDebugControl7 *This, ULONG Flags,
							  PULONG Class, PULONG Qualifier)
{
	if (Flags)
		return E_INVALIDARG;
	return control_GetDebuggeeType(This, Class, Qualifier);
}

/*
 * What dbgeng learns of the target when the attach's event is taken: until
 * the first WaitForEvent it does not know, and says E_UNEXPECTED.
 */
static bool target_known(IDebugControl7 *This)
{
	bool waited;

	return dbgeng__engine_debuggee(CONTROL(This), &waited) != DBGENG_NONE && waited;
}

/* @value in *@out once the target is known. */
static HRESULT known_value(IDebugControl7 *This, PULONG out, ULONG value)
{
	if (!out)
		return E_POINTER;
	if (!target_known(This))
		return E_UNEXPECTED;
	*out = value;
	return S_OK;
}

/* Every target is x86-64: the only architecture vmwrite builds for. */
static HRESULT STDMETHODCALLTYPE control_GetActualProcessorType(IDebugControl7 *This,
								PULONG Type)
{
	return known_value(This, Type, IMAGE_FILE_MACHINE_AMD64);
}

static HRESULT STDMETHODCALLTYPE control_GetEffectiveProcessorType(IDebugControl7 *This,
								   PULONG Type)
{
	return known_value(This, Type, IMAGE_FILE_MACHINE_AMD64);
}

static HRESULT STDMETHODCALLTYPE control_IsPointer64Bit(IDebugControl7 *This)
{
	return target_known(This) ? S_OK : E_UNEXPECTED;
}

static HRESULT STDMETHODCALLTYPE control_GetPageSize(IDebugControl7 *This, PULONG Size)
{
	return known_value(This, Size, (ULONG)sysconf(_SC_PAGESIZE));
}

/* The machine's processors: those of the kernel, and those a process may run on. */
static HRESULT STDMETHODCALLTYPE control_GetNumberProcessors(IDebugControl7 *This,
							     PULONG Number)
{
	long n = sysconf(_SC_NPROCESSORS_CONF);

	return known_value(This, Number, n > 0 ? (ULONG)n : 1);
}

/* ---- output ------------------------------------------------------------- */

/*
 * Format as C's printf does (dbgeng's own conversions, %ma, %y and the
 * like, are not understood) and send to the clients @outctl names.
 */
static HRESULT STDMETHODCALLTYPE control_ControlledOutputVaList(IDebugControl7 *This,
								ULONG OutputControl,
								ULONG Mask, PCSTR Format,
								va_list Args)
{
	char small[512], *text = small;
	va_list again;
	HRESULT hr;
	int n;

	if (!Format)
		return E_POINTER;
	va_copy(again, Args);
	n = vsnprintf(small, sizeof(small), Format, Args);
	if (n < 0) {
		va_end(again);
		return E_INVALIDARG;
	}
	if ((size_t)n >= sizeof(small)) {
		text = malloc((size_t)n + 1);
		if (!text) {
			va_end(again);
			return E_OUTOFMEMORY;
		}
		vsnprintf(text, (size_t)n + 1, Format, again);
	}
	va_end(again);
	hr = dbgeng__output(OBJ(This), OutputControl, Mask, text);
	if (text != small)
		free(text);
	return hr;
}

static HRESULT STDMETHODCALLTYPE control_OutputVaList(IDebugControl7 *This, ULONG Mask,
						      PCSTR Format, va_list Args)
{
	return control_ControlledOutputVaList(This, DEBUG_OUTCTL_ALL_CLIENTS, Mask, Format, Args);
}

static HRESULT STDMETHODCALLTYPE control_Output(IDebugControl7 *This, ULONG Mask, PCSTR Format,
						...)
{
	va_list args;
	HRESULT hr;

	va_start(args, Format);
	hr = control_ControlledOutputVaList(This, DEBUG_OUTCTL_ALL_CLIENTS, Mask, Format, args);
	va_end(args);
	return hr;
}

static HRESULT STDMETHODCALLTYPE control_ControlledOutput(IDebugControl7 *This,
							  ULONG OutputControl, ULONG Mask,
							  PCSTR Format, ...)
{
	va_list args;
	HRESULT hr;

	va_start(args, Format);
	hr = control_ControlledOutputVaList(This, OutputControl, Mask, Format, args);
	va_end(args);
	return hr;
}

/* Every slot from the generated E_NOTIMPL stubs, then what is implemented. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
const IDebugControl7Vtbl dbgeng__control_vtbl = {
	DBGENG_STUBS_IDebugControl7,
	.QueryInterface = control_QueryInterface,
	.AddRef = control_AddRef,
	.Release = control_Release,
	.GetEngineOptions = control_GetEngineOptions,
	.AddEngineOptions = control_AddEngineOptions,
	.RemoveEngineOptions = control_RemoveEngineOptions,
	.SetEngineOptions = control_SetEngineOptions,
	.GetExecutionStatus = control_GetExecutionStatus,
	.WaitForEvent = control_WaitForEvent,
	.GetDebuggeeType = control_GetDebuggeeType,
	.GetDebuggeeType2 = control_GetDebuggeeType2,
	.GetExecutionStatusEx = control_GetExecutionStatus,
	.GetActualProcessorType = control_GetActualProcessorType,
	.GetEffectiveProcessorType = control_GetEffectiveProcessorType,
	.IsPointer64Bit = control_IsPointer64Bit,
	.GetPageSize = control_GetPageSize,
	.GetNumberProcessors = control_GetNumberProcessors,
	.Output = control_Output,
	.OutputVaList = control_OutputVaList,
	.ControlledOutput = control_ControlledOutput,
	.ControlledOutputVaList = control_ControlledOutputVaList,
};
#pragma GCC diagnostic pop
