/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * Internals of libvmwrite-dbgeng, in layers; each file calls only the
 * layers below its own, never a file beside it:
 *
 *   dbgeng.c                  DebugCreate, DebugConnect, the free functions
 *                             (ReadVirtual & co., VmwSetCurrentDataSpaces,
 *                             the cache controls)
 *   client.c control.c        one COM interface family each: argument
 *   dataspaces.c symbols.c    checks and translation to the engine and
 *   sysobjects.c registers.c  libvmwrite (registers.c: IDebugAdvanced and
 *                             IDebugRegisters, all E_NOTIMPL)
 *   object.c callbacks.c      a client object, what one DebugCreate() hands
 *                             out: COM identity and reference count; the
 *                             callbacks it registered, output and events
 *   modules.c types.c         the session's modules and symbols; the
 *                             kernel's types from BTF
 *   engine.c                  the one session of the process: attach and
 *                             detach, the target's users, cached reads
 *   cache.c hresult.c         the page cache; errno -> HRESULT;
 *   strings.c                 dbgeng's string buffers, UTF-8 <-> UTF-16
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

/* ---- strings.c ---------------------------------------------------------- */

/*
 * Copy @len bytes of a string to @dst of @size characters of @unit bytes:
 * S_OK if it fits, else as much as fits, terminated, and S_FALSE.
 */
HRESULT dbgeng__copy_out(void *dst, ULONG size, const void *src, ULONG len, unsigned int unit);
/* UTF-8 of @n UTF-16 code units at @w, into @out (3 bytes per unit + 1). */
size_t dbgeng__utf16_to_utf8(const unsigned char *w, size_t n, unsigned char *out);
/* UTF-16 (little-endian bytes) of @n bytes of UTF-8, into @out (2 bytes per byte). */
size_t dbgeng__utf8_to_utf16(const unsigned char *s, size_t n, unsigned char *out);
/*
 * UTF-8 string @s, terminated, out to @buf of @size characters of @unit
 * bytes (2: as UTF-16), its size in characters with the terminator in
 * *@needed: S_OK, S_FALSE if cut, E_OUTOFMEMORY.
 */
HRESULT dbgeng__string_out(const char *s, void *buf, ULONG size, PULONG needed,
			   unsigned int unit);
/* A UTF-8 copy of @w, to free(); NULL if @w is NULL or no memory. */
char *dbgeng__utf8_of(PCWSTR w);

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
	ULONG symbol_options;		/* atomic */
	ULONG current_thread;		/* atomic: IDebugSystemObjects's current */
	pid_t pid;			/* the process attached, 0 for the kernel */
	unsigned long session;		/* attaches so far: which session is this */
	pthread_mutex_t symbols_lock;	/* @modules and everything in it */
	struct dbgeng_modules *modules;	/* modules.c's, NULL until a symbol call */
	struct dbgeng_types *types;	/* types.c's, NULL until a type call */
	pthread_mutex_t clients_lock;	/* @clients, object.c's */
	struct dbgeng_client *clients;	/* every client object, for callbacks */
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

/* What is attached now, the process's id, and which session this is. */
enum dbgeng_debuggee dbgeng__engine_session(struct dbgeng_engine *e, pid_t *pid,
					    unsigned long *session);

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

/* ---- modules.c ---------------------------------------------------------- */

/* A module as IDebugSymbols describes it. */
struct dbgeng_module {
	char name[64];		/* "libc", "vmlinux", "ext4" */
	char image[4096];	/* its file: a path, "vmlinux", "ext4.ko" */
	uint64_t base, size;
};

/* The session's modules and symbols (engine.symbols_lock); NULL is none. */
struct dbgeng_modules;
void dbgeng__modules_free(struct dbgeng_modules *mods);

/*
 * Each takes a snapshot of the session's modules at its first use (and
 * after dbgeng__modules_reload()); E_UNEXPECTED when not attached.
 */
HRESULT dbgeng__modules_number(struct dbgeng_engine *e, PULONG number);
/* Module @index, or the one at @base if @index is DEBUG_ANY_ID; E_INVALIDARG: none. */
HRESULT dbgeng__module_get(struct dbgeng_engine *e, ULONG index, ULONG64 base,
			   struct dbgeng_module *out);
/* The first module from @start called @name (or its file name, or "nt"). */
HRESULT dbgeng__module_by_name(struct dbgeng_engine *e, const char *name, ULONG start,
			       PULONG index, PULONG64 base);
HRESULT dbgeng__module_by_offset(struct dbgeng_engine *e, ULONG64 addr, ULONG start,
				 PULONG index, PULONG64 base);
/* "module!symbol" or "symbol": S_OK, S_FALSE if not unique (the first), E_FAIL. */
HRESULT dbgeng__symbol_offset(struct dbgeng_engine *e, const char *symbol, PULONG64 addr,
			      PULONG64 base);
/* "module!symbol" at or before @addr, in @buf (truncated to @size); E_FAIL: none. */
HRESULT dbgeng__symbol_name(struct dbgeng_engine *e, ULONG64 addr, char *buf, size_t size,
			    PULONG64 displacement);
HRESULT dbgeng__modules_reload(struct dbgeng_engine *e);

/* ---- types.c ------------------------------------------------------------ */

/*
 * The local kernel's types from BTF, by module base (0: the kernel image)
 * or "module!" before a name: E_UNEXPECTED when not attached, E_NOTIMPL
 * for a process, E_NOINTERFACE for no such type or field, E_INVALIDARG.
 */
struct dbgeng_types;
void dbgeng__types_free(struct dbgeng_types *types);
HRESULT dbgeng__type_id(struct dbgeng_engine *e, ULONG64 module, const char *name, PULONG id);
HRESULT dbgeng__type_size(struct dbgeng_engine *e, ULONG64 module, ULONG id, PULONG size);
/* The C name of type @id, in @buf (truncated to @size). */
HRESULT dbgeng__type_name(struct dbgeng_engine *e, ULONG64 module, ULONG id, char *buf,
			  size_t size);
