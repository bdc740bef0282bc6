// SPDX-License-Identifier: GPL-2.0
/*
 * Batches: VMWRITE_IOC_WRITEV and VMWRITE_IOC_READV, many independent
 * transfers in one call, each with its own result.
 *
 * The segment records are read, and their results written back, a chunk
 * at a time; the target moves a chunk in one go, which for a process
 * means one mmap_lock hold for the pages of all its short segments.  A
 * segment's result is what a VMWRITE_IOC_WRITE or VMWRITE_IOC_READ of it
 * alone would report, and a failing segment does not stop the next one:
 * the call itself fails only for a malformed batch, a session that may
 * not do it, an array it cannot reach, or, between chunks, a fatal
 * signal or a revocation.
 */

#include <linux/minmax.h>
#include <linux/nospec.h>
#include <linux/overflow.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/vmwrite.h>

#include "internal.h"

/*
 * Note @x's outcome in the totals, the session's counters and, for the
 * first segments, the event's list.
 */
static void vmwrite_batch_note(struct vmwrite_session *s, bool write,
			       const struct vmwrite_xfer *x,
			       struct vmwrite_batch_report *r)
{
	if (r->listed < VMWRITE_EV_SEGS_MAX) {
		struct vmwrite_seg_report *e = &r->seg[r->listed++];

		e->addr = x->addr;
		e->len = x->asked;
		e->ret = x->ret;
		e->flags = x->flags;
	}
	r->nr_segs++;
	r->failed += x->ret < 0;
	r->len += x->asked;
	if (x->ret > 0)
		r->done += x->ret;
	/* As a single transfer: counted once it reached the target. */
	if (x->len)
		vmwrite_counted(s, write, x->ret, vmwrite_err_is_refusal(x->ret));
}

/* Segment record @i of the batch @args. */
static struct vmwrite_seg __user *vmwrite_batch_rec(const struct vmwrite_rwv *args,
						    u32 i)
{
	return u64_to_user_ptr(args->segs) + (size_t)i * args->seg_size;
}

/*
 * The result of a segment, where its record holds it.  User accesses of
 * the fields themselves, in one window: a record is a few words, and a
 * batch answers a thousand of them.
 */
static int vmwrite_batch_answer(struct vmwrite_seg __user *rec, ssize_t ret)
{
	if (!user_access_begin(&rec->done, sizeof(rec->done) + sizeof(rec->error)))
		return -EFAULT;
	unsafe_put_user(ret > 0 ? ret : 0, &rec->done, efault);
	unsafe_put_user(ret < 0 ? ret : 0, &rec->error, efault);
	user_access_end();
	return 0;
efault:
	user_access_end();
	return -EFAULT;
}

/*
 * Read what record @rec asks for into @seg and clear its result, so that
 * the result can be written before the segment moves: never a lost count.
 */
static int vmwrite_batch_fetch(struct vmwrite_seg __user *rec,
			       struct vmwrite_seg *seg)
{
	if (!user_access_begin(rec, sizeof(*rec)))
		return -EFAULT;
	unsafe_get_user(seg->addr, &rec->addr, efault);
	unsafe_get_user(seg->buf, &rec->buf, efault);
	unsafe_get_user(seg->len, &rec->len, efault);
	unsafe_get_user(seg->flags, &rec->flags, efault);
	unsafe_put_user(0, &rec->done, efault);
	unsafe_put_user(0, &rec->error, efault);
	user_access_end();
	return 0;
efault:
	user_access_end();
	return -EFAULT;
}

/*
 * Read segment record @i into @x: a transfer to make (@x->len set), or one
 * already decided (@x->len 0, the result in @x->ret).  Returns -EFAULT when
 * the record cannot be read or answered, else 0.
 */
static int vmwrite_batch_seg(const struct vmwrite_rwv *args, u32 i, bool write,
			     bool text_ok, struct vmwrite_xfer *x)
{
	struct vmwrite_seg __user *rec = vmwrite_batch_rec(args, i);
	struct vmwrite_seg seg;
	u64 last;
	int err;

	memset(x, 0, sizeof(*x));
	if (vmwrite_batch_fetch(rec, &seg))
		return -EFAULT;
	/* A longer record must ask for nothing this kernel does not know. */
	if (args->seg_size > sizeof(seg)) {
		err = check_zeroed_user((void __user *)rec + sizeof(seg),
					args->seg_size - sizeof(seg));
		if (err < 0)
			return err;
		if (!err) {
			x->ret = -E2BIG;
			return 0;
		}
	}
	x->addr = seg.addr;
	x->buf = u64_to_user_ptr(seg.buf);
	x->asked = min_t(u64, seg.len, VMWRITE_MAX_RW_COUNT);
	x->flags = seg.flags;
	if (seg.flags & ~VMWRITE_RW_F_ALL ||
	    (seg.flags & VMWRITE_RW_F_TEXT && !(write && text_ok)) ||
	    (x->asked && check_add_overflow(seg.addr, (u64)x->asked - 1, &last)))
		x->ret = -EINVAL;
	else if (!access_ok(x->buf, x->asked))
		x->ret = -EFAULT;
	else
		x->len = x->asked;
	return 0;
}

