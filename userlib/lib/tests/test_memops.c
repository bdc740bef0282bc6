// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmw_find_memory(), vmw_fill() and vmw_search() against the user-space
 * model of the module, on this process's own memory: matches across pages,
 * blocks and adjacent regions, never across memory that cannot be read,
 * granularity, writable-only, and what a refused read skips.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "vmwrite/vmwrite.h"
#include "model.h"
#include "tap.h"

#define PAGE	4096UL
#define BLOCK	(64 * 1024UL)

static struct vmw_target *t;
/* Six pages: 0-1 read-write, 2 read-only, 3 no access, 4-5 read-write. */
static unsigned char *m;

struct matches {
	int n, stop_after;
	uint64_t at[8];
	uint64_t skip_start, skip_end;
	int skip_err, skips;
};

static int on_match(uint64_t addr, void *ctx)
{
	struct matches *mt = ctx;

	if (mt->n < 8)
		mt->at[mt->n] = addr;
	mt->n++;
	return mt->stop_after && mt->n == mt->stop_after ? 7 : 0;
}

static void on_skip(uint64_t start, uint64_t end, int err, void *ctx)
{
	struct matches *mt = ctx;

	mt->skip_start = start;
	mt->skip_end = end;
	mt->skip_err = err;
	mt->skips++;
}

static uint64_t addr_of(const void *p)
{
	return (uint64_t)(uintptr_t)p;
}

/* The first match of @pat in [@p, @p + @len), or 0. */
static uint64_t first(const void *p, size_t len, const char *pat, unsigned int flags,
		      uint64_t gran)
{
	struct vmw_search_opts o = { .sz = sizeof(o), .flags = flags, .granularity = gran };
	uint64_t end = 0;
	int ret = vmw_search(t, addr_of(p), len, pat, strlen(pat), &o, &end);

	return ret == 1 ? end : 0;
}

static void setup(void)
{
	m = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		exit(1);
	memcpy(m + PAGE - 3, "needle", 6);		/* across pages 0 and 1 */
	memcpy(m + 2 * PAGE - 2, "ro-edge", 7);		/* across pages 1 and 2 */
	memcpy(m + 3 * PAGE - 2, "gap", 3);		/* page 2 into page 3 */
	memcpy(m + 4 * PAGE - 1, "apart", 5);		/* page 3 into page 4 */
	memcpy(m + 4 * PAGE + 8, "after", 5);
	memcpy(m + 4 * PAGE + 100, "aaaa", 4);
	mprotect(m + 2 * PAGE, PAGE, PROT_READ);
	mprotect(m + 3 * PAGE, PAGE, PROT_NONE);
}

static void test_find_memory(void)
{
	uint64_t start = 0, span = 0;
	int err;

	err = vmw_find_memory(t, addr_of(m), 6 * PAGE, 0, &start, &span);
	tap(!err && start == addr_of(m) && span == 3 * PAGE,
	    "find_memory: adjacent read-write and read-only regions are one run");
	err = vmw_find_memory(t, addr_of(m), 6 * PAGE, VMW_SEARCH_WRITABLE, &start, &span);
	tap(!err && start == addr_of(m) && span == 2 * PAGE,
	    "find_memory: writable-only stops at the read-only page");
	err = vmw_find_memory(t, addr_of(m + 3 * PAGE), 3 * PAGE, 0, &start, &span);
	tap(!err && start == addr_of(m + 4 * PAGE) && span == 2 * PAGE,
	    "find_memory: the run after an unreadable page");
	err = vmw_find_memory(t, addr_of(m + 3 * PAGE), PAGE, 0, &start, &span);
	tap(!err && span == 0, "find_memory: none in an unreadable page");
	tap(vmw_find_memory(t, 2, UINT64_MAX, 0, &start, &span) == -EINVAL,
	    "find_memory: a range past 2^64 is -EINVAL");
	tap(vmw_find_memory(t, 0, 1, VMW_SEARCH_SKIP_PAGE, &start, &span) == -EINVAL,
	    "find_memory: a search-only flag is -EINVAL");
}

