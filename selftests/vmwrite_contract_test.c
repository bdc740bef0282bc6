// SPDX-License-Identifier: GPL-2.0
/*
 * What the uapi promises for every target, written once and run on each
 * (FIXTURE_VARIANT): a process -- a child sleeping with a copy of our
 * address space, its memory checked through /proc/PID/mem -- and the
 * running kernel -- vmwrite_testmod.ko's variable, checked through its
 * sysfs file.  What only one kind of target does is in vmwrite_test.c and
 * vmwrite_kernel_test.c.
 */

#define _GNU_SOURCE
#include <sys/mman.h>

#include "vmwrite_selftest.h"
#include "kselftest_harness.h"

FIXTURE(target) {
	int dev;
	pid_t pid;		/* the process target, 0 for the kernel */
	uint64_t var;		/* 8 aligned bytes of the target the tests own */
	uint64_t unmapped;	/* an address of the target with nothing there */
};

FIXTURE_VARIANT(target) {
	bool kernel;
};

FIXTURE_VARIANT_ADD(target, process) {
	.kernel = false,
};

FIXTURE_VARIANT_ADD(target, kernel) {
	.kernel = true,
};

FIXTURE_SETUP(target)
{
	char *area;

	if (variant->kernel) {
		/* Zero means vmwrite_testmod.ko is not loaded. */
		self->var = sysfs_u64(TESTMOD "rw_addr");
		ASSERT_NE(0, self->var);
		/* The guard page after the test module's vmalloc area. */
		self->unmapped = sysfs_u64(TESTMOD "vm_addr") + 2 * PAGE;
		self->dev = kernel_session_open(O_RDWR, NULL);
		ASSERT_LE(0, self->dev);
		return;
	}
	area = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		    -1, 0);
	ASSERT_NE(MAP_FAILED, area);
	ASSERT_EQ(0, munmap(area + PAGE, PAGE));
	self->var = (uintptr_t)area + 64;
	self->unmapped = (uintptr_t)area + PAGE;
	self->pid = spawn_sleeper();
	ASSERT_LT(0, self->pid);
	self->dev = session_open(self->pid, O_RDWR, NULL);
	ASSERT_LE(0, self->dev);
}

FIXTURE_TEARDOWN(target)
{
	close(self->dev);
	if (self->pid)
		reap(self->pid);
}

/* The variable as the target's own side sees it, not through vmwrite. */
static uint64_t peek(struct __test_metadata *_metadata, FIXTURE_DATA(target) *self)
{
	uint64_t v = 0;

	if (!self->pid)
		return sysfs_u64(TESTMOD "rw_value");
	ASSERT_EQ(8, procmem_rw(self->pid, false, self->var, &v, 8));
	return v;
}

static void poke(struct __test_metadata *_metadata, FIXTURE_DATA(target) *self, uint64_t v)
{
	char s[24];

	if (!self->pid) {
		snprintf(s, sizeof(s), "%llu", (unsigned long long)v);
		ASSERT_EQ(0, sysfs_write(TESTMOD "rw_value", s));
		return;
	}
	ASSERT_EQ(8, procmem_rw(self->pid, true, self->var, &v, 8));
}

TEST_F(target, write_and_read)
{
	uint64_t v = POISON, done;
	char buf[3];

	poke(_metadata, self, 0x1122334455667788ULL);
	ASSERT_EQ(0, xfer(self->dev, false, self->var, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0x1122334455667788ULL, v);

	v = 0x0123456789abcdefULL;
	ASSERT_EQ(0, xfer(self->dev, true, self->var, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(v, peek(_metadata, self));
	/* Unaligned, short: bytes 3..5 only. */
	memcpy(buf, "\x11\x22\x33", 3);
	ASSERT_EQ(0, xfer(self->dev, true, self->var + 3, buf, 3, &done));
	EXPECT_EQ(3, done);
	EXPECT_EQ(0x0123332211abcdefULL, peek(_metadata, self));

	/* Nothing there: an error, and nothing done. */
	done = POISON;
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, self->unmapped, &v, 8, &done));
	EXPECT_EQ(0, done);
}

TEST_F(target, cmpxchg)
{
	uint64_t a = self->var, old, done;

	/* Matches: stored, and the old value comes back. */
	poke(_metadata, self, 100);
	EXPECT_EQ(0, session_cmpxchg(self->dev, a, 8, 100, 200, &old, &done));
	EXPECT_EQ(100, old);
	EXPECT_EQ(8, done);
	EXPECT_EQ(200, peek(_metadata, self));
	/* Does not match: nothing stored, the value held comes back. */
	EXPECT_EQ(0, session_cmpxchg(self->dev, a, 8, 100, 300, &old, &done));
	EXPECT_EQ(200, old);
	EXPECT_EQ(0, done);
	EXPECT_EQ(200, peek(_metadata, self));
	/* Each width touches its own bytes only. */
	EXPECT_EQ(0, session_cmpxchg(self->dev, a + 1, 1, 0, 0xab, &old, &done));
	EXPECT_EQ(1, done);
	EXPECT_EQ(0, session_cmpxchg(self->dev, a + 2, 2, 0, 0xcdef, &old, &done));
	EXPECT_EQ(2, done);
	EXPECT_EQ(0, session_cmpxchg(self->dev, a + 4, 4, 0, 0x01020304, &old, &done));
	EXPECT_EQ(4, done);
	EXPECT_EQ(0x01020304cdefabc8ULL, peek(_metadata, self));

	/* Nothing there: an error, and old and done say nothing happened. */
	EXPECT_EQ(-EFAULT, session_cmpxchg(self->dev, self->unmapped, 8, 0, 1, &old, &done));
	EXPECT_EQ(0, old);
	EXPECT_EQ(0, done);

	/* Width and alignment, the same rules everywhere. */
	EXPECT_EQ(-EINVAL, session_cmpxchg(self->dev, a, 3, 0, 0, &old, &done));
	EXPECT_EQ(-EINVAL, session_cmpxchg(self->dev, a, 16, 0, 0, &old, &done));
	EXPECT_EQ(-EINVAL, session_cmpxchg(self->dev, a, 0, 0, 0, &old, &done));
	EXPECT_EQ(-EINVAL, session_cmpxchg(self->dev, a + 2, 4, 0, 0, &old, &done));
	EXPECT_EQ(-EINVAL, session_cmpxchg(self->dev, a + 4, 8, 0, 1, &old, &done));
	EXPECT_EQ(-EINVAL, session_cmpxchg(self->dev, a, 4, 0xffffffff00000000ULL, 0, &old,
					   &done));
	EXPECT_EQ(-EINVAL, session_cmpxchg(self->dev, a, 1, 0, 0x100, &old, &done));
	EXPECT_EQ(0x01020304cdefabc8ULL, peek(_metadata, self));
}

TEST_HARNESS_MAIN
