// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmw_writev() and vmw_readv() against the user-space model of the module
 * (model.c): VMWRITE_IOC_WRITEV/READV with the caller's array, the
 * converted records of 32-bit ABIs, the fallback to one transfer per
 * segment, and the results of segments and of whole batches.  The target
 * is this process itself.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <linux/vmwrite.h>

#include "vmwrite/vmwrite.h"
#include "model.h"
#include "tap.h"
#include "sessions.h"

/*
 * Where struct vmw_seg is struct vmwrite_seg (LP64), the library hands the
 * module the caller's array, up to 1024 segments a call; elsewhere it
 * converts 32 a call.  The tests build and pass on both.
 */
#define ZERO_COPY	(sizeof(void *) == 8 && sizeof(size_t) == 8)
#define PER_CALL	(ZERO_COPY ? VMWRITE_RWV_MAX_SEGS : 32)
#define CALLS(nr)	(((nr) + PER_CALL - 1) / PER_CALL)

/* Output fields before a call: "not written" shows. */
#define POISON_DONE	((size_t)0xdeadbeef)
#define POISON_ERROR	0x7eadbeef

static long page_size;
/* A page of this process followed by a hole: unmapped = page + page_size. */
static unsigned char *page;
static uint64_t unmapped;

static void seg(struct vmw_seg *s, uint64_t addr, void *buf, size_t len, unsigned int flags)
{
	s->addr = addr;
	s->buf = buf;
	s->len = len;
	s->done = POISON_DONE;
	s->error = POISON_ERROR;
	s->flags = flags;
}

static uint64_t addr_of(const void *p)
{
	return (uintptr_t)p;
}

/* Segments [from, to) have no result: -ECANCELED, done 0. */
static bool canceled(const struct vmw_seg *s, size_t from, size_t to)
{
	for (; from < to; from++)
		if (s[from].error != -ECANCELED || s[from].done != 0)
			return false;
	return true;
}

/* Segments [from, to) moved all of their bytes. */
static bool all_done(const struct vmw_seg *s, size_t from, size_t to)
{
	for (; from < to; from++)
		if (s[from].error != 0 || s[from].done != s[from].len)
			return false;
	return true;
}

static void test_good(void)
{
	static unsigned char target[64];
	unsigned char in[64], out[64];
	struct vmw_seg s[5];
	struct vmw_target *t;
	uint64_t u64 = 0x1122334455667788ULL;
	uint32_t u32 = 0xcafef00d;
	uint16_t u16 = 0xbeef;
	uint8_t u8 = 0x5a;
	int ret;

	vmw_model_reset();
	t = open_self();
	if (!t)
		return;
	memset(in, 'x', sizeof(in));
	seg(&s[0], addr_of(target), &u8, 1, 0);
	seg(&s[1], addr_of(target + 2), &u16, 2, 0);
	seg(&s[2], addr_of(target + 4), &u32, 4, 0);
	seg(&s[3], addr_of(target + 8), &u64, 8, 0);
	seg(&s[4], addr_of(target + 16), in, 48, 0);
	ret = vmw_writev(t, s, 5, 0);
	tap(ret == 0 && all_done(s, 0, 5) && target[0] == 0x5a &&
	    !memcmp(target + 2, &u16, 2) && !memcmp(target + 4, &u32, 4) &&
	    !memcmp(target + 8, &u64, 8) && !memcmp(target + 16, in, 48),
	    "writev: every segment moved, done = len, error 0, returns 0");
	tap(vmw_model.rwv_calls == 1 && vmw_model.rw_calls == 1,
	    "writev: one ioctl for five segments (%u)", vmw_model.rwv_calls);
	if (ZERO_COPY)
		tap(vmw_model.rwv_segs == addr_of(s) &&
		    vmw_model.rwv_seg_size == sizeof(struct vmw_seg) &&
		    sizeof(struct vmw_seg) == VMWRITE_SEG_SIZE_VER0,
		    "writev: the module gets the caller's array itself, records of %zu bytes",
		    sizeof(struct vmw_seg));
	else
		tap(vmw_model.rwv_segs != addr_of(s) &&
		    vmw_model.rwv_seg_size == VMWRITE_SEG_SIZE_VER0,
		    "writev: the module gets converted records (struct vmw_seg is %zu bytes)",
		    sizeof(struct vmw_seg));

	memset(out, 0, sizeof(out));
	seg(&s[0], addr_of(target + 16), out, 48, 0);
	seg(&s[1], addr_of(target), out + 48, 16, 0);
	ret = vmw_readv(t, s, 2, 0);
	tap(ret == 0 && all_done(s, 0, 2) && !memcmp(out, in, 48) &&
	    !memcmp(out + 48, target, 16) && vmw_model.rwv_calls == 2,
	    "readv: every segment read, in one ioctl");
	vmw_close(t);
}

