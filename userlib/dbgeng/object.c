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
	dbgeng__callbacks_init(&c->cb);
	c->client.lpVtbl = &dbgeng__client_vtbl;
	c->control.lpVtbl = &dbgeng__control_vtbl;
	c->data.lpVtbl = &dbgeng__dataspaces_vtbl;
	c->symbols.lpVtbl = &dbgeng__symbols_vtbl;
	c->sysobj.lpVtbl = &dbgeng__sysobj_vtbl;
	c->advanced.lpVtbl = &dbgeng__advanced_vtbl;
	c->registers.lpVtbl = &dbgeng__registers_vtbl;
	pthread_mutex_lock(&c->engine->clients_lock);
	c->next = c->engine->clients;
	c->engine->clients = c;
	pthread_mutex_unlock(&c->engine->clients_lock);
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
		struct dbgeng_engine *e = c->engine;
		struct dbgeng_client **p;

		pthread_mutex_lock(&e->clients_lock);
		for (p = &e->clients; *p != c; p = &(*p)->next)
			;
		*p = c->next;
		pthread_mutex_unlock(&e->clients_lock);
		dbgeng__callbacks_free(&c->cb);
		dbgeng__engine_put(e);
		free(c);
	}
	return refs;
}

/* Which member answers each interface: every version of a family is one vtable. */
static const struct {
	const IID *iid;
	size_t member;
} interfaces[] = {
	{ &IID_IUnknown, offsetof(struct dbgeng_client, client) },
	{ &IID_IDebugClient, offsetof(struct dbgeng_client, client) },
	{ &IID_IDebugClient2, offsetof(struct dbgeng_client, client) },
	{ &IID_IDebugClient3, offsetof(struct dbgeng_client, client) },
	{ &IID_IDebugClient4, offsetof(struct dbgeng_client, client) },
	{ &IID_IDebugClient5, offsetof(struct dbgeng_client, client) },
	{ &IID_IDebugClient6, offsetof(struct dbgeng_client, client) },
	{ &IID_IDebugClient7, offsetof(struct dbgeng_client, client) },
	{ &IID_IDebugControl, offsetof(struct dbgeng_client, control) },
	{ &IID_IDebugControl2, offsetof(struct dbgeng_client, control) },
	{ &IID_IDebugControl3, offsetof(struct dbgeng_client, control) },
	{ &IID_IDebugControl4, offsetof(struct dbgeng_client, control) },
	{ &IID_IDebugControl5, offsetof(struct dbgeng_client, control) },
	{ &IID_IDebugControl6, offsetof(struct dbgeng_client, control) },
	{ &IID_IDebugControl7, offsetof(struct dbgeng_client, control) },
	{ &IID_IDebugDataSpaces, offsetof(struct dbgeng_client, data) },
	{ &IID_IDebugDataSpaces2, offsetof(struct dbgeng_client, data) },
	{ &IID_IDebugDataSpaces3, offsetof(struct dbgeng_client, data) },
	{ &IID_IDebugDataSpaces4, offsetof(struct dbgeng_client, data) },
	{ &IID_IDebugSymbols, offsetof(struct dbgeng_client, symbols) },
	{ &IID_IDebugSymbols2, offsetof(struct dbgeng_client, symbols) },
	{ &IID_IDebugSymbols3, offsetof(struct dbgeng_client, symbols) },
	{ &IID_IDebugSymbols4, offsetof(struct dbgeng_client, symbols) },
	{ &IID_IDebugSymbols5, offsetof(struct dbgeng_client, symbols) },
	{ &IID_IDebugSystemObjects, offsetof(struct dbgeng_client, sysobj) },
	{ &IID_IDebugSystemObjects2, offsetof(struct dbgeng_client, sysobj) },
	{ &IID_IDebugSystemObjects3, offsetof(struct dbgeng_client, sysobj) },
	{ &IID_IDebugSystemObjects4, offsetof(struct dbgeng_client, sysobj) },
	{ &IID_IDebugAdvanced, offsetof(struct dbgeng_client, advanced) },
	{ &IID_IDebugAdvanced2, offsetof(struct dbgeng_client, advanced) },
	{ &IID_IDebugAdvanced3, offsetof(struct dbgeng_client, advanced) },
	{ &IID_IDebugRegisters, offsetof(struct dbgeng_client, registers) },
	{ &IID_IDebugRegisters2, offsetof(struct dbgeng_client, registers) },
};

HRESULT dbgeng__client_query(struct dbgeng_client *c, REFIID iid, PVOID *out)
{
	size_t i;

	if (!out)
		return E_POINTER;
	for (i = 0; i < sizeof(interfaces) / sizeof(interfaces[0]); i++) {
		if (!memcmp(iid, interfaces[i].iid, sizeof(IID))) {
			*out = (char *)c + interfaces[i].member;
			dbgeng__client_addref(c);
			return S_OK;
		}
	}
	*out = NULL;
	return E_NOINTERFACE;
}
