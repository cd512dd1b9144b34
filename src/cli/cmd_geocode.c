/* diplomap geocode [--json] [--country CC] [--near LAT,LON] [--limit N] QUERY...
 * docs/formats.md section 3: one JSON object per query, in order; exit 1 when
 * any query is unknown, 2 for bad usage (an empty query included). */
#include "cli.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const dm_cli_option_t options[] = {
    {"--country", 0, "CC", "prefer places in this country (ISO 3166-1 alpha-2); others are excluded"},
    {"--json", 0, NULL, "print a JSON array (docs/formats.md section 3)"},
    {"--limit", 0, "N", "most candidates per query, best included (default 5, 1..100)"},
    {"--near", 0, "LAT,LON", "prefer places near this point (degrees)"},
};

static double round_to(double v, double unit)
{
    return round(v / unit) * unit;
}

static int parse_near(const char *v, double *lat, double *lon)
{
    char *end = NULL;
    errno = 0;
    *lat = strtod(v, &end);
    if (end == v || *end != ',' || errno)
        return -1;
    const char *p = end + 1;
    *lon = strtod(p, &end);
    if (end == p || *end != '\0' || errno)
        return -1;
    return (*lat >= -90 && *lat <= 90 && *lon >= -180 && *lon <= 180) ? 0 : -1;
}

static int parse_limit(const char *v, size_t *out)
{
    char *end = NULL;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (end == v || *end != '\0' || errno || n < 1 || n > 100)
        return -1;
    *out = (size_t)n;
    return 0;
}

/* jansson refuses invalid UTF-8 (a corrupt index): fall back to "". */
static json_t *jstr(const char *s)
{
    json_t *j = json_string(s ? s : "");
    return j ? j : json_string("");
}

static json_t *place_json(const char *query, const dm_geocode_result_t *r)
{
    const dm_geocode_candidate_t *c = &r->candidates[0];
    json_t *o = json_object();
    json_object_set_new(o, "query", jstr(query));
    json_object_set_new(o, "name", jstr(c->name));
    json_object_set_new(o, "lat", json_real(round_to(c->lat, 1e-5)));
    json_object_set_new(o, "lon", json_real(round_to(c->lon, 1e-5)));
    json_object_set_new(o, "kind", json_string(dm_place_kind_name(c->kind)));
    json_object_set_new(o, "country", jstr(c->country));
    json_object_set_new(o, "confidence", json_real(round_to(r->confidence, 0.01)));
    json_object_set_new(o, "source", jstr(c->source));
    if (c->population > 0)
        json_object_set_new(o, "population", json_integer(c->population));
    json_t *arr = json_array();
    for (size_t i = 1; i < r->count; i++) {
        const dm_geocode_candidate_t *d = &r->candidates[i];
        json_t *e = json_object();
        json_object_set_new(e, "name", jstr(d->name));
        json_object_set_new(e, "lat", json_real(round_to(d->lat, 1e-5)));
        json_object_set_new(e, "lon", json_real(round_to(d->lon, 1e-5)));
        json_object_set_new(e, "kind", json_string(dm_place_kind_name(d->kind)));
        json_object_set_new(e, "country", jstr(d->country));
        json_object_set_new(e, "score", json_real(round_to(d->score, 0.01)));
        json_object_set_new(e, "source", jstr(d->source));
        json_array_append_new(arr, e);
    }
    json_object_set_new(o, "candidates", arr);
    return o;
}

static void print_text(const char *query, const dm_geocode_result_t *r)
{
    const dm_geocode_candidate_t *c = &r->candidates[0];
    printf("%s\t%s\t%.5f\t%.5f\t%s\t%s\t%.2f\t%s\n", query, c->name, c->lat, c->lon,
           dm_place_kind_name(c->kind), c->country[0] ? c->country : "-", r->confidence, c->source);
    for (size_t i = 1; i < r->count; i++) {
        const dm_geocode_candidate_t *d = &r->candidates[i];
        printf("    or\t%s\t%.5f\t%.5f\t%s\t%s\t%.2f\t%s\n", d->name, d->lat, d->lon,
               dm_place_kind_name(d->kind), d->country[0] ? d->country : "-", d->score, d->source);
    }
}

