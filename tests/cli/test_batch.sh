#!/bin/sh
# diplomap batch: many inputs (articles and stories) to maps in parallel;
# one bad input is reported and does not stop the others; exit 1 then.
. "$(dirname "$0")/lib.sh"

ARTICLES="$DM_SOURCE_DIR/tests/articles"
mkdir -p "$TMP/in"
cp "$ARTICLES"/*.txt "$TMP/in/"
cp "$SEED_STORY" "$TMP/in/seed.json"
n_in=$(ls "$TMP/in" | wc -l)

# A directory, two formats, two jobs: every input gives both files.
expect_exit 0 "batch dir" -- "$DIPLOMAP" batch "$TMP/in" -o "$TMP/maps" --format png,svg --jobs 2 --width 800 --height 500
for f in "$TMP"/in/*; do
  stem=$(basename "$f"); stem=${stem%.*}
  [ -s "$TMP/maps/$stem.png" ] && head -c 8 "$TMP/maps/$stem.png" | grep -q PNG && ok || bad "missing or bad $stem.png"
  [ -s "$TMP/maps/$stem.svg" ] && grep -q '<svg' "$TMP/maps/$stem.svg" && ok || bad "missing or bad $stem.svg"
done
[ "$(ls "$TMP/maps" | wc -l)" -eq $((n_in * 2)) ] && ok || bad "batch wrote $(ls "$TMP/maps" | wc -l) files, want $((n_in * 2))"
# Not a terminal: no progress bar, nothing on stderr but warnings (an
# article without a date), nothing on stdout.
grep -v '^diplomap: warning: ' "$TMP/err" >"$TMP/err.other"
[ ! -s "$TMP/err.other" ] && [ ! -s "$TMP/out" ] && ok || bad "batch without a terminal printed: $(head -c 300 "$TMP/err")"

# Same maps as render, one at a time (the parallel run shares nothing).
"$DIPLOMAP" render "$SEED_STORY" -o "$TMP/seed-single.png" --width 800 --height 500 2>/dev/null
cmp -s "$TMP/seed-single.png" "$TMP/maps/seed.png" && ok || bad "batch and render drew different seed maps"

# Files listed, a failure among them: the others are drawn, the failure is
# named in the summary, exit 1.
printf '{"diplomap": 1, "places": [{"id": "x", "name": "X"}]}\n' >"$TMP/broken.json"
printf 'not json' >"$TMP/garbage.json"
expect_exit 1 "batch with failures" -- "$DIPLOMAP" batch "$TMP/in/seed.json" "$TMP/broken.json" "$ARTICLES/americas-tariff-call.txt" "$TMP/garbage.json" -o "$TMP/mixed" --format pdf -j 3
[ -s "$TMP/mixed/seed.pdf" ] && [ -s "$TMP/mixed/americas-tariff-call.pdf" ] && ok || bad "good inputs were not drawn beside failures"
expect_absent "broken input" "$TMP/mixed/broken.pdf"
expect_absent "garbage input" "$TMP/mixed/garbage.pdf"
grep -q '^diplomap: batch: 2 of 4 inputs failed' "$TMP/err" && ok || bad "no failure summary: $(cat "$TMP/err")"
grep -q "broken.json: .*places\[0\]" "$TMP/err" && grep -q "garbage.json: .*invalid JSON" "$TMP/err" && ok ||
  bad "summary does not name each failure and why: $(cat "$TMP/err")"

# A failed input never clobbers an existing map of the same name.
echo keep >"$TMP/mixed/broken.pdf"
"$DIPLOMAP" batch "$TMP/broken.json" -o "$TMP/mixed" --format pdf 2>/dev/null
[ "$(cat "$TMP/mixed/broken.pdf")" = keep ] && ok || bad "a failed input modified an existing file"

# Default jobs (the processor count) and one job give the same files.
expect_exit 0 "batch one job" -- "$DIPLOMAP" batch "$TMP/in" -o "$TMP/serial" --jobs 1 --width 800 --height 500
for f in "$TMP"/serial/*.png; do cmp -s "$f" "$TMP/maps/$(basename "$f")" && ok || bad "$(basename "$f") differs between --jobs 1 and 2"; done

# Usage errors: exit 2, one line.
expect_exit 2 "no output dir" -- "$DIPLOMAP" batch "$TMP/in"
expect_message "no output dir" "-o OUTDIR is required"
expect_exit 2 "bad format" -- "$DIPLOMAP" batch "$TMP/in" -o "$TMP/x" --format png,gif
expect_message "bad format" "'gif' is not png, svg, pdf or html"
expect_exit 2 "bad jobs" -- "$DIPLOMAP" batch "$TMP/in" -o "$TMP/x" --jobs 0
expect_message "bad jobs" "--jobs"
mkdir -p "$TMP/empty"
expect_exit 2 "empty dir" -- "$DIPLOMAP" batch "$TMP/empty" -o "$TMP/x"
expect_message "empty dir" "no articles"
cp "$SEED_STORY" "$TMP/in/americas-tariff-call.json"
expect_exit 2 "name collision" -- "$DIPLOMAP" batch "$TMP/in" -o "$TMP/x"
expect_message "name collision" "would both be drawn"
rm "$TMP/in/americas-tariff-call.json"
expect_absent "no output dir created on usage errors" "$TMP/x"

# A progress bar only on a terminal (script(1) gives one, when present).
if command -v script >/dev/null; then
  script -qec "\"$DIPLOMAP\" batch \"$TMP/in\" -o \"$TMP/tty\" --jobs 2 --width 400 --height 300" /dev/null >"$TMP/tty.log" 2>&1
  grep -q "\[##############################\] $n_in/$n_in" "$TMP/tty.log" && ok || bad "no progress bar on a terminal: $(head -c 300 "$TMP/tty.log")"
fi
finish
