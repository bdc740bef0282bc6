// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * A user-space model of the vmwrite module: see model.h.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/vmwrite.h>

#include "model.h"
#include "../lib/backend.h"

#define MAX_SESSIONS	1024

struct session {
	bool attached;
	bool kernel;		/* VMWRITE_TARGET_KERNEL: this process */
	int pid;		/* whose /proc/PID/maps VMWRITE_IOC_REGION reads */
	int mem_fd;		/* our own dup of the attach fd, or /proc/self/mem */
	unsigned int access;
};

/* Indexed by the device fd: the library's /dev/null stands for /dev/vmwrite. */
static struct session sessions[MAX_SESSIONS];

struct vmw_model vmw_model;

/* What libvmwrite talks to instead of /dev/vmwrite (lib/backend.h). */
static struct vmw__backend model_backend = {
	.dev_path = "/dev/null",
	.ioctl = vmw_model_ioctl,
};

static void __attribute__((format(printf, 1, 2))) violation(const char *fmt, ...)
{
	va_list ap;

	vmw_model.violations++;
	va_start(ap, fmt);
	vsnprintf(vmw_model.violation, sizeof(vmw_model.violation), fmt, ap);
	va_end(ap);
}

static int fail(int err)
{
	errno = err;
	return -1;
}

static void end_session(struct session *s)
{
	if (s->attached)
		close(s->mem_fd);
	memset(s, 0, sizeof(*s));
}

void vmw_model_end_sessions(void)
{
	int i;

	for (i = 0; i < MAX_SESSIONS; i++)
		end_session(&sessions[i]);
}

void vmw_model_reset(void)
{
	unsigned int violations = vmw_model.violations;
	char last[sizeof(vmw_model.violation)];

	memcpy(last, vmw_model.violation, sizeof(last));
	vmw_model_end_sessions();
	memset(&vmw_model, 0, sizeof(vmw_model));
	vmw_model.violations = violations;
	memcpy(vmw_model.violation, last, sizeof(last));
	vmw_model.api_version = VMWRITE_API_VERSION;
	vmw_model.features = VMWRITE_FEATURE_TARGET_PROCESS | VMWRITE_FEATURE_TARGET_KERNEL |
			     VMWRITE_FEATURE_SINGLE_ACCESS | VMWRITE_FEATURE_CMPXCHG |
			     VMWRITE_FEATURE_TEXT_WRITE | VMWRITE_FEATURE_REGION |
			     VMWRITE_FEATURE_BATCH;
	vmw_model.ioctls = 1ULL << _IOC_NR(VMWRITE_IOC_API) | 1ULL << _IOC_NR(VMWRITE_IOC_ATTACH) |
			   1ULL << _IOC_NR(VMWRITE_IOC_WRITE) | 1ULL << _IOC_NR(VMWRITE_IOC_READ) |
			   1ULL << _IOC_NR(VMWRITE_IOC_CMPXCHG) |
			   1ULL << _IOC_NR(VMWRITE_IOC_REGION) |
			   1ULL << _IOC_NR(VMWRITE_IOC_WRITEV) | 1ULL << _IOC_NR(VMWRITE_IOC_READV);
	vmw_model.max_rw = 1 << 20;
	vmw_model.force = true;
	vmw_model.access_mask = ~0U;
	model_backend.dev_path = "/dev/null";
	model_backend.copy_segs = false;
}

void vmw_model_set_device(const char *path)
{
	model_backend.dev_path = path;
}

void vmw_model_copy_segs(bool on)
{
	model_backend.copy_segs = on;
}

static unsigned long env_num(const char *name, unsigned long def)
{
	const char *s = getenv(name);

	return s ? strtoul(s, NULL, 0) : def;
}

/* tests/vmwrite-model takes its configuration from the environment. */
static void __attribute__((constructor)) model_init(void)
{
	vmw_model_reset();
	vmw_model.api_version = (uint32_t)env_num("VMW_MODEL_API", vmw_model.api_version);
	vmw_model.features = env_num("VMW_MODEL_FEATURES", vmw_model.features);
	vmw_model.max_rw = env_num("VMW_MODEL_MAX_RW", vmw_model.max_rw);
	vmw_model.access_mask = (unsigned int)env_num("VMW_MODEL_ACCESS", vmw_model.access_mask);
	vmw_model.force = env_num("VMW_MODEL_FORCE", vmw_model.force);
	vmw_model.fail_errno = (int)env_num("VMW_MODEL_FAIL_ERRNO", 0);
	vmw_model.fail_call = vmw_model.fail_errno ? 1 : 0;
	if (getenv("VMW_MODEL_DEV"))
		model_backend.dev_path = getenv("VMW_MODEL_DEV");
	vmw__set_backend(&model_backend);
}

