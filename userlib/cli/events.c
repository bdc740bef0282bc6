// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * The audit events as `vmwrite monitor` prints them, one line each: text
 * to read, or a JSON object to parse.  A JSON line has only the fields the
 * event carried; addresses are strings ("0x..."), as JSON numbers lose
 * precision past 2^53 in most readers.  The writer's command name is
 * escaped in both forms: whoever runs a process chooses it.
 */

#define _GNU_SOURCE
#include <inttypes.h>
#include <string.h>

#include "cli.h"

/* The name of event @type: "write", or "event-N" for one this tool does not know. */
static const char *event_name(unsigned int type, char *buf, size_t size)
{
	static const char *const names[] = {
		[VMW_NL_EV_ATTACH - VMW_NL_EV_ATTACH]	= "attach",
		[VMW_NL_EV_DETACH - VMW_NL_EV_ATTACH]	= "detach",
		[VMW_NL_EV_WRITE - VMW_NL_EV_ATTACH]	= "write",
		[VMW_NL_EV_READ - VMW_NL_EV_ATTACH]	= "read",
		[VMW_NL_EV_CMPXCHG - VMW_NL_EV_ATTACH]	= "cmpxchg",
		[VMW_NL_EV_REFUSED - VMW_NL_EV_ATTACH]	= "refused",
	};

	if (type == VMW_NL_EV_LOST)
		return "lost";
	if (type >= VMW_NL_EV_ATTACH && type - VMW_NL_EV_ATTACH < sizeof(names) / sizeof(names[0]))
		return names[type - VMW_NL_EV_ATTACH];
	snprintf(buf, size, "event-%u", type);
	return buf;
}

const char *format_access(unsigned int access, char buf[4])
{
	buf[0] = access & VMW_ACCESS_READ ? 'r' : '-';
	buf[1] = access & VMW_ACCESS_WRITE ? 'w' : '-';
	buf[2] = access & VMW_ACCESS_FORCE ? 'f' : '-';
	buf[3] = '\0';
	return buf;
}

const char *format_target(unsigned int kind, uint32_t tgid, char *buf, size_t size)
{
	if (kind == VMW_NL_TARGET_KERNEL)
		snprintf(buf, size, "kernel");
	else if (kind != VMW_NL_TARGET_PROCESS)
		snprintf(buf, size, "target-%u", kind);
	else if (tgid)
		snprintf(buf, size, "process %" PRIu32, tgid);
	else
		snprintf(buf, size, "process ?");
	return buf;
}

