// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel target: the running kernel's own virtual memory, like the
 * local kernel debugging of a debugger, minus everything that made
 * /dev/kmem dangerous.
 *
 * Only System RAM that the kernel page tables map is touched: holes, guard
 * pages and pages taken out of the direct map end a transfer, device memory
 * is never read or written, read-only pages (text, rodata) are refused with
 * EROFS.  Every access goes through the exception tables as well, so a page
 * that vanishes between the check and the access ends the transfer instead
 * of oopsing.  What cannot be checked: memory freed and reused while being
 * written belongs to whoever has it now; that is the debugger's risk.
 */

#include <linux/capability.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/security.h>
#include <linux/uaccess.h>
#include <linux/vmwrite.h>
#include <asm/pgtable.h>

#include "single_access.h"
#include "vmwrite.h"

static bool allow_kernel_write = true;
module_param(allow_kernel_write, bool, 0644);
MODULE_PARM_DESC(allow_kernel_write,
		 "Allow writes to the running kernel's memory (default: true)");

/* Moved through the stack: kernel faults must never hit a user copy. */
#define VMWRITE_KERNEL_CHUNK	256

/**
 * vmwrite_kernel_attach() - bind @s to the running kernel
 * @s: the session, with attach_lock held and not yet attached
 *
 * Return: 0, or -EPERM without CAP_SYS_RAWIO.
 */
int vmwrite_kernel_attach(struct vmwrite_session *s)
{
	lockdep_assert_held(&s->attach_lock);

	if (!capable(CAP_SYS_RAWIO))
		return -EPERM;
	s->access = VMWRITE_ACCESS_READ | VMWRITE_ACCESS_WRITE;
	return 0;
}

/*
 * A kernel address vmwrite may touch at all: in the kernel half, past the
 * guard page, and canonical (a non-canonical address raises #GP, not #PF,
 * which 6.1 fixes up only after a WARN).  The kernel half runs to the top,
 * so a valid start makes the whole non-wrapping range valid.
 */
static bool vmwrite_kernel_addr_ok(unsigned long addr)
{
	return addr >= TASK_SIZE_MAX + PAGE_SIZE &&
	       __is_canonical_address(addr, boot_cpu_data.x86_virt_bits);
}

/*
 * The frame of the first page of the entry @pte maps at @level, or 0 for
 * a level vmwrite does not know.  Large entries keep their PAT bit where a
 * pte has pfn bits.
 */
static unsigned long vmwrite_kpte_pfn(pte_t *pte, unsigned int level)
{
	switch (level) {
	case PG_LEVEL_4K:
		return pte_pfn(*pte);
	case PG_LEVEL_2M:
		return pmd_pfn(*(pmd_t *)pte);
	case PG_LEVEL_1G:
		return pud_pfn(*(pud_t *)pte);
	default:
		return 0;
	}
}

/**
 * vmwrite_kernel_page_ok() - may the page holding @addr be accessed?
 * @addr:  a kernel address vmwrite_kernel_addr_ok() accepted
 * @write: for writing
 * @kpage: if not NULL, receives what vmwrite_text_write() needs to know of
 *         the page, whatever the verdict
 *
 * Return: 0 if so; -EFAULT for a hole, -ENXIO for memory that is not System
 * RAM, -EROFS for a read-only page when @write.
 */
int vmwrite_kernel_page_ok(unsigned long addr, bool write,
			   struct vmwrite_kpage *kpage)
{
	unsigned int level;
	unsigned long pfn;
	pte_t *pte;

	pte = lookup_address(addr, &level);
	if (!pte || !pte_present(*pte))
		return -EFAULT;
	pfn = vmwrite_kpte_pfn(pte, level);
	if (!pfn)
		return -EFAULT;
	pfn += (addr & ~page_level_mask(level)) >> PAGE_SHIFT;
	if (kpage) {
		kpage->pfn = pfn;
		/* NX sits in bit 63 at every level. */
		kpage->exec = pte_exec(*pte);
	}
	if (region_intersects(PFN_PHYS(pfn), PAGE_SIZE, IORESOURCE_SYSTEM_RAM,
			      IORES_DESC_NONE) != REGION_INTERSECTS)
		return -ENXIO;
	if (write && !pte_write(*pte))
		return -EROFS;
	return 0;
}

