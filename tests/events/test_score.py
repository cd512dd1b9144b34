#!/usr/bin/env python3
"""Unit test of tests/events/score.py on synthetic gold and stories (no corpus text).

Checks the matching rules of docs/accuracy.md ("Real-news events: annotation guide and matching
rules"): type families, date precision, place tolerance by kind, status equivalences, one-to-one
matching, optional gold events, invented events and the wrong-places figure.
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

GENEVA = {"name": "Geneva", "kind": "city", "country": "CH", "lat": 46.20, "lon": 6.15}
SEOUL = {"name": "Seoul", "kind": "city", "country": "KR", "lat": 37.57, "lon": 126.98}
PYONGYANG = {"name": "Pyongyang", "kind": "city", "country": "KP", "lat": 39.03, "lon": 125.75}
PANMUNJOM = {"name": "Panmunjom", "kind": "site", "country": "KR", "lat": 37.956, "lon": 126.677}
FRANCE = {"name": "France", "kind": "country", "country": "FR", "lat": 46.0, "lon": 2.0}


def sp(pid, base, dlat=0.0, dlon=0.0, **kw):
    """A story place: a gold place moved by (dlat, dlon) degrees, with an id."""
    p = {"id": pid, "name": base["name"], "lat": base["lat"] + dlat, "lon": base["lon"] + dlon,
         "kind": base["kind"], "country": base["country"], "mentions": []}
    p.update(kw)
    return p


def gev(type_, date, status="held", places=(), optional=False, span=None):
    return {"type": type_, "date": date, "status": status, "places": list(places), "countries": [],
            "persons": [], "span": span, "optional": optional}


def sev(type_, date, status="held", places=(), mentions=()):
    return {"type": type_, "date": date, "status": status, "places": list(places), "mentions": list(mentions)}


def run(gold_events, story_places, story_events, gold_places=None, non_places=(), text=None):
    gold = {"id": "synthetic", "events": gold_events, "places": gold_places or [],
            "non_places": [{"name": n, "why": "person"} for n in non_places]}
    score.check_gold(gold, "synthetic")
    story = {"places": story_places, "events": story_events}
    return score.score_article(gold, story, text)


class Dates(unittest.TestCase):
    def test_coarser_gold_matches_any_day_within(self):
        self.assertEqual(score.date_match("2025-06", "2025-06-12"), (True, False))
        self.assertEqual(score.date_match("2025", "2025-11-30"), (True, False))
        self.assertEqual(score.date_match("2025-06", "2025-07-01"), (False, False))

    def test_coarser_emitted_is_a_miss_counted_apart(self):
        self.assertEqual(score.date_match("2025-06-12", "2025-06"), (False, True))
        self.assertEqual(score.date_match("2025-06-12", "2024-06"), (False, False))
        self.assertEqual(score.date_match("2025-06-12", "2025-06-12"), (True, False))

    def test_null(self):
        self.assertEqual(score.date_match(None, "1999"), (True, False))
        self.assertEqual(score.date_match(None, None), (True, False))
        self.assertEqual(score.date_match("1999", None), (False, False))

    def test_bad_gold_date_names_the_field(self):
        with self.assertRaisesRegex(score.GoldError, r"synthetic: events\[0\]\.date"):
            score.check_gold({"events": [gev("meeting", "June 2025")]}, "synthetic")

    def test_date_accuracy_among_matched(self):
        r = run([gev("meeting", "2025-06-12", places=[GENEVA])], [sp("g", GENEVA)],
                [sev("meeting", "2025-06", places=["g"])])
        e = r["events"]
        self.assertEqual((e["matched"], e["hits"], e["date_ok"], e["date_coarse"]), (1, 0, 0, 1))

    def test_date_error_kinds(self):
        k = score.date_error_kind
        self.assertIsNone(k("2025-06", "2025-06-12", "2025-06-20"))
        self.assertEqual(k("2025-06-12", None, "2025-06-20"), "undated")
        self.assertEqual(k("2025-06-12", "2025-06", "2025-06-20"), "coarse")
        self.assertEqual(k("2025-06-12", "2025-06-20", "2025-06-20"), "report_earlier")
        self.assertEqual(k("2025-05", "2025-06", "2025-06-20"), "report_earlier")
        self.assertEqual(k("2025-07-01", "2025-06-20", "2025-06-20"), "report_later")
        self.assertEqual(k("2024-06-12", "2025-06-12", "2025-06-20"), "year")
        self.assertEqual(k("2025-05-12", "2025-06-12", "2025-06-20"), "month")
        self.assertEqual(k("2025-06-11", "2025-06-12", "2025-06-20"), "day")
        self.assertEqual(k("2025-06-11", "2025-06-12", None), "day")
        self.assertEqual(score.date_direction("2025-06-11", "2025-06-12"), "later")
        self.assertEqual(score.date_direction("2025-06", "2025-05-31"), "earlier")
        self.assertIsNone(score.date_direction("2025-06", "2025-06-03"))

    def test_date_error_kinds_counted_among_matched(self):
        gold = {"id": "synthetic", "published": "2025-06-20", "places": [], "non_places": [],
                "events": [gev("meeting", "2025-06-12", places=[GENEVA]),
                           gev("talks", None, status="planned", places=[SEOUL]),
                           gev("visit", "2025-06-12", places=[PYONGYANG], optional=True)]}
        story = {"places": [sp("g", GENEVA), sp("s", SEOUL), sp("p", PYONGYANG)],
                 "events": [sev("meeting", "2025-06-20", places=["g"]),
                            sev("talks", "2025-07", status="planned", places=["s"]),
                            sev("visit", "2024-06-12", places=["p"])]}
        e = score.score_article(gold, story)["events"]
        self.assertEqual((e["date_kind_report_earlier"], e["date_later"], e["date_extra_planned"]), (1, 1, 1))
        self.assertEqual(e["date_kind_year"], 0)  # the optional pair is no error


class Places(unittest.TestCase):
    def test_city_tolerance_50_km(self):
        self.assertTrue(score.place_match(GENEVA, sp("g", GENEVA, dlat=0.40)))    # 44 km
        self.assertFalse(score.place_match(GENEVA, sp("g", GENEVA, dlat=0.50)))   # 56 km

    def test_site_tolerance_25_km(self):
        self.assertTrue(score.place_match(PANMUNJOM, sp("p", PANMUNJOM, dlat=0.20)))   # 22 km
        self.assertFalse(score.place_match(PANMUNJOM, sp("p", PANMUNJOM, dlat=0.25)))  # 28 km

    def test_country_by_code_or_500_km(self):
        paris = {"id": "paris", "name": "Paris", "kind": "city", "country": "FR", "lat": 48.86, "lon": 2.35}
        self.assertTrue(score.place_match(FRANCE, paris))                          # same ISO country
        far = sp("x", FRANCE, dlat=4.0)                                           # 445 km, country GB
        far["country"] = "GB"
        self.assertTrue(score.place_match(FRANCE, far))
        far["lat"] = FRANCE["lat"] + 5.0                                          # 556 km
        self.assertFalse(score.place_match(FRANCE, far))
        # for the places figure a town is not excused by its country
        self.assertFalse(score.place_match(FRANCE, paris, "country"))
        self.assertTrue(score.place_match(FRANCE, sp("fr", FRANCE), "country"))

    def test_event_place_within_tolerance(self):
        r = run([gev("meeting", "2025-06-12", places=[GENEVA])], [sp("g", GENEVA, dlat=0.6)],
                [sev("meeting", "2025-06-12", places=["g"])])
        self.assertEqual((r["events"]["hits"], r["events"]["invented"]), (0, 1))

    def test_letter_from_to_needs_one_end(self):
        r = run([gev("letter", "2025-06", "delivered", places=[SEOUL, PYONGYANG])],
                [sp("s", SEOUL)], [sev("letter", "2025-06-03", "delivered", places=["s"])])
        self.assertEqual(r["events"]["hits"], 1)

    def test_gold_without_places_matches_on_type_and_date(self):
        r = run([gev("agreement", "1999-03")], [sp("g", GENEVA)],
                [sev("agreement", "1999-03-02", places=["g"]), sev("agreement", "2001", places=["g"])])
        e = r["events"]
        self.assertEqual((e["hits"], e["matched"], e["emitted_counted"]), (1, 1, 2))


class Families(unittest.TestCase):
    def test_meet_family(self):
        r = run([gev("talks", "2025-06-12", places=[GENEVA])], [sp("g", GENEVA)],
                [sev("meeting", "2025-06-12", places=["g"])])
        self.assertEqual(r["events"]["hits"], 1)

    def test_other_family_does_not_match(self):
        r = run([gev("meeting", "2025-06-12", places=[GENEVA])], [sp("g", GENEVA)],
                [sev("letter", "2025-06-12", places=["g"])])
        self.assertEqual((r["events"]["hits"], r["events"]["matched"], r["events"]["invented"]), (0, 0, 1))

    def test_status(self):
        self.assertTrue(score.status_match("delivered", "held", "communicate"))
        self.assertFalse(score.status_match("delivered", "held", "meet"))
        self.assertTrue(score.status_match("unknown", "planned", "meet"))
        self.assertFalse(score.status_match("planned", "held", "meet"))
        r = run([gev("meeting", "2025-06-12", "planned", places=[GENEVA])], [sp("g", GENEVA)],
                [sev("meeting", "2025-06-12", "held", places=["g"])])
        e = r["events"]
        self.assertEqual((e["matched"], e["hits"], e["date_ok"], e["status_ok"]), (1, 0, 1, 0))


class OneToOne(unittest.TestCase):
    def test_one_emitted_two_gold(self):
        r = run([gev("meeting", "2025-06-12", places=[GENEVA]), gev("meeting", "2025-07-01", places=[GENEVA])],
                [sp("g", GENEVA)], [sev("meeting", "2025-07-01", places=["g"])])
        e = r["events"]
        self.assertEqual((e["hits"], e["gold"], e["emitted_counted"]), (1, 2, 1))
        self.assertEqual(r["detail"]["missed"], [0])   # the right one is paired, by date

    def test_two_emitted_one_gold(self):
        r = run([gev("visit", "2025-06", places=[SEOUL])], [sp("s", SEOUL)],
                [sev("visit", "2025-06-02", places=["s"]), sev("visit", "2025-06-03", places=["s"])])
        e = r["events"]
        self.assertEqual((e["hits"], e["emitted_counted"], e["invented"]), (1, 2, 0))  # a duplicate, not invented
        f = score.figures([r])["events"]
        self.assertAlmostEqual(f["precision"], 0.5)
        self.assertAlmostEqual(f["recall"], 1.0)

    def test_best_pairing_not_first_come(self):
        # emitted e1 could take either gold; greedy by score gives each its own date
        r = run([gev("meeting", "2025-06-12", places=[GENEVA]), gev("meeting", "2025-06-13", places=[GENEVA])],
                [sp("g", GENEVA)],
                [sev("meeting", "2025-06-13", places=["g"]), sev("meeting", "2025-06-12", places=["g"])])
        self.assertEqual(r["events"]["hits"], 2)


class ByFamily(unittest.TestCase):
    def test_family_and_type_counters(self):
        # a talks hit on a meeting gold, a visit on the wrong day (near miss), an invented
        # statement and one on optional gold (counted nowhere)
        r = run([gev("meeting", "2025-06-12", places=[GENEVA]), gev("visit", "2025-06-10", places=[SEOUL]),
                 gev("agreement", "2025", places=[GENEVA], optional=True)],
                [sp("g", GENEVA), sp("s", SEOUL), sp("p", PYONGYANG)],
                [sev("talks", "2025-06-12", places=["g"]), sev("visit", "2025-06-11", places=["s"]),
                 sev("statement", "2025-06-12", places=["p"]), sev("agreement", "2025-06-12", places=["g"])])
        e = score.figures([r])["events"]
        self.assertEqual((e["family_gold_meet"], e["family_emitted_meet"], e["family_hits_meet"],
                          e["family_near_meet"]), (2, 2, 1, 1))
        self.assertEqual((e["family_gold_agreement"], e["family_emitted_agreement"]), (0, 0))
        self.assertEqual((e["type_emitted_statement"], e["type_invented_statement"]), (1, 1))
        self.assertEqual((e["type_emitted_talks"], e["type_invented_talks"]), (1, 0))


class Optional(unittest.TestCase):
    def test_matching_optional_is_neither_hit_nor_miss(self):
        r = run([gev("agreement", "1953", places=[PANMUNJOM], optional=True),
                 gev("meeting", "2018-04-27", places=[PANMUNJOM])],
                [sp("p", PANMUNJOM)], [sev("agreement", "1953-07-27", places=["p"])])
        e = r["events"]
        self.assertEqual((e["hits"], e["gold"], e["emitted_counted"], e["invented"], e["matched_optional"]),
                         (0, 1, 0, 0, 1))
        f = score.figures([r])["events"]
        self.assertIsNone(f["precision"])
        self.assertEqual(f["recall"], 0.0)

    def test_unmatched_optional_is_no_miss(self):
        r = run([gev("agreement", "1953", places=[PANMUNJOM], optional=True)], [], [])
        self.assertEqual((r["events"]["gold"], r["events"]["gold_optional"]), (0, 1))

    def test_required_gold_wins_over_optional(self):
        r = run([gev("meeting", "2018", places=[SEOUL], optional=True),
                 gev("meeting", "2018-04-27", places=[SEOUL])],
                [sp("s", SEOUL)], [sev("meeting", "2018-04-27", places=["s"])])
        self.assertEqual((r["events"]["hits"], r["events"]["matched_optional"]), (1, 0))


class Invented(unittest.TestCase):
    def test_placed_nowhere_the_gold_is(self):
        tokyo = {"id": "tokyo", "name": "Tokyo", "kind": "city", "country": "JP", "lat": 35.68, "lon": 139.69}
        r = run([gev("statement", None)], [tokyo], [sev("statement", "2020-01-01", places=["tokyo"])],
                gold_places=[SEOUL])
        self.assertEqual((r["events"]["hits"], r["events"]["invented"]), (1, 1))

    def test_country_level_reading(self):
        cuba = {"id": "cuba", "name": "Cuba", "kind": "country", "country": "CU", "lat": 22.0, "lon": -79.5}
        havana = {"name": "Havana", "kind": "city", "country": "CU", "lat": 23.13, "lon": -82.38}
        r = run([gev("visit", "2016-03-21", places=[havana])], [cuba, sp("s", SEOUL)],
                [sev("visit", "2016-03-21", places=["cuba"]), sev("visit", "2016-03-21", places=["s"])])
        self.assertEqual((r["events"]["hits"], r["events"]["invented"], r["events"]["invented_country"]), (0, 2, 1))

    def test_unplaced_emitted_judged_by_family_and_date(self):
        r = run([gev("call", "2020-01-02", places=[SEOUL])], [],
                [sev("call", "2020-01-02"), sev("call", "2020-03-02"), sev("incident", "2020-01-02")])
        self.assertEqual((r["events"]["matched"], r["events"]["invented"]), (0, 2))


class WrongPlaces(unittest.TestCase):
    def test_classes(self):
        jordan = {"id": "jordan", "name": "Jordan", "kind": "country", "country": "JO", "lat": 31.0, "lon": 36.0,
                  "mentions": [[0, 6]]}
        far = sp("victoria", GENEVA, name="Victoria", country="CA", lat=48.43, lon=-123.37)
        geneva_ny = sp("geneva-ny", GENEVA, country="US", lat=42.87, lon=-76.98)   # same name, wrong referent
        actor = sp("fr", FRANCE)   # a participant country the gold did not list as a place
        right = sp("g", GENEVA, dlat=0.1)
        gold_ev = gev("meeting", "2025", places=[GENEVA])
        gold_ev["countries"] = ["FR"]
        r = run([gold_ev], [jordan, far, geneva_ny, actor, right], [], gold_places=[GENEVA],
                non_places=["Jordan"], text="Jordan said")
        p = r["places"]
        self.assertEqual((p["emitted"], p["wrong"], p["wrong_non_place"], p["wrong_referent"], p["wrong_unlisted"]),
                         (5, 3, 1, 1, 1))
        self.assertEqual((p["unlisted_small"], p["unlisted_large"]), (1, 0))
        self.assertEqual(p["far"], 2)
        self.assertGreater(min(p["distances"]), 6000)
        # the wrong referent's own distance, to the gold's Geneva, and its own count over 1,000 km
        self.assertEqual((len(p["referent_distances"]), p["referent_far"]), (1, 1))
        self.assertAlmostEqual(p["referent_distances"][0], score.haversine_km(46.20, 6.15, 42.87, -76.98), 3)
        f = score.figures([r])["places"]
        self.assertEqual((f["referent_far"], len(f["referent_km"])), (1, 1))
        self.assertAlmostEqual(f["wrong_share"], 0.6)
        self.assertAlmostEqual(f["wrong_per_article"], 3.0)

    def test_non_place_by_surface(self):
        # the story calls it by a canonical name; the text's surface is the gold non-place
        p = {"id": "reading", "name": "Reading, England", "kind": "city", "country": "GB", "lat": 51.45,
             "lon": -0.97, "mentions": [[0, 7]]}
        r = run([], [p], [], gold_places=[SEOUL], non_places=["Reading"], text="Reading the report")
        self.assertEqual(r["places"]["wrong_non_place"], 1)

    def test_same_name_same_referent(self):
        gaza = {"name": "Gaza", "kind": "region", "country": "PS", "lat": 31.40, "lon": 34.35}
        city = {"id": "gaza", "name": "Gaza", "kind": "city", "country": "PS", "lat": 31.50, "lon": 34.47}
        africa = {"name": "Africa", "kind": "region", "country": "", "lat": 7.19, "lon": 21.09}
        continent = {"id": "africa", "name": "Africa", "kind": "region", "country": "", "lat": 9.5, "lon": 22.0}
        far = {"id": "gaza-x", "name": "Gaza", "kind": "city", "country": "XX", "lat": 35.0, "lon": 34.35}
        r = run([], [city, continent, far], [], gold_places=[gaza, africa])
        p = r["places"]
        self.assertEqual((p["wrong"], p["wrong_referent"]), (1, 1))   # only the Gaza 400 km away

    def test_optional_gold_place_is_not_wrong(self):
        opt = dict(FRANCE, optional=True)
        r = run([], [sp("fr", FRANCE)], [], gold_places=[opt])
        self.assertEqual(r["places"]["wrong"], 0)


class PersonsByPairing(unittest.TestCase):
    def test_pair_told_in_the_gold_sentence_or_elsewhere(self):
        own = dict(gev("meeting", "2025-06-12", places=[GENEVA], span=[0, 40]), persons=["Ann Lee", "Bo Kim"])
        other = dict(gev("visit", "2025-06-13", places=[SEOUL], span=[41, 80]), persons=["Cy Park"])
        told_here = dict(sev("meeting", "2025-06-12", places=["geneva"], mentions=[[5, 12]]),
                         persons=["Ann Lee", "Dan Roe"])
        told_later = dict(sev("visit", "2025-06-13", places=["seoul"], mentions=[[90, 99]]), persons=[])
        e = run([own, other], [sp("geneva", GENEVA), sp("seoul", SEOUL)], [told_here, told_later])["events"]
        self.assertEqual((e["persons_own_pairs"], e["persons_own_gold"], e["persons_own_emitted"],
                          e["persons_own_ok"]), (1, 2, 2, 1))
        self.assertEqual((e["persons_other_pairs"], e["persons_other_gold"], e["persons_other_emitted"],
                          e["persons_other_ok"]), (1, 1, 0, 0))
        self.assertEqual((e["persons_gold"], e["persons_ok"]), (3, 1))  # the whole figure is unchanged
        f = score.figures([{"events": e, "places": run([], [], [])["places"]}])["events"]
        self.assertEqual((f["persons_own_recall"], f["persons_other_recall"]), (0.5, 0.0))
        self.assertIsNone(f["persons_other_precision"])
        # The group lines (all, per kind, per region) end with persons P, R and own-sentence R.
        places = run([], [], [])["places"]
        cols = score.line("kind:wire", score.figures([{"events": e, "places": places}])).split()
        self.assertEqual(cols[-3:], ["0.500", "0.333", "0.500"])
        self.assertEqual(score.HEADER.split()[-3:], ["persP", "persR", "ownR"])


# An invented wire story (our own words and names): a dateline lead, a second paragraph, a
# background paragraph, a later happening and a closing line. Coordinates are made up too.
WIRE = ("date 2031-05-14\n"
        "OSKARIAN AND BELMORIAN MINISTERS MEET IN VARDEN\n\n"
        "VARDEN, May 14 - The foreign ministers of Oskaria and Belmoria met here on Wednesday to settle "
        "a quarrel over fishing rights.\n\n"
        "Officials said a second round would open in Tallow next month. The Belmorian minister flew home "
        "on Thursday.\n\n"
        "The two countries signed a fishing accord in Corvid in 2019. Their leaders also spoke by telephone "
        "last year.\n\n"
        "A ferry sank off Mirelle on Monday, and minister Pell toured the harbour there on Tuesday.\n\n"
        "The coastguard chief resigned in Tallow on Tuesday.\n")
VARDEN = {"name": "Varden", "kind": "city", "country": "XA", "lat": 10.0, "lon": 10.0}
TALLOW = {"name": "Tallow", "kind": "city", "country": "XA", "lat": 12.0, "lon": 10.0}
CORVID = {"name": "Corvid", "kind": "city", "country": "XB", "lat": 10.0, "lon": 14.0}
MIRELLE = {"name": "Mirelle", "kind": "city", "country": "XB", "lat": 8.0, "lon": 14.0}
BELMORIA = {"name": "Belmoria", "kind": "country", "country": "XB", "lat": 9.0, "lon": 14.5}
FAR = {"name": "Farholm", "kind": "city", "country": "XC", "lat": -30.0, "lon": 60.0}


def sentence_of(text, phrase):
    """The [start, end] of the sentence (score.sentences) holding a phrase of the text."""
    at = text.index(phrase)
    return next([s, e] for s, e in score.sentences(text) if s <= at < e)


def spanned(type_, date, phrase, status="held", places=(), optional=False):
    return gev(type_, date, status, places, optional, span=sentence_of(WIRE, phrase))


def told(type_, date, phrase, status="held", places=()):
    return sev(type_, date, status, places, mentions=[sentence_of(WIRE, phrase)])


ALL_PLACES = [sp("varden", VARDEN), sp("tallow", TALLOW), sp("corvid", CORVID), sp("mirelle", MIRELLE),
              sp("belmoria", BELMORIA), sp("farholm", FAR), sp("pell", FAR, name="Pell")]


def classes(gold_events, story_events, non_places=(), story_places=None):
    gold = {"id": "synthetic", "published": "2031-05-14", "events": gold_events,
            "places": [], "non_places": [{"name": n, "why": "person"} for n in non_places]}
    score.check_gold(gold, "synthetic")
    story = {"places": ALL_PLACES if story_places is None else story_places, "events": story_events}
    r = score.score_article(gold, story, WIRE)
    return r["events"], r["detail"]["why"]


class TextLayout(unittest.TestCase):
    def test_wire_text_headline_and_paragraphs(self):
        headline, paras = score.text_layout(WIRE)
        self.assertEqual(WIRE[headline[0]:headline[1]], "OSKARIAN AND BELMORIAN MINISTERS MEET IN VARDEN")
        self.assertEqual(len(paras), 5)
        self.assertTrue(WIRE[paras[1][0]:].startswith("Officials said"))
        layout = (headline, paras)
        for phrase, z in (("OSKARIAN", "lead"), ("VARDEN, May", "lead"), ("Belmorian minister flew", "second"),
                          ("fishing accord", "rest"), ("coastguard", "rest")):
            self.assertEqual(score.zone(layout, WIRE.index(phrase)), z, phrase)
        self.assertEqual(score.zone(layout, None), "none")

    def test_lines_then_sentences_when_no_blank_line(self):
        lines = "Envoys met in Varden.\nThey talked for hours.\nNobody signed anything."
        self.assertIsNone(score.text_layout(lines)[0])
        self.assertEqual(len(score.text_layout(lines)[1]), 3)
        one = "Envoys met in Varden. They talked for hours. \"Nothing,\" one said. Then they left."
        layout = score.text_layout(one)
        self.assertEqual(len(layout[1]), 4)
        self.assertEqual([score.zone(layout, one.index(w)) for w in ("Envoys", "They", "Nothing", "Then")],
                         ["lead", "second", "rest", "rest"])


class UnmatchedWhy(unittest.TestCase):
    GOLD = [spanned("meeting", "2031-05-14", "VARDEN, May", places=[VARDEN]),
            spanned("talks", "2031-06", "second round", status="planned", places=[TALLOW]),
            spanned("agreement", "2019", "fishing accord", places=[CORVID], optional=True),
            spanned("incident", "2031-05-12", "ferry sank", places=[MIRELLE])]

    def test_one_class_each_the_first_that_applies(self):
        story = [
            told("meeting", "2031-05-14", "VARDEN, May", places=["varden"]),             # e1 a hit
            told("meeting", "2031-05-14", "VARDEN, May", places=["varden"]),             # e2 duplicate
            told("talks", "2031-06", "second round", status="planned", places=["tallow"]),  # e3 a hit
            told("visit", "2031-06", "second round", places=["tallow"]),                 # e4 held, not planned
            told("visit", "2031-04", "second round", status="planned", places=["tallow"]),  # e5 misdated
            told("statement", "2031-05-13", "minister Pell", places=["pell"]),          # e6 at a non-place
            told("incident", "2031-05-12", "ferry sank", places=["corvid"]),             # e7 misplaced
            sev("letter", "2031-05", places=["varden"], mentions=[sentence_of(WIRE, "OSKARIAN")]),  # e8
            told("call", "2030", "by telephone", places=["corvid"]),                     # e9 beside optional
            told("other", "2031-05-13", "coastguard chief", places=["tallow"]),          # e10 no gold sentence
            told("statement", "2031-05-12", "ferry sank", places=["farholm"]),           # e11 unlisted
            told("statement", "2031-05-12", "ferry sank", places=["mirelle"]),           # e12 other
        ]
        e, why = classes(self.GOLD, story, non_places=["Pell"])
        want = {1: "duplicate", 3: "status", 4: "misdated", 5: "non_place", 6: "misplaced", 7: "headline",
                8: "beside_optional", 9: "no_gold_sentence", 10: "unlisted", 11: "other"}
        self.assertEqual(why["emitted"], want)
        self.assertEqual((e["hits"], e["unmatched"], e["extra"], e["invented"]), (2, 10, 3, 7))
        self.assertEqual(sum(e["why_unmatched_" + k] for k, _ in score.UNMATCHED_WHY), e["unmatched"])
        self.assertEqual([e["why_unmatched_invented_" + k] for k in ("duplicate", "status", "misdated", "misplaced")],
                         [0, 0, 0, 1])
        # by position: the hits' gold sentences, the unmatched events' first mentions
        self.assertEqual([e[f"pos_hits_{z}"] for z in ("lead", "second", "rest")], [1, 1, 0])
        self.assertEqual([e[f"pos_unmatched_{z}"] for z in ("lead", "second", "rest")], [2, 2, 6])

    def test_status_wins_over_misdated_and_a_non_place_over_misplaced(self):
        story = [told("talks", "2031-06", "second round", status="planned", places=["tallow"]),
                 told("meeting", "2031-07", "second round", places=["tallow"]),     # date and status wrong
                 told("incident", "2031-05-12", "ferry sank", places=["pell"])]      # family and date, at "Pell"
        _, why = classes(self.GOLD, story, non_places=["Pell"])
        self.assertEqual(why["emitted"], {1: "status", 2: "non_place"})

    def test_invented_on_a_gold_event_without_places(self):
        # paired with the gold call (no places: family and date), yet placed nowhere the gold is:
        # invented, classed once, as the family and date of a gold event at another place
        gold = self.GOLD + [spanned("call", "2030", "by telephone")]
        e, why = classes(gold, [told("call", "2030", "by telephone", places=["farholm"])])
        self.assertEqual((e["invented"], e["unmatched"], why["emitted"]), (1, 1, {0: "misplaced"}))


class PlacedWhere(unittest.TestCase):
    GOLD = [dict(spanned("incident", "2031-05-12", "ferry sank", places=[MIRELLE]), countries=["XB", "XA"])]

    def where(self, family_places, cls):
        e, why = classes(self.GOLD, [told("incident", "2031-05-12", "ferry sank", places=family_places)])
        return [k for k, _ in score.PLACED_WHERE if e[f"where_{cls}_{k}"]], why

    def test_misplaced_by_where_it_was_put(self):
        # another town of the gold place's country; the other side's town; no place; far off
        for places, want in ((["corvid"], "same_country"), (["tallow"], "participant"), ([], "placeless"),
                             (["farholm"], "far")):
            ks, why = self.where(places, "misplaced")
            self.assertEqual(ks, [want], places)
            self.assertEqual(why["emitted"], {0: "misplaced"}, places)

    def test_a_miss_placed_elsewhere_takes_its_nearest_kin(self):
        gold = [spanned("incident", "2031-05-12", "ferry sank", places=[MIRELLE])]
        story = [told("incident", "2031-05-11", "ferry sank", places=["farholm"]),
                 told("incident", "2031-05-10", "ferry sank", places=["corvid"])]
        e, why = classes(gold, story)
        self.assertEqual(why["gold"], {0: "elsewhere"})
        self.assertEqual([k for k, _ in score.PLACED_WHERE if e["where_elsewhere_" + k]], ["same_country"])
        self.assertEqual(sum(e["where_elsewhere_" + k] for k, _ in score.PLACED_WHERE), e["why_miss_elsewhere"])


class NamedInSentence(unittest.TestCase):
    def test_a_miss_tells_whether_its_place_is_named_in_its_sentence(self):
        gold = [spanned("meeting", "2031-05-14", "second round", places=[VARDEN]),   # Varden told elsewhere
                spanned("incident", "2031-05-12", "ferry sank", places=[MIRELLE]),   # Mirelle in its sentence
                spanned("statement", "2030", "by telephone")]                          # no place
        e, why = classes(gold, [])
        self.assertEqual(why["gold"], {0: "no_event", 1: "no_event", 2: "no_event"})
        self.assertEqual([e[f"named_no_event_{t}"] for t, _ in score.NAMED], [1, 1, 1])
        self.assertEqual([e["noevent_" + f] for f in score.FAMILIES], [1, 1, 0, 1, 0])


class MissWhy(unittest.TestCase):
    def test_one_class_each(self):
        gold = [spanned("meeting", "2031-05-14", "VARDEN, May", places=[VARDEN]),            # g0 no event there
                spanned("talks", "2031-06", "second round", status="planned", places=[TALLOW]),  # g1 Tallow never emitted
                spanned("visit", "2031-05-15", "flew home", places=[BELMORIA]),               # g2 another family there
                spanned("incident", "2031-05-12", "ferry sank", places=[MIRELLE]),            # g3 its family elsewhere
                spanned("visit", "2031-05-13", "ferry sank", places=[MIRELLE]),               # g4 taken
                spanned("meeting", "2031-05-14", "coastguard chief", places=[MIRELLE]),       # g5 a hit (took g4's)
                spanned("agreement", "2019-03", "fishing accord", places=[CORVID]),           # g6 too coarse
                spanned("statement", "2030-07", "by telephone", places=[CORVID]),             # g7 status
                spanned("incident", "2031-05-11", "coastguard chief", places=[TALLOW])]       # g8 day and status
        places = [p for p in ALL_PLACES if p["id"] != "tallow"] + [sp("tallow2", TALLOW, dlat=0.3)]
        places[-1]["id"] = "tallow2"
        story = [told("talks", "2031-06", "second round", status="planned", places=["farholm"]),
                 told("statement", "2031-05-15", "flew home", places=["belmoria"]),
                 told("incident", "2031-05-12", "ferry sank", places=["farholm"]),
                 told("visit", "2031-05-14", "ferry sank", places=["mirelle"]),
                 told("agreement", "2019", "fishing accord", places=["corvid"]),
                 told("statement", "2030-07", "by telephone", status="planned", places=["corvid"]),
                 told("incident", "2031-05-12", "coastguard chief", status="planned", places=["tallow2"])]
        gold[1]["places"] = [dict(TALLOW, lat=20.0)]  # a Tallow no emitted place is near
        e, why = classes(gold, story, story_places=places)
        self.assertEqual(why["gold"], {0: "no_event", 1: "no_place", 2: "other_family", 3: "elsewhere", 4: "taken",
                                       6: "date_coarse", 7: "status", 8: "date_day"})
        self.assertEqual(e["hits"], 1)
        self.assertEqual(sum(e["why_miss_" + k] for k, _ in score.MISS_WHY), e["gold"] - e["hits"])
        self.assertEqual([e[f"pos_misses_{z}"] for z in ("lead", "second", "rest")], [1, 2, 5])
        self.assertEqual([e[f"pos_hits_{z}"] for z in ("lead", "second", "rest")], [0, 0, 1])

    def test_figures_and_lines(self):
        import contextlib
        import io
        gold = [spanned("meeting", "2031-05-14", "VARDEN, May", places=[VARDEN])]
        e1, _ = classes(gold, [])
        e2, _ = classes(gold, [told("meeting", "2031-05-14", "VARDEN, May", places=["varden"])] * 2)
        total = score.figures([{"events": e1, "places": {k: 0 for k in score.PL_KEYS} | {
            "distances": [], "referent_distances": []}}, {"events": e2, "places": {k: 0 for k in score.PL_KEYS} | {
                "distances": [], "referent_distances": []}}])["events"]
        self.assertEqual((total["why_miss_no_event"], total["why_unmatched_duplicate"], total["pos_hits_lead"],
                          total["pos_misses_lead"], total["pos_unmatched_lead"]), (1, 1, 1, 1, 1))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            score.print_class_figures([("all", total), ("kind:wire", total)])
        lines = out.getvalue().splitlines()
        self.assertEqual(len(lines), 11)  # a heading, then five families of classes for two groups
        self.assertIn("  unmatched emitted by reason, all: 1 (0 invented, 1 extra): duplicate 1, status 0,", lines[1])
        self.assertIn("  misses by reason, kind:wire: 1 of 2 gold: no_place 0, no_event 1,", lines[4])
        self.assertEqual(lines[5], "  where misplaced and elsewhere events were put, all: misplaced placeless 0, "
                                   "same_country 0, participant 0, other_gold 0, far 0; elsewhere placeless 0, "
                                   "same_country 0, participant 0, other_gold 0, far 0")
        self.assertEqual(lines[7], "  misses by whether their place is named in their sentence (here/elsewhere/none), "
                                   "all: no_event 1/0/0; no_event by family: meet 1, communicate 0, agreement 0, "
                                   "incident 0, other 0")
        self.assertEqual(lines[9], "  by position (headline and lead / second paragraph / the rest), all: "
                                   "hits 1/0/0, misses 1/0/0, unmatched 1/0/0")


class Driver(unittest.TestCase):
    """score.main() end to end on a made-up corpus of one text and a stand-in for diplomap."""

    def setUp(self):
        import json
        import tempfile
        self.tmp = tempfile.TemporaryDirectory()
        d = self.tmp.name
        self.id = next(f"synthetic-{n}" for n in range(100) if score.split.half(f"synthetic-{n}") == "dev")
        os.makedirs(os.path.join(d, "corpus", "texts"))
        os.makedirs(os.path.join(d, "gold"))
        with open(os.path.join(d, "corpus", "index.tsv"), "w") as f:
            f.write("id\tdate\toutlet\tkind\tregion\n" + f"{self.id}\t2025-06-12\tNone\twire\tkorea\n")
        with open(os.path.join(d, "corpus", "texts", self.id + ".txt"), "w") as f:
            f.write("date 2025-06-12\nA made-up headline\n\nTwo envoys met in Geneva on Thursday.\n")
        gold = {"id": self.id, "events": [gev("meeting", "2025-06-12", places=[GENEVA])], "places": [GENEVA],
                "non_places": []}
        with open(os.path.join(d, "gold", self.id + ".json"), "w") as f:
            json.dump(gold, f)
        story = {"places": [sp("geneva", GENEVA)], "events": [sev("meeting", "2025-06-12", places=["geneva"])]}
        self.bin = os.path.join(d, "fake-diplomap")
        with open(self.bin, "w") as f:
            f.write("#!/bin/sh\ncat <<'JSON'\n" + json.dumps(story) + "\nJSON\n")
        os.chmod(self.bin, 0o755)
        self.args = ["--diplomap", self.bin, "--corpus", os.path.join(d, "corpus"), "--gold", os.path.join(d, "gold")]

    def tearDown(self):
        self.tmp.cleanup()

    def main(self, *extra):
        import contextlib
        import io
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = score.main(self.args + list(extra))
        return rc, out.getvalue(), err.getvalue()

    def floor(self, f1, share):
        path = os.path.join(self.tmp.name, "floor.json")
        with open(path, "w") as f:
            f.write('{"event_f1": %s, "wrong_place_share": %s}' % (f1, share))
        return path

    def test_perfect_and_floor(self):
        rc, out, _ = self.main("--floor", self.floor(0.9, 0.1))
        self.assertEqual(rc, 0, out)
        self.assertIn("F1 1.000", out)
        self.assertIn("  persons by pairing: emitted event told in the gold sentence 0 pairs P - R - (0 of 0 emitted, "
                      "0 in the gold); told elsewhere 1 pairs P - R - (0 of 0 emitted, 0 in the gold)\n", out)
        self.assertIn("wrong referents: 0, from the gold's place of that name: median - km, max - km, 0 over", out)

    def test_floor_fails_with_one_line(self):
        with open(os.path.join(self.tmp.name, "gold", self.id + ".json")) as f:
            g = f.read().replace("2025-06-12", "2025-06-13")
        with open(os.path.join(self.tmp.name, "gold", self.id + ".json"), "w") as f:
            f.write(g)
        rc, _, err = self.main("--floor", self.floor(0.5, 1.0))
        self.assertEqual(rc, 1)
        self.assertRegex(err, r"^diplomap: .*floor\.json: event F1 0\.000 is below the floor 0\.5\n$")

    def test_skips_and_refusals(self):
        self.assertEqual(self.main("--half", "test")[0], 77)           # no gold file of the test half
        self.assertEqual(self.main("--half", "test", "--errors")[0], 2)  # never list test-half errors
        self.args[self.args.index("--corpus") + 1] = os.path.join(self.tmp.name, "absent")
        self.assertEqual(self.main()[0], 77)

    def test_bad_gold_is_named(self):
        with open(os.path.join(self.tmp.name, "gold", self.id + ".json"), "w") as f:
            f.write('{"events": [{"type": "summit"}]}')
        rc, _, err = self.main()
        self.assertEqual(rc, 2)
        self.assertRegex(err, r"^diplomap: .*\.json: events\[0\]\.type: unknown type 'summit'\n$")


if __name__ == "__main__":
    unittest.main(verbosity=1)
