/* The map as one self-contained HTML page: the basemap (paper, land,
 * water, borders, lakes, inset frames, locator boxes and their connector
 * lines, scale bars; render/draw.c) as an inline PNG, and
 * over it an inline <svg> that draws the story from the same layout the
 * PNG uses (features, event lines, markers, labels, title, legend,
 * credits) with real text. Each marker is a focusable element whose
 * accessible name says the place and its events, and whose tooltip gives
 * each event's type, status, date, participants and the sentence it comes
 * from. Nothing is fetched: no URL appears in any src or href.
 *
 * Units: the SVG's viewBox is the canvas (canvas units), drawn at one CSS
 * pixel per unit at its natural width and scaled to its container's width. */
#include "render-private.h"

#include <glib.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- text and numbers ------------------------------------------------- */

/* Text for HTML content and attribute values alike; control characters
 * (never meaningful in a name or a sentence) become spaces, bytes that are
 * not UTF-8 the replacement character. */
static void esc_len(GString *o, const char *t, gssize len)
{
    if (!t)
        return;
    const char *end = len < 0 ? t + strlen(t) : t + len;
    const char *p = t;
    while (p < end) {
        const char *bad = NULL;
        if (!g_utf8_validate(p, end - p, &bad) && bad == p) {
            g_string_append(o, "\xef\xbf\xbd");
            p++;
            continue;
        }
        const char *stop = bad ? bad : end;
        for (; p < stop; p++) {
            unsigned char c = (unsigned char)*p;
            switch (c) {
            case '&': g_string_append(o, "&amp;"); break;
            case '<': g_string_append(o, "&lt;"); break;
            case '>': g_string_append(o, "&gt;"); break;
            case '"': g_string_append(o, "&quot;"); break;
            case '\'': g_string_append(o, "&#39;"); break;
            default: g_string_append_c(o, c < 0x20 || c == 0x7f ? ' ' : (char)c); break;
            }
        }
    }
}

static void esc(GString *o, const char *t) { esc_len(o, t, -1); }

/* Coordinates to 0.01 canvas unit (a hundredth of a pixel), no trailing
 * zeros: the page stays small and the same input gives the same bytes. */
static void num(GString *o, double v)
{
    if (!isfinite(v))
        v = 0;
    char buf[32];
    snprintf(buf, sizeof buf, "%.2f", round(v * 100) / 100);
    char *dot = strchr(buf, '.');
    if (dot) {
        char *e = buf + strlen(buf) - 1;
        while (e > dot && *e == '0')
            *e-- = '\0';
        if (e == dot)
            *e = '\0';
    }
    if (strcmp(buf, "-0") == 0)
        strcpy(buf, "0");
    g_string_append(o, buf);
}

static void attr_num(GString *o, const char *name, double v)
{
    g_string_append_printf(o, " %s=\"", name);
    num(o, v);
    g_string_append_c(o, '"');
}

static void hex(GString *o, dmi_rgb_t c)
{
    int r = (int)lround(fmin(fmax(c.r, 0), 1) * 255), g = (int)lround(fmin(fmax(c.g, 0), 1) * 255),
        b = (int)lround(fmin(fmax(c.b, 0), 1) * 255);
    g_string_append_printf(o, "#%02x%02x%02x", r, g, b);
}

static void attr_rgb(GString *o, const char *name, dmi_rgb_t c)
{
    g_string_append_printf(o, " %s=\"", name);
    hex(o, c);
    g_string_append_c(o, '"');
}

/* ---- paths and symbols ------------------------------------------------ */

static void path_data(GString *o, const dmi_shape_t *s, int close)
{
    for (size_t i = 0; i < s->count; i++) {
        const dmi_ring_t *r = &s->rings[i];
        int pen = 0;
        for (size_t k = 0; k < r->count; k++) {
            double x = r->pts[k].x, y = r->pts[k].y;
            if (!isfinite(x) || !isfinite(y)) {
                pen = 0;
                continue;
            }
            g_string_append_c(o, pen ? 'L' : 'M');
            num(o, x);
            g_string_append_c(o, ' ');
            num(o, y);
            pen = 1;
        }
        if (close && pen)
            g_string_append_c(o, 'Z');
    }
}

/* The theme's dash pattern (in font sizes) as stroke-dasharray. */
static void dash_attr(GString *o, const dm_map_t *map, dm_event_type_t type, dm_event_status_t status)
{
    if ((unsigned)type >= DM_EVENT_TYPE_COUNT || (unsigned)status >= DM_EVENT_STATUS_COUNT)
        return;
    const dmi_dash_t *d = &map->theme->dash[type][status];
    if (d->count == 0)
        return;
    g_string_append(o, " stroke-dasharray=\"");
    for (int i = 0; i < d->count; i++) {
        if (i)
            g_string_append_c(o, ' ');
        num(o, d->on_off[i] * map->font_size);
    }
    g_string_append_c(o, '"');
}

static void event_line(GString *o, const dm_map_t *map, const dmi_ring_t *pts, dm_event_type_t type,
                       dm_event_status_t status, int arrow, int cross)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    if (pts->count < 2 || (unsigned)type >= DM_EVENT_TYPE_COUNT)
        return;
    dmi_shape_t one = {.rings = (dmi_ring_t *)pts, .count = 1};
    GString *d = g_string_new(NULL);
    path_data(d, &one, 0);
    /* A halo under the line keeps it readable over borders. */
    g_string_append_printf(o, "<g fill=\"none\" stroke-linecap=\"round\"><path d=\"%s\"", d->str);
    attr_rgb(o, "stroke", t->halo);
    attr_num(o, "stroke-width", fs * 0.34);
    dash_attr(o, map, type, status);
    g_string_append_printf(o, "/><path d=\"%s\"", d->str);
    attr_rgb(o, "stroke", dmi_theme_event_rgb(t, type, status));
    attr_num(o, "stroke-width", fs * 0.16);
    dash_attr(o, map, type, status);
    g_string_append(o, "/>");
    g_string_free(d, TRUE);
    dmi_xy_t tip = pts->pts[pts->count - 1], from = pts->pts[pts->count - 2];
    double dx = tip.x - from.x, dy = tip.y - from.y, len = hypot(dx, dy);
    if (arrow && len > 0) {
        double size = fs * 0.75;
        dx /= len;
        dy /= len;
        g_string_append(o, "<path d=\"M");
        num(o, tip.x);
        g_string_append_c(o, ' ');
        num(o, tip.y);
        g_string_append_c(o, 'L');
        num(o, tip.x - dx * size - dy * size * 0.5);
        g_string_append_c(o, ' ');
        num(o, tip.y - dy * size + dx * size * 0.5);
        g_string_append_c(o, 'L');
        num(o, tip.x - dx * size + dy * size * 0.5);
        g_string_append_c(o, ' ');
        num(o, tip.y - dy * size - dx * size * 0.5);
        g_string_append(o, "Z\" stroke=\"none\"");
        attr_rgb(o, "fill", dmi_theme_event_rgb(t, type, status));
        g_string_append(o, "/>");
    }
    if (cross) {
        double s = fs * 0.32;
        g_string_append(o, "<path d=\"M");
        num(o, tip.x - s);
        g_string_append_c(o, ' ');
        num(o, tip.y - s);
        g_string_append_c(o, 'L');
        num(o, tip.x + s);
        g_string_append_c(o, ' ');
        num(o, tip.y + s);
        g_string_append_c(o, 'M');
        num(o, tip.x + s);
        g_string_append_c(o, ' ');
        num(o, tip.y - s);
        g_string_append_c(o, 'L');
        num(o, tip.x - s);
        g_string_append_c(o, ' ');
        num(o, tip.y + s);
        g_string_append_c(o, '"');
        attr_rgb(o, "stroke", dmi_theme_event_rgb(t, type, status));
        attr_num(o, "stroke-width", fs * 0.2);
        g_string_append(o, "/>");
    }
    g_string_append(o, "</g>");
}

