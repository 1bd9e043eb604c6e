#!/usr/bin/env bash
# kiji check from the shell, on files written here because they cannot be
# committed cleanly (bad bytes, invisible characters, trailing white space,
# odd file names): one case per encoding rule and for the rules golden
# files cannot hold, exit codes, the SARIF output validated against the
# official schema, GitHub escaping, --since in a temporary git repository,
# near-duplicates on an edited seed, and the cache.
# Usage: check_cli_test.sh KIJI SOURCE_DIR
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"
seed0=corpus/000_17a9cfc1479b7aa8.txt
seed1=corpus/001_43b3a3ccbba0a56a.txt
good=tests/golden/check/clean/input/a.txt

# rule_case NAME RULE FILE-CONTENT-COMMAND: the file gets exactly that rule
# among its encoding/normalization/structure findings.
finds() {  # finds FILE RULE
  "$kiji" check "$1" >"$tmp/out" 2>"$tmp/err"
  grep -q "\[$2\]" "$tmp/out"
}
mkdir -p "$tmp/bad"
printf 'タイトル\n本文\xff\xfeです\n' >"$tmp/bad/invalid.txt"
check "encoding/invalid-utf8" finds "$tmp/bad/invalid.txt" encoding/invalid-utf8
check "invalid UTF-8 exits 1" test "$("$kiji" check "$tmp/bad/invalid.txt" >/dev/null 2>&1; echo $?)" -eq 1
for i in $(seq 20); do printf '\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65\x83\x4c\x83\x58\x83\x67\x82\xc5\x82\xb7\n'; done >"$tmp/bad/sjis.txt"
check "encoding/legacy-encoding (Shift_JIS)" finds "$tmp/bad/sjis.txt" encoding/legacy-encoding
check "Shift_JIS is named" grep -q Shift_JIS "$tmp/out"
printf '\xef\xbb\xbf' | cat - "$good" >"$tmp/bad/bom.txt"
check "encoding/bom" finds "$tmp/bad/bom.txt" encoding/bom
{ cat "$good"; printf 'NUL\x00\n'; } >"$tmp/bad/nul.txt"
check "encoding/control-character" finds "$tmp/bad/nul.txt" encoding/control-character
{ cat "$good"; printf '\xef\xbf\xbd\n'; } >"$tmp/bad/fffd.txt"
check "encoding/replacement-character" finds "$tmp/bad/fffd.txt" encoding/replacement-character
{ cat "$good"; printf '\xc3\xa3\xe2\x80\x9a\xc2\xa0\n'; } >"$tmp/bad/moji.txt"
check "encoding/mojibake" finds "$tmp/bad/moji.txt" encoding/mojibake
tr '\n' '\r' <"$good" >"$tmp/bad/cr.txt"
check "encoding/lone-cr" finds "$tmp/bad/cr.txt" encoding/lone-cr
sed '2s/東京/東\xe2\x80\x8b京/' "$good" >"$tmp/bad/zw.txt"
check "normalization/zero-width" finds "$tmp/bad/zw.txt" normalization/zero-width
sed '2s/$/  /' "$good" >"$tmp/bad/ws.txt"
check "structure/trailing-whitespace" finds "$tmp/bad/ws.txt" structure/trailing-whitespace
check "trailing white space is at line 2" grep -q ':2:[0-9]*: warning \[structure/trailing-whitespace\]' "$tmp/out"
check "the clean article has no findings and exits 0" bash -c "'$kiji' check '$good' >'$tmp/o' && test ! -s '$tmp/o'"
check "a missing path exits 2" bash -c "'$kiji' check '$tmp/none' >/dev/null 2>&1; test \$? -eq 2"
check "the corpus passes (warnings only)" bash -c "'$kiji' check corpus/ >/dev/null"

# Near-duplicates: an edited copy of a seed is found, the two seeds are not.
mkdir -p "$tmp/near"
cp "$seed0" "$seed1" "$tmp/near/"
sed -e '5d' -e 's/カザフスタン/カザフ/g' "$seed0" >"$tmp/near/edited.txt"
"$kiji" check "$tmp/near" >"$tmp/near.out"
check "an edited copy of a seed is a near-duplicate" \
  grep -q "edited.txt:1:1: warning \[duplicates/near\] near-duplicate .* of $tmp/near/000_" "$tmp/near.out"
