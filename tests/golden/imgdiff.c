/* imgdiff REFERENCE.png CANDIDATE.png DIFF.png MAX_MEAN MAX_BAD_FRACTION [MAX_WINDOW_CHANGE]
 * Compares two PNGs pixel by pixel. A pixel is "bad" when a channel differs
 * by more than 48 (of 255). Passes (exit 0) when the mean absolute channel
 * difference is at most MAX_MEAN, the fraction of bad pixels at most
 * MAX_BAD_FRACTION and, when given, the change in every 16 x 16 window (at
 * any position) at most MAX_WINDOW_CHANGE; otherwise writes DIFF.png (bad
 * pixels in red over a faded reference, the worst window framed in blue)
 * and exits 1. Exit 2 on unreadable input, 1 on a size mismatch.
 *
 * A window's change is the sum of its pixels' largest channel differences,
 * those over 16 only, divided by 255: how many pixels' worth of ink changed
 * there. Why: a measure over the whole canvas cannot see what matters on a
 * map. A label's letter changed, a marker moved by 2 px (a degree on a
 * world map 800 px wide) or a status symbol redrawn changes a few pixels in
 * one spot, 0.001 % of an 800 x 500 canvas, far under any mean that
 * tolerates antialiasing; in the window around them they are a pixel or
 * more, where a render of the same story on one machine changes nothing
 * (tests/golden/test_mutations.sh measures both). */
#include "pngcmp.h"

#include <stdio.h>
#include <stdlib.h>

/* The window's side, and the difference (of 255) under which a pixel adds
 * nothing to its window: a level or two of antialiasing drift over a whole
 * window must not add up to a changed pixel. */
enum { WINDOW = 16, NOISE_CHANNEL = 16 };

int main(int argc, char **argv)
{
    if (argc != 6 && argc != 7) {
        fprintf(stderr, "usage: imgdiff REF.png CAND.png DIFF.png MAX_MEAN MAX_BAD_FRACTION [MAX_BAD_IN_WINDOW]\n");
        return 2;
    }
    double max_mean = strtod(argv[4], NULL), max_bad = strtod(argv[5], NULL);
    double max_window = argc == 7 ? strtod(argv[6], NULL) : -1;
    pngcmp_pair_t p;
    int rc = pngcmp_open(&p, "imgdiff", argv[1], argv[2]);
    if (rc)
        goto out;
    int w = p.width, h = p.height;
    /* Summed-area table of each pixel's largest channel difference (0..255):
     * sat[y * (w + 1) + x] sums those above and left of (x, y). */
    long *sat = calloc((size_t)(w + 1) * (size_t)(h + 1), sizeof *sat);
    cairo_surface_t *diff = pngcmp_diff_canvas(&p);
    if (!sat || cairo_surface_status(diff)) {
        fprintf(stderr, "imgdiff: out of memory\n");
        rc = 2;
        free(sat);
        cairo_surface_destroy(diff);
        goto out;
    }
    cairo_surface_flush(diff);
    unsigned char *pd = cairo_image_surface_get_data(diff);
    int sd = cairo_image_surface_get_stride(diff);
    double total = 0;
    long bad = 0;
    for (int y = 0; y < h; y++) {
        long row = 0;
        for (int x = 0; x < w; x++) {
            uint32_t a = pngcmp_pixel(p.ref_data, p.ref_stride, x, y), b = pngcmp_pixel(p.cand_data, p.cand_stride, x, y);
            int worst = 0;
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = abs(pngcmp_channel(a, shift) - pngcmp_channel(b, shift));
                total += d;
                if (d > worst)
                    worst = d;
            }
            if (worst > NOISE_CHANNEL)
                row += worst;
            if (worst > PNGCMP_BAD_CHANNEL) {
                bad++;
                *(uint32_t *)(void *)(pd + (size_t)y * (size_t)sd + (size_t)x * 4) = 0xffff0000u;
            }
            sat[(size_t)(y + 1) * (size_t)(w + 1) + (size_t)(x + 1)] = sat[(size_t)y * (size_t)(w + 1) + (size_t)(x + 1)] + row;
        }
    }
    cairo_surface_mark_dirty(diff);
    long window = 0;
    int wx = 0, wy = 0, n = WINDOW < w ? WINDOW : w, m = WINDOW < h ? WINDOW : h;
    for (int y = 0; y + m <= h; y++)
        for (int x = 0; x + n <= w; x++) {
            size_t top = (size_t)y * (size_t)(w + 1), bottom = (size_t)(y + m) * (size_t)(w + 1);
            long c = sat[bottom + (size_t)(x + n)] - sat[bottom + (size_t)x] - sat[top + (size_t)(x + n)] + sat[top + (size_t)x];
            if (c > window) {
                window = c;
                wx = x;
                wy = y;
            }
        }
    free(sat);
    double mean = total / (3.0 * w * h), frac = (double)bad / ((double)w * h);
    double window_px = (double)window / 255.0;
    printf("imgdiff: mean %.3f (max %.3f), bad pixels %.5f (max %.5f)", mean, max_mean, frac, max_bad);
    if (max_window >= 0)
        printf(", worst %dx%d window %.2f px changed at %d,%d (max %.2f)", WINDOW, WINDOW, window_px, wx, wy, max_window);
    printf("\n");
    rc = mean <= max_mean && frac <= max_bad && (max_window < 0 || window_px <= max_window) ? 0 : 1;
    if (rc) {
        if (window > 0) {
            cairo_t *cr = cairo_create(diff);
            cairo_set_source_rgb(cr, 0, 0, 1);
            cairo_set_line_width(cr, 2);
            cairo_rectangle(cr, wx - 2, wy - 2, n + 4, m + 4);
            cairo_stroke(cr);
            cairo_destroy(cr);
        }
        cairo_surface_write_to_png(diff, argv[3]);
    }
    cairo_surface_destroy(diff);
out:
    pngcmp_close(&p);
    return rc;
}
