#!/usr/bin/env python3
"""The dev/test split of the real-news event corpus (../shared/corpora/diplomacy-news).

    split.py dev|test          print the ids of that half, one a line, sorted
    split.py --half ID...      print "ID<TAB>dev|test" for each id given (an id, or a path to its
                               text or gold file); an unknown id is an error (exit 1)

A text is dev when the first 8 hex digits of the SHA-1 of its id, read as an integer, are
< 60 modulo 100 (about 60 % dev, 40 % test), else test. The rule depends on the id alone, so it
needs neither the corpus nor the gold and cannot drift as texts or gold files are added. It was
committed before any score existed (issue 14): rules are written and debugged against dev-half
errors only; the test half is scored at most once per resolved issue and its individual errors
are never read.

The ids come from the corpus' index.tsv ($DM_CORPUS, default ../shared/corpora/diplomacy-news
beside the checkout); when the corpus is absent, from the gold files (tests/events/gold/*.json),
with a note on stderr.
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("DM_CORPUS", os.path.join(HERE, "..", "..", "..", "shared", "corpora", "diplomacy-news"))
GOLD = os.path.join(HERE, "gold")
DEV_PERCENT = 60


def half(doc_id):
    """'dev' or 'test' for one id (a str)."""
    h = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16)
    return "dev" if h % 100 < DEV_PERCENT else "test"


def corpus_ids(corpus=CORPUS):
    """Every id of the corpus (index.tsv), or None when the corpus is absent."""
    index = os.path.join(corpus, "index.tsv")
    if not os.path.exists(index):
        return None
    ids = []
    with open(index, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n == 0 or not line.strip():
                continue  # header
            ids.append(line.split("\t", 1)[0])
    return sorted(ids)


def gold_ids(gold=GOLD):
    if not os.path.isdir(gold):
        return []
    return sorted(f[:-5] for f in os.listdir(gold) if f.endswith(".json"))


def ids_of(which, corpus=CORPUS):
    ids = corpus_ids(corpus)
    if ids is None:
        ids = gold_ids()
    return [i for i in ids if half(i) == which]


def main(argv):
    if len(argv) >= 2 and argv[1] == "--half":
        # A path or a file name is read as its id ("texts/ID.txt", "ID.json"); an id neither the
        # corpus nor the gold knows gets no half: the hash answers for any string, and a typo
        # read as "dev" would open a test text.
        known = set(corpus_ids() or []) | set(gold_ids())
        status = 0
        for arg in argv[2:]:
            i = os.path.basename(arg)
            for ext in (".txt", ".json"):
                if i.endswith(ext):
                    i = i[: -len(ext)]
            if i not in known:
                print(f"diplomap: split.py: {arg}: no text or gold file has this id", file=sys.stderr)
                status = 1
                continue
            print(f"{i}\t{half(i)}")
        return status
    if len(argv) != 2 or argv[1] not in ("dev", "test"):
        print("diplomap: split.py: usage: split.py dev|test  or  split.py --half ID...", file=sys.stderr)
        return 2
    if corpus_ids() is None:
        print(f"split.py: note: {CORPUS}/index.tsv absent; listing the ids of the gold files", file=sys.stderr)
    for i in ids_of(argv[1]):
        print(i)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
