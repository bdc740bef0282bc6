// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Host tests of the real libvmwrite (linked statically) and of the vmwrite
 * tool's command line, without the module: what must fail before the
 * library ever talks to /dev/vmwrite, and how the tool says so.
 *
 * Usage: test_host PATH-TO-VMWRITE
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

#include "vmwrite.h"
#include "tests/tap.h"

#define DEV_PATH	"/dev/vmwrite"

static bool have_device;

static void test_library(void)
{
	struct vmw_target *t = (struct vmw_target *)1;
	uint64_t expected = 5;
	char buf[4];
	size_t done = 99;
	int err, pidfd;

	err = vmw_open_process(getpid(), 1, &t);
	tap(err == -EINVAL && t == NULL, "lib: vmw_open_process with flags != 0 is -EINVAL");
	tap(vmw_open_process(0, 0, &t) == -EINVAL && vmw_open_process(-5, 0, &t) == -EINVAL,
	    "lib: vmw_open_process with PID <= 0 is -EINVAL");
	tap(vmw_open_process(getpid(), 0, NULL) == -EINVAL,
	    "lib: vmw_open_process(out NULL) is -EINVAL");
	tap(vmw_open_pidfd(0, 2, &t) == -EINVAL, "lib: vmw_open_pidfd with flags != 0 is -EINVAL");

	if (have_device) {
		tap_skip("lib: vmw_open_process without the module # SKIP %s exists", DEV_PATH);
		tap_skip("lib: vmw_module_api_version without the module # SKIP %s exists",
			 DEV_PATH);
		tap_skip("lib: vmw_open_pidfd without the module # SKIP %s exists", DEV_PATH);
	} else {
		err = vmw_open_process(getpid(), 0, &t);
		tap(err == -ENOENT && t == NULL,
		    "lib: vmw_open_process without the module is -ENOENT (%s)", strerror(-err));
		err = vmw_module_api_version();
		tap(err == -ENOENT,
		    "lib: vmw_module_api_version without the module is -ENOENT (%s)", strerror(-err));
		pidfd = (int)syscall(SYS_pidfd_open, getpid(), 0);
		err = vmw_open_pidfd(pidfd, 0, &t);
		tap(pidfd < 0 || err == -ENOENT,
		    "lib: vmw_open_pidfd without the module is -ENOENT (%s)", strerror(-err));
		if (pidfd >= 0)
			close(pidfd);
	}

	vmw_close(NULL);
	tap(true, "lib: vmw_close(NULL) is a no-op");
	err = vmw_read(NULL, 0x1000, buf, sizeof(buf), &done);
	tap(err == -EINVAL && done == 0, "lib: vmw_read(NULL target) is -EINVAL, done 0");
	done = 99;
	err = vmw_write(NULL, 0x1000, buf, sizeof(buf), &done);
	tap(err == -EINVAL && done == 0, "lib: vmw_write(NULL target) is -EINVAL, done 0");
	tap(vmw_access(NULL) == 0 && vmw_pid(NULL) == 0, "lib: vmw_access/vmw_pid(NULL) are 0");
	done = 99;
	err = vmw_write_flags(NULL, 0x1000, buf, sizeof(buf), VMW_WRITE_TEXT, &done);
	tap(err == -EINVAL && done == 0, "lib: vmw_write_flags(NULL target) is -EINVAL, done 0");
	err = vmw_cmpxchg(NULL, 0x1000, 8, &expected, 1);
	tap(err == -EINVAL && expected == 5, "lib: vmw_cmpxchg(NULL target) is -EINVAL");

	snprintf(buf, sizeof(buf), "%d", VMW_VERSION_MAJOR);
	tap(!strncmp(vmw_version(), buf, strlen(buf)) && strlen(vmw_version()) >= 5,
	    "lib: vmw_version() is \"%s\"", vmw_version());
}

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

/*
 * The symbol tables the -k cases see, through VMWRITE_KALLSYMS (which the
 * tool honours for these tests only).
 */
enum { SYMS_NONE, SYMS_FAKE, SYMS_HIDDEN, SYMS_MISSING };

