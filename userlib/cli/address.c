// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * ADDR on the command line: a number, or a symbol with an optional offset.
 * With -k, a symbol of kallsyms, and SYMBOL@CPU for a per-CPU variable; of
 * a process, [MODULE!]SYMBOL of the ELF files it maps.  The lookups are
 * ../symbols/'s; this file parses the syntax and says, in the tool's words,
 * why a name does not resolve.  It cannot choose between symbols of one
 * name: it asks for the address instead.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "symbols.h"

#define KPTR_RESTRICT	"/proc/sys/kernel/kptr_restrict"

/* ---- the offset ---------------------------------------------------------- */

/*
 * The offset that ends ADDR @s at @rest: "+OFF", "-OFF", or "" for none.
 * Returns 0 or EXIT_USAGE.
 */
static int parse_offset(const char *s, const char *rest, uint64_t *off)
{
	int err;

	*off = 0;
	if (!*rest)
		return 0;
	err = parse_u64(rest + 1, off);
	if (err == -EINVAL)
		return usage_error("invalid offset in address '%s': expected a number, decimal or 0x-prefixed hex",
				   s);
	if (err)
		return usage_error("invalid offset in address '%s': too large", s);
	return 0;
}

/* @addr @sign ('+', '-' or none) @off, for ADDR @s.  Returns 0 or EXIT_USAGE. */
static int apply_offset(const char *s, uint64_t addr, char sign, uint64_t off, uint64_t *out)
{
	if (sign == '-' ? off > addr : off > UINT64_MAX - addr)
		return usage_error("invalid address '%s': 0x%" PRIx64 " %c %" PRIu64 " is outside the address space",
				   s, addr, sign ? sign : '+', off);
	*out = sign == '-' ? addr - off : addr + off;
	return 0;
}

/* ---- kernel symbols ------------------------------------------------------ */

static void report_hidden_addresses(const char *path)
{
	char level[16];

	if (read_line(KPTR_RESTRICT, level, sizeof(level)))
		snprintf(level, sizeof(level), "?");
	/* At 0 only CAP_SYSLOG counts (or perf_event_paranoid <= 1), at 2 nothing. */
	if (!strcmp(level, "0"))
		msg("%s hides addresses (kernel.kptr_restrict=0): run as root", path);
	else if (!strcmp(level, "2"))
		msg("%s hides addresses (kernel.kptr_restrict=2): lower kernel.kptr_restrict to 1 and run as root",
		    path);
	else
		msg("%s hides addresses (kernel.kptr_restrict=%s): run as root, or lower kernel.kptr_restrict",
		    path, level);
}

static void report_ambiguous(const char *path, const char *name, size_t len,
			     const struct ksym_lookup *l)
{
	char list[KSYMS_KEPT * 96] = "", *p = list;
	unsigned long i;

	for (i = 0; i < l->count && i < KSYMS_KEPT; i++) {
		const struct ksym *k = &l->sym[i];

		p += snprintf(p, (size_t)(list + sizeof(list) - p), "%s0x%" PRIx64 "%s%s%s",
			      i ? ", " : "", k->addr, k->module[0] ? " [" : "", k->module,
			      k->module[0] ? "]" : "");
	}
	msg("symbol '%.*s' is ambiguous: %lu of that name in %s, at %s%s: give one of the addresses instead (choosing by module is not supported yet)",
	    (int)len, name, l->count, path, list, l->count > KSYMS_KEPT ? ", ..." : "");
}

/*
 * The address of the one symbol called @name (@len bytes) in kallsyms file
 * @path.  Returns 0, or 1 if there is none, or several; says why.
 */
static int lookup_ksym(const char *path, const char *name, size_t len, uint64_t *addr)
{
	struct ksym_lookup l;
	int err = ksym_lookup(path, name, len, &l);

	if (err == -ENOENT && !strcmp(path, KALLSYMS_PATH)) {
		msg("cannot resolve '%.*s': " KALLSYMS_PATH " does not exist (a kernel without CONFIG_KALLSYMS?): give the address as a number",
		    (int)len, name);
		return 1;
	}
	if (err) {
		msg("cannot read %s: %s", path, strerror(-err));
		return 1;
	}
	if (l.hidden) {
		report_hidden_addresses(path);
		return 1;
	}
	if (!l.count) {
		msg("symbol '%.*s' not found in %s", (int)len, name, path);
		return 1;
	}
	if (l.distinct) {
		report_ambiguous(path, name, len, &l);
		return 1;
	}
	*addr = l.sym[0].addr;
	return 0;
}

/*
 * Where CPU @cpu's per-CPU area starts, read through the kernel session of
 * @tg, which this opens.  @s is the ADDR it is for.  Returns 0, or 1 and
 * says why.
 */
