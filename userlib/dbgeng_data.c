// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugDataSpaces..4 of libvmwrite's dbgeng layer: the virtual memory of
 * the attached process or kernel, through the vmw_* core.
 *
 * Every call counts itself in the engine's users while it has the target
 * (data_begin), so that a detach never closes the target under it.
 * Methods outside virtual memory (physical memory, I/O, MSRs, buses,
 * control space, handles, tags) return E_NOTIMPL, as do those that need
 * what Linux does not keep (image headers).
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dbgeng_internal.h"
#include "dbgeng_stubs.h"


/* Bytes one FillVirtual or SearchVirtual step moves. */
#define VMW_STEP		(64 * 1024)

#define DATA(p)		vmw_container_of(p, struct vmw_engine, data)

/*
 * The HRESULT for a vmw_* error when nothing moved.  See "HRESULTs" in
 * Documentation/userspace-api/libvmwrite-dbgeng.rst.
 */
HRESULT vmw_hresult(int err, bool write)
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

/* The target, counted in @e->users until data_end(); NULL: not attached. */
static struct vmw_target *data_begin(struct vmw_engine *e)
{
	struct vmw_target *t;

	__atomic_add_fetch(&e->users, 1, __ATOMIC_SEQ_CST);
	t = __atomic_load_n(&e->target, __ATOMIC_SEQ_CST);
	if (!t)
		__atomic_sub_fetch(&e->users, 1, __ATOMIC_RELEASE);
	return t;
}

static void data_end(struct vmw_engine *e)
{
	__atomic_sub_fetch(&e->users, 1, __ATOMIC_RELEASE);
}

/* Called with the attach lock held, before the target is published. */
void vmw_data_attached(struct vmw_engine *e)
{
	uint64_t bytes;

	pthread_mutex_lock(&e->cache_lock);
	bytes = e->cache_bytes;
	if (bytes == UINT64_MAX)
		bytes = e->kernel ? VMW_KERNEL_CACHE_DEFAULT : 0;
	/* Without memory for it, a session just has no cache. */
	if (vmw_cache_resize(&e->cache, bytes))
		vmw_cache_free(&e->cache);
	vmw_data_cache_changed(e);
	pthread_mutex_unlock(&e->cache_lock);
}

/* With the cache lock held, after the cache was resized or freed. */
void vmw_data_cache_changed(struct vmw_engine *e)
{
	__atomic_store_n(&e->cache_on, e->cache.nslots != 0, __ATOMIC_RELAXED);
}

static bool cache_on(struct vmw_engine *e)
{
	return __atomic_load_n(&e->cache_on, __ATOMIC_RELAXED);
}

static HRESULT hresult_of(int err, size_t done, bool write, PULONG out)
{
	if (out)
		*out = (ULONG)done;
	return done ? S_OK : vmw_hresult(err, write);
}

/*
 * A cached read: whole pages from the cache, or read whole and kept.  At
 * the first page that cannot be read whole, the rest is read uncached, so
 * that the count is exact and a partial page never enters the cache.
 */
static int cached_read(struct vmw_engine *e, struct vmw_target *t, uint64_t addr,
		       unsigned char *buf, size_t len, size_t *done)
{
	unsigned char page_buf[VMW_PAGE];
	size_t moved = 0, got;
	int err = 0;

	pthread_mutex_lock(&e->cache_lock);
	while (moved < len) {
		uint64_t at = addr + moved, page = at & ~(uint64_t)(VMW_PAGE - 1);
		size_t off = at - page, n = VMW_PAGE - off;
		const unsigned char *hit = vmw_cache_lookup(&e->cache, page);

		if (n > len - moved)
			n = len - moved;
		if (!hit) {
			/* No lock of ours is needed for the read itself. */
			pthread_mutex_unlock(&e->cache_lock);
			err = vmw_read(t, page, page_buf, VMW_PAGE, &got);
			pthread_mutex_lock(&e->cache_lock);
			if (err || got < VMW_PAGE)
				break;
			vmw_cache_insert(&e->cache, page, page_buf);
			hit = page_buf;
		}
		memcpy(buf + moved, hit + off, n);
		moved += n;
	}
	pthread_mutex_unlock(&e->cache_lock);
	if (moved < len) {
		err = vmw_read(t, addr + moved, buf + moved, len - moved, &got);
		moved += got;
	}
	*done = moved;
	return moved ? 0 : err;
}

