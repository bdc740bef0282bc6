// SPDX-License-Identifier: GPL-2.0
/*
 * vmwrite against /proc/PID/mem, process_vm_writev/readv and ptrace, in
 * the same run, on the same target and the same pages.  Each method keeps
 * what it can keep open across calls (the vmwrite session, the
 * /proc/PID/mem fd, the ptrace attachment), so what is compared is the
 * cost of a transfer.  In-guest memcpy is the limit nothing can beat.
 *
 * The cases, each timed as the median of ROUNDS rounds in which the
 * methods take turns (a slow patch of the host hits them all alike):
 *   bulk       one transfer of 8 bytes to 1 MiB
 *   scattered  NR_SCATTER 8-byte transfers at scattered addresses: one
 *              call each, or all in one (vmw_writev, process_vm_writev
 *              with NR_SCATTER iovecs)
 *   one_page   the same, all in one page: what a batch costs when it
 *              pins a page for every 16 segments instead of every one
 *   kernel     the kernel target (the test module's memory) against the
 *              process target, 8 bytes and a page
 *   dbgeng     WriteVirtual/ReadVirtual against the vmw_* call under it
 *
 * Prints a table for people ("vmwrite-bench: ...") and one line per figure
 * for scripts/bench.sh ("VMWRITE-BENCH-CSV,case,op,bytes,method,median_us,
 * min_us,max_us").  Measures only, asserts nothing: emulated guests are
 * too noisy to judge, and make check runs it only to show it works.
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
#define NR_SCATTER	1000

enum method {
	VMWRITE,	/* one vmw_write/vmw_read per transfer */
	VMWRITE_BATCH,	/* vmw_writev/vmw_readv: all transfers in one call */
	PROC_MEM,	/* pwrite/pread of /proc/PID/mem */
	PVM,		/* process_vm_writev/readv, one call per transfer */
	PVM_IOV,	/* process_vm_writev/readv, one call with every iovec */
	PTRACE,		/* PTRACE_POKEDATA/PEEKDATA, a word at a time */
	MEMCPY,		/* the same bytes in our own memory: the limit */
	KERNEL,		/* vmw_write/vmw_read on the kernel target */
	DBGENG,		/* IDebugDataSpaces4 WriteVirtual/ReadVirtual */
	NR_METHODS
};

static const char *const names[NR_METHODS] = {
	"vmwrite", "vmwrite_batch", "proc_mem", "process_vm", "process_vm_iov",
	"ptrace", "memcpy", "vmwrite_kernel", "dbgeng",
};

