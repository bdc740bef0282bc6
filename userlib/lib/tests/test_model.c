// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * libvmwrite against the user-space model of the module (model.c): the
 * handshake, attach, the transfer loop and the error paths, on the host.
 * The target is this process itself, which may always open its own
 * /proc/PID/mem.
 */

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/vmwrite.h>

#include "vmwrite/vmwrite.h"
#include "model.h"
#include "tap.h"
#include "sessions.h"

#ifndef SYS_pidfd_open
#define SYS_pidfd_open	434
#endif

static long page_size;

static int pidfd_open(pid_t pid)
{
	return (int)syscall(SYS_pidfd_open, pid, 0);
}

/* Open fds, not counting the model's own copies of attached mem fds. */
static int count_fds(void)
{
	DIR *d;
	int n = 0;

	vmw_model_end_sessions();
	d = opendir("/proc/self/fd");
	if (!d)
		return -1;
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

/* A PID that no process has: a child that has been reaped. */
static pid_t dead_pid(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);
	return pid;
}

static void test_open(void)
{
	struct vmw_target *t;
	int before, after;

	vmw_model_reset();
	before = count_fds();
	t = open_self();
	after = count_fds();
	tap(t != NULL, "open: attaches to a process");
	tap(after == before + 1, "open: keeps just the device fd (%d fds more)", after - before);
	tap(vmw_access(t) == (VMW_ACCESS_READ | VMW_ACCESS_WRITE | VMW_ACCESS_FORCE),
	    "open: access is what the module granted (%#x)", vmw_access(t));
	tap(vmw_pid(t) == getpid(), "open: vmw_pid is the PID");
	vmw_close(t);
	tap(count_fds() == before, "close: closes the device fd");
	vmw_close(NULL);
	tap(vmw_module_api_version() == VMWRITE_API_VERSION, "module_api_version: reports 1");
	vmw_model.api_version = 7;
	tap(vmw_module_api_version() == 7, "module_api_version: reports another version as is");
}

static void test_transfers(void)
{
	static char target[100] = "the quick brown fox";
	char buf[sizeof(target)];
	struct vmw_target *t;
	size_t done = 99;
	int err;

	vmw_model_reset();
	t = open_self();
	err = vmw_read(t, (uintptr_t)target, buf, sizeof(buf), &done);
	tap(!err && done == sizeof(buf) && !memcmp(buf, target, sizeof(buf)),
	    "read: moves the bytes, done = len");
	err = vmw_write(t, (uintptr_t)target + 4, "QUICK", 5, &done);
	tap(!err && done == 5 && !strcmp(target, "the QUICK brown fox"), "write: moves the bytes");

	vmw_close(t);

	vmw_model_reset();
	vmw_model.max_rw = 7;
	t = open_self();
	memset(buf, 0, sizeof(buf));
	err = vmw_read(t, (uintptr_t)target, buf, sizeof(buf), &done);
	tap(!err && done == sizeof(buf) && !memcmp(buf, target, sizeof(buf)) &&
	    vmw_model.rw_calls == 15 && vmw_model.rw_len_max == 7,
	    "read: loops in chunks of max_rw_count (%u calls)", vmw_model.rw_calls);

	vmw_model.rw_calls = 0;
	done = 99;
	err = vmw_write(t, (uintptr_t)target, buf, 0, &done);
	tap(!err && done == 0 && vmw_model.rw_calls == 0, "write: len 0 succeeds, no ioctl");
	err = vmw_read(t, (uintptr_t)target, buf, 4, NULL);
	tap(!err, "read: done may be NULL");

	vmw_model.rw_calls = 0;
	done = 99;
	err = vmw_read(t, UINT64_MAX - 1, buf, 4, &done);
	tap(err == -EINVAL && done == 0 && vmw_model.rw_calls == 1,
	    "read: a range past the end of the address space is the module's -EINVAL");

	err = vmw_read(NULL, (uintptr_t)target, buf, 4, &done);
	tap(err == -EINVAL && done == 0, "read: NULL target is -EINVAL");
	vmw_close(t);
}

