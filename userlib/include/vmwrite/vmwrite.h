/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * libvmwrite: read and write the virtual memory of a live process through
 * the vmwrite kernel module (/dev/vmwrite).
 *
 * Error convention: every function that can fail returns 0 (or a documented
 * non-negative value) on success and a negative errno value on failure,
 * e.g. -ENOENT.  errno itself is unspecified after any call; do not read it.
 *
 * A target is a session with one process.  It is immutable once opened, so
 * one target may be used by several threads at the same time; vmw_close()
 * must not race with other calls on the same target.
 *
 * This header does not need <linux/vmwrite.h>.
 */

#ifndef LIBVMWRITE_VMWRITE_H
#define LIBVMWRITE_VMWRITE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VMW_VERSION_MAJOR	1
#define VMW_VERSION_MINOR	4
#define VMW_VERSION_PATCH	0

#ifndef VMW_API
#define VMW_API	__attribute__((visibility("default")))
#endif

/* Rights of a target, as reported by vmw_access(); equal to VMWRITE_ACCESS_*. */
#define VMW_ACCESS_READ		(1U << 0)	/* vmw_read() may succeed */
#define VMW_ACCESS_WRITE	(1U << 1)	/* vmw_write() may succeed */
/*
 * Writes go through page protections like a debugger's: read-only private
 * mappings (code, constants) are written through copy-on-write.  Clear when
 * the administrator disabled forced writes (proc_mem.force_override).
 */
#define VMW_ACCESS_FORCE	(1U << 2)

struct vmw_target;

/*
 * vmw_open_process - open a session with process @pid
 * @flags: must be 0
 * @out:   receives the target on success, NULL on failure
 *
 * The caller must be allowed to ptrace-attach to @pid (same rules as
 * opening /proc/PID/mem).  If /proc/PID/mem can only be opened read-only,
 * the session is read-only: vmw_access() lacks VMW_ACCESS_WRITE.
 *
 * Returns 0, or:
 *   -EINVAL      @flags is not 0, @pid <= 0 or @out is NULL
 *   -ENOENT      /dev/vmwrite does not exist (the module is not loaded)
 *   -EPROTO      the module speaks another uapi version than the library
 *                (see vmw_module_api_version()), or its handshake reply is
 *                invalid
 *   -EOPNOTSUPP  the module does not support process targets, or lacks
 *                one of the ioctls a session needs
 *   -ESRCH       no process @pid
 *   -EACCES, -EPERM  not allowed to open /dev/vmwrite or to attach to @pid
 *   other        errors of open(2) and of the module's ioctls
 */
VMW_API int vmw_open_process(pid_t pid, unsigned int flags, struct vmw_target **out);

/*
 * vmw_open_pidfd - open a session with the process a pidfd refers to
 *
 * Like vmw_open_process(), but immune to PID reuse: the session is
 * guaranteed to be with the process @pidfd names, or the call fails.
 * The process must be visible in the caller's PID namespace (through
 * /proc); one that is not fails with -ESRCH, as does one that exited.
 * A file descriptor that is not a pidfd fails with -EBADF.
 */
VMW_API int vmw_open_pidfd(int pidfd, unsigned int flags, struct vmw_target **out);

/*
 * vmw_open_kernel - open a session with the running kernel (since 1.1)
 * @flags: must be 0
 * @out:   receives the target on success, NULL on failure
 * Addresses are kernel virtual addresses.  Reads and writes of System RAM
 * the kernel maps; read-only kernel memory fails with -EROFS, device memory
 * with -ENXIO, holes with -EFAULT.  Writes taint the kernel.
 * Returns 0, or:
 *   -EINVAL      @flags is not 0 or @out is NULL
 *   -ENOENT      /dev/vmwrite does not exist (the module is not loaded)
 *   -EOPNOTSUPP  the module has no kernel target
 *   -EPERM       the caller lacks CAP_SYS_RAWIO
 * Transfers fail with -EPERM while kernel lockdown forbids them, or, for
 * writes, when the module's allow_kernel_write parameter is off.
 */
VMW_API int vmw_open_kernel(unsigned int flags, struct vmw_target **out);

/* vmw_close - end the session and free @t; NULL is a no-op. */
VMW_API void vmw_close(struct vmw_target *t);