static bool is_cloexec(int fd)
{
	int flags = fcntl(fd, F_GETFD);

	return flags >= 0 && (flags & FD_CLOEXEC);
}

static int model_api(struct vmwrite_api *api)
{
	if (api->size != sizeof(*api)) {
		violation("API: size %u, not %zu", api->size, sizeof(*api));
		return fail(EINVAL);
	}
	api->api_version = vmw_model.api_version;
	api->features = vmw_model.features;
	api->ioctls = vmw_model.ioctls;
	api->max_rw_count = vmw_model.max_rw;
	return 0;
}

/* Is @fd an open file of /proc/PID/mem?  Its PID in *@pid if so. */
static bool is_proc_mem(int fd, int *pid)
{
	char link[64], path[64];
	ssize_t n;
	int end = 0;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, path, sizeof(path) - 1);
	if (n < 0)
		return false;
	path[n] = '\0';
	return sscanf(path, "/proc/%d/mem%n", pid, &end) == 1 && end == n;
}

/* The kernel target: this process, with read and write rights. */
static int model_attach_kernel(struct session *s, struct vmwrite_attach *a)
{
	if (a->fd) {
		violation("ATTACH: kernel target with fd %u", a->fd);
		return fail(EINVAL);
	}
	if (vmw_model.attach_errno)
		return fail(vmw_model.attach_errno);
	end_session(s);
	s->mem_fd = open("/proc/self/mem", O_RDWR | O_CLOEXEC);
	if (s->mem_fd < 0)
		return -1;
	s->access = (VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE) & vmw_model.access_mask;
	s->pid = getpid();
	s->kernel = true;
	s->attached = true;
	a->access = s->access;
	return 0;
}

static int model_attach(struct session *s, struct vmwrite_attach *a)
{
	int mode, pid;

	if (a->size != sizeof(*a) || a->flags || a->reserved ||
	    (a->target != VMWRITE_TARGET_PROCESS && a->target != VMWRITE_TARGET_KERNEL)) {
		violation("ATTACH: size %u flags %u reserved %u target %u", a->size, a->flags,
			  a->reserved, a->target);
		return fail(EINVAL);
	}
	if (a->target == VMWRITE_TARGET_KERNEL)
		return model_attach_kernel(s, a);
	if (!is_proc_mem((int)a->fd, &pid)) {
		violation("ATTACH: fd %u is not /proc/PID/mem", a->fd);
		return fail(EBADF);
	}
	if (!is_cloexec((int)a->fd))
		violation("ATTACH: the mem fd lacks O_CLOEXEC");
	if (vmw_model.attach_errno)
		return fail(vmw_model.attach_errno);

	/* A stale session is one of an earlier, closed fd with this number. */
	end_session(s);
	mode = fcntl((int)a->fd, F_GETFL) & O_ACCMODE;
	s->mem_fd = fcntl((int)a->fd, F_DUPFD_CLOEXEC, 0);
	if (s->mem_fd < 0)
		return -1;
	s->access = (mode != O_WRONLY ? VMWRITE_ACCESS_READ : 0) |
		    (mode != O_RDONLY ? VMWRITE_ACCESS_WRITE : 0) |
		    (vmw_model.force ? VMWRITE_ACCESS_FORCE : 0);
	s->access &= vmw_model.access_mask;
	s->pid = pid;
	s->attached = true;
	a->access = s->access;
	return 0;
}

/*
 * Move @len bytes (at most max_rw, not wrapping) between @buf and
 * @addr of the target: the bytes moved, or a negative errno.
 */
static int64_t model_move(struct session *s, bool write, uint64_t addr, void *buf, uint64_t len)
{
	ssize_t n;

	if (write)
		n = pwrite(s->mem_fd, buf, len, (off_t)addr);
	else
		n = pread(s->mem_fd, buf, len, (off_t)addr);
	if (n < 0)
		return -errno;
	if (n == 0 && len)
		return -ESRCH;	/* /proc/PID/mem reads 0 once the mm is gone */
	return n + vmw_model.bogus_done;
}

