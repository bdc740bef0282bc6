/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * Internals of libvmwrite-netlink.  One file per concern; the requests
 * and the events call only the two files below them:
 *
 *   stats.c     GET_STATS
 *   policy.c    GET_POLICY, SET_POLICY
 *   sessions.c  GET_SESSIONS, REVOKE_SESSION
 *   events.c    the audit group: subscribing, reading, finding lost events
 *   socket.c    the handle, requests and their acks, the module's
 *               extended-ack messages, libnl's errors as errnos
 *   attrs.c     what replies and events share: the attribute policy, the
 *               counters, a writer; structs handed back by size
 *
 * Every name with external linkage here starts with vmw_nl__ and is
 * hidden: the library exports only what libvmwrite-netlink.map lists, and
 * the static archive takes no public-looking name either.
 */

#ifndef VMW_NL_INTERNAL_H
#define VMW_NL_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include <linux/vmwrite.h>

#include "vmwrite/netlink.h"

/* ---- events.c: which numbers are missing -------------------------------- */

/* How long a gap may stay open before its events count as lost. */
#define VMW_NL_REORDER_MS	1000
/* Gaps tracked at once; those past it are lost at once, without their numbers. */
#define VMW_NL_GAPS		64

/* Events [first, last] not seen, since @opened (ms, CLOCK_MONOTONIC). */
struct vmw_nl__gap {
	uint64_t first, last;
	uint64_t opened;
};

/* The event numbers seen so far, as the gaps below the highest one. */
struct vmw_nl__seq {
	bool started;
	uint64_t next;		/* one past the highest number seen */
	struct vmw_nl__gap gaps[VMW_NL_GAPS];	/* in the order of their numbers */
	unsigned int ngaps;
	uint64_t spilled;	/* missing numbers that found no room above */
};

/* Number @seq arrived at @now. */
void vmw_nl__seq_seen(struct vmw_nl__seq *s, uint64_t seq, uint64_t now);
/* The first loss known at @now, as a VMW_NL_EV_LOST event in @ev; false if none. */
bool vmw_nl__seq_lost(struct vmw_nl__seq *s, uint64_t now, struct vmw_nl_event *ev);
/* Milliseconds from @now until vmw_nl__seq_lost() has a loss, or -1. */
int vmw_nl__seq_timeout(const struct vmw_nl__seq *s, uint64_t now);

/* One event message of the family @family, into @ev.  0 or -EPROTO. */
int vmw_nl__parse_event(struct nlmsghdr *nlh, int family, struct vmw_nl_event *ev);

/* ---- socket.c ------------------------------------------------------------ */

#define VMW_NL_MESSAGE_MAX	256

struct vmw_nl {
	struct nl_sock *sk;	/* requests */
	int family;		/* the family's id */
	char message[VMW_NL_MESSAGE_MAX];	/* of the last request's ack, or "" */

	/* The audit group, once subscribed. */
	struct nl_sock *events;
	unsigned char *buf;	/* the last datagram received */
	size_t len, pos;	/* its length, and where the next message starts */
	struct vmw_nl__seq seq;
};

/* A request @cmd with @flags (NLM_F_DUMP, or 0): add attributes, then send it. */
struct nl_msg *vmw_nl__request(const struct vmw_nl *nl, uint8_t cmd, int flags);

/*
 * Called for each reply of a request, the message @nlh with its attributes
 * @tb parsed: 0 goes on, a negative errno fails the request, a positive
 * value stops it and becomes its result.
 */
typedef int vmw_nl__reply_fn(struct nlmsghdr *nlh, struct nlattr **tb, void *ctx);

/*
 * Send @msg (freed either way) and hand its replies to @fn (NULL: it
 * expects none) until the ack, or the end of a dump.  Returns 0, @fn's
 * result, or -errno: the module's, with its words in @nl->message.
 */
int vmw_nl__transact(struct vmw_nl *nl, struct nl_msg *msg, vmw_nl__reply_fn *fn, void *ctx);

/* An error of libnl (-NLE_*) as -errno. */
int vmw_nl__errno(int nlerr);

/*
 * The message of the extended ack @nlh, an NLMSG_ERROR or the NLMSG_DONE
 * of a dump, into @nl->message; left alone if it has none.
 */
void vmw_nl__take_message(struct vmw_nl *nl, struct nlmsghdr *nlh);

/* ---- attrs.c ------------------------------------------------------------- */

/* Every attribute of the family's replies and events, checked by libnl. */
extern const struct nla_policy vmw_nl__policy[VMWRITE_A_MAX + 1];

static inline uint32_t vmw_nl__u32(const struct nlattr *a)
{
	return a ? nla_get_u32(a) : 0;
}

static inline uint64_t vmw_nl__u64(const struct nlattr *a)
{
	return a ? nla_get_u64(a) : 0;
}

/* The nest @attr of VMWRITE_C_* into @c; 0 or -EPROTO. */
int vmw_nl__parse_counters(struct nlattr *attr, struct vmw_nl_counters *c);

/* The attributes of a writer, VMWRITE_A_WRITER_*, into @w. */
void vmw_nl__parse_writer(struct nlattr **tb, struct vmw_nl_writer *w);

/*
 * A caller's struct of @sz bytes, @sz its first member: -EINVAL unless
 * this library knows @sz (at least @size, the struct's first version),
 * else 0 with everything but @sz cleared, for the library to fill in.
 * A later version of the struct fills its new fields only within @sz.
 */
int vmw_nl__clear_out(void *out, size_t sz, size_t size);

/*
 * A caller's struct of @sz bytes: true if this library knows @sz (at least
 * @size) and what lies past its own @size is zero.
 */
bool vmw_nl__known_in(const void *in, size_t sz, size_t size);

#endif /* VMW_NL_INTERNAL_H */
