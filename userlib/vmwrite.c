// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite: read and write the memory of a running process, or of the
 * running kernel, from the command line, through libvmwrite and
 * /dev/vmwrite.
 *
 * Built statically it must run in a bare busybox system: it needs nothing
 * but /proc and /dev/vmwrite (no locale, no NSS lookups).  Each command opens
 * one session with the target and does all its work through it.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gelf.h>
#include <linux/vmwrite.h>	/* VMWRITE_API_VERSION, for messages */

#include "vmwrite.h"

#define EXIT_USAGE	2
#define DEV_PATH	"/dev/vmwrite"
/* Bytes per vmw_read() call when dumping: a multiple of a hexdump line. */
#define READ_BLOCK	(64 * 1024)

static const char usage_text[] =
"Usage: vmwrite write PID|-k ADDR HEXBYTES | --string S | --string0 S | --file F\n"
"                                 | --u8 N | --u16 N | --u32 N | --u64 N  [--save F]\n"
"       vmwrite write -k --text ADDR ...\n"
"       vmwrite read PID|-k ADDR LEN [--raw | --u8 | --u16 | --u32 | --u64]\n"
"       vmwrite read PID|-k ADDR --u8 | --u16 | --u32 | --u64  [--count N]\n"
"       vmwrite cas PID|-k ADDR --u8 | --u16 | --u32 | --u64  EXPECTED NEW\n"
"       vmwrite fill PID|-k ADDR LEN PATTERN [--save F]\n"
"       vmwrite search PID|-k ADDR LEN PATTERN [--writable] [--all]\n"
"       vmwrite query PID|-k ADDR\n"
"       vmwrite maps PID\n"
"       vmwrite --help | --version\n"
"\n"
"Read and write the memory of a running process, or of the running kernel,\n"
"through /dev/vmwrite.\n"
"\n"
"write         write bytes at ADDR; HEXBYTES are in memory order: 90cc, \"90 cc\",\n"
"              0x90,0xcc\n"
"  --string S  the bytes of S; --string0 S adds its terminating NUL\n"
"  --file F    the contents of file F (- for standard input)\n"
"  --u64 N     N as a little-endian integer (--u8, --u16, --u32: smaller ones)\n"
"  --save F    first save the bytes about to be replaced to F; to undo:\n"
"              vmwrite write PID|-k ADDR --file F\n"
"  --text      with -k: patch read-only kernel text or rodata (needs\n"
"              vmwrite.allow_text_write=Y; function entries are refused)\n"
"read          hexdump LEN bytes at ADDR, like xxd\n"
"  --raw       the bytes as they are, to standard output\n"
"  --u64       little-endian integers in decimal and hex; LEN defaults to one\n"
"              (--u8, --u16, --u32: smaller ones)\n"
"  --count N   N integers instead of LEN bytes\n"
"cas           compare-and-write: store the integer NEW at ADDR, a multiple of\n"
"              its size, only if ADDR holds EXPECTED, in one atomic step; exit\n"
"              status 1 if it did not\n"
"fill          write PATTERN over LEN bytes at ADDR, repeated, the last copy cut\n"
"              short; PATTERN is HEXBYTES or --string, --u32 N, ... as for write\n"
"search        print the address of PATTERN in the LEN bytes at ADDR; exit\n"
"              status 1 if it is not there.  Holes, device memory and\n"
"              unreadable mappings are skipped without being read\n"
"  --writable  search writable memory only\n"
"  --all       every match, not only the first\n"
"query         the region holding ADDR: START-END, protection, kind (free,\n"
"              private, file, shared, secret; with -k ram or io) and the\n"
"              mapped path\n"
"maps          the mappings of PID and what vmwrite can do in each\n"
"\n"
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
"              memory are refused; writes taint the kernel.\n"
"\n"
"PID, ADDR, LEN and N are decimal or 0x-prefixed hexadecimal.\n"
"Exit status: 0 success, 1 failure, 2 usage error.\n";

/* Whose memory a command works on: process @pid, or the kernel (-k). */
struct target_arg {
	bool kernel;
	pid_t pid;
};

/* What a transfer did, for explaining how it failed. */
enum xfer {
	XFER_READ,
	XFER_WRITE,
	XFER_WRITE_TEXT,	/* write --text */
	XFER_CMPXCHG,		/* cas: a write that reads too */
};

struct bytes {
	unsigned char *p;
	size_t len;
};

/* A line of /proc/PID/maps. */
struct mapping {
	uint64_t start, end;
	uint64_t offset;		/* in the file */
	char perms[5];
	char path[PATH_MAX + 32];	/* room for " (deleted)" */
};

static void __attribute__((format(printf, 1, 2))) msg(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);		/* keep stdout and stderr in order on a terminal */
	fputs("vmwrite: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static int __attribute__((format(printf, 1, 2))) usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("vmwrite: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'vmwrite --help'.\n", stderr);
	return EXIT_USAGE;
}

static const char *byte_word(uint64_t n)
{
	return n == 1 ? "byte" : "bytes";
}

/* ---- parsing ---------------------------------------------------------- */

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Decimal, or hexadecimal after "0x"; nothing else: no sign, no spaces,
 * no octal (strtoull would accept " -1" and "010").
 */
static int parse_u64(const char *s, uint64_t *out)
{
	unsigned int base = 10;
	uint64_t v = 0;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	if (!*s)
		return -EINVAL;
	for (; *s; s++) {
		int d = hexval(*s);

		if (d < 0 || (unsigned int)d >= base)
			return -EINVAL;
		if (v > (UINT64_MAX - (unsigned int)d) / base)
			return -ERANGE;
		v = v * base + (unsigned int)d;
	}
	*out = v;
	return 0;
}

/* Parse argument @what; on error, print why and return EXIT_USAGE. */
static int parse_arg(const char *what, const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
	int err = parse_u64(s, out);

	if (err == -EINVAL)
		return usage_error("invalid %s '%s': expected a number, decimal or 0x-prefixed hex",
				   what, s);
	if (err || *out > max)
		return usage_error("invalid %s '%s': too large (at most %" PRIu64 ")",
				   what, s, max);
	if (*out < min)
		return usage_error("invalid %s '%s': must be at least %" PRIu64, what, s, min);
	return 0;
}

static int parse_pid(const char *s, pid_t *pid)
{
	uint64_t v;
	int ret = parse_arg("PID", s, 1, INT_MAX, &v);

	*pid = (pid_t)v;
	return ret;
}

/* The range [addr, addr + len) must not wrap around the address space. */
static int check_range(uint64_t addr, uint64_t len)
{
	if (len && addr + (len - 1) < addr)
		return usage_error("0x%" PRIx64 " + %" PRIu64 " bytes runs past the end of the address space",
				   addr, len);
	return 0;
}

static bool is_hex_sep(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ':';
}

/* One token of HEXBYTES: "0x9", "0x90" (a byte), or "90cc..." (digit pairs). */
static int parse_hex_token(const char *tok, size_t n, struct bytes *out)
{
	bool prefixed = n > 2 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X');
	const char *d = prefixed ? tok + 2 : tok;
	size_t nd = prefixed ? n - 2 : n;
	size_t i;

	for (i = 0; i < nd; i++)
		if (hexval(d[i]) < 0)
			return usage_error("invalid hex byte '%.*s' in HEXBYTES", (int)n, tok);
	if (prefixed && nd > 2)
		return usage_error("'%.*s' in HEXBYTES is more than one byte: give the bytes in memory order without 0x (e.g. 90cc), or an integer with --u16, --u32 or --u64",
				   (int)n, tok);
	if (prefixed) {
		out->p[out->len++] = (unsigned char)(nd == 1 ? hexval(d[0]) :
						     hexval(d[0]) << 4 | hexval(d[1]));
		return 0;
	}
	if (nd % 2)
		return usage_error("odd number of hex digits in '%.*s': give each byte as two digits",
				   (int)n, tok);
	for (i = 0; i < nd; i += 2)
		out->p[out->len++] = (unsigned char)(hexval(d[i]) << 4 | hexval(d[i + 1]));
	return 0;
}

/* The HEXBYTES words, e.g. "90cc", "90 cc" or "0x90,0xcc", as bytes. */
static int parse_hex(char **words, int nwords, struct bytes *out)
{
	size_t room = 0;
	int i, ret;

	for (i = 0; i < nwords; i++)
		room += strlen(words[i]) / 2 + 1;
	out->p = malloc(room);
	out->len = 0;
	if (!out->p) {
		msg("out of memory");
		return 1;
	}
	for (i = 0; i < nwords; i++) {
		const char *s = words[i];

		while (*s) {
			size_t n = 0;

			while (*s && is_hex_sep(*s))
				s++;
			while (s[n] && !is_hex_sep(s[n]))
				n++;
			if (n && (ret = parse_hex_token(s, n, out)))
				return ret;
			s += n;
		}
	}
	return 0;
}

/* N for --u8..--u64: an integer of @size bytes. */
static int parse_int(const char *s, unsigned int size, uint64_t *v)
{
	uint64_t max = size == 8 ? UINT64_MAX : (1ULL << (size * 8)) - 1;
	int err;

	err = parse_u64(s, v);
	if (err == -EINVAL)
		return usage_error("invalid value '%s' for --u%u: expected a number, decimal or 0x-prefixed hex",
				   s, size * 8);
	if (err || *v > max)
		return usage_error("value '%s' does not fit in --u%u (at most %" PRIu64 " = 0x%" PRIx64 ")",
				   s, size * 8, max, max);
	return 0;
}

/* N for --u8..--u64, little-endian in @size bytes. */
static int parse_int_value(const char *s, unsigned int size, struct bytes *out)
{
	uint64_t v;
	unsigned int i;
	int err;

	err = parse_int(s, size, &v);
	if (err)
		return err;
	out->p = malloc(size);
	if (!out->p) {
		msg("out of memory");
		return 1;
	}
	for (i = 0; i < size; i++)
		out->p[i] = (unsigned char)(v >> (8 * i));
	out->len = size;
	return 0;
}

/* ---- files ------------------------------------------------------------ */

