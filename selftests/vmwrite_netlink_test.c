// SPDX-License-Identifier: GPL-2.0
/*
 * The vmwrite generic netlink family, through libnl as its users will:
 * a subscriber of the audit group sees its own attach, write, refusal
 * and detach with every field right and increasing sequence numbers; the
 * counters of GET_STATS add up; uid 1000 may read the policy but not
 * subscribe, change the policy, list or revoke sessions, and a listener
 * in a container of its own hears nothing; GET_SESSIONS lists a session
 * with its owner and target; a revoked session fails with ECONNABORTED;
 * the policy switches process and kernel writes and the audit of reads,
 * never beyond the module parameters; a flood with a listener that does
 * not read loses events, counted and seen as a gap; a locked policy only
 * tightens, and the module unloads with a listener subscribed.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <string.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>
#include <linux/netlink.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

/* What the target's memory holds: the same address in the forked child. */
static volatile uint64_t cell = 1;
static volatile uint64_t cells[16];

/* One event of the audit group, as received. */
struct event {
	int cmd;
	uint64_t seq, session, addr, len, done;
	uint32_t tgid, uid, kind, err, op, access, target;
	char comm[32];
	uint64_t writes;	/* a detach's total */
	uint32_t nr_segs;	/* a batch's */
	int listed;
	struct {
		uint64_t addr, len, done;
		uint32_t err;
	} seg[VMWRITE_EV_SEGS_MAX + 1];
};

#define EVENTS_MAX	64

struct events {
	struct event ev[EVENTS_MAX];
	int n;
};

static uint64_t get_u64(struct nlattr **tb, int a)
{
	return tb[a] ? nla_get_u64(tb[a]) : UINT64_MAX;
}

static uint32_t get_u32(struct nlattr **tb, int a)
{
	return tb[a] ? nla_get_u32(tb[a]) : UINT32_MAX;
}

static int on_event(struct nl_msg *msg, void *arg)
{
	struct genlmsghdr *gh = nlmsg_data(nlmsg_hdr(msg));
	struct nlattr *tb[VMWRITE_A_MAX + 1], *c[VMWRITE_C_MAX + 1];
	struct events *evs = arg;
	struct event *e;

	if (evs->n == EVENTS_MAX ||
	    genlmsg_parse(nlmsg_hdr(msg), 0, tb, VMWRITE_A_MAX, NULL))
		return NL_SKIP;
	e = &evs->ev[evs->n++];
	memset(e, 0, sizeof(*e));
	e->cmd = gh->cmd;
	e->seq = get_u64(tb, VMWRITE_A_SEQ);
	e->session = get_u64(tb, VMWRITE_A_SESSION_ID);
	e->addr = get_u64(tb, VMWRITE_A_ADDR);
	e->len = get_u64(tb, VMWRITE_A_LEN);
	e->done = get_u64(tb, VMWRITE_A_DONE);
	e->tgid = get_u32(tb, VMWRITE_A_WRITER_TGID);
	e->uid = get_u32(tb, VMWRITE_A_WRITER_UID);
	e->kind = get_u32(tb, VMWRITE_A_TARGET_KIND);
	e->err = get_u32(tb, VMWRITE_A_ERRNO);
	e->op = get_u32(tb, VMWRITE_A_OP);
	e->access = get_u32(tb, VMWRITE_A_ACCESS);
	e->target = get_u32(tb, VMWRITE_A_TARGET_TGID);
	if (tb[VMWRITE_A_WRITER_COMM])
		snprintf(e->comm, sizeof(e->comm), "%s", nla_get_string(tb[VMWRITE_A_WRITER_COMM]));
	if (tb[VMWRITE_A_COUNTERS] &&
	    !nla_parse_nested(c, VMWRITE_C_MAX, tb[VMWRITE_A_COUNTERS], NULL))
		e->writes = c[VMWRITE_C_WRITES] ? nla_get_u64(c[VMWRITE_C_WRITES]) : 0;
	e->nr_segs = tb[VMWRITE_A_NR_SEGS] ? nla_get_u32(tb[VMWRITE_A_NR_SEGS]) : 0;
	if (tb[VMWRITE_A_SEGS]) {
		struct nlattr *seg, *st[VMWRITE_A_MAX + 1];
		int rem;

		nla_for_each_nested(seg, tb[VMWRITE_A_SEGS], rem) {
			if (e->listed > VMWRITE_EV_SEGS_MAX || nla_type(seg) != VMWRITE_A_SEG ||
			    nla_parse_nested(st, VMWRITE_A_MAX, seg, NULL))
				continue;
			e->seg[e->listed].addr = get_u64(st, VMWRITE_A_ADDR);
			e->seg[e->listed].len = get_u64(st, VMWRITE_A_LEN);
			e->seg[e->listed].done = get_u64(st, VMWRITE_A_DONE);
			e->seg[e->listed].err = get_u32(st, VMWRITE_A_ERRNO);
			e->listed++;
		}
	}
	return NL_OK;
}

/*
 * The first event of @cmd of this process, for @session (0: any), or
 * NULL: other processes of the guest may use vmwrite meanwhile.
 */
static struct event *find(struct events *evs, int cmd, uint64_t session)
{
	int i;

	for (i = 0; i < evs->n; i++)
		if (evs->ev[i].cmd == cmd && evs->ev[i].tgid == (uint32_t)getpid() &&
		    (!session || evs->ev[i].session == session))
			return &evs->ev[i];
	return NULL;
}

/*
 * Receive until this process's session ended (its DETACH: the close that
 * ends it sends it before returning) or 10 s of silence, into @evs.
 */
