// SPDX-License-Identifier: GPL-2.0
/*
 * Selftests for the vmwrite kernel target.  Needs vmwrite_testmod.ko
 * loaded: /sys/kernel/vmwrite_testmod/ names the kernel memory to aim at
 * and shows what is in it through the test module's own eyes.
 *
 * The "oneway" fixture raises kernel lockdown, which cannot be lowered:
 * selftests/guest-runner.sh runs it only in a boot of its own.
 */

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/klog.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/capability.h>
#include <linux/kernel-page-flags.h>
#include <linux/userfaultfd.h>
#include <linux/vmwrite.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

#define PARAM		"/sys/module/vmwrite/parameters/allow_kernel_write"
#define TEXT_PARAM	"/sys/module/vmwrite/parameters/allow_text_write"
#define TAINT_USER	(1UL << 6)

FIXTURE(kernel) {
	int dev;
	size_t page;
};

FIXTURE_SETUP(kernel)
{
	uint32_t access = 0;

	self->page = sysconf(_SC_PAGESIZE);
	/* Zero means vmwrite_testmod.ko is not loaded. */
	ASSERT_NE(0, sysfs_u64(TESTMOD "rw_addr"));
	self->dev = kernel_session_open(O_RDWR, &access);
	ASSERT_LE(0, self->dev);
	ASSERT_EQ(VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE, access);
}

FIXTURE_TEARDOWN(kernel)
{
	close(self->dev);
	sysfs_write(PARAM, "1");
	sysfs_write(TEXT_PARAM, "0");
	sysfs_write(TESTMOD "watch", "0");
	sysfs_write(TESTMOD "stores", "0");
}

TEST_F(kernel, a_write_taints_the_kernel)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr");
	uint64_t v = 0x0123456789abcdefULL, done, tainted;
	FILE *f;

	/* What a write does is in vmwrite_contract_test.c, for both targets. */
	ASSERT_EQ(0, xfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(8, done);

	/* Writing the kernel taints it. */
	f = fopen("/proc/sys/kernel/tainted", "re");
	ASSERT_NE(NULL, f);
	ASSERT_EQ(1, fscanf(f, "%lu", &tainted));
	fclose(f);
	EXPECT_TRUE(tainted & TAINT_USER);
}

/* How often the kernel log holds @needle. */
static int klog_count(const char *needle)
{
	static char log[1 << 20];
	int len, n = 0;
	char *p;

	len = klogctl(3, log, sizeof(log) - 1);	/* SYSLOG_ACTION_READ_ALL */
	if (len < 0)
		return -1;
	log[len] = '\0';
	for (p = log; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

/* How often the kernel log says this process wrote kernel memory. */
static int write_notices(void)
{
	char needle[64];

	snprintf(needle, sizeof(needle), "[%d] writes kernel memory", getpid());
	return klog_count(needle);
}

/* Once per session, not per write; no kernel pointer in it. */
TEST_F(kernel, each_session_logs_its_first_write)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr"), v = 1, done;
	int before = write_notices(), dev;

	ASSERT_LE(0, before);
	ASSERT_EQ(0, xfer(self->dev, true, addr, &v, 8, &done));
	ASSERT_EQ(0, xfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(before + 1, write_notices());
	/* Reads log nothing; a new session logs again. */
	ASSERT_EQ(0, xfer(self->dev, false, addr, &v, 8, &done));
	dev = kernel_session_open(O_RDWR, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, xfer(dev, true, addr, &v, 8, &done));
	EXPECT_EQ(before + 2, write_notices());
	close(dev);
}

/*
 * With audit on (the oneway boot has audit=1 and no auditd, so kauditd
 * prints its records), a kernel write is an AUDIT_KERNEL_OTHER record.
 */
TEST_F(kernel, audit_records_a_write)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr"), v = 1, done;
	char needle[128];
	int before, i, n = 0;

	if (!getenv("VMWRITE_EXPECT_AUDIT"))
		SKIP(return, "audit is off in this boot");
	/*
	 * kauditd prints through printk_ratelimit(): let its window pass.
	 * Three bytes: no other test writes that many here.
	 */
	sleep(6);
	snprintf(needle, sizeof(needle),
		 "addr=0x%" PRIx64 " len=3 done=3 errno=0 flags=0x0 res=1", addr);
	before = klog_count(needle);
	ASSERT_LE(0, before);
	ASSERT_EQ(0, xfer(self->dev, true, addr, &v, 3, &done));
	/* kauditd prints from its own thread. */
	for (i = 0; i < 50 && (n = klog_count(needle)) == before; i++)
		usleep(100000);
	EXPECT_EQ(before + 1, n);
	EXPECT_LT(0, klog_count("type=1316"));
	EXPECT_LT(0, klog_count("op=vmwrite-write"));
}

/*
 * A batch on the kernel: each segment gets what a transfer of it alone
 * would, whatever the ones before it got.
 */
TEST_F(kernel, batch)
{
	uint64_t rw = sysfs_u64(TESTMOD "rw_addr"), ro = sysfs_u64(TESTMOD "ro_addr");
	uint64_t text = sysfs_u64(TESTMOD "text_addr");
	uint64_t end = sysfs_u64(TESTMOD "vm_addr") + 2 * self->page;
	uint64_t v = 0x1122334455667788ULL, w = 9, back[2] = { POISON, POISON };
	struct vmwrite_seg segs[5];
	struct vmwrite_rwv r;

	seg_set(&segs[0], ro, &w, 8);
	seg_set(&segs[1], rw, &v, 8);
	seg_set(&segs[2], end, &w, 8);
	seg_set(&segs[3], text, &w, 1);
	segs[3].flags = VMWRITE_RW_F_TEXT;	/* allow_text_write is off */
	seg_set(&segs[4], end - 4, &w, 8);
	ASSERT_EQ(0, rwv(self->dev, true, segs, 5, &r));
	EXPECT_EQ(5, r.nr_done);
	EXPECT_EQ(3, r.nr_failed);
	EXPECT_EQ(12, r.bytes);
	EXPECT_EQ(-EROFS, segs[0].error);
	EXPECT_EQ(0, segs[1].error);
	EXPECT_EQ(8, segs[1].done);
	EXPECT_EQ(-EFAULT, segs[2].error);
	EXPECT_EQ(-EPERM, segs[3].error);
	EXPECT_EQ(4, segs[4].done);
	EXPECT_EQ(v, sysfs_u64(TESTMOD "rw_value"));
	EXPECT_EQ(0xc0ffee, sysfs_u64(TESTMOD "ro_value"));
	EXPECT_EQ(42, sysfs_u64(TESTMOD "text_call"));

	seg_set(&segs[0], rw, &back[0], 8);
	seg_set(&segs[1], ro, &back[1], 8);
	seg_set(&segs[2], end, &w, 8);
	ASSERT_EQ(0, rwv(self->dev, false, segs, 3, &r));
	EXPECT_EQ(1, r.nr_failed);
	EXPECT_EQ(v, back[0]);
	EXPECT_EQ(0xc0ffee, back[1]);
	EXPECT_EQ(-EFAULT, segs[2].error);

	/* Writes off: every segment is refused, the call is not. */
	ASSERT_EQ(0, sysfs_write(PARAM, "0"));
	seg_set(&segs[0], rw, &w, 8);
	ASSERT_EQ(0, rwv(self->dev, true, segs, 1, &r));
	EXPECT_EQ(-EPERM, segs[0].error);
	EXPECT_EQ(v, sysfs_u64(TESTMOD "rw_value"));
}

/* A batch on the kernel is one audit record, with its segment count. */
TEST_F(kernel, audit_records_a_batch)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr"), v = 1;
	struct vmwrite_seg segs[3];
	struct vmwrite_rwv r;
	char needle[160];
	int before, i, n = 0;

	if (!getenv("VMWRITE_EXPECT_AUDIT"))
		SKIP(return, "audit is off in this boot");
	sleep(6);	/* as audit_records_a_write */
	snprintf(needle, sizeof(needle),
		 "addr=0x%" PRIx64 " len=7 done=7 errno=0 flags=0x0 res=1 segs=3", addr);
	before = klog_count(needle);
	ASSERT_LE(0, before);
	seg_set(&segs[0], addr, &v, 3);
	seg_set(&segs[1], addr + 3, &v, 2);
	seg_set(&segs[2], addr + 5, &v, 2);
	ASSERT_EQ(0, rwv(self->dev, true, segs, 3, &r));
	ASSERT_EQ(7, r.bytes);
	for (i = 0; i < 50 && (n = klog_count(needle)) == before; i++)
		usleep(100000);
	EXPECT_EQ(before + 1, n);
}

