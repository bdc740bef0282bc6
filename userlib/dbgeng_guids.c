// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The interface identifiers vmwrite/dbgeng.h declares, one definition each;
 * the values come from the header's VMW_IID_*_INIT initialisers, which the
 * C++ __uuidof() uses too.
 */

#include <vmwrite/dbgeng.h>
VMW_API const IID IID_IUnknown = VMW_IID_IUnknown_INIT;
VMW_API const IID IID_IDebugClient = VMW_IID_IDebugClient_INIT;
VMW_API const IID IID_IDebugClient2 = VMW_IID_IDebugClient2_INIT;
VMW_API const IID IID_IDebugClient3 = VMW_IID_IDebugClient3_INIT;
VMW_API const IID IID_IDebugClient4 = VMW_IID_IDebugClient4_INIT;
VMW_API const IID IID_IDebugClient5 = VMW_IID_IDebugClient5_INIT;
VMW_API const IID IID_IDebugControl = VMW_IID_IDebugControl_INIT;
VMW_API const IID IID_IDebugDataSpaces = VMW_IID_IDebugDataSpaces_INIT;
VMW_API const IID IID_IDebugDataSpaces2 = VMW_IID_IDebugDataSpaces2_INIT;
VMW_API const IID IID_IDebugDataSpaces3 = VMW_IID_IDebugDataSpaces3_INIT;
VMW_API const IID IID_IDebugDataSpaces4 = VMW_IID_IDebugDataSpaces4_INIT;
VMW_API const IID IID_IDebugBreakpoint = VMW_IID_IDebugBreakpoint_INIT;
VMW_API const IID IID_IDebugInputCallbacks = VMW_IID_IDebugInputCallbacks_INIT;
VMW_API const IID IID_IDebugOutputCallbacks = VMW_IID_IDebugOutputCallbacks_INIT;
VMW_API const IID IID_IDebugOutputCallbacksWide = VMW_IID_IDebugOutputCallbacksWide_INIT;
VMW_API const IID IID_IDebugEventCallbacks = VMW_IID_IDebugEventCallbacks_INIT;
VMW_API const IID IID_IDebugEventCallbacksWide = VMW_IID_IDebugEventCallbacksWide_INIT;