static void test_search(void)
{
	struct matches mt = { 0 };
	struct vmw_search_opts o = { .sz = sizeof(o), .match = on_match, .ctx = &mt };
	uint64_t end = 0;
	int ret;

	tap(first(m, 6 * PAGE, "needle", 0, 0) == addr_of(m + PAGE - 3),
	    "search: a match across two pages");
	tap(first(m + PAGE, 5 * PAGE, "ro-edge", 0, 0) == addr_of(m + 2 * PAGE - 2),
	    "search: a match across adjacent read-write and read-only regions");
	tap(first(m + PAGE, 5 * PAGE, "ro-edge", VMW_SEARCH_WRITABLE, 0) == 0,
	    "search: writable-only does not read the read-only region");
	tap(first(m, 6 * PAGE, "gap", 0, 0) == 0,
	    "search: no match into memory that cannot be read");
	tap(first(m, 6 * PAGE, "apart", 0, 0) == 0,
	    "search: no match across an unreadable page");
	tap(first(m, 6 * PAGE, "after", 0, 0) == addr_of(m + 4 * PAGE + 8),
	    "search: memory after an unreadable page is searched");
	tap(first(m + PAGE - 3, 6, "needle", 0, 0) == addr_of(m + PAGE - 3),
	    "search: a match filling the whole range");
	tap(first(m + PAGE - 3, 5, "needle", 0, 0) == 0,
	    "search: no match running past the range");
	tap(first(m + PAGE - 4, 100, "needle", 0, 2) == 0,
	    "granularity: a match off the grid is not one");
	tap(first(m + PAGE - 5, 100, "needle", 0, 2) == addr_of(m + PAGE - 3),
	    "granularity: a match on the grid from the start of the range");

	ret = vmw_search(t, addr_of(m + 4 * PAGE + 100), 4, "aa", 2, &o, &end);
	tap(ret == 0 && mt.n == 3 && mt.at[0] == addr_of(m + 4 * PAGE + 100) &&
	    mt.at[2] == addr_of(m + 4 * PAGE + 102) && end == addr_of(m + 4 * PAGE + 104),
	    "search: every match, overlapping ones included, then the end of the range");
	mt.n = 0;
	mt.stop_after = 2;
	ret = vmw_search(t, addr_of(m + 4 * PAGE + 100), 4, "aa", 2, &o, &end);
	tap(ret == 7 && mt.n == 2 && end == addr_of(m + 4 * PAGE + 101),
	    "search: the callback's value stops it, at its match");
	tap(vmw_search(t, addr_of(m), 10, "", 0, NULL, NULL) == -EINVAL,
	    "search: an empty pattern is -EINVAL");
	o.sz = sizeof(o) - 1;
	tap(vmw_search(t, addr_of(m), 10, "a", 1, &o, NULL) == -EINVAL,
	    "search: an options size this library does not know is -EINVAL");
}

/* Blocks of 64 KiB: a match across two, and a read refused mid-region. */
static void test_blocks(void)
{
	size_t size = 3 * BLOCK;
	unsigned char *big = mmap(NULL, size, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct matches mt = { 0 };
	struct vmw_search_opts o = { .sz = sizeof(o), .match = on_match, .skipped = on_skip,
				     .ctx = &mt };
	int ret;

	if (big == MAP_FAILED) {
		tap(false, "blocks: mmap");
		return;
	}
	memcpy(big + BLOCK - 2, "across", 6);
	memcpy(big + BLOCK + 2 * PAGE, "later", 5);
	tap(first(big, size, "across", 0, 0) == addr_of(big + BLOCK - 2),
	    "search: a match across two blocks");

	/* The second read fails: the first block was read, the rest is skipped. */
	vmw_model.fail_call = vmw_model.rw_calls + 2;
	vmw_model.fail_errno = EIO;
	ret = vmw_search(t, addr_of(big), size, "later", 5, &o, NULL);
	tap(ret == 0 && mt.n == 0 && mt.skips == 1 && mt.skip_start == addr_of(big + BLOCK) &&
	    mt.skip_end == addr_of(big + size) && mt.skip_err == -EIO,
	    "search: a refused read skips the rest of its region, and says so");
	mt = (struct matches){ 0 };
	o.flags = VMW_SEARCH_SKIP_PAGE;
	vmw_model.fail_call = vmw_model.rw_calls + 2;
	ret = vmw_search(t, addr_of(big), size, "later", 5, &o, NULL);
	tap(ret == 0 && mt.n == 1 && mt.at[0] == addr_of(big + BLOCK + 2 * PAGE) &&
	    mt.skips == 1 && mt.skip_end == addr_of(big + BLOCK + PAGE),
	    "search: with VMW_SEARCH_SKIP_PAGE only the refused page is skipped");
	vmw_model.fail_call = 0;
	munmap(big, size);
}

static void test_fill(void)
{
	unsigned char *f = mmap(NULL, BLOCK + PAGE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint64_t done = 0;
	int err;

	if (f == MAP_FAILED) {
		tap(false, "fill: mmap");
		return;
	}
	munmap(f + BLOCK, PAGE);	/* a hole after one block */
	err = vmw_fill(t, addr_of(m + PAGE - 2), 5, "ab", 2, &done);
	tap(!err && done == 5 && !memcmp(m + PAGE - 2, "ababa", 5),
	    "fill: across two pages, the last copy cut short");
	err = vmw_fill(t, addr_of(f + BLOCK - 4), 8, "xy", 2, &done);
	tap(!err && done == 4 && !memcmp(f + BLOCK - 4, "xyxy", 4),
	    "fill: stops at a hole, counted, 0 as the write that moved part");
	err = vmw_fill(t, addr_of(f), BLOCK + 8, "z", 1, &done);
	tap(err < 0 && done == BLOCK,
	    "fill: the errno of the block that moved nothing, after the count (%d, %llu)", err,
	    (unsigned long long)done);
	err = vmw_fill(t, addr_of(m + 4 * PAGE), 3 * 1000 + 1, "abc", 3, &done);
	tap(!err && done == 3001 && m[4 * PAGE + 3000] == 'a' && m[4 * PAGE + 2999] == 'c',
	    "fill: a pattern length that does not divide the block");
	tap(vmw_fill(t, addr_of(m), 4, "", 0, &done) == -EINVAL,
	    "fill: an empty pattern is -EINVAL");
}

int main(void)
{
	int err = vmw_open_process(getpid(), 0, &t);

	if (err) {
		tap(false, "vmw_open_process(self): %s", strerror(-err));
		return 1;
	}
	setup();
	test_find_memory();
	test_search();
	test_blocks();
	test_fill();
	vmw_close(t);
	tap(vmw_model.violations == 0, "the library kept the uapi contract%s%s",
	    vmw_model.violations ? ": " : "", vmw_model.violation);
	return tap_exit();
}
