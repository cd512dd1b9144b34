/* Layout, frames: a frame's projection, transform and extent.
 *
 * Takes: a frame with its projection and canvas rectangle, and the story's
 * places. Gives: the projected extent fitted to the rectangle, the lon/lat
 * window the frame shows, its scale (which basemap detail), the globe's
 * outline for world maps, and a check that an automatic azimuthal frame stays
 * within its hemisphere. Never: chooses what the frame is about (focus.c). */
#include "layout-private.h"

#include <glib-object.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Set the frame transform so the projected box fills the frame rect,
 * centred, same scale on both axes. */
void dmi_fit_transform(dmi_frame_t *f, bbox_t b)
{
    double fw = f->rect[2] - f->rect[0], fh = f->rect[3] - f->rect[1];
    double bw = fmax(b.x1 - b.x0, 1), bh = fmax(b.y1 - b.y0, 1);
    double s = fmin(fw / bw, fh / bh);
    double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
    f->a = s;
    f->e = -s;
    f->c = (f->rect[0] + f->rect[2]) / 2 - s * cx;
    f->f = (f->rect[1] + f->rect[3]) / 2 + s * cy;
}

void dmi_canvas_to_projected(const dmi_frame_t *f, double x, double y, double *e, double *n)
{
    *e = (x - f->c) / f->a;
    *n = (y - f->f) / f->e;
}

/* The frame's projection replaced by the automatic definition def (owned:
 * it replaces *auto_proj; NULL means out of memory). */
dm_status_t dmi_reproject(dm_context_t *ctx, dmi_frame_t *f, char *def, char **auto_proj)
{
    free(*auto_proj);
    if (!(*auto_proj = def))
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    dmi_projection_destroy(&f->proj);
    memset(&f->proj, 0, sizeof f->proj);
    return dmi_projection_create(ctx, def, &f->proj);
}

/* Some point of the frame's edge lies outside the projection's domain or
 * more than 100 degrees from its centre (the far hemisphere of an
 * azimuthal map). */
int dmi_reaches_past_hemisphere(const dmi_frame_t *f)
{
    double clon, clat;
    if (dmi_unproject_point(&f->proj, 0, 0, &clon, &clat))
        return 0;
    for (int i = 0; i <= 4; i++)
        for (int j = 0; j <= 4; j++) {
            if (i != 0 && i != 4 && j != 0 && j != 4)
                continue;   /* the edge only */
            double x = f->rect[0] + (f->rect[2] - f->rect[0]) * i / 4, y = f->rect[1] + (f->rect[3] - f->rect[1]) * j / 4;
            double e, n, lon, lat;
            dmi_canvas_to_projected(f, x, y, &e, &n);
            if (dmi_unproject_point(&f->proj, e, n, &lon, &lat) ||
                dmi_central_angle(clat, clon, lat, lon) * 180 / M_PI > 100)
                return 1;
        }
    return 0;
}

/* The steepest tilt, in degrees from the canvas's up, of north at a
 * marker the frame draws. An azimuthal view centred over the Arctic
 * between two continents (Arkansas and Israel, Maine and Kuwait: the
 * smallest cap holding them is centred near Iceland) turns the land at
 * its sides by the longitude they lie from the centre times the sine of
 * its latitude: the United States lay on its side, north pointing right.
 * On the sample of maps, 46 and 52 degrees there; 16 at most elsewhere. */
double dmi_steepest_north_tilt(const dm_map_t *map, const dmi_frame_t *f)
{
    double worst = 0;
    for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
        if (map->far[i] || !map->has_marker[i])
            continue;
        const dm_place_t *p = dm_story_place(map->story, i);
        double e0, n0, e1, n1, x, y;
        /* half a degree north, or south near the pole */
        double step = p->lat > 89 ? -0.5 : 0.5;
        if (dmi_project_point(&f->proj, p->lon, p->lat, &e0, &n0) ||
            dmi_project_point(&f->proj, p->lon, p->lat + step, &e1, &n1))
            continue;
        dmi_frame_to_canvas(f, e0, n0, &x, &y);
        if (x < f->rect[0] || x > f->rect[2] || y < f->rect[1] || y > f->rect[3])
            continue;
        double tilt = fabs(atan2((e1 - e0) * step, (n1 - n0) * step)) * 180 / M_PI;
        worst = fmax(worst, tilt);
    }
    return worst;
}

