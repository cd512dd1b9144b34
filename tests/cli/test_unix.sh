#!/bin/sh
# Unix and pipelines (issue 17): - as standard input and output, no binary
# to a terminal, one output per stream, --version, --quiet/--verbose and the
# warnings; batch takes render's options; bash completion offers the option
# tables' values; RFC 7946 GeoJSON and 'diplomap convert'; theme files.
. "$(dirname "$0")/lib.sh"

ARTICLE="$DM_SOURCE_DIR/docs/examples/articles/korea-letter-refused.txt"
SIZE="--width 600 --height 400"

# ---- - as standard input and output ------------------------------------
# shellcheck disable=SC2086
expect_exit 0 "render - -o -" -- sh -c "cat '$ARTICLE' | '$DIPLOMAP' render - -o - --format png $SIZE"
head -c 8 "$TMP/out" | grep -q PNG && ok || bad "render - -o - did not write a PNG to stdout"
"$DIPLOMAP" render "$ARTICLE" -o "$TMP/file.png" $SIZE 2>/dev/null
cmp -s "$TMP/out" "$TMP/file.png" && ok || bad "the PNG from stdin differs from the PNG of the file"
# JSON on standard input is a story, GeoJSON too.
expect_exit 0 "story on stdin" -- sh -c "'$DIPLOMAP' render - -o '$TMP/s.png' $SIZE --layout-json '$TMP/s.json' <'$SEED_STORY'"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/f.png" $SIZE --layout-json "$TMP/f.json"
cmp -s "$TMP/s.json" "$TMP/f.json" && ok || bad "a story on stdin was not read as the story"
"$DIPLOMAP" convert "$SEED_STORY" -o "$TMP/seed.geojson"
expect_exit 0 "geojson on stdin" -- sh -c "'$DIPLOMAP' render - -o '$TMP/g.png' $SIZE --layout-json '$TMP/g.json' <'$TMP/seed.geojson'"
cmp -s "$TMP/g.json" "$TMP/f.json" && ok || bad "GeoJSON on stdin was not read as the story"
expect_exit 0 "extract -" -- sh -c "'$DIPLOMAP' extract - <'$ARTICLE'"
"$DIPLOMAP" extract "$ARTICLE" >"$TMP/file.json"
cmp -s "$TMP/out" "$TMP/file.json" && ok || bad "extract - differs from extract FILE"
expect_exit 0 "extract - -o -" -- sh -c "'$DIPLOMAP' extract - -o - <'$ARTICLE'"
cmp -s "$TMP/out" "$TMP/file.json" && ok || bad "extract - -o - differs from extract FILE"
mkdir "$TMP/b"
expect_exit 0 "batch -" -- sh -c "'$DIPLOMAP' batch - -o '$TMP/b' $SIZE <'$ARTICLE'"
cmp -s "$TMP/b/stdin.png" "$TMP/file.png" && ok || bad "batch - did not draw stdin to OUTDIR/stdin.png"
# Empty or oversized standard input: bad input, nothing written.
expect_exit 2 "empty stdin" -- sh -c "'$DIPLOMAP' render - -o '$TMP/e.png' </dev/null"
expect_message "empty stdin" "diplomap: "
expect_absent "empty stdin" "$TMP/e.png"
# Standard input within the limits: a story's 64 MiB, an article's 16 MiB.
expect_exit 2 "stdin over 64 MiB" -- sh -c "head -c 67108865 /dev/zero | tr '\\0' a | '$DIPLOMAP' extract -"
expect_message "stdin over 64 MiB" "standard input larger than the limit of 67108864 bytes"
expect_exit 2 "article over 16 MiB on stdin" -- sh -c "head -c 16777217 /dev/zero | tr '\\0' a | '$DIPLOMAP' extract -"
expect_message "article over 16 MiB on stdin" "-: "
# -o - needs a format; binary never to a terminal; one output per stream.
expect_exit 2 "-o - without --format" -- "$DIPLOMAP" render "$SEED_STORY" -o -
expect_message "-o - without --format" "needs --format"
expect_exit 2 "two outputs on stdout" -- "$DIPLOMAP" render "$SEED_STORY" -o - --format svg --alt-text -
expect_message "two outputs on stdout" "two outputs to standard output"
[ ! -s "$TMP/out" ] && ok || bad "two outputs on stdout: something was written"
expect_exit 0 "alt text to stdout, map to a file" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/m.png" --alt-text - $SIZE
grep -q "map" "$TMP/out" && [ -s "$TMP/m.png" ] && ok || bad "--alt-text - did not print the alt text"
if command -v script >/dev/null; then
  # script(1) gives the command a terminal as standard output.
  script -qec "'$DIPLOMAP' render '$SEED_STORY' -o - --format png $SIZE; echo \"rc=\$?\"" /dev/null >"$TMP/tty" 2>&1
  grep -q "rc=2" "$TMP/tty" && grep -q "refusing to write binary output to a terminal" "$TMP/tty" && ok ||
    bad "PNG to a terminal not refused: $(head -c 300 "$TMP/tty")"
  script -qec "'$DIPLOMAP' render '$SEED_STORY' -o - --format svg $SIZE >/dev/null; echo \"rc=\$?\"" /dev/null >"$TMP/tty" 2>&1
  grep -q "rc=0" "$TMP/tty" && ok || bad "SVG to a redirected stdout refused: $(head -c 300 "$TMP/tty")"
