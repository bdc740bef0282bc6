// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * What the debugger learns of the target besides its memory: the target
 * description (the architecture; no registers), and where the symbols
 * are.  A process: its executable, its auxiliary vector (AT_ENTRY is what
 * relocates a PIE) and its shared libraries, from the dynamic linker's
 * own list (r_debug) read through the session.  The kernel: the KASLR
 * offset (the kernel's own vmcoreinfo note), and each loaded module's
 * .ko with the address of every allocated section, in the file's order,
 * since gdb cannot place the sections of a relocatable file by one base.
 */

#define _GNU_SOURCE
#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <gelf.h>

#include "gdbserver.h"
#include "symbols.h"

/* The kernel's PC, documented: its first byte of text. */
#define KERNEL_PC_SYMBOL	"_text"
/* Linker's address of _text without KASLR (x86-64 defaults), the fallback. */
#define KERNEL_TEXT_LINKED	0xffffffff81000000ULL

/* Bounds on what is read of a process's link map, against loops. */
#define MAX_DYNAMIC		1024
#define MAX_LIBRARIES		4096

/* The whole of file @path, NUL-terminated (not counted): 0 or -errno, silent. */
static int read_whole(const char *path, struct bytes *b)
{
	unsigned char *p;
	int fd, err;

	b->p = NULL;
	b->len = 0;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	err = read_all(fd, b);
	close(fd);
	p = err ? NULL : realloc(b->p, b->len + 1);
	if (!p) {
		free(b->p);
		return err ? -err : -ENOMEM;
	}
	b->p = p;
	b->p[b->len] = '\0';
	return 0;
}

/* ---- the target description ---------------------------------------------- */

/*
 * The architecture and OS ABI only: gdb then uses its own register layout,
 * which the server answers with every register unavailable but the PC.
 * The kernel is "none": gdb then lists modules by qXfer:libraries, whose
 * per-section addresses can place a .ko.
 */
static int build_tdesc(const struct gdb_target *gt, FILE *f)
{
	fprintf(f, "<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
		"<target version=\"1.0\">\n"
		"  <architecture>i386:x86-64</architecture>\n"
		"  <osabi>%s</osabi>\n"
		"</target>\n", gt->kernel ? "none" : "GNU/Linux");
	return 0;
}

/* ---- a process ----------------------------------------------------------- */

static int proc_path(char *buf, size_t size, pid_t pid, const char *what)
{
	int n = snprintf(buf, size, "/proc/%d/%s", (int)pid, what);

	return n < 0 || (size_t)n >= size ? -ENAMETOOLONG : 0;
}

/*
 * /proc/PID/exe as the target sees it: a process in a chroot or a mount
 * namespace of its own has it under its root, which is left out, since
 * vFile resolves paths inside that root.
 */
static int build_exec_file(const struct gdb_target *gt, FILE *f)
{
	char path[64], exe[PATH_MAX], root[PATH_MAX];
	const char *p = exe;
	ssize_t n, r;

	proc_path(path, sizeof(path), gt->pid, "exe");
	n = readlink(path, exe, sizeof(exe) - 1);
	if (n < 0)
		return -errno;
	exe[n] = '\0';
	proc_path(path, sizeof(path), gt->pid, "root");
	r = readlink(path, root, sizeof(root) - 1);
	if (r > 1) {
		root[r] = '\0';
		if (!strncmp(exe, root, (size_t)r) && exe[r] == '/')
			p = exe + r;
	}
	fputs(p, f);
	return 0;
}

static int build_auxv(const struct gdb_target *gt, FILE *f)
{
	struct bytes b;
	char path[64];
	int err;

	proc_path(path, sizeof(path), gt->pid, "auxv");
	err = read_whole(path, &b);
	if (err)
		return err;
	fwrite(b.p, 1, b.len, f);
	free(b.p);
	return 0;
}

/* Entry @type of the process's auxiliary vector, or 0. */
static uint64_t auxv_value(const struct gdb_target *gt, uint64_t type)
{
	Elf64_auxv_t a;
	struct bytes b;
	char path[64];
	uint64_t v = 0;
	size_t i;

	proc_path(path, sizeof(path), gt->pid, "auxv");
	if (read_whole(path, &b))
		return 0;
	for (i = 0; i + sizeof(a) <= b.len; i += sizeof(a)) {
		memcpy(&a, b.p + i, sizeof(a));
		if (a.a_type == type) {
			v = a.a_un.a_val;
			break;
		}
	}
	free(b.p);
	return v;
}

/* All @len bytes at @addr of the target, or -EFAULT. */
static int read_exact(const struct gdb_target *gt, uint64_t addr, void *buf, size_t len)
{
	size_t done = 0;
	int err = vmw_read(gt->tg->t, addr, buf, len, &done);

	if (err)
		return err;
	return done == len ? 0 : -EFAULT;
}

/* A NUL-terminated string at @addr, cut at @size - 1 bytes. */
static int read_string(const struct gdb_target *gt, uint64_t addr, char *buf, size_t size)
{
	size_t done = 0;
	int err = vmw_read(gt->tg->t, addr, buf, size - 1, &done);

	if (err)
		return err;
	buf[done] = '\0';
	return 0;
}

static void put_xml_escaped(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&apos;", f); break;
		default: fputc(*s, f); break;
		}
	}
}

