#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# End to end tests of the vmwrite tool on a live process (tests/target):
# what it writes, what it prints, and how it explains failures.
#
#   cli_test.sh tests/vmwrite-model tests/target
#       on the host, against the user-space model of the module (make check)
#   cli_test.sh bin/vmwrite bin/target
#       in a guest with vmwrite.ko loaded, with vmwrite.static; needs only
#       busybox.  The tests of model-only failures are left out.
#
# Prints TAP lines; exits non-zero if any test failed.

set -u
VMW=${1:-./tests/vmwrite-model}
TARGET=${2:-./tests/target}
case $VMW in
*vmwrite-model) model=1 ;;
*) model=0 ;;
esac

n=0
failed=0
tmp=$(mktemp -d) || exit 1
tpid=

cleanup() {
	[ -n "$tpid" ] && kill "$tpid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

ok() {
	n=$((n + 1))
	echo "ok $n $*"
}

not_ok() {
	n=$((n + 1))
	failed=$((failed + 1))
	echo "not ok $n $*"
}

# run CMD...: runs it, setting $status, $out and $err.
run() {
	"$@" >"$tmp/out" 2>"$tmp/err"
	status=$?
	out=$(cat "$tmp/out")
	err=$(cat "$tmp/err")
}

show_run() {
	printf '%s\n' "$out" | sed 's/^/# stdout: /'
	printf '%s\n' "$err" | sed 's/^/# stderr: /'
}

# expect NAME STATUS out|err TEXT: the last run exited with STATUS and
# printed TEXT on stdout or stderr.
expect() {
	if [ "$3" = out ]; then
		hay=$out
	else
		hay=$err
	fi
	case $hay in
	*"$4"*)
		if [ "$status" = "$2" ]; then
			ok "$1"
			return
		fi
		;;
	esac
	not_ok "$1"
	echo "# exit status $status, expected $2, and in std$3: $4"
	show_run
}

# check NAME CONDITION: CONDITION, a shell command list, succeeds.
check() {
	if (eval "$2"); then
		ok "$1"
	else
		not_ok "$1"
		echo "# failed: $2"
		show_run
	fi
}

hex() {
	printf '0x%x' "$1"
}

# The bytes of target memory, as od shows them.
mem() {
	"$VMW" read "$tpid" "$1" "$2" --raw | od -An -tx1 | tr -d ' \n'
}

# The line of the last `maps` output for the mapping at $1, found by its
# start address, which maps pads with zeroes.
map_line() {
	printf '%s\n' "$out" | grep -e "${1#0x}-0x"
}

"$TARGET" >"$tmp/addrs" &
tpid=$!
i=0
until grep -q EDGE= "$tmp/addrs" 2>/dev/null; do
	i=$((i + 1))
	if [ $i -gt 100 ]; then
		not_ok "the target process started"
		exit 1
	fi
	sleep 0.1 2>/dev/null || sleep 1
done
. "$tmp/addrs"		# PAGE RW RO SHM EDGE

# ---- maps, first: they say whether forced writes are allowed ----

run "$VMW" maps "$tpid"
expect "maps: a table" 0 out "START-END"
check "maps: private writable is rw" 'map_line "$RW" | grep -q " rw-p .* rw$"'
check "maps: shared read-only is read-only (shared mapping)" \
	'map_line "$SHM" | grep -q "r--s .*read-only (shared mapping) */memfd:vmwrite-test"'
check "maps: sizes are readable" 'map_line "$EDGE" | grep -q " 4K  "'
if map_line "$RO" | grep -q "rw (copy-on-write)"; then
	force=1
	ok "maps: private read-only is rw (copy-on-write)"
elif [ $model = 0 ] && map_line "$RO" | grep -q "read-only (no forced writes)"; then
	force=0
	ok "maps: private read-only is read-only (no forced writes)"
else
	force=0
	not_ok "maps: private read-only is rw (copy-on-write)"
	show_run
fi
if printf '%s\n' "$out" | grep -q '\[vvar\]$'; then
	check "maps: [vvar] is no access" \
		'printf "%s\n" "$out" | grep "\[vvar\]$" | grep -q "no access"'
