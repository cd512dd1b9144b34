/* The map's furniture: the title and subtitle above the main frame, the
 * legend (over the map where it hides the fewest places, or in a band
 * below it on narrow canvases), the credit line with the story's source,
 * and a scale bar per frame. The layout sizes the band and the title when
 * the main frame is cut (dmi_title_height, dmi_furniture_band_height),
 * places the legend, credits and source once the markers, lines, insets
 * and pointers are known (dmi_furniture_place, before the labels, which
 * keep off them), and the scale bars once the labels are placed
 * (dmi_scale_bars_place); everything lands in map->furniture, which
 * render/ and the sidecar read. Texts are measured with text.c, and the
 * layouts render/ draws come from here, so what is drawn is what was
 * measured. What the legend's rows say: legend.c. */
#include "layout-private.h"

#include <stdio.h>

typedef dmi_legend_entry_t entry_t;
#define MAX_ENTRIES DMI_LEGEND_MAX_ENTRIES

/* ---- the band below the map (canvases narrower than 900) -------------
 * From the top: the legend's rows (long ones wrapped, or two columns when
 * there are many that fit half the width), the story's source on a line
 * of its own, the credits wrapped to the canvas's width. Its height is set
 * when the frame is (dm_map_create), before the legend's rows are known,
 * from the rows that may come, with their texts (legend_entries with
 * bound): the legend sits under the map, the credits on the canvas's
 * bottom edge, any slack between them. */

/* OpenStreetMap data (ODbL) is credited when a frame draws some: the
 * Korean demarcation line, a lake, or only the Koreas' land (named
 * "Korea": a credit names no line the map does not show). */
#define CREDITS_BASE "Basemap: Natural Earth · Places: GeoNames (CC BY 4.0)"
#define CREDITS_LONGEST CREDITS_BASE " · Line of demarcation, lakes: © OpenStreetMap contributors"

#define BAND_COLUMN_ROWS 8   /* more rows than this go in two columns */

/* The band lists ten events at most (the rest: "and N more events"): on a
 * phone a longer legend leaves the map no room. */
#define BAND_EVENTS 10
static int band_events(const dm_map_t *map)
{
    return dmi_legend_below(map) ? BAND_EVENTS : 0;
}

/* A legend row's height: room for its text, at least DMI_TEXT_MIN_SIZE. */
static double legend_row(const dm_map_t *map)
{
    return fmax(map->font_size * 1.35, dmi_text_size(map, DMI_TEXT_SMALL) * 1.6);
}

/* The legend's columns in the band: two when there are many rows and
 * every row's text fits half the width, else one, whose long rows wrap. */
typedef struct {
    int cols;
    double column;    /* a column's width */
    double text;      /* the width of a row's text */
} band_plan_t;

static double text_width(PangoContext *pc, const dm_map_t *map, const char *text)
{
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_SMALL);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    g_object_unref(l);
    return tw;
}

static void band_plan(const dm_map_t *map, PangoContext *pc, band_plan_t *bp)
{
    entry_t entries[MAX_ENTRIES];
    int n = dmi_legend_entries(map, entries, 1, band_events(map));
    double fs = map->font_size, full = map->width - fs, w = 0;
    for (int i = 0; i < n; i++)
        w = fmax(w, text_width(pc, map, entries[i].text));
    bp->cols = n > BAND_COLUMN_ROWS && w <= full / 2 - fs * 4.2 ? 2 : 1;
    bp->column = full / bp->cols;
    bp->text = bp->column - fs * 4.2;
}