/* The whole of file @path, or of standard input if @path is "-". */
static int read_file(const char *path, struct bytes *out)
{
	bool is_stdin = !strcmp(path, "-");
	size_t cap = 0;
	int fd, err = 0;

	fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		msg("cannot open %s: %s", path, strerror(errno));
		return 1;
	}
	for (;;) {
		ssize_t n;

		if (out->len == cap) {
			size_t grown = cap ? 2 * cap : 4096;
			unsigned char *p = grown > cap ? realloc(out->p, grown) : NULL;

			if (!p) {
				err = ENOMEM;
				break;
			}
			out->p = p;
			cap = grown;
		}
		n = read(fd, out->p + out->len, cap - out->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			err = n < 0 ? errno : 0;
			break;
		}
		out->len += (size_t)n;
	}
	if (!is_stdin)
		close(fd);
	if (err)
		msg("cannot read %s: %s", path, strerror(err));
	return err ? 1 : 0;
}

static int write_file(const char *path, const void *buf, size_t len)
{
	const unsigned char *p = buf;
	int fd, err;

	/*
	 * The saved bytes are a copy of another process's memory: 0600.  Never
	 * over an existing file, which may be the only copy of the original
	 * bytes; and no half-written file the undo could write back.
	 */
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		goto fail;
	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			close(fd);
			goto unlink;
		}
		p += n;
		len -= (size_t)n;
	}
	if (close(fd) == 0)
		return 0;
unlink:
	err = errno;
	unlink(path);
	errno = err;
fail:
	msg("cannot write %s: %s", path, strerror(errno));
	return 1;
}

/*
 * The first line of small file @path (a sysctl, a module parameter), without
 * its newline, in @buf.  Returns 0 or -errno.
 */
static int read_line(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "re");
	int err = 0;

	if (!f)
		return -errno;
	if (!fgets(buf, (int)size, f))
		err = ferror(f) ? -EIO : -ENODATA;
	fclose(f);
	if (!err)
		buf[strcspn(buf, "\n")] = '\0';
	return err;
}

/* ---- kernel symbols --------------------------------------------------- */

#define KALLSYMS_PATH	"/proc/kallsyms"
#define KPTR_RESTRICT	"/proc/sys/kernel/kptr_restrict"
/* Where the kernel half of the x86-64 address space begins. */
#define KERNEL_HALF	(1ULL << 63)
/* How many symbols of one name a message lists. */
#define SYMS_SHOWN	4
/* The per-CPU areas: unsigned long __per_cpu_offset[NR_CPUS]. */
#define PER_CPU_OFFSET	"__per_cpu_offset"
#define CPU_POSSIBLE_PATH "/sys/devices/system/cpu/possible"

/* One symbol of the name looked up. */
struct ksym {
	uint64_t addr;
	char module[64];	/* "" for the kernel image */
};

struct ksym_lookup {
	unsigned long count;	/* symbols of the name */
	bool distinct;		/* not all at one address */
	bool hidden;		/* every address of the file reads 0 */
	struct ksym sym[SYMS_SHOWN];	/* the first ones */
};

/*
 * The symbol table vmwrite reads.  VMWRITE_KALLSYMS replaces it, FOR THE
 * HOST TESTS ONLY (test_host.c): they need symbol tables they control.  It
 * is not an interface and not documented to users.
 */
static const char *kallsyms_path(void)
{
	const char *path = secure_getenv("VMWRITE_KALLSYMS");

	return path && *path ? path : KALLSYMS_PATH;
}

/* The hexadecimal address that starts a kallsyms line, up to @end. */
static uint64_t ksym_addr(const char *s, const char *end)
{
	uint64_t v = 0;
	int d;

	for (; s < end && (d = hexval(*s)) >= 0; s++)
		v = v << 4 | (unsigned int)d;
	return v;
}

/*
 * Find the symbols called @name (@len bytes) in kallsyms file @f, in one
 * pass over it with one line buffer.  Lines are "ADDR TYPE NAME", with
 * "\t[MODULE]" after the symbols of modules.  Returns 0 or -errno.
 */
static int ksym_scan(FILE *f, const char *name, size_t len, struct ksym_lookup *l)
{
	bool nonzero = false, any = false;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int err;

	memset(l, 0, sizeof(*l));
	while ((n = getline(&line, &cap, f)) > 0) {
		char *sp = memchr(line, ' ', (size_t)n), *sym, *end, *p;
		struct ksym *k;

		if (!sp || line + n - sp < 4 || sp[2] != ' ')
			continue;	/* not a symbol line: cannot happen */
		any = true;
		/* Hidden addresses are all zeroes, every one of them. */
		for (p = line; !nonzero && p < sp; p++)
			nonzero = *p != '0';
		sym = sp + 3;
		end = sym + strcspn(sym, "\t\n");
		if ((size_t)(end - sym) != len || memcmp(sym, name, len))
			continue;
		k = l->count < SYMS_SHOWN ? &l->sym[l->count] : NULL;
		if (k) {
			k->addr = ksym_addr(line, sp);
			if (end[0] == '\t' && end[1] == '[')
				snprintf(k->module, sizeof(k->module), "%.*s",
					 (int)strcspn(end + 2, "]\n"), end + 2);
		}
		if (l->count && ksym_addr(line, sp) != l->sym[0].addr)
			l->distinct = true;
		l->count++;
	}
	err = ferror(f) ? -EIO : 0;
	free(line);
	l->hidden = any && !nonzero;
	return err;
}

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
	char list[SYMS_SHOWN * 96] = "", *p = list;
	unsigned long i;

	for (i = 0; i < l->count && i < SYMS_SHOWN; i++) {
		const struct ksym *k = &l->sym[i];

		p += snprintf(p, (size_t)(list + sizeof(list) - p), "%s0x%" PRIx64 "%s%s%s",
			      i ? ", " : "", k->addr, k->module[0] ? " [" : "", k->module,
			      k->module[0] ? "]" : "");
	}
	msg("symbol '%.*s' is ambiguous: %lu of that name in %s, at %s%s: give one of the addresses instead (choosing by module is not supported yet)",
	    (int)len, name, l->count, path, list, l->count > SYMS_SHOWN ? ", ..." : "");
}

/*
 * The address of the one symbol called @name (@len bytes) in kallsyms file
 * @path.  Returns 0, or 1 if there is none, or several; says why.
 */
static int lookup_ksym(const char *path, const char *name, size_t len, uint64_t *addr)
{
	struct ksym_lookup l;
	FILE *f;
	int err;

	f = fopen(path, "re");
	err = f ? ksym_scan(f, name, len, &l) : -errno;
	if (f)
		fclose(f);
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

/* Is @cpu in @list, a CPU list such as "0-3,8"? */
static bool cpu_listed(const char *list, uint64_t cpu)
{
	const char *p = list;
	char *end;

	for (;;) {
		unsigned long long lo, hi;

		lo = hi = strtoull(p, &end, 10);
		if (end == p)
			return false;
		if (*end == '-') {
			p = end + 1;
			hi = strtoull(p, &end, 10);
			if (end == p)
				return false;
		}
		if (cpu >= lo && cpu <= hi)
			return true;
		if (*end != ',')
			return false;
		p = end + 1;
	}
}

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

static int open_target(const struct target_arg *who, struct vmw_target **t);
static int report_transfer(struct vmw_target *t, enum xfer xfer, uint64_t addr, uint64_t len,
			   uint64_t done, int err);

/*
 * Where CPU @cpu's per-CPU area starts: __per_cpu_offset[@cpu], read from
 * the kernel, as kallsyms lists per-CPU variables by their offset in the
 * area.  @s is the ADDR it is for.  Returns 0, or 1 and says why.
 */
static int per_cpu_base(const char *path, const char *s, uint64_t cpu, uint64_t *base)
{
	const struct target_arg kernel = { .kernel = true };
	char possible[256];
	struct vmw_target *t;
	uint64_t table, val = 0;
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
	ret = lookup_ksym(path, PER_CPU_OFFSET, strlen(PER_CPU_OFFSET), &table);
	if (ret)
		return ret;
	ret = open_target(&kernel, &t);
	if (ret)
		return ret;
	table += 8 * cpu;
	err = vmw_read(t, table, &val, sizeof(val), &done);
	ret = report_transfer(t, XFER_READ, table, sizeof(val), done, err);
	vmw_close(t);
	if (ret)
		return ret;
	if (!val) {
		msg("invalid address '%s': CPU %" PRIu64 " has no per-CPU area (" PER_CPU_OFFSET "[%" PRIu64 "] is 0)",
		    s, cpu, cpu);
		return 1;
	}
	*base = val;
	return 0;
}

/*
 * ADDR with -k: a number, or SYMBOL, SYMBOL+OFFSET or SYMBOL-OFFSET with the
 * symbol from kallsyms, and SYMBOL@CPU in place of SYMBOL for a per-CPU
 * variable.  Returns 0, EXIT_USAGE if @s is malformed, or 1 if the symbol
 * cannot be resolved; says why.
 */
static int parse_kernel_addr(const char *s, uint64_t *out)
{
	const char *path = kallsyms_path(), *rest;
	uint64_t off = 0, cpu = 0, addr, base;
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

	ret = lookup_ksym(path, s, len, &addr);
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
		ret = per_cpu_base(path, s, cpu, &base);
		if (ret)
			return ret;
		if (addr > UINT64_MAX - base)
			return usage_error("invalid address '%s': 0x%" PRIx64 " + 0x%" PRIx64 " is outside the address space",
					   s, base, addr);
		addr += base;
	}
	return apply_offset(s, addr, *rest, off, out);
}

/* ---- /proc/PID/maps --------------------------------------------------- */

static FILE *maps_open(pid_t pid)
{
	char path[32];

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	return fopen(path, "re");
}

/* The next mapping of @f: 1, or 0 at the end. */
static int maps_next(FILE *f, char **line, size_t *cap, struct mapping *m)
{
	ssize_t n;
	int pos;

	while ((n = getline(line, cap, f)) > 0) {
		if ((*line)[n - 1] == '\n')
			(*line)[n - 1] = '\0';
		pos = -1;
		if (sscanf(*line, "%" SCNx64 "-%" SCNx64 " %4s %" SCNx64 " %*x:%*x %*u %n",
			   &m->start, &m->end, m->perms, &m->offset, &pos) != 4 || pos < 0)
			continue;	/* not a mapping line: cannot happen */
		snprintf(m->path, sizeof(m->path), "%s", *line + pos);
		return 1;
	}
	return 0;
}

