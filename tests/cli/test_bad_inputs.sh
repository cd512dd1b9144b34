#!/bin/sh
# A catalogue of bad inputs (issue 6): hostile or broken stories, articles,
# options, outputs and geodata. Every case checks
#   - the exit status (2 bad usage or input, 1 the work failed),
#   - one line on stderr, "diplomap: ...", naming the file, position or field,
#   - that OUT is not created, and that an existing OUT is not modified
#     (each case runs twice: without OUT, then with a precious OUT),
#   - that no temporary file is left beside OUT.
# test_render.sh, test_extract.sh and test_geocode.sh hold the basic cases;
# this file does not repeat them.
. "$(dirname "$0")/lib.sh"

S="$SEED_STORY"
A="$DM_SOURCE_DIR/tests/articles/europe-helsinki-arms-talks.txt"
F="$TMP/in"
mkdir -p "$F"
# The data the built tool reads: the build tree's data/ beside the binary.
DATA="$(dirname "$DIPLOMAP")/data"

# ---- fixtures -------------------------------------------------------------
put() { printf '%s' "$2" >"$F/$1"; }
P='{"id": "a", "lat": 39.0, "lon": 125.7}'
# JSON syntax and structure
python3 -c "import sys; sys.stdout.write('[' * 100000 + ']' * 100000)" >"$F/deep.json"
python3 -c "import sys; sys.stdout.write('{\"places\": [$P], \"view\": ' + '{\"v\": ' * 5000 + '1' + '}' * 5000 + '}')" >"$F/deep-view.json"
printf '{"title": "Seoul \377 talks", "places": []}' >"$F/badutf8.json"
printf '{"title": "overlong \300\200", "places": []}' >"$F/overlong.json"
printf '{"places": [\000]}' >"$F/nul.json"
: >"$F/empty.json"
put trailing.json "{\"places\": [$P]} {}"
put dupkey.json "{\"places\": [$P], \"places\": []}"
put array.json "[$P]"
put version.json "{\"diplomap\": 2, \"places\": [$P]}"
put noplaces.json '{"title": "no places"}'
put emptyplaces.json '{"title": "nothing", "places": []}'
printf 'date 2025-01-01\nThe minister said nothing of note today.\n' >"$F/noplace-article.txt"
put places-obj.json '{"places": {"a": 1}}'
put place-str.json '{"places": ["Seoul"]}'
put noid.json '{"places": [{"lat": 1, "lon": 2}]}'
put dupid.json "{\"places\": [$P, $P]}"
put lat-str.json '{"places": [{"id": "a", "lat": "39", "lon": 125}]}'
put lat-nolon.json '{"places": [{"id": "a", "lat": 39}]}'
put nocoords.json '{"places": [{"id": "a", "name": "Nowhere"}]}'
put lat-big.json '{"places": [{"id": "a", "lat": 1e400, "lon": 0}]}'
put lon-neg.json '{"places": [{"id": "a", "lat": 0, "lon": -180.5}]}'
put kind.json '{"places": [{"id": "a", "lat": 0, "lon": 0, "kind": "town"}]}'
put country.json '{"places": [{"id": "a", "lat": 0, "lon": 0, "country": "Korea"}]}'
put confidence.json '{"places": [{"id": "a", "lat": 0, "lon": 0, "confidence": 2}]}'
put spans.json '{"places": [{"id": "a", "lat": 0, "lon": 0, "mentions": [[9, 2]]}]}'
put geom-str.json '{"places": [{"id": "a", "kind": "line", "lat": 0, "lon": 0, "geometry": "LINESTRING(0 0, 1 1)"}]}'
put geom-range.json '{"places": [{"id": "a", "kind": "line", "lat": 0, "lon": 0, "geometry": {"type": "LineString", "coordinates": [[0, 0], [1e300, 5]]}}]}'
put geom-type.json '{"places": [{"id": "a", "kind": "area", "lat": 0, "lon": 0, "geometry": {"type": "Circle", "coordinates": [0, 0]}}]}'
python3 -c "import sys; sys.stdout.write('{\"places\": [{\"id\": \"a\", \"kind\": \"line\", \"lat\": 0, \"lon\": 0, \"geometry\": {\"type\": \"LineString\", \"coordinates\": ' + '[' * 1500 + '0' + ']' * 1500 + '}}]}')" >"$F/geom-deep.json"
put title-type.json "{\"title\": 5, \"places\": [$P]}"
put date.json "{\"date\": \"2025-06-32\", \"places\": [$P]}"
python3 -c "import sys; sys.stdout.write('{\"title\": \"' + 'T' * 1001 + '\", \"places\": [$P]}')" >"$F/title-long.json"
python3 -c "import sys; sys.stdout.write('{\"places\": [$P], \"events\": [{\"type\": \"call\", \"places\": [\"a\"], \"label\": \"' + 'L' * 5000 + '\"}]}')" >"$F/label-long.json"
python3 -c "import sys; sys.stdout.write('{\"places\": [' + ','.join('{\"id\": \"p%d\", \"lat\": 0, \"lon\": 0}' % i for i in range(10001)) + ']}')" >"$F/many-places.json"
python3 -c "import sys; sys.stdout.write('{\"places\": [$P], \"events\": [' + ','.join('{\"type\": \"call\", \"places\": [\"a\"]}' for i in range(10001)) + ']}')" >"$F/many-events.json"
truncate -s 65M "$F/huge.json"
# events
put ev-place.json "{\"places\": [$P], \"events\": [{\"type\": \"call\", \"places\": [\"a\", \"zz\"]}]}"
put ev-type.json "{\"places\": [$P], \"events\": [{\"type\": \"summit\", \"places\": [\"a\"]}]}"
put ev-notype.json "{\"places\": [$P], \"events\": [{\"places\": [\"a\"]}]}"
put ev-status.json "{\"places\": [$P], \"events\": [{\"type\": \"letter\", \"status\": \"lost\"}]}"
put ev-date.json "{\"places\": [$P], \"events\": [{\"type\": \"letter\", \"date\": \"2025-13\"}]}"
put ev-obj.json "{\"places\": [$P], \"events\": {\"e1\": {}}}"
put ev-parts.json "{\"places\": [$P], \"events\": [{\"type\": \"call\", \"participants\": [\"US\", 7]}]}"
put ev-dupid.json "{\"places\": [$P], \"events\": [{\"id\": \"e\", \"type\": \"call\"}, {\"id\": \"e\", \"type\": \"visit\"}]}"
# view
put view-str.json "{\"places\": [$P], \"view\": \"world\"}"
put view-extent.json "{\"places\": [$P], \"view\": {\"extent\": [100, 20, 140]}}"
put view-sn.json "{\"places\": [$P], \"view\": {\"extent\": [100, 50, 140, 20]}}"
put view-inset.json "{\"places\": [$P], \"view\": {\"inset\": \"maybe\"}}"
put view-proj.json "{\"places\": [$P], \"view\": {\"projection\": \"+proj=nonsense\"}}"
put view-vsicurl.json "{\"places\": [$P], \"view\": {\"projection\": \"/vsicurl/http://example.com/crs\"}}"
put view-grid.json "{\"places\": [$P], \"view\": {\"projection\": \"+proj=pipeline +step +proj=hgridshift +grids=/etc/hosts +step +proj=merc\"}}"
put view-init.json "{\"places\": [$P], \"view\": {\"projection\": \"+init=/etc/passwd\"}}"
put view-geographic.json "{\"places\": [$P], \"view\": {\"projection\": \"EPSG:4326\"}}"
# geocoding
put query-unknown.json '{"places": [{"id": "x", "query": "Xyzzyville Qqq"}]}'
put query-empty.json '{"places": [{"id": "x", "query": ""}]}'
# articles
: >"$F/empty.txt"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$F/binary.txt"
printf '\377\376S\000e\000o\000u\000l\000' >"$F/utf16.txt"
printf 'Talks in Seoul \355\240\200 ended.' >"$F/surrogate.txt"
printf 'Talks in Seoul ended \342\200' >"$F/truncated-utf8.txt"
truncate -s 17M "$F/huge.txt"
mkdir -p "$F/dir.txt"

