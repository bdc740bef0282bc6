// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite gdbserver at the protocol level, without a debugger: what it
 * answers to good packets, and that bad ones (checksums, lengths, escapes,
 * malformed fields, a connection cut mid-packet) are refused with a clear
 * message and write nothing.
 *
 *   test_gdbserver VMWRITE
 *
 * runs VMWRITE gdbserver on a child process of its own whose memory it
 * shares (a MAP_SHARED page followed by a hole), so that it sees every
 * byte the server writes without asking the server.  On the host VMWRITE
 * is the tool on the model (vmwrite-model); in a guest, the real tool.
 * Linked statically so that it runs in a busybox guest.
 */

#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tap.h"

#define PACKET_SIZE	0x4000		/* what the server announces */
#define TIMEOUT_MS	10000

static const char *vmwrite;
static pid_t child;
static unsigned char *page;		/* shared with the child */
static size_t pagesize;

struct server {
	pid_t pid;
	int fd;			/* our end of its stdin and stdout */
	char log[64];		/* its stderr, a file */
	bool noack;
};

/* The servers' stderr, one file each, removed at the end. */
static char logdir[] = "/tmp/test_gdbserver.XXXXXX";
static int nlogs;

static char reply[2 * PACKET_SIZE + 16];
static size_t reply_len;
static bool acked;		/* a '+' came before the reply */

/* ---- the server ---------------------------------------------------------- */

static bool start(struct server *s, const char *const *extra)
{
	const char *argv[16] = { vmwrite, "gdbserver" };
	char pid[16];
	int sv[2], logfd, n = 2;

	snprintf(pid, sizeof(pid), "%d", (int)child);
	if (!extra || strcmp(extra[0], "-k"))
		argv[n++] = pid;
	while (extra && *extra)
		argv[n++] = *extra++;
	snprintf(s->log, sizeof(s->log), "%s/%d", logdir, nlogs++);
	logfd = open(s->log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (logfd < 0 || socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
		return false;
	s->noack = false;
	s->pid = fork();
	if (s->pid == 0) {
		dup2(sv[1], 0);
		dup2(sv[1], 1);
		dup2(logfd, 2);
		execv(vmwrite, (char **)argv);
		_exit(127);
	}
	close(sv[1]);
	close(logfd);
	s->fd = sv[0];
	return s->pid > 0;
}

/* Its exit status, or -1 if it does not end within the timeout. */
static int finish(struct server *s)
{
	int status, i;

	close(s->fd);
	for (i = 0; i < TIMEOUT_MS / 10; i++) {
		if (waitpid(s->pid, &status, WNOHANG) == s->pid)
			return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
		usleep(10000);
	}
	kill(s->pid, SIGKILL);
	waitpid(s->pid, &status, 0);
	return -1;
}

/* Does the server's stderr hold @what? */
static bool logged(const struct server *s, const char *what)
{
	char buf[8192];
	ssize_t n;
	int fd = open(s->log, O_RDONLY);

	if (fd < 0)
		return false;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = '\0';
	return strstr(buf, what) != NULL;
}

static void show_log(const struct server *s)
{
	char line[512];
	FILE *f = fopen(s->log, "r");

	while (f && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		tap_diag("server: %s", line);
	}
	if (f)
		fclose(f);
}

/* ---- the wire ------------------------------------------------------------ */

static void send_raw(struct server *s, const void *p, size_t n)
{
	/* EPIPE: the '+' for a server's last reply, after it exited. */
	if (write(s->fd, p, n) != (ssize_t)n && errno != EPIPE)
		tap_diag("short write to the server: %s", strerror(errno));
}

static void send_packet(struct server *s, const void *data, size_t n)
{
	const unsigned char *d = data;
	unsigned int sum = 0;
	char tail[4];
	size_t i;

	for (i = 0; i < n; i++)
		sum += d[i];
	send_raw(s, "$", 1);
	send_raw(s, data, n);
	snprintf(tail, sizeof(tail), "#%02x", sum & 0xff);
	send_raw(s, tail, 3);
}

/* The next byte, or -1 after the timeout or at the end. */
static int get_byte(struct server *s, int ms)
{
	struct pollfd pfd = { .fd = s->fd, .events = POLLIN };
	unsigned char c;

	if (poll(&pfd, 1, ms) != 1 || read(s->fd, &c, 1) != 1)
		return -1;
	return c;
}

/* A reply packet into reply[], its checksum checked and acknowledged. */
static bool get_reply(struct server *s)
{
	unsigned int sum = 0, want;
	char cs[3] = { 0 };
	int c;

	acked = false;
	while ((c = get_byte(s, TIMEOUT_MS)) == '+')
		acked = true;
	if (c != '$')
		return false;
	reply_len = 0;
	while ((c = get_byte(s, TIMEOUT_MS)) >= 0 && c != '#') {
		if (reply_len == sizeof(reply) - 1)
			return false;
		reply[reply_len++] = (char)c;
		sum += (unsigned int)c;
	}
	reply[reply_len] = '\0';
	if (c < 0 || (c = get_byte(s, TIMEOUT_MS)) < 0)
		return false;
	cs[0] = (char)c;
	if ((c = get_byte(s, TIMEOUT_MS)) < 0)
		return false;
	cs[1] = (char)c;
	if (sscanf(cs, "%2x", &want) != 1 || want != (sum & 0xff))
		return false;
	if (!s->noack)
		send_raw(s, "+", 1);
	return true;
}

/* Send @req, expect its '+' (until no-ack mode) and a reply; true if both came. */
static bool txn(struct server *s, const char *req)
{
	send_packet(s, req, strlen(req));
	if (!s->noack && get_byte(s, TIMEOUT_MS) != '+')
		return false;
	return get_reply(s);
}

static bool reply_is(const char *want)
{
	return reply_len == strlen(want) && !memcmp(reply, want, reply_len);
}

/* Nothing more arrives within @ms. */
static bool silent(struct server *s, int ms)
{
	return get_byte(s, ms) < 0;
}

static void hex(char *out, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", b[i]);
}

static uintptr_t at(size_t off)
{
	return (uintptr_t)page + off;
}

/* Binary data of a reply after @skip bytes, its escapes undone. */
static size_t unescape(const char *p, size_t n, unsigned char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++)
		out[o++] = p[i] == '}' && i + 1 < n ? (unsigned char)(p[++i] ^ 0x20) : (unsigned char)p[i];
	return o;
}

static size_t read_file(const char *path, unsigned char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, size);

	if (fd >= 0)
		close(fd);
	return n > 0 ? (size_t)n : 0;
}

