/* Geocoder tests: the table in geocode_cases.tsv (queries with expected
 * points and tolerances in km), errors for unknown and empty queries, the
 * extractor's internal API, text normalisation, and corrupt indexes (which
 * must give DM_ERR_DATA, never a crash). argv[1] is the data directory; the
 * index is found as dm_gazetteer_open(ctx, NULL) finds it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"
#include "gazetteer-private.h"
#include "resolve-private.h"
#include "textnorm-private.h"

#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *data_dir;

typedef struct {
    dm_context_t *ctx;
    dm_gazetteer_t *gaz;
} fixture_t;

static int setup(void **state)
{
    fixture_t *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->ctx = dm_context_create();
    assert_non_null(f->ctx);
    /* argv[1] is the source tree's geodata, which holds no index (a build
     * product): a data directory without one is an error now, not a
     * fall-back to the build tree, so use it only when it has one. */
    if (data_dir && dm_context_set_data_dir(f->ctx, data_dir) == DM_OK) {
        dm_gazetteer_t *probe = NULL;
        if (dm_gazetteer_open(f->ctx, NULL, &probe) != DM_OK) {
            dm_context_destroy(f->ctx);
            f->ctx = dm_context_create();
            assert_non_null(f->ctx);
        }
        dm_gazetteer_close(probe);
    }
    dm_status_t st = dm_gazetteer_open(f->ctx, NULL, &f->gaz);
    if (st != DM_OK)
        fail_msg("cannot open the gazetteer: %s", dm_context_last_error(f->ctx));
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture_t *f = *state;
    dm_gazetteer_close(f->gaz);
    dm_context_destroy(f->ctx);
    free(f);
    return 0;
}

static double distance_km(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = 3.14159265358979323846 / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * 6371.0088 * asin(sqrt(a < 1 ? a : 1));
}

static char *cases_path(void)
{
    const char *src = getenv("DM_SOURCE_DIR");
    if (src && *src)
        return g_build_filename(src, "tests", "unit", "geocode_cases.tsv", NULL);
    char *dir = g_path_get_dirname(__FILE__);
    char *p = g_build_filename(dir, "geocode_cases.tsv", NULL);
    g_free(dir);
    return p;
}

static void parse_options(char *s, dm_geocode_options_t *o, char *country)
{
    if (strcmp(s, "-") == 0)
        return;
    char **v = g_strsplit(s, " ", -1);
    for (char **p = v; *p; p++) {
        if (g_str_has_prefix(*p, "country=")) {
            g_strlcpy(country, *p + 8, 3);
            o->country = country;
        } else if (g_str_has_prefix(*p, "near=")) {
            char *semi = strchr(*p, ';');
            assert_non_null(semi);
            o->has_near = 1;
            o->near_lat = g_ascii_strtod(*p + 5, NULL);
            o->near_lon = g_ascii_strtod(semi + 1, NULL);
        } else if (g_str_has_prefix(*p, "limit=")) {
            o->limit = (size_t)g_ascii_strtoull(*p + 6, NULL, 10);
        } else {
            fail_msg("bad option '%s' in the case table", *p);
        }
    }
    g_strfreev(v);
}

