/* Drawing the laid-out map with cairo, layer by layer, in canvas units:
 * ocean, land, lakes, coast and lake shores, borders, story lines, event
 * lines, markers, labels, then the frame furniture (title, legend, scale
 * bar, credits). Everything is where the layout put it (map->labels,
 * map->furniture): nothing here places or measures anything, and texts
 * are laid out by src/layout/text.c exactly as they were measured. */
#include "render-private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void set_rgb(cairo_t *cr, dmi_rgb_t c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

static void path_shape(cairo_t *cr, const dmi_shape_t *s, int close)
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
            if (pen)
                cairo_line_to(cr, x, y);
            else
                cairo_move_to(cr, x, y);
            pen = 1;
        }
        if (close && pen)
            cairo_close_path(cr);
    }
}

/* Stroke many lines a few hundred points at a time: cairo rasterises each
 * stroke as one polygon, and its scan conversion slows down with the number
 * of edges active on a scanline; small batches keep that number small. */
static void stroke_in_batches(cairo_t *cr, const dmi_shape_t *s)
{
    const size_t batch = 128;
    size_t points = 0;
    for (size_t i = 0; i < s->count; i++) {
        const dmi_ring_t *r = &s->rings[i];
        /* Long lines go in pieces that overlap by one point. */
        for (size_t start = 0; start + 1 < r->count; start += batch) {
            size_t n = r->count - start < batch + 1 ? r->count - start : batch + 1;
            dmi_ring_t piece = {.pts = r->pts + start, .count = n};
            dmi_shape_t one = {.rings = &piece, .count = 1};
            path_shape(cr, &one, 0);
            points += n;
            if (points >= batch) {
                cairo_stroke(cr);
                points = 0;
            }
        }
    }
    cairo_stroke(cr);
}

/* ---- symbols ---------------------------------------------------------- */

/* The theme's dash pattern of an event line, scaled to canvas units;
 * returns the number of dash entries (0: solid). */
static int line_dashes(const struct dmi_theme *t, dm_event_type_t type, dm_event_status_t status, double unit,
                       double dash[4])
{
    if ((unsigned)type >= DM_EVENT_TYPE_COUNT || (unsigned)status >= DM_EVENT_STATUS_COUNT)
        return 0;
    const dmi_dash_t *d = &t->dash[type][status];
    for (int i = 0; i < d->count; i++)
        dash[i] = d->on_off[i] * unit;
    return d->count;
}

static void draw_arrowhead(cairo_t *cr, dmi_xy_t tip, dmi_xy_t from, double size)
{
    double dx = tip.x - from.x, dy = tip.y - from.y, len = hypot(dx, dy);
    if (len <= 0)
        return;
    dx /= len;
    dy /= len;
    cairo_move_to(cr, tip.x, tip.y);
    cairo_line_to(cr, tip.x - dx * size - dy * size * 0.5, tip.y - dy * size + dx * size * 0.5);
    cairo_line_to(cr, tip.x - dx * size + dy * size * 0.5, tip.y - dy * size - dx * size * 0.5);
    cairo_close_path(cr);
    cairo_fill(cr);
}

static void draw_cross(cairo_t *cr, dmi_xy_t c, double size)
{
    cairo_move_to(cr, c.x - size, c.y - size);
    cairo_line_to(cr, c.x + size, c.y + size);
    cairo_move_to(cr, c.x + size, c.y - size);
    cairo_line_to(cr, c.x - size, c.y + size);
    cairo_stroke(cr);
}

static void stroke_event_line(cairo_t *cr, const dm_map_t *map, const dmi_ring_t *pts, dm_event_type_t type,
                              dm_event_status_t status, int arrow, int cross)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size, dash[4];
    int nd = line_dashes(t, type, status, fs, dash);
    if (pts->count < 2)
        return;
    cairo_save(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    /* A halo under the line keeps it readable over borders. */
    set_rgb(cr, t->halo);
    cairo_set_line_width(cr, fs * 0.34);
    cairo_set_dash(cr, dash, nd, 0);
    dmi_shape_t one = {.rings = (dmi_ring_t *)pts, .count = 1};
    path_shape(cr, &one, 0);
    cairo_stroke(cr);
    set_rgb(cr, dmi_theme_event_rgb(t, type, status));
    cairo_set_line_width(cr, fs * 0.16);
    path_shape(cr, &one, 0);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    dmi_xy_t end = pts->pts[pts->count - 1], prev = pts->pts[pts->count - 2];
    if (arrow)
        draw_arrowhead(cr, end, prev, fs * 0.75);
    if (cross) {
        cairo_set_line_width(cr, fs * 0.2);
        draw_cross(cr, end, fs * 0.32);
    }
    cairo_restore(cr);
}

