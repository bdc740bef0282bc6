// SPDX-License-Identifier: GPL-2.0
/*
 * The vmwrite generic netlink family: what sessions do, told as it happens
 * to the listeners of the "audit" group, and the counters behind it.
 *
 * Who may listen: the events name kernel addresses and other users'
 * activity.  The family lives in the initial network namespace only
 * (netnsok false), and joining the group needs CAP_SYS_ADMIN in the user
 * namespace of the socket's network namespace (GENL_MCAST_CAP_SYS_ADMIN),
 * which for the initial network namespace is the initial user namespace.
 * The check is made once, when the socket joins: a socket handed on keeps
 * receiving.
 *
 * Cost: an event is built only when the group has a listener, with
 * GFP_NOWAIT, and sent without waiting for anyone; what fails is counted.
 * Events are numbered by one global sequence, bumped once per event
 * built, so that a listener sees a gap where it missed one.  Callers emit
 * from task context with no lock held (netlink_broadcast() sleeps on
 * PREEMPT_RT).
 */

#include <linux/cred.h>
#include <linux/percpu.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <net/genetlink.h>
#include <linux/vmwrite.h>

#include "internal.h"

#ifndef GENL_MCAST_CAP_SYS_ADMIN
#error "this kernel cannot restrict a multicast group to CAP_SYS_ADMIN"
#endif

/* Target kinds are VMWRITE_TARGET_PROCESS (1) and VMWRITE_TARGET_KERNEL (2). */
#define VMWRITE_KINDS	2

/* Per CPU, each kind's counters. */
static DEFINE_PER_CPU(struct vmwrite_counts, vmwrite_process_counts);
static DEFINE_PER_CPU(struct vmwrite_counts, vmwrite_kernel_counts);
static struct vmwrite_counts __percpu *const vmwrite_kind_counts[VMWRITE_KINDS] = {
	&vmwrite_process_counts,
	&vmwrite_kernel_counts,
};

/* Per CPU, what became of events (enum vmwrite_events_attr). */
struct vmwrite_event_stats {
	u64 sent;
	u64 no_memory;
	u64 unheard;
	u64 delivery_failed;
};

static DEFINE_PER_CPU(struct vmwrite_event_stats, vmwrite_event_stats);
static atomic64_t vmwrite_event_seq = ATOMIC64_INIT(0);

static const struct genl_multicast_group vmwrite_mcgrps[] = {
	{ .name = VMWRITE_GENL_MCGRP_AUDIT, .flags = GENL_MCAST_CAP_SYS_ADMIN },
};

/*
 * Strict validation (resv_start_op 0): an attribute a request does not
 * take is refused, as is an unknown one or one of the wrong type.
 */
static const struct nla_policy vmwrite_no_attrs[VMWRITE_A_MAX + 1] = {
};

static const struct nla_policy vmwrite_set_policy_attrs[VMWRITE_A_MAX + 1] = {
	[VMWRITE_A_P_PROCESS_WRITES]	= NLA_POLICY_MAX(NLA_U8, 1),
	[VMWRITE_A_P_KERNEL_READS]	= NLA_POLICY_MAX(NLA_U8, 1),
	[VMWRITE_A_P_KERNEL_WRITES]	= NLA_POLICY_MAX(NLA_U8, 1),
	[VMWRITE_A_P_TEXT_WRITES]	= NLA_POLICY_MAX(NLA_U8, 1),
	[VMWRITE_A_P_AUDIT_READS]	= NLA_POLICY_MAX(NLA_U8, 1),
	/* Locking is one-way: only 1. */
	[VMWRITE_A_P_LOCKED]		= NLA_POLICY_RANGE(NLA_U8, 1, 1),
};

static const struct nla_policy vmwrite_revoke_attrs[VMWRITE_A_MAX + 1] = {
	[VMWRITE_A_SESSION_ID]		= { .type = NLA_U64 },
};

static int vmwrite_nl_get_stats(struct sk_buff *skb, struct genl_info *info);
static int vmwrite_nl_get_policy(struct sk_buff *skb, struct genl_info *info);
static int vmwrite_nl_set_policy(struct sk_buff *skb, struct genl_info *info);
static int vmwrite_nl_sessions_start(struct netlink_callback *cb);
static int vmwrite_nl_sessions_dump(struct sk_buff *skb,
				    struct netlink_callback *cb);
