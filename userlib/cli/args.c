// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The command line of a command, for all of them: one getopt loop over the
 * options the command takes, PID or -k, the operands, numbers, and the
 * data that write, fill and search take (HEXBYTES, --string, --u32 N,
 * --file F, ...).  Every usage error says what was wrong and points at
 * --help; nothing here opens the target.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "symbols.h"

/* ---- numbers and bytes --------------------------------------------------- */

int hex_digit(int c)
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
int parse_u64(const char *s, uint64_t *out)
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
		int d = hex_digit(*s);

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
int parse_arg(const char *what, const char *s, uint64_t min, uint64_t max, uint64_t *out)
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

int parse_pid(const char *s, pid_t *pid)
{
	uint64_t v;
	int ret = parse_arg("PID", s, 1, INT_MAX, &v);

	*pid = (pid_t)v;
	return ret;
}

/* The range [addr, addr + len) must not wrap around the address space. */
int check_range(uint64_t addr, uint64_t len)
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
		if (hex_digit(d[i]) < 0)
			return usage_error("invalid hex byte '%.*s' in HEXBYTES", (int)n, tok);
	if (prefixed && nd > 2)
		return usage_error("'%.*s' in HEXBYTES is more than one byte: give the bytes in memory order without 0x (e.g. 90cc), or an integer with --u16, --u32 or --u64",
				   (int)n, tok);
	if (prefixed) {
		out->p[out->len++] = (unsigned char)(nd == 1 ? hex_digit(d[0]) :
						     hex_digit(d[0]) << 4 | hex_digit(d[1]));
		return 0;
	}
	if (nd % 2)
		return usage_error("odd number of hex digits in '%.*s': give each byte as two digits",
				   (int)n, tok);
	for (i = 0; i < nd; i += 2)
		out->p[out->len++] = (unsigned char)(hex_digit(d[i]) << 4 | hex_digit(d[i + 1]));
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
int parse_int(const char *s, unsigned int size, uint64_t *v)
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

/* ---- options and operands ------------------------------------------------ */

enum {
	OPT_STRING = 0x100, OPT_STRING0, OPT_FILE,
	OPT_U8, OPT_U16, OPT_U32, OPT_U64,			/* N: data */
	OPT_SIZE_U8, OPT_SIZE_U16, OPT_SIZE_U32, OPT_SIZE_U64,	/* an integer size */
	OPT_SAVE, OPT_TEXT, OPT_WRITABLE, OPT_ALL, OPT_RAW, OPT_COUNT,
};

/* The options of each ARGS_* set, and of every command. */
static const struct option common_options[] = {
	{ "kernel",	no_argument,		NULL, 'k' },
	{ "help",	no_argument,		NULL, 'h' },
	{ }
};

static const struct option data_options[] = {
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
	{ }
};

static const struct option int_size_options[] = {
	{ "u8",		no_argument,		NULL, OPT_SIZE_U8 },
	{ "u16",	no_argument,		NULL, OPT_SIZE_U16 },
	{ "u32",	no_argument,		NULL, OPT_SIZE_U32 },
	{ "u64",	no_argument,		NULL, OPT_SIZE_U64 },
	{ }
};

static const struct option read_options[] = {
	{ "raw",	no_argument,		NULL, OPT_RAW },
	{ "count",	required_argument,	NULL, OPT_COUNT },
	{ }
};

#define MAX_OPTIONS	24

/* Append the options @add to @opts, which holds @n. */
static size_t add_options(struct option *opts, size_t n, const struct option *add)
{
	for (; add->name; add++)
		opts[n++] = *add;
	return n;
}