PangoLayout *dmi_legend_row_layout(PangoContext *pc, const dm_map_t *map, const char *text, double wrap)
{
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_SMALL);
    if (wrap > 0) {
        pango_layout_set_width(l, (int)(wrap * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    }
    return l;
}

static PangoLayout *legend_row_layout(PangoContext *pc, const dm_map_t *map, const char *text, const band_plan_t *bp)
{
    return dmi_legend_row_layout(pc, map, text, bp ? bp->text : 0);
}

double dmi_legend_symbol_scale(const dm_map_t *map)
{
    /* A little smaller than on the map, unless its number is at the
     * smallest size already. */
    return fmin(1, 0.8 * DMI_TEXT_MIN_SIZE / fmin(dmi_text_size(map, DMI_TEXT_NUMBER), DMI_TEXT_MIN_SIZE));
}

/* The rows in the band from its top: each row's column x and the y of its
 * first line's middle (where the symbol goes); returns their height. */
static double band_rows(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, const band_plan_t *bp,
                        double *xs, double *ys)
{
    double fs = map->font_size, row = legend_row(map), y = fs * 0.4, h = 0;
    int cols = bp ? bp->cols : 1, per_column = (n + cols - 1) / cols;
    for (int i = 0; i < n; i++) {
        if (cols > 1 && i % per_column == 0)
            y = fs * 0.4;
        PangoLayout *l = legend_row_layout(pc, map, entries[i].text, bp);
        int tw, th, lines = pango_layout_get_line_count(l);
        pango_layout_get_pixel_size(l, &tw, &th);
        g_object_unref(l);
        if (xs)
            xs[i] = cols > 1 ? bp->column * (i / per_column) : 0;
        if (ys)
            ys[i] = y + row / 2;
        y += row + (lines > 1 ? th - th / (double)lines : 0);
        h = fmax(h, y);
    }
    return h + fs * 0.4;
}

/* The source line and the credits as the band draws them: one line
 * ellipsized, and a paragraph wrapped, to the canvas's width. */
static PangoLayout *band_text(PangoContext *pc, const dm_map_t *map, const char *text, int wrap)
{
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_SMALL);
    pango_layout_set_width(l, (int)((map->width - 2 * map->font_size) * PANGO_SCALE));
    if (wrap)
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    else
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    return l;
}

static PangoLayout *credits_layout_of(PangoContext *pc, const dm_map_t *map, const char *text)
{
    if (dmi_legend_below(map))
        return band_text(pc, map, text, 1);
    return dmi_text_layout(pc, map, text, DMI_TEXT_SMALL);
}

static void credits_rect_of(const dm_map_t *map, PangoContext *pc, const char *text, double rect[4]);
static void credits_rect(const dm_map_t *map, PangoContext *pc, double rect[4]);
static int source_rect(const dm_map_t *map, PangoContext *pc, double rect[4]);

/* Over the map, no room for the source left of the credits. */
static int source_own_line(PangoContext *pc, const dm_map_t *map)
{
    char line[512];
    double credits[4];
    snprintf(line, sizeof line, "Source: %s · ", dm_story_source(map->story));
    credits_rect_of(map, pc, dmi_credits_text(map), credits);
    return credits[0] - text_width(pc, map, line) < map->font_size * 0.4;
}

/* "Source: ..." as drawn: left of the credits over the map, on a line of
 * its own above them in the band, or over the map when there is no room
 * left of them. NULL when the story names no source. */
PangoLayout *dmi_source_layout(PangoContext *pc, const dm_map_t *map)
{
    const char *source = dm_story_source(map->story);
    if (!source)
        return NULL;
    char line[512];
    if (dmi_legend_below(map)) {
        snprintf(line, sizeof line, "Source: %s", source);
        return band_text(pc, map, line, 0);
    }
    if (!source_own_line(pc, map)) {
        snprintf(line, sizeof line, "Source: %s · ", source);
        return dmi_text_layout(pc, map, line, DMI_TEXT_SMALL);
    }
    snprintf(line, sizeof line, "Source: %s", source);
    return band_text(pc, map, line, 0);
}

static void credits_rect_of(const dm_map_t *map, PangoContext *pc, const char *text, double rect[4])
{
    PangoLayout *l = credits_layout_of(pc, map, text);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    g_object_unref(l);
    const dmi_frame_t *f = &map->frames[0];
    double fs = map->font_size, pad = fs * 0.4;
    if (dmi_legend_below(map)) {   /* on the canvas's bottom edge, from the left margin */
        rect[0] = fs - pad * 0.5;
        rect[2] = rect[0] + tw + pad;
        rect[3] = map->height - pad;
    } else {
        rect[2] = f->rect[2] - pad;
        rect[3] = f->rect[3] - pad;
        rect[0] = rect[2] - tw - pad;
    }
    rect[1] = rect[3] - th - pad * 0.5;
}

