// SPDX-License-Identifier: GPL-2.0
/*
 * Selftests for libvmwrite and the vmwrite CLI against the real module.
 *
 * As in vmwrite_test.c, /proc/PID/mem is the oracle for what is in the
 * target, and a child forked from the test shares its address layout.
 * The CLI is expected next to this binary (bin/vmwrite in the guest).
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vmwrite/vmwrite.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

#define THREADS		4
#define PER_THREAD	(256 * 1024)

static size_t page;
static char cli[PATH_MAX];

TEST(open_write_read)
{
	char *area = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char buf[64], check[64];
	struct vmw_target *t = NULL;
	size_t done = 12345;
	pid_t pid;

	ASSERT_NE(MAP_FAILED, area);
	memset(area, 'a', 2 * page);
	pid = spawn_sleeper();
	ASSERT_EQ(0, vmw_open_process(pid, 0, &t));
	ASSERT_NE(NULL, t);
	EXPECT_EQ(pid, vmw_pid(t));
	EXPECT_EQ(VMW_ACCESS_READ | VMW_ACCESS_WRITE,
		  vmw_access(t) & (VMW_ACCESS_READ | VMW_ACCESS_WRITE));

	memset(buf, 'L', sizeof(buf));
	ASSERT_EQ(0, vmw_write(t, (uintptr_t)area + 10, buf, sizeof(buf), &done));
	EXPECT_EQ(sizeof(buf), done);
	ASSERT_EQ(64, procmem_rw(pid, false, (uintptr_t)area + 10, check, 64));
	EXPECT_TRUE(all_bytes(check, 64, 'L'));
	/* done is optional. */
	ASSERT_EQ(0, vmw_read(t, (uintptr_t)area + 10, check, 64, NULL));

	/* Partial: the count is exact, and the call still succeeds. */
	ASSERT_EQ(0, munmap(area + page, page));
	reap(pid);
	pid = spawn_sleeper();
	vmw_close(t);
	ASSERT_EQ(0, vmw_open_process(pid, 0, &t));
	ASSERT_EQ(0, vmw_write(t, (uintptr_t)area + page - 24, buf, 64, &done));
	EXPECT_EQ(24, done);
	done = 12345;
	EXPECT_EQ(-EFAULT, vmw_write(t, (uintptr_t)area + page, buf, 64, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(0, vmw_write(t, (uintptr_t)area, buf, 0, &done));
	EXPECT_EQ(0, done);

	vmw_close(t);
	vmw_close(NULL);
	reap(pid);
}

TEST(open_errors)
{
	struct vmw_target *t = (struct vmw_target *)1;
	pid_t pid;

	EXPECT_EQ(-EINVAL, vmw_open_process(getpid(), 1, &t));
	EXPECT_EQ(NULL, t);
	pid = fork();
	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);
	/* Reaped: no such process (barring PID reuse within the test). */
	EXPECT_EQ(-ESRCH, vmw_open_process(pid, 0, &t));
}

TEST(pidfd)
{
	struct vmw_target *t = NULL;
	uint64_t word = 7, check = 0;
	int pidfd, fd;
	size_t done;
	pid_t pid;

	pid = spawn_sleeper();
	pidfd = syscall(SYS_pidfd_open, pid, 0);
	ASSERT_LE(0, pidfd);
	ASSERT_EQ(0, vmw_open_pidfd(pidfd, 0, &t));
	EXPECT_EQ(pid, vmw_pid(t));
	word = 0x1122334455667788ULL;
	ASSERT_EQ(0, vmw_write(t, (uintptr_t)&check, &word, 8, &done));
	ASSERT_EQ(8, procmem_rw(pid, false, (uintptr_t)&check, &check, 8));
	EXPECT_EQ(word, check);
	vmw_close(t);

	/* Once the process is gone the pidfd names nobody. */
	reap(pid);
	t = (struct vmw_target *)1;
	EXPECT_EQ(-ESRCH, vmw_open_pidfd(pidfd, 0, &t));
	EXPECT_EQ(NULL, t);
	close(pidfd);

	fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	EXPECT_EQ(-EBADF, vmw_open_pidfd(fd, 0, &t));
	close(fd);
}

