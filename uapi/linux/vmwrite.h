/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * vmwrite: read and write the virtual memory of a live target.
 *
 * Each open file of /dev/vmwrite is a session.  A session is attached once,
 * to one target, and from then on moves bytes between the caller's buffer
 * and the target's virtual address space:
 *
 * VMWRITE_IOC_API      Handshake: reports the uapi version, the features and
 *                      the ioctls this module implements, and the per-call
 *                      transfer cap.  Needs no attach.
 * VMWRITE_IOC_ATTACH   Binds the session to a target.  A process target is
 *                      named by a file descriptor of /proc/PID/mem that the
 *                      caller opened itself: the open performed the ptrace
 *                      attach check, and the address space it pinned is the
 *                      one the session keeps, even across an execve in the
 *                      target.  A session attaches at most once.
 * VMWRITE_IOC_WRITE    Copies @len bytes from @buf to target address @addr.
 * VMWRITE_IOC_READ     Copies @len bytes from target address @addr to @buf.
 * VMWRITE_IOC_CMPXCHG  Compare-and-write of one naturally aligned 1, 2, 4 or
 *                      8-byte value: stores @desired only if the target
 *                      holds @expected, and reports the value it held.
 * VMWRITE_IOC_REGION   Describes the region of the target holding an
 *                      address: where it ends, whether it is mapped, and
 *                      how; a scan steps from region to region without
 *                      reading the memory.
 * VMWRITE_IOC_WRITEV   A batch of independent writes, each with its own
 *                      address, buffer, length and result: one call for
 *                      many scattered transfers.
 * VMWRITE_IOC_READV    A batch of independent reads.
 *
 * Transfers succeed when at least one byte moved, and @done reports exactly
 * how many did; they fail with a negative errno, and @done == 0, only when
 * nothing moved.  A zero @len succeeds with @done == 0.  A transfer of 1, 2,
 * 4 or 8 bytes at an address aligned to its length is one load or one store
 * of that width in the target (VMWRITE_FEATURE_SINGLE_ACCESS): a live flag
 * or counter is never seen or left half-written.
 *
 * Every struct starts with its own size, so that it can grow: the kernel
 * reads it with copy_struct_from_user() (a shorter struct is zero-extended,
 * a longer one must have zeroes where this kernel has no fields, else E2BIG).
 * Fields and flags this kernel does not know must be zero (EINVAL).
 * User pointers travel as __u64.
 *
 * See Documentation/userspace-api/vmwrite.rst for each field and errno.
 */

#ifndef _UAPI_LINUX_VMWRITE_H
#define _UAPI_LINUX_VMWRITE_H

#include <linux/const.h>
#include <linux/ioctl.h>
#include <linux/types.h>

/* Bumped only on an incompatible change; additions are feature bits. */
#define VMWRITE_API_VERSION		1

/* Unused in Documentation/userspace-api/ioctl/ioctl-number.rst as of v6.12. */
#define VMWRITE_IOC_MAGIC		0xB9

/**
 * struct vmwrite_api - handshake
 * @size:         in: sizeof(struct vmwrite_api) as the caller knows it
 * @api_version:  out: VMWRITE_API_VERSION of the module
 * @features:     out: VMWRITE_FEATURE_* the module supports
 * @ioctls:       out: bit _IOC_NR(cmd) set for each ioctl the module supports
 * @max_rw_count: out: longest transfer of one VMWRITE_IOC_WRITE/READ call;
 *                longer requests are clamped and @done says so
 */
struct vmwrite_api {
	__u32 size;
	__u32 api_version;
	__aligned_u64 features;
	__aligned_u64 ioctls;
	__aligned_u64 max_rw_count;
};

#define VMWRITE_API_SIZE_VER0		32

/* Process targets (VMWRITE_TARGET_PROCESS). */
#define VMWRITE_FEATURE_TARGET_PROCESS	_BITULL(0)
/* The running kernel (VMWRITE_TARGET_KERNEL). */
#define VMWRITE_FEATURE_TARGET_KERNEL	_BITULL(1)
/* Aligned 1, 2, 4 and 8-byte transfers are single accesses. */
#define VMWRITE_FEATURE_SINGLE_ACCESS	_BITULL(2)
/* VMWRITE_IOC_CMPXCHG, on process and kernel targets. */
#define VMWRITE_FEATURE_CMPXCHG		_BITULL(3)
/* VMWRITE_RW_F_TEXT: writes to read-only kernel text and rodata. */
#define VMWRITE_FEATURE_TEXT_WRITE	_BITULL(4)
/* VMWRITE_IOC_REGION, on process and kernel targets. */
#define VMWRITE_FEATURE_REGION		_BITULL(5)
/* VMWRITE_IOC_WRITEV and VMWRITE_IOC_READV, on process and kernel targets. */
#define VMWRITE_FEATURE_BATCH		_BITULL(6)

