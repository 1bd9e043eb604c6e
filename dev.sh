#!/usr/bin/env bash
# kiji's two set-up commands (README):
#   ./dev.sh run    install what is missing, build, run the main job on corpus/
#   ./dev.sh test   install what is missing, build, run the whole test suite
# Running either again installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages kiji needs to build, run and test. unidic-mecab (1 GB)
# is optional and not installed here; tests that need it skip. NAIST-jdic and
# Juman are installed so that their adapter tests run.
PACKAGES=(build-essential cmake pkg-config libmecab-dev mecab mecab-utils mecab-ipadic-utf8
  mecab-naist-jdic mecab-jumandic-utf8 libicu-dev libcli11-dev libfmt-dev doctest-dev nlohmann-json3-dev
  libtomlplusplus-dev libxxhash-dev libsqlite3-dev python3-jsonschema python3-pandas git)
BUILD_DIR=${KIJI_BUILD_DIR:-build}

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y \
    --no-install-recommends "${missing[@]}"
}

build() {
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo ${KIJI_CMAKE_ARGS:-}
  fi
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}

case "${1:-}" in
  run)
    install_missing
    build
    # The report of corpus/ as HTML, the Markdown report's first screen on
    # the terminal, and where the files are.
    "$BUILD_DIR/cli/kiji" report corpus/ -o report.html
    "$BUILD_DIR/cli/kiji" report corpus/ -o report.md
    head -n 40 report.md
    echo "dev.sh: the report is in $PWD/report.html (Markdown: $PWD/report.md)"
    ;;
  test)
    install_missing
    build
    ctest --test-dir "$BUILD_DIR" --output-on-failure
    ;;
  *)
    echo "usage: ./dev.sh run|test" >&2
    exit 2
    ;;
esac
