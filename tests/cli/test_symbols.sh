#!/bin/sh
# Issue 16: every status has its own symbol in every theme, told apart in
# print without colour. Seven meetings, one per status, are drawn in each
# theme; in the SVG (whose markers are elements, render/html.c) each
# marker's drawing with its numbers, colours and text taken out must differ
# from every other's. The PNG draws the same marks (render/status_mark.c
# serves both); the golden images check its pixels.
. "$(dirname "$0")/lib.sh"

python3 - "$TMP/statuses.json" <<'PY'
import json, sys
statuses = ["held", "planned", "cancelled", "suspended", "refused", "failed", "delivered"]
cities = [("Paris", 48.85, 2.35, "FR"), ("Berlin", 52.52, 13.40, "DE"), ("Rome", 41.9, 12.5, "IT"),
          ("Madrid", 40.4, -3.7, "ES"), ("Vienna", 48.2, 16.37, "AT"), ("Warsaw", 52.23, 21.01, "PL"),
          ("Prague", 50.08, 14.43, "CZ")]
places = [{"id": c[0].lower(), "name": c[0], "lat": c[1], "lon": c[2], "kind": "city", "country": c[3]} for c in cities]
events = [{"id": "e%d" % (i + 1), "type": "meeting", "date": "2025-0%d-01" % (i + 1), "places": [places[i]["id"]],
           "participants": [cities[i][3]], "status": s} for i, s in enumerate(statuses)]
json.dump({"diplomap": 1, "title": "Statuses", "places": places, "events": events}, open(sys.argv[1], "w"))
PY
for theme in light dark print; do
  expect_exit 0 "statuses, $theme" -- "$DIPLOMAP" render "$TMP/statuses.json" -o "$TMP/s-$theme.svg" --theme "$theme" --width 1200 --height 800
  python3 - "$TMP/s-$theme.svg" "$theme" <<'PY' && ok || bad "statuses not told apart without colour in the $theme theme"
import re, sys
svg, theme = open(sys.argv[1]).read(), sys.argv[2]
paper = {"dark": "#15191e"}.get(theme, "#ffffff")
shapes = {}
for status, body in re.findall(r"<g><title>[^<]*\(meeting, (\w+), [^)]*\)</title>(.*?)</g>", svg):
    body = re.sub(r"<text.*?</text>", "", body)
    # Colours as roles (paper or ink), geometry relative to the marker in radii.
    body = re.sub(r'(fill|stroke)="(#[0-9a-f]{6})"', lambda m: '%s="%s"' % (m[1], "paper" if m[2] == paper else "ink"), body)
    cx, cy, r = (float(v) for v in re.search(r'<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([-\d.]+)"', body).groups())
    body = re.sub(r'(cx|cy|r)="([-\d.]+)"', lambda m: '%s="%.1f"' % (m[1], (float(m[2]) - {"cx": cx, "cy": cy, "r": 0}[m[1]]) / r), body)
    body = re.sub(r'd="([^"]*)"', lambda m: 'd="%s"' % re.sub(r"([-\d.]+) ([-\d.]+)", lambda p: "%.1f %.1f" % ((float(p[1]) - cx) / r, (float(p[2]) - cy) / r), m[1]), body)
    shapes[status] = re.sub(r'(stroke-width|stroke-dasharray)="[^"]*"', r'\1', body)
want = {"held", "planned", "cancelled", "suspended", "refused", "failed", "delivered"}
assert set(shapes) == want, sorted(shapes)
seen = {}
for status, shape in shapes.items():
    assert shape not in seen, "%s drawn like %s: %s" % (status, seen.get(shape), shape)
    seen[shape] = status
PY
done
finish
