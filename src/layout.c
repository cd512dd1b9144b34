/* Layout: from a resolved story to frames, projected basemap, markers,
 * event lines and features in canvas units. Labels are placed last, by
 * render/labels.c, because they need font metrics. */
#include "map-private.h"
#include "theme.h"

#include <glib-object.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dm_map_options_init(dm_map_options_t *o)
{
    memset(o, 0, sizeof *o);
    o->struct_size = sizeof *o;
    o->width = 1600;
    o->height = 1000;
    o->scale = 1;
    o->inset = "auto";
    o->theme = "light";
    o->lang = "en";
    o->detail = "auto";
}

static int is_context_kind(dm_place_kind_t k)
{
    return k == DM_PLACE_COUNTRY || k == DM_PLACE_REGION;
}

/* Is this event drawn as a connection from its first place to the next? */
static int is_connection(dm_event_type_t t)
{
    return t == DM_EVENT_LETTER || t == DM_EVENT_CALL || t == DM_EVENT_VISIT || t == DM_EVENT_BROADCAST;
}

static int place_index(const dm_story_t *s, const char *id);

/* Is the event drawn as a line (a message or trip between two places that
 * are points)? Otherwise it is drawn at its first place. */
static int drawn_as_line(const dm_story_t *s, const dm_event_t *ev)
{
    if (!is_connection(ev->type))
        return 0;
    for (size_t k = 0; k + 1 < ev->place_count; k++) {
        const dm_place_t *a = dm_story_find_place(s, ev->places[k]), *b = dm_story_find_place(s, ev->places[k + 1]);
        if (a && b && a->kind != DM_PLACE_LINE && b->kind != DM_PLACE_LINE && a != b)
            return 1;
    }
    return 0;
}

static dm_status_t check_options(dm_context_t *ctx, const dm_map_options_t *o)
{
    if (!(o->width >= 100 && o->width <= DM_MAX_CANVAS) || !(o->height >= 100 && o->height <= DM_MAX_CANVAS))
        return dmi_error(ctx, DM_ERR_LIMIT, "canvas size %gx%g is outside 100..%g per side", o->width, o->height, DM_MAX_CANVAS);
    if (!(o->scale >= 0.25 && o->scale <= 8))
        return dmi_error(ctx, DM_ERR_LIMIT, "scale %g is outside 0.25..8", o->scale);
    if (o->width * o->scale * o->height * o->scale > DM_MAX_MEGAPIXELS * 1e6)
        return dmi_error(ctx, DM_ERR_LIMIT, "canvas of %.0f megapixels exceeds the limit of %.0f",
                         o->width * o->scale * o->height * o->scale / 1e6, DM_MAX_MEGAPIXELS);
    if (o->inset && strcmp(o->inset, "auto") != 0 && strcmp(o->inset, "none") != 0)
        return dmi_error(ctx, DM_ERR_USAGE, "inset '%s' is not auto or none", o->inset);
    if (o->detail && strcmp(o->detail, "auto") != 0 && strcmp(o->detail, "110m") != 0 &&
        strcmp(o->detail, "50m") != 0 && strcmp(o->detail, "10m") != 0)
        return dmi_error(ctx, DM_ERR_USAGE, "detail '%s' is not auto, 110m, 50m or 10m", o->detail);
    if (!dmi_theme_is_file(o->theme) && !dmi_theme_find(o->theme))
        return dmi_error(ctx, DM_ERR_USAGE, "theme '%s' is not light, dark or print (or a theme file: a path with / or ending in .json)", o->theme);
    if (o->lang && strcmp(o->lang, "en") != 0 && strcmp(o->lang, "ko") != 0 && strcmp(o->lang, "en+ko") != 0)
        return dmi_error(ctx, DM_ERR_USAGE, "language '%s' is not en, ko or en+ko", o->lang);
    if (o->has_extent) {
        const double *x = o->extent;
        if (!(x[0] >= -180 && x[0] <= 180 && x[2] >= -180 && x[2] <= 180 && x[1] >= -90 && x[3] <= 90 && x[1] < x[3]))
            return dmi_error(ctx, DM_ERR_PROJECTION, "extent %g,%g,%g,%g is not W,S,E,N degrees with S < N", x[0], x[1], x[2], x[3]);
    }
    return DM_OK;
}

/* Bounding box of projected points, ignoring non-finite ones. */
typedef struct {
    double x0, y0, x1, y1;
    int empty;
} bbox_t;

static void bbox_add(bbox_t *b, double x, double y)
{
    if (!isfinite(x) || !isfinite(y))
        return;
    if (b->empty) {
        b->x0 = b->x1 = x;
        b->y0 = b->y1 = y;
        b->empty = 0;
        return;
    }
    b->x0 = fmin(b->x0, x);
    b->x1 = fmax(b->x1, x);
    b->y0 = fmin(b->y0, y);
    b->y1 = fmax(b->y1, y);
}

/* Set the frame transform so the projected box fills the frame rect,
 * centred, same scale on both axes. */
static void fit_transform(dmi_frame_t *f, bbox_t b)
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

static void canvas_to_projected(const dmi_frame_t *f, double x, double y, double *e, double *n)
{
    *e = (x - f->c) / f->a;
    *n = (y - f->f) / f->e;
}

/* The frame's projection replaced by the automatic definition def (owned:
 * it replaces *auto_proj; NULL means out of memory). */
static dm_status_t reproject(dm_context_t *ctx, dmi_frame_t *f, char *def, char **auto_proj)
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
static int reaches_past_hemisphere(const dmi_frame_t *f)
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
            canvas_to_projected(f, x, y, &e, &n);
            if (dmi_unproject_point(&f->proj, e, n, &lon, &lat) ||
                dmi_central_angle(clat, clon, lat, lon) * 180 / M_PI > 100)
                return 1;
        }
    return 0;
}

