/* What render/ takes from the layout besides map->furniture (legend.c,
 * furniture.c, labels.c): the texts the layout measured, laid out exactly
 * as it measured them, for drawing. */
#ifndef DM_FURNITURE_PRIVATE_H
#define DM_FURNITURE_PRIVATE_H

#include "text-private.h"

/* A legend row's text as measured: wrapped at `wrap` (0: one line). */
PangoLayout *dmi_legend_row_layout(PangoContext *pc, const dm_map_t *map, const char *text, double wrap);
/* The scale of a numbered symbol in the legend (its number never under
 * DMI_TEXT_MIN_SIZE). */
double dmi_legend_symbol_scale(const dm_map_t *map);
/* The credit line and the source line as drawn (the latter NULL when the
 * story names no source): at (credits[0] + font_size * 0.2, credits[1] +
 * font_size * 0.1), and at the source rect's top-left. */
PangoLayout *dmi_credits_layout(PangoContext *pc, const dm_map_t *map);
PangoLayout *dmi_source_layout(PangoContext *pc, const dm_map_t *map);
const char *dmi_credits_text(const dm_map_t *map);
/* The title (DMI_TEXT_TITLE) or subtitle (DMI_TEXT_SUBTITLE) as drawn at
 * x = font_size: wrapped to two lines of the canvas's width, then cut. */
PangoLayout *dmi_heading_layout(PangoContext *pc, const dm_map_t *map, dmi_text_style_t style);

/* A country's short name ("North Korea", "US"; in Korean "북한") by its
 * ISO code (legend.c); the story's place of that code names one the
 * table lacks, else the code itself is returned. */
const char *dmi_country_short(const dm_story_t *s, const char *code, int korean);
/* A place's name in the map's language (--lang): the story's "names" entry,
 * else the gazetteer's, else the name; "en+ko" gives both. malloc'ed
 * (labels.c). */
char *dmi_place_label_text(dm_map_t *map, const dm_place_t *p);

#endif
