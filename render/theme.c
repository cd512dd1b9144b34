/* Theme tables. Event colours follow the Okabe-Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies; meaning is
 * also carried by shape and dash pattern, never by colour alone. */
#include "theme.h"

#include "context-private.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RGB(h) {((h) >> 16 & 255) / 255.0, ((h) >> 8 & 255) / 255.0, ((h) & 255) / 255.0}

#define SOLID {{0}, 0}
#define DASH(on, off) {{on, off}, 2}
/* The dot is a short dash rather than an "on" of 0: line features are
 * drawn with butt caps (draw.c), which show nothing of a zero length. */
#define DASH_DOT(on, off) {{on, off, 0.2, off}, 4}

/* One event type's patterns: done (held, delivered, or nothing said),
 * planned, stopped (refused, cancelled, failed), suspended. */
#define STATUSES(done, planned, stopped, suspended)                                                        \
    {[DM_EVENT_HELD] = done, [DM_EVENT_DELIVERED] = done, [DM_EVENT_UNKNOWN] = done,                         \
     [DM_EVENT_PLANNED] = planned, [DM_EVENT_REFUSED] = stopped, [DM_EVENT_CANCELLED] = stopped,              \
     [DM_EVENT_FAILED] = stopped, [DM_EVENT_SUSPENDED] = suspended}

/* Every type alike but calls (dotted, a line that carries only a voice). */
#define BY_TYPE(other, call)                                                                                \
    {[DM_EVENT_MEETING] = other, [DM_EVENT_TALKS] = other, [DM_EVENT_VISIT] = other,                        \
     [DM_EVENT_LETTER] = other, [DM_EVENT_CALL] = call, [DM_EVENT_STATEMENT] = other,                       \
     [DM_EVENT_BROADCAST] = other, [DM_EVENT_AGREEMENT] = other, [DM_EVENT_INCIDENT] = other,               \
     [DM_EVENT_OTHER] = other}

/* Colour themes: an interrupted line, whatever the reason, is dashed; the
 * colour says which event it is. */
#define COLOUR_DASHES                                                                                       \
    BY_TYPE(STATUSES(SOLID, DASH(0.3, 0.3), DASH(0.7, 0.45), DASH(0.7, 0.45)),                               \
            STATUSES(DASH(0.12, 0.3), DASH(0.12, 0.3), DASH(0.7, 0.45), DASH(0.7, 0.45)))

/* Print: black lines only, so refused (long dashes) and suspended (dash
 * and dot) differ in pattern too, as do planned (short dashes) and calls
 * (dots, sparser when planned). */
#define PRINT_DASHES                                                                                        \
    BY_TYPE(STATUSES(SOLID, DASH(0.25, 0.4), DASH(0.8, 0.4), DASH_DOT(0.8, 0.38)),                          \
            STATUSES(DASH(0, 0.32), DASH(0, 0.6), DASH(0.8, 0.4), DASH_DOT(0.8, 0.38)))

static const struct dmi_theme themes[] = {
    {.name = "light",
     .paper = RGB(0xffffff), .ocean = RGB(0xdce9f2), .land = RGB(0xf3f1ea), .land_story = RGB(0xe6dcc6),
     .border = RGB(0x9a948a), .coast = RGB(0x7d9db3), .graticule = RGB(0xc7d8e4), .admin1 = RGB(0xb9b2a5),
     .text = RGB(0x1a1a1a), .text_muted = RGB(0x555555), .halo = RGB(0xffffff), .text_faint = RGB(0x7d7a74),
     .marker = RGB(0x1a1a1a), .marker_edge = RGB(0xffffff),
     .event = {RGB(0xD55E00), RGB(0xE69F00), RGB(0x009E73), RGB(0x0072B2), RGB(0x56B4E9),
               RGB(0xCC79A7), RGB(0x7B3294), RGB(0x009E73), RGB(0xB2182B), RGB(0x555555)},
     .line_feature = RGB(0x7B3294),
     .dash = COLOUR_DASHES},
    {.name = "dark",
     .paper = RGB(0x15191e), .ocean = RGB(0x1d2731), .land = RGB(0x323840), .land_story = RGB(0x4a4f55),
     .border = RGB(0x8a8f96), .coast = RGB(0x5d7a90), .graticule = RGB(0x2a3641), .admin1 = RGB(0x596068),
     .text = RGB(0xf2f2f2), .text_muted = RGB(0xb8b8b8), .halo = RGB(0x15191e), .text_faint = RGB(0x8f949a),
     .marker = RGB(0xf2f2f2), .marker_edge = RGB(0x15191e),
     .event = {RGB(0xF0A060), RGB(0xE69F00), RGB(0x3FD0A0), RGB(0x56B4E9), RGB(0x9AD0F0),
               RGB(0xE8A0C8), RGB(0xC8A0E8), RGB(0x3FD0A0), RGB(0xFF7070), RGB(0xbbbbbb)},
     .line_feature = RGB(0xC8A0E8),
     .dash = COLOUR_DASHES},
    {.name = "print",
     .paper = RGB(0xffffff), .ocean = RGB(0xeeeeee), .land = RGB(0xffffff), .land_story = RGB(0xdddddd),
     .border = RGB(0x777777), .coast = RGB(0x555555), .graticule = RGB(0xdddddd), .admin1 = RGB(0xaaaaaa),
     .text = RGB(0x000000), .text_muted = RGB(0x444444), .halo = RGB(0xffffff), .text_faint = RGB(0x707070),
     .marker = RGB(0x000000), .marker_edge = RGB(0xffffff),
     .event = {RGB(0x000000), RGB(0x333333), RGB(0x000000), RGB(0x000000), RGB(0x333333),
               RGB(0x000000), RGB(0x000000), RGB(0x000000), RGB(0x000000), RGB(0x555555)},
     .line_feature = RGB(0x000000),
     .dash = PRINT_DASHES},
};