/* The lon/lat window the frame shows, found by sampling it. */
static void compute_window(dmi_frame_t *f)
{
    dmi_window_t w = {1e9, -1e9, 1e9, -1e9};
    int failures = 0;
    const int N = 16;   /* a 17 x 17 grid: the padding below covers what falls between */
    for (int i = 0; i <= N; i++) {
        for (int j = 0; j <= N; j++) {
            double x = f->rect[0] + (f->rect[2] - f->rect[0]) * i / N;
            double y = f->rect[1] + (f->rect[3] - f->rect[1]) * j / N;
            double e, n, lon, lat;
            canvas_to_projected(f, x, y, &e, &n);
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

static void choose_scale(dm_map_t *map, dmi_frame_t *f)
{
    /* Kilometres per canvas unit at the frame centre, measured along the
     * ground between two points one unit apart. */
    double cx = (f->rect[0] + f->rect[2]) / 2, cy = (f->rect[1] + f->rect[3]) / 2;
    double e0, n0, e1, n1, lon0, lat0, lon1, lat1;
    canvas_to_projected(f, cx - 50, cy, &e0, &n0);
    canvas_to_projected(f, cx + 50, cy, &e1, &n1);
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

static dm_status_t add_feature(dm_map_t *map, size_t index, int frame)
{
    dmi_frame_t *f = &map->frames[frame];
    const dmi_shape_t *src = &map->shapes[index];
    dmi_feature_t feat = {.place = index, .frame = frame, .is_area = map->shape_is_area[index],
                          .status = DM_EVENT_UNKNOWN};
    for (size_t i = 0; i < src->count; i++)
        if (dmi_project_cut(&f->proj, &f->window, &src->rings[i], feat.is_area, &feat.shape)) {
            dmi_shape_free(&feat.shape);
            return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        }
    for (size_t i = 0; i < feat.shape.count; i++)
        for (size_t k = 0; k < feat.shape.rings[i].count; k++) {
            dmi_xy_t *pt = &feat.shape.rings[i].pts[k];
            dmi_frame_to_canvas(f, pt->x, pt->y, &pt->x, &pt->y);
        }
    if (dmi_grow((void **)&map->features, &map->feature_cap, map->feature_count + 1, sizeof *map->features)) {
        dmi_shape_free(&feat.shape);
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    }
    map->features[map->feature_count++] = feat;
    return DM_OK;
}

static int place_index(const dm_story_t *s, const char *id)
{
    const dm_place_t *p = dm_story_find_place(s, id);
    return p ? (int)(p - dm_story_place(s, 0)) : -1;
}

/* Distance from p to the segment ab, canvas units. */
static double segment_distance(dmi_xy_t p, dmi_xy_t a, dmi_xy_t b)
{
    double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? fmin(fmax(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0), 1) : 0;
    return hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/* The first marker of the frame, other than those of the line's own two
 * places, that the canvas polyline runs over (with a little air), or NULL. */
static const dmi_marker_t *line_blocked(const dm_map_t *map, const dmi_ring_t *r, int frame, size_t ia, size_t ib)
{
    double air = map->font_size * 0.3;
    double box[4] = DMI_BBOX_EMPTY;
    dmi_ring_bbox_add(r, box);
    double x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3];
    for (size_t i = 0; i < map->marker_count; i++) {
        const dmi_marker_t *m = &map->markers[i];
        double reach = dmi_marker_radius(map, m->number) + air;
        if (m->frame != frame || m->place == ia || m->place == ib || m->x < x0 - reach || m->x > x1 + reach ||
            m->y < y0 - reach || m->y > y1 + reach)
            continue;
        for (size_t k = 0; k + 1 < r->count; k++)
            if (segment_distance((dmi_xy_t){m->x, m->y}, r->pts[k], r->pts[k + 1]) < reach)
                return m;
    }
    return NULL;
}

/* A line that runs over a third place's marker reads as passing through
 * it: bow the line sideways (a parabola in the distance along it, ends
 * fixed), away from that marker first, a little more each try, until it
 * clears every marker; when no bow up to a third of its length does, it
 * stays as it was. Crowded maps keep their lines: bounded work. */
static int bow_clear_of_markers(const dm_map_t *map, dmi_ring_t *r, int frame, size_t ia, size_t ib)
{
    if (r->count < 2 || map->marker_count * dm_story_event_count(map->story) > 1000000)
        return 0;
    const dmi_marker_t *m = line_blocked(map, r, frame, ia, ib);
    if (!m)
        return 0;
    size_t n = r->count;
    dmi_xy_t *orig = dmi_calloc(n, sizeof *orig);
    double *along = dmi_calloc(n, sizeof *along);
    if (!orig || !along) {
        free(orig);
        free(along);
        return -1;
    }
    memcpy(orig, r->pts, n * sizeof *orig);
    for (size_t k = 1; k < n; k++)
        along[k] = along[k - 1] + hypot(orig[k].x - orig[k - 1].x, orig[k].y - orig[k - 1].y);
    double dx = orig[n - 1].x - orig[0].x, dy = orig[n - 1].y - orig[0].y, chord = hypot(dx, dy);
    /* Bows go along the chord's normal (-dy, dx). The marker's side is
     * taken from the nearest segment (the sign of a cross product), so the
     * line's own curve counts; segments run the chord's way. */
    size_t near = 0;
    for (size_t k = 1; k + 1 < n; k++)
        if (segment_distance((dmi_xy_t){m->x, m->y}, orig[k], orig[k + 1]) <
            segment_distance((dmi_xy_t){m->x, m->y}, orig[near], orig[near + 1]))
            near = k;
    dmi_xy_t a = orig[near], b = orig[near + 1];
    double away = (b.x - a.x) * (m->y - a.y) - (b.y - a.y) * (m->x - a.x) > 0 ? -1 : 1;
    int cleared = 0;
    for (int step = 1; step <= 4 && !cleared && chord > 0 && along[n - 1] > 0; step++) {
        double h = map->font_size * 1.5 * step;
        if (h > chord / 3)
            break;
        for (int side = 0; side < 2 && !cleared; side++) {
            double hs = side == 0 ? h * away : -h * away;
            for (size_t k = 0; k < n; k++) {
                double t = along[k] / along[n - 1], off = hs * 4 * t * (1 - t);
                r->pts[k].x = orig[k].x - dy / chord * off;
                r->pts[k].y = orig[k].y + dx / chord * off;
            }
            cleared = !line_blocked(map, r, frame, ia, ib);
        }
    }
    if (!cleared)
        memcpy(r->pts, orig, n * sizeof *orig);
    free(orig);
    free(along);
    return 0;
}

/* Great circle between two places, cut and projected into canvas units.
 * Refused and failed messages stop short of their target. */
static dm_status_t add_event_line(dm_map_t *map, size_t ei, size_t ia, size_t ib, int frame)
{
    const dm_place_t *a = dm_story_place(map->story, ia), *b = dm_story_place(map->story, ib);
    dmi_frame_t *f = &map->frames[frame];
    const dm_event_t *ev = dm_story_event(map->story, ei);
    dmi_ring_t arc = {0};
    dmi_shape_t cut = {0};
    dm_status_t st = DM_OK;
    double km = dmi_geodesic_km(a->lat, a->lon, b->lat, b->lon);
    if (km < 1)
        return DM_OK;
    if (dmi_geodesic_densify(a->lat, a->lon, b->lat, b->lon, fmax(km / 200, 1), &arc) ||
        dmi_project_cut(&f->proj, &f->window, &arc, 0, &cut)) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    int stops_short = ev->status == DM_EVENT_REFUSED || ev->status == DM_EVENT_FAILED;
    for (size_t i = 0; i < cut.count; i++)
        for (size_t k = 0; k < cut.rings[i].count; k++) {
            dmi_xy_t *pt = &cut.rings[i].pts[k];
            dmi_frame_to_canvas(f, pt->x, pt->y, &pt->x, &pt->y);
        }
    /* A line cut in pieces (at the edge of the world) is left as it is. */
    if (cut.count == 1 && bow_clear_of_markers(map, &cut.rings[0], frame, ia, ib)) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < cut.count; i++) {
        dmi_ring_t *r = &cut.rings[i];
        int last = i + 1 == cut.count;
        if (last && r->count >= 2) {
            /* Leave room for the target marker: trim the end by a gap in
             * canvas units (more for a message that never arrived). */
            double gap = map->font_size * (stops_short ? 2.2 : 0.7);
            while (r->count > 2) {
                dmi_xy_t p = r->pts[r->count - 1], q = r->pts[r->count - 2];
                double d = hypot(p.x - q.x, p.y - q.y);
                if (d > gap)
                    break;
                gap -= d;
                r->count--;
            }
            dmi_xy_t *p = &r->pts[r->count - 1], q = r->pts[r->count - 2];
            double d = hypot(p->x - q.x, p->y - q.y);
            if (d > gap && d > 0) {
                p->x -= (p->x - q.x) * gap / d;
                p->y -= (p->y - q.y) * gap / d;
            }
        }
        dmi_line_t line = {.event = ei, .frame = frame, .points = *r,
                           .arrow = last && !stops_short, .cross = last && stops_short};
        memset(r, 0, sizeof *r);
        if (dmi_grow((void **)&map->lines, &map->line_cap, map->line_count + 1, sizeof *map->lines)) {
            dmi_ring_free(&line.points);
            st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        map->lines[map->line_count++] = line;
    }
out:
    dmi_ring_free(&arc);
    dmi_shape_free(&cut);
    return st;
}

typedef struct {
    long key;
    size_t index;
} dated_t;

/* The day an event sorts by: a date of month or year precision sorts by
 * its first day (2025-06 as 2025-06-01, 2025 as 2025-01-01), so "Jun
 * 2025" comes before "27 Jun 2025"; an undated event sorts after every
 * dated one. */
static long date_key(const char *date)
{
    int y = 0, m = 1, d = 1;
    if (!date || sscanf(date, "%d-%d-%d", &y, &m, &d) < 1)
        return LONG_MAX;
    return (long)y * 10000 + m * 100 + d;
}

static int cmp_dated(const void *a, const void *b)
{
    const dated_t *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

/* Do two places stand for one spot: the same place, two records of one
 * place (under 5 km apart), or a venue inside a city (a site within 25 km
 * of a city of the same country: the Elysee Palace and Paris)? */
static int same_spot(const dm_place_t *a, const dm_place_t *b)
{
    if (a == b)
        return 1;
    if (!a || !b || a->kind == DM_PLACE_LINE || b->kind == DM_PLACE_LINE || a->kind == DM_PLACE_AREA ||
        b->kind == DM_PLACE_AREA)
        return 0;
    if (a->country && b->country && strcmp(a->country, b->country) != 0)
        return 0;
    double km = dmi_geodesic_km(a->lat, a->lon, b->lat, b->lon);
    if (a->kind == b->kind)
        return km < 5;
    int venue_in_city = (a->kind == DM_PLACE_SITE && b->kind == DM_PLACE_CITY) ||
                        (a->kind == DM_PLACE_CITY && b->kind == DM_PLACE_SITE);
    return venue_in_city && km < 25;
}

/* Is one list of codes contained in the other (an empty list in any)? */
static int codes_nested(const char *const *a, size_t na, const char *const *b, size_t nb)
{
    if (na > nb)
        return codes_nested(b, nb, a, na);
    for (size_t i = 0; i < na; i++) {
        size_t k = 0;
        while (k < nb && strcmp(a[i], b[k]) != 0)
            k++;
        if (k == nb)
            return 0;
    }
    return 1;
}

/* Is event j the happening event i already told (the same type, on the
 * same date, at the same spots in the same order, with participants one
 * of which includes the other)? "Meeting in Paris" and "Meeting at the
 * Elysee Palace" the same day are one meeting, drawn once. */
static int same_happening(const dm_story_t *s, size_t i, size_t j)
{
    const dm_event_t *a = dm_story_event(s, i), *b = dm_story_event(s, j);
    if (a->type != b->type || a->place_count != b->place_count || a->place_count == 0)
        return 0;
    if ((a->date == NULL) != (b->date == NULL) || (a->date && strcmp(a->date, b->date) != 0))
        return 0;
    if (!codes_nested(a->participants, a->participant_count, b->participants, b->participant_count))
        return 0;
    for (size_t k = 0; k < a->place_count; k++)
        if (!same_spot(dm_story_find_place(s, a->places[k]), dm_story_find_place(s, b->places[k])))
            return 0;
    return 1;
}

/* Events by date, the story's (the text's) order breaking ties: the
 * legend, the marker numbers and the alt text all follow it. An event
 * that repeats an earlier one is marked (event_same) and drawn once. */
static int order_events(dm_map_t *map)
{
    size_t ne = dm_story_event_count(map->story);
    dated_t *d = dmi_calloc(ne, sizeof *d);
    if (!d || !(map->event_order = dmi_calloc(ne, sizeof *map->event_order)) ||
        !(map->event_same = dmi_calloc(ne, sizeof *map->event_same)) ||
        !(map->event_number = dmi_calloc(ne, sizeof *map->event_number))) {
        free(d);
        return -1;
    }
    for (size_t i = 0; i < ne; i++)
        d[i] = (dated_t){date_key(dm_story_event(map->story, i)->date), i};
    qsort(d, ne, sizeof *d, cmp_dated);
    for (size_t i = 0; i < ne; i++) {
        map->event_order[i] = d[i].index;
        map->event_same[d[i].index] = -1;
        /* A repeat has the same date, so the same key: look back among
         * the neighbours of equal key (a bounded number of them). */
        for (size_t k = i, looked = 0; k > 0 && d[k - 1].key == d[i].key && looked < 64; k--, looked++) {
            size_t j = d[k - 1].index;
            if (map->event_same[j] < 0 && same_happening(map->story, j, d[i].index)) {
                map->event_same[d[i].index] = (int)j;
                break;
            }
        }
    }
    free(d);
    return 0;
}

/* Numbers in date order, one per event drawn at a place (not as a line),
 * repeats left out: the marker of a place shows the numbers of all its
 * events, and the legend keys to them. */
static void number_events(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    int seq = 0;
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        size_t i = map->event_order[j];
        const dm_event_t *ev = dm_story_event(s, i);
        map->event_number[i] = 0;
        if (map->event_same[i] >= 0 || ev->place_count == 0 || drawn_as_line(s, ev))
            continue;
        int pi = place_index(s, ev->places[0]);
        if (pi >= 0 && map->has_marker[pi])
            map->event_number[i] = ++seq;
    }
}

/* How firmly a marker holds its spot: an event's numbered symbol, then a
 * place some event names, then a site (more precise than a city). */
static int marker_rank(const dm_map_t *map, const dmi_marker_t *m, const int *named)
{
    if (m->number)
        return 3;
    if (named[m->place])
        return 2;
    return dm_story_place(map->story, m->place)->kind == DM_PLACE_SITE;
}

typedef struct {
    double x;
    size_t index;
} by_x_t;

static int cmp_by_x(const void *a, const void *b)
{
    const by_x_t *p = a, *q = b;
    return p->x < q->x ? -1 : p->x > q->x ? 1 : (p->index > q->index) - (p->index < q->index);
}

/* A place no event names whose marker would overlap another's (the city
 * around a mission 4 km away) is not drawn apart: the other marker stands
 * for both and its label names both, instead of two dots and two labels
 * stacked on one spot. Works on one frame's markers, from `first` on;
 * neighbours are found in x order, so thousands of markers cost little. */
/* The numbers of the events at place i and at the places folded into it
 * (map->named_with), in number order, into the marker. */
static void marker_numbers(const dm_map_t *map, size_t i, dmi_marker_t *mk)
{
    const dm_story_t *s = map->story;
    mk->count = 0;
    mk->number = 0;
    mk->event = -1;
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        size_t ei = map->event_order[j];
        const dm_event_t *ev = dm_story_event(s, ei);
        if (!map->event_number[ei])
            continue;
        int pi = place_index(s, ev->places[0]);
        if (pi != (int)i && (pi < 0 || map->named_with[pi] != (int)i))
            continue;
        if (mk->count < DMI_MARKER_NUMBERS) {
            mk->numbers[mk->count] = map->event_number[ei];
            mk->events[mk->count] = (int)ei;
        }
        mk->count++;
    }
    if (mk->count) {
        mk->number = mk->numbers[0];
        mk->event = mk->events[0];
    }
    /* One pill in the first event's style says nothing false only when
     * every event shares its type and status. */
    mk->mixed = 0;
    for (int k = 1; k < mk->count && k < DMI_MARKER_NUMBERS; k++) {
        const dm_event_t *a = dm_story_event(s, (size_t)mk->events[0]), *b = dm_story_event(s, (size_t)mk->events[k]);
        mk->mixed |= a->type != b->type || a->status != b->status;
    }
    mk->half_width = dmi_marker_half_width(map, mk);
}

/* Numbered markers of a venue and its city that would overlap (a palace
 * in its capital, both with events) are one marker: the city's (between
 * two of a kind, the earlier one's) shows the numbers of both and its
 * label names both. One symbol never hides another of the same spot. */
static void merge_venues(dm_map_t *map, size_t first)
{
    const dm_story_t *s = map->story;
    size_t numbered = 0;
    for (size_t i = first; i < map->marker_count; i++)
        numbered += map->markers[i].count > 0;
    if (numbered < 2 || numbered > 500)
        return;
    for (size_t i = first; i < map->marker_count; i++) {
        const dmi_marker_t *mi = &map->markers[i];
        if (!mi->count || map->named_with[mi->place] >= 0)
            continue;
        const dm_place_t *pi = dm_story_place(s, mi->place);
        for (size_t k = first; k < map->marker_count; k++) {
            dmi_marker_t *mk = &map->markers[k];
            const dm_place_t *pk = dm_story_place(s, mk->place);
            if (k == i || !mk->count || map->named_with[mk->place] >= 0)
                continue;
            int into = (pk->kind == DM_PLACE_CITY && pi->kind == DM_PLACE_SITE) || (pk->kind == pi->kind && k < i);
            if (!into || hypot(mk->x - mi->x, mk->y - mi->y) >= mk->half_width + mi->half_width ||
                !same_spot(pi, pk))
                continue;
            map->named_with[mi->place] = (int)mk->place;
            marker_numbers(map, mk->place, mk);
            break;
        }
    }
}

static int fold_markers(dm_map_t *map, size_t first, const int *named)
{
    merge_venues(map, first);
    size_t n = map->marker_count - first;
    by_x_t *xs = dmi_calloc(n + 1, sizeof *xs);
    if (!xs)
        return -1;
    for (size_t i = 0; i < n; i++)
        xs[i] = (by_x_t){map->markers[first + i].x, first + i};
    qsort(xs, n, sizeof *xs, cmp_by_x);
    double reach = 2 * dmi_marker_radius(map, 1);
    for (size_t j = 0; j < n; j++) {
        size_t i = xs[j].index;
        const dmi_marker_t *m = &map->markers[i];
        int rank = marker_rank(map, m, named);
        if (rank >= 2)
            continue;
        size_t lo = j;
        while (lo > 0 && xs[lo - 1].x > m->x - reach)
            lo--;
        for (size_t q = lo; q < n && xs[q].x < m->x + reach; q++) {
            size_t k = xs[q].index;
            const dmi_marker_t *o = &map->markers[k];
            int ro = marker_rank(map, o, named);
            /* Only into a firmer marker, or an equal one earlier in the
             * story: no cycles. */
            if (k == i || map->named_with[o->place] >= 0 || ro < rank || (ro == rank && k > i))
                continue;
            double touch = dmi_marker_radius(map, m->number) + dmi_marker_radius(map, o->number);
            if (hypot(o->x - m->x, o->y - m->y) < touch) {
                map->named_with[m->place] = (int)o->place;
                break;
            }
        }
    }
    free(xs);
    /* A place folded into one folded in turn goes to the end of the chain. */
    size_t kept = first;
    for (size_t i = first; i < map->marker_count; i++) {
        int *w = &map->named_with[map->markers[i].place];
        while (*w >= 0 && map->named_with[*w] >= 0)
            *w = map->named_with[*w];
        if (*w < 0)
            map->markers[kept++] = map->markers[i];
    }
    map->marker_count = kept;
    return 0;
}

/* Markers for every point place; meetings and talks get sequence numbers
 * in date order (the timeline keys to them). */
static dm_status_t add_markers(dm_map_t *map, int frame)
{
    const dm_story_t *s = map->story;
    dmi_frame_t *f = &map->frames[frame];
    size_t ne = dm_story_event_count(s);
    int *named = calloc(dm_story_place_count(s) + 1, sizeof *named);
    const size_t *order = map->event_order;
    size_t first = map->marker_count;
    dm_status_t st = DM_OK;
    if (!named) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < ne; i++) {
        const dm_event_t *ev = dm_story_event(s, order[i]);
        if (map->event_same[order[i]] >= 0)
            continue;   /* a repeat names no place of its own: its venue may fold into the city */
        for (size_t k = 0; k < ev->place_count; k++) {
            int pi = place_index(s, ev->places[k]);
            if (pi >= 0)
                named[pi] = 1;
        }
    }
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (!map->has_marker[i])
            continue;
        if (frame == 0 && map->place_frame[i])
            continue;   /* shown in its inset; the main map has the locator box */
        if (f->role == DMI_FRAME_OVERVIEW && map->place_frame[i] != frame)
            continue;   /* the overview shows the places the main frame leaves out */
        double e, n, x, y;
        if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            continue;
        dmi_frame_to_canvas(f, e, n, &x, &y);
        if (x < f->rect[0] || x > f->rect[2] || y < f->rect[1] || y > f->rect[3])
            continue;
        if (dmi_grow((void **)&map->markers, &map->marker_cap, map->marker_count + 1, sizeof *map->markers)) {
            st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        dmi_marker_t mk = {.place = i, .frame = frame, .x = x, .y = y, .event = -1};
        /* Every numbered event at this place (and at venues folded into
         * it in a frame built before), in number order. */
        marker_numbers(map, i, &mk);
        map->markers[map->marker_count++] = mk;
    }
    if (fold_markers(map, first, named))
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
out:
    free(named);
    return st;
}

/* The globe's outline in a world projection, in canvas units. */
static dm_status_t add_sphere(dm_map_t *map, dmi_frame_t *f)
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
    for (size_t k = 0; k < ring.count; k++)
        dmi_frame_to_canvas(f, ring.pts[k].x, ring.pts[k].y, &ring.pts[k].x, &ring.pts[k].y);
    dmi_shape_take(&f->sphere, &ring);
    return DM_OK;
}

/* Extent of the frame in projected units: every place (and every event
 * line) with a margin, or the user's lon/lat box. */
static dm_status_t frame_extent(dm_map_t *map, dmi_frame_t *f, const double *user_extent, bbox_t *out)
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
    int only_context = 1;
    for (size_t i = 0; i < dm_story_place_count(s); i++)
        if (!is_context_kind(dm_story_place(s, i)->kind))
            only_context = 0;
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        /* Countries and regions are context, unless an event put a
         * numbered marker on one ("a visit to India"): it must be seen. */
        if ((is_context_kind(p->kind) && !only_context && !map->has_marker[i]) || map->far[i])
            continue;
        double x, y;
        if (!dmi_project_point(&f->proj, p->lon, p->lat, &x, &y))
            bbox_add(&b, x, y);
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
    /* At least 120 km across (a close-up still shows its surroundings),
     * 600 km when focus left places out (the map is one spot of a larger
     * story: show its region, the overview shows the rest), then a margin
     * for labels and furniture. */
    int any_far = 0;
    for (size_t i = 0; i < dm_story_place_count(s); i++)
        any_far |= map->far[i];
    double floor_m = any_far ? 6e5 : 1.2e5;
    double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
    double w = fmax(b.x1 - b.x0, floor_m), h = fmax(b.y1 - b.y0, floor_m);
    out->x0 = cx - w * 0.62;
    out->x1 = cx + w * 0.62;
    out->y0 = cy - h * 0.68;
    out->y1 = cy + h * 0.62;
    out->empty = 0;
    return DM_OK;
}