/* Move @nr segments whose @len is set, one at a time. */
static void vmwrite_batch_each(struct vmwrite_session *s,
			       const struct vmwrite_target_ops *ops,
			       struct vmwrite_xfer *x, unsigned int nr,
			       bool write)
{
	unsigned int i;

	for (i = 0; i < nr; i++)
		if (x[i].len)
			x[i].ret = ops->rw(s, x[i].addr, x[i].buf, x[i].len,
					   write, x[i].flags & VMWRITE_RW_F_TEXT);
}

/*
 * One chunk of @args' segments from @first: at most *@n records read, their
 * segments moved and their results answered; *@n becomes the number
 * answered.  Its own frame, not vmwrite_session_rwv()'s: the chunk's
 * transfers are the bulk of the stack, and sanitizers pad every one.
 */
static noinline_for_stack int
vmwrite_batch_chunk(struct vmwrite_session *s,
		    const struct vmwrite_target_ops *ops,
		    const struct vmwrite_rwv *args, bool write, u32 first,
		    unsigned int *n, struct vmwrite_batch_report *r)
{
	struct vmwrite_xfer x[VMWRITE_BATCH_CHUNK];
	unsigned int k, nr = *n;
	int err = 0;

	/* A record that cannot be read ends the batch before it. */
	for (k = 0; k < nr && !err; k++)
		err = vmwrite_batch_seg(args, first + k, write, ops->text_write,
					&x[k]);
	nr = err ? k - 1 : nr;
	/* No speculation with a buffer access_ok() refused. */
	barrier_nospec();
	if (nr && ops->rw_batch)
		ops->rw_batch(s, x, nr, write);
	else if (nr)
		vmwrite_batch_each(s, ops, x, nr, write);

	for (k = 0; k < nr; k++) {
		if (vmwrite_batch_answer(vmwrite_batch_rec(args, first + k),
					 x[k].ret)) {
			err = -EFAULT;
			break;
		}
		vmwrite_batch_note(s, write, &x[k], r);
	}
	*n = k;
	return err;
}

/**
 * vmwrite_session_rwv() - VMWRITE_IOC_WRITEV and VMWRITE_IOC_READV
 * @s:     the session
 * @uarg:  the caller's struct vmwrite_rwv
 * @write: true for VMWRITE_IOC_WRITEV
 *
 * Return: 0 once every segment was tried, whatever each one's result;
 * -EINVAL for a malformed batch, -EFAULT for one that cannot be read or
 * answered, the errors of vmwrite_session_target() for a session that may
 * not do it, -EINTR or -ECONNABORTED between chunks.  The record of each
 * segment tried holds its result, and @uarg->nr_done says how many were.
 */
int vmwrite_session_rwv(struct vmwrite_session *s,
			struct vmwrite_rwv __user *uarg, bool write)
{
	u32 need = write ? VMWRITE_ACCESS_WRITE : VMWRITE_ACCESS_READ;
	u8 ev = write ? VMWRITE_EV_WRITE : VMWRITE_EV_READ;
	const struct vmwrite_target_ops *ops;
	struct vmwrite_batch_report r = {};
	struct vmwrite_rwv args;
	u32 i = 0;
	int err;

	err = vmwrite_copy_args(&args, sizeof(args), VMWRITE_RWV_SIZE_VER0,
				uarg);
	if (err)
		return err;
	if (args.flags & ~VMWRITE_RWV_F_ALL ||
	    args.nr_segs > VMWRITE_RWV_MAX_SEGS ||
	    args.seg_size < VMWRITE_SEG_SIZE_VER0 ||
	    args.seg_size > PAGE_SIZE || !IS_ALIGNED(args.seg_size, 8))
		return -EINVAL;
	if (!access_ok(u64_to_user_ptr(args.segs),
		       (size_t)args.nr_segs * args.seg_size))
		return -EFAULT;
	/* As for one transfer: the outcome must be reportable before it happens. */
	if (put_user(0, &uarg->nr_done) || put_user(0, &uarg->nr_failed) ||
	    put_user(0, &uarg->bytes))
		return -EFAULT;

	ops = vmwrite_session_target(s, need, false);
	if (IS_ERR(ops)) {
		if (vmwrite_session_refused(PTR_ERR(ops)))
			vmwrite_transferred(s, ev, 0, 0, PTR_ERR(ops), true, 0);
		return PTR_ERR(ops);
	}

	while (!err && i < args.nr_segs) {
		unsigned int n = min_t(u32, args.nr_segs - i, VMWRITE_BATCH_CHUNK);

		err = vmwrite_batch_chunk(s, ops, &args, write, i, &n, &r);
		i += n;
		if (!err && i < args.nr_segs) {
			err = vmwrite_session_interrupted(s);
			cond_resched();
		}
	}

	vmwrite_batch_transferred(s, ev, &r, err);
	if (put_user(i, &uarg->nr_done) || put_user(r.failed, &uarg->nr_failed) ||
	    put_user(r.done, &uarg->bytes))
		return -EFAULT;
	return err;
}
