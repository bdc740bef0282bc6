// SPDX-License-Identifier: GPL-2.0
/*
 * Races: transfers while the target exits, unmaps, remaps, changes its
 * protections, execs (setuid or not), while its pages are split and
 * collapsed (THP) or merged (KSM), while other sessions write the same page,
 * while another thread closes the session, while someone tries to unload
 * the module, and under memory pressure in a memory cgroup.  Each test runs
 * VMWRITE_STRESS_ITERS rounds (default 100; make stress: 10000).
 *
 * The oracle: every call ends with a documented result (bytes moved, or
 * an errno of the uapi), nothing lands in an address space the session
 * was not attached to, what was written is what is there afterwards, and
 * the kernel log stays clean (the runner checks it; in the memory
 * pressure test, an OOM killer report is expected and nothing else).
 */

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/vmwrite.h>

#include "kselftest_harness.h"
#include "vmwrite_selftest.h"

#define HUGE		(2UL << 20)
/* Where the exec'd image maps its canary: unused by anything else. */
#define CANARY_ADDR	0x5c5c5c000000UL

static unsigned long iters(void)
{
	const char *s = getenv("VMWRITE_STRESS_ITERS");

	return s ? strtoul(s, NULL, 0) : 100;
}

/* A cheap per-thread generator, seeded from the iteration. */
static uint64_t mix(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/*
 * Is this how a transfer may end while its target, or its session, changes
 * under it?  Bytes moved, no more than asked; or a documented errno with
 * nothing moved: done 0, or untouched when the call never reached vmwrite
 * (the fd was closed, or is another file now).
 */
static bool racy_result(int err, uint64_t done, uint64_t len)
{
	if (!err)
		return done <= len;
	if (err == -EBADF || err == -ENOTTY)
		return done == POISON;
	return (err == -EFAULT || err == -ESRCH || err == -EINTR ||
		err == -ENOMEM) && !done;
}


struct writer {
	int dev;
	uint64_t addr;
	size_t len;
	char *buf;
	volatile bool stop;
	unsigned long calls, bad;
	int last_bad;
};

/* Writes and reads [addr, addr + len) until told to stop. */
static void *writer_run(void *arg)
{
	struct writer *w = arg;
	uint64_t done;
	int err;

	while (!w->stop) {
		bool write = w->calls & 1;

		err = xfer(w->dev, write, w->addr, w->buf, w->len, &done);
		w->calls++;
		if (!racy_result(err, done, w->len)) {
			w->bad++;
			w->last_bad = err;
		}
	}
	return NULL;
}

/*
 * A writer thread, on a new session on @pid, writing and reading the @len
 * bytes at @addr; writer_stop() ends it.
 */
static void writer_start(struct __test_metadata *_metadata, struct writer *w,
			 pthread_t *thread, pid_t pid, uint64_t addr,
			 size_t len)
{
	*w = (struct writer){ .addr = addr, .len = len };
	w->buf = malloc(len);
	ASSERT_NE(NULL, w->buf);
	memset(w->buf, 'W', len);
	w->dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, w->dev);
	ASSERT_EQ(0, pthread_create(thread, NULL, writer_run, w));
}

static void writer_stop(struct writer *w, pthread_t thread)
{
	w->stop = true;
	pthread_join(thread, NULL);
	free(w->buf);
}

/*
 * The target dies while transfers run: each ends with a count or a
 * documented error, and once it is gone, ESRCH.
 */
TEST(target_exits_mid_transfer)
{
	char *area = map_filled(256 * 1024, 'x');
	unsigned long i, n = iters();
	uint64_t seed = 88172645463325252ULL, done;

	ASSERT_NE(NULL, area);
	for (i = 0; i < n; i++) {
		pid_t pid = spawn_sleeper();
		pthread_t thread;
		struct writer w;

		writer_start(_metadata, &w, &thread, pid, (uintptr_t)area,
			     256 * 1024);
		usleep(mix(&seed) % 2000);
		reap(pid);
		writer_stop(&w, thread);
		EXPECT_EQ(0, w.bad) TH_LOG("round %lu: %s", i, strerror(-w.last_bad));
		EXPECT_EQ(-ESRCH, xfer(w.dev, true, (uintptr_t)area, area, 8, &done));
		close(w.dev);
		if (w.bad)
			break;
	}
}

