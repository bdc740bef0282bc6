// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * What the vmwrite tool prints: messages on stderr, the hexdump and integer
 * dumps of read, and the number formats the commands share.
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
