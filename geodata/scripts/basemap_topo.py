#!/usr/bin/python3
"""Convert a world-atlas (Natural Earth) TopoJSON file into diplomap's basemap
FlatGeobuf layers: countries, land, coastline and borders.

Usage: basemap_topo.py countries-50m.json iso_3166-1.json OUTDIR

world-atlas is prepared for d3's spherical rendering, so read as flat
lon/lat it has rings that jump 360 degrees at the antimeridian and an
Antarctica ring that wraps around the South Pole.  Every ring and arc is
therefore repaired before writing:
  1. unwrap longitudes so consecutive vertices never differ by > 180 degrees;
  2. close rings that still wrap the globe along the nearest pole;
  3. cut at +-180 (intersect with [-540,-180], [-180,180], [180,540] and
     shift the outer pieces by 360 degrees);
  4. make polygons valid (GEOS MakeValid).
Run with Debian's /usr/bin/python3 (python3-gdal); output is deterministic
for a given input file and GDAL/GEOS version.
"""
import json
import os
import sys

from osgeo import gdal, ogr, osr

ogr.UseExceptions()
osr.UseExceptions()
# IsValid() reports every self-intersection as a warning; invalid input is
# expected here and repaired with MakeValid, so keep the build log quiet.
gdal.PushErrorHandler("CPLQuietErrorHandler")

POLE_STEP = 1.0       # degrees between vertices added along a pole closure
POLE_LAT_EPS = 0.01   # arcs this close to +-90 are pole closures, not coast

# Features that have no ISO 3166-1 numeric code in world-atlas.  Kosovo gets
# the user-assigned code used by the EU and most data publishers; the rest
# (disputed / unrecognised / sovereign base areas / reefs) stay empty.
NO_ID_CODES = {"Kosovo": ("XK", "XKX")}


def log(*args):
    print("[basemap_topo]", *args, file=sys.stderr)


# --- TopoJSON decoding -----------------------------------------------------

def decode_arcs(topo):
    """Return arcs as lists of (lon, lat) plus the quantized x of +-180."""
    tr = topo.get("transform")
    sx, sy = tr["scale"] if tr else (1.0, 1.0)
    tx, ty = tr["translate"] if tr else (0.0, 0.0)
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            if tr:          # quantized arcs are delta-encoded
                x += dx
                y += dy
            else:
                x, y = dx, dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring_points(arcs, refs):
    """Concatenate arc references (i, or ~i for reversed) into one ring."""
    pts = []
    for ref in refs:
        seg = arcs[ref] if ref >= 0 else arcs[~ref][::-1]
        pts.extend(seg if not pts else seg[1:])  # arcs share end points
    return pts


def geometry_polygons(geom):
    """List of polygons (each a list of rings of arc refs) of a topo object."""
    if geom["type"] == "Polygon":
        return [geom["arcs"]]
    if geom["type"] == "MultiPolygon":
        return geom["arcs"]
    return []


# --- antimeridian repair ---------------------------------------------------

def unwrap(pts):
    """Shift longitudes by multiples of 360 so no step exceeds 180 degrees."""
    out = [pts[0]]
    off = 0.0
    for lon, lat in pts[1:]:
        d = lon + off - out[-1][0]
        if d > 180.0:
            off -= 360.0
        elif d < -180.0:
            off += 360.0
        out.append((lon + off, lat))
    return out


def close_ring(pts):
    """Unwrap a closed ring; if it then wraps the globe, close it along the
    pole on its side (Antarctica): down to +-90 at one longitude extreme,
    along the pole (densified) and back up at the other extreme."""
    u = unwrap(pts)
    span = u[-1][0] - u[0][0]
    if abs(span) < 180.0:
        u[-1] = u[0]        # exact closure (the offset is 0 again here)
        return u
    lats = [p[1] for p in u]
    pole = -90.0 if sum(lats) / len(lats) < 0 else 90.0
    lon_end, lon_start = u[-1][0], u[0][0]
    n = int(abs(lon_end - lon_start) / POLE_STEP) + 1
    along = [(lon_end + (lon_start - lon_end) * i / n, pole) for i in range(n + 1)]
    return u + along + [u[0]]


def make_ring(pts):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for lon, lat in pts:
        ring.AddPoint_2D(lon, lat)
    return ring


def shift_geom(g, dlon):
    """Copy of g with dlon added to every longitude (clamped to +-180)."""
    g = g.Clone()

    def fix(part):
        n = part.GetGeometryCount()
        if n:
            for i in range(n):
                fix(part.GetGeometryRef(i))
            return
        for i in range(part.GetPointCount()):
            x, y = part.GetX(i), part.GetY(i)
            x = min(180.0, max(-180.0, x + dlon))
            part.SetPoint_2D(i, x, y)
    fix(g)
    return g


def box(xmin, xmax):
    r = make_ring([(xmin, -90.0), (xmax, -90.0), (xmax, 90.0), (xmin, 90.0), (xmin, -90.0)])
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(r)
    return p


