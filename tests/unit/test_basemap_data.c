/* The shipped basemap data (geodata/basemap, built by
 * geodata/build-basemap.sh): every FlatGeobuf opens, has its fields, has no
 * antimeridian-spanning edges and no out-of-range coordinates; the country
 * layers are complete enough; the OSM Korean MDL passes through Panmunjom;
 * the OSM lakes hold Lake Victoria and Lake Kivu but not Kigali.
 *
 * Usage: test_basemap_data GEODATA_DIR   (or DIPLOMAP_DATA=GEODATA_DIR)
 * Uses only GDAL's C API, so it does not depend on the library. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <gdal.h>
#include <ogr_api.h>
#include <cpl_string.h> /* CSLDestroy for VSIReadDir lists */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Edges may be long only where they lie on the +-180 cut; elsewhere the
 * longest edge in Natural Earth 1:110m is ~9 degrees. */
#define MAX_EDGE_DLON 30.0
/* Joint Security Area, Panmunjom. */
#define JSA_LAT 37.9560
#define JSA_LON 126.6773
#define MDL_MAX_DIST_M 300.0
#define EARTH_RADIUS_M 6371008.8
#define DEG2RAD (3.14159265358979323846 / 180.0)   /* no M_PI in strict C11 */

static const char *data_dir;

struct layer_spec {
    const char *file;           /* basename */
    OGRwkbGeometryType type;
    const char *fields[5];
};

static const struct layer_spec specs[] = {
    {"countries.fgb", wkbMultiPolygon, {"iso_a2", "iso_a3", "iso_n3", "name", NULL}},
    {"land.fgb", wkbMultiPolygon, {NULL}},
    {"coastline.fgb", wkbMultiLineString, {"iso_a2", NULL}},
    {"borders.fgb", wkbMultiLineString, {"iso_a2_a", "iso_a2_b", "name_a", "name_b", NULL}},
    {"korea.fgb", wkbMultiPolygon, {"iso_a2", "name", NULL}},
    {"korea_mdl.fgb", wkbMultiLineString, {"name", "iso_a2_a", "iso_a2_b", "source", NULL}},
    {"lakes.fgb", wkbMultiPolygon, {NULL}},   /* area_km2 is a real: lakes_are_lakes */
    {"admin1.fgb", wkbMultiLineString, {"iso_a2", "name", NULL}},
};

/* Files that must exist, relative to the geodata directory. */
static const char *required[] = {
    "basemap/110m/countries.fgb", "basemap/110m/land.fgb",
    "basemap/110m/coastline.fgb", "basemap/110m/borders.fgb",
    "basemap/50m/countries.fgb", "basemap/50m/land.fgb",
    "basemap/50m/coastline.fgb", "basemap/50m/borders.fgb",
    "basemap/10m/countries.fgb", "basemap/10m/land.fgb",
    "basemap/10m/coastline.fgb", "basemap/10m/borders.fgb",
    "basemap/osm/korea.fgb", "basemap/osm/korea_mdl.fgb",
    "basemap/osm/lakes.fgb",
    "basemap/50m/admin1.fgb", "basemap/10m/admin1.fgb",
};

static char *path_join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/%s", a, b);
    return p;
}

