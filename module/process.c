// SPDX-License-Identifier: GPL-2.0
/*
 * Process targets: the address space a /proc/PID/mem file pinned, accessed
 * through GUP like a debugger writes a breakpoint.
 *
 * The session keeps the mm itself, not the task: access_process_vm() would
 * re-read task->mm and follow an execve into the new image, which may be
 * setuid.  After an execve, or once the target exits, the old mm has no
 * users left and every transfer fails with ESRCH.
 *
 * It keeps the mem file too: each transfer passes the security hooks a
 * read or write of that file passes (rw_verify_area()), so that a security
 * policy revoking access takes effect as it does for /proc/PID/mem.
 */

#include <linux/bitmap.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/highmem.h>
#include <linux/magic.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/pid_namespace.h>
#include <linux/proc_fs.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/uaccess.h>
#include <linux/vmwrite.h>

#include "compat.h"
#include "internal.h"
#include "single_access.h"

static bool allow_force = true;
module_param(allow_force, bool, 0644);
MODULE_PARM_DESC(allow_force,
		 "Write through read-only private mappings by copy-on-write, as a debugger does (default: true; never more than /proc/PID/mem allows)");

/* Pages pinned per mmap_lock hold; the array lives on the stack. */
#define VMWRITE_PIN_BATCH	16

/*
 * The tgid, in the initial pid namespace, of the process whose mem file
 * @file is, if that process still runs on @mm; 0 if not.  The file's
 * directory is named after it, in the pid namespace of that proc mount;
 * proc's pid directories are never renamed.
 */
static u32 vmwrite_process_tgid(struct file *file, struct mm_struct *mm)
{
	struct pid_namespace *ns = proc_pid_ns(file_inode(file)->i_sb);
	struct task_struct *task;
	unsigned int nr;
	u32 tgid = 0;

	if (kstrtouint(file->f_path.dentry->d_parent->d_name.name, 10, &nr))
		return 0;
	rcu_read_lock();
	task = pid_task(find_pid_ns(nr, ns), PIDTYPE_PID);
	/* Not a process that reused the number. */
	if (task && READ_ONCE(task->mm) == mm)
		tgid = task_tgid_nr(task);
	rcu_read_unlock();
	return tgid;
}

/**
 * vmwrite_process_attach() - bind @s to the mm of a /proc/PID/mem file
 * @s:   the session, with attach_lock held and not yet attached
 * @dev: the session's file, unused
 * @fd:  a file descriptor of the caller's
 *
 * Keeps the file and the mm it pinned until vmwrite_process_release().
 *
 * Return: 0, -EBADF for a bad @fd, -EINVAL if @fd is not a /proc/PID/mem
 * file, -ESRCH if its process has no address space (kernel thread, exited).
 */
static int vmwrite_process_attach(struct vmwrite_session *s, struct file *dev,
				  unsigned int fd)
{
	struct mm_struct *mm;
	struct file *file;
	int err = 0;

	lockdep_assert_held(&s->attach_lock);

	file = fget(fd);
	if (!file)
		return -EBADF;
	if (!vmwrite_procmem_is_mem(file)) {
		err = -EINVAL;
		goto out;
	}

	/* proc mem files keep their mm, grabbed at open, in private_data. */
	mm = file->private_data;
	if (!mm || !mmget_not_zero(mm)) {
		err = -ESRCH;
		goto out;
	}
	mmgrab(mm);
	mmput(mm);

	s->mm = mm;
	s->mem = file;
	s->target_tgid = vmwrite_process_tgid(file, mm);
	s->access = 0;
	if (file->f_mode & FMODE_READ)
		s->access |= VMWRITE_ACCESS_READ;
	if (file->f_mode & FMODE_WRITE)
		s->access |= VMWRITE_ACCESS_WRITE;
	if (allow_force && vmwrite_procmem_force())
		s->access |= VMWRITE_ACCESS_FORCE;
	return 0;
out:
	fput(file);
	return err;
}

/**
 * vmwrite_process_release() - drop what vmwrite_process_attach() took
 * @s: a session attached to a process, no longer in use
 */
static void vmwrite_process_release(struct vmwrite_session *s)
{
	mmdrop(s->mm);
	fput(s->mem);
}

/*
 * The security hooks of a read or write of @len bytes of the mem file: an
 * LSM may revoke later what it allowed at open.  No position: the target
 * address is checked against the address space, not a file size.
 */
