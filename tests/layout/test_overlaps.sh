#!/bin/sh
# Issue 16's overlap checker (check_overlaps.py) over the layout sidecar:
# first the checker itself on synthetic sidecars, then every story of the
# repository (docs/examples, docs/gallery, the stories of tests/articles and
# docs/examples/articles) at 1600x1000, 1080x1080 and 640x800; then the maps
# of the real-news corpus in ../shared (skipped visibly when absent). Neither
# may be worse than overlap-ceiling.json, in every kind (strict where the
# count is 0), undrawn event places included (the corpus's stories are given
# to the checker). The corpus is checked at 1600x1000 and at 640x800
# (--size mobile), each against its own section.
# DM_OVERLAPS_KEEP=DIR keeps the maps and sidecars there;
# DM_OVERLAPS_CORPUS_SIZES="1600x1000 1080x1080 640x800" checks the corpus at
# every size (the ceiling is for 1600x1000).
set -u
: "${DIPLOMAP:?DIPLOMAP must name the built tool}"
: "${DM_SOURCE_DIR:?}"
SHARED=${DM_SHARED_DIR:-$DM_SOURCE_DIR/../shared}
HERE=$DM_SOURCE_DIR/tests/layout
CHECK="python3 $HERE/check_overlaps.py"
command -v python3 >/dev/null || { echo "SKIP: python3 not found"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
OUT=${DM_OVERLAPS_KEEP:-$T/maps}
mkdir -p "$OUT"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# --- 1. the checker on synthetic sidecars -----------------------------------
cat > "$T/clean.json" <<'EOF'
{"width": 400, "height": 300, "units": "px",
 "frames": [{"id": "main", "rect": [0, 40, 400, 300]}],
 "markers": [{"place": "a", "frame": "main", "x": 100, "y": 100, "radius": 6, "half_width": 6, "number": 1,
              "numbers": [1], "events": ["e1"]}],
 "labels": [{"text": "A", "place": "a", "frame": "main", "bbox": [110, 90, 150, 104]}],
 "lines": [{"event": "e1", "frame": "main", "points": [[100, 100], [300, 250]]}],
 "features": [], "pointers": [],
 "title": {"text": "T", "bbox": [10, 10, 200, 30]},
 "legend": {"rect": [10, 240, 90, 290]}, "credits": {"rect": [300, 280, 395, 295]},
 "scale_bars": [], "locators": []}
EOF
$CHECK "$T/clean.json" > "$T/out" || bad "checker: a clean sidecar fails: $(cat "$T/out")"
python3 - "$T" <<'EOF'
import json, sys, copy
t = sys.argv[1]
base = json.load(open(t + "/clean.json"))
def write(name, f):
    s = copy.deepcopy(base); f(s); json.dump(s, open("%s/%s.json" % (t, name), "w"))
# a second label over the first
write("overlap", lambda s: s["labels"].append({"text": "B", "place": "b", "frame": "main", "bbox": [140, 95, 190, 110]}))
# a label past the right edge
write("offcanvas", lambda s: s["labels"][0].update(bbox=[380, 90, 420, 104]))
# the event line through the label
write("line", lambda s: s["lines"].append({"event": "e2", "frame": "main", "points": [[105, 97], [200, 97]]}))
# the label under the legend
write("legend", lambda s: s["labels"][0].update(bbox=[60, 250, 120, 264]))
# the marker of an event with no label
write("dropped", lambda s: s.update(labels=[]))
# an event at a place drawn nowhere, and the same place folded into a marker
story = {"places": [{"id": "a"}, {"id": "v"}], "events": [{"id": "e2", "places": ["v"]}]}
json.dump(story, open(t + "/story.json", "w"))
write("folded", lambda s: s["markers"][0].update(places=["a", "v"]))
# a label over a marker
write("marker", lambda s: s["labels"][0].update(bbox=[95, 95, 140, 110]))
# the list of dropped names naming a place that is labelled (and has an event)
write("droplist", lambda s: s.update(dropped_labels=["a"]))
write("droplist-ok", lambda s: s.update(dropped_labels=["b"]))
# an inset tied to its locator box: a connector across the label, one across the inset
def inset(s, connectors):
    s["frames"].append({"id": "inset", "rect": [250, 50, 390, 150]})
    s["locators"] = [{"frame": "inset", "rect": [200, 170, 220, 180]}]
    s["connectors"] = [{"frame": "inset", "points": p, "rect": [0, 0, 0, 0]} for p in connectors]
write("connected", lambda s: inset(s, [[[220, 170], [390, 150]], [[200, 170], [250, 50]]]))
write("connector", lambda s: inset(s, [[[220, 170], [390, 150]], [[200, 170], [250, 50]], [[100, 97], [220, 170]]]))
write("through", lambda s: inset(s, [[[220, 170], [390, 150]], [[200, 170], [390, 50]]]))
# a skewed locator outline (a diamond in its rect): a connector from its left
# vertex that passes above the outline is clean, one cutting across it is not
def skewed(s, connectors):
    inset(s, connectors)
    s["locators"][0]["points"] = [[210, 170], [220, 175], [210, 180], [200, 175]]
write("skew-tangent", lambda s: skewed(s, [[[210, 170], [250, 150]], [[200, 175], [202, 150]]]))
write("skew-across", lambda s: skewed(s, [[[210, 170], [250, 150]], [[200, 175], [250, 185]]]))
EOF
expect() {  # expect NAME KIND
    $CHECK "$T/$1.json" > "$T/out"
    rc=$?
    [ $rc -eq 1 ] && grep -q ": $2: " "$T/out" || bad "checker: $1 gives exit $rc without $2: $(cat "$T/out")"
}
expect overlap label-label
expect offcanvas off-canvas
expect line label-line
expect legend label-furniture
expect dropped dropped-label
expect marker label-marker
expect droplist dropped-label
$CHECK "$T/droplist-ok.json" --fail-on dropped-label > "$T/out" ||
    bad "checker: a dropped name of a place without an event fails: $(cat "$T/out")"
$CHECK "$T/connected.json" > "$T/out" || bad "checker: an inset with its connectors fails: $(cat "$T/out")"
expect connector label-line
expect through connector
$CHECK "$T/skew-tangent.json" --fail-on connector > "$T/out" ||
    bad "checker: a connector along a skewed locator outline fails: $(cat "$T/out")"
expect skew-across connector
$CHECK "$T/overlap.json" --fail-on off-canvas > /dev/null || bad "checker: --fail-on off-canvas fails on a label overlap"
$CHECK "$T/clean.json" --story "$T/story.json" | grep -q ": undrawn-event-place: " ||
    bad "checker: an event's place drawn nowhere is not undrawn-event-place"
$CHECK "$T/folded.json" --story "$T/story.json" > "$T/out" ||
    bad "checker: a place folded into a marker (its places) counts as undrawn: $(cat "$T/out")"
# The focus checker: a country's badge (a marker drawn before the country's
# name, `label`) counts as the box of the land its frame shows; a marker at
# a point (no `label`) as its centre.
python3 - "$T" <<'EOF'
import json, sys
t = sys.argv[1]
side = {"width": 400, "height": 300, "units": "px", "frames": [{"id": "main", "rect": [0, 0, 400, 300]}],
        "markers": [{"place": "capital", "frame": "main", "x": 60, "y": 60, "events": ["e1"]},
                    {"place": "isle", "frame": "main", "x": 120, "y": 100, "events": ["e2"], "label": 1}],
        "labels": [{"text": "Capital", "place": "capital", "frame": "main", "bbox": [66, 54, 110, 66]},
                   {"text": "ISLE", "place": "isle", "frame": "main", "country": "IS", "bbox": [126, 94, 160, 106]}],
        "countries": [{"country": "IS", "frame": "main", "visible": 0.3, "land": [40, 50, 360, 250],
                       "labelled": True}]}
json.dump(side, open(t + "/badge.json", "w"))
del side["markers"][1]["label"]
json.dump(side, open(t + "/point.json", "w"))
EOF
python3 "$HERE/check_focus.py" --fail "$T/badge.json" > "$T/out" ||
    bad "focus checker: a badge on land across the frame misses: $(cat "$T/out")"
python3 "$HERE/check_focus.py" --fail "$T/point.json" > "$T/out" &&
    bad "focus checker: two markers 60 px apart in a 400 px frame meet the target: $(cat "$T/out")"
echo '{"width": 1}' > "$T/broken.json"
$CHECK "$T/broken.json" > /dev/null 2> "$T/err"
[ $? -eq 2 ] && grep -q '^diplomap: ' "$T/err" || bad "checker: a broken sidecar is not exit 2 with a diplomap: message"

# --- render every story at the three sizes, check each map -------------------
. "$HERE/lib.sh"

summary() {  # summary NAME: maps with each kind, and the kinds' totals
    python3 - "$T/$1.counts" "$1" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
kinds = list(rows[0]["counts"]) if rows else []
maps = {k: sum(1 for r in rows if r["counts"][k]) for k in kinds}
total = {k: sum(r["counts"][k] for r in rows) for k in kinds}
print("%s: %d maps; maps with / total by kind:" % (sys.argv[2], len(rows)))
for k in kinds:
    print("  %-20s %4d maps %5d in all" % (k, maps[k], total[k]))
# Names of places without events that found no room (the layout's dropped_labels): reported.
print("  %-20s %4d maps %5d in all (context names with no room: reported, not a fault)"
      % ("dropped context", sum(1 for r in rows if r.get("dropped_labels")),
         sum(r.get("dropped_labels", 0) for r in rows)))
json.dump({"maps": len(rows), "maps_with": maps, "total": total}, open(sys.argv[1] + ".sum", "w"))
EOF
}

# ceiling NAME: NAME's counts no worse than its section of overlap-ceiling.json
# (a kind at 0 there is strict; a kind the section does not list is reported
# only).
ceiling() {
    python3 - "$T/$1.counts.sum" "$HERE/overlap-ceiling.json" "$1" <<'EOF' || fail=1
import json, sys
got = json.load(open(sys.argv[1]))
ceil = json.load(open(sys.argv[2]))[sys.argv[3]]
worse = []
for what in ("maps_with", "total"):
    for k, v in ceil[what].items():
        if got[what].get(k, 0) > v:
            worse.append("%s: %d %s (ceiling %d)" % (k, got[what][k], "maps" if what == "maps_with" else "in all", v))
for w in worse:
    print("FAIL: %s maps worse than overlap-ceiling.json: %s" % (sys.argv[3], w))
better = [k for k, v in ceil["maps_with"].items() if got["maps_with"].get(k, 0) < v]
if better and not worse:
    print("note: %s: fewer maps than the ceiling with %s: lower overlap-ceiling.json" % (sys.argv[3], ", ".join(better)))
sys.exit(1 if worse else 0)
EOF
}

# --- connectors: every inset of the seed's story is tied to its locator box ---
"$DIPLOMAP" --quiet render "$DM_SOURCE_DIR/docs/examples/seed-story.json" -o "$T/seed.png" --width 1600 --height 1000 \
    --layout-json "$T/seed.json" 2> "$T/err" || bad "the seed's story does not render: $(cat "$T/err")"
python3 - "$T/seed.json" <<'EOF' || fail=1
import json, sys
side = json.load(open(sys.argv[1]))
insets = {f["id"]: f["rect"] for f in side["frames"] if f["id"].startswith("inset")}
bad = [] if insets else ["the seed's story has no inset"]
for fid, r in insets.items():
    mine = [c["points"] for c in side.get("connectors", []) if c["frame"] == fid]
    if len(mine) != 2:
        bad.append("inset '%s' has %d connectors, not 2" % (fid, len(mine)))
    for p, q in mine:
        # each ends on a corner of the inset, and its middle is outside it
        corner = any(abs(q[0] - x) < 0.01 and abs(q[1] - y) < 0.01 for x in (r[0], r[2]) for y in (r[1], r[3]))
        mid = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]
        if not corner or (r[0] < mid[0] < r[2] and r[1] < mid[1] < r[3]):
            bad.append("connector %s of inset '%s' runs into it or misses its corners" % ([p, q], fid))