/* The lon/lat window the frame shows, found by sampling it. */
void dmi_compute_window(dmi_frame_t *f)
{
    dmi_window_t w = {1e9, -1e9, 1e9, -1e9};
    int failures = 0;
    const int N = 16;   /* a 17 x 17 grid: the padding below covers what falls between */
    for (int i = 0; i <= N; i++) {
        for (int j = 0; j <= N; j++) {
            double x = f->rect[0] + (f->rect[2] - f->rect[0]) * i / N;
            double y = f->rect[1] + (f->rect[3] - f->rect[1]) * j / N;
            double e, n, lon, lat;
            dmi_canvas_to_projected(f, x, y, &e, &n);
            if (dmi_unproject_point(&f->proj, e, n, &lon, &lat)) {
                failures++;
                continue;
            }
            double r = fmod(lon - f->proj.lon_0 + 540.0, 360.0) - 180.0;
            w.rmin = fmin(w.rmin, r);
            w.rmax = fmax(w.rmax, r);
            w.smin = fmin(w.smin, lat);
            w.smax = fmax(w.smax, lat);
        }
    }
    /* Sampling misses what lies between samples: pad generously, but not
     * across the meridian opposite the centre unless the samples reach it.
     * That meridian holds the antipode, which azimuthal projections (laea,
     * aeqd) send to their outer circle: land around it (Borneo opposite the
     * Amazon) would turn inside out and cover the whole frame. */
    double sampled = w.rmax - w.rmin;
    double pr = fmax(sampled * 0.1, 2), ps = fmax((w.smax - w.smin) * 0.1, 2);
    w.rmin -= pr;
    w.rmax += pr;
    if (sampled <= 300 && failures == 0) {
        w.rmin = fmax(w.rmin, fmin(w.rmin + pr, -179.0));
        w.rmax = fmin(w.rmax, fmax(w.rmax - pr, 179.0));
    }
    w.smin = fmax(w.smin - ps, -90);
    w.smax = fmin(w.smax + ps, 90);
    for (int pole = -1; pole <= 1; pole += 2) {
        double e, n, x, y;
        if (dmi_project_point(&f->proj, f->proj.lon_0, pole * 90.0, &e, &n) == 0) {
            dmi_frame_to_canvas(f, e, n, &x, &y);
            if (x >= f->rect[0] && x <= f->rect[2] && y >= f->rect[1] && y <= f->rect[3]) {
                w.rmin = -180;
                w.rmax = 180;
                if (pole < 0)
                    w.smin = -90;
                else
                    w.smax = 90;
            }
        }
    }
    if (failures > 0 || sampled > 300 || w.rmin > w.rmax) {
        /* The frame shows the edge of the world: take every longitude. */
        w.rmin = -180;
        w.rmax = 180;
        if (failures > 0) {
            w.smin = -90;
            w.smax = 90;
        }
    }
    f->window = w;
}

void dmi_choose_scale(dm_map_t *map, dmi_frame_t *f)
{
    /* Kilometres per canvas unit at the frame centre, measured along the
     * ground between two points one unit apart. */
    double cx = (f->rect[0] + f->rect[2]) / 2, cy = (f->rect[1] + f->rect[3]) / 2;
    double e0, n0, e1, n1, lon0, lat0, lon1, lat1;
    dmi_canvas_to_projected(f, cx - 50, cy, &e0, &n0);
    dmi_canvas_to_projected(f, cx + 50, cy, &e1, &n1);
    double kmpu = 0;
    if (!dmi_unproject_point(&f->proj, e0, n0, &lon0, &lat0) && !dmi_unproject_point(&f->proj, e1, n1, &lon1, &lat1))
        kmpu = dmi_geodesic_km(lat0, lon0, lat1, lon1) / 100.0;
    else
        kmpu = 1.0 / f->a / 1000.0;
    f->km_per_unit = kmpu;
    double km_per_px = kmpu / map->scale;
    f->scale = km_per_px > 8 ? "110m" : km_per_px > 1.5 ? "50m" : "10m";
    if (f->role == DMI_FRAME_MAIN && map->detail)
        f->scale = map->detail;
}

/* The globe's outline in a world projection, in canvas units. */
dm_status_t dmi_add_sphere(dm_map_t *map, dmi_frame_t *f)
{
    dmi_ring_t ring = {0};
    const double eps = 1e-6;
    int rc = 0;
    for (int i = 0; i <= 180 && !rc; i++)
        rc = dmi_ring_push(&ring, f->proj.lon_0 - 180 + eps, -90 + i);
    for (int i = 0; i <= 360 && !rc; i++)
        rc = dmi_ring_push(&ring, f->proj.lon_0 - 180 + eps + i * (360 - 2 * eps) / 360, 90);
    for (int i = 0; i <= 180 && !rc; i++)
        rc = dmi_ring_push(&ring, f->proj.lon_0 + 180 - eps, 90 - i);
    for (int i = 0; i <= 360 && !rc; i++)
        rc = dmi_ring_push(&ring, f->proj.lon_0 + 180 - eps - i * (360 - 2 * eps) / 360, -90);
    if (rc) {
        dmi_ring_free(&ring);
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    }
    dmi_project_points(&f->proj, ring.pts, ring.count);
    /* A cropped world whose band past the north pole is sea: the pole's
     * line (the second run of points) is lifted past the frame's top, so
     * the ocean fills the band above it; the sides keep the world's edge,
     * where the seam cuts land (Europe, Greenland) that sea beyond would
     * turn into a false coast. */
    int sea = dmi_sea_past_north_pole(f);
    for (size_t k = 0; k < ring.count; k++) {
        dmi_frame_to_canvas(f, ring.pts[k].x, ring.pts[k].y, &ring.pts[k].x, &ring.pts[k].y);
        if (sea && k > 180 && k <= 180 + 361)
            ring.pts[k].y = fmin(ring.pts[k].y, f->rect[1] - 2);
    }
    dmi_shape_take(&f->sphere, &ring);
    return DM_OK;
}