static void stroke_feature(cairo_t *cr, const dm_map_t *map, const dmi_shape_t *shape, dm_event_status_t status,
                           int is_area)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size, dash[4];
    int nd = line_dashes(t, DM_EVENT_BROADCAST, status, fs, dash);
    cairo_save(cr);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    if (is_area) {
        path_shape(cr, shape, 1);
        cairo_set_source_rgba(cr, t->line_feature.r, t->line_feature.g, t->line_feature.b, 0.2);
        cairo_fill_preserve(cr);
    } else {
        path_shape(cr, shape, 0);
    }
    set_rgb(cr, t->halo);
    cairo_set_line_width(cr, fs * 0.42);
    cairo_stroke_preserve(cr);
    set_rgb(cr, t->line_feature);
    cairo_set_line_width(cr, fs * 0.22);
    cairo_set_dash(cr, dash, nd, 0);
    cairo_stroke(cr);
    cairo_restore(cr);
}

/* The outline of an event marker: its shape says the event's type, so
 * colour never carries the meaning alone. */
static void event_shape(cairo_t *cr, dm_event_type_t type, double x, double y, double r)
{
    switch (type) {
    case DM_EVENT_AGREEMENT:   /* a square: a signed document */
        cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
        break;
    case DM_EVENT_STATEMENT:   /* a speech bubble */
        cairo_move_to(cr, x - r, y - r * 0.8);
        cairo_line_to(cr, x + r, y - r * 0.8);
        cairo_line_to(cr, x + r, y + r * 0.6);
        cairo_line_to(cr, x - r * 0.2, y + r * 0.6);
        cairo_line_to(cr, x - r * 0.7, y + r * 1.1);
        cairo_line_to(cr, x - r * 0.6, y + r * 0.6);
        cairo_line_to(cr, x - r, y + r * 0.6);
        cairo_close_path(cr);
        break;
    case DM_EVENT_INCIDENT:    /* a warning triangle */
        cairo_move_to(cr, x, y - r * 1.2);
        cairo_line_to(cr, x + r * 1.1, y + r * 0.75);
        cairo_line_to(cr, x - r * 1.1, y + r * 0.75);
        cairo_close_path(cr);
        break;
    default:                   /* meetings, talks, visits: a disc */
        cairo_arc(cr, x, y, r, 0, 2 * M_PI);
        break;
    }
}

