/* Internal context: error state, log callback, PROJ context, data paths. */
#ifndef DM_CONTEXT_PRIVATE_H
#define DM_CONTEXT_PRIVATE_H

#include "diplomap.h"
#include <proj.h>
#include <stdarg.h>

#define DM_ERROR_MAX 1024

struct dm_context {
    dm_status_t status;
    char error[DM_ERROR_MAX];
    dm_log_fn log_fn;
    void *log_user;
    char *data_dir;
    PJ_CONTEXT *proj;
    dm_gazetteer_t *gazetteer;  /* opened on first use by dmi_context_gazetteer */
    void *font_map;             /* PangoFontMap made on first use by the renderer and
                                 * kept: fonts and fallback lists are looked up once
                                 * per context, not once per map */
};

#if defined(__GNUC__)
#define DMI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define DMI_PRINTF(a, b)
#endif

/* Every error goes through here: one breakpoint catches all. Returns status. */
dm_status_t dmi_error(dm_context_t *ctx, dm_status_t status, const char *fmt, ...) DMI_PRINTF(3, 4);

/* An option struct as this library knows it: *copy holds the defaults on
 * entry; the fields the caller's struct_size covers are copied over them
 * (all of them when struct_size is 0: a struct not filled by _init). Returns
 * copy, or copy untouched when in is NULL. */
const void *dmi_options_adopt(const void *in, void *copy, size_t size);
void dmi_log(dm_context_t *ctx, dm_log_level_t level, const char *fmt, ...) DMI_PRINTF(3, 4);
void dmi_clear_error(dm_context_t *ctx);

/* The data directory of the installation (../share/diplomap) or build tree
 * (data/) the library or program belongs to, found relative to it
 * (src/data_dir.c); free() it. NULL when there is none, with the places
 * looked in written to looked. */
char *dmi_relocated_data_dir(char *looked, size_t looked_size);
/* Path of a file under the data directory; free() it. NULL when out of
 * memory or when there is no data directory: dmi_data_path_error says which
 * (the error naming where it looked, or out of memory) and returns it. */
char *dmi_data_path(dm_context_t *ctx, const char *relative);
dm_status_t dmi_data_path_error(dm_context_t *ctx);
/* The shipped gazetteer, opened once per context (owned by it). */
dm_status_t dmi_context_gazetteer(dm_context_t *ctx, dm_gazetteer_t **out);
/* The context a story belongs to. */
dm_context_t *dmi_story_context(const dm_story_t *story);

/* Overflow-checked allocation helpers. */
void *dmi_calloc(size_t count, size_t size);
void *dmi_reallocarray(void *ptr, size_t count, size_t size);
char *dmi_strdup(const char *s);
/* Grow *items so it holds at least need elements; doubles capacity. */
int dmi_grow(void **items, size_t *capacity, size_t need, size_t size);
/* Run fn on each of n jobs (job i at (char *)jobs + i * size): the first on
 * this thread while the others run on threads of their own; a job whose
 * thread cannot start runs here. Returns when all are done. n <= 16. */
void dmi_run_parallel(void *(*fn)(void *), void *jobs, size_t size, int n);

/* Read a whole file (limit bytes at most). */
dm_status_t dmi_read_file(dm_context_t *ctx, const char *path, size_t limit,
                          char **out, size_t *out_len);

#endif
