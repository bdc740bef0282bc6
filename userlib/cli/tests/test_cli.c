// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Host tests of the vmwrite tool's command line, without the module: what
 * must fail before the tool ever talks to /dev/vmwrite, and how it says so
 * (lib/tests/test_nodevice.c does the same for the library).
 *
 * Usage: test_cli PATH-TO-VMWRITE
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vmwrite/vmwrite.h"
#include "tap.h"

#define DEV_PATH	"/dev/vmwrite"

static bool have_device;

struct run {
	int status;		/* exit status, or -1 if killed */
	char out[8192];
	char err[8192];
};

static void slurp(FILE *f, char *buf, size_t size)
{
	size_t n;

	rewind(f);
	n = fread(buf, 1, size - 1, f);
	buf[n] = '\0';
	fclose(f);
}

/* Run @cli with @args (NULL-terminated), collecting exit status and output. */
static void run(const char *cli, const char *const *args, struct run *r)
{
	const char *argv[32] = { cli };
	FILE *out = tmpfile(), *err = tmpfile();
	int i, status;
	pid_t pid;

	for (i = 0; args[i] && i < 30; i++)
		argv[i + 1] = args[i];
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		dup2(fileno(out), STDOUT_FILENO);
		dup2(fileno(err), STDERR_FILENO);
		execv(cli, (char *const *)argv);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	r->status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	slurp(out, r->out, sizeof(r->out));
	slurp(err, r->err, sizeof(r->err));
}

struct cli_case {
	const char *args[8];
	int status;
	bool on_stdout;		/* where @text must appear */
	const char *text;
	bool needs_no_device;
	const char *absent;	/* not in stdout */
};

#define PID_SELF	"@self"		/* replaced by our PID */
/* Replaced by the PID of tests/target, and of a dynamically linked program. */
#define PID_TARGET	"@target"
#define PID_DYNAMIC	"@dynamic"

/* Exit status 2, 1 or 0, with @text in stderr, stderr or stdout. */
#define USAGE(t, ...)	{ .args = { __VA_ARGS__ }, .status = 2, .text = t }
#define FAILS(t, ...)	{ .args = { __VA_ARGS__ }, .status = 1, .text = t }
#define PRINTS(t, ...)	{ .args = { __VA_ARGS__ }, .on_stdout = true, .text = t }
/*
 * A valid command line gets as far as opening the device, or the module's
 * netlink family, and fails there.
 */
#define NODEV(t, ...)	{ .args = { __VA_ARGS__ }, .status = 1, .text = t, .needs_no_device = true }
/* NAME --help prints @t, and not @a, of the full --help. */
#define HELP(t, a, ...)	{ .args = { __VA_ARGS__, "--help" }, .on_stdout = true, .text = t, \
			  .absent = a }

