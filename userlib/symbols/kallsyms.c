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
