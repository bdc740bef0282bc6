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
 */

#include <linux/file.h>
#include <linux/fs.h>
#include <linux/magic.h>
#include <linux/mount.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "vmwrite.h"

/*
 * Learnt at the first attach rather than at module load: procfs need not
 * be mounted when the module is loaded.  Both are written once under
 * procmem_lock, then only read.
 */
static DEFINE_MUTEX(procmem_lock);
static const struct file_operations *proc_mem_fops;
static bool proc_mem_force;

#if IS_ENABLED(CONFIG_PROC_MEM_ALWAYS_FORCE) || \
	IS_ENABLED(CONFIG_PROC_MEM_FORCE_PTRACE) || \
	IS_ENABLED(CONFIG_PROC_MEM_NO_FORCE)
/*
 * Since v6.10 the kernel can refuse FOLL_FORCE for /proc/PID/mem:
 * CONFIG_PROC_MEM_* sets the default and proc_mem.force_override= on the
 * command line changes it.  The variable holding the outcome is static, so
 * read the command line the way everyone else can: /proc/cmdline.  "ptrace"
 * forces only for an active ptracer, which the module cannot see: it counts
 * as "never".  An unreadable command line counts as "never" too.
 */
#define PROC_MEM_OVERRIDE	"proc_mem.force_override"

static bool procmem_force_from_cmdline(const struct path *root)
{
	bool force = IS_ENABLED(CONFIG_PROC_MEM_ALWAYS_FORCE);
	char *args, *param, *val, *buf;
	struct file *file;
	loff_t pos = 0;
	ssize_t len;

	file = file_open_root(root, "cmdline", O_RDONLY, 0);
	if (IS_ERR(file)) {
		pr_warn("cannot read /proc/cmdline (%pe): forced writes disabled\n",
			file);
		return false;
	}
	buf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!buf) {
		fput(file);
		return false;
	}
	len = kernel_read(file, buf, PAGE_SIZE - 1, &pos);
	fput(file);
	if (len < 0) {
		kfree(buf);
		return false;
	}
	buf[len] = '\0';

	/*
	 * Like early_param(): every occurrence is applied, the last wins, and
	 * what follows "--" belongs to init.
	 */
	args = skip_spaces(buf);
	while (*args) {
		args = next_arg(args, &param, &val);
		if (!val && !strcmp(param, "--"))
			break;
		if (strcmp(param, PROC_MEM_OVERRIDE) || !val)
			continue;
		if (!strcmp(val, "always"))
			force = true;
		else if (!strcmp(val, "ptrace") || !strcmp(val, "never"))
			force = false;
	}
	kfree(buf);
	return force;
}
#else
/* Older kernels always force /proc/PID/mem accesses. */
static bool procmem_force_from_cmdline(const struct path *root)
{
	return true;
}
#endif

/*
 * Open "self/mem" on the procfs @file lives on, wherever that is mounted,
 * and keep its file_operations: every /proc/PID/mem shares them.
 */
static int procmem_learn(struct file *file)
{
	struct path root = {
		.mnt = file->f_path.mnt,
		.dentry = file->f_path.mnt->mnt_root,
	};
	struct file *self;

	self = file_open_root(&root, "self/mem", O_RDONLY, 0);
	if (IS_ERR(self))
		return PTR_ERR(self);
	proc_mem_force = procmem_force_from_cmdline(&root);
	/* Pairs with the acquire in identify: proc_mem_force is set. */
	smp_store_release(&proc_mem_fops, self->f_op);
	fput(self);
	pr_info("forced writes through page protections %s\n",
		proc_mem_force ? "allowed" : "disabled by proc_mem.force_override");
	return 0;
}

/**
 * vmwrite_procmem_identify() - is @file a /proc/PID/mem file?
 * @file: a file the caller handed in
 *
 * Return: 0 if it is, -EINVAL if it is not, or the error that prevented
 * finding out.
 */
int vmwrite_procmem_identify(struct file *file)
{
	const struct file_operations *fops;
	int err = 0;

	if (file_inode(file)->i_sb->s_magic != PROC_SUPER_MAGIC)
		return -EINVAL;

	/* Pairs with the release in procmem_learn(). */
	fops = smp_load_acquire(&proc_mem_fops);
	if (!fops) {
		mutex_lock(&procmem_lock);
		if (!proc_mem_fops)
			err = procmem_learn(file);
		mutex_unlock(&procmem_lock);
		if (err)
			return err;
		fops = proc_mem_fops;
	}
	return file->f_op == fops ? 0 : -EINVAL;
}

/**
 * vmwrite_procmem_force() - may accesses use FOLL_FORCE, like /proc/PID/mem?
 *
 * Only valid after vmwrite_procmem_identify() succeeded once.
 *
 * Return: true if /proc/PID/mem accesses force through page protections.
 */
bool vmwrite_procmem_force(void)
{
	return proc_mem_force;
}
