#!/usr/bin/env python3
"""List the persons errors of matched events on the real-news dev half (issue 14, persons).

    persons.py --diplomap BUILD/diplomap [--only ID...] [--stories DIR] [--all]

For every dev text with gold, it matches events as score.py does and, for each matched event
(type family + place, optional gold left out as score.py does) whose persons differ from the
gold's, prints the id, the event, the gold and emitted persons, the gold persons missed and the
emitted ones extra (score.py's rule: the same surname or the same whole name), and the spans
of the gold event and of the emitted mentions (code points) so the sentence can be read in the
text. --all prints the agreeing events too. Dev half only: the test half's individual errors
are not read. The texts are the publishers' copyright: this script never prints them.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import score  # noqa: E402  (tests/events/score.py)
import split  # noqa: E402


def split_persons(gold_names, emitted_names):
    """(missed gold names, extra emitted names), distinct by surname as score.py counts them."""
    gold = list({score.surname(n): n for n in gold_names}.values())
    emitted = list({score.surname(n): n for n in emitted_names}.values())

    def same(g, e):
        return score.surname(g) == score.surname(e) or score.name_key(g) == score.name_key(e)

    missed = [g for g in gold if not any(same(g, e) for e in emitted)]
    extra = [e for e in emitted if not any(same(g, e) for g in gold)]
    return missed, extra


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--diplomap", default=os.environ.get("DIPLOMAP"), help="the diplomap binary ($DIPLOMAP)")
    ap.add_argument("--only", nargs="*", help="these ids only (of the dev half)")
    ap.add_argument("--stories", help="keep and reuse extracted stories in DIR (as score.py)")
    ap.add_argument("--all", action="store_true", help="print events whose persons agree too")
    a = ap.parse_args(argv)
    if not a.diplomap or not os.access(a.diplomap, os.X_OK):
        print(f"diplomap: persons.py: --diplomap: {a.diplomap!r} is not an executable", file=sys.stderr)
        return 2
    texts = os.path.join(score.CORPUS, "texts")
    if not os.path.isdir(texts):
        print(f"SKIP: {texts} absent (the corpus lives beside the checkout in ../shared)")
        return 77
    ids = [i for i in sorted(score.read_index(score.CORPUS)) if split.half(i) == "dev"]
    if a.only:
        ids = [i for i in ids if i in set(a.only)]
    n_missed = n_extra = 0
    for doc_id in ids:
        gpath = os.path.join(score.GOLD_DIR, doc_id + ".json")
        if not os.path.exists(gpath):
            continue
        gold = score.load_gold(gpath)
        story, err = score.extract(a.diplomap, os.path.join(texts, doc_id + ".txt"), a.stories, doc_id)
        if story is None:
            print(f"diplomap: persons.py: {doc_id}: extract failed: {err}", file=sys.stderr)
            continue
        _counts, detail = score.match_events(gold, story)
        gevs, eevs = gold.get("events", []), detail["events"]
        for ei, gi in detail["pairs"]:
            g, e = gevs[gi], eevs[ei]
            if g.get("optional"):
                continue
            missed, extra = split_persons(g.get("persons") or [], e["persons"])
            n_missed += len(missed)
            n_extra += len(extra)
            if not (missed or extra or a.all):
                continue
            spans = ",".join(f"{m[0]}-{m[1]}" for m in e["mentions"])
            print(f"{doc_id} e{ei + 1} {score.describe_emitted(e)}  gold span {g.get('span')}  mentions {spans}")
            print(f"    gold {g.get('persons') or []}  emitted {e['persons']}")
            if missed:
                print(f"    missed {missed}")
            if extra:
                print(f"    extra  {extra}")
    print(f"persons: {n_missed} gold persons missed, {n_extra} emitted persons extra (matched events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