/* The status's mark over a marker of radius r at (x, y) (status_mark.c). */
static void draw_status_mark(cairo_t *cr, const dm_map_t *map, double x, double y, double r, dm_event_type_t type,
                             dm_event_status_t status)
{
    dmi_status_mark_t mark;
    if (!dmi_status_mark(status, x, y, r, &mark))
        return;
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    if (mark.badge) {
        cairo_arc(cr, mark.badge_centre.x, mark.badge_centre.y, mark.badge_radius, 0, 2 * M_PI);
        set_rgb(cr, t->paper);
        cairo_fill_preserve(cr);
        set_rgb(cr, dmi_theme_event_rgb(t, type, status));
        cairo_set_line_width(cr, fs * 0.08);
        cairo_stroke(cr);
    }
    for (int pass = mark.slash ? 0 : 1; pass < 2; pass++) {
        for (int k = 0; k < mark.segment_count; k++) {
            cairo_move_to(cr, mark.segments[k].a.x, mark.segments[k].a.y);
            cairo_line_to(cr, mark.segments[k].b.x, mark.segments[k].b.y);
        }
        set_rgb(cr, pass ? dmi_theme_event_rgb(t, type, status) : t->paper);
        cairo_set_line_width(cr, fs * (pass ? 0.12 : 0.3));
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

static void set_status_dash(cairo_t *cr, const dm_map_t *map, dm_event_status_t status)
{
    double dash[2] = {map->font_size * 0.22, map->font_size * 0.16};
    cairo_set_dash(cr, dash, dmi_status_dashed(status) ? 2 : 0, 0);
}

/* Planned, cancelled or failed events are drawn hollow. */
int dmi_event_hollow(dm_event_status_t status)
{
    return status == DM_EVENT_PLANNED || status == DM_EVENT_CANCELLED || status == DM_EVENT_FAILED ||
           status == DM_EVENT_SUSPENDED;
}

/* A numbered event symbol; k scales the symbol (a smaller one in a row or
 * in the legend) but never its number, which keeps its size (at least
 * DMI_TEXT_MIN_SIZE). */
static void draw_numbered(cairo_t *cr, const dm_map_t *map, PangoContext *pc, double x, double y, int number,
                          dm_event_type_t type, dm_event_status_t status, double k)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size * k, r = dmi_marker_radius(map, 1) * k;
    int hollow = dmi_event_hollow(status);
    cairo_new_path(cr);
    event_shape(cr, type, x, y, r);
    set_rgb(cr, hollow ? t->paper : dmi_theme_event_rgb(t, type, status));
    cairo_fill_preserve(cr);
    set_rgb(cr, hollow ? dmi_theme_event_rgb(t, type, status) : t->marker_edge);
    cairo_set_line_width(cr, fs * (hollow ? 0.16 : 0.12));
    set_status_dash(cr, map, status);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    draw_status_mark(cr, map, x, y, r, type, status);   /* under the number: it stays readable */
    char num[8];
    snprintf(num, sizeof num, "%d", number);
    PangoLayout *l = dmi_text_layout(pc, map, num, DMI_TEXT_NUMBER);
    PangoRectangle ink;
    pango_layout_get_extents(l, &ink, NULL);
    cairo_move_to(cr, x - (ink.x + ink.width / 2.0) / PANGO_SCALE, y - (ink.y + ink.height / 2.0) / PANGO_SCALE);
    if (hollow)
        set_rgb(cr, dmi_theme_event_rgb(t, type, status));
    else
        cairo_set_source_rgb(cr, 1, 1, 1);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
}

/* Several events at one place share one marker: a pill showing all their
 * numbers ("1, 4"), in the colour and fill of the first. */
static void draw_numbers_pill(cairo_t *cr, const dm_map_t *map, PangoContext *pc, const dmi_marker_t *m)
{
    const struct dmi_theme *t = map->theme;
    const dm_event_t *ev = m->event >= 0 ? dm_story_event(map->story, (size_t)m->event) : NULL;
    dm_event_type_t type = ev ? ev->type : DM_EVENT_MEETING;
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
    cairo_new_path(cr);
    cairo_arc(cr, m->x - hw + r, m->y, r, M_PI / 2, 3 * M_PI / 2);
    cairo_arc(cr, m->x + hw - r, m->y, r, -M_PI / 2, M_PI / 2);
    cairo_close_path(cr);
    set_rgb(cr, hollow ? t->paper : dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN));
    cairo_fill_preserve(cr);
    set_rgb(cr, hollow ? dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN) : t->marker_edge);
    cairo_set_line_width(cr, fs * (hollow ? 0.16 : 0.12));
    set_status_dash(cr, map, ev ? ev->status : DM_EVENT_UNKNOWN);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    if (ev)
        draw_status_mark(cr, map, m->x + hw - r, m->y, r, type, ev->status);
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_NUMBER);
    PangoRectangle ink;
    pango_layout_get_extents(l, &ink, NULL);
    cairo_move_to(cr, m->x - (ink.x + ink.width / 2.0) / PANGO_SCALE, m->y - (ink.y + ink.height / 2.0) / PANGO_SCALE);
    if (hollow)
        set_rgb(cr, dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN));
    else
        cairo_set_source_rgb(cr, 1, 1, 1);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
}

