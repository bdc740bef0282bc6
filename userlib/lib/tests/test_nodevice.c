// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The real libvmwrite (linked statically) without the module: what must
 * fail before the library ever talks to /dev/vmwrite, and with which errno.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "vmwrite/vmwrite.h"
#include "tap.h"

#ifndef SYS_pidfd_open
#define SYS_pidfd_open	434
#endif

#define DEV_PATH	"/dev/vmwrite"

static bool have_device;

static void test_library(void)
{
	struct vmw_target *t = (struct vmw_target *)1;
	struct vmw_seg seg = { 0 };
	uint64_t expected = 5;
	char buf[4];
	size_t done = 99;
	int err, pidfd;

	err = vmw_open_process(getpid(), 1, &t);
	tap(err == -EINVAL && t == NULL, "lib: vmw_open_process with flags != 0 is -EINVAL");
	tap(vmw_open_process(0, 0, &t) == -EINVAL && vmw_open_process(-5, 0, &t) == -EINVAL,
	    "lib: vmw_open_process with PID <= 0 is -EINVAL");
	tap(vmw_open_process(getpid(), 0, NULL) == -EINVAL,
	    "lib: vmw_open_process(out NULL) is -EINVAL");
	tap(vmw_open_pidfd(0, 2, &t) == -EINVAL, "lib: vmw_open_pidfd with flags != 0 is -EINVAL");

	if (have_device) {
		tap_skip("lib: vmw_open_process without the module # SKIP %s exists", DEV_PATH);
		tap_skip("lib: vmw_module_api_version without the module # SKIP %s exists",
			 DEV_PATH);
		tap_skip("lib: vmw_open_pidfd without the module # SKIP %s exists", DEV_PATH);
	} else {
		err = vmw_open_process(getpid(), 0, &t);
		tap(err == -ENOENT && t == NULL,
		    "lib: vmw_open_process without the module is -ENOENT (%s)", strerror(-err));
		err = vmw_module_api_version();
		tap(err == -ENOENT,
		    "lib: vmw_module_api_version without the module is -ENOENT (%s)", strerror(-err));
		pidfd = (int)syscall(SYS_pidfd_open, getpid(), 0);
		err = vmw_open_pidfd(pidfd, 0, &t);
		tap(pidfd < 0 || err == -ENOENT,
		    "lib: vmw_open_pidfd without the module is -ENOENT (%s)", strerror(-err));
		if (pidfd >= 0)
			close(pidfd);
	}

	vmw_close(NULL);
	tap(true, "lib: vmw_close(NULL) is a no-op");
	err = vmw_read(NULL, 0x1000, buf, sizeof(buf), &done);
	tap(err == -EINVAL && done == 0, "lib: vmw_read(NULL target) is -EINVAL, done 0");
	done = 99;
	err = vmw_write(NULL, 0x1000, buf, sizeof(buf), &done);
	tap(err == -EINVAL && done == 0, "lib: vmw_write(NULL target) is -EINVAL, done 0");
	tap(vmw_access(NULL) == 0 && vmw_pid(NULL) == 0, "lib: vmw_access/vmw_pid(NULL) are 0");
	done = 99;
	err = vmw_write_flags(NULL, 0x1000, buf, sizeof(buf), VMW_WRITE_TEXT, &done);
	tap(err == -EINVAL && done == 0, "lib: vmw_write_flags(NULL target) is -EINVAL, done 0");
	err = vmw_cmpxchg(NULL, 0x1000, 8, &expected, 1);
	tap(err == -EINVAL && expected == 5, "lib: vmw_cmpxchg(NULL target) is -EINVAL");
	seg.addr = 0x1000;
	seg.buf = buf;
	seg.len = sizeof(buf);
	seg.done = 99;
	err = vmw_writev(NULL, &seg, 1, 0);
	tap(err == -EINVAL && seg.error == -ECANCELED && seg.done == 0,
	    "lib: vmw_writev(NULL target) is -EINVAL, the segment -ECANCELED");
	tap(vmw_readv(NULL, &seg, 1, 0) == -EINVAL && vmw_readv(NULL, NULL, 0, 0) == -EINVAL,
	    "lib: vmw_readv(NULL target) is -EINVAL");

	snprintf(buf, sizeof(buf), "%d", VMW_VERSION_MAJOR);
	tap(!strncmp(vmw_version(), buf, strlen(buf)) && strlen(vmw_version()) >= 5,
	    "lib: vmw_version() is \"%s\"", vmw_version());
}

int main(void)
{
	have_device = access(DEV_PATH, F_OK) == 0;
	test_library();
	return tap_exit();
}
