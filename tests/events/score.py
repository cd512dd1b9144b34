#!/usr/bin/env python3
"""Score `diplomap extract` against the real-news event gold (tests/events/gold/ID.json).

    score.py --diplomap BUILD/diplomap [--half dev|test] [--json] [--floor FILE] [--errors [--extra]]
             [--only ID...] [--stories DIR]

For every text of the half (tests/events/split.py) that has a gold file, it runs
`diplomap extract ../shared/corpora/diplomacy-news/texts/ID.txt`, matches the story's events
to the gold events one to one and reports:

* events: precision, recall and F1 (a hit is the same type family, the date, a place within
  tolerance and the status), date and status accuracy among matched events (matched = type
  family + place), invented events (emitted events that match no gold event, optional ones
  included), all of it per region and per kind of text (index.tsv);
* places (issue 15): wrong places (an emitted place that is a gold non-place, or farther than
  tolerance from every gold place), per article and as a share of emitted places, and how far;
  for wrong referents, how far from the gold's place of the same name, on a line of their own.

* error classes (issue 14), one line per family for all texts and per kind of text: why an
  emitted event matched no gold event (a duplicate, misdated, in no gold sentence, ...), why a
  gold event was missed (no event in its sentence, its place never found, a date kind, ...), and
  hits, misses and unmatched events by position (headline and lead, second paragraph, the rest);
  each event in one class, the first that applies (tests/events/README.md, "Error classes").

The matching rules are written in docs/accuracy.md ("Real-news events: annotation guide and
matching rules"); this file implements them and tests/events/test_score.py checks it.

--errors lists each text's unmatched gold, invented events and wrong places (with --extra also
the emitted events that match no gold event but are not invented); it is refused on
the test half (nobody reads the test half's individual errors). --floor FILE fails (exit 1)
when event F1 is below, or the wrong-place share above, the floors in FILE. Exit 77 (skip)
when the corpus or every gold file of the half is absent. The texts are the publishers'
copyright: this script reads them from ../shared and never prints them.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import split  # noqa: E402  (tests/events/split.py)

CORPUS = split.CORPUS
GOLD_DIR = os.environ.get("DM_EVENTS_GOLD", os.path.join(HERE, "gold"))

# Counters by type family (summed over texts; printed as "by family"): non-optional gold events,
# emitted events (not counting those on optional gold), hits, near misses (matched on family and
# place, wrong date or status); and by emitted type: emitted and invented events. Figures only:
# they say where a half's errors lie without listing any.
FAMILY_WORDS = ("family_gold", "family_emitted", "family_hits", "family_near")
TYPE_WORDS = ("type_emitted", "type_invented")
TYPES = ("meeting", "talks", "visit", "letter", "call", "statement", "broadcast", "agreement", "incident", "other")
FAMILY = {
    "meeting": "meet", "talks": "meet", "visit": "meet",
    "letter": "communicate", "call": "communicate", "statement": "communicate", "broadcast": "communicate",
    "agreement": "agreement", "incident": "incident", "other": "other",
}
FAMILIES = ("meet", "communicate", "agreement", "incident", "other")
STATUSES = ("held", "planned", "delivered", "refused", "suspended", "cancelled", "failed", "unknown")
KINDS = ("site", "city", "region", "country", "line", "area")
# Place tolerance in km, by the gold place's kind.
TOLERANCE_KM = {"site": 25.0, "city": 50.0, "region": 250.0, "country": 500.0, "line": 250.0, "area": 250.0}
FAR_KM = 1000.0
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class GoldError(Exception):
    pass


# ---------------------------------------------------------------- small helpers

def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def norm_name(s):
    """Case-, accent- and punctuation-blind form of a name ("St. Petersburg" = "st petersburg")."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"^the\s+", "", s.strip())
    s = re.sub(r"['’`]s$", "", s)
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def parse_date(s):
    """'2025', '2025-06' or '2025-06-12' to a tuple of ints; None for null."""
    if s is None:
        return None
    m = DATE_RE.match(s) if isinstance(s, str) else None
    if not m:
        raise ValueError(f"not YYYY, YYYY-MM or YYYY-MM-DD: {s!r}")
    return tuple(int(x) for x in m.groups() if x is not None)


def date_match(gold, emitted):
    """The date rule of docs/accuracy.md. Returns (match, coarse): coarse when the emitted date
    is less precise than the gold but agrees with it as far as it goes (a miss, counted apart)."""
    g, e = parse_date(gold), parse_date(emitted)
    if g is None:
        return True, False
    if e is None:
        return False, False
    if len(e) >= len(g):
        return e[: len(g)] == g, False
    return False, g[: len(e)] == e


# Kinds of date error among matched pairs (docs/accuracy.md), in the order they are tested: the
# first that applies names the error. "report" kinds compare with the publication date.
DATE_KINDS = (
    ("undated", "emitted undated where the gold is dated"),
    ("coarse", "too coarse"),
    ("report_earlier", "the report's date for an earlier event"),
    ("report_later", "the report's date for a later event"),
    ("year", "wrong year"),
    ("month", "right year, wrong month"),
    ("day", "right month, wrong day"),
)


def date_order(d, last=False):
    """A parsed date as a comparable (y, m, d), its first day (or last, roughly) when coarse."""
    y, m, dd = (list(d) + [None, None])[:3]
    return (y, m if m is not None else (12 if last else 1), dd if dd is not None else (31 if last else 1))


def date_error_kind(gold, emitted, published=None):
    """The kind of a date error (a key of DATE_KINDS), or None when the dates match."""
    ok, coarse = date_match(gold, emitted)
    if ok:
        return None
    if emitted is None:
        return "undated"
    if coarse:
        return "coarse"
    g, e = parse_date(gold), parse_date(emitted)
    pub = parse_date(published) if published else None
    if pub is not None and pub[: len(e)] == e:  # the report's day, or its month or year
        if date_order(g, last=True) < date_order(pub):
            return "report_earlier"
        if date_order(g) > date_order(pub, last=True):
            return "report_later"
    if e[0] != g[0]:
        return "year"
    if len(e) < 2 or len(g) < 2 or e[1] != g[1]:
        return "month"
    return "day"


def date_direction(gold, emitted):
    """'earlier' or 'later' when the emitted date lies wholly before or after the gold's."""
    g, e = parse_date(gold), parse_date(emitted)
    if g is None or e is None:
        return None
    if date_order(e, last=True) < date_order(g):
        return "earlier"
    if date_order(e) > date_order(g, last=True):
        return "later"
    return None


def status_match(gold, emitted, family):
    if gold == "unknown" or gold == emitted:
        return True
    return family == "communicate" and {gold, emitted} <= {"held", "delivered"}


