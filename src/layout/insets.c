/* Layout, insets and the overview map.
 *
 * Takes: the main frame fitted to its extent, and the places on it. Gives:
 * inset frames where places crowd closer than a label's width (each with its
 * locator box on the main map), and the overview: a small map of every place
 * with the main frame outlined, for places the focus left out. Never: moves
 * the main frame or places labels. */
#include "layout-private.h"

#include <glib-object.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Union-find with path halving. */
int dmi_uf_find(int *parent, int i)
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
                    int a = dmi_uf_find(cluster, (int)i), b = dmi_uf_find(cluster, (int)j);
                    if (a != b)
                        cluster[a > b ? a : b] = a < b ? a : b;
                }
            }
    }
    for (size_t i = 0; i < np; i++)
        cluster[i] = dmi_uf_find(cluster, (int)i);
    free(head);
    free(next);
    return 0;
}

/* ---- connector lines ---------------------------------------------------
 * An inset is tied to its locator box on the main map by two thin lines:
 * the same corner of both boxes joined, where that line enters neither
 * box (the sides of the two boxes' convex hull), so the lines frame the
 * enlargement without crossing it or each other. */

/* Does segment s (x1, y1, x2, y2) pass through the inside of box b, shrunk
 * by eps (running along an edge or touching a corner does not)?
 * Liang-Barsky clipping. */
int dmi_segment_enters_box(const double s[4], const double b[4], double eps)
{
    double x0 = b[0] + eps, y0 = b[1] + eps, x1 = b[2] - eps, y1 = b[3] - eps;
    if (x0 >= x1 || y0 >= y1)
        return 0;
    double dx = s[2] - s[0], dy = s[3] - s[1], t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy}, q[4] = {s[0] - x0, x1 - s[0], s[1] - y0, y1 - s[1]};
    for (int k = 0; k < 4; k++) {
        if (p[k] == 0) {
            if (q[k] < 0)
                return 0;
            continue;
        }
        double t = q[k] / p[k];
        if (p[k] < 0)
            t0 = fmax(t0, t);
        else
            t1 = fmin(t1, t);
        if (t0 > t1)
            return 0;
    }
    return 1;
}

