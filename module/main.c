// SPDX-License-Identifier: GPL-2.0
/*
 * vmwrite: read and write the virtual memory of a live target, with the
 * semantics of a debugger's WriteVirtual: success when at least one byte
 * moved, and an exact count of how many did.
 *
 * /dev/vmwrite is a misc device; each open file is a session, attached
 * once to a target.  See Documentation/userspace-api/vmwrite.rst.
 */

#include <linux/build_bug.h>
#include <linux/cred.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/log2.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/nospec.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/timekeeping.h>
#include <linux/uaccess.h>
#include <linux/vmwrite.h>

#include "internal.h"

#define VMWRITE_IOCTLS		(BIT_ULL(_IOC_NR(VMWRITE_IOC_API)) |	\
				 BIT_ULL(_IOC_NR(VMWRITE_IOC_ATTACH)) |	\
				 BIT_ULL(_IOC_NR(VMWRITE_IOC_WRITE)) |	\
				 BIT_ULL(_IOC_NR(VMWRITE_IOC_READ)) |	\
				 BIT_ULL(_IOC_NR(VMWRITE_IOC_CMPXCHG)) |	\
				 BIT_ULL(_IOC_NR(VMWRITE_IOC_REGION)) |	\
				 BIT_ULL(_IOC_NR(VMWRITE_IOC_WRITEV)) |	\
				 BIT_ULL(_IOC_NR(VMWRITE_IOC_READV)))

/*
 * Read an extensible argument struct whose first member is its size.  The
 * ioctl numbers encode the VER0 sizes and never change; the size member
 * tells which version the caller speaks.  The size is read once: the copy
 * that follows is told, and keeps, that value.
 */
int vmwrite_copy_args(void *karg, size_t ksize, size_t ver0,
		      const void __user *uarg)
{
	u32 usize;
	int err;

	if (get_user(usize, (const u32 __user *)uarg))
		return -EFAULT;
	if (usize < ver0)
		return -EINVAL;
	if (usize > PAGE_SIZE)
		return -E2BIG;
	err = copy_struct_from_user(karg, ksize, uarg, usize);
	*(u32 *)karg = usize;
	return err;
}

static int vmwrite_session_api(struct vmwrite_api __user *uarg)
{
	struct vmwrite_api args;
	int err;

	err = vmwrite_copy_args(&args, sizeof(args), VMWRITE_API_SIZE_VER0,
				uarg);
	if (err)
		return err;

	args.api_version = VMWRITE_API_VERSION;
	args.features = VMWRITE_FEATURE_TARGET_PROCESS |
			VMWRITE_FEATURE_TARGET_KERNEL |
			VMWRITE_FEATURE_SINGLE_ACCESS |
			VMWRITE_FEATURE_CMPXCHG |
			VMWRITE_FEATURE_TEXT_WRITE |
			VMWRITE_FEATURE_REGION |
			VMWRITE_FEATURE_BATCH;
	args.ioctls = VMWRITE_IOCTLS;
	args.max_rw_count = VMWRITE_MAX_RW_COUNT;
	if (copy_to_user(uarg, &args, min_t(size_t, args.size, sizeof(args))))
		return -EFAULT;
	return 0;
}

/* The operations of the VMWRITE_TARGET_* @target, NULL for no such one. */
static const struct vmwrite_target_ops *vmwrite_target_ops(u32 target)
{
	switch (target) {
	case VMWRITE_TARGET_PROCESS:
		return &vmwrite_process_ops;
	case VMWRITE_TARGET_KERNEL:
		return &vmwrite_kernel_ops;
	default:
		return NULL;
	}
}

/*
 * The attached sessions, in the order of their numbers, for GET_SESSIONS
 * and REVOKE_SESSION.  Numbers are given under the same lock: never 0,
 * never reused while the module is loaded.
 */
static DEFINE_MUTEX(vmwrite_sessions_lock);
static LIST_HEAD(vmwrite_sessions);
static u64 vmwrite_session_last_id;

/* Number @s, note who attached it, and list it. */
static void vmwrite_session_list(struct vmwrite_session *s)
{
	s->attached_ns = ktime_get_boottime_ns();
	s->owner_tgid = task_tgid_nr(current);
	s->owner_pid = task_pid_nr(current);
	s->owner_uid = from_kuid_munged(&init_user_ns, current_uid());
	get_task_comm(s->owner_comm, current);

	mutex_lock(&vmwrite_sessions_lock);
	s->id = ++vmwrite_session_last_id;
	list_add_tail(&s->node, &vmwrite_sessions);
	mutex_unlock(&vmwrite_sessions_lock);
}

