// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Files the commands read and write: the data of --file (or standard
 * input), and the bytes --save keeps before write or fill replaces them.
 * A save file is created new, never over an existing one.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

int read_all(int fd, struct bytes *out)
{
	size_t cap = out->len;

	for (;;) {
		ssize_t n;

		if (out->len == cap) {
			size_t grown = cap ? 2 * cap : 4096;
			unsigned char *p = grown > cap ? realloc(out->p, grown) : NULL;

			if (!p)
				return ENOMEM;
			out->p = p;
			cap = grown;
		}
		n = read(fd, out->p + out->len, cap - out->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? errno : 0;
		out->len += (size_t)n;
	}
}

/* The whole of file @path, or of standard input if @path is "-". */
int read_file(const char *path, struct bytes *out)
{
	bool is_stdin = !strcmp(path, "-");
	int fd, err;

	fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		msg("cannot open %s: %s", path, strerror(errno));
		return 1;
	}
	err = read_all(fd, out);
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
 * Save the @len bytes at @addr to file @path, all of them or none, before
 * they are replaced.  Returns 0, or 1 and says why.
 */
int save_old(struct vmw_target *t, uint64_t addr, uint64_t len, const char *path)
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

