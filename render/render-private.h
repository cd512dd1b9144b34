/* Shared by the render/ modules: drawing what the layout decided (the
 * texts come laid out from src/layout/furniture-private.h). */
#ifndef DM_RENDER_PRIVATE_H
#define DM_RENDER_PRIVATE_H

#include "layout/furniture-private.h"
#include "map-private.h"
#include "theme.h"

#include <cairo.h>
#include <pango/pangocairo.h>

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

#endif
