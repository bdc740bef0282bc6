// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite gdbserver: gdb (or lldb) reads and writes a running process or
 * the running kernel through one vmwrite session, with its own symbols and
 * types.  The target is never stopped: there are no breakpoints (Z answers
 * an error, so gdb does not write int3 itself), no stepping, and no
 * registers but a nominal PC; "continue" waits for ^C.  What gdb needs to
 * find symbols (the executable, auxv, the libraries; the KASLR offset and
 * the modules) is in gdb_objects.c, the files in gdb_vfile.c.
 *
 * One connection: standard input and output by default, for
 *   gdb -ex 'target remote | vmwrite gdbserver PID' PROGRAM
 * or a unix socket (0600).  TCP lets anyone who can connect write with the
 * server's privileges: it needs --allow-tcp, and for the kernel
 * --allow-tcp-kernel too.
 */

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "gdbserver.h"
#include "symbols.h"

/* Registers gdb's amd64 layout puts before the PC: rax..r15, 8 bytes each. */
#define REGS_BEFORE_PC		16

/* The one thread the debugger sees: the process, or "1" for the kernel. */
#define KERNEL_THREAD		1

struct server {
	struct rsp conn;
	struct gdb_target gt;
	bool done;
};

void gdbserver_msg(const char *fmt, ...)
{
	va_list ap;

	fputs("vmwrite gdbserver: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static unsigned long thread_id(const struct server *s)
{
	return s->gt.kernel ? KERNEL_THREAD : (unsigned long)s->gt.pid;
}

/* A stop reply: the target is where it was, nothing ran under gdb's control. */
static int stop_reply(struct server *s, int sig)
{
	rsp_begin(&s->conn);
	rsp_printf(&s->conn, "T%02xthread:%lx;", sig, thread_id(s));
	return rsp_send(&s->conn);
}

/* ---- memory -------------------------------------------------------------- */

/* "ADDR,LEN" then @sep: the numbers, and where what follows starts. */
static int parse_range(const char *p, char sep, uint64_t *addr, uint64_t *len, const char **rest)
{
	if (hex_number(&p, addr) || *p++ != ',' || hex_number(&p, len) || *p != sep)
		return -EINVAL;
	if (*len && *addr + (*len - 1) < *addr)
		return -EINVAL;
	*rest = p + (sep ? 1 : 0);
	return 0;
}

/* m: what could be read, from the start; an error only if nothing could. */
static int read_memory(struct server *s, const char *p)
{
	static unsigned char buf[RSP_PACKET_SIZE / 2];
	uint64_t addr, len;
	size_t done = 0;
	int err;

	if (parse_range(p, '\0', &addr, &len, &p))
		return rsp_error(&s->conn, EINVAL);
	if (len > sizeof(buf))
		len = sizeof(buf);	/* a short read: gdb asks for the rest */
	err = vmw_read(s->gt.tg->t, addr, buf, (size_t)len, &done);
	if (err)
		return rsp_error(&s->conn, -err);
	rsp_begin(&s->conn);
	rsp_hex(&s->conn, buf, done);
	return rsp_send(&s->conn);
}

/*
 * M and X: OK only if every byte was written.  A write that stops early is
 * retried from where it stopped, to learn why: the bytes before stay
 * written, and the reply is the error of the first byte that was not.
 */
static int write_memory(struct server *s, uint64_t addr, const unsigned char *data, size_t len)
{
	size_t off = 0, done;
	int err = 0;

	while (off < len) {
		done = 0;
		err = vmw_write_flags(s->gt.tg->t, addr + off, data + off, len - off,
				      s->gt.write_flags, &done);
		if (err)
			break;
		if (!done) {
			err = -EPROTO;
			break;
		}
		off += done;
	}
	if (off < len) {
		if (off)
			gdbserver_msg("write at 0x%" PRIx64 ": %zu of %zu bytes written, then: %s",
				      addr, off, len, strerror(-err));
		return rsp_error(&s->conn, -err);
	}
	return rsp_reply(&s->conn, "OK");
}

static int write_hex(struct server *s, const char *p)
{
	static unsigned char buf[RSP_PACKET_SIZE / 2];
	uint64_t addr, len;

	if (parse_range(p, ':', &addr, &len, &p) || len > sizeof(buf) || strlen(p) != 2 * len ||
	    hex_decode(p, (size_t)len, buf))
		return rsp_error(&s->conn, EINVAL);
	return write_memory(s, addr, buf, (size_t)len);
}

static int write_binary(struct server *s)
{
	char *colon = memchr(s->conn.pkt, ':', s->conn.len), *data;
	uint64_t addr, len;
	const char *rest;
	ssize_t n;

	/* ADDR,LEN is text: no NUL before the binary data. */
	if (!colon || memchr(s->conn.pkt, '\0', (size_t)(colon - s->conn.pkt)))
		return rsp_error(&s->conn, EINVAL);
	*colon = '\0';
	data = colon + 1;
	if (parse_range(s->conn.pkt + 1, '\0', &addr, &len, &rest))
		return rsp_error(&s->conn, EINVAL);
	n = binary_decode(data, s->conn.len - (size_t)(data - s->conn.pkt));
	if (n < 0 || (uint64_t)n != len)
		return rsp_error(&s->conn, EINVAL);
	if (!len)
		return rsp_reply(&s->conn, "OK");	/* gdb's probe for X */
	return write_memory(s, addr, (unsigned char *)data, (size_t)len);
}

/* ---- registers ----------------------------------------------------------- */

/* Every register unavailable ('x') up to the PC, which gdb needs to connect. */
static int read_registers(struct server *s)
{
	uint64_t pc = gdb_pc(&s->gt);
	unsigned char le[8];
	int i;

	rsp_begin(&s->conn);
	for (i = 0; i < REGS_BEFORE_PC; i++)
		rsp_puts(&s->conn, "xxxxxxxxxxxxxxxx");
	for (i = 0; i < 8; i++)
		le[i] = (unsigned char)(pc >> (8 * i));
	rsp_hex(&s->conn, le, sizeof(le));
	return rsp_send(&s->conn);
}

/* ---- queries ------------------------------------------------------------- */

static int supported(struct server *s)
{
	rsp_begin(&s->conn);
	rsp_printf(&s->conn, "PacketSize=%x;QStartNoAckMode+", RSP_PACKET_SIZE);
	gdb_announce_objects(&s->gt, &s->conn);
	return rsp_send(&s->conn);
}

/* qXfer:OBJECT:read:ANNEX:OFFSET,LENGTH */
static int xfer(struct server *s, char *p)
{
	char *object = p, *op, *annex, *range;
	uint64_t offset, len;
	const char *rest, *data;
	size_t avail, put;
	int err;

	op = strchr(object, ':');
	if (!op)
		return rsp_reply(&s->conn, "");
	*op++ = '\0';
	annex = strchr(op, ':');
	if (!annex || strncmp(op, "read:", 5))
		return rsp_reply(&s->conn, "");	/* writes of objects: unsupported */
	annex++;
	range = strchr(annex, ':');
	if (!range)
		return rsp_error(&s->conn, EINVAL);
	*range++ = '\0';
	if (parse_range(range, '\0', &offset, &len, &rest))
		return rsp_error(&s->conn, EINVAL);
	err = gdb_object(&s->gt, object, annex, offset, &data, &avail);
	if (err == -ENOENT && !strcmp(object, "features"))
		return rsp_error(&s->conn, ENOENT);
	if (err == -ENOENT)
		return rsp_reply(&s->conn, "");
	if (err)
		return rsp_error(&s->conn, -err);
	rsp_begin(&s->conn);
	rsp_puts(&s->conn, "m");
	put = rsp_binary(&s->conn, data, avail < len ? avail : (size_t)len);
	/* 'l': this is the last part of the object. */
	if (put == avail && !s->conn.out_nomem)
		s->conn.out_buf[1] = 'l';
	return rsp_send(&s->conn);
}

/* monitor COMMAND, as qRcmd,HEX: its output in O packets, then OK. */
static void console(struct server *s, const char *text, size_t len)
{
	size_t chunk;

	while (len) {
		chunk = len < RSP_PACKET_SIZE / 2 - 1 ? len : RSP_PACKET_SIZE / 2 - 1;
		rsp_begin(&s->conn);
		rsp_puts(&s->conn, "O");
		rsp_hex(&s->conn, text, chunk);
		rsp_send(&s->conn);
		text += chunk;
		len -= chunk;
	}
}

static const char monitor_help[] =
"vmwrite gdbserver monitor commands:\n"
"  monitor help      this list\n"
"  monitor modules   -k: add-symbol-file commands for the loaded modules\n"
"  monitor offsets   -k: the KASLR offset that qOffsets reports\n";

static int monitor(struct server *s, const char *hex)
{
	char cmd[64], line[128], *out = NULL;
	size_t n = strlen(hex) / 2, len;
	uint64_t off;
	int err;

	if (strlen(hex) % 2 || n >= sizeof(cmd) || hex_decode(hex, n, (unsigned char *)cmd))
		return rsp_error(&s->conn, EINVAL);
	cmd[n] = '\0';
	if (!strcmp(cmd, "help") || !n) {
		console(s, monitor_help, strlen(monitor_help));
	} else if (!strcmp(cmd, "modules") && s->gt.kernel) {
		err = gdb_module_commands(&s->gt, &out, &len);
		if (err)
			return rsp_error(&s->conn, -err);
		console(s, out, len);
		free(out);
	} else if (!strcmp(cmd, "offsets") && s->gt.kernel) {
		err = gdb_kaslr_offset(&s->gt, &off);
		if (err)
			return rsp_error(&s->conn, -err);
		len = (size_t)snprintf(line, sizeof(line), "KASLR offset 0x%" PRIx64 "\n", off);
		console(s, line, len);
	} else {
		len = (size_t)snprintf(line, sizeof(line),
				       "unknown monitor command '%.60s': try 'monitor help'\n", cmd);
		console(s, line, len);
	}
	return rsp_reply(&s->conn, "OK");
}

/*
 * qOffsets: TextSeg is the address of vmlinux's first segment, which starts
 * at _text; gdb moves the other segments by as much (the per-CPU one too,
 * which is wrong either way: it is linked at 0).
 */
static int offsets(struct server *s)
{
	uint64_t text;

	if (!s->gt.kernel)
		return rsp_reply(&s->conn, "");	/* gdb relocates by auxv */
	text = gdb_kernel_text(&s->gt);
	if (!text)
		return rsp_error(&s->conn, ENOENT);
	rsp_begin(&s->conn);
	rsp_printf(&s->conn, "TextSeg=%" PRIx64, text);
	return rsp_send(&s->conn);
}

static int query(struct server *s, char *p)
{
	if (!strncmp(p, "qSupported", 10))
		return supported(s);
	if (!strncmp(p, "qXfer:", 6))
		return xfer(s, p + 6);
	if (!strcmp(p, "qAttached") || !strncmp(p, "qAttached:", 10))
		return rsp_reply(&s->conn, "1");	/* quitting detaches */
	if (!strcmp(p, "qC")) {
		rsp_begin(&s->conn);
		rsp_printf(&s->conn, "QC%lx", thread_id(s));
		return rsp_send(&s->conn);
	}
	if (!strcmp(p, "qfThreadInfo")) {
		rsp_begin(&s->conn);
		rsp_printf(&s->conn, "m%lx", thread_id(s));
		return rsp_send(&s->conn);
	}
	if (!strcmp(p, "qsThreadInfo"))
		return rsp_reply(&s->conn, "l");
	if (!strcmp(p, "qOffsets"))
		return offsets(s);
	if (!strncmp(p, "qRcmd,", 6))
		return monitor(s, p + 6);
	if (!strncmp(p, "qSymbol:", 8))
		return rsp_reply(&s->conn, "OK");
	return rsp_reply(&s->conn, "");
}

/* ---- running ------------------------------------------------------------- */

/* c, vCont;c: nothing is resumed; wait for the debugger's ^C. */
static int wait_interrupt(struct server *s)
{
	enum rsp_event ev;

	for (;;) {
		ev = rsp_next(&s->conn);
		if (ev == RSP_INTERRUPT)
			return stop_reply(s, SIGINT);
		if (ev == RSP_IOERR)
			return 1;
		if (ev == RSP_EOF) {
			s->done = true;
			return 0;
		}
		/* All-stop: nothing but ^C is due while "running". */
		gdbserver_msg("packet '%.20s' while waiting for ^C: ignored", s->conn.pkt);
	}
}

/* vCont;ACTION[:THREAD]...: continuing only; any step is refused. */
static int vcont(struct server *s, const char *p)
{
	for (; *p == ';'; p = strchrnul(p + 1, ';')) {
		if (p[1] != 'c' && p[1] != 'C')
			return rsp_error(&s->conn, EPERM);
	}
	return wait_interrupt(s);
}

static int vpacket(struct server *s, char *p)
{
	if (!strncmp(p, "vFile:", 6))
		return gdb_vfile(&s->gt, &s->conn, p + 6, s->conn.len - 6);
	if (!strncmp(p, "vCont;", 6))
		return vcont(s, p + 5);
	if (!strncmp(p, "vKill", 5)) {
		/* The target is not ours to kill: the session ends, it runs on. */
		s->done = true;
		return rsp_reply(&s->conn, "OK");
	}
	if (!strncmp(p, "vAttach;", 8) || !strncmp(p, "vRun;", 5))
		return rsp_error(&s->conn, EPERM);
	return rsp_reply(&s->conn, "");
}

static int handle(struct server *s)
{
	char *p = s->conn.pkt;

	/*
	 * Only X (and vFile:pwrite, refused anyway) carries binary data: a
	 * NUL in any other packet makes it malformed, not shorter.
	 */
	if (p[0] != 'X' && strncmp(p, "vFile:pwrite:", 13) && strlen(p) != s->conn.len)
		return rsp_error(&s->conn, EINVAL);
	switch (p[0]) {
	case '?':
		return stop_reply(s, 0);
	case 'q':
		return query(s, p);
	case 'Q':
		if (!strcmp(p, "QStartNoAckMode")) {
			rsp_reply(&s->conn, "OK");
			s->conn.noack = true;
			return 0;
		}
		return rsp_reply(&s->conn, "");
	case 'H':
		return rsp_reply(&s->conn, "OK");
	case 'T':
		return rsp_reply(&s->conn, "OK");
	case 'g':
		return read_registers(s);
	case 'G':
	case 'P':
		return rsp_error(&s->conn, EPERM);	/* no register can change */
	case 'm':
		return read_memory(s, p + 1);
	case 'M':
		return write_hex(s, p + 1);
	case 'X':
		return write_binary(s);
	case 'Z':
	case 'z':
		/* An error, not "unsupported": gdb would then write int3 itself. */
		return rsp_error(&s->conn, EPERM);
	case 'c':
	case 'C':
		return wait_interrupt(s);
	case 's':
	case 'S':
		return rsp_error(&s->conn, EPERM);
	case 'v':
		return vpacket(s, p);
	case 'D':
		s->done = true;
		return rsp_reply(&s->conn, "OK");
	case 'k':
		s->done = true;		/* no reply: the target is not killed */
		return 0;
	default:
		return rsp_reply(&s->conn, "");
	}
}

static int serve(struct server *s)
{
	enum rsp_event ev;

	while (!s->done) {
		ev = rsp_next(&s->conn);
		switch (ev) {
		case RSP_PACKET:
			if (handle(s))
				return 1;
			break;
		case RSP_INTERRUPT:
			/* ^C while "stopped": say so again. */
			stop_reply(s, SIGINT);
			break;
		case RSP_EOF:
			return 0;
		case RSP_IOERR:
			return 1;
		}
	}
	return 0;
}

/* ---- the connection ------------------------------------------------------ */

struct listen_opts {
	const char *spec;		/* unix:PATH, tcp:ADDR:PORT */
	bool allow_tcp, allow_tcp_kernel;
};

static int listen_unix(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	mode_t old;
	int fd, ret;

	if (strlen(path) >= sizeof(sa.sun_path)) {
		msg("gdbserver: unix socket path too long (%zu bytes at most): '%s'",
		    sizeof(sa.sun_path) - 1, path);
		return -1;
	}
	strcpy(sa.sun_path, path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		msg("gdbserver: socket: %s", strerror(errno));
		return -1;
	}
	old = umask(0177);	/* 0600: the server's user alone may connect */
	ret = bind(fd, (struct sockaddr *)&sa, sizeof(sa));
	umask(old);
	if (ret || listen(fd, 1)) {
		msg("gdbserver: cannot listen on unix:%s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

/* tcp:ADDR:PORT, numeric (no name lookups): 0, or EXIT_USAGE having said why. */
static int parse_tcp(const char *spec, struct sockaddr_storage *ss, socklen_t *len)
{
	struct sockaddr_in *in = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
	const char *port = strrchr(spec, ':');
	uint64_t portno;
	char host[64];
	size_t hlen;

	if (!port || parse_u64(port + 1, &portno) || !portno || portno > 65535)
		return usage_error("--listen tcp:ADDR:PORT wants a numeric port: '%s'", spec);
	hlen = (size_t)(port - spec);
	if (hlen >= sizeof(host))
		return usage_error("--listen: address too long: '%s'", spec);
	memcpy(host, spec, hlen);
	host[hlen] = '\0';
	memset(ss, 0, sizeof(*ss));
	if (inet_pton(AF_INET, host, &in->sin_addr) == 1) {
		in->sin_family = AF_INET;
		in->sin_port = htons((uint16_t)portno);
		*len = sizeof(*in);
		return 0;
	}
	if (hlen > 2 && host[0] == '[' && host[hlen - 1] == ']') {
		host[hlen - 1] = '\0';
		if (inet_pton(AF_INET6, host + 1, &in6->sin6_addr) == 1) {
			in6->sin6_family = AF_INET6;
			in6->sin6_port = htons((uint16_t)portno);
			*len = sizeof(*in6);
			return 0;
		}
	}
	return usage_error("--listen tcp:ADDR:PORT wants a numeric address (127.0.0.1, [::1]): '%s'",
			   spec);
}

static int listen_tcp(const char *spec, const struct sockaddr_storage *ss, socklen_t len)
{
	int fd, one = 1;

	fd = socket(ss->ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		msg("gdbserver: socket: %s", strerror(errno));
		return -1;
	}
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, (const struct sockaddr *)ss, len) || listen(fd, 1)) {
		msg("gdbserver: cannot listen on tcp:%s: %s", spec, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

/* What --listen asks, checked before anything opens.  0, or EXIT_USAGE having said why. */
static int check_listen(const struct listen_opts *l, bool kernel, struct sockaddr_storage *ss,
			socklen_t *len)
{
	if (!l->spec || !strncmp(l->spec, "unix:", 5))
		return 0;
	if (strncmp(l->spec, "tcp:", 4))
		return usage_error("--listen wants unix:PATH or tcp:ADDR:PORT, not '%s'", l->spec);
	if (!l->allow_tcp)
		return usage_error("--listen tcp: lets anyone who can connect write %s with this "
				   "server's privileges: add --allow-tcp if that is meant",
				   kernel ? "the kernel" : "the process");
	if (kernel && !l->allow_tcp_kernel)
		return usage_error("--listen tcp: with -k hands kernel memory to anyone who can "
				   "connect: add --allow-tcp-kernel too if that is meant");
	return parse_tcp(l->spec + 4, ss, len);
}

/* The listening socket of @l, checked by check_listen(), or -1 having said why. */
static int open_listener(const struct listen_opts *l, bool kernel)
{
	struct sockaddr_storage ss;
	socklen_t len = 0;

	if (!strncmp(l->spec, "unix:", 5))
		return listen_unix(l->spec + 5);
	check_listen(l, kernel, &ss, &len);
	gdbserver_msg("WARNING: anyone who can connect to %s reads and writes %s with this "
		      "server's privileges", l->spec + 4, kernel ? "the kernel" : "the process");
	return listen_tcp(l->spec + 4, &ss, len);
}

static void banner(const struct gdb_target *gt, const char *where)
{
	char what[64];

	if (gt->kernel)
		snprintf(what, sizeof(what), "the running kernel%s",
			 gt->write_flags & VMW_WRITE_TEXT ? " (text writable)" : "");
	else
		snprintf(what, sizeof(what), "process %d", (int)gt->pid);
	gdbserver_msg("serving %s on %s. The target is never stopped: no breakpoints, no "
		      "stepping, no registers (the PC shown is nominal); quitting detaches.",
		      what, where);
}

static int run_server(struct gdb_target *gt, const struct listen_opts *l)
{
	struct server s = { .gt = *gt };
	int lfd = -1, fd, ret;

	if (l->spec) {
		lfd = open_listener(l, gt->kernel);
		if (lfd < 0)
			return 1;
		banner(gt, l->spec);
		do
			fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
		while (fd < 0 && errno == EINTR);
		if (!strncmp(l->spec, "unix:", 5))
			unlink(l->spec + 5);
		close(lfd);
		if (fd < 0) {
			msg("gdbserver: accept: %s", strerror(errno));
			return 1;
		}
		rsp_init(&s.conn, fd, fd);
	} else {
		banner(gt, "standard input/output");
		rsp_init(&s.conn, STDIN_FILENO, STDOUT_FILENO);
		fd = -1;
	}
	/* A debugger that went away is seen as EOF or EPIPE, not as a signal. */
	signal(SIGPIPE, SIG_IGN);
	ret = serve(&s);
	rsp_free(&s.conn);
	if (fd >= 0)
		close(fd);
	*gt = s.gt;
	return ret;
}

enum {
	OPT_TEXT = 0x100,
	OPT_LISTEN,
	OPT_ALLOW_TCP,
	OPT_ALLOW_TCP_KERNEL,
	OPT_MODULES_DIR,
};

static const struct option gdb_options[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "text", no_argument, NULL, OPT_TEXT },
	{ "listen", required_argument, NULL, OPT_LISTEN },
	{ "allow-tcp", no_argument, NULL, OPT_ALLOW_TCP },
	{ "allow-tcp-kernel", no_argument, NULL, OPT_ALLOW_TCP_KERNEL },
	{ "modules-dir", required_argument, NULL, OPT_MODULES_DIR },
	{ NULL, 0, NULL, 0 },
};

static int gdbserver_main(const struct command *cmd, int argc, char **argv)
{
	struct target tg = { .kallsyms = KALLSYMS_PATH };
	struct gdb_target gt = { .tg = &tg };
	struct listen_opts l = { NULL, false, false };
	struct sockaddr_storage ss;
	socklen_t sslen = 0;
	const char **dirs;
	const char *pid = NULL;
	bool text = false;
	int opt, ret;

	dirs = calloc((size_t)argc, sizeof(*dirs));
	if (!dirs) {
		msg("out of memory");
		return 1;
	}
	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "-:hk", gdb_options, NULL)) != -1) {
		switch (opt) {
		case 'h':
			free(dirs);
			return print_command_help(cmd);
		case 'k':
			tg.kernel = true;
			break;
		case OPT_TEXT:
			text = true;
			break;
		case OPT_LISTEN:
			l.spec = optarg;
			break;
		case OPT_ALLOW_TCP:
			l.allow_tcp = true;
			break;
		case OPT_ALLOW_TCP_KERNEL:
			l.allow_tcp_kernel = true;
			break;
		case OPT_MODULES_DIR:
			dirs[gt.nmodule_dirs++] = optarg;
			break;
		case 1:
			if (pid) {
				ret = usage_error("too many arguments to gdbserver: '%s'", optarg);
				goto out;
			}
			pid = optarg;
			break;
		default:
			ret = usage_error("gdbserver: unknown option '%s'", argv[optind - 1]);
			goto out;
		}
	}
	ret = EXIT_USAGE;
	if (tg.kernel == !!pid) {
		ret = usage_error(pid ? "gdbserver takes PID or -k, not both" :
				  "gdbserver needs PID or -k");
		goto out;
	}
	if (text && !tg.kernel) {
		ret = usage_error("--text is for -k: process memory needs no flag to be written");
		goto out;
	}
	if (gt.nmodule_dirs && !tg.kernel) {
		ret = usage_error("--modules-dir is for -k");
		goto out;
	}
	if (!tg.kernel) {
		ret = parse_pid(pid, &tg.pid);
		if (ret)
			goto out;
	}
	ret = check_listen(&l, tg.kernel, &ss, &sslen);
	if (ret)
		goto out;
	gt.kernel = tg.kernel;
	gt.pid = tg.pid;
	gt.write_flags = text ? VMW_WRITE_TEXT : 0;
	gt.module_dirs = dirs;
	gdb_vfile_init(&gt);
	ret = target_open(&tg);
	if (!ret)
		ret = run_server(&gt, &l);
	gdb_vfile_close_all(&gt);
	gdb_target_free(&gt);
	target_close(&tg);
out:
	free(dirs);
	return ret;
}

const struct command gdbserver_command = {
	.name = "gdbserver",
	.run = gdbserver_main,
	.synopsis =
"vmwrite gdbserver PID|-k [--text] [--modules-dir DIR]... [--listen unix:PATH]\n"
"vmwrite gdbserver PID|-k --listen tcp:ADDR:PORT --allow-tcp [--allow-tcp-kernel]",
	.summary = "Serve gdb or lldb (remote protocol): symbols and types on live memory.",
	.help =
"gdbserver     a GDB remote protocol server on standard input and output:\n"
"                gdb -ex 'target remote | vmwrite gdbserver PID' PROGRAM\n"
"                gdb -ex 'target remote | vmwrite gdbserver -k' vmlinux\n"
"              The target is never stopped: no breakpoints, no stepping, no\n"
"              registers; quitting the debugger detaches\n"
"  --listen unix:PATH  a unix socket instead (mode 0600), one connection\n"
"  --listen tcp:ADDR:PORT  TCP: anyone who can connect writes with this\n"
"              server's privileges; needs --allow-tcp, and with -k also\n"
"              --allow-tcp-kernel\n"
"  --text      with -k: gdb may patch kernel text, as write -k --text\n"
"  --modules-dir DIR  with -k: where the modules' .ko files are (also\n"
"              searched: /usr/lib/debug/lib/modules/RELEASE, /lib/modules)\n",
	.takes_addr = false,
	.args = 0,
	.operands = -1,
};