/*
 * The address of the process's struct r_debug: DT_DEBUG of its executable's
 * dynamic section, found through the program headers AT_PHDR points at.
 * 0 when there is none (a static executable, or ld.so has not run yet).
 */
static uint64_t r_debug_address(const struct gdb_target *gt)
{
	uint64_t phdr = auxv_value(gt, AT_PHDR), phnum = auxv_value(gt, AT_PHNUM);
	uint64_t bias = 0, dynamic = 0, i;
	bool have_phdr = false;
	Elf64_Phdr ph;
	Elf64_Dyn dyn;

	if (!phdr || !phnum || phnum > 256)
		return 0;
	for (i = 0; i < phnum; i++) {
		if (read_exact(gt, phdr + i * sizeof(ph), &ph, sizeof(ph)))
			return 0;
		if (ph.p_type == PT_PHDR) {
			bias = phdr - ph.p_vaddr;
			have_phdr = true;
		} else if (ph.p_type == PT_DYNAMIC) {
			dynamic = ph.p_vaddr;
		}
	}
	if (!have_phdr || !dynamic)
		return 0;
	for (i = 0; i < MAX_DYNAMIC; i++) {
		if (read_exact(gt, bias + dynamic + i * sizeof(dyn), &dyn, sizeof(dyn)))
			return 0;
		if (dyn.d_tag == DT_NULL)
			return 0;
		if (dyn.d_tag == DT_DEBUG)
			return dyn.d_un.d_ptr;
	}
	return 0;
}

/* The part of glibc's struct link_map that is ABI (<link.h>). */
struct link_map64 {
	uint64_t l_addr, l_name, l_ld, l_next, l_prev;
};

/*
 * The dynamic linker's list of loaded objects, in gdb's library-list-svr4
 * form.  Its first entry is the executable: main-lm, not a library.
 */
static int build_libraries_svr4(const struct gdb_target *gt, FILE *f)
{
	uint64_t r_debug = r_debug_address(gt), lm = 0, prev = 0;
	struct link_map64 map;
	char name[PATH_MAX];
	int n;

	/* r_debug.r_map follows the int r_version, 8-aligned. */
	if (r_debug && read_exact(gt, r_debug + 8, &lm, sizeof(lm)))
		lm = 0;
	fprintf(f, "<library-list-svr4 version=\"1.0\"");
	if (lm)
		fprintf(f, " main-lm=\"0x%" PRIx64 "\"", lm);
	fputs(">\n", f);
	for (n = 0; lm && n < MAX_LIBRARIES; n++) {
		if (read_exact(gt, lm, &map, sizeof(map)) || map.l_prev != prev)
			break;		/* changing under us, or not a list */
		if (prev && map.l_name && !read_string(gt, map.l_name, name, sizeof(name)) &&
		    name[0]) {
			fputs("  <library name=\"", f);
			put_xml_escaped(f, name);
			fprintf(f, "\" lm=\"0x%" PRIx64 "\" l_addr=\"0x%" PRIx64
				"\" l_ld=\"0x%" PRIx64 "\" lmid=\"0x0\"/>\n", lm, map.l_addr,
				map.l_ld);
		}
		prev = lm;
		lm = map.l_next;
	}
	fputs("</library-list-svr4>\n", f);
	return 0;
}

