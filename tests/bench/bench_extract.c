/* Extraction speed: ms per 1,000 words (a benchmark, not a ctest test).
 *
 *   cc -O2 -I src tests/bench/bench_extract.c BUILD/libdiplomap.a ... or
 *   sh tests/bench/bench_extract.sh BUILD
 *
 * Builds a ~1,000-word article from the articles given (repeating them),
 * extracts it N times with one context (the gazetteer opened once, as in a
 * long-running embedder) and prints the median time. */
#define _POSIX_C_SOURCE 200809L
#include "diplomap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static size_t words(const char *s)
{
    size_t n = 0;
    int in = 0;
    for (; *s; s++) {
        int w = !(*s == ' ' || *s == '\n' || *s == '\t');
        if (w && !in)
            n++;
        in = w;
    }
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_extract ARTICLE... \n");
        return 2;
    }
    size_t cap = 1 << 16, len = 0;
    char *text = malloc(cap);
    if (!text)
        return 1;
    text[0] = '\0';
    for (int round = 0; words(text) < 1000 && round < 100; round++) {
        for (int i = 1; i < argc && words(text) < 1000; i++) {
            FILE *f = fopen(argv[i], "rb");
            if (!f) {
                perror(argv[i]);
                return 1;
            }
            char buf[65536];
            size_t n = fread(buf, 1, sizeof buf - 1, f);
            fclose(f);
            if (len + n + 2 >= cap)
                break;
            memcpy(text + len, buf, n);
            len += n;
            text[len++] = '\n';
            text[len] = '\0';
        }
    }
    dm_context_t *ctx = dm_context_create();
    dm_story_t *story = NULL;
    /* Warm up: opens the gazetteer. */
    if (dm_story_extract(ctx, NULL, text, len, "bench", NULL, &story) != DM_OK) {
        fprintf(stderr, "bench: %s\n", dm_context_last_error(ctx));
        return 1;
    }
    dm_story_destroy(story);
    enum { RUNS = 50 };
    double t[RUNS];
    for (int r = 0; r < RUNS; r++) {
        double t0 = now_ms();
        dm_story_extract(ctx, NULL, text, len, "bench", NULL, &story);
        t[r] = now_ms() - t0;
        dm_story_destroy(story);
    }
    qsort(t, RUNS, sizeof t[0], cmp);
    size_t w = words(text);
    printf("words %zu  median %.2f ms  min %.2f ms  => %.2f ms per 1,000 words\n", w, t[RUNS / 2], t[0],
           t[RUNS / 2] * 1000.0 / (double)w);
    dm_context_destroy(ctx);
    free(text);
    return 0;
}
