/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * vmwrite gdbserver: a GDB Remote Serial Protocol server on one vmwrite
 * session.  The target keeps running: the server reads and writes its
 * memory and tells the debugger where its symbols are, and nothing else.
 *
 *   gdbserver.c    the command: options, the connection, the packets
 *   gdb_packet.c   the protocol's framing: $data#cs, acks, escapes
 *   gdb_objects.c  what the debugger reads by qXfer: the target
 *                  description, exec-file, auxv, the libraries of a
 *                  process and the modules of the kernel; qOffsets
 *   gdb_vfile.c    vFile: the target's files, read-only
 */

#ifndef VMW_GDBSERVER_H
#define VMW_GDBSERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "cli.h"

/*
 * The longest packet the server takes, in data bytes between '$' and '#':
 * what qSupported announces as PacketSize.  gdb sends no longer one.
 */
#define RSP_PACKET_SIZE		0x4000

/* "vmwrite gdbserver: " and the message, on stderr (gdbserver.c). */
void gdbserver_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- gdb_packet.c -------------------------------------------------------- */

struct rsp {
	int in, out;
	bool noack;			/* after QStartNoAckMode */
	unsigned char ibuf[4096];	/* bytes read, not yet taken */
	size_t ipos, ilen;
	char pkt[RSP_PACKET_SIZE + 1];	/* the packet's data, NUL-terminated */
	size_t len;
	char *out_buf;			/* the reply: "$data#cs", kept to resend */
	size_t out_len, out_cap;
	bool out_nomem;
};

/* What rsp_next() found. */
enum rsp_event {
	RSP_PACKET,		/* a packet, in c->pkt, c->len */
	RSP_INTERRUPT,		/* ^C (0x03) */
	RSP_EOF,		/* the connection closed */
	RSP_IOERR,		/* it failed: errno says why */
};

void rsp_init(struct rsp *c, int in, int out);
void rsp_free(struct rsp *c);
/*
 * The next packet or interrupt, its checksum checked and acknowledged.
 * Bad packets are reported on stderr and dropped (or refused with E07 when
 * too long); a '-' resends the last reply.
 */
enum rsp_event rsp_next(struct rsp *c);
/* Is input waiting, within @ms milliseconds (-1: until it is)?  0, 1, or -errno. */
int rsp_wait(struct rsp *c, int ms);

/* Build a reply: begin, put its parts, send. */
void rsp_begin(struct rsp *c);
void rsp_puts(struct rsp *c, const char *s);
void rsp_printf(struct rsp *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rsp_hex(struct rsp *c, const void *p, size_t n);
/*
 * Binary data, escaped: as many of the @n bytes as fit in the packet's
 * PacketSize with their escapes.  Returns how many were put.
 */
size_t rsp_binary(struct rsp *c, const void *p, size_t n);
/* How many of the @n bytes at @p fit in @room bytes once escaped. */
size_t rsp_binary_fit(const void *p, size_t n, size_t room);
/* Send the reply.  Returns 0 or -errno. */
int rsp_send(struct rsp *c);
/* A whole reply of one string. */
int rsp_reply(struct rsp *c, const char *s);
/* "Exx": errno @err (positive) as two hex digits. */
int rsp_error(struct rsp *c, int err);

/* Decode @n hex digit pairs at @s to @out.  Returns 0 or -EINVAL. */
int hex_decode(const char *s, size_t n, unsigned char *out);
/* Undo the escapes of binary data in place.  Returns its length, or -EINVAL. */
ssize_t binary_decode(char *p, size_t n);
/* A hex number at *@s, up to a character that is not a hex digit. */
int hex_number(const char **s, uint64_t *v);

/* ---- gdb_objects.c ------------------------------------------------------- */

/* A file vFile opened for the debugger. */
struct gdb_file {
	int fd;			/* -1: a free slot */
	/*
	 * -k, a relocatable ELF file (a module): where its section headers
	 * are, which are served with every sh_addr 0 (see gdb_vfile.c).
	 */
	uint64_t shdr_start, shdr_end;
	unsigned int shentsize;
};

#define GDB_FILES	16

/* The target as the debugger sees it. */
struct gdb_target {
	struct target *tg;	/* the session */
	bool kernel;
	pid_t pid;
	unsigned int write_flags;	/* VMW_WRITE_TEXT with -k --text */
	uint64_t kernel_text;		/* -k: _text, once looked up */
	const char *const *module_dirs;	/* -k: where the .ko files are */
	int nmodule_dirs;
	/* The last object built for qXfer, served by offset from here. */
	char *object;
	size_t object_len;
	char object_name[32];
	struct gdb_file files[GDB_FILES];
};

/*
 * The object qXfer:@name:read:@annex wants (@name is "features",
 * "exec-file", "auxv", "libraries-svr4" or "libraries"), built anew when
 * @offset is 0.  Returns 0 (*@obj, *@len), -ENOENT if the target has no
 * such object, or another -errno.
 */
int gdb_object(struct gdb_target *gt, const char *name, const char *annex, uint64_t offset,
	       const char **obj, size_t *len);
/* Which qXfer objects qSupported announces, as "qXfer:NAME:read+;" each. */
void gdb_announce_objects(const struct gdb_target *gt, struct rsp *c);
/* The PC the server reports; see Documentation/userspace-api/vmwrite-gdb.rst. */
uint64_t gdb_pc(struct gdb_target *gt);
/* -k: the kernel's KASLR offset, for monitor offsets.  Returns 0 or -errno. */
int gdb_kaslr_offset(struct gdb_target *gt, uint64_t *offset);
/*
 * -k: where the kernel's text starts (_text), 0 if unknown: where qOffsets'
 * TextSeg puts vmlinux's first segment.
 */
uint64_t gdb_kernel_text(struct gdb_target *gt);
/* -k: "add-symbol-file" lines for the loaded modules, for monitor modules. */
int gdb_module_commands(struct gdb_target *gt, char **out, size_t *len);
void gdb_target_free(struct gdb_target *gt);

/* ---- gdb_vfile.c --------------------------------------------------------- */

/* A vFile: packet (@p after "vFile:"): its reply. */
int gdb_vfile(struct gdb_target *gt, struct rsp *c, char *p, size_t len);
/* No file open; then, every file closed. */
void gdb_vfile_init(struct gdb_target *gt);
void gdb_vfile_close_all(struct gdb_target *gt);

#endif /* VMW_GDBSERVER_H */
