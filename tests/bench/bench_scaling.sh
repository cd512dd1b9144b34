#!/bin/bash
# How extraction grows with its input (not part of ctest): the article
# doubles from 1 to 16 MiB (one sentence naming one place, repeated: the
# hostile case), then the number of distinct places doubles from 100 to
# 10,000 (cities of the shipped gazetteer, most populous first, one
# sentence each). Prints wall and CPU seconds, peak memory and the story's
# size per step, and the ratio to the step before: about 2.0 means linear.
#
#   tests/bench/bench_scaling.sh [BUILD_DIR]
#
# Targets (docs/performance.md): 16 MiB in <= 15 s and <= 1 GB.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
DM="$BUILD/diplomap"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "SKIP: needs GNU time (apt-get install time)"; exit 77; }
OUT=$(mktemp -d /tmp/dm-scaling.XXXXXX)
trap 'rm -rf "$OUT"' EXIT

measure() { # LABEL FILE PREVIOUS_CPU -> prints a row, sets CPU
  "$TIME" -f '%e %U %M' -o "$OUT/t" "$DM" extract "$2" -o "$OUT/story.json" 2>/dev/null
  read -r wall cpu kb <"$OUT/t"
  ratio=$(awk -v a="$cpu" -v b="$3" 'BEGIN { if (b > 0.02) printf "%.2f", a / b; else print "-" }')
  printf '%-14s %8.2f %8.2f %9d %10d  %s\n' "$1" "$wall" "$cpu" "$((kb / 1024))" \
    "$(stat -c %s "$OUT/story.json")" "$ratio"
  CPU=$cpu
}

printf '%-14s %8s %8s %9s %10s  %s\n' input wall_s cpu_s peak_MB story_B x_prev
sentence='Officials of both governments met in Geneva on Monday to resume the talks. '
python3 - "$OUT/base.txt" "$sentence" <<'PY'
import sys
path, s = sys.argv[1], sys.argv[2]
n = (1 << 20) // len(s)
open(path, "w").write("Talks resume in Geneva\n\n" + s * n)
PY
CPU=0
for mib in 1 2 4 8 16; do
  f="$OUT/article-$mib.txt"
  : >"$f"
  for _ in $(seq "$mib"); do cat "$OUT/base.txt" >>"$f"; done
  # Within the 16 MiB limit: the last copy's headline lines make up the rest.
  truncate -s "$((mib << 20))" "$f"
  measure "${mib} MiB" "$f" "$CPU"
done

CPU=0
# Distinct one-word city names, most populous first (python: no SIGPIPE
# from head under pipefail).
python3 - "$OUT/names.txt" "$SRC"/geodata/gazetteer/places-*.tsv <<'PY'
import re, sys
rows = []
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 10 and re.fullmatch(r"[A-Z][a-z]+", c[1]) and c[9].isdigit():
                rows.append((int(c[9]), c[1]))
seen, names = set(), []
for _, name in sorted(rows, reverse=True):
    if name not in seen:
        seen.add(name)
        names.append(name)
open(sys.argv[1], "w").write("\n".join(names[:10000]) + "\n")
PY
for n in 100 200 400 800 1600 3200 6400 10000; do
  f="$OUT/places-$n.txt"
  { printf 'Envoys travel widely\n\n'
    head -n "$n" "$OUT/names.txt" | awk '{ printf "The envoy arrived in %s on Monday for talks.\n", $1 }'; } >"$f"
  measure "$n places" "$f" "$CPU"
done
