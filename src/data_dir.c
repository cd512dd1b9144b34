/* Where an installed diplomap finds its data: relative to the installed
 * library or program itself, so an install moved as a whole (a
 * `cmake --install --prefix` elsewhere, a package unpacked in /opt) keeps
 * working without DIPLOMAP_DATA. And the full check of the data files on
 * demand (dm_data_check, `diplomap check-data`). */
#define _GNU_SOURCE /* dladdr */
#include "basemap-format.h"
#include "context-private.h"
#include "gazetteer-private.h"

#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Relative paths from the installed libdir and bindir to the data dir, set
 * by CMakeLists.txt from the GNUInstallDirs layout. */
#ifndef DM_DATA_DIR_FROM_LIBDIR
#define DM_DATA_DIR_FROM_LIBDIR "../share/diplomap"
#endif
#ifndef DM_DATA_DIR_FROM_BINDIR
#define DM_DATA_DIR_FROM_BINDIR "../share/diplomap"
#endif

/* A data directory is complete when it holds the basemap and the
 * gazetteer index (a stray share/diplomap beside a build tree is not). */
static int is_data_dir(const char *dir)
{
    char p[PATH_MAX];
    struct stat st;
    /* The basemap is a directory of layers or one packed file. */
    int basemap = (snprintf(p, sizeof p, "%s/basemap", dir) < (int)sizeof p && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) ||
                  (snprintf(p, sizeof p, "%s/basemap.dmb", dir) < (int)sizeof p && stat(p, &st) == 0 && S_ISREG(st.st_mode));
    if (!basemap)
        return 0;
    if (snprintf(p, sizeof p, "%s/gazetteer.idx", dir) >= (int)sizeof p || stat(p, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return 1;
}

/* dirname(file)/relative, canonical, when it is a data directory. */
static char *beside(const char *file, const char *relative)
{
    char dir[PATH_MAX], joined[PATH_MAX], real[PATH_MAX];
    if (!file || file[0] != '/' || snprintf(dir, sizeof dir, "%s", file) >= (int)sizeof dir)
        return NULL;
    char *slash = strrchr(dir, '/');
    *slash = '\0';
    if (snprintf(joined, sizeof joined, "%s/%s", dir, relative) >= (int)sizeof joined)
        return NULL;
    if (!realpath(joined, real) || !is_data_dir(real))
        return NULL;
    return dmi_strdup(real);
}

char *dmi_relocated_data_dir(void)
{
    /* The shared library when this code is in one; the program when it was
     * linked statically (dladdr then names the executable, perhaps not by
     * an absolute path, so ask /proc as well). */
    Dl_info info;
    char *dir = NULL;
    if (dladdr((void *)&dmi_relocated_data_dir, &info) && info.dli_fname)
        dir = beside(info.dli_fname, DM_DATA_DIR_FROM_LIBDIR);
    if (!dir) {
        char exe[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = '\0';
            dir = beside(exe, DM_DATA_DIR_FROM_BINDIR);
        }
    }
    return dir;
}

/* ---- dm_data_check: the full check, on demand ---------------------------- */

/* SHA-256 of the file at path in lower-case hex (65 bytes). A FIFO or
 * directory is refused, not waited on. */
static dm_status_t file_sha256(dm_context_t *ctx, const char *path, const char *rebuild, char hex[65])
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    struct stat st;
    if (fd < 0)
        return dmi_error(ctx, DM_ERR_DATA, "%s: cannot open: %s; %s", path, strerror(errno), rebuild);
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return dmi_error(ctx, DM_ERR_DATA, "%s: not a regular file; %s", path, rebuild);
    }
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    unsigned char buf[1 << 16];
    dm_status_t status = DM_OK;
    for (;;) {
        ssize_t got = read(fd, buf, sizeof buf);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            status = dmi_error(ctx, DM_ERR_DATA, "%s: read error: %s", path, strerror(errno));
            break;
        }
        if (got == 0)
            break;
        g_checksum_update(sum, buf, (gssize)got);
    }
    close(fd);
    if (status == DM_OK)
        snprintf(hex, 65, "%s", g_checksum_get_string(sum));
    g_checksum_free(sum);
    return status;
}

/* The SHA-256 recorded beside path (path.sha256, as sha256sum writes it:
 * 64 hex digits, two spaces, the file's name). */
static dm_status_t recorded_sha256(dm_context_t *ctx, const char *path, const char *rebuild, char hex[65])
{
    size_t n = strlen(path) + 8;
    char *side = malloc(n);
    if (!side)
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    snprintf(side, n, "%s.sha256", path);
    dm_status_t status = DM_OK;
    char text[128] = {0};
    ssize_t got = -1;
    struct stat st;
    int fd = open(side, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        got = read(fd, text, sizeof text - 1);
    if (fd >= 0)
        close(fd);
    if (got < 0) {
        status = dmi_error(ctx, DM_ERR_DATA, "%s: no checksum recorded (cannot read it); %s", side, rebuild);
        goto out;
    }
    for (int i = 0; i < 64; i++)
        if (!isxdigit((unsigned char)text[i])) {
            status = dmi_error(ctx, DM_ERR_DATA, "%s: not a SHA-256 checksum file; %s", side, rebuild);
            goto out;
        }
    for (int i = 0; i < 64; i++)
        hex[i] = (char)tolower((unsigned char)text[i]);
    hex[64] = '\0';
out:
    free(side);
    return status;
}

static dm_status_t check_sum(dm_context_t *ctx, const char *path, const char *rebuild, char actual[65])
{
    char want[65];
    dm_status_t st = file_sha256(ctx, path, rebuild, actual);
    if (st == DM_OK)
        st = recorded_sha256(ctx, path, rebuild, want);
    if (st == DM_OK && strcmp(want, actual) != 0)
        st = dmi_error(ctx, DM_ERR_DATA, "%s: corrupt (SHA-256 %.12s..., recorded at build time %.12s...); %s", path,
                       actual, want, rebuild);
    return st;
}

dm_status_t dm_data_check(dm_context_t *ctx, dm_data_check_fn fn, void *user_data)
{
    if (!ctx)
        return DM_ERR_USAGE;
    dm_status_t first = DM_OK;
    char first_error[DM_ERROR_MAX] = "";
    char *paths[2] = {dmi_basemap_path(ctx), dmi_gazetteer_path(ctx)};
    for (int i = 0; i < 2; i++) {
        const char *rebuild = i == 0 ? DMB_REBUILD : DMI_GAZ_REBUILD;
        char sha[65] = "";
        dm_status_t st;
        dmi_clear_error(ctx);
        if (!paths[i]) {
            st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        } else if (i == 0) {
            st = dmi_basemap_check(ctx, paths[i]);
        } else {
            dm_gazetteer_t *g = NULL;
            st = dm_gazetteer_open(ctx, paths[i], &g);
            if (st == DM_OK)
                st = dmi_gazetteer_verify(g);
            dm_gazetteer_close(g);
        }
        if (st == DM_OK)
            st = check_sum(ctx, paths[i], rebuild, sha);
        if (fn)
            fn(user_data, paths[i] ? paths[i] : "?", st, st == DM_OK ? sha : NULL);
        if (st != DM_OK && first == DM_OK) {
            first = st;
            snprintf(first_error, sizeof first_error, "%s", ctx->error);
        }
    }
    free(paths[0]);
    free(paths[1]);
    if (first != DM_OK)
        return dmi_error(ctx, first, "%s", first_error);
    dmi_clear_error(ctx);
    return DM_OK;
}
