/* Fuzz target: layout and drawing (issue 13). The first 12 bytes choose the
 * map options, the rest is a story; the story is loaded, its queries
 * geocoded, the map laid out (dm_map_create) and drawn at a small canvas to
 * memory, with its layout sidecar and alt text.
 *
 *   byte 0      projection: 0 the story's own view (or auto), 1 "auto",
 *               2.. one of `methods` below with the parameters of bytes 1-2
 *   bytes 1, 2  lon_0 = b * 360 / 255 - 180, lat_0 = b * 180 / 255 - 90
 *   bytes 3, 4  width, height = 64 + b * 336 / 255 (64..400; under 100 is
 *               refused, which is checked too)
 *   byte 5      bit 0 extent (bytes 6-9), bit 1 inset none (else auto),
 *               bits 2-3 theme light/dark/print/light, bits 4-5 language
 *               en/ko/en+ko/en, bit 6 the story is GeoJSON, bit 7 scale 2
 *   bytes 6-9   extent W, S, E, N: b * 360 / 255 - 180 (W, E), b * 180 / 255 - 90 (S, N)
 *   byte 10     detail auto/110m/50m/10m (low two bits)
 *   byte 11     bit 0: SVG instead of PNG
 *
 * Whatever succeeds must make sense: a PNG starts with its signature, an
 * SVG with '<', the sidecar is JSON with the canvas's width. */
#include "diplomap.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER 12

static const char *const methods[] = {
    "+proj=eqearth +lon_0=%g",
    "+proj=ortho +lat_0=%g +lon_0=%g",
    "+proj=robin +lon_0=%g",
    "+proj=natearth +lon_0=%g",
    "+proj=lcc +lat_1=%g +lat_2=%g +lon_0=%g",
    "+proj=merc +lon_0=%g",
    "+proj=laea +lat_0=%g +lon_0=%g",
    "+proj=aeqd +lat_0=%g +lon_0=%g",
    "+proj=stere +lat_0=%g +lon_0=%g",
    "+proj=eqc +lon_0=%g",
    "+proj=moll +lon_0=%g",
    "+proj=wintri +lon_0=%g",
    "+proj=tmerc +lon_0=%g",
    "+proj=aea +lat_1=%g +lat_2=%g +lon_0=%g",
    "+proj=gnom +lat_0=%g +lon_0=%g",
    "+proj=nsper +h=3000000 +lat_0=%g +lon_0=%g",
    "+proj=longlat",
    "EPSG:3857",
};
#define METHOD_COUNT (sizeof methods / sizeof methods[0])

static void projection(const uint8_t *h, char *out, size_t n)
{
    double lon = h[1] * 360.0 / 255 - 180, lat = h[2] * 180.0 / 255 - 90;
    const char *m = methods[(h[0] - 2) % METHOD_COUNT];
    /* The parameters in the order the format names them. */
    if (strstr(m, "lat_1"))
        snprintf(out, n, m, lat - 10, lat + 10, lon);
    else if (strstr(m, "lat_0"))
        snprintf(out, n, m, lat, lon);
    else
        snprintf(out, n, m, lon);
}

static void check_output(dm_map_t *map, const dm_map_options_t *opts, dm_format_t fmt)
{
    unsigned char *data = NULL;
    size_t len = 0;
    if (dm_map_render_to_memory(map, fmt, &data, &len) == DM_OK) {
        if (!data || len < 8)
            abort();
        if (fmt == DM_FORMAT_PNG && memcmp(data, "\x89PNG\r\n\x1a\n", 8) != 0)
            abort();
        if (fmt == DM_FORMAT_SVG && data[0] != '<')
            abort();
    } else if (data || len) {
        abort();
    }
    dm_free(data);
    char *text = NULL;
    if (dm_map_layout_json(map, &text) == DM_OK) {
        json_error_t err;
        json_t *root = json_loads(text, 0, &err);
        json_t *width = json_object_get(root, "width");
        /* PNG units are pixels times the scale; SVG's are points. */
        double want = fmt == DM_FORMAT_PNG ? opts->width * opts->scale : opts->width;
        if (!root || !json_is_number(width) || json_number_value(width) < want - 1 ||
            json_number_value(width) > want + 1)
            abort();
        json_decref(root);
    }
    dm_free(text);
    text = NULL;
    if (dm_map_alt_text(map, &text) == DM_OK && (!text || !*text))
        abort();
    dm_free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dm_context_t *ctx;
    static dm_gazetteer_t *gaz;
    if (!ctx && !(ctx = dm_context_create()))
        abort();
    if (!gaz && dm_gazetteer_open(ctx, NULL, &gaz) != DM_OK)
        abort(); /* the fuzz build needs the built data (or $DIPLOMAP_DATA) */
    if (size < HEADER)
        return 0;
    const uint8_t *h = data;
    const char *text = (const char *)data + HEADER;
    size_t len = size - HEADER;

    dm_story_t *story = NULL;
    dm_status_t st = (h[5] & 0x40) ? dm_story_load_geojson_string(ctx, text, len, "fuzz.geojson", &story)
                                   : dm_story_load_string(ctx, text, len, "fuzz.json", &story);
    if (st != DM_OK || dm_story_resolve(story, gaz) != DM_OK) {
        dm_story_destroy(story);
        return 0;
    }

    dm_map_options_t opts;
    dm_map_options_init(&opts);
    char proj[160];
    if (h[0] == 1) {
        opts.projection = "auto";
    } else if (h[0] >= 2) {
        projection(h, proj, sizeof proj);
        opts.projection = proj;
    }
    opts.width = 64 + h[3] * 336.0 / 255;
    opts.height = 64 + h[4] * 336.0 / 255;
    opts.scale = (h[5] & 0x80) ? 2 : 1;
    if (h[5] & 1) {
        opts.has_extent = 1;
        opts.extent[0] = h[6] * 360.0 / 255 - 180;
        opts.extent[1] = h[7] * 180.0 / 255 - 90;
        opts.extent[2] = h[8] * 360.0 / 255 - 180;
        opts.extent[3] = h[9] * 180.0 / 255 - 90;
    }
    opts.inset = (h[5] & 2) ? "none" : "auto";
    static const char *const themes[] = {"light", "dark", "print", "light"};
    static const char *const langs[] = {"en", "ko", "en+ko", "en"};
    static const char *const details[] = {"auto", "110m", "50m", "10m"};
    opts.theme = themes[(h[5] >> 2) & 3];
    opts.lang = langs[(h[5] >> 4) & 3];
    opts.detail = details[h[10] & 3];

    dm_map_t *map = NULL;
    st = dm_map_create(ctx, story, &opts, &map);
    if (getenv("DM_FUZZ_VERBOSE"))
        fprintf(stderr, "layout: %s %s\n", dm_status_to_string(st), dm_context_last_error(ctx));
    if (st == DM_OK) {
        if (!map)
            abort();
        check_output(map, &opts, (h[11] & 1) ? DM_FORMAT_SVG : DM_FORMAT_PNG);
    } else if (map || !*dm_context_last_error(ctx)) {
        abort(); /* a failure leaves no map and says why */
    }
    dm_map_destroy(map);
    dm_story_destroy(story);
    return 0;
}
