/* Layout, focus: what the main frame is about.
 *
 * Takes: the story, its event order and the main frame's projection. Gives:
 * map->principal (the event the map is about: the editor's view.focus, the
 * story's "principal", else the first event told) and map->far (places the
 * main frame leaves to the overview or to pointers); room for the legend
 * below the lowest marker; with --extent, what the frame leaves out. Never:
 * builds frames or draws. The rule is documented in docs/formats.md. */
#include "layout-private.h"

#include <glib-object.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
 *      one side go together (see below);
 *   4. a place no event names goes too when it crowds the events into
 *      less than a third of the frame (leave_out_named_only()), or, when
 *      no frame could spread the events, when it lies more than
 *      FOCUS_GROUP_KM from every event's place and named once (leave_out_beyond_events()).
 * Far places go to the overview (a small map of every place with the
 * main frame outlined) and a line that leaves the frame ends in an edge
 * pointer naming its far end ("to Washington"). */
#define FOCUS_GROWTH 4.0
#define FOCUS_FAR_EVENTS 2     /* a far side telling more events than this stays in the frame */
#define FOCUS_MIN_M 1e6        /* frames are measured as at least 1,000 km a side */
#define FOCUS_GROUP_KM 600.0
#define FOCUS_MAX_PLACES 200   /* beyond this (hostile stories) every place is kept */
#define FOCUS_SPREAD (1.0 / 3) /* issue 16: the events span a third of the frame's width or height */
#define FOCUS_CLOSE_UP_M 6e4   /* the closest frame.c frames: 60 km (CLOSEST_M) */

/* Does the event stand somewhere: a place that is not a region beyond
 * any one country ("a visit to Africa" has no spot to frame)? */
static int has_spot(const dm_story_t *s, const dm_event_t *ev)
{
    for (size_t k = 0; k < ev->place_count; k++)
        if (!is_wide_region(dm_story_find_place(s, ev->places[k])))
            return 1;
    return 0;
}

/* The event the map is about: the story's "principal" event, else the
 * first event the story tells (the text's lead; e1 of an extraction)
 * that has a spot (has_spot()). -1 when none has. */
static int pick_principal(const dm_map_t *map)
{
    const dm_story_t *s = map->story;
    size_t ne = dm_story_event_count(s);
    const dmi_story_view_t *view = dmi_story_view(s);
    for (size_t k = 0; k < view->focus_count; k++)   /* the editor's word first */
        for (size_t i = 0; i < ne; i++)
            if (strcmp(dm_story_event(s, i)->id, view->focus[k]) == 0 && has_spot(s, dm_story_event(s, i)))
                return (int)i;
    for (size_t i = 0; i < ne; i++)
        if (dmi_story_event_principal(s, i) && has_spot(s, dm_story_event(s, i)))
            return (int)i;
    for (size_t i = 0; i < ne; i++)
        if (map->event_same[i] < 0 && has_spot(s, dm_story_event(s, i)))
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

/* Does the place count for the frame (a point, a line or a drawn area,
 * or a country, region or sea where something happened)? */
static int focus_counts(const dm_map_t *map, size_t i, int only_context)
{
    return only_context || !is_context_place(map, i) || map->has_marker[i];
}

/* Is group h on g's side of the core, at least as far: beyond g, within
 * 60 degrees of its direction (a third of the compass)? */
static int same_side(const double *dist, const double *ang, const int *core, int h, int g)
{
    double d = fabs(remainder(ang[h] - ang[g], 2 * M_PI));
    return !core[h] && dist[h] >= dist[g] && d <= M_PI / 3;
}

/* The share of the frame the numbered events kept span when the frame
 * fits every place kept (use, not far, not gone), as frame.c frames it at
 * its closest. */
static double kept_spread(const dm_map_t *map, const double *x, const double *y, const int *use, const int *gone,
                          double aspect)
{
    const dm_story_t *s = map->story;
    bbox_t all = {.empty = 1}, ev = {.empty = 1};
    for (size_t i = 0; i < dm_story_place_count(s); i++)
        if (use[i] && !map->far[i] && !gone[i])
            bbox_add(&all, x[i], y[i]);
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        const dm_event_t *e = dm_story_event(s, j);
        int pi = e->place_count ? place_index(s, e->places[0]) : -1;
        if (map->event_number[j] && pi >= 0 && use[pi] && !map->far[pi] && !gone[pi])
            bbox_add(&ev, x[pi], y[pi]);
    }
    if (ev.empty || all.empty)
        return 1;
    return dmi_events_spread(ev.x1 - ev.x0, ev.y1 - ev.y0, all.x1 - all.x0, all.y1 - all.y0, FOCUS_CLOSE_UP_M,
                             aspect);
}