/* The margins dmi_frame_extent() leaves around a box, as fractions of its
 * side: room for labels and furniture (more below, for the legend). */
#define MARGIN_X (2 * 0.62)
#define MARGIN_Y (0.68 + 0.62)
#define SPREAD_MIN (1.0 / 3)     /* issue 16: the events span a third of the frame */
#define CLOSE_UP_M 1.2e5         /* a close-up still shows 120 km of its surroundings */
#define LOCATOR_M 6e5            /* a lone spot (or one spot of a larger story) 600 km */
#define WHOLE_COUNTRY_GROWTH 2.0 /* a marked country's land shown whole when the frame grows at most this many times */
#define CLOSEST_M 6e4            /* or down to 60 km, when that is what spreads the events of one area */

/* The share of the frame, across or down, that a box of events ew x eh
 * spans when the frame fits a box bw x bh (each side at least floor_m, with
 * the margins) on a rectangle of the given aspect (width / height). */
double dmi_events_spread(double ew, double eh, double bw, double bh, double floor_m, double aspect)
{
    double w = fmax(bw, floor_m) * MARGIN_X, h = fmax(bh, floor_m) * MARGIN_Y;
    if (w / h > aspect)
        h = w / aspect;
    else
        w = h * aspect;
    return fmax(ew / w, eh / h);
}

/* The largest floor, from floor_m down to the closest frame's, at which
 * the events still spread over a third of the frame: two cities 300 km
 * apart fill their frame instead of sitting in the middle of a region's,
 * and two towns 40 km apart a frame of some 100 km. When even the closest
 * frame would not do it (one spot), floor_m stays. */