def place_match(gold, emitted, country_rule="any"):
    """An emitted place (a story place) against a gold place, within the gold kind's tolerance.
    A gold country also matches an emitted place in that country (country_rule 'any', for
    events: more specific than the gold is not wrong) or only an emitted country
    (country_rule 'country', for the places figure)."""
    if emitted.get("lat") is None or emitted.get("lon") is None:
        return False
    gk = gold.get("kind", "city")
    if gk == "country" and gold.get("country") and emitted.get("country") == gold.get("country"):
        if country_rule == "any" or emitted.get("kind") == "country":
            return True
    if gold.get("lat") is None or gold.get("lon") is None:
        return False
    if country_rule == "country" and gk in ("country", "region") and emitted.get("kind") not in ("country", "region"):
        return False  # a stray town is not excused by lying inside a country or region the gold lists
    d = haversine_km(gold["lat"], gold["lon"], emitted["lat"], emitted["lon"])
    return d <= TOLERANCE_KM.get(gk, TOLERANCE_KM["city"])


def span_overlap(span, mentions):
    """Share of the gold span covered by the emitted event's best mention (a tie-break only)."""
    if not span or not mentions:
        return 0.0
    s, e = span
    best = 0
    for ms, me in mentions:
        best = max(best, min(e, me) - max(s, ms))
    return max(0, best) / max(1, e - s)


# ---------------------------------------------------------------- gold

def check_gold(g, where):
    """Validate one gold document; raises GoldError naming file and field."""
    def need(cond, field, msg):
        if not cond:
            raise GoldError(f"{where}: {field}: {msg}")

    need(isinstance(g, dict), "(top)", "not a JSON object")
    need(isinstance(g.get("events", []), list), "events", "not a list")
    for i, ev in enumerate(g.get("events", [])):
        f = f"events[{i}]"
        need(ev.get("type") in TYPES, f + ".type", f"unknown type {ev.get('type')!r}")
        try:
            parse_date(ev.get("date"))
        except ValueError as ex:
            raise GoldError(f"{where}: {f}.date: {ex}")
        need(ev.get("status", "unknown") in STATUSES, f + ".status", f"unknown status {ev.get('status')!r}")
        for j, p in enumerate(ev.get("places", [])):
            check_place(p, where, f"{f}.places[{j}]")
        sp = ev.get("span")
        need(sp is None or (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)
                            and 0 <= sp[0] <= sp[1]), f + ".span", "not [start, end]")
    for j, p in enumerate(g.get("places", [])):
        check_place(p, where, f"places[{j}]")
    for j, n in enumerate(g.get("non_places", [])):
        need(isinstance(n, dict) and isinstance(n.get("name"), str), f"non_places[{j}].name", "missing")


def check_place(p, where, f):
    if not isinstance(p, dict) or not isinstance(p.get("name"), str):
        raise GoldError(f"{where}: {f}.name: missing")
    if p.get("kind") not in KINDS:
        raise GoldError(f"{where}: {f}.kind: unknown kind {p.get('kind')!r}")
    lat, lon = p.get("lat"), p.get("lon")
    if lat is not None or lon is not None:
        if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and -90 <= lat <= 90
                and -180 <= lon <= 180):
            raise GoldError(f"{where}: {f}.lat/lon: not degrees")


def load_gold(path):
    try:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
    except json.JSONDecodeError as ex:
        raise GoldError(f"{path}:{ex.lineno}:{ex.colno}: {ex.msg}")
    check_gold(g, path)
    return g


# ---------------------------------------------------------------- one article

def story_events(story):
    """The story's events with their places resolved to place objects."""
    by_id = {p.get("id"): p for p in story.get("places", [])}
    out = []
    for ev in story.get("events", []):
        out.append({
            "type": ev.get("type", "other"),
            "family": FAMILY.get(ev.get("type"), "other"),
            "date": ev.get("date"),
            "status": ev.get("status", "unknown"),
            "places": [by_id[i] for i in ev.get("places", []) if i in by_id],
            "mentions": ev.get("mentions", []),
            "label": ev.get("label", ""),
            "persons": ev.get("persons") or [],
        })
    return out


def events_place_match(gold_ev, places):
    """(match, n): a gold event without places matches on type and date alone; else any emitted
    place within tolerance of any gold place of the event (n counts matched gold places)."""
    gp = gold_ev.get("places", [])
    if not gp:
        return True, 0
    n = sum(1 for g in gp if any(place_match(g, e) for e in places))
    return n > 0, n


def all_gold_places(gold):
    out = list(gold.get("places", []))
    for ev in gold.get("events", []):
        out.extend(ev.get("places", []))
    return out


NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def surname(name):
    """The last word of a name, case folded, without a generational suffix or trailing comma
    ("Joseph R. Biden, Jr." -> "biden")."""
    words = [w.strip(",") for w in name.split()]
    while len(words) > 1 and words[-1].casefold() in NAME_SUFFIXES:
        words.pop()
    return words[-1].casefold() if words else ""