static int per_cpu_area(struct target *tg, const char *s, uint64_t cpu, uint64_t *base)
{
	char possible[256];
	uint64_t table;
	size_t done;
	int ret, err;

	/* The array has NR_CPUS entries: never read past the possible ones. */
	err = read_line(CPU_POSSIBLE_PATH, possible, sizeof(possible));
	if (err) {
		msg("cannot read " CPU_POSSIBLE_PATH ": %s", strerror(-err));
		return 1;
	}
	if (!cpu_listed(possible, cpu)) {
		msg("invalid address '%s': CPU %" PRIu64 " is not possible (possible CPUs: %s)",
		    s, cpu, possible);
		return 1;
	}
	ret = lookup_ksym(tg->kallsyms, PER_CPU_OFFSET, strlen(PER_CPU_OFFSET), &table);
	if (!ret)
		ret = target_open(tg);
	if (ret)
		return ret;
	err = per_cpu_base(tg->t, table, cpu, base, &done);
	ret = report_transfer(tg->t, XFER_READ, per_cpu_slot(table, cpu), sizeof(*base), done,
			      err);
	if (ret)
		return ret;
	if (!*base) {
		msg("invalid address '%s': CPU %" PRIu64 " has no per-CPU area (" PER_CPU_OFFSET "[%" PRIu64 "] is 0)",
		    s, cpu, cpu);
		return 1;
	}
	return 0;
}

/*
 * ADDR with -k: a number, or SYMBOL, SYMBOL+OFFSET or SYMBOL-OFFSET with the
 * symbol from kallsyms, and SYMBOL@CPU in place of SYMBOL for a per-CPU
 * variable.
 */
static int parse_kernel_addr(struct target *tg, const char *s, uint64_t *out)
{
	uint64_t off = 0, cpu = 0, addr, base;
	const char *rest;
	bool per_cpu;
	size_t len;
	int ret, err;

	if (*s >= '0' && *s <= '9')
		return parse_arg("address", s, 0, UINT64_MAX, out);
	len = strcspn(s, "+-@");
	if (!len)
		return usage_error("invalid address '%s': expected a number, decimal or 0x-prefixed hex, or a kernel symbol",
				   s);
	per_cpu = s[len] == '@';
	rest = s + len;
	if (per_cpu) {
		char num[24];
		size_t n = strcspn(rest + 1, "+-");

		snprintf(num, sizeof(num), "%.*s", (int)n, rest + 1);
		err = n < sizeof(num) ? parse_u64(num, &cpu) : -ERANGE;
		if (err == -EINVAL)
			return usage_error("invalid CPU in address '%s': expected a number, decimal or 0x-prefixed hex",
					   s);
		if (err || cpu > INT_MAX)
			return usage_error("invalid CPU in address '%s': too large", s);
		rest += n + 1;
	}
	ret = parse_offset(s, rest, &off);
	if (ret)
		return ret;

	ret = lookup_ksym(tg->kallsyms, s, len, &addr);
	if (ret)
		return ret;
	if (addr < KERNEL_HALF && !per_cpu) {
		msg("symbol '%.*s' is at 0x%" PRIx64 ", not a kernel address: a per-CPU variable? give the CPU: %.*s@0",
		    (int)len, s, addr, (int)len, s);
		return 1;
	}
	if (per_cpu) {
		if (addr >= KERNEL_HALF) {
			msg("symbol '%.*s' is not a per-CPU variable (it is at 0x%" PRIx64 "): drop the @%" PRIu64,
			    (int)len, s, addr, cpu);
			return 1;
		}
		ret = per_cpu_area(tg, s, cpu, &base);
		if (ret)
			return ret;
		if (addr > UINT64_MAX - base)
			return usage_error("invalid address '%s': 0x%" PRIx64 " + 0x%" PRIx64 " is outside the address space",
					   s, base, addr);
		addr += base;
	}
	return apply_offset(s, addr, *rest, off, out);
}

/* ---- process symbols ----------------------------------------------------- */

/* Look SYMBOL (@len bytes) up in the one module called @mname (@mlen bytes). */
static int lookup_in_module(const struct modules *mods, const char *mname, size_t mlen,
			    const char *name, size_t len, uint64_t *addr)
{
	const struct module *mod = module_by_name(mods, mname, mlen);
	struct elf_sym r;
	char why[256];

	if (!mod) {
		msg("module '%.*s' is not mapped in process %d", (int)mlen, mname, (int)mods->pid);
		return 1;
	}
	if (elf_lookup(mods, mod, name, len, &r, why, sizeof(why))) {
		msg("cannot read the symbols of %s (%s): %s", mod->name, mod->path, why);
		return 1;
	}
	if (r.local_dups) {
		msg("symbol '%.*s' has several local definitions in %s: give the address",
		    (int)len, name, mod->name);
		return 1;
	}
	if (!r.found) {
		msg("symbol '%.*s' not found in %s (%s)%s", (int)len, name, mod->name, mod->path,
		    r.has_symtab ? "" : ": it has no symbol table (stripped)");
		return 1;
	}
	*addr = r.addr;
	return 0;
}

