// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Memory operations over a range: find the memory in it, fill it with a
 * pattern, search it for one.  Built on vmw_region(), vmw_read() and
 * vmw_write() only; the vmwrite tool and the dbgeng library both use these,
 * and only translate arguments and results.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vmwrite/vmwrite.h"

/* Bytes per vmw_write() of a fill and per vmw_read() of a search. */
#define VMW_BLOCK	(64 * 1024)
#define VMW_PAGE	4096ULL

#define VMW_SEARCH_ALL	(VMW_SEARCH_WRITABLE | VMW_SEARCH_SKIP_PAGE)

/* [@addr, @addr + @len) may end at 2^64, not past it. */
static bool range_ok(uint64_t addr, uint64_t len)
{
	return !len || addr + (len - 1) >= addr;
}

/* Bytes from @addr to the end of @r (0 means 2^64), at most @left. */
static uint64_t region_span(const struct vmw_region *r, uint64_t addr, uint64_t left)
{
	uint64_t span = r->end - addr;	/* wraps right for end 0, but for addr 0 */

	return span == 0 || span > left ? left : span;
}

static bool is_memory(const struct vmw_region *r, unsigned int flags)
{
	return (r->kind == VMW_REGION_PRIVATE || r->kind == VMW_REGION_FILE ||
		r->kind == VMW_REGION_SHARED) && (r->prot & VMW_PROT_READ) &&
	       (!(flags & VMW_SEARCH_WRITABLE) || (r->prot & VMW_PROT_WRITE));
}

int vmw_find_memory(struct vmw_target *t, uint64_t addr, uint64_t len, unsigned int flags,
		    uint64_t *start, uint64_t *span)
{
	struct vmw_region r;
	int err;

	if (!start || !span || (flags & ~VMW_SEARCH_WRITABLE) || !range_ok(addr, len))
		return -EINVAL;
	*start = addr;
	*span = 0;
	while (len) {
		uint64_t n;

		err = vmw_region(t, addr, &r);
		if (err)
			return err;
		n = region_span(&r, addr, len);
		if (is_memory(&r, flags)) {
			if (!*span)
				*start = addr;
			*span += n;
		} else if (*span) {
			break;
		}
		addr += n;
		len -= n;
	}
	return 0;
}

int vmw_fill(struct vmw_target *t, uint64_t addr, uint64_t len, const void *pat,
	     size_t patlen, uint64_t *done)
{
	const unsigned char *p = pat;
	unsigned char *block;
	size_t size, i, moved;
	int err = 0;

	if (!pat || !patlen || !done)
		return -EINVAL;
	*done = 0;
	if (!range_ok(addr, len))
		return -EINVAL;
	if (!len)
		return 0;
	/* Whole copies, so that every block starts with the pattern's first byte. */
	size = patlen >= VMW_BLOCK ? patlen : VMW_BLOCK / patlen * patlen;
	if (size > len)
		size = (size_t)len;
	block = malloc(size);
	if (!block)
		return -ENOMEM;
	for (i = 0; i < size; i++)
		block[i] = p[i % patlen];
	while (*done < len) {
		size_t n = len - *done < size ? (size_t)(len - *done) : size;

		err = vmw_write(t, addr + *done, block, n, &moved);
		*done += moved;
		if (moved < n)
			break;
	}
	free(block);
	return err;
}

/* Where a search is, and what it keeps between blocks. */
struct search {
	struct vmw_target *t;
	const unsigned char *pat;
	size_t patlen;
	uint64_t origin, gran;	/* matches at origin + k * gran */
	const struct vmw_search_opts *opts;
	unsigned char *buf;	/* kept bytes, then a block */
	size_t have;		/* bytes kept from before the next block */
	uint64_t match;		/* the match that stopped the search */
};

/*
 * Report the matches in the @n bytes of s->buf, which start at @addr.
 * Returns the callback's positive value if it stopped there, else 0.
 */
