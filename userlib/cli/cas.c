// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite cas: compare-and-write one aligned integer, in one atomic step;
 * exit status 1 if memory did not hold the expected value.
 */

#include <errno.h>
#include <inttypes.h>

#include "cli.h"

static int do_cas(struct target *tg, uint64_t addr, unsigned int width, uint64_t expected,
		  uint64_t desired)
{
	uint64_t old = expected;
	int ret;

	ret = target_open(tg);
	if (ret)
		return ret;
	ret = vmw_cmpxchg(tg->t, addr, width, &old, desired);
	if (ret == 1) {
		printf("wrote 0x%" PRIx64 " at 0x%" PRIx64 " (held 0x%" PRIx64 ")\n", desired, addr,
		       old);
		ret = fflush(stdout) ? 1 : 0;
	} else if (ret == 0) {
		msg("not written: 0x%" PRIx64 " holds 0x%" PRIx64 ", not 0x%" PRIx64, addr, old,
		    expected);
		ret = 1;
	} else if (ret == -EOPNOTSUPP) {
		msg("the loaded vmwrite module has no compare-and-write");
		ret = 1;
	} else {
		ret = report_transfer(tg->t, XFER_CMPXCHG, addr, width, 0, ret);
	}
	return ret;
}

static int cas_main(const struct command *cmd, int argc, char **argv)
{
	uint64_t addr, expected, desired;
	struct target *tg;
	unsigned int width;
	struct args a;
	int ret, first;

	ret = parse_args(cmd, argc, argv, &a);
	if (ret >= 0)
		goto out;
	tg = &a.target;
	width = a.int_size;
	first = a.addr_pos;
	if (a.npos < first + 3)
		ret = usage_error(tg->kernel ? "cas -k needs ADDR EXPECTED NEW" :
				  "cas needs PID ADDR EXPECTED NEW");
	else if (!width)
		ret = usage_error("cas needs the integer size: --u8, --u16, --u32 or --u64");
	else
		ret = parse_target(&a);
	if (!ret)
		ret = parse_addr(tg, a.pos[first], &addr);
	if (!ret)
		ret = parse_int(a.pos[first + 1], width, &expected);
	if (!ret)
		ret = parse_int(a.pos[first + 2], width, &desired);
	/* One atomic access: the value must not straddle a boundary. */
	if (!ret && addr % width)
		ret = usage_error("address 0x%" PRIx64 " is not a multiple of %u: cas --u%u needs an aligned address",
				  addr, width, 8 * width);
	if (!ret)
		ret = do_cas(tg, addr, width, expected, desired);
out:
	args_free(&a);
	return ret;
}

const struct command cas_command = {
	.name = "cas",
	.run = cas_main,
	.synopsis = "vmwrite cas PID|-k ADDR --u8 | --u16 | --u32 | --u64  EXPECTED NEW",
	.summary = "Compare-and-write one integer, atomically, in a process or the kernel.",
	.help =
"cas           compare-and-write: store the integer NEW at ADDR, a multiple of\n"
"              its size, only if ADDR holds EXPECTED, in one atomic step; exit\n"
"              status 1 if it did not\n",
	.takes_addr = true,
	.args = ARGS_INT_SIZE,
	.operands = 3,
};
