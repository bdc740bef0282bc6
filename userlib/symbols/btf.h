/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * Types of the running kernel from its BTF, for IDebugSymbols' type queries
 * (GetTypeId, GetTypeSize, GetFieldOffset, GetFieldTypeAndOffset,
 * GetTypeName): the kernel image's BTF, /sys/kernel/btf/vmlinux, and a
 * loaded module's, /sys/kernel/btf/MODULE, which is split BTF on top of the
 * image's.  libbpf parses them; this file only asks libbpf.
 *
 * Part of libvmwrite-symbols.a and of its rules (symbols.h): nothing
 * prints, functions return 0 or -errno and say why in the caller's @why
 * buffer, and names are (name, length) pairs.  Whoever links a program
 * calling these needs $(BPF_LIBS) (symbols/build.mk).  A handle may be used
 * by several threads at once: lookups only read it.
 *
 * Type ids are BTF's: 0 is void.  The kernel image's types have the same
 * id in every handle of one kernel; a module's own types come after them,
 * so their ids mean something only in that module's handle.
 */

#ifndef VMW_SYMBOLS_BTF_H
#define VMW_SYMBOLS_BTF_H

#include <stddef.h>
#include <stdint.h>

/* Where the running kernel shows its BTF, and the kernel image's file there. */
#define KTYPES_DIR	"/sys/kernel/btf"
#define KTYPES_KERNEL	"vmlinux"

/* The BTF of the kernel image or of one module. */
struct ktypes;
struct btf;

/*
 * The BTF of @module in KTYPES_DIR: NULL or KTYPES_KERNEL for the kernel
 * image, else a module's name as /proc/modules spells it ('-' is taken for
 * '_'), whose BTF is loaded on top of a fresh copy of the image's.  Returns
 * 0 and *@out, to ktypes_close(), or -errno: -ENOENT if there is no such
 * BTF (a kernel without CONFIG_DEBUG_INFO_BTF, a module not loaded, built
 * in, or built without BTF, as out-of-tree modules built against Debian's
 * headers are), -EINVAL if @module is no module name or the file no BTF.
 */
int ktypes_open(const char *module, struct ktypes **out, char *why, size_t size);
/* The same from the files vmlinux and @module in @dir (NULL: KTYPES_DIR). */
int ktypes_open_dir(const char *dir, const char *module, struct ktypes **out, char *why,
		    size_t size);
/*
 * @module's BTF on top of that of @kernel, a handle of the kernel image,
 * instead of parsing the image's again (it is megabytes).  The module
 * handle keeps @kernel's BTF alive: each handle is closed on its own, in
 * any order.  NULL or KTYPES_KERNEL gives @kernel again.
 */
int ktypes_open_module(struct ktypes *kernel, const char *module, struct ktypes **out,
		       char *why, size_t size);
void ktypes_close(struct ktypes *kt);

/* libbpf's view of @kt, for what this file does not answer. */
const struct btf *ktypes_btf(const struct ktypes *kt);

/*
 * The id of type @name (@len bytes), written as in C:
 *   "struct task_struct", "union bpf_attr", "enum pid_type"  only that kind
 *   "task_struct", "pid_t"   the first of: struct, union, typedef, enum,
 *                            integer or float type of that name, as a
 *                            dbgeng caller writes "_EPROCESS" bare
 *   "unsigned long", "long unsigned int"   integers in any C spelling
 *   "void"                   id 0
 *   "struct list_head *", "const char *", "char *const", "int [4]", "int []"
 *                            a pointer, qualifier or array BTF has of that
 *                            type: BTF holds only those the kernel uses.
 * A module's handle looks in the module's own types before the image's.
 * When several types have one name and kind, the first one wins.  Returns
 * 0, -ENOENT if there is no such type (@why says which part is missing),
 * or -EINVAL if @name is no type name.
 */
int ktypes_find(const struct ktypes *kt, const char *name, size_t len, uint32_t *id, char *why,
		size_t size);

/*
 * The size of type @id in bytes, through typedefs and qualifiers (0 for a
 * flexible array).  Returns 0, or -EINVAL for a type without a size (void,
 * a function, a struct only declared) or an id the handle does not have.
 */
int ktypes_size(const struct ktypes *kt, uint32_t id, uint64_t *bytes, char *why, size_t size);

/*
 * The C name of type @id, in *@name to free(): "struct task_struct",
 * "unsigned long" (integers in their shortest spelling, whatever the
 * compiler called them), "pid_t", "struct list_head *", "char [16]",
 * "const char *", "void (*)(struct callback_head *)", and "struct {...}"
 * for an anonymous struct.  ktypes_find() takes it back, if BTF has the
 * type by that name.  Returns 0, -EINVAL for an id the handle does not
 * have, or -ENOMEM.
 */
int ktypes_name(const struct ktypes *kt, uint32_t id, char **name, char *why, size_t size);

/* Where ktypes_field() found a field. */
struct ktypes_field {
	uint64_t offset;	/* bytes from the start of the outer type */
	uint32_t type;		/* the field's type, as declared (a typedef stays one) */
	uint32_t bit_pos;	/* a bitfield's first bit, counted from @offset */
	uint32_t bit_size;	/* a bitfield's width; 0 for any other field */
};

/*
 * The field of struct or union @id (or a typedef of one) at @path (@len
 * bytes): a field name, or a dotted path "a.b.c" into fields that are
 * structs or unions themselves, as dbgeng's GetFieldOffset takes
 * "Field.SubField".  Members of anonymous structs and unions are found as
 * if they were the outer type's, as C sees them.  A name may index an
 * array field: "a[3]", "a[1][2].b" (counted from 0, in decimal or 0x hex).
 *
 * A bitfield is found as WinDbg's dt shows it ("Pos 3, 2 Bits"): @offset
 * is that of the storage unit of its declared type that holds it, @bit_pos
 * and @bit_size place it there (little-endian bit order, as on x86).  Where
 * it does not fit in one unit (packed structs), the unit is the byte of its
 * first bit.  A path cannot go on through a bitfield.
 *
 * Returns 0, -ENOENT if a name of the path is no field, -EINVAL if @path
 * is malformed or leads through something that is no struct or union (a
 * pointer: paths do not follow them) or indexes what is no array, or
 * -ERANGE for an index past the end of an array.
 */
int ktypes_field(const struct ktypes *kt, uint32_t id, const char *path, size_t len,
		 struct ktypes_field *f, char *why, size_t size);

#endif /* VMW_SYMBOLS_BTF_H */
