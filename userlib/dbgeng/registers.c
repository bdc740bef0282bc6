// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugAdvanced..3 and IDebugRegisters..2: thread contexts and registers,
 * which only a debugger that stops its target can give.  A vmwrite session
 * never stops the target, so that no register it could report would still
 * hold: every method but IUnknown's returns E_NOTIMPL.  They are handed
 * out all the same, because clients ask for them at initialisation and
 * stop if they are missing.
 */

#include "internal.h"
#include "stubs.h"

#define ADVANCED(p)	dbgeng_container_of(p, struct dbgeng_client, advanced)
#define REGISTERS(p)	dbgeng_container_of(p, struct dbgeng_client, registers)

static HRESULT STDMETHODCALLTYPE advanced_QueryInterface(IDebugAdvanced3 *This, REFIID iid,
							 PVOID *out)
{
	return dbgeng__client_query(ADVANCED(This), iid, out);
}

static ULONG STDMETHODCALLTYPE advanced_AddRef(IDebugAdvanced3 *This)
{
	return dbgeng__client_addref(ADVANCED(This));
}

static ULONG STDMETHODCALLTYPE advanced_Release(IDebugAdvanced3 *This)
{
	return dbgeng__client_release(ADVANCED(This));
}

static HRESULT STDMETHODCALLTYPE registers_QueryInterface(IDebugRegisters2 *This, REFIID iid,
							  PVOID *out)
{
	return dbgeng__client_query(REGISTERS(This), iid, out);
}

static ULONG STDMETHODCALLTYPE registers_AddRef(IDebugRegisters2 *This)
{
	return dbgeng__client_addref(REGISTERS(This));
}

static ULONG STDMETHODCALLTYPE registers_Release(IDebugRegisters2 *This)
{
	return dbgeng__client_release(REGISTERS(This));
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
const IDebugAdvanced3Vtbl dbgeng__advanced_vtbl = {
	DBGENG_STUBS_IDebugAdvanced3,
	.QueryInterface = advanced_QueryInterface,
	.AddRef = advanced_AddRef,
	.Release = advanced_Release,
};

const IDebugRegisters2Vtbl dbgeng__registers_vtbl = {
	DBGENG_STUBS_IDebugRegisters2,
	.QueryInterface = registers_QueryInterface,
	.AddRef = registers_AddRef,
	.Release = registers_Release,
};
#pragma GCC diagnostic pop
