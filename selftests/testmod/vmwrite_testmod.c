// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel memory for the vmwrite selftests to aim at: a writable variable,
 * a const table in rodata, functions in text, a vmalloc buffer followed by
 * its guard page, and device memory.  /sys/kernel/vmwrite_testmod/ gives
 * their addresses (root only) and shows their contents through the
 * module's own eyes, so the tests need not trust vmwrite to check vmwrite.
 * It also gives the direct-map aliases of its text and rodata and of a
 * function of the kernel image, the other addresses of the same pages.
 *
 * Two kernel threads race with vmwrite from another CPU: "watch" spins
 * reading a variable and counts the values a torn store would leave,
 * "bump" increments a counter that vmwrite compare-and-writes too.  A
 * hardware write watchpoint counts the stores into another variable, one
 * by one, so that the tests can tell a single store from a byte loop.
 *
 * offsets gives where some fields of kernel types are, as the compiler
 * laid them out for this kernel, for the tests of lookups in its BTF.
 */

#include <linux/atomic.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/hw_breakpoint.h>
#include <linux/io.h>
#include <linux/kobject.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/stddef.h>
#include <linux/sysfs.h>
#include <linux/types.h>
#include <linux/vmalloc.h>

#define VM_PAGES	2
/* QEMU's HPET: device memory any x86 guest has. */
#define IO_PHYS		0xfed00000UL

static u64 rw_var = 0x1122334455667788ULL;
static const u64 ro_table[4] = { 0xc0ffee, 1, 2, 3 };
static u8 *vm_buf;
static void __iomem *io_map;
static struct kobject *kobj;

/*
 * What the gdb test (scripts/tests/gdb.sh) reads and writes by name, through
 * this module's debug info: a struct, its fields, and gdb_value to show one.
 */
struct vmwrite_testmod_gdb {
	u32 magic;
	u64 value;
	char name[16];
};

static struct vmwrite_testmod_gdb gdb_state = {
	.magic = 0x676462,
	.value = 0x1234,
	.name = "vmwrite-gdb",
};

static noinline int vmwrite_testmod_probe(void)
{
	return 42;
}

/*
 * The immediate of its return is what the text patching test changes:
 * a distinct value, well past the entry (ENDBR64, the fentry call).
 */
static unsigned int patch_calls;

static noinline u32 vmwrite_testmod_patchme(void)
{
	WRITE_ONCE(patch_calls, READ_ONCE(patch_calls) + 1);
	return 0x5a17c0de;
}

/* A per-CPU variable: the tests write CPU 0's copy. */
static DEFINE_PER_CPU(u64, pcpu_var);

/* Stores of all-zero and all-one bits only, as the watch test makes. */
static u64 watch_var;
static atomic64_t bump_var = ATOMIC64_INIT(0);

/*
 * The watcher: reads watch_var at the width given, as one load, and counts
 * values that are neither all zeroes nor all ones.
 */
static unsigned int watch_width;
static atomic_long_t watch_torn = ATOMIC_LONG_INIT(0);
static atomic_long_t watch_reads = ATOMIC_LONG_INIT(0);
static struct task_struct *watch_task;

static int watch_fn(void *arg)
{
	unsigned int width = watch_width;
	u64 all = width == 8 ? ~0ULL : (1ULL << (width * 8)) - 1;
	unsigned long n = 0;

	while (!kthread_should_stop()) {
		u64 v = width == 8 ? READ_ONCE(watch_var) :
			width == 4 ? READ_ONCE(*(u32 *)&watch_var) :
				     READ_ONCE(*(u16 *)&watch_var);

		if (v != 0 && v != all)
			atomic_long_inc(&watch_torn);
		if (!(++n & 1023)) {
			atomic_long_add(1024, &watch_reads);
			cond_resched();
		}
	}
	return 0;
}

/*
 * Another task's stack: a kernel thread publishes the address of a local
 * variable and sleeps; once told to, it reports what the variable holds.
 */
static unsigned long stack_local_addr;
static u64 stack_result;
static DECLARE_COMPLETION(stack_go);
static DECLARE_COMPLETION(stack_done);
static struct task_struct *stack_task;

static int stack_fn(void *arg)
{
	u64 local = 0x57ac57ac;

	WRITE_ONCE(stack_local_addr, (unsigned long)&local);
	wait_for_completion(&stack_go);
	/* Its address escaped: the compiler must read it from the stack. */
	WRITE_ONCE(stack_result, READ_ONCE(local));
	WRITE_ONCE(stack_local_addr, 0);
	complete(&stack_done);
	return 0;
}

/*
 * Every store that touches store_var, counted by a data breakpoint on all
 * CPUs: the CPU reports each store instruction once, whatever its width.
 */
