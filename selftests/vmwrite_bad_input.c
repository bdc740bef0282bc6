// SPDX-License-Identifier: GPL-2.0
/*
 * Every row of selftests/bad_input.h, each a test of its own: a valid call
 * of the row's ioctl, changed as the row says, must fail with the row's
 * errno and do nothing.  Needs the module and vmwrite_testmod.ko loaded
 * (the kernel-target rows aim at the test module's memory), as root.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <linux/vmwrite.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"


struct bad_ctx {
	/* Sessions, and other files. */
	int fresh;		/* not attached */
	int proc, proc_ro, proc_wo;	/* on a child: rw, read-only, write-only */
	int revoked;		/* on the child, rw, revoked by the administrator */
	int kern, kern_ro;	/* on the kernel: rw, /dev/vmwrite O_RDONLY */
	int pipe, maps;
	pid_t child;
	/* Places. */
	char *area;		/* mapped in the child, as in us */
	uint64_t hole;		/* not mapped in the child */
	char *ro_page;		/* read-only, ours */
	uint64_t rw_addr, ro_addr, io_addr, guard_addr;	/* test module */
	uint64_t noncanonical;	/* rw_addr, made so under the paging mode */
	char buf[64];
	struct vmwrite_seg seg;	/* the batch's one segment */
	const char *skip;	/* the row cannot run here, why */
	/* The call: fd, command, argument. */
	int fd;
	unsigned long cmd;
	void *arg;
	union {
		struct vmwrite_api api;
		struct vmwrite_attach attach;
		struct vmwrite_rw rw;
		struct vmwrite_cmpxchg x;
		struct vmwrite_region region;
		struct vmwrite_rwv rwv;
		unsigned char bytes[PAGE];
	} u;
};

/* @v, unless it is 0: then the row cannot run here, for @why. */
static uint64_t need(struct bad_ctx *c, uint64_t v, const char *why)
{
	if (!v)
		c->skip = why;
	return v;
}

/* A page of ours that is read-only now. */
static void *readonly_page(struct bad_ctx *c)
{
	mprotect(c->ro_page, PAGE, PROT_READ);
	return c->ro_page;
}

/* The argument, copied into read-only memory: nothing can be reported. */
static void *readonly_copy(struct bad_ctx *c)
{
	memcpy(c->ro_page, &c->u, sizeof(c->u.rw));
	return readonly_page(c);
}

/* The batch's segment, copied into read-only memory: no result can be. */
static uint64_t readonly_segs(struct bad_ctx *c)
{
	memcpy(c->ro_page, &c->seg, sizeof(c->seg));
	return (uintptr_t)readonly_page(c);
}

enum op { API, ATTACH, WRITE, READ, CMPXCHG, REGION, WRITEV, READV, OTHER };

/* A valid call of @op, on a session attached to the child if it needs one. */
static void prepare(struct bad_ctx *c, enum op op)
{
	memset(&c->u, 0, sizeof(c->u));
	mprotect(c->ro_page, PAGE, PROT_READ | PROT_WRITE);
	c->fd = c->proc;
	c->arg = &c->u;
	switch (op) {
	case API:
		c->cmd = VMWRITE_IOC_API;
		c->u.api.size = sizeof(c->u.api);
		break;
	case ATTACH:
		c->cmd = VMWRITE_IOC_ATTACH;
		c->fd = c->fresh;
		c->u.attach.size = sizeof(c->u.attach);
		c->u.attach.target = VMWRITE_TARGET_PROCESS;
		c->u.attach.fd = c->maps;	/* each row sets what it tests */
		break;
	case WRITE:
	case READ:
	case OTHER:
		c->cmd = op == READ ? VMWRITE_IOC_READ : VMWRITE_IOC_WRITE;
		c->u.rw.size = sizeof(c->u.rw);
		c->u.rw.addr = (uintptr_t)c->area;
		c->u.rw.buf = (uintptr_t)c->buf;
		c->u.rw.len = 8;
		c->u.rw.done = POISON;
		break;
	case CMPXCHG:
		c->cmd = VMWRITE_IOC_CMPXCHG;
		c->u.x.size = sizeof(c->u.x);
		c->u.x.addr = (uintptr_t)c->area;
		c->u.x.width = 8;
		c->u.x.old = POISON;
		c->u.x.done = POISON;
		break;
	case REGION:
		c->cmd = VMWRITE_IOC_REGION;
		c->u.region.size = sizeof(c->u.region);
		c->u.region.addr = (uintptr_t)c->area;
		break;
	case WRITEV:
	case READV:
		c->cmd = op == READV ? VMWRITE_IOC_READV : VMWRITE_IOC_WRITEV;
		seg_set(&c->seg, (uintptr_t)c->area, c->buf, 8);
		c->u.rwv.size = sizeof(c->u.rwv);
		c->u.rwv.segs = (uintptr_t)&c->seg;
		c->u.rwv.nr_segs = 1;
		c->u.rwv.seg_size = sizeof(c->seg);
		c->u.rwv.nr_done = POISON32;
		break;
	}
}

