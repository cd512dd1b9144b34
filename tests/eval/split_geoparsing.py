#!/usr/bin/env python3
"""The dev/held-out split of the three geoparsing corpora (../shared/eval/geoparsing).

    split_geoparsing.py CORPUS dev|test      print the article ids of that half, sorted
    split_geoparsing.py --counts             articles and gold toponyms per corpus and half

CORPUS is geowebnews, lgl or geovirus. The rule is the event corpus' (tests/events/split.py):
an article is dev when the first 8 hex digits of the SHA-1 of its id (the file name without
.txt, e.g. "17" or "31767483"), read as an integer, are < 60 modulo 100, else test ("held out").
It replaces the hand split by even and odd ids of rounds 2 to 6, whose odd half had been looked
at (docs/accuracy.md). Rules are tuned on dev errors only; both halves are reported every round.
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.environ.get("DM_GEOPARSING", os.path.join(HERE, "..", "..", "..", "shared", "eval", "geoparsing"))
CORPORA = ("geowebnews", "lgl", "geovirus")
DEV_PERCENT = 60


def half(doc_id):
    h = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16)
    return "dev" if h % 100 < DEV_PERCENT else "test"


def article_ids(corpus, root=EVAL):
    d = os.path.join(root, corpus, "articles")
    if not os.path.isdir(d):
        return None
    return sorted((f[:-4] for f in os.listdir(d) if f.endswith(".txt")), key=lambda s: (len(s), s))


def ids_of(corpus, which, root=EVAL):
    ids = article_ids(corpus, root)
    return None if ids is None else [i for i in ids if half(i) == which]


def main(argv):
    if len(argv) == 2 and argv[1] == "--counts":
        for c in CORPORA:
            ids = article_ids(c)
            if ids is None:
                print(f"SKIP: {EVAL}/{c} absent")
                continue
            gold = {}
            with open(os.path.join(EVAL, c, "gold.tsv"), encoding="utf-8") as f:
                next(f)
                for line in f:
                    aid = line.split("\t", 1)[0]
                    gold[aid] = gold.get(aid, 0) + 1
            for h in ("dev", "test"):
                sel = [i for i in ids if half(i) == h]
                print(f"{c}\t{h}\t{len(sel)} articles\t{sum(gold.get(i, 0) for i in sel)} gold toponyms")
        return 0
    if len(argv) != 3 or argv[1] not in CORPORA or argv[2] not in ("dev", "test"):
        print("diplomap: split_geoparsing.py: usage: split_geoparsing.py geowebnews|lgl|geovirus dev|test",
              file=sys.stderr)
        return 2
    ids = ids_of(argv[1], argv[2])
    if ids is None:
        print(f"diplomap: split_geoparsing.py: {EVAL}/{argv[1]}/articles: no such directory", file=sys.stderr)
        return 1
    for i in ids:
        print(i)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
