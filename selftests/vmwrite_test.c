// SPDX-License-Identifier: GPL-2.0
/*
 * Selftests for /dev/vmwrite process targets, through the raw uapi.
 *
 * The oracle for "what is in the target" is the kernel's own
 * /proc/PID/mem, never vmwrite itself.  Output fields are pre-filled with
 * POISON so that a field the kernel did not write shows.
 *
 * Tests in the "oneway" fixture change settings that cannot be undone
 * (Yama ptrace_scope 3): run them only in a guest boot of their own
 * (selftests/guest-runner.sh picks them by name).
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>
#include <linux/vmwrite.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

#define YAMA		"/proc/sys/kernel/yama/ptrace_scope"
/* Where the exec'd image maps its page; anything unused will do. */
#define EXEC_ADDR	0x5a5a5a000000UL
#define BIG		(16UL << 20)

static size_t page;

static char *map_pattern(size_t len, int prot, char fill)
{
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	memset(p, fill, len);
	if (mprotect(p, len, prot))
		return NULL;
	return p;
}

/* A file of @len bytes of @fill under /tmp; returns an O_RDONLY fd. */
static int make_file(const char *name, size_t len, char fill)
{
	char *buf = malloc(len);
	int fd;

	fd = open(name, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0 || !buf)
		return -1;
	memset(buf, fill, len);
	if (write(fd, buf, len) != (ssize_t)len)
		return -1;
	free(buf);
	close(fd);
	return open(name, O_RDONLY | O_CLOEXEC);
}

TEST(node_is_root_only)
{
	struct stat st;

	ASSERT_EQ(0, stat(DEV, &st));
	ASSERT_TRUE(S_ISCHR(st.st_mode));
	EXPECT_EQ(0600, st.st_mode & 07777);
	EXPECT_EQ(0, st.st_uid);
}

TEST(api_handshake)
{
	struct vmwrite_api api;
	int dev = open(DEV, O_RDWR | O_CLOEXEC);
	char big[64];

	ASSERT_LE(0, dev);
	memset(&api, 0xef, sizeof(api));
	api.size = sizeof(api);
	ASSERT_EQ(0, ioctl(dev, VMWRITE_IOC_API, &api));
	EXPECT_EQ(VMWRITE_API_VERSION, api.api_version);
	EXPECT_EQ(VMWRITE_FEATURE_TARGET_PROCESS | VMWRITE_FEATURE_TARGET_KERNEL |
		  VMWRITE_FEATURE_SINGLE_ACCESS | VMWRITE_FEATURE_CMPXCHG |
		  VMWRITE_FEATURE_TEXT_WRITE | VMWRITE_FEATURE_REGION |
		  VMWRITE_FEATURE_BATCH, api.features);
	EXPECT_EQ(0xffULL, api.ioctls);
	EXPECT_EQ(0x7ffff000ULL, api.max_rw_count);

	/* Shorter than VER0 is not a version. */
	api.size = VMWRITE_API_SIZE_VER0 - 8;
	ASSERT_EQ(-1, ioctl(dev, VMWRITE_IOC_API, &api));
	EXPECT_EQ(EINVAL, errno);

	/* A newer caller: zeroes past what the kernel knows are fine ... */
	memset(big, 0, sizeof(big));
	*(uint32_t *)big = sizeof(big);
	ASSERT_EQ(0, ioctl(dev, VMWRITE_IOC_API, big));
	EXPECT_EQ(VMWRITE_API_VERSION, ((struct vmwrite_api *)big)->api_version);
	/* ... anything else there is a field this kernel cannot honour. */
	big[sizeof(big) - 1] = 1;
	ASSERT_EQ(-1, ioctl(dev, VMWRITE_IOC_API, big));
	EXPECT_EQ(E2BIG, errno);

	/* Larger than a page is never a version either. */
	api.size = 8192;
	ASSERT_EQ(-1, ioctl(dev, VMWRITE_IOC_API, &api));
	EXPECT_EQ(E2BIG, errno);

	ASSERT_EQ(-1, ioctl(dev, VMWRITE_IOC_API, NULL));
	EXPECT_EQ(EFAULT, errno);
	close(dev);
}

TEST(round_trip)
{
	size_t len = 3 * page;
	char *area = map_pattern(len, PROT_READ | PROT_WRITE, 'a');
	char *src = malloc(len), *dst = malloc(len), *check = malloc(len);
	uint32_t access = 0;
	uint64_t done;
	pid_t pid;
	int dev;
	size_t i;

	ASSERT_NE(NULL, area);
	for (i = 0; i < len; i++)
		src[i] = (char)(i * 7 + 1);
	pid = spawn_sleeper();
	ASSERT_LT(0, pid);
	dev = session_open(pid, O_RDWR, &access);
	ASSERT_LE(0, dev);
	EXPECT_EQ(VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE,
		  access & (VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE));

	/* Unaligned start and length: 3 pages minus 10 bytes from +5. */
	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)area + 5, src, len - 10, &done));
	EXPECT_EQ(len - 10, done);
	ASSERT_EQ((ssize_t)len, procmem_rw(pid, false, (uintptr_t)area, check, len));
	EXPECT_TRUE(all_bytes(check, 5, 'a'));
	EXPECT_EQ(0, memcmp(check + 5, src, len - 10));
	EXPECT_TRUE(all_bytes(check + len - 5, 5, 'a'));

	/* The child got a copy: our own pages are untouched. */
	EXPECT_TRUE(all_bytes(area, len, 'a'));

	ASSERT_EQ(0, xfer(dev, false, (uintptr_t)area, dst, len, &done));
	EXPECT_EQ(len, done);
	EXPECT_EQ(0, memcmp(dst, check, len));

	close(dev);
	reap(pid);
}

TEST(partial_across_unmapped_boundary)
{
	char *area = map_pattern(2 * page, PROT_READ | PROT_WRITE, 'b');
	char buf[300], check[100];
	uint64_t done, start;
	pid_t pid;
	int dev;

	ASSERT_NE(NULL, area);
	ASSERT_EQ(0, munmap(area + page, page));
	memset(buf, 'W', sizeof(buf));
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	/* 100 bytes before the hole, 200 in it: exactly 100 are written. */
	start = (uintptr_t)area + page - 100;
	ASSERT_EQ(0, xfer(dev, true, start, buf, sizeof(buf), &done));
	EXPECT_EQ(100, done);
	ASSERT_EQ(100, procmem_rw(pid, false, start, check, 100));
	EXPECT_TRUE(all_bytes(check, 100, 'W'));

	memset(buf, 0, sizeof(buf));
	ASSERT_EQ(0, xfer(dev, false, start, buf, sizeof(buf), &done));
	EXPECT_EQ(100, done);
	EXPECT_TRUE(all_bytes(buf, 100, 'W'));
	EXPECT_TRUE(all_bytes(buf + 100, 200, 0));

	close(dev);
	reap(pid);
}

