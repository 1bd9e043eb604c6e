#!/usr/bin/env bash
# CLI tests of the term-statistics commands, running the built binary:
# shards counted by separate processes (xargs -P 2) merge into exactly the
# counts of one run; counts made with other options are refused (exit 2);
# every command's output is the same for -j 1 and -j 2.
# Usage: stats_cli_test.sh KIJI SOURCE_DIR
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"

# A corpus of 8 articles: the two seed articles under four names each.
mkdir -p "$tmp/in/x" "$tmp/in/y"
for i in 1 2 3 4; do
  cp corpus/000_17a9cfc1479b7aa8.txt "$tmp/in/x/a$i.txt"
  cp corpus/001_43b3a3ccbba0a56a.txt "$tmp/in/y/b$i.txt"
done
# One extra short article so the shards differ.
printf '市場の動き\n\n市場は上昇した。投資家は市場を注視している。\n' >"$tmp/in/y/c.txt"

opts=(--window 3 --triples --ngram 1-2 --group-by dir)
"$kiji" count "${opts[@]}" "$tmp/in" -o "$tmp/whole.counts"
check "count over the whole corpus exits 0" test $? -eq 0

# Three shards, each a NUL-separated file list, counted by separate processes.
mkdir -p "$tmp/lists" "$tmp/shards"
find "$tmp/in" -name '*.txt' | sort >"$tmp/all.list"
split -n l/3 -d "$tmp/all.list" "$tmp/lists/shard"
for l in "$tmp/lists"/shard*; do tr '\n' '\0' <"$l" >"$l.0" && rm "$l"; done
ls "$tmp/lists"/*.0 | xargs -P 2 -I{} sh -c \
  '"$1" count '"${opts[*]}"' --files0-from "$2" -o "$3/$(basename "$2").counts"' \
  _ "$kiji" {} "$tmp/shards"
check "three shard counts were written" test "$(ls "$tmp/shards" | wc -l)" -eq 3
"$kiji" merge "$tmp/shards"/*.counts -o "$tmp/merged.counts"
check "merging the shards exits 0" test $? -eq 0
check "merged shards are byte-identical to one run" cmp -s "$tmp/whole.counts" "$tmp/merged.counts"
# Merge order does not matter; merging a merge is associative.
"$kiji" merge $(ls "$tmp/shards"/*.counts | sort -r) >"$tmp/merged_rev.counts"
check "merge order does not change the result" cmp -s "$tmp/whole.counts" "$tmp/merged_rev.counts"
"$kiji" merge "$tmp/shards/shard00.0.counts" "$tmp/shards/shard01.0.counts" >"$tmp/ab.counts"
"$kiji" merge "$tmp/ab.counts" "$tmp/shards/shard02.0.counts" >"$tmp/ab_c.counts"
check "merging partial merges gives the same result" cmp -s "$tmp/whole.counts" "$tmp/ab_c.counts"

# Statistics from counts equal statistics from articles.
"$kiji" stats --ngram 1-2 --group-by dir "$tmp/in" >"$tmp/stats_articles.tsv"
"$kiji" stats --counts "$tmp/merged.counts" --group-by dir >"$tmp/stats_counts.tsv"
check "stats --counts equals stats over the articles" cmp -s "$tmp/stats_articles.tsv" "$tmp/stats_counts.tsv"
"$kiji" collocations --window 3 --triples "$tmp/in" >"$tmp/tri_articles.tsv"
"$kiji" count --window 3 --triples "$tmp/in" -o "$tmp/tri.counts"
"$kiji" collocations --triples --counts "$tmp/tri.counts" >"$tmp/tri_counts.tsv"
check "collocations --counts equals collocations over the articles" cmp -s "$tmp/tri_articles.tsv" "$tmp/tri_counts.tsv"

# Counts made with other options or dictionaries are refused with exit 2.
"$kiji" count --window 5 "$tmp/in/x" -o "$tmp/w5.counts"
"$kiji" count --window 3 "$tmp/in/y" -o "$tmp/w3.counts"
"$kiji" merge "$tmp/w5.counts" "$tmp/w3.counts" >/dev/null 2>"$tmp/merge.err"
check "merging counts with different options exits 2" test $? -eq 2
check "the refusal names the option" grep -q "counts.pairs=window:3" "$tmp/merge.err"
"$kiji" count --by surface "$tmp/in/y" -o "$tmp/surface.counts"
"$kiji" merge "$tmp/w5.counts" "$tmp/surface.counts" >/dev/null 2>&1
check "merging counts with a different --by exits 2" test $? -eq 2
"$kiji" count --dict naist "$tmp/in/y" -o "$tmp/naist.counts" 2>/dev/null
if [ -s "$tmp/naist.counts" ]; then
  "$kiji" merge "$tmp/w5.counts" "$tmp/naist.counts" >/dev/null 2>"$tmp/dict.err"
  check "merging counts of another dictionary exits 2" test $? -eq 2
  check "the refusal names the dictionary" grep -q "dict\." "$tmp/dict.err"
fi
printf 'kiji-counts\t1\n' >"$tmp/bad.counts"
"$kiji" merge "$tmp/w5.counts" "$tmp/bad.counts" >/dev/null 2>&1
check "a truncated counts file exits 2" test $? -eq 2

# Options that choose or analyse articles are refused next to counts files
# (they would be ignored); $KIJI_DICT in the environment is not an option.
for extra in "--dict naist" "--terms x.tsv" "--no-terms" "--glob *.md" "--userdic u.dic"; do
  read -r -a words <<<"$extra"
  "$kiji" stats --counts "$tmp/w5.counts" "${words[@]}" >/dev/null 2>"$tmp/opt.err"
  check "stats --counts with $extra exits 2" test $? -eq 2
  check "the refusal names $extra" grep -q -- "${words[0]}" "$tmp/opt.err"
done
"$kiji" terms --counts "$tmp/w5.counts" --dict naist >/dev/null 2>&1
check "terms --counts with --dict exits 2" test $? -eq 2
"$kiji" collocations --counts "$tmp/w5.counts" --dict naist >/dev/null 2>&1
check "collocations --counts with --dict exits 2" test $? -eq 2
KIJI_DICT=naist "$kiji" stats --counts "$tmp/w5.counts" >/dev/null
check "stats --counts under KIJI_DICT exits 0" test $? -eq 0
"$kiji" keyness "$tmp/w5.counts" --reference "$tmp/w5.counts" --by surface >/dev/null 2>"$tmp/opt.err"
check "keyness of two counts files with --by exits 2" test $? -eq 2
check "the keyness refusal names --by" grep -q -- "--by has no effect" "$tmp/opt.err"
"$kiji" keyness "$tmp/w5.counts" --reference "$tmp/w5.counts" >/dev/null
check "keyness of two counts files exits 0" test $? -eq 0

# -j 1 and -j 2 give byte-identical output for every command.
for cmd in "stats --top 50" "stats --group-by dir" "keywords --top 5" "terms" \
  "collocations --sentence" "kwic 協力" "count --window 2 --triples"; do
  read -r -a words <<<"$cmd"
  "$kiji" "${words[@]}" -j 1 "$tmp/in" >"$tmp/j1.out" 2>/dev/null
  "$kiji" "${words[@]}" -j 2 "$tmp/in" >"$tmp/j2.out" 2>/dev/null
  check "kiji $cmd: -j 2 output is byte-identical to -j 1" cmp -s "$tmp/j1.out" "$tmp/j2.out"
  check "kiji $cmd: output is not empty" test -s "$tmp/j1.out"
done
"$kiji" keyness -j 2 "$tmp/in/x" --reference "$tmp/in/y" >"$tmp/k2.out"
"$kiji" keyness -j 1 "$tmp/in/x" --reference "$tmp/in/y" >"$tmp/k1.out"
check "kiji keyness: -j 2 output is byte-identical to -j 1" cmp -s "$tmp/k1.out" "$tmp/k2.out"

# kwic finds phrases across tokens: a regex (or surface) pattern searches the
# sentence text, a lemma pattern may be several tokens; as many hits as grep.
for args in "--match regex 中央アジア諸国" "--match surface 中央アジア諸国" "国際協力"; do
  read -r -a words <<<"$args"
  hits=$("$kiji" kwic "${words[@]}" corpus/ | tail -n +2 | wc -l)
  grepped=$(grep -o "${words[-1]}" corpus/*.txt | wc -l)
  check "kwic $args finds what grep finds ($grepped)" test "$hits" -eq "$grepped" -a "$grepped" -gt 1
done
finish
