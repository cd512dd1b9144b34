/* The laid-out map: frames, projected basemap, markers, labels, lines and
 * features in canvas units. Built by src/layout/, drawn by render/, written
 * out by layout_json.c. */
#ifndef DM_MAP_PRIVATE_H
#define DM_MAP_PRIVATE_H

#include <stdatomic.h>
#include "dm_proj-private.h"
#include "story-private.h"

#define DM_MAX_FRAMES 4          /* main, overview, two insets */
#define DM_MAX_CANVAS 20000.0        /* per side, canvas units */
#define DM_MAX_MEGAPIXELS 100.0      /* PNG pixels after --scale */

/* An inset enlarges a crowded spot of the main map; the overview is a
 * small map of every place with the main frame outlined on it, for the
 * places the main frame leaves out (focus). */
typedef enum { DMI_FRAME_MAIN, DMI_FRAME_INSET, DMI_FRAME_OVERVIEW } dmi_frame_role_t;

/* What a frame draws from OpenStreetMap, for the credit line: the Korean
 * demarcation line, lakes, the two Koreas' land without the line (their
 * coast in a corner of a map of Japan). */
enum { DMI_OSM_KOREA = 1, DMI_OSM_LAKES = 2, DMI_OSM_KOREA_LAND = 4 };

typedef struct dmi_basemap dmi_basemap_t;

typedef struct {
    char id[16];               /* "main", "inset" */
    dmi_frame_role_t role;
    double rect[4];            /* x0, y0, x1, y1 on the canvas */
    dmi_projection_t proj;
    double a, c, e, f;         /* x = a*E + c, y = e*N + f (a = -e: same scale both ways) */
    dmi_window_t window;       /* lon/lat window the frame shows */
    const char *scale;         /* basemap scale: "110m", "50m", "10m" */
    double km_per_unit;        /* at the frame centre, for the scale bar */
    /* Basemap in canvas units. */
    dmi_shape_t sphere;        /* outline of the globe (ocean) */
    dmi_shape_t *countries;    /* one polygon per country piece */
    int *country_tint;         /* nonzero when the country is in the story */
    char (*country_code)[3];   /* per polygon: its ISO alpha-2 code, "" when none */
    size_t country_count, country_cap;
    dmi_shape_t borders, coast, detail_borders;   /* coast includes the lake shores */
    dmi_shape_t lakes;         /* all lakes of the frame, even-odd (islands are holes) */
    dmi_shape_t admin1;        /* state and province lines, on frames small enough (basemap.c) */
    int uses_osm;              /* OpenStreetMap data drawn (to credit): DMI_OSM_* bits */
    dmi_ring_t locator;        /* inset only: its extent outlined on the main frame */
    int connector_count;       /* inset only: lines joining the locator box to the inset's rect */
    double connectors[2][4];   /* x1, y1 (a corner of the locator box), x2, y2 (the inset's) */
    dmi_ring_t outline;        /* overview only: the main frame's extent outlined on it */
} dmi_frame_t;

#define DMI_MARKER_NUMBERS 6  /* numbers a marker shows; more end in "+" */

typedef struct {
    size_t place;              /* index in the story */
    int frame;
    double x, y;
    int number;                /* its first timeline number (events in date order), 0 when none */
    int event;                 /* the event of that number, or -1 */
    int count;                 /* events numbered at this place (all shown on one marker) */
    int numbers[DMI_MARKER_NUMBERS];
    int events[DMI_MARKER_NUMBERS];
    int mixed;                 /* its events differ in type or status: a row of small symbols,
                                * one per number, instead of one pill */
    double half_width;         /* canvas units: the radius, or half a wider pill or row */
    int label;                 /* a country's event marker drawn as the badge before the
                                * country's name (labels.c): that label's index, else -1 */
} dmi_marker_t;

/* An edge pointer: a place of the story outside the main frame that an
 * event line leads to (or an --extent leaves out), named at the frame's
 * edge with its direction ("to Washington"). */
typedef struct {
    size_t place;
    size_t event;              /* the event that leads there */
    int frame;
    double x, y;               /* the arrow's tip, on the frame's edge */
    double angle;              /* direction to the place, radians, canvas (y down) */
    char *text;
    double bbox[4];            /* the text's box */
} dmi_pointer_t;

typedef struct {
    char *text;
    size_t place;
    int frame;
    double bbox[4];            /* ink box x0, y0, x1, y1 */
    double x, y;               /* where the layout's origin goes */
    int has_leader;
    double leader[4];          /* marker edge to label edge */
    int style;                 /* 0 place, 1 country (caps), 2 line, 3 a neighbour: a country
                                * the story does not name, named to orient by */
    double wrap;               /* wrap width for long names, 0 for one line */
    char country[3];           /* a country's label: its ISO code (place is SIZE_MAX when the
                                * story has no place of that country), else "" */
} dmi_label_t;

/* A country of the story (a place of kind country, an event's participant)
 * as one frame shows it: how much of its land is visible, and its label. */
