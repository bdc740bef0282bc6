// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * --help, built from the commands' own parts: `vmwrite --help` prints every
 * command's synopsis and part, `vmwrite NAME --help` the one of NAME; both
 * end with what ADDR may be and the conventions every command follows.
 */

#include <string.h>

#include "cli.h"

static const char intro[] =
"Read and write the memory of a running process, or of the running kernel,\n"
"through /dev/vmwrite; see and govern what vmwrite does, through its netlink\n"
"family.\n";

static const char addr_help[] =
"ADDR          of a process: a number, or a symbol of a file it maps (.symtab,\n"
"              else .dynsym; functions and objects) with an optional offset:\n"
"              counter, main+0x10, libc.so.6!malloc, prog!table-8.  MODULE! is\n"
"              the file's name as maps shows it; without it the executable is\n"
"              searched first, then every other mapped file\n"
"-k, --kernel  in place of PID: the running kernel (needs CAP_SYS_RAWIO).  ADDR\n"
"              is a kernel virtual address, or a symbol of /proc/kallsyms with\n"
"              an optional offset: jiffies, some_function+0x10, some_symbol-8;\n"
"              a per-CPU variable takes the CPU: runqueues@1, runqueues@0+0x10.\n"
"              Read-only kernel memory (text, rodata: see --text) and device\n"
"              memory are refused; writes taint the kernel.\n";

static const char footer[] =
"PID, ID, ADDR, LEN and N are decimal or 0x-prefixed hexadecimal.\n"
"Exit status: 0 success, 1 failure, 2 usage error.\n";

/* The synopsis lines @s, the first after "Usage: " if @first, the others indented. */
static void print_synopsis(FILE *f, const char *s, bool first)
{
	while (*s) {
		size_t n = strcspn(s, "\n");

		fprintf(f, "%s%.*s\n", first ? "Usage: " : "       ", (int)n, s);
		first = false;
		s += n + (s[n] == '\n');
	}
}

void print_usage(FILE *f, const struct command *const *cmds, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		print_synopsis(f, cmds[i]->synopsis, i == 0);
	print_synopsis(f, "vmwrite --help | --version", n == 0);
	fprintf(f, "\n%s\n", intro);
	for (i = 0; i < n; i++)
		fputs(cmds[i]->help, f);
	fprintf(f, "\n%s\n%s", addr_help, footer);
}

int print_command_help(const struct command *cmd)
{
	print_synopsis(stdout, cmd->synopsis, true);
	printf("\n%s\n\n%s", cmd->summary, cmd->help);
	if (cmd->takes_addr)
		printf("\n%s", addr_help);
	printf("\n%s", footer);
	return 0;
}

bool is_help(const char *arg)
{
	return !strcmp(arg, "--help") || !strcmp(arg, "-h");
}
