// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Kernel symbols: names of a kallsyms file, and the per-CPU area of one CPU.
 * It knows the file's format ("ADDR TYPE NAME", "\t[MODULE]" after the
 * symbols of modules) and x86-64's per-CPU layout; it cannot tell which of
 * several symbols of one name a caller means.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "vmwrite/vmwrite.h"
#include "symbols.h"

int read_line(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "re");
	int err = 0;

	if (!f)
		return -errno;
	if (!fgets(buf, (int)size, f))
		err = ferror(f) ? -EIO : -ENODATA;
	fclose(f);
	if (!err)
		buf[strcspn(buf, "\n")] = '\0';
	return err;
}

/* The hexadecimal address that starts a kallsyms line. */
static uint64_t ksym_addr(const char *line)
{
	return strtoull(line, NULL, 16);
}

/* ksym_lookup() on open file @f. */
static int ksym_scan(FILE *f, const char *name, size_t len, struct ksym_lookup *l)
{
	bool nonzero = false, any = false;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int err;

	memset(l, 0, sizeof(*l));
	while ((n = getline(&line, &cap, f)) > 0) {
		char *sp = memchr(line, ' ', (size_t)n), *sym, *end, *p;
		struct ksym *k;

		if (!sp || line + n - sp < 4 || sp[2] != ' ')
			continue;	/* not a symbol line: cannot happen */
		any = true;
		/* Hidden addresses are all zeroes, every one of them. */
		for (p = line; !nonzero && p < sp; p++)
			nonzero = *p != '0';
		sym = sp + 3;
		end = sym + strcspn(sym, "\t\n");
		if ((size_t)(end - sym) != len || memcmp(sym, name, len))
			continue;
		k = l->count < KSYMS_KEPT ? &l->sym[l->count] : NULL;
		if (k) {
			k->addr = ksym_addr(line);
			if (end[0] == '\t' && end[1] == '[')
				snprintf(k->module, sizeof(k->module), "%.*s",
					 (int)strcspn(end + 2, "]\n"), end + 2);
		}
		if (l->count && ksym_addr(line) != l->sym[0].addr)
			l->distinct = true;
		l->count++;
	}
	err = ferror(f) ? -EIO : 0;
	free(line);
	l->hidden = any && !nonzero;
	return err;
}

int ksym_lookup(const char *path, const char *name, size_t len, struct ksym_lookup *l)
{
	FILE *f = fopen(path, "re");
	int err;

	if (!f) {
		memset(l, 0, sizeof(*l));
		return -errno;
	}
	err = ksym_scan(f, name, len, l);
	fclose(f);
	return err;
}

void ksyms_free(struct ksyms *k)
{
	symtab_free(&k->tab);
	free(k->mod);
	k->mod = NULL;
	k->nmod = 0;
}

/* The index of module @name (@len bytes) in @k, added if new; -ENOMEM. */
static long kmodule_index(struct ksyms *k, const char *name, size_t len)
{
	struct kmodule *m;
	size_t i;

	for (i = 0; i < k->nmod; i++)
		if (strlen(k->mod[i].name) == len && !memcmp(k->mod[i].name, name, len))
			return (long)i;
	m = realloc(k->mod, (k->nmod + 1) * sizeof(*m));
	if (!m)
		return -ENOMEM;
	k->mod = m;
	m = &k->mod[k->nmod];
	memset(m, 0, sizeof(*m));
	snprintf(m->name, sizeof(m->name), "%.*s", (int)len, name);
	return (long)k->nmod++;
}

/* The lines of /proc/modules: "NAME SIZE REFS DEPS STATE ADDRESS ...". */
static int kmodules_read(FILE *f, struct ksyms *k)
{
	char name[64], state[16];
	unsigned long long size, addr;
	char *line = NULL;
	size_t cap = 0;
	long i;
	int err = 0;

	while (!err && getline(&line, &cap, f) > 0) {
		if (sscanf(line, "%63s %llu %*d %*s %15s %llx", name, &size, state, &addr) != 4)
			continue;
		i = kmodule_index(k, name, strlen(name));
		if (i < 0) {
			err = (int)i;
			break;
		}
		k->mod[i].base = addr;
		k->mod[i].size = size;
	}
	free(line);
	return err;
}

/* Add the symbols of kallsyms file @f to @k; the image's extent from its markers. */
static int ksyms_read(FILE *f, struct ksyms *k, bool *nonzero)
{
	uint64_t start = 0, end = 0;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int err = 0;

	while (!err && (n = getline(&line, &cap, f)) > 0) {
		char *sp = memchr(line, ' ', (size_t)n), *sym, *end_of_name;
		uint64_t addr;
		long mod = 0;
		size_t len;

		if (!sp || line + n - sp < 4 || sp[2] != ' ')
			continue;
		addr = ksym_addr(line);
		*nonzero |= addr != 0;
		sym = sp + 3;
		end_of_name = sym + strcspn(sym, "\t\n");
		len = (size_t)(end_of_name - sym);
		if (len == strlen(KERNEL_IMAGE_START) && !memcmp(sym, KERNEL_IMAGE_START, len))
			start = addr;
		if (len == strlen(KERNEL_IMAGE_END) && !memcmp(sym, KERNEL_IMAGE_END, len))
			end = addr;
		/* Per-CPU variables are listed by offset; absolute symbols are no place. */
		if (addr < KERNEL_HALF || sp[1] == 'a' || sp[1] == 'A')
			continue;
		if (end_of_name[0] == '\t' && end_of_name[1] == '[') {
			mod = kmodule_index(k, end_of_name + 2, strcspn(end_of_name + 2, "]\n"));
			if (mod < 0) {
				err = (int)mod;
				break;
			}
		}
		err = symtab_add(&k->tab, addr, 0, sym, len, (unsigned int)mod);
	}
	if (!err && ferror(f))
		err = -EIO;
	free(line);
	if (start && end > start) {
		k->mod[0].base = start;
		k->mod[0].size = end - start;
	}
	return err;
}

int ksyms_load(const char *kallsyms, const char *modules, struct ksyms *k)
{
	bool nonzero = false;
	FILE *f;
	int err;

	memset(k, 0, sizeof(*k));
	if (kmodule_index(k, KERNEL_IMAGE, strlen(KERNEL_IMAGE)) < 0)
		return -ENOMEM;
	f = fopen(modules, "re");
	if (f) {
		err = kmodules_read(f, k);
		fclose(f);
		if (err)
			return err;
	}
	f = fopen(kallsyms, "re");
	if (!f)
		return -errno;
	err = ksyms_read(f, k, &nonzero);
	fclose(f);
	if (!err && !nonzero)
		err = -EPERM;
	if (!err)
		symtab_sort(&k->tab);
	return err;
}

bool cpu_listed(const char *list, uint64_t cpu)
{
	const char *p = list;
	char *end;

	for (;;) {
		unsigned long long lo, hi;

		lo = hi = strtoull(p, &end, 10);
		if (end == p)
			return false;
		if (*end == '-') {
			p = end + 1;
			hi = strtoull(p, &end, 10);
			if (end == p)
				return false;
		}
		if (cpu >= lo && cpu <= hi)
			return true;
		if (*end != ',')
			return false;
		p = end + 1;
	}
}

int per_cpu_base(struct vmw_target *t, uint64_t table, uint64_t cpu, uint64_t *base,
		 size_t *done)
{
	*base = 0;
	return vmw_read(t, per_cpu_slot(table, cpu), base, sizeof(*base), done);
}
