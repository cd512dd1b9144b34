/* diplomap batch DIR|FILES... -o OUTDIR: many articles (.txt) or stories
 * (.json, .geojson) to maps, in parallel. One thread per job, each with its
 * own dm_context_t (the library's rule: one context per thread); inputs
 * are taken from a shared counter, so a slow article does not hold up the
 * others. A failure is recorded and reported at the end; it never stops
 * the other inputs. Exit 0 when every input was drawn, 1 when any failed,
 * 2 for bad usage. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BATCH_FORMATS 4   /* png, svg, pdf, html */

/* The map options are render's own entries (cli.h), parsed by the same
 * dm_cli_map_options(). */
static const dm_cli_option_t options[] = {
    {"--date", 0, "YYYY-MM-DD", "article date, for articles without one"},
    DM_CLI_OPT_DETAIL,
    DM_CLI_OPT_EXTENT,
    {"--format", 0, "png,svg,pdf,html", "comma-separated output formats, any of these (default png)"},
    DM_CLI_OPT_HEIGHT,
    DM_CLI_OPT_INSET,
    {"--jobs", 'j', "N", "inputs drawn at once (default: the number of processors)"},
    DM_CLI_OPT_LANG,
    {"--output", 'o', "OUTDIR", "directory for the maps, created if missing; OUTDIR/NAME.FORMAT per input (- : OUTDIR/stdin.FORMAT), an input's formats all or none"},
    DM_CLI_OPT_PROJECTION,
    DM_CLI_OPT_SCALE,
    DM_CLI_OPT_SIZE,
    DM_CLI_OPT_THEME,
    DM_CLI_OPT_WIDTH,
};

#define MAX_JOBS 256

/* The message of an input that failed when even strdup could not. */
static char oom_message[] = "out of memory";

typedef struct {
    char *path;        /* input */
    char *stem;        /* output name without extension */
    char *error;       /* NULL when it worked */
    int done;
} item_t;

typedef struct {
    item_t *items;
    size_t count;
    size_t next;               /* next item to take; under lock */
    size_t finished, failed;   /* under lock */
    pthread_mutex_t lock;
    const char *outdir;
    dm_format_t formats[BATCH_FORMATS];
    int format_count;
    dm_map_options_t map_opts;
    const char *date;
    const char *stdin_text;    /* the input "-", read before the threads start */
    size_t stdin_len;
    int progress;              /* draw a progress bar (stderr is a terminal) */
    size_t bar_width;
} batch_t;

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int is_input_name(const char *name)
{
    return name[0] != '.' && (has_suffix(name, ".txt") || has_suffix(name, ".json") || has_suffix(name, ".geojson"));
}

static const char *format_ext(dm_format_t f)
{
    return f == DM_FORMAT_PNG ? "png" : f == DM_FORMAT_SVG ? "svg" : f == DM_FORMAT_HTML ? "html" : "pdf";
}

static int parse_formats(const char *list, batch_t *b)
{
    b->format_count = 0;
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        dm_format_t f = n == 3 && strncmp(p, "png", 3) == 0 ? DM_FORMAT_PNG
                      : n == 3 && strncmp(p, "svg", 3) == 0 ? DM_FORMAT_SVG
                      : n == 3 && strncmp(p, "pdf", 3) == 0 ? DM_FORMAT_PDF
                      : n == 4 && strncmp(p, "html", 4) == 0 ? DM_FORMAT_HTML : DM_FORMAT_AUTO;
        if (f == DM_FORMAT_AUTO) {
            dm_cli_error("--format: '%.*s' is not png, svg, pdf or html", (int)n, p);
            return -1;
        }
        int seen = 0;
        for (int i = 0; i < b->format_count; i++)
            seen |= b->formats[i] == f;
        if (!seen)
            b->formats[b->format_count++] = f;
        p += n;
        if (*p == ',')
            p++;
    }
    if (b->format_count == 0) {
        dm_cli_error("--format: no format given");
        return -1;
    }
    return 0;
}

