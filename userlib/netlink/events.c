// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The audit group: a socket of its own that joined it, read without
 * blocking, and the events' numbers watched for what was lost.
 *
 * Events are handed out as they arrive.  Their numbers are given in the
 * order they were made, but writers on different CPUs may send them out
 * of that order, so a missing number is a gap first, and a loss only if
 * it stays open for VMW_NL_REORDER_MS.  An overflow of the socket's queue
 * (ENOBUFS) is a loss at once, of a number the gap it leaves will tell.
 *
 * The datagrams are read here, not by libnl, which reports ENOBUFS as it
 * does running out of memory; libnl parses them.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include <linux/netlink.h>
#include <netlink/genl/ctrl.h>

#include "internal.h"

/* Room for one datagram: events are a few hundred bytes, one a datagram. */
#define VMW_NL_EVENT_BUF	16384

/* An event of @type with nothing in it yet. */
static void event_init(struct vmw_nl_event *ev, unsigned int type)
{
	memset(ev, 0, sizeof(*ev));
	ev->sz = sizeof(*ev);
	ev->type = type;
	ev->writer.comm = "";
}

/* ---- which numbers are missing ------------------------------------------- */

static void gap_remove(struct vmw_nl__seq *s, unsigned int i)
{
	memmove(&s->gaps[i], &s->gaps[i + 1], (s->ngaps - i - 1) * sizeof(s->gaps[0]));
	s->ngaps--;
}

/* A gap [first, last] opened at @opened, at index @i; lost at once without room. */
static void gap_insert(struct vmw_nl__seq *s, unsigned int i, uint64_t first, uint64_t last,
		       uint64_t opened)
{
	if (s->ngaps == VMW_NL_GAPS) {
		s->spilled += last - first + 1;
		return;
	}
	memmove(&s->gaps[i + 1], &s->gaps[i], (s->ngaps - i) * sizeof(s->gaps[0]));
	s->gaps[i] = (struct vmw_nl__gap){ .first = first, .last = last, .opened = opened };
	s->ngaps++;
}

void vmw_nl__seq_seen(struct vmw_nl__seq *s, uint64_t seq, uint64_t now)
{
	unsigned int i;

	/* The first event sets where counting starts. */
	if (!s->started || seq >= s->next) {
		if (s->started && seq > s->next)
			gap_insert(s, s->ngaps, s->next, seq - 1, now);
		s->started = true;
		s->next = seq + 1;
		return;
	}
	/* A late one fills part of a gap, if it is still open. */
	for (i = 0; i < s->ngaps; i++) {
		struct vmw_nl__gap *g = &s->gaps[i];

		if (seq < g->first || seq > g->last)
			continue;
		if (g->first == g->last) {
			gap_remove(s, i);
		} else if (seq == g->first) {
			g->first++;
		} else if (seq == g->last) {
			g->last--;
		} else {
			uint64_t last = g->last;

			g->last = seq - 1;
			gap_insert(s, i + 1, seq + 1, last, g->opened);
		}
		return;
	}
}

bool vmw_nl__seq_lost(struct vmw_nl__seq *s, uint64_t now, struct vmw_nl_event *ev)
{
	event_init(ev, VMW_NL_EV_LOST);
	if (s->spilled) {
		ev->lost = s->spilled;
		s->spilled = 0;
		return true;
	}
	/* The lowest gap is the oldest. */
	if (!s->ngaps || now - s->gaps[0].opened < VMW_NL_REORDER_MS)
		return false;
	ev->has = VMW_NL_EV_HAS_SEQ;
	ev->seq = s->gaps[0].first;
	ev->lost = s->gaps[0].last - s->gaps[0].first + 1;
	gap_remove(s, 0);
	return true;
}

