#!/usr/bin/env bash
# Commands run again on an unchanged corpus, with the analysis cache
# (--cache), against `mecab -Owakati` with the same dictionary on the same
# input, interleaved, several rounds; prints the median wall and CPU seconds
# and the ratios. The cache is filled once before the timed rounds, so every
# timed kiji run finds all its analyses there. Not a test.
#
#   bench/cache_bench.sh [ROUNDS] [DIR...]
#   (default: 5 rounds over ../shared/data/wikinews-ja)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kiji=${KIJI:-$here/build/cli/kiji}
dic=${KIJI_BENCH_DIC:-/var/lib/mecab/dic/ipadic-utf8}
rounds=${1:-5}
shift || true
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=("$here/../shared/data/wikinews-ja")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/common.sh"
prepare_input
cache=$tmp/cache

echo "input: $files files, $bytes bytes; dictionary $dic; $rounds rounds"
"${mecab_cmd[@]}" "$tmp/all.txt" >/dev/null
# Fills the cache (and warms the page cache): the analyses, and the per-article
# results that stats (term counts), report (summaries), sectors, speakers and
# keywords (their outputs) keep beside them.
"$kiji" tokenize -f wakati --cache "$cache" --files0-from "$tmp/list0" >/dev/null
"$kiji" stats --cache "$cache" --files0-from "$tmp/list0" >/dev/null
"$kiji" report --cache "$cache" --files0-from "$tmp/list0" -o "$tmp/report.html"
"$kiji" sectors --cache "$cache" --files0-from "$tmp/list0" >/dev/null
"$kiji" speakers --cache "$cache" --files0-from "$tmp/list0" >/dev/null
"$kiji" keywords --cache "$cache" --files0-from "$tmp/list0" >/dev/null
names=(mecab tokenize_wakati tokenize_tsv stats report sectors speakers keywords)
for ((r = 0; r < rounds; r++)); do
  run mecab "${mecab_cmd[@]}" "$tmp/all.txt"
  run tokenize_wakati "$kiji" tokenize -f wakati --cache "$cache" --files0-from "$tmp/list0"
  run tokenize_tsv "$kiji" tokenize -f tsv --cache "$cache" --files0-from "$tmp/list0"
  run stats "$kiji" stats --cache "$cache" --files0-from "$tmp/list0"
  run report "$kiji" report --cache "$cache" --files0-from "$tmp/list0" -o "$tmp/report.html"
  run sectors "$kiji" sectors --cache "$cache" --files0-from "$tmp/list0"
  run speakers "$kiji" speakers --cache "$cache" --files0-from "$tmp/list0"
  run keywords "$kiji" keywords --cache "$cache" --files0-from "$tmp/list0"
done
m=$(median mecab)
mc=$(median mecab.cpu)
printf '%-28s %8s %8s %8s %10s\n' "command (cache warm)" "median s" "vs mecab" "cpu s" "cpu ratio"
for name in "${names[@]}"; do
  t=$(median $name)
  c=$(median $name.cpu)
  printf '%-28s %8.3f %7.2fx %8.3f %9.2fx\n' "$name" "$t" "$(echo "$m / $t" | bc -l)" "$c" \
    "$(echo "$mc / $c" | bc -l)"
done
du -k "$cache" | awk '{printf "cache folder: %d KiB\n", $1}'
