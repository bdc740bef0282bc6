// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * What the vmwrite tool prints: messages on stderr, the hexdump and integer
 * dumps of read, the number formats the commands share, and strings others
 * chose (a process's command name) escaped, as text or as JSON.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "cli.h"

void msg(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);		/* keep stdout and stderr in order on a terminal */
	fputs("vmwrite: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("vmwrite: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'vmwrite --help'.\n", stderr);
	return EXIT_USAGE;
}

bool output_failed(void)
{
	if (!fflush(stdout) && !ferror(stdout))
		return false;
	msg("cannot write the output: %s", strerror(errno));
	return true;
}

const char *byte_word(uint64_t n)
{
	return n == 1 ? "byte" : "bytes";
}

int hex_digits(uint64_t v)
{
	int n = 1;

	while (v >>= 4)
		n++;
	return n;
}

const char *format_end(uint64_t end, char *buf, size_t size)
{
	if (end)
		snprintf(buf, size, "0x%" PRIx64, end);
	else
		snprintf(buf, size, "0x10000000000000000");
	return buf;
}

static bool printable(unsigned char c)
{
	return c >= 0x20 && c < 0x7f;
}

/* @s in double quotes, other bytes than printable ASCII as @byte_fmt. */
static void print_escaped(FILE *f, const char *s, const char *byte_fmt)
{
	const unsigned char *p;

	fputc('"', f);
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (printable(*p))
			fputc(*p, f);
		else
			fprintf(f, byte_fmt, *p);
	}
	fputc('"', f);
}

void print_quoted(FILE *f, const char *s)
{
	print_escaped(f, s, "\\x%02x");
}

void print_json_string(FILE *f, const char *s)
{
	/* Each byte as the code point of its value: JSON has no bytes. */
	print_escaped(f, s, "\\u%04x");
}

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
		putchar(printable(p[i]) ? p[i] : '.');
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

void dump(const struct dump *d, uint64_t addr, const unsigned char *p, size_t n)
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
