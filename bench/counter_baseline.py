#!/usr/bin/python3
"""Baseline for bench/stats_bench.sh: term frequencies the usual Python way.

python3-mecab (Debian package python3-mecab; not a kiji build dependency)
in wakati mode, one article file at a time, counted with collections.Counter;
prints the 20 most frequent tokens. Reads a NUL-separated list of files
(find -print0), as `kiji stats --files0-from` does, with the same dictionary.

    bench/counter_baseline.py LIST0 [DICDIR]
"""
import collections
import sys

import MeCab


def main():
    list0 = sys.argv[1]
    dicdir = sys.argv[2] if len(sys.argv) > 2 else "/var/lib/mecab/dic/ipadic-utf8"
    tagger = MeCab.Tagger(f"-r /dev/null -d {dicdir} -Owakati")
    counts = collections.Counter()
    with open(list0, "rb") as f:
        names = [n.decode() for n in f.read().split(b"\0") if n]
    for name in names:
        with open(name, encoding="utf-8", errors="replace") as article:
            for line in article:
                counts.update(tagger.parse(line).split())
    for term, n in counts.most_common(20):
        print(f"{term}\t{n}")


if __name__ == "__main__":
    main()