TEST(fully_unmapped)
{
	char *area = map_pattern(page, PROT_READ | PROT_WRITE, 'c');
	char buf[64] = { 0 };
	uint64_t done;
	pid_t pid;
	int dev;

	ASSERT_NE(NULL, area);
	ASSERT_EQ(0, munmap(area, page));
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	EXPECT_EQ(-EFAULT, xfer(dev, true, (uintptr_t)area, buf, 64, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EFAULT, xfer(dev, false, (uintptr_t)area, buf, 64, &done));
	EXPECT_EQ(0, done);
	/* Page zero, and past the end of user space. */
	EXPECT_EQ(-EFAULT, xfer(dev, false, 0, buf, 64, &done));
	EXPECT_EQ(-EFAULT, xfer(dev, false, 0xffff800000000000ULL, buf, 64,
				&done));
	EXPECT_EQ(0, done);

	close(dev);
	reap(pid);
}

/* Does @pid have a mapping starting exactly at @start? */
static bool maps_has_start(pid_t pid, void *start)
{
	char path[64], line[512], want[32];
	bool found = false;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	snprintf(want, sizeof(want), "%lx-", (unsigned long)start);
	f = fopen(path, "re");
	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f))
		found = !strncmp(line, want, strlen(want));
	fclose(f);
	return found;
}

/*
 * [ 2 pages ][ 1 page gap ][ MAP_GROWSDOWN ]: a transfer running into the
 * gap stops exactly at its start, one into the gap fails, and neither
 * grows the stack (nor makes GUP log about it: guest-runner.sh checks).
 */
TEST(gap_below_a_stack)
{
	char *base, *lo, *stack, buf[128];
	uint64_t done;
	pid_t pid;
	int dev;

	base = mmap(NULL, 7 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
		    -1, 0);
	ASSERT_NE(MAP_FAILED, base);
	ASSERT_EQ(0, munmap(base, 7 * page));
	lo = mmap(base, 2 * page, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	ASSERT_EQ(base, lo);
	stack = mmap(base + 3 * page, 4 * page, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_GROWSDOWN |
		     MAP_FIXED_NOREPLACE, -1, 0);
	ASSERT_EQ(base + 3 * page, stack);
	memset(buf, 'g', sizeof(buf));
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)lo + 2 * page - 64, buf,
			  sizeof(buf), &done));
	EXPECT_EQ(64, done);
	EXPECT_EQ(-EFAULT, xfer(dev, true, (uintptr_t)stack - 100, buf, 8,
				&done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-EFAULT, xfer(dev, false, (uintptr_t)stack - page, buf, 8,
				&done));
	EXPECT_TRUE(maps_has_start(pid, stack));

	close(dev);
	reap(pid);
}

TEST(len_zero)
{
	char buf[1];
	uint64_t done;
	pid_t pid = spawn_sleeper();
	int dev = session_open(pid, O_RDWR, NULL);

	ASSERT_LE(0, dev);
	/* Succeeds with 0 even where nothing is mapped. */
	EXPECT_EQ(0, xfer(dev, true, 0, buf, 0, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0, xfer(dev, false, 0, buf, 0, &done));
	EXPECT_EQ(0, done);
	close(dev);
	reap(pid);
}

static __attribute__((noinline)) int text_probe(void)
{
	return 42;
}

/*
 * A breakpoint-style write into the target's own read-only, private text:
 * the target runs the new code, the binary on disk and our copy do not.
 */
TEST(patch_private_text_via_cow)
{
	/* mov $7, %eax; ret */
	static const unsigned char patch[] = { 0xb8, 7, 0, 0, 0, 0xc3 };
	int (*volatile probe)(void) = text_probe;
	struct stat st_before, st_after;
	char *exe_before, *exe_after;
	int go[2], status, exe, dev;
	uint32_t access = 0;
	uint64_t done;
	pid_t pid;
	char c;

	exe = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, exe);
	ASSERT_EQ(0, fstat(exe, &st_before));
	exe_before = malloc(st_before.st_size);
	exe_after = malloc(st_before.st_size);
	ASSERT_EQ(st_before.st_size, pread(exe, exe_before, st_before.st_size, 0));

	ASSERT_EQ(0, pipe(go));
	pid = fork();
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (read(go[0], &c, 1) != 1)
			_exit(100);
		_exit(probe());
	}
	dev = session_open(pid, O_RDWR, &access);
	ASSERT_LE(0, dev);
	ASSERT_TRUE(access & VMWRITE_ACCESS_FORCE);
	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)text_probe, patch,
			  sizeof(patch), &done));
	EXPECT_EQ(sizeof(patch), done);
	ASSERT_EQ(1, write(go[1], "g", 1));
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	ASSERT_TRUE(WIFEXITED(status));
	EXPECT_EQ(7, WEXITSTATUS(status));

	EXPECT_EQ(42, probe());
	ASSERT_EQ(0, fstat(exe, &st_after));
	ASSERT_EQ(st_before.st_size, pread(exe, exe_after, st_after.st_size, 0));
	EXPECT_EQ(0, memcmp(exe_before, exe_after, st_before.st_size));
	close(dev);
}

TEST(patch_private_file_mapping_via_cow)
{
	const char *name = "/tmp/vmwrite-cow";
	char buf[16], check[16];
	uint64_t done;
	pid_t pid;
	int fd, dev;
	char *map;

	fd = make_file(name, page, 'f');
	ASSERT_LE(0, fd);
	map = mmap(NULL, page, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
	ASSERT_NE(MAP_FAILED, map);
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	memset(buf, 'P', sizeof(buf));
	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)map + 8, buf, sizeof(buf),
			  &done));
	EXPECT_EQ(sizeof(buf), done);
	ASSERT_EQ(16, procmem_rw(pid, false, (uintptr_t)map + 8, check, 16));
	EXPECT_TRUE(all_bytes(check, 16, 'P'));
	/* Neither the file nor our mapping of it changed. */
	ASSERT_EQ(16, pread(fd, check, 16, 8));
	EXPECT_TRUE(all_bytes(check, 16, 'f'));
	EXPECT_TRUE(all_bytes(map, page, 'f'));

	close(dev);
	reap(pid);
	close(fd);
	unlink(name);
}

TEST(shared_readonly_mapping_refused)
{
	const char *name = "/tmp/vmwrite-shared";
	char buf[16], check[16];
	uint64_t done;
	pid_t pid;
	int fd, dev;
	char *map;

	fd = make_file(name, page, 's');
	ASSERT_LE(0, fd);
	map = mmap(NULL, page, PROT_READ, MAP_SHARED, fd, 0);
	ASSERT_NE(MAP_FAILED, map);
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	memset(buf, 'X', sizeof(buf));
	EXPECT_EQ(-EFAULT, xfer(dev, true, (uintptr_t)map, buf, sizeof(buf),
				&done));
	EXPECT_EQ(0, done);
	/* /proc/PID/mem refuses it too, and the file is untouched. */
	EXPECT_GT(0, procmem_rw(pid, true, (uintptr_t)map, buf, sizeof(buf)));
	ASSERT_EQ(16, pread(fd, check, 16, 0));
	EXPECT_TRUE(all_bytes(check, 16, 's'));
	/* Reading it is fine. */
	ASSERT_EQ(0, xfer(dev, false, (uintptr_t)map, check, 16, &done));
	EXPECT_EQ(16, done);
	EXPECT_TRUE(all_bytes(check, 16, 's'));

	close(dev);
	reap(pid);
	close(fd);
	unlink(name);
}

