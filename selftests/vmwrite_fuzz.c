// SPDX-License-Identifier: GPL-2.0
/*
 * A structure-aware fuzzer of /dev/vmwrite: mostly-valid argument structs,
 * mutated where the module must be careful (sizes, flags, reserved
 * fields, targets, file descriptors of every kind, addresses at the edges
 * of what is mapped, buffers that fault, lengths up to 2^64 - 1), from
 * several processes and threads at once, while the targets map, unmap,
 * protect, fork, exec and exit, another thread swaps the session file
 * descriptors under running ioctls, and an administrator process flips
 * the policy, revokes sessions, listens to the audit group and sends the
 * generic netlink family malformed requests.
 *
 * Every result is checked against what the uapi allows: an errno the
 * documentation lists, a count no larger than the request, and nothing
 * written to the kernel outside the test module's buffers.  The kernel
 * log is the other oracle: the runner checks it after the run.
 *
 * Kernel-target writes go only to the test module's buffers
 * (vmwrite_testmod.ko) or to addresses that must be refused; reads go
 * anywhere.  allow_text_write stays off, so text and rodata are refused.
 *
 * Reproducible: the seed is printed, and -s replays it.  Each worker
 * derives its own seed from it and prints it: a seed replays each worker's
 * sequence of calls, not how the workers interleaved.  On a failure the
 * worker prints its last calls.
 *
 * usage: vmwrite_fuzz [-s SEED] [-n CALLS] [-w WORKERS] [-t SECONDS]
 * Prints TAP: one test, the whole run.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <linux/vmwrite.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include "vmwrite_selftest.h"

/* Where each victim keeps the pages it plays with. */
#define VICTIM_BASE	0x5f0000000000UL
#define VICTIM_SLOTS	16
#define SESSIONS	6
#define HISTORY		32

/* ---- randomness ------------------------------------------------------- */

static __thread uint64_t rng_state;

/* splitmix64: good enough, and the same sequence for the same seed. */
static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint64_t below(uint64_t n)
{
	return n ? rnd() % n : 0;
}

static bool one_in(unsigned int n)
{
	return below(n) == 0;
}

#define PICK(a) ((a)[below(sizeof(a) / sizeof((a)[0]))])

/* ---- what the fuzzer aims at ------------------------------------------ */

struct kernel_addrs {
	uint64_t rw, vm, ro, text, io, page_offset;
};

static struct kernel_addrs kaddrs;

/* Is [addr, addr + len) inside a test module buffer kernel writes may hit? */
static bool kernel_write_allowed(uint64_t addr, uint64_t len)
{
	uint64_t end = addr + len;

	if (!len || end < addr)
		return false;
	return (kaddrs.rw && addr >= kaddrs.rw && end <= kaddrs.rw + 8) ||
	       (kaddrs.vm && addr >= kaddrs.vm && end <= kaddrs.vm + 2 * PAGE);
}

/* Addresses every kernel write must be refused at, in any paging mode. */
static uint64_t kernel_refused(void)
{
	static const uint64_t fixed[] = {
		0, PAGE, 0x7ffffffff000ULL, 0x0000800000000000ULL,
		0x00ff800000000000ULL, 0x8000000000000000ULL,
		0xfe00000000000000ULL, 0xffffffffff600000ULL,
		0xfffffffffffff000ULL,
	};

	switch (below(6)) {
	case 0:
		return PICK(fixed);
	case 1:
		/* Aliases: non-canonical in one paging mode, user in the other. */
		return kaddrs.rw & ((1ULL << (one_in(2) ? 48 : 57)) - 1);
	case 2:
		return kaddrs.text + below(64);		/* read-only */
	case 3:
		return kaddrs.ro + below(16);		/* read-only */
	case 4:
		return kaddrs.io ? kaddrs.io + below(64) : 0;	/* device */
	default:
		return kaddrs.vm + 2 * PAGE + below(PAGE);	/* guard page */
	}
}

/* A kernel write: the test module's buffers, or where it must be refused. */
static void kernel_write_target(uint64_t *addr, uint64_t *len)
{
	switch (below(3)) {
	case 0:
		/* rw_var is 8 bytes: never past it. */
		*addr = kaddrs.rw + below(8);
		*len = 1 + below(kaddrs.rw + 8 - *addr);
		break;
	case 1:
		/* The vmalloc buffer: its guard page ends any length. */
		*addr = kaddrs.vm + below(2 * PAGE);
		break;
	default:
		*addr = kernel_refused();
		break;
	}
}

/* A kernel address to read or ask about: anything. */
static uint64_t kernel_addr(void)
{
	switch (below(6)) {
	case 0:
		return kernel_refused();
	case 1:
		return kaddrs.rw ^ (1ULL << below(64));
	case 2:
		return kaddrs.vm + below(3 * PAGE);
	case 3:
		/* The direct map. */
		return kaddrs.page_offset + below(1ULL << 30);
	default:
		return rnd();
	}
}

/* ---- the victims: processes that keep changing what they map ---------- */

