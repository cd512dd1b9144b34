#!/usr/bin/env python3
"""Focus target of issue 16 over layout sidecars (docs/formats.md section 2).

    check_focus.py SIDECAR.json... [--insets] [--story-dir DIR] [--list] [--fail] [--min N] [--min-share F]

"The events of the main frame spread over at least a third of its width or
height": for each map with two or more event markers (markers that show event
numbers) in the main frame, the bounding box of those markers' centres is
compared with the main frame's rectangle; the map meets the target when the
box is at least a third of the frame's width or a third of its height.
A map with fewer than two event markers in its main frame is not counted.
With --insets, the event markers of an inset count too, at the spot of the
main frame that the inset's locator box outlines (the inset magnifies it).

A country's badge (a marker with `label`, the name of a country it is drawn
before: events "in Cuba", a broadcast "to Cuba") counts as the box of that
country's land its frame shows (`countries[].land`), not as the badge's
centre. The badge stands for the whole land: its spot is only where the
name found room, and a frame that shows the land whole (the island with its
capital at one end) spreads the country's event over all of it. The land
counts only as far as the frame shows it (the box is clipped to the frame
and leaves out land under an inset or the legend), so a country cut by the
frame's edge adds only its visible part, and events bunched in one corner
beside a country the frame barely shows still miss the target. A country's
marker drawn at its point (no `label`) counts as a point.

With --story-dir DIR, DIR/NAME.story.json (NAME the sidecar's name without
.l.json or .json) gives the story's principal event, and the map also
reports whether that event is drawn in the main frame.

Prints one line per counted map that misses the target (all counted maps
with --list), then `spread: N of M maps`. Exit status 1 with --fail when a
map misses it, with --min N when fewer than N maps meet it, with --min-share
F when less than that share of the counted maps does (extraction and layout
changes change which maps count), 2 for bad input, 0 otherwise.
"""
import json
import os
import sys


def spread(sidecar, insets=False):
    """(counted, ratio_w, ratio_h, n_markers) for one sidecar's main frame."""
    main = next((f for f in sidecar.get("frames", []) if f.get("id") == "main"), None)
    if main is None:
        raise ValueError("no main frame")
    x0, y0, x1, y1 = main["rect"]
    labels = sidecar.get("labels", [])
    lands = {(c["frame"], c["country"]): c["land"] for c in sidecar.get("countries", []) if c.get("land")}

    def spots(m):
        """The marker's centre, or a country badge's land box (two corners)."""
        k = m.get("label")
        code = labels[k].get("country") if isinstance(k, int) and 0 <= k < len(labels) else None
        land = lands.get((m.get("frame"), code)) if code else None
        if land is None:
            return [(m["x"], m["y"])]
        return [(land[0], land[1]), (land[2], land[3])]

    pts, n = [], 0
    for m in sidecar.get("markers", []):
        if m.get("frame") == "main" and m.get("events"):
            pts += spots(m)
            n += 1
    if insets:
        # An inset magnifies a part of the main frame, outlined there by its
        # locator box: its events stand where the box puts them.
        rects = {f["id"]: f["rect"] for f in sidecar.get("frames", [])}
        for loc in sidecar.get("locators", []):
            r, b = rects.get(loc["frame"]), loc["rect"]
            if r is None:
                continue
            for m in sidecar.get("markers", []):
                if m.get("frame") == loc["frame"] and m.get("events"):
                    n += 1
                    for x, y in spots(m):
                        pts.append((b[0] + (x - r[0]) / (r[2] - r[0]) * (b[2] - b[0]),
                                    b[1] + (y - r[1]) / (r[3] - r[1]) * (b[3] - b[1])))
    if n < 2:
        return False, 0.0, 0.0, n
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return True, (max(xs) - min(xs)) / (x1 - x0), (max(ys) - min(ys)) / (y1 - y0), n


def principal_in_main(sidecar, story):
    ev = next((e["id"] for e in story.get("events", []) if e.get("principal")), None)
    if ev is None:
        return None
    return any(ev in m.get("events", []) for m in sidecar.get("markers", []) if m.get("frame") == "main")


def main(argv):
    paths = [a for a in argv if not a.startswith("--")]
    story_dir, least, share = None, 0, 0.0
    if "--story-dir" in argv:
        story_dir = argv[argv.index("--story-dir") + 1]
        paths.remove(story_dir)
    if "--min" in argv:
        least = int(argv[argv.index("--min") + 1])
        paths.remove(argv[argv.index("--min") + 1])
    if "--min-share" in argv:
        share = float(argv[argv.index("--min-share") + 1])
        paths.remove(argv[argv.index("--min-share") + 1])
    counted = met = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                sc = json.load(f)
            ok, rw, rh, n = spread(sc, "--insets" in argv)
        except (OSError, ValueError, KeyError, TypeError) as e:
            print("diplomap: %s: %s" % (path, e), file=sys.stderr)
            return 2
        if not ok:
            continue
        counted += 1
        good = rw >= 1 / 3 or rh >= 1 / 3
        met += good
        if not good or "--list" in argv:
            name = os.path.basename(path)
            extra = ""
            if story_dir:
                base = name[:-7] if name.endswith(".l.json") else name[:-5]
                sp = os.path.join(story_dir, base + ".story.json")
                if os.path.exists(sp):
                    with open(sp, encoding="utf-8") as f:
                        extra = " principal-in-main=%s" % principal_in_main(sc, json.load(f))
            print("%s %s: %d markers, %.2f of the width, %.2f of the height%s"
                  % ("ok  " if good else "MISS", name, n, rw, rh, extra))
    print("spread: %d of %d maps" % (met, counted))
    short = met < least or (counted and met < share * counted)
    return 1 if ("--fail" in argv and met < counted) or short else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