/* PROT_NONE behaves exactly as it does through /proc/PID/mem. */
TEST(prot_none_like_proc_mem)
{
	char *area = map_pattern(page, PROT_NONE, 'n');
	char vbuf[32], pbuf[32];
	ssize_t pret;
	uint64_t done;
	pid_t pid;
	int dev, ret;

	ASSERT_NE(NULL, area);
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	memset(vbuf, 0, sizeof(vbuf));
	ret = xfer(dev, false, (uintptr_t)area, vbuf, sizeof(vbuf), &done);
	pret = procmem_rw(pid, false, (uintptr_t)area, pbuf, sizeof(pbuf));
	TH_LOG("read: vmwrite %d/%llu, /proc/PID/mem %zd", ret,
	       (unsigned long long)done, pret);
	EXPECT_EQ(ret == 0, pret > 0);
	if (ret == 0) {
		EXPECT_EQ(pret, (ssize_t)done);
		EXPECT_TRUE(all_bytes(vbuf, sizeof(vbuf), 'n'));
	}

	memset(vbuf, 'w', sizeof(vbuf));
	ret = xfer(dev, true, (uintptr_t)area, vbuf, sizeof(vbuf), &done);
	pret = procmem_rw(pid, true, (uintptr_t)area + 64, vbuf, sizeof(vbuf));
	TH_LOG("write: vmwrite %d/%llu, /proc/PID/mem %zd", ret,
	       (unsigned long long)done, pret);
	EXPECT_EQ(ret == 0, pret > 0);
	if (ret == 0)
		EXPECT_EQ(sizeof(vbuf), done);

	close(dev);
	reap(pid);
}

TEST(transfer_16mib)
{
	char *area = map_pattern(BIG, PROT_READ | PROT_WRITE, 0);
	uint64_t *src = malloc(BIG), *dst = malloc(BIG);
	uint64_t done, probe[4];
	size_t i;
	pid_t pid;
	int dev;

	ASSERT_NE(NULL, area);
	ASSERT_NE(NULL, src);
	ASSERT_NE(NULL, dst);
	for (i = 0; i < BIG / 8; i++)
		src[i] = i * 0x9e3779b97f4a7c15ULL;
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)area, src, BIG, &done));
	EXPECT_EQ(BIG, done);
	ASSERT_EQ(0, xfer(dev, false, (uintptr_t)area, dst, BIG, &done));
	EXPECT_EQ(BIG, done);
	EXPECT_EQ(0, memcmp(src, dst, BIG));
	/* The last words, through the kernel's own path. */
	ASSERT_EQ(32, procmem_rw(pid, false, (uintptr_t)area + BIG - 32,
				 probe, 32));
	EXPECT_EQ(0, memcmp(probe, (char *)src + BIG - 32, 32));

	close(dev);
	reap(pid);
}

/* A fault in the caller's own buffer stops the transfer, counted exactly. */
TEST(caller_buffer_fault)
{
	char *area = map_pattern(2 * page, PROT_READ | PROT_WRITE, 'd');
	char *src = map_pattern(2 * page, PROT_READ | PROT_WRITE, 'S');
	char check[64];
	uint64_t done;
	pid_t pid;
	int dev;

	ASSERT_NE(NULL, area);
	ASSERT_NE(NULL, src);
	ASSERT_EQ(0, munmap(src + page, page));
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	/* Source ends 100 bytes into the write: 100 written, not one more. */
	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)area, src + page - 100, 200,
			  &done));
	EXPECT_EQ(100, done);
	ASSERT_EQ(64, procmem_rw(pid, false, (uintptr_t)area + 100, check, 64));
	EXPECT_TRUE(all_bytes(check, 64, 'd'));

	/* Nothing readable at all: EFAULT, nothing written. */
	EXPECT_EQ(-EFAULT, xfer(dev, true, (uintptr_t)area, src + page, 64,
				&done));
	EXPECT_EQ(0, done);
	/* Reading into an unmapped buffer: EFAULT. */
	EXPECT_EQ(-EFAULT, xfer(dev, false, (uintptr_t)area, src + page, 64,
				&done));
	EXPECT_EQ(0, done);

	close(dev);
	reap(pid);
}