/* The mapping of @pid that contains @addr: 1, 0 if none, -errno if unknown. */
static int find_mapping(pid_t pid, uint64_t addr, struct mapping *m)
{
	FILE *f = maps_open(pid);
	size_t cap = 0;
	char *line = NULL;
	int found = 0;

	if (!f)
		return -errno;
	while (!found && maps_next(f, &line, &cap, m))
		found = addr >= m->start && addr < m->end;
	free(line);
	fclose(f);
	return found;
}

/* Mappings no session reaches: memfd_secret memory is out of the kernel's too. */
static bool is_special(const struct mapping *m)
{
	return !strcmp(m->path, "[vvar]") || !strcmp(m->path, "[vvar_vclock]") ||
	       !strcmp(m->path, "[vsyscall]") || !strcmp(m->path, "/secretmem (deleted)");
}

static bool is_shared(const struct mapping *m)
{
	return m->perms[3] == 's';
}

static const char *map_path(const struct mapping *m)
{
	return m->path[0] ? m->path : "(anonymous)";
}

/*
 * Why the kernel likely refuses an access to @m, NULL if it should not.
 * A forced (debugger-style) access ignores the protections of private
 * mappings but never makes a shared read-only one writable.
 */
static const char *refusal(const struct mapping *m, unsigned int access, bool write)
{
	bool force = access & VMW_ACCESS_FORCE;

	if (is_special(m))
		return "special mapping";
	if (m->perms[0] != 'r' && !force)
		return "not readable, and forced access is disabled";
	if (!write || m->perms[1] == 'w')
		return NULL;
	if (is_shared(m))
		return "shared read-only mapping";
	if (!force)
		return "read-only mapping, and forced writes are disabled";
	return NULL;
}

/* What a session with rights @access can do in @m, for `vmwrite maps`. */
static const char *capability(const struct mapping *m, unsigned int access)
{
	bool force = access & VMW_ACCESS_FORCE;

	if (is_special(m) || (m->perms[0] != 'r' && !force))
		return "no access";
	if (!(access & VMW_ACCESS_WRITE))
		return "read-only (session)";
	if (m->perms[1] == 'w')
		return is_shared(m) ? "rw (shared)" : "rw";
	if (is_shared(m))
		return "read-only (shared mapping)";
	return force ? "rw (copy-on-write)" : "read-only (no forced writes)";
}

/* ---- process symbols -------------------------------------------------- */

#define DELETED_SUFFIX	" (deleted)"

/* A file mapped by a process, whose ELF symbols ADDR may name. */
struct module {
	char *path;		/* as /proc/PID/maps shows it */
	const char *name;	/* its basename, for MODULE!SYMBOL */
	uint64_t base;		/* where its file offset 0 is mapped */
	bool has_base;
};

/* The mapped files of a process, in the order of /proc/PID/maps. */
struct modules {
	struct module *m;
	size_t n;
	pid_t pid;
};

static void modules_free(struct modules *mods)
{
	size_t i;

	for (i = 0; i < mods->n; i++)
		free(mods->m[i].path);
	free(mods->m);
	mods->m = NULL;
	mods->n = 0;
}

static struct module *module_find(const struct modules *mods, const char *path)
{
	size_t i;

	for (i = 0; i < mods->n; i++)
		if (!strcmp(mods->m[i].path, path))
			return &mods->m[i];
	return NULL;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcmp(s + n - k, suffix);
}

/*
 * The files process @pid maps, each once.  Deleted files are left out: their
 * path no longer leads to them.  Returns 0, or 1 and says why.
 */
static int modules_load(pid_t pid, struct modules *mods)
{
	FILE *f = maps_open(pid);
	struct mapping m;
	struct module *mod;
	char *line = NULL;
	size_t cap = 0, room = 0;
	int ret = 0;

	mods->m = NULL;
	mods->n = 0;
	mods->pid = pid;
	if (elf_version(EV_CURRENT) == EV_NONE) {
		msg("cannot use libelf: %s", elf_errmsg(-1));
		if (f)
			fclose(f);
		return 1;
	}
	if (!f) {
		if (errno == ENOENT)
			msg("process %d does not exist", (int)pid);
		else
			msg("cannot read /proc/%d/maps: %s", (int)pid, strerror(errno));
		return 1;
	}
	while (!ret && maps_next(f, &line, &cap, &m)) {
		if (m.path[0] != '/' || ends_with(m.path, DELETED_SUFFIX))
			continue;
		mod = module_find(mods, m.path);
		if (!mod) {
			if (mods->n == room) {
				size_t grown = room ? 2 * room : 16;
				struct module *p = realloc(mods->m, grown * sizeof(*p));

				if (!p) {
					ret = 1;
					break;
				}
				mods->m = p;
				room = grown;
			}
			mod = &mods->m[mods->n];
			mod->path = strdup(m.path);
			if (!mod->path) {
				ret = 1;
				break;
			}
			mod->name = strrchr(mod->path, '/') + 1;
			mod->has_base = false;
			mods->n++;
		}
		if (m.offset == 0 && !mod->has_base) {
			mod->base = m.start;
			mod->has_base = true;
		}
	}
	if (ret)
		msg("out of memory");
	free(line);
	fclose(f);
	return ret;
}

/*
 * Open the file of @mod: through /proc/PID/root first, so that a process in
 * another mount namespace gets its own file, else by its path.
 */
static int module_open(const struct modules *mods, const struct module *mod)
{
	char path[PATH_MAX + 64];
	int fd, err;

	snprintf(path, sizeof(path), "/proc/%d/root%s", (int)mods->pid, mod->path);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0)
		return fd;
	err = errno;
	fd = open(mod->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		errno = err;
	return fd;
}

/* What looking a symbol up in one file found. */
struct elf_sym {
	uint64_t addr;		/* in the process */
	bool found;
	bool local_dups;	/* only local definitions, at several addresses */
	bool has_symtab;	/* .symtab or .dynsym: not fully stripped */
};

/*
 * Look @name (@len bytes) up in symbol table @scn: a defined function or
 * object.  A global or weak definition wins over local ones (static
 * variables of one name in several source files).
 */
static void elf_scan_symbols(Elf *elf, Elf_Scn *scn, const GElf_Shdr *sh, const char *name,
			     size_t len, struct elf_sym *r, GElf_Addr *value)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	size_t i, nsyms = sh->sh_entsize ? sh->sh_size / sh->sh_entsize : 0;
	bool local = false;
	GElf_Sym sym;

	for (i = 0; data && i < nsyms; i++) {
		const char *sname;
		int type;

		if (!gelf_getsym(data, (int)i, &sym) || sym.st_shndx == SHN_UNDEF)
			continue;
		type = GELF_ST_TYPE(sym.st_info);
		if (type != STT_FUNC && type != STT_OBJECT)
			continue;
		sname = elf_strptr(elf, sh->sh_link, sym.st_name);
		if (!sname || strncmp(sname, name, len) || sname[len])
			continue;
		if (GELF_ST_BIND(sym.st_info) != STB_LOCAL) {
			*value = sym.st_value;
			r->found = true;
			r->local_dups = false;
			return;
		}
		if (local && sym.st_value != *value)
			r->local_dups = true;
		if (!local)
			*value = sym.st_value;
		local = true;
	}
	r->found = local && !r->local_dups;
}

/* Where ET_DYN file @elf is loaded relative to its link addresses: its lowest PT_LOAD. */
static bool elf_load_vaddr(Elf *elf, GElf_Addr *vaddr)
{
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	size_t i, n;
	GElf_Phdr ph;
	bool any = false;

	if (elf_getphdrnum(elf, &n))
		return false;
	for (i = 0; i < n; i++) {
		if (!gelf_getphdr(elf, (int)i, &ph) || ph.p_type != PT_LOAD)
			continue;
		if (!any || ph.p_vaddr < *vaddr)
			*vaddr = ph.p_vaddr;
		any = true;
	}
	*vaddr &= ~(page - 1);
	return any;
}

/*
 * Look @name (@len bytes) up in @mod: .symtab first, then .dynsym.
 * Returns 0 (see @r->found), -ENOEXEC if @mod is not an ELF executable or
 * shared object, -ENXIO if its symbols cannot be placed in the process, or
 * another -errno if it cannot be read; @why then says what went wrong.
 */
static int elf_lookup(const struct modules *mods, const struct module *mod, const char *name,
		      size_t len, struct elf_sym *r, char *why, size_t size)
{
	static const GElf_Word tables[] = { SHT_SYMTAB, SHT_DYNSYM };
	GElf_Addr value = 0, vaddr = 0;
	GElf_Ehdr eh;
	Elf_Scn *scn;
	GElf_Shdr sh;
	Elf *elf;
	size_t t;
	int fd, err = 0;

	memset(r, 0, sizeof(*r));
	fd = module_open(mods, mod);
	if (fd < 0) {
		err = -errno;
		snprintf(why, size, "%s", strerror(errno));
		return err;
	}
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!elf) {
		err = -EIO;
		snprintf(why, size, "%s", elf_errmsg(-1));
		goto out;
	}
	if (elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &eh) ||
	    (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)) {
		err = -ENOEXEC;
		snprintf(why, size, "not an ELF executable or shared object");
		goto out;
	}
	for (t = 0; t < sizeof(tables) / sizeof(tables[0]) && !r->found && !r->local_dups; t++) {
		for (scn = NULL; (scn = elf_nextscn(elf, scn)) != NULL;) {
			if (!gelf_getshdr(scn, &sh) || sh.sh_type != tables[t])
				continue;
			r->has_symtab = true;
			elf_scan_symbols(elf, scn, &sh, name, len, r, &value);
			break;
		}
	}
	if (!r->found)
		goto out;
	r->addr = value;
	if (eh.e_type == ET_EXEC)
		goto out;
	if (!mod->has_base || !elf_load_vaddr(elf, &vaddr)) {
		err = -ENXIO;
		r->found = false;
		snprintf(why, size, "%s", mod->has_base ? "no PT_LOAD segment" :
			 "its start (file offset 0) is not mapped");
		goto out;
	}
	r->addr = mod->base + value - vaddr;
out:
	elf_end(elf);
	close(fd);
	return err;
}

