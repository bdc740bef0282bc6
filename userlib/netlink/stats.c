// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * GET_STATS: the module's counters per kind of target, and what became
 * of the audit events.  Open to every user.
 */

#include <errno.h>

#include "internal.h"

/* One VMWRITE_A_KIND_STATS nest: a kind and its counters. */
static int parse_kind(struct nlattr *nest, struct vmw_nl_stats *st)
{
	struct nlattr *tb[VMWRITE_A_MAX + 1];
	struct vmw_nl_counters *c;

	if (nla_parse_nested(tb, VMWRITE_A_MAX, nest, vmw_nl__policy) ||
	    !tb[VMWRITE_A_TARGET_KIND] || !tb[VMWRITE_A_COUNTERS])
		return -EPROTO;
	switch (nla_get_u32(tb[VMWRITE_A_TARGET_KIND])) {
	case VMWRITE_TARGET_PROCESS:
		c = &st->process;
		break;
	case VMWRITE_TARGET_KERNEL:
		c = &st->kernel;
		break;
	default:
		return 0;	/* a kind of a newer module */
	}
	return vmw_nl__parse_counters(tb[VMWRITE_A_COUNTERS], c);
}

static int parse_events(struct nlattr *nest, struct vmw_nl_event_counts *e)
{
	static const struct nla_policy policy[VMWRITE_E_MAX + 1] = {
		[VMWRITE_E_SENT]		= { .type = NLA_U64 },
		[VMWRITE_E_NO_MEMORY]		= { .type = NLA_U64 },
		[VMWRITE_E_UNHEARD]		= { .type = NLA_U64 },
		[VMWRITE_E_DELIVERY_FAILED]	= { .type = NLA_U64 },
	};
	struct nlattr *tb[VMWRITE_E_MAX + 1];

	if (nla_parse_nested(tb, VMWRITE_E_MAX, nest, policy))
		return -EPROTO;
	e->sent = vmw_nl__u64(tb[VMWRITE_E_SENT]);
	e->no_memory = vmw_nl__u64(tb[VMWRITE_E_NO_MEMORY]);
	e->unheard = vmw_nl__u64(tb[VMWRITE_E_UNHEARD]);
	e->delivery_failed = vmw_nl__u64(tb[VMWRITE_E_DELIVERY_FAILED]);
	return 0;
}

static int on_stats(struct nlmsghdr *nlh, struct nlattr **tb, void *ctx)
{
	struct vmw_nl_stats *st = ctx;
	struct nlattr *a;
	int rem, err;

	/* One nest per kind, all of the same type: tb holds only the last. */
	nlmsg_for_each_attr(a, nlh, GENL_HDRLEN, rem) {
		if (nla_type(a) != VMWRITE_A_KIND_STATS)
			continue;
		err = parse_kind(a, st);
		if (err)
			return err;
	}
	return tb[VMWRITE_A_EVENTS] ? parse_events(tb[VMWRITE_A_EVENTS], &st->events) : 0;
}

int vmw_nl_get_stats(struct vmw_nl *nl, struct vmw_nl_stats *st)
{
	struct nl_msg *msg;

	if (!nl || !st || vmw_nl__clear_out(st, st->sz, sizeof(*st)))
		return -EINVAL;
	msg = vmw_nl__request(nl, VMWRITE_CMD_GET_STATS, 0);
	if (!msg)
		return -ENOMEM;
	return vmw_nl__transact(nl, msg, on_stats, st);
}
