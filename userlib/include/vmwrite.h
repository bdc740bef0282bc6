/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/* The library's header is <vmwrite/vmwrite.h>; this name stays for existing users. */
#include <vmwrite/vmwrite.h>
