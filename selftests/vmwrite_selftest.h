/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers the guest selftests share: a target child with the test's own
 * address layout, and the kernel's /proc/PID/mem as the oracle for what is
 * in it.
 */

#ifndef VMWRITE_SELFTEST_H
#define VMWRITE_SELFTEST_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/vmwrite.h>

/*
 * The harness ends a test after 30 s.  The same tests run on a debug
 * kernel many times slower than Debian's (KASAN and lockdep, under TCG):
 * the limit is there for a test that hangs, not to time healthy ones.
 */
#ifdef TEST_TIMEOUT_DEFAULT
#undef TEST_TIMEOUT_DEFAULT
#define TEST_TIMEOUT_DEFAULT	600
#endif

/*
 * What an output field holds until the kernel writes it: a field the
 * kernel did not write shows.
 */
#define POISON			0xdeadbeefdeadbeefULL
#define POISON32		0xdeadbeefU

#define DEV			"/dev/vmwrite"
/* The test module's sysfs folder: the kernel memory the tests aim at. */
#define TESTMOD			"/sys/kernel/vmwrite_testmod/"
#define PAGE			4096UL

#ifndef SYS_memfd_secret
#define SYS_memfd_secret	447
#endif

/* VMWRITE_IOC_ATTACH of session @dev to the /proc/PID/mem @memfd. */
static inline int attach_fd(int dev, int memfd, uint32_t *access)
{
	struct vmwrite_attach a = {
		.size = sizeof(a),
		.target = VMWRITE_TARGET_PROCESS,
		.fd = memfd,
		.access = POISON32,
	};

	if (ioctl(dev, VMWRITE_IOC_ATTACH, &a))
		return -errno;
	if (access)
		*access = a.access;
	return 0;
}

/* A session on @pid whose /proc/PID/mem is opened with @mode: fd or -errno. */
static inline int session_open(pid_t pid, int mode, uint32_t *access)
{
	char path[64];
	int dev, memfd, err;

	snprintf(path, sizeof(path), "/proc/%d/mem", pid);
	memfd = open(path, mode | O_CLOEXEC);
	if (memfd < 0)
		return -errno;
	dev = open(DEV, O_RDWR | O_CLOEXEC);
	if (dev < 0) {
		err = -errno;
		close(memfd);
		return err;
	}
	err = attach_fd(dev, memfd, access);
	close(memfd);
	if (err) {
		close(dev);
		return err;
	}
	return dev;
}

/* A session on the kernel, /dev/vmwrite opened with @mode: fd or -errno. */
static inline int kernel_session_open(int mode, uint32_t *access)
{
	struct vmwrite_attach a = {
		.size = sizeof(a),
		.target = VMWRITE_TARGET_KERNEL,
		.access = POISON32,
	};
	int dev = open(DEV, mode | O_CLOEXEC), err;

	if (dev < 0)
		return -errno;
	if (ioctl(dev, VMWRITE_IOC_ATTACH, &a)) {
		err = -errno;
		close(dev);
		return err;
	}
	if (access)
		*access = a.access;
	return dev;
}

