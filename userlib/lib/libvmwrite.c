// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * libvmwrite: user-space side of /dev/vmwrite.
 *
 * The only contract with the kernel is <linux/vmwrite.h>.  A target owns one
 * open file of /dev/vmwrite, attached to a process; it never changes after
 * vmw_open_*() returns, which is what makes it safe to share between threads.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/vmwrite.h>

#include "vmwrite/vmwrite.h"
#include "backend.h"

#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal	424	/* x86-64, and the asm-generic table */
#endif

static int vmw_sys_ioctl(int fd, unsigned long cmd, void *arg)
{
	return ioctl(fd, cmd, arg);
}

static const struct vmw__backend vmw_device = {
	.dev_path = "/dev/vmwrite",
	.ioctl = vmw_sys_ioctl,
};

const struct vmw__backend *vmw__backend = &vmw_device;

void vmw__set_backend(const struct vmw__backend *b)
{
	vmw__backend = b ? b : &vmw_device;
}

#define VMW_DEV_PATH	(vmw__backend->dev_path)
#define vmw_ioctl(fd, cmd, arg)	(vmw__backend->ioctl((fd), (cmd), (arg)))

#define STR(x)		#x
#define XSTR(x)		STR(x)

_Static_assert(VMW_ACCESS_READ == VMWRITE_ACCESS_READ, "VMW_ACCESS_READ");
_Static_assert(VMW_ACCESS_WRITE == VMWRITE_ACCESS_WRITE, "VMW_ACCESS_WRITE");
_Static_assert(VMW_ACCESS_FORCE == VMWRITE_ACCESS_FORCE, "VMW_ACCESS_FORCE");
_Static_assert(sizeof(struct vmwrite_api) == VMWRITE_API_SIZE_VER0, "vmwrite_api");
_Static_assert(sizeof(struct vmwrite_attach) == VMWRITE_ATTACH_SIZE_VER0, "vmwrite_attach");
_Static_assert(sizeof(struct vmwrite_rw) == VMWRITE_RW_SIZE_VER0, "vmwrite_rw");
_Static_assert(sizeof(struct vmwrite_cmpxchg) == VMWRITE_CMPXCHG_SIZE_VER0, "vmwrite_cmpxchg");
_Static_assert(sizeof(struct vmwrite_region) == VMWRITE_REGION_SIZE_VER0, "vmwrite_region");
_Static_assert(sizeof(struct vmwrite_seg) == VMWRITE_SEG_SIZE_VER0, "vmwrite_seg");
_Static_assert(sizeof(struct vmwrite_rwv) == VMWRITE_RWV_SIZE_VER0, "vmwrite_rwv");
_Static_assert(VMW_WRITE_TEXT == VMWRITE_RW_F_TEXT, "VMW_WRITE_TEXT");
_Static_assert(VMW_PROT_READ == VMWRITE_PROT_READ && VMW_PROT_WRITE == VMWRITE_PROT_WRITE &&
	       VMW_PROT_EXEC == VMWRITE_PROT_EXEC, "VMW_PROT_*");
_Static_assert(VMW_REGION_FREE == VMWRITE_REGION_FREE && VMW_REGION_PRIVATE == VMWRITE_REGION_PRIVATE &&
	       VMW_REGION_FILE == VMWRITE_REGION_FILE && VMW_REGION_SHARED == VMWRITE_REGION_SHARED &&
	       VMW_REGION_IO == VMWRITE_REGION_IO && VMW_REGION_SECRET == VMWRITE_REGION_SECRET,
	       "VMW_REGION_*");

/*
 * Where pointers and size_t are 64-bit (x86-64 and every LP64 ABI), struct
 * vmw_seg is struct vmwrite_seg: a batch hands the caller's array to the
 * module as it is.  Elsewhere each call converts VMW_SEG_COPY records.
 */
#if __SIZEOF_POINTER__ == 8 && __SIZEOF_SIZE_T__ == 8
#define VMW_SEG_IS_UAPI	true
#define VMW_SEG_SAME(field)						\
	(offsetof(struct vmw_seg, field) == offsetof(struct vmwrite_seg, field) && \
	 sizeof(((struct vmw_seg *)0)->field) == sizeof(((struct vmwrite_seg *)0)->field))
_Static_assert(sizeof(struct vmw_seg) == sizeof(struct vmwrite_seg), "vmw_seg size");
_Static_assert(VMW_SEG_SAME(addr) && VMW_SEG_SAME(buf) && VMW_SEG_SAME(len) &&
	       VMW_SEG_SAME(done) && VMW_SEG_SAME(error) && VMW_SEG_SAME(flags),
	       "vmw_seg is laid out as vmwrite_seg");
