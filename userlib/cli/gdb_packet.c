// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The framing of the GDB Remote Serial Protocol: "$data#cs" with a
 * checksum of two hex digits, '+' and '-' acknowledgements until
 * QStartNoAckMode, '}' escapes in binary data, and ^C as an interrupt.
 * Packets from the debugger are never run-length encoded; replies here
 * never are either.
 *
 * A packet that cannot be taken is dropped whole and said so on stderr:
 * the server never acts on part of one.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gdbserver.h"

#define RSP_INTERRUPT_BYTE	0x03
#define RSP_ESCAPE		'}'

static const char hexdigits[] = "0123456789abcdef";

void rsp_init(struct rsp *c, int in, int out)
{
	memset(c, 0, sizeof(*c));
	c->in = in;
	c->out = out;
}

void rsp_free(struct rsp *c)
{
	free(c->out_buf);
	c->out_buf = NULL;
}

/* ---- input --------------------------------------------------------------- */

int rsp_wait(struct rsp *c, int ms)
{
	struct pollfd pfd = { .fd = c->in, .events = POLLIN };
	int n;

	if (c->ipos < c->ilen)
		return 1;
	do
		n = poll(&pfd, 1, ms);
	while (n < 0 && errno == EINTR);
	return n < 0 ? -errno : n > 0;
}

/* The next byte, or -1 at the end of input (errno 0) or on error. */
static int next_byte(struct rsp *c)
{
	ssize_t n;

	if (c->ipos == c->ilen) {
		do
			n = read(c->in, c->ibuf, sizeof(c->ibuf));
		while (n < 0 && errno == EINTR);
		if (n <= 0) {
			if (n == 0)
				errno = 0;
			return -1;
		}
		c->ipos = 0;
		c->ilen = (size_t)n;
	}
	return c->ibuf[c->ipos++];
}

static void write_all(struct rsp *c, const char *p, size_t n)
{
	ssize_t w;

	while (n) {
		w = write(c->out, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;		/* the next read sees the connection gone */
		p += w;
		n -= (size_t)w;
	}
}

static enum rsp_event input_ended(const char *where)
{
	if (!errno) {
		if (where)
			gdbserver_msg("the connection closed %s", where);
		return RSP_EOF;
	}
	gdbserver_msg("cannot read the connection: %s", strerror(errno));
	return RSP_IOERR;
}

/* After '$': the data, '#' and the checksum. */
static enum rsp_event read_packet(struct rsp *c, bool *take)
{
	unsigned int sum = 0, want;
	size_t n = 0;
	int ch, hi, lo;

	for (;;) {
		ch = next_byte(c);
		if (ch < 0)
			return input_ended("in the middle of a packet");
		if (ch == '#')
			break;
		sum += (unsigned int)ch;
		if (n < RSP_PACKET_SIZE)
			c->pkt[n] = (char)ch;
		n++;
	}
	hi = next_byte(c);
	lo = hi < 0 ? -1 : next_byte(c);
	if (lo < 0)
		return input_ended("in the middle of a packet's checksum");
	c->len = n < RSP_PACKET_SIZE ? n : RSP_PACKET_SIZE;
	c->pkt[c->len] = '\0';
	*take = false;
	if (hex_digit(hi) < 0 || hex_digit(lo) < 0) {
		gdbserver_msg("packet dropped: its checksum '%c%c' is not two hex digits", hi, lo);
	} else if ((want = (unsigned int)(hex_digit(hi) << 4 | hex_digit(lo))) != (sum & 0xff)) {
		gdbserver_msg("packet dropped: checksum %02x, but its data sums to %02x",
			      want, sum & 0xff);
	} else if (n > RSP_PACKET_SIZE) {
		/* Intact but too long: taken, and refused. */
		if (!c->noack)
			write_all(c, "+", 1);
		gdbserver_msg("packet refused: %zu bytes, longer than PacketSize (%d)",
			      n, RSP_PACKET_SIZE);
		rsp_error(c, E2BIG);
		return RSP_PACKET;
	} else {
		if (!c->noack)
			write_all(c, "+", 1);
		*take = true;
		return RSP_PACKET;
	}
	if (!c->noack)
		write_all(c, "-", 1);
	return RSP_PACKET;
}

enum rsp_event rsp_next(struct rsp *c)
{
	enum rsp_event ev;
	bool take;
	int ch;

	for (;;) {
		ch = next_byte(c);
		if (ch < 0)
			return input_ended(NULL);
		switch (ch) {
		case '$':
			ev = read_packet(c, &take);
			if (ev != RSP_PACKET || take)
				return ev;
			break;
		case RSP_INTERRUPT_BYTE:
			return RSP_INTERRUPT;
		case '-':
			/* The debugger did not get the last reply intact. */
			if (!c->noack && c->out_len)
				write_all(c, c->out_buf, c->out_len);
			break;
		default:
			/* '+', and noise between packets. */
			break;
		}
	}
}

int hex_decode(const char *s, size_t n, unsigned char *out)
{
	size_t i;
	int hi, lo;

	for (i = 0; i < n; i++) {
		hi = hex_digit(s[2 * i]);
		lo = hi < 0 ? -1 : hex_digit(s[2 * i + 1]);
		if (lo < 0)
			return -EINVAL;
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return 0;
}

ssize_t binary_decode(char *p, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (p[i] != RSP_ESCAPE) {
			p[o++] = p[i];
			continue;
		}
		if (++i == n)
			return -EINVAL;
		p[o++] = (char)(p[i] ^ 0x20);
	}
	return (ssize_t)o;
}

int hex_number(const char **s, uint64_t *v)
{
	const char *p = *s;
	uint64_t x = 0;
	int d;

	if (hex_digit(*p) < 0)
		return -EINVAL;
	for (; (d = hex_digit(*p)) >= 0; p++) {
		if (x >> 60)
			return -ERANGE;
		x = x << 4 | (uint64_t)d;
	}
	*s = p;
	*v = x;
	return 0;
}

/* ---- output -------------------------------------------------------------- */

/* Room for @n more bytes in the reply, and the '#' and checksum after it. */
static bool reserve(struct rsp *c, size_t n)
{
	size_t want = c->out_len + n + 3;
	char *p;

	if (c->out_nomem)
		return false;
	if (want <= c->out_cap)
		return true;
	p = realloc(c->out_buf, want * 2);
	if (!p) {
		c->out_nomem = true;
		return false;
	}
	c->out_buf = p;
	c->out_cap = want * 2;
	return true;
}

void rsp_begin(struct rsp *c)
{
	c->out_len = 0;
	c->out_nomem = false;
	if (reserve(c, 1))
		c->out_buf[c->out_len++] = '$';
}

static void put(struct rsp *c, const void *p, size_t n)
{
	if (!reserve(c, n))
		return;
	memcpy(c->out_buf + c->out_len, p, n);
	c->out_len += n;
}

void rsp_puts(struct rsp *c, const char *s)
{
	put(c, s, strlen(s));
}

void rsp_printf(struct rsp *c, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0) {
		c->out_nomem = true;
		return;
	}
	put(c, s, (size_t)n);
	free(s);
}

