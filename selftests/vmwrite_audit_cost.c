// SPDX-License-Identifier: GPL-2.0
/*
 * What the audit trail costs a writer when nobody listens: the rate of
 * 8-byte process writes with the module as built (the generic netlink
 * family, counters, kernel audit records) against the same module built
 * with VMWRITE_AUDIT=n, loaded in turn in the same guest, rounds in
 * alternating order, medians compared.
 *
 * Measures only; asserts nothing: emulated guests are too noisy to judge.
 * Ends with the module as built loaded again.
 *
 * usage: vmwrite_audit_cost WITH.ko WITHOUT.ko
 * Prints TAP: one test, the whole run.
 */

#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <linux/vmwrite.h>

#include "vmwrite_selftest.h"

#define ROUNDS	9
#define WRITES	20000

static volatile uint64_t cell;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int load(const char *ko)
{
	char cmd[512];

	/* Not loaded yet is fine: the first round's unload may fail. */
	if (system("rmmod vmwrite 2>/dev/null") < 0)
		return -1;
	snprintf(cmd, sizeof(cmd), "insmod %s", ko);
	return system(cmd) ? -1 : 0;
}

/* 8-byte writes per second into @pid through the module now loaded. */
static double rate(pid_t pid)
{
	uint64_t v = 0, done;
	double t;
	int dev, i;

	dev = session_open(pid, O_RDWR, NULL);
	if (dev < 0)
		return -1;
	for (i = 0; i < WRITES / 10; i++)	/* warm up */
		xfer(dev, true, (uintptr_t)&cell, &v, 8, &done);
	t = now();
	for (i = 0; i < WRITES; i++)
		if (xfer(dev, true, (uintptr_t)&cell, &v, 8, &done)) {
			close(dev);
			return -1;
		}
	t = now() - t;
	close(dev);
	return WRITES / t;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v)
{
	qsort(v, ROUNDS, sizeof(*v), cmp);
	return v[ROUNDS / 2];
}

int main(int argc, char **argv)
{
	double r[2][ROUNDS], with, without;
	const char *ko[2];
	int round, i, k;
	pid_t pid;

	if (argc != 3) {
		fprintf(stderr, "usage: %s WITH.ko WITHOUT.ko\n", argv[0]);
		return 2;
	}
	ko[0] = argv[1];
	ko[1] = argv[2];
	printf("1..1\n");
	pid = spawn_sleeper();
	for (round = 0; round < ROUNDS; round++) {
		for (i = 0; i < 2; i++) {
			k = (round + i) % 2;	/* ABBAAB...: neither always first */
			if (load(ko[k]) || (r[k][round] = rate(pid)) < 0) {
				printf("not ok 1 - audit cost: %s: cannot load or write\n", ko[k]);
				load(ko[0]);
				reap(pid);
				return 1;
			}
		}
	}
	reap(pid);
	if (load(ko[0])) {
		printf("not ok 1 - audit cost: cannot load %s again\n", ko[0]);
		return 1;
	}
	with = median(r[0]);
	without = median(r[1]);
	printf("# 8-byte process writes, nobody listening, medians of %d interleaved rounds of %d:\n",
	       ROUNDS, WRITES);
	printf("#   with the audit trail %.0f/s, without %.0f/s: %.3fx the time (%+.1f%%)\n",
	       with, without, without / with, (without / with - 1) * 100);
	printf("ok 1 - audit cost: measured\n");
	return 0;
}
