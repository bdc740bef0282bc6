// SPDX-License-Identifier: GPL-2.0
/*
 * vmwrite against /proc/PID/mem, process_vm_writev/readv and ptrace, in
 * the same run on the same target, as ratios: how many times longer each
 * takes than vmwrite for the same transfer.  Each method keeps what it can
 * keep open across calls (the vmwrite session, the /proc/PID/mem fd, the
 * ptrace attachment), so the ratios compare the per-call cost.
 *
 * Measures only; asserts nothing: emulated guests are too noisy to judge.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <vmwrite/vmwrite.h>
#include <vmwrite/dbgeng.h>

#include "vmwrite_selftest.h"

#define AREA		(1UL << 20)
#define ROUNDS		7

enum method { VMWRITE, PROC_MEM, PROCESS_VM, PTRACE, NR_METHODS };

static const char *const names[NR_METHODS] = {
	"vmwrite", "/proc/PID/mem", "process_vm_rw", "ptrace",
};

struct bench {
	pid_t pid;
	struct vmw_target *t;
	int memfd;
	char *area;	/* same address in the target, which is our fork */
	char *buf;
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* One transfer of @len bytes at offset @off; returns 0 when all moved. */
static int one(struct bench *b, enum method m, int write, size_t off,
	       size_t len)
{
	uint64_t addr = (uintptr_t)b->area + off;
	struct iovec local = { b->buf, len }, remote = { b->area + off, len };
	size_t done, i;
	long word;

	switch (m) {
	case VMWRITE:
		if (write ? vmw_write(b->t, addr, b->buf, len, &done) :
			    vmw_read(b->t, addr, b->buf, len, &done))
			return -1;
		return done == len ? 0 : -1;
	case PROC_MEM:
		return (write ? pwrite(b->memfd, b->buf, len, addr) :
				pread(b->memfd, b->buf, len, addr)) ==
			(ssize_t)len ? 0 : -1;
	case PROCESS_VM:
		return (write ? process_vm_writev(b->pid, &local, 1, &remote, 1, 0) :
				process_vm_readv(b->pid, &local, 1, &remote, 1, 0)) ==
			(ssize_t)len ? 0 : -1;
	case PTRACE:
		/* A word at a time: all ptrace offers. */
		for (i = 0; i < len; i += sizeof(long)) {
			if (write) {
				memcpy(&word, b->buf + i, sizeof(word));
				if (ptrace(PTRACE_POKEDATA, b->pid, addr + i, word))
					return -1;
			} else {
				errno = 0;
				word = ptrace(PTRACE_PEEKDATA, b->pid, addr + i, 0);
				if (errno)
					return -1;
				memcpy(b->buf + i, &word, sizeof(word));
			}
		}
		return 0;
	default:
		return -1;
	}
}

