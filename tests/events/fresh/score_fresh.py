#!/usr/bin/env python3
"""Recall on unseen news: score `diplomap extract` against the fresh event gold.

    score_fresh.py --diplomap BIN [--json] [--errors [--extra]] [--floor FILE] [--stories DIR] [-j N]
    score_fresh.py --diplomap BIN --set 2 [--part dev|held|all] [--json] [--errors [--extra]] [--floor FILE]

The articles are those tests/events/fresh/selection.py picks from the geoparsing corpora's dev
halves (../shared/eval/geoparsing, tests/eval/split_geoparsing.py; the held-out halves are never
read); the gold is tests/events/fresh/gold/CORPUS-ID.json, in the real-news gold's format and by
its guide (docs/accuracy.md, "Real-news events: annotation guide and matching rules"). Each
article is extracted as the precision audit extracts it (tests/events/audit.py: `--quiet`, and
`--date` with the publication day where the corpus gives one, LGL's download day) and matched
with tests/events/score.py's own matcher, so the figures read as the real-news dev half's do:
precision, recall and F1 of events, date and status among matched events, invented events, by
type family, and score.py's error classes for all articles and per corpus (why an emitted event
matched no gold event, why a gold event was missed, where in the article they sit). The first set's gold annotates events only (its places[] and non_places[] are
empty); the second set's lists the places an editor would draw and the non-places a careless
reader would map, so over the articles whose gold lists places the script also prints
score.py's place figures (emitted places that are wrong: a non-place, a wrong referent or
unlisted, and how far) and the recall of the gold's required places (found: an emitted place
within tolerance, a gold country or region only by an emitted country or region). --floor FILE
(tests/events/fresh/floor.json) fails (exit 1) when the event F1 or recall is below its floor,
the wrong-place share above its ceiling or the place recall below its floor (where the file
gives them), or an extraction fails. Exit 77 (skip) when the corpora
are absent. The articles are third-party copyright: this script prints none of their text.

--set 2 scores the second selection rule's articles (selection.py --round 2) against
tests/events/fresh/gold2/. That rule splits its articles into a dev part and a held part;
--part picks which are scored (dev by default, or held, or all). The held part stays unseen: with
--part held or all the script prints figures only and refuses --errors, --extra and --stories
(exit 2, one line), before any article is read or extracted. --set 1 (the default) is the first
rule's 26 articles and gold/, and takes no --part.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import audit  # noqa: E402  (tests/events/audit.py: extract as the audit does)
import score  # noqa: E402  (tests/events/score.py)
import selection  # noqa: E402
import split_geoparsing  # noqa: E402  (put on the path by selection)

GOLD_DIR = os.path.join(HERE, "gold")
GOLD_DIRS = {1: GOLD_DIR, 2: os.path.join(HERE, "gold2")}
PARTS = ("dev", "held", "all")


def refusal(a):
    """The one-line reason the arguments are refused, or None (checked before anything is read)."""
    if a.set == 1 and a.part is not None:
        return "--part is for --set 2 (the first set has no held part)"
    if a.set == 2 and a.part in ("held", "all"):
        asked = [f for f, on in (("--errors", a.errors), ("--extra", a.extra), ("--stories", a.stories)) if on]
        if asked:
            return (f"{' '.join(asked)} refused with --part {a.part}: the held part's errors and stories are "
                    "never read (figures only)")
    return None


def articles(rule, part):
    """The rule's selected articles [(corpus, id, date, hits)], the second rule's cut to one part."""
    sel = selection.selected(rule=rule)
    if sel is None or rule == 1 or part == "all":
        return sel
    return [s for s in sel if selection.round2_part(s[0], s[1]) == part]


def has_places(gold):
    """Whether the gold annotates the article's places (the first set's lists none)."""
    return bool(gold.get("places"))


def score_one(gold, story, text):
    """score.py's result for one article; its places are scored only when the gold lists them
    (the article's text lets a mention's own words be a gold non-place). The text also gives the
    error classes their sentences and paragraphs, whether or not the gold lists places."""
    if not has_places(gold):
        res = score.score_article(gold, story, text)
        res["places"]["list"] = []  # the gold lists no places: place figures would mean nothing
        return res
    return score.score_article(gold, story, text)


def missed_places(gold, story, optional=False):
    """The gold's required places (places[] not optional; with optional=True its optional ones)
    that no emitted place matches (score.py's rule for the places figure: a gold country or region
    only by an emitted country or region)."""
    emitted = story.get("places", [])
    return [g for g in gold.get("places", []) if bool(g.get("optional")) == optional
            and not any(score.place_match(g, p, "country") for p in emitted)]


def places_found(gold, story, optional=False):
    """(listed, found): how many required (or optional) places the gold lists and how many of them
    the story has."""
    n = sum(1 for g in gold.get("places", []) if bool(g.get("optional")) == optional)
    return n, n - len(missed_places(gold, story, optional))


def place_figures(scored):
    """The place figures over [(gold, story, result)], of the articles whose gold lists places
    (None when none does): score.py's figures and the recall of the gold's required places."""
    placed = [(g, s, r) for g, s, r in scored if has_places(g)]
    if not placed:
        return None
    req = found = opt = opt_found = 0
    for g, s, _ in placed:
        n, k = places_found(g, s)
        m, j = places_found(g, s, optional=True)
        req, found, opt, opt_found = req + n, found + k, opt + m, opt_found + j
    return dict(score.figures([r for _, _, r in placed])["places"], articles=len(placed), gold_required=req,
                gold_found=found, recall=score.ratio(found, req), gold_optional=opt, gold_optional_found=opt_found)


def print_place_figures(pf):
    score.print_place_figures(pf)
    print(f"  gold places found: {pf['gold_found']} of {pf['gold_required']} required ({score.fmt(pf['recall'])}), "
          f"{pf['gold_optional_found']} of {pf['gold_optional']} optional, over the {pf['articles']} articles whose "
          "gold lists places")


def floor_failures(floor, e, pf):
    """What is below its floor (event F1, recall; place recall) or above its ceiling (wrong-place
    share); the place checks apply when the gold lists places."""
    bad = []
    for key, name in (("event_f1", "f1"), ("event_recall", "recall")):
        if key in floor and (e[name] or 0.0) < floor[key]:
            bad.append(f"event {name} {score.fmt(e[name])} is below the floor {floor[key]}")
    if pf is not None:
        if "wrong_place_share" in floor and pf["wrong_share"] is not None and pf["wrong_share"] > floor["wrong_place_share"]:
            bad.append(f"wrong-place share {score.fmt(pf['wrong_share'])} is above the ceiling {floor['wrong_place_share']}")
        if "place_recall" in floor and (pf["recall"] or 0.0) < floor["place_recall"]:
            bad.append(f"place recall {score.fmt(pf['recall'])} is below the floor {floor['place_recall']}")
    return bad


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--diplomap", default=os.environ.get("DIPLOMAP"), help="the diplomap binary ($DIPLOMAP)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list each article's missed, wrong and invented events "
                    "(and its wrong places and missed required places where the gold lists places)")
    ap.add_argument("--extra", action="store_true", help="with --errors, also the emitted events that match no "
                    "gold event but are not invented")
    ap.add_argument("--floor", help="JSON floors (event_f1, event_recall, place_recall; wrong_place_share, a "
                    "ceiling): fail when worse")
    ap.add_argument("--stories", help="keep and reuse stories in DIR (reused while newer than the binary)")
    ap.add_argument("--gold", help="the gold folder (default: gold/ for set 1, gold2/ for set 2)")
    ap.add_argument("--set", type=int, choices=(1, 2), default=1, help="the selection rule's articles: 1 "
                    "(default, gold/) or 2 (the second rule's, gold2/)")
    ap.add_argument("--part", choices=PARTS, help="with --set 2: the dev part (default), the held part (figures "
                    "only) or all")
    ap.add_argument("-j", type=int, default=2)
    a = ap.parse_args(argv)
    why = refusal(a)
    if why:
        print(f"diplomap: score_fresh.py: {why}", file=sys.stderr)
        return 2
    part = (a.part or "dev") if a.set == 2 else None
    gold_dir = a.gold or GOLD_DIRS[a.set]
    if not a.diplomap or not os.access(a.diplomap, os.X_OK):
        print(f"diplomap: score_fresh.py: --diplomap: {a.diplomap!r} is not an executable", file=sys.stderr)
        return 2
    sel = articles(a.set, part)
    if sel is None:
        print(f"SKIP: {split_geoparsing.EVAL} absent (the geoparsing corpora live in ../shared)")
        return 77
    jobs, missing = [], []
    for c, aid, date, _ in sel:
        gpath = os.path.join(gold_dir, f"{c}-{aid}.json")
        if not os.path.exists(gpath):
            missing.append(f"{c}-{aid}")
            continue
        try:
            gold = score.load_gold(gpath)
        except score.GoldError as ex:
            print(f"diplomap: {ex}", file=sys.stderr)
            return 2
        jobs.append((c, aid, date, gold))
    if missing:
        print(f"diplomap: score_fresh.py: {len(missing)} selected articles have no gold file in {gold_dir}: "
              + " ".join(missing), file=sys.stderr)
        return 2

    def run(job):
        c, aid, date, gold = job
        path = os.path.join(split_geoparsing.EVAL, c, "articles", aid + ".txt")
        cache = os.path.join(a.stories, c, aid + ".json") if a.stories else None
        if cache:
            os.makedirs(os.path.dirname(cache), exist_ok=True)
        try:
            return audit.extract(a.diplomap, path, date, cache), None
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as ex:
            return None, str(ex).splitlines()[-1] if str(ex) else type(ex).__name__

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.j)) as ex:
        stories = list(ex.map(run, jobs))
    results, scored, groups, failed = [], [], {}, []
    for (c, aid, _, gold), (story, err) in zip(jobs, stories):
        if story is None:
            failed.append(f"{c}-{aid}")
            print(f"diplomap: score_fresh.py: {c}-{aid}: extract failed: {err}", file=sys.stderr)
            story = {"places": [], "events": []}
        with open(os.path.join(split_geoparsing.EVAL, c, "articles", aid + ".txt"), encoding="utf-8") as f:
            res = score_one(gold, story, f.read())
        results.append(res)
        scored.append((gold, story, res))
        groups.setdefault("corpus:" + c, []).append(res)
        if a.errors:
            score.print_errors(f"{c}-{aid}", gold, res, a.extra)
            for g in missed_places(gold, story):
                print(f"{c}-{aid}: place missed: {g['name']} ({g.get('kind')})")
    total = score.figures(results)
    pf = place_figures(scored)
    out = {"articles": len(results), "extract_failed": failed, "events": total["events"],
           "groups": {g: score.figures(r)["events"] for g, r in sorted(groups.items())}}
    if part:
        out["set"], out["part"] = a.set, part
    if pf is not None:  # the first set's gold lists no places: its output stays as it was
        out["places"] = pf
    if a.json:
        print(json.dumps(out, indent=2, sort_keys=True))
    else:
        what = f"fresh gold, set 2, {part} part" if part else "fresh gold"
        print(f"{what}: {len(results)} geoparsing dev articles ({len(failed)} extract failures)")
        score.print_event_figures(total["events"])
        if pf is not None:
            print_place_figures(pf)
        for g, r in sorted(groups.items()):
            e = score.figures(r)["events"]
            print(f"  {g}: {len(r)} articles, P {score.fmt(e['precision'])} R {score.fmt(e['recall'])} "
                  f"F1 {score.fmt(e['f1'])} (hits {e['hits']}, gold {e['gold']}, emitted {e['emitted']}, "
                  f"invented {e['invented']})")
        score.print_class_figures([("all", total["events"])]
                                  + [(g, score.figures(r)["events"]) for g, r in sorted(groups.items())])
    if a.floor:
        floor = score.load_floor(a.floor, "score_fresh.py")
        if floor is None:
            return 2
        e = total["events"]
        passed = f"F1 {score.fmt(e['f1'])} >= {floor.get('event_f1')}, recall {score.fmt(e['recall'])} >= {floor.get('event_recall')}"
        if pf is not None and ("wrong_place_share" in floor or "place_recall" in floor):
            passed += (f", wrong-place share {score.fmt(pf['wrong_share'])} <= {floor.get('wrong_place_share')}, "
                       f"place recall {score.fmt(pf['recall'])} >= {floor.get('place_recall')}")
        return score.floor_verdict(a.floor, floor_failures(floor, e, pf), failed, passed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
