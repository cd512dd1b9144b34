/* Layout, the events layer: order, numbers, markers and event lines.
 *
 * Takes: the story and a built frame. Gives: events in the order things
 * happened (a date of month or year precision sorts by its first day;
 * undated last, in text order; one day's events by the trip's stops, then
 * in text order), one number per event drawn at a place, one
 * marker per spot holding all its numbers (venues fold into their city), the
 * features of line and area places, and great-circle event lines that bow
 * around markers in their way. Never: decides the frame or places labels. */
#include "layout-private.h"

#include <glib-object.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

dm_status_t dmi_add_feature(dm_map_t *map, size_t index, int frame)
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
    if (feat.shape.count)
        f->uses_osm |= map->shape_osm[index];
    map->features[map->feature_count++] = feat;
    return DM_OK;
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
dm_status_t dmi_add_event_line(dm_map_t *map, size_t ei, size_t ia, size_t ib, int frame)
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

/* An event's place in the story's order: its day (key), then the trip's
 * stop it happens at (stop: the story index of the visit it belongs to, or
 * its own index when none), the visit before what happens there (in_stop 0
 * for the visit, 1 for the rest), then the text's order (index). */
typedef struct {
    long key;
    size_t stop;
    int in_stop;
    size_t index;
} dated_t;

/* The day an event sorts by: a date of month or year precision sorts by
 * its first day (2025-06 as 2025-06-01, 2025 as 2025-01-01), so "Jun
 * 2025" comes before "27 Jun 2025"; an undated event sorts after every
 * dated one. *last gets the span's last day (the day itself for a day). */
static long date_key(const char *date, long *last)
{
    int y = 0, m = 0, d = 0;
    int n = date ? sscanf(date, "%d-%d-%d", &y, &m, &d) : 0;
    if (n < 1) {
        *last = LONG_MAX;
        return LONG_MAX;
    }
    *last = (long)y * 10000 + (n >= 2 ? m : 12) * 100 + (n >= 3 ? d : 31);
    return (long)y * 10000 + (n >= 2 ? m : 1) * 100 + (n >= 3 ? d : 1);
}

/* Sort keys. A planned event dated by a month or a year that also holds
 * days on which things already happened is still to come: it sorts after
 * them ("talks in London today, and in Paris later this month": London
 * first), not at its first day. A held event dated so keeps its first
 * day (news tells background after the lead: "earlier in June they had
 * met in Paris"). The look around is bounded to keep hostile stories
 * linear. */
static int date_keys(const dm_story_t *s, dated_t *d, size_t ne)
{
    long *last = dmi_calloc(ne ? ne : 1, sizeof *last);
    if (!last)
        return -1;
    for (size_t i = 0; i < ne; i++)
        d[i] = (dated_t){.key = date_key(dm_story_event(s, i)->date, &last[i]), .index = i};
    for (size_t i = 0; i < ne; i++) {
        if (dm_story_event(s, i)->status != DM_EVENT_PLANNED || d[i].key == LONG_MAX || last[i] == d[i].key)
            continue;
        long key = d[i].key;
        for (size_t j = i > 64 ? i - 64 : 0; j < ne && j < i + 64; j++)
            if (dm_story_event(s, j)->status != DM_EVENT_PLANNED && d[j].key >= d[i].key && d[j].key <= last[i] &&
                last[j] == d[j].key && d[j].key > key)
                key = d[j].key;
        d[i].key = key;
    }
    free(last);
    return 0;
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

/* Does place q lie at the stop p of a trip: the same spot, or inside the
 * visited country? */
static int at_stop(const dm_place_t *p, const dm_place_t *q)
{
    if (!p || !q)
        return 0;
    if (p->kind == DM_PLACE_COUNTRY && p->country && q->country && q->kind != DM_PLACE_LINE && q->kind != DM_PLACE_AREA)
        return strcmp(p->country, q->country) == 0;
    return same_spot(p, q);
}

/* Events of one day follow the trip, not their types: a meeting held at a
 * stop of a visit that day is told right after that visit ("visits Guyana
 * and Colombia; meets the president in each" reads visit Guyana, meeting
 * in Guyana, visit Colombia, meeting in Colombia), the visits themselves
 * keeping the text's order. The first visit of the same day whose place
 * holds the event's place is its stop; the look around is bounded. */
static void trip_stops(const dm_story_t *s, dated_t *d, size_t ne)
{
    for (size_t i = 0; i < ne; i++) {
        const dm_event_t *ev = dm_story_event(s, i);
        d[i].stop = i;
        d[i].in_stop = 0;
        if (ev->type == DM_EVENT_VISIT || ev->place_count == 0 || d[i].key == LONG_MAX)
            continue;
        const dm_place_t *q = dm_story_find_place(s, ev->places[0]);
        for (size_t j = i > 64 ? i - 64 : 0; j < ne && j < i + 64; j++) {
            const dm_event_t *v = dm_story_event(s, j);
            if (v->type != DM_EVENT_VISIT || v->place_count == 0 || d[j].key != d[i].key ||
                !at_stop(dm_story_find_place(s, v->places[v->place_count - 1]), q))
                continue;
            d[i].stop = j;
            d[i].in_stop = 1;
            break;
        }
    }
}

static int cmp_dated(const void *a, const void *b)
{
    const dated_t *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->stop != y->stop)
        return x->stop < y->stop ? -1 : 1;
    if (x->in_stop != y->in_stop)
        return x->in_stop - y->in_stop;
    return (x->index > y->index) - (x->index < y->index);
}

