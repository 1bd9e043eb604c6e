#!/usr/bin/env bash
# kiji's compiled dictionaries (tools/): `--dict ipadic|juman` use them,
# `--dict system-NAME` and `--userdic` Debian's, and both give the same
# tokens byte for byte on corpus/ and the golden inputs. The build keeps the word
# order: renumbered with the identity order, it reproduces Debian's sys.dic.
# Usage: kiji_dictionary_test.sh KIJI SOURCE_DIR DICT_DIR RENUMBER MECAB_DICT_INDEX USER_DIC
set -u
source "$(dirname "$0")/support/cli_harness.sh" "$@"
own=$3 renumber=$4 dict_index=$5 user_dic=$6
system=/var/lib/mecab/dic/ipadic-utf8
unset KIJI_DICT KIJI_DICTIONARIES_DIR

dict_dir() { "$kiji" count "$@" corpus/ | awk -F'\t' '$1 == "meta" && $2 == "dict.dir" {print $3}'; }
check "--dict ipadic (the default) is kiji's build" test "$(dict_dir)" = "$own/ipadic"
check "--dict system-ipadic is Debian's" test "$(dict_dir --dict system-ipadic)" = "$system"
if [ -f "$user_dic" ]; then
  check "--userdic uses Debian's IPADIC, whose ids it carries" \
    test "$(dict_dir --userdic "$user_dic")" = "$system"
fi

find corpus tests/golden -path '*/input/*' -type f -size -2M -print0 | sort -z > "$tmp/files"
# name, Debian's folder, source, charsets as the Debian postinst gives them
while read -r name debian source from to; do
  [ -f "$own/$name/sys.dic" ] || continue
  check "--dict $name is kiji's build" test "$(dict_dir --dict "$name")" = "$own/$name"
  for f in mecab tsv; do
    "$kiji" tokenize -f "$f" --dict "$name" --files0-from "$tmp/files" > "$tmp/own.$f"
    "$kiji" tokenize -f "$f" --dict "system-$name" --files0-from "$tmp/files" > "$tmp/system.$f"
    check "$name tokenize -f $f: the same bytes under both builds" cmp "$tmp/own.$f" "$tmp/system.$f"
    check "$name tokenize -f $f printed tokens" test "$(wc -l < "$tmp/own.$f")" -gt 1000
  done
  # The identity order: the same files in the same readdir order as Debian's
  # postinst compiled, so the same sys.dic.
  awk -F'\t' '/^#/ {next} {print $1 "\t" n[$1]++ "\t0"}' "dictionaries/${name}_context_order.tsv" \
    > "$tmp/identity.tsv"
  rm -rf "$tmp/src" "$tmp/out" && mkdir -p "$tmp/src" "$tmp/out"
  check "$name: renumber with the identity order" "$renumber" "$source" "$tmp/identity.tsv" "$tmp/src"
  "$dict_index" -d "$tmp/src" -o "$tmp/out" -f "$from" -t "$to" > /dev/null 2>&1
  check "$name identity order: Debian's sys.dic byte for byte" cmp -s "$tmp/out/sys.dic" "$debian/sys.dic"
  check "$name identity order: Debian's matrix.bin byte for byte" \
    cmp -s "$tmp/out/matrix.bin" "$debian/matrix.bin"
done <<LIST
ipadic $system /usr/share/mecab/dic/ipadic EUC-JP UTF-8
juman /var/lib/mecab/dic/juman-utf8 /usr/share/mecab/dic/juman utf-8 utf-8
LIST

# A broken order file is refused with its location.
sed '3s/^left\t[0-9]*/left\t1/' "$tmp/identity.tsv" | sed '2s/^left\t[0-9]*/left\t1/' > "$tmp/dup.tsv"
"$renumber" /usr/share/mecab/dic/ipadic "$tmp/dup.tsv" "$tmp/src" 2> "$tmp/err"
check "a duplicate id exits 2" test $? -eq 2
check "a duplicate id is named" grep -q "not a permutation" "$tmp/err"
finish kiji_dictionary
