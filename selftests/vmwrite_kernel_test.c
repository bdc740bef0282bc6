// SPDX-License-Identifier: GPL-2.0
/*
 * Selftests for the vmwrite kernel target.  Needs vmwrite_testmod.ko
 * loaded: /sys/kernel/vmwrite_testmod/ names the kernel memory to aim at
 * and shows what is in it through the test module's own eyes.
 *
 * The "oneway" fixture raises kernel lockdown, which cannot be lowered:
 * selftests/run_guest.sh runs it only in a boot of its own.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
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
#include <linux/vmwrite.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

#define DEV		"/dev/vmwrite"
#define TESTMOD		"/sys/kernel/vmwrite_testmod/"
#define PARAM		"/sys/module/vmwrite/parameters/allow_kernel_write"
#define POISON		0xdeadbeefdeadbeefULL
#define TAINT_USER	(1UL << 6)

/* A number from the test module: "0x..." or decimal; 0 if unreadable. */
static uint64_t sysfs_u64(const char *path)
{
	FILE *f = fopen(path, "re");
	char line[64] = "";

	if (!f)
		return 0;
	if (!fgets(line, sizeof(line), f))
		line[0] = '\0';
	fclose(f);
	return strtoull(line, NULL, 0);
}

static int sysfs_write(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), ret = 0;

	if (fd < 0)
		return -errno;
	if (write(fd, s, strlen(s)) < 0)
		ret = -errno;
	close(fd);
	return ret;
}

static int kernel_session(uint32_t *access)
{
	struct vmwrite_attach a = {
		.size = sizeof(a),
		.target = VMWRITE_TARGET_KERNEL,
		.access = 0xdeadbeef,
	};
	int dev = open(DEV, O_RDWR | O_CLOEXEC);

	if (dev < 0)
		return -errno;
	if (ioctl(dev, VMWRITE_IOC_ATTACH, &a)) {
		a.access = -errno;
		close(dev);
		return (int)a.access;
	}
	if (access)
		*access = a.access;
	return dev;
}

static int kxfer(int dev, bool write, uint64_t addr, const void *buf,
		 uint64_t len, uint64_t *done)
{
	struct vmwrite_rw rw = {
		.size = sizeof(rw),
		.addr = addr,
		.buf = (uintptr_t)buf,
		.len = len,
		.done = POISON,
	};
	int ret;

	ret = ioctl(dev, write ? VMWRITE_IOC_WRITE : VMWRITE_IOC_READ, &rw);
	*done = rw.done;
	return ret ? -errno : 0;
}

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
	self->dev = kernel_session(&access);
	ASSERT_LE(0, self->dev);
	ASSERT_EQ(VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE, access);
}

FIXTURE_TEARDOWN(kernel)
{
	close(self->dev);
	sysfs_write(PARAM, "1");
}