/**
 * vmwrite_sessions_each() - call @fn for each attached session past @after
 * @after: a session number; those up to it are skipped
 * @fn:    called with the list locked, in the order of the numbers; a
 *         non-zero return stops the walk
 * @arg:   for @fn
 *
 * Return: what @fn returned last, 0 if it was never called.
 */
int vmwrite_sessions_each(u64 after,
			  int (*fn)(struct vmwrite_session *s, void *arg),
			  void *arg)
{
	struct vmwrite_session *s;
	int ret = 0;

	mutex_lock(&vmwrite_sessions_lock);
	list_for_each_entry(s, &vmwrite_sessions, node) {
		if (s->id <= after)
			continue;
		ret = fn(s, arg);
		if (ret)
			break;
	}
	mutex_unlock(&vmwrite_sessions_lock);
	return ret;
}

/**
 * vmwrite_session_revoke() - make session @id fail from now on
 * @id: a session number
 *
 * Its next calls fail with -ECONNABORTED, and so does a transfer in
 * progress at its next chunk: only closing it is left to its owner.
 *
 * Return: 0 (also when it was revoked already), -ENOENT for no such
 * attached session.
 */
int vmwrite_session_revoke(u64 id)
{
	struct vmwrite_session *s;
	int err = -ENOENT;

	mutex_lock(&vmwrite_sessions_lock);
	list_for_each_entry(s, &vmwrite_sessions, node) {
		if (s->id == id) {
			set_bit(VMWRITE_SESSION_REVOKED, &s->flags);
			err = 0;
			break;
		}
	}
	mutex_unlock(&vmwrite_sessions_lock);
	return err;
}

static int vmwrite_session_attach(struct file *file,
				  struct vmwrite_attach __user *uarg)
{
	struct vmwrite_session *s = file->private_data;
	const struct vmwrite_target_ops *ops;
	struct vmwrite_attach args;
	int err;

	err = vmwrite_copy_args(&args, sizeof(args), VMWRITE_ATTACH_SIZE_VER0,
				uarg);
	if (err)
		return err;
	if (args.flags & ~VMWRITE_ATTACH_F_ALL || args.reserved)
		return -EINVAL;

	ops = vmwrite_target_ops(args.target);
	if (!ops || (!ops->takes_fd && args.fd))
		return -EINVAL;

	/* Killable: put_user() below may wait on a fault that never ends. */
	if (mutex_lock_killable(&s->attach_lock))
		return -EINTR;
	if (s->ops) {
		mutex_unlock(&s->attach_lock);
		return -EISCONN;
	}
	s->kind = args.target;
	err = ops->attach(s, file, args.fd);
	if (err)
		goto out;
	if (put_user(s->access, &uarg->access)) {
		if (ops->release)
			ops->release(s);
		err = -EFAULT;
		goto out;
	}
	vmwrite_session_list(s);
	/* Told before anything the session does can be. */
	vmwrite_attached(s);
	/* Publishes the fields ops->attach() set. */
	smp_store_release(&s->ops, ops);
out:
	mutex_unlock(&s->attach_lock);
	if (err)
		vmwrite_attach_refused(args.target, err);
	return err;
}

/*
 * What every call on a session begins with, once its arguments are read
 * and checked: the target's operations, if attached (-ENOTCONN) and not
 * revoked (-ECONNABORTED); whether the target takes a write to read-only
 * kernel memory, if @text asks for one (-EINVAL); whether the session was
 * granted all of @need (-EBADF).
 */
const struct vmwrite_target_ops *
vmwrite_session_target(struct vmwrite_session *s, u32 need, bool text)
{
	const struct vmwrite_target_ops *ops;

	/* Pairs with the release in attach: what attach set is visible. */
	ops = smp_load_acquire(&s->ops);
	if (!ops)
		return ERR_PTR(-ENOTCONN);
	if (test_bit(VMWRITE_SESSION_REVOKED, &s->flags))
		return ERR_PTR(-ECONNABORTED);
	if (text && (!(need & VMWRITE_ACCESS_WRITE) || !ops->text_write))
		return ERR_PTR(-EINVAL);
	if ((s->access & need) != need)
		return ERR_PTR(-EBADF);
	return ops;
}

/* An error of vmwrite_session_target() that refuses an attached session. */
bool vmwrite_session_refused(long err)
{
	return err == -EBADF || err == -ECONNABORTED;
}

