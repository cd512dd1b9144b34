/* PROJ wrappers, the automatic projection, geodesics and antimeridian
 * cutting. */
#include "dm_proj-private.h"
#include "proj_loader-private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEAM_EPS 1e-7   /* degrees kept away from the antimeridian */

static PJ_COORD coord4(double x, double y)
{
    PJ_COORD c = {{x, y, 0, 0}};
    return c;
}

static double wrap180(double lon)
{
    lon = fmod(lon + 180.0, 360.0);
    if (lon < 0)
        lon += 360.0;
    return lon - 180.0;
}

static double param(const char *def, const char *key, double fallback)
{
    const char *p = strstr(def, key);
    if (!p)
        return fallback;
    char *end;
    double v = strtod(p + strlen(key), &end);
    return end == p + strlen(key) ? fallback : v;
}

/* ---- the projections a story may ask for --------------------------------
 *
 * A projection comes from a story's view or the command line, that is from
 * whoever sent the story: it may name only a map projection, never make
 * PROJ open a file or reach the network. So it is checked against an
 * allow-list before PROJ sees it (and PROJ's context opens nothing but
 * proj.db in any case: proj_loader.c). Accepted (docs/errors.md lists it):
 *   - EPSG:CODE or ESRI:CODE (digits): PROJ's own database;
 *   - a PROJ string of "+key=value" and "+flag" tokens whose +proj= is one
 *     of the methods below (longlat and its spellings pass here and are
 *     then refused as "not a map projection", which says more), whose
 *     numeric parameters are plain decimal numbers, and whose +ellps,
 *     +datum and +units are PROJ's built-in names (datums that imply grid
 *     files, NAD27, excluded), +towgs84 3 or 7 numbers, +type=crs,
 *     +sweep=x|y and the flags below.
 * Anything else (init files, grids, deformation models, tinshift, pipelines,
 * @-files, paths, URLs, WKT or PROJJSON text) is refused, naming the key. */

static const char *const methods[] = {
    "aea",      "aeqd",   "cea",     "eck4",     "eck6",      "eqc",   "eqearth",   "etmerc", "geos",
    "gnom",     "hammer", "kav7",    "laea",     "latlon",    "latlong", "lcc",     "lonlat", "longlat",
    "merc",     "mill",   "moll",    "natearth", "natearth2", "nsper", "ortho",     "patterson",
    "robin",    "stere",  "sterea",  "times",    "tmerc",     "tpers", "ups",       "utm",    "vandg",
    "webmerc",  "wintri",
};

static const char *const number_keys[] = {
    "R", "a", "alpha", "azi", "b", "es", "f", "gamma", "h", "k", "k_0", "lat_0", "lat_1", "lat_2",
    "lat_ts", "lon_0", "lonc", "rf", "tilt", "x_0", "y_0", "zone",
};

static const char *const flag_keys[] = {"R_A", "approx", "no_defs", "no_rot", "no_uoff", "over", "south"};

/* PROJ's built-in ellipsoids (proj -le). */
static const char *const ellipsoids[] = {
    "APL4.9", "CPM", "GRS67", "GRS80", "GSK2011", "IAU76", "MERIT", "NWL9D", "PZ90", "SEasia", "SGS85",
    "WGS60", "WGS66", "WGS72", "WGS84", "airy", "andrae", "aust_SA", "bess_nam", "bessel", "clrk66",
    "clrk80", "clrk80ign", "danish", "delmbr", "engelis", "evrst30", "evrst48", "evrst56", "evrst69",
    "evrstSS", "fschr60", "fschr60m", "fschr68", "helmert", "hough", "intl", "kaula", "krass", "lerch",
    "mod_airy", "mprts", "new_intl", "plessis", "sphere", "walbeck",
};

/* PROJ's built-in datums that shift by +towgs84 numbers (NAD27 names grid
 * files and is left out). */
static const char *const datums[] = {
    "GGRS87", "NAD83", "OSGB36", "WGS84", "carthage", "hermannskogel", "ire65", "nzgd49", "potsdam",
};

static const char *const units[] = {"ft", "km", "kmi", "m", "mi", "us-ft", "us-mi", "yd"};

/* Keys that make PROJ open a file or a URL: refused with a message that
 * says so (any other unknown key is refused too, as not allowed). */
