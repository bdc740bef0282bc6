// SPDX-License-Identifier: GPL-2.0
/*
 * Recognising /proc/PID/mem files, and honouring the administrator's
 * proc_mem.force_override= choice.
 *
 * vmwrite delegates its permission check to open("/proc/PID/mem"): that
 * open applies the kernel's ptrace-attach rule (PTRACE_MODE_ATTACH, with
 * LSMs and Yama) with the opener's credentials and pins the target's mm in
 * file->private_data.  ptrace_may_access() and mm_access() are not exported,
 * so the module cannot repeat the check; it only has to be sure a file
 * really is a proc mem file, which it tells by its file_operations.
 *
 * Those are learnt once, at load, from a procfs instance of the module's
 * own.  Not from the caller's procfs: a user who may mount (in a user
 * namespace of their own) could bind another proc file over its "mem" or
 * "cmdline", and so choose what vmwrite takes for a mem file or for the
 * command line.  Nothing can be mounted on a mount that is in no namespace.
 */

#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "internal.h"

/* Set by vmwrite_procmem_init(), before the device exists; then read only. */
static const struct file_operations *proc_mem_fops __ro_after_init;
static bool proc_mem_force __ro_after_init;

#if IS_ENABLED(CONFIG_PROC_MEM_ALWAYS_FORCE) || \
	IS_ENABLED(CONFIG_PROC_MEM_FORCE_PTRACE) || \
	IS_ENABLED(CONFIG_PROC_MEM_NO_FORCE)
#define PROC_MEM_OVERRIDE	"proc_mem.force_override"

/* Parameter names match with '-' and '_' alike, as parameq() has it. */
static bool vmwrite_parameq(const char *a, const char *b)
{
	for (; *a || *b; a++, b++) {
		if ((*a == '-' ? '_' : *a) != (*b == '-' ? '_' : *b))
			return false;
	}
	return true;
}

/*
 * Newer kernels (and Debian's 6.1) can refuse FOLL_FORCE for /proc/PID/mem:
 * CONFIG_PROC_MEM_* sets the default and proc_mem.force_override= on the
 * command line changes it.  The variable holding the outcome is static, so
 * read the command line as everyone can.
 *
 * vmwrite forces only when the kernel's default is "always" and no setting
 * says otherwise, never more than /proc/PID/mem: "ptrace" forces only for
 * an active ptracer, which the module cannot see, and /proc/cmdline also
 * shows bootconfig keys the kernel never applied to early parameters, so
 * an "always" found there proves nothing.  A command line that cannot be
 * read whole (bootconfig can make it longer than a page) may hide a
 * setting: no forcing then either.
 */
static bool procmem_force_from_cmdline(const struct path *root)
{
	char *args, *param, *val, *buf;
	bool force = true;
	struct file *file;
	loff_t pos = 0;
	ssize_t len;

	if (!IS_ENABLED(CONFIG_PROC_MEM_ALWAYS_FORCE))
		return false;
	file = file_open_root(root, "cmdline", O_RDONLY, 0);
	if (IS_ERR(file))
		return false;
	buf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!buf) {
		fput(file);
		return false;
	}
	len = kernel_read(file, buf, PAGE_SIZE, &pos);
	fput(file);
	if (len < 0 || len == PAGE_SIZE) {
		if (len == PAGE_SIZE)
			pr_warn("command line longer than %lu bytes: forced writes disabled\n",
				PAGE_SIZE - 1);
		kfree(buf);
		return false;
	}
	buf[len] = '\0';

	/* What follows "--" belongs to init. */
	args = skip_spaces(buf);
	while (*args) {
		args = next_arg(args, &param, &val);
		if (!val && !strcmp(param, "--"))
			break;
		if (val && vmwrite_parameq(param, PROC_MEM_OVERRIDE) &&
		    (!strcmp(val, "ptrace") || !strcmp(val, "never")))
			force = false;
	}
	kfree(buf);
	return force;
}
#else
/* Kernels without the option always force /proc/PID/mem accesses. */
static bool procmem_force_from_cmdline(const struct path *root)
{
	return true;
}
#endif

/**
 * vmwrite_procmem_init() - learn what a /proc/PID/mem file looks like
 *
 * Mounts a private procfs instance, opens its "self/mem" (the loading
 * process may always open its own) and keeps the file_operations every
 * /proc/PID/mem and /proc/PID/task/TID/mem share; reads the command line
 * from the same instance.
 *
 * Return: 0, or the error that prevented it.
 */
int __init vmwrite_procmem_init(void)
{
	struct file_system_type *proc;
	struct vfsmount *mnt;
	struct file *self;
	struct path root;
	int err = 0;

	/* procfs is built in: no module reference to drop afterwards. */
	proc = get_fs_type("proc");
	if (!proc)
		return -ENODEV;
	mnt = kern_mount(proc);
	if (IS_ERR(mnt))
		return PTR_ERR(mnt);
	root.mnt = mnt;
	root.dentry = mnt->mnt_root;

	self = file_open_root(&root, "self/mem", O_RDONLY, 0);
	if (IS_ERR(self)) {
		err = PTR_ERR(self);
		goto out;
	}
	proc_mem_fops = self->f_op;
	fput(self);
	proc_mem_force = procmem_force_from_cmdline(&root);
	pr_info("forced writes through page protections %s, as for /proc/PID/mem\n",
		proc_mem_force ? "allowed" : "disabled");
out:
	kern_unmount(mnt);
	return err;
}

/**
 * vmwrite_procmem_is_mem() - is @file a /proc/PID/mem file?
 * @file: a file the caller handed in
 *
 * Return: true if it is.
 */
bool vmwrite_procmem_is_mem(const struct file *file)
{
	return file->f_op == proc_mem_fops;
}

/**
 * vmwrite_procmem_force() - may accesses use FOLL_FORCE, like /proc/PID/mem?
 *
 * Return: true if /proc/PID/mem accesses force through page protections.
 */
bool vmwrite_procmem_force(void)
{
	return proc_mem_force;
}