static void test_table(void **state)
{
    fixture_t *f = *state;
    char *path = cases_path();
    char *text = NULL;
    gsize len = 0;
    if (!g_file_get_contents(path, &text, &len, NULL))
        fail_msg("cannot read %s", path);
    char **lines = g_strsplit(text, "\n", -1);
    int cases = 0, failures = 0;
    for (char **l = lines; *l; l++) {
        if (**l == '#' || **l == '\0')
            continue;
        char **c = g_strsplit(*l, "\t", -1);
        if (g_strv_length(c) != 7) {
            fprintf(stderr, "bad case line: %s\n", *l);
            failures++;
            g_strfreev(c);
            continue;
        }
        cases++;
        dm_geocode_options_t o;
        dm_geocode_options_init(&o);
        char country[3] = "";
        parse_options(c[1], &o, country);
        dm_geocode_result_t r;
        dm_status_t st = dm_geocode(f->gaz, c[0], &o, &r);
        if (st != DM_OK) {
            fprintf(stderr, "FAIL '%s': %s\n", c[0], dm_context_last_error(f->ctx));
            failures++;
            g_strfreev(c);
            continue;
        }
        const dm_geocode_candidate_t *best = &r.candidates[0];
        int ok = 1;
        if (strcmp(c[2], "-") != 0) {
            double d = distance_km(best->lat, best->lon, g_ascii_strtod(c[2], NULL), g_ascii_strtod(c[3], NULL));
            if (d > g_ascii_strtod(c[4], NULL)) {
                fprintf(stderr, "FAIL '%s' [%s]: got %s (%.5f, %.5f) %s, %.1f km from expected (tolerance %s km)\n",
                        c[0], c[1], best->name, best->lat, best->lon, best->source, d, c[4]);
                ok = 0;
            }
        }
        if (ok && strcmp(c[5], "-") != 0 && strcmp(dm_place_kind_name(best->kind), c[5]) != 0) {
            fprintf(stderr, "FAIL '%s': kind %s, expected %s (%s)\n", c[0], dm_place_kind_name(best->kind), c[5], best->source);
            ok = 0;
        }
        if (ok && strcmp(c[6], "-") != 0 && strcmp(best->country, c[6]) != 0) {
            fprintf(stderr, "FAIL '%s': country %s, expected %s (%s)\n", c[0], best->country, c[6], best->source);
            ok = 0;
        }
        if (ok && !(r.confidence > 0 && r.confidence <= 1)) {
            fprintf(stderr, "FAIL '%s': confidence %g out of (0, 1]\n", c[0], r.confidence);
            ok = 0;
        }
        for (size_t i = 1; ok && i < r.count; i++)
            if (r.candidates[i].score > r.candidates[i - 1].score + 1e-12) {
                fprintf(stderr, "FAIL '%s': candidates not sorted by score\n", c[0]);
                ok = 0;
            }
        failures += !ok;
        dm_geocode_result_clear(&r);
        g_strfreev(c);
    }
    fprintf(stderr, "geocode table: %d cases, %d failed\n", cases, failures);
    g_strfreev(lines);
    g_free(text);
    g_free(path);
    assert_true(cases >= 150);
    assert_int_equal(failures, 0);
}

static void test_errors(void **state)
{
    fixture_t *f = *state;
    dm_geocode_result_t r;
    assert_int_equal(dm_geocode(f->gaz, "Xyzzyville", NULL, &r), DM_ERR_NOT_FOUND);
    assert_string_equal(dm_context_last_error(f->ctx), "no place matches 'Xyzzyville'");
    assert_null(r.candidates);
    assert_int_equal(r.count, 0);
    assert_int_equal(dm_geocode(f->gaz, "", NULL, &r), DM_ERR_USAGE);
    assert_int_equal(dm_geocode(f->gaz, "   ", NULL, &r), DM_ERR_USAGE);
    assert_int_equal(dm_geocode(f->gaz, NULL, NULL, &r), DM_ERR_USAGE);
    assert_int_equal(dm_geocode(f->gaz, "!!!", NULL, &r), DM_ERR_NOT_FOUND);
    assert_int_equal(dm_geocode(f->gaz, "\xff\xfe", NULL, &r), DM_ERR_INPUT);
    dm_geocode_options_t o;
    dm_geocode_options_init(&o);
    assert_int_equal(o.limit, 5);
    o.country = "USA";
    assert_int_equal(dm_geocode(f->gaz, "Paris", &o, &r), DM_ERR_USAGE);
    o.country = "KP";
    assert_int_equal(dm_geocode(f->gaz, "Paris", &o, &r), DM_ERR_NOT_FOUND);
    o.country = NULL;
    o.has_near = 1;
    o.near_lat = 91;
    assert_int_equal(dm_geocode(f->gaz, "Paris", &o, &r), DM_ERR_USAGE);
    /* limit bounds the candidates */
    dm_geocode_options_init(&o);
    o.limit = 1;
    assert_int_equal(dm_geocode(f->gaz, "Springfield", &o, &r), DM_OK);
    assert_int_equal(r.count, 1);
    dm_geocode_result_clear(&r);
    o.limit = 3;
    assert_int_equal(dm_geocode(f->gaz, "Springfield", &o, &r), DM_OK);
    assert_int_equal(r.count, 3);
    assert_true(r.confidence < 0.9); /* many Springfields: flagged ambiguous */
    dm_geocode_result_clear(&r);
    dm_geocode_result_clear(NULL);
}

