# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# The machine's own Debian mirror, as apt sees it.  Sourced, not run: by
# scripts/deps.sh for the bookworm-backports entry, and by whatever later
# needs the same mirror (a packaging root).
#
# apt does the parsing: `apt-get indextargets` knows both formats, comments,
# "Enabled: no", Dir::Etc and the order apt reads its files in, and names
# the entry each index comes from.  Only Signed-By and Trusted, which apt
# does not print, are read from that one entry here.
#
#   apt_source_entry SUITE      "FILE:N URI" of the first enabled deb entry
#                               whose suite is exactly SUITE, or nothing
#   apt_source_option ENTRY NAME
#                               option NAME (signed-by, trusted) of entry
#                               "FILE:N", as a deb822 field value
#                               (continuation lines kept), or nothing
#   apt_source_write_like FROM SUITE FILE
#                               write FILE, a deb822 source of SUITE at
#                               FROM's URI with FROM's Signed-By and Trusted
#   apt_source_update SUITE     apt-get update; fails, saying why, unless
#                               SUITE's indexes then are in apt's lists
#
# APT_SOURCE_OPTS (an array), if set, is passed to apt-get: tests point
# Dir::Etc::SourceList and Dir::Etc::SourceParts at fixtures with it.

# Marks the files apt_source_write_like() wrote, which it may rewrite.
APT_SOURCE_MARK='# Written by vmwrite scripts/deps.sh from'

apt_source_entry()
{
	# shellcheck disable=SC2016 # $(...) is apt's format syntax
	apt-get "${APT_SOURCE_OPTS[@]}" indextargets --no-release-info \
		--format '$(TARGET_OF) $(RELEASE) $(SOURCESENTRY) $(REPO_URI)' |
		awk -v suite="$1" '$1 == "deb" && $2 == suite { print $3, $4; exit }'
}

apt_source_option()
{
	local file=${1%:*} n=${1##*:} name=$2

	case $file in
	*.sources)
		# apt numbers the stanzas of a deb822 file from 1, counting
		# those with a field; comment lines are not part of any.
		awk -v want="$n" -v name="$name" '
			/^#/ { next }
			/^[ \t]*$/ { inpar = 0; field = 0; next }
			!inpar { inpar = 1; n++ }
			n != want { next }
			/^[ \t]/ { if (field) print; next }
			{ field = 0 }
			tolower(substr($0, 1, length(name) + 1)) == name ":" {
				field = 1
				v = substr($0, length(name) + 2)
				sub(/^[ \t]+/, "", v)
				print v
			}' "$file"
		;;
	*)
		# One line: "deb [opt=val ...] URI SUITE COMPONENT...".
		sed -n "${n}p" "$file" | awk -v name="$name" '{
			if (!match($0, /\[[^]]*\]/))
				exit
			split(substr($0, RSTART + 1, RLENGTH - 2), opts, /[ \t]+/)
			for (i in opts)
				if (tolower(substr(opts[i], 1, length(name) + 1)) == name "=")
					print substr(opts[i], length(name) + 2)
		}'
		;;
	esac
}

apt_source_write_like()
{
	local from=$1 suite=$2 out=$3 uri signed first rest trusted

	uri=${from#* }
	signed=$(apt_source_option "${from%% *}" signed-by)
	trusted=$(apt_source_option "${from%% *}" trusted)
	first=$(head -n 1 <<<"$signed")
	rest=$(tail -n +2 <<<"$signed")
	{
		echo "$APT_SOURCE_MARK ${from%% *}"
		echo "Types: deb"
		echo "URIs: $uri"
		echo "Suites: $suite"
		echo "Components: main"
		if [[ -n $signed ]]; then
			echo "Signed-By:${first:+ $first}"
			[[ -z $rest ]] || echo "$rest"
		fi
		[[ -z $trusted ]] || echo "Trusted: $trusted"
	} >"$out.tmp"
	mv "$out.tmp" "$out"
}

# Is FILE absent, or one that apt_source_write_like() (or the fixed entry
# of earlier versions of deps.sh) wrote?
apt_source_is_ours()
{
	local legacy
	legacy='Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg'

	[[ ! -e $1 ]] || grep -qF "$APT_SOURCE_MARK" "$1" ||
		[[ $(<"$1") == "$legacy" ]]
}

# Are SUITE's indexes in apt's lists?
apt_source_fetched()
{
	# shellcheck disable=SC2016 # $(...) is apt's format syntax
	apt-get "${APT_SOURCE_OPTS[@]}" indextargets --format '$(RELEASE)' |
		grep -qx "$1"
}

apt_source_update()
{
	local log rc=0

	log=$(apt-get "${APT_SOURCE_OPTS[@]}" -qq update 2>&1) || rc=$?
	if ! apt_source_fetched "$1"; then
		echo "$log" >&2
		echo "apt-get update cannot find $1 at $(apt_source_entry "$1" | cut -d' ' -f2-)" >&2
		return 1
	fi
	if ((rc)); then
		echo "$log" >&2
		echo "apt-get update failed" >&2
		return 1
	fi
}
