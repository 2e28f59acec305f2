#!/usr/bin/env bash
# core_instructions.sh: instructions the core spends parsing and printing figures, at a
# base revision and at the work tree, counted by callgrind (a count, not a time: it does
# not move with the machine's load, so a refactoring can be checked on a busy machine).
#
#   bash bench/core_instructions.sh [BASE_REV]        (default HEAD~1)
#
# Prints the counts and the ratio work tree / base for parse (the general parser), for print,
# and for the input path (ind_parse_fast: the fast parser, the general one behind it).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-HEAD~1}
command -v valgrind >/dev/null || { echo "core_instructions.sh: needs valgrind" >&2; exit 2; }
W=$(mktemp -d /tmp/indicator-instr.XXXXXX)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/base"
git archive "$BASE" src/core | tar -x -C "$W/base"
count() {  # core-dir mode
    gcc -O2 -I"$1" -o "$W/drv" bench/core/figures.c "$1"/*.c
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$W/drv" "$2" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
bp=$(count "$W/base/src/core" 0); bf=$(count "$W/base/src/core" 1); bi=$(count "$W/base/src/core" 2)
np=$(count src/core 0); nf=$(count src/core 1); ni=$(count src/core 2)
awk -v bp="$bp" -v bf="$bf" -v bi="$bi" -v np="$np" -v nf="$nf" -v ni="$ni" -v base="$BASE" 'BEGIN {
    printf "%-22s %14s %14s %7s\n", "instructions", base, "work tree", "ratio"
    printf "%-22s %14d %14d %7.3f\n", "parse", bp, np, np / bp
    printf "%-22s %14d %14d %7.3f\n", "print (output only)", bf - bp, nf - np, (nf - np) / (bf - bp)
    printf "%-22s %14d %14d %7.3f\n", "input path (fast)", bi, ni, ni / bi }'