/* Two pages, the second unmapped: transfers across the end stop there. */
static void test_partial(void)
{
	char *map, buf[3 * 4096];
	struct vmw_target *t;
	size_t done = 99;
	int err;

	map = mmap(NULL, 2 * page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		   -1, 0);
	if (map == MAP_FAILED || munmap(map + page_size, page_size)) {
		tap(false, "partial: cannot set up the mapping");
		return;
	}
	vmw_model_reset();
	vmw_model.max_rw = 3000;
	t = open_self();
	if (!t)
		return;

	memset(buf, 0xcc, sizeof(buf));
	err = vmw_write(t, (uintptr_t)map, buf, 2 * (size_t)page_size, &done);
	tap(!err && done == (size_t)page_size && vmw_model.rw_calls == 2 &&
	    (unsigned char)map[page_size - 1] == 0xcc,
	    "write: a short chunk ends the transfer: done %zu, %u calls", done,
	    vmw_model.rw_calls);

	vmw_model.rw_calls = 0;
	done = 99;
	err = vmw_read(t, (uintptr_t)map + page_size, buf, 16, &done);
	tap(err == -EIO && done == 0, "read: unmapped address, nothing moved: -EIO, done 0");

	vmw_close(t);
	vmw_model_reset();
	vmw_model.max_rw = 16;
	t = open_self();
	vmw_model.fail_call = 2;
	vmw_model.fail_errno = EINTR;
	err = vmw_read(t, (uintptr_t)map, buf, 64, &done);
	tap(!err && done == 16, "read: an error after progress reports the progress");

	vmw_model.rw_calls = 0;
	vmw_model.fail_call = 1;
	done = 99;
	err = vmw_read(t, (uintptr_t)map, buf, 64, &done);
	tap(err == -EINTR && done == 0 && vmw_model.rw_calls == 1,
	    "read: EINTR with nothing moved is -EINTR, not retried");

	vmw_model.fail_call = 0;
	vmw_model.bogus_done = true;
	err = vmw_read(t, (uintptr_t)map, buf, 8, &done);
	tap(err == -EPROTO && done == 0, "read: done > len from the module is -EPROTO");

	vmw_close(t);
	munmap(map, page_size);
}

static void test_read_only(void)
{
	struct vmw_target *t;
	char buf[4] = "abc";
	size_t done = 99;
	int err;

	vmw_model_reset();
	vmw_model.access_mask = VMW_ACCESS_READ;
	t = open_self();
	tap(t && vmw_access(t) == VMW_ACCESS_READ, "read-only session: access is READ");
	err = vmw_write(t, (uintptr_t)buf, "xyz", 3, &done);
	tap(err == -EBADF && done == 0 && vmw_model.rw_calls == 0 && !strcmp(buf, "abc"),
	    "read-only session: write is -EBADF without an ioctl");
	err = vmw_read(t, (uintptr_t)buf, buf, 3, &done);
	tap(!err && done == 3, "read-only session: read works");
	vmw_close(t);
}

static void test_write_flags(void)
{
	static char text[16] = "ret";
	struct vmw_target *t, *k;
	size_t done = 99;
	int err;

	vmw_model_reset();
	t = open_self();
	k = open_kernel();
	if (!t || !k)
		goto out;
	err = vmw_write_flags(t, (uintptr_t)text, "RET", 3, 0, &done);
	tap(!err && done == 3 && !strcmp(text, "RET") && vmw_model.rw_flags == 0,
	    "write_flags: flags 0 is vmw_write");
	done = 99;
	vmw_model.rw_calls = 0;
	err = vmw_write_flags(t, (uintptr_t)text, "x", 1, 1U << 1, &done);
	tap(err == -EINVAL && done == 0 && vmw_model.rw_calls == 0,
	    "write_flags: an unknown flag is -EINVAL without an ioctl");
	err = vmw_write_flags(t, (uintptr_t)text, "x", 1, VMW_WRITE_TEXT, &done);
	tap(err == -EINVAL && vmw_model.rw_calls == 0 && text[0] == 'R',
	    "write_flags: VMW_WRITE_TEXT on a process is -EINVAL");
	err = vmw_write_flags(NULL, (uintptr_t)text, "x", 1, 0, &done);
	tap(err == -EINVAL && done == 0, "write_flags: NULL target is -EINVAL");

	err = vmw_write_flags(k, (uintptr_t)text, "nop", 3, VMW_WRITE_TEXT, &done);
	tap(!err && done == 3 && !strcmp(text, "nop") && vmw_model.rw_flags == VMWRITE_RW_F_TEXT,
	    "write_flags: VMW_WRITE_TEXT on the kernel is VMWRITE_RW_F_TEXT");
	err = vmw_read(k, (uintptr_t)text, text + 8, 3, &done);
	tap(!err && vmw_model.rw_flags == 0, "write_flags: reads still have no flags");
	vmw_close(k);

	vmw_model.features &= ~VMWRITE_FEATURE_TEXT_WRITE;
	k = open_kernel();
	vmw_model.rw_calls = 0;
	err = vmw_write_flags(k, (uintptr_t)text, "x", 1, VMW_WRITE_TEXT, &done);
	tap(err == -EOPNOTSUPP && done == 0 && vmw_model.rw_calls == 0,
	    "write_flags: VMW_WRITE_TEXT without VMWRITE_FEATURE_TEXT_WRITE is -EOPNOTSUPP");
	err = vmw_write_flags(k, (uintptr_t)text, "N", 1, 0, &done);
	tap(!err && done == 1 && text[0] == 'N', "write_flags: plain kernel writes still work");
out:
	vmw_close(k);
	vmw_close(t);
}