static void feature(GString *o, const dm_map_t *map, const dmi_shape_t *shape, dm_event_status_t status, int is_area)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    GString *d = g_string_new(NULL);
    path_data(d, shape, is_area);
    g_string_append(o, "<g stroke-linejoin=\"round\">");
    if (is_area) {
        g_string_append_printf(o, "<path d=\"%s\" fill-rule=\"evenodd\" fill-opacity=\"0.2\" stroke=\"none\"", d->str);
        attr_rgb(o, "fill", t->line_feature);
        g_string_append(o, "/>");
    }
    g_string_append_printf(o, "<path d=\"%s\" fill=\"none\"", d->str);
    attr_rgb(o, "stroke", t->halo);
    attr_num(o, "stroke-width", fs * 0.42);
    g_string_append_printf(o, "/><path d=\"%s\" fill=\"none\"", d->str);
    attr_rgb(o, "stroke", t->line_feature);
    attr_num(o, "stroke-width", fs * 0.22);
    dash_attr(o, map, DM_EVENT_BROADCAST, status);
    g_string_append(o, "/></g>");
    g_string_free(d, TRUE);
}

/* The outline of an event marker (render/draw.c's event_shape): its shape
 * says the event's type. */
static void event_shape(GString *o, dm_event_type_t type, double x, double y, double r)
{
    static const double bubble[][2] = {{-1, -0.8}, {1, -0.8}, {1, 0.6}, {-0.2, 0.6}, {-0.7, 1.1}, {-0.6, 0.6}, {-1, 0.6}};
    static const double triangle[][2] = {{0, -1.2}, {1.1, 0.75}, {-1.1, 0.75}};
    const double (*pts)[2] = NULL;
    size_t n = 0;
    switch (type) {
    case DM_EVENT_AGREEMENT:
        g_string_append(o, "<rect");
        attr_num(o, "x", x - r * 0.9);
        attr_num(o, "y", y - r * 0.9);
        attr_num(o, "width", r * 1.8);
        attr_num(o, "height", r * 1.8);
        return;
    case DM_EVENT_STATEMENT:
        pts = bubble;
        n = sizeof bubble / sizeof bubble[0];
        break;
    case DM_EVENT_INCIDENT:
        pts = triangle;
        n = sizeof triangle / sizeof triangle[0];
        break;
    default:
        g_string_append(o, "<circle");
        attr_num(o, "cx", x);
        attr_num(o, "cy", y);
        attr_num(o, "r", r);
        return;
    }
    g_string_append(o, "<path d=\"");
    for (size_t i = 0; i < n; i++) {
        g_string_append_c(o, i ? 'L' : 'M');
        num(o, x + pts[i][0] * r);
        g_string_append_c(o, ' ');
        num(o, y + pts[i][1] * r);
    }
    g_string_append(o, "Z\"");
}

/* ---- text -------------------------------------------------------------- */

/* The font-family attribute of the story's text: the theme file's family
 * list (checked free of quotes and markup by render/theme.c) or the shipped
 * fonts, each quoted, then sans-serif. */
static void font_family_attr(GString *o, const struct dmi_theme *t)
{
    const char *f = t->font ? t->font : "Noto Sans, Noto Sans CJK KR";
    g_string_append(o, " font-family=\"");
    while (*f) {
        size_t n = strcspn(f, ",");
        g_string_append_printf(o, "'%.*s',", (int)n, f);
        f += n;
        while (*f == ',' || *f == ' ')
            f++;
    }
    g_string_append(o, "sans-serif\"");
}

/* A pango layout as an SVG <text> whose origin (top-left of its logical
 * box, as pango_cairo_show_layout draws it) is (x, y): one <tspan> per
 * line on pango's own baselines, in the font, size, weight and style the
 * layout was made with. halo draws the outline under the letters (labels
 * over the basemap). shown overrides the text (an ellipsized title). */