double dmi_furniture_band_height(const dm_map_t *map)
{
    entry_t entries[MAX_ENTRIES];
    /* Without a legend the credit line stays on the map's bottom edge. */
    if (!dmi_legend_below(map) || dmi_legend_entries(map, entries, 1, band_events(map)) == 0)
        return 0;
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    dmi_text_setup_context(pc);
    double fs = map->font_size, h = 0, credits[4];
    /* The longest credit line: which frames draw OpenStreetMap data is not
     * known yet. */
    credits_rect_of(map, pc, CREDITS_LONGEST, credits);
    h += credits[3] - credits[1] + fs * 0.4;
    PangoLayout *l = dmi_source_layout(pc, map);
    if (l) {
        int tw, th;
        pango_layout_get_pixel_size(l, &tw, &th);
        g_object_unref(l);
        h += th;
    }
    band_plan_t bp;
    band_plan(map, pc, &bp);
    int n = dmi_legend_entries(map, entries, 1, band_events(map));
    h += fs * 0.3 + (n ? band_rows(map, pc, entries, n, &bp, NULL, NULL) : 0) + fs * 0.3;
    g_object_unref(pc);
    return h;
}

/* The legend in the band, under the main frame: its rect, and its rows'
 * places (xs, ys: NULL when not wanted). Its rows are among those the band
 * was sized for, with the same texts, so it never reaches the credits. */
static void band_legend_rect(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, double rect[4],
                             band_plan_t *bp, double *xs, double *ys)
{
    double fs = map->font_size, w = 0;
    band_plan(map, pc, bp);
    for (int i = 0; i < n; i++)
        w = fmax(w, text_width(pc, map, entries[i].text));
    rect[0] = fs * 0.5;
    /* under every frame: insets stacked below the main frame (insets.c) */
    double top = map->frames[0].rect[3];
    for (int k = 1; k < map->frame_count; k++)
        top = fmax(top, map->frames[k].rect[3]);
    rect[1] = top + fs * 0.3;
    rect[2] = rect[0] + (bp->cols > 1 ? map->width - fs : fmin(bp->column, fs * 4.2 + w));
    rect[3] = rect[1] + band_rows(map, pc, entries, n, bp, xs, ys);
}

static int overlay_legend(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, double rect[4],
                          band_plan_t *wrap, double *cost_out);

static void legend_layout(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, double rect[4],
                          double *xs, double *ys, double *wrap)
{
    band_plan_t bp, *plan = NULL;
    if (dmi_legend_below(map)) {
        plan = &bp;
        band_legend_rect(map, pc, entries, n, rect, &bp, xs, ys);
    } else {
        if (overlay_legend(map, pc, entries, n, rect, &bp, NULL))
            plan = &bp;
        band_rows(map, pc, entries, n, plan, xs, ys);
    }
    *wrap = plan ? plan->text : 0;
    for (int i = 0; i < n; i++) {
        xs[i] += rect[0] + map->font_size * 0.5;
        ys[i] += rect[1];
    }
}

