/* PROJ, loaded when the first map is laid out rather than at process
 * start: libproj and its dependencies (libcurl and a TLS stack, SQLite,
 * libtiff, libstdc++) are half of diplomap's start-up, and extraction and
 * geocoding never need them. The table is filled once per process and is
 * read-only afterwards, so threads share it safely. */
#ifndef DM_PROJ_LOADER_PRIVATE_H
#define DM_PROJ_LOADER_PRIVATE_H

#include "context-private.h"

#include <geodesic.h>
#include <proj.h>

typedef struct dmi_proj_api {
    PJ_CONTEXT *(*context_create)(void);
    PJ_CONTEXT *(*context_destroy)(PJ_CONTEXT *);
    void (*log_func)(PJ_CONTEXT *, void *, PJ_LOG_FUNCTION);
    int (*context_set_enable_network)(PJ_CONTEXT *, int);
    int (*context_set_fileapi)(PJ_CONTEXT *, const PROJ_FILE_API *, void *);
    PJ *(*create)(PJ_CONTEXT *, const char *);
    PJ *(*create_crs_to_crs)(PJ_CONTEXT *, const char *, const char *, PJ_AREA *);
    PJ *(*normalize_for_visualization)(PJ_CONTEXT *, const PJ *);
    PJ *(*destroy)(PJ *);
    PJ_COORD (*trans)(PJ *, PJ_DIRECTION, PJ_COORD);
    size_t (*trans_generic)(PJ *, PJ_DIRECTION, double *, size_t, size_t, double *, size_t, size_t, double *,
                            size_t, size_t, double *, size_t, size_t);
    int (*context_errno)(PJ_CONTEXT *);
    const char *(*context_errno_string)(PJ_CONTEXT *, int);
    int (*errno_reset)(const PJ *);
    void (*geod_init)(struct geod_geodesic *, double, double);
    void (*geod_inverse)(const struct geod_geodesic *, double, double, double, double, double *, double *, double *);
    void (*geod_inverseline)(struct geod_geodesicline *, const struct geod_geodesic *, double, double, double, double,
                             unsigned);
    double (*geod_position)(const struct geod_geodesicline *, double, double *, double *, double *);
} dmi_proj_api_t;

/* The PROJ functions, loading the library on first use; NULL (with the
 * error set on ctx) when it cannot be loaded. */
const dmi_proj_api_t *dmi_proj_api(dm_context_t *ctx);
/* The context's PJ_CONTEXT, created on first use: quiet, no network, and
 * a file API that opens nothing but PROJ's own database (proj.db), so no
 * projection string can make PROJ read a grid, init file, model or FIFO. */
PJ_CONTEXT *dmi_context_proj(dm_context_t *ctx);
void dmi_context_proj_destroy(dm_context_t *ctx);

#endif
