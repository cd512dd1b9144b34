/* diplomap convert IN -o OUT: a story between its two forms, story JSON
 * (.json) and GeoJSON (.geojson), by OUT's extension. Both forms carry every
 * field (src/story_geojson.c), so story -> GeoJSON -> story gives the same
 * story JSON. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const dm_cli_option_t options[] = {
    {"--format", 0, "json|geojson", "the output's form (default: from OUT's extension, .json or .geojson; needed with -o -)"},
    {"--output", 'o', "OUT", "the converted story (.json or .geojson), or - for stdout with --format"},
};

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int run(const dm_cli_args_t *args)
{
    const char *input = args->positional[0];
    const char *out = dm_cli_value(args, "--output");
    if (!out || !*out) {
        dm_cli_error("convert: -o OUT is required");
        return DM_EXIT_USAGE;
    }
    const char *format = dm_cli_value(args, "--format");
    int geojson;
    if (format) {
        if (strcmp(format, "json") != 0 && strcmp(format, "geojson") != 0) {
            dm_cli_error("--format: '%s' is not json or geojson", format);
            return DM_EXIT_USAGE;
        }
        geojson = strcmp(format, "geojson") == 0;
    } else if (has_suffix(out, ".geojson")) {
        geojson = 1;
    } else if (has_suffix(out, ".json")) {
        geojson = 0;
    } else {
        dm_cli_error("%s: unknown output form (use .json or .geojson, or --format)", out);
        return DM_EXIT_USAGE;
    }
    int rc = DM_EXIT_OK;
    char *stdin_text = NULL, *text = NULL, *file = NULL;
    size_t stdin_len = 0;
    dm_story_t *story = NULL;
    if (strcmp(input, "-") == 0) {
        if ((rc = dm_cli_read_stdin(&stdin_text, &stdin_len)) != DM_EXIT_OK)
            return rc;
    } else if (!dm_cli_is_story_path(input)) {
        dm_cli_error("%s: not a story (.json or .geojson); 'diplomap extract' reads articles", input);
        return DM_EXIT_USAGE;
    }
    dm_context_t *ctx = dm_cli_context();
    if (!ctx) {
        free(stdin_text);
        return DM_EXIT_FAILURE;
    }
    dm_status_t st = dm_output_check(ctx, out);
    if (st == DM_OK && stdin_text && stdin_len > 0 && strchr("{ \t\r\n", stdin_text[0]) == NULL) {
        dm_cli_error("-: standard input is not a story (JSON); 'diplomap extract -' reads articles");
        rc = DM_EXIT_USAGE;
        goto out;
    }
    if (st == DM_OK)
        st = dm_cli_load_input(ctx, input, stdin_text, stdin_len, NULL, &story, 1);
    if (st == DM_OK)
        st = geojson ? dm_story_to_geojson(story, &text) : dm_story_to_json(story, &text);
    if (st == DM_OK) {
        size_t n = strlen(text);
        if (!(file = malloc(n + 2))) {
            dm_cli_error("out of memory");
            rc = DM_EXIT_FAILURE;
            goto out;
        }
        memcpy(file, text, n);
        memcpy(file + n, "\n", 2);
        st = dm_file_write_atomic(ctx, out, file, n + 1);
    }
    rc = st == DM_OK ? DM_EXIT_OK : dm_cli_fail(ctx, st);
out:
    free(file);
    free(stdin_text);
    dm_free(text);
    dm_story_destroy(story);
    dm_context_destroy(ctx);
    return rc;
}

const dm_cli_command_t dm_cli_convert_command = {
    .name = "convert",
    .usage = "IN|- -o OUT|- [--format json|geojson]",
    .summary = "convert a story between story JSON (.json) and GeoJSON (.geojson), without loss",
    .options = options,
    .option_count = sizeof options / sizeof options[0],
    .min_positional = 1,
    .max_positional = 1,
    .run = run,
};
