// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * ELF symbols of a process: the files it maps (from /proc/PID/maps) and the
 * functions and objects their .symtab or .dynsym define, placed where the
 * process has them.  It reads the files, never the process's memory, so it
 * knows nothing of symbols that a file loaded after the lookup brings.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gelf.h>

#include "symbols.h"

#define DELETED_SUFFIX	" (deleted)"

void modules_free(struct modules *mods)
{
	size_t i;

	for (i = 0; i < mods->n; i++)
		free(mods->m[i].path);
	free(mods->m);
	mods->m = NULL;
	mods->n = 0;
}

static struct module *module_by_path(const struct modules *mods, const char *path)
{
	size_t i;

	for (i = 0; i < mods->n; i++)
		if (!strcmp(mods->m[i].path, path))
			return &mods->m[i];
	return NULL;
}

const struct module *module_by_name(const struct modules *mods, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < mods->n; i++)
		if (strlen(mods->m[i].name) == len && !memcmp(mods->m[i].name, name, len))
			return &mods->m[i];
	return NULL;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcmp(s + n - k, suffix);
}

/* The entry of @mods for @path, added if new; NULL if out of memory. */
static struct module *module_add(struct modules *mods, size_t *room, const char *path)
{
	struct module *mod = module_by_path(mods, path);

	if (mod)
		return mod;
	if (mods->n == *room) {
		size_t grown = *room ? 2 * *room : 16;
		struct module *p = realloc(mods->m, grown * sizeof(*p));

		if (!p)
			return NULL;
		mods->m = p;
		*room = grown;
	}
	mod = &mods->m[mods->n];
	mod->path = strdup(path);
	if (!mod->path)
		return NULL;
	mod->name = strrchr(mod->path, '/') + 1;
	mod->has_base = false;
	mods->n++;
	return mod;
}

int modules_load(pid_t pid, struct modules *mods, char *why, size_t size)
{
	FILE *f = maps_open(pid);
	int err = f ? 0 : -errno;
	struct mapping m;
	struct module *mod;
	char *line = NULL;
	size_t cap = 0, room = 0;

	mods->m = NULL;
	mods->n = 0;
	mods->pid = pid;
	if (elf_version(EV_CURRENT) == EV_NONE) {
		snprintf(why, size, "%s", elf_errmsg(-1));
		if (f)
			fclose(f);
		return -ELIBBAD;
	}
	if (!f)
		return err;
	while (maps_next(f, &line, &cap, &m)) {
		if (m.path[0] != '/' || ends_with(m.path, DELETED_SUFFIX))
			continue;
		mod = module_add(mods, &room, m.path);
		if (!mod) {
			err = -ENOMEM;
			break;
		}
		if (m.offset == 0 && !mod->has_base) {
			mod->base = m.start;
			mod->has_base = true;
		}
	}
	free(line);
	fclose(f);
	return err;
}

/*
 * Open the file of @mod: through /proc/PID/root first, so that a process in
 * another mount namespace gets its own file, else by its path.
 */
static int module_open(const struct modules *mods, const struct module *mod)
{
	char path[PATH_MAX + 64];
	int fd, err;

	snprintf(path, sizeof(path), "/proc/%d/root%s", (int)mods->pid, mod->path);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0)
		return fd;
	err = errno;
	fd = open(mod->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		errno = err;
	return fd;
}

/*
 * Look @name (@len bytes) up in symbol table @scn: a defined function or
 * object.  A global or weak definition wins over local ones (static
 * variables of one name in several source files).
 */
static void elf_scan_symbols(Elf *elf, Elf_Scn *scn, const GElf_Shdr *sh, const char *name,
			     size_t len, struct elf_sym *r, GElf_Addr *value)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	size_t i, nsyms = sh->sh_entsize ? sh->sh_size / sh->sh_entsize : 0;
	bool local = false;
	GElf_Sym sym;

	for (i = 0; data && i < nsyms; i++) {
		const char *sname;
		int type;

		if (!gelf_getsym(data, (int)i, &sym) || sym.st_shndx == SHN_UNDEF)
			continue;
		type = GELF_ST_TYPE(sym.st_info);
		if (type != STT_FUNC && type != STT_OBJECT)
			continue;
		sname = elf_strptr(elf, sh->sh_link, sym.st_name);
		if (!sname || strncmp(sname, name, len) || sname[len])
			continue;
		if (GELF_ST_BIND(sym.st_info) != STB_LOCAL) {
			*value = sym.st_value;
			r->found = true;
			r->local_dups = false;
			return;
		}
		if (local && sym.st_value != *value)
			r->local_dups = true;
		if (!local)
			*value = sym.st_value;
		local = true;
	}
	r->found = local && !r->local_dups;
}