static void svg_text(GString *o, const dm_map_t *map, PangoLayout *l, double x, double y, dmi_rgb_t color, int halo,
                     double letter_spacing, const char *shown)
{
    const PangoFontDescription *fd = pango_layout_get_font_description(l);
    double size = fd ? pango_font_description_get_size(fd) / (double)PANGO_SCALE : map->font_size;
    int weight = fd ? (int)pango_font_description_get_weight(fd) : 400;
    int italic = fd && pango_font_description_get_style(fd) != PANGO_STYLE_NORMAL;
    g_string_append(o, "<text");
    attr_num(o, "font-size", size);
    if (weight != 400)
        g_string_append_printf(o, " font-weight=\"%d\"", weight);
    if (italic)
        g_string_append(o, " font-style=\"italic\"");
    if (letter_spacing > 0)
        attr_num(o, "letter-spacing", letter_spacing);
    attr_rgb(o, "fill", color);
    if (halo) {
        attr_rgb(o, "stroke", map->theme->halo);
        attr_num(o, "stroke-width", map->font_size * 0.22);
        g_string_append(o, " stroke-linejoin=\"round\" paint-order=\"stroke\"");
    }
    g_string_append_c(o, '>');
    const char *text = pango_layout_get_text(l);
    PangoLayoutIter *it = pango_layout_get_iter(l);
    int first = 1;
    do {
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double base = pango_layout_iter_get_baseline(it) / (double)PANGO_SCALE;
        g_string_append(o, "<tspan");
        attr_num(o, "x", x + logical.x / (double)PANGO_SCALE);
        attr_num(o, "y", y + base);
        /* Pango's width (unhinted advances) for the browser's too: text
         * then ends where the layout measured it, whatever the renderer's
         * hinting, and never runs into the next label. A wrapped line's
         * trailing spaces are left out of both (SVG drops them). */
        int len = line->length;
        while (!shown && len > 0 && text[line->start_index + len - 1] == ' ')
            len--;
        double width = logical.width / (double)PANGO_SCALE;
        if (len < line->length) {
            int end_x;
            pango_layout_line_index_to_x(line, line->start_index + len, 0, &end_x);
            width = (end_x - logical.x) / (double)PANGO_SCALE;
        }
        if (width > 0)
            attr_num(o, "textLength", width);
        g_string_append_c(o, '>');
        if (shown && first)
            esc(o, shown);
        else if (!shown)
            esc_len(o, text + line->start_index, len);
        g_string_append(o, "</tspan>");
        first = 0;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    g_string_append(o, "</text>");
}

/* The text an ellipsized one-line layout shows: the longest prefix that
 * fits with an ellipsis. NULL when it is not ellipsized. g_free it. */
static char *ellipsized_text(PangoContext *pc, const dm_map_t *map, PangoLayout *l, dmi_text_style_t style, double width)
{
    if (!pango_layout_is_ellipsized(l))
        return NULL;
    const char *text = pango_layout_get_text(l);
    glong n = g_utf8_strlen(text, -1), lo = 0, hi = n;
    while (lo < hi) {
        glong mid = (lo + hi + 1) / 2;
        const char *end = g_utf8_offset_to_pointer(text, mid);
        char *try = g_strdup_printf("%.*s\u2026", (int)(end - text), text);
        PangoLayout *t = dmi_text_layout(pc, map, try, style);
        int w, h;
        pango_layout_get_pixel_size(t, &w, &h);
        g_object_unref(t);
        g_free(try);
        if (w <= width)
            lo = mid;
        else
            hi = mid - 1;
    }
    const char *end = g_utf8_offset_to_pointer(text, lo);
    return g_strdup_printf("%.*s\u2026", (int)(end - text), text);
}

/* The status's mark over a marker (render/status_mark.c; draw.c draws
 * the same with cairo). */
static void status_mark(GString *o, const dm_map_t *map, double x, double y, double r, dm_event_type_t type,
                        dm_event_status_t status)
{
    dmi_status_mark_t mark;
    if (!dmi_status_mark(status, x, y, r, &mark))
        return;
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    if (mark.badge) {
        g_string_append(o, "<circle");
        attr_num(o, "cx", mark.badge_centre.x);
        attr_num(o, "cy", mark.badge_centre.y);
        attr_num(o, "r", mark.badge_radius);
        attr_rgb(o, "fill", t->paper);
        attr_rgb(o, "stroke", dmi_theme_event_rgb(t, type, status));
        attr_num(o, "stroke-width", fs * 0.08);
        g_string_append(o, "/>");
    }
    for (int pass = mark.slash ? 0 : 1; pass < 2; pass++) {
        g_string_append(o, "<path d=\"");
        for (int k = 0; k < mark.segment_count; k++)
            g_string_append_printf(o, "M%.2f %.2fL%.2f %.2f", mark.segments[k].a.x, mark.segments[k].a.y,
                                   mark.segments[k].b.x, mark.segments[k].b.y);
        g_string_append(o, "\" fill=\"none\" stroke-linecap=\"round\"");
        attr_rgb(o, "stroke", pass ? dmi_theme_event_rgb(t, type, status) : t->paper);
        attr_num(o, "stroke-width", fs * (pass ? 0.12 : 0.3));
        g_string_append(o, "/>");
    }
}

/* Planned: a dashed outline (draw.c's set_status_dash). */
static void status_dash(GString *o, const dm_map_t *map, dm_event_status_t status)
{
    if (dmi_status_dashed(status))
        g_string_append_printf(o, " stroke-dasharray=\"%.2f %.2f\"", map->font_size * 0.22, map->font_size * 0.16);
}

/* k: the scale of the group it is drawn in (a row of small symbols, the
 * legend); the number keeps its own size, as render/draw.c draws it. */
static void numbered(GString *o, const dm_map_t *map, PangoContext *pc, double x, double y, int number,
                     dm_event_type_t type, dm_event_status_t status, double k)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size, r = dmi_marker_radius(map, 1);
    int hollow = dmi_event_hollow(status);
    if ((unsigned)type >= DM_EVENT_TYPE_COUNT)
        type = DM_EVENT_OTHER;
    event_shape(o, type, x, y, r);
    attr_rgb(o, "fill", hollow ? t->paper : dmi_theme_event_rgb(t, type, status));
    attr_rgb(o, "stroke", hollow ? dmi_theme_event_rgb(t, type, status) : t->marker_edge);
    attr_num(o, "stroke-width", fs * (hollow ? 0.16 : 0.12));
    status_dash(o, map, status);
    g_string_append(o, "/>");
    status_mark(o, map, x, y, r, type, status);
    char digits[16];
    snprintf(digits, sizeof digits, "%d", number);
    PangoLayout *l = dmi_text_layout(pc, map, digits, DMI_TEXT_NUMBER);
    PangoRectangle ink;
    pango_layout_get_extents(l, &ink, NULL);
    dmi_rgb_t white = {1, 1, 1};
    if (k != 1) {
        g_string_append(o, "<g transform=\"scale(");
        num(o, 1 / k);
        g_string_append(o, ")\">");
        x *= k;
        y *= k;
    }
    svg_text(o, map, l, x - (ink.x + ink.width / 2.0) / PANGO_SCALE, y - (ink.y + ink.height / 2.0) / PANGO_SCALE,
             hollow ? dmi_theme_event_rgb(t, type, status) : white, 0, 0, NULL);
    if (k != 1)
        g_string_append(o, "</g>");
    g_object_unref(l);
}

/* Several events at one place share one marker (render/draw.c's pill):
 * all their numbers, in the colour and fill of the first. */
static void numbers_pill(GString *o, const dm_map_t *map, PangoContext *pc, const dmi_marker_t *m)
{
    const struct dmi_theme *t = map->theme;
    const dm_event_t *ev = m->event >= 0 ? dm_story_event(map->story, (size_t)m->event) : NULL;
    dm_event_type_t type = ev && (unsigned)ev->type < DM_EVENT_TYPE_COUNT ? ev->type : DM_EVENT_MEETING;
    int hollow = ev && dmi_event_hollow(ev->status);
    double fs = map->font_size, r = dmi_marker_radius(map, 1), hw = m->half_width;
    char text[64] = "";
    for (int i = 0; i < m->count && i < DMI_MARKER_NUMBERS; i++) {
        size_t len = strlen(text);
        snprintf(text + len, sizeof text - len, "%s%d", i ? ", " : "", m->numbers[i]);
    }
    if (m->count > DMI_MARKER_NUMBERS) {
        size_t len = strlen(text);
        snprintf(text + len, sizeof text - len, "+");
    }
    g_string_append(o, "<rect");
    attr_num(o, "x", m->x - hw);
    attr_num(o, "y", m->y - r);
    attr_num(o, "width", 2 * hw);
    attr_num(o, "height", 2 * r);
    attr_num(o, "rx", r);
    attr_rgb(o, "fill", hollow ? t->paper : dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN));
    attr_rgb(o, "stroke", hollow ? dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN) : t->marker_edge);
    attr_num(o, "stroke-width", fs * (hollow ? 0.16 : 0.12));
    status_dash(o, map, ev ? ev->status : DM_EVENT_UNKNOWN);
    g_string_append(o, "/>");
    if (ev)
        status_mark(o, map, m->x + hw - r, m->y, r, type, ev->status);
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_NUMBER);
    PangoRectangle ink;
    pango_layout_get_extents(l, &ink, NULL);
    dmi_rgb_t white = {1, 1, 1};
    svg_text(o, map, l, m->x - (ink.x + ink.width / 2.0) / PANGO_SCALE, m->y - (ink.y + ink.height / 2.0) / PANGO_SCALE,
             hollow ? dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN) : white, 0, 0, NULL);
    g_object_unref(l);
}

