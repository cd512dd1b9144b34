/* dm_basemap_pack GEODATA_DIR OUT.dmb
 * Packs the shipped FlatGeobuf basemap into the mapped format of
 * src/basemap-format.h. Rings and lines of the detailed scales are split on
 * a grid (tiles of 5 degrees at 1:10m, 15 at 1:50m) so a regional map reads
 * only the pieces it shows. */
#include "basemap-format.h"
#include "context-private.h"
#include "geom-private.h"
#include "sha256_sidecar.h"

#include <gdal.h>
#include <glib.h>
#include <math.h>
#include <ogr_api.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name;      /* layer name in the pack */
    const char *source;    /* relative to GEODATA_DIR */
    int kind;              /* DMB_LINES from a polygon source: its rings as lines */
    double tile;           /* tile size in degrees, 0 for none */
    const char *field_a, *field_b;
    double min_area_km2;   /* features with a smaller `area_km2` left out, 0 for none */
} layer_spec_t;

/* Lakes per scale, as Natural Earth selects them: at 1:110m (a map of
 * more than 8 km per pixel) only lakes a few pixels across, at 1:50m
 * (1.5-8 km per pixel) those over ~15 km, at 1:10m all. The reader drops
 * what is still too small for its frame. The shores are the same rings as
 * lines: the polygons are cut into tiles, and the cuts must not be stroked. */
#define LAKES_110M_KM2 2000.0
#define LAKES_50M_KM2 200.0

static const layer_spec_t specs[] = {
    {"110m/countries", "basemap/110m/countries.fgb", DMB_POLYGONS, 0, "iso_a2", NULL, 0},
    {"110m/coastline", "basemap/110m/coastline.fgb", DMB_LINES, 0, "iso_a2", NULL, 0},
    {"110m/borders", "basemap/110m/borders.fgb", DMB_LINES, 0, "iso_a2_a", "iso_a2_b", 0},
    {"50m/countries", "basemap/50m/countries.fgb", DMB_POLYGONS, 15, "iso_a2", NULL, 0},
    {"50m/coastline", "basemap/50m/coastline.fgb", DMB_LINES, 15, "iso_a2", NULL, 0},
    {"50m/borders", "basemap/50m/borders.fgb", DMB_LINES, 15, "iso_a2_a", "iso_a2_b", 0},
    {"10m/countries", "basemap/10m/countries.fgb", DMB_POLYGONS, 5, "iso_a2", NULL, 0},
    {"10m/coastline", "basemap/10m/coastline.fgb", DMB_LINES, 5, "iso_a2", NULL, 0},
    {"10m/borders", "basemap/10m/borders.fgb", DMB_LINES, 5, "iso_a2_a", "iso_a2_b", 0},
    {"110m/lakes", "basemap/osm/lakes.fgb", DMB_POLYGONS, 0, NULL, NULL, LAKES_110M_KM2},
    {"110m/lakeshores", "basemap/osm/lakes.fgb", DMB_LINES, 0, NULL, NULL, LAKES_110M_KM2},
    {"50m/lakes", "basemap/osm/lakes.fgb", DMB_POLYGONS, 15, NULL, NULL, LAKES_50M_KM2},
    {"50m/lakeshores", "basemap/osm/lakes.fgb", DMB_LINES, 15, NULL, NULL, LAKES_50M_KM2},
    {"10m/lakes", "basemap/osm/lakes.fgb", DMB_POLYGONS, 5, NULL, NULL, 0},
    {"10m/lakeshores", "basemap/osm/lakes.fgb", DMB_LINES, 5, NULL, NULL, 0},
    /* First-level subdivision lines of the largest countries (states,
     * provinces), simplified per scale by geodata/scripts/basemap_admin1.py;
     * none at 1:110m, where they would only crowd a world map. */
    {"50m/admin1", "basemap/50m/admin1.fgb", DMB_LINES, 15, "iso_a2", NULL, 0},
    {"10m/admin1", "basemap/10m/admin1.fgb", DMB_LINES, 5, "iso_a2", NULL, 0},
    {"osm/countries", "basemap/osm/korea.fgb", DMB_POLYGONS, 0, "iso_a2", NULL, 0},
    {"osm/lines", "basemap/osm/korea_mdl.fgb", DMB_LINES, 0, "iso_a2_a", "iso_a2_b", 0},
};
#define LAYER_COUNT (sizeof specs / sizeof specs[0])

