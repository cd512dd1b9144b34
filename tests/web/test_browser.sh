#!/bin/sh
# The HTML page in a real browser (headless Chromium, Debian's chromium
# package; SKIP when it is missing):
#  - its screenshot at the map's size matches the PNG of the same story, by
#    two measures. imgdiff, pixel by pixel: mean channel difference at most
#    2.0 of 255 and at most 1.6% of pixels off by more than 48 (measured: the
#    seed 1.07 and 0.83%, an ellipsized title with Korean labels 1.27 and
#    0.94%: Skia and cairo place and antialias glyph edges differently).
#    That alone cannot see a missing label (all of the labels gone: 1.37 and
#    1.1%), so blockdiff compares 8 x 8 blocks' average colours: a block is
#    bad past 48 of 255, and at most 10 of 25,000 may be (measured: 0 bad
#    blocks on both pages, the largest block difference 38.8; with the
#    markers removed 35 bad blocks, the labels 87, the legend 88, the title
#    223);
#  - the DOM: each drawn place has one focusable marker whose tooltip shows
#    on focus with its events; no resource is loaded (every host name maps to
#    nothing, and the Performance API lists no resource); the map scales to
#    the window's width; its description is the alt text.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
need_python
CHROMIUM=${DM_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "SKIP: $CHROMIUM not found (Debian's chromium package; scripts/setup-debian.sh installs it)"
  exit 77
fi
: "${DM_IMGDIFF:?}" "${DM_BLOCKDIFF:?}"
MAX_MEAN=2.0
MAX_BAD=0.016
BLOCK=8
MAX_BAD_BLOCKS=0.0004

browser() {
  profile=$(mktemp -d "$TMP/profile.XXXXXX")
  # Root needs --no-sandbox; the rest keeps the browser from calling home.
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --disable-default-apps --mute-audio --hide-scrollbars --force-device-scale-factor=1 \
    --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$profile" "$@" 2>"$TMP/chromium.err"
}

"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.png" --alt-text "$TMP/seed.alt" && ok || bad "render seed PNG"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.html" --layout-json "$TMP/seed.layout.json" && ok || bad "render seed HTML"
browser --window-size=1600,1000 --screenshot="$TMP/shot.png" "file://$TMP/seed.html" >/dev/null
if [ -s "$TMP/shot.png" ]; then ok; else bad "no screenshot: $(tail -3 "$TMP/chromium.err")"; fi
# compare NAME REF.png SHOT.png: both measures; a failure keeps the images.
compare() {
  if "$DM_IMGDIFF" "$2" "$3" "$TMP/$1.diff.png" $MAX_MEAN $MAX_BAD && \
     "$DM_BLOCKDIFF" "$2" "$3" "$TMP/$1.blocks.png" $BLOCK $MAX_BAD_BLOCKS; then ok
  else
    mkdir -p web-out && cp "$3" "$TMP/$1".*.png web-out/ 2>/dev/null
    bad "$1: the screenshot differs from the PNG (web-out/ in the build directory)"
  fi
}
compare seed "$TMP/seed.png" "$TMP/shot.png"
# A title too long for the canvas is cut with an ellipsis at the same place.
T="A title far too long for the map, about a letter, three summits and loudspeakers along a border"
sed "s/\"title\": \"[^\"]*\"/\"title\": \"$T, $T\"/" "$SEED_STORY" >"$TMP/long.json"
"$DIPLOMAP" render "$TMP/long.json" -o "$TMP/long.png" --lang ko && "$DIPLOMAP" render "$TMP/long.json" -o "$TMP/long.html" --lang ko \
  && ok || bad "render the long-title story"
browser --window-size=1600,1000 --screenshot="$TMP/long.shot.png" "file://$TMP/long.html" >/dev/null
compare long-title-ko "$TMP/long.png" "$TMP/long.shot.png"

# The comparison can fail: the seed page without its markers does, and so
# does the seed page against the dark theme's PNG.
python3 -c 'import re, sys; s = open(sys.argv[1]).read(); open(sys.argv[2], "w").write(re.sub(r"<g class=\"dm-hit\"[^>]*>.*?</g>\n", "", s, flags=re.S))' \
  "$TMP/seed.html" "$TMP/nomarkers.html"
browser --window-size=1600,1000 --screenshot="$TMP/nomarkers.png" "file://$TMP/nomarkers.html" >/dev/null
if "$DM_BLOCKDIFF" "$TMP/seed.png" "$TMP/nomarkers.png" "$TMP/nomarkers.diff.png" $BLOCK $MAX_BAD_BLOCKS 2>/dev/null; then
  bad "a page without its markers passed: the block comparison proves nothing"
else ok; fi
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/dark.png" --theme dark && ok || bad "render dark PNG"
if "$DM_IMGDIFF" "$TMP/dark.png" "$TMP/shot.png" "$TMP/dark.diff.png" $MAX_MEAN $MAX_BAD >/dev/null 2>&1; then
  bad "the dark theme's PNG passed for the light page: the tolerance proves nothing"
else ok; fi

# The DOM after load, through a copy of the page with the probe appended,
# in a narrower window (the map must scale to it).
{ sed 's#</body>##; s#</html>##' "$TMP/seed.html"; printf '<script>'; cat "$WEB/probe.js"; printf '</script>\n</body>\n</html>\n'; } >"$TMP/probe.html"
browser --window-size=1000,700 --virtual-time-budget=5000 --dump-dom "file://$TMP/probe.html" >"$TMP/dom.html"
check "DOM" python3 "$WEB/check_html.py" dom "$TMP/dom.html" "$SEED_STORY" "$TMP/seed.layout.json" "$TMP/seed.alt"
# The network check can fail: the same page with an image and a stylesheet
# from elsewhere lists two resources.
sed 's#<figure class="dm-map">#<img src="http://example.invalid/a.png"><link rel="stylesheet" href="https://example.invalid/b.css"><figure class="dm-map">#' \
  "$TMP/probe.html" >"$TMP/fetches.html"
browser --window-size=1000,700 --virtual-time-budget=5000 --dump-dom "file://$TMP/fetches.html" >"$TMP/fetches.dom.html"
grep -q '"resources":2,' "$TMP/fetches.dom.html" && ok || bad "a page that fetches was not caught: $(grep -o '"resources":[^,]*' "$TMP/fetches.dom.html")"
finish
