#!/usr/bin/env python3
"""Overlap checker over the layout sidecar (docs/formats.md section 2, issue 16).

    check_overlaps.py SIDECAR.json [--story STORY.json] [--fail-on KINDS] [--counts]

Reports, one line each:
  off-canvas        an element outside [0,W]x[0,H]: a label, marker, pointer, legend, title,
                    subtitle, credits, scale bar, inset or overview frame, locator box
  off-frame         a label or marker of an inset or the overview outside that frame (cut
                    off by its edge)
  label-label       two labels (edge-pointer names included) overlap
  label-marker      a label over a marker (a marker is a box of its drawn radius and
                    half width, from the sidecar; 8 units when the sidecar has none)
  label-line        an event line, a story line (a border, a front) or a connector (the line
                    from a locator box to its inset) crosses a label
  label-furniture   a label under the legend, title, subtitle, credits, a scale bar, an
                    inset or overview frame or a locator box
  furniture         legend, title, credits, scale bars and insets overlapping each other
  dropped-label     a place with an event (a marker showing event numbers) has no label, or
                    the sidecar's dropped_labels lists a place that is labelled or (with
                    --story) a place of an event
  connector         a connector crosses the inside of the inset or locator box it joins, or of
                    another inset, or leaves the canvas
With --story: dropped-label also counts a place of an event that has neither marker,
label, pointer nor drawn line (drawn nowhere), as `undrawn-event-place`; a place a
marker stands for (its `places`: a venue folded into its city's marker) is drawn; an
event in a region beyond any one country ("the Middle East": kind region, no country) is in
the legend only.

Exit status: 1 when a kind listed in --fail-on (default: all) was found, 2 for bad input,
0 otherwise. --counts prints one JSON line of counts by kind at the end.
"""
import json
import math
import sys

KINDS = ["off-canvas", "off-frame", "label-label", "label-marker", "label-line", "label-furniture", "furniture",
         "dropped-label", "undrawn-event-place", "connector"]
EPS = 0.5          # canvas units: touching is not overlapping
DEFAULT_MARKER = 8.0


def overlap(a, b, eps=EPS):
    return a[0] < b[2] - eps and b[0] < a[2] - eps and a[1] < b[3] - eps and b[1] < a[3] - eps


def clip_box(a, b):
    """Intersection of two boxes, or None."""
    r = [max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])]
    return r if r[0] < r[2] and r[1] < r[3] else None


def segment_enters_polygon(p, q, poly, margin):
    """Does segment p-q pass inside polygon poly (a list of [x, y]) by more than margin?"""
    def inside(x, y):
        hit = False
        for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
        return hit

    def edge_distance(x, y):
        best = float("inf")
        for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
            dx, dy = x2 - x1, y2 - y1
            t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy or 1)))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
        return best

    steps = 200
    for k in range(steps + 1):
        x, y = p[0] + (q[0] - p[0]) * k / steps, p[1] + (q[1] - p[1]) * k / steps
        if inside(x, y) and edge_distance(x, y) > margin:
            return True
    return False


def seg_hits_box(p, q, box, eps=EPS):
    """Liang-Barsky: does segment p-q pass through box shrunk by eps?"""
    x0, y0, x1, y1 = box[0] + eps, box[1] + eps, box[2] - eps, box[3] - eps
    if x0 >= x1 or y0 >= y1:
        return False
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for pk, qk in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if pk == 0:
            if qk < 0:
                return False
        else:
            t = qk / pk
            if pk < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return True


def polyline_hits_box(points, box):
    pts = [p for p in points if p is not None]
    if len(pts) == 1:
        return box[0] < pts[0][0] < box[2] and box[1] < pts[0][1] < box[3]
    return any(seg_hits_box(pts[i], pts[i + 1], box) for i in range(len(pts) - 1))


def box4(v, what):
    if not (isinstance(v, list) and len(v) == 4 and all(isinstance(x, (int, float)) for x in v)):
        raise ValueError("%s: not a box [x0, y0, x1, y1]" % what)
    return [float(x) for x in v]


