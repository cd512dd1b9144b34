/* Shared by the render/ modules: text setup, legend geometry, drawing. */
#ifndef DM_RENDER_PRIVATE_H
#define DM_RENDER_PRIVATE_H

#include "map-private.h"
#include "theme.h"

#include <cairo.h>
#include <pango/pangocairo.h>

typedef enum { DMI_TEXT_LABEL, DMI_TEXT_COUNTRY, DMI_TEXT_LINE, DMI_TEXT_TITLE, DMI_TEXT_SUBTITLE,
               DMI_TEXT_SMALL, DMI_TEXT_NUMBER } dmi_text_style_t;

/* Same metrics everywhere: 72 units per inch (1 canvas unit = 1 pt = 1 px
 * at scale 1), no hinting, so PNG, SVG and PDF agree with the layout. */
void dmi_text_setup_context(PangoContext *pc);
/* The context's font map (owned by the context). */
PangoFontMap *dmi_text_font_map(dm_context_t *ctx);
PangoLayout *dmi_text_layout(PangoContext *pc, const dm_map_t *map, const char *text, dmi_text_style_t style);
/* The size a style's text is drawn at, canvas units (at least DMI_TEXT_MIN_SIZE). */
double dmi_text_size(const dm_map_t *map, dmi_text_style_t style);
/* A country name as maps print it: letters of cased scripts (Latin,
 * Cyrillic, Greek) in capitals, tracked by `spacing` (Pango units), the
 * spacing added to attrs; other scripts (Hangul, Han, kana, Arabic ...)
 * as written and untracked. Free with g_free. */
char *dmi_text_spaced_caps(const char *text, int spacing, PangoAttrList *attrs);

/* Legend box on the canvas (x0, y0, x1, y1), empty (x0 == x1) when the map
 * has nothing to explain. Labels avoid it. */
void dmi_legend_rect(const dm_map_t *map, PangoContext *pc, double rect[4]);

/* One row of the legend (the story's timeline): its symbol and its text. */
typedef enum { DMI_SWATCH_MARKER, DMI_SWATCH_NUMBER, DMI_SWATCH_LINE, DMI_SWATCH_FEATURE } dmi_swatch_t;
typedef struct {
    dmi_swatch_t swatch;
    int number;
    dm_event_type_t type;
    dm_event_status_t status;
    char text[200];
} dmi_legend_entry_t;
#define DMI_LEGEND_MAX_ENTRIES 24
/* The legend's rows in drawing order; returns their count. */
int dmi_legend_entries(const dm_map_t *map, dmi_legend_entry_t *out);
/* Planned, suspended, cancelled or failed events have hollow markers. */
int dmi_event_hollow(dm_event_status_t status);
/* A status told without colour (render/status_mark.c): planned markers
 * have a dashed outline; other statuses a mark drawn over the marker of
 * radius r at (x, y): strokes, and for some a badge (a paper-filled disc
 * outlined in the event's colour) under them. */
int dmi_status_dashed(dm_event_status_t status);
typedef struct {
    dmi_xy_t a, b;
} dmi_segment_t;
#define DMI_STATUS_MARK_SEGMENTS 4
typedef struct {
    int slash;                  /* the strokes strike the marker: a paper halo under them */
    int badge;
    dmi_xy_t badge_centre;
    double badge_radius;
    dmi_segment_t segments[DMI_STATUS_MARK_SEGMENTS];
    int segment_count;
} dmi_status_mark_t;
/* Fills m; returns 0 when the status has no mark (held, planned, unknown). */
int dmi_status_mark(dm_event_status_t status, double x, double y, double r, dmi_status_mark_t *m);
void dmi_credits_rect(const dm_map_t *map, PangoContext *pc, double rect[4]);
/* Where "Source: ..." is drawn (left of the credits, or above them in the
 * band below the map); 0 when the story names no source. */
int dmi_source_rect(const dm_map_t *map, PangoContext *pc, double rect[4]);
/* The credit line and the source line as drawn (the latter NULL when the
 * story names no source): at (credits[0] + font_size * 0.2, credits[1] +
 * font_size * 0.1), and at the source rect's top-left. */
PangoLayout *dmi_credits_layout(PangoContext *pc, const dm_map_t *map);
PangoLayout *dmi_source_layout(PangoContext *pc, const dm_map_t *map);
/* The legend's n rows laid out: its rect, each row's symbol left edge xs
 * and the middle of its first line ys (canvas units), and the width its
 * texts wrap at (0: one line each; dmi_legend_row_layout). It has a panel
 * (a box) unless it lies in the band below the map (dmi_legend_below). */
