#!/usr/bin/env python3
"""The selection rule's word count (selection.py) on sentences of our own; no corpus text."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import selection  # noqa: E402

CASES = [
    # (sentence, diplomacy words counted)
    ("The envoy met with the foreign minister before the summit.", 4),
    ("Two presidents and three ministers held talks; diplomats watched.", 4),
    ("She visited Oslo; the visitors' centre was closed during the visit.", 3),
    ("A presidential decree, a summitry of sorts, talked of envoyship.", 0),
    ("The ambassadors' residence hosted no one.", 1),
]


def main():
    bad = 0
    for text, want in CASES:
        got = selection.hits(text)
        if got != want:
            print(f"FAIL: {text!r}: {got} words counted, expected {want}")
            bad += 1
    if selection.MIN_HITS != 4:
        print(f"FAIL: MIN_HITS is {selection.MIN_HITS}: the rule was fixed at 4 before any article was read")
        bad += 1
    if selection.ROUND2_HITS != (2, 3) or selection.ROUND2_CORPORA != ("geowebnews", "lgl"):
        print("FAIL: the second rule was fixed at 2 or 3 words in GeoWebNews and LGL before any article was read")
        bad += 1
    if not selection.wanted(2, "lgl", 3) or selection.wanted(2, "lgl", 4) or selection.wanted(2, "geovirus", 2):
        print("FAIL: the second rule takes 2 or 3 words in the two news corpora only")
        bad += 1
    print(f"{len(CASES) - bad} of {len(CASES)} cases passed" if not bad else f"{bad} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