/* Over the map: the panel where it hides the fewest places (its cost). */
static double place_overlay(const dm_map_t *map, PangoContext *pc, double width, double height, double rect[4])
{
    const dmi_frame_t *f = &map->frames[0];
    double fs = map->font_size;
    /* Bottom-left sits above the credit line (with the story's source left
     * of it) when that line reaches under it, as on narrow canvases. */
    double credits[4], source[4], bottom = f->rect[3] - fs;
    credits_rect(map, pc, credits);
    if (source_rect(map, pc, source))
        credits[0] = source[0];
    if (credits[0] < f->rect[0] + fs + width)
        bottom = fmin(bottom, credits[1] - fs * 0.4);
    /* The corner that hides the fewest places and no inset: bottom-left,
     * bottom-right (above the credits), top-left, top-right; when each
     * hides some, a place along the top or bottom edge (the bottom one
     * above the credits where they reach under it). */
    const double corners[4][2] = {{f->rect[0] + fs, bottom - height},
                                  {f->rect[2] - fs - width, f->rect[3] - fs * 4.4 - height},
                                  {f->rect[0] + fs, f->rect[1] + fs},
                                  {f->rect[2] - fs - width, f->rect[1] + fs}};
    enum { ALONG = 9 };
    double best = INFINITY;
    for (int c = 0; c < 4 + 2 * ALONG; c++) {
        double x0, y0;
        if (c < 4) {
            x0 = corners[c][0];
            y0 = corners[c][1];
        } else {
            double t = ((c - 4) % ALONG + 1) / (ALONG + 1.0);
            x0 = f->rect[0] + fs + t * (f->rect[2] - f->rect[0] - 2 * fs - width);
            y0 = c - 4 < ALONG ? f->rect[1] + fs
               : (x0 + width > credits[0] ? fmin(f->rect[3] - fs, credits[1] - fs * 0.4) : f->rect[3] - fs) - height;
        }
        double r[4] = {x0, y0, x0 + width, y0 + height};
        double cost = c < 4 ? c * 0.01 : 0.5 + c * 0.001, pad = fs * 0.6;
        for (size_t i = 0; i < map->marker_count; i++) {
            const dmi_marker_t *m = &map->markers[i];
            if (m->frame == 0 && m->x > r[0] - pad && m->x < r[2] + pad && m->y > r[1] - pad && m->y < r[3] + pad)
                cost += 1;
        }
        for (int k = 1; k < map->frame_count; k++) {
            const double *o = map->frames[k].rect;
            if (r[0] < o[2] && r[2] > o[0] && r[1] < o[3] && r[3] > o[1]) {
                cost += 100;   /* its connectors and box go with it */
                continue;
            }
            /* a connector under the panel no longer ties the box to its inset,
             * and a box under it or touching it is lost against its edge */
            for (int c = 0; c < map->frames[k].connector_count; c++)
                cost += dmi_segment_enters_box(map->frames[k].connectors[c], r, 0) ? 1 : 0;
            double loc[4] = DMI_BBOX_EMPTY;
            dmi_ring_bbox_add(&map->frames[k].locator, loc);
            if (map->frames[k].locator.count >= 3 && loc[0] < r[2] + pad && loc[2] > r[0] - pad &&
                loc[1] < r[3] + pad && loc[3] > r[1] - pad)
                cost += 1;
        }
        /* An edge pointer's arrow and name sit just inside the frame. */
        for (size_t i = 0; i < map->pointer_count; i++) {
            const dmi_pointer_t *pt = &map->pointers[i];
            double reach = fs * 4;
            if (pt->frame == 0 && pt->x > r[0] - reach && pt->x < r[2] + reach && pt->y > r[1] - reach &&
                pt->y < r[3] + reach)
                cost += 2;
        }
        if (cost < best) {
            best = cost;
            memcpy(rect, r, sizeof r);
        }
    }
    return best;
}

/* The legend over the map, its rows on one line each; when every place
 * for it hides something, with rows past 0.3 of the frame's width wrapped,
 * if that hides less. Returns 1 when wrapped (the plan in *wrap); the
 * cost of the place taken in *cost_out (under 1: it hides nothing). */
static int overlay_legend(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, double rect[4],
                          band_plan_t *wrap, double *cost_out)
{
    double fs = map->font_size, w = 0;
    for (int i = 0; i < n; i++)
        w = fmax(w, text_width(pc, map, entries[i].text));
    double cost = place_overlay(map, pc, fs * 4.5 + w, band_rows(map, pc, entries, n, NULL, NULL, NULL), rect);
    const dmi_frame_t *f = &map->frames[0];
    double r[4];
    int wrapped_best = 0;
    /* Narrower while the panel still covers an inset or the overview (a
     * cost of 100 each): on a square canvas with insets along the top and
     * the overview at the bottom, a quarter of the width fits beside it. */
    static const double share[] = {0.3, 0.24, 0.18};
    for (size_t k = 0; k < sizeof share / sizeof share[0] && cost >= (k ? 100 : 1); k++) {
        double cap = fmax((f->rect[2] - f->rect[0]) * share[k], fs * 12);
        if (w <= cap)
            break;
        band_plan_t plan = {.cols = 1, .column = cap + fs * 4.2, .text = cap};
        double wrapped = place_overlay(map, pc, fs * 4.5 + cap, band_rows(map, pc, entries, n, &plan, NULL, NULL), r);
        if (wrapped >= cost)
            continue;
        cost = wrapped;
        *wrap = plan;
        memcpy(rect, r, sizeof r);
        wrapped_best = 1;
    }
    if (cost_out)
        *cost_out = cost;
    return wrapped_best;
}

/* A long legend over the map that would hide places wherever it went is
 * cut short, down to LEGEND_MIN_EVENTS rows of events, its last row
 * saying how many more the map numbers (dmi_legend_entries). */