TEST(invalid_arguments)
{
	char *area = map_pattern(page, PROT_READ | PROT_WRITE, 'i');
	uint32_t access = POISON32;
	struct vmwrite_attach a;
	struct vmwrite_rw rw;
	int dev, dev2, memfd, fd;
	char path[64], buf[8];
	uint64_t done;
	pid_t pid;

	ASSERT_NE(NULL, area);
	pid = spawn_sleeper();
	snprintf(path, sizeof(path), "/proc/%d/mem", pid);
	memfd = open(path, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, memfd);
	dev = open(DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, dev);

	/* Not attached yet. */
	EXPECT_EQ(-ENOTCONN, xfer(dev, true, (uintptr_t)area, buf, 8, &done));
	EXPECT_EQ(-ENOTCONN, xfer(dev, false, (uintptr_t)area, buf, 8, &done));

	/* Attach: every field checked. */
	memset(&a, 0, sizeof(a));
	a.size = sizeof(a);
	a.target = VMWRITE_TARGET_PROCESS;
	a.fd = memfd;
	a.flags = 1;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_ATTACH, &a));
	EXPECT_EQ(EINVAL, errno);
	a.flags = 0;
	a.reserved = 1;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_ATTACH, &a));
	EXPECT_EQ(EINVAL, errno);
	a.reserved = 0;
	a.size = VMWRITE_ATTACH_SIZE_VER0 - 4;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_ATTACH, &a));
	EXPECT_EQ(EINVAL, errno);
	a.size = sizeof(a);
	a.target = 0;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_ATTACH, &a));
	EXPECT_EQ(EINVAL, errno);
	a.target = 3;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_ATTACH, &a));
	EXPECT_EQ(EINVAL, errno);
	/* The kernel takes no fd. */
	a.target = VMWRITE_TARGET_KERNEL;
	a.fd = 1;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_ATTACH, &a));
	EXPECT_EQ(EINVAL, errno);
	a.target = VMWRITE_TARGET_PROCESS;

	/* Bad fd, a file that is not procfs, procfs that is not mem. */
	EXPECT_EQ(-EBADF, attach_fd(dev, 999, NULL));
	fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	EXPECT_EQ(-EINVAL, attach_fd(dev, fd, NULL));
	close(fd);
	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	EXPECT_EQ(-EINVAL, attach_fd(dev, fd, NULL));
	close(fd);
	fd = open(DEV, O_RDWR | O_CLOEXEC);
	EXPECT_EQ(-EINVAL, attach_fd(dev, fd, NULL));
	close(fd);
	/* proc files that hold the target's mm too, but are not mem. */
	snprintf(path, sizeof(path), "/proc/%d/environ", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, fd);
	EXPECT_EQ(-EINVAL, attach_fd(dev, fd, NULL));
	close(fd);
	snprintf(path, sizeof(path), "/proc/%d/attr/current", pid);
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd >= 0) {
		EXPECT_EQ(-EINVAL, attach_fd(dev, fd, NULL));
		close(fd);
	}

	/* Attached once, never twice. */
	ASSERT_EQ(0, attach_fd(dev, memfd, NULL));
	EXPECT_EQ(-EISCONN, attach_fd(dev, memfd, NULL));

	/* Transfers: every field checked. */
	memset(&rw, 0, sizeof(rw));
	rw.size = sizeof(rw);
	rw.addr = (uintptr_t)area;
	rw.buf = (uintptr_t)buf;
	rw.len = 8;
	rw.flags = 1;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_WRITE, &rw));
	EXPECT_EQ(EINVAL, errno);
	rw.flags = 0x80000000;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_READ, &rw));
	EXPECT_EQ(EINVAL, errno);
	rw.flags = 0;
	rw.size = 8;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_WRITE, &rw));
	EXPECT_EQ(EINVAL, errno);
	rw.size = sizeof(rw);
	/* Wrapping past the top of the address space. */
	rw.addr = ~0ULL - 3;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_READ, &rw));
	EXPECT_EQ(EINVAL, errno);
	rw.addr = (uintptr_t)area;
	/* The caller's buffer is not user memory. */
	rw.buf = 0xffffffff81000000ULL;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_READ, &rw));
	EXPECT_EQ(EFAULT, errno);
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_WRITE, &rw));
	EXPECT_EQ(EFAULT, errno);
	/* The argument itself is unreadable. */
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_WRITE, (void *)8));
	EXPECT_EQ(EFAULT, errno);
	/* Unknown ioctls. */
	EXPECT_EQ(-1, ioctl(dev, _IOWR(VMWRITE_IOC_MAGIC, 0x3f, struct vmwrite_rw), &rw));
	EXPECT_EQ(ENOTTY, errno);
	EXPECT_EQ(-1, ioctl(dev, _IOR(VMWRITE_IOC_MAGIC, 0x02, struct vmwrite_rw), &rw));
	EXPECT_EQ(ENOTTY, errno);

	/* Rights follow the mem file's open mode. */
	snprintf(path, sizeof(path), "/proc/%d/mem", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	dev2 = open(DEV, O_RDWR | O_CLOEXEC);
	ASSERT_EQ(0, attach_fd(dev2, fd, &access));
	EXPECT_EQ(VMWRITE_ACCESS_READ, access & ~VMWRITE_ACCESS_FORCE);
	EXPECT_EQ(-EBADF, xfer(dev2, true, (uintptr_t)area, buf, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0, xfer(dev2, false, (uintptr_t)area, buf, 8, &done));
	EXPECT_EQ(8, done);
	close(dev2);
	close(fd);
	fd = open(path, O_WRONLY | O_CLOEXEC);
	dev2 = open(DEV, O_RDWR | O_CLOEXEC);
	ASSERT_EQ(0, attach_fd(dev2, fd, &access));
	EXPECT_EQ(VMWRITE_ACCESS_WRITE, access & ~VMWRITE_ACCESS_FORCE);
	EXPECT_EQ(-EBADF, xfer(dev2, false, (uintptr_t)area, buf, 8, &done));
	EXPECT_EQ(0, xfer(dev2, true, (uintptr_t)area, buf, 8, &done));
	close(dev2);
	close(fd);

	close(dev);
	close(memfd);
	reap(pid);
}

TEST(cmpxchg)
{
	char *area = map_pattern(2 * page, PROT_READ | PROT_WRITE, 0);
	char *ro = map_pattern(page, PROT_READ, 0);
	uint64_t a, old, done, v = 0;
	struct vmwrite_cmpxchg c;
	int dev, rodev;
	pid_t pid;

	ASSERT_NE(NULL, area);
	ASSERT_NE(NULL, ro);
	ASSERT_EQ(0, munmap(area + page, page));
	a = (uintptr_t)area + 64;
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	/* What holds for both targets is in vmwrite_contract_test.c. */
	/* A page shared with us copy-on-write: the store is the child's. */
	EXPECT_EQ(0, session_cmpxchg(dev, a + page - 128, 4, 0, 9, &old, &done));
	EXPECT_EQ(4, done);
	EXPECT_EQ(0, *(uint32_t *)(area + 64 + page - 128));

	/* Private read-only memory: through copy-on-write, like a write. */
	if (getenv("VMWRITE_EXPECT_FORCE") && atoi(getenv("VMWRITE_EXPECT_FORCE"))) {
		EXPECT_EQ(0, session_cmpxchg(dev, (uintptr_t)ro, 8, 0, 5, &old, &done));
		EXPECT_EQ(8, done);
	}

	/* Every field of the struct checked (widths: the contract test). */
	memset(&c, 0, sizeof(c));
	c.size = sizeof(c);
	c.addr = a;
	c.width = 8;
	c.flags = 1;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_CMPXCHG, &c));
	EXPECT_EQ(EINVAL, errno);
	c.flags = 0;
	c.reserved = 1;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_CMPXCHG, &c));
	EXPECT_EQ(EINVAL, errno);
	c.reserved = 0;
	c.size = VMWRITE_CMPXCHG_SIZE_VER0 - 8;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_CMPXCHG, &c));
	EXPECT_EQ(EINVAL, errno);

	/* Text writes are for the kernel only. */
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_WRITE, &(struct vmwrite_rw){
		.size = sizeof(struct vmwrite_rw), .flags = VMWRITE_RW_F_TEXT,
		.addr = a, .buf = (uintptr_t)&v, .len = 8 }));
	EXPECT_EQ(EINVAL, errno);

	/* It reads too: a write-only session may not. */
	rodev = session_open(pid, O_WRONLY, NULL);
	ASSERT_LE(0, rodev);
	EXPECT_EQ(-EBADF, session_cmpxchg(rodev, a, 8, 0, 0, &old, &done));
	close(rodev);
	rodev = session_open(pid, O_RDONLY, NULL);
	ASSERT_LE(0, rodev);
	EXPECT_EQ(-EBADF, session_cmpxchg(rodev, a, 8, 0, 0, &old, &done));
	close(rodev);

	close(dev);
	reap(pid);
	dev = open(DEV, O_RDWR | O_CLOEXEC);
	EXPECT_EQ(-ENOTCONN, session_cmpxchg(dev, a, 8, 0, 0, &old, &done));
	close(dev);
}