/* One segment fails: the next ones are still moved. */
static void test_failing(void)
{
	static unsigned char target[16];
	unsigned char buf[32];
	struct vmw_seg s[5];
	struct vmw_target *t;
	int ret;

	vmw_model_reset();
	t = open_self();
	if (!t)
		return;
	memset(buf, 'w', sizeof(buf));
	memset(target, 0, sizeof(target));
	seg(&s[0], addr_of(target), buf, 4, 0);
	seg(&s[1], unmapped, buf, 4, 0);
	seg(&s[2], addr_of(target + 4), buf, 4, 0);
	seg(&s[3], unmapped - 8, buf, 32, 0);
	seg(&s[4], UINT64_MAX - 1, buf, 4, 0);
	ret = vmw_writev(t, s, 5, 0);
	tap(ret == 2, "writev: returns the number of segments that moved nothing (%d)", ret);
	tap(s[1].error == -EIO && s[1].done == 0, "writev: the unmapped segment is the module's -EIO");
	tap(all_done(s, 0, 1) && all_done(s, 2, 3) && !memcmp(target, "wwwwwwww", 8),
	    "writev: the segments around it are written");
	tap(s[3].error == 0 && s[3].done == 8 && !memcmp(page + page_size - 8, buf, 8),
	    "writev: a short segment succeeds with done < len (%zu)", s[3].done);
	tap(s[4].error == -EINVAL && s[4].done == 0,
	    "writev: a range that wraps past 2^64 is -EINVAL");
	tap(vmw_model.rwv_calls == 1, "writev: all in one ioctl");

	seg(&s[0], unmapped, buf, 4, 0);
	seg(&s[1], addr_of(target), buf, 4, 0);
	ret = vmw_readv(t, s, 2, 0);
	tap(ret == 1 && s[0].error == -EIO && s[0].done == 0 && all_done(s, 1, 2),
	    "readv: a failing segment, then a good one");
	vmw_close(t);
}

static void test_zero_length(void)
{
	static unsigned char target[8] = "abcdefg";
	struct vmw_seg s[3];
	struct vmw_target *t;
	int ret;

	vmw_model_reset();
	t = open_self();
	if (!t)
		return;
	seg(&s[0], addr_of(target), NULL, 0, 0);
	seg(&s[1], addr_of(target), "X", 1, 0);
	seg(&s[2], unmapped, NULL, 0, 0);
	ret = vmw_writev(t, s, 3, 0);
	tap(ret == 0 && s[0].done == 0 && s[0].error == 0 && s[2].done == 0 && s[2].error == 0 &&
	    all_done(s, 1, 2) && target[0] == 'X',
	    "writev: zero-length segments succeed with done 0, even unmapped");

	ret = vmw_readv(t, s, 1, 0);
	tap(ret == 0 && s[0].done == 0 && s[0].error == 0,
	    "readv: a batch of one zero-length segment succeeds");
	vmw_close(t);
}

static void test_overlap(void)
{
	static char target[8] = "......";
	char rd[1][4];
	struct vmw_seg s[3];
	struct vmw_target *t;
	int ret;

	vmw_model_reset();
	t = open_self();
	if (!t)
		return;
	seg(&s[0], addr_of(target), "aaaa", 4, 0);
	seg(&s[1], addr_of(target), "bbbb", 4, 0);
	seg(&s[2], addr_of(target + 1), "cc", 2, 0);
	ret = vmw_writev(t, s, 3, 0);
	tap(ret == 0 && !memcmp(target, "bccb..", 6),
	    "writev: overlapping segments are written in array order (%.6s)", target);

	/* Reads land in the caller's buffers in array order too. */
	memset(rd, '-', sizeof(rd));
	seg(&s[0], addr_of(target), rd[0], 4, 0);
	seg(&s[1], addr_of(target + 4), rd[0] + 1, 2, 0);
	ret = vmw_readv(t, s, 2, 0);
	tap(ret == 0 && !memcmp(rd[0], "b..b", 4),
	    "readv: overlapping buffers are filled in array order (%.4s)", rd[0]);
	vmw_close(t);
}