static int report_matches(struct search *s, size_t n, uint64_t addr)
{
	const unsigned char *p = s->buf, *end = s->buf + n;
	int ret;

	while ((p = memmem(p, (size_t)(end - p), s->pat, s->patlen)) != NULL) {
		uint64_t at = addr + (uint64_t)(p - s->buf), off = (at - s->origin) % s->gran;

		if (off) {
			/* Not on the grid: go on from the next grid point. */
			if (s->gran - off >= (uint64_t)(end - p))
				break;
			p += s->gran - off;
			continue;
		}
		ret = s->opts && s->opts->match ? s->opts->match(at, s->opts->ctx) : 1;
		if (ret > 0) {
			s->match = at;
			return ret;
		}
		p++;
	}
	return 0;
}

/*
 * Search the @span bytes of memory at @pos, the rest of one region.
 * Returns the match callback's positive value if it stopped the search,
 * else 0 with *@next where the search goes on.
 */
static int search_region(struct search *s, uint64_t pos, uint64_t span, uint64_t *next)
{
	size_t keep = s->patlen - 1;
	int ret;

	while (span) {
		size_t n = span < VMW_BLOCK ? (size_t)span : VMW_BLOCK, done, k;
		int err = vmw_read(s->t, pos, s->buf + s->have, n, &done);

		ret = report_matches(s, s->have + done, pos - s->have);
		if (ret)
			return ret;
		k = s->have + done < keep ? s->have + done : keep;
		memmove(s->buf, s->buf + s->have + done - k, k);
		s->have = k;
		pos += done;
		span -= done;
		if (done < n) {
			/* Refused after all (it changed?): skip the region, or the page. */
			uint64_t skip = span;

			if (s->opts && (s->opts->flags & VMW_SEARCH_SKIP_PAGE)) {
				skip = (pos | (VMW_PAGE - 1)) + 1 - pos;
				if (skip > span)
					skip = span;
			}
			if (s->opts && s->opts->skipped)
				s->opts->skipped(pos, pos + skip, err, s->opts->ctx);
			s->have = 0;
			pos += skip;
			break;
		}
	}
	*next = pos;
	return 0;
}

/* An options struct of @sz bytes: ours, or a later one whose new fields are 0. */
static bool opts_ok(const struct vmw_search_opts *opts)
{
	const unsigned char *p = (const unsigned char *)opts;
	size_t i;

	if (opts->sz < sizeof(*opts) || (opts->flags & ~VMW_SEARCH_ALL))
		return false;
	for (i = sizeof(*opts); i < opts->sz; i++)
		if (p[i])
			return false;
	return true;
}

int vmw_search(struct vmw_target *t, uint64_t addr, uint64_t len, const void *pat,
	       size_t patlen, const struct vmw_search_opts *opts, uint64_t *end)
{
	struct search s = { .t = t, .pat = pat, .patlen = patlen, .origin = addr, .gran = 1,
			    .opts = opts };
	unsigned int flags = opts ? opts->flags : 0;
	uint64_t pos = addr, left = len;
	struct vmw_region r;
	int ret = 0;

	if (!pat || !patlen || !range_ok(addr, len) || patlen > SIZE_MAX - VMW_BLOCK ||
	    (opts && !opts_ok(opts)))
		return -EINVAL;
	if (opts && opts->granularity)
		s.gran = opts->granularity;
	s.buf = malloc(VMW_BLOCK + patlen - 1);
	if (!s.buf)
		return -ENOMEM;
	/* Region by region; kept bytes may still start a match in the last ones. */
	while (left && s.have + left >= patlen) {
		uint64_t span, next;

		ret = vmw_region(t, pos, &r);
		if (ret)
			break;
		span = region_span(&r, pos, left);
		if (!is_memory(&r, flags)) {
			s.have = 0;
			next = pos + span;
		} else {
			ret = search_region(&s, pos, span, &next);
			if (ret) {
				pos = s.match;
				break;
			}
		}
		left -= next - pos;
		pos = next;
	}
	free(s.buf);
	if (end)
		*end = ret || !left ? pos : addr + len;
	return ret;
}