def name_key(name):
    """A whole name without case, spaces, hyphens or dots: "Lee Jae Myung" and "Lee Jae-myung"
    are one (East Asian names put the family name first, so their last words differ)."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def persons_matched(gold_names, emitted_names):
    """(gold, emitted, right): distinct persons by surname on each side, and the gold persons
    some emitted person matches by surname or by the whole name."""
    gold = {surname(n): n for n in gold_names}
    emitted = {surname(n): n for n in emitted_names}
    right = sum(1 for k, g in gold.items()
                if k in emitted or any(name_key(g) == name_key(e) for e in emitted.values()))
    return len(gold), len(emitted), right


PERSON_PAIRINGS = ("own", "other")  # the pair's emitted event is told in the gold sentence, or elsewhere


def match_events(gold, story):
    """One-to-one greedy matching of emitted to gold events by best score. Returns per-article
    counts and the detail lists used by --errors."""
    gevs = gold.get("events", [])
    eevs = story_events(story)
    gplaces = all_gold_places(gold)
    cands = []
    can_match = [False] * len(eevs)  # a candidate pair with some gold event, optional included
    for ei, e in enumerate(eevs):
        for gi, g in enumerate(gevs):
            if FAMILY[g["type"]] != e["family"]:
                continue
            ok, n = events_place_match(g, e["places"])
            if not ok:
                continue
            d_ok, coarse = date_match(g.get("date"), e["date"])
            if not g.get("places") and not d_ok:
                continue  # a gold event without places matches on type family and date
            s_ok = status_match(g.get("status", "unknown"), e["status"], e["family"])
            can_match[ei] = True
            key = (0 if g.get("optional") else 1, int(d_ok and s_ok), int(d_ok), int(s_ok), n,
                   span_overlap(g.get("span"), e["mentions"]), -ei, -gi)
            cands.append((key, ei, gi, d_ok, coarse, s_ok))
    cands.sort(reverse=True)
    used_e, used_g, pairs = set(), set(), []
    for key, ei, gi, d_ok, coarse, s_ok in cands:
        if ei in used_e or gi in used_g:
            continue
        used_e.add(ei)
        used_g.add(gi)
        pairs.append((ei, gi, d_ok, coarse, s_ok))

    invented = []
    for ei, e in enumerate(eevs):
        if not e["places"]:
            # placed nowhere: invented unless a gold event of its family has its date
            if not any(FAMILY[g["type"]] == e["family"] and date_match(g.get("date"), e["date"])[0] for g in gevs):
                invented.append(ei)
        elif not can_match[ei]:
            invented.append(ei)
        elif e["places"] and gplaces and not any(place_match(g, p) for g in gplaces for p in e["places"]):
            invented.append(ei)  # it matched a gold event without places, but is placed nowhere the gold is

    # Country-level reading (reported beside the rule): an invented event of a family the gold
    # has in the same country is a place-precision error ("visit" placed at Cuba for Havana)
    # rather than a happening that did not take place.
    def same_country(e):
        ecs = {p.get("country") for p in e["places"] if p.get("country")}
        return any(FAMILY[g["type"]] == e["family"] and any(gp.get("country") in ecs for gp in g.get("places", []))
                   for g in gevs)
    invented_country = [ei for ei in invented if not (eevs[ei]["places"] and same_country(eevs[ei]))]

    c = {"gold": 0, "gold_optional": 0, "emitted": len(eevs), "emitted_counted": len(eevs),
         "hits": 0, "matched": 0, "date_ok": 0, "date_coarse": 0, "status_ok": 0, "invented": len(invented),
         "invented_country": len(invented_country), "matched_optional": 0,
         "persons_gold": 0, "persons_emitted": 0, "persons_ok": 0}
    c.update({f"persons_{w}_{k}": 0 for w in PERSON_PAIRINGS for k in ("pairs", "gold", "emitted", "ok")})
    c.update({"date_kind_" + k: 0 for k, _ in DATE_KINDS})
    c.update({f"{w}_{f}": 0 for f in FAMILIES for w in FAMILY_WORDS})
    c.update({f"{w}_{t}": 0 for t in TYPES for w in TYPE_WORDS})
    c.update({"date_earlier": 0, "date_later": 0, "date_extra_planned": 0, "date_extra_other": 0})
    published = gold.get("published")
    date_kinds = {}
    for g in gevs:
        c["gold_optional" if g.get("optional") else "gold"] += 1
        if not g.get("optional"):
            c["family_gold_" + FAMILY[g["type"]]] += 1
    for ei in invented:
        c["type_invented_" + eevs[ei]["type"]] += 1
    optional_pairs = {ei for ei, gi, *_ in pairs if gevs[gi].get("optional")}
    for ei, e in enumerate(eevs):
        if ei not in optional_pairs:
            c["type_emitted_" + e["type"]] += 1
            c["family_emitted_" + e["family"]] += 1
    for ei, gi, d_ok, coarse, s_ok in pairs:
        if gevs[gi].get("optional"):
            c["matched_optional"] += 1
            c["emitted_counted"] -= 1  # neither a hit nor a miss
            continue
        c["matched"] += 1
        c["date_ok"] += d_ok
        c["date_coarse"] += coarse
        c["status_ok"] += s_ok
        c["hits"] += d_ok and s_ok
        c["family_hits_" + eevs[ei]["family"]] += d_ok and s_ok
        c["family_near_" + eevs[ei]["family"]] += not (d_ok and s_ok)
        gd, ed = gevs[gi].get("date"), eevs[ei]["date"]
        kind = date_error_kind(gd, ed, published)
        if kind:
            date_kinds[ei] = kind
            c["date_kind_" + kind] += 1
            way = date_direction(gd, ed)
            if way:
                c["date_" + way] += 1
        elif gd is None and ed is not None:  # no error: the gold leaves it undated, we date it
            c["date_extra_planned" if gevs[gi].get("status") == "planned" else "date_extra_other"] += 1
        # Persons of a matched event, by surname (the last word, case folded, without "Jr.")
        # or by the whole name ("Lee Jae Myung" is "Lee Jae-myung"): what the legend prints
        # beside the event.
        ng, ne, nr = persons_matched(gevs[gi].get("persons") or [], eevs[ei]["persons"])
        c["persons_gold"] += ng
        c["persons_emitted"] += ne
        c["persons_ok"] += nr
        # The same persons split by pairing: a pair whose emitted event has a mention inside the
        # gold event's sentence, or one that joins the gold event to an event told elsewhere
        # (its persons are then mostly an event recall question, not a person one).
        where = "own" if span_overlap(gevs[gi].get("span"), eevs[ei]["mentions"]) > 0 else "other"
        c[f"persons_{where}_pairs"] += 1
        c[f"persons_{where}_gold"] += ng
        c[f"persons_{where}_emitted"] += ne
        c[f"persons_{where}_ok"] += nr
    matched_g = {gi for _, gi, *_ in pairs}
    detail = {
        "missed": [gi for gi, g in enumerate(gevs) if not g.get("optional") and gi not in matched_g],
        "wrong": [(ei, gi, d_ok, s_ok) for ei, gi, d_ok, _, s_ok in pairs
                  if not gevs[gi].get("optional") and not (d_ok and s_ok)],
        "unmatched_emitted": [ei for ei in range(len(eevs)) if ei not in used_e],
        "invented": invented,
        "pairs": [(ei, gi) for ei, gi, *_ in pairs],
        "events": eevs,
        "date_kinds": date_kinds,
    }
    return c, detail


LARGE_KINDS = ("country", "region", "area", "line")


def same_referent(gold, emitted):
    """A gold place and an emitted place of the same name: the same referent when within the
    gold kind's tolerance whatever the emitted kind (Gaza the city for the Gaza Strip, Kursk the
    city for its region), or when both are large (a region, country, sea or line: a continent,
    "the Middle East") and their points lie within 1,000 km (another centre convention)."""
    d = haversine_km(gold["lat"], gold["lon"], emitted["lat"], emitted["lon"])
    if d <= TOLERANCE_KM.get(gold.get("kind"), TOLERANCE_KM["city"]):
        return True
    return gold.get("kind") in LARGE_KINDS and emitted.get("kind") in LARGE_KINDS and d <= FAR_KM


def score_places(gold, story, text=None):
    """The places figure of issue 15 for one article."""
    gplaces = all_gold_places(gold)
    gcountries = {p.get("country") for p in gplaces if p.get("country")}
    for ev in gold.get("events", []):
        gcountries.update(ev.get("countries", []))
    nonp = {norm_name(n["name"]) for n in gold.get("non_places", [])}
    out = {"emitted": 0, "wrong": 0, "wrong_non_place": 0, "wrong_referent": 0, "wrong_unlisted": 0,
           "unlisted_small": 0, "unlisted_large": 0, "far": 0, "distances": [], "referent_far": 0,
           "referent_distances": [], "list": []}
    for p in story.get("places", []):
        out["emitted"] += 1
        if any(place_match(g, p, "country") for g in gplaces):
            continue
        if p.get("kind") == "country" and p.get("country") in gcountries:
            continue  # an actor country the gold left off the map: true, not wrong
        surfaces = {norm_name(p.get("name", ""))}
        if text is not None:
            surfaces.update(norm_name(text[s:e]) for s, e in p.get("mentions", []) if 0 <= s < e <= len(text))
        surfaces.discard("")
        out["wrong"] += 1
        if surfaces & nonp:
            out["wrong_non_place"] += 1
            out["list"].append((p.get("name", ""), "non-place", None))
            continue
        same = [g for g in gplaces if norm_name(g.get("name")) in surfaces and g.get("lat") is not None]
        if p.get("lat") is not None and any(same_referent(g, p) for g in same):
            out["wrong"] -= 1
            continue
        pool = same or [g for g in gplaces if g.get("lat") is not None]
        d = None
        if pool and p.get("lat") is not None:
            d = min(haversine_km(g["lat"], g["lon"], p["lat"], p["lon"]) for g in pool)
            out["distances"].append(d)
            out["far"] += d > FAR_KM
            if same:  # how far the map moved a place of the text: the target counts these over 1,000 km
                out["referent_distances"].append(d)
                out["referent_far"] += d > FAR_KM
        out["wrong_referent" if same else "wrong_unlisted"] += 1
        if not same:  # a country, region or sea the gold leaves off is more often true than a town is
            out["unlisted_large" if p.get("kind") in ("country", "region", "area", "line") else "unlisted_small"] += 1
        out["list"].append((p.get("name", ""), "referent" if same else "unlisted", d))
    return out


# ---------------------------------------------------------------- error classes (figures only)

# Issue 14's aggregate classes: why an emitted event matched no gold event, why a gold event was
# missed, and where in the text hits, misses and unmatched events sit. They are counts summed per
# kind of text, so that a half nobody reads (the test half) can still say where its errors lie.
# Each event gets exactly one class of each family: the first of the list that applies wins.
# docs: tests/events/README.md, "Error classes".
UNMATCHED_WHY = (
    ("duplicate", "the family, place, date and status of a gold event another emitted event took"),
    ("status", "the family and place of a gold event, another status (planned for held, ...)"),
    ("misdated", "the family, place and status of a gold event, another date"),
    ("non_place", "placed at a gold non-place"),
    ("misplaced", "the family and date of a gold event, another place"),
    ("headline", "told in the headline only"),
    ("beside_optional", "in an optional gold event's sentence or the one before or after it"),
    ("no_gold_sentence", "in no gold event's sentence"),
    ("unlisted", "in a gold event's sentence, at no place of the gold"),
    ("other", "in a gold event's sentence at a gold place (another family, another event's place)"),
)
MISS_WHY = (
    ("no_place", "no emitted place matches the gold event's places"),
    ("no_event", "no emitted event in the gold sentence"),
    ("other_family", "emitted events of other families only in the gold sentence"),
    ("elsewhere", "an emitted event of its family in the sentence, placed elsewhere"),
    ("taken", "an emitted event of its family in the sentence, matched to another gold event"),
) + tuple(("date_" + k, "matched on family and place, date " + t) for k, t in DATE_KINDS) + (
    ("status", "matched on family, place and date, wrong status"),
)
# Where a misplaced emitted event (UNMATCHED_WHY "misplaced") or a miss placed elsewhere (MISS_WHY
# "elsewhere") was put, against the gold event(s) of its family it missed: it tells a town for a
# country (or another town of it) apart from the visitor's home country or an unrelated place.
PLACED_WHERE = (
    ("placeless", "the emitted event has no place"),
    ("same_country", "a place in the country of a place of the gold event"),
    ("participant", "a place in another participant country of the gold event"),
    ("other_gold", "another place the gold lists for the text"),
    ("far", "anywhere else"),
)
# Whether a missed gold event's place is named in its own sentence (the gold place's name, or a
# country's name or adjective-free short form, found in the span's text) or only elsewhere in the
# text: it tells a trigger or in-sentence placement error apart from a place told in another
# sentence (a dateline, the lead, the sentence before).
NAMED = (("here", "a gold place of the event named in its sentence"),
         ("elsewhere", "its places named only outside its sentence"),
         ("none", "the gold event has no place, or no span"))
ZONES = (("lead", "headline and lead"), ("second", "second paragraph"), ("rest", "the rest"),
         ("none", "no span"))
POSITION_WHAT = ("hits", "misses", "unmatched")
CLASS_KEYS = ("unmatched", "extra") + tuple("why_unmatched_" + k for k, _ in UNMATCHED_WHY) + tuple(
    "why_unmatched_invented_" + k for k, _ in UNMATCHED_WHY) + tuple("why_miss_" + k for k, _ in MISS_WHY) + tuple(
    f"pos_{w}_{z}" for w in POSITION_WHAT for z, _ in ZONES) + tuple(
    f"where_{c}_{k}" for c in ("misplaced", "elsewhere") for k, _ in PLACED_WHERE) + tuple(
    f"named_{k}_{t}" for k, _ in MISS_WHY for t, _ in NAMED) + tuple(f"noevent_{f}" for f in FAMILIES)
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[0-9A-Z])|\n")


def sentences(text):
    """Rough sentence spans of a text: a line break, or . ! ? and space before a capital, a digit
    or an opening quote (enough to find the sentence beside a gold span)."""
    out, start = [], 0
    for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]:
        piece = text[start:end]
        if piece.strip():  # the span without the spaces around it
            out.append((start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())))
        start = end
    return out


def text_layout(text):
    """(headline, paragraphs) as code-point spans. The real-news corpus's texts open with a
    'date YYYY-MM-DD' line and a headline line; the fresh sets' articles have neither (headline
    None). Paragraphs are the blocks between blank lines; a text with one block has its lines as
    paragraphs, and a text of one line its sentences (a wire lead is one sentence)."""
    if not text:
        return None, []
    pos, headline = 0, None
    if text.startswith("date "):
        nl = text.find("\n")
        pos = len(text) if nl < 0 else nl + 1
        while pos < len(text) and text[pos] in "\r\n":
            pos += 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        headline, pos = (pos, end), end
    blocks = [(m.start() + pos, m.end() + pos)
              for m in re.finditer(r"\S(?:.|\n(?![ \t\r]*\n))*", text[pos:])]
    if len(blocks) == 1:
        s0, e0 = blocks[0]
        lines = [(m.start() + s0, m.end() + s0) for m in re.finditer(r"[^\n]*\S[^\n]*", text[s0:e0])]
        blocks = lines if len(lines) > 1 else [(s + s0, e + s0) for s, e in sentences(text[s0:e0])]
    return headline, blocks


def zone(layout, at):
    """The zone of a code-point offset: 'lead' (the headline and first paragraph), 'second' or
    'rest'; 'none' when there is no offset."""
    if at is None:
        return "none"
    headline, paras = layout
    if headline is not None and at < headline[1]:
        return "lead"
    for i, (s, e) in enumerate(paras[:2]):
        if at < e:
            return ("lead", "second")[i]
    return "rest" if paras or headline else "lead"


def overlaps(mentions, span):
    return bool(span) and any(min(span[1], me) > max(span[0], ms) for ms, me in mentions)


def beside(span, sents):
    """The gold span and the sentences just before and after it."""
    out = [span]
    inside = [i for i, (s, e) in enumerate(sents) if min(e, span[1]) > max(s, span[0])]
    if inside:
        if inside[0] > 0:
            out.append(sents[inside[0] - 1])
        if inside[-1] + 1 < len(sents):
            out.append(sents[inside[-1] + 1])
    return out


def named_in_sentence(g, text):
    """NAMED's class of gold event g: is one of its places named (case-insensitive, whole words)
    inside its span's text?"""
    span = g.get("span")
    if not g.get("places") or not span or not text:
        return "none"
    sentence = norm_name(text[span[0]:span[1]])
    for p in g["places"]:
        name = norm_name(p.get("name", ""))
        if name and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence):
            return "here"
    return "elsewhere"


