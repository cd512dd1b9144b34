#!/bin/bash
# Benchmarks (not part of ctest): diplomap side by side with Mapnik, GMT and
# Cartopy drawing the same two maps (../shared/bench/peers), plus end-to-end,
# extraction, geocoding, start-up and batch figures, and a callgrind
# instruction count of the seed render. Prints medians, min/max, peak memory
# and ratios (diplomap / peer).
#
#   tests/bench/run.sh [BUILD_DIR] [RUNS]
#
# Installs the peers from Debian when missing (never in CI: this script is
# not run by .ci/run). Runs alternate between tools within each round, so
# machine noise spreads evenly over all of them.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
RUNS=${2:-7}
DM="$BUILD/diplomap"
PEERS="${DM_PEERS_DIR:-$SRC/../shared/bench/peers}"
OUT=$(mktemp -d /tmp/dm-bench.XXXXXX)
[ -d "$PEERS" ] || { echo "SKIP: the bench compares with peer tools whose scripts are in $PEERS (../shared absent; set DM_PEERS_DIR)"; exit 77; }
SEED="$SRC/../shared/articles/yonhap-2025-06-12-trump-kim-letter.txt"
if [ ! -f "$SEED" ]; then
  echo "note: the seed article is absent (../shared absent); timing the in-repo sample of its story" >&2
  SEED="$SRC/docs/examples/articles/korea-letter-refused.txt"
fi

need=""
for p in gmt gmt-dcw gmt-gshhg-low ghostscript python3-cartopy python3-mapnik gdal-bin valgrind time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need="$need $p"
done
command -v npm >/dev/null || need="$need npm"   # Node.js may bring its own npm
if [ -n "$need" ]; then
  echo "installing peers:$need" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi
[ -d /tmp/peers/data/gmt ] || (cd "$PEERS" && ./prep_data.sh >/dev/null)

# time_cmd NAME -- CMD...: one whole-process run; appends "NAME seconds KiB".
# Wall time from bash's microsecond clock around the run (GNU time's
# own figure has 10 ms steps); peak memory from GNU time.
time_cmd() {
  name=$1; shift 2
  t0=$EPOCHREALTIME
  if /usr/bin/time -f "%M" -o "$OUT/mem" "$@" >/dev/null 2>>"$OUT/stderr"; then
    t1=$EPOCHREALTIME
    echo "$name $(python3 -c "print(f'{$t1 - $t0:.4f}')") $(tail -1 "$OUT/mem")" >>"$OUT/times"
  else
    echo "$name FAILED" >>"$OUT/times"
  fi
}

for i in $(seq "$RUNS"); do
  time_cmd m1.diplomap -- "$DM" render "$SRC/tests/bench/m1-world-pacific.json" -o "$OUT/m1.png" --width 1600 --height 900 --detail 50m
  time_cmd m1.mapnik -- /usr/bin/python3 "$PEERS/mapnik_map.py" m1 "$OUT/m1-mapnik.png"
  time_cmd m1.gmt -- "$PEERS/gmt_map.sh" m1 "$OUT/m1-gmt"
  time_cmd m2.diplomap -- "$DM" render "$SRC/tests/bench/m2-korea-detail.json" -o "$OUT/m2.png" --width 1200 --height 1200 --detail 10m
  time_cmd m2.mapnik -- /usr/bin/python3 "$PEERS/mapnik_map.py" m2 "$OUT/m2-mapnik.png"
  time_cmd m2.gmt -- "$PEERS/gmt_map.sh" m2 "$OUT/m2-gmt"
  if [ "$i" -le 3 ]; then   # Cartopy takes ~5 s a map: three rounds are enough
    time_cmd m1.cartopy -- /usr/bin/python3 "$PEERS/cartopy_map.py" m1 "$OUT/m1-cartopy.png"
    time_cmd m2.cartopy -- /usr/bin/python3 "$PEERS/cartopy_map.py" m2 "$OUT/m2-cartopy.png"
  fi
  time_cmd seed.article-to-png -- "$DM" render "$SEED" -o "$OUT/seed.png"
  time_cmd seed.extract -- "$DM" extract "$SEED"
  time_cmd startup.version -- "$DM" --version
  time_cmd startup.first-geocode -- "$DM" geocode Pyongyang
done

# A batch of 100 renders (50 stories, each twice, as PNG) in one process.
mkdir -p "$OUT/batch-in" "$OUT/batch-out"
for i in $(seq 50); do
  cp "$SRC/docs/examples/seed-story.json" "$OUT/batch-in/seed-$i.json"
  cp "$SRC/tests/bench/m2-korea-detail.json" "$OUT/batch-in/korea-$i.json"
done
if "$DM" batch --help >/dev/null 2>&1; then
  time_cmd batch.100-renders -- "$DM" batch "$OUT/batch-in" -o "$OUT/batch-out" --format png
fi

python3 - "$OUT/times" <<'PY'
import sys, statistics, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) == 3:
        runs[parts[0]].append((float(parts[1]), int(parts[2])))
    else:
        print("failed:", line.strip())
def med(name):
    return statistics.median(t for t, _ in runs[name])
print(f"{'case':28} {'median s':>9} {'min':>7} {'max':>7} {'peak MiB':>9} {'runs':>5}")
for name in sorted(runs):
    ts = [t for t, _ in runs[name]]
    mem = max(m for _, m in runs[name]) / 1024
    print(f"{name:28} {statistics.median(ts):9.3f} {min(ts):7.3f} {max(ts):7.3f} {mem:9.1f} {len(ts):5}")
print()
for m in ("m1", "m2"):
    d = f"{m}.diplomap"
    if d not in runs:
        continue
    dm_mem = max(x for _, x in runs[d])
    for peer in ("mapnik", "gmt", "cartopy"):
        p = f"{m}.{peer}"
        if p in runs:
            pm = max(x for _, x in runs[p])
            print(f"{m}: diplomap/{peer} time ratio {med(d)/med(p):.3f} ({med(p)/med(d):.1f}x faster), "
                  f"peak memory ratio {dm_mem/pm:.2f}")
PY

# Instruction count of the seed render: repeatable whatever the machine load.
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" "$DM" render "$SEED" -o "$OUT/seed-cg.png" 2>&1 |
  sed -n 's/.*Collected : \([0-9]*\).*/callgrind: seed article to PNG: \1 instructions/p'
echo "outputs in $OUT"
