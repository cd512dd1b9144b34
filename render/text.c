/* Fonts: Noto Sans for Latin, Cyrillic and Greek, with fontconfig falling
 * back to Noto Sans CJK KR for Hangul and Han. Sizes are absolute, in
 * canvas units. */
#include "render-private.h"

#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* One font map per context (so per thread), shared by label placement and
 * drawing of every map made with it: fonts and their fallback lists are
 * looked up once. It uses the system's
 * fontconfig setup (and its caches): families are pinned by name in
 * dmi_text_layout, and fallback still finds Arabic, Devanagari or Thai
 * faces for names in those scripts. (A private FcConfig holding only the
 * pinned files was tried: fontconfig then scans the files without its
 * cache, which costs several times what it saves.) */
PangoFontMap *dmi_text_font_map(dm_context_t *ctx)
{
    if (!ctx->font_map)
        ctx->font_map = pango_cairo_font_map_new();
    return ctx->font_map;
}

void dmi_text_setup_context(PangoContext *pc)
{
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(pc, fo);
    cairo_font_options_destroy(fo);
    pango_cairo_context_set_resolution(pc, 72.0);
}

PangoLayout *dmi_text_layout(PangoContext *pc, const dm_map_t *map, const char *text, dmi_text_style_t style)
{
    static const struct {
        double size;      /* times the map's base font size */
        PangoWeight weight;
        PangoStyle slant;
    } styles[] = {
        [DMI_TEXT_LABEL] = {1.0, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL},
        [DMI_TEXT_COUNTRY] = {0.85, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL},
        [DMI_TEXT_LINE] = {0.85, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC},
        [DMI_TEXT_TITLE] = {1.9, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL},
        [DMI_TEXT_SUBTITLE] = {1.1, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL},
        [DMI_TEXT_SMALL] = {0.75, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL},
        [DMI_TEXT_NUMBER] = {0.8, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL},
    };
    PangoLayout *layout = pango_layout_new(pc);
    PangoFontDescription *fd = pango_font_description_from_string("Noto Sans, Noto Sans CJK KR");
    pango_font_description_set_absolute_size(fd, map->font_size * styles[style].size * PANGO_SCALE);
    pango_font_description_set_weight(fd, styles[style].weight);
    pango_font_description_set_style(fd, styles[style].slant);
    if (style == DMI_TEXT_COUNTRY) {
        /* Country names in spaced capitals, the cartographic convention. */
        PangoAttrList *attrs = pango_attr_list_new();
        pango_attr_list_insert(attrs, pango_attr_letter_spacing_new((int)(map->font_size * 0.12 * PANGO_SCALE)));
        pango_layout_set_attributes(layout, attrs);
        pango_attr_list_unref(attrs);
        char *upper = g_utf8_strup(text, -1);
        pango_layout_set_text(layout, upper, -1);
        g_free(upper);
    } else {
        pango_layout_set_text(layout, text, -1);
    }
    pango_layout_set_font_description(layout, fd);
    pango_font_description_free(fd);
    return layout;
}

/* Warming the fonts up on a thread: fontconfig's set-up and its fallback
 * sorts for each text style (some 60M instructions) overlap with the main
 * thread's work on the projection (loading PROJ) and the basemap. The
 * context's font map is touched only by that thread until the join. */
typedef struct {
    dm_map_t *map;
    pthread_t thread;
    int started;
} warm_t;

static void *warm_fonts(void *arg)
{
    warm_t *w = arg;
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(w->map->ctx));
    dmi_text_setup_context(pc);
    static const dmi_text_style_t styles[] = {DMI_TEXT_LABEL, DMI_TEXT_COUNTRY, DMI_TEXT_LINE, DMI_TEXT_TITLE,
                                              DMI_TEXT_SUBTITLE, DMI_TEXT_SMALL, DMI_TEXT_NUMBER};
    for (size_t i = 0; i < sizeof styles / sizeof styles[0]; i++) {
        PangoLayout *l = dmi_text_layout(pc, w->map, "Panmunjom 1", styles[i]);
        PangoRectangle ink;
        pango_layout_get_extents(l, &ink, NULL);
        g_object_unref(l);
    }
    g_object_unref(pc);
    return NULL;
}

void *dmi_text_warm_start(dm_map_t *map)
{
    warm_t *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->map = map;
    w->started = pthread_create(&w->thread, NULL, warm_fonts, w) == 0;
    return w;
}

void dmi_text_warm_join(void *handle)
{
    warm_t *w = handle;
    if (!w)
        return;
    if (w->started)
        pthread_join(w->thread, NULL);
    free(w);
}
