#!/usr/bin/env bash
# CLI tests of `kiji report`, running the built binary: the same bytes for
# -j 1 and -j 2; the format follows -o's extension; -o is atomic (a failing
# run leaves no file and no temporary, and keeps an older report whole);
# exit codes 0 / 2.
# Usage: report_cli_test.sh KIJI SOURCE_DIR
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"

# Eight articles: the two seed articles under four names each, plus a short one.
mkdir -p "$tmp/in"
for i in 1 2 3 4; do
  cp corpus/000_17a9cfc1479b7aa8.txt "$tmp/in/a$i.txt"
  cp corpus/001_43b3a3ccbba0a56a.txt "$tmp/in/b$i.txt"
done
printf '市場の動き\n\n市場は上昇した。投資家は市場を注視している。\n' >"$tmp/in/c.txt"

"$kiji" report --no-timing -j 1 "$tmp/in" -o "$tmp/j1.json"
check "report -j 1 exits 0" test $? -eq 0
"$kiji" report --no-timing -j 2 "$tmp/in" -o "$tmp/j2.json"
check "report -j 2 exits 0" test $? -eq 0
check "-j 1 and -j 2 give the same JSON" cmp -s "$tmp/j1.json" "$tmp/j2.json"
"$kiji" report --no-timing -j 1 "$tmp/in" -o "$tmp/j1.md"
"$kiji" report --no-timing -j 2 "$tmp/in" -o "$tmp/j2.md"
check "-j 1 and -j 2 give the same Markdown" cmp -s "$tmp/j1.md" "$tmp/j2.md"
"$kiji" report --no-timing -j 1 "$tmp/in" -o "$tmp/j1.html"
"$kiji" report --no-timing -j 2 "$tmp/in" -o "$tmp/j2.html"
check "-j 1 and -j 2 give the same HTML" cmp -s "$tmp/j1.html" "$tmp/j2.html"
check ".html gives HTML" grep -q '^<!DOCTYPE html>' "$tmp/j1.html"
check ".json gives JSON" grep -q '"schema": "kiji-report/1"' "$tmp/j1.json"
check ".md gives Markdown" grep -q '^# kiji report' "$tmp/j1.md"
check "-o - writes the report to stdout" \
  cmp -s <("$kiji" report --no-timing "$tmp/in" -o - -f json) "$tmp/j1.json"
check "the run time is recorded by default" \
  grep -q '"run_seconds"' <("$kiji" report "$tmp/in" -o - -f json)

# A failing run leaves no file and no temporary.
"$kiji" report "$tmp/in" --sector no_such_sector -o "$tmp/out/bad.json" 2>"$tmp/err"
check "an unknown sector exits 2" test $? -eq 2
check "the error names the sector" grep -q "unknown sector 'no_such_sector'" "$tmp/err"
mkdir -p "$tmp/out"
"$kiji" report "$tmp/in" --sector no_such_sector -o "$tmp/out/bad.json" 2>/dev/null
check "a failed run leaves no file" test -z "$(ls -A "$tmp/out")"
# An older report stays whole when a new run fails.
cp "$tmp/j1.json" "$tmp/out/keep.json"
"$kiji" report "$tmp/in" --from 2025-13 -o "$tmp/out/keep.json" 2>/dev/null
check "a bad --from exits 2" test $? -eq 2
check "a failed run keeps the older report" cmp -s "$tmp/j1.json" "$tmp/out/keep.json"
check "no temporary is left" test "$(ls -A "$tmp/out")" = keep.json
"$kiji" report "$tmp/in" -o "$tmp/no/such/dir/r.json" 2>/dev/null
check "an unwritable -o exits 2" test $? -eq 2
"$kiji" report "$tmp/in" -o "$tmp/r.txt" 2>/dev/null
check "an unknown extension exits 2" test $? -eq 2
check "... and writes nothing" test ! -e "$tmp/r.txt"
"$kiji" report "$tmp/in" 2>/dev/null
check "a missing -o exits 2" test $? -eq 2

finish report_cli
