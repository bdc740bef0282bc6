/* SPDX-License-Identifier: (LGPL-2.1 OR MIT) */
/*
 * A user-space model of the vmwrite module, for host tests.
 *
 * Linked into a test with libvmwrite.a, it plugs itself in at start-up
 * (vmw__set_backend(), lib/backend.h): the library then opens the model's
 * device path instead of /dev/vmwrite and sends its ioctls to
 * vmw_model_ioctl(); the library's code is the shipped one.  The model moves
 * bytes with pread/pwrite on the /proc/PID/mem file given at attach, which
 * is what the module does to the address space that file pins, and checks
 * that the library keeps the uapi contract.  Its "kernel" is the calling
 * process itself, through /proc/self/mem.
 */

#ifndef VMW_TESTS_MODEL_H
#define VMW_TESTS_MODEL_H

#include <stdbool.h>
#include <stdint.h>

struct vmw_model {
	/* What VMWRITE_IOC_API reports. */
	uint32_t api_version;
	uint64_t features;
	uint64_t ioctls;
	uint64_t max_rw;
	/* Rights an attach grants: those of the mem fd, FORCE if @force, & @access_mask. */
	bool force;
	unsigned int access_mask;
	int attach_errno;	/* nonzero: VMWRITE_IOC_ATTACH fails so */
	unsigned int fail_call;	/* nonzero: this transfer ioctl (1-based) fails ... */
	int fail_errno;		/* ... with this errno */
	uint32_t fail_seg;	/* ... a batch after trying this many segments */
	bool bogus_done;	/* transfers report one byte more than they moved */
	bool bogus_old;		/* CMPXCHG reports a stored value it did not find */
	bool bogus_totals;	/* batches report one failed segment more than they had */

	/* What the model saw. */
	unsigned int rw_calls;		/* transfer ioctls: WRITE, READ, CMPXCHG, WRITEV, READV */
	uint32_t rw_flags;		/* the flags of the last WRITE or READ, or segment */
	uint64_t rw_len_max;
	unsigned int rwv_calls;		/* WRITEV and READV */
	uint32_t rwv_segs_max;		/* the most segments one of them had */
	uint32_t rwv_seg_size;		/* the record size of the last one ... */
	uint64_t rwv_segs;		/* ... and its array */
	unsigned int violations;	/* breaches of the uapi contract by the library */
	char violation[160];		/* the last one */
};

extern struct vmw_model vmw_model;

/*
 * Back to a well-behaved version 1 module, with /dev/null as the device;
 * ends all sessions.  The violations seen so far are kept.
 */
void vmw_model_reset(void);
/* Close the model's copies of the attached mem fds. */
void vmw_model_end_sessions(void);

/* The path the library opens as its device (until the next reset). */
void vmw_model_set_device(const char *path);

/*
 * Have the library convert the segments of batches, as where struct
 * vmw_seg is not struct vmwrite_seg (until the next reset).
 */
void vmw_model_copy_segs(bool on);

int vmw_model_ioctl(int fd, unsigned long cmd, void *arg);

#endif /* VMW_TESTS_MODEL_H */
