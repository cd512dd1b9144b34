/* Output surfaces: the one place that knows PNG, SVG, PDF and HTML (drawn
 * by render/html.c). Files are
 * rendered in memory, then written with dm_file_write_atomic (a temporary
 * file beside the target, renamed on success), so a failed run leaves
 * nothing behind and never touches an existing file. */
#include "render-private.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

dm_format_t dm_format_from_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot)
        return DM_FORMAT_AUTO;
    if (strcasecmp(dot, ".png") == 0)
        return DM_FORMAT_PNG;
    if (strcasecmp(dot, ".svg") == 0)
        return DM_FORMAT_SVG;
    if (strcasecmp(dot, ".pdf") == 0)
        return DM_FORMAT_PDF;
    if (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0)
        return DM_FORMAT_HTML;
    return DM_FORMAT_AUTO;
}

/* PDF dates come from SOURCE_DATE_EPOCH (reproducible builds), else from
 * the story's date, so the same input gives the same bytes. */
static void pdf_date(const dm_map_t *map, char *out, size_t n)
{
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        char *end;
        long long secs = strtoll(epoch, &end, 10);
        if (*end == '\0' && secs >= 0) {
            time_t t = (time_t)secs;
            struct tm tm;
            gmtime_r(&t, &tm);
            strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
            return;
        }
    }
    const char *d = dm_story_date(map->story);
    int y = 2000, m = 1, day = 1;
    if (d)
        sscanf(d, "%d-%d-%d", &y, &m, &day);
    snprintf(out, n, "%04d-%02d-%02dT00:00:00Z", y, m, day);
}


static cairo_status_t append_bytes(void *closure, const unsigned char *data, unsigned int length)
{
    g_byte_array_append(closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

static void xml_escape(GString *o, const char *t)
{
    for (; t && *t; t++) {
        unsigned char c = (unsigned char)*t;
        if (c == '&')
            g_string_append(o, "&amp;");
        else if (c == '<')
            g_string_append(o, "&lt;");
        else if (c == '>')
            g_string_append(o, "&gt;");
        else if (c < 0x20 && c != '\n' && c != '\t')
            g_string_append_c(o, ' ');   /* not allowed in XML 1.0 */
        else
            g_string_append_c(o, (char)c);
    }
}

/* cairo's SVG surface writes a <clipPath> for every drawing operation
 * under a clip, the same outline over and over (a frame's globe, once per
 * batch of coast): each repeated definition is dropped and its uses point
 * to the first. Lossless; halves the seed map's file. */
static GString *svg_dedup_clips(const GByteArray *svg)
{
    const char *p = (const char *)svg->data, *end = p + svg->len;
    GString *out = g_string_sized_new(svg->len);
    GHashTable *first = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);   /* body -> id */
    GHashTable *alias = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);   /* id -> id */
    for (;;) {
        const char *open = g_strstr_len(p, end - p, "<clipPath id=\"");
        const char *close = open ? g_strstr_len(open, end - open, "</clipPath>") : NULL;
        const char *id0 = open ? open + strlen("<clipPath id=\"") : NULL;
        const char *id1 = id0 ? memchr(id0, '"', (size_t)(end - id0)) : NULL;
        const char *body = id1 ? memchr(id1, '>', (size_t)(end - id1)) : NULL;
        if (!close || !id1 || !body || body > close) {
            g_string_append_len(out, p, end - p);
            break;
        }
        g_string_append_len(out, p, open - p);
        close += strlen("</clipPath>");
        char *key = g_strndup(body, (gsize)(close - body)), *id = g_strndup(id0, (gsize)(id1 - id0));
        const char *known = g_hash_table_lookup(first, key);
        if (known) {
            g_hash_table_insert(alias, id, g_strdup(known));
            g_free(key);
            if (close < end && *close == '\n')
                close++;
        } else {
            g_string_append_len(out, open, close - open);
            g_hash_table_insert(first, key, id);
        }
        p = close;
    }
    if (g_hash_table_size(alias) > 0) {
        GString *res = g_string_sized_new(out->len);
        const char *q = out->str, *qend = out->str + out->len;
        for (;;) {
            const char *u = g_strstr_len(q, qend - q, "url(#");
            const char *e = u ? memchr(u, ')', (size_t)(qend - u)) : NULL;
            if (!e) {
                g_string_append_len(res, q, qend - q);
                break;
            }
            char *id = g_strndup(u + 5, (gsize)(e - u - 5));
            const char *to = g_hash_table_lookup(alias, id);
            g_string_append_len(res, q, u + 5 - q);
            g_string_append(res, to ? to : id);
            g_free(id);
            q = e;
        }
        g_string_free(out, TRUE);
        out = res;
    }
    g_hash_table_destroy(first);
    g_hash_table_destroy(alias);
    return out;
}