/*
 * What the kernel's own lockdown checks for kcore and kgdb return, and the
 * allow_kernel_write switch.
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
	if (write && !READ_ONCE(allow_kernel_write))
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
	unsigned long size, pfn;
	unsigned int level;
	pte_t *pte;

	pte = lookup_address(addr, &level);
	if (!pte) {
		/* An empty entry one level below @level. */
		size = level == PG_LEVEL_NONE ? P4D_SIZE :
		       level == PG_LEVEL_512G ? PUD_SIZE :
		       level == PG_LEVEL_1G ? PMD_SIZE : PAGE_SIZE;
		*kind = VMWRITE_REGION_FREE;
		*prot = 0;
		*span = size - (addr & (size - 1));
		return;
	}
	size = page_level_size(level);
	*span = size - (addr & (size - 1));
	pfn = vmwrite_kpte_pfn(pte, level);
	if (!pte_present(*pte) || !pfn) {
		*kind = VMWRITE_REGION_FREE;
		*prot = 0;
		return;
	}
	*prot = VMWRITE_PROT_READ;
	if (pte_write(*pte))
		*prot |= VMWRITE_PROT_WRITE;
	if (pte_exec(*pte))
		*prot |= VMWRITE_PROT_EXEC;
	/* A large entry partly RAM is judged page by page. */
	switch (region_intersects(PFN_PHYS(pfn), size, IORESOURCE_SYSTEM_RAM,
				  IORES_DESC_NONE)) {
	case REGION_INTERSECTS:
		*kind = VMWRITE_REGION_PRIVATE;
		return;
	case REGION_DISJOINT:
		*kind = VMWRITE_REGION_IO;
		return;
	default:
		pfn += (addr & (size - 1)) >> PAGE_SHIFT;
		*span = PAGE_SIZE - offset_in_page(addr);
		*kind = region_intersects(PFN_PHYS(pfn), PAGE_SIZE,
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
int vmwrite_kernel_region(struct vmwrite_session *s, struct vmwrite_region *r)
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
		/* The lowest canonical kernel address. */
		unsigned long first = -(1UL << (boot_cpu_data.x86_virt_bits - 1));

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

/* A naturally aligned 1, 2, 4 or 8-byte transfer, as one access. */
static ssize_t vmwrite_kernel_rw_single(struct vmwrite_session *s,
					unsigned long addr, void __user *buf,
					size_t len, bool write)
{
	u64 val = 0;
	int err;

	if (write && vmwrite_get_user_sized(&val, buf, len))
		return -EFAULT;
	err = vmwrite_kernel_page_ok(addr, write, NULL);
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
 * or the allow_kernel_write parameter forbids it, -EFAULT for an address
 * outside the kernel or not mapped, -ENXIO for device memory, -EROFS for
 * read-only memory without @text, the errors of vmwrite_text_write() with
 * it, -EINTR on a fatal signal.
 */
ssize_t vmwrite_kernel_rw(struct vmwrite_session *s, unsigned long addr,
			  void __user *buf, size_t len, bool write, bool text)
{
	u8 bounce[VMWRITE_KERNEL_CHUNK];
	struct vmwrite_kpage kpage;
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

		err = vmwrite_kernel_page_ok(at, write, &kpage);
		if (err && !(err == -EROFS && text))
			break;
		if (write) {
			/* Only what arrived is written: the zero-fill is not. */
			left = copy_from_user(bounce, buf + done, chunk);
			chunk -= left;
			if (!chunk)
				break;
			vmwrite_kernel_first_write(s);
			if (err)
				err = vmwrite_text_write(at, bounce, chunk,
							 &kpage);
			else
				err = vmwrite_put_kernel_nofault(at, bounce,
								 chunk);
			if (err)
				break;
		} else {
			if (copy_from_kernel_nofault(bounce, (void *)at, chunk)) {
				err = -EFAULT;
				break;
			}
			left = copy_to_user(buf + done, bounce, chunk);
			chunk -= left;
		}
		done += chunk;
		if (left) {
			err = -EFAULT;
			break;
		}
		if (done < len && fatal_signal_pending(current)) {
			err = -EINTR;
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
int vmwrite_kernel_cmpxchg(struct vmwrite_session *s, unsigned long addr,
			   unsigned int width, u64 *val, u64 new)
{
	int err;

	err = vmwrite_kernel_may(true);
	if (err)
		return err;
	if (!vmwrite_kernel_addr_ok(addr))
		return -EFAULT;
	err = vmwrite_kernel_page_ok(addr, true, NULL);
	if (err)
		return err;
	vmwrite_kernel_first_write(s);
	return vmwrite_cmpxchg_kernel_nofault(addr, width, val, new);
}
