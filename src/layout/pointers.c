/* Layout, edge pointers: a line of the main frame whose far end lies
 * outside it is cut at the frame's edge and named there ("to Washington"),
 * as is an event place the frame leaves out when no overview shows it.
 *
 * Takes: the built main frame and map->far. Gives: map->pointers. Never:
 * moves a frame. */
#include "layout-private.h"

#include <glib-object.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
dm_status_t dmi_add_pointers(dm_map_t *map)
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
