/* Fuzz target: the geocoder's query path (dm_geocode) with the shipped
 * gazetteer. The input is "QUERY" or, after a NUL byte, option bytes:
 * a country code (2 bytes), near flag, lat/lon bytes and a limit. */
#include "diplomap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dm_context_t *ctx;
    static dm_gazetteer_t *gaz;
    if (!ctx && !(ctx = dm_context_create()))
        abort();
    if (!gaz && dm_gazetteer_open(ctx, NULL, &gaz) != DM_OK)
        abort();
    if (size > 4096)
        return 0;
    const uint8_t *nul = memchr(data, 0, size);
    size_t qlen = nul ? (size_t)(nul - data) : size;
    char *query = malloc(qlen + 1);
    if (!query)
        return 0;
    memcpy(query, data, qlen);
    query[qlen] = '\0';
    dm_geocode_options_t opts;
    dm_geocode_options_init(&opts);
    char country[3] = {0};
    if (nul) {
        const uint8_t *o = nul + 1;
        size_t n = size - qlen - 1;
        if (n >= 2 && o[0] != '-') {
            country[0] = (char)o[0];
            country[1] = (char)o[1];
            opts.country = country;
        }
        if (n >= 5 && (o[2] & 1)) {
            opts.has_near = 1;
            /* Mostly in range, sometimes not, so the range check runs. */
            opts.near_lat = ((int)o[3] - 128) * 0.75;
            opts.near_lon = ((int)o[4] - 128) * 1.5;
        }
        if (n >= 6)
            opts.limit = o[5] % 120;
    }
    dm_geocode_result_t r = {0};
    dm_status_t st = dm_geocode(gaz, query, &opts, &r);
    if (st == DM_OK) {
        if (r.count == 0 || !r.candidates)
            abort();
        for (size_t i = 0; i < r.count; i++)
            if (!r.candidates[i].name || !(r.candidates[i].lat >= -90 && r.candidates[i].lat <= 90))
                abort();
    }
    dm_geocode_result_clear(&r);
    free(query);
    return 0;
}
