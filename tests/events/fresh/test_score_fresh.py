#!/usr/bin/env python3
"""score_fresh.py's arguments for the second set, and its place figures (no corpus, no binary needed).

The second selection rule's held part stays unseen: with --part held or all the scorer prints
figures only and refuses --errors, --extra and --stories with one line and exit 2, before it looks
for the binary or any article. The dev part takes --errors. --part belongs to --set 2 only.
The part filter is checked on a made-up selection (ids of our own), so no article is read.
"""
import contextlib
import io
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score_fresh  # noqa: E402
import selection  # noqa: E402

SCRIPT = os.path.join(HERE, "score_fresh.py")
NO_BINARY = "/nonexistent/diplomap"


def run(*args):
    p = subprocess.run([sys.executable, SCRIPT, "--diplomap", NO_BINARY, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr.splitlines()


def place(name, kind, lat, lon, optional=False, country="FR", mentions=()):
    return {"name": name, "kind": kind, "country": country, "lat": lat, "lon": lon, "optional": optional,
            "mentions": [list(m) for m in mentions]}


def place_cases():
    """The place figures on gold and stories of our own: right, non-place (by name and by a
    mention's own words), wrong referent, unlisted; recall of the required gold places; an
    article whose gold lists no places adds nothing; the floor's place checks."""
    bad = []
    text = "Valence greeted the envoys in Lyon before they drove on to the Alps."
    gold = {"events": [], "places": [place("Lyon", "city", 45.76, 4.84), place("Grenoble", "city", 45.19, 5.72),
                                     place("France", "country", 46.0, 2.0, optional=True)],
            "non_places": [{"name": "Valence", "why": "person"}, {"name": "Victoria", "why": "person"}]}
    story = {"events": [], "places": [
        place("Lyon", "city", 45.75, 4.85),                                  # right
        place("Victoria", "city", 48.43, -123.37, country="CA"),            # a gold non-place by its name
        place("Valence-sur-Baise", "city", 43.88, 0.38, mentions=[(0, 7)]),  # by the words of its mention
        place("Grenoble", "city", 44.0, -90.0, country="US"),               # a namesake: wrong referent
        place("Berlin", "city", 52.52, 13.4, country="DE")]}                # unlisted
    res = score_fresh.score_one(gold, story, text)
    other = {"events": [], "places": [], "non_places": []}  # a gold that lists no places
    res_other = score_fresh.score_one(other, story, text)
    pf = score_fresh.place_figures([(gold, story, res), (other, story, res_other)])
    want = {"articles": 1, "emitted": 5, "wrong": 4, "wrong_non_place": 2, "wrong_referent": 1, "wrong_unlisted": 1,
            "gold_required": 2, "gold_found": 1, "gold_optional": 1, "gold_optional_found": 0}
    got = {k: (pf or {}).get(k) for k in want}
    if got != want or (pf or {}).get("recall") != 0.5:
        bad.append(f"place figures {got}, recall {(pf or {}).get('recall')}: expected {want}, recall 0.5")
    if [g["name"] for g in score_fresh.missed_places(gold, story)] != ["Grenoble"]:
        bad.append("missed_places: expected the required gold place no emitted place matches (Grenoble)")
    if res_other["places"]["list"] or score_fresh.place_figures([(other, story, res_other)]) is not None:
        bad.append("an article whose gold lists no places gave place figures")
    # a gold country is found only by an emitted country (a town inside it does not find it)
    g2 = {"events": [], "places": [place("France", "country", 46.0, 2.0)], "non_places": []}
    if score_fresh.places_found(g2, {"places": [place("Lyon", "city", 45.76, 4.84)]}) != (1, 0) or \
       score_fresh.places_found(g2, {"places": [place("France", "country", 46.6, 2.4)]}) != (1, 1):
        bad.append("places_found: a gold country is found by an emitted country only")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        score_fresh.print_place_figures(pf)
    lines = buf.getvalue().splitlines()
    if len(lines) != 3 or "4 wrong of 5 emitted" not in lines[0] or "non-place 2" not in lines[0] or \
       "gold places found: 1 of 2 required (0.500), 0 of 1 optional" not in lines[2]:
        bad.append(f"printed place figures: {lines!r}")
    ev = {"f1": 0.5, "recall": 0.5}
    floor = {"event_f1": 0.1, "event_recall": 0.1, "wrong_place_share": 0.5, "place_recall": 0.6}
    fails = score_fresh.floor_failures(floor, ev, pf)
    if len(fails) != 2 or "wrong-place share 0.800 is above the ceiling 0.5" not in fails[0] or \
       "place recall 0.500 is below the floor 0.6" not in fails[1]:
        bad.append(f"floor_failures with places: {fails!r}")
    if score_fresh.floor_failures(floor, ev, None) or \
       score_fresh.floor_failures(dict(floor, wrong_place_share=0.9, place_recall=0.4), ev, pf):
        bad.append("floor_failures: a place check failed where it should pass or not apply")
    return bad


def main():
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        stories = os.path.join(tmp, "stories")
        for args, flag in ((("--set", "2", "--part", "held", "--errors"), "--errors"),
                           (("--set", "2", "--part", "all", "--errors", "--extra"), "--errors --extra"),
                           (("--set", "2", "--part", "held", "--stories", stories), "--stories")):
            rc, out, err = run(*args)
            if rc != 2 or out or len(err) != 1 or f"{flag} refused" not in err[0] or "never read" not in err[0]:
                bad.append(f"{' '.join(args)}: exit {rc}, stdout {out!r}, stderr {err!r}: expected exit 2 and "
                           f"one line refusing {flag}")
        if os.path.exists(stories):
            bad.append("--stories with the held part made its folder")
    rc, out, err = run("--set", "1", "--part", "dev")
    if rc != 2 or len(err) != 1 or "--part is for --set 2" not in err[0]:
        bad.append(f"--set 1 --part dev: exit {rc}, stderr {err!r}: expected one line, --part is for --set 2")
    # the dev part (the default) takes --errors: it goes on to look for the binary
    for args in (("--set", "2", "--errors"), ("--set", "2", "--part", "dev", "--errors", "--extra")):
        rc, out, err = run(*args)
        if rc != 2 or len(err) != 1 or "is not an executable" not in err[0]:
            bad.append(f"{' '.join(args)}: exit {rc}, stderr {err!r}: the dev part's errors are not refused")

    # the part filter, on a selection of our own
    made_up = [("geowebnews", str(i), None, 2) for i in range(40)] + [("lgl", str(9000 + i), "2009-03-01", 3)
                                                                      for i in range(40)]
    real = selection.selected
    selection.selected = lambda rule=1: made_up if rule == 2 else made_up[:5]
    try:
        dev, held, both = (score_fresh.articles(2, p) for p in ("dev", "held", "all"))
        first = score_fresh.articles(1, None)
    finally:
        selection.selected = real
    if any(selection.round2_part(c, i) != "dev" for c, i, _, _ in dev) or \
       any(selection.round2_part(c, i) != "held" for c, i, _, _ in held):
        bad.append("articles(2, part) keeps an article of the other part")
    if not dev or not held or sorted(dev + held) != sorted(both) or both != made_up:
        bad.append("the dev and held parts do not split the second rule's articles")
    if first != made_up[:5]:
        bad.append("articles(1, None) is not the first rule's selection")

    bad += place_cases()

    for b in bad:
        print(f"FAIL: {b}")
    print("score_fresh.py arguments: all cases passed" if not bad else f"{len(bad)} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
