/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * What the commands of the vmwrite tool share.  Each command is a file of
 * its own (read.c, write.c, ...) that defines a struct command; vmwrite.c
 * lists them.  Below the commands, and used by them only through this
 * header:
 *
 *   help.c     --help, built from the commands' own parts
 *   args.c     the command line: options, PID|-k, numbers, data sources
 *   address.c  ADDR: a number, or a symbol resolved through ../symbols/
 *   target.c   the one session a command opens with its target
 *   explain.c  why something failed: open errors, transfers, regions
 *   files.c    files read and written: --file, --save
 *   netlink.c  the module's netlink family: opening it, its errors, the
 *              policy's settings by name
 *   events.c   the audit events as lines of text or JSON
 *   output.c   messages, the hexdump, number formats, escaped strings
 *
 * No command calls into another.
 */

#ifndef VMW_CLI_H
#define VMW_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "vmwrite/netlink.h"
#include "vmwrite/vmwrite.h"

#define EXIT_USAGE	2
#define DEV_PATH	"/dev/vmwrite"

/* ---- commands (vmwrite.c, help.c) ---------------------------------------- */

/* What the shared command-line parser (args.c) accepts for a command. */
enum {
	ARGS_DATA	= 1 << 0,	/* the data options of write, fill and search */
	ARGS_TEXT	= 1 << 1,	/* ... and --text is one of its own */
	ARGS_SAVE	= 1 << 2,	/* ... --save F */
	ARGS_SEARCH	= 1 << 3,	/* ... --writable, --all */
	ARGS_INT_SIZE	= 1 << 4,	/* --u8..--u64 choosing an integer size */
	ARGS_READ	= 1 << 5,	/* --raw, --count N */
};

struct command {
	const char *name;
	int (*run)(const struct command *cmd, int argc, char **argv);
	const char *synopsis;	/* "vmwrite NAME ..." lines, for Usage: */
	const char *summary;	/* one line, under the synopsis of NAME --help */
	const char *help;	/* its part of the full --help */
	bool takes_addr;	/* PID|-k ADDR ...: its help explains ADDR */
	unsigned int args;	/* ARGS_*: the options it takes */
	int operands;		/* operands after PID at most, -1 for any number */
};

extern const struct command read_command, write_command, cas_command, fill_command,
	search_command, query_command, maps_command, monitor_command, stats_command,
	sessions_command, revoke_command, policy_command, gdbserver_command;

/* The full usage of the commands @cmds (@n of them) to @f. */
void print_usage(FILE *f, const struct command *const *cmds, size_t n);
/* NAME --help: the usage of @cmd alone, on stdout.  Returns 0. */
int print_command_help(const struct command *cmd);
/* Is @arg --help or -h? */
bool is_help(const char *arg);

/* --version */
int print_version(void);

/* ---- output.c ------------------------------------------------------------ */

/* "vmwrite: " and the message on stderr, after what stdout holds. */
void msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A usage error: the message and a pointer to --help.  Returns EXIT_USAGE. */
int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Flush stdout: true, having said so, if the output could not be written. */
bool output_failed(void);

const char *byte_word(uint64_t n);
/* Hex digits of @v, without leading zeroes. */
int hex_digits(uint64_t v);
/* "0x..." for the exclusive end @end of a range, where 0 means 2^64. */
const char *format_end(uint64_t end, char *buf, size_t size);
/* @s in double quotes, with \\, \" and \xHH for other bytes than printable ASCII. */
void print_quoted(FILE *f, const char *s);
/* @s as a JSON string: \\, \" and \u00HH for other bytes than printable ASCII. */
void print_json_string(FILE *f, const char *s);

/* How read prints memory. */
struct dump {
	int width;		/* hex digits of an address */
	unsigned int elem;	/* integer size, 0 for a hexdump */
	bool raw;
};

/* Print @n bytes read at @addr; blocks are whole lines and whole integers. */
void dump(const struct dump *d, uint64_t addr, const unsigned char *p, size_t n);

/* ---- target.c ------------------------------------------------------------ */

/* Whose memory a command works on, and its one session with it. */
struct target {
	bool kernel;		/* -k; else process @pid */
	pid_t pid;
	const char *kallsyms;	/* the kernel's symbol table: KALLSYMS_PATH */
	struct vmw_target *t;	/* NULL until target_open() */
};

/* Open @tg's session unless it is open.  Returns 0, or 1 having said why. */
int target_open(struct target *tg);
void target_close(struct target *tg);
/* A target opened with vmw_open_kernel(). */
bool is_kernel(const struct vmw_target *t);

/* ---- explain.c ----------------------------------------------------------- */

/* What a transfer did, for explaining how it failed. */
enum xfer {
	XFER_READ,
	XFER_WRITE,
	XFER_WRITE_TEXT,	/* write --text */
	XFER_CMPXCHG,		/* cas: a write that reads too */
};

/* vmw_open_*() failed with @err for @tg: say why.  Returns 1. */
int report_open_error(const struct target *tg, int err);
/*
 * Report a transfer of @len bytes at @addr that moved @done bytes and
 * returned @err.  Returns the exit status: 0 only if everything moved.
 */
int report_transfer(struct vmw_target *t, enum xfer xfer, uint64_t addr, uint64_t len,
		    uint64_t done, int err);
/* Why a transfer of @t stopped at @addr, for "(...)"; @err of the access there, or 0. */
void describe_stop_at(struct vmw_target *t, uint64_t addr, bool write, int err,
		      char *buf, size_t size);
/* vmw_region() failed with @err at @addr: say why.  Returns 1. */
int report_region_error(const struct vmw_target *t, uint64_t addr, int err);

/* ---- args.c -------------------------------------------------------------- */

