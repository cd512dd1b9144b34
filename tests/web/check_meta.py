#!/usr/bin/env python3
"""Metadata of diplomap's PNG and SVG files (python3 standard library only).

  check_meta.py png FILE.png DPI TITLE ALT.txt SOURCE CREDIT-WORD
      pHYs says DPI (pixels per metre, unit metre), before IDAT; text chunks
      (tEXt or iTXt) Title, Description (= the alt text), Source and
      Copyright (the credit line, containing CREDIT-WORD); CRCs valid.
  check_meta.py svg FILE.svg TITLE ALT.txt
      <title> and <desc> (= the alt text) right after the root <svg> tag;
      the title drawn as real <text>; no clip outline defined twice."""
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

problems = []


def bad(msg):
    problems.append(msg)


def chunks(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        bad("not a PNG")
        return []
    out, at = [], 8
    while at + 12 <= len(data):
        (n,) = struct.unpack(">I", data[at:at + 4])
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + n]
        (crc,) = struct.unpack(">I", data[at + 8 + n:at + 12 + n])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            bad(f"bad CRC in {kind!r}")
        out.append((kind.decode("latin-1"), body))
        at += 12 + n
    return out


def text_chunks(cs):
    texts = {}
    for kind, body in cs:
        if kind == "tEXt":
            key, _, value = body.partition(b"\0")
            texts[key.decode("latin-1")] = value.decode("latin-1")
        elif kind == "iTXt":
            key, _, rest = body.partition(b"\0")
            flag, method = rest[0], rest[1]
            lang, _, rest = rest[2:].partition(b"\0")
            _, _, value = rest.partition(b"\0")
            texts[key.decode("latin-1")] = (zlib.decompress(value) if flag else value).decode("utf-8")
    return texts


def check_png(path, dpi, title, alt_path, source, credit):
    cs = chunks(path)
    kinds = [k for k, _ in cs]
    if "pHYs" not in kinds or "IDAT" not in kinds or kinds.index("pHYs") > kinds.index("IDAT"):
        bad(f"no pHYs before IDAT: {kinds}")
    else:
        body = dict(cs)["pHYs"]
        x, y, unit = struct.unpack(">IIB", body)
        want = round(float(dpi) / 0.0254)
        if unit != 1 or abs(x - want) > 1 or x != y:
            bad(f"pHYs {x}x{y} unit {unit}, want {want} per metre ({dpi} dpi)")
    texts = text_chunks(cs)
    with open(alt_path, encoding="utf-8") as f:
        alt = f.read().strip()
    if texts.get("Title") != title:
        bad(f"Title {texts.get('Title')!r}, want {title!r}")
    if texts.get("Description", "").strip() != alt:
        bad("Description is not the alt text")
    if texts.get("Source") != source:
        bad(f"Source {texts.get('Source')!r}, want {source!r}")
    if credit not in texts.get("Copyright", ""):
        bad(f"Copyright {texts.get('Copyright')!r} lacks {credit!r}")
    print("chunks:", " ".join(kinds[:8]), "...")


def check_svg(path, title, alt_path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    with open(alt_path, encoding="utf-8") as f:
        alt = f.read().strip()
    root = ET.fromstring(raw)
    ns = "{http://www.w3.org/2000/svg}"
    kids = list(root)
    if len(kids) < 2 or kids[0].tag != ns + "title" or kids[1].tag != ns + "desc":
        bad(f"the root's first children are {[k.tag for k in kids[:2]]}, want title and desc")
        return
    if kids[0].text != title:
        bad(f"<title> {kids[0].text!r}, want {title!r}")
    if (kids[1].text or "").strip() != alt:
        bad("<desc> is not the alt text")
    if not re.search(r"<svg[^>]*>\s*<title>", raw):
        bad("<title> is not right after the root tag")
    # The story is real text (not glyph outlines): the title is a <text>.
    texts = ["".join(t.itertext()) for t in root.iter(ns + "text")]
    if title not in texts:
        bad(f"the title is not an SVG <text> ({len(texts)} texts)")
    # Each clip outline is defined once.
    bodies = [ET.tostring(c[0]) if len(c) else b"" for c in root.iter(ns + "clipPath")]
    if len(bodies) != len(set(bodies)):
        bad(f"{len(bodies) - len(set(bodies))} repeated clipPath definitions")


mode = sys.argv[1]
if mode == "png":
    check_png(*sys.argv[2:8])
elif mode == "svg":
    check_svg(*sys.argv[2:5])
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