static void receive(struct nl_sock *sk, struct events *evs)
{
	struct pollfd p = { .fd = nl_socket_get_fd(sk), .events = POLLIN };

	while (!find(evs, VMWRITE_EV_DETACH, 0) && poll(&p, 1, 10000) == 1)
		if (nl_recvmsgs_default(sk) < 0)
			break;
}

/* A subscriber of the audit group: 0, or the libnl error of joining it. */
static int subscribe(struct nl_sock **out, struct events *evs)
{
	struct nl_sock *sk = nl_socket_alloc();
	int grp, err;

	if (!sk)
		return -NLE_NOMEM;
	err = genl_connect(sk);
	grp = err ? err : genl_ctrl_resolve_grp(sk, VMWRITE_GENL_NAME, VMWRITE_GENL_MCGRP_AUDIT);
	err = grp < 0 ? grp : nl_socket_add_membership(sk, grp);
	if (err) {
		nl_socket_free(sk);
		return err;
	}
	nl_socket_disable_seq_check(sk);
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_event, evs);
	*out = sk;
	return 0;
}

/* GET_STATS: the process kind's writes and bytes written. */
struct stats {
	uint64_t writes, bytes;
	bool found;
};

static int on_stats(struct nl_msg *msg, void *arg)
{
	struct nlattr *tb[VMWRITE_A_MAX + 1], *k[VMWRITE_A_MAX + 1], *c[VMWRITE_C_MAX + 1];
	struct stats *st = arg;
	struct nlattr *nest;
	int rem;

	if (genlmsg_parse(nlmsg_hdr(msg), 0, tb, VMWRITE_A_MAX, NULL))
		return NL_SKIP;
	nlmsg_for_each_attr(nest, nlmsg_hdr(msg), GENL_HDRLEN, rem) {
		if (nla_type(nest) != VMWRITE_A_KIND_STATS ||
		    nla_parse_nested(k, VMWRITE_A_MAX, nest, NULL) ||
		    !k[VMWRITE_A_TARGET_KIND] || !k[VMWRITE_A_COUNTERS] ||
		    nla_get_u32(k[VMWRITE_A_TARGET_KIND]) != VMWRITE_TARGET_PROCESS ||
		    nla_parse_nested(c, VMWRITE_C_MAX, k[VMWRITE_A_COUNTERS], NULL))
			continue;
		if (c[VMWRITE_C_WRITES] && c[VMWRITE_C_BYTES_WRITTEN]) {
			st->writes = nla_get_u64(c[VMWRITE_C_WRITES]);
			st->bytes = nla_get_u64(c[VMWRITE_C_BYTES_WRITTEN]);
			st->found = true;
		}
	}
	return NL_OK;
}

/* An attribute of a request: u8 or u64. */
struct attr {
	int type;
	bool u64;
	uint64_t v;
};

/* The extended ack of a refused request: its message, into @arg. */
static int on_error(struct sockaddr_nl *nla, struct nlmsgerr *e, void *arg)
{
	struct nlmsghdr *h = (struct nlmsghdr *)((char *)e - NLMSG_HDRLEN);
	struct nlattr *tb[NLMSGERR_ATTR_MAX + 1];
	size_t off = sizeof(*e);
	char *msg = arg;

	(void)nla;
	if (!(h->nlmsg_flags & NLM_F_CAPPED))
		off += e->msg.nlmsg_len - sizeof(e->msg);
	if (msg && (h->nlmsg_flags & NLM_F_ACK_TLVS) &&
	    !nla_parse(tb, NLMSGERR_ATTR_MAX, (struct nlattr *)((char *)e + off),
		       (int)(nlmsg_datalen(h) - off), NULL) &&
	    tb[NLMSGERR_ATTR_MSG])
		snprintf(msg, 256, "%s", nla_get_string(tb[NLMSGERR_ATTR_MSG]));
	/* libnl turns the errno into its own code. */
	return NL_STOP;
}

/*
 * One request @cmd with @n attributes (@flags: NLM_F_DUMP or 0), its
 * replies to @cb: 0, or the libnl error it was refused with (-NLE_PERM
 * for EPERM...) and the kernel's message for it in @why (256 bytes, may
 * be NULL).
 */
static int request_attrs(int cmd, int flags, const struct attr *a, int n,
			 nl_recvmsg_msg_cb_t cb, void *arg, char *why)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_msg *msg = nlmsg_alloc();
	int family, one = 1, err = -NLE_NOMEM, i;

	if (why)
		why[0] = 0;
	if (!sk || !msg)
		goto out;
	err = genl_connect(sk);
	family = err ? err : genl_ctrl_resolve(sk, VMWRITE_GENL_NAME);
	if (family < 0) {
		err = family;
		goto out;
	}
	setsockopt(nl_socket_get_fd(sk), SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));
	if (cb)
		nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, cb, arg);
	nl_socket_modify_err_cb(sk, NL_CB_CUSTOM, on_error, why);
	if (!genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, flags, cmd,
			 VMWRITE_GENL_VERSION)) {
		err = -NLE_NOMEM;
		goto out;
	}
	for (i = 0; i < n; i++)
		if (a[i].u64 ? nla_put_u64(msg, a[i].type, a[i].v) :
			       nla_put_u8(msg, a[i].type, a[i].v))
			goto out;
	err = nl_send_auto(sk, msg);
	if (err >= 0)
		err = nl_recvmsgs_default(sk);
out:
	nlmsg_free(msg);
	nl_socket_free(sk);
	return err < 0 ? err : 0;
}

/* One request @cmd without attributes, its reply to @cb: 0 or a libnl error. */
static int request(int cmd, nl_recvmsg_msg_cb_t cb, void *arg)
{
	return request_attrs(cmd, 0, NULL, 0, cb, arg, NULL);
}

FIXTURE(audit) {
	pid_t pid;
	struct nl_sock *sk;
	struct events evs;
};

