#!/usr/bin/env bash
# Hostile conditions, each with the exact message expected: outputs that
# cannot be written, named outputs that must survive a failed run, endless
# and huge inputs. Files are written at test time.
# Usage: hardening_cli_test.sh KIJI SOURCE_DIR
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"
one=corpus/000_17a9cfc1479b7aa8.txt

# 1. Write errors: the system reason, exit 2; a closed pipe stays quiet.
full="kiji: write error: No space left on device"
expect "tokenize > /dev/full" 2 "$full" bash -c "'$kiji' tokenize corpus/ >/dev/full"
expect "tokenize -f jsonl > /dev/full" 2 "$full" bash -c "'$kiji' tokenize -f jsonl $one >/dev/full"
expect "sectors > /dev/full" 2 "$full" bash -c "'$kiji' sectors $one >/dev/full"
expect "speakers > /dev/full" 2 "$full" bash -c "'$kiji' speakers $one >/dev/full"
expect "stats > /dev/full" 2 "$full" bash -c "'$kiji' stats $one >/dev/full"
expect "keywords > /dev/full" 2 "$full" bash -c "'$kiji' keywords corpus/ >/dev/full"
expect "count > /dev/full" 2 "$full" bash -c "'$kiji' count $one >/dev/full"
expect "check > /dev/full" 2 "$full" bash -c "'$kiji' check -f json corpus/ >/dev/full"
expect "lexicon test > /dev/full" 2 "$full" bash -c "'$kiji' lexicon test >/dev/full"
expect "--help > /dev/full" 2 "$full" bash -c "'$kiji' tokenize --help >/dev/full"
# A small output is written only at the final flush: that is checked too.
expect "tokenize -f wakati (one buffer) > /dev/full" 2 "$full" \
  bash -c "'$kiji' tokenize -f wakati $one >/dev/full"
"$kiji" tokenize corpus/ corpus/ 2>"$tmp/pipe.err" | head -n 1 >/dev/null
check "kiji | head stays quiet" test ! -s "$tmp/pipe.err"
# With SIGPIPE ignored (as some parents do), EPIPE is quiet too, exit 2.
(trap '' PIPE; "$kiji" tokenize corpus/ corpus/ 2>"$tmp/epipe.err" | head -n 1 >/dev/null;
 echo "${PIPESTATUS[0]}" >"$tmp/epipe.rc")
check "EPIPE with SIGPIPE ignored is quiet" test ! -s "$tmp/epipe.err"
check "EPIPE with SIGPIPE ignored exits 2" test "$(cat "$tmp/epipe.rc")" = 2

# 2. Named outputs: a missing folder fails before the work; a failed or
# interrupted run keeps the old good file and leaves no temporary.
expect "count -o into a missing folder" 2 \
  "kiji: $tmp/nodir/out.counts: cannot create: No such file or directory" \
  "$kiji" count -o "$tmp/nodir/out.counts" corpus/
expect "merge -o into a missing folder" 2 \
  "kiji: $tmp/nodir/out.counts: cannot create: No such file or directory" \
  "$kiji" merge -o "$tmp/nodir/out.counts" "$tmp/missing.counts"
"$kiji" count -o "$tmp/good.counts" $one
cp "$tmp/good.counts" "$tmp/good.copy"
no_temporaries() { ! ls -a "$1" | grep -q '\.kiji-'; }
for sig in INT TERM; do
  sleep 2 | timeout -s $sig 1 "$kiji" count -o "$tmp/good.counts" - 2>"$tmp/sig.err"
  check "SIG$sig: kiji dies of the signal" test "${PIPESTATUS[1]}" -eq 124
  check "SIG$sig: old output kept" cmp -s "$tmp/good.counts" "$tmp/good.copy"
  check "SIG$sig: no temporary left" no_temporaries "$tmp"
