#!/usr/bin/env bash
# `kiji report --counts` from shards: corpus/ and every golden input (bad
# bytes and broken records included) counted by `kiji count --report` as
# separate processes under GNU parallel, merged in input order, give byte for
# byte the JSON of `kiji report` over the same inputs (--no-timing); so do
# the shards given to --counts unmerged, -j 1 and -j 2, and the filters.
# Damaged article records are refused with FILE:LINE.
# Usage: report_counts_test.sh KIJI SOURCE_DIR
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"
command -v parallel >/dev/null || { echo "GNU parallel is missing (./dev.sh installs it)"; exit 1; }
export LC_ALL=C

inputs=(corpus $(find tests/golden -path '*/input/*' -type f | sort) \
  tests/golden/report/jsonl-months/news.jsonl)
n=${#inputs[@]}
"$kiji" report --no-timing -j 1 -f json -o "$tmp/whole-j1.json" "${inputs[@]}" 2>/dev/null
"$kiji" report --no-timing -j 2 -f json -o "$tmp/whole.json" "${inputs[@]}" 2>/dev/null
check "report -j 1 and -j 2 agree" cmp -s "$tmp/whole-j1.json" "$tmp/whole.json"
check "the report holds articles" grep -q '"articles": [1-9]' "$tmp/whole.json"

# One process per input, two at a time; shard {#} is the input's position.
parallel --will-cite -k -j 2 "$kiji" count --report {} -o "$tmp/shard-{#}.counts" \
  ::: "${inputs[@]}" 2>/dev/null
shards=()
for ((i = 1; i <= n; i++)); do shards+=("$tmp/shard-$i.counts"); done
check "parallel wrote every shard" test "$(ls "$tmp"/shard-*.counts | wc -l)" -eq "$n"
check "shards with articles are version 2" grep -q $'^kiji-counts\t2$' "$tmp/shard-1.counts"
"$kiji" merge "${shards[@]}" -o "$tmp/merged.counts"
check "merge exits 0" test $? -eq 0
"$kiji" report --no-timing -f json -o "$tmp/from-counts.json" --counts "$tmp/merged.counts"
check "report --counts exits 0" test $? -eq 0
check "report --counts gives the same JSON byte for byte" \
  cmp "$tmp/whole.json" "$tmp/from-counts.json"
check "... and so do the shards unmerged" \
  cmp -s "$tmp/whole.json" <("$kiji" report --no-timing -f json -o - --counts "${shards[@]}")
check "the timed report says it was built from counts" \
  grep -q '"from_counts": true' <("$kiji" report -f json -o - --counts "$tmp/merged.counts")
"$kiji" count --report -j 1 corpus -o "$tmp/c1.counts"
"$kiji" count --report -j 2 corpus -o "$tmp/c2.counts"
check "count --report -j 1 and -j 2 agree" cmp -s "$tmp/c1.counts" "$tmp/c2.counts"
check "merged shards are what one count writes" cmp -s "$tmp/merged.counts" \
  <("$kiji" count --report "${inputs[@]}" -o - 2>/dev/null)
for opts in "--sector trade" "--from 2025-06-01 --to 2025-12-31" "--window 5" "--top 3"; do
  # shellcheck disable=SC2086
  check "report --counts $opts is the report's" cmp -s \
    <("$kiji" report --no-timing -f json -o - $opts "${inputs[@]}" 2>/dev/null) \
    <("$kiji" report --no-timing -f json -o - $opts --counts "$tmp/merged.counts")
done
for f in md html; do
  check "-f $f from counts is the report's too" cmp -s \
    <("$kiji" report --no-timing -f $f -o - "${inputs[@]}" 2>/dev/null) \
    <("$kiji" report --no-timing -f $f -o - --counts "$tmp/merged.counts")
done

# Refusals: counts without records, another window, damaged records.
"$kiji" count corpus -o "$tmp/plain.counts"
"$kiji" report -f json -o - --counts "$tmp/plain.counts" >/dev/null 2>"$tmp/err"
check "counts without records exit 2" test $? -eq 2
check "... saying how to make them" grep -q "kiji count --report" "$tmp/err"
"$kiji" report --window 3 -f json -o - --counts "$tmp/merged.counts" >/dev/null 2>"$tmp/err"
check "--window 3 on window:5 counts exits 2" grep -q "needs counts made with --window 3" "$tmp/err"
line=$(grep -n -m1 $'^aterm\t' "$tmp/c1.counts" | cut -d: -f1)
sed "${line}s/^aterm\t[0-9]*/aterm\t0/" "$tmp/c1.counts" >"$tmp/bad.counts"
"$kiji" merge "$tmp/bad.counts" -o - >/dev/null 2>"$tmp/err"
check "a count of 0 exits 2" test $? -eq 2
check "... with FILE:LINE" grep -q "^kiji: $tmp/bad.counts:$line: expected aterm" "$tmp/err"
sed "${line}d" "$tmp/c1.counts" | sed '$d' >"$tmp/cut.counts"
"$kiji" report -f json -o - --counts "$tmp/cut.counts" >/dev/null 2>"$tmp/err"
check "a damaged file exits 2" test $? -eq 2

finish report_counts
