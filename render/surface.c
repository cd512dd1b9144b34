/* Output surfaces: the one place that knows PNG, SVG and PDF. Files are
 * rendered in memory, then written with dm_file_write_atomic (a temporary
 * file beside the target, renamed on success), so a failed run leaves
 * nothing behind and never touches an existing file. */
#include "render-private.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
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


dm_status_t dmi_map_render_stream(dm_map_t *map, dm_format_t fmt, cairo_write_func_t write_stream, void *f)
{
    dm_context_t *ctx = map->ctx;
    cairo_surface_t *surface = NULL;
    dm_status_t st = DM_OK;
    if (fmt == DM_FORMAT_PNG) {
        int w = (int)ceil(map->width * map->scale), h = (int)ceil(map->height * map->scale);
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    } else if (fmt == DM_FORMAT_SVG) {
        surface = cairo_svg_surface_create_for_stream(write_stream, f, map->width, map->height);
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
    if (fmt == DM_FORMAT_PNG && (st = dmi_png_write(ctx, surface, write_stream, f)))
        goto out;
    cairo_surface_finish(surface);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
        st = dmi_error(ctx, DM_ERR_IO, "cannot write output: %s", cairo_status_to_string(cairo_surface_status(surface)));
out:
    cairo_surface_destroy(surface);
    return st;
}

dm_status_t dm_map_write_file(dm_map_t *map, const char *path, dm_format_t fmt)
{
    dm_context_t *ctx = map->ctx;
    if (fmt == DM_FORMAT_AUTO)
        fmt = dm_format_from_path(path);
    if (fmt == DM_FORMAT_AUTO)
        return dmi_error(ctx, DM_ERR_USAGE, "%s: unknown output format (use .png, .svg or .pdf)", path);
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