/* The files of @s that define the symbol: "a", "a and b", "a, b and c". */
static void print_found(FILE *f, const struct elf_search *s)
{
	size_t i, k = 0;

	for (i = 0; i < s->n; i++) {
		if (s->file[i].err || !s->file[i].r.found)
			continue;
		fprintf(f, "%s%s", k == 0 ? "" : k == s->nfound - 1 ? " and " : ", ",
			s->file[i].mod->name);
		k++;
	}
}

/* The name of the first file of @s that defines the symbol. */
static const char *first_found(const struct elf_search *s)
{
	size_t i;

	for (i = 0; i < s->n && (s->file[i].err || !s->file[i].r.found); i++)
		;
	return s->file[i].mod->name;
}

/* "symbol '...' not found in process N (searched: ...)" and what could not be read. */
static void report_not_found(const struct elf_search *s, const char *name, size_t len,
			     pid_t pid)
{
	const struct elf_search_file *f;
	size_t i;

	fprintf(stderr, "vmwrite: symbol '%.*s' not found in process %d (searched: ", (int)len,
		name, (int)pid);
	for (i = 0; i < s->n; i++)
		fprintf(stderr, "%s%s", i ? ", " : "", s->file[i].mod->name);
	fprintf(stderr, "%s)", s->n ? "" : "no ELF files");
	for (f = s->file; f < s->file + s->n; f++) {
		if (f->err)
			fprintf(stderr, "; cannot read %s: %s", f->mod->path, f->why);
		else if (f->r.local_dups)
			fprintf(stderr, "; %s has several local definitions", f->mod->name);
	}
	fputc('\n', stderr);
}

/*
 * Look SYMBOL up in every module: the executable first, and if it is not
 * there, in the others, which must then agree on its address.
 */
static int lookup_anywhere(const struct modules *mods, const char *name, size_t len,
			   uint64_t *addr)
{
	struct elf_search s;
	int ret = 1;

	if (modules_lookup(mods, name, len, &s)) {
		msg("out of memory");
		return 1;
	}
	fflush(stdout);		/* as msg() */
	if (!s.nfound) {
		report_not_found(&s, name, len, mods->pid);
	} else if (s.distinct) {
		fprintf(stderr, "vmwrite: symbol '%.*s' is in ", (int)len, name);
		print_found(stderr, &s);
		fprintf(stderr, ": write %s!%.*s\n", first_found(&s), (int)len, name);
	} else {
		*addr = s.addr;
		ret = 0;
	}
	free(s.file);
	return ret;
}

/* modules_load() failed with @err: say why. */
static int report_modules_error(pid_t pid, int err, const char *why)
{
	if (err == -ELIBBAD)
		msg("cannot use libelf: %s", why);
	else if (err == -ENOMEM)
		msg("out of memory");
	else if (err == -ENOENT)
		msg("process %d does not exist", (int)pid);
	else
		msg("cannot read /proc/%d/maps: %s", (int)pid, strerror(-err));
	return 1;
}

static bool is_symbol_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '.' || c == '$';
}

/*
 * ADDR of process @pid: a number, or SYMBOL, SYMBOL+OFFSET or SYMBOL-OFFSET,
 * with MODULE! before SYMBOL to name the mapped file it is in.
 */
static int parse_process_addr(pid_t pid, const char *s, uint64_t *out)
{
	const char *bang, *name, *rest, *p;
	struct modules mods;
	uint64_t off, addr = 0;
	size_t len, mlen;
	char why[256];
	int ret, err;

	if (*s >= '0' && *s <= '9')
		return parse_arg("address", s, 0, UINT64_MAX, out);
	bang = strchr(s, '!');
	name = bang ? bang + 1 : s;
	mlen = bang ? (size_t)(bang - s) : 0;
	len = strcspn(name, "+-");
	rest = name + len;
	for (p = name; p < rest && is_symbol_char(*p); p++)
		;
	if (!len || p < rest || (bang && !mlen))
		return usage_error("invalid address '%s': expected a number, decimal or 0x-prefixed hex, or [MODULE!]SYMBOL[+OFFSET]",
				   s);
	ret = parse_offset(s, rest, &off);
	if (ret)
		return ret;
	err = modules_load(pid, &mods, why, sizeof(why));
	if (err)
		ret = report_modules_error(pid, err, why);
	else if (bang)
		ret = lookup_in_module(&mods, s, mlen, name, len, &addr);
	else
		ret = lookup_anywhere(&mods, name, len, &addr);
	modules_free(&mods);
	return ret ? ret : apply_offset(s, addr, *rest, off, out);
}

int parse_addr(struct target *tg, const char *s, uint64_t *out)
{
	if (tg->kernel)
		return parse_kernel_addr(tg, s, out);
	return parse_process_addr(tg->pid, s, out);
}
