/* Safe output files (src/core/output.c): every file any command or library
 * call writes goes through here. The rules (docs/errors.md, "Output files"):
 *  - "-" is standard output; nothing else that is not a regular file is
 *    ever written: a directory, device node, FIFO or socket at the path is
 *    refused (DM_ERR_USAGE) before any work is done;
 *  - a symlink is written through to its target, as cp does: the temporary
 *    file is made beside the target and renamed over it, the link stays;
 *  - a replaced file keeps its mode (and, where allowed, its owner); a new
 *    file gets 0666 & ~umask;
 *  - temporaries are named ".dm.XXXXXX" in the target's directory, so any
 *    name the file system accepts (NAME_MAX bytes) works as an output;
 *  - a set of files (a map and its sidecars) appears all or none: every file
 *    is written to its temporary first, then all are renamed; a rename that
 *    fails puts back the files already replaced;
 *  - a temporary lives in a process-wide table while it exists, so that
 *    dm_output_remove_temporaries() (from a SIGINT/SIGTERM handler) removes
 *    those of every thread. */
#ifndef DM_OUTPUT_PRIVATE_H
#define DM_OUTPUT_PRIVATE_H

#include "diplomap.h"

#include <sys/stat.h>
#include <sys/types.h>

/* Temporaries alive at once that a signal handler can remove (a batch of 256
 * jobs writing three formats each stays below). Beyond it files are still
 * written safely, only not removed when the process is interrupted. */
#define DMI_OUTPUT_SLOTS 1024

/* One output file between its checks and its commit. */
typedef struct {
    const char *path;   /* as given, for messages */
    const void *data;
    size_t len;
    int to_stdout;      /* path is "-" */
    char *target;       /* path with symlinks followed: the file replaced */
    char *dir;          /* target's directory ("." when none is given) */
    const char *base;   /* target's last component (points into target) */
    int dirfd;          /* open on dir while the file is in flight; -1 */
    int existed;        /* a regular file was at target */
    struct stat old;    /* its status, when it existed */
    char *tmp;          /* temporary's path, NULL when none */
    int tmp_slot;       /* its entry in the signal table, -1 when none */
    char *backup;       /* a hard link to the replaced file while a set
                         * commits (to put it back), NULL when none */
    int backup_slot;
    int committed;      /* renamed over target */
} dmi_output_t;

/* Follow symlinks, check what is at the target (a regular file or nothing)
 * and that its directory exists. Fills o (dmi_output_clear() it). */
dm_status_t dmi_output_open(dm_context_t *ctx, const char *path, dmi_output_t *o);
/* Write o's data to a new temporary beside the target. */
dm_status_t dmi_output_stage(dm_context_t *ctx, dmi_output_t *o);
/* Rename the staged temporaries over their targets, all or none. */
dm_status_t dmi_output_commit(dm_context_t *ctx, dmi_output_t *set, size_t count);
/* Remove o's temporary (if any) and free what dmi_output_open allocated. */
void dmi_output_clear(dmi_output_t *o);

#endif
