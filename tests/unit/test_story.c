/* Story loading and validation: good stories load, every kind of bad one is
 * refused with the right status and a message naming the field. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *GOOD =
    "{\"diplomap\":1,\"title\":\"T\",\"date\":\"2025-06-12\",\"places\":["
    "{\"id\":\"a\",\"name\":\"A\",\"lat\":39.0,\"lon\":125.7,\"kind\":\"city\",\"country\":\"KP\",\"mentions\":[[1,2]]},"
    "{\"id\":\"b\",\"name\":\"B\",\"lat\":38.9,\"lon\":-77.0,\"kind\":\"site\"}],"
    "\"events\":[{\"id\":\"e1\",\"type\":\"letter\",\"date\":\"2025-06\",\"places\":[\"b\",\"a\"],\"status\":\"refused\","
    "\"participants\":[\"US\",\"KP\"],\"label\":\"L\"}],"
    "\"view\":{\"projection\":\"auto\",\"extent\":[100,0,150,50],\"inset\":\"none\"}}";

static void loads_good_story(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_load_string(ctx, GOOD, strlen(GOOD), "good.json", &s), DM_OK);
    assert_int_equal(dm_story_place_count(s), 2);
    assert_int_equal(dm_story_event_count(s), 1);
    const dm_place_t *a = dm_story_find_place(s, "a");
    assert_non_null(a);
    assert_true(a->lat > 38.99 && a->lat < 39.01);
    assert_int_equal(a->mention_count, 1);
    assert_int_equal(a->mentions[0].end, 2);
    const dm_event_t *e = dm_story_event(s, 0);
    assert_int_equal(e->type, DM_EVENT_LETTER);
    assert_int_equal(e->status, DM_EVENT_REFUSED);
    assert_string_equal(e->places[0], "b");
    assert_string_equal(dm_story_title(s), "T");
    /* Round trip: what we write loads again with the same content. */
    char *json = NULL;
    assert_int_equal(dm_story_to_json(s, &json), DM_OK);
    dm_story_t *again = NULL;
    assert_int_equal(dm_story_load_string(ctx, json, strlen(json), "again.json", &again), DM_OK);
    assert_int_equal(dm_story_place_count(again), 2);
    assert_string_equal(dm_story_event(again, 0)->label, "L");
    assert_true(fabs(dm_story_find_place(again, "b")->lon + 77.0) < 1e-9);
    dm_free(json);
    dm_story_destroy(again);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* A place's label anchor ("label_lat"/"label_lon", docs/story-format.md): kept
 * beside its reference point lat/lon and written back. */
static void keeps_label_anchor(void **state)
{
    (void)state;
    static const char *STORY =
        "{\"diplomap\":1,\"places\":[{\"id\":\"europe\",\"name\":\"Europe\",\"lat\":48.69096,\"lon\":9.14062,"
        "\"label_lat\":51.51,\"label_lon\":12.51,\"kind\":\"region\"}]}";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_load_string(ctx, STORY, strlen(STORY), "anchor.json", &s), DM_OK);
    const dm_place_t *p = dm_story_find_place(s, "europe");
    assert_true(fabs(p->lat - 48.69096) < 1e-9 && fabs(p->lon - 9.14062) < 1e-9);
    char *json = NULL;
    assert_int_equal(dm_story_to_json(s, &json), DM_OK);
    assert_non_null(strstr(json, "\"label_lat\": 51.51"));
    assert_non_null(strstr(json, "\"label_lon\": 12.51"));
    dm_story_t *again = NULL;
    assert_int_equal(dm_story_load_string(ctx, json, strlen(json), "again.json", &again), DM_OK);
    char *json2 = NULL;
    assert_int_equal(dm_story_to_json(again, &json2), DM_OK);
    assert_string_equal(json, json2);
    dm_free(json);
    dm_free(json2);
    dm_story_destroy(again);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

typedef struct {
    const char *json;
    dm_status_t status;
    const char *message_part;
} bad_case_t;

