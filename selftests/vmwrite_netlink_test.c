// SPDX-License-Identifier: GPL-2.0
/*
 * The vmwrite generic netlink family, through libnl as its users will:
 * a subscriber of the audit group sees its own attach, write, refusal
 * and detach with every field right and increasing sequence numbers; the
 * counters of GET_STATS add up; uid 1000 may read the policy but not
 * subscribe.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

/* What the target's memory holds: the same address in the forked child. */
static volatile uint64_t cell = 1;

/* One event of the audit group, as received. */
struct event {
	int cmd;
	uint64_t seq, session, addr, len, done;
	uint32_t tgid, uid, kind, err, op, access;
	char comm[32];
	uint64_t writes;	/* a detach's total */
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
	if (tb[VMWRITE_A_WRITER_COMM])
		snprintf(e->comm, sizeof(e->comm), "%s", nla_get_string(tb[VMWRITE_A_WRITER_COMM]));
	if (tb[VMWRITE_A_COUNTERS] &&
	    !nla_parse_nested(c, VMWRITE_C_MAX, tb[VMWRITE_A_COUNTERS], NULL))
		e->writes = c[VMWRITE_C_WRITES] ? nla_get_u64(c[VMWRITE_C_WRITES]) : 0;
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

/* One request @cmd, its reply to @cb: 0 or a libnl error. */
static int request(int cmd, nl_recvmsg_msg_cb_t cb, void *arg)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct nl_msg *msg = nlmsg_alloc();
	int family, err = -NLE_NOMEM;

	if (!sk || !msg)
		goto out;
	err = genl_connect(sk);
	family = err ? err : genl_ctrl_resolve(sk, VMWRITE_GENL_NAME);
	if (family < 0) {
		err = family;
		goto out;
	}
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, cb, arg);
	if (!genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, 0, cmd, VMWRITE_GENL_VERSION)) {
		err = -NLE_NOMEM;
		goto out;
	}
	err = nl_send_auto(sk, msg);
	if (err >= 0)
		err = nl_recvmsgs_default(sk);
out:
	nlmsg_free(msg);
	nl_socket_free(sk);
	return err < 0 ? err : 0;
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

TEST_HARNESS_MAIN
