#!/usr/bin/env bash
# Installs into a temporary prefix and runs the installed kiji from another
# folder: it must find its dictionaries/ data next to itself.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/kiji"
test -f "$prefix/share/kiji/dictionaries/terms.tsv"
test -f "$prefix/share/man/man1/kiji.1"
# The documents the man page names are installed where it says.
for doc in README.md statistics.md formats.md report.md check.md; do
  grep -q "$doc" "$src/docs/kiji.1" || { echo "kiji.1 does not name $doc"; exit 1; }
  test -f "$prefix/share/doc/kiji/$doc" || { echo "$doc is not installed"; exit 1; }
done
grep -q 'PREFIX/share/doc/kiji' "$src/docs/kiji.1"
test -f "$prefix/share/kiji/dictionaries/README.md"
cd "$prefix"
# A term only the installed copy knows proves which data the binary loaded.
printf '検証専用語\tnoun\n' >>"$prefix/share/kiji/dictionaries/terms.tsv"
out=$(printf '題\n検証専用語の確認。\n' | KIJI_DATA_DIR= "$prefix/bin/kiji" tokenize -f wakati -)
echo "$out" | grep -q "^検証専用語 の" || { echo "installed kiji did not load the installed data: $out"; exit 1; }
echo "1 passed, 0 failed"
