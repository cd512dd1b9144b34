#!/usr/bin/env python3
"""The project's geoparsing evaluation: `diplomap extract` on the three public corpora of
../shared/eval/geoparsing, scored on the dev half, the held-out half and the whole corpus.

    geoparsing.py --diplomap BUILD/diplomap [--corpus geowebnews|lgl|geovirus ...]
                  [--keep DIR] [--reuse] [--json] [--jobs N] [--errors N]

The halves are the committed split of split_geoparsing.py (a SHA-1 of the article id, 60 % dev).
Each corpus is scored by ../shared/eval/geoparsing/score.py twice: the EUPEG protocol beside
the published tables (gold with GeoNames ids for GeoWebNews and LGL, gold with coordinates for
GeoVirus) and the stricter span protocol (exact spans, all gold). Predictions are one row per
`places[].mentions` span of the story, with its place's coordinates, as run_diplomap.py writes
them. --keep DIR writes DIR/CORPUS.tsv (the predictions) and --reuse scores that file again
without running diplomap. Tune on dev errors only; report both halves (docs/accuracy.md).
Exit 77 (skip) when ../shared/eval/geoparsing is absent.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import split_geoparsing as sg  # noqa: E402

EUPEG_FILTER = {"geowebnews": "geonames", "lgl": "geonames", "geovirus": "coords"}
GAZETTEER = os.path.join(HERE, "..", "..", "geodata", "gazetteer")


def populated_place_ids():
    """GeoNames ids of populated places (feature class P) in the shipped cities500 tables: the
    gold rows "below country level" of issue 15 (cities, towns). Gold of smaller places, sites,
    regions, countries and continents is left out of that figure (GeoVirus has no ids: none)."""
    ids = set()
    for name in sorted(os.listdir(GAZETTEER)):
        if name.startswith("places-") and name.endswith(".tsv"):
            with open(os.path.join(GAZETTEER, name), encoding="utf-8") as f:
                next(f)
                for row in f:
                    c = row.split("\t")
                    if len(c) > 6 and c[6].startswith("PPL"):
                        ids.add(c[0])
    return ids


def predict(diplomap, corpus_dir, ids, jobs):
    def one(aid):
        path = os.path.join(corpus_dir, "articles", aid + ".txt")
        p = subprocess.run([diplomap, "extract", path], capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            return aid, None, p.stderr.strip()[:200]
        return aid, json.loads(p.stdout), None

    rows, failed = [], []
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as ex:
        for aid, story, err in ex.map(one, ids):
            if story is None:
                failed.append(aid)
                print(f"diplomap: {corpus_dir}/articles/{aid}.txt: extract failed: {err}", file=sys.stderr)
                continue
            for pl in story.get("places", []):
                lat, lon = pl.get("lat"), pl.get("lon")
                for s, e in pl.get("mentions", []):
                    rows.append((aid, s, e, "" if lat is None else lat, "" if lon is None else lon))
    return rows, failed


def write_rows(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        return header, [line.rstrip("\n").split("\t") for line in f if line.strip()]


def score_half(corpus, corpus_dir, ids, pred_rows, tmp, local_ids):
    """score.py --json on the articles `ids` only (gold, predictions and the article list); 'local'
    is the EUPEG protocol on the gold below country level (resolution figures only)."""
    keep = set(ids)
    d = os.path.join(tmp, corpus + "-" + str(len(ids)))
    os.makedirs(os.path.join(d, "articles"), exist_ok=True)
    for aid in ids:
        os.symlink(os.path.join(corpus_dir, "articles", aid + ".txt"), os.path.join(d, "articles", aid + ".txt"))
    header, gold = read_rows(os.path.join(corpus_dir, "gold.tsv"))
    write_rows(os.path.join(d, "gold.tsv"), header, [g for g in gold if g[0] in keep])
    write_rows(os.path.join(d, "pred.tsv"), "article_id\tstart_char\tend_char\tlat\tlon",
               [p for p in pred_rows if str(p[0]) in keep])
    write_rows(os.path.join(d, "gold-local.tsv"), header,
               [g for g in gold if g[0] in keep and len(g) > 6 and g[6] in local_ids])
    out = {}
    eupeg = ["--protocol", "eupeg", "--gold-filter", EUPEG_FILTER[corpus]]
    for name, gfile, extra in (("eupeg", "gold.tsv", eupeg), ("span", "gold.tsv", []), ("local", "gold-local.tsv", eupeg)):
        p = subprocess.run([sys.executable, os.path.join(sg.EVAL, "score.py"), os.path.join(d, gfile),
                            os.path.join(d, "pred.tsv"), "--articles", os.path.join(d, "articles"), "--json", *extra],
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"diplomap: score.py failed on {corpus}: {p.stderr.strip()[:300]}")
        out[name] = json.loads(p.stdout)
    return out


def dev_errors(corpus, corpus_dir, rows, top):
    """The dev half's errors under the EUPEG matching (surface equal ignoring case, span midpoints
    under 10 characters apart, gold in order, first prediction wins): the most frequent false
    positives, misses and resolutions 161 km or more off, by surface, with example ids. Names
    only, never text around them; the held-out half is never listed."""
    import collections
    import math
    dev = {i for i in sg.article_ids(corpus) if sg.half(i) == "dev"}
    texts = {}
    for aid in dev:
        with open(os.path.join(corpus_dir, "articles", aid + ".txt"), encoding="utf-8", newline="") as f:
            texts[aid] = f.read()
    _, gold_rows = read_rows(os.path.join(corpus_dir, "gold.tsv"))
    gold = collections.defaultdict(list)
    for g in gold_rows:
        if g[0] in dev and g[4] and g[5] and (EUPEG_FILTER[corpus] == "coords" or (len(g) > 6 and g[6])):
            gold[g[0]].append((int(g[1]), int(g[2]), g[3], float(g[4]), float(g[5])))
    pred = collections.defaultdict(list)
    for r in rows:
        aid = str(r[0])
        if aid in dev and r[3] != "" and r[4] != "":
            s, e = int(r[1]), int(r[2])
            pred[aid].append((s, e, texts[aid][s:e], float(r[3]), float(r[4])))

    def km(a, b, c, d):
        p1, p2 = math.radians(a), math.radians(c)
        h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
        return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))

    fp, fn, wrong, ex = collections.Counter(), collections.Counter(), collections.Counter(), collections.defaultdict(set)
    for aid in sorted(dev, key=lambda s: (len(s), s)):
        preds = list(pred.get(aid, []))
        for gs, ge, gt, glat, glon in gold.get(aid, []):
            mg = (gs + ge) / 2.0
            hit = next((p for p in preds if abs(mg - (p[0] + p[1]) / 2.0) < 10 and p[2].lower() == gt.lower()), None)
            if hit is None:
                fn[gt] += 1
                ex[("miss", gt)].add(aid)
                continue
            preds.remove(hit)
            d = km(glat, glon, hit[3], hit[4])
            if d >= 161:
                wrong[gt] += 1
                ex[("wrong", gt)].add(aid)
        for p in preds:
            fp[p[2]] += 1
            ex[("fp", p[2])].add(aid)
    for title, c, key in (("resolved 161 km or more off", wrong, "wrong"), ("false positives", fp, "fp"),
                          ("missed", fn, "miss")):
        print(f"{corpus} dev half, {title}: {sum(c.values())}")
        for name, n in c.most_common(top):
            print(f"  {n:4d}  {name}  (e.g. {', '.join(sorted(ex[(key, name)])[:3])})")


def f3(x):
    return "-" if x is None else f"{x:.3f}".replace("0.", ".", 1) if 0 <= x < 1 else f"{x:.3f}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--diplomap", default=os.environ.get("DIPLOMAP"))
    ap.add_argument("--corpus", nargs="*", default=list(sg.CORPORA), choices=sg.CORPORA)
    ap.add_argument("--keep", help="write (or with --reuse read) DIR/CORPUS.tsv, the predictions")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--errors", type=int, metavar="N", default=0,
                    help="also list the N most frequent dev-half errors of each class (never the held-out half's)")
    a = ap.parse_args(argv)
    if not os.path.isdir(sg.EVAL):
        print(f"SKIP: {sg.EVAL} absent (the corpora live beside the checkout in ../shared)")
        return 77
    if not a.reuse and (not a.diplomap or not os.access(a.diplomap, os.X_OK)):
        print(f"diplomap: geoparsing.py: --diplomap: {a.diplomap!r} is not an executable", file=sys.stderr)
        return 2
    if a.reuse and not a.keep:
        print("diplomap: geoparsing.py: --reuse needs --keep DIR", file=sys.stderr)
        return 2
    report = {}
    local_ids = populated_place_ids()
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in a.corpus:
            cdir = os.path.join(sg.EVAL, corpus)
            ids = sg.article_ids(corpus)
            keep = os.path.join(a.keep, corpus + ".tsv") if a.keep else None
            if a.reuse:
                _, rows = read_rows(keep)
                failed = []
            else:
                rows, failed = predict(a.diplomap, cdir, ids, a.jobs)
                if keep:
                    os.makedirs(a.keep, exist_ok=True)
                    write_rows(keep, "article_id\tstart_char\tend_char\tlat\tlon", rows)
            halves = {"dev": [i for i in ids if sg.half(i) == "dev"], "test": [i for i in ids if sg.half(i) == "test"],
                      "all": ids}
            if a.errors:
                dev_errors(corpus, cdir, rows, a.errors)
            report[corpus] = {"failed": failed, **{h: dict(articles=len(hi), **score_half(corpus, cdir, hi, rows, tmp, local_ids))
                                                   for h, hi in halves.items()}}
    if a.json:
        print(json.dumps(report, indent=2, sort_keys=True))
        return 0
    print("corpus      half  articles  EUPEG: P     R     F1    acc@161 mean km median km AUC   | span: F1 exact"
          "  acc@161 | below country: n  acc@161")
    for corpus, r in report.items():
        for h in ("dev", "test", "all"):
            e, s = r[h]["eupeg"], r[h]["span"]
            rec, res = e["recognition"], e["resolution"]
            sx, sr = s["recognition"]["exact"], s["resolution"]["exact"]
            print(f"{corpus:<11} {h:<5} {r[h]['articles']:>8}  {f3(rec['precision']):>8} {f3(rec['recall']):>5} "
                  f"{f3(rec['f1']):>5} {f3(res['acc161']):>7} {res['mean_km'] or 0:>7.1f} {res['median_km'] or 0:>9.1f} "
                  f"{f3(res['auc']):>5} | {f3(sx['f1']):>10} {f3(sr['acc161']):>8} | "
                  f"{r[h]['local']['resolution']['n']:>16} {f3(r[h]['local']['resolution']['acc161']):>8}")
        if r["failed"]:
            print(f"{corpus}: {len(r['failed'])} extract failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
