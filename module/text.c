// SPDX-License-Identifier: GPL-2.0
/*
 * Writes to read-only kernel memory: text, rodata, ro_after_init.
 *
 * The kernel's text_poke() is not exported, nor is text_mutex.  vmwrite
 * does what text_poke() did before it had a temporary mm: it maps the page
 * a second time, writable, with vmap(), and writes through that alias
 * while stop_machine() holds every other online CPU spinning with
 * interrupts off, so that none runs the bytes while they change; then every
 * CPU serialises (sync_core()) before it runs anything again.  The alias
 * lives only around the write: vunmap() and vm_unmap_aliases() tear it down
 * so that no writable alias of text lingers in any TLB.
 *
 * Only the page's own mapping is written through, the kernel image or the
 * module area: text has other aliases (the direct map, read-only and NX
 * there), and what a page is, and which symbol names it, is known only
 * through its own address.  The page is looked up again with every other
 * CPU stopped, and nothing is written if it changed since it was checked
 * (a module unloaded meanwhile).
 *
 * What this cannot do, and the documentation says: serialise with ftrace,
 * jump labels, static calls, kprobes or livepatch, which all patch text
 * under text_mutex; keep NMI handlers from running patched code mid-write.
 * Function entries, where ftrace and IBT live (ENDBR64, the __fentry__ call
 * site) and the padding before them (call depth tracking, FineIBT), are
 * refused.
 */

#include <linux/atomic.h>
#include <linux/kallsyms.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/stop_machine.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/sync_core.h>

#include "internal.h"

/*
 * The bytes of a function entry that belong to IBT and ftrace: ENDBR64
 * (4 bytes) and the 5-byte __fentry__ call site after it.
 */
#define VMWRITE_TEXT_ENTRY_SIZE	9

/*
 * The symbol holding @addr: its name in @name (KSYM_SYMBOL_LEN), @addr's
 * offset into it and its size.  False if kallsyms does not know it.
 */
static bool vmwrite_text_symbol(unsigned long addr, char *name,
				unsigned long *off, unsigned long *size)
{
	char *plus, *slash;

	/* "name+0xoff/0xsize [module]" */
	sprint_symbol(name, addr);
	plus = strrchr(name, '+');
	if (!plus)
		return false;
	*plus = '\0';
	slash = strchr(plus + 1, '/');
	if (!slash)
		return false;
	*slash = '\0';
	if (kstrtoul(plus + 1, 16, off))
		return false;
	if (sscanf(slash + 1, "%lx", size) != 1)
		return false;
	return *size && *off < *size;
}

/*
 * Does [@addr, @addr + @len) stay clear of every function entry and of the
 * padding before functions?  Each symbol the range touches is checked.
 */
static int vmwrite_text_check_entries(unsigned long addr, size_t len)
{
	char name[KSYM_SYMBOL_LEN];
	unsigned long off, size, at = addr;

	while (at < addr + len) {
		if (!vmwrite_text_symbol(at, name, &off, &size))
			return -EBUSY;
		if (off < VMWRITE_TEXT_ENTRY_SIZE ||
		    str_has_prefix(name, "__pfx_") ||
		    str_has_prefix(name, "__cfi_"))
			return -EBUSY;
		at += size - off;
	}
	return 0;
}

struct vmwrite_text_patch {
	unsigned long addr;	/* where the bytes go, as checked */
	unsigned long pfn;	/* the page that was checked */
	void *dst;		/* in the writable alias */
	const void *src;
	size_t len;
	atomic_t cpus;		/* CPUs that entered vmwrite_text_stop() */
	int written;		/* the first CPU in is done */
	int err;		/* ... and wrote nothing, for this reason */
};

/* Runs on every online CPU at once, interrupts off. */
static int vmwrite_text_stop(void *arg)
{
	struct vmwrite_text_patch *p = arg;
	struct vmwrite_kpte now;

	if (atomic_inc_return(&p->cpus) == 1) {
		/* Nothing can unmap or free the page while all CPUs are here. */
		vmwrite_kernel_lookup(p->addr, &now);
		if (now.pfn == p->pfn && !(now.flags & _PAGE_RW))
			memcpy(p->dst, p->src, p->len);
		else
			p->err = -EFAULT;
		/* Pairs with the acquire below: the bytes are in place. */
		smp_store_release(&p->written, 1);
	} else {
		/* Pairs with the release above. */
		while (!smp_load_acquire(&p->written))
			cpu_relax();
	}
	/* No CPU runs stale instructions it fetched before the write. */
	sync_core();
	return 0;
}

/**
 * vmwrite_text_may() - may read-only kernel memory be written at @addr?
 * @addr: kernel address of a read-only page
 * @len:  bytes; @addr + @len stays within @addr's page
 * @kpte: what vmwrite_kernel_page_ok() found of @addr's page
 *
 * Return: 0 if so, else -EPERM when the policy forbids text writes,
 * -EXDEV when @addr is not in the kernel image or the module area (an
 * alias, such as the direct map), -EBUSY when the range touches a function
 * entry (or text kallsyms cannot name).
 */
int vmwrite_text_may(unsigned long addr, size_t len,
		     const struct vmwrite_kpte *kpte)
{
	if (!vmwrite_policy_allows(VMWRITE_POLICY_TEXT_WRITES))
		return -EPERM;
	if (addr < __START_KERNEL_map || addr >= MODULES_END)
		return -EXDEV;
	if (!(kpte->flags & _PAGE_NX))
		return vmwrite_text_check_entries(addr, len);
	return 0;
}

/**
 * vmwrite_text_write() - write read-only kernel memory
 * @addr: kernel address vmwrite_text_may() accepted
 * @src:  the bytes, in kernel memory
 * @len:  how many; @addr + @len stays within @addr's page
 * @kpte: what vmwrite_kernel_page_ok() found of @addr's page
 *
 * Return: 0 when all @len bytes were written, else -ENOMEM when no alias
 * could be mapped, -EFAULT when the page changed since it was checked.
 */
int vmwrite_text_write(unsigned long addr, const void *src, size_t len,
		       const struct vmwrite_kpte *kpte)
{
	struct vmwrite_text_patch p = {
		.addr = addr,
		.pfn = kpte->pfn,
		.src = src,
		.len = len,
		.cpus = ATOMIC_INIT(0),
	};
	bool exec = !(kpte->flags & _PAGE_NX);
	char where[KSYM_SYMBOL_LEN];
	struct page *page;
	void *alias;
	int err;

	page = pfn_to_page(kpte->pfn);
	alias = vmap(&page, 1, VM_MAP, PAGE_KERNEL);
	if (!alias)
		return -ENOMEM;
	p.dst = alias + offset_in_page(addr);
	err = stop_machine(vmwrite_text_stop, &p, cpu_online_mask);
	vunmap(alias);
	vm_unmap_aliases();
	if (err || p.err)
		return err ?: p.err;
	/*
	 * The symbol, when kallsyms has one (rodata only with KALLSYMS_ALL);
	 * else the address, hashed like every other kernel pointer in the log.
	 */
	sprint_symbol(where, addr);
	if (!strncmp(where, "0x", 2))
		snprintf(where, sizeof(where), "%p", (void *)addr);
	pr_notice("%s[%d] patched %zu bytes of kernel %s at %s\n",
		  current->comm, task_pid_nr(current), len,
		  exec ? "text" : "read-only data", where);
	return 0;
}
