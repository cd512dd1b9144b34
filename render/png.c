/* PNG encoding on all cores: rows are filtered with PNG's "sub" filter
 * (flat map colours become runs of zeros), the image is cut into bands that
 * threads deflate independently with zlib's fastest level, and the bands
 * are joined into one zlib stream (each non-final band ends with a full
 * flush, so the concatenation is valid; the Adler-32 checksums combine).
 * Same bytes whatever the machine: the band count is fixed. */
#include "render-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define PNG_BANDS 4   /* fixed, so output bytes do not depend on core count */

typedef struct {
    const unsigned char *pixels;  /* cairo RGB24: native-endian 0x00RRGGBB */
    int width, stride, row0, row1, last;
    unsigned char *out;
    size_t out_len;
    uLong adler;
    size_t raw_len;
    int failed;
} band_t;

/* Filter and deflate one band row by row: no buffer of the whole raw band
 * (peak memory stays near the compressed size), the output grown as
 * deflate fills it. */
static int grow_out(band_t *b, z_stream *z, size_t *cap)
{
    size_t used = *cap - z->avail_out;
    size_t ncap = *cap * 2;
    unsigned char *o = realloc(b->out, ncap);
    if (!o)
        return -1;
    b->out = o;
    *cap = ncap;
    z->next_out = o + used;
    z->avail_out = (uInt)(ncap - used);
    return 0;
}

