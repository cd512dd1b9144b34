#!/bin/sh
# Start-up to first answer of `diplomap geocode Pyongyang` (median of N runs)
# and the in-process figures of bench_geocode.
#   DIPLOMAP=build/diplomap BENCH=build/geodata/bench_geocode sh tests/bench/bench_geocode.sh
set -eu
: "${DIPLOMAP:?}"
N=${N:-21}
python3 - "$DIPLOMAP" "$N" <<'PY'
import subprocess, sys, time, statistics, resource
exe, n = sys.argv[1], int(sys.argv[2])
subprocess.run([exe, "geocode", "Pyongyang"], check=True, capture_output=True)  # warm the page cache
ts = []
for _ in range(n):
    t = time.perf_counter()
    subprocess.run([exe, "geocode", "Pyongyang"], check=True, capture_output=True)
    ts.append((time.perf_counter() - t) * 1e3)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("start-up to first answer: median %.2f ms, min %.2f ms (%d runs)" % (statistics.median(ts), min(ts), n))
print("CLI peak RSS: %d KiB" % ru.ru_maxrss)
PY
if [ -n "${BENCH:-}" ]; then "$BENCH" "${SECONDS_PER_TEST:-2}"; fi
