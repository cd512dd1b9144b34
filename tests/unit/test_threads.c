/* Concurrency: four threads render four different stories at once, one
 * dm_context_t each, and every thread's PNG is byte-identical to a
 * single-threaded render of the same story. Built with -DDM_TSAN=ON this is
 * the ThreadSanitizer check (tests/sanitizer/tsan.supp). Worker threads do
 * not call cmocka (its failures longjmp); they report a status and message
 * and the main thread asserts. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define THREADS 4
#define ROUNDS 2

typedef struct {
    const char *input; /* a story (.json) or an article */
    char out[512];
    dm_status_t status;
    char error[512];
    unsigned char *png;
    size_t png_len;
} job_t;

static char tmpdir[256];

static int is_json(const char *path)
{
    size_t n = strlen(path);
    return n > 5 && strcmp(path + n - 5, ".json") == 0;
}

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (n == cap) {
            cap = cap ? cap * 2 : 65536;
            unsigned char *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = p;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    *len = n;
    return buf;
}

/* The whole pipeline, as `diplomap render INPUT -o OUT` runs it. */
static void render(job_t *job)
{
    dm_context_t *ctx = dm_context_create();
    dm_story_t *story = NULL;
    dm_map_t *map = NULL;
    dm_status_t st = ctx ? DM_OK : DM_ERR_NOMEM;
    if (st == DM_OK) {
        if (is_json(job->input)) {
            st = dm_story_load_file(ctx, job->input, &story);
        } else {
            dm_extract_options_t eo;
            dm_extract_options_init(&eo);
            st = dm_story_extract_file(ctx, NULL, job->input, &eo, &story);
        }
    }
    if (st == DM_OK)
        st = dm_story_resolve(story, NULL);
    dm_map_options_t opts;
    dm_map_options_init(&opts);
    opts.width = 480;
    opts.height = 320;
    if (st == DM_OK)
        st = dm_map_create(ctx, story, &opts, &map);
    if (st == DM_OK)
        st = dm_map_write_file(map, job->out, DM_FORMAT_PNG);
    job->status = st;
    snprintf(job->error, sizeof job->error, "%s", ctx ? dm_context_last_error(ctx) : "no context");
    free(job->png);
    job->png = NULL;
    if (st == DM_OK && !(job->png = slurp(job->out, &job->png_len)))
        job->status = DM_ERR_IO;
    unlink(job->out);
    dm_map_destroy(map);
    dm_story_destroy(story);
    dm_context_destroy(ctx);
}

static void *worker(void *arg)
{
    job_t *job = arg;
    for (int i = 0; i < ROUNDS && job->status == DM_OK; i++)
        render(job);
    return NULL;
}

static void four_threads_match_one(void **state)
{
    (void)state;
    static const char *const inputs[THREADS] = {
        DM_TEST_SOURCE_DIR "/docs/examples/seed-story.json",
        DM_TEST_SOURCE_DIR "/tests/articles/europe-helsinki-arms-talks.txt",
        DM_TEST_SOURCE_DIR "/tests/articles/mideast-doha-ceasefire.txt",
        DM_TEST_SOURCE_DIR "/tests/articles/africa-congo-rwanda-accord.txt",
    };
    job_t ref[THREADS], par[THREADS];
    memset(ref, 0, sizeof ref);
    memset(par, 0, sizeof par);
    for (int i = 0; i < THREADS; i++) {
        ref[i].input = par[i].input = inputs[i];
        snprintf(ref[i].out, sizeof ref[i].out, "%s/ref%d.png", tmpdir, i);
        snprintf(par[i].out, sizeof par[i].out, "%s/par%d.png", tmpdir, i);
        render(&ref[i]);
        if (ref[i].status != DM_OK)
            fail_msg("%s (single thread): %s", inputs[i], ref[i].error);
    }
    pthread_t th[THREADS];
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(pthread_create(&th[i], NULL, worker, &par[i]), 0);
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(pthread_join(th[i], NULL), 0);
    for (int i = 0; i < THREADS; i++) {
        if (par[i].status != DM_OK)
            fail_msg("%s (thread %d): %s", inputs[i], i, par[i].error);
        if (par[i].png_len != ref[i].png_len || memcmp(par[i].png, ref[i].png, ref[i].png_len) != 0)
            fail_msg("%s: the PNG rendered on thread %d differs from the single-threaded one", inputs[i], i);
    }
    /* Different stories gave different maps (the comparison means something). */
    assert_true(ref[0].png_len != ref[1].png_len || memcmp(ref[0].png, ref[1].png, ref[0].png_len) != 0);
    for (int i = 0; i < THREADS; i++) {
        free(ref[i].png);
        free(par[i].png);
    }
}

/* Errors stay in their own context: a failing thread does not disturb the
 * message of another. */
static void errors_are_per_context(void **state)
{
    (void)state;
    dm_context_t *a = dm_context_create(), *b = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_not_equal(dm_story_load_string(a, "{", 1, "a.json", &s), DM_OK);
    assert_non_null(strstr(dm_context_last_error(a), "a.json"));
    assert_string_equal(dm_context_last_error(b), "");
    dm_context_destroy(b);
    dm_context_destroy(a);
}

int main(void)
{
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/dm-threads-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(four_threads_match_one),
        cmocka_unit_test(errors_are_per_context),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    rmdir(tmpdir);
    return rc;
}
