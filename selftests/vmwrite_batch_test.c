// SPDX-License-Identifier: GPL-2.0
/*
 * Batches (VMWRITE_IOC_WRITEV, VMWRITE_IOC_READV) on a process target:
 * each segment gets the result a single transfer of it would, a failing
 * segment does not stop the next ones, and the call fails only for a
 * malformed batch, with nothing moved that has no count.
 *
 * /proc/PID/mem is the oracle for what the target holds.
 */

#define _GNU_SOURCE
#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

#define SEGS_MAX	VMWRITE_RWV_MAX_SEGS

FIXTURE(batch) {
	pid_t pid;
	int dev;
	char *area;	/* 64 pages of 'a', the same address in the target */
	size_t len;
};

FIXTURE_SETUP(batch)
{
	self->len = 64 * PAGE;
	self->area = map_filled(self->len, 'a');
	ASSERT_NE(NULL, self->area);
	self->pid = spawn_sleeper();
	ASSERT_LT(0, self->pid);
	self->dev = session_open(self->pid, O_RDWR, NULL);
	ASSERT_LE(0, self->dev);
}

FIXTURE_TEARDOWN(batch)
{
	close(self->dev);
	reap(self->pid);
	munmap(self->area, self->len);
}

/* The API reports the feature and both ioctls. */
TEST(handshake)
{
	struct vmwrite_api api = { .size = sizeof(api) };
	int dev = open(DEV, O_RDWR | O_CLOEXEC);

	ASSERT_LE(0, dev);
	ASSERT_EQ(0, ioctl(dev, VMWRITE_IOC_API, &api));
	EXPECT_TRUE(api.features & VMWRITE_FEATURE_BATCH);
	EXPECT_TRUE(api.ioctls & (1ULL << _IOC_NR(VMWRITE_IOC_WRITEV)));
	EXPECT_TRUE(api.ioctls & (1ULL << _IOC_NR(VMWRITE_IOC_READV)));
	close(dev);
}

/*
 * 1,024 scattered 8-byte writes, several to each page and in no page
 * order, then read back by a batch and by /proc/PID/mem.
 */
TEST_F(batch, scattered_writes_and_reads)
{
	static struct vmwrite_seg segs[SEGS_MAX];
	static uint64_t val[SEGS_MAX], back[SEGS_MAX];
	struct vmwrite_rwv v;
	uint64_t word;
	uint32_t i;

	for (i = 0; i < SEGS_MAX; i++) {
		/* A stride coprime with the slots: every slot once. */
		uint64_t slot = (i * 2654435761U) % (self->len / 8 / 4);

		val[i] = 0x1000000000000000ULL | i;
		seg_set(&segs[i], (uintptr_t)self->area + slot * 32, &val[i], 8);
	}
	ASSERT_EQ(0, rwv(self->dev, true, segs, SEGS_MAX, &v));
	EXPECT_EQ(SEGS_MAX, v.nr_done);
	EXPECT_EQ(0, v.nr_failed);
	EXPECT_EQ(8 * SEGS_MAX, v.bytes);
	for (i = 0; i < SEGS_MAX; i++) {
		ASSERT_EQ(8, segs[i].done);
		ASSERT_EQ(0, segs[i].error);
		ASSERT_EQ(8, procmem_rw(self->pid, false, segs[i].addr, &word, 8));
		ASSERT_EQ(val[i], word);
	}
	/* Our own copy is untouched: the target is a fork. */
	EXPECT_TRUE(all_bytes(self->area, self->len, 'a'));

	for (i = 0; i < SEGS_MAX; i++) {
		back[i] = POISON;
		seg_set(&segs[i], segs[i].addr, &back[i], 8);
	}
	ASSERT_EQ(0, rwv(self->dev, false, segs, SEGS_MAX, &v));
	EXPECT_EQ(SEGS_MAX, v.nr_done);
	EXPECT_EQ(0, v.nr_failed);
	EXPECT_EQ(0, memcmp(val, back, sizeof(val)));
}

