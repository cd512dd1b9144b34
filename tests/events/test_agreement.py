#!/usr/bin/env python3
"""Unit test of tests/events/agreement.py on synthetic golds (no corpus text): a gold agrees with
itself, and a required event the other annotator marks optional, drops or places elsewhere is
counted where docs/accuracy.md (twenty-seventh round, second annotation) says."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import agreement  # noqa: E402

OSLO = {"name": "Oslo", "kind": "city", "country": "NO", "lat": 59.91, "lon": 10.75}
LIMA = {"name": "Lima", "kind": "city", "country": "PE", "lat": -12.05, "lon": -77.04}


def ev(type_, date, places=(), optional=False, span=(0, 10), status="held", persons=()):
    return {"type": type_, "date": date, "status": status, "places": list(places), "countries": [],
            "persons": list(persons), "span": list(span), "optional": optional}


def gold(*events):
    return {"id": "synthetic", "events": list(events), "places": [], "non_places": []}


class Agreement(unittest.TestCase):
    def test_self(self):
        g = gold(ev("visit", "2030-05-02", [OSLO]), ev("talks", "2030-05", [OSLO], optional=True))
        c, _ = agreement.compare(g, g)
        self.assertEqual((c["paired"], c["rr"], c["oo"], c["ro"], c["or"]), (2, 1, 1, 0, 0))
        s = agreement.scored(g, g)
        self.assertEqual((s["hits"], s["emitted_counted"], s["gold"]), (1, 1, 1))
        self.assertEqual(agreement.kappa(c), 1.0)

    def test_required_made_optional_and_missing(self):
        a = gold(ev("meeting", "2030-05-02", [OSLO]), ev("call", "2030-05-03", [LIMA], span=(20, 30)))
        b = gold(ev("visit", "2030-05-02", [OSLO], optional=True))  # same family, marked optional
        c, _ = agreement.compare(a, b)
        self.assertEqual((c["ro"], c["r_missing_in_b"], c["a_required"], c["b_optional"]), (1, 1, 2, 1))
        s = agreement.scored(a, b)  # B's required events only: none, so nothing is emitted
        self.assertEqual((s["hits"], s["emitted_counted"], s["gold"]), (0, 0, 2))

    def test_place_and_type_disagreements(self):
        a = gold(ev("incident", "2030-06", [OSLO]), ev("statement", "2030-06-01", span=(40, 60)))
        b = gold(ev("incident", "2030-06", [LIMA]), ev("other", "2030-06-01", span=(45, 60)))
        c, _ = agreement.compare(a, b)
        self.assertEqual((c["paired"], c["near_place"], c["near_type"]), (0, 1, 1))

    def test_persons_of_paired_events(self):
        # Matched as the scorer matches persons: a surname alone is the same person, and a whole
        # name written with a hyphen is the same name; the optional pair counts in "all" only.
        a = gold(ev("meeting", "2030-05-02", [OSLO], persons=["Ana Varga", "Lee Min-ho"]),
                 ev("visit", "2030-05-01", [LIMA], optional=True, span=(20, 30), persons=["Tom Ruiz"]),
                 ev("call", "2030-05-03", [OSLO], span=(40, 50), persons=["Ines Holm"]))
        b = gold(ev("talks", "2030-05-02", [OSLO], persons=["Varga", "Lee Min Ho", "Piet Dekker"]),
                 ev("visit", "2030-05-01", [LIMA], span=(20, 30)),
                 ev("call", "2030-05-03", [OSLO], span=(40, 50)))
        c, _ = agreement.compare(a, b)
        every, required = agreement.persons_figures(c, "all"), agreement.persons_figures(c, "required")
        self.assertEqual((every["pairs"], every["a"], every["b"], every["ok"], every["a_only"], every["b_only"]),
                         (3, 4, 3, 2, 2, 0))
        self.assertEqual((required["pairs"], required["a"], required["b"], required["ok"], required["a_only"]),
                         (2, 3, 3, 2, 1))
        self.assertAlmostEqual(required["precision"], 2 / 3)
        self.assertAlmostEqual(required["recall"], 2 / 3)
        self.assertAlmostEqual(every["a_per_pair"], 4 / 3)


if __name__ == "__main__":
    unittest.main()
