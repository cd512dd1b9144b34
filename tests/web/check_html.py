#!/usr/bin/env python3
"""Structural checks of a diplomap HTML page (python3 standard library only).

  check_html.py page PAGE STORY.json LAYOUT.json ALT.txt MAX_BYTES
      self-contained (no URL in any src or href, no external resource), one
      focusable marker per drawn place of the layout sidecar with its
      accessible name and tooltip, every drawn event's text in a tooltip of
      one of its places, the story's "evidence" sentences in the tooltips,
      the alt text as the figure's description, the page within MAX_BYTES.
  check_html.py hostile PAGE
      nothing a hostile story carries became markup: one script (ours), no
      img, iframe or event-handler attribute.
  check_html.py article PAGE ARTICLE
      the tooltips quote sentences of the article.
  check_html.py dom DUMP STORY.json LAYOUT.json ALT.txt
      what headless Chromium showed (tests/web/probe.js): each marker
      focusable, its tooltip hidden, shown on focus, hidden on blur, naming
      the place and its events; no resource loaded; the map as wide as the
      window; its description the alt text.
Prints the first problems and exits 1 when any."""
import html.parser
import json
import re
import sys

VOID = {"meta", "link", "img", "br", "hr", "input", "source", "area", "base", "col", "embed", "param", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children, self.text = [], []

    def all_text(self):
        out = list(self.text)
        for c in self.children:
            out.append(c.all_text())
        return " ".join(t for t in out if t)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


class Tree(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.text.append(data)


def parse(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    t = Tree()
    t.feed(raw)
    t.close()
    return raw, list(t.root.walk())


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


problems = []


def bad(msg):
    problems.append(msg)


def self_contained(raw, nodes):
    for n in nodes:
        for k, v in n.attrs.items():
            if k in ("src", "href", "xlink:href", "srcset", "action", "formaction", "poster", "data") and v is not None:
                if not (v.startswith("data:") or v.startswith("#")):
                    bad(f"<{n.tag} {k}=\"{v[:80]}\"> refers to something outside the page")
            if v and re.search(r"url\(\s*['\"]?(?!#)", v):
                bad(f"<{n.tag} {k}> uses an external url(): {v[:80]}")
        if n.tag in ("link", "iframe", "object", "embed", "audio", "video", "source", "base"):
            bad(f"<{n.tag}> element in a self-contained page")
        if n.tag == "script" and "src" in n.attrs:
            bad("a script with src")
        if n.tag == "style" and re.search(r"@import|url\(\s*['\"]?(?!#)", n.all_text()):
            bad("the stylesheet imports or refers to a URL")
    for m in re.finditer(r"(?:src|href)\s*=\s*[\"']?\s*(?:https?:|//)", raw, re.I):
        bad(f"network reference in the page: {raw[m.start():m.start() + 80]}")


def check_page(page, story_path, layout_path, alt_path, max_bytes):
    raw, nodes = parse(page)
    size = len(raw.encode("utf-8"))
    if size > max_bytes:
        bad(f"page is {size} bytes, more than {max_bytes}")
    self_contained(raw, nodes)
    with open(story_path, encoding="utf-8") as f:
        story = json.load(f)
    with open(layout_path, encoding="utf-8") as f:
        layout = json.load(f)
    with open(alt_path, encoding="utf-8") as f:
        alt = norm(f.read())
    by_id = {n.attrs.get("id"): n for n in nodes if n.attrs.get("id")}
    hits = [n for n in nodes if "dm-hit" in (n.attrs.get("class") or "").split()]
    drawn = {m["place"] for m in layout["markers"]} | {f["place"] for f in layout.get("features", [])}
    seen = {}
    for h in hits:
        place = h.attrs.get("data-place")
        if h.attrs.get("tabindex") != "0":
            bad(f"marker of {place} is not focusable (tabindex={h.attrs.get('tabindex')})")
        if not norm(h.attrs.get("aria-label") or ""):
            bad(f"marker of {place} has no accessible name")
        tip = by_id.get(h.attrs.get("aria-describedby"))
        if tip is None or tip.attrs.get("role") != "tooltip":
            bad(f"marker of {place} has no tooltip (aria-describedby={h.attrs.get('aria-describedby')})")
            continue
        if place in seen:
            bad(f"place {place} has two focusable markers")
        seen[place] = (norm(h.attrs.get("aria-label")), norm(tip.all_text()))
    if set(seen) != drawn:
        bad(f"focusable places {sorted(seen)} differ from the drawn places {sorted(drawn)}")
    place_name = {p["id"]: p["name"] for p in story["places"]}
    for ev in story["events"]:
        at = [p for p in ev["places"] if p in seen]
        if not [p for p in ev["places"] if p in drawn]:
            continue
        what = ev.get("label") or ev["type"]
        ok = False
        for p in at:
            label, tip = seen[p]
            if norm(what) in tip and ev["status"] in tip and norm(what) in label and place_name[p] in label \
                    and all(c in tip for c in ev.get("participants", [])):
                ok = True
                if ev.get("evidence") and norm(ev["evidence"]) not in tip:
                    bad(f"event {ev['id']}: its evidence is not in the tooltip of {p}")
        if not ok:
            bad(f"event {ev['id']} ({what}): no focusable marker of {ev['places']} names it with its status and participants")
    caps = [n for n in nodes if n.tag == "figcaption"]
    svg = [n for n in nodes if n.tag == "svg"]
    if not caps or norm(caps[0].all_text()) != alt:
        bad("the figure's caption is not the alt text")
    elif not svg or svg[0].attrs.get("aria-describedby") != caps[0].attrs.get("id"):
        bad("the map is not described by the alt text (aria-describedby)")
    if not svg or not re.match(r"0 0 [0-9.]+ [0-9.]+$", svg[0].attrs.get("viewbox", "")):
        bad("the map has no viewBox (it would not scale with its container)")
    if not [n for n in nodes if n.tag == "figure"]:
        bad("no <figure>")
    if not [n for n in nodes if n.tag == "image" and (n.attrs.get("href") or "").startswith("data:image/png;base64,")]:
        bad("no inline basemap image")
    if not [n for n in nodes if n.tag == "text"]:
        bad("no SVG <text>: labels must be real text")
    print(f"page {size} bytes, {len(hits)} focusable markers, {len(story['events'])} events")


def check_hostile(page):
    raw, nodes = parse(page)
    self_contained(raw, nodes)
    scripts = [n for n in nodes if n.tag == "script"]
    if len(scripts) != 1:
        bad(f"{len(scripts)} script elements (the page has one of its own)")
    for n in nodes:
        if n.tag in ("img", "iframe", "object", "embed", "foreignobject") or n.tag.startswith("x-"):
            bad(f"<{n.tag}> from the story became markup")
        for k in n.attrs:
            if k.startswith("on"):
                bad(f"<{n.tag} {k}> event handler in the page")
    if "<script>alert" in raw or "<img" in raw:
        bad("hostile text appears unescaped")
    if "&lt;script&gt;" not in raw:
        bad("the hostile title is not shown escaped")


def check_article(page, article):
    raw, nodes = parse(page)
    with open(article, encoding="utf-8") as f:
        text = norm(f.read())
    quotes = [norm(n.all_text()) for n in nodes if n.tag == "blockquote"]
    if not quotes:
        bad("no tooltip quotes the article")
    for q in quotes:
        if q not in text:
            bad(f"quote not from the article: {q[:80]}")
    print(f"{len(quotes)} quotes from the article")


def check_dom(dump, story_path, layout_path, alt_path):
    """What Chromium showed (tests/web/probe.js's JSON in the dumped DOM)."""
    with open(dump, encoding="utf-8") as f:
        found = re.findall(r'<pre id="dm-result">([^<]*)</pre>', f.read())
    if not found:
        bad("no result in the dumped DOM (the probe script did not run)")
        return
    import html as h
    r = json.loads(h.unescape(found[-1]))
    with open(story_path, encoding="utf-8") as f:
        story = json.load(f)
    with open(layout_path, encoding="utf-8") as f:
        layout = json.load(f)
    with open(alt_path, encoding="utf-8") as f:
        alt = norm(f.read())
    drawn = {m["place"] for m in layout["markers"]} | {f["place"] for f in layout.get("features", [])}
    items = r["items"]
    places = [i["place"] for i in items]
    if sorted(places) != sorted(drawn):
        bad(f"focusable markers {sorted(places)} are not one per drawn place {sorted(drawn)}")
    names = {p["id"]: p["name"] for p in story["places"]}
    for i in items:
        if not i["focused"] or i["tabIndex"] != 0:
            bad(f"{i['place']}: not keyboard-focusable (tabIndex {i['tabIndex']})")
        if i["before"] != "hidden" or i["shown"] != "visible" or i["after"] != "hidden":
            bad(f"{i['place']}: tooltip {i['before']} -> focus {i['shown']} -> blur {i['after']}")
        if not i.get("inside"):
            bad(f"{i['place']}: tooltip not on the page")
        if names.get(i["place"], "\0") not in i["text"] or names.get(i["place"], "\0") not in (i["label"] or ""):
            bad(f"{i['place']}: tooltip or name lacks the place's name")
    for ev in story["events"]:
        if not [p for p in ev["places"] if p in drawn]:
            continue
        what = norm(ev.get("label") or ev["type"])
        if not [i for i in items if i["place"] in ev["places"] and what in norm(i["text"]) and ev["status"] in i["text"]]:
            bad(f"event {ev['id']} ({what}): no marker's tooltip shows it with its status")
    if r["resources"] != 0:
        bad(f"{r['resources']} resources loaded: {r['resourceNames']}")
    if abs(r["svgWidth"] - r["innerWidth"]) > 1:
        bad(f"the map is {r['svgWidth']} px wide in a {r['innerWidth']} px window")
    if norm(r["desc"]) != alt:
        bad("the map's description is not the alt text")
    print(f"{len(items)} focusable markers, {r['resources']} resources, map {r['svgWidth']} px in {r['innerWidth']}")


def main():
    mode = sys.argv[1]
    if mode == "page":
        check_page(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]))
    elif mode == "hostile":
        check_hostile(sys.argv[2])
    elif mode == "dom":
        check_dom(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif mode == "article":
        check_article(sys.argv[2], sys.argv[3])
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems else 0)


main()