HRESULT vmw_data_read(struct vmw_engine *e, ULONG64 addr, void *buf, ULONG len,
		      PULONG done, bool cached)
{
	struct vmw_target *t;
	size_t moved = 0;
	int err;

	if (done)
		*done = 0;
	if (!buf && len)
		return E_INVALIDARG;
	t = data_begin(e);
	if (!t)
		return E_UNEXPECTED;
	if (cached && cache_on(e)) {
		err = cached_read(e, t, addr, buf, len, &moved);
	} else {
		err = vmw_read(t, addr, buf, len, &moved);
		if (!cached && moved && cache_on(e)) {
			pthread_mutex_lock(&e->cache_lock);
			vmw_cache_invalidate(&e->cache, addr, moved);
			pthread_mutex_unlock(&e->cache_lock);
		}
	}
	data_end(e);
	return hresult_of(err, moved, false, done);
}

HRESULT vmw_data_write(struct vmw_engine *e, ULONG64 addr, const void *buf, ULONG len,
		       PULONG done, bool cached)
{
	struct vmw_target *t;
	size_t moved = 0;
	int err;

	if (done)
		*done = 0;
	if (!buf && len)
		return E_INVALIDARG;
	t = data_begin(e);
	if (!t)
		return E_UNEXPECTED;
	/* Always through to the target: the cache only follows. */
	err = vmw_write(t, addr, buf, len, &moved);
	if (moved && cache_on(e)) {
		pthread_mutex_lock(&e->cache_lock);
		if (cached)
			vmw_cache_update(&e->cache, addr, buf, moved);
		else
			vmw_cache_invalidate(&e->cache, addr, moved);
		pthread_mutex_unlock(&e->cache_lock);
	}
	data_end(e);
	return hresult_of(err, moved, true, done);
}

/* ---- IUnknown ---------------------------------------------------------- */

static HRESULT STDMETHODCALLTYPE data_QueryInterface(IDebugDataSpaces4 *This, REFIID iid,
						     PVOID *out)
{
	return vmw_engine_query(DATA(This), iid, out);
}

static ULONG STDMETHODCALLTYPE data_AddRef(IDebugDataSpaces4 *This)
{
	return vmw_engine_addref(DATA(This));
}

static ULONG STDMETHODCALLTYPE data_Release(IDebugDataSpaces4 *This)
{
	return vmw_engine_release(DATA(This));
}

/* ---- virtual memory ----------------------------------------------------- */

static HRESULT STDMETHODCALLTYPE data_ReadVirtual(IDebugDataSpaces4 *This, ULONG64 Offset,
						  PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	return vmw_data_read(DATA(This), Offset, Buffer, BufferSize, BytesRead, true);
}

static HRESULT STDMETHODCALLTYPE data_WriteVirtual(IDebugDataSpaces4 *This, ULONG64 Offset,
						   PVOID Buffer, ULONG BufferSize,
						   PULONG BytesWritten)
{
	return vmw_data_write(DATA(This), Offset, Buffer, BufferSize, BytesWritten, true);
}

static HRESULT STDMETHODCALLTYPE data_ReadVirtualUncached(IDebugDataSpaces4 *This,
							  ULONG64 Offset, PVOID Buffer,
							  ULONG BufferSize, PULONG BytesRead)
{
	return vmw_data_read(DATA(This), Offset, Buffer, BufferSize, BytesRead, false);
}

static HRESULT STDMETHODCALLTYPE data_WriteVirtualUncached(IDebugDataSpaces4 *This,
							   ULONG64 Offset, PVOID Buffer,
							   ULONG BufferSize,
							   PULONG BytesWritten)
{
	return vmw_data_write(DATA(This), Offset, Buffer, BufferSize, BytesWritten, false);
}

/* x86-64 targets only: pointers are 8 bytes. */
static HRESULT STDMETHODCALLTYPE data_ReadPointersVirtual(IDebugDataSpaces4 *This, ULONG Count,
							  ULONG64 Offset, PULONG64 Ptrs)
{
	ULONG done;
	HRESULT hr;

	if (!Ptrs || Count > UINT32_MAX / 8)
		return E_INVALIDARG;
	hr = vmw_data_read(DATA(This), Offset, Ptrs, Count * 8, &done, true);
	/* All or nothing, as dbgeng: a partial read is a failure here. */
	if (SUCCEEDED(hr) && done < Count * 8)
		hr = HRESULT_FROM_WIN32(ERROR_READ_FAULT);
	return hr;
}