#define LEGEND_MIN_EVENTS 7
static void shorten_legend(const dm_map_t *map, PangoContext *pc, dmi_legend_t *lg)
{
    double rect[4], cost;
    band_plan_t bp;
    overlay_legend(map, pc, lg->rows, lg->count, rect, &bp, &cost);
    entry_t rows[MAX_ENTRIES];
    for (int k = MAX_ENTRIES - 2; cost >= 1 && k >= LEGEND_MIN_EVENTS; k--) {
        int n = dmi_legend_entries(map, rows, 0, k), cut = 0;
        for (int i = 0; i < n; i++)
            cut |= rows[i].swatch == DMI_SWATCH_MORE;
        if (!cut)
            continue;   /* no more events than k: nothing to cut yet */
        overlay_legend(map, pc, rows, n, rect, &bp, &cost);
        memcpy(lg->rows, rows, sizeof rows);
        lg->count = n;
    }
}

const char *dmi_credits_text(const dm_map_t *map)
{
    static const char *const texts[] = {
        [0] = CREDITS_BASE,
        [DMI_OSM_KOREA] = CREDITS_BASE " · Line of demarcation: © OpenStreetMap contributors",
        [DMI_OSM_LAKES] = CREDITS_BASE " · Lakes: © OpenStreetMap contributors",
        [DMI_OSM_KOREA | DMI_OSM_LAKES] = CREDITS_LONGEST,
        [DMI_OSM_KOREA_LAND] = CREDITS_BASE " · Korea: © OpenStreetMap contributors",
        [DMI_OSM_KOREA_LAND | DMI_OSM_LAKES] = CREDITS_BASE " · Korea, lakes: © OpenStreetMap contributors",
    };
    int osm = 0;
    for (int i = 0; i < map->frame_count; i++)
        osm |= map->frames[i].uses_osm;
    if (osm & DMI_OSM_KOREA)   /* the line's credit covers the land */
        osm &= ~DMI_OSM_KOREA_LAND;
    return texts[osm & (DMI_OSM_KOREA | DMI_OSM_LAKES | DMI_OSM_KOREA_LAND)];
}

PangoLayout *dmi_credits_layout(PangoContext *pc, const dm_map_t *map)
{
    return credits_layout_of(pc, map, dmi_credits_text(map));
}

static void credits_rect(const dm_map_t *map, PangoContext *pc, double rect[4])
{
    credits_rect_of(map, pc, dmi_credits_text(map), rect);
}

static int source_rect(const dm_map_t *map, PangoContext *pc, double rect[4])
{
    PangoLayout *l = dmi_source_layout(pc, map);
    if (!l)
        return 0;
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    g_object_unref(l);
    double credits[4], fs = map->font_size;
    credits_rect(map, pc, credits);
    if (dmi_legend_below(map)) {
        rect[0] = fs;
        rect[3] = credits[1];
        rect[1] = rect[3] - th;
    } else if (!source_own_line(pc, map)) {
        rect[0] = credits[0] - tw;
        rect[1] = credits[1] + fs * 0.1;
        rect[3] = rect[1] + th;
    } else {   /* no room left of the credits: on a line above them */
        rect[0] = credits[2] - fs * 0.2 - tw;
        rect[3] = credits[1];
        rect[1] = rect[3] - th;
    }
    rect[2] = rect[0] + tw;
    return 1;
}

/* A scale bar of a round length, where the scale is meaningful (not on a
 * world map, whose scale varies across the frame): its length, bar and
 * text box. */
static int scale_bar_length(const dmi_frame_t *f, double *km, double *len)
{
    /* Over a few thousand kilometres the scale varies too much across the
     * frame for one bar to be honest. */
    if (f->window.rmax - f->window.rmin >= 359 || f->km_per_unit <= 0 ||
        f->km_per_unit * (f->rect[2] - f->rect[0]) > 3000)
        return 0;
    double target_km = (f->rect[2] - f->rect[0]) * 0.15 * f->km_per_unit;
    double mag = pow(10, floor(log10(target_km)));
    *km = mag;
    static const double steps[] = {1, 2, 5, 10};
    for (int i = 0; i < 4; i++)
        if (steps[i] * mag <= target_km)
            *km = steps[i] * mag;
    *len = *km / f->km_per_unit;
    return 1;
}

