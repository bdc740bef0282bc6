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

#include "vmwrite.h"
#include "model.h"
#include "tap.h"

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

static struct vmw_target *open_self(void)
{
	struct vmw_target *t = NULL;
	int err = vmw_open_process(getpid(), 0, &t);

	if (err)
		tap_diag("vmw_open_process(self): %s", strerror(-err));
	return t;
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
	vmw_test_dev_path = "/nonexistent/vmwrite";
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
	test_open_errors();
	test_pidfd();

	tap(vmw_model.violations == 0, "the library kept the uapi contract%s%s",
	    vmw_model.violations ? ": " : "", vmw_model.violation);
	return tap_exit();
}
