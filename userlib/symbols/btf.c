// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Kernel types from BTF (btf.h): the files of /sys/kernel/btf, read,
 * parsed and walked by libbpf.  What is written here is what libbpf has no
 * call for: type names as C writes them, in both directions, and field
 * paths through anonymous members.
 *
 * libbpf reports a malformed file on stderr through its print callback,
 * which is global: while a file is parsed, a callback of ours takes the
 * messages instead and @why gets the last one.  Another thread's libbpf
 * messages are lost in that moment; none of ours reach its callback.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "btf.h"

/* Deeper than any C type the kernel declares: past it, BTF has a loop. */
#define MAX_DEPTH	32
/* Longer than any module name (MODULE_NAME_LEN, 56). */
#define MODULE_NAME_MAX	64
/* What ktypes_find() takes: pointer levels, array dimensions, name length. */
#define MAX_PTRS	8
#define MAX_DIMS	4
#define MAX_BASE	128

struct ktypes {
	struct btf *btf;
	struct ktypes *kernel;	/* a module's: the image's handle its BTF sits on */
	unsigned long refs;	/* its caller's, and one per module handle on it */
	char *dir;
	char name[MODULE_NAME_MAX];	/* "vmlinux" or the module's */
};

/* ---- reading and parsing ------------------------------------------------ */

static pthread_mutex_t print_lock = PTHREAD_MUTEX_INITIALIZER;
/* What libbpf last said in this thread while print_lock was ours. */
static __thread char libbpf_said[160];

static int keep_message(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	size_t n;

	(void)level;
	vsnprintf(libbpf_said, sizeof(libbpf_said), fmt, ap);
	n = strlen(libbpf_said);
	if (n && libbpf_said[n - 1] == '\n')
		libbpf_said[n - 1] = '\0';
	return 0;
}

/*
 * File @path as raw BTF (what sysfs shows), split BTF on top of @base if
 * not NULL.  libbpf reads the file itself: 1.1 declares btf__new_split()
 * but has none to link.
 */
static int parse(const char *path, struct btf *base, struct btf **btf, char *why, size_t size)
{
	libbpf_print_fn_t old;
	int err;

	pthread_mutex_lock(&print_lock);
	libbpf_said[0] = '\0';
	old = libbpf_set_print(keep_message);
	*btf = base ? btf__parse_raw_split(path, base) : btf__parse_raw(path);
	err = *btf ? 0 : errno ? -errno : -EINVAL;
	libbpf_set_print(old);
	/* EPROTO: no BTF magic; EIO: not even that many bytes. */
	if (err == -EPROTO || err == -EIO)
		err = -EINVAL;
	if (err == -EINVAL)
		snprintf(why, size, "%s: not %sBTF%s%s", path, base ? "split " : "",
			 libbpf_said[0] ? ": " : "", libbpf_said);
	else if (err)
		snprintf(why, size, "%s: %s", path, strerror(-err));
	pthread_mutex_unlock(&print_lock);
	return err;
}

static bool is_kernel(const char *module)
{
	return !module || !strcmp(module, KTYPES_KERNEL);
}

static struct ktypes *ktypes_new(const char *dir, const char *name)
{
	struct ktypes *kt = calloc(1, sizeof(*kt));

	if (!kt)
		return NULL;
	kt->dir = strdup(dir);
	if (!kt->dir) {
		free(kt);
		return NULL;
	}
	snprintf(kt->name, sizeof(kt->name), "%s", name);
	kt->refs = 1;
	return kt;
}

static int open_kernel(const char *dir, struct ktypes **out, char *why, size_t size)
{
	char path[PATH_MAX];
	struct ktypes *kt;
	int err;

	if (snprintf(path, sizeof(path), "%s/%s", dir, KTYPES_KERNEL) >= (int)sizeof(path)) {
		snprintf(why, size, "%s: path too long", dir);
		return -ENAMETOOLONG;
	}
	kt = ktypes_new(dir, KTYPES_KERNEL);
	if (!kt) {
		snprintf(why, size, "%s", strerror(ENOMEM));
		return -ENOMEM;
	}
	err = parse(path, NULL, &kt->btf, why, size);
	if (err == -ENOENT)
		snprintf(why, size, "%s: no such file: the kernel has no BTF "
			 "(CONFIG_DEBUG_INFO_BTF), or sysfs is not mounted", path);
	if (err) {
		ktypes_close(kt);
		return err;
	}
	*out = kt;
	return 0;
}