/* Growing byte buffers for the sections of the file. */
typedef struct {
    unsigned char *data;
    size_t len, cap;
} buf_t;

static size_t buf_put(buf_t *b, const void *p, size_t n)
{
    if (dmi_grow((void **)&b->data, &b->cap, b->len + n, 1)) {
        fprintf(stderr, "dm_basemap_pack: out of memory\n");
        exit(1);
    }
    size_t at = b->len;
    memcpy(b->data + at, p, n);
    b->len += n;
    return at;
}

typedef struct {
    dmb_feature_t *features;
    size_t count, cap;
} features_t;

static buf_t parts, points, strings;

static void bbox_of(const dmi_ring_t *r, float box[4])
{
    double w = INFINITY, s = INFINITY, e = -INFINITY, n = -INFINITY;
    for (size_t i = 0; i < r->count; i++) {
        w = fmin(w, r->pts[i].x);
        e = fmax(e, r->pts[i].x);
        s = fmin(s, r->pts[i].y);
        n = fmax(n, r->pts[i].y);
    }
    /* Round outward so float boxes still contain every point. */
    box[0] = nextafterf((float)w, -INFINITY);
    box[1] = nextafterf((float)s, -INFINITY);
    box[2] = nextafterf((float)e, INFINITY);
    box[3] = nextafterf((float)n, INFINITY);
}

static void put_part(const dmi_ring_t *r, dmb_feature_t *f, float fbox[4])
{
    dmb_part_t part = {0};
    bbox_of(r, part.bbox);
    part.point_count = (uint32_t)r->count;
    part.points = points.len;   /* relative; fixed up when the file is laid out */
    for (size_t i = 0; i < r->count; i++) {
        float xy[2] = {(float)r->pts[i].x, (float)r->pts[i].y};
        buf_put(&points, xy, sizeof xy);
    }
    buf_put(&parts, &part, sizeof part);
    f->part_count++;
    for (int k = 0; k < 2; k++) {
        fbox[k] = fminf(fbox[k], part.bbox[k]);
        fbox[k + 2] = fmaxf(fbox[k + 2], part.bbox[k + 2]);
    }
}

/* Split a ring or line on the tile grid; each piece becomes a part. */
static void put_ring(const dmi_ring_t *r, int kind, double tile, dmb_feature_t *f, float fbox[4])
{
    if (r->count < (kind == DMB_POLYGONS ? 3u : 2u))
        return;
    float box[4];
    bbox_of(r, box);
    if (tile <= 0 || (box[2] - box[0] <= tile && box[3] - box[1] <= tile)) {
        put_part(r, f, fbox);
        return;
    }
    for (double x = floor(box[0] / tile) * tile; x < box[2]; x += tile) {
        for (double y = floor(box[1] / tile) * tile; y < box[3]; y += tile) {
            double t[4] = {x, y, x + tile, y + tile};
            dmi_shape_t pieces = {0};
            if (kind == DMB_POLYGONS ? dmi_clip_ring_box(r, t, &pieces) : dmi_clip_line_box(r, t, &pieces)) {
                fprintf(stderr, "dm_basemap_pack: out of memory\n");
                exit(1);
            }
            for (size_t i = 0; i < pieces.count; i++)
                put_part(&pieces.rings[i], f, fbox);
            dmi_shape_free(&pieces);
        }
    }
}

static void put_geometry(OGRGeometryH g, int kind, double tile, dmb_feature_t *f, float fbox[4]);

/* Polygons are cut on the tile grid with GEOS, not by clipping each ring:
 * ring clipping joins the separate parts inside a tile by "bridges" along
 * the tile edge, straight in degrees, which a curved projection of that
 * edge turns into visible slivers. GEOS pieces share their edges exactly. */
