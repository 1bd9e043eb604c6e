#!/usr/bin/env bash
# Cost of `kiji report` over `kiji tokenize -f wakati -j 2` on the same input,
# interleaved, several rounds: prints the median wall and CPU time of each,
# their ratio (target: report <= 1.3 x tokenize) and the report's peak
# memory. Not a test: timings never decide pass or fail.
#
#   bench/report_bench.sh [ROUNDS] [DIR...]
#   (default: 3 rounds over ../shared/data/wikinews-ja and livedoor, ~34 MB;
#   KIJI_BENCH_DATA names another data folder)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kiji=${KIJI:-$here/build/cli/kiji}
rounds=${1:-3}
shift || true
dirs=("$@")
data=${KIJI_BENCH_DATA:-$here/../shared/data}
[ -d "$data" ] || data=/work/shared/data  # from a worktree under /work/wt/
[ ${#dirs[@]} -eq 0 ] && dirs=("$data/wikinews-ja" "$data/livedoor")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {  # run NAME ARGS... ; appends "wall cpu maxrss_kb" to $tmp/NAME
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$kiji" "${@:2}" >/dev/null
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$tmp/t" >>"$tmp/$1"
}
for ((i = 0; i < rounds; i++)); do
  run tokenize tokenize -f wakati -j 2 "${dirs[@]}"
  run report report --no-timing -j 2 "${dirs[@]}" -o "$tmp/report.json"
done
median() {  # median COLUMN FILE
  cut -d' ' -f"$1" "$2" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
tw=$(median 1 "$tmp/tokenize") tc=$(median 2 "$tmp/tokenize")
rw=$(median 1 "$tmp/report") rc=$(median 2 "$tmp/report") rm=$(median 3 "$tmp/report")
echo "input: $(du -shc "${dirs[@]}" | tail -n 1 | cut -f1), $rounds rounds, -j 2"
echo "tokenize -f wakati  wall ${tw}s  cpu ${tc}s"
echo "report (json)       wall ${rw}s  cpu ${rc}s  max RSS $((rm / 1024)) MiB"
echo "report / tokenize   wall $(echo "scale=3; $rw / $tw" | bc)  cpu $(echo "scale=3; $rc / $tc" | bc)"