/* A victim's life: for the run, or until it decides to exit or exec. */
static void victim(void)
{
	static const int prots[] = { PROT_NONE, PROT_READ,
				     PROT_READ | PROT_WRITE };
	unsigned int i;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	rng_state ^= getpid();
	for (i = 0; i < VICTIM_SLOTS; i++)
		mmap((void *)(VICTIM_BASE + i * 4 * PAGE), 4 * PAGE,
		     PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	for (;;) {
		void *slot = (void *)(VICTIM_BASE + below(VICTIM_SLOTS) * 4 * PAGE);
		size_t len = (1 + below(4)) * PAGE;
		pid_t child;

		switch (below(9)) {
		case 0:
			munmap(slot, len);
			break;
		case 1:
			mmap(slot, len, PICK(prots),
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
			break;
		case 2:
			mprotect(slot, len, PICK(prots));
			break;
		case 3:
			madvise(slot, len, one_in(2) ? MADV_DONTNEED :
						       MADV_PAGEOUT);
			break;
		case 4:
			/* Copy-on-write: a child that lives a moment. */
			child = fork();
			if (child == 0) {
				usleep(below(2000));
				_exit(0);
			}
			if (child > 0)
				waitpid(child, NULL, 0);
			break;
		case 5:
			if (one_in(50))
				execl("/proc/self/exe", "vmwrite_fuzz",
				      "--victim", NULL);
			break;
		case 6:
			if (one_in(100))
				_exit(0);
			break;
		default:
			mmap(slot, len, PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
			memset(slot, (int)below(256), len);
			break;
		}
		usleep(below(300));
	}
}

/* ---- one worker ------------------------------------------------------- */

/* What a call was, for the record of the last ones. */
struct call {
	unsigned long n;
	unsigned int cmd;
	int fd;
	uint32_t size, flags;
	uint64_t addr, buf, len;
	int ret;
	uint64_t done;
};

/* Outcomes, per operation: moved bytes (or succeeded), and each errno. */
enum {
	OP_ATTACH, OP_API, OP_READ, OP_WRITE, OP_CMPXCHG, OP_REGION, OP_READV,
	OP_WRITEV, OPS
};
static const char *const op_names[OPS] = {
	"attach", "api", "read", "write", "cmpxchg", "region", "readv", "writev",
};

struct stats {
	unsigned long ok[OPS];
	unsigned long err[OPS][EHWPOISON + 1];
};

struct worker {
	unsigned int id;
	uint64_t seed;
	unsigned long calls, limit;
	time_t deadline;
	pid_t victim;
	int sessions[SESSIONS];	/* fds; swapped by the chaos thread */
	bool kernel[SESSIONS];	/* attached to the kernel (best knowledge) */
	int others[4];		/* fds of other kinds */
	char *buf;		/* PAGE * 4: a page, a hole, a page, a hole */
	char *arg;		/* PAGE * 2: the argument struct, at an edge */
	char *segs;		/* PAGE * 2: a batch's records, then a hole */
	struct call history[HISTORY];
	struct stats *stats;	/* shared with the parent */
	volatile bool stop;
};

static void count(struct worker *w, unsigned int op, int ret)
{
	if (!ret)
		w->stats->ok[op]++;
	else if (-ret <= EHWPOISON)
		w->stats->err[op][-ret]++;
}

static void print_history(const struct worker *w)
{
	unsigned long first = w->calls > HISTORY ? w->calls - HISTORY : 0;

	fprintf(stderr, "# worker %u (seed %#" PRIx64 "): its last calls:\n",
		w->id, w->seed);
	for (unsigned long n = first; n < w->calls; n++) {
		const struct call *c = &w->history[n % HISTORY];

		fprintf(stderr,
			"#   %lu: ioctl(%d, %#x) size %u flags %#x addr %#" PRIx64
			" buf %#" PRIx64 " len %#" PRIx64 " -> %d (%s) done %#" PRIx64 "\n",
			c->n, c->fd, c->cmd, c->size, c->flags, c->addr, c->buf,
			c->len, c->ret, c->ret ? strerror(-c->ret) : "ok", c->done);
	}
}

static void fail(struct worker *w, const char *what)
{
	const struct call *c = &w->history[(w->calls - 1) % HISTORY];

	fprintf(stderr, "# FAIL worker %u call %lu: %s (ioctl %#x -> %d %s)\n",
		w->id, c->n, what, c->cmd, c->ret, strerror(-c->ret));
	print_history(w);
	exit(1);
}

/* The errnos the uapi documents for any vmwrite ioctl. */
static bool documented(int err)
{
	switch (-err) {
	case 0: case EFAULT: case EINVAL: case E2BIG: case ENOTCONN:
	case EBADF: case EPERM: case EACCES: case ESRCH: case EINTR:
	case ENOMEM: case ENXIO: case EROFS: case EHWPOISON: case EXDEV:
	case EBUSY: case EISCONN: case ENOTTY: case EOPNOTSUPP:
	case ECONNABORTED:
		return true;
	default:
		return false;
	}
}

/* A struct size: mostly right, sometimes short, long, or absurd. */
static uint32_t struct_size(uint32_t ver0, uint32_t real)
{
	switch (below(12)) {
	case 0:
		return ver0 - 1 - below(ver0);
	case 1:
		return real + 8 * (1 + below(4));
	case 2:
		return PAGE + below(2);
	case 3:
		return (uint32_t)rnd();
	default:
		return real;
	}
}

/*
 * Lay out an argument struct of @real bytes whose size member says @size,
 * in w->arg: at the start, or ending at the page edge so that a long size
 * reads into the unmapped page after it.  Past @real, zeroes, or one byte
 * that is not.
 */
static void *place_arg(struct worker *w, uint32_t size, uint32_t real)
{
	char *p = one_in(4) ? w->arg + PAGE - real : w->arg;
	size_t room = w->arg + PAGE - p;

	memset(p, 0, room);
	if (size > real && size <= room && one_in(3))
		p[real + below(size - real)] = 1;
	return p;
}

/* A user buffer for @len bytes: ours, at a hole, unmapped, the kernel's. */
static uint64_t user_buf(struct worker *w)
{
	switch (below(10)) {
	case 0:
		return 0;
	case 1:
		return (uintptr_t)w->buf + PAGE - below(16);	/* into the hole */
	case 2:
		return 0xffffffff81000000ULL;
	case 3:
		return (uintptr_t)w->buf + PAGE + below(PAGE);	/* the hole */
	case 4:
		return (uintptr_t)w->arg;
	default:
		return (uintptr_t)w->buf + below(PAGE);
	}
}

static uint64_t length(void)
{
	static const uint64_t odd[] = {
		0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 255, 256, 257, PAGE - 1, PAGE,
		PAGE + 1, 2 * PAGE, 0x7ffff000, 0x80000000, 0xffffffffULL,
		0x100000000ULL, ~0ULL >> 1, ~0ULL - 1, ~0ULL,
	};

	return one_in(3) ? PICK(odd) : 1 + below(3 * PAGE);
}

/*
 * An address in a process session: the victim's window and its edges, our
 * own scratch buffer (for a session on ourselves), or anything.
 */
static uint64_t process_addr(struct worker *w)
{
	static const uint64_t fixed[] = {
		0, PAGE, 0x7ffffffff000ULL, 0x800000000000ULL,
		0xffffffffff600000ULL,
	};

	switch (below(8)) {
	case 0:
		return rnd();
	case 1:
		return PICK(fixed);
	case 2:
		return (uintptr_t)w->buf + below(4 * PAGE);
	default:
		return VICTIM_BASE + below(VICTIM_SLOTS * 4 * PAGE + PAGE) - below(16);
	}
}

static int fd_of(struct worker *w, unsigned int i)
{
	return __atomic_load_n(&w->sessions[i], __ATOMIC_RELAXED);
}

/* The call recorded: made, counted as @op, its errno checked. */
static int issue(struct worker *w, struct call *c, unsigned int op, void *arg)
{
	c->ret = ioctl(c->fd, c->cmd, arg) ? -errno : 0;
	count(w, op, c->ret);
	if (!documented(c->ret))
		fail(w, "an errno the uapi does not list");
	return c->ret;
}

/* Record the call about to be made; returns its record. */
static struct call *record(struct worker *w, unsigned int cmd, int fd)
{
	struct call *c = &w->history[w->calls % HISTORY];

	memset(c, 0, sizeof(*c));
	c->n = w->calls++;
	c->cmd = cmd;
	c->fd = fd;
	return c;
}

static void do_attach(struct worker *w, unsigned int i)
{
	struct vmwrite_attach *a;
	uint32_t size = struct_size(VMWRITE_ATTACH_SIZE_VER0, sizeof(*a));
	int fd = fd_of(w, i), ret;
	struct call *c;

	a = place_arg(w, size, sizeof(*a));
	a->size = size;
	a->flags = one_in(10) ? (uint32_t)rnd() : 0;
	a->reserved = one_in(10) ? 1 : 0;
	a->access = POISON32;
	switch (below(8)) {
	case 0:
		a->target = VMWRITE_TARGET_KERNEL;
		a->fd = one_in(5) ? 3 : 0;
		break;
	case 1:
		a->target = (uint32_t)below(5);
		a->fd = (uint32_t)rnd();
		break;
	default:
		a->target = VMWRITE_TARGET_PROCESS;
		a->fd = one_in(4) ? (uint32_t)PICK(w->others) :
			one_in(4) ? (uint32_t)fd_of(w, below(SESSIONS)) :
			one_in(8) ? 999 : (uint32_t)w->others[0];
		break;
	}
	c = record(w, VMWRITE_IOC_ATTACH, fd);
	c->size = size;
	c->flags = a->flags;
	c->addr = a->target;
	c->buf = a->fd;
	ret = issue(w, c, OP_ATTACH, a);
	if (!ret)
		w->kernel[i] = a->target == VMWRITE_TARGET_KERNEL;
	if (!ret && a->target == VMWRITE_TARGET_KERNEL &&
	    a->access & ~(VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE))
		fail(w, "attach: kernel access with bits beyond read and write");
}

/* Where a transfer aims, and how long it is: in the victim or the kernel. */
static void transfer_target(struct worker *w, bool kernel, bool write,
			    uint64_t *addr, uint64_t *len)
{
	*len = length();
	if (!kernel)
		*addr = process_addr(w);
	else if (write)
		kernel_write_target(addr, len);
	else
		*addr = kernel_addr();
}

static void do_rw(struct worker *w, unsigned int i, bool write)
{
	unsigned int cmd = write ? VMWRITE_IOC_WRITE : VMWRITE_IOC_READ;
	uint32_t size = struct_size(VMWRITE_RW_SIZE_VER0, sizeof(struct vmwrite_rw));
	bool kernel = w->kernel[i];
	struct vmwrite_rw *rw;
	int fd = fd_of(w, i), ret;
	uint64_t addr, len;
	struct call *c;

	rw = place_arg(w, size, sizeof(*rw));
	rw->size = size;
	rw->flags = one_in(6) ? (one_in(2) ? VMWRITE_RW_F_TEXT : (uint32_t)rnd()) : 0;
	transfer_target(w, kernel, write, &addr, &len);
	rw->addr = addr;
	rw->buf = user_buf(w);
	rw->len = len;
	rw->done = POISON;
	c = record(w, cmd, fd);
	c->size = size;
	c->flags = rw->flags;
	c->addr = addr;
	c->buf = rw->buf;
	c->len = len;
	ret = issue(w, c, write ? OP_WRITE : OP_READ, rw);
	c->done = rw->done;
	/* A struct the module never read keeps its poison. */
	if (rw->done == POISON)
		return;
	if (rw->done > len)
		fail(w, "transfer: done is larger than the request");
	if (ret && rw->done)
		fail(w, "transfer: failed, yet done is not 0");
	if (!ret && rw->done && kernel && write &&
	    !kernel_write_allowed(rw->addr, rw->done))
		fail(w, "transfer: a kernel write outside the test buffers moved bytes");
}

/*
 * A batch: up to 40 records of a random size (now and then one the module
 * refuses), ending at the edge of a hole now and then, each a transfer as
 * do_rw() makes them.  Each result is checked against its record, and the
 * totals against the results.
 */
static void do_rwv(struct worker *w, unsigned int i, bool write)
{
	unsigned int cmd = write ? VMWRITE_IOC_WRITEV : VMWRITE_IOC_READV;
	uint32_t size = struct_size(VMWRITE_RWV_SIZE_VER0, sizeof(struct vmwrite_rwv));
	uint32_t seg_size = one_in(8) ? (uint32_t)below(80) :
			    one_in(4) ? 48 : sizeof(struct vmwrite_seg);
	uint32_t nr = one_in(20) ? VMWRITE_RWV_MAX_SEGS + below(2) : below(41);
	uint32_t fit = seg_size ? PAGE / seg_size : 0, k, failed = 0;
	bool kernel = w->kernel[i];
	struct vmwrite_rwv *v;
	int fd = fd_of(w, i), ret;
	uint64_t bytes = 0;
	char *recs;
	struct call *c;

	/* Whole records in the page; now and then the last ones in the hole. */
	if (nr <= fit)
		recs = w->segs + (one_in(4) ? PAGE - nr * seg_size : 0);
	else
		recs = w->segs + PAGE % (seg_size ? seg_size : 1);
	memset(w->segs, 0, PAGE);
	for (k = 0; k < nr && seg_size >= sizeof(struct vmwrite_seg) &&
		    recs + (k + 1) * seg_size <= w->segs + PAGE; k++) {
		struct vmwrite_seg *s = (struct vmwrite_seg *)(recs + k * seg_size);
		uint64_t addr, len;

		transfer_target(w, kernel, write, &addr, &len);
		s->addr = addr;
		s->buf = user_buf(w);
		s->len = len;
		s->flags = one_in(8) ? (one_in(2) ? VMWRITE_RW_F_TEXT : (uint32_t)rnd()) : 0;
		s->done = POISON;
		s->error = (int32_t)POISON;
		if (seg_size > sizeof(*s) && one_in(6))
			recs[k * seg_size + sizeof(*s) + below(seg_size - sizeof(*s))] = 1;
	}
	v = place_arg(w, size, sizeof(*v));
	v->size = size;
	v->flags = one_in(10) ? (uint32_t)rnd() : 0;
	v->segs = one_in(20) ? rnd() : (uintptr_t)recs;
	v->nr_segs = nr;
	v->seg_size = seg_size;
	v->nr_done = (uint32_t)POISON;
	c = record(w, cmd, fd);
	c->size = size;
	c->flags = v->flags;
	c->addr = v->segs;
	c->len = nr;
	ret = issue(w, c, write ? OP_WRITEV : OP_READV, v);
	c->done = v->nr_done;
	/* A struct the module never read keeps its poison. */
	if (v->nr_done == (uint32_t)POISON || v->segs != (uintptr_t)recs)
		return;
	if (v->nr_done > nr || (!ret && v->nr_done != nr))
		fail(w, "batch: nr_done is not the segments tried");
	for (k = 0; k < v->nr_done; k++) {
		struct vmwrite_seg *s = (struct vmwrite_seg *)(recs + k * seg_size);
		uint64_t len = s->len < 0x7ffff000ULL ? s->len : 0x7ffff000ULL;

		if (s->done > len)
			fail(w, "batch: a segment did more than it asked");
		if (s->error && s->done)
			fail(w, "batch: a segment failed, yet moved bytes");
		if (s->error > 0 || s->error < -4095)
			fail(w, "batch: a segment's error is no errno");
		else if (s->error && !documented(s->error))
			fail(w, "batch: a segment's errno the uapi does not list");
		if (s->done && kernel && write && !kernel_write_allowed(s->addr, s->done))
			fail(w, "batch: a kernel write outside the test buffers moved bytes");
		failed += s->error != 0;
		bytes += s->done;
	}
	if (!ret && (v->nr_failed != failed || v->bytes != bytes))
		fail(w, "batch: the totals are not the sums of the segments");
}

static void do_cmpxchg(struct worker *w, unsigned int i)
{
	uint32_t size = struct_size(VMWRITE_CMPXCHG_SIZE_VER0,
				    sizeof(struct vmwrite_cmpxchg));
	bool kernel = w->kernel[i];
	struct vmwrite_cmpxchg *x;
	int fd = fd_of(w, i), ret;
	struct call *c;

	x = place_arg(w, size, sizeof(*x));
	x->size = size;
	x->flags = one_in(10) ? (uint32_t)rnd() : 0;
	x->width = one_in(6) ? (uint32_t)below(17) : 1U << below(4);
	x->reserved = one_in(10);
	if (kernel) {
		uint64_t addr, len;

		kernel_write_target(&addr, &len);
		x->addr = addr;
	} else {
		x->addr = process_addr(w);
	}
	x->expected = one_in(3) ? rnd() : below(4);
	x->desired = one_in(3) ? rnd() : below(4);
	x->old = POISON;
	x->done = POISON;
	c = record(w, VMWRITE_IOC_CMPXCHG, fd);
	c->size = size;
	c->flags = x->flags;
	c->addr = x->addr;
	c->len = x->width;
	ret = issue(w, c, OP_CMPXCHG, x);
	c->done = x->done;
	if (!ret && x->done != 0 && x->done != x->width)
		fail(w, "cmpxchg: done is neither 0 nor the width");
	if (!ret && (x->done == x->width) != (x->old == x->expected))
		fail(w, "cmpxchg: done disagrees with old == expected");
	if (!ret && x->done && kernel &&
	    !kernel_write_allowed(x->addr, x->width))
		fail(w, "cmpxchg: stored in kernel memory outside the test buffers");
}

static void do_region(struct worker *w, unsigned int i)
{
	uint32_t size = struct_size(VMWRITE_REGION_SIZE_VER0,
				    sizeof(struct vmwrite_region));
	struct vmwrite_region *r;
	int fd = fd_of(w, i), ret;
	uint64_t addr;
	struct call *c;

	r = place_arg(w, size, sizeof(*r));
	r->size = size;
	r->flags = one_in(10) ? (uint32_t)rnd() : 0;
	addr = w->kernel[i] ? kernel_addr() : process_addr(w);
	r->addr = addr;
	r->start = POISON;
	r->end = POISON;
	c = record(w, VMWRITE_IOC_REGION, fd);
	c->size = size;
	c->addr = addr;
	ret = issue(w, c, OP_REGION, r);
	if (!ret && (r->start > addr || (r->end && r->end <= addr)))
		fail(w, "region: the region does not hold the address");
	if (!ret && r->kind == VMWRITE_REGION_FREE && r->prot)
		fail(w, "region: a hole with rights");
}

static void do_api_or_junk(struct worker *w, unsigned int i)
{
	uint32_t size = struct_size(VMWRITE_API_SIZE_VER0, sizeof(struct vmwrite_api));
	static const unsigned int junk[] = {
		_IOC(_IOC_READ | _IOC_WRITE, VMWRITE_IOC_MAGIC, 0x08, 40),
		_IOC(_IOC_READ, VMWRITE_IOC_MAGIC, 0x02, 40),
		_IOC(_IOC_READ | _IOC_WRITE, VMWRITE_IOC_MAGIC, 0x02, 48),
		_IOC(_IOC_NONE, VMWRITE_IOC_MAGIC, 0x00, 0),
		0x5401, /* TCGETS */
	};
	struct vmwrite_api *a;
	unsigned int cmd;
	int fd = fd_of(w, i);
	struct call *c;

	a = place_arg(w, size, sizeof(*a));
	a->size = size;
	cmd = one_in(2) ? VMWRITE_IOC_API : PICK(junk);
	c = record(w, cmd, fd);
	c->size = size;
	issue(w, c, OP_API, one_in(10) ? (void *)(uintptr_t)rnd() : (void *)a);
}

/* Replace session @i: a new device file, or something that is not one. */
static void reopen(struct worker *w, unsigned int i)
{
	int fd = one_in(6) ? dup(PICK(w->others)) : open(DEV, O_RDWR | O_CLOEXEC);

	if (one_in(5) && fd >= 0) {
		/* A read-only device: read-only kernel sessions. */
		close(fd);
		fd = open(DEV, O_RDONLY | O_CLOEXEC);
	}
	if (fd < 0)
		return;
	/* Over the old number while other threads may use it. */
	dup3(fd, fd_of(w, i), O_CLOEXEC);
	close(fd);
	w->kernel[i] = false;
}

/* The other thread: swaps and closes session fds under running ioctls. */
static void *chaos(void *arg)
{
	struct worker *w = arg;

	rng_state = w->seed ^ 0x5eed;
	while (!w->stop) {
		/*
		 * Never a session over another: a kernel session must not
		 * get the addresses of a process one.
		 */
		reopen(w, below(SESSIONS));
		usleep(below(2000));
	}
	return NULL;
}

static void open_mem(struct worker *w)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/mem", w->victim);
	close(w->others[0]);
	w->others[0] = open(path, O_RDWR | O_CLOEXEC);
}

static void spawn_victim(struct worker *w)
{
	pid_t pid = fork();

	if (pid == 0)
		victim();
	w->victim = pid;
	usleep(1000);
	open_mem(w);
}

static int run_worker(struct worker *w)
{
	pthread_t thread;
	int pipefd[2], status;

	rng_state = w->seed;
	w->buf = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	w->arg = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (w->buf == MAP_FAILED || w->arg == MAP_FAILED)
		return 1;
	munmap(w->buf + PAGE, PAGE);
	munmap(w->buf + 3 * PAGE, PAGE);
	munmap(w->arg + PAGE, PAGE);
	w->segs = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (w->segs == MAP_FAILED)
		return 1;
	munmap(w->segs + PAGE, PAGE);
	if (pipe2(pipefd, O_CLOEXEC))
		return 1;
	w->others[0] = -1;
	w->others[1] = pipefd[0];
	w->others[2] = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
	w->others[3] = open("/proc/self/mem", O_RDWR | O_CLOEXEC);
	spawn_victim(w);
	for (unsigned int i = 0; i < SESSIONS; i++) {
		w->sessions[i] = open(DEV, O_RDWR | O_CLOEXEC);
		if (w->sessions[i] < 0)
			return 1;
	}
	pthread_create(&thread, NULL, chaos, w);

	while (w->calls < w->limit && time(NULL) < w->deadline) {
		unsigned int i = below(SESSIONS);

		if (waitpid(w->victim, &status, WNOHANG) == w->victim)
			spawn_victim(w);
		switch (below(16)) {
		case 0:
		case 1:
			do_attach(w, i);
			break;
		case 2:
			do_api_or_junk(w, i);
			break;
		case 3:
			do_cmpxchg(w, i);
			break;
		case 4:
			do_region(w, i);
			break;
		case 5:
			if (one_in(20))
				open_mem(w);
			else
				do_rwv(w, i, one_in(2));
			break;
		case 6:
		case 7:
		case 8:
			do_rw(w, i, true);
			break;
		default:
			do_rw(w, i, false);
			break;
		}
	}
	w->stop = true;
	pthread_join(thread, NULL);
	kill(w->victim, SIGKILL);
	waitpid(w->victim, NULL, 0);
	return 0;
}

/* What the calls came to, summed over the workers: "op: N ok, EFOO N, ...". */
static void print_stats(const struct stats *stats, unsigned int workers)
{
	for (unsigned int op = 0; op < OPS; op++) {
		unsigned long ok = 0;

		for (unsigned int i = 0; i < workers; i++)
			ok += stats[i].ok[op];
		printf("# %s: %lu ok", op_names[op], ok);
		for (int e = 1; e <= EHWPOISON; e++) {
			unsigned long n = 0;

			for (unsigned int i = 0; i < workers; i++)
				n += stats[i].err[op][e];
			if (n)
				printf(", %s %lu", strerrorname_np(e), n);
		}
		printf("\n");
	}
}

/* ---- the administrator -------------------------------------------------- */

/* The policy switches the administrator flips: never text, never the lock. */
static const int admin_switches[] = {
	VMWRITE_A_P_PROCESS_WRITES, VMWRITE_A_P_KERNEL_READS,
	VMWRITE_A_P_KERNEL_WRITES, VMWRITE_A_P_AUDIT_READS,
};

static int admin_family;

/* Libnl's codes for what the family documents (as root). */
static bool admin_documented(int err)
{
	switch (-err) {
	case 0: case NLE_INVAL: case NLE_RANGE: case NLE_OBJ_NOTFOUND:
	case NLE_MSGSIZE:
		return true;
	default:
		return false;
	}
}

static int admin_session(struct nl_msg *msg, void *arg)
{
	struct nlattr *tb[VMWRITE_A_MAX + 1];
	uint64_t *id = arg;

	/* Keep one of the sessions listed, at random. */
	if (!genlmsg_parse(nlmsg_hdr(msg), 0, tb, VMWRITE_A_MAX, NULL) &&
	    tb[VMWRITE_A_SESSION_ID] && (!*id || one_in(3)))
		*id = nla_get_u64(tb[VMWRITE_A_SESSION_ID]);
	return NL_OK;
}

/* The end of an answer: an ack, an error, or the end of a dump. */
static int admin_done(struct nl_msg *msg, void *arg)
{
	(void)msg;
	*(bool *)arg = true;
	return NL_STOP;
}

static int admin_error(struct sockaddr_nl *nla, struct nlmsgerr *e, void *arg)
{
	(void)nla;
	(void)e;
	*(bool *)arg = true;
	return NL_STOP;
}

/*
 * One request, and its whole answer (a reply is followed by an ack, a
 * dump ends with NLMSG_DONE): 0 or a libnl error.
 */
static int admin_request(struct nl_sock *sk, int cmd, int flags, int attr,
			 uint64_t v, bool wide, uint64_t *id)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nl_cb *cb = nl_cb_alloc(NL_CB_DEFAULT);
	bool done = false;
	int err = -NLE_NOMEM;

	if (!msg || !cb ||
	    !genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, admin_family, 0,
			 flags, cmd, VMWRITE_GENL_VERSION))
		goto out;
	if (attr && (wide ? nla_put_u64(msg, attr, v) : nla_put_u8(msg, attr, v)))
		goto out;
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, admin_session, id);
	nl_cb_set(cb, NL_CB_ACK, NL_CB_CUSTOM, admin_done, &done);
	nl_cb_set(cb, NL_CB_FINISH, NL_CB_CUSTOM, admin_done, &done);
	nl_cb_err(cb, NL_CB_CUSTOM, admin_error, &done);
	err = nl_send_auto(sk, msg);
	while (err >= 0 && !done)
		err = nl_recvmsgs(sk, cb);