void dm_map_destroy(dm_map_t *map)
{
    if (!map)
        return;
    for (int i = 0; i < map->frame_count; i++) {
        dmi_frame_t *f = &map->frames[i];
        dmi_projection_destroy(&f->proj);
        dmi_shape_free(&f->sphere);
        for (size_t k = 0; k < f->country_count; k++)
            dmi_shape_free(&f->countries[k]);
        free(f->countries);
        free(f->country_tint);
        free(f->country_code);
        dmi_shape_free(&f->borders);
        dmi_shape_free(&f->coast);
        dmi_shape_free(&f->detail_borders);
        dmi_shape_free(&f->lakes);
        dmi_ring_free(&f->locator);
        dmi_ring_free(&f->outline);
    }
    free(map->place_frame);
    free(map->far);
    free(map->named_with);
    free(map->has_marker);
    free(map->event_order);
    free(map->event_number);
    free(map->event_same);
    for (size_t i = 0; i < map->pointer_count; i++)
        free(map->pointers[i].text);
    free(map->pointers);
    free(map->country_views);
    for (size_t i = 0; map->shapes && i < dm_story_place_count(map->story); i++)
        dmi_shape_free(&map->shapes[i]);
    free(map->shapes);
    free(map->shape_is_area);
    dmi_theme_destroy(map->theme_file);
    dmi_basemap_close(map->basemap);
    for (size_t i = 0; i < map->label_count; i++)
        free(map->labels[i].text);
    for (size_t i = 0; i < map->line_count; i++)
        dmi_ring_free(&map->lines[i].points);
    for (size_t i = 0; i < map->feature_count; i++)
        dmi_shape_free(&map->features[i].shape);
    free(map->markers);
    free(map->labels);
    free(map->lines);
    free(map->features);
    free(map);
}

/* A world map should not show empty paper beyond the poles or the
 * antimeridian when the frame could show more of the world instead: slide
 * the view back inside the world's outline (pseudo-cylindrical world
 * projections only, whose outline is bounded by the poles and the seam). */
