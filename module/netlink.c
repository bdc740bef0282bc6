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
#include <linux/sched.h>
#include <net/genetlink.h>
#include <linux/vmwrite.h>

#include "internal.h"

#ifndef GENL_MCAST_CAP_SYS_ADMIN
#error "this kernel cannot restrict a multicast group to CAP_SYS_ADMIN"
#endif

/* Counters of one target kind. */
struct vmwrite_kind_stats {
	u64 attaches;
	u64 writes;
	u64 reads;
	u64 bytes_written;
	u64 bytes_read;
	u64 refusals;
	u64 faults;
};

/* Target kinds are VMWRITE_TARGET_PROCESS (1) and VMWRITE_TARGET_KERNEL (2). */
#define VMWRITE_KINDS	2

/* Per CPU: the kinds' counters, and what became of events (enum vmwrite_events_attr). */
struct vmwrite_stats {
	struct vmwrite_kind_stats kind[VMWRITE_KINDS];
	u64 ev_sent;
	u64 ev_no_memory;
	u64 ev_unheard;
	u64 ev_delivery_failed;
};

static DEFINE_PER_CPU(struct vmwrite_stats, vmwrite_stats);
static atomic64_t vmwrite_event_seq = ATOMIC64_INIT(0);

static const struct genl_multicast_group vmwrite_mcgrps[] = {
	{ .name = VMWRITE_GENL_MCGRP_AUDIT, .flags = GENL_MCAST_CAP_SYS_ADMIN },
};

/*
 * Requests carry no attributes yet: strict validation (resv_start_op 0)
 * refuses any, as it refuses unknown ones.
 */
static const struct nla_policy vmwrite_policy[VMWRITE_A_MAX + 1] = {
};

static int vmwrite_nl_get_stats(struct sk_buff *skb, struct genl_info *info);
static int vmwrite_nl_get_policy(struct sk_buff *skb, struct genl_info *info);

static const struct genl_small_ops vmwrite_ops[] = {
	{ .cmd = VMWRITE_CMD_GET_STATS, .doit = vmwrite_nl_get_stats },
	{ .cmd = VMWRITE_CMD_GET_POLICY, .doit = vmwrite_nl_get_policy },
};

static struct genl_family vmwrite_family __ro_after_init = {
	.name		= VMWRITE_GENL_NAME,
	.version	= VMWRITE_GENL_VERSION,
	.maxattr	= VMWRITE_A_MAX,
	.policy		= vmwrite_policy,
	.netnsok	= false,
	.module		= THIS_MODULE,
	.small_ops	= vmwrite_ops,
	.n_small_ops	= ARRAY_SIZE(vmwrite_ops),
	.resv_start_op	= 0,
	.mcgrps		= vmwrite_mcgrps,
	.n_mcgrps	= ARRAY_SIZE(vmwrite_mcgrps),
};

static bool vmwrite_kind_ok(u32 kind)
{
	return kind >= VMWRITE_TARGET_PROCESS && kind <= VMWRITE_KINDS;
}

/* ---- events ---------------------------------------------------------------- */

/* Room for the largest event: header, writer, target and a transfer. */
#define VMWRITE_EVENT_SIZE	(NLMSG_GOODSIZE < 512 ? NLMSG_GOODSIZE : 512)

static int vmwrite_put_writer(struct sk_buff *skb)
{
	char comm[TASK_COMM_LEN];

	get_task_comm(comm, current);
	if (nla_put_u32(skb, VMWRITE_A_WRITER_TGID, task_tgid_nr(current)) ||
	    nla_put_u32(skb, VMWRITE_A_WRITER_PID, task_pid_nr(current)) ||
	    nla_put_u32(skb, VMWRITE_A_WRITER_UID,
			from_kuid_munged(&init_user_ns, current_uid())) ||
	    nla_put_string(skb, VMWRITE_A_WRITER_COMM, comm))
		return -EMSGSIZE;
	return 0;
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
	    vmwrite_put_writer(skb)) {
		nlmsg_free(skb);
		goto nomem;
	}
	return skb;