static int vmwrite_process_verify(struct vmwrite_session *s, bool write,
				  size_t len)
{
	return rw_verify_area(write ? WRITE : READ, s->mem, NULL, len);
}

/*
 * Copy between the caller's buffer and @nr pinned pages, starting @off
 * bytes into the first.  Runs without the target's mmap_lock: the target
 * may be the caller, whose page faults would need it.
 *
 * Writes use __copy_from_user() (the caller did access_ok() and
 * barrier_nospec()) because copy_from_user() zero-fills what it could not
 * copy: that would write zeroes nobody asked for into the target.
 */
static size_t vmwrite_copy_pages(struct page **pages, unsigned int nr,
				 unsigned int off, void __user *buf, size_t len,
				 bool write)
{
	size_t done = 0;
	unsigned int i;

	for (i = 0; i < nr && done < len; i++, off = 0) {
		size_t chunk = min_t(size_t, PAGE_SIZE - off, len - done);
		unsigned long left;
		void *kaddr;

		kaddr = kmap_local_page(pages[i]);
		if (write) {
			left = __copy_from_user(kaddr + off, buf + done, chunk);
			flush_dcache_page(pages[i]);
		} else {
			left = copy_to_user(buf + done, kaddr + off, chunk);
		}
		kunmap_local(kaddr);

		done += chunk - left;
		if (left)
			break;
	}
	return done;
}

/*
 * Pin up to @nr pages at @addr, within the VMA that holds @addr, with the
 * target's mmap_lock held for reading; *@locked is cleared if GUP had to
 * drop it.  GUP is not asked about an address outside a VMA: for one just
 * below a stack it would log a warning with a stack dump (it still could
 * if the VMA went away while GUP dropped the lock to retry a fault: that
 * is rate limited to once an hour and is no WARN).  vmwrite never grows a
 * stack.  Returns the pages pinned, or -EFAULT (or GUP's error) for none.
 */
static long vmwrite_pin_locked(struct mm_struct *mm, unsigned long addr,
			       unsigned long nr, unsigned int gup_flags,
			       struct page **pages, int *locked)
{
	struct vm_area_struct *vma;
	long pinned;

	/* Tagged pointers (LAM) address the same bytes, as in /proc/PID/mem. */
	addr = vmwrite_untagged_addr_remote(mm, addr);
	vma = vma_lookup(mm, addr);
	if (!vma)
		return -EFAULT;
	nr = min(nr, (vma->vm_end - PAGE_ALIGN_DOWN(addr)) >> PAGE_SHIFT);
	pinned = vmwrite_pin_remote(mm, addr, nr, gup_flags, pages, locked);
	return pinned ? pinned : -EFAULT;
}

/* vmwrite_pin_locked(), the target's mmap_lock taken for it. */
static long vmwrite_pin_batch(struct mm_struct *mm, unsigned long addr,
			      unsigned long nr, unsigned int gup_flags,
			      struct page **pages)
{
	int locked = 1;
	long pinned;

	if (mmap_read_lock_killable(mm))
		return -EINTR;
	pinned = vmwrite_pin_locked(mm, addr, nr, gup_flags, pages, &locked);
	if (locked)
		mmap_read_unlock(mm);
	return pinned;
}

/* Unpin @nr pages, dirty when they were pinned for a @write. */
static void vmwrite_unpin(struct page **pages, unsigned long nr, bool write)
{
	if (write)
		unpin_user_pages_dirty_lock(pages, nr, true);
	else
		unpin_user_pages(pages, nr);
}

/*
 * Pin the one page holding @addr with @gup_flags, the address space held
 * by the caller.  Returns the page, or an ERR_PTR.
 */
static struct page *vmwrite_pin_one(struct mm_struct *mm, unsigned long addr,
				    unsigned int gup_flags)
{
	struct page *page;
	long pinned;

	pinned = vmwrite_pin_batch(mm, addr, 1, gup_flags, &page);
	return pinned < 0 ? ERR_PTR(pinned) : page;
}

static unsigned int vmwrite_gup_flags(const struct vmwrite_session *s,
				      bool write)
{
	unsigned int gup_flags = write ? FOLL_WRITE : 0;

	if (s->access & VMWRITE_ACCESS_FORCE)
		gup_flags |= FOLL_FORCE;
	return gup_flags;
}

