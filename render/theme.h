/* Themes are data: one table row per theme. Colours are RGB 0..1. */
#ifndef DM_THEME_H
#define DM_THEME_H

typedef struct { double r, g, b; } dmi_rgb_t;

struct dmi_theme {
    const char *name;
    dmi_rgb_t paper, ocean, land, land_story, border, coast, graticule;
    dmi_rgb_t text, text_muted, halo;
    dmi_rgb_t marker, marker_edge;
    dmi_rgb_t event[10];       /* by dm_event_type_t */
    dmi_rgb_t line_feature;    /* borders and fronts of the story */
};

/* NULL when the name is unknown. */
const struct dmi_theme *dmi_theme_find(const char *name);

#endif