static void plain_marker(GString *o, const dm_map_t *map, double x, double y)
{
    const struct dmi_theme *t = map->theme;
    g_string_append(o, "<circle");
    attr_num(o, "cx", x);
    attr_num(o, "cy", y);
    attr_num(o, "r", dmi_marker_radius(map, 0));
    attr_rgb(o, "fill", t->marker);
    attr_rgb(o, "stroke", t->marker_edge);
    attr_num(o, "stroke-width", map->font_size * 0.1);
    g_string_append(o, "/>");
}

/* ---- where the events' sentences come from ----------------------------- */

/* Per event, the sentence it was read from, or NULL: from the article when
 * the story was extracted from one (the event's first mention span, in
 * code points), else from the story file's "evidence" of that event. The
 * story keeps only the path of its file, so the file is read again here:
 * only a regular file, only within the story's size limit. */
static char **event_sentences(const dm_map_t *map)
{
    const dm_story_t *s = map->story;
    size_t ne = dm_story_event_count(s);
    char **out = g_new0(char *, ne + 1);
    const char *path = dmi_story_file(s);
    struct stat sb;
    gchar *text = NULL;
    gsize len = 0;
    if (!path || stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || (unsigned long long)sb.st_size > DM_STORY_MAX_BYTES ||
        !g_file_get_contents(path, &text, &len, NULL))
        return out;
    const char *p = text;
    while (p < text + len && g_ascii_isspace(*p))
        p++;
    if (p < text + len && *p == '{') {
        /* A story: events[].evidence, or a GeoJSON event's properties.evidence. */
        json_t *root = json_loadb(text, len, 0, NULL);
        json_t *events = json_object_get(root, "events"), *features = json_object_get(root, "features");
        size_t n = json_is_array(events) ? json_array_size(events) : json_is_array(features) ? json_array_size(features) : 0;
        for (size_t i = 0; i < n; i++) {
            json_t *e = json_is_array(events) ? json_array_get(events, i) : json_object_get(json_array_get(features, i), "properties");
            const char *id = json_string_value(json_object_get(e, "id"));
            json_t *ev = json_object_get(e, "evidence");
            if (json_is_array(ev))
                ev = json_array_get(ev, 0);
            const char *evidence = json_string_value(ev);
            if (!id || !evidence || !*evidence)
                continue;
            for (size_t k = 0; k < ne; k++)
                if (!out[k] && strcmp(dm_story_event(s, k)->id, id) == 0)
                    out[k] = g_strdup(evidence);
        }
        json_decref(root);
    } else if (g_utf8_validate(text, (gssize)len, NULL)) {
        size_t chars = (size_t)g_utf8_strlen(text, (gssize)len);
        for (size_t k = 0; k < ne; k++) {
            const dm_event_t *ev = dm_story_event(s, k);
            if (ev->mention_count == 0)
                continue;
            dm_span_t sp = ev->mentions[0];
            if (sp.start >= sp.end || sp.end > chars)
                continue;
            /* A sentence, not a chapter: at most 600 characters. */
            size_t end = sp.end - sp.start > 600 ? sp.start + 600 : sp.end;
            const char *a = g_utf8_offset_to_pointer(text, (glong)sp.start);
            const char *b = g_utf8_offset_to_pointer(a, (glong)(end - sp.start));
            out[k] = g_strstrip(g_strndup(a, (gsize)(b - a)));
        }
    }
    g_free(text);
    return out;
}

/* ---- the focusable markers and their tooltips -------------------------- */

static const char *type_word(dm_event_type_t t)
{
    static const char *const words[DM_EVENT_TYPE_COUNT] = {"Meeting", "Talks", "Visit", "Letter", "Call",
                                                          "Statement", "Broadcast", "Agreement", "Incident", "Event"};
    return (unsigned)t < DM_EVENT_TYPE_COUNT ? words[t] : "Event";
}

static void date_words(const char *date, char *out, size_t n)
{
    static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"};
    int y = 0, m = 0, d = 0;
    int got = date ? sscanf(date, "%d-%d-%d", &y, &m, &d) : 0;
    if (got >= 3 && m >= 1 && m <= 12)
        snprintf(out, n, "%d %s %d", d, months[m - 1], y);
    else if (got == 2 && m >= 1 && m <= 12)
        snprintf(out, n, "%s %d", months[m - 1], y);
    else if (got >= 1)
        snprintf(out, n, "%d", y);
    else
        snprintf(out, n, "date unknown");
}

typedef struct {
    GString *svg, *tips;    /* tips NULL: an SVG file, whose markers get a <title> */
    const dm_map_t *map;
    char **sentences;
    int count;              /* focusable elements so far */
    GArray **events_at;     /* per place: its events (size_t), in date order, with
                             * those of the places its marker stands for */
    int *hit_frame;         /* per place: the frame where it is focusable, or -1 */
} page_t;

/* The events of every place, and the frame where each place is seen best
 * (the largest scale that draws it: the inset that enlarges it rather than
 * its dot on the world map), in one pass each: linear in the story, so a
 * story of thousands of places is no slower per place than a small one. */
static void page_index(page_t *pg)
{
    const dm_map_t *map = pg->map;
    const dm_story_t *s = map->story;
    size_t np = dm_story_place_count(s), ne = dm_story_event_count(s);
    pg->events_at = g_new0(GArray *, np + 1);
    pg->hit_frame = g_new(int, np + 1);
    for (size_t i = 0; i < np; i++)
        pg->hit_frame[i] = -1;
    for (size_t j = 0; j < ne; j++) {
        size_t k = map->event_order ? map->event_order[j] : j;
        const dm_event_t *ev = dm_story_event(s, k);
        for (size_t i = 0; i < ev->place_count; i++) {
            const dm_place_t *p = dm_story_find_place(s, ev->places[i]);
            if (!p)
                continue;
            size_t idx = (size_t)(p - dm_story_place(s, 0));
            size_t at[2] = {idx, map->named_with && map->named_with[idx] >= 0 ? (size_t)map->named_with[idx] : idx};
            for (int n = 0; n < 2; n++) {
                if (at[n] >= np)
                    continue;
                GArray **a = &pg->events_at[at[n]];
                if (!*a)
                    *a = g_array_new(FALSE, FALSE, sizeof(size_t));
                if ((*a)->len == 0 || g_array_index(*a, size_t, (*a)->len - 1) != k)
                    g_array_append_val(*a, k);
            }
        }
    }
    for (size_t i = 0; i < map->marker_count + map->feature_count; i++) {
        int is_marker = i < map->marker_count;
        size_t p = is_marker ? map->markers[i].place : map->features[i - map->marker_count].place;
        int f = is_marker ? map->markers[i].frame : map->features[i - map->marker_count].frame;
        int *best = p < np ? &pg->hit_frame[p] : NULL;
        if (best && (*best < 0 || fabs(map->frames[f].a) > fabs(map->frames[*best].a)))
            *best = f;
    }
}