/* ---- the tests ----------------------------------------------------------- */

static void test_queries(struct server *s)
{
	char want[64];
	size_t i;
	bool ok;

	ok = txn(s, "qSupported:multiprocess+;swbreak+;xmlRegisters=i386") &&
	     strstr(reply, "PacketSize=4000") && strstr(reply, "QStartNoAckMode+") &&
	     strstr(reply, "qXfer:features:read+") && strstr(reply, "qXfer:auxv:read+") &&
	     strstr(reply, "qXfer:exec-file:read+") && strstr(reply, "qXfer:libraries-svr4:read+");
	tap(ok, "qSupported: acked, PacketSize=4000, no-ack mode and the process's qXfer objects");
	if (!ok)
		tap_diag("reply: %s", reply);
	snprintf(want, sizeof(want), "thread:%x;", (unsigned int)child);
	ok = txn(s, "?") && reply[0] == 'T' && strstr(reply, want);
	tap(ok, "?: a T stop reply naming the one thread (never W or X)");
	tap(txn(s, "qAttached") && reply_is("1"), "qAttached: 1, so that quitting detaches");
	snprintf(want, sizeof(want), "m%x", (unsigned int)child);
	tap(txn(s, "qfThreadInfo") && reply_is(want) && txn(s, "qsThreadInfo") && reply_is("l"),
	    "qfThreadInfo/qsThreadInfo: one thread, the process");
	ok = txn(s, "g") && reply_len == 16 * 16 + 16;
	for (i = 0; ok && i < 16 * 16; i++)
		ok = reply[i] == 'x';
	ok = ok && strspn(reply + 256, "0123456789abcdef") == 16 &&
	     strcmp(reply + 256, "0000000000000000");
	tap(ok, "g: rax..r15 unavailable (x), then a PC");
	tap(txn(s, "qVmwriteNoSuchQuery") && reply_is("") && txn(s, "Y") && reply_is(""),
	    "unknown packets: the empty reply");
	tap(txn(s, "Z0,1000,1") && reply_is("E01") && txn(s, "z0,1000,1") && reply_is("E01") &&
	    txn(s, "Z2,1000,4") && reply_is("E01"),
	    "Z0/z0/Z2: EPERM, not unsupported (gdb would write int3 itself)");
	tap(txn(s, "s") && reply_is("E01") && txn(s, "vCont;s:1") && reply_is("E01") &&
	    txn(s, "G00") && reply_is("E01"), "s, vCont;s, G: EPERM: nothing is stepped or set");
}