/* Look SYMBOL (@len bytes) up in the one module called @mname (@mlen bytes). */
static int lookup_in_module(const struct modules *mods, const char *mname, size_t mlen,
			    const char *name, size_t len, uint64_t *addr)
{
	const struct module *mod = NULL;
	char why[256];
	struct elf_sym r;
	size_t i;
	int err;

	for (i = 0; !mod && i < mods->n; i++)
		if (strlen(mods->m[i].name) == mlen && !memcmp(mods->m[i].name, mname, mlen))
			mod = &mods->m[i];
	if (!mod) {
		msg("module '%.*s' is not mapped in process %d", (int)mlen, mname, (int)mods->pid);
		return 1;
	}
	err = elf_lookup(mods, mod, name, len, &r, why, sizeof(why));
	if (err) {
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

/* The index of the executable of @mods->pid in @mods, or @mods->n if unknown. */
static size_t module_exe(const struct modules *mods)
{
	char link[32], path[PATH_MAX];
	const struct module *mod;
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/%d/exe", (int)mods->pid);
	n = readlink(link, path, sizeof(path) - 1);
	if (n < 0)
		return mods->n;
	path[n] = '\0';
	mod = module_find(mods, path);
	return mod ? (size_t)(mod - mods->m) : mods->n;
}

/* "a", "a and b", "a, b and c". */
static void print_names(FILE *f, const char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		fprintf(f, "%s%s", i == 0 ? "" : i == n - 1 ? " and " : ", ", names[i]);
}

/*
 * Look SYMBOL up in every module: the executable first, and if it is not
 * there, in the others, which must then agree on its address.
 */
static int lookup_anywhere(const struct modules *mods, const char *name, size_t len,
			   uint64_t *addr)
{
	size_t exe = module_exe(mods), i, k, nfound = 0, nsearched = 0;
	const char **found = calloc(mods->n + 1, sizeof(*found));
	const char **searched = calloc(mods->n + 1, sizeof(*searched));
	char *unreadable = NULL, why[256];
	size_t unreadable_len;
	FILE *fu = open_memstream(&unreadable, &unreadable_len);
	bool distinct = false;
	struct elf_sym r;
	int ret = 1, err;

	if (!found || !searched || !fu) {
		msg("out of memory");
		goto out;
	}
	for (k = 0; k <= mods->n; k++) {
		/* k == 0 is the executable, then the others in order. */
		i = k == 0 ? exe : k - 1;
		if (i >= mods->n || (k && i == exe))
			continue;
		err = elf_lookup(mods, &mods->m[i], name, len, &r, why, sizeof(why));
		if (err == -ENOEXEC)
			continue;	/* a data file, not a module */
		searched[nsearched++] = mods->m[i].name;
		if (err) {
			fprintf(fu, "; cannot read %s: %s", mods->m[i].path, why);
			continue;
		}
		if (r.local_dups) {
			fprintf(fu, "; %s has several local definitions", mods->m[i].name);
			continue;
		}
		if (!r.found)
			continue;
		if (i == exe || !nfound)
			*addr = r.addr;
		if (i == exe) {
			ret = 0;
			goto out;
		}
		distinct |= r.addr != *addr;
		found[nfound++] = mods->m[i].name;
	}
	fflush(fu);
	fflush(stdout);		/* as msg() */
	if (!nfound) {
		fprintf(stderr, "vmwrite: symbol '%.*s' not found in process %d (searched: ",
			(int)len, name, (int)mods->pid);
		for (i = 0; i < nsearched; i++)
			fprintf(stderr, "%s%s", i ? ", " : "", searched[i]);
		fprintf(stderr, "%s)%s\n", nsearched ? "" : "no ELF files", unreadable);
	} else if (distinct) {
		fprintf(stderr, "vmwrite: symbol '%.*s' is in ", (int)len, name);
		print_names(stderr, found, nfound);
		fprintf(stderr, ": write %s!%.*s\n", found[0], (int)len, name);
	} else {
		ret = 0;
	}
out:
	if (fu)
		fclose(fu);
	free(unreadable);
	free(found);
	free(searched);
	return ret;
}

static bool is_symbol_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '.' || c == '$';
}

/*
 * ADDR of process @pid: a number, or SYMBOL, SYMBOL+OFFSET or SYMBOL-OFFSET,
 * with MODULE! before SYMBOL to name the mapped file it is in.  Returns 0,
 * EXIT_USAGE if @s is malformed, or 1 if the symbol cannot be resolved;
 * says why.
 */
static int parse_process_addr(pid_t pid, const char *s, uint64_t *out)
{
	const char *bang, *name, *rest, *p;
	struct modules mods;
	uint64_t off, addr = 0;
	size_t len, mlen;
	int ret;

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
	ret = modules_load(pid, &mods);
	if (ret)
		return ret;
	if (bang)
		ret = lookup_in_module(&mods, s, mlen, name, len, &addr);
	else
		ret = lookup_anywhere(&mods, name, len, &addr);
	modules_free(&mods);
	return ret ? ret : apply_offset(s, addr, *rest, off, out);
}

/* ADDR of @who: see parse_kernel_addr() and parse_process_addr(). */
static int parse_addr(const struct target_arg *who, const char *s, uint64_t *out)
{
	if (who->kernel)
		return parse_kernel_addr(s, out);
	return parse_process_addr(who->pid, s, out);
}

/* ---- reporting -------------------------------------------------------- */

/* Is there a /proc/PID at all (a kernel thread or a zombie has one)? */
static bool process_listed(pid_t pid)
{
	char path[32];

	snprintf(path, sizeof(path), "/proc/%d", (int)pid);
	return access(path, F_OK) == 0;
}

static int report_open_error(const struct target_arg *who, int err)
{
	int pid = (int)who->pid;
	int fd;

	switch (err) {
	case -ENOENT:
		msg(DEV_PATH " not found: is the vmwrite module loaded? (modprobe vmwrite)");
		break;
	case -ENODEV:
	case -ENXIO:
		msg(DEV_PATH " has no driver behind it: is the vmwrite module loaded? (modprobe vmwrite)");
		break;
	case -EACCES:
	case -EPERM:
		/* Was it the device or the process?  Ask the device again. */
		fd = open(DEV_PATH, O_RDWR | O_CLOEXEC);
		if (fd < 0 && (errno == EACCES || errno == EPERM)) {
			msg("permission denied opening " DEV_PATH);
			break;
		}
		if (fd >= 0)
			close(fd);
		if (who->kernel)
			msg("permission denied: the kernel target needs CAP_SYS_RAWIO");
		else
			msg("permission denied: cannot ptrace-attach to %d (run as its owner or as root; see also kernel.yama.ptrace_scope)",
			    pid);
		break;
	case -ESRCH:
		if (who->kernel)
			msg("cannot open the kernel target: %s", strerror(-err));
		else if (process_listed(pid))
			msg("process %d has no user address space (a kernel thread, or exiting)",
			    pid);
		else
			msg("process %d does not exist", pid);
		break;
	case -EPROTO: {
		int v = vmw_module_api_version();

		if (v > 0 && v != VMWRITE_API_VERSION)
			msg("uapi version mismatch between libvmwrite and the vmwrite module (libvmwrite speaks version %d, the module %d)",
			    VMWRITE_API_VERSION, v);
		else
			msg("uapi version mismatch between libvmwrite and the vmwrite module: invalid handshake reply");
		break;
	}
	case -EOPNOTSUPP:
		if (who->kernel)
			msg("the loaded vmwrite module has no kernel target, or refuses it in a confidential guest (TDX, SEV-SNP)");
		else
			msg("the loaded vmwrite module cannot attach to processes");
		break;
	default:
		if (who->kernel)
			msg("cannot open the kernel target: %s", strerror(-err));
		else
			msg("cannot attach to process %d: %s", pid, strerror(-err));
		break;
	}
	return 1;
}

static int open_target(const struct target_arg *who, struct vmw_target **t)
{
	int err = who->kernel ? vmw_open_kernel(0, t) : vmw_open_process(who->pid, 0, t);

	return err ? report_open_error(who, err) : 0;
}

/* A target opened with vmw_open_kernel(). */
static bool is_kernel(const struct vmw_target *t)
{
	return vmw_pid(t) == 0;
}

#define LOCKDOWN_PATH	"/sys/kernel/security/lockdown"
#define PARAM_PATH(p)	"/sys/module/vmwrite/parameters/" p

/*
 * The kernel lockdown level, the bracketed word of "none [integrity]
 * confidentiality", in @buf; "none" without lockdown support.
 */
static void lockdown_level(char *buf, size_t size)
{
	char line[128], *lb, *rb;

	snprintf(buf, size, "none");
	if (read_line(LOCKDOWN_PATH, line, sizeof(line)))
		return;
	lb = strchr(line, '[');
	rb = lb ? strchr(lb, ']') : NULL;
	if (rb)
		snprintf(buf, size, "%.*s", (int)(rb - lb - 1), lb + 1);
}

/* Is the module's boolean parameter @name off? */
static bool param_off(const char *name)
{
	char path[96], v[8];

	snprintf(path, sizeof(path), PARAM_PATH("%s"), name);
	return !read_line(path, v, sizeof(v)) && (v[0] == 'N' || v[0] == 'n' || v[0] == '0');
}

/* What is at kernel address @addr, by the error an access to it gave. */
static const char *kernel_refusal(int err)
{
	switch (err) {
	case -EFAULT:
		return "not mapped kernel memory";
	case -ENXIO:
		return "not kernel RAM vmwrite touches (device memory, offline or ballooned memory)";
	case -EHWPOISON:
		return "a hardware-poisoned page";
	case -EROFS:
		return "read-only kernel memory";
	default:
		return NULL;
	}
}

/*
 * Why a kernel transfer stopped at @addr, for "(...)" after a partial one.
 * @err is the error of the access at @addr if known, else 0: then a one-byte
 * read there, which changes nothing, tells.  A write stopped where a read
 * goes on is at read-only memory.
 */
static void describe_kernel_stop(struct vmw_target *t, uint64_t addr, bool write, int err,
				 char *buf, size_t size)
{
	unsigned char byte;
	size_t done;
	const char *why;

	if (!err) {
		err = vmw_read(t, addr, &byte, 1, &done);
		if (!err && write)
			err = -EROFS;
	}
	why = kernel_refusal(err);
	if (why)
		snprintf(buf, size, "%s", why);
	else if (err)
		snprintf(buf, size, "%s", strerror(-err));
	else
		snprintf(buf, size, "readable now: the kernel's mappings changed");
}

/* Nothing moved from or to the kernel: say why. */
static void explain_kernel_error(enum xfer xfer, uint64_t addr, uint64_t len, int err)
{
	bool write = xfer != XFER_READ;
	const char *op = write ? "write" : "read";
	char level[32];

	/* Only text writes may stop at a function entry or lack support. */
	if (xfer == XFER_WRITE_TEXT && err == -EBUSY) {
		msg("address 0x%" PRIx64 " is at a function entry (ENDBR64 / ftrace call site), which vmwrite never patches",
		    addr);
		return;
	}
	if (xfer == XFER_WRITE_TEXT && err == -EOPNOTSUPP) {
		msg("the loaded vmwrite module cannot write kernel text (--text)");
		return;
	}

	switch (err) {
	case -EPERM:
		/* Reads are locked down only at confidentiality. */
		lockdown_level(level, sizeof(level));
		if (strcmp(level, "none") && (write || !strcmp(level, "confidentiality")))
			msg("the kernel is locked down (%s): kernel %ss are refused", level, op);
		else if (write && param_off("allow_kernel_write"))
			msg("kernel writes are disabled (vmwrite.allow_kernel_write=N)");
		else if (xfer == XFER_WRITE_TEXT && param_off("allow_text_write"))
			msg("writes to kernel text and rodata are disabled (vmwrite.allow_text_write=N)");
		else
			msg("kernel %s of %" PRIu64 " %s at 0x%" PRIx64 " refused: %s", op, len,
			    byte_word(len), addr, strerror(-err));
		break;
	case -EROFS:
		msg("address 0x%" PRIx64 " is read-only kernel memory (text or rodata)%s", addr,
		    xfer == XFER_WRITE ? ": use --text to patch it" : "");
		break;

	case -ENXIO:
		msg("address 0x%" PRIx64 " is not kernel RAM vmwrite touches: device memory, or memory offline or in a balloon",
		    addr);
		break;
	case -EHWPOISON:
		msg("address 0x%" PRIx64 " is a hardware-poisoned page, which vmwrite does not touch", addr);
		break;
	case -EXDEV:
		msg("address 0x%" PRIx64 " is an alias (such as the direct map) of read-only memory: --text writes go through its own address, in the kernel image or a module",
		    addr);
		break;
	case -EFAULT:
		msg("address 0x%" PRIx64 " is not mapped kernel memory%s", addr,
		    addr < KERNEL_HALF ? " (it is in the user half of the address space)" : "");
		break;
	case -EINTR:
		msg("interrupted by a signal before anything was %s", write ? "written" : "read");
		break;
	default:
		msg("kernel %s of %" PRIu64 " %s at 0x%" PRIx64 " failed: %s", op, len,
		    byte_word(len), addr, strerror(-err));
		break;
	}
}

/* Why a transfer stopped at @addr, for "(...)" after a partial transfer. */
static void describe_stop(const struct vmw_target *t, uint64_t addr, bool write, char *buf,
			  size_t size)
{
	struct mapping m;
	const char *why;
	int r = find_mapping(vmw_pid(t), addr, &m);

	if (r < 0) {
		snprintf(buf, size, "cannot read /proc/%d/maps: %s", (int)vmw_pid(t), strerror(-r));
		return;
	}
	if (r == 0) {
		snprintf(buf, size, "not mapped");
		return;
	}
	why = refusal(&m, vmw_access(t), write);
	snprintf(buf, size, "mapping 0x%" PRIx64 "-0x%" PRIx64 " %s %s%s%s", m.start, m.end,
		 m.perms, map_path(&m), why ? ": " : "", why ? why : "");
}

/* Nothing moved with EFAULT or EIO: say what is at @addr. */
static void explain_fault(const struct vmw_target *t, uint64_t addr, uint64_t len, bool write,
			  int err)
{
	const char *op = write ? "write" : "read";
	struct mapping m;
	const char *why;
	int pid = (int)vmw_pid(t);
	int r = find_mapping(pid, addr, &m);

	if (r < 0) {
		msg("%s of %" PRIu64 " %s at 0x%" PRIx64 " in process %d failed: %s", op, len,
		    byte_word(len), addr, pid, strerror(-err));
	} else if (r == 0) {
		msg("address 0x%" PRIx64 " is not mapped in process %d", addr, pid);
	} else {
		why = refusal(&m, vmw_access(t), write);
		msg("address 0x%" PRIx64 " in mapping 0x%" PRIx64 "-0x%" PRIx64 " %s %s refused the %s%s%s%s",
		    addr, m.start, m.end, m.perms, map_path(&m), op,
		    why ? " (" : "", why ? why : "", why ? ")" : "");
	}
}

/* Why a transfer of @t stopped at @addr; @err as describe_kernel_stop()'s. */
static void describe_stop_at(struct vmw_target *t, uint64_t addr, bool write, int err,
			     char *buf, size_t size)
{
	if (is_kernel(t))
		describe_kernel_stop(t, addr, write, err, buf, size);
	else
		describe_stop(t, addr, write, buf, size);
}

/*
 * Report a transfer of @len bytes at @addr that moved @done bytes and
 * returned @err.  Returns the exit status: 0 only if everything moved.
 */
static int report_transfer(struct vmw_target *t, enum xfer xfer, uint64_t addr, uint64_t len,
			   uint64_t done, int err)
{
	bool write = xfer != XFER_READ;
	int pid = (int)vmw_pid(t);
	char why[PATH_MAX + 128];

	if (done == len)
		return 0;
	if (done) {
		describe_stop_at(t, addr + done, write, err, why, sizeof(why));
		msg("%s %" PRIu64 " of %" PRIu64 " %s at 0x%" PRIx64 ": stopped at 0x%" PRIx64 " (%s)",
		    write ? "wrote" : "read", done, len, byte_word(len), addr, addr + done, why);
		return 1;
	}
	if (is_kernel(t)) {
		explain_kernel_error(xfer, addr, len, err);
		return 1;
	}
	switch (err) {
	case -EBADF:
		if (write)
			msg("the session is read-only: /proc/%d/mem could not be opened for writing",
			    pid);
		else
			msg("the session may not read process %d", pid);
		break;
	case -ESRCH:
		msg("process %d has exited or exec'd since attach", pid);
		break;
	case -EFAULT:
	case -EIO:
		explain_fault(t, addr, len, write, err);
		break;
	case -EINTR:
		msg("interrupted by a signal before anything was %s", write ? "written" : "read");
		break;
	default:
		msg("%s of %" PRIu64 " %s at 0x%" PRIx64 " in process %d failed: %s",
		    write ? "write" : "read", len, byte_word(len), addr, pid, strerror(-err));
		break;
	}
	return 1;
}

/* ---- write ------------------------------------------------------------ */

enum { OPT_STRING = 0x100, OPT_STRING0, OPT_FILE, OPT_SAVE, OPT_TEXT, OPT_RAW, OPT_COUNT,
       OPT_U8, OPT_U16, OPT_U32, OPT_U64, OPT_RESOLVE_ONLY, OPT_WRITABLE, OPT_ALL };

/*
 * --resolve-only, of read and write, is FOR THE HOST TESTS ONLY (test_host.c),
 * which have no module: it prints the address ADDR stands for (a kernel
 * symbol resolved) once the whole command line checked out, and stops
 * before /dev/vmwrite.  Not in --help, not an interface.
 */
#define RESOLVE_ONLY_OPTION \
	{ "resolve-only", no_argument, NULL, OPT_RESOLVE_ONLY }

static int print_resolved(uint64_t addr)
{
	printf("0x%" PRIx64 "\n", addr);
	return fflush(stdout) ? 1 : 0;
}

/* Byte size of the integer option @opt (OPT_U8..OPT_U64). */
static unsigned int opt_int_size(int opt)
{
	return 1U << (opt - OPT_U8);
}

/* getopt_long() returned ':' or '?'. */
static int unknown_option(char **argv, int opt)
{
	if (opt == ':')
		return usage_error("option '%s' needs an argument", argv[optind - 1]);
	/* A long option (optopt is then 0, or its value for an argument). */
	if (!optopt || optopt >= 0x100)
		return usage_error("unknown or ambiguous option '%s'", argv[optind - 1]);
	if (optopt >= '0' && optopt <= '9')
		return usage_error("invalid argument: numbers cannot be negative");
	return usage_error("unknown option '-%c'", optopt);
}

/*
 * Save the @len bytes at @addr to file @path, all of them or none, before
 * they are replaced.  Returns 0, or 1 and says why.
 */
static int save_old(struct vmw_target *t, uint64_t addr, uint64_t len, const char *path)
{
	unsigned char *old = len <= SIZE_MAX ? malloc((size_t)len) : NULL;
	size_t done;
	int ret = 1, err;

	if (!old) {
		msg("out of memory");
		goto out;
	}
	err = vmw_read(t, addr, old, (size_t)len, &done);
	if (report_transfer(t, XFER_READ, addr, len, done, err) ||
	    write_file(path, old, (size_t)len))
		goto out;
	printf("saved %" PRIu64 " %s at 0x%" PRIx64 " to %s\n", len, byte_word(len), addr, path);
	ret = 0;
out:
	if (ret)
		msg("nothing written: could not save the bytes about to be replaced");
	free(old);
	return ret;
}

/* @flags: VMW_WRITE_* */
static int do_write(const struct target_arg *who, uint64_t addr, const struct bytes *data,
		    unsigned int flags, const char *save)
{
	struct vmw_target *t;
	size_t done;
	int ret, err;

	ret = open_target(who, &t);
	if (ret)
		return ret;
	ret = save && save_old(t, addr, data->len, save);
	if (ret)
		goto out;

	err = vmw_write_flags(t, addr, data->p, data->len, flags, &done);
	ret = report_transfer(t, flags & VMW_WRITE_TEXT ? XFER_WRITE_TEXT : XFER_WRITE, addr,
			      data->len, done, err);
	if (!ret)
		printf("wrote %zu %s at 0x%" PRIx64 "\n", done, byte_word(done), addr);
out:
	vmw_close(t);
	return ret;
}

/* The command line of write, and of fill and search, which take data like it. */
struct write_args {
	const char *cmd;	/* "write", "fill" or "search" */
	int nfixed;		/* operands before the data: ADDR, or ADDR LEN */
	char **pos;		/* operands: PID ADDR [LEN] [HEXBYTES...], or with -k ADDR [...] */
	int npos;
	int addr_pos;		/* index of ADDR in pos: 1, or 0 with -k */
	bool kernel;
	bool text;		/* --text: VMW_WRITE_TEXT */
	bool writable;		/* search --writable */
	bool all;		/* search --all */
	bool resolve_only;
	int src_opt;		/* OPT_STRING..OPT_U64 giving the data, or 0 */
	const char *src;	/* its argument */
	int nsrc;		/* how many such options were given */
	const char *save;
};

/* Returns -1 to go on, else the exit status. */
static int parse_write_opts(int argc, char **argv, struct write_args *a)
{
	static const struct option opts[] = {
		{ "string",	required_argument,	NULL, OPT_STRING },
		{ "string0",	required_argument,	NULL, OPT_STRING0 },
		{ "file",	required_argument,	NULL, OPT_FILE },
		{ "u8",		required_argument,	NULL, OPT_U8 },
		{ "u16",	required_argument,	NULL, OPT_U16 },
		{ "u32",	required_argument,	NULL, OPT_U32 },
		{ "u64",	required_argument,	NULL, OPT_U64 },
		{ "save",	required_argument,	NULL, OPT_SAVE },
		{ "text",	no_argument,		NULL, OPT_TEXT },
		{ "writable",	no_argument,		NULL, OPT_WRITABLE },
		{ "all",	no_argument,		NULL, OPT_ALL },
		{ "kernel",	no_argument,		NULL, 'k' },
		{ "help",	no_argument,		NULL, 'h' },
		RESOLVE_ONLY_OPTION,
		{ }
	};
	bool is_write = !strcmp(a->cmd, "write"), is_search = !strcmp(a->cmd, "search");
	const char *what = is_write ? "data" : "pattern";
	int opt, nhex;

	/* "-" first: options may follow the operands even if POSIXLY_CORRECT. */
	while ((opt = getopt_long(argc, argv, "-:hk", opts, NULL)) != -1) {
		switch (opt) {
		case 1:
			a->pos[a->npos++] = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'k':
			a->kernel = true;
			break;
		case OPT_RESOLVE_ONLY:
			a->resolve_only = true;
			break;
		case OPT_SAVE:
			a->save = optarg;
			break;
		case OPT_TEXT:
			a->text = true;
			break;
		case OPT_WRITABLE:
			a->writable = true;
			break;
		case OPT_ALL:
			a->all = true;
			break;
		case OPT_STRING: case OPT_STRING0: case OPT_FILE:
		case OPT_U8: case OPT_U16: case OPT_U32: case OPT_U64:
			a->src_opt = opt;
			a->src = optarg;
			a->nsrc++;
			break;
		default:
			return unknown_option(argv, opt);
		}
	}
	while (optind < argc)		/* after "--" */
		a->pos[a->npos++] = argv[optind++];

	if (a->text && !is_write)
		return usage_error("--text is an option of write, not of %s", a->cmd);
	if ((a->writable || a->all) && !is_search)
		return usage_error("--%s is an option of search, not of %s",
				   a->writable ? "writable" : "all", a->cmd);
	if (a->save && is_search)
		return usage_error("--save is an option of write and fill, not of search");
	if (a->text && !a->kernel)
		return usage_error("--text patches kernel text: it needs -k");
	a->addr_pos = a->kernel ? 0 : 1;
	if (a->npos < a->addr_pos + a->nfixed)
		return usage_error("%s%s needs %s%s and the %s", a->cmd, a->kernel ? " -k" : "",
				   a->kernel ? "" : "PID ", a->nfixed == 1 ? "ADDR" : "ADDR LEN",
				   what);
	nhex = a->npos > a->addr_pos + a->nfixed;
	if (a->nsrc + nhex > 1)
		return usage_error("give the %s once: HEXBYTES, --string, --string0, --file or --u8..--u64",
				   what);
	if (a->nsrc + nhex == 0)
		return usage_error("%s: give HEXBYTES, --string, --string0, --file or --u8..--u64",
				   is_write ? "nothing to write" : "no pattern");
	return -1;
}

/* The bytes to write, from HEXBYTES or the option that gives them. */
static int load_data(const struct write_args *a, struct bytes *data)
{
	switch (a->src_opt) {
	case 0:
		return parse_hex(a->pos + a->addr_pos + a->nfixed,
				 a->npos - a->addr_pos - a->nfixed, data);
	case OPT_STRING:
	case OPT_STRING0:
		data->len = strlen(a->src) + (a->src_opt == OPT_STRING0);
		data->p = malloc(data->len + 1);
		if (!data->p) {
			msg("out of memory");
			return 1;
		}
		memcpy(data->p, a->src, data->len + 1);
		return 0;
	case OPT_FILE:
		return read_file(a->src, data);
	default:
		return parse_int_value(a->src, opt_int_size(a->src_opt), data);
	}
}

static int cmd_write(int argc, char **argv)
{
	struct write_args a = { .cmd = "write", .nfixed = 1 };
	struct bytes data = { NULL, 0 };
	struct target_arg who = { 0 };
	uint64_t addr;
	int ret;

	a.pos = calloc((size_t)argc, sizeof(*a.pos));
	if (!a.pos) {
		msg("out of memory");
		return 1;
	}
	ret = parse_write_opts(argc, argv, &a);
	if (ret >= 0)
		goto out;
	who.kernel = a.kernel;
	ret = who.kernel ? 0 : parse_pid(a.pos[0], &who.pid);
	if (!ret)
		ret = parse_addr(&who, a.pos[a.addr_pos], &addr);
	if (!ret)
		ret = load_data(&a, &data);
	if (!ret && data.len == 0)
		ret = usage_error("nothing to write: the data is empty");
	if (!ret)
		ret = check_range(addr, data.len);
	if (!ret && a.resolve_only)
		ret = print_resolved(addr);
	else if (!ret)
		ret = do_write(&who, addr, &data, a.text ? VMW_WRITE_TEXT : 0, a.save);
out:
	free(data.p);
	free(a.pos);
	return ret;
}

/* ---- read ------------------------------------------------------------- */

struct dump {
	int width;		/* hex digits of an address */
	unsigned int elem;	/* integer size, 0 for a hexdump */
	bool raw;
};

static void dump_hex_line(const struct dump *d, uint64_t addr, const unsigned char *p, size_t n)
{
	size_t i;

	printf("%0*" PRIx64 ":", d->width, addr);
	for (i = 0; i < 16; i++) {
		if (i % 2 == 0)
			putchar(' ');
		if (i < n)
			printf("%02x", p[i]);
		else
			fputs("  ", stdout);
	}
	fputs("  ", stdout);
	for (i = 0; i < n; i++)
		putchar(p[i] >= 0x20 && p[i] < 0x7f ? p[i] : '.');
	putchar('\n');
}

static void dump_ints(const struct dump *d, uint64_t addr, const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i + d->elem <= n; i += d->elem) {
		uint64_t v = 0;
		unsigned int b;

		for (b = 0; b < d->elem; b++)
			v |= (uint64_t)p[i + b] << (8 * b);
		printf("0x%0*" PRIx64 ": %" PRIu64 " (0x%0*" PRIx64 ")\n", d->width, addr + i, v,
		       (int)d->elem * 2, v);
	}
}

