#!/usr/bin/env bash
# Every tabular command's -f tsv and -f csv output, read with Python's csv
# module and with pandas (tests/support/compare_tables.py), has the cells of
# its -f jsonl output, on articles whose ids, sources, terms, quotes and
# contexts hold quotes, commas, tabs, backslashes and newlines.
# Usage: formats_cli_test.sh KIJI SOURCE_DIR
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"
# Debian's Python, which has python3-pandas (dev.sh installs it), not a pyenv
# or virtualenv python3 that may come first in PATH.
py=/usr/bin/python3

# A domain term made of characters that need escaping or quoting.
printf 'x"y,z\\w\tnoun\n' >"$tmp/terms.tsv"
"$py" - "$tmp/in.jsonl" corpus/000_17a9cfc1479b7aa8.txt <<'EOF'
import json, sys
# A news article (for sectors), without its reference footer (which would set
# the source).
news = open(sys.argv[2], encoding="utf-8").read().split("Reference(s):")[0]
records = [
    {"id": "a\"b\tc\\d,e\nf", "source": "s\"1,\t\\x\ny", "body":
     "崔氏は「市場がx\"y,z\\wで\"急騰\"した、\\\\円\tだ」と述べた。\n"
     "市場の動きはx\"y,z\\wだ。\n\"引用\" と書いた, 市場。\n" + news},
    {"id": "x,y", "source": "plain", "body":
     "市場は上昇した。投資家は市場とx\"y,z\\wを注視している。崔征所長は「市場は安定」と話した。"},
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
EOF
input=("$tmp/in.jsonl" --terms "$tmp/terms.tsv")

# compare NAME SHAPE COMMAND ARGS...: the command's three formats agree.
compare() {
  local name=$1 shape=$2
  shift 2
  local f
  for f in tsv csv jsonl; do
    "$kiji" "$@" -f "$f" >"$tmp/out.$f"
    check "$name -f $f exits 0" test $? -eq 0
  done
  check "$name: csv.reader and pandas read TSV and CSV as the JSON Lines cells" \
    "$py" tests/support/compare_tables.py "$shape" "$tmp/out.tsv" "$tmp/out.csv" "$tmp/out.jsonl"
}

compare tokenize tokens tokenize "${input[@]}"
compare sectors sectors sectors "${input[@]}"
compare "sectors --level sentence" sentence-sectors sectors --level sentence "${input[@]}"
compare speakers flat speakers "${input[@]}"
compare "speakers --by speaker" summary speakers --by speaker "${input[@]}"
compare "stats --group-by source" flat stats --group-by source "${input[@]}"
compare keywords flat keywords "${input[@]}"
compare compounds flat compounds "${input[@]}"
compare keyness flat keyness "${input[@]}" --reference corpus/001_43b3a3ccbba0a56a.txt
compare collocations flat collocations "${input[@]}"
compare "collocations --triples" flat collocations --triples "${input[@]}"
compare kwic flat kwic 市場 "${input[@]}"

# The escaping is there to be read: the special characters reached the rows.
"$kiji" stats --group-by source "${input[@]}" -f csv >"$tmp/stats.csv"
check "a CSV field with a quote, comma, TAB and newline is quoted, quotes doubled" \
  grep -q '^"s""1,	\\x$' "$tmp/stats.csv"
check "the TSV field has no raw TAB or newline" \
  grep -q '^s"1,\\t\\\\x\\ny	' <("$kiji" stats --group-by source "${input[@]}")
check "sectors --explain is refused with -f csv" \
  test "$("$kiji" sectors --explain -f csv "${input[@]}" 2>&1 >/dev/null; echo $?)" = \
  "kiji: --explain writes comment lines: use -f tsv or -f jsonl
2"

finish formats_cli
