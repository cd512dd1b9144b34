#!/usr/bin/python3
"""Check that the curated water bodies lie in the water.

Usage: gazetteer_water_check.py GAZETTEER_DIR BASEMAP_DIR

A sea, gulf, bay, strait, channel or ocean of curated.tsv (kind "area", named so or listed in
STRAITS below) is drawn and framed at its point, and a resolver that measures how far a place
lies from the story's others uses it: a point that falls ashore puts the sea in a country. Its
point must lie off Natural Earth 1:10m land (BASEMAP_DIR/10m/land.fgb); a lake's (a name that
starts or ends with "Lake", or listed in LAKES) inside an OpenStreetMap lake polygon
(BASEMAP_DIR/osm/lakes.fgb) or off land; a lake the lakes layer does not draw (UNDRAWN_LAKES below)
inside one of its countries (BASEMAP_DIR/10m/countries.fgb). A point within ~2 km of the basemap's water passes (a
strait a few hundred metres wide is land at 1:10m). Prints each failure and exits 1 if there is one.
Needs ogrinfo (GDAL) on PATH; one call per point, a few seconds in all.
"""
import csv
import os
import re
import subprocess
import sys

WATER = re.compile(r"\b(Sea|Gulf|Bay|Bight|Strait|Straits|Channel|Ocean|Passage|Sound)\b")
# Water bodies whose name says no kind of water.
STRAITS = {"Bosphorus", "Dardanelles", "Skagerrak", "Kattegat", "Øresund", "Bab-el-Mandeb", "Caribbean",
           "Río de la Plata"}
LAKES = {"Dead Sea", "Sea of Galilee", "Aral Sea"}
# Lakes the basemap's OpenStreetMap layer has no polygon for (its 5 km generalisation and 100 km2
# cut drop them), with the countries whose land they lie in: their point, ashore on the basemap,
# must lie in one of those countries (Natural Earth 1:10m countries; the thirty-ninth round).
UNDRAWN_LAKES = {"Lake Lucerne": {"CH"}, "Lake Como": {"IT"}, "Lake Constance": {"DE", "CH", "AT"},
                 "Lake Maggiore": {"IT", "CH"}}
# Named like water but ashore by design: a base, a venue, a territory.
NOT_WATER_KINDS = {"site", "city", "line"}
SLACK = 0.02


def hits(layer_path, layer, lon, lat):
    """Does a feature of the layer contain the point (GDAL's spatial filter tests the geometry,
    not only its box, when GEOS is there)?"""
    out = subprocess.run(["ogrinfo", "-ro", "-q", "-spat", str(lon), str(lat), str(lon), str(lat), layer_path,
                          layer], check=True, capture_output=True, text=True).stdout
    return "OGRFeature" in out


def country_at(layer_path, lon, lat):
    """The ISO code of the Natural Earth country whose polygon holds the point, or None."""
    out = subprocess.run(["ogrinfo", "-ro", "-q", "-spat", str(lon), str(lat), str(lon), str(lat), layer_path,
                          "countries"], check=True, capture_output=True, text=True).stdout
    m = re.search(r"iso_a2 \(String\) = (\w\w)", out)
    return m.group(1) if m else None


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    gaz, basemap = argv[1], argv[2]
    land = os.path.join(basemap, "10m", "land.fgb")
    lakes = os.path.join(basemap, "osm", "lakes.fgb")
    countries = os.path.join(basemap, "10m", "countries.fgb")
    bad = checked = 0
    with open(os.path.join(gaz, "curated.tsv"), encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
    for r in rows[1:]:
        ident, name, lat, lon, kind = r[0], r[1], r[3], r[4], r[5]
        if kind in NOT_WATER_KINDS or not (WATER.search(name) or name in STRAITS or name in LAKES
                                           or name.startswith("Lake ") or name.endswith(" Lake")):
            continue
        checked += 1
        x, y = float(lon), float(lat)
        lake = name.startswith("Lake ") or name.endswith(" Lake") or name in LAKES
        if name in UNDRAWN_LAKES:
            if country_at(countries, x, y) not in UNDRAWN_LAKES[name]:
                print(f"{ident}\t{name}\t{lat}\t{lon}\tnot in {'/'.join(sorted(UNDRAWN_LAKES[name]))}")
                bad += 1
            continue
        if not hits(land, "land", x, y) or (lake and hits(lakes, "lakes", x, y)):
            continue
        # A strait narrower than the 1:10m coast's generalisation (the Bosphorus): the point may
        # lie within SLACK degrees (~2 km) of the basemap's water.
        if any(not hits(land, "land", x + dx, y + dy) for dx in (-SLACK, 0, SLACK) for dy in (-SLACK, 0, SLACK)):
            continue
        print(f"{ident}\t{name}\t{lat}\t{lon}\tashore ({'no lake polygon there' if lake else 'Natural Earth land'})")
        bad += 1
    print(f"gazetteer_water_check: {checked} water bodies, {bad} ashore", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