FIXTURE_SETUP(audit)
{
	self->pid = spawn_sleeper();
	ASSERT_LT(0, self->pid);
	ASSERT_EQ(0, subscribe(&self->sk, &self->evs));
}

FIXTURE_TEARDOWN(audit)
{
	if (self->sk)
		nl_socket_free(self->sk);
	reap(self->pid);
}

TEST_F(audit, own_write_seen_whole)
{
	uint64_t v = 0x1122334455667788ULL, done = 0, at = (uintptr_t)&cell;
	struct event *attach, *write, *detach;
	uint32_t access = 0;
	char comm[16] = "";
	int dev;

	prctl(PR_GET_NAME, comm);
	dev = session_open(self->pid, O_RDWR, &access);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, xfer(dev, true, at, &v, 8, &done));
	ASSERT_EQ(8, done);
	close(dev);
	receive(self->sk, &self->evs);

	attach = find(&self->evs, VMWRITE_EV_ATTACH, 0);
	ASSERT_NE(NULL, attach);
	EXPECT_NE(0, attach->session);
	EXPECT_EQ(getpid(), attach->tgid);
	EXPECT_EQ(getuid(), attach->uid);
	EXPECT_STREQ(comm, attach->comm);
	EXPECT_EQ(VMWRITE_TARGET_PROCESS, attach->kind);
	EXPECT_EQ(self->pid, attach->target);
	EXPECT_EQ(access, attach->access);

	write = find(&self->evs, VMWRITE_EV_WRITE, attach->session);
	ASSERT_NE(NULL, write);
	EXPECT_EQ(at, write->addr);
	EXPECT_EQ(8, write->len);
	EXPECT_EQ(8, write->done);
	EXPECT_EQ(0, write->err);
	EXPECT_LT(attach->seq, write->seq);

	detach = find(&self->evs, VMWRITE_EV_DETACH, attach->session);
	ASSERT_NE(NULL, detach);
	EXPECT_EQ(1, detach->writes);
	EXPECT_LT(write->seq, detach->seq);
}

/*
 * A batch is one event: its totals, its segment count, and its first
 * VMWRITE_EV_SEGS_MAX segments each with its own result.
 */
TEST_F(audit, batch_is_one_event)
{
	struct vmwrite_seg segs[12];
	struct vmwrite_rwv r;
	struct event *attach, *write;
	uint64_t v = 7;
	int dev, i, writes = 0;

	for (i = 0; i < 12; i++)
		seg_set(&segs[i], (uintptr_t)&cells[i], &v, 8);
	seg_set(&segs[2], 0, &v, 8);	/* unmapped: EFAULT */
	dev = session_open(self->pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, rwv(dev, true, segs, 12, &r));
	ASSERT_EQ(1, r.nr_failed);
	close(dev);
	receive(self->sk, &self->evs);

	attach = find(&self->evs, VMWRITE_EV_ATTACH, 0);
	ASSERT_NE(NULL, attach);
	write = find(&self->evs, VMWRITE_EV_WRITE, attach->session);
	ASSERT_NE(NULL, write);
	for (i = 0; i < self->evs.n; i++)
		writes += self->evs.ev[i].cmd == VMWRITE_EV_WRITE &&
			  self->evs.ev[i].session == attach->session;
	EXPECT_EQ(1, writes);
	EXPECT_EQ(12, write->nr_segs);
	EXPECT_EQ((uintptr_t)&cells[0], write->addr);
	EXPECT_EQ(96, write->len);
	EXPECT_EQ(88, write->done);
	EXPECT_EQ(0, write->err);
	ASSERT_EQ(VMWRITE_EV_SEGS_MAX, write->listed);
	for (i = 0; i < VMWRITE_EV_SEGS_MAX; i++) {
		EXPECT_EQ(segs[i].addr, write->seg[i].addr);
		EXPECT_EQ(8, write->seg[i].len);
		EXPECT_EQ(i == 2 ? 0 : 8, write->seg[i].done);
		EXPECT_EQ(i == 2 ? EFAULT : 0, write->seg[i].err);
	}
}

TEST_F(audit, refused_write_is_an_event)
{
	uint64_t v = 1, done = 0;
	struct event *attach, *refused;
	int dev;

	/* A read-only session: its write is refused with EBADF. */
	dev = session_open(self->pid, O_RDONLY, NULL);
	ASSERT_LE(0, dev);
	EXPECT_EQ(-EBADF, xfer(dev, true, (uintptr_t)&cell, &v, 8, &done));
	close(dev);
	receive(self->sk, &self->evs);

	attach = find(&self->evs, VMWRITE_EV_ATTACH, 0);
	ASSERT_NE(NULL, attach);
	refused = find(&self->evs, VMWRITE_EV_REFUSED, attach->session);
	ASSERT_NE(NULL, refused);
	EXPECT_EQ(VMWRITE_EV_WRITE, refused->op);
	EXPECT_EQ(EBADF, refused->err);
	EXPECT_EQ(0, refused->done);
}

TEST_F(audit, refused_cmpxchg_is_an_event)
{
	struct event *attach, *refused, *detach;
	uint64_t old, done;
	int dev;

	dev = session_open(self->pid, O_RDONLY, NULL);
	ASSERT_LE(0, dev);
	EXPECT_EQ(-EBADF, session_cmpxchg(dev, (uintptr_t)&cell, 8, 1, 2, &old, &done));
	close(dev);
	receive(self->sk, &self->evs);

	attach = find(&self->evs, VMWRITE_EV_ATTACH, 0);
	ASSERT_NE(NULL, attach);
	refused = find(&self->evs, VMWRITE_EV_REFUSED, attach->session);
	ASSERT_NE(NULL, refused);
	EXPECT_EQ(VMWRITE_EV_CMPXCHG, refused->op);
	EXPECT_EQ(EBADF, refused->err);
	detach = find(&self->evs, VMWRITE_EV_DETACH, attach->session);
	ASSERT_NE(NULL, detach);
	EXPECT_EQ(0, detach->writes);
}

