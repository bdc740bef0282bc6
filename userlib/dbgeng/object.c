// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Client objects: what one DebugCreate() hands out.  Each carries every
 * interface the layer implements, with COM identity (QueryInterface for
 * IUnknown always answers its IDebugClient5 pointer) and one reference
 * count for all of them; all the clients of a process share its one
 * engine, as dbgeng's do, so that tools which create a client per
 * interface see a single session.
 */

#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct dbgeng_client *dbgeng__client_new(void)
{
	struct dbgeng_client *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	c->engine = dbgeng__engine_get();
	if (!c->engine) {
		free(c);
		return NULL;
	}
	c->refs = 1;
	c->client.lpVtbl = &dbgeng__client_vtbl;
	c->control.lpVtbl = &dbgeng__control_vtbl;
	c->data.lpVtbl = &dbgeng__dataspaces_vtbl;
	return c;
}

ULONG dbgeng__client_addref(struct dbgeng_client *c)
{
	return __atomic_add_fetch(&c->refs, 1, __ATOMIC_RELAXED);
}

ULONG dbgeng__client_release(struct dbgeng_client *c)
{
	ULONG refs = __atomic_sub_fetch(&c->refs, 1, __ATOMIC_ACQ_REL);

	if (!refs) {
		dbgeng__engine_put(c->engine);
		free(c);
	}
	return refs;
}

static bool iid_is(REFIID a, const IID *b)
{
	return !memcmp(a, b, sizeof(*b));
}

HRESULT dbgeng__client_query(struct dbgeng_client *c, REFIID iid, PVOID *out)
{
	void *p = NULL;

	if (!out)
		return E_POINTER;
	if (iid_is(iid, &IID_IUnknown) || iid_is(iid, &IID_IDebugClient) ||
	    iid_is(iid, &IID_IDebugClient2) || iid_is(iid, &IID_IDebugClient3) ||
	    iid_is(iid, &IID_IDebugClient4) || iid_is(iid, &IID_IDebugClient5))
		p = &c->client;
	else if (iid_is(iid, &IID_IDebugControl))
		p = &c->control;
	else if (iid_is(iid, &IID_IDebugDataSpaces) || iid_is(iid, &IID_IDebugDataSpaces2) ||
		 iid_is(iid, &IID_IDebugDataSpaces3) || iid_is(iid, &IID_IDebugDataSpaces4))
		p = &c->data;
	*out = p;
	if (!p)
		return E_NOINTERFACE;
	dbgeng__client_addref(c);
	return S_OK;
}