static const char *const file_keys[] = {"file", "geoidgrids", "grids", "init", "model", "nadgrids"};
/* Methods whose work is a file (deformation models, triangulations,
 * grids). */
static const char *const file_methods[] = {
    "defmodel", "deformation", "gridshift", "hgridshift", "tinshift", "vgridshift", "xyzgridshift",
};

static int listed(const char *const *list, size_t n, const char *s, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
            return 1;
    return 0;
}
#define LISTED(list, s, len) listed(list, sizeof list / sizeof list[0], s, len)

/* A plain decimal number: digits, sign, point, exponent (no hex, inf, nan,
 * or PROJ's degree-minute-second notation). */
static int is_number(const char *s, size_t len)
{
    char buf[64];
    if (len == 0 || len >= sizeof buf || strspn(s, "0123456789+-.eE") < len)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    char *end;
    double v = strtod(buf, &end);
    return *end == '\0' && isfinite(v);
}

static int is_number_list(const char *s, size_t len, int *count)
{
    *count = 0;
    for (size_t i = 0; i <= len;) {
        size_t j = i;
        while (j < len && s[j] != ',')
            j++;
        if (!is_number(s + i, j - i))
            return 0;
        ++*count;
        i = j + 1;
    }
    return 1;
}

/* The definition as a message shows it: at most 120 bytes, control
 * characters as '?', so a hostile story cannot write to the terminal. */
static void shown(const char *def, char *buf, size_t size)
{
    size_t n = 0;
    for (; def[n] && n + 4 < size && n < 120; n++)
        buf[n] = ((unsigned char)def[n] < 0x20 || def[n] == 0x7f) ? '?' : def[n];
    if (def[n] && n + 4 <= size) {
        memcpy(buf + n, "...", 3);
        n += 3;
    }
    buf[n] = '\0';
}

static int names_a_file(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] == '/' || s[i] == '@' || s[i] == '\\' || s[i] == ':')
            return 1;
    return 0;
}

/* "EPSG:" or "ESRI:" in any case, as PROJ reads them. */
static int authority_is(const char *def, const char *prefix)
{
    for (size_t i = 0; prefix[i]; i++)
        if (def[i] != prefix[i] && !(def[i] >= 'a' && def[i] <= 'z' && def[i] - 'a' + 'A' == prefix[i]))
            return 0;
    return 1;
}

/* Refuses (DM_ERR_PROJECTION, naming the key) a projection that is not on
 * the allow-list above. */
