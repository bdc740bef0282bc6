// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Host tests of what `vmwrite monitor` prints and of the operands `vmwrite
 * policy` takes, without the module: events made up here, as the library
 * hands them over, printed as text and as JSON, with command names that
 * try to break out of their quotes or into the terminal.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "tap.h"

/* What print_event() prints of @ev, in a buffer to free. */
static char *printed(const struct vmw_nl_event *ev, bool json)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	print_event(f, ev, json);
	fclose(f);
	return buf;
}

static void expect(const struct vmw_nl_event *ev, bool json, const char *want, const char *name)
{
	char *got = printed(ev, json);

	if (!tap(!strcmp(got, want), "events: %s %s", json ? "json:" : "text:", name)) {
		tap_diag("got:  %s", got);
		tap_diag("want: %s", want);
	}
	free(got);
}

static const struct vmw_nl_writer writer = { .tgid = 100, .pid = 100, .uid = 0, .comm = "vmwrite" };

static struct vmw_nl_event event(unsigned int type, unsigned int has)
{
	return (struct vmw_nl_event){
		.sz = sizeof(struct vmw_nl_event), .type = type, .seq = 12, .session = 7,
		.writer = writer, .has = VMW_NL_EV_HAS_SEQ | VMW_NL_EV_HAS_SESSION |
					 VMW_NL_EV_HAS_WRITER | has,
	};
}

#define TRANSFER	(VMW_NL_EV_HAS_ADDR | VMW_NL_EV_HAS_LEN | VMW_NL_EV_HAS_DONE | \
			 VMW_NL_EV_HAS_ERROR | VMW_NL_EV_HAS_FLAGS)

static void test_transfers(void)
{
	struct vmw_nl_event ev = event(VMW_NL_EV_WRITE, TRANSFER);

	ev.addr = 0x7ffc8e4c1000;
	ev.len = ev.done = 8;
	expect(&ev, false, "12 write session 7 at 0x7ffc8e4c1000: 8 of 8 bytes by pid 100 uid 0 \"vmwrite\"\n",
	       "a write");
	expect(&ev, true, "{\"event\":\"write\",\"seq\":12,\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"vmwrite\",\"addr\":\"0x7ffc8e4c1000\",\"len\":8,\"done\":8,\"flags\":0,\"text\":false,\"errno\":0}\n",
	       "a write");

	/* A process session's write names no target, a kernel one's does. */
	ev.has |= VMW_NL_EV_HAS_TARGET_KIND;
	ev.target_kind = VMW_NL_TARGET_PROCESS;
	expect(&ev, false, "12 write session 7 at 0x7ffc8e4c1000: 8 of 8 bytes by pid 100 uid 0 \"vmwrite\"\n",
	       "a write, the process its attach named");
	expect(&ev, true, "{\"event\":\"write\",\"seq\":12,\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"vmwrite\",\"target\":\"process\",\"addr\":\"0x7ffc8e4c1000\",\"len\":8,\"done\":8,\"flags\":0,\"text\":false,\"errno\":0}\n",
	       "a write, the process its attach named");

	ev.target_kind = VMW_NL_TARGET_KERNEL;
	ev.addr = 0xffffffff81000000;
	ev.flags = VMW_NL_RW_TEXT;
	ev.done = 0;
	ev.error = EFAULT;
	ev.writer.pid = 101;
	expect(&ev, false, "12 write session 7 kernel at 0xffffffff81000000 (text): 0 of 8 bytes (Bad address) by pid 100 tid 101 uid 0 \"vmwrite\"\n",
	       "a text write that failed, from another thread");
	expect(&ev, true, "{\"event\":\"write\",\"seq\":12,\"session\":7,\"pid\":100,\"tid\":101,\"uid\":0,\"comm\":\"vmwrite\",\"target\":\"kernel\",\"addr\":\"0xffffffff81000000\",\"len\":8,\"done\":0,\"flags\":1,\"text\":true,\"errno\":14,\"error\":\"EFAULT\"}\n",
	       "a text write that failed, from another thread");

	ev = event(VMW_NL_EV_REFUSED, TRANSFER | VMW_NL_EV_HAS_OP);
	ev.op = VMW_NL_EV_CMPXCHG;
	ev.addr = 0x1000;
	ev.len = 4;
	ev.error = EBADF;
	expect(&ev, false, "12 refused cmpxchg session 7 at 0x1000: 0 of 4 bytes (Bad file descriptor) by pid 100 uid 0 \"vmwrite\"\n",
	       "a refused compare-and-write");
	expect(&ev, true, "{\"event\":\"refused\",\"seq\":12,\"op\":\"cmpxchg\",\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"vmwrite\",\"addr\":\"0x1000\",\"len\":4,\"done\":0,\"flags\":0,\"text\":false,\"errno\":9,\"error\":\"EBADF\"}\n",
	       "a refused compare-and-write");
}

static void test_sessions(void)
{
	struct vmw_nl_event ev = event(VMW_NL_EV_ATTACH, VMW_NL_EV_HAS_TARGET_KIND |
				       VMW_NL_EV_HAS_TARGET_TGID | VMW_NL_EV_HAS_ACCESS);

	ev.target_kind = VMW_NL_TARGET_PROCESS;
	ev.target_tgid = 344;
	ev.access = VMW_ACCESS_READ | VMW_ACCESS_WRITE | VMW_ACCESS_FORCE;
	expect(&ev, false, "12 attach session 7 process 344 rwf by pid 100 uid 0 \"vmwrite\"\n",
	       "an attach");
	expect(&ev, true, "{\"event\":\"attach\",\"seq\":12,\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"vmwrite\",\"target\":\"process\",\"target_pid\":344,\"access\":{\"read\":true,\"write\":true,\"force\":true}}\n",
	       "an attach");

	/* A refused attach has no session. */
	ev = event(VMW_NL_EV_REFUSED, VMW_NL_EV_HAS_TARGET_KIND | VMW_NL_EV_HAS_OP |
		   VMW_NL_EV_HAS_ERROR);
	ev.has &= ~VMW_NL_EV_HAS_SESSION;
	ev.op = VMW_NL_EV_ATTACH;
	ev.target_kind = VMW_NL_TARGET_KERNEL;
	ev.error = EPERM;
	ev.writer.uid = 1000;
	expect(&ev, false, "12 refused attach kernel (Operation not permitted) by pid 100 uid 1000 \"vmwrite\"\n",
	       "a refused attach");
	expect(&ev, true, "{\"event\":\"refused\",\"seq\":12,\"op\":\"attach\",\"pid\":100,\"tid\":100,\"uid\":1000,\"comm\":\"vmwrite\",\"target\":\"kernel\",\"errno\":1,\"error\":\"EPERM\"}\n",
	       "a refused attach");

	ev = event(VMW_NL_EV_DETACH, VMW_NL_EV_HAS_COUNTERS);
	ev.counters = (struct vmw_nl_counters){ .writes = 1, .bytes_written = 8, .reads = 2,
						.bytes_read = 16, .faults = 1 };
	expect(&ev, false, "12 detach session 7: 1 write (8 bytes), 2 reads (16 bytes), 0 refusals, 1 fault by pid 100 uid 0 \"vmwrite\"\n",
	       "a detach with its totals");
	expect(&ev, true, "{\"event\":\"detach\",\"seq\":12,\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"vmwrite\",\"counters\":{\"attaches\":0,\"writes\":1,\"reads\":2,\"bytes_written\":8,\"bytes_read\":16,\"refusals\":0,\"faults\":1}}\n",
	       "a detach with its totals");

	ev = event(40, 0);
	expect(&ev, false, "12 event-40 session 7 by pid 100 uid 0 \"vmwrite\"\n",
	       "an event of a newer module");
	expect(&ev, true, "{\"event\":\"event-40\",\"seq\":12,\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"vmwrite\"}\n",
	       "an event of a newer module");
}

static void test_lost(void)
{
	struct vmw_nl_event ev = { .sz = sizeof(ev), .type = VMW_NL_EV_LOST,
				   .has = VMW_NL_EV_HAS_SEQ, .seq = 100, .lost = 5 };

	expect(&ev, false, "lost 5 events (seq 100..104)\n", "a gap");
	expect(&ev, true, "{\"event\":\"lost\",\"count\":5,\"first_seq\":100,\"last_seq\":104}\n",
	       "a gap");
	ev.has = 0;
	ev.lost = 1;
	expect(&ev, false, "lost 1 more event\n", "losses without numbers");
	expect(&ev, true, "{\"event\":\"lost\",\"count\":1}\n", "losses without numbers");
	ev.lost = 0;
	expect(&ev, false, "lost events: the receive queue overflowed\n", "an overflow");
	expect(&ev, true, "{\"event\":\"lost\",\"reason\":\"overflow\"}\n", "an overflow");
}

/* Names chosen to break out of quotes, into the terminal, or out of UTF-8. */
static void test_escaping(void)
{
	struct vmw_nl_event ev = event(VMW_NL_EV_DETACH, 0);

	ev.has &= ~VMW_NL_EV_HAS_SEQ;
	ev.writer.comm = "a\" b\\c";
	expect(&ev, false, "detach session 7 by pid 100 uid 0 \"a\\\" b\\\\c\"\n",
	       "quotes and backslashes in a command name");
	expect(&ev, true, "{\"event\":\"detach\",\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"a\\\" b\\\\c\"}\n",
	       "quotes and backslashes in a command name");
	ev.writer.comm = "\x1b[2J\n\t\x7f";
	expect(&ev, false, "detach session 7 by pid 100 uid 0 \"\\x1b[2J\\x0a\\x09\\x7f\"\n",
	       "control characters in a command name");
	expect(&ev, true, "{\"event\":\"detach\",\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"\\u001b[2J\\u000a\\u0009\\u007f\"}\n",
	       "control characters in a command name");
	ev.writer.comm = "caf\xc3\xa9\xff";
	expect(&ev, false, "detach session 7 by pid 100 uid 0 \"caf\\xc3\\xa9\\xff\"\n",
	       "bytes past ASCII in a command name");
	expect(&ev, true, "{\"event\":\"detach\",\"session\":7,\"pid\":100,\"tid\":100,\"uid\":0,\"comm\":\"caf\\u00c3\\u00a9\\u00ff\"}\n",
	       "bytes past ASCII in a command name");
}

/* ---- policy's operands --------------------------------------------------- */

/* parse_policy_change() of the words of @line, into @c; what it said in @err. */
static int parse(const char *line, struct vmw_nl_policy_change *c, char *err, size_t size)
{
	char *copy = strdup(line), *argv[16], *save = NULL, *w;
	FILE *said = tmpfile();
	int argc = 0, ret, saved_fd;
	size_t n;

	for (w = strtok_r(copy, " ", &save); w && argc < 16; w = strtok_r(NULL, " ", &save))
		argv[argc++] = w;
	fflush(stderr);
	saved_fd = dup(STDERR_FILENO);
	dup2(fileno(said), STDERR_FILENO);
	ret = parse_policy_change(argc, argv, c);
	fflush(stderr);
	dup2(saved_fd, STDERR_FILENO);
	close(saved_fd);
	rewind(said);
	n = fread(err, 1, size - 1, said);
	err[n] = '\0';
	fclose(said);
	free(copy);
	return ret;
}

/* parse() fails with EXIT_USAGE and says @want. */
static void usage(const char *line, const char *want)
{
	struct vmw_nl_policy_change c;
	char err[512];
	int ret = parse(line, &c, err, sizeof(err));

	if (!tap(ret == EXIT_USAGE && strstr(err, want), "policy args: '%s' is a usage error: %s",
		 line, want))
		tap_diag("exit %d, said: %s", ret, err);
}

static void test_policy_args(void)
{
	struct vmw_nl_policy_change c;
	char err[512];

	tap(!parse("", &c, err, sizeof(err)) && c.sz == sizeof(c) && !c.on && !c.off && !c.flags &&
	    !err[0], "policy args: none, no change");
	tap(!parse("kernel-writes off text on lock", &c, err, sizeof(err)) &&
	    c.off == VMW_NL_POLICY_KERNEL_WRITES && c.on == VMW_NL_POLICY_TEXT_WRITES &&
	    c.flags == VMW_NL_POLICY_LOCKED, "policy args: settings on and off, and lock");
	tap(!parse("process-writes on kernel-reads off kernel-writes on text off audit-reads on",
		   &c, err, sizeof(err)) &&
	    c.on == (VMW_NL_POLICY_PROCESS_WRITES | VMW_NL_POLICY_KERNEL_WRITES |
		     VMW_NL_POLICY_AUDIT_READS) &&
	    c.off == (VMW_NL_POLICY_KERNEL_READS | VMW_NL_POLICY_TEXT_WRITES) && !c.flags,
	    "policy args: every setting");
	tap(!parse("lock", &c, err, sizeof(err)) && !c.on && !c.off &&
	    c.flags == VMW_NL_POLICY_LOCKED, "policy args: lock alone");

	usage("kernel-writes", "kernel-writes needs on or off");
	usage("kernel-writes yes", "invalid value 'yes' for kernel-writes: give on or off");
	usage("kernel-write on", "unknown setting 'kernel-write': give process-writes, kernel-reads, kernel-writes, text, audit-reads or lock");
	usage("text on text off", "text is given twice");
	usage("on", "unknown setting 'on'");
}

int main(void)
{
	test_transfers();
	test_sessions();
	test_lost();
	test_escaping();
	test_policy_args();
	return tap_exit();
}
