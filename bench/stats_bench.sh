#!/usr/bin/env bash
# Throughput and memory of `kiji stats -j 2` against two `mecab -Owakati`
# processes on the two halves of the same text and against a Python baseline
# (bench/counter_baseline.py: python3-mecab wakati + collections.Counter).
# Runs are interleaved, ROUNDS times; prints medians and ratios. Then the
# anonymous memory (RssAnon at exit, kiji stats --stats-memory) for the
# corpus and for the corpus repeated 10x (a temporary folder of symlinks under
# /tmp, deleted afterwards): heap should follow the vocabulary, not the
# corpus. Not a test: timings never decide pass or fail.
#
#   bench/stats_bench.sh [ROUNDS] [DIR...]
#   (default: 5 rounds over ../shared/data/wikinews-ja and ../shared/data/livedoor)
#
# Needs python3-mecab for the baseline (apt-get install python3-mecab); the
# baseline is skipped when it is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kiji=${KIJI:-$here/build/cli/kiji}
dic=${KIJI_BENCH_DIC:-/var/lib/mecab/dic/ipadic-utf8}
python=${KIJI_BENCH_PYTHON:-/usr/bin/python3}
rounds=${1:-5}
shift || true
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=("$here/../shared/data/wikinews-ja" "$here/../shared/data/livedoor")
for i in "${!dirs[@]}"; do dirs[$i]=$(cd "${dirs[$i]}" && pwd); done

tmp=$(mktemp -d /tmp/kiji-stats-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/common.sh"
prepare_input
kiji_cmd=("$kiji" stats -j 2 --dict "$dic" --files0-from "$tmp/list0")
have_python=1
"$python" -c 'import MeCab' 2>/dev/null || have_python=0

echo "input: $files files, $bytes bytes; dictionary $dic; $rounds rounds"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: compare ratios)"
# One untimed pass to warm the page cache and the dictionary mmap.
two_mecab
"${kiji_cmd[@]}" >/dev/null
for ((r = 0; r < rounds; r++)); do
  run mecab_x2 two_mecab
  run kiji_stats_j2 "${kiji_cmd[@]}"
  run kiji_tokenize_j2 "$kiji" tokenize -f wakati -j 2 --dict "$dic" --files0-from "$tmp/list0"
  [ $have_python -eq 1 ] && run python_counter "$python" "$here/bench/counter_baseline.py" "$tmp/list0" "$dic"
done
printf '%-28s %8s %10s\n' "command" "median s" "MB/s"
names=(mecab_x2 kiji_stats_j2 kiji_tokenize_j2)
[ $have_python -eq 1 ] && names+=(python_counter)
for name in "${names[@]}"; do
  t=$(median $name)
  printf '%-28s %8.3f %10.2f\n' "$name" "$t" "$(echo "$bytes / $t / 1000000" | bc -l)"
done
printf 'kiji stats -j 2 vs two mecab -Owakati on halves: %.2fx (target >= 0.9x)\n' \
  "$(echo "$(median mecab_x2) / $(median kiji_stats_j2)" | bc -l)"
printf 'kiji tokenize -f wakati -j 2 (analysis alone) vs two mecab: %.2fx\n' \
  "$(echo "$(median mecab_x2) / $(median kiji_tokenize_j2)" | bc -l)"
printf 'kiji stats -j 2 vs kiji tokenize -j 2 (cost of counting): %.2fx\n' \
  "$(echo "$(median kiji_tokenize_j2) / $(median kiji_stats_j2)" | bc -l)"
if [ $have_python -eq 1 ]; then
  printf 'kiji stats -j 2 vs Python Counter baseline:     %.2fx (target >= 2.5x)\n' \
    "$(echo "$(median python_counter) / $(median kiji_stats_j2)" | bc -l)"
fi

# Memory: the corpus, then the corpus 10x (symlinks to every file), then a
# control with as many input names as the 10x run but a tiny vocabulary
# (every name a symlink to one short article): what the list of input names
# costs, apart from the counts.
echo "memory (kiji stats -j 2 --stats-memory, at exit):"
"${kiji_cmd[@]}" --stats-memory 2>&1 >/dev/null | sed 's/^/  1x:  /'
mkdir -p "$tmp/x10"
for ((r = 0; r < 10; r++)); do
  for d in "${dirs[@]}"; do
    mkdir -p "$tmp/x10/$r"
    cp -rs "$d" "$tmp/x10/$r/"
  done
done
n10=$(find "$tmp/x10" -name '*.txt' ! -name 'LICENSE.txt' ! -name 'README.txt' ! -name 'CHANGES.txt' | wc -l)
echo "  10x: $n10 files (symlinks), $((bytes * 10)) bytes"
"$kiji" stats -j 2 --dict "$dic" --stats-memory "$tmp/x10" 2>&1 >/dev/null | sed 's/^/  10x: /'
"$kiji" stats -j 2 --dict "$dic" "$tmp/x10" | wc -l | sed 's/^/  10x: terms: /'
"${kiji_cmd[@]}" | wc -l | sed 's/^/  1x:  terms: /'
mkdir -p "$tmp/names"
printf '市場の動き\n\n市場は上昇した。\n' >"$tmp/one.txt"
/usr/bin/python3 -c 'import os, sys
for i in range(int(sys.argv[3])): os.symlink(sys.argv[1], f"{sys.argv[2]}/{i:06d}.txt")' \
  "$tmp/one.txt" "$tmp/names" "$n10"
"$kiji" stats -j 2 --dict "$dic" --stats-memory "$tmp/names" 2>&1 >/dev/null |
  sed "s/^/  control, $n10 names of one short article: /"