def error_classes(gold, story, detail, text=None):
    """The class counts of one article (keys of CLASS_KEYS) and each event's class
    ({'gold': {gi: why}, 'emitted': {ei: why}}, for --errors)."""
    gevs, eevs = gold.get("events", []), detail["events"]
    gplaces = all_gold_places(gold)
    nonp = {norm_name(n["name"]) for n in gold.get("non_places", [])}
    layout = text_layout(text) if text else (None, [])
    sents = sentences(text) if text else []
    c = {k: 0 for k in CLASS_KEYS}
    why = {"gold": {}, "emitted": {}}
    pairs = dict((gi, ei) for ei, gi in detail["pairs"])
    wrong = {gi: (ei, d_ok, s_ok) for ei, gi, d_ok, s_ok in detail["wrong"]}
    invented = set(detail["invented"])

    def on_gold_place(e):
        return not (e["places"] and gplaces and not any(place_match(g, p) for g in gplaces for p in e["places"]))

    def place_agrees(g, e):
        """As the matcher pairs: at a place of the gold event, or for a gold event without places
        on its date (and at a place of the gold, as the invented rule asks)."""
        if g.get("places"):
            return events_place_match(g, e["places"])[0]
        return on_gold_place(e) and date_match(g.get("date"), e["date"])[0]

    def placed_where(e, golds):
        """PLACED_WHERE's first class that applies to emitted event e against gold events golds."""
        if not e["places"]:
            return "placeless"
        ecs = {p.get("country") for p in e["places"]} - {None, ""}
        if ecs & {gp.get("country") for g in golds for gp in g.get("places", [])}:
            return "same_country"
        if ecs & {c for g in golds for c in g.get("countries", [])}:
            return "participant"
        if on_gold_place(e):
            return "other_gold"
        return "far"

    def surfaces(p):
        out = {norm_name(p.get("name", ""))}
        if text:
            out.update(norm_name(text[s:e]) for s, e in p.get("mentions", []) if 0 <= s < e <= len(text))
        out.discard("")
        return out

    # Emitted events that match no gold event, and invented ones (an event paired with a gold
    # event that has no places is invented when placed nowhere the gold is: docs/accuracy.md).
    for ei in sorted(set(detail["unmatched_emitted"]) | invented):
        e = eevs[ei]
        fam = [g for g in gevs if FAMILY[g["type"]] == e["family"]]
        same = [(date_match(g.get("date"), e["date"])[0], status_match(g.get("status", "unknown"), e["status"],
                 e["family"])) for g in fam if place_agrees(g, e)]
        ms = e["mentions"]
        req = [g.get("span") for g in gevs if not g.get("optional") and g.get("span")]
        opt = [g.get("span") for g in gevs if g.get("optional") and g.get("span")]
        if (True, True) in same:
            k = "duplicate"
        elif (True, False) in same:
            k = "status"
        elif (False, True) in same:
            k = "misdated"
        elif same:
            k = "status"
        elif any(surfaces(p) & nonp for p in e["places"]):
            k = "non_place"
        elif any(date_match(g.get("date"), e["date"])[0] for g in fam):
            k = "misplaced"
            c["where_misplaced_" + placed_where(e, [g for g in fam if date_match(g.get("date"), e["date"])[0]])] += 1
        elif ms and layout[0] and all(me <= layout[0][1] for _, me in ms):
            k = "headline"
        elif not any(overlaps(ms, s) for s in req) and any(overlaps(ms, b) for s in opt for b in beside(s, sents)):
            k = "beside_optional"
        elif not any(overlaps(ms, s) for s in req + opt):
            k = "no_gold_sentence"
        elif e["places"] and not on_gold_place(e):
            k = "unlisted"
        else:
            k = "other"
        c["unmatched"] += 1
        c["extra"] += ei not in invented
        c["why_unmatched_" + k] += 1
        c["why_unmatched_invented_" + k] += ei in invented
        why["emitted"][ei] = k
        c[f"pos_unmatched_{zone(layout, min((s for s, _ in ms), default=None))}"] += 1

    for gi, g in enumerate(gevs):
        if g.get("optional"):
            continue
        span = g.get("span")
        where = zone(layout, span[0] if span else None)
        if gi in pairs and gi not in wrong:
            c[f"pos_hits_{where}"] += 1
            continue
        c[f"pos_misses_{where}"] += 1
        if gi in wrong:
            ei, d_ok, s_ok = wrong[gi]
            k = "status" if d_ok else "date_" + detail["date_kinds"][ei]
        else:
            there = [e for e in eevs if span and overlaps(e["mentions"], span)]
            kin = [e for e in there if e["family"] == FAMILY[g["type"]]]
            if g.get("places") and not any(place_match(gp, p) for gp in g["places"] for p in story.get("places", [])):
                k = "no_place"
            elif not there:
                k = "no_event"
            elif not kin:
                k = "other_family"
            elif not any(place_agrees(g, e) for e in kin):
                k = "elsewhere"
                order = [w for w, _ in PLACED_WHERE]
                c["where_elsewhere_" + min((placed_where(e, [g]) for e in kin), key=order.index)] += 1
            else:
                k = "taken"
        c["why_miss_" + k] += 1
        c[f"named_{k}_{named_in_sentence(g, text)}"] += 1
        if k == "no_event":
            c["noevent_" + FAMILY[g["type"]]] += 1
        why["gold"][gi] = k
    return c, why