done
# A full disk: a small tmpfs (needs root and mount; skipped elsewhere).
mkdir "$tmp/small"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=64k tmpfs "$tmp/small" 2>/dev/null; then
  cp "$tmp/good.copy" "$tmp/small/out.counts"
  head -c 100000 /dev/zero >"$tmp/small/filler" 2>/dev/null
  expect "count -o on a full disk" 2 \
    "kiji: $tmp/small/out.counts: write error: No space left on device" \
    "$kiji" count -o "$tmp/small/out.counts" corpus/
  check "full disk: old output kept" cmp -s "$tmp/small/out.counts" "$tmp/good.copy"
  check "full disk: no temporary left" no_temporaries "$tmp/small"
  GITHUB_STEP_SUMMARY="$tmp/small/summary.md" "$kiji" check -f github corpus/ >/dev/null \
    2>"$tmp/summary.err"
  check "full disk: step summary names the reason" grep -qx \
    "kiji: GITHUB_STEP_SUMMARY: $tmp/small/summary.md: write error: No space left on device" \
    "$tmp/summary.err"
  umount "$tmp/small"
fi

# 3. Bounded reads. Endless inputs are refused within the limit, in bounded
# time and memory (the limits are generous: a run costs ~15 MB and 0.01 s).
# Under the sanitizers (KIJI_SANITIZED=1) memory is about three times as much.
bounded() {  # bounded NAME MAX_KB COMMAND...: finishes in 20 s under MAX_KB
  /usr/bin/time -f %M -o "$tmp/rss" timeout 20 "${@:3}" >/dev/null 2>"$tmp/bounded.err"
  local rc=$? max_kb=$2
  [ "${KIJI_SANITIZED:-0}" = 1 ] && max_kb=$((3 * max_kb))
  if [ "$rc" -ne 124 ] && [ "$(tail -n 1 "$tmp/rss")" -le "$max_kb" ]; then
    passed=$((passed + 1))
  else
    echo "FAILED: $1 (exit $rc, max RSS $(tail -n 1 "$tmp/rss") KB)"
    failed=$((failed + 1))
  fi
}
bounded "/dev/zero within time and memory" 200000 "$kiji" tokenize --no-terms /dev/zero
bounded "/dev/urandom within time and memory" 200000 "$kiji" tokenize --no-terms /dev/urandom
bounded "endless text within --max-file-bytes" 200000 \
  bash -c "yes 東京で会議が開かれた。 | '$kiji' tokenize --no-terms --max-file-bytes 1000000 -"
expect "/dev/zero is binary from its first byte" 2 \
  "kiji: /dev/zero:1: binary file (NUL byte at byte 0), skipped" \
  "$kiji" tokenize --no-terms /dev/zero
expect "endless stdin stops at --max-file-bytes" 2 \
  "kiji: -: file larger than --max-file-bytes (1000000 bytes), skipped" \
  bash -c "yes 東京で会議が開かれた。 | '$kiji' tokenize --no-terms --max-file-bytes 1000000 -"
head -c 3000 /dev/zero | tr '\0' 'a' >"$tmp/3k.txt"
expect "a file over --max-file-bytes" 2 \
  "kiji: $tmp/3k.txt: file larger than --max-file-bytes (2048 bytes), skipped" \
  "$kiji" tokenize --no-terms --max-file-bytes 2048 "$tmp/3k.txt"
expect "--max-file-bytes is refused next to --counts" 2 \
  "kiji: --max-file-bytes excludes --counts
Run 'kiji stats --help' for usage." \
  "$kiji" stats --counts "$tmp/good.counts" --max-file-bytes 10
# A JSON Lines file with a line that never ends: read in bounded memory,
# the line reported and dropped, the records after it read.
{ printf '{"id":"a","body":"東京です。"}\n'; head -c 3000000 /dev/zero | tr '\0' x
  printf '\n{"id":"b","body":"大阪です。"}\n'; } >"$tmp/long.jsonl"
expect "an overlong JSON Lines line is dropped as it is read" 2 \
  "kiji: $tmp/long.jsonl:2: line is 131036 bytes, longer than the limit of 100000 (--max-line-bytes); record skipped" \
  "$kiji" tokenize -f wakati --no-terms --max-line-bytes 100000 "$tmp/long.jsonl"
check "the records around it are read" test "$(cat "$tmp/expect.out")" = "東京 です 。
大阪 です 。"
bounded "an overlong JSON Lines line in bounded memory" 200000 \
  "$kiji" tokenize --no-terms --max-line-bytes 100000 "$tmp/long.jsonl"
