// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * vmwrite --version: the versions of the tool, of libvmwrite and of the
 * uapi both speak, and of the loaded module if there is one.
 */

#include <errno.h>
#include <string.h>

#include <linux/vmwrite.h>	/* VMWRITE_API_VERSION */

#include "cli.h"

int print_version(void)
{
	int v = vmw_module_api_version();

	printf("vmwrite %d.%d.%d\n", VMW_VERSION_MAJOR, VMW_VERSION_MINOR, VMW_VERSION_PATCH);
	printf("libvmwrite %s (uapi version %d)\n", vmw_version(), VMWRITE_API_VERSION);
	if (v > 0)
		printf("module: uapi version %d\n", v);
	else if (v == -ENOENT)
		printf("module: not loaded (" DEV_PATH " not found)\n");
	else
		printf("module: " DEV_PATH ": %s\n", strerror(-v));
	return fflush(stdout) ? 1 : 0;
}