def check(side, story=None):
    """Returns a list of (kind, message)."""
    found = []
    W, H = float(side["width"]), float(side["height"])
    canvas = [0.0, 0.0, W, H]
    frames = {f["id"]: box4(f["rect"], "frames[%d].rect" % i) for i, f in enumerate(side.get("frames", []))}

    def frame_rect(fid):
        return frames.get(fid, canvas)

    def off(box, what):
        if box[0] < -EPS or box[1] < -EPS or box[2] > W + EPS or box[3] > H + EPS:
            found.append(("off-canvas", "%s at [%.1f, %.1f, %.1f, %.1f] leaves the %gx%g canvas"
                          % (what, box[0], box[1], box[2], box[3], W, H)))

    labels = []   # (box, frame, name, place)
    for i, l in enumerate(side.get("labels", [])):
        labels.append((box4(l["bbox"], "labels[%d].bbox" % i), l.get("frame", "main"),
                       "label '%s'" % l.get("text", ""), l.get("place")))
    for i, p in enumerate(side.get("pointers", [])):
        labels.append((box4(p["bbox"], "pointers[%d].bbox" % i), p.get("frame", "main"),
                       "pointer '%s'" % p.get("text", ""), None))
    markers = []  # (box, frame, name, place)
    for i, m in enumerate(side.get("markers", [])):
        r = float(m.get("radius", DEFAULT_MARKER))
        hw = float(m.get("half_width", r))
        x, y = float(m["x"]), float(m["y"])
        markers.append(([x - hw, y - r, x + hw, y + r], m.get("frame", "main"), "marker of '%s'" % m.get("place"),
                        m.get("place")))
    furniture = []  # (box, name, frame it belongs to or None)
    for key in ("title", "subtitle"):
        if isinstance(side.get(key), dict):
            furniture.append((box4(side[key]["bbox"], key + ".bbox"), key, None))
    if isinstance(side.get("legend"), dict):
        furniture.append((box4(side["legend"]["rect"], "legend.rect"), "legend", None))
    if isinstance(side.get("credits"), dict):
        furniture.append((box4(side["credits"]["rect"], "credits.rect"), "credits", None))
        if "source" in side["credits"]:
            furniture.append((box4(side["credits"]["source"], "credits.source"), "source credit", None))
    for i, b in enumerate(side.get("scale_bars", [])):
        furniture.append((box4(b["rect"], "scale_bars[%d].rect" % i), "scale bar of %s" % b.get("frame"),
                          b.get("frame")))
    for fid, r in frames.items():
        if fid != "main":
            furniture.append((r, "frame '%s'" % fid, fid))
    locators = [(box4(l["rect"], "locators[%d].rect" % i), "locator box of '%s'" % l.get("frame"), l.get("frame"))
                for i, l in enumerate(side.get("locators", []))]

    locator_outline = {l.get("frame"): l["points"] for l in side.get("locators", [])
                       if isinstance(l.get("points"), list) and len(l["points"]) >= 3}

    connectors = []  # (point, point, inset frame)
    for i, c in enumerate(side.get("connectors", [])):
        pts = c.get("points")
        if not (isinstance(pts, list) and len(pts) == 2):
            raise ValueError("connectors[%d].points: not two points" % i)
        p, q = box4(pts[0] + pts[1], "connectors[%d].points" % i)[:2], box4(pts[0] + pts[1], "")[2:]
        connectors.append((p, q, c.get("frame")))

    # (a) off the canvas
    for box, _, name, _ in labels + markers:
        off(box, name)
    for box, name, _ in furniture + locators:
        off(box, name)
    for box, fid, name, _ in labels + markers:
        r = frames.get(fid)
        if fid != "main" and r and (box[0] < r[0] - EPS or box[1] < r[1] - EPS or box[2] > r[2] + EPS
                                     or box[3] > r[3] + EPS):
            found.append(("off-frame", "%s at [%.1f, %.1f, %.1f, %.1f] leaves its frame '%s'"
                          % (name, box[0], box[1], box[2], box[3], fid)))
    for i, p in enumerate(side.get("pointers", [])):
        off([p["x"], p["y"], p["x"], p["y"]], "tip of pointer '%s'" % p.get("text", ""))
    locator_of = {fid: box for box, _, fid in locators}
    for p, q, fid in connectors:
        what = "connector of inset '%s' from [%.1f, %.1f] to [%.1f, %.1f]" % (fid, p[0], p[1], q[0], q[1])
        if min(p[0], q[0]) < -EPS or min(p[1], q[1]) < -EPS or max(p[0], q[0]) > W + EPS or max(p[1], q[1]) > H + EPS:
            found.append(("connector", "the %s leaves the canvas" % what))
        for oid, r in frames.items():
            # a line ending on a corner of the box it joins runs along no inside
            if oid != "main" and seg_hits_box(p, q, r, 1.0):
                found.append(("connector", "the %s crosses inset '%s'" % (what, oid)))
        # A locator box drawn skewed (its projected outline) is smaller than
        # its rect: a connector tangent to the outline may cut the rect's
        # corner, never its middle.
        # When the sidecar gives the outline as drawn, the test is exact: no
        # point of the connector lies inside it by more than a pixel.
        lb = locator_of.get(fid)
        outline = locator_outline.get(fid)
        if outline and segment_enters_polygon(p, q, outline, 1.0):
            found.append(("connector", "the %s crosses its locator box" % what))
        elif not outline and lb and seg_hits_box(p, q, [lb[0] + (lb[2] - lb[0]) / 4, lb[1] + (lb[3] - lb[1]) / 4,
                                                        lb[2] - (lb[2] - lb[0]) / 4, lb[3] - (lb[3] - lb[1]) / 4], 0):
            found.append(("connector", "the %s crosses its locator box" % what))

    # (b) labels against everything else drawn
    for i, (a, fa, na, _) in enumerate(labels):
        for b, fb, nb, _ in labels[i + 1:]:
            if fa == fb and overlap(a, b):
                found.append(("label-label", "%s overlaps %s" % (na, nb)))
        for b, fb, nb, _ in markers:
            if fa == fb and overlap(a, b):
                found.append(("label-marker", "%s overlaps %s" % (na, nb)))
        for kind, items in (("line", side.get("lines", [])), ("feature", side.get("features", []))):
            for ln in items:
                if ln.get("frame", "main") != fa or (kind == "feature" and ln.get("kind") == "area"):
                    continue
                box = clip_box(a, frame_rect(fa))
                if box and polyline_hits_box(ln.get("points", []), box):
                    what = ("line of event '%s'" % ln.get("event")) if kind == "line" else \
                        ("line of '%s'" % ln.get("place"))
                    found.append(("label-line", "%s is crossed by the %s" % (na, what)))
        # Connectors run on the main map, from a locator box to its inset.
        for c in connectors:
            if fa == "main" and seg_hits_box(c[0], c[1], a):
                found.append(("label-line", "%s is crossed by a connector of inset '%s'" % (na, c[2])))
        for b, nb, fb in furniture + locators:
            # A frame's own labels sit inside it; locator boxes are on the main map.
            if fb == fa and nb.startswith("frame"):
                continue
            if fb is not None and nb.startswith("scale bar") and fb != fa:
                continue
            if nb.startswith("locator") and fa != "main":
                continue
            if overlap(a, b):
                found.append(("label-furniture", "%s is under the %s" % (na, nb)))
    for i, (a, na, fa) in enumerate(furniture):
        for b, nb, fb in furniture[i + 1:]:
            if fa is not None and fa == fb:
                continue   # an inset's own scale bar is inside it
            if overlap(a, b):
                found.append(("furniture", "the %s overlaps the %s" % (na, nb)))

    # (c) a place with an event drawn as a marker but not labelled
    labelled = {p for _, _, _, p in labels if p}
    for m in side.get("markers", []):
        if (m.get("events") or m.get("number")) and m.get("place") not in labelled:
            found.append(("dropped-label", "place '%s' has an event (marker %s) but no label"
                          % (m.get("place"), m.get("numbers", m.get("number")))))
    # The places the layout lists as dropped (dropped_labels: context whose
    # name found no room) are not labelled, and none is an event's place.
    event_places = set()
    if story is not None:
        regions_beyond = {p.get("id") for p in story.get("places", [])
                          if p.get("kind") == "region" and not p.get("country")}
        event_places = {pid for ev in story.get("events", []) for pid in ev.get("places", [])} - regions_beyond
    for pid in side.get("dropped_labels", []):
        if pid in labelled:
            found.append(("dropped-label", "place '%s' is listed as dropped but has a label" % pid))
        if pid in event_places:
            found.append(("dropped-label", "place '%s' of an event is listed as dropped" % pid))
    if story is not None:
        drawn = {m.get("place") for m in side.get("markers", [])} | labelled
        # A marker stands for the places folded into it (a venue in its city).
        drawn |= {p for m in side.get("markers", []) for p in m.get("places", [])}
        drawn |= {p.get("place") for p in side.get("pointers", [])}
        drawn |= {f.get("place") for f in side.get("features", [])}
        line_events = {ln.get("event") for ln in side.get("lines", [])}
        # A region beyond any one country (no country code) has no spot.
        regions = {p.get("id") for p in story.get("places", [])
                   if p.get("kind") == "region" and not p.get("country")}
        for ev in story.get("events", []):
            if ev.get("id") in line_events or (ev.get("places") or [None])[0] in regions:
                continue
            for pid in ev.get("places", []):
                if pid not in drawn:
                    found.append(("undrawn-event-place", "place '%s' of event '%s' is drawn nowhere"
                                  % (pid, ev.get("id"))))
    return found