FIXTURE(bad) {
	struct bad_ctx c;
};

FIXTURE_VARIANT(bad) {
	enum op op;
	int err;
	void (*change)(struct bad_ctx *c);
};

#define BAD(name, OP, field, what, errno_, ...)				\
	static void change_##name(struct bad_ctx *c) { __VA_ARGS__; }	\
	FIXTURE_VARIANT_ADD(bad, name) {				\
		.op = OP, .err = errno_, .change = change_##name,	\
	};
#include "bad_input.h"
#undef BAD

/* GET_SESSIONS: the newest session of this process on @arg's target. */
struct newest {
	pid_t target;
	uint64_t id;
};

static int on_session(struct nl_msg *msg, void *arg)
{
	struct nlattr *tb[VMWRITE_A_MAX + 1];
	struct newest *n = arg;

	if (!genlmsg_parse(nlmsg_hdr(msg), 0, tb, VMWRITE_A_MAX, NULL) &&
	    tb[VMWRITE_A_SESSION_ID] && tb[VMWRITE_A_WRITER_TGID] &&
	    tb[VMWRITE_A_TARGET_TGID] &&
	    nla_get_u32(tb[VMWRITE_A_WRITER_TGID]) == (uint32_t)getpid() &&
	    nla_get_u32(tb[VMWRITE_A_TARGET_TGID]) == (uint32_t)n->target &&
	    nla_get_u64(tb[VMWRITE_A_SESSION_ID]) > n->id)
		n->id = nla_get_u64(tb[VMWRITE_A_SESSION_ID]);
	return NL_OK;
}

/* Revoke the session this process attached last to @target, as an administrator would. */
static int revoke_newest(pid_t target)
{
	struct nl_sock *sk = nl_socket_alloc();
	struct newest n = { .target = target };
	struct nl_msg *msg = NULL;
	int family, err = -1;

	if (!sk || genl_connect(sk))
		goto out;
	family = genl_ctrl_resolve(sk, VMWRITE_GENL_NAME);
	msg = nlmsg_alloc();
	if (family < 0 || !msg ||
	    !genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, NLM_F_DUMP,
			 VMWRITE_CMD_GET_SESSIONS, VMWRITE_GENL_VERSION))
		goto out;
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_session, &n);
	if (nl_send_auto(sk, msg) < 0 || nl_recvmsgs_default(sk) < 0 || !n.id)
		goto out;
	nlmsg_free(msg);
	msg = nlmsg_alloc();
	if (!msg ||
	    !genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, 0,
			 VMWRITE_CMD_REVOKE_SESSION, VMWRITE_GENL_VERSION) ||
	    nla_put_u64(msg, VMWRITE_A_SESSION_ID, n.id))
		goto out;
	if (nl_send_auto(sk, msg) >= 0 && nl_wait_for_ack(sk) >= 0)
		err = 0;
out:
	nlmsg_free(msg);
	nl_socket_free(sk);
	return err;
}