static void page_index_free(page_t *pg)
{
    size_t np = pg->map ? dm_story_place_count(pg->map->story) : 0;
    for (size_t i = 0; pg->events_at && i < np; i++)
        if (pg->events_at[i])
            g_array_free(pg->events_at[i], TRUE);
    g_free(pg->events_at);
    g_free(pg->hit_frame);
}

/* Opens the focusable group of place pi (ended by the caller with </g>),
 * and writes its tooltip, anchored at (x, y) on the canvas. */
static void open_hit(page_t *pg, size_t pi, double x, double y, double radius)
{
    const dm_map_t *map = pg->map;
    const dm_story_t *s = map->story;
    const dm_place_t *p = dm_story_place(s, pi);
    int id = ++pg->count;
    /* The place as the map labels it (--lang): "서울" on a Korean map. */
    char *name = dmi_place_label_text((dm_map_t *)map, p);
    GString *label = g_string_new(name ? name : p->name);
    GString *tip = pg->tips ? pg->tips : g_string_new(NULL);
    g_string_append_printf(tip, "<div class=\"dm-tip\" id=\"dm-t%d\" role=\"tooltip\" style=\"", id);
    /* Beside the marker, on the side with room. */
    if (x > map->width * 0.6) {
        g_string_append(tip, "right:");
        num(tip, (map->width - x) / map->width * 100);
    } else {
        g_string_append(tip, "left:");
        num(tip, x / map->width * 100);
    }
    if (y > map->height * 0.55) {
        g_string_append(tip, "%;bottom:");
        num(tip, (map->height - y) / map->height * 100);
    } else {
        g_string_append(tip, "%;top:");
        num(tip, y / map->height * 100);
    }
    g_string_append(tip, "%\"><p class=\"dm-place\">");
    esc(tip, name ? name : p->name);
    free(name);
    g_string_append(tip, "</p>");
    size_t listed = 0;
    const GArray *events = pg->events_at[pi];
    for (size_t j = 0; events && j < events->len; j++) {
        size_t k = g_array_index(events, size_t, j);
        const dm_event_t *ev = dm_story_event(s, k);
        char when[64];
        date_words(ev->date, when, sizeof when);
        const char *what = ev->label ? ev->label : type_word(ev->type);
        g_string_append_printf(label, "%s %s (%s, %s, %s)", listed ? ";" : ":", what, dm_event_type_name(ev->type),
                               dm_event_status_name(ev->status), when);
        g_string_append(tip, "<div class=\"dm-ev\"><p class=\"dm-what\">");
        esc(tip, what);
        g_string_append(tip, "</p><p class=\"dm-meta\"><span class=\"dm-type\">");
        esc(tip, type_word(ev->type));
        g_string_append(tip, "</span> · <span class=\"dm-status\">");
        esc(tip, dm_event_status_name(ev->status));
        g_string_append(tip, "</span> · <span class=\"dm-date\">");
        esc(tip, when);
        g_string_append(tip, "</span>");
        if (ev->participant_count) {
            g_string_append(tip, " · <span class=\"dm-who\">");
            for (size_t i = 0; i < ev->participant_count; i++) {
                if (i)
                    g_string_append(tip, ", ");
                esc(tip, ev->participants[i]);
            }
            g_string_append(tip, "</span>");
        }
        g_string_append(tip, "</p>");
        if (pg->sentences[k]) {
            g_string_append(tip, "<blockquote class=\"dm-src\">");
            esc(tip, pg->sentences[k]);
            g_string_append(tip, "</blockquote>");
        }
        g_string_append(tip, "</div>");
        listed++;
    }
    if (!listed)
        g_string_append(tip, "<p class=\"dm-meta\">Place named in the story</p>");
    g_string_append(tip, "</div>\n");
    if (!pg->tips) {
        /* A plain SVG file: the name and events as the group's title, which
         * viewers show on hover and screen readers read. */
        g_string_free(tip, TRUE);
        g_string_append(pg->svg, "<g><title>");
        esc(pg->svg, label->str);
        g_string_append(pg->svg, "</title>");
        g_string_free(label, TRUE);
        return;
    }
    g_string_append_printf(pg->svg, "<g class=\"dm-hit\" id=\"dm-m%d\" tabindex=\"0\" role=\"img\" aria-label=\"", id);
    esc(pg->svg, label->str);
    g_string_append_printf(pg->svg, "\" aria-describedby=\"dm-t%d\" data-place=\"", id);
    esc(pg->svg, p->id);
    g_string_append_printf(pg->svg, "\" data-events=\"%zu\">", listed);
    /* A target a finger can hit, and the focus ring. */
    g_string_append(pg->svg, "<circle class=\"dm-ring\"");
    attr_num(pg->svg, "cx", x);
    attr_num(pg->svg, "cy", y);
    attr_num(pg->svg, "r", fmax(radius, map->font_size * 0.9));
    g_string_append(pg->svg, "/>");
    g_string_free(label, TRUE);
}

/* ---- the page ---------------------------------------------------------- */