struct cli_case {
	const char *args[8];
	int status;
	bool on_stdout;		/* where @text must appear */
	const char *text;
	bool needs_no_device;
	bool exact;		/* @text and a newline are all of stdout */
	int syms;
};

/*
 * A /proc/kallsyms: per-CPU symbols first, as x86-64 lists them; names that
 * are prefixes of others; module symbols; one name in the kernel and two
 * modules; an alias listed twice at one address; more duplicates than a
 * message lists.
 */
static const char fake_kallsyms[] =
	"0000000000000000 A fixed_percpu_data\n"
	"0000000000034d40 A runqueues\n"
	"ffffffff81000000 T _stext\n"
	"ffffffff81000000 T _text\n"
	"ffffffff81001000 T alias\n"
	"ffffffff81001000 T alias\n"
	"ffffffff81234560 t dup_fn\n"
	"ffffffff82a05000 D jiffies_64\n"
	"ffffffff82a05040 D jiffies\n"
	"ffffffff82a05080 D jiffies_lock\n"
	"ffffffff82a06000 D __per_cpu_offset\n"
	"ffffffff83000000 t many\n"
	"ffffffff83000010 t many\n"
	"ffffffff83000020 t many\n"
	"ffffffff83000030 t many\n"
	"ffffffff83000040 t many\n"
	"ffffffffc0201000 t ftrace_trampoline\t[__builtin__ftrace]\n"
	"ffffffffc0a01000 t dup_fn\t[mod_a]\n"
	"ffffffffc0a02000 d modvar\t[mod_a]\n"
	"ffffffffc0b01000 t dup_fn\t[mod_b]\n";

static char syms_dir[64], syms_fake[PATH_MAX], syms_hidden[PATH_MAX];

#define PID_SELF	"@self"		/* replaced by our PID */
/* Replaced by the PID of tests/target, and of a dynamically linked program. */
#define PID_TARGET	"@target"
#define PID_DYNAMIC	"@dynamic"

/* Exit status 2, 1 or 0, with @text in stderr, stderr or stdout. */
#define USAGE(t, ...)	{ .args = { __VA_ARGS__ }, .status = 2, .text = t }
#define FAILS(t, ...)	{ .args = { __VA_ARGS__ }, .status = 1, .text = t }
#define PRINTS(t, ...)	{ .args = { __VA_ARGS__ }, .on_stdout = true, .text = t }
/* A valid command line gets as far as opening the device, and fails there. */
#define NODEV(t, ...)	{ .args = { __VA_ARGS__ }, .status = 1, .text = t, .needs_no_device = true }
/* The same, for -k with symbol table @s. */
#define KUSAGE(s, t, ...)	{ .args = { __VA_ARGS__ }, .status = 2, .text = t, .syms = s }
#define KFAILS(s, t, ...)	{ .args = { __VA_ARGS__ }, .status = 1, .text = t, .syms = s }
#define KNODEV(s, t, ...)	{ .args = { __VA_ARGS__ }, .status = 1, .text = t, \
				  .needs_no_device = true, .syms = s }
/*
 * ADDR stands for address @a, with symbol table @s: the test-only
 * --resolve-only prints exactly that and stops short of the device.
 */
#define RESOLVES(s, a, ...)	{ .args = { __VA_ARGS__, "--resolve-only" }, .on_stdout = true, \
				  .text = a, .exact = true, .syms = s }