#else
#define VMW_SEG_IS_UAPI	false
#endif
/* Records converted per ioctl where it is not: 1280 bytes of stack. */
#define VMW_SEG_COPY	32

/* The largest errno a result may carry, as the kernel's MAX_ERRNO. */
#define VMW_MAX_ERRNO	4095

#define VMW_ACCESS_ALL	(VMW_ACCESS_READ | VMW_ACCESS_WRITE | VMW_ACCESS_FORCE)
#define VMW_WRITE_ALL	VMW_WRITE_TEXT

/* The ioctls a process session needs, as bits of vmwrite_api.ioctls. */
#define VMW_IOCTLS_NEEDED	((1ULL << _IOC_NR(VMWRITE_IOC_ATTACH)) |	\
				 (1ULL << _IOC_NR(VMWRITE_IOC_WRITE)) |		\
				 (1ULL << _IOC_NR(VMWRITE_IOC_READ)))

/* What the handshake told about the module. */
struct vmw_module {
	uint64_t features;	/* VMWRITE_FEATURE_* */
	uint64_t ioctls;	/* bit _IOC_NR(cmd) per ioctl */
	size_t max_rw;		/* longest transfer of one ioctl, > 0 */
};

struct vmw_target {
	int dev_fd;		/* /dev/vmwrite, attached */
	pid_t pid;
	unsigned int access;	/* VMW_ACCESS_* */
	uint32_t kind;		/* VMWRITE_TARGET_* */
	struct vmw_module mod;
};

/*
 * Open /dev/vmwrite and check that the module speaks our uapi version and
 * has @feature (the target kind).  Returns the fd, and in @mod what the
 * module can do.
 */
static int vmw_dev_open(uint64_t feature, struct vmw_module *mod)
{
	struct vmwrite_api api = { .size = sizeof(api) };
	int fd, err;

	fd = open(VMW_DEV_PATH, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (vmw_ioctl(fd, VMWRITE_IOC_API, &api) < 0) {
		err = -errno;
		goto fail;
	}
	err = -EPROTO;
	if (api.api_version != VMWRITE_API_VERSION || api.max_rw_count == 0)
		goto fail;
	err = -EOPNOTSUPP;
	if (!(api.features & feature) ||
	    (api.ioctls & VMW_IOCTLS_NEEDED) != VMW_IOCTLS_NEEDED)
		goto fail;

	mod->features = api.features;
	mod->ioctls = api.ioctls;
	mod->max_rw = api.max_rw_count < SIZE_MAX ? (size_t)api.max_rw_count : SIZE_MAX;
	return fd;
fail:
	close(fd);
	return err;
}

/*
 * Open /proc/PID/mem; the open is where the kernel checks that we may
 * ptrace-attach, and the file pins the address space the session will keep.
 * Read-write if we may, else read-only (the session then cannot write).
 */
static int vmw_mem_open(pid_t pid)
{
	char path[32];
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/mem", (int)pid);
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0 && errno == EACCES)
		fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? -ESRCH : -errno;
	return fd;
}

/*
 * Bind @dev_fd to @target: the address space behind @mem_fd, or the kernel
 * (@mem_fd 0).  Returns the rights.
 */
static int vmw_attach(int dev_fd, uint32_t target, int mem_fd,
		      unsigned int *access)
{
	struct vmwrite_attach attach = {
		.size	= sizeof(attach),
		.target	= target,
		.fd	= (__u32)mem_fd,
	};

	if (vmw_ioctl(dev_fd, VMWRITE_IOC_ATTACH, &attach) < 0)
		return -errno;
	*access = attach.access & VMW_ACCESS_ALL;
	return 0;
}

static int vmw_target_new(int dev_fd, const struct vmw_module *mod, uint32_t target,
			  int mem_fd, pid_t pid, struct vmw_target **out)
{
	struct vmw_target *t;
	unsigned int access = 0;
	int err;

	err = vmw_attach(dev_fd, target, mem_fd, &access);
	if (err)
		return err;
	t = malloc(sizeof(*t));
	if (!t)
		return -ENOMEM;
	t->dev_fd = dev_fd;
	t->pid = pid;
	t->access = access;
	t->kind = target;
	t->mod = *mod;
	*out = t;
	return 0;
}

