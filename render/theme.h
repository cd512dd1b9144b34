/* Themes are data: one table row per theme. Colours are RGB 0..1. */
#ifndef DM_THEME_H
#define DM_THEME_H

#include "diplomap.h"

#include <cairo.h>

typedef struct { double r, g, b; } dmi_rgb_t;

/* A dash pattern in units of the map's font size: on, off[, on, off];
 * count 0 is a solid line. Event lines have round caps, so there an "on"
 * of 0 is a dot as wide as the line; line features have butt caps. */
typedef struct {
    double on_off[4];
    int count;
} dmi_dash_t;

struct dmi_theme {
    const char *name;
    dmi_rgb_t paper, ocean, land, land_story, border, coast, graticule;   /* ocean: lakes too; coast: lake shores too */
    dmi_rgb_t admin1;          /* state and province lines: fainter than border */
    dmi_rgb_t text, text_muted, halo;
    dmi_rgb_t text_faint;      /* neighbours' names: countries the story does not name */
    dmi_rgb_t marker, marker_edge;
    dmi_rgb_t event[10];       /* by dm_event_type_t */
    dmi_rgb_t line_feature;    /* borders and fronts of the story */
    /* Event lines by type, then status (a line feature: as a broadcast).
     * Where colours tell the types apart the dash says the status; the
     * print theme has no colours, so no two statuses share a pattern. */
    dmi_dash_t dash[DM_EVENT_TYPE_COUNT][DM_EVENT_STATUS_COUNT];
    /* What only a theme file (dmi_theme_load) sets; zero in the tables. */
    dmi_rgb_t status[DM_EVENT_STATUS_COUNT];   /* an event's colour by status, */
    unsigned status_set;                       /* where bit (1 << status) is set */
    char *font;                /* pango family list; NULL: Noto Sans */
    double text_scale;         /* every text size times this; 0 means 1 */
    cairo_surface_t *logo;     /* a PNG drawn in a corner, or NULL */
    double logo_width;         /* canvas units (px for PNG at scale 1, pt otherwise) */
    int logo_corner;           /* 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right */
};

/* NULL when the name is unknown. */
const struct dmi_theme *dmi_theme_find(const char *name);
/* A theme file's name: a path with '/' or ending in .json. */
int dmi_theme_is_file(const char *name);
/* Read a theme file (docs/formats.md section 7) over the built-in theme it
 * names as "base" (light by default). DM_ERR_USAGE names the key for an
 * unknown key or a bad value; DM_ERR_IO when the file cannot be read.
 * *out is freed with dmi_theme_destroy(). */
dm_status_t dmi_theme_load(dm_context_t *ctx, const char *path, struct dmi_theme **out);
void dmi_theme_destroy(struct dmi_theme *theme);
/* The colour of an event of this type and status. */
dmi_rgb_t dmi_theme_event_rgb(const struct dmi_theme *t, dm_event_type_t type, dm_event_status_t status);
/* The colour of a map label of style label_style (dmi_label_t.style):
 * places in text, the story's countries and lines muted, neighbours faint. */
dmi_rgb_t dmi_theme_label_rgb(const struct dmi_theme *t, int label_style);
/* Draw the theme's logo (if any) in its corner of a w x h canvas. */
void dmi_theme_draw_logo(const struct dmi_theme *t, cairo_t *cr, double w, double h);

#endif