static double floor_for_spread(double ew, double eh, double bw, double bh, double floor_m, double aspect)
{
    double target = SPREAD_MIN * 1.15;   /* slack for the legend's room, a new projection and a badge off its anchor */
    double closest = dmi_events_spread(ew, eh, bw, bh, CLOSEST_M, aspect);
    if (closest < target && closest >= SPREAD_MIN)
        target = closest;   /* no room for all the slack: as much as the closest frame has */
    if (floor_m <= CLOSEST_M || dmi_events_spread(ew, eh, bw, bh, floor_m, aspect) >= target)
        return floor_m;
    if (closest < target)
        return floor_m;   /* one spot (or the far places set the frame): zooming in would not do it */
    double lo = CLOSEST_M, hi = floor_m;   /* spread(lo) meets it, spread(hi) does not */
    for (int k = 0; k < 24; k++) {
        double mid = (lo + hi) / 2;
        if (dmi_events_spread(ew, eh, bw, bh, mid, aspect) >= target)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* The projected box of the spots of the events numbered on the map and
 * not left to the overview (an event's first place), leaving out the
 * events at place `except` (-1: none). */
static bbox_t event_spots(const dm_map_t *map, const dmi_frame_t *f, int except)
{
    const dm_story_t *s = map->story;
    bbox_t ev = {.empty = 1};
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        const dm_event_t *e = dm_story_event(s, j);
        int pi = e->place_count ? place_index(s, e->places[0]) : -1;
        double x, y;
        if (map->event_number[j] && pi >= 0 && pi != except && !map->far[pi] &&
            !dmi_project_point(&f->proj, dm_story_place(s, pi)->lon, dm_story_place(s, pi)->lat, &x, &y))
            bbox_add(&ev, x, y);
    }
    return ev;
}

/* Extent of the frame in projected units: every place (and every event
 * line) with a margin, or the user's lon/lat box. */
dm_status_t dmi_frame_extent(dm_map_t *map, dmi_frame_t *f, const double *user_extent, bbox_t *out)
{
    const dm_story_t *s = map->story;
    bbox_t b = {.empty = 1};
    if (user_extent) {
        double w = user_extent[0], so = user_extent[1], e = user_extent[2], n = user_extent[3];
        if (e <= w)
            e += 360;   /* the box crosses the antimeridian */
        for (int i = 0; i <= 20; i++)
            for (int j = 0; j <= 20; j++) {
                double x, y;
                if (!dmi_project_point(&f->proj, w + (e - w) * i / 20, so + (n - so) * j / 20, &x, &y))
                    bbox_add(&b, x, y);
            }
        if (b.empty)
            return dmi_error(map->ctx, DM_ERR_PROJECTION, "extent %g,%g,%g,%g cannot be shown in projection '%s'",
                             user_extent[0], user_extent[1], user_extent[2], user_extent[3], f->proj.definition);
        *out = b;
        return DM_OK;
    }
    int only_context = map->context_frames;   /* map-private.h */
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        /* Countries and regions are context, unless an event put a
         * numbered marker on one ("a visit to India"): it must be seen. */
        if ((is_context_place(map, i) && !only_context && !map->has_marker[i]) || map->far[i])
            continue;
        double x, y;
        if (!dmi_project_point(&f->proj, p->lon, p->lat, &x, &y))
            bbox_add(&b, x, y);
    }
    /* A country with an event's marker (a strike "in Sudan", a visit "to
     * Cuba") shows its land whole when it is the story's stage: at least
     * as large as what the frame's points span, and the frame grows
     * at most WHOLE_COUNTRY_GROWTH times to hold it.
     * Framed on its point it would be a blank of its interior, or cut
     * through (Havana's events beside Cuba's marker); a country smaller
     * than the story's spread (Riyadh's among London's events) keeps to
     * its point. When the frame's markers are all countries, always. The
     * mainland only: not France's overseas islands. */
    int points_only = 0, countries = 0;
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        if (map->far[i] || !map->has_marker[i])
            continue;
        if (dm_story_place(s, i)->kind == DM_PLACE_COUNTRY)
            countries++;
        else
            points_only++;
    }
    bbox_t pb = b;
    double spans_points = b.empty ? 0 : hypot(b.x1 - b.x0, b.y1 - b.y0);
    for (size_t i = 0; countries && i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        const float *pts = NULL;
        size_t n = map->far[i] || !map->has_marker[i] || p->kind != DM_PLACE_COUNTRY
                       ? 0
                       : dmi_basemap_mainland(map->basemap, p->country, &pts);
        bbox_t land = {.empty = 1};
        for (size_t k = 0; k < n; k++) {
            double x, y;
            if (!dmi_project_point(&f->proj, pts[2 * k], pts[2 * k + 1], &x, &y))
                bbox_add(&land, x, y);
        }
        /* The frame's points, each side at least LOCATOR_M, and that box
         * grown to hold the land: how many times larger it gets (a land
         * inside it needs nothing: the frame's own minimum shows it, or a
         * closer frame spreads the events, issue 16). */
        double cx = (pb.x0 + pb.x1) / 2, cy = (pb.y0 + pb.y1) / 2;
        double hw = fmax(pb.x1 - pb.x0, LOCATOR_M) / 2, hh = fmax(pb.y1 - pb.y0, LOCATOR_M) / 2;
        double gw = fmax(cx + hw, land.x1) - fmin(cx - hw, land.x0), gh = fmax(cy + hh, land.y1) - fmin(cy - hh, land.y0);
        double across = hypot(land.x1 - land.x0, land.y1 - land.y0);
        double growth = gw * gh / (4 * hw * hh);
        /* ... and the events, when at more than one spot, still spread
         * over a third of it (issue 16). The country's own events spread
         * over its land, which is then shown whole: their badge stands
         * for all of it, as the focus target counts it (check_focus.py),
         * not for the spot where its name finds room (keeping that apart
         * from the capital's cut an island's west off). */
        bbox_t events = event_spots(map, f, (int)i);
        if (!land.empty) {
            bbox_add(&events, land.x0, land.y0);
            bbox_add(&events, land.x1, land.y1);
        }
        int spread = events.empty || fmax(events.x1 - events.x0, events.y1 - events.y0) < 1 ||
                     (events.x1 - events.x0) >= SPREAD_MIN * gw || (events.y1 - events.y0) >= SPREAD_MIN * gh;
        if (land.empty ||
            (points_only && (growth <= 1 || growth > WHOLE_COUNTRY_GROWTH || across < spans_points || !spread)))
            continue;
        bbox_add(&b, land.x0, land.y0);
        bbox_add(&b, land.x1, land.y1);
    }
    for (size_t i = 0; i < dm_story_event_count(s); i++) {
        const dm_event_t *ev = dm_story_event(s, i);
        if (!is_connection(ev->type) || ev->place_count < 2)
            continue;
        const dm_place_t *a = dm_story_find_place(s, ev->places[0]), *c = dm_story_find_place(s, ev->places[1]);
        if (map->far[a - dm_story_place(s, 0)] || map->far[c - dm_story_place(s, 0)])
            continue;   /* it leaves the frame through an edge pointer */
        dmi_ring_t arc = {0};
        if (dmi_geodesic_densify(a->lat, a->lon, c->lat, c->lon, 100, &arc) == 0) {
            dmi_project_points(&f->proj, arc.pts, arc.count);
            for (size_t k = 0; k < arc.count; k++)
                bbox_add(&b, arc.pts[k].x, arc.pts[k].y);
        }
        dmi_ring_free(&arc);
    }
    if (b.empty) {
        double x, y;
        dmi_project_point(&f->proj, f->proj.lon_0, 0, &x, &y);
        bbox_add(&b, x - 2e7, y - 1e7);
        bbox_add(&b, x + 2e7, y + 1e7);
    }
    /* Lines and areas of the story are shown whole (unless far). */
    for (size_t i = 0; map->shapes && i < dm_story_place_count(s); i++)
        for (size_t r = 0; !map->far[i] && r < map->shapes[i].count; r++)
            for (size_t k = 0; k < map->shapes[i].rings[r].count; k++) {
                double x, y;
                if (!dmi_project_point(&f->proj, map->shapes[i].rings[r].pts[k].x, map->shapes[i].rings[r].pts[k].y,
                                       &x, &y))
                    bbox_add(&b, x, y);
            }
    /* At least 120 km across (a close-up still shows its surroundings);
     * 600 km when focus left places out (the map is one spot of a larger
     * story: show its region, the overview shows the rest) or when all
     * the frame holds lies within 120 km (a lone city shows its region,
     * neighbours and coasts to orient by, not a blank square of its
     * suburbs); closer, down to 60 km, only when that is what spreads the
     * events over a third of the frame. Then a margin for labels and
     * furniture. */
    int any_far = 0;
    bbox_t ev = event_spots(map, f, -1);
    for (size_t i = 0; i < dm_story_place_count(s); i++)
        any_far |= map->far[i];
    double bw = b.x1 - b.x0, bh = b.y1 - b.y0;
    double floor_m = any_far || fmax(bw, bh) < CLOSE_UP_M ? LOCATOR_M : CLOSE_UP_M;
    if (!ev.empty)
        floor_m = floor_for_spread(ev.x1 - ev.x0, ev.y1 - ev.y0, bw, bh, floor_m,
                                   (f->rect[2] - f->rect[0]) / fmax(f->rect[3] - f->rect[1], 1));
    double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
    double w = fmax(bw, floor_m), h = fmax(bh, floor_m);
    out->x0 = cx - w * MARGIN_X / 2;
    out->x1 = cx + w * MARGIN_X / 2;
    out->y0 = cy - h * 0.68;
    out->y1 = cy + h * 0.62;
    out->empty = 0;
    return DM_OK;
}

