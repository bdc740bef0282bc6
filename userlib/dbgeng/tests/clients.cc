// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * C++ client code as kdlib and Qt Creator's CDB extension write it,
 * against <vmwrite/dbgeng.h> alone: callback classes declared with
 * STDMETHOD and THIS_, reference counts with InterlockedIncrement,
 * unsigned long long addresses passed where PULONG64 is asked for,
 * IDebugControl5 and DEBUG_STACK_FRAME_EX, DebugBaseEventCallbacksWide.
 * It needs no target.
 */

#include <cstdio>
#include <cstring>

#include <vmwrite/dbgeng.h>

static int tests, failed;

static void ok(bool cond, const char *what)
{
	std::printf("%sok %d - %s\n", cond ? "" : "not ", ++tests, what);
	failed += !cond;
}

/* Qt Creator's OutputCallback, in its own words. */
class OutputCallback : public IDebugOutputCallbacksWide {
public:
	STDMETHOD(QueryInterface)(THIS_ IN REFIID InterfaceId, OUT PVOID *Interface)
	{
		if (IsEqualIID(InterfaceId, __uuidof(IUnknown)) ||
		    IsEqualIID(InterfaceId, __uuidof(IDebugOutputCallbacksWide))) {
			*Interface = static_cast<IDebugOutputCallbacksWide *>(this);
			AddRef();
			return S_OK;
		}
		*Interface = nullptr;
		return E_NOINTERFACE;
	}
	STDMETHOD_(ULONG, AddRef)(THIS)
	{
		return static_cast<ULONG>(InterlockedIncrement(&refs));
	}
	STDMETHOD_(ULONG, Release)(THIS)
	{
		return static_cast<ULONG>(InterlockedDecrement(&refs));
	}
	STDMETHOD(Output)(THIS_ IN ULONG Mask, IN PCWSTR Text)
	{
		(void)Mask;
		std::memcpy(last, Text, sizeof(last) - sizeof(WCHAR));
		return S_OK;
	}
	LONG refs = 1;
	WCHAR last[8] = {};
};

/* kdlib's event callbacks: the SDK's helper class, Wide. */
class EventCallbacks : public DebugBaseEventCallbacksWide {
public:
	STDMETHOD_(ULONG, AddRef)(THIS) { return 1; }
	STDMETHOD_(ULONG, Release)(THIS) { return 0; }
	STDMETHOD(GetInterestMask)(THIS_ _Out_ PULONG Mask)
	{
		*Mask = DEBUG_EVENT_SESSION_STATUS;
		return S_OK;
	}
};

int main()
{
	IDebugClient4 *client = nullptr;
	IDebugControl5 *control = nullptr;
	IDebugSymbols3 *symbols = nullptr;
	OutputCallback out;
	EventCallbacks events;
	DEBUG_STACK_FRAME_EX frames[4];
	unsigned long long base = 0;	/* kdlib's MEMOFFSET_64 */
	ULONG filled = 0;

	ok(DebugCreate(__uuidof(IDebugClient4), reinterpret_cast<void **>(&client)) == S_OK &&
	   client->QueryInterface(__uuidof(IDebugControl5),
				  reinterpret_cast<void **>(&control)) == S_OK &&
	   client->QueryInterface(__uuidof(IDebugSymbols3),
				  reinterpret_cast<void **>(&symbols)) == S_OK,
	   "kdlib's initialisation: IDebugClient4, IDebugControl5, IDebugSymbols3");
	if (!client || !control || !symbols)
		return 1;
	ok(symbols->GetModuleByIndex(0, &base) == E_UNEXPECTED &&
	   control->GetStackTraceEx(0, 0, 0, frames, 4, &filled) == E_NOTIMPL,
	   "unsigned long long where PULONG64 is asked for; IDebugControl5 in its slots");

	IDebugClient5 *client5 = nullptr;
	ok(client->QueryInterface(__uuidof(IDebugClient5),
				  reinterpret_cast<void **>(&client5)) == S_OK &&
	   client5->SetOutputCallbacksWide(&out) == S_OK && out.refs == 2 &&
	   control->Output(DEBUG_OUTPUT_NORMAL, "qt%d", 5) == S_OK &&
	   !std::memcmp(out.last, u"qt5", 8) &&
	   client5->SetEventCallbacksWide(&events) == S_OK &&
	   client5->SetOutputCallbacksWide(nullptr) == S_OK && out.refs == 1,
	   "Qt Creator's output callbacks (Wide) and kdlib's DebugBaseEventCallbacksWide");
	client5->SetEventCallbacksWide(nullptr);
	client5->Release();
	symbols->Release();
	control->Release();
	client->Release();
	std::printf("1..%d\n", tests);
	return failed != 0;
}
