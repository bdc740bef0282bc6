/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * Internals of libvmwrite-dbgeng, in layers; each file calls only the
 * layers below its own, never a file beside it:
 *
 *   dbgeng.c                  DebugCreate, DebugConnect, the free functions
 *                             (ReadVirtual & co., VmwSetCurrentDataSpaces,
 *                             the cache controls)
 *   client.c control.c        one COM interface each: argument checks and
 *   dataspaces.c              translation to the engine and libvmwrite
 *   object.c                  a client object, what one DebugCreate() hands
 *                             out: COM identity and reference count
 *   engine.c                  the one session of the process: attach and
 *                             detach, the target's users, cached reads
 *   cache.c hresult.c         the page cache; errno -> HRESULT
 *   stubs.c guids.c           generated from dbgeng.idl: E_NOTIMPL for every
 *                             method, the IIDs
 *
 * Every name with external linkage here starts with dbgeng__ and is hidden:
 * the library exports only what libvmwrite-dbgeng.map lists, and the static
 * archive takes no public-looking name either.
 */

#ifndef DBGENG_INTERNAL_H
#define DBGENG_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "vmwrite/vmwrite.h"
#include "vmwrite/dbgeng.h"

/* The page size of every target vmwrite supports (x86-64). */
#define DBGENG_PAGE		4096UL

#define dbgeng_container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

/* ---- cache.c ------------------------------------------------------------ */

#define DBGENG_CACHE_EMPTY	UINT64_MAX

struct dbgeng_cache_slot {
	uint64_t page;		/* target address of the page, or DBGENG_CACHE_EMPTY */
};

/* Zero slots: no cache. */
struct dbgeng_cache {
	struct dbgeng_cache_slot *slots;
	unsigned char *data;	/* nslots pages */
	size_t nslots;
	size_t clock;		/* next victim among full neighbours */
};

void dbgeng__cache_init(struct dbgeng_cache *c);
void dbgeng__cache_free(struct dbgeng_cache *c);
int dbgeng__cache_resize(struct dbgeng_cache *c, uint64_t bytes);
void dbgeng__cache_flush(struct dbgeng_cache *c);
const unsigned char *dbgeng__cache_lookup(const struct dbgeng_cache *c, uint64_t page);
void dbgeng__cache_insert(struct dbgeng_cache *c, uint64_t page, const void *bytes);
void dbgeng__cache_update(struct dbgeng_cache *c, uint64_t addr, const void *buf, size_t len);
void dbgeng__cache_invalidate(struct dbgeng_cache *c, uint64_t addr, uint64_t len);

/* ---- hresult.c ---------------------------------------------------------- */

HRESULT dbgeng__hresult(int err, bool write);

/* ---- engine.c ----------------------------------------------------------- */

/* The default cache of kernel sessions, as dbgeng's: about a megabyte. */
#define DBGENG_KERNEL_CACHE_DEFAULT	(1024 * 1024)

/*
 * One engine per process, as in dbgeng: every client object (every
 * DebugCreate()) holds a reference to it, so that all of them see the one
 * session -- an attach, a detach or an EndSession through any client acts
 * on it.  The last reference detaches and frees it; the next DebugCreate()
 * makes a new one.  @refs is atomic; the process's engine is found under
 * a lock of engine.c's own.
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
struct dbgeng_engine {
	unsigned int refs;		/* atomic */
	pthread_mutex_t attach_lock;
	unsigned int users;		/* atomic: data calls in flight */
	struct vmw_target *target;	/* atomic; NULL until attached */
	bool kernel;
	bool event_pending;		/* the attach, for WaitForEvent() */
	pthread_mutex_t cache_lock;
	unsigned int cache_on;		/* atomic: cache.nslots != 0, a hint */
	struct dbgeng_cache cache;
	uint64_t cache_bytes;		/* asked for; UINT64_MAX: the default */
	ULONG engine_options;
};

/* The process's engine, with a reference of the caller's; NULL: no memory. */
struct dbgeng_engine *dbgeng__engine_get(void);
/* Another reference to @e, whose caller holds one already. */
void dbgeng__engine_hold(struct dbgeng_engine *e);
/* Drop a reference; the last one detaches and frees @e. */
void dbgeng__engine_put(struct dbgeng_engine *e);

/* A process if @kernel is false, else the local kernel; once per session. */
HRESULT dbgeng__engine_attach(struct dbgeng_engine *e, pid_t pid, bool kernel);
void dbgeng__engine_detach(struct dbgeng_engine *e);
/* S_OK once after an attach, then E_UNEXPECTED: see WaitForEvent. */
HRESULT dbgeng__engine_take_event(struct dbgeng_engine *e);
bool dbgeng__engine_attached(struct dbgeng_engine *e);
/* What the engine is attached to, for GetDebuggeeType and its kin. */
enum dbgeng_debuggee {
	DBGENG_NONE,		/* not attached */
	DBGENG_PROCESS,
	DBGENG_KERNEL,
};
/* @waited: set if the attach's event was taken by WaitForEvent. */
enum dbgeng_debuggee dbgeng__engine_debuggee(struct dbgeng_engine *e, bool *waited);

/* The target, counted in users until dbgeng__engine_end(); NULL: none. */
struct vmw_target *dbgeng__engine_begin(struct dbgeng_engine *e);
void dbgeng__engine_end(struct dbgeng_engine *e);

/* ReadVirtual and WriteVirtual (@cached) or their Uncached forms. */
HRESULT dbgeng__engine_read(struct dbgeng_engine *e, ULONG64 addr, void *buf, ULONG len,
			    PULONG done, bool cached);
HRESULT dbgeng__engine_write(struct dbgeng_engine *e, ULONG64 addr, const void *buf,
			     ULONG len, PULONG done, bool cached);
int dbgeng__engine_set_cache_size(struct dbgeng_engine *e, uint64_t bytes);
void dbgeng__engine_flush_cache(struct dbgeng_engine *e);
/* The @len bytes at @addr changed behind the cache: drop what it holds there. */
void dbgeng__engine_forget(struct dbgeng_engine *e, uint64_t addr, uint64_t len);

/* ---- object.c ----------------------------------------------------------- */

/*
 * A client object, what one DebugCreate() hands out: its interfaces are
 * its members, QueryInterface hands out their addresses (IUnknown is the
 * IDebugClient5 one), container_of() finds the object again, and one
 * reference count covers them all.  Every client of a process shares its
 * engine.
 */
struct dbgeng_client {
	IDebugClient5 client;		/* IUnknown, IDebugClient..5 */
	IDebugControl control;
	IDebugDataSpaces4 data;		/* IDebugDataSpaces..4 */
	unsigned int refs;		/* atomic */
	struct dbgeng_engine *engine;	/* one reference */
};

/* A new client of the process's engine, one reference; NULL: no memory. */
struct dbgeng_client *dbgeng__client_new(void);
ULONG dbgeng__client_addref(struct dbgeng_client *c);
ULONG dbgeng__client_release(struct dbgeng_client *c);
HRESULT dbgeng__client_query(struct dbgeng_client *c, REFIID iid, PVOID *out);

/* ---- client.c, control.c, dataspaces.c ---------------------------------- */

extern const IDebugClient5Vtbl dbgeng__client_vtbl;
extern const IDebugControlVtbl dbgeng__control_vtbl;
extern const IDebugDataSpaces4Vtbl dbgeng__dataspaces_vtbl;

#endif /* DBGENG_INTERNAL_H */