static int vmwrite_nl_revoke(struct sk_buff *skb, struct genl_info *info);

/* genl_ops, not small ops: the dump checks its caller in .start. */
static const struct genl_ops vmwrite_ops[] = {
	{
		.cmd		= VMWRITE_CMD_GET_STATS,
		.doit		= vmwrite_nl_get_stats,
		.policy		= vmwrite_no_attrs,
		.maxattr	= VMWRITE_A_MAX,
	},
	{
		.cmd		= VMWRITE_CMD_GET_POLICY,
		.doit		= vmwrite_nl_get_policy,
		.policy		= vmwrite_no_attrs,
		.maxattr	= VMWRITE_A_MAX,
	},
	{
		.cmd		= VMWRITE_CMD_SET_POLICY,
		.doit		= vmwrite_nl_set_policy,
		.policy		= vmwrite_set_policy_attrs,
		.maxattr	= VMWRITE_A_MAX,
	},
	{
		.cmd		= VMWRITE_CMD_GET_SESSIONS,
		.start		= vmwrite_nl_sessions_start,
		.dumpit		= vmwrite_nl_sessions_dump,
		.policy		= vmwrite_no_attrs,
		.maxattr	= VMWRITE_A_MAX,
	},
	{
		.cmd		= VMWRITE_CMD_REVOKE_SESSION,
		.doit		= vmwrite_nl_revoke,
		.policy		= vmwrite_revoke_attrs,
		.maxattr	= VMWRITE_A_MAX,
	},
};

static struct genl_family vmwrite_family __ro_after_init = {
	.name		= VMWRITE_GENL_NAME,
	.version	= VMWRITE_GENL_VERSION,
	.netnsok	= false,
	.module		= THIS_MODULE,
	.ops		= vmwrite_ops,
	.n_ops		= ARRAY_SIZE(vmwrite_ops),
	.resv_start_op	= 0,
	.mcgrps		= vmwrite_mcgrps,
	.n_mcgrps	= ARRAY_SIZE(vmwrite_mcgrps),
};

static bool vmwrite_kind_ok(u32 kind)
{
	return kind >= VMWRITE_TARGET_PROCESS && kind <= VMWRITE_KINDS;
}

/* ---- events ---------------------------------------------------------------- */

/*
 * Room for the largest event: header, writer, target and a batch listing
 * VMWRITE_EV_SEGS_MAX segments (about 70 bytes each).
 */
#define VMWRITE_EVENT_SIZE	(NLMSG_GOODSIZE < 1024 ? NLMSG_GOODSIZE : 1024)

/* A process, as the VMWRITE_A_WRITER_* attributes name it. */
static int vmwrite_put_writer(struct sk_buff *skb, u32 tgid, u32 pid, u32 uid,
			      const char *comm)
{
	if (nla_put_u32(skb, VMWRITE_A_WRITER_TGID, tgid) ||
	    nla_put_u32(skb, VMWRITE_A_WRITER_PID, pid) ||
	    nla_put_u32(skb, VMWRITE_A_WRITER_UID, uid) ||
	    nla_put_string(skb, VMWRITE_A_WRITER_COMM, comm))
		return -EMSGSIZE;
	return 0;
}

/* The process calling: who an event is about. */
static int vmwrite_put_current(struct sk_buff *skb)
{
	char comm[TASK_COMM_LEN];

	get_task_comm(comm, current);
	return vmwrite_put_writer(skb, task_tgid_nr(current), task_pid_nr(current),
				  from_kuid_munged(&init_user_ns, current_uid()),
				  comm);
}

/*
 * A new event @cmd with its number and writer, or NULL: no listener, or
 * no memory (counted, and the number is then a gap).
 */
static struct sk_buff *vmwrite_event_new(u8 cmd, void **hdr)
{
	struct sk_buff *skb;
	u64 seq;

	if (!genl_has_listeners(&vmwrite_family, &init_net, 0))
		return NULL;
	seq = atomic64_inc_return(&vmwrite_event_seq);
	skb = genlmsg_new(VMWRITE_EVENT_SIZE, GFP_NOWAIT | __GFP_NOWARN);
	if (!skb)
		goto nomem;
	*hdr = genlmsg_put(skb, 0, 0, &vmwrite_family, 0, cmd);
	if (!*hdr ||
	    nla_put_u64_64bit(skb, VMWRITE_A_SEQ, seq, VMWRITE_A_PAD) ||
	    vmwrite_put_current(skb)) {
		nlmsg_free(skb);
		goto nomem;
	}
	return skb;
nomem:
	this_cpu_inc(vmwrite_event_stats.no_memory);
	return NULL;
}

