#!/bin/sh
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
#
# End to end tests of the vmwrite tool on a live process (tests/target):
# what it writes, what it prints, and how it explains failures.
#
#   cli_test.sh .build/userlib/cli/tests/vmwrite-model .build/userlib/cli/tests/target
#       on the host, against the user-space model of the module (make check)
#   cli_test.sh bin/vmwrite bin/target
#       in a guest with vmwrite.ko loaded, with vmwrite.static; needs only
#       busybox.  The tests of model-only failures are left out; those of
#       the module's netlink family (stats, policy, monitor, sessions,
#       revoke) run only there, as root and as uid 1000 (busybox su).
#
# Prints TAP lines; exits non-zero if any test failed.

set -u
# The one TAP protocol (selftests/tap.sh): beside this script in a guest.
here=$(dirname "$0")
if [ -f "$here/tap.sh" ]; then
	. "$here/tap.sh"
else
	# shellcheck source=selftests/tap.sh
	. "$here/../../../selftests/tap.sh"
fi
VMW=${1:-../.build/userlib/cli/tests/vmwrite-model}
TARGET=${2:-../.build/userlib/cli/tests/target}
case $VMW in
*vmwrite-model) model=1 ;;
*) model=0 ;;
esac

tmp=$(mktemp -d) || exit 1
tpid=
bg=		# other processes a test leaves running meanwhile

cleanup() {
	[ -n "$tpid" ] && kill "$tpid" 2>/dev/null
	# shellcheck disable=SC2086 # a list of PIDs
	[ -n "$bg" ] && kill $bg 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM



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
			tap_ok "$1"
			return
		fi
		;;
	esac
	tap_not_ok "$1"
	echo "# exit status $status, expected $2, and in std$3: $4"
	show_run
}

