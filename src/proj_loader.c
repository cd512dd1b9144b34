/* Loading PROJ on first use (see proj_loader-private.h for why). */
#include "proj_loader-private.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

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
    return ctx->proj;
}

void dmi_context_proj_destroy(dm_context_t *ctx)
{
    if (ctx->proj && api_ok)
        api.context_destroy(ctx->proj);
    ctx->proj = NULL;
}
