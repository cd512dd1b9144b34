#!/usr/bin/env python3
"""Inter-annotator agreement between two event golds (issue 14, twenty-seventh round).

    agreement.py [--a DIR] [--b DIR] [--only ID...] [--json] [--list]

A is the first gold (default tests/events/gold/), B the second (default tests/events/gold-second/,
a blind second annotation of the sample of second_sample.py); the texts compared are those B has.
B is scored against A with the scorer's own matcher (score.match_events: type family, place
within the gold kind's tolerance, one to one, required gold first): B's events are turned into a
story whose events carry B's places, dates and statuses and whose mentions are B's spans. Per
half (split.py) it prints:

* events paired between annotators (type family + place) and, of those, with the same date
  (the scorer's date rule, A's date as the gold) and the same status;
* required and optional counts per annotator, and a table of how each annotator's required and
  optional events fare with the other: required there, optional there, or missing (no pair);
* agreement as F1 of B against A, read as the scorer reads a system: B's required events are
  "emitted", A's optional events are neutral (precision hits / (B required - those paired with
  A optional), recall hits / A required), a hit being family + place + date + status; beside it
  the same with A and B swapped, and the F1 of family and place alone;
* persons of the paired events, B's against A's matched as the scorer matches them
  (score.persons_matched: surname or whole name), over all pairs and over the pairs whose A event
  is required (those the scorer counts persons on): P / R / F1, persons per pair of each, and the
  pairs where only one annotator names anyone;
* the unpaired events of one annotator that an unpaired event of the other would have matched
  but for the place (same family and date, one of them placeless or placed beyond tolerance) or
  but for the type family (same date, overlapping spans), and Cohen's kappa of the optional flag
  over the paired events.

--list prints every pair and every unpaired event (ids, types, dates, statuses, place names,
spans, counts of persons; never text or persons' names). The texts are the publishers' copyright: this script reads only the gold files.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import split  # noqa: E402  (tests/events/split.py)
from score import FAMILY, date_match, load_gold, match_events, persons_matched, status_match  # noqa: E402

GOLD_A = os.path.join(HERE, "gold")
GOLD_B = os.path.join(HERE, "gold-second")


def as_story(gold, required_only=False):
    """A gold document read as a diplomap story: one story place per event place, events with
    their type, date, status, persons and the gold span as their one mention. With
    required_only, the optional events are left out (what a system would be asked to emit)."""
    places, events = [], []
    for ev in gold.get("events", []):
        if required_only and ev.get("optional"):
            continue
        ids = []
        for p in ev.get("places", []):
            places.append(dict(p, id=f"p{len(places)}"))
            ids.append(places[-1]["id"])
        events.append({"type": ev["type"], "date": ev.get("date"), "status": ev.get("status", "unknown"),
                       "places": ids, "mentions": [ev["span"]] if ev.get("span") else [],
                       "persons": ev.get("persons") or []})
    return {"places": places, "events": events}


def opt(ev):
    return "optional" if ev.get("optional") else "required"


def compare(a, b):
    """Pairs of A and B events (all of both, optional included) by the scorer's matcher, and the
    cross-table of required/optional/missing. Returns a dict of counts and the detail lists."""
    story = as_story(b)
    _, det = match_events(a, story)
    gevs, bevs = a.get("events", []), b.get("events", [])
    pairs = det["pairs"]  # (b index, a index)
    c = {k: 0 for k in ("a_required", "a_optional", "b_required", "b_optional", "paired", "paired_date",
                        "paired_date_status", "rr", "ro", "or", "oo", "r_missing_in_b", "o_missing_in_b",
                        "r_missing_in_a", "o_missing_in_a", "near_place", "near_type")}
    c.update({f"persons_{w}_{k}": 0 for w in PERSON_PAIRS for k in PERSON_COUNTS})
    for ev in gevs:
        c["a_" + opt(ev)] += 1
    for ev in bevs:
        c["b_" + opt(ev)] += 1
    rows = []
    for bi, ai in pairs:
        ga, eb = gevs[ai], bevs[bi]
        d_ok = date_match(ga.get("date"), eb.get("date"))[0]
        s_ok = status_match(ga.get("status", "unknown"), eb.get("status", "unknown"), FAMILY[ga["type"]])
        c["paired"] += 1
        c["paired_date"] += d_ok
        c["paired_date_status"] += d_ok and s_ok
        c[opt(ga)[0] + opt(eb)[0]] += 1
        count_persons(c, ga, eb)
        rows.append(("pair", ai, bi, d_ok, s_ok))
    used_a = {ai for _, ai in pairs}
    used_b = {bi for bi, _ in pairs}
    lone_a = [i for i in range(len(gevs)) if i not in used_a]
    lone_b = [i for i in range(len(bevs)) if i not in used_b]
    for i in lone_a:
        c[("r" if not gevs[i].get("optional") else "o") + "_missing_in_b"] += 1
        rows.append(("only A", i, None, None, None))
    for i in lone_b:
        c[("r" if not bevs[i].get("optional") else "o") + "_missing_in_a"] += 1
        rows.append(("only B", None, i, None, None))
    # Unpaired on both sides with the same date: the same family means they disagree on the place
    # alone; overlapping spans and another family, on the type alone.
    taken = set()
    for i in lone_a:
        for j in lone_b:
            if j in taken or not date_match(gevs[i].get("date"), bevs[j].get("date"))[0]:
                continue
            if FAMILY[gevs[i]["type"]] == FAMILY[bevs[j]["type"]]:
                c["near_place"] += 1
            elif overlaps(gevs[i].get("span"), bevs[j].get("span")):
                c["near_type"] += 1
            else:
                continue
            taken.add(j)
            break
    return c, rows


# Persons of paired events, B read as a system against A: over every pair, and over the pairs
# whose A event is required (the pairs the scorer counts persons on).
PERSON_PAIRS = ("all", "required")
PERSON_COUNTS = ("pairs", "a", "b", "ok", "a_only", "b_only")


def count_persons(c, ga, eb):
    """Add one pair's persons, matched as score.persons_matched matches them (distinct surnames;
    an A person is right when a B person has its surname or its whole name). "a_only" and
    "b_only" count the pairs where one annotator lists persons and the other none."""
    na, nb, ok = persons_matched(ga.get("persons") or [], eb.get("persons") or [])
    for w in PERSON_PAIRS:
        if w == "required" and ga.get("optional"):
            continue
        c[f"persons_{w}_pairs"] += 1
        c[f"persons_{w}_a"] += na
        c[f"persons_{w}_b"] += nb
        c[f"persons_{w}_ok"] += ok
        c[f"persons_{w}_a_only"] += bool(na and not nb)
        c[f"persons_{w}_b_only"] += bool(nb and not na)


def persons_figures(c, w):
    """P / R / F1 of B's persons against A's on the pairs w, and persons per pair of each."""
    p, r, f = f1_of(c[f"persons_{w}_ok"], c[f"persons_{w}_b"], c[f"persons_{w}_a"])
    n = c[f"persons_{w}_pairs"]
    return {"pairs": n, "precision": p, "recall": r, "f1": f,
            "a_per_pair": c[f"persons_{w}_a"] / n if n else None,
            "b_per_pair": c[f"persons_{w}_b"] / n if n else None,
            **{k: c[f"persons_{w}_{k}"] for k in ("a", "b", "ok", "a_only", "b_only")}}


def overlaps(s, t):
    return bool(s and t and min(s[1], t[1]) > max(s[0], t[0]))


def kappa(c):
    """Cohen's kappa of the optional flag over the paired events (chance agreement from each
    annotator's own share of optional among them); None when undefined."""
    n = c["rr"] + c["ro"] + c["or"] + c["oo"]
    if not n:
        return None
    seen = (c["rr"] + c["oo"]) / n
    a_opt, b_opt = (c["or"] + c["oo"]) / n, (c["ro"] + c["oo"]) / n
    chance = a_opt * b_opt + (1 - a_opt) * (1 - b_opt)
    return None if chance == 1 else (seen - chance) / (1 - chance)


