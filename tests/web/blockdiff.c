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
 * Exit 2 on unreadable input, 1 on a size mismatch. Reading and the diff
 * canvas are shared with tests/golden/imgdiff.c (tests/golden/pngcmp.h). */
#include "pngcmp.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double block_mean(const unsigned char *data, int stride, int x0, int y0, int n, int w, int h, int shift)
{
    double sum = 0;
    int count = 0;
    for (int y = y0; y < y0 + n && y < h; y++)
        for (int x = x0; x < x0 + n && x < w; x++) {
            sum += pngcmp_channel(pngcmp_pixel(data, stride, x, y), shift);
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
    long block = strtol(argv[4], NULL, 10);
    double max_bad = strtod(argv[5], NULL);
    if (block < 1 || block > 4096) {
        fprintf(stderr, "blockdiff: BLOCK must be a positive number of pixels, not %s\n", argv[4]);
        return 2;
    }
    pngcmp_pair_t p;
    int rc = pngcmp_open(&p, "blockdiff", argv[1], argv[2]);
    if (rc)
        goto out;
    int w = p.width, h = p.height;
    cairo_surface_t *diff = pngcmp_diff_canvas(&p);
    cairo_t *cr = cairo_create(diff);
    cairo_set_source_rgb(cr, 1, 0, 0);
    long blocks = 0, bad = 0;
    double worst = 0;
    for (int y = 0; y < h; y += block)
        for (int x = 0; x < w; x += block) {
            double d = 0;
            for (int shift = 0; shift <= 16; shift += 8)
                d = fmax(d, fabs(block_mean(p.ref_data, p.ref_stride, x, y, (int)block, w, h, shift) -
                                 block_mean(p.cand_data, p.cand_stride, x, y, (int)block, w, h, shift)));
            worst = fmax(worst, d);
            blocks++;
            if (d > PNGCMP_BAD_CHANNEL) {
                bad++;
                cairo_rectangle(cr, x, y, block, block);
            }
        }
    cairo_fill(cr);
    cairo_destroy(cr);
    double frac = blocks ? (double)bad / (double)blocks : 0;
    fprintf(stderr, "blockdiff: %ld of %ld blocks of %ldx%ld differ (%.5f, max %.5f); largest block difference %.1f\n", bad,
            blocks, block, block, frac, max_bad, worst);
    rc = frac <= max_bad ? 0 : 1;
    if (rc)
        cairo_surface_write_to_png(diff, argv[3]);
    cairo_surface_destroy(diff);
out:
    pngcmp_close(&p);
    return rc;
}