static HRESULT STDMETHODCALLTYPE data_WritePointersVirtual(IDebugDataSpaces4 *This,
							   ULONG Count, ULONG64 Offset,
							   PULONG64 Ptrs)
{
	ULONG done;
	HRESULT hr;

	if (!Ptrs || Count > UINT32_MAX / 8)
		return E_INVALIDARG;
	hr = vmw_data_write(DATA(This), Offset, Ptrs, Count * 8, &done, true);
	if (SUCCEEDED(hr) && done < Count * 8)
		hr = HRESULT_FROM_WIN32(ERROR_WRITE_FAULT);
	return hr;
}

static HRESULT STDMETHODCALLTYPE data_FillVirtual(IDebugDataSpaces4 *This, ULONG64 Start,
						  ULONG Size, PVOID Pattern, ULONG PatternSize,
						  PULONG Filled)
{
	struct vmw_engine *e = DATA(This);
	unsigned char *block;
	size_t step, i;
	ULONG done = 0, n;
	HRESULT hr = S_OK;

	if (Filled)
		*Filled = 0;
	if (!Pattern || !PatternSize)
		return E_INVALIDARG;
	/* A block of whole copies of the pattern, so every step lines up. */
	step = VMW_STEP / PatternSize * PatternSize;
	if (!step)
		step = PatternSize;
	block = malloc(step);
	if (!block)
		return E_OUTOFMEMORY;
	for (i = 0; i < step; i++)
		block[i] = ((const unsigned char *)Pattern)[i % PatternSize];
	while (done < Size) {
		ULONG want = Size - done < step ? Size - done : (ULONG)step;

		hr = vmw_data_write(e, Start + done, block, want, &n, true);
		done += n;
		if (FAILED(hr) || n < want)
			break;
	}
	free(block);
	if (Filled)
		*Filled = done;
	return done ? S_OK : hr;
}

/* ---- regions --------------------------------------------------------- */

/* Bytes from @addr to the end of @r, the end at 2^64 included. */
static uint64_t region_left(const struct vmw_region *r, uint64_t addr)
{
	return r->end ? r->end - addr : -addr;
}

static bool region_readable(const struct vmw_region *r)
{
	return (r->kind == VMW_REGION_PRIVATE || r->kind == VMW_REGION_FILE ||
		r->kind == VMW_REGION_SHARED) &&
	       (r->prot & VMW_PROT_READ);
}

/* Windows' page protection for a region's rights. */
static DWORD region_protect(const struct vmw_region *r)
{
	/* Holes, secret memory, and kinds added after this library. */
	if (r->kind == VMW_REGION_FREE || r->kind > VMW_REGION_IO ||
	    !(r->prot & (VMW_PROT_READ | VMW_PROT_EXEC)))
		return PAGE_NOACCESS;
	/* Writable private file pages are copied on write, as on Windows. */
	if (r->prot & VMW_PROT_EXEC) {
		if (r->prot & VMW_PROT_WRITE)
			return r->kind == VMW_REGION_FILE ? PAGE_EXECUTE_WRITECOPY :
			       PAGE_EXECUTE_READWRITE;
		return r->prot & VMW_PROT_READ ? PAGE_EXECUTE_READ : PAGE_EXECUTE;
	}
	if (r->prot & VMW_PROT_WRITE)
		return r->kind == VMW_REGION_FILE ? PAGE_WRITECOPY : PAGE_READWRITE;
	return PAGE_READONLY;
}

