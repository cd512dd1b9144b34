#!/usr/bin/env python3
"""The deterministic sample of the blind second annotation (issue 14, twenty-seventh round).

    second_sample.py [--max-chars N] [--per-half K]

Prints "ID<TAB>dev|test" for K texts of each half (split.py): among the texts of that half
shorter than N characters (default 6,000, so that a second annotation of 20 texts fits a
session), the K (default 10) whose full SHA-1 hex digest of the id is smallest. The rule
depends on the ids and text lengths alone, never on the gold or on diplomap's output, so the
sample could be drawn before either was looked at. The second gold lives in gold-second/ and
tests/events/agreement.py compares it with gold/.
"""
import argparse
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import split  # noqa: E402  (tests/events/split.py)


def text_chars(doc_id, corpus=split.CORPUS):
    """Length in code points of a corpus text, or None when it is absent."""
    path = os.path.join(corpus, "texts", doc_id + ".txt")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return len(f.read())


def sample(max_chars=6000, per_half=10, corpus=split.CORPUS):
    """[(id, half)]: per half, the per_half ids of texts under max_chars with the smallest SHA-1."""
    ids = split.corpus_ids(corpus)
    if ids is None:
        sys.exit("second_sample.py: the corpus is absent (it reads text lengths)")
    out = []
    for which in ("dev", "test"):
        short = [i for i in ids if split.half(i) == which and (text_chars(i, corpus) or max_chars) < max_chars]
        short.sort(key=lambda i: hashlib.sha1(i.encode("utf-8")).hexdigest())
        out.extend((i, which) for i in short[:per_half])
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-chars", type=int, default=6000)
    ap.add_argument("--per-half", type=int, default=10)
    a = ap.parse_args(argv)
    for doc_id, which in sample(a.max_chars, a.per_half):
        print(f"{doc_id}\t{which}")


if __name__ == "__main__":
    main()