/* A country where the frame's events happen (a city's or a site's, or a
 * country with an event's marker), cut by the frame's edge while the
 * frame shows a good part of it: Slovakia's east past a visit to
 * Bratislava, Britain's north above London's events. The frame grows to
 * show its mainland whole, never losing what it shows: by at most
 * HOST_GROWTH times in area (1.6 times across), and never so far that its
 * events no longer spread over a third of it (issue 16). Left cut: a
 * country wider than HOST_MAX_M (the United States around Washington:
 * the map is a region of it), one the frame shows little of, and every
 * country of a frame whose events are at one spot (a close-up of Tokyo is
 * about the city). Returns whether the frame moved. */
#define HOST_SHOWN 0.4 /* of the land's box already inside the frame */
#define HOST_MAX_M 2e6 /* metres, the land's larger side */
#define HOST_GROWTH 2.6
#define HOST_PAD 0.04 /* of the land's larger side, clear around it */
static double box_area(double x0, double y0, double x1, double y1)
{
    return fmax(x1 - x0, 0) * fmax(y1 - y0, 0);
}

/* The area of what a frame fitted to extent b shows (dmi_fit_transform). */
static double shown_area(const dmi_frame_t *f, bbox_t b)
{
    double fw = f->rect[2] - f->rect[0], fh = f->rect[3] - f->rect[1];
    double k = fmax(fmax(b.x1 - b.x0, 1) / fw, fmax(b.y1 - b.y0, 1) / fh);
    return k * k * fw * fh;
}

/* A place whose country hosts an event there: a city or site of a known
 * country, or a country with the event's marker ("a visit to Czechia"). */
static int host_place(const dm_map_t *map, const dm_place_t *p, size_t i)
{
    if (!p->country || strlen(p->country) != 2)
        return 0;
    return p->kind == DM_PLACE_COUNTRY ? map->has_marker[i] : !is_context_kind(p->kind);
}