static double cross3(double ax, double ay, double bx, double by, double cx, double cy)
{
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/* Do segments s and t cross (touching ends do not count)? */
int dmi_segments_cross(const double s[4], const double t[4])
{
    double d1 = cross3(t[0], t[1], t[2], t[3], s[0], s[1]), d2 = cross3(t[0], t[1], t[2], t[3], s[2], s[3]);
    double d3 = cross3(s[0], s[1], s[2], s[3], t[0], t[1]), d4 = cross3(s[0], s[1], s[2], s[3], t[2], t[3]);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

static double point_segment_distance(double x, double y, const double s[4])
{
    double dx = s[2] - s[0], dy = s[3] - s[1], len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? fmin(fmax(((x - s[0]) * dx + (y - s[1]) * dy) / len2, 0), 1) : 0;
    return hypot(x - s[0] - t * dx, y - s[1] - t * dy);
}

/* The connectors from locator box loc to inset rect r (both x0, y0, x1,
 * y1): corners TL, TR, BR, BL of one joined to the same corner of the
 * other where the line enters neither box; of those, the shortest two
 * that do not cross. None when the boxes touch or overlap (the inset
 * would sit on its own places: insets.c's scoring avoids it). Returns
 * how many (0 to 2), in out. */
static int connectors_between(const double loc[4], const double r[4], double out[2][4])
{
    if (!(loc[0] < loc[2]) || !(loc[1] < loc[3]) ||
        (loc[0] < r[2] && r[0] < loc[2] && loc[1] < r[3] && r[1] < loc[3]))
        return 0;
    double seg[4][4];
    int ok[4];
    for (int c = 0; c < 4; c++) {
        int right = c == 1 || c == 2, bottom = c >= 2;
        double *sg = seg[c];
        sg[0] = right ? loc[2] : loc[0];
        sg[1] = bottom ? loc[3] : loc[1];
        sg[2] = right ? r[2] : r[0];
        sg[3] = bottom ? r[3] : r[1];
        ok[c] = hypot(sg[2] - sg[0], sg[3] - sg[1]) > 1 && !dmi_segment_enters_box(sg, loc, 0.01) &&
                !dmi_segment_enters_box(sg, r, 0.01);
    }
    int n = 0, best[2] = {-1, -1};
    double best_len = INFINITY;
    for (int a = 0; a < 4; a++)
        for (int b = a; b < 4; b++) {
            if (!ok[a] || !ok[b] || (a != b && dmi_segments_cross(seg[a], seg[b])))
                continue;
            /* a pair always beats a single line (a == b) */
            double l = hypot(seg[a][2] - seg[a][0], seg[a][3] - seg[a][1]) +
                       (a == b ? 1e9 : hypot(seg[b][2] - seg[b][0], seg[b][3] - seg[b][1]));
            if (l < best_len) {
                best_len = l;
                best[0] = a;
                best[1] = a == b ? -1 : b;
            }
        }
    for (int k = 0; k < 2; k++)
        if (best[k] >= 0)
            memcpy(out[n++], seg[best[k]], sizeof out[0]);
    return n;
}

static int cmp_tagged(const void *a, const void *b)
{
    const double *p = a, *q = b;
    return p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1];
}

/* The bridges of the convex hull of a drawn locator outline and the
 * inset's rect: the hull's edges from a vertex of the one to a corner of
 * the other, each as (outline vertex, rect corner). Returns how many
 * (two when the shapes lie apart). Monotone chain over tagged points
 * (x, y, 0 outline or 1 rect). */
static int hull_bridges(const dmi_ring_t *ring, const double r[4], double out[2][4])
{
    enum { MAX_POINTS = 64 };
    double pts[MAX_POINTS][3], hull[2 * MAX_POINTS][3];
    size_t n = 0;
    for (size_t k = 0; k < ring->count && n < MAX_POINTS - 4; k++)
        if (isfinite(ring->pts[k].x) && isfinite(ring->pts[k].y)) {
            pts[n][0] = ring->pts[k].x, pts[n][1] = ring->pts[k].y, pts[n][2] = 0;
            n++;
        }
    const double corners[4][2] = {{r[0], r[1]}, {r[2], r[1]}, {r[2], r[3]}, {r[0], r[3]}};
    for (int c = 0; c < 4; c++, n++)
        pts[n][0] = corners[c][0], pts[n][1] = corners[c][1], pts[n][2] = 1;
    qsort(pts, n, sizeof pts[0], cmp_tagged);
    size_t h = 0;
    for (int pass = 0; pass < 2; pass++) {
        size_t floor_h = h;
        for (size_t k = 0; k < n; k++) {
            const double *p = pts[pass ? n - 1 - k : k];
            while (h >= floor_h + 2 &&
                   cross3(hull[h - 2][0], hull[h - 2][1], hull[h - 1][0], hull[h - 1][1], p[0], p[1]) <= 0)
                h--;
            memcpy(hull[h++], p, sizeof hull[0]);
        }
        h--;   /* the last point starts the other chain */
    }
    int nb = 0;
    for (size_t k = 0; k < h; k++) {
        const double *a = hull[k], *b = hull[(k + 1) % h];
        if (a[2] == b[2])
            continue;
        if (nb == 2)
            return 3;   /* not two shapes apart */
        const double *o = a[2] == 0 ? a : b, *q = a[2] == 0 ? b : a;
        out[nb][0] = o[0], out[nb][1] = o[1], out[nb][2] = q[0], out[nb][3] = q[1];
        nb++;
    }
    return nb;
}

/* The inset's rect outlined on the main map (its locator box), from the
 * inset's transform: the rect's edges sampled, unprojected and projected
 * again. */
static int outline_on_main(const dm_map_t *map, const dmi_frame_t *f, dmi_ring_t *out)
{
    const dmi_frame_t *mf = &map->frames[0];
    double w = f->rect[2] - f->rect[0], h = f->rect[3] - f->rect[1];
    for (int side = 0; side < 4; side++)
        for (int k = 0; k < 10; k++) {
            double t = k / 10.0;
            double px = side == 0 ? f->rect[0] + t * w : side == 1 ? f->rect[2] : side == 2 ? f->rect[2] - t * w : f->rect[0];
            double py = side == 0 ? f->rect[1] : side == 1 ? f->rect[1] + t * h : side == 2 ? f->rect[3] : f->rect[3] - t * h;
            double e, no, plon, plat, me, mn, mx, my;
            dmi_canvas_to_projected(f, px, py, &e, &no);
            if (dmi_unproject_point(&f->proj, e, no, &plon, &plat) ||
                dmi_project_point(&mf->proj, plon, plat, &me, &mn))
                continue;
            dmi_frame_to_canvas(mf, me, mn, &mx, &my);
            if (dmi_ring_push(out, mx, my))
                return -1;
        }
    return 0;
}

/* The story's lines on the main map as straight segments (x1, y1, x2, y2):
 * event lines between their places' markers, and the story's own lines
 * and areas (a border), for the connectors to keep off. Segments longer
 * than half the canvas (a line across the antimeridian) are left out. */
static double *story_segments(const dm_map_t *map, const double *x, const double *y, const int *point, size_t *count)
{
    const dm_story_t *s = map->story;
    const dmi_frame_t *mf = &map->frames[0];
    size_t n = 0, cap = 0;
    double *seg = NULL;
#define PUSH_SEGMENT(a, b, c, d)                                                                      \
    do {                                                                                           \
        if (hypot((c) - (a), (d) - (b)) < map->width / 2) {                                        \
            if (dmi_grow((void **)&seg, &cap, (n + 1) * 4, sizeof *seg))                           \
                goto fail;                                                                         \
            seg[4 * n] = (a), seg[4 * n + 1] = (b), seg[4 * n + 2] = (c), seg[4 * n + 3] = (d);    \
            n++;                                                                                   \
        }                                                                                          \
    } while (0)
    for (size_t e = 0; e < dm_story_event_count(s); e++) {
        const dm_event_t *ev = dm_story_event(s, e);
        if (!drawn_as_line(s, ev))
            continue;
        for (size_t k = 0; k + 1 < ev->place_count; k++) {
            int a = place_index(s, ev->places[k]), b = place_index(s, ev->places[k + 1]);
            if (a >= 0 && b >= 0 && point[a] && point[b])
                PUSH_SEGMENT(x[a], y[a], x[b], y[b]);
        }
    }
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (p->kind != DM_PLACE_LINE && p->kind != DM_PLACE_AREA)
            continue;
        const dmi_shape_t *shape = &map->shapes[i];
        for (size_t r = 0; r < shape->count; r++) {
            double px = NAN, py = NAN;
            for (size_t k = 0; k < shape->rings[r].count; k++) {
                double e, no, cx, cy;
                if (dmi_project_point(&mf->proj, shape->rings[r].pts[k].x, shape->rings[r].pts[k].y, &e, &no)) {
                    px = NAN;
                    continue;
                }
                dmi_frame_to_canvas(mf, e, no, &cx, &cy);
                if (isfinite(px))
                    PUSH_SEGMENT(px, py, cx, cy);
                px = cx;
                py = cy;
            }
        }
    }
#undef PUSH_SEGMENT
    *count = n;
    return seg ? seg : dmi_calloc(1, sizeof *seg);
fail:
    free(seg);
    return NULL;
}