TEST_F(audit, stats_add_up)
{
	struct stats before = { 0 }, after = { 0 };
	uint64_t v = 7, done;
	int dev, i;

	ASSERT_EQ(0, request(VMWRITE_CMD_GET_STATS, on_stats, &before));
	dev = session_open(self->pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	for (i = 0; i < 10; i++)
		ASSERT_EQ(0, xfer(dev, true, (uintptr_t)&cell, &v, 4, &done));
	close(dev);
	ASSERT_EQ(0, request(VMWRITE_CMD_GET_STATS, on_stats, &after));
	/* System-wide counters: the harness runs one program at a time. */
	ASSERT_TRUE(before.found && after.found);
	EXPECT_EQ(before.writes + 10, after.writes);
	EXPECT_EQ(before.bytes + 40, after.bytes);
}

static int on_any(struct nl_msg *msg, void *arg)
{
	(void)msg;
	++*(int *)arg;
	return NL_OK;
}

/* uid 1000 may read the policy, but not listen to other users' events. */
TEST(unprivileged)
{
	pid_t pid = fork();
	int status;

	ASSERT_LE(0, pid);
	if (pid == 0) {
		struct nl_sock *sk = NULL;
		struct events evs;
		int replies = 0;

		if (setgid(1000) || setuid(1000))
			_exit(10);
		if (request(VMWRITE_CMD_GET_POLICY, on_any, &replies) || replies != 1)
			_exit(11);
		_exit(subscribe(&sk, &evs) == -NLE_PERM ? 0 : 12);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	EXPECT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
}

/* ---- sessions ------------------------------------------------------------ */

/* This process's session on @target, as GET_SESSIONS lists it. */
struct session_row {
	pid_t target;
	bool found;
	uint64_t id, age, writes;
	uint32_t uid, kind, access;
	uint8_t revoked;
	char comm[32];
};

static int on_session(struct nl_msg *msg, void *arg)
{
	struct nlattr *tb[VMWRITE_A_MAX + 1], *c[VMWRITE_C_MAX + 1];
	struct session_row *r = arg;

	if (genlmsg_parse(nlmsg_hdr(msg), 0, tb, VMWRITE_A_MAX, NULL) ||
	    get_u32(tb, VMWRITE_A_WRITER_TGID) != (uint32_t)getpid() ||
	    get_u32(tb, VMWRITE_A_TARGET_TGID) != (uint32_t)r->target)
		return NL_OK;
	r->found = true;
	r->id = get_u64(tb, VMWRITE_A_SESSION_ID);
	r->age = get_u64(tb, VMWRITE_A_AGE_NS);
	r->uid = get_u32(tb, VMWRITE_A_WRITER_UID);
	r->kind = get_u32(tb, VMWRITE_A_TARGET_KIND);
	r->access = get_u32(tb, VMWRITE_A_ACCESS);
	r->revoked = tb[VMWRITE_A_REVOKED] ? nla_get_u8(tb[VMWRITE_A_REVOKED]) : 0xff;
	if (tb[VMWRITE_A_WRITER_COMM])
		snprintf(r->comm, sizeof(r->comm), "%s", nla_get_string(tb[VMWRITE_A_WRITER_COMM]));
	if (tb[VMWRITE_A_COUNTERS] &&
	    !nla_parse_nested(c, VMWRITE_C_MAX, tb[VMWRITE_A_COUNTERS], NULL) &&
	    c[VMWRITE_C_WRITES])
		r->writes = nla_get_u64(c[VMWRITE_C_WRITES]);
	return NL_OK;
}

static int find_session(pid_t target, struct session_row *r)
{
	memset(r, 0, sizeof(*r));
	r->target = target;
	return request_attrs(VMWRITE_CMD_GET_SESSIONS, NLM_F_DUMP, NULL, 0,
			     on_session, r, NULL);
}

static int revoke_session(uint64_t id, char *why)
{
	struct attr a = { VMWRITE_A_SESSION_ID, true, id };

	return request_attrs(VMWRITE_CMD_REVOKE_SESSION, 0, &a, 1, NULL, NULL, why);
}

TEST_F(audit, session_listed)
{
	uint64_t v = 3, done;
	struct session_row r;
	uint32_t access = 0;
	char comm[16] = "";
	int dev;

	prctl(PR_GET_NAME, comm);
	dev = session_open(self->pid, O_RDWR, &access);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)&cell, &v, 8, &done));
	ASSERT_EQ(0, find_session(self->pid, &r));
	close(dev);
	ASSERT_TRUE(r.found);
	EXPECT_NE(0, r.id);
	EXPECT_EQ(getuid(), r.uid);
	EXPECT_STREQ(comm, r.comm);
	EXPECT_EQ(VMWRITE_TARGET_PROCESS, r.kind);
	EXPECT_EQ(access, r.access);
	EXPECT_EQ(1, r.writes);
	EXPECT_LT(0, r.age);
	EXPECT_EQ(0, r.revoked);
	/* Closed: no longer listed. */
	ASSERT_EQ(0, find_session(self->pid, &r));
	EXPECT_FALSE(r.found);
}

