// SPDX-License-Identifier: GPL-2.0
/*
 * A C++ program as dbgeng client code is written, built with nothing but
 * `pkg-config --cflags --libs libvmwrite-dbgeng` against an installed copy
 * (scripts/tests/install.sh, scripts/tests/packages.sh), then run.
 *
 *   consumer++               attaches to a child of its own, non-invasively,
 *                            and writes and reads its memory with
 *                            IDebugDataSpaces4; needs /dev/vmwrite
 *   consumer++ --no-device   checks that DebugCreate works and the attach
 *                            fails cleanly without the module
 *
 * Prints what it checked; exits 0 if all of it held.
 */
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vmwrite/dbgeng.h>

static volatile unsigned long long value = 0x3333333333333333ULL;

static int fail(const char *what, HRESULT hr)
{
	std::printf("consumer++: %s: HRESULT %#lx\n", what, static_cast<unsigned long>(hr));
	return 1;
}

int main(int argc, char **argv)
{
	bool no_device = argc > 1 && !std::strcmp(argv[1], "--no-device");
	unsigned long long want = 0x4444444444444444ULL, got = 0;
	ULONG64 at = reinterpret_cast<ULONG64>(&value);
	IDebugClient *client = nullptr;
	IDebugControl *control = nullptr;
	IDebugDataSpaces4 *ds = nullptr;
	ULONG done = 0;
	HRESULT hr;
	pid_t pid;

	hr = DebugCreate(__uuidof(IDebugClient), reinterpret_cast<void **>(&client));
	if (hr != S_OK)
		return fail("DebugCreate", hr);
	pid = fork();
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		for (;;)
			pause();
	}
	hr = client->AttachProcess(0, pid, DEBUG_ATTACH_NONINVASIVE);
	if (no_device) {
		kill(pid, SIGKILL);
		waitpid(pid, nullptr, 0);
		client->Release();
		if (SUCCEEDED(hr))
			return fail("AttachProcess without the module succeeded", hr);
		std::printf("consumer++: DebugCreate works; AttachProcess without the module: %#lx\n",
			    static_cast<unsigned long>(hr));
		return 0;
	}
	if (hr != S_OK)
		return fail("AttachProcess", hr);
	hr = client->QueryInterface(__uuidof(IDebugControl), reinterpret_cast<void **>(&control));
	if (hr != S_OK)
		return fail("QueryInterface(IDebugControl)", hr);
	hr = control->WaitForEvent(DEBUG_WAIT_DEFAULT, INFINITE);
	if (hr != S_OK)
		return fail("WaitForEvent", hr);
	hr = client->QueryInterface(__uuidof(IDebugDataSpaces4), reinterpret_cast<void **>(&ds));
	if (hr != S_OK)
		return fail("QueryInterface(IDebugDataSpaces4)", hr);
	hr = ds->WriteVirtual(at, &want, sizeof(want), &done);
	if (hr != S_OK || done != sizeof(want))
		return fail("WriteVirtual", hr);
	/* The child's copy changed, not ours: read it back through the session. */
	hr = ds->ReadVirtualUncached(at, &got, sizeof(got), &done);
	if (hr != S_OK || done != sizeof(got) || got != want || value == want)
		return fail("ReadVirtualUncached", hr);
	std::printf("consumer++: wrote and read back %#llx in process %d through dbgeng\n",
		    got, static_cast<int>(pid));
	ds->Release();
	control->Release();
	client->DetachProcesses();
	client->Release();
	kill(pid, SIGKILL);
	waitpid(pid, nullptr, 0);
	return 0;
}
