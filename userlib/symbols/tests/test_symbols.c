// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Host tests of symbol resolution, called directly: the symbols library
 * (kallsyms files, per-CPU areas, /proc/PID/maps, ELF symbols) and, on top
 * of it, the vmwrite tool's ADDR parsing and its messages (cli/address.c).
 * Kernel symbols come from kallsyms files this test writes, given to the
 * resolvers as their path; the kernel is tests/model.c's, this process, so
 * a per-CPU table here is read like the kernel's.
 *
 * Usage: test_symbols PATH-TO-TESTS/TARGET
 */

#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "symbols.h"
#include "model.h"
#include "tap.h"

/*
 * A /proc/kallsyms: per-CPU symbols first, as x86-64 lists them; names that
 * are prefixes of others; module symbols; one name in the kernel and two
 * modules; an alias listed twice at one address; more duplicates than a
 * message lists.  "@PCPU" stands for the address of __per_cpu_offset.
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
	"@PCPU D __per_cpu_offset\n"
	"ffffffff83000000 t many\n"
	"ffffffff83000010 t many\n"
	"ffffffff83000020 t many\n"
	"ffffffff83000030 t many\n"
	"ffffffff83000040 t many\n"
	"ffffffffc0201000 t ftrace_trampoline\t[__builtin__ftrace]\n"
	"ffffffffc0a01000 t dup_fn\t[mod_a]\n"
	"ffffffffc0a02000 d modvar\t[mod_a]\n"
	"ffffffffc0b01000 t dup_fn\t[mod_b]\n";

/* The symbol tables: as above, with every address 0 (kptr_restrict), none. */
static char syms_dir[64], syms_fake[PATH_MAX], syms_hidden[PATH_MAX], syms_missing[PATH_MAX];

/* __per_cpu_offset[], in the model's kernel: CPU n's area at 0x100000 * (n + 1). */
#define NR_CPUS		8192
static uint64_t per_cpu_offset[NR_CPUS];

/* A global the ELF lookups find in this program. */
int test_symbols_marker = 42;

static bool write_syms(void)
{
	const char *p, *sp, *nl;
	FILE *f, *g;
	int i;

	for (i = 0; i < NR_CPUS; i++)
		per_cpu_offset[i] = 0x100000 * (uint64_t)(i + 1);
	snprintf(syms_dir, sizeof(syms_dir), "/tmp/vmwrite-test.XXXXXX");
	if (!mkdtemp(syms_dir))
		return false;
	snprintf(syms_fake, sizeof(syms_fake), "%s/kallsyms", syms_dir);
	snprintf(syms_hidden, sizeof(syms_hidden), "%s/kallsyms-hidden", syms_dir);
	snprintf(syms_missing, sizeof(syms_missing), "%s/none", syms_dir);
	f = fopen(syms_fake, "w");
	g = fopen(syms_hidden, "w");
	for (p = fake_kallsyms; f && g && *p; p = nl + 1) {
		sp = strchr(p, ' ');
		nl = strchr(p, '\n');
		if (!strncmp(p, "@PCPU", 5))
			fprintf(f, "%016" PRIxPTR, (uintptr_t)per_cpu_offset);
		else
			fprintf(f, "%.*s", (int)(sp - p), p);
		fprintf(f, "%.*s", (int)(nl + 1 - sp), sp);
		/* What kptr_restrict makes of it: the same lines, every address 0. */
		fprintf(g, "%016d%.*s", 0, (int)(nl + 1 - sp), sp);
	}
	return f && g && !fclose(f) && !fclose(g);
}

static void remove_syms(void)
{
	unlink(syms_fake);
	unlink(syms_hidden);
	rmdir(syms_dir);
}

/* ---- the library --------------------------------------------------------- */

