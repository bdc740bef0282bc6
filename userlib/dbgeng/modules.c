// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The session's modules and their symbols, for IDebugSymbols: a snapshot
 * taken at the first call that needs it and kept until Reload or the next
 * session.  A process's modules are the ELF files it maps (from
 * /proc/PID/maps), named as dbgeng names them, without their extension
 * ("libc" for libc.so.6); the kernel's are the image ("vmlinux", which
 * also answers to "nt") and the modules of /proc/modules.  Symbols come
 * from the files' .symtab or .dynsym and from /proc/kallsyms, through the
 * internal symbols archive (../symbols).
 *
 * Everything here runs under the engine's symbols lock: symbol calls are
 * not on the data path.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "symbols.h"

/* The name dbgeng's kernel callers write for the kernel image. */
#define KERNEL_ALIAS	"nt"

struct module_entry {
	struct dbgeng_module pub;
	size_t elf;		/* a process's: index in dbgeng_modules.elf */
	int syms_err;		/* a process's: 1 until loaded, then 0 or -errno */
	struct symtab syms;	/* a process's, sorted */
};

struct dbgeng_modules {
	unsigned long session;
	bool kernel;
	struct module_entry *m;
	size_t n;
	struct modules elf;	/* a process's mapped files */
	struct ksyms ksyms;	/* the kernel's symbols */
};

void dbgeng__modules_free(struct dbgeng_modules *mods)
{
	size_t i;

	if (!mods)
		return;
	for (i = 0; i < mods->n; i++)
		symtab_free(&mods->m[i].syms);
	free(mods->m);
	modules_free(&mods->elf);
	ksyms_free(&mods->ksyms);
	free(mods);
}

/* "libc" of "libc.so.6": the file name up to ".so", if it has one. */
static void module_name(char *out, size_t size, const char *file)
{
	const char *so = file;
	size_t len = strlen(file);

	while ((so = strstr(so, ".so")) != NULL) {
		if (so > file && (so[3] == '\0' || so[3] == '.')) {
			len = (size_t)(so - file);
			break;
		}
		so += 3;
	}
	snprintf(out, size, "%.*s", (int)len, file);
}

static int snapshot_process(struct dbgeng_modules *mods, pid_t pid)
{
	char why[256];
	size_t i, n = 0;
	int err = modules_load(pid, &mods->elf, why, sizeof(why));

	if (err)
		return err;
	mods->m = calloc(mods->elf.n ? mods->elf.n : 1, sizeof(*mods->m));
	if (!mods->m)
		return -ENOMEM;
	for (i = 0; i < mods->elf.n; i++) {
		const struct module *f = &mods->elf.m[i];
		struct module_entry *e = &mods->m[n];

		/* An image is mapped from its start; data files are not modules. */
		if (!f->has_base || elf_check(&mods->elf, f))
			continue;
		module_name(e->pub.name, sizeof(e->pub.name), f->name);
		snprintf(e->pub.image, sizeof(e->pub.image), "%s", f->path);
		e->pub.base = f->base;
		e->pub.size = f->end - f->base;
		e->elf = i;
		e->syms_err = 1;
		n++;
	}
	mods->n = n;
	return 0;
}

static int snapshot_kernel(struct dbgeng_modules *mods)
{
	size_t i;
	int err = ksyms_load(KALLSYMS_PATH, MODULES_PATH, &mods->ksyms);

	if (err)
		return err;
	mods->m = calloc(mods->ksyms.nmod, sizeof(*mods->m));
	if (!mods->m)
		return -ENOMEM;
	for (i = 0; i < mods->ksyms.nmod; i++) {
		const struct kmodule *k = &mods->ksyms.mod[i];
		struct module_entry *e = &mods->m[i];

		snprintf(e->pub.name, sizeof(e->pub.name), "%s", k->name);
		snprintf(e->pub.image, sizeof(e->pub.image), i ? "%s.ko" : "%s", k->name);
		e->pub.base = k->base;
		e->pub.size = k->size;
	}
	mods->n = mods->ksyms.nmod;
	return 0;
}

static HRESULT snapshot_error(int err)
{
	/* kptr_restrict hides the kernel's addresses from this process. */
	if (err == -EPERM || err == -EACCES)
		return E_ACCESSDENIED;
	if (err == -ENOMEM)
		return E_OUTOFMEMORY;
	return dbgeng__hresult(err, false);
}

/*
 * The snapshot of the current session, taken if there is none or it is of
 * an earlier one.  With the symbols lock held.
 */