static u64 store_var __aligned(8);
static struct perf_event * __percpu *store_bp;
static atomic_long_t store_hits = ATOMIC_LONG_INIT(0);

static void store_hit(struct perf_event *bp, struct perf_sample_data *data,
		      struct pt_regs *regs)
{
	atomic_long_inc(&store_hits);
}

static void store_stop(void)
{
	if (store_bp)
		unregister_wide_hw_breakpoint(store_bp);
	store_bp = NULL;
}

/* The bumper: @bump_left increments of bump_var, then it ends. */
static unsigned long bump_left;
static struct task_struct *bump_task;

static int bump_fn(void *arg)
{
	unsigned long n;

	for (n = 0; n < bump_left && !kthread_should_stop(); n++) {
		atomic64_inc(&bump_var);
		if (!(n & 255))
			cond_resched();
	}
	WRITE_ONCE(bump_left, 0);
	/* kthread_stop() wants a thread that is still there. */
	set_current_state(TASK_INTERRUPTIBLE);
	while (!kthread_should_stop()) {
		schedule();
		set_current_state(TASK_INTERRUPTIBLE);
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

#define ADDR_ATTR(name, expr)						\
static ssize_t name##_show(struct kobject *k, struct kobj_attribute *a,	\
			   char *buf)					\
{									\
	return sysfs_emit(buf, "%#lx\n", (__force unsigned long)(expr));	\
}									\
static struct kobj_attribute name##_attr = __ATTR_RO_MODE(name, 0400)

/* The direct-map alias of @p, in the module area. */
static unsigned long direct_alias(const void *p)
{
	struct page *page = vmalloc_to_page(p);

	return page ? (unsigned long)page_address(page) + offset_in_page(p) : 0;
}

ADDR_ATTR(rw_addr, &rw_var);
ADDR_ATTR(ro_addr, ro_table);
ADDR_ATTR(text_addr, vmwrite_testmod_probe);
ADDR_ATTR(vm_addr, vm_buf);
ADDR_ATTR(io_addr, io_map);
ADDR_ATTR(patch_addr, vmwrite_testmod_patchme);
ADDR_ATTR(watch_addr, &watch_var);
ADDR_ATTR(bump_addr, &bump_var);
ADDR_ATTR(pcpu_addr, per_cpu_ptr(&pcpu_var, 0));
ADDR_ATTR(patch_alias, direct_alias(vmwrite_testmod_patchme));
ADDR_ATTR(ro_alias, direct_alias(ro_table));
/* A function of the kernel image, and its direct-map alias. */
ADDR_ATTR(ktext_addr, msleep);
ADDR_ATTR(ktext_alias, __va(__pa_symbol(msleep)));

static ssize_t pcpu_value_show(struct kobject *k, struct kobj_attribute *a,
			       char *buf)
{
	return sysfs_emit(buf, "%#llx\n", READ_ONCE(*per_cpu_ptr(&pcpu_var, 0)));
}

static struct kobj_attribute pcpu_value_attr = __ATTR_RO_MODE(pcpu_value, 0400);

static ssize_t rw_value_show(struct kobject *k, struct kobj_attribute *a,
			     char *buf)
{
	return sysfs_emit(buf, "%#llx\n", READ_ONCE(rw_var));
}

static ssize_t rw_value_store(struct kobject *k, struct kobj_attribute *a,
			      const char *buf, size_t count)
{
	u64 v;
	int err = kstrtou64(buf, 0, &v);

	if (err)
		return err;
	WRITE_ONCE(rw_var, v);
	return count;
}

static struct kobj_attribute rw_value_attr = __ATTR_RW_MODE(rw_value, 0600);

static ssize_t ro_value_show(struct kobject *k, struct kobj_attribute *a,
			     char *buf)
{
	return sysfs_emit(buf, "%#llx\n", READ_ONCE(ro_table[0]));
}

static struct kobj_attribute ro_value_attr = __ATTR_RO_MODE(ro_value, 0400);

static ssize_t gdb_value_show(struct kobject *k, struct kobj_attribute *a,
			      char *buf)
{
	return sysfs_emit(buf, "%#llx %s\n", READ_ONCE(gdb_state.value), gdb_state.name);
}

static struct kobj_attribute gdb_value_attr = __ATTR_RO_MODE(gdb_value, 0400);

/* The last 8 bytes of the vmalloc buffer, right before its guard page. */
static ssize_t vm_tail_show(struct kobject *k, struct kobj_attribute *a,
			    char *buf)
{
	u64 v;

	memcpy(&v, vm_buf + VM_PAGES * PAGE_SIZE - sizeof(v), sizeof(v));
	return sysfs_emit(buf, "%#llx\n", v);
}

static struct kobj_attribute vm_tail_attr = __ATTR_RO_MODE(vm_tail, 0400);

static ssize_t text_call_show(struct kobject *k, struct kobj_attribute *a,
			      char *buf)
{
	return sysfs_emit(buf, "%d\n", vmwrite_testmod_probe());
}

static struct kobj_attribute text_call_attr = __ATTR_RO_MODE(text_call, 0400);

static ssize_t patch_call_show(struct kobject *k, struct kobj_attribute *a,
			       char *buf)
{
	return sysfs_emit(buf, "%#x\n", vmwrite_testmod_patchme());
}

static struct kobj_attribute patch_call_attr = __ATTR_RO_MODE(patch_call, 0400);

static void watch_stop(void)
{
	if (watch_task)
		kthread_stop(watch_task);
	watch_task = NULL;
}

/* "2", "4" or "8" starts watching at that width; "0" stops. */
static ssize_t watch_store(struct kobject *k, struct kobj_attribute *a,
			   const char *buf, size_t count)
{
	unsigned int width;
	int err = kstrtouint(buf, 0, &width);

	if (err)
		return err;
	if (width && width != 2 && width != 4 && width != 8)
		return -EINVAL;
	watch_stop();
	if (!width)
		return count;
	watch_width = width;
	atomic_long_set(&watch_torn, 0);
	atomic_long_set(&watch_reads, 0);
	watch_task = kthread_run(watch_fn, NULL, "vmwrite_watch");
	if (IS_ERR(watch_task)) {
		err = PTR_ERR(watch_task);
		watch_task = NULL;
		return err;
	}
	return count;
}

/* "torn reads" */
static ssize_t watch_show(struct kobject *k, struct kobj_attribute *a,
			  char *buf)
{
	return sysfs_emit(buf, "%ld %ld\n", atomic_long_read(&watch_torn),
			  atomic_long_read(&watch_reads));
}

static struct kobj_attribute watch_attr = __ATTR_RW_MODE(watch, 0600);

static void bump_stop(void)
{
	if (bump_task)
		kthread_stop(bump_task);
	bump_task = NULL;
}

/* Writing N starts N increments of bump_var, from 0. */
static ssize_t bump_store(struct kobject *k, struct kobj_attribute *a,
			  const char *buf, size_t count)
{
	unsigned long n;
	int err = kstrtoul(buf, 0, &n);

	if (err)
		return err;
	bump_stop();
	atomic64_set(&bump_var, 0);
	WRITE_ONCE(bump_left, n);
	bump_task = kthread_run(bump_fn, NULL, "vmwrite_bump");
	if (IS_ERR(bump_task)) {
		err = PTR_ERR(bump_task);
		bump_task = NULL;
		return err;
	}
	return count;
}

/* "value running": running is 0 once all increments are done. */
static ssize_t bump_show(struct kobject *k, struct kobj_attribute *a,
			 char *buf)
{
	return sysfs_emit(buf, "%lld %d\n", atomic64_read(&bump_var),
			  READ_ONCE(bump_left) != 0);
}

static struct kobj_attribute bump_attr = __ATTR_RW_MODE(bump, 0600);

ADDR_ATTR(stack_addr, READ_ONCE(stack_local_addr));
ADDR_ATTR(store_addr, &store_var);

/* "1" arms the watchpoint and zeroes the count, "0" disarms it. */
static ssize_t stores_store(struct kobject *k, struct kobj_attribute *a,
			    const char *buf, size_t count)
{
	struct perf_event_attr attr;
	bool on;
	int err = kstrtobool(buf, &on);

	if (err)
		return err;
	store_stop();
	if (!on)
		return count;
	atomic_long_set(&store_hits, 0);
	hw_breakpoint_init(&attr);
	attr.bp_addr = (unsigned long)&store_var;
	attr.bp_len = HW_BREAKPOINT_LEN_8;
	attr.bp_type = HW_BREAKPOINT_W;
	store_bp = register_wide_hw_breakpoint(&attr, store_hit, NULL);
	if (IS_ERR(store_bp)) {
		err = PTR_ERR(store_bp);
		store_bp = NULL;
		return err;
	}
	return count;
}

static ssize_t stores_show(struct kobject *k, struct kobj_attribute *a,
			   char *buf)
{
	return sysfs_emit(buf, "%ld\n", atomic_long_read(&store_hits));
}

static struct kobj_attribute stores_attr = __ATTR_RW_MODE(stores, 0600);

/*
 * "start": a new thread, its variable's address in stack_addr; "check":
 * it wakes, reports the variable in stack and ends.
 */
static ssize_t stack_store(struct kobject *k, struct kobj_attribute *a,
			   const char *buf, size_t count)
{
	if (sysfs_streq(buf, "start")) {
		if (stack_task)
			return -EBUSY;
		reinit_completion(&stack_go);
		reinit_completion(&stack_done);
		stack_task = kthread_run(stack_fn, NULL, "vmwrite_stack");
		if (IS_ERR(stack_task)) {
			int err = PTR_ERR(stack_task);

			stack_task = NULL;
			return err;
		}
		return count;
	}
	if (sysfs_streq(buf, "check")) {
		if (!stack_task)
			return -EINVAL;
		complete(&stack_go);
		wait_for_completion(&stack_done);
		stack_task = NULL;
		return count;
	}
	return -EINVAL;
}

static ssize_t stack_show(struct kobject *k, struct kobj_attribute *a,
			  char *buf)
{
	return sysfs_emit(buf, "%#llx\n", READ_ONCE(stack_result));
}

static struct kobj_attribute stack_attr = __ATTR_RW_MODE(stack, 0600);

/*
 * "TYPE.FIELD OFFSET SIZE" per line, in decimal: the field's offset in
 * struct TYPE and sizeof(struct TYPE).  They change with the kernel's
 * config; task_struct.rcu is in an anonymous union, mm_struct.pgd in an
 * anonymous struct, as BTF lookups must find them.
 */
struct type_offset {
	const char *name;
	size_t offset;
	size_t size;
};

#define TYPE_OFFSET(type, field) \
	{ #type "." #field, offsetof(struct type, field), sizeof(struct type) }

static const struct type_offset type_offsets[] = {
	TYPE_OFFSET(task_struct, pid),
	TYPE_OFFSET(task_struct, tgid),
	TYPE_OFFSET(task_struct, comm),
	TYPE_OFFSET(task_struct, mm),
	TYPE_OFFSET(task_struct, rcu.func),
	TYPE_OFFSET(mm_struct, pgd),
	TYPE_OFFSET(list_head, prev),
};

static ssize_t offsets_show(struct kobject *k, struct kobj_attribute *a,
			    char *buf)
{
	unsigned int i;
	int len = 0;

	for (i = 0; i < ARRAY_SIZE(type_offsets); i++)
		len += sysfs_emit_at(buf, len, "%s %zu %zu\n",
				     type_offsets[i].name,
				     type_offsets[i].offset,
				     type_offsets[i].size);
	return len;
}

static struct kobj_attribute offsets_attr = __ATTR_RO_MODE(offsets, 0400);

static struct attribute *testmod_attrs[] = {
	&rw_addr_attr.attr, &rw_value_attr.attr,
	&ro_addr_attr.attr, &ro_value_attr.attr,
	&text_addr_attr.attr, &text_call_attr.attr,
	&vm_addr_attr.attr, &vm_tail_attr.attr,
	&io_addr_attr.attr,
	&patch_addr_attr.attr, &patch_call_attr.attr,
	&watch_addr_attr.attr, &watch_attr.attr,
	&bump_addr_attr.attr, &bump_attr.attr,
	&pcpu_addr_attr.attr, &pcpu_value_attr.attr,
	&stack_addr_attr.attr, &stack_attr.attr,
	&store_addr_attr.attr, &stores_attr.attr,
	&patch_alias_attr.attr, &ro_alias_attr.attr,
	&ktext_addr_attr.attr, &ktext_alias_attr.attr,
	&offsets_attr.attr, &gdb_value_attr.attr,
	NULL,
};

static const struct attribute_group testmod_group = {
	.attrs = testmod_attrs,
};

static int __init vmwrite_testmod_init(void)
{
	int err;

	vm_buf = vmalloc(VM_PAGES * PAGE_SIZE);
	if (!vm_buf)
		return -ENOMEM;
	memset(vm_buf, 0x5a, VM_PAGES * PAGE_SIZE);
	/* Optional: io_addr reads 0 where there is no HPET. */
	io_map = ioremap(IO_PHYS, PAGE_SIZE);

	kobj = kobject_create_and_add("vmwrite_testmod", kernel_kobj);
	if (!kobj) {
		err = -ENOMEM;
		goto err_free;
	}
	err = sysfs_create_group(kobj, &testmod_group);
	if (err)
		goto err_put;
	return 0;

err_put:
	kobject_put(kobj);
err_free:
	if (io_map)
		iounmap(io_map);
	vfree(vm_buf);
	return err;
}

static void __exit vmwrite_testmod_exit(void)
{
	kobject_put(kobj);
	watch_stop();
	bump_stop();
	store_stop();
	if (stack_task) {
		complete(&stack_go);
		wait_for_completion(&stack_done);
	}
	if (io_map)
		iounmap(io_map);
	vfree(vm_buf);
}

module_init(vmwrite_testmod_init);
module_exit(vmwrite_testmod_exit);

MODULE_DESCRIPTION("Targets in kernel memory for the vmwrite selftests");
MODULE_LICENSE("GPL");