static void vmwrite_event_send(struct sk_buff *skb, void *hdr)
{
	int err;

	genlmsg_end(skb, hdr);
	err = genlmsg_multicast(&vmwrite_family, skb, 0, 0,
				GFP_NOWAIT | __GFP_NOWARN);
	this_cpu_inc(vmwrite_event_stats.sent);
	if (err == -ESRCH)
		this_cpu_inc(vmwrite_event_stats.unheard);
	else if (err)
		this_cpu_inc(vmwrite_event_stats.delivery_failed);
}

static int vmwrite_put_session(struct sk_buff *skb, struct vmwrite_session *s)
{
	if (nla_put_u64_64bit(skb, VMWRITE_A_SESSION_ID, s->id, VMWRITE_A_PAD) ||
	    nla_put_u32(skb, VMWRITE_A_TARGET_KIND, s->kind))
		return -EMSGSIZE;
	return 0;
}

static int vmwrite_put_target_tgid(struct sk_buff *skb, struct vmwrite_session *s)
{
	if (s->target_tgid && nla_put_u32(skb, VMWRITE_A_TARGET_TGID, s->target_tgid))
		return -EMSGSIZE;
	return 0;
}

/* The message for an event that could not be built whole: drop it. */
static void vmwrite_event_drop(struct sk_buff *skb)
{
	nlmsg_free(skb);
	this_cpu_inc(vmwrite_event_stats.no_memory);
}

void vmwrite_attached(struct vmwrite_session *s)
{
	struct sk_buff *skb;
	void *hdr;

	if (!vmwrite_kind_ok(s->kind))
		return;
	this_cpu_inc(vmwrite_kind_counts[s->kind - 1]->attaches);
	this_cpu_inc(s->counts->attaches);
	skb = vmwrite_event_new(VMWRITE_EV_ATTACH, &hdr);
	if (!skb)
		return;
	if (vmwrite_put_session(skb, s) ||
	    vmwrite_put_target_tgid(skb, s) ||
	    nla_put_u32(skb, VMWRITE_A_ACCESS, s->access))
		vmwrite_event_drop(skb);
	else
		vmwrite_event_send(skb, hdr);
}

void vmwrite_attach_refused(u32 kind, int err)
{
	struct sk_buff *skb;
	void *hdr;

	if (!vmwrite_kind_ok(kind) || !vmwrite_err_is_refusal(err))
		return;
	this_cpu_inc(vmwrite_kind_counts[kind - 1]->refusals);
	if (kind == VMWRITE_TARGET_KERNEL)
		vmwrite_audit_kernel(VMWRITE_EV_ATTACH, 0, 0, 0, err, 0, 0);
	skb = vmwrite_event_new(VMWRITE_EV_REFUSED, &hdr);
	if (!skb)
		return;
	/* No session: it never attached. */
	if (nla_put_u32(skb, VMWRITE_A_TARGET_KIND, kind) ||
	    nla_put_u32(skb, VMWRITE_A_OP, VMWRITE_EV_ATTACH) ||
	    nla_put_u32(skb, VMWRITE_A_ERRNO, -err))
		vmwrite_event_drop(skb);
	else
		vmwrite_event_send(skb, hdr);
}

static int vmwrite_put_counters(struct sk_buff *skb, int type, const u64 *c)
{
	struct nlattr *nest = nla_nest_start(skb, type);
	int i;

	if (!nest)
		return -EMSGSIZE;
	/* VMWRITE_C_ATTACHES .. VMWRITE_C_FAULTS, in that order in @c. */
	for (i = VMWRITE_C_ATTACHES; i <= VMWRITE_C_MAX; i++)
		if (nla_put_u64_64bit(skb, i, c[i - VMWRITE_C_ATTACHES], VMWRITE_C_PAD))
			return -EMSGSIZE;
	nla_nest_end(skb, nest);
	return 0;
}