/*
 * Move @len bytes at @off in one pinned @page, @off + @len within it.  A
 * naturally aligned 1, 2, 4 or 8-byte transfer is one load or store of
 * that width in the target's page; the caller's side is a user access of
 * the same width.  Returns the bytes moved, or -EFAULT.
 */
static ssize_t vmwrite_process_in_page(struct page *page, unsigned int off,
				       void __user *buf, size_t len, bool write)
{
	void *kaddr;
	u64 val = 0;
	size_t done;

	if (!vmwrite_is_single(off, len)) {
		done = vmwrite_copy_pages(&page, 1, off, buf, len, write);
		return done ? done : -EFAULT;
	}
	if (write && vmwrite_get_user_sized(&val, buf, len))
		return -EFAULT;
	kaddr = kmap_local_page(page) + off;
	if (write) {
		vmwrite_write_once_sized(kaddr, val, len);
		flush_dcache_page(page);
	} else {
		val = vmwrite_read_once_sized(kaddr, len);
	}
	kunmap_local(kaddr);
	if (!write && vmwrite_put_user_sized(val, buf, len))
		return -EFAULT;
	return len;
}

/*
 * A transfer within one page: pin it, move the bytes with
 * vmwrite_process_in_page(), unpin.
 */
static ssize_t vmwrite_process_rw_single(struct vmwrite_session *s,
					 unsigned long addr, void __user *buf,
					 size_t len, bool write)
{
	struct page *page;
	ssize_t ret;

	page = vmwrite_pin_one(s->mm, addr, vmwrite_gup_flags(s, write));
	if (IS_ERR(page))
		return PTR_ERR(page);
	ret = vmwrite_process_in_page(page, offset_in_page(addr), buf, len,
				      write);
	vmwrite_unpin(&page, 1, write);
	return ret;
}

/*
 * What a transfer checks once, for one segment or a batch of them: the
 * policy, the security hooks of the mem file, and that the address space
 * is still there; on success it is held until vmwrite_process_end().
 */
static int vmwrite_process_begin(struct vmwrite_session *s, bool write,
				 size_t len)
{
	int err;

	if (write && !vmwrite_policy_allows(VMWRITE_POLICY_PROCESS_WRITES))
		return -EPERM;
	err = vmwrite_process_verify(s, write, len);
	if (err)
		return err;
	if (!mmget_not_zero(s->mm))
		return -ESRCH;
	return 0;
}

static void vmwrite_process_end(struct vmwrite_session *s)
{
	mmput(s->mm);
}

/*
 * Move @len bytes at @addr, the address space held: pin a batch of target
 * pages under mmap_lock, drop the lock, copy, unpin.  Returns the bytes
 * moved if any, else a negative errno.
 */