static int is_world_projection(const dmi_frame_t *f)
{
    static const char *const world[] = {"+proj=eqearth", "+proj=robin", "+proj=moll", "+proj=natearth",
                                        "+proj=wintri", "+proj=eck4", "+proj=kav7", "+proj=eqc"};
    for (size_t i = 0; i < sizeof world / sizeof world[0]; i++)
        if (strncmp(f->proj.definition, world[i], strlen(world[i])) == 0 &&
            (f->proj.definition[strlen(world[i])] == ' ' || f->proj.definition[strlen(world[i])] == '\0'))
            return 1;
    return 0;
}

static void keep_inside_world(dmi_frame_t *f)
{
    if (!is_world_projection(f))
        return;
    double e, n, top, bottom, left, right, x, y;
    if (dmi_project_point(&f->proj, f->proj.lon_0, 90, &e, &n))
        return;
    dmi_frame_to_canvas(f, e, n, &x, &top);
    if (dmi_project_point(&f->proj, f->proj.lon_0, -90, &e, &n))
        return;
    dmi_frame_to_canvas(f, e, n, &x, &bottom);
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

/* Which places are drawn as points: cities and sites, and any place where
 * something happened (talks "in Qatar" put a marker on Qatar). */
static void mark_points(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        dm_place_kind_t k = dm_story_place(s, i)->kind;
        map->has_marker[i] = k == DM_PLACE_CITY || k == DM_PLACE_SITE;
    }
    for (size_t i = 0; i < dm_story_event_count(s); i++) {
        const dm_event_t *ev = dm_story_event(s, i);
        if (drawn_as_line(s, ev) || ev->place_count == 0)
            continue;
        /* The venue is the first place; later ones (the country a
         * broadcast was aimed at) are context. */
        int pi = place_index(s, ev->places[0]);
        /* An area drawn as a shape shows its event; one known only by its
         * anchor (a sea: "missiles into the Yellow Sea") needs a marker. */
        const dm_place_t *vp = pi >= 0 ? dm_story_place(s, (size_t)pi) : NULL;
        if (vp && vp->kind != DM_PLACE_LINE && !(vp->kind == DM_PLACE_AREA && vp->geometry))
            map->has_marker[pi] = 1;
    }
}

/* Does the laid-out map show anything of the story: a marker, a point of
 * a line or area place, or a place's anchor (a country or region is shown
 * by its tint and label) inside the main frame or an inset? An extent or
 * projection can leave every place outside, and a blank map is no answer. */
static int shows_story(const dm_map_t *map)
{
    /* An edge pointer names a place outside the frame and shows its way. */
    if (map->marker_count > 0 || map->pointer_count > 0)
        return 1;
    for (size_t j = 0; j < map->feature_count; j++) {
        const dmi_feature_t *feat = &map->features[j];
        const dmi_frame_t *f = &map->frames[feat->frame];
        for (size_t r = 0; r < feat->shape.count; r++)
            for (size_t k = 0; k < feat->shape.rings[r].count; k++) {
                dmi_xy_t pt = feat->shape.rings[r].pts[k];
                if (pt.x >= f->rect[0] && pt.x <= f->rect[2] && pt.y >= f->rect[1] && pt.y <= f->rect[3])
                    return 1;
            }
    }
    for (int fi = 0; fi < map->frame_count; fi++) {
        const dmi_frame_t *f = &map->frames[fi];
        for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
            const dm_place_t *p = dm_story_place(map->story, i);
            double e, n, x, y;
            if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
                continue;
            dmi_frame_to_canvas(f, e, n, &x, &y);
            if (x >= f->rect[0] && x <= f->rect[2] && y >= f->rect[1] && y <= f->rect[3])
                return 1;
        }
    }
    return 0;
}

/* Everything a frame shows: basemap, story lines and areas, event lines
 * and markers. The frame's rect and transform are already set. */
static dm_status_t build_frame(dm_map_t *map, int fi)
{
    const dm_story_t *story = map->story;
    dmi_frame_t *f = &map->frames[fi];
    dm_status_t st;
    compute_window(f);
    choose_scale(map, f);
    /* Only pseudo-cylindrical world maps have an outline worth drawing;
     * elsewhere the ocean fills the frame. */
    if (f->window.rmax - f->window.rmin >= 359 && is_world_projection(f) && (st = add_sphere(map, f)))
        return st;
    if ((st = dmi_basemap_load(map, f)))
        return st;
    /* Markers first: event lines bow around those in their way. */
    if ((st = add_markers(map, fi)))
        return st;
    size_t first_feature = map->feature_count;
    for (size_t i = 0; i < dm_story_place_count(story); i++) {
        const dm_place_t *p = dm_story_place(story, i);
        (void)p;
        if (map->shapes[i].count && (st = add_feature(map, i, fi)))
            return st;
    }
    for (size_t i = 0; i < dm_story_event_count(story); i++) {
        const dm_event_t *ev = dm_story_event(story, i);
        /* A broadcast along a line place is drawn as that line's status. */
        for (size_t k = 0; k < ev->place_count; k++) {
            int pi = place_index(story, ev->places[k]);
            for (size_t j = first_feature; j < map->feature_count; j++)
                if (pi >= 0 && map->features[j].place == (size_t)pi && ev->type == DM_EVENT_BROADCAST)
                    map->features[j].status = ev->status;
        }
        if (!is_connection(ev->type) || map->event_same[i] >= 0)
            continue;
        for (size_t k = 0; k + 1 < ev->place_count; k++) {
            int ia = place_index(story, ev->places[k]), ib = place_index(story, ev->places[k + 1]);
            const dm_place_t *a = dm_story_place(story, (size_t)ia), *b = dm_story_place(story, (size_t)ib);
            if (a->kind == DM_PLACE_LINE || b->kind == DM_PLACE_LINE)
                continue;
            int fa = map->place_frame[ia], fb = map->place_frame[ib];
            /* The main map leaves a connection inside one inset to it; an
             * inset draws the connections that touch its places. */
            if (fi == 0 ? (fa && fa == fb) : (fa != fi && fb != fi))
                continue;
            if ((st = add_event_line(map, i, (size_t)ia, (size_t)ib, fi)))
                return st;
        }
    }
    return DM_OK;
}

/* Union-find with path halving. */
static int uf_find(int *parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

/* cluster[i]: a representative index for every point within `near` (canvas
 * units) of another of its cluster, through a chain. Points are bucketed
 * in cells `near` wide; only the 3x3 cells around a point are compared. */
static int cluster_points(const dm_map_t *map, const double *x, const double *y, const int *point, size_t np,
                          double near, int *cluster)
{
    int cols = (int)ceil(map->width / near) + 2, rows = (int)ceil(map->height / near) + 2;
    size_t cells = (size_t)cols * (size_t)rows;
    size_t *head = dmi_calloc(cells, sizeof *head), *next = dmi_calloc(np, sizeof *next);
    if (!head || !next) {
        free(head);
        free(next);
        return -1;
    }
    for (size_t i = 0; i < np; i++)
        cluster[i] = (int)i;
    /* Lists of points per cell, 1-based so 0 ends a list; points outside
     * the canvas go to the border cells. */
    for (size_t i = 0; i < np; i++) {
        if (!point[i])
            continue;
        int cx = (int)fmax(0, fmin(cols - 1, floor(x[i] / near) + 1));
        int cy = (int)fmax(0, fmin(rows - 1, floor(y[i] / near) + 1));
        size_t c = (size_t)cy * (size_t)cols + (size_t)cx;
        next[i] = head[c];
        head[c] = i + 1;
    }
    for (size_t i = 0; i < np; i++) {
        if (!point[i])
            continue;
        int cx = (int)fmax(0, fmin(cols - 1, floor(x[i] / near) + 1));
        int cy = (int)fmax(0, fmin(rows - 1, floor(y[i] / near) + 1));
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++) {
                int nx = cx + dx, ny = cy + dy;
                if (nx < 0 || ny < 0 || nx >= cols || ny >= rows)
                    continue;
                for (size_t k = head[(size_t)ny * (size_t)cols + (size_t)nx]; k; k = next[k - 1]) {
                    size_t j = k - 1;
                    if (j <= i || hypot(x[i] - x[j], y[i] - y[j]) >= near)
                        continue;
                    int a = uf_find(cluster, (int)i), b = uf_find(cluster, (int)j);
                    if (a != b)
                        cluster[a > b ? a : b] = a < b ? a : b;
                }
            }
    }
    for (size_t i = 0; i < np; i++)
        cluster[i] = uf_find(cluster, (int)i);
    free(head);
    free(next);
    return 0;
}

/* Places that crowd together on the main map (closer than a label's
 * height or so) get an inset frame at a larger scale: at most two, the
 * largest clusters first, each in the corner that hides the least. */
