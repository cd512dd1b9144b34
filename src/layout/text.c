/* Text measurement, for the layout and render/ alike: the context's font
 * map, the set-up of a pango context (72 units per inch, no hinting), the
 * size of each text style and the layout of a string in a style, so that
 * what the layout measures (labels, legend, credits, title) is what
 * render/ draws. Fonts: Noto Sans for Latin, Cyrillic and Greek, with
 * fontconfig falling back to Noto Sans CJK KR for Hangul and Han; sizes are
 * absolute, in canvas units. Nothing here draws. */
#include "text-private.h"
#include "theme.h"

#include <math.h>
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

/* Scripts written in spaced capitals on maps: those with a case. Hangul,
 * Han and kana have no capitals and are never letter-spaced; tracking
 * would also break the joining of Arabic or Devanagari. */
static int takes_spaced_caps(GUnicodeScript script)
{
    return script == G_UNICODE_SCRIPT_LATIN || script == G_UNICODE_SCRIPT_CYRILLIC || script == G_UNICODE_SCRIPT_GREEK;
}

/* Characters of no script of their own (spaces, digits, punctuation,
 * combining marks) go with the letter before them, or with the first
 * letter when they open the text, as in pango's own itemisation. */
static int is_neutral(GUnicodeScript script)
{
    return script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED ||
           script == G_UNICODE_SCRIPT_UNKNOWN;
}

char *dmi_text_spaced_caps(const char *text, int spacing, PangoAttrList *attrs)
{
    if (!g_utf8_validate(text, -1, NULL))
        return g_strdup(text);
    int spaced = 0;
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        GUnicodeScript script = g_unichar_get_script(g_utf8_get_char(p));
        if (!is_neutral(script)) {
            spaced = takes_spaced_caps(script);
            break;
        }
    }
    GString *out = g_string_sized_new(strlen(text) + 8);
    const char *p = text;
    while (*p) {
        /* One run: the characters up to the next letter of the other kind. */
        const char *end = p;
        int next = spaced;
        while (*end) {
            GUnicodeScript script = g_unichar_get_script(g_utf8_get_char(end));
            if (!is_neutral(script) && takes_spaced_caps(script) != spaced) {
                next = !spaced;
                break;
            }
            end = g_utf8_next_char(end);
        }
        size_t start = out->len;
        if (spaced) {
            char *upper = g_utf8_strup(p, end - p);
            g_string_append(out, upper);
            g_free(upper);
            PangoAttribute *a = pango_attr_letter_spacing_new(spacing);
            a->start_index = (guint)start;
            a->end_index = (guint)out->len;
            pango_attr_list_insert(attrs, a);
        } else {
            g_string_append_len(out, p, end - p);
        }
        p = end;
        spaced = next;
    }
    return g_string_free(out, FALSE);
}

char *dmi_text_names_kept_whole(const char *text)
{
    GString *out = g_string_sized_new(strlen(text) + 16);
    for (const char *c = text; *c; c++) {
        if (*c == ' ' && !(c > text && c[-1] == ','))
            g_string_append(out, "\u00a0");
        else
            g_string_append_c(out, *c);
    }
    return g_string_free(out, FALSE);
}

char *dmi_text_plain_spaces(const char *text)
{
    GString *out = g_string_sized_new(strlen(text));
    for (const char *c = text; *c; c++) {
        if ((unsigned char)c[0] == 0xC2 && (unsigned char)c[1] == 0xA0) {
            g_string_append_c(out, ' ');
            c++;
        } else {
            g_string_append_c(out, *c);
        }
    }
    return g_string_free(out, FALSE);
}

/* A text with characters no installed font can draw comes out as empty
 * boxes: say so once per map (the first such text, escaped by dmi_log), as
 * a warning the caller sees on standard error. Laying the text out here
 * costs nothing extra: every caller measures it next. */
static void missing_glyphs(const dm_map_t *map, PangoLayout *layout, const char *text)
{
    dm_map_t *m = (dm_map_t *)map;   /* only the atomic flag changes */
    if (atomic_load(&m->glyphs_warned))
        return;
    int unknown = pango_layout_get_unknown_glyphs_count(layout);
    if (unknown > 0 && atomic_exchange(&m->glyphs_warned, 1) == 0)
        dmi_log(map->ctx, DM_LOG_WARNING,
                "'%.200s': %d character%s no installed font can draw (drawn as empty boxes; install the fonts, "
                "e.g. fonts-noto-cjk, or name another family in a theme file)",
                text, unknown, unknown == 1 ? "" : "s");
}

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
    [DMI_TEXT_NEIGHBOUR] = {0.75, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL},
};

dmi_text_style_t dmi_label_text_style(const dmi_label_t *label)
{
    static const dmi_text_style_t by_label[] = {DMI_TEXT_LABEL, DMI_TEXT_COUNTRY, DMI_TEXT_LINE, DMI_TEXT_NEIGHBOUR};
    return label->style >= 0 && label->style < 4 ? by_label[label->style] : DMI_TEXT_LABEL;
}

int dmi_text_is_caps(dmi_text_style_t style)
{
    return style == DMI_TEXT_COUNTRY || style == DMI_TEXT_NEIGHBOUR;
}

/* The one place text sizes come from: the style's share of the map's
 * base size, times the theme's scale, never under DMI_TEXT_MIN_SIZE. */
double dmi_text_size(const dm_map_t *map, dmi_text_style_t style)
{
    double scale = map->theme->text_scale > 0 ? map->theme->text_scale : 1;
    return fmax(map->font_size * styles[style].size * scale, DMI_TEXT_MIN_SIZE);
}

PangoLayout *dmi_text_layout(PangoContext *pc, const dm_map_t *map, const char *text, dmi_text_style_t style)
{
    PangoLayout *layout = pango_layout_new(pc);
    /* A theme file may name its own family (the shipped ones follow it). */
    const char *family = map->theme->font ? map->theme->font : "Noto Sans, Noto Sans CJK KR";
    PangoFontDescription *fd = pango_font_description_from_string(family);
    pango_font_description_set_absolute_size(fd, dmi_text_size(map, style) * PANGO_SCALE);
    pango_font_description_set_weight(fd, styles[style].weight);
    pango_font_description_set_style(fd, styles[style].slant);
    if (dmi_text_is_caps(style)) {
        PangoAttrList *attrs = pango_attr_list_new();
        char *caps = dmi_text_spaced_caps(text, (int)(map->font_size * 0.12 * PANGO_SCALE), attrs);
        pango_layout_set_text(layout, caps, -1);
        pango_layout_set_attributes(layout, attrs);
        pango_attr_list_unref(attrs);
        g_free(caps);
    } else {
        pango_layout_set_text(layout, text, -1);
    }
    pango_layout_set_font_description(layout, fd);
    pango_font_description_free(fd);
    missing_glyphs(map, layout, text);
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
                                              DMI_TEXT_SUBTITLE, DMI_TEXT_SMALL, DMI_TEXT_NUMBER,
                                              DMI_TEXT_NEIGHBOUR};
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