static dm_status_t check_allowed(dm_context_t *ctx, const char *def)
{
    char show[128];
    shown(def, show, sizeof show);
    for (const char *c = def; *c; c++)
        if (((unsigned char)*c < 0x20 && *c != ' ' && *c != '\t') || *c == 0x7f)
            return dmi_error(ctx, DM_ERR_PROJECTION, "invalid projection '%s': control characters are not allowed",
                             show);
    /* An authority code from proj.db. */
    if ((authority_is(def, "EPSG:") || authority_is(def, "ESRI:")) && def[5] &&
        strspn(def + 5, "0123456789") == strlen(def + 5) && strlen(def + 5) <= 9)
        return DM_OK;
    if (def[0] != '+') {
        if ((strpbrk(def, "/@\\") || strstr(def, "://")) && !strchr(def, '[') && !strchr(def, '{'))
            return dmi_error(ctx, DM_ERR_PROJECTION,
                             "invalid projection '%s': it names a file or URL, which diplomap does not open",
                             show);
        return dmi_error(ctx, DM_ERR_PROJECTION,
                         "invalid projection '%s': not a PROJ string (+proj=METHOD ...), EPSG:CODE or auto "
                         "(WKT, PROJJSON and other forms are not accepted)",
                         show);
    }
    /* Three passes: a key that names a file is reported first, then a
     * method that reads files, whatever comes before them, so the message
     * says what was dangerous; then anything else not on the list. */
    for (int pass = 0; pass < 3; pass++) {
        int methods_seen = 0;
        const char *p = def;
        for (;;) {
            p += strspn(p, " \t");
            if (!*p)
                break;
            const char *tok = p;
            size_t len = strcspn(p, " \t");
            p += len;
            if (tok[0] != '+' || len < 2)
                return dmi_error(ctx, DM_ERR_PROJECTION,
                                 "invalid projection '%s': '%.*s' is not a +key or +key=value parameter", show,
                                 (int)(len > 40 ? 40 : len), tok);
            const char *key = tok + 1, *eq = memchr(key, '=', len - 1);
            size_t klen = eq ? (size_t)(eq - key) : len - 1;
            const char *val = eq ? eq + 1 : NULL;
            size_t vlen = eq ? len - 1 - klen - 1 : 0;
            int shown_klen = (int)(klen > 40 ? 40 : klen);
            int is_proj = klen == 4 && memcmp(key, "proj", 4) == 0;
            if (pass == 0) {
                if (LISTED(file_keys, key, klen) || (val && names_a_file(val, vlen)))
                    return dmi_error(ctx, DM_ERR_PROJECTION,
                                     "invalid projection '%s': '+%.*s' names a file or URL, which diplomap does not open",
                                     show, shown_klen, key);
                continue;
            }
            if (pass == 1) {
                if (is_proj && val && LISTED(file_methods, val, vlen))
                    return dmi_error(ctx, DM_ERR_PROJECTION,
                                     "invalid projection '%s': '+proj=%.*s' reads files, which diplomap does not open",
                                     show, (int)vlen, val);
                continue;
            }
            if (is_proj) {
                if (!val || !LISTED(methods, val, vlen))
                    return dmi_error(ctx, DM_ERR_PROJECTION,
                                     "invalid projection '%s': '+proj=%.*s' is not an allowed projection method "
                                     "(docs/errors.md lists them)",
                                     show, (int)(vlen > 40 ? 40 : vlen), val ? val : "");
                methods_seen++;
            } else if (LISTED(number_keys, key, klen)) {
                if (!val || !is_number(val, vlen))
                    return dmi_error(ctx, DM_ERR_PROJECTION,
                                     "invalid projection '%s': '+%.*s' must be a number", show, shown_klen, key);
            } else if (LISTED(flag_keys, key, klen)) {
                if (val)
                    return dmi_error(ctx, DM_ERR_PROJECTION, "invalid projection '%s': '+%.*s' takes no value",
                                     show, shown_klen, key);
            } else if (klen == 5 && memcmp(key, "ellps", 5) == 0) {
                if (!val || !LISTED(ellipsoids, val, vlen))
                    return dmi_error(ctx, DM_ERR_PROJECTION,
                                     "invalid projection '%s': '+ellps' must name one of PROJ's ellipsoids", show);
            } else if (klen == 5 && memcmp(key, "datum", 5) == 0) {
                if (!val || !LISTED(datums, val, vlen))
                    return dmi_error(ctx, DM_ERR_PROJECTION,
                                     "invalid projection '%s': '+datum' must be one of WGS84, NAD83, GGRS87, OSGB36, "
                                     "potsdam, carthage, hermannskogel, ire65, nzgd49",
                                     show);
            } else if (klen == 5 && memcmp(key, "units", 5) == 0) {
                if (!val || !LISTED(units, val, vlen))
                    return dmi_error(ctx, DM_ERR_PROJECTION,
                                     "invalid projection '%s': '+units' must be one of m, km, ft, us-ft, mi, us-mi, "
                                     "kmi, yd",
                                     show);
            } else if (klen == 7 && memcmp(key, "towgs84", 7) == 0) {
                int count = 0;
                if (!val || !is_number_list(val, vlen, &count) || (count != 3 && count != 7))
                    return dmi_error(ctx, DM_ERR_PROJECTION,
                                     "invalid projection '%s': '+towgs84' must be 3 or 7 numbers", show);
            } else if (klen == 4 && memcmp(key, "type", 4) == 0) {
                if (!val || vlen != 3 || memcmp(val, "crs", 3) != 0)
                    return dmi_error(ctx, DM_ERR_PROJECTION, "invalid projection '%s': '+type' must be crs", show);
            } else if (klen == 5 && memcmp(key, "sweep", 5) == 0) {
                if (!val || vlen != 1 || (val[0] != 'x' && val[0] != 'y'))
                    return dmi_error(ctx, DM_ERR_PROJECTION, "invalid projection '%s': '+sweep' must be x or y",
                                     show);
            } else {
                return dmi_error(ctx, DM_ERR_PROJECTION,
                                 "invalid projection '%s': '+%.*s' is not an allowed parameter (docs/errors.md lists them)",
                                 show, shown_klen, key);
            }
        }
        if (pass == 2 && methods_seen != 1)
            return dmi_error(ctx, DM_ERR_PROJECTION,
                             "invalid projection '%s': %s", show,
                             methods_seen ? "'+proj' is given more than once" : "no '+proj=METHOD'");
    }
    return DM_OK;
}

