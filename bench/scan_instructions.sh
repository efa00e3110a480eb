#!/usr/bin/env bash
# Instructions per byte of the scanner's rules (BENCHMARKS.md, "Discovery", issue 18): a count
# that does not move with the machine's load, unlike MiB/s on a shared virtual machine, so two
# builds can be compared on any machine.
#
#   bench/scan_instructions.sh [BENCH_DIR]   (default /tmp/bench, made by bench/scan_data.py)
#
# Needs valgrind (Debian package `valgrind`). Runs the release examples `text_speed` (free-text
# rules alone, line by line) on the first 2 MB of the bench text and `throughput` (the whole
# scan of one file) on the first 4 MB of the bench CSV under callgrind, and prints the
# instructions executed per byte and the functions that cost most, inclusive of what they call
# (BENCHMARKS.md sets CARGO_PROFILE_RELEASE_DEBUG=line-tables-only, which names inlined code).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:-/tmp/bench}"
command -v valgrind >/dev/null || { echo "install valgrind: apt-get install valgrind" >&2; exit 1; }
[ -f "$DIR/csv.csv" ] || python3 bench/scan_data.py "$DIR"
cargo build -q --release -p khien-detect --example text_speed
cargo build -q --release -p khien-scan --example throughput
BIN="${CARGO_TARGET_DIR:-target}/release/examples"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
head -c 2000000 "$DIR/text/van-ban.txt" > "$TMP/text.txt"
head -c 4000000 "$DIR/csv.csv" > "$TMP/table.csv"
count() { # name bytes command...
  local name=$1 bytes=$2; shift 2
  valgrind --tool=callgrind --callgrind-out-file="$TMP/$name.out" "$@" >/dev/null 2>"$TMP/$name.err"
  local ir
  ir=$(grep -o 'refs: *[0-9,]*' "$TMP/$name.err" | tr -dc 0-9)
  python3 -c "print(f'$name: {$ir/$bytes:.1f} instructions per byte ($ir over $bytes bytes)')"
  { callgrind_annotate --inclusive=yes "$TMP/$name.out" 2>/dev/null || true; } \
    | grep -E 'khien_[a-z_]+::[a-z_:]+' | grep -v 'examples/' \
    | sed -E 's#/[^ ]*/([^/ ]+\.rs):#\1:#; s/^/    /' | head -12 || true
}
count text 2000000 "$BIN/text_speed" "$TMP/text.txt"
count csv 4000000 "$BIN/throughput" "$TMP/table.csv" 1
