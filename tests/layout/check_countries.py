#!/usr/bin/env python3
"""Country labels and frame edges in the layout sidecar (docs/formats.md section 2, issue 16).

    check_countries.py SIDECAR.json --story STORY.json [--fail-on KINDS] [--counts]

The story's countries are the codes of its places of kind country and its events'
participants. The sidecar's `countries[]` says how much of each one's land every frame
shows (`visible`, a share of the frame) and `labels[]` carry a country label's `country`.
Reports, one line each:
  unlabelled-country  a country of the story shows at least MEANINGFUL of the main frame
                      as land and has no label there (a country label, or the label of its
                      own marker: talks "in Qatar")
  korea-untold        North and South Korea both show at least KOREA_MEANINGFUL of a frame
                      and one of them has no label in it
  cut-label           a label (or an edge pointer's name) crosses its frame's edge
  country-overlap     check_overlaps.py finds a country label over another label, a marker,
                      the title, legend, credits, a scale bar, an inset or a locator box, or
                      crossed by a line
  no-countries        the sidecar has no `countries[]` although the story has countries
Exit status: 1 when a kind listed in --fail-on (default: all) was found, 2 for bad input,
0 otherwise. --counts prints one JSON line at the end: the counts by kind, and
`countries`/`labelled`, the story's countries that meaningfully show in the main frame and
those of them labelled there.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_overlaps  # noqa: E402
from check_overlaps import EPS, box4  # noqa: E402

KINDS = ["unlabelled-country", "korea-untold", "cut-label", "country-overlap", "no-countries"]
MEANINGFUL = 0.01        # share of the main frame: a country showing this much land is named
KOREA_MEANINGFUL = 0.01  # share of a frame each Korea shows for both to be named there


def story_countries(story):
    codes = []
    for p in story.get("places", []):
        if p.get("kind") == "country" and isinstance(p.get("country"), str) and len(p["country"]) == 2:
            codes.append(p["country"])
    for e in story.get("events", []):
        codes += [c for c in e.get("participants", []) if isinstance(c, str) and len(c) == 2]
    return list(dict.fromkeys(codes))


def check(side, story):
    """Returns (findings, countries meaningfully shown in the main frame, of them labelled)."""
    found = []
    frames = {f["id"]: box4(f["rect"], "frames[%d].rect" % i) for i, f in enumerate(side.get("frames", []))}
    labels = side.get("labels", [])
    codes = story_countries(story)
    if codes and "countries" not in side:
        found.append(("no-countries", "the sidecar lists no countries (the story has %s)" % ", ".join(codes)))
    places = {p.get("id"): p for p in story.get("places", [])}

    def named(code, fid):
        for l in labels:
            if l.get("frame", "main") != fid:
                continue
            if l.get("country") == code:
                return True
            p = places.get(l.get("place"))
            if p and p.get("kind") == "country" and p.get("country") == code:
                return True
        return False

    views = {(v["country"], v["frame"]): float(v["visible"]) for v in side.get("countries", [])}
    shown, labelled = [], []
    for code in codes:
        if views.get((code, "main"), 0) >= MEANINGFUL:
            shown.append(code)
            if named(code, "main"):
                labelled.append(code)
            else:
                found.append(("unlabelled-country", "%s shows %.1f %% of the main frame and has no label there"
                              % (code, 100 * views[(code, "main")])))
    if "KP" in codes and "KR" in codes:
        for fid in frames:
            if all(views.get((c, fid), 0) >= KOREA_MEANINGFUL for c in ("KP", "KR")):
                for c in ("KP", "KR"):
                    if not named(c, fid):
                        found.append(("korea-untold", "both Koreas show in frame '%s' and %s has no label" % (fid, c)))

    # Every label and pointer name inside its own frame.
    texts = [(box4(l["bbox"], "labels[%d].bbox" % i), l.get("frame", "main"), "label '%s'" % l.get("text", ""))
             for i, l in enumerate(labels)]
    texts += [(box4(p["bbox"], "pointers[%d].bbox" % i), p.get("frame", "main"), "pointer '%s'" % p.get("text", ""))
              for i, p in enumerate(side.get("pointers", []))]
    for box, fid, name in texts:
        r = frames.get(fid)
        if r and (box[0] < r[0] - EPS or box[1] < r[1] - EPS or box[2] > r[2] + EPS or box[3] > r[3] + EPS):
            found.append(("cut-label", "%s at [%.1f, %.1f, %.1f, %.1f] crosses the edge of frame '%s'"
                          % (name, box[0], box[1], box[2], box[3], fid)))

    # Country labels over nothing at all: what the overlap checker finds
    # against a label whose text only a country's label has.
    country_texts = {l.get("text") for l in labels if l.get("country")}
    country_texts -= {l.get("text") for l in labels if not l.get("country")}
    for kind, msg in check_overlaps.check(side):
        if kind.startswith("label-") and any("label '%s'" % t in msg for t in country_texts):
            found.append(("country-overlap", msg))
    return found, shown, labelled


def main(argv):
    args, story_path, fail_on, counts = [], None, set(KINDS), False
    it = iter(argv[1:])
    for a in it:
        if a == "--story":
            story_path = next(it, None)
        elif a == "--fail-on":
            v = next(it, "")
            fail_on = set(k for k in v.split(",") if k) if v != "none" else set()
            if fail_on - set(KINDS):
                print("diplomap: check_countries: --fail-on: unknown kind '%s'" % sorted(fail_on - set(KINDS))[0],
                      file=sys.stderr)
                return 2
        elif a == "--counts":
            counts = True
        else:
            args.append(a)
    if len(args) != 1 or not story_path:
        print("diplomap: check_countries: usage: check_countries.py SIDECAR.json --story STORY.json "
              "[--fail-on KINDS|none] [--counts]", file=sys.stderr)
        return 2
    path = args[0]
    try:
        with open(path, encoding="utf-8") as f:
            side = json.load(f)
        with open(story_path, encoding="utf-8") as f:
            story = json.load(f)
        found, shown, labelled = check(side, story)
    except (OSError, ValueError, KeyError, TypeError) as e:
        print("diplomap: %s: %s" % (path, e), file=sys.stderr)
        return 2
    n = {k: 0 for k in KINDS}
    for kind, msg in found:
        n[kind] += 1
        print("%s: %s: %s" % (path, kind, msg))
    if counts:
        print(json.dumps({"file": path, "counts": n, "countries": shown, "labelled": labelled}))
    return 1 if any(n[k] for k in fail_on) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
