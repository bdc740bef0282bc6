/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * libvmwrite: read and write the virtual memory of a live process, or of
 * the running kernel, through the vmwrite kernel module (/dev/vmwrite).
 *
 * The kernel-doc comments below are the reference of each function and
 * type: the manual pages vmw_open_process(3) and the others are made from
 * them, and Documentation/userspace-api/libvmwrite.rst (libvmwrite(3))
 * pulls them in, next to the conventions all functions share: a negative
 * errno on failure, errno unspecified after any call, and targets that
 * several threads may use at once.
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

/* Rights of a target, as vmw_access() reports them; equal to VMWRITE_ACCESS_*. */
#define VMW_ACCESS_READ		(1U << 0)
#define VMW_ACCESS_WRITE	(1U << 1)
#define VMW_ACCESS_FORCE	(1U << 2)

struct vmw_target;

/**
 * vmw_open_process() - open a session with a process
 * @pid:   the process
 * @flags: must be 0
 * @out:   receives the target on success; set to %NULL on failure (if
 *         @out is not %NULL)
 *
 * The caller must be allowed to ptrace-attach to @pid: the rules are those
 * of opening /proc/PID/mem (see vmwrite-admin(7)).  The library opens
 * /proc/PID/mem for reading and writing; if only a read-only open is
 * allowed, the session is read-only and vmw_access() lacks
 * %VMW_ACCESS_WRITE.  The /proc/PID/mem descriptor is closed again before
 * the function returns.
 *
 * Before attaching, the library checks with %VMWRITE_IOC_API that the
 * module speaks uapi version 1 (%VMWRITE_API_VERSION), supports process
 * targets and implements the ioctls a session needs.
 *
 * Return: 0, or a negative errno:
 *
 *  * %-EINVAL: @flags is not 0, @pid <= 0, or @out is %NULL.
 *  * %-ENOENT: /dev/vmwrite does not exist: the module is not loaded.
 *  * %-EPROTO: the module speaks another uapi version than the library (see
 *    vmw_module_api_version()), or its handshake reply is invalid.
 *  * %-EOPNOTSUPP: the module does not support process targets, or lacks
 *    one of the ioctls a session needs.
 *  * %-ESRCH: there is no process @pid, or it has exited.
 *  * %-EACCES, %-EPERM: the caller may not open /dev/vmwrite, or may not
 *    attach to @pid.
 *  * Other: errors of open(2) and of the module's ioctls.
 */
VMW_API int vmw_open_process(pid_t pid, unsigned int flags, struct vmw_target **out);

/**
 * vmw_open_pidfd() - open a session with the process a pidfd refers to
 * @pidfd: a pidfd of the process
 * @flags: must be 0
 * @out:   receives the target on success; set to %NULL on failure (if
 *         @out is not %NULL)
 *
 * Like vmw_open_process(), for the process that @pidfd refers to, and
 * immune to PID reuse: the session is with that process, or the call
 * fails.  The process must be visible in the caller's PID namespace
 * (through /proc).
 *
 * Return: 0, or a negative errno: %-ESRCH for a process that is not
 * visible, or has exited; %-EBADF for a file descriptor that is not a
 * pidfd; the other errors are those of vmw_open_process().
 */
VMW_API int vmw_open_pidfd(int pidfd, unsigned int flags, struct vmw_target **out);

