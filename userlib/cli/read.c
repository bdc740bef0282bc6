// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite read: memory of a process or of the kernel as a hexdump, as
 * little-endian integers, or raw.  What was read before a failure is
 * printed, then why the rest was not.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>

#include "cli.h"

/* Bytes per vmw_read() call when dumping: a multiple of a hexdump line. */
#define READ_BLOCK	(64 * 1024)

static int do_read(struct target *tg, uint64_t addr, uint64_t len, const struct dump *d)
{
	unsigned char *buf;
	uint64_t off = 0;
	size_t done = 0;
	int ret, err = 0;

	buf = malloc(READ_BLOCK);
	if (!buf) {
		msg("out of memory");
		return 1;
	}
	ret = target_open(tg);
	if (ret)
		goto out;

	while (off < len) {
		size_t n = len - off < READ_BLOCK ? (size_t)(len - off) : READ_BLOCK;

		err = vmw_read(tg->t, addr + off, buf, n, &done);
		dump(d, addr + off, buf, done);
		off += done;
		if (done < n)
			break;
	}
	if (output_failed())
		ret = 1;
	/* Report from the start of the request, not of the last block. */
	if (off < len)
		ret = report_transfer(tg->t, XFER_READ, addr, len, off, err);
out:
	free(buf);
	return ret;
}

/* After the options: the operands and what they mean together. */
static int read_operands(struct args *a, struct dump *d, uint64_t *addr, uint64_t *len)
{
	struct target *tg = &a->target;
	uint64_t count = 1;
	int nargs, ret;

	d->elem = a->int_size;
	d->raw = a->raw;
	nargs = a->npos - !tg->kernel;
	if (nargs < 1)
		return usage_error(tg->kernel ? "read -k needs ADDR and LEN" :
				   "read needs PID ADDR and LEN");
	if (d->raw && d->elem)
		return usage_error("--raw and --u8..--u64 exclude each other");
	if (a->count && !d->elem)
		return usage_error("--count needs one of --u8, --u16, --u32 and --u64");
	if (a->count && nargs == 2)
		return usage_error("give LEN or --count, not both");
	if (nargs == 1 && !d->elem)
		return usage_error("read needs LEN, the number of bytes to read");

	ret = parse_target(a);
	if (!ret)
		ret = parse_addr(tg, a->pos[a->addr_pos], addr);
	if (!ret && a->count)
		ret = parse_arg("count", a->count, 1, UINT64_MAX / 8, &count);
	if (!ret && nargs == 2)
		ret = parse_arg("length", a->pos[a->npos - 1], 0, UINT64_MAX, len);
	if (ret)
		return ret;
	if (nargs == 1)
		*len = count * d->elem;
	if (d->elem && *len % d->elem)
		return usage_error("length %" PRIu64 " is not a multiple of the %u-byte integer",
				   *len, d->elem);
	return check_range(*addr, *len);
}

static int read_main(const struct command *cmd, int argc, char **argv)
{
	struct dump d = { 0 };
	uint64_t addr, len = 0;
	struct args a;
	int ret;

	ret = parse_args(cmd, argc, argv, &a);
	if (ret >= 0)
		goto out;
	ret = read_operands(&a, &d, &addr, &len);
	if (ret)
		goto out;
	d.width = hex_digits(len ? addr + (len - 1) : addr);
	if (d.width < 8)
		d.width = 8;
	ret = do_read(&a.target, addr, len, &d);
out:
	args_free(&a);
	return ret;
}

const struct command read_command = {
	.name = "read",
	.run = read_main,
	.synopsis =
"vmwrite read PID|-k ADDR LEN [--raw | --u8 | --u16 | --u32 | --u64]\n"
"vmwrite read PID|-k ADDR --u8 | --u16 | --u32 | --u64  [--count N]",
	.summary = "Print the memory of a process, or of the running kernel.",
	.help =
"read          hexdump LEN bytes at ADDR, like xxd\n"
"  --raw       the bytes as they are, to standard output\n"
"  --u64       little-endian integers in decimal and hex; LEN defaults to one\n"
"              (--u8, --u16, --u32: smaller ones)\n"
"  --count N   N integers instead of LEN bytes\n",
	.takes_addr = true,
	.args = ARGS_INT_SIZE | ARGS_READ,
	.operands = 2,
};