/* The sum over CPUs of @pc, in the order of enum vmwrite_counter_attr. */
static void vmwrite_counts_sum(struct vmwrite_counts __percpu *pc, u64 *c)
{
	int cpu;

	memset(c, 0, sizeof(u64) * VMWRITE_COUNTS);
	for_each_possible_cpu(cpu) {
		const struct vmwrite_counts *x = per_cpu_ptr(pc, cpu);

		c[0] += x->attaches;
		c[1] += x->writes;
		c[2] += x->reads;
		c[3] += x->bytes_written;
		c[4] += x->bytes_read;
		c[5] += x->refusals;
		c[6] += x->faults;
	}
}

static int vmwrite_put_session_counters(struct sk_buff *skb,
					struct vmwrite_session *s)
{
	u64 c[VMWRITE_COUNTS];

	vmwrite_counts_sum(s->counts, c);
	return vmwrite_put_counters(skb, VMWRITE_A_COUNTERS, c);
}

void vmwrite_event_detach(struct vmwrite_session *s)
{
	struct sk_buff *skb;
	void *hdr;

	skb = vmwrite_event_new(VMWRITE_EV_DETACH, &hdr);
	if (!skb)
		return;
	if (vmwrite_put_session(skb, s) ||
	    vmwrite_put_session_counters(skb, s))
		vmwrite_event_drop(skb);
	else
		vmwrite_event_send(skb, hdr);
}

/*
 * Count a transfer of session @s, in its totals and its kind's: per CPU,
 * so that a writer pays no atomic operation for it.
 */
void vmwrite_counted(struct vmwrite_session *s, bool write, ssize_t ret,
		     bool refused)
{
	struct vmwrite_counts __percpu *k = vmwrite_kind_counts[s->kind - 1];

	if (ret > 0 && write) {
		this_cpu_inc(k->writes);
		this_cpu_add(k->bytes_written, ret);
		this_cpu_inc(s->counts->writes);
		this_cpu_add(s->counts->bytes_written, ret);
	} else if (ret > 0) {
		this_cpu_inc(k->reads);
		this_cpu_add(k->bytes_read, ret);
		this_cpu_inc(s->counts->reads);
		this_cpu_add(s->counts->bytes_read, ret);
	} else if (refused) {
		this_cpu_inc(k->refusals);
		this_cpu_inc(s->counts->refusals);
	} else if (ret < 0) {
		this_cpu_inc(k->faults);
		this_cpu_inc(s->counts->faults);
	}
}

/**
 * vmwrite_session_counts_alloc() - the counters of a new session
 * @s: the session, not yet attached
 *
 * Return: 0 or -ENOMEM.
 */
int vmwrite_session_counts_alloc(struct vmwrite_session *s)
{
	s->counts = alloc_percpu(struct vmwrite_counts);
	return s->counts ? 0 : -ENOMEM;
}

void vmwrite_session_counts_free(struct vmwrite_session *s)
{
	free_percpu(s->counts);
}

/*
 * What a transfer asked and did, as its event (or a batch's segment)
 * tells it: where, how long, bytes moved, the positive errno, the flags.
 */
static int vmwrite_put_xfer(struct sk_buff *skb, u64 addr, u64 len, u64 done,
			    u32 err, u32 flags)
{
	if (nla_put_u64_64bit(skb, VMWRITE_A_ADDR, addr, VMWRITE_A_PAD) ||
	    nla_put_u64_64bit(skb, VMWRITE_A_LEN, len, VMWRITE_A_PAD) ||
	    nla_put_u64_64bit(skb, VMWRITE_A_DONE, done, VMWRITE_A_PAD) ||
	    nla_put_u32(skb, VMWRITE_A_ERRNO, err) ||
	    nla_put_u32(skb, VMWRITE_A_FLAGS, flags))
		return -EMSGSIZE;
	return 0;
}

void vmwrite_transferred(struct vmwrite_session *s, u8 ev, u64 addr, u64 len,
			 ssize_t ret, bool refused, u32 flags)
{
	struct sk_buff *skb;
	void *hdr;

	if (!vmwrite_kind_ok(s->kind))
		return;
	vmwrite_counted(s, ev != VMWRITE_EV_READ, ret, refused);
	if (s->kind == VMWRITE_TARGET_KERNEL && (ev != VMWRITE_EV_READ || refused))
		vmwrite_audit_kernel(ev, s->id, addr, len, ret, flags, 0);
	/* Reads are counted always, told when refused or the policy says. */
	if (ev == VMWRITE_EV_READ && !refused &&
	    !vmwrite_policy_allows(VMWRITE_POLICY_AUDIT_READS))
		return;
	skb = vmwrite_event_new(refused ? VMWRITE_EV_REFUSED : ev, &hdr);
	if (!skb)
		return;
	if (vmwrite_put_session(skb, s) ||
	    (refused && nla_put_u32(skb, VMWRITE_A_OP, ev)) ||
	    vmwrite_put_xfer(skb, addr, len, ret > 0 ? ret : 0,
			     ret < 0 ? -ret : 0, flags))
		vmwrite_event_drop(skb);
	else
		vmwrite_event_send(skb, hdr);
}