out:
	nl_cb_put(cb);
	nlmsg_free(msg);
	return err < 0 ? err : 0;
}

/* Put the policy back as the runner loaded the module. */
static void admin_restore(struct nl_sock *sk)
{
	uint64_t id = 0;

	for (unsigned int i = 0; i < 3; i++)
		admin_request(sk, VMWRITE_CMD_SET_POLICY, 0, admin_switches[i], 1, false, &id);
	admin_request(sk, VMWRITE_CMD_SET_POLICY, 0, VMWRITE_A_P_AUDIT_READS, 0, false, &id);
}

static struct nl_sock *admin_connect(void)
{
	struct nl_sock *sk = nl_socket_alloc();

	if (!sk || genl_connect(sk))
		return NULL;
	admin_family = genl_ctrl_resolve(sk, VMWRITE_GENL_NAME);
	return admin_family < 0 ? NULL : sk;
}

/*
 * Until killed: flip the policy, revoke a listed session, ask for what
 * the family refuses, and listen to the audit group on a second socket
 * that reads only now and then (so that it overflows).
 */
static int run_admin(uint64_t seed)
{
	struct nl_sock *sk = admin_connect(), *ear = admin_connect();
	int grp;

	rng_state = seed;
	if (!sk || !ear)
		return 1;
	grp = genl_ctrl_resolve_grp(ear, VMWRITE_GENL_NAME, VMWRITE_GENL_MCGRP_AUDIT);
	if (grp < 0 || nl_socket_add_membership(ear, grp))
		return 1;
	nl_socket_disable_seq_check(ear);
	nl_socket_set_nonblocking(ear);
	for (unsigned long n = 0;; n++) {
		uint64_t id = 0;
		int err = 0, attr = admin_switches[below(4)];

		switch (below(8)) {
		case 0:
		case 1:
			/* 2 must be refused. */
			err = admin_request(sk, VMWRITE_CMD_SET_POLICY, 0, attr,
					    one_in(8) ? 2 : below(2), false, &id);
			break;
		case 2:
			err = admin_request(sk, VMWRITE_CMD_GET_SESSIONS, NLM_F_DUMP, 0, 0,
					    false, &id);
			if (!err && id && one_in(4))
				err = admin_request(sk, VMWRITE_CMD_REVOKE_SESSION, 0,
						    VMWRITE_A_SESSION_ID, id, true, &id);
			break;
		case 3:
			/*
			 * Unknown sessions, and attributes the command does
			 * not take; a lock only ever as 0, which is refused.
			 */
			attr = (int)below(VMWRITE_A_MAX + 3);
			err = admin_request(sk, one_in(2) ? VMWRITE_CMD_REVOKE_SESSION :
					    (int)below(VMWRITE_CMD_REVOKE_SESSION + 2),
					    0, attr, attr == VMWRITE_A_P_LOCKED ? 0 : rnd(),
					    one_in(2), &id);
			break;
		case 4:
			err = admin_request(sk, VMWRITE_CMD_GET_STATS, 0, 0, 0, false, &id);
			break;
		default:
			/* Now and then: the group overflows meanwhile. */
			if (one_in(4))
				while (nl_recvmsgs_default(ear) >= 0)
					;
			usleep(below(3000));
			break;
		}
		/* An unknown command is EOPNOTSUPP: also documented. */
		if (!admin_documented(err) && err != -NLE_OPNOTSUPP) {
			fprintf(stderr, "# FAIL administrator, request %lu: %s\n", n,
				nl_geterror(err));
			return 1;
		}
	}
}