static void test_cmpxchg(void)
{
	static union {
		uint64_t u64;
		uint32_t u32[2];
		uint16_t u16[4];
		uint8_t u8[8];
	} v;
	struct vmw_target *t, *k;
	uint64_t expected;
	uintptr_t addr = (uintptr_t)&v;
	int err;

	vmw_model_reset();
	t = open_self();
	if (!t)
		return;
	v.u64 = 0x1122334455667788ULL;
	expected = 0x1122334455667788ULL;
	err = vmw_cmpxchg(t, addr, 8, &expected, 0xcafe);
	tap(err == 1 && v.u64 == 0xcafe && expected == 0x1122334455667788ULL,
	    "cmpxchg: stores when the value matches, returns 1, leaves expected");
	expected = 0x1234;
	err = vmw_cmpxchg(t, addr, 8, &expected, 7);
	tap(err == 0 && v.u64 == 0xcafe && expected == 0xcafe,
	    "cmpxchg: does not store on a mismatch, returns 0 and the current value");

	v.u64 = 0;
	v.u32[1] = 0xdeadbeef;
	expected = 0xdeadbeef;
	err = vmw_cmpxchg(t, addr + 4, 4, &expected, 0xfeedface);
	tap(err == 1 && v.u32[1] == 0xfeedface && v.u32[0] == 0, "cmpxchg: width 4");
	v.u16[1] = 0xabcd;
	expected = 0xabcd;
	err = vmw_cmpxchg(t, addr + 2, 2, &expected, 0x1234);
	tap(err == 1 && v.u16[1] == 0x1234 && v.u16[0] == 0, "cmpxchg: width 2");
	expected = 0;
	err = vmw_cmpxchg(t, addr + 1, 1, &expected, 0xff);
	tap(err == 1 && v.u8[1] == 0xff && v.u8[0] == 0 && v.u16[1] == 0x1234,
	    "cmpxchg: width 1 at an odd address");

	vmw_model.rw_calls = 0;
	expected = 0;
	tap(vmw_cmpxchg(t, addr + 2, 4, &expected, 1) == -EINVAL &&
	    vmw_cmpxchg(t, addr + 1, 2, &expected, 1) == -EINVAL &&
	    vmw_cmpxchg(t, addr + 4, 8, &expected, 1) == -EINVAL,
	    "cmpxchg: a misaligned address is -EINVAL");
	tap(vmw_cmpxchg(t, addr, 3, &expected, 1) == -EINVAL &&
	    vmw_cmpxchg(t, addr, 0, &expected, 1) == -EINVAL &&
	    vmw_cmpxchg(t, addr, 16, &expected, 1) == -EINVAL,
	    "cmpxchg: a width other than 1, 2, 4, 8 is -EINVAL");
	expected = 0x100;
	err = vmw_cmpxchg(t, addr, 1, &expected, 1);
	expected = 0;
	tap(err == -EINVAL && vmw_cmpxchg(t, addr, 2, &expected, 0x10000) == -EINVAL &&
	    vmw_cmpxchg(t, addr, 4, &expected, 1ULL << 32) == -EINVAL,
	    "cmpxchg: a value wider than width is -EINVAL");
	tap(vmw_cmpxchg(NULL, addr, 8, &expected, 1) == -EINVAL &&
	    vmw_cmpxchg(t, addr, 8, NULL, 1) == -EINVAL,
	    "cmpxchg: NULL target or expected is -EINVAL");
	tap(vmw_model.rw_calls == 0, "cmpxchg: invalid arguments never reach the module");

	expected = 0;
	err = vmw_cmpxchg(t, 0x1000, 8, &expected, 1);
	tap(err == -EIO && expected == 0, "cmpxchg: the module's error is -errno, expected kept");
	vmw_model.fail_call = vmw_model.rw_calls + 1;
	vmw_model.fail_errno = EFAULT;
	err = vmw_cmpxchg(t, addr, 8, &expected, 1);
	tap(err == -EFAULT, "cmpxchg: -EFAULT from the module");
	vmw_model.fail_call = 0;
	vmw_model.bogus_old = true;
	v.u64 = 5;
	expected = 5;
	err = vmw_cmpxchg(t, addr, 8, &expected, 6);
	tap(err == -EPROTO && expected == 5, "cmpxchg: stored but old != expected is -EPROTO");
	vmw_model.bogus_old = false;
	vmw_close(t);

	vmw_model.access_mask = VMW_ACCESS_READ;
	t = open_self();
	expected = 6;
	err = vmw_cmpxchg(t, addr, 8, &expected, 7);
	tap(err == -EBADF && v.u64 == 6, "cmpxchg: a read-only session is -EBADF");
	vmw_close(t);

	vmw_model_reset();
	k = open_kernel();
	expected = 6;
	err = vmw_cmpxchg(k, addr, 8, &expected, 8);
	tap(err == 1 && v.u64 == 8, "cmpxchg: on the kernel target");
	vmw_close(k);

	vmw_model.features &= ~VMWRITE_FEATURE_CMPXCHG;
	t = open_self();
	vmw_model.rw_calls = 0;
	err = vmw_cmpxchg(t, addr, 8, &expected, 9);
	tap(err == -EOPNOTSUPP && vmw_model.rw_calls == 0 && v.u64 == 8,
	    "cmpxchg: without VMWRITE_FEATURE_CMPXCHG is -EOPNOTSUPP");
	vmw_close(t);
	vmw_model_reset();
	vmw_model.ioctls &= ~(1ULL << _IOC_NR(VMWRITE_IOC_CMPXCHG));
	t = open_self();
	err = vmw_cmpxchg(t, addr, 8, &expected, 9);
	tap(err == -EOPNOTSUPP && v.u64 == 8, "cmpxchg: without VMWRITE_IOC_CMPXCHG is -EOPNOTSUPP");
	vmw_close(t);
}