static void test_confidence(void **state)
{
    fixture_t *f = *state;
    dm_geocode_result_t r;
    assert_int_equal(dm_geocode(f->gaz, "Pyongyang", NULL, &r), DM_OK);
    assert_true(r.confidence >= 0.9);
    assert_string_equal(r.candidates[0].source, "geonames:1871859");
    assert_true(r.candidates[0].population > 1000000);
    double pyongyang = r.confidence;
    dm_geocode_result_clear(&r);
    assert_int_equal(dm_geocode(f->gaz, "Portland", NULL, &r), DM_OK);
    assert_true(r.count >= 2);
    assert_true(r.confidence < pyongyang);
    dm_geocode_result_clear(&r);
    /* A typo matches, with less confidence than the exact name. */
    assert_int_equal(dm_geocode(f->gaz, "Pyongyng", NULL, &r), DM_OK);
    assert_true(r.confidence < pyongyang);
    dm_geocode_result_clear(&r);
    /* Short names are never fuzzy-matched. */
    assert_int_equal(dm_geocode(f->gaz, "Qxzu", NULL, &r), DM_ERR_NOT_FOUND);
}

static void test_internal_api(void **state)
{
    fixture_t *f = *state;
    dmi_gaz_entry_t e[16];
    size_t n = dmi_gazetteer_match(f->gaz, "Pyongyang", 9, e, 16);
    assert_true(n >= 1);
    assert_string_equal(e[0].country, "KP");
    assert_true(e[0].is_capital);
    assert_false(e[0].is_demonym);
    assert_true(e[0].entry < dmi_gazetteer_record_count(f->gaz));
    n = dmi_gazetteer_match(f->gaz, "North Korean", strlen("North Korean"), e, 16);
    assert_true(n >= 1);
    assert_true(e[0].is_demonym);
    assert_int_equal(e[0].kind, DM_PLACE_COUNTRY);
    assert_string_equal(e[0].country, "KP");
    n = dmi_gazetteer_match(f->gaz, "DPRK", 4, e, 16);
    assert_true(n >= 1);
    assert_true(e[0].is_abbrev);
    n = dmi_gazetteer_match(f->gaz, "평양", strlen("평양"), e, 16);
    assert_true(n >= 1);
    assert_true(e[0].is_alternate);
    /* Only the first len bytes count. */
    n = dmi_gazetteer_match(f->gaz, "Seoul is", 5, e, 16);
    assert_true(n >= 1);
    assert_string_equal(e[0].country, "KR");
    assert_int_equal(dmi_gazetteer_match(f->gaz, "Xyzzyville", 10, e, 16), 0);
    assert_int_equal(dmi_gazetteer_match(f->gaz, "Pyongyang", 9, e, 0), 0);
    assert_true(dmi_gazetteer_has_prefix(f->gaz, "North", 5));
    assert_true(dmi_gazetteer_has_prefix(f->gaz, "North Korea", 11));
    assert_true(dmi_gazetteer_has_prefix(f->gaz, "Joint Security", 14));
    assert_false(dmi_gazetteer_has_prefix(f->gaz, "Xyzzy Qwerty", 12));
    assert_false(dmi_gazetteer_has_prefix(f->gaz, "Pyongyan", 8)); /* not a word boundary */
    /* Capitals by country code, named or not. */
    assert_int_equal(dmi_gazetteer_capital(f->gaz, "KP", &e[0]), 0);
    assert_string_equal(e[0].name, "Pyongyang");
    assert_true(e[0].is_capital);
    assert_int_equal(dmi_gazetteer_capital(f->gaz, "FR", &e[0]), 0);
    assert_string_equal(e[0].name, "Paris");
    assert_int_equal(dmi_gazetteer_capital(f->gaz, "kp", &e[0]), -1);
    assert_int_equal(dmi_gazetteer_capital(f->gaz, "XX", &e[0]), -1);
    assert_int_equal(dmi_gazetteer_capital(f->gaz, "", &e[0]), -1);
    /* Short display names of curated places, also matched as names. */
    n = dmi_gazetteer_match(f->gaz, "North Korean UN mission", strlen("North Korean UN mission"), e, 16);
    assert_true(n >= 1);
    assert_string_equal(e[0].display, "North Korean UN mission");
    assert_string_equal(e[0].name, "Permanent Mission of the DPRK to the United Nations");
    n = dmi_gazetteer_match(f->gaz, "Pyongyang", 9, e, 16);
    assert_string_equal(e[0].display, "Pyongyang");
}

