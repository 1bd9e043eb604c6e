#!/usr/bin/env bash
# Off-topic livedoor categories that should stay untagged by `kiji sectors`:
# how many articles of each get any sector (LICENSE.txt left out).
#
#   bench/sectors_offtopic.sh [KIJI] [LIVEDOOR_DIR] [-v]
#   bench/sectors_offtopic.sh build/cli/kiji ../shared/data/livedoor
# With -v, also lists each tagged article with its sectors.
set -euo pipefail
kiji=${1:-build/cli/kiji}
dir=${2:-../shared/data/livedoor}
verbose=${3:-}

for cat in movie-enter topic-news kaden-channel it-life-hack dokujo-tsushin sports-watch; do
  files=$(find "$dir/$cat" -name "$cat-*.txt" | sort)
  total=$(echo "$files" | wc -l)
  out=$(echo "$files" | xargs "$kiji" sectors ${KIJI_SECTORS_ARGS:-} -f jsonl -j 2)
  tagged=$(echo "$out" | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin if l.strip()]
hit = [r for r in rows if r.get("sectors")]
print(len(hit))
for r in hit:
    print(" ", r["article"], ",".join(s["id"] if isinstance(s, dict) else s for s in r["sectors"]), file=sys.stderr)
' 2> >(if [[ $verbose == -v ]]; then cat >&2; else cat >/dev/null; fi))
  echo "$cat $tagged/$total"
done
