// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugDataSpaces..4: the virtual memory of the attached process or
 * kernel, through the engine (reads, writes, its cache) and the vmw_* core
 * (regions).
 *
 * Every call counts itself in the engine's users while it has the target
 * (dbgeng__engine_begin), so that a detach never closes the target under it.
 * Methods outside virtual memory (physical memory, I/O, MSRs, buses,
 * control space, handles, tags) return E_NOTIMPL, as do those that need
 * what Linux does not keep (image headers).
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "stubs.h"

/* The client object of an interface pointer, and the engine behind it. */
#define OBJ(p)		dbgeng_container_of(p, struct dbgeng_client, data)
#define DATA(p)	(OBJ(p)->engine)

/* ---- IUnknown ---------------------------------------------------------- */

static HRESULT STDMETHODCALLTYPE data_QueryInterface(IDebugDataSpaces4 *This, REFIID iid,
						     PVOID *out)
{
	return dbgeng__client_query(OBJ(This), iid, out);
}

static ULONG STDMETHODCALLTYPE data_AddRef(IDebugDataSpaces4 *This)
{
	return dbgeng__client_addref(OBJ(This));
}

static ULONG STDMETHODCALLTYPE data_Release(IDebugDataSpaces4 *This)
{
	return dbgeng__client_release(OBJ(This));
}

/* ---- virtual memory ----------------------------------------------------- */

static HRESULT STDMETHODCALLTYPE data_ReadVirtual(IDebugDataSpaces4 *This, ULONG64 Offset,
						  PVOID Buffer, ULONG BufferSize, PULONG BytesRead)
{
	return dbgeng__engine_read(DATA(This), Offset, Buffer, BufferSize, BytesRead, true);
}

static HRESULT STDMETHODCALLTYPE data_WriteVirtual(IDebugDataSpaces4 *This, ULONG64 Offset,
						   PVOID Buffer, ULONG BufferSize,
						   PULONG BytesWritten)
{
	return dbgeng__engine_write(DATA(This), Offset, Buffer, BufferSize, BytesWritten, true);
}

static HRESULT STDMETHODCALLTYPE data_ReadVirtualUncached(IDebugDataSpaces4 *This,
							  ULONG64 Offset, PVOID Buffer,
							  ULONG BufferSize, PULONG BytesRead)
{
	return dbgeng__engine_read(DATA(This), Offset, Buffer, BufferSize, BytesRead, false);
}

static HRESULT STDMETHODCALLTYPE data_WriteVirtualUncached(IDebugDataSpaces4 *This,
							   ULONG64 Offset, PVOID Buffer,
							   ULONG BufferSize,
							   PULONG BytesWritten)
{
	return dbgeng__engine_write(DATA(This), Offset, Buffer, BufferSize, BytesWritten, false);
}

/* x86-64 targets only: pointers are 8 bytes. */
static HRESULT STDMETHODCALLTYPE data_ReadPointersVirtual(IDebugDataSpaces4 *This, ULONG Count,
							  ULONG64 Offset, PULONG64 Ptrs)
{
	ULONG done;
	HRESULT hr;

	if (!Ptrs || Count > UINT32_MAX / 8)
		return E_INVALIDARG;
	hr = dbgeng__engine_read(DATA(This), Offset, Ptrs, Count * 8, &done, true);
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
	hr = dbgeng__engine_write(DATA(This), Offset, Ptrs, Count * 8, &done, true);
	if (SUCCEEDED(hr) && done < Count * 8)
		hr = HRESULT_FROM_WIN32(ERROR_WRITE_FAULT);
	return hr;
}

static HRESULT STDMETHODCALLTYPE data_FillVirtual(IDebugDataSpaces4 *This, ULONG64 Start,
						  ULONG Size, PVOID Pattern, ULONG PatternSize,
						  PULONG Filled)
{
	struct dbgeng_engine *e = DATA(This);
	struct vmw_target *t;
	uint64_t done = 0;
	int err;

	if (Filled)
		*Filled = 0;
	if (!Pattern || !PatternSize)
		return E_INVALIDARG;
	t = dbgeng__engine_begin(e);
	if (!t)
		return E_UNEXPECTED;
	err = vmw_fill(t, Start, Size, Pattern, PatternSize, &done);
	/* Straight to the target: the cache forgets what it held there. */
	dbgeng__engine_forget(e, Start, done);
	dbgeng__engine_end(e);
	if (Filled)
		*Filled = (ULONG)done;
	return done || !Size ? S_OK : dbgeng__hresult(err, true);
}

/* ---- regions --------------------------------------------------------- */