else
  echo "SKIP: script(1) absent, the terminal case is not checked"
fi

# ---- --version, --quiet, --verbose, warnings ------------------------------
expect_exit 0 "--version" -- "$DIPLOMAP" --version
grep -qx "diplomap [0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*" "$TMP/out" && ok || bad "--version printed: $(cat "$TMP/out")"
# An article without a date: one warning, exit 0.
printf 'Leaders meet in Hanoi\n\nThe two leaders met in Hanoi on Wednesday and agreed to talk again.\n' >"$TMP/nodate.txt"
expect_exit 0 "no date" -- "$DIPLOMAP" extract "$TMP/nodate.txt"
grep -q "^diplomap: warning: .*no article date found" "$TMP/err" && ok || bad "no warning for a missing date: $(cat "$TMP/err")"
[ "$(wc -l <"$TMP/err")" -eq 1 ] && ok || bad "no date: stderr is not one line: $(cat "$TMP/err")"
expect_exit 0 "no date, --date" -- "$DIPLOMAP" extract "$TMP/nodate.txt" --date 2025-03-05
[ ! -s "$TMP/err" ] && ok || bad "a warning with --date: $(cat "$TMP/err")"
expect_exit 0 "no date, --quiet" -- "$DIPLOMAP" --quiet extract "$TMP/nodate.txt"
[ ! -s "$TMP/err" ] && ok || bad "--quiet printed: $(cat "$TMP/err")"
expect_exit 0 "no date, --quiet after" -- "$DIPLOMAP" extract "$TMP/nodate.txt" --quiet
[ ! -s "$TMP/err" ] && ok || bad "--quiet (after the command) printed: $(cat "$TMP/err")"
expect_exit 0 "--verbose" -- "$DIPLOMAP" --verbose extract "$TMP/nodate.txt"
grep -v "^diplomap: warning: " "$TMP/err" | grep -q "^diplomap: " && ok || bad "--verbose added no information message: $(cat "$TMP/err")"
# Places beyond an orthographic horizon: dropped, named, exit 0.
expect_exit 0 "dropped places" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/o.png" $SIZE --projection "+proj=ortho +lat_0=40 +lon_0=127"
grep -q "^diplomap: warning: 2 places dropped, outside projection .*Washington" "$TMP/err" && ok ||
  bad "no warning for places outside the projection: $(cat "$TMP/err")"
expect_exit 0 "every place shown" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/o.png" $SIZE
[ ! -s "$TMP/err" ] && ok || bad "warnings for the seed story: $(cat "$TMP/err")"
# A title no font can draw (private-use characters): one warning per map, escaped.
expect_exit 0 "missing glyphs" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/o.png" $SIZE --title "$(printf 'Map \356\200\200\356\200\201 with boxes')"
grep -q "^diplomap: warning: 'Map .* with boxes': 2 characters no installed font can draw" "$TMP/err" && ok ||
  bad "no warning for missing glyphs: $(cat "$TMP/err")"
[ "$(wc -l <"$TMP/err")" -eq 1 ] && ok || bad "missing glyphs: more than one line: $(cat "$TMP/err")"