static dm_status_t plan_insets(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    dmi_frame_t *mf = &map->frames[0];
    size_t np = dm_story_place_count(s);
    dm_status_t st = DM_OK;
    double *x = dmi_calloc(np, sizeof *x), *y = dmi_calloc(np, sizeof *y);
    int *cluster = dmi_calloc(np, sizeof *cluster), *point = dmi_calloc(np, sizeof *point);
    double *lat = dmi_calloc(np * 4 + 4, sizeof *lat), *lon = dmi_calloc(np * 4 + 4, sizeof *lon);
    char *def = NULL;
    int *size = NULL;
    double *box = NULL;
    if (!x || !y || !cluster || !point || !lat || !lon) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    double near = map->font_size * 2.4;
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        double e, n;
        cluster[i] = (int)i;
        point[i] = map->has_marker[i] && !map->far[i] &&
                   dmi_project_point(&mf->proj, p->lon, p->lat, &e, &n) == 0;
        if (point[i])
            dmi_frame_to_canvas(mf, e, n, &x[i], &y[i]);
    }
    /* Single-link clustering (merge any two points closer than `near`):
     * union-find over neighbours found through a grid of cells `near`
     * wide, so thousands of places cost little. */
    if (cluster_points(map, x, y, point, np, near, cluster)) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    /* Size and spread (the diagonal of the lon/lat box) of each cluster. */
    size = dmi_calloc(np, sizeof *size);
    box = dmi_calloc(np * 4, sizeof *box);
    if (!size || !box) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < np; i++) {
        if (!point[i])
            continue;
        const dm_place_t *p = dm_story_place(s, i);
        double *b = &box[4 * (size_t)cluster[i]];
        if (size[cluster[i]]++ == 0) {
            b[0] = b[2] = p->lat;
            b[1] = b[3] = p->lon;
        }
        b[0] = fmin(b[0], p->lat);
        b[1] = fmin(b[1], p->lon);
        b[2] = fmax(b[2], p->lat);
        b[3] = fmax(b[3], p->lon);
    }
    int used[2] = {-1, -1};
    for (int round = 0; round < 2 && map->frame_count < DM_MAX_FRAMES; round++) {
        /* The largest cluster not yet given an inset. */
        int best = -1, best_size = 1;
        for (size_t c = 0; c < np; c++) {
            if ((int)c == used[0] || (int)c == used[1])
                continue;
            if (size[c] <= best_size)
                continue;
            const double *b = &box[4 * c];
            /* Places within a city of each other (15 km) are one spot at
             * any scale an inset could offer (a palace in its capital, a
             * ministry): no inset; their markers fold. */
            if (dmi_geodesic_km(b[0], b[1], b[2], b[3]) < 15)
                continue;
            best = (int)c;
            best_size = size[c];
        }
        if (best < 0)
            break;
        used[round] = best;
        int fi = map->frame_count;
        dmi_frame_t *f = &map->frames[fi];
        size_t n = 0;
        for (size_t i = 0; i < np; i++)
            if (point[i] && cluster[i] == best) {
                lat[n] = dm_story_place(s, i)->lat;
                lon[n++] = dm_story_place(s, i)->lon;
            }
        free(def);
        if (!(def = dmi_projection_auto(lat, lon, n)) || (st = dmi_projection_create(map->ctx, def, &f->proj))) {
            st = st ? st : dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        map->frame_count++;
        snprintf(f->id, sizeof f->id, round == 0 ? "inset" : "inset2");
        f->role = DMI_FRAME_INSET;
        bbox_t b = {.empty = 1};
        for (size_t i = 0; i < n; i++) {
            double e, no;
            if (!dmi_project_point(&f->proj, lon[i], lat[i], &e, &no))
                bbox_add(&b, e, no);
        }
        /* Lines and areas of the story anchored near the cluster belong in
         * the inset too (the border where broadcasts were suspended). */
        for (size_t i = 0; i < np; i++) {
            const dm_place_t *p = dm_story_place(s, i);
            double e, no, cx, cy, mind = INFINITY;
            if ((p->kind != DM_PLACE_LINE && p->kind != DM_PLACE_AREA) ||
                dmi_project_point(&mf->proj, p->lon, p->lat, &e, &no))
                continue;
            dmi_frame_to_canvas(mf, e, no, &cx, &cy);
            for (size_t k = 0; k < np; k++)
                if (point[k] && cluster[k] == best)
                    mind = fmin(mind, hypot(cx - x[k], cy - y[k]));
            if (mind >= near * 1.5)
                continue;
            if (!dmi_project_point(&f->proj, p->lon, p->lat, &e, &no))
                bbox_add(&b, e, no);
            const dmi_shape_t *shape = &map->shapes[i];
            for (size_t r = 0; r < shape->count; r++)
                for (size_t k = 0; k < shape->rings[r].count; k++)
                    if (!dmi_project_point(&f->proj, shape->rings[r].pts[k].x, shape->rings[r].pts[k].y, &e, &no))
                        bbox_add(&b, e, no);
        }
        double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
        double bw = fmax(b.x1 - b.x0, 6e4) * 1.3, bh = fmax(b.y1 - b.y0, 6e4) * 1.3;
        double ar = fmin(fmax(bw / bh, 0.75), 1.4);
        double mw = (mf->rect[2] - mf->rect[0]) * 0.28, mh = (mf->rect[3] - mf->rect[1]) * 0.46;
        double w = ar > mw / mh ? mw : mh * ar, h = ar > mw / mh ? mw / ar : mh;
        /* Candidate positions on a grid over the main frame, corners and
         * edges preferred; every place it would hide costs, its own
         * cluster most (its locator box must stay visible), and the
         * bottom-left corner holds the legend. */
        double m = map->font_size;
        double fx0 = mf->rect[0] + m, fy0 = mf->rect[1] + m, fx1 = mf->rect[2] - m - w, fy1 = mf->rect[3] - m * 4 - h;
        double best_cost = INFINITY;
        const int G = 6;
        for (int gy = 0; gy <= G; gy++) {
            for (int gx = 0; gx <= G; gx++) {
                double r[4] = {fx0 + (fx1 - fx0) * gx / G, fy0 + (fy1 - fy0) * gy / G, 0, 0};
                r[2] = r[0] + w;
                r[3] = r[1] + h;
                int edge = (gx == 0 || gx == G) + (gy == 0 || gy == G);
                double cost = (2 - edge) * 0.5;
                double pad = m * 3;
                for (size_t i = 0; i < np; i++)
                    if (point[i] && x[i] > r[0] - pad && x[i] < r[2] + pad && y[i] > r[1] - m && y[i] < r[3] + m)
                        cost += cluster[i] == best ? 400 : 100;
                for (int k = 1; k < fi; k++) {
                    const double *o = map->frames[k].rect;
                    if (r[0] < o[2] + m && r[2] > o[0] - m && r[1] < o[3] + m && r[3] > o[1] - m)
                        cost += 1e6;
                }
                if (gx == 0 && gy == G)
                    cost += 1e3;   /* the legend's corner */
                if (r[0] < mf->rect[0] + m * 18 && r[3] > mf->rect[3] - m * 10)
                    cost += 200;
                if (cost < best_cost) {
                    best_cost = cost;
                    memcpy(f->rect, r, sizeof r);
                }
            }
        }
        bbox_t ext = {cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2, 0};
        fit_transform(f, ext);
        for (size_t i = 0; i < np; i++) {
            const dm_place_t *p = dm_story_place(s, i);
            double e, no, px, py;
            if (map->place_frame[i] || !map->has_marker[i] ||
                dmi_project_point(&f->proj, p->lon, p->lat, &e, &no))
                continue;
            dmi_frame_to_canvas(f, e, no, &px, &py);
            /* Inside the inset with room to spare: it moves there. */
            if (px > f->rect[0] + m && px < f->rect[2] - m && py > f->rect[1] + m && py < f->rect[3] - m)
                map->place_frame[i] = fi;
        }
        /* The locator: the inset's rect outlined on the main map. */
        for (int side = 0; side < 4; side++)
            for (int k = 0; k < 10; k++) {
                double t = k / 10.0;
                double px = side == 0 ? f->rect[0] + t * w : side == 1 ? f->rect[2] : side == 2 ? f->rect[2] - t * w : f->rect[0];
                double py = side == 0 ? f->rect[1] : side == 1 ? f->rect[1] + t * h : side == 2 ? f->rect[3] : f->rect[3] - t * h;
                double e, no, plon, plat, me, mn, mx, my;
                canvas_to_projected(f, px, py, &e, &no);
                if (dmi_unproject_point(&f->proj, e, no, &plon, &plat) ||
                    dmi_project_point(&mf->proj, plon, plat, &me, &mn))
                    continue;
                dmi_frame_to_canvas(mf, me, mn, &mx, &my);
                if (dmi_ring_push(&f->locator, mx, my)) {
                    st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
                    goto out;
                }
            }
    }
out:
    free(size);
    free(box);
    free(x);
    free(y);
    free(cluster);
    free(point);
    free(lat);
    free(lon);
    free(def);
    return st;
}

/* ---- focus ------------------------------------------------------------
 * The main frame fits the story's principal event and the events around
 * it, not every place named: one stray mention (Washington in a story of
 * a shoal) must not turn the map into an ocean. The rule, in the main
 * projection's metres:
 *   1. the places that matter (markers, lines and areas; countries and
 *      regions are context) are grouped: places under FOCUS_GROUP_KM apart
 *      (through a chain) are one group (a capital and its ministries);
 *   2. the frame each set of groups needs is its bounding box, measured
 *      as at least FOCUS_MIN_M a side (neighbours a country away stay:
 *      Tokyo and Busan), widened or heightened to the canvas's aspect (so
 *      a portrait canvas pays for width and a wide one for height);
 *   3. while some group other than the principal event's would grow that
 *      frame more than FOCUS_GROWTH times in area (FOCUS_GROWTH^n for a
 *      group where n events are held), the group that grows it most is
 *      left out (it is "far"), and the rest is measured again; outliers on
 *      one side go together (see below).
 * Far places go to the overview (a small map of every place with the
 * main frame outlined) and a line that leaves the frame ends in an edge
 * pointer naming its far end ("to Washington"). */
#define FOCUS_GROWTH 4.0
#define FOCUS_MIN_M 1e6        /* frames are measured as at least 1,000 km a side */
#define FOCUS_GROUP_KM 600.0
#define FOCUS_MAX_PLACES 200   /* beyond this (hostile stories) every place is kept */

/* The event the map is about: the story's "principal" event, else the
 * first event the story tells (the text's lead; e1 of an extraction)
 * that names a place. -1 when no event names one. */
static int pick_principal(const dm_map_t *map)
{
    const dm_story_t *s = map->story;
    size_t ne = dm_story_event_count(s);
    const dmi_story_view_t *view = dmi_story_view(s);
    for (size_t k = 0; k < view->focus_count; k++)   /* the editor's word first */
        for (size_t i = 0; i < ne; i++)
            if (strcmp(dm_story_event(s, i)->id, view->focus[k]) == 0 && dm_story_event(s, i)->place_count)
                return (int)i;
    for (size_t i = 0; i < ne; i++)
        if (dmi_story_event_principal(s, i) && dm_story_event(s, i)->place_count)
            return (int)i;
    for (size_t i = 0; i < ne; i++)
        if (map->event_same[i] < 0 && dm_story_event(s, i)->place_count)
            return (int)i;
    return -1;
}

/* Area of the frame a box needs on a canvas of aspect w/h (projected
 * units squared). */
static double fitted_area(const bbox_t *b, double aspect)
{
    if (b->empty)
        return 0;
    double w = fmax(b->x1 - b->x0, FOCUS_MIN_M), h = fmax(b->y1 - b->y0, FOCUS_MIN_M);
    if (w / h > aspect)
        h = w / aspect;
    else
        w = h * aspect;
    return w * h;
}

/* Does the place count for the frame (a point, a line or an area, or a
 * country or region where something happened)? */
static int focus_counts(const dm_map_t *map, size_t i, int only_context)
{
    const dm_place_t *p = dm_story_place(map->story, i);
    return only_context || !is_context_kind(p->kind) || map->has_marker[i];
}

/* Is group h on g's side of the core, at least as far: beyond g, within
 * 60 degrees of its direction (a third of the compass)? */
static int same_side(const double *dist, const double *ang, const int *core, int h, int g)
{
    double d = fabs(remainder(ang[h] - ang[g], 2 * M_PI));
    return !core[h] && dist[h] >= dist[g] && d <= M_PI / 3;
}

/* Sets map->far (places the main frame leaves out) and map->principal,
 * in the projection of frame f. Returns the number of far places. */
