// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The HRESULT of a vmw_* error (bottom layer): what every method reports
 * when nothing moved.  See "HRESULTs" in
 * Documentation/userspace-api/libvmwrite-dbgeng.rst.
 */

#include <errno.h>

#include "internal.h"

HRESULT dbgeng__hresult(int err, bool write)
{
	switch (err) {
	case 0:
		return S_OK;
	case -EFAULT:
		return HRESULT_FROM_WIN32(write ? ERROR_WRITE_FAULT : ERROR_READ_FAULT);
	case -EACCES:
	case -EPERM:
	case -EBADF:
		return HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED);
	case -EROFS:
		return HRESULT_FROM_WIN32(ERROR_WRITE_PROTECT);
	case -ENXIO:
	case -EHWPOISON:
		return HRESULT_FROM_WIN32(ERROR_NOACCESS);
	case -EXDEV:
		return HRESULT_FROM_WIN32(ERROR_NOT_SAME_DEVICE);
	case -ESRCH:
		return HRESULT_FROM_WIN32(ERROR_PROCESS_ABORTED);
	case -EBUSY:
		return HRESULT_FROM_WIN32(ERROR_BUSY);
	case -EINTR:
		return HRESULT_FROM_WIN32(ERROR_OPERATION_ABORTED);
	case -ENOENT:
		return HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND);
	case -EOPNOTSUPP:
		return E_NOTIMPL;
	case -EINVAL:
		return E_INVALIDARG;
	case -ENOMEM:
		return E_OUTOFMEMORY;
	case -ENOTCONN:
		return E_UNEXPECTED;
	default:
		return E_FAIL;
	}
}