/* The population of reading `source` of name, or -1 when the name has no such reading. */
static long long region_population(const dm_gazetteer_t *gaz, const char *name, const char *source)
{
    dmi_gaz_entry_t e[16];
    size_t n = dmi_gazetteer_match(gaz, name, strlen(name), e, 16);
    for (size_t i = 0; i < n; i++)
        if (e[i].source && strcmp(e[i].source, source) == 0)
            return (long long)e[i].population;
    return -1;
}

/* Twenty-first round (issue 15): a region's population is that of the GeoNames places inside
 * it when Natural Earth's GeoNames code for it is out of date or shared: County Waterford was
 * recorded with one village's 806 people, Cornwall with the Isles of Scilly's 4,958; a unit
 * drawn as several features (Dublin's four councils) counts all of them. */
static void test_region_populations(void **state)
{
    fixture_t *f = *state;
    assert_true(region_population(f->gaz, "Waterford", "iso3166-2:IE-WD") > 10000);
    assert_true(region_population(f->gaz, "Cornwall", "iso3166-2:GB-CON") > 100000);
    assert_true(region_population(f->gaz, "Dublin", "iso3166-2:IE-D") > 1500000);
    /* Units the code join got right keep their figure's order. */
    long long scilly = region_population(f->gaz, "Isles of Scilly", "iso3166-2:GB-IOS");
    assert_true(scilly > 0 && scilly < 10000);
}

/* Names in other scripts for map labels (--lang ko). */
static void test_name_in(void **state)
{
    fixture_t *f = *state;
    const char *s = dmi_gazetteer_name_in(f->gaz, "Panmunjom", 37.956, 126.677, "ko");
    assert_non_null(s);
    assert_string_equal(s, "판문점");
    s = dmi_gazetteer_name_in(f->gaz, "Pyongyang", 39.03, 125.75, "ko");
    assert_non_null(s);
    assert_string_equal(s, "평양");
    s = dmi_gazetteer_name_in(f->gaz, "Seoul", 37.57, 126.98, "ko");
    assert_non_null(s);
    assert_string_equal(s, "서울");
    /* Countries from iso-codes' Korean translations; display names too. */
    assert_non_null(dmi_gazetteer_name_in(f->gaz, "North Korea", 40.0, 127.0, "ko"));
    assert_non_null(dmi_gazetteer_name_in(f->gaz, "North Korean UN mission", 40.7508, -73.9711, "ko"));
    assert_non_null(dmi_gazetteer_name_in(f->gaz, "Washington", 38.895, -77.036, "ko"));
    /* Too far from any record of that name; unknown language; unknown name. */
    assert_null(dmi_gazetteer_name_in(f->gaz, "Pyongyang", 48.85, 2.35, "ko"));
    assert_null(dmi_gazetteer_name_in(f->gaz, "Pyongyang", 39.03, 125.75, "xx"));
    assert_null(dmi_gazetteer_name_in(f->gaz, "Xyzzyville", 39.03, 125.75, "ko"));
    assert_null(dmi_gazetteer_name_in(f->gaz, NULL, 0, 0, "ko"));
    s = dmi_gazetteer_name_in(f->gaz, "Permanent Mission of the DPRK to the United Nations", 40.7508, -73.9711, "en");
    assert_non_null(s);
    assert_string_equal(s, "North Korean UN mission");
}

static void check_norm(const char *in, const char *want)
{
    char *got = dmi_text_normalize(in, -1);
    assert_non_null(got);
    if (strcmp(got, want) != 0)
        fail_msg("normalize('%s') = '%s', expected '%s'", in, got, want);
    g_free(got);
}