static size_t choose_focus(dm_map_t *map, const dmi_frame_t *f, const double *user_extent)
{
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s), nfar = 0;
    map->principal = pick_principal(map);
    if (user_extent)
        return 0;   /* the editor chose the frame: see mark_outside() */
    if (np > FOCUS_MAX_PLACES || map->principal < 0)
        return 0;
    int only_context = 1;
    for (size_t i = 0; i < np; i++)
        if (!is_context_kind(dm_story_place(s, i)->kind))
            only_context = 0;
    double x[FOCUS_MAX_PLACES], y[FOCUS_MAX_PLACES];
    int group[FOCUS_MAX_PLACES], use[FOCUS_MAX_PLACES], out[FOCUS_MAX_PLACES], core[FOCUS_MAX_PLACES];
    /* The ends of lines count too, countries included: a call to "the
     * United States" would otherwise pull the frame across the ocean. */
    for (size_t i = 0; i < np; i++)
        out[i] = 0;
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        const dm_event_t *ev = dm_story_event(s, j);
        if (!drawn_as_line(s, ev))
            continue;
        for (size_t k = 0; k < ev->place_count; k++) {
            int pi = place_index(s, ev->places[k]);
            if (pi >= 0)
                out[pi] = 1;   /* borrowed: "is a line's end" until the groups are made */
        }
    }
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        group[i] = (int)i;
        use[i] = (focus_counts(map, i, only_context) || out[i]) &&
                 dmi_project_point(&f->proj, p->lon, p->lat, &x[i], &y[i]) == 0;
        out[i] = core[i] = 0;
    }
    /* 1. Groups: single link under FOCUS_GROUP_KM (few places: pairs). */
    for (size_t i = 0; i < np; i++)
        for (size_t j = i + 1; use[i] && j < np; j++) {
            if (!use[j])
                continue;
            const dm_place_t *a = dm_story_place(s, i), *b = dm_story_place(s, j);
            if (dmi_geodesic_km(a->lat, a->lon, b->lat, b->lon) >= FOCUS_GROUP_KM)
                continue;
            int ga = uf_find(group, (int)i), gb = uf_find(group, (int)j);
            if (ga != gb)
                group[ga > gb ? ga : gb] = ga < gb ? ga : gb;
        }
    for (size_t i = 0; i < np; i++)
        group[i] = uf_find(group, (int)i);
    /* The principal event's places (with view.focus, the places of every
     * event it names), and everything in their groups, stay. */
    const dmi_story_view_t *view = dmi_story_view(s);
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        const dm_event_t *ev = dm_story_event(s, j);
        int in_focus = (int)j == map->principal;
        for (size_t k = 0; k < view->focus_count && !in_focus; k++)
            in_focus = strcmp(ev->id, view->focus[k]) == 0;
        for (size_t k = 0; in_focus && k < ev->place_count; k++) {
            int pi = place_index(s, ev->places[k]);
            if (pi >= 0 && use[pi])
                core[group[pi]] = 1;
        }
    }
    double fw = map->width, fh = map->height - map->title_height;
    double aspect = fw / fmax(fh, 1);
    /* Events held at each group (numbered at its places), and each
     * group's distance from the core's centre. */
    int events[FOCUS_MAX_PLACES];
    double dist[FOCUS_MAX_PLACES], ang[FOCUS_MAX_PLACES], ccx = 0, ccy = 0;
    int ncore = 0;
    for (size_t i = 0; i < np; i++) {
        events[i] = 0;
        if (use[i] && core[group[i]]) {
            ccx += x[i];
            ccy += y[i];
            ncore++;
        }
    }
    ccx /= ncore ? ncore : 1;
    ccy /= ncore ? ncore : 1;
    /* Events held at a place count; a line's far end becomes a pointer. */
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        const dm_event_t *ev = dm_story_event(s, j);
        int pi = ev->place_count ? place_index(s, ev->places[0]) : -1;
        if (map->event_number[j] && pi >= 0 && use[pi])
            events[group[pi]]++;
    }
    for (size_t i = 0; i < np; i++)
        dist[i] = INFINITY;
    /* dist[g], for a group's representative g: its nearest place to the core. */
    for (size_t i = 0; i < np; i++)
        if (use[i] && hypot(x[i] - ccx, y[i] - ccy) < dist[group[i]]) {
            dist[group[i]] = hypot(x[i] - ccx, y[i] - ccy);
            ang[group[i]] = atan2(y[i] - ccy, x[i] - ccx);   /* its direction from the core */
        }
    /* 3. Leave out what grows the frame too much: a group, or the groups
     * at least as far from the core as one of them when together they tell
     * at most one event (two outliers on one side, Anchorage and
     * Washington, hide each other otherwise); each event left out must buy
     * a frame FOCUS_GROWTH times smaller (a group with three events, 4^3 =
     * 64 times). The candidate beyond its threshold by the largest factor
     * goes, and the rest is measured again. */
    /* view.focus pins the frame: every group outside the core goes. */
    for (size_t g = 0; g < np && view->focus_count; g++)
        if (group[g] == (int)g && use[g] && !core[g])
            out[g] = 1;
    for (;;) {
        bbox_t all = {.empty = 1};
        for (size_t i = 0; i < np; i++)
            if (use[i] && !out[group[i]])
                bbox_add(&all, x[i], y[i]);
        double area_all = fitted_area(&all, aspect), best_excess = 1;
        int best = -1;
        double best_cut = 0;
        /* Candidates: each group alone (cut < 0); only when none goes, for
         * each group the set of groups at least as far as it (cut = its
         * distance), so that a set never rides on a single outlier. */
        for (int pass = 0; pass < 2 && best < 0; pass++)
            for (size_t g = 0; g < np; g++) {
                if (group[g] != (int)g || !use[g] || out[g] || core[g])
                    continue;
                double gd = dist[g];
                bbox_t rest = {.empty = 1};
                int left_out[FOCUS_MAX_PLACES] = {0}, nev = 0;
                for (size_t i = 0; i < np; i++) {
                    if (!use[i] || out[group[i]])
                        continue;
                    int gone = pass == 0 ? group[i] == (int)g : same_side(dist, ang, core, group[i], (int)g);
                    if (gone) {
                        if (!left_out[group[i]]) {
                            left_out[group[i]] = 1;
                            nev += events[group[i]];
                        }
                    } else {
                        bbox_add(&rest, x[i], y[i]);
                    }
                }
                if (pass == 1 && nev > 1)
                    continue;   /* a far side with several events is part of the story */
                double a = fitted_area(&rest, aspect);
                double threshold = pow(FOCUS_GROWTH, nev > 1 ? nev : 1);
                if (a > 0 && area_all / a / threshold > best_excess) {
                    best_excess = area_all / a / threshold;
                    best = (int)g;
                    best_cut = pass == 0 ? -1 : gd;
                }
            }
        if (best < 0)
            break;
        for (size_t g = 0; g < np; g++)
            if (group[g] == (int)g && use[g] && !out[g] && !core[g] &&
                (best_cut < 0 ? (int)g == best : same_side(dist, ang, core, (int)g, best)))
                out[g] = 1;
    }
    for (size_t i = 0; i < np; i++)
        if (use[i] && out[group[i]]) {
            map->far[i] = 1;
            nfar++;
        }
    /* A country or region is context: it is far when its anchor lies far
     * from every place kept (farther than the kept frame is wide). */
    return nfar;
}

/* The legend sits in a bottom corner of the main frame: when the lowest
 * marker would lie under it, the frame reaches further south so that the
 * marker clears the legend's estimated height (its rows: one per event,
 * and one for plain places). */
static void leave_room_for_legend(dm_map_t *map, dmi_frame_t *f, bbox_t *extent)
{
    const dm_story_t *s = map->story;
    double fs = map->font_size, lowest = -INFINITY;
    int rows = 1;
    if (dmi_legend_below(map))
        return;   /* the legend is under the frame, not over it */
    for (size_t i = 0; i < dm_story_event_count(s); i++)
        rows += map->event_same[i] < 0;
    rows = rows > 24 ? 24 : rows;
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        double e, n, x, y;
        if (map->far[i] || !map->has_marker[i] || dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            continue;
        dmi_frame_to_canvas(f, e, n, &x, &y);
        lowest = fmax(lowest, y);
    }
    double need = rows * fs * 1.35 + fs * 3.8, gap = f->rect[3] - lowest;   /* and the marker, a margin */
    /* A legend taller than half the frame cannot be cleared this way. */
    if (!isfinite(lowest) || gap >= need || need > (f->rect[3] - f->rect[1]) / 2)
        return;
    extent->y0 -= (need - gap) / f->a;
    fit_transform(f, *extent);
}

/* With the editor's --extent (or view.extent), what the frame leaves out
 * is far: it becomes a pointer or goes to the overview, never silently
 * dropped. The frame shows more than the extent where the canvas's aspect
 * asks for it, so what counts is the frame, once fitted. */
static void mark_outside(dm_map_t *map)
{
    const dmi_frame_t *f = &map->frames[0];
    for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
        const dm_place_t *p = dm_story_place(map->story, i);
        double e, n, x, y;
        if (p->kind == DM_PLACE_LINE || p->kind == DM_PLACE_AREA)
            continue;   /* drawn as far as the frame shows them */
        if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &n) == 0) {
            dmi_frame_to_canvas(f, e, n, &x, &y);
            if (x >= f->rect[0] && x <= f->rect[2] && y >= f->rect[1] && y <= f->rect[3])
                continue;
        }
        map->far[i] = 1;
    }
}

/* The overview: a small map of every place the story draws, in a corner
 * of the main frame, with the main frame outlined on it, for the places
 * focus leaves out (they are drawn there, with their numbers and names). */
