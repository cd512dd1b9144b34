#!/usr/bin/env python3
"""split.py's --half on ids it knows and ids it does not (no corpus needed: the gold files
give the ids when ../shared is absent, and an id of the gold is used here)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = os.path.join(HERE, "split.py")
sys.path.insert(0, HERE)
import split  # noqa: E402

gold = split.gold_ids()
assert gold, "tests/events/gold holds the gold files"
known = gold[0]


def run(*args):
    return subprocess.run([sys.executable, SPLIT, "--half", *args], capture_output=True, text=True)


# A known id, its text's path and its gold file's name all give the id's half.
for arg in (known, f"texts/{known}.txt", f"{known}.json"):
    r = run(arg)
    assert r.returncode == 0, (arg, r.stderr)
    assert r.stdout == f"{known}\t{split.half(known)}\n", (arg, r.stdout)
# An id nobody knows gets no half (the hash would answer "dev" or "test" for any string): one
# line naming it on stderr, exit 1, and the known ids beside it still answered.
r = run("no-such-article-id", known)
assert r.returncode == 1, r.returncode
assert "no-such-article-id" in r.stderr and "no text or gold file" in r.stderr, r.stderr
assert r.stdout == f"{known}\t{split.half(known)}\n", r.stdout
print("test_split: ok")