static const struct cli_case cli_cases[] = {
	USAGE("Usage: vmwrite", NULL),
	PRINTS("Usage: vmwrite", "--help"),
	PRINTS("vmwrite maps PID", "-h"),
	PRINTS("--save F", "write", "--help"),
	PRINTS("vmwrite cas PID|-k ADDR", "cas", "--help"),
	/* NAME --help: the part of NAME only, with what ADDR is if it takes one. */
	HELP("status 1 if it did not", "vmwrite maps PID", "cas"),
	HELP("  --count N   N integers", "--save F", "read"),
	HELP("Usage: vmwrite write PID|-k ADDR HEXBYTES", "vmwrite read", "write"),
	HELP("  --all       every match", "write PATTERN over", "search"),
	HELP("short; PATTERN is HEXBYTES", "--writable", "fill"),
	HELP("-k, --kernel  in place of PID", "hexdump LEN bytes", "query"),
	HELP("maps          the mappings of PID", "-k, --kernel", "maps"),
	HELP("Exit status: 0 success", "vmwrite --help | --version", "maps"),
	{ .args = { "cas", "-h" }, .on_stdout = true, .text = "compare-and-write: store",
	  .absent = "hexdump" },
	PRINTS("--text      with -k", "--help"),
	PRINTS("libvmwrite 1.", "--version"),
	{ .args = { "--version" }, .on_stdout = true, .text = "module: not loaded",
	  .needs_no_device = true },
	USAGE("unknown command 'frobnicate'", "frobnicate"),
	USAGE("invalid address '1zz': expected a number", "read", "1", "1zz", "4"),
	USAGE("invalid PID 'abc'", "read", "abc", "0x1000", "4"),
	USAGE("invalid PID '0'", "read", "0", "0x1000", "4"),
	USAGE("cannot be negative", "read", "-5", "0x1000", "4"),
	USAGE("read needs LEN", "read", "1", "0x1000"),
	USAGE("invalid length '4x'", "read", "1", "0x1000", "4x"),
	USAGE("invalid length '0x'", "read", "1", "010", "0x"),
	USAGE("too many arguments", "read", "1", "0x1000", "1", "2"),
	USAGE("not a multiple", "read", "1", "0x1000", "3", "--u16"),
	USAGE("exclude each other", "read", "1", "0x1000", "4", "--raw", "--u8"),
	USAGE("--count needs", "read", "1", "0x1000", "--count", "2"),
	USAGE("'--count' needs an argument", "read", "1", "0x1000", "--count"),
	USAGE("unknown or ambiguous option '--bogus'", "read", "1", "0x1000", "4", "--bogus"),
	USAGE("unknown or ambiguous option '--raw=x'", "read", "1", "0x1000", "4", "--raw=x"),
	USAGE("past the end of the address space", "read", "1", "0xffffffffffffffff", "2"),
	USAGE("too large", "read", "1", "18446744073709551616", "2"),
	USAGE("invalid address ' 0x10'", "read", "1", " 0x10", "2"),
	USAGE("nothing to write", "write", "1", "0x1000"),
	USAGE("write needs PID ADDR", "write", "1"),
	USAGE("odd number of hex digits in '9'", "write", "1", "0x1000", "9"),
	USAGE("invalid hex byte 'zz'", "write", "1", "0x1000", "90", "zz"),
	USAGE("more than one byte", "write", "1", "0x1000", "0x90cc"),
	USAGE("give the data once", "write", "1", "0x1000", "90", "--string", "x"),
	USAGE("does not fit in --u8", "write", "1", "0x1000", "--u8", "256"),
	USAGE("does not fit in --u16", "write", "1", "0x1000", "--u16", "0x10000"),
	USAGE("invalid value '-1' for --u32", "write", "1", "0x1000", "--u32", "-1"),
	USAGE("the data is empty", "write", "1", "0x1000", "--string", ""),
	FAILS("cannot open /nonexistent/f", "write", "1", "0x1000", "--file", "/nonexistent/f"),
	USAGE("--text patches kernel text: it needs -k", "write", "1", "0x1000", "90", "--text"),
	USAGE("cas needs PID ADDR EXPECTED NEW", "cas", "1", "0x1000", "1", "--u8"),
	USAGE("cas needs PID ADDR EXPECTED NEW", "cas"),
	USAGE("cas -k needs ADDR EXPECTED NEW", "cas", "-k", "0x1000", "1", "--u8"),
	USAGE("cas needs the integer size: --u8, --u16, --u32 or --u64",
	      "cas", "1", "0x1000", "1", "2"),
	USAGE("too many arguments to cas: '3'", "cas", "1", "0x1000", "1", "2", "3"),
	USAGE("too many arguments to cas: '3'", "cas", "-k", "0x1000", "1", "2", "3"),
	USAGE("give one of --u8, --u16", "cas", "1", "0x1000", "--u8", "--u16", "1", "2"),
	USAGE("address 0x1002 is not a multiple of 4: cas --u32 needs an aligned address",
	      "cas", "1", "0x1002", "--u32", "1", "2"),
	USAGE("address 0x1001 is not a multiple of 2", "cas", "1", "4097", "--u16", "1", "2"),
	USAGE("value '256' does not fit in --u8", "cas", "1", "0x1000", "--u8", "256", "1"),
	USAGE("invalid value 'x' for --u16", "cas", "1", "0x1000", "--u16", "1", "x"),
	USAGE("invalid address '0xzz'", "cas", "1", "0xzz", "--u64", "1", "2"),
	USAGE("invalid PID 'p'", "cas", "p", "0x1000", "--u64", "1", "2"),
	USAGE("maps needs exactly one argument", "maps"),
	USAGE("invalid PID 'x1'", "maps", "x1"),
	NODEV("is the vmwrite module loaded?", "read", PID_SELF, "0x1000", "4"),
	NODEV("is the vmwrite module loaded?", "read", PID_SELF, "4096", "--u64"),
	NODEV("(modprobe vmwrite)", "write", PID_SELF, "0x1000", "90cc"),
	NODEV("module loaded", "write", PID_SELF, "0x1000", "90 cc", "0x90,0xC"),
	NODEV("module loaded", "write", PID_SELF, "0x1000", "--u64", "0xffffffffffffffff",
	      "--save", "/dev/null"),
	NODEV("/dev/vmwrite not found", "maps", PID_SELF),
	NODEV("/dev/vmwrite not found", "cas", PID_SELF, "0x1000", "--u32", "1", "2"),

	/* The kernel target, -k: what needs no module. */
	PRINTS("-k, --kernel", "--help"),
	PRINTS("symbol of /proc/kallsyms", "read", "--help"),
	USAGE("read -k needs ADDR and LEN", "read", "-k"),
	USAGE("read -k needs ADDR and LEN", "read", "--kernel"),
	USAGE("read needs LEN", "read", "-k", "0xffffffff81000000"),
	USAGE("too many arguments to read: '2'", "read", "-k", "0xffffffff81000000", "1", "2"),
	USAGE("write -k needs ADDR and the data", "write", "-k"),
	USAGE("nothing to write", "write", "-k", "0xffffffff81000000"),
	USAGE("give the data once", "write", "-k", "0xffffffff81000000", "90", "--u8", "1"),
	USAGE("not supported for the kernel", "maps", "-k"),
	USAGE("not supported for the kernel", "maps", PID_SELF, "--kernel"),
	USAGE("invalid length 'zzz'", "read", "-k", "1", "zzz"),
	USAGE("invalid address '1zz': expected a number", "read", "-k", "1zz", "4"),
	USAGE("invalid address '0xzz': expected a number", "read", "-k", "0xzz", "4"),
	USAGE("past the end of the address space", "read", "-k", "0xffffffffffffffff", "2"),
	/* Without -k, a symbol is one of the process's ELF files, not of kallsyms. */
	FAILS("symbol 'jiffies' not found in process ", "read", PID_SELF, "jiffies", "4"),
	/* Numbers need no symbols; -k may follow the operands. */
	NODEV("/dev/vmwrite not found", "read", "-k", "0xffffffff81000000", "8"),
	NODEV("/dev/vmwrite not found", "read", "0xffffffff81000000", "8", "--kernel"),
	/* Symbols: see test_symbols.c, which gives the resolvers symbol tables of its own. */

	/* fill, search, query: what needs no module. */
	PRINTS("vmwrite search PID|-k ADDR LEN PATTERN", "--help"),
	PRINTS("vmwrite query PID|-k ADDR", "query", "--help"),
	USAGE("fill needs PID ADDR LEN and the pattern", "fill", "1", "0x1000"),
	USAGE("search -k needs ADDR LEN and the pattern", "search", "-k"),
	USAGE("no pattern: give HEXBYTES", "search", "1", "0x1000", "16"),
	USAGE("give the pattern once", "fill", "1", "0x1000", "16", "90", "--u8", "1"),
	USAGE("invalid length '0': must be at least 1", "fill", "1", "0x1000", "0", "90"),
	USAGE("invalid length 'x'", "search", "1", "0x1000", "x", "90"),
	USAGE("the pattern is empty", "search", "1", "0x1000", "4", "--string", ""),
	USAGE("--all is an option of search, not of fill", "fill", "1", "0x1000", "4", "90", "--all"),
	USAGE("--writable is an option of search, not of write", "write", "1", "0x1000", "90",
	      "--writable"),
	USAGE("--save is an option of write and fill, not of search",
	      "search", "1", "0x1000", "4", "90", "--save", "/dev/null"),
	USAGE("--text is an option of write, not of fill", "fill", "-k", "0x1000", "4", "90", "--text"),
	USAGE("past the end of the address space", "fill", "1", "0xfffffffffffffff0", "17", "90"),
	USAGE("query needs PID ADDR", "query", "1"),
	USAGE("query -k needs ADDR", "query", "-k"),
	USAGE("too many arguments to query: '2'", "query", "1", "0x1000", "2"),
	NODEV("/dev/vmwrite not found", "fill", PID_SELF, "0x1000", "16", "--string", "ab"),
	NODEV("/dev/vmwrite not found", "search", PID_SELF, "0x1000", "16", "90", "--all",
	      "--writable"),
	NODEV("/dev/vmwrite not found", "query", PID_SELF, "0x1000"),

	/* The module's netlink family: what needs no module. */
	PRINTS("vmwrite monitor [--json]", "--help"),
	PRINTS("vmwrite policy [process-writes on|off]", "--help"),
	HELP("  --json      one JSON object per line", "vmwrite stats", "monitor"),
	HELP("stats         the module's counters", "--json", "stats"),
	HELP("sessions      the sessions attached now", "revoke        end", "sessions"),
	HELP("revoke        end what session ID may do", "-k, --kernel", "revoke"),
	HELP("  lock        from now on, only tighten", "hexdump LEN bytes", "policy"),
	USAGE("monitor takes only --json: '--xml'", "monitor", "--xml"),
	USAGE("stats takes no arguments: 'now'", "stats", "now"),
	USAGE("sessions takes no arguments: '-k'", "sessions", "-k"),
	USAGE("revoke needs exactly one argument, the session's ID", "revoke"),
	USAGE("revoke needs exactly one argument", "revoke", "1", "2"),
	USAGE("invalid session ID 'x'", "revoke", "x"),
	USAGE("invalid session ID '0': must be at least 1", "revoke", "0"),
	USAGE("kernel-writes needs on or off", "policy", "kernel-writes"),
	USAGE("invalid value '1' for text: give on or off", "policy", "text", "1"),
	USAGE("unknown setting 'kernel'", "policy", "kernel", "off"),
	USAGE("audit-reads is given twice", "policy", "audit-reads", "on", "audit-reads", "off"),
	NODEV("the vmwrite module is not loaded (no generic netlink family 'vmwrite')", "stats"),
	NODEV("the vmwrite module is not loaded", "policy"),
	NODEV("the vmwrite module is not loaded", "policy", "kernel-writes", "off", "lock"),
	NODEV("the vmwrite module is not loaded", "sessions"),
	NODEV("the vmwrite module is not loaded", "revoke", "0x10"),
	NODEV("the vmwrite module is not loaded", "monitor", "--json"),

	/*
	 * Process symbols, of tests/target (static: ET_EXEC, symbols in its
	 * .symtab) and of a dynamic program (ET_DYN libraries, .dynsym).
	 */
	FAILS("symbol 'no_such_symbol' not found in process @target (searched: target)",
	      "read", PID_TARGET, "no_such_symbol", "4"),
	FAILS("symbol 'no_such_symbol' not found in target (", "read", PID_TARGET,
	      "target!no_such_symbol", "4"),
	FAILS("module 'libz.so' is not mapped in process @target", "read", PID_TARGET,
	      "libz.so!inflate", "4"),
	USAGE("invalid address '!x': expected a number, decimal or 0x-prefixed hex, or [MODULE!]SYMBOL",
	      "read", PID_TARGET, "!x", "4"),
	USAGE("invalid address 'target!'", "read", PID_TARGET, "target!", "4"),
	USAGE("invalid address 'a b'", "read", PID_TARGET, "a b", "4"),
	USAGE("invalid address ' 0x10'", "read", PID_TARGET, " 0x10", "4"),
	USAGE("invalid offset in address 'main+x'", "read", PID_TARGET, "main+x", "4"),
	USAGE("is outside the address space", "read", PID_TARGET, "main-0xffffffffff", "4"),
	FAILS("symbol '_dl_catch_exception' is in libc.so.6 and ld-linux-x86-64.so.2: write libc.so.6!_dl_catch_exception",
	      "read", PID_DYNAMIC, "_dl_catch_exception", "4"),
	FAILS("symbol 'no_such_symbol' not found in process @dynamic (searched: ",
	      "read", PID_DYNAMIC, "no_such_symbol", "4"),
	FAILS("process 999999999 does not exist", "read", "999999999", "main", "4"),
};

