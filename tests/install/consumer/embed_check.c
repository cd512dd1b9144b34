/* Built against an installed diplomap only (tests/install/test_install.sh):
 * finds the installed data, geocodes, lays out, draws into a caller's cairo
 * context and into memory, and reads GeoJSON. Prints one "ok ..." line per
 * check; exit 1 at the first failure. */
#include <cairo.h>
#include <diplomap.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(dm_context_t *ctx, const char *what)
{
    fprintf(stderr, "embed_check: %s: %s\n", what, dm_context_last_error(ctx));
    return 1;
}

/* The pixel at (x, y) of an ARGB32/RGB24 image, as 0xRRGGBB. */
static unsigned pixel(cairo_surface_t *s, int x, int y)
{
    const unsigned char *d = cairo_image_surface_get_data(s);
    return *(const unsigned *)(const void *)(d + y * cairo_image_surface_get_stride(s) + 4 * x) & 0xffffffu;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: embed_check STORY.json\n");
        return 2;
    }
    int rc = 1;
    dm_context_t *ctx = dm_context_create();
    dm_gazetteer_t *gaz = NULL;
    dm_story_t *story = NULL, *again = NULL;
    dm_map_t *map = NULL;
    unsigned char *png = NULL;
    char *geojson = NULL;
    size_t png_len = 0;
    cairo_surface_t *img = NULL;
    cairo_t *cr = NULL;
    dm_geocode_result_t r = {0};

    printf("version %s\n", dm_version());
    printf("data %s\n", dm_context_data_dir(ctx));
    if (dm_gazetteer_open(ctx, NULL, &gaz) != DM_OK) {
        rc = fail(ctx, "gazetteer");
        goto out;
    }
    if (dm_geocode(gaz, "Pyongyang", NULL, &r) != DM_OK || r.count == 0 || strcmp(r.candidates[0].country, "KP") != 0) {
        rc = fail(ctx, "geocode");
        goto out;
    }
    printf("ok geocode %s %s\n", r.candidates[0].name, r.candidates[0].country);

    dm_map_options_t opts;
    dm_map_options_init(&opts);
    opts.width = 400;
    opts.height = 250;
    if (dm_story_load_file(ctx, argv[1], &story) != DM_OK || dm_story_resolve(story, NULL) != DM_OK ||
        dm_map_create(ctx, story, &opts, &map) != DM_OK) {
        rc = fail(ctx, "story and layout");
        goto out;
    }
    printf("ok layout %zu places\n", dm_story_place_count(story));

    if (dm_map_render_to_memory(map, DM_FORMAT_PNG, &png, &png_len) != DM_OK || png_len < 100 ||
        memcmp(png, "\x89PNG\r\n\x1a\n", 8) != 0) {
        rc = fail(ctx, "render to memory");
        goto out;
    }
    printf("ok memory png %s\n", png_len > 1000 ? "nonempty" : "tiny");
    if (dm_map_render_to_memory(map, DM_FORMAT_AUTO, &png, &png_len) != DM_ERR_USAGE || png != NULL) {
        fprintf(stderr, "embed_check: DM_FORMAT_AUTO should be refused\n");
        goto out;
    }

    /* Into a 600x400 white image at (100, 50) 400x250: the map covers
     * exactly that rectangle and nothing outside it changes. */
    img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 600, 400);
    cr = cairo_create(img);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 1, 0, 0);   /* the caller's state survives */
    if (dm_map_draw(map, cr, 100, 50, 400, 250) != DM_OK) {
        rc = fail(ctx, "dm_map_draw");
        goto out;
    }
    cairo_rectangle(cr, 0, 0, 10, 10);
    cairo_fill(cr);
    cairo_surface_flush(img);
    int outside_white = pixel(img, 50, 200) == 0xffffff && pixel(img, 550, 200) == 0xffffff &&
                        pixel(img, 300, 20) == 0xffffff && pixel(img, 300, 320) == 0xffffff;
    int inside_drawn = 0;
    for (int y = 60; y < 290 && !inside_drawn; y += 7)
        for (int x = 110; x < 490; x += 7)
            inside_drawn |= pixel(img, x, y) != 0xffffff;
    if (!outside_white || !inside_drawn || pixel(img, 5, 5) != 0xff0000) {
        fprintf(stderr, "embed_check: dm_map_draw drew outside its rectangle, nothing, or lost the caller's state\n");
        goto out;
    }
    printf("ok draw into caller's cairo_t\n");
    if (dm_map_draw(map, cr, 0, 0, 0, 10) != DM_ERR_USAGE) {
        fprintf(stderr, "embed_check: an empty rectangle should be refused\n");
        goto out;
    }

    if (dm_story_to_geojson(story, &geojson) != DM_OK ||
        dm_story_load_geojson_string(ctx, geojson, strlen(geojson), "memory", &again) != DM_OK ||
        dm_story_place_count(again) != dm_story_place_count(story) ||
        dm_story_event_count(again) != dm_story_event_count(story)) {
        rc = fail(ctx, "geojson round trip");
        goto out;
    }
    printf("ok geojson %zu events\n", dm_story_event_count(again));
    rc = 0;
out:
    cairo_destroy(cr);
    cairo_surface_destroy(img);
    dm_free(png);
    dm_free(geojson);
    dm_geocode_result_clear(&r);
    dm_map_destroy(map);
    dm_story_destroy(again);
    dm_story_destroy(story);
    dm_gazetteer_close(gaz);
    dm_context_destroy(ctx);
    return rc;
}
