#!/usr/bin/env python3
"""mutate.py DIPLOMAP STORY.json OUT.json KIND ID [ARG...]: one deliberate edit of a story.

  rename PLACE NAME     the place's name (its label) becomes NAME
  status EVENT STATUS   the event's status becomes STATUS (its symbol changes)
  move PLACE DLAT DLON  the place moves by DLAT, DLON degrees (a place given by
                        query is located with `diplomap geocode` first)
  drop EVENT            the event is removed (its marker, number and legend row)

Used by test_mutations.sh; exits 2 naming the id when the story has no such element."""
import json
import subprocess
import sys


def find(items, ident, what):
    for item in items:
        if item.get("id") == ident:
            return item
    sys.exit(f"mutate.py: {sys.argv[2]}: no {what} with id '{ident}'")


def main():
    diplomap, src, dst, kind, ident, *args = sys.argv[1:]
    with open(src, encoding="utf-8") as f:
        story = json.load(f)
    if kind == "rename":
        find(story["places"], ident, "place")["name"] = args[0]
    elif kind == "status":
        find(story["events"], ident, "event")["status"] = args[0]
    elif kind == "move":
        place = find(story["places"], ident, "place")
        if place.get("lat") is None:
            out = subprocess.run([diplomap, "geocode", place["query"]], check=True, capture_output=True, text=True).stdout
            fields = out.splitlines()[0].split("\t")
            place["lat"], place["lon"] = float(fields[2]), float(fields[3])
            del place["query"]
        place["lat"] += float(args[0])
        place["lon"] += float(args[1])
    elif kind == "drop":
        find(story["events"], ident, "event")
        story["events"] = [e for e in story["events"] if e.get("id") != ident]
    else:
        sys.exit(f"mutate.py: unknown mutation '{kind}'")
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(story, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
