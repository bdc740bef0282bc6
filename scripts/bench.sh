#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench: boot KERNEL (default 6.12-cloud) twice, with QEMU's CPU model
# max and max,-erms,-fsrm, run selftests/vmwrite_bench in each, and write
# under .build/bench/KERNEL/:
#   CPU.csv    every figure: case,op,bytes,method,median_us,min_us,max_us
#   CPU.txt    the table, absolute and as ratios
#   CPU.png    the chart
# Ends with one line for machines, from the max boot:
#   bench: batch_vs_best_onecall=R batch_vs_pvw_iov=R ioctl_bulk_vs_pvw=R ioctl_small_vs_best=R
# Each R is how many times longer the other method takes than vmwrite's
# (above 1: vmwrite is faster).  See
# Documentation/dev-tools/vmwrite-performance.rst.  Asserts nothing.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
kernel=${1:-6.12-cloud}
out=$top/.build/bench/$kernel
cpus=("max" "max,-erms,-fsrm")

scripts/deps.sh
scripts/hygiene.sh w1 "$kernel" > /dev/null
scripts/hygiene.sh testmod "$kernel" > /dev/null
make -s userlib selftests
mkdir -p "$out" .build/logs

# The ratios of one run's CSV: the table, then the machines' line.
report()
{
	awk -F, '
	function t(c, o, b, m) { return T[c "," o "," b "," m] }
	function r(x, y) { return (x > 0 && y > 0) ? sprintf("%.2f", x / y) : "n/a" }
	# The fastest of the one-call-per-transfer anchors.
	function best(c, o, b,   m, v, x) {
		split("proc_mem process_vm ptrace", m, " ")
		v = 0
		for (x in m) if (t(c, o, b, m[x]) > 0 && (!v || t(c, o, b, m[x]) < v)) v = t(c, o, b, m[x])
		return v
	}
	{ T[$1 "," $2 "," $3 "," $4] = $5; if (!seen[$1 "," $2 "," $3]++) rows[++n] = $1 "," $2 "," $3
	  if (!mseen[$1 "," $2 "," $3 "," $4]++) ms[$1 "," $2 "," $3] = ms[$1 "," $2 "," $3] " " $4 }
	END {
		printf "%-9s %-5s %8s %-15s %12s %9s\n", "case", "op", "bytes", "method", "us/unit", "/first"
		for (i = 1; i <= n; i++) {
			split(rows[i], k, ","); split(substr(ms[rows[i]], 2), m, " ")
			for (j = 1; m[j] != ""; j++)
				printf "%-9s %-5s %8s %-15s %12.2f %9s\n", k[1], k[2], k[3], m[j],
				       t(k[1], k[2], k[3], m[j]), r(t(k[1], k[2], k[3], m[j]), t(k[1], k[2], k[3], m[1]))
		}
		printf "bench: batch_vs_best_onecall=%s batch_vs_pvw_iov=%s ioctl_bulk_vs_pvw=%s ioctl_small_vs_best=%s\n",
		       r(best("scattered", "write", 8000), t("scattered", "write", 8000, "vmwrite_batch")),
		       r(t("scattered", "write", 8000, "process_vm_iov"), t("scattered", "write", 8000, "vmwrite_batch")),
		       r(t("bulk", "write", 1048576, "process_vm"), t("bulk", "write", 1048576, "vmwrite")),
		       r(best("bulk", "write", 8), t("bulk", "write", 8, "vmwrite"))
	}' "$1"
}

# The chart: per case, each method's time relative to the case's first.
chart()
{
	local csv=$1 png=$2 title=$3 dat

	dat=$(mktemp)
	awk -F, '
	{ if (!($1 "," $2 "," $3 in first)) first[$1 "," $2 "," $3] = $5
	  if ($5 > 0 && first[$1 "," $2 "," $3] > 0)
		printf "\"%s %s %s: %s\" %.3f\n", $1, $2, $3, $4, $5 / first[$1 "," $2 "," $3] }' \
		"$csv" > "$dat"
	gnuplot <<EOF
set terminal pngcairo size 1400,$((200 + 16 * $(wc -l < "$dat"))) noenhanced
set output "$png"
set title "$title: time of each method / time of the case's first (vmwrite), log scale; lower is faster"
set logscale x
set xlabel "times vmwrite's time"
set ytics nomirror font ",9"
set yrange [-1:*] reverse
set grid x
set style fill solid 0.6
unset key
plot "$dat" using 2:0:(1):2:(\$0-0.4):(\$0+0.4):yticlabels(1) with boxxyerror
EOF
	rm -f "$dat"
}

lines=()
for cpu in "${cpus[@]}"; do
	tag=${cpu//,/_}
	payload=$top/.build/payload-$kernel-bench
	log=$top/.build/logs/bench-$kernel-$tag.log
	scripts/qemu-payload.sh --mode bench selftests "$payload" \
		"$top/.build/$kernel/module/vmwrite.ko" \
		"$top/.build/$kernel-testmod/vmwrite_testmod.ko" > /dev/null
	echo "bench: $kernel, -cpu $cpu (log: $log)"
	scripts/qemu-boot.sh --kernel "$kernel" --payload "$payload" --cpu "$cpu" \
		--timeout 3600 --log "$log" > /dev/null
	sed -n 's/^VMWRITE-BENCH-CSV,//p' "$log" > "$out/$tag.csv"
	[ -s "$out/$tag.csv" ] || { echo "bench: no figures in $log" >&2; exit 1; }
	report "$out/$tag.csv" > "$out/$tag.txt"
	chart "$out/$tag.csv" "$out/$tag.png" "$kernel, -cpu $cpu"
	echo "-cpu $cpu:"
	grep -v '^bench:' "$out/$tag.txt"
	lines+=("$(grep '^bench:' "$out/$tag.txt")")
	echo "-cpu $cpu: ${lines[-1]#bench: }"
	echo
done
echo "results: $out (CSV, table and chart per CPU model)"
echo "${lines[0]}"
