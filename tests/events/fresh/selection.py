#!/usr/bin/env python3
"""Which geoparsing dev articles get fresh event gold (tests/events/fresh/, issue 14).

    selection.py            print "CORPUS ID DATE HITS" for every selected article
    selection.py --ids      print "CORPUS-ID" only (the gold file names without .json)
    selection.py --round 2 [--ids]   the second rule's articles, with their part (dev or held)

The rule was fixed before any article was read (thirty-second round): an article of the **dev**
half of GeoWebNews, LGL or GeoVirus (tests/eval/split_geoparsing.py; the held-out half is never
looked at) is selected when the diplomacy words below occur in it at least MIN_HITS times in all,
counted case-insensitively at word starts, with repeats:

    summit(s), talks, "met with", visit* (visit, visits, visited, visiting, visitor...),
    minister(s), ambassador(s), diplomat(s), envoy(s), president(s)

(the lead's list for the round; the stems are the simplest reading of it). It selects 16
GeoWebNews, 8 LGL and 2 GeoVirus articles. DATE is the publication day the precision audit gives
diplomap (`tests/events/audit.py`, `article_dates`: LGL's download day; GeoWebNews and GeoVirus
give none, "-"). The script reads the texts only to count; it prints no text.

The second rule (thirty-third round, fixed and committed before any of its articles was read):
an article of the dev half of GeoWebNews or LGL (the two news corpora; GeoVirus is disease news)
with 2 or 3 of the same words, so none of the first rule's. Its articles are split once more by
a hash of "fresh2:CORPUS-ID" (first byte of SHA-256 even: held, odd: dev). Rules may be written
from the errors of the second rule's dev part; its held part is scored at most once a round and
its errors are never read, so that part of the recall measure stays unseen.
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "eval"))
sys.path.insert(0, os.path.join(HERE, ".."))
import split_geoparsing  # noqa: E402
from audit import article_dates  # noqa: E402

MIN_HITS = 4
ROUND2_HITS = (2, 3)
ROUND2_CORPORA = ("geowebnews", "lgl")
WORDS = (r"summits?", r"talks", r"met with", r"visit\w*", r"ministers?", r"ambassadors?", r"diplomats?",
         r"envoys?", r"presidents?")
WORD_RE = re.compile(r"\b(?:" + "|".join(WORDS) + r")\b", re.IGNORECASE)


def hits(text):
    return len(WORD_RE.findall(text))


def round2_part(corpus, aid):
    """'held' or 'dev': the second rule's own split of its articles."""
    return "held" if hashlib.sha256(f"fresh2:{corpus}-{aid}".encode()).digest()[0] % 2 == 0 else "dev"


def wanted(rule, corpus, n):
    if rule == 2:
        return corpus in ROUND2_CORPORA and ROUND2_HITS[0] <= n <= ROUND2_HITS[1]
    return n >= MIN_HITS


def selected(root=split_geoparsing.EVAL, rule=1):
    """[(corpus, id, date or None, hits)] chosen by rule 1 or 2, or None when the corpora are absent."""
    out = []
    for c in split_geoparsing.CORPORA:
        ids = split_geoparsing.ids_of(c, "dev", root)
        if ids is None:
            return None
        dates = article_dates(c, root)
        for aid in ids:
            with open(os.path.join(root, c, "articles", aid + ".txt"), encoding="utf-8") as f:
                n = hits(f.read())
            if wanted(rule, c, n):
                out.append((c, aid, dates.get(aid), n))
    return out


def main(argv):
    rule = 2 if "--round" in argv and argv[argv.index("--round") + 1] == "2" else 1
    sel = selected(rule=rule)
    if sel is None:
        print(f"SKIP: {split_geoparsing.EVAL} absent (the geoparsing corpora live in ../shared)")
        return 77
    for c, aid, date, n in sel:
        part = f"\t{round2_part(c, aid)}" if rule == 2 else ""
        print(f"{c}-{aid}" if "--ids" in argv else f"{c}\t{aid}\t{date or '-'}\t{n}{part}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