static HRESULT snapshot(struct dbgeng_engine *e, struct dbgeng_modules **out)
{
	struct dbgeng_modules *mods;
	unsigned long session;
	enum dbgeng_debuggee d;
	pid_t pid;
	int err;

	d = dbgeng__engine_session(e, &pid, &session);
	if (d == DBGENG_NONE)
		return E_UNEXPECTED;
	if (e->modules && e->modules->session == session) {
		*out = e->modules;
		return S_OK;
	}
	dbgeng__modules_free(e->modules);
	e->modules = NULL;
	mods = calloc(1, sizeof(*mods));
	if (!mods)
		return E_OUTOFMEMORY;
	mods->session = session;
	mods->kernel = d == DBGENG_KERNEL;
	err = mods->kernel ? snapshot_kernel(mods) : snapshot_process(mods, pid);
	if (err) {
		dbgeng__modules_free(mods);
		return snapshot_error(err);
	}
	e->modules = mods;
	*out = mods;
	return S_OK;
}

/* A process module's symbols, read at first use; 0 or -errno. */
static int module_symbols(struct dbgeng_modules *mods, struct module_entry *m)
{
	char why[256];

	if (mods->kernel || m->syms_err <= 0)
		return mods->kernel ? 0 : m->syms_err;
	m->syms_err = elf_symbols(&mods->elf, &mods->elf.m[m->elf], (unsigned int)(m - mods->m),
				  &m->syms, why, sizeof(why));
	if (!m->syms_err)
		symtab_sort(&m->syms);
	return m->syms_err;
}

/* Does module @m answer to @name (@len bytes): its name, its file name, "nt"? */
static bool module_called(const struct dbgeng_modules *mods, const struct module_entry *m,
			  const char *name, size_t len)
{
	const char *file = strrchr(m->pub.image, '/');

	file = file ? file + 1 : m->pub.image;
	if ((strlen(m->pub.name) == len && !strncmp(m->pub.name, name, len)) ||
	    (strlen(file) == len && !strncmp(file, name, len)))
		return true;
	return mods->kernel && m == mods->m && len == strlen(KERNEL_ALIAS) &&
	       !strncmp(name, KERNEL_ALIAS, len);
}

static struct module_entry *module_find(struct dbgeng_modules *mods, const char *name,
					size_t len, size_t start)
{
	size_t i;

	for (i = start; i < mods->n; i++)
		if (module_called(mods, &mods->m[i], name, len))
			return &mods->m[i];
	return NULL;
}

static struct module_entry *module_at(struct dbgeng_modules *mods, uint64_t addr, size_t start)
{
	size_t i;

	for (i = start; i < mods->n; i++)
		if (addr >= mods->m[i].pub.base && addr - mods->m[i].pub.base < mods->m[i].pub.size)
			return &mods->m[i];
	return NULL;
}

HRESULT dbgeng__modules_number(struct dbgeng_engine *e, PULONG number)
{
	struct dbgeng_modules *mods;
	HRESULT hr;

	pthread_mutex_lock(&e->symbols_lock);
	hr = snapshot(e, &mods);
	if (SUCCEEDED(hr))
		*number = (ULONG)mods->n;
	pthread_mutex_unlock(&e->symbols_lock);
	return hr;
}

HRESULT dbgeng__module_get(struct dbgeng_engine *e, ULONG index, ULONG64 base,
			   struct dbgeng_module *out)
{
	struct dbgeng_modules *mods;
	struct module_entry *m = NULL;
	HRESULT hr;
	size_t i;

	pthread_mutex_lock(&e->symbols_lock);
	hr = snapshot(e, &mods);
	if (FAILED(hr))
		goto out;
	if (index != DEBUG_ANY_ID) {
		m = index < mods->n ? &mods->m[index] : NULL;
	} else {
		for (i = 0; i < mods->n && !m; i++)
			if (mods->m[i].pub.base == base)
				m = &mods->m[i];
	}
	if (m)
		*out = m->pub;
	else
		hr = E_INVALIDARG;
out:
	pthread_mutex_unlock(&e->symbols_lock);
	return hr;
}

/*
 * The first module from @start that answers to @name (if not NULL) or
 * holds @addr: its index and base.  E_INVALIDARG if none does.
 */
static HRESULT module_lookup(struct dbgeng_engine *e, const char *name, ULONG64 addr,
			     ULONG start, PULONG index, PULONG64 base)
{
	struct dbgeng_modules *mods;
	struct module_entry *m;
	HRESULT hr;

	pthread_mutex_lock(&e->symbols_lock);
	hr = snapshot(e, &mods);
	if (FAILED(hr))
		goto out;
	m = name ? module_find(mods, name, strlen(name), start) : module_at(mods, addr, start);
	if (!m) {
		hr = E_INVALIDARG;
		goto out;
	}
	if (index)
		*index = (ULONG)(m - mods->m);
	if (base)
		*base = m->pub.base;
out:
	pthread_mutex_unlock(&e->symbols_lock);
	return hr;
}

