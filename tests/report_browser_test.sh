#!/usr/bin/env bash
# The HTML report of corpus/ in a real browser (headless Chromium): it loads
# without console errors, its screenshot is not blank, it does not overflow
# a 400 px wide window, and its charts hold as many bars, columns and nodes
# as the JSON report says. Skips (exit 77) where chromium is not installed.
# usage: report_browser_test.sh KIJI SOURCE_DIR
set -euo pipefail
kiji=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "report_browser_test: FAIL: $*" >&2; exit 1; }

"$kiji" report "$src/corpus" --no-timing -o "$tmp/report.html"
"$kiji" report "$src/corpus" --no-timing -o "$tmp/report.json"
"$kiji" report "$src/corpus" --no-timing -j 2 -o "$tmp/report2.html"
cmp -s "$tmp/report.html" "$tmp/report2.html" || fail "-j 1 and -j 2 give different HTML"
size=$(wc -c <"$tmp/report.html")
[ "$size" -lt 400000 ] || fail "report.html is $size bytes"
grep -q "<script" "$tmp/report.html" && fail "the report holds a script"
grep -Eq ' src=|<link ' "$tmp/report.html" && fail "the report loads an external resource"
# The checks above need no browser; the rest does.
if ! command -v chromium >/dev/null 2>&1; then
  echo "report_browser_test: chromium is not installed; skipping (apt-get install chromium)"
  exit 77
fi

# Chromium as root needs --no-sandbox; a private profile and HOME keep it
# away from the user's, and timeout stops a hung browser.
browser() {
  HOME="$tmp" timeout 90 chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$tmp/profile" --hide-scrollbars --enable-logging=stderr --v=0 "$@"
}
browser --dump-dom "file://$tmp/report.html" >"$tmp/dom.html" 2>"$tmp/dom.log" || fail "chromium --dump-dom failed"
grep -q '<section id="provenance">' "$tmp/dom.html" || fail "the dumped DOM has no provenance section"
if grep -E "CONSOLE|Uncaught" "$tmp/dom.log"; then fail "console messages while loading the report"; fi
browser --screenshot="$tmp/shot.png" --window-size=1200,3000 "file://$tmp/report.html" \
  >/dev/null 2>"$tmp/shot.log" || fail "chromium --screenshot failed"

# The page width in a 400 px window (headless Chromium widens it to its
# minimum, 500 px, so the check is against the window's inner width), measured by a copy of the page with a script
# added (the report itself has none).
sed 's|</body>|<script>document.title="width="+document.documentElement.scrollWidth+" window="+window.innerWidth</script></body>|' \
  "$tmp/report.html" >"$tmp/narrow.html"
browser --window-size=400,2000 --dump-dom "file://$tmp/narrow.html" >"$tmp/narrow.dom" 2>/dev/null ||
  fail "chromium --dump-dom (narrow) failed"

python3 - "$tmp" <<'PY'
import json, re, struct, sys, zlib
tmp = sys.argv[1]

def fail(msg):
    sys.exit("report_browser_test: FAIL: " + msg)

def png_colours(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("the screenshot is not a PNG")
    pos, idat, width, height, bpp = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            bpp = {2: 3, 6: 4}.get(colour, 0) * depth // 8
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not bpp:
        fail("unexpected PNG colour type")
    raw, stride, prev, colours = zlib.decompress(idat), width * bpp, bytearray(width * bpp), set()
    for y in range(0, height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if y % 10 == 0:
            colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp * 5))
        prev = line
    return colours

colours = png_colours(tmp + "/shot.png")
if len(colours) < 20:
    fail("the screenshot has only %d colours: blank?" % len(colours))

dom = open(tmp + "/dom.html", encoding="utf-8").read()
report = json.load(open(tmp + "/report.json", encoding="utf-8"))

def chart(css_class):
    m = re.search(r'<svg[^>]*class="chart %s"[^>]*>(.*?)</svg>' % css_class, dom, re.S)
    if not m:
        fail("no chart of class '%s' in the DOM" % css_class)
    return m.group(1)

def expect(what, got, want):
    if got != want:
        fail("%s: %d in the page, %d in the JSON" % (what, got, want))

sectors = [s for s in report["sectors"]["sectors"] if s["articles"] > 0]
expect("sector bars", chart("bars sectors").count('class="bar"'), len(sectors))
bars = re.findall(r'class="bar"[^>]*data-value="(\d+)"', chart("bars sectors"))
expect("sector bar values", sum(map(int, bars)), sum(s["articles"] for s in sectors))
expect("heat map cells", chart("heatmap").count('class="cell"'), len(sectors) ** 2)
expect("term bars", chart("bars terms").count('class="bar"'), len(report["keywords"]["by_frequency"]))
expect("network nodes", chart("network").count('class="node"'), len(report["network"]["nodes"]))
expect("network edges", chart("network").count('class="edge"'), len(report["network"]["edges"]))
months = [m for m in report["overview"]["per_month"] if m["articles"] > 0]
if months:
    expect("month columns", chart("months articles-per-month").count('class="column"'), len(months))
expect("article rows", len(re.findall(r'<tr id="article-\d+"', dom)), len(report["articles"]))

narrow = open(tmp + "/narrow.dom", encoding="utf-8").read()
m = re.search(r"<title>width=(\d+) window=(\d+)</title>", narrow)
if not m:
    fail("the narrow page did not report its width")
if int(m.group(1)) > max(int(m.group(2)), 400):
    fail("the page is %s px wide in a %s px window" % (m.group(1), m.group(2)))
print("report_browser_test: ok (%d colours, %d sectors, page width %s px in a %s px window)" %
      (len(colours), len(sectors), m.group(1), m.group(2)))
PY
