/* diplomap: parse, fill option structs, call the library, map status to
 * the documented exit codes (0 ok, 1 runtime failure, 2 usage/bad input). */
#include "cli.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const dm_cli_command_t *const commands[] = {
    &dm_cli_batch_command,
    &dm_cli_check_data_command,
    &dm_cli_convert_command,
    &dm_cli_extract_command,
    &dm_cli_geocode_command,
    &dm_cli_render_command,
};
#define COMMAND_COUNT (sizeof commands / sizeof commands[0])

static void print_usage(FILE *out)
{
    fprintf(out, "usage: diplomap COMMAND [OPTIONS] ARGS\n\ncommands:\n");
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        fprintf(out, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fprintf(out, "\nglobal options (before the command or among its options):\n"
                 "  --quiet    no warnings, only errors\n"
                 "  --verbose  information messages as well as warnings\n"
                 "\n'diplomap COMMAND --help' describes a command; 'diplomap --version' the version;\n"
                 "'diplomap help --man|--markdown|--bash-completion' prints the whole reference.\n");
}

/* Ctrl-C, kill, a closed terminal: the temporaries of every thread go
 * (nothing half-written is left beside an output), then exit 130. Only
 * async-signal-safe calls here. */
static void on_signal(int sig)
{
    (void)sig;
    dm_output_remove_temporaries();
    static const char msg[] = "diplomap: interrupted\n";
    ssize_t ignored = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)ignored;
    _exit(130);
}

static void catch_signals(void)
{
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigfillset(&sa.sa_mask);   /* one handler at a time */
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction old;
        /* A signal the caller ignores (nohup, a background job) stays ignored. */
        if (sigaction(signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
            sigaction(signals[i], &sa, NULL);
    }
}

static int run_command(const dm_cli_command_t *cmd, int argc, char **argv)
{
    dm_cli_args_t args;
    catch_signals();
    int rc = dm_cli_parse(cmd, argc, argv, &args);
    if (rc < 0)
        rc = cmd->run(&args);
    dm_cli_args_clear(&args);
    return rc;
}

int main(int argc, char **argv)
{
    /* Global options before the command: diplomap --quiet render ... */
    while (argc >= 2 && (strcmp(argv[1], "--quiet") == 0 || strcmp(argv[1], "--verbose") == 0)) {
        dm_cli_set_verbosity(argv[1][2] == 'q' ? -1 : 1);
        argv[1] = argv[0];
        argv++;
        argc--;
    }
    if (argc < 2) {
        print_usage(stderr);
        return DM_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
        printf("diplomap %s\n", dm_version());
        return DM_EXIT_OK;
    }
    if (strcmp(name, "help") == 0 && argc > 2)
        return dm_cli_help(commands, COMMAND_COUNT, argc - 2, argv + 2);
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        print_usage(stdout);
        return DM_EXIT_OK;
    }
    for (size_t i = 0; i < COMMAND_COUNT; i++)
        if (strcmp(commands[i]->name, name) == 0)
            return run_command(commands[i], argc - 2, argv + 2);
    dm_cli_error("unknown command '%s' (see 'diplomap --help')", name);
    return DM_EXIT_USAGE;
}
