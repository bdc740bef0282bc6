// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel target: the running kernel's own virtual memory, like the
 * local kernel debugging of a debugger, minus everything that made
 * /dev/kmem dangerous.
 *
 * Only System RAM that the kernel page tables map for the kernel is
 * touched, and of it only what /proc/kcore reads too.  Holes, guard pages,
 * pages taken out of the direct map and user pages in the kernel half (the
 * vsyscall page) end a transfer with EFAULT; device memory, offline memory
 * and pages a balloon took with ENXIO; poisoned pages with EHWPOISON;
 * read-only pages (text, rodata) are EROFS.  Each page is judged from one
 * read of the entry that maps it, and every access goes through the
 * exception tables as well, so that a page that vanishes between the check
 * and the access ends the transfer instead of oopsing.
 *
 * What cannot be checked: memory freed and reused while being written
 * belongs to whoever has it now, that is the debugger's risk; a page taken
 * offline between the check and the access is read or written anyway
 * (kcore holds page_offline_freeze(), which is not exported).  In a
 * confidential guest (TDX, SEV-SNP), touching memory the guest never
 * accepted kills it, and modules cannot tell which memory that is: there
 * is no kernel target there.
 */

#include <linux/capability.h>
#include <linux/cc_platform.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/memory_hotplug.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/page-flags.h>
#include <linux/sched.h>
#include <linux/security.h>
#include <linux/uaccess.h>
#include <linux/user_namespace.h>
#include <linux/vmwrite.h>
#include <asm/pgtable.h>
#include <asm/vsyscall.h>

#include "compat.h"
#include "internal.h"
#include "single_access.h"

/* Moved through the stack: kernel faults must never hit a user copy. */
#define VMWRITE_KERNEL_CHUNK	256

/**
 * vmwrite_kernel_attach() - bind @s to the running kernel
 * @s:   the session, with attach_lock held and not yet attached
 * @dev: the session's file
 * @fd:  0, unused
 *
 * CAP_SYS_RAWIO is needed both by the caller and by whoever opened @dev,
 * so that a device file handed to a process without it gives nothing.
 * The session may read and write as @dev was opened, as for /dev/mem.
 *
 * Return: 0, -EPERM without CAP_SYS_RAWIO, -EOPNOTSUPP in a confidential
 * guest.
 */
static int vmwrite_kernel_attach(struct vmwrite_session *s, struct file *dev,
				 unsigned int fd)
{
	lockdep_assert_held(&s->attach_lock);

	if (!capable(CAP_SYS_RAWIO) ||
	    !file_ns_capable(dev, &init_user_ns, CAP_SYS_RAWIO))
		return -EPERM;
	if (cc_platform_has(CC_ATTR_GUEST_MEM_ENCRYPT))
		return -EOPNOTSUPP;
	s->access = 0;
	if (dev->f_mode & FMODE_READ)
		s->access |= VMWRITE_ACCESS_READ;
	if (dev->f_mode & FMODE_WRITE)
		s->access |= VMWRITE_ACCESS_WRITE;
	return 0;
}

/*
 * A kernel address vmwrite may touch at all: in the kernel half, past the
 * guard page, and canonical under the paging mode in force, which on a CPU
 * that could do 5-level paging may still be 4-level (no5lvl).  A
 * non-canonical address raises #GP, not #PF (6.1 fixes that up only after
 * a WARN), and lookup_address() would walk the tables of the canonical
 * address it aliases.  The kernel half runs to the top, so a valid start
 * makes the whole non-wrapping range valid.
 */
static bool vmwrite_kernel_addr_ok(unsigned long addr)
{
	return addr >= TASK_SIZE_MAX + PAGE_SIZE &&
	       __is_canonical_address(addr, __VIRTUAL_MASK_SHIFT + 1);
}

/* The lowest kernel address under the paging mode in force. */
static unsigned long vmwrite_kernel_first(void)
{
	return -(1UL << __VIRTUAL_MASK_SHIFT);
}