static void test_textnorm(void **state)
{
    (void)state;
    check_norm("Hà Nội", "ha noi");
    check_norm("P'yŏngyang", "pyongyang");
    check_norm("P’yŏngyang", "pyongyang");
    check_norm("Pʼyŏngyang", "pyongyang");
    check_norm("  Mar-a-Lago ", "mar a lago");
    check_norm("Côte d'Ivoire", "cote divoire");
    check_norm("STRAßE", "strasse");
    check_norm("Łódź", "lodz");
    check_norm("ＰＹＯＮＧＹＡＮＧ", "pyongyang");  /* NFKC: full-width */
    check_norm("Москва", "москва");
    check_norm("Ёлки", "елки");
    check_norm("평양", "평양");
    check_norm("がっこう", "がっこう");  /* kana marks survive */
    check_norm("Washington, D.C.", "washington d c");
    char *sq = dmi_text_squash("ha noi");
    assert_string_equal(sq, "hanoi");
    g_free(sq);
    char k[64];
    g_strlcpy(k, "서울특별시", sizeof k);
    assert_true(dmi_text_strip_korean_suffix(k));
    assert_string_equal(k, "서울");
    g_strlcpy(k, "평양시", sizeof k);
    assert_true(dmi_text_strip_korean_suffix(k));
    assert_string_equal(k, "평양");
    g_strlcpy(k, "부산광역시", sizeof k);
    assert_true(dmi_text_strip_korean_suffix(k));
    assert_string_equal(k, "부산");
    g_strlcpy(k, "시", sizeof k);
    assert_false(dmi_text_strip_korean_suffix(k));
    assert_null(dmi_text_normalize("\xc3\x28", -1));
    assert_int_equal(dmi_text_edit_distance("pyongyang", "pyongyng", 2), 1);
    assert_int_equal(dmi_text_edit_distance("kitten", "sitting", 5), 3);
    assert_int_equal(dmi_text_edit_distance("abc", "xyzxyz", 1), 2);
}

/* Write bytes to a temporary file; return its path (g_free). */
static char *write_temp(const void *data, size_t len)
{
    char *path = NULL;
    int fd = g_file_open_tmp("dm-gaz-XXXXXX.idx", &path, NULL);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "wb");
    assert_non_null(fp);
    if (len)
        assert_int_equal(fwrite(data, 1, len, fp), len);
    assert_int_equal(fclose(fp), 0);
    return path;
}

static void expect_corrupt(dm_context_t *ctx, const void *data, size_t len)
{
    char *path = write_temp(data, len);
    dm_gazetteer_t *g = NULL;
    dm_status_t st = dm_gazetteer_open(ctx, path, &g);
    assert_int_equal(st, DM_ERR_DATA);
    assert_null(g);
    assert_non_null(strstr(dm_context_last_error(ctx), "corrupt"));
    remove(path);
    g_free(path);
}