/* 4b. Events too close for any frame to spread them (every event at one
 * city, or at two towns a suburb apart) keep the places merely named near
 * them as context, but not a city or site named once in passing (one
 * mention: a place the text returns to is part of the story, and a place
 * an editor added by hand has none) farther than FOCUS_GROUP_KM from every
 * event's place: a story of talks in one capital that recalls a summit
 * across the continent would otherwise be drawn as a continent with the
 * talks at its edge. Such places go to the overview. Only when every
 * event's place is a city or a site (a country's events stand for its
 * land, whose neighbours are its context). Returns the places left out. */
static size_t leave_out_beyond_events(dm_map_t *map, const int *use)
{
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s), n = 0;
    int named[FOCUS_MAX_PLACES] = {0}, spot[FOCUS_MAX_PLACES] = {0}, nspot = 0;
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        const dm_event_t *e = dm_story_event(s, j);
        for (size_t k = 0; k < e->place_count; k++) {
            int pi = place_index(s, e->places[k]);
            if (pi < 0)
                continue;
            named[pi] = 1;
            if (!use[pi] || map->far[pi])
                continue;
            if (dm_story_place(s, (size_t)pi)->kind != DM_PLACE_CITY &&
                dm_story_place(s, (size_t)pi)->kind != DM_PLACE_SITE)
                return 0;
            spot[pi] = 1;
            nspot++;
        }
    }
    if (!nspot)
        return 0;
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (!use[i] || map->far[i] || named[i] || p->mention_count != 1 ||
            (p->kind != DM_PLACE_CITY && p->kind != DM_PLACE_SITE))
            continue;
        int near = 0;
        for (size_t k = 0; k < np && !near; k++)
            near = spot[k] && dmi_geodesic_km(p->lat, p->lon, dm_story_place(s, k)->lat,
                                               dm_story_place(s, k)->lon) < FOCUS_GROUP_KM;
        if (!near) {
            map->far[i] = 1;
            n++;
        }
    }
    return n;
}

/* 4. A place merely named (no event names it: Moscow in a story of the
 * Russian premier's visit to Bratislava) is context: it may widen the frame
 * only while the events still spread over a third of it. Otherwise the
 * named places that widen it most go to the overview, one by one, but only
 * when that brings the events to a third (events too close for any frame
 * to spread them keep their context). Returns the places left out. */