TEST(cmpxchg_target_gone)
{
	char *area = map_pattern(page, PROT_READ | PROT_WRITE, 0);
	uint64_t old, done;
	pid_t pid = spawn_sleeper();
	int dev = session_open(pid, O_RDWR, NULL);

	ASSERT_LE(0, dev);
	reap(pid);
	EXPECT_EQ(-ESRCH, session_cmpxchg(dev, (uintptr_t)area, 8, 0, 1, &old, &done));
	EXPECT_EQ(0, done);
	close(dev);
}

/* Mappings and holes, as the VMAs have them, without touching memory. */
TEST(region)
{
	char *area = map_pattern(3 * page, PROT_READ | PROT_WRITE, 'r');
	char *none = map_pattern(page, PROT_NONE, 0);
	char *shared = mmap(NULL, page, PROT_READ | PROT_WRITE,
			    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	uint64_t a = (uintptr_t)area;
	struct vmwrite_region r;
	int dev, wo, fd;
	char *file;
	pid_t pid;

	ASSERT_NE(NULL, area);
	ASSERT_NE(NULL, none);
	ASSERT_NE(MAP_FAILED, shared);
	fd = make_file("/tmp/vmwrite-region", page, 'f');
	ASSERT_LE(0, fd);
	file = mmap(NULL, page, PROT_READ, MAP_PRIVATE, fd, 0);
	ASSERT_NE(MAP_FAILED, file);
	/* Last, so that no mapping above lands in the hole. */
	ASSERT_EQ(0, munmap(area + page, page));
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);

	ASSERT_EQ(0, session_region(dev, a + 100, &r));
	EXPECT_EQ(a, r.start);
	EXPECT_EQ(a + page, r.end);
	EXPECT_EQ(VMWRITE_PROT_READ | VMWRITE_PROT_WRITE, r.prot);
	EXPECT_EQ(VMWRITE_REGION_PRIVATE, r.kind);
	EXPECT_EQ(a + 100, r.addr);
	/* The hole: from the page asked about to the next mapping. */
	ASSERT_EQ(0, session_region(dev, a + page + 5, &r));
	EXPECT_EQ(a + page, r.start);
	EXPECT_EQ(a + 2 * page, r.end);
	EXPECT_EQ(0, r.prot);
	EXPECT_EQ(VMWRITE_REGION_FREE, r.kind);
	ASSERT_EQ(0, session_region(dev, a + 2 * page, &r));
	EXPECT_EQ(a + 2 * page, r.start);
	EXPECT_EQ(VMWRITE_REGION_PRIVATE, r.kind);

	ASSERT_EQ(0, session_region(dev, (uintptr_t)none, &r));
	EXPECT_EQ(0, r.prot);
	EXPECT_EQ(VMWRITE_REGION_PRIVATE, r.kind);
	ASSERT_EQ(0, session_region(dev, (uintptr_t)shared, &r));
	EXPECT_EQ(VMWRITE_REGION_SHARED, r.kind);
	ASSERT_EQ(0, session_region(dev, (uintptr_t)file, &r));
	EXPECT_EQ(VMWRITE_PROT_READ, r.prot);
	EXPECT_EQ(VMWRITE_REGION_FILE, r.kind);
	/* Our own code: a private, executable mapping of the program. */
	ASSERT_EQ(0, session_region(dev, (uintptr_t)&attach_fd, &r));
	EXPECT_EQ(VMWRITE_PROT_READ | VMWRITE_PROT_EXEC, r.prot);
	EXPECT_EQ(VMWRITE_REGION_FILE, r.kind);
	/* Above user space, one hole to the top. */
	ASSERT_EQ(0, session_region(dev, 0xffff800000001000ULL, &r));
	EXPECT_EQ(VMWRITE_REGION_FREE, r.kind);
	EXPECT_EQ(0, r.end);

	/* Fields and rights. */
	memset(&r, 0, sizeof(r));
	r.size = sizeof(r);
	r.flags = 1;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_REGION, &r));
	EXPECT_EQ(EINVAL, errno);
	r.flags = 0;
	r.size = VMWRITE_REGION_SIZE_VER0 - 8;
	EXPECT_EQ(-1, ioctl(dev, VMWRITE_IOC_REGION, &r));
	EXPECT_EQ(EINVAL, errno);
	wo = session_open(pid, O_WRONLY, NULL);
	ASSERT_LE(0, wo);
	EXPECT_EQ(-EBADF, session_region(wo, a, &r));
	close(wo);
	close(dev);
	dev = open(DEV, O_RDWR | O_CLOEXEC);
	EXPECT_EQ(-ENOTCONN, session_region(dev, a, &r));
	close(dev);
	reap(pid);
	close(fd);
	unlink("/tmp/vmwrite-region");
}

