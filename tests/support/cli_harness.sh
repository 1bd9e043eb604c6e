# Sourced by the shell tests of the CLI (cli_test.sh, *_cli_test.sh): takes
# the binary and the source folder from the script's arguments, works from the
# source folder with a temporary folder $tmp that is removed on exit, and
# counts checks.
#   set -u
#   source "$(dirname "$0")/support/cli_harness.sh" "$@"   # KIJI SOURCE_DIR
#   check "a name" cmp -s a b
#   expect "a name" 2 "kiji: the message" "$kiji" tokenize bad   # exit status, whole stderr
#   finish            # prints the counts; fails when a check failed
kiji=$1
src=$2
cd "$src" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {  # check NAME COMMAND...: the command must succeed
  if "${@:2}"; then passed=$((passed + 1)); else echo "FAILED: $1"; failed=$((failed + 1)); fi
}
finish() {  # finish [LABEL]: the summary line; its status is the script's
  echo "${1:+$1: }$passed passed, $failed failed"
  test "$failed" -eq 0
}
expect() {  # expect NAME RC STDERR COMMAND...: the exit status and the whole stderr
  local name=$1 want_rc=$2 want_err=$3
  shift 3
  "$@" >"$tmp/expect.out" 2>"$tmp/expect.err"
  local rc=$?
  if [ "$rc" -eq "$want_rc" ] && [ "$(cat "$tmp/expect.err")" = "$want_err" ]; then
    passed=$((passed + 1))
  else
    echo "FAILED: $name (exit $rc, want $want_rc)"
    echo "  stderr: $(cat "$tmp/expect.err")"
    echo "  wanted: $want_err"
    failed=$((failed + 1))
  fi
}
