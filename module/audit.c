// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel-target writes and refusals in the kernel's own audit trail, for
 * auditd users: one AUDIT_KERNEL_OTHER record each, when audit is on.
 *
 * Never blocks: GFP_NOWAIT keeps audit_log_start() from waiting on a full
 * backlog (what does not fit is counted lost by audit itself).  Only
 * numbers are formatted here; audit_log_task_info() adds who, with the
 * names the caller chose escaped by audit.
 */

#include <linux/audit.h>
#include <linux/vmwrite.h>

#include "internal.h"

static const char *vmwrite_audit_op(u8 ev)
{
	switch (ev) {
	case VMWRITE_EV_ATTACH:
		return "attach";
	case VMWRITE_EV_WRITE:
		return "write";
	case VMWRITE_EV_READ:
		return "read";
	case VMWRITE_EV_CMPXCHG:
		return "cmpxchg";
	default:
		return "?";
	}
}

/**
 * vmwrite_audit_kernel() - record a kernel-target write or refusal
 * @ev:      the VMWRITE_EV_* it was (or would have been)
 * @session: the session's id, 0 for a refused attach
 * @addr:    where it began
 * @len:     bytes asked for
 * @ret:     bytes moved, or a negative errno
 * @flags:   the request's VMWRITE_*_F_* flags
 * @nr_segs: for a batch, its segments tried: then @addr is the first
 *           one's, and @len and @ret are sums; 0 for a single transfer
 *
 * Task context, no lock held.
 */
void vmwrite_audit_kernel(u8 ev, u64 session, u64 addr, u64 len, ssize_t ret,
			  u32 flags, u32 nr_segs)
{
	struct audit_buffer *ab;

	if (!audit_enabled)
		return;
	ab = audit_log_start(audit_context(), GFP_NOWAIT | __GFP_NOWARN,
			     AUDIT_KERNEL_OTHER);
	if (!ab)
		return;
	audit_log_format(ab,
			 "op=vmwrite-%s session=%llu addr=0x%llx len=%llu done=%zd errno=%zd flags=0x%x res=%d",
			 vmwrite_audit_op(ev), session, addr, len,
			 ret > 0 ? ret : 0, ret < 0 ? -ret : 0, flags, ret > 0);
	if (nr_segs)
		audit_log_format(ab, " segs=%u", nr_segs);
	audit_log_task_info(ab);
	audit_log_end(ab);
}