typedef struct {
    char code[3];
    int frame;
    double visible;            /* share of the frame's area that is its visible land, 0-1 */
    double land[4];            /* canvas box of that land: x0, y0, x1, y1 */
    int labelled;
} dmi_country_view_t;

typedef struct {
    size_t event;
    int frame;
    dmi_ring_t points;         /* canvas polyline */
    int arrow;                 /* draw an arrowhead at the end */
    int cross;                 /* refused/failed: a cross at the end */
} dmi_line_t;

typedef struct {
    size_t place;
    int frame;
    int is_area;
    dmi_shape_t shape;         /* canvas */
    dm_event_status_t status;  /* of a broadcast drawn along it, or UNKNOWN */
} dmi_feature_t;

/* One row of the legend (the story's timeline): its symbol and its text
 * (src/layout/legend.c). */
typedef enum { DMI_SWATCH_MARKER, DMI_SWATCH_NUMBER, DMI_SWATCH_LINE, DMI_SWATCH_FEATURE,
               DMI_SWATCH_MORE /* "and N more events": text only */,
               DMI_SWATCH_NONE /* an event with no spot on the map (in a region): text only */ } dmi_swatch_t;
typedef struct {
    dmi_swatch_t swatch;
    int number;
    dm_event_type_t type;
    dm_event_status_t status;
    char text[200];
} dmi_legend_entry_t;
#define DMI_LEGEND_MAX_ENTRIES 24

/* The legend as placed: its rows in drawing order, its rect (empty,
 * x0 == x1, at the main frame's bottom-left when there are none), each
 * row's symbol left edge xs and the middle of its first line ys (canvas
 * units), and the width its texts wrap at (0: one line each). It has a
 * panel (a box) unless it lies in the band below the map (legend_below). */
typedef struct {
    int count;
    dmi_legend_entry_t rows[DMI_LEGEND_MAX_ENTRIES];
    double rect[4];
    double xs[DMI_LEGEND_MAX_ENTRIES], ys[DMI_LEGEND_MAX_ENTRIES];
    double wrap;
} dmi_legend_t;

/* A frame's scale bar: the bar from x0 to x1 at height y, its text, and
 * the box of bar, ticks, halo and text. In the corner of the frame where
 * it hides the fewest labels and markers. */
typedef struct {
    double x0, x1, y;
    double box[4];
    char text[32];
} dmi_scale_bar_t;

/* What the layout placed around the frames (src/layout/furniture.c), once:
 * render/ draws it and the sidecar writes it without measuring again. */
typedef struct {
    double title[4], subtitle[4];   /* ink boxes, when the story has them */
    double subtitle_y;              /* the subtitle layout's top (its x is font_size) */
    dmi_legend_t legend;
    double credits[4];              /* the credit line's box (its paper) */
    int has_source;                 /* the story names its source: "Source: ..." at source */
    double source[4];
    int has_scale_bar[DM_MAX_FRAMES];   /* none on a world map or an overview */
    dmi_scale_bar_t scale_bars[DM_MAX_FRAMES];
} dmi_furniture_t;

struct dm_map {
    dm_context_t *ctx;
    const dm_story_t *story;
    dm_story_t *drawn_story;   /* owned: the story with places at their label anchors
                                * (dmi_story_for_drawing), when it had any; == story */
    double width, height;      /* canvas units */
    double scale;              /* PNG pixel density */
    const struct dmi_theme *theme;
    struct dmi_theme *theme_file;   /* --theme FILE.json: owned, else NULL */
    atomic_int glyphs_warned;  /* a text the font cannot draw was reported (once per map) */
    const char *detail;        /* forced basemap scale of the main frame, or NULL */
    int lang;                  /* 0 en, 1 ko, 2 en+ko */
    dmi_frame_t frames[DM_MAX_FRAMES];
    int frame_count;
    double title_height;
    int legend_below;          /* legend and credits in a band under the main frame */
    dmi_marker_t *markers;
    size_t marker_count, marker_cap;
    dmi_label_t *labels;
    size_t label_count, label_cap;
    dmi_line_t *lines;
    size_t line_count, line_cap;
    dmi_feature_t *features;
    size_t feature_count, feature_cap;
    int *place_frame;          /* per place: the inset (frame index) showing it, or 0 */
    int *far;                  /* per place: left out of the main frame (focus, --extent) */
    int *named_with;           /* per place: the place whose marker and label also stand for it
                                * (their markers would overlap), or -1 */
    int *has_marker;           /* per place: drawn as a point (cities, sites, venues) */
    int context_frames;        /* the countries and regions frame the map with the rest: they
                                * are all it has, or no event has a marker or a line (all are in
                                * regions beyond a country, or placeless), and a plain dot
                                * would otherwise decide it alone */
    unsigned char *label_dropped; /* per place: its name (a plain dot's with its dot) found room
                                * in no frame; the sidecar lists them (dropped_labels) */
    int group;                 /* places grouped by country: a map too dense to name every place
                                * clear of the others (dm_map_create's second try) */
    int *grouped;              /* per place, with group: its marker stands for its country's
                                * places (named_with) and is labelled by the country; else NULL */
    int crowded;               /* marker labels that found no free spot (labels.c) */
    size_t *event_order;       /* event indexes by date (undated last), stable */
    int *event_number;         /* per event: its number on a marker, 0 when none */
    int *event_same;           /* per event: the earlier event it repeats (drawn once), or -1 */
    int principal;             /* the event the main frame is about, or -1 */
    dmi_pointer_t *pointers;
    size_t pointer_count, pointer_cap;
    dmi_country_view_t *country_views;
    size_t country_view_count, country_view_cap;
    double focus_growth;       /* the rule of focus: a place joins the main frame unless it
                                * would grow the frame's area more than this many times */
    dmi_shape_t *shapes;       /* per place: lon/lat lines or rings of a line or area */
    int *shape_is_area;
    int *shape_osm;            /* per place: DMI_OSM_* bits of a shape drawn from OpenStreetMap
                                * data (the gazetteer's shipped lines), credited where drawn */
    dmi_basemap_t *basemap;    /* the packed basemap, mapped */
    double font_size;          /* base label size, canvas units */
    dm_format_t format;        /* last written, for the sidecar's units */
    int svg_basemap_image;     /* SVG: the basemap as one inline PNG (dm_map_set_svg_basemap) */
    dmi_furniture_t furniture;
};

