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
 * @out:   receives the handle on success, %NULL on failure
 *
 * Opens a generic netlink socket and resolves the family "vmwrite".  Every
 * user may open one, and read the counters and the policy; listing and
 * revoking sessions, changing the policy and subscribing to the events
 * need %CAP_SYS_ADMIN, which the module checks on each request.
 *
 * Return: 0, or a negative errno:
 *
 *  * %-EINVAL: @flags is not 0, or @out is %NULL.
 *  * %-ENOENT: there is no family "vmwrite": the module is not loaded, is
 *    older than its netlink family, or the caller is in another network
 *    namespace than the initial one, where the family does not exist.
 *    /sys/module/vmwrite tells the first from the others.
 *  * %-ENOMEM: out of memory.
 *  * Other: errors of socket(2) and bind(2) on a netlink socket.
 */
VMW_API int vmw_nl_open(unsigned int flags, struct vmw_nl **out);

/**
 * vmw_nl_close() - close a handle's sockets and free it
 * @nl: a handle, or %NULL (a no-op)
 */
VMW_API void vmw_nl_close(struct vmw_nl *nl);

/**
 * vmw_nl_error_message() - what the module said of the last request
 * @nl: the handle
 *
 * The message of the module's netlink extended acknowledgement of the last
 * request made through @nl, failed or not ("needs CAP_SYS_ADMIN", "the
 * policy is locked: it can only be tightened until the module is
 * unloaded", ...), valid until the next request or vmw_nl_close().
 *
 * Return: the message, or %NULL if the module gave none.
 */
VMW_API const char *vmw_nl_error_message(const struct vmw_nl *nl);

/* ---- counters ------------------------------------------------------------ */

/**
 * struct vmw_nl_counters - totals of a session, or of all sessions with one
 * kind of target
 * @attaches:      sessions attached
 * @writes:        writes and compare-and-writes that stored
 * @reads:         reads that moved bytes
 * @bytes_written: bytes written
 * @bytes_read:    bytes read
 * @refusals:      attaches and transfers refused before they began
 * @faults:        transfers that stopped on an error
 * @reserved:      later counters; 0
 */
struct vmw_nl_counters {
	uint64_t attaches;
	uint64_t writes;
	uint64_t reads;
	uint64_t bytes_written;
	uint64_t bytes_read;
	uint64_t refusals;
	uint64_t faults;
	uint64_t reserved[9];
};

/**
 * struct vmw_nl_event_counts - what became of the audit events
 * @sent:            numbered and handed to netlink (%VMWRITE_E_SENT)
 * @no_memory:       numbered, never sent: a gap in the numbers
 *                   (%VMWRITE_E_NO_MEMORY)
 * @unheard:         sent while no listener took them (%VMWRITE_E_UNHEARD)
 * @delivery_failed: a listener that asked to know missed them
 *                   (%VMWRITE_E_DELIVERY_FAILED)
 * @reserved:        later counts; 0
 */
struct vmw_nl_event_counts {
	uint64_t sent;
	uint64_t no_memory;
	uint64_t unheard;
	uint64_t delivery_failed;
	uint64_t reserved[4];
};

/**
 * struct vmw_nl_stats - the module's counters, from vmw_nl_get_stats()
 * @sz:      in: sizeof(struct vmw_nl_stats)
 * @process: sessions with processes
 * @kernel:  sessions with the kernel
 * @events:  what became of the audit events
 */
struct vmw_nl_stats {
	size_t sz;
	struct vmw_nl_counters process;
	struct vmw_nl_counters kernel;
	struct vmw_nl_event_counts events;
};

/**
 * vmw_nl_get_stats() - the module's counters, since it was loaded
 * @nl: the handle
 * @st: filled in; set its sz first
 *
 * From %VMWRITE_CMD_GET_STATS, open to every user.  Counters the module
 * does not report are 0, and so are those of a kind of target this
 * library does not know.
 *
 * Return: 0, or %-EINVAL (@nl or @st %NULL, its sz smaller than the first
 * version of the struct), %-EOPNOTSUPP (the module has no GET_STATS),
 * %-EPROTO (a reply this library cannot read), or another error of the
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

/**
 * struct vmw_nl_policy - the policy, from vmw_nl_get_policy()
 * @sz:      in: sizeof(struct vmw_nl_policy)
 * @known:   the VMW_NL_POLICY_* settings the module reported
 * @allowed: those in effect: the policy within the ceiling
 * @ceiling: the most the module's parameters let the policy allow: kernel
 *           writes need allow_kernel_write, text writes also
 *           allow_text_write; the others have no parameter
 * @flags:   %VMW_NL_POLICY_LOCKED
 */