static const struct cli_case cli_cases[] = {
	USAGE("Usage: vmwrite", NULL),
	PRINTS("Usage: vmwrite", "--help"),
	PRINTS("vmwrite maps PID", "-h"),
	PRINTS("--save F", "write", "--help"),
	PRINTS("vmwrite cas PID|-k ADDR", "cas", "--help"),
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
	RESOLVES(SYMS_FAKE, "0xffffffff81000010", "read", "-k", "0xffffffff81000010", "4"),
	RESOLVES(SYMS_FAKE, "0xffffffff81000000", "read", "-k", "18446744071578845184", "4"),
	RESOLVES(SYMS_FAKE, "0x1000", "read", PID_SELF, "4096", "4"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05040", "read", "-k", "jiffies", "--u64"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05040", "read", "jiffies", "8", "--kernel"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05050", "read", "-k", "jiffies+0x10", "16"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05050", "read", "-k", "jiffies+16", "16"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05038", "read", "-k", "jiffies-8", "8"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05038", "read", "-k", "jiffies-0x8", "8"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05000", "read", "-k", "jiffies_64", "8"),
	RESOLVES(SYMS_FAKE, "0xffffffff81000000", "read", "-k", "_text", "8"),
	RESOLVES(SYMS_FAKE, "0xffffffffc0a02008", "read", "-k", "modvar+8", "8"),
	RESOLVES(SYMS_FAKE, "0xffffffffc0201000", "read", "-k", "ftrace_trampoline", "8"),
	RESOLVES(SYMS_FAKE, "0xffffffff81001000", "read", "-k", "alias", "8"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05040", "write", "-k", "jiffies", "--u64", "1"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05048", "write", "-k", "jiffies+8", "90", "cc"),
	RESOLVES(SYMS_FAKE, "0xffffffff81000010", "write", "-k", "--text", "_text+0x10", "90"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05040", "cas", "-k", "jiffies", "--u64", "1", "2"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05044", "cas", "-k", "jiffies+4", "--u32", "1", "2"),
	KUSAGE(SYMS_FAKE, "address 0xffffffff82a05044 is not a multiple of 8",
	       "cas", "-k", "jiffies+4", "--u64", "1", "2"),
	KFAILS(SYMS_FAKE, "symbol 'nosuch' not found in ", "read", "-k", "nosuch", "4"),
	KFAILS(SYMS_FAKE, "symbol 'jiff' not found in ", "read", "-k", "jiff+4", "4"),
	KFAILS(SYMS_FAKE, "symbol 'mod_a' not found in ", "read", "-k", "mod_a", "4"),
	KFAILS(SYMS_FAKE, "symbol 'dup_fn' is ambiguous: 3 of that name in ",
	       "read", "-k", "dup_fn", "4"),
	KFAILS(SYMS_FAKE, "0xffffffffc0a01000 [mod_a], 0xffffffffc0b01000 [mod_b]: give one of the addresses",
	       "write", "-k", "dup_fn+1", "90"),
	KFAILS(SYMS_FAKE, "(choosing by module is not supported yet)", "read", "-k", "dup_fn", "4"),
	KFAILS(SYMS_FAKE, "'many' is ambiguous: 5 of that name", "read", "-k", "many", "4"),
	KFAILS(SYMS_FAKE, "0xffffffff83000030, ...: give", "read", "-k", "many", "4"),
	KFAILS(SYMS_FAKE, "symbol 'runqueues' is at 0x34d40, not a kernel address: a per-CPU variable? give the CPU: runqueues@0",
	       "read", "-k", "runqueues", "4"),
	KFAILS(SYMS_FAKE, "not a kernel address: a per-CPU variable? give the CPU: runqueues@0",
	       "read", "-k", "runqueues+8", "4"),
	KFAILS(SYMS_FAKE, "symbol 'fixed_percpu_data' is at 0x0, not a kernel address",
	       "read", "-k", "fixed_percpu_data", "4"),
	/*
	 * sym@cpu: __per_cpu_offset[cpu] comes from the kernel, so on the host
	 * a valid one gets as far as opening the device.
	 */
	KFAILS(SYMS_FAKE, "symbol 'jiffies' is not a per-CPU variable (it is at 0xffffffff82a05040): drop the @1",
	       "read", "-k", "jiffies@1", "4"),
	KUSAGE(SYMS_FAKE, "invalid CPU in address 'runqueues@x': expected a number",
	       "read", "-k", "runqueues@x", "4"),
	KUSAGE(SYMS_FAKE, "invalid CPU in address 'runqueues@': expected a number",
	       "read", "-k", "runqueues@", "4"),
	KUSAGE(SYMS_FAKE, "invalid CPU in address 'runqueues@-8'", "read", "-k", "runqueues@-8", "4"),
	KUSAGE(SYMS_FAKE, "invalid CPU in address 'runqueues@0@1'", "read", "-k", "runqueues@0@1", "4"),
	KUSAGE(SYMS_FAKE, "invalid CPU in address 'runqueues@4294967296': too large",
	       "read", "-k", "runqueues@4294967296", "4"),
	KUSAGE(SYMS_FAKE, "invalid offset in address 'runqueues@1+'", "read", "-k", "runqueues@1+", "4"),
	KFAILS(SYMS_FAKE, "symbol 'nosuch' not found", "read", "-k", "nosuch@0", "4"),
	KFAILS(SYMS_FAKE, "invalid address 'runqueues@100000': CPU 100000 is not possible (possible CPUs: 0",
	       "read", "-k", "runqueues@100000", "4"),
	KNODEV(SYMS_FAKE, "/dev/vmwrite not found", "read", "-k", "runqueues@0", "8", "--resolve-only"),
	KNODEV(SYMS_FAKE, "/dev/vmwrite not found", "write", "-k", "runqueues@0+0x10", "--u64", "1"),
	KNODEV(SYMS_FAKE, "/dev/vmwrite not found", "cas", "-k", "fixed_percpu_data@0+0x28", "--u64",
	       "1", "2"),
	KFAILS(SYMS_HIDDEN, "hides addresses", "read", "-k", "runqueues@0", "8"),
	KUSAGE(SYMS_FAKE, "invalid offset in address 'jiffies+'", "read", "-k", "jiffies+", "4"),
	KUSAGE(SYMS_FAKE, "invalid offset in address 'jiffies-0x'", "read", "-k", "jiffies-0x", "4"),
	KUSAGE(SYMS_FAKE, "invalid offset in address 'jiffies+8+8'", "read", "-k", "jiffies+8+8", "4"),
	KUSAGE(SYMS_FAKE, "invalid address '+8'", "read", "-k", "+8", "4"),
	KUSAGE(SYMS_FAKE, "invalid address '': expected a number", "read", "-k", "", "4"),
	KUSAGE(SYMS_FAKE, "is outside the address space", "read", "-k",
	       "jiffies+0xffffffffffffffff", "4"),
	KUSAGE(SYMS_FAKE, "is outside the address space", "read", "-k",
	       "jiffies-0xffffffff82a05041", "4"),
	KUSAGE(SYMS_FAKE, "past the end of the address space", "read", "-k",
	       "jiffies+0x7d5fafbf", "2"),
	/* Without -k, a symbol is one of the process's ELF files, not of kallsyms. */
	KFAILS(SYMS_FAKE, "symbol 'jiffies' not found in process ", "read", PID_SELF, "jiffies", "4"),
	KFAILS(SYMS_HIDDEN, "hides addresses (kernel.kptr_restrict=", "read", "-k", "jiffies", "8"),
	KFAILS(SYMS_HIDDEN, "hides addresses", "write", "-k", "_stext", "--u8", "1"),
	/* Numbers need no symbols. */
	RESOLVES(SYMS_HIDDEN, "0xffffffff81000000", "read", "-k", "0xffffffff81000000", "8"),
	RESOLVES(SYMS_MISSING, "0xffffffff81000000", "read", "-k", "0xffffffff81000000", "8"),
	KFAILS(SYMS_MISSING, "cannot read ", "read", "-k", "jiffies", "8"),
	KNODEV(SYMS_FAKE, "/dev/vmwrite not found: is the vmwrite module loaded?",
	       "read", "-k", "jiffies", "8"),
	KNODEV(SYMS_FAKE, "/dev/vmwrite not found", "write", "-k", "jiffies", "--u64", "1",
	       "--save", "/dev/null"),
	NODEV("/dev/vmwrite not found", "read", "-k", "0xffffffff81000000", "8"),

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
	RESOLVES(SYMS_FAKE, "0x1000", "fill", PID_SELF, "4096", "16", "90"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05040", "search", "-k", "jiffies", "8", "--u64", "1"),
	RESOLVES(SYMS_FAKE, "0xffffffff82a05048", "query", "-k", "jiffies+8"),
	NODEV("/dev/vmwrite not found", "fill", PID_SELF, "0x1000", "16", "--string", "ab"),
	NODEV("/dev/vmwrite not found", "search", PID_SELF, "0x1000", "16", "90", "--all",
	      "--writable"),
	NODEV("/dev/vmwrite not found", "query", PID_SELF, "0x1000"),

	/*
	 * Process symbols, of tests/target (static: ET_EXEC, symbols in its
	 * .symtab) and of a dynamic program (ET_DYN libraries, .dynsym).
	 */
	RESOLVES(SYMS_NONE, "@counter", "read", PID_TARGET, "vmwrite_cli_counter", "4"),
	RESOLVES(SYMS_NONE, "@counter+4", "read", PID_TARGET, "vmwrite_cli_counter+4", "4"),
	RESOLVES(SYMS_NONE, "@counter-0x10", "write", PID_TARGET, "vmwrite_cli_counter-0x10", "90"),
	RESOLVES(SYMS_NONE, "@table", "cas", PID_TARGET, "target!vmwrite_cli_table", "--u8", "1", "2"),
	RESOLVES(SYMS_NONE, "@table+8", "fill", PID_TARGET, "target!vmwrite_cli_table+8", "8", "90"),
	RESOLVES(SYMS_NONE, "@table+1", "search", PID_TARGET, "vmwrite_cli_table+1", "8", "90"),
	RESOLVES(SYMS_NONE, "@table", "query", PID_TARGET, "vmwrite_cli_table"),
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
	RESOLVES(SYMS_NONE, "@libc:malloc", "read", PID_DYNAMIC, "libc.so.6!malloc", "4"),
	RESOLVES(SYMS_NONE, "@libc:malloc", "read", PID_DYNAMIC, "malloc", "4"),
	FAILS("symbol '_dl_catch_exception' is in libc.so.6 and ld-linux-x86-64.so.2: write libc.so.6!_dl_catch_exception",
	      "read", PID_DYNAMIC, "_dl_catch_exception", "4"),
	FAILS("symbol 'no_such_symbol' not found in process @dynamic (searched: ",
	      "read", PID_DYNAMIC, "no_such_symbol", "4"),
	FAILS("process 999999999 does not exist", "read", "999999999", "main", "4"),
};

/* Write the symbol tables of the -k cases to a directory of their own. */
static bool make_syms(void)
{
	const char *p, *sp, *nl;
	FILE *f, *g;

	snprintf(syms_dir, sizeof(syms_dir), "/tmp/vmwrite-test.XXXXXX");
	if (!mkdtemp(syms_dir))
		return false;
	snprintf(syms_fake, sizeof(syms_fake), "%s/kallsyms", syms_dir);
	snprintf(syms_hidden, sizeof(syms_hidden), "%s/kallsyms-hidden", syms_dir);
	f = fopen(syms_fake, "w");
	g = fopen(syms_hidden, "w");
	if (f)
		fputs(fake_kallsyms, f);
	/* What kptr_restrict makes of it: the same lines, every address 0. */
	for (p = fake_kallsyms; g && *p; p = nl + 1) {
		sp = strchr(p, ' ');
		nl = strchr(p, '\n');
		fprintf(g, "%0*d%.*s", (int)(sp - p), 0, (int)(nl + 1 - sp), sp);
	}
	return f && g && !fclose(f) && !fclose(g);
}

static void remove_syms(void)
{
	unlink(syms_fake);
	unlink(syms_hidden);
	rmdir(syms_dir);
}

/* The live processes whose symbols the cases look up. */
struct procs {
	pid_t target, dynamic;		/* 0 if they could not be started */
	char target_pid[16], dynamic_pid[16];
	unsigned long long counter, table;	/* what tests/target printed */
};

/* Start tests/target, next to us, and read the addresses it prints. */
static pid_t start_target(const char *self, struct procs *p)
{
	char path[PATH_MAX], line[512];
	const char *slash = strrchr(self, '/');
	int fds[2];
	FILE *f;
	pid_t pid;

	snprintf(path, sizeof(path), "%.*stests/target", slash ? (int)(slash - self + 1) : 0, self);
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

/* Does @out print an address in an executable mapping of libc.so.6 of @pid? */
static bool in_libc_text(pid_t pid, const char *out)
{
	unsigned long long addr, start, end;
	char path[32], line[512], perms[5];
	bool in = false;
	FILE *f;

	if (sscanf(out, "0x%llx", &addr) != 1)
		return false;
	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	f = fopen(path, "r");
	while (f && !in && fgets(line, sizeof(line), f))
		in = sscanf(line, "%llx-%llx %4s", &start, &end, perms) == 3 && perms[2] == 'x' &&
		     strstr(line, "/libc.so.6") && addr >= start && addr < end;
	if (f)
		fclose(f);
	return in;
}

/*
 * @text with "@target" and "@dynamic" replaced by their PIDs, and, if it is
 * all of "@counter" or "@table" with an optional +N or -N, that address.
 */
static void expand(const char *text, const struct procs *p, char *buf, size_t size)
{
	unsigned long long base, off = 0;
	const char *at;
	char *o = buf;

	if (!strncmp(text, "@counter", 8) || !strncmp(text, "@table", 6)) {
		base = text[1] == 'c' ? p->counter : p->table;
		at = text + (text[1] == 'c' ? 8 : 6);
		if (*at)
			off = strtoull(at + 1, NULL, 0);
		snprintf(buf, size, "0x%llx", *at == '-' ? base - off : base + off);
		return;
	}
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

/* Is @out the line @text and nothing else? */
static bool exact_line(const char *out, const char *text)
{
	size_t n = strlen(text);

	return !strncmp(out, text, n) && !strcmp(out + n, "\n");
}

static void test_cli(const char *cli, const char *self_path)
{
	char self[16], missing[PATH_MAX];
	const char *syms[] = {
		[SYMS_FAKE] = syms_fake,
		[SYMS_HIDDEN] = syms_hidden,
		[SYMS_MISSING] = missing,
	};
	static const char *const syms_names[] = {
		[SYMS_FAKE] = "test", [SYMS_HIDDEN] = "hidden", [SYMS_MISSING] = "no",
	};
	struct procs procs = { 0 };
	bool have_syms;
	size_t i;

	snprintf(self, sizeof(self), "%d", (int)getpid());
	procs.target = start_target(self_path, &procs);
	procs.dynamic = start_dynamic();
	snprintf(procs.target_pid, sizeof(procs.target_pid), "%d", (int)procs.target);
	snprintf(procs.dynamic_pid, sizeof(procs.dynamic_pid), "%d", (int)procs.dynamic);
	have_syms = make_syms();
	snprintf(missing, sizeof(missing), "%s/none", syms_dir);
	unsetenv("VMWRITE_KALLSYMS");
	for (i = 0; i < sizeof(cli_cases) / sizeof(cli_cases[0]); i++) {
		const struct cli_case *c = &cli_cases[i];
		const char *args[8] = { NULL };
		char name[256] = "", *p = name, text[512];
		bool target = false, dynamic = false, libc;
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
		if (c->syms)
			snprintf(p, (size_t)(name + sizeof(name) - p), " (%s kallsyms)",
				 syms_names[c->syms]);
		if (c->needs_no_device && have_device) {
			tap_skip("cli: vmwrite%s # SKIP " DEV_PATH " exists", name);
			continue;
		}
		if (c->syms && !have_syms) {
			tap(false, "cli: vmwrite%s: cannot write the symbol tables: %s", name,
			    strerror(errno));
			continue;
		}
		if ((target && !procs.target) || (dynamic && !procs.dynamic)) {
			tap_skip("cli: vmwrite%s # SKIP cannot start %s", name,
				 target ? "tests/target" : "/bin/sleep");
			continue;
		}
		if (c->syms)
			setenv("VMWRITE_KALLSYMS", syms[c->syms], 1);
		run(cli, args, &r);
		unsetenv("VMWRITE_KALLSYMS");
		libc = !strcmp(c->text, "@libc:malloc");
		expand(c->text, &procs, text, sizeof(text));
		if (!tap(r.status == c->status &&
			 (libc ? in_libc_text(procs.dynamic, r.out) :
			  c->exact ? exact_line(r.out, text) :
			  strstr(c->on_stdout ? r.out : r.err, text) != NULL),
			 "cli: vmwrite%s: exit %d, says \"%s\"", name, c->status,
			 libc ? "an address in libc.so.6's text" : text)) {
			tap_diag("exit status %d", r.status);
			tap_diag("stdout: %s", r.out);
			tap_diag("stderr: %s", r.err);
		}
	}
	remove_syms();
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

	test_library();
	test_cli(argv[1], argv[0]);
	return tap_exit();
}