static int model_rw(struct session *s, bool write, struct vmwrite_rw *rw)
{
	void *buf = (void *)(uintptr_t)rw->buf;
	uint64_t len;
	int64_t n;

	if (rw->size != sizeof(*rw) || (rw->flags & ~VMWRITE_RW_F_ALL)) {
		violation("%s: size %u flags %u", write ? "WRITE" : "READ", rw->size, rw->flags);
		return fail(EINVAL);
	}
	if (!s->attached) {
		violation("%s before ATTACH", write ? "WRITE" : "READ");
		return fail(EINVAL);
	}
	/* The library knows that text writes are for the kernel only. */
	if ((rw->flags & VMWRITE_RW_F_TEXT) && (!write || !s->kernel)) {
		violation("%s: VMWRITE_RW_F_TEXT on a %s target", write ? "WRITE" : "READ",
			  s->kernel ? "kernel" : "process");
		return fail(EINVAL);
	}
	vmw_model.rw_flags = rw->flags;
	if (rw->len == 0)
		violation("%s of zero bytes", write ? "WRITE" : "READ");
	if (rw->len > vmw_model.max_rw)
		violation("%s of %llu bytes, more than max_rw_count", write ? "WRITE" : "READ",
			  (unsigned long long)rw->len);
	if (!(s->access & (write ? VMWRITE_ACCESS_WRITE : VMWRITE_ACCESS_READ)))
		return fail(EBADF);

	vmw_model.rw_calls++;
	/* As the module: the clamped range must not wrap past 2^64. */
	if (rw->addr + ((rw->len < vmw_model.max_rw ? rw->len : vmw_model.max_rw) - 1) <
	    rw->addr) {
		rw->done = 0;
		return fail(EINVAL);
	}
	if (rw->len > vmw_model.rw_len_max)
		vmw_model.rw_len_max = rw->len;
	rw->done = 0;
	if (vmw_model.fail_call == vmw_model.rw_calls)
		return fail(vmw_model.fail_errno);

	len = rw->len < vmw_model.max_rw ? rw->len : vmw_model.max_rw;
	n = model_move(s, write, rw->addr, buf, len);
	if (n < 0)
		return fail((int)-n);
	rw->done = (uint64_t)n;
	return 0;
}

/*
 * Segment @i of a batch: its result, as VMWRITE_IOC_WRITE or READ of it
 * alone would end (bytes moved or a negative errno), and written back to
 * its record.  What the library moves alone instead (unknown flags, text
 * writes the module refuses, more than max_rw_count) is a violation here.
 */
static void model_seg(struct session *s, bool write, const struct vmwrite_rwv *rwv, uint32_t i)
{
	const char *op = write ? "WRITEV" : "READV";
	unsigned char *rec = (unsigned char *)(uintptr_t)rwv->segs + (size_t)i * rwv->seg_size;
	struct vmwrite_seg seg;
	int64_t ret = 0;
	uint64_t len;
	uint32_t k;

	memcpy(&seg, rec, sizeof(seg));
	/* A longer record: its tail must be zeroes, as copy_struct_from_user() wants. */
	for (k = sizeof(seg); k < rwv->seg_size; k++)
		if (rec[k])
			ret = -E2BIG;
	len = seg.len < vmw_model.max_rw ? seg.len : vmw_model.max_rw;
	vmw_model.rw_flags = seg.flags;
	if (ret) {
		/* decided */
	} else if (seg.flags & ~VMWRITE_RW_F_ALL) {
		violation("%s: segment %u flags %#x", op, i, seg.flags);
		ret = -EINVAL;
	} else if ((seg.flags & VMWRITE_RW_F_TEXT) &&
		   (!write || !s->kernel || !(vmw_model.features & VMWRITE_FEATURE_TEXT_WRITE))) {
		violation("%s: segment %u: VMWRITE_RW_F_TEXT the module does not take", op, i);
		ret = -EINVAL;
	} else if (seg.len > vmw_model.max_rw) {
		violation("%s: segment %u of %llu bytes, more than max_rw_count", op, i,
			  (unsigned long long)seg.len);
	}
	if (!ret && len) {
		if (seg.addr + (len - 1) < seg.addr)
			ret = -EINVAL;
		else
			ret = model_move(s, write, seg.addr, (void *)(uintptr_t)seg.buf, len);
		if (len > vmw_model.rw_len_max)
			vmw_model.rw_len_max = len;
	}
	seg.done = ret > 0 ? (uint64_t)ret : 0;
	seg.error = ret < 0 ? (int32_t)ret : 0;
	memcpy(rec + offsetof(struct vmwrite_seg, done), &seg.done, sizeof(seg.done));
	memcpy(rec + offsetof(struct vmwrite_seg, error), &seg.error, sizeof(seg.error));
}