int vmw_nl__seq_timeout(const struct vmw_nl__seq *s, uint64_t now)
{
	uint64_t open_for;

	if (s->spilled)
		return 0;
	if (!s->ngaps)
		return -1;
	open_for = now - s->gaps[0].opened;
	return open_for >= VMW_NL_REORDER_MS ? 0 : (int)(VMW_NL_REORDER_MS - open_for);
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* ---- events -------------------------------------------------------------- */

/* Attribute @a, if the event has it, into @v, and @bit into @ev->has. */
static void take_u64(struct vmw_nl_event *ev, const struct nlattr *a, unsigned int bit,
		     uint64_t *v)
{
	if (a) {
		*v = nla_get_u64(a);
		ev->has |= bit;
	}
}

static void take_u32(struct vmw_nl_event *ev, const struct nlattr *a, unsigned int bit,
		     unsigned int *v)
{
	if (a) {
		*v = nla_get_u32(a);
		ev->has |= bit;
	}
}

int vmw_nl__parse_event(struct nlmsghdr *nlh, int family, struct vmw_nl_event *ev)
{
	struct nlattr *tb[VMWRITE_A_MAX + 1];
	unsigned int err = 0;

	event_init(ev, 0);
	if (nlh->nlmsg_type != family || genlmsg_parse(nlh, 0, tb, VMWRITE_A_MAX, vmw_nl__policy))
		return -EPROTO;
	ev->type = genlmsg_hdr(nlh)->cmd;
	take_u64(ev, tb[VMWRITE_A_SEQ], VMW_NL_EV_HAS_SEQ, &ev->seq);
	take_u64(ev, tb[VMWRITE_A_SESSION_ID], VMW_NL_EV_HAS_SESSION, &ev->session);
	if (tb[VMWRITE_A_WRITER_TGID]) {
		vmw_nl__parse_writer(tb, &ev->writer);
		ev->has |= VMW_NL_EV_HAS_WRITER;
	}
	take_u32(ev, tb[VMWRITE_A_TARGET_KIND], VMW_NL_EV_HAS_TARGET_KIND, &ev->target_kind);
	take_u32(ev, tb[VMWRITE_A_TARGET_TGID], VMW_NL_EV_HAS_TARGET_TGID, &ev->target_tgid);
	take_u32(ev, tb[VMWRITE_A_ACCESS], VMW_NL_EV_HAS_ACCESS, &ev->access);
	take_u64(ev, tb[VMWRITE_A_ADDR], VMW_NL_EV_HAS_ADDR, &ev->addr);
	take_u64(ev, tb[VMWRITE_A_LEN], VMW_NL_EV_HAS_LEN, &ev->len);
	take_u64(ev, tb[VMWRITE_A_DONE], VMW_NL_EV_HAS_DONE, &ev->done);
	take_u32(ev, tb[VMWRITE_A_ERRNO], VMW_NL_EV_HAS_ERROR, &err);
	ev->error = (int)err;
	take_u32(ev, tb[VMWRITE_A_FLAGS], VMW_NL_EV_HAS_FLAGS, &ev->flags);
	take_u32(ev, tb[VMWRITE_A_OP], VMW_NL_EV_HAS_OP, &ev->op);
	if (tb[VMWRITE_A_COUNTERS]) {
		if (vmw_nl__parse_counters(tb[VMWRITE_A_COUNTERS], &ev->counters))
			return -EPROTO;
		ev->has |= VMW_NL_EV_HAS_COUNTERS;
	}
	return 0;
}

int vmw_nl_subscribe(struct vmw_nl *nl)
{
	struct nl_sock *sk;
	int grp, err;

	if (!nl)
		return -EINVAL;
	if (nl->events)
		return 0;
	grp = genl_ctrl_resolve_grp(nl->sk, VMWRITE_GENL_NAME, VMWRITE_GENL_MCGRP_AUDIT);
	if (grp < 0)
		return vmw_nl__errno(grp);
	nl->buf = malloc(VMW_NL_EVENT_BUF);
	sk = nl_socket_alloc();
	if (!nl->buf || !sk) {
		err = -ENOMEM;
		goto fail;
	}
	err = genl_connect(sk);
	if (!err)
		err = nl_socket_add_membership(sk, grp);
	if (!err)
		err = nl_socket_set_nonblocking(sk);
	if (err) {
		err = vmw_nl__errno(err);
		goto fail;
	}
	nl->events = sk;
	nl->len = nl->pos = 0;
	return 0;
fail:
	nl_socket_free(sk);
	free(nl->buf);
	nl->buf = NULL;
	return err;
}

int vmw_nl_fd(const struct vmw_nl *nl)
{
	return nl && nl->events ? nl_socket_get_fd(nl->events) : -EINVAL;
}

int vmw_nl_timeout(const struct vmw_nl *nl)
{
	return nl && nl->events ? vmw_nl__seq_timeout(&nl->seq, now_ms()) : -1;
}

/*
 * The next datagram from the kernel into @nl->buf.  Returns 1, 0 if none
 * is waiting, or -errno: -ENOBUFS once after the queue overflowed.
 */
static int receive(struct vmw_nl *nl)
{
	struct sockaddr_nl from;
	socklen_t fromlen;
	ssize_t n;

	for (;;) {
		fromlen = sizeof(from);
		n = recvfrom(nl_socket_get_fd(nl->events), nl->buf, VMW_NL_EVENT_BUF,
			     MSG_DONTWAIT | MSG_TRUNC, (struct sockaddr *)&from, &fromlen);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -errno;
		/*
		 * Any process may send to our port: only the kernel's are
		 * events.  One too long for the buffer shows as a gap.
		 */
		if (fromlen != sizeof(from) || from.nl_pid != 0 || n > VMW_NL_EVENT_BUF)
			continue;
		nl->len = (size_t)n;
		nl->pos = 0;
		return 1;
	}
}

/* The next event message received, or NULL if none is waiting; -errno in @err. */
static struct nlmsghdr *next_message(struct vmw_nl *nl, int *err)
{
	for (;;) {
		struct nlmsghdr *nlh = (struct nlmsghdr *)(nl->buf + nl->pos);
		int rem = (int)(nl->len - nl->pos);

		if (nl->pos < nl->len && nlmsg_ok(nlh, rem)) {
			nl->pos += NLMSG_ALIGN(nlh->nlmsg_len);
			if (nl->pos > nl->len)
				nl->pos = nl->len;
			/* Not the family's: NLMSG_NOOP and the like. */
			if (nlh->nlmsg_type == nl->family)
				return nlh;
			continue;
		}
		*err = receive(nl);
		if (*err <= 0)
			return NULL;
	}
}

int vmw_nl_read_events(struct vmw_nl *nl, vmw_nl_event_fn *fn, void *ctx)
{
	struct vmw_nl_event ev;
	struct nlmsghdr *nlh;
	int err = 0, ret;

	if (!nl || !fn || !nl->events)
		return -EINVAL;
	while ((nlh = next_message(nl, &err))) {
		if (vmw_nl__parse_event(nlh, nl->family, &ev))
			return -EPROTO;
		if (ev.has & VMW_NL_EV_HAS_SEQ)
			vmw_nl__seq_seen(&nl->seq, ev.seq, now_ms());
		ret = fn(&ev, ctx);
		if (ret)
			return ret;
	}
	if (err == -ENOBUFS) {
		event_init(&ev, VMW_NL_EV_LOST);
		ret = fn(&ev, ctx);
		/* Read on: netlink drops what comes until the queue is empty. */
		return ret ? ret : vmw_nl_read_events(nl, fn, ctx);
	}
	if (err < 0)
		return err;
	while (vmw_nl__seq_lost(&nl->seq, now_ms(), &ev)) {
		ret = fn(&ev, ctx);
		if (ret)
			return ret;
	}
	return 0;
}
