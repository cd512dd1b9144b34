#!/bin/sh
# diplomap render: formats, sizes, the sidecar, exit codes, and that a
# failed run neither leaves a file nor touches an existing one.
. "$(dirname "$0")/lib.sh"

png_size() { python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); assert d[:8]==b'\x89PNG\r\n\x1a\n'; print(*struct.unpack('>II', d[16:24]))" "$1"; }

expect_exit 0 "render png" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.png" --width 1200 --height 800 --layout-json "$TMP/seed.layout.json"
[ "$(png_size "$TMP/seed.png")" = "1200 800" ] && ok || bad "PNG size is $(png_size "$TMP/seed.png"), want 1200 800"
python3 - "$TMP/seed.layout.json" <<'PY' && ok || bad "layout sidecar"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["width"] == 1200 and d["height"] == 800 and d["units"] == "px"
assert d["frames"][0]["id"] == "main" and len(d["frames"][0]["transform"]) == 6
assert {m["place"] for m in d["markers"]} >= {"washington", "pyongyang", "singapore", "hanoi", "panmunjom"}
assert len(d["labels"]) >= 7 and all(len(l["bbox"]) == 4 for l in d["labels"])
assert any(l["status"] == "refused" for l in d["lines"])
assert any(f["place"] == "inter-korean-border" for f in d["features"])
PY
expect_exit 0 "render --scale 2" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed2.png" --width 600 --height 400 --scale 2
[ "$(png_size "$TMP/seed2.png")" = "1200 800" ] && ok || bad "scaled PNG size $(png_size "$TMP/seed2.png")"

expect_exit 0 "render svg" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.svg" --width 800 --height 500
grep -q '<svg' "$TMP/seed.svg" && grep -q 'width="800pt"' "$TMP/seed.svg" && ok || bad "SVG header/size"
expect_exit 0 "render pdf" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.pdf" --width 800 --height 500
head -c 5 "$TMP/seed.pdf" | grep -q '%PDF-' && ok || bad "PDF header"
# Same input, same bytes (PDF dates come from the story / SOURCE_DATE_EPOCH).
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/again.pdf" --width 800 --height 500 2>/dev/null
cmp -s "$TMP/seed.pdf" "$TMP/again.pdf" && ok || bad "PDF output is not reproducible"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/again.svg" --width 800 --height 500 2>/dev/null
cmp -s "$TMP/seed.svg" "$TMP/again.svg" && ok || bad "SVG output is not reproducible"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/again.png" --width 1200 --height 800 2>/dev/null
cmp -s "$TMP/seed.png" "$TMP/again.png" && ok || bad "PNG output is not reproducible"
SOURCE_DATE_EPOCH=1700000000 "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/epoch.pdf" --width 800 --height 500 2>/dev/null
grep -aq "2023" "$TMP/epoch.pdf" && ! cmp -s "$TMP/seed.pdf" "$TMP/epoch.pdf" && ok || bad "SOURCE_DATE_EPOCH does not set the PDF dates"
if command -v pdftotext >/dev/null; then
  pdftotext "$TMP/seed.pdf" - | grep -q "Singapore" && ok || bad "PDF text is not text (no 'Singapore')"
  # --lang ko: the legend too is Korean (event kinds, statuses, dates, and
  # who: the countries' short Korean names).
  "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/ko.pdf" --lang ko 2>/dev/null
  pdftotext "$TMP/ko.pdf" - | grep -q "회담, 미국·북한, 2018년 6월 12일" && pdftotext "$TMP/ko.pdf" - | grep -q "서한 (.*거부)" &&
    ! pdftotext "$TMP/ko.pdf" - | grep -q "Singapore summit" && ok || bad "--lang ko legend is not Korean"
  # OpenStreetMap (ODbL) is credited for what a map draws of it: lakes
  # (Lake Kivu in the Goma-Bukavu inset, Victoria on the main map), the
  # Korean demarcation line, both (the seed map: the Great Lakes and the
  # Korea inset); a close-up of the DMZ shows no lake of the basemap.
  G="$DM_SOURCE_DIR/docs/gallery"
  credit_of() { "$DIPLOMAP" render "$1" -o "$TMP/credit.pdf" 2>/dev/null && pdftotext -raw "$TMP/credit.pdf" - | tr '\n' ' '; }
  credit_of "$G/africa-great-lakes.json" | grep -qF "Lakes: © OpenStreetMap contributors" &&
    ! credit_of "$G/africa-great-lakes.json" | grep -qF "demarcation" && ok || bad "lakes drawn, no OSM lakes credit"
  credit_of "$SEED_STORY" | grep -qF "Line of demarcation, lakes: © OpenStreetMap contributors" && ok ||
    bad "MDL and lakes drawn, credit should name both"
  credit_of "$G/korea-closeup.json" | grep -qF "Line of demarcation: © OpenStreetMap contributors" && ok ||
    bad "no lake drawn, the credit should name only the demarcation line"
