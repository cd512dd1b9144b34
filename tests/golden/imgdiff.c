/* imgdiff REFERENCE.png CANDIDATE.png DIFF.png MAX_MEAN MAX_BAD_FRACTION
 * Compares two PNGs pixel by pixel. A pixel is "bad" when a channel differs
 * by more than 48 (of 255). Passes (exit 0) when the mean absolute channel
 * difference is at most MAX_MEAN and the fraction of bad pixels at most
 * MAX_BAD_FRACTION; otherwise writes DIFF.png (bad pixels in red over a
 * faded reference) and exits 1. Exit 2 on unreadable input or size mismatch. */
#include <cairo.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: imgdiff REF.png CAND.png DIFF.png MAX_MEAN MAX_BAD_FRACTION\n");
        return 2;
    }
    cairo_surface_t *ref = cairo_image_surface_create_from_png(argv[1]);
    cairo_surface_t *cand = cairo_image_surface_create_from_png(argv[2]);
    double max_mean = strtod(argv[4], NULL), max_bad = strtod(argv[5], NULL);
    int rc = 2;
    if (cairo_surface_status(ref) || cairo_surface_status(cand)) {
        fprintf(stderr, "imgdiff: cannot read %s\n", cairo_surface_status(ref) ? argv[1] : argv[2]);
        goto out;
    }
    int w = cairo_image_surface_get_width(ref), h = cairo_image_surface_get_height(ref);
    if (w != cairo_image_surface_get_width(cand) || h != cairo_image_surface_get_height(cand)) {
        fprintf(stderr, "imgdiff: size %dx%d differs from %dx%d\n", cairo_image_surface_get_width(cand),
                cairo_image_surface_get_height(cand), w, h);
        rc = 1;
        goto out;
    }
    cairo_surface_flush(ref);
    cairo_surface_flush(cand);
    cairo_surface_t *diff = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    unsigned char *pr = cairo_image_surface_get_data(ref), *pc = cairo_image_surface_get_data(cand);
    unsigned char *pd = cairo_image_surface_get_data(diff);
    int sr = cairo_image_surface_get_stride(ref), sc = cairo_image_surface_get_stride(cand), sd = cairo_image_surface_get_stride(diff);
    double total = 0;
    long bad = 0;
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            uint32_t a = *(uint32_t *)(pr + y * sr + 4 * x), b = *(uint32_t *)(pc + y * sc + 4 * x);
            int worst = 0;
            for (int k = 0; k < 24; k += 8) {
                int d = abs((int)((a >> k) & 255) - (int)((b >> k) & 255));
                total += d;
                if (d > worst)
                    worst = d;
            }
            uint32_t faded = 0;
            for (int k = 0; k < 24; k += 8)
                faded |= (uint32_t)(192 + ((a >> k) & 255) / 4) << k;
            if (worst > 48)
                bad++;
            *(uint32_t *)(pd + y * sd + 4 * x) = worst > 48 ? 0xffff0000u : faded;
        }
    }
    cairo_surface_mark_dirty(diff);
    double mean = total / (3.0 * w * h), frac = (double)bad / ((double)w * h);
    printf("imgdiff: mean %.3f (max %.3f), bad pixels %.5f (max %.5f)\n", mean, max_mean, frac, max_bad);
    rc = mean <= max_mean && frac <= max_bad ? 0 : 1;
    if (rc)
        cairo_surface_write_to_png(diff, argv[3]);
    cairo_surface_destroy(diff);
out:
    cairo_surface_destroy(ref);
    cairo_surface_destroy(cand);
    return rc;
}