/* The region of a child's mapping, and of the hole after it. */
TEST(region)
{
	long page = sysconf(_SC_PAGESIZE);
	char *area = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint64_t a = (uintptr_t)area;
	struct vmw_target *t;
	struct vmw_region r;
	pid_t pid;

	ASSERT_NE(MAP_FAILED, area);
	ASSERT_EQ(0, munmap(area + page, page));
	pid = spawn_sleeper();
	ASSERT_EQ(0, vmw_open_process(pid, 0, &t));
	ASSERT_EQ(0, vmw_region(t, a + 1, &r));
	EXPECT_EQ(a, r.start);
	EXPECT_EQ(a + page, r.end);
	EXPECT_EQ(VMW_PROT_READ | VMW_PROT_WRITE, r.prot);
	EXPECT_EQ(VMW_REGION_PRIVATE, r.kind);
	ASSERT_EQ(0, vmw_region(t, a + page, &r));
	EXPECT_EQ(VMW_REGION_FREE, r.kind);
	EXPECT_EQ(0, r.prot);
	EXPECT_EQ(-EINVAL, vmw_region(t, a, NULL));
	vmw_close(t);
	reap(pid);
	ASSERT_EQ(0, vmw_open_process(pid = spawn_sleeper(), 0, &t));
	reap(pid);
	EXPECT_EQ(-ESRCH, vmw_region(t, a, &r));
	vmw_close(t);
}

/* Compare-and-write in a child: stored, not stored, and refused. */
TEST(cmpxchg)
{
	static uint64_t word;
	uint64_t expected, check = 0;
	struct vmw_target *t = NULL;
	uintptr_t addr = (uintptr_t)&word;
	pid_t pid;
	int ret;

	word = 0x1122334455667788ULL;
	pid = spawn_sleeper();
	ASSERT_EQ(0, vmw_open_process(pid, 0, &t));

	expected = 0x1122334455667788ULL;
	ret = vmw_cmpxchg(t, addr, 8, &expected, 0xcafe);
	if (ret == -EOPNOTSUPP) {
		vmw_close(t);
		reap(pid);
		SKIP(return, "the module has no VMWRITE_IOC_CMPXCHG");
	}
	ASSERT_EQ(1, ret);
	EXPECT_EQ(0x1122334455667788ULL, expected);
	ASSERT_EQ(8, procmem_rw(pid, false, addr, &check, 8));
	EXPECT_EQ(0xcafe, check);

	/* A mismatch stores nothing and reports what is there. */
	expected = 0x1234;
	EXPECT_EQ(0, vmw_cmpxchg(t, addr, 8, &expected, 0xbad));
	EXPECT_EQ(0xcafe, expected);
	ASSERT_EQ(8, procmem_rw(pid, false, addr, &check, 8));
	EXPECT_EQ(0xcafe, check);

	/* Narrower widths touch only their bytes. */
	expected = 0xca;
	EXPECT_EQ(1, vmw_cmpxchg(t, addr + 1, 1, &expected, 0x5a));
	expected = 0;
	EXPECT_EQ(1, vmw_cmpxchg(t, addr + 4, 4, &expected, 0xdeadbeef));
	ASSERT_EQ(8, procmem_rw(pid, false, addr, &check, 8));
	EXPECT_EQ(0xdeadbeef00005afeULL, check);

	expected = 0;
	EXPECT_EQ(-EINVAL, vmw_cmpxchg(t, addr + 2, 4, &expected, 1));
	EXPECT_EQ(-EINVAL, vmw_cmpxchg(t, addr + 4, 8, &expected, 1));
	EXPECT_EQ(-EINVAL, vmw_cmpxchg(t, addr, 3, &expected, 1));
	EXPECT_EQ(-EINVAL, vmw_cmpxchg(t, addr, 2, &expected, 0x10000));
	EXPECT_EQ(-EFAULT, vmw_cmpxchg(t, 0, 8, &expected, 1));
	ASSERT_EQ(8, procmem_rw(pid, false, addr, &check, 8));
	EXPECT_EQ(0xdeadbeef00005afeULL, check);

	vmw_close(t);
	reap(pid);
}

