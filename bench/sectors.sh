#!/usr/bin/env bash
# Cost of `kiji sectors` against `kiji tokenize -f wakati` (and MeCab alone)
# on the same input, in the same run: best of N runs of each, CPU seconds
# (user + sys). The budget: sectors <= 1.10 x tokenize.
#
#   bench/sectors.sh [KIJI] [DIR] [N]
#   bench/sectors.sh build/cli/kiji ../shared/data/wikinews-ja 5
set -euo pipefail
kiji=${1:-build/cli/kiji}
dir=${2:-corpus}
runs=${3:-5}

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

best() {  # best CPU time of $runs runs of "$@"
  local best_t=""
  for _ in $(seq "$runs"); do
    local t
    /usr/bin/time -o "$tmp" -f '%U %S' "$@" >/dev/null 2>&1
    t=$(awk '{print $1 + $2}' "$tmp")
    if [[ -z $best_t ]] || awk -v a="$t" -v b="$best_t" 'BEGIN{exit !(a < b)}'; then best_t=$t; fi
  done
  echo "$best_t"
}

mecab_all() { find "$dir" -name '*.txt' -print0 | sort -z | xargs -0 cat | mecab -r /dev/null -d /var/lib/mecab/dic/ipadic-utf8; }

tok=$(best "$kiji" tokenize -f wakati "$dir")
sec=$(best "$kiji" sectors "$dir")
if command -v mecab >/dev/null && [[ -d /var/lib/mecab/dic/ipadic-utf8 ]]; then
  export -f mecab_all; export dir
  mec=$(best bash -c mecab_all)
else
  mec=""
fi
# Instruction counts are steadier than CPU time on a loaded machine:
# KIJI_BENCH_CALLGRIND=1 adds them (slow: valgrind runs each command once).
if [[ ${KIJI_BENCH_CALLGRIND:-0} == 1 ]] && command -v valgrind >/dev/null; then
  irefs() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
              awk '/refs:/ {gsub(",", "", $NF); print $NF}'; }
  tok_ir=$(irefs "$kiji" tokenize -f wakati "$dir")
  sec_ir=$(irefs "$kiji" sectors "$dir")
  awk -v t="$tok_ir" -v s="$sec_ir" 'BEGIN { printf "instructions: sectors / tokenize %.3f\n", s / t }'
fi
awk -v t="$tok" -v s="$sec" -v m="$mec" 'BEGIN {
  printf "mecab alone        %6.2f s\n", m == "" ? 0 : m
  printf "kiji tokenize      %6.2f s\n", t
  printf "kiji sectors       %6.2f s\n", s
  printf "sectors / tokenize %6.3f\n", s / t
  if (m != "") printf "sectors / mecab    %6.3f\n", s / m
}'
