#!/bin/sh
# Hostile projections and data files (issue 13), one case per failure mode:
#   - a projection a story, --projection or a theme may name is an
#     allow-listed PROJ method with numeric parameters and PROJ's named
#     ellipsoids, datums and units; everything that would make PROJ open a
#     file, a FIFO or a URL (init, grids, models, tinshift, pipelines,
#     @-files, paths, WKT's PARAMETERFILE) is refused with exit 2 naming
#     the key, both from --projection and from a story's view.projection;
#   - a corrupt, truncated, missing or non-regular basemap or gazetteer is
#     exit 1 naming the file and how to rebuild it, never a hang (FIFOs)
#     and never a silent fall-back to the build tree's data;
#   - check-data verifies the SHA-256 recorded at build time;
#   - a map that would show no place of the story is exit 1, not a blank map.
# Every case checks the exit status, one line on stderr naming what is
# wrong, and that no output file was created. Every command runs under
# `timeout 10`, so a hang fails its case rather than the run. Data files are
# copied (or linked, when left intact) into $TMP: build-*/data is never
# modified.
. "$(dirname "$0")/lib.sh"

DATA="$(dirname "$DIPLOMAP")/data"
# Inputs live apart from $TMP, whose "*.??????" files lib.sh's finish()
# reports as left-over temporaries (FILE.sha256 would match).
F=$(mktemp -d)
trap 'rm -rf "$TMP" "$F"' EXIT
CASES=0
T="timeout 10"

# run_case NAME EXIT OUT TEXT [TEXT2] -- CMD...: exit status, one line on
# stderr containing TEXT (and TEXT2), OUT ("-" for none) not created.
run_case() {
  name=$1 want=$2 out=$3 text=$4 text2=""
  shift 4
  if [ "$1" != "--" ]; then text2=$1; shift; fi
  shift
  CASES=$((CASES + 1))
  expect_exit "$want" "$name" -- "$@"
  expect_message "$name" "$text"
  [ -z "$text2" ] || { grep -qF -- "$text2" "$TMP/err" && ok || bad "$name: stderr lacks '$text2': $(cat "$TMP/err")"; }
  [ "$out" = "-" ] || expect_absent "$name" "$out"
}

