// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite maps: the mappings of a process, from /proc/PID/maps, each with
 * what vmwrite can do there with the rights of a session (opened to learn
 * them).  Processes only: the kernel has no such list.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "symbols.h"

/* What a session with rights @access can do in @m. */
static const char *capability(const struct mapping *m, unsigned int access)
{
	bool force = access & VMW_ACCESS_FORCE;

	if (mapping_is_special(m) || (m->perms[0] != 'r' && !force))
		return "no access";
	if (!(access & VMW_ACCESS_WRITE))
		return "read-only (session)";
	if (m->perms[1] == 'w')
		return mapping_is_shared(m) ? "rw (shared)" : "rw";
	if (mapping_is_shared(m))
		return "read-only (shared mapping)";
	return force ? "rw (copy-on-write)" : "read-only (no forced writes)";
}

/* Size in K, M, G or T, with a decimal when it is not a whole number. */
static void format_size(uint64_t n, char *buf, size_t size)
{
	static const char units[] = "KMGT";
	unsigned int u = 0;
	uint64_t whole, rest;

	while (u < sizeof(units) - 2 && n >> (10 * (u + 2)))
		u++;
	whole = n >> (10 * (u + 1));
	rest = n & ((1ULL << (10 * (u + 1))) - 1);
	if (rest)
		snprintf(buf, size, "%" PRIu64 ".%" PRIu64 "%c", whole,
			 (rest * 10) >> (10 * (u + 1)), units[u]);
	else
		snprintf(buf, size, "%" PRIu64 "%c", whole, units[u]);
}

/* The table of the mappings of @tg's process. */
static int print_maps(struct target *tg)
{
	struct mapping m;
	char *line = NULL, size[32];
	uint64_t top = 0;
	size_t cap = 0;
	pid_t pid = tg->pid;
	int width;
	FILE *f;

	f = maps_open(pid);
	if (!f) {
		msg("cannot read /proc/%d/maps: %s", (int)pid, strerror(errno));
		return 1;
	}
	while (maps_next(f, &line, &cap, &m))
		top = m.end > top ? m.end : top;
	width = hex_digits(top);
	rewind(f);

	printf("%-*s %-4s %7s  %-26s %s\n", 2 * width + 5, "START-END", "PERM", "SIZE",
	       "VMWRITE", "PATH");
	while (maps_next(f, &line, &cap, &m)) {
		const char *can = capability(&m, vmw_access(tg->t));

		format_size(m.end - m.start, size, sizeof(size));
		printf("0x%0*" PRIx64 "-0x%0*" PRIx64 " %-4s %7s  ", width, m.start, width, m.end,
		       m.perms, size);
		if (m.path[0])
			printf("%-26s %s\n", can, m.path);
		else
			printf("%s\n", can);
	}
	free(line);
	fclose(f);
	return output_failed() ? 1 : 0;
}

static int maps_main(const struct command *cmd, int argc, char **argv)
{
	struct target tg = { .kallsyms = KALLSYMS_PATH };
	int ret, i;

	if (argc == 2 && is_help(argv[1]))
		return print_command_help(cmd);
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "-k") || !strcmp(argv[i], "--kernel"))
			return usage_error("maps is not supported for the kernel (-k): it lists the mappings of a process");
	if (argc != 2)
		return usage_error("maps needs exactly one argument, the PID");
	ret = parse_pid(argv[1], &tg.pid);
	/* The rights of a session decide what vmwrite can do. */
	if (!ret)
		ret = target_open(&tg);
	if (!ret)
		ret = print_maps(&tg);
	target_close(&tg);
	return ret;
}

const struct command maps_command = {
	.name = "maps",
	.run = maps_main,
	.synopsis = "vmwrite maps PID",
	.summary = "List the mappings of a process and what vmwrite can do in each.",
	.help =
"maps          the mappings of PID and what vmwrite can do in each\n",
	.takes_addr = false,
	.args = 0,
	.operands = 0,
};
