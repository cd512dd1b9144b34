#!/usr/bin/env python3
"""Figures on the persons of the first gold, per half (issue 14, thirtieth round).

    gold_persons.py [--events required|optional|all] [--json]

Reads only the gold files (tests/events/gold/) and the corpus texts ($DM_CORPUS/texts), never
diplomap, so it may count over both halves: it prints figures only, never a name or a piece of
text. For each half (split.py), for all its texts and for all but the encyclopedia kind
(index.tsv), over the gold events chosen (default: the required ones, those the scorer counts
persons on):

* events, the share naming anyone, persons per event, and events whose persons are all named
  outside the event's own sentence (its span);
* where each gold person is named, counted once, first that holds: the whole name in the
  event's sentence; its scorer key (score.surname, the last word) in it; another word of the name
  in it but not the key (a family name written first, a given name); else the nearest sentence
  that holds the key or another word, one sentence away, two or three, farther; or nowhere in the
  text (a spelling of the gold's own);
* of the persons named outside their sentence, how many are the text's most-listed gold person
  and how many sentences hold a personal pronoun (he, she, his, her, him, they, their, them);
* name shapes: one word, two, three or more, hyphenated, with diacritics, with initials, with a
  particle, with a title word, and family name first (the first word is a common Chinese,
  Korean or Vietnamese family name: a heuristic, see EAST_ASIAN_FAMILY).

Matching folds case and accents and reads words whole. Sentences are cut at ., ! or ? followed by
a space and an upper-case letter or a quote, which is enough to count a distance.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import score  # noqa: E402  (tests/events/score.py)
import split  # noqa: E402

GOLD = os.path.join(HERE, "..", "gold")

# Romanised family names common in China, Korea and Vietnam, which names of those countries put
# first ("Lee Jae-myung"); a name whose first word is one of them and that has two words or more
# counts as family name first. A heuristic for counting, written from general knowledge of the
# names, not from the corpus.
EAST_ASIAN_FAMILY = {
    "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
    "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han",
    "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang",
    "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "qian", "jiao", "qin",
    "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "lim",
    "shin", "oh", "seo", "kwon", "hwang", "ahn", "jeon", "chun", "hong", "ko", "moon", "son", "bae",
    "baek", "roh", "noh", "lho", "ban", "yoo", "nam", "nguyen", "tran", "le", "pham", "hoang",
    "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong", "ly",
}
# Name particles (Arabic, Dutch, German, Romance), and title words a gold name may keep.
PARTICLES = {"al", "el", "bin", "ibn", "ben", "abu", "ould", "van", "von", "der", "den", "de", "da",
             "di", "du", "del", "della", "dos", "das", "la", "ter", "bint"}
TITLE_WORDS = {"king", "queen", "prince", "princess", "pope", "sheikh", "sheik", "emir", "sultan",
               "crown", "president", "general", "gen", "dr", "mr", "mrs", "ms", "lord", "sir", "cardinal"}
SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z\"“‘(])")
SHAPES = ("one word", "two words", "three or more", "hyphenated", "diacritics", "initials",
          "particle", "title word", "family name first")
WHERE = ("whole name in its sentence", "key in its sentence", "another word in its sentence",
         "one sentence away", "two or three away", "farther", "not in the text")


def fold(text):
    """Lower case without accents, one character for one (offsets stay those of the text)."""
    out = []
    for ch in text:
        base = [c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)]
        low = (base[0] if base else ch).lower()
        out.append(low[0] if low else ch)
    return "".join(out)


def words_of(name):
    """The words of a name (a hyphenated word split too), without a generational suffix."""
    words = [w.strip(",") for w in name.split()]
    while len(words) > 1 and words[-1].casefold() in score.NAME_SUFFIXES:
        words.pop()
    return words


def shapes(name):
    words = words_of(name)
    low = [fold(w).strip(".") for w in words]
    parts = [p for w in low for p in re.split(r"[-‐]", w)]
    out = set()
    out.add("one word" if len(words) == 1 else "two words" if len(words) == 2 else "three or more")
    if any("-" in w or "‐" in w for w in words):
        out.add("hyphenated")
    if any(ord(c) > 127 and c.isalpha() for c in name):
        out.add("diacritics")
    if any(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words):
        out.add("initials")
    if any(p in PARTICLES for p in parts):
        out.add("particle")
    if low and low[0] in TITLE_WORDS:
        out.add("title word")
    if len(words) >= 2 and low[0] in EAST_ASIAN_FAMILY:
        out.add("family name first")
    return out


def find_word(text, word, lo=0, hi=None):
    """Offsets of a folded word read whole in the folded text between lo and hi."""
    if not word:
        return []
    pat = re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])")
    return [m.start() for m in pat.finditer(text, lo, len(text) if hi is None else hi)]


def where_named(name, span, text, breaks):
    """One of WHERE for a gold person of the event whose sentence is span."""
    lo, hi = span
    whole = fold(" ".join(words_of(name)))
    key = fold(score.surname(name))
    others = [fold(w).strip(".") for w in words_of(name)[:-1]]
    others = [w for w in others if len(w) >= 3 and w not in PARTICLES and w not in TITLE_WORDS]
    if find_word(text, whole, lo, hi):
        return WHERE[0]
    if find_word(text, key, lo, hi):
        return WHERE[1]
    if any(find_word(text, w, lo, hi) for w in others):
        return WHERE[2]
    hits = [at for w in [key] + others for at in find_word(text, w)]
    if not hits:
        return WHERE[6]
    here = sum(1 for b in breaks if b < lo)

    def sentence(at):
        return sum(1 for b in breaks if b < at)

    away = min(abs(sentence(at) - here) for at in hits)
    # A hit outside the span but in the same cut sentence (the gold span is a clause or two
    # sentences the cut sees as one) counts as one away.
    away = max(away, 1)
    return WHERE[3] if away == 1 else WHERE[4] if away <= 3 else WHERE[5]


PRONOUN = re.compile(r"(?<![\w])(?:he|she|his|her|him|they|their|them)(?![\w])")


def new_tally():
    return {"texts": 0, "events": 0, "with_persons": 0, "persons": 0, "none_in_sentence": 0,
            "outside": 0, "outside_pronoun": 0, "outside_main": 0, "main": 0,
            **{"where " + w: 0 for w in WHERE}, **{"shape " + s: 0 for s in SHAPES}}


def count_text(t, gold, text, which):
    folded = fold(text)
    breaks = [m.end() for m in SENTENCE_END.finditer(text)]
    t["texts"] += 1
    # The text's most-listed gold person (over all its events): a biography's subject, a trip's
    # traveller.
    listed = {}
    for ev in gold.get("events", []):
        for k in {score.surname(n) for n in ev.get("persons") or []}:
            listed[k] = listed.get(k, 0) + 1
    main_key = max(sorted(listed), key=lambda k: listed[k]) if listed else None
    for ev in gold.get("events", []):
        if (which == "required" and ev.get("optional")) or (which == "optional" and not ev.get("optional")):
            continue
        t["events"] += 1
        names = list({score.surname(n): n for n in ev.get("persons") or []}.values())  # as the scorer counts
        if not names:
            continue
        t["with_persons"] += 1
        t["persons"] += len(names)
        wheres = [where_named(n, ev["span"], folded, breaks) for n in names]
        if all(w not in WHERE[:3] for w in wheres):
            t["none_in_sentence"] += 1
        pronoun = bool(PRONOUN.search(folded, ev["span"][0], ev["span"][1]))
        for n, w in zip(names, wheres):
            t["where " + w] += 1
            t["main"] += score.surname(n) == main_key
            if w not in WHERE[:3]:
                t["outside"] += 1
                t["outside_pronoun"] += pronoun
                t["outside_main"] += score.surname(n) == main_key
            for s in shapes(n):
                t["shape " + s] += 1


def share(a, b):
    return f"{a / b:.3f}" if b else "-"


def report(name, t):
    p = t["persons"]
    print(f"{name}: {t['texts']} texts, {t['events']} events, {t['with_persons']} naming anyone "
          f"({share(t['with_persons'], t['events'])}), {p} persons ({share(p, t['events'])} per event, "
          f"{share(p, t['with_persons'])} per event naming anyone); events whose persons are all named "
          f"outside its sentence {t['none_in_sentence']} ({share(t['none_in_sentence'], t['with_persons'])})")
    print("  where named: " + "; ".join(f"{w} {t['where ' + w]} ({share(t['where ' + w], p)})" for w in WHERE))
    o = t["outside"]
    print(f"  the text's most-listed person {t['main']} ({share(t['main'], p)}); of the {o} named outside "
          f"their sentence: the text's most-listed person {t['outside_main']} ({share(t['outside_main'], o)}), "
          f"a personal pronoun in the sentence {t['outside_pronoun']} ({share(t['outside_pronoun'], o)})")
    print("  shapes: " + "; ".join(f"{s} {t['shape ' + s]} ({share(t['shape ' + s], p)})" for s in SHAPES))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", choices=("required", "optional", "all"), default="required")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    texts = os.path.join(split.CORPUS, "texts")
    if not os.path.isdir(texts):
        print(f"SKIP: no corpus texts at {texts}")
        return 77
    kinds = {i: m.get("kind", "") for i, m in score.read_index(split.CORPUS).items()}
    tallies = {}
    for doc_id in split.gold_ids(GOLD):
        path = os.path.join(texts, doc_id + ".txt")
        if not os.path.exists(path):
            continue
        gold = score.load_gold(os.path.join(GOLD, doc_id + ".json"))
        with open(path, encoding="utf-8") as f:
            text = f.read()
        half = split.half(doc_id)
        groups = [half] + ([] if kinds.get(doc_id) == "encyclopedia" else [half + ", all but encyclopedia"])
        for g in groups:
            count_text(tallies.setdefault(g, new_tally()), gold, text, a.events)
    order = [g for h in ("dev", "test") for g in (h, h + ", all but encyclopedia") if g in tallies]
    if a.json:
        print(json.dumps({g: tallies[g] for g in order}, indent=2))
        return 0
    print(f"gold persons of {a.events} events (distinct by the scorer's surname key)")
    for g in order:
        report(g, tallies[g])
    return 0


if __name__ == "__main__":
    sys.exit(main())
