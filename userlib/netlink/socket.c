// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The handle: a generic netlink socket bound to the family "vmwrite", and
 * the requests made through it.  libnl builds the messages, reads the
 * replies and checks their attributes.  Two things it does not do (3.7):
 * read the extended ack, the module's words for an error, which
 * take_message() finds after the echoed request; and keep the module's
 * errno, which it folds into its own codes: the error callback keeps it.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <linux/netlink.h>
#include <netlink/genl/ctrl.h>

#include "internal.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK	270
#endif

int vmw_nl__errno(int nlerr)
{
	switch (nlerr < 0 ? -nlerr : nlerr) {
	case NLE_NOMEM:
		return -ENOMEM;
	case NLE_OBJ_NOTFOUND:
		return -ENOENT;
	case NLE_PERM:
		return -EPERM;
	case NLE_NOACCESS:
		return -EACCES;
	case NLE_AGAIN:
		return -EAGAIN;
	case NLE_INTR:
		return -EINTR;
	case NLE_INVAL:
		return -EINVAL;
	case NLE_RANGE:
		return -ERANGE;
	case NLE_BUSY:
		return -EBUSY;
	case NLE_EXIST:
		return -EEXIST;
	case NLE_NODEV:
		return -ENODEV;
	case NLE_OPNOTSUPP:
		return -EOPNOTSUPP;
	case NLE_BAD_SOCK:
		return -EBADF;
	case NLE_AF_NOSUPPORT:
		return -EAFNOSUPPORT;
	case NLE_PROTO_MISMATCH:
		return -EPROTONOSUPPORT;
	case NLE_FAILURE:
		return -EIO;
	default:
		/* Messages libnl could not make sense of. */
		return -EPROTO;
	}
}

int vmw_nl_open(unsigned int flags, struct vmw_nl **out)
{
	struct vmw_nl *nl;
	int one = 1, err;

	if (out)
		*out = NULL;
	if (flags || !out)
		return -EINVAL;
	nl = calloc(1, sizeof(*nl));
	if (!nl)
		return -ENOMEM;
	nl->sk = nl_socket_alloc();
	if (!nl->sk) {
		err = -ENOMEM;
		goto fail;
	}
	err = genl_connect(nl->sk);
	if (err) {
		err = vmw_nl__errno(err);
		goto fail;
	}
	/* Before Linux 4.12 there is none: errors then come without words. */
	setsockopt(nl_socket_get_fd(nl->sk), SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));
	err = genl_ctrl_resolve(nl->sk, VMWRITE_GENL_NAME);
	if (err < 0) {
		err = vmw_nl__errno(err);
		goto fail;
	}
	nl->family = err;
	*out = nl;
	return 0;
fail:
	vmw_nl_close(nl);
	return err;
}

void vmw_nl_close(struct vmw_nl *nl)
{
	if (!nl)
		return;
	nl_socket_free(nl->events);
	nl_socket_free(nl->sk);
	free(nl->buf);
	free(nl);
}

const char *vmw_nl_error_message(const struct vmw_nl *nl)
{
	return nl && nl->message[0] ? nl->message : NULL;
}

void vmw_nl__take_message(struct vmw_nl *nl, struct nlmsghdr *nlh)
{
	static const struct nla_policy policy[NLMSGERR_ATTR_MAX + 1] = {
		[NLMSGERR_ATTR_MSG] = { .type = NLA_STRING },
	};
	struct nlattr *tb[NLMSGERR_ATTR_MAX + 1];
	int hdrlen = sizeof(int);	/* NLMSG_DONE: the dump's error */

	if (!(nlh->nlmsg_flags & NLM_F_ACK_TLVS))
		return;
	if (nlh->nlmsg_type == NLMSG_ERROR) {
		const struct nlmsgerr *e = nlmsg_data(nlh);

		if ((size_t)nlmsg_datalen(nlh) < sizeof(*e))
			return;
		hdrlen = sizeof(*e);
		/* Not capped: the request follows whole, and the TLVs after it. */
		if (!(nlh->nlmsg_flags & NLM_F_CAPPED)) {
			if (e->msg.nlmsg_len < NLMSG_HDRLEN || e->msg.nlmsg_len > nlh->nlmsg_len)
				return;
			hdrlen += e->msg.nlmsg_len - NLMSG_HDRLEN;
		}
	}
	if (!nlmsg_parse(nlh, hdrlen, tb, NLMSGERR_ATTR_MAX, policy) && tb[NLMSGERR_ATTR_MSG])
		snprintf(nl->message, sizeof(nl->message), "%s",
			 nla_get_string(tb[NLMSGERR_ATTR_MSG]));
}