/* Is (px, py) inside the quadrilateral the two connectors c span? */
static int inside_funnel(const double c[2][4], double px, double py)
{
    const double q[4][2] = {{c[0][0], c[0][1]}, {c[0][2], c[0][3]}, {c[1][2], c[1][3]}, {c[1][0], c[1][1]}};
    int pos = 0, neg = 0;
    for (int k = 0; k < 4; k++) {
        const double *a = q[k], *b = q[(k + 1) % 4];
        double z = cross3(a[0], a[1], b[0], b[1], px, py);
        pos += z > 0;
        neg += z < 0;
    }
    return !(pos && neg);
}

/* What the connectors from locator box loc to a candidate rect r cost:
 * a marker they pass over (other than the inset's own places, inside the
 * locator) or a line of the story they cross, much more another inset or
 * its locator box, a little the legend's corner (lo: its likely box). */
static double connector_cost(const dm_map_t *map, const double loc[4], const double r[4], const double *x,
                             const double *y, const int *point, const int *cluster, int own, const double *segs,
                             size_t nsegs, int fi, const double lo[4])
{
    double con[2][4], cost = 0, m = map->font_size;
    int nc = connectors_between(loc, r, con);
    for (int k = 0; k < nc; k++) {
        for (size_t i = 0; i < dm_story_place_count(map->story); i++)
            if (point[i] && cluster[i] != own && point_segment_distance(x[i], y[i], con[k]) < m * 0.9)
                cost += 60;
        for (size_t i = 0; i < nsegs; i++)
            if (dmi_segments_cross(con[k], &segs[4 * i]))
                cost += 30;
        for (int q = 1; q < fi; q++) {
            double oloc[4] = DMI_BBOX_EMPTY;
            dmi_ring_bbox_add(&map->frames[q].locator, oloc);
            if (dmi_segment_enters_box(con[k], map->frames[q].rect, -m) || dmi_segment_enters_box(con[k], oloc, -m * 0.5))
                cost += 1e3;
        }
        if (dmi_segment_enters_box(con[k], lo, 0))
            cost += 20;
    }
    /* A marker between the two connectors (in the funnel from the locator
     * box to the inset) reads as part of the inset, and its name can only
     * leave the funnel across a connector. */
    for (size_t i = 0; nc == 2 && i < dm_story_place_count(map->story); i++)
        if (point[i] && cluster[i] != own && inside_funnel(con, x[i], y[i]))
            cost += 60;
    return cost;
}

/* Places that crowd together on the main map (closer than a label's
 * height or so) get an inset frame at a larger scale: at most two, the
 * largest clusters first, each in the corner that hides the least. */