TEST(write_flags)
{
	static char buf[8] = "abc";
	struct vmw_target *t = NULL;
	size_t done = 12345;
	char check[4];
	pid_t pid;

	pid = spawn_sleeper();
	ASSERT_EQ(0, vmw_open_process(pid, 0, &t));
	EXPECT_EQ(-EINVAL, vmw_write_flags(t, (uintptr_t)buf, "x", 1, 1U << 7, &done));
	EXPECT_EQ(0, done);
	/* Text writes are for the kernel target only. */
	EXPECT_EQ(-EINVAL, vmw_write_flags(t, (uintptr_t)buf, "x", 1, VMW_WRITE_TEXT, &done));
	ASSERT_EQ(0, vmw_write_flags(t, (uintptr_t)buf, "XYZ", 3, 0, &done));
	EXPECT_EQ(3, done);
	ASSERT_EQ(3, procmem_rw(pid, false, (uintptr_t)buf, check, 3));
	EXPECT_EQ(0, memcmp(check, "XYZ", 3));
	vmw_close(t);
	reap(pid);
}

struct writer {
	struct vmw_target *t;
	char *base;
	char fill;
	int err;
};

static void *writer_main(void *arg)
{
	struct writer *w = arg;
	char *buf = malloc(PER_THREAD);
	size_t done;
	int i;

	if (!buf) {
		w->err = -ENOMEM;
		return NULL;
	}
	memset(buf, w->fill, PER_THREAD);
	for (i = 0; i < 8 && !w->err; i++) {
		w->err = vmw_write(w->t, (uintptr_t)w->base, buf, PER_THREAD,
				   &done);
		if (!w->err && done != PER_THREAD)
			w->err = -EIO;
	}
	free(buf);
	return NULL;
}

