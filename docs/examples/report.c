/* report: a small report generator built on libdiplomap.
 *
 *     report STORY... -o OUT.pdf
 *
 * writes one A4 landscape page per story (a story JSON or GeoJSON file):
 * its title, its map drawn straight into the page with dm_map_draw(), a
 * timeline of its events under the map, and its places listed beside it.
 *
 * Build it against an installed diplomap:
 *
 *     cc report.c -o report $(pkg-config --cflags --libs diplomap cairo-pdf) -lm
 *
 * or with CMake: find_package(Diplomap) and link Diplomap::diplomap (see
 * tests/install/consumer/CMakeLists.txt). The text uses cairo's simple
 * "toy" font API to keep the example short; a real report would use pango.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <diplomap.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* A4 landscape in points (1/72 inch), the PDF surface's unit. */
#define PAGE_W 842.0
#define PAGE_H 595.0
#define MARGIN 36.0
#define MAP_W 540.0
#define MAP_H 340.0

static void text_at(cairo_t *cr, double x, double y, double size, int bold, const char *s)
{
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, s);
}

/* Text cut to fit a width, with an ellipsis (UTF-8 safe: cuts only at
 * character starts). */
static void text_fit(cairo_t *cr, double x, double y, double size, int bold, const char *s, double width)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", s);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_text_extents_t ext;
    cairo_text_extents(cr, buf, &ext);
    size_t n = strlen(buf);
    while (ext.x_advance > width && n > 4) {
        do
            n--;
        while (n > 0 && ((unsigned char)buf[n] & 0xC0) == 0x80);
        memcpy(buf + n, "...", 4);
        cairo_text_extents(cr, buf, &ext);
    }
    text_at(cr, x, y, size, bold, buf);
}

/* YYYY, YYYY-MM or YYYY-MM-DD as a fractional year (the middle of the
 * month or year when less precise), or NAN. */
static double date_value(const char *d)
{
    int y = 0, m = 0, day = 0;
    if (!d || sscanf(d, "%d-%d-%d", &y, &m, &day) < 1)
        return NAN;
    if (m == 0)
        return y + 0.5;
    if (day == 0)
        return y + (m - 0.5) / 12.0;
    return y + (m - 1 + (day - 0.5) / 31.0) / 12.0;
}

typedef struct {
    const dm_event_t *event;
    double when;
} dated_t;

static int by_date(const void *a, const void *b)
{
    const dated_t *x = a, *y = b;
    if (isnan(x->when) != isnan(y->when))
        return isnan(x->when) ? 1 : -1;
    return x->when < y->when ? -1 : x->when > y->when;
}

/* Events on a horizontal axis (numbered dots), then listed by date. */
static void draw_timeline(cairo_t *cr, const dm_story_t *story, double x, double y, double w)
{
    size_t n = dm_story_event_count(story);
    text_at(cr, x, y, 11, 1, "Timeline");
    if (n == 0) {
        text_at(cr, x, y + 16, 9, 0, "(no events)");
        return;
    }
    dated_t *ev = calloc(n, sizeof *ev);
    if (!ev)
        return;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++) {
        ev[i].event = dm_story_event(story, i);
        ev[i].when = date_value(ev[i].event->date);
        if (!isnan(ev[i].when)) {
            lo = fmin(lo, ev[i].when);
            hi = fmax(hi, ev[i].when);
        }
    }
    qsort(ev, n, sizeof *ev, by_date);
    double axis_y = y + 22;
    if (lo <= hi) {
        if (hi - lo < 1) {
            lo = floor(lo);
            hi = lo + 1;
        }
        cairo_set_source_rgb(cr, 0.5, 0.5, 0.5);
        cairo_set_line_width(cr, 1);
        cairo_move_to(cr, x, axis_y);
        cairo_line_to(cr, x + w, axis_y);
        cairo_stroke(cr);
        char year[16];
        snprintf(year, sizeof year, "%d", (int)floor(lo));
        text_at(cr, x, axis_y + 12, 7, 0, year);
        snprintf(year, sizeof year, "%d", (int)floor(hi));
        text_at(cr, x + w - 18, axis_y + 12, 7, 0, year);
        for (size_t i = 0; i < n; i++) {
            if (isnan(ev[i].when))
                continue;
            double ex = x + (ev[i].when - lo) / (hi - lo) * w;
            cairo_set_source_rgb(cr, 0.75, 0.2, 0.15);
            cairo_arc(cr, ex, axis_y, 3, 0, 2 * M_PI);
            cairo_fill(cr);
            char num[8];
            snprintf(num, sizeof num, "%zu", i + 1);
            cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
            text_at(cr, ex - 2, axis_y - 6 - 7 * (double)(i % 2), 6.5, 0, num);
        }
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
    double ly = axis_y + 26;
    for (size_t i = 0; i < n && ly < PAGE_H - MARGIN; i++, ly += 12) {
        const dm_event_t *e = ev[i].event;
        char line[512];
        snprintf(line, sizeof line, "%zu.  %-10s  %s (%s, %s)", i + 1, e->date ? e->date : "undated",
                 e->label ? e->label : dm_event_type_name(e->type), dm_event_type_name(e->type),
                 dm_event_status_name(e->status));
        text_fit(cr, x, ly, 8.5, 0, line, w);
    }
    free(ev);
}