# Geodata copies to corrupt (the build tree's data/).
have_data=0
if [ -f "$DATA/gazetteer.idx" ] && [ -f "$DATA/basemap.dmb" ]; then
  have_data=1
  mk_data() { mkdir -p "$F/$1" && cp "$DATA/gazetteer.idx" "$DATA/basemap.dmb" "$F/$1/"; }
  # poke DIR FILE OFFSET BYTES: overwrite bytes in place
  poke() { printf "$4" | dd of="$F/$1/$2" bs=1 seek="$3" conv=notrunc 2>/dev/null; }
  gsize=$(wc -c <"$DATA/gazetteer.idx")
  bsize=$(wc -c <"$DATA/basemap.dmb")
  mk_data gaz-trunc && head -c $((gsize / 2)) "$DATA/gazetteer.idx" >"$F/gaz-trunc/gazetteer.idx"
  mk_data gaz-header && poke gaz-header gazetteer.idx 40 '\377\377\377\377'
  mk_data gaz-magic && poke gaz-magic gazetteer.idx 0 'NOTAGAZ!'
  mk_data gaz-empty && : >"$F/gaz-empty/gazetteer.idx"
  mk_data gaz-dir && rm "$F/gaz-dir/gazetteer.idx" && mkdir "$F/gaz-dir/gazetteer.idx"
  mk_data base-trunc && head -c $((bsize / 2)) "$DATA/basemap.dmb" >"$F/base-trunc/basemap.dmb"
  mk_data base-magic && poke base-magic basemap.dmb 0 'XXXXXXXX'
  mk_data base-header && poke base-header basemap.dmb 16 '\377\377\377\377\377\377\377\177'
  mk_data base-empty && : >"$F/base-empty/basemap.dmb"
  mk_data base-missing && rm "$F/base-missing/basemap.dmb"