/* Returns the bytes moved or a negative errno. */
static ssize_t vmwrite_session_xfer(struct vmwrite_session *s,
				    struct vmwrite_rw *args, bool write)
{
	u32 need = write ? VMWRITE_ACCESS_WRITE : VMWRITE_ACCESS_READ;
	u8 ev = write ? VMWRITE_EV_WRITE : VMWRITE_EV_READ;
	void __user *buf = u64_to_user_ptr(args->buf);
	bool text = args->flags & VMWRITE_RW_F_TEXT;
	const struct vmwrite_target_ops *ops;
	u64 len, last;
	ssize_t ret;

	if (args->flags & ~VMWRITE_RW_F_ALL)
		return -EINVAL;
	ops = vmwrite_session_target(s, need, text);
	if (IS_ERR(ops)) {
		/* Attached, without the right or revoked: a refusal to tell. */
		if (vmwrite_session_refused(PTR_ERR(ops)))
			vmwrite_transferred(s, ev, args->addr, args->len,
					    PTR_ERR(ops), true, args->flags);
		return PTR_ERR(ops);
	}

	len = min_t(u64, args->len, VMWRITE_MAX_RW_COUNT);
	if (!len)
		return 0;
	if (check_add_overflow(args->addr, len - 1, &last))
		return -EINVAL;
	if (!access_ok(buf, len))
		return -EFAULT;
	/* No speculation with a pointer access_ok() refused. */
	barrier_nospec();
	ret = ops->rw(s, args->addr, buf, len, write, text);
	vmwrite_transferred(s, ev, args->addr, len, ret, vmwrite_err_is_refusal(ret),
			    args->flags);
	return ret;
}

static int vmwrite_session_rw(struct vmwrite_session *s,
			      struct vmwrite_rw __user *uarg, bool write)
{
	struct vmwrite_rw args;
	ssize_t ret;

	ret = vmwrite_copy_args(&args, sizeof(args), VMWRITE_RW_SIZE_VER0,
				uarg);
	if (ret)
		return ret;
	/*
	 * Whatever happens, done says how much of it did: make sure it can be
	 * written before anything moves, so that a count is never lost.
	 */
	if (put_user(0, &uarg->done))
		return -EFAULT;

	ret = vmwrite_session_xfer(s, &args, write);
	if (put_user(ret > 0 ? (u64)ret : 0, &uarg->done))
		return -EFAULT;
	return ret < 0 ? ret : 0;
}

static int vmwrite_session_cmpxchg(struct vmwrite_session *s,
				   struct vmwrite_cmpxchg __user *uarg)
{
	/* It reads as well as writes: the old value comes back. */
	u32 need = VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE;
	const struct vmwrite_target_ops *ops;
	struct vmwrite_cmpxchg args;
	u64 old, beyond;
	int err;

	err = vmwrite_copy_args(&args, sizeof(args),
				VMWRITE_CMPXCHG_SIZE_VER0, uarg);
	if (err)
		return err;
	if (args.flags & ~VMWRITE_CMPXCHG_F_ALL || args.reserved)
		return -EINVAL;
	if (!is_power_of_2(args.width) || args.width > sizeof(u64) ||
	    !IS_ALIGNED(args.addr, args.width))
		return -EINVAL;
	/* Bits above the value: a sign-extended expected would never match. */
	beyond = args.width < sizeof(u64) ? ~0ULL << (args.width * 8) : 0;
	if ((args.expected | args.desired) & beyond)
		return -EINVAL;

	ops = vmwrite_session_target(s, need, false);
	if (IS_ERR(ops)) {
		if (vmwrite_session_refused(PTR_ERR(ops)))
			vmwrite_transferred(s, VMWRITE_EV_CMPXCHG, args.addr, args.width,
					    PTR_ERR(ops), true, args.flags);
		return PTR_ERR(ops);
	}
	/* As for transfers: the outcome must be reportable before it happens. */
	if (put_user(0, &uarg->old) || put_user(0, &uarg->done))
		return -EFAULT;

	old = args.expected;
	err = ops->compare_write(s, args.addr, args.width, &old, args.desired);
	vmwrite_transferred(s, VMWRITE_EV_CMPXCHG, args.addr, args.width,
			    err ? err : old == args.expected ? args.width : 0,
			    vmwrite_err_is_refusal(err), args.flags);
	if (err)
		return err;
	if (put_user(old, &uarg->old) ||
	    put_user(old == args.expected ? args.width : 0, &uarg->done))
		return -EFAULT;
	return 0;
}

static int vmwrite_session_region(struct vmwrite_session *s,
				  struct vmwrite_region __user *uarg)
{
	const struct vmwrite_target_ops *ops;
	struct vmwrite_region args;
	int err;