/**
 * struct vmwrite_attach - bind a session to a target
 * @size:     in: sizeof(struct vmwrite_attach) as the caller knows it
 * @flags:    in: VMWRITE_ATTACH_* flags; none are defined yet, must be 0
 * @target:   in: VMWRITE_TARGET_PROCESS or VMWRITE_TARGET_KERNEL
 * @fd:       in: process target: a file descriptor of /proc/PID/mem; its open
 *            mode decides whether the session may read (FMODE_READ) and write
 *            (FMODE_WRITE).  Kernel target: must be 0.
 * @access:   out: VMWRITE_ACCESS_* rights the session was granted
 * @reserved: must be 0
 */
struct vmwrite_attach {
	__u32 size;
	__u32 flags;
	__u32 target;
	__u32 fd;
	__u32 access;
	__u32 reserved;
};

#define VMWRITE_ATTACH_SIZE_VER0	24
#define VMWRITE_ATTACH_F_ALL		0

#define VMWRITE_TARGET_PROCESS		1
#define VMWRITE_TARGET_KERNEL		2

/* The session may read. */
#define VMWRITE_ACCESS_READ		0x1U
/* The session may write. */
#define VMWRITE_ACCESS_WRITE		0x2U
/*
 * Writes go through page protections like a debugger's (FOLL_FORCE): a
 * read-only private mapping is written through copy-on-write.  Clear when
 * the administrator disabled forced /proc/PID/mem writes
 * (proc_mem.force_override=never or =ptrace).
 */
#define VMWRITE_ACCESS_FORCE		0x4U

/**
 * struct vmwrite_rw - one transfer
 * @size:  in: sizeof(struct vmwrite_rw) as the caller knows it
 * @flags: in: VMWRITE_RW_F_* flags
 * @addr:  in: virtual address in the target
 * @buf:   in: the caller's buffer, as a __u64
 * @len:   in: bytes to move; clamped to &vmwrite_api.max_rw_count
 * @done:  out: bytes moved, exactly
 */
struct vmwrite_rw {
	__u32 size;
	__u32 flags;
	__aligned_u64 addr;
	__aligned_u64 buf;
	__aligned_u64 len;
	__aligned_u64 done;
};

#define VMWRITE_RW_SIZE_VER0		40

/*
 * Kernel target writes only: write read-only kernel text or rodata through
 * a temporary writable alias, with every other CPU stopped.  Needs the
 * module parameter allow_text_write; refused at function entries.
 */
#define VMWRITE_RW_F_TEXT		0x1U
#define VMWRITE_RW_F_ALL		VMWRITE_RW_F_TEXT

/**
 * struct vmwrite_cmpxchg - compare-and-write of one value
 * @size:     in: sizeof(struct vmwrite_cmpxchg) as the caller knows it
 * @flags:    in: VMWRITE_CMPXCHG_* flags; none are defined yet, must be 0
 * @addr:     in: target address, a multiple of @width
 * @width:    in: 1, 2, 4 or 8: the size of the value in bytes
 * @reserved: must be 0
 * @expected: in: the value the target must hold, in the low @width bytes
 *            (native byte order); higher bytes must be 0
 * @desired:  in: the value to store if it does; higher bytes must be 0
 * @old:      out: the value the target held before, zero-extended; equal
 *            to @expected exactly when @desired was stored
 * @done:     out: @width if @desired was stored, 0 if not
 */
struct vmwrite_cmpxchg {
	__u32 size;
	__u32 flags;
	__aligned_u64 addr;
	__u32 width;
	__u32 reserved;
	__aligned_u64 expected;
	__aligned_u64 desired;
	__aligned_u64 old;
	__aligned_u64 done;
};

#define VMWRITE_CMPXCHG_SIZE_VER0	56
#define VMWRITE_CMPXCHG_F_ALL		0

