/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GUP across the kernels vmwrite supports: v6.5 dropped the @vmas argument
 * of pin_user_pages_remote(), and v6.4 added untagged_addr_remote() for
 * x86 LAM (before it, x86 had no tagged user addresses).
 */

#ifndef _VMWRITE_GUP_COMPAT_H
#define _VMWRITE_GUP_COMPAT_H

#include <linux/mm.h>
#include <linux/uaccess.h>
#include <linux/version.h>

static inline long vmwrite_pin_remote(struct mm_struct *mm, unsigned long start,
				      unsigned long nr_pages,
				      unsigned int gup_flags,
				      struct page **pages, int *locked)
{
#if KERNEL_VERSION(6, 5, 0) > LINUX_VERSION_CODE
	return pin_user_pages_remote(mm, start, nr_pages, gup_flags, pages,
				     NULL, locked);
#else
	return pin_user_pages_remote(mm, start, nr_pages, gup_flags, pages,
				     locked);
#endif
}

/* Call with mmap_lock held. */
static inline unsigned long vmwrite_untagged_addr_remote(struct mm_struct *mm,
							 unsigned long addr)
{
#if KERNEL_VERSION(6, 4, 0) > LINUX_VERSION_CODE
	return untagged_addr(addr);
#else
	return untagged_addr_remote(mm, addr);
#endif
}

#endif /* _VMWRITE_GUP_COMPAT_H */
