#!/bin/sh
# GeoJSON out (diplomap extract --format geojson) and in (diplomap render
# of a FeatureCollection): valid RFC 7946 that GDAL opens, a lossless round
# trip, hand-made GeoJSON accepted, and errors that name the feature.
. "$(dirname "$0")/lib.sh"

ARTICLE="$DM_SOURCE_DIR/tests/articles/europe-helsinki-arms-talks.txt"
expect_exit 0 "extract geojson" -- "$DIPLOMAP" extract "$ARTICLE" --format geojson -o "$TMP/story.geojson"
expect_exit 0 "extract json" -- "$DIPLOMAP" extract "$ARTICLE" -o "$TMP/story.json"
python3 - "$TMP/story.geojson" "$TMP/story.json" <<'PY' && ok || bad "GeoJSON structure"
import json, sys
g = json.load(open(sys.argv[1])); s = json.load(open(sys.argv[2]))
assert g["type"] == "FeatureCollection" and g["title"] == s["title"]
places = [f for f in g["features"] if f["properties"]["role"] == "place"]
events = [f for f in g["features"] if f["properties"]["role"] == "event"]
assert len(places) == len(s["places"]) and len(events) == len(s.get("events", []))
for f, p in zip(places, s["places"]):
    assert f["type"] == "Feature" and f["id"] == p["id"] and f["properties"]["name"] == p["name"]
    assert f["properties"]["kind"] == p["kind"]
    if p.get("geometry"):
        assert f["geometry"] == p["geometry"]
    else:  # RFC 7946: [lon, lat]
        assert f["geometry"]["type"] == "Point" and f["geometry"]["coordinates"] == [p["lon"], p["lat"]]
for f, e in zip(events, s.get("events", [])):
    pr = f["properties"]
    assert pr["type"] == e["type"] and pr["status"] == e["status"] and pr.get("date") == e.get("date")
    want = {1: "Point", 2: "LineString"}.get(len(e["places"]), "MultiPoint")
    assert f["geometry"]["type"] == want, (f["geometry"], e["places"])
PY

# RFC 7946 (issue 17): every event names its places by the ids of place
# features; no position beyond 180 degrees; exterior rings counterclockwise.
python3 - "$TMP/story.geojson" <<'PY' && ok || bad "GeoJSON events or geometry not as RFC 7946 wants"
import json, sys
g = json.load(open(sys.argv[1]))
ids = {f["id"] for f in g["features"] if f["properties"]["role"] == "place"}
for f in g["features"]:
    if f["properties"]["role"] == "event":
        assert set(f["properties"]["places"]) <= ids, f["properties"]
def positions(c):
    return [c] if isinstance(c[0], (int, float)) else [p for x in c for p in positions(x)]
for f in g["features"]:
    geom = f["geometry"]
    if geom:
        assert all(-180 <= p[0] <= 180 and -90 <= p[1] <= 90 for p in positions(geom["coordinates"])), f["id"]
        for poly in {"Polygon": [geom["coordinates"]], "MultiPolygon": geom["coordinates"]}.get(geom["type"], []):
            r = poly[0]
            assert sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(r, r[1:])) > 0, f["id"]
PY