/*
 * The PID a pidfd refers to, from the "Pid:" line of its fdinfo: -ESRCH if
 * the process exited (-1) or lives in a PID namespace we cannot see (0),
 * -EBADF if @pidfd is not a pidfd.
 */
static int vmw_pidfd_pid(int pidfd, pid_t *pid)
{
	char path[48], buf[1024], *line;
	ssize_t len;
	long val;
	int fd, err;

	if (pidfd < 0 || fcntl(pidfd, F_GETFD) < 0)
		return -EBADF;
	/*
	 * thread-self: this thread's file table, which is not the thread
	 * group leader's after unshare(CLONE_FILES), and stays readable after
	 * the leader called pthread_exit().
	 */
	snprintf(path, sizeof(path), "/proc/thread-self/fdinfo/%d", pidfd);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	/* "Pid:" comes early, after pos, flags, mnt_id and ino. */
	len = read(fd, buf, sizeof(buf) - 1);
	err = len < 0 ? -errno : 0;
	close(fd);
	if (err)
		return err;
	buf[len] = '\0';

	if (!strncmp(buf, "Pid:", 4))
		line = buf;
	else if ((line = strstr(buf, "\nPid:")))
		line++;
	else
		return -EBADF;
	errno = 0;
	val = strtol(line + 4, NULL, 10);
	if (errno || val < -1 || val > INT32_MAX)
		return -EPROTO;
	if (val <= 0)
		return -ESRCH;
	*pid = (pid_t)val;
	return 0;
}

/* 0 if the process behind @pidfd has not been reaped yet, else -errno. */
static int vmw_pidfd_alive(int pidfd)
{
	if (syscall(SYS_pidfd_send_signal, pidfd, 0, NULL, 0) == 0)
		return 0;
	/*
	 * EPERM (credentials) or EACCES (an LSM's signull check): it exists,
	 * we just may not signal it.
	 */
	return errno == EPERM || errno == EACCES ? 0 : -errno;
}

/*
 * A session with process @pid, through its /proc/PID/mem.  @pidfd, if not
 * negative, is the pidfd @pid was read from: see vmw_open_pidfd().
 */
static int vmw_open_pid(pid_t pid, int pidfd, struct vmw_target **out)
{
	struct vmw_module mod;
	int dev_fd, mem_fd, err = 0;

	dev_fd = vmw_dev_open(VMWRITE_FEATURE_TARGET_PROCESS, &mod);
	if (dev_fd < 0)
		return dev_fd;
	mem_fd = vmw_mem_open(pid);
	if (mem_fd < 0) {
		close(dev_fd);
		return mem_fd;
	}
	/*
	 * Between reading the PID and opening /proc/PID/mem, the process may
	 * have died and been reaped, and its PID reused: mem_fd may belong to
	 * a stranger.  A PID is not reused while its process is unreaped, so if
	 * the pidfd's process is still there now, after the open, it held the
	 * PID during the whole window and mem_fd is its.  Checking before the
	 * open would leave the window open.
	 */
	if (pidfd >= 0)
		err = vmw_pidfd_alive(pidfd);
	/* The module takes its own reference to the address space. */
	if (!err)
		err = vmw_target_new(dev_fd, &mod, VMWRITE_TARGET_PROCESS, mem_fd, pid, out);
	close(mem_fd);
	if (err)
		close(dev_fd);
	return err;
}

int vmw_open_process(pid_t pid, unsigned int flags, struct vmw_target **out)
{
	if (out)
		*out = NULL;
	if (flags || pid <= 0 || !out)
		return -EINVAL;
	return vmw_open_pid(pid, -1, out);
}

int vmw_open_pidfd(int pidfd, unsigned int flags, struct vmw_target **out)
{
	pid_t pid;
	int err;

	if (out)
		*out = NULL;
	if (flags || !out)
		return -EINVAL;
	err = vmw_pidfd_pid(pidfd, &pid);
	if (err)
		return err;
	return vmw_open_pid(pid, pidfd, out);
}

int vmw_open_kernel(unsigned int flags, struct vmw_target **out)
{
	struct vmw_module mod;
	int dev_fd, err;

	if (out)
		*out = NULL;
	if (flags || !out)
		return -EINVAL;

	dev_fd = vmw_dev_open(VMWRITE_FEATURE_TARGET_KERNEL, &mod);
	if (dev_fd < 0)
		return dev_fd;
	err = vmw_target_new(dev_fd, &mod, VMWRITE_TARGET_KERNEL, 0, 0, out);
	if (err)
		close(dev_fd);
	return err;
}