struct nl_msg *vmw_nl__request(const struct vmw_nl *nl, uint8_t cmd, int flags)
{
	struct nl_msg *msg = nlmsg_alloc();

	if (msg && !genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, nl->family, 0, flags, cmd,
				VMWRITE_GENL_VERSION)) {
		nlmsg_free(msg);
		msg = NULL;
	}
	return msg;
}

/* A request under way: what its replies go to, and how it ended. */
struct transaction {
	struct vmw_nl *nl;
	vmw_nl__reply_fn *fn;
	void *ctx;
	int result;		/* 0, @fn's result, or -errno */
	bool done;		/* the ack, or the end of the dump, arrived */
};

static int on_reply(struct nl_msg *msg, void *arg)
{
	struct transaction *t = arg;
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct nlattr *tb[VMWRITE_A_MAX + 1];

	/* Once it failed or was stopped, the rest of a dump is read and dropped. */
	if (t->result || !t->fn)
		return NL_SKIP;
	if (nlh->nlmsg_type != t->nl->family ||
	    genlmsg_parse(nlh, 0, tb, VMWRITE_A_MAX, vmw_nl__policy))
		t->result = -EPROTO;
	else
		t->result = t->fn(nlh, tb, t->ctx);
	return NL_SKIP;
}

/* The end of a dump; it carries the dump's error, if one stopped it. */
static int on_finish(struct nl_msg *msg, void *arg)
{
	struct transaction *t = arg;
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	const int *err = nlmsg_data(nlh);

	if ((size_t)nlmsg_datalen(nlh) >= sizeof(*err) && *err < 0 && !t->result) {
		t->result = *err;
		vmw_nl__take_message(t->nl, nlh);
	}
	t->done = true;
	return NL_STOP;
}

/* A success may carry words too: a warning. */
static int on_ack(struct nl_msg *msg, void *arg)
{
	struct transaction *t = arg;

	vmw_nl__take_message(t->nl, nlmsg_hdr(msg));
	t->done = true;
	return NL_STOP;
}

static int on_error(struct sockaddr_nl *from, struct nlmsgerr *e, void *arg)
{
	struct transaction *t = arg;

	(void)from;
	/* libnl hands over the payload: its header is right before it. */
	vmw_nl__take_message(t->nl, (struct nlmsghdr *)((char *)e - NLMSG_HDRLEN));
	if (!t->result)
		t->result = e->error;
	t->done = true;
	return NL_STOP;
}

/* The module says the dump changed while it was read: it may, see vmw_nl_sessions(). */
static int on_dump_changed(struct nl_msg *msg, void *arg)
{
	(void)msg;
	(void)arg;
	return NL_OK;
}

int vmw_nl__transact(struct vmw_nl *nl, struct nl_msg *msg, vmw_nl__reply_fn *fn, void *ctx)
{
	struct transaction t = { .nl = nl, .fn = fn, .ctx = ctx };
	struct nl_cb *cb;
	int err;

	nl->message[0] = '\0';
	cb = nl_cb_alloc(NL_CB_DEFAULT);
	if (!cb) {
		nlmsg_free(msg);
		return -ENOMEM;
	}
	nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, on_reply, &t);
	nl_cb_set(cb, NL_CB_FINISH, NL_CB_CUSTOM, on_finish, &t);
	nl_cb_set(cb, NL_CB_ACK, NL_CB_CUSTOM, on_ack, &t);
	nl_cb_set(cb, NL_CB_DUMP_INTR, NL_CB_CUSTOM, on_dump_changed, &t);
	nl_cb_err(cb, NL_CB_CUSTOM, on_error, &t);

	err = nl_send_auto(nl->sk, msg);
	nlmsg_free(msg);
	while (err >= 0 && !t.done)
		err = nl_recvmsgs(nl->sk, cb);
	nl_cb_put(cb);
	/* An error ack makes libnl fail too, with its own code: ours is right. */
	return t.done ? t.result : vmw_nl__errno(err);
}