static int run(const dm_cli_args_t *args)
{
    int rc = DM_EXIT_OK;
    dm_context_t *ctx = NULL;
    dm_gazetteer_t *gaz = NULL;
    json_t *out = NULL;
    dm_geocode_options_t opts;
    dm_geocode_options_init(&opts);
    int as_json = dm_cli_flag(args, "--json");

    const char *cc = dm_cli_value(args, "--country");
    if (cc) {
        size_t n = strlen(cc);
        if (n != 2 || !((cc[0] | 0x20) >= 'a' && (cc[0] | 0x20) <= 'z') ||
            !((cc[1] | 0x20) >= 'a' && (cc[1] | 0x20) <= 'z')) {
            dm_cli_error("geocode: --country: '%s' is not an ISO 3166-1 alpha-2 code", cc);
            return DM_EXIT_USAGE;
        }
        opts.country = cc;
    }
    const char *near = dm_cli_value(args, "--near");
    if (near) {
        if (parse_near(near, &opts.near_lat, &opts.near_lon) != 0) {
            dm_cli_error("geocode: --near: '%s' is not LAT,LON in degrees", near);
            return DM_EXIT_USAGE;
        }
        opts.has_near = 1;
    }
    const char *limit = dm_cli_value(args, "--limit");
    if (limit && parse_limit(limit, &opts.limit) != 0) {
        dm_cli_error("geocode: --limit: '%s' is not an integer in [1, 100]", limit);
        return DM_EXIT_USAGE;
    }

    ctx = dm_cli_context();
    if (!ctx)
        return DM_EXIT_FAILURE;
    dm_status_t st = dm_gazetteer_open(ctx, NULL, &gaz);
    if (st != DM_OK) {
        rc = dm_cli_fail(ctx, st);
        goto out;
    }
    if (as_json)
        out = json_array();
    for (size_t i = 0; i < args->positional_count; i++) {
        const char *q = args->positional[i];
        dm_geocode_result_t res;
        st = dm_geocode(gaz, q, &opts, &res);
        if (st == DM_OK) {
            if (as_json)
                json_array_append_new(out, place_json(q, &res));
            else
                print_text(q, &res);
            dm_geocode_result_clear(&res);
            continue;
        }
        if (st != DM_ERR_NOT_FOUND && !dm_status_is_input_error(st)) {
            /* Unreadable data, out of memory: nothing sensible to print. */
            rc = dm_cli_fail(ctx, st);
            goto out;
        }
        const char *msg = dm_context_last_error(ctx);
        dm_cli_error("%s", msg);
        if (as_json) {
            json_t *o = json_object();
            json_object_set_new(o, "query", jstr(q));
            json_object_set_new(o, "error", jstr(msg));
            json_array_append_new(out, o);
        }
        int code = dm_status_is_input_error(st) ? DM_EXIT_USAGE : DM_EXIT_FAILURE;
        if (code > rc)
            rc = code;
    }
    if (as_json) {
        char *text = json_dumps(out, JSON_INDENT(2) | JSON_REAL_PRECISION(10));
        if (!text) {
            dm_cli_error("out of memory");
            rc = DM_EXIT_FAILURE;
            goto out;
        }
        puts(text);
        free(text);
    }
    if (fflush(stdout) != 0) {
        dm_cli_error("cannot write to standard output");
        rc = DM_EXIT_FAILURE;
    }
out:
    json_decref(out);
    dm_gazetteer_close(gaz);
    dm_context_destroy(ctx);
    return rc;
}

const dm_cli_command_t dm_cli_geocode_command = {
    .name = "geocode",
    .usage = "[--json] [--country CC] [--near LAT,LON] [--limit N] QUERY...",
    .summary = "find places by name (offline gazetteer); exit 1 when any query is unknown",
    .options = options,
    .option_count = sizeof options / sizeof options[0],
    .min_positional = 1,
    .max_positional = SIZE_MAX,
    .run = run,
};