# ---- projections ------------------------------------------------------------
# A story of one place; view.projection stories are written per case.
printf '{"places": [{"id": "seoul", "name": "Seoul", "lat": 37.5665, "lon": 126.978, "kind": "city"}]}' >"$F/seoul.json"
mkfifo "$F/fifo" || bad "mkfifo failed"
printf '+proj=merc\n' >"$F/p.txt"
# JSON string escaping for the view.projection stories.
json_str() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g; s/\x1b/\\u001b/g' | awk 'BEGIN{ORS=""} NR>1{print "\\n"} {print}'; }
n=0
# proj_case NAME PROJECTION TEXT: refused (exit 2) from --projection and from
# a story's view.projection, TEXT in the message.
proj_case() {
  n=$((n + 1))
  run_case "--projection $1" 2 "$TMP/p$n.png" "$3" -- $T "$DIPLOMAP" render "$F/seoul.json" -o "$TMP/p$n.png" --projection "$2"
  printf '{"places": [{"id": "seoul", "name": "Seoul", "lat": 37.5665, "lon": 126.978, "kind": "city"}], "view": {"projection": "%s"}}' \
    "$(json_str "$2")" >"$F/view$n.json"
  run_case "view.projection $1" 2 "$TMP/v$n.png" "$3" -- $T "$DIPLOMAP" render "$F/view$n.json" -o "$TMP/v$n.png"
}
proj_case "init file" "+init=epsg:4326" "'+init' names a file or URL"
proj_case "init with a method" "+proj=merc +init=world:ntf" "'+init' names a file or URL"
proj_case "nadgrids" "+proj=merc +nadgrids=ntv2_0.gsb" "'+nadgrids' names a file or URL"
proj_case "optional @-grid" "+proj=merc +nadgrids=@null" "'+nadgrids' names a file or URL"
proj_case "geoidgrids" "+proj=merc +geoidgrids=egm96_15.gtx" "'+geoidgrids' names a file or URL"
proj_case "defmodel with a model" "+proj=defmodel +model=model.json" "'+model' names a file or URL"
proj_case "defmodel" "+proj=defmodel" "'+proj=defmodel' reads files"
proj_case "defmodel on a FIFO" "+proj=defmodel +model=$F/fifo" "'+model' names a file or URL"
proj_case "tinshift" "+proj=tinshift" "'+proj=tinshift' reads files"
proj_case "tinshift file" "+proj=tinshift +file=tin.json" "'+file' names a file or URL"
proj_case "deformation" "+proj=deformation +t_epoch=2010" "'+proj=deformation' reads files"
proj_case "hgridshift" "+proj=hgridshift" "'+proj=hgridshift' reads files"
proj_case "pipeline" "+proj=pipeline +step +proj=merc" "'+proj=pipeline' is not an allowed projection method"
proj_case "step" "+proj=merc +step +proj=robin" "'+step' is not an allowed parameter"
proj_case "@-file" "@$F/p.txt" "it names a file or URL"
proj_case "path" "/etc/passwd" "it names a file or URL"
proj_case "GDAL virtual path" "/vsicurl/http://example.com/crs" "it names a file or URL"
proj_case "URL" "https://example.com/crs.json" "it names a file or URL"
proj_case "path as a value" "+proj=merc +lon_0=/etc/passwd" "'+lon_0' names a file or URL"
proj_case "URL as a value" "+proj=merc +ellps=http://example.com/e" "'+ellps' names a file or URL"
proj_case "unknown method" "+proj=foo" "'+proj=foo' is not an allowed projection method"
proj_case "non-numeric parameter" "+proj=merc +lon_0=abc" "'+lon_0' must be a number"
proj_case "nan parameter" "+proj=merc +lat_ts=nan" "'+lat_ts' must be a number"
proj_case "hex parameter" "+proj=lcc +lat_1=0x1e +lat_2=40" "'+lat_1' must be a number"
proj_case "unknown parameter" "+proj=merc +foo=1" "'+foo' is not an allowed parameter"
proj_case "unknown ellipsoid" "+proj=merc +ellps=mine" "'+ellps' must name one of PROJ's ellipsoids"
proj_case "datum with grids" "+proj=merc +datum=NAD27" "'+datum' must be one of"
proj_case "bad towgs84" "+proj=merc +towgs84=1,2" "'+towgs84' must be 3 or 7 numbers"
proj_case "flag with a value" "+proj=merc +no_defs=yes" "'+no_defs' takes no value"
proj_case "no method" "+lon_0=10 +datum=WGS84" "no '+proj=METHOD'"
proj_case "two methods" "+proj=merc +proj=robin" "'+proj' is given more than once"
proj_case "WKT" 'PROJCS["x",GEOGCS["y"]]' "not a PROJ string"
proj_case "WKT PARAMETERFILE" 'PROJCRS["x",CONVERSION["y",METHOD["NTv2"],PARAMETERFILE["grid","ntv2_0.gsb"]]]' "not a PROJ string"
proj_case "PROJJSON" '{"type": "ProjectedCRS"}' "not a PROJ string"
proj_case "newline" "$(printf '+proj=merc\n+lon_0=10')" "control characters are not allowed"
proj_case "escape" "$(printf '+proj=merc +lon_0=10\033[2J')" "control characters are not allowed"

# What the allow-list keeps: these render.
for p in "+proj=robin +lon_0=150" "EPSG:3857" "+proj=lcc +lat_0=38 +lon_0=127 +lat_1=33 +lat_2=43 +ellps=GRS80 +units=km +no_defs" \
    "+proj=ortho +lat_0=38 +lon_0=127" "+proj=tmerc +lon_0=127 +k=0.9996 +x_0=500000 +towgs84=0,0,0"; do
  n=$((n + 1))
  if $T "$DIPLOMAP" render "$F/seoul.json" -o "$TMP/ok$n.png" --width 400 --height 300 --projection "$p" 2>"$TMP/err" &&
    [ -s "$TMP/ok$n.png" ]; then ok; else bad "allowed projection '$p' was refused: $(cat "$TMP/err")"; fi
