/* SPDX-License-Identifier: GPL-2.0 */
/*
 * vmwrite internals shared by the device, the proc mem recogniser and the
 * targets.
 */

#ifndef _VMWRITE_INTERNAL_H
#define _VMWRITE_INTERNAL_H

#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/types.h>
#include <linux/vmwrite.h>
#include <asm/pgtable_types.h>

struct mm_struct;
struct vmwrite_region;
struct vmwrite_session;

/* Like read(2)'s MAX_RW_COUNT: a count that fits an int, page aligned. */
#define VMWRITE_MAX_RW_COUNT	(INT_MAX & PAGE_MASK)

/* Segments of a batch read, moved and answered at a time. */
#define VMWRITE_BATCH_CHUNK	16

/**
 * struct vmwrite_xfer - one segment of a batch
 * @addr:  target address
 * @buf:   the caller's buffer, checked with access_ok()
 * @asked: bytes the segment asks for, clamped to VMWRITE_MAX_RW_COUNT
 * @len:   bytes to move: @asked, or 0 when @ret is decided already; else
 *         @addr + @len does not wrap
 * @ret:   bytes moved, or a negative errno
 * @flags: the segment's VMWRITE_RW_F_* flags
 */
struct vmwrite_xfer {
	unsigned long addr;
	void __user *buf;
	u32 asked;
	u32 len;
	s32 ret;
	u32 flags;
};

/**
 * struct vmwrite_target_ops - what one kind of target does for a session
 * @attach:  bind the session, attach_lock held and not yet attached, to
 *           the target: the file @fd names, or the kernel for the session's
 *           file @dev; sets &vmwrite_session.access
 * @release: drop what @attach took, or NULL when it took nothing
 * @rw:      move bytes between the caller and the target; @text only where
 *           @text_write says so
 * @compare_write: compare-and-write one value in the target
 *           (VMWRITE_IOC_CMPXCHG; cmpxchg is a macro)
 * @rw_batch: move each of @nr segments whose @len is set, or NULL to
 *           have @rw move them one by one
 * @region:  the region of the target holding an address
 * @takes_fd:   VMWRITE_IOC_ATTACH names the target with a file descriptor;
 *              without one, the fd must be 0
 * @text_write: takes VMWRITE_RW_F_TEXT writes
 *
 * Each target's file documents what its calls return.  The session has
 * checked the arguments and the access before any of them is called.
 */
struct vmwrite_target_ops {
	int (*attach)(struct vmwrite_session *s, struct file *dev,
		      unsigned int fd);
	void (*release)(struct vmwrite_session *s);
	ssize_t (*rw)(struct vmwrite_session *s, unsigned long addr,
		      void __user *buf, size_t len, bool write, bool text);
	void (*rw_batch)(struct vmwrite_session *s, struct vmwrite_xfer *x,
			 unsigned int nr, bool write);
	int (*compare_write)(struct vmwrite_session *s, unsigned long addr,
			     unsigned int width, u64 *val, u64 new);
	int (*region)(struct vmwrite_session *s, struct vmwrite_region *r);
	bool takes_fd;
	bool text_write;
};

/* process.c, kernel.c */
extern const struct vmwrite_target_ops vmwrite_process_ops;
extern const struct vmwrite_target_ops vmwrite_kernel_ops;

/**
 * struct vmwrite_counts - what sessions did, of one session or one kind
 * @attaches:      sessions attached
 * @writes:        writes and compare-and-writes that moved bytes
 * @reads:         reads that moved bytes
 * @bytes_written: bytes those writes moved
 * @bytes_read:    bytes those reads moved
 * @refusals:      attaches and transfers refused before they began
 * @faults:        transfers that stopped on another error
 *
 * In the order of enum vmwrite_counter_attr, VMWRITE_COUNTS of them.
 */
struct vmwrite_counts {
	u64 attaches;
	u64 writes;
	u64 reads;
	u64 bytes_written;
	u64 bytes_read;
	u64 refusals;
	u64 faults;
};

#define VMWRITE_COUNTS	(VMWRITE_C_MAX - VMWRITE_C_ATTACHES + 1)

