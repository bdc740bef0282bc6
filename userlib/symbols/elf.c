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
	mod->end = 0;
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
		if (m.end > mod->end)
			mod->end = m.end;
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

/* A walk over the defined functions and objects of a symbol table. */
struct elf_walk {
	Elf *elf;
	Elf_Data *data;
	const GElf_Shdr *sh;
	size_t i, n;
};

static void elf_walk_start(struct elf_walk *w, Elf *elf, Elf_Scn *scn, const GElf_Shdr *sh)
{
	w->elf = elf;
	w->data = elf_getdata(scn, NULL);
	w->sh = sh;
	w->i = 0;
	w->n = w->data && sh->sh_entsize ? sh->sh_size / sh->sh_entsize : 0;
}

/* The next one in *@sym, and its name; NULL at the end. */
static const char *elf_walk_next(struct elf_walk *w, GElf_Sym *sym)
{
	while (w->i < w->n) {
		const char *name;
		int type;

		if (!gelf_getsym(w->data, (int)w->i++, sym) || sym->st_shndx == SHN_UNDEF)
			continue;
		type = GELF_ST_TYPE(sym->st_info);
		if (type != STT_FUNC && type != STT_OBJECT)
			continue;
		name = elf_strptr(w->elf, w->sh->sh_link, sym->st_name);
		if (name && *name)
			return name;
	}
	return NULL;
}

/*
 * Look @name (@len bytes) up in symbol table @scn: a defined function or
 * object.  A global or weak definition wins over local ones (static
 * variables of one name in several source files).
 */
static void elf_scan_symbols(Elf *elf, Elf_Scn *scn, const GElf_Shdr *sh, const char *name,
			     size_t len, struct elf_sym *r, GElf_Addr *value)
{
	struct elf_walk w;
	const char *sname;
	bool local = false;
	GElf_Sym sym;

	elf_walk_start(&w, elf, scn, sh);
	while ((sname = elf_walk_next(&w, &sym)) != NULL) {
		if (strncmp(sname, name, len) || sname[len])
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

/* An ELF executable or shared object a process maps, open. */
struct elf_file {
	int fd;
	Elf *elf;
	GElf_Ehdr eh;
};

static void elf_file_close(struct elf_file *f)
{
	elf_end(f->elf);
	close(f->fd);
}

/* Open the file of @mod: 0, -ENOEXEC if not an executable or shared object, or -errno. */
static int elf_file_open(const struct modules *mods, const struct module *mod,
			 struct elf_file *f, char *why, size_t size)
{
	int err;

	f->fd = module_open(mods, mod);
	if (f->fd < 0) {
		err = -errno;
		snprintf(why, size, "%s", strerror(errno));
		return err;
	}
	f->elf = elf_begin(f->fd, ELF_C_READ_MMAP, NULL);
	if (!f->elf) {
		snprintf(why, size, "%s", elf_errmsg(-1));
		close(f->fd);
		return -EIO;
	}
	if (elf_kind(f->elf) != ELF_K_ELF || !gelf_getehdr(f->elf, &f->eh) ||
	    (f->eh.e_type != ET_EXEC && f->eh.e_type != ET_DYN)) {
		snprintf(why, size, "not an ELF executable or shared object");
		elf_file_close(f);
		return -ENOEXEC;
	}
	return 0;
}

/*
 * What to add to a symbol's value to get its address in the process: 0
 * for ET_EXEC, else where the lowest PT_LOAD of the file went.  0 or -ENXIO.
 */
static int elf_file_bias(const struct module *mod, const struct elf_file *f, uint64_t *bias,
			 char *why, size_t size)
{
	GElf_Addr vaddr = 0;

	*bias = 0;
	if (f->eh.e_type == ET_EXEC)
		return 0;
	if (!mod->has_base || !elf_load_vaddr(f->elf, &vaddr)) {
		snprintf(why, size, "%s", mod->has_base ? "no PT_LOAD segment" :
			 "its start (file offset 0) is not mapped");
		return -ENXIO;
	}
	*bias = mod->base - vaddr;
	return 0;
}

int elf_lookup(const struct modules *mods, const struct module *mod, const char *name,
	       size_t len, struct elf_sym *r, char *why, size_t size)
{
	static const GElf_Word tables[] = { SHT_SYMTAB, SHT_DYNSYM };
	GElf_Addr value = 0;
	struct elf_file f;
	uint64_t bias;
	Elf_Scn *scn;
	GElf_Shdr sh;
	size_t t;
	int err;

	memset(r, 0, sizeof(*r));
	err = elf_file_open(mods, mod, &f, why, size);
	if (err)
		return err;
	for (t = 0; t < sizeof(tables) / sizeof(tables[0]) && !r->found && !r->local_dups; t++) {
		for (scn = NULL; (scn = elf_nextscn(f.elf, scn)) != NULL;) {
			if (!gelf_getshdr(scn, &sh) || sh.sh_type != tables[t])
				continue;
			r->has_symtab = true;
			elf_scan_symbols(f.elf, scn, &sh, name, len, r, &value);
			break;
		}
	}
	if (!r->found)
		goto out;
	err = elf_file_bias(mod, &f, &bias, why, size);
	if (err)
		r->found = false;
	else
		r->addr = value + bias;
out:
	elf_file_close(&f);
	return err;
}

int elf_check(const struct modules *mods, const struct module *mod)
{
	struct elf_file f;
	char why[128];
	int err = elf_file_open(mods, mod, &f, why, sizeof(why));

	if (!err)
		elf_file_close(&f);
	return err;
}

/* Add the defined functions and objects of symbol table @scn to @t. */
static int elf_add_symbols(Elf *elf, Elf_Scn *scn, const GElf_Shdr *sh, uint64_t bias,
			   unsigned int index, struct symtab *t)
{
	struct elf_walk w;
	const char *name;
	GElf_Sym sym;

	elf_walk_start(&w, elf, scn, sh);
	while ((name = elf_walk_next(&w, &sym)) != NULL)
		if (symtab_add(t, sym.st_value + bias, sym.st_size, name, strlen(name), index))
			return -ENOMEM;
	return 0;
}

int elf_symbols(const struct modules *mods, const struct module *mod, unsigned int index,
		struct symtab *t, char *why, size_t size)
{
	Elf_Scn *scn, *symtab = NULL, *dynsym = NULL;
	struct elf_file f;
	uint64_t bias;
	GElf_Shdr sh;
	int err;

	err = elf_file_open(mods, mod, &f, why, size);
	if (err)
		return err;
	err = elf_file_bias(mod, &f, &bias, why, size);
	for (scn = NULL; !err && (scn = elf_nextscn(f.elf, scn)) != NULL;) {
		if (!gelf_getshdr(scn, &sh))
			continue;
		if (sh.sh_type == SHT_SYMTAB)
			symtab = scn;
		else if (sh.sh_type == SHT_DYNSYM)
			dynsym = scn;
	}
	/* .symtab has what .dynsym has and more; a stripped file has only .dynsym. */
	scn = symtab ? symtab : dynsym;
	if (!err && scn && gelf_getshdr(scn, &sh))
		err = elf_add_symbols(f.elf, scn, &sh, bias, index, t);
	if (err == -ENOMEM)
		snprintf(why, size, "%s", strerror(ENOMEM));
	elf_file_close(&f);
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