/* Where ET_DYN file @elf is loaded relative to its link addresses: its lowest PT_LOAD. */
static bool elf_load_vaddr(Elf *elf, GElf_Addr *vaddr)
{
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	size_t i, n;
	GElf_Phdr ph;
	bool any = false;

	if (elf_getphdrnum(elf, &n))
		return false;
	for (i = 0; i < n; i++) {
		if (!gelf_getphdr(elf, (int)i, &ph) || ph.p_type != PT_LOAD)
			continue;
		if (!any || ph.p_vaddr < *vaddr)
			*vaddr = ph.p_vaddr;
		any = true;
	}
	*vaddr &= ~(page - 1);
	return any;
}

int elf_lookup(const struct modules *mods, const struct module *mod, const char *name,
	       size_t len, struct elf_sym *r, char *why, size_t size)
{
	static const GElf_Word tables[] = { SHT_SYMTAB, SHT_DYNSYM };
	GElf_Addr value = 0, vaddr = 0;
	GElf_Ehdr eh;
	Elf_Scn *scn;
	GElf_Shdr sh;
	Elf *elf;
	size_t t;
	int fd, err = 0;

	memset(r, 0, sizeof(*r));
	fd = module_open(mods, mod);
	if (fd < 0) {
		err = -errno;
		snprintf(why, size, "%s", strerror(errno));
		return err;
	}
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!elf) {
		err = -EIO;
		snprintf(why, size, "%s", elf_errmsg(-1));
		goto out;
	}
	if (elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &eh) ||
	    (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)) {
		err = -ENOEXEC;
		snprintf(why, size, "not an ELF executable or shared object");
		goto out;
	}
	for (t = 0; t < sizeof(tables) / sizeof(tables[0]) && !r->found && !r->local_dups; t++) {
		for (scn = NULL; (scn = elf_nextscn(elf, scn)) != NULL;) {
			if (!gelf_getshdr(scn, &sh) || sh.sh_type != tables[t])
				continue;
			r->has_symtab = true;
			elf_scan_symbols(elf, scn, &sh, name, len, r, &value);
			break;
		}
	}
	if (!r->found)
		goto out;
	r->addr = value;
	if (eh.e_type == ET_EXEC)
		goto out;
	if (!mod->has_base || !elf_load_vaddr(elf, &vaddr)) {
		err = -ENXIO;
		r->found = false;
		snprintf(why, size, "%s", mod->has_base ? "no PT_LOAD segment" :
			 "its start (file offset 0) is not mapped");
		goto out;
	}
	r->addr = mod->base + value - vaddr;
out:
	elf_end(elf);
	close(fd);
	return err;
}

/* The index of the executable of @mods->pid in @mods, or @mods->n if unknown. */
static size_t module_exe(const struct modules *mods)
{
	char link[32], path[PATH_MAX];
	const struct module *mod;
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/%d/exe", (int)mods->pid);
	n = readlink(link, path, sizeof(path) - 1);
	if (n < 0)
		return mods->n;
	path[n] = '\0';
	mod = module_by_path(mods, path);
	return mod ? (size_t)(mod - mods->m) : mods->n;
}

int modules_lookup(const struct modules *mods, const char *name, size_t len,
		   struct elf_search *s)
{
	size_t exe = module_exe(mods), i, k;
	struct elf_search_file *f;

	memset(s, 0, sizeof(*s));
	s->file = calloc(mods->n + 1, sizeof(*s->file));
	if (!s->file)
		return -ENOMEM;
	for (k = 0; k <= mods->n; k++) {
		/* k == 0 is the executable, then the others in order. */
		i = k == 0 ? exe : k - 1;
		if (i >= mods->n || (k && i == exe))
			continue;
		f = &s->file[s->n];
		f->mod = &mods->m[i];
		f->err = elf_lookup(mods, f->mod, name, len, &f->r, f->why, sizeof(f->why));
		if (f->err == -ENOEXEC)
			continue;	/* a data file, not a module */
		s->n++;
		if (f->err || !f->r.found)
			continue;
		if (!s->nfound)
			s->addr = f->r.addr;
		s->distinct |= f->r.addr != s->addr;
		s->nfound++;
		if (i == exe)
			break;		/* the executable's own wins */
	}
	return 0;
}