static const bad_case_t bad_cases[] = {
    {"{\"places\": [", DM_ERR_INPUT, "bad.json:1:"},
    {"[1,2]", DM_ERR_STORY, "must be a JSON object"},
    {"{\"diplomap\":2,\"places\":[]}", DM_ERR_STORY, "diplomap must be 1"},
    {"{\"title\":\"x\"}", DM_ERR_STORY, "places is missing"},
    {"{\"places\":{}}", DM_ERR_STORY, "places must be an array"},
    {"{\"places\":[{\"name\":\"x\",\"lat\":1,\"lon\":2}]}", DM_ERR_STORY, "places[0].id is missing"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":91,\"lon\":2}]}", DM_ERR_STORY, "places[0].lat out of range [-90, 90]"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1,\"lon\":-181}]}", DM_ERR_STORY, "places[0].lon out of range"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":\"1\",\"lon\":2}]}", DM_ERR_STORY, "places[0].lat must be a number"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1}]}", DM_ERR_STORY, "places[0].lon is missing"},
    {"{\"places\":[{\"id\":\"x\"}]}", DM_ERR_STORY, "needs lat and lon, or a query"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1,\"lon\":2,\"label_lat\":3}]}", DM_ERR_STORY, "places[0].label_lon is missing"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1,\"lon\":2,\"label_lat\":3,\"label_lon\":200}]}", DM_ERR_STORY,
     "places[0].label_lon out of range"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1,\"lon\":2,\"kind\":\"planet\"}]}", DM_ERR_STORY, "places[0].kind 'planet'"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1,\"lon\":2,\"country\":\"Korea\"}]}", DM_ERR_STORY, "places[0].country"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1,\"lon\":2},{\"id\":\"x\",\"lat\":1,\"lon\":2}]}", DM_ERR_STORY, "places[1].id 'x' is used"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1,\"lon\":2,\"mentions\":[[5,2]]}]}", DM_ERR_STORY, "places[0].mentions[0]"},
    {"{\"places\":[{\"id\":\"x\",\"lat\":1,\"lon\":2,\"geometry\":5}]}", DM_ERR_STORY, "places[0].geometry"},
    {"{\"places\":[],\"events\":[{\"type\":\"party\"}]}", DM_ERR_STORY, "events[0].type 'party'"},
    {"{\"places\":[],\"events\":[{\"id\":\"e\"}]}", DM_ERR_STORY, "events[0].type is missing"},
    {"{\"places\":[],\"events\":[{\"type\":\"call\",\"places\":[\"nowhere\"]}]}", DM_ERR_STORY, "events[0].places[0] 'nowhere'"},
    {"{\"places\":[],\"events\":[{\"type\":\"call\",\"status\":\"lost\"}]}", DM_ERR_STORY, "events[0].status 'lost'"},
    {"{\"places\":[],\"events\":[{\"type\":\"call\",\"date\":\"June 2019\"}]}", DM_ERR_STORY, "events[0].date"},
    {"{\"places\":[],\"events\":[{\"type\":\"call\",\"date\":\"2019-13\"}]}", DM_ERR_STORY, "events[0].date"},
    {"{\"places\":[],\"date\":\"yesterday\"}", DM_ERR_STORY, "date 'yesterday'"},
    {"{\"places\":[],\"view\":{\"extent\":[0,50,10,40]}}", DM_ERR_STORY, "view.extent"},
    {"{\"places\":[],\"view\":{\"inset\":\"maybe\"}}", DM_ERR_STORY, "view.inset"},
    {"{\"places\":[],\"title\":7}", DM_ERR_STORY, "title must be a string"},
    {"{\"places\":[], \"places\":[]}", DM_ERR_INPUT, "duplicate"},
};

static void refuses_bad_stories(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
        const bad_case_t *c = &bad_cases[i];
        dm_story_t *s = (dm_story_t *)1;
        dm_status_t st = dm_story_load_string(ctx, c->json, strlen(c->json), "bad.json", &s);
        const char *msg = dm_context_last_error(ctx);
        if (st != c->status || !strstr(msg, c->message_part) || !strstr(msg, "bad.json"))
            fail_msg("case %zu %s: got status %d message '%s', want %d containing '%s'", i, c->json, st, msg,
                     c->status, c->message_part);
        assert_null(s);
        assert_null(strchr(msg, '\n'));
    }
    dm_context_destroy(ctx);
}

static void refuses_missing_and_huge_files(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_load_file(ctx, "/nonexistent/story.json", &s), DM_ERR_IO);
    assert_non_null(strstr(dm_context_last_error(ctx), "/nonexistent/story.json"));
    dm_context_destroy(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loads_good_story),
        cmocka_unit_test(keeps_label_anchor),
        cmocka_unit_test(refuses_bad_stories),
        cmocka_unit_test(refuses_missing_and_huge_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