TEST_F(kernel, read_only_memory_is_erofs)
{
	uint64_t ro = sysfs_u64(TESTMOD "ro_addr");
	uint64_t text = sysfs_u64(TESTMOD "text_addr");
	uint64_t v = 0, done;

	ASSERT_EQ(0, xfer(self->dev, false, ro, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0xc0ffee, v);
	v = 7;
	EXPECT_EQ(-EROFS, xfer(self->dev, true, ro, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0xc0ffee, sysfs_u64(TESTMOD "ro_value"));

	EXPECT_EQ(-EROFS, xfer(self->dev, true, text, &v, 1, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(42, sysfs_u64(TESTMOD "text_call"));
}

/* A transfer running into a vmalloc guard page stops exactly there. */
TEST_F(kernel, vmalloc_guard_page)
{
	uint64_t vm = sysfs_u64(TESTMOD "vm_addr"), done;
	uint64_t end = vm + 2 * self->page;
	char buf[64];

	memset(buf, 0x77, sizeof(buf));
	ASSERT_EQ(0, xfer(self->dev, true, end - 8, buf, sizeof(buf), &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0x7777777777777777ULL, sysfs_u64(TESTMOD "vm_tail"));
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, end, buf, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EFAULT, xfer(self->dev, true, end + 100, buf, 8, &done));
	memset(buf, 0, sizeof(buf));
	ASSERT_EQ(0, xfer(self->dev, false, end - 16, buf, 64, &done));
	EXPECT_EQ(16, done);
	EXPECT_TRUE(all_bytes(buf, 8, 0x5a));
	EXPECT_TRUE(all_bytes(buf + 8, 8, 0x77));
}

TEST_F(kernel, device_memory_is_refused)
{
	uint64_t io = sysfs_u64(TESTMOD "io_addr"), v = 0, done;

	if (!io)
		SKIP(return, "no HPET to map in this guest");
	EXPECT_EQ(-ENXIO, xfer(self->dev, false, io, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-ENXIO, xfer(self->dev, true, io, &v, 8, &done));
}

/* Addresses that are not the kernel's: refused, never an oops. */
TEST_F(kernel, bad_addresses)
{
	static const uint64_t bad[] = {
		0, 4096, 0x7fffffffe000ULL,	/* NULL, user space */
		0x0000800000000000ULL,		/* non-canonical everywhere */
		0x8000000000000000ULL,
		0xfe00000000000000ULL,		/* non-canonical without LA57 */
	};
	uint64_t v = 0, done;
	unsigned int i;
	char *mine;

	mine = mmap(NULL, self->page, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, mine);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		EXPECT_EQ(-EFAULT, xfer(self->dev, false, bad[i], &v, 8, &done));
		EXPECT_EQ(-EFAULT, xfer(self->dev, true, bad[i], &v, 8, &done));
		EXPECT_EQ(0, done);
	}
	/* Our own memory is user memory, not the kernel's. */
	EXPECT_EQ(-EFAULT, xfer(self->dev, true, (uintptr_t)mine, &v, 8, &done));
	/* Wrapping past the top. */
	EXPECT_EQ(-EINVAL, xfer(self->dev, false, ~0ULL - 3, &v, 8, &done));
}

/* The lowest kernel address under the paging mode in force. */
static uint64_t kernel_first(void)
{
	return la57() ? 0xff00000000000000ULL : 0xffff800000000000ULL;
}

/*
 * The kernel tests run under 5-level paging (main boot, -cpu max) and
 * 4-level (one-way boot, no5lvl): the runner says which to expect.
 */
TEST_F(kernel, paging_mode)
{
	TH_LOG("%d-level paging", la57() ? 5 : 4);
	if (!getenv("VMWRITE_EXPECT_LA57"))
		SKIP(return, "VMWRITE_EXPECT_LA57 not set");
	EXPECT_EQ(atoi(getenv("VMWRITE_EXPECT_LA57")), la57());
}

/*
 * An address that is not canonical under the paging mode in force but
 * aliases kernel variables in the page tables: their addresses with the
 * bits above the virtual-address width cleared.  lookup_address() finds
 * the real entries there; the access itself would raise #GP.
 */
TEST_F(kernel, noncanonical_alias)
{
	uint64_t bits = la57() ? 57 : 48, mask = (1ULL << bits) - 1;
	uint64_t jiffies = kallsyms("jiffies_64"), rw = sysfs_u64(TESTMOD "rw_addr");
	uint64_t v = POISON, done, old, before = sysfs_u64(TESTMOD "rw_value");
	struct vmwrite_region r;
	char buf[16];

	ASSERT_NE(0, jiffies);
	ASSERT_EQ(0, xfer(self->dev, false, jiffies, &v, 8, &done));
	TH_LOG("%llu-bit addresses: jiffies_64 %#llx, alias %#llx",
	       (unsigned long long)bits, (unsigned long long)jiffies,
	       (unsigned long long)(jiffies & mask));
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, jiffies & mask, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, (jiffies & mask) + 1, buf, 3,
				&done));
	EXPECT_EQ(-EFAULT, session_cmpxchg(self->dev, jiffies & mask, 8, 0, 0,
					   &old, &done));
	v = ~before;
	EXPECT_EQ(-EFAULT, xfer(self->dev, true, rw & mask, &v, 8, &done));
	EXPECT_EQ(-EFAULT, xfer(self->dev, true, (rw & mask) + 1, buf, 3, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(before, sysfs_u64(TESTMOD "rw_value"));
	/* No region there either: free up to the first kernel address. */
	ASSERT_EQ(0, session_region(self->dev, jiffies & mask, &r));
	EXPECT_EQ(VMWRITE_REGION_FREE, r.kind);
	EXPECT_EQ(0, r.prot);
	EXPECT_EQ(kernel_first(), r.end);
}

/* Is the vsyscall page mapped readable (vsyscall=emulate)? */
static bool vsyscall_readable(void)
{
	char line[512];
	bool readable = false;
	FILE *f = fopen("/proc/self/maps", "re");

	if (!f)
		return false;
	while (fgets(line, sizeof(line), f))
		if (strstr(line, "[vsyscall]"))
			readable = strchr(line, ' ')[1] == 'r';
	fclose(f);
	return readable;
}

/*
 * The vsyscall page is user memory in the kernel half (_PAGE_USER): with
 * SMAP, a kernel load from it is an oops that no exception table fixes.
 */
TEST_F(kernel, vsyscall_page)
{
	const uint64_t vsyscall = 0xffffffffff600000ULL;
	uint64_t v = POISON, done, old;
	struct vmwrite_region r;
	char buf[64];

	TH_LOG("vsyscall page %s", vsyscall_readable() ? "mapped (emulate)" :
						      "not mapped");
	if (getenv("VMWRITE_EXPECT_VSYSCALL"))
		EXPECT_EQ(atoi(getenv("VMWRITE_EXPECT_VSYSCALL")),
			  vsyscall_readable());
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, vsyscall, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, vsyscall + 1, buf, 16, &done));
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, vsyscall + 0x800, buf,
				sizeof(buf), &done));
	EXPECT_EQ(-EFAULT, session_cmpxchg(self->dev, vsyscall, 8, 0, 0, &old,
					   &done));
	EXPECT_EQ(0, done);
	ASSERT_EQ(0, session_region(self->dev, vsyscall, &r));
	EXPECT_EQ(VMWRITE_REGION_FREE, r.kind);
	EXPECT_EQ(0, r.prot);
}

/*
 * From the first kernel address, the holes before the first mapping are
 * crossed in a few calls: each call walks up to 4096 page table entries,
 * and an empty entry is skipped whole, whatever its level.
 */