static dm_status_t plan_overview(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s);
    dmi_frame_t *mf = &map->frames[0];
    dm_status_t st = DM_OK;
    int needed = 0;
    for (size_t i = 0; i < np; i++)
        needed |= map->far[i] && map->has_marker[i];
    if (!needed || map->frame_count >= DM_MAX_FRAMES)
        return DM_OK;
    double *lat = dmi_calloc(np + 64, sizeof *lat), *lon = dmi_calloc(np + 64, sizeof *lon);
    char *def = NULL;
    if (!lat || !lon) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    /* Every place that counts, and the main frame's outline. */
    size_t n = 0;
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (is_context_kind(p->kind) && !map->has_marker[i])
            continue;
        lat[n] = p->lat;
        lon[n++] = p->lon;
    }
    dmi_ring_t outline = {0};
    for (int side = 0; side < 4; side++)
        for (int k = 0; k < 10; k++) {
            double t = k / 10.0, w = mf->rect[2] - mf->rect[0], h = mf->rect[3] - mf->rect[1];
            double px = side == 0 ? mf->rect[0] + t * w : side == 1 ? mf->rect[2] : side == 2 ? mf->rect[2] - t * w : mf->rect[0];
            double py = side == 0 ? mf->rect[1] : side == 1 ? mf->rect[1] + t * h : side == 2 ? mf->rect[3] : mf->rect[3] - t * h;
            double e, no, plon, plat;
            canvas_to_projected(mf, px, py, &e, &no);
            if (dmi_unproject_point(&mf->proj, e, no, &plon, &plat))
                continue;
            if (dmi_ring_push(&outline, plon, plat)) {
                dmi_ring_free(&outline);
                st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
                goto out;
            }
            if (k % 5 == 0) {
                lat[n] = plat;
                lon[n++] = plon;
            }
        }
    int fi = map->frame_count;
    dmi_frame_t *f = &map->frames[fi];
    if (!(def = dmi_projection_auto(lat, lon, n)) || (st = dmi_projection_create(map->ctx, def, &f->proj))) {
        dmi_ring_free(&outline);
        st = st ? st : dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    map->frame_count++;
    snprintf(f->id, sizeof f->id, "overview");
    f->role = DMI_FRAME_OVERVIEW;
    bbox_t b = {.empty = 1};
    for (size_t i = 0; i < n; i++) {
        double e, no;
        if (!dmi_project_point(&f->proj, lon[i], lat[i], &e, &no))
            bbox_add(&b, e, no);
    }
    double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
    double bw = fmax(b.x1 - b.x0, 2e5) * 1.25, bh = fmax(b.y1 - b.y0, 2e5) * 1.3;
    double ar = fmin(fmax(bw / bh, 0.8), 2.0);
    /* A corner (or the middle of the top or bottom edge) that hides no
     * place of the main frame and no inset, the legend keeping the
     * bottom-left; when every spot hides one, a smaller overview, down to
     * half the size; failing that, the spot hiding the fewest. */
    double m = map->font_size, best_cost = INFINITY;
    for (int size = 0; size < 3 && best_cost >= 100; size++) {
        double k = size == 0 ? 1 : size == 1 ? 0.75 : 0.55;
        double mw = (mf->rect[2] - mf->rect[0]) * 0.26 * k, mh = (mf->rect[3] - mf->rect[1]) * 0.34 * k;
        double w = ar > mw / mh ? mw : mh * ar, h = ar > mw / mh ? mw / ar : mh;
        double midx = (mf->rect[0] + mf->rect[2] - w) / 2;
        const double spots[6][2] = {{mf->rect[2] - m - w, mf->rect[1] + m},
                                    {mf->rect[0] + m, mf->rect[1] + m},
                                    {mf->rect[2] - m - w, mf->rect[3] - m * 5.5 - h},   /* above credits, scale bar */
                                    {midx, mf->rect[1] + m},
                                    {midx, mf->rect[3] - m * 3 - h},
                                    {mf->rect[0] + m, mf->rect[3] - m - h}};
        for (int c = 0; c < 6; c++) {
            double r[4] = {spots[c][0], spots[c][1], spots[c][0] + w, spots[c][1] + h};
            double cost = c * 0.5 + (c == 5 ? 1e3 : 0) + size * 0.1;
            for (size_t i = 0; i < np; i++) {
                const dm_place_t *p = dm_story_place(s, i);
                double e, no, x, y;
                if (map->far[i] || !map->has_marker[i] || dmi_project_point(&mf->proj, p->lon, p->lat, &e, &no))
                    continue;
                dmi_frame_to_canvas(mf, e, no, &x, &y);
                if (x > r[0] - m * 3 && x < r[2] + m * 3 && y > r[1] - m && y < r[3] + m)
                    cost += 100;
            }
            for (int q = 1; q < fi; q++) {
                const double *o = map->frames[q].rect;
                if (r[0] < o[2] + m && r[2] > o[0] - m && r[1] < o[3] + m && r[3] > o[1] - m)
                    cost += 1e6;
            }
            if (cost < best_cost) {
                best_cost = cost;
                memcpy(f->rect, r, sizeof r);
            }
        }
    }
    bbox_t ext = {cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2, 0};
    fit_transform(f, ext);
    for (size_t i = 0; i < np; i++)
        if (map->far[i])
            map->place_frame[i] = fi;
    /* The main frame's outline, in the overview's canvas units. */
    for (size_t k = 0; k < outline.count; k++) {
        double e, no, x, y;
        if (dmi_project_point(&f->proj, outline.pts[k].x, outline.pts[k].y, &e, &no))
            continue;
        dmi_frame_to_canvas(f, e, no, &x, &y);
        if (dmi_ring_push(&f->outline, x, y)) {
            st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            break;
        }
    }
    dmi_ring_free(&outline);
out:
    free(lat);
    free(lon);
    free(def);
    return st;
}

/* Where a canvas polyline, walked from its first point, first leaves the
 * rect: the index of the last point inside and the crossing point. 0 when
 * it never leaves (or starts outside). */
static int leaves_rect(const dmi_ring_t *r, const double rect[4], size_t *last, dmi_xy_t *at)
{
    for (size_t k = 0; k + 1 < r->count; k++) {
        dmi_xy_t a = r->pts[k], b = r->pts[k + 1];
        if (a.x < rect[0] || a.x > rect[2] || a.y < rect[1] || a.y > rect[3])
            return 0;
        if (b.x >= rect[0] && b.x <= rect[2] && b.y >= rect[1] && b.y <= rect[3])
            continue;
        /* The largest t in [0, 1] keeping a + t (b - a) inside. */
        double t = 1;
        if (b.x < rect[0])
            t = fmin(t, (rect[0] - a.x) / (b.x - a.x));
        if (b.x > rect[2])
            t = fmin(t, (rect[2] - a.x) / (b.x - a.x));
        if (b.y < rect[1])
            t = fmin(t, (rect[1] - a.y) / (b.y - a.y));
        if (b.y > rect[3])
            t = fmin(t, (rect[3] - a.y) / (b.y - a.y));
        *last = k;
        *at = (dmi_xy_t){a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
        return 1;
    }
    return 0;
}

static dm_status_t add_pointer(dm_map_t *map, size_t place, size_t event, int frame, dmi_xy_t tip, double angle,
                               const char *verb)
{
    const dm_place_t *p = dm_story_place(map->story, place);
    size_t n = (verb ? strlen(verb) + 1 : 0) + strlen(p->name) + 1;
    char *text = malloc(n);
    if (!text || dmi_grow((void **)&map->pointers, &map->pointer_cap, map->pointer_count + 1, sizeof *map->pointers)) {
        free(text);
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    }
    snprintf(text, n, "%s%s%s", verb ? verb : "", verb ? " " : "", p->name);
    map->pointers[map->pointer_count++] = (dmi_pointer_t){.place = place, .event = event, .frame = frame,
                                                          .x = tip.x, .y = tip.y, .angle = angle, .text = text};
    return DM_OK;
}

/* A line of the main frame whose far end lies outside is cut where it
 * leaves the frame and ends in an edge pointer naming that end; a far
 * place no line or overview shows gets a pointer from the frame's centre
 * towards it. */
static dm_status_t add_pointers(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    dmi_frame_t *mf = &map->frames[0];
    dm_status_t st;
    int *pointed = dmi_calloc(dm_story_place_count(s) + 1, sizeof *pointed);
    if (!pointed)
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    for (size_t li = 0; li < map->line_count; li++) {
        dmi_line_t *ln = &map->lines[li];
        const dm_event_t *ev = dm_story_event(s, ln->event);
        if (ln->frame != 0 || ev->place_count < 2)
            continue;
        int ia = place_index(s, ev->places[0]), ib = place_index(s, ev->places[1]);
        if (ia < 0 || ib < 0 || map->far[ia] == map->far[ib])
            continue;
        /* Walk from the end inside the frame. */
        int from_far = map->far[ia];
        dmi_ring_t *r = &ln->points;
        if (from_far)
            for (size_t k = 0; k < r->count / 2; k++) {
                dmi_xy_t t = r->pts[k];
                r->pts[k] = r->pts[r->count - 1 - k];
                r->pts[r->count - 1 - k] = t;
            }
        size_t last;
        dmi_xy_t at;
        if (!leaves_rect(r, mf->rect, &last, &at)) {
            if (from_far)
                for (size_t k = 0; k < r->count / 2; k++) {
                    dmi_xy_t t = r->pts[k];
                    r->pts[k] = r->pts[r->count - 1 - k];
                    r->pts[r->count - 1 - k] = t;
                }
            continue;
        }
        dmi_xy_t prev = r->pts[last];
        r->pts[last + 1] = at;
        r->count = last + 2;
        double angle = atan2(at.y - prev.y, at.x - prev.x);
        if (from_far) {   /* back to its own direction: from the edge in */
            for (size_t k = 0; k < r->count / 2; k++) {
                dmi_xy_t t = r->pts[k];
                r->pts[k] = r->pts[r->count - 1 - k];
                r->pts[r->count - 1 - k] = t;
            }
        } else {
            ln->arrow = 0;
            ln->cross = 0;
        }
        int far_place = from_far ? ia : ib;
        if (pointed[far_place])
            continue;
        pointed[far_place] = 1;
        if ((st = add_pointer(map, (size_t)far_place, ln->event, 0, at, angle, from_far ? "from" : "to"))) {
            free(pointed);
            return st;
        }
    }
    /* Far places that happen somewhere no frame shows. */
    double cx = (mf->rect[0] + mf->rect[2]) / 2, cy = (mf->rect[1] + mf->rect[3]) / 2;
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        size_t ei = map->event_order[j];
        const dm_event_t *ev = dm_story_event(s, ei);
        if (map->event_same[ei] >= 0)
            continue;
        for (size_t k = 0; k < ev->place_count; k++) {
            int pi = place_index(s, ev->places[k]);
            if (pi < 0 || !map->far[pi] || map->place_frame[pi] || pointed[pi])
                continue;
            const dm_place_t *p = dm_story_place(s, (size_t)pi);
            double e, n, x, y;
            if (dmi_project_point(&mf->proj, p->lon, p->lat, &e, &n))
                continue;
            dmi_frame_to_canvas(mf, e, n, &x, &y);
            double dx = x - cx, dy = y - cy, t = INFINITY;
            if (dx > 0)
                t = fmin(t, (mf->rect[2] - cx) / dx);
            if (dx < 0)
                t = fmin(t, (mf->rect[0] - cx) / dx);
            if (dy > 0)
                t = fmin(t, (mf->rect[3] - cy) / dy);
            if (dy < 0)
                t = fmin(t, (mf->rect[1] - cy) / dy);
            if (!isfinite(t) || t >= 1)
                continue;   /* inside after all */
            pointed[pi] = 1;
            if ((st = add_pointer(map, (size_t)pi, ei, 0, (dmi_xy_t){cx + dx * t, cy + dy * t}, atan2(dy, dx),
                                  NULL))) {
                free(pointed);
                return st;
            }
        }
    }
    free(pointed);
    return DM_OK;
}

