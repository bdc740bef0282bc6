// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite write: put bytes at an address of a process or of the kernel,
 * optionally saving the bytes it replaces first; with -k --text, patch
 * kernel text or rodata (which the module may still refuse).
 */

#include <inttypes.h>
#include <stdlib.h>

#include "cli.h"

/* @flags: VMW_WRITE_* */
static int do_write(struct target *tg, uint64_t addr, const struct bytes *data,
		    unsigned int flags, const char *save)
{
	size_t done;
	int ret, err;

	ret = target_open(tg);
	if (ret)
		return ret;
	ret = save && save_old(tg->t, addr, data->len, save);
	if (ret)
		return ret;
	err = vmw_write_flags(tg->t, addr, data->p, data->len, flags, &done);
	ret = report_transfer(tg->t, flags & VMW_WRITE_TEXT ? XFER_WRITE_TEXT : XFER_WRITE, addr,
			      data->len, done, err);
	if (!ret)
		printf("wrote %zu %s at 0x%" PRIx64 "\n", done, byte_word(done), addr);
	return ret;
}

static int write_main(const struct command *cmd, int argc, char **argv)
{
	struct bytes data = { NULL, 0 };
	struct args a;
	uint64_t addr;
	int ret;

	ret = parse_data_args(cmd, argc, argv, &a, 1);
	if (ret >= 0)
		goto out;
	ret = parse_addr(&a.target, a.pos[a.addr_pos], &addr);
	if (!ret)
		ret = load_data(&a, 1, &data);
	if (!ret && data.len == 0)
		ret = usage_error("nothing to write: the data is empty");
	if (!ret)
		ret = check_range(addr, data.len);
	if (!ret)
		ret = do_write(&a.target, addr, &data, a.text ? VMW_WRITE_TEXT : 0, a.save);
out:
	free(data.p);
	args_free(&a);
	return ret;
}

const struct command write_command = {
	.name = "write",
	.run = write_main,
	.synopsis =
"vmwrite write PID|-k ADDR HEXBYTES | --string S | --string0 S | --file F\n"
"                          | --u8 N | --u16 N | --u32 N | --u64 N  [--save F]\n"
"vmwrite write -k --text ADDR ...",
	.summary = "Write bytes into the memory of a process, or of the running kernel.",
	.help =
"write         write bytes at ADDR; HEXBYTES are in memory order: 90cc, \"90 cc\",\n"
"              0x90,0xcc\n"
"  --string S  the bytes of S; --string0 S adds its terminating NUL\n"
"  --file F    the contents of file F (- for standard input)\n"
"  --u64 N     N as a little-endian integer (--u8, --u16, --u32: smaller ones)\n"
"  --save F    first save the bytes about to be replaced to F; to undo:\n"
"              vmwrite write PID|-k ADDR --file F\n"
"  --text      with -k: patch read-only kernel text or rodata (needs\n"
"              vmwrite.allow_text_write=Y; function entries are refused)\n",
	.takes_addr = true,
	.args = ARGS_DATA | ARGS_TEXT | ARGS_SAVE,
	.operands = -1,
};
