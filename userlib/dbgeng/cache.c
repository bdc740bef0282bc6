// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The page cache of an engine (bottom layer): whole pages of the target,
 * as dbgeng keeps for kernel sessions.  ReadVirtual may be served from it;
 * WriteVirtual writes through and updates it; the Uncached calls bypass
 * it and drop what they touch.
 *
 * A small open-addressing table of page slots, replaced in FIFO order:
 * debugger reads have little reuse beyond "the same few pages again", and
 * a FIFO needs no bookkeeping on hits.  The engine holds its cache lock
 * around every call; the cache knows nothing of targets or interfaces.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Slots are probed from the page's hash over this many neighbours. */
#define CACHE_PROBE	8

static size_t cache_hash(const struct dbgeng_cache *c, uint64_t page)
{
	/* Fibonacci hashing of the page number. */
	return (size_t)(((page / DBGENG_PAGE) * 0x9e3779b97f4a7c15ULL) >> 32) % c->nslots;
}

void dbgeng__cache_init(struct dbgeng_cache *c)
{
	memset(c, 0, sizeof(*c));
}

void dbgeng__cache_free(struct dbgeng_cache *c)
{
	free(c->slots);
	free(c->data);
	dbgeng__cache_init(c);
}

int dbgeng__cache_resize(struct dbgeng_cache *c, uint64_t bytes)
{
	size_t pages = bytes / DBGENG_PAGE, i;
	struct dbgeng_cache_slot *slots;
	unsigned char *data;

	dbgeng__cache_free(c);
	if (!pages)
		return 0;
	slots = calloc(pages, sizeof(*slots));
	data = malloc(pages * DBGENG_PAGE);
	if (!slots || !data) {
		free(slots);
		free(data);
		return -ENOMEM;
	}
	for (i = 0; i < pages; i++)
		slots[i].page = DBGENG_CACHE_EMPTY;
	c->slots = slots;
	c->data = data;
	c->nslots = pages;
	return 0;
}

void dbgeng__cache_flush(struct dbgeng_cache *c)
{
	size_t i;

	for (i = 0; i < c->nslots; i++)
		c->slots[i].page = DBGENG_CACHE_EMPTY;
}

/* The slot holding @page, or -1. */
static long cache_find(const struct dbgeng_cache *c, uint64_t page)
{
	size_t h, i;

	if (!c->nslots)
		return -1;
	h = cache_hash(c, page);
	for (i = 0; i < CACHE_PROBE && i < c->nslots; i++) {
		size_t s = (h + i) % c->nslots;

		if (c->slots[s].page == page)
			return (long)s;
	}
	return -1;
}

const unsigned char *dbgeng__cache_lookup(const struct dbgeng_cache *c, uint64_t page)
{
	long s = cache_find(c, page);

	return s < 0 ? NULL : c->data + (size_t)s * DBGENG_PAGE;
}

void dbgeng__cache_insert(struct dbgeng_cache *c, uint64_t page, const void *bytes)
{
	size_t h, i, s;

	if (!c->nslots)
		return;
	h = cache_hash(c, page);
	s = h;
	for (i = 0; i < CACHE_PROBE && i < c->nslots; i++) {
		size_t t = (h + i) % c->nslots;

		if (c->slots[t].page == DBGENG_CACHE_EMPTY || c->slots[t].page == page) {
			s = t;
			goto store;
		}
	}
	/* All neighbours taken: replace them in turn. */
	s = (h + c->clock++ % (i ? i : 1)) % c->nslots;
store:
	c->slots[s].page = page;
	memcpy(c->data + s * DBGENG_PAGE, bytes, DBGENG_PAGE);
}

void dbgeng__cache_update(struct dbgeng_cache *c, uint64_t addr, const void *buf, size_t len)
{
	const unsigned char *src = buf;

	while (len) {
		uint64_t page = addr & ~(uint64_t)(DBGENG_PAGE - 1);
		size_t off = addr - page, n = DBGENG_PAGE - off < len ? DBGENG_PAGE - off : len;
		long s = cache_find(c, page);

		if (s >= 0)
			memcpy(c->data + (size_t)s * DBGENG_PAGE + off, src, n);
		addr += n;
		src += n;
		len -= n;
	}
}

void dbgeng__cache_invalidate(struct dbgeng_cache *c, uint64_t addr, uint64_t len)
{
	uint64_t page = addr & ~(uint64_t)(DBGENG_PAGE - 1), n;

	if (!c->nslots || !len)
		return;
	/* Counted, not compared: the range may end at 2^64. */
	n = (addr - page) / DBGENG_PAGE + (len - 1) / DBGENG_PAGE + 2;
	/* A huge range: cheaper to drop everything than to walk it. */
	if (n >= c->nslots) {
		dbgeng__cache_flush(c);
		return;
	}
	for (; n--; page += DBGENG_PAGE) {
		long s = cache_find(c, page);

		if (s >= 0)
			c->slots[s].page = DBGENG_CACHE_EMPTY;
	}
}