struct bytes {
	unsigned char *p;
	size_t len;
};

/* A command line, parsed by parse_args(). */
struct args {
	struct target target;	/* PID or -k */
	char **pos;		/* the operands, PID first unless -k */
	int npos;
	int addr_pos;		/* index of ADDR in pos: 1, or 0 with -k */
	unsigned int int_size;	/* ARGS_INT_SIZE: --u8..--u64 as bytes, or 0 */
	bool raw;		/* read --raw */
	const char *count;	/* read --count */
	bool text;		/* write --text: VMW_WRITE_TEXT */
	bool writable;		/* search --writable */
	bool all;		/* search --all */
	const char *save;	/* write and fill --save */
	int src_opt;		/* the option giving the data, or 0 for HEXBYTES */
	const char *src;	/* its argument */
	int nsrc;		/* how many such options were given */
};

/*
 * The options and operands of @cmd (argv[0] is its name); with --help, its
 * help.  Returns -1 to go on, else the exit status; args_free() either way.
 */
int parse_args(const struct command *cmd, int argc, char **argv, struct args *a);
/* PID, unless -k: after the checks that come first.  Returns 0 or EXIT_USAGE. */
int parse_target(struct args *a);
/*
 * write, fill and search: parse_args(), the options checked against @cmd,
 * @nfixed operands (ADDR, or ADDR LEN) before the data, and PID.  Returns -1
 * to go on.
 */
int parse_data_args(const struct command *cmd, int argc, char **argv, struct args *a,
		    int nfixed);
/* The data: HEXBYTES after the @nfixed operands, or the option giving them. */
int load_data(const struct args *a, int nfixed, struct bytes *data);
/* What fill or search does with its operands, once they checked out. */
typedef int pattern_fn(struct target *tg, const struct args *a, uint64_t addr, uint64_t len,
		       const struct bytes *pat);
/* fill and search: PID|-k ADDR LEN and the pattern, then @fn. */
int run_pattern_command(const struct command *cmd, int argc, char **argv, pattern_fn *fn);
void args_free(struct args *a);

/* The value of hex digit @c, or -1. */
int hex_digit(int c);
/* Numbers of the command line: on error, say why and return EXIT_USAGE. */
int parse_u64(const char *s, uint64_t *out);	/* -EINVAL, -ERANGE, silent */
int parse_arg(const char *what, const char *s, uint64_t min, uint64_t max, uint64_t *out);
int parse_pid(const char *s, pid_t *pid);
/* N of --u8..--u64: an integer of @size bytes. */
int parse_int(const char *s, unsigned int size, uint64_t *v);
/* The range [addr, addr + len) must not wrap around the address space. */
int check_range(uint64_t addr, uint64_t len);

/* ---- address.c ----------------------------------------------------------- */

/*
 * ADDR of @tg: a number, or a symbol with an optional offset, of the kernel
 * (-k: of @tg->kallsyms, which the commands set to KALLSYMS_PATH) or of the
 * files a process maps.  A per-CPU symbol opens @tg's session to read the
 * CPU's area, the session the command then uses.  Returns 0, EXIT_USAGE if
 * @s is malformed, or 1 if the symbol cannot be resolved; says why.
 */
int parse_addr(struct target *tg, const char *s, uint64_t *out);

/* ---- files.c ------------------------------------------------------------- */

/* The whole of file @path, or of standard input if @path is "-". */
int read_file(const char *path, struct bytes *out);
/* The rest of @fd, appended to @out (@out->p grows).  0 or an errno; silent. */
int read_all(int fd, struct bytes *out);
/*
 * Save the @len bytes at @addr to file @path, all of them or none, before
 * they are replaced.  Returns 0, or 1 and says why.
 */
int save_old(struct vmw_target *t, uint64_t addr, uint64_t len, const char *path);

/* ---- netlink.c ----------------------------------------------------------- */

/* Open the module's netlink family.  Returns 0, or 1 having said why. */
int netlink_open(struct vmw_nl **nl);
/* A command with no arguments (@cmd's --help aside): @fn on a handle of its own. */
int run_netlink_command(const struct command *cmd, int argc, char **argv,
			int (*fn)(struct vmw_nl *nl));
/*
 * A request of @nl failed with @err: say that it could not @what ("list
 * the sessions"), and why, in the module's words if it gave some.
 * Returns 1.
 */
int report_netlink_error(const struct vmw_nl *nl, int err, const char *what);

/* A setting of the policy, as the command line names it. */
struct setting {
	const char *name;	/* "kernel-writes" */
	unsigned int bit;	/* VMW_NL_POLICY_* */
	const char *what;	/* "kernel writes" */
};

extern const struct setting settings[];
extern const size_t nsettings;

/* The setting of VMW_NL_POLICY_* bit @bit. */
const struct setting *setting_of(unsigned int bit);
/*
 * The operands of `policy`, SETTING on|off ... [lock], as @c.  Returns 0,
 * or EXIT_USAGE having said why.
 */
int parse_policy_change(int argc, char **argv, struct vmw_nl_policy_change *c);
/* The settings the module's policy has off now; 0 when it cannot tell. */
unsigned int policy_off(void);

/* ---- events.c ------------------------------------------------------------ */

/* The audit event @ev as one line, of text or of JSON, to @f. */
void print_event(FILE *f, const struct vmw_nl_event *ev, bool json);
/* VMW_ACCESS_* as "rwf", '-' for each right missing. */
const char *format_access(unsigned int access, char buf[4]);
/* "process TGID" ("process ?" if unknown) or "kernel". */
const char *format_target(unsigned int kind, uint32_t tgid, char *buf, size_t size);

#endif /* VMW_CLI_H */