static void frame_content(page_t *pg, PangoContext *pc, int fi)
{
    const dm_map_t *map = pg->map;
    const struct dmi_theme *t = map->theme;
    GString *o = pg->svg;
    double fs = map->font_size;
    g_string_append_printf(o, "<g clip-path=\"url(#dm-clip%d)\">\n", fi);
    for (size_t i = 0; i < map->feature_count; i++) {
        const dmi_feature_t *f = &map->features[i];
        if (f->frame != fi)
            continue;
        /* A story line or area with events along it is focusable too. */
        int first = pg->hit_frame[f->place] == fi;
        for (size_t k = 0; k < i; k++)
            if (map->features[k].place == f->place && map->features[k].frame == fi)
                first = 0;
        double ax = NAN, ay = NAN;
        for (size_t r = 0; r < f->shape.count && !isfinite(ax); r++)
            if (f->shape.rings[r].count) {
                dmi_xy_t m = f->shape.rings[r].pts[f->shape.rings[r].count / 2];
                ax = m.x;
                ay = m.y;
            }
        int hit = first && isfinite(ax) && isfinite(ay);
        if (hit)
            open_hit(pg, f->place, ax, ay, 0);
        feature(o, map, &f->shape, f->status, f->is_area);
        if (hit)
            g_string_append(o, "</g>");
        g_string_append_c(o, '\n');
    }
    for (size_t i = 0; i < map->line_count; i++) {
        const dmi_line_t *ln = &map->lines[i];
        const dm_event_t *ev = dm_story_event(map->story, ln->event);
        if (ln->frame == fi) {
            event_line(o, map, &ln->points, ev->type, ev->status, ln->arrow, ln->cross);
            g_string_append_c(o, '\n');
        }
    }
    for (size_t i = 0; i < map->marker_count; i++) {
        const dmi_marker_t *m = &map->markers[i];
        if (m->frame != fi)
            continue;
        int hit = pg->hit_frame[m->place] == fi;
        if (hit)
            open_hit(pg, m->place, m->x, m->y, fmax(dmi_marker_radius(map, m->number != 0), m->half_width));
        else
            g_string_append(o, "<g>");
        if (m->count > 1 && m->mixed) {
            /* render/draw.c's row of small symbols, one per event. */
            double r = dmi_marker_radius(map, 1) * 0.8;
            for (int k = 0; k < m->count && k < DMI_MARKER_NUMBERS; k++) {
                const dm_event_t *ev = dm_story_event(map->story, (size_t)m->events[k]);
                g_string_append(o, "<g transform=\"translate(");
                num(o, m->x - m->half_width + r + k * r * 1.9);
                g_string_append_c(o, ' ');
                num(o, m->y);
                g_string_append(o, ") scale(0.8)\">");
                numbered(o, map, pc, 0, 0, m->numbers[k], ev->type, ev->status, 0.8);
                g_string_append(o, "</g>");
            }
        } else if (m->count > 1) {
            numbers_pill(o, map, pc, m);
        } else if (m->number) {
            const dm_event_t *ev = m->event >= 0 ? dm_story_event(map->story, (size_t)m->event) : NULL;
            numbered(o, map, pc, m->x, m->y, m->number, ev ? ev->type : DM_EVENT_MEETING, ev ? ev->status : DM_EVENT_HELD,
                     1);
        } else {
            plain_marker(o, map, m->x, m->y);
        }
        g_string_append(o, "</g>\n");
    }
    for (size_t i = 0; i < map->label_count; i++) {
        const dmi_label_t *lb = &map->labels[i];
        if (lb->frame != fi)
            continue;
        if (lb->has_leader) {
            g_string_append(o, "<path d=\"M");
            num(o, lb->leader[0]);
            g_string_append_c(o, ' ');
            num(o, lb->leader[1]);
            g_string_append_c(o, 'L');
            num(o, lb->leader[2]);
            g_string_append_c(o, ' ');
            num(o, lb->leader[3]);
            g_string_append_c(o, '"');
            attr_rgb(o, "stroke", t->text);
            attr_num(o, "stroke-width", fs * 0.09);
            g_string_append(o, "/>");
        }
        dmi_text_style_t style = dmi_label_text_style(lb);
        PangoLayout *l = dmi_text_layout(pc, map, lb->text, style);
        if (lb->wrap > 0) {
            pango_layout_set_width(l, (int)(lb->wrap * PANGO_SCALE));
            pango_layout_set_wrap(l, PANGO_WRAP_WORD);
        }
        svg_text(o, map, l, lb->x, lb->y, dmi_theme_label_rgb(t, lb->style), 1, dmi_text_is_caps(style) ? fs * 0.12 : 0,
                 NULL);
        g_object_unref(l);
        g_string_append_c(o, '\n');
    }
    /* The overview's outline of the main frame, and the edge pointers
     * (render/draw.c draws the same in cairo). */
    const dmi_frame_t *fr = &map->frames[fi];
    if (fr->outline.count >= 3) {
        dmi_shape_t one = {.rings = (dmi_ring_t *)&fr->outline, .count = 1};
        GString *d = g_string_new(NULL);
        path_data(d, &one, 1);
        g_string_append_printf(o, "<g fill=\"none\"><path d=\"%s\"", d->str);
        attr_rgb(o, "stroke", t->halo);
        attr_num(o, "stroke-width", fs * 0.25);
        g_string_append_printf(o, "/><path d=\"%s\"", d->str);
        attr_rgb(o, "stroke", t->text);
        attr_num(o, "stroke-width", fs * 0.1);
        g_string_append(o, "/></g>\n");
        g_string_free(d, TRUE);
    }
    for (size_t i = 0; i < map->pointer_count; i++) {
        const dmi_pointer_t *pt = &map->pointers[i];
        if (pt->frame != fi)
            continue;
        const dm_event_t *ev = dm_story_event(map->story, pt->event);
        double dx = cos(pt->angle), dy = sin(pt->angle);
        for (int pass = 0; pass < 2; pass++) {
            double size = fs * (pass ? 0.85 : 1.0);
            g_string_append(o, "<path d=\"M");
            num(o, pt->x);
            g_string_append_c(o, ' ');
            num(o, pt->y);
            g_string_append_c(o, 'L');
            num(o, pt->x - dx * size - dy * size * 0.5);
            g_string_append_c(o, ' ');
            num(o, pt->y - dy * size + dx * size * 0.5);
            g_string_append_c(o, 'L');
            num(o, pt->x - dx * size + dy * size * 0.5);
            g_string_append_c(o, ' ');
            num(o, pt->y - dy * size - dx * size * 0.5);
            g_string_append(o, "Z\"");
            attr_rgb(o, "fill", pass ? dmi_theme_event_rgb(t, ev->type, ev->status)
                                     : t->halo);
            g_string_append(o, "/>");
        }
        PangoLayout *l = dmi_text_layout(pc, map, pt->text, DMI_TEXT_LABEL);
        PangoRectangle ink;
        pango_layout_get_extents(l, &ink, NULL);
        svg_text(o, map, l, pt->bbox[0] - ink.x / (double)PANGO_SCALE, pt->bbox[1] - ink.y / (double)PANGO_SCALE,
                 t->text, 1, 0, NULL);
        g_object_unref(l);
        g_string_append_c(o, '\n');
    }
    g_string_append(o, "</g>\n");
}

static void rect_path(GString *o, double x0, double y0, double x1, double y1)
{
    g_string_append_c(o, 'M');
    num(o, x0);
    g_string_append_c(o, ' ');
    num(o, y0);
    g_string_append(o, "H");
    num(o, x1);
    g_string_append(o, "V");
    num(o, y1);
    g_string_append(o, "H");
    num(o, x0);
    g_string_append(o, "Z");
}

/* Each frame's story is clipped to it; the main frame's also leaves out
 * the insets with their paper margin and shadow, which the PNG paints over
 * it. */
static void clip_paths(GString *o, const dm_map_t *map)
{
    double fs = map->font_size, pad = fs * 0.25;
    g_string_append(o, "<defs>");
    for (int i = 0; i < map->frame_count; i++) {
        const double *r = map->frames[i].rect;
        g_string_append_printf(o, "<clipPath id=\"dm-clip%d\"><path clip-rule=\"evenodd\" d=\"", i);
        rect_path(o, r[0], r[1], r[2], r[3]);
        for (int k = 1; i == 0 && k < map->frame_count; k++) {
            const double *q = map->frames[k].rect;
            rect_path(o, q[0] - pad, q[1] - pad, q[2] + pad + fs * 0.15, q[3] + pad + fs * 0.15);
        }
        g_string_append(o, "\"/></clipPath>");
    }
    g_string_append(o, "</defs>\n");
}