const struct dmi_theme *dmi_theme_find(const char *name)
{
    if (!name)
        return &themes[0];
    for (size_t i = 0; i < sizeof themes / sizeof themes[0]; i++)
        if (strcmp(themes[i].name, name) == 0)
            return &themes[i];
    return NULL;
}

int dmi_theme_is_file(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    return n && (strchr(name, '/') || (n >= 5 && strcmp(name + n - 5, ".json") == 0));
}

dmi_rgb_t dmi_theme_event_rgb(const struct dmi_theme *t, dm_event_type_t type, dm_event_status_t status)
{
    if ((unsigned)status < DM_EVENT_STATUS_COUNT && (t->status_set >> status & 1u))
        return t->status[status];
    return (unsigned)type < DM_EVENT_TYPE_COUNT ? t->event[type] : t->text;
}

dmi_rgb_t dmi_theme_label_rgb(const struct dmi_theme *t, int label_style)
{
    return label_style == 0 ? t->text : label_style == 3 ? t->text_faint : t->text_muted;
}

void dmi_theme_destroy(struct dmi_theme *theme)
{
    if (!theme)
        return;
    free(theme->font);
    if (theme->logo)
        cairo_surface_destroy(theme->logo);
    free(theme);
}

void dmi_theme_draw_logo(const struct dmi_theme *t, cairo_t *cr, double w, double h)
{
    if (!t->logo)
        return;
    int iw = cairo_image_surface_get_width(t->logo), ih = cairo_image_surface_get_height(t->logo);
    double k = t->logo_width / iw, lw = t->logo_width, lh = ih * k;
    double margin = fmin(w, h) * 0.02;
    double x = t->logo_corner & 1 ? w - margin - lw : margin;
    double y = t->logo_corner & 2 ? h - margin - lh : margin;
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_scale(cr, k, k);
    cairo_set_source_surface(cr, t->logo, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
}

/* ---- theme files (docs/formats.md section 7) ------------------------------ */

#define THEME_FILE_MAX (1u << 20)
#define LOGO_MAX_PIXELS (4096 * 4096)

typedef struct {
    dm_context_t *ctx;
    const char *path;
    struct dmi_theme *t;
} theme_reader_t;

/* The elements a file may colour, by their key. */
static const struct {
    const char *key;
    size_t offset;
} elements[] = {
#define ELEMENT(k) {#k, offsetof(struct dmi_theme, k)}
    ELEMENT(paper), ELEMENT(ocean), ELEMENT(land), ELEMENT(land_story), ELEMENT(border), ELEMENT(admin1), ELEMENT(coast),
    ELEMENT(graticule), ELEMENT(text), ELEMENT(text_muted), ELEMENT(text_faint), ELEMENT(halo), ELEMENT(marker), ELEMENT(marker_edge),
    ELEMENT(line_feature),
#undef ELEMENT
};

static const char *const corners[] = {"top-left", "top-right", "bottom-left", "bottom-right"};

static dm_status_t bad(theme_reader_t *R, const char *key, const char *what)
{
    return dmi_error(R->ctx, DM_ERR_USAGE, "%s: key '%s': %s", R->path, key, what);
}

static dm_status_t unknown(theme_reader_t *R, const char *prefix, const char *key, const char *known)
{
    return dmi_error(R->ctx, DM_ERR_USAGE, "%s: unknown key '%s%s' (known: %s)", R->path, prefix, key, known);
}

/* "#rrggbb" or "#rgb". */
static dm_status_t colour(theme_reader_t *R, const char *key, json_t *v, dmi_rgb_t *out)
{
    const char *s = json_string_value(v);
    size_t n = s ? strlen(s) : 0;
    unsigned c[6] = {0};
    int ok = s && s[0] == '#' && (n == 7 || n == 4);
    for (size_t i = 1; ok && i < n; i++) {
        char h = s[i];
        ok = (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
        c[i - 1] = ok ? (unsigned)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10) : 0;
    }
    if (!ok)
        return bad(R, key, "not a colour (\"#rrggbb\" or \"#rgb\")");
    double r = n == 7 ? c[0] * 16 + c[1] : c[0] * 17, g = n == 7 ? c[2] * 16 + c[3] : c[1] * 17,
           b = n == 7 ? c[4] * 16 + c[5] : c[2] * 17;
    *out = (dmi_rgb_t){r / 255.0, g / 255.0, b / 255.0};
    return DM_OK;
}

static dm_status_t number(theme_reader_t *R, const char *key, json_t *v, double min, double max, double *out)
{
    if (!json_is_number(v) || !(json_number_value(v) >= min && json_number_value(v) <= max)) {
        char what[96];
        snprintf(what, sizeof what, "not a number in [%g, %g]", min, max);
        return bad(R, key, what);
    }
    *out = json_number_value(v);
    return DM_OK;
}

static dm_status_t read_colours(theme_reader_t *R, json_t *obj)
{
    if (!json_is_object(obj))
        return bad(R, "colours", "not an object of element: \"#rrggbb\"");
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v) {
        char full[128];
        snprintf(full, sizeof full, "colours.%s", key);
        size_t i = 0;
        while (i < sizeof elements / sizeof elements[0] && strcmp(elements[i].key, key) != 0)
            i++;
        if (i == sizeof elements / sizeof elements[0])
            return unknown(R, "colours.", key, "paper, ocean, land, land_story, border, admin1, coast, graticule, text, "
                                                "text_muted, text_faint, halo, marker, marker_edge, line_feature");
        dm_status_t st = colour(R, full, v, (dmi_rgb_t *)((char *)R->t + elements[i].offset));
        if (st != DM_OK)
            return st;
    }
    return DM_OK;
}

