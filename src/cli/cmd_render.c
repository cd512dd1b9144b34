/* diplomap render INPUT -o OUT: a story (.json) or an article (any other
 * text, extracted first) to PNG, SVG or PDF. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const dm_cli_option_t options[] = {
    {"--alt-text", 0, "FILE", "write a plain-language description of the map for screen readers (with the map: all or none; - for stdout when -o is a file)"},
    {"--date", 0, "YYYY-MM-DD", "article date, when INPUT is an article without one"},
    DM_CLI_OPT_DETAIL,
    DM_CLI_OPT_EXTENT,
    {"--format", 0, "png|svg|pdf|html", "output format (default: from OUT's extension)"},
    DM_CLI_OPT_HEIGHT,
    DM_CLI_OPT_INSET,
    DM_CLI_OPT_LANG,
    {"--layout-json", 0, "FILE", "write where every element landed (docs/formats.md section 2; with the map: all or none)"},
    {"--output", 'o', "OUT", "output file (.png, .svg, .pdf, .html), or - for stdout with --format (never binary to a terminal); a symlink is written through, a device, FIFO or directory refused"},
    DM_CLI_OPT_PROJECTION,
    DM_CLI_OPT_SCALE,
    DM_CLI_OPT_SIZE,
    {"--svg-basemap", 0, "vector|image", "SVG: the basemap as paths (default vector) or one inline PNG (image: smaller)"},
    DM_CLI_OPT_THEME,
    {"--title", 0, "TEXT", "map title, at most 300 characters (default: the story's)"},
    DM_CLI_OPT_WIDTH,
};

static int run(const dm_cli_args_t *args)
{
    const char *input = args->positional[0];
    const char *out = dm_cli_value(args, "--output");
    if (!out) {
        dm_cli_error("render: -o OUT is required");
        return DM_EXIT_USAGE;
    }
    dm_map_options_t opts;
    dm_map_options_init(&opts);
    if (dm_cli_map_options(args, &opts) != 0)
        return DM_EXIT_USAGE;
    const char *v;
    const char *svg_basemap = dm_cli_value(args, "--svg-basemap");
    if (svg_basemap && strcmp(svg_basemap, "vector") != 0 && strcmp(svg_basemap, "image") != 0) {
        dm_cli_error("--svg-basemap: '%s' is not vector or image", svg_basemap);
        return DM_EXIT_USAGE;
    }
    dm_format_t fmt = DM_FORMAT_AUTO;
    if ((v = dm_cli_value(args, "--format"))) {
        fmt = strcmp(v, "png") == 0 ? DM_FORMAT_PNG : strcmp(v, "svg") == 0 ? DM_FORMAT_SVG
            : strcmp(v, "pdf") == 0 ? DM_FORMAT_PDF : strcmp(v, "html") == 0 ? DM_FORMAT_HTML : DM_FORMAT_AUTO;
        if (fmt == DM_FORMAT_AUTO) {
            dm_cli_error("--format: '%s' is not png, svg, pdf or html", v);
            return DM_EXIT_USAGE;
        }
    } else if (strcmp(out, "-") == 0) {
        dm_cli_error("render: -o - needs --format (png, svg, pdf or html)");
        return DM_EXIT_USAGE;
    } else if (dm_format_from_path(out) == DM_FORMAT_AUTO) {
        dm_cli_error("%s: unknown output format (use .png, .svg, .pdf or .html, or --format)", out);
        return DM_EXIT_USAGE;
    }
    if (fmt == DM_FORMAT_AUTO)
        fmt = dm_format_from_path(out);
    const char *title = NULL;
    if (dm_cli_title(args, &title) != 0)
        return DM_EXIT_USAGE;
    const char *alt_path = dm_cli_value(args, "--alt-text");
    const char *layout_path = dm_cli_value(args, "--layout-json");
    /* One stream carries one output; PNG and PDF bytes never go to a terminal. */
    const char *outputs[] = {out, alt_path, layout_path};
    int rc = dm_cli_check_stdout(outputs, 3, strcmp(out, "-") == 0 && (fmt == DM_FORMAT_PNG || fmt == DM_FORMAT_PDF));
    if (rc != DM_EXIT_OK)
        return rc;
    char *stdin_text = NULL;
    size_t stdin_len = 0;
    if (strcmp(input, "-") == 0 && (rc = dm_cli_read_stdin(&stdin_text, &stdin_len)) != DM_EXIT_OK)
        return rc;
    dm_context_t *ctx = dm_cli_context();
    if (!ctx) {
        free(stdin_text);
        return DM_EXIT_FAILURE;
    }
    dm_story_t *story = NULL;
    dm_map_t *map = NULL;
    char *layout = NULL, *alt = NULL;
    /* A path that can never be written (a device, a directory, a missing
     * directory) fails now, not after the work. */
    dm_status_t st = dm_output_check(ctx, out);
    if (st == DM_OK && alt_path)
        st = dm_output_check(ctx, alt_path);
    if (st == DM_OK && layout_path)
        st = dm_output_check(ctx, layout_path);
    dm_extract_options_t eo;
    dm_extract_options_init(&eo);
    eo.date = dm_cli_value(args, "--date");
    if (st == DM_OK)
        st = dm_cli_load_input(ctx, input, stdin_text, stdin_len, &eo, &story, 1);
    free(stdin_text);
    if (st == DM_OK && title)
        st = dm_story_set_title(story, title);
    if (st == DM_OK)
        st = dm_story_resolve(story, NULL);
    if (st == DM_OK)
        st = dm_map_create(ctx, story, &opts, &map);
    if (st == DM_OK && svg_basemap)
        st = dm_map_set_svg_basemap(map, svg_basemap);
    /* Everything is made in memory first (the sidecar's units follow the
     * format), then written all or none: the map, its alt text and its
     * layout sidecar appear together, or none does and any existing file
     * stays as it was. */
    unsigned char *bytes = NULL;
    size_t nbytes = 0;
    if (st == DM_OK)
        st = dm_map_render_to_memory(map, fmt, &bytes, &nbytes);
    dm_output_file_t files[3];
    size_t nfiles = 0;
    if (st == DM_OK)
        files[nfiles++] = (dm_output_file_t){out, bytes, nbytes};
    if (st == DM_OK && alt_path && (st = dm_map_alt_text(map, &alt)) == DM_OK)
        files[nfiles++] = (dm_output_file_t){alt_path, alt, strlen(alt)};
    if (st == DM_OK && layout_path && (st = dm_map_layout_json(map, &layout)) == DM_OK)
        files[nfiles++] = (dm_output_file_t){layout_path, layout, strlen(layout)};
    if (st == DM_OK)
        st = dm_output_write_all(ctx, files, nfiles);
    dm_free(bytes);
    rc = st == DM_OK ? DM_EXIT_OK : dm_cli_fail(ctx, st);
    dm_free(layout);
    dm_free(alt);
    dm_map_destroy(map);
    dm_story_destroy(story);
    dm_context_destroy(ctx);
    return rc;
}

const dm_cli_command_t dm_cli_render_command = {
    .name = "render",
    .usage = "INPUT -o OUT [options]",
    .summary = "draw the map of a story (.json) or an article (text; INPUT - is stdin) as PNG, SVG, PDF or HTML",
    .options = options,
    .option_count = sizeof options / sizeof options[0],
    .min_positional = 1,
    .max_positional = 1,
    .run = run,
};