/* Print @n bytes read at @addr; blocks are whole lines and whole integers. */
static void dump(const struct dump *d, uint64_t addr, const unsigned char *p, size_t n)
{
	size_t i;

	if (d->raw)
		fwrite(p, 1, n, stdout);
	else if (d->elem)
		dump_ints(d, addr, p, n);
	else
		for (i = 0; i < n; i += 16)
			dump_hex_line(d, addr + i, p + i, n - i < 16 ? n - i : 16);
}

static int hex_digits(uint64_t v)
{
	int n = 1;

	while (v >>= 4)
		n++;
	return n;
}

static int do_read(const struct target_arg *who, uint64_t addr, uint64_t len,
		   const struct dump *d)
{
	struct vmw_target *t;
	unsigned char *buf;
	uint64_t off = 0;
	size_t done = 0;
	int ret, err = 0;

	buf = malloc(READ_BLOCK);
	if (!buf) {
		msg("out of memory");
		return 1;
	}
	ret = open_target(who, &t);
	if (ret)
		goto out;

	while (off < len) {
		size_t n = len - off < READ_BLOCK ? (size_t)(len - off) : READ_BLOCK;

		err = vmw_read(t, addr + off, buf, n, &done);
		dump(d, addr + off, buf, done);
		off += done;
		if (done < n)
			break;
	}
	if (fflush(stdout) || ferror(stdout)) {
		msg("cannot write the output: %s", strerror(errno));
		ret = 1;
	}
	/* Report from the start of the request, not of the last block. */
	if (off < len)
		ret = report_transfer(t, XFER_READ, addr, len, off, err);
	vmw_close(t);
out:
	free(buf);
	return ret;
}

