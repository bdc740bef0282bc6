// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The callbacks clients register: output (IDebugOutputCallbacks[Wide]) and
 * events (IDebugEventCallbacks[Wide]).  As in dbgeng, each client has its
 * own, with its own output mask, and output and events go to the clients
 * of the one engine.  Unlike dbgeng, which calls a client's callbacks only
 * on the thread that created it, while that thread waits in WaitForEvent
 * or DispatchCallbacks, these are called at once on the thread that
 * produced the output or the event: a non-invasive session has no event
 * loop to wait in.  No lock is held across a call, so that a callback may
 * call the engine back.
 */

#include <stdlib.h>
#include <string.h>

#include "internal.h"

void dbgeng__callbacks_init(struct dbgeng_callbacks *cb)
{
	memset(cb, 0, sizeof(*cb));
	pthread_mutex_init(&cb->lock, NULL);
	cb->output_mask = DBGENG_OUTPUT_MASK_DEFAULT;
}

/* Any COM object: its Release is the third slot of every vtable. */
static void release(void *obj)
{
	IUnknown *u = obj;

	if (u)
		u->lpVtbl->Release(u);
}

static void *hold(void *obj)
{
	IUnknown *u = obj;

	if (u)
		u->lpVtbl->AddRef(u);
	return obj;
}

void dbgeng__callbacks_free(struct dbgeng_callbacks *cb)
{
	release(cb->output);
	release(cb->output_wide);
	release(cb->events);
	release(cb->events_wide);
	release(cb->input);
	pthread_mutex_destroy(&cb->lock);
}

/*
 * Put @obj (held) in *@slot, clear *@other (its narrow or Wide twin, or
 * NULL) and, for event callbacks, set the interest mask with it: one
 * critical section, so no event finds the new object with the old mask.
 * What was there is released once the lock is dropped.
 */
static HRESULT swap(struct dbgeng_callbacks *cb, void **slot, void **other, void *obj,
		    const ULONG *interest)
{
	void *old, *old_other = NULL;

	hold(obj);
	pthread_mutex_lock(&cb->lock);
	old = *slot;
	*slot = obj;
	if (other) {
		old_other = *other;
		*other = NULL;
	}
	if (interest)
		cb->interest = *interest;
	pthread_mutex_unlock(&cb->lock);
	release(old);
	release(old_other);
	return S_OK;
}

HRESULT dbgeng__callback_set(struct dbgeng_callbacks *cb, void **slot, void **other, void *obj)
{
	return swap(cb, slot, other, obj, NULL);
}

HRESULT dbgeng__callback_set_events(struct dbgeng_callbacks *cb, void **slot, void **other,
				    void *obj, ULONG interest)
{
	return swap(cb, slot, other, obj, &interest);
}

HRESULT dbgeng__callback_get(struct dbgeng_callbacks *cb, void **slot, void **out)
{
	if (!out)
		return E_POINTER;
	pthread_mutex_lock(&cb->lock);
	*out = hold(*slot);
	pthread_mutex_unlock(&cb->lock);
	return S_OK;
}

/* A callback object taken from a client, to call with no lock held. */
struct held {
	void *obj;
	bool wide;
};

/* The clients' callbacks @pick chooses, each held, in *@out (to free). */
static size_t collect(struct dbgeng_engine *e, struct held **out,
		      bool (*pick)(struct dbgeng_client *c, const void *arg, struct held *h),
		      const void *arg)
{
	struct dbgeng_client *c;
	struct held *v = NULL, *p, h;
	size_t n = 0, room = 0;

	pthread_mutex_lock(&e->clients_lock);
	for (c = e->clients; c; c = c->next) {
		pthread_mutex_lock(&c->cb.lock);
		if (pick(c, arg, &h) && h.obj) {
			if (n == room) {
				room = room ? 2 * room : 8;
				p = realloc(v, room * sizeof(*v));
				if (!p) {
					pthread_mutex_unlock(&c->cb.lock);
					break;	/* without memory, fewer get it */
				}
				v = p;
			}
			h.obj = hold(h.obj);
			v[n++] = h;
		}
		pthread_mutex_unlock(&c->cb.lock);
	}
	pthread_mutex_unlock(&e->clients_lock);
	*out = v;
	return n;
}

/* ---- output ---------------------------------------------------------------- */

struct output_to {
	struct dbgeng_client *from;
	ULONG send;		/* DEBUG_OUTCTL_THIS_CLIENT & co. */
	ULONG mask;
	bool override;		/* DEBUG_OUTCTL_OVERRIDE_MASK */
};

static bool pick_output(struct dbgeng_client *c, const void *arg, struct held *h)
{
	const struct output_to *to = arg;

	if ((to->send == DEBUG_OUTCTL_THIS_CLIENT && c != to->from) ||
	    (to->send == DEBUG_OUTCTL_ALL_OTHER_CLIENTS && c == to->from))
		return false;
	if (!to->override && !(c->cb.output_mask & to->mask))
		return false;
	h->wide = !c->cb.output;
	h->obj = c->cb.output ? (void *)c->cb.output : (void *)c->cb.output_wide;
	return true;
}