int main(int argc, char **argv)
{
	unsigned long calls = 20000, seconds = 600;
	unsigned int workers = 2, failed = 0;
	struct stats *stats;
	struct nl_sock *nl;
	pid_t admin;
	uint64_t seed = 0;
	struct timespec t0, t1;
	int opt, status;

	if (argc == 2 && !strcmp(argv[1], "--victim")) {
		rng_state = getpid();
		victim();
	}
	while ((opt = getopt(argc, argv, "s:n:w:t:")) != -1) {
		switch (opt) {
		case 's':
			seed = strtoull(optarg, NULL, 0);
			break;
		case 'n':
			calls = strtoul(optarg, NULL, 0);
			break;
		case 'w':
			workers = strtoul(optarg, NULL, 0);
			break;
		case 't':
			seconds = strtoul(optarg, NULL, 0);
			break;
		default:
			fprintf(stderr, "usage: %s [-s SEED] [-n CALLS] [-w WORKERS] [-t SECONDS]\n",
				argv[0]);
			return 2;
		}
	}
	if (!seed) {
		clock_gettime(CLOCK_REALTIME, &t0);
		seed = (uint64_t)t0.tv_nsec << 32 ^ (uint64_t)t0.tv_sec ^ getpid();
	}
	if (!workers)
		workers = 1;

	kaddrs.rw = sysfs_u64(TESTMOD "rw_addr");
	kaddrs.vm = sysfs_u64(TESTMOD "vm_addr");
	kaddrs.ro = sysfs_u64(TESTMOD "ro_addr");
	kaddrs.text = sysfs_u64(TESTMOD "text_addr");
	kaddrs.io = sysfs_u64(TESTMOD "io_addr");
	if (!kaddrs.rw || !kaddrs.vm) {
		printf("1..1\nnot ok 1 - fuzz: needs vmwrite_testmod.ko loaded\n");
		return 1;
	}
	{
		uint64_t pob = kallsyms("page_offset_base");
		int dev = open(DEV, O_RDWR | O_CLOEXEC);
		struct vmwrite_attach a = { .size = sizeof(a),
					    .target = VMWRITE_TARGET_KERNEL };
		struct vmwrite_rw rw = { .size = sizeof(rw), .addr = pob,
					 .buf = (uintptr_t)&kaddrs.page_offset,
					 .len = 8 };

		if (dev >= 0 && pob && !ioctl(dev, VMWRITE_IOC_ATTACH, &a))
			ioctl(dev, VMWRITE_IOC_READ, &rw);
		if (dev >= 0)
			close(dev);
	}

	/* Text and rodata must be refused, whatever a test left behind. */
	{
		int fd = open("/sys/module/vmwrite/parameters/allow_text_write",
			      O_WRONLY | O_CLOEXEC);

		if (fd < 0 || write(fd, "0", 1) != 1) {
			printf("1..1\nnot ok 1 - fuzz: cannot turn allow_text_write off\n");
			return 1;
		}
		close(fd);
	}
	stats = mmap(NULL, workers * sizeof(*stats), PROT_READ | PROT_WRITE,
		     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (stats == MAP_FAILED)
		return 1;
	printf("1..1\n# seed %#" PRIx64 ", %lu calls, %u workers\n", seed,
	       calls, workers);
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (unsigned int i = 0; i < workers; i++) {
		struct worker *w = calloc(1, sizeof(*w));

		w->id = i;
		rng_state = seed + i;
		w->seed = rnd();
		w->limit = calls / workers + (i < calls % workers);
		w->deadline = time(NULL) + seconds;
		w->stats = &stats[i];
		printf("# worker %u seed %#" PRIx64 "\n", i, w->seed);
		fflush(stdout);
		if (fork() == 0) {
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			_exit(run_worker(w));
		}
		free(w);
	}
	admin = fork();
	if (admin == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		_exit(run_admin(seed ^ 0xad));
	}
	for (unsigned int done = 0; done < workers;) {
		pid_t pid = wait(&status);

		if (pid < 0)
			break;
		if (pid == admin)
			admin = -1;
		else
			done++;
		if (!WIFEXITED(status) || WEXITSTATUS(status))
			failed++;
	}
	if (admin > 0 && !kill(admin, SIGKILL))
		waitpid(admin, NULL, 0);
	if (!(nl = admin_connect())) {
		printf("# cannot put the policy back\n");
		failed++;
	} else {
		admin_restore(nl);
		nl_socket_free(nl);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	print_stats(stats, workers);
	printf("%s 1 - fuzz: %lu calls from %u workers in %.1f s, seed %#" PRIx64 "%s\n",
	       failed ? "not ok" : "ok", calls, workers,
	       (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9, seed,
	       failed ? ", a worker failed" : "");
	return failed ? 1 : 0;
}