static ssize_t vmwrite_process_move(struct vmwrite_session *s,
				    unsigned long addr, void __user *buf,
				    size_t len, bool write)
{
	unsigned int gup_flags = vmwrite_gup_flags(s, write);
	struct page *pages[VMWRITE_PIN_BATCH];
	size_t done = 0;
	ssize_t err = 0;

	if (vmwrite_is_single(addr, len))
		return vmwrite_process_rw_single(s, addr, buf, len, write);

	while (done < len) {
		unsigned long start = addr + done;
		unsigned int off = offset_in_page(start);
		unsigned long nr = DIV_ROUND_UP(off + (len - done), PAGE_SIZE);
		size_t want, moved;
		long pinned;

		nr = min_t(unsigned long, nr, VMWRITE_PIN_BATCH);
		pinned = vmwrite_pin_batch(s->mm, start, nr, gup_flags, pages);
		if (pinned < 0) {
			err = pinned;
			break;
		}

		want = min_t(size_t, pinned * PAGE_SIZE - off, len - done);
		moved = vmwrite_copy_pages(pages, pinned, off, buf + done,
					   want, write);
		vmwrite_unpin(pages, pinned, write);

		done += moved;
		if (moved < want) {
			/* The caller's own buffer faulted. */
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
	return done ? done : err;
}

/**
 * vmwrite_process_rw() - move bytes between the caller and the target
 * @s:     an attached process session
 * @addr:  target address
 * @buf:   caller's buffer, already checked with access_ok()
 * @len:   bytes to move
 * @write: true to write the target, false to read it
 * @text:  false: process targets take no text writes
 *
 * Return: bytes moved if any, else a negative errno: the error of a
 * security hook that refused it (-EACCES, -EPERM), -ESRCH when the
 * target's address space is gone, -EFAULT (or GUP's error) when the first
 * page cannot be reached, -EINTR on a fatal signal, -ECONNABORTED when
 * the session was revoked meanwhile, -EPERM for a write the policy
 * forbids.
 */
static ssize_t vmwrite_process_rw(struct vmwrite_session *s,
				  unsigned long addr, void __user *buf,
				  size_t len, bool write, bool text)
{
	ssize_t ret;

	ret = vmwrite_process_begin(s, write, len);
	if (ret)
		return ret;
	ret = vmwrite_process_move(s, addr, buf, len, write);
	vmwrite_process_end(s);
	return ret;
}

/*
 * Pin the page of each segment of @x that fits in one page, under one
 * mmap_lock hold (taken again only if GUP had to drop it); a segment on a
 * page pinned for an earlier one shares it (@shared).  A segment that
 * cannot be pinned has its error in @ret.  Longer segments are left alone.
 */
static void vmwrite_pin_short(struct vmwrite_session *s,
			      struct vmwrite_xfer *x, unsigned int nr,
			      unsigned int gup_flags, struct page **pages,
			      unsigned long *shared)
{
	struct mm_struct *mm = s->mm;
	unsigned int i, j;
	int locked = 0;

	for (i = 0; i < nr; i++) {
		unsigned long addr = x[i].addr;
		long pinned;

		pages[i] = NULL;
		if (!x[i].len || offset_in_page(addr) + x[i].len > PAGE_SIZE)
			continue;
		for (j = 0; j < i; j++) {
			if (pages[j] && !((x[j].addr ^ addr) & PAGE_MASK)) {
				pages[i] = pages[j];
				__set_bit(i, shared);
				break;
			}
		}
		if (pages[i])
			continue;
		if (!locked) {
			if (mmap_read_lock_killable(mm)) {
				x[i].ret = -EINTR;
				continue;
			}
			locked = 1;
		}
		pinned = vmwrite_pin_locked(mm, addr, 1, gup_flags, &pages[i],
					    &locked);
		if (pinned < 0) {
			pages[i] = NULL;
			x[i].ret = pinned;
		}
	}
	if (locked)
		mmap_read_unlock(mm);
}

/**
 * vmwrite_process_rw_batch() - move a chunk of a batch
 * @s:     an attached process session
 * @x:     the segments; those whose @len is set are moved, in order
 * @nr:    how many, at most VMWRITE_BATCH_CHUNK
 * @write: true to write the target, false to read it
 *
 * The checks of vmwrite_process_rw() are made once for the chunk, and
 * their error is each segment's.  The pages of the segments that fit in a
 * page are pinned under one mmap_lock hold, then copied and unpinned with
 * it dropped; longer segments move as vmwrite_process_rw() moves them.
 * Each segment's @ret is what vmwrite_process_rw() would return for it.
 */
static void vmwrite_process_rw_batch(struct vmwrite_session *s,
				     struct vmwrite_xfer *x, unsigned int nr,
				     bool write)
{
	struct page *pages[VMWRITE_BATCH_CHUNK];
	DECLARE_BITMAP(shared, VMWRITE_BATCH_CHUNK) = {};
	size_t len = 0;
	unsigned int i;
	int err;

	for (i = 0; i < nr; i++)
		len += x[i].len;
	err = vmwrite_process_begin(s, write, len);
	if (err) {
		for (i = 0; i < nr; i++)
			if (x[i].len)
				x[i].ret = err;
		return;
	}

	vmwrite_pin_short(s, x, nr, vmwrite_gup_flags(s, write), pages,
			  shared);
	for (i = 0; i < nr; i++) {
		if (pages[i])
			x[i].ret = vmwrite_process_in_page(pages[i],
							   offset_in_page(x[i].addr),
							   x[i].buf, x[i].len,
							   write);
		else if (x[i].len && !x[i].ret)
			x[i].ret = vmwrite_process_move(s, x[i].addr, x[i].buf,
							x[i].len, write);
	}
	for (i = 0; i < nr; i++) {
		if (pages[i] && !test_bit(i, shared))
			vmwrite_unpin(&pages[i], 1, write);
	}
	vmwrite_process_end(s);
}

/**
 * vmwrite_process_cmpxchg() - compare-and-write one value in the target
 * @s:     an attached process session
 * @addr:  target address, aligned to @width
 * @width: 1, 2, 4 or 8
 * @val:   in: the expected value; out: the value the target held
 * @new:   the value to store if the target holds *@val
 *
 * The page is always pinned for writing: a locked cmpxchg writes even when
 * the compare fails, so it must not land in the shared zero page or in the
 * page cache behind a private mapping.  A failed compare therefore still
 * breaks copy-on-write, as a write of the same bytes would.
 *
 * Return: 0 once the compare was made, else the errors of
 * vmwrite_process_rw().
 */
static int vmwrite_process_cmpxchg(struct vmwrite_session *s,
				   unsigned long addr, unsigned int width,
				   u64 *val, u64 new)
{
	struct mm_struct *mm = s->mm;
	struct page *page;
	void *kaddr;
	int err;
	u64 old;

	if (!vmwrite_policy_allows(VMWRITE_POLICY_PROCESS_WRITES))
		return -EPERM;
	/* The old value comes back: a read as well as a write. */
	err = vmwrite_process_verify(s, false, width) ?:
	      vmwrite_process_verify(s, true, width);
	if (err)
		return err;
	if (!mmget_not_zero(mm))
		return -ESRCH;
	page = vmwrite_pin_one(mm, addr, vmwrite_gup_flags(s, true));
	if (IS_ERR(page)) {
		mmput(mm);
		return PTR_ERR(page);
	}
	kaddr = kmap_local_page(page) + offset_in_page(addr);
	old = vmwrite_cmpxchg_sized(kaddr, *val, new, width);
	if (old == *val)
		flush_dcache_page(page);
	kunmap_local(kaddr);
	unpin_user_pages_dirty_lock(&page, 1, old == *val);
	mmput(mm);
	*val = old;
	return 0;
}

/**
 * vmwrite_process_region() - the mapping or hole holding @r->addr
 * @s: an attached process session
 * @r: in @r->addr, out the rest
 *
 * A mapping is one VMA.  A hole starts at the page of the address and
 * ends at the next VMA, or at the end of user space; above that, it runs
 * to the top.  Nothing is faulted in and nothing is read.
 *
 * Return: 0, or -ESRCH when the address space is gone, -EINTR on a fatal
 * signal.
 */
static int vmwrite_process_region(struct vmwrite_session *s,
				  struct vmwrite_region *r)
{
	struct mm_struct *mm = s->mm;
	struct vm_area_struct *vma;
	unsigned long addr;
	vm_flags_t flags;

	if (!mmget_not_zero(mm))
		return -ESRCH;
	if (mmap_read_lock_killable(mm)) {
		mmput(mm);
		return -EINTR;
	}
	addr = vmwrite_untagged_addr_remote(mm, r->addr);
	r->kind = VMWRITE_REGION_FREE;
	r->prot = 0;
	r->start = PAGE_ALIGN_DOWN(addr);
	if (addr >= mm->task_size) {
		r->end = 0;
		goto out;
	}
	vma = find_vma(mm, addr);
	if (!vma || vma->vm_start > addr) {
		r->end = vma ? vma->vm_start : mm->task_size;
		goto out;
	}
	flags = vma->vm_flags;
	r->start = vma->vm_start;
	r->end = vma->vm_end;
	if (flags & VM_READ)
		r->prot |= VMWRITE_PROT_READ;
	if (flags & VM_WRITE)
		r->prot |= VMWRITE_PROT_WRITE;
	if (flags & VM_EXEC)
		r->prot |= VMWRITE_PROT_EXEC;
	if (flags & (VM_IO | VM_PFNMAP))
		r->kind = VMWRITE_REGION_IO;
	else if (vma->vm_file &&
		 file_inode(vma->vm_file)->i_sb->s_magic == SECRETMEM_MAGIC)
		r->kind = VMWRITE_REGION_SECRET;
	else if (flags & VM_SHARED)
		r->kind = VMWRITE_REGION_SHARED;
	else if (vma->vm_file)
		r->kind = VMWRITE_REGION_FILE;
	else
		r->kind = VMWRITE_REGION_PRIVATE;
out:
	mmap_read_unlock(mm);
	mmput(mm);
	return 0;
}

const struct vmwrite_target_ops vmwrite_process_ops = {
	.attach		= vmwrite_process_attach,
	.release	= vmwrite_process_release,
	.rw		= vmwrite_process_rw,
	.rw_batch	= vmwrite_process_rw_batch,
	.compare_write	= vmwrite_process_cmpxchg,
	.region		= vmwrite_process_region,
	.takes_fd	= true,
};