/* ---- the kernel ---------------------------------------------------------- */

/* The address of kernel symbol @name, or 0. */
static uint64_t kernel_symbol(const struct gdb_target *gt, const char *name)
{
	struct ksym_lookup l;

	if (ksym_lookup(gt->tg->kallsyms, name, strlen(name), &l) || l.count != 1 || l.hidden)
		return 0;
	return l.sym[0].addr;
}

uint64_t gdb_kernel_text(struct gdb_target *gt)
{
	/* A pass over kallsyms: once, not for every g packet. */
	if (!gt->kernel_text)
		gt->kernel_text = kernel_symbol(gt, KERNEL_PC_SYMBOL);
	return gt->kernel_text;
}

int gdb_kaslr_offset(struct gdb_target *gt, uint64_t *offset)
{
	uint64_t note = kernel_symbol(gt, "vmcoreinfo_data"), data = 0, text;
	char buf[4096], *p;
	int err;

	/* The note the kernel writes for crash dumps: "KERNELOFFSET=%lx". */
	if (note && !read_exact(gt, note, &data, sizeof(data)) && data &&
	    !read_string(gt, data, buf, sizeof(buf))) {
		p = strstr(buf, "\nKERNELOFFSET=");
		if (p) {
			p += strlen("\nKERNELOFFSET=");
			err = hex_number((const char **)&p, offset);
			if (!err)
				return 0;
		}
	}
	text = gdb_kernel_text(gt);
	if (!text)
		return -ENOENT;
	*offset = text - KERNEL_TEXT_LINKED;
	return 0;
}

/* A loaded module and the file it was loaded from. */
struct kmod {
	char name[64];
	char *path;
};

/* What the walk of the module directories finds: each module's .ko. */
static struct {
	struct kmod *mods;
	size_t n;
} walk;

static void normalize(char *name)
{
	for (; *name; name++)
		if (*name == '-')
			*name = '_';
}

static int find_ko(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	const char *base = path + ftw->base;
	size_t len = strlen(base), i;
	char name[64];

	(void)st;
	if (type != FTW_F || len < 4 || len - 3 >= sizeof(name) || strcmp(base + len - 3, ".ko"))
		return 0;
	memcpy(name, base, len - 3);
	name[len - 3] = '\0';
	normalize(name);
	for (i = 0; i < walk.n; i++)
		if (!walk.mods[i].path && !strcmp(walk.mods[i].name, name))
			walk.mods[i].path = strdup(path);
	return 0;
}

/* The loaded modules, from /proc/modules, in its order. */
static int loaded_modules(struct kmod **out, size_t *n)
{
	struct kmod *mods = NULL, *p;
	char *buf, *line, *save = NULL;
	struct bytes b;
	size_t count = 0;
	int err;

	err = read_whole(MODULES_PATH, &b);
	if (err)
		return err == -ENOENT ? 0 : err;
	buf = (char *)b.p;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		p = realloc(mods, (count + 1) * sizeof(*mods));
		if (!p) {
			free(mods);
			free(buf);
			return -ENOMEM;
		}
		mods = p;
		memset(&mods[count], 0, sizeof(*mods));
		if (sscanf(line, "%63s", mods[count].name) == 1)
			count++;
	}
	free(buf);
	*out = mods;
	*n = count;
	return 0;
}

/*
 * The .ko of each module: in the directories given with --modules-dir, then
 * the kernel's debug tree (linux-image-*-dbg), then its module tree.  Only
 * uncompressed files: gdb reads no .ko.xz.
 */
