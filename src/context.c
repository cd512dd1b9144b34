/* The context owns error state, logging, the PROJ context and data paths. */
#include "context-private.h"
#include "proj_loader-private.h"

#include <errno.h>
#include <pthread.h>
#include <glib-object.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *dm_version(void) { return DM_VERSION_STRING; }

const char *dm_status_to_string(dm_status_t status)
{
    switch (status) {
    case DM_OK: return "success";
    case DM_ERR_USAGE: return "bad usage";
    case DM_ERR_INPUT: return "malformed input";
    case DM_ERR_STORY: return "invalid story";
    case DM_ERR_ARTICLE: return "invalid article";
    case DM_ERR_LIMIT: return "limit exceeded";
    case DM_ERR_PROJECTION: return "invalid projection or extent";
    case DM_ERR_NOMEM: return "out of memory";
    case DM_ERR_IO: return "input/output error";
    case DM_ERR_DATA: return "data file missing or corrupt";
    case DM_ERR_NOT_FOUND: return "place not found";
    case DM_ERR_RENDER: return "rendering failed";
    case DM_ERR_INTERNAL: return "internal error";
    }
    return "unknown status";
}

int dm_status_is_input_error(dm_status_t status)
{
    return status >= DM_ERR_USAGE && status < DM_ERR_NOMEM;
}

dm_context_t *dm_context_create(void)
{
    dm_context_t *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return NULL;
    /* The PROJ context is made on first use (dmi_context_proj). */
    return ctx;
}

void dm_context_destroy(dm_context_t *ctx)
{
    if (!ctx)
        return;
    dm_gazetteer_close(ctx->gazetteer);
    dmi_context_proj_destroy(ctx);
    if (ctx->font_map)
        g_object_unref(ctx->font_map);
    free(ctx->data_dir);
    free(ctx);
}

const char *dm_context_last_error(const dm_context_t *ctx)
{
    return ctx ? ctx->error : "no context";
}

dm_status_t dm_context_last_status(const dm_context_t *ctx)
{
    return ctx ? ctx->status : DM_ERR_INTERNAL;
}

void dm_context_set_log(dm_context_t *ctx, dm_log_fn fn, void *user_data)
{
    ctx->log_fn = fn;
    ctx->log_user = user_data;
}

