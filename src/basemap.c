/* The shipped basemap (Natural Earth, OpenStreetMap detail) read with OGR:
 * only the features inside the frame's window, at the frame's scale, cut
 * at the projection's antimeridian and projected to canvas units. */
#include "map-private.h"

#include <math.h>
#include <glib.h>
#include <ogr_api.h>
#include <cpl_conv.h>
#include <gdal.h>
#include <stdlib.h>
#include <string.h>

typedef void (*shape_sink)(dm_map_t *map, dmi_frame_t *frame, OGRFeatureH feat, dmi_shape_t *shape, void *user);

typedef struct {
    dm_map_t *map;
    dmi_frame_t *frame;
    int is_polygon;
} reader_t;

static void to_canvas(const dmi_frame_t *f, dmi_shape_t *s)
{
    for (size_t i = 0; i < s->count; i++) {
        dmi_ring_t *r = &s->rings[i];
        for (size_t k = 0; k < r->count; k++)
            if (isfinite(r->pts[k].x))
                dmi_frame_to_canvas(f, r->pts[k].x, r->pts[k].y, &r->pts[k].x, &r->pts[k].y);
    }
}

/* Append every ring (or line) of an OGR geometry, cut and projected. */
static int add_geometry(reader_t *rd, OGRGeometryH g, dmi_shape_t *out)
{
    OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(g));
    int n = OGR_G_GetGeometryCount(g);
    if (t == wkbMultiPolygon || t == wkbMultiLineString || t == wkbPolygon || t == wkbGeometryCollection) {
        for (int i = 0; i < n; i++)
            if (add_geometry(rd, OGR_G_GetGeometryRef(g, i), out))
                return -1;
        return 0;
    }
    if (t != wkbLineString && t != wkbLinearRing)
        return 0;
    int count = OGR_G_GetPointCount(g);
    if (count < 2)
        return 0;
    dmi_ring_t ring = {0};
    if (dmi_grow((void **)&ring.pts, &ring.cap, (size_t)count, sizeof *ring.pts))
        return -1;
    OGR_G_GetPoints(g, &ring.pts[0].x, sizeof *ring.pts, &ring.pts[0].y, sizeof *ring.pts, NULL, 0);
    ring.count = (size_t)count;
    int rc = dmi_project_cut(&rd->frame->proj, &rd->frame->window, &ring, rd->is_polygon, out);
    dmi_ring_free(&ring);
    return rc;
}

/* Open DATA/basemap/<rel>, filter by the window, call sink per feature.
 * A missing optional layer is not an error. */
static dm_status_t read_layer(dm_map_t *map, dmi_frame_t *frame, const char *rel, int is_polygon,
                              int optional, shape_sink sink, void *user)
{
    dm_context_t *ctx = map->ctx;
    char *path = dmi_data_path(ctx, rel);
    if (!path)
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    dm_status_t st = DM_OK;
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
    if (!ds) {
        if (!optional)
            st = dmi_error(ctx, DM_ERR_DATA, "%s: cannot open basemap layer (set DIPLOMAP_DATA to the geodata directory)", path);
        goto out;
    }
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    if (!layer) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: no layer in file", path);
        goto out;
    }
    /* Window in absolute longitudes; one that wraps reads all longitudes. */
    const dmi_window_t *w = &frame->window;
    double west = w->rmin + frame->proj.lon_0, east = w->rmax + frame->proj.lon_0;
    if (w->rmax - w->rmin >= 359 || west < -180 || east > 180) {
        west = -180;
        east = 180;
    }
    OGR_L_SetSpatialFilterRect(layer, west, w->smin, east, w->smax);
    reader_t rd = {map, frame, is_polygon};
    OGRFeatureH feat;
    CPLErrorReset();
    while ((feat = OGR_L_GetNextFeature(layer)) != NULL) {
        OGRGeometryH g = OGR_F_GetGeometryRef(feat);
        dmi_shape_t shape = {0};
        if (g && add_geometry(&rd, g, &shape)) {
            dmi_shape_free(&shape);
            OGR_F_Destroy(feat);
            st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory reading %s", path);
            goto out;
        }
        to_canvas(frame, &shape);
        sink(map, frame, feat, &shape, user);
        dmi_shape_free(&shape);
        OGR_F_Destroy(feat);
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        st = dmi_error(ctx, DM_ERR_DATA, "%s: corrupt basemap layer: %s", path, CPLGetLastErrorMsg());
out:
    if (ds)
        GDALClose(ds);
    free(path);
    return st;
}

static const char *field(OGRFeatureH feat, const char *name)
{
    int i = OGR_F_GetFieldIndex(feat, name);
    return i >= 0 ? OGR_F_GetFieldAsString(feat, i) : "";
}

static int story_has_country(const dm_story_t *story, const char *iso)
{
    if (!iso || !*iso)
        return 0;
    for (size_t i = 0; i < dm_story_place_count(story); i++) {
        const dm_place_t *p = dm_story_place(story, i);
        if (p->country && strcmp(p->country, iso) == 0)
            return 1;
    }
    return 0;
}

/* Countries replaced by a more precise detail layer at this scale. */
typedef struct {
    char codes[16][3];
    int count;
} override_t;

static int overridden(const override_t *o, const char *iso)
{
    for (int i = 0; i < o->count; i++)
        if (strcmp(o->codes[i], iso) == 0)
            return 1;
    return 0;
}