dm_status_t dmi_plan_insets(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    dmi_frame_t *mf = &map->frames[0];
    size_t np = dm_story_place_count(s);
    dm_status_t st = DM_OK;
    double *x = dmi_calloc(np, sizeof *x), *y = dmi_calloc(np, sizeof *y);
    int *cluster = dmi_calloc(np, sizeof *cluster), *point = dmi_calloc(np, sizeof *point);
    double *lat = dmi_calloc(np * 4 + 4, sizeof *lat), *lon = dmi_calloc(np * 4 + 4, sizeof *lon);
    char *def = NULL;
    int *size = NULL, *told = NULL;
    double *box = NULL, *segs = NULL;
    size_t nsegs = 0;
    dmi_ring_t trial = {0};
    if (!x || !y || !cluster || !point || !lat || !lon) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    double near = map->font_size * DMI_CROWDED_LABELS;
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        double e, n;
        cluster[i] = (int)i;
        point[i] = map->has_marker[i] && !map->far[i] &&
                   dmi_project_point(&mf->proj, p->lon, p->lat, &e, &n) == 0;
        if (point[i])
            dmi_frame_to_canvas(mf, e, n, &x[i], &y[i]);
    }
    /* A country's marker (an event told of the whole country) next to a
     * place inside it is no spot an inset could show closer: its point is
     * a reference, the event is told on the country's name. Only places
     * cluster ("read on Iraqi television" beside Baghdad is no inset). */
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (!point[i] || p->kind != DM_PLACE_COUNTRY || !p->country)
            continue;
        for (size_t k = 0; k < np && point[i]; k++)
            if (k != i && point[k] && dm_story_place(s, k)->country &&
                strcmp(dm_story_place(s, k)->country, p->country) == 0)
                point[i] = 0;
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
    segs = story_segments(map, x, y, point, &nsegs);
    if (!size || !box || !segs) {
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
    /* A cluster no event names (places merely named: a capital and its
     * airport at the far end of a story told elsewhere) is context: an
     * inset would draw the eye to where nothing happened, and its locator
     * box stands alone in the frame. Its names crowd or drop instead. */
    told = dmi_calloc(np, sizeof *told);
    if (!told) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t j = 0; j < dm_story_event_count(s); j++)
        for (size_t k = 0; k < dm_story_event(s, j)->place_count; k++) {
            int pi = place_index(s, dm_story_event(s, j)->places[k]);
            if (pi >= 0 && point[pi])
                told[cluster[pi]] = 1;
        }
    int used[2] = {-1, -1};
    for (int round = 0; round < 2 && map->frame_count < DM_MAX_FRAMES; round++) {
        /* The largest cluster not yet given an inset. */
        int best = -1, best_size = 1;
        for (size_t c = 0; c < np; c++) {
            if ((int)c == used[0] || (int)c == used[1] || !told[c])
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
        snprintf(f->id, sizeof f->id, fi == 1 ? "inset" : "inset2");
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
        double w = 0, h = 0, m = map->font_size, best_cost = INFINITY;
        double diag = hypot(mf->rect[2] - mf->rect[0], mf->rect[3] - mf->rect[1]);
        double legend_corner[4] = {mf->rect[0], mf->rect[3] - m * 10, mf->rect[0] + m * 18, mf->rect[3]};
        bbox_t ext = {cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2, 0};
        const int G = 6;
        /* Candidate positions on a grid over the main frame, corners and
         * edges preferred; every place it would hide costs, its own
         * cluster most (its locator box must stay visible), and the
         * bottom-left corner holds the legend. Where every position hides
         * a place, a smaller inset (to 0.64 of the size, and never under
         * 16 labels' heights wide) may hide none. */
        for (int shrink = 0; shrink < 3 && best_cost >= 100; shrink++) {
        double k = pow(0.8, shrink);
        if (shrink && fmin(mw, mh * ar) * k < m * 16)
            break;
        w = (ar > mw / mh ? mw : mh * ar) * k;
        h = (ar > mw / mh ? mw / ar : mh) * k;
        double fx0 = mf->rect[0] + m, fy0 = mf->rect[1] + m, fx1 = mf->rect[2] - m - w, fy1 = mf->rect[3] - m * 4 - h;
        double before = best_cost;
        /* The locator box of an inset this size, wherever it goes: the
         * inset's extent fills its rect, centred. */
        dmi_frame_t sized = *f;
        double loc[4] = DMI_BBOX_EMPTY;
        sized.rect[0] = sized.rect[1] = 0;
        sized.rect[2] = w;
        sized.rect[3] = h;
        dmi_fit_transform(&sized, ext);
        trial.count = 0;
        if (outline_on_main(map, &sized, &trial)) {
            st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        dmi_ring_bbox_add(&trial, loc);
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
                /* Next to its locator box, tied to it by connectors that
                 * keep off markers, lines and the other insets. */
                cost += hypot((r[0] + r[2] - loc[0] - loc[2]) / 2, (r[1] + r[3] - loc[1] - loc[3]) / 2) / diag * 30;
                if (cost < best_cost)
                    cost += connector_cost(map, loc, r, x, y, point, cluster, best, segs, nsegs, fi, legend_corner);
                if (cost < best_cost && (shrink == 0 || cost < before)) {
                    best_cost = cost;
                    memcpy(f->rect, r, sizeof r);
                }
            }
        }
        }
        w = f->rect[2] - f->rect[0];
        h = f->rect[3] - f->rect[1];
        dmi_fit_transform(f, ext);
        /* The locator: the inset's rect outlined on the main map. An inset
         * that enlarges its spot less than 1.5 times (a small canvas, a
         * cluster spread wide) separates nothing: none. */
        if (outline_on_main(map, f, &f->locator)) {
            st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        double loc[4] = DMI_BBOX_EMPTY;
        dmi_ring_bbox_add(&f->locator, loc);
        if (f->locator.count >= 3 && fmin(w / fmax(loc[2] - loc[0], 1e-9), h / fmax(loc[3] - loc[1], 1e-9)) < 1.5) {
            dmi_ring_free(&f->locator);
            dmi_projection_destroy(&f->proj);
            memset(f, 0, sizeof *f);
            map->frame_count--;
            continue;
        }
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
        /* The connectors from the locator box to the inset. */
        f->connector_count = f->locator.count >= 3 ? connectors_between(loc, f->rect, f->connectors) : 0;
        /* A locator box drawn skewed (a projection's shear) is not its
         * bbox: the connectors are the bridges of the convex hull of its
         * drawn outline and the inset's rect, where there are two. */
        double bridges[2][4];
        if (f->connector_count && hull_bridges(&f->locator, f->rect, bridges) == 2)
            memcpy(f->connectors, bridges, sizeof bridges), f->connector_count = 2;
    }
out:
    dmi_ring_free(&trial);
    free(segs);
    free(size);
    free(told);
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

/* Does the story's title name the place (a whole word, any case)? */
static int title_names(const dm_story_t *s, const char *name)
{
    const char *title = dm_story_title(s);
    size_t n = name ? strlen(name) : 0;
    size_t len = title ? strlen(title) : 0;
    for (size_t k = 0; n && k + n <= len; k++)
        if (g_ascii_strncasecmp(title + k, name, n) == 0 && (k == 0 || !g_ascii_isalnum(title[k - 1])) &&
            !g_ascii_isalnum(title[k + n]))
            return 1;
    return 0;
}

/* A country's land covering this share of a frame shows where it is. */
#define LAND_SHOWN 0.15

/* Is (lon, lat) inside the ring of n lon/lat float pairs (even-odd)? */
static int in_ring(const float *pts, size_t n, double lon, double lat)
{
    int in = 0;
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        double xi = pts[2 * i], yi = pts[2 * i + 1], xj = pts[2 * j], yj = pts[2 * j + 1];
        if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
            in = !in;
    }
    return in;
}

