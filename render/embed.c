/* Embedding: a map drawn into a caller's cairo context (a report's PDF page)
 * or rendered to bytes in memory (a server's response). Both reuse the one
 * drawing path (draw.c) and the one output path (surface.c). */
#include "render-private.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

dm_status_t dm_map_draw(dm_map_t *map, cairo_t *cr, double x, double y, double w, double h)
{
    if (!map)
        return DM_ERR_USAGE;
    dm_context_t *ctx = map->ctx;
    if (!cr)
        return dmi_error(ctx, DM_ERR_USAGE, "dm_map_draw: no cairo context");
    if (!isfinite(x) || !isfinite(y) || !isfinite(w) || !isfinite(h) || w <= 0 || h <= 0)
        return dmi_error(ctx, DM_ERR_USAGE, "dm_map_draw: empty or invalid rectangle %g,%g %gx%g", x, y, w, h);
    if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
        return dmi_error(ctx, DM_ERR_RENDER, "dm_map_draw: the cairo context is in an error state: %s",
                         cairo_status_to_string(cairo_status(cr)));
    /* Uniform scale: the layout (label boxes, text sizes) was computed for
     * the canvas's aspect ratio; stretching it would distort both. */
    double s = fmin(w / map->width, h / map->height);
    double dx = x + (w - map->width * s) / 2, dy = y + (h - map->height * s) / 2;
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_translate(cr, dx, dy);
    cairo_scale(cr, s, s);
    /* The drawing starts by painting the paper: keep it inside the canvas. */
    cairo_rectangle(cr, 0, 0, map->width, map->height);
    cairo_clip(cr);
    dm_status_t st = dmi_map_draw(map, cr, 0);
    cairo_status_t cs = cairo_status(cr);
    cairo_restore(cr);
    if (st == DM_OK && cs != CAIRO_STATUS_SUCCESS)
        st = dmi_error(ctx, DM_ERR_RENDER, "dm_map_draw: cairo failed: %s", cairo_status_to_string(cs));
    return st;
}

typedef struct {
    unsigned char *data;
    size_t len, cap;
    int too_big;
} membuf_t;

/* Output above this is refused: a map of a few MB is normal, 2 GiB is not. */
#define DM_MAX_MEMORY_OUTPUT ((size_t)INT_MAX)

static cairo_status_t write_membuf(void *closure, const unsigned char *data, unsigned int length)
{
    membuf_t *b = closure;
    if (length > DM_MAX_MEMORY_OUTPUT - b->len) {
        b->too_big = 1;
        return CAIRO_STATUS_WRITE_ERROR;
    }
    if (b->len + length > b->cap) {
        size_t cap = b->cap ? b->cap : 65536;
        while (cap < b->len + length)
            cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
        unsigned char *p = realloc(b->data, cap);
        if (!p)
            return CAIRO_STATUS_NO_MEMORY;
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, length);
    b->len += length;
    return CAIRO_STATUS_SUCCESS;
}

dm_status_t dm_map_render_to_memory(dm_map_t *map, dm_format_t fmt, unsigned char **data, size_t *len)
{
    if (data)
        *data = NULL;
    if (len)
        *len = 0;
    if (!map)
        return DM_ERR_USAGE;
    dm_context_t *ctx = map->ctx;
    if (!data || !len)
        return dmi_error(ctx, DM_ERR_USAGE, "dm_map_render_to_memory: NULL output argument");
    if (fmt != DM_FORMAT_PNG && fmt != DM_FORMAT_SVG && fmt != DM_FORMAT_PDF && fmt != DM_FORMAT_HTML)
        return dmi_error(ctx, DM_ERR_USAGE, "dm_map_render_to_memory: the format must be PNG, SVG, PDF or HTML");
    membuf_t b = {0};
    map->format = fmt;
    dm_status_t st = dmi_map_render_stream(map, fmt, write_membuf, &b);
    if (st != DM_OK && b.too_big)
        st = dmi_error(ctx, DM_ERR_LIMIT, "rendered output exceeds %zu bytes", DM_MAX_MEMORY_OUTPUT);
    if (st != DM_OK) {
        free(b.data);
        return st;
    }
    *data = b.data;
    *len = b.len;
    return DM_OK;
}