static void test_memory(struct server *s)
{
	char req[256], data[64];
	unsigned char old[16];
	bool ok;

	memcpy(page, "0123456789abcdef", 16);
	snprintf(req, sizeof(req), "m%lx,10", (unsigned long)at(0));
	hex(data, "0123456789abcdef", 16);
	tap(txn(s, req) && reply_is(data), "m: 16 bytes as hex");

	snprintf(req, sizeof(req), "m%lx,8", (unsigned long)at(pagesize - 4));
	memcpy(page + pagesize - 4, "tail", 4);
	hex(data, "tail", 4);
	tap(txn(s, req) && reply_is(data), "m across the end of the mapping: the 4 bytes before it");
	snprintf(req, sizeof(req), "m%lx,8", (unsigned long)at(pagesize));
	ok = txn(s, req) && reply_len == 3 && reply[0] == 'E';
	tap(ok, "m in the hole: an error (%s)", reply);

	snprintf(req, sizeof(req), "M%lx,4:41424344", (unsigned long)at(32));
	tap(txn(s, req) && reply_is("OK") && !memcmp(page + 32, "ABCD", 4), "M: written");

	/* X: every byte the framing needs escaped, and a NUL. */
	{
		static const unsigned char bin[] = { '#', '$', '}', '*', 0, 0xff, 'z', 0x03 };
		char pkt[128];
		size_t n, i;

		n = (size_t)snprintf(pkt, sizeof(pkt), "X%lx,%zx:", (unsigned long)at(64),
				     sizeof(bin));
		for (i = 0; i < sizeof(bin); i++) {
			if (bin[i] == '#' || bin[i] == '$' || bin[i] == '}' || bin[i] == '*') {
				pkt[n++] = '}';
				pkt[n++] = (char)(bin[i] ^ 0x20);
			} else {
				pkt[n++] = (char)bin[i];
			}
		}
		send_packet(s, pkt, n);
		ok = get_byte(s, TIMEOUT_MS) == '+' && get_reply(s) && reply_is("OK") &&
		     !memcmp(page + 64, bin, sizeof(bin));
		tap(ok, "X: binary data with escapes written exactly");
		snprintf(req, sizeof(req), "X%lx,0:", (unsigned long)at(64));
		tap(txn(s, req) && reply_is("OK"), "X with no data (gdb's probe): OK");
	}

	/* A write into the hole: the bytes before it written, then an error. */
	memset(page + pagesize - 4, 0, 4);
	snprintf(req, sizeof(req), "M%lx,8:5051525354555657", (unsigned long)at(pagesize - 4));
	ok = txn(s, req) && reply[0] == 'E' && !memcmp(page + pagesize - 4, "PQRS", 4);
	tap(ok, "M across the end: the 4 bytes before the hole written, then an error");
	tap(logged(s, "4 of 8 bytes written"), "... and stderr says how many bytes were written");

	/* Malformed: nothing written, EINVAL. */
	memcpy(old, page + 96, sizeof(old));
	snprintf(req, sizeof(req), "M%lx,4:001", (unsigned long)at(96));
	ok = txn(s, req) && reply_is("E16");
	snprintf(req, sizeof(req), "M%lx,2:0011ff", (unsigned long)at(96));
	ok = ok && txn(s, req) && reply_is("E16");
	ok = ok && txn(s, "Mzz,4:00112233") && reply_is("E16");
	snprintf(req, sizeof(req), "M%lx,4:zz112233", (unsigned long)at(96));
	ok = ok && txn(s, req) && reply_is("E16");
	snprintf(req, sizeof(req), "X%lx,1:}", (unsigned long)at(96));
	ok = ok && txn(s, req) && reply_is("E16");
	snprintf(req, sizeof(req), "X%lx,4:ab", (unsigned long)at(96));
	ok = ok && txn(s, req) && reply_is("E16");
	ok = ok && txn(s, "Mffffffffffffffff,2:0000") && reply_is("E16");
	tap(ok && !memcmp(old, page + 96, sizeof(old)),
	    "malformed M and X (odd hex, wrong length, bad digits, a dangling escape, a wrap): E16, nothing written");

	/* A NUL where text is due: the packet is malformed, not cut short. */
	{
		char pkt[96];
		size_t n;

		n = (size_t)snprintf(pkt, sizeof(pkt), "M%lx,2:4343", (unsigned long)at(96));
		memcpy(pkt + n, "\0zz", 3);
		send_packet(s, pkt, n + 3);
		ok = get_reply(s) && reply_is("E16");
		n = (size_t)snprintf(pkt, sizeof(pkt), "X%lx,4", (unsigned long)at(96));
		memcpy(pkt + n, "\0junk:BBBB", 10);
		send_packet(s, pkt, n + 10);
		ok = ok && get_reply(s) && reply_is("E16");
		tap(ok && !memcmp(old, page + 96, sizeof(old)),
		    "M and X with a NUL inside ADDR,LEN or the hex: E16, nothing written");
	}
}

