// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The module's netlink family, for the commands that talk to it (monitor,
 * stats, sessions, revoke, policy) and for explain.c: opening it through
 * libvmwrite-netlink, its errors in words, and the policy's settings by
 * the names the command line gives them.
 */

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define MODULE_SYSFS	"/sys/module/vmwrite"

const struct setting settings[] = {
	{ "process-writes", VMW_NL_POLICY_PROCESS_WRITES, "writes to processes" },
	{ "kernel-reads", VMW_NL_POLICY_KERNEL_READS, "kernel reads" },
	{ "kernel-writes", VMW_NL_POLICY_KERNEL_WRITES, "kernel writes" },
	{ "text", VMW_NL_POLICY_TEXT_WRITES, "writes to kernel text and rodata" },
	{ "audit-reads", VMW_NL_POLICY_AUDIT_READS, "events for reads" },
};

const size_t nsettings = sizeof(settings) / sizeof(settings[0]);

const struct setting *setting_of(unsigned int bit)
{
	size_t i;

	for (i = 0; i < nsettings; i++)
		if (settings[i].bit == bit)
			return &settings[i];
	return NULL;
}

int netlink_open(struct vmw_nl **nl)
{
	int err = vmw_nl_open(0, nl);

	if (!err)
		return 0;
	if (err != -ENOENT)
		msg("cannot open a generic netlink socket: %s", strerror(-err));
	else if (access(MODULE_SYSFS, F_OK))
		msg("the vmwrite module is not loaded (no generic netlink family 'vmwrite')");
	else
		msg("the loaded vmwrite module has no generic netlink family 'vmwrite': it is too old, or this process is not in the initial network namespace");
	return 1;
}

int run_netlink_command(const struct command *cmd, int argc, char **argv,
			int (*fn)(struct vmw_nl *nl))
{
	struct vmw_nl *nl;
	int ret;

	if (argc == 2 && is_help(argv[1]))
		return print_command_help(cmd);
	if (argc != 1)
		return usage_error("%s takes no arguments: '%s'", cmd->name, argv[1]);
	ret = netlink_open(&nl);
	if (!ret)
		ret = fn(nl);
	vmw_nl_close(nl);
	return ret;
}

int report_netlink_error(const struct vmw_nl *nl, int err, const char *what)
{
	const char *words = vmw_nl_error_message(nl);

	/* An unknown command: the kernel's generic netlink says so, not the module. */
	if (err == -EOPNOTSUPP)
		msg("cannot %s: the loaded vmwrite module is too old for it", what);
	else if (words)
		msg("cannot %s: %s", what, words);
	else if (err == -EPERM)
		msg("cannot %s: needs CAP_SYS_ADMIN", what);
	else
		msg("cannot %s: %s", what, strerror(-err));
	return 1;
}

/* Setting @name, or NULL. */
static const struct setting *setting_named(const char *name)
{
	size_t i;

	for (i = 0; i < nsettings; i++)
		if (!strcmp(settings[i].name, name))
			return &settings[i];
	return NULL;
}

int parse_policy_change(int argc, char **argv, struct vmw_nl_policy_change *c)
{
	int i;

	memset(c, 0, sizeof(*c));
	c->sz = sizeof(*c);
	for (i = 0; i < argc; i++) {
		const struct setting *s = setting_named(argv[i]);

		if (!strcmp(argv[i], "lock")) {
			c->flags |= VMW_NL_POLICY_LOCKED;
			continue;
		}
		if (!s)
			return usage_error("unknown setting '%s': give process-writes, kernel-reads, kernel-writes, text, audit-reads or lock",
					   argv[i]);
		if ((c->on | c->off) & s->bit)
			return usage_error("%s is given twice", s->name);
		if (i + 1 == argc)
			return usage_error("%s needs on or off", s->name);
		i++;
		if (!strcmp(argv[i], "on"))
			c->on |= s->bit;
		else if (!strcmp(argv[i], "off"))
			c->off |= s->bit;
		else
			return usage_error("invalid value '%s' for %s: give on or off", argv[i],
					   s->name);
	}
	return 0;
}

unsigned int policy_off(void)
{
	struct vmw_nl_policy p = { .sz = sizeof(p) };
	struct vmw_nl *nl;
	int err;

	if (vmw_nl_open(0, &nl))
		return 0;
	err = vmw_nl_get_policy(nl, &p);
	vmw_nl_close(nl);
	return err ? 0 : p.known & ~p.allowed;
}