def scored(a, b):
    """B's required events scored as a system against A (the scorer's counts)."""
    c, _ = match_events(a, as_story(b, required_only=True))
    return c


def f1_of(hits, emitted, gold):
    p = hits / emitted if emitted else None
    r = hits / gold if gold else None
    f = None if p is None or r is None else (0.0 if p + r == 0 else 2 * p * r / (p + r))
    return p, r, f


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


def describe(ev):
    where = "/".join(p.get("name", "?") for p in ev.get("places", [])) or "-"
    return (f"{ev['type']:<9} {ev.get('date') or 'null':<10} {ev.get('status', 'unknown'):<9} {opt(ev):<8} "
            f"{where} {ev.get('span')}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--a", default=GOLD_A, help="the first gold (default tests/events/gold)")
    ap.add_argument("--b", default=GOLD_B, help="the second gold (default tests/events/gold-second)")
    ap.add_argument("--only", nargs="*", help="these ids only")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--list", action="store_true", help="print every pair and unpaired event")
    a = ap.parse_args(argv)
    # The texts both golds have (B's sample), or those of --only among them.
    second = sorted(f[:-5] for f in os.listdir(a.b) if f.endswith(".json")) if os.path.isdir(a.b) else []
    ids = [i for i in second if (not a.only or i in a.only) and os.path.exists(os.path.join(a.a, i + ".json"))]
    if not ids:
        print(f"SKIP: no text has a gold file in both {a.a} and {a.b}")
        return 77
    halves = {}
    for doc_id in ids:
        ga, gb = load_gold(os.path.join(a.a, doc_id + ".json")), load_gold(os.path.join(a.b, doc_id + ".json"))
        c, rows = compare(ga, gb)
        ab, ba = scored(ga, gb), scored(gb, ga)
        h = halves.setdefault(split.half(doc_id), {"texts": 0, "cross": {}, "ab": {}, "ba": {}})
        h["texts"] += 1
        for k, v in c.items():
            h["cross"][k] = h["cross"].get(k, 0) + v
        for key, src in (("ab", ab), ("ba", ba)):
            for k in ("hits", "matched", "emitted_counted", "gold", "matched_optional", "invented"):
                h[key][k] = h[key].get(k, 0) + src[k]
        if a.list:
            print(f"== {doc_id} ({split.half(doc_id)})")
            for kind, ai, bi, d_ok, s_ok in rows:
                if kind == "pair":
                    na, nb, ok = persons_matched(ga["events"][ai].get("persons") or [], gb["events"][bi].get("persons") or [])
                    print(f"  pair  date {'ok' if d_ok else 'NO'} status {'ok' if s_ok else 'NO'} "
                          f"persons A {na} B {nb} agreed {ok}")
                    print(f"     A {describe(ga['events'][ai])}")
                    print(f"     B {describe(gb['events'][bi])}")
                else:
                    ev = ga["events"][ai] if ai is not None else gb["events"][bi]
                    print(f"  {kind}  {describe(ev)}")
    out = {}
    for half in ("dev", "test", "all"):
        if half == "all":
            hs = list(halves.values())
            if len(hs) < 2:
                continue
            h = {"texts": sum(x["texts"] for x in hs),
                 "cross": {k: sum(x["cross"][k] for x in hs) for k in hs[0]["cross"]},
                 "ab": {k: sum(x["ab"][k] for x in hs) for k in hs[0]["ab"]},
                 "ba": {k: sum(x["ba"][k] for x in hs) for k in hs[0]["ba"]}}
        elif half in halves:
            h = halves[half]
        else:
            continue
        cr, ab, ba = h["cross"], h["ab"], h["ba"]
        fig = {"texts": h["texts"], **cr, "optional_kappa": kappa(cr),
               "persons": {w: persons_figures(cr, w) for w in PERSON_PAIRS}}
        for key, src in (("b_vs_a", ab), ("a_vs_b", ba)):
            p, r, f = f1_of(src["hits"], src["emitted_counted"], src["gold"])
            lp, lr, lf = f1_of(src["matched"], src["emitted_counted"], src["gold"])
            fig[key] = dict(src, precision=p, recall=r, f1=f, located_f1=lf)
        out[half] = fig
    if a.json:
        print(json.dumps(out, indent=2, sort_keys=True))
        return 0
    for half, f in out.items():
        print(f"{half}: {f['texts']} texts")
        persons_lines = []
        for w, name in (("all", "all paired events"), ("required", "pairs with A required")):
            pf = f["persons"][w]
            persons_lines.append(
                f"  persons, B against A, {name} ({pf['pairs']}): P {fmt(pf['precision'])} R {fmt(pf['recall'])} "
                f"F1 {fmt(pf['f1'])} ({pf['ok']} of A's {pf['a']} in B, B {pf['b']}); per pair A {fmt(pf['a_per_pair'])} "
                f"B {fmt(pf['b_per_pair'])}; persons in A only {pf['a_only']} pairs, in B only {pf['b_only']}")
        print(f"  A: {f['a_required']} required + {f['a_optional']} optional; "
              f"B: {f['b_required']} required + {f['b_optional']} optional")
        print(f"  paired (family + place) {f['paired']}, same date {f['paired_date']}, "
              f"same date and status {f['paired_date_status']}")
        print(f"  A required -> B required {f['rr']}, B optional {f['ro']}, missing in B {f['r_missing_in_b']}")
        print(f"  A optional -> B required {f['or']}, B optional {f['oo']}, missing in B {f['o_missing_in_b']}")
        print(f"  B required missing in A {f['r_missing_in_a']}, B optional missing in A {f['o_missing_in_a']}")
        print(f"  unpaired on both sides but for the place {f['near_place']}, but for the type family "
              f"{f['near_type']}; optional flag over paired events: kappa {fmt(f['optional_kappa'])}")
        for key, name in (("b_vs_a", "B against A"), ("a_vs_b", "A against B")):
            s = f[key]
            print(f"  {name}: P {fmt(s['precision'])} R {fmt(s['recall'])} F1 {fmt(s['f1'])} "
                  f"(family + place F1 {fmt(s['located_f1'])}; hits {s['hits']}, counted {s['emitted_counted']}, "
                  f"gold required {s['gold']}, on optional gold {s['matched_optional']}, no candidate {s['invented']})")
        print("\n".join(persons_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