/* VMWRITE_IOC_WRITEV and READV: every segment tried, in order, unless the call fails. */
static int model_rwv(struct session *s, bool write, struct vmwrite_rwv *rwv)
{
	const char *op = write ? "WRITEV" : "READV";
	uint32_t i, stop = UINT32_MAX;
	const unsigned char *rec;
	int32_t error;
	uint64_t done;

	if (rwv->size != sizeof(*rwv) || (rwv->flags & ~VMWRITE_RWV_F_ALL) ||
	    rwv->nr_segs > VMWRITE_RWV_MAX_SEGS || rwv->seg_size < VMWRITE_SEG_SIZE_VER0 ||
	    rwv->seg_size % 8 || rwv->seg_size > 4096) {
		violation("%s: size %u flags %u nr_segs %u seg_size %u", op, rwv->size, rwv->flags,
			  rwv->nr_segs, rwv->seg_size);
		return fail(EINVAL);
	}
	if (!rwv->segs && rwv->nr_segs) {
		violation("%s: NULL segments", op);
		return fail(EFAULT);
	}
	rwv->nr_done = 0;
	rwv->nr_failed = 0;
	rwv->bytes = 0;
	if (!s->attached) {
		violation("%s before ATTACH", op);
		return fail(ENOTCONN);
	}
	if (!(s->access & (write ? VMWRITE_ACCESS_WRITE : VMWRITE_ACCESS_READ)))
		return fail(EBADF);
	if (!rwv->nr_segs)
		violation("%s of zero segments", op);

	vmw_model.rw_calls++;
	vmw_model.rwv_calls++;
	vmw_model.rwv_seg_size = rwv->seg_size;
	vmw_model.rwv_segs = rwv->segs;
	if (rwv->nr_segs > vmw_model.rwv_segs_max)
		vmw_model.rwv_segs_max = rwv->nr_segs;
	if (vmw_model.fail_call == vmw_model.rw_calls)
		stop = vmw_model.fail_seg;

	for (i = 0; i < rwv->nr_segs && i < stop; i++) {
		model_seg(s, write, rwv, i);
		rec = (const unsigned char *)(uintptr_t)rwv->segs + (size_t)i * rwv->seg_size;
		memcpy(&done, rec + offsetof(struct vmwrite_seg, done), sizeof(done));
		memcpy(&error, rec + offsetof(struct vmwrite_seg, error), sizeof(error));
		rwv->nr_done++;
		rwv->nr_failed += error != 0;
		rwv->bytes += done;
	}
	rwv->nr_failed += vmw_model.bogus_totals;
	/* A fatal signal or a revocation between segments. */
	if (stop != UINT32_MAX)
		return fail(vmw_model.fail_errno);
	return 0;
}

/* The @width-byte value at @p, in native byte order. */
static uint64_t load(const void *p, unsigned int width)
{
	uint8_t v8;
	uint16_t v16;
	uint32_t v32;
	uint64_t v64;

	switch (width) {
	case 1:
		memcpy(&v8, p, 1);
		return v8;
	case 2:
		memcpy(&v16, p, 2);
		return v16;
	case 4:
		memcpy(&v32, p, 4);
		return v32;
	default:
		memcpy(&v64, p, 8);
		return v64;
	}
}

static void store(void *p, unsigned int width, uint64_t v)
{
	uint8_t v8 = (uint8_t)v;
	uint16_t v16 = (uint16_t)v;
	uint32_t v32 = (uint32_t)v;

	switch (width) {
	case 1:
		memcpy(p, &v8, 1);
		break;
	case 2:
		memcpy(p, &v16, 2);
		break;
	case 4:
		memcpy(p, &v32, 4);
		break;
	default:
		memcpy(p, &v, 8);
		break;
	}
}