/* More segments than one ioctl takes. */
static void test_split(void)
{
	enum { NR = 2500 };
	static unsigned char target[NR], src[NR], back[NR];
	struct vmw_seg *s = calloc(NR, sizeof(*s));
	struct vmw_target *t;
	size_t i;
	int ret;

	vmw_model_reset();
	t = open_self();
	if (!t || !s)
		goto out;
	for (i = 0; i < NR; i++) {
		src[i] = (unsigned char)(i * 7);
		seg(&s[i], addr_of(target + i), src + i, 1, 0);
	}
	ret = vmw_writev(t, s, NR, 0);
	tap(ret == 0 && all_done(s, 0, NR) && !memcmp(target, src, NR),
	    "writev: %d segments are all written", NR);
	tap(vmw_model.rwv_calls == CALLS(NR) && vmw_model.rwv_segs_max == PER_CALL,
	    "writev: in calls of at most %d segments (%u calls, at most %u)", PER_CALL,
	    vmw_model.rwv_calls, vmw_model.rwv_segs_max);
	for (i = 0; i < NR; i++)
		seg(&s[i], addr_of(target + i), back + i, 1, 0);
	ret = vmw_readv(t, s, NR, 0);
	tap(ret == 0 && all_done(s, 0, NR) && !memcmp(back, src, NR) &&
	    vmw_model.rwv_calls == 2 * CALLS(NR),
	    "readv: %d segments in %d calls", NR, CALLS(NR));
out:
	vmw_close(t);
	free(s);
}

static void test_args(void)
{
	static char target[4];
	struct vmw_seg s[2];
	char buf[2];
	struct vmw_target *t;
	int ret;

	vmw_model_reset();
	t = open_self();
	if (!t)
		return;
	tap(vmw_writev(t, NULL, 0, 0) == 0 && vmw_readv(t, s, 0, 0) == 0 &&
	    vmw_model.rw_calls == 0,
	    "nr 0: returns 0 without an ioctl");

	seg(&s[0], addr_of(target), "ab", 2, 0);
	seg(&s[1], addr_of(target), "cd", 2, 0);
	ret = vmw_writev(t, s, 2, 1);
	tap(ret == -EINVAL && canceled(s, 0, 2) && vmw_model.rw_calls == 0 && !target[0],
	    "flags != 0: -EINVAL, every segment -ECANCELED, no ioctl");
	seg(&s[0], addr_of(target), "ab", 2, 0);
	ret = vmw_readv(NULL, s, 1, 0);
	tap(ret == -EINVAL && canceled(s, 0, 1), "NULL target: -EINVAL, segments -ECANCELED");
	tap(vmw_writev(t, NULL, 1, 0) == -EINVAL && vmw_readv(t, NULL, 3, 0) == -EINVAL &&
	    vmw_model.rw_calls == 0,
	    "NULL segments with nr > 0: -EINVAL");
	vmw_close(t);

	vmw_model.access_mask = VMW_ACCESS_READ;
	t = open_self();
	seg(&s[0], addr_of(target), "ab", 2, 0);
	ret = vmw_writev(t, s, 1, 0);
	tap(ret == -EBADF && canceled(s, 0, 1) && vmw_model.rw_calls == 0 && !target[0],
	    "read-only session: writev is -EBADF without an ioctl");
	seg(&s[0], addr_of(target), buf, 2, 0);
	tap(vmw_readv(t, s, 1, 0) == 0 && s[0].done == 2, "read-only session: readv works");
	vmw_close(t);
}