static void draw_places(cairo_t *cr, const dm_story_t *story, double x, double y, double w)
{
    text_at(cr, x, y, 11, 1, "Places");
    double ly = y + 18;
    for (size_t i = 0; i < dm_story_place_count(story) && ly < PAGE_H - MARGIN; i++, ly += 24) {
        const dm_place_t *p = dm_story_place(story, i);
        text_fit(cr, x, ly, 9, 1, p->name, w);
        char detail[128];
        snprintf(detail, sizeof detail, "%s%s%s  %.2f, %.2f", dm_place_kind_name(p->kind), p->country ? ", " : "",
                 p->country ? p->country : "", p->lat, p->lon);
        cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
        text_fit(cr, x, ly + 10, 7.5, 0, detail, w);
        cairo_set_source_rgb(cr, 0, 0, 0);
    }
}

/* One page: title, map, timeline, places. Returns a dm_status_t. */
static dm_status_t story_page(dm_context_t *ctx, cairo_t *cr, const char *path)
{
    dm_story_t *story = NULL;
    dm_map_t *map = NULL;
    dm_map_options_t opts;
    dm_map_options_init(&opts);
    /* The map's canvas is the size it takes on the page, so its text has
     * the same point sizes as the report's. */
    opts.width = MAP_W;
    opts.height = MAP_H;
    opts.theme = "print";
    char title[512] = "", sub[512] = "";
    dm_status_t st = dm_story_load_file_auto(ctx, path, &story);
    if (st == DM_OK)
        st = dm_story_resolve(story, NULL);
    if (st == DM_OK) {
        /* The page carries the title and subtitle; the map goes without. */
        snprintf(title, sizeof title, "%s", dm_story_title(story) ? dm_story_title(story) : path);
        snprintf(sub, sizeof sub, "%s%s%s%s%s", dm_story_subtitle(story) ? dm_story_subtitle(story) : "",
                 dm_story_subtitle(story) ? "  -  " : "", dm_story_source(story) ? dm_story_source(story) : "",
                 dm_story_source(story) && dm_story_date(story) ? ", " : "",
                 dm_story_date(story) ? dm_story_date(story) : "");
        if ((st = dm_story_set_title(story, NULL)) == DM_OK)
            st = dm_story_set_subtitle(story, NULL);
    }
    if (st == DM_OK)
        st = dm_map_create(ctx, story, &opts, &map);
    if (st == DM_OK) {
        cairo_set_source_rgb(cr, 0, 0, 0);
        text_fit(cr, MARGIN, MARGIN + 8, 16, 1, title, PAGE_W - 2 * MARGIN);
        cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
        text_fit(cr, MARGIN, MARGIN + 24, 9, 0, sub, PAGE_W - 2 * MARGIN);
        st = dm_map_draw(map, cr, MARGIN, MARGIN + 36, MAP_W, MAP_H);
    }
    if (st == DM_OK) {
        cairo_set_source_rgb(cr, 0, 0, 0);
        draw_timeline(cr, story, MARGIN, MARGIN + 36 + MAP_H + 22, MAP_W);
        draw_places(cr, story, MARGIN + MAP_W + 24, MARGIN + 48, PAGE_W - 2 * MARGIN - MAP_W - 24);
    }
    dm_map_destroy(map);
    dm_story_destroy(story);
    return st;
}

int main(int argc, char **argv)
{
    const char *out = NULL;
    const char **stories = calloc((size_t)argc, sizeof *stories);
    size_t n = 0;
    if (!stories)
        return 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out = argv[++i];
        else
            stories[n++] = argv[i];
    }
    if (!out || n == 0) {
        fprintf(stderr, "usage: report STORY... -o OUT.pdf\n");
        free(stories);
        return 2;
    }
    /* Written beside OUT and renamed on success, as diplomap does. */
    size_t len = strlen(out) + 6;
    char *tmp = malloc(len);
    if (!tmp)
        return 1;
    snprintf(tmp, len, "%s.part", out);
    int rc = 0;
    dm_context_t *ctx = dm_context_create();
    cairo_surface_t *pdf = cairo_pdf_surface_create(tmp, PAGE_W, PAGE_H);
    cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE, "diplomap report");
    cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATOR, "report (diplomap " DM_VERSION_STRING ")");
    cairo_t *cr = cairo_create(pdf);
    for (size_t i = 0; i < n && rc == 0; i++) {
        dm_status_t st = story_page(ctx, cr, stories[i]);
        if (st != DM_OK) {
            fprintf(stderr, "report: %s\n", dm_context_last_error(ctx));
            rc = dm_status_is_input_error(st) ? 2 : 1;
        }
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(pdf);
    if (rc == 0 && cairo_surface_status(pdf) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "report: %s: %s\n", out, cairo_status_to_string(cairo_surface_status(pdf)));
        rc = 1;
    }
    cairo_surface_destroy(pdf);
    if (rc == 0 && rename(tmp, out) != 0) {
        perror(out);
        rc = 1;
    }
    if (rc != 0)
        remove(tmp);
    free(tmp);
    free(stories);
    dm_context_destroy(ctx);
    return rc;
}