fi
# A credit names only what the map draws: the basemap is read by a
# longitude-latitude window wider than the frame, so a map of Tokyo read
# Korea's OpenStreetMap outline without showing it, and credited a
# demarcation line it does not show; a map of Kyushu shows the south
# Korean coast but not the line (invented stories).
svg_credit() { printf '%s\n\n%s\n' "$1" "$2" | "$DIPLOMAP" render - -o - --format svg ${3:-} 2>/dev/null | grep -o 'GeoNames[^<]*'; }
c=$(svg_credit "Tokyo talks" "The foreign ministers of Ruritania and Japan met in Tokyo on Monday.")
echo "$c" | grep -qF "Lakes: © OpenStreetMap" && ! echo "$c" | grep -qi "demarcation\|korea" && ok ||
  bad "a map of Tokyo credits Korean data it does not draw: $c"
c=$(svg_credit "Kyushu tour" "The Ruritanian trade minister visited Fukuoka on Monday and Nagasaki on Tuesday." "--size mobile")
echo "$c" | grep -qF "Korea: © OpenStreetMap" && ! echo "$c" | grep -qi "demarcation" && ok ||
  bad "a map of Kyushu shows Korea's coast, not the demarcation line: $c"
# The line of an event along the demarcation line (the gazetteer's line,
# OpenStreetMap's) is credited where it is drawn, though the phone-size
# inset reads no OSM border layer at its scale.
c=$("$DIPLOMAP" render "$SEED_STORY" -o - --format svg --size mobile 2>/dev/null | grep -o 'GeoNames[^<]*')
echo "$c" | grep -qF "Line of demarcation, lakes: © OpenStreetMap" && ok ||
  bad "the phone-size seed map draws the demarcation line's event, credit lacks it: $c"
expect_exit 0 "render to stdout" -- "$DIPLOMAP" render "$SEED_STORY" -o - --format svg --width 400 --height 300
grep -q '<svg' "$TMP/out" && ok || bad "SVG on stdout"

# Alt text: a description naming the places and events, written only on success.
expect_exit 0 "alt text" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/alt.png" --alt-text "$TMP/alt.txt"
grep -q "Singapore summit" "$TMP/alt.txt" && grep -q "refused" "$TMP/alt.txt" && grep -q "inset" "$TMP/alt.txt" && ok || bad "alt text lacks the events: $(cat "$TMP/alt.txt")"
expect_exit 2 "alt text not written on failure" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/alt2.png" --alt-text "$TMP/alt2.txt" --width 0
expect_absent "no alt text after failure" "$TMP/alt2.txt"

# Projection and extent overrides.
expect_exit 0 "explicit projection" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/rob.png" --projection "+proj=robin +lon_0=150" --width 800 --height 450 --layout-json "$TMP/rob.json"
grep -q 'proj=robin' "$TMP/rob.json" && ok || bad "--projection not used in the sidecar crs"
expect_exit 0 "explicit extent" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/ext.png" --extent 120,30,135,45 --width 600 --height 600

