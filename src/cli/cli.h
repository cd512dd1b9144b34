/* The command-line tool: a thin layer over diplomap.h. Each command declares
 * its options in one sorted table; parsing, --help and docs/cli.md come from
 * those tables. */
#ifndef DM_CLI_H
#define DM_CLI_H

#include "diplomap.h"
#include <stddef.h>

enum { DM_EXIT_OK = 0, DM_EXIT_FAILURE = 1, DM_EXIT_USAGE = 2 };

typedef struct {
    const char *name;        /* long form, "--width" */
    char short_name;         /* 'o', or 0 */
    const char *value_name;  /* "PX"; NULL for a flag */
    const char *help;
} dm_cli_option_t;

typedef struct dm_cli_args dm_cli_args_t;

typedef struct {
    const char *name;
    const char *usage;       /* after "diplomap NAME " */
    const char *summary;
    const dm_cli_option_t *options;  /* sorted by name */
    size_t option_count;
    size_t min_positional, max_positional;
    int (*run)(const dm_cli_args_t *args);
} dm_cli_command_t;

struct dm_cli_args {
    const dm_cli_command_t *command;
    const char **values;     /* per option: last value given, or NULL */
    int *counts;             /* per option: times given */
    char **positional;
    size_t positional_count;
};

/* The value of an option, or NULL; a flag yields "" when given. */
const char *dm_cli_value(const dm_cli_args_t *args, const char *name);
int dm_cli_flag(const dm_cli_args_t *args, const char *name);
/* Parse a number option: 0 ok (or absent, *out unchanged), -1 after printing an error. */
int dm_cli_double(const dm_cli_args_t *args, const char *name, double min, double max, double *out);

/* Print "diplomap: MESSAGE" to stderr, escaped (dm_text_escape). */
void dm_cli_error(const char *fmt, ...);
/* The --title option: *out is its value or NULL; -1 after printing an error
 * when it is not UTF-8 or longer than DM_TITLE_MAX_CHARS. */
int dm_cli_title(const dm_cli_args_t *args, const char **out);
/* Print the library's last error and map its status to an exit code. */
int dm_cli_fail(dm_context_t *ctx, dm_status_t status);
/* A context with a log callback that prints warnings to stderr (and
 * information messages under --verbose; nothing under --quiet). */
dm_context_t *dm_cli_context(void);
/* -1 --quiet, 0 default, 1 --verbose. */
void dm_cli_set_verbosity(int level);
int dm_cli_log_shown(dm_log_level_t level);
/* "diplomap: warning: MESSAGE" on stderr, escaped, unless --quiet; or
 * MESSAGE (escaped) to the hook when one is set (batch: under its lock,
 * clear of its progress bar). */
void dm_cli_warning(const char *fmt, ...);
void dm_cli_set_warning_hook(void (*fn)(void *user, const char *message), void *user);
/* --quiet and --verbose: every command's, listed after its own options
 * ({"    --quiet", help}: the help column as printed). */
#define DM_CLI_GLOBAL_COUNT 2
extern const char *const dm_cli_global_options[DM_CLI_GLOBAL_COUNT][2];

/* "-" as an input: standard input, read whole (at most DM_CLI_STDIN_MAX
 * bytes, the story's limit; an article's own is checked by extraction).
 * Returns an exit code (0 ok) after printing any error. */
#define DM_CLI_STDIN_MAX ((size_t)64 << 20)
int dm_cli_read_stdin(char **text, size_t *len);
/* A story path by its extension (.json, .geojson). */
int dm_cli_is_story_path(const char *path);
/* Load an input: "-" is stdin_text (a story when it is JSON: a GeoJSON
 * FeatureCollection or a story; else an article); with stories_by_name a
 * .json or .geojson path is a story; anything else an article extracted
 * with eo. Warns when an article has no date. */
dm_status_t dm_cli_load_input(dm_context_t *ctx, const char *path, const char *stdin_text, size_t stdin_len,
                              const dm_extract_options_t *eo, dm_story_t **story, int stories_by_name);
/* Outputs named "-": at most one of paths (NULLs skipped); binary output
 * never to a terminal. An exit code (0 ok) after printing any error. */
int dm_cli_check_stdout(const char *const *paths, size_t count, int binary);

/* The map options render and batch share (one list, one parser): their
 * table entries, and the parser that fills opts from them (-1 after
 * printing an error). */
#define DM_CLI_OPT_DETAIL {"--detail", 0, "auto|110m|50m|10m", "basemap detail (default auto: from the map's scale)"}
#define DM_CLI_OPT_EXTENT {"--extent", 0, "W,S,E,N", "map extent in degrees (default: fit the places)"}
#define DM_CLI_OPT_HEIGHT {"--height", 0, "N", "canvas height, px for PNG, pt otherwise (default 1000)"}
#define DM_CLI_OPT_INSET {"--inset", 0, "auto|none", "inset maps (default auto)"}
#define DM_CLI_OPT_LANG {"--lang", 0, "en|ko|en+ko", "label language (default en)"}
#define DM_CLI_OPT_PROJECTION {"--projection", 0, "PROJ", "PROJ string or 'auto' (default auto)"}
#define DM_CLI_OPT_SCALE {"--scale", 0, "N", "PNG pixel density, 2 for high-DPI screens (default 1)"}
#define DM_CLI_OPT_SIZE {"--size", 0, "mobile|social|square|portrait|a4|WxH", "canvas size: mobile 640x800, social 1200x675, square 1080x1080, portrait 1080x1350 (px for PNG, pt otherwise), a4 210x297 mm for print (595x842 pt; PNG at 96 dpi times --scale: 794x1123 px), or W and H; --width/--height, given too, replace its sides"}
#define DM_CLI_OPT_THEME {"--theme", 0, "light|dark|print|FILE.json", "built-in theme (default light), or a theme file (a path with '/' or ending in .json: docs/formats.md section 7)"}
#define DM_CLI_OPT_WIDTH {"--width", 0, "N", "canvas width, px for PNG, pt otherwise (default 1600)"}
/* --size first, then --width and --height over it, whatever their order. */
int dm_cli_map_options(const dm_cli_args_t *args, dm_map_options_t *opts);

void dm_cli_print_help(const dm_cli_command_t *cmd, FILE *out);

/* Parse argv (the arguments after the command name) against cmd's option
 * table (src/cli/args.c). Returns -1 when the command should run, else the
 * exit code (after printing help or an error). Always dm_cli_args_clear(). */
int dm_cli_parse(const dm_cli_command_t *cmd, int argc, char **argv, dm_cli_args_t *args);
void dm_cli_args_clear(dm_cli_args_t *args);

/* diplomap help COMMAND|--man|--markdown|--bash-completion: the reference
 * generated from the commands' option tables (src/cli/cmd_help.c). */
int dm_cli_help(const dm_cli_command_t *const *commands, size_t count, int argc, char **argv);

extern const dm_cli_command_t dm_cli_batch_command;
extern const dm_cli_command_t dm_cli_check_data_command;
extern const dm_cli_command_t dm_cli_convert_command;
extern const dm_cli_command_t dm_cli_render_command;
extern const dm_cli_command_t dm_cli_extract_command;
extern const dm_cli_command_t dm_cli_geocode_command;

#endif
