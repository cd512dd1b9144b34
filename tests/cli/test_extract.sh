#!/bin/sh
# diplomap extract: stdout and -o FILE, options, exit codes, safe writes.
. "$(dirname "$0")/lib.sh"
ARTICLE="${DM_SHARED_DIR:-$DM_SOURCE_DIR/../shared}/articles/yonhap-2025-06-12-trump-kim-letter.txt"
OWN="$DM_SOURCE_DIR/tests/articles/europe-helsinki-arms-talks.txt"

json_ok() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }

# The seed is the publisher's text, outside the repository: without it the
# seed's checks are skipped (and say so) and the rest runs.
if [ ! -f "$ARTICLE" ]; then
  echo "SKIP: the seed article's checks ($ARTICLE not found: ../shared absent)"
else
expect_exit 0 "extract to stdout" -- "$DIPLOMAP" extract "$ARTICLE"
if json_ok "$TMP/out" && grep -q '"dprk-un-mission"\|"permanent-mission' "$TMP/out"; then ok; else bad "stdout is not the seed story"; fi
[ -s "$TMP/err" ] && bad "extract printed to stderr: $(head -c 200 "$TMP/err")" || ok
# Line places carry their geometry (docs/formats.md): the demarcation line,
# which passes within 300 m of Panmunjom's Joint Security Area.
python3 - "$TMP/out" <<'PY' && ok || bad "the border line place has no usable geometry"
import json, math, sys
d = json.load(open(sys.argv[1]))
lines = [p for p in d["places"] if p["kind"] == "line"]
assert lines and all(p["geometry"] for p in lines)
coords = [c for part in lines[0]["geometry"]["coordinates"] for c in part]
def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[1], a[0], b[1], b[0]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))
assert min(km(c, (126.6773, 37.9560)) for c in coords) < 0.3
PY
fi

expect_exit 0 "extract -o" -- "$DIPLOMAP" extract "$OWN" -o "$TMP/story.json"
if json_ok "$TMP/story.json" && [ ! -s "$TMP/out" ]; then ok; else bad "-o did not write the story (or also printed it)"; fi

expect_exit 0 "options" -- "$DIPLOMAP" extract "$OWN" --title "Arms talks" --source "Wire, 2025-09-12" --date 2025-09-13 --output "$TMP/opt.json"
python3 - "$TMP/opt.json" <<'P' && ok || bad "--title/--source/--date not applied"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["title"] == "Arms talks" and s["source"] == "Wire, 2025-09-12" and s["date"] == "2025-09-13", s
P

# Bad input: exit 2, one-line message naming the file; nothing written.
printf '  \n ' >"$TMP/blank.txt"
echo keep >"$TMP/existing.json"
expect_exit 2 "blank article" -- "$DIPLOMAP" extract "$TMP/blank.txt" -o "$TMP/existing.json"
expect_message "blank article" "blank.txt"
[ "$(cat "$TMP/existing.json")" = keep ] && ok || bad "existing output modified on failure"
printf 'Talks in Seoul \377 ended.' >"$TMP/bad.txt"
expect_exit 2 "invalid UTF-8" -- "$DIPLOMAP" extract "$TMP/bad.txt" -o "$TMP/new.json"
expect_message "invalid UTF-8" "bad.txt:1:"
expect_absent "invalid UTF-8" "$TMP/new.json"
expect_exit 2 "bad --date" -- "$DIPLOMAP" extract "$OWN" --date 2025-02-30
expect_exit 1 "missing article" -- "$DIPLOMAP" extract "$TMP/nope.txt"
expect_message "missing article" "nope.txt"
expect_exit 1 "unwritable output" -- "$DIPLOMAP" extract "$OWN" -o "$TMP/no/such/dir/story.json"
expect_exit 2 "unknown option" -- "$DIPLOMAP" extract "$OWN" --tittle x
expect_exit 2 "no article" -- "$DIPLOMAP" extract

# --help lists every option, sorted.
expect_exit 0 "help" -- "$DIPLOMAP" extract --help
opts=$(sed -n '/^options:/,$p' "$TMP/out" | grep -o -- '--[a-z-]*' | grep -v -- '--help' | tr '\n' ' ')
[ "$opts" = "--date --format --output --source --title " ] && ok || bad "help options: $opts"

