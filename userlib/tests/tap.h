/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/* Minimal TAP output for the host tests: "ok N name" / "not ok N name". */

#ifndef VMW_TESTS_TAP_H
#define VMW_TESTS_TAP_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

static int tap_count, tap_failed;

static inline bool __attribute__((format(printf, 2, 3))) tap(bool ok, const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	tap_failed += !ok;
	printf("%sok %d ", ok ? "" : "not ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
	return ok;
}

static inline void __attribute__((format(printf, 1, 2))) tap_skip(const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	printf("ok %d ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}

/* A diagnostic line, shown under a failure. */
#define tap_diag(...)	do { printf("# " __VA_ARGS__); putchar('\n'); } while (0)

static inline int tap_exit(void)
{
	return tap_failed ? 1 : 0;
}

#endif /* VMW_TESTS_TAP_H */