static void test_framing(struct server *s)
{
	char req[64], *big;
	size_t n;
	bool ok;

	/* A wrong checksum: '-', no reply, nothing written. */
	page[128] = 0;
	snprintf(req, sizeof(req), "$M%lx,1:ff#00", (unsigned long)at(128));
	send_raw(s, req, strlen(req));
	ok = get_byte(s, TIMEOUT_MS) == '-' && silent(s, 300) && page[128] == 0;
	tap(ok, "a bad checksum: '-', no reply, nothing written");
	tap(logged(s, "checksum"), "... and stderr says the checksum was wrong");
	snprintf(req, sizeof(req), "$M%lx,1:ff#zz", (unsigned long)at(128));
	send_raw(s, req, strlen(req));
	ok = get_byte(s, TIMEOUT_MS) == '-' && silent(s, 300) && page[128] == 0;
	tap(ok, "a checksum that is not hex: '-', nothing written");

	/* Longer than PacketSize: taken whole, refused, nothing written. */
	big = malloc(PACKET_SIZE + 64);
	n = (size_t)snprintf(big, 64, "M%lx,%x:", (unsigned long)at(128), PACKET_SIZE);
	memset(big + n, 'e', PACKET_SIZE * 1);
	n += PACKET_SIZE;
	send_packet(s, big, n);
	free(big);
	ok = get_byte(s, TIMEOUT_MS) == '+' && get_reply(s) && reply_is("E07") && page[128] == 0;
	tap(ok, "a packet longer than PacketSize: E07 (E2BIG), nothing written");
	tap(logged(s, "longer than PacketSize"), "... and stderr says so");

	/* Noise between packets is skipped; the next packet still works. */
	send_raw(s, "garbage", 7);
	tap(txn(s, "qAttached") && reply_is("1"), "bytes between packets are ignored");

	/* '-' asks for the last reply again. */
	ok = txn(s, "qAttached");
	send_raw(s, "-", 1);
	ok = ok && get_reply(s) && reply_is("1");
	tap(ok, "'-' resends the last reply");

	/* c waits for ^C, then says SIGINT stopped it. */
	send_packet(s, "c", 1);
	ok = get_byte(s, TIMEOUT_MS) == '+' && silent(s, 300);
	send_raw(s, "\x03", 1);
	ok = ok && get_reply(s) && !strncmp(reply, "T02", 3);
	tap(ok, "c: no reply until ^C, then T02");
	tap(kill(child, 0) == 0, "... and the target was never stopped or killed");

	tap(txn(s, "QStartNoAckMode") && reply_is("OK"), "QStartNoAckMode: OK");
	s->noack = true;
	send_packet(s, "qAttached", 9);
	tap(get_reply(s) && !acked && reply_is("1"), "no-ack mode: the reply comes with no '+' before it");
}