/* The share of frame f, sampled on a 10 x 10 grid, that is the country's
 * mainland (the basemap's coarsest outline). */
static double land_share(const dm_map_t *map, const dmi_frame_t *f, const char *iso)
{
    const float *pts = NULL;
    size_t n = dmi_basemap_mainland(map->basemap, iso, &pts), on = 0;
    if (n < 3)
        return 0;
    for (int gy = 0; gy < 10; gy++)
        for (int gx = 0; gx < 10; gx++) {
            double e, no, lon, lat;
            dmi_canvas_to_projected(f, f->rect[0] + (f->rect[2] - f->rect[0]) * (gx + 0.5) / 10,
                                    f->rect[1] + (f->rect[3] - f->rect[1]) * (gy + 0.5) / 10, &e, &no);
            if (!dmi_unproject_point(&f->proj, e, no, &lon, &lat) && in_ring(pts, n, lon, lat))
                on++;
        }
    return on / 100.0;
}

/* A country taking part in the map's principal event, named in the
 * title, whose point the main frame leaves out (a title telling that
 * Paris creditors eased two African countries' debts, the signing in
 * Paris): the story is about the parties, and a reader must see where
 * they are, on the overview. A party the title does not name (a
 * visitor's home country) is not drawn for. */
static int party_off_frame(const dm_map_t *map, size_t i)
{
    const dm_place_t *p = dm_story_place(map->story, i);
    if (map->principal < 0 || p->kind != DM_PLACE_COUNTRY || !p->country || !title_names(map->story, p->name))
        return 0;
    const dm_event_t *e = dm_story_event(map->story, (size_t)map->principal);
    int party = 0;
    for (size_t k = 0; k < e->participant_count && !party; k++)
        party = e->participants[k] && strcmp(e->participants[k], p->country) == 0;
    if (!party)
        return 0;
    const dmi_frame_t *mf = &map->frames[0];
    double e_, n_, x, y;
    if (dmi_project_point(&mf->proj, p->lon, p->lat, &e_, &n_))
        return 1;
    dmi_frame_to_canvas(mf, e_, n_, &x, &y);
    /* A country's point lies inside its land: half a frame past the edge,
     * its land can still fill the frame's side (South Korea below a map of
     * the peninsula), so only a point farther out counts. */
    double mx = (mf->rect[2] - mf->rect[0]) / 2, my = (mf->rect[3] - mf->rect[1]) / 2;
    if (!(x < mf->rect[0] - mx || x > mf->rect[2] + mx || y < mf->rect[1] - my || y > mf->rect[3] + my))
        return 0;
    /* ... and a large country's point may lie far off while its land fills
     * the frame (Russia's point in Siberia, a map of Kiev and Moscow): the
     * main frame shows where that party is, and its name is on its land. */
    return land_share(map, mf, p->country) < LAND_SHOWN;
}