/* One target, several threads writing through it at once. */
TEST(threads_share_a_target)
{
	char *area = mmap(NULL, THREADS * PER_THREAD, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct writer w[THREADS];
	pthread_t th[THREADS];
	struct vmw_target *t;
	char *check;
	pid_t pid;
	int i;

	ASSERT_NE(MAP_FAILED, area);
	check = malloc(PER_THREAD);
	ASSERT_NE(NULL, check);
	pid = spawn_sleeper();
	ASSERT_EQ(0, vmw_open_process(pid, 0, &t));
	for (i = 0; i < THREADS; i++) {
		w[i] = (struct writer){ t, area + i * PER_THREAD, 'A' + i, 0 };
		ASSERT_EQ(0, pthread_create(&th[i], NULL, writer_main, &w[i]));
	}
	for (i = 0; i < THREADS; i++) {
		pthread_join(th[i], NULL);
		EXPECT_EQ(0, w[i].err);
		ASSERT_EQ(PER_THREAD, procmem_rw(pid, false, (uintptr_t)w[i].base,
						  check, PER_THREAD));
		EXPECT_TRUE(all_bytes(check, PER_THREAD, 'A' + i));
	}
	vmw_close(t);
	reap(pid);
}

/* Runs the CLI with @argv, its output in @out; returns its exit status. */
static int run_cli(char *const argv[], char *out, size_t outlen)
{
	int pipefd[2], status;
	ssize_t n, total = 0;
	pid_t pid;

	if (pipe(pipefd))
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(pipefd[1], 1);
		dup2(pipefd[1], 2);
		execv(cli, argv);
		_exit(127);
	}
	close(pipefd[1]);
	while (total < (ssize_t)outlen - 1 &&
	       (n = read(pipefd[0], out + total, outlen - 1 - total)) > 0)
		total += n;
	out[total] = '\0';
	close(pipefd[0]);
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

static volatile uint32_t counter = 41;
static char greeting[32] = "hello";

TEST(cli_write_read_save_undo)
{
	char pidstr[16], addr[32], gaddr[32], out[4096], save[] = "/tmp/vmw-save";
	uint32_t value = 0;
	char check[32];
	pid_t pid;

	pid = spawn_sleeper();
	snprintf(pidstr, sizeof(pidstr), "%d", pid);
	snprintf(addr, sizeof(addr), "%#lx", (unsigned long)&counter);
	snprintf(gaddr, sizeof(gaddr), "%lu", (unsigned long)greeting);

	char *w_u32[] = { "vmwrite", "write", pidstr, addr, "--u32", "1000", NULL };
	ASSERT_EQ(0, run_cli(w_u32, out, sizeof(out)));
	ASSERT_EQ(4, procmem_rw(pid, false, (uintptr_t)&counter, &value, 4));
	EXPECT_EQ(1000, value);

	char *r_u32[] = { "vmwrite", "read", pidstr, addr, "--u32", NULL };
	ASSERT_EQ(0, run_cli(r_u32, out, sizeof(out)));
	EXPECT_NE(NULL, strstr(out, "1000"));

	/* Decimal address, a string, and the replaced bytes saved. */
	char *w_str[] = { "vmwrite", "write", pidstr, gaddr, "--string", "HELLO",
			  "--save", save, NULL };
	ASSERT_EQ(0, run_cli(w_str, out, sizeof(out)));
	ASSERT_EQ(5, procmem_rw(pid, false, (uintptr_t)greeting, check, 5));
	EXPECT_EQ(0, memcmp(check, "HELLO", 5));
	char *undo[] = { "vmwrite", "write", pidstr, gaddr, "--file", save, NULL };
	ASSERT_EQ(0, run_cli(undo, out, sizeof(out)));
	ASSERT_EQ(5, procmem_rw(pid, false, (uintptr_t)greeting, check, 5));
	EXPECT_EQ(0, memcmp(check, "hello", 5));

	/* Hex bytes, and the hexdump shows them. */
	char *w_hex[] = { "vmwrite", "write", pidstr, gaddr, "4a4b", NULL };
	ASSERT_EQ(0, run_cli(w_hex, out, sizeof(out)));
	char *r_hex[] = { "vmwrite", "read", pidstr, gaddr, "4", NULL };
	ASSERT_EQ(0, run_cli(r_hex, out, sizeof(out)));
	EXPECT_NE(NULL, strstr(out, "4a4b 6c6c"));
	EXPECT_NE(NULL, strstr(out, "JKll"));

	unlink(save);
	reap(pid);
}

TEST(cli_messages)
{
	char pidstr[16], addr[32], out[4096];
	char *area;
	pid_t pid;

	area = mmap(NULL, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, area);
	ASSERT_EQ(0, munmap(area, page));
	pid = spawn_sleeper();
	snprintf(pidstr, sizeof(pidstr), "%d", pid);
	snprintf(addr, sizeof(addr), "%#lx", (unsigned long)area);

	char *unmapped[] = { "vmwrite", "write", pidstr, addr, "00", NULL };
	EXPECT_EQ(1, run_cli(unmapped, out, sizeof(out)));
	EXPECT_NE(NULL, strstr(out, "is not mapped in process"));
	TH_LOG("%s", out);

	char *bad_addr[] = { "vmwrite", "read", pidstr, "0xzz", "4", NULL };
	EXPECT_EQ(2, run_cli(bad_addr, out, sizeof(out)));

	reap(pid);
	char *gone[] = { "vmwrite", "read", pidstr, addr, "4", NULL };
	EXPECT_EQ(1, run_cli(gone, out, sizeof(out)));
	EXPECT_NE(NULL, strstr(out, "does not exist"));
	TH_LOG("%s", out);
}

int main(int argc, char **argv)
{
	char *slash;

	page = sysconf(_SC_PAGESIZE);
	if (readlink("/proc/self/exe", cli, sizeof(cli) - 16) < 0)
		return 1;
	slash = strrchr(cli, '/');
	strcpy(slash ? slash + 1 : cli, "vmwrite");
	return test_harness_run(argc, argv);
}
