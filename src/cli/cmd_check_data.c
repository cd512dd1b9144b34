/* diplomap check-data [--data-dir DIR]: verify the data files in full (the
 * basemap and the gazetteer index: structure, the index's own checksum, and
 * each file's SHA-256 against the FILE.sha256 recorded when it was built).
 * Opening a file for a map checks only its header and offsets; this reads
 * every byte. One line per file on stdout; exit 0 when every file checks,
 * 1 naming the bad one. */
#include "cli.h"

#include <stdint.h>
#include <stdio.h>

static const dm_cli_option_t options[] = {
    {"--data-dir", 0, "DIR", "check the data in DIR rather than the one diplomap would use"},
};

static void report(void *user, const char *path, dm_status_t status, const char *sha256)
{
    dm_context_t *ctx = user;
    if (status == DM_OK)
        printf("ok\t%s\tsha256:%s\n", path, sha256);
    else
        dm_cli_error("%s", dm_context_last_error(ctx));
}

static int run(const dm_cli_args_t *args)
{
    dm_context_t *ctx = dm_cli_context();
    if (!ctx)
        return DM_EXIT_FAILURE;
    int rc = DM_EXIT_OK;
    const char *dir = dm_cli_value(args, "--data-dir");
    dm_status_t st;
    if (dir && (st = dm_context_set_data_dir(ctx, dir)) != DM_OK) {
        rc = dm_cli_fail(ctx, st);
        goto out;
    }
    /* Failures are printed by report(), one line each. */
    if (dm_data_check(ctx, report, ctx) != DM_OK)
        rc = DM_EXIT_FAILURE;
    if (fflush(stdout) != 0) {
        dm_cli_error("cannot write to standard output");
        rc = DM_EXIT_FAILURE;
    }
out:
    dm_context_destroy(ctx);
    return rc;
}

const dm_cli_command_t dm_cli_check_data_command = {
    .name = "check-data",
    .usage = "[--data-dir DIR]",
    .summary = "verify the data files in full (SHA-256 recorded at build time); exit 1 naming a bad one",
    .options = options,
    .option_count = sizeof options / sizeof options[0],
    .min_positional = 0,
    .max_positional = 0,
    .run = run,
};
