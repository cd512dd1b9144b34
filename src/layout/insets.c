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
        double w = 0, h = 0, m = map->font_size, best_cost = INFINITY;
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
                if (cost < best_cost && (shrink == 0 || cost < before)) {
                    best_cost = cost;
                    memcpy(f->rect, r, sizeof r);
                }
            }
        }
        }
        w = f->rect[2] - f->rect[0];
        h = f->rect[3] - f->rect[1];
        bbox_t ext = {cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2, 0};
        dmi_fit_transform(f, ext);
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
                dmi_canvas_to_projected(f, px, py, &e, &no);
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

/* The overview: a small map of every place the story draws, in a corner
 * of the main frame, with the main frame outlined on it, for the places
 * focus leaves out (they are drawn there, with their numbers and names). */
dm_status_t dmi_plan_overview(dm_map_t *map)
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
    dmi_fit_transform(f, ext);
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
