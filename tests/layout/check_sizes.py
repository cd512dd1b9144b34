#!/usr/bin/env python3
"""Text sizes and the legend's place, over the layout sidecar (docs/formats.md section 2, issue 16).

    check_sizes.py SIDECAR.json [--min-size N] [--narrow W] [--counts]

Reports, one line each:
  small-text        a text drawn smaller than N output units (default 11: px in PNG at scale 1,
                    where an editor reads it; pass --min-size 8 for a PDF's points)
  no-text-size      a text element whose size the sidecar does not give
  legend-over-map   on a canvas narrower than W (default 900) units, the legend, the credits or
                    the source line reaching into the main frame instead of lying below it (a map
                    without a legend keeps its credit line on the map, docs/formats.md)
Text elements: labels, pointers, title, subtitle, legend, credits, scale bars, and the numbers
of numbered markers.

Exit status: 1 when anything was found, 2 for bad input, 0 otherwise. --counts prints one JSON
line with the counts by kind and the smallest text size at the end.
"""
import json
import sys

KINDS = ["small-text", "no-text-size", "legend-over-map"]
EPS = 0.5


def texts(side):
    """(name, size or None) of every text element."""
    out = []
    for key in ("labels", "pointers"):
        for i, t in enumerate(side.get(key, [])):
            out.append(("%s[%d] '%s'" % (key, i, t.get("text", "")), t.get("size")))
    for key in ("title", "subtitle", "legend", "credits"):
        if isinstance(side.get(key), dict):
            out.append((key, side[key].get("size")))
    for i, b in enumerate(side.get("scale_bars", [])):
        out.append(("scale bar of %s" % b.get("frame"), b.get("size")))
    for m in side.get("markers", []):
        if m.get("number") or m.get("numbers"):
            out.append(("numbers of the marker of '%s'" % m.get("place"), m.get("size")))
    return out


def check(side, min_size, narrow):
    found = []
    smallest = None
    for name, size in texts(side):
        if not isinstance(size, (int, float)):
            found.append(("no-text-size", "%s has no size" % name))
            continue
        smallest = size if smallest is None else min(smallest, size)
        if size < min_size - 1e-6:
            found.append(("small-text", "%s is %.2f units, under %g" % (name, size, min_size)))
    W = float(side["width"])
    main = next((f["rect"] for f in side.get("frames", []) if f.get("id") == "main"), None)
    if main is None:
        raise ValueError("no main frame")
    if W < narrow and isinstance(side.get("legend"), dict):
        boxes = []
        if isinstance(side.get("legend"), dict):
            boxes.append(("legend", side["legend"]["rect"]))
        if isinstance(side.get("credits"), dict):
            boxes.append(("credits", side["credits"]["rect"]))
            if "source" in side["credits"]:
                boxes.append(("source line", side["credits"]["source"]))
        for name, r in boxes:
            if r[1] < main[3] - EPS:
                found.append(("legend-over-map", "the %s at y %.1f is not below the main frame (bottom %.1f) on a "
                              "canvas %g wide" % (name, r[1], main[3], W)))
    return found, smallest


def main(argv):
    args, min_size, narrow, counts = [], 11.0, 900.0, False
    it = iter(argv[1:])
    try:
        for a in it:
            if a == "--min-size":
                min_size = float(next(it))
            elif a == "--narrow":
                narrow = float(next(it))
            elif a == "--counts":
                counts = True
            else:
                args.append(a)
    except (StopIteration, ValueError):
        args = []
    if len(args) != 1:
        print("diplomap: check_sizes: usage: check_sizes.py SIDECAR.json [--min-size N] [--narrow W] [--counts]",
              file=sys.stderr)
        return 2
    path = args[0]
    try:
        with open(path, encoding="utf-8") as f:
            side = json.load(f)
        found, smallest = check(side, min_size, narrow)
    except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
        print("diplomap: %s: %s" % (path, e), file=sys.stderr)
        return 2
    n = {k: 0 for k in KINDS}
    for kind, msg in found:
        n[kind] += 1
        print("%s: %s: %s" % (path, kind, msg))
    if counts:
        print(json.dumps({"file": path, "counts": n, "smallest": smallest}))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
