#!/usr/bin/env python3
"""Print the code-point span of the sentence of a corpus text that holds a phrase.

    span.py ID "phrase"      -> [start, end] of the sentence containing the phrase
    span.py ID "phrase" -w   -> [start, end] of the phrase itself

For annotators: gold files keep offsets, never the text (the corpus is the
publishers' copyright). Offsets count Unicode code points of the whole file
as read, end exclusive, as the story format's mentions do.
"""
import os
import re
import sys

CORPUS = os.environ.get("DM_CORPUS", os.path.join(os.path.dirname(__file__), "../../../../shared/corpora/diplomacy-news"))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path = os.path.join(CORPUS, "texts", sys.argv[1] + ".txt")
    text = open(path, encoding="utf-8").read()
    phrase = sys.argv[2]
    at = text.find(phrase)
    if at < 0:
        sys.exit(f"span.py: {path}: phrase not found")
    if text.find(phrase, at + 1) >= 0:
        print("span.py: warning: the phrase occurs more than once; the first is used", file=sys.stderr)
    if "-w" in sys.argv[3:]:
        print(f"[{at}, {at + len(phrase)}]")
        return
    # A sentence starts after a paragraph break or after ". " before a
    # capital, but not after an abbreviation or an initial ("U.S.", "Mr.",
    # "John F.").
    def boundary(m):
        if m.group(0).startswith("\n"):
            return True
        word = re.search(r"(\S+)$", text[:m.start() + 1])
        w = word.group(1) if word else ""
        return not (ABBREV.match(w) or INITIAL.match(w))
    start = 0
    for m in SENT_BREAK.finditer(text, 0, min(len(text), at + 2)):
        if m.end() <= at and boundary(m):
            start = m.end()
    end = len(text)
    for m in SENT_END.finditer(text, at + len(phrase)):
        if text[m.start()] == "\n":
            end = m.start()
            break
        if boundary(m):
            end = m.end()
            break
    print(f"[{start}, {end}]")


SENT_BREAK = re.compile(r"\n\s*|[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
SENT_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9]|\s*\n|\s*$)|\n")
ABBREV = re.compile(r"^[(\"“]?(Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|Rev|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|U\.S|U\.N|U\.K|E\.U|D\.C)\.$")
INITIAL = re.compile(r"^[(\"“]?(?:[A-Z]\.)+$")


if __name__ == "__main__":
    main()
