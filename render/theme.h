/* Themes are data: one table row per theme. Colours are RGB 0..1. */
#ifndef DM_THEME_H
#define DM_THEME_H

#include "diplomap.h"

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
    dmi_rgb_t text, text_muted, halo;
    dmi_rgb_t marker, marker_edge;
    dmi_rgb_t event[10];       /* by dm_event_type_t */
    dmi_rgb_t line_feature;    /* borders and fronts of the story */
    /* Event lines by type, then status (a line feature: as a broadcast).
     * Where colours tell the types apart the dash says the status; the
     * print theme has no colours, so no two statuses share a pattern. */
    dmi_dash_t dash[DM_EVENT_TYPE_COUNT][DM_EVENT_STATUS_COUNT];
};

/* NULL when the name is unknown. */
const struct dmi_theme *dmi_theme_find(const char *name);

#endif