struct vmw_nl_policy {
	size_t sz;
	unsigned int known;
	unsigned int allowed;
	unsigned int ceiling;
	unsigned int flags;
};

/**
 * vmw_nl_get_policy() - what sessions may do now
 * @nl: the handle
 * @p:  filled in; set its sz first
 *
 * The policy in effect, its ceiling and whether it is locked, from
 * %VMWRITE_CMD_GET_POLICY.  Open to every user: a user refused by the
 * policy may see why.  A setting in known but not in allowed is off.  A
 * change applies to the next transfer of every session.
 *
 * Return: 0, or %-EINVAL (@nl or @p %NULL, its sz too small),
 * %-EOPNOTSUPP (the module has no GET_POLICY), %-EPROTO, or another error
 * of the request.
 */
VMW_API int vmw_nl_get_policy(struct vmw_nl *nl, struct vmw_nl_policy *p);

/**
 * struct vmw_nl_policy_change - a change of the policy, for vmw_nl_set_policy()
 * @sz:    sizeof(struct vmw_nl_policy_change)
 * @on:    VMW_NL_POLICY_* settings to turn on
 * @off:   ... and to turn off; the rest stay
 * @flags: %VMW_NL_POLICY_LOCKED: lock, once changed
 */
struct vmw_nl_policy_change {
	size_t sz;
	unsigned int on;
	unsigned int off;
	unsigned int flags;
};

/**
 * vmw_nl_set_policy() - change the policy, all of a change or nothing
 * @nl: the handle
 * @c:  the change; a larger struct of a newer header is accepted if the
 *      fields this library does not know are 0
 *
 * Changes the settings in @c->on and @c->off, all of them or none, and
 * with %VMW_NL_POLICY_LOCKED locks the policy afterwards
 * (%VMWRITE_CMD_SET_POLICY).  Needs %CAP_SYS_ADMIN.  Never beyond the
 * ceiling the module parameters set; once the policy is locked, only
 * tighter: a right taken away, or auditing of reads turned on.  Locking
 * is undone only by unloading the module.  A change that changes nothing
 * is not an error; one that neither sets nor locks anything is refused by
 * the module.
 *
 * Return: 0, or a negative errno; vmw_nl_error_message() has the module's
 * words:
 *
 *  * %-EINVAL: @nl or @c is %NULL; its sz is unknown or a newer field is
 *    set; a setting is both on and off; a setting or flag is unknown.
 *    Nothing is sent.  Or the module found the request malformed.
 *  * %-EPERM: the caller lacks %CAP_SYS_ADMIN; or the policy is locked and
 *    the change loosens it (a right granted, auditing of reads turned
 *    off); or it asks beyond the ceiling.  The module's message says
 *    which, naming the parameter.
 *  * %-EOPNOTSUPP: the module cannot change its policy (it is older than
 *    that).
 *  * Other: errors of the request.
 */
VMW_API int vmw_nl_set_policy(struct vmw_nl *nl, const struct vmw_nl_policy_change *c);

/* ---- sessions ------------------------------------------------------------ */

/* Targets; equal to VMWRITE_TARGET_*. */
#define VMW_NL_TARGET_PROCESS		1
#define VMW_NL_TARGET_KERNEL		2

/**
 * struct vmw_nl_writer - a process that uses vmwrite
 * @tgid: the process, in the initial pid namespace
 * @pid:  its thread
 * @uid:  its real uid, in the initial user namespace
 * @comm: its command name, "" if not reported.  Chosen by whoever runs the
 *        process: escape it before printing it.
 */
struct vmw_nl_writer {
	uint32_t tgid;
	uint32_t pid;
	uint32_t uid;
	const char *comm;
};

/* The session was revoked: its operations fail with ECONNABORTED. */
#define VMW_NL_SESSION_REVOKED		(1U << 0)

/**
 * struct vmw_nl_session - a session, as vmw_nl_sessions() lists it
 * @sz:          out: the size this library filled
 * @id:          unique until the module is unloaded
 * @owner:       the process that attached it
 * @target_kind: %VMW_NL_TARGET_PROCESS or %VMW_NL_TARGET_KERNEL
 * @target_tgid: a process target's tgid at attach; 0 if unknown
 * @access:      VMW_ACCESS_* the session holds
 * @flags:       %VMW_NL_SESSION_REVOKED
 * @age_ns:      since it attached
 * @counters:    its totals
 */
