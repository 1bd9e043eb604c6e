#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang, -DKIJI_FUZZ=ON) in
# build-fuzz/ and runs each for SECONDS (default 300) on seed corpora from
# corpus/, the golden tests' inputs, dictionaries/ and tests/fuzz/seeds/. A crash stops the run
# with exit 1 and leaves its input in build-fuzz/artifacts/ (make it a
# regression test). .ci/run calls `bench/fuzz.sh 8` (about a minute in all).
# Usage: bench/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(article_reader_fuzz domain_terms_fuzz counts_fuzz
  check_config_fuzz data_files_fuzz dictionary_file_fuzz analysis_fuzz normalize_fuzz
  cache_decoder_fuzz document_codec_fuzz result_codecs_fuzz)
dir=build-fuzz
if [ ! -f "$dir/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -DKIJI_FUZZ=ON -DKIJI_BUILD_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo ${KIJI_CMAKE_ARGS:-}
fi
cmake --build "$dir" -j"$(nproc)" --target "${targets[@]}"

seeds=$dir/seeds
rm -rf "$seeds" && mkdir -p "$seeds"/{articles,data,counts,config,dic,cache,codec} "$dir/artifacts"
cp corpus/*.txt "$seeds/articles/"
find tests/golden -path '*/input/*' -type f -size -64k -exec cp --backup=numbered {} "$seeds/articles/" \;
cp dictionaries/*.tsv "$seeds/data/"
find tests/golden -name '*.counts' -exec cp --backup=numbered {} "$seeds/counts/" \;
# Counts with article records (kiji count --report): not goldens, whose lexicon
# fingerprints would change with every lexicon edit.
cp tests/fuzz/seeds/*.counts "$seeds/counts/"
find tests/golden -name '*kiji.toml' -exec cp --backup=numbered {} "$seeds/config/" \;
# Check cache values (lib/src/check/findings.cc's encoding, little-endian):
# one file's result with a finding and an article, and a run's report.
u32() { printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(($1 & 255)) $(($1 >> 8 & 255)) $(($1 >> 16 & 255)) $(($1 >> 24)); }
finding="$(u32 0)$(u32 2)$(u32 1)m$(u32 1)$(u32 1)$(u32 1)$(u32 1)$(u32 1)$(u32 2)$(u32 2)$(u32 2)"
printf '%b' "$(u32 1)$(u32 1)$finding$(u32 1)$(u32 3)$(u32 7)$(u32 0)$(u32 9)$(u32 0)$(u32 0)" \
  >"$seeds/cache/file_result"
printf '%b' "$(u32 1)$(u32 1)$(u32 5)a.txt$(u32 1)$(u32 0)$finding" >"$seeds/cache/report"
# The document codec target edits a value it encodes itself: a seed that
# keeps it whole (its first two bytes are the length to keep).
printf '\xff\xff' >"$seeds/codec/whole"
# Per-article results: a report summary tagged with sector 0, and term counts.
mkdir -p "$seeds/results"
printf '\x01\x01\x02\x03\x01\x00\x00\x00\x00\x00\x00' >"$seeds/results/summary"
printf '\x01\x05\x02\x00\x01a\x01\x00\x01b\x02' >"$seeds/results/terms"
[ -f /var/lib/mecab/dic/ipadic-utf8/unk.dic ] && cp /var/lib/mecab/dic/ipadic-utf8/unk.dic "$seeds/dic/"

seeds_of() {
  case $1 in
    article_reader_fuzz | analysis_fuzz | normalize_fuzz) echo "$seeds/articles" ;;
    domain_terms_fuzz | data_files_fuzz) echo "$seeds/data" ;;
    counts_fuzz) echo "$seeds/counts" ;;
    check_config_fuzz) echo "$seeds/config" ;;
    dictionary_file_fuzz) echo "$seeds/dic" ;;
    cache_decoder_fuzz) echo "$seeds/cache" ;;
    document_codec_fuzz) echo "$seeds/codec" ;;
    result_codecs_fuzz) echo "$seeds/results" ;;
  esac
}
for t in "${targets[@]}"; do
  work=$dir/work/$t
  mkdir -p "$work"
  echo "fuzz.sh: $t for ${seconds}s" >&2
  # max_len 8192: the dictionary seed is 5.7 KB; articles are cut to it.
  "$dir/tests/fuzz/$t" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/$t-" "$work" "$(seeds_of "$t")" \
    2>"$dir/$t.log" || { tail -n 40 "$dir/$t.log" >&2; echo "fuzz.sh: $t FAILED" >&2; exit 1; }
  grep -E '^stat::number_of_executed_units|^Done' "$dir/$t.log" | tr '\n' ' ' >&2
  echo >&2
done
