/* Fuzz target: the command-line parser (src/cli/args.c) over the real option
 * tables. The input is NUL-separated arguments; the first one's first byte
 * picks the command. After a successful parse the value conversions the
 * commands do first (numbers) run too; the commands themselves do not run
 * (they read and write files). */
#include "cli.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const dm_cli_command_t *const commands[] = {&dm_cli_extract_command, &dm_cli_geocode_command,
                                                       &dm_cli_render_command};
    static int quiet;
    if (!quiet) {
        /* Help and errors are printed; keep replay output readable. */
        if (!freopen("/dev/null", "w", stdout))
            abort();
        quiet = 1;
    }
    if (size == 0 || size > 65536)
        return 0;
    const dm_cli_command_t *cmd = commands[data[0] % 3];
    data++;
    size--;
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    size_t argc = 0;
    for (size_t i = 0; i <= size; i++)
        if (i == size || text[i] == '\0')
            argc++;
    char **argv = calloc(argc + 1, sizeof *argv);
    if (!argv) {
        free(text);
        return 0;
    }
    size_t k = 0;
    argv[k++] = text;
    for (size_t i = 0; i < size; i++)
        if (text[i] == '\0')
            argv[k++] = text + i + 1;
    /* An empty input is no arguments rather than one empty argument. */
    int n = size == 0 ? 0 : (int)argc;
    dm_cli_args_t args;
    int rc = dm_cli_parse(cmd, n, argv, &args);
    if (rc < 0) {
        if (args.positional_count < cmd->min_positional || args.positional_count > cmd->max_positional)
            abort();
        double d = 0;
        static const char *const numbers[] = {"--width", "--height", "--scale"};
        for (size_t i = 0; i < 3; i++)
            (void)dm_cli_double(&args, numbers[i], 1, 1e9, &d);
        for (size_t i = 0; i < cmd->option_count; i++) {
            const char *v = dm_cli_value(&args, cmd->options[i].name);
            if (v && !cmd->options[i].value_name && *v)
                abort(); /* a flag's value is "" */
        }
    }
    dm_cli_args_clear(&args);
    free(argv);
    free(text);
    return 0;
}
