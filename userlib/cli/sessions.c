// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite sessions: the sessions attached now, whoever owns them, with
 * their targets, rights, age and totals; the ID is what `vmwrite revoke`
 * takes.  Needs CAP_SYS_ADMIN.
 */

#include <inttypes.h>

#include "cli.h"

/* @ns as "1.5s", "12m03s", "5h07m", "3d04h". */
static const char *format_age(uint64_t ns, char *buf, size_t size)
{
	uint64_t s = ns / 1000000000;

	if (s < 60)
		snprintf(buf, size, "%" PRIu64 ".%" PRIu64 "s", s, ns / 100000000 % 10);
	else if (s < 3600)
		snprintf(buf, size, "%" PRIu64 "m%02" PRIu64 "s", s / 60, s % 60);
	else if (s < 86400)
		snprintf(buf, size, "%" PRIu64 "h%02" PRIu64 "m", s / 3600, s / 60 % 60);
	else
		snprintf(buf, size, "%" PRIu64 "d%02" PRIu64 "h", s / 86400, s / 3600 % 24);
	return buf;
}

/* The first session comes after the header: an error, or none, prints none. */
static int print_session(const struct vmw_nl_session *s, void *ctx)
{
	char target[32], access[4], age[32];
	bool *header = ctx;

	if (!*header)
		printf("%7s %-16s %-6s %8s %8s %13s %8s %13s %-7s %7s %5s %s\n", "SESSION",
		       "TARGET", "ACCESS", "AGE", "WRITES", "BYTES-WRITTEN", "READS", "BYTES-READ",
		       "STATE", "PID", "UID", "COMM");
	*header = true;
	printf("%7" PRIu64 " %-16s %-6s %8s %8" PRIu64 " %13" PRIu64 " %8" PRIu64 " %13" PRIu64
	       " %-7s %7" PRIu32 " %5" PRIu32 " ", s->id,
	       format_target(s->target_kind, s->target_tgid, target, sizeof(target)),
	       format_access(s->access, access), format_age(s->age_ns, age, sizeof(age)),
	       s->counters.writes, s->counters.bytes_written, s->counters.reads,
	       s->counters.bytes_read, s->flags & VMW_NL_SESSION_REVOKED ? "revoked" : "active",
	       s->owner.tgid, s->owner.uid);
	print_quoted(stdout, s->owner.comm);
	putchar('\n');
	return 0;
}

static int print_sessions(struct vmw_nl *nl)
{
	bool header = false;
	int err = vmw_nl_sessions(nl, print_session, &header);

	if (err)
		return report_netlink_error(nl, err, "list the sessions");
	return output_failed() ? 1 : 0;
}

static int sessions_main(const struct command *cmd, int argc, char **argv)
{
	return run_netlink_command(cmd, argc, argv, print_sessions);
}

const struct command sessions_command = {
	.name = "sessions",
	.run = sessions_main,
	.synopsis = "vmwrite sessions",
	.summary = "List the sessions attached now (needs CAP_SYS_ADMIN).",
	.help =
"sessions      the sessions attached now: ID, target, rights (r: read, w: write,\n"
"              f: forced writes), age, totals, and the process that owns it\n"
"              (needs CAP_SYS_ADMIN)\n",
};