void vmw_close(struct vmw_target *t)
{
	int saved = errno;

	if (!t)
		return;
	close(t->dev_fd);
	free(t);
	errno = saved;
}

/*
 * Move @len bytes in chunks the module accepts.  A chunk that moves less than
 * asked hit something (a hole, a refused page): stop there, as a single call
 * would.  An error after progress is reported as the progress.
 */
static int vmw_rw(struct vmw_target *t, unsigned long cmd, uint32_t flags, uint64_t addr,
		  uintptr_t buf, size_t len, size_t *done)
{
	size_t moved = 0;
	int err = 0;

	while (!err && moved < len) {
		size_t chunk = len - moved < t->mod.max_rw ? len - moved : t->mod.max_rw;
		struct vmwrite_rw rw = {
			.size	= sizeof(rw),
			.flags	= flags,
			.addr	= addr + moved,
			.buf	= (uint64_t)(buf + moved),
			.len	= chunk,
		};

		if (vmw_ioctl(t->dev_fd, cmd, &rw) < 0) {
			err = errno ? -errno : -EIO;	/* never "success, nothing moved" */
			break;
		}
		/* Success moves at least one byte and never more than asked. */
		if (rw.done == 0 || rw.done > chunk) {
			err = -EPROTO;
			break;
		}
		moved += rw.done;
		if (rw.done < chunk)
			break;
	}

	if (done)
		*done = moved;
	return moved ? 0 : err;
}

int vmw_write_flags(struct vmw_target *t, uint64_t addr, const void *buf, size_t len,
		    unsigned int flags, size_t *done)
{
	uint32_t rw_flags = 0;

	if (done)
		*done = 0;
	if (!t || (flags & ~VMW_WRITE_ALL))
		return -EINVAL;
	if (flags & VMW_WRITE_TEXT) {
		/* Kernel text and rodata; the module refuses it for processes too. */
		if (t->kind != VMWRITE_TARGET_KERNEL)
			return -EINVAL;
		if (!(t->mod.features & VMWRITE_FEATURE_TEXT_WRITE))
			return -EOPNOTSUPP;
		rw_flags |= VMWRITE_RW_F_TEXT;
	}
	/* As write(2) on a file opened read-only. */
	if (!(t->access & VMW_ACCESS_WRITE))
		return -EBADF;
	return vmw_rw(t, VMWRITE_IOC_WRITE, rw_flags, addr, (uintptr_t)buf, len, done);
}

int vmw_write(struct vmw_target *t, uint64_t addr, const void *buf, size_t len,
	      size_t *done)
{
	return vmw_write_flags(t, addr, buf, len, 0, done);
}

int vmw_read(struct vmw_target *t, uint64_t addr, void *buf, size_t len, size_t *done)
{
	if (done)
		*done = 0;
	if (!t)
		return -EINVAL;
	if (!(t->access & VMW_ACCESS_READ))
		return -EBADF;
	return vmw_rw(t, VMWRITE_IOC_READ, 0, addr, (uintptr_t)buf, len, done);
}

/*
 * Batches.  Runs of segments the module can move as vmw_write_flags() or
 * vmw_read() would go to VMWRITE_IOC_WRITEV/READV; the others, and all of
 * them with a module without batches, are moved alone by those functions.
 * Either way in array order, one result per segment.
 */

/* Hand the caller's array to the module, rather than converted records? */
static bool vmw_seg_zero_copy(void)
{
	return VMW_SEG_IS_UAPI && !vmw__backend->copy_segs;
}

/* Would the module's result for @s be the one of vmw_write_flags() or vmw_read()? */
static bool vmw_seg_direct(const struct vmw_target *t, bool write, const struct vmw_seg *s)
{
	/* Longer than one ioctl: vmw_rw() moves it in several. */
	if (s->len > t->mod.max_rw)
		return false;
	if (!write)
		return !s->flags;
	/* The errors vmw_write_flags() decides itself. */
	if (s->flags & ~VMW_WRITE_ALL)
		return false;
	return !(s->flags & VMW_WRITE_TEXT) ||
	       (t->kind == VMWRITE_TARGET_KERNEL && (t->mod.features & VMWRITE_FEATURE_TEXT_WRITE));
}

/* Move @s alone: what vmw_write_flags() or vmw_read() of it returns. */
static void vmw_seg_alone(struct vmw_target *t, bool write, struct vmw_seg *s)
{
	size_t done = 0;
	int err;

	if (write)
		err = vmw_write_flags(t, s->addr, s->buf, s->len, s->flags, &done);
	else
		err = s->flags ? -EINVAL : vmw_read(t, s->addr, s->buf, s->len, &done);
	s->done = done;
	s->error = err;
}