/* Bytes from @addr to the end of @r, the end at 2^64 included. */
static uint64_t region_left(const struct vmw_region *r, uint64_t addr)
{
	return r->end ? r->end - addr : -addr;
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

/* The region of the target around @addr. */
static HRESULT region_at(struct dbgeng_engine *e, uint64_t addr, struct vmw_region *r)
{
	struct vmw_target *t = dbgeng__engine_begin(e);
	int err;

	if (!t)
		return E_UNEXPECTED;
	err = vmw_region(t, addr, r);
	dbgeng__engine_end(e);
	return dbgeng__hresult(err, false);
}

/*
 * Where QueryVirtual stops answering, so that the VirtualQueryEx loop of
 * every client (query, go on at base + size, stop at the first failure)
 * ends: above the highest user address of a process, as dbgeng does -- 47
 * bits, or 56 if the process mapped anything above that (5-level paging)
 * -- and for the kernel at the last page, so that base + size never wraps
 * to 0.
 */
#define USER_TOP_4LEVEL		0x00007ffffffff000ULL
#define USER_TOP_5LEVEL		0x00fffffffffff000ULL
#define KERNEL_TOP		(0ULL - DBGENG_PAGE)

static uint64_t query_top(struct vmw_target *t, uint64_t addr, const struct vmw_region *at)
{
	struct vmw_region r;

	if (!vmw_pid(t))
		return KERNEL_TOP;
	/* Below the 47-bit top, in a region ending there: it cannot matter. */
	if (addr < USER_TOP_4LEVEL && at->end && at->end <= USER_TOP_4LEVEL)
		return USER_TOP_4LEVEL;
	/* Nothing between the two tops; the vsyscall page is above both. */
	if (!vmw_region(t, USER_TOP_4LEVEL, &r) && r.kind == VMW_REGION_FREE &&
	    (!r.end || r.end >= USER_TOP_5LEVEL))
		return USER_TOP_4LEVEL;
	return USER_TOP_5LEVEL;
}

static HRESULT STDMETHODCALLTYPE data_QueryVirtual(IDebugDataSpaces4 *This, ULONG64 Offset,
						   PMEMORY_BASIC_INFORMATION64 Info)
{
	uint64_t base = Offset & ~(uint64_t)(DBGENG_PAGE - 1), top = 0;
	struct dbgeng_engine *e = DATA(This);
	struct vmw_target *t;
	struct vmw_region r;
	int err;

	if (!Info)
		return E_INVALIDARG;
	t = dbgeng__engine_begin(e);
	if (!t)
		return E_UNEXPECTED;
	err = vmw_region(t, Offset, &r);
	if (!err)
		top = query_top(t, Offset, &r);
	dbgeng__engine_end(e);
	if (err)
		return dbgeng__hresult(err, false);
	if (Offset >= top)
		return HRESULT_FROM_WIN32(ERROR_INVALID_PARAMETER);
	memset(Info, 0, sizeof(*Info));
	Info->BaseAddress = base;
	Info->RegionSize = region_left(&r, base);
	if (Info->RegionSize > top - base || !Info->RegionSize)
		Info->RegionSize = top - base;
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
	struct vmw_region r;
	HRESULT hr;

	if (!NextOffset)
		return E_INVALIDARG;
	hr = region_at(DATA(This), Offset, &r);
	if (FAILED(hr))
		return hr;
	/* The last region runs to the top: nothing differs after it. */
	if (!r.end)
		return HRESULT_FROM_NT(STATUS_NO_MORE_ENTRIES);
	*NextOffset = r.end;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE data_GetValidRegionVirtual(IDebugDataSpaces4 *This,
							    ULONG64 Base, ULONG Size,
							    PULONG64 ValidBase,
							    PULONG ValidSize)
{
	struct dbgeng_engine *e = DATA(This);
	uint64_t start = 0, span;
	struct vmw_target *t;
	int err;

	if (!ValidBase || !ValidSize)
		return E_INVALIDARG;
	*ValidBase = 0;
	*ValidSize = 0;
	if (Base + Size < Base)
		return E_INVALIDARG;
	t = dbgeng__engine_begin(e);
	if (!t)
		return E_UNEXPECTED;
	err = vmw_find_memory(t, Base, Size, 0, &start, &span);
	dbgeng__engine_end(e);
	if (err)
		return dbgeng__hresult(err, false);
	if (!span)
		return HRESULT_FROM_NT(STATUS_NO_MORE_ENTRIES);
	*ValidBase = start;
	*ValidSize = (ULONG)span;
	return S_OK;
}

/*
 * SearchVirtual: region by region (vmw_search()), reading each readable
 * byte about once and skipping holes without touching them.  Unreadable
 * ranges never match, as in dbgeng; a page that refuses the read is
 * skipped, not its whole region.
 */
static HRESULT search(struct dbgeng_engine *e, ULONG64 Offset, ULONG64 Length, ULONG Flags,
		      PVOID Pattern, ULONG PatternSize, ULONG PatternGranularity,
		      PULONG64 MatchOffset)
{
	struct vmw_search_opts opts = {
		.sz = sizeof(opts),
		.flags = VMW_SEARCH_SKIP_PAGE,
		.granularity = PatternGranularity,
	};
	struct vmw_target *t;
	uint64_t at;
	int ret;

	if (!Pattern || !PatternSize || !PatternGranularity || !MatchOffset)
		return E_INVALIDARG;
	if (Flags & ~DEBUG_VSEARCH_WRITABLE_ONLY)
		return E_INVALIDARG;
	if (Flags & DEBUG_VSEARCH_WRITABLE_ONLY)
		opts.flags |= VMW_SEARCH_WRITABLE;
	t = dbgeng__engine_begin(e);
	if (!t)
		return E_UNEXPECTED;
	ret = vmw_search(t, Offset, Length, Pattern, PatternSize, &opts, &at);
	dbgeng__engine_end(e);
	if (ret < 0)
		return dbgeng__hresult(ret, false);
	if (!ret)
		return HRESULT_FROM_NT(STATUS_NO_MORE_ENTRIES);
	*MatchOffset = at;
	return S_OK;
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
static HRESULT read_string(struct dbgeng_engine *e, ULONG64 addr, ULONG max, unsigned int unit,
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
	hr = dbgeng__engine_read(e, addr, s, max, &got, true);
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
	/*
	 * No terminator where we could read: memory ended first, or MaxBytes
	 * did (E_INVALIDARG, as Microsoft documents it).
	 */
	return got < max ? HRESULT_FROM_WIN32(ERROR_READ_FAULT) : E_INVALIDARG;
}

/*
 * What the Read*StringVirtual* methods share: the string of @from-byte
 * characters at @addr, converted to @to-byte ones (UTF-8 <-> UTF-16) if
 * they differ, and as much of it as fits copied to @buf of @size
 * characters.  *@bytes is its size in the target, in bytes with the
 * terminator, as Microsoft documents StringBytes: not the converted size.
 */
static HRESULT read_string_as(struct dbgeng_engine *e, ULONG64 addr, ULONG max,
			      unsigned int from, unsigned int to, void *buf, ULONG size,
			      PULONG bytes)
{
	unsigned char *s, *c = NULL;
	ULONG len;
	HRESULT hr = read_string(e, addr, max, from, &s, &len);

	if (FAILED(hr))
		return hr;
	if (bytes)
		*bytes = len;
	if (from != to) {
		c = malloc(from == 1 ? (size_t)len * 2 : (size_t)len / 2 * 3 + 1);
		if (!c) {
			free(s);
			return E_OUTOFMEMORY;
		}
		len = (ULONG)(from == 1 ? dbgeng__utf8_to_utf16(s, len, c) :
					  dbgeng__utf16_to_utf8(s, len / 2, c));
	}
	hr = dbgeng__copy_out(buf, size, c ? c : s, len, to);
	free(c);
	free(s);
	return hr;
}

static HRESULT STDMETHODCALLTYPE data_ReadMultiByteStringVirtual(IDebugDataSpaces4 *This,
								 ULONG64 Offset, ULONG MaxBytes,
								 PSTR Buffer, ULONG BufferSize,
								 PULONG StringBytes)
{
	return read_string_as(DATA(This), Offset, MaxBytes, 1, 1, Buffer, BufferSize,
			      StringBytes);
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
	(void)CodePage;
	return read_string_as(DATA(This), Offset, MaxBytes, 1, 2, Buffer, BufferSize,
			      StringBytes);
}

static HRESULT STDMETHODCALLTYPE data_ReadUnicodeStringVirtual(IDebugDataSpaces4 *This,
							       ULONG64 Offset, ULONG MaxBytes,
							       ULONG CodePage, PSTR Buffer,
							       ULONG BufferSize,
							       PULONG StringBytes)
{
	(void)CodePage;
	return read_string_as(DATA(This), Offset, MaxBytes, 2, 1, Buffer, BufferSize,
			      StringBytes);
}

static HRESULT STDMETHODCALLTYPE data_ReadUnicodeStringVirtualWide(IDebugDataSpaces4 *This,
								   ULONG64 Offset,
								   ULONG MaxBytes, PWSTR Buffer,
								   ULONG BufferSize,
								   PULONG StringBytes)
{
	return read_string_as(DATA(This), Offset, MaxBytes, 2, 2, Buffer, BufferSize,
			      StringBytes);
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
	hr = dbgeng__engine_read(DATA(This), Offset, &byte, 1, &got, false);
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
const IDebugDataSpaces4Vtbl dbgeng__dataspaces_vtbl = {
	DBGENG_STUBS_IDebugDataSpaces4,
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
