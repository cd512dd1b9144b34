/* The layout stage's private header (src/layout/): what its files share.
 * dm_map_t itself is in map-private.h, which the renderers read too. */
#ifndef DM_LAYOUT_PRIVATE_H
#define DM_LAYOUT_PRIVATE_H

#include "furniture-private.h"
#include "map-private.h"
#include "theme.h"

#include <math.h>
#include <string.h>

/* Places closer than this many label sizes on the main map crowd: they go
 * to an inset (insets.c). */
#define DMI_CROWDED_LABELS 2.4

static inline int is_context_kind(dm_place_kind_t k)
{
    return k == DM_PLACE_COUNTRY || k == DM_PLACE_REGION;
}

/* A place that frames the map only with the rest, as context: a country
 * or region, or a sea or area named in passing (no shape of its own and
 * no event's marker: "stability across the strait"). Callers decide
 * whether a country or region with an event's marker still counts. */
static inline int is_context_place(const dm_map_t *map, size_t i)
{
    const dm_place_t *p = dm_story_place(map->story, i);
    return is_context_kind(p->kind) ||
           (p->kind == DM_PLACE_AREA && !map->has_marker[i] && !(map->shapes && map->shapes[i].count));
}

/* A region beyond any one country ("the Middle East", "Europe"): no spot
 * on the map stands for it, so an event there is told in the legend only.
 * A region inside a country (a state, a province, an island group: it has
 * the country's code) keeps its point: "a visit to Hawaii" is somewhere. */
static inline int is_wide_region(const dm_place_t *p)
{
    return p && p->kind == DM_PLACE_REGION && !(p->country && *p->country);
}

/* Is this event drawn as a connection from its first place to the next? */
static inline int is_connection(dm_event_type_t t)
{
    return t == DM_EVENT_LETTER || t == DM_EVENT_CALL || t == DM_EVENT_VISIT || t == DM_EVENT_BROADCAST;
}


/* Is the event drawn as a line (a message or trip between two places that
 * are points)? Otherwise it is drawn at its first place. */
static inline int drawn_as_line(const dm_story_t *s, const dm_event_t *ev)
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

/* Bounding box of projected points, ignoring non-finite ones. */
typedef struct {
    double x0, y0, x1, y1;
    int empty;
} bbox_t;

static inline void bbox_add(bbox_t *b, double x, double y)
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

static inline int place_index(const dm_story_t *s, const char *id)
{
    const dm_place_t *p = dm_story_find_place(s, id);
    return p ? (int)(p - dm_story_place(s, 0)) : -1;
}

/* frame.c */
dm_status_t dmi_add_sphere(dm_map_t *map, dmi_frame_t *f);
void dmi_canvas_to_projected(const dmi_frame_t *f, double x, double y, double *e, double *n);
void dmi_choose_scale(dm_map_t *map, dmi_frame_t *f);
void dmi_compute_window(dmi_frame_t *f);
void dmi_fit_transform(dmi_frame_t *f, bbox_t b);
int dmi_show_host_countries(dm_map_t *map, dmi_frame_t *f, bbox_t *extent);
double dmi_events_spread(double ew, double eh, double bw, double bh, double floor_m, double aspect);
dm_status_t dmi_frame_extent(dm_map_t *map, dmi_frame_t *f, const double *user_extent, bbox_t *out);
int dmi_is_world_projection(const dmi_frame_t *f);
void dmi_keep_inside_world(dmi_frame_t *f);
void dmi_hang_world_from_title(dmi_frame_t *f);
/* The band between a world frame's top and its north pole's row, paper or
 * the Arctic's sea (canvas units; 0 when none). */
double dmi_band_above_world(const dmi_frame_t *f);
int dmi_world_is_cropped(const dmi_frame_t *f);
int dmi_sea_past_north_pole(const dmi_frame_t *f);
void dmi_fill_world_height(dm_map_t *map, dmi_frame_t *f);
int dmi_reaches_past_hemisphere(const dmi_frame_t *f);
double dmi_steepest_north_tilt(const dm_map_t *map, const dmi_frame_t *f);
dm_status_t dmi_reproject(dm_context_t *ctx, dmi_frame_t *f, char *def, char **auto_proj);
/* markers.c */
dm_status_t dmi_add_event_line(dm_map_t *map, size_t ei, size_t ia, size_t ib, int frame);
dm_status_t dmi_add_feature(dm_map_t *map, size_t index, int frame);
dm_status_t dmi_add_markers(dm_map_t *map, int frame);
dm_status_t dmi_group_by_country(dm_map_t *map);
void dmi_number_events(dm_map_t *map);
int dmi_order_events(dm_map_t *map);
/* The numbers of the events at place i (and at the places folded into it)
 * into the marker, with its half width. */
void dmi_marker_numbers(const dm_map_t *map, size_t i, dmi_marker_t *mk);
/* insets.c */
dm_status_t dmi_plan_insets(dm_map_t *map);
void dmi_stack_insets(dm_map_t *map);
dm_status_t dmi_plan_overview(dm_map_t *map);
int dmi_uf_find(int *parent, int i);
/* Does segment s (x1, y1, x2, y2) pass through the inside of box b (x0, y0,
 * x1, y1) shrunk by eps? Do segments s and t cross (touching ends do not)? */
int dmi_segment_enters_box(const double s[4], const double b[4], double eps);
int dmi_segments_cross(const double s[4], const double t[4]);
/* focus.c */
size_t dmi_choose_focus(dm_map_t *map, const dmi_frame_t *f, const double *user_extent);
void dmi_leave_room_for_legend(dm_map_t *map, dmi_frame_t *f, bbox_t *extent);
double dmi_legend_room_short(const dm_map_t *map, const dmi_frame_t *f);
int dmi_keep_principal_clear(dm_map_t *map, dmi_frame_t *f, bbox_t *extent, void **warm);
int dmi_centre_principal(dm_map_t *map, dmi_frame_t *f, bbox_t *extent);
void dmi_bring_back_shown(dm_map_t *map, const dmi_frame_t *f);
void dmi_mark_outside(dm_map_t *map);
/* pointers.c */
dm_status_t dmi_add_pointers(dm_map_t *map);
/* labels.c: labels for every drawn place, and the edge pointers' texts,
 * in one collision index that also holds the legend and the credits. */
dm_status_t dmi_labels_place(dm_map_t *map);
/* legend.c: the legend's rows in drawing order; returns their count. With
 * `bound`, before the map is drawn (the band below the map is sized then):
 * every row that may come, with the texts it will have. At most
 * max_events rows of events (0: as many as the legend holds): past that,
 * the last of them says how many more events the map numbers. */
int dmi_legend_entries(const dm_map_t *map, dmi_legend_entry_t *out, int bound, int max_events);
/* furniture.c */
/* The height of the title and subtitle above the main frame. */
double dmi_title_height(const dm_map_t *map);
/* The height of the band below the main frame when legend_below is set,
 * else 0; called when the main frame is sized, before fonts warm up on
 * their thread. */
double dmi_furniture_band_height(const dm_map_t *map);
/* The subtitle layout's top (the title's when there is none). */
double dmi_subtitle_y(const dm_map_t *map, PangoContext *pc);
/* map->furniture: title boxes, legend, credits and source, once markers,
 * lines, insets and pointers are placed (labels keep off them). */
void dmi_furniture_place(dm_map_t *map);
/* map->furniture's scale bars, once the labels are placed. */
void dmi_scale_bars_place(dm_map_t *map);

#endif
