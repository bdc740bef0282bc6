// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * What the replies and the events share: the type of every attribute of
 * the family, which libnl checks before anything here reads one; the
 * counters nest and the writer's attributes; and the sizes of the
 * caller's structs, which may be of another version than this library's.
 */

#include <errno.h>
#include <string.h>

#include "internal.h"

const struct nla_policy vmw_nl__policy[VMWRITE_A_MAX + 1] = {
	[VMWRITE_A_SEQ]			= { .type = NLA_U64 },
	[VMWRITE_A_SESSION_ID]		= { .type = NLA_U64 },
	[VMWRITE_A_WRITER_TGID]		= { .type = NLA_U32 },
	[VMWRITE_A_WRITER_PID]		= { .type = NLA_U32 },
	[VMWRITE_A_WRITER_UID]		= { .type = NLA_U32 },
	[VMWRITE_A_WRITER_COMM]		= { .type = NLA_STRING },
	[VMWRITE_A_TARGET_KIND]		= { .type = NLA_U32 },
	[VMWRITE_A_TARGET_TGID]		= { .type = NLA_U32 },
	[VMWRITE_A_ACCESS]		= { .type = NLA_U32 },
	[VMWRITE_A_ADDR]		= { .type = NLA_U64 },
	[VMWRITE_A_LEN]			= { .type = NLA_U64 },
	[VMWRITE_A_DONE]		= { .type = NLA_U64 },
	[VMWRITE_A_ERRNO]		= { .type = NLA_U32 },
	[VMWRITE_A_FLAGS]		= { .type = NLA_U32 },
	[VMWRITE_A_OP]			= { .type = NLA_U32 },
	[VMWRITE_A_COUNTERS]		= { .type = NLA_NESTED },
	[VMWRITE_A_KIND_STATS]		= { .type = NLA_NESTED },
	[VMWRITE_A_EVENTS]		= { .type = NLA_NESTED },
	[VMWRITE_A_P_PROCESS_WRITES]	= { .type = NLA_U8 },
	[VMWRITE_A_P_KERNEL_READS]	= { .type = NLA_U8 },
	[VMWRITE_A_P_KERNEL_WRITES]	= { .type = NLA_U8 },
	[VMWRITE_A_P_TEXT_WRITES]	= { .type = NLA_U8 },
	[VMWRITE_A_P_AUDIT_READS]	= { .type = NLA_U8 },
	[VMWRITE_A_P_LOCKED]		= { .type = NLA_U8 },
	[VMWRITE_A_CEILING]		= { .type = NLA_NESTED },
	[VMWRITE_A_AGE_NS]		= { .type = NLA_U64 },
	[VMWRITE_A_REVOKED]		= { .type = NLA_U8 },
};

int vmw_nl__parse_counters(struct nlattr *attr, struct vmw_nl_counters *c)
{
	static const struct nla_policy policy[VMWRITE_C_MAX + 1] = {
		[VMWRITE_C_ATTACHES]		= { .type = NLA_U64 },
		[VMWRITE_C_WRITES]		= { .type = NLA_U64 },
		[VMWRITE_C_READS]		= { .type = NLA_U64 },
		[VMWRITE_C_BYTES_WRITTEN]	= { .type = NLA_U64 },
		[VMWRITE_C_BYTES_READ]		= { .type = NLA_U64 },
		[VMWRITE_C_REFUSALS]		= { .type = NLA_U64 },
		[VMWRITE_C_FAULTS]		= { .type = NLA_U64 },
	};
	struct nlattr *tb[VMWRITE_C_MAX + 1];

	memset(c, 0, sizeof(*c));
	if (nla_parse_nested(tb, VMWRITE_C_MAX, attr, policy))
		return -EPROTO;
	c->attaches = vmw_nl__u64(tb[VMWRITE_C_ATTACHES]);
	c->writes = vmw_nl__u64(tb[VMWRITE_C_WRITES]);
	c->reads = vmw_nl__u64(tb[VMWRITE_C_READS]);
	c->bytes_written = vmw_nl__u64(tb[VMWRITE_C_BYTES_WRITTEN]);
	c->bytes_read = vmw_nl__u64(tb[VMWRITE_C_BYTES_READ]);
	c->refusals = vmw_nl__u64(tb[VMWRITE_C_REFUSALS]);
	c->faults = vmw_nl__u64(tb[VMWRITE_C_FAULTS]);
	return 0;
}

void vmw_nl__parse_writer(struct nlattr **tb, struct vmw_nl_writer *w)
{
	w->tgid = vmw_nl__u32(tb[VMWRITE_A_WRITER_TGID]);
	w->pid = vmw_nl__u32(tb[VMWRITE_A_WRITER_PID]);
	w->uid = vmw_nl__u32(tb[VMWRITE_A_WRITER_UID]);
	/* NUL-terminated: the policy says NLA_STRING. */
	w->comm = tb[VMWRITE_A_WRITER_COMM] ? nla_get_string(tb[VMWRITE_A_WRITER_COMM]) : "";
}

int vmw_nl__clear_out(void *out, size_t sz, size_t size)
{
	if (sz < size)
		return -EINVAL;
	memset((char *)out + sizeof(size_t), 0, sz - sizeof(size_t));
	return 0;
}

bool vmw_nl__known_in(const void *in, size_t sz, size_t size)
{
	const unsigned char *p = in;
	size_t i;

	if (sz < size)
		return false;
	for (i = size; i < sz; i++)
		if (p[i])
			return false;
	return true;
}