/* The errors with which the module fails a whole batch: the session's, a fatal signal. */
static bool vmw_batch_error(int err)
{
	return err == -ENOTCONN || err == -ECONNABORTED || err == -EBADF || err == -EINTR;
}

/*
 * Store the module's result for @s, checked: success moves at least one
 * byte (none for a zero @len) and never more than asked; failure is a
 * negative errno with nothing moved.  Anything else is -EPROTO.
 */
static void vmw_seg_result(struct vmw_seg *s, uint64_t done, int32_t error)
{
	bool ok = error ? error < 0 && error >= -VMW_MAX_ERRNO && !done :
			  done <= s->len && (done || !s->len);

	s->done = ok ? (size_t)done : 0;
	s->error = ok ? error : -EPROTO;
}

/*
 * One VMWRITE_IOC_WRITEV/READV (@cmd) of the @n segments at @segs, each
 * vmw_seg_direct(), at most VMWRITE_RWV_MAX_SEGS, or VMW_SEG_COPY when
 * they are converted.  *@tried receives how many have a result.  Returns
 * 0, or what failed the call: the module's error or -EPROTO.
 */
static int vmw_rwv_call(struct vmw_target *t, unsigned long cmd, struct vmw_seg *segs,
			size_t n, size_t *tried)
{
	struct vmwrite_seg copy[VMW_SEG_COPY];
	bool direct = vmw_seg_zero_copy();
	struct vmwrite_rwv rwv = {
		.size		= sizeof(rwv),
		.segs		= direct ? (uint64_t)(uintptr_t)segs : (uint64_t)(uintptr_t)copy,
		.nr_segs	= (uint32_t)n,
		.seg_size	= direct ? sizeof(*segs) : sizeof(copy[0]),
	};
	uint64_t bytes = 0;
	uint32_t failed = 0;
	size_t i;
	int err = 0;

	*tried = 0;
	for (i = 0; !direct && i < n; i++) {
		copy[i] = (struct vmwrite_seg){
			.addr	= segs[i].addr,
			.buf	= (uint64_t)(uintptr_t)segs[i].buf,
			.len	= segs[i].len,
			.flags	= segs[i].flags,
		};
	}
	if (vmw_ioctl(t->dev_fd, cmd, &rwv) < 0)
		err = errno ? -errno : -EIO;
	/* Success tries them all; a failure says how many it tried. */
	if (rwv.nr_done > n || (!err && rwv.nr_done != n))
		return -EPROTO;

	for (i = 0; i < rwv.nr_done; i++) {
		uint64_t done = direct ? segs[i].done : copy[i].done;
		int32_t error = direct ? segs[i].error : copy[i].error;

		failed += error != 0;
		bytes += done;
		vmw_seg_result(&segs[i], done, error);
	}
	*tried = rwv.nr_done;
	/* The totals sum up the segments. */
	if (!err && (rwv.nr_failed != failed || rwv.bytes != bytes))
		err = -EPROTO;
	return err;
}

static int vmw_rwv(struct vmw_target *t, bool write, struct vmw_seg *segs, size_t nr,
		   unsigned int flags)
{
	unsigned long cmd = write ? VMWRITE_IOC_WRITEV : VMWRITE_IOC_READV;
	size_t i = 0, run = 0, n, tried;
	int failed = 0, err = 0;

	if (!t || (nr && !segs) || nr > INT_MAX || flags) {
		err = -EINVAL;
		goto cancel;
	}
	/* As vmw_write() and vmw_read(), before any ioctl. */
	if (!(t->access & (write ? VMW_ACCESS_WRITE : VMW_ACCESS_READ))) {
		err = -EBADF;
		goto cancel;
	}
	if ((t->mod.features & VMWRITE_FEATURE_BATCH) &&
	    (t->mod.ioctls & (1ULL << _IOC_NR(cmd))))
		run = vmw_seg_zero_copy() ? VMWRITE_RWV_MAX_SEGS : VMW_SEG_COPY;

	while (i < nr) {
		/* The next run of segments the module can take as they are. */
		for (n = 0; n < run && n < nr - i && vmw_seg_direct(t, write, &segs[i + n]); n++)
			;
		if (n) {
			err = vmw_rwv_call(t, cmd, segs + i, n, &tried);
		} else {
			vmw_seg_alone(t, write, &segs[i]);
			/* The module would have failed the batch: not a result. */
			err = vmw_batch_error(segs[i].error) ? segs[i].error : 0;
			tried = !err;
		}
		for (; tried; tried--, i++)
			failed += segs[i].error != 0;
		if (err)
			break;
	}

cancel:
	/* Whatever the batch did not get to has no result. */
	for (; segs && i < nr; i++) {
		segs[i].done = 0;
		segs[i].error = -ECANCELED;
	}
	return err ? err : failed;
}

