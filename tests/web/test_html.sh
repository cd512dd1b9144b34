#!/bin/sh
# The HTML page (-o map.html, --format html): self-contained, one focusable
# marker per drawn place with its accessible name and tooltip, the alt text
# as the figure's description, real text, escaped story text, the events'
# sentences (the story's "evidence", or the article's own sentences).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
need_python

# The seed story: under 800 KB, every check of check_html.py.
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed.html" --alt-text "$TMP/seed.alt" --layout-json "$TMP/seed.layout.json" \
  && ok || bad "render seed story to HTML"
check "seed page" python3 "$WEB/check_html.py" page "$TMP/seed.html" "$SEED_STORY" "$TMP/seed.layout.json" "$TMP/seed.alt" 819200
head -c 15 "$TMP/seed.html" | grep -q '<!DOCTYPE html>' && ok || bad "no doctype"
grep -q '"units": "px"' "$TMP/seed.layout.json" && ok || bad "an HTML page's sidecar is not in px"

# --format html and standard output give the same bytes; so does a second run.
"$DIPLOMAP" render "$SEED_STORY" -o - --format html >"$TMP/stdout.html" 2>"$TMP/err" && ok || bad "--format html to stdout: $(cat "$TMP/err")"
cmp -s "$TMP/seed.html" "$TMP/stdout.html" && ok || bad "stdout page differs from the file"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/again.htm" >/dev/null 2>&1
cmp -s "$TMP/seed.html" "$TMP/again.htm" && ok || bad "HTML output is not reproducible (.htm)"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/x.html" --format htm >/dev/null 2>"$TMP/err"
[ $? -eq 2 ] && grep -q '^diplomap: .*--format' "$TMP/err" && ok || bad "unknown --format should exit 2 naming the option"

# The basemap image: at the page's size for a large map, twice that where
# it stays within 1600 x 1000 pixels (sharp on high-density screens).
png_size() { sed -n 's/.*data:image\/png;base64,\([A-Za-z0-9+\/]\{32\}\).*/\1/p' "$1" | head -1 | base64 -d 2>/dev/null | od -An -tu1 -j16 -N8 | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }'; }
[ "$(png_size "$TMP/seed.html")" = 1600x1000 ] && ok || bad "seed basemap image is $(png_size "$TMP/seed.html"), want 1600x1000"
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/small.html" --width 800 --height 500 && ok || bad "render 800x500 page"
[ "$(png_size "$TMP/small.html")" = 1600x1000 ] && ok || bad "800x500 basemap image is $(png_size "$TMP/small.html"), want 1600x1000 (2x)"

# A story with the sentences its events come from ("evidence").
cat >"$TMP/evidence.json" <<'JSON'
{"diplomap": 1, "title": "Envoys meet twice", "date": "2024-03-02",
 "places": [
  {"id": "geneva", "name": "Geneva", "lat": 46.2044, "lon": 6.1432, "kind": "city", "country": "CH"},
  {"id": "oslo", "name": "Oslo", "lat": 59.9139, "lon": 10.7522, "kind": "city", "country": "NO"},
  {"id": "rome", "name": "Rome", "lat": 41.9028, "lon": 12.4964, "kind": "city", "country": "IT"}],
 "events": [
  {"id": "e1", "type": "talks", "date": "2024-02", "places": ["geneva"], "status": "held",
   "participants": ["AA", "BB"], "label": "First round in Geneva",
   "evidence": "The two envoys sat down in Geneva for a first round that lasted into the night."},
  {"id": "e2", "type": "letter", "date": "2024-03-01", "places": ["oslo", "rome"], "status": "delivered",
   "participants": ["NO", "IT"], "label": "Note from Oslo to Rome",
   "evidence": "A note went from Oslo to Rome the next week, \"with <care>\" & thanks."}]}
JSON
"$DIPLOMAP" render "$TMP/evidence.json" -o "$TMP/evidence.html" --alt-text "$TMP/evidence.alt" \
  --layout-json "$TMP/evidence.layout.json" --width 900 --height 600 && ok || bad "render evidence story"
check "evidence page" python3 "$WEB/check_html.py" page "$TMP/evidence.html" "$TMP/evidence.json" \
  "$TMP/evidence.layout.json" "$TMP/evidence.alt" 819200
grep -qF '&quot;with &lt;care&gt;&quot; &amp; thanks.' "$TMP/evidence.html" && ok || bad "evidence not escaped"

# A hostile story: markup in every text field stays text.
cat >"$TMP/hostile.json" <<'JSON'
{"diplomap": 1, "title": "<script>alert(1)</script> & \"quotes\"",
 "subtitle": "</svg><img src=x onerror=alert(2)>", "source": "<a href='https://example.invalid/'>x</a>",
 "places": [
  {"id": "a", "name": "\"><img src=x onerror=alert(3)>", "lat": 46.2, "lon": 6.1, "kind": "city", "country": "CH"},
  {"id": "b", "name": "</text></svg><script>alert(4)</script>", "lat": 48.85, "lon": 2.35, "kind": "city", "country": "FR"}],
 "events": [
  {"id": "e1", "type": "call", "date": "2024-01-02", "places": ["a", "b"], "status": "held",
   "participants": ["<b>"], "label": "' onfocus='alert(5)",
   "evidence": "</blockquote><script>alert(6)</script>"}]}
JSON
"$DIPLOMAP" render "$TMP/hostile.json" -o "$TMP/hostile.html" --width 800 --height 500 2>"$TMP/err" \
  && ok || bad "render hostile story: $(cat "$TMP/err")"
check "hostile page" python3 "$WEB/check_html.py" hostile "$TMP/hostile.html"

# An article as input: the tooltips quote its sentences (the events' spans).
"$DIPLOMAP" render "$ARTICLE" -o "$TMP/article.html" 2>"$TMP/err" && ok || bad "render article: $(cat "$TMP/err")"
check "article quotes" python3 "$WEB/check_html.py" article "$TMP/article.html" "$ARTICLE"

# batch writes pages too, beside the other formats.
mkdir "$TMP/in" && cp "$SEED_STORY" "$TMP/in/seed.json"
"$DIPLOMAP" batch "$TMP/in" -o "$TMP/maps" --format png,svg,pdf,html >/dev/null 2>"$TMP/err" && ok || bad "batch --format png,svg,pdf,html: $(cat "$TMP/err")"
for f in png svg pdf html; do [ -s "$TMP/maps/seed.$f" ] && ok || bad "batch wrote no seed.$f"; done
cmp -s "$TMP/maps/seed.html" "$TMP/seed.html" && ok || bad "batch's page differs from render's"

# A failed render leaves no page behind.
"$DIPLOMAP" render "$TMP/missing.json" -o "$TMP/none.html" 2>/dev/null
[ ! -e "$TMP/none.html" ] && ok || bad "a failed render left a page"
finish
