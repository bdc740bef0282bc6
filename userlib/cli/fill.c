// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite fill: write a pattern over a range, repeated, the last copy cut
 * short.  It stops at the first byte the target refuses and says where.
 */

#include <errno.h>
#include <inttypes.h>

#include "cli.h"

/*
 * Write @pat repeated over the @len bytes at @addr, the last copy cut short
 * (vmw_fill()).  @a: --save.
 */
static int do_fill(struct target *tg, const struct args *a, uint64_t addr, uint64_t len,
		   const struct bytes *pat)
{
	uint64_t done = 0;
	int ret, err;

	ret = target_open(tg);
	if (ret)
		return ret;
	ret = a->save && save_old(tg->t, addr, len, a->save);
	if (ret)
		return ret;
	err = vmw_fill(tg->t, addr, len, pat->p, pat->len, &done);
	if (err == -ENOMEM) {
		msg("out of memory");
		return 1;
	}
	/* Report from the start of the fill, not of the last block. */
	ret = report_transfer(tg->t, XFER_WRITE, addr, len, done, err);
	if (!ret)
		printf("wrote %" PRIu64 " %s at 0x%" PRIx64 "\n", len, byte_word(len), addr);
	return ret;
}

static int fill_main(const struct command *cmd, int argc, char **argv)
{
	return run_pattern_command(cmd, argc, argv, do_fill);
}

const struct command fill_command = {
	.name = "fill",
	.run = fill_main,
	.synopsis = "vmwrite fill PID|-k ADDR LEN PATTERN [--save F]",
	.summary = "Fill memory of a process, or of the running kernel, with a pattern.",
	.help =
"fill          write PATTERN over LEN bytes at ADDR, repeated, the last copy cut\n"
"              short; PATTERN is HEXBYTES or --string, --u32 N, ... as for write\n",
	.takes_addr = true,
	.args = ARGS_DATA | ARGS_SAVE,
	.operands = -1,
};