def score_article(gold, story, text=None):
    ev, detail = match_events(gold, story)
    cls, detail["why"] = error_classes(gold, story, detail, text)
    ev.update(cls)
    pl = score_places(gold, story, text)
    return {"events": ev, "places": pl, "detail": detail}


# ---------------------------------------------------------------- aggregation

EV_KEYS = ("gold", "gold_optional", "emitted", "emitted_counted", "hits", "matched", "date_ok", "date_coarse",
           "status_ok", "invented", "invented_country", "matched_optional", "persons_gold", "persons_emitted",
           "persons_ok") + tuple(f"persons_{w}_{k}" for w in PERSON_PAIRINGS for k in ("pairs", "gold", "emitted", "ok")) + tuple(
           "date_kind_" + k for k, _ in DATE_KINDS) + (
           "date_earlier", "date_later", "date_extra_planned", "date_extra_other") + tuple(
           f"{w}_{f}" for f in FAMILIES for w in FAMILY_WORDS) + tuple(f"{w}_{t}" for t in TYPES for w in TYPE_WORDS) + CLASS_KEYS
PL_KEYS = ("emitted", "wrong", "wrong_non_place", "wrong_referent", "wrong_unlisted", "unlisted_small",
           "unlisted_large", "far", "referent_far")


def ratio(a, b):
    return None if b == 0 else a / b


