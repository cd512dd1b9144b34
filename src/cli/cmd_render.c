/* diplomap render INPUT -o OUT: a story (.json) or an article (any other
 * text, extracted first) to PNG, SVG or PDF. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const dm_cli_option_t options[] = {
    {"--alt-text", 0, "FILE", "write a plain-language description of the map for screen readers (with the map: all or none)"},
    {"--date", 0, "YYYY-MM-DD", "article date, when INPUT is an article without one"},
    {"--detail", 0, "SCALE", "basemap detail: auto, 110m, 50m or 10m (default auto)"},
    {"--extent", 0, "W,S,E,N", "map extent in degrees (default: fit the places)"},
    {"--format", 0, "FMT", "png, svg, pdf or html (default: from OUT's extension)"},
    {"--height", 0, "N", "canvas height, px for PNG, pt otherwise (default 1000)"},
    {"--inset", 0, "auto|none", "inset maps (default auto)"},
    {"--lang", 0, "LANG", "label language: en, ko or en+ko (default en)"},
    {"--layout-json", 0, "FILE", "write where every element landed (docs/formats.md section 2; with the map: all or none)"},
    {"--output", 'o', "OUT", "output file (.png, .svg, .pdf, .html), or - for stdout with --format; a symlink is written through, a device, FIFO or directory refused"},
    {"--projection", 0, "PROJ", "PROJ string or 'auto' (default auto)"},
    {"--scale", 0, "N", "PNG pixel density, 2 for high-DPI screens (default 1)"},
    {"--svg-basemap", 0, "vector|image", "SVG: the basemap as paths (default vector) or one inline PNG (image: smaller)"},
    {"--theme", 0, "NAME", "light, dark or print (default light)"},
    {"--title", 0, "TEXT", "map title, at most 300 characters (default: the story's)"},
    {"--width", 0, "N", "canvas width, px for PNG, pt otherwise (default 1600)"},
};

static int is_story_path(const char *path)
{
    size_t n = strlen(path);
    return (n >= 5 && strcmp(path + n - 5, ".json") == 0) || (n >= 8 && strcmp(path + n - 8, ".geojson") == 0);
}

static int parse_extent(const char *text, double ext[4])
{
    char *end = NULL;
    const char *p = text;
    for (int i = 0; i < 4; i++) {
        ext[i] = strtod(p, &end);
        if (end == p || (i < 3 && *end != ',') || (i == 3 && *end != '\0'))
            return -1;
        p = end + 1;
    }
    return 0;
}

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
    if (dm_cli_double(args, "--width", 1, 1e9, &opts.width) || dm_cli_double(args, "--height", 1, 1e9, &opts.height) ||
        dm_cli_double(args, "--scale", 0.01, 1e3, &opts.scale))
        return DM_EXIT_USAGE;
    const char *v;
    if ((v = dm_cli_value(args, "--extent"))) {
        if (parse_extent(v, opts.extent)) {
            dm_cli_error("--extent: '%s' is not W,S,E,N in degrees", v);
            return DM_EXIT_USAGE;
        }
        opts.has_extent = 1;
    }
    if ((v = dm_cli_value(args, "--projection")))
        opts.projection = v;
    if ((v = dm_cli_value(args, "--inset")))
        opts.inset = v;
    if ((v = dm_cli_value(args, "--theme")))
        opts.theme = v;
    if ((v = dm_cli_value(args, "--lang")))
        opts.lang = v;
    if ((v = dm_cli_value(args, "--detail")))
        opts.detail = v;
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
    } else if (dm_format_from_path(out) == DM_FORMAT_AUTO) {
        dm_cli_error("%s: unknown output format (use .png, .svg, .pdf or .html, or --format)", out);
        return DM_EXIT_USAGE;
    }
    const char *title = NULL;
    if (dm_cli_title(args, &title) != 0)
        return DM_EXIT_USAGE;
    const char *alt_path = dm_cli_value(args, "--alt-text");
    const char *layout_path = dm_cli_value(args, "--layout-json");
    dm_context_t *ctx = dm_cli_context();
    if (!ctx)
        return DM_EXIT_FAILURE;
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
    if (st == DM_OK && is_story_path(input)) {
        st = dm_story_load_file_auto(ctx, input, &story);   /* story JSON or GeoJSON */
    } else if (st == DM_OK) {
        dm_extract_options_t eo;
        dm_extract_options_init(&eo);
        eo.date = dm_cli_value(args, "--date");
        st = dm_story_extract_file(ctx, NULL, input, &eo, &story);
    }
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
    if (st == DM_OK) {
        if (fmt == DM_FORMAT_AUTO)
            fmt = dm_format_from_path(out);
        st = dm_map_render_to_memory(map, fmt, &bytes, &nbytes);
    }
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
    int rc = st == DM_OK ? DM_EXIT_OK : dm_cli_fail(ctx, st);
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
    .summary = "draw the map of a story (.json) or an article (text) as PNG, SVG, PDF or HTML",
    .options = options,
    .option_count = sizeof options / sizeof options[0],
    .min_positional = 1,
    .max_positional = 1,
    .run = run,
};
