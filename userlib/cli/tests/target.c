// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * A target process for tests/cli_test.sh: sets up one mapping of each
 * kind vmwrite treats differently, prints their addresses as shell
 * assignments, and waits to be killed.  Its globals are for the tests of
 * symbols (the program is linked statically: they are in its .symtab).
 */

#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

#define BIG_SIZE	(256 * 1024)

volatile unsigned int vmwrite_cli_counter = 7;
volatile unsigned char vmwrite_cli_table[64] = "vmwrite symbol table";

static void *map(size_t len, int prot, int flags, int fd)
{
	void *p = mmap(NULL, len, prot, flags, fd, 0);

	if (p == MAP_FAILED) {
		perror("target: mmap");
		_exit(1);
	}
	return p;
}

int main(void)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	char *rw, *ro, *shm, *edge, *big;
	int fd;

	/* Let a sibling attach under Yama, and die with the test. */
	prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);

	rw = map(page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1);
	strcpy(rw, "Hello, vmwrite!");

	ro = map(page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1);
	strcpy(ro, "read-only page");
	mprotect(ro, page, PROT_READ);

	fd = memfd_create("vmwrite-test", MFD_CLOEXEC);
	if (fd < 0 || ftruncate(fd, (off_t)page) || write(fd, "shared", 6) != 6) {
		perror("target: memfd");
		return 1;
	}
	shm = map(page, PROT_READ, MAP_SHARED, fd);

	/* A page followed by a hole. */
	edge = map(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1);
	munmap(edge + page, page);
	memset(edge, 0xab, page);

	/*
	 * More than one block of vmwrite search (64 KiB), with an inaccessible
	 * page above it, which keeps it from merging with EDGE.
	 */
	big = map(BIG_SIZE + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1);
	mprotect(big + BIG_SIZE, page, PROT_NONE);

	printf("PAGE=%zu RW=%p RO=%p SHM=%p BIG=%p BIG_SIZE=%d COUNTER=%p TABLE=%p EDGE=%p\n",
	       page, (void *)rw, (void *)ro, (void *)shm, (void *)big, BIG_SIZE,
	       (void *)&vmwrite_cli_counter, (void *)vmwrite_cli_table, (void *)edge);
	fflush(stdout);
	for (;;)
		pause();
}