/* Segment flags, decided as vmw_write_flags() decides them. */
static void test_seg_flags(void)
{
	static char target[8] = "......";
	struct vmw_target *t, *k;
	struct vmw_seg s[4];
	int ret;

	vmw_model_reset();
	t = open_self();
	k = open_kernel();
	if (!t || !k)
		goto out;
	seg(&s[0], addr_of(target), "a", 1, 0);
	seg(&s[1], addr_of(target + 1), "b", 1, 1U << 5);
	seg(&s[2], addr_of(target + 2), "c", 1, VMW_WRITE_TEXT);
	seg(&s[3], addr_of(target + 3), "d", 1, 0);
	ret = vmw_writev(t, s, 4, 0);
	tap(ret == 2 && s[1].error == -EINVAL && s[2].error == -EINVAL && s[1].done == 0 &&
	    all_done(s, 0, 1) && all_done(s, 3, 4) && !memcmp(target, "a..d", 4),
	    "writev: an unknown flag, VMW_WRITE_TEXT on a process: -EINVAL, the others written");
	tap(vmw_model.rwv_calls == 2, "writev: the module never sees them (%u calls around them)",
	    vmw_model.rwv_calls);
	seg(&s[0], addr_of(target), target + 4, 1, VMW_WRITE_TEXT);
	ret = vmw_readv(t, s, 1, 0);
	tap(ret == 1 && s[0].error == -EINVAL, "readv: a segment with flags is -EINVAL");

	seg(&s[0], addr_of(target), "T", 1, VMW_WRITE_TEXT);
	seg(&s[1], addr_of(target + 1), "U", 1, 0);
	vmw_model.rwv_calls = 0;
	ret = vmw_writev(k, s, 2, 0);
	tap(ret == 0 && all_done(s, 0, 2) && !memcmp(target, "TU", 2) && vmw_model.rwv_calls == 1,
	    "writev: VMW_WRITE_TEXT on the kernel goes to the module, in the batch");
	vmw_close(k);

	vmw_model.features &= ~VMWRITE_FEATURE_TEXT_WRITE;
	k = open_kernel();
	seg(&s[0], addr_of(target), "V", 1, VMW_WRITE_TEXT);
	seg(&s[1], addr_of(target + 1), "W", 1, 0);
	ret = vmw_writev(k, s, 2, 0);
	tap(ret == 1 && s[0].error == -EOPNOTSUPP && all_done(s, 1, 2) && !memcmp(target, "TW", 2),
	    "writev: VMW_WRITE_TEXT without VMWRITE_FEATURE_TEXT_WRITE is -EOPNOTSUPP");
out:
	vmw_close(k);
	vmw_close(t);
}

/* A segment longer than max_rw_count is moved alone, in order. */
static void test_long(void)
{
	static char target[64];
	char big[40];
	struct vmw_seg s[3];
	struct vmw_target *t;
	int ret;

	vmw_model_reset();
	vmw_model.max_rw = 16;
	t = open_self();
	if (!t)
		return;
	memset(big, 'L', sizeof(big));
	seg(&s[0], addr_of(target), "ss", 2, 0);
	seg(&s[1], addr_of(target), big, sizeof(big), 0);
	seg(&s[2], addr_of(target + 1), "t", 1, 0);
	ret = vmw_writev(t, s, 3, 0);
	tap(ret == 0 && all_done(s, 0, 3) && target[0] == 'L' && target[1] == 't' &&
	    target[39] == 'L',
	    "writev: a segment over max_rw_count is written whole, in array order");
	tap(vmw_model.rwv_calls == 2 && vmw_model.rw_calls == 5 && vmw_model.rw_len_max == 16,
	    "writev: as vmw_write() writes it, in chunks (%u ioctls, %u batches)",
	    vmw_model.rw_calls, vmw_model.rwv_calls);
	vmw_close(t);
}

/* What each segment got, the same from the module's batches and from the fallback. */
static void fallback_case(const char *why)
{
	static unsigned char target[8];
	unsigned char buf[8] = "abcdefgh";
	struct vmw_seg s[4];
	struct vmw_target *t;
	int ret;

	t = open_self();
	if (!t)
		return;
	memset(target, 0, sizeof(target));
	seg(&s[0], addr_of(target), buf, 2, 0);
	seg(&s[1], unmapped, buf, 2, 0);
	seg(&s[2], addr_of(target + 2), NULL, 0, 0);
	seg(&s[3], unmapped - 3, buf, 6, 0);
	ret = vmw_writev(t, s, 4, 0);
	tap(ret == 1 && all_done(s, 0, 1) && s[1].error == -EIO && s[1].done == 0 &&
	    s[2].error == 0 && s[2].done == 0 && s[3].error == 0 && s[3].done == 3 &&
	    !memcmp(target, "ab", 2) && vmw_model.rwv_calls == 0 && vmw_model.rw_calls == 3,
	    "fallback (%s): writev is one vmw_write per segment, same results", why);
	seg(&s[0], unmapped, buf, 2, 0);
	seg(&s[1], addr_of(target), buf + 4, 2, 0);
	ret = vmw_readv(t, s, 2, 0);
	tap(ret == 1 && s[0].error == -EIO && all_done(s, 1, 2) && !memcmp(buf + 4, "ab", 2) &&
	    vmw_model.rwv_calls == 0,
	    "fallback (%s): readv too", why);
	vmw_close(t);
}