static void *deflate_band(void *arg)
{
    band_t *b = arg;
    size_t row_bytes = 1 + (size_t)b->width * 3;
    b->raw_len = row_bytes * (size_t)(b->row1 - b->row0);
    unsigned char *row = malloc(row_bytes);
    size_t cap = b->raw_len / 16 + 4096;
    z_stream z;
    memset(&z, 0, sizeof z);
    b->out = malloc(cap);
    if (!row || !b->out || deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        free(row);
        b->failed = 1;
        return NULL;
    }
    z.next_out = b->out;
    z.avail_out = (uInt)cap;
    b->adler = adler32(0L, Z_NULL, 0);
    for (int y = b->row0; y < b->row1 && !b->failed; y++) {
        const uint32_t *src = (const uint32_t *)(const void *)(b->pixels + (size_t)y * (size_t)b->stride);
        row[0] = 1;   /* filter type: sub */
        unsigned pr = 0, pg = 0, pb = 0;
        for (int x = 0; x < b->width; x++) {
            unsigned r = (src[x] >> 16) & 255, g = (src[x] >> 8) & 255, bl = src[x] & 255;
            row[1 + 3 * x] = (unsigned char)(r - pr);
            row[2 + 3 * x] = (unsigned char)(g - pg);
            row[3 + 3 * x] = (unsigned char)(bl - pb);
            pr = r;
            pg = g;
            pb = bl;
        }
        b->adler = adler32(b->adler, row, (uInt)row_bytes);
        z.next_in = row;
        z.avail_in = (uInt)row_bytes;
        while (z.avail_in > 0 && !b->failed) {
            if (z.avail_out == 0 && grow_out(b, &z, &cap))
                b->failed = 1;
            else if (deflate(&z, Z_NO_FLUSH) == Z_STREAM_ERROR)
                b->failed = 1;
        }
    }
    /* Finish (last band) or flush to a byte boundary with an empty stored
     * block (the others), so the bands concatenate into one stream. */
    int flush = b->last ? Z_FINISH : Z_FULL_FLUSH;
    for (;;) {
        if (b->failed)
            break;
        if (z.avail_out == 0 && grow_out(b, &z, &cap)) {
            b->failed = 1;
            break;
        }
        int rc = deflate(&z, flush);
        if (rc == Z_STREAM_ERROR) {
            b->failed = 1;
            break;
        }
        if ((b->last && rc == Z_STREAM_END) || (!b->last && z.avail_out > 0))
            break;
    }
    b->out_len = cap - z.avail_out;
    deflateEnd(&z);
    free(row);
    return NULL;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* One chunk: length, type, data, CRC over type and data. */
static int write_chunk(cairo_write_func_t write, void *closure, const char *type, const unsigned char *data,
                       size_t len, uLong crc_seed)
{
    unsigned char head[8], tail[4];
    put32(head, (uint32_t)len);
    memcpy(head + 4, type, 4);
    uLong crc = crc32(crc_seed, (const Bytef *)type, 4);
    if (len)
        crc = crc32(crc, data, (uInt)len);
    put32(tail, (uint32_t)crc);
    return write(closure, head, 8) == CAIRO_STATUS_SUCCESS && (len == 0 || write(closure, data, (unsigned)len) == CAIRO_STATUS_SUCCESS) &&
           write(closure, tail, 4) == CAIRO_STATUS_SUCCESS;
}

/* A text chunk: tEXt when the text is ASCII (every reader shows it), else
 * iTXt (UTF-8, uncompressed, no language tag). Keywords are ASCII. */
static int write_text_chunk(cairo_write_func_t write, void *closure, const char *keyword, const char *text)
{
    size_t kl = strlen(keyword), tl = strlen(text);
    int ascii = 1;
    for (size_t i = 0; i < tl; i++)
        if ((unsigned char)text[i] >= 0x80)
            ascii = 0;
    size_t len = kl + 1 + (ascii ? 0 : 4) + tl;
    unsigned char *data = malloc(len);
    if (!data)
        return 0;
    unsigned char *p = data;
    memcpy(p, keyword, kl + 1);
    p += kl + 1;
    if (!ascii) {
        /* compression flag, method, empty language tag, empty translated keyword */
        *p++ = 0;
        *p++ = 0;
        *p++ = 0;
        *p++ = 0;
    }
    memcpy(p, text, tl);
    int ok = write_chunk(write, closure, ascii ? "tEXt" : "iTXt", data, len, crc32(0L, Z_NULL, 0));
    free(data);
    return ok;
}

/* pHYs (density) and the text chunks, between IHDR and IDAT. */
static int write_meta(cairo_write_func_t write, void *closure, const dmi_png_meta_t *meta)
{
    if (meta->dpi > 0) {
        unsigned char phys[9];
        uint32_t ppm = (uint32_t)(meta->dpi / 0.0254 + 0.5);   /* pixels per metre */
        put32(phys, ppm);
        put32(phys + 4, ppm);
        phys[8] = 1;   /* unit: metre */
        if (!write_chunk(write, closure, "pHYs", phys, 9, crc32(0L, Z_NULL, 0)))
            return 0;
    }
    const struct {
        const char *keyword, *text;
    } texts[] = {{"Title", meta->title}, {"Description", meta->description}, {"Source", meta->source},
                 {"Copyright", meta->copyright}, {"Software", meta->software}};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        if (texts[i].text && *texts[i].text && !write_text_chunk(write, closure, texts[i].keyword, texts[i].text))
            return 0;
    return 1;
}

dm_status_t dmi_png_write(dm_context_t *ctx, cairo_surface_t *surface, cairo_write_func_t write, void *closure,
                          const dmi_png_meta_t *meta)
{
    cairo_surface_flush(surface);
    int w = cairo_image_surface_get_width(surface), h = cairo_image_surface_get_height(surface);
    band_t bands[PNG_BANDS];
    int nb = h < PNG_BANDS ? 1 : PNG_BANDS;
    dm_status_t st = DM_OK;
    for (int i = 0; i < nb; i++)
        bands[i] = (band_t){.pixels = cairo_image_surface_get_data(surface), .width = w,
                            .stride = cairo_image_surface_get_stride(surface), .row0 = h * i / nb,
                            .row1 = h * (i + 1) / nb, .last = i == nb - 1};
    dmi_run_parallel(deflate_band, bands, sizeof *bands, nb);
    size_t total = 2 + 4;
    uLong adler = bands[0].adler;
    for (int i = 0; i < nb; i++) {
        if (bands[i].failed)
            st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory encoding PNG");
        total += bands[i].out_len;
        if (i > 0)
            adler = adler32_combine(adler, bands[i].adler, (z_off_t)bands[i].raw_len);
    }
    unsigned char *idat = st == DM_OK ? malloc(total) : NULL;
    if (st == DM_OK && !idat)
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory encoding PNG");
    if (st == DM_OK) {
        size_t at = 0;
        idat[at++] = 0x78;   /* zlib header: deflate, 32K window, fastest */
        idat[at++] = 0x01;
        for (int i = 0; i < nb; i++) {
            memcpy(idat + at, bands[i].out, bands[i].out_len);
            at += bands[i].out_len;
        }
        put32(idat + at, (uint32_t)adler);
        static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        unsigned char ihdr[13];
        put32(ihdr, (uint32_t)w);
        put32(ihdr + 4, (uint32_t)h);
        ihdr[8] = 8;    /* bits per channel */
        ihdr[9] = 2;    /* RGB */
        ihdr[10] = ihdr[11] = ihdr[12] = 0;
        uLong seed = crc32(0L, Z_NULL, 0);
        if (write(closure, signature, 8) != CAIRO_STATUS_SUCCESS || !write_chunk(write, closure, "IHDR", ihdr, 13, seed) ||
            (meta && !write_meta(write, closure, meta)) || !write_chunk(write, closure, "IDAT", idat, total, seed) || !write_chunk(write, closure, "IEND", NULL, 0, seed))
            st = dmi_error(ctx, DM_ERR_IO, "cannot write PNG");
    }
    free(idat);
    for (int i = 0; i < nb; i++)
        free(bands[i].out);
    return st;
}
