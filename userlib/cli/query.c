// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite query: the region that holds an address, as the module describes
 * it (start, end, protection, kind), with the mapped path of a process's
 * region from /proc/PID/maps.
 */

#include <inttypes.h>

#include "cli.h"
#include "symbols.h"

static const char *region_kind(const struct vmw_region *r, bool kernel)
{
	switch (r->kind) {
	case VMW_REGION_FREE:
		return "free";
	case VMW_REGION_PRIVATE:
		return kernel ? "ram" : "private";
	case VMW_REGION_FILE:
		return "file";
	case VMW_REGION_SHARED:
		return "shared";
	case VMW_REGION_IO:
		return "io";
	case VMW_REGION_SECRET:
		return "secret";
	default:
		return "unknown";
	}
}

static int do_query(struct target *tg, uint64_t addr)
{
	struct vmw_target *t;
	struct vmw_region r;
	struct mapping m;
	char end[24];
	int ret, err;

	ret = target_open(tg);
	if (ret)
		return ret;
	t = tg->t;
	err = vmw_region(t, addr, &r);
	if (err)
		return report_region_error(t, addr, err);
	printf("0x%" PRIx64 "-%s %c%c%c %s", r.start, format_end(r.end, end, sizeof(end)),
	       r.prot & VMW_PROT_READ ? 'r' : '-', r.prot & VMW_PROT_WRITE ? 'w' : '-',
	       r.prot & VMW_PROT_EXEC ? 'x' : '-', region_kind(&r, tg->kernel));
	/* The path, from maps: the module does not tell it. */
	if (!tg->kernel && r.kind != VMW_REGION_FREE &&
	    find_mapping(tg->pid, addr, &m) == 1 && m.path[0])
		printf(" %s", m.path);
	putchar('\n');
	if (output_failed())
		ret = 1;
	return ret;
}

static int query_main(const struct command *cmd, int argc, char **argv)
{
	struct target *tg;
	struct args a;
	uint64_t addr;
	int ret;

	ret = parse_args(cmd, argc, argv, &a);
	if (ret >= 0)
		goto out;
	tg = &a.target;
	if (a.npos < 2 - tg->kernel)
		ret = usage_error(tg->kernel ? "query -k needs ADDR" : "query needs PID ADDR");
	else
		ret = parse_target(&a);
	if (!ret)
		ret = parse_addr(tg, a.pos[a.addr_pos], &addr);
	if (!ret)
		ret = do_query(tg, addr);
out:
	args_free(&a);
	return ret;
}

const struct command query_command = {
	.name = "query",
	.run = query_main,
	.synopsis = "vmwrite query PID|-k ADDR",
	.summary = "Describe the region of a process, or of the kernel, that holds ADDR.",
	.help =
"query         the region holding ADDR: START-END, protection, kind (free,\n"
"              private, file, shared, secret; with -k ram or io) and the\n"
"              mapped path\n",
	.takes_addr = true,
	.args = 0,
	.operands = 1,
};