static void legend(GString *o, const dm_map_t *map, PangoContext *pc)
{
    /* The legend the layout placed, as render/draw.c draws it (rows
     * wrapped, or in the band below the map without a panel). */
    const dmi_legend_t *lg = &map->furniture.legend;
    int n = lg->count;
    if (n == 0)
        return;
    const struct dmi_theme *t = map->theme;
    const double *rect = lg->rect, *xs = lg->xs, *ys = lg->ys, wrap = lg->wrap;
    double fs = map->font_size;
    g_string_append(o, "<g class=\"dm-legend\">");
    if (!dmi_legend_below(map)) {
        g_string_append(o, "<rect");
        attr_num(o, "x", rect[0]);
        attr_num(o, "y", rect[1]);
        attr_num(o, "width", rect[2] - rect[0]);
        attr_num(o, "height", rect[3] - rect[1]);
        attr_rgb(o, "fill", t->paper);
        g_string_append(o, " fill-opacity=\"0.88\"");
        attr_rgb(o, "stroke", t->border);
        attr_num(o, "stroke-width", fs * 0.05);
        g_string_append(o, "/>");
    }
    g_string_append_c(o, '\n');
    for (int i = 0; i < n; i++) {
        const dmi_legend_entry_t *e = &lg->rows[i];
        double y = ys[i], x0 = xs[i], x1 = x0 + fs * 2.4;
        switch (e->swatch) {
        case DMI_SWATCH_NUMBER:
            /* Legend numbers are a little smaller than on the map. */
            g_string_append(o, "<g transform=\"translate(");
            num(o, (x0 + x1) / 2);
            g_string_append_c(o, ' ');
            num(o, y);
            g_string_append(o, ") scale(");
            num(o, dmi_legend_symbol_scale(map));
            g_string_append(o, ")\">");
            numbered(o, map, pc, 0, 0, e->number, e->type, e->status, dmi_legend_symbol_scale(map));
            g_string_append(o, "</g>");
            break;
        case DMI_SWATCH_MARKER:
            plain_marker(o, map, (x0 + x1) / 2, y);
            break;
        case DMI_SWATCH_LINE: {
            dmi_xy_t pts[2] = {{x0, y}, {x1, y}};
            dmi_ring_t ring = {.pts = pts, .count = 2};
            int stops = e->status == DM_EVENT_REFUSED || e->status == DM_EVENT_FAILED;
            event_line(o, map, &ring, e->type, e->status, !stops, stops);
            break;
        }
        case DMI_SWATCH_FEATURE: {
            dmi_xy_t pts[2] = {{x0, y}, {x1, y}};
            dmi_ring_t ring = {.pts = pts, .count = 2};
            dmi_shape_t sh = {.rings = &ring, .count = 1};
            feature(o, map, &sh, e->status, 0);
            break;
        }
        case DMI_SWATCH_MORE:
        case DMI_SWATCH_NONE:
            break;
        }
        PangoLayout *l = dmi_legend_row_layout(pc, map, e->text, wrap);
        int tw, th;
        pango_layout_get_pixel_size(l, &tw, &th);
        svg_text(o, map, l, x1 + fs * 0.8, y - th / 2.0 / pango_layout_get_line_count(l), t->text, 0, 0, NULL);
        g_object_unref(l);
        g_string_append_c(o, '\n');
    }
    g_string_append(o, "</g>\n");
}

static void titles_and_credits(GString *o, const dm_map_t *map, PangoContext *pc)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    const char *title = dm_story_title(map->story), *subtitle = dm_story_subtitle(map->story);
    const char *texts[2] = {title, subtitle};
    const dmi_text_style_t styles[2] = {DMI_TEXT_TITLE, DMI_TEXT_SUBTITLE};
    for (int i = 0; i < 2; i++) {
        if (!texts[i])
            continue;
        /* As render/draw.c: two lines rather than cut short. */
        PangoLayout *l = dmi_heading_layout(pc, map, styles[i]);
        char *shown = pango_layout_get_line_count(l) > 1 ? NULL
                                                         : ellipsized_text(pc, map, l, styles[i], map->width - 2 * fs);
        if (shown) {
            /* The cut text laid out on its own: its own width for textLength. */
            g_object_unref(l);
            l = dmi_text_layout(pc, map, shown, styles[i]);
        }
        if (i == 0)
            g_string_append(o, "<g id=\"dm-title\">");
        svg_text(o, map, l, fs, i == 0 ? fs * 0.6 : map->furniture.subtitle_y, i == 0 ? t->text : t->text_muted, 0, 0,
                 NULL);
        if (i == 0)
            g_string_append(o, "</g>");
        g_string_append_c(o, '\n');
        g_free(shown);
        g_object_unref(l);
    }
    legend(o, map, pc);
    const double *credits = map->furniture.credits, *source = map->furniture.source;
    g_string_append(o, "<g class=\"dm-credits\"><rect");
    attr_num(o, "x", credits[0]);
    attr_num(o, "y", credits[1]);
    attr_num(o, "width", credits[2] - credits[0]);
    attr_num(o, "height", credits[3] - credits[1]);
    attr_rgb(o, "fill", t->paper);
    g_string_append(o, " fill-opacity=\"0.75\"/>");
    PangoLayout *l = dmi_credits_layout(pc, map);
    svg_text(o, map, l, credits[0] + fs * 0.2, credits[1] + fs * 0.1, t->text_muted, 0, 0, NULL);
    g_object_unref(l);
    if ((l = dmi_source_layout(pc, map)) && map->furniture.has_source)
        svg_text(o, map, l, source[0], source[1], t->text_muted, 0, 0, NULL);
    if (l)
        g_object_unref(l);
    g_string_append(o, "</g>\n");
}

dm_status_t dmi_svg_story(dm_map_t *map, GString *out)
{
    char **sentences = event_sentences(map);
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    dmi_text_setup_context(pc);
    page_t pg = {.svg = g_string_new(NULL), .map = map, .sentences = sentences};
    page_index(&pg);
    g_string_append(out, "<g");
    font_family_attr(out, map->theme);
    g_string_append(out, " text-rendering=\"geometricPrecision\">\n");
    clip_paths(out, map);
    for (int i = 0; i < map->frame_count; i++)
        frame_content(&pg, pc, i);
    g_string_append(out, pg.svg->str);
    titles_and_credits(out, map, pc);
    g_string_append(out, "</g>\n");
    g_string_free(pg.svg, TRUE);
    page_index_free(&pg);
    g_object_unref(pc);
    g_strfreev(sentences);
    return DM_OK;
}

