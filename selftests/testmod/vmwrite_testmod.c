// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel memory for the vmwrite selftests to aim at: a writable variable,
 * a const table in rodata, a function in text, a vmalloc buffer followed by
 * its guard page, and device memory.  /sys/kernel/vmwrite_testmod/ gives
 * their addresses (root only) and shows their contents through the
 * module's own eyes, so the tests need not trust vmwrite to check vmwrite.
 */

#include <linux/io.h>
#include <linux/kobject.h>
#include <linux/module.h>
#include <linux/sysfs.h>
#include <linux/vmalloc.h>

#define VM_PAGES	2
/* QEMU's HPET: device memory any x86 guest has. */
#define IO_PHYS		0xfed00000UL

static u64 rw_var = 0x1122334455667788ULL;
static const u64 ro_table[4] = { 0xc0ffee, 1, 2, 3 };
static u8 *vm_buf;
static void __iomem *io_map;
static struct kobject *kobj;

static noinline int vmwrite_testmod_probe(void)
{
	return 42;
}

#define ADDR_ATTR(name, expr)						\
static ssize_t name##_show(struct kobject *k, struct kobj_attribute *a,	\
			   char *buf)					\
{									\
	return sysfs_emit(buf, "%#lx\n", (__force unsigned long)(expr));	\
}									\
static struct kobj_attribute name##_attr = __ATTR_RO_MODE(name, 0400)

ADDR_ATTR(rw_addr, &rw_var);
ADDR_ATTR(ro_addr, ro_table);
ADDR_ATTR(text_addr, vmwrite_testmod_probe);
ADDR_ATTR(vm_addr, vm_buf);
ADDR_ATTR(io_addr, io_map);

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

static struct attribute *testmod_attrs[] = {
	&rw_addr_attr.attr, &rw_value_attr.attr,
	&ro_addr_attr.attr, &ro_value_attr.attr,
	&text_addr_attr.attr, &text_call_attr.attr,
	&vm_addr_attr.attr, &vm_tail_attr.attr,
	&io_addr_attr.attr,
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
	if (io_map)
		iounmap(io_map);
	vfree(vm_buf);
}

module_init(vmwrite_testmod_init);
module_exit(vmwrite_testmod_exit);

MODULE_DESCRIPTION("Targets in kernel memory for the vmwrite selftests");
MODULE_LICENSE("GPL");
