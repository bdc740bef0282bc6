#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The manual pages, made from the sources that already document vmwrite,
# never from a second copy:
#   man.sh build OUTDIR   write every page, uncompressed, as
#                         OUTDIR/manN/NAME.N (a build directory: pages it
#                         holds from an earlier build stay)
#   man.sh lint OUTDIR    mandoc -T lint, groff -ww and man -l on every page
#                         of OUTDIR, and kernel-doc -Wall on the headers;
#                         silent when clean, else names page and warning
# Sphinx's man builder makes one page per document of Documentation/ that
# Documentation/conf.py's man_pages lists (vmwrite(1), libvmwrite(3), ...,
# vmwrite(4), vmwrite-admin(7)); the kernel's kernel-doc makes one section 3
# page per function of <vmwrite/vmwrite.h> and <vmwrite/netlink.h> from its
# kernel-doc comment.  Both output formats get a few mechanical fixes below,
# each saying why.  The date on every page is SOURCE_DATE_EPOCH's, else the
# last commit's, so that a build is reproducible.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)

# Header, the library it belongs to: its functions get section 3 pages.
headers=(
	userlib/include/vmwrite/vmwrite.h:libvmwrite
	userlib/include/vmwrite/netlink.h:libvmwrite-netlink
)

usage()
{
	echo "usage: $0 build OUTDIR | lint OUTDIR" >&2
	exit 2
}

source_date_epoch()
{
	if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
		echo "$SOURCE_DATE_EPOCH"
	elif git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
		git -C "$top" log -1 --format=%ct
	else
		# A tree without git (a release tarball): its newest source.
		find "$top/Documentation" "$top/userlib/include" -type f \
			-printf '%T@\n' | sort -n | tail -1 | cut -d. -f1
	fi
}

# Sphinx's man writer (5.3), fixed where mandoc or groff warn:
# - it puts .sp right after .SH and .SS, which mandoc skips with a warning;
# - it sets literal blocks in font C, which mandoc does not know: CR is the
#   same constant-width roman by its standard name;
# - a document's text before its first section lands in NAME, which
#   whatis(1) would take whole: it gets a DESCRIPTION heading;
# - tables: nroff cannot draw vertical rules next to cells of several lines
#   (grotty: "character above first line discarded"), and justifying
#   narrow cells fails ("cannot adjust line"): the rules go, the horizontal
#   ones stay, the last column takes the rest of the line, and cells are
#   set ragged-right;
# - a reference it sets as "\fI\%name" keeps the name from hyphenating,
#   but after a parenthesis, "(\fI\%name", the \% is a hyphenation point
#   instead, and lines break as "(-" and "name": the \% is dropped there.
fix_sphinx()
{
	awk '
	/^\.SH NAME$/ { print; getline; print; name = 1; next }
	name && !/^\.SH / { print ".SH DESCRIPTION"; name = 0; if ($0 == ".sp") next }
	{ name = 0 }
	/^\.S[HS] / { print; heading = 1; next }
	heading && $0 == ".sp" { heading = 0; next }
	{ heading = 0 }
	$0 == ".ft C" { print ".ft CR"; next }
	$0 == ".TS" { print ".na"; print; spec = 1; next }
	spec && /^\|.*\.$/ { sub(/l\|\.$/, "lx|."); gsub(/\|/, " "); sub(/^ /, ""); spec = 0 }
	$0 == ".TE" { print; print ".ad"; next }
	{ print }
	' | sed 's/\([^ ]\)\\fI\\%/\1\\fI/g'
}

# kernel-doc -man output, made a section 3 page of LIB:
# - .TH: section 3 and this library's name and version, not the kernel's
#   section 9, and the reproducible date;
# - the export macro VMW_API out of the synopsis, the header into it;
# - the synopsis loses the space kernel-doc leaves before each comma;
# - function names, which kernel-doc sets bold without their parentheses,
#   get them back;
# - blank lines, which mandoc warns about in filled text, become .PP, and
#   the "* " items of a list .IP bullets (but no .PP right before an .IP,
#   or an empty one before a heading);
# - RETURN is the customary RETURN VALUE, and SEE ALSO points to the
#   library's page.
fix_kerneldoc()
{
	local fn=$1 lib=$2 header=$3 date=$4 version=$5

	awk -v fn="$fn" -v lib="$lib" -v header="$header" -v date="$date" \
		-v version="$version" '
	NR == 1 && /^\.TH / {
		printf ".TH \"%s\" 3 \"%s\" \"%s %s\" \"Library Functions Manual\"\n",
			fn, date, lib, version
		fresh = 1
		next
	}
	/^\.SH SYNOPSIS$/ {
		print; print ".nf"; print ".B #include <" header ">"; print ".fi"; print ".PP"
		fresh = 1
		next
	}
	/^\.B "VMW_API / { sub(/^\.B "VMW_API /, ".B \"") }
	/^\.SH "RETURN"$/ { $0 = ".SH \"RETURN VALUE\"" }
	/^\.(SH|SS|IP|TP) / { pp = 0; print; fresh = 1; next }
	$0 == "" { if (!fresh) pp = 1; next }
	/^\* / { pp = 0; print ".IP \\(bu 2"; sub(/^\* /, "") }
	{ if (pp) print ".PP"; pp = 0; fresh = 0; print }
	END { print ".SH \"SEE ALSO\""; print ".BR " lib " (3)" }
	' | sed -e 's/^\(\.BI "[^"]*\) "/\1"/' \
		-e 's/\\fB\([A-Za-z_0-9]*\)\\fP/\\fB\1\\fP()/g'
}