static int cmd_read(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "raw",	no_argument,		NULL, OPT_RAW },
		{ "u8",		no_argument,		NULL, OPT_U8 },
		{ "u16",	no_argument,		NULL, OPT_U16 },
		{ "u32",	no_argument,		NULL, OPT_U32 },
		{ "u64",	no_argument,		NULL, OPT_U64 },
		{ "count",	required_argument,	NULL, OPT_COUNT },
		{ "kernel",	no_argument,		NULL, 'k' },
		{ "help",	no_argument,		NULL, 'h' },
		RESOLVE_ONLY_OPTION,
		{ }
	};
	struct dump d = { 0 };
	struct target_arg who = { 0 };
	const char *count_arg = NULL;
	uint64_t addr, len = 0, count = 1;
	char *pos[3];		/* PID ADDR [LEN], or with -k ADDR [LEN] */
	int npos = 0, nargs, opt, ret;
	bool resolve_only = false;

	while ((opt = getopt_long(argc, argv, "-:hk", opts, NULL)) != -1) {
		switch (opt) {
		case 1:
			if (npos == 3)
				return usage_error("too many arguments to read: '%s'", optarg);
			pos[npos++] = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'k':
			who.kernel = true;
			break;
		case OPT_RESOLVE_ONLY:
			resolve_only = true;
			break;
		case OPT_RAW:
			d.raw = true;
			break;
		case OPT_U8: case OPT_U16: case OPT_U32: case OPT_U64:
			if (d.elem && d.elem != opt_int_size(opt))
				return usage_error("give one of --u8, --u16, --u32 and --u64");
			d.elem = opt_int_size(opt);
			break;
		case OPT_COUNT:
			count_arg = optarg;
			break;
		default:
			return unknown_option(argv, opt);
		}
	}
	for (; optind < argc; optind++) {
		if (npos == 3)
			return usage_error("too many arguments to read: '%s'", argv[optind]);
		pos[npos++] = argv[optind];
	}

	/* Without the PID, the operands are one fewer. */
	nargs = npos - !who.kernel;
	if (nargs > 2)
		return usage_error("too many arguments to read: '%s'", pos[2]);
	if (nargs < 1)
		return usage_error(who.kernel ? "read -k needs ADDR and LEN" :
				   "read needs PID ADDR and LEN");
	if (d.raw && d.elem)
		return usage_error("--raw and --u8..--u64 exclude each other");
	if (count_arg && !d.elem)
		return usage_error("--count needs one of --u8, --u16, --u32 and --u64");
	if (count_arg && nargs == 2)
		return usage_error("give LEN or --count, not both");
	if (nargs == 1 && !d.elem)
		return usage_error("read needs LEN, the number of bytes to read");

	ret = who.kernel ? 0 : parse_pid(pos[0], &who.pid);
	if (!ret)
		ret = parse_addr(&who, pos[npos - nargs], &addr);
	if (!ret && count_arg)
		ret = parse_arg("count", count_arg, 1, UINT64_MAX / 8, &count);
	if (!ret && nargs == 2)
		ret = parse_arg("length", pos[npos - 1], 0, UINT64_MAX, &len);
	if (ret)
		return ret;
	if (nargs == 1)
		len = count * d.elem;
	if (d.elem && len % d.elem)
		return usage_error("length %" PRIu64 " is not a multiple of the %u-byte integer",
				   len, d.elem);
	ret = check_range(addr, len);
	if (ret)
		return ret;

	if (resolve_only)
		return print_resolved(addr);

	d.width = hex_digits(len ? addr + (len - 1) : addr);
	if (d.width < 8)
		d.width = 8;
	return do_read(&who, addr, len, &d);
}

