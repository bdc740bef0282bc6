// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite monitor: the module's audit events as they happen, one line
 * each, like `ip monitor`: every attach, transfer, refusal and detach of
 * every user's sessions, and the events that were lost.  Needs
 * CAP_SYS_ADMIN.  Runs until it is killed or its output is closed.
 */

#include <errno.h>
#include <poll.h>
#include <string.h>

#include "cli.h"

/* Each line goes out whole, at once: a reader of a pipe sees it as it happens. */
static int print_one(const struct vmw_nl_event *ev, void *ctx)
{
	const bool *json = ctx;

	print_event(stdout, ev, *json);
	return output_failed() ? 1 : 0;
}

static int monitor(struct vmw_nl *nl, bool json)
{
	int err = vmw_nl_subscribe(nl);

	if (err)
		return report_netlink_error(nl, err, "watch the audit events");
	for (;;) {
		struct pollfd p = { .fd = vmw_nl_fd(nl), .events = POLLIN };

		if (poll(&p, 1, vmw_nl_timeout(nl)) < 0 && errno != EINTR) {
			msg("cannot wait for events: %s", strerror(errno));
			return 1;
		}
		err = vmw_nl_read_events(nl, print_one, &json);
		if (err > 0)
			return 1;	/* output_failed() said why */
		if (err < 0)
			return report_netlink_error(nl, err, "read the audit events");
	}
}

static int monitor_main(const struct command *cmd, int argc, char **argv)
{
	struct vmw_nl *nl;
	bool json = false;
	int i, ret;

	for (i = 1; i < argc; i++) {
		if (is_help(argv[i]))
			return print_command_help(cmd);
		if (strcmp(argv[i], "--json"))
			return usage_error("monitor takes only --json: '%s'", argv[i]);
		json = true;
	}
	ret = netlink_open(&nl);
	if (!ret)
		ret = monitor(nl, json);
	vmw_nl_close(nl);
	return ret;
}

const struct command monitor_command = {
	.name = "monitor",
	.run = monitor_main,
	.synopsis = "vmwrite monitor [--json]",
	.summary = "Print the module's audit events as they happen (needs CAP_SYS_ADMIN).",
	.help =
"monitor       the audit events as they happen, one line each: attaches,\n"
"              transfers, refusals, detaches of every session, and \"lost N\n"
"              events\" when some were lost (needs CAP_SYS_ADMIN)\n"
"  --json      one JSON object per line\n",
};
