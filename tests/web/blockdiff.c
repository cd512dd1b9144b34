/* blockdiff REFERENCE.png CANDIDATE.png DIFF.png BLOCK MAX_BAD_FRACTION
 * Compares two PNGs of the same size block by block: each BLOCK x BLOCK
 * square is averaged per channel, and a block is "bad" when an average
 * differs by more than 48 (of 255). Two renderers drawing the same text
 * place and antialias glyph edges differently by a pixel, which a
 * pixel-by-pixel comparison cannot tell from a missing label (the edges
 * of all the text weigh as much as a few words); averaged over a block the
 * edge differences fade while a missing or misplaced element (a marker, a
 * label, a legend row: ink where there was paper) stays. Passes (exit 0)
 * when the fraction of bad blocks is at most MAX_BAD_FRACTION; otherwise
 * writes DIFF.png (bad blocks in red over a faded reference) and exits 1.
 * Exit 2 on unreadable input or a size mismatch. */
#include <cairo.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BLOCK_THRESHOLD 48.0

static double block_mean(const unsigned char *data, int stride, int x0, int y0, int n, int w, int h, int shift)
{
    double sum = 0;
    int count = 0;
    for (int y = y0; y < y0 + n && y < h; y++)
        for (int x = x0; x < x0 + n && x < w; x++) {
            uint32_t px = *(const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride + (size_t)x * 4);
            sum += (px >> shift) & 255;
            count++;
        }
    return count ? sum / count : 0;
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: blockdiff REF.png CAND.png DIFF.png BLOCK MAX_BAD_FRACTION\n");
        return 2;
    }
    cairo_surface_t *ref = cairo_image_surface_create_from_png(argv[1]);
    cairo_surface_t *cand = cairo_image_surface_create_from_png(argv[2]);
    int block = atoi(argv[4]);
    double max_bad = strtod(argv[5], NULL);
    int rc = 2;
    if (cairo_surface_status(ref) || cairo_surface_status(cand) || block < 1) {
        fprintf(stderr, "blockdiff: cannot read %s\n", cairo_surface_status(ref) ? argv[1] : argv[2]);
        goto out;
    }
    int w = cairo_image_surface_get_width(ref), h = cairo_image_surface_get_height(ref);
    if (w != cairo_image_surface_get_width(cand) || h != cairo_image_surface_get_height(cand)) {
        fprintf(stderr, "blockdiff: size %dx%d differs from %dx%d\n", cairo_image_surface_get_width(cand),
                cairo_image_surface_get_height(cand), w, h);
        rc = 1;
        goto out;
    }
    cairo_surface_flush(ref);
    cairo_surface_flush(cand);
    const unsigned char *pr = cairo_image_surface_get_data(ref), *pc = cairo_image_surface_get_data(cand);
    int sr = cairo_image_surface_get_stride(ref), sc = cairo_image_surface_get_stride(cand);
    cairo_surface_t *diff = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_t *cr = cairo_create(diff);
    cairo_set_source_surface(cr, ref, 0, 0);
    cairo_paint_with_alpha(cr, 0.3);
    cairo_set_source_rgb(cr, 1, 0, 0);
    long blocks = 0, bad = 0;
    double worst = 0;
    for (int y = 0; y < h; y += block)
        for (int x = 0; x < w; x += block) {
            double d = 0;
            for (int shift = 0; shift <= 16; shift += 8)
                d = fmax(d, fabs(block_mean(pr, sr, x, y, block, w, h, shift) - block_mean(pc, sc, x, y, block, w, h, shift)));
            worst = fmax(worst, d);
            blocks++;
            if (d > BLOCK_THRESHOLD) {
                bad++;
                cairo_rectangle(cr, x, y, block, block);
            }
        }
    cairo_fill(cr);
    cairo_destroy(cr);
    double frac = blocks ? (double)bad / (double)blocks : 0;
    fprintf(stderr, "blockdiff: %ld of %ld blocks of %dx%d differ (%.5f, max %.5f); largest block difference %.1f\n", bad,
            blocks, block, block, frac, max_bad, worst);
    rc = frac <= max_bad ? 0 : 1;
    if (rc)
        cairo_surface_write_to_png(diff, argv[3]);
    cairo_surface_destroy(diff);
out:
    cairo_surface_destroy(ref);
    cairo_surface_destroy(cand);
    return rc;
}
