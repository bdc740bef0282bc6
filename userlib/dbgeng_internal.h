/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * Internals of libvmwrite's dbgeng layer: one engine object per
 * DebugCreate(), carrying the IDebugClient, IDebugControl and
 * IDebugDataSpaces interfaces, a vmwrite target once attached, and the
 * data space's page cache.
 */

#ifndef LIBVMWRITE_DBGENG_INTERNAL_H
#define LIBVMWRITE_DBGENG_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vmwrite.h"
#include "vmwrite/dbgeng.h"

/* The page size of every target vmwrite supports (x86-64). */
#define VMW_PAGE		4096UL

#define VMW_CACHE_EMPTY		UINT64_MAX

struct vmw_cache_slot {
	uint64_t page;		/* target address of the page, or VMW_CACHE_EMPTY */
};

/* See dbgeng_cache.c.  Zero slots: no cache. */
struct vmw_cache {
	struct vmw_cache_slot *slots;
	unsigned char *data;	/* nslots pages */
	size_t nslots;
	size_t clock;		/* next victim among full neighbours */
};

void vmw_cache_init(struct vmw_cache *c);
void vmw_cache_free(struct vmw_cache *c);
int vmw_cache_resize(struct vmw_cache *c, uint64_t bytes);
void vmw_cache_flush(struct vmw_cache *c);
const unsigned char *vmw_cache_lookup(const struct vmw_cache *c, uint64_t page);
void vmw_cache_insert(struct vmw_cache *c, uint64_t page, const void *bytes);
void vmw_cache_update(struct vmw_cache *c, uint64_t addr, const void *buf, size_t len);
void vmw_cache_invalidate(struct vmw_cache *c, uint64_t addr, uint64_t len);

/* The default cache of kernel sessions, as dbgeng's: about a megabyte. */
#define VMW_KERNEL_CACHE_DEFAULT	(1024 * 1024)

/*
 * One engine.  The interfaces are its members: QueryInterface hands out
 * their addresses, and container_of() finds the engine again.
 *
 * Locking: @attach_lock serialises attach, detach, WaitForEvent and cache
 * resizing.  Data space calls take no lock for the target: they count
 * themselves in @users and then load @target; a detach clears @target,
 * waits for @users to drain, and only then closes it (all seq_cst, so a
 * call that saw the target is counted before the detach looks).  A data
 * call costs two atomic operations, not a lock.  @cache_lock guards
 * @cache and @cache_bytes; @cache_on, set under it, lets a call without
 * a cache skip the lock.  @engine_options is accessed with atomics.
 */
struct vmw_engine {
	IDebugClient5 client;		/* IUnknown, IDebugClient..5 */
	IDebugControl control;
	IDebugDataSpaces4 data;		/* IDebugDataSpaces..4 */
	unsigned int refs;		/* atomic */
	pthread_mutex_t attach_lock;
	unsigned int users;		/* atomic: data calls in flight */
	struct vmw_target *target;	/* atomic; NULL until attached */
	bool kernel;
	bool event_pending;		/* the attach, for WaitForEvent() */
	pthread_mutex_t cache_lock;
	unsigned int cache_on;		/* atomic: cache.nslots != 0, a hint */
	struct vmw_cache cache;
	uint64_t cache_bytes;		/* asked for; UINT64_MAX: the default */
	ULONG engine_options;
};

#define vmw_container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

ULONG vmw_engine_addref(struct vmw_engine *e);
ULONG vmw_engine_release(struct vmw_engine *e);
HRESULT vmw_engine_query(struct vmw_engine *e, REFIID iid, PVOID *out);

/* dbgeng_data.c */
extern const IDebugDataSpaces4Vtbl vmw_data_vtbl;
HRESULT vmw_hresult(int err, bool write);
HRESULT vmw_data_read(struct vmw_engine *e, ULONG64 addr, void *buf, ULONG len,
		      PULONG done, bool cached);
HRESULT vmw_data_write(struct vmw_engine *e, ULONG64 addr, const void *buf, ULONG len,
		       PULONG done, bool cached);
void vmw_data_attached(struct vmw_engine *e);
void vmw_data_cache_changed(struct vmw_engine *e);

#endif /* LIBVMWRITE_DBGENG_INTERNAL_H */