/**
 * struct vmwrite_region - the region of the target holding an address
 * @size:  in: sizeof(struct vmwrite_region) as the caller knows it
 * @flags: in: VMWRITE_REGION_F_* flags; none are defined yet, must be 0
 * @addr:  in: the address asked about
 * @start: out: where the region begins, at or below @addr: a process's
 *         mapping (VMA) or hole; for the kernel, the page of @addr
 * @end:   out: where it ends (exclusive), above @addr; 0 means 2^64.  The
 *         next region, which differs in @prot or @kind, begins there
 * @prot:  out: VMWRITE_PROT_* the mapping allows, 0 for a hole
 * @kind:  out: VMWRITE_REGION_* of the region.  Kinds may be added: one a
 *         program does not know is a region it cannot read or write
 */
struct vmwrite_region {
	__u32 size;
	__u32 flags;
	__aligned_u64 addr;
	__aligned_u64 start;
	__aligned_u64 end;
	__u32 prot;
	__u32 kind;
};

#define VMWRITE_REGION_SIZE_VER0	40
#define VMWRITE_REGION_F_ALL		0

#define VMWRITE_PROT_READ		0x1U
#define VMWRITE_PROT_WRITE		0x2U
#define VMWRITE_PROT_EXEC		0x4U

/* Nothing mapped: a hole, a guard page. */
#define VMWRITE_REGION_FREE		0
/* Process: private anonymous memory; kernel: System RAM. */
#define VMWRITE_REGION_PRIVATE		1
/* Process: a private mapping of a file. */
#define VMWRITE_REGION_FILE		2
/* Process: a shared mapping, of a file or anonymous. */
#define VMWRITE_REGION_SHARED		3
/* Device or PFN memory, which vmwrite never reads or writes. */
#define VMWRITE_REGION_IO		4
/*
 * Process: memfd_secret() memory, which the kernel itself cannot reach:
 * transfers fail with EFAULT.
 */
#define VMWRITE_REGION_SECRET		5

/**
 * struct vmwrite_seg - one segment of a batch
 * @addr:  in: virtual address in the target
 * @buf:   in: the caller's buffer for this segment, as a __u64
 * @len:   in: bytes to move; clamped to &vmwrite_api.max_rw_count
 * @done:  out: bytes this segment moved, exactly
 * @error: out: 0 when bytes moved or @len is 0, else the negative errno
 *         that stopped the segment before its first byte (as io_uring's
 *         results): the error a VMWRITE_IOC_WRITE or VMWRITE_IOC_READ of
 *         the same segment fails with
 * @flags: in: VMWRITE_RW_F_* for this segment
 *
 * Segments are independent: each is tried whatever became of the ones
 * before it, in array order.  A segment that fails does not stop the batch.
 */
struct vmwrite_seg {
	__aligned_u64 addr;
	__aligned_u64 buf;
	__aligned_u64 len;
	__aligned_u64 done;
	__s32 error;
	__u32 flags;
};

#define VMWRITE_SEG_SIZE_VER0		40

/**
 * struct vmwrite_rwv - a batch of transfers
 * @size:      in: sizeof(struct vmwrite_rwv) as the caller knows it
 * @flags:     in: VMWRITE_RWV_F_* flags; none are defined yet, must be 0
 * @segs:      in: the array of @nr_segs segment records, as a __u64
 * @nr_segs:   in: how many, at most VMWRITE_RWV_MAX_SEGS
 * @seg_size:  in: the size of one record, sizeof(struct vmwrite_seg) as the
 *             caller knows it: at least VMWRITE_SEG_SIZE_VER0, a multiple
 *             of 8; a longer record must have zeroes where this kernel has
 *             no fields, else that segment fails with E2BIG
 * @nr_done:   out: segments tried, whose @done and @error are written: all
 *             of them unless the call failed
 * @nr_failed: out: of those, the segments that moved nothing (@error set)
 * @bytes:     out: bytes moved by all the segments
 */
struct vmwrite_rwv {
	__u32 size;
	__u32 flags;
	__aligned_u64 segs;
	__u32 nr_segs;
	__u32 seg_size;
	__u32 nr_done;
	__u32 nr_failed;
	__aligned_u64 bytes;
};

#define VMWRITE_RWV_SIZE_VER0		40
#define VMWRITE_RWV_F_ALL		0
/* The most segments in one call: UIO_MAXIOV, as for process_vm_writev(). */
#define VMWRITE_RWV_MAX_SEGS		1024