done

# ---- data files ---------------------------------------------------------------
if [ ! -f "$DATA/basemap.dmb" ] || [ ! -f "$DATA/gazetteer.idx" ]; then
  echo "SKIP: data files: no build data in $DATA"
  finish
  exit $?
fi
A="$DM_SOURCE_DIR/tests/articles/europe-helsinki-arms-talks.txt"
[ -f "$A" ] || A="$SEED_STORY"
REB="rebuild with cmake --build build --target basemap_data"
REG="rebuild with cmake --build build --target dm_gazetteer_index"
# mk DIR: a data directory whose files link to the build's (intact ones are
# only read); a file to corrupt is replaced by a copy first (cp_in).
mk() {
  mkdir -p "$F/$1"
  for f in basemap.dmb basemap.dmb.sha256 gazetteer.idx gazetteer.idx.sha256; do
    [ -e "$DATA/$f" ] && ln -sf "$DATA/$f" "$F/$1/$f"
  done
}
cp_in() { rm -f "$F/$1/$2" && cp "$DATA/$2" "$F/$1/$2"; }
# poke DIR FILE OFFSET BYTES: overwrite bytes of a copy in place.
poke() { printf "$4" | dd of="$F/$1/$2" bs=1 seek="$3" conv=notrunc 2>/dev/null; }
u64() { od -An -t u8 -j "$2" -N 8 "$1" | tr -d ' '; }
u32() { od -An -t u4 -j "$2" -N 4 "$1" | tr -d ' '; }
# basemap.dmb: header 24 bytes (magic, version, layer count, size), then the
# layer table (40 bytes each: name[24], kind, feature count, features offset).
BSIZE=$(wc -c <"$DATA/basemap.dmb")
FEAT0=$(u64 "$DATA/basemap.dmb" 56)        # layer 0's features
PART0=$(u64 "$DATA/basemap.dmb" $((FEAT0 + 32)))  # feature 0's parts
PTS0=$(u64 "$DATA/basemap.dmb" $((PART0 + 16)))   # part 0's points
BIG='\377\377\377\377\377\377\377\017'