struct bench {
	pid_t pid;
	struct vmw_target *t, *kt;
	IDebugDataSpaces4 *ds;
	int memfd;
	char *area;	/* the same address in the target, which is our fork */
	char *local;	/* as big, for memcpy */
	char *buf;
	uint64_t krw, kvm;	/* test module: a u64, two vmalloc'ed pages */
	/* The scattered case: offsets in the area, and what each method needs. */
	size_t off[NR_SCATTER];
	struct vmw_seg segs[NR_SCATTER];
	struct iovec liov[NR_SCATTER], riov[NR_SCATTER];
	/* The one_page case: the same, at offsets within the first page. */
	size_t off1[NR_SCATTER];
	struct vmw_seg segs1[NR_SCATTER];
	struct iovec riov1[NR_SCATTER];
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int by_ptrace(struct bench *b, int write, uint64_t addr, char *buf,
		     size_t len)
{
	size_t i;
	long word;

	for (i = 0; i < len; i += sizeof(long)) {
		if (write) {
			memcpy(&word, buf + i, sizeof(word));
			if (ptrace(PTRACE_POKEDATA, b->pid, addr + i, word))
				return -1;
		} else {
			errno = 0;
			word = ptrace(PTRACE_PEEKDATA, b->pid, addr + i, 0);
			if (errno)
				return -1;
			memcpy(buf + i, &word, sizeof(word));
		}
	}
	return 0;
}

/* One transfer of @len bytes at @addr by @m; 0 when all of it moved. */
static int one(struct bench *b, enum method m, int write, uint64_t addr,
	       char *buf, size_t len)
{
	struct iovec local = { buf, len }, remote = { (void *)(uintptr_t)addr, len };
	size_t done;
	ULONG n;

	switch (m) {
	case VMWRITE:
	case KERNEL:
		if (write ? vmw_write(m == KERNEL ? b->kt : b->t, addr, buf, len, &done) :
			    vmw_read(m == KERNEL ? b->kt : b->t, addr, buf, len, &done))
			return -1;
		return done == len ? 0 : -1;
	case PROC_MEM:
		return (write ? pwrite(b->memfd, buf, len, addr) :
				pread(b->memfd, buf, len, addr)) == (ssize_t)len ? 0 : -1;
	case PVM:
		return (write ? process_vm_writev(b->pid, &local, 1, &remote, 1, 0) :
				process_vm_readv(b->pid, &local, 1, &remote, 1, 0)) ==
			(ssize_t)len ? 0 : -1;
	case PTRACE:
		return by_ptrace(b, write, addr, buf, len);
	case MEMCPY:
		/* Our own copy of the area, at the same offset. */
		if (write)
			memcpy(b->local + (addr - (uintptr_t)b->area), buf, len);
		else
			memcpy(buf, b->local + (addr - (uintptr_t)b->area), len);
		return 0;
	case DBGENG:
		if ((write ? IDebugDataSpaces4_WriteVirtual(b->ds, addr, buf, len, &n) :
			     IDebugDataSpaces4_ReadVirtual(b->ds, addr, buf, len, &n)) != S_OK)
			return -1;
		return n == len ? 0 : -1;
	default:
		return -1;
	}
}

/*
 * NR_SCATTER 8-byte transfers by @m, at @off (with @segs and @riov made
 * for them); 0 when all moved.
 */
static int scattered(struct bench *b, enum method m, int write,
		     const size_t *off, struct vmw_seg *segs,
		     const struct iovec *riov)
{
	ssize_t want = 8 * NR_SCATTER;
	int i;

	switch (m) {
	case VMWRITE_BATCH:
		if (write ? vmw_writev(b->t, segs, NR_SCATTER, 0) :
			    vmw_readv(b->t, segs, NR_SCATTER, 0))
			return -1;
		return 0;
	case PVM_IOV:
		return (write ? process_vm_writev(b->pid, b->liov, NR_SCATTER,
						  riov, NR_SCATTER, 0) :
				process_vm_readv(b->pid, b->liov, NR_SCATTER,
						 riov, NR_SCATTER, 0)) == want ? 0 : -1;
	default:
		for (i = 0; i < NR_SCATTER; i++)
			if (one(b, m, write, (uintptr_t)b->area + off[i],
				b->buf + 8 * i, 8))
				return -1;
		return 0;
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* One figure: median, min and max of ROUNDS, in µs per unit; <0: failed. */
struct figure {
	double med, min, max;
};

static void reduce(double *r, struct figure *f)
{
	qsort(r, ROUNDS, sizeof(double), cmp_double);
	f->min = r[0] * 1e6;
	f->med = r[ROUNDS / 2] * 1e6;
	f->max = r[ROUNDS - 1] * 1e6;
	if (r[0] < 0)
		f->med = f->min = f->max = -1;
}

static void emit(const char *cas, int write, size_t bytes, enum method m,
		 const struct figure *f)
{
	printf("VMWRITE-BENCH-CSV,%s,%s,%zu,%s,%.4f,%.4f,%.4f\n", cas,
	       write ? "write" : "read", bytes, names[m], f->med, f->min, f->max);
}

/* The row of the table for people: absolute, then each / vmwrite's. */
static void row(const char *cas, int write, size_t bytes, const enum method *ms,
		int n, const struct figure *f)
{
	int i;

	printf("vmwrite-bench: %-9s %-5s %8zu %10.2fus", cas, write ? "write" : "read",
	       bytes, f[0].med);
	for (i = 1; i < n; i++) {
		if (f[i].med < 0 || f[0].med <= 0)
			printf("  %s failed", names[ms[i]]);
		else
			printf("  %s %.2fx", names[ms[i]], f[i].med / f[0].med);
	}
	printf("\n");
	for (i = 0; i < n; i++)
		emit(cas, write, bytes, ms[i], &f[i]);
	fflush(stdout);
}

static void bulk(struct bench *b, int write, size_t len)
{
	static const enum method ms[] = { VMWRITE, PROC_MEM, PVM, PTRACE, MEMCPY };
	enum { N = sizeof(ms) / sizeof(ms[0]) };
	double r[N][ROUNDS], start;
	struct figure f[N];
	int i, k, it, iters = len >= 65536 ? 16 : 1000;

	for (i = 0; i < ROUNDS; i++) {
		for (k = 0; k < N; k++) {
			/* A word per call: ptrace's long transfers take seconds. */
			int n = ms[k] == PTRACE && len >= 4096 ? (len > 4096 ? 2 : 16) : iters;

			start = now();
			for (it = 0; it < n; it++)
				if (one(b, ms[k], write, (uintptr_t)b->area +
					(it * len) % (AREA - len + 1), b->buf, len))
					break;
			r[k][i] = it < n ? -1 : (now() - start) / n;
		}
	}
	for (k = 0; k < N; k++)
		reduce(r[k], &f[k]);
	row("bulk", write, len, ms, N, f);
}

static void scatter(struct bench *b, int write, int one_page)
{
	static const enum method ms[] = {
		VMWRITE_BATCH, VMWRITE, PROC_MEM, PVM, PVM_IOV, PTRACE, MEMCPY,
	};
	enum { N = sizeof(ms) / sizeof(ms[0]) };
	double r[N][ROUNDS], start;
	struct figure f[N];
	int i, k;

	for (i = 0; i < ROUNDS; i++) {
		for (k = 0; k < N; k++) {
			start = now();
			r[k][i] = scattered(b, ms[k], write,
					    one_page ? b->off1 : b->off,
					    one_page ? b->segs1 : b->segs,
					    one_page ? b->riov1 : b->riov) ?
				  -1 : now() - start;
		}
	}
	for (k = 0; k < N; k++)
		reduce(r[k], &f[k]);
	row(one_page ? "one_page" : "scattered", write, 8 * NR_SCATTER, ms, N, f);
}

/* The kernel target against the process target, the same sizes. */
static void kernel(struct bench *b, int write, size_t len)
{
	static const enum method ms[] = { VMWRITE, KERNEL };
	uint64_t kaddr = len == 8 ? b->krw : b->kvm;
	double r[2][ROUNDS], start;
	struct figure f[2];
	int i, it, bad = 0;

	for (i = 0; i < ROUNDS; i++) {
		start = now();
		for (it = 0; it < 1000; it++)
			bad |= one(b, VMWRITE, write, (uintptr_t)b->area, b->buf, len);
		r[0][i] = (now() - start) / 1000;
		start = now();
		for (it = 0; it < 1000; it++)
			bad |= one(b, KERNEL, write, kaddr, b->buf, len);
		r[1][i] = bad ? -1 : (now() - start) / 1000;
	}
	reduce(r[0], &f[0]);
	reduce(r[1], &f[1]);
	row("kernel", write, len, ms, 2, f);
}

static void dbgeng(struct bench *b, int write, size_t len)
{
	static const enum method ms[] = { VMWRITE, DBGENG };
	double r[2][ROUNDS], start;
	struct figure f[2];
	int i, k, it, bad = 0;

	for (i = 0; i < ROUNDS; i++) {
		for (k = 0; k < 2; k++) {
			start = now();
			for (it = 0; it < 1000; it++)
				bad |= one(b, ms[k], write, (uintptr_t)b->area, b->buf, len);
			r[k][i] = bad ? -1 : (now() - start) / 1000;
		}
	}
	reduce(r[0], &f[0]);
	reduce(r[1], &f[1]);
	row("dbgeng", write, len, ms, 2, f);
}

static int setup(struct bench *b)
{
	IDebugClient *client = NULL;
	char path[64];
	int status, i, err;

	b->area = mmap(NULL, AREA, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	b->local = malloc(AREA);
	b->buf = malloc(AREA);
	if (b->area == MAP_FAILED || !b->local || !b->buf)
		return -ENOMEM;
	memset(b->area, 1, AREA);
	memset(b->local, 1, AREA);
	memset(b->buf, 2, AREA);

	/* Scattered, 8-byte aligned, over the whole area, the same each run. */
	srandom(1);
	for (i = 0; i < NR_SCATTER; i++) {
		b->off[i] = (random() % (AREA / 8)) * 8;
		b->segs[i] = (struct vmw_seg){
			.addr = (uintptr_t)b->area + b->off[i],
			.buf = b->buf + 8 * i,
			.len = 8,
		};
		b->liov[i] = (struct iovec){ b->buf + 8 * i, 8 };
		b->riov[i] = (struct iovec){ b->area + b->off[i], 8 };
		b->off1[i] = b->off[i] % 4096;
		b->segs1[i] = b->segs[i];
		b->segs1[i].addr = (uintptr_t)b->area + b->off1[i];
		b->riov1[i] = (struct iovec){ b->area + b->off1[i], 8 };
	}

	b->pid = spawn_sleeper();
	err = vmw_open_process(b->pid, 0, &b->t);
	if (err)
		return err;
	snprintf(path, sizeof(path), "/proc/%d/mem", b->pid);
	b->memfd = open(path, O_RDWR | O_CLOEXEC);
	if (b->memfd < 0 || ptrace(PTRACE_ATTACH, b->pid, 0, 0) ||
	    waitpid(b->pid, &status, 0) != b->pid)
		return -errno;

	/* The kernel target, where the test module is loaded. */
	b->krw = sysfs_u64(TESTMOD "rw_addr");
	b->kvm = sysfs_u64(TESTMOD "vm_addr");
	if (b->krw && b->kvm && vmw_open_kernel(0, &b->kt))
		b->kt = NULL;

	if (DebugCreate(&IID_IDebugClient, (PVOID *)&client) != S_OK ||
	    IDebugClient_AttachProcess(client, 0, b->pid, DEBUG_ATTACH_NONINVASIVE) != S_OK ||
	    IDebugClient_QueryInterface(client, &IID_IDebugDataSpaces4, (PVOID *)&b->ds) != S_OK)
		b->ds = NULL;
	if (client)
		IDebugClient_Release(client);
	return 0;
}

int main(void)
{
	static const size_t sizes[] = { 8, 4096, 65536, 1 << 20 };
	static struct bench b;
	size_t s;
	int err, w;

	err = setup(&b);
	if (err) {
		fprintf(stderr, "vmwrite_bench: cannot set up (%s)\n", strerror(-err));
		return 1;
	}
	printf("vmwrite-bench: time per unit, then each method's time / the first's (median of %d rounds)\n",
	       ROUNDS);
	for (w = 1; w >= 0; w--) {
		for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
			bulk(&b, w, sizes[s]);
		scatter(&b, w, 0);
		scatter(&b, w, 1);
		if (b.kt) {
			kernel(&b, w, 8);
			kernel(&b, w, 4096);
		}
		if (b.ds) {
			dbgeng(&b, w, 8);
			dbgeng(&b, w, 4096);
		}
	}
	if (!b.kt)
		printf("vmwrite-bench: kernel: no test module or no kernel session\n");
	if (!b.ds)
		printf("vmwrite-bench: dbgeng: cannot attach\n");

	if (b.ds)
		IDebugDataSpaces4_Release(b.ds);
	kill(b.pid, SIGKILL);
	waitpid(b.pid, NULL, 0);
	vmw_close(b.kt);
	vmw_close(b.t);
	return 0;
}