static void draw_marker(cairo_t *cr, const dm_map_t *map, PangoContext *pc, const dmi_marker_t *m)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    /* pango leaves a current point behind; an arc would join it. */
    cairo_new_path(cr);
    if (m->count > 1 && m->mixed) {
        /* Events of different kinds or statuses: each its own symbol, in
         * a row, smaller. */
        double r = dmi_marker_radius(map, 1) * 0.8;
        int shown = m->count < DMI_MARKER_NUMBERS ? m->count : DMI_MARKER_NUMBERS;
        for (int k = 0; k < shown; k++) {
            const dm_event_t *ev = dm_story_event(map->story, (size_t)m->events[k]);
            draw_numbered(cr, map, pc, m->x - m->half_width + r + k * r * 1.9, m->y, m->numbers[k], ev->type,
                          ev->status, 0.8);
        }
        if (m->count > shown) {
            PangoLayout *l = dmi_text_layout(pc, map, "+", DMI_TEXT_NUMBER);
            cairo_move_to(cr, m->x + m->half_width - map->font_size * 0.55, m->y - map->font_size * 0.5);
            set_rgb(cr, t->text);
            pango_cairo_show_layout(cr, l);
            g_object_unref(l);
        }
        return;
    }
    if (m->count > 1) {
        draw_numbers_pill(cr, map, pc, m);
        return;
    }
    if (m->number) {
        const dm_event_t *ev = m->event >= 0 ? dm_story_event(map->story, (size_t)m->event) : NULL;
        draw_numbered(cr, map, pc, m->x, m->y, m->number, ev ? ev->type : DM_EVENT_MEETING,
                      ev ? ev->status : DM_EVENT_HELD, 1);
        return;
    }
    cairo_arc(cr, m->x, m->y, dmi_marker_radius(map, 0), 0, 2 * M_PI);
    set_rgb(cr, t->marker);
    cairo_fill_preserve(cr);
    set_rgb(cr, t->marker_edge);
    cairo_set_line_width(cr, fs * 0.1);
    cairo_stroke(cr);
}

static void draw_text(cairo_t *cr, const dm_map_t *map, PangoLayout *l, double x, double y, dmi_rgb_t color)
{
    cairo_move_to(cr, x, y);
    pango_cairo_layout_path(cr, l);
    set_rgb(cr, map->theme->halo);
    cairo_set_line_width(cr, map->font_size * 0.22);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
    cairo_move_to(cr, x, y);
    set_rgb(cr, color);
    pango_cairo_show_layout(cr, l);
}

/* Edge pointers: an arrowhead at the frame's edge where a line leaves it
 * (or towards a place outside), and the far place's name beside it. */
static void draw_pointers(cairo_t *cr, const dm_map_t *map, PangoContext *pc, int frame)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    for (size_t i = 0; i < map->pointer_count; i++) {
        const dmi_pointer_t *pt = &map->pointers[i];
        if (pt->frame != frame)
            continue;
        const dm_event_t *ev = dm_story_event(map->story, pt->event);
        dmi_xy_t tip = {pt->x, pt->y}, from = {pt->x - cos(pt->angle), pt->y - sin(pt->angle)};
        cairo_new_path(cr);
        set_rgb(cr, t->halo);
        cairo_set_line_width(cr, fs * 0.2);
        draw_arrowhead(cr, tip, from, fs * 1.0);
        set_rgb(cr, dmi_theme_event_rgb(t, ev->type, ev->status));
        draw_arrowhead(cr, tip, from, fs * 0.85);
        PangoLayout *l = dmi_text_layout(pc, map, pt->text, DMI_TEXT_LABEL);
        PangoRectangle ink;
        pango_layout_get_extents(l, &ink, NULL);
        draw_text(cr, map, l, pt->bbox[0] - ink.x / (double)PANGO_SCALE, pt->bbox[1] - ink.y / (double)PANGO_SCALE,
                  t->text);
        g_object_unref(l);
    }
}

