// SPDX-License-Identifier: GPL-2.0
/*
 * The process the gdb and lldb tests debug (scripts/tests/gdb.sh): built
 * with -g and linked dynamically, so that the debugger needs the
 * executable, auxv and the library list to find its symbols.  It counts,
 * and prints its struct every 100 ms, so that the test sees a change the
 * debugger made and that it never stopped.
 */

#include <stdio.h>
#include <time.h>

struct point {
	int x, y;
	char name[16];
};

struct point origin = { 3, 4, "origin" };
volatile unsigned long counter;

int main(void)
{
	const struct timespec tick = { 0, 10 * 1000 * 1000 };

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		if (++counter % 10 == 0)
			printf("x=%d y=%d counter=%lu\n", origin.x, origin.y, counter);
		nanosleep(&tick, NULL);
	}
}
