/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Single accesses: a naturally aligned 1, 2, 4 or 8-byte transfer is one
 * load or one store of that width in the target, so that a live flag or
 * counter is never seen or left half-written.  copy_from_user() and
 * memcpy() give no such promise: they may move bytes one at a time (rep
 * movsb, which TCG even emulates a byte at a time).
 *
 * The caller's side of the transfer is a user access of the same width,
 * made while no lock of the target is held.
 */

#ifndef _VMWRITE_SINGLE_ACCESS_H
#define _VMWRITE_SINGLE_ACCESS_H

#include <linux/align.h>
#include <linux/atomic.h>
#include <linux/compiler.h>
#include <linux/log2.h>
#include <linux/types.h>
#include <linux/uaccess.h>

/* Is a transfer of @len bytes at @addr a single access? */
static inline bool vmwrite_is_single(unsigned long addr, size_t len)
{
	return len <= sizeof(u64) && is_power_of_2(len) && IS_ALIGNED(addr, len);
}

/* Fetch @width bytes from the caller's @buf in one load. */
static inline int vmwrite_get_user_sized(u64 *val, const void __user *buf,
					 size_t width)
{
	u8 v8;
	u16 v16;
	u32 v32;
	int err;

	switch (width) {
	case 1:
		err = get_user(v8, (const u8 __user *)buf);
		*val = v8;
		return err;
	case 2:
		err = get_user(v16, (const u16 __user *)buf);
		*val = v16;
		return err;
	case 4:
		err = get_user(v32, (const u32 __user *)buf);
		*val = v32;
		return err;
	default:
		return get_user(*val, (const u64 __user *)buf);
	}
}

/* Store the low @width bytes of @val to the caller's @buf in one store. */
static inline int vmwrite_put_user_sized(u64 val, void __user *buf,
					 size_t width)
{
	switch (width) {
	case 1:
		return put_user((u8)val, (u8 __user *)buf);
	case 2:
		return put_user((u16)val, (u16 __user *)buf);
	case 4:
		return put_user((u32)val, (u32 __user *)buf);
	default:
		return put_user(val, (u64 __user *)buf);
	}
}

static inline u64 vmwrite_read_once_sized(const void *p, size_t width)
{
	switch (width) {
	case 1:
		return READ_ONCE(*(const u8 *)p);
	case 2:
		return READ_ONCE(*(const u16 *)p);
	case 4:
		return READ_ONCE(*(const u32 *)p);
	default:
		return READ_ONCE(*(const u64 *)p);
	}
}

static inline void vmwrite_write_once_sized(void *p, u64 val, size_t width)
{
	switch (width) {
	case 1:
		WRITE_ONCE(*(u8 *)p, val);
		break;
	case 2:
		WRITE_ONCE(*(u16 *)p, val);
		break;
	case 4:
		WRITE_ONCE(*(u32 *)p, val);
		break;
	default:
		WRITE_ONCE(*(u64 *)p, val);
		break;
	}
}

/* Compare-and-exchange of @width bytes at @p; returns the old value. */
static inline u64 vmwrite_cmpxchg_sized(void *p, u64 old, u64 new,
					size_t width)
{
	switch (width) {
	case 1:
		return cmpxchg((u8 *)p, (u8)old, (u8)new);
	case 2:
		return cmpxchg((u16 *)p, (u16)old, (u16)new);
	case 4:
		return cmpxchg((u32 *)p, (u32)old, (u32)new);
	default:
		return cmpxchg((u64 *)p, old, new);
	}
}

#endif /* _VMWRITE_SINGLE_ACCESS_H */