static void draw_labels(cairo_t *cr, const dm_map_t *map, PangoContext *pc, int frame)
{
    const struct dmi_theme *t = map->theme;
    for (size_t i = 0; i < map->label_count; i++) {
        const dmi_label_t *lb = &map->labels[i];
        if (lb->frame != frame)
            continue;
        if (lb->has_leader) {
            set_rgb(cr, t->text);
            cairo_set_line_width(cr, map->font_size * 0.09);
            cairo_move_to(cr, lb->leader[0], lb->leader[1]);
            cairo_line_to(cr, lb->leader[2], lb->leader[3]);
            cairo_stroke(cr);
        }
        PangoLayout *l = dmi_text_layout(pc, map, lb->text, dmi_label_text_style(lb));
        if (lb->wrap > 0) {
            pango_layout_set_width(l, (int)(lb->wrap * PANGO_SCALE));
            pango_layout_set_wrap(l, PANGO_WRAP_WORD);
        }
        draw_text(cr, map, l, lb->x, lb->y, dmi_theme_label_rgb(t, lb->style));
        g_object_unref(l);
    }
}

static void draw_legend(cairo_t *cr, const dm_map_t *map, PangoContext *pc)
{
    const dmi_legend_t *lg = &map->furniture.legend;
    int n = lg->count;
    if (n == 0)
        return;
    const struct dmi_theme *t = map->theme;
    const double *rect = lg->rect, *xs = lg->xs, *ys = lg->ys, wrap = lg->wrap;
    double fs = map->font_size;
    if (!dmi_legend_below(map)) {   /* in the band: on its paper, no box */
        cairo_rectangle(cr, rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1]);
        cairo_set_source_rgba(cr, t->paper.r, t->paper.g, t->paper.b, 0.88);
        cairo_fill_preserve(cr);
        set_rgb(cr, t->border);
        cairo_set_line_width(cr, fs * 0.05);
        cairo_stroke(cr);
    }
    for (int i = 0; i < n; i++) {
        const dmi_legend_entry_t *e = &lg->rows[i];
        double y = ys[i], x0 = xs[i], x1 = x0 + fs * 2.4;
        switch (e->swatch) {
        case DMI_SWATCH_NUMBER:
            draw_numbered(cr, map, pc, (x0 + x1) / 2, y, e->number, e->type, e->status, dmi_legend_symbol_scale(map));
            break;
        case DMI_SWATCH_MARKER: {
            dmi_marker_t m = {.x = (x0 + x1) / 2, .y = y};
            draw_marker(cr, map, pc, &m);
            break;
        }
        case DMI_SWATCH_LINE: {
            dmi_xy_t pts[2] = {{x0, y}, {x1, y}};
            dmi_ring_t ring = {.pts = pts, .count = 2};
            int stops = e->status == DM_EVENT_REFUSED || e->status == DM_EVENT_FAILED;
            stroke_event_line(cr, map, &ring, e->type, e->status, !stops, stops);
            break;
        }
        case DMI_SWATCH_FEATURE: {
            dmi_xy_t pts[2] = {{x0, y}, {x1, y}};
            dmi_ring_t ring = {.pts = pts, .count = 2};
            dmi_shape_t s = {.rings = &ring, .count = 1};
            stroke_feature(cr, map, &s, e->status, 0);
            break;
        }
        case DMI_SWATCH_MORE:
        case DMI_SWATCH_NONE:
            break;
        }
        PangoLayout *l = dmi_legend_row_layout(pc, map, e->text, wrap);
        int tw, th;
        pango_layout_get_pixel_size(l, &tw, &th);
        /* The first line beside the symbol; a wrapped row's others under it. */
        cairo_move_to(cr, x1 + fs * 0.8, y - th / 2.0 / pango_layout_get_line_count(l));
        set_rgb(cr, t->text);
        pango_cairo_show_layout(cr, l);
        g_object_unref(l);
    }
}


static void draw_scale_bar(cairo_t *cr, const dm_map_t *map, PangoContext *pc, int frame)
{
    if (!map->furniture.has_scale_bar[frame])
        return;
    const dmi_scale_bar_t *b = &map->furniture.scale_bars[frame];
    double x0 = b->x0, x1 = b->x1, y = b->y, fs = map->font_size;
    const struct dmi_theme *t = map->theme;
    set_rgb(cr, t->halo);
    cairo_set_line_width(cr, fs * 0.3);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
    set_rgb(cr, t->text);
    cairo_set_line_width(cr, fs * 0.12);
    cairo_move_to(cr, x0, y - fs * 0.3);
    cairo_line_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_line_to(cr, x1, y - fs * 0.3);
    cairo_stroke(cr);
    PangoLayout *l = dmi_text_layout(pc, map, b->text, DMI_TEXT_SMALL);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    draw_text(cr, map, l, (x0 + x1) / 2 - tw / 2.0, y - fs * 0.35 - th, t->text);
    g_object_unref(l);
}