fi

# ---- read ----

run "$VMW" read "$tpid" "$RW" 20
last=$(printf '%x' $((RW + 19)))
w=${#last}
[ "$w" -lt 8 ] && w=8
expected=$(printf "%0${w}x: 4865 6c6c 6f2c 2076 6d77 7269 7465 2100  Hello, vmwrite!.\n" $((RW)))
expected="$expected
$(printf "%0${w}x: 0000 0000%30s  ....\n" $((RW + 16)) '')"
if [ "$status" = 0 ] && [ "$out" = "$expected" ]; then
	ok "read: hexdump like xxd"
else
	not_ok "read: hexdump like xxd"
	printf '%s\n' "$out" | sed 's/^/# got:      /'
	printf '%s\n' "$expected" | sed 's/^/# expected: /'
fi

run "$VMW" read "$tpid" "$RW" 5 --raw
check "read --raw: the bytes as they are" '[ "$status" = 0 ] && [ "$out" = Hello ]'

# ---- write ----

run "$VMW" write "$tpid" "$RW" "4a 65"
expect "write HEXBYTES: says what it wrote" 0 out "wrote 2 bytes at $RW"
check "write HEXBYTES: the bytes landed" '[ "$(mem "$RW" 5)" = 4a656c6c6f ]'

run "$VMW" write "$tpid" "$RW" 0x48,0x69 "2c20"
check "write HEXBYTES: 0x-bytes, commas, several words" '[ "$(mem "$RW" 4)" = 48692c20 ]'

run "$VMW" write "$tpid" "$RW" --string Howdy
check "write --string: no NUL" '[ "$status" = 0 ] && [ "$(mem "$RW" 6)" = 486f7764792c ]'

run "$VMW" write "$tpid" "$RW" --string0 Hi
check "write --string0: with its NUL" '[ "$status" = 0 ] && [ "$(mem "$RW" 4)" = 48690064 ]'

printf 'XYZ' >"$tmp/xyz"
run "$VMW" write "$tpid" $((RW + 32)) --file "$tmp/xyz"
check "write --file" '[ "$status" = 0 ] && [ "$(mem $((RW + 32)) 3)" = 58595a ]'

run sh -c "printf 'abc' | '$VMW' write $tpid $((RW + 32)) --file -"
check "write --file -: from stdin" '[ "$status" = 0 ] && [ "$(mem $((RW + 32)) 3)" = 616263 ]'

run "$VMW" write "$tpid" $((RW + 48)) --u32 0x12345678
check "write --u32: little-endian" '[ "$status" = 0 ] && [ "$(mem $((RW + 48)) 4)" = 78563412 ]'

run "$VMW" read "$tpid" $((RW + 48)) --u32
expect "read --u32: decimal and hex" 0 out "$(hex $((RW + 48))): 305419896 (0x12345678)"

run "$VMW" read "$tpid" $((RW + 48)) --u8 --count 4
expect "read --u8 --count 4" 0 out "$(hex $((RW + 51))): 18 (0x12)"

run "$VMW" write "$tpid" $((RW + 56)) --u64 18446744073709551615
run "$VMW" read "$tpid" $((RW + 56)) 8 --u64
expect "write/read --u64: the largest value" 0 out ": 18446744073709551615 (0xffffffffffffffff)"

before=$(mem $((RW + 48)) 4)
run "$VMW" write "$tpid" $((RW + 48)) --u32 0xdeadbeef --save "$tmp/saved"
expect "write --save: says what it saved" 0 out \
	"saved 4 bytes at $(hex $((RW + 48))) to $tmp/saved"
check "write --save: wrote the new bytes" '[ "$(mem $((RW + 48)) 4)" = efbeadde ]'
run "$VMW" write "$tpid" $((RW + 48)) --u32 1 --save "$tmp/saved"
expect "write --save: never overwrites an earlier save" 1 err "cannot write $tmp/saved"
check "write --save: nothing written when the save failed" '[ "$(mem $((RW + 48)) 4)" = efbeadde ]'
run "$VMW" write "$tpid" $((RW + 48)) --file "$tmp/saved"
check "write --file of a --save file undoes the write" '[ "$(mem $((RW + 48)) 4)" = "$before" ]'

run "$VMW" write "$tpid" "$RO" 52
if [ $force = 1 ]; then
	check "write: a read-only private mapping, through copy-on-write" \
		'[ "$status" = 0 ] && [ "$(mem "$RO" 4)" = 52656164 ]'
else
	expect "write: a read-only private mapping, without forced writes" 1 err \
		"refused the write (read-only mapping, and forced writes are disabled)"
fi

# ---- failures ----

run "$VMW" write "$tpid" "$SHM" 00
expect "write: a shared read-only mapping is refused, and says so" 1 err \
	"address $SHM in mapping $SHM-$(hex $((SHM + PAGE))) r--s /memfd:vmwrite-test (deleted) refused the write (shared read-only mapping)"

run "$VMW" read "$tpid" 0x1000 4
expect "read: an unmapped address" 1 err "address 0x1000 is not mapped in process $tpid"

end=$((EDGE + PAGE))
run "$VMW" read "$tpid" $((end - 16)) 32
expect "read: partial, prints what it read" 1 out \
	"abab abab abab abab abab abab abab abab  ................"
expect "read: partial, says where it stopped" 1 err \
	"read 16 of 32 bytes at $(hex $((end - 16))): stopped at $(hex $end) (not mapped)"

run "$VMW" write "$tpid" $((end - 4)) --u64 0
expect "write: partial, says where it stopped" 1 err \
	"wrote 4 of 8 bytes at $(hex $((end - 4))): stopped at $(hex $end) (not mapped)"

run "$VMW" write "$tpid" $((end - 4)) --u64 0 --save "$tmp/partial"
expect "write --save: no write when the save is partial" 1 err "nothing written"
check "write --save: no save file either" '[ ! -e "$tmp/partial" ]'

sh -c 'exit 0' &
dead=$!
wait $dead
run "$VMW" maps "$dead"
expect "open: no such process" 1 err "process $dead does not exist"

run "$VMW" --version
expect "--version: the module's uapi version" 0 out "module: uapi version 1"

# ---- failures only the model can produce on demand ----

if [ $model = 1 ]; then
	chunked=$(env VMW_MODEL_MAX_RW=7 "$VMW" read "$tpid" "$RW" 64 --raw | od -An -tx1)
	check "read: in chunks of max_rw_count" \
		'[ "$chunked" = "$("$VMW" read "$tpid" "$RW" 64 --raw | od -An -tx1)" ]'

	run env VMW_MODEL_ACCESS=1 "$VMW" write "$tpid" "$RW" 00
	expect "write: read-only session" 1 err \
		"the session is read-only: /proc/$tpid/mem could not be opened for writing"

	run env VMW_MODEL_FAIL_ERRNO=3 "$VMW" read "$tpid" "$RW" 4
	expect "read: ESRCH during a transfer" 1 err \
		"process $tpid has exited or exec'd since attach"

	run env VMW_MODEL_API=2 "$VMW" read "$tpid" "$RW" 4
	expect "open: uapi version mismatch" 1 err \
		"uapi version mismatch between libvmwrite and the vmwrite module (libvmwrite speaks version 1, the module 2)"

	run env VMW_MODEL_DEV=/nonexistent "$VMW" read "$tpid" "$RW" 4
	expect "open: no device" 1 err \
		"vmwrite: /dev/vmwrite not found: is the vmwrite module loaded? (modprobe vmwrite)"

	run env VMW_MODEL_FORCE=0 "$VMW" maps "$tpid"
	check "maps: without forced writes, private read-only stays read-only" \
		'map_line "$RO" | grep -q "read-only (no forced writes)"'

	run env VMW_MODEL_ACCESS=1 "$VMW" maps "$tpid"
	check "maps: a read-only session" 'map_line "$RW" | grep -q "read-only (session)"'
fi

[ $failed = 0 ]
