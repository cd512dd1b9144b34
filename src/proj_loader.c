/* Loading PROJ on first use (see proj_loader-private.h for why). */
#include "proj_loader-private.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DM_PROJ_SONAME
#define DM_PROJ_SONAME "libproj.so"
#endif

static dmi_proj_api_t api;
static int api_ok;
static char api_error[256];
static pthread_once_t api_once = PTHREAD_ONCE_INIT;

/* dlsym returns void *; C11 has no conversion from it to a function
 * pointer, so copy the bits (what POSIX guarantees to work). */
#define LOAD(field, name)                                                                                   \
    do {                                                                                                    \
        void *sym = dlsym(handle, name);                                                                    \
        if (!sym) {                                                                                         \
            snprintf(api_error, sizeof api_error, "%s: no symbol %s", DM_PROJ_SONAME, name);               \
            return;                                                                                         \
        }                                                                                                   \
        memcpy(&api.field, &sym, sizeof api.field);                                                         \
    } while (0)

static void load(void)
{
    void *handle = dlopen(DM_PROJ_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        handle = dlopen("libproj.so", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(api_error, sizeof api_error, "cannot load PROJ (%s): %s", DM_PROJ_SONAME, dlerror());
        return;
    }
    LOAD(context_create, "proj_context_create");
    LOAD(context_destroy, "proj_context_destroy");
    LOAD(log_func, "proj_log_func");
    LOAD(context_set_enable_network, "proj_context_set_enable_network");
    LOAD(context_set_fileapi, "proj_context_set_fileapi");
    LOAD(create, "proj_create");
    LOAD(create_crs_to_crs, "proj_create_crs_to_crs");
    LOAD(normalize_for_visualization, "proj_normalize_for_visualization");
    LOAD(destroy, "proj_destroy");
    LOAD(trans, "proj_trans");
    LOAD(trans_generic, "proj_trans_generic");
    LOAD(context_errno, "proj_context_errno");
    LOAD(context_errno_string, "proj_context_errno_string");
    LOAD(errno_reset, "proj_errno_reset");
    LOAD(geod_init, "geod_init");
    LOAD(geod_inverse, "geod_inverse");
    LOAD(geod_inverseline, "geod_inverseline");
    LOAD(geod_position, "geod_position");
    api_ok = 1;   /* the handle stays open for the life of the process */
}

const dmi_proj_api_t *dmi_proj_api(dm_context_t *ctx)
{
    pthread_once(&api_once, load);
    if (!api_ok) {
        dmi_error(ctx, DM_ERR_DATA, "%s", api_error);
        return NULL;
    }
    return &api;
}

static void quiet_proj_logger(void *user, int level, const char *msg)
{
    (void)user; (void)level; (void)msg;
}

/* PROJ's file access for diplomap's contexts. PROJ goes through these for
 * every file it opens (grids, init files, deformation models, tinshift
 * JSON, proj.ini, and the search for proj.db) except the SQLite database
 * itself, which SQLite opens once it is found. The only file allowed is a
 * regular file named proj.db given by an absolute path, read-only: the
 * database that the projection allow-list (dm_proj.c) lets a story reach
 * through EPSG codes. Anything else fails as "file not found", and nothing
 * is opened that could block (a FIFO) or be written. */
static int is_proj_db(const char *path)
{
    if (!path || path[0] != '/')
        return 0;
    const char *base = strrchr(path, '/') + 1;
    return strcmp(base, "proj.db") == 0;
}

static PROJ_FILE_HANDLE *file_open(PJ_CONTEXT *pctx, const char *path, PROJ_OPEN_ACCESS access, void *user)
{
    (void)pctx; (void)user;
    if (access != PROJ_OPEN_ACCESS_READ_ONLY || !is_proj_db(path))
        return NULL;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return NULL;
    struct stat st;
    FILE *f = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || !(f = fdopen(fd, "rb"))) {
        close(fd);
        return NULL;
    }
    return (PROJ_FILE_HANDLE *)(void *)f;
}

static size_t file_read(PJ_CONTEXT *pctx, PROJ_FILE_HANDLE *h, void *buf, size_t n, void *user)
{
    (void)pctx; (void)user;
    return fread(buf, 1, n, (FILE *)(void *)h);
}

static size_t file_write(PJ_CONTEXT *pctx, PROJ_FILE_HANDLE *h, const void *buf, size_t n, void *user)
{
    (void)pctx; (void)h; (void)buf; (void)n; (void)user;
    return 0;
}

static int file_seek(PJ_CONTEXT *pctx, PROJ_FILE_HANDLE *h, long long off, int whence, void *user)
{
    (void)pctx; (void)user;
    return fseeko((FILE *)(void *)h, (off_t)off, whence) == 0;
}

static unsigned long long file_tell(PJ_CONTEXT *pctx, PROJ_FILE_HANDLE *h, void *user)
{
    (void)pctx; (void)user;
    off_t at = ftello((FILE *)(void *)h);
    return at < 0 ? 0 : (unsigned long long)at;
}

static void file_close(PJ_CONTEXT *pctx, PROJ_FILE_HANDLE *h, void *user)
{
    (void)pctx; (void)user;
    fclose((FILE *)(void *)h);
}

static int file_exists(PJ_CONTEXT *pctx, const char *path, void *user)
{
    (void)pctx; (void)user;
    struct stat st;
    return is_proj_db(path) && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* No directory, removal or renaming: PROJ's cache of downloaded grids
 * stays untouched (network access is off as well). */
static int file_refuse(PJ_CONTEXT *pctx, const char *path, void *user)
{
    (void)pctx; (void)path; (void)user;
    return 0;
}

static int file_refuse_rename(PJ_CONTEXT *pctx, const char *from, const char *to, void *user)
{
    (void)pctx; (void)from; (void)to; (void)user;
    return 0;
}

static const PROJ_FILE_API proj_db_only = {
    1, file_open, file_read, file_write, file_seek, file_tell, file_close, file_exists,
    file_refuse, file_refuse, file_refuse_rename,
};

PJ_CONTEXT *dmi_context_proj(dm_context_t *ctx)
{
    if (ctx->proj)
        return ctx->proj;
    const dmi_proj_api_t *p = dmi_proj_api(ctx);
    if (!p)
        return NULL;
    if (!(ctx->proj = p->context_create())) {
        dmi_error(ctx, DM_ERR_NOMEM, "out of memory creating a PROJ context");
        return NULL;
    }
    /* PROJ logs through the context: keep it quiet so the library never
     * writes to stderr; failures are translated where they happen. And no
     * downloads, even with PROJ_NETWORK=ON in the environment. */
    p->log_func(ctx->proj, NULL, quiet_proj_logger);
    p->context_set_enable_network(ctx->proj, 0);
    /* Fail closed: a context that could open any file is not used. */
    if (!p->context_set_fileapi(ctx->proj, &proj_db_only, NULL)) {
        p->context_destroy(ctx->proj);
        ctx->proj = NULL;
        dmi_error(ctx, DM_ERR_INTERNAL, "cannot restrict PROJ's file access");
        return NULL;
    }
    return ctx->proj;
}

void dmi_context_proj_destroy(dm_context_t *ctx)
{
    if (ctx->proj && api_ok)
        api.context_destroy(ctx->proj);
    ctx->proj = NULL;
}