/*
 * A segment on an unmapped page fails alone, with the error a single
 * transfer would give, and the ones after it are still made; a segment
 * running into the hole moves what lies before it.
 */
TEST_F(batch, failing_segment_does_not_stop_the_next)
{
	char w1[16], w2[100], w3[16], check[100];
	struct vmwrite_seg segs[4];
	char *hole = self->area + 10 * PAGE;
	struct vmwrite_rwv v;
	uint64_t done;

	ASSERT_EQ(0, munmap(hole, PAGE));
	memset(w1, '1', sizeof(w1));
	memset(w2, '2', sizeof(w2));
	memset(w3, '3', sizeof(w3));
	reap(self->pid);
	close(self->dev);
	self->pid = spawn_sleeper();
	self->dev = session_open(self->pid, O_RDWR, NULL);
	ASSERT_LE(0, self->dev);

	seg_set(&segs[0], (uintptr_t)self->area + 100, w1, sizeof(w1));
	seg_set(&segs[1], (uintptr_t)hole + 8, w3, sizeof(w3));
	seg_set(&segs[2], (uintptr_t)hole - 40, w2, sizeof(w2));
	seg_set(&segs[3], (uintptr_t)self->area + 20 * PAGE, w3, sizeof(w3));
	ASSERT_EQ(0, rwv(self->dev, true, segs, 4, &v));
	EXPECT_EQ(4, v.nr_done);
	EXPECT_EQ(1, v.nr_failed);
	EXPECT_EQ(16 + 40 + 16, v.bytes);
	EXPECT_EQ(16, segs[0].done);
	EXPECT_EQ(0, segs[0].error);
	EXPECT_EQ(0, segs[1].done);
	EXPECT_EQ(-EFAULT, segs[1].error);
	EXPECT_EQ(40, segs[2].done);
	EXPECT_EQ(0, segs[2].error);
	EXPECT_EQ(16, segs[3].done);

	/* The same as single transfers of the failing segments say. */
	EXPECT_EQ(-EFAULT, xfer(self->dev, true, segs[1].addr, w3, 16, &done));
	EXPECT_EQ(0, xfer(self->dev, true, segs[2].addr, w2, 100, &done));
	EXPECT_EQ(40, done);

	ASSERT_EQ(40, procmem_rw(self->pid, false, segs[2].addr, check, 100));
	EXPECT_TRUE(all_bytes(check, 40, '2'));
	ASSERT_EQ(16, procmem_rw(self->pid, false, segs[3].addr, check, 16));
	EXPECT_TRUE(all_bytes(check, 16, '3'));
}

/* Zero-length segments succeed with nothing done; an empty batch too. */
TEST_F(batch, empty_segments_and_batch)
{
	struct vmwrite_seg segs[3];
	struct vmwrite_rwv v;
	char c = 'z';

	seg_set(&segs[0], (uintptr_t)self->area, &c, 0);
	seg_set(&segs[1], 0, NULL, 0);
	seg_set(&segs[2], (uintptr_t)self->area, &c, 1);
	ASSERT_EQ(0, rwv(self->dev, true, segs, 3, &v));
	EXPECT_EQ(3, v.nr_done);
	EXPECT_EQ(0, v.nr_failed);
	EXPECT_EQ(1, v.bytes);
	EXPECT_EQ(0, segs[0].done);
	EXPECT_EQ(0, segs[0].error);
	EXPECT_EQ(0, segs[1].done);
	EXPECT_EQ(0, segs[1].error);
	EXPECT_EQ(1, segs[2].done);

	ASSERT_EQ(0, rwv(self->dev, true, NULL, 0, &v));
	EXPECT_EQ(0, v.nr_done);
	EXPECT_EQ(0, v.nr_failed);
	EXPECT_EQ(0, v.bytes);
}

/*
 * Overlapping segments land in array order, on one page (shared by the
 * short segments) and across pages (a long segment between short ones).
 */