def main(argv):
    args, story_path, fail_on, counts = [], None, set(KINDS), False
    it = iter(argv[1:])
    for a in it:
        if a == "--story":
            story_path = next(it, None)
        elif a == "--fail-on":
            v = next(it, "")
            fail_on = set(k for k in v.split(",") if k) if v != "none" else set()
            bad = fail_on - set(KINDS)
            if bad:
                print("diplomap: check_overlaps: --fail-on: unknown kind '%s'" % sorted(bad)[0], file=sys.stderr)
                return 2
        elif a == "--counts":
            counts = True
        else:
            args.append(a)
    if len(args) != 1:
        print("diplomap: check_overlaps: usage: check_overlaps.py SIDECAR.json [--story STORY.json] "
              "[--fail-on KINDS|none] [--counts]", file=sys.stderr)
        return 2
    path = args[0]
    try:
        with open(path, encoding="utf-8") as f:
            side = json.load(f)
        story = None
        if story_path:
            with open(story_path, encoding="utf-8") as f:
                story = json.load(f)
        found = check(side, story)
    except (OSError, ValueError, KeyError, TypeError) as e:
        print("diplomap: %s: %s" % (path, e), file=sys.stderr)
        return 2
    n = {k: 0 for k in KINDS}
    for kind, msg in found:
        n[kind] += 1
        print("%s: %s: %s" % (path, kind, msg))
    if counts:
        print(json.dumps({"file": path, "counts": n, "dropped_labels": len(side.get("dropped_labels", []))}))
    return 1 if any(n[k] for k in fail_on) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