/**
 * vmw_open_kernel() - open a session with the running kernel
 * @flags: must be 0
 * @out:   receives the target on success; set to %NULL on failure (if
 *         @out is not %NULL)
 *
 * Since libvmwrite 1.1, version node LIBVMWRITE_1.1.  Addresses of
 * vmw_read() and vmw_write() are then kernel virtual addresses; see the
 * kernel target in vmwrite(4) for what can be reached.
 *
 * The caller needs %CAP_SYS_RAWIO (in the initial user namespace), and
 * permission to open /dev/vmwrite.  Before attaching, the library checks
 * with %VMWRITE_IOC_API that the module speaks uapi version 1, has the
 * kernel target (%VMWRITE_FEATURE_TARGET_KERNEL) and implements the ioctls
 * a session needs.  The session may read and write: vmw_access() returns
 * %VMW_ACCESS_READ | %VMW_ACCESS_WRITE.  Opening checks neither kernel
 * lockdown nor the module's allow_kernel_write parameter: those are
 * checked on every transfer.
 *
 * Writes taint the kernel and are logged, once per target; see
 * vmwrite-admin(7).
 *
 * Return: 0, or a negative errno:
 *
 *  * %-EINVAL: @flags is not 0, or @out is %NULL.
 *  * %-ENOENT: /dev/vmwrite does not exist: the module is not loaded.
 *  * %-EACCES: the caller may not open /dev/vmwrite.
 *  * %-EPROTO: the module speaks another uapi version than the library, or
 *    its handshake reply is invalid.
 *  * %-EOPNOTSUPP: the module has no kernel target (a module older than the
 *    kernel target), or lacks one of the ioctls a session needs; or the
 *    system is a confidential guest with encrypted memory (AMD SEV, SEV-ES,
 *    SEV-SNP, Intel TDX), where the module refuses the kernel target.
 *  * %-EPERM: the caller lacks %CAP_SYS_RAWIO.
 *  * Other: errors of open(2) and of the module's ioctls, and %-ENOMEM.
 */
VMW_API int vmw_open_kernel(unsigned int flags, struct vmw_target **out);

/**
 * vmw_close() - end a session
 * @t: the target, freed; %NULL is a no-op
 *
 * Must not race with other calls on the same target.
 */
VMW_API void vmw_close(struct vmw_target *t);

/**
 * vmw_write() - write bytes of the target
 * @t:    the target
 * @addr: where to write, in the target
 * @buf:  the bytes to write
 * @len:  how many
 * @done: if not %NULL, receives the number of bytes moved, exactly
 *
 * Copies @len bytes from @buf to address @addr of the target.  A transfer
 * that stops early, for example at the end of a mapping, succeeds with
 * *@done < @len: the next byte, at @addr + *@done, is where it stopped.
 * Always check *@done.  Transfers longer than the module's limit for one
 * ioctl (max_rw_count) are split into several ioctls, which stop at the
 * first one that moves less than asked.
 *
 * A transfer of 1, 2, 4 or 8 bytes at an address that is a multiple of its
 * length is one load or one store in the target, when the module has
 * %VMWRITE_FEATURE_SINGLE_ACCESS: a live flag or counter is never seen or
 * left half-written.
 *
 * Return: 0 if at least one byte moved, or if @len is 0.  A negative errno
 * if nothing moved (*@done is then 0), including:
 *
 *  * %-EBADF: the session may not write: see vmw_access().
 *  * %-EFAULT, %-EIO: @addr is not mapped, or its mapping refused the access
 *    (see vmwrite(4)).  Kernel target: @addr is not a kernel address, or not
 *    mapped, or is frame 0 or a user page such as the vsyscall page.  Or
 *    @buf faulted at its first byte.
 *  * %-EPERM: kernel target: kernel lockdown forbids the access (writes at
 *    level integrity and above, reads at confidentiality), or, for a write,
 *    the module parameter allow_kernel_write is off, or the module's policy
 *    forbids it.  Process target: a security module refused the access to
 *    the session's /proc/PID/mem file.
 *  * %-EACCES: process target: a security module refused the access to the
 *    session's /proc/PID/mem file.
 *  * %-EROFS: kernel target, writes: @addr is in read-only kernel memory
 *    (kernel or module text, read-only data); see vmw_write_flags().
 *  * %-ENXIO: kernel target: @addr is not System RAM, for example device
 *    memory, or is offline memory or a page a balloon took.  It is neither
 *    read nor written.
 *  * %-EHWPOISON: kernel target: @addr is in a hardware-poisoned page.  It is
 *    neither read nor written.
 *  * %-ESRCH: the target exited (or called execve(2)).
 *  * %-ECONNABORTED: an administrator revoked the session.
 *  * %-EINTR: a signal arrived before anything moved.
 *  * %-EPROTO: the module broke the transfer contract (for example, reported
 *    success with nothing moved).
 *  * %-EINVAL: @t is %NULL, or the range wraps past the end of the address
 *    space.
 */