TEST_F(batch, overlapping_segments_in_order)
{
	char *big = malloc(3 * PAGE), x[8], y[8], check[3 * PAGE];
	uint64_t base = (uintptr_t)self->area + 5 * PAGE;
	struct vmwrite_seg segs[5];
	struct vmwrite_rwv v;

	ASSERT_NE(NULL, big);
	memset(big, 'B', 3 * PAGE);
	memset(x, 'X', sizeof(x));
	memset(y, 'Y', sizeof(y));
	seg_set(&segs[0], base + 64, x, 8);
	seg_set(&segs[1], base + 64, y, 8);		/* same page, later wins */
	seg_set(&segs[2], base + PAGE + 8, x, 8);
	seg_set(&segs[3], base, big, 3 * PAGE);		/* covers all of them */
	seg_set(&segs[4], base + 2 * PAGE + 16, y, 4);
	ASSERT_EQ(0, rwv(self->dev, true, segs, 5, &v));
	EXPECT_EQ(0, v.nr_failed);
	EXPECT_EQ(8 + 8 + 8 + 3 * PAGE + 4, v.bytes);
	ASSERT_EQ(3 * PAGE, procmem_rw(self->pid, false, base, check, 3 * PAGE));
	EXPECT_TRUE(all_bytes(check, 2 * PAGE + 16, 'B'));
	EXPECT_TRUE(all_bytes(check + 2 * PAGE + 16, 4, 'Y'));
	EXPECT_TRUE(all_bytes(check + 2 * PAGE + 20, PAGE - 20, 'B'));

	/* Without the long one: the last of the two same-page writes wins. */
	seg_set(&segs[0], base + 64, x, 8);
	seg_set(&segs[1], base + 64, y, 8);
	ASSERT_EQ(0, rwv(self->dev, true, segs, 2, &v));
	ASSERT_EQ(8, procmem_rw(self->pid, false, base + 64, check, 8));
	EXPECT_TRUE(all_bytes(check, 8, 'Y'));
	free(big);
}

/* What makes a segment invalid fails that segment only. */
TEST_F(batch, invalid_segments)
{
	struct {
		struct vmwrite_seg seg;
		uint64_t more;
	} big[2];
	struct vmwrite_seg segs[6];
	struct vmwrite_rwv v;
	char c[8] = "abcdefg";
	char *ro = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_NE(MAP_FAILED, ro);
	seg_set(&segs[0], (uintptr_t)self->area, c, 8);
	segs[0].flags = 0x80;				/* unknown flag */
	seg_set(&segs[1], (uintptr_t)self->area, c, 8);
	segs[1].flags = VMWRITE_RW_F_TEXT;		/* not for a process */
	seg_set(&segs[2], ~0ULL - 3, c, 8);		/* wraps */
	seg_set(&segs[3], (uintptr_t)self->area, (void *)16, 8); /* bad buffer */
	seg_set(&segs[4], (uintptr_t)self->area + 8, c, 8);	/* fine */
	seg_set(&segs[5], (uintptr_t)self->area, (void *)-4096L, 8); /* kernel buffer */
	ASSERT_EQ(0, rwv(self->dev, true, segs, 6, &v));
	EXPECT_EQ(6, v.nr_done);
	EXPECT_EQ(5, v.nr_failed);
	EXPECT_EQ(8, v.bytes);
	EXPECT_EQ(-EINVAL, segs[0].error);
	EXPECT_EQ(-EINVAL, segs[1].error);
	EXPECT_EQ(-EINVAL, segs[2].error);
	EXPECT_EQ(-EFAULT, segs[3].error);
	EXPECT_EQ(0, segs[4].error);
	EXPECT_EQ(8, segs[4].done);
	EXPECT_EQ(-EFAULT, segs[5].error);

	/* A read into our read-only page faults on our side. */
	seg_set(&segs[0], (uintptr_t)self->area, ro, 8);
	ASSERT_EQ(0, rwv(self->dev, false, segs, 1, &v));
	EXPECT_EQ(-EFAULT, segs[0].error);

	/* Longer records: zeroes past the known fields are fine ... */
	memset(big, 0, sizeof(big));
	seg_set(&big[0].seg, (uintptr_t)self->area + 16, c, 8);
	seg_set(&big[1].seg, (uintptr_t)self->area + 24, c, 8);
	big[1].more = 0;
	ASSERT_EQ(0, rwv_sized(self->dev, true, big, 2, sizeof(big[0]), &v));
	EXPECT_EQ(0, v.nr_failed);
	EXPECT_EQ(16, v.bytes);
	/* ... anything else there fails that record with E2BIG. */
	big[0].more = 1;
	ASSERT_EQ(0, rwv_sized(self->dev, true, big, 2, sizeof(big[0]), &v));
	EXPECT_EQ(1, v.nr_failed);
	EXPECT_EQ(-E2BIG, big[0].seg.error);
	EXPECT_EQ(0, big[0].seg.done);
	EXPECT_EQ(8, big[1].seg.done);
	munmap(ro, PAGE);
}