check "the two seeds are not near-duplicates" \
  bash -c "! grep -q 'duplicates' <('$kiji' check '$seed0' '$seed1')"
cp "$seed1" "$tmp/near/copy.txt"
"$kiji" check "$tmp/near" >"$tmp/near2.out"
check "an exact copy is a duplicate" grep -q "copy.txt:1:1: error \[duplicates/exact\]" "$tmp/near2.out"

# --since in a temporary git repository: only the new file is reported, and
# it is still compared with the whole corpus.
repo="$tmp/repo"
mkdir -p "$repo/corpus"
cp "$seed0" "$seed1" "$repo/corpus/"
git -C "$repo" init -q
git -C "$repo" -c user.name=t -c user.email=t@t add corpus
git -C "$repo" -c user.name=t -c user.email=t@t commit -qm base
sed -e '5d' "$seed0" >"$repo/corpus/new.txt"
(cd "$repo" && "$kiji" check --since HEAD corpus/) >"$tmp/since.out"
check "--since reports only the new file" bash -c "test \$(cut -d: -f1 '$tmp/since.out' | sort -u) = corpus/new.txt"
check "--since still finds a near-duplicate in the corpus" grep -q "duplicates/near" "$tmp/since.out"
git -C "$repo" -c user.name=t -c user.email=t@t add corpus
git -C "$repo" -c user.name=t -c user.email=t@t commit -qm new
(cd "$repo" && "$kiji" check --since HEAD corpus/) >"$tmp/since2.out"
check "--since with nothing changed reports nothing" test ! -s "$tmp/since2.out"
check "--since outside a repository exits 2" \
  bash -c "cd /tmp && '$kiji' check --since HEAD '$src/corpus' >/dev/null 2>&1; test \$? -eq 2"
printf 'corpus/new.txt\0' | (cd "$repo" && "$kiji" check --files0-from - corpus/) >"$tmp/f0.out"
check "--files0-from reports only the files named" cmp -s "$tmp/since.out" "$tmp/f0.out"

# SARIF validated against the official schema (Draft 4, python3-jsonschema).
schema="${KIJI_SHARED_DIR:-$src/../shared}/schemas/sarif-schema-2.1.0.json"
"$kiji" check --format sarif "$tmp/near" "$tmp/bad" corpus/ >"$tmp/out.sarif" 2>/dev/null
if [ -f "$schema" ]; then
  check "SARIF output is valid SARIF 2.1.0" /usr/bin/python3 -c "
import json, sys, jsonschema
schema = json.load(open('$schema'))
doc = json.load(open('$tmp/out.sarif'))
jsonschema.Draft4Validator(schema).validate(doc)
assert doc['runs'][0]['results'], 'no results'
"
else
  echo "SKIPPED: SARIF schema validation ($schema is absent)"
fi

# GitHub: '%', ':', ',' and a newline in a file name are escaped; the step
# summary is appended.
weird="$tmp/gh/a%b:c,d
e.txt"
mkdir -p "$tmp/gh"
cp "$tmp/bad/invalid.txt" "$weird"
GITHUB_STEP_SUMMARY="$tmp/summary.md" "$kiji" check --format github "$tmp/gh" >"$tmp/gh.out"
check "github escapes file names" grep -q '^::error file=.*a%25b%3Ac%2Cd%0Ae.txt,line=2' "$tmp/gh.out"
check "github appends a step summary" grep -q '| `encoding/invalid-utf8` | error | 1 |' "$tmp/summary.md"

# The cache: same output, and a corrupt cache is rebuilt with a warning.
"$kiji" check --format json --cache "$tmp/cache" "$tmp/near" "$tmp/bad" >"$tmp/c1.json" 2>/dev/null
"$kiji" check --format json --cache "$tmp/cache" "$tmp/near" "$tmp/bad" >"$tmp/c2.json" 2>/dev/null
check "a cached re-run gives the same output" cmp -s "$tmp/c1.json" "$tmp/c2.json"
echo "garbage, not a database" >"$tmp/cache/kiji-cache.sqlite"
KIJI_CACHE_DIR="$tmp/cache" "$kiji" check --format json "$tmp/near" "$tmp/bad" >"$tmp/c3.json" 2>"$tmp/c3.err"
check "a corrupt cache is rebuilt, not fatal" cmp -s "$tmp/c1.json" "$tmp/c3.json"
check "a corrupt cache is reported" grep -q "cache rebuilt" "$tmp/c3.err"

finish