TEST_F(audit, revoked_session_fails)
{
	struct vmwrite_region reg = { 0 };
	struct vmwrite_seg seg;
	struct vmwrite_rwv rv;
	struct event *refused;
	struct session_row r;
	uint64_t v = 5, done = 1;
	char why[256];
	int dev;

	dev = session_open(self->pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, find_session(self->pid, &r));
	ASSERT_TRUE(r.found);
	ASSERT_EQ(0, revoke_session(r.id, why));
	/* Again: it is revoked already, not an error. */
	EXPECT_EQ(0, revoke_session(r.id, why));

	EXPECT_EQ(-ECONNABORTED, xfer(dev, true, (uintptr_t)&cell, &v, 8, &done));
	EXPECT_EQ(0, done);
	EXPECT_EQ(-ECONNABORTED, xfer(dev, false, (uintptr_t)&cell, &v, 8, &done));
	EXPECT_EQ(-ECONNABORTED, session_region(dev, (uintptr_t)&cell, &reg));
	seg_set(&seg, (uintptr_t)&cell, &v, 8);
	EXPECT_EQ(-ECONNABORTED, rwv(dev, true, &seg, 1, &rv));
	EXPECT_EQ(0, rv.nr_done);
	EXPECT_EQ(-ECONNABORTED, rwv(dev, false, &seg, 1, &rv));
	ASSERT_EQ(0, find_session(self->pid, &r));
	EXPECT_TRUE(r.found);
	EXPECT_EQ(1, r.revoked);
	close(dev);
	receive(self->sk, &self->evs);
	refused = find(&self->evs, VMWRITE_EV_REFUSED, r.id);
	ASSERT_NE(NULL, refused);
	EXPECT_EQ(ECONNABORTED, refused->err);

	/* A session that never was. */
	EXPECT_EQ(-NLE_OBJ_NOTFOUND, revoke_session(UINT64_MAX, why));
	EXPECT_STREQ("no such session attached", why);
}

/* ---- policy ---------------------------------------------------------------- */

#define KERNEL_WRITE_PARAM	"/sys/module/vmwrite/parameters/allow_kernel_write"
#define TEXT_WRITE_PARAM	"/sys/module/vmwrite/parameters/allow_text_write"

struct policy {
	int now[VMWRITE_A_MAX + 1];
	int ceiling[VMWRITE_A_MAX + 1];
};

static int on_policy(struct nl_msg *msg, void *arg)
{
	struct nlattr *tb[VMWRITE_A_MAX + 1], *c[VMWRITE_A_MAX + 1];
	struct policy *p = arg;
	int a;

	if (genlmsg_parse(nlmsg_hdr(msg), 0, tb, VMWRITE_A_MAX, NULL) ||
	    !tb[VMWRITE_A_CEILING] ||
	    nla_parse_nested(c, VMWRITE_A_MAX, tb[VMWRITE_A_CEILING], NULL))
		return NL_SKIP;
	for (a = VMWRITE_A_P_PROCESS_WRITES; a <= VMWRITE_A_P_LOCKED; a++) {
		p->now[a] = tb[a] ? nla_get_u8(tb[a]) : -1;
		p->ceiling[a] = c[a] ? nla_get_u8(c[a]) : -1;
	}
	return NL_OK;
}

static int get_policy(struct policy *p)
{
	memset(p, 0xff, sizeof(*p));
	return request(VMWRITE_CMD_GET_POLICY, on_policy, p);
}

static int set_policy(int attr, int on, char *why)
{
	struct attr a = { attr, false, on };

	return request_attrs(VMWRITE_CMD_SET_POLICY, 0, &a, 1, NULL, NULL, why);
}

FIXTURE(policy) {
	pid_t pid;
	int dev, kdev;
	uint64_t kaddr;
	char why[256];
};

FIXTURE_SETUP(policy)
{
	self->pid = spawn_sleeper();
	ASSERT_LT(0, self->pid);
	self->dev = session_open(self->pid, O_RDWR, NULL);
	ASSERT_LE(0, self->dev);
	self->kaddr = sysfs_u64("/sys/kernel/vmwrite_testmod/rw_addr");
	ASSERT_NE(0, self->kaddr);
	self->kdev = kernel_session_open(O_RDWR, NULL);
	ASSERT_LE(0, self->kdev);
}

/* What the module was loaded with, for the tests that follow. */
FIXTURE_TEARDOWN(policy)
{
	int a;

	sysfs_write(KERNEL_WRITE_PARAM, "1");
	sysfs_write(TEXT_WRITE_PARAM, "0");
	for (a = VMWRITE_A_P_PROCESS_WRITES; a <= VMWRITE_A_P_KERNEL_WRITES; a++)
		set_policy(a, 1, NULL);
	set_policy(VMWRITE_A_P_AUDIT_READS, 0, NULL);
	close(self->kdev);
	close(self->dev);
	reap(self->pid);
}

TEST_F(policy, process_writes_off)
{
	uint64_t v = 9, old, done;
	struct vmwrite_seg seg;
	struct vmwrite_rwv r;
	struct policy p;

	ASSERT_EQ(0, set_policy(VMWRITE_A_P_PROCESS_WRITES, 0, self->why));
	ASSERT_EQ(0, get_policy(&p));
	EXPECT_EQ(0, p.now[VMWRITE_A_P_PROCESS_WRITES]);
	EXPECT_EQ(1, p.ceiling[VMWRITE_A_P_PROCESS_WRITES]);
	EXPECT_EQ(-EPERM, xfer(self->dev, true, (uintptr_t)&cell, &v, 8, &done));
	EXPECT_EQ(-EPERM, session_cmpxchg(self->dev, (uintptr_t)&cell, 8, 1, 2, &old, &done));
	/* A batch is not refused as a whole: each of its writes is. */
	seg_set(&seg, (uintptr_t)&cell, &v, 8);
	EXPECT_EQ(0, rwv(self->dev, true, &seg, 1, &r));
	EXPECT_EQ(-EPERM, seg.error);
	EXPECT_EQ(0, seg.done);
	/* Reads go on, and so do kernel writes. */
	EXPECT_EQ(0, xfer(self->dev, false, (uintptr_t)&cell, &v, 8, &done));
	EXPECT_EQ(8, done);
	EXPECT_EQ(0, xfer(self->kdev, true, self->kaddr, &v, 8, &done));
	ASSERT_EQ(0, set_policy(VMWRITE_A_P_PROCESS_WRITES, 1, self->why));
	EXPECT_EQ(0, xfer(self->dev, true, (uintptr_t)&cell, &v, 8, &done));
	EXPECT_EQ(8, done);
}

