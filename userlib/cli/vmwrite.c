// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite: read and write the memory of a running process, or of the
 * running kernel, from the command line, through libvmwrite and
 * /dev/vmwrite.  This file is the list of commands; each is a file of its
 * own, and what they share is listed in cli.h.
 *
 * Built statically it must run in a bare busybox system: it needs nothing
 * but /proc, /dev/vmwrite and a netlink socket (no locale, no NSS lookups:
 * none of libnl's functions that make them is called).  Each command that
 * reads or writes opens one session with the target and does all its work
 * through it; the administrator's commands (monitor, stats, sessions,
 * revoke, policy) talk to the module's netlink family instead.
 */

#include <string.h>

#include "cli.h"

/* In the order of --help. */
static const struct command *const commands[] = {
	&write_command,
	&read_command,
	&cas_command,
	&fill_command,
	&search_command,
	&query_command,
	&maps_command,
	&gdbserver_command,
	&monitor_command,
	&stats_command,
	&sessions_command,
	&revoke_command,
	&policy_command,
};

#define NCOMMANDS	(sizeof(commands) / sizeof(commands[0]))

int main(int argc, char **argv)
{
	const char *name = argc > 1 ? argv[1] : NULL;
	size_t i;

	if (!name) {
		print_usage(stderr, commands, NCOMMANDS);
		return EXIT_USAGE;
	}
	if (is_help(name) || !strcmp(name, "help")) {
		print_usage(stdout, commands, NCOMMANDS);
		return 0;
	}
	if (!strcmp(name, "--version") || !strcmp(name, "-V"))
		return print_version();
	for (i = 0; i < NCOMMANDS; i++)
		if (!strcmp(name, commands[i]->name))
			return commands[i]->run(commands[i], argc - 1, argv + 1);
	return usage_error("unknown command '%s'", name);
}