/* One segment of a batch in its event. */
static int vmwrite_put_seg(struct sk_buff *skb, const struct vmwrite_seg_report *e)
{
	struct nlattr *nest = nla_nest_start(skb, VMWRITE_A_SEG);

	if (!nest ||
	    vmwrite_put_xfer(skb, e->addr, e->len, e->ret > 0 ? e->ret : 0,
			     e->ret < 0 ? -e->ret : 0, e->flags))
		return -EMSGSIZE;
	nla_nest_end(skb, nest);
	return 0;
}

/**
 * vmwrite_batch_transferred() - tell a batch, as one event
 * @s:   the session
 * @ev:  VMWRITE_EV_WRITE or VMWRITE_EV_READ
 * @r:   what its segments did; each was counted (vmwrite_counted())
 * @err: what failed the call itself, 0 if nothing did
 *
 * A kernel target's batch is one audit record too, if it wrote.
 */
void vmwrite_batch_transferred(struct vmwrite_session *s, u8 ev,
			       const struct vmwrite_batch_report *r, int err)
{
	u64 addr = r->listed ? r->seg[0].addr : 0;
	struct sk_buff *skb;
	struct nlattr *nest;
	u32 i;
	void *hdr;

	if (!vmwrite_kind_ok(s->kind))
		return;
	if (s->kind == VMWRITE_TARGET_KERNEL && ev != VMWRITE_EV_READ &&
	    r->nr_segs)
		vmwrite_audit_kernel(ev, s->id, addr, r->len,
				     r->done ? (ssize_t)r->done : err, 0,
				     r->nr_segs);
	if (ev == VMWRITE_EV_READ &&
	    !vmwrite_policy_allows(VMWRITE_POLICY_AUDIT_READS))
		return;
	skb = vmwrite_event_new(ev, &hdr);
	if (!skb)
		return;
	if (vmwrite_put_session(skb, s) ||
	    vmwrite_put_xfer(skb, addr, r->len, r->done, -err, 0) ||
	    nla_put_u32(skb, VMWRITE_A_NR_SEGS, r->nr_segs))
		goto drop;
	nest = nla_nest_start(skb, VMWRITE_A_SEGS);
	if (!nest)
		goto drop;
	for (i = 0; i < r->listed; i++)
		if (vmwrite_put_seg(skb, &r->seg[i]))
			goto drop;
	nla_nest_end(skb, nest);
	vmwrite_event_send(skb, hdr);
	return;
drop:
	vmwrite_event_drop(skb);
}

/* ---- requests ------------------------------------------------------------- */

static int vmwrite_nl_get_stats(struct sk_buff *skb, struct genl_info *info)
{
	struct sk_buff *msg;
	struct nlattr *nest;
	u64 e[4] = { 0 };
	void *hdr;
	u32 kind;
	int cpu;

	msg = genlmsg_new(NLMSG_GOODSIZE, GFP_KERNEL);
	if (!msg)
		return -ENOMEM;
	hdr = genlmsg_put_reply(msg, info, &vmwrite_family, 0, VMWRITE_CMD_GET_STATS);
	if (!hdr)
		goto toobig;
	for (kind = VMWRITE_TARGET_PROCESS; kind <= VMWRITE_KINDS; kind++) {
		u64 c[VMWRITE_COUNTS];

		vmwrite_counts_sum(vmwrite_kind_counts[kind - 1], c);
		nest = nla_nest_start(msg, VMWRITE_A_KIND_STATS);
		if (!nest || nla_put_u32(msg, VMWRITE_A_TARGET_KIND, kind) ||
		    vmwrite_put_counters(msg, VMWRITE_A_COUNTERS, c))
			goto toobig;
		nla_nest_end(msg, nest);
	}
	for_each_possible_cpu(cpu) {
		const struct vmwrite_event_stats *st = per_cpu_ptr(&vmwrite_event_stats, cpu);

		e[0] += st->sent;
		e[1] += st->no_memory;
		e[2] += st->unheard;
		e[3] += st->delivery_failed;
	}
	nest = nla_nest_start(msg, VMWRITE_A_EVENTS);
	if (!nest ||
	    nla_put_u64_64bit(msg, VMWRITE_E_SENT, e[0], VMWRITE_E_PAD) ||
	    nla_put_u64_64bit(msg, VMWRITE_E_NO_MEMORY, e[1], VMWRITE_E_PAD) ||
	    nla_put_u64_64bit(msg, VMWRITE_E_UNHEARD, e[2], VMWRITE_E_PAD) ||
	    nla_put_u64_64bit(msg, VMWRITE_E_DELIVERY_FAILED, e[3], VMWRITE_E_PAD))
		goto toobig;
	nla_nest_end(msg, nest);
	genlmsg_end(msg, hdr);
	return genlmsg_reply(msg, info);
toobig:
	nlmsg_free(msg);
	return -EMSGSIZE;
}

