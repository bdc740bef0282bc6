// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * GET_SESSIONS, a dump of one message per attached session, and
 * REVOKE_SESSION.  Both need CAP_SYS_ADMIN: the module checks.
 */

#include <errno.h>

#include "internal.h"

/* The caller's callback, for on_session(). */
struct listing {
	vmw_nl_session_fn *fn;
	void *ctx;
};

static int on_session(struct nlmsghdr *nlh, struct nlattr **tb, void *ctx)
{
	struct vmw_nl_session s = { .sz = sizeof(s) };
	const struct listing *l = ctx;

	(void)nlh;
	if (!tb[VMWRITE_A_SESSION_ID])
		return -EPROTO;
	s.id = nla_get_u64(tb[VMWRITE_A_SESSION_ID]);
	vmw_nl__parse_writer(tb, &s.owner);
	s.target_kind = vmw_nl__u32(tb[VMWRITE_A_TARGET_KIND]);
	s.target_tgid = vmw_nl__u32(tb[VMWRITE_A_TARGET_TGID]);
	s.access = vmw_nl__u32(tb[VMWRITE_A_ACCESS]);
	if (tb[VMWRITE_A_REVOKED] && nla_get_u8(tb[VMWRITE_A_REVOKED]))
		s.flags |= VMW_NL_SESSION_REVOKED;
	s.age_ns = vmw_nl__u64(tb[VMWRITE_A_AGE_NS]);
	if (tb[VMWRITE_A_COUNTERS] && vmw_nl__parse_counters(tb[VMWRITE_A_COUNTERS], &s.counters))
		return -EPROTO;
	return l->fn(&s, l->ctx);
}

int vmw_nl_sessions(struct vmw_nl *nl, vmw_nl_session_fn *fn, void *ctx)
{
	struct listing l = { .fn = fn, .ctx = ctx };
	struct nl_msg *msg;

	if (!nl || !fn)
		return -EINVAL;
	msg = vmw_nl__request(nl, VMWRITE_CMD_GET_SESSIONS, NLM_F_DUMP);
	if (!msg)
		return -ENOMEM;
	return vmw_nl__transact(nl, msg, on_session, &l);
}

int vmw_nl_revoke(struct vmw_nl *nl, uint64_t id)
{
	struct nl_msg *msg;

	if (!nl)
		return -EINVAL;
	msg = vmw_nl__request(nl, VMWRITE_CMD_REVOKE_SESSION, 0);
	if (!msg)
		return -ENOMEM;
	if (nla_put_u64(msg, VMWRITE_A_SESSION_ID, id)) {
		nlmsg_free(msg);
		return -ENOMEM;
	}
	return vmw_nl__transact(nl, msg, NULL, NULL);
}