TEST_F(policy, kernel_writes_off)
{
	uint64_t v = 11, done;
	struct policy p;

	ASSERT_EQ(0, set_policy(VMWRITE_A_P_KERNEL_WRITES, 0, self->why));
	ASSERT_EQ(0, get_policy(&p));
	EXPECT_EQ(0, p.now[VMWRITE_A_P_KERNEL_WRITES]);
	EXPECT_EQ(0, p.now[VMWRITE_A_P_TEXT_WRITES]);
	EXPECT_EQ(-EPERM, xfer(self->kdev, true, self->kaddr, &v, 8, &done));
	/* Kernel reads and process writes go on. */
	EXPECT_EQ(0, xfer(self->kdev, false, self->kaddr, &v, 8, &done));
	EXPECT_EQ(0, xfer(self->dev, true, (uintptr_t)&cell, &v, 8, &done));
	EXPECT_EQ(8, done);
	ASSERT_EQ(0, set_policy(VMWRITE_A_P_KERNEL_WRITES, 1, self->why));
	EXPECT_EQ(0, xfer(self->kdev, true, self->kaddr, &v, 8, &done));
	EXPECT_EQ(8, done);
}

TEST_F(policy, kernel_reads_off)
{
	uint64_t v, done;

	ASSERT_EQ(0, set_policy(VMWRITE_A_P_KERNEL_READS, 0, self->why));
	EXPECT_EQ(-EPERM, xfer(self->kdev, false, self->kaddr, &v, 8, &done));
	EXPECT_EQ(0, xfer(self->dev, false, (uintptr_t)&cell, &v, 8, &done));
	ASSERT_EQ(0, set_policy(VMWRITE_A_P_KERNEL_READS, 1, self->why));
	EXPECT_EQ(0, xfer(self->kdev, false, self->kaddr, &v, 8, &done));
}

/* The module parameters are the ceiling: never beyond, back up to it. */
TEST_F(policy, ceiling)
{
	uint64_t v = 13, done;
	struct policy p;

	ASSERT_EQ(0, sysfs_write(KERNEL_WRITE_PARAM, "0"));
	ASSERT_EQ(0, get_policy(&p));
	EXPECT_EQ(0, p.ceiling[VMWRITE_A_P_KERNEL_WRITES]);
	EXPECT_EQ(0, p.now[VMWRITE_A_P_KERNEL_WRITES]);
	EXPECT_EQ(-EPERM, xfer(self->kdev, true, self->kaddr, &v, 8, &done));
	EXPECT_EQ(-NLE_PERM, set_policy(VMWRITE_A_P_KERNEL_WRITES, 1, self->why));
	EXPECT_NE(NULL, strstr(self->why, "allow_kernel_write"));
	/* Turning it off below the ceiling is allowed... */
	EXPECT_EQ(0, set_policy(VMWRITE_A_P_KERNEL_WRITES, 0, self->why));
	/* ... and raising the parameter gives back only what the policy allows. */
	ASSERT_EQ(0, sysfs_write(KERNEL_WRITE_PARAM, "1"));
	EXPECT_EQ(-EPERM, xfer(self->kdev, true, self->kaddr, &v, 8, &done));
	EXPECT_EQ(0, set_policy(VMWRITE_A_P_KERNEL_WRITES, 1, self->why));
	EXPECT_EQ(0, xfer(self->kdev, true, self->kaddr, &v, 8, &done));

	/* allow_text_write is off by default: text writes are beyond it. */
	ASSERT_EQ(0, sysfs_write(TEXT_WRITE_PARAM, "0"));
	EXPECT_EQ(-NLE_PERM, set_policy(VMWRITE_A_P_TEXT_WRITES, 1, self->why));
	EXPECT_NE(NULL, strstr(self->why, "allow_text_write"));
}

TEST_F(policy, audit_reads)
{
	struct events evs = { .n = 0 };
	struct event *read;
	struct nl_sock *sk;
	uint64_t v, done;
	int dev;

	ASSERT_EQ(0, subscribe(&sk, &evs));
	ASSERT_EQ(0, set_policy(VMWRITE_A_P_AUDIT_READS, 1, self->why));
	dev = session_open(self->pid, O_RDONLY, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, xfer(dev, false, (uintptr_t)&cell, &v, 8, &done));
	close(dev);
	receive(sk, &evs);
	nl_socket_free(sk);
	read = find(&evs, VMWRITE_EV_READ, 0);
	ASSERT_NE(NULL, read);
	EXPECT_EQ((uintptr_t)&cell, read->addr);
	EXPECT_EQ(8, read->done);
}

