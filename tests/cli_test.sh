#!/usr/bin/env bash
# CLI tests that run the built binary: pipelines, stdin, NUL-separated lists,
# exit codes, --jobs determinism, SIGPIPE. Usage: cli_test.sh KIJI SOURCE_DIR
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"

check "--version exits 0" bash -c "'$kiji' --version | grep -q '^kiji '"
check "--help exits 0" bash -c "'$kiji' tokenize --help | grep -q -- '--format'"
check "unknown option exits 2" bash -c "'$kiji' tokenize --bogus corpus/ 2>/dev/null; test \$? -eq 2"
check "missing subcommand exits 2" bash -c "'$kiji' 2>/dev/null; test \$? -eq 2"

"$kiji" tokenize -f tsv corpus/ >"$tmp/j1.tsv"
check "tokenize corpus exits 0" test $? -eq 0
"$kiji" tokenize -f tsv -j 2 corpus/ >"$tmp/j2.tsv"
"$kiji" tokenize -f tsv -j 0 corpus/ >"$tmp/j0.tsv"
check "-j 2 output is byte-identical to -j 1" cmp -s "$tmp/j1.tsv" "$tmp/j2.tsv"
check "-j 0 output is byte-identical to -j 1" cmp -s "$tmp/j1.tsv" "$tmp/j0.tsv"

find corpus -name '*.txt' -print0 | sort -z >"$tmp/list0"
"$kiji" tokenize -f tsv --files0-from "$tmp/list0" >"$tmp/f0.tsv"
check "--files0-from gives the same tokens as the folder" cmp -s "$tmp/j1.tsv" "$tmp/f0.tsv"
find corpus -name '*.txt' -print0 | sort -z | "$kiji" tokenize -f tsv --files0-from - >"$tmp/f0s.tsv"
check "--files0-from - reads names from stdin" cmp -s "$tmp/j1.tsv" "$tmp/f0s.tsv"

"$kiji" tokenize -f wakati - <corpus/000_17a9cfc1479b7aa8.txt >"$tmp/stdin.txt"
"$kiji" tokenize -f wakati corpus/000_17a9cfc1479b7aa8.txt >"$tmp/file.txt"
check "stdin as - equals the file" cmp -s "$tmp/stdin.txt" "$tmp/file.txt"

# A pipeline that closes early ends quietly (SIGPIPE), with no message.
"$kiji" tokenize -f tsv corpus/ corpus/ corpus/ 2>"$tmp/pipe.err" | head -n 1 >/dev/null
check "kiji | head prints no error" test ! -s "$tmp/pipe.err"

# Bad inputs are reported with their location; the good ones still come out.
printf 'ab\xff\n' >"$tmp/bad.txt"
: >"$tmp/empty.txt"
"$kiji" tokenize -f wakati "$tmp/bad.txt" corpus/000_17a9cfc1479b7aa8.txt "$tmp/empty.txt" \
  >"$tmp/mixed.out" 2>"$tmp/mixed.err"
rc=$?
check "bad inputs give exit 2" test $rc -eq 2
check "good input still tokenized" cmp -s "$tmp/mixed.out" "$tmp/file.txt"
check "invalid UTF-8 reported as kiji: FILE:LINE:" grep -q "^kiji: $tmp/bad.txt:1: invalid UTF-8 at byte 2" "$tmp/mixed.err"
check "empty file reported" grep -q "^kiji: $tmp/empty.txt: empty file" "$tmp/mixed.err"

# Unreadable files: meaningless as root unless we drop privileges.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  mkdir -p "$tmp/locked" && cp corpus/000_17a9cfc1479b7aa8.txt "$tmp/locked/a.txt"
  chmod 000 "$tmp/locked/a.txt"
  chmod 755 "$tmp"
  setpriv --reuid=nobody --regid=nogroup --clear-groups "$kiji" tokenize --no-terms "$tmp/locked/a.txt" \
    >/dev/null 2>"$tmp/perm.err"
  rc=$?
  check "unreadable file gives exit 2" test $rc -eq 2
  check "unreadable file reported" grep -q "a.txt: Permission denied" "$tmp/perm.err"
fi

# A missing dictionary names the package to install.
"$kiji" tokenize --dict /nonexistent corpus/ >/dev/null 2>"$tmp/dict.err"
check "missing dictionary exits 2" test $? -eq 2
check "missing dictionary message" grep -q "not a MeCab dictionary" "$tmp/dict.err"

finish
