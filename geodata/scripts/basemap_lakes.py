#!/usr/bin/python3
"""Lakes from OpenStreetMap (@geo-maps/earth-lakes-5km).

Usage: basemap_lakes.py map.geo.json NE_10M_LAND OUT.fgb

The source is one GeoJSON MultiPolygon of lakes, OSM-derived, coordinates
rounded to 0.01 degree, split on a grid (Lake Superior at 90 W, Lake
Victoria at the equator) and with a few self-intersecting rings. Writes
OUT.fgb: one MultiPolygon feature per lake, made valid, the grid pieces of
a lake dissolved into one (so a shore line has no seam across the water),
clipped to Natural Earth 1:10m land (the Caspian Sea and Lake Maracaibo are
sea there, and a lagoon must not spill over the coast), lakes under
MIN_AREA_KM2 and lakes drawn as a bare triangle dropped, with `area_km2`
(equal-area, EPSG:6933). Lakes are written in a fixed order (area, then
geometry bytes; the FlatGeobuf writer then orders them along its spatial
index), so the same input gives the same bytes.
"""
import json
import os
import sys

from osgeo import gdal, ogr, osr

ogr.UseExceptions()
osr.UseExceptions()
gdal.PushErrorHandler("CPLQuietErrorHandler")  # IsValid() noise on raw rings

CLOSE = 0.011        # degrees: a bit over half the widest sliver between pieces
MIN_AREA_KM2 = 100.0   # smaller lakes: mostly triangles (see below)
SLIVER_KM2 = 1.0       # pieces left by clipping to land where the two coasts disagree


def polygons(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        return [g.Clone()] if not g.IsEmpty() else []
    out = []
    if t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            out.extend(polygons(g.GetGeometryRef(i)))
    return out


def multi(polys):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polys:
        mp.AddGeometry(p)
    return mp


def near_groups(polys, dist):
    """Polygons grouped by "closer than dist", transitively (union-find
    over a sweep along x); groups in input order."""
    env = [p.GetEnvelope() for p in polys]   # (xmin, xmax, ymin, ymax)
    parent = list(range(len(polys)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(polys)), key=lambda i: env[i][0])
    for a, i in enumerate(order):
        for j in order[a + 1:]:
            if env[j][0] > env[i][1] + dist:
                break
            if env[j][2] > env[i][3] + dist or env[i][2] > env[j][3] + dist:
                continue
            if find(i) != find(j) and polys[i].Distance(polys[j]) < dist:
                parent[find(i)] = find(j)
    groups = {}   # by root, in order of each group's first polygon (dicts keep order)
    for i in range(len(polys)):
        groups.setdefault(find(i), []).append(polys[i])
    return list(groups.values())


def main():
    src_path, land_path, out_path = sys.argv[1:4]
    data = json.load(open(src_path))
    raw = []
    for gj in data["geometries"]:
        g = ogr.CreateGeometryFromJson(json.dumps(gj))
        for p in polygons(g):
            raw.extend(polygons(p if p.IsValid() else p.MakeValid()))
    del data
    nraw = len(raw)
    # Dissolve. The source simplified the pieces of a lake cut by its grid
    # one by one, so they do not share their cut edges: slivers of "land"
    # up to 0.02 degree wide separate them (Lake Victoria along the
    # equator, Lake Superior at 90 W). Pieces closer than 2 * CLOSE are
    # grouped and each group is closed (grown, then shrunk, by CLOSE),
    # which joins them; other lakes are left as they are.
    lakes = []
    for group in near_groups(polygons(multi(raw).UnionCascaded()), 2 * CLOSE):
        if len(group) == 1:
            lakes.append(group[0])
        else:
            lakes.extend(polygons(multi(group).UnionCascaded().Buffer(CLOSE, 2).Buffer(-CLOSE, 2)))

    # Natural Earth land, for clipping (lakes lie on land, or are sea there).
    land_ds = ogr.Open(land_path)
    land = [f.GetGeometryRef().Clone() for f in land_ds.GetLayer()]
    land_env = [g.GetEnvelope() for g in land]
    land_ds = None

    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ease = osr.SpatialReference()
    ease.ImportFromEPSG(6933)   # WGS 84 / NSIDC EASE-Grid 2.0 Global: equal area
    ease.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_ease = osr.CoordinateTransformation(wgs, ease)

    def area_km2(g):
        e = g.Clone()
        e.Transform(to_ease)
        return e.GetArea() / 1e6

    out = []
    dropped = {"small": 0, "triangle": 0, "sea": 0}
    for lake in lakes:
        # The source draws most small lakes as triangles (its 5 km
        # resolution): they are no lake's shape, at any scale.
        if area_km2(lake) < MIN_AREA_KM2:
            dropped["small"] += 1
            continue
        if lake.GetGeometryCount() == 1 and lake.GetGeometryRef(0).GetPointCount() <= 4:
            dropped["triangle"] += 1
            continue
        x0, x1, y0, y1 = lake.GetEnvelope()
        pieces = []
        for g, (a0, a1, b0, b1) in zip(land, land_env):
            if a1 < x0 or a0 > x1 or b1 < y0 or b0 > y1:
                continue
            pieces.extend(polygons(lake.Intersection(g)))
        # Clipping leaves slivers where the two coasts disagree.
        kept, area = [], 0.0
        for p in pieces:
            a = area_km2(p)
            if a >= SLIVER_KM2:
                kept.append(p)
                area += a
        if area < MIN_AREA_KM2:
            dropped["sea" if area < SLIVER_KM2 else "small"] += 1
            continue
        g = multi(kept)
        out.append((round(area, 1), g.ExportToWkb(), g))
    # Largest first, equal areas by their bytes: the order never depends
    # on GEOS's output order.
    out.sort(key=lambda t: (-t[0], t[1]))

    if os.path.exists(out_path):
        os.remove(out_path)
    ds = ogr.GetDriverByName("FlatGeobuf").CreateDataSource(out_path)
    lyr = ds.CreateLayer("lakes", wgs, ogr.wkbMultiPolygon, options=["SPATIAL_INDEX=YES"])
    fd = ogr.FieldDefn("area_km2", ogr.OFTReal)
    lyr.CreateField(fd)
    nvert = 0
    for area, _, g in out:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("area_km2", area)
        f.SetGeometry(g)
        lyr.CreateFeature(f)
        for i in range(g.GetGeometryCount()):
            p = g.GetGeometryRef(i)
            nvert += sum(p.GetGeometryRef(k).GetPointCount() for k in range(p.GetGeometryCount()))
    ds = None
    print("lakes: %d source polygons -> %d lakes after dissolving -> %d written "
          "(dropped: %d under %g km2, %d triangles, %d not on Natural Earth land), "
          "%d vertices, largest %.0f km2"
          % (nraw, len(lakes), len(out), dropped["small"], MIN_AREA_KM2, dropped["triangle"],
             dropped["sea"], nvert, out[0][0] if out else 0))


if __name__ == "__main__":
    main()
