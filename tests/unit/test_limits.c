/* The limits (issue 6), through the public API: each is refused with
 * DM_ERR_LIMIT or an input error (the CLI's exit 2) and a message that
 * names it, before anything of that size is allocated. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIB ((size_t)1 << 20)

static void expect_error(dm_context_t *ctx, dm_status_t got, dm_status_t want, const char *text)
{
    assert_int_equal(got, want);
    assert_true(dm_status_is_input_error(got));
    if (!strstr(dm_context_last_error(ctx), text))
        fail_msg("message '%s' lacks '%s'", dm_context_last_error(ctx), text);
}

/* 16 MiB of article text at most, also for text passed in memory. */
static void article_size(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    size_t n = 16 * MIB + 1;
    char *text = malloc(n);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        text[i] = i % 6 == 5 ? ' ' : 'a';
    dm_story_t *s = NULL;
    expect_error(ctx, dm_story_extract(ctx, NULL, text, n, "big.txt", NULL, &s), DM_ERR_LIMIT,
                 "big.txt: article is larger than the limit of 16777216 bytes");
    assert_null(s);
    free(text);
    dm_context_destroy(ctx);
}

static dm_status_t load(dm_context_t *ctx, const char *json, dm_story_t **s)
{
    return dm_story_load_string(ctx, json, strlen(json), "limits.json", s);
}

/* jansson stops at 2048 levels: a clean syntax error, no deep recursion. */
static void nesting_depth(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    size_t depth = 100000;
    char *json = malloc(2 * depth + 1);
    assert_non_null(json);
    memset(json, '[', depth);
    memset(json + depth, ']', depth);
    json[2 * depth] = '\0';
    dm_story_t *s = NULL;
    expect_error(ctx, load(ctx, json, &s), DM_ERR_INPUT, "limits.json:1:2049: invalid JSON: maximum parsing depth");
    free(json);
    dm_context_destroy(ctx);
}

/* head item,item,...(count) tail */
static char *many(const char *head, const char *item, size_t count, const char *tail)
{
    size_t n = strlen(head) + count * (strlen(item) + 1) + strlen(tail) + 1;
    char *json = malloc(n), *p = json;
    assert_non_null(json);
    p += snprintf(p, n, "%s", head);
    for (size_t i = 0; i < count; i++)
        p += snprintf(p, n - (size_t)(p - json), i ? ",%s" : "%s", item);
    snprintf(p, n - (size_t)(p - json), "%s", tail);
    return json;
}

static void place_and_event_counts(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    /* Duplicate ids would be refused too, but the count is checked first. */
    char *json = many("{\"places\": [", "{\"id\": \"p\", \"lat\": 0, \"lon\": 0}", 10001, "]}");
    expect_error(ctx, load(ctx, json, &s), DM_ERR_LIMIT, "limits.json: places: 10001 places, more than the 5000");
    free(json);
    json = many("{\"places\": [{\"id\": \"a\", \"lat\": 0, \"lon\": 0}], \"events\": [",
                "{\"type\": \"call\", \"places\": [\"a\"]}", 10001, "]}");
    expect_error(ctx, load(ctx, json, &s), DM_ERR_LIMIT, "limits.json: events: 10001 events, more than the 500");
    free(json);
    dm_context_destroy(ctx);
}

static void text_length(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    char label[1100];
    char json[1400];
    /* A label is at most 300 code points: 300 Hangul syllables (900 bytes) load. */
    for (size_t i = 0; i < 300; i++)
        memcpy(label + 3 * i, "\xed\x95\x9c", 3);
    label[900] = '\0';
    snprintf(json, sizeof json,
             "{\"places\": [{\"id\": \"a\", \"lat\": 0, \"lon\": 0}], \"events\": [{\"type\": \"call\", \"label\": "
             "\"%s\"}]}",
             label);
    assert_int_equal(load(ctx, json, &s), DM_OK);
    dm_story_destroy(s);
    s = NULL;
    memset(label, 'L', 301);
    label[301] = '\0';
    snprintf(json, sizeof json,
             "{\"places\": [{\"id\": \"a\", \"lat\": 0, \"lon\": 0}], \"events\": [{\"type\": \"call\", \"label\": "
             "\"%s\"}]}",
             label);
    expect_error(ctx, load(ctx, json, &s), DM_ERR_LIMIT,
                 "limits.json: events[0].label: 301 characters, more than the 300");
    /* Longer than the byte limit of every text field: that message first. */
    memset(label, 'L', 1001);
    label[1001] = '\0';
    snprintf(json, sizeof json,
             "{\"places\": [{\"id\": \"a\", \"lat\": 0, \"lon\": 0}], \"events\": [{\"type\": \"call\", \"label\": "
             "\"%s\"}]}",
             label);
    expect_error(ctx, load(ctx, json, &s), DM_ERR_LIMIT, "limits.json: events[0].label is longer than 1000 bytes");
    snprintf(json, sizeof json, "{\"places\": [{\"id\": \"a\", \"name\": \"%s\", \"lat\": 0, \"lon\": 0}]}", label);
    expect_error(ctx, load(ctx, json, &s), DM_ERR_LIMIT, "limits.json: places[0].name is longer than 1000 bytes");
    dm_context_destroy(ctx);
}

/* Canvas: per side and in megapixels, refused before any surface exists. */
static void canvas_size(void **state)
{
    (void)state;
    static const struct {
        double width, height, scale;
        const char *text;
    } cases[] = {
        {1e9, 1000, 1, "canvas size"},   {0, 1000, 1, "canvas size"},     {-5, 1000, 1, "canvas size"},
        {1000, 1e300, 1, "canvas size"}, {20000, 20000, 1, "megapixels"}, {1000, 1000, 9, "scale"},
        {5000, 5000, 8, "megapixels"},   {10000, 10000, 4, "megapixels"},
    };
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    const char *json = "{\"places\": [{\"id\": \"a\", \"lat\": 37.5, \"lon\": 127}]}";
    assert_int_equal(load(ctx, json, &s), DM_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dm_map_options_t o;
        dm_map_options_init(&o);
        o.width = cases[i].width;
        o.height = cases[i].height;
        o.scale = cases[i].scale;
        dm_map_t *map = NULL;
        dm_status_t st = dm_map_create(ctx, s, &o, &map);
        assert_null(map);
        assert_true(dm_status_is_input_error(st));
        if (!strstr(dm_context_last_error(ctx), cases[i].text))
            fail_msg("case %zu: message '%s' lacks '%s'", i, dm_context_last_error(ctx), cases[i].text);
    }
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(article_size), cmocka_unit_test(nesting_depth), cmocka_unit_test(place_and_event_counts),
        cmocka_unit_test(text_length),  cmocka_unit_test(canvas_size),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