static HRESULT STDMETHODCALLTYPE data_QueryVirtual(IDebugDataSpaces4 *This, ULONG64 Offset,
						   PMEMORY_BASIC_INFORMATION64 Info)
{
	struct vmw_engine *e = DATA(This);
	uint64_t base = Offset & ~(uint64_t)(VMW_PAGE - 1);
	struct vmw_target *t;
	struct vmw_region r;
	int err;

	if (!Info)
		return E_INVALIDARG;
	t = data_begin(e);
	if (!t)
		return E_UNEXPECTED;
	err = vmw_region(t, Offset, &r);
	data_end(e);
	if (err)
		return vmw_hresult(err, false);
	memset(Info, 0, sizeof(*Info));
	Info->BaseAddress = base;
	Info->RegionSize = region_left(&r, base);
	Info->Protect = region_protect(&r);
	if (r.kind == VMW_REGION_FREE) {
		Info->State = MEM_FREE;
		return S_OK;
	}
	Info->AllocationBase = r.start;
	Info->AllocationProtect = Info->Protect;
	Info->State = MEM_COMMIT;
	Info->Type = r.kind == VMW_REGION_FILE ? MEM_IMAGE :
		     r.kind == VMW_REGION_PRIVATE ? MEM_PRIVATE : MEM_MAPPED;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE data_GetNextDifferentlyValidOffsetVirtual(
	IDebugDataSpaces4 *This, ULONG64 Offset, PULONG64 NextOffset)
{
	struct vmw_engine *e = DATA(This);
	struct vmw_target *t;
	struct vmw_region r;
	int err;

	if (!NextOffset)
		return E_INVALIDARG;
	t = data_begin(e);
	if (!t)
		return E_UNEXPECTED;
	err = vmw_region(t, Offset, &r);
	data_end(e);
	if (err)
		return vmw_hresult(err, false);
	/* The last region runs to the top: nothing differs after it. */
	if (!r.end)
		return HRESULT_FROM_NT(STATUS_NO_MORE_ENTRIES);
	*NextOffset = r.end;
	return S_OK;
}

/*
 * The first run of readable (and, with @writable, writable) memory in
 * [@addr, @addr + @len), through the regions: its start and length, 0 if
 * none.  @t comes from data_begin().
 */
static int find_span(struct vmw_target *t, uint64_t addr, uint64_t len, bool writable,
		     uint64_t *start, uint64_t *span)
{
	struct vmw_region r;
	uint64_t pos = addr, left = len;
	int err;

	*span = 0;
	while (left) {
		uint64_t n;
		bool ok;

		err = vmw_region(t, pos, &r);
		if (err)
			return err;
		n = region_left(&r, pos);
		if (!n || n > left)
			n = left;
		ok = region_readable(&r) && (!writable || (r.prot & VMW_PROT_WRITE));
		if (ok) {
			if (!*span)
				*start = pos;
			*span += n;
		} else if (*span) {
			break;
		}
		pos += n;
		left -= n;
	}
	return 0;
}

static HRESULT STDMETHODCALLTYPE data_GetValidRegionVirtual(IDebugDataSpaces4 *This,
							    ULONG64 Base, ULONG Size,
							    PULONG64 ValidBase,
							    PULONG ValidSize)
{
	struct vmw_engine *e = DATA(This);
	uint64_t start = 0, span;
	struct vmw_target *t;
	int err;

	if (!ValidBase || !ValidSize)
		return E_INVALIDARG;
	*ValidBase = 0;
	*ValidSize = 0;
	if (Base + Size < Base)
		return E_INVALIDARG;
	t = data_begin(e);
	if (!t)
		return E_UNEXPECTED;
	err = find_span(t, Base, Size, false, &start, &span);
	data_end(e);
	if (err)
		return vmw_hresult(err, false);
	if (!span)
		return HRESULT_FROM_NT(STATUS_NO_MORE_ENTRIES);
	*ValidBase = start;
	*ValidSize = (ULONG)span;
	return S_OK;
}

/*
 * Search [@pos, @pos + @len) of readable memory, in steps, for @pat at
 * multiples of @gran from @origin.  Returns 1 and *@match if found, 0 if
 * not, -errno if the memory stopped being readable at *@match.
 */
static int search_span(struct vmw_target *t, uint64_t origin, uint64_t pos, uint64_t len,
		       const unsigned char *pat, ULONG patlen, ULONG gran, unsigned char *buf,
		       uint64_t *match)
{
	uint64_t end = pos + len;	/* may be 0: the top */

	/* The first grid point at or after pos. */
	pos += (gran - (pos - origin) % gran) % gran;
	while (end - pos >= patlen && pos - origin < end - origin) {
		size_t want = end - pos < VMW_STEP + patlen ? end - pos : VMW_STEP + patlen;
		size_t got = 0, i;
		int err = vmw_read(t, pos, buf, want, &got);

		if (err || got < patlen) {
			*match = pos + got;
			return err ? err : -EFAULT;
		}
		for (i = 0; i + patlen <= got; i += gran) {
			if (!memcmp(buf + i, pat, patlen)) {
				*match = pos + i;
				return 1;
			}
		}
		pos += i;
	}
	return 0;
}

/*
 * SearchVirtual: region by region, reading each readable byte about once
 * and skipping holes without touching them.  Unreadable ranges never
 * match, as in dbgeng.
 */
static HRESULT search(struct vmw_engine *e, ULONG64 Offset, ULONG64 Length, ULONG Flags,
		      PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity,
		      PULONG64 MatchOffset)
{
	uint64_t pos = Offset, left = Length, start, span, at;
	HRESULT hr = HRESULT_FROM_NT(STATUS_NO_MORE_ENTRIES);
	struct vmw_target *t;
	unsigned char *buf;
	int err;

	if (!Pattern || !PatternSize || !PatternGranularity || !MatchOffset)
		return E_INVALIDARG;
	if (Flags & ~DEBUG_VSEARCH_WRITABLE_ONLY)
		return E_INVALIDARG;
	buf = malloc(VMW_STEP + PatternSize);
	if (!buf)
		return E_OUTOFMEMORY;
	t = data_begin(e);
	if (!t) {
		free(buf);
		return E_UNEXPECTED;
	}
	while (left >= PatternSize) {
		err = find_span(t, pos, left, Flags & DEBUG_VSEARCH_WRITABLE_ONLY, &start, &span);
		if (err) {
			hr = vmw_hresult(err, false);
			break;
		}
		if (!span)
			break;
		err = search_span(t, Offset, start, span, Pattern, PatternSize,
				  PatternGranularity, buf, &at);
		if (err == 1) {
			*MatchOffset = at;
			hr = S_OK;
			break;
		}
		/* Past the span, or past the page that stopped being readable. */
		at = err ? ((at | (VMW_PAGE - 1)) + 1) : start + span;
		if (at <= pos || at - Offset > Length)
			break;
		left = Length - (at - Offset);
		pos = at;
	}
	data_end(e);
	free(buf);
	return hr;
}

static HRESULT STDMETHODCALLTYPE data_SearchVirtual(IDebugDataSpaces4 *This, ULONG64 Offset,
						    ULONG64 Length, PVOID Pattern,
						    ULONG PatternSize, ULONG PatternGranularity,
						    PULONG64 MatchOffset)
{
	return search(DATA(This), Offset, Length, 0, Pattern, PatternSize, PatternGranularity,
		      MatchOffset);
}

static HRESULT STDMETHODCALLTYPE data_SearchVirtual2(IDebugDataSpaces4 *This, ULONG64 Offset,
						     ULONG64 Length, ULONG Flags, PVOID Pattern,
						     ULONG PatternSize, ULONG PatternGranularity,
						     PULONG64 MatchOffset)
{
	return search(DATA(This), Offset, Length, Flags, Pattern, PatternSize,
		      PatternGranularity, MatchOffset);
}

/* ---- strings ------------------------------------------------------------- */

/*
 * Read a string of @unit-byte characters at @addr, up to @max bytes, into
 * @out (malloc'ed, @max bytes): its length in bytes with the terminator,
 * or 0 if none was found within @max or the readable memory.
 */
static HRESULT read_string(struct vmw_engine *e, ULONG64 addr, ULONG max, unsigned int unit,
			   unsigned char **out, ULONG *len)
{
	unsigned char *s;
	ULONG got = 0, i;
	HRESULT hr;

	*out = NULL;
	if (!max)
		return E_INVALIDARG;
	s = malloc(max);
	if (!s)
		return E_OUTOFMEMORY;
	hr = vmw_data_read(e, addr, s, max, &got, true);
	if (FAILED(hr)) {
		free(s);
		return hr;
	}
	for (i = 0; i + unit <= got; i += unit) {
		if (!s[i] && (unit == 1 || !s[i + 1])) {
			*out = s;
			*len = i + unit;
			return S_OK;
		}
	}
	free(s);
	/* No terminator where we could read. */
	return got < max ? HRESULT_FROM_WIN32(ERROR_READ_FAULT) : E_FAIL;
}

/*
 * Copy @len bytes of a string to the caller's @dst of @size bytes: S_OK if
 * it fits, else as much as fits, terminated, and S_FALSE.  @unit: 1 or 2.
 */
static HRESULT copy_out(void *dst, ULONG size, const void *src, ULONG len, unsigned int unit)
{
	if (!dst)
		return S_OK;
	if (len <= size) {
		memcpy(dst, src, len);
		return S_OK;
	}
	if (size >= unit) {
		ULONG keep = size / unit * unit - unit;

		memcpy(dst, src, keep);
		memset((char *)dst + keep, 0, unit);
	}
	return S_FALSE;
}

/* UTF-8 of @n UTF-16 code units at @w, into @out (3 bytes per unit + 1). */
static size_t utf16_to_utf8(const unsigned char *w, size_t n, unsigned char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		uint32_t c = w[2 * i] | w[2 * i + 1] << 8;

		if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
			uint32_t lo = w[2 * i + 2] | w[2 * i + 3] << 8;

			if (lo >= 0xdc00 && lo < 0xe000) {
				c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
				i++;
			}
		}
		if (c < 0x80) {
			out[o++] = c;
		} else if (c < 0x800) {
			out[o++] = 0xc0 | c >> 6;
			out[o++] = 0x80 | (c & 0x3f);
		} else if (c < 0x10000) {
			out[o++] = 0xe0 | c >> 12;
			out[o++] = 0x80 | (c >> 6 & 0x3f);
			out[o++] = 0x80 | (c & 0x3f);
		} else {
			out[o++] = 0xf0 | c >> 18;
			out[o++] = 0x80 | (c >> 12 & 0x3f);
			out[o++] = 0x80 | (c >> 6 & 0x3f);
			out[o++] = 0x80 | (c & 0x3f);
		}
	}
	return o;
}

