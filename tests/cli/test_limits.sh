#!/bin/sh
# The limits of a loaded story (issue 13, docs/errors.md "Limits"): places
# per story (5,000), events (500), places per event (64), and the length of
# a place's name or an event's label (300 code points). One past each is
# refused with exit 2, one line naming the field, and no output; the limit
# itself renders. Every refused case rendered before the caps existed.
. "$(dirname "$0")/lib.sh"

F="$TMP/in"
mkdir -p "$F"

# gen NAME PYTHON-EXPRESSION: writes the expression's value (a string) to $F/NAME.
gen() { python3 -c "import sys, json; sys.stdout.write($2)" >"$F/$1" || bad "cannot generate $1"; }

# Places on a small grid over Korea, so that a render stays quick.
PL='[{"id": "p%d" % i, "lat": 34 + (i % 50) * 0.08, "lon": 125 + (i // 50) * 0.04} for i in range(N)]'
places() { echo "$PL" | sed "s/N/$1/"; }
gen places-5001.json "json.dumps({'places': $(places 5001)})"
gen events-501.json "json.dumps({'places': $(places 2), 'events': [{'type': 'call', 'places': ['p0', 'p1']} for i in range(501)]})"
gen events-500.json "json.dumps({'places': $(places 2), 'events': [{'type': 'call', 'places': ['p0', 'p1']} for i in range(500)]})"
gen event-places-65.json "json.dumps({'places': $(places 65), 'events': [{'type': 'meeting', 'places': ['p%d' % i for i in range(65)]}]})"
gen event-places-64.json "json.dumps({'places': $(places 64), 'events': [{'type': 'meeting', 'places': ['p%d' % i for i in range(64)]}]})"
# 301 Hangul syllables are 903 bytes: within the 1000-byte limit of every
# text field, over the 300 code points of a label.
gen name-301.json "json.dumps({'places': [{'id': 'a', 'name': '\uc11c' * 301, 'lat': 37.5, 'lon': 127}]}, ensure_ascii=False)"
gen name-300.json "json.dumps({'places': [{'id': 'a', 'name': '\uc11c' * 300, 'lat': 37.5, 'lon': 127}]}, ensure_ascii=False)"
gen id-301.json "json.dumps({'places': [{'id': 'x' * 301, 'lat': 37.5, 'lon': 127}]})"
gen label-301.json "json.dumps({'places': $(places 2), 'events': [{'type': 'call', 'places': ['p0', 'p1'], 'label': 'L' * 301}]})"
gen label-300.json "json.dumps({'places': $(places 2), 'events': [{'type': 'call', 'places': ['p0', 'p1'], 'label': 'L' * 300}]})"
# The GeoJSON form goes through the same checks; messages name the feature.
gen events-501.geojson "json.dumps({'type': 'FeatureCollection', 'features': [{'type': 'Feature', 'geometry': {'type': 'Point', 'coordinates': [127, 37.5]}, 'properties': {'id': 'a'}}] + [{'type': 'Feature', 'geometry': None, 'properties': {'role': 'event', 'type': 'call', 'places': ['a']}} for i in range(501)]})"
gen event-places-65.geojson "json.dumps({'type': 'FeatureCollection', 'features': [{'type': 'Feature', 'geometry': {'type': 'Point', 'coordinates': [127, 37.5]}, 'properties': {'id': 'a'}}, {'type': 'Feature', 'geometry': None, 'properties': {'role': 'event', 'type': 'meeting', 'places': ['a'] * 65}}]})"

# refused NAME TEXT: render exits 2 with one line containing TEXT, no output.
refused() {
  expect_exit 2 "$1" -- "$DIPLOMAP" render "$F/$1" -o "$TMP/$1.png" --width 400 --height 300
  expect_message "$1" "$2"
  expect_absent "$1" "$TMP/$1.png"
}
# accepted NAME: the limit itself renders.
accepted() {
  expect_exit 0 "$1" -- "$DIPLOMAP" render "$F/$1" -o "$TMP/$1.png" --width 400 --height 300
  [ -s "$TMP/$1.png" ] && ok || bad "$1: no map written"
}

refused places-5001.json "places-5001.json: places: 5001 places, more than the 5000 a story may have"
refused events-501.json "events-501.json: events: 501 events, more than the 500 a story may have"
accepted events-500.json
refused event-places-65.json "event-places-65.json: events[0].places: 65 places, more than the 64 an event may name"
accepted event-places-64.json
refused name-301.json "name-301.json: places[0].name: 301 characters, more than the 300"
accepted name-300.json
refused id-301.json "id-301.json: places[0].id: 301 characters, more than the 300"
refused label-301.json "label-301.json: events[0].label: 301 characters, more than the 300"
accepted label-300.json
refused events-501.geojson "events-501.geojson: events: 501 events, more than the 500"
refused event-places-65.geojson "event-places-65.geojson: features[1].properties.places: 65 places, more than the 64"

finish