static size_t leave_out_named_only(dm_map_t *map, const dmi_frame_t *f, const int *use)
{
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s), n = 0;
    int named[FOCUS_MAX_PLACES] = {0}, gone[FOCUS_MAX_PLACES] = {0};
    double aspect = (f->rect[2] - f->rect[0]) / fmax(f->rect[3] - f->rect[1], 1);
    /* Zeroed: the compiler cannot see the caller's np <= FOCUS_MAX_PLACES. */
    double x[FOCUS_MAX_PLACES] = {0}, y[FOCUS_MAX_PLACES] = {0};
    for (size_t j = 0; j < dm_story_event_count(s); j++)
        for (size_t k = 0; k < dm_story_event(s, j)->place_count; k++) {
            int pi = place_index(s, dm_story_event(s, j)->places[k]);
            if (pi >= 0)
                named[pi] = 1;
        }
    /* Measured on a plate carree around the principal event's place, not
     * in the first projection (a world map's squeezes the latitudes that
     * the final frame, chosen for the places kept, shows). */
    const dm_event_t *pe = dm_story_event(s, (size_t)map->principal);
    const dm_place_t *c = dm_story_find_place(s, pe->places[0]);
    if (!c)
        return 0;
    double k = 6371e3 * M_PI / 180, coslat = cos(c->lat * M_PI / 180);
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        x[i] = remainder(p->lon - c->lon, 360) * k * coslat;
        y[i] = p->lat * k;
    }
    double spread = kept_spread(map, x, y, use, gone, aspect);
    while (spread < FOCUS_SPREAD) {
        int best = -1;
        double best_spread = spread;
        for (size_t i = 0; i < np; i++) {
            if (!use[i] || map->far[i] || gone[i] || named[i])
                continue;
            gone[i] = 1;
            double sp = kept_spread(map, x, y, use, gone, aspect);
            gone[i] = 0;
            if (sp > best_spread * 1.0001) {
                best_spread = sp;
                best = (int)i;
            }
        }
        if (best < 0)
            return leave_out_beyond_events(map, use);   /* the events stay crowded whatever goes */
        gone[best] = 1;
        spread = best_spread;
    }
    for (size_t i = 0; i < np; i++)
        if (gone[i]) {
            map->far[i] = 1;
            n++;
        }
    return n;
}

/* Sets map->far (places the main frame leaves out) and map->principal,
 * in the projection of frame f. Returns the number of far places. */
size_t dmi_choose_focus(dm_map_t *map, const dmi_frame_t *f, const double *user_extent)
{
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s), nfar = 0;
    map->principal = pick_principal(map);
    if (user_extent)
        return 0;   /* the editor chose the frame: see dmi_mark_outside() */
    if (np > FOCUS_MAX_PLACES)
        return 0;
    int only_context = map->context_frames;   /* map-private.h */
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
            int ga = dmi_uf_find(group, (int)i), gb = dmi_uf_find(group, (int)j);
            if (ga != gb)
                group[ga > gb ? ga : gb] = ga < gb ? ga : gb;
        }
    for (size_t i = 0; i < np; i++)
        group[i] = dmi_uf_find(group, (int)i);
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
    /* No event stands anywhere (a statement, a visit to "Africa"): the
     * group the text names most (mentions, each place at least one; the
     * first named on a tie) is the core, and so is every group holding a
     * country, region or sea (the story's stage, its land the frame's
     * context); a far group of towns and sites goes by the rule below as
     * it would beside an event, not the whole globe kept for it. */
    if (map->principal < 0) {
        int weight[FOCUS_MAX_PLACES] = {0}, best = -1;
        for (size_t i = 0; i < np; i++) {
            const dm_place_t *p = dm_story_place(s, i);
            if (!use[i])
                continue;
            weight[group[i]] += p->mention_count ? (int)p->mention_count : 1;
            if (p->kind != DM_PLACE_CITY && p->kind != DM_PLACE_SITE)
                core[group[i]] = 1;
        }
        for (size_t g = 0; g < np; g++)
            if (group[g] == (int)g && use[g] && (best < 0 || weight[g] > weight[best]))
                best = (int)g;
        if (best < 0)
            return 0;
        core[best] = 1;
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
     * at most FOCUS_FAR_EVENTS events (two outliers on one side, Anchorage
     * and Washington, hide each other otherwise; a background of two
     * earlier events across an ocean is not what the map is about, three
     * summits are part of the story); each event left out must buy
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
                if (pass == 1 && nev > FOCUS_FAR_EVENTS)
                    continue;   /* a far side with more events is part of the story */
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
    return nfar + (map->principal >= 0 ? leave_out_named_only(map, f, use) : 0);
}

/* The legend sits in a bottom corner of the main frame: how far the lowest
 * marker comes inside the legend's estimated height (its rows: one per
 * event, and one for plain places) above the frame's bottom edge (<= 0:
 * clear; 0 when the legend is below the frame or no legend would fit). */
