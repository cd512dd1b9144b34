/* Shared by the extraction unit tests (test_extract.c, test_events_table.c):
 * a story as JSON (its newer fields have no public accessor), and a text's
 * events in one line, "type date status place/place; ..." (places by id,
 * "-" for none, "?" for no date; the date only when with_date). Include
 * after cmocka.h. */
#ifndef DM_TEST_EVENTS_LINE_H
#define DM_TEST_EVENTS_LINE_H

#include "diplomap.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

/* The story as JSON; the caller frees it with json_decref. */
static json_t *story_json(const dm_story_t *s)
{
    char *text = NULL;
    assert_int_equal(dm_story_to_json(s, &text), DM_OK);
    json_error_t jerr;
    json_t *root = json_loads(text, 0, &jerr);
    dm_free(text);
    assert_non_null(root);
    return root;
}

static void events_line_of(const char *text, int with_date, char *out, size_t size)
{
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "unit.txt", NULL, &s), DM_OK);
    json_t *root = story_json(s);
    size_t i, j, n = 0;
    json_t *e, *pl;
    out[0] = '\0';
    json_array_foreach(json_object_get(root, "events"), i, e) {
        const char *date = json_string_value(json_object_get(e, "date"));
        n += (size_t)snprintf(out + n, n < size ? size - n : 0, "%s%s %s%s%s ", i ? "; " : "",
                              json_string_value(json_object_get(e, "type")), with_date ? (date ? date : "?") : "",
                              with_date ? " " : "", json_string_value(json_object_get(e, "status")));
        if (json_array_size(json_object_get(e, "places")) == 0)
            n += (size_t)snprintf(out + n, n < size ? size - n : 0, "-");
        json_array_foreach(json_object_get(e, "places"), j, pl)
            n += (size_t)snprintf(out + n, n < size ? size - n : 0, "%s%s", j ? "/" : "", json_string_value(pl));
    }
    json_decref(root);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* A grid of rows checked against their wanted line: a row marked todo is a
 * known miss (reported, not failed) and fails once it passes, so that its
 * mark is removed. */
typedef struct {
    size_t rows, todo, bad;
} grid_tally_t;

static void grid_row(grid_tally_t *t, const char *name, const char *got, const char *want, int todo)
{
    int ok = strcmp(got, want) == 0;
    t->rows++;
    if (todo) {
        t->todo++;
        if (ok) {
            print_error("row '%s' now passes: remove its todo mark\n", name);
            t->bad++;
        } else {
            print_message("todo '%s': got '%s', want '%s'\n", name, got, want);
        }
    } else if (!ok) {
        print_error("row '%s': got '%s', want '%s'\n", name, got, want);
        t->bad++;
    }
}

static void grid_finish(const grid_tally_t *t, const char *what)
{
    print_message("%s: %zu rows, %zu pass, %zu still missed (todo)\n", what, t->rows, t->rows - t->todo, t->todo);
    if (t->bad)
        fail_msg("%zu row(s) of the %s are wrong", t->bad, what);
}

#endif