int ktypes_open_module(struct ktypes *kernel, const char *module, struct ktypes **out,
		       char *why, size_t size)
{
	char name[MODULE_NAME_MAX], path[PATH_MAX];
	size_t i, len;
	struct ktypes *kt;
	int err;

	*out = NULL;
	if (kernel->kernel) {
		snprintf(why, size, "module %s: a module's BTF goes on the kernel image's, not on "
			 "module %s's", module ? module : KTYPES_KERNEL, kernel->name);
		return -EINVAL;
	}
	if (is_kernel(module)) {
		__atomic_add_fetch(&kernel->refs, 1, __ATOMIC_RELAXED);
		*out = kernel;
		return 0;
	}
	/* The kernel's own spelling, as /proc/modules and /sys/kernel/btf have it. */
	len = strlen(module);
	if (!len || len >= sizeof(name) || strchr(module, '/') || !strcmp(module, ".") ||
	    !strcmp(module, "..")) {
		snprintf(why, size, "'%s' is not a module name", module);
		return -EINVAL;
	}
	for (i = 0; i <= len; i++)
		name[i] = module[i] == '-' ? '_' : module[i];
	if (snprintf(path, sizeof(path), "%s/%s", kernel->dir, name) >= (int)sizeof(path)) {
		snprintf(why, size, "%s: path too long", kernel->dir);
		return -ENAMETOOLONG;
	}
	kt = ktypes_new(kernel->dir, name);
	if (!kt) {
		snprintf(why, size, "%s", strerror(ENOMEM));
		return -ENOMEM;
	}
	err = parse(path, kernel->btf, &kt->btf, why, size);
	if (err == -ENOENT)
		snprintf(why, size, "%s: no such file: module %s is not loaded, or has no BTF: "
			 "built in, its types are vmlinux's; built out of tree against Debian's "
			 "headers, it has none (they lack the vmlinux that BTF is made against)",
			 path, name);
	if (err) {
		ktypes_close(kt);
		return err;
	}
	__atomic_add_fetch(&kernel->refs, 1, __ATOMIC_RELAXED);
	kt->kernel = kernel;
	*out = kt;
	return 0;
}

int ktypes_open_dir(const char *dir, const char *module, struct ktypes **out, char *why,
		    size_t size)
{
	struct ktypes *kernel;
	int err;

	*out = NULL;
	err = open_kernel(dir ? dir : KTYPES_DIR, &kernel, why, size);
	if (err)
		return err;
	err = ktypes_open_module(kernel, module, out, why, size);
	ktypes_close(kernel);
	return err;
}

int ktypes_open(const char *module, struct ktypes **out, char *why, size_t size)
{
	return ktypes_open_dir(KTYPES_DIR, module, out, why, size);
}

void ktypes_close(struct ktypes *kt)
{
	if (!kt || __atomic_sub_fetch(&kt->refs, 1, __ATOMIC_ACQ_REL))
		return;
	btf__free(kt->btf);
	if (kt->kernel)
		ktypes_close(kt->kernel);
	free(kt->dir);
	free(kt);
}

const struct btf *ktypes_btf(const struct ktypes *kt)
{
	return kt->btf;
}

/* ---- types ---------------------------------------------------------------- */

/* Type @id, NULL if @kt has none of that id. */
static const struct btf_type *type_of(const struct ktypes *kt, uint32_t id)
{
	return btf__type_by_id(kt->btf, id);
}

static const char *name_of(const struct ktypes *kt, const struct btf_type *t)
{
	const char *name = btf__name_by_offset(kt->btf, t->name_off);

	return name ? name : "";
}

/*
 * Type @id through its typedefs and qualifiers: an id, 0 for void, or -ELOOP.
 * Not btf__resolve_type(), which takes a struct only declared for void.
 */
static int64_t skip_mods(const struct ktypes *kt, uint32_t id)
{
	const struct btf_type *t;
	int depth;

	for (depth = 0; depth <= MAX_DEPTH; depth++) {
		t = type_of(kt, id);
		if (!id || !t || !(btf_is_mod(t) || btf_is_typedef(t)))
			return id;
		id = t->type;
	}
	return -ELOOP;
}

static int no_such_id(const struct ktypes *kt, uint32_t id, char *why, size_t size)
{
	snprintf(why, size, "no type id %" PRIu32 " in %s's BTF, which has %" PRIu32, id,
		 kt->name, btf__type_cnt(kt->btf));
	return -EINVAL;
}

/* The first id of @kt's own types: a module's come after the image's. */
static uint32_t own_start(const struct ktypes *kt)
{
	const struct btf *base = btf__base_btf(kt->btf);

	return base ? btf__type_cnt(base) : 1;
}

