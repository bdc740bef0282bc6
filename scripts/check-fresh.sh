#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The commands README and Documentation tell a person to type, as a
# newcomer types them: each in its own fresh copy of the tree as git sees
# it (git ls-files -co --exclude-standard: what is about to be committed),
# with no .build/ and no .cache/ of its own; only the kernel cache
# (VMWRITE_CACHE) is shared.  A target that works only after another one
# left its outputs behind is what this is for.
#
#   check-fresh.sh demo KERNEL   `make run KERNEL=KERNEL`: its exit status
#                                and the demo's visible result
#   check-fresh.sh targets       each of the Makefile's FRESH_TARGETS
#
# Prints "ok N - ..." / "not ok N - ..." lines; exits non-zero if any
# failed.  Each command's output goes to .build/logs/fresh/.
set -uo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
logs=$top/.build/logs/fresh
mkdir -p "$logs"
export VMWRITE_CACHE=${VMWRITE_CACHE:-$top/.cache}
n=0 failed=0

result()
{
	n=$((n + 1))
	if [ "$1" = ok ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=1
	fi
}

# A new copy of the tree as git sees it (deleted files are not in it);
# prints its path.
# shellcheck disable=SC2016 # the file loop is for sh -c to expand
fresh_copy()
{
	local dir

	if dir=$(mktemp -d "${TMPDIR:-/tmp}/vmwrite-fresh.XXXXXX") &&
	   git -C "$top" ls-files -z -co --exclude-standard >"$dir/.files" &&
	   (cd "$top" && xargs -0 -r sh -c \
		'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' - <"$dir/.files" |
		cpio -0 -pdm --quiet "$dir"); then
		rm "$dir/.files"
		echo "$dir"
		return
	fi
	[ -z "$dir" ] || rm -rf "$dir"
	echo "no fresh copy of the tree: is $top a git work tree?"
	return 1
}

# Does the demo's console show the lines in @patterns, in that order?
in_order()
{
	awk -v pats="$1" '
		BEGIN { k = split(pats, p, "\n"); i = 1 }
		i <= k && $0 ~ p[i] { i++ }
		END { exit i <= k }' "$2"
}

demo()
{
	local kernel=$1 dir rc=0
	local log=$logs/make-run-$kernel.log
	local greeting='target: greeting="hello from an unmodified process"'
	local patched='target: greeting="patched from outside by vmwrite!"'

	if ! dir=$(fresh_copy); then
		result not_ok "$kernel: make run from a fresh copy ($dir)"
		return
	fi
	(cd "$dir" && make run KERNEL="$kernel") </dev/null >"$log" 2>&1 || rc=$?
	if [ "$rc" -eq 0 ]; then
		result ok "$kernel: make run exits 0 from a fresh copy"
	else
		tail -n 20 "$log" | sed 's/^/# /'
		result not_ok "$kernel: make run exits 0 from a fresh copy (exit $rc, $log)"
	fi
	# Each visible step of the demo, after the ones before it.
	check_demo() {
		if in_order "$2" "$log"; then
			result ok "$kernel: demo: $1"
		else
			result not_ok "$kernel: demo: $1 ($log)"
		fi
	}
	check_demo "the target prints its greeting" "$greeting"
	check_demo "the string changed from outside" "$greeting"$'\n'"$patched"
	check_demo "the counter changed from outside" \
		"$patched"$'\n''^target: greeting=.* counter=9[0-9][0-9]$'
	check_demo "the saved bytes undo the string" \
		"$patched"$'\n'"$greeting"' counter=9[0-9][0-9]$'
	check_demo "the target reaches 1000 and exits with status 0" \
		'^target: done, counter=1000$'$'\n''^>>> target exited with status 0$'
	[ "$rc" -ne 0 ] || rm -rf "$dir"
}

targets()
{
	local t dir rc log args

	for t in $(make -s -C "$top" --no-print-directory print-fresh-targets); do
		log=$logs/make-$t.log
		if ! dir=$(fresh_copy); then
			result not_ok "make $t from a fresh copy ($dir)"
			continue
		fi
		args=("$t")
		# install is tried staged, as a packager would, never live.
		[ "$t" != install ] || args+=(DESTDIR="$dir/.stage")
		rc=0
		(cd "$dir" && make "${args[@]}") </dev/null >"$log" 2>&1 || rc=$?
		if [ "$t" = install ] && [ "$rc" -eq 0 ]; then
			for f in 'lib/modules/*/updates/vmwrite.ko*' \
				 'usr/local/lib/libvmwrite.so.1' \
				 'usr/local/bin/vmwrite'; do
				# shellcheck disable=SC2086 # f is a glob
				ls "$dir"/.stage/$f >/dev/null 2>&1 && continue
				echo "install put no $f into DESTDIR" >>"$log"
				rc=1
			done
		fi
		if [ "$rc" -eq 0 ]; then
			result ok "make $t from a fresh copy"
			rm -rf "$dir"
		else
			tail -n 20 "$log" | sed 's/^/# /'
			result not_ok "make $t from a fresh copy (exit $rc, $log, tree kept in $dir)"
		fi
	done
}

usage() { echo "usage: $0 demo KERNEL | targets" >&2; exit 2; }
case ${1:-}/$# in
demo/2) demo "$2" ;;
targets/1) targets ;;
*) usage ;;
esac
exit $failed