TEST_F(kernel, region_crosses_the_first_hole)
{
	uint64_t a = kernel_first();
	struct vmwrite_region r;
	unsigned int calls;

	for (calls = 1; calls <= 256; calls++) {
		ASSERT_EQ(0, session_region(self->dev, a, &r));
		if (r.kind != VMWRITE_REGION_FREE)
			break;
		ASSERT_LT(a, r.end - 1);
		a = r.end;
	}
	TH_LOG("%u calls from %#llx to the first mapping at %#llx", calls,
	       (unsigned long long)kernel_first(), (unsigned long long)a);
	EXPECT_GE(64, calls);
}

TEST_F(kernel, writes_can_be_disabled)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr"), v = 5, done;

	ASSERT_EQ(0, sysfs_write(PARAM, "0"));
	EXPECT_EQ(-EPERM, xfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0, xfer(self->dev, false, addr, &v, 8, &done));
	ASSERT_EQ(0, sysfs_write(PARAM, "1"));
	v = 5;
	EXPECT_EQ(0, xfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(5, sysfs_u64(TESTMOD "rw_value"));
}

TEST_F(kernel, cmpxchg)
{
	uint64_t rw = sysfs_u64(TESTMOD "rw_addr"), old, done;
	uint64_t io = sysfs_u64(TESTMOD "io_addr");

	/*
	 * What holds for both targets is in vmwrite_contract_test.c.  What a
	 * write may not touch, a compare-and-write may not either.
	 */
	EXPECT_EQ(-EROFS, session_cmpxchg(self->dev, sysfs_u64(TESTMOD "ro_addr"), 8,
			       0xc0ffee, 1, &old, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0xc0ffee, sysfs_u64(TESTMOD "ro_value"));
	if (io)
		EXPECT_EQ(-ENXIO, session_cmpxchg(self->dev, io, 4, 0, 1, &old, &done));
	EXPECT_EQ(-EFAULT, session_cmpxchg(self->dev, 4096, 8, 0, 1, &old, &done));
	EXPECT_EQ(-EFAULT, session_cmpxchg(self->dev, 0x8000000000000000ULL, 8, 0, 1,
				&old, &done));
	ASSERT_EQ(0, sysfs_write(PARAM, "0"));
	EXPECT_EQ(-EPERM, session_cmpxchg(self->dev, rw, 8, 0, 1, &old, &done));
}

/*
 * Compare-and-write against a kernel thread incrementing the same counter
 * on the other CPU: no increment of either side may be lost.
 */
TEST_F(kernel, cmpxchg_races_a_kernel_thread)
{
	const uint64_t theirs = 200000, ours = 2000;
	uint64_t a = sysfs_u64(TESTMOD "bump_addr"), v, old, done, n;
	unsigned long long value;
	int running = 1, tries;
	char arg[32];
	FILE *f;

	snprintf(arg, sizeof(arg), "%llu", (unsigned long long)theirs);
	ASSERT_EQ(0, sysfs_write(TESTMOD "bump", arg));
	for (n = 0; n < ours; n++) {
		ASSERT_EQ(0, xfer(self->dev, false, a, &v, 8, &done));
		for (;;) {
			ASSERT_EQ(0, session_cmpxchg(self->dev, a, 8, v, v + 1, &old,
					  &done));
			if (done)
				break;
			v = old;
		}
	}
	for (tries = 0; running && tries < 600; tries++) {
		f = fopen(TESTMOD "bump", "re");
		ASSERT_NE(NULL, f);
		ASSERT_EQ(2, fscanf(f, "%llu %d", &value, &running));
		fclose(f);
		if (running)
			usleep(100000);
	}
	ASSERT_EQ(0, running);
	EXPECT_EQ(theirs + ours, value);
}

/* "torn reads" of the test module's watcher, after it stopped. */
static int watch_result(long *torn, long *reads)
{
	FILE *f = fopen(TESTMOD "watch", "re");
	int n;

	if (!f)
		return -1;
	n = fscanf(f, "%ld %ld", torn, reads);
	fclose(f);
	return n == 2 ? 0 : -1;
}

/*
 * A kernel thread on the other CPU spins reading a variable while the test
 * flips it between all zeroes and all ones; it counts anything else.
 * Aligned writes are single stores: it never sees one half-done.  The
 * control writes each value in two halves and must be seen torn.
 */
static long kernel_torn(struct __test_metadata *_metadata, int dev,
			unsigned int width, bool halves, int flips)
{
	uint64_t a = sysfs_u64(TESTMOD "watch_addr"), v, done;
	long torn = -1, reads = 0;
	char arg[4];
	int i;

	v = 0;
	EXPECT_EQ(0, xfer(dev, true, a, &v, 8, &done));
	snprintf(arg, sizeof(arg), "%u", width);
	EXPECT_EQ(0, sysfs_write(TESTMOD "watch", arg));
	for (i = 0; i < flips; i++) {
		v = i & 1 ? 0 : ~0ULL;
		if (halves) {
			EXPECT_EQ(0, xfer(dev, true, a, &v, width / 2, &done));
			EXPECT_EQ(0, xfer(dev, true, a + width / 2, &v,
					  width / 2, &done));
		} else {
			EXPECT_EQ(0, xfer(dev, true, a, &v, width, &done));
		}
	}
	EXPECT_EQ(0, sysfs_write(TESTMOD "watch", "0"));
	EXPECT_EQ(0, watch_result(&torn, &reads));
	TH_LOG("width %u%s: %ld torn of %ld reads", width,
	       halves ? " in halves" : "", torn, reads);
	EXPECT_LT(0, reads);
	return torn;
}

TEST_F(kernel, single_store_never_torn)
{
	EXPECT_EQ(0, kernel_torn(_metadata, self->dev, 2, false, 20000));
	EXPECT_EQ(0, kernel_torn(_metadata, self->dev, 4, false, 20000));
	EXPECT_EQ(0, kernel_torn(_metadata, self->dev, 8, false, 20000));
	EXPECT_LT(0, kernel_torn(_metadata, self->dev, 8, true, 2000));
}

/*
 * A hardware watchpoint counts each store into the test module's
 * store_var: an aligned 1, 2, 4 or 8-byte write is exactly one store.  The
 * control, a 3-byte write, is stored byte by byte and counts 3, which
 * shows that the watchpoint counts stores, not calls.
 */
TEST_F(kernel, single_store_counted)
{
	uint64_t a = sysfs_u64(TESTMOD "store_addr"), v = ~0ULL, done;
	static const unsigned int widths[] = { 1, 2, 4, 8 };
	unsigned int i;

	ASSERT_NE(0, a);
	if (sysfs_write(TESTMOD "stores", "1"))
		SKIP(return, "no hardware watchpoint");
	for (i = 0; i < 4; i++) {
		ASSERT_EQ(0, sysfs_write(TESTMOD "stores", "1"));
		ASSERT_EQ(0, xfer(self->dev, true, a, &v, widths[i], &done));
		EXPECT_EQ(1, sysfs_u64(TESTMOD "stores")) TH_LOG("width %u", widths[i]);
	}
	ASSERT_EQ(0, sysfs_write(TESTMOD "stores", "1"));
	ASSERT_EQ(0, xfer(self->dev, true, a + 1, &v, 3, &done));
	EXPECT_EQ(3, sysfs_u64(TESTMOD "stores"));
	sysfs_write(TESTMOD "stores", "0");
}

/* Aligned reads are single loads: each sees a whole value. */
TEST_F(kernel, single_load)
{
	uint64_t rw = sysfs_u64(TESTMOD "rw_addr"), v = POISON, done;

	ASSERT_EQ(0, sysfs_write(TESTMOD "rw_value", "0x1122334455667788"));
	EXPECT_EQ(0, xfer(self->dev, false, rw + 4, &v, 4, &done));
	EXPECT_EQ(4, done);
	EXPECT_EQ(0xdeadbeef11223344ULL, v);
	EXPECT_EQ(0, xfer(self->dev, false, rw + 6, &v, 2, &done));
	EXPECT_EQ(0xdeadbeef11221122ULL, v);
}

/* What the kernel page tables map, region by region, without reading it. */
TEST_F(kernel, region)
{
	uint64_t vm = sysfs_u64(TESTMOD "vm_addr"), io = sysfs_u64(TESTMOD "io_addr");
	uint64_t rw = sysfs_u64(TESTMOD "rw_addr"), first;
	struct vmwrite_region r;

	ASSERT_EQ(0, session_region(self->dev, rw, &r));
	EXPECT_EQ(rw & ~(uint64_t)(self->page - 1), r.start);
	EXPECT_LT(rw, r.end - 1);
	EXPECT_EQ(VMWRITE_PROT_READ | VMWRITE_PROT_WRITE, r.prot);
	EXPECT_EQ(VMWRITE_REGION_PRIVATE, r.kind);
	ASSERT_EQ(0, session_region(self->dev, sysfs_u64(TESTMOD "ro_addr"), &r));
	EXPECT_EQ(VMWRITE_PROT_READ, r.prot);
	ASSERT_EQ(0, session_region(self->dev, sysfs_u64(TESTMOD "text_addr"), &r));
	EXPECT_EQ(VMWRITE_PROT_READ | VMWRITE_PROT_EXEC, r.prot);
	EXPECT_EQ(VMWRITE_REGION_PRIVATE, r.kind);
	/* The vmalloc buffer ends exactly at its guard page. */
	ASSERT_EQ(0, session_region(self->dev, vm, &r));
	EXPECT_EQ(vm, r.start);
	EXPECT_EQ(vm + 2 * self->page, r.end);
	EXPECT_EQ(VMWRITE_REGION_PRIVATE, r.kind);
	ASSERT_EQ(0, session_region(self->dev, vm + 2 * self->page, &r));
	EXPECT_EQ(VMWRITE_REGION_FREE, r.kind);
	EXPECT_EQ(0, r.prot);
	EXPECT_LT(vm + 2 * self->page, r.end - 1);
	if (io) {
		ASSERT_EQ(0, session_region(self->dev, io, &r));
		EXPECT_EQ(VMWRITE_REGION_IO, r.kind);
	}
	/* User space and the non-canonical hole: free up to the kernel. */
	ASSERT_EQ(0, session_region(self->dev, 0x1000, &r));
	EXPECT_EQ(VMWRITE_REGION_FREE, r.kind);
	first = r.end;
	EXPECT_TRUE(first == 0xffff800000000000ULL || first == 0xff00000000000000ULL);
}

/* CPU 0's copy of a per-CPU variable of the test module. */
TEST_F(kernel, percpu_variable)
{
	uint64_t a = sysfs_u64(TESTMOD "pcpu_addr"), v = 0x5eed5eed, done;

	ASSERT_EQ(0, xfer(self->dev, true, a, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0x5eed5eed, sysfs_u64(TESTMOD "pcpu_value"));
}

/* A local variable of a sleeping kernel thread, written on its stack. */
TEST_F(kernel, another_tasks_stack)
{
	uint64_t a, v = 0, done;
	int tries;

	ASSERT_EQ(0, sysfs_write(TESTMOD "stack", "start"));
	for (tries = 0; !(a = sysfs_u64(TESTMOD "stack_addr")) && tries < 100;
	     tries++)
		usleep(10000);
	ASSERT_NE(0, a);
	ASSERT_EQ(0, xfer(self->dev, false, a, &v, 8, &done));
	EXPECT_EQ(0x57ac57ac, v);
	v = 0xfeedface;
	ASSERT_EQ(0, xfer(self->dev, true, a, &v, 8, &done));
	EXPECT_EQ(8, done);
	ASSERT_EQ(0, sysfs_write(TESTMOD "stack", "check"));
	EXPECT_EQ(0xfeedface, sysfs_u64(TESTMOD "stack"));
}

/* The page frame behind our address @p, from /proc/self/pagemap, or 0. */
static uint64_t pfn_of(const void *p, size_t page)
{
	uint64_t entry = 0;
	int fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	if (pread(fd, &entry, 8, (uintptr_t)p / page * 8) != 8)
		entry = 0;
	close(fd);
	/* Bit 63: present; bits 0-54: the frame (root only). */
	return entry >> 63 ? entry & ((1ULL << 55) - 1) : 0;
}

/*
 * The direct map: one of our own pages seen (and written) through it, and
 * a secretmem page, which the kernel took out of it: a hole, -EFAULT.
 */
TEST_F(kernel, direct_map_and_secretmem)
{
	uint64_t pob = kallsyms("page_offset_base"), base, kaddr, done;
	char *mine, *secret, buf[16];
	uint64_t pfn;
	int fd;

	ASSERT_NE(0, pob);
	ASSERT_EQ(0, xfer(self->dev, false, pob, &base, 8, &done));
	mine = mmap(NULL, self->page, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_LOCKED, -1, 0);
	ASSERT_NE(MAP_FAILED, mine);
	memset(mine, 0x3c, self->page);
	pfn = pfn_of(mine, self->page);
	ASSERT_NE(0, pfn);
	kaddr = base + pfn * self->page;
	ASSERT_EQ(0, xfer(self->dev, false, kaddr, buf, 16, &done));
	EXPECT_EQ(16, done);
	EXPECT_TRUE(all_bytes(buf, 16, 0x3c));
	ASSERT_EQ(0, xfer(self->dev, true, kaddr + 100, "direct", 6, &done));
	EXPECT_EQ(0, memcmp(mine + 100, "direct", 6));

	fd = syscall(SYS_memfd_secret, 0);
	if (fd < 0)
		SKIP(return, "no memfd_secret (%s): secretmem.enable=1?",
		     strerror(errno));
	ASSERT_EQ(0, ftruncate(fd, self->page));
	secret = mmap(NULL, self->page, PROT_READ | PROT_WRITE, MAP_SHARED,
		      fd, 0);
	ASSERT_NE(MAP_FAILED, secret);
	memset(secret, 0x5c, self->page);
	pfn = pfn_of(secret, self->page);
	ASSERT_NE(0, pfn);
	kaddr = base + pfn * self->page;
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, kaddr, buf, 16, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EFAULT, xfer(self->dev, true, kaddr, buf, 16, &done));
	EXPECT_EQ(0, done);
	EXPECT_TRUE(all_bytes(secret, self->page, 0x5c));
	munmap(secret, self->page);
	close(fd);
}

/* The return immediate of vmwrite_testmod_patchme(): its offset or -1. */
static int find_immediate(const uint8_t *code, size_t len, uint32_t imm)
{
	size_t i;

	for (i = 0; i + 4 <= len; i++)
		if (!memcmp(code + i, &imm, 4))
			return (int)i;
	return -1;
}

/*
 * Text: refused without the flag (EROFS) and without the parameter
 * (EPERM), refused at the entry (EBUSY), else patched, and the function
 * returns the new value; then put back.
 */
TEST_F(kernel, patch_text)
{
	uint64_t fn = sysfs_u64(TESTMOD "patch_addr"), done, end;
	uint32_t imm = 0x5a17c0de, new = 0x600dc0de;
	uint8_t code[64], around[24], body[128];
	int off, logged;

	ASSERT_EQ(imm, sysfs_u64(TESTMOD "patch_call"));
	ASSERT_EQ(0, xfer(self->dev, false, fn, code, sizeof(code), &done));
	off = find_immediate(code, sizeof(code), imm);
	ASSERT_LE(9, off) TH_LOG("immediate at %d", off);

	EXPECT_EQ(-EROFS, xfer(self->dev, true, fn + off, &new, 4, &done));
	EXPECT_EQ(-EPERM, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     fn + off, &new, 4, &done));
	EXPECT_EQ(0, done);
	ASSERT_EQ(0, sysfs_write(TEXT_PARAM, "1"));
	/* Reads take no text flag. */
	EXPECT_EQ(-EINVAL, xfer_flags(self->dev, false, VMWRITE_RW_F_TEXT,
				      fn, code, 4, &done));
	/*
	 * ENDBR64, the fentry call site, a range running into the entry
	 * from before it, and one running from the body into whatever
	 * function comes next.  The bytes are the ones already there, so
	 * that even a wrong verdict changes nothing.
	 */
	/* around[8 + i] holds the byte at fn + i. */
	ASSERT_EQ(0, xfer(self->dev, false, fn - 8, around, 24, &done));
	EXPECT_EQ(-EBUSY, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     fn, around + 8, 1, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EBUSY, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     fn + 8, around + 16, 1, &done));
	if ((fn - 4) / self->page == fn / self->page)
		EXPECT_EQ(-EBUSY, xfer_flags(self->dev, true,
					     VMWRITE_RW_F_TEXT, fn - 4,
					     around + 4, 8, &done));
	ASSERT_EQ(0, xfer(self->dev, false, fn + off, body, sizeof(body),
			  &done));
	end = fn + off + sizeof(body) - 1;
	if ((fn + off) / self->page == end / self->page)
		EXPECT_EQ(-EBUSY, xfer_flags(self->dev, true,
					     VMWRITE_RW_F_TEXT, fn + off, body,
					     sizeof(body), &done));
	EXPECT_EQ(imm, sysfs_u64(TESTMOD "patch_call"));

	logged = klog_count("bytes of kernel text at vmwrite_testmod_patchme+0x");
	ASSERT_EQ(0, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT, fn + off,
				&new, 4, &done));
	EXPECT_EQ(4, done);
	EXPECT_EQ(new, sysfs_u64(TESTMOD "patch_call"));
	/* The log names the function patched. */
	EXPECT_EQ(logged + 1,
		  klog_count("bytes of kernel text at vmwrite_testmod_patchme+0x"));
	ASSERT_EQ(0, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT, fn + off,
				&imm, 4, &done));
	EXPECT_EQ(imm, sysfs_u64(TESTMOD "patch_call"));
	/* The alias is gone; the text itself is still read-only. */
	EXPECT_EQ(-EROFS, xfer(self->dev, true, fn + off, &new, 4, &done));
}