VMW_API int vmw_write(struct vmw_target *t, uint64_t addr, const void *buf, size_t len,
		      size_t *done);

/**
 * vmw_read() - read bytes of the target
 * @t:    the target
 * @addr: where to read, in the target
 * @buf:  receives the bytes
 * @len:  how many
 * @done: if not %NULL, receives the number of bytes moved, exactly
 *
 * Copies @len bytes from address @addr of the target to @buf.  As for
 * vmw_write(), a transfer that stops early succeeds with *@done < @len,
 * and an aligned transfer of 1, 2, 4 or 8 bytes is one load.
 *
 * Return: as for vmw_write(); %-EBADF means that the session may not read.
 * A kernel read never fails with %-EROFS.
 */
VMW_API int vmw_read(struct vmw_target *t, uint64_t addr, void *buf, size_t len,
		     size_t *done);

#define VMW_WRITE_TEXT		(1U << 0)

/**
 * vmw_write_flags() - vmw_write() with flags
 * @t:     the target
 * @addr:  where to write, in the target
 * @buf:   the bytes to write
 * @len:   how many
 * @flags: %VMW_WRITE_TEXT or 0; 0 is vmw_write()
 * @done:  if not %NULL, receives the number of bytes moved, exactly
 *
 * Since libvmwrite 1.2, version node LIBVMWRITE_1.2.  One flag is defined,
 * %VMW_WRITE_TEXT.  Kernel target only, it writes read-only kernel text or
 * rodata (the module's %VMWRITE_RW_F_TEXT), through a temporary writable
 * alias with every other CPU stopped.  The module parameter
 * allow_text_write must be on (it is off by default), and a write that
 * touches a function entry, the first 9 bytes of a function (ENDBR64 and
 * the ftrace call site) or the %__pfx_ or %__cfi_ padding before it, is
 * refused.  See vmwrite(4).  Without %VMW_WRITE_TEXT, read-only kernel
 * memory fails with %-EROFS, as with vmw_write().
 *
 * Return: as for vmw_write(); the errors are those of vmw_write(), and:
 *
 *  * %-EINVAL: @flags has a bit the library does not know, or
 *    %VMW_WRITE_TEXT is given for a process target.  Nothing is sent to the
 *    module.
 *  * %-EOPNOTSUPP: %VMW_WRITE_TEXT, and the module cannot write kernel text
 *    (it lacks %VMWRITE_FEATURE_TEXT_WRITE).
 *  * %-EPERM: %VMW_WRITE_TEXT, and allow_text_write is off; or as for
 *    vmw_write() (lockdown, allow_kernel_write).
 *  * %-EXDEV: %VMW_WRITE_TEXT, and @addr is not the page's own address (in
 *    the kernel image or the module area) but another alias of it, such as
 *    the direct map.
 *  * %-EBUSY: %VMW_WRITE_TEXT, and the range touches a function entry.
 *  * %-EFAULT: %VMW_WRITE_TEXT, and the page changed between its check and
 *    the write (a module unloaded meanwhile); nothing was written.  Or as
 *    for vmw_write().
 */
VMW_API int vmw_write_flags(struct vmw_target *t, uint64_t addr, const void *buf, size_t len,
			    unsigned int flags, size_t *done);

/**
 * struct vmw_seg - one transfer of a batch
 * @addr:  in: the target address
 * @buf:   in: the caller's buffer (only read by vmw_writev())
 * @len:   in: the bytes to move
 * @done:  out: the bytes moved, exactly
 * @error: out: 0, or the negative errno that vmw_write_flags() or
 *         vmw_read() of this segment alone would return
 * @flags: in: %VMW_WRITE_TEXT or 0 (vmw_writev() only), else 0
 *
 * Since libvmwrite 1.4.  On LP64 ABIs, x86-64 among them, it is laid out
 * as the uapi's struct vmwrite_seg (40 bytes), and the library hands the
 * caller's array to the module as it is: a batch allocates and copies
 * nothing.  On 32-bit ABIs the library converts the segments, 32 per ioctl.
 */