/*
 * The numbers encode the VER0 sizes, not sizeof(): when a struct grows, its
 * ioctl keeps its number and the size member tells the versions apart.
 */
#define VMWRITE_IOC(nr, size)	_IOC(_IOC_READ | _IOC_WRITE, VMWRITE_IOC_MAGIC, \
				     (nr), (size))
#define VMWRITE_IOC_API		VMWRITE_IOC(0x00, VMWRITE_API_SIZE_VER0)
#define VMWRITE_IOC_ATTACH	VMWRITE_IOC(0x01, VMWRITE_ATTACH_SIZE_VER0)
#define VMWRITE_IOC_WRITE	VMWRITE_IOC(0x02, VMWRITE_RW_SIZE_VER0)
#define VMWRITE_IOC_READ	VMWRITE_IOC(0x03, VMWRITE_RW_SIZE_VER0)
#define VMWRITE_IOC_CMPXCHG	VMWRITE_IOC(0x04, VMWRITE_CMPXCHG_SIZE_VER0)
#define VMWRITE_IOC_REGION	VMWRITE_IOC(0x05, VMWRITE_REGION_SIZE_VER0)
#define VMWRITE_IOC_WRITEV	VMWRITE_IOC(0x06, VMWRITE_RWV_SIZE_VER0)
#define VMWRITE_IOC_READV	VMWRITE_IOC(0x07, VMWRITE_RWV_SIZE_VER0)

/*
 * Generic netlink: family VMWRITE_GENL_NAME, in the initial network
 * namespace only.  Multicast group VMWRITE_GENL_MCGRP_AUDIT carries an
 * event for every attach, detach, transfer and refusal; subscribing needs
 * CAP_SYS_ADMIN, and the events carry one global sequence number
 * (VMWRITE_A_SEQ) so that a listener sees what it missed as a gap.  See
 * Documentation/userspace-api/vmwrite-netlink.rst.
 */
#define VMWRITE_GENL_NAME		"vmwrite"
#define VMWRITE_GENL_VERSION		1
#define VMWRITE_GENL_MCGRP_AUDIT	"audit"

/**
 * enum vmwrite_genl_cmd - requests, and the events of the audit group
 * @VMWRITE_CMD_UNSPEC:     not a command
 * @VMWRITE_CMD_GET_STATS:  the counters, per target kind (reply: nests of
 *                          VMWRITE_A_KIND_STATS, and VMWRITE_A_EVENTS)
 * @VMWRITE_CMD_GET_POLICY: what sessions may do (VMWRITE_A_P_*), whether
 *                          that is locked, and the ceiling the module's
 *                          parameters set (VMWRITE_A_CEILING)
 * @VMWRITE_CMD_SET_POLICY: change the VMWRITE_A_P_* given, or lock the
 *                          policy (CAP_SYS_ADMIN); never beyond the ceiling,
 *                          and once locked only tighter
 * @VMWRITE_CMD_GET_SESSIONS: dump: one message per attached session
 *                          (CAP_SYS_ADMIN)
 * @VMWRITE_CMD_REVOKE_SESSION: end what VMWRITE_A_SESSION_ID may do: its
 *                          operations fail with ECONNABORTED until its
 *                          owner closes it (CAP_SYS_ADMIN)
 * @VMWRITE_EV_ATTACH:      a session attached (or VMWRITE_EV_REFUSED)
 * @VMWRITE_EV_DETACH:      a session ended, with its totals
 * @VMWRITE_EV_WRITE:       a write (VMWRITE_IOC_WRITE), done or failed;
 *                          or a batch of them (VMWRITE_IOC_WRITEV), one
 *                          event with VMWRITE_A_NR_SEGS and VMWRITE_A_SEGS
 * @VMWRITE_EV_READ:        a read, when the policy audits reads
 * @VMWRITE_EV_CMPXCHG:     a compare-and-write
 * @VMWRITE_EV_REFUSED:     an attach or transfer refused before it started
 *                          (rights, a module parameter, lockdown, an LSM):
 *                          VMWRITE_A_OP says which, VMWRITE_A_ERRNO why
 */
enum vmwrite_genl_cmd {
	VMWRITE_CMD_UNSPEC,
	VMWRITE_CMD_GET_STATS,
	VMWRITE_CMD_GET_POLICY,
	VMWRITE_CMD_SET_POLICY,
	VMWRITE_CMD_GET_SESSIONS,
	VMWRITE_CMD_REVOKE_SESSION,