/**
 * vmwrite_kernel_lookup() - what the kernel page tables map at @addr
 * @addr: a kernel address vmwrite_kernel_addr_ok() accepted
 * @kpte: receives the frame behind @addr, the entry's flags, and how far
 *        from @addr the entry (or the hole) reaches
 *
 * The entry is read once, and all of @kpte derived from that one value.
 */
void vmwrite_kernel_lookup(unsigned long addr, struct vmwrite_kpte *kpte)
{
	unsigned long size, pfn;
	unsigned int level;
	pte_t *ptep, pte;

	kpte->pfn = 0;
	kpte->flags = 0;
	ptep = lookup_address(addr, &level);
	if (!ptep) {
		size = vmwrite_hole_size(level);
		goto out;
	}
	size = page_level_size(level);
	pte = READ_ONCE(*ptep);
	/*
	 * _PAGE_PRESENT itself, not pte_present(): that takes _PAGE_PROTNONE
	 * too, which in a kernel entry is _PAGE_GLOBAL, so that a page KFENCE
	 * or DEBUG_PAGEALLOC took away would still look mapped.
	 */
	if (!(pte_flags(pte) & _PAGE_PRESENT))
		goto out;
	/* Large entries keep their PAT bit where a pte has pfn bits. */
	switch (level) {
	case PG_LEVEL_4K:
		pfn = pte_pfn(pte);
		break;
	case PG_LEVEL_2M:
		pfn = pmd_pfn(__pmd(pte_val(pte)));
		break;
	case PG_LEVEL_1G:
		pfn = pud_pfn(__pud(pte_val(pte)));
		break;
	default:
		goto out;
	}
	kpte->pfn = pfn + ((addr & (size - 1)) >> PAGE_SHIFT);
	kpte->flags = pte_flags(pte);
out:
	kpte->span = size - (addr & (size - 1));
}

/* Is @kpte of @addr a page of the kernel's own, or a hole? */
static bool vmwrite_kernel_mapped(unsigned long addr,
				  const struct vmwrite_kpte *kpte)
{
	/* Frame 0 is never the kernel's; user pages are not either. */
	return kpte->pfn && !(kpte->flags & _PAGE_USER) &&
	       !is_vsyscall_vaddr(addr);
}

/**
 * vmwrite_kernel_page_ok() - may the page holding @addr be accessed?
 * @addr:  a kernel address vmwrite_kernel_addr_ok() accepted
 * @write: for writing
 * @kpte:  receives what vmwrite_kernel_lookup() found, whatever the verdict
 *
 * Return: 0 if so; -EFAULT for a hole or a user page, -ENXIO for memory
 * that is not System RAM or is offline, -EHWPOISON for a poisoned page,
 * -EROFS for a read-only page when @write.
 */
int vmwrite_kernel_page_ok(unsigned long addr, bool write,
			   struct vmwrite_kpte *kpte)
{
	struct page *page;

	vmwrite_kernel_lookup(addr, kpte);
	if (!vmwrite_kernel_mapped(addr, kpte))
		return -EFAULT;
	if (region_intersects(PFN_PHYS(kpte->pfn), PAGE_SIZE,
			      IORESOURCE_SYSTEM_RAM, IORES_DESC_NONE) !=
	    REGION_INTERSECTS)
		return -ENXIO;
	/* What /proc/kcore will not read: offline, ballooned, poisoned. */
	page = pfn_to_online_page(kpte->pfn);
	if (!page || PageOffline(page))
		return -ENXIO;
	if (is_page_hwpoison(page))
		return -EHWPOISON;
	if (write && !(kpte->flags & _PAGE_RW))
		return -EROFS;
	return 0;
}

/*
 * What the kernel's own lockdown checks for kcore and kgdb return, and the
 * policy (below the allow_kernel_write ceiling).
 */
