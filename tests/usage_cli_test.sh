#!/usr/bin/env bash
# CLI tests of how kiji meets a new user (issue 16): list options take the
# values their help shows, usage errors name the command's help and what was
# wrong, --version, the help groups, and the exit status of each command.
# Usage: usage_cli_test.sh KIJI SOURCE_DIR
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"


a=corpus/000_17a9cfc1479b7aa8.txt
b=corpus/001_43b3a3ccbba0a56a.txt
printf '市場の動き\n\n市場は上昇した。投資家は市場を注視している。\n' >"$tmp/c.txt"
mkdir -p "$tmp/ref" && cp "$b" "$tmp/c.txt" "$tmp/ref/"

# --reference A B: both are the reference, the target stays the target.
"$kiji" keyness "$a" --reference "$b" "$tmp/c.txt" >"$tmp/k_two.tsv"
check "keyness --reference A B exits 0" test $? -eq 0
"$kiji" keyness "$a" --reference "$tmp/ref" >"$tmp/k_dir.tsv"
check "keyness --reference A B equals a reference folder of A and B" \
  cmp -s "$tmp/k_two.tsv" "$tmp/k_dir.tsv"
"$kiji" keyness "$a" --reference "$b" >"$tmp/k_one.tsv"
check "the second reference changes the result" \
  bash -c "! cmp -s '$tmp/k_one.tsv' '$tmp/k_two.tsv'"
"$kiji" keyness --reference "$b" "$tmp/c.txt" -- "$a" >"$tmp/k_dashes.tsv"
check "-- ends the references; the target may follow" cmp -s "$tmp/k_two.tsv" "$tmp/k_dashes.tsv"
expect "keyness with every input taken by --reference" 2 \
  "kiji: keyness: no target (--reference takes every value up to the next option: give the target first, or end the references with --)" \
  "$kiji" keyness --reference "$b" "$a"
"$kiji" count --window 0 "$a" -o "$tmp/a.counts"
"$kiji" count --window 0 "$b" -o "$tmp/b.counts"
expect "keywords --reference before the articles says how to give them" 2 \
  "kiji: corpus/: not a counts file (--reference takes every value up to the next option: give the articles before it, or end its list with --)" \
  "$kiji" keywords --reference "$tmp/a.counts" corpus/
"$kiji" merge "$tmp/a.counts" "$tmp/b.counts" -o "$tmp/ab.counts"
"$kiji" stats --counts "$tmp/a.counts" "$tmp/b.counts" >"$tmp/s_two.tsv"
"$kiji" stats --counts "$tmp/ab.counts" >"$tmp/s_merged.tsv"
check "stats --counts A B reads both" cmp -s "$tmp/s_two.tsv" "$tmp/s_merged.tsv"
# One value per flag: the word after --glob PATTERN is an input again.
"$kiji" tokenize --no-terms --glob '*.txt' "$tmp/ref" >"$tmp/glob.tsv"
check "the word after --glob PATTERN is an input" test "$(cut -f1 "$tmp/glob.tsv" | sort -u | wc -l)" -eq 3
"$kiji" stats --help >"$tmp/stats.help"
check "no list option shows TEXT ... but takes one value" \
  bash -c "! grep -E -e '--(glob|exclude|userdic|lexicon) TEXT \.\.\.' '$tmp/stats.help'"

# Usage errors: what is wrong, and the command's own help.
expect "a misspelt command gets a suggestion" 2 \
  "kiji: unknown command 'tokenise'; did you mean 'tokenize'?
Run 'kiji --help' for the commands." \
  "$kiji" tokenise "$a"
expect "a misspelt lexicon subcommand too" 2 \
  "kiji: unknown command 'tset'; did you mean 'test'?
Run 'kiji lexicon --help' for the commands." \
  "$kiji" lexicon tset
expect "an unknown command far from any" 2 \
  "kiji: unknown command 'frobnicate'
Run 'kiji --help' for the commands." \
  "$kiji" frobnicate
expect "-j abc wants a number" 2 \
  "kiji: --jobs: expected a number of threads, 0 to 256 (0: one per core), got 'abc'
Run 'kiji tokenize --help' for usage." \
  "$kiji" tokenize -j abc "$a"
expect "--top -5 is an error" 2 \
  "kiji: --top: expected a whole number >= 0, got '-5'
Run 'kiji stats --help' for usage." \
  "$kiji" stats --top -5 "$a"
expect "--min-freq -2 is an error" 2 \
  "kiji: --min-freq: expected a whole number >= 0, got '-2'
Run 'kiji keyness --help' for usage." \
  "$kiji" keyness --min-freq -2 "$a" --reference "$b"
