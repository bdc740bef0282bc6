# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=sh
#
# The one result protocol of vmwrite's tests, sourced by every aggregator:
# the host's make check (scripts/check-lib.sh), userlib's make check
# (userlib/tests/check.sh) and the guest (selftests/guest-runner.sh, where
# only busybox sh runs): POSIX sh, and its variables all start with tap_
# or _tap_ so as not to clobber a caller's.
#
# Every test program prints TAP ("ok N desc", "not ok N desc", "ok N desc
# # SKIP why"); an aggregator counts those lines into its own numbered TAP,
#   ok N - NAME: desc
#   not ok N - NAME: desc
#   ok N - NAME: desc # SKIP why
# with what else its programs printed as "# " diagnostics (kselftest's
# nesting), so that only an aggregator's own lines are results, and ends
# with the plan and one summary line,
#   1..N
#   LABEL: P passed, F failed, S skipped
# (a skipped test counts as skipped, not as passed).

tap_n=0 tap_pass=0 tap_fail=0 tap_skip=0

# tap_ok DESC, tap_not_ok DESC, tap_skip DESC [WHY]: one result.
tap_ok()
{
	tap_n=$((tap_n + 1)) tap_pass=$((tap_pass + 1))
	echo "ok $tap_n - $*"
}

tap_not_ok()
{
	tap_n=$((tap_n + 1)) tap_fail=$((tap_fail + 1))
	echo "not ok $tap_n - $*"
}

tap_skip()
{
	tap_n=$((tap_n + 1)) tap_skip=$((tap_skip + 1))
	echo "ok $tap_n - $1 # SKIP${2:+ $2}"
}

# tap_count NAME FILE: counts the TAP result lines of FILE as results of
# its own, each "NAME: desc", the directive (# SKIP, # TODO) kept.  Other
# lines are shown as diagnostics when TAP_VERBOSE is set.  Sets tap_saw
# to the number of results and tap_saw_fail to that of failures.
tap_count()
{
	_tap_name=$1 _tap_file=$2

	tap_saw=0 tap_saw_fail=0
	while IFS= read -r _tap_line; do
		case $_tap_line in
		"ok "* | "not ok "*)
			# "[not ]ok [N] [- ]desc"
			_tap_desc=${_tap_line#not }
			_tap_desc=${_tap_desc#ok}
			_tap_desc=${_tap_desc# }
			case $_tap_desc in [0-9]*) _tap_desc=${_tap_desc#"${_tap_desc%%[!0-9]*}"} ;; esac
			_tap_desc=${_tap_desc# }
			_tap_desc=${_tap_desc#- }
			tap_saw=$((tap_saw + 1))
			case $_tap_line in
			"not ok "*)
				tap_saw_fail=$((tap_saw_fail + 1))
				tap_not_ok "$_tap_name: $_tap_desc"
				;;
			*"# SKIP"* | *"# skip"*)
				tap_n=$((tap_n + 1)) tap_skip=$((tap_skip + 1))
				echo "ok $tap_n - $_tap_name: $_tap_desc"
				;;
			*)
				tap_ok "$_tap_name: $_tap_desc"
				;;
			esac
			;;
		*)
			[ -z "${TAP_VERBOSE:-}" ] || tap_diag_line "$_tap_line"
			;;
		esac
	done < "$_tap_file"
}

# tap_diag: its input as diagnostics, each line as "# LINE" (a line that
# is one already as it is); tap_diag_line LINE: one line.
tap_diag() { sed -e '/^#/!s/^/# /'; }

tap_diag_line()
{
	case $1 in
	"#"*) printf '%s\n' "$1" ;;
	*) printf '# %s\n' "$1" ;;
	esac
}

# tap_run NAME LOG COMMAND...: runs a TAP-printing command, its output
# kept in LOG, and counts it (tap_count).  It fails as a whole, once, when
# it exited non-zero without a "not ok" line, and when it printed no
# result at all.  Unless TAP_VERBOSE is set (then all of it was shown),
# what it printed is shown only when something failed: its "#" lines
# under a "not ok", else its last 20 lines.  Returns non-zero if anything
# failed.
tap_run()
{
	_tap_name=$1 _tap_log=$2 _tap_rc=0
	shift 2

	"$@" > "$_tap_log" 2>&1 || _tap_rc=$?
	tap_count "$_tap_name" "$_tap_log"
	if [ "$tap_saw_fail" -ne 0 ]; then
		[ -n "${TAP_VERBOSE:-}" ] || grep '^#' "$_tap_log"
		return 1
	fi
	if [ "$_tap_rc" -ne 0 ] || [ "$tap_saw" -eq 0 ]; then
		[ -n "${TAP_VERBOSE:-}" ] || tail -n 20 "$_tap_log" | tap_diag
		if [ "$_tap_rc" -ne 0 ]; then
			tap_not_ok "$_tap_name: exited $_tap_rc"
		else
			tap_not_ok "$_tap_name: printed no result"
		fi
		return 1
	fi
	return 0
}

# tap_summary LABEL: the plan and "LABEL: P passed, F failed, S skipped";
# returns non-zero if anything failed.
tap_summary()
{
	echo "1..$tap_n"
	echo "$1: $tap_pass passed, $tap_fail failed, $tap_skip skipped"
	[ "$tap_fail" -eq 0 ]
}
