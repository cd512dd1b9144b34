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

/* A projection comes from a story or the command line: it may not make PROJ
 * open files or URLs it names (init files, grids, /vsi paths). PROJ's own
 * database (EPSG:...) stays available. Returns the offending text or NULL. */
static const char *names_a_file(const char *def)
{
    static const char *const keys[] = {"init=", "grids=", "file=", "/vsi", "http:", "https:", "ftp:"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strstr(def, keys[i]))
            return keys[i];
    return NULL;
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
    const char *file = names_a_file(definition);
    if (file)
        return dmi_error(ctx, DM_ERR_PROJECTION,
                         "invalid projection '%s': '%s' names a file or URL, which diplomap does not open",
                         definition, file);
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
            PJ_COORD c = api->trans(direct, PJ_FWD, coord4(10 * M_PI / 180, 10 * M_PI / 180));
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
    PJ_COORD c = api->trans(pj, PJ_FWD, coord4(10, 10));
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

static double central_angle(double lat1, double lon1, double lat2, double lon2)
{
    const double r = M_PI / 180.0;
    double s = sin((lat2 - lat1) * r / 2), t = sin((lon2 - lon1) * r / 2);
    double h = s * s + cos(lat1 * r) * cos(lat2 * r) * t * t;
    return 2 * asin(fmin(1.0, sqrt(h))) / r;
}

char *dmi_projection_auto(const double *lat, const double *lon, size_t n)
{
    char buf[256];
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
    if (radius > 60) {
        /* World: the central meridian from the largest empty gap. */
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
        } else {
            while (r - prev > 180)
                r -= 360;
            while (r - prev < -180)
                r += 360;
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