# ---- batch takes render's options -----------------------------------------
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/r.png" $SIZE --theme dark --lang en+ko --detail 110m --inset none --scale 1.5
mkdir "$TMP/in" && cp "$SEED_STORY" "$TMP/in/seed.json"
expect_exit 0 "batch with render options" -- "$DIPLOMAP" batch "$TMP/in" -o "$TMP/bo" $SIZE --theme dark --lang en+ko --detail 110m --inset none --scale 1.5
cmp -s "$TMP/r.png" "$TMP/bo/seed.png" && ok || bad "batch with render's options drew a different map"
# Every map option of render is one of batch's, with the same help.
"$DIPLOMAP" render --help | grep -E -- '--(detail|extent|height|inset|lang|projection|scale|theme|width) ' | sort >"$TMP/rh"
"$DIPLOMAP" batch --help | grep -E -- '--(detail|extent|height|inset|lang|projection|scale|theme|width) ' | sort >"$TMP/bh"
[ "$(wc -l <"$TMP/rh")" -eq 9 ] && cmp -s "$TMP/rh" "$TMP/bh" && ok || bad "batch's map options differ from render's: $(diff "$TMP/rh" "$TMP/bh")"

# ---- bash completion offers the option tables' values -----------------------
if command -v bash >/dev/null; then
  mkdir "$TMP/empty"
  for cmd in render batch extract convert; do
    "$DIPLOMAP" "$cmd" --help | sed -n 's/^ *\(-., \)\{0,1\}\(--[a-z-]*\) \([^ ]*|[^ ]*\) .*/\2 \3/p' >"$TMP/choices"
    [ -s "$TMP/choices" ] || { bad "$cmd --help lists no option with choices"; continue; }
    while read -r opt choices; do
      want=$(printf '%s\n' "$choices" | tr '|' '\n' | grep -v '[A-Z]' | tr '\n' ' ')
      # In an empty directory, so that file names do not join the values.
      got=$(cd "$TMP/empty" && bash -c '. "$1"; COMP_WORDS=(diplomap "$2" "$3" ""); COMP_CWORD=3; _diplomap; printf "%s " "${COMPREPLY[@]}"' \
        _ "$DM_SOURCE_DIR/docs/completion/diplomap.bash" "$cmd" "$opt" 2>&1)
      [ "$got" = "$want" ] && ok || bad "completion of $cmd $opt: '$got', want '$want'"
    done <"$TMP/choices"
  done
  got=$(cd "$TMP/empty" && bash -c '. "$1"; COMP_WORDS=(diplomap render --theme d); COMP_CWORD=3; _diplomap; echo "${COMPREPLY[*]}"' _ "$DM_SOURCE_DIR/docs/completion/diplomap.bash")
  [ "$got" = "dark" ] && ok || bad "completion of --theme d: $got"
  # batch --format is a list: its last item is completed.
  got=$(cd "$TMP/empty" && bash -c '. "$1"; COMP_WORDS=(diplomap batch --format png,s); COMP_CWORD=3; _diplomap; echo "${COMPREPLY[*]}"' _ "$DM_SOURCE_DIR/docs/completion/diplomap.bash")
  [ "$got" = "png,svg" ] && ok || bad "completion of batch --format png,s: $got"
fi

# ---- GeoJSON (RFC 7946) and convert ------------------------------------------
cat >"$TMP/pacific.json" <<'JSON'
{"diplomap": 1, "title": "Across the date line",
 "places": [
  {"id": "tokyo", "name": "Tokyo", "lat": 35.68, "lon": 139.69, "kind": "city", "country": "JP"},
  {"id": "honolulu", "name": "Honolulu", "lat": 21.31, "lon": -157.86, "kind": "city", "country": "US"},
  {"id": "zone", "name": "Zone", "lat": 10, "lon": 150, "kind": "area",
   "geometry": {"type": "Polygon", "coordinates": [[[145, 5], [145, 15], [155, 15], [155, 5], [145, 5]]]}},
  {"id": "cable", "name": "Cable", "lat": 21, "lon": 180, "kind": "line",
   "geometry": {"type": "LineString", "coordinates": [[170, 20], [-170, 22]]}}],
 "events": [{"id": "e1", "type": "call", "date": "2025", "places": ["tokyo", "honolulu"], "status": "held"}]}