/* The offset of vmwrite_testmod_patchme()'s return immediate, or -1. */
static int patchme_immediate(int dev, uint64_t fn)
{
	uint8_t code[64];
	uint64_t done;

	if (xfer(dev, false, fn, code, sizeof(code), &done) || done != 64)
		return -1;
	return find_immediate(code, sizeof(code), 0x5a17c0de);
}

/*
 * Text and rodata have other addresses: their direct-map aliases (read-only
 * and not executable there).  A text write goes through the page's own
 * mapping only, where what the page is, and which symbol names it, is
 * known: through an alias it is EXDEV, at a function's entry as elsewhere.
 * The bytes written are the ones already there.
 */
TEST_F(kernel, text_writes_only_through_the_own_mapping)
{
	uint64_t fn = sysfs_u64(TESTMOD "patch_addr");
	uint64_t alias = sysfs_u64(TESTMOD "patch_alias");
	uint64_t ro_alias = sysfs_u64(TESTMOD "ro_alias");
	uint64_t kt = sysfs_u64(TESTMOD "ktext_addr");
	uint64_t kt_alias = sysfs_u64(TESTMOD "ktext_alias");
	uint8_t code[64], seen[64], kcode[64];
	struct vmwrite_region r;
	uint64_t done, v;
	int off;

	ASSERT_NE(0, alias);
	ASSERT_NE(0, ro_alias);
	off = patchme_immediate(self->dev, fn);
	ASSERT_LE(9, off);
	ASSERT_EQ(0, xfer(self->dev, false, fn, code, sizeof(code), &done));
	ASSERT_EQ(0, xfer(self->dev, false, alias, seen, sizeof(seen), &done));
	EXPECT_EQ(0, memcmp(code, seen, sizeof(code)));
	ASSERT_EQ(0, session_region(self->dev, alias, &r));
	EXPECT_EQ(VMWRITE_PROT_READ, r.prot);

	ASSERT_EQ(0, sysfs_write(TEXT_PARAM, "1"));
	EXPECT_EQ(-EXDEV, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     alias, code, 1, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EXDEV, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     alias + off, code + off, 4, &done));
	EXPECT_EQ(-EROFS, xfer(self->dev, true, alias + off, code + off, 4,
				&done));
	/* Through its own address, the entry stays refused. */
	EXPECT_EQ(-EBUSY, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT, fn,
				     code, 1, &done));

	/* Rodata likewise. */
	v = 0xc0ffee;
	EXPECT_EQ(-EROFS, xfer(self->dev, true, ro_alias, &v, 8, &done));
	EXPECT_EQ(-EXDEV, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     ro_alias, &v, 8, &done));
	EXPECT_EQ(0xc0ffee, sysfs_u64(TESTMOD "ro_value"));

	/* And a function of the kernel image (msleep). */
	ASSERT_EQ(0, xfer(self->dev, false, kt, kcode, sizeof(kcode), &done));
	ASSERT_EQ(0, xfer(self->dev, false, kt_alias, seen, sizeof(seen),
			  &done));
	EXPECT_EQ(0, memcmp(kcode, seen, sizeof(kcode)));
	EXPECT_EQ(-EXDEV, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     kt_alias, kcode, 1, &done));
	EXPECT_EQ(-EXDEV, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     kt_alias + 16, kcode + 16, 4, &done));
	EXPECT_EQ(-EBUSY, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT, kt,
				     kcode, 1, &done));
	EXPECT_EQ(0x5a17c0de, sysfs_u64(TESTMOD "patch_call"));
}

