#!/usr/bin/env bash
# check_layers.sh: the core's files depend on each other only downwards, in the order
# src/core/ind.h lists them (its "The files, each depending only on those above it").
# Each file is compiled alone; a call from one file into a file listed after it (or into
# itself through another) is a layering error: it is how the old circle
# error.c -> format.c -> exact.c -> error.c came about.  Prints "layers: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
W=$(mktemp -d /tmp/indicator-layers.XXXXXX)
trap 'rm -rf "$W"' EXIT
# The order: the file names in ind.h's list, top to bottom.
order=$(sed -n '/The files, each depending only on those above it/,/^ \*\//p' src/core/ind.h |
        grep -oE '[a-z0-9_]+\.c' | sed 's/\.c$//')
for f in src/core/*.c; do
    n=$(basename "$f" .c)
    grep -qx "$n" <<<"$order" || { echo "  FAIL src/core/$n.c is not in ind.h's list of files"; echo "layers: 0 passed, 1 failed"; exit 1; }
    gcc -std=c11 -c -Isrc/core -o "$W/$n.o" "$f" || { echo "layers: 0 passed, 1 failed"; exit 1; }
done
# who defines what, then who uses what: one nm per object
for o in "$W"/*.o; do
    nm "$o" | awk -v f="$(basename "$o" .o)" '$2 ~ /^[TDBR]$/ {print $3, f}' >>"$W/defs"
    nm "$o" | awk -v f="$(basename "$o" .o)" '$1 == "U" {print $2, f}' >>"$W/uses"
done
echo "$order" | awk '{print $1, NR}' >"$W/rank"
# user, used file, symbol, and both ranks
awk 'FILENAME == ARGV[1] {def[$1] = $2; next}
     FILENAME == ARGV[2] {rank[$1] = $2; next}
     ($1 in def) && def[$1] != $2 {print $2, def[$1], $1, rank[$2], rank[def[$1]]}' \
    "$W/defs" "$W/rank" "$W/uses" >"$W/edges"
pass=$(awk '$5 < $4' "$W/edges" | wc -l)
fail=$(awk '$5 >= $4' "$W/edges" | wc -l)
awk '$5 >= $4 {printf "  FAIL %s.c calls %s of %s.c, which ind.h lists after it\n", $1, $3, $2}' "$W/edges"
echo "layers: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