static void take_country(dm_map_t *map, dmi_frame_t *f, OGRFeatureH feat, dmi_shape_t *shape, void *user)
{
    const char *iso = field(feat, "iso_a2");
    if (user && overridden(user, iso))
        return;
    if (shape->count == 0)
        return;
    if (dmi_grow((void **)&f->countries, &f->country_cap, f->country_count + 1, sizeof *f->countries) ||
        !(f->country_tint = dmi_reallocarray(f->country_tint, f->country_cap, sizeof *f->country_tint)))
        return;
    f->country_tint[f->country_count] = story_has_country(map->story, iso);
    f->countries[f->country_count++] = *shape;
    memset(shape, 0, sizeof *shape);
}

static void collect_override(dm_map_t *map, dmi_frame_t *f, OGRFeatureH feat, dmi_shape_t *shape, void *user)
{
    override_t *o = user;
    const char *iso = field(feat, "iso_a2");
    if (o->count < 16 && strlen(iso) == 2) {
        memcpy(o->codes[o->count], iso, 3);
        o->count++;
    }
    take_country(map, f, feat, shape, NULL);
    f->uses_osm = 1;
}

static void append_lines(dmi_shape_t *dst, dmi_shape_t *src)
{
    for (size_t i = 0; i < src->count; i++)
        dmi_shape_take(dst, &src->rings[i]);
}

static void take_coast(dm_map_t *map, dmi_frame_t *f, OGRFeatureH feat, dmi_shape_t *shape, void *user)
{
    (void)map; (void)feat; (void)user;
    append_lines(&f->coast, shape);
}

static void take_border(dm_map_t *map, dmi_frame_t *f, OGRFeatureH feat, dmi_shape_t *shape, void *user)
{
    (void)map;
    const override_t *o = user;
    /* A border between two countries drawn from detail data is replaced. */
    if (o && overridden(o, field(feat, "iso_a2_a")) && overridden(o, field(feat, "iso_a2_b")))
        return;
    append_lines(&f->borders, shape);
}

static void take_detail_border(dm_map_t *map, dmi_frame_t *f, OGRFeatureH feat, dmi_shape_t *shape, void *user)
{
    (void)map; (void)feat; (void)user;
    append_lines(&f->detail_borders, shape);
    f->uses_osm = 1;
}

dm_status_t dmi_basemap_load(dm_map_t *map, dmi_frame_t *frame)
{
    char rel[96];
    dm_status_t st;
    override_t detail = {0};
    int large = strcmp(frame->scale, "10m") == 0;
    /* OpenStreetMap detail (the Korean Military Demarcation Line) replaces
     * Natural Earth, whose line runs south of Panmunjom, at large scales. */
    if (large && (st = read_layer(map, frame, "basemap/osm/korea.fgb", 1, 1, collect_override, &detail)))
        return st;
    snprintf(rel, sizeof rel, "basemap/%s/countries.fgb", frame->scale);
    if ((st = read_layer(map, frame, rel, 1, 0, take_country, &detail)))
        return st;
    snprintf(rel, sizeof rel, "basemap/%s/coastline.fgb", frame->scale);
    if ((st = read_layer(map, frame, rel, 0, 0, take_coast, NULL)))
        return st;
    snprintf(rel, sizeof rel, "basemap/%s/borders.fgb", frame->scale);
    if ((st = read_layer(map, frame, rel, 0, 0, take_border, detail.count ? &detail : NULL)))
        return st;
    if (detail.count && (st = read_layer(map, frame, "basemap/osm/korea_mdl.fgb", 0, 1, take_detail_border, NULL)))
        return st;
    return DM_OK;
}

/* Shipped geometries for places of kind line (borders, fronts) that a
 * story names without drawing them. Matched by the feature's name, directly
 * or through the gazetteer's canonical name for the place. */
static const char *const line_layers[] = {"basemap/osm/korea_mdl.fgb"};

static int same_name(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    char *x = g_utf8_casefold(a, -1), *y = g_utf8_casefold(b, -1);
    int same = strcmp(x, y) == 0;
    g_free(x);
    g_free(y);
    return same;
}

char *dmi_basemap_line_geometry(dm_context_t *ctx, const char *name)
{
    const char *canonical = NULL;
    dm_gazetteer_t *gaz = NULL;
    dm_geocode_result_t r = {0};
    dm_geocode_options_t opts;
    dm_geocode_options_init(&opts);
    opts.limit = 1;
    /* The gazetteer knows the aliases ("DMZ", "inter-Korean border"). */
    if (dmi_context_gazetteer(ctx, &gaz) == DM_OK && dm_geocode(gaz, name, &opts, &r) == DM_OK && r.count &&
        r.candidates[0].kind == DM_PLACE_LINE)
        canonical = r.candidates[0].name;
    dmi_clear_error(ctx);
    char *json = NULL;
    for (size_t i = 0; i < sizeof line_layers / sizeof line_layers[0] && !json; i++) {
        char *path = dmi_data_path(ctx, line_layers[i]);
        GDALDatasetH ds = path ? GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL) : NULL;
        free(path);
        if (!ds)
            continue;
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        OGRFeatureH feat;
        while (layer && !json && (feat = OGR_L_GetNextFeature(layer)) != NULL) {
            const char *fname = field(feat, "name");
            OGRGeometryH g = OGR_F_GetGeometryRef(feat);
            if (g && (same_name(fname, name) || same_name(fname, canonical))) {
                char *text = OGR_G_ExportToJson(g);
                json = dmi_strdup(text);
                CPLFree(text);
            }
            OGR_F_Destroy(feat);
        }
        GDALClose(ds);
    }
    dm_geocode_result_clear(&r);
    return json;
}