/*
 * A text write that is refused writes nothing: no taint, and no notice that
 * this process writes kernel memory.  A data write then does (the control).
 */
TEST_F(kernel, refused_text_write_leaves_no_trace)
{
	uint64_t fn = sysfs_u64(TESTMOD "patch_addr");
	uint64_t rw = sysfs_u64(TESTMOD "rw_addr"), v = 3, done;
	int before = write_notices(), off, dev;
	uint8_t code[16];

	ASSERT_LE(0, before);
	off = patchme_immediate(self->dev, fn);
	ASSERT_LE(9, off);
	ASSERT_EQ(0, xfer(self->dev, false, fn, code, sizeof(code), &done));
	dev = kernel_session_open(O_RDWR, NULL);
	ASSERT_LE(0, dev);
	/* allow_text_write is off, */
	EXPECT_EQ(-EPERM, xfer_flags(dev, true, VMWRITE_RW_F_TEXT, fn + off,
				     code, 4, &done));
	/* then on, at the entry, and through an alias. */
	ASSERT_EQ(0, sysfs_write(TEXT_PARAM, "1"));
	EXPECT_EQ(-EBUSY, xfer_flags(dev, true, VMWRITE_RW_F_TEXT, fn, code, 1,
				     &done));
	EXPECT_EQ(-EXDEV, xfer_flags(dev, true, VMWRITE_RW_F_TEXT,
				     sysfs_u64(TESTMOD "patch_alias") + off,
				     code, 4, &done));
	EXPECT_EQ(before, write_notices());
	EXPECT_EQ(0, xfer(dev, true, rw, &v, 8, &done));
	EXPECT_EQ(before + 1, write_notices());
	close(dev);
}

/*
 * The start of the direct map: frame 0 is never read, the first frame of
 * System RAM is (the check applies to the frame of the address, not to the
 * first frame of the large entry that maps it).
 */
TEST_F(kernel, direct_map_first_frames)
{
	uint64_t pob = kallsyms("page_offset_base"), base, v, done;
	unsigned long long start = 0, end = 0;
	char line[256];
	FILE *f;

	ASSERT_NE(0, pob);
	ASSERT_EQ(0, xfer(self->dev, false, pob, &base, 8, &done));
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, base, &v, 8, &done));
	/* The lowest System RAM, from /proc/iomem (root sees addresses). */
	f = fopen("/proc/iomem", "re");
	ASSERT_NE(NULL, f);
	while (fgets(line, sizeof(line), f))
		if (line[0] != ' ' && strstr(line, ": System RAM") &&
		    sscanf(line, "%llx-%llx", &start, &end) == 2)
			break;
	fclose(f);
	ASSERT_LT(start, end);
	start = (start + self->page - 1) & ~(unsigned long long)(self->page - 1);
	if (!start)
		start = self->page;
	TH_LOG("first System RAM frame read: %#llx", start / self->page);
	EXPECT_EQ(0, xfer(self->dev, false, base + start, &v, 8, &done));
	EXPECT_EQ(8, done);
}

