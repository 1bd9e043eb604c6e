#!/usr/bin/env bash
# Throughput of `kiji tokenize -f wakati` against `mecab -Owakati` with the
# same dictionary on the same input, interleaved, several rounds; prints the
# median wall time of each, the throughput ratios, and the CPU seconds.
# Not a test: timings never decide pass or fail.
#
#   bench/tokenize_bench.sh [ROUNDS] [DIR...]
#   (default: 5 rounds over ../shared/data/wikinews-ja and ../shared/data/livedoor)
#
# kiji reads the folders (one article per file); mecab reads the same files
# concatenated (mecab -b is raised so long lines are not split). "2 x mecab"
# runs two mecab processes on the two halves of that input at once.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kiji=${KIJI:-$here/build/cli/kiji}
dic=${KIJI_BENCH_DIC:-/var/lib/mecab/dic/ipadic-utf8}
rounds=${1:-5}
shift || true
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=("$here/../shared/data/wikinews-ja" "$here/../shared/data/livedoor")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/common.sh"
prepare_input

echo "input: $files files, $bytes bytes; dictionary $dic; $rounds rounds"
# One untimed pass to warm the page cache and the dictionary mmap.
"${mecab_cmd[@]}" "$tmp/all.txt" >/dev/null
"$kiji" tokenize -f wakati --files0-from "$tmp/list0" >/dev/null
for ((r = 0; r < rounds; r++)); do
  run mecab "${mecab_cmd[@]}" "$tmp/all.txt"
  run kiji_j1 "$kiji" tokenize -f wakati -j 1 --files0-from "$tmp/list0"
  run mecab_x2 two_mecab
  run kiji_j2 "$kiji" tokenize -f wakati -j 2 --files0-from "$tmp/list0"
done
m=$(median mecab)
mc=$(median mecab.cpu)
printf '%-28s %8s %10s %8s %8s %10s\n' "command" "median s" "MB/s" "vs mecab" "cpu s" "cpu ratio"
for name in mecab kiji_j1 mecab_x2 kiji_j2; do
  t=$(median $name)
  c=$(median $name.cpu)
  printf '%-28s %8.3f %10.2f %7.2fx %8.3f %9.2fx\n' "$name" "$t" "$(echo "$bytes / $t / 1000000" | bc -l)" \
    "$(echo "$m / $t" | bc -l)" "$c" "$(echo "$mc / $c" | bc -l)"
done
printf 'kiji -j 2 vs two mecab processes on halves: %.2fx\n' \
  "$(echo "$(median mecab_x2) / $(median kiji_j2)" | bc -l)"
echo "cpu ratio: mecab's CPU seconds over the command's (user + system); on a shared"
echo "machine it moves less than wall time, and at -j 1 it is the throughput ratio"
echo "the command would have alone."
# The issue's memory row: anonymous memory per worker (sampled peak RssAnon).
a1=$(peak_anon_kb "$kiji" tokenize -f wakati -j 1 --files0-from "$tmp/list0")
a2=$(peak_anon_kb "$kiji" tokenize -f wakati -j 2 --files0-from "$tmp/list0")
am=$(peak_anon_kb "${mecab_cmd[@]}" "$tmp/all.txt")
printf 'peak anonymous memory (RssAnon): kiji -j 1 %.1f MiB, -j 2 %.1f MiB (%.1f per worker); mecab %.1f MiB\n' \
  "$(echo "$a1 / 1024" | bc -l)" "$(echo "$a2 / 1024" | bc -l)" "$(echo "$a2 / 2048" | bc -l)" \
  "$(echo "$am / 1024" | bc -l)"
