// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vFile: the files of the target's machine, read-only, so that a debugger
 * on another machine (or outside the target's mount namespace) loads the
 * very executable and libraries the target runs.  A process's files are
 * resolved inside its root (/proc/PID/root, openat2() RESOLVE_IN_ROOT:
 * neither ".." nor an absolute symlink leads out of it); the kernel's in
 * the server's root.  Only regular files are opened, and only after a look
 * through O_PATH, so that no FIFO blocks the server and no device is
 * opened.  Opening for writing, pwrite and unlink are refused with EROFS.
 *
 * One change to what is read: for the kernel, the section headers of a
 * relocatable ELF file (a module's .ko) are served with every sh_addr 0.
 * ld -r with the kernel's module.lds gives some sections (.data) an address
 * of their own, and gdb then relocates a relocatable file's debug info by
 * its text alone: its variables land in the wrong place.  With the
 * addresses 0, gdb places each section where qXfer:libraries says, and its
 * debug info with it.
 *
 * Errors are gdb's File-I/O errno values: Linux's, but for ENAMETOOLONG
 * (91) and anything else (9999, EUNKNOWN).
 */

#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "gdbserver.h"

#define FILEIO_ENAMETOOLONG	91
#define FILEIO_EUNKNOWN		9999
/* The only open flags taken: O_RDONLY in gdb's File-I/O encoding. */
#define FILEIO_O_RDONLY		0
/* Where sh_addr is in an Elf64_Shdr. */
#define SHDR_ADDR_OFFSET	offsetof(Elf64_Shdr, sh_addr)

static int fileio_errno(int err)
{
	switch (err) {
	case EPERM: case ENOENT: case EINTR: case EBADF: case EACCES: case EFAULT:
	case EBUSY: case EEXIST: case ENODEV: case ENOTDIR: case EISDIR: case EINVAL:
	case ENFILE: case EMFILE: case EFBIG: case ENOSPC: case ESPIPE: case EROFS:
		return err;
	case ENAMETOOLONG:
		return FILEIO_ENAMETOOLONG;
	default:
		return FILEIO_EUNKNOWN;
	}
}

static int reply_error(struct rsp *c, int err)
{
	rsp_begin(c);
	rsp_printf(c, "F-1,%x", fileio_errno(err));
	return rsp_send(c);
}

/* The hex-encoded absolute path at *@p, up to ',' or the end. */
static int packet_path(const char **p, char *out, size_t size)
{
	const char *end = strchr(*p, ',');
	size_t n = end ? (size_t)(end - *p) : strlen(*p);

	if (n % 2 || n / 2 >= size || hex_decode(*p, n / 2, (unsigned char *)out))
		return -EINVAL;
	out[n / 2] = '\0';
	if (strlen(out) != n / 2 || out[0] != '/')
		return -EINVAL;
	*p += n + (end ? 1 : 0);
	return 0;
}

/*
 * @path as the target sees it, opened with @flags (O_PATH, and O_NOFOLLOW
 * or not): resolved inside the target's root.  A descriptor, or -errno.
 */
static int open_in_root(const struct gdb_target *gt, const char *path, int flags)
{
	struct open_how how = {
		.flags = (uint64_t)(flags | O_CLOEXEC),
		.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS,
	};
	char root[64];
	int dir, fd, err;

	if (gt->kernel)
		strcpy(root, "/");
	else
		snprintf(root, sizeof(root), "/proc/%d/root", (int)gt->pid);
	dir = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (dir < 0)
		return -errno;
	fd = (int)syscall(SYS_openat2, dir, path, &how, sizeof(how));
	err = errno;
	close(dir);
	return fd < 0 ? -err : fd;
}

/* Comma-separated hex numbers at @p, @n of them, and nothing after. */
static int numbers(const char *p, uint64_t *v, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (hex_number(&p, &v[i]))
			return -EINVAL;
		if (*p != (i + 1 < n ? ',' : '\0'))
			return -EINVAL;
		p++;
	}
	return 0;
}

void gdb_vfile_init(struct gdb_target *gt)
{
	int i;

	for (i = 0; i < GDB_FILES; i++)
		gt->files[i].fd = -1;
}

void gdb_vfile_close_all(struct gdb_target *gt)
{
	int i;

	for (i = 0; i < GDB_FILES; i++) {
		if (gt->files[i].fd >= 0)
			close(gt->files[i].fd);
		gt->files[i].fd = -1;
	}
}

static struct gdb_file *file_slot(struct gdb_target *gt, uint64_t fd)
{
	int i;

	for (i = 0; i < GDB_FILES; i++)
		if (gt->files[i].fd >= 0 && (uint64_t)gt->files[i].fd == fd)
			return &gt->files[i];
	return NULL;
}

/* The file of the descriptor at @p, alone in the packet: 0, or an errno. */
static int file_arg(struct gdb_target *gt, const char *p, struct gdb_file **f)
{
	uint64_t fd;

	if (numbers(p, &fd, 1))
		return EINVAL;
	*f = file_slot(gt, fd);
	return *f ? 0 : EBADF;
}

/* -k: if @f is a relocatable x86-64 ELF file, note where its section headers are. */
static void find_section_headers(struct gdb_file *f)
{
	struct stat st;
	Elf64_Ehdr eh;
	uint64_t size;

	f->shdr_start = f->shdr_end = 0;
	if (pread(f->fd, &eh, sizeof(eh), 0) != sizeof(eh) || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_type != ET_REL ||
	    eh.e_shentsize < sizeof(Elf64_Shdr) || !eh.e_shoff || fstat(f->fd, &st))
		return;
	/* Within the file: a header that says otherwise is served as it is. */
	size = (uint64_t)eh.e_shnum * eh.e_shentsize;
	if (eh.e_shoff > (uint64_t)st.st_size || size > (uint64_t)st.st_size - eh.e_shoff)
		return;
	f->shentsize = eh.e_shentsize;
	f->shdr_start = eh.e_shoff;
	f->shdr_end = eh.e_shoff + size;
}

/* Zero the sh_addr bytes among the @n read at @off into @buf. */
static void clear_section_addresses(const struct gdb_file *f, unsigned char *buf, size_t n,
				    uint64_t off)
{
	uint64_t field, from, to;

	for (field = f->shdr_start + SHDR_ADDR_OFFSET; field < f->shdr_end;
	     field += f->shentsize) {
		from = field > off ? field : off;
		to = field + 8 < off + n ? field + 8 : off + n;
		if (from < to)
			memset(buf + (from - off), 0, (size_t)(to - from));
	}
}

static int vfile_open(struct gdb_target *gt, struct rsp *c, const char *p)
{
	char path[PATH_MAX], self[64];
	struct stat st;
	uint64_t v[2];
	int err, fd, i;

	err = packet_path(&p, path, sizeof(path));
	if (!err)
		err = numbers(p, v, 2);
	if (err)
		return reply_error(c, -err);
	if (v[0] != FILEIO_O_RDONLY)
		return reply_error(c, EROFS);
	for (i = 0; i < GDB_FILES && gt->files[i].fd >= 0; i++)
		;
	if (i == GDB_FILES)
		return reply_error(c, EMFILE);
	/* A look first: a FIFO would block, a device could act on open. */
	fd = open_in_root(gt, path, O_PATH);
	if (fd < 0)
		return reply_error(c, -fd);
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		return reply_error(c, S_ISDIR(st.st_mode) ? EISDIR : ENODEV);
	}
	snprintf(self, sizeof(self), "/proc/self/fd/%d", fd);
	err = open(self, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	close(fd);
	if (err < 0)
		return reply_error(c, errno);
	fd = err;
	gt->files[i].fd = fd;
	gt->files[i].shdr_start = gt->files[i].shdr_end = 0;
	if (gt->kernel)
		find_section_headers(&gt->files[i]);
	rsp_begin(c);
	rsp_printf(c, "F%x", fd);
	return rsp_send(c);
}

static int vfile_pread(struct gdb_target *gt, struct rsp *c, const char *p)
{
	static unsigned char buf[RSP_PACKET_SIZE];
	struct gdb_file *f;
	uint64_t v[3];
	size_t count, fit;
	ssize_t n;

	if (numbers(p, v, 3) || v[2] > INT64_MAX)
		return reply_error(c, EINVAL);
	f = file_slot(gt, v[0]);
	if (!f)
		return reply_error(c, EBADF);
	/* "F" and the count in hex, ';': 20 bytes at most; the data after. */
	count = v[1] < sizeof(buf) - 20 ? (size_t)v[1] : sizeof(buf) - 20;
	n = pread(f->fd, buf, count, (off_t)v[2]);
	if (n < 0)
		return reply_error(c, errno);
	if (f->shdr_end)
		clear_section_addresses(f, buf, (size_t)n, v[2]);
	fit = rsp_binary_fit(buf, (size_t)n, RSP_PACKET_SIZE - 20);
	rsp_begin(c);
	rsp_printf(c, "F%zx;", fit);
	rsp_binary(c, buf, fit);
	return rsp_send(c);
}

static void put_be(unsigned char **p, uint64_t v, int bytes)
{
	int i;

	for (i = bytes - 1; i >= 0; i--)
		*(*p)++ = (unsigned char)(v >> (8 * i));
}

/* struct stat in gdb's File-I/O form: big-endian, 64 bytes. */
static int vfile_fstat(struct gdb_target *gt, struct rsp *c, const char *p)
{
	unsigned char out[64], *o = out;
	struct gdb_file *f;
	struct stat st;
	int err = file_arg(gt, p, &f);

	if (err)
		return reply_error(c, err);
	if (fstat(f->fd, &st))
		return reply_error(c, errno);
	put_be(&o, st.st_dev, 4);
	put_be(&o, st.st_ino, 4);
	put_be(&o, st.st_mode, 4);
	put_be(&o, st.st_nlink, 4);
	put_be(&o, st.st_uid, 4);
	put_be(&o, st.st_gid, 4);
	put_be(&o, st.st_rdev, 4);
	put_be(&o, (uint64_t)st.st_size, 8);
	put_be(&o, (uint64_t)st.st_blksize, 8);
	put_be(&o, (uint64_t)st.st_blocks, 8);
	put_be(&o, (uint64_t)st.st_atime, 4);
	put_be(&o, (uint64_t)st.st_mtime, 4);
	put_be(&o, (uint64_t)st.st_ctime, 4);
	rsp_begin(c);
	rsp_printf(c, "F%zx;", sizeof(out));
	rsp_binary(c, out, sizeof(out));
	return rsp_send(c);
}

static int vfile_close(struct gdb_target *gt, struct rsp *c, const char *p)
{
	struct gdb_file *f;
	int err = file_arg(gt, p, &f);

	if (err)
		return reply_error(c, err);
	close(f->fd);
	f->fd = -1;
	return rsp_reply(c, "F0");
}

static int vfile_readlink(struct gdb_target *gt, struct rsp *c, const char *p)
{
	char path[PATH_MAX], link[PATH_MAX];
	ssize_t n;
	int err, fd;

	err = packet_path(&p, path, sizeof(path));
	if (err || *p)
		return reply_error(c, err ? -err : EINVAL);
	fd = open_in_root(gt, path, O_PATH | O_NOFOLLOW);
	if (fd < 0)
		return reply_error(c, -fd);
	n = readlinkat(fd, "", link, sizeof(link));
	err = errno;
	close(fd);
	if (n < 0)
		return reply_error(c, err);
	rsp_begin(c);
	rsp_printf(c, "F%zx;", (size_t)n);
	rsp_binary(c, link, (size_t)n);
	return rsp_send(c);
}

int gdb_vfile(struct gdb_target *gt, struct rsp *c, char *p, size_t len)
{
	(void)len;
	if (!strncmp(p, "setfs:", 6))
		return rsp_reply(c, "F0");	/* always the target's view */
	if (!strncmp(p, "open:", 5))
		return vfile_open(gt, c, p + 5);
	if (!strncmp(p, "pread:", 6))
		return vfile_pread(gt, c, p + 6);
	if (!strncmp(p, "fstat:", 6))
		return vfile_fstat(gt, c, p + 6);
	if (!strncmp(p, "close:", 6))
		return vfile_close(gt, c, p + 6);
	if (!strncmp(p, "readlink:", 9))
		return vfile_readlink(gt, c, p + 9);
	if (!strncmp(p, "pwrite:", 7) || !strncmp(p, "unlink:", 7))
		return reply_error(c, EROFS);
	return rsp_reply(c, "");
}