static void test_corrupt(void **state)
{
    fixture_t *f = *state;
    /* Bytes of the real index. */
    const unsigned char *base = (const unsigned char *)f->gaz->base;
    size_t size = f->gaz->size;

    static const char garbage[] = "this is not a gazetteer index, just some text that is long enough "
                                  "to cover a header and then some more bytes for good measure.....";
    expect_corrupt(f->ctx, garbage, sizeof garbage);
    expect_corrupt(f->ctx, base, 16);                /* truncated in the header */
    expect_corrupt(f->ctx, base, size / 2);          /* truncated in the body */
    expect_corrupt(f->ctx, base, size - 8);

    unsigned char *copy = malloc(size);
    assert_non_null(copy);
    memcpy(copy, base, size);
    copy[9] ^= 0x40; /* version / header checksum */
    expect_corrupt(f->ctx, copy, size);

    /* An empty file and a missing one are reported too. */
    dm_gazetteer_t *g = NULL;
    char *path = write_temp("", 0);
    assert_int_equal(dm_gazetteer_open(f->ctx, path, &g), DM_ERR_DATA);
    remove(path);
    g_free(path);
    assert_int_equal(dm_gazetteer_open(f->ctx, "/nonexistent/gazetteer.idx", &g), DM_ERR_DATA);
    assert_non_null(strstr(dm_context_last_error(f->ctx), "/nonexistent/gazetteer.idx"));

    /* A valid header over a damaged body: every lookup either answers or
     * reports DM_ERR_DATA. Overwrite key and bucket sections with noise. */
    memcpy(copy, base, size);
    const dmi_gaz_header_t *h = (const dmi_gaz_header_t *)copy;
    uint32_t seed = 12345;
    for (uint64_t i = h->keys_off; i < h->pool_off; i += 7) {
        seed = seed * 1103515245u + 12345u;
        copy[i] = (unsigned char)(seed >> 16);
    }
    for (uint64_t i = h->records_off; i < h->keys_off; i += 13) {
        seed = seed * 1103515245u + 12345u;
        copy[i] = (unsigned char)(seed >> 16);
    }
    path = write_temp(copy, size);
    assert_int_equal(dm_gazetteer_open(f->ctx, path, &g), DM_OK);
    static const char *const queries[] = {"Pyongyang", "Seoul", "Washington", "Paris, Texas",
                                          "Pyongyng", "the Kremlin", "Hà Nội", "Portland"};
    for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
        dm_geocode_result_t r;
        dm_status_t st = dm_geocode(g, queries[i], NULL, &r);
        assert_true(st == DM_OK || st == DM_ERR_DATA || st == DM_ERR_NOT_FOUND);
        dm_geocode_result_clear(&r);
        dmi_gaz_entry_t e[8];
        (void)dmi_gazetteer_match(g, queries[i], strlen(queries[i]), e, 8);
        (void)dmi_gazetteer_has_prefix(g, queries[i], strlen(queries[i]));
    }
    dm_gazetteer_close(g);
    remove(path);
    g_free(path);
    free(copy);
    dm_gazetteer_close(NULL);
}
/* The reading of name whose source is source, or NULL. */
static const dmi_gaz_entry_t *reading(const dm_gazetteer_t *gaz, const char *name, const char *source,
                                      dmi_gaz_entry_t *out)
{
    dmi_gaz_entry_t e[16];
    size_t n = dmi_gazetteer_match(gaz, name, strlen(name), e, 16);
    for (size_t i = 0; i < n; i++)
        if (e[i].source && strcmp(e[i].source, source) == 0) {
            *out = e[i];
            return out;
        }
    return NULL;
}

/* Twenty-eighth round (issue 15, engineer far): one call says a town or a
 * county lies in a state, for the resolver and for merging events. A county
 * is no state of its own; a state lies in no state. */
static void test_in_state(void **state)
{
    fixture_t *f = *state;
    dmi_gaz_entry_t nj, newark, ohio_newark, essex, essex_ma;
    assert_non_null(reading(f->gaz, "New Jersey", "iso3166-2:US-NJ", &nj));
    assert_non_null(reading(f->gaz, "Newark", "geonames:5101798", &newark));
    assert_non_null(reading(f->gaz, "Newark", "geonames:5164466", &ohio_newark));
    assert_non_null(reading(f->gaz, "Essex County", "uscensus:US-34013", &essex));
    assert_non_null(reading(f->gaz, "Essex County", "uscensus:US-25009", &essex_ma));
    assert_true(dmi_places_in_state(f->gaz, &nj, &newark));
    assert_true(dmi_places_in_state(f->gaz, &nj, &essex));
    assert_false(dmi_places_in_state(f->gaz, &nj, &ohio_newark));
    assert_false(dmi_places_in_state(f->gaz, &nj, &essex_ma));
    assert_false(dmi_places_in_state(f->gaz, &essex, &newark)); /* a county holds no state's towns */
    assert_false(dmi_places_in_state(f->gaz, &nj, &nj));        /* nor a state itself */
    /* A town's own state, without the state's record. */
    assert_true(dmi_places_same_state(f->gaz, &essex, &newark));
}

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : NULL;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_textnorm),
        cmocka_unit_test_setup_teardown(test_table, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_confidence, setup, teardown),
        cmocka_unit_test_setup_teardown(test_internal_api, setup, teardown),
        cmocka_unit_test_setup_teardown(test_region_populations, setup, teardown),
        cmocka_unit_test_setup_teardown(test_name_in, setup, teardown),
        cmocka_unit_test_setup_teardown(test_in_state, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corrupt, setup, teardown),
    };
    return cmocka_run_group_tests_name("geocode", tests, NULL, NULL);
}