static void test_fallback(void)
{
	static unsigned char target[8];
	struct vmw_seg s[4];
	struct vmw_target *t;
	int ret;

	vmw_model_reset();
	vmw_model.features &= ~VMWRITE_FEATURE_BATCH;
	fallback_case("no VMWRITE_FEATURE_BATCH");
	vmw_model_reset();
	vmw_model.ioctls &= ~(1ULL << _IOC_NR(VMWRITE_IOC_WRITEV) |
			      1ULL << _IOC_NR(VMWRITE_IOC_READV));
	fallback_case("no VMWRITE_IOC_WRITEV/READV");

	vmw_model_reset();
	vmw_model.ioctls &= ~(1ULL << _IOC_NR(VMWRITE_IOC_READV));
	t = open_self();
	if (!t)
		return;
	seg(&s[0], addr_of(target), "ab", 2, 0);
	seg(&s[1], addr_of(target), target + 4, 2, 0);
	ret = vmw_writev(t, s, 1, 0) | vmw_readv(t, s + 1, 1, 0);
	tap(ret == 0 && all_done(s, 0, 2) && vmw_model.rwv_calls == 1 && vmw_model.rw_calls == 2,
	    "fallback: without VMWRITE_IOC_READV only reads fall back");
	vmw_close(t);

	/* A session-wide error ends the batch, as the module's does. */
	vmw_model_reset();
	vmw_model.features &= ~VMWRITE_FEATURE_BATCH;
	t = open_self();
	seg(&s[0], addr_of(target), "cd", 2, 0);
	seg(&s[1], addr_of(target + 2), "ef", 2, 0);
	seg(&s[2], addr_of(target + 4), "gh", 2, 0);
	seg(&s[3], addr_of(target + 6), "ij", 2, 0);
	vmw_model.fail_call = 2;
	vmw_model.fail_errno = ECONNABORTED;
	ret = vmw_writev(t, s, 4, 0);
	tap(ret == -ECONNABORTED && all_done(s, 0, 1) && canceled(s, 1, 4) && vmw_model.rw_calls == 2,
	    "fallback: -ECONNABORTED ends the batch, the rest -ECANCELED");
	vmw_model.fail_call = vmw_model.rw_calls + 2;
	vmw_model.fail_errno = EFAULT;
	seg(&s[0], addr_of(target), "cd", 2, 0);
	seg(&s[1], addr_of(target + 2), "ef", 2, 0);
	seg(&s[2], addr_of(target + 4), "gh", 2, 0);
	ret = vmw_writev(t, s, 3, 0);
	tap(ret == 1 && s[1].error == -EFAULT && all_done(s, 0, 1) && all_done(s, 2, 3),
	    "fallback: a segment's own error does not");
	vmw_close(t);
}

/* The module fails a call midway: what it did not try has no result. */
static void test_midway(void)
{
	enum { NR = 1500 };
	static unsigned char target[NR];
	struct vmw_seg *s = calloc(NR, sizeof(*s));
	struct vmw_target *t;
	size_t i;
	int ret;

	vmw_model_reset();
	t = open_self();
	if (!t || !s)
		goto out;
	for (i = 0; i < 5; i++)
		seg(&s[i], addr_of(target + i), "Z", 1, 0);
	memset(target, 0, sizeof(target));
	vmw_model.fail_call = 1;
	vmw_model.fail_seg = 2;
	vmw_model.fail_errno = EINTR;
	ret = vmw_writev(t, s, 5, 0);
	tap(ret == -EINTR && all_done(s, 0, 2) && canceled(s, 2, 5) &&
	    !memcmp(target, "ZZ\0\0\0", 5),
	    "midway: -EINTR, the segments tried keep their results, the rest -ECANCELED");

	for (i = 0; i < NR; i++)
		seg(&s[i], addr_of(target + i), "Y", 1, 0);
	vmw_model.fail_call = vmw_model.rw_calls + 2;
	vmw_model.fail_seg = 10;
	vmw_model.fail_errno = ECONNABORTED;
	vmw_model.rwv_calls = 0;
	ret = vmw_writev(t, s, NR, 0);
	tap(ret == -ECONNABORTED && all_done(s, 0, PER_CALL + 10) &&
	    canceled(s, PER_CALL + 10, NR) && target[PER_CALL + 9] == 'Y' &&
	    target[PER_CALL + 10] == 0 && vmw_model.rwv_calls == 2,
	    "midway: in the second call, after %d + 10 segments; no third call", PER_CALL);

	vmw_model.fail_call = vmw_model.rw_calls + 1;
	vmw_model.fail_seg = 0;
	vmw_model.fail_errno = ECONNABORTED;
	for (i = 0; i < 3; i++)
		seg(&s[i], addr_of(target + i), "X", 1, 0);
	ret = vmw_readv(t, s, 3, 0);
	tap(ret == -ECONNABORTED && canceled(s, 0, 3),
	    "midway: a revoked session fails readv before any segment");
	vmw_model.fail_call = 0;
out:
	vmw_close(t);
	free(s);
}

