/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Bad input to /dev/vmwrite, one row each:
 *
 *   BAD(name, IOCTL, "field", "what is wrong with it", errno, change...)
 *
 * selftests/vmwrite_bad_input.c starts each row from a valid call of that
 * ioctl (see prepare() there), applies the change to its context @c, and
 * expects the errno, with nothing done.  The table in
 * Documentation/userspace-api/vmwrite-bad-input.rst is generated from
 * these rows (scripts/gen-bad-input.sh), so that no row exists without
 * its test.  A row is one line.
 */

BAD(api_size_short, API, "size", "smaller than ``VMWRITE_API_SIZE_VER0``", EINVAL, c->u.api.size = VMWRITE_API_SIZE_VER0 - 4)
BAD(api_size_huge, API, "size", "larger than a page", E2BIG, c->u.api.size = 4097)
BAD(api_tail, API, "size", "larger than the module's struct, a nonzero byte past it", E2BIG, c->u.api.size += 8; c->u.bytes[sizeof(c->u.api) + 3] = 1)
BAD(api_arg_unmapped, API, "(argument)", "an unmapped address", EFAULT, c->arg = (void *)8)

BAD(attach_size_short, ATTACH, "size", "smaller than ``VMWRITE_ATTACH_SIZE_VER0``", EINVAL, c->u.attach.size = VMWRITE_ATTACH_SIZE_VER0 - 4)
BAD(attach_size_huge, ATTACH, "size", "larger than a page", E2BIG, c->u.attach.size = 4097)
BAD(attach_tail, ATTACH, "size", "larger than the module's struct, a nonzero byte past it", E2BIG, c->u.attach.size += 8; c->u.bytes[sizeof(c->u.attach) + 7] = 1)
BAD(attach_flags, ATTACH, "flags", "a flag the module does not know", EINVAL, c->u.attach.flags = 1)
BAD(attach_reserved, ATTACH, "reserved", "not 0", EINVAL, c->u.attach.reserved = 1)
BAD(attach_target_0, ATTACH, "target", "0", EINVAL, c->u.attach.target = 0)
BAD(attach_target_3, ATTACH, "target", "a target the module does not know", EINVAL, c->u.attach.target = 3)
BAD(attach_kernel_fd, ATTACH, "fd", "not 0 for the kernel target", EINVAL, c->u.attach.target = VMWRITE_TARGET_KERNEL; c->u.attach.fd = 1)
BAD(attach_fd_closed, ATTACH, "fd", "not an open descriptor", EBADF, c->u.attach.fd = 999)
BAD(attach_fd_pipe, ATTACH, "fd", "a pipe", EINVAL, c->u.attach.fd = c->pipe)
BAD(attach_fd_maps, ATTACH, "fd", "another file of the process, ``/proc/PID/maps``", EINVAL, c->u.attach.fd = c->maps)
BAD(attach_fd_device, ATTACH, "fd", "``/dev/vmwrite`` itself", EINVAL, c->u.attach.fd = c->proc)
BAD(attach_twice, ATTACH, "(session)", "already attached", EISCONN, c->fd = c->proc)
BAD(attach_arg_unmapped, ATTACH, "(argument)", "an unmapped address", EFAULT, c->arg = (void *)8)