/* The options of @cmd, ending with a zeroed entry. */
static void command_options(const struct command *cmd, struct option opts[MAX_OPTIONS])
{
	size_t n = 0;

	if (cmd->args & ARGS_DATA)
		n = add_options(opts, n, data_options);
	if (cmd->args & ARGS_INT_SIZE)
		n = add_options(opts, n, int_size_options);
	if (cmd->args & ARGS_READ)
		n = add_options(opts, n, read_options);
	n = add_options(opts, n, common_options);
	memset(&opts[n], 0, sizeof(opts[n]));
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

/* Add operand @s, if @cmd takes one more.  Returns -1 to go on. */
static int add_operand(const struct command *cmd, struct args *a, const char *s)
{
	/* The most: PID and the command's operands. */
	if (cmd->operands >= 0 && a->npos == cmd->operands + 1)
		return usage_error("too many arguments to %s: '%s'", cmd->name, s);
	a->pos[a->npos++] = (char *)s;
	return -1;
}

/* One option @opt of @cmd, with @arg.  Returns -1 to go on. */
static int take_option(const struct command *cmd, struct args *a, int opt, const char *arg)
{
	unsigned int size;

	switch (opt) {
	case 1:
		return add_operand(cmd, a, arg);
	case 'h':
		return print_command_help(cmd);
	case 'k':
		a->target.kernel = true;
		break;
	case OPT_SAVE:
		a->save = arg;
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
	case OPT_RAW:
		a->raw = true;
		break;
	case OPT_COUNT:
		a->count = arg;
		break;
	case OPT_STRING: case OPT_STRING0: case OPT_FILE:
	case OPT_U8: case OPT_U16: case OPT_U32: case OPT_U64:
		a->src_opt = opt;
		a->src = arg;
		a->nsrc++;
		break;
	case OPT_SIZE_U8: case OPT_SIZE_U16: case OPT_SIZE_U32: case OPT_SIZE_U64:
		size = 1U << (opt - OPT_SIZE_U8);
		if (a->int_size && a->int_size != size)
			return usage_error("give one of --u8, --u16, --u32 and --u64");
		a->int_size = size;
		break;
	}
	return -1;
}

int parse_args(const struct command *cmd, int argc, char **argv, struct args *a)
{
	struct option opts[MAX_OPTIONS];
	int opt, ret, limit;

	memset(a, 0, sizeof(*a));
	a->target.kallsyms = KALLSYMS_PATH;
	a->pos = calloc((size_t)argc, sizeof(*a->pos));
	if (!a->pos) {
		msg("out of memory");
		return 1;
	}
	command_options(cmd, opts);
	opterr = 0;
	/* "-" first: options may follow the operands even if POSIXLY_CORRECT. */
	while ((opt = getopt_long(argc, argv, "-:hk", opts, NULL)) != -1) {
		if (opt == ':' || opt == '?')
			return unknown_option(argv, opt);
		ret = take_option(cmd, a, opt, optarg);
		if (ret >= 0)
			return ret;
	}
	while (optind < argc) {		/* after "--" */
		ret = add_operand(cmd, a, argv[optind++]);
		if (ret >= 0)
			return ret;
	}
	/* Without the PID, the operands are one fewer. */
	limit = cmd->operands + !a->target.kernel;
	if (cmd->operands >= 0 && a->npos > limit)
		return usage_error("too many arguments to %s: '%s'", cmd->name, a->pos[limit]);
	a->addr_pos = a->target.kernel ? 0 : 1;
	return -1;
}

int parse_target(struct args *a)
{
	return a->target.kernel ? 0 : parse_pid(a->pos[0], &a->target.pid);
}

void args_free(struct args *a)
{
	target_close(&a->target);
	free(a->pos);
	a->pos = NULL;
}

/* ---- data: write, fill and search ---------------------------------------- */

/*
 * Check the options of write, fill or search against @cmd and that @nfixed
 * operands (ADDR, or ADDR LEN) come before the data.  Returns -1 to go on.
 */
static int check_data_args(const struct command *cmd, struct args *a, int nfixed)
{
	/* write takes data; fill and search, after ADDR LEN, a pattern. */
	bool is_write = nfixed == 1;
	const char *what = is_write ? "data" : "pattern";
	int nhex;

	/* All three accept each other's options, to say whose they are. */
	if (a->text && !(cmd->args & ARGS_TEXT))
		return usage_error("--text is an option of write, not of %s", cmd->name);
	if ((a->writable || a->all) && !(cmd->args & ARGS_SEARCH))
		return usage_error("--%s is an option of search, not of %s",
				   a->writable ? "writable" : "all", cmd->name);
	if (a->save && !(cmd->args & ARGS_SAVE))
		return usage_error("--save is an option of write and fill, not of %s", cmd->name);
	if (a->text && !a->target.kernel)
		return usage_error("--text patches kernel text: it needs -k");
	if (a->npos < a->addr_pos + nfixed)
		return usage_error("%s%s needs %s%s and the %s", cmd->name,
				   a->target.kernel ? " -k" : "", a->target.kernel ? "" : "PID ",
				   nfixed == 1 ? "ADDR" : "ADDR LEN", what);
	nhex = a->npos > a->addr_pos + nfixed;
	if (a->nsrc + nhex > 1)
		return usage_error("give the %s once: HEXBYTES, --string, --string0, --file or --u8..--u64",
				   what);
	if (a->nsrc + nhex == 0)
		return usage_error("%s: give HEXBYTES, --string, --string0, --file or --u8..--u64",
				   is_write ? "nothing to write" : "no pattern");
	return -1;
}

int parse_data_args(const struct command *cmd, int argc, char **argv, struct args *a,
		    int nfixed)
{
	int ret = parse_args(cmd, argc, argv, a);

	if (ret < 0)
		ret = check_data_args(cmd, a, nfixed);
	if (ret >= 0)
		return ret;
	ret = parse_target(a);
	return ret ? ret : -1;
}

int load_data(const struct args *a, int nfixed, struct bytes *data)
{
	switch (a->src_opt) {
	case 0:
		return parse_hex(a->pos + a->addr_pos + nfixed, a->npos - a->addr_pos - nfixed,
				 data);
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
		return parse_int_value(a->src, 1U << (a->src_opt - OPT_U8), data);
	}
}

int run_pattern_command(const struct command *cmd, int argc, char **argv, pattern_fn *fn)
{
	struct bytes pat = { NULL, 0 };
	struct args a;
	struct target *tg = &a.target;
	uint64_t addr, len;
	int ret;

	ret = parse_data_args(cmd, argc, argv, &a, 2);
	if (ret >= 0)
		goto out;
	ret = parse_arg("length", a.pos[a.addr_pos + 1], 1, UINT64_MAX, &len);
	if (!ret)
		ret = load_data(&a, 2, &pat);
	if (!ret && pat.len == 0)
		ret = usage_error("the pattern is empty");
	if (!ret)
		ret = parse_addr(tg, a.pos[a.addr_pos], &addr);
	if (!ret)
		ret = check_range(addr, len);
	if (!ret)
		ret = fn(tg, &a, addr, len, &pat);
out:
	free(pat.p);
	args_free(&a);
	return ret;
}