TEST_F(policy, bad_requests)
{
	struct attr two = { VMWRITE_A_P_KERNEL_WRITES, false, 2 };
	struct attr unlock = { VMWRITE_A_P_LOCKED, false, 0 };
	struct attr session = { VMWRITE_A_SESSION_ID, true, 1 };

	EXPECT_GT(0, request_attrs(VMWRITE_CMD_SET_POLICY, 0, &two, 1, NULL, NULL, self->why));
	EXPECT_NE(0, self->why[0]);
	EXPECT_GT(0, request_attrs(VMWRITE_CMD_SET_POLICY, 0, &unlock, 1, NULL, NULL, self->why));
	EXPECT_EQ(-NLE_INVAL, request_attrs(VMWRITE_CMD_SET_POLICY, 0, NULL, 0, NULL, NULL,
					    self->why));
	EXPECT_STREQ("no policy attribute to set", self->why);
	/* An attribute a request does not take. */
	EXPECT_GT(0, request_attrs(VMWRITE_CMD_GET_STATS, 0, &session, 1, NULL, NULL, self->why));
	EXPECT_GT(0, request_attrs(VMWRITE_CMD_SET_POLICY, 0, &session, 1, NULL, NULL, self->why));
}

/* uid 1000 can neither change the policy nor list nor revoke sessions. */
TEST(unprivileged_admin)
{
	pid_t pid = fork();
	int status;

	ASSERT_LE(0, pid);
	if (pid == 0) {
		struct session_row r;
		char why[256];

		if (setgid(1000) || setuid(1000))
			_exit(10);
		if (set_policy(VMWRITE_A_P_KERNEL_WRITES, 0, why) != -NLE_PERM ||
		    strcmp(why, "needs CAP_SYS_ADMIN"))
			_exit(11);
		if (find_session(getpid(), &r) != -NLE_PERM)
			_exit(12);
		if (revoke_session(1, why) != -NLE_PERM)
			_exit(13);
		_exit(0);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	EXPECT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
}

/* ---- listeners elsewhere, floods, unload ---------------------------------- */

static uint64_t events_stat(int which)
{
	struct nlattr *tb[VMWRITE_A_MAX + 1], *e[VMWRITE_E_MAX + 1];
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_msg *msg = nlmsg_alloc(), *reply = NULL;
	unsigned char *buf = NULL;
	struct sockaddr_nl who;
	uint64_t v = UINT64_MAX;
	int family, n;

	if (!sk || !msg || genl_connect(sk))
		goto out;
	family = genl_ctrl_resolve(sk, VMWRITE_GENL_NAME);
	if (family < 0 ||
	    !genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, 0,
			 VMWRITE_CMD_GET_STATS, VMWRITE_GENL_VERSION) ||
	    nl_send_auto(sk, msg) < 0)
		goto out;
	n = nl_recv(sk, &who, &buf, NULL);
	if (n <= 0)
		goto out;
	reply = nlmsg_convert((struct nlmsghdr *)buf);
	if (reply && !genlmsg_parse(nlmsg_hdr(reply), 0, tb, VMWRITE_A_MAX, NULL) &&
	    tb[VMWRITE_A_EVENTS] &&
	    !nla_parse_nested(e, VMWRITE_E_MAX, tb[VMWRITE_A_EVENTS], NULL) && e[which])
		v = nla_get_u64(e[which]);
out:
	nlmsg_free(reply);
	free(buf);
	nlmsg_free(msg);
	nl_socket_free(sk);
	return v;
}

/*
 * A container: uid 1000 in a user and network namespace of its own.  Its
 * CAP_SYS_ADMIN there lets it join the group (the check is made in the
 * socket's network namespace's user namespace), but the family lives in
 * the initial network namespace only: nothing reaches it.
 */
