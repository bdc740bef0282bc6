// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * GET_POLICY and SET_POLICY: what sessions may do, as five settings each
 * on or off, within the ceiling the module's parameters set.
 */

#include <errno.h>

#include "internal.h"

/* The attribute of each VMW_NL_POLICY_* setting, bit n at index n. */
static const int setting_attr[] = {
	VMWRITE_A_P_PROCESS_WRITES,
	VMWRITE_A_P_KERNEL_READS,
	VMWRITE_A_P_KERNEL_WRITES,
	VMWRITE_A_P_TEXT_WRITES,
	VMWRITE_A_P_AUDIT_READS,
};

#define NSETTINGS	(sizeof(setting_attr) / sizeof(setting_attr[0]))

/* The settings among @tb that are on; those present in @known. */
static unsigned int settings_on(struct nlattr **tb, unsigned int *known)
{
	unsigned int i, on = 0;

	for (i = 0; i < NSETTINGS; i++) {
		struct nlattr *a = tb[setting_attr[i]];

		if (!a)
			continue;
		*known |= 1U << i;
		if (nla_get_u8(a))
			on |= 1U << i;
	}
	return on;
}

static int on_policy(struct nlmsghdr *nlh, struct nlattr **tb, void *ctx)
{
	struct nlattr *ceiling[VMWRITE_A_MAX + 1];
	struct vmw_nl_policy *p = ctx;
	unsigned int ceiling_known = 0;

	(void)nlh;
	p->allowed = settings_on(tb, &p->known);
	if (tb[VMWRITE_A_P_LOCKED] && nla_get_u8(tb[VMWRITE_A_P_LOCKED]))
		p->flags |= VMW_NL_POLICY_LOCKED;
	if (tb[VMWRITE_A_CEILING]) {
		if (nla_parse_nested(ceiling, VMWRITE_A_MAX, tb[VMWRITE_A_CEILING], vmw_nl__policy))
			return -EPROTO;
		p->ceiling = settings_on(ceiling, &ceiling_known);
	}
	return 0;
}

int vmw_nl_get_policy(struct vmw_nl *nl, struct vmw_nl_policy *p)
{
	struct nl_msg *msg;

	if (!nl || !p || vmw_nl__clear_out(p, p->sz, sizeof(*p)))
		return -EINVAL;
	msg = vmw_nl__request(nl, VMWRITE_CMD_GET_POLICY, 0);
	if (!msg)
		return -ENOMEM;
	return vmw_nl__transact(nl, msg, on_policy, p);
}

int vmw_nl_set_policy(struct vmw_nl *nl, const struct vmw_nl_policy_change *c)
{
	struct nl_msg *msg;
	unsigned int i;

	if (!nl || !c || !vmw_nl__known_in(c, c->sz, sizeof(*c)) ||
	    ((c->on | c->off) & ~VMW_NL_POLICY_ALL) || (c->on & c->off) ||
	    (c->flags & ~VMW_NL_POLICY_LOCKED))
		return -EINVAL;
	msg = vmw_nl__request(nl, VMWRITE_CMD_SET_POLICY, 0);
	if (!msg)
		return -ENOMEM;
	for (i = 0; i < NSETTINGS; i++) {
		if (!((c->on | c->off) & (1U << i)))
			continue;
		if (nla_put_u8(msg, setting_attr[i], !!(c->on & (1U << i))))
			goto nomem;
	}
	if ((c->flags & VMW_NL_POLICY_LOCKED) && nla_put_u8(msg, VMWRITE_A_P_LOCKED, 1))
		goto nomem;
	return vmw_nl__transact(nl, msg, NULL, NULL);
nomem:
	nlmsg_free(msg);
	return -ENOMEM;
}