static void find_module_files(const struct gdb_target *gt, struct kmod *mods, size_t n)
{
	struct utsname u;
	char dir[PATH_MAX];
	int i;

	walk.mods = mods;
	walk.n = n;
	for (i = 0; i < gt->nmodule_dirs; i++)
		nftw(gt->module_dirs[i], find_ko, 16, FTW_PHYS);
	if (uname(&u))
		return;
	snprintf(dir, sizeof(dir), "/usr/lib/debug/lib/modules/%s", u.release);
	nftw(dir, find_ko, 16, FTW_PHYS);
	snprintf(dir, sizeof(dir), "/lib/modules/%s", u.release);
	nftw(dir, find_ko, 16, FTW_PHYS);
}

static void free_modules(struct kmod *mods, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(mods[i].path);
	free(mods);
}

/* Where the kernel put section @sec of module @mod, from sysfs; 0 if not listed. */
static uint64_t section_address(const char *mod, const char *sec)
{
	char path[PATH_MAX], line[64];
	const char *p = line;
	uint64_t v;

	if (snprintf(path, sizeof(path), "/sys/module/%s/sections/%s", mod, sec) >=
	    (int)sizeof(path) || read_line(path, line, sizeof(line)))
		return 0;
	if (!strncmp(p, "0x", 2))
		p += 2;
	return hex_number(&p, &v) ? 0 : v;
}

/*
 * Call @fn for each allocated section of @m's .ko, in the file's order (the
 * order gdb matches qXfer:libraries' section addresses to), with its address
 * in the running kernel (0 for an empty section, which sysfs does not list)
 * and the address the file gives it (ld -r leaves some sections, .data
 * among them, at an offset of their own).
 */
static int for_each_section(const struct kmod *m,
			    void (*fn)(void *arg, const char *name, uint64_t addr, uint64_t linked),
			    void *arg)
{
	size_t shstrndx;
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	const char *name;
	int fd, err = 0;
	Elf *e;

	if (elf_version(EV_CURRENT) == EV_NONE)
		return -ENOSYS;
	fd = open(m->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (!e || elf_kind(e) != ELF_K_ELF || elf_getshdrstrndx(e, &shstrndx)) {
		err = -ENOEXEC;
		goto out;
	}
	while ((scn = elf_nextscn(e, scn))) {
		if (!gelf_getshdr(scn, &sh) || !(sh.sh_flags & SHF_ALLOC))
			continue;
		name = elf_strptr(e, shstrndx, sh.sh_name);
		if (!name)
			continue;
		fn(arg, name, sh.sh_size ? section_address(m->name, name) : 0, sh.sh_addr);
	}
out:
	if (e)
		elf_end(e);
	close(fd);
	return err;
}

/*
 * gdb adds a section's "address" to the address the file gives it, which
 * vFile serves as 0 (gdb_vfile.c): the address in the kernel, as it is.
 */
static void put_section(void *arg, const char *name, uint64_t addr, uint64_t linked)
{
	(void)name;
	(void)linked;
	fprintf(arg, "    <section address=\"0x%" PRIx64 "\"/>\n", addr);
}

/* The modules as qXfer:libraries:read lists them, for gdb's solib-target. */
static int build_libraries(const struct gdb_target *gt, FILE *f)
{
	struct kmod *mods = NULL;
	size_t n = 0, i;
	int err = loaded_modules(&mods, &n);

	if (err)
		return err;
	find_module_files(gt, mods, n);
	fputs("<library-list version=\"1.0\">\n", f);
	for (i = 0; i < n; i++) {
		if (!mods[i].path)
			continue;
		fputs("  <library name=\"", f);
		put_xml_escaped(f, mods[i].path);
		fputs("\">\n", f);
		for_each_section(&mods[i], put_section, f);
		fputs("  </library>\n", f);
	}
	fputs("</library-list>\n", f);
	free_modules(mods, n);
	return 0;
}

static void put_add_symbol_file(void *arg, const char *name, uint64_t addr, uint64_t linked)
{
	(void)linked;		/* add-symbol-file takes where a section is */
	if (!addr)
		return;
	/* .text is the positional address; every other section a -s. */
	if (!strcmp(name, ".text"))
		fprintf(arg, " 0x%" PRIx64, addr);
	else
		fprintf(arg, " -s %s 0x%" PRIx64, name, addr);
}

int gdb_module_commands(struct gdb_target *gt, char **out, size_t *len)
{
	struct kmod *mods = NULL;
	size_t n = 0, i;
	int err = loaded_modules(&mods, &n);
	FILE *f;

	if (err)
		return err;
	find_module_files(gt, mods, n);
	f = open_memstream(out, len);
	if (!f) {
		free_modules(mods, n);
		return -ENOMEM;
	}
	for (i = 0; i < n; i++) {
		if (!mods[i].path) {
			fprintf(f, "# %s: no uncompressed .ko found (--modules-dir DIR, or the "
				"kernel's -dbg package)\n", mods[i].name);
			continue;
		}
		fprintf(f, "add-symbol-file %s", mods[i].path);
		for_each_section(&mods[i], put_add_symbol_file, f);
		fputc('\n', f);
	}
	err = fclose(f) ? -ENOMEM : 0;
	free_modules(mods, n);
	return err;
}

/* ---- the PC -------------------------------------------------------------- */

/*
 * A process: where /proc/PID/syscall shows its (main) thread blocked, else
 * its entry point; the kernel: _text.  Never a real stop location: gdb only
 * needs some PC to connect.
 */
uint64_t gdb_pc(struct gdb_target *gt)
{
	char path[64], line[256], *last;
	const char *p;
	uint64_t pc;

	if (gt->kernel)
		return gdb_kernel_text(gt);
	proc_path(path, sizeof(path), gt->pid, "syscall");
	if (!read_line(path, line, sizeof(line)) && strcmp(line, "running")) {
		last = strrchr(line, ' ');
		p = last ? last + 1 : line;
		if (!strncmp(p, "0x", 2))
			p += 2;
		if (!hex_number(&p, &pc) && pc)
			return pc;
	}
	return auxv_value(gt, AT_ENTRY);
}

/* ---- qXfer --------------------------------------------------------------- */

struct object_kind {
	const char *name;
	bool process, kernel;	/* which targets have it */
	int (*build)(const struct gdb_target *gt, FILE *f);
};

static const struct object_kind kinds[] = {
	{ "features", true, true, build_tdesc },
	{ "exec-file", true, false, build_exec_file },
	{ "auxv", true, false, build_auxv },
	{ "libraries-svr4", true, false, build_libraries_svr4 },
	{ "libraries", false, true, build_libraries },
};

static const struct object_kind *kind_of(const struct gdb_target *gt, const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(kinds[i].name, name) && (gt->kernel ? kinds[i].kernel : kinds[i].process))
			return &kinds[i];
	return NULL;
}

