#!/usr/bin/env bash
# Cost of `kiji speakers` over `kiji tokenize -f wakati` on the same input,
# interleaved, several rounds: prints the median wall time and CPU time of
# each and their ratios. Not a test: timings never decide pass or fail.
#
#   bench/speakers_bench.sh [ROUNDS] [DIR...]
#   (default: 7 rounds over ../shared/data/wikinews-ja)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kiji=${KIJI:-$here/build/cli/kiji}
rounds=${1:-7}
shift || true
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=("$here/../shared/data/wikinews-ja")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {  # run NAME ARGS... ; appends "wall cpu" seconds to $tmp/NAME
  /usr/bin/time -f "%e %U %S" -o "$tmp/t" "$kiji" "${@:2}" "${dirs[@]}" >/dev/null
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$tmp/t" >>"$tmp/$1"
}
for ((i = 0; i < rounds; i++)); do
  run tokenize tokenize -f wakati
  run speakers speakers
done
median() {  # median COLUMN FILE
  cut -d' ' -f"$1" "$2" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
tw=$(median 1 "$tmp/tokenize") tc=$(median 2 "$tmp/tokenize")
sw=$(median 1 "$tmp/speakers") sc=$(median 2 "$tmp/speakers")
echo "tokenize -f wakati  wall ${tw}s  cpu ${tc}s"
echo "speakers            wall ${sw}s  cpu ${sc}s"
echo "speakers / tokenize wall $(echo "scale=3; $sw / $tw" | bc)  cpu $(echo "scale=3; $sc / $tc" | bc)"
