#!/usr/bin/env python3
"""no_quotes.py on a made-up ../shared and repository (no corpus needed): a run split over C
string literals is found, a shorter run and a gold folder are not, and an absent ../shared skips."""
import contextlib
import io
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import no_quotes  # noqa: E402

TEXT = ("date 2031-05-14\nMinisters meet in Varden\n\nThe two ministers of Oskaria and Belmoria walked along "
        "the harbour of Varden before their talks on fishing rights began.\n")


class NoQuotes(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        d = self.tmp.name
        self.shared, self.repo = os.path.join(d, "shared"), os.path.join(d, "repo")
        os.makedirs(os.path.join(self.shared, "corpora", "diplomacy-news", "texts"))
        os.makedirs(os.path.join(self.repo, "tests", "gold"))
        with open(os.path.join(self.shared, "corpora", "diplomacy-news", "texts", "x.txt"), "w") as f:
            f.write(TEXT)
        subprocess.run(["git", "init", "-q", self.repo], check=True)

    def tearDown(self):
        self.tmp.cleanup()

    def run_on(self, files):
        for name, body in files.items():
            with open(os.path.join(self.repo, name), "w") as f:
                f.write(body)
        subprocess.run(["git", "-C", self.repo, "add", "-A"], check=True)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = no_quotes.main(["--shared", self.shared, "--repo", self.repo])
        return rc, out.getvalue()

    def test_a_run_split_over_string_literals_is_found(self):
        rc, out = self.run_on({"case.c": '"The two ministers of Oskaria and Belmoria walked "\n'
                                         '    "along the harbour of our town.\\n"\n'})
        self.assertEqual(rc, 1)
        self.assertIn("case.c: shares 10 words with corpora/diplomacy-news/texts/x.txt", out)

    def test_nine_words_and_gold_folders_pass(self):
        rc, out = self.run_on({"ok.md": "Two ministers of Oskaria and Belmoria walked along the quay.\n",
                               "tests/gold/x.json": '{"span": "' + TEXT[40:200] + '"}'})
        self.assertEqual(rc, 0, out)

    def test_absent_shared_skips(self):
        with contextlib.redirect_stdout(io.StringIO()) as out:
            rc = no_quotes.main(["--shared", os.path.join(self.tmp.name, "none"), "--repo", self.repo])
        self.assertEqual(rc, 77)
        self.assertTrue(out.getvalue().startswith("SKIP:"))


if __name__ == "__main__":
    unittest.main()