/*
 * The words of an integer type's name: C lets "unsigned long", "long
 * unsigned int" and "unsigned long int" name one type, and compilers call
 * it differently.  Signedness: 0 unsaid, 1 signed, 2 unsigned.
 */
struct int_words {
	unsigned int longs, shorts, chars, ints, sign;
};

/* @s (@len bytes) as integer words; false if it is no integer type's name. */
static bool int_words(const char *s, size_t len, struct int_words *w)
{
	const char *end = s + len, *word;
	size_t n;

	memset(w, 0, sizeof(*w));
	while (s < end) {
		if (*s == ' ') {
			s++;
			continue;
		}
		for (word = s; s < end && *s != ' '; s++)
			;
		n = (size_t)(s - word);
#define IS(lit)	(n == sizeof(lit) - 1 && !memcmp(word, lit, n))
		if (IS("long"))
			w->longs++;
		else if (IS("short"))
			w->shorts++;
		else if (IS("char"))
			w->chars++;
		else if (IS("int"))
			w->ints++;
		else if ((IS("signed") || IS("unsigned")) && !w->sign)
			w->sign = IS("signed") ? 1 : 2;
		else
			return false;
#undef IS
	}
	if (w->chars)
		return w->chars == 1 && !w->longs && !w->shorts && !w->ints;
	return (w->longs || w->shorts || w->ints || w->sign) && w->ints <= 1 && w->longs <= 2 &&
	       w->shorts <= 1 && !(w->shorts && w->longs);
}

/* The shortest C spelling of @w: "unsigned long", "short", "signed char". */
static const char *int_name(const struct int_words *w)
{
	static const char *const names[2][4] = {
		{ "int", "long", "long long", "short" },
		{ "unsigned int", "unsigned long", "unsigned long long", "unsigned short" },
	};

	if (w->chars)
		return w->sign == 1 ? "signed char" : w->sign == 2 ? "unsigned char" : "char";
	return names[w->sign == 2][w->shorts ? 3 : w->longs];
}

/* The name of integer or float type @t as ktypes_name() gives it. */
static const char *number_name(const struct ktypes *kt, const struct btf_type *t)
{
	const char *name = name_of(kt, t);
	struct int_words w;

	if (btf_is_int(t) && int_words(name, strlen(name), &w))
		return int_name(&w);
	return name;
}

static char *join(const char *a, const char *sep, const char *b)
{
	char *s;

	return asprintf(&s, "%s%s%s", a, sep, b) < 0 ? NULL : s;
}

/* @base declaring @inner: "char" and "*[4]" make "char *[4]". */
static char *declare(const char *base, const char *inner)
{
	return join(base, *inner ? " " : "", inner);
}

static char *decl(const struct ktypes *kt, uint32_t id, const char *inner, int depth);

/* The parameters of function type @t: "(int, char *)", "(void)". */
static char *params(const struct ktypes *kt, const struct btf_type *t, int depth)
{
	const struct btf_param *p = btf_params(t);
	char *s = strdup("("), *type, *more;
	unsigned int i, n = btf_vlen(t);

	for (i = 0; s && i < n; i++) {
		/* A last parameter of type void is the "..." */
		if (i == n - 1 && !p[i].type)
			type = strdup("...");
		else
			type = decl(kt, p[i].type, "", depth + 1);
		more = type ? join(s, i ? ", " : "", type) : NULL;
		free(type);
		free(s);
		s = more;
	}
	more = s ? join(s, n ? "" : "void", ")") : NULL;
	free(s);
	return more;
}

/*
 * Type @id declaring @inner, the declarator built so far ("" at the top),
 * as C writes it: the way out from a declarator to its type is the way in
 * through BTF's chain of pointers, arrays and qualifiers.  NULL and errno
 * (ENOMEM, or EINVAL for a type @kt does not have, ELOOP for a loop).
 */
