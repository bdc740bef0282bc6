// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The one session a command has with its target, a process or the kernel:
 * opened when first needed (to resolve a per-CPU symbol, or to do the
 * command's work) and closed when the command ends.
 */

#include "cli.h"

int target_open(struct target *tg)
{
	int err;

	if (tg->t)
		return 0;
	err = tg->kernel ? vmw_open_kernel(0, &tg->t) : vmw_open_process(tg->pid, 0, &tg->t);
	return err ? report_open_error(tg, err) : 0;
}

void target_close(struct target *tg)
{
	vmw_close(tg->t);
	tg->t = NULL;
}

bool is_kernel(const struct vmw_target *t)
{
	return vmw_pid(t) == 0;
}