/**
 * struct vmwrite_session - state of one open file of /dev/vmwrite
 * @attach_lock: serialises VMWRITE_IOC_ATTACH against itself
 * @ops:         the target's operations once attached, NULL before.
 *               Written once, with smp_store_release() after every field
 *               below it is set; readers use smp_load_acquire() and then
 *               read those fields without locks: they never change again.
 * @access:      VMWRITE_ACCESS_* granted at attach
 * @mm:          process target: the address space the /proc/PID/mem file
 *               had pinned, held with mmgrab() until release
 * @mem:         process target: that /proc/PID/mem file, held until
 *               release, for the security hooks each transfer passes
 *               as a read or write of it would
 * @flags:       VMWRITE_SESSION_* bits, atomic bitops
 * @id:          the session's number in audit events, from attach on
 * @kind:        VMWRITE_TARGET_*, from attach on
 * @node:        in the list of attached sessions, from attach on
 * @attached_ns: when it attached (boot time clock)
 * @owner_tgid:  who attached it (initial pid namespace)
 * @owner_pid:   its thread
 * @owner_uid:   its real uid (initial user namespace)
 * @owner_comm:  its command name
 * @target_tgid: a process target's tgid at attach, 0 when unknown
 * @counts:      what it did, per CPU, for GET_SESSIONS and its detach event
 */
struct vmwrite_session {
	struct mutex attach_lock;	/* see above */
	const struct vmwrite_target_ops *ops;
	u32 access;
	struct mm_struct *mm;
	struct file *mem;
	unsigned long flags;
	u64 id;
	u32 kind;
	struct list_head node;
	u64 attached_ns;
	u32 owner_tgid;
	u32 owner_pid;
	u32 owner_uid;
	char owner_comm[TASK_COMM_LEN];
	u32 target_tgid;
	struct vmwrite_counts __percpu *counts;
};

/* Kernel target: this session has written; the kernel is tainted. */
#define VMWRITE_SESSION_KERNEL_WROTE	0
/* An administrator revoked it: everything fails with -ECONNABORTED. */
#define VMWRITE_SESSION_REVOKED		1

/*
 * Between the chunks of a long transfer: whether to stop, and why (a
 * fatal signal, or the session revoked meanwhile); 0 to go on.
 */
static inline int vmwrite_session_interrupted(struct vmwrite_session *s)
{
	if (fatal_signal_pending(current))
		return -EINTR;
	if (test_bit(VMWRITE_SESSION_REVOKED, &s->flags))
		return -ECONNABORTED;
	return 0;
}

/* main.c: what every call on a session does first */
int vmwrite_copy_args(void *karg, size_t ksize, size_t ver0,
		      const void __user *uarg);
const struct vmwrite_target_ops *
vmwrite_session_target(struct vmwrite_session *s, u32 need, bool text);
bool vmwrite_session_refused(long err);

/* batch.c */
int vmwrite_session_rwv(struct vmwrite_session *s,
			struct vmwrite_rwv __user *uarg, bool write);

/* main.c: the attached sessions, for the netlink requests */
int vmwrite_sessions_each(u64 after,
			  int (*fn)(struct vmwrite_session *s, void *arg),
			  void *arg);
int vmwrite_session_revoke(u64 id);

/*
 * A refusal, rather than a fault or a bad argument: a check said no
 * (-EPERM, -EACCES: a capability, a module parameter, lockdown, an LSM).
 * A transfer the session holds no right for (-EBADF from
 * vmwrite_session_target()) is one too, told by its caller.
 */
static inline bool vmwrite_err_is_refusal(long err)
{
	return err == -EPERM || err == -EACCES;
}

/**
 * struct vmwrite_seg_report - one segment of a batch, as its event lists it
 * @addr:  where it began
 * @len:   bytes it asked for
 * @ret:   bytes moved, or a negative errno
 * @flags: its VMWRITE_RW_F_* flags
 */
struct vmwrite_seg_report {
	u64 addr;
	u32 len;
	s32 ret;
	u32 flags;
};

/**
 * struct vmwrite_batch_report - what one batch did, for its event
 * @nr_segs: segments tried
 * @listed:  of those, how many @seg holds: the first ones
 * @failed:  of those, how many failed
 * @len:     bytes they asked for
 * @done:    bytes they moved
 * @seg:     the first VMWRITE_EV_SEGS_MAX segments tried
 */
struct vmwrite_batch_report {
	u32 nr_segs;
	u32 listed;
	u32 failed;
	u64 len;
	u64 done;
	struct vmwrite_seg_report seg[VMWRITE_EV_SEGS_MAX];
};

#if IS_ENABLED(CONFIG_VMWRITE_AUDIT)
/* netlink.c: the family, and what sessions tell it (task context, no lock held) */
int vmwrite_netlink_init(void);
void vmwrite_netlink_exit(void);
int vmwrite_session_counts_alloc(struct vmwrite_session *s);
void vmwrite_session_counts_free(struct vmwrite_session *s);
void vmwrite_attached(struct vmwrite_session *s);
void vmwrite_attach_refused(u32 kind, int err);
void vmwrite_event_detach(struct vmwrite_session *s);
void vmwrite_transferred(struct vmwrite_session *s, u8 ev, u64 addr, u64 len,
			 ssize_t ret, bool refused, u32 flags);