/* memfd_secret() memory is reported as such, and is out of reach. */
TEST(region_secretmem)
{
	struct vmwrite_region r;
	uint64_t v = 1, done;
	char *secret;
	int dev, fd;

	fd = syscall(SYS_memfd_secret, 0);
	if (fd < 0)
		SKIP(return, "no memfd_secret (%s): secretmem.enable=1?",
		     strerror(errno));
	ASSERT_EQ(0, ftruncate(fd, page));
	secret = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_NE(MAP_FAILED, secret);
	memset(secret, 0x5c, page);
	dev = session_open(getpid(), O_RDWR, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, session_region(dev, (uintptr_t)secret, &r));
	EXPECT_EQ(VMWRITE_REGION_SECRET, r.kind);
	EXPECT_EQ((uintptr_t)secret, r.start);
	EXPECT_EQ(-EFAULT, xfer(dev, false, (uintptr_t)secret, &v, 8, &done));
	EXPECT_EQ(-EFAULT, xfer(dev, true, (uintptr_t)secret, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_TRUE(all_bytes(secret, page, 0x5c));
	close(dev);
	munmap(secret, page);
	close(fd);
}

/*
 * A BPF LSM policy on file_permission that refuses every read and write of
 * a file to the thread whose id is in map[0]: loaded at run time, like a
 * policy reload.  Raw instructions, so that no BPF compiler is needed.
 */
#define INSN(c, d, s, o, i) \
	((struct bpf_insn){ .code = (c), .dst_reg = (d), .src_reg = (s), \
			    .off = (o), .imm = (i) })

static int lsm_deny_load(int map_fd)
{
	const struct bpf_insn prog[] = {
		/* r6 = the thread id */
		INSN(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_get_current_pid_tgid),
		INSN(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_6, BPF_REG_0, 0, 0),
		INSN(BPF_ALU64 | BPF_LSH | BPF_K, BPF_REG_6, 0, 0, 32),
		INSN(BPF_ALU64 | BPF_RSH | BPF_K, BPF_REG_6, 0, 0, 32),
		/* r0 = &map[0] */
		INSN(BPF_ST | BPF_MEM | BPF_W, BPF_REG_10, 0, -4, 0),
		INSN(BPF_ALU64 | BPF_MOV | BPF_X, BPF_REG_2, BPF_REG_10, 0, 0),
		INSN(BPF_ALU64 | BPF_ADD | BPF_K, BPF_REG_2, 0, 0, -4),
		INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0,
		     map_fd),
		INSN(0, 0, 0, 0, 0),
		INSN(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_lookup_elem),
		INSN(BPF_JMP | BPF_JEQ | BPF_K, BPF_REG_0, 0, 4, 0),
		/* refuse if it holds this thread */
		INSN(BPF_LDX | BPF_MEM | BPF_DW, BPF_REG_1, BPF_REG_0, 0, 0),
		INSN(BPF_JMP | BPF_JNE | BPF_X, BPF_REG_1, BPF_REG_6, 2, 0),
		INSN(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, -EPERM),
		INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
		INSN(BPF_ALU64 | BPF_MOV | BPF_K, BPF_REG_0, 0, 0, 0),
		INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
	};
	LIBBPF_OPTS(bpf_prog_load_opts, opts,
		.expected_attach_type = BPF_LSM_MAC,
	);
	int id = libbpf_find_vmlinux_btf_id("file_permission", BPF_LSM_MAC);

	if (id < 0)
		return id;
	opts.attach_btf_id = id;
	return bpf_prog_load(BPF_PROG_TYPE_LSM, "vmwrite_deny", "GPL", prog,
			     sizeof(prog) / sizeof(prog[0]), &opts);
}

/* Refuse the file reads and writes of thread @tid, or of none (0). */
static int lsm_deny(int map_fd, pid_t tid)
{
	uint64_t v = tid;
	uint32_t key = 0;

	return bpf_map_update_elem(map_fd, &key, &v, BPF_ANY);
}

/*
 * A session is checked by the security hooks on every transfer, as a read
 * or write of its /proc/PID/mem is: a policy loaded after attach that
 * refuses access takes effect at once, and lifting it restores access.
 */
TEST(lsm_decides_each_transfer)
{
	int map_fd, prog_fd, link_fd, dev, ret_r, ret_w, ret_mem, mem;
	uint64_t v = 0, done_r = POISON, done_w = POISON;
	char *area = map_pattern(page, PROT_READ | PROT_WRITE, 'l');
	pid_t tid = gettid();

	ASSERT_NE(NULL, area);
	map_fd = bpf_map_create(BPF_MAP_TYPE_ARRAY, "vmwrite_deny", 4, 8, 1,
				NULL);
	ASSERT_LE(0, map_fd);
	prog_fd = lsm_deny_load(map_fd);
	if (prog_fd < 0)
		SKIP(return, "no BPF LSM: %s", strerror(-prog_fd));
	link_fd = bpf_raw_tracepoint_open(NULL, prog_fd);
	ASSERT_LE(0, link_fd) TH_LOG("attach: %s", strerror(errno));

	dev = session_open(getpid(), O_RDWR, NULL);
	ASSERT_LE(0, dev);
	mem = open("/proc/self/mem", O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, mem);
	ASSERT_EQ(0, xfer(dev, false, (uintptr_t)area, &v, 8, &done_r));
	/* Nothing but the calls under test while this thread is refused. */
	ASSERT_EQ(0, lsm_deny(map_fd, tid));
	ret_r = xfer(dev, false, (uintptr_t)area, &v, 8, &done_r);
	ret_w = xfer(dev, true, (uintptr_t)area, "written!", 8, &done_w);
	ret_mem = pread(mem, &v, 8, (uintptr_t)area) < 0 ? -errno : 0;
	ASSERT_EQ(0, lsm_deny(map_fd, 0));
	EXPECT_EQ(-EPERM, ret_r);
	EXPECT_EQ(0, done_r);
	EXPECT_EQ(-EPERM, ret_w);
	EXPECT_EQ(0, done_w);
	EXPECT_TRUE(all_bytes(area, 8, 'l'));
	/* The kernel's own mem file agrees. */
	EXPECT_EQ(-EPERM, ret_mem);

	EXPECT_EQ(0, xfer(dev, true, (uintptr_t)area, "written!", 8, &done_w));
	EXPECT_EQ(0, memcmp(area, "written!", 8));
	close(mem);
	close(dev);
	close(link_fd);
	close(prog_fd);
	close(map_fd);
}

/* In the children of the race tests: a counter, a flag and a cell. */
static uint64_t race_counter;
static volatile uint32_t race_stop;
static volatile union {
	uint64_t u64;
	uint32_t u32;
	uint16_t u16;
} race_cell;

/*
 * Compare-and-write against a thread of the target incrementing the same
 * counter on the other CPU: no increment of either side may be lost.
 */
TEST(cmpxchg_races_the_target)
{
	const uint64_t theirs = 200000, ours = 2000;
	uint64_t a = (uintptr_t)&race_counter, v, old, done, n;
	int go[2], fin[2], dev;
	char c = 0;
	pid_t pid;

	ASSERT_EQ(0, pipe(go));
	ASSERT_EQ(0, pipe(fin));
	pid = fork();
	ASSERT_LE(0, pid);
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (read(go[0], &c, 1) != 1)
			_exit(1);
		for (n = 0; n < theirs; n++)
			__atomic_fetch_add(&race_counter, 1, __ATOMIC_RELAXED);
		if (write(fin[1], &c, 1) != 1)
			_exit(1);
		for (;;)
			pause();
	}
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(1, write(go[1], &c, 1));
	for (n = 0; n < ours; n++) {
		ASSERT_EQ(0, xfer(dev, false, a, &v, 8, &done));
		for (;;) {
			ASSERT_EQ(0, session_cmpxchg(dev, a, 8, v, v + 1, &old, &done));
			if (done)
				break;
			v = old;
		}
	}
	ASSERT_EQ(1, read(fin[0], &c, 1));
	ASSERT_EQ(8, procmem_rw(pid, false, a, &v, 8));
	EXPECT_EQ(theirs + ours, v);
	close(dev);
	reap(pid);
}

/*
 * The target spins reading a cell at @width and counts values that are
 * neither all zeroes nor all ones, until race_stop is set; returns that
 * count, or -1.  @flip is how the test flips the cell @flips times.
 */
static long torn_count(struct __test_metadata *_metadata, unsigned int width,
		       int (*flip)(int dev, uint64_t addr, unsigned int width,
				   bool ones),
		       int flips)
{
	uint64_t all = width == 8 ? ~0ULL : (1ULL << (width * 8)) - 1;
	uint64_t done, one = 1;
	long torn = 0, seen = -1;
	int res[2], dev, i;
	pid_t pid;

	if (pipe(res))
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		while (!race_stop) {
			uint64_t v = width == 8 ? race_cell.u64 :
				     width == 4 ? race_cell.u32 : race_cell.u16;

			torn += v != 0 && v != all;
		}
		if (write(res[1], &torn, sizeof(torn)) != sizeof(torn))
			_exit(1);
		_exit(0);
	}
	dev = session_open(pid, O_RDWR, NULL);
	EXPECT_LE(0, dev);
	for (i = 0; dev >= 0 && i < flips; i++)
		EXPECT_EQ(0, flip(dev, (uintptr_t)&race_cell, width, i & 1));
	EXPECT_EQ(0, xfer(dev, true, (uintptr_t)&race_stop, &one, 4, &done));
	if (read(res[0], &seen, sizeof(seen)) != sizeof(seen))
		seen = -1;
	waitpid(pid, NULL, 0);
	close(res[0]);
	close(res[1]);
	close(dev);
	return seen;
}

