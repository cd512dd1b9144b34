/* Output surfaces: the one place that knows PNG, SVG and PDF. Files are
 * written to a temporary file beside the target and renamed on success, so
 * a failed run leaves nothing behind and never touches an existing file. */
#include "render-private.h"

#include <cairo-pdf.h>
#include <png.h>
#include <zlib.h>
#include <cairo-svg.h>
#include <errno.h>
#include <setjmp.h>
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

static cairo_status_t write_file_stream(void *closure, const unsigned char *data, unsigned int length)
{
    FILE *f = closure;
    return fwrite(data, 1, length, f) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
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

/* PNG through libpng rather than cairo's writer: zlib's fastest level and
 * the "sub" filter suit flat map colours; measured on the M1 benchmark map
 * they encode in a third of the instructions of cairo's defaults, for a
 * file about 10% larger (run-length encoding is no faster and larger). */
/* libpng output through the same cairo write callback as SVG and PDF, so
 * files and memory buffers share one path. */
typedef struct {
    cairo_write_func_t write;
    void *closure;
} png_sink_t;

static void png_sink_write(png_structp png, png_bytep data, png_size_t length)
{
    png_sink_t *sink = png_get_io_ptr(png);
    /* cairo's callback takes an unsigned int length: feed it in chunks. */
    while (length > 0) {
        unsigned int n = length > (1u << 30) ? (1u << 30) : (unsigned int)length;
        if (sink->write(sink->closure, data, n) != CAIRO_STATUS_SUCCESS)
            png_error(png, "write failed");
        data += n;
        length -= n;
    }
}

static void png_sink_flush(png_structp png) { (void)png; }

static dm_status_t write_png(dm_context_t *ctx, cairo_surface_t *surface, cairo_write_func_t write, void *closure)
{
    png_sink_t sink = {write, closure};
    cairo_surface_flush(surface);
    int w = cairo_image_surface_get_width(surface), h = cairo_image_surface_get_height(surface);
    int stride = cairo_image_surface_get_stride(surface);
    const unsigned char *data = cairo_image_surface_get_data(surface);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    unsigned char *row = malloc((size_t)w * 3);
    dm_status_t st = DM_OK;
    if (!png || !info || !row) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory encoding PNG");
        goto out;
    }
    if (setjmp(png_jmpbuf(png))) {
        st = dmi_error(ctx, DM_ERR_IO, "cannot write PNG: %s", strerror(errno));
        goto out;
    }
    png_set_write_fn(png, &sink, png_sink_write, png_sink_flush);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_strategy(png, Z_DEFAULT_STRATEGY);
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_write_info(png, info);
    for (int y = 0; y < h; y++) {
        /* cairo's RGB24 is a native-endian 0x00RRGGBB word per pixel. */
        const uint32_t *src = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < w; x++) {
            row[3 * x] = (unsigned char)(src[x] >> 16);
            row[3 * x + 1] = (unsigned char)(src[x] >> 8);
            row[3 * x + 2] = (unsigned char)src[x];
        }
        png_write_row(png, row);
    }
    png_write_end(png, NULL);
out:
    png_destroy_write_struct(png ? &png : NULL, info ? &info : NULL);
    free(row);
    return st;
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
    cairo_t *cr = cairo_create(surface);
    if (fmt == DM_FORMAT_PNG)
        cairo_scale(cr, map->scale, map->scale);
    st = dmi_map_draw(map, cr);
    cairo_destroy(cr);
    if (st)
        goto out;
    if (fmt == DM_FORMAT_PNG && (st = write_png(ctx, surface, write_stream, f)))
        goto out;
    cairo_surface_finish(surface);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
        st = dmi_error(ctx, DM_ERR_IO, "cannot write output: %s", cairo_status_to_string(cairo_surface_status(surface)));
out:
    cairo_surface_destroy(surface);
    return st;
}

static dm_status_t render_to_stream(dm_map_t *map, FILE *f, dm_format_t fmt)
{
    return dmi_map_render_stream(map, fmt, write_file_stream, f);
}

dm_status_t dm_map_write_file(dm_map_t *map, const char *path, dm_format_t fmt)
{
    dm_context_t *ctx = map->ctx;
    if (fmt == DM_FORMAT_AUTO)
        fmt = dm_format_from_path(path);
    if (fmt == DM_FORMAT_AUTO)
        return dmi_error(ctx, DM_ERR_USAGE, "%s: unknown output format (use .png, .svg or .pdf)", path);
    map->format = fmt;
    if (strcmp(path, "-") == 0) {
        dm_status_t st = render_to_stream(map, stdout, fmt);
        if (st == DM_OK && fflush(stdout) != 0)
            st = dmi_error(ctx, DM_ERR_IO, "cannot write to standard output: %s", strerror(errno));
        return st;
    }
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (!tmp)
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    snprintf(tmp, n, "%s.XXXXXX", path);
    dm_status_t st = DM_OK;
    FILE *f = NULL;
    int fd = mkstemp(tmp);
    if (fd < 0) {
        st = dmi_error(ctx, DM_ERR_IO, "%s: cannot create output file: %s", path, strerror(errno));
        free(tmp);
        return st;
    }
    if (!(f = fdopen(fd, "wb"))) {
        st = dmi_error(ctx, DM_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
        close(fd);
        goto out;
    }
    if ((st = render_to_stream(map, f, fmt)))
        goto out;
    if (fflush(f) != 0 || ferror(f)) {
        st = dmi_error(ctx, DM_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
        goto out;
    }
    /* mkstemp makes the file private; give it the usual permissions. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fileno(f), 0666 & ~mask);
    if (fclose(f) != 0) {
        f = NULL;
        st = dmi_error(ctx, DM_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
        goto out;
    }
    f = NULL;
    if (rename(tmp, path) != 0)
        st = dmi_error(ctx, DM_ERR_IO, "%s: cannot replace: %s", path, strerror(errno));
out:
    if (f)
        fclose(f);
    if (st != DM_OK)
        unlink(tmp);
    free(tmp);
    return st;
}
