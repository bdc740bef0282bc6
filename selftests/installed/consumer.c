// SPDX-License-Identifier: GPL-2.0
/*
 * A program as a user of the installed libvmwrite writes it: built with
 * nothing but `pkg-config --cflags --libs libvmwrite` against an installed
 * copy (scripts/tests/install.sh, scripts/tests/packages.sh), then run.
 *
 *   consumer               writes a variable of its own through a session
 *                          with itself, reads it back; needs /dev/vmwrite
 *   consumer --no-device   checks only what works without the module: the
 *                          library's version, and the error of an open
 *
 * Prints what it checked; exits 0 if all of it held.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <vmwrite.h>

#define STR(x)	#x
#define XSTR(x)	STR(x)

static volatile unsigned long long value = 0x1111111111111111ULL;

int main(int argc, char **argv)
{
	const char *header = XSTR(VMW_VERSION_MAJOR) "." XSTR(VMW_VERSION_MINOR) "."
			     XSTR(VMW_VERSION_PATCH);
	int no_device = argc > 1 && !strcmp(argv[1], "--no-device");
	unsigned long long want = 0x2222222222222222ULL, got = 0;
	struct vmw_target *t;
	size_t done = 0;
	int err;

	if (strcmp(vmw_version(), header)) {
		printf("consumer: library %s, header %s\n", vmw_version(), header);
		return 1;
	}
	printf("consumer: libvmwrite %s\n", vmw_version());

	err = vmw_open_process(getpid(), 0, &t);
	if (no_device) {
		if (err != -ENOENT) {
			printf("consumer: open without the module: %s, not ENOENT\n",
			       strerror(-err));
			return 1;
		}
		printf("consumer: no /dev/vmwrite: ENOENT, as documented\n");
		return 0;
	}
	if (err) {
		printf("consumer: vmw_open_process(self): %s\n", strerror(-err));
		return 1;
	}
	err = vmw_write(t, (unsigned long)&value, &want, sizeof(want), &done);
	if (err || done != sizeof(want) || value != want) {
		printf("consumer: vmw_write: %s, %zu bytes, value %#llx\n",
		       strerror(-err), done, value);
		return 1;
	}
	err = vmw_read(t, (unsigned long)&value, &got, sizeof(got), &done);
	vmw_close(t);
	if (err || done != sizeof(got) || got != want) {
		printf("consumer: vmw_read: %s, %zu bytes, %#llx\n", strerror(-err), done, got);
		return 1;
	}
	printf("consumer: wrote and read back %#llx through /dev/vmwrite\n", got);
	return 0;
}