# A polygon across 180 (with a hole on each side) is cut there into a
# MultiPolygon (RFC 7946 section 3.1.9), each hole staying with its piece;
# a ring around a pole is left whole; GDAL reads the result.
cat >"$TMP/fiji.json" <<'JSON'
{"diplomap": 1, "title": "Across 180", "places": [
 {"id": "suva", "name": "Suva", "lat": -18.14, "lon": 178.44, "kind": "city", "country": "FJ"},
 {"id": "zone", "name": "Patrol zone", "lat": -17.5, "lon": 179.5, "kind": "area", "geometry": {"type": "Polygon", "coordinates": [[[177, -16], [-178, -16], [-178, -19], [177, -19], [177, -16]], [[178, -17], [178, -18], [179, -18], [179, -17], [178, -17]], [[-179.5, -17], [-179.5, -18], [-179, -18], [-179, -17], [-179.5, -17]]]}},
 {"id": "cap", "name": "Polar cap", "lat": 85, "lon": 0, "kind": "area", "geometry": {"type": "Polygon", "coordinates": [[[-180, 80], [-90, 80], [0, 80], [90, 80], [180, 80], [-180, 80]]]}}
], "events": []}
JSON
expect_exit 0 "convert across 180" -- "$DIPLOMAP" convert "$TMP/fiji.json" -o "$TMP/fiji.geojson"
python3 - "$TMP/fiji.geojson" <<'PY' && ok || bad "a polygon across 180 is not cut as RFC 7946 wants"
import json, sys
g = {f["id"]: f["geometry"] for f in json.load(open(sys.argv[1]))["features"]}
z = g["zone"]
assert z["type"] == "MultiPolygon" and len(z["coordinates"]) == 2, z
west, east = sorted(z["coordinates"], key=lambda poly: -poly[0][0][0])
assert max(p[0] for p in west[0]) == 180 and min(p[0] for p in west[0]) == 177, west
assert min(p[0] for p in east[0]) == -180 and max(p[0] for p in east[0]) == -178, east
assert len(west) == 2 and len(east) == 2, "each piece keeps the hole on its side"
assert all(-180 <= p[0] <= 180 for poly in z["coordinates"] for r in poly for p in r)
area = lambda r: sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(r, r[1:]))
assert all(area(poly[0]) > 0 and area(poly[1]) < 0 and poly[0][0] == poly[0][-1] for poly in z["coordinates"])
assert g["cap"]["type"] == "Polygon" and len(g["cap"]["coordinates"][0]) == 6, g["cap"]
PY
if command -v ogrinfo >/dev/null; then
  ogrinfo -ro -al "$TMP/fiji.geojson" 2>&1 | grep -q "MULTIPOLYGON (((177 -16," && ok || bad "ogrinfo does not read the cut polygon"
fi
expect_exit 0 "convert the cut polygon back" -- "$DIPLOMAP" convert "$TMP/fiji.geojson" -o "$TMP/fiji2.json"
expect_exit 0 "render the cut polygon" -- "$DIPLOMAP" render "$TMP/fiji2.json" -o "$TMP/fiji.png" --width 600 --height 400

# The seed story's two-place events are LineStrings from -> to; its border a MultiLineString.
cp "$SEED_STORY" "$TMP/seed.json"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.svg" --layout-json "$TMP/seed.layout.json" --width 800 --height 500 2>/dev/null
# GDAL reads it (what QGIS uses underneath).
if command -v ogrinfo >/dev/null; then
  "$DIPLOMAP" extract "$ARTICLE" --format geojson >"$TMP/stdout.geojson"
  ogrinfo -ro -al -so "$TMP/stdout.geojson" >"$TMP/ogr" 2>&1
  grep -q "Feature Count: $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['features']))" "$TMP/story.geojson")" "$TMP/ogr" &&
    grep -q "using driver .GeoJSON. successful" "$TMP/ogr" && ok || bad "ogrinfo cannot read the GeoJSON: $(head -5 "$TMP/ogr")"
fi

# Round trip: rendering the GeoJSON draws exactly what the story draws.
expect_exit 0 "render story" -- "$DIPLOMAP" render "$TMP/story.json" -o "$TMP/a.png" --layout-json "$TMP/a.json" --width 700 --height 450
expect_exit 0 "render geojson" -- "$DIPLOMAP" render "$TMP/story.geojson" -o "$TMP/b.png" --layout-json "$TMP/b.json" --width 700 --height 450
cmp -s "$TMP/a.json" "$TMP/b.json" && cmp -s "$TMP/a.png" "$TMP/b.png" && ok || bad "GeoJSON round trip draws a different map"
# A FeatureCollection named .json is recognised by its content.
cp "$TMP/story.geojson" "$TMP/fc.json"
expect_exit 0 "render geojson named .json" -- "$DIPLOMAP" render "$TMP/fc.json" -o "$TMP/c.png" --width 700 --height 450
cmp -s "$TMP/a.png" "$TMP/c.png" && ok || bad "FeatureCollection in a .json file drawn differently"