/* What makes the batch itself malformed fails the call, nothing moved. */
TEST_F(batch, malformed_batch)
{
	static struct vmwrite_seg segs[SEGS_MAX + 1];
	struct vmwrite_rwv v = { 0 };
	char w = 'W', check;
	char *ro;
	uint32_t i;

	for (i = 0; i <= SEGS_MAX; i++)
		seg_set(&segs[i], (uintptr_t)self->area + 7, &w, 1);
	EXPECT_EQ(-EINVAL, rwv(self->dev, true, segs, SEGS_MAX + 1, NULL));
	EXPECT_EQ(-EINVAL, rwv_sized(self->dev, true, segs, 1, 32, NULL));
	EXPECT_EQ(-EINVAL, rwv_sized(self->dev, true, segs, 1, 44, NULL));
	EXPECT_EQ(-EINVAL, rwv_sized(self->dev, true, segs, 1, PAGE + 8, NULL));
	EXPECT_EQ(-EFAULT, rwv(self->dev, true, NULL, 1, NULL));
	EXPECT_EQ(-EFAULT, rwv(self->dev, true, (void *)-4096L, 1, NULL));

	v.size = sizeof(v);
	v.flags = 1;
	v.segs = (uintptr_t)segs;
	v.nr_segs = 1;
	v.seg_size = sizeof(segs[0]);
	EXPECT_EQ(-1, ioctl(self->dev, VMWRITE_IOC_WRITEV, &v));
	EXPECT_EQ(EINVAL, errno);
	v.flags = 0;
	v.size = VMWRITE_RWV_SIZE_VER0 - 8;
	EXPECT_EQ(-1, ioctl(self->dev, VMWRITE_IOC_WRITEV, &v));
	EXPECT_EQ(EINVAL, errno);

	/*
	 * Records the kernel can read but not answer in: the call fails
	 * before that segment moves anything, so no byte lacks a count.
	 */
	ro = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, ro);
	seg_set((struct vmwrite_seg *)ro, (uintptr_t)self->area + 7, &w, 1);
	ASSERT_EQ(0, mprotect(ro, PAGE, PROT_READ));
	EXPECT_EQ(-EFAULT, rwv(self->dev, true, (void *)ro, 1, &v));
	EXPECT_EQ(0, v.nr_done);
	ASSERT_EQ(1, procmem_rw(self->pid, false, (uintptr_t)self->area + 7, &check, 1));
	EXPECT_EQ('a', check);
	munmap(ro, PAGE);

	/* Nothing moved by any of the above. */
	ASSERT_EQ(1, procmem_rw(self->pid, false, (uintptr_t)self->area + 7, &check, 1));
	EXPECT_EQ('a', check);
}

/*
 * A record array that ends in a hole: the segments before it are made
 * and answered, the call fails with EFAULT, and nr_done says where.
 */