build()
{
	local out=$1 ksource epoch date version h header lib f fn sec

	ksource=$("$top/scripts/ksource.sh")
	epoch=$(source_date_epoch)
	date=$(date -u -d "@$epoch" +%Y-%m-%d)
	version=$(cat "$top/VERSION")
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT

	# Sphinx takes the date from SOURCE_DATE_EPOCH.
	SOURCE_DATE_EPOCH=$epoch sphinx-build -W -n -q -b man \
		-D today_fmt=%Y-%m-%d -d "$tmp/doctrees" \
		"$top/Documentation" "$tmp/sphinx"

	mkdir -p "$out/man3"
	for f in "$tmp"/sphinx/man*/*; do
		sec=${f%/*}
		sec=${sec##*/}
		mkdir -p "$out/$sec"
		fix_sphinx < "$f" > "$out/$sec/${f##*/}"
	done

	for h in "${headers[@]}"; do
		header=${h%%:*}
		lib=${h##*:}
		# Every exported function: VMW_API TYPE NAME(, the name the last
		# word before the parenthesis.
		for fn in $(sed -n 's/^VMW_API [^(]*[ *]\([A-Za-z_][A-Za-z_0-9]*\)(.*/\1/p' \
				"$top/$header"); do
			perl "$ksource/scripts/kernel-doc" -man -function "$fn" \
				"$top/$header" > "$tmp/$fn.9"
			if ! grep -q '^\.SH NAME' "$tmp/$fn.9"; then
				echo "man.sh: $header: $fn has no kernel-doc comment" >&2
				exit 1
			fi
			fix_kerneldoc "$fn" "$lib" "${header#userlib/include/}" "$date" "$version" \
				< "$tmp/$fn.9" > "$out/man3/$fn.3"
		done
	done
}

lint()
{
	local out=$1 ksource page msgs bad=0 h

	shopt -s nullglob
	local pages=("$out"/man[1-9]/*.[1-9])
	if [ ${#pages[@]} -eq 0 ]; then
		echo "man.sh: no pages in $out: run $0 build $out first" >&2
		exit 1
	fi
	for page in "${pages[@]}"; do
		# man -l: a literal wider than its table cell at 80 columns
		# (an ioctl's definition, a path) sticks out of the cell,
		# whole; troff says "can't break line" in the text block's
		# diversion (3tbd...).  Only that warning is left out.
		msgs=$(
			mandoc -T lint -W warning "$page" 2>&1 || true
			groff -man -ww -z "$page" 2>&1 || true
			MANWIDTH=80 man -l "$page" 2>&1 >/dev/null |
				grep -v "warning \[.*, div '3tbd[0-9,]*', .*\]: can't break line$" || true
		)
		if [ -n "$msgs" ]; then
			echo "man.sh: $page:" >&2
			sed 's/^/  /' <<<"$msgs" >&2
			bad=1
		fi
	done

	# The headers' kernel-doc comments themselves.
	ksource=$("$top/scripts/ksource.sh")
	for h in "${headers[@]}"; do
		msgs=$(perl "$ksource/scripts/kernel-doc" -none -Wall "$top/${h%%:*}" 2>&1 || true)
		if [ -n "$msgs" ]; then
			echo "man.sh: ${h%%:*}:" >&2
			sed 's/^/  /' <<<"$msgs" >&2
			bad=1
		fi
	done
	return $bad
}

case ${1:-} in
build)
	[ $# -eq 2 ] || usage
	build "$2"
	;;
lint)
	[ $# -eq 2 ] || usage
	lint "$2"
	;;
*)
	usage
	;;
esac