/* Events by date, then by the trip's stops (trip_stops), the story's (the
 * text's) order breaking ties: the
 * legend, the marker numbers and the alt text all follow it. An event
 * that repeats an earlier one is marked (event_same) and drawn once. */
int dmi_order_events(dm_map_t *map)
{
    size_t ne = dm_story_event_count(map->story);
    dated_t *d = dmi_calloc(ne, sizeof *d);
    if (!d || !(map->event_order = dmi_calloc(ne, sizeof *map->event_order)) ||
        !(map->event_same = dmi_calloc(ne, sizeof *map->event_same)) ||
        !(map->event_number = dmi_calloc(ne, sizeof *map->event_number))) {
        free(d);
        return -1;
    }
    if (date_keys(map->story, d, ne) != 0) {
        free(d);
        return -1;
    }
    trip_stops(map->story, d, ne);
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
void dmi_number_events(dm_map_t *map)
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

/* Kilometres: a place an event names folds into an event's numbered
 * marker that covers it only this near (insets.c gives no inset to
 * places within 15 km of each other: one spot at any inset's scale). */
#define FOLD_NAMED_KM 15.0

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
void dmi_marker_numbers(const dm_map_t *map, size_t i, dmi_marker_t *mk)
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
 * label names both. So are a country's marker and that of a city of the
 * country it would overlap (a visit to Poland, talks in Warsaw on a map of
 * Eurasia): the country's point is a symbol, the city's a spot, and the
 * label "Warsaw, Poland" names both. One symbol never hides another. */
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
            int country_at_city = pi->kind == DM_PLACE_COUNTRY && pk->kind == DM_PLACE_CITY && pi->country &&
                                  pk->country && strcmp(pi->country, pk->country) == 0;
            int into = (pk->kind == DM_PLACE_CITY && pi->kind == DM_PLACE_SITE) || (pk->kind == pi->kind && k < i) ||
                       country_at_city;
            if (!into || hypot(mk->x - mi->x, mk->y - mi->y) >= mk->half_width + mi->half_width ||
                (!country_at_city && !same_spot(pi, pk)))
                continue;
            map->named_with[mi->place] = (int)mk->place;
            dmi_marker_numbers(map, mk->place, mk);
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
        if (rank >= 3)
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
            /* A place some event names (a line's end) stays apart, unless
             * an event's numbered symbol covers it within one spot of a
             * city (FOLD_NAMED_KM: Manama's dot under the row of numbers
             * of a town 9 km off, where insets.c offers no inset either). */
            if (rank == 2 && (ro < 3 || dmi_geodesic_km(dm_story_place(map->story, m->place)->lat,
                                                        dm_story_place(map->story, m->place)->lon,
                                                        dm_story_place(map->story, o->place)->lat,
                                                        dm_story_place(map->story, o->place)->lon) >= FOLD_NAMED_KM))
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

/* With places grouped by country (dmi_group_by_country): numbered markers
 * of one frame that still touch (neighbouring countries on a world map,
 * where no inset could part them) become one, the one of more events
 * carrying the other's numbers and its label naming both countries. */
static void merge_touching_groups(dm_map_t *map, size_t first)
{
    for (int merged = 1; merged;) {
        merged = 0;
        for (size_t i = first; i < map->marker_count && !merged; i++)
            for (size_t k = i + 1; k < map->marker_count && !merged; k++) {
                dmi_marker_t *a = &map->markers[i], *b = &map->markers[k];
                if (!a->count || !b->count ||
                    hypot(a->x - b->x, a->y - b->y) >= a->half_width + b->half_width + map->font_size * 0.3)
                    continue;
                size_t keep = a->count >= b->count ? i : k, gone = keep == i ? k : i;
                size_t into = map->markers[keep].place, from = map->markers[gone].place;
                for (size_t q = 0; q < dm_story_place_count(map->story); q++)
                    if (map->named_with[q] == (int)from)
                        map->named_with[q] = (int)into;
                map->named_with[from] = (int)into;
                map->grouped[into] = 1;
                dmi_marker_numbers(map, into, &map->markers[keep]);
                map->markers[gone] = map->markers[--map->marker_count];
                merged = 1;
            }
    }
}

/* Markers for every point place; meetings and talks get sequence numbers
 * in date order (the timeline keys to them). */
dm_status_t dmi_add_markers(dm_map_t *map, int frame)
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
        dmi_marker_t mk = {.place = i, .frame = frame, .x = x, .y = y, .event = -1, .label = -1};
        /* Every numbered event at this place (and at venues folded into
         * it in a frame built before), in number order. */
        dmi_marker_numbers(map, i, &mk);
        map->markers[map->marker_count++] = mk;
    }
    if (fold_markers(map, first, named))
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    else if (map->group)
        merge_touching_groups(map, first);
    /* An inset is cut to its places with little room to spare: a pill of
     * many numbers at its edge slides in rather than be cut by the frame. */
    for (size_t i = first; st == DM_OK && f->role != DMI_FRAME_MAIN && i < map->marker_count; i++) {
        dmi_marker_t *m = &map->markers[i];
        double hw = fmax(m->half_width, dmi_marker_radius(map, m->number));
        if (f->rect[2] - f->rect[0] > 2 * hw)
            m->x = fmin(fmax(m->x, f->rect[0] + hw), f->rect[2] - hw);
    }