void dmi_legend_layout(const dm_map_t *map, PangoContext *pc, const dmi_legend_entry_t *entries, int n,
                       double rect[4], double *xs, double *ys, double *wrap);
PangoLayout *dmi_legend_row_layout(PangoContext *pc, const dm_map_t *map, const char *text, double wrap);
/* The scale of a numbered symbol in the legend (its number never under
 * DMI_TEXT_MIN_SIZE). */
double dmi_legend_symbol_scale(const dm_map_t *map);
/* A frame's scale bar: the bar from x0 to x1 at height y, its text, and
 * the box of bar, ticks, halo and text; 0 when the frame has none (a world
 * map, an overview). In the corner of the frame where it hides the fewest
 * labels and markers (labels are placed first). */
typedef struct {
    double x0, x1, y;
    double box[4];
    char text[32];
} dmi_scale_bar_t;
int dmi_scale_bar(const dm_map_t *map, PangoContext *pc, int frame, dmi_scale_bar_t *out);
/* The title (DMI_TEXT_TITLE) or subtitle (DMI_TEXT_SUBTITLE) as drawn at
 * x = font_size: wrapped to two lines of the canvas's width, then cut;
 * the subtitle's top. */
PangoLayout *dmi_heading_layout(PangoContext *pc, const dm_map_t *map, dmi_text_style_t style);
double dmi_subtitle_y(const dm_map_t *map, PangoContext *pc);
const char *dmi_credits_text(const dm_map_t *map);

/* What a PNG file says about itself: pHYs from dpi (none when 0), and
 * text chunks for the strings that are set (tEXt, or iTXt for non-ASCII). */
typedef struct {
    double dpi;
    const char *title, *description, *source, *copyright, *software;
} dmi_png_meta_t;
/* An image surface as PNG, encoded on several threads (render/png.c);
 * meta may be NULL (an image inside another document). */
dm_status_t dmi_png_write(dm_context_t *ctx, cairo_surface_t *surface, cairo_write_func_t write, void *closure,
                          const dmi_png_meta_t *meta);

/* Draw the whole map onto cr, in canvas units; with main_basemap_drawn,
 * the paper and the main frame's basemap are already there. */
dm_status_t dmi_map_draw(dm_map_t *map, cairo_t *cr, int main_basemap_drawn);
/* The paper and main basemap into an RGB24 image, on several threads. */
void dmi_map_draw_basemap_bands(dm_map_t *map, cairo_surface_t *image);
/* What dmi_map_draw draws less the story's own layers (features, event
 * lines, markers, labels, title, legend, credits): paper, basemaps, inset
 * frames, locators and scale bars. The HTML page's background image. */
dm_status_t dmi_map_draw_basemap(dm_map_t *map, cairo_t *cr, int main_basemap_drawn);
/* The HTML page (render/html.c): the basemap as an inline PNG, the story
 * as SVG elements with real text over it. */
dm_status_t dmi_html_write(dm_map_t *map, cairo_write_func_t write, void *closure);
/* The story's layers (what dmi_map_draw_basemap leaves out) as SVG
 * elements with real text, appended to out (a GString): an SVG file's
 * story over cairo's basemap. */
dm_status_t dmi_svg_story(dm_map_t *map, GString *out);
/* The basemap (dmi_map_draw_basemap) as PNG bytes at k pixels per canvas
 * unit, appended to png. */
dm_status_t dmi_basemap_png(dm_map_t *map, double k, GByteArray *png);

/* Render the map as fmt (PNG, SVG or PDF, not AUTO) through a cairo write
 * callback (render/surface.c); files and memory buffers both use it. */
dm_status_t dmi_map_render_stream(dm_map_t *map, dm_format_t fmt, cairo_write_func_t write, void *closure);

/* A country's short name ("North Korea", "US"; in Korean "북한") by its
 * ISO code (render/draw.c); the story's place of that code names one the
 * table lacks, else the code itself is returned. */
const char *dmi_country_short(const dm_story_t *s, const char *code, int korean);

/* A place's name in the map's language (--lang): the story's "names" entry,
 * else the gazetteer's, else the name; "en+ko" gives both. malloc'ed. */
char *dmi_place_label_text(dm_map_t *map, const dm_place_t *p);

#endif
