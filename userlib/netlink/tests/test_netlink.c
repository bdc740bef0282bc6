// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Host tests of libvmwrite-netlink, without the module: what fails before
 * anything is sent, and with which errno; the events and the extended
 * acks as the module sends them, built here with libnl and read by the
 * library's own parsers; and the event numbers watched for losses, with
 * a clock of the test's own.  The library's objects are linked directly,
 * so that its hidden functions can be called.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "tap.h"

#define FAMILY	0x42	/* any id: the parsers only compare it */

static int ignore(const struct vmw_nl_event *ev, void *ctx)
{
	(void)ev;
	(void)ctx;
	return 0;
}

static void test_arguments(void)
{
	struct vmw_nl_stats st = { .sz = sizeof(st) - 1 };
	struct vmw_nl_policy p = { .sz = 4 };
	struct vmw_nl_policy_change c = { .sz = sizeof(c) };
	struct {
		struct vmw_nl_policy_change c;
		unsigned int later;	/* a field of a newer header */
	} big = { .c.sz = sizeof(big), .later = 1 };
	struct vmw_nl *nl = (struct vmw_nl *)1;
	struct vmw_nl fake = { .family = FAMILY };

	tap(vmw_nl_open(1, &nl) == -EINVAL && !nl, "nl: vmw_nl_open with flags != 0 is -EINVAL");
	tap(vmw_nl_open(0, NULL) == -EINVAL, "nl: vmw_nl_open(out NULL) is -EINVAL");
	vmw_nl_close(NULL);
	tap(!vmw_nl_error_message(NULL) && !vmw_nl_error_message(&fake),
	    "nl: no message before a request");
	tap(vmw_nl_get_stats(NULL, &st) == -EINVAL && vmw_nl_get_policy(NULL, &p) == -EINVAL &&
	    vmw_nl_set_policy(NULL, &c) == -EINVAL && vmw_nl_revoke(NULL, 1) == -EINVAL &&
	    vmw_nl_subscribe(NULL) == -EINVAL, "nl: a NULL handle is -EINVAL");
	tap(vmw_nl_get_stats(&fake, &st) == -EINVAL,
	    "nl: vmw_nl_get_stats: an unknown sz is -EINVAL");
	tap(vmw_nl_get_policy(&fake, &p) == -EINVAL,
	    "nl: vmw_nl_get_policy: an unknown sz is -EINVAL");
	tap(vmw_nl_get_stats(&fake, NULL) == -EINVAL && vmw_nl_get_policy(&fake, NULL) == -EINVAL &&
	    vmw_nl_set_policy(&fake, NULL) == -EINVAL &&
	    vmw_nl_sessions(&fake, NULL, NULL) == -EINVAL, "nl: a NULL struct or callback is -EINVAL");

	c.on = c.off = VMW_NL_POLICY_KERNEL_WRITES;
	tap(vmw_nl_set_policy(&fake, &c) == -EINVAL,
	    "nl: vmw_nl_set_policy: on and off at once is -EINVAL");
	c.on = 1U << 5;
	c.off = 0;
	tap(vmw_nl_set_policy(&fake, &c) == -EINVAL,
	    "nl: vmw_nl_set_policy: an unknown setting is -EINVAL");
	c.on = 0;
	c.flags = 2;
	tap(vmw_nl_set_policy(&fake, &c) == -EINVAL,
	    "nl: vmw_nl_set_policy: an unknown flag is -EINVAL");
	c.flags = 0;
	c.sz = 8;
	tap(vmw_nl_set_policy(&fake, &c) == -EINVAL,
	    "nl: vmw_nl_set_policy: an unknown sz is -EINVAL");
	tap(vmw_nl_set_policy(&fake, &big.c) == -EINVAL,
	    "nl: vmw_nl_set_policy: a newer struct with a field set is -EINVAL");

	tap(vmw_nl_fd(NULL) == -EINVAL && vmw_nl_fd(&fake) == -EINVAL,
	    "nl: vmw_nl_fd before vmw_nl_subscribe is -EINVAL");
	tap(vmw_nl_timeout(NULL) == -1 && vmw_nl_timeout(&fake) == -1,
	    "nl: vmw_nl_timeout before vmw_nl_subscribe is -1");
	tap(vmw_nl_read_events(&fake, ignore, NULL) == -EINVAL,
	    "nl: vmw_nl_read_events before vmw_nl_subscribe is -EINVAL");
}