int dmi_show_host_countries(dm_map_t *map, dmi_frame_t *f, bbox_t *extent)
{
    const dm_story_t *s = map->story;
    if (dmi_is_world_projection(f) || extent->empty)
        return 0;
    double start = shown_area(f, *extent);
    /* A frame of one spot (a close-up of Tokyo) is about its city: the
     * country around it is context there. */
    bbox_t ev = event_spots(map, f, -1);
    if (ev.empty || fmax(ev.x1 - ev.x0, ev.y1 - ev.y0) < 1)
        return 0;
    int moved = 0, again = 1;
    /* Until none moves: a frame grown for one country may cut another. */
    for (int pass = 0; again && pass < 3; pass++) {
        again = 0;
        for (size_t j = 0; j < dm_story_event_count(s); j++) {
            const dm_event_t *e = dm_story_event(s, j);
            for (size_t k = 0; map->event_number[j] && k < e->place_count; k++) {
                int pi = place_index(s, e->places[k]);
                const dm_place_t *p = pi >= 0 ? dm_story_place(s, pi) : NULL;
                if (!p || map->far[pi] || !host_place(map, p, (size_t)pi))
                    continue;
                /* once per country: its first place of the first event there */
                int seen = 0;
                for (size_t j2 = 0; j2 <= j && !seen; j2++) {
                    const dm_event_t *e2 = dm_story_event(s, j2);
                    for (size_t k2 = 0; k2 < e2->place_count && !seen && (j2 < j || k2 < k); k2++) {
                        int q = place_index(s, e2->places[k2]);
                        const dm_place_t *o = q >= 0 ? dm_story_place(s, q) : NULL;
                        seen = map->event_number[j2] && o && !map->far[q] && host_place(map, o, (size_t)q) &&
                               strcmp(o->country, p->country) == 0;
                    }
                }
                const float *pts = NULL;
                size_t n = seen ? 0 : dmi_basemap_mainland(map->basemap, p->country, &pts);
                bbox_t land = {.empty = 1};
                for (size_t v = 0; v < n; v++) {
                    double x, y;
                    if (!dmi_project_point(&f->proj, pts[2 * v], pts[2 * v + 1], &x, &y))
                        bbox_add(&land, x, y);
                }
                if (land.empty)
                    continue;
                double x0, y0, x1, y1; /* what the frame shows now */
                dmi_canvas_to_projected(f, f->rect[0], f->rect[3], &x0, &y0);
                dmi_canvas_to_projected(f, f->rect[2], f->rect[1], &x1, &y1);
                double all = box_area(land.x0, land.y0, land.x1, land.y1);
                double in = box_area(fmax(land.x0, x0), fmax(land.y0, y0), fmin(land.x1, x1), fmin(land.y1, y1));
                if (all <= 0 || in >= all * 0.999 || in < all * HOST_SHOWN ||
                    fmax(land.x1 - land.x0, land.y1 - land.y0) > HOST_MAX_M)
                    continue;
                double pad = HOST_PAD * fmax(land.x1 - land.x0, land.y1 - land.y0);
                /* what the frame shows now and the land: nothing shown is lost */
                bbox_t grown = {x0, y0, x1, y1, 0};
                bbox_add(&grown, land.x0 - pad, land.y0 - pad);
                bbox_add(&grown, land.x1 + pad, land.y1 + pad);
                if (shown_area(f, grown) > start * HOST_GROWTH)
                    continue;
                /* the events' spread (issue 16): a side of theirs over the frame's */
                double fw = f->rect[2] - f->rect[0], fh = f->rect[3] - f->rect[1];
                double k0 = sqrt(shown_area(f, *extent) / (fw * fh)), k1 = sqrt(shown_area(f, grown) / (fw * fh));
                double before = fmax((ev.x1 - ev.x0) / (k0 * fw), (ev.y1 - ev.y0) / (k0 * fh));
                double after = fmax((ev.x1 - ev.x0) / (k1 * fw), (ev.y1 - ev.y0) / (k1 * fh));
                if (after < SPREAD_MIN && before >= SPREAD_MIN)
                    continue;
                *extent = grown;
                dmi_fit_transform(f, *extent);
                moved = again = 1;
            }
        }
    }
    return moved;
}

/* A world map should not show empty paper beyond the poles or the
 * antimeridian when the frame could show more of the world instead: slide
 * the view back inside the world's outline (pseudo-cylindrical world
 * projections only, whose outline is bounded by the poles and the seam). */
int dmi_is_world_projection(const dmi_frame_t *f)
{
    static const char *const world[] = {"+proj=eqearth", "+proj=robin", "+proj=moll", "+proj=natearth",
                                        "+proj=wintri", "+proj=eck4", "+proj=kav7", "+proj=eqc"};
    for (size_t i = 0; i < sizeof world / sizeof world[0]; i++)
        if (strncmp(f->proj.definition, world[i], strlen(world[i])) == 0 &&
            (f->proj.definition[strlen(world[i])] == ' ' || f->proj.definition[strlen(world[i])] == '\0'))
            return 1;
    return 0;
}

/* The canvas rows of the north and south poles on the central meridian of
 * a world frame: 0, or -1 when the projection cannot place them. */
static int world_poles_on_canvas(const dmi_frame_t *f, double *top, double *bottom)
{
    double e, n, x;
    if (dmi_project_point(&f->proj, f->proj.lon_0, 90, &e, &n))
        return -1;
    dmi_frame_to_canvas(f, e, n, &x, top);
    if (dmi_project_point(&f->proj, f->proj.lon_0, -90, &e, &n))
        return -1;
    dmi_frame_to_canvas(f, e, n, &x, bottom);
    return 0;
}