/* The least distance, in canvas units, from a point (lat[i], lon[i]) to
 * the edge of frame f (negative when one lies outside). */
static double overview_clearance(const dmi_frame_t *f, const double *lat, const double *lon, size_t n)
{
    double least = INFINITY;
    for (size_t i = 0; i < n; i++) {
        double e, no, x, y;
        if (dmi_project_point(&f->proj, lon[i], lat[i], &e, &no))
            continue;
        dmi_frame_to_canvas(f, e, no, &x, &y);
        least = fmin(least, fmin(fmin(x - f->rect[0], f->rect[2] - x), fmin(y - f->rect[1], f->rect[3] - y)));
    }
    return least;
}

static void set_transform(dmi_frame_t *f, const dmi_frame_t *from)
{
    f->a = from->a;
    f->c = from->c;
    f->e = from->e;
    f->f = from->f;
}

/* The overview spans at least this many times the main frame's outline
 * across and down (a regional overview; a world locator shows the world). */
#define OVERVIEW_ZOOM 2.5

/* The overview: a small map of every place the story draws, in a corner
 * of the main frame, with the main frame outlined on it, for the places
 * focus leaves out (they are drawn there, with their numbers and names)
 * and for the principal event's parties the main frame leaves out. */
dm_status_t dmi_plan_overview(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s);
    dmi_frame_t *mf = &map->frames[0];
    dm_status_t st = DM_OK;
    int needed = 0;
    for (size_t i = 0; i < np; i++)
        needed |= (map->far[i] && map->has_marker[i]) || party_off_frame(map, i);
    if (!needed || map->frame_count >= DM_MAX_FRAMES)
        return DM_OK;
    double *lat = dmi_calloc(np + 64, sizeof *lat), *lon = dmi_calloc(np + 64, sizeof *lon);
    unsigned char *party = dmi_calloc(np + 1, 1);
    char *def = NULL;
    for (size_t i = 0; party && i < np; i++)
        party[i] = (unsigned char)party_off_frame(map, i);
    if (!lat || !lon || !party) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    /* Every place that counts, and the main frame's outline. */
    size_t n = 0;
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (is_context_place(map, i) && !map->has_marker[i] && !party[i])
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
            dmi_canvas_to_projected(mf, px, py, &e, &no);
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
    int world = 0;
    if (!(def = dmi_projection_locator(lat, lon, n, &world)) || (st = dmi_projection_create(map->ctx, def, &f->proj))) {
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
    /* A world locator shows the whole inhabited world (no Antarctica, no
     * polar sea), so the reader knows the land at a glance. */
    for (int k = 0; world && k <= 14; k++) {
        double plat = -56 + k * 10, e, no;
        for (int side = -1; side <= 1; side++)
            if (!dmi_project_point(&f->proj, f->proj.lon_0 + side * 179.9, fmin(plat, 84), &e, &no))
                bbox_add(&b, e, no);
    }
    double pad = world ? 1.02 : 1.25;
    double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
    double bw = fmax(b.x1 - b.x0, 2e5) * pad, bh = fmax(b.y1 - b.y0, 2e5) * (world ? pad : 1.3);
    /* A far place just past the main frame (Dar es Salaam beside a map of
     * Nairobi) left an overview hardly wider than the main frame, its box
     * covering most of it: the reader sees no more around it. The overview
     * is at least OVERVIEW_ZOOM times the main frame's outline each way. */
    bbox_t ob = {.empty = 1};
    for (size_t k = 0; !world && k < outline.count; k++) {
        double e, no;
        if (!dmi_project_point(&f->proj, outline.pts[k].x, outline.pts[k].y, &e, &no))
            bbox_add(&ob, e, no);
    }
    if (!ob.empty) {
        bw = fmax(bw, (ob.x1 - ob.x0) * OVERVIEW_ZOOM);
        bh = fmax(bh, (ob.y1 - ob.y0) * OVERVIEW_ZOOM);
    }
    double ar = fmin(fmax(bw / bh, 0.8), 2.0);
    /* A corner (or the middle of the top or bottom edge) that hides no
     * place of the main frame and no inset or connector, the legend keeping the
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
                for (int k = 0; k < map->frames[q].connector_count; k++)   /* nor an inset's connector */
                    if (dmi_segment_enters_box(map->frames[q].connectors[k], r, -m))
                        cost += 1e3;
            }
            if (cost < best_cost) {
                best_cost = cost;
                memcpy(f->rect, r, sizeof r);
            }
        }
    }
    bbox_t ext = {cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2, 0};
    dmi_fit_transform(f, ext);
    /* The aspect clamp above makes the extent taller than the places (a
     * world locator, a Havana-Prague-Tokyo spread): centred on them, it can
     * reach past the north pole, a band of blank paper over the Arctic.
     * Slide it back inside the world's outline, as the main frame does; a
     * world locator, a little taller than the world itself (the clamp, the
     * pad), is then zoomed until the world fills its height, the far ends
     * of the equator cut. Neither step may bring a place the overview shows
     * (or the main frame's outline) nearer its edge than a marker needs. */
    dmi_frame_t was = *f;
    dmi_keep_inside_world(f);
    if (overview_clearance(f, lat, lon, n) < fmin(overview_clearance(&was, lat, lon, n), m))
        set_transform(f, &was);
    double pe, pn, ps, px, top, bottom;
    if (world && !dmi_project_point(&f->proj, f->proj.lon_0, 90, &pe, &pn) &&
        !dmi_project_point(&f->proj, f->proj.lon_0, -90, &pe, &ps)) {
        dmi_frame_to_canvas(f, pe, pn, &px, &top);
        dmi_frame_to_canvas(f, pe, ps, &px, &bottom);
        double k = (f->rect[3] - f->rect[1]) / (bottom - top), x0 = (f->rect[0] + f->rect[2]) / 2;
        dmi_frame_t z = *f;
        z.a *= k;
        z.e *= k;
        z.c = x0 - k * (x0 - f->c);
        z.f = f->rect[1] - z.e * pn;
        if (k > 1 && k < 1.2 &&
            overview_clearance(&z, lat, lon, n) >= fmin(overview_clearance(f, lat, lon, n), m))
            set_transform(f, &z);
    }
    for (size_t i = 0; i < np; i++)
        if (map->far[i])
            map->place_frame[i] = fi;
    /* A party the main frame leaves out is marked and named there: tinted
     * land alone, a few pixels of a small map, tells the reader nothing. */
    for (size_t i = 0; i < np; i++) {
        /* ... unless a far place of that country is there already
         * (Washington for the United States): its marker shows the party. */
        int shown = 0;
        for (size_t k = 0; party[i] && k < np && !shown; k++)
            shown = k != i && map->far[k] && map->has_marker[k] && dm_story_place(s, k)->country &&
                    dm_story_place(s, i)->country &&
                    strcmp(dm_story_place(s, k)->country, dm_story_place(s, i)->country) == 0;
        if (party[i] && !shown) {
            map->place_frame[i] = fi;
            map->has_marker[i] = 1;
        }
    }
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
    free(party);
    free(def);
    return st;
}