void vmwrite_counted(struct vmwrite_session *s, bool write, ssize_t ret,
		     bool refused);
void vmwrite_batch_transferred(struct vmwrite_session *s, u8 ev,
			       const struct vmwrite_batch_report *r, int err);

/* audit.c */
void vmwrite_audit_kernel(u8 ev, u64 session, u64 addr, u64 len, ssize_t ret,
			  u32 flags, u32 nr_segs);
#else
/* A build without the audit trail: nothing told, nothing counted. */
static inline int vmwrite_netlink_init(void)
{
	return 0;
}

static inline void vmwrite_netlink_exit(void) { }
static inline int vmwrite_session_counts_alloc(struct vmwrite_session *s)
{
	return 0;
}

static inline void vmwrite_session_counts_free(struct vmwrite_session *s) { }
static inline void vmwrite_attached(struct vmwrite_session *s) { }
static inline void vmwrite_attach_refused(u32 kind, int err) { }
static inline void vmwrite_event_detach(struct vmwrite_session *s) { }
static inline void vmwrite_transferred(struct vmwrite_session *s, u8 ev,
				       u64 addr, u64 len, ssize_t ret,
				       bool refused, u32 flags) { }
static inline void vmwrite_counted(struct vmwrite_session *s, bool write,
				   ssize_t ret, bool refused) { }
static inline void
vmwrite_batch_transferred(struct vmwrite_session *s, u8 ev,
			  const struct vmwrite_batch_report *r, int err) { }
#endif

/* procmem.c */
int vmwrite_procmem_init(void);
bool vmwrite_procmem_is_mem(const struct file *file);
bool vmwrite_procmem_force(void);

/**
 * struct vmwrite_kpte - what the kernel page tables map at an address,
 * from one read of the entry that maps it
 * @pfn:   the page frame behind the address, 0 for none
 * @span:  bytes from the address to the end of that entry, or of the hole
 * @flags: the entry's flags (_PAGE_*), 0 for a hole
 */
struct vmwrite_kpte {
	unsigned long pfn;
	unsigned long span;
	pteval_t flags;
};

/**
 * enum vmwrite_policy_bit - what the policy allows, one bit each
 * @VMWRITE_POLICY_PROCESS_WRITES: writes to process targets
 * @VMWRITE_POLICY_KERNEL_READS:   reads of the kernel
 * @VMWRITE_POLICY_KERNEL_WRITES:  writes to the kernel
 * @VMWRITE_POLICY_TEXT_WRITES:    writes to read-only kernel memory
 * @VMWRITE_POLICY_AUDIT_READS:    reads produce events (tighter when on)
 * @VMWRITE_POLICY_BITS:           how many
 */
enum vmwrite_policy_bit {
	VMWRITE_POLICY_PROCESS_WRITES,
	VMWRITE_POLICY_KERNEL_READS,
	VMWRITE_POLICY_KERNEL_WRITES,
	VMWRITE_POLICY_TEXT_WRITES,
	VMWRITE_POLICY_AUDIT_READS,
	VMWRITE_POLICY_BITS
};

/**
 * struct vmwrite_policy_state - the policy as one consistent view
 * @allowed: BIT(VMWRITE_POLICY_*) the policy and the ceiling both allow
 * @ceiling: BIT(VMWRITE_POLICY_*) the module parameters allow
 * @locked:  the policy only tightens until the module is unloaded
 */
struct vmwrite_policy_state {
	unsigned long allowed;
	unsigned long ceiling;
	bool locked;
};

/* policy.c */
bool vmwrite_policy_allows(enum vmwrite_policy_bit what);
void vmwrite_policy_get(struct vmwrite_policy_state *p);
int vmwrite_policy_set(unsigned long mask, unsigned long on, bool lock,
		       enum vmwrite_policy_bit *bad);

/* kernel.c */
void vmwrite_kernel_lookup(unsigned long addr, struct vmwrite_kpte *kpte);
int vmwrite_kernel_page_ok(unsigned long addr, bool write,
			   struct vmwrite_kpte *kpte);

/* text.c */
int vmwrite_text_may(unsigned long addr, size_t len,
		     const struct vmwrite_kpte *kpte);
int vmwrite_text_write(unsigned long addr, const void *src, size_t len,
		       const struct vmwrite_kpte *kpte);

#endif /* _VMWRITE_INTERNAL_H */
