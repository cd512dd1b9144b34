#!/usr/bin/env python3
"""no_quotes.py [--words N] [--shared DIR] [--repo DIR]: fail when a file of the repository shares
a run of N words (default 10) with a third-party text in ../shared (the real-news corpus, the
geoparsing corpora's articles, the seed article).

The texts are the publishers' copyright and never enter the repository (tests/events/README.md):
unit cases, rule lists and docs are written in our own words. Runs are read across line breaks,
so a sentence split over several C string literals is caught. Words are letters, digits and
apostrophes, lower-cased. Gold folders are left out: they hold the names the rules allow. Exit 0 clean, 1 with one line per file naming the first run and its
text, 77 with a SKIP line when ../shared is absent (ctest events.no_corpus_quotes).
"""
import argparse
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
SKIP_EXT = (".png", ".pdf", ".jpg", ".gz", ".bin", ".ttf", ".otf")


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def shared_texts(shared):
    pats = ("corpora/diplomacy-news/texts/*.txt", "eval/geoparsing/*/articles/*", "articles/*.txt")
    return sorted(p for pat in pats for p in glob.glob(os.path.join(shared, pat)) if os.path.isfile(p))


def repo_files(repo):
    try:
        out = subprocess.run(["git", "-C", repo, "ls-files", "-z"], capture_output=True, check=True).stdout
        names = [n for n in out.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):  # a tarball, not a clone
        names = [os.path.relpath(os.path.join(d, f), repo) for d, ds, fs in os.walk(repo)
                 for f in fs if not d.startswith(os.path.join(repo, "build")) and "/.git" not in d]
    # gold files hold names of places, persons and organisations, which the rules allow
    return [n for n in sorted(names) if not n.endswith(SKIP_EXT)
            and not any(part.startswith("gold") for part in n.split("/")[:-1])]


def runs(ws, n):
    return (tuple(ws[i:i + n]) for i in range(len(ws) - n + 1))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=10)
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    ap.add_argument("--repo", default=REPO)
    a = ap.parse_args(argv)
    texts = shared_texts(a.shared)
    if not texts:
        print(f"SKIP: no third-party texts under {a.shared} (the corpora are absent)")
        return 77
    seen = {}
    for path in texts:
        with open(path, encoding="utf-8", errors="replace") as f:
            for r in runs(words(f.read()), a.words):
                seen.setdefault(r, path)
    bad = 0
    for name in repo_files(a.repo):
        path = os.path.join(a.repo, name)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            continue
        hit = next((r for r in runs(words(text), a.words) if r in seen), None)
        if hit:
            bad += 1
            print(f"{name}: shares {a.words} words with {os.path.relpath(seen[hit], a.shared)}: '{' '.join(hit)}'")
    print(f"no_quotes: {bad} file(s) share a run of {a.words} words with a text of {len(texts)} in ../shared")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