TEST_F(batch, array_runs_into_a_hole)
{
	char *two = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint32_t per_page = PAGE / sizeof(struct vmwrite_seg);
	/* The records that fit before the hole, from 40 records short of it. */
	struct vmwrite_seg *segs;
	struct vmwrite_rwv v;
	uint64_t word, val = 0x5555aaaa5555aaaaULL;
	uint32_t i, before = 40;

	ASSERT_NE(MAP_FAILED, two);
	ASSERT_EQ(0, munmap(two + PAGE, PAGE));
	segs = (struct vmwrite_seg *)(two + PAGE) - before;
	for (i = 0; i < before; i++)
		seg_set(&segs[i], (uintptr_t)self->area + 8 * i, &val, 8);
	ASSERT_EQ(-EFAULT, rwv(self->dev, true, segs, before + per_page, &v));
	EXPECT_EQ(before, v.nr_done);
	EXPECT_EQ(0, v.nr_failed);
	EXPECT_EQ(8 * before, v.bytes);
	for (i = 0; i < before; i++)
		EXPECT_EQ(8, segs[i].done);
	ASSERT_EQ(8, procmem_rw(self->pid, false, segs[before - 1].addr, &word, 8));
	EXPECT_EQ(val, word);
	munmap(two, PAGE);
}

/* A session's rights and state fail the whole call, as a transfer's do. */
TEST_F(batch, session_refusals)
{
	struct vmwrite_seg seg;
	struct vmwrite_rwv v;
	char c = 'c';
	int ro, fresh;

	seg_set(&seg, (uintptr_t)self->area, &c, 1);
	ro = session_open(self->pid, O_RDONLY, NULL);
	ASSERT_LE(0, ro);
	EXPECT_EQ(-EBADF, rwv(ro, true, &seg, 1, &v));
	EXPECT_EQ(0, v.nr_done);
	EXPECT_EQ(0, rwv(ro, false, &seg, 1, &v));
	EXPECT_EQ(1, seg.done);
	close(ro);

	fresh = open(DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fresh);
	EXPECT_EQ(-ENOTCONN, rwv(fresh, true, &seg, 1, NULL));
	EXPECT_EQ(-ENOTCONN, rwv(fresh, false, &seg, 1, NULL));
	close(fresh);

	/* The target gone: each segment says so, like a transfer would. */
	reap(self->pid);
	ASSERT_EQ(0, rwv(self->dev, true, &seg, 1, &v));
	EXPECT_EQ(1, v.nr_failed);
	EXPECT_EQ(-ESRCH, seg.error);
	self->pid = spawn_sleeper();
}

/*
 * Segments a page or more long and page-crossing ones take the
 * transfer's own path, interleaved with short ones.
 */
TEST_F(batch, long_and_short_segments)
{
	size_t big_len = 20 * PAGE + 123;
	char *src = malloc(big_len), *check = malloc(big_len);
	char s1[5] = "abcd", s2[3] = "xy";
	struct vmwrite_seg segs[3];
	struct vmwrite_rwv v;
	size_t i;

	ASSERT_NE(NULL, src);
	ASSERT_NE(NULL, check);
	for (i = 0; i < big_len; i++)
		src[i] = (char)(i * 13 + 5);
	seg_set(&segs[0], (uintptr_t)self->area + 40 * PAGE - 2, s1, 4);	/* crosses */
	seg_set(&segs[1], (uintptr_t)self->area + 3, src, big_len);
	seg_set(&segs[2], (uintptr_t)self->area + 50 * PAGE, s2, 2);
	ASSERT_EQ(0, rwv(self->dev, true, segs, 3, &v));
	EXPECT_EQ(0, v.nr_failed);
	EXPECT_EQ(4 + big_len + 2, v.bytes);
	ASSERT_EQ((ssize_t)big_len, procmem_rw(self->pid, false,
					       (uintptr_t)self->area + 3, check, big_len));
	EXPECT_EQ(0, memcmp(check, src, big_len));
	ASSERT_EQ(4, procmem_rw(self->pid, false, segs[0].addr, check, 4));
	EXPECT_EQ(0, memcmp(check, s1, 4));
	ASSERT_EQ(2, procmem_rw(self->pid, false, segs[2].addr, check, 2));
	EXPECT_EQ(0, memcmp(check, s2, 2));
	free(src);
	free(check);
}

TEST_HARNESS_MAIN
