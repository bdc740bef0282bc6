/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What differs between the kernels vmwrite supports (v6.1 to v6.12):
 *
 * - GUP: v6.5 dropped the @vmas argument of pin_user_pages_remote(), and
 *   v6.4 added untagged_addr_remote() for x86 LAM (before it, x86 had no
 *   tagged user addresses).
 * - lookup_address(): what the level it reports for a missing entry means
 *   changed in v6.11.
 */

#ifndef _VMWRITE_COMPAT_H
#define _VMWRITE_COMPAT_H

#include <linux/mm.h>
#include <linux/pgtable.h>
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

/*
 * The size of the empty entry at which lookup_address() returned NULL, from
 * the level it reported.  Since v6.11 that is the empty entry's own level
 * (PG_LEVEL_256T for a PGD entry under 5-level paging); before, it was the
 * level of the last entry present above it, and PG_LEVEL_NONE for an empty
 * PGD or P4D entry alike: P4D_SIZE there is the most that is sure.
 */
static inline unsigned long vmwrite_hole_size(unsigned int level)
{
#if KERNEL_VERSION(6, 11, 0) > LINUX_VERSION_CODE
	switch (level) {
	case PG_LEVEL_NONE:
		return P4D_SIZE;
	case PG_LEVEL_512G:
		return PUD_SIZE;
	case PG_LEVEL_1G:
		return PMD_SIZE;
	default:
		return PAGE_SIZE;
	}
#else
	switch (level) {
	case PG_LEVEL_256T:
		return PGDIR_SIZE;
	case PG_LEVEL_512G:
		return P4D_SIZE;
	case PG_LEVEL_1G:
		return PUD_SIZE;
	case PG_LEVEL_2M:
		return PMD_SIZE;
	default:
		return PAGE_SIZE;
	}
#endif
}

#endif /* _VMWRITE_COMPAT_H */