struct vmw_seg {
	uint64_t addr;
	void *buf;
	size_t len;
	size_t done;
	int error;
	unsigned int flags;
};

/**
 * vmw_writev() - many independent writes in one call
 * @t:     the target
 * @segs:  @nr segments: each names an address, a buffer, a length and
 *         %VMW_WRITE_TEXT or 0, and receives its own result
 * @nr:    the number of segments
 * @flags: must be 0
 *
 * Since libvmwrite 1.4, version node LIBVMWRITE_1.4; through the module's
 * %VMWRITE_IOC_WRITEV.  Each segment is written as vmw_write_flags() of it
 * alone would write it, and gets what that call would return: &vmw_seg.done,
 * the bytes moved, exactly, and &vmw_seg.error, 0 if at least one byte
 * moved or its length is 0, else the negative errno, one of
 * vmw_write_flags().  A segment can be short, as a transfer can: check its
 * done.  A segment of 1, 2, 4 or 8 bytes at an address that is a multiple
 * of its length is one store in the target, when the module has
 * %VMWRITE_FEATURE_SINGLE_ACCESS; a segment longer than the module's limit
 * for one ioctl (max_rw_count) is written alone, in several ioctls, as
 * vmw_write() does; a segment with a flag the library refuses, or
 * %VMW_WRITE_TEXT the module cannot do, never reaches the module.
 *
 * Segments are independent: a failing one does not stop the next, unlike
 * process_vm_writev(2), which stops at the first failure.  They are
 * written in array order, so where segments overlap the last one wins.
 * The module takes up to 1024 segments (%VMWRITE_RWV_MAX_SEGS) per ioctl;
 * a larger @nr is split into several ioctls.  With a module that has no
 * batches (it lacks %VMWRITE_FEATURE_BATCH or the ioctl), each segment is
 * one vmw_write_flags() call, with the same results.
 *
 * Return: the number of segments that moved nothing (error not 0): 0 when
 * every segment moved at least one byte or had length 0.  Or a negative
 * errno when the batch as a whole could not run: the segments it did not
 * get to then have error %-ECANCELED and done 0, and those before them
 * keep their results:
 *
 *  * %-EINVAL: @t is %NULL, @segs is %NULL with @nr > 0, @nr is larger than
 *    %INT_MAX, or @flags is not 0.  Nothing is sent to the module.
 *  * %-EBADF: the session may not write: see vmw_access().  Nothing is sent
 *    to the module.
 *  * %-ECONNABORTED: an administrator revoked the session, before the batch
 *    or while it ran.
 *  * %-EINTR: the caller was being killed.
 *  * %-EPROTO: the module broke the batch contract: it did not try every
 *    segment of a call that succeeded, or its totals do not add up.  A
 *    segment's own result that breaks the contract (more bytes than asked,
 *    success with nothing moved) is that segment's %-EPROTO instead.
 *  * Other: errors of the module's ioctls.
 */
VMW_API int vmw_writev(struct vmw_target *t, struct vmw_seg *segs, size_t nr,
		       unsigned int flags);

/**
 * vmw_readv() - many independent reads in one call
 * @t:     the target
 * @segs:  @nr segments: each names an address, a buffer and a length, and
 *         receives its own result
 * @nr:    the number of segments
 * @flags: must be 0
 *
 * Since libvmwrite 1.4, version node LIBVMWRITE_1.4; through the module's
 * %VMWRITE_IOC_READV.  Each segment is read into its buffer as vmw_read()
 * of it alone would read it.  The flags of each segment must be 0; a
 * segment with flags gets %-EINVAL.  Everything else is as for
 * vmw_writev(); reads fall back to vmw_read() without %VMWRITE_IOC_READV.
 *
 * Return: as for vmw_writev(); %-EBADF means that the session may not read.
 */
VMW_API int vmw_readv(struct vmw_target *t, struct vmw_seg *segs, size_t nr,
		      unsigned int flags);