static GDALDatasetH open_vector(const char *path)
{
    return GDALOpenEx(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
}

static GDALDatasetH open_rel(const char *rel)
{
    char *path = path_join(data_dir, rel);
    GDALDatasetH ds = open_vector(path);
    if (ds == NULL)
        print_error("cannot open %s\n", path);
    free(path);
    assert_non_null(ds);
    return ds;
}

static double haversine_m(double lat1, double lon1, double lat2, double lon2)
{
    const double r = DEG2RAD;
    double dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r;
    double h = sin(dlat / 2) * sin(dlat / 2)
             + cos(lat1 * r) * cos(lat2 * r) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * EARTH_RADIUS_M * asin(sqrt(h));
}

/* Distance from (lat, lon) to segment a-b: nearest point found in a local
 * equirectangular plane (fine at these few-km scales), distance measured
 * with the haversine. */
static double segment_dist_m(double lat, double lon, double lat_a, double lon_a,
                             double lat_b, double lon_b)
{
    double k = cos(lat * DEG2RAD);
    double ax = (lon_a - lon) * k, ay = lat_a - lat;
    double bx = (lon_b - lon) * k, by = lat_b - lat;
    double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
    if (t < 0)
        t = 0;
    if (t > 1)
        t = 1;
    return haversine_m(lat, lon, lat_a + t * (lat_b - lat_a), lon_a + t * (lon_b - lon_a));
}

/* --- per-file geometry checks ------------------------------------------ */

struct geom_stats {
    double max_dlon;            /* over all edges */
    double max_dlon_off_cut;    /* edges not lying on lon = +-180 */
    long vertices;
    long out_of_range;
    long invalid;
};

static void scan_geometry(OGRGeometryH g, struct geom_stats *st)
{
    int n = OGR_G_GetGeometryCount(g);
    if (n > 0) {
        for (int i = 0; i < n; i++)
            scan_geometry(OGR_G_GetGeometryRef(g, i), st);
        return;
    }
    int np = OGR_G_GetPointCount(g);
    for (int i = 0; i < np; i++) {
        double x = OGR_G_GetX(g, i), y = OGR_G_GetY(g, i);
        st->vertices++;
        if (!(x >= -180.0 && x <= 180.0 && y >= -90.0 && y <= 90.0))
            st->out_of_range++;
        if (i == 0)
            continue;
        double x0 = OGR_G_GetX(g, i - 1);
        double d = fabs(x - x0);
        if (d > st->max_dlon)
            st->max_dlon = d;
        int on_cut = x == x0 && fabs(x) == 180.0;
        if (!on_cut && d > st->max_dlon_off_cut)
            st->max_dlon_off_cut = d;
    }
}

static const struct layer_spec *spec_for(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++)
        if (strcmp(specs[i].file, base) == 0)
            return &specs[i];
    return NULL;
}

static void fgb_file_is_sound(void **state)
{
    const char *path = *state;
    const struct layer_spec *spec = spec_for(path);
    if (spec == NULL)
        fail_msg("unexpected file %s (add it to specs[])", path);

    GDALDatasetH ds = open_vector(path);
    assert_non_null(ds);
    assert_int_equal(GDALDatasetGetLayerCount(ds), 1);
    OGRLayerH lyr = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(lyr);
    for (int i = 0; spec->fields[i]; i++) {
        int idx = OGR_FD_GetFieldIndex(defn, spec->fields[i]);
        if (idx < 0)
            fail_msg("%s: missing field %s", path, spec->fields[i]);
        assert_int_equal(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, idx)), OFTString);
    }
    assert_int_equal(wkbFlatten(OGR_L_GetGeomType(lyr)), spec->type);
    assert_true(OGR_L_GetFeatureCount(lyr, TRUE) > 0);

    struct geom_stats st = {0};
    int polygons = spec->type == wkbMultiPolygon;
    OGRFeatureH f;
    OGR_L_ResetReading(lyr);
    while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        assert_non_null(g);
        assert_false(OGR_G_IsEmpty(g));
        scan_geometry(g, &st);
        if (polygons && !OGR_G_IsValid(g))
            st.invalid++;
        OGR_F_Destroy(f);
    }
    print_message("%s: %ld vertices, max |dlon| %.4f (off the cut %.4f)\n",
                  path, st.vertices, st.max_dlon, st.max_dlon_off_cut);
    assert_true(st.vertices > 0);
    assert_int_equal(st.out_of_range, 0);
    assert_int_equal(st.invalid, 0);
    assert_true(st.max_dlon <= 180.0);
    assert_true(st.max_dlon_off_cut <= MAX_EDGE_DLON);
    GDALClose(ds);
}

/* --- content checks ------------------------------------------------------ */

static void required_files_exist(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        GDALDatasetH ds = open_rel(required[i]);
        GDALClose(ds);
    }
}

/* Lon extremes of one country's vertices, found by iso_a2. */
static int country_lon_range(OGRLayerH lyr, const char *a2, double *lo, double *hi)
{
    int found = 0;
    OGRFeatureH f;
    OGR_L_ResetReading(lyr);
    while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
        if (strcmp(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "iso_a2")), a2) == 0) {
            OGREnvelope env;
            OGR_G_GetEnvelope(OGR_F_GetGeometryRef(f), &env);
            *lo = env.MinX;
            *hi = env.MaxX;
            found++;
        }
        OGR_F_Destroy(f);
    }
    return found;
}