/*
 * vmw_write - copy @len bytes from @buf to address @addr of the target
 * vmw_read  - copy @len bytes from address @addr of the target to @buf
 * @done: if not NULL, receives the number of bytes moved, exactly
 *
 * Return 0 if at least one byte moved or @len is 0, a negative errno if
 * nothing moved (then *@done is 0).  A transfer that stops early, e.g. at
 * the end of a mapping, succeeds with *@done < @len: always check *@done.
 * The next byte, at @addr + *@done, is where it stopped.
 *
 * Errors include:
 *   -EBADF   the session may not write (or read): see vmw_access()
 *   -EFAULT  @addr is not mapped or the mapping refused the access, or
 *            @buf itself faulted
 *   -ESRCH   the target exited, or exec'd since the session was opened
 *   -EINTR   the caller was being killed before anything moved
 *   -EPROTO  the module broke the transfer contract
 *   -EINVAL  @t is NULL, or the range wraps past the end of the address space
 */
VMW_API int vmw_write(struct vmw_target *t, uint64_t addr, const void *buf, size_t len,
		      size_t *done);
VMW_API int vmw_read(struct vmw_target *t, uint64_t addr, void *buf, size_t len,
		     size_t *done);

/*
 * vmw_write_flags - vmw_write() with VMW_WRITE_* @flags (since 1.2)
 *
 * VMW_WRITE_TEXT writes read-only kernel text or rodata, with every other
 * CPU stopped while it does; kernel targets only.  The module's
 * allow_text_write parameter must be on, and a write touching a function
 * entry (ENDBR64 and the ftrace call site, or the padding before it) is
 * refused.
 *
 * As vmw_write(); errors also include:
 *   -EINVAL      @flags has an unknown bit, or VMW_WRITE_TEXT on a process
 *   -EOPNOTSUPP  VMW_WRITE_TEXT, and the module cannot write kernel text
 *   -EPERM       VMW_WRITE_TEXT, and allow_text_write is off
 *   -EBUSY       VMW_WRITE_TEXT, and the range touches a function entry
 * Without VMW_WRITE_TEXT, read-only kernel memory fails with -EROFS.
 */
#define VMW_WRITE_TEXT		(1U << 0)

VMW_API int vmw_write_flags(struct vmw_target *t, uint64_t addr, const void *buf, size_t len,
			    unsigned int flags, size_t *done);

/* One transfer of a batch: vmw_writev(), vmw_readv(). */
struct vmw_seg {
	uint64_t addr;		/* in: target address */
	void *buf;		/* in: the caller's buffer (only read by vmw_writev) */
	size_t len;		/* in: bytes to move */
	size_t done;		/* out: bytes moved, exactly */
	/* out: 0, or the negative errno that vmw_write_flags() or vmw_read() of
	 * this segment alone would return */
	int error;
	unsigned int flags;	/* in: VMW_WRITE_* (vmw_writev only), else 0 */
};

/*
 * vmw_writev - many independent writes in one call (since 1.4)
 * vmw_readv  - many independent reads in one call (since 1.4)
 * @segs:  @nr segments: each names its address, buffer, length and flags,
 *         and receives its result in @done and @error
 * @flags: must be 0
 *
 * Each segment is moved as vmw_write_flags() or vmw_read() of it alone
 * would move it, and gets what that call would return: @done the bytes
 * moved, exactly; @error 0 if at least one byte moved or @len is 0, else
 * the negative errno.  So a segment can be short: check its @done.  An
 * aligned 1, 2, 4 or 8-byte segment is one load or store, as for
 * vmw_write(); a segment longer than the module's limit for one ioctl is
 * moved alone, in several, as vmw_write() does.
 *
 * Segments are independent: a failing one does not stop the next, unlike
 * process_vm_writev(), which stops at the first failure.  They are moved
 * in array order, so of overlapping segments the last one written wins.
 * The module takes up to 1024 segments per ioctl; a larger @nr is split
 * into several.  Without a module that has batches, each segment is one
 * vmw_write_flags() or vmw_read() call, with the same results.
 *
 * Returns the number of segments that moved nothing (@error != 0): 0
 * means every segment moved at least one byte or had @len 0.  Or a
 * negative errno when the batch as a whole could not run; the segments
 * it did not get to then have @error -ECANCELED and @done 0, those before
 * them keep their results:
 *   -EINVAL        @t is NULL, @segs is NULL with @nr > 0, @nr > INT_MAX,
 *                  or @flags is not 0
 *   -EBADF         the session may not write (or read): see vmw_access()
 *   -ECONNABORTED  an administrator revoked the session
 *   -EINTR         the caller was being killed
 *   -EPROTO        the module broke the batch contract
 *   other          errors of the module's ioctls
 * A segment's own @error is one of vmw_write_flags() or vmw_read(); a
 * result the module got wrong is -EPROTO.
 */