static cairo_status_t append_bytes(void *closure, const unsigned char *data, unsigned int length)
{
    g_byte_array_append(closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

/* The basemap PNG's pixel density: twice the map's --scale for sharp lines
 * on high-density screens while the image stays within the pixels of a
 * 1600 x 1000 map at 1x (a page of a few hundred KB), else --scale. */
static double image_density(const dm_map_t *map)
{
    double base = map->scale > 0 ? map->scale : 1;
    double twice = map->width * map->height * (2 * base) * (2 * base);
    return twice <= 1600.0 * 1000.0 ? 2 * base : base;
}

dm_status_t dmi_basemap_png(dm_map_t *map, double k, GByteArray *png)
{
    dm_context_t *ctx = map->ctx;
    int w = (int)ceil(map->width * k), h = (int)ceil(map->height * k);
    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(img);
        return dmi_error(ctx, DM_ERR_RENDER, "cannot create the basemap image: %s",
                         cairo_status_to_string(cairo_surface_status(img)));
    }
    /* The banded basemap reads the density from the map. */
    double saved = map->scale;
    map->scale = k;
    dmi_map_draw_basemap_bands(map, img);
    cairo_t *cr = cairo_create(img);
    cairo_scale(cr, k, k);
    dm_status_t st = dmi_map_draw_basemap(map, cr, 1);
    cairo_destroy(cr);
    map->scale = saved;
    if (st == DM_OK)
        st = dmi_png_write(ctx, img, append_bytes, png, NULL);
    cairo_surface_destroy(img);
    return st;
}

static const char page_css[] =
    "html,body{margin:0;padding:0}\n"
    ".dm-map{margin:0;width:100%}\n"
    ".dm-stage{position:relative}\n"
    ".dm-stage>svg{display:block;width:100%;height:auto}\n"
    ".dm-hit{cursor:pointer;outline:none}\n"
    ".dm-ring{fill:#000;fill-opacity:0;stroke:none}\n"
    ".dm-hit:focus .dm-ring,.dm-hit:hover .dm-ring{stroke:#0b57d0;stroke-width:3px;stroke-opacity:1}\n"
    ".dm-tip{position:absolute;z-index:2;visibility:hidden;box-sizing:border-box;max-width:min(26em,60%);"
    "margin:14px;padding:8px 10px;background:#fff;color:#1f1f1f;border:1px solid #8a8a8a;border-radius:4px;"
    "box-shadow:0 2px 8px rgba(0,0,0,.25);font:13px/1.35 'Noto Sans',sans-serif;pointer-events:none}\n"
    ".dm-tip.dm-on{visibility:visible}\n"
    ".dm-tip p{margin:0}\n"
    ".dm-place{font-weight:700}\n"
    ".dm-ev{margin-top:6px}\n"
    ".dm-what{font-weight:600}\n"
    ".dm-meta{color:#555}\n"
    ".dm-src{margin:4px 0 0;padding-left:8px;border-left:3px solid #ccc;font-style:italic}\n"
    ".dm-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}\n";

/* Hover or focus on a marker shows its tooltip (aria-describedby names
 * it); Escape hides it. No other behaviour, nothing fetched. */
static const char page_js[] =
    "(function(){var s=document.currentScript.previousElementSibling;"
    "function f(e,on){var m=e.target.closest&&e.target.closest('.dm-hit');if(!m)return;"
    "var t=document.getElementById(m.getAttribute('aria-describedby'));if(t)t.classList.toggle('dm-on',on);}"
    "s.addEventListener('mouseover',function(e){f(e,true)});s.addEventListener('mouseout',function(e){f(e,false)});"
    "s.addEventListener('focusin',function(e){f(e,true)});s.addEventListener('focusout',function(e){f(e,false)});"
    "s.addEventListener('keydown',function(e){if(e.key==='Escape')f(e,false)});})();";

dm_status_t dmi_html_write(dm_map_t *map, cairo_write_func_t write, void *closure)
{
    dm_context_t *ctx = map->ctx;
    GByteArray *png = g_byte_array_new();
    char *alt = NULL, **sentences = NULL;
    GString *o = NULL;
    page_t pg = {0};
    PangoContext *pc = NULL;
    dm_status_t st = dmi_basemap_png(map, image_density(map), png);
    if (st != DM_OK)
        goto out;
    if ((st = dm_map_alt_text(map, &alt)) != DM_OK)
        goto out;
    g_strstrip(alt);
    sentences = event_sentences(map);
    pc = pango_font_map_create_context(dmi_text_font_map(ctx));
    dmi_text_setup_context(pc);
    o = g_string_sized_new(png->len * 4 / 3 + 65536);
    pg = (page_t){.svg = g_string_new(NULL), .tips = g_string_new(NULL), .map = map, .sentences = sentences};
    page_index(&pg);
    const char *title = dm_story_title(map->story);
    g_string_append(o, "<!DOCTYPE html>\n<html lang=\"");
    g_string_append(o, map->lang == 1 ? "ko" : "en");
    g_string_append(o, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"diplomap " DM_VERSION_STRING "\">\n<title>");
    esc(o, title ? title : "Map");
    g_string_append_printf(o, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<figure class=\"dm-map\">\n"
                              "<div class=\"dm-stage\">\n<svg viewBox=\"0 0 ", page_css);
    num(o, map->width);
    g_string_append_c(o, ' ');
    num(o, map->height);
    g_string_append_c(o, '"');
    attr_num(o, "width", map->width);
    attr_num(o, "height", map->height);
    g_string_append(o, " role=\"group\" aria-label=\"");
    esc(o, title ? title : "Map");
    g_string_append(o, "\" aria-describedby=\"dm-desc\" text-rendering=\"geometricPrecision\"");
    font_family_attr(o, map->theme);
    g_string_append(o, ">\n");
    clip_paths(o, map);
    g_string_append(o, "<image class=\"dm-basemap\" x=\"0\" y=\"0\"");
    attr_num(o, "width", map->width);
    attr_num(o, "height", map->height);
    g_string_append(o, " preserveAspectRatio=\"none\" aria-hidden=\"true\" href=\"data:image/png;base64,");
    gchar *b64 = g_base64_encode(png->data, png->len);
    g_string_append(o, b64);
    g_free(b64);
    g_string_append(o, "\"/>\n");
    for (int i = 0; i < map->frame_count; i++)
        frame_content(&pg, pc, i);
    g_string_append(o, pg.svg->str);
    titles_and_credits(o, map, pc);
    g_string_append(o, "</svg>\n<script>");
    g_string_append(o, page_js);
    g_string_append(o, "</script>\n");
    g_string_append(o, pg.tips->str);
    g_string_append(o, "</div>\n<figcaption id=\"dm-desc\" class=\"dm-sr\">");
    esc(o, alt);
    g_string_append(o, "</figcaption>\n</figure>\n</body>\n</html>\n");
    for (size_t at = 0; at < o->len;) {
        unsigned int n = o->len - at > (1u << 30) ? 1u << 30 : (unsigned int)(o->len - at);
        if (write(closure, (const unsigned char *)o->str + at, n) != CAIRO_STATUS_SUCCESS) {
            st = dmi_error(ctx, DM_ERR_IO, "cannot write the HTML page");
            break;
        }
        at += n;
    }
out:
    if (pc)
        g_object_unref(pc);
    if (pg.svg)
        g_string_free(pg.svg, TRUE);
    if (pg.tips)
        g_string_free(pg.tips, TRUE);
    page_index_free(&pg);
    if (o)
        g_string_free(o, TRUE);
    g_strfreev(sentences);
    dm_free(alt);
    g_byte_array_free(png, TRUE);
    return st;
}
