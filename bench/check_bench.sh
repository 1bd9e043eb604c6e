#!/usr/bin/env bash
# How fast `kiji check --cache` re-checks a corpus: a first run into an empty
# cache folder, a re-run of the unchanged corpus (the goal: at most 5% of the
# first run's time) and a run with one new article (an edited copy of a
# corpus article in a temporary folder, so it is also a near-duplicate), next
# to `mecab -Owakati` on the same text for scale. ROUNDS rounds; prints
# medians and ratios. Not a test: timings never decide pass or fail.
#
#   bench/check_bench.sh [ROUNDS] [DIR...]
#   (default: 3 rounds over ../shared/data/wikinews-ja and ../shared/data/livedoor)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kiji=${KIJI:-$here/build/cli/kiji}
dic=${KIJI_BENCH_DIC:-/var/lib/mecab/dic/ipadic-utf8}
jobs=${KIJI_BENCH_JOBS:-2}
rounds=${1:-3}
shift || true
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=("$here/../shared/data/wikinews-ja" "$here/../shared/data/livedoor")
for i in "${!dirs[@]}"; do dirs[$i]=$(cd "${dirs[$i]}" && pwd); done

tmp=$(mktemp -d /tmp/kiji-check-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/common.sh"
prepare_input
mkdir -p "$tmp/new"
# The new article: the first file of the corpus with its first body line dropped.
first=$(tr '\0' '\n' <"$tmp/list0" | sed -n 1p)
sed '3d' "$first" >"$tmp/new/new_article.txt"

check_cmd=("$kiji" check -j "$jobs" --dict "$dic" --format json "${dirs[@]}")
cold() { rm -rf "$tmp/cache"; "${check_cmd[@]}" --cache "$tmp/cache" >"$tmp/cold.json" || true; }
warm() { "${check_cmd[@]}" --cache "$tmp/cache" >"$tmp/warm.json" || true; }
one_new() { "${check_cmd[@]}" "$tmp/new" --cache "$tmp/cache1" >/dev/null || true; }
prime_one_new() { rm -rf "$tmp/cache1"; cp -r "$tmp/cache" "$tmp/cache1"; }
mecab_all() { "${mecab_cmd[@]}" "$tmp/all.txt" >/dev/null; }

echo "input: $files files, $bytes bytes; dictionary $dic; -j $jobs; $rounds rounds"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: compare ratios)"
mecab_all  # warm the page cache and the dictionary mmap
for ((r = 0; r < rounds; r++)); do
  run mecab mecab_all
  run cold cold
  run warm warm
  prime_one_new
  run one_new one_new
done
cmp -s "$tmp/cold.json" "$tmp/warm.json" && same=yes || same=NO
printf '%-34s %9s\n' "run" "median s"
for name in mecab cold warm one_new; do printf '%-34s %9s\n' "$name" "$(median $name)"; done
awk -v c="$(median cold)" -v w="$(median warm)" -v n="$(median one_new)" -v m="$(median mecab)" \
  'BEGIN { printf "unchanged re-run / first run: %.1f%% (goal <= 5%%)\n", 100 * w / c;
           printf "one new article / first run:  %.1f%%\n", 100 * n / c;
           printf "first run / mecab -Owakati:   %.2fx\n", c / m }'
echo "re-run output identical to the first run: $same"
