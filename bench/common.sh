# Shared by the benchmark scripts (source it; not run on its own).
# Needs: $tmp (a scratch folder), $dic (MeCab dictionary folder), dirs=(...).

# Lists the articles under "${dirs[@]}" NUL-separated in $tmp/list0 (the
# corpus documentation files left out, as kiji leaves them out), their
# concatenation in $tmp/all.txt and its two halves in $tmp/half{1,2}.txt;
# sets $bytes and $files.
prepare_input() {
  find "${dirs[@]}" -type f -name '*.txt' ! -name 'LICENSE.txt' ! -name 'README.txt' \
    ! -name 'CHANGES.txt' -print0 | sort -z >"$tmp/list0"
  xargs -0 cat <"$tmp/list0" >"$tmp/all.txt"
  bytes=$(wc -c <"$tmp/all.txt")
  files=$(tr -cd '\0' <"$tmp/list0" | wc -c)
  local lines
  lines=$(wc -l <"$tmp/all.txt")
  head -n $((lines / 2)) "$tmp/all.txt" >"$tmp/half1.txt"
  tail -n +$((lines / 2 + 1)) "$tmp/all.txt" >"$tmp/half2.txt"
}

mecab_cmd=(mecab -r /dev/null -d "$dic" -b 4000000 -Owakati)

run() {  # run NAME COMMAND... ; appends the wall seconds to $tmp/NAME and
         # the CPU seconds (user + system, children included) to $tmp/NAME.cpu
  local TIMEFORMAT='%R %U %S' t
  t=$({ time "${@:2}" >/dev/null 2>/dev/null; } 2>&1)
  echo "$t" | awk '{print $1}' >>"$tmp/$1"
  echo "$t" | awk '{print $2 + $3}' >>"$tmp/$1.cpu"
}

two_mecab() {  # two mecab processes on the two halves at once
  "${mecab_cmd[@]}" "$tmp/half1.txt" >/dev/null &
  "${mecab_cmd[@]}" "$tmp/half2.txt" >/dev/null
  wait
}

median() { sort -n "$tmp/$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

peak_anon_kb() {  # peak_anon_kb COMMAND... : runs it (output discarded) and
                  # prints the largest RssAnon (kB) seen in /proc every 20 ms
                  # (anonymous memory: heap and stacks, not the mapped
                  # dictionary or program pages, which are file-backed)
  "$@" >/dev/null 2>&1 &
  local pid=$! peak=0 kb
  while kill -0 "$pid" 2>/dev/null; do
    kb=$(awk '/^RssAnon:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [[ -n $kb && $kb -gt $peak ]] && peak=$kb
    sleep 0.02
  done
  wait "$pid" || true
  echo "$peak"
}
