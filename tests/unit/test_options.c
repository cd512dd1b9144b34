/* Option structs across library versions (docs/guide.md, "Shipping the
 * library"): a caller compiled against an older header passes a shorter
 * struct (struct_size says how long); the library reads only that much and
 * gives later fields their defaults. Tested through the public API with a
 * map that shows the canvas size and theme it was given. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"

#include <stdlib.h>
#include <string.h>

static dm_story_t *one_place_story(dm_context_t *ctx)
{
    static const char json[] = "{\"diplomap\": 1, \"places\": [{\"id\": \"geneva\", \"name\": \"Geneva\", "
                               "\"lat\": 46.2, \"lon\": 6.15, \"kind\": \"city\", \"country\": \"CH\"}]}";
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_load_string(ctx, json, strlen(json), "options.json", &s), DM_OK);
    return s;
}

/* The sidecar's canvas width and height. */
static void canvas_of(dm_map_t *map, double *w, double *h)
{
    char *json = NULL;
    assert_int_equal(dm_map_layout_json(map, &json), DM_OK);
    const char *p = strstr(json, "\"width\"");
    assert_non_null(p);
    *w = strtod(strchr(p, ':') + 1, NULL);
    p = strstr(json, "\"height\"");
    assert_non_null(p);
    *h = strtod(strchr(p, ':') + 1, NULL);
    dm_free(json);
}

static void init_sets_size(void **state)
{
    (void)state;
    dm_map_options_t m;
    dm_extract_options_t e;
    dm_geocode_options_t g;
    memset(&m, 0xff, sizeof m);
    dm_map_options_init(&m);
    dm_extract_options_init(&e);
    dm_geocode_options_init(&g);
    assert_int_equal(m.struct_size, sizeof m);
    assert_int_equal(e.struct_size, sizeof e);
    assert_int_equal(g.struct_size, sizeof g);
}

static void shorter_struct_gets_defaults(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = one_place_story(ctx);
    /* An "older" caller that knew only width and height: everything past
     * them is garbage in its memory, and must not be read. */
    dm_map_options_t opts;
    memset(&opts, 0xff, sizeof opts);
    opts.struct_size = offsetof(dm_map_options_t, height) + sizeof opts.height;
    opts.width = 700;
    opts.height = 500;
    dm_map_t *map = NULL;
    assert_int_equal(dm_map_create(ctx, s, &opts, &map), DM_OK);
    double w = 0, h = 0;
    canvas_of(map, &w, &h);
    assert_true(w == 700 && h == 500);
    dm_map_destroy(map);
    /* struct_size 0 (a struct not filled by _init) reads the whole struct. */
    dm_map_options_t whole;
    memset(&whole, 0, sizeof whole);
    whole.width = 640;
    whole.height = 480;
    whole.scale = 1;
    assert_int_equal(dm_map_create(ctx, s, &whole, &map), DM_OK);
    canvas_of(map, &w, &h);
    assert_true(w == 640 && h == 480);
    dm_map_destroy(map);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(init_sets_size),
        cmocka_unit_test(shorter_struct_gets_defaults),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
