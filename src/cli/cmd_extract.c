/* diplomap extract ARTICLE [-o FILE] [--date YYYY-MM-DD] [--title T] [--source S] */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const dm_cli_option_t options[] = {
    {"--date", 0, "YYYY-MM-DD", "the article's date, for relative dates (default: from the text)"},
    {"--format", 0, "json|geojson", "story JSON (default) or a GeoJSON FeatureCollection of places and events"},
    {"--output", 'o', "FILE", "write the story JSON to FILE instead of stdout"},
    {"--source", 0, "S", "the story's source line, e.g. \"Yonhap, 2025-06-12\""},
    {"--title", 0, "T", "the map title (default: the article's headline, else one built from the main event)"},
};

/* Write text to path through a temporary file in the same directory and a
 * rename: a failure leaves no file behind and never touches an existing one. */
static int write_atomic(const char *path, const char *text)
{
    size_t n = strlen(path);
    char *tmp = malloc(n + 16);
    if (!tmp) {
        dm_cli_error("out of memory");
        return DM_EXIT_FAILURE;
    }
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tmp-XXXXXX", 12);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        dm_cli_error("%s: cannot create a temporary file beside it: %s", path, strerror(errno));
        free(tmp);
        return DM_EXIT_FAILURE;
    }
    FILE *f = fdopen(fd, "w");
    int ok = f != NULL;
    if (!f)
        close(fd);
    if (ok && (fputs(text, f) == EOF || fputc('\n', f) == EOF))
        ok = 0;
    if (f && fclose(f) != 0)
        ok = 0;
    if (ok && rename(tmp, path) != 0)
        ok = 0;
    if (!ok) {
        dm_cli_error("%s: cannot write: %s", path, strerror(errno));
        remove(tmp);
        free(tmp);
        return DM_EXIT_FAILURE;
    }
    free(tmp);
    return DM_EXIT_OK;
}

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
    opts.title = dm_cli_value(args, "--title");
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
    dm_status_t st = dm_story_extract_file(ctx, NULL, args->positional[0], &opts, &story);
    if (st == DM_OK)
        st = format && strcmp(format, "geojson") == 0 ? dm_story_to_geojson(story, &json) : dm_story_to_json(story, &json);
    if (st != DM_OK) {
        rc = dm_cli_fail(ctx, st);
        goto out;
    }
    if (!output || strcmp(output, "-") == 0) {
        if (puts(json) == EOF || fflush(stdout) != 0) {
            dm_cli_error("cannot write to standard output");
            goto out;
        }
        rc = DM_EXIT_OK;
    } else {
        rc = write_atomic(output, json);
    }
out:
    dm_free(json);
    dm_story_destroy(story);
    dm_context_destroy(ctx);
    return rc;
}

const dm_cli_command_t dm_cli_extract_command = {
    .name = "extract",
    .usage = "ARTICLE [-o FILE] [--date YYYY-MM-DD] [--title T] [--source S]",
    .summary = "read a news article (UTF-8 text) and print its story JSON: places and events",
    .options = options,
    .option_count = sizeof options / sizeof options[0],
    .min_positional = 1,
    .max_positional = 1,
    .run = run,
};
