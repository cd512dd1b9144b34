/* Geocoder benchmark (not part of ctest):
 *   bench_geocode [SECONDS]
 * reports exact lookups per second on one core (dmi_gazetteer_match, the
 * extractor's path, normalisation included), full dm_geocode() calls per
 * second, the cost of opening the index, its size and the resident memory.
 * Start-up to first answer of the CLI is measured by bench_geocode.sh. */
#include "diplomap.h"
#include "gazetteer-private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            v = strtol(line + 6, NULL, 10);
    fclose(f);
    return v;
}

static const char *const queries[] = {
    "Pyongyang", "Seoul", "Washington", "New York", "Singapore", "Hanoi", "Panmunjom",
    "Beijing", "Tokyo", "Moscow", "Kyiv", "Tehran", "Geneva", "Kremlin", "DMZ",
    "North Korean", "Paris", "London", "Berlin", "Kaesong", "Sentosa", "Busan",
    "Vladivostok", "Yongbyon", "Anchorage", "Woodside", "Doha", "Cairo", "Lima", "Ottawa",
};
#define NQ (sizeof queries / sizeof queries[0])

int main(int argc, char **argv)
{
    double seconds = argc > 1 ? strtod(argv[1], NULL) : 2.0;
    dm_context_t *ctx = dm_context_create();
    dm_gazetteer_t *gaz = NULL;
    long rss0 = rss_kib();
    double t0 = now();
    if (dm_gazetteer_open(ctx, NULL, &gaz) != DM_OK) {
        fprintf(stderr, "bench_geocode: %s\n", dm_context_last_error(ctx));
        return 1;
    }
    double t_open = now() - t0;
    size_t lens[NQ];
    for (size_t i = 0; i < NQ; i++)
        lens[i] = strlen(queries[i]);

    dmi_gaz_entry_t e[8];
    size_t found = 0, n = 0;
    t0 = now();
    double t;
    do {
        for (int rep = 0; rep < 1000; rep++)
            for (size_t i = 0; i < NQ; i++, n++)
                found += dmi_gazetteer_match(gaz, queries[i], lens[i], e, 8) > 0;
        t = now() - t0;
    } while (t < seconds);
    double exact_rate = n / t;

    size_t m = 0;
    t0 = now();
    do {
        for (int rep = 0; rep < 100; rep++)
            for (size_t i = 0; i < NQ; i++, m++) {
                dm_geocode_result_t r;
                if (dm_geocode(gaz, queries[i], NULL, &r) == DM_OK)
                    dm_geocode_result_clear(&r);
            }
        t = now() - t0;
    } while (t < seconds);
    double geocode_rate = m / t;

    printf("index: %s, %.1f MiB, %zu records\n", gaz->path, gaz->size / 1048576.0,
           dmi_gazetteer_record_count(gaz));
    printf("open: %.3f ms\n", t_open * 1e3);
    printf("exact lookups (dmi_gazetteer_match): %.0f /s (%zu of %zu found)\n", exact_rate, found, n);
    printf("dm_geocode (ranked, with candidates): %.0f /s\n", geocode_rate);
    printf("resident memory: %ld KiB (%ld KiB before opening)\n", rss_kib(), rss0);
    dm_gazetteer_close(gaz);
    dm_context_destroy(ctx);
    return 0;
}