void dmi_keep_inside_world(dmi_frame_t *f)
{
    if (!dmi_is_world_projection(f))
        return;
    double e, n, top, bottom, left, right, y;
    if (world_poles_on_canvas(f, &top, &bottom))
        return;
    if (dmi_project_point(&f->proj, f->proj.lon_0 - 179.999, 0, &e, &n))
        return;
    dmi_frame_to_canvas(f, e, n, &left, &y);
    if (dmi_project_point(&f->proj, f->proj.lon_0 + 179.999, 0, &e, &n))
        return;
    dmi_frame_to_canvas(f, e, n, &right, &y);
    double gap_top = top - f->rect[1], gap_bottom = f->rect[3] - bottom;
    if (gap_top > 0 && gap_bottom < 0)
        f->f -= fmin(gap_top, -gap_bottom);
    else if (gap_bottom > 0 && gap_top < 0)
        f->f += fmin(gap_bottom, -gap_top);
    double gap_left = left - f->rect[0], gap_right = f->rect[2] - right;
    if (gap_left > 0 && gap_right < 0)
        f->c -= fmin(gap_left, -gap_right);
    else if (gap_right > 0 && gap_left < 0)
        f->c += fmin(gap_right, -gap_left);
}

/* A world frame that shows neither end of the equator, nor nearly all of
 * it: a part of the world cut by the frame on both sides (Singapore to New
 * York across the Pacific), not the world's whole outline on its paper (a
 * phone's world map, whose ends just touch the sides, is not one). */
#define CROPPED_WORLD 1.2   /* the equator at least this many frame widths long */
int dmi_world_is_cropped(const dmi_frame_t *f)
{
    double e, n, left, right, y;
    if (!dmi_is_world_projection(f) || dmi_project_point(&f->proj, f->proj.lon_0 - 179.999, 0, &e, &n))
        return 0;
    dmi_frame_to_canvas(f, e, n, &left, &y);
    if (dmi_project_point(&f->proj, f->proj.lon_0 + 179.999, 0, &e, &n))
        return 0;
    dmi_frame_to_canvas(f, e, n, &right, &y);
    return left <= f->rect[0] && right >= f->rect[2] && right - left >= CROPPED_WORLD * (f->rect[2] - f->rect[0]);
}

/* The band past the north pole that a cropped world may paint as sea, as a
 * share of the frame's height: a strip over the Arctic reads as its sea; a
 * fifth of the frame of it would read as an ocean that is not there. */
#define SEA_BAND_MAX 0.15

/* A cropped world frame whose south pole lies on or below its bottom edge
 * and whose north pole is at most SEA_BAND_MAX of its height below the
 * top: no land reaches the north pole, so what the frame shows past it is
 * painted as the Arctic's sea (dmi_add_sphere), not left as paper. */
int dmi_sea_past_north_pole(const dmi_frame_t *f)
{
    double top, bottom, e, n, left, right, y;
    if (f->role != DMI_FRAME_MAIN || !dmi_world_is_cropped(f) || world_poles_on_canvas(f, &top, &bottom))
        return 0;
    /* The pole's line spans the frame: where it ends inside, the world's
     * side rises to it past land the seam cuts, and the band would leave a
     * notch of paper there (or sea beside a false coast). */
    if (dmi_project_point(&f->proj, f->proj.lon_0 - 179.999, 90, &e, &n))
        return 0;
    dmi_frame_to_canvas(f, e, n, &left, &y);
    if (dmi_project_point(&f->proj, f->proj.lon_0 + 179.999, 90, &e, &n))
        return 0;
    dmi_frame_to_canvas(f, e, n, &right, &y);
    return left <= f->rect[0] && right >= f->rect[2] && bottom >= f->rect[3] - 0.5 &&
           top - f->rect[1] <= SEA_BAND_MAX * (f->rect[3] - f->rect[1]);
}

/* How near the left or right edge of frame f the points of the places it
 * shows come (canvas units; the frame's width when it shows none): the
 * markers it draws when `marked`, else the other places (a country's or a
 * region's point, its name's anchor). */
static double place_side_clearance(const dm_map_t *map, const dmi_frame_t *f, int marked)
{
    double clear = f->rect[2] - f->rect[0];
    for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
        const dm_place_t *p = dm_story_place(map->story, i);
        double e, n, x, y;
        if (map->far[i] || !map->has_marker[i] != !marked || dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            continue;
        dmi_frame_to_canvas(f, e, n, &x, &y);
        clear = fmin(clear, fmin(x - f->rect[0], f->rect[2] - x));
    }
    return clear;
}

/* Frame f as `was` zoomed k times about the frame's vertical centre line:
 * the south pole on the bottom edge when the band that leaves past the
 * north pole can be sea (dmi_sea_past_north_pole), else centred as before
 * and slid back inside the world. */