static void test_objects(struct server *s)
{
	static unsigned char want[8192], got[8192];
	char req[256], path[64], exe[256];
	size_t n, m;
	ssize_t len;
	bool ok;

	ok = txn(s, "qXfer:features:read:target.xml:0,3fff") && reply[0] == 'l' &&
	     strstr(reply, "<architecture>i386:x86-64</architecture>") &&
	     strstr(reply, "<osabi>GNU/Linux</osabi>");
	tap(ok, "qXfer:features: the x86-64 target description, whole ('l')");
	ok = txn(s, "qXfer:features:read:target.xml:0,10") && reply[0] == 'm' && reply_len == 17 &&
	     txn(s, "qXfer:features:read:target.xml:10000,10") && reply_is("l");
	tap(ok, "qXfer:features in parts: 'm' and 16 bytes, 'l' past the end");
	tap(txn(s, "qXfer:features:read:other.xml:0,100") && reply[0] == 'E',
	    "qXfer:features of another annex: an error");

	snprintf(path, sizeof(path), "/proc/%d/auxv", (int)child);
	n = read_file(path, want, sizeof(want));
	ok = txn(s, "qXfer:auxv:read::0,3fff") && reply[0] == 'l';
	m = ok ? unescape(reply + 1, reply_len - 1, got) : 0;
	tap(ok && n && m == n && !memcmp(want, got, n), "qXfer:auxv: /proc/PID/auxv, escaped");

	snprintf(path, sizeof(path), "/proc/%d/exe", (int)child);
	len = readlink(path, exe, sizeof(exe) - 1);
	exe[len > 0 ? len : 0] = '\0';
	ok = txn(s, "qXfer:exec-file:read::0,3fff") && reply[0] == 'l' && !strcmp(reply + 1, exe);
	tap(ok, "qXfer:exec-file: the executable's path");
	tap(txn(s, "qXfer:libraries-svr4:read::0,3fff") &&
	    !strncmp(reply, "l<library-list-svr4 version=\"1.0\">", 34) &&
	    !strstr(reply, "<library "),
	    "qXfer:libraries-svr4: a list (empty for this static program)");
	tap(txn(s, "qXfer:libraries:read::0,3fff") && reply_is(""),
	    "qXfer:libraries (the kernel's) for a process: unsupported");

	/* vFile: the executable, read-only. */
	snprintf(req, sizeof(req), "vFile:open:");
	hex(req + strlen(req), exe, strlen(exe));
	strcat(req, ",0,0");
	ok = txn(s, req) && reply[0] == 'F' && reply[1] != '-';
	tap(ok, "vFile:open of the executable, read-only: a descriptor");
	if (ok) {
		char fd[16];
		struct stat st;
		unsigned char fst[64];
		uint64_t size = 0;
		int i;

		snprintf(fd, sizeof(fd), "%.8s", reply + 1);
		snprintf(req, sizeof(req), "vFile:pread:%s,4,0", fd);
		tap(txn(s, req) && reply_len == 7 && !memcmp(reply, "F4;\x7f" "ELF", 7),
		    "vFile:pread: the file's first bytes");
		snprintf(req, sizeof(req), "vFile:fstat:%s", fd);
		ok = txn(s, req) && !strncmp(reply, "F40;", 4) &&
		     unescape(reply + 4, reply_len - 4, fst) == 64 && !stat(exe, &st);
		for (i = 0; ok && i < 8; i++)
			size = size << 8 | fst[28 + i];
		tap(ok && size == (uint64_t)st.st_size, "vFile:fstat: 64 bytes, big-endian, the right size");
		snprintf(req, sizeof(req), "vFile:close:%s", fd);
		tap(txn(s, req) && reply_is("F0"), "vFile:close");
		snprintf(req, sizeof(req), "vFile:pread:%s,4,0", fd);
		tap(txn(s, req) && reply_is("F-1,9"), "vFile:pread after close: EBADF");
	}
	snprintf(req, sizeof(req), "vFile:open:");
	hex(req + strlen(req), exe, strlen(exe));
	strcat(req, ",1,0");
	tap(txn(s, req) && reply_is("F-1,1e"), "vFile:open for writing: EROFS");
	tap(txn(s, "vFile:unlink:2f746d70") && reply_is("F-1,1e"), "vFile:unlink: EROFS");

	/* A FIFO would block an open(): refused at once, as a device would be. */
	snprintf(path, sizeof(path), "%s/fifo", logdir);
	ok = !mkfifo(path, 0600);
	snprintf(req, sizeof(req), "vFile:open:");
	hex(req + strlen(req), path, strlen(path));
	strcat(req, ",0,0");
	tap(ok && txn(s, req) && reply_is("F-1,13"), "vFile:open of a FIFO: ENODEV, at once");
	unlink(path);
}

