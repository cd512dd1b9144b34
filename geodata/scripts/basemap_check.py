#!/usr/bin/python3
"""Sanity checks on the generated basemap FlatGeobuf files.

Usage: basemap_check.py BASEMAP_DIR
Prints one line of numbers per file and exits non-zero if any rule fails:
  * no edge spans more than 180 degrees of longitude, and none longer than
    30 degrees except edges lying on the +-180 cut;
  * all coordinates within [-180,180] x [-90,90];
  * all polygons valid, geometry types as expected;
  * Russia reaches east of 180 (Chukotka, negative longitudes), Fiji lies on
    both sides of the antimeridian, KR/KP present;
  * lakes: Victoria, Kivu, Superior and Baikal are lakes, Kigali and the
    Caspian Sea are not.
"""
import glob
import os
import sys

from osgeo import gdal, ogr

ogr.UseExceptions()
gdal.PushErrorHandler("CPLQuietErrorHandler")

MAX_EDGE = 30.0
EXPECT = {
    "countries.fgb": (ogr.wkbMultiPolygon, ["iso_a2", "iso_a3", "iso_n3", "name"]),
    "land.fgb": (ogr.wkbMultiPolygon, []),
    "coastline.fgb": (ogr.wkbMultiLineString, ["iso_a2"]),
    "borders.fgb": (ogr.wkbMultiLineString, ["iso_a2_a", "iso_a2_b", "name_a", "name_b"]),
    "korea_mdl.fgb": (ogr.wkbMultiLineString, ["name", "iso_a2_a", "iso_a2_b", "source"]),
    "korea.fgb": (ogr.wkbMultiPolygon, ["iso_a2", "name"]),
    "lakes.fgb": (ogr.wkbMultiPolygon, ["area_km2"]),
}
# Points (lon, lat) that must lie in a lake, and points that must not.
IN_LAKE = {"Lake Victoria": (33.0, -1.0), "Lake Kivu": (29.2, -2.0),
           "Lake Superior": (-87.5, 47.7), "Lake Baikal": (108.0, 53.5)}
NOT_IN_LAKE = {"Kigali": (30.06, -1.95), "Caspian Sea (sea in Natural Earth)": (50.35, 43.8)}


def paths(g):
    """Yield every vertex sequence (ring or line) of g."""
    n = g.GetGeometryCount()
    if n:
        for i in range(n):
            yield from paths(g.GetGeometryRef(i))
    elif g.GetPointCount():
        yield g.GetPoints()


def check_file(path, errors):
    name = os.path.basename(path)
    gtype, fields = EXPECT[name]
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    have = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    for f in fields:
        if f not in have:
            errors.append("%s: missing field %s" % (path, f))
    if lyr.GetGeomType() != gtype:
        errors.append("%s: geometry type %s" % (path, ogr.GeometryTypeToName(lyr.GetGeomType())))
    max_dlon = max_dlon_off_cut = 0.0
    nvert = 0
    invalid = 0
    lon_ranges = {}
    for feat in lyr:
        g = feat.GetGeometryRef()
        if g is None or g.IsEmpty():
            errors.append("%s: feature %d has no geometry" % (path, feat.GetFID()))
            continue
        if gtype == ogr.wkbMultiPolygon and not g.IsValid():
            invalid += 1
        for pts in paths(g):
            nvert += len(pts)
            for (x0, y0, *_), (x1, y1, *_) in zip(pts, pts[1:]):
                d = abs(x1 - x0)
                max_dlon = max(max_dlon, d)
                if not (x0 == x1 and abs(x0) == 180.0):
                    max_dlon_off_cut = max(max_dlon_off_cut, d)
            for x, y, *_ in pts:
                if not (-180.0 <= x <= 180.0 and -90.0 <= y <= 90.0):
                    errors.append("%s: coordinate out of range %r" % (path, (x, y)))
                    break
        if "name" in have:
            env = g.GetEnvelope()
            lon_ranges[feat.GetField("name")] = env
    if invalid:
        errors.append("%s: %d invalid polygons" % (path, invalid))
    if max_dlon > 180.0 or max_dlon_off_cut > MAX_EDGE:
        errors.append("%s: edge too long (%.3f / %.3f)" % (path, max_dlon, max_dlon_off_cut))
    print("%-28s %5d features %8d vertices  max|dlon| %.4f  off-cut %.4f  invalid %d  %8d bytes"
          % (os.path.relpath(path, os.path.dirname(os.path.dirname(path))),
             lyr.GetFeatureCount(), nvert, max_dlon, max_dlon_off_cut, invalid,
             os.path.getsize(path)))
    return lyr.GetFeatureCount(), lon_ranges


def check_lakes(path, errors):
    ds = ogr.Open(path)   # kept open while its layer is read
    lakes = [f.GetGeometryRef().Clone() for f in ds.GetLayer()]
    ds = None

    def point(lon, lat):
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(lon, lat)
        return p

    for name, (lon, lat) in IN_LAKE.items():
        if not any(g.Contains(point(lon, lat)) for g in lakes):
            errors.append("%s: %s (%g, %g) is not in a lake" % (path, name, lon, lat))
    for name, (lon, lat) in NOT_IN_LAKE.items():
        if any(g.Contains(point(lon, lat)) for g in lakes):
            errors.append("%s: %s (%g, %g) is in a lake" % (path, name, lon, lat))


def main():
    root = sys.argv[1]
    errors = []
    for path in sorted(glob.glob(os.path.join(root, "*", "*.fgb"))):
        count, ranges = check_file(path, errors)
        if os.path.basename(path) == "lakes.fgb":
            check_lakes(path, errors)
        if os.path.basename(path) != "countries.fgb":
            continue
        scale = os.path.basename(os.path.dirname(path))
        if scale == "50m" and count <= 170:
            errors.append("%s: only %d countries" % (path, count))
        # Chukotka must have been moved east of 180 (negative longitudes),
        # Fiji must straddle the antimeridian.
        for country in ("Russia", "Fiji"):
            xmin, xmax = ranges[country][0], ranges[country][1]
            print("  %s %s lon range %.3f .. %.3f" % (scale, country, xmin, xmax))
            if not (xmin < -170 and xmax > 170):
                errors.append("%s: %s does not straddle the antimeridian" % (path, country))
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