/* Not atomic, unlike the module's: the host tests race nobody. */
static int model_cmpxchg(struct session *s, struct vmwrite_cmpxchg *c)
{
	unsigned int w = c->width;
	uint64_t mask = w == 8 ? UINT64_MAX : (1ULL << (8 * w)) - 1;
	unsigned char buf[8];
	ssize_t n;

	if (c->size != sizeof(*c) || c->flags || c->reserved ||
	    (w != 1 && w != 2 && w != 4 && w != 8) || c->addr % w ||
	    (c->expected & ~mask) || (c->desired & ~mask)) {
		violation("CMPXCHG: size %u flags %u reserved %u width %u addr %#llx", c->size,
			  c->flags, c->reserved, w, (unsigned long long)c->addr);
		return fail(EINVAL);
	}
	if (!s->attached) {
		violation("CMPXCHG before ATTACH");
		return fail(EINVAL);
	}
	if ((s->access & (VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE)) !=
	    (VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE))
		return fail(EBADF);

	vmw_model.rw_calls++;
	c->old = 0;
	c->done = 0;
	if (vmw_model.fail_call == vmw_model.rw_calls)
		return fail(vmw_model.fail_errno);
	n = pread(s->mem_fd, buf, w, (off_t)c->addr);
	if (n < 0)
		return -1;
	if (n != (ssize_t)w)
		return fail(ESRCH);
	c->old = load(buf, w);
	if (c->old == c->expected) {
		store(buf, w, c->desired);
		n = pwrite(s->mem_fd, buf, w, (off_t)c->addr);
		if (n < 0)
			return -1;
		if (n != (ssize_t)w)
			return fail(ESRCH);
		c->done = w;
	}
	if (vmw_model.bogus_old)
		c->old ^= 1;
	return 0;
}

/* The region of /proc/PID/maps holding r->addr: a mapping, or the hole it is in. */
static int model_region(struct session *s, struct vmwrite_region *r)
{
	unsigned long long start, end, prev_end = 0;
	char path[32], line[512], perms[5];
	bool found = false;
	FILE *f;
	int pos;

	if (r->size != sizeof(*r) || r->flags) {
		violation("REGION: size %u flags %u", r->size, r->flags);
		return fail(EINVAL);
	}
	if (!s->attached) {
		violation("REGION before ATTACH");
		return fail(EINVAL);
	}
	if (!(s->access & VMWRITE_ACCESS_READ))
		return fail(EBADF);
	snprintf(path, sizeof(path), "/proc/%d/maps", s->pid);
	f = fopen(path, "re");
	if (!f)
		return fail(ESRCH);
	r->start = 0;
	r->end = 0;
	r->prot = 0;
	r->kind = VMWRITE_REGION_FREE;
	while (!found && fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%llx-%llx %4s %*x %*x:%*x %*u %n", &start, &end, perms,
			   &pos) != 3)
			continue;
		if (r->addr < start) {
			/* In the hole before this mapping. */
			r->start = prev_end;
			r->end = start;
			found = true;
			break;
		}
		prev_end = end;
		if (r->addr >= end)
			continue;
		found = true;
		r->start = start;
		r->end = end;
		r->prot = (perms[0] == 'r' ? VMWRITE_PROT_READ : 0) |
			  (perms[1] == 'w' ? VMWRITE_PROT_WRITE : 0) |
			  (perms[2] == 'x' ? VMWRITE_PROT_EXEC : 0);
		if (!strncmp(line + pos, "[vvar", 5))
			r->kind = VMWRITE_REGION_IO;
		else if (perms[3] == 's')
			r->kind = VMWRITE_REGION_SHARED;
		else if (line[pos] == '/')
			r->kind = VMWRITE_REGION_FILE;
		else
			r->kind = VMWRITE_REGION_PRIVATE;
	}
	fclose(f);
	if (!found)
		r->start = prev_end;	/* the hole after the last mapping, to 2^64 */
	return 0;
}

int vmw_model_ioctl(int fd, unsigned long cmd, void *arg)
{
	struct session *s;

	if (fd < 0 || fd >= MAX_SESSIONS)
		return fail(EBADF);
	if (!is_cloexec(fd))
		violation("the device fd lacks O_CLOEXEC");
	s = &sessions[fd];

	switch (cmd) {
	case VMWRITE_IOC_API:
		return model_api(arg);
	case VMWRITE_IOC_ATTACH:
		return model_attach(s, arg);
	case VMWRITE_IOC_WRITE:
		return model_rw(s, true, arg);
	case VMWRITE_IOC_READ:
		return model_rw(s, false, arg);
	case VMWRITE_IOC_CMPXCHG:
		return model_cmpxchg(s, arg);
	case VMWRITE_IOC_REGION:
		return model_region(s, arg);
	case VMWRITE_IOC_WRITEV:
		return model_rwv(s, true, arg);
	case VMWRITE_IOC_READV:
		return model_rwv(s, false, arg);
	default:
		violation("unknown ioctl %#lx", cmd);
		return fail(ENOTTY);
	}
}