# An endless .jsonl (a link to /dev/zero, a FIFO fed by `yes`) ends at
# --max-file-bytes too: the records before the limit are analyzed, the one
# it cuts and the rest are not read.
ln -s /dev/zero "$tmp/zero.jsonl"
expect "an endless .jsonl of zeros stops at --max-file-bytes" 2 \
  "kiji: $tmp/zero.jsonl:1: line is 1114112 bytes, longer than the limit of 1048576 (--max-line-bytes); record skipped
kiji: $tmp/zero.jsonl: file larger than --max-file-bytes (3000000 bytes): the records from there on are not read" \
  timeout 20 "$kiji" tokenize --no-terms --max-file-bytes 3000000 "$tmp/zero.jsonl"
bounded "an endless .jsonl of zeros in bounded time and memory" 200000 \
  "$kiji" tokenize --no-terms "$tmp/zero.jsonl"
mkfifo "$tmp/endless.jsonl"
record='{"id":"a","body":"東京で会議が開かれた。"}'
(yes "$record" >"$tmp/endless.jsonl" 2>/dev/null &)
expect "an endless JSON Lines FIFO stops at --max-file-bytes" 2 \
  "kiji: $tmp/endless.jsonl: file larger than --max-file-bytes (1000000 bytes): the records from there on are not read" \
  timeout 20 "$kiji" tokenize -f wakati --no-terms --max-file-bytes 1000000 "$tmp/endless.jsonl"
check "the whole records within the limit are analyzed" \
  test "$(wc -l <"$tmp/expect.out")" -eq $((1000000 / $(printf '%s\n' "$record" | wc -c)))
# An article longer than --article-part-bytes is analyzed as articles of
# whole paragraphs, ID#1, ID#2, ..., each written before the next is read.
{ echo 長い記事; for i in 1 2 3 4 5 6; do echo; echo "第${i}段落では東京で会議が開かれたと伝えた。"; done; } \
  >"$tmp/parts.txt"
expect "a long article is analyzed in parts" 0 \
  "kiji: $tmp/parts.txt:1: article of 391 bytes, more than --article-part-bytes (150): analyzed as 3 articles of whole paragraphs, ID#1 to ID#3" \
  "$kiji" tokenize --no-terms --article-part-bytes 150 "$tmp/parts.txt"
check "the parts are articles ID#1 to ID#3" \
  test "$(cut -f1 "$tmp/expect.out" | sed 1d | uniq | tr '\n' ' ')" = \
  "$tmp/parts.txt#1 $tmp/parts.txt#2 $tmp/parts.txt#3 "
