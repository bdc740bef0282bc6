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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

struct cli_case {
	const char *args[8];
	int status;
	bool on_stdout;		/* where @text must appear */
	const char *text;
	bool needs_no_device;
};

#define PID_SELF	"@self"		/* replaced by our PID */

/* Exit status 2, 1 or 0, with @text in stderr, stderr or stdout. */
#define USAGE(text, ...)	{ { __VA_ARGS__ }, 2, false, text, false }
#define FAILS(text, ...)	{ { __VA_ARGS__ }, 1, false, text, false }
#define PRINTS(text, ...)	{ { __VA_ARGS__ }, 0, true, text, false }
/* A valid command line gets as far as opening the device, and fails there. */
#define NODEV(text, ...)	{ { __VA_ARGS__ }, 1, false, text, true }

static const struct cli_case cli_cases[] = {
	USAGE("Usage: vmwrite", NULL),
	PRINTS("Usage: vmwrite", "--help"),
	PRINTS("vmwrite maps PID", "-h"),
	PRINTS("--save F", "write", "--help"),
	PRINTS("libvmwrite 1.", "--version"),
	{ { "--version" }, 0, true, "module: not loaded", true },
	USAGE("unknown command 'frobnicate'", "frobnicate"),
	USAGE("invalid address 'zzz': expected a number", "read", "1", "zzz", "4"),
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
	USAGE("maps needs exactly one argument", "maps"),
	USAGE("invalid PID 'x1'", "maps", "x1"),
	NODEV("is the vmwrite module loaded?", "read", PID_SELF, "0x1000", "4"),
	NODEV("is the vmwrite module loaded?", "read", PID_SELF, "4096", "--u64"),
	NODEV("(modprobe vmwrite)", "write", PID_SELF, "0x1000", "90cc"),
	NODEV("module loaded", "write", PID_SELF, "0x1000", "90 cc", "0x90,0xC"),
	NODEV("module loaded", "write", PID_SELF, "0x1000", "--u64", "0xffffffffffffffff",
	      "--save", "/dev/null"),
	NODEV("/dev/vmwrite not found", "maps", PID_SELF),
};

static void test_cli(const char *cli)
{
	char self[16];
	size_t i;

	snprintf(self, sizeof(self), "%d", (int)getpid());
	for (i = 0; i < sizeof(cli_cases) / sizeof(cli_cases[0]); i++) {
		const struct cli_case *c = &cli_cases[i];
		const char *args[8] = { NULL };
		char name[256] = "", *p = name;
		struct run r;
		int j;

		for (j = 0; c->args[j]; j++) {
			args[j] = strcmp(c->args[j], PID_SELF) ? c->args[j] : self;
			p += snprintf(p, (size_t)(name + sizeof(name) - p), " %s", c->args[j]);
		}
		if (c->needs_no_device && have_device) {
			tap_skip("cli: vmwrite%s # SKIP " DEV_PATH " exists", name);
			continue;
		}
		run(cli, args, &r);
		if (!tap(r.status == c->status && strstr(c->on_stdout ? r.out : r.err, c->text),
			 "cli: vmwrite%s: exit %d, says \"%s\"", name, c->status, c->text)) {
			tap_diag("exit status %d", r.status);
			tap_diag("stdout: %s", r.out);
			tap_diag("stderr: %s", r.err);
		}
	}
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s PATH-TO-VMWRITE\n", argv[0]);
		return 2;
	}
	have_device = access(DEV_PATH, F_OK) == 0;

	test_library();
	test_cli(argv[1]);
	return tap_exit();
}