static void test_kallsyms(void)
{
	struct ksym_lookup l;
	int err;

	err = ksym_lookup(syms_fake, "jiffies", 7, &l);
	tap(!err && l.count == 1 && !l.distinct && !l.hidden && l.sym[0].addr == 0xffffffff82a05040 &&
	    !l.sym[0].module[0], "kallsyms: jiffies, one, in the kernel image");
	err = ksym_lookup(syms_fake, "jiffies+8", 7, &l);
	tap(!err && l.count == 1 && l.sym[0].addr == 0xffffffff82a05040,
	    "kallsyms: a name is looked up by its length");
	err = ksym_lookup(syms_fake, "jiff", 4, &l);
	tap(!err && l.count == 0, "kallsyms: a prefix of a name is not the name");
	err = ksym_lookup(syms_fake, "mod_a", 5, &l);
	tap(!err && l.count == 0, "kallsyms: a module's name is not a symbol");
	err = ksym_lookup(syms_fake, "modvar", 6, &l);
	tap(!err && l.count == 1 && l.sym[0].addr == 0xffffffffc0a02000 &&
	    !strcmp(l.sym[0].module, "mod_a"), "kallsyms: a module symbol, with its module");
	err = ksym_lookup(syms_fake, "alias", 5, &l);
	tap(!err && l.count == 2 && !l.distinct, "kallsyms: one address listed twice is not ambiguous");
	err = ksym_lookup(syms_fake, "dup_fn", 6, &l);
	tap(!err && l.count == 3 && l.distinct && l.sym[0].addr == 0xffffffff81234560 &&
	    !l.sym[0].module[0] && l.sym[1].addr == 0xffffffffc0a01000 &&
	    !strcmp(l.sym[1].module, "mod_a") && l.sym[2].addr == 0xffffffffc0b01000 &&
	    !strcmp(l.sym[2].module, "mod_b"), "kallsyms: ambiguous dup_fn, each with its module");
	err = ksym_lookup(syms_fake, "many", 4, &l);
	tap(!err && l.count == 5 && l.distinct && l.sym[KSYMS_KEPT - 1].addr == 0xffffffff83000030,
	    "kallsyms: five of a name counted, the first %d kept", KSYMS_KEPT);
	err = ksym_lookup(syms_fake, "runqueues", 9, &l);
	tap(!err && l.count == 1 && l.sym[0].addr == 0x34d40,
	    "kallsyms: a per-CPU variable is its offset in the area");
	err = ksym_lookup(syms_hidden, "jiffies", 7, &l);
	tap(!err && l.hidden && l.count == 1, "kallsyms: all addresses 0 is hidden");
	err = ksym_lookup(syms_missing, "jiffies", 7, &l);
	tap(err == -ENOENT, "kallsyms: a missing file is -ENOENT (%d)", err);
}

static void test_per_cpu(void)
{
	struct vmw_target *t;
	uint64_t base = 0;
	size_t done = 0;
	int err;

	tap(cpu_listed("0", 0) && !cpu_listed("0", 1), "cpus: \"0\"");
	tap(cpu_listed("0-3,8", 3) && cpu_listed("0-3,8", 8) && !cpu_listed("0-3,8", 4) &&
	    !cpu_listed("0-3,8", 9), "cpus: \"0-3,8\"");
	tap(!cpu_listed("", 0) && !cpu_listed("x", 0) && !cpu_listed("0-", 0),
	    "cpus: malformed lists hold no CPU");

	vmw_model_reset();
	err = vmw_open_kernel(0, &t);
	if (!tap(!err, "per-CPU: the model's kernel opens (%d)", err))
		return;
	err = per_cpu_base(t, (uintptr_t)per_cpu_offset, 3, &base, &done);
	tap(!err && done == 8 && base == 0x400000, "per-CPU: __per_cpu_offset[3] read");
	tap(per_cpu_slot((uintptr_t)per_cpu_offset, 3) == (uintptr_t)&per_cpu_offset[3],
	    "per-CPU: the slot of CPU 3");
	vmw_close(t);
}