double dmi_legend_room_short(const dm_map_t *map, const dmi_frame_t *f)
{
    const dm_story_t *s = map->story;
    double fs = map->font_size, lowest = -INFINITY;
    int rows = 1;
    if (dmi_legend_below(map))
        return 0;   /* the legend is under the frame, not over it */
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
        return 0;
    return need - gap;
}

/* When the lowest marker would lie under the legend, the frame reaches
 * further south so that the marker clears it. */
void dmi_leave_room_for_legend(dm_map_t *map, dmi_frame_t *f, bbox_t *extent)
{
    double short_by = dmi_legend_room_short(map, f);
    if (short_by <= 0)
        return;
    extent->y0 -= short_by / f->a;
    dmi_fit_transform(f, *extent);
}

/* Room the principal event's marker keeps between its drawn row of numbers
 * and name and the frame's edge, in label sizes (font_size). */
#define PRINCIPAL_CLEARANCE 2.0
/* No name is wider than this many label sizes a character (Hangul, Han:
 * about 1): a frame with that much room needs no measuring. */
#define NAME_EM_BOUND 1.1

/* How far the row and name of the principal's marker at canvas (x, y)
 * come inside PRINCIPAL_CLEARANCE of each edge of frame f (left, right,
 * top, bottom; <= 0: clear), the row hw x hh from its centre and the name
 * `beside` wide from it, east when it fits inside the frame there at all
 * (labels.c tries east first), else west. */
static void principal_misses(const dm_map_t *map, const dmi_frame_t *f, double x, double y, double hw, double hh,
                             double beside, double miss[4])
{
    double clear = map->font_size * PRINCIPAL_CLEARANCE, inner = map->font_size * 0.3;   /* labels.c's margin */
    double left = x - f->rect[0], right = f->rect[2] - x, top = y - f->rect[1], bottom = f->rect[3] - y;
    int east = right >= beside + inner || left < beside + inner;
    miss[0] = (east ? hw : beside) + clear - left;
    miss[1] = (east ? beside : hw) + clear - right;
    miss[2] = hh + clear - top;
    miss[3] = hh + clear - bottom;
}

/* The frame's margin (frame.c) is a share of what it fits, measured for a
 * point: the principal event's marker is a row of up to six numbers with
 * its name beside it, and at the edge of a narrow canvas they reached it
 * (a row of six 16 px from the side, a name 6 px from it). Where the row,
 * or the name on the side labels.c puts it, comes closer to an edge than
 * PRINCIPAL_CLEARANCE label sizes, the extent grows on that side by what
 * is missing and the frame is fitted again: it shifts where the other side
 * has room and grows only where it has not. The name is measured only
 * when a bound on its width says it may be near an edge, after the fonts'
 * warm-up (*warm, joined then and set to NULL). Returns whether the frame
 * moved. */