/* A number of hundredths of a unit in the shortest form SVG reads:
 * "-1.5", ".25", "3". */
static void svg_append_hundredths(GString *out, long long v, int *last_has_dot)
{
    char buf[32];
    int neg = v < 0;
    unsigned long long a = neg ? (unsigned long long)(-(v + 1)) + 1 : (unsigned long long)v;
    unsigned long long whole = a / 100, frac = a % 100;
    int n = 0;
    if (whole || !frac)
        n = snprintf(buf, sizeof buf, "%llu", whole);
    if (frac) {
        n += snprintf(buf + n, sizeof buf - (size_t)n, frac % 10 ? ".%02llu" : ".%llu", frac % 10 ? frac : frac / 10);
    }
    /* A separator only where the grammar needs one: a sign or a second
     * decimal point already ends the previous number. */
    if (*last_has_dot >= 0 && !neg && !(buf[0] == '.' && *last_has_dot))
        g_string_append_c(out, ' ');
    if (neg)
        g_string_append_c(out, '-');
    g_string_append_len(out, buf, n);
    *last_has_dot = strchr(buf, '.') != NULL;
}

/* One path's data, cairo's "M 96 754 L 96 754.5 L 95 754.5 Z" written in
 * relative coordinates to 0.01 unit, "m96 754 0 .5-1 0z": a command only
 * where it changes, separators only where needed. Positions are rounded to
 * hundredths first and the steps taken between rounded positions, so no
 * error accumulates along a path. The same shape for every reader (cairo
 * writes 6 decimals; 0.01 unit is below any screen's or printer's dot) in
 * about 40 % of the bytes. Returns 0 when the data holds anything but the
 * M, L, C, H, V and Z that cairo writes (the caller then copies it as it is). */
static int svg_compact_path(GString *out, const char *d, const char *end)
{
    long long cur[2] = {0, 0}, start[2] = {0, 0};
    char cmd = 0, last = 0;
    int last_has_dot = -1; /* -1: the previous token was a command letter */
    size_t mark = out->len;
    while (d < end) {
        if (*d == ' ' || *d == ',') {
            d++;
            continue;
        }
        if (g_ascii_isalpha(*d)) {
            cmd = *d++;
            if (!strchr("MLCHVZ", cmd))
                goto fail;
            if (cmd == 'Z') {
                g_string_append_c(out, 'z');
                last = 'z';
                last_has_dot = -1;
                cur[0] = start[0];
                cur[1] = start[1];
            }
            continue;
        }
        int arity = cmd == 'C' ? 6 : cmd == 'H' || cmd == 'V' ? 1 : cmd == 'M' || cmd == 'L' ? 2 : 0;
        if (!arity)
            goto fail;
        long long v[6];
        for (int k = 0; k < arity; k++) {
            while (d < end && (*d == ' ' || *d == ','))
                d++;
            char *stop;
            double x = g_ascii_strtod(d, &stop);
            if (stop == d || stop > end || !isfinite(x) || fabs(x) > 1e12)
                goto fail;
            v[k] = llround(x * 100);
            d = stop;
        }
        char rel = (char)g_ascii_tolower(cmd);
        if (!(rel == last || (rel == 'l' && last == 'm'))) {
            g_string_append_c(out, rel);
            last_has_dot = -1;
        }
        last = rel;
        if (cmd == 'H' || cmd == 'V') {
            int axis = cmd == 'V';
            svg_append_hundredths(out, v[0] - cur[axis], &last_has_dot);
            cur[axis] = v[0];
            continue;
        }
        for (int k = 0; k < arity; k += 2) {
            svg_append_hundredths(out, v[k] - cur[0], &last_has_dot);
            svg_append_hundredths(out, v[k + 1] - cur[1], &last_has_dot);
        }
        cur[0] = v[arity - 2];
        cur[1] = v[arity - 1];
        if (cmd == 'M') {
            start[0] = cur[0];
            start[1] = cur[1];
            cmd = 'L'; /* pairs after a move are lines */
        }
    }
    return 1;
fail:
    g_string_truncate(out, mark);
    return 0;
}

static GString *svg_compact_paths(GString *doc)
{
    GString *out = g_string_sized_new(doc->len);
    const char *p = doc->str, *end = doc->str + doc->len;
    for (;;) {
        const char *a = g_strstr_len(p, end - p, " d=\"");
        const char *b = a ? memchr(a + 4, '"', (size_t)(end - a - 4)) : NULL;
        if (!b) {
            g_string_append_len(out, p, end - p);
            break;
        }
        g_string_append_len(out, p, a + 4 - p);
        if (!svg_compact_path(out, a + 4, b))
            g_string_append_len(out, a + 4, b - (a + 4));
        p = b;
    }
    g_string_free(doc, TRUE);
    return out;
}