JSON
expect_exit 0 "convert to geojson" -- "$DIPLOMAP" convert "$TMP/pacific.json" -o "$TMP/pacific.geojson"
python3 - "$TMP/pacific.geojson" <<'PY' && ok || bad "GeoJSON is not RFC 7946"
import json, sys
g = json.load(open(sys.argv[1]))
f = {x["id"]: x for x in g["features"]}
def area(r): return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(r, r[1:]))
ring = f["zone"]["geometry"]["coordinates"][0]
assert area(ring) > 0, ring                      # exterior counterclockwise
for k in ("cable", "e1"):
    geom = f[k]["geometry"]
    assert geom["type"] == "MultiLineString", geom  # cut at 180
    a, b = geom["coordinates"]
    assert abs(a[-1][0]) == 180 and a[-1][0] == -b[0][0] and a[-1][1] == b[0][1], geom
    assert all(-180 <= p[0] <= 180 for part in geom["coordinates"] for p in part)
assert f["e1"]["properties"]["places"] == ["tokyo", "honolulu"] and "tokyo" in f and "honolulu" in f
PY
for s in "$TMP/pacific.json" "$SEED_STORY" "$DM_SOURCE_DIR"/docs/gallery/*.json; do
  n=$(basename "$s" .json)
  # The story's own JSON (its writer spells out defaults: "mentions": [])
  # and the story through GeoJSON and back are the same text.
  "$DIPLOMAP" convert "$s" -o "$TMP/$n.rt.json" && "$DIPLOMAP" convert "$s" -o "$TMP/$n.rt.geojson" &&
    "$DIPLOMAP" convert "$TMP/$n.rt.geojson" -o "$TMP/$n.back.json" && cmp -s "$TMP/$n.rt.json" "$TMP/$n.back.json" && ok ||
    bad "$n: story -> GeoJSON -> story is not the same story"
  # And back again: the same GeoJSON.
  "$DIPLOMAP" convert "$TMP/$n.back.json" -o "$TMP/$n.back.geojson" && cmp -s "$TMP/$n.rt.geojson" "$TMP/$n.back.geojson" && ok ||
    bad "$n: GeoJSON -> story -> GeoJSON is not the same GeoJSON"
done
expect_exit 0 "convert to stdout" -- "$DIPLOMAP" convert "$SEED_STORY" -o - --format geojson
grep -q '"FeatureCollection"' "$TMP/out" && ok || bad "convert -o - --format geojson"
expect_exit 2 "convert an article" -- "$DIPLOMAP" convert "$ARTICLE" -o "$TMP/x.json"
expect_message "convert an article" "not a story"
expect_exit 2 "convert to an unknown form" -- "$DIPLOMAP" convert "$SEED_STORY" -o "$TMP/x.kml"
expect_message "convert to an unknown form" "unknown output form"
expect_absent "convert: nothing written" "$TMP/x.json"
if command -v ogrinfo >/dev/null; then
  ogrinfo -ro -al -so "$TMP/pacific.geojson" >"$TMP/ogr" 2>&1
  grep -q "using driver .GeoJSON. successful" "$TMP/ogr" && grep -q "Feature Count: 5" "$TMP/ogr" &&
    grep -q "Extent: (-180.000000, 5.000000) - (180.000000, 35.680000)" "$TMP/ogr" && ok ||
    bad "ogrinfo on the converted GeoJSON: $(head -c 400 "$TMP/ogr")"
  ogrinfo -ro -al -so "$TMP/seed-story.rt.geojson" >"$TMP/ogr" 2>&1
  grep -q "using driver .GeoJSON. successful" "$TMP/ogr" && ok || bad "ogrinfo cannot read the seed's GeoJSON"
else
  echo "SKIP: ogrinfo absent (gdal-bin), GDAL's reading of the GeoJSON is not checked"
fi

# ---- theme files -------------------------------------------------------------
mkdir "$TMP/theme"
python3 - "$TMP/theme/logo.png" <<'PY'
import struct, sys, zlib
w, h = 40, 20
raw = b"".join(b"\x00" + bytes((255, 0, 0)) * w for _ in range(h))
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                              + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
cat >"$TMP/theme/brand.json" <<'JSON'
{"name": "Test brand", "base": "light", "colours": {"ocean": "#ff00ff"}, "events": {"letter": "#00ff00"},
 "statuses": {"refused": "#123456"}, "fonts": {"family": "DejaVu Sans", "scale": 1.1},
 "logo": {"file": "logo.png", "width": 80, "corner": "bottom-right"}}
JSON
expect_exit 0 "theme file" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/t.png" $SIZE --theme "$TMP/theme/brand.json" --layout-json "$TMP/t.json"
expect_exit 0 "built-in light" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/l.png" $SIZE
# The water: a pixel of the Pacific (no marker, label or line near it),
# light blue in the light theme, the file's magenta with it; the logo red
# in its corner.
python3 - "$TMP/t.png" "$TMP/l.png" <<'PY' && ok || bad "the theme file did not colour the water or draw the logo"
import struct, sys, zlib
def pixels(path):
    data = open(path, "rb").read()
    w, h, depth, ctype = struct.unpack(">IIBB", data[16:26])
    idat, pos = b"", 8
    while pos < len(data):
        n, t = struct.unpack(">I4s", data[pos:pos + 8])
        if t == b"IDAT": idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    raw, bpp = zlib.decompress(idat), {2: 3, 6: 4}[ctype]
    stride, rows, prev = w * bpp, [], bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0; b = prev[i]; c = prev[i - bpp] if i >= bpp else 0
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            pr = a if pa <= pb and pa <= pc else b if pb <= pc else c
            line[i] = (line[i] + [0, a, b, (a + b) // 2, pr][f]) & 255
        rows.append(line); prev = line
    return lambda x, y: tuple(rows[y][x * bpp:x * bpp + 3])
t, l = pixels(sys.argv[1]), pixels(sys.argv[2])
area = [(x, y) for x in range(200, 400, 10) for y in range(150, 250, 10)]
water = [p for p in area if l(*p) == (0xdc, 0xe9, 0xf2)]
assert len(water) > 20, "no light-theme water found"
# As much magenta water in the theme's map (its larger text, a title on
# two lines, moves the frame and the legend a little: not the same pixels).
assert sum(t(*p) == (255, 0, 255) for p in area) > 0.7 * len(water), [t(x, y) for x, y in water[:5]]
margin = int(min(600, 400) * 0.02)
assert t(600 - margin - 5, 400 - margin - 5) == (255, 0, 0), t(600 - margin - 5, 400 - margin - 5)
PY
# SVG: the story's text in the file's family, a refused event in its status colour.
expect_exit 0 "theme file, SVG" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/t.svg" $SIZE --theme "$TMP/theme/brand.json"
grep -q "font-family=\"'DejaVu Sans','Noto Sans','Noto Sans CJK KR',sans-serif\"" "$TMP/t.svg" && ok || bad "SVG text not in the theme's family"
grep -q 'stroke="#123456"' "$TMP/t.svg" && ok || bad "SVG: the refused letter not in the status colour"
# Bad theme files: exit 2, one line naming the key; nothing written.
bad_theme() { # NAME JSON KEY
  printf '%s' "$2" >"$TMP/theme/bad.json"
  expect_exit 2 "theme: $1" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --theme "$TMP/theme/bad.json"
  expect_message "theme: $1" "$3"
  expect_absent "theme: $1" "$TMP/x.png"
}
bad_theme "unknown key" '{"colours": {"oceans": "#fff"}}' "unknown key 'colours.oceans'"
bad_theme "unknown top key" '{"colour": {}}' "unknown key 'colour'"
bad_theme "bad colour" '{"colours": {"ocean": "blue"}}' "key 'colours.ocean': not a colour"
bad_theme "bad event type" '{"events": {"summit": "#fff"}}' "unknown key 'events.summit'"
bad_theme "bad status" '{"statuses": {"postponed": "#fff"}}' "unknown key 'statuses.postponed'"
bad_theme "bad scale" '{"fonts": {"scale": 9}}' "key 'fonts.scale'"
bad_theme "bad base" '{"base": "sepia"}' "key 'base'"
bad_theme "bad corner" '{"logo": {"file": "logo.png", "corner": "middle"}}' "key 'logo.corner'"
bad_theme "logo not a PNG" '{"logo": {"file": "bad.json"}}' "key 'logo.file'"
bad_theme "quote in a family" '{"fonts": {"family": "A\"B"}}' "key 'fonts.family'"
bad_theme "not JSON" '{"colours": ' "invalid JSON"
expect_exit 1 "theme file missing" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --theme "$TMP/theme/none.json"
expect_absent "theme file missing" "$TMP/x.png"
expect_exit 2 "unknown theme name" -- "$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.png" --theme sepia
expect_message "unknown theme name" "theme 'sepia'"
# batch takes the theme file too.
mkdir "$TMP/tb"
expect_exit 0 "batch theme file" -- "$DIPLOMAP" batch "$SEED_STORY" -o "$TMP/tb" $SIZE --theme "$TMP/theme/brand.json"
cmp -s "$TMP/tb/seed-story.png" "$TMP/t.png" && ok || bad "batch --theme FILE drew a different map"
finish
