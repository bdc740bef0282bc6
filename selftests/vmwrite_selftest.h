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
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

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

#endif /* VMWRITE_SELFTEST_H */
