// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The engine: the one session of the process, behind every client object
 * (object.c) and so every DebugCreate().  The vmwrite target once attached,
 * the calls using it, and the page cache in front of it.  Attaching is
 * non-invasive: the target never stops.
 */

#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The process's engine, NULL before the first DebugCreate() or after the last release. */
static pthread_mutex_t engine_lock = PTHREAD_MUTEX_INITIALIZER;
static struct dbgeng_engine *the_engine;

static struct dbgeng_engine *engine_new(void)
{
	struct dbgeng_engine *e = calloc(1, sizeof(*e));

	if (!e)
		return NULL;
	e->refs = 1;
	e->cache_bytes = UINT64_MAX;
	pthread_mutex_init(&e->attach_lock, NULL);
	pthread_mutex_init(&e->cache_lock, NULL);
	pthread_mutex_init(&e->symbols_lock, NULL);
	pthread_mutex_init(&e->clients_lock, NULL);
	dbgeng__cache_init(&e->cache);
	return e;
}

/* A reference unless the count already reached 0 (the engine is going). */
static bool get_unless_zero(struct dbgeng_engine *e)
{
	unsigned int refs = __atomic_load_n(&e->refs, __ATOMIC_RELAXED);

	do {
		if (!refs)
			return false;
	} while (!__atomic_compare_exchange_n(&e->refs, &refs, refs + 1, true,
					      __ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
	return true;
}

struct dbgeng_engine *dbgeng__engine_get(void)
{
	struct dbgeng_engine *e;

	pthread_mutex_lock(&engine_lock);
	e = the_engine;
	if (!e || !get_unless_zero(e)) {
		e = engine_new();
		the_engine = e;
	}
	pthread_mutex_unlock(&engine_lock);
	return e;
}

void dbgeng__engine_hold(struct dbgeng_engine *e)
{
	__atomic_add_fetch(&e->refs, 1, __ATOMIC_RELAXED);
}

/* With the cache lock held, after the cache was resized or freed. */
static void cache_changed(struct dbgeng_engine *e)
{
	__atomic_store_n(&e->cache_on, e->cache.nslots != 0, __ATOMIC_RELAXED);
}

static bool cache_on(struct dbgeng_engine *e)
{
	return __atomic_load_n(&e->cache_on, __ATOMIC_RELAXED);
}

void dbgeng__engine_detach(struct dbgeng_engine *e)
{
	struct vmw_target *t;

	pthread_mutex_lock(&e->attach_lock);
	t = __atomic_exchange_n(&e->target, NULL, __ATOMIC_SEQ_CST);
	/* Calls that saw the target finish with it first. */
	while (__atomic_load_n(&e->users, __ATOMIC_ACQUIRE))
		sched_yield();
	vmw_close(t);
	e->event_pending = false;
	pthread_mutex_lock(&e->cache_lock);
	dbgeng__cache_free(&e->cache);
	cache_changed(e);
	pthread_mutex_unlock(&e->cache_lock);
	pthread_mutex_unlock(&e->attach_lock);
}

void dbgeng__engine_put(struct dbgeng_engine *e)
{
	if (__atomic_sub_fetch(&e->refs, 1, __ATOMIC_ACQ_REL))
		return;
	pthread_mutex_lock(&engine_lock);
	if (the_engine == e)
		the_engine = NULL;
	pthread_mutex_unlock(&engine_lock);
	dbgeng__engine_detach(e);
	pthread_mutex_destroy(&e->attach_lock);
	pthread_mutex_destroy(&e->cache_lock);
	dbgeng__modules_free(e->modules);
	dbgeng__types_free(e->types);
	pthread_mutex_destroy(&e->symbols_lock);
	pthread_mutex_destroy(&e->clients_lock);
	free(e);
}

/* Called with the attach lock held, before the target is published. */
static void cache_attached(struct dbgeng_engine *e)
{
	uint64_t bytes;

	pthread_mutex_lock(&e->cache_lock);
	bytes = e->cache_bytes;
	if (bytes == UINT64_MAX)
		bytes = e->kernel ? DBGENG_KERNEL_CACHE_DEFAULT : 0;
	/* Without memory for it, a session just has no cache. */
	if (dbgeng__cache_resize(&e->cache, bytes))
		dbgeng__cache_free(&e->cache);
	cache_changed(e);
	pthread_mutex_unlock(&e->cache_lock);
}

HRESULT dbgeng__engine_attach(struct dbgeng_engine *e, pid_t pid, bool kernel)
{
	struct vmw_target *t;
	HRESULT hr = S_OK;
	int err;

	pthread_mutex_lock(&e->attach_lock);
	if (e->target) {
		hr = E_UNEXPECTED;
		goto out;
	}
	err = kernel ? vmw_open_kernel(0, &t) : vmw_open_process(pid, 0, &t);
	if (err) {
		hr = dbgeng__hresult(err, false);
		goto out;
	}
	e->kernel = kernel;
	e->pid = kernel ? 0 : pid;
	e->session++;
	__atomic_store_n(&e->current_thread, 0, __ATOMIC_RELAXED);
	e->event_pending = true;
	cache_attached(e);
	/* Published last: data calls find everything set up. */
	__atomic_store_n(&e->target, t, __ATOMIC_SEQ_CST);
out:
	pthread_mutex_unlock(&e->attach_lock);
	return hr;
}

HRESULT dbgeng__engine_take_event(struct dbgeng_engine *e)
{
	HRESULT hr;

	pthread_mutex_lock(&e->attach_lock);
	hr = e->target && e->event_pending ? S_OK : E_UNEXPECTED;
	e->event_pending = false;
	pthread_mutex_unlock(&e->attach_lock);
	return hr;
}

bool dbgeng__engine_attached(struct dbgeng_engine *e)
{
	return __atomic_load_n(&e->target, __ATOMIC_ACQUIRE) != NULL;
}

enum dbgeng_debuggee dbgeng__engine_session(struct dbgeng_engine *e, pid_t *pid,
					    unsigned long *session)
{
	enum dbgeng_debuggee d = DBGENG_NONE;

	pthread_mutex_lock(&e->attach_lock);
	if (e->target)
		d = e->kernel ? DBGENG_KERNEL : DBGENG_PROCESS;
	*pid = e->pid;
	*session = e->session;
	pthread_mutex_unlock(&e->attach_lock);
	return d;
}

enum dbgeng_debuggee dbgeng__engine_debuggee(struct dbgeng_engine *e, bool *waited)
{
	enum dbgeng_debuggee d = DBGENG_NONE;

	pthread_mutex_lock(&e->attach_lock);
	if (e->target)
		d = e->kernel ? DBGENG_KERNEL : DBGENG_PROCESS;
	if (waited)
		*waited = e->target && !e->event_pending;
	pthread_mutex_unlock(&e->attach_lock);
	return d;
}

struct vmw_target *dbgeng__engine_begin(struct dbgeng_engine *e)
{
	struct vmw_target *t;

	__atomic_add_fetch(&e->users, 1, __ATOMIC_SEQ_CST);
	t = __atomic_load_n(&e->target, __ATOMIC_SEQ_CST);
	if (!t)
		__atomic_sub_fetch(&e->users, 1, __ATOMIC_RELEASE);
	return t;
}

void dbgeng__engine_end(struct dbgeng_engine *e)
{
	__atomic_sub_fetch(&e->users, 1, __ATOMIC_RELEASE);
}

int dbgeng__engine_set_cache_size(struct dbgeng_engine *e, uint64_t bytes)
{
	int err = 0;

	pthread_mutex_lock(&e->attach_lock);
	pthread_mutex_lock(&e->cache_lock);
	e->cache_bytes = bytes;
	if (e->target)
		err = dbgeng__cache_resize(&e->cache, bytes);
	cache_changed(e);
	pthread_mutex_unlock(&e->cache_lock);
	pthread_mutex_unlock(&e->attach_lock);
	return err;
}

void dbgeng__engine_flush_cache(struct dbgeng_engine *e)
{
	pthread_mutex_lock(&e->cache_lock);
	dbgeng__cache_flush(&e->cache);
	pthread_mutex_unlock(&e->cache_lock);
}

void dbgeng__engine_forget(struct dbgeng_engine *e, uint64_t addr, uint64_t len)
{
	if (!len || !cache_on(e))
		return;
	pthread_mutex_lock(&e->cache_lock);
	dbgeng__cache_invalidate(&e->cache, addr, len);
	pthread_mutex_unlock(&e->cache_lock);
}

static HRESULT hresult_of(int err, size_t done, bool write, PULONG out)
{
	if (out)
		*out = (ULONG)done;
	return done ? S_OK : dbgeng__hresult(err, write);
}

/*
 * A cached read: whole pages from the cache, or read whole and kept.  At
 * the first page that cannot be read whole, the rest is read uncached, so
 * that the count is exact and a partial page never enters the cache.
 */
static int cached_read(struct dbgeng_engine *e, struct vmw_target *t, uint64_t addr,
		       unsigned char *buf, size_t len, size_t *done)
{
	unsigned char page_buf[DBGENG_PAGE];
	size_t moved = 0, got;
	int err = 0;

	pthread_mutex_lock(&e->cache_lock);
	while (moved < len) {
		uint64_t at = addr + moved, page = at & ~(uint64_t)(DBGENG_PAGE - 1);
		size_t off = at - page, n = DBGENG_PAGE - off;
		const unsigned char *hit = dbgeng__cache_lookup(&e->cache, page);

		if (n > len - moved)
			n = len - moved;
		if (!hit) {
			/* No lock of ours is needed for the read itself. */
			pthread_mutex_unlock(&e->cache_lock);
			err = vmw_read(t, page, page_buf, DBGENG_PAGE, &got);
			pthread_mutex_lock(&e->cache_lock);
			if (err || got < DBGENG_PAGE)
				break;
			dbgeng__cache_insert(&e->cache, page, page_buf);
			hit = page_buf;
		}
		memcpy(buf + moved, hit + off, n);
		moved += n;
	}
	pthread_mutex_unlock(&e->cache_lock);
	if (moved < len) {
		err = vmw_read(t, addr + moved, buf + moved, len - moved, &got);
		moved += got;
	}
	*done = moved;
	return moved ? 0 : err;
}

/* The arguments' checks and the target of a read or write: NULL and *@hr if none. */
static struct vmw_target *rw_begin(struct dbgeng_engine *e, const void *buf, ULONG len,
				   PULONG done, HRESULT *hr)
{
	struct vmw_target *t = NULL;

	if (done)
		*done = 0;
	if (!buf && len)
		*hr = E_INVALIDARG;
	else if (!(t = dbgeng__engine_begin(e)))
		*hr = E_UNEXPECTED;
	return t;
}

HRESULT dbgeng__engine_read(struct dbgeng_engine *e, ULONG64 addr, void *buf, ULONG len,
			    PULONG done, bool cached)
{
	struct vmw_target *t;
	size_t moved = 0;
	HRESULT hr;
	int err;

	t = rw_begin(e, buf, len, done, &hr);
	if (!t)
		return hr;
	if (cached && cache_on(e)) {
		err = cached_read(e, t, addr, buf, len, &moved);
	} else {
		err = vmw_read(t, addr, buf, len, &moved);
		/* An uncached read saw newer bytes than the cache may hold. */
		if (!cached)
			dbgeng__engine_forget(e, addr, moved);
	}
	dbgeng__engine_end(e);
	return hresult_of(err, moved, false, done);
}

HRESULT dbgeng__engine_write(struct dbgeng_engine *e, ULONG64 addr, const void *buf,
			     ULONG len, PULONG done, bool cached)
{
	struct vmw_target *t;
	size_t moved = 0;
	HRESULT hr;
	int err;

	t = rw_begin(e, buf, len, done, &hr);
	if (!t)
		return hr;
	/* Always through to the target: the cache only follows. */
	err = vmw_write(t, addr, buf, len, &moved);
	if (moved && cache_on(e)) {
		pthread_mutex_lock(&e->cache_lock);
		if (cached)
			dbgeng__cache_update(&e->cache, addr, buf, moved);
		else
			dbgeng__cache_invalidate(&e->cache, addr, moved);
		pthread_mutex_unlock(&e->cache_lock);
	}
	dbgeng__engine_end(e);
	return hresult_of(err, moved, true, done);
}