static void countries_are_complete(void **state)
{
    (void)state;
    static const struct { const char *file; int min_count; } scales[] = {
        {"basemap/110m/countries.fgb", 150},
        {"basemap/50m/countries.fgb", 170},
        {"basemap/10m/countries.fgb", 200},
    };
    for (size_t s = 0; s < sizeof scales / sizeof scales[0]; s++) {
        GDALDatasetH ds = open_rel(scales[s].file);
        OGRLayerH lyr = GDALDatasetGetLayer(ds, 0);
        int n = (int)OGR_L_GetFeatureCount(lyr, TRUE);
        print_message("%s: %d countries\n", scales[s].file, n);
        assert_true(n > scales[s].min_count);

        double lo = 0, hi = 0;
        assert_int_equal(country_lon_range(lyr, "KR", &lo, &hi), 1);
        assert_int_equal(country_lon_range(lyr, "KP", &lo, &hi), 1);
        /* Antimeridian repair: Chukotka east of 180 (negative longitudes),
         * Fiji on both sides. */
        assert_int_equal(country_lon_range(lyr, "RU", &lo, &hi), 1);
        assert_true(lo < -170.0 && hi > 170.0);
        assert_int_equal(country_lon_range(lyr, "FJ", &lo, &hi), 1);
        assert_true(lo < -179.0 && hi > 177.0);
        GDALClose(ds);
    }
}

static void osm_korea_has_both_countries(void **state)
{
    (void)state;
    GDALDatasetH ds = open_rel("basemap/osm/korea.fgb");
    OGRLayerH lyr = GDALDatasetGetLayer(ds, 0);
    double lo, hi;
    assert_int_equal(country_lon_range(lyr, "KP", &lo, &hi), 1);
    assert_int_equal(country_lon_range(lyr, "KR", &lo, &hi), 1);
    GDALClose(ds);
}

static double min_dist_m(OGRGeometryH g, double lat, double lon)
{
    double best = INFINITY;
    int n = OGR_G_GetGeometryCount(g);
    if (n > 0) {
        for (int i = 0; i < n; i++) {
            double d = min_dist_m(OGR_G_GetGeometryRef(g, i), lat, lon);
            if (d < best)
                best = d;
        }
        return best;
    }
    for (int i = 1; i < OGR_G_GetPointCount(g); i++) {
        double d = segment_dist_m(lat, lon, OGR_G_GetY(g, i - 1), OGR_G_GetX(g, i - 1),
                                  OGR_G_GetY(g, i), OGR_G_GetX(g, i));
        if (d < best)
            best = d;
    }
    return best;
}

static void mdl_passes_through_panmunjom(void **state)
{
    (void)state;
    GDALDatasetH ds = open_rel("basemap/osm/korea_mdl.fgb");
    OGRLayerH lyr = GDALDatasetGetLayer(ds, 0);
    double best = INFINITY;
    int features = 0;
    OGRFeatureH f;
    OGR_L_ResetReading(lyr);
    while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
        features++;
        assert_string_equal(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "iso_a2_a")), "KP");
        assert_string_equal(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "iso_a2_b")), "KR");
        assert_non_null(strstr(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "source")),
                               "OpenStreetMap contributors"));
        double d = min_dist_m(OGR_F_GetGeometryRef(f), JSA_LAT, JSA_LON);
        if (d < best)
            best = d;
        OGR_F_Destroy(f);
    }
    print_message("JSA to OSM MDL: %.0f m\n", best);
    assert_true(features >= 1);
    assert_true(best <= MDL_MAX_DIST_M);
    GDALClose(ds);
}

/* Points (lat, lon) in a lake and out of any. The source's lakes are
 * simplified to ~5 km, so the points are well inside the water (or, for
 * Kigali, ~30 km from the nearest lake of 100 km2). */
static const struct {
    const char *name;
    double lat, lon;
    int in_lake;
} lake_points[] = {
    {"Lake Victoria", -1.0, 33.0, 1},
    {"Lake Kivu", -2.0, 29.2, 1},
    {"Kigali", -1.95, 30.06, 0},
};