/* Field @field ("a.b.c") of type @id: its type and offset, either may be NULL. */
HRESULT dbgeng__type_field(struct dbgeng_engine *e, ULONG64 module, ULONG id,
			   const char *field, PULONG field_type, PULONG offset);

/* ---- callbacks.c -------------------------------------------------------- */

/*
 * What a client registered, each with a reference of ours, under @lock.
 * A Wide and a narrow callback of one kind exclude each other, as in
 * dbgeng: setting one replaces the other.
 */
struct dbgeng_callbacks {
	pthread_mutex_t lock;
	IDebugOutputCallbacks *output;
	IDebugOutputCallbacksWide *output_wide;
	ULONG output_mask;
	IDebugEventCallbacks *events;
	IDebugEventCallbacksWide *events_wide;
	ULONG interest;			/* what GetInterestMask said */
	IDebugInputCallbacks *input;
};

/* DEBUG_OUTPUT_* a new client receives: all but verbose output. */
#define DBGENG_OUTPUT_MASK_DEFAULT	(DEBUG_OUTPUT_NORMAL | DEBUG_OUTPUT_ERROR | \
					 DEBUG_OUTPUT_WARNING | DEBUG_OUTPUT_PROMPT | \
					 DEBUG_OUTPUT_PROMPT_REGISTERS | \
					 DEBUG_OUTPUT_EXTENSION_WARNING | \
					 DEBUG_OUTPUT_DEBUGGEE | DEBUG_OUTPUT_DEBUGGEE_PROMPT | \
					 DEBUG_OUTPUT_SYMBOLS)

struct dbgeng_client;
void dbgeng__callbacks_init(struct dbgeng_callbacks *cb);
/* Release every callback (the client is going). */
void dbgeng__callbacks_free(struct dbgeng_callbacks *cb);
/*
 * Register @obj (held; NULL removes) in *@slot of @cb, a member of it, and
 * clear *@other, its narrow or Wide twin (NULL: none); what was there is
 * released.  The _events form sets the interest mask along with it.
 */
HRESULT dbgeng__callback_set(struct dbgeng_callbacks *cb, void **slot, void **other,
			     void *obj);
HRESULT dbgeng__callback_set_events(struct dbgeng_callbacks *cb, void **slot, void **other,
				    void *obj, ULONG interest);
/* *@out = *@slot, held for the caller as COM getters hand out; E_POINTER. */
HRESULT dbgeng__callback_get(struct dbgeng_callbacks *cb, void **slot, void **out);
/*
 * @text, of DEBUG_OUTPUT_* @mask, to the output callbacks of the clients
 * @outctl names (DEBUG_OUTCTL_*; the ambient ones mean all clients) whose
 * output mask has @mask, called on this thread.  E_INVALIDARG for a bad
 * @outctl.
 */
HRESULT dbgeng__output(struct dbgeng_client *from, ULONG outctl, ULONG mask, const char *text);
/* The events a non-invasive session has, to every client interested. */
void dbgeng__event_session_status(struct dbgeng_engine *e, ULONG status);
void dbgeng__event_engine_state(struct dbgeng_engine *e, ULONG flags, ULONG64 arg);
void dbgeng__event_symbol_state(struct dbgeng_engine *e, ULONG flags, ULONG64 arg);

/* ---- object.c ----------------------------------------------------------- */

/*
 * A client object, what one DebugCreate() hands out: its interfaces are
 * its members, QueryInterface hands out their addresses (IUnknown is the
 * IDebugClient5 one), container_of() finds the object again, and one
 * reference count covers them all.  Every client of a process shares its
 * engine.
 */
struct dbgeng_client {
	IDebugClient7 client;		/* IUnknown, IDebugClient..7 */
	IDebugControl7 control;		/* IDebugControl..7 */
	IDebugDataSpaces4 data;		/* IDebugDataSpaces..4 */
	IDebugSymbols5 symbols;		/* IDebugSymbols..5 */
	IDebugSystemObjects4 sysobj;	/* IDebugSystemObjects..4 */
	IDebugAdvanced3 advanced;	/* IDebugAdvanced..3 */
	IDebugRegisters2 registers;	/* IDebugRegisters..2 */
	unsigned int refs;		/* atomic */
	struct dbgeng_engine *engine;	/* one reference */
	struct dbgeng_client *next;	/* in engine.clients */
	struct dbgeng_callbacks cb;	/* callbacks.c's */
};

/* A new client of the process's engine, one reference; NULL: no memory. */
struct dbgeng_client *dbgeng__client_new(void);
ULONG dbgeng__client_addref(struct dbgeng_client *c);
ULONG dbgeng__client_release(struct dbgeng_client *c);
HRESULT dbgeng__client_query(struct dbgeng_client *c, REFIID iid, PVOID *out);

/* ---- client.c, control.c, dataspaces.c, symbols.c, sysobjects.c, registers.c */

extern const IDebugClient7Vtbl dbgeng__client_vtbl;
extern const IDebugControl7Vtbl dbgeng__control_vtbl;
extern const IDebugDataSpaces4Vtbl dbgeng__dataspaces_vtbl;
extern const IDebugSymbols5Vtbl dbgeng__symbols_vtbl;
extern const IDebugSystemObjects4Vtbl dbgeng__sysobj_vtbl;
extern const IDebugAdvanced3Vtbl dbgeng__advanced_vtbl;
extern const IDebugRegisters2Vtbl dbgeng__registers_vtbl;

#endif /* DBGENG_INTERNAL_H */