/* The live processes whose symbols the cases look up. */
struct procs {
	pid_t target, dynamic;		/* 0 if they could not be started */
	char target_pid[16], dynamic_pid[16];
	unsigned long long counter, table;	/* what tests/target printed */
};

/* Start tests/target, next to us in tests/, and read the addresses it prints. */
static pid_t start_target(const char *self, struct procs *p)
{
	char path[PATH_MAX], line[512];
	const char *slash = strrchr(self, '/');
	int fds[2];
	FILE *f;
	pid_t pid;

	snprintf(path, sizeof(path), "%.*starget", slash ? (int)(slash - self + 1) : 0, self);
	if (pipe(fds))
		return 0;
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		execl(path, path, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	f = fdopen(fds[0], "r");
	if (!f || !fgets(line, sizeof(line), f) ||
	    sscanf(strstr(line, "COUNTER=") ? strstr(line, "COUNTER=") : "", "COUNTER=%llx TABLE=%llx",
		   &p->counter, &p->table) != 2) {
		if (pid > 0)
			kill(pid, SIGKILL);
		pid = 0;
	}
	if (f)
		fclose(f);
	else
		close(fds[0]);
	return pid > 0 ? pid : 0;
}

/* A dynamically linked program, mapping libc.so.6 and ld-linux-x86-64.so.2 once started. */
static pid_t start_dynamic(void)
{
	char path[32], line[512];
	pid_t pid = fork();
	int i, found = 0;

	if (pid == 0) {
		execl("/bin/sleep", "sleep", "60", (char *)NULL);
		_exit(127);
	}
	if (pid < 0)
		return 0;
	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	/* Wait for the exec, and the dynamic linker, to have mapped libc. */
	for (i = 0; i < 200 && !found; i++) {
		FILE *f = fopen(path, "r");

		while (f && !found && fgets(line, sizeof(line), f))
			found = strstr(line, "/libc.so.6") != NULL;
		if (f)
			fclose(f);
		if (!found)
			usleep(10000);
	}
	if (!found) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		return 0;
	}
	return pid;
}