/* The attribute of each VMWRITE_POLICY_* bit. */
static const u16 vmwrite_policy_attr[VMWRITE_POLICY_BITS] = {
	[VMWRITE_POLICY_PROCESS_WRITES]	= VMWRITE_A_P_PROCESS_WRITES,
	[VMWRITE_POLICY_KERNEL_READS]	= VMWRITE_A_P_KERNEL_READS,
	[VMWRITE_POLICY_KERNEL_WRITES]	= VMWRITE_A_P_KERNEL_WRITES,
	[VMWRITE_POLICY_TEXT_WRITES]	= VMWRITE_A_P_TEXT_WRITES,
	[VMWRITE_POLICY_AUDIT_READS]	= VMWRITE_A_P_AUDIT_READS,
};

static int vmwrite_put_policy_bits(struct sk_buff *msg, unsigned long bits)
{
	int b;

	for (b = 0; b < VMWRITE_POLICY_BITS; b++)
		if (nla_put_u8(msg, vmwrite_policy_attr[b], !!(bits & BIT(b))))
			return -EMSGSIZE;
	return 0;
}

/* Everyone may read the policy: a refused user needs to see why. */
static int vmwrite_nl_get_policy(struct sk_buff *skb, struct genl_info *info)
{
	struct vmwrite_policy_state p;
	struct sk_buff *msg;
	struct nlattr *nest;
	void *hdr;

	vmwrite_policy_get(&p);
	msg = genlmsg_new(NLMSG_GOODSIZE, GFP_KERNEL);
	if (!msg)
		return -ENOMEM;
	hdr = genlmsg_put_reply(msg, info, &vmwrite_family, 0, VMWRITE_CMD_GET_POLICY);
	if (!hdr || vmwrite_put_policy_bits(msg, p.allowed) ||
	    nla_put_u8(msg, VMWRITE_A_P_LOCKED, p.locked))
		goto toobig;
	nest = nla_nest_start(msg, VMWRITE_A_CEILING);
	if (!nest || vmwrite_put_policy_bits(msg, p.ceiling))
		goto toobig;
	nla_nest_end(msg, nest);
	genlmsg_end(msg, hdr);
	return genlmsg_reply(msg, info);
toobig:
	nlmsg_free(msg);
	return -EMSGSIZE;
}

/*
 * Changing the policy, listing and revoking sessions: CAP_SYS_ADMIN in
 * the initial user namespace, of both the socket's opener and the caller
 * (GENL_ADMIN_PERM would ask for CAP_NET_ADMIN, another domain).
 */
static int vmwrite_nl_admin(const struct sk_buff *skb,
			    struct netlink_ext_ack *extack)
{
	if (netlink_capable(skb, CAP_SYS_ADMIN))
		return 0;
	NL_SET_ERR_MSG(extack, "needs CAP_SYS_ADMIN");
	return -EPERM;
}