/* UTF-16 (little-endian bytes) of @n bytes of UTF-8; bad bytes as U+FFFD. */
static size_t utf8_to_utf16(const unsigned char *s, size_t n, unsigned char *out)
{
	size_t i = 0, o = 0;

	while (i < n) {
		uint32_t c = s[i];
		unsigned int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
		unsigned int k;

		if (c >= 0x80 && (c < 0xc0 || c >= 0xf8 || i + more >= n + (more ? 0 : 1))) {
			c = 0xfffd;
			more = 0;
		} else if (more) {
			c &= 0x3f >> more;
			for (k = 1; k <= more; k++) {
				if ((s[i + k] & 0xc0) != 0x80)
					break;
				c = c << 6 | (s[i + k] & 0x3f);
			}
			if (k <= more) {
				c = 0xfffd;
				more = k - 1;
			}
		}
		i += 1 + more;
		if (c >= 0x10000) {
			uint32_t v = c - 0x10000, hi = 0xd800 + (v >> 10), lo = 0xdc00 + (v & 0x3ff);

			out[o++] = hi;
			out[o++] = hi >> 8;
			out[o++] = lo;
			out[o++] = lo >> 8;
		} else {
			out[o++] = c;
			out[o++] = c >> 8;
		}
	}
	return o;
}