out:
    free(named);
    return st;
}

/* The second try of a map too dense to name every place (layout.c): the
 * point places of one country in the main frame (and its insets) that lie
 * within GROUP_REACH of the frame's diagonal of the group's first place go
 * on one marker, labelled by the country, that carries all their numbers
 * (a country's far coasts stay apart). Its spot: the country's own place
 * when the story has one with a marker, else the place of most events (the
 * earliest among equals). A group of one place keeps it as it is. Runs
 * before the insets are planned, which then see the groups' markers only. */
#define GROUP_REACH 0.12
dm_status_t dmi_group_by_country(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s);
    int *events = dmi_calloc(np + 1, sizeof *events), *head = dmi_calloc(np + 1, sizeof *head);
    int *first = dmi_calloc(np + 1, sizeof *first);
    double *x = dmi_calloc(np + 1, sizeof *x), *y = dmi_calloc(np + 1, sizeof *y);
    dm_status_t st = DM_OK;
    if (!events || !head || !first || !x || !y || !(map->grouped = dmi_calloc(np + 1, sizeof *map->grouped))) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    const dmi_frame_t *f = &map->frames[0];
    double reach = GROUP_REACH * hypot(f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
    for (size_t i = 0; i < dm_story_event_count(s); i++) {
        const dm_event_t *ev = dm_story_event(s, i);
        int pi = map->event_number[i] && ev->place_count ? place_index(s, ev->places[0]) : -1;
        if (pi >= 0)
            events[pi]++;
        /* The ends of a line (a letter from Washington to New York) stay
         * apart: grouped, the line would vanish. */
        for (size_t k = 0; drawn_as_line(s, ev) && k < ev->place_count; k++) {
            int e = place_index(s, ev->places[k]);
            if (e >= 0)
                first[e] = -1;
        }
    }
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        head[i] = -1;
        double e, n;
        if (!map->has_marker[i] || map->far[i] || first[i] < 0 || !p->country || strlen(p->country) != 2 ||
            dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            continue;
        dmi_frame_to_canvas(f, e, n, &x[i], &y[i]);
        /* The group of the same country whose first place is near, if any. */
        for (size_t k = 0; k < i; k++) {
            const dm_place_t *q = dm_story_place(s, k);
            if (head[k] < 0 || first[k] != (int)k || strcmp(q->country, p->country) != 0 ||
                hypot(x[i] - x[k], y[i] - y[k]) >= reach)
                continue;
            head[i] = head[k];
            first[i] = (int)k;
            break;
        }
        if (head[i] < 0) {
            head[i] = first[i] = (int)i;
            continue;
        }
        size_t h = (size_t)head[i];
        int firmer = (p->kind == DM_PLACE_COUNTRY) - (dm_story_place(s, h)->kind == DM_PLACE_COUNTRY);
        if (firmer > 0 || (firmer == 0 && events[i] > events[h])) {
            /* i leads the group from now on */
            for (size_t k = 0; k < i; k++)
                if (head[k] == (int)h)
                    head[k] = (int)i;
            head[i] = (int)i;
        }
    }
    for (size_t i = 0; i < np; i++) {
        if (head[i] < 0 || head[i] == (int)i)
            continue;
        map->named_with[i] = head[i];
        map->has_marker[i] = 0;
        map->grouped[head[i]] = 1;
    }
out:
    free(events);
    free(head);
    free(first);
    free(x);
    free(y);
    return st;
}