void rsp_hex(struct rsp *c, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	if (!reserve(c, 2 * n))
		return;
	for (i = 0; i < n; i++) {
		c->out_buf[c->out_len++] = hexdigits[b[i] >> 4];
		c->out_buf[c->out_len++] = hexdigits[b[i] & 15];
	}
}

static bool needs_escape(unsigned char b)
{
	return b == '#' || b == '$' || b == RSP_ESCAPE || b == '*';
}

size_t rsp_binary_fit(const void *p, size_t n, size_t room)
{
	const unsigned char *b = p;
	size_t i, need;

	for (i = 0; i < n; i++) {
		need = needs_escape(b[i]) ? 2 : 1;
		if (room < need)
			break;
		room -= need;
	}
	return i;
}

size_t rsp_binary(struct rsp *c, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i, room;

	/* The data of the packet so far, without its '$'. */
	room = RSP_PACKET_SIZE > c->out_len - 1 ? RSP_PACKET_SIZE - (c->out_len - 1) : 0;
	n = rsp_binary_fit(p, n, room);
	if (!reserve(c, 2 * n))
		return 0;
	for (i = 0; i < n; i++) {
		if (needs_escape(b[i])) {
			c->out_buf[c->out_len++] = RSP_ESCAPE;
			c->out_buf[c->out_len++] = (char)(b[i] ^ 0x20);
		} else {
			c->out_buf[c->out_len++] = (char)b[i];
		}
	}
	return n;
}

int rsp_send(struct rsp *c)
{
	unsigned int sum = 0;
	size_t i;

	if (c->out_nomem) {
		gdbserver_msg("out of memory for a reply: sending E0c instead");
		rsp_begin(c);
		if (c->out_nomem)
			return -ENOMEM;
		rsp_puts(c, "E0c");
	}
	for (i = 1; i < c->out_len; i++)
		sum += (unsigned char)c->out_buf[i];
	c->out_buf[c->out_len++] = '#';
	c->out_buf[c->out_len++] = hexdigits[(sum >> 4) & 15];
	c->out_buf[c->out_len++] = hexdigits[sum & 15];
	write_all(c, c->out_buf, c->out_len);
	return 0;
}

int rsp_reply(struct rsp *c, const char *s)
{
	rsp_begin(c);
	rsp_puts(c, s);
	return rsp_send(c);
}

int rsp_error(struct rsp *c, int err)
{
	rsp_begin(c);
	rsp_printf(c, "E%02x", err & 0xff);
	return rsp_send(c);
}