static void draw_frame(cairo_t *cr, const dm_map_t *map, const dmi_frame_t *f)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    cairo_save(cr);
    cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
    cairo_clip(cr);
    if (f->sphere.count) {
        path_shape(cr, &f->sphere, 1);
        set_rgb(cr, t->ocean);
        cairo_fill_preserve(cr);
        cairo_clip(cr);
    } else {
        cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
        set_rgb(cr, t->ocean);
        cairo_fill(cr);
    }
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    for (size_t i = 0; i < f->country_count; i++) {
        path_shape(cr, &f->countries[i], 1);
        set_rgb(cr, f->country_tint[i] ? t->land_story : t->land);
        cairo_fill(cr);
    }
    /* State and province lines: thinner and fainter than country borders,
     * and under the lakes (Natural Earth runs them across the Great Lakes),
     * the coast and the borders, which cover them where they coincide.
     * Bevel joins and fast antialiasing as for the other basemap lines. */
    if (f->admin1.count) {
        cairo_save(cr);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL);
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST);
        set_rgb(cr, t->admin1);
        cairo_set_line_width(cr, fs * 0.05);
        stroke_in_batches(cr, &f->admin1);
        cairo_restore(cr);
    }
    /* Lakes over the land they lie on, in the ocean's colour; their
     * islands are holes, and their shores are stroked with the coast. */
    if (f->lakes.count) {
        path_shape(cr, &f->lakes, 1);
        set_rgb(cr, t->ocean);
        cairo_fill(cr);
    }
    /* Basemap lines are about a pixel wide: bevel joins look the same as
     * round ones there and stroke several times faster. */
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL);
    cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST);
    /* On a world map the land's edge against the ocean is the coast; a
     * stroke adds nothing but cost (the Natural Earth world coast is some
     * 30,000 segments). Regional maps outline their coasts. */
    if (f->window.rmax - f->window.rmin < 359) {
        set_rgb(cr, t->coast);
        cairo_set_line_width(cr, fs * 0.06);
        stroke_in_batches(cr, &f->coast);
    }
    set_rgb(cr, t->border);
    cairo_set_line_width(cr, fs * 0.07);
    stroke_in_batches(cr, &f->borders);
    stroke_in_batches(cr, &f->detail_borders);
    cairo_restore(cr);
}

/* Story content of one frame: lines and areas, event lines, markers,
 * labels; clipped to the frame. */
/* The current path stroked as the frames' outlines are (a locator box, a
 * connector, the overview's main frame): a halo, then the text colour;
 * widths in label heights. */
static void stroke_outline(cairo_t *cr, const dm_map_t *map, double halo_width, double width)
{
    set_rgb(cr, map->theme->halo);
    cairo_set_line_width(cr, map->font_size * halo_width);
    cairo_stroke_preserve(cr);
    set_rgb(cr, map->theme->text);
    cairo_set_line_width(cr, map->font_size * width);
    cairo_stroke(cr);
}

static void draw_content(cairo_t *cr, dm_map_t *map, PangoContext *pc, int fi)
{
    const dmi_frame_t *f = &map->frames[fi];
    cairo_save(cr);
    cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
    cairo_clip(cr);
    for (size_t i = 0; i < map->feature_count; i++)
        if (map->features[i].frame == fi)
            stroke_feature(cr, map, &map->features[i].shape, map->features[i].status, map->features[i].is_area);
    for (size_t i = 0; i < map->line_count; i++) {
        const dmi_line_t *ln = &map->lines[i];
        const dm_event_t *ev = dm_story_event(map->story, ln->event);
        if (ln->frame == fi)
            stroke_event_line(cr, map, &ln->points, ev->type, ev->status, ln->arrow, ln->cross);
    }
    for (size_t i = 0; i < map->marker_count; i++)
        if (map->markers[i].frame == fi)
            draw_marker(cr, map, pc, &map->markers[i]);
    if (f->outline.count >= 3) {
        /* The overview: the main frame's extent outlined. */
        dmi_shape_t one = {.rings = (dmi_ring_t *)&f->outline, .count = 1};
        path_shape(cr, &one, 1);
        stroke_outline(cr, map, 0.25, 0.1);
    }
    draw_labels(cr, map, pc, fi);
    draw_pointers(cr, map, pc, fi);
    cairo_restore(cr);
}