/* cairo drew the basemap; here the story goes over it as SVG elements with
 * real text (render/html.c), and the file gets a <title> and a <desc> (the
 * alt text) right after the root <svg ...> tag, which cairo does not
 * write, so viewers and screen readers name and describe the map. */
static dm_status_t svg_with_metadata(dm_map_t *map, const GByteArray *svg, cairo_write_func_t write, void *closure)
{
    GString *doc = svg_compact_paths(svg_dedup_clips(svg));
    const char *root = strstr(doc->str, "<svg");
    const char *end = root ? strchr(root, '>') : NULL;
    const char *tail = g_strrstr(doc->str, "</svg>");
    /* Offsets, not pointers: inserting the story may move doc->str. */
    size_t root_end = end ? (size_t)(end - doc->str) + 1 : 0;
    char *alt = NULL;
    dm_status_t st = end && tail ? dm_map_alt_text(map, &alt) : dmi_error(map->ctx, DM_ERR_RENDER, "cairo wrote no <svg> element");
    if (st == DM_OK) {
        size_t tail_at = (size_t)(tail - doc->str);
        GString *story = g_string_new("\n");
        st = dmi_svg_story(map, story);
        g_string_insert_len(doc, (gssize)tail_at, story->str, (gssize)story->len);
        g_string_free(story, TRUE);
        GString *meta = g_string_new("\n<title>");
        const char *title = dm_story_title(map->story);
        xml_escape(meta, title ? title : "Map");
        g_string_append(meta, "</title>\n<desc>");
        xml_escape(meta, g_strstrip(alt));
        g_string_append(meta, "</desc>");
        g_string_insert_len(doc, (gssize)root_end, meta->str, (gssize)meta->len);
        g_string_free(meta, TRUE);
    }
    dm_free(alt);
    for (size_t at = 0; st == DM_OK && at < doc->len;) {
        unsigned n = doc->len - at > (1u << 30) ? 1u << 30 : (unsigned)(doc->len - at);
        if (write(closure, (const unsigned char *)doc->str + at, n) != CAIRO_STATUS_SUCCESS)
            st = dmi_error(map->ctx, DM_ERR_IO, "cannot write output");
        at += n;
    }
    g_string_free(doc, TRUE);
    return st;
}

static dm_status_t png_with_metadata(dm_map_t *map, cairo_surface_t *surface, cairo_write_func_t write, void *closure)
{
    char *alt = NULL;
    dm_status_t st = dm_map_alt_text(map, &alt);
    if (st != DM_OK)
        return st;
    /* 72 dpi is one canvas unit per point: --scale 2 keeps the printed
     * size and doubles the density. */
    dmi_png_meta_t meta = {.dpi = 72.0 * (map->scale > 0 ? map->scale : 1), .title = dm_story_title(map->story),
                           .description = g_strstrip(alt), .source = dm_story_source(map->story),
                           .copyright = dmi_credits_text(map), .software = "diplomap " DM_VERSION_STRING};
    st = dmi_png_write(map->ctx, surface, write, closure, &meta);
    dm_free(alt);
    return st;
}

dm_status_t dm_map_set_svg_basemap(dm_map_t *map, const char *mode)
{
    if (!map)
        return DM_ERR_USAGE;
    if (!mode || (strcmp(mode, "vector") != 0 && strcmp(mode, "image") != 0))
        return dmi_error(map->ctx, DM_ERR_USAGE, "SVG basemap '%s' is not vector or image", mode ? mode : "(null)");
    map->svg_basemap_image = strcmp(mode, "image") == 0;
    return DM_OK;
}

/* An SVG file with the basemap as one inline PNG (dm_map_set_svg_basemap
 * "image"): no cairo SVG surface, the document is written here. */