dm_status_t dmi_projection_create(dm_context_t *ctx, const char *definition, dmi_projection_t *out)
{
    memset(out, 0, sizeof *out);
    if (!definition || !*definition)
        return dmi_error(ctx, DM_ERR_PROJECTION, "empty projection");
    const dmi_proj_api_t *api = dmi_proj_api(ctx);
    PJ_CONTEXT *pctx = api ? dmi_context_proj(ctx) : NULL;
    if (!pctx)
        return dm_context_last_status(ctx);
    dm_status_t allowed = check_allowed(ctx, definition);
    if (allowed != DM_OK)
        return allowed;
    /* The frame's crs, as the sidecar states it: a bare "+proj=..." is a
     * conversion, made a CRS. */
    size_t n = strlen(definition) + 16;
    char *target = malloc(n);
    if (!target)
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    if (definition[0] == '+' && !strstr(definition, "+type=crs"))
        snprintf(target, n, "%s +type=crs", definition);
    else
        snprintf(target, n, "%s", definition);
    out->api = api;
    out->definition = target;
    out->lon_0 = param(definition, "+lon_0=", 0.0);
    /* A point the projection must show, to tell a map projection (metres)
     * from angles: 10 degrees from its centre (an orthographic or
     * geostationary view shows only its own hemisphere). */
    double lat_0 = param(definition, "+lat_0=", 0.0);
    double probe_lon = out->lon_0 + 10, probe_lat = lat_0 > 0 ? lat_0 - 10 : lat_0 + 10;
    if (!(fabs(probe_lat) <= 90))
        probe_lat = 10;
    /* Fast path: a "+proj=..." conversion on the WGS 84 ellipsoid with no
     * datum shift is PROJ's bare conversion (radians in, metres out); the
     * pipeline from crs_to_crs would add only unit and axis steps, and
     * building it reads proj.db (about 100M instructions per map). */
    if (definition[0] == '+' && !strstr(definition, "+type=crs") && !strstr(definition, "+towgs84") &&
        !strstr(definition, "+nadgrids") && !strstr(definition, "+geoidgrids") && !strstr(definition, "+init") &&
        (!strstr(definition, "+datum=") || strstr(definition, "+datum=WGS84")) &&
        (!strstr(definition, "+ellps=") || strstr(definition, "+ellps=WGS84"))) {
        PJ *direct = api->create(pctx, definition);
        if (direct) {
            PJ_COORD c = api->trans(direct, PJ_FWD, coord4(probe_lon * M_PI / 180, probe_lat * M_PI / 180));
            api->errno_reset(direct);
            /* A map projection gives metres, not angles. */
            if (isfinite(c.xy.x) && isfinite(c.xy.y) && (fabs(c.xy.x) > 360 || fabs(c.xy.y) > 360)) {
                out->direct = direct;
                return DM_OK;
            }
            api->destroy(direct);
            dmi_projection_destroy(out);
            return dmi_error(ctx, DM_ERR_PROJECTION, "projection '%s' is not a map projection", definition);
        }
    }
    PJ *raw = api->create_crs_to_crs(pctx, "+proj=longlat +datum=WGS84 +no_defs +type=crs", target, NULL);
    PJ *pj = raw ? api->normalize_for_visualization(pctx, raw) : NULL;
    api->destroy(raw);
    if (!pj) {
        int err = api->context_errno(pctx);
        dm_status_t st = dmi_error(ctx, DM_ERR_PROJECTION, "invalid projection '%s': %s", definition,
                                   err ? api->context_errno_string(pctx, err) : "not understood by PROJ");
        dmi_projection_destroy(out);
        return st;
    }
    /* The output must be a projected (metric) system, not angles. */
    PJ_COORD c = api->trans(pj, PJ_FWD, coord4(probe_lon, probe_lat));
    if (!isfinite(c.xy.x) || !isfinite(c.xy.y) || (fabs(c.xy.x) < 360 && fabs(c.xy.y) < 360)) {
        api->destroy(pj);
        dmi_projection_destroy(out);
        return dmi_error(ctx, DM_ERR_PROJECTION, "projection '%s' is not a map projection", definition);
    }
    out->pj = pj;
    return DM_OK;
}