TEST(container_listener_hears_nothing)
{
	int go[2], ready[2], grp, status;
	uint64_t unheard, v = 1, done;
	struct nl_sock *sk;
	char c = 0;
	pid_t pid, target;

	sk = nl_socket_alloc();
	ASSERT_NE(NULL, sk);
	ASSERT_EQ(0, genl_connect(sk));
	grp = genl_ctrl_resolve_grp(sk, VMWRITE_GENL_NAME, VMWRITE_GENL_MCGRP_AUDIT);
	nl_socket_free(sk);
	ASSERT_LT(0, grp);
	ASSERT_EQ(0, pipe(go));
	ASSERT_EQ(0, pipe(ready));
	pid = fork();
	ASSERT_LE(0, pid);
	if (pid == 0) {
		struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
		struct pollfd p = { .events = POLLIN };
		char r;

		if (setgid(1000) || setuid(1000))
			_exit(10);
		if (unshare(CLONE_NEWUSER | CLONE_NEWNET))
			_exit(4);	/* no user namespaces here: skip */
		p.fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
		if (p.fd < 0 || bind(p.fd, (struct sockaddr *)&sa, sizeof(sa)))
			_exit(11);
		/* A join refused would be as good: nothing to hear. */
		r = setsockopt(p.fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &grp,
			       sizeof(grp)) ? 'r' : 'j';
		if (write(ready[1], &r, 1) != 1 || read(go[0], &r, 1) != 1)
			_exit(12);
		_exit(poll(&p, 1, 1000) == 0 ? 0 : 13);
	}
	ASSERT_EQ(1, read(ready[0], &c, 1));
	TH_LOG("the container's join: %s", c == 'j' ? "accepted" : "refused");
	unheard = events_stat(VMWRITE_E_UNHEARD);
	target = spawn_sleeper();
	ASSERT_LT(0, target);
	int dev = session_open(target, O_RDWR, NULL);

	ASSERT_LE(0, dev);
	EXPECT_EQ(0, xfer(dev, true, (uintptr_t)&cell, &v, 8, &done));
	close(dev);
	reap(target);
	ASSERT_EQ(1, write(go[1], &c, 1));
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	ASSERT_TRUE(WIFEXITED(status));
	if (WEXITSTATUS(status) == 4)
		SKIP(return, "no user namespaces for uid 1000");
	EXPECT_EQ(0, WEXITSTATUS(status));
	/* Built for a listener that can never hear them: counted unheard. */
	if (c == 'j')
		EXPECT_LT(unheard, events_stat(VMWRITE_E_UNHEARD));
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Seconds for @n 8-byte writes through @dev. */
static double time_writes(int dev, int n)
{
	uint64_t v = 0, done;
	double t = now();
	int i;

	for (i = 0; i < n; i++)
		if (xfer(dev, true, (uintptr_t)&cell, &v, 8, &done))
			return -1;
	return now() - t;
}

#define FLOOD	4000

/* Receive what @sk holds: this process's write events' numbers into @seq. */
static int drain_writes(struct nl_sock *sk, struct events *evs, uint64_t *seq,
			int max, bool *overrun)
{
	struct pollfd p = { .fd = nl_socket_get_fd(sk), .events = POLLIN };
	int got = 0, err, j;

	while (got < max && poll(&p, 1, 200) == 1) {
		evs->n = 0;
		err = nl_recvmsgs_default(sk);
		if (err == -NLE_NOMEM) {
			*overrun = true;	/* ENOBUFS */
			continue;
		}
		if (err < 0)
			break;
		for (j = 0; j < evs->n && got < max; j++)
			if (evs->ev[j].cmd == VMWRITE_EV_WRITE &&
			    evs->ev[j].tgid == (uint32_t)getpid())
				seq[got++] = evs->ev[j].seq;
	}
	return got;
}

/*
 * A listener that does not read: its queue fills, the events that do not
 * fit are lost, counted as unheard, and seen by it as ENOBUFS and then as
 * a gap in the sequence.  The cost of events is reported, never asserted.
 */
TEST(flood_loses_events_counted)
{
	static uint64_t seq[FLOOD];
	struct events evs = { .n = 0 };
	uint64_t unheard, v = 0, done, after;
	bool overrun = false;
	double quiet, full;
	struct nl_sock *sk;
	pid_t target;
	int dev, got;

	target = spawn_sleeper();
	ASSERT_LT(0, target);
	dev = session_open(target, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	quiet = time_writes(dev, FLOOD);
	ASSERT_LT(0, quiet);

	ASSERT_EQ(0, subscribe(&sk, &evs));
	ASSERT_EQ(0, nl_socket_set_buffer_size(sk, 8192, 0));
	unheard = events_stat(VMWRITE_E_UNHEARD);
	full = time_writes(dev, FLOOD);
	ASSERT_LT(0, full);
	EXPECT_LT(unheard, events_stat(VMWRITE_E_UNHEARD));

	/* What fitted, after ENOBUFS; then one more write, after the gap. */
	got = drain_writes(sk, &evs, seq, FLOOD, &overrun);
	EXPECT_TRUE(overrun);
	ASSERT_LT(0, got);
	EXPECT_LT(got, FLOOD);
	ASSERT_EQ(0, xfer(dev, true, (uintptr_t)&cell, &v, 8, &done));
	ASSERT_EQ(1, drain_writes(sk, &evs, &after, 1, &overrun));
	/* Every write lost took a number: the gap is at least as wide. */
	EXPECT_LE(seq[got - 1] + 1 + (FLOOD - got), after);
	close(dev);
	reap(target);
	nl_socket_free(sk);
	TH_LOG("%d 8-byte writes: %.0f/s with no listener, %.0f/s with a full one (%.2fx the time); %d events heard, then a gap of %llu",
	       FLOOD, FLOOD / quiet, FLOOD / full, full / quiet, got,
	       (unsigned long long)(after - seq[got - 1] - 1));
}

/*
 * A locked policy only tightens, and the module parameters cannot be
 * raised, until the module goes; it goes with a listener subscribed, and
 * comes back unlocked, as the guest runner loaded it, for what follows.
 */
TEST(lock_lasts_until_unload)
{
	struct events evs = { .n = 0 };
	struct attr lock = { VMWRITE_A_P_LOCKED, false, 1 };
	struct nl_sock *sk;
	struct policy p;
	char why[256];

	if (access("vmwrite.ko", R_OK))
		SKIP(return, "no vmwrite.ko here to load again");
	ASSERT_EQ(0, subscribe(&sk, &evs));
	ASSERT_EQ(0, set_policy(VMWRITE_A_P_AUDIT_READS, 1, why));
	ASSERT_EQ(0, request_attrs(VMWRITE_CMD_SET_POLICY, 0, &lock, 1, NULL, NULL, why));
	ASSERT_EQ(0, get_policy(&p));
	EXPECT_EQ(1, p.now[VMWRITE_A_P_LOCKED]);
	EXPECT_EQ(-NLE_PERM, set_policy(VMWRITE_A_P_AUDIT_READS, 0, why));
	EXPECT_NE(NULL, strstr(why, "locked"));
	EXPECT_EQ(0, set_policy(VMWRITE_A_P_KERNEL_WRITES, 0, why));
	EXPECT_EQ(-NLE_PERM, set_policy(VMWRITE_A_P_KERNEL_WRITES, 1, why));
	EXPECT_EQ(-EPERM, sysfs_write(TEXT_WRITE_PARAM, "1"));
	EXPECT_EQ(0, sysfs_write(KERNEL_WRITE_PARAM, "0"));
	EXPECT_EQ(-EPERM, sysfs_write(KERNEL_WRITE_PARAM, "1"));

	ASSERT_EQ(0, system("rmmod vmwrite"));
	ASSERT_EQ(0, system("insmod vmwrite.ko"));
	nl_socket_free(sk);
	ASSERT_EQ(0, get_policy(&p));
	EXPECT_EQ(0, p.now[VMWRITE_A_P_LOCKED]);
	EXPECT_EQ(1, p.now[VMWRITE_A_P_KERNEL_WRITES]);
	EXPECT_EQ(0, p.now[VMWRITE_A_P_AUDIT_READS]);
}

TEST_HARNESS_MAIN