/*
 * The target unmaps, maps again, moves (mremap) and protects the pages
 * being transferred, in a loop.
 */
TEST(mapping_changes_mid_transfer)
{
	const size_t len = 16 * PAGE;
	char *area = map_filled(2 * len, 'm');
	unsigned long n = iters();
	pthread_t thread;
	struct writer w;
	pid_t pid;

	ASSERT_NE(NULL, area);
	pid = fork();
	if (pid == 0) {
		uint64_t seed = 2463534242ULL;
		char *other = area + len;

		prctl(PR_SET_PDEATHSIG, SIGKILL);
		for (;;) {
			switch (mix(&seed) % 5) {
			case 0:
				munmap(area, len);
				mmap(area, len, PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
				break;
			case 1:
				/* Away and back: the pages move twice. */
				mremap(area, len, len, MREMAP_MAYMOVE | MREMAP_FIXED,
				       other);
				mremap(other, len, len, MREMAP_MAYMOVE | MREMAP_FIXED,
				       area);
				break;
			case 2:
				mprotect(area, len, PROT_NONE);
				mprotect(area, len, PROT_READ | PROT_WRITE);
				break;
			case 3:
				madvise(area, len, MADV_DONTNEED);
				break;
			default:
				mprotect(area + PAGE, PAGE, PROT_READ);
				mprotect(area + PAGE, PAGE, PROT_READ | PROT_WRITE);
				break;
			}
		}
	}
	writer_start(_metadata, &w, &thread, pid, (uintptr_t)area, len);
	while (w.calls < n * 10)
		usleep(1000);
	writer_stop(&w, thread);
	TH_LOG("%lu transfers", w.calls);
	EXPECT_EQ(0, w.bad) TH_LOG("%s", strerror(-w.last_bad));
	close(w.dev);
	reap(pid);
}

/* The exec'd image: its canary page must stay as it made it. */
static int exec_target(void)
{
	char *p = mmap((void *)CANARY_ADDR, PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);

	if (p == MAP_FAILED)
		return 2;
	memset(p, 'C', PAGE);
	usleep(5000);
	return all_bytes(p, PAGE, 'C') ? 0 : 1;
}

/*
 * The target execs while transfers aim at the address where the new image
 * puts its canary: nothing may land there, in the new address space, even
 * when the new image is setuid root and the target was not root.
 */
static void exec_rounds(struct __test_metadata *_metadata, const char *image,
			bool setuid_target)
{
	char *area = map_filled(PAGE, 'o');
	unsigned long i, n = iters();
	int status;

	ASSERT_EQ(0, munmap(area, PAGE));
	ASSERT_NE(MAP_FAILED, mmap((void *)CANARY_ADDR, PAGE,
				   PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	for (i = 0; i < n; i++) {
		pthread_t thread;
		struct writer w;
		int go[2];
		pid_t pid;
		char c;

		ASSERT_EQ(0, pipe(go));
		pid = fork();
		if (pid == 0) {
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			if (setuid_target && (setgid(1000) || setuid(1000)))
				_exit(3);
			/* Dumpable again after setuid, for the parent's open. */
			prctl(PR_SET_DUMPABLE, 1);
			if (read(go[0], &c, 1) != 1)
				_exit(4);
			execl(image, image, "--exec-target", NULL);
			_exit(5);
		}
		close(go[0]);
		writer_start(_metadata, &w, &thread, pid, CANARY_ADDR, PAGE);
		ASSERT_EQ(1, write(go[1], "g", 1));
		ASSERT_EQ(pid, waitpid(pid, &status, 0));
		writer_stop(&w, thread);
		close(go[1]);
		close(w.dev);
		ASSERT_TRUE(WIFEXITED(status));
		EXPECT_EQ(0, WEXITSTATUS(status)) TH_LOG("round %lu: the new image's canary changed", i);
		EXPECT_EQ(0, w.bad) TH_LOG("%s", strerror(-w.last_bad));
		if (WEXITSTATUS(status) || w.bad)
			break;
	}
}

TEST(exec_mid_transfer)
{
	exec_rounds(_metadata, "/proc/self/exe", false);
}

TEST(setuid_exec_mid_transfer)
{
	const char *copy = "/tmp/vmwrite_stress_setuid";
	char cmd[256];

	snprintf(cmd, sizeof(cmd), "cp /proc/%d/exe %s && chmod 4755 %s",
		 getpid(), copy, copy);
	ASSERT_EQ(0, system(cmd));
	exec_rounds(_metadata, copy, true);
	unlink(copy);
}

/* /sys/kernel/mm/... knobs: the old value is kept for the teardown. */
static int knob(const char *path, const char *value, char *old, size_t len)
{
	FILE *f = fopen(path, "re");

	if (!f)
		return -errno;
	if (old && !fgets(old, len, f))
		old[0] = '\0';
	fclose(f);
	return sysfs_write(path, value);
}

/*
 * Huge pages split and collapsed under writes: every 8-byte write lands,
 * and nothing else changes (a shadow copy says what must be there).
 */
TEST(thp_split_and_collapse_under_writes)
{
	const size_t len = 2 * HUGE;
	char *raw = mmap(NULL, len + HUGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long i, n = iters() * 10;
	uint64_t seed = 0x12345678, done;
	char *area, *shadow, *seen;
	int dev, pipefd[2];
	pid_t pid;

	ASSERT_NE(MAP_FAILED, raw);
	area = (char *)(((uintptr_t)raw + HUGE - 1) & ~(HUGE - 1));
	if (madvise(area, len, MADV_HUGEPAGE))
		SKIP(return, "no transparent huge pages");
	memset(area, 0, len);
	shadow = calloc(1, len);
	seen = malloc(len);
	ASSERT_NE(NULL, shadow);
	ASSERT_NE(NULL, seen);
	ASSERT_EQ(0, pipe(pipefd));
	pid = fork();
	if (pid == 0) {
		uint64_t s = 99;

		prctl(PR_SET_PDEATHSIG, SIGKILL);
		close(pipefd[0]);
		for (;;) {
			size_t off = mix(&s) % (len / PAGE) * PAGE;

			switch (mix(&s) % 3) {
			case 0:
				/* A 4K protection change splits the PMD. */
				mprotect(area + off, PAGE, PROT_READ);
				mprotect(area + off, PAGE, PROT_READ | PROT_WRITE);
				break;
			case 1:
				madvise(area, len, 25 /* MADV_COLLAPSE */);
				break;
			default:
				sched_yield();
				break;
			}
		}
	}
	close(pipefd[1]);
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	for (i = 0; i < n; i++) {
		size_t off = mix(&seed) % (len / 8) * 8;
		uint64_t v = mix(&seed);

		ASSERT_EQ(0, xfer(dev, true, (uintptr_t)area + off, &v, 8, &done));
		memcpy(shadow + off, &v, 8);
	}
	ASSERT_EQ(len, procmem_rw(pid, false, (uintptr_t)area, seen, len));
	EXPECT_EQ(0, memcmp(shadow, seen, len));
	close(dev);
	reap(pid);
	free(shadow);
	free(seen);
}

/*
 * KSM merges the target's identical pages while they are written: a write
 * breaks the merge for its page only.
 */
TEST(ksm_merge_under_writes)
{
	const char *run = "/sys/kernel/mm/ksm/run";
	const size_t pages = 64, len = pages * PAGE;
	char *area = map_filled(len, 'k'), *seen, old_run[16] = "0";
	char old_sleep[16] = "20";
	unsigned long i, n = iters() * 5;
	uint64_t seed = 0xfeed, done;
	uint64_t *last;
	int dev;
	pid_t pid;

	ASSERT_NE(NULL, area);
	if (madvise(area, len, MADV_MERGEABLE) ||
	    knob(run, "1", old_run, sizeof(old_run)))
		SKIP(return, "no KSM");
	knob("/sys/kernel/mm/ksm/sleep_millisecs", "0", old_sleep,
	     sizeof(old_sleep));
	last = calloc(pages, sizeof(*last));
	seen = malloc(len);
	ASSERT_NE(NULL, last);
	ASSERT_NE(NULL, seen);
	pid = fork();
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		for (;;) {
			/* Pages written back to what the others hold: mergeable again. */
			usleep(500);
		}
	}
	dev = session_open(pid, O_RDWR, NULL);
	ASSERT_LE(0, dev);
	for (i = 0; i < n; i++) {
		size_t p = mix(&seed) % pages;
		/* Half the time the page's original bytes: KSM merges it again. */
		uint64_t v = mix(&seed) & 1 ? 0x6b6b6b6b6b6b6b6bULL : mix(&seed);

		ASSERT_EQ(0, xfer(dev, true, (uintptr_t)area + p * PAGE, &v, 8,
				  &done));
		last[p] = v;
		if (!(i % 64))
			usleep(200);
	}
	ASSERT_EQ(len, procmem_rw(pid, false, (uintptr_t)area, seen, len));
	for (i = 0; i < pages; i++) {
		uint64_t v;

		memcpy(&v, seen + i * PAGE, 8);
		EXPECT_EQ(last[i] ?: 0x6b6b6b6b6b6b6b6bULL, v) TH_LOG("page %lu", i);
		EXPECT_TRUE(all_bytes(seen + i * PAGE + 8, PAGE - 8, 'k'));
	}
	close(dev);
	reap(pid);
	knob(run, old_run, NULL, 0);
	knob("/sys/kernel/mm/ksm/sleep_millisecs", old_sleep, NULL, 0);
	free(last);
	free(seen);
}

struct slot_writer {
	int dev;
	uint64_t addr;
	unsigned long n;
};

static void *slot_writer_run(void *arg)
{
	struct slot_writer *s = arg;
	uint64_t done;

	for (uint64_t v = 1; v <= s->n; v++)
		if (xfer(s->dev, true, s->addr, &v, 8, &done))
			return (void *)1;
	return NULL;
}

/* Four sessions write their own slot of one page at once: none is lost. */
TEST(concurrent_writers_one_page)
{
	char *area = map_filled(PAGE, 0);
	struct slot_writer s[4];
	pthread_t threads[4];
	unsigned long n = iters() * 20;
	uint64_t seen[4];
	void *ret;
	pid_t pid;
	int i;

	ASSERT_NE(NULL, area);
	pid = spawn_sleeper();
	for (i = 0; i < 4; i++) {
		s[i].dev = session_open(pid, O_RDWR, NULL);
		s[i].addr = (uintptr_t)area + i * 64;
		s[i].n = n;
		ASSERT_LE(0, s[i].dev);
		ASSERT_EQ(0, pthread_create(&threads[i], NULL, slot_writer_run,
					    &s[i]));
	}
	for (i = 0; i < 4; i++) {
		pthread_join(threads[i], &ret);
		EXPECT_EQ(NULL, ret);
		close(s[i].dev);
	}
	for (i = 0; i < 4; i++) {
		ASSERT_EQ(8, procmem_rw(pid, false, (uintptr_t)area + i * 64,
					&seen[i], 8));
		EXPECT_EQ(n, seen[i]);
	}
	reap(pid);
}

/*
 * Another thread closes the session, or puts another file over its
 * number, while transfers run on it.
 */
TEST(session_closed_mid_transfer)
{
	char *area = map_filled(1 << 20, 'c');
	unsigned long i, n = iters();
	uint64_t seed = 0xc105e;
	pid_t pid;

	ASSERT_NE(NULL, area);
	pid = spawn_sleeper();
	for (i = 0; i < n; i++) {
		pthread_t thread;
		struct writer w;
		int null;

		writer_start(_metadata, &w, &thread, pid, (uintptr_t)area,
			     1 << 20);
		usleep(mix(&seed) % 3000);
		if (i & 1) {
			close(w.dev);
		} else {
			null = open("/dev/null", O_RDWR | O_CLOEXEC);
			dup2(null, w.dev);
			close(null);
		}
		usleep(mix(&seed) % 1000);
		writer_stop(&w, thread);
		if (!(i & 1))
			close(w.dev);
		EXPECT_EQ(0, w.bad) TH_LOG("round %lu: %s", i, strerror(-w.last_bad));
		if (w.bad)
			break;
	}
	reap(pid);
}

static void *open_close_run(void *arg)
{
	volatile bool *stop = arg;

	while (!*stop) {
		int dev = kernel_session_open(O_RDWR, NULL);

		if (dev >= 0)
			close(dev);
	}
	return NULL;
}

/*
 * The module cannot be unloaded while a session is open, however many
 * others open and close around the attempt.
 */
TEST(rmmod_with_sessions_open)
{
	unsigned long i, n = iters();
	volatile bool stop = false;
	uint64_t v, done;
	pthread_t thread;
	int dev;

	dev = kernel_session_open(O_RDWR, NULL);
	ASSERT_LE(0, dev);
	ASSERT_EQ(0, pthread_create(&thread, NULL, open_close_run, (void *)&stop));
	for (i = 0; i < n; i++) {
		int err = syscall(SYS_delete_module, "vmwrite", O_NONBLOCK) ?
			  errno : 0;

		ASSERT_TRUE(err == EWOULDBLOCK || err == EBUSY)
			TH_LOG("delete_module: %s", strerror(err));
	}
	stop = true;
	pthread_join(thread, NULL);
	/* Still there, still working. */
	EXPECT_EQ(0, xfer(dev, false, kallsyms("jiffies_64"), &v, 8, &done));
	close(dev);
}

/*
 * Writes that fault in a target's pages in a memory cgroup at its limit:
 * partial counts and clean errors (the OOM killer ends the target), never
 * an oops.  The runner expects an OOM report in the log here, nothing else.
 */
TEST(memory_pressure_in_a_cgroup)
{
	const char *cg = "/sys/fs/cgroup/vmwrite_stress";
	const size_t len = 64 << 20, chunk = 1 << 20;
	unsigned long i, n = iters() / 20 ?: 1;
	char path[128], pid_s[16];
	char *area, *buf;
	int dev;

	mkdir("/sys/fs/cgroup", 0755);
	if (access("/sys/fs/cgroup/cgroup.controllers", F_OK))
		mount("none", "/sys/fs/cgroup", "cgroup2", 0, NULL);
	if (sysfs_write("/sys/fs/cgroup/cgroup.subtree_control", "+memory"))
		SKIP(return, "no memory controller");
	mkdir(cg, 0755);
	snprintf(path, sizeof(path), "%s/memory.max", cg);
	ASSERT_EQ(0, sysfs_write(path, "16M"));
	snprintf(path, sizeof(path), "%s/memory.swap.max", cg);
	sysfs_write(path, "0");
	area = mmap(NULL, len, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	buf = malloc(chunk);
	ASSERT_NE(MAP_FAILED, area);
	ASSERT_NE(NULL, buf);
	memset(buf, 'p', chunk);
	for (i = 0; i < n; i++) {
		uint64_t done, total = 0;
		pid_t pid = spawn_sleeper();
		int err = 0;

		snprintf(path, sizeof(path), "%s/cgroup.procs", cg);
		snprintf(pid_s, sizeof(pid_s), "%d", pid);
		ASSERT_EQ(0, sysfs_write(path, pid_s));
		dev = session_open(pid, O_RDWR, NULL);
		ASSERT_LE(0, dev);
		while (total < len) {
			err = xfer(dev, true, (uintptr_t)area + total, buf, chunk,
				   &done);
			EXPECT_TRUE(done <= chunk);
			if (err)
				break;
			total += done;
		}
		TH_LOG("round %lu: %llu MiB written, then %s", i,
		       (unsigned long long)(total >> 20),
		       err ? strerror(-err) : "the end");
		EXPECT_TRUE(err == -ESRCH || err == -ENOMEM || err == -EFAULT ||
			    err == -EINTR) TH_LOG("%s", strerror(-err));
		close(dev);
		reap(pid);
	}
	rmdir(cg);
	free(buf);
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "--exec-target"))
		return exec_target();
	return test_harness_run(argc, argv);
}