/* Frame @pfn in the direct map. */
static uint64_t direct_map(int dev, uint64_t pfn, size_t page)
{
	uint64_t pob = kallsyms("page_offset_base"), base = 0, done;

	if (!pob || xfer(dev, false, pob, &base, 8, &done))
		return 0;
	return base + pfn * page;
}

/* Is memory block @n online and in ZONE_MOVABLE? */
static bool block_movable(unsigned int n)
{
	char path[128], line[64] = "";
	FILE *f;

	snprintf(path, sizeof(path),
		 "/sys/devices/system/memory/memory%u/valid_zones", n);
	f = fopen(path, "re");
	if (!f)
		return false;
	if (!fgets(line, sizeof(line), f))
		line[0] = '\0';
	fclose(f);
	/* An offline block lists every zone it could join. */
	return !strcmp(line, "Movable\n");
}

/*
 * What reading @addr, in memory taken offline, must fail with: ENXIO, as
 * /proc/kcore skips it; or EFAULT where the direct map no longer maps it
 * (DEBUG_PAGEALLOC unmaps the pages that went back to the allocator).
 */
static int offline_errno(int dev, uint64_t addr)
{
	struct vmwrite_region r;

	if (session_region(dev, addr, &r))
		return -EIO;
	return r.kind == VMWRITE_REGION_FREE ? -EFAULT : -ENXIO;
}

/*
 * A memory block taken offline (movablecore= makes some offlinable) stays
 * in the direct map, but the kernel no longer owns what is in it.
 */