/**
 * vmw_cmpxchg() - compare-and-write one value of the target
 * @t:        the target
 * @addr:     a multiple of @width
 * @width:    1, 2, 4 or 8: the size of the value
 * @expected: in: the value the target must hold; out, when it did not: the
 *            value it held
 * @desired:  the value to store if the target holds *@expected
 *
 * Since libvmwrite 1.2, version node LIBVMWRITE_1.2.  If the @width bytes
 * at @addr hold *@expected, store @desired there, in one atomic
 * compare-and-exchange (the module's %VMWRITE_IOC_CMPXCHG).  The values
 * are in native byte order, in the low @width bytes.  As with C11's
 * atomic_compare_exchange_strong(), when the value differs nothing is
 * stored and *@expected receives the value the target held; *@expected is
 * changed only when the call returns 0.  Other threads of a process, or
 * other CPUs, see either the old value or @desired.  Works on process and
 * kernel targets; the session needs both %VMW_ACCESS_READ and
 * %VMW_ACCESS_WRITE.
 *
 * Return: 1 if @desired was stored, 0 if not, or a negative errno:
 *
 *  * %-EINVAL: @t or @expected is %NULL, @width is not 1, 2, 4 or 8, @addr
 *    is not a multiple of @width, or *@expected or @desired has bits above
 *    @width bytes.  Nothing is sent to the module.
 *  * %-EOPNOTSUPP: the module has no compare-and-write (it lacks
 *    %VMWRITE_FEATURE_CMPXCHG or the ioctl).
 *  * %-EBADF: the session may not both read and write.
 *  * %-EFAULT, %-EIO: as for vmw_write().
 *  * %-ESRCH: the target exited (or called execve(2)).
 *  * %-EROFS, %-ENXIO, %-EHWPOISON, %-EPERM: kernel target: as for
 *    vmw_write().
 *  * %-EACCES, %-EPERM: process target: a security module refused the read
 *    or the write of the session's /proc/PID/mem file.
 *  * %-EPROTO: the module broke the compare-and-write contract (for example,
 *    reported a store although the value differed).
 */
VMW_API int vmw_cmpxchg(struct vmw_target *t, uint64_t addr, unsigned int width,
			uint64_t *expected, uint64_t desired);

/* Rights and kinds of struct vmw_region; equal to VMWRITE_PROT_* and VMWRITE_REGION_*. */
#define VMW_PROT_READ		(1U << 0)
#define VMW_PROT_WRITE		(1U << 1)
#define VMW_PROT_EXEC		(1U << 2)

#define VMW_REGION_FREE		0
#define VMW_REGION_PRIVATE	1
#define VMW_REGION_FILE		2
#define VMW_REGION_SHARED	3
#define VMW_REGION_IO		4
#define VMW_REGION_SECRET	5

/* What vmw_region() reports: see there. */
struct vmw_region {
	uint64_t start;
	uint64_t end;
	unsigned int prot;
	unsigned int kind;
};

/**
 * vmw_region() - what is mapped at an address of the target
 * @t:    the target
 * @addr: the address
 * @out:  receives the region holding @addr
 *
 * Since libvmwrite 1.2; from the module's %VMWRITE_IOC_REGION, without
 * reading or faulting in anything.  For a process, the mapping (VMA)
 * holding @addr, or the hole it is in (from the page of @addr to the next
 * mapping).  For the kernel, the run of pages from the page of @addr with
 * the same kind and rights, as far as one call walked the page tables: ask
 * again at its end for more.  The target may change its mappings at any
 * time.  A scanner steps from region to region instead of probing page by
 * page; the dbgeng layer's SearchVirtual and QueryVirtual do.
 *
 * The members of struct vmw_region:
 *
 * * start: at or below @addr.
 * * end: exclusive; 0 means 2^64.
 * * prot: %VMW_PROT_READ, %VMW_PROT_WRITE, %VMW_PROT_EXEC; 0 when free.
 * * kind: %VMW_REGION_FREE (nothing mapped), %VMW_REGION_PRIVATE (private
 *   anonymous memory; kernel RAM), %VMW_REGION_FILE (a private file
 *   mapping), %VMW_REGION_SHARED, %VMW_REGION_IO (device memory, never read
 *   or written) or %VMW_REGION_SECRET (process only: memfd_secret() memory,
 *   out of the kernel's reach, so reads and writes fail with %-EFAULT; the
 *   dbgeng layer's QueryVirtual gives it PAGE_NOACCESS).
 *
 * Return: 0, or %-EINVAL (@t or @out is %NULL), %-EOPNOTSUPP (the module
 * cannot tell), %-EBADF (the session may not read), %-ESRCH (the target
 * exited or exec'd), %-EPERM (kernel target at lockdown level
 * confidentiality), %-EPROTO (the module answered a region that does not
 * hold @addr, or a kind this library does not know).
 */