/* open a file, hex-encoding @path; the reply in reply[]. */
static bool vfile_open(struct server *s, const char *path)
{
	char req[256];

	snprintf(req, sizeof(req), "vFile:open:");
	hex(req + strlen(req), path, strlen(path));
	strcat(req, ",0,0");
	return txn(s, req);
}

/*
 * vFile resolves a process's paths inside its root: a target in a chroot
 * whose root holds "inside" and a symlink "escape" to /etc/passwd.
 */
static void test_root(void)
{
	char root[128], path[160];
	struct server s;
	pid_t saved = child, jailed;
	int fd, p[2];
	char c;

	snprintf(root, sizeof(root), "%s/root", logdir);
	snprintf(path, sizeof(path), "%s/inside", root);
	if (mkdir(root, 0700) || (fd = open(path, O_CREAT | O_WRONLY, 0600)) < 0 || pipe(p)) {
		tap(false, "vFile in a chroot: set up");
		return;
	}
	close(fd);
	snprintf(path, sizeof(path), "%s/escape", root);
	if (symlink("/etc/passwd", path)) {
		tap(false, "vFile in a chroot: symlink");
		return;
	}
	jailed = fork();
	if (jailed == 0) {
		c = chroot(root) ? 'n' : 'y';
		if (write(p[1], &c, 1) != 1)
			_exit(1);
		prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
		prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
		for (;;)
			pause();
	}
	if (read(p[0], &c, 1) != 1 || c != 'y') {
		tap_skip("vFile in a chroot # SKIP chroot(2) not permitted here");
		tap_skip("vFile in a chroot # SKIP chroot(2) not permitted here");
		goto out;
	}
	child = jailed;
	if (!start(&s, NULL)) {
		tap(false, "vFile in a chroot: start the server");
		goto out;
	}
	tap(vfile_open(&s, "/../../../inside") && reply[0] == 'F' && reply[1] != '-',
	    "vFile in a chroot: /../../../inside stays inside the target's root");
	tap(vfile_open(&s, "/escape") && reply_is("F-1,2"),
	    "vFile in a chroot: an absolute symlink resolves inside the root (ENOENT), not to the server's /etc/passwd");
	txn(&s, "D");
	finish(&s);
out:
	child = saved;
	kill(jailed, SIGKILL);
	waitpid(jailed, NULL, 0);
	close(p[0]);
	close(p[1]);
	unlink(path);
	snprintf(path, sizeof(path), "%s/inside", root);
	unlink(path);
	rmdir(root);
}

/*
 * -k: a relocatable ELF file's section headers are served with sh_addr 0,
 * and one whose header points past the end is served as it is, at once.
 */
