#!/bin/sh
# Issue 16's newsroom sizes. First --size itself (its presets, WxH, --width
# and --height over it, a bad value); then every story of docs/examples/*.json
# and tests/articles at every preset (mobile, social, square, portrait, a4)
# and at the default 1600x1000 (SVG, the a4 page as its PNG), each map's
# sidecar checked by check_sizes.py (every text at least 11 px, the a4
# page's PNG at 96 dpi; legend, source and credits below the map on canvases
# under 900 wide) and by check_overlaps.py: nothing off the canvas, no
# furniture over furniture, no label under the legend, the credits or a
# scale bar (strict); labels against labels, markers and lines no worse than
# the "sizes" section of overlap-ceiling.json.
# DM_SIZES_KEEP=DIR keeps the maps and sidecars there.
set -u
: "${DIPLOMAP:?DIPLOMAP must name the built tool}"
: "${DM_SOURCE_DIR:?}"
HERE=$DM_SOURCE_DIR/tests/layout
command -v python3 >/dev/null || { echo "SKIP: python3 not found"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
OUT=${DM_SIZES_KEEP:-$T/maps}
mkdir -p "$OUT"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
SEED=$DM_SOURCE_DIR/docs/examples/seed-story.json

# --- 1. --size ---------------------------------------------------------------
# png_size FILE: "W H" from the PNG header.
png_size() {
    python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' "$1"
}
for case in "mobile 640 800" "social 1200 675" "square 1080 1080" "portrait 1080 1350" "a4 794 1123" "800x600 800 600"; do
    set -- $case
    if "$DIPLOMAP" --quiet render "$SEED" -o "$T/p.png" --size "$1" 2> "$T/err"; then
        [ "$(png_size "$T/p.png")" = "$2 $3" ] || bad "--size $1: a $(png_size "$T/p.png") PNG, not $2 $3"
    else
        bad "--size $1 does not render: $(cat "$T/err")"
    fi
done
# a4 in print: the page itself, 595x842 pt.
"$DIPLOMAP" --quiet render "$SEED" -o "$T/p.pdf" --size a4 --layout-json "$T/p.json" 2> "$T/err" ||
    bad "--size a4 PDF does not render: $(cat "$T/err")"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(not (round(d["width"]) == 595 and round(d["height"]) == 842 and d["units"] == "pt"))' "$T/p.json" ||
    bad "--size a4 PDF: its sidecar is not a 595x842 pt page"
# --width and --height replace the preset's sides, before or after it.
"$DIPLOMAP" --quiet render "$SEED" -o "$T/w.png" --width 700 --size mobile && [ "$(png_size "$T/w.png")" = "700 800" ] ||
    bad "--width 700 --size mobile is not 700x800"
"$DIPLOMAP" --quiet render "$SEED" -o "$T/w.png" --size social --height 700 && [ "$(png_size "$T/w.png")" = "1200 700" ] ||
    bad "--size social --height 700 is not 1200x700"
# batch takes it too.
mkdir -p "$T/in" && cp "$SEED" "$T/in/seed.json"
"$DIPLOMAP" --quiet batch "$T/in" -o "$T/bo" --size square 2> "$T/err" && [ "$(png_size "$T/bo/seed.png")" = "1080 1080" ] ||
    bad "batch --size square: $(cat "$T/err")"
# A bad value: exit 2, one line naming the option and the values, no file.
for v in tablet 0x100 640x 640x800x; do
    "$DIPLOMAP" render "$SEED" -o "$T/bad.png" --size "$v" 2> "$T/err"
    rc=$?
    [ $rc -eq 2 ] && [ "$(wc -l < "$T/err")" -eq 1 ] && grep -q "^diplomap: --size: '$v' is not mobile, social, square, portrait, a4" "$T/err" &&
        [ ! -e "$T/bad.png" ] || bad "--size $v: exit $rc, '$(cat "$T/err")'"
done

# --- 2. every story at every size -------------------------------------------
. "$HERE/lib.sh"
collect_stories "$T/stories.list" "$DM_SOURCE_DIR"/docs/examples/*.json "$DM_SOURCE_DIR"/tests/articles/*.txt
set --
while IFS= read -r s; do set -- "$@" "$s"; done < "$T/stories.list"
[ $# -ge 15 ] || bad "only $# stories"
STRICT=off-canvas,furniture,label-furniture
STRICT_RE="off-canvas|furniture|label-furniture"
: > "$T/counts"
for story in "$@"; do
    base=$(basename "$story" .json)
    for size in mobile social square portrait a4 1600x1000; do
        case $size in
        *x*) opts="--width ${size%x*} --height ${size#*x}" ;;
        *) opts="--size $size" ;;
        esac
        map=$OUT/$base-$size
        # SVG has PNG's layout and units at scale 1 (and is quicker to
        # draw); the a4 page's PNG is at 96 dpi, so that one is a PNG.
        fmt=svg
        [ "$size" = a4 ] && fmt=png
        if ! "$DIPLOMAP" --quiet render "$story" -o "$map.$fmt" $opts --layout-json "$map.json" 2> "$T/err"; then
            bad "$base at $size does not render: $(cat "$T/err")"
            continue
        fi
        python3 "$HERE/check_sizes.py" "$map.json" --counts > "$T/out"
        rc=$?
        [ $rc -le 1 ] || bad "$map.json: check_sizes fails"
        grep -v '^{"file"' "$T/out" | sed "s|^$OUT/||;s|^|FAIL: |"
        [ $rc -eq 0 ] || fail=1
        grep '^{"file"' "$T/out" | sed "s|^|sizes $size |" >> "$T/counts"
        python3 "$HERE/check_overlaps.py" "$map.json" --fail-on "$STRICT" --counts > "$T/out"
        rc=$?
        [ $rc -le 1 ] || bad "$map.json: check_overlaps fails"
        grep -E ": ($STRICT_RE): " "$T/out" | sed "s|^$OUT/||;s|^|FAIL: |"
        [ $rc -eq 0 ] || fail=1
        grep '^{"file"' "$T/out" | sed "s|^|overlaps $size |" >> "$T/counts"
    done
done

# --- 3. the figures, and the ceiling for what is not strict ------------------
python3 - "$T/counts" "$HERE/overlap-ceiling.json" <<'EOF' || fail=1
import json, sys
small, maps, total = {}, {}, {}
for line in open(sys.argv[1]):
    what, size, j = line.split(" ", 2)
    d = json.loads(j)
    if what == "sizes":
        if d["smallest"] is not None:
            small[size] = min(small.get(size, 1e9), d["smallest"])
        continue
    for k, v in d["counts"].items():
        total[k] = total.get(k, 0) + v
        maps[k] = maps.get(k, 0) + (v > 0)
print("smallest text by size (px): " + ", ".join("%s %.2f" % (s, v) for s, v in small.items()))
print("maps with / total by kind: " + ", ".join("%s %d/%d" % (k, maps[k], total[k]) for k in total if total[k]))
ceil = json.load(open(sys.argv[2]))["sizes"]
worse = ["%s: %d maps (ceiling %d)" % (k, maps.get(k, 0), v) for k, v in ceil["maps_with"].items() if maps.get(k, 0) > v]
worse += ["%s: %d in all (ceiling %d)" % (k, total.get(k, 0), v) for k, v in ceil["total"].items() if total.get(k, 0) > v]
for w in worse:
    print("FAIL: worse than overlap-ceiling.json's sizes: " + w)
sys.exit(1 if worse else 0)
EOF
[ $fail -eq 0 ] && echo "PASS: sizes"
exit $fail
