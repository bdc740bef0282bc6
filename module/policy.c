// SPDX-License-Identifier: GPL-2.0
/*
 * What sessions may do: the policy an administrator sets over netlink,
 * below the ceiling the module's parameters set.
 *
 * Whoever loads the module sets allow_kernel_write and allow_text_write;
 * SET_POLICY tightens below them and loosens back up to them, never
 * beyond.  Process writes, kernel reads and the audit of reads have no
 * parameter: their ceiling is "on".  Once the policy is locked it only
 * tightens, and the parameters can be lowered but not raised, until the
 * module is unloaded.
 *
 * The checks read one word each (no lock): a change applies to the next
 * transfer of every session, attached before or after it.
 */

#include <linux/bitops.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/vmwrite.h>

#include "internal.h"

/* Serialises changes of the policy, the lock and the parameters. */
static DEFINE_MUTEX(vmwrite_policy_mutex);

/* VMWRITE_POLICY_* bits: what the administrator allows below the ceiling. */
static unsigned long vmwrite_policy = BIT(VMWRITE_POLICY_PROCESS_WRITES) |
				      BIT(VMWRITE_POLICY_KERNEL_READS) |
				      BIT(VMWRITE_POLICY_KERNEL_WRITES) |
				      BIT(VMWRITE_POLICY_TEXT_WRITES);
static bool vmwrite_policy_locked;

static bool allow_kernel_write = true;
static bool allow_text_write;

/*
 * The parameters' setter: a locked policy lets them be lowered, never
 * raised.  Runs with the kernel's param lock held; ours nests inside it.
 */
static int vmwrite_param_set(const char *val, const struct kernel_param *kp)
{
	bool *param = kp->arg;
	bool want;
	int err;

	err = kstrtobool(val, &want);
	if (err)
		return err;
	mutex_lock(&vmwrite_policy_mutex);
	if (want && !*param && vmwrite_policy_locked) {
		pr_warn("%s: the policy is locked: it can only be tightened until the module is unloaded\n",
			kp->name);
		err = -EPERM;
	} else {
		WRITE_ONCE(*param, want);
	}
	mutex_unlock(&vmwrite_policy_mutex);
	return err;
}

static const struct kernel_param_ops vmwrite_param_ops = {
	.set = vmwrite_param_set,
	.get = param_get_bool,
};

module_param_cb(allow_kernel_write, &vmwrite_param_ops, &allow_kernel_write, 0644);
__MODULE_PARM_TYPE(allow_kernel_write, "bool");
MODULE_PARM_DESC(allow_kernel_write,
		 "Allow writes to the running kernel's memory: the ceiling of the policy (default: true)");
module_param_cb(allow_text_write, &vmwrite_param_ops, &allow_text_write, 0644);
__MODULE_PARM_TYPE(allow_text_write, "bool");
MODULE_PARM_DESC(allow_text_write,
		 "Allow VMWRITE_RW_F_TEXT writes to read-only kernel text and rodata: the ceiling of the policy (default: false)");

/* The ceiling of @what: its parameter, or "on" for what has none. */
static bool vmwrite_ceiling(enum vmwrite_policy_bit what)
{
	switch (what) {
	case VMWRITE_POLICY_KERNEL_WRITES:
		return READ_ONCE(allow_kernel_write);
	case VMWRITE_POLICY_TEXT_WRITES:
		/* A text write is a kernel write. */
		return READ_ONCE(allow_kernel_write) && READ_ONCE(allow_text_write);
	default:
		return true;
	}
}

/**
 * vmwrite_policy_allows() - whether sessions may do @what now
 * @what: a VMWRITE_POLICY_* bit
 *
 * Return: true when both the policy and the ceiling allow it; for
 * VMWRITE_POLICY_AUDIT_READS, whether reads produce events.
 */
bool vmwrite_policy_allows(enum vmwrite_policy_bit what)
{
	if (what == VMWRITE_POLICY_TEXT_WRITES &&
	    !test_bit(VMWRITE_POLICY_KERNEL_WRITES, &vmwrite_policy))
		return false;
	return test_bit(what, &vmwrite_policy) && vmwrite_ceiling(what);
}

/**
 * vmwrite_policy_get() - the policy as GET_POLICY reports it
 * @p: filled in
 */
void vmwrite_policy_get(struct vmwrite_policy_state *p)
{
	enum vmwrite_policy_bit b;

	mutex_lock(&vmwrite_policy_mutex);
	p->allowed = 0;
	p->ceiling = 0;
	for (b = 0; b < VMWRITE_POLICY_BITS; b++) {
		if (vmwrite_policy_allows(b))
			p->allowed |= BIT(b);
		if (vmwrite_ceiling(b))
			p->ceiling |= BIT(b);
	}
	p->locked = vmwrite_policy_locked;
	mutex_unlock(&vmwrite_policy_mutex);
}

/* Loosening: a right granted, or auditing of reads taken away. */
static bool vmwrite_policy_loosens(enum vmwrite_policy_bit b, bool on)
{
	return b == VMWRITE_POLICY_AUDIT_READS ? !on : on;
}

/**
 * vmwrite_policy_set() - change the policy, all or nothing
 * @mask: the VMWRITE_POLICY_* bits to change
 * @on:   their new values (bits outside @mask ignored)
 * @lock: lock the policy once changed
 * @bad:  on failure, the bit at fault
 *
 * Return: 0, -EPERM when the policy is locked and the change loosens it,
 * -ERANGE when it asks beyond the ceiling.
 */
int vmwrite_policy_set(unsigned long mask, unsigned long on, bool lock,
		       enum vmwrite_policy_bit *bad)
{
	enum vmwrite_policy_bit b;
	int err = 0;

	mutex_lock(&vmwrite_policy_mutex);
	for_each_set_bit(b, &mask, VMWRITE_POLICY_BITS) {
		bool want = on & BIT(b);

		if (want == test_bit(b, &vmwrite_policy))
			continue;
		if (vmwrite_policy_locked && vmwrite_policy_loosens(b, want)) {
			*bad = b;
			err = -EPERM;
			goto out;
		}
	}
	for_each_set_bit(b, &mask, VMWRITE_POLICY_BITS) {
		if ((on & BIT(b)) && !vmwrite_ceiling(b)) {
			*bad = b;
			err = -ERANGE;
			goto out;
		}
	}
	for_each_set_bit(b, &mask, VMWRITE_POLICY_BITS)
		assign_bit(b, &vmwrite_policy, on & BIT(b));
	if (lock)
		WRITE_ONCE(vmwrite_policy_locked, true);
out:
	mutex_unlock(&vmwrite_policy_mutex);
	return err;
}
