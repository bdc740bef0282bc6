// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite policy: what sessions may do, each setting in effect and the
 * ceiling the module's parameters set; with settings, change them first
 * (CAP_SYS_ADMIN), or lock the policy so that it only tightens until the
 * module is unloaded.
 */

#include "cli.h"

/* Why the ceiling of @bit is off: the parameter that says so. */
static const char *ceiling_param(const struct vmw_nl_policy *p, unsigned int bit)
{
	if (bit == VMW_NL_POLICY_KERNEL_WRITES ||
	    (bit == VMW_NL_POLICY_TEXT_WRITES && !(p->ceiling & VMW_NL_POLICY_KERNEL_WRITES)))
		return " (vmwrite.allow_kernel_write=N)";
	if (bit == VMW_NL_POLICY_TEXT_WRITES)
		return " (vmwrite.allow_text_write=N)";
	return "";
}

static const char *on_off(unsigned int set, unsigned int known, unsigned int bit)
{
	return !(known & bit) ? "?" : set & bit ? "on" : "off";
}

static int print_policy(struct vmw_nl *nl)
{
	struct vmw_nl_policy p = { .sz = sizeof(p) };
	size_t i;
	int err = vmw_nl_get_policy(nl, &p);

	if (err)
		return report_netlink_error(nl, err, "read the policy");
	printf("%-15s %-4s %s\n", "SETTING", "NOW", "CEILING");
	for (i = 0; i < nsettings; i++) {
		unsigned int bit = settings[i].bit;

		printf("%-15s %-4s %s%s\n", settings[i].name, on_off(p.allowed, p.known, bit),
		       on_off(p.ceiling, p.known, bit),
		       (p.known & ~p.ceiling & bit) ? ceiling_param(&p, bit) : "");
	}
	if (p.flags & VMW_NL_POLICY_LOCKED)
		printf("locked: yes, it can only be tightened until the module is unloaded\n");
	else
		printf("locked: no\n");
	return output_failed() ? 1 : 0;
}

static int policy_main(const struct command *cmd, int argc, char **argv)
{
	struct vmw_nl_policy_change change;
	struct vmw_nl *nl;
	int ret, err;

	if (argc == 2 && is_help(argv[1]))
		return print_command_help(cmd);
	ret = parse_policy_change(argc - 1, argv + 1, &change);
	if (ret)
		return ret;
	ret = netlink_open(&nl);
	if (!ret && argc > 1) {
		err = vmw_nl_set_policy(nl, &change);
		if (err)
			ret = report_netlink_error(nl, err, "change the policy");
	}
	if (!ret)
		ret = print_policy(nl);
	vmw_nl_close(nl);
	return ret;
}

const struct command policy_command = {
	.name = "policy",
	.run = policy_main,
	.synopsis =
"vmwrite policy [process-writes on|off] [kernel-reads on|off] [kernel-writes on|off]\n"
"               [text on|off] [audit-reads on|off] [lock]",
	.summary = "Show what sessions may do; change it (needs CAP_SYS_ADMIN).",
	.help =
"policy        what sessions may do now, and the most the module's parameters\n"
"              allow (CEILING); with settings, change them first, all or none\n"
"              (needs CAP_SYS_ADMIN).  audit-reads on makes reads events too\n"
"  lock        from now on, only tighten until the module is unloaded\n",
};