expect "--min-score x is an error" 2 \
  "kiji: --min-score: expected a number, got 'x'
Run 'kiji sectors --help' for usage." \
  "$kiji" sectors --min-score x "$a"
expect "--min-score -1 is an error" 2 "kiji: --min-score must be >= 0, not -1" \
  "$kiji" sectors --min-score -1 "$a"
expect "an unknown option names the command's help" 2 \
  "kiji: The following argument was not expected: --bogus
Run 'kiji lexicon test --help' for usage." \
  "$kiji" lexicon test --bogus
expect "--group-by date on articles without dates" 2 \
  "kiji: --group-by date: no article has a date (plain files and Wikinews have none; livedoor files and JSON Lines records with a \"date\" field do)" \
  "$kiji" stats --group-by date "$a" "$b"
printf '%s\n' '{"id":"d1","date":"2024-05-01","title":"市場","body":"市場は上昇した。"}' \
  '{"id":"d2","title":"市場","body":"市場は下落した。"}' >"$tmp/dates.jsonl"
expect "--group-by month with some dates says how many have none" 0 \
  "kiji: --group-by month: 1 of 2 articles have no date; they are the group with the empty name" \
  "$kiji" stats --group-by month "$tmp/dates.jsonl"

# --version: kiji, MeCab and the default dictionary with its folder.
"$kiji" --version >"$tmp/version" 2>&1
check "--version exits 0" test $? -eq 0
check "--version names kiji" grep -qE '^kiji [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/version"
check "--version names MeCab" grep -qE '^MeCab [0-9.]+$' "$tmp/version"
check "--version names the default dictionary and its folder" \
  grep -qE "^dictionary ipadic \((kiji's build, )?/.*\)$" "$tmp/version"
KIJI_DICT=naist "$kiji" --version >"$tmp/version_naist"
check "--version follows KIJI_DICT" grep -qE '^dictionary naist \(' "$tmp/version_naist"

# Help: groups, the --counts exclusion said once, the exit status of each command.
check "stats --help has no Excludes lines" bash -c "! grep -q Excludes '$tmp/stats.help'"
for group in "Inputs (not with --counts):" "Analysis (not with --counts):" \
  "Terms (not with --counts):" "Output:" "Counts:" "Options:"; do
  check "stats --help has the group $group" grep -qxF "$group" "$tmp/stats.help"
done
for cmd in tokenize sectors speakers stats keywords compounds keyness collocations kwic count \
  merge report check "lexicon test"; do
  # shellcheck disable=SC2086
  "$kiji" $cmd --help >"$tmp/help" 2>&1
  check "$cmd --help exits 0" test $? -eq 0
  check "$cmd --help gives its exit status" grep -q '^Exit status: 0 ok' "$tmp/help"
done
"$kiji" kwic --help | grep -q '^Exit status: 0 ok, 1 nothing matched, 2 error'
check "kwic --help says 1 is nothing matched" test $? -eq 0
"$kiji" check --help | grep -q '^Exit status: 0 ok, 1 a finding at error level, 2 error'
check "check --help says 1 is a finding at error level" test $? -eq 0

# The man page: every command, each entry its own .TP, no groff warnings.
"$kiji" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF > 1 {sub(/,$/, "", $1); print $1}' >"$tmp/commands"
check "kiji --help lists the commands" test "$(wc -l <"$tmp/commands")" -ge 14
while read -r cmd; do
  check "kiji.1 has a .TP entry for $cmd" \
    bash -c "grep -B1 -E '^\.B $cmd( |\$)' docs/kiji.1 | grep -qx '.TP'"
done <"$tmp/commands"
check "kiji.1 names every --group-by" grep -q 'date, month, year, source, dir, sector' docs/kiji.1
if command -v groff >/dev/null; then
  check "kiji.1 formats without warnings" bash -c "! groff -man -ww -z docs/kiji.1 2>&1 | grep -q ."
fi

# Exit status as documented: 1 only where a command says so.
"$kiji" kwic 存在しない語 "$a" >/dev/null
check "kwic without a match exits 1" test $? -eq 1
printf 'タイトル\n\nの。\n' >"$tmp/empty_terms.txt"
for cmd in tokenize sectors speakers stats keywords compounds collocations; do
  "$kiji" $cmd "$tmp/empty_terms.txt" >/dev/null
  check "$cmd exits 0 when it finds nothing" test $? -eq 0
done
"$kiji" lexicon test >/dev/null
check "lexicon test of the shipped lexicon exits 0" test $? -eq 0

finish usage_cli