TEST_F(kernel, write_and_read_a_variable)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr");
	uint64_t v = 0, done, tainted;
	char buf[32];
	FILE *f;

	ASSERT_EQ(0, kxfer(self->dev, false, addr, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(sysfs_u64(TESTMOD "rw_value"), v);

	v = 0x0123456789abcdefULL;
	ASSERT_EQ(0, kxfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(v, sysfs_u64(TESTMOD "rw_value"));
	/* Unaligned, short: bytes 3..5 only. */
	memcpy(buf, "\x11\x22\x33", 3);
	ASSERT_EQ(0, kxfer(self->dev, true, addr + 3, buf, 3, &done));
	EXPECT_EQ(3, done);
	EXPECT_EQ(0x0123332211abcdefULL, sysfs_u64(TESTMOD "rw_value"));

	/* Writing the kernel taints it. */
	f = fopen("/proc/sys/kernel/tainted", "re");
	ASSERT_NE(NULL, f);
	ASSERT_EQ(1, fscanf(f, "%lu", &tainted));
	fclose(f);
	EXPECT_TRUE(tainted & TAINT_USER);
}

/* How often the kernel log says this process wrote kernel memory. */
static int write_notices(void)
{
	static char log[1 << 20];
	char needle[64], *p;
	int len, n = 0;

	snprintf(needle, sizeof(needle), "[%d] writes kernel memory", getpid());
	len = klogctl(3, log, sizeof(log) - 1);	/* SYSLOG_ACTION_READ_ALL */
	if (len < 0)
		return -1;
	log[len] = '\0';
	for (p = log; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

/* Once per session, not per write; no kernel pointer in it. */
TEST_F(kernel, each_session_logs_its_first_write)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr"), v = 1, done;
	int before = write_notices(), dev;

	ASSERT_LE(0, before);
	ASSERT_EQ(0, kxfer(self->dev, true, addr, &v, 8, &done));
	ASSERT_EQ(0, kxfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(before + 1, write_notices());
	/* Reads log nothing; a new session logs again. */
	ASSERT_EQ(0, kxfer(self->dev, false, addr, &v, 8, &done));
	dev = kernel_session(NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, kxfer(dev, true, addr, &v, 8, &done));
	EXPECT_EQ(before + 2, write_notices());
	close(dev);
}

TEST_F(kernel, read_only_memory_is_erofs)
{
	uint64_t ro = sysfs_u64(TESTMOD "ro_addr");
	uint64_t text = sysfs_u64(TESTMOD "text_addr");
	uint64_t v = 0, done;

	ASSERT_EQ(0, kxfer(self->dev, false, ro, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0xc0ffee, v);
	v = 7;
	EXPECT_EQ(-EROFS, kxfer(self->dev, true, ro, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0xc0ffee, sysfs_u64(TESTMOD "ro_value"));

	EXPECT_EQ(-EROFS, kxfer(self->dev, true, text, &v, 1, &done));
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
	ASSERT_EQ(0, kxfer(self->dev, true, end - 8, buf, sizeof(buf), &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0x7777777777777777ULL, sysfs_u64(TESTMOD "vm_tail"));
	EXPECT_EQ(-EFAULT, kxfer(self->dev, false, end, buf, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EFAULT, kxfer(self->dev, true, end + 100, buf, 8, &done));
	memset(buf, 0, sizeof(buf));
	ASSERT_EQ(0, kxfer(self->dev, false, end - 16, buf, 64, &done));
	EXPECT_EQ(16, done);
	EXPECT_TRUE(all_bytes(buf, 8, 0x5a));
	EXPECT_TRUE(all_bytes(buf + 8, 8, 0x77));
}

TEST_F(kernel, device_memory_is_refused)
{
	uint64_t io = sysfs_u64(TESTMOD "io_addr"), v = 0, done;

	if (!io)
		SKIP(return, "no HPET to map in this guest");
	EXPECT_EQ(-ENXIO, kxfer(self->dev, false, io, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-ENXIO, kxfer(self->dev, true, io, &v, 8, &done));
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
		EXPECT_EQ(-EFAULT, kxfer(self->dev, false, bad[i], &v, 8, &done));
		EXPECT_EQ(-EFAULT, kxfer(self->dev, true, bad[i], &v, 8, &done));
		EXPECT_EQ(0, done);
	}
	/* Our own memory is user memory, not the kernel's. */
	EXPECT_EQ(-EFAULT, kxfer(self->dev, true, (uintptr_t)mine, &v, 8, &done));
	/* Wrapping past the top. */
	EXPECT_EQ(-EINVAL, kxfer(self->dev, false, ~0ULL - 3, &v, 8, &done));
}

/*
 * The kernel tests run under 5-level paging (main boot, -cpu max) and
 * 4-level (one-way boot, no5lvl): the runner says which to expect.
 */
TEST_F(kernel, paging_mode)
{
	char line[4096];
	bool la57 = false;
	FILE *f = fopen("/proc/cpuinfo", "re");

	ASSERT_NE(NULL, f);
	while (!la57 && fgets(line, sizeof(line), f))
		la57 = !strncmp(line, "flags", 5) && strstr(line, " la57");
	fclose(f);
	TH_LOG("%d-level paging", la57 ? 5 : 4);
	if (!getenv("VMWRITE_EXPECT_LA57"))
		SKIP(return, "VMWRITE_EXPECT_LA57 not set");
	EXPECT_EQ(atoi(getenv("VMWRITE_EXPECT_LA57")), la57);
}

TEST_F(kernel, writes_can_be_disabled)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr"), v = 5, done;

	ASSERT_EQ(0, sysfs_write(PARAM, "0"));
	EXPECT_EQ(-EPERM, kxfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0, kxfer(self->dev, false, addr, &v, 8, &done));
	ASSERT_EQ(0, sysfs_write(PARAM, "1"));
	v = 5;
	EXPECT_EQ(0, kxfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(5, sysfs_u64(TESTMOD "rw_value"));
}

/* CAP_SYS_RAWIO, not root and not the node's mode, gates the kernel. */
TEST(attach_needs_cap_sys_rawio)
{
	int status;
	pid_t pid;

	ASSERT_EQ(0, chmod(DEV, 0666));
	pid = fork();
	if (pid == 0) {
		struct __user_cap_header_struct h = {
			.version = _LINUX_CAPABILITY_VERSION_3,
		};
		struct __user_cap_data_struct d[2];

		/* Root, minus one capability. */
		if (syscall(SYS_capget, &h, d))
			_exit(100);
		d[0].effective &= ~(1U << CAP_SYS_RAWIO);
		if (syscall(SYS_capset, &h, d))
			_exit(101);
		_exit(kernel_session(NULL) == -EPERM ? 0 : 102);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	chmod(DEV, 0600);
	ASSERT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
}

/* One-way: lockdown cannot be lowered again. */
FIXTURE(oneway) {
	int dev;
};

FIXTURE_SETUP(oneway)
{
	self->dev = kernel_session(NULL);
	ASSERT_LE(0, self->dev);
}

FIXTURE_TEARDOWN(oneway)
{
	close(self->dev);
}

TEST_F(oneway, lockdown)
{
	uint64_t addr = sysfs_u64(TESTMOD "rw_addr"), v = 9, done;

	if (access("/sys/kernel/security/lockdown", W_OK))
		SKIP(return, "no lockdown LSM");
	ASSERT_EQ(0, kxfer(self->dev, true, addr, &v, 8, &done));
	ASSERT_EQ(0, sysfs_write("/sys/kernel/security/lockdown", "integrity"));
	EXPECT_EQ(-EPERM, kxfer(self->dev, true, addr, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0, kxfer(self->dev, false, addr, &v, 8, &done));
	EXPECT_EQ(9, v);
	ASSERT_EQ(0, sysfs_write("/sys/kernel/security/lockdown",
				 "confidentiality"));
	EXPECT_EQ(-EPERM, kxfer(self->dev, false, addr, &v, 8, &done));
	EXPECT_EQ(0, done);
}

TEST_HARNESS_MAIN