static void test_maps(void)
{
	int local = 0, r;
	struct mapping m;
	size_t cap = 0, n = 0;
	char *line = NULL;
	FILE *f;

	r = find_mapping(getpid(), (uintptr_t)&test_symbols_marker, &m);
	tap(r == 1 && m.perms[0] == 'r' && m.perms[1] == 'w' && m.path[0] == '/' &&
	    !mapping_is_shared(&m) && !mapping_is_special(&m),
	    "maps: a global is in a private rw mapping of this program (%s %s)", m.perms, m.path);
	r = find_mapping(getpid(), (uintptr_t)&local, &m);
	tap(r == 1 && !strcmp(m.path, "[stack]"), "maps: a local is on the [stack]");
	r = find_mapping(getpid(), 0, &m);
	tap(r == 0, "maps: nothing at address 0");
	r = find_mapping(999999999, 0, &m);
	tap(r == -ENOENT, "maps: no such process is -ENOENT");
	f = maps_open(getpid());
	while (f && maps_next(f, &line, &cap, &m))
		n += m.start < m.end;
	free(line);
	if (f)
		fclose(f);
	tap(n > 3, "maps: every line parses (%zu mappings)", n);
	snprintf(m.path, sizeof(m.path), "[vvar]");
	tap(mapping_is_special(&m), "maps: [vvar] is special");
	m.path[0] = '\0';
	tap(!strcmp(mapping_path(&m), "(anonymous)"), "maps: no path is (anonymous)");
}

/* Is @addr in an executable mapping of libc.so.6 of @pid? */
static bool in_libc_text(pid_t pid, uint64_t addr)
{
	struct mapping m;

	return find_mapping(pid, addr, &m) == 1 && m.perms[2] == 'x' &&
	       strstr(m.path, "/libc.so.6");
}

static void test_elf(void)
{
	const struct module *exe, *libc;
	struct elf_search s = { 0 };
	struct modules mods;
	struct elf_sym r;
	char why[256] = "";
	int err;

	err = modules_load(getpid(), &mods, why, sizeof(why));
	tap(!err && mods.n > 1, "elf: this process maps %zu files", mods.n);
	exe = module_by_name(&mods, "test_symbols", 12);
	libc = module_by_name(&mods, "libc.so.6", 9);
	tap(exe && libc, "elf: its executable and libc.so.6 by name");
	tap(!module_by_name(&mods, "libc.so", 7), "elf: a prefix of a file name is not its name");
	if (exe) {
		err = elf_lookup(&mods, exe, "test_symbols_marker", 19, &r, why, sizeof(why));
		tap(!err && r.found && r.addr == (uintptr_t)&test_symbols_marker,
		    "elf: a global of this PIE program, where it is loaded");
		err = elf_lookup(&mods, exe, "no_such_symbol", 14, &r, why, sizeof(why));
		tap(!err && !r.found && r.has_symtab, "elf: an unknown symbol is not found");
	}
	if (libc) {
		err = elf_lookup(&mods, libc, "malloc", 6, &r, why, sizeof(why));
		tap(!err && r.found && in_libc_text(getpid(), r.addr), "elf: malloc of libc.so.6");
	}
	err = modules_lookup(&mods, "malloc", 6, &s);
	tap(!err && s.nfound >= 1 && !s.distinct && s.n > 1 && in_libc_text(getpid(), s.addr),
	    "elf: malloc searched for everywhere, the executable first (%s)",
	    s.n ? s.file[0].mod->name : "none");
	free(s.file);
	modules_free(&mods);

	err = modules_load(999999999, &mods, why, sizeof(why));
	tap(err == -ENOENT, "elf: no such process is -ENOENT");
	modules_free(&mods);
}

/* ---- the tool's ADDR ----------------------------------------------------- */

/* What the tests/target process printed, and its PID. */
static pid_t target_pid;
static unsigned long long target_counter, target_table;