TEST_F(kernel, offline_memory)
{
	uint64_t block = 0, v, done, addr = 0;
	char path[128];
	unsigned int n;
	FILE *f;
	int err;

	f = fopen("/sys/devices/system/memory/block_size_bytes", "re");
	ASSERT_NE(NULL, f);
	ASSERT_EQ(1, fscanf(f, "%" SCNx64, &block));
	fclose(f);
	/* The lowest movable block that goes: early allocations are at the top. */
	for (n = 0; n < 4096 && !addr; n++) {
		if (!block_movable(n))
			continue;
		snprintf(path, sizeof(path),
			 "/sys/devices/system/memory/memory%u/state", n);
		err = sysfs_write(path, "offline");
		if (!err)
			addr = direct_map(self->dev, n * block / self->page,
					  self->page);
		else
			TH_LOG("memory%u stays online: %s", n, strerror(-err));
	}
	if (!addr) {
		if (getenv("VMWRITE_EXPECT_OFFLINE"))
			ASSERT_TRUE(false) TH_LOG("no memory block went offline");
		SKIP(return, "no memory block can go offline (movablecore=?)");
	}
	TH_LOG("memory%u offline", n - 1);
	EXPECT_EQ(offline_errno(self->dev, addr),
		  xfer(self->dev, false, addr, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(offline_errno(self->dev, addr + 1),
		  xfer(self->dev, false, addr + 1, &v, 3, &done));
	v = 0;
	EXPECT_EQ(offline_errno(self->dev, addr + self->page),
		  xfer(self->dev, true, addr + self->page, &v, 8, &done));
	/* Online again: RAM, read or a hole, never ENXIO. */
	EXPECT_EQ(0, sysfs_write(path, "online_movable"));
	EXPECT_EQ(offline_errno(self->dev, addr) == -EFAULT ? -EFAULT : 0,
		  xfer(self->dev, false, addr, &v, 8, &done));
}

/* The first frame /proc/kpageflags says is @flag, at or after @from; 0. */
static uint64_t kpageflags_find(unsigned int flag, uint64_t from)
{
	static uint64_t flags[4096];
	uint64_t pfn = from;
	ssize_t n;
	int fd = open("/proc/kpageflags", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	while ((n = pread(fd, flags, sizeof(flags), pfn * 8)) > 0) {
		for (ssize_t i = 0; i < n / 8; i++)
			if (flags[i] >> flag & 1) {
				close(fd);
				return pfn + i;
			}
		pfn += n / 8;
	}
	close(fd);
	return 0;
}

/*
 * Ask the host for something on the console, where scripts/qemu-boot.sh
 * reads it as it comes (stdout may be a file the runner prints later).
 */
static int host_request(const char *line)
{
	int fd = open("/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = write(fd, line, strlen(line));
	close(fd);
	return n == (ssize_t)strlen(line) ? 0 : -EIO;
}

/* Has the virtio balloon driver a device?  (It may be built in without.) */
static bool balloon_device(void)
{
	DIR *d = opendir("/sys/bus/virtio/drivers/virtio_balloon");
	struct dirent *e;
	bool found = false;

	if (!d)
		return false;
	while (!found && (e = readdir(d)))
		found = !strncmp(e->d_name, "virtio", 6);
	closedir(d);
	return found;
}

/*
 * Pages a virtio balloon took are PageOffline: ENXIO.  The host inflates
 * the balloon when the console asks it to (scripts/qemu-boot.sh --balloon).
 */
TEST_F(kernel, ballooned_pages)
{
	uint64_t pfn = 0, v, done;
	int tries;

	if (!balloon_device()) {
		if (getenv("VMWRITE_EXPECT_BALLOON"))
			ASSERT_TRUE(false) TH_LOG("no virtio balloon driver");
		SKIP(return, "no virtio balloon in this guest");
	}
	ASSERT_EQ(0, host_request("VMWRITE-HOST: balloon 768\n"));
	for (tries = 0; !pfn && tries < 600; tries++) {
		pfn = kpageflags_find(KPF_OFFLINE, 1);
		if (!pfn)
			usleep(100000);
	}
	ASSERT_NE(0, pfn) TH_LOG("the balloon took no page");
	TH_LOG("frame %#llx is in the balloon", (unsigned long long)pfn);
	EXPECT_EQ(-ENXIO, xfer(self->dev, false,
				direct_map(self->dev, pfn, self->page), &v, 8,
				&done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0, host_request("VMWRITE-HOST: balloon 1024\n"));
}

/*
 * A poisoned page (MADV_HWPOISON, where the kernel has memory failure
 * handling) is not read: EHWPOISON.  A child poisons a page of its own and
 * says which frame it was; the poison may cost it a SIGBUS.
 */
TEST_F(kernel, poisoned_page)
{
	uint64_t pfn = 0, v, done;
	int pipefd[2], status;
	pid_t pid;

	ASSERT_EQ(0, pipe(pipefd));
	pid = fork();
	if (pid == 0) {
		char *p = mmap(NULL, self->page, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (p == MAP_FAILED)
			_exit(1);
		memset(p, 0x77, self->page);
		pfn = pfn_of(p, self->page);
		if (write(pipefd[1], &pfn, sizeof(pfn)) != sizeof(pfn))
			_exit(1);
		_exit(madvise(p, self->page, MADV_HWPOISON) ? 2 : 0);
	}
	close(pipefd[1]);
	if (read(pipefd[0], &pfn, sizeof(pfn)) != sizeof(pfn))
		pfn = 0;
	close(pipefd[0]);
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	ASSERT_NE(0, pfn);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 2)
		SKIP(return, "no MADV_HWPOISON (CONFIG_MEMORY_FAILURE?)");
	EXPECT_EQ(-EHWPOISON, xfer(self->dev, false,
				   direct_map(self->dev, pfn, self->page),
				   &v, 8, &done));
	EXPECT_EQ(0, done);
}

/*
 * KFENCE's guard pages are entries with _PAGE_PRESENT cleared but
 * _PAGE_GLOBAL (the bit pte_present() also takes as _PAGE_PROTNONE) still
 * set: holes.  The pool's second page is one (kfence.sample_interval=).
 */
TEST_F(kernel, kfence_guard_page)
{
	uint64_t sym = kallsyms("__kfence_pool"), pool = 0, v, done;
	struct vmwrite_region r;

	if (sym)
		ASSERT_EQ(0, xfer(self->dev, false, sym, &pool, 8, &done));
	if (!pool) {
		if (getenv("VMWRITE_EXPECT_KFENCE") && sym)
			ASSERT_TRUE(false) TH_LOG("no kfence pool");
		SKIP(return, "no kfence pool (kfence.sample_interval=0?)");
	}
	ASSERT_EQ(0, session_region(self->dev, pool + self->page, &r));
	EXPECT_EQ(VMWRITE_REGION_FREE, r.kind);
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, pool + self->page, &v, 8,
				&done));
	EXPECT_EQ(-EFAULT, xfer(self->dev, false, pool + self->page + 8, &v, 3,
				&done));
	EXPECT_EQ(0, done);
}

/*
 * KASAN's shadow: terabytes (petabytes under 5-level paging) of 4 KiB
 * entries that mostly map one zero page, through shared page tables.
 * REGION walks it 16 MiB per call, which a scan cannot afford; it is
 * skipped, after its first region.  [0, 0) without KASAN.
 */
static void kasan_shadow(uint64_t *start, uint64_t *end)
{
	*start = *end = 0;
	if (!kallsyms("kasan_early_shadow_page"))
		return;
	*start = la57() ? 0xffdf000000000000ULL : 0xffffec0000000000ULL;
	*end = 0xfffffc0000000000ULL;
}

/*
 * The whole kernel half, region by region, from the first kernel address
 * to the top: a few bytes of every readable region are read, at its start
 * and at its end.  A read succeeds or says why not; nothing oopses.
 */
TEST_F(kernel, scan_the_kernel_half)
{
	unsigned long calls = 0, regions = 0, reads = 0, ok = 0;
	unsigned long efault = 0, enxio = 0, ehwpoison = 0;
	uint64_t a = kernel_first(), v, done, at[2], shadow, shadow_end;
	struct vmwrite_region r;
	int i, err;

	kasan_shadow(&shadow, &shadow_end);
	for (;;) {
		ASSERT_EQ(0, session_region(self->dev, a, &r));
		ASSERT_LE(r.start, a);
		ASSERT_TRUE(!r.end || r.end > a);
		ASSERT_GT(4000000, ++calls);
		if (r.kind != VMWRITE_REGION_FREE && r.prot & VMWRITE_PROT_READ) {
			regions++;
			at[0] = a;
			at[1] = (r.end ?: 0) - 8;
			for (i = 0; i < 2; i++, reads++) {
				err = xfer(self->dev, false, at[i], &v, 8, &done);
				if (!err)
					ok++;
				else if (err == -EFAULT)
					efault++;
				else if (err == -ENXIO)
					enxio++;
				else if (err == -EHWPOISON)
					ehwpoison++;
				else
					ASSERT_TRUE(false) TH_LOG("read at %#llx: %s",
						(unsigned long long)at[i], strerror(-err));
				if (r.kind == VMWRITE_REGION_IO)
					EXPECT_EQ(-ENXIO, err);
			}
		}
		if (!r.end)
			break;
		a = r.end;
		if (a > shadow && a < shadow_end)
			a = shadow_end;
	}
	TH_LOG("%lu region calls, %lu readable regions, %lu reads: %lu read, "
	       "%lu EFAULT, %lu ENXIO, %lu EHWPOISON", calls, regions, reads,
	       ok, efault, enxio, ehwpoison);
	EXPECT_LT(0, ok);
}

struct held_writer {
	int dev;
	uint32_t flags;
	uint64_t addr;
	const void *src;
	size_t len;
	int err;
	uint64_t done;
};

static void *held_writer_run(void *arg)
{
	struct held_writer *w = arg;

	w->err = xfer_flags(w->dev, true, w->flags, w->addr, w->src, w->len,
			    &w->done);
	return NULL;
}

/*
 * A kernel write of @len bytes of @bytes at @addr, from a source buffer
 * that userfaultfd holds until the shell command @meanwhile has run.
 * Returns the write's outcome in @w.
 */
static void write_held_source(struct __test_metadata *_metadata, int dev,
			      uint32_t flags, uint64_t addr, const void *bytes,
			      size_t len, size_t page, const char *meanwhile,
			      struct held_writer *w)
{
	struct uffdio_api api = { .api = UFFD_API };
	struct uffdio_register reg = { .mode = UFFDIO_REGISTER_MODE_MISSING };
	struct uffdio_copy copy = { 0 };
	struct uffd_msg msg;
	struct pollfd pfd;
	char *src, *fill;
	pthread_t thread;
	int uffd;

	uffd = syscall(SYS_userfaultfd, O_CLOEXEC);
	ASSERT_LE(0, uffd) TH_LOG("userfaultfd: %s", strerror(errno));
	ASSERT_EQ(0, ioctl(uffd, UFFDIO_API, &api));
	src = mmap(NULL, page, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	fill = mmap(NULL, page, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, src);
	ASSERT_NE(MAP_FAILED, fill);
	memcpy(fill, bytes, len);
	reg.range.start = (uintptr_t)src;
	reg.range.len = page;
	ASSERT_EQ(0, ioctl(uffd, UFFDIO_REGISTER, &reg));

	*w = (struct held_writer){
		.dev = dev, .flags = flags, .addr = addr, .src = src,
		.len = len, .done = POISON,
	};
	ASSERT_EQ(0, pthread_create(&thread, NULL, held_writer_run, w));
	pfd.fd = uffd;
	pfd.events = POLLIN;
	ASSERT_EQ(1, poll(&pfd, 1, 30000));
	ASSERT_EQ(sizeof(msg), read(uffd, &msg, sizeof(msg)));
	ASSERT_EQ(UFFD_EVENT_PAGEFAULT, msg.event);
	/* The writer waits for its bytes. */
	EXPECT_EQ(0, system(meanwhile));
	copy.dst = (uintptr_t)src;
	copy.src = (uintptr_t)fill;
	copy.len = page;
	ASSERT_EQ(0, ioctl(uffd, UFFDIO_COPY, &copy));
	ASSERT_EQ(0, pthread_join(thread, NULL));
	close(uffd);
	munmap(src, page);
	munmap(fill, page);
}

/* Load the test module again, after a test unloaded it. */
static int testmod_reload(void)
{
	char cmd[256];

	snprintf(cmd, sizeof(cmd), "insmod %s",
		 getenv("VMWRITE_TESTMOD_KO") ?: "vmwrite_testmod.ko");
	return system(cmd);
}

/*
 * A text write takes the caller's bytes before it looks at the page: a
 * source that faults (userfaultfd holds it here) must not leave a verdict
 * on a page that is gone by the time the bytes arrive, or the bytes would
 * land in a freed page.  Text and rodata of the test module, which is
 * unloaded while the writer waits and loaded again after; the bytes are
 * the ones already there.
 */
TEST_F(kernel, text_write_checks_after_copying)
{
	uint64_t fn = sysfs_u64(TESTMOD "patch_addr"), ro, old = 0, done;
	struct held_writer w;
	int off;

	off = patchme_immediate(self->dev, fn);
	ASSERT_LE(9, off);
	ASSERT_EQ(0, sysfs_write(TEXT_PARAM, "1"));
	ASSERT_EQ(0, xfer(self->dev, false, fn + off, &old, 4, &done));
	write_held_source(_metadata, self->dev, VMWRITE_RW_F_TEXT, fn + off,
			  &old, 4, self->page, "rmmod vmwrite_testmod", &w);
	ASSERT_EQ(0, testmod_reload());
	EXPECT_EQ(-EFAULT, w.err);
	EXPECT_EQ(0, w.done);

	/* Where the module is now. */
	ro = sysfs_u64(TESTMOD "ro_addr");
	ASSERT_EQ(0, xfer(self->dev, false, ro, &old, 8, &done));
	write_held_source(_metadata, self->dev, VMWRITE_RW_F_TEXT, ro, &old, 8,
			  self->page, "rmmod vmwrite_testmod", &w);
	ASSERT_EQ(0, testmod_reload());
	EXPECT_EQ(-EFAULT, w.err);
	EXPECT_EQ(0, w.done);
}

/* A const table in rodata, patched with the flag, read back by its owner. */
TEST_F(kernel, patch_rodata)
{
	uint64_t ro = sysfs_u64(TESTMOD "ro_addr"), v = 0xbadc0ffee, done;

	ASSERT_EQ(0, sysfs_write(TEXT_PARAM, "1"));
	ASSERT_EQ(0, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT, ro, &v, 8,
				&done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0xbadc0ffee, sysfs_u64(TESTMOD "ro_value"));
	v = 0xc0ffee;
	ASSERT_EQ(0, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT, ro, &v, 8,
				&done));
	EXPECT_EQ(0xc0ffee, sysfs_u64(TESTMOD "ro_value"));
	EXPECT_EQ(-EROFS, xfer(self->dev, true, ro, &v, 8, &done));
}

/* Sets or clears CAP_SYS_RAWIO in our effective set; 0 or -errno. */
static int rawio_effective(bool on)
{
	struct __user_cap_header_struct h = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct d[2];

	if (syscall(SYS_capget, &h, d))
		return -errno;
	if (on)
		d[0].effective |= 1U << CAP_SYS_RAWIO;
	else
		d[0].effective &= ~(1U << CAP_SYS_RAWIO);
	return syscall(SYS_capset, &h, d) ? -errno : 0;
}

/* Attach to the kernel through @dev: 0 or -errno. */
static int attach_kernel(int dev)
{
	struct vmwrite_attach a = {
		.size = sizeof(a),
		.target = VMWRITE_TARGET_KERNEL,
	};

	return ioctl(dev, VMWRITE_IOC_ATTACH, &a) ? -errno : 0;
}

/*
 * CAP_SYS_RAWIO, not root and not the node's mode, gates the kernel: the
 * caller's and the opener's.  Root minus the capability, in a child.
 */
TEST(attach_needs_cap_sys_rawio)
{
	int status, dev;
	pid_t pid;

	ASSERT_EQ(0, chmod(DEV, 0666));
	pid = fork();
	if (pid == 0) {
		if (rawio_effective(false))
			_exit(100);
		/* Neither caller nor opener has it. */
		if (kernel_session_open(O_RDWR, NULL) != -EPERM)
			_exit(101);
		/* The opener had not; the caller has it back (permitted). */
		dev = open(DEV, O_RDWR | O_CLOEXEC);
		if (dev < 0 || rawio_effective(true))
			_exit(102);
		_exit(attach_kernel(dev) == -EPERM ? 0 : 103);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	ASSERT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));

	/* The opener had it; the caller has not. */
	dev = open(DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, dev);
	pid = fork();
	if (pid == 0)
		_exit(rawio_effective(false) ? 100 :
		      attach_kernel(dev) == -EPERM ? 0 : 101);
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	close(dev);
	chmod(DEV, 0600);
	ASSERT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
}

/* A device opened read-only gives a session that only reads. */
TEST(read_only_device_reads_only)
{
	uint64_t rw = sysfs_u64(TESTMOD "rw_addr"), v = POISON, done, old;
	struct vmwrite_attach a = {
		.size = sizeof(a),
		.target = VMWRITE_TARGET_KERNEL,
		.access = POISON32,
	};
	int dev = open(DEV, O_RDONLY | O_CLOEXEC);

	ASSERT_LE(0, dev);
	ASSERT_EQ(0, ioctl(dev, VMWRITE_IOC_ATTACH, &a));
	EXPECT_EQ(VMWRITE_ACCESS_READ, a.access);
	EXPECT_EQ(0, xfer(dev, false, rw, &v, 8, &done));
	EXPECT_EQ(sysfs_u64(TESTMOD "rw_value"), v);
	v = ~v;
	EXPECT_EQ(-EBADF, xfer(dev, true, rw, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EBADF, session_cmpxchg(dev, rw, 8, 0, 0, &old, &done));
	EXPECT_NE(v, sysfs_u64(TESTMOD "rw_value"));
	close(dev);
}

/* One-way: lockdown cannot be lowered again. */
FIXTURE(oneway) {
	int dev;
};

FIXTURE_SETUP(oneway)
{
	self->dev = kernel_session_open(O_RDWR, NULL);
	ASSERT_LE(0, self->dev);
}

FIXTURE_TEARDOWN(oneway)
{
	close(self->dev);
}

/*
 * What a machine booted with Secure Boot (lockdown=integrity from the
 * start) sees, the rw value of the test module at 9: a new session
 * attaches, with write access as its descriptor asks, and reads; each
 * write of a batch is refused, the batch is not; process targets are not
 * affected.
 */
static void integrity_from_boot(struct __test_metadata *_metadata, uint64_t addr)
{
	volatile uint64_t mine = 1;
	uint64_t v = 11, back = 0, done;
	struct vmwrite_seg segs[2];
	struct vmwrite_rwv r;
	uint32_t access = 0;
	int dev, pdev;

	dev = kernel_session_open(O_RDWR, &access);
	ASSERT_LE(0, dev);
	EXPECT_TRUE(access & VMWRITE_ACCESS_WRITE);
	seg_set(&segs[0], addr, &v, 8);
	seg_set(&segs[1], addr, &v, 8);
	ASSERT_EQ(0, rwv(dev, true, segs, 2, &r));
	EXPECT_EQ(2, r.nr_failed);
	EXPECT_EQ(0, r.bytes);
	EXPECT_EQ(-EPERM, segs[0].error);
	EXPECT_EQ(-EPERM, segs[1].error);
	EXPECT_EQ(9, sysfs_u64(TESTMOD "rw_value"));
	EXPECT_EQ(0, xfer(dev, false, addr, &back, 8, &done));
	EXPECT_EQ(9, back);
	close(dev);

	pdev = session_open(getpid(), O_RDWR, NULL);
	ASSERT_LE(0, pdev);
	v = 12;
	EXPECT_EQ(0, xfer(pdev, true, (uintptr_t)&mine, &v, 8, &done));
	EXPECT_EQ(12, mine);
	close(pdev);
}

TEST_F(oneway, lockdown)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr"), v = 9, done, old;
	struct vmwrite_region r;
	struct held_writer w;

	if (access("/sys/kernel/security/lockdown", W_OK))
		SKIP(return, "no lockdown LSM");
	ASSERT_EQ(0, xfer(self->dev, true, addr, &v, 8, &done));
	ASSERT_EQ(0, sysfs_write(TEXT_PARAM, "1"));
	/*
	 * Raised while a write waits for its bytes: the write, which passed
	 * the check at its start, is refused once they arrive.
	 */
	v = 10;
	write_held_source(_metadata, self->dev, 0, addr, &v, 8, getpagesize(),
			  "echo integrity > /sys/kernel/security/lockdown", &w);
	EXPECT_EQ(-EPERM, w.err);
	EXPECT_EQ(0, w.done);
	EXPECT_EQ(9, sysfs_u64(TESTMOD "rw_value"));
	EXPECT_EQ(-EPERM, xfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0, session_region(self->dev, addr, &r));
	/* Compare-and-write and text writes are writes too. */
	EXPECT_EQ(-EPERM, session_cmpxchg(self->dev, addr, 8, 9, 10, &old, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EPERM, xfer_flags(self->dev, true, VMWRITE_RW_F_TEXT,
				     sysfs_u64(TESTMOD "ro_addr"), &v, 8,
				     &done));
	EXPECT_EQ(0xc0ffee, sysfs_u64(TESTMOD "ro_value"));
	EXPECT_EQ(0, xfer(self->dev, false, addr, &v, 8, &done));
	EXPECT_EQ(9, v);

	integrity_from_boot(_metadata, addr);

	ASSERT_EQ(0, sysfs_write("/sys/kernel/security/lockdown",
				 "confidentiality"));
	EXPECT_EQ(-EPERM, xfer(self->dev, false, addr, &v, 8, &done));
	EXPECT_EQ(0, done);
	/* The layout is as confidential as the contents. */
	EXPECT_EQ(-EPERM, session_region(self->dev, addr, &r));
}

TEST_HARNESS_MAIN