	VMWRITE_EV_ATTACH = 32,
	VMWRITE_EV_DETACH,
	VMWRITE_EV_WRITE,
	VMWRITE_EV_READ,
	VMWRITE_EV_CMPXCHG,
	VMWRITE_EV_REFUSED,
};

/**
 * enum vmwrite_genl_attr - attributes of requests, replies and events
 * @VMWRITE_A_UNSPEC:       not an attribute
 * @VMWRITE_A_PAD:          padding for 64-bit attributes
 * @VMWRITE_A_SEQ:          u64, the event's number, unique and given in
 *                          the order events are made: concurrent writers'
 *                          events may arrive out of that order
 * @VMWRITE_A_SESSION_ID:   u64, the session, unique until the module goes
 * @VMWRITE_A_WRITER_TGID:  u32, the process calling, in the initial pid
 *                          namespace
 * @VMWRITE_A_WRITER_PID:   u32, its thread
 * @VMWRITE_A_WRITER_UID:   u32, its real uid, in the initial namespace
 * @VMWRITE_A_WRITER_COMM:  string, its command name (chosen by whoever
 *                          runs it: print it escaped)
 * @VMWRITE_A_TARGET_KIND:  u32, VMWRITE_TARGET_*
 * @VMWRITE_A_TARGET_TGID:  u32, a process target's tgid at attach, in the
 *                          initial pid namespace (absent when unknown)
 * @VMWRITE_A_ACCESS:       u32, VMWRITE_ACCESS_* the session holds
 * @VMWRITE_A_ADDR:         u64, where a transfer began
 * @VMWRITE_A_LEN:          u64, the bytes it asked for
 * @VMWRITE_A_DONE:         u64, the bytes it moved
 * @VMWRITE_A_ERRNO:        u32, the positive errno it failed with, or 0
 * @VMWRITE_A_FLAGS:        u32, the request's VMWRITE_*_F_* flags
 * @VMWRITE_A_OP:           u32, the VMWRITE_EV_* a refusal stopped
 * @VMWRITE_A_COUNTERS:     nest of VMWRITE_C_*: a session's totals
 * @VMWRITE_A_KIND_STATS:   nest, one per target kind: VMWRITE_A_TARGET_KIND
 *                          and VMWRITE_A_COUNTERS
 * @VMWRITE_A_EVENTS:       nest of VMWRITE_E_*: what became of events
 * @VMWRITE_A_P_PROCESS_WRITES: u8, 0 or 1: writes to processes allowed
 * @VMWRITE_A_P_KERNEL_READS:   u8, reads of the kernel allowed
 * @VMWRITE_A_P_KERNEL_WRITES:  u8, writes to the kernel allowed
 * @VMWRITE_A_P_TEXT_WRITES:    u8, writes to read-only kernel memory allowed
 * @VMWRITE_A_P_AUDIT_READS:    u8, reads produce events
 * @VMWRITE_A_P_LOCKED:     u8, the policy can only be tightened until the
 *                          module is unloaded (SET_POLICY: 1 locks it)
 * @VMWRITE_A_CEILING:      nest of VMWRITE_A_P_*: the most the module's
 *                          parameters let the policy allow
 * @VMWRITE_A_AGE_NS:       u64, nanoseconds since the session attached
 *                          (boot time clock)
 * @VMWRITE_A_REVOKED:      u8, 1 once the session was revoked
 * @VMWRITE_A_NR_SEGS:      u32, a batch's segments: the event's
 *                          VMWRITE_A_ADDR is the first one's address,
 *                          VMWRITE_A_LEN and VMWRITE_A_DONE the sums,
 *                          VMWRITE_A_ERRNO what failed the call itself
 * @VMWRITE_A_SEGS:         nest of VMWRITE_A_SEG: the first
 *                          VMWRITE_EV_SEGS_MAX segments of a batch; the
 *                          others are left out, and counted in
 *                          VMWRITE_A_NR_SEGS
 * @VMWRITE_A_SEG:          nest: VMWRITE_A_ADDR, VMWRITE_A_LEN,
 *                          VMWRITE_A_DONE, VMWRITE_A_ERRNO and
 *                          VMWRITE_A_FLAGS of one segment
 * @__VMWRITE_A_MAX:        one past the last
 */