static char *decl(const struct ktypes *kt, uint32_t id, const char *inner, int depth)
{
	const struct btf_type *t = type_of(kt, id), *target;
	const char *q, *kw;
	char *s, *in, *ret;

	if (depth > MAX_DEPTH) {
		errno = ELOOP;
		return NULL;
	}
	if (!t) {
		errno = EINVAL;
		return NULL;
	}
	if (!id)
		return declare("void", inner);
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
	case BTF_KIND_FLOAT:
		return declare(number_name(kt, t), inner);
	case BTF_KIND_TYPEDEF:
		return declare(name_of(kt, t), inner);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
	case BTF_KIND_FWD:
		kw = btf_is_struct(t) ? "struct" : btf_is_union(t) ? "union" :
		     btf_is_fwd(t) ? (btf_kflag(t) ? "union" : "struct") : "enum";
		s = join(kw, " ", *name_of(kt, t) ? name_of(kt, t) : "{...}");
		ret = s ? declare(s, inner) : NULL;
		free(s);
		return ret;
	case BTF_KIND_PTR:
		target = type_of(kt, t->type);
		if (target && (btf_is_array(target) || btf_is_func_proto(target))) {
			if (asprintf(&in, "(*%s)", inner) < 0)
				return NULL;
		} else {
			in = join("*", "", inner);
		}
		break;
	case BTF_KIND_ARRAY:
		/* "[]" for a flexible array (nelems 0): "%.0u" prints no 0. */
		if (asprintf(&in, "%s[%.0" PRIu32 "]", inner, btf_array(t)->nelems) < 0)
			return NULL;
		s = decl(kt, btf_array(t)->type, in, depth + 1);
		free(in);
		return s;
	case BTF_KIND_CONST:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_RESTRICT:
		q = btf_is_const(t) ? "const" : btf_is_volatile(t) ? "volatile" : "restrict";
		target = type_of(kt, t->type);
		/* A qualified pointer: the qualifier follows its star. */
		if (target && btf_is_ptr(target)) {
			in = join(q, *inner ? " " : "", inner);
			break;
		}
		s = decl(kt, t->type, inner, depth + 1);
		ret = s ? join(q, " ", s) : NULL;
		free(s);
		return ret;
	case BTF_KIND_FUNC_PROTO:
		s = params(kt, t, depth);
		in = s ? join(inner, "", s) : NULL;
		free(s);
		if (!in)
			return NULL;
		ret = decl(kt, t->type, in, depth + 1);
		free(in);
		return ret;
	case BTF_KIND_FUNC:
	case BTF_KIND_VAR:
		/* Not types, but what BTF says of a name: "int f(void)", "int v". */
		return decl(kt, t->type, name_of(kt, t), depth + 1);
	default:
		/* Type tags and whatever libbpf learns next: what they tag. */
		if (btf_is_type_tag(t))
			return decl(kt, t->type, inner, depth + 1);
		return declare(name_of(kt, t), inner);
	}
	/* Pointers and qualified pointers: their declarator is in @in. */
	if (!in)
		return NULL;
	ret = decl(kt, t->type, in, depth + 1);
	free(in);
	return ret;
}

int ktypes_name(const struct ktypes *kt, uint32_t id, char **name, char *why, size_t size)
{
	int err;

	*name = NULL;
	if (!type_of(kt, id))
		return no_such_id(kt, id, why, size);
	*name = decl(kt, id, "", 0);
	if (*name)
		return 0;
	err = errno ? errno : ENOMEM;
	snprintf(why, size, "type %" PRIu32 ": %s", id, strerror(err));
	return -err;
}

/* Type @id's name for a message, "type N" if it has none to give. */
static const char *describe(const struct ktypes *kt, uint32_t id, char *buf, size_t n)
{
	char *name = decl(kt, id, "", 0);

	if (name)
		snprintf(buf, n, "%s", name);
	else
		snprintf(buf, n, "type %" PRIu32, id);
	free(name);
	return buf;
}

int ktypes_size(const struct ktypes *kt, uint32_t id, uint64_t *bytes, char *why, size_t size)
{
	const struct btf_type *t = type_of(kt, id);
	char name[256];
	int64_t n, r;

	*bytes = 0;
	if (!t)
		return no_such_id(kt, id, why, size);
	n = btf__resolve_size(kt->btf, id);
	if (n >= 0) {
		*bytes = (uint64_t)n;
		return 0;
	}
	describe(kt, id, name, sizeof(name));
	r = skip_mods(kt, id);
	t = r >= 0 ? type_of(kt, (uint32_t)r) : NULL;
	if (t && btf_is_fwd(t))
		snprintf(why, size, "%s has no size: it is only declared in %s's BTF", name,
			 kt->name);
	else
		snprintf(why, size, "%s has no size", name);
	return -EINVAL;
}

/* ---- ktypes_find() --------------------------------------------------------- */

#define QUAL_CONST	1u
#define QUAL_VOLATILE	2u
#define QUAL_RESTRICT	4u