struct vmw_nl_session {
	size_t sz;
	uint64_t id;
	struct vmw_nl_writer owner;
	unsigned int target_kind;
	uint32_t target_tgid;
	unsigned int access;
	unsigned int flags;
	uint64_t age_ns;
	struct vmw_nl_counters counters;
};

/**
 * typedef vmw_nl_session_fn - called by vmw_nl_sessions() for each session
 * @s:   the session
 * @ctx: the ctx given to vmw_nl_sessions()
 *
 * The struct and its strings are valid during the call only.
 *
 * Return: 0 goes on; a positive value stops the listing and becomes its
 * result.
 */
typedef int vmw_nl_session_fn(const struct vmw_nl_session *s, void *ctx);

/**
 * vmw_nl_sessions() - the sessions attached now, one callback each
 * @nl:  the handle
 * @fn:  called for each session
 * @ctx: passed to @fn
 *
 * Calls @fn for each session attached now (%VMWRITE_CMD_GET_SESSIONS, a
 * dump).  Needs %CAP_SYS_ADMIN.  The listing is a snapshot taken in parts:
 * sessions that attach or end meanwhile may or may not be in it.  After
 * @fn stopped it, the rest of the dump is read and dropped.
 *
 * Return: 0 after the last session, the positive value of @fn that
 * stopped it, or %-EINVAL (@nl or @fn %NULL), %-EPERM (no
 * %CAP_SYS_ADMIN), %-EOPNOTSUPP (the module cannot list sessions),
 * %-EPROTO, or another error of the request.
 */
VMW_API int vmw_nl_sessions(struct vmw_nl *nl, vmw_nl_session_fn *fn, void *ctx);

/**
 * vmw_nl_revoke() - end what a session may do
 * @nl: the handle
 * @id: the session's id, from vmw_nl_sessions() or an event
 *
 * From %VMWRITE_CMD_REVOKE_SESSION.  Needs %CAP_SYS_ADMIN.  From then on
 * the session's transfers fail with %-ECONNABORTED (the vmwrite tool says
 * "the session was revoked"); its owner still holds it open, listed with
 * %VMW_NL_SESSION_REVOKED, until it closes it.
 *
 * Return: 0, or %-EINVAL (@nl %NULL), %-ENOENT (no session @id), %-EPERM
 * (no %CAP_SYS_ADMIN), %-EOPNOTSUPP (the module cannot revoke sessions), or
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
/* From this library, not the module: events were lost; see struct vmw_nl_event. */
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

/**
 * struct vmw_nl_event - an audit event, or a loss of some
 * @sz:          out: the size this library filled
 * @type:        the event, see below
 * @has:         VMW_NL_EV_HAS_*: the fields the event carried; the others
 *               are 0
 * @seq:         the event's number, one sequence for all
 * @lost:        %VMW_NL_EV_LOST: how many, 0 if unknown
 * @session:     the session's id; a refused attach has none
 * @writer:      who made the event happen
 * @target_kind: VMW_NL_TARGET_*
 * @target_tgid: attach: a process target's tgid
 * @access:      attach: VMW_ACCESS_* granted
 * @addr:        transfers: where it began
 * @len:         the bytes it asked for
 * @done:        the bytes it moved
 * @error:       the positive errno it failed with, or 0
 * @flags:       %VMW_NL_RW_TEXT
 * @op:          %VMW_NL_EV_REFUSED: the event it would have been
 * @counters:    detach: the session's totals
 *
 * @type is one of the module's events, whose values equal VMWRITE_EV_*:
 * %VMW_NL_EV_ATTACH, %VMW_NL_EV_DETACH, %VMW_NL_EV_WRITE, %VMW_NL_EV_READ
 * (only while the policy audits reads), %VMW_NL_EV_CMPXCHG and
 * %VMW_NL_EV_REFUSED; or %VMW_NL_EV_LOST from the library; or the number
 * of an event of a newer module, handed over as it came.
 *
 * Events are numbered when the module makes them; writers on different
 * CPUs may send them out of that order, so a missing number is first a
 * gap, and the library calls its events lost only once the gap stayed open
 * for a second.  Losses come as %VMW_NL_EV_LOST events, when known:
 *
 * * with %VMW_NL_EV_HAS_SEQ: @lost events numbered from @seq;
 * * without it and with @lost 0: the socket's receive queue overflowed
 *   (recv(2) failed with ENOBUFS), and netlink dropped an unknown number
 *   of events; the gap they leave follows, as the next events arrive;
 * * without it and with @lost greater than 0: that many events lost whose
 *   numbers were not kept, when more gaps were open at once than the
 *   library tracks (64).
 */