static int vmwrite_kernel_may(bool write)
{
	int err;

	if (write)
		err = security_locked_down(LOCKDOWN_DEV_MEM) ?:
		      security_locked_down(LOCKDOWN_DBG_WRITE_KERNEL);
	else
		err = security_locked_down(LOCKDOWN_KCORE) ?:
		      security_locked_down(LOCKDOWN_DBG_READ_KERNEL);
	if (err)
		return err;
	if (!vmwrite_policy_allows(write ? VMWRITE_POLICY_KERNEL_WRITES :
				   VMWRITE_POLICY_KERNEL_READS))
		return -EPERM;
	return 0;
}

/* Page table lookups one VMWRITE_IOC_REGION call may make. */
#define VMWRITE_REGION_STEPS	4096

/*
 * What the kernel maps at @addr, and how far from @addr the same holds
 * for certain: to the end of the entry that maps it, or of the hole.
 */
static void vmwrite_kernel_classify(unsigned long addr, u32 *kind, u32 *prot,
				    unsigned long *span)
{
	struct vmwrite_kpte kpte;
	resource_size_t start;

	vmwrite_kernel_lookup(addr, &kpte);
	*span = kpte.span;
	*kind = VMWRITE_REGION_FREE;
	*prot = 0;
	if (!vmwrite_kernel_mapped(addr, &kpte))
		return;
	*prot = VMWRITE_PROT_READ;
	if (kpte.flags & _PAGE_RW)
		*prot |= VMWRITE_PROT_WRITE;
	if (!(kpte.flags & _PAGE_NX))
		*prot |= VMWRITE_PROT_EXEC;
	/* The rest of the entry; one that is partly RAM, page by page. */
	start = PFN_PHYS(kpte.pfn);
	switch (region_intersects(start, kpte.span + offset_in_page(addr),
				  IORESOURCE_SYSTEM_RAM, IORES_DESC_NONE)) {
	case REGION_INTERSECTS:
		*kind = VMWRITE_REGION_PRIVATE;
		return;
	case REGION_DISJOINT:
		*kind = VMWRITE_REGION_IO;
		return;
	default:
		*span = PAGE_SIZE - offset_in_page(addr);
		*kind = region_intersects(start, PAGE_SIZE,
					  IORESOURCE_SYSTEM_RAM,
					  IORES_DESC_NONE) == REGION_INTERSECTS ?
			VMWRITE_REGION_PRIVATE : VMWRITE_REGION_IO;
	}
}

/**
 * vmwrite_kernel_region() - the kernel region holding @r->addr
 * @s: an attached kernel session
 * @r: in @r->addr, out the rest
 *
 * The region starts at the page of the address and runs, in page table
 * steps, while what is mapped stays the same kind with the same rights;
 * after VMWRITE_REGION_STEPS lookups it ends where the walk got to, and
 * the caller asks again from there.  The user half and the non-canonical
 * hole are one free region up to the first kernel address.
 *
 * Return: 0, or -EPERM when lockdown forbids reading the kernel: the
 * layout of kernel memory is as confidential as its contents.
 */
static int vmwrite_kernel_region(struct vmwrite_session *s,
				 struct vmwrite_region *r)
{
	unsigned long addr = r->addr, at, span;
	u32 kind, prot, k, p;
	unsigned int steps;
	int err;

	err = vmwrite_kernel_may(false);
	if (err)
		return err;
	r->start = PAGE_ALIGN_DOWN(addr);
	if (!vmwrite_kernel_addr_ok(addr)) {
		unsigned long first = vmwrite_kernel_first();

		r->kind = VMWRITE_REGION_FREE;
		r->prot = 0;
		r->end = addr < first ? first : r->start + PAGE_SIZE;
		return 0;
	}
	vmwrite_kernel_classify(addr, &kind, &prot, &span);
	at = addr + span;
	for (steps = 1; at && steps < VMWRITE_REGION_STEPS; steps++) {
		vmwrite_kernel_classify(at, &k, &p, &span);
		if (k != kind || p != prot)
			break;
		at += span;
	}
	r->kind = kind;
	r->prot = prot;
	r->end = at;
	return 0;
}

