// SPDX-License-Identifier: GPL-2.0
/*
 * The demo's victim: a program that prints a string and a counter, and
 * stops once someone outside makes the counter reach 1000.
 */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static char greeting[64] = "hello from an unmodified process";
static volatile uint32_t counter;

/* Tells the demo script where to write, in @path if given. */
static void announce(FILE *f)
{
	fprintf(f, "target: pid %d greeting %p counter %p\n", getpid(),
		(void *)greeting, (void *)&counter);
	fflush(f);
}

int main(int argc, char **argv)
{
	FILE *f;

	announce(stdout);
	if (argc > 1) {
		f = fopen(argv[1], "w");
		if (!f)
			return 2;
		announce(f);
		fclose(f);
	}
	for (int i = 0; i < 300 && counter < 1000; i++, counter++) {
		printf("target: greeting=\"%s\" counter=%u\n", greeting,
		       counter);
		fflush(stdout);
		usleep(200000);
	}
	printf("target: done, counter=%u\n", counter);
	return counter < 1000;
}
