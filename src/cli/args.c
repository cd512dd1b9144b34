/* What every command shares: parsing (exact matching against the command's
 * sorted option table, --name=value or --name value, "--" ends options),
 * option values, messages and the context. Kept apart from main() so
 * tests/fuzz/fuzz_cli.c can drive the parser over the real tables. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* --quiet (-1), default (0), --verbose (1): the one setting the whole
 * process shares, set by main() or the parser before any command runs. */
static int verbosity;

void dm_cli_set_verbosity(int level) { verbosity = level; }

void dm_cli_error(const char *fmt, ...)
{
    /* Names and values from the input are escaped (dm_text_escape): a
     * message is one line and never moves the terminal's cursor. */
    char raw[8192], safe[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(raw, sizeof raw, fmt, ap);
    va_end(ap);
    fprintf(stderr, "diplomap: %s\n", dm_text_escape(raw, safe, sizeof safe));
}

int dm_cli_title(const dm_cli_args_t *args, const char **out)
{
    const unsigned char *t = (const unsigned char *)dm_cli_value(args, "--title");
    *out = (const char *)t;
    size_t chars = 0;
    for (size_t i = 0; t && t[i]; chars++) {
        unsigned c = t[i];
        size_t n = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        size_t k = 1;
        while (k < n && (t[i + k] & 0xC0) == 0x80)
            k++;
        /* Overlong three- and four-byte forms, surrogates, beyond U+10FFFF. */
        int bad = n == 0 || k < n || (c == 0xE0 && t[i + 1] < 0xA0) || (c == 0xED && t[i + 1] >= 0xA0) ||
                  (c == 0xF0 && t[i + 1] < 0x90) || (c == 0xF4 && t[i + 1] >= 0x90);
        if (bad) {
            dm_cli_error("--title: not valid UTF-8 (byte 0x%02x at offset %zu)", c, i);
            return -1;
        }
        i += n;
    }
    if (chars > DM_TITLE_MAX_CHARS) {
        dm_cli_error("--title: %zu characters, more than the limit of %d", chars, DM_TITLE_MAX_CHARS);
        return -1;
    }
    return 0;
}

int dm_cli_fail(dm_context_t *ctx, dm_status_t status)
{
    const char *msg = dm_context_last_error(ctx);
    dm_cli_error("%s", *msg ? msg : dm_status_to_string(status));
    return dm_status_is_input_error(status) ? DM_EXIT_USAGE : DM_EXIT_FAILURE;
}

static void print_warning(void *user, dm_log_level_t level, const char *message)
{
    (void)user;
    if (dm_cli_log_shown(level))
        fprintf(stderr, "diplomap: %s%s\n", level >= DM_LOG_WARNING ? "warning: " : "", message);
}

int dm_cli_log_shown(dm_log_level_t level)
{
    return level >= DM_LOG_WARNING ? verbosity >= 0 : level == DM_LOG_INFO && verbosity > 0;
}

static void (*warning_hook)(void *user, const char *message);
static void *warning_user;

void dm_cli_set_warning_hook(void (*fn)(void *user, const char *message), void *user)
{
    warning_hook = fn;
    warning_user = user;
}

void dm_cli_warning(const char *fmt, ...)
{
    if (verbosity < 0)
        return;
    char raw[8192], safe[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(raw, sizeof raw, fmt, ap);
    va_end(ap);
    dm_text_escape(raw, safe, sizeof safe);
    if (warning_hook)
        warning_hook(warning_user, safe);
    else
        fprintf(stderr, "diplomap: warning: %s\n", safe);
}

/* ---- inputs -------------------------------------------------------------- */

int dm_cli_is_story_path(const char *path)
{
    size_t n = strlen(path);
    return (n >= 5 && strcmp(path + n - 5, ".json") == 0) || (n >= 8 && strcmp(path + n - 8, ".geojson") == 0);
}

int dm_cli_read_stdin(char **text, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) {
        dm_cli_error("out of memory");
        return DM_EXIT_FAILURE;
    }
    /* One byte past the limit is enough to know it is over. */
    while (n <= DM_CLI_STDIN_MAX) {
        if (n == cap) {
            char *p = realloc(buf, cap * 2 + 1);
            if (!p) {
                free(buf);
                dm_cli_error("out of memory");
                return DM_EXIT_FAILURE;
            }
            buf = p;
            cap *= 2;
        }
        size_t want = cap - n < DM_CLI_STDIN_MAX + 1 - n ? cap - n : DM_CLI_STDIN_MAX + 1 - n;
        size_t got = fread(buf + n, 1, want, stdin);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(stdin)) {
        free(buf);
        dm_cli_error("-: cannot read standard input");
        return DM_EXIT_FAILURE;
    }
    if (n > DM_CLI_STDIN_MAX) {
        free(buf);
        dm_cli_error("-: standard input larger than the limit of %zu bytes", (size_t)DM_CLI_STDIN_MAX);
        return DM_EXIT_USAGE;
    }
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return DM_EXIT_OK;
}

/* JSON (its first character other than white space or a byte order mark
 * is '{') is a story, anything else an article. */
static int looks_like_json(const char *text, size_t len)
{
    size_t i = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        i++;
    return i < len && text[i] == '{';
}

static int is_feature_collection(const char *text, size_t len)
{
    /* Only a hint for the loader to try: the GeoJSON loader checks. */
    const char *p = text, *end = text + len;
    while ((p = memchr(p, '"', (size_t)(end - p))) != NULL) {
        static const char key[] = "\"FeatureCollection\"";
        if ((size_t)(end - p) >= sizeof key - 1 && memcmp(p, key, sizeof key - 1) == 0)
            return 1;
        p++;
    }
    return 0;
}

dm_status_t dm_cli_load_input(dm_context_t *ctx, const char *path, const char *stdin_text, size_t stdin_len,
                              const dm_extract_options_t *eo, dm_story_t **story, int stories_by_name)
{
    dm_status_t st;
    if (strcmp(path, "-") == 0) {
        if (looks_like_json(stdin_text, stdin_len)) {
            /* A FeatureCollection is GeoJSON, any other object a story
             * (the word in a story's title: the story loader decides). */
            if (is_feature_collection(stdin_text, stdin_len)) {
                st = dm_story_load_geojson_string(ctx, stdin_text, stdin_len, "-", story);
                if (st == DM_OK || !strstr(dm_context_last_error(ctx), "not a GeoJSON FeatureCollection"))
                    return st;
            }
            return dm_story_load_string(ctx, stdin_text, stdin_len, "-", story);
        }
        st = dm_story_extract(ctx, NULL, stdin_text, stdin_len, "-", eo, story);
    } else if (stories_by_name && dm_cli_is_story_path(path)) {
        return dm_story_load_file_auto(ctx, path, story);   /* story JSON or GeoJSON */
    } else {
        st = dm_story_extract_file(ctx, NULL, path, eo, story);
    }
    /* Relative dates ("on Wednesday") need the article's date. */
    if (st == DM_OK && !(eo && eo->date) && !dm_story_date(*story))
        dm_cli_warning("%s: no article date found (give --date); relative dates stay unresolved", path);
    return st;
}

/* ---- outputs ------------------------------------------------------------- */

int dm_cli_check_stdout(const char *const *paths, size_t count, int binary)
{
    size_t dashes = 0;
    for (size_t i = 0; i < count; i++)
        dashes += paths[i] && strcmp(paths[i], "-") == 0;
    if (dashes > 1) {
        dm_cli_error("two outputs to standard output ('-'): give all but one a file name");
        return DM_EXIT_USAGE;
    }
    if (dashes && binary && isatty(STDOUT_FILENO)) {
        dm_cli_error("-o -: refusing to write binary output to a terminal (redirect it to a file or a pipe)");
        return DM_EXIT_USAGE;
    }
    return DM_EXIT_OK;
}

dm_context_t *dm_cli_context(void)
{
    dm_context_t *ctx = dm_context_create();
    if (!ctx) {
        dm_cli_error("out of memory");
        return NULL;
    }
    dm_context_set_log(ctx, print_warning, NULL);
    return ctx;
}

static int find_option(const dm_cli_command_t *cmd, const char *arg, size_t *index)
{
    for (size_t i = 0; i < cmd->option_count; i++) {
        const dm_cli_option_t *o = &cmd->options[i];
        /* Exact matching only: no prefix abbreviations. */
        if (strcmp(o->name, arg) == 0 ||
            (o->short_name && arg[0] == '-' && arg[1] == o->short_name && arg[2] == '\0')) {
            *index = i;
            return 1;
        }
    }
    return 0;
}

const char *dm_cli_value(const dm_cli_args_t *args, const char *name)
{
    for (size_t i = 0; i < args->command->option_count; i++)
        if (strcmp(args->command->options[i].name, name) == 0)
            return args->values[i];
    return NULL;
}

int dm_cli_flag(const dm_cli_args_t *args, const char *name)
{
    return dm_cli_value(args, name) != NULL;
}

int dm_cli_double(const dm_cli_args_t *args, const char *name, double min, double max, double *out)
{
    const char *v = dm_cli_value(args, name);
    if (!v)
        return 0;
    char *end = NULL;
    double d = strtod(v, &end);
    if (end == v || *end != '\0' || !(d >= min && d <= max)) {
        dm_cli_error("%s: '%s' is not a number in [%g, %g]", name, v, min, max);
        return -1;
    }
    *out = d;
    return 0;
}

void dm_cli_print_help(const dm_cli_command_t *cmd, FILE *out)
{
    fprintf(out, "usage: diplomap %s %s\n\n%s\n\nglobal options:\n", cmd->name, cmd->usage, cmd->summary);
    for (size_t i = 0; i < DM_CLI_GLOBAL_COUNT; i++)
        fprintf(out, "  %-28s %s\n", dm_cli_global_options[i][0], dm_cli_global_options[i][1]);
    fputs("\noptions:\n", out);
    for (size_t i = 0; i < cmd->option_count; i++) {
        const dm_cli_option_t *o = &cmd->options[i];
        char head[64];
        if (o->short_name)
            snprintf(head, sizeof head, "-%c, %s%s%s", o->short_name, o->name, o->value_name ? " " : "",
                     o->value_name ? o->value_name : "");
        else
            snprintf(head, sizeof head, "    %s%s%s", o->name, o->value_name ? " " : "",
                     o->value_name ? o->value_name : "");
        /* A long head (a value's choices) puts its help on a line of its own. */
        if (strlen(head) > 28)
            fprintf(out, "  %s\n  %-28s %s\n", head, "", o->help);
        else
            fprintf(out, "  %-28s %s\n", head, o->help);
    }
    fprintf(out, "  %-28s %s\n", "-h, --help", "show this help");
}

const char *const dm_cli_global_options[DM_CLI_GLOBAL_COUNT][2] = {
    {"    --quiet", "no warnings on standard error, only errors (any command; before it too)"},
    {"    --verbose", "information messages as well as warnings (any command; before it too)"},
};

void dm_cli_args_clear(dm_cli_args_t *args)
{
    free(args->values);
    free(args->counts);
    free(args->positional);
    args->values = NULL;
    args->counts = NULL;
    args->positional = NULL;
    args->positional_count = 0;
}

int dm_cli_parse(const dm_cli_command_t *cmd, int argc, char **argv, dm_cli_args_t *args)
{
    *args = (dm_cli_args_t){.command = cmd};
    args->values = calloc(cmd->option_count + 1, sizeof *args->values);
    args->counts = calloc(cmd->option_count + 1, sizeof *args->counts);
    args->positional = calloc((size_t)argc + 1, sizeof *args->positional);
    if (!args->values || !args->counts || !args->positional) {
        dm_cli_error("out of memory");
        return DM_EXIT_FAILURE;
    }
    int only_positional = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (only_positional || a[0] != '-' || strcmp(a, "-") == 0) {
            args->positional[args->positional_count++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_positional = 1;
            continue;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            dm_cli_print_help(cmd, stdout);
            return DM_EXIT_OK;
        }
        /* The global options, accepted after the command name too. */
        if (strcmp(a, "--quiet") == 0 || strcmp(a, "--verbose") == 0) {
            dm_cli_set_verbosity(a[2] == 'q' ? -1 : 1);
            continue;
        }
        /* --name=value is accepted as well as --name value. */
        char name[64];
        const char *inline_value = NULL;
        const char *eq = strchr(a, '=');
        if (eq && a[1] == '-' && (size_t)(eq - a) < sizeof name) {
            memcpy(name, a, (size_t)(eq - a));
            name[eq - a] = '\0';
            inline_value = eq + 1;
        } else {
            snprintf(name, sizeof name, "%s", a);
        }
        size_t k;
        if (!find_option(cmd, name, &k)) {
            dm_cli_error("%s: unknown option '%s' (see 'diplomap %s --help')", cmd->name, a, cmd->name);
            return DM_EXIT_USAGE;
        }
        const dm_cli_option_t *o = &cmd->options[k];
        if (o->value_name) {
            if (!inline_value) {
                if (i + 1 >= argc) {
                    dm_cli_error("%s: option %s needs a value (%s)", cmd->name, o->name, o->value_name);
                    return DM_EXIT_USAGE;
                }
                inline_value = argv[++i];
            }
            args->values[k] = inline_value;
        } else {
            if (inline_value) {
                dm_cli_error("%s: option %s takes no value", cmd->name, o->name);
                return DM_EXIT_USAGE;
            }
            args->values[k] = "";
        }
        args->counts[k]++;
    }
    if (args->positional_count < cmd->min_positional || args->positional_count > cmd->max_positional) {
        dm_cli_error("%s: expected %s (see 'diplomap %s --help')", cmd->name, cmd->usage, cmd->name);
        return DM_EXIT_USAGE;
    }
    return -1;
}

/* ---- map options (render and batch) --------------------------------------- */

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

/* The newsroom's sizes (issue 16). a4 is a print page in points, the
 * units of PDF and SVG; its PNG is drawn at 96 dpi (scale 96/72), the same
 * layout as the page. */
static const struct {
    const char *name;
    double width, height, png_scale;
} size_presets[] = {
    {"mobile", 640, 800, 1},
    {"social", 1200, 675, 1},
    {"square", 1080, 1080, 1},
    {"portrait", 1080, 1350, 1},
    {"a4", 210 / 25.4 * 72, 297 / 25.4 * 72, 96.0 / 72},
};

static int parse_size(const char *text, dm_map_options_t *opts)
{
    for (size_t i = 0; i < sizeof size_presets / sizeof size_presets[0]; i++)
        if (strcmp(text, size_presets[i].name) == 0) {
            opts->width = size_presets[i].width;
            opts->height = size_presets[i].height;
            opts->scale *= size_presets[i].png_scale;
            return 0;
        }
    char *end = NULL;
    double w = strtod(text, &end);
    if (end == text || (*end != 'x' && *end != 'X'))
        return -1;
    const char *h_text = end + 1;
    double h = strtod(h_text, &end);
    if (end == h_text || *end != '\0' || !(w >= 1 && w <= 1e9 && h >= 1 && h <= 1e9))
        return -1;
    opts->width = w;
    opts->height = h;
    return 0;
}

int dm_cli_map_options(const dm_cli_args_t *args, dm_map_options_t *opts)
{
    if (dm_cli_double(args, "--scale", 0.01, 1e3, &opts->scale))
        return -1;
    const char *size = dm_cli_value(args, "--size");
    if (size && parse_size(size, opts)) {
        dm_cli_error("--size: '%s' is not mobile, social, square, portrait, a4 or WxH (e.g. 800x600)", size);
        return -1;
    }
    if (dm_cli_double(args, "--width", 1, 1e9, &opts->width) || dm_cli_double(args, "--height", 1, 1e9, &opts->height))
        return -1;
    const char *v;
    if ((v = dm_cli_value(args, "--extent"))) {
        if (parse_extent(v, opts->extent)) {
            dm_cli_error("--extent: '%s' is not W,S,E,N in degrees", v);
            return -1;
        }
        opts->has_extent = 1;
    }
    if ((v = dm_cli_value(args, "--projection")))
        opts->projection = v;
    if ((v = dm_cli_value(args, "--inset")))
        opts->inset = v;
    if ((v = dm_cli_value(args, "--theme")))
        opts->theme = v;
    if ((v = dm_cli_value(args, "--lang")))
        opts->lang = v;
    if ((v = dm_cli_value(args, "--detail")))
        opts->detail = v;
    return 0;
}