/*
 * copy_to_kernel_nofault() is not exported: the same, from the same
 * primitives.  Within one page a fault hits the first store, so a failed
 * chunk wrote nothing.
 */
static int vmwrite_put_kernel_nofault(unsigned long dst, const u8 *src,
				      size_t len)
{
	pagefault_disable();
	while (len >= sizeof(u64)) {
		__put_kernel_nofault((void *)dst, src, u64, fault);
		dst += sizeof(u64);
		src += sizeof(u64);
		len -= sizeof(u64);
	}
	while (len) {
		__put_kernel_nofault((void *)dst, src, u8, fault);
		dst++;
		src++;
		len--;
	}
	pagefault_enable();
	return 0;
fault:
	pagefault_enable();
	return -EFAULT;
}

/* One store of @width bytes at @dst, or -EFAULT. */
static int vmwrite_store_kernel_nofault(unsigned long dst, u64 val,
					size_t width)
{
	u8 v8 = val;
	u16 v16 = val;
	u32 v32 = val;

	pagefault_disable();
	switch (width) {
	case 1:
		__put_kernel_nofault((void *)dst, &v8, u8, fault);
		break;
	case 2:
		__put_kernel_nofault((void *)dst, &v16, u16, fault);
		break;
	case 4:
		__put_kernel_nofault((void *)dst, &v32, u32, fault);
		break;
	default:
		__put_kernel_nofault((void *)dst, &val, u64, fault);
		break;
	}
	pagefault_enable();
	return 0;
fault:
	pagefault_enable();
	return -EFAULT;
}

/* One load of @width bytes at @src, or -EFAULT. */
static int vmwrite_load_kernel_nofault(u64 *val, unsigned long src,
				       size_t width)
{
	u8 v8;
	u16 v16;
	u32 v32;

	pagefault_disable();
	switch (width) {
	case 1:
		__get_kernel_nofault(&v8, (void *)src, u8, fault);
		*val = v8;
		break;
	case 2:
		__get_kernel_nofault(&v16, (void *)src, u16, fault);
		*val = v16;
		break;
	case 4:
		__get_kernel_nofault(&v32, (void *)src, u32, fault);
		*val = v32;
		break;
	default:
		__get_kernel_nofault(val, (void *)src, u64, fault);
		break;
	}
	pagefault_enable();
	return 0;
fault:
	pagefault_enable();
	return -EFAULT;
}

/*
 * No-fault cmpxchg: the kernel exports none, but the uaccess one works on
 * any address, with the same kind of exception table entry the
 * __put_kernel_nofault() above uses.  Its fixup WARNs only for a #GP,
 * which vmwrite_kernel_addr_ok() rules out.  No user_access_begin(): STAC
 * means nothing for kernel pages.  *@val: in the expected value, out the
 * old one.
 */
static int vmwrite_cmpxchg_kernel_nofault(unsigned long addr, size_t width,
					  u64 *val, u64 new)
{
	u8 o8 = *val;
	u16 o16 = *val;
	u32 o32 = *val;
	u64 o64 = *val;

	pagefault_disable();
	switch (width) {
	case 1:
		(void)unsafe_try_cmpxchg_user((u8 __user *)addr, &o8, (u8)new,
					      fault);
		*val = o8;
		break;
	case 2:
		(void)unsafe_try_cmpxchg_user((u16 __user *)addr, &o16,
					      (u16)new, fault);
		*val = o16;
		break;
	case 4:
		(void)unsafe_try_cmpxchg_user((u32 __user *)addr, &o32,
					      (u32)new, fault);
		*val = o32;
		break;
	default:
		(void)unsafe_try_cmpxchg_user((u64 __user *)addr, &o64, new,
					      fault);
		*val = o64;
		break;
	}
	pagefault_enable();
	return 0;
fault:
	pagefault_enable();
	return -EFAULT;
}