static int add_item(item_t **items, size_t *count, size_t *cap, const char *path)
{
    if (*count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        item_t *p = realloc(*items, ncap * sizeof *p);
        if (!p)
            return -1;
        *items = p;
        *cap = ncap;
    }
    item_t *it = &(*items)[*count];
    memset(it, 0, sizeof *it);
    it->path = strdup(path);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    it->stem = strdup(strcmp(path, "-") == 0 ? "stdin" : base);
    if (!it->path || !it->stem) {
        free(it->path);
        free(it->stem);
        return -1;
    }
    char *dot = strrchr(it->stem, '.');
    if (dot && dot != it->stem)
        *dot = '\0';
    (*count)++;
    return 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory's articles and stories (not recursive), in name order so
 * the run is the same on every file system. */
static int add_directory(item_t **items, size_t *count, size_t *cap, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        dm_cli_error("%s: cannot read directory: %s", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, ncap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!is_input_name(e->d_name))
            continue;
        if (n == ncap) {
            ncap = ncap ? ncap * 2 : 64;
            char **p = realloc(names, ncap * sizeof *p);
            if (!p) {
                rc = -1;
                break;
            }
            names = p;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = -1;
            break;
        }
        n++;
    }
    closedir(d);
    if (rc == 0 && n > 0)
        qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(len);
        if (!path) {
            rc = -1;
            break;
        }
        snprintf(path, len, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", names[i]);
        if (add_item(items, count, cap, path) != 0)
            rc = -1;
        free(path);
    }
    if (rc != 0 && errno == ENOMEM)
        dm_cli_error("out of memory");
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

static void progress_locked(batch_t *b, const char *name)
{
    if (!b->progress)
        return;
    size_t filled = b->count ? b->finished * b->bar_width / b->count : 0;
    char bar[128];
    for (size_t i = 0; i < b->bar_width; i++)
        bar[i] = i < filled ? '#' : '.';
    bar[b->bar_width] = '\0';
    /* \033[K clears what a longer name left on the line; the name itself
     * (a file name) is escaped, so it cannot move the cursor. */
    char safe[64];
    dm_text_escape(name ? name : "", safe, 41);
    fprintf(stderr, "\r[%s] %zu/%zu %s%s\033[K", bar, b->finished, b->count, b->failed ? "(failures) " : "", safe);
    fflush(stderr);
}

/* Warnings (an ambiguous place) name the input they come from. */
typedef struct {
    batch_t *batch;
    const char *input;
} log_target_t;

static void log_warning(void *user, dm_log_level_t level, const char *message)
{
    log_target_t *t = user;
    if (!dm_cli_log_shown(level))
        return;
    pthread_mutex_lock(&t->batch->lock);
    if (t->batch->progress)
        fputs("\r\033[K", stderr);
    char safe[4096];
    fprintf(stderr, "diplomap: %s%s: %s\n", level >= DM_LOG_WARNING ? "warning: " : "", dm_text_escape(t->input, safe, sizeof safe), message);
    pthread_mutex_unlock(&t->batch->lock);
}

/* The CLI's own warnings (an article without a date), from any thread. */
static void cli_warning(void *user, const char *message)
{
    batch_t *b = user;
    pthread_mutex_lock(&b->lock);
    if (b->progress)
        fputs("\r\033[K", stderr);
    fprintf(stderr, "diplomap: warning: %s\n", message);
    pthread_mutex_unlock(&b->lock);
}

static char *output_path(const batch_t *b, const item_t *it, dm_format_t f)
{
    size_t n = strlen(b->outdir) + strlen(it->stem) + 8;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s.%s", b->outdir, it->stem, format_ext(f));
    return p;
}

static void draw_one(batch_t *b, item_t *it, dm_context_t *ctx)
{
    dm_story_t *story = NULL;
    dm_map_t *map = NULL;
    dm_extract_options_t eo;
    dm_extract_options_init(&eo);
    eo.date = b->date;
    dm_status_t st = dm_cli_load_input(ctx, it->path, b->stdin_text, b->stdin_len, &eo, &story, 1);
    if (st == DM_OK)
        st = dm_story_resolve(story, NULL);
    if (st == DM_OK)
        st = dm_map_create(ctx, story, &b->map_opts, &map);
    /* An input's maps (one per format) appear all or none: each is drawn
     * in memory, then all are written through one dm_output_write_all. */
    dm_output_file_t files[BATCH_FORMATS];
    unsigned char *data[BATCH_FORMATS] = {NULL};
    char *paths[BATCH_FORMATS] = {NULL};
    int n = 0;
    for (; st == DM_OK && n < b->format_count; n++) {
        size_t len = 0;
        if (!(paths[n] = output_path(b, it, b->formats[n])))
            st = DM_ERR_NOMEM;
        else
            st = dm_map_render_to_memory(map, b->formats[n], &data[n], &len);
        files[n] = (dm_output_file_t){paths[n], data[n], len};
    }
    if (st == DM_OK)
        st = dm_output_write_all(ctx, files, (size_t)n);
    for (int i = 0; i < BATCH_FORMATS; i++) {
        dm_free(data[i]);
        free(paths[i]);
    }
    if (st != DM_OK) {
        const char *msg = dm_context_last_error(ctx);
        it->error = strdup(*msg ? msg : dm_status_to_string(st));
        if (!it->error)
            it->error = oom_message;
    }
    dm_map_destroy(map);
    dm_story_destroy(story);
}

static void *worker(void *arg)
{
    batch_t *b = arg;
    dm_context_t *ctx = dm_context_create();
    log_target_t target = {b, NULL};
    if (ctx)
        dm_context_set_log(ctx, log_warning, &target);
    for (;;) {
        pthread_mutex_lock(&b->lock);
        size_t i = b->next < b->count ? b->next++ : b->count;
        pthread_mutex_unlock(&b->lock);
        if (i == b->count)
            break;
        item_t *it = &b->items[i];
        target.input = it->path;
        if (ctx)
            draw_one(b, it, ctx);
        else
            it->error = oom_message;
        pthread_mutex_lock(&b->lock);
        it->done = 1;
        b->finished++;
        if (it->error)
            b->failed++;
        progress_locked(b, it->stem);
        pthread_mutex_unlock(&b->lock);
    }
    dm_context_destroy(ctx);
    return NULL;
}

static long default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : n;
}