/* "events": {type: colour}, "statuses": {status: colour}. */
static dm_status_t read_vocabulary(theme_reader_t *R, const char *name, json_t *obj, int statuses)
{
    if (!json_is_object(obj))
        return bad(R, name, statuses ? "not an object of status: \"#rrggbb\"" : "not an object of event type: \"#rrggbb\"");
    const char *key;
    json_t *v;
    int count = statuses ? DM_EVENT_STATUS_COUNT : DM_EVENT_TYPE_COUNT;
    json_object_foreach(obj, key, v) {
        char full[128], known[256] = "";
        snprintf(full, sizeof full, "%s.%s", name, key);
        int k = 0;
        for (; k < count; k++) {
            const char *n = statuses ? dm_event_status_name((dm_event_status_t)k) : dm_event_type_name((dm_event_type_t)k);
            if (strcmp(n, key) == 0)
                break;
            size_t len = strlen(known);
            snprintf(known + len, sizeof known - len, "%s%s", k ? ", " : "", n);
        }
        if (k == count) {
            char prefix[64];
            snprintf(prefix, sizeof prefix, "%s.", name);
            return unknown(R, prefix, key, known);
        }
        dmi_rgb_t c;
        dm_status_t st = colour(R, full, v, &c);
        if (st != DM_OK)
            return st;
        if (statuses) {
            R->t->status[k] = c;
            R->t->status_set |= 1u << k;
        } else {
            R->t->event[k] = c;
        }
    }
    return DM_OK;
}

static dm_status_t read_fonts(theme_reader_t *R, json_t *obj)
{
    if (!json_is_object(obj))
        return bad(R, "fonts", "not an object (family, scale)");
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v) {
        if (strcmp(key, "family") == 0) {
            const char *f = json_string_value(v);
            /* No quotes or markup: SVG and HTML quote it in an attribute. */
            if (!f || !*f || strlen(f) > 200 || strpbrk(f, "\n\r\t,'\"<>&\\;{}"))
                return bad(R, "fonts.family", "not one font family name (\"Noto Serif\"; no quotes, commas or markup)");
            /* The shipped fonts stay behind it for what it cannot draw (Hangul). */
            size_t n = strlen(f) + 32;
            free(R->t->font);
            if (!(R->t->font = malloc(n)))
                return dmi_error(R->ctx, DM_ERR_NOMEM, "out of memory");
            snprintf(R->t->font, n, "%s, Noto Sans, Noto Sans CJK KR", f);
        } else if (strcmp(key, "scale") == 0) {
            dm_status_t st = number(R, "fonts.scale", v, 0.5, 3, &R->t->text_scale);
            if (st != DM_OK)
                return st;
        } else {
            return unknown(R, "fonts.", key, "family, scale");
        }
    }
    return DM_OK;
}

