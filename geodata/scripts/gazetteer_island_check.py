#!/usr/bin/python3
"""Check the curated islands' points against the land mass they name.

Usage: gazetteer_island_check.py GAZETTEER_DIR BASEMAP_DIR [--print]

An island of curated.tsv whose source is "naturalearth:10m-land" takes its point from Natural
Earth 1:10m land (BASEMAP_DIR/10m/land.fgb, one feature per land mass): the centroid of the
land mass that holds the row's point, or, when that centroid falls in the sea (a curved island),
GEOS's point on surface. The row's lat/lon must be that point to 0.01 degree (~1 km), so a
hand edit or a moved point fails here; --print lists each island's computed point and its
half-size in km (the row's precision) without failing. Exits 1 on a failure.
Needs ogrinfo (GDAL with SQLite/SpatiaLite SQL) on PATH; one call per island.
"""
import csv
import math
import os
import re
import subprocess
import sys

SOURCE = "naturalearth:10m-land"
TOLERANCE = 0.01


def land_point(land, lon, lat):
    """(lon, lat, half-size km) of the land mass holding the point, or None off land."""
    sql = ("SELECT ST_X(c) AS cx, ST_Y(c) AS cy, ST_Within(c, geometry) AS inside, "
           "ST_X(ST_PointOnSurface(geometry)) AS sx, ST_Y(ST_PointOnSurface(geometry)) AS sy, "
           "ST_MinX(geometry) AS x0, ST_MinY(geometry) AS y0, ST_MaxX(geometry) AS x1, "
           "ST_MaxY(geometry) AS y1 FROM (SELECT geometry, ST_Centroid(geometry) AS c FROM land "
           f"WHERE ST_Intersects(geometry, MakePoint({lon}, {lat})))")
    out = subprocess.run(["ogrinfo", "-ro", "-q", "-dialect", "sqlite", "-sql", sql, land],
                         check=True, capture_output=True, text=True).stdout
    v = dict(re.findall(r"^\s+(\w+) \(\w+\) = (\S+)$", out, re.M))
    if "cx" not in v:
        return None
    x, y = (float(v["cx"]), float(v["cy"])) if v["inside"] == "1" else (float(v["sx"]), float(v["sy"]))
    # Half the diagonal of the land mass's box, in km: how far the point may be from a spot of it.
    dy = (float(v["y1"]) - float(v["y0"])) * 111.2
    dx = (float(v["x1"]) - float(v["x0"])) * 111.2 * math.cos(math.radians(y))
    return x, y, math.hypot(dx, dy) / 2


def main(argv):
    if len(argv) not in (3, 4) or (len(argv) == 4 and argv[3] != "--print"):
        sys.stderr.write(__doc__)
        return 2
    gaz, basemap = argv[1], argv[2]
    show = len(argv) == 4
    land = os.path.join(basemap, "10m", "land.fgb")
    bad = checked = 0
    with open(os.path.join(gaz, "curated.tsv"), encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
    for r in rows[1:]:
        if len(r) < 8 or r[7] != SOURCE:
            continue
        checked += 1
        ident, lat, lon = r[0], float(r[3]), float(r[4])
        p = land_point(land, lon, lat)
        if p is None:
            print(f"gazetteer_island_check: {ident}: {lat} {lon} is off 1:10m land")
            bad += 1
            continue
        if show:
            print(f"{ident}\t{p[1]:.4f}\t{p[0]:.4f}\t~{round(p[2], -1 if p[2] < 1000 else -2):.0f} km")
        elif abs(p[0] - lon) > TOLERANCE or abs(p[1] - lat) > TOLERANCE:
            print(f"gazetteer_island_check: {ident}: point {lat} {lon}, its land mass gives {p[1]:.4f} {p[0]:.4f}")
            bad += 1
    if not show:
        print(f"gazetteer_island_check: {checked} islands, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