static void draw_locators(cairo_t *cr, const dm_map_t *map)
{
    const dmi_frame_t *mf = &map->frames[0];
    cairo_save(cr);
    cairo_rectangle(cr, mf->rect[0], mf->rect[1], mf->rect[2] - mf->rect[0], mf->rect[3] - mf->rect[1]);
    cairo_clip(cr);
    for (int i = 1; i < map->frame_count; i++) {
        const dmi_frame_t *f = &map->frames[i];
        if (f->locator.count < 3)
            continue;
        dmi_shape_t one = {.rings = (dmi_ring_t *)&f->locator, .count = 1};
        path_shape(cr, &one, 1);
        stroke_outline(cr, map, 0.25, 0.1);
        /* Its connectors to the inset: thinner, in the box's colour (the
         * inset's paper, drawn next, covers their ends). */
        for (int k = 0; k < f->connector_count; k++) {
            const double *c = f->connectors[k];
            cairo_move_to(cr, c[0], c[1]);
            cairo_line_to(cr, c[2], c[3]);
        }
        stroke_outline(cr, map, 0.2, 0.06);
    }
    cairo_restore(cr);
}

static void draw_inset_frame(cairo_t *cr, const dm_map_t *map, const dmi_frame_t *f, int before)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size, pad = fs * 0.25;
    cairo_new_path(cr);
    if (before) {
        /* A paper margin and a soft shadow lift the inset off the map. */
        cairo_rectangle(cr, f->rect[0] - pad + fs * 0.15, f->rect[1] - pad + fs * 0.15, f->rect[2] - f->rect[0] + 2 * pad,
                        f->rect[3] - f->rect[1] + 2 * pad);
        cairo_set_source_rgba(cr, 0, 0, 0, 0.18);
        cairo_fill(cr);
        cairo_rectangle(cr, f->rect[0] - pad, f->rect[1] - pad, f->rect[2] - f->rect[0] + 2 * pad,
                        f->rect[3] - f->rect[1] + 2 * pad);
        set_rgb(cr, t->paper);
        cairo_fill(cr);
        return;
    }
    cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
    set_rgb(cr, t->text);
    cairo_set_line_width(cr, fs * 0.08);
    cairo_stroke(cr);
}

/* The paper and the main frame's basemap, the bulk of the rasterising,
 * drawn by threads into horizontal bands of an image surface: each band is
 * a surface of its own over the same pixels, so no cairo state is shared.
 * Two bands whatever the machine, so the pixels never depend on it. */
#define BASEMAP_BANDS 2

typedef struct {
    dm_map_t *map;
    cairo_surface_t *band;
    int y0;
} band_job_t;

static void *draw_band(void *arg)
{
    band_job_t *job = arg;
    cairo_t *cr = cairo_create(job->band);
    cairo_translate(cr, 0, -job->y0);
    cairo_scale(cr, job->map->scale, job->map->scale);
    set_rgb(cr, job->map->theme->paper);
    cairo_paint(cr);
    draw_frame(cr, job->map, &job->map->frames[0]);
    cairo_destroy(cr);
    return NULL;
}

void dmi_map_draw_basemap_bands(dm_map_t *map, cairo_surface_t *image)
{
    cairo_surface_flush(image);
    unsigned char *data = cairo_image_surface_get_data(image);
    int w = cairo_image_surface_get_width(image), h = cairo_image_surface_get_height(image);
    int stride = cairo_image_surface_get_stride(image);
    band_job_t jobs[BASEMAP_BANDS];
    for (int i = 0; i < BASEMAP_BANDS; i++) {
        int y0 = h * i / BASEMAP_BANDS, y1 = h * (i + 1) / BASEMAP_BANDS;
        jobs[i] = (band_job_t){map, cairo_image_surface_create_for_data(data + (size_t)y0 * (size_t)stride,
                                                                        CAIRO_FORMAT_RGB24, w, y1 - y0, stride), y0};
    }
    dmi_run_parallel(draw_band, jobs, sizeof *jobs, BASEMAP_BANDS);
    for (int i = 0; i < BASEMAP_BANDS; i++)
        cairo_surface_destroy(jobs[i].band);
    cairo_surface_mark_dirty(image);
}