def median(xs):
    xs = sorted(xs)
    if not xs:
        return None
    return xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2


def figures(results):
    ev = {k: sum(r["events"][k] for r in results) for k in EV_KEYS}
    pl = {k: sum(r["places"][k] for r in results) for k in PL_KEYS}
    dists = sorted(d for r in results for d in r["places"]["distances"])
    rdists = sorted(d for r in results for d in r["places"]["referent_distances"])
    p, r = ratio(ev["hits"], ev["emitted_counted"]), ratio(ev["hits"], ev["gold"])
    f1 = None if p is None or r is None else (0.0 if p + r == 0 else 2 * p * r / (p + r))
    lp, lr = ratio(ev["matched"], ev["emitted_counted"]), ratio(ev["matched"], ev["gold"])
    lf1 = None if lp is None or lr is None else (0.0 if lp + lr == 0 else 2 * lp * lr / (lp + lr))
    n = len(results)
    return {
        "texts": n,
        "events": dict(ev, precision=p, recall=r, f1=f1, located_precision=lp, located_recall=lr, located_f1=lf1,
                       date_accuracy=ratio(ev["date_ok"], ev["matched"]),
                       status_accuracy=ratio(ev["status_ok"], ev["matched"]),
                       persons_precision=ratio(ev["persons_ok"], ev["persons_emitted"]),
                       persons_recall=ratio(ev["persons_ok"], ev["persons_gold"]),
                       **{f"persons_{w}_{pr}": ratio(ev[f"persons_{w}_ok"], ev[f"persons_{w}_{d}"])
                          for w in PERSON_PAIRINGS for pr, d in (("precision", "emitted"), ("recall", "gold"))},
                       invented_share=ratio(ev["invented"], ev["emitted"]),
                       invented_country_share=ratio(ev["invented_country"], ev["emitted"])),
        "places": dict(pl, wrong_share=ratio(pl["wrong"], pl["emitted"]),
                       wrong_per_article=ratio(pl["wrong"], n),
                       median_km=median(dists), max_km=dists[-1] if dists else None,
                       referent_km=rdists, referent_median_km=median(rdists),
                       referent_max_km=rdists[-1] if rdists else None),
    }


def fmt(x, nd=3):
    return "-" if x is None else f"{x:.{nd}f}"


def line(name, f):
    e, p = f["events"], f["places"]
    return (f"{name:<14} {f['texts']:>5} {e['gold']:>5} {e['emitted']:>5} {fmt(e['precision'])} {fmt(e['recall'])} "
            f"{fmt(e['f1'])}  {fmt(e['date_accuracy'])} {fmt(e['status_accuracy'])}  {e['invented']:>4} "
            f"{fmt(e['invented_share'])}  {p['emitted']:>5} {p['wrong']:>4} {fmt(p['wrong_share'])} "
            f"{fmt(p['wrong_per_article'], 2):>5} {p['far']:>4}  {fmt(e['persons_precision'])} "
            f"{fmt(e['persons_recall'])} {fmt(e['persons_own_recall'])}")


# The last three columns: persons on matched events, P and R, and R on the pairs told in the gold
# event's own sentence (per kind, so that a half's persons figure can be read kind by kind).
HEADER = ("group          texts  gold  emit P     R     F1     date  status  inv  inv%   places wrong w%  "
          " w/art >1000km  persP persR ownR")


# ---------------------------------------------------------------- driver

def read_index(corpus):
    meta = {}
    path = os.path.join(corpus, "index.tsv")
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for row in f:
            cols = row.rstrip("\n").split("\t")
            if len(cols) >= len(head) - 1:
                meta[cols[0]] = dict(zip(head, cols))
    return meta


