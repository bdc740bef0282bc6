/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * libvmwrite-netlink: the vmwrite module's generic netlink family
 * ("vmwrite"), for administrators and their tools: the counters, the
 * policy that says what sessions may do, the sessions attached now, and
 * the audit events of every attach, transfer, refusal and detach.
 *
 * A library of its own, on libnl: libvmwrite, which reads and writes
 * memory, needs no libnl.  This header needs <vmwrite/vmwrite.h> only for
 * VMW_API and VMW_ACCESS_*; a program linking this library alone does not
 * link libvmwrite.
 *
 * Error convention, as libvmwrite's: every function that can fail returns
 * 0 (or a documented non-negative value) on success and a negative errno
 * on failure; errno is unspecified after any call.  When the module said
 * why a request failed (a netlink extended ack), vmw_nl_error_message()
 * has its words.
 *
 * A handle holds two netlink sockets (requests, and events once
 * subscribed) and is not for concurrent use: give each thread its own.
 *
 * Structs grow at their end.  Those the caller passes carry the size it
 * knows in @sz; those the library hands to a callback carry in @sz the
 * size the library filled: a field at or past it is not there (a program
 * built against a newer header, run with an older library).
 */

#ifndef LIBVMWRITE_NETLINK_H
#define LIBVMWRITE_NETLINK_H

#include <stddef.h>
#include <stdint.h>

#include "vmwrite.h"	/* VMW_API, VMW_ACCESS_* */

