#!/bin/sh
# PNG files carry pHYs (72 dpi per canvas unit, times --scale) and Title,
# Description (the alt text), Source and Copyright (the credit line) text
# chunks; SVG files carry <title> and <desc> (the alt text).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
need_python

TITLE="Trump's letter to Kim refused at North Korea's UN mission"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.png" --width 800 --height 500 --alt-text "$TMP/seed.alt" \
  && ok || bad "render PNG"
check "PNG metadata" python3 "$WEB/check_meta.py" png "$TMP/seed.png" 72 "$TITLE" "$TMP/seed.alt" "Yonhap, 2025-06-12" "Natural Earth"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed2.png" --width 800 --height 500 --scale 2 --alt-text "$TMP/seed2.alt" \
  && ok || bad "render PNG --scale 2"
check "PNG metadata at --scale 2" python3 "$WEB/check_meta.py" png "$TMP/seed2.png" 144 "$TITLE" "$TMP/seed2.alt" "Yonhap, 2025-06-12" "Natural Earth"

# Non-ASCII text goes in iTXt (UTF-8).
sed 's/"title": "[^"]*"/"title": "판문점 회담 — Panmunjom"/' "$SEED_STORY" >"$TMP/ko.json"
"$DIPLOMAP" render "$TMP/ko.json" -o "$TMP/ko.png" --width 800 --height 500 --alt-text "$TMP/ko.alt" && ok || bad "render Korean title"
check "PNG iTXt" python3 "$WEB/check_meta.py" png "$TMP/ko.png" 72 "판문점 회담 — Panmunjom" "$TMP/ko.alt" "Yonhap, 2025-06-12" "Natural Earth"

"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.svg" --width 800 --height 500 --alt-text "$TMP/seed.svg.alt" \
  && ok || bad "render SVG"
check "SVG title and desc" python3 "$WEB/check_meta.py" svg "$TMP/seed.svg" "$TITLE" "$TMP/seed.svg.alt"

# The seed map in vector SVG at the default size stays under 400 KB (paths
# in relative hundredths: about 270 KB; 455 KB in absolute coordinates).
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/vector.svg" && ok || bad "render default SVG"
size=$(wc -c <"$TMP/vector.svg")
[ "$size" -lt 409600 ] && ok || bad "seed SVG (vector basemap) is $size bytes (over 400 KB)"
grep -q ' d="m[0-9.]' "$TMP/vector.svg" && ! grep -q ' d="[^"]*[LC ][0-9]\{5\}' "$TMP/vector.svg" && ok || bad "SVG paths are not relative"

# --svg-basemap image: the basemap as one inline PNG, the story still real
# text; the seed map under 400 KB.
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/image.svg" --svg-basemap image --alt-text "$TMP/image.alt" \
  && ok || bad "render SVG --svg-basemap image"
check "SVG (image basemap) title and desc" python3 "$WEB/check_meta.py" svg "$TMP/image.svg" "$TITLE" "$TMP/image.alt"
size=$(wc -c <"$TMP/image.svg")
[ "$size" -lt 409600 ] && ok || bad "seed SVG with an image basemap is $size bytes (over 400 KB)"
grep -q 'xlink:href="data:image/png;base64,' "$TMP/image.svg" && ok || bad "no inline basemap PNG"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.svg" --svg-basemap raster 2>"$TMP/err"
[ $? -eq 2 ] && grep -q "^diplomap: --svg-basemap: 'raster'" "$TMP/err" && [ ! -e "$TMP/x.svg" ] && ok || bad "a bad --svg-basemap is not refused: $(cat "$TMP/err")"

# Markup in the story stays text in the SVG (it parses as XML).
sed 's/"title": "[^"]*"/"title": "<b>A \& B<\/b>"/' "$SEED_STORY" >"$TMP/markup.json"
"$DIPLOMAP" render "$TMP/markup.json" -o "$TMP/markup.svg" --width 800 --height 500 --alt-text "$TMP/markup.alt" \
  && ok || bad "render markup title"
check "SVG escaped title" python3 "$WEB/check_meta.py" svg "$TMP/markup.svg" "<b>A & B</b>" "$TMP/markup.alt"
finish
