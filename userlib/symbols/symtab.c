// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * A table of symbols sorted by address, for the questions that go both
 * ways: which symbol is at or before an address, where a name is.  Names
 * live in one growing buffer and are referred to by offset, so that a
 * kernel's hundred thousand symbols cost two allocations that grow, not a
 * hundred thousand.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "symbols.h"

void symtab_free(struct symtab *t)
{
	free(t->sym);
	free(t->names);
	memset(t, 0, sizeof(*t));
}

/* Make room for @more bytes at *@buf of @cap, holding @used. */
static int grow(void **buf, size_t *cap, size_t used, size_t more, size_t unit)
{
	size_t want = *cap ? *cap : 256;
	void *p;

	while (want - used < more)
		want *= 2;
	if (want == *cap)
		return 0;
	p = realloc(*buf, want * unit);
	if (!p)
		return -ENOMEM;
	*buf = p;
	*cap = want;
	return 0;
}

int symtab_add(struct symtab *t, uint64_t addr, uint64_t size, const char *name, size_t len,
	       unsigned int module)
{
	struct symbol *s;

	if (grow((void **)&t->sym, &t->room, t->n, 1, sizeof(*t->sym)) ||
	    grow((void **)&t->names, &t->names_room, t->names_used, len + 1, 1))
		return -ENOMEM;
	s = &t->sym[t->n++];
	s->addr = addr;
	s->size = size;
	s->module = module;
	s->name = t->names_used;
	memcpy(t->names + t->names_used, name, len);
	t->names[t->names_used + len] = '\0';
	t->names_used += len + 1;
	return 0;
}

static int by_address(const void *a, const void *b)
{
	const struct symbol *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	/* Sized symbols first: at one address, the one that says how far it goes. */
	return (x->size == 0) - (y->size == 0);
}

void symtab_sort(struct symtab *t)
{
	if (t->n)
		qsort(t->sym, t->n, sizeof(*t->sym), by_address);
}

const struct symbol *symtab_at(const struct symtab *t, uint64_t addr)
{
	size_t lo = 0, hi = t->n;

	/* The first symbol past @addr; the one before it is the answer. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t->sym[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	/* Of several at one address, the first (sorted sized first). */
	while (lo > 1 && t->sym[lo - 2].addr == t->sym[lo - 1].addr)
		lo--;
	return &t->sym[lo - 1];
}

const struct symbol *symtab_find(const struct symtab *t, const char *name, size_t len,
				 const struct symbol *after)
{
	size_t i = after ? (size_t)(after - t->sym) + 1 : 0;

	for (; i < t->n; i++) {
		const char *s = symbol_name(t, &t->sym[i]);

		if (!strncmp(s, name, len) && !s[len])
			return &t->sym[i];
	}
	return NULL;
}