static int box_hits(const double a[4], const double b[4])
{
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

static int scale_bar(const dm_map_t *map, PangoContext *pc, int frame, dmi_scale_bar_t *out)
{
    const dmi_frame_t *f = &map->frames[frame];
    double km, len, fs = map->font_size;
    if (f->role == DMI_FRAME_OVERVIEW || !scale_bar_length(f, &km, &len))
        return 0;
    snprintf(out->text, sizeof out->text, "%g km", km);
    PangoLayout *l = dmi_text_layout(pc, map, out->text, DMI_TEXT_SMALL);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    g_object_unref(l);
    /* Over the map the main frame's bar stands on the credit line. */
    const dmi_furniture_t *fu = &map->furniture;
    const double *credits = fu->credits, *legend = fu->legend.rect, *source = fu->source;
    double bottom = f->rect[3];
    int has_source = fu->has_source;
    if (frame == 0 && !dmi_legend_below(map))
        bottom = credits[1];
    /* The corner where it covers the fewest labels and markers: bottom
     * right first, then bottom left, top right, top left. */
    double best = INFINITY;
    for (int c = 0; c < 4; c++) {
        double x1 = c % 2 == 0 ? f->rect[2] - fs : f->rect[0] + fs + len;
        double y = c < 2 ? bottom - fs * 0.6 : f->rect[1] + fs * 0.6 + fs * 0.35 + th;
        double box[4] = {fmin(x1 - len - fs * 0.15, (x1 - len + x1) / 2 - tw / 2.0), y - fs * 0.35 - th,
                         fmax(x1 + fs * 0.15, (x1 - len + x1) / 2 + tw / 2.0), y + fs * 0.15};
        double cost = c * 0.1;
        /* A label that merely touches the bar reads as one line with it
         * ("Panmunjom 20 km"): labels and pointers keep half a font size
         * clear of it. */
        double clear = fs * 0.5, padded[4] = {box[0] - clear, box[1] - clear, box[2] + clear, box[3] + clear};
        for (size_t i = 0; i < map->label_count; i++)
            if (map->labels[i].frame == frame && box_hits(padded, map->labels[i].bbox))
                cost += 10;
        for (size_t i = 0; i < map->pointer_count; i++)
            if (map->pointers[i].frame == frame && box_hits(padded, map->pointers[i].bbox))
                cost += 10;
        for (size_t i = 0; i < map->marker_count; i++) {
            const dmi_marker_t *m = &map->markers[i];
            double r = dmi_marker_radius(map, m->number), hw = dmi_marker_half_width(map, m);
            double mb[4] = {m->x - hw, m->y - r, m->x + hw, m->y + r};
            if (m->frame == frame && box_hits(box, mb))
                cost += 5;
        }
        if (frame == 0) {
            if (box_hits(box, credits) || (legend[2] > legend[0] && box_hits(box, legend)) ||
                (has_source && box_hits(box, source)))
                cost += 100;
            for (int k = 1; k < map->frame_count; k++)
                if (box_hits(box, map->frames[k].rect))
                    cost += 100;
        }
        if (cost < best) {
            best = cost;
            out->x0 = x1 - len;
            out->x1 = x1;
            out->y = y;
            memcpy(out->box, box, sizeof box);
        }
    }
    return 1;
}

/* ---- title and subtitle ------------------------------------------------ */

PangoLayout *dmi_heading_layout(PangoContext *pc, const dm_map_t *map, dmi_text_style_t style)
{
    const char *text = style == DMI_TEXT_TITLE ? dm_story_title(map->story) : dm_story_subtitle(map->story);
    PangoLayout *l = dmi_text_layout(pc, map, text ? text : "", style);
    pango_layout_set_width(l, (int)((map->width - 2 * map->font_size) * PANGO_SCALE));
    /* Two lines rather than a title cut short; an ellipsis past them. */
    pango_layout_set_wrap(l, PANGO_WRAP_WORD);
    pango_layout_set_height(l, -2);
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    return l;
}

/* A heading's height and its number of lines. */
static double heading_height(PangoContext *pc, const dm_map_t *map, dmi_text_style_t style, int *lines)
{
    PangoLayout *l = dmi_heading_layout(pc, map, style);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    *lines = pango_layout_get_line_count(l);
    g_object_unref(l);
    return th;
}

/* Whether a heading surely fits one line (no Latin character is wider
 * than 0.7 em), without laying it out: the map's size is set before
 * the fonts are warm, and a wide canvas's title mostly fits. */
static int surely_one_line(const dm_map_t *map, const char *text, dmi_text_style_t style)
{
    return !text || g_utf8_strlen(text, -1) * 0.7 * dmi_text_size(map, style) < map->width - 2 * map->font_size;
}

double dmi_subtitle_y(const dm_map_t *map, PangoContext *pc)
{
    double fs = map->font_size;
    const char *title = dm_story_title(map->story);
    if (!title)
        return fs * 0.6;
    int lines;
    double h = heading_height(pc, map, DMI_TEXT_TITLE, &lines);
    /* One line on a wide canvas: where it always was. */
    return !dmi_narrow(map) && lines <= 1 ? fs * 3.0 : fs * 0.7 + h;
}

double dmi_title_height(const dm_map_t *map)
{
    const char *title = dm_story_title(map->story), *subtitle = dm_story_subtitle(map->story);
    double fs = map->font_size;
    if (!title)
        return 0;
    if (!dmi_narrow(map) && surely_one_line(map, title, DMI_TEXT_TITLE) &&
        surely_one_line(map, subtitle, DMI_TEXT_SUBTITLE))
        return fs * (subtitle ? 4.6 : 3.2);
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    dmi_text_setup_context(pc);
    int title_lines, subtitle_lines = 0;
    double h = heading_height(pc, map, DMI_TEXT_TITLE, &title_lines);
    if (subtitle)
        h = dmi_subtitle_y(map, pc) + heading_height(pc, map, DMI_TEXT_SUBTITLE, &subtitle_lines);
    else
        h += fs * 0.6;
    g_object_unref(pc);
    if (!dmi_narrow(map) && title_lines <= 1 && subtitle_lines <= 1)
        return fs * (subtitle ? 4.6 : 3.2);
    return h + fs * 0.5;
}

/* A heading's ink box when drawn with its layout's origin at (x, y). */
static void heading_box(PangoContext *pc, const dm_map_t *map, dmi_text_style_t style, double x, double y, double box[4])
{
    PangoLayout *l = dmi_heading_layout(pc, map, style);
    PangoRectangle ink;
    pango_layout_get_extents(l, &ink, NULL);
    g_object_unref(l);
    box[0] = x + ink.x / (double)PANGO_SCALE;
    box[1] = y + ink.y / (double)PANGO_SCALE;
    box[2] = box[0] + ink.width / (double)PANGO_SCALE;
    box[3] = box[1] + ink.height / (double)PANGO_SCALE;
}

void dmi_furniture_place(dm_map_t *map)
{
    dmi_furniture_t *fu = &map->furniture;
    dmi_legend_t *lg = &fu->legend;
    const dmi_frame_t *f = &map->frames[0];
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    dmi_text_setup_context(pc);
    double fs = map->font_size;
    fu->subtitle_y = dmi_subtitle_y(map, pc);
    if (dm_story_title(map->story))
        heading_box(pc, map, DMI_TEXT_TITLE, fs, fs * 0.6, fu->title);
    if (dm_story_subtitle(map->story))
        heading_box(pc, map, DMI_TEXT_SUBTITLE, fs, fu->subtitle_y, fu->subtitle);
    lg->count = dmi_legend_entries(map, lg->rows, 0, band_events(map));
    if (lg->count > LEGEND_MIN_EVENTS && !dmi_legend_below(map))
        shorten_legend(map, pc, lg);
    if (lg->count == 0) {   /* nothing to explain: an empty rect at the frame's bottom-left */
        lg->rect[0] = lg->rect[2] = f->rect[0];
        lg->rect[1] = lg->rect[3] = f->rect[3];
        lg->wrap = 0;
    } else {
        legend_layout(map, pc, lg->rows, lg->count, lg->rect, lg->xs, lg->ys, &lg->wrap);
    }
    credits_rect(map, pc, fu->credits);
    fu->has_source = source_rect(map, pc, fu->source);
    g_object_unref(pc);
}

void dmi_scale_bars_place(dm_map_t *map)
{
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    dmi_text_setup_context(pc);
    for (int i = 0; i < map->frame_count; i++)
        map->furniture.has_scale_bar[i] = scale_bar(map, pc, i, &map->furniture.scale_bars[i]);
    g_object_unref(pc);
}