static void test_no_module(void)
{
	struct vmw_nl *nl = (struct vmw_nl *)1;
	int err;

	if (access("/sys/module/vmwrite", F_OK) == 0) {
		tap_skip("nl: vmw_nl_open without the module # SKIP the module is loaded");
		return;
	}
	err = vmw_nl_open(0, &nl);
	tap(err == -ENOENT && !nl, "nl: vmw_nl_open without the module is -ENOENT (%s)",
	    strerror(-err));
}

/* ---- events -------------------------------------------------------------- */

/* A write event as the module sends it, with @comm of @commlen bytes. */
static struct nl_msg *write_event(const char *comm, int commlen)
{
	struct nl_msg *msg = nlmsg_alloc();
	struct nlattr *nest;

	genlmsg_put(msg, 0, 0, FAMILY, 0, 0, VMWRITE_EV_WRITE, VMWRITE_GENL_VERSION);
	nla_put_u64(msg, VMWRITE_A_SEQ, 77);
	nla_put_u64(msg, VMWRITE_A_SESSION_ID, 5);
	nla_put_u32(msg, VMWRITE_A_WRITER_TGID, 100);
	nla_put_u32(msg, VMWRITE_A_WRITER_PID, 101);
	nla_put_u32(msg, VMWRITE_A_WRITER_UID, 1000);
	nla_put(msg, VMWRITE_A_WRITER_COMM, commlen, comm);
	nla_put_u64(msg, VMWRITE_A_ADDR, 0xffffffff81000000ULL);
	nla_put_u64(msg, VMWRITE_A_LEN, 8);
	nla_put_u64(msg, VMWRITE_A_DONE, 4);
	nla_put_u32(msg, VMWRITE_A_ERRNO, 0);
	nla_put_u32(msg, VMWRITE_A_FLAGS, VMWRITE_RW_F_TEXT);
	/* Not in a write event, but the parser takes what comes. */
	nest = nla_nest_start(msg, VMWRITE_A_COUNTERS);
	nla_put_u64(msg, VMWRITE_C_WRITES, 3);
	nla_put_u64(msg, VMWRITE_C_BYTES_WRITTEN, 24);
	nla_nest_end(msg, nest);
	return msg;
}

