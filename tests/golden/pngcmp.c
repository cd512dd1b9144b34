/* pngcmp: see pngcmp.h. */
#include "pngcmp.h"

#include <stdio.h>

int pngcmp_open(pngcmp_pair_t *pair, const char *tool, const char *ref_path, const char *cand_path)
{
    *pair = (pngcmp_pair_t){0};
    pair->ref = cairo_image_surface_create_from_png(ref_path);
    pair->cand = cairo_image_surface_create_from_png(cand_path);
    if (cairo_surface_status(pair->ref) || cairo_surface_status(pair->cand)) {
        fprintf(stderr, "%s: cannot read %s\n", tool, cairo_surface_status(pair->ref) ? ref_path : cand_path);
        return 2;
    }
    int w = cairo_image_surface_get_width(pair->ref), h = cairo_image_surface_get_height(pair->ref);
    int cw = cairo_image_surface_get_width(pair->cand), ch = cairo_image_surface_get_height(pair->cand);
    if (w != cw || h != ch) {
        fprintf(stderr, "%s: size %dx%d differs from %dx%d\n", tool, cw, ch, w, h);
        return 1;
    }
    cairo_surface_flush(pair->ref);
    cairo_surface_flush(pair->cand);
    pair->width = w;
    pair->height = h;
    pair->ref_data = cairo_image_surface_get_data(pair->ref);
    pair->cand_data = cairo_image_surface_get_data(pair->cand);
    pair->ref_stride = cairo_image_surface_get_stride(pair->ref);
    pair->cand_stride = cairo_image_surface_get_stride(pair->cand);
    return 0;
}

void pngcmp_close(pngcmp_pair_t *pair)
{
    cairo_surface_destroy(pair->ref);
    cairo_surface_destroy(pair->cand);
    *pair = (pngcmp_pair_t){0};
}

cairo_surface_t *pngcmp_diff_canvas(const pngcmp_pair_t *pair)
{
    cairo_surface_t *diff = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pair->width, pair->height);
    cairo_t *cr = cairo_create(diff);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_surface(cr, pair->ref, 0, 0);
    cairo_paint_with_alpha(cr, 0.25);
    cairo_destroy(cr);
    return diff;
}