static void lakes_are_lakes(void **state)
{
    (void)state;
    GDALDatasetH ds = open_rel("basemap/osm/lakes.fgb");
    OGRLayerH lyr = GDALDatasetGetLayer(ds, 0);
    int area_field = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(lyr), "area_km2");
    assert_true(area_field >= 0);
    assert_int_equal(OGR_Fld_GetType(OGR_FD_GetFieldDefn(OGR_L_GetLayerDefn(lyr), area_field)), OFTReal);
    int features = (int)OGR_L_GetFeatureCount(lyr, TRUE);
    print_message("lakes: %d\n", features);
    assert_true(features > 500);
    for (size_t i = 0; i < sizeof lake_points / sizeof lake_points[0]; i++) {
        OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_AddPoint_2D(pt, lake_points[i].lon, lake_points[i].lat);
        int hits = 0;
        OGRFeatureH f;
        OGR_L_ResetReading(lyr);
        while ((f = OGR_L_GetNextFeature(lyr)) != NULL) {
            /* Every lake has its area, at least the conversion's 100 km2. */
            assert_true(OGR_F_GetFieldAsDouble(f, area_field) >= 100.0);
            if (OGR_G_Contains(OGR_F_GetGeometryRef(f), pt))
                hits++;
            OGR_F_Destroy(f);
        }
        OGR_G_DestroyGeometry(pt);
        if (hits != lake_points[i].in_lake)
            fail_msg("%s (%.2f, %.2f): in %d lakes, want %d", lake_points[i].name, lake_points[i].lat,
                     lake_points[i].lon, hits, lake_points[i].in_lake);
    }
    GDALClose(ds);
}

/* --- main ---------------------------------------------------------------- */

static int strcmp_ptr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* All basemap/<dir>/<file>.fgb paths (sorted, NULL-terminated). */
static char **list_fgb_files(const char *basemap)
{
    size_t n = 0, cap = 16;
    char **out = malloc(cap * sizeof *out);
    char **dirs = VSIReadDir(basemap);
    for (int i = 0; dirs && dirs[i]; i++) {
        if (dirs[i][0] == '.')
            continue;
        char *dir = path_join(basemap, dirs[i]);
        char **files = VSIReadDir(dir);
        for (int j = 0; files && files[j]; j++) {
            size_t len = strlen(files[j]);
            if (len < 4 || strcmp(files[j] + len - 4, ".fgb") != 0)
                continue;
            if (n + 2 > cap)
                out = realloc(out, (cap *= 2) * sizeof *out);
            out[n++] = path_join(dir, files[j]);
        }
        CSLDestroy(files);
        free(dir);
    }
    CSLDestroy(dirs);
    out[n] = NULL;
    qsort(out, n, sizeof *out, strcmp_ptr);
    return out;
}

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : getenv("DIPLOMAP_DATA");
    if (data_dir == NULL) {
        fprintf(stderr, "usage: %s GEODATA_DIR (or set DIPLOMAP_DATA)\n", argv[0]);
        return 1;
    }
    GDALAllRegister();
    CPLSetErrorHandler(CPLQuietErrorHandler);   /* IsValid() reasons are noise */

    char *basemap = path_join(data_dir, "basemap");
    char **files = list_fgb_files(basemap);
    size_t nfiles = 0;
    while (files[nfiles])
        nfiles++;

    /* One test per file found, then the content tests. */
    static const struct CMUnitTest fixed[] = {
        cmocka_unit_test(required_files_exist),
        cmocka_unit_test(countries_are_complete),
        cmocka_unit_test(osm_korea_has_both_countries),
        cmocka_unit_test(mdl_passes_through_panmunjom),
        cmocka_unit_test(lakes_are_lakes),
    };
    size_t nfixed = sizeof fixed / sizeof fixed[0];
    struct CMUnitTest *tests = calloc(nfiles + nfixed, sizeof *tests);
    for (size_t i = 0; i < nfiles; i++) {
        tests[i].name = files[i] + strlen(data_dir) + 1;
        tests[i].test_func = fgb_file_is_sound;
        tests[i].initial_state = files[i];
    }
    memcpy(tests + nfiles, fixed, sizeof fixed);

    int rc = _cmocka_run_group_tests("basemap_data", tests, nfiles + nfixed, NULL, NULL);

    for (size_t i = 0; i < nfiles; i++)
        free(files[i]);
    free(files);
    free(tests);
    free(basemap);
    return rc;
}