HRESULT dbgeng__module_by_name(struct dbgeng_engine *e, const char *name, ULONG start,
			       PULONG index, PULONG64 base)
{
	return module_lookup(e, name, 0, start, index, base);
}

HRESULT dbgeng__module_by_offset(struct dbgeng_engine *e, ULONG64 addr, ULONG start,
				 PULONG index, PULONG64 base)
{
	return module_lookup(e, NULL, addr, start, index, base);
}

/*
 * Look @name (@len bytes) up in @m, or in every module if @m is NULL: the
 * first definition in module order in *@addr, and whether another one is
 * elsewhere.  S_OK: one address; S_FALSE: several (dbgeng's "not
 * unique"); E_FAIL: none.
 */
static HRESULT symbol_lookup(struct dbgeng_modules *mods, struct module_entry *only,
			     const char *name, size_t len, ULONG64 *addr, ULONG64 *base)
{
	bool found = false, distinct = false;
	const struct symbol *s;
	const struct symtab *t;
	size_t i;

	for (i = 0; i < mods->n; i++) {
		struct module_entry *m = &mods->m[i], *owner;

		if (mods->kernel) {
			if (i)
				break;	/* the kernel's are all in one table */
			t = &mods->ksyms.tab;
		} else {
			/* An unreadable file just has no symbols. */
			if ((only && m != only) || module_symbols(mods, m))
				continue;
			t = &m->syms;
		}
		for (s = symtab_find(t, name, len, NULL); s; s = symtab_find(t, name, len, s)) {
			owner = mods->kernel ? &mods->m[s->module] : m;
			if (only && owner != only)
				continue;
			if (!found) {
				*addr = s->addr;
				*base = owner->pub.base;
			}
			distinct |= found && s->addr != *addr;
			found = true;
		}
	}
	if (!found)
		return E_FAIL;
	return distinct ? S_FALSE : S_OK;
}

HRESULT dbgeng__symbol_offset(struct dbgeng_engine *e, const char *symbol, PULONG64 addr,
			      PULONG64 base)
{
	const char *bang = strchr(symbol, '!'), *name = bang ? bang + 1 : symbol;
	struct dbgeng_modules *mods;
	struct module_entry *m = NULL;
	ULONG64 a = 0, b = 0;
	HRESULT hr;

	if (!*name)
		return E_INVALIDARG;
	pthread_mutex_lock(&e->symbols_lock);
	hr = snapshot(e, &mods);
	if (FAILED(hr))
		goto out;
	if (bang) {
		m = module_find(mods, symbol, (size_t)(bang - symbol), 0);
		if (!m) {
			hr = E_FAIL;
			goto out;
		}
	}
	hr = symbol_lookup(mods, m, name, strlen(name), &a, &b);
	if (SUCCEEDED(hr)) {
		if (addr)
			*addr = a;
		if (base)
			*base = b;
	}
out:
	pthread_mutex_unlock(&e->symbols_lock);
	return hr;
}

HRESULT dbgeng__symbol_name(struct dbgeng_engine *e, ULONG64 addr, char *buf, size_t size,
			    PULONG64 displacement)
{
	struct dbgeng_modules *mods;
	const struct symbol *s = NULL;
	struct module_entry *m;
	const char *name;
	HRESULT hr;

	pthread_mutex_lock(&e->symbols_lock);
	hr = snapshot(e, &mods);
	if (FAILED(hr))
		goto out;
	if (mods->kernel) {
		s = symtab_at(&mods->ksyms.tab, addr);
		m = s ? &mods->m[s->module] : NULL;
		name = s ? symbol_name(&mods->ksyms.tab, s) : NULL;
	} else {
		m = module_at(mods, addr, 0);
		if (m && !module_symbols(mods, m))
			s = symtab_at(&m->syms, addr);
		name = s ? symbol_name(&m->syms, s) : NULL;
	}
	if (!s) {
		hr = E_FAIL;
		goto out;
	}
	snprintf(buf, size, "%s!%s", m->pub.name, name);
	if (displacement)
		*displacement = addr - s->addr;
out:
	pthread_mutex_unlock(&e->symbols_lock);
	return hr;
}

HRESULT dbgeng__modules_reload(struct dbgeng_engine *e)
{
	struct dbgeng_modules *mods;
	HRESULT hr;

	pthread_mutex_lock(&e->symbols_lock);
	dbgeng__modules_free(e->modules);
	e->modules = NULL;
	hr = snapshot(e, &mods);
	pthread_mutex_unlock(&e->symbols_lock);
	return hr;
}