VMW_API int vmw_region(struct vmw_target *t, uint64_t addr, struct vmw_region *out);

/* Flags of vmw_find_memory() and struct vmw_search_opts. */
#define VMW_SEARCH_WRITABLE	(1U << 0)
#define VMW_SEARCH_SKIP_PAGE	(1U << 1)

/**
 * vmw_find_memory() - the first run of memory in a range of the target
 * @t:     the target
 * @addr:  the start of the range
 * @len:   its length
 * @flags: %VMW_SEARCH_WRITABLE or 0
 * @start: receives the start of the run
 * @span:  receives its length; 0 when the range holds no memory
 *
 * Since libvmwrite 1.3.  Memory is what a search may read: regions of kind
 * %VMW_REGION_PRIVATE, %VMW_REGION_FILE or %VMW_REGION_SHARED with read
 * permission; never holes, device or secret memory, or a kind the library
 * does not know.  With %VMW_SEARCH_WRITABLE, only memory with write
 * permission counts.  Adjacent regions of memory in [@addr, @addr + @len)
 * form one run.  Walks the regions with vmw_region() and reads nothing;
 * call again from *@start + *@span for the next run.
 *
 * Return: 0, or an error of vmw_region(), or %-EINVAL (a %NULL output, an
 * unknown flag, a range running past 2^64).
 */
VMW_API int vmw_find_memory(struct vmw_target *t, uint64_t addr, uint64_t len,
			    unsigned int flags, uint64_t *start, uint64_t *span);

/**
 * vmw_fill() - write a pattern, repeated, over a range of the target
 * @t:      the target
 * @addr:   the start of the range
 * @len:    its length
 * @pat:    the pattern
 * @patlen: its length
 * @done:   receives the number of bytes filled from @addr, exactly
 *
 * Since libvmwrite 1.3.  Writes the @patlen bytes at @pat repeated over
 * the @len bytes at @addr, the last copy cut short: @len 10 of abcd writes
 * abcdabcdab.  The fill writes blocks of whole copies (64 KiB, or one copy
 * if the pattern is longer) with vmw_write(), and stops at the first block
 * the target does not take whole.
 *
 * Return: a fill is several transfers, so its result is that of the last
 * one: 0 if all @len bytes were filled, or if the fill stopped inside a
 * block that moved part of its bytes (the byte at @addr + *@done is where
 * it stopped, as after vmw_write()); a negative errno of vmw_write() if the
 * block at @addr + *@done moved nothing, even after earlier blocks were
 * filled.  Always check *@done.  Also %-EINVAL (a %NULL or empty pattern,
 * @done %NULL, a range running past 2^64) and %-ENOMEM.
 */
VMW_API int vmw_fill(struct vmw_target *t, uint64_t addr, uint64_t len, const void *pat,
		     size_t patlen, uint64_t *done);

