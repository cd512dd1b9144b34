#!/usr/bin/env python3
"""Which geoparsing dev articles get fresh event gold (tests/events/fresh/, issue 14).

    selection.py            print "CORPUS ID DATE HITS" for every selected article
    selection.py --ids      print "CORPUS-ID" only (the gold file names without .json)

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
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "eval"))
sys.path.insert(0, os.path.join(HERE, ".."))
import split_geoparsing  # noqa: E402
from audit import article_dates  # noqa: E402

MIN_HITS = 4
WORDS = (r"summits?", r"talks", r"met with", r"visit\w*", r"ministers?", r"ambassadors?", r"diplomats?",
         r"envoys?", r"presidents?")
WORD_RE = re.compile(r"\b(?:" + "|".join(WORDS) + r")\b", re.IGNORECASE)


def hits(text):
    return len(WORD_RE.findall(text))


def selected(root=split_geoparsing.EVAL):
    """[(corpus, id, date or None, hits)], or None when the corpora are absent."""
    out = []
    for c in split_geoparsing.CORPORA:
        ids = split_geoparsing.ids_of(c, "dev", root)
        if ids is None:
            return None
        dates = article_dates(c, root)
        for aid in ids:
            with open(os.path.join(root, c, "articles", aid + ".txt"), encoding="utf-8") as f:
                n = hits(f.read())
            if n >= MIN_HITS:
                out.append((c, aid, dates.get(aid), n))
    return out


def main(argv):
    sel = selected()
    if sel is None:
        print(f"SKIP: {split_geoparsing.EVAL} absent (the geoparsing corpora live in ../shared)")
        return 77
    for c, aid, date, n in sel:
        print(f"{c}-{aid}" if "--ids" in argv else f"{c}\t{aid}\t{date or '-'}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
