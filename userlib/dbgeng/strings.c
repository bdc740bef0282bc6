// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * Strings across the interface: dbgeng's buffer convention (sizes in
 * characters, as much as fits, S_FALSE when cut), and UTF-8 <-> UTF-16 for
 * the *Wide methods (WCHAR is UTF-16 on every dbgeng).
 */

#include <stdlib.h>
#include <string.h>

#include "internal.h"

/*
 * Copy @len bytes of a string to the caller's @dst of @size characters of
 * @unit bytes (1 or 2): S_OK if it fits, else as much as fits, terminated,
 * and S_FALSE.  Microsoft counts every BufferSize in characters, the
 * *Wide methods' too.
 */
HRESULT dbgeng__copy_out(void *dst, ULONG size, const void *src, ULONG len, unsigned int unit)
{
	uint64_t bytes = (uint64_t)size * unit;

	/* A NULL buffer still has a size: S_FALSE if the string would not fit, as dbgeng says. */
	if (!dst)
		return len <= bytes ? S_OK : S_FALSE;
	if (len <= bytes) {
		memcpy(dst, src, len);
		return S_OK;
	}
	if (size) {
		ULONG keep = (size - 1) * unit;

		memcpy(dst, src, keep);
		memset((char *)dst + keep, 0, unit);
	}
	return S_FALSE;
}

/* UTF-8 of @n UTF-16 code units at @w, into @out (3 bytes per unit + 1). */
size_t dbgeng__utf16_to_utf8(const unsigned char *w, size_t n, unsigned char *out)
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
size_t dbgeng__utf8_to_utf16(const unsigned char *s, size_t n, unsigned char *out)
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
			uint32_t v = c - 0x10000;
			uint32_t hi = 0xd800 + (v >> 10), lo = 0xdc00 + (v & 0x3ff);

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

HRESULT dbgeng__string_out(const char *s, void *buf, ULONG size, PULONG needed, unsigned int unit)
{
	size_t len = strlen(s) + 1;
	unsigned char *w = NULL;
	HRESULT hr;

	if (unit == 2) {
		w = malloc(len * 2);
		if (!w)
			return E_OUTOFMEMORY;
		len = dbgeng__utf8_to_utf16((const unsigned char *)s, len, w);
	}
	if (len > UINT32_MAX) {
		free(w);
		return E_INVALIDARG;
	}
	if (needed)
		*needed = (ULONG)(len / unit);
	hr = dbgeng__copy_out(buf, size, w ? (void *)w : (void *)s, (ULONG)len, unit);
	free(w);
	return hr;
}

char *dbgeng__utf8_of(PCWSTR w)
{
	size_t n = 0;
	char *s;

	if (!w)
		return NULL;
	while (w[n])
		n++;
	s = malloc(3 * n + 1);
	if (!s)
		return NULL;
	s[dbgeng__utf16_to_utf8((const unsigned char *)w, n, (unsigned char *)s)] = '\0';
	return s;
}