/* A world map on a phone's, square or portrait canvas whose story
 * lies in the north leaves the frame's lower half to an empty southern
 * ocean, and its insets sit on the map over the sea. Stacked instead: the
 * main frame ends below its last place and locator box (same projection,
 * scale and width: only sea and land no story names go), the insets stand
 * in a row in the band freed under it, larger, ordered left to right as
 * their locator boxes are and tied to them by connectors, and the legend
 * follows below them (band_legend_rect). Only when the places and boxes
 * need less than STACK_SHARE of the frame's height, and every inset grows.
 * Called after dmi_plan_insets, before the overview and labels. */
/* The insets' locator boxes (canvas units) follow the main frame lifted by
 * `lift` px. */
static void lift_locators(dm_map_t *map, double lift)
{
    for (int k = 1; k < map->frame_count; k++)
        for (size_t i = 0; i < map->frames[k].locator.count; i++)
            map->frames[k].locator.pts[i].y -= lift;
}

#define STACK_SHARE 0.55
#define STACK_MARGIN 3.0   /* font sizes below the lowest point, for its name */
#define STACK_FILL 0.6     /* of the band's width, that the row of insets covers */
#define STACK_MAIN_MIN 0.5 /* of the frame's height, that the cut main frame keeps */
void dmi_stack_insets(dm_map_t *map)
{
    dmi_frame_t *mf = &map->frames[0];
    /* A square or tall canvas whose legend is a panel on the map (900 px
     * wide or more) stacks too: the panel goes over the cut frame's sea,
     * where it hides the fewest places (furniture.c), and the band below
     * holds the insets alone. */
    if (!(map->legend_below || map->height >= map->width) || map->frame_count < 2 || !dmi_is_world_projection(mf))
        return;
    /* The band above the north pole (a world too short for a portrait
     * frame, centred on its places: paper, or sea when it is thin) is
     * lifted out first, as on a map with no inset (dmi_hang_world_from_title):
     * the stacked frame is cut below, so the band goes to the insets
     * instead of staying empty on top (cut, a thin sea band would be too
     * tall a share of the frame to read as the Arctic's, and turn paper). */
    double m = map->font_size, low = mf->rect[1], lift = dmi_band_above_world(mf);
    for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
        const dm_place_t *p = dm_story_place(map->story, i);
        double e, n, x, y;
        if (map->far[i] || dmi_project_point(&mf->proj, p->lon, p->lat, &e, &n))
            continue;
        dmi_frame_to_canvas(mf, e, n, &x, &y);
        if (x >= mf->rect[0] && x <= mf->rect[2] && y >= mf->rect[1] && y <= mf->rect[3])
            low = fmax(low, y - lift);
    }
    for (int k = 1; k < map->frame_count; k++) {
        double loc[4] = DMI_BBOX_EMPTY;
        dmi_ring_bbox_add(&map->frames[k].locator, loc);
        if (map->frames[k].locator.count >= 3)
            low = fmax(low, loc[3] - lift);
    }
    double bottom = low + m * STACK_MARGIN, fh = mf->rect[3] - mf->rect[1];
    if (bottom - mf->rect[1] >= STACK_SHARE * fh)
        return;
    /* The main frame keeps half its height: the story's map stays the map
     * and the insets its details (a lone inset of a city pair on a
     * portrait canvas would otherwise take three quarters of it). */
    bottom = fmax(bottom, mf->rect[1] + STACK_MAIN_MIN * fh);
    /* the row: one cell per inset, each inset as large as its cell allows
     * at its aspect ratio */
    int n = map->frame_count - 1, order[DM_MAX_FRAMES];
    double band_top = bottom + m * 0.5, band_h = mf->rect[3] - band_top - m * 0.5;
    double cw = (mf->rect[2] - mf->rect[0] - (n + 1) * m) / n;
    double nw[DM_MAX_FRAMES], nh[DM_MAX_FRAMES];
    for (int k = 1; k <= n; k++) {
        const double *r = map->frames[k].rect;
        double w = r[2] - r[0], h = r[3] - r[1], s = fmin(cw / w, band_h / h);
        if (s <= 1)
            return;   /* an inset would shrink: left on the map */
        nw[k] = w * s;
        nh[k] = h * s;
        order[k - 1] = k;
    }
    /* A row the insets leave mostly empty (one tall inset in a wide band)
     * would be paper again: left on the map. */
    double row = 0;
    for (int k = 1; k <= n; k++)
        row += nw[k];
    if (row < STACK_FILL * (mf->rect[2] - mf->rect[0]))
        return;
    /* Insets that their cells' width limits leave the band's lower part to
     * the main frame, which reaches down to the tallest of them. */
    double tallest = 0;
    for (int k = 1; k <= n; k++)
        tallest = fmax(tallest, nh[k]);
    if (band_h > tallest) {
        bottom += band_h - tallest;
        band_top += band_h - tallest;
    }
    /* left to right as their locator boxes are (few: insertion sort) */
    double cx[DM_MAX_FRAMES];
    for (int k = 1; k <= n; k++) {
        double loc[4] = DMI_BBOX_EMPTY;
        dmi_ring_bbox_add(&map->frames[k].locator, loc);
        cx[k] = map->frames[k].locator.count >= 3 ? (loc[0] + loc[2]) / 2 : (map->frames[k].rect[0] + map->frames[k].rect[2]) / 2;
    }
    for (int a = 1; a < n; a++)
        for (int b = a; b > 0 && cx[order[b - 1]] > cx[order[b]]; b--) {
            int t = order[b];
            order[b] = order[b - 1];
            order[b - 1] = t;
        }
    dmi_frame_t *was = dmi_calloc((size_t)map->frame_count, sizeof *was);
    if (!was)
        return;   /* left on the map */
    memcpy(was, map->frames, (size_t)map->frame_count * sizeof *was);
    mf->f -= lift;
    lift_locators(map, lift);
    mf->rect[3] = bottom;
    for (int c = 0; c < n; c++) {
        dmi_frame_t *f = &map->frames[order[c]];
        /* what the inset shows, fitted to its new rect (same aspect) */
        bbox_t ext = {.empty = 0};
        dmi_canvas_to_projected(f, f->rect[0], f->rect[3], &ext.x0, &ext.y0);
        dmi_canvas_to_projected(f, f->rect[2], f->rect[1], &ext.x1, &ext.y1);
        double x0 = mf->rect[0] + m + c * (cw + m) + (cw - nw[order[c]]) / 2;
        f->rect[0] = x0;
        f->rect[1] = band_top;
        f->rect[2] = x0 + nw[order[c]];
        f->rect[3] = band_top + nh[order[c]];
        dmi_fit_transform(f, ext);
        double loc[4] = DMI_BBOX_EMPTY;
        dmi_ring_bbox_add(&f->locator, loc);
        f->connector_count = f->locator.count >= 3 ? connectors_between(loc, f->rect, f->connectors) : 0;
        double bridges[2][4];
        if (f->connector_count && hull_bridges(&f->locator, f->rect, bridges) == 2)
            memcpy(f->connectors, bridges, sizeof bridges), f->connector_count = 2;
    }
    /* A connector that would cross another inset (two locator boxes on one
     * side of the map, their insets side by side): left on the map. */
    for (int k = 1; k <= n; k++)
        for (int c = 0; c < map->frames[k].connector_count; c++)
            for (int o = 1; o <= n; o++)
                if (o != k && dmi_segment_enters_box(map->frames[k].connectors[c], map->frames[o].rect, 0.01)) {
                    memcpy(map->frames, was, (size_t)map->frame_count * sizeof *was);
                    lift_locators(map, -lift);   /* their points are shared with `was` */
                    free(was);
                    return;
                }
    free(was);
}
