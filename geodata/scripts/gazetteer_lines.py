#!/usr/bin/python3
"""The gazetteer's line geometries, from the basemap's line sources.

Usage: gazetteer_lines.py GAZETTEER_DIR LINES.fgb... > GAZETTEER_DIR/line-geometries.tsv

A place of kind "line" in curated.tsv (the Military Demarcation Line) is a
point (its label anchor) in the gazetteer index; its drawn line lives here,
one vertex a row (curated id, part number, lon, lat), so extraction and
layout read it with the gazetteer (src/places/lines.c) and never open the
render basemap for it. A feature is matched to the curated record of its
`name` field (the record's main name). Coordinates are the source's as the
basemap packs them (32-bit floats, geodata/pack/dm_basemap_pack.c) rounded
to 1e-5 degree, so a story's line lies on the basemap's drawing of the same
border; rows keep the source's part and vertex order, so the same input
gives the same bytes.
Needs ogr2ogr (GDAL) on PATH.
"""
import csv
import io
import os
import math
import re
import struct
import subprocess
import sys

HEADER = """\
# The geometries of the gazetteer's line places (kind "line" in curated.tsv), one vertex a
# row: curated id, part number (0-based), lon, lat (WGS 84 degrees, as the basemap packs them,
# rounded to 1e-5). Written by geodata/scripts/gazetteer_lines.py from {sources}
# (derived from OpenStreetMap, ODbL: see SOURCES.md); compiled into the library (CMakeLists.txt,
# src/places/lines.c) so that extraction and layout draw a line without opening the basemap.
id\tpart\tlon\tlat
"""


def packed(x):
    """x as the basemap packs it (float32), rounded to 1e-5 as C's round() does (half away from 0)."""
    v = struct.unpack("f", struct.pack("f", float(x)))[0] * 1e5
    k = math.floor(abs(v))
    k += abs(v) - k >= 0.5
    return f"{math.copysign(k, v) / 1e5:.5f}"


def curated_ids(gazdir):
    ids = {}
    with open(os.path.join(gazdir, "curated.tsv"), encoding="utf-8") as f:
        for row in f:
            c = row.rstrip("\n").split("\t")
            if len(c) > 5 and not row.startswith("#") and c[5] == "line":
                ids[c[1]] = c[0]
    return ids


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: gazetteer_lines.py GAZETTEER_DIR LINES.fgb...")
    ids = curated_ids(argv[1])
    out = [HEADER.format(sources=", ".join("geodata/" + os.path.relpath(p, os.path.dirname(os.path.abspath(argv[1])))
                                           for p in argv[2:]))]
    for path in argv[2:]:
        text = subprocess.run(["ogr2ogr", "-f", "CSV", "/vsistdout/", path, "-lco", "GEOMETRY=AS_WKT"],
                              check=True, capture_output=True, text=True).stdout
        for feat in csv.DictReader(io.StringIO(text)):
            cid = ids.get(feat["name"])
            if not cid:
                sys.exit(f"gazetteer_lines.py: {path}: no curated line place named {feat['name']!r}")
            for part, coords in enumerate(re.findall(r"\(([^()]*)\)", feat["WKT"])):
                for pt in coords.split(","):
                    lon, lat = pt.split()
                    out.append(f"{cid}\t{part}\t{packed(lon)}\t{packed(lat)}\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main(sys.argv)