fi

# ---- the catalogue ----------------------------------------------------------
# EXIT | EXT | MESSAGE (a substring of the one line) | COMMAND
# COMMAND is evaluated with $OUT the output path (OUT.EXT); EXT "-" means the
# command writes no file (geocode), so only status and message are checked.
# Rows starting with "data:" need the build tree's data (skipped otherwise).
CASES=$(cat <<'EOF'
2 | png | deep.json:1:2049: invalid JSON: maximum parsing depth | "$DIPLOMAP" render "$F/deep.json" -o "$OUT"
2 | png | deep-view.json:1: | "$DIPLOMAP" render "$F/deep-view.json" -o "$OUT"
2 | png | badutf8.json:1: | "$DIPLOMAP" render "$F/badutf8.json" -o "$OUT"
2 | png | overlong.json:1: | "$DIPLOMAP" render "$F/overlong.json" -o "$OUT"
2 | png | nul.json:1: | "$DIPLOMAP" render "$F/nul.json" -o "$OUT"
2 | png | empty.json:1:0: invalid JSON | "$DIPLOMAP" render "$F/empty.json" -o "$OUT"
2 | png | trailing.json:1: | "$DIPLOMAP" render "$F/trailing.json" -o "$OUT"
2 | png | dupkey.json:1:61: invalid JSON: duplicate object key | "$DIPLOMAP" render "$F/dupkey.json" -o "$OUT"
2 | png | array.json: the story must be a JSON object | "$DIPLOMAP" render "$F/array.json" -o "$OUT"
2 | png | version.json: diplomap must be 1 | "$DIPLOMAP" render "$F/version.json" -o "$OUT"
2 | png | noplaces.json: places is missing | "$DIPLOMAP" render "$F/noplaces.json" -o "$OUT"
2 | png | emptyplaces.json: no places to map | "$DIPLOMAP" render "$F/emptyplaces.json" -o "$OUT"
2 | png | noplace-article.txt: no places to map | "$DIPLOMAP" render "$F/noplace-article.txt" -o "$OUT"
2 | svg | places-obj.json: places must be an array | "$DIPLOMAP" render "$F/places-obj.json" -o "$OUT"
2 | png | place-str.json: places[0] must be an object | "$DIPLOMAP" render "$F/place-str.json" -o "$OUT"
2 | png | noid.json: places[0].id is missing | "$DIPLOMAP" render "$F/noid.json" -o "$OUT"
2 | png | dupid.json: places[1].id 'a' is used by an earlier place | "$DIPLOMAP" render "$F/dupid.json" -o "$OUT"
2 | png | lat-str.json: places[0].lat must be a number | "$DIPLOMAP" render "$F/lat-str.json" -o "$OUT"
2 | png | lat-nolon.json: places[0].lon is missing | "$DIPLOMAP" render "$F/lat-nolon.json" -o "$OUT"
2 | png | nocoords.json: places[0] needs lat and lon, or a query | "$DIPLOMAP" render "$F/nocoords.json" -o "$OUT"
2 | png | lat-big.json:1:36: invalid JSON: real number overflow | "$DIPLOMAP" render "$F/lat-big.json" -o "$OUT"
2 | pdf | lon-neg.json: places[0].lon out of range [-180, 180] | "$DIPLOMAP" render "$F/lon-neg.json" -o "$OUT"
2 | png | kind.json: places[0].kind 'town' is not one of | "$DIPLOMAP" render "$F/kind.json" -o "$OUT"
2 | png | country.json: places[0].country 'Korea' is not an ISO 3166-1 | "$DIPLOMAP" render "$F/country.json" -o "$OUT"
2 | png | confidence.json: places[0].confidence out of range [0, 1] | "$DIPLOMAP" render "$F/confidence.json" -o "$OUT"
2 | png | spans.json: places[0].mentions[0] must be [start, end] | "$DIPLOMAP" render "$F/spans.json" -o "$OUT"
2 | png | geom-str.json: places[0].geometry must be a GeoJSON geometry object | "$DIPLOMAP" render "$F/geom-str.json" -o "$OUT"
2 | png | places[0].geometry | "$DIPLOMAP" render "$F/geom-range.json" -o "$OUT"
2 | png | places[0].geometry | "$DIPLOMAP" render "$F/geom-type.json" -o "$OUT"
2 | png | places[0].geometry | "$DIPLOMAP" render "$F/geom-deep.json" -o "$OUT"
2 | png | title-type.json: title must be a string | "$DIPLOMAP" render "$F/title-type.json" -o "$OUT"
2 | png | date.json: date '2025-06-32' is not | "$DIPLOMAP" render "$F/date.json" -o "$OUT"
2 | png | title-long.json: title is longer than 1000 bytes | "$DIPLOMAP" render "$F/title-long.json" -o "$OUT"
2 | png | label-long.json: events[0].label is longer than 1000 bytes | "$DIPLOMAP" render "$F/label-long.json" -o "$OUT"
2 | png | many-places.json: places: 10001 places, more than the 5000 | "$DIPLOMAP" render "$F/many-places.json" -o "$OUT"
2 | png | many-events.json: events: 10001 events, more than the 500 | "$DIPLOMAP" render "$F/many-events.json" -o "$OUT"
2 | png | huge.json: file larger than the limit of 67108864 bytes | "$DIPLOMAP" render "$F/huge.json" -o "$OUT"
2 | png | ev-place.json: events[0].places[1] 'zz' is not the id of a place | "$DIPLOMAP" render "$F/ev-place.json" -o "$OUT"
2 | png | ev-type.json: events[0].type 'summit' is not a known event type | "$DIPLOMAP" render "$F/ev-type.json" -o "$OUT"
2 | png | ev-notype.json: events[0].type is missing | "$DIPLOMAP" render "$F/ev-notype.json" -o "$OUT"
2 | png | ev-status.json: events[0].status 'lost' is not a known status | "$DIPLOMAP" render "$F/ev-status.json" -o "$OUT"
2 | png | ev-date.json: events[0].date '2025-13' is not | "$DIPLOMAP" render "$F/ev-date.json" -o "$OUT"
2 | png | ev-obj.json: events must be an array | "$DIPLOMAP" render "$F/ev-obj.json" -o "$OUT"
2 | png | ev-parts.json: events[0].participants[1] must be a string | "$DIPLOMAP" render "$F/ev-parts.json" -o "$OUT"
2 | png | ev-dupid.json: events[1].id 'e' is used by an earlier event | "$DIPLOMAP" render "$F/ev-dupid.json" -o "$OUT"
2 | png | view-str.json: view must be an object | "$DIPLOMAP" render "$F/view-str.json" -o "$OUT"
2 | png | view-extent.json: view.extent must be [W, S, E, N] | "$DIPLOMAP" render "$F/view-extent.json" -o "$OUT"
2 | png | view-sn.json: view.extent south must be less than north | "$DIPLOMAP" render "$F/view-sn.json" -o "$OUT"
2 | png | view-inset.json: view.inset 'maybe' is not auto or none | "$DIPLOMAP" render "$F/view-inset.json" -o "$OUT"
2 | png | invalid projection '+proj=nonsense' | "$DIPLOMAP" render "$F/view-proj.json" -o "$OUT"
2 | png | names a file or URL | "$DIPLOMAP" render "$F/view-vsicurl.json" -o "$OUT"
2 | png | names a file or URL | "$DIPLOMAP" render "$F/view-grid.json" -o "$OUT"
2 | png | names a file or URL | "$DIPLOMAP" render "$F/view-init.json" -o "$OUT"
2 | png | projection 'EPSG:4326' is not a map projection | "$DIPLOMAP" render "$F/view-geographic.json" -o "$OUT"
1 | png | query-unknown.json: places[0].query: no place matches 'Xyzzyville Qqq' | "$DIPLOMAP" render "$F/query-unknown.json" -o "$OUT"
2 | png | query-empty.json: places[0].query | "$DIPLOMAP" render "$F/query-empty.json" -o "$OUT"
2 | png | empty.txt: article is empty | "$DIPLOMAP" render "$F/empty.txt" -o "$OUT"
2 | json | empty.txt: article is empty | "$DIPLOMAP" extract "$F/empty.txt" -o "$OUT"
2 | png | binary.txt: not a text file | "$DIPLOMAP" render "$F/binary.txt" -o "$OUT"
2 | json | utf16.txt: not a text file | "$DIPLOMAP" extract "$F/utf16.txt" -o "$OUT"
2 | json | surrogate.txt:1:16: invalid UTF-8 | "$DIPLOMAP" extract "$F/surrogate.txt" -o "$OUT"
2 | png | truncated-utf8.txt:1: | "$DIPLOMAP" render "$F/truncated-utf8.txt" -o "$OUT"
2 | png | huge.txt: article is larger than the limit of 16777216 bytes | "$DIPLOMAP" render "$F/huge.txt" -o "$OUT"
2 | json | huge.txt: article is larger than the limit of 16777216 bytes | "$DIPLOMAP" extract "$F/huge.txt" -o "$OUT"
1 | png | dir.txt | "$DIPLOMAP" render "$F/dir.txt" -o "$OUT"
2 | png | date '2025-13-01' is not a valid | "$DIPLOMAP" render "$A" -o "$OUT" --date 2025-13-01
2 | png | --width: '-5' is not a number | "$DIPLOMAP" render "$S" -o "$OUT" --width -5
2 | png | --width: 'nan' is not a number | "$DIPLOMAP" render "$S" -o "$OUT" --width nan
2 | png | --height: 'inf' is not a number | "$DIPLOMAP" render "$S" -o "$OUT" --height inf
2 | png | --height: '1e308' is not a number | "$DIPLOMAP" render "$S" -o "$OUT" --height 1e308
2 | png | --width: '' is not a number | "$DIPLOMAP" render "$S" -o "$OUT" --width=
2 | png | --scale: '0' is not a number | "$DIPLOMAP" render "$S" -o "$OUT" --scale 0
2 | png | scale 100 is outside | "$DIPLOMAP" render "$S" -o "$OUT" --scale 100
2 | pdf | canvas size | "$DIPLOMAP" render "$S" -o "$OUT" --width 100000 --height 100
2 | png | megapixels | "$DIPLOMAP" render "$S" -o "$OUT" --width 5000 --height 5000 --scale 4
2 | png | extent 0,10,20,5 | "$DIPLOMAP" render "$S" -o "$OUT" --extent 0,10,20,5
2 | png | extent 0,-95,20,5 | "$DIPLOMAP" render "$S" -o "$OUT" --extent 0,-95,20,5
2 | png | extent nan,0,10,10 | "$DIPLOMAP" render "$S" -o "$OUT" --extent nan,0,10,10
2 | png | --extent: '1,2,3,4,5' | "$DIPLOMAP" render "$S" -o "$OUT" --extent 1,2,3,4,5
2 | png | empty projection | "$DIPLOMAP" render "$S" -o "$OUT" --projection ""
2 | png | projection '+proj=longlat' is not a map projection | "$DIPLOMAP" render "$S" -o "$OUT" --projection +proj=longlat
2 | png | names a file or URL | "$DIPLOMAP" render "$S" -o "$OUT" --projection "+proj=merc +nadgrids=@http://example.com/g.tif"
2 | png | inset 'maybe' | "$DIPLOMAP" render "$S" -o "$OUT" --inset maybe
2 | png | language 'fr' | "$DIPLOMAP" render "$S" -o "$OUT" --lang fr
2 | png | --format: 'gif' | "$DIPLOMAP" render "$S" -o "$OUT" --format gif
2 | png | option --width needs a value | "$DIPLOMAP" render "$S" -o "$OUT" --width
2 | png | render: expected INPUT -o OUT | "$DIPLOMAP" render "$S" "$S" -o "$OUT"
2 | png | unknown option '-x' | "$DIPLOMAP" render "$S" -o "$OUT" -x
2 | - | option --json takes no value | "$DIPLOMAP" geocode --json=yes Seoul
2 | - | unknown command 'rendr' | "$DIPLOMAP" rendr "$S"
2 | - | query is not valid UTF-8 | "$DIPLOMAP" geocode "$(printf 'Seo\377l')"
2 | - | --limit | "$DIPLOMAP" geocode --limit 1000 Seoul
2 | - | --near | "$DIPLOMAP" geocode --near 10,200 Seoul
1 | png | layout.json | "$DIPLOMAP" render "$S" -o "$OUT" --layout-json "$TMP/no/such/dir/layout.json"
data: 1 | png | gazetteer.idx: corrupt (truncated or extended | env DIPLOMAP_DATA="$F/gaz-trunc" "$DIPLOMAP" render "$A" -o "$OUT"
data: 1 | png | gazetteer.idx: corrupt (header checksum mismatch) | env DIPLOMAP_DATA="$F/gaz-header" "$DIPLOMAP" render "$A" -o "$OUT"
data: 1 | json | gazetteer.idx: corrupt (bad magic | env DIPLOMAP_DATA="$F/gaz-magic" "$DIPLOMAP" extract "$A" -o "$OUT"
data: 1 | png | gazetteer.idx: corrupt (truncated: 0 bytes) | env DIPLOMAP_DATA="$F/gaz-empty" "$DIPLOMAP" render "$F/query-unknown.json" -o "$OUT"
data: 1 | - | gazetteer.idx: not a regular file | env DIPLOMAP_GAZETTEER="$F/gaz-dir/gazetteer.idx" "$DIPLOMAP" geocode Seoul
data: 1 | png | basemap.dmb: corrupt basemap | env DIPLOMAP_DATA="$F/base-trunc" "$DIPLOMAP" render "$S" -o "$OUT"
data: 1 | svg | basemap.dmb: corrupt basemap | env DIPLOMAP_DATA="$F/base-magic" "$DIPLOMAP" render "$S" -o "$OUT"
data: 1 | png | basemap.dmb: corrupt basemap | env DIPLOMAP_DATA="$F/base-header" "$DIPLOMAP" render "$S" -o "$OUT"
data: 1 | png | basemap.dmb: corrupt basemap | env DIPLOMAP_DATA="$F/base-empty" "$DIPLOMAP" render "$S" -o "$OUT"
data: 1 | pdf | basemap.dmb: cannot open the basemap | env DIPLOMAP_DATA="$F/base-missing" "$DIPLOMAP" render "$S" -o "$OUT"
1 | png | basemap.dmb: cannot open the basemap | env DIPLOMAP_DATA="$S" "$DIPLOMAP" render "$S" -o "$OUT"
EOF
)

trim() { printf '%s' "$1" | sed 's/^ *//; s/ *$//'; }
n=0
count=0
skipped=0
while IFS='|' read -r want ext msg cmd; do
  [ -n "$want" ] || continue
  n=$((n + 1))
  case "$want" in
    data:*)
      want=${want#data:}
      if [ "$have_data" -eq 0 ]; then skipped=$((skipped + 1)); continue; fi ;;
  esac
  want=$(trim "$want"); ext=$(trim "$ext"); msg=$(trim "$msg"); cmd=$(trim "$cmd")
  count=$((count + 1))
  dir="$TMP/out$n"
  mkdir -p "$dir"
  OUT="$dir/map.$ext"
  name="case $n ($msg)"
  # 1. No OUT beforehand: none afterwards.
  eval "expect_exit $want \"\$name\" -- $cmd"
  expect_message "$name" "$msg"
  if [ "$ext" != "-" ]; then
    expect_absent "$name" "$OUT"
    # 2. A precious OUT: kept as it was.
    echo "precious $n" >"$OUT"
    eval "expect_exit $want \"\$name, existing output\" -- $cmd"
    [ "$(cat "$OUT" 2>/dev/null)" = "precious $n" ] && ok || bad "$name: the existing output was modified"
  fi
  # Nothing else beside OUT (no temporary files).
  others=$(ls -A "$dir" | grep -v -x "map.$ext" | head -3)
  [ -z "$others" ] && ok || bad "$name: left behind in the output directory: $others"
done <<EOF
$CASES
EOF

[ "$count" -ge 40 ] && ok || bad "only $count cases ran"

# ---- no surprise I/O --------------------------------------------------------
# "-o -" writes to stdout and creates nothing in the working directory.
mkdir -p "$TMP/cwd"
(cd "$TMP/cwd" && "$DIPLOMAP" render "$S" -o - --format png --width 300 --height 200 >"$TMP/stdout.png" 2>"$TMP/err")
[ "$(head -c 4 "$TMP/stdout.png" | od -An -c | tr -d ' ')" = "211PNG" ] && ok || bad "-o - --format png: no PNG on stdout"
[ -z "$(ls -A "$TMP/cwd")" ] && ok || bad "-o - created files: $(ls -A "$TMP/cwd")"
# A render writes only beside its outputs, opens no socket, and reads no file
# a story names (a projection's grid or init file is refused, above).
if command -v strace >/dev/null 2>&1; then
  mkdir -p "$TMP/io"
  if strace -f -e trace=openat,open,creat,connect,socket,rename,unlink,mkdir -o "$TMP/trace" \
      "$DIPLOMAP" render "$A" -o "$TMP/io/map.png" --layout-json "$TMP/io/layout.json" >/dev/null 2>&1; then
    net=$(grep -E ' (connect|socket)\(' "$TMP/trace" | head -3)
    [ -z "$net" ] && ok || bad "render used the network: $net"
    writes=$(grep -E 'O_WRONLY|O_RDWR|O_CREAT|rename\(|unlink\(|mkdir\(' "$TMP/trace" | grep -v -e "$TMP/io/" -e '/dev/null' | head -3)
    [ -z "$writes" ] && ok || bad "render wrote outside the output directory: $writes"
    [ "$(ls -A "$TMP/io" | sort | tr '\n' ' ')" = "layout.json map.png " ] && ok || bad "render left: $(ls -A "$TMP/io")"
  else
    echo "note: strace cannot trace here; skipping the I/O trace"
  fi
fi
echo "$count bad-input cases ($skipped skipped without build-tree data)"
finish
