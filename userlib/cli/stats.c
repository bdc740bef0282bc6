// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite stats: the module's counters since it was loaded, for sessions
 * with processes and with the kernel, and what became of the audit
 * events.  Open to every user.
 */

#include <inttypes.h>

#include "cli.h"

static void print_kind(const char *kind, const struct vmw_nl_counters *c)
{
	printf("%-8s %8" PRIu64 " %8" PRIu64 " %13" PRIu64 " %8" PRIu64 " %13" PRIu64 " %8" PRIu64
	       " %8" PRIu64 "\n", kind, c->attaches, c->writes, c->bytes_written, c->reads,
	       c->bytes_read, c->refusals, c->faults);
}

static int print_stats(struct vmw_nl *nl)
{
	struct vmw_nl_stats st = { .sz = sizeof(st) };
	int err = vmw_nl_get_stats(nl, &st);

	if (err)
		return report_netlink_error(nl, err, "read the counters");
	printf("%-8s %8s %8s %13s %8s %13s %8s %8s\n", "TARGET", "ATTACHES", "WRITES",
	       "BYTES-WRITTEN", "READS", "BYTES-READ", "REFUSALS", "FAULTS");
	print_kind("process", &st.process);
	print_kind("kernel", &st.kernel);
	printf("events: %" PRIu64 " sent, %" PRIu64 " unheard, %" PRIu64
	       " lost for want of memory, %" PRIu64 " missed by a listener\n", st.events.sent,
	       st.events.unheard, st.events.no_memory, st.events.delivery_failed);
	return output_failed() ? 1 : 0;
}

static int stats_main(const struct command *cmd, int argc, char **argv)
{
	return run_netlink_command(cmd, argc, argv, print_stats);
}

const struct command stats_command = {
	.name = "stats",
	.run = stats_main,
	.synopsis = "vmwrite stats",
	.summary = "Print the module's counters since it was loaded.",
	.help =
"stats         the module's counters since it was loaded: sessions, transfers\n"
"              and bytes per kind of target, refusals, faults; and what became\n"
"              of the audit events\n",
};