static int vmwrite_nl_set_policy(struct sk_buff *skb, struct genl_info *info)
{
	unsigned long mask = 0, on = 0;
	enum vmwrite_policy_bit bad;
	struct nlattr *lock, *a;
	int b, err;

	err = vmwrite_nl_admin(skb, info->extack);
	if (err)
		return err;
	for (b = 0; b < VMWRITE_POLICY_BITS; b++) {
		a = info->attrs[vmwrite_policy_attr[b]];
		if (!a)
			continue;
		mask |= BIT(b);
		if (nla_get_u8(a))
			on |= BIT(b);
	}
	lock = info->attrs[VMWRITE_A_P_LOCKED];
	if (!mask && !lock) {
		NL_SET_ERR_MSG(info->extack, "no policy attribute to set");
		return -EINVAL;
	}
	err = vmwrite_policy_set(mask, on, lock, &bad);
	if (!err)
		return 0;
	a = info->attrs[vmwrite_policy_attr[bad]];
	if (err == -EPERM)
		NL_SET_ERR_MSG_ATTR(info->extack, a,
				    "the policy is locked: it can only be tightened until the module is unloaded");
	else if (bad == VMWRITE_POLICY_TEXT_WRITES)
		NL_SET_ERR_MSG_ATTR(info->extack, a,
				    "beyond the ceiling: the module parameters allow_kernel_write and allow_text_write are not both on");
	else
		NL_SET_ERR_MSG_ATTR(info->extack, a,
				    "beyond the ceiling: the module parameter allow_kernel_write is off");
	/* Beyond the ceiling is refused as a locked policy is. */
	return -EPERM;
}

/* ---- sessions ------------------------------------------------------------- */

struct vmwrite_sessions_dump {
	struct sk_buff *skb;
	struct netlink_callback *cb;
	u64 last;
};

static int vmwrite_nl_put_session(struct vmwrite_session *s, void *arg)
{
	struct vmwrite_sessions_dump *d = arg;
	struct sk_buff *skb = d->skb;
	void *hdr;

	hdr = genlmsg_put(skb, NETLINK_CB(d->cb->skb).portid, d->cb->nlh->nlmsg_seq,
			  &vmwrite_family, NLM_F_MULTI, VMWRITE_CMD_GET_SESSIONS);
	if (!hdr)
		return -EMSGSIZE;
	if (vmwrite_put_session(skb, s) ||
	    vmwrite_put_writer(skb, s->owner_tgid, s->owner_pid, s->owner_uid,
			       s->owner_comm) ||
	    vmwrite_put_target_tgid(skb, s) ||
	    nla_put_u32(skb, VMWRITE_A_ACCESS, s->access) ||
	    vmwrite_put_session_counters(skb, s) ||
	    nla_put_u64_64bit(skb, VMWRITE_A_AGE_NS,
			      ktime_get_boottime_ns() - s->attached_ns, VMWRITE_A_PAD) ||
	    nla_put_u8(skb, VMWRITE_A_REVOKED,
		       test_bit(VMWRITE_SESSION_REVOKED, &s->flags))) {
		genlmsg_cancel(skb, hdr);
		return -EMSGSIZE;
	}
	genlmsg_end(skb, hdr);
	d->last = s->id;
	return 0;
}

/* Checked before the dump starts, so that a refusal is the request's error. */
static int vmwrite_nl_sessions_start(struct netlink_callback *cb)
{
	return vmwrite_nl_admin(cb->skb, cb->extack);
}

/* cb->args[0]: the number of the last session sent. */
static int vmwrite_nl_sessions_dump(struct sk_buff *skb,
				    struct netlink_callback *cb)
{
	struct vmwrite_sessions_dump d = {
		.skb = skb,
		.cb = cb,
		.last = cb->args[0],
	};
	int err;

	err = vmwrite_sessions_each(d.last, vmwrite_nl_put_session, &d);
	/* A full message: the next call goes on after the last one sent. */
	if (err && !skb->len)
		return err;
	cb->args[0] = d.last;
	return skb->len;
}

static int vmwrite_nl_revoke(struct sk_buff *skb, struct genl_info *info)
{
	struct nlattr *id = info->attrs[VMWRITE_A_SESSION_ID];
	int err;

	err = vmwrite_nl_admin(skb, info->extack);
	if (err)
		return err;
	if (!id) {
		NL_SET_ERR_MSG(info->extack, "which session: VMWRITE_A_SESSION_ID missing");
		return -EINVAL;
	}
	err = vmwrite_session_revoke(nla_get_u64(id));
	if (err)
		NL_SET_ERR_MSG_ATTR(info->extack, id, "no such session attached");
	return err;
}

int vmwrite_netlink_init(void)
{
	return genl_register_family(&vmwrite_family);
}

void vmwrite_netlink_exit(void)
{
	genl_unregister_family(&vmwrite_family);
}