for b in bad:
    print("FAIL: connectors: " + b)
sys.exit(1 if bad else 0)
EOF
$CHECK "$T/seed.json" --fail-on connector,label-line > "$T/out" || bad "the seed's connectors: $(cat "$T/out")"

# --- 2. the repository's own stories: strict ----------------------------------
collect_stories "$T/stories.list" "$DM_SOURCE_DIR"/docs/examples/*.json "$DM_SOURCE_DIR"/docs/gallery/*.json \
    "$DM_SOURCE_DIR"/tests/articles/*.txt "$DM_SOURCE_DIR"/docs/examples/articles/*.txt
set --
while IFS= read -r s; do set -- "$@" "$s"; done < "$T/stories.list"
[ $# -ge 20 ] || bad "only $# stories in the repository"
run_set repo "off-canvas|off-frame|label-label|label-marker|label-line|label-furniture|furniture|dropped-label|undrawn-event-place" "1600x1000 1080x1080 640x800" png "$@"
summary repo
ceiling repo

# --- 3. the real-news corpus: every kind no worse ------------------------------
TEXTS=$SHARED/corpora/diplomacy-news/texts
if [ ! -d "$TEXTS" ]; then
    echo "SKIP: $TEXTS absent (../shared absent): the corpus maps are not checked"
else
    mkdir -p "$T/corpus"
    set --
    for a in "$TEXTS"/*.txt; do
        s=$T/corpus/$(basename "$a" .txt).json
        # An article the extractor refuses is not this test's concern.
        "$DIPLOMAP" --quiet extract "$a" -o "$s" 2>/dev/null && set -- "$@" "$s"
    done
    printf '%s\n' "$@" > "$T/corpus.list"
    # 0.3 s a map: one size (as SVG, the same layout) unless asked for more.
    run_set corpus all "${DM_OVERLAPS_CORPUS_SIZES:-1600x1000}" svg "$@"
    summary corpus
    ceiling corpus
    # Issue 16's focus target on the same maps: the events of the main
    # frame span a third of it (inset events at their locator box) on
    # 59 of the 60 maps with two or more (docs/accuracy.md); a little slack
    # for extraction changes, which change the maps counted: at least 50
    # maps and 95 % of them.
    set -- "$OUT"/corpus-*-1600x1000.json
    if [ -f "$1" ]; then
        python3 "$HERE/check_focus.py" --insets --min 50 --min-share 0.95 "$@" > "$T/focus" ||
            bad "focus: $(tail -1 "$T/focus") (at least 50 maps and 95 %)"
        tail -1 "$T/focus"
    fi
    set --
    while IFS= read -r a; do set -- "$@" "$a"; done < "$T/corpus.list"
    # Small screens: the corpus again at --size mobile (640x800, the legend
    # below the map), against its own section of the ceiling (+25 s).
    run_set corpus_mobile all 640x800 svg "$@"
    summary corpus_mobile
    ceiling corpus_mobile
fi
[ $fail -eq 0 ] && echo "PASS: overlaps"
exit $fail