mk b-trunc && rm "$F/b-trunc/basemap.dmb" && head -c $((BSIZE / 2)) "$DATA/basemap.dmb" >"$F/b-trunc/basemap.dmb"
mk b-magic && rm "$F/b-magic/basemap.dmb" && head -c 4096 "$DATA/basemap.dmb" >"$F/b-magic/basemap.dmb" && poke b-magic basemap.dmb 0 'NOTAMAP!'
mk b-version && cp_in b-version basemap.dmb && poke b-version basemap.dmb 8 '\011\000\000\000'
mk b-layers && cp_in b-layers basemap.dmb && poke b-layers basemap.dmb 12 '\000\000\000\000'
mk b-layer && cp_in b-layer basemap.dmb && poke b-layer basemap.dmb 56 "$BIG"
mk b-feature && cp_in b-feature basemap.dmb && poke b-feature basemap.dmb $((FEAT0 + 32)) "$BIG"
mk b-part && cp_in b-part basemap.dmb && poke b-part basemap.dmb $((PART0 + 16)) "$BIG"
mk b-empty && rm "$F/b-empty/basemap.dmb" && : >"$F/b-empty/basemap.dmb"
mk b-fifo && rm "$F/b-fifo/basemap.dmb" && mkfifo "$F/b-fifo/basemap.dmb"
mk b-dir && rm "$F/b-dir/basemap.dmb" && mkdir "$F/b-dir/basemap.dmb"
mk b-missing && rm "$F/b-missing/basemap.dmb"
S="$SEED_STORY"
O="$TMP/maps"
mkdir -p "$O"
run_case "basemap truncated" 1 "$O/b1.png" "basemap.dmb: corrupt basemap (truncated or extended" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-trunc" $T "$DIPLOMAP" render "$S" -o "$O/b1.png"
run_case "basemap bad magic" 1 "$O/b2.png" "basemap.dmb: corrupt basemap (bad magic" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-magic" $T "$DIPLOMAP" render "$S" -o "$O/b2.png"
run_case "basemap version" 1 "$O/b3.png" "corrupt basemap (version 9, this library reads version" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-version" $T "$DIPLOMAP" render "$S" -o "$O/b3.png"
run_case "basemap no layers" 1 "$O/b4.png" "corrupt basemap (bad layer count)" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-layers" $T "$DIPLOMAP" render "$S" -o "$O/b4.png"
run_case "basemap layer past the end" 1 "$O/b5.pdf" "corrupt basemap (layer 0 out of bounds)" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-layer" $T "$DIPLOMAP" render "$S" -o "$O/b5.pdf"
run_case "basemap feature past the end" 1 "$O/b6.svg" "corrupt basemap (feature 0 of layer" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-feature" $T "$DIPLOMAP" render "$S" -o "$O/b6.svg"
run_case "basemap points past the end" 1 "$O/b7.png" "corrupt basemap (part 0 of feature 0 of layer" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-part" $T "$DIPLOMAP" render "$S" -o "$O/b7.png"
run_case "basemap zero-length" 1 "$O/b8.png" "corrupt basemap (file too short: 0 bytes)" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-empty" $T "$DIPLOMAP" render "$S" -o "$O/b8.png"
run_case "basemap FIFO" 1 "$O/b9.png" "basemap.dmb: corrupt basemap (not a regular file)" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-fifo" $T "$DIPLOMAP" render "$S" -o "$O/b9.png"
run_case "basemap directory" 1 "$O/b10.png" "basemap.dmb: corrupt basemap (not a regular file)" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-dir" $T "$DIPLOMAP" render "$S" -o "$O/b10.png"
run_case "basemap missing" 1 "$O/b11.png" "basemap.dmb: cannot open the basemap: No such file" "$REB" -- \
  env DIPLOMAP_DATA="$F/b-missing" $T "$DIPLOMAP" render "$S" -o "$O/b11.png"
run_case "DIPLOMAP_BASEMAP a FIFO" 1 "$O/b12.png" "corrupt basemap (not a regular file)" "$REB" -- \
  env DIPLOMAP_BASEMAP="$F/fifo" $T "$DIPLOMAP" render "$S" -o "$O/b12.png"

# gazetteer.idx: its header is checked whole (magic, sizes, checksum).
GSIZE=$(wc -c <"$DATA/gazetteer.idx")
mk g-trunc && rm "$F/g-trunc/gazetteer.idx" && head -c $((GSIZE / 2)) "$DATA/gazetteer.idx" >"$F/g-trunc/gazetteer.idx"
mk g-magic && rm "$F/g-magic/gazetteer.idx" && head -c 4096 "$DATA/gazetteer.idx" >"$F/g-magic/gazetteer.idx" && poke g-magic gazetteer.idx 0 'NOTAGAZ!'
mk g-offset && rm "$F/g-offset/gazetteer.idx" && head -c 4096 "$DATA/gazetteer.idx" >"$F/g-offset/gazetteer.idx" && poke g-offset gazetteer.idx 48 "$BIG"
mk g-empty && rm "$F/g-empty/gazetteer.idx" && : >"$F/g-empty/gazetteer.idx"
mk g-fifo && rm "$F/g-fifo/gazetteer.idx" && mkfifo "$F/g-fifo/gazetteer.idx"
mk g-dir && rm "$F/g-dir/gazetteer.idx" && mkdir "$F/g-dir/gazetteer.idx"
mk g-missing && rm "$F/g-missing/gazetteer.idx"
run_case "gazetteer truncated" 1 - "gazetteer.idx: corrupt (" "$REG" -- \
  env DIPLOMAP_DATA="$F/g-trunc" $T "$DIPLOMAP" geocode Seoul
run_case "gazetteer bad magic" 1 "$O/g2.json" "gazetteer.idx: corrupt (bad magic" "$REG" -- \
  env DIPLOMAP_DATA="$F/g-magic" $T "$DIPLOMAP" extract "$A" -o "$O/g2.json"