void gdb_announce_objects(const struct gdb_target *gt, struct rsp *c)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (gt->kernel ? kinds[i].kernel : kinds[i].process)
			rsp_printf(c, ";qXfer:%s:read+", kinds[i].name);
}

int gdb_object(struct gdb_target *gt, const char *name, const char *annex, uint64_t offset,
	       const char **obj, size_t *len)
{
	const struct object_kind *k = kind_of(gt, name);
	FILE *f;
	int err;

	if (!k)
		return -ENOENT;
	/* One target description, target.xml; the others take no annex or a PID. */
	if (!strcmp(name, "features") && strcmp(annex, "target.xml"))
		return -ENOENT;
	if (offset == 0 || strcmp(gt->object_name, name)) {
		free(gt->object);
		gt->object = NULL;
		gt->object_len = 0;
		gt->object_name[0] = '\0';
		f = open_memstream(&gt->object, &gt->object_len);
		if (!f)
			return -ENOMEM;
		err = k->build(gt, f);
		if (fclose(f) && !err)
			err = -ENOMEM;
		if (err) {
			free(gt->object);
			gt->object = NULL;
			return err;
		}
		snprintf(gt->object_name, sizeof(gt->object_name), "%s", name);
	}
	if (offset > gt->object_len)
		offset = gt->object_len;
	*obj = gt->object + offset;
	*len = gt->object_len - offset;
	return 0;
}

void gdb_target_free(struct gdb_target *gt)
{
	free(gt->object);
	gt->object = NULL;
}
