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
/* A context with a log callback that prints warnings to stderr. */
dm_context_t *dm_cli_context(void);

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
extern const dm_cli_command_t dm_cli_render_command;
extern const dm_cli_command_t dm_cli_extract_command;
extern const dm_cli_command_t dm_cli_geocode_command;

#endif