# Bad usage and bad input: exit 2, one line naming the problem, no file.
expect_exit 2 "no output" -- "$DIPLOMAP" render "$SEED_STORY"
expect_message "no output" "-o OUT is required"
expect_exit 2 "unknown option" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --widht 5
expect_message "unknown option" "unknown option '--widht'"
expect_exit 2 "prefix is not accepted" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --wid 500
expect_exit 2 "bad extension" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.gif"
expect_message "bad extension" "unknown output format"
expect_exit 2 "absurd size" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --width 1000000
expect_message "absurd size" "canvas size"
expect_exit 2 "zero size" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --width 0
expect_exit 2 "non-numeric size" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --height tall
expect_message "non-numeric size" "--height"
expect_exit 2 "too many megapixels" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --width 15000 --height 15000
expect_message "too many megapixels" "megapixels"
expect_exit 2 "invalid projection" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --projection "+proj=nonsense"
expect_message "invalid projection" "invalid projection"
expect_exit 2 "invalid extent" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --extent 1,2,3
expect_message "invalid extent" "--extent"
expect_exit 2 "bad theme" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --theme neon
expect_message "bad theme" "theme 'neon'"
expect_absent "no partial output" "$TMP/x.png"

printf '{"places": [{"id": "a", "lat": 95, "lon": 0}]}' >"$TMP/range.json"
expect_exit 2 "latitude out of range" -- "$DIPLOMAP" render "$TMP/range.json" -o "$TMP/x.png"
expect_message "latitude out of range" "places[0].lat out of range [-90, 90]"
printf '{"places": [' >"$TMP/trunc.json"
expect_exit 2 "truncated JSON" -- "$DIPLOMAP" render "$TMP/trunc.json" -o "$TMP/x.png"
expect_message "truncated JSON" "trunc.json:1:"
expect_exit 1 "missing story" -- "$DIPLOMAP" render "$TMP/nothing.json" -o "$TMP/x.png"
expect_message "missing story" "nothing.json"
expect_absent "no output after bad story" "$TMP/x.png"

# An existing output is kept when the run fails, replaced when it succeeds.
echo "precious" >"$TMP/keep.png"
expect_exit 2 "failure keeps existing file" -- "$DIPLOMAP" render "$TMP/range.json" -o "$TMP/keep.png"
[ "$(cat "$TMP/keep.png")" = "precious" ] && ok || bad "existing output was modified by a failed run"
expect_exit 1 "unwritable directory" -- "$DIPLOMAP" render "$SEED_STORY" -o /nonexistent-dir/x.png
expect_message "unwritable directory" "/nonexistent-dir/x.png"

# Interrupted runs leave nothing behind: Ctrl-C at several moments of a
# long render (drawing, encoding, writing).
mkdir -p "$TMP/intr"
for delay in 0.05 0.2 0.4 0.8; do
  timeout -s INT "$delay" "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/intr/big.png" --width 6000 --height 4000 --layout-json "$TMP/intr/big.json" 2>/dev/null
done
leftover=$(find "$TMP/intr" -name '*.??????' | head -1)
[ -z "$leftover" ] && ok || bad "an interrupted render left $leftover"

# Missing data is reported, not crashed on.
expect_exit 1 "missing basemap" -- env DIPLOMAP_DATA="$TMP" "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/nodata.png"
expect_message "missing basemap" "basemap"
expect_absent "no output without data" "$TMP/nodata.png"

# Land around the antipode of an azimuthal map's centre (Borneo, opposite a
# laea map of the Americas centred near the equator) used to turn inside
# out and cover the whole frame: the ocean (light theme 0xdce9f2) must show.
cat >"$TMP/americas.json" <<'EOF'
{"diplomap": 1, "title": "Two", "places": [
 {"id": "w", "name": "Washington", "lat": 38.895, "lon": -77.036, "kind": "city", "country": "US"},
 {"id": "b", "name": "Buenos Aires", "lat": -34.61, "lon": -58.38, "kind": "city", "country": "AR"}], "events": []}
