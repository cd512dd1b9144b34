/* diplomap extract ARTICLE [-o FILE] [--date YYYY-MM-DD] [--title T] [--source S]
 * ARTICLE "-" is standard input. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const dm_cli_option_t options[] = {
    {"--date", 0, "YYYY-MM-DD", "the article's date, for relative dates (default: from the text)"},
    {"--format", 0, "json|geojson", "story JSON (default) or a GeoJSON FeatureCollection of places and events"},
    {"--output", 'o', "FILE", "write the story JSON to FILE instead of stdout (- or no -o: stdout); a symlink is written through, a device, FIFO or directory refused"},
    {"--source", 0, "S", "the story's source line, e.g. \"Yonhap, 2025-06-12\""},
    {"--title", 0, "T", "the map title, at most 300 characters (default: the article's headline, else one built from the main event)"},
};

static int run(const dm_cli_args_t *args)
{
    int rc = DM_EXIT_FAILURE;
    dm_story_t *story = NULL;
    char *json = NULL;
    dm_context_t *ctx = dm_cli_context();
    if (!ctx)
        return DM_EXIT_FAILURE;
    dm_extract_options_t opts;
    dm_extract_options_init(&opts);
    opts.date = dm_cli_value(args, "--date");
    if (dm_cli_title(args, &opts.title) != 0) {
        rc = DM_EXIT_USAGE;
        goto out;
    }
    opts.source = dm_cli_value(args, "--source");
    const char *output = dm_cli_value(args, "--output");
    if (output && !*output) {
        dm_cli_error("extract: --output needs a file name");
        rc = DM_EXIT_USAGE;
        goto out;
    }
    const char *format = dm_cli_value(args, "--format");
    if (format && strcmp(format, "json") != 0 && strcmp(format, "geojson") != 0) {
        dm_cli_error("--format: '%s' is not json or geojson", format);
        rc = DM_EXIT_USAGE;
        goto out;
    }
    int to_file = output && strcmp(output, "-") != 0;
    dm_status_t st = to_file ? dm_output_check(ctx, output) : DM_OK;
    /* "-" reads standard input: an article, or a story (JSON) passed through. */
    const char *input = args->positional[0];
    char *stdin_text = NULL;
    size_t stdin_len = 0;
    if (st == DM_OK && strcmp(input, "-") == 0 && (rc = dm_cli_read_stdin(&stdin_text, &stdin_len)) != DM_EXIT_OK)
        goto out;
    if (st == DM_OK)
        st = dm_cli_load_input(ctx, input, stdin_text, stdin_len, &opts, &story, 0);
    free(stdin_text);
    if (st == DM_OK)
        st = format && strcmp(format, "geojson") == 0 ? dm_story_to_geojson(story, &json) : dm_story_to_json(story, &json);
    if (st != DM_OK) {
        rc = dm_cli_fail(ctx, st);
        goto out;
    }
    /* The story and a final newline, through the one safe-output module
     * (src/core/output.c) like every file the tool writes. */
    size_t n = strlen(json);
    char *text = malloc(n + 2);
    if (!text) {
        dm_cli_error("out of memory");
        goto out;
    }
    memcpy(text, json, n);
    memcpy(text + n, "\n", 2);
    st = dm_file_write_atomic(ctx, to_file ? output : "-", text, n + 1);
    free(text);
    rc = st == DM_OK ? DM_EXIT_OK : dm_cli_fail(ctx, st);
out:
    dm_free(json);
    dm_story_destroy(story);
    dm_context_destroy(ctx);
    return rc;
}

const dm_cli_command_t dm_cli_extract_command = {
    .name = "extract",
    .usage = "ARTICLE|- [-o FILE|-] [--date YYYY-MM-DD] [--title T] [--source S]",
    .summary = "read a news article (UTF-8 text, - for stdin) and print its story JSON: places and events",
    .options = options,
    .option_count = sizeof options / sizeof options[0],
    .min_positional = 1,
    .max_positional = 1,
    .run = run,
};
