#!/usr/bin/env python3
"""Counts of check_overlaps.py over many sidecars: maps with each kind and totals.

    summarize.py SIDECAR.json...    (prints a JSON object, as overlap-ceiling.json's sections)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_overlaps  # noqa: E402

rows = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        found = check_overlaps.check(json.load(f))
    n = {k: 0 for k in check_overlaps.KINDS}
    for kind, _ in found:
        n[kind] += 1
    rows.append((path, n))
kinds = check_overlaps.KINDS
out = {"maps": len(rows),
       "maps_with": {k: sum(1 for _, n in rows if n[k]) for k in kinds},
       "total": {k: sum(n[k] for _, n in rows) for k in kinds},
       "worst": [os.path.basename(p) for p, n in sorted(rows, key=lambda r: -sum(r[1].values()))[:8]]}
print(json.dumps(out, indent=1))