/* story 0: everything but the story's own drawing (render/html.c draws
 * markers, lines, labels, title, legend and credits as SVG over it). */
static dm_status_t draw_map(dm_map_t *map, cairo_t *cr, int main_basemap_drawn, int story)
{
    const struct dmi_theme *t = map->theme;
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    pango_cairo_update_context(cr, pc);
    dmi_text_setup_context(pc);
    const dmi_frame_t *main_frame = &map->frames[0];
    if (!main_basemap_drawn) {
        set_rgb(cr, t->paper);
        cairo_paint(cr);
        draw_frame(cr, map, main_frame);
    }
    /* Locator boxes and connectors under the story (labels' halos mask
     * them), as on an HTML page, where they are in the basemap image. */
    draw_locators(cr, map);
    if (story)
        draw_content(cr, map, pc, 0);
    for (int i = 1; i < map->frame_count; i++) {
        const dmi_frame_t *f = &map->frames[i];
        draw_inset_frame(cr, map, f, 1);
        draw_frame(cr, map, f);
        if (story)
            draw_content(cr, map, pc, i);
        cairo_save(cr);
        cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
        cairo_clip(cr);
        draw_scale_bar(cr, map, pc, i);   /* an overview's scale says nothing: none there */
        cairo_restore(cr);
        draw_inset_frame(cr, map, f, 0);
    }
    double fs = map->font_size;
    const char *title = story ? dm_story_title(map->story) : NULL;
    const char *subtitle = story ? dm_story_subtitle(map->story) : NULL;
    if (title) {
        PangoLayout *l = dmi_heading_layout(pc, map, DMI_TEXT_TITLE);
        cairo_move_to(cr, fs, fs * 0.6);
        set_rgb(cr, t->text);
        pango_cairo_show_layout(cr, l);
        g_object_unref(l);
    }
    if (subtitle) {
        PangoLayout *l = dmi_heading_layout(pc, map, DMI_TEXT_SUBTITLE);
        cairo_move_to(cr, fs, map->furniture.subtitle_y);
        set_rgb(cr, t->text_muted);
        pango_cairo_show_layout(cr, l);
        g_object_unref(l);
    }
    const double *credits = map->furniture.credits;
    if (!story)
        goto scale_bar;
    draw_legend(cr, map, pc);
    cairo_rectangle(cr, credits[0], credits[1], credits[2] - credits[0], credits[3] - credits[1]);
    cairo_set_source_rgba(cr, t->paper.r, t->paper.g, t->paper.b, 0.75);
    cairo_fill(cr);
    PangoLayout *l = dmi_credits_layout(pc, map);
    cairo_move_to(cr, credits[0] + fs * 0.2, credits[1] + fs * 0.1);
    set_rgb(cr, t->text_muted);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
    if ((l = dmi_source_layout(pc, map)) && map->furniture.has_source) {
        cairo_move_to(cr, map->furniture.source[0], map->furniture.source[1]);
        pango_cairo_show_layout(cr, l);
    }
    if (l)
        g_object_unref(l);
scale_bar:
    /* A theme file's logo: with the basemap, so SVG and HTML have it too. */
    dmi_theme_draw_logo(t, cr, map->width, map->height);
    draw_scale_bar(cr, map, pc, 0);
    g_object_unref(pc);
    cairo_status_t cs = cairo_status(cr);
    if (cs != CAIRO_STATUS_SUCCESS)
        return dmi_error(map->ctx, DM_ERR_RENDER, "drawing failed: %s", cairo_status_to_string(cs));
    return DM_OK;
}

dm_status_t dmi_map_draw(dm_map_t *map, cairo_t *cr, int main_basemap_drawn)
{
    return draw_map(map, cr, main_basemap_drawn, 1);
}

dm_status_t dmi_map_draw_basemap(dm_map_t *map, cairo_t *cr, int main_basemap_drawn)
{
    return draw_map(map, cr, main_basemap_drawn, 0);
}