/* Once per session: the kernel is tainted and the log says who wrote. */
static void vmwrite_kernel_first_write(struct vmwrite_session *s)
{
	if (test_and_set_bit(VMWRITE_SESSION_KERNEL_WROTE, &s->flags))
		return;
	add_taint(TAINT_USER, LOCKDEP_STILL_OK);
	pr_notice("%s[%d] writes kernel memory\n", current->comm,
		  task_pid_nr(current));
}

/*
 * May the page holding @addr be written now?  Lockdown is asked again: the
 * caller's bytes, copied just before, may have taken long to arrive (a
 * userfaultfd can hold them while lockdown is raised).
 */
static int vmwrite_kernel_store_ok(unsigned long addr,
				   struct vmwrite_kpte *kpte)
{
	return vmwrite_kernel_may(true) ?:
	       vmwrite_kernel_page_ok(addr, true, kpte);
}

/* A naturally aligned 1, 2, 4 or 8-byte transfer, as one access. */
static ssize_t vmwrite_kernel_rw_single(struct vmwrite_session *s,
					unsigned long addr, void __user *buf,
					size_t len, bool write)
{
	struct vmwrite_kpte kpte;
	u64 val = 0;
	int err;

	if (write && vmwrite_get_user_sized(&val, buf, len))
		return -EFAULT;
	err = write ? vmwrite_kernel_store_ok(addr, &kpte) :
		      vmwrite_kernel_page_ok(addr, false, &kpte);
	if (err)
		return err;
	if (write) {
		vmwrite_kernel_first_write(s);
		err = vmwrite_store_kernel_nofault(addr, val, len);
	} else {
		err = vmwrite_load_kernel_nofault(&val, addr, len);
	}
	if (err)
		return err;
	if (!write && vmwrite_put_user_sized(val, buf, len))
		return -EFAULT;
	return len;
}

/*
 * Write @len bytes of @src, in kernel memory, at @addr, within one page:
 * the page is checked only now that nothing can sleep before the write.
 * With @text, a read-only page is written through vmwrite_text_write().
 */
static int vmwrite_kernel_put(struct vmwrite_session *s, unsigned long addr,
			      const u8 *src, size_t len, bool text)
{
	struct vmwrite_kpte kpte;
	int err;

	err = vmwrite_kernel_store_ok(addr, &kpte);
	if (err == -EROFS && text) {
		err = vmwrite_text_may(addr, len, &kpte);
		if (err)
			return err;
		vmwrite_kernel_first_write(s);
		return vmwrite_text_write(addr, src, len, &kpte);
	}
	if (err)
		return err;
	vmwrite_kernel_first_write(s);
	return vmwrite_put_kernel_nofault(addr, src, len);
}

/* Read @len bytes at @addr, within one page, into @dst. */
static int vmwrite_kernel_get(unsigned long addr, u8 *dst, size_t len)
{
	struct vmwrite_kpte kpte;
	int err;

	err = vmwrite_kernel_page_ok(addr, false, &kpte);
	if (err)
		return err;
	return copy_from_kernel_nofault(dst, (void *)addr, len) ? -EFAULT : 0;
}

/**
 * vmwrite_kernel_rw() - move bytes between the caller and the kernel
 * @s:     an attached kernel session
 * @addr:  kernel virtual address; @addr + @len does not wrap
 * @buf:   caller's buffer, already checked with access_ok()
 * @len:   bytes to move, not 0
 * @write: true to write the kernel, false to read it
 * @text:  a write may go to read-only text and rodata (VMWRITE_RW_F_TEXT);
 *         it moves at most VMWRITE_KERNEL_CHUNK bytes, within one page
 *
 * Return: bytes moved if any, else a negative errno: -EPERM when lockdown
 * or the policy forbids it, -EFAULT for an address
 * outside the kernel, not mapped or user memory, -ENXIO for memory that is
 * not System RAM or is offline, -EHWPOISON for a poisoned page, -EROFS for
 * read-only memory without @text, the errors of vmwrite_text_may() and
 * vmwrite_text_write() with it, -EINTR on a fatal signal, -ECONNABORTED
 * when the session was revoked meanwhile.
 */
