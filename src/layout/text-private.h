/* Text measurement (src/layout/text.c), shared by the layout, which
 * measures labels, the legend and the credits, and by render/, which draws
 * them: one font map per context, one set-up of the pango context, one
 * layout of a string in a style at the map's size, so measured and drawn
 * text cannot differ. */
#ifndef DM_TEXT_PRIVATE_H
#define DM_TEXT_PRIVATE_H

#include "map-private.h"

#include <pango/pangocairo.h>

typedef enum { DMI_TEXT_LABEL, DMI_TEXT_COUNTRY, DMI_TEXT_LINE, DMI_TEXT_TITLE, DMI_TEXT_SUBTITLE,
               DMI_TEXT_SMALL, DMI_TEXT_NUMBER, DMI_TEXT_NEIGHBOUR } dmi_text_style_t;

/* The text style a map label is drawn in (dmi_label_t.style). */
dmi_text_style_t dmi_label_text_style(const dmi_label_t *label);
/* Is a style's text in spaced capitals (a country's name)? */
int dmi_text_is_caps(dmi_text_style_t style);

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
/* A joint name ("Santiago, São Paulo") with the spaces inside each of its
 * names made no-break (U+00A0), so that a wrap falls only after a comma;
 * dmi_text_plain_spaces gives the text back with plain spaces (what a
 * reader sees, for the layout sidecar). Both are g_free'd. */
char *dmi_text_names_kept_whole(const char *text);
char *dmi_text_plain_spaces(const char *text);

char *dmi_text_spaced_caps(const char *text, int spacing, PangoAttrList *attrs);
/* Fonts warmed up on a thread while layout goes on; join before any
 * other use of the context's fonts. NULL on failure. */
void *dmi_text_warm_start(dm_map_t *map);
void dmi_text_warm_join(void *handle);

#endif