static void put_polygon_tiled(OGRGeometryH poly, double tile, dmb_feature_t *f, float fbox[4])
{
    OGREnvelope env;
    OGR_G_GetEnvelope(poly, &env);
    if (env.MaxX - env.MinX <= tile && env.MaxY - env.MinY <= tile) {
        put_geometry(poly, DMB_POLYGONS, 0, f, fbox);
        return;
    }
    for (double x = floor(env.MinX / tile) * tile; x < env.MaxX; x += tile) {
        for (double y = floor(env.MinY / tile) * tile; y < env.MaxY; y += tile) {
            OGRGeometryH box = OGR_G_CreateGeometry(wkbPolygon), ring = OGR_G_CreateGeometry(wkbLinearRing);
            OGR_G_AddPoint_2D(ring, x, y);
            OGR_G_AddPoint_2D(ring, x + tile, y);
            OGR_G_AddPoint_2D(ring, x + tile, y + tile);
            OGR_G_AddPoint_2D(ring, x, y + tile);
            OGR_G_AddPoint_2D(ring, x, y);
            OGR_G_AddGeometryDirectly(box, ring);
            OGRGeometryH piece = OGR_G_Intersection(poly, box);
            if (piece && !OGR_G_IsEmpty(piece))
                put_geometry(piece, DMB_POLYGONS, 0, f, fbox);
            OGR_G_DestroyGeometry(piece);
            OGR_G_DestroyGeometry(box);
        }
    }
}

static void put_geometry(OGRGeometryH g, int kind, double tile, dmb_feature_t *f, float fbox[4])
{
    int n = OGR_G_GetGeometryCount(g);
    OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(g));
    if (t == wkbPolygon && kind == DMB_POLYGONS && tile > 0) {
        put_polygon_tiled(g, tile, f, fbox);
        return;
    }
    if (t == wkbPoint || t == wkbMultiPoint)
        return;
    if (t != wkbLineString && t != wkbLinearRing) {
        for (int i = 0; i < n; i++)
            put_geometry(OGR_G_GetGeometryRef(g, i), kind, tile, f, fbox);
        return;
    }
    int count = OGR_G_GetPointCount(g);
    dmi_ring_t r = {0};
    for (int i = 0; i < count; i++)
        dmi_ring_push(&r, OGR_G_GetX(g, i), OGR_G_GetY(g, i));
    /* Rings repeat their first point at the end; the clipper closes them. */
    if (kind == DMB_POLYGONS && r.count > 1 && r.pts[0].x == r.pts[r.count - 1].x &&
        r.pts[0].y == r.pts[r.count - 1].y)
        r.count--;
    put_ring(&r, kind, tile, f, fbox);
    dmi_ring_free(&r);
}

static void copy_code(char dst[4], OGRFeatureH feat, const char *field)
{
    memset(dst, 0, 4);
    int i = field ? OGR_F_GetFieldIndex(feat, field) : -1;
    if (i >= 0)
        strncpy(dst, OGR_F_GetFieldAsString(feat, i), 3);
}

