// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * /proc/PID/maps, line by line: where each mapping is, its protection,
 * file offset and path.  What maps shows is a snapshot: a mapping found
 * here may be gone by the time anything reads it.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "symbols.h"

FILE *maps_open(pid_t pid)
{
	char path[32];

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	return fopen(path, "re");
}

int maps_next(FILE *f, char **line, size_t *cap, struct mapping *m)
{
	ssize_t n;
	int pos;

	while ((n = getline(line, cap, f)) > 0) {
		if ((*line)[n - 1] == '\n')
			(*line)[n - 1] = '\0';
		pos = -1;
		if (sscanf(*line, "%" SCNx64 "-%" SCNx64 " %4s %" SCNx64 " %*x:%*x %*u %n",
			   &m->start, &m->end, m->perms, &m->offset, &pos) != 4 || pos < 0)
			continue;	/* not a mapping line: cannot happen */
		snprintf(m->path, sizeof(m->path), "%s", *line + pos);
		return 1;
	}
	return 0;
}

int find_mapping(pid_t pid, uint64_t addr, struct mapping *m)
{
	FILE *f = maps_open(pid);
	size_t cap = 0;
	char *line = NULL;
	int found = 0;

	if (!f)
		return -errno;
	while (!found && maps_next(f, &line, &cap, m))
		found = addr >= m->start && addr < m->end;
	free(line);
	fclose(f);
	return found;
}

/* memfd_secret memory is out of the kernel's reach too. */
bool mapping_is_special(const struct mapping *m)
{
	return !strcmp(m->path, "[vvar]") || !strcmp(m->path, "[vvar_vclock]") ||
	       !strcmp(m->path, "[vsyscall]") || !strcmp(m->path, "/secretmem (deleted)");
}

bool mapping_is_shared(const struct mapping *m)
{
	return m->perms[3] == 's';
}

const char *mapping_path(const struct mapping *m)
{
	return m->path[0] ? m->path : "(anonymous)";
}