static dm_status_t read_logo(theme_reader_t *R, json_t *obj)
{
    if (!json_is_object(obj))
        return bad(R, "logo", "not an object (file, width, corner)");
    const char *key, *file = NULL;
    json_t *v;
    R->t->logo_width = 120;
    R->t->logo_corner = 1;
    json_object_foreach(obj, key, v) {
        dm_status_t st = DM_OK;
        if (strcmp(key, "file") == 0) {
            if (!(file = json_string_value(v)) || !*file)
                return bad(R, "logo.file", "not a file name (a PNG, relative to the theme file)");
        } else if (strcmp(key, "width") == 0) {
            st = number(R, "logo.width", v, 1, 10000, &R->t->logo_width);
        } else if (strcmp(key, "corner") == 0) {
            const char *c = json_string_value(v);
            int k = 0;
            while (k < 4 && (!c || strcmp(c, corners[k]) != 0))
                k++;
            if (k == 4)
                return bad(R, "logo.corner", "not top-left, top-right, bottom-left or bottom-right");
            R->t->logo_corner = k;
        } else {
            return unknown(R, "logo.", key, "file, width, corner");
        }
        if (st != DM_OK)
            return st;
    }
    if (!file)
        return bad(R, "logo", "needs \"file\", a PNG");
    /* Relative to the theme file's directory, so a theme folder moves whole. */
    const char *slash = strrchr(R->path, '/');
    size_t dir = file[0] == '/' || !slash ? 0 : (size_t)(slash - R->path + 1);
    size_t n = dir + strlen(file) + 1;
    char *png = malloc(n);
    if (!png)
        return dmi_error(R->ctx, DM_ERR_NOMEM, "out of memory");
    snprintf(png, n, "%.*s%s", (int)dir, R->path, file);
    cairo_surface_t *s = cairo_image_surface_create_from_png(png);
    dm_status_t st = DM_OK;
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        st = dmi_error(R->ctx, DM_ERR_USAGE, "%s: key 'logo.file': cannot read %s as PNG (%s)", R->path, png,
                       cairo_status_to_string(cairo_surface_status(s)));
        cairo_surface_destroy(s);
    } else if ((double)cairo_image_surface_get_width(s) * cairo_image_surface_get_height(s) > LOGO_MAX_PIXELS) {
        st = dmi_error(R->ctx, DM_ERR_LIMIT, "%s: key 'logo.file': %s is larger than %d pixels", R->path, png,
                       LOGO_MAX_PIXELS);
        cairo_surface_destroy(s);
    } else {
        R->t->logo = s;
    }
    free(png);
    return st;
}

dm_status_t dmi_theme_load(dm_context_t *ctx, const char *path, struct dmi_theme **out)
{
    *out = NULL;
    char *text = NULL;
    size_t len = 0;
    dm_status_t st = dmi_read_file(ctx, path, THEME_FILE_MAX, &text, &len);
    if (st != DM_OK)
        return st;
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    free(text);
    if (!json_is_object(root)) {
        st = root ? dmi_error(ctx, DM_ERR_USAGE, "%s: a theme file is a JSON object", path)
                  : dmi_error(ctx, DM_ERR_USAGE, "%s:%d:%d: invalid JSON: %s", path, jerr.line, jerr.column, jerr.text);
        json_decref(root);
        return st;
    }
    theme_reader_t R = {ctx, path, calloc(1, sizeof *R.t)};
    if (!R.t) {
        json_decref(root);
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    }
    json_t *base = json_object_get(root, "base");
    const struct dmi_theme *b = dmi_theme_find(base ? json_string_value(base) : "light");
    if (!b || (base && !json_is_string(base))) {
        st = bad(&R, "base", "not light, dark or print");
        goto out;
    }
    *R.t = *b;   /* its name too: what the base's name decides stays */
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v) {
        if (strcmp(key, "base") == 0)
            continue;
        else if (strcmp(key, "colours") == 0)
            st = read_colours(&R, v);
        else if (strcmp(key, "events") == 0)
            st = read_vocabulary(&R, "events", v, 0);
        else if (strcmp(key, "statuses") == 0)
            st = read_vocabulary(&R, "statuses", v, 1);
        else if (strcmp(key, "fonts") == 0)
            st = read_fonts(&R, v);
        else if (strcmp(key, "logo") == 0)
            st = read_logo(&R, v);
        else if (strcmp(key, "name") == 0 || strcmp(key, "description") == 0)
            st = json_is_string(v) ? DM_OK : bad(&R, key, "not a string");
        else
            st = unknown(&R, "", key, "base, name, description, colours, events, statuses, fonts, logo");
        if (st != DM_OK)
            goto out;
    }
out:
    json_decref(root);
    if (st != DM_OK) {
        dmi_theme_destroy(R.t);
        return st;
    }
    *out = R.t;
    return DM_OK;
}