VMW_API int vmw_writev(struct vmw_target *t, struct vmw_seg *segs, size_t nr,
		       unsigned int flags);
VMW_API int vmw_readv(struct vmw_target *t, struct vmw_seg *segs, size_t nr,
		      unsigned int flags);

/*
 * vmw_cmpxchg - compare-and-write one value of the target (since 1.2)
 * @addr:     a multiple of @width
 * @width:    1, 2, 4 or 8: the size of the value, in native byte order
 * @expected: in: the value the target must hold; out, if it did not: the
 *            value it held
 * @desired:  the value to store if the target holds *@expected
 *
 * One atomic compare-and-exchange in the target, like C11's
 * atomic_compare_exchange_strong(): other threads of a process, or other
 * CPUs, see either the old value or @desired.  Works on process and kernel
 * targets; the session needs both VMW_ACCESS_READ and VMW_ACCESS_WRITE.
 *
 * Returns 1 if @desired was stored, 0 if not (then *@expected is the value
 * the target held), or:
 *   -EINVAL      @t or @expected is NULL, @width is not 1, 2, 4 or 8,
 *                @addr is not a multiple of it, or *@expected or @desired
 *                do not fit in @width bytes
 *   -EOPNOTSUPP  the module has no compare-and-write
 *   -EBADF       the session may not both read and write
 *   -EFAULT      @addr is not mapped, or the mapping refused the access
 *   -ESRCH       the target exited, or exec'd since the session was opened
 *   -EROFS, -ENXIO, -EPERM  as vmw_write() on a kernel target
 *   -EPROTO      the module broke the compare-and-write contract
 */
VMW_API int vmw_cmpxchg(struct vmw_target *t, uint64_t addr, unsigned int width,
			uint64_t *expected, uint64_t desired);

/* Rights and kinds of vmw_region(); equal to VMWRITE_PROT_* and VMWRITE_REGION_*. */
#define VMW_PROT_READ		(1U << 0)
#define VMW_PROT_WRITE		(1U << 1)
#define VMW_PROT_EXEC		(1U << 2)

#define VMW_REGION_FREE		0	/* nothing mapped */
#define VMW_REGION_PRIVATE	1	/* private anonymous memory; kernel: RAM */
#define VMW_REGION_FILE		2	/* a private mapping of a file */
#define VMW_REGION_SHARED	3	/* a shared mapping */
#define VMW_REGION_IO		4	/* device memory, never read or written */
#define VMW_REGION_SECRET	5	/* memfd_secret memory, out of the kernel's reach */

struct vmw_region {
	uint64_t start;		/* at or below the address asked about */
	uint64_t end;		/* exclusive; 0 means 2^64 */
	unsigned int prot;	/* VMW_PROT_*, 0 when free */
	unsigned int kind;	/* VMW_REGION_* */
};

/*
 * vmw_region - what is mapped at @addr of the target (since 1.2)
 * @out: receives the region holding @addr: a process's mapping or the hole
 *       it is in; for the kernel, from the page of @addr as far as the
 *       page tables were walked (ask again at @out->end for more)
 *
 * Reads nothing; the target may change its mappings at any time.
 * Returns 0, or:
 *   -EINVAL      @t or @out is NULL
 *   -EOPNOTSUPP  the module cannot tell
 *   -EBADF       the session may not read
 *   -ESRCH       the target exited, or exec'd since the session was opened
 *   -EPERM       kernel target: lockdown at level confidentiality
 */
VMW_API int vmw_region(struct vmw_target *t, uint64_t addr, struct vmw_region *out);

/*
 * Memory operations over a range (since 1.3), shared by the vmwrite tool and
 * the dbgeng library.  "Memory" is what a search may read: process or
 * kernel memory with read permission (VMW_REGION_PRIVATE, _FILE, _SHARED),
 * never holes, device memory, secret memory or a kind this library does
 * not know; with VMW_SEARCH_WRITABLE, only memory with write permission.
 */
#define VMW_SEARCH_WRITABLE	(1U << 0)	/* only writable memory */
/*
 * Memory that refuses the read anyway (it changed after vmw_region(), or a
 * kernel page the module will not touch) is skipped from the refused byte
 * to the end of its region; with VMW_SEARCH_SKIP_PAGE, to the end of its
 * page only, and the search asks vmw_region() again there.
 */