/* The module's answers are checked. */
static void test_contract(void)
{
	static char target[8];
	struct vmw_seg s[3];
	struct vmw_target *t;
	int ret;

	vmw_model_reset();
	t = open_self();
	if (!t)
		return;
	seg(&s[0], addr_of(target), "ab", 2, 0);
	seg(&s[1], unmapped, "cd", 2, 0);
	seg(&s[2], addr_of(target), NULL, 0, 0);
	vmw_model.bogus_done = true;
	ret = vmw_writev(t, s, 3, 0);
	tap(ret == 2 && s[0].error == -EPROTO && s[0].done == 0 && s[1].error == -EIO &&
	    s[2].error == 0 && s[2].done == 0,
	    "contract: done > len from the module is that segment's -EPROTO");
	vmw_model.bogus_done = false;
	vmw_model.bogus_totals = true;
	seg(&s[0], addr_of(target), "ab", 2, 0);
	seg(&s[1], addr_of(target), "cd", 2, 0);
	ret = vmw_writev(t, s, 2, 0);
	tap(ret == -EPROTO && all_done(s, 0, 2),
	    "contract: totals that do not add up are -EPROTO, the results kept");
	vmw_close(t);
}

/* Where struct vmw_seg is not the uapi's: converted records, in chunks. */
static void test_copy(void)
{
	enum { NR = 100 };
	static unsigned char target[NR];
	struct vmw_seg s[NR];
	struct vmw_target *t;
	size_t i;
	int ret;

	vmw_model_reset();
	vmw_model_copy_segs(true);
	t = open_self();
	if (!t)
		return;
	for (i = 0; i < NR; i++)
		seg(&s[i], i == 50 ? unmapped : addr_of(target + i), "C", 1, 0);
	ret = vmw_writev(t, s, NR, 0);
	tap(ret == 1 && all_done(s, 0, 50) && all_done(s, 51, NR) && s[50].error == -EIO &&
	    s[50].done == 0 && target[0] == 'C' && target[99] == 'C',
	    "copy: the results come back to the caller's segments");
	tap(vmw_model.rwv_calls == 4 && vmw_model.rwv_segs_max == 32 &&
	    vmw_model.rwv_seg_size == sizeof(struct vmwrite_seg) && vmw_model.rwv_segs != addr_of(s),
	    "copy: records of the uapi, 32 per call (%u calls)", vmw_model.rwv_calls);

	vmw_model.fail_call = vmw_model.rw_calls + 2;
	vmw_model.fail_seg = 5;
	vmw_model.fail_errno = EINTR;
	for (i = 0; i < NR; i++)
		seg(&s[i], addr_of(target + i), target + i, 1, 0);
	ret = vmw_readv(t, s, NR, 0);
	tap(ret == -EINTR && all_done(s, 0, 37) && canceled(s, 37, NR),
	    "copy: a call failing midway, 32 + 5 segments with results");
	vmw_close(t);
	vmw_model_copy_segs(false);
}

/*
 * The model's own checks of a batch, as the module makes them: called
 * directly, with what the library never sends.
 */