int vmw_writev(struct vmw_target *t, struct vmw_seg *segs, size_t nr, unsigned int flags)
{
	return vmw_rwv(t, true, segs, nr, flags);
}

int vmw_readv(struct vmw_target *t, struct vmw_seg *segs, size_t nr, unsigned int flags)
{
	return vmw_rwv(t, false, segs, nr, flags);
}

int vmw_cmpxchg(struct vmw_target *t, uint64_t addr, unsigned int width, uint64_t *expected,
		uint64_t desired)
{
	uint64_t mask = width == 8 ? UINT64_MAX : (1ULL << (8 * width)) - 1;
	struct vmwrite_cmpxchg c = {
		.size		= sizeof(c),
		.addr		= addr,
		.width		= width,
		.desired	= desired,
	};

	if (!t || !expected || (width != 1 && width != 2 && width != 4 && width != 8) ||
	    addr % width || (*expected & ~mask) || (desired & ~mask))
		return -EINVAL;
	if (!(t->mod.features & VMWRITE_FEATURE_CMPXCHG) ||
	    !(t->mod.ioctls & (1ULL << _IOC_NR(VMWRITE_IOC_CMPXCHG))))
		return -EOPNOTSUPP;
	/* It reads the old value and may write: the session needs both rights. */
	if ((t->access & (VMW_ACCESS_READ | VMW_ACCESS_WRITE)) !=
	    (VMW_ACCESS_READ | VMW_ACCESS_WRITE))
		return -EBADF;

	c.expected = *expected;
	if (vmw_ioctl(t->dev_fd, VMWRITE_IOC_CMPXCHG, &c) < 0)
		return errno ? -errno : -EIO;
	/* Stored exactly when the old value matched, and it fits @width. */
	if ((c.old & ~mask) || (c.done != 0 && c.done != width) ||
	    (c.done == width) != (c.old == *expected))
		return -EPROTO;
	if (c.done)
		return 1;
	*expected = c.old;
	return 0;
}

int vmw_region(struct vmw_target *t, uint64_t addr, struct vmw_region *out)
{
	struct vmwrite_region r = { .size = sizeof(r), .addr = addr };

	if (!t || !out)
		return -EINVAL;
	if (!(t->mod.features & VMWRITE_FEATURE_REGION) ||
	    !(t->mod.ioctls & (1ULL << _IOC_NR(VMWRITE_IOC_REGION))))
		return -EOPNOTSUPP;
	if (vmw_ioctl(t->dev_fd, VMWRITE_IOC_REGION, &r) < 0)
		return errno ? -errno : -EIO;
	/*
	 * The region holds the address: anything else breaks the contract.  A
	 * kind added after this library passes through: its users read only
	 * the kinds they know.
	 */
	if (r.start > addr || (r.end && r.end <= addr) ||
	    (r.prot & ~(VMWRITE_PROT_READ | VMWRITE_PROT_WRITE | VMWRITE_PROT_EXEC)))
		return -EPROTO;
	out->start = r.start;
	out->end = r.end;
	out->prot = r.prot;
	out->kind = r.kind;
	return 0;
}

unsigned int vmw_access(const struct vmw_target *t)
{
	return t ? t->access : 0;
}

pid_t vmw_pid(const struct vmw_target *t)
{
	return t ? t->pid : 0;
}

int vmw_module_api_version(void)
{
	struct vmwrite_api api = { .size = sizeof(api) };
	int fd, err = 0;

	fd = open(VMW_DEV_PATH, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (vmw_ioctl(fd, VMWRITE_IOC_API, &api) < 0)
		err = -errno;
	close(fd);
	if (err)
		return err;
	if (api.api_version == 0 || api.api_version > INT32_MAX)
		return -EPROTO;
	return (int)api.api_version;
}

const char *vmw_version(void)
{
	return XSTR(VMW_VERSION_MAJOR) "." XSTR(VMW_VERSION_MINOR) "." XSTR(VMW_VERSION_PATCH);
}