# Hand-made GeoJSON (geojson.io style): no roles, names only, a polygon,
# a place to geocode, an event between two places.
cat >"$TMP/hand.geojson" <<'JSON'
{"type": "FeatureCollection", "title": "Hand-drawn", "features": [
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [24.9384, 60.1699]}, "properties": {"name": "Helsinki"}},
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.6173, 55.7558]}, "properties": {"name": "Moscow", "kind": "city"}},
  {"type": "Feature", "geometry": null, "properties": {"name": "Geneva", "query": "Geneva"}},
  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[20, 59], [22, 59], [22, 60], [20, 60], [20, 59]]]}, "properties": {"name": "Exercise zone"}},
  {"type": "Feature", "geometry": null, "properties": {"role": "event", "id": "e1", "type": "call", "status": "held", "places": ["moscow", "helsinki"], "label": "Call"}}
]}
JSON
expect_exit 0 "render hand-made geojson" -- "$DIPLOMAP" render "$TMP/hand.geojson" -o "$TMP/hand.png" --layout-json "$TMP/hand.json" --width 600 --height 400
python3 - "$TMP/hand.json" <<'PY' && ok || bad "hand-made GeoJSON not drawn as expected"
import json, sys
d = json.load(open(sys.argv[1]))
assert {m["place"] for m in d["markers"]} >= {"helsinki", "moscow", "geneva"}, d["markers"]
assert any(f["place"] == "exercise-zone" and f["kind"] == "area" for f in d["features"]), d["features"]
assert any(l["event"] == "e1" for l in d["lines"]), d["lines"]
PY

# Errors name the feature: exit 2, one line, nothing written.
printf '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {"name": "A", "kind": "planet"}}]}' >"$TMP/badkind.geojson"
expect_exit 2 "bad kind" -- "$DIPLOMAP" render "$TMP/badkind.geojson" -o "$TMP/x.png"
expect_message "bad kind" "features[0].properties.kind"
expect_absent "bad kind" "$TMP/x.png"
printf '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {"name": "A"}}, {"type": "Feature", "geometry": {"type": "GeometryCollection", "geometries": []}, "properties": {"name": "B"}}]}' >"$TMP/badgeom.geojson"
expect_exit 2 "bad geometry" -- "$DIPLOMAP" render "$TMP/badgeom.geojson" -o "$TMP/x.png"
expect_message "bad geometry" "features[1].geometry"
printf '{"type": "Feature", "geometry": null, "properties": {}}' >"$TMP/notfc.geojson"
expect_exit 2 "not a collection" -- "$DIPLOMAP" render "$TMP/notfc.geojson" -o "$TMP/x.png"
expect_message "not a collection" "not a GeoJSON FeatureCollection"
printf '{"type": "FeatureCollection", "features": [' >"$TMP/trunc.geojson"
expect_exit 2 "truncated" -- "$DIPLOMAP" render "$TMP/trunc.geojson" -o "$TMP/x.png"
expect_message "truncated" "invalid JSON"
printf '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {"name": "A"}}, {"type": "Feature", "geometry": null, "properties": {"role": "event", "id": "e1", "type": "call", "places": ["nowhere"]}}]}' >"$TMP/badref.geojson"
expect_exit 2 "unknown place in event" -- "$DIPLOMAP" render "$TMP/badref.geojson" -o "$TMP/x.png"
expect_message "unknown place in event" "features[1].properties"
expect_exit 2 "bad extract format" -- "$DIPLOMAP" extract "$ARTICLE" --format kml
expect_message "bad extract format" "'kml' is not json or geojson"
expect_absent "nothing written" "$TMP/x.png"
finish