nomem:
	this_cpu_inc(vmwrite_stats.ev_no_memory);
	return NULL;
}

static void vmwrite_event_send(struct sk_buff *skb, void *hdr)
{
	int err;

	genlmsg_end(skb, hdr);
	err = genlmsg_multicast(&vmwrite_family, skb, 0, 0,
				GFP_NOWAIT | __GFP_NOWARN);
	this_cpu_inc(vmwrite_stats.ev_sent);
	if (err == -ESRCH)
		this_cpu_inc(vmwrite_stats.ev_unheard);
	else if (err)
		this_cpu_inc(vmwrite_stats.ev_delivery_failed);
}

static int vmwrite_put_session(struct sk_buff *skb, struct vmwrite_session *s)
{
	if (nla_put_u64_64bit(skb, VMWRITE_A_SESSION_ID, s->id, VMWRITE_A_PAD) ||
	    nla_put_u32(skb, VMWRITE_A_TARGET_KIND, s->kind))
		return -EMSGSIZE;
	return 0;
}

/* The message for an event that could not be built whole: drop it. */
static void vmwrite_event_drop(struct sk_buff *skb)
{
	nlmsg_free(skb);
	this_cpu_inc(vmwrite_stats.ev_no_memory);
}

void vmwrite_attached(struct vmwrite_session *s)
{
	struct sk_buff *skb;
	void *hdr;

	if (!vmwrite_kind_ok(s->kind))
		return;
	this_cpu_inc(vmwrite_stats.kind[s->kind - 1].attaches);
	skb = vmwrite_event_new(VMWRITE_EV_ATTACH, &hdr);
	if (!skb)
		return;
	if (vmwrite_put_session(skb, s) ||
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
	this_cpu_inc(vmwrite_stats.kind[kind - 1].refusals);
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

void vmwrite_event_detach(struct vmwrite_session *s)
{
	u64 c[VMWRITE_C_MAX - VMWRITE_C_ATTACHES + 1] = {
		1,
		atomic64_read(&s->writes),
		atomic64_read(&s->reads),
		atomic64_read(&s->bytes_written),
		atomic64_read(&s->bytes_read),
		atomic64_read(&s->refusals),
		atomic64_read(&s->faults),
	};
	struct sk_buff *skb;
	void *hdr;

	skb = vmwrite_event_new(VMWRITE_EV_DETACH, &hdr);
	if (!skb)
		return;
	if (vmwrite_put_session(skb, s) ||
	    vmwrite_put_counters(skb, VMWRITE_A_COUNTERS, c))
		vmwrite_event_drop(skb);
	else
		vmwrite_event_send(skb, hdr);
}

/* Count a transfer of session @s, in its totals and its kind's. */
static void vmwrite_count_xfer(struct vmwrite_session *s, bool write, ssize_t ret,
			       bool refused)
{
	u32 k = s->kind - 1;

	if (ret > 0 && write) {
		this_cpu_inc(vmwrite_stats.kind[k].writes);
		this_cpu_add(vmwrite_stats.kind[k].bytes_written, ret);
		atomic64_inc(&s->writes);
		atomic64_add(ret, &s->bytes_written);
	} else if (ret > 0) {
		this_cpu_inc(vmwrite_stats.kind[k].reads);
		this_cpu_add(vmwrite_stats.kind[k].bytes_read, ret);
		atomic64_inc(&s->reads);
		atomic64_add(ret, &s->bytes_read);
	} else if (refused) {
		this_cpu_inc(vmwrite_stats.kind[k].refusals);
		atomic64_inc(&s->refusals);
	} else if (ret < 0) {
		this_cpu_inc(vmwrite_stats.kind[k].faults);
		atomic64_inc(&s->faults);
	}
}

void vmwrite_transferred(struct vmwrite_session *s, u8 ev, u64 addr, u64 len,
			 ssize_t ret, bool refused, u32 flags)
{
	struct sk_buff *skb;
	void *hdr;

	if (!vmwrite_kind_ok(s->kind))
		return;
	vmwrite_count_xfer(s, ev != VMWRITE_EV_READ, ret, refused);
	/* Reads are counted, not told, unless refused: the policy will say. */
	if (ev == VMWRITE_EV_READ && !refused)
		return;
	skb = vmwrite_event_new(refused ? VMWRITE_EV_REFUSED : ev, &hdr);
	if (!skb)
		return;
	if (vmwrite_put_session(skb, s) ||
	    (refused && nla_put_u32(skb, VMWRITE_A_OP, ev)) ||
	    nla_put_u64_64bit(skb, VMWRITE_A_ADDR, addr, VMWRITE_A_PAD) ||
	    nla_put_u64_64bit(skb, VMWRITE_A_LEN, len, VMWRITE_A_PAD) ||
	    nla_put_u64_64bit(skb, VMWRITE_A_DONE, ret > 0 ? ret : 0,
			      VMWRITE_A_PAD) ||
	    nla_put_u32(skb, VMWRITE_A_ERRNO, ret < 0 ? -ret : 0) ||
	    nla_put_u32(skb, VMWRITE_A_FLAGS, flags))
		vmwrite_event_drop(skb);
	else
		vmwrite_event_send(skb, hdr);
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
		u64 c[VMWRITE_C_MAX - VMWRITE_C_ATTACHES + 1] = { 0 };

		for_each_possible_cpu(cpu) {
			const struct vmwrite_kind_stats *st =
				&per_cpu_ptr(&vmwrite_stats, cpu)->kind[kind - 1];

			c[0] += st->attaches;
			c[1] += st->writes;
			c[2] += st->reads;
			c[3] += st->bytes_written;
			c[4] += st->bytes_read;
			c[5] += st->refusals;
			c[6] += st->faults;
		}
		nest = nla_nest_start(msg, VMWRITE_A_KIND_STATS);
		if (!nest || nla_put_u32(msg, VMWRITE_A_TARGET_KIND, kind) ||
		    vmwrite_put_counters(msg, VMWRITE_A_COUNTERS, c))
			goto toobig;
		nla_nest_end(msg, nest);
	}
	for_each_possible_cpu(cpu) {
		const struct vmwrite_stats *st = per_cpu_ptr(&vmwrite_stats, cpu);

		e[0] += st->ev_sent;
		e[1] += st->ev_no_memory;
		e[2] += st->ev_unheard;
		e[3] += st->ev_delivery_failed;
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

static int vmwrite_nl_get_policy(struct sk_buff *skb, struct genl_info *info)
{
	struct sk_buff *msg;
	void *hdr;

	msg = genlmsg_new(NLMSG_GOODSIZE, GFP_KERNEL);
	if (!msg)
		return -ENOMEM;
	hdr = genlmsg_put_reply(msg, info, &vmwrite_family, 0, VMWRITE_CMD_GET_POLICY);
	if (!hdr ||
	    nla_put_u8(msg, VMWRITE_A_P_PROCESS_WRITES, 1) ||
	    nla_put_u8(msg, VMWRITE_A_P_KERNEL_READS, 1) ||
	    nla_put_u8(msg, VMWRITE_A_P_KERNEL_WRITES, vmwrite_kernel_writes_allowed()) ||
	    nla_put_u8(msg, VMWRITE_A_P_TEXT_WRITES,
		       vmwrite_kernel_writes_allowed() && vmwrite_text_writes_allowed()) ||
	    nla_put_u8(msg, VMWRITE_A_P_AUDIT_READS, 0)) {
		nlmsg_free(msg);
		return -EMSGSIZE;
	}
	genlmsg_end(msg, hdr);
	return genlmsg_reply(msg, info);
}

int vmwrite_netlink_init(void)
{
	return genl_register_family(&vmwrite_family);
}

void vmwrite_netlink_exit(void)
{
	genl_unregister_family(&vmwrite_family);
}