/**
 * struct vmw_search_opts - how vmw_search() searches
 * @sz:          sizeof(struct vmw_search_opts).  It makes the struct
 *               extensible, as libbpf's options are: a larger struct from a
 *               newer header is accepted if the fields this library does
 *               not know are 0.
 * @flags:       %VMW_SEARCH_WRITABLE searches only memory with write
 *               permission.  %VMW_SEARCH_SKIP_PAGE changes what memory that
 *               refuses the read anyway (it changed since vmw_region(), or
 *               a kernel page the module will not touch) costs: by default
 *               the rest of its region is skipped, with it only the rest of
 *               its page, and the search asks vmw_region() again after it.
 * @granularity: matches start only at @addr + k * @granularity of
 *               vmw_search(); 0 means 1
 * @match:       called for each match in address order, overlapping ones
 *               included; a positive return stops the search and becomes
 *               its result, 0 goes on.  %NULL stops at the first match.
 * @skipped:     called with each range of memory that refused the read,
 *               [start, end), and the read's error (0 when the module did
 *               not say); may be %NULL
 * @ctx:         passed to @match and @skipped
 */
struct vmw_search_opts {
	size_t sz;
	unsigned int flags;
	uint64_t granularity;
	int (*match)(uint64_t addr, void *ctx);
	void (*skipped)(uint64_t start, uint64_t end, int err, void *ctx);
	void *ctx;
};

/**
 * vmw_search() - find a pattern in a range of the target
 * @t:      the target
 * @addr:   the start of the range
 * @len:    its length
 * @pat:    the pattern
 * @patlen: its length
 * @opts:   %NULL for the defaults: every byte, all memory, the first match
 * @end:    if not %NULL, receives where the search ended: the match that
 *          stopped it, @addr + @len (0 for 2^64) after the whole range, or
 *          the address whose region vmw_region() could not describe
 *
 * Since libvmwrite 1.3.  Finds the @patlen bytes at @pat in the @len bytes
 * at @addr.  The range is walked region by region, with vmw_find_memory();
 * only memory is read, about once, in blocks of 64 KiB, each searched
 * together with the last @patlen - 1 bytes before it, so a match across two
 * blocks, or across two adjacent regions of memory, is found; never one
 * across a hole or memory that refused the read.
 *
 * Return: the positive value of the match callback that stopped the search
 * (1 for the first match without a callback), 0 when the whole range was
 * searched, or a negative errno: an error of vmw_region(); %-EINVAL (a
 * %NULL or empty pattern, an unknown flag, a range running past 2^64, a
 * size in @opts smaller than the struct or with unknown fields set);
 * %-ENOMEM.
 */
VMW_API int vmw_search(struct vmw_target *t, uint64_t addr, uint64_t len, const void *pat,
		       size_t patlen, const struct vmw_search_opts *opts, uint64_t *end);

/**
 * vmw_access() - the rights the module granted a session
 * @t: the target
 *
 * The values equal %VMWRITE_ACCESS_READ, %VMWRITE_ACCESS_WRITE and
 * %VMWRITE_ACCESS_FORCE of the uapi.  A kernel target has %VMW_ACCESS_READ
 * | %VMW_ACCESS_WRITE, never %VMW_ACCESS_FORCE.
 *
 * Return: a combination of:
 *
 *  * %VMW_ACCESS_READ: vmw_read() may succeed.
 *  * %VMW_ACCESS_WRITE: vmw_write() may succeed.
 *  * %VMW_ACCESS_FORCE: writes go through page protections like a
 *    debugger's: read-only private mappings (code, constants) are written
 *    through copy-on-write.  Clear when the administrator disabled forced
 *    writes (proc_mem.force_override).
 */
VMW_API unsigned int vmw_access(const struct vmw_target *t);

/**
 * vmw_pid() - the process of a target
 * @t: the target
 *
 * Return: the PID the target was opened with, in the caller's PID
 * namespace; 0 for the kernel target.
 */
VMW_API pid_t vmw_pid(const struct vmw_target *t);

/**
 * vmw_module_api_version() - the uapi version of the loaded module
 *
 * Return: the version, greater than 0, even if it differs from the
 * library's; or a negative errno: %-ENOENT if the module is not loaded.
 */
VMW_API int vmw_module_api_version(void);

/**
 * vmw_version() - the version of the library
 *
 * Return: the version of the library copy actually loaded, as
 * "MAJOR.MINOR.PATCH".
 */
VMW_API const char *vmw_version(void);

#ifdef __cplusplus
}
#endif

#endif /* LIBVMWRITE_VMWRITE_H */