run_case "gazetteer offset changed" 1 - "gazetteer.idx: corrupt (header checksum mismatch)" "$REG" -- \
  env DIPLOMAP_DATA="$F/g-offset" $T "$DIPLOMAP" geocode Seoul
run_case "gazetteer zero-length" 1 - "gazetteer.idx: corrupt (truncated: 0 bytes)" "$REG" -- \
  env DIPLOMAP_DATA="$F/g-empty" $T "$DIPLOMAP" geocode Seoul
run_case "gazetteer FIFO" 1 "$O/g5.png" "gazetteer.idx: not a regular file" "$REG" -- \
  env DIPLOMAP_DATA="$F/g-fifo" $T "$DIPLOMAP" render "$A" -o "$O/g5.png"
run_case "gazetteer directory" 1 - "gazetteer.idx: not a regular file" "$REG" -- \
  env DIPLOMAP_DATA="$F/g-dir" $T "$DIPLOMAP" geocode Seoul
run_case "DIPLOMAP_GAZETTEER a FIFO" 1 - "not a regular file" "$REG" -- \
  env DIPLOMAP_GAZETTEER="$F/fifo" $T "$DIPLOMAP" geocode Seoul
run_case "DIPLOMAP_DATA without a gazetteer (geocode)" 1 - "g-missing/gazetteer.idx: cannot open the gazetteer index" "$REG" -- \
  env DIPLOMAP_DATA="$F/g-missing" $T "$DIPLOMAP" geocode Seoul
run_case "DIPLOMAP_DATA without a gazetteer (render)" 1 "$O/g9.png" "g-missing/gazetteer.idx: cannot open the gazetteer index" -- \
  env DIPLOMAP_DATA="$F/g-missing" $T "$DIPLOMAP" render "$A" -o "$O/g9.png"

# ---- check-data ---------------------------------------------------------------
if [ -f "$DATA/basemap.dmb.sha256" ] && [ -f "$DATA/gazetteer.idx.sha256" ]; then
  mk good
  expect_exit 0 "check-data on good data" -- env DIPLOMAP_DATA="$F/good" $T "$DIPLOMAP" check-data
  [ "$(grep -c '^ok	' "$TMP/out")" -eq 2 ] && [ ! -s "$TMP/err" ] && ok || bad "check-data on good data: $(cat "$TMP/out" "$TMP/err")"
  expect_exit 0 "check-data --data-dir" -- $T "$DIPLOMAP" check-data --data-dir "$F/good"
  # A flipped byte among the points: the structure holds, the checksum not.
  mk c-points && cp_in c-points basemap.dmb && poke c-points basemap.dmb $((PTS0 + 1)) '\125'
  # ...and the render still opens it: the full check is on demand only.
  if env DIPLOMAP_DATA="$F/c-points" $T "$DIPLOMAP" render "$S" -o "$O/c0.png" 2>/dev/null; then ok; else bad "a render checked the full checksum"; fi
  # A byte in the middle of the index's string pool (header: pool offset at
  # 64, its size at 72): every offset stays in bounds.
  POOL=$(( $(u64 "$DATA/gazetteer.idx" 64) + $(u64 "$DATA/gazetteer.idx" 72) / 2 ))
  mk c-gaz && cp_in c-gaz gazetteer.idx && poke c-gaz gazetteer.idx "$POOL" '\125'
  mk c-noside && rm "$F/c-noside/basemap.dmb.sha256"
  mk c-badside && rm "$F/c-badside/gazetteer.idx.sha256" && echo "not a checksum" >"$F/c-badside/gazetteer.idx.sha256"
  mk c-fifoside && rm "$F/c-fifoside/basemap.dmb.sha256" && mkfifo "$F/c-fifoside/basemap.dmb.sha256"
  run_case "check-data: basemap byte changed" 1 - "c-points/basemap.dmb: corrupt (SHA-256" "$REB" -- \
    env DIPLOMAP_DATA="$F/c-points" $T "$DIPLOMAP" check-data
  run_case "check-data: gazetteer byte changed" 1 - "c-gaz/gazetteer.idx: corrupt (data checksum mismatch)" "$REG" -- \
    env DIPLOMAP_DATA="$F/c-gaz" $T "$DIPLOMAP" check-data
  run_case "check-data: no recorded checksum" 1 - "basemap.dmb.sha256: no checksum recorded" "$REB" -- \
    env DIPLOMAP_DATA="$F/c-noside" $T "$DIPLOMAP" check-data
  run_case "check-data: checksum file garbage" 1 - "gazetteer.idx.sha256: not a SHA-256 checksum file" "$REG" -- \
    env DIPLOMAP_DATA="$F/c-badside" $T "$DIPLOMAP" check-data
  run_case "check-data: checksum file a FIFO" 1 - "basemap.dmb.sha256: no checksum recorded" -- \
    env DIPLOMAP_DATA="$F/c-fifoside" $T "$DIPLOMAP" check-data
  run_case "check-data: truncated basemap" 1 - "b-trunc/basemap.dmb: corrupt basemap (truncated" "$REB" -- \
    env DIPLOMAP_DATA="$F/b-trunc" $T "$DIPLOMAP" check-data
  run_case "check-data: gazetteer FIFO" 1 - "g-fifo/gazetteer.idx: not a regular file" -- \
    env DIPLOMAP_DATA="$F/g-fifo" $T "$DIPLOMAP" check-data
  run_case "check-data: missing gazetteer" 1 - "g-missing/gazetteer.idx: cannot open" -- \
    $T "$DIPLOMAP" check-data --data-dir "$F/g-missing"
  run_case "check-data: no such directory" 1 - "data directory '$F/none' does not exist" -- \
    $T "$DIPLOMAP" check-data --data-dir "$F/none"
