// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Why something failed, in the user's terms: a target that cannot be
 * opened, a transfer that moved nothing or stopped part way (what is at the
 * address: a mapping and its protection, kernel text, device memory, a
 * lockdown, the module's policy, a revoked session), a region that cannot
 * be described.  It guesses from the error and from what /proc, /sys and
 * the module's netlink family show now, which may have changed since.
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include <linux/vmwrite.h>	/* VMWRITE_API_VERSION, for messages */

#include "cli.h"
#include "symbols.h"

#define LOCKDOWN_PATH	"/sys/kernel/security/lockdown"
#define PARAM_PATH(p)	"/sys/module/vmwrite/parameters/" p

/* Is there a /proc/PID at all (a kernel thread or a zombie has one)? */
static bool process_listed(pid_t pid)
{
	char path[32];

	snprintf(path, sizeof(path), "/proc/%d", (int)pid);
	return access(path, F_OK) == 0;
}

int report_open_error(const struct target *tg, int err)
{
	int pid = (int)tg->pid;
	int fd;

	switch (err) {
	case -ENOENT:
		msg(DEV_PATH " not found: is the vmwrite module loaded? (modprobe vmwrite)");
		break;
	case -ENODEV:
	case -ENXIO:
		msg(DEV_PATH " has no driver behind it: is the vmwrite module loaded? (modprobe vmwrite)");
		break;
	case -EACCES:
	case -EPERM:
		/* Was it the device or the process?  Ask the device again. */
		fd = open(DEV_PATH, O_RDWR | O_CLOEXEC);
		if (fd < 0 && (errno == EACCES || errno == EPERM)) {
			msg("permission denied opening " DEV_PATH);
			break;
		}
		if (fd >= 0)
			close(fd);
		if (tg->kernel)
			msg("permission denied: the kernel target needs CAP_SYS_RAWIO");
		else
			msg("permission denied: cannot ptrace-attach to %d (run as its owner or as root; see also kernel.yama.ptrace_scope)",
			    pid);
		break;
	case -ESRCH:
		if (tg->kernel)
			msg("cannot open the kernel target: %s", strerror(-err));
		else if (process_listed(pid))
			msg("process %d has no user address space (a kernel thread, or exiting)",
			    pid);
		else
			msg("process %d does not exist", pid);
		break;
	case -EPROTO: {
		int v = vmw_module_api_version();

		if (v > 0 && v != VMWRITE_API_VERSION)
			msg("uapi version mismatch between libvmwrite and the vmwrite module (libvmwrite speaks version %d, the module %d)",
			    VMWRITE_API_VERSION, v);
		else
			msg("uapi version mismatch between libvmwrite and the vmwrite module: invalid handshake reply");
		break;
	}
	case -EOPNOTSUPP:
		if (tg->kernel)
			msg("the loaded vmwrite module has no kernel target, or refuses it in a confidential guest (TDX, SEV-SNP)");
		else
			msg("the loaded vmwrite module cannot attach to processes");
		break;
	default:
		if (tg->kernel)
			msg("cannot open the kernel target: %s", strerror(-err));
		else
			msg("cannot attach to process %d: %s", pid, strerror(-err));
		break;
	}
	return 1;
}

/*
 * The kernel lockdown level, the bracketed word of "none [integrity]
 * confidentiality", in @buf; "none" without lockdown support.
 */
static void lockdown_level(char *buf, size_t size)
{
	char line[128], *lb, *rb;

	snprintf(buf, size, "none");
	if (read_line(LOCKDOWN_PATH, line, sizeof(line)))
		return;
	lb = strchr(line, '[');
	rb = lb ? strchr(lb, ']') : NULL;
	if (rb)
		snprintf(buf, size, "%.*s", (int)(rb - lb - 1), lb + 1);
}

/* Is the module's boolean parameter @name off? */
static bool param_off(const char *name)
{
	char path[96], v[8];

	snprintf(path, sizeof(path), PARAM_PATH("%s"), name);
	return !read_line(path, v, sizeof(v)) && (v[0] == 'N' || v[0] == 'n' || v[0] == '0');
}

/*
 * Say so if the module's policy has a setting of @settings off: the first
 * of them, as the transfer needed it.  Returns true if it said so.
 */
static bool explain_policy(unsigned int settings)
{
	unsigned int off = policy_off() & settings;
	const struct setting *s;

	if (!off)
		return false;
	s = setting_of(off & -off);
	msg("%s are disabled by vmwrite's policy (vmwrite policy %s on)", s->what, s->name);
	return true;
}

/* What is at kernel address @addr, by the error an access to it gave. */
static const char *kernel_refusal(int err)
{
	switch (err) {
	case -EFAULT:
		return "not mapped kernel memory";
	case -ENXIO:
		return "not kernel RAM vmwrite touches (device memory, offline or ballooned memory)";
	case -EHWPOISON:
		return "a hardware-poisoned page";
	case -EROFS:
		return "read-only kernel memory";
	default:
		return NULL;
	}
}

/*
 * Why a kernel transfer stopped at @addr, for "(...)" after a partial one.
 * @err is the error of the access at @addr if known, else 0: then a one-byte
 * read there, which changes nothing, tells.  A write stopped where a read
 * goes on is at read-only memory.
 */
static void describe_kernel_stop(struct vmw_target *t, uint64_t addr, bool write, int err,
				 char *buf, size_t size)
{
	unsigned char byte;
	size_t done;
	const char *why;

	if (!err) {
		err = vmw_read(t, addr, &byte, 1, &done);
		if (!err && write)
			err = -EROFS;
	}
	why = kernel_refusal(err);
	if (why)
		snprintf(buf, size, "%s", why);
	else if (err)
		snprintf(buf, size, "%s", strerror(-err));
	else
		snprintf(buf, size, "readable now: the kernel's mappings changed");
}

/* Nothing moved from or to the kernel: say why. */
static void explain_kernel_error(enum xfer xfer, uint64_t addr, uint64_t len, int err)
{
	bool write = xfer != XFER_READ;
	const char *op = write ? "write" : "read";
	char level[32];

	/* Only text writes may stop at a function entry or lack support. */
	if (xfer == XFER_WRITE_TEXT && err == -EBUSY) {
		msg("address 0x%" PRIx64 " is at a function entry (ENDBR64 / ftrace call site), which vmwrite never patches",
		    addr);
		return;
	}
	if (xfer == XFER_WRITE_TEXT && err == -EOPNOTSUPP) {
		msg("the loaded vmwrite module cannot write kernel text (--text)");
		return;
	}

	switch (err) {
	case -EPERM:
		/* Reads are locked down only at confidentiality. */
		lockdown_level(level, sizeof(level));
		if (strcmp(level, "none") && (write || !strcmp(level, "confidentiality")))
			msg("the kernel is locked down (%s): kernel %ss are refused", level, op);
		else if (write && param_off("allow_kernel_write"))
			msg("kernel writes are disabled (vmwrite.allow_kernel_write=N)");
		else if (xfer == XFER_WRITE_TEXT && param_off("allow_text_write"))
			msg("writes to kernel text and rodata are disabled (vmwrite.allow_text_write=N)");
		else if (!explain_policy(!write ? VMW_NL_POLICY_KERNEL_READS :
					 xfer != XFER_WRITE_TEXT ? VMW_NL_POLICY_KERNEL_WRITES :
					 VMW_NL_POLICY_KERNEL_WRITES | VMW_NL_POLICY_TEXT_WRITES))
			msg("kernel %s of %" PRIu64 " %s at 0x%" PRIx64 " refused: %s", op, len,
			    byte_word(len), addr, strerror(-err));
		break;
	case -EROFS:
		msg("address 0x%" PRIx64 " is read-only kernel memory (text or rodata)%s", addr,
		    xfer == XFER_WRITE ? ": use --text to patch it" : "");
		break;

	case -ENXIO:
		msg("address 0x%" PRIx64 " is not kernel RAM vmwrite touches: device memory, or memory offline or in a balloon",
		    addr);
		break;
	case -EHWPOISON:
		msg("address 0x%" PRIx64 " is a hardware-poisoned page, which vmwrite does not touch", addr);
		break;
	case -EXDEV:
		msg("address 0x%" PRIx64 " is an alias (such as the direct map) of read-only memory: --text writes go through its own address, in the kernel image or a module",
		    addr);
		break;
	case -EFAULT:
		msg("address 0x%" PRIx64 " is not mapped kernel memory%s", addr,
		    addr < KERNEL_HALF ? " (it is in the user half of the address space)" : "");
		break;
	case -EINTR:
		msg("interrupted by a signal before anything was %s", write ? "written" : "read");
		break;
	default:
		msg("kernel %s of %" PRIu64 " %s at 0x%" PRIx64 " failed: %s", op, len,
		    byte_word(len), addr, strerror(-err));
		break;
	}
}

/*
 * Why the kernel likely refuses an access to @m, NULL if it should not.
 * A forced (debugger-style) access ignores the protections of private
 * mappings but never makes a shared read-only one writable.
 */
static const char *refusal(const struct mapping *m, unsigned int access, bool write)
{
	bool force = access & VMW_ACCESS_FORCE;

	if (mapping_is_special(m))
		return "special mapping";
	if (m->perms[0] != 'r' && !force)
		return "not readable, and forced access is disabled";
	if (!write || m->perms[1] == 'w')
		return NULL;
	if (mapping_is_shared(m))
		return "shared read-only mapping";
	if (!force)
		return "read-only mapping, and forced writes are disabled";
	return NULL;
}

/* Why a transfer stopped at @addr, for "(...)" after a partial transfer. */
static void describe_stop(const struct vmw_target *t, uint64_t addr, bool write, char *buf,
			  size_t size)
{
	struct mapping m;
	const char *why;
	int r = find_mapping(vmw_pid(t), addr, &m);

	if (r < 0) {
		snprintf(buf, size, "cannot read /proc/%d/maps: %s", (int)vmw_pid(t), strerror(-r));
		return;
	}
	if (r == 0) {
		snprintf(buf, size, "not mapped");
		return;
	}
	why = refusal(&m, vmw_access(t), write);
	snprintf(buf, size, "mapping 0x%" PRIx64 "-0x%" PRIx64 " %s %s%s%s", m.start, m.end,
		 m.perms, mapping_path(&m), why ? ": " : "", why ? why : "");
}

/* Nothing moved with EFAULT or EIO: say what is at @addr. */
static void explain_fault(const struct vmw_target *t, uint64_t addr, uint64_t len, bool write,
			  int err)
{
	const char *op = write ? "write" : "read";
	struct mapping m;
	const char *why;
	int pid = (int)vmw_pid(t);
	int r = find_mapping(pid, addr, &m);

	if (r < 0) {
		msg("%s of %" PRIu64 " %s at 0x%" PRIx64 " in process %d failed: %s", op, len,
		    byte_word(len), addr, pid, strerror(-err));
	} else if (r == 0) {
		msg("address 0x%" PRIx64 " is not mapped in process %d", addr, pid);
	} else {
		why = refusal(&m, vmw_access(t), write);
		msg("address 0x%" PRIx64 " in mapping 0x%" PRIx64 "-0x%" PRIx64 " %s %s refused the %s%s%s%s",
		    addr, m.start, m.end, m.perms, mapping_path(&m), op,
		    why ? " (" : "", why ? why : "", why ? ")" : "");
	}
}

/* Why a transfer of @t stopped at @addr; @err as describe_kernel_stop()'s. */
void describe_stop_at(struct vmw_target *t, uint64_t addr, bool write, int err,
		      char *buf, size_t size)
{
	if (err == -ECONNABORTED)
		snprintf(buf, size, "the session was revoked: vmwrite revoke");
	else if (is_kernel(t))
		describe_kernel_stop(t, addr, write, err, buf, size);
	else
		describe_stop(t, addr, write, buf, size);
}

/*
 * Report a transfer of @len bytes at @addr that moved @done bytes and
 * returned @err.  Returns the exit status: 0 only if everything moved.
 */
int report_transfer(struct vmw_target *t, enum xfer xfer, uint64_t addr, uint64_t len,
		    uint64_t done, int err)
{
	bool write = xfer != XFER_READ;
	int pid = (int)vmw_pid(t);
	char why[PATH_MAX + 128];

	if (done == len)
		return 0;
	if (done) {
		describe_stop_at(t, addr + done, write, err, why, sizeof(why));
		msg("%s %" PRIu64 " of %" PRIu64 " %s at 0x%" PRIx64 ": stopped at 0x%" PRIx64 " (%s)",
		    write ? "wrote" : "read", done, len, byte_word(len), addr, addr + done, why);
		return 1;
	}
	if (err == -ECONNABORTED) {
		msg("the session was revoked (vmwrite revoke): nothing can be %s through it",
		    write ? "written" : "read");
		return 1;
	}
	if (is_kernel(t)) {
		explain_kernel_error(xfer, addr, len, err);
		return 1;
	}
	switch (err) {
	case -EBADF:
		if (write)
			msg("the session is read-only: /proc/%d/mem could not be opened for writing",
			    pid);
		else
			msg("the session may not read process %d", pid);
		break;
	case -ESRCH:
		msg("process %d has exited or exec'd since attach", pid);
		break;
	case -EFAULT:
	case -EIO:
		explain_fault(t, addr, len, write, err);
		break;
	case -EINTR:
		msg("interrupted by a signal before anything was %s", write ? "written" : "read");
		break;
	case -EPERM:
		if (write && explain_policy(VMW_NL_POLICY_PROCESS_WRITES))
			break;
		/* fall through */
	default:
		msg("%s of %" PRIu64 " %s at 0x%" PRIx64 " in process %d failed: %s",
		    write ? "write" : "read", len, byte_word(len), addr, pid, strerror(-err));
		break;
	}
	return 1;
}

/* vmw_region() failed with @err at @addr: say why. */
int report_region_error(const struct vmw_target *t, uint64_t addr, int err)
{
	int pid = (int)vmw_pid(t);

	switch (err) {
	case -EOPNOTSUPP:
		msg("the loaded vmwrite module cannot describe regions (no VMWRITE_IOC_REGION)");
		break;
	case -EBADF:
		msg("the session may not read %s", is_kernel(t) ? "the kernel" : "the process");
		break;
	case -ESRCH:
		msg("process %d has exited or exec'd since attach", pid);
		break;
	case -ECONNABORTED:
		msg("the session was revoked (vmwrite revoke)");
		break;
	case -EPERM:
		if (is_kernel(t)) {
			msg("the kernel is locked down (confidentiality): its regions are not described");
			break;
		}
		/* fall through */
	default:
		msg("cannot describe the region at 0x%" PRIx64 ": %s", addr, strerror(-err));
		break;
	}
	return 1;
}