int dmi_keep_principal_clear(dm_map_t *map, dmi_frame_t *f, bbox_t *extent, void **warm)
{
    const dm_story_t *s = map->story;
    if (map->principal < 0 || !map->event_number[map->principal])
        return 0;   /* no principal, or drawn as a line: no row of numbers */
    const dm_event_t *ev = dm_story_event(s, (size_t)map->principal);
    int pi = ev->place_count ? place_index(s, ev->places[0]) : -1;
    /* A country's marker is a badge placed with its name on its land
     * (labels.c), not at its point. */
    if (pi < 0 || map->far[pi] || !map->has_marker[pi] || dm_story_place(s, (size_t)pi)->kind == DM_PLACE_COUNTRY)
        return 0;
    const dm_place_t *p = dm_story_place(s, (size_t)pi);
    dmi_marker_t mk = {.place = (size_t)pi, .label = -1};
    dmi_marker_numbers(map, (size_t)pi, &mk);
    char *name = dmi_place_label_text(map, p);
    if (!name)
        return 0;
    double size = dmi_text_size(map, DMI_TEXT_LABEL);
    double hw = mk.half_width, hh = fmax(dmi_marker_radius(map, mk.number), size / 2);
    double gap = map->font_size * 0.3, miss[4], e, n, x, y;
    int moved = 0;
    if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
        goto out;
    dmi_frame_to_canvas(f, e, n, &x, &y);
    /* Clear with the widest name east of the row (where it then goes)? */
    double clear = map->font_size * PRINCIPAL_CLEARANCE;
    double bound = hw + gap + g_utf8_strlen(name, -1) * NAME_EM_BOUND * size;
    if (x - f->rect[0] >= hw + clear && f->rect[2] - x >= bound + clear && y - f->rect[1] >= hh + clear &&
        f->rect[3] - y >= hh + clear)
        goto out;
    dmi_text_warm_join(*warm);
    *warm = NULL;
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    dmi_text_setup_context(pc);
    PangoLayout *layout = dmi_text_layout(pc, map, name, DMI_TEXT_LABEL);
    PangoRectangle ink;
    pango_layout_get_extents(layout, &ink, NULL);
    g_object_unref(layout);
    g_object_unref(pc);
    double beside = hw + gap + ink.width / (double)PANGO_SCALE;
    /* A few fits: each one closes at least half of what is missing. */
    for (int k = 0; k < 8; k++) {
        if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            break;
        dmi_frame_to_canvas(f, e, n, &x, &y);
        principal_misses(map, f, x, y, hw, hh, beside, miss);
        if (fmax(fmax(miss[0], miss[1]), fmax(miss[2], miss[3])) < 0.5)
            break;
        /* Canvas units to projected (y down on the canvas, north up). */
        extent->x0 -= fmax(miss[0], 0) / f->a;
        extent->x1 += fmax(miss[1], 0) / f->a;
        extent->y1 += fmax(miss[2], 0) / f->a;
        extent->y0 -= fmax(miss[3], 0) / f->a;
        dmi_fit_transform(f, *extent);
        moved = 1;
    }
out:
    free(name);
    return moved;
}

/* The principal's place sits at least this share of the frame's side from
 * each edge ... */
#define PRINCIPAL_INSET 0.2
/* ... when the frame's scale falls at most this many times to put it
 * there: more, and the map would be mostly what lies beyond the story. */
#define PRINCIPAL_INSET_GROWTH 1.25

/* The principal place's distance short of PRINCIPAL_INSET of each edge of
 * frame f (left, right, top, bottom; <= 0: inside), in canvas units, and
 * the largest of them in *largest. */
static int principal_inset_misses(const dmi_frame_t *f, const dm_place_t *p, double miss[4], double *largest)
{
    double e, n, x, y, w = f->rect[2] - f->rect[0], h = f->rect[3] - f->rect[1];
    if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
        return -1;
    dmi_frame_to_canvas(f, e, n, &x, &y);
    miss[0] = PRINCIPAL_INSET * w - (x - f->rect[0]);
    miss[1] = PRINCIPAL_INSET * w - (f->rect[2] - x);
    miss[2] = PRINCIPAL_INSET * h - (y - f->rect[1]);
    miss[3] = PRINCIPAL_INSET * h - (f->rect[3] - y);
    *largest = fmax(fmax(miss[0], miss[1]), fmax(miss[2], miss[3]));
    return 0;
}

/* The least scale frame f may take without bringing two of its drawn
 * places closer than insets.c's crowding distance: zooming out must not
 * send the principal or its neighbours to an inset. A pair crowding
 * already (closer than that distance: an inset takes it, or it crowds
 * where it is) is left out of the measure: zooming out does not change
 * which places crowd, and a town beside its airport at the other end of
 * the story kept the principal at the frame's edge. A pair within the
 * slack of crowding keeps the scale. */