FIXTURE_SETUP(bad)
{
	struct bad_ctx *c = &self->c;
	int fds[2];
	char path[64];

	c->ro_page = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, c->ro_page);
	c->area = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, c->area);
	memset(c->area, 'b', 3 * PAGE);
	/* Last, so that no mapping lands in the hole. */
	ASSERT_EQ(0, munmap(c->area + PAGE, PAGE));
	c->hole = (uintptr_t)c->area + PAGE;
	c->child = spawn_sleeper();
	ASSERT_LT(0, c->child);

	c->fresh = open(DEV, O_RDWR | O_CLOEXEC);
	c->proc = session_open(c->child, O_RDWR, NULL);
	c->proc_ro = session_open(c->child, O_RDONLY, NULL);
	c->proc_wo = session_open(c->child, O_WRONLY, NULL);
	c->kern = kernel_session_open(O_RDWR, NULL);
	c->kern_ro = kernel_session_open(O_RDONLY, NULL);
	c->revoked = session_open(c->child, O_RDWR, NULL);
	ASSERT_LE(0, c->revoked);
	ASSERT_EQ(0, revoke_newest(c->child));
	ASSERT_LE(0, c->fresh);
	ASSERT_LE(0, c->proc);
	ASSERT_LE(0, c->proc_ro);
	ASSERT_LE(0, c->proc_wo);
	ASSERT_LE(0, c->kern);
	ASSERT_LE(0, c->kern_ro);
	ASSERT_EQ(0, pipe2(fds, O_CLOEXEC));
	c->pipe = fds[0];
	close(fds[1]);
	snprintf(path, sizeof(path), "/proc/%d/maps", c->child);
	c->maps = open(path, O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, c->maps);

	c->rw_addr = sysfs_u64(TESTMOD "rw_addr");
	c->ro_addr = sysfs_u64(TESTMOD "ro_addr");
	c->io_addr = sysfs_u64(TESTMOD "io_addr");
	c->guard_addr = sysfs_u64(TESTMOD "vm_addr") + 2 * PAGE;
	ASSERT_NE(0, c->rw_addr) TH_LOG("vmwrite_testmod.ko is not loaded");
	/* The top bit of the virtual address width set, the ones above not. */
	c->noncanonical = c->rw_addr & ((1ULL << (la57() ? 57 : 48)) - 1);
	sysfs_write("/sys/module/vmwrite/parameters/allow_text_write", "0");
}

FIXTURE_TEARDOWN(bad)
{
	reap(self->c.child);
}

TEST_F(bad, input)
{
	struct bad_ctx *c = &self->c;
	uint64_t rw_value = sysfs_u64(TESTMOD "rw_value");
	char mine[PAGE];
	int ret;

	prepare(c, variant->op);
	variant->change(c);
	if (c->skip)
		SKIP(return, "%s", c->skip);
	ret = ioctl(c->fd, c->cmd, c->arg) ? -errno : 0;
	EXPECT_EQ(-variant->err, ret) TH_LOG("got %s", strerror(-ret));

	/* Nothing done: no count, nothing changed. */
	if (c->arg == &c->u && (variant->op == WRITE || variant->op == READ))
		EXPECT_TRUE(c->u.rw.done == 0 || c->u.rw.done == POISON);
	if (c->arg == &c->u && variant->op == CMPXCHG)
		EXPECT_TRUE(c->u.x.done == 0 || c->u.x.done == POISON);
	if (c->arg == &c->u && (variant->op == WRITEV || variant->op == READV)) {
		EXPECT_TRUE(c->u.rwv.nr_done == 0 || c->u.rwv.nr_done == POISON32);
		EXPECT_TRUE(c->seg.done == 0 || c->seg.done == POISON);
	}
	EXPECT_EQ(PAGE, procmem_rw(c->child, false, (uintptr_t)c->area, mine, PAGE));
	EXPECT_TRUE(all_bytes(mine, PAGE, 'b'));
	EXPECT_EQ(rw_value, sysfs_u64(TESTMOD "rw_value"));
}

TEST_HARNESS_MAIN