static void test_parse_event(void)
{
	const unsigned int has = VMW_NL_EV_HAS_SEQ | VMW_NL_EV_HAS_SESSION | VMW_NL_EV_HAS_WRITER |
				 VMW_NL_EV_HAS_ADDR | VMW_NL_EV_HAS_LEN | VMW_NL_EV_HAS_DONE |
				 VMW_NL_EV_HAS_ERROR | VMW_NL_EV_HAS_FLAGS | VMW_NL_EV_HAS_COUNTERS;
	struct nl_msg *msg = write_event("w\tr", 4);
	struct vmw_nl_event ev;
	int err;

	err = vmw_nl__parse_event(nlmsg_hdr(msg), FAMILY, &ev);
	tap(!err && ev.sz == sizeof(ev) && ev.type == VMW_NL_EV_WRITE && ev.has == has,
	    "nl: an event: its type and which fields it has");
	tap(ev.seq == 77 && ev.session == 5 && ev.writer.tgid == 100 && ev.writer.pid == 101 &&
	    ev.writer.uid == 1000 && !strcmp(ev.writer.comm, "w\tr"),
	    "nl: an event: number, session, writer");
	tap(ev.addr == 0xffffffff81000000ULL && ev.len == 8 && ev.done == 4 && ev.error == 0 &&
	    ev.flags == VMW_NL_RW_TEXT, "nl: an event: the transfer");
	tap(ev.counters.writes == 3 && ev.counters.bytes_written == 24 && ev.counters.reads == 0,
	    "nl: an event: counters");
	tap(vmw_nl__parse_event(nlmsg_hdr(msg), FAMILY + 1, &ev) == -EPROTO,
	    "nl: another family's message is -EPROTO");
	nlmsg_free(msg);

	msg = write_event("abc", 3);
	tap(vmw_nl__parse_event(nlmsg_hdr(msg), FAMILY, &ev) == -EPROTO,
	    "nl: a command name without its NUL is -EPROTO");
	nlmsg_free(msg);

	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, FAMILY, 0, 0, VMWRITE_EV_DETACH, VMWRITE_GENL_VERSION);
	nla_put_u32(msg, VMWRITE_A_SEQ, 1);
	tap(vmw_nl__parse_event(nlmsg_hdr(msg), FAMILY, &ev) == -EPROTO,
	    "nl: a u32 where a u64 belongs is -EPROTO");
	nlmsg_free(msg);

	msg = nlmsg_alloc();
	genlmsg_put(msg, 0, 0, FAMILY, 0, 0, 99, VMWRITE_GENL_VERSION);
	nla_put_u64(msg, VMWRITE_A_SEQ, 2);
	nla_put_u32(msg, __VMWRITE_A_MAX + 3, 7);
	err = vmw_nl__parse_event(nlmsg_hdr(msg), FAMILY, &ev);
	tap(!err && ev.type == 99 && ev.has == VMW_NL_EV_HAS_SEQ && ev.seq == 2 &&
	    !strcmp(ev.writer.comm, ""),
	    "nl: an event and an attribute of a newer module are read, the attribute ignored");
	nlmsg_free(msg);
}

/* ---- which numbers are missing ------------------------------------------- */

/* The next loss at @now: its first number, or 0 for one without, and count. */
static bool lost(struct vmw_nl__seq *s, uint64_t now, uint64_t *first, uint64_t *count)
{
	struct vmw_nl_event ev;

	if (!vmw_nl__seq_lost(s, now, &ev))
		return false;
	*first = ev.has & VMW_NL_EV_HAS_SEQ ? ev.seq : 0;
	*count = ev.lost;
	return ev.type == VMW_NL_EV_LOST;
}

static void test_seq(void)
{
	struct vmw_nl__seq s = { 0 };
	uint64_t first = 0, count = 0, t = 5000, i;
	bool none;

	vmw_nl__seq_seen(&s, 40, t);
	vmw_nl__seq_seen(&s, 41, t);
	vmw_nl__seq_seen(&s, 39, t);	/* before the first: late, not a gap */
	tap(!lost(&s, t + 10000, &first, &count) && vmw_nl__seq_timeout(&s, t) == -1,
	    "nl: seq: in order from the first seen, nothing lost, no timeout");

	vmw_nl__seq_seen(&s, 43, t);		/* 42 missing */
	tap(vmw_nl__seq_timeout(&s, t + 400) == VMW_NL_REORDER_MS - 400,
	    "nl: seq: a gap sets the timeout");
	vmw_nl__seq_seen(&s, 42, t + 500);	/* out of order, in time */
	tap(!lost(&s, t + 10000, &first, &count) && vmw_nl__seq_timeout(&s, t) == -1,
	    "nl: seq: an event arriving late closes its gap");

	vmw_nl__seq_seen(&s, 50, t);		/* 44..49 */
	vmw_nl__seq_seen(&s, 46, t + 10);	/* 44..45, 47..49 */
	vmw_nl__seq_seen(&s, 44, t + 20);	/* 45, 47..49 */
	vmw_nl__seq_seen(&s, 49, t + 30);	/* 45, 47..48 */
	none = !lost(&s, t + VMW_NL_REORDER_MS - 1, &first, &count);
	tap(none && lost(&s, t + VMW_NL_REORDER_MS, &first, &count) && first == 45 && count == 1 &&
	    lost(&s, t + VMW_NL_REORDER_MS, &first, &count) && first == 47 && count == 2 &&
	    !lost(&s, t + VMW_NL_REORDER_MS, &first, &count),
	    "nl: seq: a gap split by late events is lost in parts, once it stayed open");

	t += 10000;
	for (i = 0; i < VMW_NL_GAPS + 2; i++)
		vmw_nl__seq_seen(&s, 52 + 2 * i, t);	/* 51, 53, 55, ... missing */
	tap(vmw_nl__seq_timeout(&s, t) == 0 && lost(&s, t, &first, &count) && first == 0 &&
	    count == 2 && !lost(&s, t, &first, &count),
	    "nl: seq: gaps past those tracked are lost at once, without numbers");
	tap(lost(&s, t + VMW_NL_REORDER_MS, &first, &count) && first == 51 && count == 1,
	    "nl: seq: the tracked ones in their time");
}