/* Seconds per transfer of @iters transfers, or -1 if one failed. */
static double run(struct bench *b, enum method m, int write, size_t len,
		  int iters)
{
	double start = now();
	int i;

	for (i = 0; i < iters; i++)
		if (one(b, m, write, (i * len) % (AREA - len + 1), len))
			return -1;
	return (now() - start) / iters;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/*
 * The median of ROUNDS rounds per method, the methods taking turns within
 * each round so that a slow patch of the host hits them all alike.
 */
static void measure(struct bench *b, int write, size_t len,
		    double t[NR_METHODS])
{
	double r[NR_METHODS][ROUNDS];
	int m, i, iters;

	for (i = 0; i < ROUNDS; i++) {
		for (m = 0; m < NR_METHODS; m++) {
			iters = len >= 65536 ? 16 : 1000;
			if (m == PTRACE && len > 4096)
				iters = 2;
			r[m][i] = run(b, m, write, len, iters);
		}
	}
	for (m = 0; m < NR_METHODS; m++) {
		qsort(r[m], ROUNDS, sizeof(double), cmp_double);
		t[m] = r[m][0] < 0 ? -1 : r[m][ROUNDS / 2];
	}
}

/*
 * The dbgeng layer against the vmw_* call under it: WriteVirtual and
 * ReadVirtual of @len bytes (cache off, the process default) per
 * vmw_write/vmw_read of the same, median of ROUNDS rounds taking turns.
 */
static void dbgeng_overhead(struct bench *b, IDebugDataSpaces4 *ds, int write, size_t len)
{
	double r[2][ROUNDS], start;
	uint64_t addr = (uintptr_t)b->area;
	ULONG n;
	size_t done;
	int i, k, bad = 0;

	for (i = 0; i < ROUNDS; i++) {
		start = now();
		for (k = 0; k < 1000; k++)
			bad |= write ? vmw_write(b->t, addr, b->buf, len, &done) :
				       vmw_read(b->t, addr, b->buf, len, &done);
		r[0][i] = now() - start;
		start = now();
		for (k = 0; k < 1000; k++)
			bad |= write ? IDebugDataSpaces4_WriteVirtual(ds, addr, b->buf, len, &n) :
				       IDebugDataSpaces4_ReadVirtual(ds, addr, b->buf, len, &n);
		r[1][i] = now() - start;
	}
	qsort(r[0], ROUNDS, sizeof(double), cmp_double);
	qsort(r[1], ROUNDS, sizeof(double), cmp_double);
	if (bad)
		printf("vmwrite-bench: dbgeng %s %zu: failed\n", write ? "write" : "read", len);
	else
		printf("vmwrite-bench: dbgeng %-5s %8zu  %s / vmw_%s: %.3fx\n",
		       write ? "write" : "read", len, write ? "WriteVirtual" : "ReadVirtual",
		       write ? "write" : "read", r[1][ROUNDS / 2] / r[0][ROUNDS / 2]);
}

int main(void)
{
	static const size_t sizes[] = { 8, 64, 4096, 65536, 1 << 20 };
	struct bench b = { 0 };
	char path[64];
	int status, err, m, w;
	size_t s;

	b.area = mmap(NULL, AREA, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	b.buf = malloc(AREA);
	if (b.area == MAP_FAILED || !b.buf)
		return 1;
	memset(b.area, 1, AREA);
	memset(b.buf, 2, AREA);

	b.pid = spawn_sleeper();
	err = vmw_open_process(b.pid, 0, &b.t);
	snprintf(path, sizeof(path), "/proc/%d/mem", b.pid);
	b.memfd = open(path, O_RDWR | O_CLOEXEC);
	if (err || b.memfd < 0 || ptrace(PTRACE_ATTACH, b.pid, 0, 0) ||
	    waitpid(b.pid, &status, 0) != b.pid) {
		fprintf(stderr, "vmwrite_bench: cannot set up (%s)\n",
			strerror(err ? -err : errno));
		return 1;
	}

	printf("vmwrite-bench: time of each method / time of vmwrite, same target, same run (median of %d rounds)\n",
	       ROUNDS);
	printf("vmwrite-bench: %-6s %8s %14s %14s %14s %14s\n", "op", "bytes",
	       names[VMWRITE], names[PROC_MEM], names[PROCESS_VM], names[PTRACE]);
	for (w = 1; w >= 0; w--) {
		for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
			size_t len = sizes[s];
			double t[NR_METHODS];

			measure(&b, w, len, t);
			printf("vmwrite-bench: %-6s %8zu %11.2fus", w ? "write" : "read",
			       len, t[VMWRITE] * 1e6);
			for (m = 1; m < NR_METHODS; m++) {
				if (t[m] < 0 || t[VMWRITE] <= 0)
					printf(" %14s", "failed");
				else
					printf(" %13.2fx", t[m] / t[VMWRITE]);
			}
			printf("\n");
		}
	}
	{
		IDebugClient *client = NULL;
		IDebugDataSpaces4 *ds = NULL;

		if (DebugCreate(&IID_IDebugClient, (PVOID *)&client) == S_OK &&
		    IDebugClient_AttachProcess(client, 0, b.pid, DEBUG_ATTACH_NONINVASIVE) == S_OK &&
		    IDebugClient_QueryInterface(client, &IID_IDebugDataSpaces4,
						(PVOID *)&ds) == S_OK) {
			for (w = 1; w >= 0; w--) {
				dbgeng_overhead(&b, ds, w, 8);
				dbgeng_overhead(&b, ds, w, 4096);
			}
		} else {
			printf("vmwrite-bench: dbgeng: cannot attach\n");
		}
		if (ds)
			IDebugDataSpaces4_Release(ds);
		if (client)
			IDebugClient_Release(client);
	}
	kill(b.pid, SIGKILL);
	waitpid(b.pid, NULL, 0);
	vmw_close(b.t);
	return 0;
}
