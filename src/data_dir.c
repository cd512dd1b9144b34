/* Where diplomap finds its data when neither DIPLOMAP_DATA nor
 * dm_context_set_data_dir names it: relative to the library or program
 * itself, never by an absolute path compiled in. An installation keeps it
 * in ../share/diplomap beside lib/ and bin/, so an install moved as a whole
 * (a `cmake --install --prefix` elsewhere, a package unpacked in /opt) keeps
 * working; a build tree keeps it in data/ at its top, beside the library
 * and the CLI, with test programs one or two levels down (tests/,
 * tests/fuzz/). And the full check of the data files on demand
 * (dm_data_check, `diplomap check-data`). */
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

/* A build tree's top: CMake's cache is there, and never in an installation
 * (so an installed library cannot take a build tree's data/ for its own). */
static int is_build_top(const char *dir)
{
    char p[PATH_MAX];
    struct stat st;
    return snprintf(p, sizeof p, "%s/CMakeCache.txt", dir) < (int)sizeof p && stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* dir/relative with "." and ".." folded away (dir is canonical, so this
 * names the same directory); 0 when too long. */
static int join_folded(char *out, size_t size, const char *dir, const char *relative)
{
    char joined[PATH_MAX];
    if (snprintf(joined, sizeof joined, "%s/%s", dir, relative) >= (int)sizeof joined || size < 2)
        return 0;
    size_t len = 0;
    out[0] = '\0';
    for (char *save = NULL, *seg = strtok_r(joined, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
        if (strcmp(seg, ".") == 0)
            continue;
        if (strcmp(seg, "..") == 0) {
            char *slash = strrchr(out, '/');
            len = slash ? (size_t)(slash - out) : 0;
            out[len] = '\0';
            continue;
        }
        size_t n = strlen(seg);
        if (len + 1 + n + 1 > size)
            return 0;
        out[len++] = '/';
        memcpy(out + len, seg, n + 1);
        len += n;
    }
    if (len == 0)
        snprintf(out, size, "/");
    return 1;
}

/* Adds path to the list of places looked in (once), for the error. */
static void note(char *looked, size_t size, const char *path)
{
    size_t used = strlen(looked), n = strlen(path);
    for (const char *p = looked; (p = strstr(p, path)); p += n)
        if ((p == looked || (p - looked >= 2 && p[-2] == ',')) && (p[n] == ',' || p[n] == '\0'))
            return;
    snprintf(looked + used, size - used, "%s%s", used ? ", " : "", path);
}

/* The canonical name of a data directory found. */
static char *found(const char *dir)
{
    char real[PATH_MAX];
    return dmi_strdup(realpath(dir, real) ? real : dir);
}

/* The data directory for a library or program at file (absolute): the
 * installation's, else a build tree's. NULL when neither is there. */
static char *beside(const char *file, const char *install_relative, char *looked, size_t looked_size)
{
    char dir[PATH_MAX], real[PATH_MAX], cand[PATH_MAX];
    if (!file || file[0] != '/' || snprintf(dir, sizeof dir, "%s", file) >= (int)sizeof dir)
        return NULL;
    *strrchr(dir, '/') = '\0';
    if (!realpath(dir[0] ? dir : "/", real))
        return NULL;
    if (join_folded(cand, sizeof cand, real, install_relative)) {
        if (is_data_dir(cand))
            return found(cand);
        note(looked, looked_size, cand);
    }
    static const char *const up[] = {".", "..", "../.."};
    for (size_t i = 0; i < sizeof up / sizeof *up; i++) {
        char top[PATH_MAX];
        if (!join_folded(top, sizeof top, real, up[i]) || !is_build_top(top))
            continue;
        if (snprintf(cand, sizeof cand, "%s/data", strcmp(top, "/") ? top : "") >= (int)sizeof cand)
            return NULL;
        if (is_data_dir(cand))
            return found(cand);
        note(looked, looked_size, cand);
        break; /* the nearest build tree only */
    }
    return NULL;
}

char *dmi_relocated_data_dir(char *looked, size_t looked_size)
{
    /* The shared library when this code is in one; the program when it was
     * linked statically (dladdr then names the executable, perhaps not by
     * an absolute path, so ask /proc as well). */
    Dl_info info;
    char *dir = NULL;
    if (looked_size)
        looked[0] = '\0';
    if (dladdr((void *)&dmi_relocated_data_dir, &info) && info.dli_fname)
        dir = beside(info.dli_fname, DM_DATA_DIR_FROM_LIBDIR, looked, looked_size);
    if (!dir) {
        char exe[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = '\0';
            dir = beside(exe, DM_DATA_DIR_FROM_BINDIR, looked, looked_size);
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
    /* No data directory at all: one report, not the same error twice. */
    if (!paths[0] && !paths[1] && !dm_context_data_dir(ctx)) {
        dm_status_t st = ctx->status;
        if (fn)
            fn(user_data, "?", st, NULL);
        return st;
    }
    for (int i = 0; i < 2; i++) {
        const char *rebuild = i == 0 ? DMB_REBUILD : DMI_GAZ_REBUILD;
        char sha[65] = "";
        dm_status_t st;
        dmi_clear_error(ctx);
        if (!paths[i]) {
            st = dmi_data_path_error(ctx);
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
