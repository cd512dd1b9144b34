/* pngcmp: what the two image comparison tools share (imgdiff here, for the
 * golden images; tests/web/blockdiff.c, for a browser's screenshot): reading
 * a reference and a candidate PNG of one size, their channels, and the diff
 * image drawn over a faded reference. */
#ifndef DM_TESTS_PNGCMP_H
#define DM_TESTS_PNGCMP_H

#include <cairo.h>
#include <stddef.h>
#include <stdint.h>

/* A "bad" pixel or block: a channel differs by more than this (of 255). */
#define PNGCMP_BAD_CHANNEL 48

typedef struct {
    cairo_surface_t *ref, *cand;
    const unsigned char *ref_data, *cand_data;
    int ref_stride, cand_stride;
    int width, height;
} pngcmp_pair_t;

/* Reads both PNGs. 0 when they read and have one size; otherwise prints
 * "TOOL: ..." on standard error and returns the tool's exit code: 2 for an
 * unreadable file, 1 for a size mismatch. Call pngcmp_close in every case. */
int pngcmp_open(pngcmp_pair_t *pair, const char *tool, const char *ref_path, const char *cand_path);
void pngcmp_close(pngcmp_pair_t *pair);

/* Pixel (x, y) as cairo stores it: 0xAARRGGBB, premultiplied. */
static inline uint32_t pngcmp_pixel(const unsigned char *data, int stride, int x, int y)
{
    return *(const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride + (size_t)x * 4);
}

/* Channel at SHIFT (0 blue, 8 green, 16 red) of a pixel, 0..255. */
static inline int pngcmp_channel(uint32_t pixel, int shift)
{
    return (int)((pixel >> shift) & 255);
}

/* A canvas of the pair's size holding the reference faded towards white,
 * for the differences to be drawn over. */
cairo_surface_t *pngcmp_diff_canvas(const pngcmp_pair_t *pair);

#endif