BOXES = [(k, box(-180.0 + 360.0 * k, 180.0 + 360.0 * k)) for k in (-1, 0, 1)]


def parts_of_dim(g, dim):
    """Flatten g into its parts of the given dimension (1 lines, 2 polygons)."""
    out = []
    if g is None or g.IsEmpty():
        return out
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t in (ogr.wkbMultiPolygon, ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            out.extend(parts_of_dim(g.GetGeometryRef(i), dim))
    elif dim == 2 and t == ogr.wkbPolygon:
        out.append(g.Clone())
    elif dim == 1 and t == ogr.wkbLineString:
        out.append(g.Clone())
    return out


def cut_antimeridian(g, dim):
    """Cut g (unwrapped, lon within [-540,540]) at +-180 into parts inside
    [-180,180]; returns a list of parts of dimension dim."""
    xmin, xmax, _, _ = g.GetEnvelope()
    if xmin >= -180.0 and xmax <= 180.0:
        return parts_of_dim(g, dim)
    out = []
    for k, b in BOXES:
        bx0, bx1, _, _ = b.GetEnvelope()
        if xmax <= bx0 or xmin >= bx1:
            continue
        piece = g.Intersection(b)
        if piece is None or piece.IsEmpty():
            continue
        if k:
            piece = shift_geom(piece, -360.0 * k)
        out.extend(parts_of_dim(piece, dim))
    return out


def multi(parts, gtype):
    m = ogr.Geometry(gtype)
    for p in parts:
        m.AddGeometry(p)
    return m


def polygon_from_rings(arcs, rings):
    """Repaired (cut, valid) polygon parts for one topology polygon."""
    def ring_area(refs):
        pts = close_ring(ring_points(arcs, refs))
        if len(set(pts)) < 3:   # collapsed by quantization: no area
            return ogr.Geometry(ogr.wkbMultiPolygon)
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(make_ring(pts))
        poly = poly.MakeValid()
        parts = cut_antimeridian(poly, 2)
        return multi(parts, ogr.wkbMultiPolygon)

    # Each ring is repaired on its own (its unwrap offset may differ from the
    # exterior's), then the rings are combined with the even-odd rule.  For an
    # ordinary hole that is plain subtraction; it also handles the 1:50m
    # Antarctica, whose "exterior" is a tiny circle round the pole at -89.999
    # and whose "hole" is the coast (on the sphere: everything minus the pole
    # cap minus the rest of the world), i.e. cap(coast) - cap(pole circle).
    shape = ring_area(rings[0])
    for hole in rings[1:]:
        shape = shape.SymDifference(ring_area(hole))
    return parts_of_dim(shape, 2)


def valid_multipolygon(parts):
    g = multi(parts, ogr.wkbMultiPolygon)
    if not g.IsValid():
        g = g.MakeValid()
    g = multi(parts_of_dim(g, 2), ogr.wkbMultiPolygon)
    if not g.IsValid():
        g = g.UnionCascaded()   # overlapping parts: dissolve them
        g = multi(parts_of_dim(g, 2), ogr.wkbMultiPolygon)
    return g


def collapsed_fallback(arcs, geom, sx, sy):
    """Polygon for a feature whose rings collapse under quantization (the
    1:10m Vatican is a zero-area ring): its vertices buffered by half a
    quantization cell, so the country keeps a (tiny) footprint."""
    pts = ogr.Geometry(ogr.wkbMultiPoint)
    for rings in geometry_polygons(geom):
        for lon, lat in ring_points(arcs, rings[0]):
            p = ogr.Geometry(ogr.wkbPoint)
            p.AddPoint_2D(lon, lat)
            pts.AddGeometry(p)
    hull = pts.ConvexHull().Buffer(max(sx, sy) / 2.0, 8)
    return multi(parts_of_dim(hull, 2), ogr.wkbMultiPolygon)


def line_parts(arcs, idx, drop_cut_x):
    """Repaired line parts of one arc.  Segments that are artefacts of the
    source data, not real boundaries, are dropped: pole closures along
    +-90 and Natural Earth's old cut lines lying on +-180."""
    pts = arcs[idx]
    runs, cur = [], [pts[0]]
    for a, b in zip(pts, pts[1:]):
        pole = abs(a[1]) > 90 - POLE_LAT_EPS and abs(b[1]) > 90 - POLE_LAT_EPS
        cut = a[0] == b[0] and a[0] in drop_cut_x
        if pole or cut:
            if len(cur) > 1:
                runs.append(cur)
            cur = [b]
        else:
            cur.append(b)
    if len(cur) > 1:
        runs.append(cur)
    out = []
    for run in runs:
        line = ogr.Geometry(ogr.wkbLineString)
        for lon, lat in unwrap(run):
            line.AddPoint_2D(lon, lat)
        out.extend(cut_antimeridian(line, 1))
    return out


# --- output ---------------------------------------------------------------

def create_layer(path, name, gtype, fields):
    if os.path.exists(path):
        os.remove(path)
    drv = ogr.GetDriverByName("FlatGeobuf")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(name, srs, gtype, options=["SPATIAL_INDEX=YES"])
    for f in fields:
        lyr.CreateField(ogr.FieldDefn(f, ogr.OFTString))
    return ds, lyr


def write(lyr, geom, **attrs):
    f = ogr.Feature(lyr.GetLayerDefn())
    for k, v in attrs.items():
        f.SetField(k, v)
    f.SetGeometry(geom)
    lyr.CreateFeature(f)


def main():
    topo_path, iso_path, outdir = sys.argv[1:4]
    topo = json.load(open(topo_path))
    iso = {c["numeric"]: c for c in json.load(open(iso_path))["3166-1"]}
    arcs = decode_arcs(topo)
    sx, sy = topo["transform"]["scale"]
    drop_cut_x = {-180.0, 180.0}
    os.makedirs(outdir, exist_ok=True)

    # Country attributes, in topology order.
    geoms = topo["objects"]["countries"]["geometries"]
    props = []
    for g in geoms:
        name = g.get("properties", {}).get("name", "")
        n3 = g.get("id") or ""
        if n3:
            c = iso[n3]
            a2, a3 = c["alpha_2"], c["alpha_3"]
        else:
            a2, a3 = NO_ID_CODES.get(name, ("", ""))
        props.append({"iso_a2": a2, "iso_a3": a3, "iso_n3": n3, "name": name})

    # countries.fgb
    ds, lyr = create_layer(os.path.join(outdir, "countries.fgb"), "countries",
                           ogr.wkbMultiPolygon, ["iso_a2", "iso_a3", "iso_n3", "name"])
    for g, p in zip(geoms, props):
        parts = []
        for rings in geometry_polygons(g):
            parts.extend(polygon_from_rings(arcs, rings))
        mp = valid_multipolygon(parts)
        if mp.IsEmpty() or mp.GetArea() == 0:
            log("%s: geometry collapses to nothing; using buffered fallback" % p["name"])
            mp = collapsed_fallback(arcs, g, sx, sy)
        write(lyr, mp, **p)
    ds = None

    # land.fgb: world-atlas's dissolved `land` object, one feature per part.
    ds, lyr = create_layer(os.path.join(outdir, "land.fgb"), "land", ogr.wkbMultiPolygon, [])
    parts = []
    for g in topo["objects"]["land"].get("geometries", [topo["objects"]["land"]]):
        for rings in geometry_polygons(g):
            parts.extend(polygon_from_rings(arcs, rings))
    land = valid_multipolygon(parts)
    for i in range(land.GetGeometryCount()):
        write(lyr, multi([land.GetGeometryRef(i).Clone()], ogr.wkbMultiPolygon))
    ds = None

    # Which countries use each arc (arc index -> list of country indices).
    users = {}
    for ci, g in enumerate(geoms):
        for rings in geometry_polygons(g):
            for ring in rings:
                for ref in ring:
                    users.setdefault(ref if ref >= 0 else ~ref, []).append(ci)

    coast = {}    # country index -> line parts
    borders = {}  # (country a, country b) -> line parts
    for idx in sorted(users):
        u = users[idx]
        if len(u) == 1:
            coast.setdefault(u[0], []).extend(line_parts(arcs, idx, drop_cut_x))
        elif len(u) == 2 and u[0] != u[1]:
            # order by (code, name) so a <= b also for features without a code
            a, b = sorted(u, key=lambda i: (props[i]["iso_a2"], props[i]["name"]))
            borders.setdefault((a, b), []).extend(line_parts(arcs, idx, drop_cut_x))
        # other arcs: internal to one country, or degenerate; not drawn

    ds, lyr = create_layer(os.path.join(outdir, "coastline.fgb"), "coastline",
                           ogr.wkbMultiLineString, ["iso_a2", "name"])
    for ci in sorted(coast):
        if coast[ci]:
            write(lyr, multi(coast[ci], ogr.wkbMultiLineString),
                  iso_a2=props[ci]["iso_a2"], name=props[ci]["name"])
    ds = None

    ds, lyr = create_layer(os.path.join(outdir, "borders.fgb"), "borders",
                           ogr.wkbMultiLineString, ["iso_a2_a", "iso_a2_b", "name_a", "name_b"])
    for (a, b) in sorted(borders):
        if borders[(a, b)]:
            write(lyr, multi(borders[(a, b)], ogr.wkbMultiLineString),
                  iso_a2_a=props[a]["iso_a2"], iso_a2_b=props[b]["iso_a2"],
                  name_a=props[a]["name"], name_b=props[b]["name"])
    ds = None
    log("%s: %d countries, %d land parts, %d coast features, %d border pairs"
        % (topo_path, len(geoms), land.GetGeometryCount(), len(coast), len(borders)))


if __name__ == "__main__":
    main()