/* Start tests/target at @path and read the addresses it prints. */
static void start_target(const char *path)
{
	char line[512], *at;
	int fds[2];
	FILE *f;

	if (pipe(fds))
		return;
	target_pid = fork();
	if (target_pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		execl(path, path, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	f = fdopen(fds[0], "r");
	at = f && fgets(line, sizeof(line), f) ? strstr(line, "COUNTER=") : NULL;
	if (!at || sscanf(at, "COUNTER=%llx TABLE=%llx", &target_counter, &target_table) != 2) {
		if (target_pid > 0)
			kill(target_pid, SIGKILL);
		target_pid = 0;
	}
	if (f)
		fclose(f);
}

enum who { KERNEL, SELF, TARGET };
/* What an expected address is relative to: 0, a symbol of tests/target; or in libc's text. */
enum base { ABS, COUNTER, TABLE, IN_LIBC };

/* What parse_addr() of ADDR @s must do: give @base + @off, or say @text with exit status @status. */
struct addr_case {
	enum who who;
	const char *s;
	int status;
	enum base base;
	uint64_t off;
	const char *text;	/* in its stderr */
	const char *kallsyms;	/* for KERNEL: syms_fake if NULL */
	const char *device;	/* the module's device: /dev/null (the model) if NULL */
};

#define AT(w, s, a)		{ w, s, 0, ABS, a, NULL, NULL, NULL }
#define T_AT(s, b, off)		{ TARGET, s, 0, b, off, NULL, NULL, NULL }
#define USAGE(w, s, t)		{ w, s, 2, ABS, 0, t, NULL, NULL }
#define K_AT(s, a)		AT(KERNEL, s, a)
#define K_FAILS(s, t)		{ KERNEL, s, 1, ABS, 0, t, NULL, NULL }
#define K_USAGE(s, t)		USAGE(KERNEL, s, t)
/* With symbol table @k, or without a device. */
#define K_AT_WITH(k, s, a)	{ KERNEL, s, 0, ABS, a, NULL, k, NULL }
#define K_FAILS_WITH(k, s, t)	{ KERNEL, s, 1, ABS, 0, t, k, NULL }
#define IN_LIBC_TEXT(s)		{ SELF, s, 0, IN_LIBC, 0, NULL, NULL, NULL }
#define K_NODEV(s)		{ KERNEL, s, 1, ABS, 0, \
				  "/dev/vmwrite not found: is the vmwrite module loaded?", NULL, \
				  "/nonexistent" }
/* Where the per-CPU area of @cpu is in this test: see per_cpu_offset. */
#define PCPU(cpu, off)		(0x100000ULL * ((cpu) + 1) + (off))

/*
 * Each was a test_host case of `vmwrite ... --resolve-only`, run with
 * VMWRITE_KALLSYMS, before the tool lost both; the command it was is noted
 * where it matters.
 */
static const struct addr_case addr_cases[] = {
	/* Numbers need no symbols. */
	K_AT("0xffffffff81000010", 0xffffffff81000010),
	K_AT("18446744071578845184", 0xffffffff81000000),
	AT(SELF, "4096", 0x1000),
	K_AT_WITH(syms_hidden, "0xffffffff81000000", 0xffffffff81000000),
	K_AT_WITH(syms_missing, "0xffffffff81000000", 0xffffffff81000000),
	USAGE(KERNEL, "1zz", "invalid address '1zz': expected a number"),
	/* Kernel symbols with offsets (read, write, write --text, cas, search, query). */
	K_AT("jiffies", 0xffffffff82a05040),
	K_AT("jiffies+0x10", 0xffffffff82a05050),
	K_AT("jiffies+16", 0xffffffff82a05050),
	K_AT("jiffies-8", 0xffffffff82a05038),
	K_AT("jiffies-0x8", 0xffffffff82a05038),
	K_AT("jiffies_64", 0xffffffff82a05000),
	K_AT("_text", 0xffffffff81000000),
	K_AT("modvar+8", 0xffffffffc0a02008),
	K_AT("ftrace_trampoline", 0xffffffffc0201000),
	K_AT("alias", 0xffffffff81001000),
	K_AT("jiffies+8", 0xffffffff82a05048),
	K_AT("_text+0x10", 0xffffffff81000010),
	K_AT("jiffies+4", 0xffffffff82a05044),	/* cas --u64: then not aligned */
	K_FAILS("nosuch", "symbol 'nosuch' not found in "),
	K_FAILS("jiff+4", "symbol 'jiff' not found in "),
	K_FAILS("mod_a", "symbol 'mod_a' not found in "),
	K_FAILS("dup_fn", "symbol 'dup_fn' is ambiguous: 3 of that name in "),
	K_FAILS("dup_fn+1",
		"0xffffffffc0a01000 [mod_a], 0xffffffffc0b01000 [mod_b]: give one of the addresses"),
	K_FAILS("dup_fn", "(choosing by module is not supported yet)"),
	K_FAILS("many", "'many' is ambiguous: 5 of that name"),
	K_FAILS("many", "0xffffffff83000030, ...: give"),
	K_FAILS("runqueues",
		"symbol 'runqueues' is at 0x34d40, not a kernel address: a per-CPU variable? give the CPU: runqueues@0"),
	K_FAILS("runqueues+8", "not a kernel address: a per-CPU variable? give the CPU: runqueues@0"),
	K_FAILS("fixed_percpu_data", "symbol 'fixed_percpu_data' is at 0x0, not a kernel address"),
	/* sym@cpu: __per_cpu_offset[cpu] is read from the kernel, the model's here. */
	K_FAILS("jiffies@1",
		"symbol 'jiffies' is not a per-CPU variable (it is at 0xffffffff82a05040): drop the @1"),
	K_USAGE("runqueues@x", "invalid CPU in address 'runqueues@x': expected a number"),
	K_USAGE("runqueues@", "invalid CPU in address 'runqueues@': expected a number"),
	K_USAGE("runqueues@-8", "invalid CPU in address 'runqueues@-8'"),
	K_USAGE("runqueues@0@1", "invalid CPU in address 'runqueues@0@1'"),
	K_USAGE("runqueues@4294967296", "invalid CPU in address 'runqueues@4294967296': too large"),
	K_USAGE("runqueues@1+", "invalid offset in address 'runqueues@1+'"),
	K_FAILS("nosuch@0", "symbol 'nosuch' not found"),
	K_FAILS("runqueues@100000",
		"invalid address 'runqueues@100000': CPU 100000 is not possible (possible CPUs: 0"),
	K_NODEV("runqueues@0"),				/* read */
	K_NODEV("runqueues@0+0x10"),			/* write */
	K_NODEV("fixed_percpu_data@0+0x28"),		/* cas */
	K_AT("runqueues@0", PCPU(0, 0x34d40)),
	K_AT("runqueues@0+0x10", PCPU(0, 0x34d50)),
	K_AT("fixed_percpu_data@0+0x28", PCPU(0, 0x28)),
	K_FAILS_WITH(syms_hidden, "runqueues@0", "hides addresses"),
	K_USAGE("jiffies+", "invalid offset in address 'jiffies+'"),
	K_USAGE("jiffies-0x", "invalid offset in address 'jiffies-0x'"),
	K_USAGE("jiffies+8+8", "invalid offset in address 'jiffies+8+8'"),
	K_USAGE("+8", "invalid address '+8'"),
	K_USAGE("", "invalid address '': expected a number"),
	K_USAGE("jiffies+0xffffffffffffffff", "is outside the address space"),
	K_USAGE("jiffies-0xffffffff82a05041", "is outside the address space"),
	K_AT("jiffies+0x7d5fafbf", 0xffffffffffffffff),	/* read 2 bytes: past the end */
	K_FAILS_WITH(syms_hidden, "jiffies", "hides addresses (kernel.kptr_restrict="),
	K_FAILS_WITH(syms_hidden, "_stext", "hides addresses"),
	K_FAILS_WITH(syms_missing, "jiffies", "cannot read "),
	K_NODEV("jiffies"),				/* read, write --save */
	/* Process symbols: tests/target is static (ET_EXEC, its .symtab). */
	T_AT("vmwrite_cli_counter", COUNTER, 0),
	T_AT("vmwrite_cli_counter+4", COUNTER, 4),
	T_AT("vmwrite_cli_counter-0x10", COUNTER, -0x10),	/* write */
	T_AT("target!vmwrite_cli_table", TABLE, 0),		/* cas */
	T_AT("target!vmwrite_cli_table+8", TABLE, 8),		/* fill */
	T_AT("vmwrite_cli_table+1", TABLE, 1),			/* search */
	T_AT("vmwrite_cli_table", TABLE, 0),			/* query */
	/* ... and this program is dynamic (ET_DYN libraries, .dynsym). */
	IN_LIBC_TEXT("libc.so.6!malloc"),
	IN_LIBC_TEXT("malloc"),
};

static uint64_t expected_addr(const struct addr_case *c)
{
	return c->off + (c->base == COUNTER ? target_counter : c->base == TABLE ? target_table : 0);
}

/* Run parse_addr() for @c with its stderr in @err. */
static int run_case(const struct addr_case *c, struct target *tg, uint64_t *addr, char *err,
		    size_t size)
{
	FILE *f = tmpfile();
	int saved = dup(STDERR_FILENO), ret;
	size_t n = 0;

	vmw_model_reset();
	if (c->device)
		vmw_model_set_device(c->device);
	fflush(stdout);
	if (f)
		dup2(fileno(f), STDERR_FILENO);
	ret = parse_addr(tg, c->s, addr);
	/* The command goes on to open its target: no device shows there. */
	if (!ret && c->device)
		ret = target_open(tg);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	if (f) {
		rewind(f);
		n = fread(err, 1, size - 1, f);
		fclose(f);
	}
	err[n] = '\0';
	return ret;
}

static void test_addr(void)
{
	size_t i;

	for (i = 0; i < sizeof(addr_cases) / sizeof(addr_cases[0]); i++) {
		const struct addr_case *c = &addr_cases[i];
		struct target tg = {
			.kernel = c->who == KERNEL,
			.pid = c->who == SELF ? getpid() : target_pid,
			.kallsyms = c->kallsyms ? c->kallsyms : syms_fake,
		};
		const char *where = c->who == KERNEL ? "-k" : c->who == SELF ? "self" : "target";
		uint64_t addr = 0, want = expected_addr(c);
		char err[2048], what[256];
		bool ok;
		int ret;

		if (c->who == TARGET && !target_pid) {
			tap_skip("addr: %s %s # SKIP cannot start tests/target", where, c->s);
			continue;
		}
		ret = run_case(c, &tg, &addr, err, sizeof(err));
		target_close(&tg);
		if (c->text) {
			ok = ret == c->status && strstr(err, c->text);
			snprintf(what, sizeof(what), "exit %d, says \"%s\"", c->status, c->text);
		} else if (c->base == IN_LIBC) {
			ok = ret == 0 && in_libc_text(getpid(), addr);
			snprintf(what, sizeof(what), "is in libc.so.6's text");
		} else {
			ok = ret == 0 && addr == want;
			snprintf(what, sizeof(what), "is 0x%" PRIx64, want);
		}
		if (!tap(ok, "addr: %s '%s' %s", where, c->s, what)) {
			tap_diag("status %d, address 0x%" PRIx64, ret, addr);
			tap_diag("stderr: %s", err);
		}
	}
}

/* What the commands check once ADDR resolved. */
static void test_after_addr(void)
{
	FILE *f = tmpfile();
	int saved = dup(STDERR_FILENO), ret;

	fflush(stdout);
	if (f)
		dup2(fileno(f), STDERR_FILENO);
	ret = check_range(0xffffffffffffffff, 2);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	tap(ret == EXIT_USAGE, "addr: -k 'jiffies+0x7d5fafbf' with 2 bytes runs past the end of the address space");
	if (f)
		fclose(f);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s PATH-TO-TESTS/TARGET\n", argv[0]);
		return 2;
	}
	if (!tap(write_syms(), "the symbol tables are written"))
		return tap_exit();
	start_target(argv[1]);

	test_kallsyms();
	test_per_cpu();
	test_maps();
	test_elf();
	test_addr();
	test_after_addr();

	remove_syms();
	if (target_pid > 0) {
		kill(target_pid, SIGKILL);
		waitpid(target_pid, NULL, 0);
	}
	return tap_exit();
}