/* A place the main frame's projection cannot show (beyond an orthographic
 * horizon, outside a conic's domain) and drawn in no frame is dropped from
 * the map: a warning names them, so an exit status of 0 does not hide it. */
static void warn_unprojectable(const dm_map_t *map)
{
    const dmi_frame_t *f = &map->frames[0];
    size_t dropped = 0;
    char names[256] = "";
    for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
        const dm_place_t *p = dm_story_place(map->story, i);
        double e, n;
        if (!map->has_marker[i] || !dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            continue;
        int drawn = 0;
        for (size_t k = 0; k < map->marker_count && !drawn; k++)
            drawn = map->markers[k].place == i;
        if (drawn)
            continue;
        size_t len = strlen(names);
        if (dropped < 5)
            snprintf(names + len, sizeof names - len, "%s%s", dropped ? ", " : "", p->name);
        else if (dropped == 5)
            snprintf(names + len, sizeof names - len, ", ...");
        dropped++;
    }
    if (dropped)
        dmi_log(map->ctx, DM_LOG_WARNING, "%zu place%s dropped, outside projection '%s': %s", dropped,
                dropped == 1 ? "" : "s", f->proj.definition, names);
}

dm_status_t dm_map_create(dm_context_t *ctx, const dm_story_t *story, const dm_map_options_t *opts,
                          dm_map_t **out)
{
    *out = NULL;
    void *warm = NULL;
    dm_map_options_t defaults;
    dm_map_options_init(&defaults);
    opts = dmi_options_adopt(opts, &defaults, sizeof defaults);
    dm_status_t st = check_options(ctx, opts);
    if (st)
        return st;
    size_t np = dm_story_place_count(story);
    /* A map of nothing helps nobody: say so rather than draw an empty world. */
    if (np == 0)
        return dmi_error(ctx, DM_ERR_STORY, "%s: no places to map (the story or article names none)",
                         dmi_story_file(story) ? dmi_story_file(story) : "story");
    for (size_t i = 0; i < np; i++)
        if (!dm_story_place(story, i)->has_coords)
            return dmi_error(ctx, DM_ERR_STORY, "places[%zu] '%s' has no coordinates (geocode the story first)",
                             i, dm_story_place(story, i)->id);
    dm_map_t *map = calloc(1, sizeof *map);
    /* Room for every place, or for the 3x3 grid an extent is sampled on,
     * whichever is more: a story of few places with an extent needs 9. */
    size_t nsample = np > 9 ? np : 9;
    double *lat = dmi_calloc(nsample, sizeof *lat), *lon = dmi_calloc(nsample, sizeof *lon);
    char *auto_proj = NULL;
    if (!map || !lat || !lon) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    map->ctx = ctx;
    map->story = story;
    map->principal = -1;
    map->width = opts->width;
    map->height = opts->height;
    map->scale = opts->scale;
    map->theme = dmi_theme_find(opts->theme);
    if (dmi_theme_is_file(opts->theme)) {
        if ((st = dmi_theme_load(ctx, opts->theme, &map->theme_file)) != DM_OK)
            goto out;
        map->theme = map->theme_file;
    }
    if (opts->detail && strcmp(opts->detail, "auto") != 0)
        map->detail = strcmp(opts->detail, "110m") == 0 ? "110m" : strcmp(opts->detail, "50m") == 0 ? "50m" : "10m";
    map->lang = !opts->lang || strcmp(opts->lang, "en") == 0 ? 0 : strcmp(opts->lang, "ko") == 0 ? 1 : 2;
    map->font_size = fmin(fmax(fmin(opts->width, opts->height) * 0.016, 9), 48);
    const dmi_story_view_t *view = dmi_story_view(story);
    const char *projection = opts->projection;
    if (!projection || strcmp(projection, "auto") == 0)
        projection = view->projection;
    int auto_projection = !projection || strcmp(projection, "auto") == 0;
    if (auto_projection) {
        size_t n = 0, ctxn = 0;
        for (size_t i = 0; i < np; i++)
            if (!is_context_kind(dm_story_place(story, i)->kind))
                ctxn++;
        for (size_t i = 0; i < np; i++) {
            const dm_place_t *p = dm_story_place(story, i);
            if (ctxn && is_context_kind(p->kind))
                continue;
            lat[n] = p->lat;
            lon[n++] = p->lon;
        }
        if (opts->has_extent || view->has_extent) {
            const double *x = opts->has_extent ? opts->extent : view->extent;
            double e = x[2] <= x[0] ? x[2] + 360 : x[2];
            n = 0;
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++) {
                    lat[n] = x[1] + (x[3] - x[1]) * j / 2;
                    lon[n++] = x[0] + (e - x[0]) * i / 2;
                }
        }
        if (!(projection = auto_proj = dmi_projection_auto(lat, lon, n))) {
            st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    if (!(map->place_frame = dmi_calloc(np, sizeof *map->place_frame)) ||
        !(map->far = dmi_calloc(np, sizeof *map->far)) ||
        !(map->named_with = dmi_calloc(np, sizeof *map->named_with)) ||
        !(map->shapes = dmi_calloc(np, sizeof *map->shapes)) ||
        !(map->has_marker = dmi_calloc(np, sizeof *map->has_marker)) ||
        !(map->shape_is_area = dmi_calloc(np, sizeof *map->shape_is_area))) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < np; i++)
        map->named_with[i] = -1;
    if ((st = dmi_basemap_open(ctx, &map->basemap)))
        goto out;
    mark_points(map);
    if (order_events(map)) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    number_events(map);
    /* Lines and areas: their GeoJSON, or for a line named without one, the
     * shipped geometry of that name. */
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(story, i);
        if (p->kind != DM_PLACE_LINE && p->kind != DM_PLACE_AREA)
            continue;
        if (p->geometry) {
            if (dmi_shape_from_geojson(p->geometry, &map->shapes[i], &map->shape_is_area[i])) {
                st = dmi_error(ctx, DM_ERR_STORY, "places[%zu].geometry: not a valid GeoJSON geometry", i);
                goto out;
            }
        } else if (p->kind == DM_PLACE_LINE) {
            dmi_basemap_line_shape(map, p->name, &map->shapes[i]);
        }
    }
    dmi_frame_t *f = &map->frames[0];
    map->frame_count = 1;
    snprintf(f->id, sizeof f->id, "main");
    f->role = DMI_FRAME_MAIN;
    map->title_height = dmi_title_height(map);
    f->rect[0] = 0;
    f->rect[1] = map->title_height;
    f->rect[2] = map->width;
    /* A narrow canvas keeps its size: the frame leaves a band at the
     * bottom for the legend and the credits, when the map keeps a third of
     * the canvas's height and is at most 2.5 times as wide as high (a
     * wider frame of an azimuthal projection reaches past the world's edge,
     * where the basemap's land turns inside out). */
    map->legend_below = dmi_narrow(map);
    double band = dmi_furniture_band_height(map), left = map->height - map->title_height - band;
    if (band <= 0 || left < map->height / 3 || map->width > left * 2.5)
        map->legend_below = 0, band = 0;
    f->rect[3] = map->height - band;
    /* The map's size, and so its font sizes, are set: warm the fonts up
     * on a thread while PROJ loads and the basemap is read. */
    if (!ctx->font_map)
        warm = dmi_text_warm_start(map);
    if ((st = dmi_projection_create(ctx, projection, &f->proj)))
        goto out;
    const double *user_extent = opts->has_extent ? opts->extent : view->has_extent ? view->extent : NULL;
    /* Focus: the places the main frame leaves out. The automatic
     * projection is chosen again for the places kept. */
    if (choose_focus(map, f, user_extent) && auto_projection && !user_extent) {
        size_t n = 0, ctxn = 0;
        for (size_t i = 0; i < np; i++)
            if (!map->far[i] && !is_context_kind(dm_story_place(story, i)->kind))
                ctxn++;
        for (size_t i = 0; i < np; i++) {
            const dm_place_t *p = dm_story_place(story, i);
            if (map->far[i] || (ctxn && is_context_kind(p->kind)))
                continue;
            lat[n] = p->lat;
            lon[n++] = p->lon;
        }
        if ((st = reproject(ctx, f, dmi_projection_auto(lat, lon, n), &auto_proj)))
            goto out;
        projection = auto_proj;
    }
    bbox_t extent = {.empty = 1};
    for (int attempt = 0;; attempt++) {
        extent = (bbox_t){.empty = 1};
        if ((st = frame_extent(map, f, user_extent, &extent)))
            goto out;
        fit_transform(f, extent);
        if (!user_extent)
            leave_room_for_legend(map, f, &extent);
        if (!user_extent)
            keep_inside_world(f);
        else
            mark_outside(map);
        /* An automatic azimuthal map whose frame, stretched to a wide
         * canvas, reaches past the hemisphere it was chosen for would show
         * the world's rim, where land around the antipode turns inside out:
         * the equal-area world projection on the same meridian instead. */
        if (attempt > 0 || !auto_projection || user_extent || strncmp(projection, "+proj=laea", 10) != 0 ||
            !reaches_past_hemisphere(f))
            break;
        char world[128];
        snprintf(world, sizeof world, "+proj=eqearth +lon_0=%g +datum=WGS84 +units=m +no_defs", f->proj.lon_0);
        if ((st = reproject(ctx, f, dmi_strdup(world), &auto_proj)))
            goto out;
        projection = auto_proj;
    }
    const char *inset = opts->inset && strcmp(opts->inset, "auto") != 0 ? opts->inset : view->inset;
    if ((!inset || strcmp(inset, "none") != 0) && ((st = plan_insets(map)) || (st = plan_overview(map))))
        goto out;
    for (int i = 0; i < map->frame_count; i++)
        if ((st = build_frame(map, i)))
            goto out;
    if ((st = add_pointers(map)))
        goto out;
    if (!shows_story(map)) {
        if (user_extent)
            st = dmi_error(ctx, DM_ERR_RENDER, "no place of the story lies inside the extent %g,%g,%g,%g",
                           user_extent[0], user_extent[1], user_extent[2], user_extent[3]);
        else
            st = dmi_error(ctx, DM_ERR_RENDER, "no place of the story can be shown in projection '%s'",
                           f->proj.definition);
        goto out;
    }
    warn_unprojectable(map);
    dmi_text_warm_join(warm);
    warm = NULL;
    if ((st = dmi_labels_place(map)))
        goto out;
    *out = map;
    map = NULL;
out:
    dmi_text_warm_join(warm);   /* before the map (and its fonts) go */
    dm_map_destroy(map);
    free(lat);
    free(lon);
    free(auto_proj);
    return st;
}