struct vmw_nl_event {
	size_t sz;
	unsigned int type;
	unsigned int has;
	uint64_t seq;
	uint64_t lost;
	uint64_t session;
	struct vmw_nl_writer writer;
	unsigned int target_kind;
	uint32_t target_tgid;
	unsigned int access;
	uint64_t addr;
	uint64_t len;
	uint64_t done;
	int error;
	unsigned int flags;
	unsigned int op;
	struct vmw_nl_counters counters;
};

/**
 * vmw_nl_subscribe() - receive the audit events from now on
 * @nl: the handle
 *
 * Joins the family's multicast group "audit" on a socket of the handle's
 * own, non-blocking: requests made through @nl meanwhile are not
 * disturbed.  Needs %CAP_SYS_ADMIN, checked once, here: keep the handle to
 * yourself.  Events arrive on vmw_nl_fd(); read them with
 * vmw_nl_read_events().
 *
 * Return: 0 (also if already subscribed), or %-EINVAL (@nl %NULL), %-EPERM
 * (no %CAP_SYS_ADMIN), %-ENOENT (the module has no group "audit"),
 * %-ENOMEM, or an error of socket(2), bind(2) and setsockopt(2).
 */
VMW_API int vmw_nl_subscribe(struct vmw_nl *nl);

/**
 * vmw_nl_fd() - the file descriptor to poll for events
 * @nl: the handle
 *
 * Readable (%POLLIN) when events are waiting: the descriptor to give
 * poll(2).  Never read from it directly.
 *
 * Return: the descriptor, or %-EINVAL before vmw_nl_subscribe().
 */
VMW_API int vmw_nl_fd(const struct vmw_nl *nl);

/**
 * vmw_nl_timeout() - how long to poll before reading events anyway
 * @nl: the handle
 *
 * Events of writers on different CPUs may arrive out of the order of
 * their numbers, so a gap is reported lost only once it stayed open for a
 * second.  Pass this to poll(2) with vmw_nl_fd(), then call
 * vmw_nl_read_events() even if nothing arrived: it reports the loss.
 *
 * Return: milliseconds until a gap is due to be reported lost, 0 if one is
 * due now, or -1 if no gap is open (and for a %NULL or unsubscribed
 * handle).
 */
VMW_API int vmw_nl_timeout(const struct vmw_nl *nl);

/**
 * typedef vmw_nl_event_fn - called by vmw_nl_read_events() for each event
 * @ev:  the event, or a loss (%VMW_NL_EV_LOST)
 * @ctx: the ctx given to vmw_nl_read_events()
 *
 * The struct and its strings are valid during the call only.
 *
 * Return: 0 goes on; a positive value stops vmw_nl_read_events() and
 * becomes its result, and the next call carries on with the next event.
 */
typedef int vmw_nl_event_fn(const struct vmw_nl_event *ev, void *ctx);

/**
 * vmw_nl_read_events() - read the waiting events, without blocking
 * @nl:  a subscribed handle
 * @fn:  called for each event, and for each loss (%VMW_NL_EV_LOST)
 * @ctx: passed to @fn
 *
 * Events come in the order they arrived, at once; then the losses now
 * known: an overflow of the socket's queue as soon as recv() reports it,
 * a gap in the numbers once it stayed open (see vmw_nl_timeout()).
 * Messages that did not come from the kernel are dropped (any process may
 * send to a netlink socket's port).
 *
 * Return: 0 once nothing more is waiting, the positive value of @fn that
 * stopped it (the next call carries on with the next event), or %-EINVAL
 * (@nl or @fn %NULL, or not subscribed), %-EPROTO (an event this library
 * cannot read), or an error of recv(2).
 */
VMW_API int vmw_nl_read_events(struct vmw_nl *nl, vmw_nl_event_fn *fn, void *ctx);

#ifdef __cplusplus
}
#endif

#endif /* LIBVMWRITE_NETLINK_H */