static const char *count_word(uint64_t n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

/* ---- text ---------------------------------------------------------------- */

static void text_lost(FILE *f, const struct vmw_nl_event *ev)
{
	if (ev->has & VMW_NL_EV_HAS_SEQ)
		fprintf(f, "lost %" PRIu64 " %s (seq %" PRIu64 "..%" PRIu64 ")\n", ev->lost,
			count_word(ev->lost, "event", "events"), ev->seq, ev->seq + ev->lost - 1);
	else if (ev->lost)
		fprintf(f, "lost %" PRIu64 " more %s\n", ev->lost,
			count_word(ev->lost, "event", "events"));
	else
		fprintf(f, "lost events: the receive queue overflowed\n");
}

/* A transfer: " at 0xADDR: DONE of LEN bytes", " (text)" for kernel text. */
static void text_transfer(FILE *f, const struct vmw_nl_event *ev)
{
	if (ev->has & VMW_NL_EV_HAS_ADDR)
		fprintf(f, " at 0x%" PRIx64, ev->addr);
	if ((ev->has & VMW_NL_EV_HAS_FLAGS) && (ev->flags & VMW_NL_RW_TEXT))
		fputs(" (text)", f);
	if (ev->has & VMW_NL_EV_HAS_DONE)
		fprintf(f, ": %" PRIu64 " of %" PRIu64 " %s", ev->done, ev->len,
			byte_word(ev->len));
	else if (ev->has & VMW_NL_EV_HAS_LEN)
		fprintf(f, ": %" PRIu64 " %s", ev->len, byte_word(ev->len));
}

static void text_counters(FILE *f, const struct vmw_nl_counters *c)
{
	fprintf(f, ": %" PRIu64 " %s (%" PRIu64 " %s), %" PRIu64 " %s (%" PRIu64 " %s), %" PRIu64
		" %s, %" PRIu64 " %s", c->writes, count_word(c->writes, "write", "writes"),
		c->bytes_written, byte_word(c->bytes_written), c->reads,
		count_word(c->reads, "read", "reads"), c->bytes_read, byte_word(c->bytes_read),
		c->refusals, count_word(c->refusals, "refusal", "refusals"), c->faults,
		count_word(c->faults, "fault", "faults"));
}

static void print_text(FILE *f, const struct vmw_nl_event *ev)
{
	unsigned int what = ev->type == VMW_NL_EV_REFUSED ? ev->op : ev->type;
	char name[24], target[32], access[4];

	if (ev->type == VMW_NL_EV_LOST) {
		text_lost(f, ev);
		return;
	}
	if (ev->has & VMW_NL_EV_HAS_SEQ)
		fprintf(f, "%" PRIu64 " ", ev->seq);
	fputs(event_name(ev->type, name, sizeof(name)), f);
	if (ev->type == VMW_NL_EV_REFUSED)
		fprintf(f, " %s", event_name(ev->op, name, sizeof(name)));
	if (ev->has & VMW_NL_EV_HAS_SESSION)
		fprintf(f, " session %" PRIu64, ev->session);
	/* A process session's later events say nothing its attach did not. */
	if ((ev->has & VMW_NL_EV_HAS_TARGET_KIND) &&
	    (what == VMW_NL_EV_ATTACH || ev->target_kind != VMW_NL_TARGET_PROCESS ||
	     (ev->has & VMW_NL_EV_HAS_TARGET_TGID)))
		fprintf(f, " %s", format_target(ev->target_kind, ev->target_tgid, target,
						 sizeof(target)));
	if (ev->has & VMW_NL_EV_HAS_ACCESS)
		fprintf(f, " %s", format_access(ev->access, access));
	if (what != VMW_NL_EV_ATTACH && what != VMW_NL_EV_DETACH)
		text_transfer(f, ev);
	if (ev->has & VMW_NL_EV_HAS_COUNTERS)
		text_counters(f, &ev->counters);
	if ((ev->has & VMW_NL_EV_HAS_ERROR) && ev->error)
		fprintf(f, " (%s)", strerror(ev->error));
	if (ev->has & VMW_NL_EV_HAS_WRITER) {
		fprintf(f, " by pid %" PRIu32, ev->writer.tgid);
		if (ev->writer.pid != ev->writer.tgid)
			fprintf(f, " tid %" PRIu32, ev->writer.pid);
		fprintf(f, " uid %" PRIu32 " ", ev->writer.uid);
		print_quoted(f, ev->writer.comm);
	}
	fputc('\n', f);
}

/* ---- JSON ---------------------------------------------------------------- */

static void json_u64(FILE *f, const char *key, uint64_t v)
{
	fprintf(f, ",\"%s\":%" PRIu64, key, v);
}

static void json_counters(FILE *f, const struct vmw_nl_counters *c)
{
	fprintf(f, ",\"counters\":{\"attaches\":%" PRIu64 ",\"writes\":%" PRIu64
		",\"reads\":%" PRIu64 ",\"bytes_written\":%" PRIu64 ",\"bytes_read\":%" PRIu64
		",\"refusals\":%" PRIu64 ",\"faults\":%" PRIu64 "}", c->attaches, c->writes,
		c->reads, c->bytes_written, c->bytes_read, c->refusals, c->faults);
}

static void print_json(FILE *f, const struct vmw_nl_event *ev)
{
	char name[24];
	const char *errname;

	fprintf(f, "{\"event\":\"%s\"", event_name(ev->type, name, sizeof(name)));
	if (ev->type == VMW_NL_EV_LOST) {
		if (ev->lost)
			json_u64(f, "count", ev->lost);
		if (ev->has & VMW_NL_EV_HAS_SEQ) {
			json_u64(f, "first_seq", ev->seq);
			json_u64(f, "last_seq", ev->seq + ev->lost - 1);
		} else if (!ev->lost) {
			fputs(",\"reason\":\"overflow\"", f);
		}
		fputs("}\n", f);
		return;
	}
	if (ev->has & VMW_NL_EV_HAS_SEQ)
		json_u64(f, "seq", ev->seq);
	if (ev->has & VMW_NL_EV_HAS_OP)
		fprintf(f, ",\"op\":\"%s\"", event_name(ev->op, name, sizeof(name)));
	if (ev->has & VMW_NL_EV_HAS_SESSION)
		json_u64(f, "session", ev->session);
	if (ev->has & VMW_NL_EV_HAS_WRITER) {
		json_u64(f, "pid", ev->writer.tgid);
		json_u64(f, "tid", ev->writer.pid);
		json_u64(f, "uid", ev->writer.uid);
		fputs(",\"comm\":", f);
		print_json_string(f, ev->writer.comm);
	}
	if (ev->has & VMW_NL_EV_HAS_TARGET_KIND)
		fprintf(f, ",\"target\":\"%s\"",
			ev->target_kind == VMW_NL_TARGET_KERNEL ? "kernel" :
			ev->target_kind == VMW_NL_TARGET_PROCESS ? "process" : "unknown");
	if (ev->has & VMW_NL_EV_HAS_TARGET_TGID)
		json_u64(f, "target_pid", ev->target_tgid);
	if (ev->has & VMW_NL_EV_HAS_ACCESS)
		fprintf(f, ",\"access\":{\"read\":%s,\"write\":%s,\"force\":%s}",
			ev->access & VMW_ACCESS_READ ? "true" : "false",
			ev->access & VMW_ACCESS_WRITE ? "true" : "false",
			ev->access & VMW_ACCESS_FORCE ? "true" : "false");
	if (ev->has & VMW_NL_EV_HAS_ADDR)
		fprintf(f, ",\"addr\":\"0x%" PRIx64 "\"", ev->addr);
	if (ev->has & VMW_NL_EV_HAS_LEN)
		json_u64(f, "len", ev->len);
	if (ev->has & VMW_NL_EV_HAS_DONE)
		json_u64(f, "done", ev->done);
	if (ev->has & VMW_NL_EV_HAS_FLAGS)
		fprintf(f, ",\"flags\":%u,\"text\":%s", ev->flags,
			ev->flags & VMW_NL_RW_TEXT ? "true" : "false");
	if (ev->has & VMW_NL_EV_HAS_ERROR) {
		json_u64(f, "errno", (unsigned int)ev->error);
		errname = ev->error ? strerrorname_np(ev->error) : NULL;
		if (errname)
			fprintf(f, ",\"error\":\"%s\"", errname);
	}
	if (ev->has & VMW_NL_EV_HAS_COUNTERS)
		json_counters(f, &ev->counters);
	fputs("}\n", f);
}

void print_event(FILE *f, const struct vmw_nl_event *ev, bool json)
{
	if (json)
		print_json(f, ev);
	else
		print_text(f, ev);
}