static void zoom_world(dmi_frame_t *f, const dmi_frame_t *was, double k)
{
    double x0 = (f->rect[0] + f->rect[2]) / 2, y0 = (f->rect[1] + f->rect[3]) / 2, top, bottom;
    f->a = was->a * k;
    f->e = was->e * k;
    f->c = x0 - k * (x0 - was->c);
    f->f = y0 - k * (y0 - was->f);
    if (world_poles_on_canvas(f, &top, &bottom))
        return;
    double keep = f->f;
    f->f += f->rect[3] - bottom;   /* the south pole on the bottom edge */
    if (dmi_sea_past_north_pole(f))
        return;
    f->f = keep;
    dmi_keep_inside_world(f);
}

/* A cropped world map (dmi_world_is_cropped) on a canvas squarer than the
 * world (a square post of a trans-Pacific story) is shorter than its frame:
 * centred on the places it showed blank paper past the north pole between
 * the title and the Arctic, the insets on it, and an empty southern ocean
 * below. A cartographer zooms in until the world fills the frame's height
 * (the ends of the frame's east-west reach cut), as far as the places it
 * shows keep WORLD_FILL_CLEARANCE label sizes from the sides (or what they
 * kept) and no marker comes under the legend; a strip of height still
 * left goes past the north pole as sea (zoom_world). Called after the
 * extent is fitted, before the insets. */
#define WORLD_FILL_CLEARANCE 2.0
#define WORLD_FILL_COUNTRY_SHARE 0.1   /* of the frame's width, for a country's point */
void dmi_fill_world_height(dm_map_t *map, dmi_frame_t *f)
{
    double top, bottom;
    if (!dmi_world_is_cropped(f) || world_poles_on_canvas(f, &top, &bottom))
        return;
    double fh = f->rect[3] - f->rect[1];
    if (bottom - top >= fh - 0.5)
        return;   /* the world fills the height already */
    double need = fh / (bottom - top);
    /* a marker keeps two label sizes from the sides, a country's point (its
     * land around it) a tenth of the width, or what each kept before */
    double marker_floor = fmin(place_side_clearance(map, f, 1), map->font_size * WORLD_FILL_CLEARANCE);
    double other_floor =
        fmin(place_side_clearance(map, f, 0), (f->rect[2] - f->rect[0]) * WORLD_FILL_COUNTRY_SHARE);
    double short_before = fmax(dmi_legend_room_short(map, f), 0);
    dmi_frame_t was = *f;
    /* the largest zoom up to need that keeps them so, by halving */
    double lo = 1, hi = need;
    int ok = 0;
    for (int it = 0; it < 30 && hi - lo > 1e-4; it++) {
        double k = it == 0 ? hi : (lo + hi) / 2;
        zoom_world(f, &was, k);
        ok = place_side_clearance(map, f, 1) >= marker_floor - 1e-6 &&
             place_side_clearance(map, f, 0) >= other_floor - 1e-6 &&
             dmi_legend_room_short(map, f) <= short_before + 1e-6;
        if (ok && it == 0) {
            lo = hi;
            break;
        }
        *(ok ? &lo : &hi) = k;
    }
    zoom_world(f, &was, lo);
    ok = place_side_clearance(map, f, 1) >= marker_floor - 1e-6 &&
         place_side_clearance(map, f, 0) >= other_floor - 1e-6 && dmi_legend_room_short(map, f) <= short_before + 1e-6;
    if (!ok)
        *f = was;   /* not even the slide keeps the places clear */
}

/* A world map on a canvas taller than half its width (a phone's column, a
 * portrait or square post) is shorter than its frame: the world's full
 * width fits, and its height is half of that. Centred, or slid to one
 * pole, it left a band of blank paper above the Arctic (a third of a
 * 640x800 canvas) between the title and the map. Hang it from the title
 * instead, the north pole on the frame's top edge: the paper left is at
 * the bottom, where the legend and the credits are, and the overview can
 * take it there (the frame keeps its height: ending it at the south pole
 * left an inset no paper and put it over names). Called before the
 * overview, labels and furniture are placed, and only when the map has no
 * inset (layout.c). */
double dmi_band_above_world(const dmi_frame_t *f)
{
    double top, bottom;
    if (!dmi_is_world_projection(f) || world_poles_on_canvas(f, &top, &bottom))
        return 0;
    return fmax(0, top - f->rect[1]);
}

void dmi_hang_world_from_title(dmi_frame_t *f)
{
    if (!dmi_is_world_projection(f) || dmi_sea_past_north_pole(f))
        return;   /* its band is sea (dmi_fill_world_height) */
    double top, bottom;
    if (world_poles_on_canvas(f, &top, &bottom))
        return;
    double gap_top = top - f->rect[1], gap_bottom = f->rect[3] - bottom;
    /* under a pixel or so is the outline's stroke, not a band; a world
     * taller than the frame (gap_bottom < 0) is left to dmi_keep_inside_world */
    if (gap_top < 1 || gap_bottom < 0)
        return;
    f->f -= gap_top;
}