/* No text is drawn smaller than this, in canvas units: 11 px in PNG at
 * scale 1 and in SVG, 11 pt in PDF (print asks for 8). The styles' sizes
 * scale with font_size and stop here (src/layout/text.c, dmi_text_size): on a
 * small canvas the small texts meet the labels' size rather than the
 * labels, markers and lines all growing. */
#define DMI_TEXT_MIN_SIZE 11.0

/* Canvases narrower than this (canvas units) put the legend and the
 * credits in a band below the main frame instead of over the map, unless
 * that band would leave the map less than a third of the canvas's height
 * or a frame more than 2.5 times as wide as high (a short landscape
 * canvas). */
#define DMI_LEGEND_BELOW_WIDTH 900.0
static inline int dmi_narrow(const dm_map_t *map)
{
    return map->width < DMI_LEGEND_BELOW_WIDTH;
}
static inline int dmi_legend_below(const dm_map_t *map)
{
    return map->legend_below;
}

/* Marker radius in canvas units: a plain dot, or a numbered event symbol. */
static inline double dmi_marker_radius(const dm_map_t *map, int numbered)
{
    double r = map->font_size * 0.38 * (numbered ? 1.9 : 1);
    /* A number keeps the room it has at full size: its font (0.8 of
     * font_size) never goes under DMI_TEXT_MIN_SIZE. */
    return numbered && r < DMI_TEXT_MIN_SIZE * 0.9 ? DMI_TEXT_MIN_SIZE * 0.9 : r;
}

/* Half the width of a marker: several numbers ("1, 4") make a pill
 * wider than the disc, sized from the bold number font (0.8 of the label
 * size: digits about 0.56 em, ", " about 0.5 em). */
static inline double dmi_marker_half_width(const dm_map_t *map, const dmi_marker_t *m)
{
    double r = dmi_marker_radius(map, m->number);
    if (m->count <= 1)
        return r;
    int shown = m->count < DMI_MARKER_NUMBERS ? m->count : DMI_MARKER_NUMBERS;
    if (m->mixed)   /* symbols at 0.8 of the radius, 1.9 of it apart */
        return r * 0.8 * (1 + (shown - 1) * 0.95) + (m->count > shown ? map->font_size * 0.6 : 0);
    double chars = 0;
    for (int i = 0; i < shown; i++)
        chars += (m->numbers[i] >= 100 ? 3 : m->numbers[i] >= 10 ? 2 : 1) * 0.56 + (i ? 0.5 : 0);
    if (m->count > DMI_MARKER_NUMBERS)
        chars += 0.6;
    /* the number font: 0.8 of font_size, never under DMI_TEXT_MIN_SIZE */
    double w = chars * (map->font_size * 0.8 > DMI_TEXT_MIN_SIZE ? map->font_size * 0.8 : DMI_TEXT_MIN_SIZE) / 2 +
               map->font_size * 0.35;
    return w > r ? w : r;
}

/* canvas <-> projected */
static inline void dmi_frame_to_canvas(const dmi_frame_t *f, double e, double n, double *x, double *y)
{
    *x = f->a * e + f->c;
    *y = f->e * n + f->f;
}

/* Read the basemap layers into a frame (basemap.c). */
dm_status_t dmi_basemap_load(dm_map_t *map, dmi_frame_t *frame);
/* Does the frame draw state and province lines (small enough, not a
 * world map)? Its scale and km_per_unit must be chosen. */
int dmi_frame_shows_admin1(const dmi_frame_t *f);
/* The packed basemap (basemap.c): DIPLOMAP_BASEMAP, else the data
 * directory's basemap.dmb. */
dm_status_t dmi_basemap_open(dm_context_t *ctx, dmi_basemap_t **out);
void dmi_basemap_close(dmi_basemap_t *b);
size_t dmi_basemap_mainland(const dmi_basemap_t *b, const char *iso, const float **points);

#endif