/* A type name, as ktypes_find() takes it apart. */
struct tname {
	int kind;			/* BTF_KIND_STRUCT, _UNION, _ENUM, or 0: any */
	char base[MAX_BASE];		/* its words, one blank apart */
	unsigned int quals;		/* of the base type */
	unsigned int nptrs;
	unsigned int ptr_quals[MAX_PTRS];	/* of each pointer, outward */
	unsigned int ndims;
	uint32_t dims[MAX_DIMS];	/* as written: "[2][3]" is 2 of 3 */
};

static bool is_ident(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* "[N]" at *@p (decimal, or hex after 0x), *@p past it; false if there is none. */
static bool parse_index(const char **p, const char *end, uint64_t *v)
{
	char num[24], *stop;
	const char *s = *p + 1;
	size_t n;

	if (*p >= end || **p != '[')
		return false;
	for (n = 0; s + n < end && s[n] != ']'; n++)
		;
	if (s + n >= end || !n || n >= sizeof(num) || !(*s >= '0' && *s <= '9'))
		return false;
	memcpy(num, s, n);
	num[n] = '\0';
	errno = 0;
	*v = strtoull(num, &stop, n > 2 && num[0] == '0' && (num[1] | 0x20) == 'x' ? 16 : 10);
	if (errno || *stop)
		return false;
	*p = s + n + 1;
	return true;
}

static int parse_name(const char *name, size_t len, struct tname *tn, char *why, size_t size)
{
	const char *p = name, *end = name + len, *word;
	size_t n, used = 0;
	unsigned int q;
	uint64_t v;

	memset(tn, 0, sizeof(*tn));
	while (p < end) {
		if (*p == ' ' || *p == '\t') {
			p++;
		} else if (*p == '*' && !tn->ndims && tn->nptrs < MAX_PTRS) {
			tn->nptrs++;
			p++;
		} else if (*p == '[' && end - p >= 2 && p[1] == ']' && tn->ndims < MAX_DIMS) {
			tn->dims[tn->ndims++] = 0;	/* a flexible array */
			p += 2;
		} else if (*p == '[' && tn->ndims < MAX_DIMS && parse_index(&p, end, &v) &&
			   v <= UINT32_MAX) {
			tn->dims[tn->ndims++] = (uint32_t)v;
		} else if (is_ident(*p) && !tn->ndims) {
			for (word = p; p < end && is_ident(*p); p++)
				;
			n = (size_t)(p - word);
#define IS(lit)	(n == sizeof(lit) - 1 && !memcmp(word, lit, n))
			q = IS("const") ? QUAL_CONST : IS("volatile") ? QUAL_VOLATILE :
			    IS("restrict") ? QUAL_RESTRICT : 0;
			if (q && tn->nptrs) {
				tn->ptr_quals[tn->nptrs - 1] |= q;
			} else if (q && q != QUAL_RESTRICT) {
				tn->quals |= q;
			} else if (q || tn->nptrs) {
				goto bad;
			} else if (!used && !tn->kind &&
				   (IS("struct") || IS("union") || IS("enum"))) {
				tn->kind = IS("struct") ? BTF_KIND_STRUCT : IS("union") ?
					   BTF_KIND_UNION : BTF_KIND_ENUM;
			} else if (used + !!used + n < sizeof(tn->base)) {
				if (used)
					tn->base[used++] = ' ';
				memcpy(tn->base + used, word, n);
				used += n;
				tn->base[used] = '\0';
			} else {
				goto bad;
			}
#undef IS
		} else {
			goto bad;
		}
	}
	if (used && !(tn->kind && strchr(tn->base, ' ')))
		return 0;
bad:
	snprintf(why, size, "'%.*s' is not a C type name", (int)len, name);
	return -EINVAL;
}

/* What a name may be, in the order a bare name is looked up. */
enum { HIT_STRUCT, HIT_UNION, HIT_TYPEDEF, HIT_ENUM, HIT_NUMBER, HIT_INT_WORDS,
       HIT_FWD_STRUCT, HIT_FWD_UNION, NR_HITS };

/* The first type of each sort called @base among ids [@from, @to). */
static void scan_names(const struct ktypes *kt, uint32_t from, uint32_t to, const char *base,
		       const struct int_words *words, uint32_t *hit)
{
	const struct btf_type *t;
	struct int_words w;
	const char *name;
	uint32_t id;
	int sort;

	for (id = from; id < to; id++) {
		t = type_of(kt, id);
		if (!t)
			break;
		switch (btf_kind(t)) {
		case BTF_KIND_STRUCT:
			sort = HIT_STRUCT;
			break;
		case BTF_KIND_UNION:
			sort = HIT_UNION;
			break;
		case BTF_KIND_TYPEDEF:
			sort = HIT_TYPEDEF;
			break;
		case BTF_KIND_ENUM:
		case BTF_KIND_ENUM64:
			sort = HIT_ENUM;
			break;
		case BTF_KIND_INT:
		case BTF_KIND_FLOAT:
			sort = HIT_NUMBER;
			break;
		case BTF_KIND_FWD:
			sort = btf_kflag(t) ? HIT_FWD_UNION : HIT_FWD_STRUCT;
			break;
		default:
			continue;
		}
		name = name_of(kt, t);
		if (!strcmp(name, base)) {
			if (!hit[sort])
				hit[sort] = id;
		} else if (words && btf_is_int(t) && !hit[HIT_INT_WORDS] &&
			   int_words(name, strlen(name), &w) &&
			   !strcmp(int_name(&w), int_name(words))) {
			hit[HIT_INT_WORDS] = id;
		}
	}
}

/* The type @tn's base names: its name and kind, before qualifiers and stars. */
static int find_base(const struct ktypes *kt, const struct tname *tn, uint32_t *id, char *why,
		     size_t size)
{
	static const int any[] = { HIT_STRUCT, HIT_UNION, HIT_TYPEDEF, HIT_ENUM, HIT_NUMBER,
				   HIT_INT_WORDS, HIT_FWD_STRUCT, HIT_FWD_UNION, -1 };
	static const int structs[] = { HIT_STRUCT, HIT_FWD_STRUCT, -1 };
	static const int unions[] = { HIT_UNION, HIT_FWD_UNION, -1 };
	static const int enums[] = { HIT_ENUM, -1 };
	uint32_t own = own_start(kt), hit[NR_HITS] = { 0 };
	const struct int_words *words = NULL;
	struct int_words w;
	const int *order;
	uint32_t best = 0;
	int i;

	if (!tn->kind && !strcmp(tn->base, "void")) {
		*id = 0;
		return 0;
	}
	order = tn->kind == BTF_KIND_STRUCT ? structs : tn->kind == BTF_KIND_UNION ? unions :
		tn->kind == BTF_KIND_ENUM ? enums : any;
	if (!tn->kind && int_words(tn->base, strlen(tn->base), &w))
		words = &w;
	/* A module's own types first: one of its own hides the image's of that name. */
	scan_names(kt, own, btf__type_cnt(kt->btf), tn->base, words, hit);
	if (own > 1)
		scan_names(kt, 1, own, tn->base, words, hit);
	for (i = 0; order[i] >= 0 && !best; i++)
		best = hit[order[i]];
	if (best) {
		*id = best;
		return 0;
	}
	snprintf(why, size, "no %s %s in %s's BTF", tn->kind == BTF_KIND_STRUCT ? "struct" :
		 tn->kind == BTF_KIND_UNION ? "union" : tn->kind == BTF_KIND_ENUM ? "enum" : "type",
		 tn->base, kt->name);
	return -ENOENT;
}

/* The first type of @kind (@n elements for an array) of type @target; 0 if none. */
static uint32_t find_wrapper(const struct ktypes *kt, unsigned int kind, uint32_t target,
			     uint32_t n)
{
	uint32_t id, cnt = btf__type_cnt(kt->btf);
	const struct btf_type *t;

	for (id = 1; id < cnt; id++) {
		t = type_of(kt, id);
		if (!t || btf_kind(t) != kind)
			continue;
		if (kind == BTF_KIND_ARRAY ? btf_array(t)->type == target &&
		    btf_array(t)->nelems == n : t->type == target)
			return id;
	}
	return 0;
}

/* @target qualified with all of @quals, in any order BTF has them; 0 if it has none. */
static uint32_t find_qualified(const struct ktypes *kt, uint32_t target, unsigned int quals)
{
	static const unsigned int kinds[] = { BTF_KIND_CONST, BTF_KIND_VOLATILE,
					       BTF_KIND_RESTRICT };
	uint32_t id, found;
	unsigned int i;

	if (!quals)
		return target;
	for (i = 0; i < 3; i++) {
		if (!(quals & (1u << i)))
			continue;
		id = find_wrapper(kt, kinds[i], target, 0);
		found = id ? find_qualified(kt, id, quals & ~(1u << i)) : 0;
		if (found)
			return found;
	}
	return 0;
}

static const char *qual_names(unsigned int quals)
{
	static const char *const names[] = { "", "const", "volatile", "const volatile",
					     "restrict", "const restrict", "volatile restrict",
					     "const volatile restrict" };

	return names[quals & 7];
}

/* Why the type of @tn stops at @have, which BTF has, when it lacks the @what of it. */
static int lacks(const struct ktypes *kt, const char *name, size_t len, uint32_t have,
		 const char *what, char *why, size_t size)
{
	char buf[256];

	snprintf(why, size, "no %.*s in %s's BTF: it has %s, but no %s of it (BTF has those "
		 "the kernel uses)", (int)len, name, kt->name, describe(kt, have, buf, sizeof(buf)),
		 what);
	return -ENOENT;
}

int ktypes_find(const struct ktypes *kt, const char *name, size_t len, uint32_t *id, char *why,
		size_t size)
{
	struct tname tn;
	uint32_t cur, next;
	char what[48];
	unsigned int i;
	int err;

	*id = 0;
	err = parse_name(name, len, &tn, why, size);
	if (!err)
		err = find_base(kt, &tn, &cur, why, size);
	if (err)
		return err;
	next = find_qualified(kt, cur, tn.quals);
	if (!next && tn.quals)
		return lacks(kt, name, len, cur, qual_names(tn.quals), why, size);
	cur = next;
	for (i = 0; i < tn.nptrs; i++) {
		next = find_wrapper(kt, BTF_KIND_PTR, cur, 0);
		if (!next)
			return lacks(kt, name, len, cur, "pointer", why, size);
		cur = next;
		next = find_qualified(kt, cur, tn.ptr_quals[i]);
		if (!next)
			return lacks(kt, name, len, cur, qual_names(tn.ptr_quals[i]), why, size);
		cur = next;
	}
	/* "int [2][3]" is an array of 2 arrays of 3: the last dimension is innermost. */
	for (i = tn.ndims; i-- > 0;) {
		next = find_wrapper(kt, BTF_KIND_ARRAY, cur, tn.dims[i]);
		if (!next) {
			snprintf(what, sizeof(what), "array [%" PRIu32 "]", tn.dims[i]);
			return lacks(kt, name, len, cur, what, why, size);
		}
		cur = next;
	}
	*id = cur;
	return 0;
}

/* ---- ktypes_field() -------------------------------------------------------- */

/* A member of a struct or union, where it is from the start of the outer type. */
struct member {
	uint64_t bits;		/* its first bit */
	uint32_t type;
	uint32_t bit_size;	/* a bitfield's width, else 0 */
};

/*
 * Member @name (@len bytes) of struct or union @t, looked for in the members
 * of its anonymous members too, as C finds it.  Adds its offset to @m.
 */
static bool find_member(const struct ktypes *kt, const struct btf_type *t, const char *name,
			size_t len, struct member *m, int depth)
{
	const struct btf_member *mb = btf_members(t);
	const struct btf_type *mt, *inner;
	unsigned int i, n = btf_vlen(t);
	const char *mname;
	int64_t r;

	if (depth > MAX_DEPTH)
		return false;
	for (i = 0; i < n; i++) {
		mname = btf__name_by_offset(kt->btf, mb[i].name_off);
		if (mname && *mname) {
			if (strlen(mname) != len || memcmp(mname, name, len))
				continue;
			m->bits += btf_member_bit_offset(t, i);
			m->type = mb[i].type;
			m->bit_size = btf_member_bitfield_size(t, i);
			mt = type_of(kt, mb[i].type);
			/* Without kind_flag, a bitfield's width is in its int type. */
			if (!btf_kflag(t) && mt && btf_is_int(mt) &&
			    (btf_int_bits(mt) != 8 * mt->size || btf_int_offset(mt))) {
				m->bits += btf_int_offset(mt);
				m->bit_size = btf_int_bits(mt);
			}
			return true;
		}
		r = skip_mods(kt, mb[i].type);
		inner = r > 0 ? type_of(kt, (uint32_t)r) : NULL;
		if (!inner || !btf_is_composite(inner))
			continue;
		if (find_member(kt, inner, name, len, m, depth + 1)) {
			m->bits += btf_member_bit_offset(t, i);
			return true;
		}
	}
	return false;
}

/* Why @path (@len bytes) cannot go on at @name: what it reached, @m, has no fields. */
static int no_fields(const struct ktypes *kt, const char *path, size_t len, const char *name,
		     const struct member *m, const struct btf_type *t, char *why, size_t size)
{
	char type[256], field[256];
	const char *note = "";

	describe(kt, m->type, type, sizeof(type));
	if (t && btf_is_ptr(t))
		note = " (paths do not follow pointers)";
	else if (t && btf_is_fwd(t))
		note = " (it is only declared)";
	if (name == path) {
		snprintf(why, size, "'%.*s': %s is not a struct or union%s", (int)len, path, type,
			 note);
		return -EINVAL;
	}
	snprintf(field, sizeof(field), "%.*s", (int)(name - path - 1), path);
	if (m->bit_size)
		snprintf(why, size, "'%.*s': %s is a bitfield, it has no fields", (int)len, path,
			 field);
	else
		snprintf(why, size, "'%.*s': %s is %s, not a struct or union%s", (int)len, path,
			 field, type, note);
	return -EINVAL;
}

/* Field path @path up to @p, for messages. */
#define UPTO(path, p)	(int)((p) - (path)), (path)

int ktypes_field(const struct ktypes *kt, uint32_t id, const char *path, size_t len,
		 struct ktypes_field *f, char *why, size_t size)
{
	const char *p = path, *end = path + len, *name;
	const struct btf_type *t;
	struct member m = { 0 };
	uint64_t index, unit;
	int64_t esize, r;
	char buf[256];
	size_t n;

	memset(f, 0, sizeof(*f));
	if (!type_of(kt, id))
		return no_such_id(kt, id, why, size);
	m.type = id;
	for (;;) {
		for (name = p; p < end && is_ident(*p); p++)
			;
		n = (size_t)(p - name);
		if (!n) {
			snprintf(why, size, "'%.*s': a field name was expected after '%.*s'",
				 (int)len, path, UPTO(path, name));
			return -EINVAL;
		}
		r = m.bit_size ? -1 : skip_mods(kt, m.type);
		t = r > 0 ? type_of(kt, (uint32_t)r) : NULL;
		if (!t || !btf_is_composite(t))
			return no_fields(kt, path, len, name, &m, t, why, size);
		if (!find_member(kt, t, name, n, &m, 0)) {
			snprintf(why, size, "'%.*s': %s has no field %.*s", (int)len, path,
				 describe(kt, (uint32_t)r, buf, sizeof(buf)), (int)n, name);
			return -ENOENT;
		}
		while (p < end && *p == '[') {
			name = p;
			if (!parse_index(&p, end, &index)) {
				snprintf(why, size, "'%.*s': bad index at '%.*s'", (int)len, path,
					 (int)(end - name), name);
				return -EINVAL;
			}
			r = m.bit_size ? -1 : skip_mods(kt, m.type);
			t = r > 0 ? type_of(kt, (uint32_t)r) : NULL;
			if (!t || !btf_is_array(t)) {
				snprintf(why, size, "'%.*s': %.*s is %s, not an array", (int)len,
					 path, UPTO(path, name),
					 describe(kt, m.type, buf, sizeof(buf)));
				return -EINVAL;
			}
			esize = btf__resolve_size(kt->btf, btf_array(t)->type);
			/* nelems 0: a flexible array, which has no end to check. */
			if (esize < 0 || (btf_array(t)->nelems && index >= btf_array(t)->nelems) ||
			    (esize && index > (UINT64_MAX - m.bits) / 8 / (uint64_t)esize)) {
				snprintf(why, size, "'%.*s': %.*s is %s: index %" PRIu64 " is out "
					 "of it", (int)len, path, UPTO(path, name),
					 describe(kt, m.type, buf, sizeof(buf)), index);
				return esize < 0 ? -EINVAL : -ERANGE;
			}
			m.bits += index * (uint64_t)esize * 8;
			m.type = btf_array(t)->type;
		}
		if (p == end)
			break;
		if (*p != '.' || ++p == end) {
			/* What went well: up to a final '.', else up to what follows a name. */
			n = (size_t)(p - path) - (p[-1] == '.');
			snprintf(why, size, "'%.*s': '.' and a field name were expected after "
				 "'%.*s'", (int)len, path, (int)n, path);
			return -EINVAL;
		}
	}
	f->type = m.type;
	f->bit_size = m.bit_size;
	if (!m.bit_size) {
		f->offset = m.bits / 8;
		f->bit_pos = (uint32_t)(m.bits % 8);
		return 0;
	}
	/* The unit of its declared type that holds it, else the byte of its first bit. */
	esize = btf__resolve_size(kt->btf, m.type);
	unit = esize > 0 && esize <= 16 ? 8 * (uint64_t)esize : 8;
	if (m.bits % unit + m.bit_size > unit)
		unit = 8;
	f->offset = m.bits / unit * unit / 8;
	f->bit_pos = (uint32_t)(m.bits % unit);
	return 0;
}