# Places an editor can trust (issue 15): sentences written for these tests.
# Each case: the article's text, the places that must be found (";"), the
# words that must not be places (";"). A place written NAME@LAT,LON must lie
# within 50 km of that point.
place_case() {
  printf '%s\n' "$2" >"$TMP/pc.txt"
  "$DIPLOMAP" extract "$TMP/pc.txt" --date 2025-05-01 >"$TMP/pc.json" 2>"$TMP/pc.err" || { bad "$1: extract failed"; return; }
  python3 - "$TMP/pc.json" "$3" "$4" <<'PY' && ok || bad "$1: $(cat "$TMP/pc.why")"
import json, sys
s = json.load(open(sys.argv[1]))
import math
names = {p["name"]: p for p in s["places"] if p.get("mentions")}
want = [w for w in sys.argv[2].split(";") if w]
never = [w for w in sys.argv[3].split(";") if w]
def km(p, lat, lon):
    la1, lo1, la2, lo2 = map(math.radians, (p["lat"], p["lon"], lat, lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))
why = [f"{w} read as a place" for w in never if w in names]
for w in want:
    name, _, at = w.partition("@")
    if name not in names:
        why.append(f"{name} missing")
    elif at and km(names[name], *map(float, at.split(","))) > 50:
        why.append(f"{name} at {names[name]['lat']},{names[name]['lon']}, not {at}")
open(sys.argv[1].replace("pc.json", "pc.why"), "w").write(", ".join(why) + f" (places: {sorted(names)})")
sys.exit(1 if why else 0)
PY
}
# People read as places: a surname alone after (or before) the full name, an
# East Asian surname first, a given name before a name, a title.
place_case "surname alone" "Talks on Cyprus

UN chief Kofi Annan met both leaders in Nicosia on Monday. Diplomats expect Annan to name a new mediator." "Nicosia" "Annan"
place_case "surname alone before the full name" "Envoy leaves

The envoy thanked Annan for his support. Later, the UN chief Kofi Annan flew to Geneva." "Geneva" "Annan"
place_case "East Asian surname first" "Envoy to step down

Han Sung Joo of South Korea will leave the post in Cyprus. Diplomats said Han was respected." "Cyprus" "Han"
place_case "given name before a found name" "Talks in Amman

Nabil Abu Rudeina, a senior aide to the Palestinian leader, spoke in Amman. Nabil gave no details." "Amman" "Nabil"
place_case "titles before names" "Visit to Jordan

King Hussein received the delegation in Amman, and Brig. Gen. Ali Shamkhani joined them." "Amman" "King;Brig"
place_case "two-word country after a known surname" "Visit

Costa met the delegation. The president then flew to Costa Rica on Monday." "Costa Rica" ""

# Names inside longer names: treaties, programmes and forums named after a
# town, names joined by a particle, acronyms.
place_case "treaty named after a town" "Alliance talks

Former Warsaw Pact members met in Prague on Friday. They also discussed the Kyoto Protocol." "Prague" "Warsaw;Kyoto"
place_case "accord named after a town" "Climate

The two leaders praised the Paris climate accord at their meeting in Ottawa." "Ottawa" "Paris"
place_case "particle inside a longer name" "Protest

Relatives of the missing marched to the Plaza de Mayo in Buenos Aires on Thursday." "Buenos Aires" "Mayo;Plaza"
place_case "acronym after its words" "Telecoms

Officials in Riyadh backed the Open Radio Access Network (ORAN) project on Monday." "Riyadh" "Oran"
place_case "programme and treaty acronyms" "Arms control

Ministers in Beijing reviewed the Belt and Road Initiative. In Moscow, envoys said START must be renewed." "Beijing;Moscow" "Belt;Start"

# The referent of an ambiguous name: a capital's small namesake abroad needs
# support nearer than the article's other places; "the city of" reads a city.
place_case "capital over a small namesake" "Envoy statement

The envoy briefed diplomats at UN headquarters in New York. A day later he spoke in Rome about the talks." "Rome@41.89,12.48;New York" ""
place_case "the city of" "Visit to Russia

The president toured the Russian city of Saint Petersburg on Friday." "Saint Petersburg@59.94,30.31" ""

# Misses: seas and summit resorts the gazetteer lacked (curated rows).
place_case "a sea and a resort" "Conference

Delegates met at the Bürgenstock resort in Switzerland after ministers of the Caspian Sea states gathered in Baku." "Bürgenstock@47.0,8.38;Caspian Sea;Baku" ""

finish