	err = vmwrite_copy_args(&args, sizeof(args), VMWRITE_REGION_SIZE_VER0,
				uarg);
	if (err)
		return err;
	if (args.flags & ~VMWRITE_REGION_F_ALL)
		return -EINVAL;
	/* What is mapped where is a read of the target. */
	ops = vmwrite_session_target(s, VMWRITE_ACCESS_READ, false);
	if (IS_ERR(ops))
		return PTR_ERR(ops);

	err = ops->region(s, &args);
	if (err)
		return err;
	if (copy_to_user(uarg, &args, min_t(size_t, args.size, sizeof(args))))
		return -EFAULT;
	return 0;
}

static long vmwrite_ioctl(struct file *file, unsigned int cmd,
			  unsigned long parm)
{
	struct vmwrite_session *s = file->private_data;
	void __user *argp = (void __user *)parm;

	switch (cmd) {
	case VMWRITE_IOC_API:
		return vmwrite_session_api(argp);
	case VMWRITE_IOC_ATTACH:
		return vmwrite_session_attach(file, argp);
	case VMWRITE_IOC_WRITE:
		return vmwrite_session_rw(s, argp, true);
	case VMWRITE_IOC_READ:
		return vmwrite_session_rw(s, argp, false);
	case VMWRITE_IOC_CMPXCHG:
		return vmwrite_session_cmpxchg(s, argp);
	case VMWRITE_IOC_REGION:
		return vmwrite_session_region(s, argp);
	case VMWRITE_IOC_WRITEV:
		return vmwrite_session_rwv(s, argp, true);
	case VMWRITE_IOC_READV:
		return vmwrite_session_rwv(s, argp, false);
	default:
		return -ENOIOCTLCMD;
	}
}

static int vmwrite_open(struct inode *inode, struct file *file)
{
	struct vmwrite_session *s;

	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	if (vmwrite_session_counts_alloc(s)) {
		kfree(s);
		return -ENOMEM;
	}
	mutex_init(&s->attach_lock);
	file->private_data = s;
	return nonseekable_open(inode, file);
}

static int vmwrite_release(struct inode *inode, struct file *file)
{
	struct vmwrite_session *s = file->private_data;

	if (s->id) {
		mutex_lock(&vmwrite_sessions_lock);
		list_del(&s->node);
		mutex_unlock(&vmwrite_sessions_lock);
	}
	if (s->ops)
		vmwrite_event_detach(s);
	if (s->ops && s->ops->release)
		s->ops->release(s);
	mutex_destroy(&s->attach_lock);
	vmwrite_session_counts_free(s);
	kfree(s);
	return 0;
}

static const struct file_operations vmwrite_fops = {
	.owner		= THIS_MODULE,
	.open		= vmwrite_open,
	.release	= vmwrite_release,
	.unlocked_ioctl	= vmwrite_ioctl,
	.compat_ioctl	= compat_ptr_ioctl,
};

static struct miscdevice vmwrite_misc = {
	.minor		= MISC_DYNAMIC_MINOR,
	.name		= "vmwrite",
	.fops		= &vmwrite_fops,
	.mode		= 0600,
};

static int __init vmwrite_init(void)
{
	int err;

	/* A struct that grows gets a _SIZE_VER1; these stay as they are. */
	BUILD_BUG_ON(sizeof(struct vmwrite_api) != VMWRITE_API_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct vmwrite_attach) != VMWRITE_ATTACH_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct vmwrite_rw) != VMWRITE_RW_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct vmwrite_cmpxchg) !=
		     VMWRITE_CMPXCHG_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct vmwrite_region) !=
		     VMWRITE_REGION_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct vmwrite_seg) != VMWRITE_SEG_SIZE_VER0);
	BUILD_BUG_ON(sizeof(struct vmwrite_rwv) != VMWRITE_RWV_SIZE_VER0);

	err = vmwrite_procmem_init();
	if (err) {
		pr_err("cannot learn what /proc/PID/mem files look like: %pe\n",
		       ERR_PTR(err));
		return err;
	}
	/* The family first and gone last: no session outlives it. */
	err = vmwrite_netlink_init();
	if (err) {
		pr_err("cannot register the generic netlink family: %pe\n",
		       ERR_PTR(err));
		return err;
	}
	err = misc_register(&vmwrite_misc);
	if (err)
		vmwrite_netlink_exit();
	return err;
}

static void __exit vmwrite_exit(void)
{
	misc_deregister(&vmwrite_misc);
	vmwrite_netlink_exit();
}

module_init(vmwrite_init);
module_exit(vmwrite_exit);

MODULE_DESCRIPTION("Read and write the virtual memory of live targets");
MODULE_LICENSE("GPL");
#ifdef VMWRITE_VERSION
MODULE_VERSION(VMWRITE_VERSION);
#endif
