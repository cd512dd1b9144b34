#!/usr/bin/env python3
"""score_fresh.py's arguments for the second set (no corpus, no binary needed).

The second selection rule's held part stays unseen: with --part held or all the scorer prints
figures only and refuses --errors, --extra and --stories with one line and exit 2, before it looks
for the binary or any article. The dev part takes --errors. --part belongs to --set 2 only.
The part filter is checked on a made-up selection (ids of our own), so no article is read.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score_fresh  # noqa: E402
import selection  # noqa: E402

SCRIPT = os.path.join(HERE, "score_fresh.py")
NO_BINARY = "/nonexistent/diplomap"


def run(*args):
    p = subprocess.run([sys.executable, SCRIPT, "--diplomap", NO_BINARY, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr.splitlines()


def main():
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        stories = os.path.join(tmp, "stories")
        for args, flag in ((("--set", "2", "--part", "held", "--errors"), "--errors"),
                           (("--set", "2", "--part", "all", "--errors", "--extra"), "--errors --extra"),
                           (("--set", "2", "--part", "held", "--stories", stories), "--stories")):
            rc, out, err = run(*args)
            if rc != 2 or out or len(err) != 1 or f"{flag} refused" not in err[0] or "never read" not in err[0]:
                bad.append(f"{' '.join(args)}: exit {rc}, stdout {out!r}, stderr {err!r}: expected exit 2 and "
                           f"one line refusing {flag}")
        if os.path.exists(stories):
            bad.append("--stories with the held part made its folder")
    rc, out, err = run("--set", "1", "--part", "dev")
    if rc != 2 or len(err) != 1 or "--part is for --set 2" not in err[0]:
        bad.append(f"--set 1 --part dev: exit {rc}, stderr {err!r}: expected one line, --part is for --set 2")
    # the dev part (the default) takes --errors: it goes on to look for the binary
    for args in (("--set", "2", "--errors"), ("--set", "2", "--part", "dev", "--errors", "--extra")):
        rc, out, err = run(*args)
        if rc != 2 or len(err) != 1 or "is not an executable" not in err[0]:
            bad.append(f"{' '.join(args)}: exit {rc}, stderr {err!r}: the dev part's errors are not refused")

    # the part filter, on a selection of our own
    made_up = [("geowebnews", str(i), None, 2) for i in range(40)] + [("lgl", str(9000 + i), "2009-03-01", 3)
                                                                      for i in range(40)]
    real = selection.selected
    selection.selected = lambda rule=1: made_up if rule == 2 else made_up[:5]
    try:
        dev, held, both = (score_fresh.articles(2, p) for p in ("dev", "held", "all"))
        first = score_fresh.articles(1, None)
    finally:
        selection.selected = real
    if any(selection.round2_part(c, i) != "dev" for c, i, _, _ in dev) or \
       any(selection.round2_part(c, i) != "held" for c, i, _, _ in held):
        bad.append("articles(2, part) keeps an article of the other part")
    if not dev or not held or sorted(dev + held) != sorted(both) or both != made_up:
        bad.append("the dev and held parts do not split the second rule's articles")
    if first != made_up[:5]:
        bad.append("articles(1, None) is not the first rule's selection")

    for b in bad:
        print(f"FAIL: {b}")
    print("score_fresh.py arguments: all cases passed" if not bad else f"{len(bad)} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