/* vmw_open_process() fails with @expect, and leaks no fd. */
static void open_fails(int expect, pid_t pid, const char *what)
{
	struct vmw_target *t = (struct vmw_target *)1;
	int before = count_fds(), err;

	err = vmw_open_process(pid, 0, &t);
	tap(err == expect && t == NULL && count_fds() == before,
	    "open: %s: %s (got %s)", what, strerror(-expect), strerror(-err));
}

static void test_open_errors(void)
{
	int err;

	vmw_model_reset();
	vmw_model.api_version = 2;
	open_fails(-EPROTO, getpid(), "another uapi version");
	vmw_model_reset();
	vmw_model.max_rw = 0;
	open_fails(-EPROTO, getpid(), "max_rw_count 0");
	vmw_model_reset();
	vmw_model.features = VMWRITE_FEATURE_TARGET_KERNEL;
	open_fails(-EOPNOTSUPP, getpid(), "no process targets");
	vmw_model_reset();
	vmw_model.ioctls &= ~(1ULL << _IOC_NR(VMWRITE_IOC_WRITE));
	open_fails(-EOPNOTSUPP, getpid(), "no VMWRITE_IOC_WRITE");
	vmw_model_reset();
	vmw_model.attach_errno = EPERM;
	open_fails(-EPERM, getpid(), "attach refused");
	vmw_model_reset();
	vmw_model_set_device("/nonexistent/vmwrite");
	open_fails(-ENOENT, getpid(), "no device");
	vmw_model_reset();
	open_fails(-ESRCH, dead_pid(), "no such process");
	open_fails(-EINVAL, 0, "PID 0");

	err = vmw_open_process(getpid(), 1, NULL);
	tap(err == -EINVAL, "open: flags != 0 is -EINVAL");
}

static void test_pidfd(void)
{
	struct vmw_target *t = NULL;
	int pidfd, err, before;
	pid_t child;

	vmw_model_reset();
	pidfd = pidfd_open(getpid());
	if (pidfd < 0) {
		tap_skip("pidfd: # SKIP pidfd_open: %s", strerror(errno));
		return;
	}
	err = vmw_open_pidfd(pidfd, 0, &t);
	tap(!err && vmw_pid(t) == getpid(), "pidfd: attaches, vmw_pid is the process's");
	vmw_close(t);
	err = vmw_open_pidfd(pidfd, 4, &t);
	tap(err == -EINVAL && !t, "pidfd: flags != 0 is -EINVAL");
	close(pidfd);

	child = fork();
	if (child == 0) {
		pause();
		_exit(0);
	}
	pidfd = pidfd_open(child);
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	before = count_fds();
	err = vmw_open_pidfd(pidfd, 0, &t);
	tap(err == -ESRCH && !t && count_fds() == before, "pidfd: a reaped process is -ESRCH");
	close(pidfd);

	err = vmw_open_pidfd(STDIN_FILENO, 0, &t);
	tap(err == -EBADF, "pidfd: an fd that is not a pidfd is -EBADF");
	tap(vmw_open_pidfd(-1, 0, &t) == -EBADF && vmw_open_pidfd(4000, 0, &t) == -EBADF,
	    "pidfd: a bad fd is -EBADF");
}

int main(void)
{
	page_size = sysconf(_SC_PAGESIZE);

	test_open();
	test_transfers();
	test_partial();
	test_read_only();
	test_write_flags();
	test_cmpxchg();
	test_open_errors();
	test_pidfd();

	tap(vmw_model.violations == 0, "the library kept the uapi contract%s%s",
	    vmw_model.violations ? ": " : "", vmw_model.violation);
	return tap_exit();
}