else
  echo "SKIP: check-data: $DATA has no .sha256 files (rebuild the data)"
fi

# ---- maps that would show nothing of the story --------------------------------
# A story of one place and no event, without insets: an overview inset or
# an edge pointer that shows where places outside the extent lie is
# something of the story, not a blank map.
run_case "extent with no place" 1 "$O/e1.png" "no place of the story lies inside the extent 0,0,10,10" -- \
  $T "$DIPLOMAP" render "$F/seoul.json" --extent 0,0,10,10 --inset none -o "$O/e1.png"
printf '{"places": [{"id": "seoul", "name": "Seoul", "lat": 37.5665, "lon": 126.978, "kind": "city"}], "view": {"extent": [0, 0, 10, 10], "inset": "none"}}' >"$F/view-extent.json"
run_case "view.extent with no place" 1 "$O/e2.svg" "no place of the story lies inside the extent 0,0,10,10" -- \
  $T "$DIPLOMAP" render "$F/view-extent.json" -o "$O/e2.svg"
run_case "projection showing no place" 1 "$O/e3.png" "no place of the story can be shown in projection" -- \
  $T "$DIPLOMAP" render "$F/seoul.json" --projection "+proj=ortho +lat_0=-37.5 +lon_0=-53" --inset none -o "$O/e3.png"
# Commit 41cd39c: --extent on a story of fewer than 9 places wrote past a
# heap buffer (AddressSanitizer reports it; the sanitizer build runs this).
printf '%s' '{"places": [{"id": "seoul", "name": "Seoul", "lat": 37.5665, "lon": 126.978, "kind": "city"},
  {"id": "tokyo", "name": "Tokyo", "lat": 35.6895, "lon": 139.6917, "kind": "city"},
  {"id": "beijing", "name": "Beijing", "lat": 39.9042, "lon": 116.4074, "kind": "city"}]}' >"$F/three.json"
for ext in 125,33,130,40 110,30,145,45; do
  if $T "$DIPLOMAP" render "$F/three.json" --extent "$ext" -o "$O/three-$ext.png" 2>"$TMP/err" && [ -s "$O/three-$ext.png" ]; then ok
  else bad "three places, --extent $ext: $(cat "$TMP/err")"; fi
done

[ "$CASES" -ge 35 ] && ok || bad "only $CASES hostile cases ran"
echo "$CASES hostile cases"
finish