# check NAME CONDITION: CONDITION, a shell command list, succeeds.
check() {
	if (eval "$2"); then
		tap_ok "$1"
	else
		tap_not_ok "$1"
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
		tap_not_ok "the target process started"
		exit 1
	fi
	sleep 0.1 2>/dev/null || sleep 1
done
. "$tmp/addrs"		# PAGE RW RO SHM BIG BIG_SIZE COUNTER TABLE EDGE

# ---- maps, first: they say whether forced writes are allowed ----

run "$VMW" maps "$tpid"
expect "maps: a table" 0 out "START-END"
check "maps: private writable is rw" 'map_line "$RW" | grep -q " rw-p .* rw$"'
check "maps: shared read-only is read-only (shared mapping)" \
	'map_line "$SHM" | grep -q "r--s .*read-only (shared mapping) */memfd:vmwrite-test"'
check "maps: sizes are readable" 'map_line "$EDGE" | grep -q " 4K  "'
if map_line "$RO" | grep -q "rw (copy-on-write)"; then
	force=1
	tap_ok "maps: private read-only is rw (copy-on-write)"
elif [ $model = 0 ] && map_line "$RO" | grep -q "read-only (no forced writes)"; then
	force=0
	tap_ok "maps: private read-only is read-only (no forced writes)"
else
	force=0
	tap_not_ok "maps: private read-only is rw (copy-on-write)"
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
	tap_ok "read: hexdump like xxd"
else
	tap_not_ok "read: hexdump like xxd"
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

# ---- cas ----

CAS=$((RW + 64))
run "$VMW" write "$tpid" $CAS --u64 0x1122334455667788
run "$VMW" cas "$tpid" $CAS --u32 0x55667788 0xcafe
expect "cas --u32: stores when the value matches, prints the old one" 0 out \
	"wrote 0xcafe at $(hex $CAS) (held 0x55667788)"
check "cas --u32: the new value landed, the rest is untouched" \
	'[ "$(mem $CAS 8)" = feca000044332211 ]'
run "$VMW" cas "$tpid" $CAS --u32 0x55667788 0xbeef
expect "cas: a value that does not match is not written, exit 1" 1 err \
	"not written: $(hex $CAS) holds 0xcafe, not 0x55667788"
check "cas: nothing written on a mismatch" '[ "$(mem $CAS 8)" = feca000044332211 ]'
run "$VMW" cas "$tpid" $((CAS + 4)) --u16 0x3344 0x99
check "cas --u16" '[ "$status" = 0 ] && [ "$(mem $CAS 8)" = feca000099002211 ]'
run "$VMW" cas "$tpid" $((CAS + 7)) --u8 0x11 0xff
check "cas --u8 at an odd address" '[ "$status" = 0 ] && [ "$(mem $CAS 8)" = feca0000990022ff ]'
run "$VMW" cas "$tpid" $CAS --u64 0xff2200990000cafe 18446744073709551615
check "cas --u64: the largest value" \
	'[ "$status" = 0 ] && [ "$(mem $CAS 8)" = ffffffffffffffff ]'
run "$VMW" cas "$tpid" $((CAS + 2)) --u32 0 1
expect "cas: a misaligned address is a usage error" 2 err \
	"address $(hex $((CAS + 2))) is not a multiple of 4: cas --u32 needs an aligned address"
run "$VMW" cas "$tpid" 0x1000 --u64 0 1
expect "cas: an unmapped address" 1 err "address 0x1000 is not mapped in process $tpid"
run "$VMW" cas "$tpid" "$SHM" --u8 0x73 0x53
expect "cas: a shared read-only mapping is refused" 1 err \
	"refused the write (shared read-only mapping)"

# ---- query ----

run "$VMW" query "$tpid" "$SHM"
expect "query: a shared mapping, with its path" 0 out \
	"$SHM-$(hex $((SHM + PAGE))) r-- shared /memfd:vmwrite-test (deleted)"
run "$VMW" query "$tpid" $((RW + 5))
check "query: private anonymous memory, holding ADDR" \
	'[ "$status" = 0 ] && [ $((${out%%-*})) -le $((RW)) ] && case $out in *" rw- private") ;; *) false ;; esac'
run "$VMW" query "$tpid" $((EDGE + PAGE))
expect "query: a hole" 0 out "$(hex $((EDGE + PAGE)))-"
expect "query: a hole is free" 0 out " --- free"
run "$VMW" query "$tpid" vmwrite_cli_counter
check "query SYMBOL: the data of the executable" \
	'[ "$status" = 0 ] && case $out in *" rw- file "*"$(basename "$TARGET")") ;; *) false ;; esac'

# ---- fill ----

FILL=$((RW + 128))
run "$VMW" fill "$tpid" $FILL 32 --string abc
expect "fill: says what it wrote" 0 out "wrote 32 bytes at $(hex $FILL)"
check "fill: the pattern repeated, the last copy cut short" \
	'[ "$(mem $FILL 33)" = 616263616263616263616263616263616263616263616263616263616263616200 ]'
run "$VMW" fill "$tpid" $FILL 1 --u32 0x41424344
check "fill: exactly LEN bytes, even of a longer pattern" \
	'[ "$status" = 0 ] && [ "$(mem $FILL 3)" = 446263 ]'
run "$VMW" fill "$tpid" $FILL 4 00 --save "$tmp/fsaved"
check "fill --save: saved, then filled" \
	'[ "$status" = 0 ] && [ "$(mem $FILL 4)" = 00000000 ] && [ -s "$tmp/fsaved" ]'
run "$VMW" write "$tpid" $FILL --file "$tmp/fsaved"
check "fill --save: the save file undoes it" '[ "$(mem $FILL 4)" = 44626361 ]'
end=$((EDGE + PAGE))
run "$VMW" fill "$tpid" $((end - 6)) 16 aabb
expect "fill: partial at a hole, says how much and where it stopped" 1 err \
	"wrote 6 of 16 bytes at $(hex $((end - 6))): stopped at $(hex $end) (not mapped)"
check "fill: partial, the bytes before the hole" '[ "$(mem $((end - 6)) 6)" = aabbaabbaabb ]'
run "$VMW" fill "$tpid" $((end - 6)) 6 ab
check "fill: a one-byte pattern" '[ "$status" = 0 ] && [ "$(mem $((end - 6)) 6)" = abababababab ]'
run "$VMW" fill "$tpid" $((BIG + 4)) $((BIG_SIZE - 4)) 01
check "fill: more than one block" \
	'[ "$status" = 0 ] && [ "$(mem $((BIG + BIG_SIZE - 2)) 2)" = 0101 ] && [ "$(mem $BIG 5)" = 0000000001 ]'

# ---- search ----

run "$VMW" search "$tpid" "$RW" "$PAGE" --string cab
expect "search: the first match" 0 out "$(hex $((FILL + 2)))"
check "search: only the first" '[ "$(printf "%s\n" "$out" | wc -l)" = 1 ]'
run "$VMW" search "$tpid" "$FILL" 32 --string ca --all
check "search --all: every match" \
	'[ "$status" = 0 ] && [ "$(printf "%s\n" "$out" | wc -l)" = 10 ] && [ "$(printf "%s\n" "$out" | tail -n 1)" = "$(hex $((FILL + 29)))" ]'
run "$VMW" search "$tpid" "$RW" "$PAGE" --string "no such bytes"
expect "search: not found, exit 1" 1 err "pattern not found in $RW-$(hex $((RW + PAGE)))"
run "$VMW" search "$tpid" "$RO" "$PAGE" --string "only page"
expect "search: a read-only mapping" 0 out "$(hex $((RO + 5)))"
run "$VMW" search "$tpid" "$RO" "$PAGE" --string "only page" --writable
expect "search --writable: not in a read-only mapping" 1 err "pattern not found"
run "$VMW" write "$tpid" $((BIG + 65536 - 2)) --string "across"
run "$VMW" search "$tpid" "$BIG" "$BIG_SIZE" --string "across"
expect "search: a match across two blocks" 0 out "$(hex $((BIG + 65536 - 2)))"
if [ $((RO + PAGE)) = $((RW)) ]; then
	run "$VMW" search "$tpid" $((RW - 2)) 4 "0000 $(mem "$RW" 2)"
	expect "search: a match across two regions" 0 out "$(hex $((RW - 2)))"
else
	tap_ok "# SKIP RO and RW are not adjacent"
fi
if [ $((SHM)) -gt $((EDGE + PAGE)) ]; then
	run "$VMW" search "$tpid" "$EDGE" $((SHM + PAGE - EDGE)) --string "shared"
	expect "search: across a hole" 0 out "$(hex $SHM)"
else
	tap_ok "# SKIP SHM is not above EDGE"
fi
run "$VMW" search "$tpid" $((end - 4)) 16 --string "zz"
expect "search: only a hole after the start" 1 err "pattern not found in $(hex $((end - 4)))-$(hex $((end + 12)))"

# ---- symbols of the process ----

prog=$(basename "$TARGET")
run "$VMW" write "$tpid" vmwrite_cli_counter --u32 5
expect "write SYMBOL: at the symbol's address" 0 out "wrote 4 bytes at $COUNTER"
run "$VMW" read "$tpid" "$COUNTER" --u32
expect "write SYMBOL: the value landed" 0 out ": 5 (0x00000005)"
run "$VMW" read "$tpid" vmwrite_cli_table+8 6 --raw
check "read SYMBOL+8" '[ "$status" = 0 ] && [ "$out" = symbol ]'
run "$VMW" read "$tpid" vmwrite_cli_counter-0x20 --u8
check "read SYMBOL-0x20" '[ "$status" = 0 ] && [ $((${out%%:*})) = $((COUNTER - 0x20)) ]'
run "$VMW" write "$tpid" "$prog!vmwrite_cli_counter" --u32 9
run "$VMW" read "$tpid" "$COUNTER" --u32
expect "write MODULE!SYMBOL" 0 out ": 9 (0x00000009)"
run "$VMW" cas "$tpid" "$prog!vmwrite_cli_counter" --u32 9 10
expect "cas MODULE!SYMBOL" 0 out "wrote 0xa at $COUNTER (held 0x9)"
run "$VMW" fill "$tpid" vmwrite_cli_table+4 4 --string "-"
run "$VMW" search "$tpid" vmwrite_cli_table 64 --string "wr----sym"
expect "fill and search SYMBOL+4" 0 out "$(hex $((TABLE + 2)))"
run "$VMW" read "$tpid" vmwrite_no_such_symbol 4
expect "SYMBOL: not found, and where it was looked for" 1 err \
	"symbol 'vmwrite_no_such_symbol' not found in process $tpid (searched: $prog"
run "$VMW" read "$tpid" libz.so!inflate 4
expect "MODULE!SYMBOL: a module that is not mapped" 1 err \
	"module 'libz.so' is not mapped in process $tpid"

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

# ---- the kernel target, -k: in a guest with vmwrite_testmod.ko ----

# kadd ADDR N: kernel address ADDR (0x and 16 hex digits) plus N, without
# 64-bit shell arithmetic, which not every sh gets right; fails if the low
# 32 bits carry.
kadd() {
	_hi=${1%????????}
	_lo=$((0x${1#"$_hi"} + $2))
	[ "$_lo" -ge 0 ] && [ "$_lo" -le 4294967295 ] || return 1
	printf '%s%08x' "$_hi" "$_lo"
}

# The bytes of kernel memory, as od shows them.
kmem() {
	"$VMW" read -k "$1" "$2" --raw | od -An -tx1 | tr -d ' \n'
}

TM=/sys/kernel/vmwrite_testmod
if [ $model = 0 ] && [ -r $TM/rw_addr ]; then
	KRW=$(cat $TM/rw_addr)
	KRO=$(cat $TM/ro_addr)
	KTEXT=$(cat $TM/text_addr)
	KVM=$(cat $TM/vm_addr)
	KIO=$(cat $TM/io_addr)

	echo 0x1122334455667788 >$TM/rw_value
	run "$VMW" read -k "$KRW" --u64
	expect "read -k: a kernel variable" 0 out \
		"$KRW: 1234605616436508552 (0x1122334455667788)"
	run "$VMW" read --kernel "$KRW" 8
	expect "read --kernel: hexdump" 0 out ": 8877 6655 4433 2211 "

	run "$VMW" write -k "$KRW" --u64 0xcafe --save "$tmp/ksaved"
	expect "write -k --save: says what it wrote" 0 out "wrote 8 bytes at $KRW"
	check "write -k: the kernel sees the new value" '[ "$(cat $TM/rw_value)" = 0xcafe ]'
	run "$VMW" write -k "$KRW" --file "$tmp/ksaved"
	check "write -k --file of a --save file undoes the write" \
		'[ "$status" = 0 ] && [ "$(cat $TM/rw_value)" = 0x1122334455667788 ]'

	run "$VMW" write -k "$KRO" --u64 0
	expect "write -k: rodata is refused" 1 err \
		"address $KRO is read-only kernel memory (text or rodata)"
	expect "write -k: rodata is refused, with a hint at --text" 1 err \
		"(text or rodata): use --text to patch it"
	check "write -k: rodata unchanged" '[ "$(cat $TM/ro_value)" = 0xc0ffee ]'
	run "$VMW" write -k "$KTEXT" c3
	expect "write -k: text is refused" 1 err \
		"address $KTEXT is read-only kernel memory (text or rodata)"
	check "write -k: text unchanged" '[ "$(cat $TM/text_call)" = 42 ]'

	run "$VMW" read -k 0x1000 4
	expect "read -k: a user address" 1 err "address 0x1000 is not mapped kernel memory"

	# Compare-and-write, and patching rodata and text with --text.
	echo 0x1122334455667788 >$TM/rw_value
	run "$VMW" cas -k "$KRW" --u64 0x1122334455667788 0xfeed
	expect "cas -k: stores when the value matches" 0 out \
		"wrote 0xfeed at $KRW (held 0x1122334455667788)"
	check "cas -k: the kernel sees the new value" '[ "$(cat $TM/rw_value)" = 0xfeed ]'
	run "$VMW" cas -k "$KRW" --u64 0x1122334455667788 0xbad
	expect "cas -k: a value that does not match is not written" 1 err \
		"not written: $KRW holds 0xfeed, not 0x1122334455667788"
	check "cas -k: nothing written on a mismatch" '[ "$(cat $TM/rw_value)" = 0xfeed ]'
	echo 0x1122334455667788 >$TM/rw_value
	run "$VMW" cas -k "$KRO" --u64 0xc0ffee 0
	expect "cas -k: rodata is refused" 1 err \
		"address $KRO is read-only kernel memory (text or rodata)"
	check "cas -k: rodata is refused, with no hint at --text" \
		'! printf "%s\n" "$err" | grep -q -e --text'

	tparam=/sys/module/vmwrite/parameters/allow_text_write
	if [ -w $tparam ]; then
		echo N >$tparam
		run "$VMW" write -k --text "$KRO" --u64 0x1234
		expect "write -k --text: allow_text_write=N" 1 err \
			"writes to kernel text and rodata are disabled (vmwrite.allow_text_write=N)"
		check "write -k --text: nothing written while disabled" \
			'[ "$(cat $TM/ro_value)" = 0xc0ffee ]'
		echo Y >$tparam
		run "$VMW" write -k --text "$KRO" --u64 0x1234
		expect "write -k --text: rodata" 0 out "wrote 8 bytes at $KRO"
		check "write -k --text: the kernel sees the new rodata" \
			'[ "$(cat $TM/ro_value)" = 0x1234 ]'
		run "$VMW" write -k --text "$KRO" --u64 0xc0ffee
		check "write -k --text: and the old bytes back" \
			'[ "$status" = 0 ] && [ "$(cat $TM/ro_value)" = 0xc0ffee ]'
		run "$VMW" write -k --text "$KTEXT" c3
		expect "write -k --text: a function entry is refused" 1 err \
			"address $KTEXT is at a function entry (ENDBR64 / ftrace call site), which vmwrite never patches"
		check "write -k --text: the function is unchanged" '[ "$(cat $TM/text_call)" = 42 ]'
		echo N >$tparam
	else
		tap_ok "# SKIP $tparam is not writable"
	fi

	if guard=$(kadd "$KVM" $((2 * PAGE))) && tail=$(kadd "$KVM" $((2 * PAGE - 4))); then
		run "$VMW" read -k "$guard" 4
		expect "read -k: a guard page" 1 err "address $guard is not mapped kernel memory"
		# Earlier tests wrote there too: first make the bytes known.
		run "$VMW" write -k "$tail" 3c3c3c3c
		expect "write -k: the last bytes before a guard page" 0 err ""
		run "$VMW" read -k "$tail" 8
		expect "read -k: partial, prints what it read" 1 out "3c3c 3c3c"
		expect "read -k: partial, says where it stopped" 1 err \
			"read 4 of 8 bytes at $tail: stopped at $guard (not mapped kernel memory)"
		run "$VMW" write -k "$tail" --u64 0
		expect "write -k: partial, says where it stopped" 1 err \
			"wrote 4 of 8 bytes at $tail: stopped at $guard (not mapped kernel memory)"

		# The vmalloc buffer as regions, then fill and search in it.
		run "$VMW" query -k "$KVM"
		expect "query -k: the vmalloc buffer is RAM up to its guard page" 0 out \
			"$KVM-$guard rw- ram"
		run "$VMW" query -k "$guard"
		expect "query -k: the guard page is free" 0 out "free"
		run "$VMW" fill -k "$tail" 8 6b6c
		expect "fill -k: partial at the guard page, counted" 1 err \
			"wrote 4 of 8 bytes at $tail: stopped at $guard (not mapped kernel memory)"
		run "$VMW" search -k "$KVM" 16384 6b6c6b6c
		expect "search -k: finds the fill, skipping the guard page" 0 out "$tail"
		run "$VMW" search -k "$KVM" 16384 6b6c6b6c6b
		expect "search -k: nothing past the guard page matches" 1 err "pattern not found"
	fi

	if [ "$KIO" != 0 ] && [ "$KIO" != 0x0 ]; then
		run "$VMW" read -k "$KIO" 4
		expect "read -k: device memory is refused" 1 err \
			"address $KIO is not kernel RAM vmwrite touches: device memory, or memory offline or in a balloon"
	fi

	param=/sys/module/vmwrite/parameters/allow_kernel_write
	if [ -w $param ]; then
		echo N >$param
		run "$VMW" write -k "$KRW" --u64 1
		echo Y >$param
		expect "write -k: allow_kernel_write=N" 1 err \
			"kernel writes are disabled (vmwrite.allow_kernel_write=N)"
		check "write -k: nothing written while disabled" \
			'[ "$(cat $TM/rw_value)" = 0x1122334455667788 ]'
	fi

	# Symbols, from /proc/kallsyms.
	nsym=$(awk '$3 == "vmwrite_testmod_probe"' /proc/kallsyms | wc -l)
	if [ "$nsym" = 1 ]; then
		run "$VMW" read -k vmwrite_testmod_probe --u8
		check "read -k SYMBOL: a module symbol" '[ "$status" = 0 ] && [ "${out%%:*}" = "$KTEXT" ]'
		text=$(kmem "$KTEXT" 8)
		check "read -k SYMBOL: the same bytes as at its address" \
			'[ -n "$text" ] && [ "$(kmem vmwrite_testmod_probe 8)" = "$text" ]'
		check "read -k SYMBOL+4" \
			'[ "$(kmem vmwrite_testmod_probe+4 4)" = "${text#????????}" ]'
		if below=$(kadd "$KTEXT" -16); then
			# Read, or refused if nothing is mapped there: the address shows either way.
			run "$VMW" read -k vmwrite_testmod_probe-0x10 --u8
			check "read -k SYMBOL-0x10" \
				'[ "${out%%:*}" = "$below" ] || [ "${err#*"address $below "}" != "$err" ]'
		fi
		run "$VMW" write -k vmwrite_testmod_probe+1 90
		expect "write -k SYMBOL+1: text is refused" 1 err \
			"address $(kadd "$KTEXT" 1) is read-only kernel memory (text or rodata)"
	else
		tap_ok "# SKIP kallsyms lists vmwrite_testmod_probe $nsym times"
	fi
	if [ "$(awk '$3 == "rw_var"' /proc/kallsyms | wc -l)" = 1 ]; then
		run "$VMW" write -k rw_var --u64 0x5a5a
		check "write -k SYMBOL: a module variable" \
			'[ "$status" = 0 ] && [ "$(cat $TM/rw_value)" = 0x5a5a ]'
		echo 0x1122334455667788 >$TM/rw_value
	fi
	run "$VMW" read -k no_such_symbol_vmwrite 4
	expect "read -k: an unknown symbol" 1 err \
		"symbol 'no_such_symbol_vmwrite' not found in /proc/kallsyms"

	# Per-CPU variables: this_cpu_off of CPU n is __per_cpu_offset[n].
	if [ "$(awk '$3 == "this_cpu_off"' /proc/kallsyms | wc -l)" = 1 ]; then
		possible=$(cat /sys/devices/system/cpu/possible)
		last=${possible##*[-,]}
		for cpu in 0 "$last"; do
			want=$("$VMW" read -k __per_cpu_offset+$((8 * cpu)) --u64)
			run "$VMW" read -k this_cpu_off@$cpu --u64
			check "read -k this_cpu_off@$cpu is __per_cpu_offset[$cpu]" \
				'[ "$status" = 0 ] && [ -n "$want" ] && [ "${out#*: }" = "${want#*: }" ]'
		done
		run "$VMW" read -k this_cpu_off@0+8 --u64
		at8=${out%%:*}
		run "$VMW" read -k this_cpu_off@0 --u64
		check "read -k this_cpu_off@0+8: the offset applies to the per-CPU address" \
			'[ "$status" = 0 ] && [ "$(kadd "${out%%:*}" 8)" = "$at8" ]'
		run "$VMW" read -k this_cpu_off@$((last + 1)) --u64
		expect "read -k sym@cpu: a CPU that is not possible" 1 err \
			"CPU $((last + 1)) is not possible (possible CPUs: $possible)"
		run "$VMW" read -k this_cpu_off --u64
		expect "read -k: a per-CPU variable without @cpu" 1 err \
			"a per-CPU variable? give the CPU: this_cpu_off@0"
		run "$VMW" read -k jiffies@0 --u64
		expect "read -k sym@cpu: not a per-CPU variable" 1 err \
			"symbol 'jiffies' is not a per-CPU variable"
	else
		tap_ok "# SKIP kallsyms has no this_cpu_off"
	fi
fi

# ---- the module's netlink family: in a guest, as root and as uid 1000 ----

# json_lines FILE: FILE has lines, and each is one JSON object (busybox
# has no JSON parser: this is one, for what JSON allows).
json_lines() {
	awk '
	function ws() {
		while (substr(s, p, 1) == " " || substr(s, p, 1) == "\t")
			p++
	}
	function str(	c) {
		if (substr(s, p++, 1) != "\"")
			return 0
		while (p <= n) {
			c = substr(s, p, 1)
			if (c == "\"") {
				p++
				return 1
			}
			if (c < " ")
				return 0
			if (c != "\\") {
				p++
			} else if (substr(s, p + 1, 1) == "u") {
				if (substr(s, p + 2, 4) !~ /^[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]$/)
					return 0
				p += 6
			} else if (index("\"\\/bfnrt", substr(s, p + 1, 1))) {
				p += 2
			} else {
				return 0
			}
		}
		return 0
	}
	function value(	c) {
		ws()
		c = substr(s, p, 1)
		if (c == "{" || c == "[")
			return members(c == "{" ? "}" : "]", c == "{")
		if (c == "\"")
			return str()
		if (substr(s, p, 4) == "true" || substr(s, p, 4) == "null") {
			p += 4
			return 1
		}
		if (substr(s, p, 5) == "false") {
			p += 5
			return 1
		}
		if (!match(substr(s, p), /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/))
			return 0
		p += RLENGTH
		return 1
	}
	# The members of an object (keyed) or array, from its bracket to @end.
	function members(end, keyed,	c) {
		p++
		ws()
		if (substr(s, p, 1) == end) {
			p++
			return 1
		}
		for (;;) {
			ws()
			if (keyed) {
				if (!str())
					return 0
				ws()
				if (substr(s, p++, 1) != ":")
					return 0
			}
			if (!value())
				return 0
			ws()
			c = substr(s, p++, 1)
			if (c == end)
				return 1
			if (c != ",")
				return 0
		}
	}
	{
		s = $0
		n = length(s)
		p = 1
		ws()
		if (substr(s, p, 1) != "{" || !value())
			bad = 1
		ws()
		if (p <= n)
			bad = 1
		lines++
	}
	END { exit bad || !lines }' "$1"
}

printf '%s\n' '{"event":"detach","comm":"a\" \u001b","c":{"n":[1,-2.5e3,true,null]}}' >"$tmp/good.json"
printf '%s\n' '{"event":"detach","comm":"a\x41"}' >"$tmp/bad.json"
check "json_lines: takes JSON, and only JSON" \
	'json_lines "$tmp/good.json" && ! json_lines "$tmp/bad.json"'

# as_user CMD...: run CMD as uid 1000, as run does.
as_user() {
	run su -s /bin/sh user -c '"$0" "$@"' "$@"
}

# stats_of KIND COLUMN: a counter of the last `stats` output.
stats_of() {
	printf '%s\n' "$out" | awk -v kind="$1" -v col="$2" '$1 == kind { print $col }'
}

if [ $model = 0 ]; then
	# The counters: process sessions' attaches ($2), writes ($3), bytes ($4).
	run "$VMW" stats
	expect "stats: the counters, per kind of target" 0 out "BYTES-WRITTEN"
	attaches=$(stats_of process 2) writes=$(stats_of process 3) bytes=$(stats_of process 4)
	run "$VMW" write "$tpid" "$RW" --u32 7
	run "$VMW" stats
	check "stats: a write adds one attach, one write and its 4 bytes" \
		'[ "$(stats_of process 2)" = $((attaches + 1)) ] &&
		 [ "$(stats_of process 3)" = $((writes + 1)) ] && [ "$(stats_of process 4)" = $((bytes + 4)) ]'
	expect "stats: what became of the events" 0 out "events: "

	run "$VMW" policy
	check "policy: process writes on, within a ceiling that allows them" \
		'printf "%s\n" "$out" | grep -q "^process-writes  *on  *on$"'
	check "policy: text writes off, as vmwrite.allow_text_write=N says" \
		'printf "%s\n" "$out" | grep -q "^text  *off  *off (vmwrite.allow_text_write=N)$"'
	expect "policy: not locked" 0 out "locked: no"
	run "$VMW" policy text on
	expect "policy text on: beyond the ceiling, in the module's words" 1 err "allow_text_write"

	# monitor, as one uses it: started first, left running, killed at the end.
	"$VMW" monitor >"$tmp/mon" 2>&1 &
	mon=$!
	"$VMW" monitor --json >"$tmp/mon.json" 2>&1 &
	monj=$!
	bg="$mon $monj"
	MON=$((RW + 96))
	# They listen once they joined the group: write until both saw a write.
	i=0
	while [ $i -lt 50 ]; do
		"$VMW" write "$tpid" $MON --u64 0x1234 >/dev/null
		grep -q "^[0-9]* write session [0-9]* at $(hex $MON): " "$tmp/mon" &&
			grep -q "\"addr\":\"$(hex $MON)\"" "$tmp/mon.json" && break
		i=$((i + 1))
		sleep 0.2 2>/dev/null || sleep 1
	done
	# Then a session both see whole, from its attach to its detach.
	WATCHED=$(hex $((MON + 8)))
	"$VMW" write "$tpid" "$WATCHED" --u64 0x5678 >/dev/null
	sid=
	i=0
	while [ $i -lt 50 ]; do
		sid=$(sed -n "s/^[0-9]* write session \([0-9]*\) at $WATCHED: .*/\1/p" "$tmp/mon")
		[ -n "$sid" ] && grep -q "^[0-9]* detach session $sid: " "$tmp/mon" &&
			grep -q "\"event\":\"detach\",\"seq\":[0-9]*,\"session\":$sid," "$tmp/mon.json" &&
			break
		i=$((i + 1))
		sleep 0.2 2>/dev/null || sleep 1
	done
	# shellcheck disable=SC2086 # a list of PIDs
	kill $bg
	# shellcheck disable=SC2086
	wait $bg 2>/dev/null
	bg=
	out=$(cat "$tmp/mon") err=$(cat "$tmp/mon.json")
	check "monitor: another process's write, its address and its 8 bytes" \
		'grep -q "^[0-9]* write session $sid at $WATCHED: 8 of 8 bytes by pid [0-9]* uid 0 \"vmwrite\"$" "$tmp/mon"'
	check "monitor: its session's attach, write and detach, numbered in order" \
		'[ "$(awk -v s="$sid" "\$3 == \"session\" && (\$4 == s || \$4 == s \":\") {
			if (\$1 <= last) print \"disorder\"; last = \$1; printf \"%s \", \$2 }" "$tmp/mon")" = \
		  "attach write detach " ]'
	check "monitor --json: every line is a JSON object" 'json_lines "$tmp/mon.json"'
	check "monitor --json: the write's address, length and bytes moved" \
		'grep "\"event\":\"write\",\"seq\":[0-9]*,\"session\":$sid," "$tmp/mon.json" |
		 grep "\"comm\":\"vmwrite\"," | grep -q "\"addr\":\"$WATCHED\",\"len\":8,\"done\":8,"'

	# A session held open: vmwrite read blocks writing to a FIFO no one
	# reads, after its first blocks.
	mkfifo "$tmp/fifo"
	"$VMW" read "$tpid" "$BIG" "$BIG_SIZE" --raw >"$tmp/fifo" 2>"$tmp/read.err" &
	reader=$!
	bg=$reader
	exec 3<"$tmp/fifo"
	i=0
	until "$VMW" sessions 2>/dev/null | grep -q " process $tpid .* $reader  *0 \"vmwrite\"$"; do
		i=$((i + 1))
		[ $i -gt 50 ] && break
		sleep 0.1 2>/dev/null || sleep 1
	done
	run "$VMW" sessions
	sid=$(printf '%s\n' "$out" | awk -v t="$tpid" -v r="$reader" \
		'$2 == "process" && $3 == t && $11 == r { print $1 }')
	check "sessions: the session of a vmwrite read, its owner, target and rights" \
		'[ "$status" = 0 ] && [ -n "$sid" ] &&
		 printf "%s\n" "$out" | grep -q "^ *$sid process $tpid  *r[w-][f-]  *[0-9.]*s .* active  *$reader  *0 \"vmwrite\"$"'
	check "sessions: its reads so far" \
		'printf "%s\n" "$out" |
		 awk -v id="$sid" "\$1 == id { ok = \$8 >= 1 && \$9 >= 65536 } END { exit !ok }"'
	run "$VMW" revoke "$sid"
	expect "revoke: says so" 0 out "revoked session $sid"
	run "$VMW" sessions
	check "sessions: revoked, held until its owner closes it" \
		'printf "%s\n" "$out" | awk -v id="$sid" "\$1 == id" | grep -q " revoked  *$reader "'
	cat <&3 >/dev/null
	exec 3<&-
	wait "$reader"
	rstatus=$?
	bg=
	out='' err=$(cat "$tmp/read.err") status=$rstatus
	expect "revoke: the owner's next read fails, and says why" 1 err \
		"(the session was revoked: vmwrite revoke)"
	run "$VMW" revoke "$sid"
	expect "revoke: a session that ended is no more" 1 err "session $sid"

	if [ -r $TM/rw_addr ]; then
		echo 0x1122334455667788 >$TM/rw_value
		run "$VMW" policy kernel-writes off
		check "policy kernel-writes off: the new policy" \
			'[ "$status" = 0 ] && printf "%s\n" "$out" | grep -q "^kernel-writes  *off  *on$"'
		run "$VMW" write -k "$KRW" --u64 1
		expect "policy kernel-writes off: write -k fails, and says why" 1 err \
			"kernel writes are disabled by vmwrite's policy (vmwrite policy kernel-writes on)"
		check "policy kernel-writes off: nothing written" \
			'[ "$(cat $TM/rw_value)" = 0x1122334455667788 ]'
		run "$VMW" policy kernel-writes on
		check "policy kernel-writes on" \
			'[ "$status" = 0 ] && printf "%s\n" "$out" | grep -q "^kernel-writes  *on  *on$"'
		run "$VMW" write -k "$KRW" --u64 0x5a5a
		check "policy kernel-writes on: write -k works again" \
			'[ "$status" = 0 ] && [ "$(cat $TM/rw_value)" = 0x5a5a ]'
		echo 0x1122334455667788 >$TM/rw_value
	fi

	# uid 1000: what anyone may see, and what needs CAP_SYS_ADMIN.
	as_user "$VMW" stats
	expect "uid 1000: stats" 0 out "BYTES-WRITTEN"
	as_user "$VMW" policy
	expect "uid 1000: policy" 0 out "kernel-writes"
	as_user "$VMW" sessions
	expect "uid 1000: sessions needs CAP_SYS_ADMIN" 1 err \
		"cannot list the sessions: needs CAP_SYS_ADMIN"
	as_user "$VMW" revoke 1
	expect "uid 1000: revoke needs CAP_SYS_ADMIN" 1 err \
		"cannot revoke session 1: needs CAP_SYS_ADMIN"
	as_user "$VMW" policy kernel-writes off
	expect "uid 1000: changing the policy needs CAP_SYS_ADMIN" 1 err \
		"cannot change the policy: needs CAP_SYS_ADMIN"
	as_user "$VMW" monitor
	expect "uid 1000: monitor needs CAP_SYS_ADMIN" 1 err \
		"cannot watch the audit events: needs CAP_SYS_ADMIN"
fi

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

	run env VMW_MODEL_FEATURES=1 "$VMW" cas "$tpid" "$CAS" --u8 0 1
	expect "cas: a module without compare-and-write" 1 err \
		"the loaded vmwrite module has no compare-and-write"

	run env VMW_MODEL_ACCESS=1 "$VMW" cas "$tpid" "$CAS" --u8 0 1
	expect "cas: read-only session" 1 err \
		"the session is read-only: /proc/$tpid/mem could not be opened for writing"

	run env VMW_MODEL_FAIL_ERRNO=3 "$VMW" cas "$tpid" "$CAS" --u8 0 1
	expect "cas: ESRCH" 1 err "process $tpid has exited or exec'd since attach"
fi

[ "$tap_fail" = 0 ]