dm_status_t dmi_error(dm_context_t *ctx, dm_status_t status, const char *fmt, ...)
{
    if (!ctx)
        return status;
    /* Formatted apart first: an argument may be ctx->error itself. */
    char raw[DM_ERROR_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(raw, sizeof raw, fmt, ap);
    va_end(ap);
    /* One line, and nothing from the input a terminal would act on. */
    dm_text_escape(raw, ctx->error, sizeof ctx->error);
    ctx->status = status;
    return status;
}

void dmi_clear_error(dm_context_t *ctx)
{
    ctx->status = DM_OK;
    ctx->error[0] = '\0';
}

void dmi_log(dm_context_t *ctx, dm_log_level_t level, const char *fmt, ...)
{
    if (!ctx || !ctx->log_fn)
        return;
    char buf[DM_ERROR_MAX], safe[DM_ERROR_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ctx->log_fn(ctx->log_user, level, dm_text_escape(buf, safe, sizeof safe));
}

/* Length of the UTF-8 sequence at p and its code point; 0 when p does not
 * start a valid one (a stray continuation byte, an overlong form, a
 * surrogate, beyond U+10FFFF, cut short). */
static size_t utf8_decode(const unsigned char *p, unsigned *cp)
{
    unsigned c = p[0];
    size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n == 0 || c > 0xF4)
        return 0;
    unsigned v = c & (0x7Fu >> n);
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (p[i] & 0x3Fu);
    }
    if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* Code points a terminal or a text view acts on: C1 controls (U+009B is
 * CSI on some terminals), line and paragraph separators, and the
 * bidirectional embeddings, overrides and isolates that reorder what
 * follows them on the line. */
static int is_format_control(unsigned cp)
{
    return (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

const char *dm_text_escape(const char *text, char *out, size_t size)
{
    if (!out || size == 0)
        return out;
    const unsigned char *p = (const unsigned char *)(text ? text : "");
    size_t n = 0;
    while (*p) {
        char piece[8];
        size_t k = 0, step = 1;
        unsigned c = *p, cp = 0;
        if (c == '\n' || c == '\r' || c == '\t') {
            piece[0] = '\\';
            piece[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            k = 2;
        } else if (c < 0x20 || c == 0x7F) {
            k = (size_t)snprintf(piece, sizeof piece, "\\x%02x", c);
        } else if (c < 0x80) {
            piece[0] = (char)c;
            k = 1;
        } else if ((step = utf8_decode(p, &cp)) == 0) {
            step = 1;
            k = (size_t)snprintf(piece, sizeof piece, "\\x%02x", c);
        } else if (is_format_control(cp)) {
            k = (size_t)snprintf(piece, sizeof piece, "\\u%04x", cp);
        } else {
            memcpy(piece, p, step);
            k = step;
        }
        if (n + k >= size)   /* never half an escape or half a character */
            break;
        memcpy(out + n, piece, k);
        n += k;
        p += step;
    }
    out[n] = '\0';
    return out;
}

void dm_free(void *ptr) { free(ptr); }

void *dmi_calloc(size_t count, size_t size)
{
    if (count == 0 || size == 0)
        return calloc(1, 1);
    return calloc(count, size);
}

void *dmi_reallocarray(void *ptr, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    size_t bytes = count * size;
    return realloc(ptr, bytes ? bytes : 1);
}

char *dmi_strdup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

int dmi_grow(void **items, size_t *capacity, size_t need, size_t size)
{
    if (need <= *capacity)
        return 0;
    size_t cap = *capacity ? *capacity : 8;
    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return -1;
        cap *= 2;
    }
    void *p = dmi_reallocarray(*items, cap, size);
    if (!p)
        return -1;
    *items = p;
    *capacity = cap;
    return 0;
}

void dmi_run_parallel(void *(*fn)(void *), void *jobs, size_t size, int n)
{
    pthread_t threads[16];
    int started[16] = {0};
    char *job = jobs;
    for (int i = 1; i < n && i < 16; i++)
        started[i] = pthread_create(&threads[i], NULL, fn, job + (size_t)i * size) == 0;
    for (int i = 0; i < n; i++) {
        if (i < 16 && started[i])
            pthread_join(threads[i], NULL);
        else
            fn(job + (size_t)i * size);
    }
}

static int is_dir(const char *path)
{
    struct stat st;
    return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const void *dmi_options_adopt(const void *in, void *copy, size_t size)
{
    if (!in)
        return copy;
    size_t given = *(const size_t *)in;
    size_t n = given == 0 || given > size ? size : given;
    if (n > sizeof(size_t))
        memcpy((char *)copy + sizeof(size_t), (const char *)in + sizeof(size_t), n - sizeof(size_t));
    *(size_t *)copy = size;
    return copy;
}

dm_status_t dm_context_set_data_dir(dm_context_t *ctx, const char *dir)
{
    if (!is_dir(dir))
        return dmi_error(ctx, DM_ERR_DATA, "data directory '%s' does not exist", dir ? dir : "(null)");
    char *copy = dmi_strdup(dir);
    if (!copy)
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    free(ctx->data_dir);
    ctx->data_dir = copy;
    return DM_OK;
}

const char *dm_context_data_dir(dm_context_t *ctx)
{
    if (ctx->data_dir)
        return ctx->data_dir;
    const char *env = getenv("DIPLOMAP_DATA");
    if (env && *env) {
        ctx->data_dir = dmi_strdup(env);
        return ctx->data_dir ? ctx->data_dir : env;
    }
    /* Else the data of the installation or build tree this library (or
     * program) belongs to, found relative to it: no absolute path is
     * compiled in, so an installed copy never reads a build tree's data. */
    char looked[DM_ERROR_MAX / 2];
    if ((ctx->data_dir = dmi_relocated_data_dir(looked, sizeof looked)))
        return ctx->data_dir;
    dmi_error(ctx, DM_ERR_DATA,
              "no data directory: DIPLOMAP_DATA is not set and no basemap.dmb with gazetteer.idx in %s; "
              "set DIPLOMAP_DATA to the data directory, or reinstall (PREFIX/share/diplomap) "
              "or rebuild (BUILD/data) diplomap",
              looked[0] ? looked : "any directory relative to the library or program");
    return NULL;
}

char *dmi_data_path(dm_context_t *ctx, const char *relative)
{
    const char *dir = dm_context_data_dir(ctx);
    if (!dir)
        return NULL;
    size_t n = strlen(dir) + strlen(relative) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, relative);
    return p;
}

dm_status_t dmi_data_path_error(dm_context_t *ctx)
{
    if (!dm_context_data_dir(ctx))
        return ctx->status;
    return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
}

dm_status_t dmi_read_file(dm_context_t *ctx, const char *path, size_t limit,
                          char **out, size_t *out_len)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return dmi_error(ctx, DM_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    dm_status_t st = DM_OK;
    size_t cap = 0, len = 0;
    char *buf = NULL;
    for (;;) {
        if (dmi_grow((void **)&buf, &cap, len + 65536 + 1, 1) != 0) {
            st = dmi_error(ctx, DM_ERR_NOMEM, "%s: out of memory", path);
            goto out;
        }
        size_t got = fread(buf + len, 1, cap - len - 1, f);
        len += got;
        if (len > limit) {
            st = dmi_error(ctx, DM_ERR_LIMIT, "%s: file larger than the limit of %zu bytes", path, limit);
            goto out;
        }
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        st = dmi_error(ctx, DM_ERR_IO, "%s: read error: %s", path, strerror(errno));
        goto out;
    }
    buf[len] = '\0';
    *out = buf;
    *out_len = len;
    buf = NULL;
out:
    free(buf);
    fclose(f);
    return st;
}

dm_status_t dmi_context_gazetteer(dm_context_t *ctx, dm_gazetteer_t **out)
{
    if (!ctx->gazetteer) {
        dm_status_t st = dm_gazetteer_open(ctx, NULL, &ctx->gazetteer);
        if (st != DM_OK) {
            *out = NULL;
            return st;
        }
    }
    *out = ctx->gazetteer;
    return DM_OK;
}