def extract(diplomap, text_path, stories_dir, doc_id):
    if stories_dir:
        cached = os.path.join(stories_dir, doc_id + ".json")
        if os.path.exists(cached) and os.path.getmtime(cached) >= os.path.getmtime(diplomap):
            with open(cached, encoding="utf-8") as f:
                return json.load(f), None
    p = subprocess.run([diplomap, "extract", text_path], capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ''}"
    story = json.loads(p.stdout)
    if stories_dir:
        os.makedirs(stories_dir, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=stories_dir, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(p.stdout)
        os.replace(tmp, os.path.join(stories_dir, doc_id + ".json"))
    return story, None


def describe_gold(ev):
    pl = "/".join(p["name"] for p in ev.get("places", [])) or "-"
    return f"{ev['type']} {ev.get('date')} {ev.get('status')} @ {pl}"


def describe_emitted(ev):
    pl = "/".join(p.get("name", "?") for p in ev["places"]) or "-"
    return f"{ev['type']} {ev['date']} {ev['status']} @ {pl}"


def print_errors(doc_id, gold, res, extra=False):
    d = res["detail"]
    gevs, eevs = gold.get("events", []), d["events"]
    lines = []
    cls = d.get("why", {"gold": {}, "emitted": {}})  # each error's class (error_classes)
    for gi in d["missed"]:
        lines.append(f"  missed    gold[{gi}] {describe_gold(gevs[gi])}  [{cls['gold'].get(gi, '?')}]")
    for ei, gi, d_ok, s_ok in d["wrong"]:
        what = ",".join(w for w, ok in (("date", d_ok), ("status", s_ok)) if not ok)
        lines.append(f"  wrong-{what:<11} gold[{gi}] {describe_gold(gevs[gi])}  <- e{ei + 1} {describe_emitted(eevs[ei])}")
        if ei in d["date_kinds"]:
            lines.append(f"    date error: {dict(DATE_KINDS)[d['date_kinds'][ei]]}")
    for ei in d["invented"]:
        lines.append(f"  invented  e{ei + 1} {describe_emitted(eevs[ei])}  [{cls['emitted'].get(ei, '?')}]")
    if extra:  # matched no gold event, yet not invented: its family's gold event was taken
        for ei in d["unmatched_emitted"]:
            if ei not in d["invented"]:
                lines.append(f"  extra     e{ei + 1} {describe_emitted(eevs[ei])}  [{cls['emitted'].get(ei, '?')}]")
    for name, why, dist in res["places"]["list"]:
        lines.append(f"  place     {name} ({why}{'' if dist is None else f', {dist:.0f} km'})")
    if lines:
        print(doc_id)
        print("\n".join(lines))


def print_place_figures(p):
    """The places lines of the report (tests/events/fresh/score_fresh.py prints them too)."""
    print(f"places: {p['wrong']} wrong of {p['emitted']} emitted ({fmt(p['wrong_share'])}; "
          f"{fmt(p['wrong_per_article'], 2)} per article): non-place {p['wrong_non_place']}, wrong referent "
          f"{p['wrong_referent']}, unlisted {p['wrong_unlisted']} ({p['unlisted_small']} sites and towns, "
          f"{p['unlisted_large']} countries, regions, seas); median {fmt(p['median_km'], 0)} km, "
          f"max {fmt(p['max_km'], 0)} km, {p['far']} over {FAR_KM:.0f} km")
    print(f"  wrong referents: {p['wrong_referent']}, from the gold's place of that name: median {fmt(p['referent_median_km'], 0)} km, max {fmt(p['referent_max_km'], 0)} km, "
          f"{p['referent_far']} over {FAR_KM:.0f} km")


def print_class_figures(groups):
    """The error-class lines (issue 14): for each family of classes one line per group, the
    first group being the whole set ("all") and the rest its kinds of text (or corpora)."""
    print("error classes (each event in one class, the first that applies; tests/events/README.md):")
    for name, e in groups:
        inv = ", ".join(f"{k} {e['why_unmatched_invented_' + k]}" for k, _ in UNMATCHED_WHY
                        if e["why_unmatched_invented_" + k])
        print(f"  unmatched emitted by reason, {name}: {e['unmatched']} ({e['invented']} invented, {e['extra']} extra): "
              + ", ".join(f"{k} {e['why_unmatched_' + k]}" for k, _ in UNMATCHED_WHY)
              + f"; the invented among them: {inv or 'none'}")
    for name, e in groups:
        dates = ", ".join(f"{k} {e['why_miss_date_' + k]}" for k, _ in DATE_KINDS)
        print(f"  misses by reason, {name}: {e['gold'] - e['hits']} of {e['gold']} gold: "
              + ", ".join(f"{k} {e['why_miss_' + k]}" for k, _ in MISS_WHY if not k.startswith("date_"))
              + f"; date ({dates})")
    for name, e in groups:
        print(f"  where misplaced and elsewhere events were put, {name}: " + "; ".join(
            f"{c} " + ", ".join(f"{k} {e[f'where_{c}_{k}']}" for k, _ in PLACED_WHERE)
            for c in ("misplaced", "elsewhere")))
    for name, e in groups:
        print(f"  misses by whether their place is named in their sentence (here/elsewhere/none), {name}: " + ", ".join(
            f"{k} " + "/".join(str(e[f"named_{k}_{t}"]) for t, _ in NAMED) for k, _ in MISS_WHY
            if any(e[f"named_{k}_{t}"] for t, _ in NAMED)) + "; no_event by family: " + ", ".join(
            f"{f} {e['noevent_' + f]}" for f in FAMILIES))
    zones = " / ".join(text for z, text in ZONES[:3])
    for name, e in groups:
        none = sum(e[f"pos_{w}_none"] for w in POSITION_WHAT)
        print(f"  by position ({zones}), {name}: " + ", ".join(
            f"{w} " + "/".join(str(e[f"pos_{w}_{z}"]) for z, _ in ZONES[:3]) for w in POSITION_WHAT)
            + (f"; {none} without a span or mention" if none else ""))


def print_event_figures(e):
    """The event lines of the report (tests/events/fresh/score_fresh.py prints them too)."""
    print(f"events: P {fmt(e['precision'])} R {fmt(e['recall'])} F1 {fmt(e['f1'])}  "
          f"(hits {e['hits']}, gold {e['gold']} + {e['gold_optional']} optional, emitted {e['emitted']}, "
          f"{e['matched_optional']} on optional gold)")
    print(f"  type family + place only (date and status not checked): P {fmt(e['located_precision'])} "
          f"R {fmt(e['located_recall'])} F1 {fmt(e['located_f1'])}")
    print(f"  among {e['matched']} matched (type family + place): date {fmt(e['date_accuracy'])} "
          f"({e['date_coarse']} too coarse), status {fmt(e['status_accuracy'])}, persons P "
          f"{fmt(e['persons_precision'])} R {fmt(e['persons_recall'])} ({e['persons_ok']} of "
          f"{e['persons_emitted']} emitted, {e['persons_gold']} in the gold)")
    print("  persons by pairing: " + "; ".join(
        f"{text} {e[f'persons_{w}_pairs']} pairs P {fmt(e[f'persons_{w}_precision'])} "
        f"R {fmt(e[f'persons_{w}_recall'])} ({e[f'persons_{w}_ok']} of {e[f'persons_{w}_emitted']} emitted, "
        f"{e[f'persons_{w}_gold']} in the gold)"
        for w, text in (("own", "emitted event told in the gold sentence"), ("other", "told elsewhere"))))
    print("  date errors by kind: " + ", ".join(f"{text} {e['date_kind_' + k]}" for k, text in DATE_KINDS)
          + f"; emitted earlier than the gold {e['date_earlier']}, later {e['date_later']}; dated where the "
          f"gold leaves it undated (no error): planned {e['date_extra_planned']}, other {e['date_extra_other']}")
    print(f"  invented {e['invented']} of {e['emitted']} emitted ({fmt(e['invented_share'])}); "
          f"{e['invented_country']} ({fmt(e['invented_country_share'])}) with no gold event of the family "
          f"in the same country")
    print("  by family (gold / emitted: hits, near misses): " + "; ".join(
        f"{f} {e['family_gold_' + f]} / {e['family_emitted_' + f]}: {e['family_hits_' + f]}, "
        f"{e['family_near_' + f]}" for f in FAMILIES))
    print("  invented by type (invented of emitted): " + ", ".join(
        f"{t} {e['type_invented_' + t]} of {e['type_emitted_' + t]}" for t in TYPES if e['type_emitted_' + t]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--diplomap", default=os.environ.get("DIPLOMAP"), help="the diplomap binary ($DIPLOMAP)")
    ap.add_argument("--half", choices=("dev", "test"), default="dev")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--floor", help="JSON file of floors (tests/events/floor.json): fail when worse")
    ap.add_argument("--errors", action="store_true", help="list each text's errors (dev half only)")
    ap.add_argument("--extra", action="store_true",
                    help="with --errors, also list emitted events that match no gold event but are not "
                    "invented (a gold event of their family was taken by another)")
    ap.add_argument("--only", nargs="*", help="score these ids only (of the half)")
    ap.add_argument("--stories", help="keep and reuse extracted stories in DIR (reused while newer than the binary)")
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--gold", default=GOLD_DIR)
    a = ap.parse_args(argv)
    if a.errors and a.half == "test":
        print("diplomap: score.py: --errors: the test half's individual errors are not to be read (issue 14)",
              file=sys.stderr)
        return 2
    if not a.diplomap or not os.access(a.diplomap, os.X_OK):
        print(f"diplomap: score.py: --diplomap: {a.diplomap!r} is not an executable", file=sys.stderr)
        return 2
    if not os.path.isdir(os.path.join(a.corpus, "texts")):
        print(f"SKIP: {a.corpus}/texts absent (the corpus lives beside the checkout in ../shared)")
        return 77
    meta = read_index(a.corpus)
    ids = [i for i in sorted(meta) if split.half(i) == a.half]
    if a.only:
        ids = [i for i in ids if i in set(a.only)]
    ids = [i for i in ids if os.path.exists(os.path.join(a.gold, i + ".json"))]
    if not ids:
        print(f"SKIP: no gold file of the {a.half} half in {a.gold}")
        return 77

    results, groups, skipped, failed = [], {}, [], []
    for doc_id in ids:
        text_path = os.path.join(a.corpus, "texts", doc_id + ".txt")
        if not os.path.exists(text_path):
            skipped.append(doc_id)
            print(f"SKIP: {text_path} absent", file=sys.stderr)
            continue
        try:
            gold = load_gold(os.path.join(a.gold, doc_id + ".json"))
        except GoldError as ex:
            print(f"diplomap: {ex}", file=sys.stderr)
            return 2
        story, err = extract(a.diplomap, text_path, a.stories, doc_id)
        if story is None:
            failed.append(doc_id)
            print(f"diplomap: score.py: {doc_id}: extract failed: {err}", file=sys.stderr)
            story = {"places": [], "events": []}
        with open(text_path, encoding="utf-8") as f:
            text = f.read()
        res = score_article(gold, story, text)
        results.append(res)
        m = meta.get(doc_id, {})
        for g in ("region:" + m.get("region", "?"), "kind:" + m.get("kind", "?")):
            groups.setdefault(g, []).append(res)
        if a.errors:
            print_errors(doc_id, gold, res, a.extra)
    if not results:
        print(f"SKIP: no text of the {a.half} half could be read")
        return 77

    total = figures(results)
    out = {"half": a.half, "texts_scored": len(results), "texts_skipped": skipped, "extract_failed": failed,
           "all": total, "groups": {g: figures(r) for g, r in sorted(groups.items())}}
    if a.json:
        print(json.dumps(out, indent=2, sort_keys=True))
    else:
        e, p = total["events"], total["places"]
        print(f"{a.half} half: {len(results)} texts with gold ({len(skipped)} skipped, {len(failed)} extract failures)")
        print_event_figures(e)
        print_place_figures(p)
        print()
        print(HEADER)
        print(line("all", total))
        for g, f in out["groups"].items():
            print(line(g, f))
        print()
        print_class_figures([("all", e)] + [(g, f["events"]) for g, f in out["groups"].items() if g.startswith("kind:")])

    if a.floor:
        floor = load_floor(a.floor, "score.py")
        if floor is None:
            return 2
        bad = []
        f1, ws = total["events"]["f1"], total["places"]["wrong_share"]
        if "event_f1" in floor and (f1 or 0.0) < floor["event_f1"]:
            bad.append(f"event F1 {fmt(f1)} is below the floor {floor['event_f1']}")
        if "wrong_place_share" in floor and ws is not None and ws > floor["wrong_place_share"]:
            bad.append(f"wrong-place share {fmt(ws)} is above the ceiling {floor['wrong_place_share']}")
        return floor_verdict(a.floor, bad, failed, f"F1 {fmt(f1)} >= {floor.get('event_f1')}, wrong-place share "
                             f"{fmt(ws)} <= {floor.get('wrong_place_share')}")
    return 0


def load_floor(path, script):
    """The floor file's JSON, or None after a one-line message naming the file."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, json.JSONDecodeError) as ex:
        print(f"diplomap: {script}: {path}: {ex}", file=sys.stderr)
        return None


def floor_verdict(path, bad, failed, passed):
    """Exit status of a floor check: 1 with one line of what is below its floor (extract
    failures included), else 0 with the passed line."""
    if failed:
        bad.append(f"{len(failed)} extract failures")
    if bad:
        print(f"diplomap: {path}: " + "; ".join(bad), file=sys.stderr)
        return 1
    print(f"floor {path}: passed ({passed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