EOF
# The same story on a wide canvas with the automatic projection: a laea
# frame stretched to 900x340 would reach the world's rim, so the layout
# takes the equal-area world projection instead.
for case in "2.2 600" "-5 600" "20 600" "auto 900"; do
  set -- $case
  lat0=$1
  proj="+proj=laea +lat_0=$lat0 +lon_0=-67.4"
  [ "$lat0" = auto ] && proj=auto
  "$DIPLOMAP" render "$TMP/americas.json" -o "$TMP/americas.png" --width "$2" --height 340 \
    --projection "$proj" && python3 - "$TMP/americas.png" <<'PY' && ok || bad "$proj at $2x340: the ocean does not show (land around the antipode turned inside out?)"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
pos, idat, w = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        bpp = {2: 3, 6: 4}[ctype]
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw, stride, prev, ocean, total = zlib.decompress(idat), w * bpp, bytearray(w * bpp), 0, 0
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
        line[i] = (line[i] + (0, a, b, (a + b) // 2, a if pa <= pb and pa <= pc else b if pb <= pc else c)[f]) & 255
    prev = line
    for x in range(0, w, 4):
        px = line[x * bpp:x * bpp + 3]
        total += 1
        ocean += abs(px[0] - 0xdc) < 4 and abs(px[1] - 0xe9) < 4 and abs(px[2] - 0xf2) < 4
assert ocean / total > 0.2, "ocean %.3f of the map" % (ocean / total)
PY
done

# A scale bar stands clear of every label of its frame: a name that touches
# it reads as one line with it ("Panmunjom 20 km" on the phone-sized seed).
for size in mobile social square; do
    "$DIPLOMAP" render "$DM_SOURCE_DIR/docs/examples/articles/korea-letter-refused.txt" --size $size \
        -o "$TMP/bar.png" --layout-json "$TMP/bar.json" 2>/dev/null
    python3 - "$TMP/bar.json" <<'PY' && ok || bad "a label touches a scale bar at --size $size"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["scale_bars"], "no scale bar"
for bar in d["scale_bars"]:
    r = bar["rect"]
    for label in d["labels"]:
        if label["frame"] != bar["frame"]:
            continue
        b = label["bbox"]
        gap = max(b[0] - r[2], r[0] - b[2], b[1] - r[3], r[1] - b[3])
        assert gap >= 0.4 * bar["size"], "%s is %.1f from the %s scale bar" % (label["text"], gap, bar["frame"])
PY
done

# The README's sample map draws where each meeting of its article happened:
# the three summits (Singapore told only by the statement the two leaders
# signed there), the briefing in Washington and the letter's mission in New
# York. A rule that loses one of them loses it from every user's first map.
"$DIPLOMAP" extract "$DM_SOURCE_DIR/docs/examples/articles/korea-letter-refused.txt" >"$TMP/sample.json" 2>/dev/null
python3 - "$TMP/sample.json" <<'PY' && ok || bad "the sample article's story misses an event's place"
import json, sys
d = json.load(open(sys.argv[1]))
placed = {p for e in d["events"] for p in e.get("places", [])}
for want in ("singapore", "hanoi", "panmunjom", "washington", "new-york"):
    assert want in placed, "no event at %s: %s" % (want, sorted(placed))
PY

# The story's principal event told with no place (a call the text does not
# place) is what the map is about: its legend lists it, with no symbol.
cat >"$TMP/call.json" <<'JSON'
{"title":"Leaders speak by phone","places":[{"id":"lima","name":"Lima","kind":"city","country":"PE","lat":-12.046,"lon":-77.043}],
 "events":[{"id":"e1","type":"call","date":"2025-03-19","places":[],"status":"held","principal":true,"persons":["Ana Rojas","Carlos Mendez"]},
           {"id":"e2","type":"meeting","date":"2025-03","places":["lima"],"status":"planned"}]}
JSON
"$DIPLOMAP" render "$TMP/call.json" -o "$TMP/call.html" 2>/dev/null &&
    grep -q "Call, Ana Rojas.Carlos Mendez, 19 Mar 2025" "$TMP/call.html" && ok ||
    bad "the legend does not list the principal event told with no place"

finish