/* One write of the whole cell: the single store under test. */
static int flip_whole(int dev, uint64_t addr, unsigned int width, bool ones)
{
	uint64_t v = ones ? ~0ULL : 0, done;

	return xfer(dev, true, addr, &v, width, &done);
}

/* Two writes of a half each: torn in between, on purpose. */
static int flip_halves(int dev, uint64_t addr, unsigned int width, bool ones)
{
	uint64_t v = ones ? ~0ULL : 0, done;

	return xfer(dev, true, addr, &v, width / 2, &done) ?:
	       xfer(dev, true, addr + width / 2, &v, width / 2, &done);
}

/*
 * Aligned 2, 4 and 8-byte writes are single stores: a reader on the other
 * CPU never sees half of one.  The control, each value written in two
 * halves, shows that the reader does see what a torn store leaves.
 */
TEST(single_store_never_torn)
{
	static const unsigned int widths[] = { 2, 4, 8 };
	unsigned int i;

	for (i = 0; i < 3; i++) {
		long torn = torn_count(_metadata, widths[i], flip_whole, 20000);

		TH_LOG("width %u: %ld torn reads", widths[i], torn);
		EXPECT_EQ(0, torn);
	}
	EXPECT_LT(0, torn_count(_metadata, 8, flip_halves, 2000));
}

TEST(target_exit)
{
	char *area = map_pattern(page, PROT_READ | PROT_WRITE, 'e');
	char buf[8] = { 0 };
	uint64_t done;
	pid_t pid;
	int dev;

	ASSERT_NE(NULL, area);
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)area, buf, 8, &done));
	reap(pid);
	EXPECT_EQ(-ESRCH, xfer(dev, true, (uintptr_t)area, buf, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-ESRCH, xfer(dev, false, (uintptr_t)area, buf, 8, &done));
	EXPECT_EQ(0, done);
	close(dev);
}

/* Attaching to a process that has exited since the open fails at attach. */
TEST(attach_to_zombie)
{
	int hold[2], memfd, dev;
	char path[64], c;
	siginfo_t si;
	pid_t pid;

	ASSERT_EQ(0, pipe(hold));
	pid = fork();
	if (pid == 0) {
		close(hold[1]);
		_exit(read(hold[0], &c, 1));
	}
	close(hold[0]);
	snprintf(path, sizeof(path), "/proc/%d/mem", pid);
	memfd = open(path, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, memfd);
	close(hold[1]);
	/* Wait for the exit, but leave the zombie. */
	ASSERT_EQ(0, waitid(P_PID, pid, &si, WEXITED | WNOWAIT));
	dev = open(DEV, O_RDWR | O_CLOEXEC);
	EXPECT_EQ(-ESRCH, attach_fd(dev, memfd, NULL));
	close(dev);
	close(memfd);
	waitpid(pid, NULL, 0);
}

/*
 * Whoever may mount (in a namespace of their own) cannot make another proc
 * file pass for a mem file by binding it over one.
 */
TEST(bind_mounted_mem_is_not_mem)
{
	char mem[64], attr[64];
	int dev, fd;
	pid_t pid;

	pid = spawn_sleeper();
	ASSERT_EQ(0, unshare(CLONE_NEWNS));
	ASSERT_EQ(0, mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL));
	snprintf(mem, sizeof(mem), "/proc/%d/mem", pid);
	snprintf(attr, sizeof(attr), "/proc/%d/environ", pid);
	ASSERT_EQ(0, mount(attr, mem, NULL, MS_BIND, NULL));

	dev = open(DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, dev);
	fd = open(mem, O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, fd);
	EXPECT_EQ(-EINVAL, attach_fd(dev, fd, NULL));
	close(fd);
	/* The real thing, reached another way, still works. */
	snprintf(mem, sizeof(mem), "/proc/%d/task/%d/mem", pid, pid);
	fd = open(mem, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fd);
	EXPECT_EQ(0, attach_fd(dev, fd, NULL));
	close(fd);
	close(dev);
	reap(pid);
}

static int exec_child(int fd)
{
	char *p = mmap((void *)EXEC_ADDR, page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

	if (p != (char *)EXEC_ADDR)
		return 1;
	memset(p, 'E', page);
	if (write(fd, "r", 1) != 1)
		return 1;
	for (;;)
		pause();
}

/* After an execve the old session must never reach the new image. */
TEST(exec_after_attach)
{
	int go[2], ready[2], dev, dev2;
	char arg[16], c, buf[64], check[64];
	uint64_t done;
	pid_t pid;

	ASSERT_EQ(0, pipe(go));
	ASSERT_EQ(0, pipe(ready));
	pid = fork();
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (read(go[0], &c, 1) != 1)
			_exit(1);
		snprintf(arg, sizeof(arg), "%d", ready[1]);
		execl("/proc/self/exe", "vmwrite_test", "--exec-child", arg,
		      NULL);
		_exit(127);
	}
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(1, write(go[1], "g", 1));
	ASSERT_EQ(1, read(ready[0], &c, 1));

	memset(buf, 'X', sizeof(buf));
	EXPECT_EQ(-ESRCH, xfer(dev, true, EXEC_ADDR, buf, sizeof(buf), &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-ESRCH, xfer(dev, false, EXEC_ADDR, buf, sizeof(buf), &done));
	ASSERT_EQ(64, procmem_rw(pid, false, EXEC_ADDR, check, 64));
	EXPECT_TRUE(all_bytes(check, 64, 'E'));

	/* A new session reaches the new image. */
	dev2 = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev2);
	EXPECT_EQ(0, xfer(dev2, false, EXEC_ADDR, check, 64, &done));
	EXPECT_EQ(64, done);
	EXPECT_TRUE(all_bytes(check, 64, 'E'));
	close(dev2);
	close(dev);
	reap(pid);
}

/*
 * vmwrite forces through page protections exactly when /proc/PID/mem does
 * (proc_mem.force_override=), and says so in VMWRITE_ACCESS_FORCE.
 */
TEST(force_follows_proc_mem)
{
	char *area = map_pattern(page, PROT_READ, 'r');
	char buf[8], check[8];
	uint32_t access = 0;
	ssize_t pret;
	uint64_t done;
	pid_t pid;
	int dev, ret;

	ASSERT_NE(NULL, area);
	pid = spawn_sleeper();
	dev = session_open(pid, O_RDWR, &access);
	ASSERT_LE(0, dev);
	memset(buf, 'F', sizeof(buf));
	ret = xfer(dev, true, (uintptr_t)area, buf, sizeof(buf), &done);
	pret = procmem_rw(pid, true, (uintptr_t)area + 8, buf, sizeof(buf));
	TH_LOG("vmwrite %d, /proc/PID/mem %zd, access %#x", ret, pret, access);
	EXPECT_EQ(pret == 8, ret == 0);
	/* The guest runner says which the boot's command line asked for. */
	if (getenv("VMWRITE_EXPECT_FORCE"))
		EXPECT_EQ(atoi(getenv("VMWRITE_EXPECT_FORCE")), ret == 0);
	EXPECT_EQ(ret == 0, !!(access & VMWRITE_ACCESS_FORCE));
	if (ret == 0) {
		ASSERT_EQ(8, procmem_rw(pid, false, (uintptr_t)area, check, 8));
		EXPECT_TRUE(all_bytes(check, 8, 'F'));
	} else {
		EXPECT_EQ(-EFAULT, ret);
		EXPECT_EQ(0, done);
	}
	close(dev);
	reap(pid);
}

