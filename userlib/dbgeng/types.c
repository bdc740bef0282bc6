// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Types for IDebugSymbols: the running kernel's, from the BTF it carries
 * (../symbols/btf.c over libbpf), so that an extension finds
 * task_struct.pid by name as it finds _EPROCESS fields on Windows.  A type
 * id is BTF's; the module argument picks whose BTF: the kernel image's (0,
 * its base, or "vmlinux!"/"nt!" before the name) or a loaded module's (its
 * base or "module!").  Processes have no types here (E_NOTIMPL).
 *
 * The BTF handles are opened at first use and kept for the engine's life
 * (the kernel image's is megabytes to parse), under the symbols lock.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "btf.h"

/* Modules whose BTF stays open at once; more are opened and dropped in turn. */
#define TYPES_MODULES	16

struct dbgeng_types {
	struct ktypes *kernel;
	struct {
		char name[64];
		struct ktypes *kt;
	} mod[TYPES_MODULES];
	size_t next;		/* the slot a new module takes */
};

void dbgeng__types_free(struct dbgeng_types *types)
{
	size_t i;

	if (!types)
		return;
	for (i = 0; i < TYPES_MODULES; i++)
		ktypes_close(types->mod[i].kt);
	ktypes_close(types->kernel);
	free(types);
}

/* What BTF's answers mean to a dbgeng caller. */
static HRESULT types_error(int err)
{
	switch (err) {
	case -ENOENT:
		return E_NOINTERFACE;	/* dbgeng's "no such type or field" */
	case -EINVAL:
	case -ERANGE:
		return E_INVALIDARG;
	case -ENOMEM:
		return E_OUTOFMEMORY;
	default:
		return dbgeng__hresult(err, false);
	}
}

/* The handle of module @name ("vmlinux" for the image), opened if need be. */
static HRESULT types_open(struct dbgeng_engine *e, const char *name, struct ktypes **out)
{
	struct dbgeng_types *t = e->types;
	char why[256];
	size_t i;
	int err;

	if (!t) {
		t = calloc(1, sizeof(*t));
		if (!t)
			return E_OUTOFMEMORY;
		e->types = t;
	}
	if (!t->kernel) {
		err = ktypes_open(NULL, &t->kernel, why, sizeof(why));
		if (err)
			return types_error(err);
	}
	if (!strcmp(name, KTYPES_KERNEL)) {
		*out = t->kernel;
		return S_OK;
	}
	for (i = 0; i < TYPES_MODULES; i++) {
		if (t->mod[i].kt && !strcmp(t->mod[i].name, name)) {
			*out = t->mod[i].kt;
			return S_OK;
		}
	}
	i = t->next++ % TYPES_MODULES;
	ktypes_close(t->mod[i].kt);
	t->mod[i].kt = NULL;
	err = ktypes_open_module(t->kernel, name, &t->mod[i].kt, why, sizeof(why));
	if (err)
		return types_error(err);
	snprintf(t->mod[i].name, sizeof(t->mod[i].name), "%s", name);
	*out = t->mod[i].kt;
	return S_OK;
}

/*
 * Whose BTF answers: the module named before a '!' in *@name (which then
 * moves past it), else the module at @base, else (0) the kernel image.
 * Its name in @module (KTYPES_KERNEL for the image).  Without the symbols
 * lock: the module look-ups take it.
 */
static HRESULT types_module(struct dbgeng_engine *e, ULONG64 base, const char **name,
			    char module[64])
{
	const char *bang = name ? strchr(*name, '!') : NULL;
	struct dbgeng_module m;
	HRESULT hr;

	switch (dbgeng__engine_debuggee(e, NULL)) {
	case DBGENG_NONE:
		return E_UNEXPECTED;
	case DBGENG_PROCESS:
		return E_NOTIMPL;	/* DWARF types: not here */
	default:
		break;
	}
	if (bang) {
		snprintf(module, 64, "%.*s", (int)(bang - *name), *name);
		*name = bang + 1;
		hr = dbgeng__module_by_name(e, module, 0, NULL, &base);
		if (FAILED(hr))
			return hr;
	} else if (!base) {
		snprintf(module, 64, "%s", KTYPES_KERNEL);
		return S_OK;
	}
	hr = dbgeng__module_get(e, DEBUG_ANY_ID, base, &m);
	if (SUCCEEDED(hr))
		snprintf(module, 64, "%s", m.name);
	return hr;
}

/* types_module() and types_open(): the handle, with the symbols lock taken. */
static HRESULT types_of(struct dbgeng_engine *e, ULONG64 base, const char **name,
			struct ktypes **out)
{
	char module[64];
	HRESULT hr = types_module(e, base, name, module);

	if (FAILED(hr))
		return hr;
	pthread_mutex_lock(&e->symbols_lock);
	hr = types_open(e, module, out);
	if (FAILED(hr))
		pthread_mutex_unlock(&e->symbols_lock);
	return hr;
}

HRESULT dbgeng__type_id(struct dbgeng_engine *e, ULONG64 module, const char *name, PULONG id)
{
	struct ktypes *kt;
	char why[256];
	uint32_t v;
	HRESULT hr;
	int err;

	hr = types_of(e, module, &name, &kt);
	if (SUCCEEDED(hr)) {
		err = ktypes_find(kt, name, strlen(name), &v, why, sizeof(why));
		hr = err ? types_error(err) : S_OK;
		if (!err)
			*id = v;
		pthread_mutex_unlock(&e->symbols_lock);
	}
	return hr;
}

HRESULT dbgeng__type_size(struct dbgeng_engine *e, ULONG64 module, ULONG id, PULONG size)
{
	struct ktypes *kt;
	uint64_t bytes;
	char why[256];
	HRESULT hr;
	int err;

	hr = types_of(e, module, NULL, &kt);
	if (SUCCEEDED(hr)) {
		err = ktypes_size(kt, id, &bytes, why, sizeof(why));
		hr = err ? types_error(err) : bytes > UINT32_MAX ? E_INVALIDARG : S_OK;
		if (hr == S_OK)
			*size = (ULONG)bytes;
		pthread_mutex_unlock(&e->symbols_lock);
	}
	return hr;
}

HRESULT dbgeng__type_name(struct dbgeng_engine *e, ULONG64 module, ULONG id, char *buf,
			  size_t size)
{
	struct ktypes *kt;
	char why[256], *name;
	HRESULT hr;
	int err;

	hr = types_of(e, module, NULL, &kt);
	if (SUCCEEDED(hr)) {
		err = ktypes_name(kt, id, &name, why, sizeof(why));
		hr = err ? types_error(err) : S_OK;
		if (!err) {
			snprintf(buf, size, "%s", name);
			free(name);
		}
		pthread_mutex_unlock(&e->symbols_lock);
	}
	return hr;
}

HRESULT dbgeng__type_field(struct dbgeng_engine *e, ULONG64 module, ULONG id,
			   const char *field, PULONG field_type, PULONG offset)
{
	struct ktypes_field f;
	struct ktypes *kt;
	char why[256];
	HRESULT hr;
	int err;

	hr = types_of(e, module, NULL, &kt);
	if (SUCCEEDED(hr)) {
		err = ktypes_field(kt, id, field, strlen(field), &f, why, sizeof(why));
		hr = err ? types_error(err) : f.offset > UINT32_MAX ? E_INVALIDARG : S_OK;
		if (hr == S_OK) {
			if (field_type)
				*field_type = f.type;
			if (offset)
				*offset = (ULONG)f.offset;
		}
		pthread_mutex_unlock(&e->symbols_lock);
	}
	return hr;
}
