#!/usr/bin/env bash
# kiji's compiled IPADIC (context ids renumbered, tools/) against Debian's,
# same input, interleaved rounds: `mecab -Owakati` under each, and `kiji
# tokenize -f wakati -j 1` under each (--dict ipadic vs --dict system-ipadic).
# Prints medians and ratios. Not a test: timings never decide pass or fail.
#
#   bench/dictionary_bench.sh [ROUNDS] [DIR...]
#   (default: 5 rounds over ../shared/data/wikinews-ja; the id order was
#   counted on livedoor, so the default input is not the one it was made on)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kiji=${KIJI:-$here/build/cli/kiji}
own=${KIJI_OWN_DIC:-$here/build/dic/ipadic}
dic=/var/lib/mecab/dic/ipadic-utf8
rounds=${1:-5}
shift || true
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=("$here/../shared/data/wikinews-ja")
[ -f "$own/sys.dic" ] || { echo "dictionary_bench.sh: no $own/sys.dic (build kiji first)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/common.sh"
prepare_input
own_cmd=(mecab -r /dev/null -d "$own" -b 4000000 -Owakati)

echo "input: $files files, $bytes bytes; $rounds rounds; load: $(cut -d' ' -f1-3 /proc/loadavg)"
"${mecab_cmd[@]}" "$tmp/all.txt" >/dev/null
"${own_cmd[@]}" "$tmp/all.txt" >/dev/null
for ((r = 0; r < rounds; r++)); do
  run mecab_system "${mecab_cmd[@]}" "$tmp/all.txt"
  run mecab_kiji_dic "${own_cmd[@]}" "$tmp/all.txt"
  run kiji_system "$kiji" tokenize -f wakati -j 1 --dict system-ipadic --files0-from "$tmp/list0"
  run kiji_kiji_dic "$kiji" tokenize -f wakati -j 1 --dict ipadic --files0-from "$tmp/list0"
done
printf '%-16s %9s %8s\n' command "median s" "cpu s"
for name in mecab_system mecab_kiji_dic kiji_system kiji_kiji_dic; do
  printf '%-16s %9.3f %8.3f\n' "$name" "$(median $name)" "$(median $name.cpu)"
done
ratio() { echo "$(median "$1") / $(median "$2")" | bc -l; }
printf 'mecab, kiji dictionary vs system: %.3fx (cpu %.3fx)\n' "$(ratio mecab_system mecab_kiji_dic)" \
  "$(ratio mecab_system.cpu mecab_kiji_dic.cpu)"
printf 'kiji -j 1, kiji dictionary vs system: %.3fx (cpu %.3fx)\n' \
  "$(ratio kiji_system kiji_kiji_dic)" "$(ratio kiji_system.cpu kiji_kiji_dic.cpu)"
printf 'kiji -j 1 (kiji dictionary) vs mecab (system): %.3fx\n' "$(ratio mecab_system kiji_kiji_dic)"
