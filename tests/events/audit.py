#!/usr/bin/env python3
"""A precision audit of `diplomap extract` on unseen news: the dev halves of the geoparsing corpora.

    audit.py --diplomap BIN [--stories DIR] [--list] [--pending] [--floor FILE] [-j N]

The geoparsing corpora (../shared/eval/geoparsing/{geowebnews,lgl,geovirus}/articles/ID.txt) are
news that nobody wrote event rules from; most of it is not diplomacy, so every event diplomap
emits there is a chance to invent one. This script runs `diplomap extract` on the **dev** half of
each corpus (tests/eval/split_geoparsing.py; the held-out half is never run here), and joins each
emitted event with a human verdict from tests/events/audit/verdicts.tsv, keyed by

    corpus, article id, event type, evidence start, evidence end, first place name

(the evidence span is the event's first `mentions` pair, in code points of the article; the
place name is the story's name of the event's first place, "-" when it has none). The verdict
file holds ids, offsets, names and our own short notes, never text of the articles (third-party
copyright). Verdicts (docs/accuracy.md, "Seventeenth round: a precision audit"):

    real         a happening the article tells, of the right type family, place and date
    invented     no such happening (a common noun, a hypothetical, a name, a capability...)
    wrong-type   a real happening of another type family (an incident drawn as a visit)
    wrong-place  a real happening, placed where it did not happen
    wrong-date   a real happening, dated or given a status the text contradicts
    duplicate    a second copy of a happening another emitted event already shows

It prints the counts (audited, each verdict, pending: events without a verdict) and the audited
precision, real / audited. --list prints every event with its verdict and evidence sentence;
--pending prints only the events still without a verdict, with a ready-made key line to fill in.
--floor FILE (tests/events/audit/floor.json) fails (exit 1) when precision is under
"precision", the invented share over "invented_share", or more events than "max_pending" lack a
verdict (a change of places or spans elsewhere re-keys a few events; many mean: audit them). Exit 77
(skip) when the corpora are absent.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "eval"))
import split_geoparsing  # noqa: E402

VERDICTS_FILE = os.path.join(HERE, "audit", "verdicts.tsv")
KINDS = ("real", "invented", "wrong-type", "wrong-place", "wrong-date", "duplicate")
HEAD = ["corpus", "article", "type", "start", "end", "place", "verdict", "note"]


def article_dates(corpus, root):
    """LGL's meta.tsv gives each article's download time: its publication day, for --date."""
    out = {}
    path = os.path.join(root, corpus, "meta.tsv")
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        if "dltime" not in head:
            return out
        col = head.index("dltime")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > col and len(cols[col]) >= 10:
                out[cols[0]] = cols[col][:10]
    return out


def extract(diplomap, path, date, cache):
    if cache and os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(diplomap):
        with open(cache, encoding="utf-8") as f:
            return json.load(f)
    cmd = [diplomap, "--quiet", "extract", path] + (["--date", date] if date else [])
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError(f"{path}: exit {p.returncode}: {p.stderr.strip()}")
    if cache:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(cache), suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(p.stdout)
        os.replace(tmp, cache)
    return json.loads(p.stdout)


def key_of(corpus, aid, ev, story):
    names = {p["id"]: p.get("name", p["id"]) for p in story.get("places", [])}
    start, end = (ev.get("mentions") or [[-1, -1]])[0]
    place = names.get(ev["places"][0], ev["places"][0]) if ev.get("places") else "-"
    return (corpus, aid, ev["type"], str(start), str(end), place)


def load_verdicts(path):
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("corpus\t"):
                continue
            cols = line.split("\t")
            if len(cols) < 7 or cols[6] not in KINDS:
                raise SystemExit(f"diplomap: audit.py: {path}:{n}: need 7 or 8 tab-separated columns, "
                                 f"verdict one of {', '.join(KINDS)}")
            out[tuple(cols[:6])] = (cols[6], cols[7] if len(cols) > 7 else "")
    return out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--diplomap", required=True)
    ap.add_argument("--stories", help="keep and reuse stories in DIR (reused while newer than the binary)")
    ap.add_argument("--verdicts", default=VERDICTS_FILE)
    ap.add_argument("--list", action="store_true", help="print every event with its verdict")
    ap.add_argument("--pending", action="store_true", help="print the events without a verdict")
    ap.add_argument("--floor", help="JSON floors: precision, invented_share, max_pending")
    ap.add_argument("--corpus", action="append", choices=split_geoparsing.CORPORA)
    ap.add_argument("-j", type=int, default=2)
    a = ap.parse_args(argv[1:])
    root = split_geoparsing.EVAL
    corpora = a.corpus or list(split_geoparsing.CORPORA)
    jobs = []
    for c in corpora:
        ids = split_geoparsing.ids_of(c, "dev", root)
        if ids is None:
            print(f"SKIP: {root}/{c} absent (the geoparsing corpora live in ../shared)")
            return 77
        dates = article_dates(c, root)
        for aid in ids:
            jobs.append((c, aid, dates.get(aid)))
    if a.stories:
        for c in corpora:
            os.makedirs(os.path.join(a.stories, c), exist_ok=True)

    def run(job):
        c, aid, date = job
        path = os.path.join(root, c, "articles", aid + ".txt")
        cache = os.path.join(a.stories, c, aid + ".json") if a.stories else None
        return job, extract(a.diplomap, path, date, cache)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.j)) as ex:
        stories = list(ex.map(run, jobs))
    verdicts = load_verdicts(a.verdicts)
    counts = {k: 0 for k in KINDS}
    per_corpus = {c: {"emitted": 0, "real": 0, "invented": 0} for c in corpora}
    pending = []
    seen = set()
    for (c, aid, _), story in stories:
        if not story.get("events"):
            continue
        text = None
        for ev in story["events"]:
            k = key_of(c, aid, ev, story)
            seen.add(k)
            v = verdicts.get(k)
            per_corpus[c]["emitted"] += 1
            if v:
                counts[v[0]] += 1
                if v[0] in ("real", "invented"):
                    per_corpus[c][v[0]] += 1
            else:
                pending.append(k)
            if a.list or (a.pending and not v):
                if text is None:
                    with open(os.path.join(root, c, "articles", aid + ".txt"), encoding="utf-8") as f:
                        text = f.read()
                s, e = int(k[3]), int(k[4])
                names = {p["id"]: p.get("name", p["id"]) for p in story.get("places", [])}
                pl = "/".join(names.get(p, p) for p in ev.get("places", [])) or "-"
                print(f"{c} {aid} {ev['id']} {ev['type']} {ev.get('date')} {ev.get('status')} @ {pl}"
                      f"  [{v[0] + (': ' + v[1] if v[1] else '') if v else 'PENDING'}]")
                print(f"    {text[s:e] if s >= 0 else ev.get('evidence', '')}")
                if not v:
                    print("    key: " + "\t".join(k) + "\t?\t")
    audited = sum(counts.values())
    emitted = audited + len(pending)
    stale = [k for k in verdicts if k[0] in corpora and k not in seen]
    prec = counts["real"] / audited if audited else None
    inv = counts["invented"] / audited if audited else None
    f3 = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    print(f"audit of the dev halves ({', '.join(corpora)}): {len(jobs)} articles, {emitted} events emitted")
    for c in corpora:
        pc = per_corpus[c]
        print(f"  {c:<11} {pc['emitted']:4d} emitted, {pc['real']:4d} real, {pc['invented']:4d} invented")
    print(f"audited {audited}: " + ", ".join(f"{k} {counts[k]}" for k in KINDS) + f"; pending {len(pending)}")
    print(f"precision (real / audited) {f3(prec)}, invented share {f3(inv)}"
          f"; {len(stale)} verdicts no longer match an emitted event")
    if a.floor:
        with open(a.floor, encoding="utf-8") as f:
            floor = json.load(f)
        bad = []
        if len(pending) > floor.get("max_pending", 0):
            bad.append(f"{len(pending)} events without a verdict, more than {floor.get('max_pending', 0)}"
                       " (audit.py --pending lists them: judge them and add their lines to verdicts.tsv)")
        if prec is not None and prec < floor.get("precision", 0.0):
            bad.append(f"precision {f3(prec)} is below the floor {floor['precision']}")
        if inv is not None and inv > floor.get("invented_share", 1.0):
            bad.append(f"invented share {f3(inv)} is above the ceiling {floor['invented_share']}")
        if bad:
            print("FAIL: " + "; ".join(bad))
            return 1
        print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