static ssize_t vmwrite_kernel_rw(struct vmwrite_session *s, unsigned long addr,
				 void __user *buf, size_t len, bool write,
				 bool text)
{
	u8 bounce[VMWRITE_KERNEL_CHUNK];
	unsigned long left = 0;
	size_t done = 0;
	int err;

	err = vmwrite_kernel_may(write);
	if (err)
		return err;
	if (!vmwrite_kernel_addr_ok(addr))
		return -EFAULT;
	if (!text && vmwrite_is_single(addr, len))
		return vmwrite_kernel_rw_single(s, addr, buf, len, write);
	/*
	 * A text write is one chunk, checked whole before anything is
	 * written: it is never refused half-way, and stops no CPU twice.
	 */
	if (text)
		len = min3(len, sizeof(bounce), PAGE_SIZE - offset_in_page(addr));

	while (done < len) {
		unsigned long at = addr + done;
		size_t chunk = min3(len - done, sizeof(bounce),
				    PAGE_SIZE - offset_in_page(at));

		if (write) {
			/*
			 * The caller's bytes first, as that may sleep; only
			 * what arrived is written, not the zero-fill.
			 */
			left = copy_from_user(bounce, buf + done, chunk);
			chunk -= left;
			if (!chunk)
				break;
			err = vmwrite_kernel_put(s, at, bounce, chunk, text);
			if (err)
				break;
		} else {
			err = vmwrite_kernel_get(at, bounce, chunk);
			if (err)
				break;
			left = copy_to_user(buf + done, bounce, chunk);
			chunk -= left;
		}
		done += chunk;
		if (left) {
			err = -EFAULT;
			break;
		}
		if (done < len) {
			err = vmwrite_session_interrupted(s);
			if (err)
				break;
		}
		cond_resched();
	}
	if (left && !done)
		err = -EFAULT;
	return done ? done : err;
}

/**
 * vmwrite_kernel_cmpxchg() - compare-and-write one value in the kernel
 * @s:     an attached kernel session
 * @addr:  kernel address, aligned to @width
 * @width: 1, 2, 4 or 8
 * @val:   in: the expected value; out: the value the kernel held
 * @new:   the value to store if the kernel holds *@val
 *
 * A write even when the compare fails (a locked cmpxchg always stores):
 * it needs what a write needs, and taints like one.
 *
 * Return: 0 once the compare was made, else the errors of a one-byte
 * vmwrite_kernel_rw() write.
 */
static int vmwrite_kernel_cmpxchg(struct vmwrite_session *s,
				  unsigned long addr, unsigned int width,
				  u64 *val, u64 new)
{
	struct vmwrite_kpte kpte;
	int err;

	err = vmwrite_kernel_may(true);
	if (err)
		return err;
	if (!vmwrite_kernel_addr_ok(addr))
		return -EFAULT;
	err = vmwrite_kernel_page_ok(addr, true, &kpte);
	if (err)
		return err;
	vmwrite_kernel_first_write(s);
	return vmwrite_cmpxchg_kernel_nofault(addr, width, val, new);
}

const struct vmwrite_target_ops vmwrite_kernel_ops = {
	.attach		= vmwrite_kernel_attach,
	.rw		= vmwrite_kernel_rw,
	.compare_write	= vmwrite_kernel_cmpxchg,
	.region		= vmwrite_kernel_region,
	.text_write	= true,
};
