/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * How libvmwrite reaches the module: the device's path and its ioctl.
 *
 * The library uses the real ones.  Host tests plug a user-space model of
 * the module in (tests/model.c) with vmw__set_backend() from a constructor;
 * it is global in libvmwrite.a for them, and hidden in libvmwrite.so, whose
 * version script exports only vmw_* names without a second underscore.
 */

#ifndef LIBVMWRITE_BACKEND_H
#define LIBVMWRITE_BACKEND_H

#include <stdbool.h>

struct vmw__backend {
	const char *dev_path;
	int (*ioctl)(int fd, unsigned long cmd, void *arg);
	/*
	 * Convert the segments of a batch into struct vmwrite_seg records,
	 * as where struct vmw_seg is not laid out like them (32-bit), so
	 * that host tests run that path too.
	 */
	bool copy_segs;
};

extern const struct vmw__backend *vmw__backend;

/* Tests only: route the device through @b, or back to the real one (NULL). */
void vmw__set_backend(const struct vmw__backend *b);

#endif /* LIBVMWRITE_BACKEND_H */