/* @text as UTF-16 for the Wide callbacks; NULL if no memory. */
static PWSTR wide_of(const char *text)
{
	size_t len = strlen(text) + 1;
	unsigned char *w = malloc(2 * len);

	if (w)
		dbgeng__utf8_to_utf16((const unsigned char *)text, len, w);
	return (PWSTR)w;
}

HRESULT dbgeng__output(struct dbgeng_client *from, ULONG outctl, ULONG mask, const char *text)
{
	struct output_to to = { .from = from, .mask = mask };
	struct held *v;
	PWSTR wide = NULL;
	size_t n, i;

	if (outctl == DEBUG_OUTCTL_AMBIENT_DML || outctl == DEBUG_OUTCTL_AMBIENT_TEXT)
		outctl = DEBUG_OUTCTL_ALL_CLIENTS;
	if (outctl & ~(DEBUG_OUTCTL_SEND_MASK | DEBUG_OUTCTL_NOT_LOGGED |
		       DEBUG_OUTCTL_OVERRIDE_MASK | DEBUG_OUTCTL_DML))
		return E_INVALIDARG;
	to.send = outctl & DEBUG_OUTCTL_SEND_MASK;
	to.override = outctl & DEBUG_OUTCTL_OVERRIDE_MASK;
	/* There is no log: LOG_ONLY output goes nowhere, as IGNORE's does. */
	if (to.send > DEBUG_OUTCTL_ALL_OTHER_CLIENTS)
		return to.send <= DEBUG_OUTCTL_LOG_ONLY ? S_OK : E_INVALIDARG;
	n = collect(from->engine, &v, pick_output, &to);
	for (i = 0; i < n; i++) {
		if (!v[i].wide) {
			IDebugOutputCallbacks_Output((IDebugOutputCallbacks *)v[i].obj, mask, text);
		} else {
			if (!wide)
				wide = wide_of(text);
			if (wide)
				IDebugOutputCallbacksWide_Output(
					(IDebugOutputCallbacksWide *)v[i].obj, mask, wide);
		}
		release(v[i].obj);
	}
	free(wide);
	free(v);
	return S_OK;
}

/* ---- events ------------------------------------------------------------------ */

static bool pick_events(struct dbgeng_client *c, const void *arg, struct held *h)
{
	ULONG event = *(const ULONG *)arg;

	if (!(c->cb.interest & event))
		return false;
	h->wide = !c->cb.events;
	h->obj = c->cb.events ? (void *)c->cb.events : (void *)c->cb.events_wide;
	return true;
}

/*
 * Deliver an event of DEBUG_EVENT_@event to every interested client.  The
 * three a session has take (ULONG, ULONG64) or a ULONG, in the same slot
 * of the narrow and the Wide interfaces.
 */
static void event(struct dbgeng_engine *e, ULONG kind, ULONG flags, ULONG64 arg)
{
	struct held *v;
	size_t n, i;

	n = collect(e, &v, pick_events, &kind);
	for (i = 0; i < n; i++) {
		IDebugEventCallbacks *cb = v[i].obj;
		IDebugEventCallbacksWide *wcb = v[i].obj;

		switch (kind) {
		case DEBUG_EVENT_SESSION_STATUS:
			if (v[i].wide)
				IDebugEventCallbacksWide_SessionStatus(wcb, flags);
			else
				IDebugEventCallbacks_SessionStatus(cb, flags);
			break;
		case DEBUG_EVENT_CHANGE_ENGINE_STATE:
			if (v[i].wide)
				IDebugEventCallbacksWide_ChangeEngineState(wcb, flags, arg);
			else
				IDebugEventCallbacks_ChangeEngineState(cb, flags, arg);
			break;
		case DEBUG_EVENT_CHANGE_SYMBOL_STATE:
			if (v[i].wide)
				IDebugEventCallbacksWide_ChangeSymbolState(wcb, flags, arg);
			else
				IDebugEventCallbacks_ChangeSymbolState(cb, flags, arg);
			break;
		}
		release(v[i].obj);
	}
	free(v);
}

void dbgeng__event_session_status(struct dbgeng_engine *e, ULONG status)
{
	event(e, DEBUG_EVENT_SESSION_STATUS, status, 0);
}

void dbgeng__event_engine_state(struct dbgeng_engine *e, ULONG flags, ULONG64 arg)
{
	event(e, DEBUG_EVENT_CHANGE_ENGINE_STATE, flags, arg);
}

void dbgeng__event_symbol_state(struct dbgeng_engine *e, ULONG flags, ULONG64 arg)
{
	event(e, DEBUG_EVENT_CHANGE_SYMBOL_STATE, flags, arg);
}