BAD(write_unattached, WRITE, "(session)", "not attached", ENOTCONN, c->fd = c->fresh)
BAD(write_size_short, WRITE, "size", "smaller than ``VMWRITE_RW_SIZE_VER0``", EINVAL, c->u.rw.size = 8)
BAD(write_size_huge, WRITE, "size", "larger than a page", E2BIG, c->u.rw.size = 4097)
BAD(write_tail, WRITE, "size", "larger than the module's struct, a nonzero byte past it", E2BIG, c->u.rw.size += 8; c->u.bytes[sizeof(c->u.rw)] = 1)
BAD(write_flags, WRITE, "flags", "a flag the module does not know", EINVAL, c->u.rw.flags = 0x80000000)
BAD(write_text_process, WRITE, "flags", "``VMWRITE_RW_F_TEXT`` on a process target", EINVAL, c->u.rw.flags = VMWRITE_RW_F_TEXT)
BAD(write_wraps, WRITE, "addr, len", "``addr + len`` past 2^64", EINVAL, c->u.rw.addr = ~0ULL - 3)
BAD(write_buf_kernel, WRITE, "buf", "a kernel address", EFAULT, c->u.rw.buf = 0xffffffff81000000ULL)
BAD(write_buf_null, WRITE, "buf", "NULL", EFAULT, c->u.rw.buf = 0)
BAD(write_addr_hole, WRITE, "addr", "not mapped in the target", EFAULT, c->u.rw.addr = c->hole)
BAD(write_addr_noncanonical, WRITE, "addr", "not canonical", EFAULT, c->u.rw.addr = 0x8000000000000000ULL)
BAD(write_read_only, WRITE, "(session)", "read-only: ``/proc/PID/mem`` opened ``O_RDONLY``", EBADF, c->fd = c->proc_ro)
BAD(write_done_readonly, WRITE, "done", "in read-only memory: the count could not be reported", EFAULT, c->arg = readonly_copy(c))
BAD(write_arg_unmapped, WRITE, "(argument)", "an unmapped address", EFAULT, c->arg = (void *)8)
BAD(write_kernel_user, WRITE, "addr", "kernel target: in the user half", EFAULT, c->fd = c->kern; c->u.rw.addr = 4096)
BAD(write_kernel_noncanonical, WRITE, "addr", "kernel target: not canonical under the paging mode in force", EFAULT, c->fd = c->kern; c->u.rw.addr = c->noncanonical)
BAD(write_kernel_vsyscall, WRITE, "addr", "kernel target: the vsyscall page", EFAULT, c->fd = c->kern; c->u.rw.addr = 0xffffffffff600000ULL)
BAD(write_kernel_guard, WRITE, "addr", "kernel target: a vmalloc guard page", EFAULT, c->fd = c->kern; c->u.rw.addr = c->guard_addr)
BAD(write_kernel_rodata, WRITE, "addr", "kernel target: read-only memory", EROFS, c->fd = c->kern; c->u.rw.addr = c->ro_addr)
BAD(write_kernel_device, WRITE, "addr", "kernel target: device memory", ENXIO, c->fd = c->kern; c->u.rw.addr = need(c, c->io_addr, "no device memory mapped"))
BAD(write_kernel_text_off, WRITE, "flags", "kernel target: ``VMWRITE_RW_F_TEXT`` with ``allow_text_write`` off", EPERM, c->fd = c->kern; c->u.rw.flags = VMWRITE_RW_F_TEXT; c->u.rw.addr = c->ro_addr)
BAD(write_kernel_read_only, WRITE, "(session)", "kernel target: ``/dev/vmwrite`` opened ``O_RDONLY``", EBADF, c->fd = c->kern_ro; c->u.rw.addr = c->rw_addr)
BAD(write_revoked, WRITE, "(session)", "revoked by the administrator (``VMWRITE_CMD_REVOKE_SESSION``)", ECONNABORTED, c->fd = c->revoked)

BAD(read_unattached, READ, "(session)", "not attached", ENOTCONN, c->fd = c->fresh)
BAD(read_size_short, READ, "size", "smaller than ``VMWRITE_RW_SIZE_VER0``", EINVAL, c->u.rw.size = 8)
BAD(read_flags, READ, "flags", "a flag the module does not know", EINVAL, c->u.rw.flags = 2)
BAD(read_text, READ, "flags", "``VMWRITE_RW_F_TEXT``: reads take none", EINVAL, c->fd = c->kern; c->u.rw.addr = c->ro_addr; c->u.rw.flags = VMWRITE_RW_F_TEXT)
BAD(read_wraps, READ, "addr, len", "``addr + len`` past 2^64", EINVAL, c->u.rw.addr = ~0ULL - 3)
BAD(read_buf_kernel, READ, "buf", "a kernel address", EFAULT, c->u.rw.buf = 0xffffffff81000000ULL)
BAD(read_buf_unwritable, READ, "buf", "read-only memory of the caller", EFAULT, c->u.rw.buf = (uintptr_t)readonly_page(c))
BAD(read_addr_hole, READ, "addr", "not mapped in the target", EFAULT, c->u.rw.addr = c->hole)
BAD(read_write_only, READ, "(session)", "write-only: ``/proc/PID/mem`` opened ``O_WRONLY``", EBADF, c->fd = c->proc_wo)
BAD(read_kernel_device, READ, "addr", "kernel target: device memory", ENXIO, c->fd = c->kern; c->u.rw.addr = need(c, c->io_addr, "no device memory mapped"))
BAD(read_kernel_vsyscall, READ, "addr", "kernel target: the vsyscall page", EFAULT, c->fd = c->kern; c->u.rw.addr = 0xffffffffff600000ULL)
BAD(read_revoked, READ, "(session)", "revoked by the administrator", ECONNABORTED, c->fd = c->revoked)