static double least_scale_uncrowded(const dm_map_t *map, const dmi_frame_t *f)
{
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s), n = 0;
    double crowd = map->font_size * DMI_CROWDED_LABELS, closest = INFINITY;
    double near = crowd * 1.1;   /* and a little slack */
    double *pts = dmi_calloc(2 * np + 2, sizeof *pts);
    if (!pts || np > 1000) {
        free(pts);
        return f->a;   /* no room to measure: no zooming out */
    }
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        double e, no;
        if (map->has_marker[i] && !map->far[i] && !dmi_project_point(&f->proj, p->lon, p->lat, &e, &no))
            dmi_frame_to_canvas(f, e, no, &pts[2 * n], &pts[2 * n + 1]), n++;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            double d = hypot(pts[2 * i] - pts[2 * j], pts[2 * i + 1] - pts[2 * j + 1]);
            if (d >= crowd)
                closest = fmin(closest, d);
        }
    free(pts);
    /* Places about to crowd (within the slack) keep the scale: the frame
     * only shifts. */
    return !isfinite(closest) ? 0 : closest < near ? f->a : f->a * near / closest;
}

/* The extent grown by t times what the principal misses on each side, no
 * further than `world` (a world map's outline, projected; empty: no bound)
 * where it was inside it. */
static bbox_t grown_for_principal(const dmi_frame_t *f, bbox_t b, const double miss[4], double t, bbox_t world)
{
    bbox_t g = b;
    g.x0 -= t * fmax(miss[0], 0) / f->a;
    g.x1 += t * fmax(miss[1], 0) / f->a;
    g.y1 += t * fmax(miss[2], 0) / f->a;
    g.y0 -= t * fmax(miss[3], 0) / f->a;
    if (world.empty)
        return g;
    g.x0 = fmax(g.x0, fmin(b.x0, world.x0));
    g.x1 = fmin(g.x1, fmax(b.x1, world.x1));
    g.y0 = fmax(g.y0, fmin(b.y0, world.y0));
    g.y1 = fmin(g.y1, fmax(b.y1, world.y1));
    return g;
}

/* A world projection's outline (the seam at the equator, the poles) as a
 * projected box; empty when f is no world projection. */
static bbox_t world_bounds(const dmi_frame_t *f)
{
    bbox_t w = {.empty = 1};
    double e, n;
    if (!dmi_is_world_projection(f))
        return w;
    static const double pts[4][2] = {{-179.999, 0}, {179.999, 0}, {0, -90}, {0, 90}};
    for (int i = 0; i < 4; i++) {
        if (dmi_project_point(&f->proj, f->proj.lon_0 + pts[i][0], pts[i][1], &e, &n))
            return (bbox_t){.empty = 1};
        bbox_add(&w, e, n);
    }
    return w;
}

/* The frame fits the story's places with a margin of about a tenth of its
 * side, so a principal place at the end of the story's spread sat in a
 * corner of the map (the capital hosting talks at the top left of a map
 * of the peninsula), where the reader looks last. The extent grows on the
 * principal's side until it sits PRINCIPAL_INSET from each edge: it only
 * shifts where the canvas's aspect leaves room on that axis, and zooms
 * out where not, by at most PRINCIPAL_INSET_GROWTH and never so far that
 * places apart crowd together (a partial move then). Never shrinks the
 * extent, so no place is cut. A country as principal is centred by its
 * point too: its badge goes on its land (labels.c), which comes in from
 * the edge with it (left as it was, a country's badge sat at the frame's
 * side, 0.07-0.12 of it). Returns whether the frame moved. */
/* A story that tells no event on the map (a report that only names
 * places): the point it names most, when one is named more than every
 * other point (a town named four times beside a region named once, which
 * framed the map with it and left the town in a corner), else -1. */
static int most_named_point(const dm_map_t *map)
{
    const dm_story_t *s = map->story;
    int best = -1, points = 0;
    size_t most = 0, second = 0;
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (map->far[i] || !map->has_marker[i] || is_context_kind(p->kind))
            continue;
        if (points++ == 0 || p->mention_count > most) {
            second = most;
            most = p->mention_count;
            best = (int)i;
        } else if (p->mention_count > second) {
            second = p->mention_count;
        }
    }
    return points == 1 || most > second ? best : -1;
}