static void stop(pid_t pid)
{
	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
}

/* @text with "@target" and "@dynamic" replaced by their PIDs. */
static void expand(const char *text, const struct procs *p, char *buf, size_t size)
{
	char *o = buf;

	while (*text && o < buf + size - 16) {
		if (!strncmp(text, PID_TARGET, strlen(PID_TARGET))) {
			o += sprintf(o, "%s", p->target_pid);
			text += strlen(PID_TARGET);
		} else if (!strncmp(text, PID_DYNAMIC, strlen(PID_DYNAMIC))) {
			o += sprintf(o, "%s", p->dynamic_pid);
			text += strlen(PID_DYNAMIC);
		} else {
			*o++ = *text++;
		}
	}
	*o = '\0';
}

static void test_cli(const char *cli, const char *self_path)
{
	struct procs procs = { 0 };
	char self[16];
	size_t i;

	snprintf(self, sizeof(self), "%d", (int)getpid());
	procs.target = start_target(self_path, &procs);
	procs.dynamic = start_dynamic();
	snprintf(procs.target_pid, sizeof(procs.target_pid), "%d", (int)procs.target);
	snprintf(procs.dynamic_pid, sizeof(procs.dynamic_pid), "%d", (int)procs.dynamic);
	for (i = 0; i < sizeof(cli_cases) / sizeof(cli_cases[0]); i++) {
		const struct cli_case *c = &cli_cases[i];
		const char *args[8] = { NULL };
		char name[256] = "", *p = name, text[512];
		bool target = false, dynamic = false;
		struct run r;
		int j;

		for (j = 0; c->args[j]; j++) {
			target |= !strcmp(c->args[j], PID_TARGET);
			dynamic |= !strcmp(c->args[j], PID_DYNAMIC);
			args[j] = !strcmp(c->args[j], PID_SELF) ? self :
				  !strcmp(c->args[j], PID_TARGET) ? procs.target_pid :
				  !strcmp(c->args[j], PID_DYNAMIC) ? procs.dynamic_pid : c->args[j];
			p += snprintf(p, (size_t)(name + sizeof(name) - p), " %s", c->args[j]);
		}
		if (c->needs_no_device && have_device) {
			tap_skip("cli: vmwrite%s # SKIP " DEV_PATH " exists", name);
			continue;
		}
		if ((target && !procs.target) || (dynamic && !procs.dynamic)) {
			tap_skip("cli: vmwrite%s # SKIP cannot start %s", name,
				 target ? "tests/target" : "/bin/sleep");
			continue;
		}
		run(cli, args, &r);
		expand(c->text, &procs, text, sizeof(text));
		if (!tap(r.status == c->status &&
			 strstr(c->on_stdout ? r.out : r.err, text) != NULL &&
			 (!c->absent || !strstr(r.out, c->absent)),
			 "cli: vmwrite%s: exit %d, says \"%s\"%s%s%s", name, c->status, text,
			 c->absent ? ", not \"" : "", c->absent ? c->absent : "",
			 c->absent ? "\"" : "")) {
			tap_diag("exit status %d", r.status);
			tap_diag("stdout: %s", r.out);
			tap_diag("stderr: %s", r.err);
		}
	}
	stop(procs.target);
	stop(procs.dynamic);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s PATH-TO-VMWRITE\n", argv[0]);
		return 2;
	}
	have_device = access(DEV_PATH, F_OK) == 0;

	test_cli(argv[1], argv[0]);
	return tap_exit();
}