static void test_kernel_files(void)
{
	static const char *const kernel[] = { "-k", NULL };
	unsigned char file[64 + 2 * 64], got[sizeof(file)];
	Elf64_Ehdr *eh = (Elf64_Ehdr *)file;
	Elf64_Shdr *sh = (Elf64_Shdr *)(file + 64);
	char path[128], req[64], fd[16];
	struct server s;
	size_t n;
	int f;
	bool ok;

	if (!start(&s, kernel) || !txn(&s, "qC")) {
		tap_skip("vFile -k: .ko section headers # SKIP no kernel session here");
		tap_skip("vFile -k: a bad .ko header # SKIP no kernel session here");
		finish(&s);
		return;
	}
	memset(file, 0, sizeof(file));
	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELFCLASS64;
	eh->e_type = ET_REL;
	eh->e_shoff = 64;
	eh->e_shnum = 2;
	eh->e_shentsize = sizeof(Elf64_Shdr);
	sh[1].sh_flags = SHF_ALLOC | SHF_WRITE;
	sh[1].sh_addr = 0x160;
	sh[1].sh_size = 0x10;
	snprintf(path, sizeof(path), "%s/good.ko", logdir);
	f = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
	ok = f >= 0 && write(f, file, sizeof(file)) == sizeof(file);
	close(f);
	ok = ok && vfile_open(&s, path) && reply[0] == 'F' && reply[1] != '-';
	snprintf(fd, sizeof(fd), "%.8s", reply + 1);
	snprintf(req, sizeof(req), "vFile:pread:%s,%zx,0", fd, sizeof(file));
	ok = ok && txn(&s, req) && !strncmp(reply, "Fc0;", 4);
	n = ok ? unescape(reply + 4, reply_len - 4, got) : 0;
	sh[1].sh_addr = 0;
	tap(ok && n == sizeof(file) && !memcmp(got, file, n),
	    "vFile -k: a .ko's section headers come with sh_addr 0, the rest as on disk");
	snprintf(req, sizeof(req), "vFile:close:%s", fd);
	txn(&s, req);
	unlink(path);

	/* Section headers said to end just below 2^64. */
	eh->e_shoff = ~0ULL - 200;
	eh->e_shnum = 3;
	snprintf(path, sizeof(path), "%s/bad.ko", logdir);
	f = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
	ok = f >= 0 && write(f, file, sizeof(file)) == sizeof(file);
	close(f);
	ok = ok && vfile_open(&s, path) && reply[0] == 'F' && reply[1] != '-';
	snprintf(fd, sizeof(fd), "%.8s", reply + 1);
	snprintf(req, sizeof(req), "vFile:pread:%s,40,0", fd);
	ok = ok && txn(&s, req) && !strncmp(reply, "F40;", 4);
	n = ok ? unescape(reply + 4, reply_len - 4, got) : 0;
	tap(ok && n == 64 && !memcmp(got, file, 64),
	    "vFile -k: a .ko whose section headers lie past its end is served as it is, at once");
	txn(&s, "D");
	finish(&s);
	unlink(path);
}

static void test_endings(void)
{
	struct server s;
	char req[64];
	bool ok;

	ok = start(&s, NULL) && txn(&s, "D") && reply_is("OK");
	tap(ok && finish(&s) == 0 && kill(child, 0) == 0, "D: OK, the server exits 0, the target runs on");

	ok = start(&s, NULL);
	send_packet(&s, "k", 1);
	ok = ok && get_byte(&s, TIMEOUT_MS) == '+';
	tap(ok && finish(&s) == 0 && kill(child, 0) == 0, "k: the server exits 0, the target is not killed");

	ok = start(&s, NULL);
	memset(page + 200, 0, 4);
	snprintf(req, sizeof(req), "$M%lx,4:ffffffff", (unsigned long)at(200));
	send_raw(&s, req, strlen(req));
	shutdown(s.fd, SHUT_WR);
	ok = ok && finish(&s) == 0 && !memcmp(page + 200, "\0\0\0\0", 4);
	tap(ok, "the connection cut in the middle of a packet: exit 0, nothing written");
	tap(logged(&s, "in the middle of a packet"), "... and stderr says so");
	if (!ok)
		show_log(&s);
}