BAD(cmpxchg_unattached, CMPXCHG, "(session)", "not attached", ENOTCONN, c->fd = c->fresh)
BAD(cmpxchg_size_short, CMPXCHG, "size", "smaller than ``VMWRITE_CMPXCHG_SIZE_VER0``", EINVAL, c->u.x.size = 16)
BAD(cmpxchg_flags, CMPXCHG, "flags", "a flag the module does not know", EINVAL, c->u.x.flags = 1)
BAD(cmpxchg_reserved, CMPXCHG, "reserved", "not 0", EINVAL, c->u.x.reserved = 1)
BAD(cmpxchg_width_0, CMPXCHG, "width", "0", EINVAL, c->u.x.width = 0)
BAD(cmpxchg_width_3, CMPXCHG, "width", "not a power of two", EINVAL, c->u.x.width = 3)
BAD(cmpxchg_width_16, CMPXCHG, "width", "larger than 8", EINVAL, c->u.x.width = 16)
BAD(cmpxchg_misaligned, CMPXCHG, "addr", "not a multiple of ``width``", EINVAL, c->u.x.addr += 4)
BAD(cmpxchg_expected_high, CMPXCHG, "expected", "bits above ``width`` bytes set", EINVAL, c->u.x.width = 4; c->u.x.expected = 1ULL << 40)
BAD(cmpxchg_desired_high, CMPXCHG, "desired", "bits above ``width`` bytes set", EINVAL, c->u.x.width = 2; c->u.x.desired = 0x10000)
BAD(cmpxchg_read_only, CMPXCHG, "(session)", "cannot both read and write", EBADF, c->fd = c->proc_ro)
BAD(cmpxchg_hole, CMPXCHG, "addr", "not mapped in the target", EFAULT, c->u.x.addr = c->hole)
BAD(cmpxchg_kernel_rodata, CMPXCHG, "addr", "kernel target: read-only memory", EROFS, c->fd = c->kern; c->u.x.addr = c->ro_addr; c->u.x.expected = 0)
BAD(cmpxchg_revoked, CMPXCHG, "(session)", "revoked by the administrator", ECONNABORTED, c->fd = c->revoked)

BAD(region_unattached, REGION, "(session)", "not attached", ENOTCONN, c->fd = c->fresh)
BAD(region_size_short, REGION, "size", "smaller than ``VMWRITE_REGION_SIZE_VER0``", EINVAL, c->u.region.size = 32)
BAD(region_flags, REGION, "flags", "a flag the module does not know", EINVAL, c->u.region.flags = 1)
BAD(region_write_only, REGION, "(session)", "write-only: what is mapped is a read", EBADF, c->fd = c->proc_wo)
BAD(region_revoked, REGION, "(session)", "revoked by the administrator", ECONNABORTED, c->fd = c->revoked)

BAD(unknown_nr, OTHER, "(command)", "a number the module does not know", ENOTTY, c->cmd = _IOWR(VMWRITE_IOC_MAGIC, 0x3f, struct vmwrite_rw))
BAD(wrong_direction, OTHER, "(command)", "a known number with another direction", ENOTTY, c->cmd = _IOR(VMWRITE_IOC_MAGIC, 0x02, struct vmwrite_rw))
BAD(wrong_size, OTHER, "(command)", "a known number with another size", ENOTTY, c->cmd = VMWRITE_IOC(0x02, 48))