#define VMW_SEARCH_SKIP_PAGE	(1U << 1)

/*
 * vmw_find_memory - the first run of memory in a range (since 1.3)
 * @flags: VMW_SEARCH_WRITABLE or 0
 * @start, @span: receive the run: adjacent regions of memory form one run;
 *        *@span is 0 if [@addr, @addr + @len) holds none
 *
 * Walks the regions with vmw_region(); reads nothing.  Call again from
 * *@start + *@span for the next run.  Returns 0, or as vmw_region(); also
 * -EINVAL for an unknown flag or a range past 2^64.
 */
VMW_API int vmw_find_memory(struct vmw_target *t, uint64_t addr, uint64_t len,
			    unsigned int flags, uint64_t *start, uint64_t *span);

/*
 * vmw_fill - write @pat repeated over the @len bytes at @addr, the last
 * copy cut short (since 1.3)
 * @done: receives the number of bytes filled from @addr, exactly
 *
 * Writes blocks of whole copies of the pattern, 64 KiB or one copy, and
 * stops at the first block the target does not take whole.  Returns what
 * the last vmw_write() it made returned: 0 if all @len bytes were filled,
 * or if the fill stopped inside a block that moved some bytes; a negative
 * errno if the block at @addr + *@done moved nothing -- even after earlier
 * blocks were filled.  Always check *@done.  Also -EINVAL for a NULL or
 * empty pattern or @done, a range past 2^64; -ENOMEM.
 */
VMW_API int vmw_fill(struct vmw_target *t, uint64_t addr, uint64_t len, const void *pat,
		     size_t patlen, uint64_t *done);

/* How vmw_search() searches and what it tells on the way. */
struct vmw_search_opts {
	size_t sz;		/* sizeof(struct vmw_search_opts) */
	unsigned int flags;	/* VMW_SEARCH_* */
	/* Matches start only at @addr + k * granularity; 0 means 1. */
	uint64_t granularity;
	/*
	 * Called for each match, in address order, overlapping ones included;
	 * a positive return stops the search and becomes its result, 0 goes
	 * on.  NULL: stop at the first match.
	 */
	int (*match)(uint64_t addr, void *ctx);
	/* Called for memory that refused the read, [start, end), with the
	 * read's error (0 if the module did not say); may be NULL. */
	void (*skipped)(uint64_t start, uint64_t end, int err, void *ctx);
	void *ctx;
};

/*
 * vmw_search - find @pat in the @len bytes at @addr (since 1.3)
 * @opts: NULL for the defaults (any byte, all memory, first match)
 * @end:  if not NULL, receives where the search ended: the match that
 *        stopped it, @addr + @len (0 for 2^64) after the whole range, or
 *        the address whose region vmw_region() could not describe
 *
 * Walks the range with vmw_find_memory(), reading memory about once, in
 * 64 KiB blocks each searched together with the last @patlen - 1 bytes
 * before it, so that a match across two blocks or two adjacent regions is
 * found; never across a hole or memory that refused the read.
 *
 * Returns the positive value of @opts->match that stopped it (1 for the
 * first match without a callback), 0 if it searched the whole range, or
 * a negative errno: as vmw_region(); -EINVAL for a NULL or empty pattern,
 * an unknown flag, a range past 2^64 or an @opts->sz this library does not
 * know; -ENOMEM.
 */
VMW_API int vmw_search(struct vmw_target *t, uint64_t addr, uint64_t len, const void *pat,
		       size_t patlen, const struct vmw_search_opts *opts, uint64_t *end);

/* VMW_ACCESS_* rights the module granted this session. */
VMW_API unsigned int vmw_access(const struct vmw_target *t);

/* The PID the target was opened with (in the caller's PID namespace), 0 for
 * the kernel. */
VMW_API pid_t vmw_pid(const struct vmw_target *t);

/*
 * vmw_module_api_version - uapi version of the loaded module
 *
 * Returns the version (> 0) even if it differs from the library's, or a
 * negative errno: -ENOENT if the module is not loaded.
 */
VMW_API int vmw_module_api_version(void);

/* The library's version, "MAJOR.MINOR.PATCH", of the copy actually loaded. */
VMW_API const char *vmw_version(void);

#ifdef __cplusplus
}
#endif

#endif /* LIBVMWRITE_VMWRITE_H */
