#!/usr/bin/env python3
"""Recall on unseen news: score `diplomap extract` against the fresh event gold.

    score_fresh.py --diplomap BIN [--json] [--errors [--extra]] [--floor FILE] [--stories DIR] [-j N]

The articles are those tests/events/fresh/selection.py picks from the geoparsing corpora's dev
halves (../shared/eval/geoparsing, tests/eval/split_geoparsing.py; the held-out halves are never
read); the gold is tests/events/fresh/gold/CORPUS-ID.json, in the real-news gold's format and by
its guide (docs/accuracy.md, "Real-news events: annotation guide and matching rules"). Each
article is extracted as the precision audit extracts it (tests/events/audit.py: `--quiet`, and
`--date` with the publication day where the corpus gives one, LGL's download day) and matched
with tests/events/score.py's own matcher, so the figures read as the real-news dev half's do:
precision, recall and F1 of events, date and status among matched events, invented events, by
type family. The gold annotates events only (its places[] and non_places[] are empty), so no
place figures are printed. --floor FILE (tests/events/fresh/floor.json) fails (exit 1) when the
event F1 or recall is below its floor or an extraction fails. Exit 77 (skip) when the corpora
are absent. The articles are third-party copyright: this script prints none of their text.
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


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--diplomap", default=os.environ.get("DIPLOMAP"), help="the diplomap binary ($DIPLOMAP)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list each article's missed, wrong and invented events")
    ap.add_argument("--extra", action="store_true", help="with --errors, also the emitted events that match no "
                    "gold event but are not invented")
    ap.add_argument("--floor", help="JSON floors (event_f1, event_recall): fail when worse")
    ap.add_argument("--stories", help="keep and reuse stories in DIR (reused while newer than the binary)")
    ap.add_argument("--gold", default=GOLD_DIR)
    ap.add_argument("-j", type=int, default=2)
    a = ap.parse_args(argv)
    if not a.diplomap or not os.access(a.diplomap, os.X_OK):
        print(f"diplomap: score_fresh.py: --diplomap: {a.diplomap!r} is not an executable", file=sys.stderr)
        return 2
    sel = selection.selected()
    if sel is None:
        print(f"SKIP: {split_geoparsing.EVAL} absent (the geoparsing corpora live in ../shared)")
        return 77
    jobs, missing = [], []
    for c, aid, date, _ in sel:
        gpath = os.path.join(a.gold, f"{c}-{aid}.json")
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
        print(f"diplomap: score_fresh.py: {len(missing)} selected articles have no gold file in {a.gold}: "
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
    results, groups, failed = [], {}, []
    for (c, aid, _, gold), (story, err) in zip(jobs, stories):
        if story is None:
            failed.append(f"{c}-{aid}")
            print(f"diplomap: score_fresh.py: {c}-{aid}: extract failed: {err}", file=sys.stderr)
            story = {"places": [], "events": []}
        res = score.score_article(gold, story)
        res["places"]["list"] = []  # the gold lists no places: place figures would mean nothing
        results.append(res)
        groups.setdefault("corpus:" + c, []).append(res)
        if a.errors:
            score.print_errors(f"{c}-{aid}", gold, res, a.extra)
    total = score.figures(results)
    out = {"articles": len(results), "extract_failed": failed, "events": total["events"],
           "groups": {g: score.figures(r)["events"] for g, r in sorted(groups.items())}}
    if a.json:
        print(json.dumps(out, indent=2, sort_keys=True))
    else:
        print(f"fresh gold: {len(results)} geoparsing dev articles ({len(failed)} extract failures)")
        score.print_event_figures(total["events"])
        for g, r in sorted(groups.items()):
            e = score.figures(r)["events"]
            print(f"  {g}: {len(r)} articles, P {score.fmt(e['precision'])} R {score.fmt(e['recall'])} "
                  f"F1 {score.fmt(e['f1'])} (hits {e['hits']}, gold {e['gold']}, emitted {e['emitted']}, "
                  f"invented {e['invented']})")
    if a.floor:
        floor = score.load_floor(a.floor, "score_fresh.py")
        if floor is None:
            return 2
        e, bad = total["events"], []
        for key, name in (("event_f1", "f1"), ("event_recall", "recall")):
            if key in floor and (e[name] or 0.0) < floor[key]:
                bad.append(f"event {name} {score.fmt(e[name])} is below the floor {floor[key]}")
        return score.floor_verdict(a.floor, bad, failed, f"F1 {score.fmt(e['f1'])} >= {floor.get('event_f1')}, "
                                   f"recall {score.fmt(e['recall'])} >= {floor.get('event_recall')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