/* Run the tool with @args; its exit status, stderr in @s.log. */
static int run_tool(struct server *s, const char *const *args)
{
	int status;

	if (!start(s, args))
		return -1;
	close(s->fd);
	waitpid(s->pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void test_listen(void)
{
	static const char *const tcp[] = { "--listen", "tcp:127.0.0.1:1", NULL };
	static const char *const ktcp[] = { "-k", "--listen", "tcp:127.0.0.1:1", "--allow-tcp", NULL };
	static const char *const text[] = { "--text", NULL };
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char path[128];
	const char *unix_args[3] = { "--listen", NULL, NULL };
	char spec[160];
	struct server s;
	struct stat st;
	int fd, i;
	bool ok;

	tap(run_tool(&s, tcp) == 2 && logged(&s, "--allow-tcp"),
	    "--listen tcp: without --allow-tcp: refused (exit 2), naming the flag");
	tap(run_tool(&s, ktcp) == 2 && logged(&s, "--allow-tcp-kernel"),
	    "-k --listen tcp: --allow-tcp alone: refused (exit 2), naming --allow-tcp-kernel");
	tap(run_tool(&s, text) == 2 && logged(&s, "--text is for -k"),
	    "--text for a process: refused (exit 2)");

	snprintf(path, sizeof(path), "%s/sock", logdir);
	snprintf(spec, sizeof(spec), "unix:%s", path);
	unix_args[1] = spec;
	ok = start(&s, unix_args);
	close(s.fd);
	for (i = 0; ok && i < 500 && stat(path, &st); i++)
		usleep(10000);
	ok = ok && S_ISSOCK(st.st_mode) && (st.st_mode & 0777) == 0600;
	tap(ok, "--listen unix: a socket of mode 0600 (%o)", ok ? 0600 : (unsigned int)st.st_mode & 0777);
	strcpy(sa.sun_path, path);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	/* bind() makes the file before listen() takes connections. */
	for (i = 0; ok && i < 500 && connect(fd, (struct sockaddr *)&sa, sizeof(sa)); i++)
		usleep(10000);
	ok = ok && i < 500;
	s.fd = fd;
	s.noack = false;
	ok = ok && txn(&s, "qAttached") && reply_is("1") && txn(&s, "D") && reply_is("OK");
	ok = finish(&s) == 0 && ok;
	tap(ok && stat(path, &st) && errno == ENOENT,
	    "--listen unix: one connection served, the socket removed after");
}

int main(int argc, char **argv)
{
	struct server s;

	if (argc != 2) {
		fprintf(stderr, "usage: %s VMWRITE\n", argv[0]);
		return 2;
	}
	vmwrite = argv[1];
	signal(SIGPIPE, SIG_IGN);	/* a server gone is a failed test, not our end */
	if (!mkdtemp(logdir)) {
		perror("mkdtemp");
		return 1;
	}
	pagesize = (size_t)sysconf(_SC_PAGESIZE);
	page = mmap(NULL, 2 * pagesize, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return 1;
	munmap(page + pagesize, pagesize);
	child = fork();
	if (child == 0) {
		prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
		prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
		for (;;)
			pause();
	}
	usleep(100000);		/* PR_SET_PTRACER before the first attach */

	if (!start(&s, NULL)) {
		tap(false, "start %s gdbserver", vmwrite);
		return 1;
	}
	test_queries(&s);
	test_memory(&s);
	test_framing(&s);
	test_objects(&s);
	tap(txn(&s, "D") && reply_is("OK") && finish(&s) == 0, "the session ends cleanly");
	if (tap_failed)
		show_log(&s);
	test_root();
	test_kernel_files();
	test_endings();
	test_listen();
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	while (nlogs--) {
		char log[64];

		snprintf(log, sizeof(log), "%s/%d", logdir, nlogs);
		unlink(log);
	}
	rmdir(logdir);
	printf("1..%d\n", tap_count);
	return tap_exit();
}