void dmi_projection_destroy(dmi_projection_t *p)
{
    if (!p)
        return;
    if (p->api) {
        if (p->pj)
            p->api->destroy(p->pj);
        if (p->direct)
            p->api->destroy(p->direct);
    }
    free(p->definition);
    memset(p, 0, sizeof *p);
}

int dmi_project_points(const dmi_projection_t *p, dmi_xy_t *pts, size_t n)
{
    if (n == 0)
        return 0;
    if (p->direct) {
        const double r = M_PI / 180.0;
        for (size_t i = 0; i < n; i++) {
            pts[i].x *= r;
            pts[i].y *= r;
        }
    }
    p->api->trans_generic(p->direct ? p->direct : p->pj, PJ_FWD, &pts[0].x, sizeof *pts, n, &pts[0].y, sizeof *pts, n,
                       NULL, 0, 0, NULL, 0, 0);
    int ok = 0;
    for (size_t i = 0; i < n; i++)
        if (!isfinite(pts[i].x) || !isfinite(pts[i].y) || fabs(pts[i].x) > 1e15) {
            pts[i].x = pts[i].y = HUGE_VAL;
            ok = -1;
        }
    return ok;
}

int dmi_project_point(const dmi_projection_t *p, double lon, double lat, double *e, double *n)
{
    dmi_xy_t pt = {lon, lat};
    int rc = dmi_project_points(p, &pt, 1);
    *e = pt.x;
    *n = pt.y;
    return rc;
}

int dmi_unproject_point(const dmi_projection_t *p, double e, double n, double *lon, double *lat)
{
    PJ *pj = p->direct ? p->direct : p->pj;
    PJ_COORD c = p->api->trans(pj, PJ_INV, coord4(e, n));
    p->api->errno_reset(pj);
    /* The bare conversion answers in radians, the pipeline in degrees. */
    double k = p->direct ? 180.0 / M_PI : 1.0;
    *lon = c.lp.lam * k;
    *lat = c.lp.phi * k;
    return isfinite(*lon) && isfinite(*lat) && fabs(*lat) <= 90.0 ? 0 : -1;
}

double dmi_geodesic_km(double lat1, double lon1, double lat2, double lon2)
{
    const dmi_proj_api_t *api = dmi_proj_api(NULL);
    struct geod_geodesic g;
    double s12 = 0;
    if (!api)
        return 0;
    api->geod_init(&g, 6378137.0, 1 / 298.257223563);
    api->geod_inverse(&g, lat1, lon1, lat2, lon2, &s12, NULL, NULL);
    return s12 / 1000.0;
}

