/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * Symbols of the running kernel and of processes: an internal library of
 * libvmwrite's front ends (the vmwrite tool, the dbgeng library's
 * IDebugSymbols), built as libvmwrite-symbols.a.  Not installed, and
 * not part of libvmwrite, whose users must not need libelf.
 *
 *   kallsyms.c  names of /proc/kallsyms, and where a per-CPU variable of one
 *               CPU is (the one thing here that reads memory, through the
 *               caller's open target)
 *   maps.c      the lines of /proc/PID/maps
 *   elf.c       the files a process maps and their ELF symbols (libelf)
 *   symtab.c    a table of symbols sorted by address, both ways
 *   btf.c       the running kernel's types, from its BTF (btf.h; libbpf)
 *
 * Nothing here prints: functions return 0 or -errno and describe the rest
 * in their result structs; the caller says it in its own words.  Names
 * are looked up as (name, length) pairs, so that a caller can pass a part
 * of a longer string such as "module!symbol+0x10".
 */

#ifndef VMW_SYMBOLS_H
#define VMW_SYMBOLS_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

struct vmw_target;

/*
 * The first line of small file @path (a sysctl, a module parameter), without
 * its newline, in @buf.  Returns 0 or -errno.
 */
int read_line(const char *path, char *buf, size_t size);

/* ---- symtab.c ----------------------------------------------------------- */

/* One symbol of a table. */
struct symbol {
	uint64_t addr;
	uint64_t size;		/* 0: not known (kallsyms) */
	size_t name;		/* offset in the table's names */
	unsigned int module;	/* the owner's index of the module it belongs to */
};

/* Symbols, in address order once symtab_sort() ran. */
struct symtab {
	struct symbol *sym;
	size_t n, room;
	char *names;
	size_t names_used, names_room;
};

static inline const char *symbol_name(const struct symtab *t, const struct symbol *s)
{
	return t->names + s->name;
}

/* Add @name (@len bytes); 0 or -ENOMEM.  Sort before any look-up. */
int symtab_add(struct symtab *t, uint64_t addr, uint64_t size, const char *name, size_t len,
	       unsigned int module);
void symtab_sort(struct symtab *t);
void symtab_free(struct symtab *t);
/* The symbol at or nearest before @addr; NULL if none is. */
const struct symbol *symtab_at(const struct symtab *t, uint64_t addr);
/* The next symbol called @name (@len bytes) after @after (NULL: the first). */
const struct symbol *symtab_find(const struct symtab *t, const char *name, size_t len,
				 const struct symbol *after);

/* ---- kallsyms.c --------------------------------------------------------- */

#define KALLSYMS_PATH		"/proc/kallsyms"
#define CPU_POSSIBLE_PATH	"/sys/devices/system/cpu/possible"
/* Where the kernel half of the x86-64 address space begins. */
#define KERNEL_HALF		(1ULL << 63)
/* The per-CPU areas: unsigned long __per_cpu_offset[NR_CPUS]. */
#define PER_CPU_OFFSET		"__per_cpu_offset"
/* How many symbols of one name a lookup keeps. */
#define KSYMS_KEPT		4

/* One symbol of the name looked up. */
struct ksym {
	uint64_t addr;
	char module[64];	/* "" for the kernel image */
};

struct ksym_lookup {
	unsigned long count;	/* symbols of the name */
	bool distinct;		/* not all at one address */
	bool hidden;		/* every address of the file reads 0 (kptr_restrict) */
	struct ksym sym[KSYMS_KEPT];	/* the first ones */
};

/*
 * The symbols called @name (@len bytes) in kallsyms file @path, in one pass.
 * Returns 0 (@l says what was found: one address is l->count && !l->distinct
 * && !l->hidden), or -errno if the file cannot be read.
 */
int ksym_lookup(const char *path, const char *name, size_t len, struct ksym_lookup *l);

#define MODULES_PATH		"/proc/modules"
/* The kernel image's name in a struct ksyms, and its extent in kallsyms. */
#define KERNEL_IMAGE		"vmlinux"
#define KERNEL_IMAGE_START	"_text"
#define KERNEL_IMAGE_END	"_end"

/* The kernel image or a loaded module. */
struct kmodule {
	char name[64];		/* KERNEL_IMAGE, or as /proc/modules spells it */
	uint64_t base, size;	/* a module's core text and its size (/proc/modules) */
};

/* Every symbol of the running kernel, and the modules they belong to. */
struct ksyms {
	struct symtab tab;	/* symbol.module indexes mod[] */
	struct kmodule *mod;	/* mod[0] is the kernel image */
	size_t nmod;
};

/*
 * Read kallsyms file @kallsyms and modules file @modules (MODULES_PATH; a
 * missing one is a kernel without modules) into @k.  Returns 0, -EPERM if
 * the addresses are hidden (kptr_restrict: every one reads 0), -ENOMEM, or
 * -errno if @kallsyms cannot be read.  ksyms_free() in every case.
 */
int ksyms_load(const char *kallsyms, const char *modules, struct ksyms *k);
void ksyms_free(struct ksyms *k);

/* Is @cpu in @list, a CPU list such as "0-3,8"? */
bool cpu_listed(const char *list, uint64_t cpu);

/*
 * Where CPU @cpu's per-CPU area starts: __per_cpu_offset[@cpu], read through
 * kernel target @t from @table, the address of __per_cpu_offset (kallsyms
 * lists per-CPU variables by their offset in the area).  The caller checks
 * first that @cpu is possible (cpu_listed(), CPU_POSSIBLE_PATH): the array
 * has NR_CPUS entries.  Returns vmw_read()'s result, with the bytes read in
 * @done (a whole read is 8); *@base is 0 for a CPU without an area.
 */
int per_cpu_base(struct vmw_target *t, uint64_t table, uint64_t cpu, uint64_t *base,
		 size_t *done);
/* The address per_cpu_base() reads: &__per_cpu_offset[@cpu]. */
static inline uint64_t per_cpu_slot(uint64_t table, uint64_t cpu)
{
	return table + 8 * cpu;
}

/* ---- maps.c ------------------------------------------------------------- */

/* A line of /proc/PID/maps. */
struct mapping {
	uint64_t start, end;
	uint64_t offset;		/* in the file */
	char perms[5];
	char path[PATH_MAX + 32];	/* room for " (deleted)" */
};

/* /proc/@pid/maps, opened for maps_next(); NULL and errno on failure. */
FILE *maps_open(pid_t pid);
/* The next mapping of @f into @m: 1, or 0 at the end.  *@line: a buffer to reuse, then free. */
int maps_next(FILE *f, char **line, size_t *cap, struct mapping *m);
/* The mapping of @pid that contains @addr: 1, 0 if none, -errno if unknown. */
int find_mapping(pid_t pid, uint64_t addr, struct mapping *m);

/* A mapping no session reaches ([vvar], [vsyscall], memfd_secret memory). */
bool mapping_is_special(const struct mapping *m);
bool mapping_is_shared(const struct mapping *m);
/* Its path, or "(anonymous)". */
const char *mapping_path(const struct mapping *m);

/* ---- elf.c -------------------------------------------------------------- */

/* A file mapped by a process, whose ELF symbols an address may name. */
struct module {
	char *path;		/* as /proc/PID/maps shows it */
	const char *name;	/* its basename, for MODULE!SYMBOL */
	uint64_t base;		/* where its file offset 0 is mapped */
	uint64_t end;		/* the end of its last mapping */
	bool has_base;
};

/* The mapped files of a process, in the order of /proc/PID/maps. */
struct modules {
	struct module *m;
	size_t n;
	pid_t pid;
};

/*
 * The files process @pid maps, each once; deleted files are left out, as
 * their path no longer leads to them.  Returns 0; -ELIBBAD if libelf cannot
 * be used (elf_errmsg(-1) in @why); -errno if /proc/@pid/maps cannot be
 * read (-ENOENT: no such process); -ENOMEM.  modules_free() in every case.
 */
int modules_load(pid_t pid, struct modules *mods, char *why, size_t size);
void modules_free(struct modules *mods);
/* The module called @name (@len bytes), e.g. "libc.so.6"; NULL if none. */
const struct module *module_by_name(const struct modules *mods, const char *name, size_t len);

/* What looking a symbol up in one file found. */
struct elf_sym {
	uint64_t addr;		/* in the process */
	bool found;
	bool local_dups;	/* only local definitions, at several addresses */
	bool has_symtab;	/* .symtab or .dynsym: not fully stripped */
};

/*
 * Look function or object @name (@len bytes) up in @mod: .symtab first, then
 * .dynsym; a global or weak definition wins over local ones.  Returns 0 (see
 * @r->found), -ENOEXEC if @mod is not an ELF executable or shared object,
 * -ENXIO if its symbols cannot be placed in the process, or another -errno
 * if it cannot be read; @why then says what went wrong.
 */
int elf_lookup(const struct modules *mods, const struct module *mod, const char *name,
	       size_t len, struct elf_sym *r, char *why, size_t size);

/* 0 if @mod is an ELF executable or shared object; -ENOEXEC if not, or -errno. */
int elf_check(const struct modules *mods, const struct module *mod);

/*
 * Every defined function and object of @mod, placed where the process has
 * them, added to @t with module index @index (not sorted).  Returns 0 or
 * what elf_lookup() returns, with @why.
 */
int elf_symbols(const struct modules *mods, const struct module *mod, unsigned int index,
		struct symtab *t, char *why, size_t size);

/* One ELF file modules_lookup() searched, and what it found there. */
struct elf_search_file {
	const struct module *mod;
	int err;		/* elf_lookup()'s, never -ENOEXEC: data files are left out */
	struct elf_sym r;
	char why[256];		/* if @err */
};

/* Where modules_lookup() looked, and the answer. */
struct elf_search {
	struct elf_search_file *file;	/* in search order; free() it */
	size_t n;
	size_t nfound;		/* files that define the symbol */
	bool distinct;		/* not all at one address */
	uint64_t addr;		/* the executable's, else the first file's */
};

/*
 * Look @name (@len bytes) up in every module: the executable first, and if
 * it is not there, in all the others (which then may disagree: @s->distinct).
 * The symbol has one address if s->nfound && !s->distinct.  Returns 0 or
 * -ENOMEM.
 */
int modules_lookup(const struct modules *mods, const char *name, size_t len,
		   struct elf_search *s);

#endif /* VMW_SYMBOLS_H */