/* VMWRITE_IOC_WRITE or _READ with @flags on session @dev: 0 or -errno. */
static inline int xfer_flags(int dev, bool write, uint32_t flags,
			     uint64_t addr, const void *buf, uint64_t len,
			     uint64_t *done)
{
	struct vmwrite_rw rw = {
		.size = sizeof(rw),
		.flags = flags,
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

static inline int xfer(int dev, bool write, uint64_t addr, const void *buf,
		       uint64_t len, uint64_t *done)
{
	return xfer_flags(dev, write, 0, addr, buf, len, done);
}

/* VMWRITE_IOC_WRITEV or _READV of @nr records of @seg_size: 0 or -errno. */
static inline int rwv_sized(int dev, bool write, void *segs, uint32_t nr,
			    uint32_t seg_size, struct vmwrite_rwv *out)
{
	struct vmwrite_rwv v = {
		.size = sizeof(v),
		.segs = (uintptr_t)segs,
		.nr_segs = nr,
		.seg_size = seg_size,
		.nr_done = POISON32,
		.nr_failed = POISON32,
		.bytes = POISON,
	};
	int ret = ioctl(dev, write ? VMWRITE_IOC_WRITEV : VMWRITE_IOC_READV, &v);

	if (out)
		*out = v;
	return ret ? -errno : 0;
}

static inline int rwv(int dev, bool write, struct vmwrite_seg *segs,
		      uint32_t nr, struct vmwrite_rwv *out)
{
	return rwv_sized(dev, write, segs, nr, sizeof(*segs), out);
}

/* Segment @s for @len bytes at @addr from or to @buf, its results poisoned. */
static inline void seg_set(struct vmwrite_seg *s, uint64_t addr,
			   const void *buf, uint64_t len)
{
	memset(s, 0, sizeof(*s));
	s->addr = addr;
	s->buf = (uintptr_t)buf;
	s->len = len;
	s->done = POISON;
	s->error = (int32_t)POISON32;
}

/* VMWRITE_IOC_CMPXCHG on session @dev: 0 or -errno. */
static inline int session_cmpxchg(int dev, uint64_t addr, uint32_t width,
				  uint64_t expected, uint64_t desired,
				  uint64_t *old, uint64_t *done)
{
	struct vmwrite_cmpxchg c = {
		.size = sizeof(c),
		.addr = addr,
		.width = width,
		.expected = expected,
		.desired = desired,
		.old = POISON,
		.done = POISON,
	};
	int ret = ioctl(dev, VMWRITE_IOC_CMPXCHG, &c);

	*old = c.old;
	*done = c.done;
	return ret ? -errno : 0;
}

/* VMWRITE_IOC_REGION on session @dev, the outputs poisoned: 0 or -errno. */
static inline int session_region(int dev, uint64_t addr,
				 struct vmwrite_region *r)
{
	memset(r, 0xef, sizeof(*r));
	r->size = sizeof(*r);
	r->flags = 0;
	r->addr = addr;
	return ioctl(dev, VMWRITE_IOC_REGION, r) ? -errno : 0;
}

/*
 * @len bytes of private anonymous memory filled with @fill, or NULL: after
 * a fork, at the same address in the child, with its own copy.
 */
static inline char *map_filled(size_t len, int fill)
{
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	memset(p, fill, len);
	return p;
}

/* A child with our address space layout that sleeps until killed. */
static inline pid_t spawn_sleeper(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		for (;;)
			pause();
	}
	return pid;
}

static inline void reap(pid_t pid)
{
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
}

/* The kernel's own view of @pid's memory: bytes moved or -errno. */
static inline ssize_t procmem_rw(pid_t pid, bool write, uint64_t addr,
				 void *buf, size_t len)
{
	char path[64];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/mem", pid);
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write ? pwrite(fd, buf, len, addr) : pread(fd, buf, len, addr);
	if (n < 0)
		n = -errno;
	close(fd);
	return n;
}

static inline bool all_bytes(const char *p, size_t len, char c)
{
	while (len--)
		if (*p++ != c)
			return false;
	return true;
}

/* The value of kernel symbol @name from /proc/kallsyms, or 0. */
static inline uint64_t kallsyms(const char *name)
{
	char line[512], sym[256], type;
	unsigned long long addr;
	uint64_t found = 0;
	FILE *f = fopen("/proc/kallsyms", "re");

	if (!f)
		return 0;
	while (!found && fgets(line, sizeof(line), f))
		if (sscanf(line, "%llx %c %255s", &addr, &type, sym) == 3 &&
		    !strcmp(sym, name))
			found = addr;
	fclose(f);
	return found;
}

/* Does the kernel run 5-level paging?  (no5lvl clears the CPU flag.) */
static inline bool la57(void)
{
	char line[4096];
	bool found = false;
	FILE *f = fopen("/proc/cpuinfo", "re");

	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f))
		found = !strncmp(line, "flags", 5) && strstr(line, " la57");
	fclose(f);
	return found;
}

/* A number from the test module: "0x..." or decimal; 0 if unreadable. */
static inline uint64_t sysfs_u64(const char *path)
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

static inline int sysfs_write(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), ret = 0;

	if (fd < 0)
		return -errno;
	if (write(fd, s, strlen(s)) < 0)
		ret = -errno;
	close(fd);
	return ret;
}

#endif /* VMWRITE_SELFTEST_H */