static int pack_layer(const char *dir, const layer_spec_t *spec, features_t *out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, spec->source);
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
    if (!ds) {
        fprintf(stderr, "dm_basemap_pack: %s: cannot open\n", path);
        return -1;
    }
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    int area_field = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), "area_km2");
    if (spec->min_area_km2 > 0 && area_field < 0) {
        fprintf(stderr, "dm_basemap_pack: %s: no field area_km2\n", path);
        GDALClose(ds);
        return -1;
    }
    OGRFeatureH feat;
    while ((feat = OGR_L_GetNextFeature(layer)) != NULL) {
        if (spec->min_area_km2 > 0 && OGR_F_GetFieldAsDouble(feat, area_field) < spec->min_area_km2) {
            OGR_F_Destroy(feat);
            continue;
        }
        OGRGeometryH g = OGR_F_GetGeometryRef(feat);
        dmb_feature_t f = {0};
        float fbox[4] = {INFINITY, INFINITY, -INFINITY, -INFINITY};
        copy_code(f.code_a, feat, spec->field_a);
        copy_code(f.code_b, feat, spec->field_b);
        int ni = OGR_F_GetFieldIndex(feat, "name");
        if (ni >= 0) {
            const char *name = OGR_F_GetFieldAsString(feat, ni);
            f.name = (uint32_t)buf_put(&strings, name, strlen(name) + 1);
        }
        f.parts = parts.len;
        if (g)
            put_geometry(g, spec->kind, spec->tile, &f, fbox);
        OGR_F_Destroy(feat);
        if (f.part_count == 0)
            continue;
        memcpy(f.bbox, fbox, sizeof fbox);
        if (dmi_grow((void **)&out->features, &out->cap, out->count + 1, sizeof *out->features))
            return -1;
        out->features[out->count++] = f;
    }
    GDALClose(ds);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: dm_basemap_pack GEODATA_DIR OUT.dmb\n");
        return 2;
    }
    GDALAllRegister();
    features_t layers[LAYER_COUNT] = {{0}};
    uint8_t zero = 0;
    buf_put(&strings, &zero, 1);   /* offset 0 means "no name" */
    for (size_t i = 0; i < LAYER_COUNT; i++)
        if (pack_layer(argv[1], &specs[i], &layers[i]))
            return 1;
    /* Lay the file out: header, layers, features, parts, points, strings. */
    uint64_t at = sizeof(dmb_header_t) + LAYER_COUNT * sizeof(dmb_layer_t);
    dmb_layer_t table[LAYER_COUNT];
    memset(table, 0, sizeof table);
    for (size_t i = 0; i < LAYER_COUNT; i++) {
        snprintf(table[i].name, sizeof table[i].name, "%s", specs[i].name);
        table[i].kind = (uint32_t)specs[i].kind;
        table[i].feature_count = (uint32_t)layers[i].count;
        table[i].features = at;
        at += layers[i].count * sizeof(dmb_feature_t);
    }
    uint64_t parts_at = at, points_at = parts_at + parts.len, strings_at = points_at + points.len;
    for (size_t i = 0; i < LAYER_COUNT; i++)
        for (size_t k = 0; k < layers[i].count; k++)
            layers[i].features[k].parts += parts_at;
    for (size_t off = 0; off < parts.len; off += sizeof(dmb_part_t)) {
        dmb_part_t *p = (dmb_part_t *)(void *)(parts.data + off);
        p->points += points_at;
    }
    for (size_t i = 0; i < LAYER_COUNT; i++)
        for (size_t k = 0; k < layers[i].count; k++)
            if (layers[i].features[k].name)
                layers[i].features[k].name += (uint32_t)strings_at;
    dmb_header_t h = {.version = DMB_VERSION, .layer_count = LAYER_COUNT, .file_size = strings_at + strings.len};
    memcpy(h.magic, DMB_MAGIC, 8);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        fprintf(stderr, "dm_basemap_pack: cannot write %s\n", tmp);
        return 1;
    }
    fwrite(&h, sizeof h, 1, f);
    fwrite(table, sizeof table, 1, f);
    for (size_t i = 0; i < LAYER_COUNT; i++)
        fwrite(layers[i].features, sizeof(dmb_feature_t), layers[i].count, f);
    fwrite(parts.data, 1, parts.len, f);
    fwrite(points.data, 1, points.len, f);
    fwrite(strings.data, 1, strings.len, f);
    if (fclose(f) != 0 || rename(tmp, argv[2]) != 0 || dm_write_sha256_sidecar(argv[2]) != 0) {
        fprintf(stderr, "dm_basemap_pack: cannot write %s\n", argv[2]);
        return 1;
    }
    for (size_t i = 0; i < LAYER_COUNT; i++)
        free(layers[i].features);
    free(parts.data);
    free(points.data);
    free(strings.data);
    printf("dm_basemap_pack: %s: %llu bytes, %zu parts, %zu points\n", argv[2], (unsigned long long)h.file_size,
           parts.len / sizeof(dmb_part_t), points.len / 8);
    return 0;
}