enum vmwrite_genl_attr {
	VMWRITE_A_UNSPEC,
	VMWRITE_A_PAD,
	VMWRITE_A_SEQ,
	VMWRITE_A_SESSION_ID,
	VMWRITE_A_WRITER_TGID,
	VMWRITE_A_WRITER_PID,
	VMWRITE_A_WRITER_UID,
	VMWRITE_A_WRITER_COMM,
	VMWRITE_A_TARGET_KIND,
	VMWRITE_A_TARGET_TGID,
	VMWRITE_A_ACCESS,
	VMWRITE_A_ADDR,
	VMWRITE_A_LEN,
	VMWRITE_A_DONE,
	VMWRITE_A_ERRNO,
	VMWRITE_A_FLAGS,
	VMWRITE_A_OP,
	VMWRITE_A_COUNTERS,
	VMWRITE_A_KIND_STATS,
	VMWRITE_A_EVENTS,
	VMWRITE_A_P_PROCESS_WRITES,
	VMWRITE_A_P_KERNEL_READS,
	VMWRITE_A_P_KERNEL_WRITES,
	VMWRITE_A_P_TEXT_WRITES,
	VMWRITE_A_P_AUDIT_READS,
	VMWRITE_A_P_LOCKED,
	VMWRITE_A_CEILING,
	VMWRITE_A_AGE_NS,
	VMWRITE_A_REVOKED,
	VMWRITE_A_NR_SEGS,
	VMWRITE_A_SEGS,
	VMWRITE_A_SEG,

	__VMWRITE_A_MAX,
};

#define VMWRITE_A_MAX	(__VMWRITE_A_MAX - 1)

/* The most segments of a batch an event lists. */
#define VMWRITE_EV_SEGS_MAX		8

/**
 * enum vmwrite_counter_attr - counters (u64 each), of a session or a kind
 * @VMWRITE_C_UNSPEC:     not an attribute
 * @VMWRITE_C_PAD:        padding
 * @VMWRITE_C_ATTACHES:   sessions attached
 * @VMWRITE_C_WRITES:     writes and compare-and-writes that moved bytes
 * @VMWRITE_C_READS:      reads that moved bytes
 * @VMWRITE_C_BYTES_WRITTEN: bytes they wrote
 * @VMWRITE_C_BYTES_READ: bytes they read
 * @VMWRITE_C_REFUSALS:   attaches and transfers refused before they began
 * @VMWRITE_C_FAULTS:     transfers that stopped on an error
 * @__VMWRITE_C_MAX:      one past the last
 */
enum vmwrite_counter_attr {
	VMWRITE_C_UNSPEC,
	VMWRITE_C_PAD,
	VMWRITE_C_ATTACHES,
	VMWRITE_C_WRITES,
	VMWRITE_C_READS,
	VMWRITE_C_BYTES_WRITTEN,
	VMWRITE_C_BYTES_READ,
	VMWRITE_C_REFUSALS,
	VMWRITE_C_FAULTS,

	__VMWRITE_C_MAX,
};

#define VMWRITE_C_MAX	(__VMWRITE_C_MAX - 1)

/**
 * enum vmwrite_events_attr - what became of events (u64 each)
 * @VMWRITE_E_UNSPEC:          not an attribute
 * @VMWRITE_E_PAD:             padding
 * @VMWRITE_E_SENT:            events numbered and handed to netlink
 * @VMWRITE_E_NO_MEMORY:       numbered but never sent: no memory for them
 *                             (a gap in VMWRITE_A_SEQ)
 * @VMWRITE_E_UNHEARD:         sent while no listener took them (none left,
 *                             or every listener's queue full)
 * @VMWRITE_E_DELIVERY_FAILED: sent, and a listener that asked to know
 *                             (NETLINK_BROADCAST_ERROR) missed them
 * @__VMWRITE_E_MAX:           one past the last
 */
enum vmwrite_events_attr {
	VMWRITE_E_UNSPEC,
	VMWRITE_E_PAD,
	VMWRITE_E_SENT,
	VMWRITE_E_NO_MEMORY,
	VMWRITE_E_UNHEARD,
	VMWRITE_E_DELIVERY_FAILED,

	__VMWRITE_E_MAX,
};

#define VMWRITE_E_MAX	(__VMWRITE_E_MAX - 1)

#endif /* _UAPI_LINUX_VMWRITE_H */