static HRESULT STDMETHODCALLTYPE data_ReadMultiByteStringVirtual(IDebugDataSpaces4 *This,
								 ULONG64 Offset, ULONG MaxBytes,
								 PSTR Buffer, ULONG BufferSize,
								 PULONG StringBytes)
{
	unsigned char *s;
	ULONG len;
	HRESULT hr = read_string(DATA(This), Offset, MaxBytes, 1, &s, &len);

	if (FAILED(hr))
		return hr;
	if (StringBytes)
		*StringBytes = len;
	hr = copy_out(Buffer, BufferSize, s, len, 1);
	free(s);
	return hr;
}

/* The code page is taken as UTF-8 (CP_UTF8); ASCII is the same in all. */
static HRESULT STDMETHODCALLTYPE data_ReadMultiByteStringVirtualWide(IDebugDataSpaces4 *This,
								     ULONG64 Offset,
								     ULONG MaxBytes,
								     ULONG CodePage,
								     PWSTR Buffer,
								     ULONG BufferSize,
								     PULONG StringBytes)
{
	unsigned char *s, *w;
	ULONG len, wlen;
	HRESULT hr = read_string(DATA(This), Offset, MaxBytes, 1, &s, &len);

	(void)CodePage;
	if (FAILED(hr))
		return hr;
	w = malloc((size_t)len * 2);
	if (!w) {
		free(s);
		return E_OUTOFMEMORY;
	}
	wlen = (ULONG)utf8_to_utf16(s, len, w);
	if (StringBytes)
		*StringBytes = wlen;
	hr = copy_out(Buffer, BufferSize, w, wlen, 2);
	free(w);
	free(s);
	return hr;
}