int dmi_geodesic_densify(double lat1, double lon1, double lat2, double lon2,
                         double step_km, dmi_ring_t *out)
{
    const dmi_proj_api_t *api = dmi_proj_api(NULL);
    struct geod_geodesic g;
    struct geod_geodesicline line;
    if (!api)
        return -1;
    api->geod_init(&g, 6378137.0, 1 / 298.257223563);
    api->geod_inverseline(&line, &g, lat1, lon1, lat2, lon2, 0);
    double len_km = line.s13 / 1000.0;
    int steps = (int)ceil(len_km / (step_km > 0 ? step_km : 50.0));
    if (steps < 1)
        steps = 1;
    if (steps > 4096)
        steps = 4096;
    double prev_lon = lon1;
    for (int i = 0; i <= steps; i++) {
        double lat, lon;
        api->geod_position(&line, line.s13 * i / steps, &lat, &lon, NULL);
        /* Keep longitudes continuous so the line can be cut at any seam. */
        while (lon - prev_lon > 180)
            lon -= 360;
        while (lon - prev_lon < -180)
            lon += 360;
        prev_lon = lon;
        if (dmi_ring_push(out, lon, lat))
            return -1;
    }
    return 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* In degrees. */
static double central_angle(double lat1, double lon1, double lat2, double lon2)
{
    return dmi_central_angle(lat1, lon1, lat2, lon2) / (M_PI / 180.0);
}

/* The choice of dmi_projection_auto; for a locator (world not NULL), also
 * the world's map for places whose azimuthal view would be centred near a
 * pole, *world set then (the locator shows the whole world). */
static char *projection_choose(const double *lat, const double *lon, size_t n, int *world)
{
    char buf[256];
    if (world)
        *world = 0;
    if (n == 0) {
        snprintf(buf, sizeof buf, "+proj=eqearth +lon_0=0 +datum=WGS84 +units=m +no_defs");
        return dmi_strdup(buf);
    }
    /* Central meridian: the middle of the arc left when the largest empty
     * longitude gap is removed, so no place sits near the cut. */
    double *lons = malloc(n * sizeof *lons);
    if (!lons)
        return NULL;
    for (size_t i = 0; i < n; i++)
        lons[i] = wrap180(lon[i]);
    qsort(lons, n, sizeof *lons, cmp_double);
    double gap = 360.0 - (lons[n - 1] - lons[0]);
    size_t start = 0;
    for (size_t i = 1; i < n; i++) {
        if (lons[i] - lons[i - 1] > gap) {
            gap = lons[i] - lons[i - 1];
            start = i;
        }
    }
    double span = 360.0 - gap;
    double clon = wrap180(lons[start] + span / 2);
    free(lons);
    double smin = 90, smax = -90;
    for (size_t i = 0; i < n; i++) {
        smin = fmin(smin, lat[i]);
        smax = fmax(smax, lat[i]);
    }
    /* The smallest spherical cap holding every place (Badoiu-Clarkson:
     * step toward the farthest point with shrinking steps), on unit
     * vectors. Its centre centres azimuthal and conic views; its radius
     * picks the family. */
    const double r = M_PI / 180.0;
    double cx = 0, cy = 0, cz = 0;
    for (size_t i = 0; i < n; i++) {
        cx += cos(lat[i] * r) * cos(lon[i] * r);
        cy += cos(lat[i] * r) * sin(lon[i] * r);
        cz += sin(lat[i] * r);
    }
    for (int k = 1; k <= 400; k++) {
        double len = sqrt(cx * cx + cy * cy + cz * cz);
        if (len < 1e-12) {   /* antipodal places: any centre will do */
            cx = cos(lat[0] * r) * cos(lon[0] * r);
            cy = cos(lat[0] * r) * sin(lon[0] * r);
            cz = sin(lat[0] * r);
            len = 1;
        }
        cx /= len;
        cy /= len;
        cz /= len;
        double clat_k = asin(fmax(-1, fmin(1, cz))) / r, clon_k = atan2(cy, cx) / r, far = -1;
        size_t far_i = 0;
        for (size_t i = 0; i < n; i++) {
            double d = central_angle(clat_k, clon_k, lat[i], lon[i]);
            if (d > far) {
                far = d;
                far_i = i;
            }
        }
        double px = cos(lat[far_i] * r) * cos(lon[far_i] * r), py = cos(lat[far_i] * r) * sin(lon[far_i] * r),
               pz = sin(lat[far_i] * r);
        cx += (px - cx) / (k + 1);
        cy += (py - cy) / (k + 1);
        cz += (pz - cz) / (k + 1);
    }
    double len = sqrt(cx * cx + cy * cy + cz * cz);
    double clat = len > 1e-12 ? asin(fmax(-1, fmin(1, cz / len))) / r : lat[0];
    double cap_lon = len > 1e-12 ? atan2(cy, cx) / r : lon[0];
    double radius = 0;
    for (size_t i = 0; i < n; i++)
        radius = fmax(radius, central_angle(clat, cap_lon, lat[i], lon[i]));
    /* Round parameters: readable crs strings, stable output. */
    clon = round(clon * 10) / 10;
    clat = round(clat * 10) / 10;
    cap_lon = round(cap_lon * 10) / 10;
    /* An azimuthal view centred near a pole (Europe, the Caribbean and
     * Japan, seen from above the Arctic) is right for a main map a reader
     * studies, but at a locator's size its land is turned on its side and
     * not recognised. One centred nearer the equator (Europe and Africa)
     * still shows the land upright. */
    int polar = world && radius > 30 && radius <= 60 && fabs(clat) > 60;
    if (radius > 60 || polar) {
        /* World: the central meridian from the largest empty gap. */
        if (world)
            *world = polar;
        snprintf(buf, sizeof buf, "+proj=eqearth +lon_0=%g +datum=WGS84 +units=m +no_defs", clon);
    } else if (radius > 30) {
        snprintf(buf, sizeof buf, "+proj=laea +lat_0=%g +lon_0=%g +datum=WGS84 +units=m +no_defs", clat, cap_lon);
    } else if (smin < 5 && smax > -5) {
        /* Near or across the equator a conic degenerates: Mercator is the
         * conformal choice there. */
        snprintf(buf, sizeof buf, "+proj=merc +lon_0=%g +datum=WGS84 +units=m +no_defs", clon);
    } else {
        double range = fmax(smax - smin, 2.0);
        double lat1 = round((smin + range / 6) * 10) / 10, lat2 = round((smax - range / 6) * 10) / 10;
        if (smax - smin < 2.0)
            lat1 = lat2 = clat;
        snprintf(buf, sizeof buf,
                 "+proj=lcc +lat_0=%g +lon_0=%g +lat_1=%g +lat_2=%g +datum=WGS84 +units=m +no_defs",
                 clat, clon, lat1, lat2);
    }
    return dmi_strdup(buf);
}

char *dmi_projection_auto(const double *lat, const double *lon, size_t n)
{
    return projection_choose(lat, lon, n, NULL);
}

char *dmi_projection_locator(const double *lat, const double *lon, size_t n, int *world)
{
    return projection_choose(lat, lon, n, world);
}

int dmi_project_cut(const dmi_projection_t *p, const dmi_window_t *win, const dmi_ring_t *lonlat,
                    int is_polygon, dmi_shape_t *out)
{
    if (lonlat->count < (is_polygon ? 3u : 2u))
        return 0;
    /* Longitudes relative to the central meridian, unwrapped along the run. */
    dmi_ring_t rel = {0};
    dmi_shape_t pieces = {0};
    int rc = -1;
    double prev = 0;
    for (size_t i = 0; i < lonlat->count; i++) {
        double r = lonlat->pts[i].x - p->lon_0;
        if (i == 0) {
            r = wrap180(r);
        } else if (r - prev > 180) {
            /* In one step: a corrupt basemap's 1e30 would take forever
             * 360 at a time (and inf never ends). */
            r -= 360 * ceil((r - prev - 180) / 360);
        } else if (r - prev < -180) {
            r += 360 * ceil((prev - r - 180) / 360);
        }
        prev = r;
        if (dmi_ring_push(&rel, r, lonlat->pts[i].y))
            goto out;
    }
    double r0 = fmax(win->rmin, -180 + SEAM_EPS), r1 = fmin(win->rmax, 180 - SEAM_EPS);
    /* Most runs lie wholly inside one window: no cutting needed. */
    double box[4] = DMI_BBOX_EMPTY;
    dmi_ring_bbox_add(&rel, box);
    double xmin = box[0], ymin = box[1], xmax = box[2], ymax = box[3];
    for (int k = -1; k <= 1; k++) {
        if (xmin >= k * 360 + r0 && xmax <= k * 360 + r1 && ymin >= win->smin && ymax <= win->smax) {
            for (size_t i = 0; i < rel.count; i++)
                rel.pts[i].x = rel.pts[i].x - k * 360 + p->lon_0;
            dmi_project_points(p, rel.pts, rel.count);
            if (dmi_shape_take(out, &rel))
                goto out;
            rc = 0;
            goto out;
        }
    }
    for (int k = -1; k <= 1; k++) {
        if (xmax < k * 360 + r0 || xmin > k * 360 + r1 || ymax < win->smin || ymin > win->smax)
            continue;
        double box[4] = {k * 360 + r0, win->smin, k * 360 + r1, win->smax};
        size_t first = pieces.count;
        if ((is_polygon ? dmi_clip_ring_box(&rel, box, &pieces) : dmi_clip_line_box(&rel, box, &pieces)))
            goto out;
        for (size_t j = first; j < pieces.count; j++) {
            dmi_ring_t *ring = &pieces.rings[j];
            for (size_t i = 0; i < ring->count; i++)
                ring->pts[i].x = ring->pts[i].x - k * 360 + p->lon_0;
            dmi_project_points(p, ring->pts, ring->count);
        }
    }
    for (size_t j = 0; j < pieces.count; j++)
        if (dmi_shape_take(out, &pieces.rings[j]))
            goto out;
    rc = 0;
out:
    dmi_ring_free(&rel);
    dmi_shape_free(&pieces);
    return rc;
}
