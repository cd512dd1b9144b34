#!/bin/sh
# The HTML page in a real browser (headless Chromium, Debian's chromium
# package; SKIP when it is missing):
#  - its screenshot at the map's size matches the PNG of the same story
#    (imgdiff: mean channel difference at most 2.0 of 255 and at most 1.6% of
#    pixels off by more than 48; measured on the seed story: 1.05 and 0.81%,
#    all of it glyph rasterisation, Skia's against cairo's, along the text);
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
: "${DM_IMGDIFF:?}"
MAX_MEAN=2.0
MAX_BAD=0.016

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
if "$DM_IMGDIFF" "$TMP/seed.png" "$TMP/shot.png" "$TMP/shot.diff.png" $MAX_MEAN $MAX_BAD; then ok
else
  mkdir -p web-out && cp "$TMP/shot.png" "$TMP/shot.diff.png" web-out/ 2>/dev/null
  bad "screenshot differs from the PNG (web-out/shot.diff.png in the build directory)"
fi
# The comparison can fail: the same page against the dark theme's PNG does.
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