static HRESULT STDMETHODCALLTYPE data_ReadUnicodeStringVirtual(IDebugDataSpaces4 *This,
							       ULONG64 Offset, ULONG MaxBytes,
							       ULONG CodePage, PSTR Buffer,
							       ULONG BufferSize,
							       PULONG StringBytes)
{
	unsigned char *w, *s;
	ULONG wlen, len;
	HRESULT hr = read_string(DATA(This), Offset, MaxBytes, 2, &w, &wlen);

	(void)CodePage;
	if (FAILED(hr))
		return hr;
	s = malloc((size_t)wlen / 2 * 3 + 1);
	if (!s) {
		free(w);
		return E_OUTOFMEMORY;
	}
	len = (ULONG)utf16_to_utf8(w, wlen / 2, s);
	if (StringBytes)
		*StringBytes = len;
	hr = copy_out(Buffer, BufferSize, s, len, 1);
	free(s);
	free(w);
	return hr;
}

static HRESULT STDMETHODCALLTYPE data_ReadUnicodeStringVirtualWide(IDebugDataSpaces4 *This,
								   ULONG64 Offset,
								   ULONG MaxBytes, PWSTR Buffer,
								   ULONG BufferSize,
								   PULONG StringBytes)
{
	unsigned char *w;
	ULONG wlen;
	HRESULT hr = read_string(DATA(This), Offset, MaxBytes, 2, &w, &wlen);

	if (FAILED(hr))
		return hr;
	if (StringBytes)
		*StringBytes = wlen;
	hr = copy_out(Buffer, BufferSize, w, wlen, 2);
	free(w);
	return hr;
}

/* DEBUG_OFFSINFO_VIRTUAL_SOURCE: is the byte there, in the target? */
static HRESULT STDMETHODCALLTYPE data_GetOffsetInformation(IDebugDataSpaces4 *This, ULONG Space,
							   ULONG Which, ULONG64 Offset,
							   PVOID Buffer, ULONG BufferSize,
							   PULONG InfoSize)
{
	ULONG source = DEBUG_VSOURCE_INVALID, got = 0;
	unsigned char byte;
	HRESULT hr;

	if (Space != DEBUG_DATA_SPACE_VIRTUAL || Which != DEBUG_OFFSINFO_VIRTUAL_SOURCE)
		return E_INVALIDARG;
	hr = vmw_data_read(DATA(This), Offset, &byte, 1, &got, false);
	if (hr == E_UNEXPECTED)
		return hr;
	if (got)
		source = DEBUG_VSOURCE_DEBUGGEE;
	if (InfoSize)
		*InfoSize = sizeof(source);
	if (BufferSize < sizeof(source))
		return Buffer ? E_INVALIDARG : S_FALSE;
	memcpy(Buffer, &source, sizeof(source));
	return S_OK;
}


/*
 * Every slot, in published order, from the generated E_NOTIMPL stubs;
 * then what is implemented.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
const IDebugDataSpaces4Vtbl vmw_data_vtbl = {
	VMW_STUBS_IDebugDataSpaces4,
	.QueryInterface = data_QueryInterface,
	.AddRef = data_AddRef,
	.Release = data_Release,
	.ReadVirtual = data_ReadVirtual,
	.WriteVirtual = data_WriteVirtual,
	.SearchVirtual = data_SearchVirtual,
	.ReadVirtualUncached = data_ReadVirtualUncached,
	.WriteVirtualUncached = data_WriteVirtualUncached,
	.ReadPointersVirtual = data_ReadPointersVirtual,
	.WritePointersVirtual = data_WritePointersVirtual,
	.FillVirtual = data_FillVirtual,
	.GetOffsetInformation = data_GetOffsetInformation,
	.SearchVirtual2 = data_SearchVirtual2,
	.QueryVirtual = data_QueryVirtual,
	.GetNextDifferentlyValidOffsetVirtual = data_GetNextDifferentlyValidOffsetVirtual,
	.GetValidRegionVirtual = data_GetValidRegionVirtual,
	.ReadMultiByteStringVirtual = data_ReadMultiByteStringVirtual,
	.ReadMultiByteStringVirtualWide = data_ReadMultiByteStringVirtualWide,
	.ReadUnicodeStringVirtual = data_ReadUnicodeStringVirtual,
	.ReadUnicodeStringVirtualWide = data_ReadUnicodeStringVirtualWide,
};
#pragma GCC diagnostic pop