int dmi_centre_principal(dm_map_t *map, dmi_frame_t *f, bbox_t *extent)
{
    const dm_story_t *s = map->story;
    int pi = -1;
    if (map->principal >= 0 && map->event_number[map->principal]) {
        const dm_event_t *ev = dm_story_event(s, (size_t)map->principal);
        pi = ev->place_count ? place_index(s, ev->places[0]) : -1;
    } else if (map->principal < 0 && map->context_frames && !dmi_is_world_projection(f)) {
        pi = most_named_point(map);   /* not on a world map: zoomed out, it would show paper past the poles */
    }
    if (pi < 0 || map->far[pi] || !map->has_marker[pi])
        return 0;
    const dm_place_t *p = dm_story_place(s, (size_t)pi);
    double least_scale = fmax(f->a / PRINCIPAL_INSET_GROWTH, least_scale_uncrowded(map, f)), miss[4], largest;
    /* A world map slides back inside the world's outline once fitted
     * (frame.c): grown past the outline, the move would be undone and the
     * map left smaller, so it grows only as far as the outline, and the
     * move is kept only when, slid back, it leaves the principal further
     * from the edges than before. */
    bbox_t world = world_bounds(f), start = *extent;
    dmi_frame_t before = *f;
    int moved = 0;
    /* A few fits: zooming out moves the principal less than the extent grew. */
    for (int k = 0; k < 8; k++) {
        if (principal_inset_misses(f, p, miss, &largest) || largest < 0.5)
            break;
        dmi_frame_t trial = *f;
        bbox_t b = grown_for_principal(f, *extent, miss, 1, world);
        dmi_fit_transform(&trial, b);
        if (trial.a < least_scale) {
            /* As far as the cap allows, then stop. */
            double lo = 0, hi = 1;
            for (int j = 0; j < 20; j++) {
                double mid = (lo + hi) / 2;
                dmi_fit_transform(&trial, grown_for_principal(f, *extent, miss, mid, world));
                if (trial.a >= least_scale)
                    lo = mid;
                else
                    hi = mid;
            }
            if (lo * largest < 0.5)
                break;   /* no room at all: the frame stays */
            b = grown_for_principal(f, *extent, miss, lo, world);
            k = 8;
        }
        *extent = b;
        dmi_fit_transform(f, *extent);
        moved = 1;
    }
    if (moved && !world.empty) {
        dmi_frame_t was = before, now = *f;
        double was_miss, now_miss;
        dmi_keep_inside_world(&was);
        dmi_keep_inside_world(&now);
        if (principal_inset_misses(&was, p, miss, &was_miss) || principal_inset_misses(&now, p, miss, &now_miss) ||
            now_miss >= was_miss - 0.5) {
            *extent = start;
            *f = before;
            moved = 0;
        }
    }
    return moved;
}

/* A point focus left out (a town merely named, far from the events when
 * focus measured them) can lie inside the main frame after all, once the
 * frame is fitted: grown to hold a country's land whole, or widened to the
 * canvas's aspect. Drawn only in the overview, its spot on the main map
 * would be blank where the reader looks for it. Such a place is brought
 * back (no longer far) when it lies inside the frame by two label sizes
 * (room for its dot and its name); the frame is not fitted again. Cities
 * and sites only: a country or region left out is context, and a line or
 * area is drawn whole or not at all. */
void dmi_bring_back_shown(dm_map_t *map, const dmi_frame_t *f)
{
    const dm_story_t *s = map->story;
    double m = map->font_size * PRINCIPAL_CLEARANCE;
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        double e, n, x, y;
        if (!map->far[i] || (p->kind != DM_PLACE_CITY && p->kind != DM_PLACE_SITE) ||
            dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            continue;
        dmi_frame_to_canvas(f, e, n, &x, &y);
        if (x >= f->rect[0] + m && x <= f->rect[2] - m && y >= f->rect[1] + m && y <= f->rect[3] - m)
            map->far[i] = 0;
    }
}

/* With the editor's --extent (or view.extent), what the frame leaves out
 * is far: it becomes a pointer or goes to the overview, never silently
 * dropped. The frame shows more than the extent where the canvas's aspect
 * asks for it, so what counts is the frame, once fitted. */
void dmi_mark_outside(dm_map_t *map)
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