/* ---- cas -------------------------------------------------------------- */

static int do_cas(const struct target_arg *who, uint64_t addr, unsigned int width,
		  uint64_t expected, uint64_t desired)
{
	struct vmw_target *t;
	uint64_t old = expected;
	int ret;

	ret = open_target(who, &t);
	if (ret)
		return ret;
	ret = vmw_cmpxchg(t, addr, width, &old, desired);
	if (ret == 1) {
		printf("wrote 0x%" PRIx64 " at 0x%" PRIx64 " (held 0x%" PRIx64 ")\n", desired, addr,
		       old);
		ret = fflush(stdout) ? 1 : 0;
	} else if (ret == 0) {
		msg("not written: 0x%" PRIx64 " holds 0x%" PRIx64 ", not 0x%" PRIx64, addr, old,
		    expected);
		ret = 1;
	} else if (ret == -EOPNOTSUPP) {
		msg("the loaded vmwrite module has no compare-and-write");
		ret = 1;
	} else {
		ret = report_transfer(t, XFER_CMPXCHG, addr, width, 0, ret);
	}
	vmw_close(t);
	return ret;
}

static int cmd_cas(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "u8",		no_argument,		NULL, OPT_U8 },
		{ "u16",	no_argument,		NULL, OPT_U16 },
		{ "u32",	no_argument,		NULL, OPT_U32 },
		{ "u64",	no_argument,		NULL, OPT_U64 },
		{ "kernel",	no_argument,		NULL, 'k' },
		{ "help",	no_argument,		NULL, 'h' },
		RESOLVE_ONLY_OPTION,
		{ }
	};
	struct target_arg who = { 0 };
	uint64_t addr, expected, desired;
	char *pos[4];		/* PID ADDR EXPECTED NEW, or with -k ADDR EXPECTED NEW */
	unsigned int width = 0;
	int npos = 0, first, opt, ret;
	bool resolve_only = false;

	while ((opt = getopt_long(argc, argv, "-:hk", opts, NULL)) != -1) {
		switch (opt) {
		case 1:
			if (npos == 4)
				return usage_error("too many arguments to cas: '%s'", optarg);
			pos[npos++] = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'k':
			who.kernel = true;
			break;
		case OPT_RESOLVE_ONLY:
			resolve_only = true;
			break;
		case OPT_U8: case OPT_U16: case OPT_U32: case OPT_U64:
			if (width && width != opt_int_size(opt))
				return usage_error("give one of --u8, --u16, --u32 and --u64");
			width = opt_int_size(opt);
			break;
		default:
			return unknown_option(argv, opt);
		}
	}
	for (; optind < argc; optind++) {
		if (npos == 4)
			return usage_error("too many arguments to cas: '%s'", argv[optind]);
		pos[npos++] = argv[optind];
	}

	first = who.kernel ? 0 : 1;
	if (npos > first + 3)
		return usage_error("too many arguments to cas: '%s'", pos[first + 3]);
	if (npos < first + 3)
		return usage_error(who.kernel ? "cas -k needs ADDR EXPECTED NEW" :
				   "cas needs PID ADDR EXPECTED NEW");
	if (!width)
		return usage_error("cas needs the integer size: --u8, --u16, --u32 or --u64");

	ret = who.kernel ? 0 : parse_pid(pos[0], &who.pid);
	if (!ret)
		ret = parse_addr(&who, pos[first], &addr);
	if (!ret)
		ret = parse_int(pos[first + 1], width, &expected);
	if (!ret)
		ret = parse_int(pos[first + 2], width, &desired);
	if (ret)
		return ret;
	/* One atomic access: the value must not straddle a boundary. */
	if (addr % width)
		return usage_error("address 0x%" PRIx64 " is not a multiple of %u: cas --u%u needs an aligned address",
				   addr, width, 8 * width);
	if (resolve_only)
		return print_resolved(addr);
	return do_cas(&who, addr, width, expected, desired);
}

/* ---- maps ------------------------------------------------------------- */

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

static int cmd_maps(int argc, char **argv)
{
	struct target_arg who = { 0 };
	struct vmw_target *t;
	struct mapping m;
	char *line = NULL, size[32];
	uint64_t top = 0;
	size_t cap = 0;
	int width, ret, i;
	pid_t pid;
	FILE *f;

	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		fputs(usage_text, stdout);
		return 0;
	}
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "-k") || !strcmp(argv[i], "--kernel"))
			return usage_error("maps is not supported for the kernel (-k): it lists the mappings of a process");
	if (argc != 2)
		return usage_error("maps needs exactly one argument, the PID");
	ret = parse_pid(argv[1], &pid);
	if (ret)
		return ret;
	who.pid = pid;
	/* The rights of a session decide what vmwrite can do. */
	ret = open_target(&who, &t);
	if (ret)
		return ret;

	f = maps_open(pid);
	if (!f) {
		msg("cannot read /proc/%d/maps: %s", (int)pid, strerror(errno));
		vmw_close(t);
		return 1;
	}
	while (maps_next(f, &line, &cap, &m))
		top = m.end > top ? m.end : top;
	width = hex_digits(top);
	rewind(f);

	printf("%-*s %-4s %7s  %-26s %s\n", 2 * width + 5, "START-END", "PERM", "SIZE",
	       "VMWRITE", "PATH");
	while (maps_next(f, &line, &cap, &m)) {
		const char *can = capability(&m, vmw_access(t));

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
	vmw_close(t);
	if (fflush(stdout) || ferror(stdout)) {
		msg("cannot write the output: %s", strerror(errno));
		return 1;
	}
	return 0;
}

/* ---- fill and search ------------------------------------------------ */

/* Bytes per vmw_write() of fill and vmw_read() of search. */
#define FILL_BLOCK	(64 * 1024)
#define SEARCH_BLOCK	(64 * 1024)

/* "0x..." for the exclusive end @end of a range, where 0 means 2^64. */
static const char *format_end(uint64_t end, char *buf, size_t size)
{
	if (end)
		snprintf(buf, size, "0x%" PRIx64, end);
	else
		snprintf(buf, size, "0x10000000000000000");
	return buf;
}

/* vmw_region() failed with @err at @addr: say why. */
static int report_region_error(const struct vmw_target *t, uint64_t addr, int err)
{
	int pid = (int)vmw_pid(t);

	switch (err) {
	case -EOPNOTSUPP:
		msg("the loaded vmwrite module cannot describe regions (no VMWRITE_IOC_REGION)");
		break;
	case -EBADF:
		msg("the session may not read %s", is_kernel(t) ? "the kernel" : "the process");
		break;
	case -ESRCH:
		msg("process %d has exited or exec'd since attach", pid);
		break;
	case -EPERM:
		if (is_kernel(t)) {
			msg("the kernel is locked down (confidentiality): its regions are not described");
			break;
		}
		/* fall through */
	default:
		msg("cannot describe the region at 0x%" PRIx64 ": %s", addr, strerror(-err));
		break;
	}
	return 1;
}

/* Bytes from @cur to the end of @r, at most @left. */
static uint64_t region_span(const struct vmw_region *r, uint64_t cur, uint64_t left)
{
	uint64_t span = r->end - cur;	/* wraps right for end 0 = 2^64, but for cur 0 */

	return span == 0 || span > left ? left : span;
}

/*
 * Write @pat repeated over the @len bytes at @addr, the last copy cut short,
 * in blocks of whole copies.  @a: --save.
 */
static int do_fill(const struct target_arg *who, const struct write_args *a, uint64_t addr,
		   uint64_t len, const struct bytes *pat)
{
	size_t block = pat->len >= FILL_BLOCK ? pat->len : FILL_BLOCK / pat->len * pat->len;
	struct vmw_target *t;
	unsigned char *buf;
	uint64_t off = 0;
	size_t i, done;
	int ret, err = 0;

	if (block > len)
		block = (size_t)len;
	buf = malloc(block);
	if (!buf) {
		msg("out of memory");
		return 1;
	}
	/* A block starts with the pattern's first byte: each one is the same. */
	for (i = 0; i < block; i++)
		buf[i] = pat->p[i % pat->len];
	ret = open_target(who, &t);
	if (ret)
		goto out;
	ret = a->save && save_old(t, addr, len, a->save);
	if (ret)
		goto close;
	while (off < len) {
		size_t n = len - off < block ? (size_t)(len - off) : block;

		err = vmw_write(t, addr + off, buf, n, &done);
		off += done;
		if (done < n)
			break;
	}
	/* Report from the start of the fill, not of the last block. */
	ret = report_transfer(t, XFER_WRITE, addr, len, off, err);
	if (!ret)
		printf("wrote %" PRIu64 " %s at 0x%" PRIx64 "\n", len, byte_word(len), addr);
close:
	vmw_close(t);
out:
	free(buf);
	return ret;
}

