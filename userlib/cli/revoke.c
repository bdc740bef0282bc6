// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite revoke: end what one session may do, by its id from `vmwrite
 * sessions`.  Its transfers fail from then on; its owner still holds it
 * until it closes it.  Needs CAP_SYS_ADMIN.
 */

#include <errno.h>
#include <inttypes.h>

#include "cli.h"

static int revoke(struct vmw_nl *nl, uint64_t id)
{
	char what[48];
	int err = vmw_nl_revoke(nl, id);

	if (!err) {
		printf("revoked session %" PRIu64 "\n", id);
		return output_failed() ? 1 : 0;
	}
	if (err == -ENOENT && !vmw_nl_error_message(nl)) {
		msg("no session %" PRIu64 " (see vmwrite sessions)", id);
		return 1;
	}
	snprintf(what, sizeof(what), "revoke session %" PRIu64, id);
	return report_netlink_error(nl, err, what);
}

static int revoke_main(const struct command *cmd, int argc, char **argv)
{
	struct vmw_nl *nl;
	uint64_t id;
	int ret;

	if (argc == 2 && is_help(argv[1]))
		return print_command_help(cmd);
	if (argc != 2)
		return usage_error("revoke needs exactly one argument, the session's ID");
	ret = parse_arg("session ID", argv[1], 1, UINT64_MAX, &id);
	if (ret)
		return ret;
	ret = netlink_open(&nl);
	if (!ret)
		ret = revoke(nl, id);
	vmw_nl_close(nl);
	return ret;
}

const struct command revoke_command = {
	.name = "revoke",
	.run = revoke_main,
	.synopsis = "vmwrite revoke ID",
	.summary = "End what a session may do (needs CAP_SYS_ADMIN).",
	.help =
"revoke        end what session ID may do: its transfers fail from now on\n"
"              (needs CAP_SYS_ADMIN)\n",
};