static dm_status_t svg_with_image(dm_map_t *map, cairo_write_func_t write, void *closure)
{
    GByteArray *png = g_byte_array_new();
    char *alt = NULL;
    GString *doc = g_string_new("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    dm_status_t st = dmi_basemap_png(map, map->scale > 0 ? map->scale : 1, png);
    if (st == DM_OK)
        st = dm_map_alt_text(map, &alt);
    if (st == DM_OK) {
        char w[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];
        g_ascii_formatd(w, sizeof w, "%g", map->width);
        g_ascii_formatd(h, sizeof h, "%g", map->height);
        g_string_append_printf(doc, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                               "width=\"%spt\" height=\"%spt\" viewBox=\"0 0 %s %s\" version=\"1.1\">\n<title>", w, h, w, h);
        const char *title = dm_story_title(map->story);
        xml_escape(doc, title ? title : "Map");
        g_string_append(doc, "</title>\n<desc>");
        xml_escape(doc, g_strstrip(alt));
        g_string_append_printf(doc, "</desc>\n<image x=\"0\" y=\"0\" width=\"%s\" height=\"%s\" preserveAspectRatio=\"none\" "
                               "xlink:href=\"data:image/png;base64,", w, h);
        gchar *b64 = g_base64_encode(png->data, png->len);
        g_string_append(doc, b64);
        g_free(b64);
        g_string_append(doc, "\"/>\n");
        st = dmi_svg_story(map, doc);
        g_string_append(doc, "</svg>\n");
    }
    for (size_t at = 0; st == DM_OK && at < doc->len;) {
        unsigned n = doc->len - at > (1u << 30) ? 1u << 30 : (unsigned)(doc->len - at);
        if (write(closure, (const unsigned char *)doc->str + at, n) != CAIRO_STATUS_SUCCESS)
            st = dmi_error(map->ctx, DM_ERR_IO, "cannot write output");
        at += n;
    }
    dm_free(alt);
    g_string_free(doc, TRUE);
    g_byte_array_free(png, TRUE);
    return st;
}

dm_status_t dmi_map_render_stream(dm_map_t *map, dm_format_t fmt, cairo_write_func_t write_stream, void *f)
{
    dm_context_t *ctx = map->ctx;
    cairo_surface_t *surface = NULL;
    dm_status_t st = DM_OK;
    GByteArray *svg = NULL;
    if (fmt == DM_FORMAT_HTML)
        return dmi_html_write(map, write_stream, f);
    if (fmt == DM_FORMAT_SVG && map->svg_basemap_image)
        return svg_with_image(map, write_stream, f);
    if (fmt == DM_FORMAT_PNG) {
        int w = (int)ceil(map->width * map->scale), h = (int)ceil(map->height * map->scale);
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    } else if (fmt == DM_FORMAT_SVG) {
        svg = g_byte_array_new();
        surface = cairo_svg_surface_create_for_stream(append_bytes, svg, map->width, map->height);
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
    } else {
        surface = cairo_pdf_surface_create_for_stream(write_stream, f, map->width, map->height);
        char date[32];
        pdf_date(map, date, sizeof date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "diplomap " DM_VERSION_STRING);
        if (dm_story_title(map->story))
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, dm_story_title(map->story));
    }
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        st = dmi_error(ctx, DM_ERR_RENDER, "cannot create the drawing surface: %s",
                       cairo_status_to_string(cairo_surface_status(surface)));
        goto out;
    }
    if (fmt == DM_FORMAT_PNG)
        dmi_map_draw_basemap_bands(map, surface);
    cairo_t *cr = cairo_create(surface);
    if (fmt == DM_FORMAT_PNG)
        cairo_scale(cr, map->scale, map->scale);
    /* SVG: cairo draws the basemap; the story follows as elements with real
     * text (svg_with_metadata), not glyph outlines. */
    st = fmt == DM_FORMAT_SVG ? dmi_map_draw_basemap(map, cr, 0) : dmi_map_draw(map, cr, fmt == DM_FORMAT_PNG);
    cairo_destroy(cr);
    if (st)
        goto out;
    if (fmt == DM_FORMAT_PNG && (st = png_with_metadata(map, surface, write_stream, f)))
        goto out;
    cairo_surface_finish(surface);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
        st = dmi_error(ctx, DM_ERR_IO, "cannot write output: %s", cairo_status_to_string(cairo_surface_status(surface)));
    else if (svg)
        st = svg_with_metadata(map, svg, write_stream, f);
out:
    cairo_surface_destroy(surface);
    if (svg)
        g_byte_array_free(svg, TRUE);
    return st;
}

dm_status_t dm_map_write_file(dm_map_t *map, const char *path, dm_format_t fmt)
{
    dm_context_t *ctx = map->ctx;
    if (fmt == DM_FORMAT_AUTO)
        fmt = dm_format_from_path(path);
    if (fmt == DM_FORMAT_AUTO)
        return dmi_error(ctx, DM_ERR_USAGE, "%s: unknown output format (use .png, .svg, .pdf or .html)", path);
    /* Render completely first, then one atomic write: nothing is created
     * at the target until the drawing has succeeded. */
    unsigned char *data = NULL;
    size_t len = 0;
    dm_status_t st = dm_map_render_to_memory(map, fmt, &data, &len);
    if (st == DM_OK)
        st = dm_file_write_atomic(ctx, path, data, len);
    dm_free(data);
    return st;
}
