#!/usr/bin/env python3
"""Reads one command's -f tsv and -f csv output with Python's csv module and
with pandas, and checks that every reader gets the cells of the -f jsonl
output (docs/formats.md, "Tabular output").

Usage: compare_tables.py SHAPE TSV CSV JSONL
  SHAPE  flat      one JSON object per row, keys = the columns
         summary   flat, but "verbs" is an object {verb: count} (speakers --by speaker)
         tokens    kiji tokenize's one object per article
         sectors   kiji sectors' one object per article
         sentence-sectors  the same at --level sentence
Prints what differs and exits 1 on any difference; exits 2 without pandas.
"""
import csv
import json
import sys

try:
    import pandas as pd
except ImportError:
    print("compare_tables.py: pandas is missing (Debian: python3-pandas; ./dev.sh installs it)")
    sys.exit(2)

UNESCAPE = {"t": "\t", "n": "\n", "r": "\r"}


def unescape(field):
    """Undoes kiji's TSV escaping: \\t \\n \\r \\\\ (any other \\x is x)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 1 < len(field):
            out.append(UNESCAPE.get(field[i + 1], field[i + 1]))
            i += 2
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def cell(value):
    """A JSON value as the text kiji writes in TSV/CSV, or a float for numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return float(value)
    return value


def same(text, want):
    if isinstance(want, float):
        try:
            return float(text) == want
        except ValueError:
            return False
    return text == want


def records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def flat_rows(path, shape):
    header, rows = None, []
    for r in records(path):
        if shape == "summary":
            r["verbs"] = ",".join(f"{k}:{v}" for k, v in r["verbs"].items())
        header = header or list(r.keys())
        rows.append([cell(v) for v in r.values()])
    return header, rows


TOKEN_KEYS = ["surface", "normalized", "lemma", "reading", "pos_class"]


def token_rows(path):
    rows = []
    for a in records(path):
        for s in a["sentences"]:
            for i, t in enumerate(s["tokens"]):
                row = [a["article"], s["index"], i] + [t[k] for k in TOKEN_KEYS]
                row += (t["pos"] + ["", "", "", ""])[:4]
                row += [t["conj_type"], t["conj_form"], t["unknown"], t["start"], t["end"]]
                rows.append([cell(v) for v in row])
    return None, rows


def sector_row(article, s):
    sentences = sorted({e["sentence"] for e in s["evidence"]})
    row = [article, s["id"], s["label"], s["score"], s["hits"], ",".join(map(str, sentences))]
    return [cell(v) for v in row]


def sector_rows(path, by_sentence):
    rows = []
    for a in records(path):
        for group in a["sentences"] if by_sentence else [a]:
            rows += [sector_row(a["article"], s) for s in group["sectors"]]
    return None, rows


def read_all(tsv, csv_path):
    """Every reader's (header, rows) of the two files, all cells as text."""
    with open(tsv, newline="", encoding="utf-8") as f:
        t = [[unescape(x) for x in r] for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    with open(csv_path, newline="", encoding="utf-8") as f:
        c = list(csv.reader(f))
    # The recipe of docs/formats.md, as written there.
    pt = pd.read_csv(tsv, sep="\t", quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False)
    pt = pt.apply(lambda col: col.str.replace(r"\\(.)", lambda m: UNESCAPE.get(m[1], m[1]), regex=True))
    pc = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    frames = {"pandas tsv": pt, "pandas csv": pc}
    readers = {"csv.reader tsv": (t[0], t[1:]), "csv.reader csv": (c[0], c[1:])}
    for name, df in frames.items():
        readers[name] = (list(df.columns), df.values.tolist())
    return readers


def compare(name, got, header, want):
    errors = []
    got_header, got_rows = got
    if header is not None and got_header != header:
        errors.append(f"{name}: header {got_header} != {header}")
    if len(got_rows) != len(want):
        errors.append(f"{name}: {len(got_rows)} rows, JSON Lines has {len(want)}")
    for n, (g, w) in enumerate(zip(got_rows, want)):
        if len(g) != len(w) or not all(same(x, y) for x, y in zip(g, w)):
            errors.append(f"{name}: row {n + 1}: {g!r} != {w!r}")
            break
    return errors


def main():
    shape, tsv, csv_path, jsonl = sys.argv[1:5]
    if shape in ("flat", "summary"):
        header, want = flat_rows(jsonl, shape)
    elif shape == "tokens":
        header, want = token_rows(jsonl)
    else:
        header, want = sector_rows(jsonl, shape == "sentence-sectors")
    if not want:
        print(f"compare_tables.py: {jsonl} has no rows: the test would prove nothing")
        return 1
    readers = read_all(tsv, csv_path)
    errors = []
    for name, got in readers.items():
        errors += compare(name, got, header, want)
    # The CSV with pandas' defaults (types guessed, "NA" as missing): same shape.
    default = pd.read_csv(csv_path)
    if default.shape != (len(want), len(readers["csv.reader csv"][0])):
        errors.append(f"pandas csv defaults: shape {default.shape}")
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