static void test_model_checks(void)
{
	unsigned int violations = vmw_model.violations;
	char violation[sizeof(vmw_model.violation)];
	struct vmwrite_attach a = { .size = sizeof(a), .target = VMWRITE_TARGET_PROCESS };
	struct vmwrite_rwv rwv;
	struct vmwrite_seg segs[2];
	unsigned char rec[2][48];
	static char target[4];
	int dev, mem, bad = 0;

	memcpy(violation, vmw_model.violation, sizeof(violation));
	vmw_model_reset();
	dev = open("/dev/null", O_RDWR | O_CLOEXEC);
	mem = open("/proc/self/mem", O_RDWR | O_CLOEXEC);
	a.fd = (uint32_t)mem;
	if (dev < 0 || mem < 0 || vmw_model_ioctl(dev, VMWRITE_IOC_ATTACH, &a)) {
		tap(false, "model: cannot attach");
		goto out;
	}
#define RWV(n, sz, fl)	((struct vmwrite_rwv){ .size = sizeof(rwv), .flags = (fl),	\
			 .segs = addr_of(segs), .nr_segs = (n), .seg_size = (sz) })
	rwv = RWV(VMWRITE_RWV_MAX_SEGS + 1, 40, 0);
	bad += vmw_model_ioctl(dev, VMWRITE_IOC_WRITEV, &rwv) == -1 && errno == EINVAL;
	rwv = RWV(1, 32, 0);
	bad += vmw_model_ioctl(dev, VMWRITE_IOC_WRITEV, &rwv) == -1 && errno == EINVAL;
	rwv = RWV(1, 44, 0);
	bad += vmw_model_ioctl(dev, VMWRITE_IOC_WRITEV, &rwv) == -1 && errno == EINVAL;
	rwv = RWV(1, 4104, 0);
	bad += vmw_model_ioctl(dev, VMWRITE_IOC_READV, &rwv) == -1 && errno == EINVAL;
	rwv = RWV(1, 40, 1);
	bad += vmw_model_ioctl(dev, VMWRITE_IOC_READV, &rwv) == -1 && errno == EINVAL;
	tap(bad == 5 && vmw_model.rwv_calls == 0,
	    "model: too many segments, a bad record size, unknown flags: EINVAL");

	memset(segs, 0, sizeof(segs));
	segs[0].len = 1;
	segs[0].buf = addr_of("q");
	segs[0].addr = addr_of(target);
	segs[1] = segs[0];
	segs[1].flags = 1U << 7;
	rwv = RWV(2, 40, 0);
	bad = vmw_model_ioctl(dev, VMWRITE_IOC_WRITEV, &rwv);
	tap(!bad && rwv.nr_done == 2 && rwv.nr_failed == 1 && rwv.bytes == 1 &&
	    segs[0].done == 1 && segs[0].error == 0 && segs[1].error == -EINVAL,
	    "model: an unknown segment flag is that segment's -EINVAL");

	memset(rec, 0, sizeof(rec));
	memcpy(rec[0], &segs[0], sizeof(segs[0]));
	memcpy(rec[1], &segs[0], sizeof(segs[0]));
	rec[1][44] = 1;
	rwv = RWV(2, 48, 0);
	rwv.segs = addr_of(rec);
	bad = vmw_model_ioctl(dev, VMWRITE_IOC_WRITEV, &rwv);
	memcpy(&segs[0], rec[0], sizeof(segs[0]));
	memcpy(&segs[1], rec[1], sizeof(segs[1]));
	tap(!bad && rwv.nr_done == 2 && rwv.nr_failed == 1 && segs[0].done == 1 &&
	    segs[1].error == -E2BIG && segs[1].done == 0,
	    "model: longer records are read, a nonzero tail is -E2BIG");
#undef RWV
out:
	vmw_model_reset();
	if (dev >= 0)
		close(dev);
	if (mem >= 0)
		close(mem);
	/* Those were breaches on purpose. */
	vmw_model.violations = violations;
	memcpy(vmw_model.violation, violation, sizeof(violation));
}

int main(void)
{
	page_size = sysconf(_SC_PAGESIZE);
	page = mmap(NULL, 2 * page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		    -1, 0);
	if (page == MAP_FAILED || munmap(page + page_size, page_size)) {
		tap(false, "cannot set up a page followed by a hole");
		return tap_exit();
	}
	unmapped = addr_of(page + page_size);

	test_good();
	test_failing();
	test_zero_length();
	test_overlap();
	test_split();
	test_args();
	test_seg_flags();
	test_long();
	test_fallback();
	test_midway();
	test_contract();
	test_copy();
	test_model_checks();

	tap(vmw_model.violations == 0, "the library kept the uapi contract%s%s",
	    vmw_model.violations ? ": " : "", vmw_model.violation);
	return tap_exit();
}
