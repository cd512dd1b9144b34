#!/bin/sh
# diplomap geocode: JSON fields (docs/formats.md section 3), text form, exit
# codes 0/1/2, diagnostics on stderr.
set -u
: "${DIPLOMAP:?DIPLOMAP must name the built diplomap binary}"
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

run() { # run EXPECTED_STATUS ARGS... ; stdout in $tmp/out, stderr in $tmp/err
    want=$1; shift
    "$DIPLOMAP" "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" -eq "$want" ]; then ok; else bad "diplomap $* exited $got, expected $want"; cat "$tmp/err"; fi
}

pycheck() { # pycheck DESCRIPTION PYTHON-EXPRESSION-ON-doc
    if python3 -c "import json,sys; doc=json.load(open('$tmp/out')); sys.exit(0 if ($2) else 1)"; then ok; else bad "$1"; cat "$tmp/out"; fi
}

# One resolved query: every contract field, with the right types.
run 0 geocode --json "P'yŏngyang"
pycheck "json array of one object" 'isinstance(doc, list) and len(doc) == 1'
pycheck "contract fields" 'all(k in doc[0] for k in ("query","name","lat","lon","kind","country","confidence","source","candidates"))'
pycheck "query echoed" 'doc[0]["query"] == "P\u0027y\u014fngyang"'
pycheck "Pyongyang coordinates" 'abs(doc[0]["lat"] - 39.03) < 0.1 and abs(doc[0]["lon"] - 125.75) < 0.1'
pycheck "kind/country/source" 'doc[0]["kind"] == "city" and doc[0]["country"] == "KP" and doc[0]["source"].startswith("geonames:")'
pycheck "confidence in 0..1" '0 < doc[0]["confidence"] <= 1'
pycheck "candidates list" 'isinstance(doc[0]["candidates"], list)'

# Several queries keep their order; an unknown one gets an error and exit 1.
run 1 geocode --json Pyongyang Xyzzyville "the White House"
pycheck "three results in order" 'len(doc) == 3 and doc[0]["name"] == "Pyongyang" and doc[2]["source"] == "curated:white-house"'
pycheck "unknown query error" 'doc[1] == {"query": "Xyzzyville", "error": "no place matches \u0027Xyzzyville\u0027"}'
grep -q "no place matches 'Xyzzyville'" "$tmp/err" && ok || bad "unknown query not reported on stderr"

# Candidates carry score; --limit bounds them.
run 0 geocode --json --limit 3 Portland
pycheck "candidates have fields" 'len(doc[0]["candidates"]) == 2 and all(set(("name","lat","lon","kind","country","score")) <= set(c) for c in doc[0]["candidates"])'

# Context: --country and --near.
run 0 geocode --json --country US Paris
pycheck "--country US gives Paris, Texas or another US Paris" 'doc[0]["country"] == "US"'
run 0 geocode --json --near 43.6,-70.3 Portland
pycheck "--near picks Portland, Maine" 'abs(doc[0]["lat"] - 43.66) < 0.2'
run 0 geocode --json "Woodside, California"
pycheck "qualified name" 'abs(doc[0]["lat"] - 37.43) < 0.1 and doc[0]["country"] == "US"'
run 0 geocode --json DMZ
pycheck "DMZ is a line" 'doc[0]["kind"] == "line"'

# Text form: one line per query, tab separated.
run 0 geocode Seoul Hanoi
[ "$(grep -c -v '^    ' "$tmp/out")" -eq 2 ] && ok || bad "text form: expected two lines"
grep -q "^Seoul	Seoul	37\.5" "$tmp/out" && ok || bad "text form: Seoul line"
[ ! -s "$tmp/err" ] && ok || bad "stderr not empty on success"

# Bad usage: exit 2 with a message on stderr, nothing on stdout.
run 2 geocode
run 2 geocode --limit 0 Seoul
grep -q -- "--limit" "$tmp/err" && ok || bad "--limit error message"
run 2 geocode --near 95,10 Seoul
run 2 geocode --near abc Seoul
run 2 geocode --country USA Seoul
run 2 geocode --bogus Seoul
run 2 geocode --json ""
pycheck "empty query error object" 'doc[0]["error"] == "empty query"'
[ ! -s "$tmp/err" ] && bad "no stderr message for bad usage" || ok

# A missing or corrupt index: exit 1, message names the file.
export DIPLOMAP_GAZETTEER="$tmp/none.idx"
run 1 geocode Seoul
grep -q "none.idx" "$tmp/err" && ok || bad "missing index not named"
printf 'garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage' >"$tmp/bad.idx"
export DIPLOMAP_GAZETTEER="$tmp/bad.idx"
run 1 geocode Seoul
grep -q "corrupt" "$tmp/err" && ok || bad "corrupt index not reported"
unset DIPLOMAP_GAZETTEER

# --help lists the options.
run 0 geocode --help
for o in --country --json --limit --near; do grep -q -- "$o" "$tmp/out" && ok || bad "--help lacks $o"; done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