"$kiji" tokenize -f wakati --no-terms "$tmp/parts.txt" >"$tmp/whole.out"
"$kiji" tokenize -f wakati --no-terms --article-part-bytes 150 "$tmp/parts.txt" >"$tmp/parts.out" 2>/dev/null
check "the parts have the sentences and tokens of the whole" cmp -s "$tmp/whole.out" "$tmp/parts.out"
# The body paragraphs of the seeds, without their titles and source lists.
seed_paragraphs() {
  for f in corpus/*.txt; do sed -n '3,/^Reference/p' "$f" | grep -v '^Reference' | grep -v '^$'; done
}
# The memory of a 5 MB article of news lines stays under 20 times its size
# (README: Limits). The lines are body paragraphs, so that all of them are
# analyzed (a source list is not). Under the sanitizers memory and time are
# not comparable.
if [ "${KIJI_SANITIZED:-0}" != 1 ]; then
  { echo 大きな記事; for i in $(seq 400); do seed_paragraphs | sed 's/^/\n/'; done; } >"$tmp/huge.txt"
  huge_kb=$(($(stat -c %s "$tmp/huge.txt") / 1024))
  printf '[check.rules]\n"content/quote-without-speaker" = "info"\n"content/no-sector" = "info"\n' \
    >"$tmp/content.toml"
  for cmd in tokenize stats "check --config $tmp/content.toml"; do
    /usr/bin/time -v -o "$tmp/huge.time" "$kiji" $cmd "$tmp/huge.txt" >/dev/null 2>&1
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/huge.time")
    check "$cmd on a ${huge_kb} KB article: peak RSS $rss KB, under 20x" test "$rss" -le $((20 * huge_kb))
  done
fi
# kiji check analyses a big article part by part too: the content findings
# of 40 copies of the seeds' paragraphs are 40 times those of one copy, and
# a quote in the last part is reported at its own line and column.
printf '[check.rules]\n"content/quote-without-speaker" = "warning"\n' >"$tmp/quotes.toml"
{ echo 一部; echo; seed_paragraphs | sed 's/$/\n/'; } >"$tmp/one-copy.txt"
{
  echo 大きな記事; echo
  for i in $(seq 40); do seed_paragraphs | sed 's/$/\n/'; done
  echo '誰かが「これは誰の言葉でもない長い引用の文であって話し手はいない」と書かれていた。'
} >"$tmp/big-check.txt"
quote_findings() { "$kiji" check --config "$tmp/quotes.toml" "$1" | grep -c 'content/quote-without-speaker'; }
per_copy=$(quote_findings "$tmp/one-copy.txt")
check "check on a big article: 40 copies give 40 times the quote findings of one, plus the last" \
  test "$(quote_findings "$tmp/big-check.txt")" -eq $((40 * per_copy + 1))
last=$(wc -l <"$tmp/big-check.txt")
check "check on a big article: a quote in its last part is placed at its line and column" \
  grep -q "big-check.txt:$last:4: warning \[content/quote-without-speaker\] no speaker found for the quote '「これは誰" \
  <("$kiji" check --config "$tmp/quotes.toml" "$tmp/big-check.txt")
# Lone CR line endings are line ends: three lines, not one sentence.
printf '題名\r本文の一行目です。\r二行目です。\r' >"$tmp/cr.txt"
"$kiji" tokenize -f wakati --no-terms "$tmp/cr.txt" >"$tmp/cr.out"
printf '題名\n本文の一行目です。\n二行目です。\n' >"$tmp/lf.txt"
"$kiji" tokenize -f wakati --no-terms "$tmp/lf.txt" >"$tmp/lf.out"
check "lone CR ends lines as LF does" cmp -s "$tmp/cr.out" "$tmp/lf.out"
# JSON Lines records that would lose or corrupt data are reported.
{
  printf '{"id":"a","body":"  \\t \\n \\u3000 "}\n'
  printf '{"id":"b","body":"東京\\u0000大阪"}\n'
  printf '{"id":18446744073709551615,"body":"東京です。"}\n'
  printf '{"id":9223372036854775807,"body":"東京です。"}\n'
} >"$tmp/h.jsonl"
expect "hostile JSON Lines records" 2 \
  "kiji: $tmp/h.jsonl:1: record body is only white space, record skipped
kiji: $tmp/h.jsonl:2: field \"body\" contains an escaped NUL (\\u0000), record skipped
kiji: $tmp/h.jsonl:3: integer \"id\" above 2^63-1; write it as a string" \
  "$kiji" tokenize -f jsonl --no-terms "$tmp/h.jsonl"
check "2^63-1 is still a valid id" grep -q '"article":"9223372036854775807"' "$tmp/expect.out"

# 4. Counts files that break their own format are refused with FILE:LINE.
"$kiji" count -o "$tmp/c.counts" $one
check "the test counts file has its term records at lines 17-18" \
  test "$(sed -n '15p;17,18p' "$tmp/c.counts" | cut -f1,2,4 | tr '\t\n' '  ')" = \
  "articles 1 term 1 Belt term 1 Erzat "
bad_counts() {  # bad_counts NAME SED_SCRIPT LINE MESSAGE
  sed "$2" "$tmp/c.counts" >"$tmp/bad.counts"
  expect "counts: $1" 2 "kiji: $tmp/bad.counts:$3: $4" "$kiji" merge "$tmp/bad.counts"
}
bad_counts "duplicate record" '18s/.*/term\t1\t1\tBelt/' 18 "duplicate term record 'Belt'"
bad_counts "unsorted records" '17s/.*/term\t1\t1\tErzat/;18s/.*/term\t1\t1\tBelt/' 18 \
  "term records not sorted: 'Belt' after 'Erzat'"
bad_counts "df above the article count" '17s/.*/term\t2\t2\tBelt/' 17 \
  "term record with df 2 above the article count 1"
bad_counts "tf below df" '15s/.*/articles\t3/;17s/.*/term\t1\t2\tBelt/' 17 \
  "term record with tf 1 below its df 2"
bad_counts "bad escape" '17s/.*/term\t1\t1\tBe\\qlt/' 17 \
  'bad escape at byte 11 (expected \\, \t, \n or \r)'
bad_counts "invalid UTF-8" '17s/.*/term\t1\t1\tBe\xff/' 17 "invalid UTF-8 at byte 11 of the line"
bad_counts "kinds out of order" '18s/.*/pair\t1\t1\tBelt\tRoad/;19s/.*/term\t1\t1\tRoad/' 19 \
  "term record after the pair records (records out of order)"

# 5. Small misreports.
mkdir "$tmp/links" && ln -s b "$tmp/links/a" && ln -s a "$tmp/links/b" && ln -s nowhere "$tmp/links/c"
expect "symlink loop and broken link" 2 \
  "kiji: $tmp/links/a: symbolic link loop (too many levels of symbolic links)
kiji: $tmp/links/b: symbolic link loop (too many levels of symbolic links)
kiji: $tmp/links/c: broken symbolic link" "$kiji" tokenize --no-terms "$tmp/links"
printf 'ab\xff\n' >"$tmp/bad
name.txt"
expect "a newline in a file name stays on one message line" 2 \
  "kiji: $tmp/bad\\nname.txt:1: invalid UTF-8 at byte 2" \
  "$kiji" tokenize --no-terms "$tmp/bad
name.txt"
: >"$tmp/empty.tsv"
expect "empty lexicon" 2 "kiji: $tmp/empty.tsv: no sectors in the lexicon (empty file?)" \
  "$kiji" sectors --lexicon "$tmp/empty.tsv" $one
expect "KIJI_DICT=bogus names the variable" 2 \
  "kiji: KIJI_DICT=bogus: bogus: not a MeCab dictionary (no sys.dic); use --dict ipadic|naist|unidic|juman (system-NAME: always Debian's build) or a folder with a compiled dictionary" \
  env KIJI_DICT=bogus "$kiji" tokenize $one
printf '%s\n%s\n' $one $one >"$tmp/nl.list"
expect "--files0-from with newline-separated names" 2 \
  "kiji: $tmp/nl.list: --files0-from: names are separated by newlines, not NULs (use find -print0)" \
  "$kiji" tokenize --no-terms --files0-from "$tmp/nl.list"
printf '%s\0\0%s\0' $one $one >"$tmp/e.list"
expect "--files0-from with an empty name" 2 \
  "kiji: $tmp/e.list: --files0-from: empty name (entry 2), skipped" \
  "$kiji" tokenize -f wakati --no-terms --files0-from "$tmp/e.list"
"$kiji" tokenize -f wakati --no-terms $one $one >"$tmp/two.out"
check "--files0-from with an empty name still reads the others" cmp -s "$tmp/expect.out" "$tmp/two.out"
# -j 256 on two files: sampled while the long one is analyzed, the process
# has at most three threads (main and two workers), not 257.
for i in $(seq 60); do cat corpus/*.txt; done | grep -v '^$' | sed 's/$/\n/' | head -n 3000 \
  >"$tmp/long.txt"
"$kiji" tokenize --no-terms -j 256 "$tmp/long.txt" $one >/dev/null 2>&1 &
jpid=$!
threads=0
for i in $(seq 20); do
  n=$(ls "/proc/$jpid/task" 2>/dev/null | wc -l)
  [ "$n" -gt "$threads" ] && threads=$n
  sleep 0.05
done
wait $jpid
check "-j 256 on two files runs at most three threads (saw $threads)" test "$threads" -ge 1 -a "$threads" -le 3
if command -v strace >/dev/null && strace -f -qq -e trace=clone,clone3 -o "$tmp/clone.log" \
  "$kiji" tokenize --no-terms -j 256 $one $one >/dev/null 2>&1; then
  check "-j 256 on two files starts at most two workers" test "$(grep -c clone "$tmp/clone.log")" -le 2
fi
# Every JSON writer writes a file name that is not UTF-8 with U+FFFD.
mkdir "$tmp/nonutf8" && cp $one "$tmp/nonutf8/a$(printf '\377')b.txt"
for cmd in "tokenize -f jsonl" "sectors -f jsonl" "speakers -f jsonl" "kwic -f jsonl 中国" \
  "keywords -f jsonl" "check -f json"; do
  "$kiji" $cmd "$tmp/nonutf8" >"$tmp/nonutf8.out" 2>/dev/null
  check "$cmd: a non-UTF-8 file name becomes U+FFFD" \
    bash -c 'iconv -f UTF-8 -t UTF-8 "$1" >/dev/null && grep -q "a�b\.txt" "$1"' _ "$tmp/nonutf8.out"
done
# A FIFO on the command line is read like a file once a writer opens it; with
# no writer it blocks, as the README says (as cat does).
mkfifo "$tmp/in.fifo"
(printf '題名\n\n東京です。\n' >"$tmp/in.fifo" &)
expect "a FIFO with a writer is read" 0 "" timeout 20 "$kiji" tokenize -f wakati --no-terms "$tmp/in.fifo"
check "the FIFO's text is analyzed" test "$(cat "$tmp/expect.out")" = "題名
東京 です 。"
timeout 1 "$kiji" tokenize --no-terms "$tmp/in.fifo" >/dev/null 2>&1
check "a FIFO with no writer blocks (documented)" test $? -eq 124

# 6. A damaged dictionary is refused when it opens, before libmecab reads it.
src_dic=/var/lib/mecab/dic/ipadic-utf8
if [ -f "$src_dic/sys.dic" ]; then
  damaged() {  # damaged NAME FILE MESSAGE: a fresh copy, then the caller's change
    rm -rf "$tmp/dic" && cp -r "$src_dic" "$tmp/dic"
  }
  msg() { echo "kiji: $tmp/dic/$1: damaged MeCab dictionary file ($2); reinstall the dictionary package or recompile it"; }
  damaged && truncate -s -100 "$tmp/dic/sys.dic"
  expect "truncated sys.dic" 2 "$(msg sys.dic 'header does not match its size')" \
    "$kiji" tokenize --no-terms --dict "$tmp/dic" $one
  damaged
  dsize=$(od -An -tu4 -j24 -N4 "$src_dic/sys.dic" | tr -d ' ')
  printf '\377\377\377\377' | dd of="$tmp/dic/sys.dic" bs=1 seek=$((72 + dsize + 16 * 5 + 8)) \
    conv=notrunc status=none
  expect "a token pointing outside sys.dic" 2 "$(msg sys.dic 'token 5 has its feature outside the file')" \
    "$kiji" tokenize --no-terms --dict "$tmp/dic" $one
  damaged
  printf '\377\377' | dd of="$tmp/dic/sys.dic" bs=1 seek=$((72 + dsize + 16 * 7)) conv=notrunc status=none
  expect "a token with a connection id outside matrix.bin" 2 \
    "$(msg sys.dic 'token 7 has a connection id outside matrix.bin')" \
    "$kiji" tokenize --no-terms --dict "$tmp/dic" $one
  damaged && printf '\001\000' | dd of="$tmp/dic/matrix.bin" bs=1 conv=notrunc status=none
  expect "matrix.bin with wrong dimensions" 2 "$(msg matrix.bin 'size does not match its dimensions')" \
    "$kiji" tokenize --no-terms --dict "$tmp/dic" $one
  damaged && truncate -s -4 "$tmp/dic/char.bin"
  expect "truncated char.bin" 2 "$(msg char.bin 'size does not match its category count')" \
    "$kiji" tokenize --no-terms --dict "$tmp/dic" $one
  rm -rf "$tmp/dic"
fi

finish
