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

/* cairo's SVG has no <title> or <desc>: they go right after the root
 * <svg ...> tag (the title, and the alt text as the description), so
 * viewers and screen readers name and describe the map. */
static dm_status_t svg_with_metadata(dm_map_t *map, const GByteArray *svg, cairo_write_func_t write, void *closure)
{
    const char *data = (const char *)svg->data;
    const char *root = g_strstr_len(data, (gssize)svg->len, "<svg");
    const char *end = root ? memchr(root, '>', svg->len - (size_t)(root - data)) : NULL;
    size_t at = end ? (size_t)(end - data) + 1 : 0;
    char *alt = NULL;
    dm_status_t st = end ? dm_map_alt_text(map, &alt) : DM_OK;
    if (st != DM_OK)
        return st;
    GString *meta = g_string_new("\n<title>");
    const char *title = dm_story_title(map->story);
    xml_escape(meta, title ? title : "Map");
    g_string_append(meta, "</title>\n<desc>");
    xml_escape(meta, alt ? g_strstrip(alt) : NULL);
    g_string_append(meta, "</desc>");
    dm_free(alt);
    int ok = write(closure, svg->data, (unsigned)at) == CAIRO_STATUS_SUCCESS &&
             (!end || write(closure, (const unsigned char *)meta->str, (unsigned)meta->len) == CAIRO_STATUS_SUCCESS) &&
             write(closure, svg->data + at, (unsigned)(svg->len - at)) == CAIRO_STATUS_SUCCESS;
    g_string_free(meta, TRUE);
    return ok ? DM_OK : dmi_error(map->ctx, DM_ERR_IO, "cannot write output");
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

dm_status_t dmi_map_render_stream(dm_map_t *map, dm_format_t fmt, cairo_write_func_t write_stream, void *f)
{
    dm_context_t *ctx = map->ctx;
    cairo_surface_t *surface = NULL;
    dm_status_t st = DM_OK;
    GByteArray *svg = NULL;
    if (fmt == DM_FORMAT_HTML)
        return dmi_html_write(map, write_stream, f);
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
    st = dmi_map_draw(map, cr, fmt == DM_FORMAT_PNG);
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
