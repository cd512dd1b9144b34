/* What every command shares: parsing (exact matching against the command's
 * sorted option table, --name=value or --name value, "--" ends options),
 * option values, messages and the context. Kept apart from main() so
 * tests/fuzz/fuzz_cli.c can drive the parser over the real tables. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    if (level >= DM_LOG_WARNING)
        fprintf(stderr, "diplomap: warning: %s\n", message);
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
    fprintf(out, "usage: diplomap %s %s\n\n%s\n\noptions:\n", cmd->name, cmd->usage, cmd->summary);
    for (size_t i = 0; i < cmd->option_count; i++) {
        const dm_cli_option_t *o = &cmd->options[i];
        char head[64];
        if (o->short_name)
            snprintf(head, sizeof head, "-%c, %s%s%s", o->short_name, o->name, o->value_name ? " " : "",
                     o->value_name ? o->value_name : "");
        else
            snprintf(head, sizeof head, "    %s%s%s", o->name, o->value_name ? " " : "",
                     o->value_name ? o->value_name : "");
        fprintf(out, "  %-28s %s\n", head, o->help);
    }
    fprintf(out, "  %-28s %s\n", "-h, --help", "show this help");
}

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