static int ensure_dir(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return 0;
        dm_cli_error("%s: exists and is not a directory", dir);
        return -1;
    }
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        dm_cli_error("%s: cannot create directory: %s", dir, strerror(errno));
        return -1;
    }
    return 0;
}

static int run(const dm_cli_args_t *args)
{
    batch_t b;
    memset(&b, 0, sizeof b);
    int rc = DM_EXIT_USAGE;
    size_t cap = 0;
    pthread_t threads[MAX_JOBS];
    size_t started = 0;
    int lock_ready = 0;

    b.outdir = dm_cli_value(args, "--output");
    if (!b.outdir || !*b.outdir) {
        dm_cli_error("batch: -o OUTDIR is required");
        goto out;
    }
    const char *v = dm_cli_value(args, "--format");
    if (parse_formats(v ? v : "png", &b) != 0)
        goto out;
    double jobs = (double)default_jobs();
    dm_map_options_init(&b.map_opts);
    if (dm_cli_double(args, "--jobs", 1, MAX_JOBS, &jobs) || dm_cli_map_options(args, &b.map_opts) != 0)
        goto out;
    if (jobs != (double)(long)jobs) {
        dm_cli_error("--jobs: '%s' is not a whole number", dm_cli_value(args, "--jobs"));
        goto out;
    }
    b.date = dm_cli_value(args, "--date");

    for (size_t i = 0; i < args->positional_count; i++) {
        const char *p = args->positional[i];
        struct stat st;
        if (strcmp(p, "-") == 0) {
            if (b.stdin_text) {
                dm_cli_error("batch: - (standard input) given twice");
                goto out;
            }
            char *text = NULL;
            if ((rc = dm_cli_read_stdin(&text, &b.stdin_len)) != DM_EXIT_OK)
                goto out;
            rc = DM_EXIT_USAGE;
            b.stdin_text = text;
            if (add_item(&b.items, &b.count, &cap, p) != 0) {
                dm_cli_error("out of memory");
                rc = DM_EXIT_FAILURE;
                goto out;
            }
        } else if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (add_directory(&b.items, &b.count, &cap, p) != 0) {
                rc = DM_EXIT_FAILURE;
                goto out;
            }
        } else if (add_item(&b.items, &b.count, &cap, p) != 0) {
            dm_cli_error("out of memory");
            rc = DM_EXIT_FAILURE;
            goto out;
        }
    }
    if (b.count == 0) {
        dm_cli_error("batch: no articles (.txt) or stories (.json, .geojson) in %s", args->positional[0]);
        goto out;
    }
    /* Two inputs with one name (a.txt, a.json) would overwrite each other's maps. */
    for (size_t i = 0; i < b.count; i++)
        for (size_t k = i + 1; k < b.count; k++)
            if (strcmp(b.items[i].stem, b.items[k].stem) == 0) {
                dm_cli_error("batch: %s and %s would both be drawn to %s/%s.*", b.items[i].path, b.items[k].path,
                             b.outdir, b.items[i].stem);
                goto out;
            }
    if (ensure_dir(b.outdir) != 0) {
        rc = DM_EXIT_FAILURE;
        goto out;
    }

    if (pthread_mutex_init(&b.lock, NULL) != 0) {
        dm_cli_error("cannot create a lock");
        rc = DM_EXIT_FAILURE;
        goto out;
    }
    lock_ready = 1;
    dm_cli_set_warning_hook(cli_warning, &b);
    b.progress = isatty(STDERR_FILENO);
    b.bar_width = 30;
    size_t njobs = (size_t)jobs < b.count ? (size_t)jobs : b.count;
    if (b.progress) {
        pthread_mutex_lock(&b.lock);
        progress_locked(&b, NULL);
        pthread_mutex_unlock(&b.lock);
    }
    for (size_t i = 0; i < njobs; i++) {
        if (pthread_create(&threads[i], NULL, worker, &b) != 0)
            break;
        started++;
    }
    if (started == 0)   /* no thread at all: do the work here */
        worker(&b);
    for (size_t i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    if (b.progress)
        fputs("\r\033[K", stderr);

    if (b.failed) {
        dm_cli_error("batch: %zu of %zu inputs failed:", b.failed, b.count);
        for (size_t i = 0; i < b.count; i++)
            if (b.items[i].error) {
                char path[4096], error[4096];
                fprintf(stderr, "  %s: %s\n", dm_text_escape(b.items[i].path, path, sizeof path),
                        dm_text_escape(b.items[i].error, error, sizeof error));
            }
        rc = DM_EXIT_FAILURE;
    } else {
        rc = DM_EXIT_OK;
        if (b.progress)
            dm_cli_error("batch: %zu maps in %s", b.count * (size_t)b.format_count, b.outdir);
    }
out:
    dm_cli_set_warning_hook(NULL, NULL);
    if (lock_ready)
        pthread_mutex_destroy(&b.lock);
    for (size_t i = 0; i < b.count; i++) {
        free(b.items[i].path);
        free(b.items[i].stem);
        if (b.items[i].error != oom_message)
            free(b.items[i].error);
    }
    free(b.items);
    free((char *)b.stdin_text);
    return rc;
}

const dm_cli_command_t dm_cli_batch_command = {
    .name = "batch",
    .usage = "DIR|FILES...|- -o OUTDIR [--format png,svg,pdf,html] [--jobs N] [render options]",
    .summary = "draw many articles (.txt) or stories (.json, .geojson) as maps, in parallel",
    .options = options,
    .option_count = sizeof options / sizeof options[0],
    .min_positional = 1,
    .max_positional = (size_t)-1,
    .run = run,
};