/* ---- extended acks ------------------------------------------------------- */

/*
 * An error ack of a request with a 4-byte payload, as the kernel sends it:
 * with the request whole unless @capped, then @words if not NULL.
 */
static struct nl_msg *error_ack(int error, bool capped, const char *words)
{
	struct nl_msg *msg = nlmsg_alloc_simple(NLMSG_ERROR, (capped ? NLM_F_CAPPED : 0) |
						(words ? NLM_F_ACK_TLVS : 0));
	size_t echo = capped ? 0 : 4;
	struct nlmsgerr *e = nlmsg_reserve(msg, sizeof(*e) + echo, NLMSG_ALIGNTO);

	e->error = error;
	e->msg = (struct nlmsghdr){ .nlmsg_len = NLMSG_HDRLEN + 4, .nlmsg_type = FAMILY };
	if (echo)
		memcpy(e + 1, "\x01\x01\x00\x00", echo);
	if (words)
		nla_put_string(msg, NLMSGERR_ATTR_MSG, words);
	return msg;
}

static void test_messages(void)
{
	struct vmw_nl nl = { .family = FAMILY };
	struct nl_msg *msg;
	int *err;

	msg = error_ack(-EPERM, false, "needs CAP_SYS_ADMIN");
	vmw_nl__take_message(&nl, nlmsg_hdr(msg));
	tap(!strcmp(nl.message, "needs CAP_SYS_ADMIN"),
	    "nl: extack: the message after the whole request");
	nlmsg_free(msg);

	nl.message[0] = '\0';
	msg = error_ack(-EPERM, true, "the policy is locked: it can only be tightened");
	vmw_nl__take_message(&nl, nlmsg_hdr(msg));
	tap(!strcmp(vmw_nl_error_message(&nl), "the policy is locked: it can only be tightened"),
	    "nl: extack: the message after a capped request");
	nlmsg_free(msg);

	nl.message[0] = '\0';
	msg = error_ack(-EINVAL, false, NULL);
	vmw_nl__take_message(&nl, nlmsg_hdr(msg));
	tap(!vmw_nl_error_message(&nl), "nl: extack: none without NLM_F_ACK_TLVS");
	nlmsg_free(msg);

	msg = nlmsg_alloc_simple(NLMSG_DONE, NLM_F_MULTI | NLM_F_ACK_TLVS);
	err = nlmsg_reserve(msg, sizeof(*err), NLMSG_ALIGNTO);
	*err = -EPERM;
	nla_put_string(msg, NLMSGERR_ATTR_MSG, "needs CAP_SYS_ADMIN");
	vmw_nl__take_message(&nl, nlmsg_hdr(msg));
	tap(!strcmp(nl.message, "needs CAP_SYS_ADMIN"), "nl: extack: the message of a dump's end");
	nlmsg_free(msg);

	tap(vmw_nl__errno(-NLE_OBJ_NOTFOUND) == -ENOENT && vmw_nl__errno(-NLE_PERM) == -EPERM &&
	    vmw_nl__errno(-NLE_NOMEM) == -ENOMEM && vmw_nl__errno(-NLE_SEQ_MISMATCH) == -EPROTO,
	    "nl: libnl's errors as errnos");
}

int main(void)
{
	test_arguments();
	test_no_module();
	test_parse_event();
	test_seq();
	test_messages();
	return tap_exit();
}