/* Unprivileged callers: the node made accessible, permission as ptrace. */

static int read_yama(void)
{
	FILE *f = fopen(YAMA, "re");
	int v = -1;

	if (f) {
		if (fscanf(f, "%d", &v) != 1)
			v = -1;
		fclose(f);
	}
	return v;
}

static int write_yama(int v)
{
	FILE *f = fopen(YAMA, "we");
	int ret;

	if (!f)
		return -errno;
	ret = fprintf(f, "%d\n", v) > 0 ? 0 : -EIO;
	if (fclose(f))
		ret = -errno;
	return ret;
}

static int become(uid_t uid)
{
	if (setgroups(0, NULL) || setresgid(uid, uid, uid) ||
	    setresuid(uid, uid, uid))
		return -1;
	/* Changing uid cleared it; children inherit it. */
	return prctl(PR_SET_DUMPABLE, 1);
}

/* A sleeper running as @uid, optionally not dumpable; -1 if it failed. */
static pid_t spawn_as(uid_t uid, bool dumpable)
{
	int ready[2];
	pid_t pid;
	char c;

	if (pipe(ready))
		return -1;
	pid = fork();
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (uid && become(uid))
			_exit(1);
		prctl(PR_SET_DUMPABLE, dumpable);
		if (write(ready[1], "r", 1) != 1)
			_exit(1);
		for (;;)
			pause();
	}
	close(ready[1]);
	if (read(ready[0], &c, 1) != 1)
		pid = -1;
	close(ready[0]);
	return pid;
}

#define MAY_VMWRITE	0x1
#define MAY_PTRACE	0x2

/*
 * As @uid, try a vmwrite session on @target (0: a child of our own) and
 * then, as the oracle, PTRACE_SEIZE it.  Returns MAY_* bits, or 0x80 when
 * the test itself broke.
 */
static int probe_access(uid_t uid, pid_t target)
{
	int status, dev, ret = 0;
	uint64_t word = 0, done;
	pid_t pid;

	pid = fork();
	if (pid == 0) {
		if (uid && become(uid))
			_exit(0x80);
		if (!target)
			target = spawn_sleeper();
		dev = session_open(target, O_RDWR, NULL);
		if (dev >= 0) {
			if (xfer(dev, true, (uintptr_t)&word, &word, 8, &done) ||
			    done != 8)
				_exit(0xc0);
			ret |= MAY_VMWRITE;
		} else if (dev != -EACCES) {
			/* Denied means EACCES, as from open(/proc/PID/mem). */
			_exit(0x80 | (-dev & 0x3f));
		}
		if (!ptrace(PTRACE_SEIZE, target, 0, 0))
			ret |= MAY_PTRACE;
		_exit(ret);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 0x80;
	return WEXITSTATUS(status);
}

FIXTURE(unpriv) {
	int yama;
};

FIXTURE_SETUP(unpriv)
{
	self->yama = read_yama();
	ASSERT_EQ(0, chmod(DEV, 0666));
}

FIXTURE_TEARDOWN(unpriv)
{
	chmod(DEV, 0600);
	if (self->yama >= 0)
		write_yama(self->yama);
}

TEST_F(unpriv, own_dumpable_child_allowed)
{
	if (self->yama > 0)
		ASSERT_EQ(0, write_yama(0));
	EXPECT_EQ(MAY_VMWRITE | MAY_PTRACE, probe_access(1000, 0));
}

TEST_F(unpriv, other_uid_denied)
{
	pid_t other = spawn_as(1001, true);

	ASSERT_LT(0, other);
	if (self->yama > 0)
		ASSERT_EQ(0, write_yama(0));
	EXPECT_EQ(0, probe_access(1000, other));
	/* The same process is fine for its own uid. */
	EXPECT_EQ(MAY_VMWRITE | MAY_PTRACE, probe_access(1001, other));
	reap(other);
}

TEST_F(unpriv, non_dumpable_denied)
{
	pid_t target = spawn_as(1000, false);

	ASSERT_LT(0, target);
	if (self->yama > 0)
		ASSERT_EQ(0, write_yama(0));
	EXPECT_EQ(0, probe_access(1000, target));
	reap(target);
	target = spawn_as(1000, true);
	EXPECT_EQ(MAY_VMWRITE | MAY_PTRACE, probe_access(1000, target));
	reap(target);
}

TEST_F(unpriv, yama_scope_1_descendants_only)
{
	pid_t sibling;

	if (self->yama < 0)
		SKIP(return, "Yama is not enabled in this kernel");
	sibling = spawn_as(1000, true);
	ASSERT_LT(0, sibling);
	ASSERT_EQ(0, write_yama(0));
	EXPECT_EQ(MAY_VMWRITE | MAY_PTRACE, probe_access(1000, sibling));
	ASSERT_EQ(0, write_yama(1));
	EXPECT_EQ(0, probe_access(1000, sibling));
	EXPECT_EQ(MAY_VMWRITE | MAY_PTRACE, probe_access(1000, 0));
	reap(sibling);
}

TEST_F(unpriv, yama_scope_2_admin_only)
{
	if (self->yama < 0)
		SKIP(return, "Yama is not enabled in this kernel");
	ASSERT_EQ(0, write_yama(2));
	EXPECT_EQ(0, probe_access(1000, 0));
	EXPECT_EQ(MAY_VMWRITE | MAY_PTRACE, probe_access(0, 0));
}

/* One-way settings: only in a guest boot of their own (-f oneway). */
FIXTURE(oneway) {
	int unused;
};
FIXTURE_SETUP(oneway) {}
FIXTURE_TEARDOWN(oneway) {}

TEST_F(oneway, yama_scope_3_no_attach)
{
	if (read_yama() < 0)
		SKIP(return, "Yama is not enabled in this kernel");
	ASSERT_EQ(0, write_yama(3));
	EXPECT_EQ(0, probe_access(0, 0));
	EXPECT_EQ(0, probe_access(1000, 0));
	/* Cannot be lowered again. */
	EXPECT_NE(0, write_yama(1));
	EXPECT_EQ(3, read_yama());
}

int main(int argc, char **argv)
{
	page = sysconf(_SC_PAGESIZE);
	if (argc == 3 && !strcmp(argv[1], "--exec-child"))
		return exec_child(atoi(argv[2]));
	return test_harness_run(argc, argv);
}