#ifdef __cplusplus
extern "C" {
#endif

struct vmw_nl;

/**
 * vmw_nl_open() - open a handle on the module's netlink family
 * @flags: must be 0
 * @out:   receives the handle on success, NULL on failure
 *
 * Resolves the family "vmwrite"; every user may, and may then read the
 * counters and the policy.  Listing and revoking sessions, changing the
 * policy and subscribing to the events need CAP_SYS_ADMIN, checked by the
 * module on each request.
 *
 * Return: 0, or -EINVAL (@flags not 0, @out NULL), -ENOENT (no family
 * "vmwrite": the module is not loaded, is older than its netlink family,
 * or the caller is in a network namespace other than the initial one,
 * where the family does not exist), -ENOMEM, or an error of socket(2)
 * and bind(2) on a netlink socket.
 */
VMW_API int vmw_nl_open(unsigned int flags, struct vmw_nl **out);

/**
 * vmw_nl_close() - close @nl's sockets and free it
 * @nl: a handle, or NULL (a no-op)
 */
VMW_API void vmw_nl_close(struct vmw_nl *nl);

/**
 * vmw_nl_error_message() - what the module said of the last request
 * @nl: the handle
 *
 * The message of the netlink extended ack of the last request made
 * through @nl ("needs CAP_SYS_ADMIN", "the policy is locked: it can only
 * be tightened", ...), valid until the next request or vmw_nl_close().
 *
 * Return: the message, or NULL if the module gave none.
 */
VMW_API const char *vmw_nl_error_message(const struct vmw_nl *nl);

/* ---- counters ------------------------------------------------------------ */

/* Totals of a session, or of all sessions with one kind of target. */
struct vmw_nl_counters {
	uint64_t attaches;	/* sessions attached */
	uint64_t writes;	/* writes and compare-and-writes that stored */
	uint64_t reads;		/* reads that moved bytes */
	uint64_t bytes_written;
	uint64_t bytes_read;
	uint64_t refusals;	/* attaches and transfers refused before they began */
	uint64_t faults;	/* transfers that stopped on an error */
	uint64_t reserved[9];	/* later counters; 0 */
};

/* What became of the audit events. */
struct vmw_nl_event_counts {
	uint64_t sent;		/* numbered and handed to netlink */
	uint64_t no_memory;	/* numbered, never sent: a gap in the numbers */
	uint64_t unheard;	/* sent while no listener took them */
	uint64_t delivery_failed; /* a listener that asked to know missed them */
	uint64_t reserved[4];	/* later counts; 0 */
};

struct vmw_nl_stats {
	size_t sz;		/* in: sizeof(struct vmw_nl_stats) */
	struct vmw_nl_counters process;	/* sessions with processes */
	struct vmw_nl_counters kernel;	/* sessions with the kernel */
	struct vmw_nl_event_counts events;
};

/**
 * vmw_nl_get_stats() - the module's counters, since it was loaded
 * @nl: the handle
 * @st: filled in; set @st->sz first
 *
 * Open to every user.  Counters the module does not report are 0.
 *
 * Return: 0, or -EINVAL (@nl or @st NULL, @st->sz smaller than the first
 * version of the struct), -EOPNOTSUPP (the module has no GET_STATS),
 * -EPROTO (a reply this library cannot read), or another error of the
 * request (see vmw_nl_error_message()).
 */
VMW_API int vmw_nl_get_stats(struct vmw_nl *nl, struct vmw_nl_stats *st);

/* ---- the policy ---------------------------------------------------------- */

/* The settings of the policy, one bit each. */
#define VMW_NL_POLICY_PROCESS_WRITES	(1U << 0)	/* writes to processes */
#define VMW_NL_POLICY_KERNEL_READS	(1U << 1)	/* reads of the kernel */
#define VMW_NL_POLICY_KERNEL_WRITES	(1U << 2)	/* writes to the kernel */
#define VMW_NL_POLICY_TEXT_WRITES	(1U << 3)	/* writes to kernel text and rodata */
/* Reads produce events.  Unlike the others, on is the tighter value. */
#define VMW_NL_POLICY_AUDIT_READS	(1U << 4)
#define VMW_NL_POLICY_ALL		((1U << 5) - 1)

/* The policy only tightens until the module is unloaded. */
#define VMW_NL_POLICY_LOCKED		(1U << 0)

struct vmw_nl_policy {
	size_t sz;		/* in: sizeof(struct vmw_nl_policy) */
	unsigned int known;	/* the VMW_NL_POLICY_* settings the module reported */
	unsigned int allowed;	/* those in effect: the policy within the ceiling */
	/*
	 * The most the module's parameters let the policy allow: kernel
	 * writes need allow_kernel_write, text writes also
	 * allow_text_write; the others have no parameter.
	 */
	unsigned int ceiling;
	unsigned int flags;	/* VMW_NL_POLICY_LOCKED */
};

/**
 * vmw_nl_get_policy() - what sessions may do now
 * @nl: the handle
 * @p:  filled in; set @p->sz first
 *
 * Open to every user: a refused user may see the policy that refused
 * them.  A change applies to the next transfer of every session.
 *
 * Return: 0, or -EINVAL (@nl or @p NULL, @p->sz too small),
 * -EOPNOTSUPP (the module has no GET_POLICY), -EPROTO, or another error
 * of the request.
 */
VMW_API int vmw_nl_get_policy(struct vmw_nl *nl, struct vmw_nl_policy *p);

struct vmw_nl_policy_change {
	size_t sz;		/* sizeof(struct vmw_nl_policy_change) */
	unsigned int on;	/* VMW_NL_POLICY_* settings to turn on */
	unsigned int off;	/* ... and to turn off; the rest stay */
	unsigned int flags;	/* VMW_NL_POLICY_LOCKED: lock, once changed */
};

/**
 * vmw_nl_set_policy() - change the policy, all of @c or nothing
 * @nl: the handle
 * @c:  the change; a larger struct of a newer header is accepted if the
 *      fields this library does not know are 0
 *
 * Needs CAP_SYS_ADMIN.  Never beyond the ceiling the module parameters
 * set; once the policy is locked, only tighter: a right taken away, or
 * auditing of reads turned on.  Locking is undone only by unloading the
 * module.
 *
 * Return: 0, or -EINVAL (@nl or @c NULL, @c->sz unknown, a setting both
 * on and off, an unknown bit or flag; or the module refused the request
 * as malformed), -EPERM (no CAP_SYS_ADMIN; the policy is locked and the
 * change loosens it; or it asks beyond the ceiling: the module's message
 * names the parameter), -EOPNOTSUPP (the module cannot change its
 * policy), or another error of the request.  vmw_nl_error_message() has
 * the module's words.
 */
VMW_API int vmw_nl_set_policy(struct vmw_nl *nl, const struct vmw_nl_policy_change *c);

/* ---- sessions ------------------------------------------------------------ */

/* Targets; equal to VMWRITE_TARGET_*. */
#define VMW_NL_TARGET_PROCESS		1
#define VMW_NL_TARGET_KERNEL		2

/* A process that uses vmwrite. */
struct vmw_nl_writer {
	uint32_t tgid;		/* the process, in the initial pid namespace */
	uint32_t pid;		/* its thread */
	uint32_t uid;		/* its real uid, in the initial user namespace */
	/*
	 * Its command name, "" if not reported.  Chosen by whoever runs the
	 * process: escape it before printing it.
	 */
	const char *comm;
};

/* The session was revoked: its operations fail with ECONNABORTED. */
#define VMW_NL_SESSION_REVOKED		(1U << 0)

struct vmw_nl_session {
	size_t sz;		/* out: the size this library filled */
	uint64_t id;		/* unique until the module is unloaded */
	struct vmw_nl_writer owner;	/* the process that attached it */
	unsigned int target_kind;	/* VMW_NL_TARGET_* */
	uint32_t target_tgid;	/* a process target's tgid at attach; 0 if unknown */
	unsigned int access;	/* VMW_ACCESS_* the session holds */
	unsigned int flags;	/* VMW_NL_SESSION_REVOKED */
	uint64_t age_ns;	/* since it attached */
	struct vmw_nl_counters counters;
};

/*
 * Called for each session; the struct and its strings are valid during
 * the call only.  0 goes on, a positive value stops the listing and
 * becomes its result.
 */
typedef int vmw_nl_session_fn(const struct vmw_nl_session *s, void *ctx);

/**
 * vmw_nl_sessions() - the sessions attached now, one call of @fn each
 * @nl:  the handle
 * @fn:  called for each session
 * @ctx: passed to @fn
 *
 * Needs CAP_SYS_ADMIN.  The listing is a snapshot taken in parts:
 * sessions that attach or end meanwhile may or may not be in it.
 *
 * Return: 0 after the last session, the positive value of @fn that
 * stopped it, or -EINVAL (@nl or @fn NULL), -EPERM (no CAP_SYS_ADMIN),
 * -EOPNOTSUPP (the module cannot list sessions), -EPROTO, or another
 * error of the request.
 */
VMW_API int vmw_nl_sessions(struct vmw_nl *nl, vmw_nl_session_fn *fn, void *ctx);

/**
 * vmw_nl_revoke() - end what session @id may do
 * @nl: the handle
 * @id: the session's &vmw_nl_session.id
 *
 * Needs CAP_SYS_ADMIN.  The session's transfers fail with ECONNABORTED
 * from then on; its owner still holds it open until it closes it.
 *
 * Return: 0, or -EINVAL (@nl NULL), -ENOENT (no session @id), -EPERM
 * (no CAP_SYS_ADMIN), -EOPNOTSUPP (the module cannot revoke sessions), or
 * another error of the request.
 */
VMW_API int vmw_nl_revoke(struct vmw_nl *nl, uint64_t id);

/* ---- events -------------------------------------------------------------- */

/* What an event reports; the module's ones equal VMWRITE_EV_*. */
#define VMW_NL_EV_ATTACH	32	/* a session attached */
#define VMW_NL_EV_DETACH	33	/* a session ended, with its totals */
#define VMW_NL_EV_WRITE		34	/* a write, done or failed */
#define VMW_NL_EV_READ		35	/* a read, when the policy audits reads */
#define VMW_NL_EV_CMPXCHG	36	/* a compare-and-write */
#define VMW_NL_EV_REFUSED	37	/* an attach or transfer refused: @op, @error */
/*
 * From this library, not the module: events were lost.  With
 * VMW_NL_EV_HAS_SEQ, @lost of them numbered from @seq: a gap in the
 * numbers that stayed open.  Without it, @lost of them whose numbers were
 * not kept (more gaps at once than the library tracks); or, with @lost
 * 0, an unknown number: the socket's queue overflowed (recv() failed with
 * ENOBUFS), and the gap it leaves in the numbers will tell.
 */
#define VMW_NL_EV_LOST		256

/* Which fields of struct vmw_nl_event the event carried. */
#define VMW_NL_EV_HAS_SEQ		(1U << 0)
#define VMW_NL_EV_HAS_SESSION		(1U << 1)
#define VMW_NL_EV_HAS_WRITER		(1U << 2)
#define VMW_NL_EV_HAS_TARGET_KIND	(1U << 3)
#define VMW_NL_EV_HAS_TARGET_TGID	(1U << 4)
#define VMW_NL_EV_HAS_ACCESS		(1U << 5)
#define VMW_NL_EV_HAS_ADDR		(1U << 6)
#define VMW_NL_EV_HAS_LEN		(1U << 7)
#define VMW_NL_EV_HAS_DONE		(1U << 8)
#define VMW_NL_EV_HAS_ERROR		(1U << 9)
#define VMW_NL_EV_HAS_FLAGS		(1U << 10)
#define VMW_NL_EV_HAS_OP		(1U << 11)
#define VMW_NL_EV_HAS_COUNTERS		(1U << 12)

/* A kernel write to read-only text or rodata; equal to VMWRITE_RW_F_TEXT. */
#define VMW_NL_RW_TEXT		(1U << 0)

struct vmw_nl_event {
	size_t sz;		/* out: the size this library filled */
	unsigned int type;	/* VMW_NL_EV_*, or a newer module's event */
	unsigned int has;	/* VMW_NL_EV_HAS_* */
	uint64_t seq;		/* the event's number, one sequence for all */
	uint64_t lost;		/* VMW_NL_EV_LOST: how many, 0 if unknown */
	uint64_t session;	/* the session's id; a refused attach has none */
	struct vmw_nl_writer writer;	/* who made the event happen */
	unsigned int target_kind;	/* VMW_NL_TARGET_* */
	uint32_t target_tgid;	/* attach: a process target's tgid */
	unsigned int access;	/* attach: VMW_ACCESS_* granted */
	uint64_t addr;		/* transfers: where it began */
	uint64_t len;		/* the bytes it asked for */
	uint64_t done;		/* the bytes it moved */
	int error;		/* the positive errno it failed with, or 0 */
	unsigned int flags;	/* VMW_NL_RW_TEXT */
	unsigned int op;	/* VMW_NL_EV_REFUSED: the event it would have been */
	struct vmw_nl_counters counters;	/* detach: the session's totals */
};

/**
 * vmw_nl_subscribe() - receive the audit events from now on
 * @nl: the handle
 *
 * Joins the family's multicast group "audit" on a socket of its own:
 * requests made through @nl meanwhile are not disturbed.  Needs
 * CAP_SYS_ADMIN, checked once, here.  Events arrive on vmw_nl_fd(); read
 * them with vmw_nl_read_events().
 *
 * Return: 0 (also if already subscribed), or -EINVAL (@nl NULL), -EPERM
 * (no CAP_SYS_ADMIN), -ENOENT (the module has no group "audit"), -ENOMEM,
 * or an error of socket(2), bind(2) and setsockopt(2).
 */
VMW_API int vmw_nl_subscribe(struct vmw_nl *nl);

/**
 * vmw_nl_fd() - the file descriptor to poll for events
 * @nl: the handle
 *
 * Readable (POLLIN) when events are waiting.  Never read it directly.
 *
 * Return: the descriptor, or -EINVAL before vmw_nl_subscribe().
 */
VMW_API int vmw_nl_fd(const struct vmw_nl *nl);

/**
 * vmw_nl_timeout() - how long to poll before reading events anyway
 * @nl: the handle
 *
 * Events of writers on different CPUs may arrive out of the order of
 * their numbers, so a gap is reported lost only once it stayed open for a
 * second.  Pass this to poll(2) with vmw_nl_fd(), then call
 * vmw_nl_read_events() even if nothing arrived.
 *
 * Return: milliseconds until a gap is due, or -1 (no gap is open, or
 * @nl is NULL or not subscribed).
 */
VMW_API int vmw_nl_timeout(const struct vmw_nl *nl);

/*
 * Called for each event; the struct and its strings are valid during the
 * call only.  0 goes on, a positive value stops vmw_nl_read_events() and
 * becomes its result (the next call carries on).
 */
typedef int vmw_nl_event_fn(const struct vmw_nl_event *ev, void *ctx);

/**
 * vmw_nl_read_events() - hand every event waiting to @fn, without blocking
 * @nl:  a subscribed handle
 * @fn:  called for each event, and for each loss (VMW_NL_EV_LOST)
 * @ctx: passed to @fn
 *
 * Events come in the order they arrived, at once; losses when they are
 * known: an overflow of the socket's queue as soon as recv() reports it,
 * a gap in the numbers once it stayed open (see vmw_nl_timeout()).
 * Messages not from the kernel are ignored.
 *
 * Return: 0 once nothing more is waiting, the positive value of @fn that
 * stopped it, or -EINVAL (@nl or @fn NULL, or not subscribed), -EPROTO
 * (an event this library cannot read), or an error of recv(2).
 */
VMW_API int vmw_nl_read_events(struct vmw_nl *nl, vmw_nl_event_fn *fn, void *ctx);

#ifdef __cplusplus
}
#endif

#endif /* LIBVMWRITE_NETLINK_H */
