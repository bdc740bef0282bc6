/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * The sessions the model's tests open: on this process, and on the
 * model's "kernel"; NULL, said on the TAP output, when one cannot be.
 * Include after tap.h.
 */

#ifndef VMW_TESTS_SESSIONS_H
#define VMW_TESTS_SESSIONS_H

#include <string.h>
#include <unistd.h>

#include "vmwrite/vmwrite.h"

static inline struct vmw_target *open_self(void)
{
	struct vmw_target *t = NULL;
	int err = vmw_open_process(getpid(), 0, &t);

	if (err)
		tap_diag("vmw_open_process(self): %s", strerror(-err));
	return t;
}

static inline struct vmw_target *open_kernel(void)
{
	struct vmw_target *t = NULL;
	int err = vmw_open_kernel(0, &t);

	if (err)
		tap_diag("vmw_open_kernel: %s", strerror(-err));
	return t;
}

#endif /* VMW_TESTS_SESSIONS_H */
