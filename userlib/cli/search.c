// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite search: where a pattern is in a range, region by region.  Holes,
 * device and secret memory and what is not readable are skipped without
 * being read; a match across blocks or adjacent regions is found too.
 */

#include <errno.h>
#include <inttypes.h>
#include <limits.h>

#include "cli.h"

/* What a search prints as it goes. */
struct search_output {
	struct vmw_target *t;
	bool all;		/* --all: every match, not only the first */
	uint64_t found;
};

/* Each match on a line of its own. */
static int print_match(uint64_t addr, void *ctx)
{
	struct search_output *out = ctx;

	printf("0x%" PRIx64 "\n", addr);
	out->found++;
	return out->all ? 0 : 1;
}

/* Memory that refused the read although its region said it could be read. */
static void print_skipped(uint64_t start, uint64_t end, int err, void *ctx)
{
	struct search_output *out = ctx;
	char why[PATH_MAX + 128], buf[24];

	describe_stop_at(out->t, start, false, err, why, sizeof(why));
	msg("not searched: 0x%" PRIx64 "-%s (%s)", start, format_end(end, buf, sizeof(buf)),
	    why);
}

/*
 * Find @pat in the @len bytes at @addr with vmw_search(): region by region,
 * a match across blocks or adjacent regions found too.  @a: --writable,
 * --all.
 */
static int do_search(struct target *tg, const struct args *a, uint64_t addr, uint64_t len,
		     const struct bytes *pat)
{
	struct search_output out = { .all = a->all };
	struct vmw_search_opts opts = {
		.sz = sizeof(opts),
		.flags = a->writable ? VMW_SEARCH_WRITABLE : 0,
		.match = print_match,
		.skipped = print_skipped,
		.ctx = &out,
	};
	uint64_t stop;
	char end[24];
	int ret;

	ret = target_open(tg);
	if (ret)
		return ret;
	out.t = tg->t;
	ret = vmw_search(tg->t, addr, len, pat->p, pat->len, &opts, &stop);
	if (ret == -ENOMEM) {
		msg("out of memory");
		return 1;
	}
	if (ret < 0)
		return report_region_error(tg->t, stop, ret);
	if (output_failed())
		return 1;
	if (!out.found) {
		msg("pattern not found in 0x%" PRIx64 "-%s", addr,
		    format_end(addr + len, end, sizeof(end)));
		return 1;
	}
	return 0;
}

static int search_main(const struct command *cmd, int argc, char **argv)
{
	return run_pattern_command(cmd, argc, argv, do_search);
}

const struct command search_command = {
	.name = "search",
	.run = search_main,
	.synopsis = "vmwrite search PID|-k ADDR LEN PATTERN [--writable] [--all]",
	.summary = "Find a pattern in the memory of a process, or of the running kernel.",
	.help =
"search        print the address of PATTERN in the LEN bytes at ADDR; exit\n"
"              status 1 if it is not there.  Holes, device memory and\n"
"              unreadable mappings are skipped without being read\n"
"  --writable  search writable memory only\n"
"  --all       every match, not only the first\n",
	.takes_addr = true,
	.args = ARGS_DATA | ARGS_SEARCH,
	.operands = -1,
};
