/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GUP signatures across the kernels vmwrite supports: v6.5 dropped the
 * @vmas argument of pin_user_pages_remote().
 */

#ifndef _VMWRITE_GUP_COMPAT_H
#define _VMWRITE_GUP_COMPAT_H

#include <linux/mm.h>
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

#endif /* _VMWRITE_GUP_COMPAT_H */