/*
 * Only memory is read: not holes, device or secret memory, or a kind this
 * program does not know; nor what is not readable.
 */
static bool searchable(const struct vmw_region *r, bool writable)
{
	return (r->kind == VMW_REGION_PRIVATE || r->kind == VMW_REGION_FILE ||
		r->kind == VMW_REGION_SHARED) && (r->prot & VMW_PROT_READ) &&
	       (!writable || (r->prot & VMW_PROT_WRITE));
}

/*
 * Print where @pat is in the @n bytes at @buf, which were read at @addr:
 * the first match, or every one if @all.  Returns how many it printed.
 */
static uint64_t print_matches(const unsigned char *buf, size_t n, uint64_t addr,
			      const struct bytes *pat, bool all)
{
	const unsigned char *p = buf, *end = buf + n;
	uint64_t found = 0;

	while ((p = memmem(p, (size_t)(end - p), pat->p, pat->len)) != NULL) {
		printf("0x%" PRIx64 "\n", addr + (uint64_t)(p - buf));
		found++;
		if (!all)
			break;
		p++;
	}
	return found;
}

/*
 * Find @pat in the @len bytes at @addr, region by region.  Each block read
 * is searched with the last pattern length - 1 bytes before it, so that a
 * match across blocks, or across adjacent regions, is found too.  @a:
 * --writable, --all.
 */
static int do_search(const struct target_arg *who, const struct write_args *a, uint64_t addr,
		     uint64_t len, const struct bytes *pat)
{
	size_t keep = pat->len - 1, have = 0;	/* bytes kept before the next block */
	uint64_t cur = addr, left = len, found = 0;
	char why[PATH_MAX + 128], end[24];
	struct vmw_target *t;
	struct vmw_region r;
	unsigned char *buf;
	int ret, err;

	buf = malloc(SEARCH_BLOCK + keep);
	if (!buf) {
		msg("out of memory");
		return 1;
	}
	ret = open_target(who, &t);
	if (ret)
		goto out;
	while (left && (a->all || !found)) {
		uint64_t span;

		err = vmw_region(t, cur, &r);
		if (err) {
			ret = report_region_error(t, cur, err);
			goto close;
		}
		span = region_span(&r, cur, left);
		if (!searchable(&r, a->writable)) {
			have = 0;
			cur += span;
			left -= span;
			continue;
		}
		while (span && (a->all || !found)) {
			size_t n = span < SEARCH_BLOCK ? (size_t)span : SEARCH_BLOCK, done, k;

			err = vmw_read(t, cur, buf + have, n, &done);
			found += print_matches(buf, have + done, cur - have, pat, a->all);
			k = have + done < keep ? have + done : keep;
			memmove(buf, buf + have + done - k, k);
			have = k;
			cur += done;
			left -= done;
			span -= done;
			if (done < n) {
				/* Refused after all (it changed?): skip the rest of it. */
				describe_stop_at(t, cur, false, err, why, sizeof(why));
				msg("not searched: 0x%" PRIx64 "-%s (%s)", cur,
				    format_end(cur + span, end, sizeof(end)), why);
				have = 0;
				cur += span;
				left -= span;
				span = 0;
			}
		}
	}
	if (fflush(stdout) || ferror(stdout)) {
		msg("cannot write the output: %s", strerror(errno));
		ret = 1;
	} else if (!found) {
		msg("pattern not found in 0x%" PRIx64 "-%s", addr,
		    format_end(addr + len, end, sizeof(end)));
		ret = 1;
	}
close:
	vmw_close(t);
out:
	free(buf);
	return ret;
}

typedef int pattern_fn(const struct target_arg *who, const struct write_args *a, uint64_t addr,
		       uint64_t len, const struct bytes *pat);

/* fill and search: PID|-k ADDR LEN and a pattern given like write's data. */
static int pattern_cmd(int argc, char **argv, const char *cmd, pattern_fn *fn)
{
	struct write_args a = { .cmd = cmd, .nfixed = 2 };
	struct bytes pat = { NULL, 0 };
	struct target_arg who = { 0 };
	uint64_t addr, len;
	int ret;

	a.pos = calloc((size_t)argc, sizeof(*a.pos));
	if (!a.pos) {
		msg("out of memory");
		return 1;
	}
	ret = parse_write_opts(argc, argv, &a);
	if (ret >= 0)
		goto out;
	who.kernel = a.kernel;
	ret = who.kernel ? 0 : parse_pid(a.pos[0], &who.pid);
	if (!ret)
		ret = parse_arg("length", a.pos[a.addr_pos + 1], 1, UINT64_MAX, &len);
	if (!ret)
		ret = load_data(&a, &pat);
	if (!ret && pat.len == 0)
		ret = usage_error("the pattern is empty");
	if (!ret)
		ret = parse_addr(&who, a.pos[a.addr_pos], &addr);
	if (!ret)
		ret = check_range(addr, len);
	if (!ret && a.resolve_only)
		ret = print_resolved(addr);
	else if (!ret)
		ret = fn(&who, &a, addr, len, &pat);
out:
	free(pat.p);
	free(a.pos);
	return ret;
}

static int cmd_fill(int argc, char **argv)
{
	return pattern_cmd(argc, argv, "fill", do_fill);
}

static int cmd_search(int argc, char **argv)
{
	return pattern_cmd(argc, argv, "search", do_search);
}

/* ---- query ------------------------------------------------------------ */

static const char *region_kind(const struct vmw_region *r, bool kernel)
{
	switch (r->kind) {
	case VMW_REGION_FREE:
		return "free";
	case VMW_REGION_PRIVATE:
		return kernel ? "ram" : "private";
	case VMW_REGION_FILE:
		return "file";
	case VMW_REGION_SHARED:
		return "shared";
	case VMW_REGION_IO:
		return "io";
	case VMW_REGION_SECRET:
		return "secret";
	default:
		return "unknown";
	}
}

static int do_query(const struct target_arg *who, uint64_t addr)
{
	struct vmw_target *t;
	struct vmw_region r;
	struct mapping m;
	char end[24];
	int ret, err;

	ret = open_target(who, &t);
	if (ret)
		return ret;
	err = vmw_region(t, addr, &r);
	if (err) {
		ret = report_region_error(t, addr, err);
		goto out;
	}
	printf("0x%" PRIx64 "-%s %c%c%c %s", r.start, format_end(r.end, end, sizeof(end)),
	       r.prot & VMW_PROT_READ ? 'r' : '-', r.prot & VMW_PROT_WRITE ? 'w' : '-',
	       r.prot & VMW_PROT_EXEC ? 'x' : '-', region_kind(&r, who->kernel));
	/* The path, from maps: the module does not tell it. */
	if (!who->kernel && r.kind != VMW_REGION_FREE &&
	    find_mapping(who->pid, addr, &m) == 1 && m.path[0])
		printf(" %s", m.path);
	putchar('\n');
	if (fflush(stdout) || ferror(stdout)) {
		msg("cannot write the output: %s", strerror(errno));
		ret = 1;
	}
out:
	vmw_close(t);
	return ret;
}

static int cmd_query(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kernel",	no_argument,		NULL, 'k' },
		{ "help",	no_argument,		NULL, 'h' },
		RESOLVE_ONLY_OPTION,
		{ }
	};
	struct target_arg who = { 0 };
	bool resolve_only = false;
	char *pos[2];		/* PID ADDR, or with -k ADDR */
	int npos = 0, opt, ret;
	uint64_t addr;

	while ((opt = getopt_long(argc, argv, "-:hk", opts, NULL)) != -1) {
		switch (opt) {
		case 1:
			if (npos == 2)
				return usage_error("too many arguments to query: '%s'", optarg);
			pos[npos++] = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'k':
			who.kernel = true;
			break;
		case OPT_RESOLVE_ONLY:
			resolve_only = true;
			break;
		default:
			return unknown_option(argv, opt);
		}
	}
	for (; optind < argc; optind++) {
		if (npos == 2)
			return usage_error("too many arguments to query: '%s'", argv[optind]);
		pos[npos++] = argv[optind];
	}
	if (npos > 2 - who.kernel)
		return usage_error("too many arguments to query: '%s'", pos[1]);
	if (npos < 2 - who.kernel)
		return usage_error(who.kernel ? "query -k needs ADDR" : "query needs PID ADDR");
	ret = who.kernel ? 0 : parse_pid(pos[0], &who.pid);
	if (!ret)
		ret = parse_addr(&who, pos[npos - 1], &addr);
	if (ret)
		return ret;
	if (resolve_only)
		return print_resolved(addr);
	return do_query(&who, addr);
}

/* ---- main ------------------------------------------------------------- */

static int cmd_version(void)
{
	int v = vmw_module_api_version();

	printf("vmwrite %d.%d.%d\n", VMW_VERSION_MAJOR, VMW_VERSION_MINOR, VMW_VERSION_PATCH);
	printf("libvmwrite %s (uapi version %d)\n", vmw_version(), VMWRITE_API_VERSION);
	if (v > 0)
		printf("module: uapi version %d\n", v);
	else if (v == -ENOENT)
		printf("module: not loaded (" DEV_PATH " not found)\n");
	else
		printf("module: " DEV_PATH ": %s\n", strerror(-v));
	return fflush(stdout) ? 1 : 0;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : NULL;

	if (!cmd) {
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		fputs(usage_text, stdout);
		return 0;
	}
	if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V"))
		return cmd_version();

	opterr = 0;
	if (!strcmp(cmd, "write"))
		return cmd_write(argc - 1, argv + 1);
	if (!strcmp(cmd, "read"))
		return cmd_read(argc - 1, argv + 1);
	if (!strcmp(cmd, "cas"))
		return cmd_cas(argc - 1, argv + 1);
	if (!strcmp(cmd, "maps"))
		return cmd_maps(argc - 1, argv + 1);
	if (!strcmp(cmd, "query"))
		return cmd_query(argc - 1, argv + 1);
	if (!strcmp(cmd, "search"))
		return cmd_search(argc - 1, argv + 1);
	if (!strcmp(cmd, "fill"))
		return cmd_fill(argc - 1, argv + 1);
	return usage_error("unknown command '%s'", cmd);
}
