/* The extractor: the seed article against its gold file (../shared/eval/seed;
 * skipped, saying so, when ../shared is absent), the project's own articles
 * from other regions (tests/articles), article validation, code point
 * offsets and relative dates.
 *
 * Tolerances are in kilometres (great-circle); dates match when the story's
 * date starts with the expected one ("2025-06" matches "2025"). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"
#include "events_line.h"
#include "extract/extract-private.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static double km(double lat1, double lon1, double lat2, double lon2)
{
    const double d2r = M_PI / 180.0;
    double dp = (lat2 - lat1) * d2r, dl = (lon2 - lon1) * d2r;
    double h = sin(dp / 2) * sin(dp / 2) + cos(lat1 * d2r) * cos(lat2 * d2r) * sin(dl / 2) * sin(dl / 2);
    return 2 * 6371.0 * asin(fmin(1.0, sqrt(h)));
}

static char *path_join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    assert_non_null(p);
    snprintf(p, n, "%s/%s", a, b);
    return p;
}

static dm_story_t *extract(dm_context_t *ctx, const char *path)
{
    dm_extract_options_t opts;
    dm_extract_options_init(&opts);
    dm_story_t *story = NULL;
    dm_status_t st = dm_story_extract_file(ctx, NULL, path, &opts, &story);
    if (st != DM_OK)
        fail_msg("%s: %s", path, dm_context_last_error(ctx));
    return story;
}

/* A story place within tol_km of (lat, lon), of the given kind (or any). */
static const dm_place_t *place_near(const dm_story_t *s, double lat, double lon, double tol, int kind)
{
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if ((kind < 0 || (int)p->kind == kind) && km(p->lat, p->lon, lat, lon) <= tol)
            return p;
    }
    return NULL;
}

/* An event of the type, with a date starting with date (or any when NULL),
 * the status (or any when < 0) and a place within tol_km of (lat, lon). */
static const dm_event_t *event_near(const dm_story_t *s, dm_event_type_t type, const char *date, int status, double lat,
                                    double lon, double tol)
{
    for (size_t i = 0; i < dm_story_event_count(s); i++) {
        const dm_event_t *e = dm_story_event(s, i);
        if (e->type != type || (status >= 0 && (int)e->status != status))
            continue;
        if (date && (!e->date || strncmp(e->date, date, strlen(date)) != 0))
            continue;
        for (size_t k = 0; k < e->place_count; k++) {
            const dm_place_t *p = dm_story_find_place(s, e->places[k]);
            if (p && km(p->lat, p->lon, lat, lon) <= tol)
                return e;
        }
    }
    return NULL;
}

/* ---- the seed ------------------------------------------------------------ */

static void seed_matches_gold(void **state)
{
    (void)state;
    /* The seed and its gold are the publisher's text, kept outside the
     * repository: a clone with nothing beside it skips this case, visibly. */
    const char *shared = getenv("DM_SHARED_DIR");
    if (!shared)
        shared = DM_TEST_SOURCE_DIR "/../shared";
    char *gold_path = path_join(shared, "eval/seed/yonhap-2025-06-12.gold.json");
    FILE *probe = fopen(gold_path, "rb");
    if (!probe) {
        printf("SKIP: seed_matches_gold: %s not found (../shared absent)\n", gold_path);
        free(gold_path);
        skip();
    }
    fclose(probe);
    json_error_t jerr;
    json_t *gold = json_load_file(gold_path, 0, &jerr);
    if (!gold)
        fail_msg("%s:%d: %s", gold_path, jerr.line, jerr.text);
    char *article = path_join(shared, "articles/yonhap-2025-06-12-trump-kim-letter.txt");
    char *text = NULL;
    size_t text_len = 0;
    {
        FILE *f = fopen(article, "rb");
        assert_non_null(f);
        fseek(f, 0, SEEK_END);
        text_len = (size_t)ftell(f);
        fseek(f, 0, SEEK_SET);
        text = malloc(text_len + 1);
        assert_non_null(text);
        assert_int_equal(fread(text, 1, text_len, f), text_len);
        text[text_len] = '\0';
        fclose(f);
    }
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = extract(ctx, article);
    assert_string_equal(dm_story_date(s), json_string_value(json_object_get(gold, "date")));

    size_t i;
    json_t *g;
    json_array_foreach(json_object_get(gold, "places"), i, g)
    {
        if (json_is_true(json_object_get(g, "optional")))
            continue;
        const char *kind = json_string_value(json_object_get(g, "kind"));
        const dm_place_t *p =
            place_near(s, json_real_value(json_object_get(g, "lat")), json_real_value(json_object_get(g, "lon")),
                       json_number_value(json_object_get(g, "tol_km")), kind ? dm_place_kind_parse(kind) : -1);
        if (!p)
            fail_msg("seed: no place for gold %s", json_string_value(json_array_get(json_object_get(g, "names"), 0)));
    }
    /* No mention of a place is one of the not_places. Mention offsets are
     * code points; the seed is ASCII so they index bytes too. */
    json_array_foreach(json_object_get(gold, "not_places"), i, g)
    {
        const char *np = json_string_value(g);
        for (size_t k = 0; k < dm_story_place_count(s); k++) {
            const dm_place_t *p = dm_story_place(s, k);
            for (size_t m = 0; m < p->mention_count; m++) {
                size_t a = p->mentions[m].start, b = p->mentions[m].end;
                assert_true(a < b && b <= text_len);
                if (b - a == strlen(np) && strncasecmp(text + a, np, b - a) == 0)
                    fail_msg("seed: '%s' taken as place %s", np, p->id);
            }
        }
    }
    /* Every place other than a country is one the gold lists: nothing
     * spurious ("I'll" once read as Illinois through "Ill."). */
    for (size_t k = 0; k < dm_story_place_count(s); k++) {
        const dm_place_t *p = dm_story_place(s, k);
        if (p->kind == DM_PLACE_COUNTRY)
            continue;
        int listed = 0;
        json_array_foreach(json_object_get(gold, "places"), i, g)
        {
            double tol = json_number_value(json_object_get(g, "tol_km"));
            if (km(p->lat, p->lon, json_real_value(json_object_get(g, "lat")),
                   json_real_value(json_object_get(g, "lon"))) <= fmax(tol, 25.0))
                listed = 1;
        }
        if (!listed)
            fail_msg("seed: place %s (%s) is not in the gold", p->id, p->name);
    }
    json_array_foreach(json_object_get(gold, "events"), i, g)
    {
        if (json_is_true(json_object_get(g, "optional")))
            continue;
        int type = dm_event_type_parse(json_string_value(json_array_get(json_object_get(g, "types"), 0)));
        const char *st = json_string_value(json_object_get(g, "status"));
        json_t *near = json_object_get(g, "near");
        const dm_event_t *e =
            event_near(s, (dm_event_type_t)type, json_string_value(json_object_get(g, "when")),
                       st ? dm_event_status_parse(st) : -1, json_number_value(json_array_get(near, 0)),
                       json_number_value(json_array_get(near, 1)), json_number_value(json_object_get(g, "tol_km")));
        if (!e)
            fail_msg("seed: no event for gold '%s'", json_string_value(json_object_get(g, "about")));
    }
    /* The optional White House briefing is found too. */
    assert_non_null(event_near(s, DM_EVENT_STATEMENT, "2025-06-11", -1, 38.8977, -77.0365, 25));
    /* A title from the main event, naming the refused letter. */
    assert_non_null(strstr(dm_story_title(s), "letter"));
    assert_non_null(strstr(dm_story_title(s), "refused"));
    /* The letter goes [from Washington, to the mission]. */
    const dm_event_t *letter = event_near(s, DM_EVENT_LETTER, "2025", DM_EVENT_REFUSED, 40.75078, -73.97111, 10);
    assert_non_null(letter);
    assert_int_equal(letter->place_count, 2);
    const dm_place_t *from = dm_story_find_place(s, letter->places[0]);
    assert_true(km(from->lat, from->lon, 38.8977, -77.0365) < 25);
    /* One marker in Washington: the White House and the State Department
     * are merged into the city, with their mentions. */
    size_t in_dc = 0;
    for (size_t k = 0; k < dm_story_place_count(s); k++) {
        const dm_place_t *p = dm_story_place(s, k);
        if (km(p->lat, p->lon, 38.8977, -77.0365) < 5)
            in_dc++;
    }
    assert_int_equal(in_dc, 1);
    const dm_place_t *dc = place_near(s, 38.8977, -77.0365, 5, -1);
    assert_string_equal(dc->name, "Washington");
    assert_true(dc->mention_count >= 4);
    /* The mission keeps its own marker (the letter was refused there) and
     * its short name. */
    const dm_place_t *mission = dm_story_find_place(s, letter->places[1]);
    assert_string_equal(mission->name, "North Korean UN mission");
    dm_story_destroy(s);
    dm_context_destroy(ctx);
    json_decref(gold);
    free(text);
    free(article);
    free(gold_path);
}

/* ---- the project's own articles ----------------------------------------- */

typedef struct {
    const char *file;
    double lat, lon, tol; /* a place that must be there */
} place_case_t;

typedef struct {
    const char *file;
    dm_event_type_t type;
    const char *date;
    int status;
    double lat, lon, tol;
} event_case_t;

static const place_case_t place_cases[] = {
    {"europe-helsinki-arms-talks.txt", 60.1699, 24.9384, 25},   /* Helsinki */
    {"europe-helsinki-arms-talks.txt", 61.2181, -149.9003, 25}, /* Anchorage */
    {"europe-helsinki-arms-talks.txt", 55.7558, 37.6173, 25},   /* Moscow */
    {"europe-helsinki-arms-talks.txt", 47.4979, 19.0402, 25},   /* Budapest */
    {"europe-helsinki-arms-talks.txt", 50.4501, 30.5234, 25},   /* Kyiv */
    {"mideast-doha-ceasefire.txt", 25.2854, 51.5310, 25},       /* Doha */
    {"mideast-doha-ceasefire.txt", 30.0444, 31.2357, 25},       /* Cairo */
    {"mideast-doha-ceasefire.txt", 31.7683, 35.2137, 25},       /* Jerusalem */
    {"mideast-doha-ceasefire.txt", 31.3462, 34.3063, 25},       /* Khan Younis */
    {"mideast-doha-ceasefire.txt", 35.6892, 51.3890, 25},       /* Tehran */
    {"americas-tariff-call.txt", 19.4326, -99.1332, 25},        /* Mexico City */
    {"americas-tariff-call.txt", 45.4215, -75.6972, 25},        /* Ottawa */
    {"americas-tariff-call.txt", 8.9824, -79.5199, 25},         /* Panama City */
    {"americas-tariff-call.txt", 4.7110, -74.0721, 25},         /* Bogota */
    {"africa-congo-rwanda-accord.txt", 38.8951, -77.0364, 25},  /* Washington */
    {"africa-congo-rwanda-accord.txt", -1.6792, 29.2228, 25},   /* Goma */
    {"africa-congo-rwanda-accord.txt", -4.4419, 15.2663, 25},   /* Kinshasa */
    {"africa-congo-rwanda-accord.txt", 9.0250, 38.7469, 25},    /* Addis Ababa */
    {"africa-congo-rwanda-accord.txt", -1.9441, 30.0619, 25},   /* Kigali */
};

static const event_case_t event_cases[] = {
    {"europe-helsinki-arms-talks.txt", DM_EVENT_TALKS, "2025-09-11", DM_EVENT_HELD, 60.1699, 24.9384, 25},
    {"europe-helsinki-arms-talks.txt", DM_EVENT_MEETING, "2025-08", DM_EVENT_HELD, 61.2181, -149.9003, 25},
    {"europe-helsinki-arms-talks.txt", DM_EVENT_CALL, "2025-09", -1, 55.7558, 37.6173, 25},
    {"europe-helsinki-arms-talks.txt", DM_EVENT_MEETING, NULL, DM_EVENT_CANCELLED, 47.4979, 19.0402, 25},
    {"mideast-doha-ceasefire.txt", DM_EVENT_AGREEMENT, "2025-01-15", DM_EVENT_HELD, 31.50, 34.47, 60},
    {"mideast-doha-ceasefire.txt", DM_EVENT_TALKS, NULL, -1, 25.2854, 51.5310, 25},
    {"mideast-doha-ceasefire.txt", DM_EVENT_MEETING, "2024-12", DM_EVENT_HELD, 30.0444, 31.2357, 25},
    {"mideast-doha-ceasefire.txt", DM_EVENT_TALKS, "2025-02", DM_EVENT_PLANNED, 30.0444, 31.2357, 25},
    {"mideast-doha-ceasefire.txt", DM_EVENT_VISIT, "2025-01", DM_EVENT_HELD, 31.7683, 35.2137, 25},
    {"mideast-doha-ceasefire.txt", DM_EVENT_INCIDENT, NULL, -1, 31.3462, 34.3063, 25},
    {"americas-tariff-call.txt", DM_EVENT_CALL, "2025-03-06", DM_EVENT_HELD, 19.4326, -99.1332, 25},
    /* Trump's end of the call is not placed (twenty-second round: the
     * guide draws a call only where the text puts each side); the
     * dateline places Sheinbaum's. */
    {"americas-tariff-call.txt", DM_EVENT_VISIT, "2025-02", DM_EVENT_HELD, 8.9824, -79.5199, 25},
    {"americas-tariff-call.txt", DM_EVENT_MEETING, "2025-04", DM_EVENT_PLANNED, 4.7110, -74.0721, 25},
    {"africa-congo-rwanda-accord.txt", DM_EVENT_AGREEMENT, "2025-06-27", DM_EVENT_HELD, 38.8951, -77.0364, 25},
    {"africa-congo-rwanda-accord.txt", DM_EVENT_TALKS, NULL, -1, 25.2854, 51.5310, 25},
    {"africa-congo-rwanda-accord.txt", DM_EVENT_VISIT, "2025-07", DM_EVENT_PLANNED, -4.4419, 15.2663, 25},
};

/* Words that must never be taken as places in these articles. */
static const struct {
    const char *file, *word;
} not_place_cases[] = {
    {"europe-helsinki-arms-talks.txt", "Stubb"},  {"europe-helsinki-arms-talks.txt", "Lavrov"},
    {"europe-helsinki-arms-talks.txt", "Peskov"}, {"europe-helsinki-arms-talks.txt", "Alexander"},
    {"europe-helsinki-arms-talks.txt", "Friday"}, {"mideast-doha-ceasefire.txt", "Hamas"},
    {"mideast-doha-ceasefire.txt", "Witkoff"},    {"mideast-doha-ceasefire.txt", "Sunday"},
    {"americas-tariff-call.txt", "Trump"},        {"americas-tariff-call.txt", "Rubio"},
    {"americas-tariff-call.txt", "Sheinbaum"},    {"africa-congo-rwanda-accord.txt", "Ruto"},
    {"africa-congo-rwanda-accord.txt", "M23"},
};

static char *article_path(const char *file)
{
    const char *src = getenv("DM_SOURCE_DIR");
    assert_non_null(src);
    char *dir = path_join(src, "tests/articles");
    char *p = path_join(dir, file);
    free(dir);
    return p;
}

static void own_articles(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    int failures = 0;
    for (size_t i = 0; i < sizeof place_cases / sizeof place_cases[0]; i++) {
        char *p = article_path(place_cases[i].file);
        dm_story_t *s = extract(ctx, p);
        if (!place_near(s, place_cases[i].lat, place_cases[i].lon, place_cases[i].tol, -1)) {
            print_error("%s: no place near %.4f, %.4f\n", place_cases[i].file, place_cases[i].lat, place_cases[i].lon);
            failures++;
        }
        dm_story_destroy(s);
        free(p);
    }
    for (size_t i = 0; i < sizeof event_cases / sizeof event_cases[0]; i++) {
        const event_case_t *c = &event_cases[i];
        char *p = article_path(c->file);
        dm_story_t *s = extract(ctx, p);
        if (!event_near(s, c->type, c->date, c->status, c->lat, c->lon, c->tol)) {
            print_error("%s: no %s event dated %s near %.4f, %.4f\n", c->file, dm_event_type_name(c->type),
                        c->date ? c->date : "(any)", c->lat, c->lon);
            failures++;
        }
        dm_story_destroy(s);
        free(p);
    }
    for (size_t i = 0; i < sizeof not_place_cases / sizeof not_place_cases[0]; i++) {
        char *p = article_path(not_place_cases[i].file);
        dmi_article_t art;
        assert_int_equal(dmi_article_read(ctx, &art, p), DM_OK);
        dm_story_t *s = extract(ctx, p);
        const char *w = not_place_cases[i].word;
        for (size_t k = 0; k < dm_story_place_count(s); k++) {
            const dm_place_t *pl = dm_story_place(s, k);
            for (size_t m = 0; m < pl->mention_count; m++) {
                /* Code points to bytes: these articles are ASCII. */
                size_t a = pl->mentions[m].start, b = pl->mentions[m].end;
                if (b - a == strlen(w) && strncmp(art.text + a, w, b - a) == 0) {
                    print_error("%s: '%s' taken as place %s\n", not_place_cases[i].file, w, pl->id);
                    failures++;
                }
            }
        }
        dmi_article_clear(&art);
        dm_story_destroy(s);
        free(p);
    }
    assert_int_equal(failures, 0);
    dm_context_destroy(ctx);
}

/* ---- validation and offsets ------------------------------------------------ */

static void rejects_bad_articles(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, "  \n\t ", 5, "blank.txt", NULL, &s), DM_ERR_ARTICLE);
    assert_non_null(strstr(dm_context_last_error(ctx), "blank.txt"));
    assert_null(strchr(dm_context_last_error(ctx), '\n'));
    assert_int_equal(dm_story_extract(ctx, NULL, "", 0, "empty.txt", NULL, &s), DM_ERR_ARTICLE);
    const char bad[] = "Talks in Seoul\n\xC3\x28 failed";
    assert_int_equal(dm_story_extract(ctx, NULL, bad, sizeof bad - 1, "bad.txt", NULL, &s), DM_ERR_INPUT);
    assert_non_null(strstr(dm_context_last_error(ctx), "bad.txt:2:1"));
    const char nul[] = "abc\0def";
    assert_int_equal(dm_story_extract(ctx, NULL, nul, sizeof nul - 1, "nul.txt", NULL, &s), DM_ERR_ARTICLE);
    assert_int_equal(dm_story_extract_file(ctx, NULL, "/nonexistent/article.txt", NULL, &s), DM_ERR_IO);
    dm_extract_options_t opts;
    dm_extract_options_init(&opts);
    opts.date = "2025-13-01";
    assert_int_equal(dm_story_extract(ctx, NULL, "Talks in Seoul.", 15, "x", &opts, &s), DM_ERR_USAGE);
    assert_null(s);
    dm_context_destroy(ctx);
}

static void offsets_are_code_points(void **state)
{
    (void)state;
    /* "Hà Nội" and the curly quotes are multi-byte. */
    const char *text = "\xE2\x80\x9CWe met,\xE2\x80\x9D said the envoy in H\xC3\xA0 N\xE1\xBB\x99i, "
                       "before flying to Pyongyang on Friday.";
    dm_context_t *ctx = dm_context_create();
    dm_extract_options_t opts;
    dm_extract_options_init(&opts);
    opts.date = "2025-06-12";
    opts.title = "Custom title";
    opts.source = "Test, 2025-06-12";
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "utf8.txt", &opts, &s), DM_OK);
    assert_string_equal(dm_story_title(s), "Custom title");
    assert_string_equal(dm_story_source(s), "Test, 2025-06-12");
    assert_string_equal(dm_story_date(s), "2025-06-12");
    const dm_place_t *p = dm_story_find_place(s, "pyongyang");
    assert_non_null(p);
    assert_int_equal(p->mention_count, 1);
    /* Code points: the text up to "Pyongyang" has 53 of them. */
    assert_int_equal(p->mentions[0].start, 53);
    assert_int_equal(p->mentions[0].end, 62);
    const dm_place_t *h = place_near(s, 21.0285, 105.8542, 25, -1);
    assert_non_null(h);
    assert_int_equal(h->mentions[0].start, 28);
    assert_int_equal(h->mentions[0].end, 34);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* "the North Korean capital" is Pyongyang even when the article never names
 * it; a ministry next to a named capital is drawn as that capital, but a
 * venue away from the centre keeps its marker. */
static void descriptive_capital_and_merge(void **state)
{
    (void)state;
    const char *text = "date 2025-06-12\n\nNorth Korean officials met Chinese envoys in the North Korean "
                       "capital on Tuesday. In Seoul, the Ministry of Unification said talks could resume. "
                       "South Korean and North Korean officials later met at the Peace House in "
                       "Panmunjom.\n";
    dm_context_t *ctx = dm_context_create();
    dm_extract_options_t opts;
    dm_extract_options_init(&opts);
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "capital.txt", &opts, &s), DM_OK);
    const dm_place_t *p = place_near(s, 39.0392, 125.7625, 25, DM_PLACE_CITY);
    assert_non_null(p);
    assert_string_equal(p->name, "Pyongyang");
    size_t in_seoul = 0;
    for (size_t k = 0; k < dm_story_place_count(s); k++) {
        const dm_place_t *q = dm_story_place(s, k);
        if (km(q->lat, q->lon, 37.5665, 126.9780) < 5)
            in_seoul++;
    }
    assert_int_equal(in_seoul, 1);
    assert_non_null(place_near(s, 37.9553, 126.6768, 0.5, DM_PLACE_SITE));
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* ---- the language of news: tense, negation, modality, organisations,
 * venues, titles (docs/gallery and tests/articles) ------------------------ */

static char *source_path(const char *rel)
{
    const char *src = getenv("DM_SOURCE_DIR");
    assert_non_null(src);
    return path_join(src, rel);
}

/* A given name as the text's very last word, with no stop after it: the
 * name reader looks one word past it (a particle glued to a family name,
 * "al-Haddad") and must find the text's end, not read past it (found by
 * the extract fuzzer; the ASan build of this test fails without the
 * bound). */
static void given_name_ends_the_text(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    assert_non_null(ctx);
    static const char *const texts[] = {"Envoys met in Lima on Monday with Karim",
                                        "The talks in Lima were led by Maria", "Karim"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        dm_story_t *s = NULL;
        dm_status_t st = dm_story_extract(ctx, NULL, texts[i], strlen(texts[i]), "end.txt", NULL, &s);
        assert_int_equal(st, DM_OK);
        assert_non_null(s);
        dm_story_destroy(s);
    }
    dm_context_destroy(ctx);
}

static dm_story_t *extract_rel(dm_context_t *ctx, const char *rel)
{
    char *p = source_path(rel);
    dm_story_t *s = extract(ctx, p);
    free(p);
    return s;
}

/* An event of the type whose places are, in order, near (lat0, lon0) and
 * (lat1, lon1) (a journey or a communication [from, to]). */
static const dm_event_t *event_from_to(const dm_story_t *s, dm_event_type_t type, const char *date, double lat0,
                                       double lon0, double lat1, double lon1, double tol)
{
    for (size_t i = 0; i < dm_story_event_count(s); i++) {
        const dm_event_t *e = dm_story_event(s, i);
        if (e->type != type || e->place_count != 2 || (date && (!e->date || strcmp(e->date, date) != 0)))
            continue;
        const dm_place_t *a = dm_story_find_place(s, e->places[0]), *b = dm_story_find_place(s, e->places[1]);
        if (a && b && km(a->lat, a->lon, lat0, lon0) <= tol && km(b->lat, b->lon, lat1, lon1) <= tol)
            return e;
    }
    return NULL;
}

static size_t events_of_type(const dm_story_t *s, dm_event_type_t type)
{
    size_t n = 0;
    for (size_t i = 0; i < dm_story_event_count(s); i++)
        n += dm_story_event(s, i)->type == type;
    return n;
}

static void korea_liaison_office(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = extract_rel(ctx, "docs/gallery/korea-liaison-office.txt");
    /* A headline from the main event, the proposal. */
    assert_string_equal(dm_story_title(s), "Seoul proposes liaison channel at Panmunjom");
    /* "the Red Cross" is an organisation, not Red Cross, North Carolina. */
    for (size_t k = 0; k < dm_story_place_count(s); k++)
        assert_true(km(dm_story_place(s, k)->lat, dm_story_place(s, k)->lon, 35.267, -80.356) > 500);
    /* The proposal went from Seoul to Panmunjom; "delivered on Wednesday"
     * dates it (the ministry's Thursday dates the announcement). */
    assert_non_null(event_from_to(s, DM_EVENT_LETTER, "2025-07-02", 37.5665, 126.9780, 37.9560, 126.6773, 5));
    /* One demolition, of the office in Kaesong (not the border line: "the
     * border city of Kaesong" is a description), in June 2020. */
    assert_int_equal(events_of_type(s, DM_EVENT_INCIDENT), 1);
    const dm_event_t *inc = event_near(s, DM_EVENT_INCIDENT, "2020-06", DM_EVENT_HELD, 37.913, 126.615, 3);
    assert_non_null(inc);
    assert_int_equal(inc->place_count, 1);
    /* The Peace House meeting is April 2018 (September 2018 is when the
     * office opened, in another clause); its venue is the house alone. */
    const dm_event_t *m = event_near(s, DM_EVENT_MEETING, "2018-04", DM_EVENT_HELD, 37.955, 126.677, 1);
    assert_non_null(m);
    assert_int_equal(m->place_count, 1);
    assert_null(event_near(s, DM_EVENT_MEETING, "2018-09", -1, 37.955, 126.677, 30));
    /* "Officials in Seoul said": an attribution, not a Seoul statement; "since
     * April 2023" dates nothing. */
    assert_int_equal(events_of_type(s, DM_EVENT_STATEMENT), 0);
    /* "would suspend leaflet launches ... near the Military Demarcation Line" */
    assert_non_null(event_near(s, DM_EVENT_BROADCAST, "2025-07", DM_EVENT_SUSPENDED, 38.0, 127.0, 30));
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

static void pacific_forum(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = extract_rel(ctx, "docs/gallery/pacific-forum.txt");
    assert_non_null(strstr(dm_story_title(s), "Pacific Islands Forum leaders"));
    /* The forum met and agreed its pact in Nuku'alofa on Friday. */
    assert_non_null(event_near(s, DM_EVENT_MEETING, "2025-09-12", DM_EVENT_HELD, -21.137, -175.201, 10));
    assert_non_null(event_near(s, DM_EVENT_AGREEMENT, "2025-09-12", DM_EVENT_HELD, -21.137, -175.201, 10));
    /* "flew on to Apia on Saturday" after Friday's meeting: the next day, a
     * journey from Nuku'alofa. */
    assert_non_null(event_from_to(s, DM_EVENT_VISIT, "2025-09-13", -21.137, -175.201, -13.833, -171.767, 10));
    /* "is expected to visit Wellington next month" */
    assert_non_null(event_near(s, DM_EVENT_VISIT, "2025-10", DM_EVENT_PLANNED, -41.287, 174.776, 10));
    /* The call reached the counterpart "in Suva" on Thursday; the caller's
     * end is not placed: "officials in Wellington said" is where the
     * source spoke, and a nationality says nothing of where the minister
     * was (the guide; it used to come from New Zealand's capital). */
    const dm_event_t *call = event_near(s, DM_EVENT_CALL, "2025-09-11", -1, -18.137, 178.425, 10);
    assert_non_null(call);
    assert_int_equal(call->place_count, 1);
    /* "to discuss the pact" is no agreement in Wellington, and "officials
     * in Wellington said" no statement. */
    assert_null(event_near(s, DM_EVENT_AGREEMENT, NULL, -1, -41.287, 174.776, 50));
    assert_null(event_near(s, DM_EVENT_STATEMENT, NULL, -1, -41.287, 174.776, 50));
    /* "The leaders of Kiribati ... did not attend": nothing happened there. */
    assert_null(event_near(s, DM_EVENT_MEETING, NULL, -1, 1.328, 172.977, 100));
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

static void helsinki_tense_and_negation(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = extract_rel(ctx, "tests/articles/europe-helsinki-arms-talks.txt");
    /* "agreed to meet again in Geneva in October": the coming October. */
    assert_non_null(event_near(s, DM_EVENT_MEETING, "2025-10", DM_EVENT_PLANNED, 46.2044, 6.1432, 30));
    for (size_t i = 0; i < dm_story_event_count(s); i++) {
        const dm_event_t *e = dm_story_event(s, i);
        assert_false(e->date && strncmp(e->date, "2024", 4) == 0);
    }
    /* "no deal ... could be signed without Ukraine": negated and
     * hypothetical, no agreement at all. */
    assert_int_equal(events_of_type(s, DM_EVENT_AGREEMENT), 0);
    /* "In Moscow, ... Putin had phoned Stubb": from Moscow; nothing says
     * where Stubb took it, so Helsinki is no longer drawn (the guide). */
    const dm_event_t *call = event_near(s, DM_EVENT_CALL, NULL, -1, 55.7558, 37.6173, 25);
    assert_non_null(call);
    assert_int_equal(call->place_count, 1);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Resolution rules of round 6: "the United States" after a lower-case
 * "the"; ISO codes are not names; a country that only its own name supports
 * yields to a same-named region of the story's country; a name listed beside
 * a region reads as a region of that country. Round 12: a local story's
 * namesakes (prefer_anchored in src/places/resolve.c) and qualifiers. */
static void story_context_readings(void **state)
{
    (void)state;
    static const struct {
        const char *text, *name;
        double lat, lon, tol;
        int kind;
    } cases[] = {
        {"Diplomats were expelled from the United States on Monday.", "United States", 38.8, -98.0, 300,
         DM_PLACE_COUNTRY},
        {"Storms hit Atlanta and Savannah. Georgia officials said Macon was spared.", "Georgia", 32.7, -83.4, 250,
         DM_PLACE_REGION},
        {"Georgian troops left Tbilisi as Russia warned Georgia over the vote.", "Georgia", 42.1, 43.5, 300,
         DM_PLACE_COUNTRY},
        {"Tech jobs moved to states such as Oregon or Washington last year.", "Washington", 47.4, -120.5, 300,
         DM_PLACE_REGION},
        {"The British prime minister landed at Heathrow after talks in Brussels and Paris.", "Heathrow", 51.47, -0.46,
         5, DM_PLACE_SITE},
        {"Paris and Henry County are rich in history, the tourism board said.", "Henry County", 36.33, -88.30, 30,
         DM_PLACE_REGION},
        /* Round 12: a local story's namesake beside its county, its
         * towns, or in its qualifier's state. */
        {"Paris and Henry County are rich in history, the tourism board said.", "Paris", 36.30, -88.33, 30,
         DM_PLACE_CITY},
        {"The fire station in Lebanon serves families across Boone County and Zionsville.", "Lebanon", 40.05, -86.47,
         30, DM_PLACE_CITY},
        {"The firm is based in Lexington, South Carolina, its owner said.", "Lexington", 33.98, -81.24, 30,
         DM_PLACE_CITY},
        {"Talks on Lebanon resumed in Paris as Israel and Syria traded warnings.", "Lebanon", 33.9, 35.9, 300,
         DM_PLACE_COUNTRY},
        /* Two small towns of one state pull each other there; two big
         * cities' names do not pull their hamlets together. */
        {"Burglaries were reported in Hopkinton and Hillsboro last week, police said.", "Hopkinton", 43.19, -71.68, 30,
         DM_PLACE_CITY},
        {"Boston and Houston teams met in the final.", "Houston", 29.76, -95.36, 50, DM_PLACE_CITY},
        /* One name, one place: the later bare mention follows the
         * qualified one (the test checks the last mention). */
        {"Crews in Belgrade, Minnesota, cleared the roads. The mayor said Belgrade schools stayed closed.", "Belgrade",
         45.45, -95.0, 30, DM_PLACE_CITY},
    };
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dm_story_t *s = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, cases[i].text, strlen(cases[i].text), "ctx.txt", NULL, &s), DM_OK);
        const dm_place_t *found = NULL;
        for (size_t k = 0; k < dm_story_place_count(s); k++) {
            const dm_place_t *p = dm_story_place(s, k);
            for (size_t m = 0; m < p->mention_count; m++)
                if (p->mentions[m].end - p->mentions[m].start == strlen(cases[i].name) &&
                    strncmp(cases[i].text + p->mentions[m].start, cases[i].name, strlen(cases[i].name)) == 0)
                    found = p;
        }
        if (!found)
            fail_msg("case %zu: no mention spans exactly '%s'", i, cases[i].name);
        if ((int)found->kind != cases[i].kind || km(found->lat, found->lon, cases[i].lat, cases[i].lon) > cases[i].tol)
            fail_msg("case %zu: '%s' read as %s (%.2f, %.2f)", i, cases[i].name, found->name, found->lat, found->lon);
        dm_story_destroy(s);
    }
    /* Given names from the long list (geodata/names) mark people, but not
     * inside a longer name or when the name is itself a place of note. */
    {
        const char *people = "Reporter Christina Chen met Tyson Bautista in New York City, then flew to Florida.";
        dm_story_t *sp = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, people, strlen(people), "people.txt", NULL, &sp), DM_OK);
        int nyc = 0, florida = 0;
        for (size_t k = 0; k < dm_story_place_count(sp); k++) {
            const dm_place_t *p = dm_story_place(sp, k);
            assert_false(strcmp(p->country, "CN") == 0);
            assert_false(strstr(p->name, "Bautista") != NULL);
            nyc |= km(p->lat, p->lon, 40.71, -74.01) < 20;
            florida |=
                p->kind == DM_PLACE_REGION && strcmp(p->country, "US") == 0 && km(p->lat, p->lon, 28.0, -81.7) < 300;
        }
        assert_true(nyc);
        assert_true(florida);
        dm_story_destroy(sp);
    }
    /* A title's verb agrees with a plural subject that opens the sentence. */
    {
        const char *t = "date 2025-03-03\n\nDelegates met in Geneva on Monday to discuss the truce.\n";
        dm_story_t *st = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "title.txt", NULL, &st), DM_OK);
        assert_non_null(strstr(dm_story_title(st), "Delegates meet in Geneva"));
        dm_story_destroy(st);
    }
    /* A title says more than the event's kind: a placeless statement with
     * no headline to borrow is captioned by who spoke, not "Statement". */
    {
        const char *t = "date 2025-03-03\n\nKenyan Foreign Minister Alda Verin told The Daily Courier on "
                        "Tuesday that the border with Uganda would stay closed.\n";
        dm_story_t *st = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "said.txt", NULL, &st), DM_OK);
        assert_int_equal(events_of_type(st, DM_EVENT_STATEMENT), 1);
        assert_string_equal(dm_story_title(st), "Statement by Alda Verin");
        dm_story_destroy(st);
        /* Talks with one person named: the two countries say more. */
        t = "date 2025-03-03\n\nKenyan Foreign Minister Alda Verin told The Daily Courier on Tuesday that "
            "the border talks with Uganda had stalled.\n";
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "talks.txt", NULL, &st), DM_OK);
        assert_string_equal(dm_story_title(st), "Talks between Kenya and Uganda");
        dm_story_destroy(st);
    }
    /* Korean text: names with particles glued on ("서울에서"), no capitals;
     * labels keep the article's script, ids are romanised. */
    {
        const char *t =
            "date 2025-06-12\n\n이재명 대통령은 서울에서 기자회견을 열었다. 북한은 평양에서 성명을 발표했다. "
            "판문점 회담은 2018년에 열렸다.\n";
        dm_story_t *st = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "ko.txt", NULL, &st), DM_OK);
        const dm_place_t *seoul = place_near(st, 37.57, 126.98, 10, DM_PLACE_CITY);
        assert_non_null(seoul);
        assert_string_equal(seoul->name, "서울");
        assert_string_equal(seoul->id, "seoul");
        assert_non_null(place_near(st, 39.03, 125.75, 10, DM_PLACE_CITY));
        assert_non_null(place_near(st, 37.956, 126.677, 2, DM_PLACE_SITE));
        dm_story_destroy(st);
        /* A headline ending in an abbreviation's full stop is still one. */
        t = "date 2025-06-12\nPeru holds firm while its envoy flies to the U.K.\n\nLIMA - Peru's foreign "
            "minister Ana Soto will meet the Foreign Secretary in London on Tuesday.\n";
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "abbrev.txt", NULL, &st), DM_OK);
        assert_string_equal(dm_story_title(st), "Peru holds firm while its envoy flies to the U.K.");
        dm_story_destroy(st);
        /* A first line broken off in mid-sentence, with a sentence's full
         * stop inside it, is prose wrapped by the text, not a headline. */
        t = "The new ferry is a fine ship, at least on paper. Under its deck, the twin engines give "
            "a remarkable\n\nspeed of forty knots. Officials in Tallinn met their Finnish counterparts on "
            "Monday to discuss the route.\n";
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "wrapped.txt", NULL, &st), DM_OK);
        /* The title comes from the event instead: its verb agrees with the
         * subject's head noun, and a venue the subject names is not said twice. */
        assert_string_equal(dm_story_title(st), "Officials in Tallinn meet Finnish counterparts");
        dm_story_destroy(st);
        /* An abbreviation's stop inside a headline is no sentence's end. */
        t = "Envoy of the U.S. Meets Kenyan Minister in Nairobi\n\nThe envoy met the minister on Monday.\n";
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "abbrev2.txt", NULL, &st), DM_OK);
        assert_string_equal(dm_story_title(st), "Envoy of the U.S. Meets Kenyan Minister in Nairobi");
        dm_story_destroy(st);
        /* A Korean headline is the title too. */
        t = "판문점에서 남북 회담 열려\n\n통일부는 판문점에서 회담이 열렸다고 밝혔다.\n";
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "ko2.txt", NULL, &st), DM_OK);
        assert_string_equal(dm_story_title(st), "판문점에서 남북 회담 열려");
        dm_story_destroy(st);
    }
    /* A capitalised event noun a place names: "the Singapore Summit" (a
     * city-state: the city's meeting). */
    {
        const char *t = "date 2025-06-12\n\nThe Singapore Summit in 2018 was the first meeting of the two leaders.\n";
        dm_story_t *st = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "summit.txt", NULL, &st), DM_OK);
        assert_non_null(event_near(st, DM_EVENT_MEETING, "2018", DM_EVENT_HELD, 1.29, 103.85, 30));
        dm_story_destroy(st);
    }
    /* A word opening a sentence that the text also writes in lower case
     * ("Tour buses" beside "the tour") is that word, not a place of that
     * name, however prominent (Tours, France). */
    {
        const char *t = "Tour buses brought the delegates from the airport to the palace in Lima on Monday. "
                        "The tour ended at the cathedral.";
        dm_story_t *st = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "tour.txt", NULL, &st), DM_OK);
        assert_int_equal(dm_story_place_count(st), 1);
        assert_non_null(place_near(st, -12.05, -77.04, 30, DM_PLACE_CITY));
        dm_story_destroy(st);
    }
    /* "the West Coast" (a Gambian and a New Zealand region) and "Arab"
     * (a town in Alabama) are not places on their own. */
    {
        const char *t = "The leaders of Arab states met in Cairo as storms hit the West Coast of the United States.";
        dm_story_t *st = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "generic.txt", NULL, &st), DM_OK);
        for (size_t k = 0; k < dm_story_place_count(st); k++) {
            const char *cc = dm_story_place(st, k)->country;
            assert_false(strcmp(cc, "GM") == 0 || strcmp(cc, "NZ") == 0);
            assert_false(km(dm_story_place(st, k)->lat, dm_story_place(st, k)->lon, 34.32, -86.50) < 50);
        }
        dm_story_destroy(st);
    }
    /* "BA" (British Airways) and "TV" are not Bosnia and Tuvalu. */
    const char *text = "BA cancelled flights to London, TV channels reported.";
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "codes.txt", NULL, &s), DM_OK);
    for (size_t k = 0; k < dm_story_place_count(s); k++) {
        const char *cc = dm_story_place(s, k)->country;
        assert_false(cc && (strcmp(cc, "BA") == 0 || strcmp(cc, "TV") == 0));
    }
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Articles that open with their own headline; a country's possessive
 * places the name after it ("India's Punjab"). */
static void headlines_and_possessives(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = extract_rel(ctx, "tests/articles/southasia-kartarpur-corridor.txt");
    assert_string_equal(dm_story_title(s),
                        "India and Pakistan agree to reopen Kartarpur corridor after talks in Lahore");
    /* "India's Punjab" is the Indian state, not Pakistan's province. */
    assert_non_null(place_near(s, 31.1, 75.3, 150, DM_PLACE_REGION));
    assert_null(place_near(s, 31.2, 72.5, 150, DM_PLACE_REGION));
    assert_non_null(event_near(s, DM_EVENT_TALKS, NULL, -1, 31.558, 74.351, 25));
    assert_non_null(event_near(s, DM_EVENT_MEETING, "2025-07", DM_EVENT_PLANNED, 28.61, 77.21, 30));
    assert_non_null(event_near(s, DM_EVENT_AGREEMENT, "1960", -1, 24.86, 67.01, 30));
    /* "The agreement was signed ... at the Governor's House in Lahore" (the
     * verb places the reference back); "the crossing that lets pilgrims
     * travel" is no visit. */
    assert_non_null(event_near(s, DM_EVENT_AGREEMENT, "2025-05-20", DM_EVENT_HELD, 31.558, 74.351, 25));
    assert_int_equal(events_of_type(s, DM_EVENT_VISIT), 0);
    dm_story_destroy(s);
    s = extract_rel(ctx, "tests/articles/americas-venezuela-colombia-release.txt");
    assert_string_equal(dm_story_title(s), "Venezuela frees detained Colombians after Petro's visit to Caracas");
    assert_non_null(place_near(s, 7.89, -72.51, 20, DM_PLACE_CITY)); /* Cucuta */
    assert_non_null(event_near(s, DM_EVENT_TALKS, "2025-09", DM_EVENT_PLANNED, 4.61, -74.08, 25));
    dm_story_destroy(s);
    /* A dateline alone on the first line is no headline. */
    const char *t = "SEOUL, June 12\n\nSouth Korea and Japan held talks in Seoul on Thursday.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "dateline.txt", NULL, &s), DM_OK);
    assert_null(strstr(dm_story_title(s), "June"));
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Clauses, calls and headline objects: "visits Berlin as European leaders
 * gather in Paris" is a visit to Berlin only; "called US President Donald
 * Trump" is a call; "held a first round of indirect talks" titles as
 * "hold indirect talks". */
static void clauses_calls_and_objects(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = extract_rel(ctx, "tests/articles/europe-zelensky-berlin-paris.txt");
    const dm_event_t *v = event_near(s, DM_EVENT_VISIT, "2025-02-17", DM_EVENT_HELD, 52.52, 13.40, 20);
    assert_non_null(v);
    assert_int_equal(v->place_count, 1);
    /* "Macron called Trump on Sunday, his office said", datelined Berlin:
     * nothing places either leader, so the call has no place (the guide;
     * it was drawn from Paris to the United States by nationality). */
    int placeless_call = 0;
    for (size_t i = 0; i < dm_story_event_count(s); i++) {
        const dm_event_t *e = dm_story_event(s, i);
        placeless_call |=
            e->type == DM_EVENT_CALL && e->date && strcmp(e->date, "2025-02-16") == 0 && e->place_count == 0;
    }
    assert_true(placeless_call);
    assert_non_null(event_near(s, DM_EVENT_TALKS, "2025-02-18", DM_EVENT_PLANNED, 24.69, 46.72, 20));
    assert_non_null(event_near(s, DM_EVENT_VISIT, "2025-02-19", DM_EVENT_PLANNED, 39.93, 32.86, 20));
    dm_story_destroy(s);
    /* "the 2022 Pretoria agreement that ended the war in Tigray" was
     * reached in Pretoria; "Pyongyang blew up" is a subject, not a venue. */
    {
        const char *t = "date 2025-03-07\n\nThe two leaders met in Asmara on Thursday, their first meeting since "
                        "the 2022 Pretoria agreement that ended the war in Tigray.\n";
        dm_story_t *st = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "pretoria.txt", NULL, &st), DM_OK);
        assert_non_null(event_near(st, DM_EVENT_AGREEMENT, NULL, -1, -25.75, 28.19, 20));
        assert_null(event_near(st, DM_EVENT_AGREEMENT, NULL, -1, 14.07, 38.27, 100));
        assert_non_null(event_near(st, DM_EVENT_MEETING, "2025-03-06", DM_EVENT_HELD, 15.34, 38.93, 20));
        dm_story_destroy(st);
    }
    /* An incident told as reported speech is not placed where it was
     * reported ("said in Beijing that the vessel had rammed"); "Second
     * Thomas Shoal" is a place, not a man called Thomas Shoal. */
    s = extract_rel(ctx, "tests/articles/asia-second-thomas-shoal.txt");
    assert_non_null(event_near(s, DM_EVENT_INCIDENT, "2025-07-21", DM_EVENT_HELD, 9.73, 115.87, 5));
    assert_null(event_near(s, DM_EVENT_INCIDENT, NULL, -1, 39.90, 116.40, 50));
    assert_non_null(event_near(s, DM_EVENT_MEETING, "2025-08", DM_EVENT_PLANNED, 3.14, 101.69, 20));
    dm_story_destroy(s);
    /* Diacritics in names and places; "had flown to Ankara on Thursday to
     * meet" is one past trip; "offered to host talks" is no event; "Lula
     * da Silva" is a person, not Silva, North Carolina. */
    s = extract_rel(ctx, "tests/articles/europe-istanbul-talks.txt");
    assert_non_null(event_near(s, DM_EVENT_MEETING, "2025-05-16", DM_EVENT_HELD, 41.01, 28.95, 10));
    assert_non_null(event_near(s, DM_EVENT_VISIT, "2025-05-15", DM_EVENT_HELD, 39.93, 32.86, 10));
    assert_null(event_near(s, DM_EVENT_MEETING, NULL, -1, 39.93, 32.86, 10));
    assert_null(event_near(s, DM_EVENT_MEETING, NULL, -1, -23.55, -46.63, 50));
    assert_null(event_near(s, DM_EVENT_TALKS, NULL, -1, -23.55, -46.63, 50));
    for (size_t k = 0; k < dm_story_place_count(s); k++)
        assert_false(strcmp(dm_story_place(s, k)->country, "US") == 0);
    assert_non_null(place_near(s, 64.14, -21.90, 10, DM_PLACE_CITY)); /* Reykjavík */
    dm_story_destroy(s);
    /* A dateline without a year; "before it can be signed in Abu Dhabi,
     * Pashinyan told reporters in Yerevan": planned, in Abu Dhabi only;
     * "demands to be met" is no meeting; "GENEVA" labels as "Geneva". */
    s = extract_rel(ctx, "tests/articles/caucasus-geneva-treaty.txt");
    assert_non_null(event_near(s, DM_EVENT_AGREEMENT, NULL, DM_EVENT_HELD, 46.20, 6.15, 10));
    const dm_event_t *ad = event_near(s, DM_EVENT_AGREEMENT, NULL, DM_EVENT_PLANNED, 24.45, 54.40, 20);
    assert_non_null(ad);
    assert_int_equal(ad->place_count, 1);
    assert_null(event_near(s, DM_EVENT_MEETING, NULL, -1, 40.15, 44.97, 100));
    const dm_place_t *gva = place_near(s, 46.20, 6.15, 10, DM_PLACE_CITY);
    assert_non_null(gva);
    assert_string_equal(gva->name, "Geneva");
    dm_story_destroy(s);
    /* "will fly to Busan on Wednesday for a meeting": one planned trip, the
     * coming Wednesday; "the Asia-Pacific Economic Cooperation forum" names
     * no continent or ocean; a "Published:" line dates the article. */
    s = extract_rel(ctx, "tests/articles/asia-tokyo-busan-trip.txt");
    assert_string_equal(dm_story_date(s), "2025-10-28");
    assert_non_null(event_near(s, DM_EVENT_VISIT, "2025-10-29", DM_EVENT_PLANNED, 35.10, 129.03, 20));
    /* "arrived from Kuala Lumpur", datelined Tokyo: from there to here. */
    assert_non_null(event_from_to(s, DM_EVENT_VISIT, NULL, 3.14, 101.69, 35.69, 139.69, 20));
    assert_non_null(event_near(s, DM_EVENT_AGREEMENT, "2025-10-28", DM_EVENT_HELD, 35.69, 139.69, 20));
    assert_non_null(event_near(s, DM_EVENT_INCIDENT, "2025-10-28", DM_EVENT_HELD, 35.0, 123.0, 50));
    for (size_t k = 0; k < dm_story_place_count(s); k++)
        assert_false(dm_story_place(s, k)->kind == DM_PLACE_AREA && dm_story_place(s, k)->lon < -100);
    assert_null(place_near(s, 33.63, 85.32, 100, DM_PLACE_REGION));
    dm_story_destroy(s);
    /* "Leaders gathered at U.N. headquarters": a meeting; "in a statement
     * from Jerusalem"; "N. Korea" is North Korea (an initial ends no
     * sentence). */
    s = extract_rel(ctx, "tests/articles/americas-un-general-assembly.txt");
    assert_non_null(event_near(s, DM_EVENT_MEETING, "2025-09-23", DM_EVENT_HELD, 40.75, -73.97, 5));
    assert_non_null(event_near(s, DM_EVENT_STATEMENT, NULL, -1, 31.77, 35.22, 10));
    {
        int kp = 0, kr = 0;
        for (size_t k = 0; k < dm_story_place_count(s); k++) {
            kp |= strcmp(dm_story_place(s, k)->country, "KP") == 0;
            kr |= strcmp(dm_story_place(s, k)->country, "KR") == 0;
        }
        assert_true(kp);
        assert_false(kr);
    }
    dm_story_destroy(s);
    /* A call from Paris does not date the meeting in Paris. */
    s = extract_rel(ctx, "tests/articles/europe-zelensky-berlin-paris.txt");
    assert_null(event_near(s, DM_EVENT_MEETING, "2025-02-16", -1, 48.86, 2.35, 20));
    dm_story_destroy(s);
    s = extract_rel(ctx, "tests/articles/mideast-muscat-talks.txt");
    assert_string_equal(dm_story_title(s), "Iranian and US negotiators hold indirect talks in Muscat");
    assert_non_null(event_near(s, DM_EVENT_TALKS, "2025-04-12", DM_EVENT_HELD, 23.59, 58.41, 20));
    assert_non_null(event_near(s, DM_EVENT_MEETING, "2025-04-19", DM_EVENT_PLANNED, 41.89, 12.49, 20));
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* One sentence repeated 15,000 times: the events found are capped (the
 * merging was quadratic: a megabyte took 21 s) and merge into one. */
static void repeated_events_stay_linear(void **state)
{
    (void)state;
    const char *one = "Talks in Oslo. ";
    size_t n = 15000, len = strlen(one);
    char *text = malloc(n * len + 1);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * len, one, len);
    text[n * len] = '\0';
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, n * len, "oslo.txt", NULL, &s), DM_OK);
    assert_int_equal(dm_story_event_count(s), 1);
    assert_non_null(event_near(s, DM_EVENT_TALKS, NULL, -1, 59.91, 10.75, 20));
    dm_story_destroy(s);
    dm_context_destroy(ctx);
    free(text);
}

static void organisations_are_not_places(void **state)
{
    (void)state;
    const char *text = "date 2025-06-12\n\nThe African Union welcomed the ceasefire, and the Red Cross said "
                       "it would send aid. The European Union and NATO called for restraint. Envoys met at "
                       "the United Nations in New York on Tuesday.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "orgs.txt", NULL, &s), DM_OK);
    static const char *const orgs[] = {"African Union", "Red Cross", "European Union", "NATO"};
    for (size_t k = 0; k < dm_story_place_count(s); k++) {
        const dm_place_t *p = dm_story_place(s, k);
        for (size_t m = 0; m < p->mention_count; m++)
            for (size_t o = 0; o < sizeof orgs / sizeof orgs[0]; o++)
                if (p->mentions[m].end - p->mentions[m].start == strlen(orgs[o]) &&
                    strncmp(text + p->mentions[m].start, orgs[o], strlen(orgs[o])) == 0)
                    fail_msg("'%s' taken as place %s", orgs[o], p->id);
    }
    /* After a locative cue the organisation's seat is a venue. */
    assert_non_null(place_near(s, 40.75, -73.97, 10, -1));
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

static void city_not_same_named_region(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* "meet again in Geneva": the city, not the canton around it. */
    dm_story_t *s = extract_rel(ctx, "tests/articles/europe-helsinki-arms-talks.txt");
    assert_non_null(place_near(s, 46.2022, 6.1457, 10, DM_PLACE_CITY));
    assert_null(place_near(s, 46.2022, 6.1457, 60, DM_PLACE_REGION));
    dm_story_destroy(s);
    /* The rule is general (a region and a city of its name within ~60 km),
     * and the text may still say region. */
    const char *text = "date 2025-09-12\n\nEnvoys met in Tokyo, New York and Geneva on Friday. The "
                       "governor of the canton of Geneva welcomed them.\n";
    s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "twins.txt", NULL, &s), DM_OK);
    assert_non_null(place_near(s, 35.690, 139.692, 10, DM_PLACE_CITY));
    assert_non_null(place_near(s, 40.714, -74.006, 10, DM_PLACE_CITY));
    assert_null(place_near(s, 35.690, 139.692, 60, DM_PLACE_REGION));
    assert_null(place_near(s, 40.714, -74.006, 60, DM_PLACE_REGION));
    const dm_place_t *city = place_near(s, 46.2022, 6.1457, 10, DM_PLACE_CITY);
    const dm_place_t *canton = place_near(s, 46.2022, 6.1457, 60, DM_PLACE_REGION);
    assert_non_null(city);
    assert_non_null(canton);
    /* "in ... Geneva" is the city's mention, "the canton of Geneva" the canton's. */
    assert_int_equal(city->mention_count, 1);
    assert_int_equal(canton->mention_count, 1);
    assert_true(city->mentions[0].start < canton->mentions[0].start);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

static void embedded_names_are_no_places(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* "Pacific Islands Forum leaders": the forum, no Pacific Ocean. */
    dm_story_t *s = extract_rel(ctx, "docs/gallery/pacific-forum.txt");
    for (size_t k = 0; k < dm_story_place_count(s); k++)
        assert_int_not_equal(dm_story_place(s, k)->kind, DM_PLACE_AREA);
    assert_non_null(place_near(s, -21.137, -175.201, 10, DM_PLACE_CITY));
    dm_story_destroy(s);
    /* Any place named only inside an organisation's name gives no place. */
    const char *text = "date 2025-09-12\n\nThe Washington Post reported that envoys met in Seoul on "
                       "Friday. The Pacific Islands Forum welcomed the talks.\n";
    s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "embedded.txt", NULL, &s), DM_OK);
    assert_int_equal(dm_story_place_count(s), 1);
    assert_non_null(place_near(s, 37.566, 126.978, 10, DM_PLACE_CITY));
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Issue 15's classes of words that are no places, and the qualifiers and
 * lists that say which place a name is (text written for this test). */
static void names_that_are_no_places(void **state)
{
    (void)state;
    const char *text = "date 2025-09-12\n\nThe council will vote on renaming Wichita Street. Sam Gallagher "
                       "scored twice for the visitors. Learn More: the Alliance's statement is online. Schools "
                       "in Barrow and Jackson counties closed. A trucker from Salina, Kan., and a nurse from "
                       "London, Ont., were hurt.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "no-places.txt", NULL, &s), DM_OK);
    assert_null(place_near(s, 37.69, -97.34, 30, -1));                  /* Wichita: a street */
    assert_null(place_near(s, 33.51, 36.29, 30, -1));                   /* Damascus ("Sam"): a person */
    assert_null(place_near(s, 62.55, 8.35, 300, -1));                   /* Møre ("More:"): a word */
    assert_null(place_near(s, 40.92, -81.11, 30, -1));                  /* Alliance, Ohio: a word */
    assert_null(place_near(s, 71.29, -156.79, 100, -1));                /* Barrow, Alaska: the county is meant */
    assert_non_null(place_near(s, 33.99, -83.71, 30, DM_PLACE_REGION)); /* Barrow County, Georgia */
    assert_null(place_near(s, 25.85, 114.93, 300, -1));                 /* "Kan." is no Chinese town */
    assert_non_null(place_near(s, 38.5, -98.4, 300, DM_PLACE_REGION));  /* Kansas */
    assert_non_null(place_near(s, 42.98, -81.23, 20, DM_PLACE_CITY));   /* London, Ontario */
    assert_null(place_near(s, 51.51, -0.13, 50, -1));                   /* not London, England */
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Twelfth round (issue 15): a club named after a town, a place before a
 * feature the gazetteer lacks, a hyphenated name of its own, a town's name
 * with its common noun (the span is the name). */
static void names_inside_longer_names(void **state)
{
    (void)state;
    const char *text = "date 2025-09-12\n\nFans of Leicester City sang all night after the win. Reporters met "
                       "the mayor in Cork city on Monday. Growers in the Santa Clara Valley want more water. "
                       "The coach John-Paul Brennan flew home.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "longer-names.txt", NULL, &s), DM_OK);
    assert_null(place_near(s, 52.64, -1.13, 30, -1));   /* Leicester: a club */
    assert_null(place_near(s, 37.35, -121.96, 30, -1)); /* Santa Clara: the valley is meant */
    assert_null(place_near(s, 17.12, -25.02, 50, -1));  /* Paul, Cape Verde: a given name */
    const dm_place_t *cork = place_near(s, 51.90, -8.47, 30, DM_PLACE_CITY);
    assert_non_null(cork);
    assert_int_equal(cork->mention_count, 1);
    assert_int_equal(cork->mentions[0].end - cork->mentions[0].start, 4); /* "Cork", not "Cork city" */
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* A demonym as a noun is a people or a tongue, and "NZ$" a currency: no
 * place (twelfth round, issue 15). */
static void demonyms_as_nouns(void **state)
{
    (void)state;
    const char *text = "date 2025-09-12\n\nThe grant was worth NZ$4 million. The guide was printed in "
                       "Norwegian, and the team hired an Icelandic; the Portuguese, who lost, went home.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "demonym-nouns.txt", NULL, &s), DM_OK);
    assert_int_equal(dm_story_place_count(s), 0);
    dm_story_destroy(s);
    const char *adjective = "date 2025-09-12\n\nThe Norwegian government hosted the talks.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, adjective, strlen(adjective), "demonym-adjective.txt", NULL, &s),
                     DM_OK);
    assert_non_null(place_near(s, 62.0, 10.0, 800, DM_PLACE_COUNTRY)); /* Norway */
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* A currency named after a country ("U.S. dollars", "a weak Canadian
 * dollar") names no party of the event beside it (fourteenth session). */
static void currencies_name_no_party(void **state)
{
    (void)state;
    const char *text = "date 2025-09-12\n\nChile and Peru signed a trade deal worth 2 billion U.S. dollars in "
                       "Lima on Monday, as a weak Canadian dollar hurt exporters.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "currency.txt", NULL, &s), DM_OK);
    assert_true(dm_story_event_count(s) >= 1);
    const dm_event_t *ev = dm_story_event(s, 0);
    assert_int_equal(ev->type, DM_EVENT_AGREEMENT);
    int chile = 0, peru = 0;
    for (size_t k = 0; k < ev->participant_count; k++) {
        chile |= strcmp(ev->participants[k], "CL") == 0;
        peru |= strcmp(ev->participants[k], "PE") == 0;
        assert_string_not_equal(ev->participants[k], "US");
        assert_string_not_equal(ev->participants[k], "CA");
    }
    assert_true(chile && peru);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* A place inside a title ("the Duke of Edinburgh") or a treaty named
 * before it ("the Treaty of Lisbon") is no place of the story; a ruler's
 * country stays (twelfth round, issue 15). */
static void titles_and_treaties_of_places(void **state)
{
    (void)state;
    const char *text = "date 2025-09-12\n\nThe Duke of Edinburgh greeted the Archbishop of Canterbury, and "
                       "both praised the Treaty of Lisbon. The Emir of Qatar joined them later.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "titles-of.txt", NULL, &s), DM_OK);
    assert_null(place_near(s, 55.95, -3.19, 50, -1));                  /* Edinburgh */
    assert_null(place_near(s, 51.28, 1.08, 50, -1));                   /* Canterbury, Kent */
    assert_null(place_near(s, -43.5, 171.2, 300, -1));                 /* Canterbury, New Zealand */
    assert_null(place_near(s, 38.72, -9.14, 50, -1));                  /* Lisbon */
    assert_non_null(place_near(s, 25.3, 51.2, 300, DM_PLACE_COUNTRY)); /* Qatar */
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* ---- dates ----------------------------------------------------------------- */

static void resolves_relative_dates(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"It said Wednesday that talks ended.", "2025-06-11"},
        {"It said on Thursday that talks ended.", "2025-06-12"},
        {"They met last year in Hanoi.", "2024"},
        {"They met in February in Hanoi.", "2025-02"},
        {"They met in September in Hanoi.", "2024-09"},
        {"They will meet in September in Hanoi.", "2025-09"},
        {"They met in June 2019 at Panmunjom.", "2019-06"},
        {"They met on June 12, 2018 in Singapore.", "2018-06-12"},
        {"They met on 27 February 2019 in Hanoi.", "2019-02-27"},
        {"They met last month in Hanoi.", "2025-05"},
        {"They met yesterday in Hanoi.", "2025-06-11"},
        {"The deal was reached in 2018 in Singapore.", "2018"},
        {"They will meet next Monday in Hanoi.", "2025-06-16"},
        {"The office was blown up five years ago.", "2020"},
        {"They will meet on Saturday in Hanoi.", "2025-06-14"},
        {"They met on Saturday in Hanoi.", "2025-06-07"},
        {"A second forum was held on October 12-13, 2015 in Riyadh.", "2015-10-12"},
        {"A second forum was held on October 12 \u2013 13, 2015 in Riyadh.", "2015-10-12"},
        {"She will travel to Israel December 4-5.", "2025-12-04"},
        {"From September 30 \u2013 October 2, she was in Mexico City.", "2024-09-30"},
        {"Courts tied them to the 1994 killing in a cafe.", "1994"},
        {"The crisis began last December 17 at the residence.", "2024-12-17"},
        {"The envoy said in Seoul Monday that talks will open soon.", "2025-06-09"},
        /* a month, or a day of one, with "last/next/this year" after it */
        {"They met in March last year in Hanoi.", "2024-03"},
        {"They met on 5 May last year in Hanoi.", "2024-05-05"},
        {"They met on May 5 last year in Hanoi.", "2024-05-05"},
        {"They will meet in February next year in Hanoi.", "2026-02"},
        {"They met in September this year in Hanoi.", "2025-09"},
    };
    dm_context_t *ctx = dm_context_create();
    dmi_date_t ref = {2025, 6, 12}; /* a Thursday */
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dmi_article_t art;
        assert_int_equal(dmi_article_init(ctx, &art, cases[i].text, strlen(cases[i].text), "d"), DM_OK);
        dmi_tense_t tense = strstr(cases[i].text, "will") ? DMI_TENSE_FUTURE : DMI_TENSE_PAST;
        char got[11] = "";
        for (size_t t = 0; t < art.token_count && !got[0]; t++) {
            dmi_date_t d;
            if (dmi_date_at(&art, t, art.token_count, &ref, 0, tense, &d))
                dmi_date_format(&d, got);
        }
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("'%s': got '%s', want '%s'", cases[i].text, got, cases[i].want);
        dmi_article_clear(&art);
    }
    /* "that September" takes the year last named. */
    const char *t2 = "In 2019 they met. That September they met again.";
    dmi_article_t art;
    assert_int_equal(dmi_article_init(ctx, &art, t2, strlen(t2), "d"), DM_OK);
    size_t that = 0;
    while (that < art.token_count && !dmi_tok_eq(&art, that, "That"))
        that++;
    dmi_date_t d;
    assert_true(dmi_date_at(&art, that, art.token_count, &ref, 2019, DMI_TENSE_PAST, &d) == 2);
    char got[11];
    dmi_date_format(&d, got);
    assert_string_equal(got, "2019-09");
    dmi_article_clear(&art);
    /* A date inside a "since" clause bounds a state; one of a "since" noun
     * phrase dates its happening. */
    static const struct {
        const char *text, *word;
        int bounds;
    } since[] = {
        {"He has pushed reform since taking office in June last year.", "June", 1},
        {"It is her first trip abroad since she took power in May 1990.", "May", 1},
        {"They are the first talks since the summit in Oslo last month.", "last", 0},
        {"Ties have been frozen since 2019.", "2019", 1},
    };
    for (size_t i = 0; i < sizeof since / sizeof since[0]; i++) {
        assert_int_equal(dmi_article_init(ctx, &art, since[i].text, strlen(since[i].text), "d"), DM_OK);
        size_t w = 0;
        while (w < art.token_count && !dmi_tok_eq(&art, w, since[i].word))
            w++;
        assert_true(w < art.token_count);
        if (dmi_date_bounds_state(&art, w) != since[i].bounds)
            fail_msg("'%s': '%s' bounds a state: %d", since[i].text, since[i].word, !since[i].bounds);
        dmi_article_clear(&art);
    }
    /* The article's date from a dateline. */
    const char *t3 = "HELSINKI, Sept. 12, 2025 -- Talks were held.";
    assert_int_equal(dmi_article_init(ctx, &art, t3, strlen(t3), "d"), DM_OK);
    assert_int_equal(dmi_article_date(&art, &d), 0);
    dmi_date_format(&d, got);
    assert_string_equal(got, "2025-09-12");
    dmi_article_clear(&art);
    /* Thirty-second round (the precision audit): a date told as a bound of
     * something else ("made after", "since") is no day of the report; a
     * dateline after it still is. */
    const char *t4 = "Shops pulled biscuits made after March 3, 2024 from their shelves.";
    assert_int_equal(dmi_article_init(ctx, &art, t4, strlen(t4), "d"), DM_OK);
    assert_int_not_equal(dmi_article_date(&art, &d), 0);
    dmi_article_clear(&art);
    const char *t5 = "Ties frozen since May 2, 2019 thaw. OSLO, Sept. 12, 2025 -- Talks were held.";
    assert_int_equal(dmi_article_init(ctx, &art, t5, strlen(t5), "d"), DM_OK);
    assert_int_equal(dmi_article_date(&art, &d), 0);
    dmi_date_format(&d, got);
    assert_string_equal(got, "2025-09-12");
    dmi_article_clear(&art);
    dm_context_destroy(ctx);
}

/* ---- persons, evidence, the principal event, CAMEO codes, titles ---------- */

/* The event of the type whose first place has the id, or NULL. */
static json_t *event_at(json_t *root, const char *type, const char *place)
{
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(root, "events"), i, e)
    {
        const char *first = json_string_value(json_array_get(json_object_get(e, "places"), 0));
        int at = place ? first && strcmp(first, place) == 0 : !first; /* NULL: placeless */
        if (strcmp(json_string_value(json_object_get(e, "type")), type) == 0 && at)
            return e;
    }
    return NULL;
}

static json_t *principal_of(json_t *root)
{
    size_t i, n = 0;
    json_t *e, *p = NULL;
    json_array_foreach(json_object_get(root, "events"), i, e)
    {
        if (json_is_true(json_object_get(e, "principal"))) {
            p = e;
            n++;
        }
    }
    assert_int_equal(n, 1); /* exactly one */
    return p;
}

/* The story's own time and setting: a sentence opening with its date
 * frames its paragraph; a meeting told after a trip to a city without a
 * place of its own is there. */
static void dates_from_the_story_frame(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    const char *text = "date 2023-06-17\nThe adviser's travel to Japan\n\n"
                       "The adviser traveled to Tokyo, Japan, for meetings with allies.\n\n"
                       "On June 15, the envoys of three countries held a trilateral meeting on maritime security.\n\n"
                       "On June 16, the adviser spoke to students. He later met the governor in Osaka.\n";
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "frame.txt", NULL, &s), DM_OK);
    json_t *root = story_json(s);
    json_t *tokyo = event_at(root, "meeting", "tokyo");
    assert_non_null(tokyo);
    assert_string_equal(json_string_value(json_object_get(tokyo, "date")), "2023-06-15");
    json_t *osaka = event_at(root, "meeting", "osaka");
    assert_non_null(osaka);
    assert_string_equal(json_string_value(json_object_get(osaka, "date")), "2023-06-16");
    json_decref(root);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

static void assert_persons(json_t *e, const char *const *names, size_t n)
{
    json_t *persons = json_object_get(e, "persons");
    assert_int_equal(json_array_size(persons), n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(json_string_value(json_array_get(persons, i)), names[i]);
}

/* Extracts text and checks that the event of type at place names exactly
 * the persons given, in order. */
static void check_event_persons(dm_context_t *ctx, const char *text, const char *type, const char *place,
                                const char *const *names, size_t n)
{
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "persons.txt", NULL, &s), DM_OK);
    json_t *root = story_json(s);
    json_t *e = event_at(root, type, place);
    assert_non_null(e);
    assert_persons(e, names, n);
    json_decref(root);
    dm_story_destroy(s);
}

static void event_fields(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* A wire tag before the headline; a surname alone after the full name. */
    dm_story_t *s = extract_rel(ctx, "tests/articles/asia-lead-prefix-hanoi-visit.txt");
    assert_string_equal(dm_story_title(s), "Australian prime minister visits Hanoi for trade talks");
    json_t *root = story_json(s);
    json_t *p = principal_of(root);
    /* The headline's event, its sentence the headline without the tag. */
    assert_ptr_equal(p, event_at(root, "visit", "hanoi"));
    assert_string_equal(json_string_value(json_object_get(p, "evidence")),
                        "Australian prime minister visits Hanoi for trade talks");
    assert_string_equal(json_string_value(json_object_get(p, "cameo")), "042");
    json_t *m = event_at(root, "meeting", "hanoi");
    assert_non_null(m);
    static const char *const met[] = {"Anthony Albanese", "Pham Minh Chinh"};
    assert_persons(m, met, 2);
    assert_string_equal(json_string_value(json_object_get(m, "evidence")),
                        "In Hanoi, Albanese met Vietnamese Prime Minister Pham Minh Chinh on Tuesday afternoon, and "
                        "the two governments signed an agreement on critical minerals.");
    assert_string_equal(json_string_value(json_object_get(m, "cameo")), "040");
    assert_string_equal(json_string_value(json_object_get(event_at(root, "agreement", "hanoi"), "cameo")), "057");
    /* "Before leaving Canberra, Albanese had spoken by phone with ...":
     * the leaving clause places the caller (twenty-second round; the
     * twenty-first had lost this call, since a nationality places nobody
     * and an undated call without a place is not kept). */
    assert_non_null(event_at(root, "call", "canberra"));
    json_decref(root);
    dm_story_destroy(s);
    /* A headline in capitals: sentence case with its names; its event is
     * told by the body only (talks in Bergen, not the planned meeting). */
    s = extract_rel(ctx, "tests/articles/europe-capitals-headline-bergen.txt");
    assert_string_equal(dm_story_title(s), "Norway and Sweden hold fisheries talks in Bergen");
    root = story_json(s);
    p = principal_of(root);
    assert_ptr_equal(p, event_at(root, "talks", "bergen"));
    assert_string_equal(json_string_value(json_object_get(p, "cameo")), "046");
    json_t *next = event_at(root, "meeting", "stockholm");
    assert_string_equal(json_string_value(json_object_get(next, "cameo")), "036");
    static const char *const minister[] = {"Thorvald Stoltenberg"};
    assert_persons(next, minister, 1);
    json_decref(root);
    dm_story_destroy(s);
    /* No headline: the first event told in a main clause ("after talks in
     * Doha" is a circumstance of the agreement). */
    const char *t = "date 2025-06-12\n\nAfter two rounds of talks in Doha, Ethiopia and Eritrea signed a border "
                    "agreement in Asmara on Monday.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "main.txt", NULL, &s), DM_OK);
    root = story_json(s);
    assert_ptr_equal(principal_of(root), event_at(root, "agreement", "asmara"));
    json_decref(root);
    dm_story_destroy(s);
    /* What is reported is the news, whatever clause the report stands in. */
    t = "date 2025-06-12\n\nThe minister spoke to reporters after a news agency reported, citing two officials, "
        "that Iranian diplomats had refused a letter from Bern at their embassy in Geneva. On Thursday the Swiss "
        "president visited Vienna.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "reported.txt", NULL, &s), DM_OK);
    root = story_json(s);
    assert_ptr_equal(principal_of(root), event_at(root, "letter", "bern"));
    json_decref(root);
    dm_story_destroy(s);
    /* A headline without an event word names two cities: the news is this
     * week's talks, not the visit of months before told first. */
    t = "date 2025-06-12\nDar es Salaam and Nairobi weigh a new rail link\n\nThe Kenyan president visited Dar es "
        "Salaam in March. Trade ministers of the two countries held talks in Nairobi on Tuesday about the line.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "background.txt", NULL, &s), DM_OK);
    root = story_json(s);
    assert_non_null(event_at(root, "visit", "dar-es-salaam"));
    assert_ptr_equal(principal_of(root), event_at(root, "talks", "nairobi"));
    json_decref(root);
    dm_story_destroy(s);
    /* A country that says whose a person is ("President X of Peru") is no
     * place of the headline's news: the meeting in Oslo, not a visit to
     * Peru told after it. */
    t = "date 2025-06-12\nMinister Ana Soto meets President Luis Quispe of Peru\n\nMinister Ana Soto met President "
        "Luis Quispe in Oslo on Wednesday. The two agreed that the Norwegian trade minister will visit Peru next "
        "month.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "whose.txt", NULL, &s), DM_OK);
    root = story_json(s);
    assert_non_null(event_at(root, "visit", "peru"));
    assert_ptr_equal(principal_of(root), event_at(root, "meeting", "oslo"));
    json_decref(root);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* One sentence per case, in our own words: the event's type, status and
 * CAMEO code (docs/story-format.md, "CAMEO codes"). */
static void cameo_codes(void **state)
{
    (void)state;
    static const struct {
        const char *text, *type, *status, *cameo;
    } cases[] = {
        {"The leaders of France and Germany met in Paris on Monday.", "meeting", "held", "040"},
        {"The presidents of Chile and Peru met in Geneva on Monday.", "meeting", "held", "044"},
        {"Japan hosted the leaders of Vietnam and Laos in Tokyo on Monday.", "meeting", "held", "043"},
        {"The foreign ministers of Spain and Morocco will meet in Rabat next week.", "meeting", "planned", "036"},
        {"A summit of Serbia and Kosovo in Brussels was cancelled on Monday.", "meeting", "cancelled", "164"},
        {"Negotiators from Sudan and Chad held talks in Cairo on Monday.", "talks", "held", "046"},
        {"Qatar mediated talks between Ethiopia and Eritrea in Doha on Monday.", "talks", "held", "045"},
        {"The Indian prime minister visited Hanoi on Monday.", "visit", "held", "042"},
        {"The Polish president postponed his visit to Kyiv on Monday.", "visit", "cancelled", "160"},
        {"The Finnish president spoke by phone with the Estonian prime minister in Tallinn on Monday.", "call", "held",
         "041"},
        {"North Korea suspended phone calls with Seoul at Panmunjom on Monday.", "call", "suspended", "161"},
        {"The Argentine president sent a letter to the Chilean president in Santiago on Monday.", "letter", "delivered",
         "040"},
        {"North Korea refused a letter from Seoul at the truce village of Panmunjom on Monday.", "letter", "refused",
         "125"},
        {"Seoul sent a proposal to Pyongyang on Monday through the liaison channel at Panmunjom.", "letter",
         "delivered", "036"},
        {"In a statement from Ottawa on Monday, the Canadian government welcomed the decision.", "statement", "held",
         "010"},
        {"In a statement from Manila, the Philippine foreign ministry accused China of harassing its fishermen on "
         "Monday.",
         "statement", "held", "112"},
        {"South Korea suspended loudspeaker broadcasts along the Military Demarcation Line on Monday.", "broadcast",
         "suspended", "080"},
        {"South Korea switched off its loudspeaker broadcasts along the Military Demarcation Line on Monday.",
         "broadcast", "suspended", "080"},
        {"North Korea sent balloons and leaflets across the Military Demarcation Line on Monday.", "broadcast",
         "delivered", "010"},
        {"Armenia and Azerbaijan signed a peace treaty in Abu Dhabi on Monday.", "agreement", "held", "057"},
        {"Lebanon rejected a ceasefire agreement in Paris on Monday.", "agreement", "refused", "127"},
        {"Israeli airstrikes hit Khan Younis on Monday.", "incident", "held", "195"},
        {"Russian forces shelled Kharkiv on Monday.", "incident", "held", "194"},
        {"Police detained two activists in Minsk on Monday.", "incident", "held", "173"},
        {"Coast guard officers seized a fishing boat near Palawan on Monday.", "incident", "held", "171"},
        {"North Korea launched a ballistic missile into the Sea of Japan on Monday.", "incident", "held", "150"},
        {"Pakistani and Afghan troops clashed near Kandahar on Monday.", "incident", "held", "190"},
    };
    dm_context_t *ctx = dm_context_create();
    int failures = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        snprintf(text, sizeof text, "date 2025-06-12\n\n%s\n", cases[i].text);
        dm_story_t *s = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "cameo.txt", NULL, &s), DM_OK);
        json_t *root = story_json(s);
        json_t *e = json_array_get(json_object_get(root, "events"), 0);
        const char *type = json_string_value(json_object_get(e, "type"));
        const char *status = json_string_value(json_object_get(e, "status"));
        const char *cameo = json_string_value(json_object_get(e, "cameo"));
        if (!type || strcmp(type, cases[i].type) != 0 || strcmp(status, cases[i].status) != 0 || !cameo ||
            strcmp(cameo, cases[i].cameo) != 0) {
            print_error("'%s': %s/%s/%s, expected %s/%s/%s\n", cases[i].text, type ? type : "-", status ? status : "-",
                        cameo ? cameo : "-", cases[i].type, cases[i].status, cases[i].cameo);
            failures++;
        }
        json_decref(root);
        dm_story_destroy(s);
    }
    assert_int_equal(failures, 0);
    dm_context_destroy(ctx);
}

/* The title extracted from text (named name) is want; what names the case in a failure: given. */
static void check_title(dm_context_t *ctx, const char *text, const char *name, const char *given, const char *want)
{
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), name, NULL, &s), DM_OK);
    if (!dm_story_title(s) || strcmp(dm_story_title(s), want) != 0)
        fail_msg("'%s': title '%s', expected '%s'", given, dm_story_title(s) ? dm_story_title(s) : "", want);
    dm_story_destroy(s);
}

/* Wire tags come off the headline by their shape, not from a list. */
static void wire_prefixes(void **state)
{
    (void)state;
    static const struct {
        const char *headline, *title;
    } cases[] = {
        {"UPDATE 2-Kenya and Uganda sign border accord in Kampala", "Kenya and Uganda sign border accord in Kampala"},
        {"WRAPUP 1-Kenya and Uganda sign border accord in Kampala", "Kenya and Uganda sign border accord in Kampala"},
        {"EXCLUSIVE-Kenya and Uganda sign border accord in Kampala", "Kenya and Uganda sign border accord in Kampala"},
        {"FACTBOX-Kenya and Uganda sign border accord in Kampala", "Kenya and Uganda sign border accord in Kampala"},
        {"RPT-UPDATE 1-Kenya and Uganda sign border accord in Kampala",
         "Kenya and Uganda sign border accord in Kampala"},
        {"(LEAD) Kenya and Uganda sign border accord in Kampala", "Kenya and Uganda sign border accord in Kampala"},
        {"(2nd LD) Kenya and Uganda sign border accord in Kampala", "Kenya and Uganda sign border accord in Kampala"},
        {"Roundup: Kenya and Uganda sign border accord in Kampala", "Kenya and Uganda sign border accord in Kampala"},
        {"2nd lead: Kenya and Uganda sign border accord in Kampala", "Kenya and Uganda sign border accord in Kampala"},
        /* Not tags: a name before a hyphen or a colon. */
        {"UAE-Kenya talks open in Kampala", "UAE-Kenya talks open in Kampala"},
        {"Kampala: Kenya and Uganda sign border accord", "Kampala: Kenya and Uganda sign border accord"},
        /* Capitals: sentence case, names and acronyms kept. */
        {"KENYA AND UGANDA SIGN BORDER ACCORD IN KAMPALA AFTER UN TALKS",
         "Kenya and Uganda sign border accord in Kampala after UN talks"},
        {"KENYA-UGANDA TALKS OPEN IN KAMPALA", "Kenya-Uganda talks open in Kampala"},
        /* A country of two or three words the body never names: each word
         * capitalised (one word alone is no country: "south", "new"). */
        {"KENYA AND SOUTH SUDAN SIGN BORDER ACCORD IN KAMPALA", "Kenya and South Sudan sign border accord in Kampala"},
        {"NEW ZEALAND AND CENTRAL AFRICAN REPUBLIC OPEN TALKS IN KAMPALA",
         "New Zealand and Central African Republic open talks in Kampala"},
        /* Not datelines: a long line opening with a country in capitals
         * and a comma, or ending in a number; a long line naming nothing
         * the extractor knows is the editor's headline all the same. */
        {"KENYA, UGANDA SIGN BORDER ACCORD IN KAMPALA", "Kenya, Uganda sign border accord in Kampala"},
        {"Kenya and Uganda sign border accord as delegates arrive from 12",
         "Kenya and Uganda sign border accord as delegates arrive from 12"},
        {"Ministers close ranks under a new charter", "Ministers close ranks under a new charter"},
        /* Typewriter quotes of old wire copy become typographic ones; an
         * apostrophe inside a word stays. */
        {"Kenya's envoy calls Uganda's offer `a trap'", "Kenya's envoy calls Uganda's offer \xe2\x80\x98"
                                                        "a trap\xe2\x80\x99"},
        {"Kenya calls the accord ``historic'' in Kampala",
         "Kenya calls the accord \xe2\x80\x9chistoric\xe2\x80\x9d in Kampala"},
        /* A digest's line ending in a date is no headline: the title comes from
         * the main event. */
        {"Regional news summary 0900 GMT - June 12", "Uganda and Kenya sign accord in Kampala"},
        /* An official readout's headline listing every party (25 words), and
         * one in capitals: still the headline, wrapped by the renderer. */
        {"Readout of the Meeting Between the Foreign Ministers of Kenya and Uganda and the Envoys of Rwanda, Burundi, "
         "Tanzania, South Sudan, and Ethiopia in Kampala",
         "Readout of the Meeting Between the Foreign Ministers of Kenya and Uganda and the Envoys of Rwanda, Burundi, "
         "Tanzania, South Sudan, and Ethiopia in Kampala"},
        {"KENYA AND UGANDA SIGN BORDER ACCORD IN KAMPALA AFTER TALKS WITH THE ENVOYS OF RWANDA, BURUNDI, TANZANIA, "
         "SOMALIA AND ETHIOPIA",
         "Kenya and Uganda sign border accord in Kampala after talks with the envoys of Rwanda, Burundi, Tanzania, "
         "Somalia and Ethiopia"},
        /* Over 30 words without a full stop: a lede, not a headline; the title
         * comes from its event. */
        {"Kenya and Uganda sign border accord in Kampala after talks with the envoys of Rwanda, Burundi, Tanzania, "
         "South Sudan and Ethiopia as delegates from twelve more countries of the region arrive for the next round",
         "Kenya and Uganda sign border accord in Kampala"},
    };
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "date 2025-06-12\n\n%s\n\nKAMPALA, June 12 - The foreign ministers of Kenya and Uganda signed an "
                 "accord on their border in Kampala on Thursday after talks hosted by the UN.\n",
                 cases[i].headline);
        check_title(ctx, text, "wire.txt", cases[i].headline, cases[i].title);
    }
    dm_context_destroy(ctx);
}

/* A title built from the body's sentence (no headline line): the subject is
 * a name that acts, never the scene-setting words before a comma, a
 * preposition, or the medium that reports the act (thirty-second round,
 * the unseen news of the geoparsing dev halves). The event titled is one
 * the map draws (thirty-fifth round). */
static void titles_from_the_acting_subject(void **state)
{
    (void)state;
    static const struct {
        const char *body, *title;
    } cases[] = {
        {"Earlier on Thursday, Foreign Minister Ana Soto phoned her counterpart in Rome.",
         "Foreign Minister Ana Soto phones counterpart in Rome"},
        {"State radio reported that Ana Soto had phoned her counterpart in Rome on Monday.",
         "Ana Soto phones counterpart in Rome"},
        {"In Lisbon, the mayor agreed a twinning pact with officials of Porto on Monday.", "Agreement in Lisbon"},
        {"During a visit to Lisbon the envoy met local leaders on Monday.", "Visit to Lisbon"},
        {"Minister Ana Soto visited a shipyard in Gdansk on Monday.", "Minister Ana Soto visits shipyard in Gda\xc5\x84sk"},
        /* the map draws the clashes, not a meeting the text places nowhere */
        {"The two ministers held a meeting on Monday to discuss the fighting. Police clashed with rebels near Quito "
         "on Sunday.",
         "Clashes in Quito"},
        /* a passive verb's subject is what was done ("Ecuador to sign Cusco" before) */
        {"During the stay, an accord would be signed between the Cusco Chamber of Commerce and that of Ecuador in "
         "Cusco.",
         "Agreement in Cusco planned"},
    };
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        snprintf(text, sizeof text, "date 2025-03-03\n\n%s\n", cases[i].body);
        check_title(ctx, text, "body.txt", cases[i].body, cases[i].title);
    }
    dm_context_destroy(ctx);
}

/* The story's events in one line: "type date status place/place; ..."
 * (places by id, "-" for none, "?" for no date). */
static void events_line(const char *text, char *out, size_t size)
{
    events_line_of(text, 1, out, size);
}

/* A sentence of our own and the events_line it must give. */
typedef struct {
    const char *text, *want;
} line_case_t;

static void check_event_cases(const line_case_t *cases, size_t n)
{
    char got[1024];
    for (size_t i = 0; i < n; i++) {
        events_line(cases[i].text, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("case %zu: got '%s', want '%s'", i, got, cases[i].want);
    }
}

/* Fortieth round (issue 14, engineer itin40): one stop, one event, across
 * sentences, from a grid of invented wire-shaped itineraries (docs/accuracy.md,
 * "Fortieth round: one stop, one event"). A happening told back whose day
 * comes before its place ("the tour opened on Sunday in C") keeps the
 * place: the day and the place told together are its own (events.c,
 * dated_place_len; rules/stage_verbs.txt); a stop told in a clause of its
 * own day is a visit of its own; a meeting at the stop takes its day. */
static void events_fortieth_round_itinerary(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Tuesday. The tour opened on Sunday in Quito.\n",
         "meeting 2010-06-15 held lima; visit 2010-06-13 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "The summit was held on Sunday in Quito.\n",
         "meeting 2010-06-13 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "The talks took place on June 12 at Quito.\n",
         "talks 2010-06-12 held quito"},
        /* guards: the day after the place, and a last day ("ended") told
         * of a gathering opened before, which stays one event. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "The summit was held in Quito on Sunday.\n",
         "meeting 2010-06-13 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Negotiators held talks in Quito on Monday. The talks ended on Tuesday in Quito.\n",
         "talks 2010-06-14 held quito"},
        /* A stop told in a clause of its own day after the happening
         * ("met X in A on Monday, and on Tuesday she was in B") is a visit
         * of its own, not a second place of the meeting (events.c,
         * day_clause_stops). */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday, and on Tuesday she was in Quito, where she met Ruiz.\n",
         "meeting 2010-06-14 held lima; visit 2010-06-15 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "On Tuesday Mendez held talks in Lima with Peruvian leaders, and on Monday she was in Quito.\n",
         "talks 2010-06-15 held lima; visit 2010-06-14 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday, and on Tuesday in Quito.\n",
         "meeting 2010-06-14 held lima; visit 2010-06-15 held quito"},
        /* guards: two days of one happening, and a clause with a
         * happening of its own. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Negotiators held talks on Monday and on Tuesday in Quito.\n",
         "talks 2010-06-14 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday, and on Tuesday she met Ruiz in Quito.\n",
         "meeting 2010-06-14 held lima; meeting 2010-06-15 held quito"},
        /* A meeting its own sentence does not date, told right after a
         * trip's sentence in one paragraph, at a town of the trip's
         * country, is on the trip's day (events.c, stop_day_of_meetings);
         * guards: a sentence with its own time word, a new paragraph, a
         * town of another country. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Vega in Lima on Tuesday.\n\nOn Sunday Mendez flew to Ecuador. At a meeting outside Quito, Ruiz "
         "offered help.\n",
         "meeting 2010-06-15 held lima; visit 2010-06-13 held ecuador; meeting 2010-06-13 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Vega in Lima on Tuesday.\n\nOn Sunday Mendez flew to Ecuador. At a meeting outside Quito, Ruiz "
         "offered help today.\n",
         "meeting 2010-06-15 held lima; visit 2010-06-13 held ecuador; meeting 2010-06-15 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Vega in Lima on Tuesday.\n\nOn Sunday Mendez flew to Ecuador.\n\nAt a meeting outside Quito, "
         "Ruiz offered help.\n",
         "meeting 2010-06-15 held lima; visit 2010-06-13 held ecuador; meeting 2010-06-15 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Vega in Lima on Tuesday.\n\nOn Sunday Mendez flew to Ecuador. At a meeting outside Lima, Ruiz "
         "offered help.\n",
         "meeting 2010-06-15 held lima; visit 2010-06-13 held ecuador"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Fortieth round (issue 14, engineer nop40): remarks at a venue the
 * sentence does not place ("told a news conference"), made by the
 * scene's people ("the two leaders", "They", a person of the lede's
 * gathering), are at the story's current scene (S->scene), before the
 * dateline's city; a day before the scene's, another year, a speaker
 * outside the scene and a saying still to come keep apart. Invented rows
 * from a grid of wire-shaped stories (7 -> 10 of 15 right). */
static void events_fortieth_round_scene_sayings(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2010-06-15\nSome headline for the test\n\n"
         "President Ana Mendez met President Luis Rojas in Lima on Monday. "
         "The two leaders told a joint news conference that trade would grow.\n",
         "meeting 2010-06-14 held lima; statement 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "President Ana Mendez met President Luis Rojas in Lima on Monday. "
         "They told a news conference that the accord was near.\n",
         "meeting 2010-06-14 held lima; statement 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "QUITO, June 15 (Wire) - President Ana Mendez met President Luis Rojas in Lima on Monday. "
         "The two leaders told a news conference that trade would grow.\n",
         "meeting 2010-06-14 held lima; statement 2010-06-14 held lima"},
        /* guards */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "President Ana Mendez met President Luis Rojas in Lima on Monday. "
         "The two leaders told a news conference on Sunday that trade would grow.\n",
         "meeting 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "President Ana Mendez met President Luis Rojas in Lima on Monday. "
         "Mendez told a news conference in 2004 that the border was closed.\n",
         "meeting 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "President Ana Mendez met President Luis Rojas in Lima on Monday. "
         "Chile and Peru grew closer in 2004. They told a news conference that the border was open.\n",
         "meeting 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "President Ana Mendez met President Luis Rojas in Lima on Monday. "
         "Foreign Minister Vera Ortiz told a news conference that the talks were useful.\n",
         "meeting 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "President Ana Mendez met President Luis Rojas in Lima on Monday. "
         "Mendez will tell a news conference on Friday what was agreed.\n",
         "meeting 2010-06-14 held lima"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (issue 14, engineer merge37): one happening told
 * again by a definite description, and the guards that keep two apart,
 * from a grid of invented articles (docs/accuracy.md, "Thirty-seventh
 * round: one happening, one event"). */
static void events_thirty_seventh_round_told_again(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A definite description ("the talks", "their talks", a verb whose
         * subject is "they") tells the nearest meeting or talks again and
         * carries its date or place back (rules/told_again_nouns.txt). */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Foreign ministers of Chile and Peru met to discuss trade. The talks took place in Lima on Monday.\n",
         "meeting 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Negotiators from Chile and Peru met on Monday. The talks in Geneva ended without a deal.\n",
         "meeting 2010-06-14 held geneva"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas on Monday. Their talks in Lima focused on trade.\n",
         "meeting 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chilean and Peruvian ministers held talks on trade. They met in Lima on Monday.\n",
         "talks 2010-06-14 held lima"},
        /* ... guards: another day, another town, another status, a verb
         * whose "they" meets again elsewhere. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. The meeting in Quito on Friday will be tense.\n",
         "meeting 2010-06-14 held lima; meeting 2010-06-18 planned quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez visited Lima on Monday. The visit to Quito on Friday is planned.\n",
         "visit 2010-06-14 held lima; visit 2010-06-18 planned quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. The hour-long meeting on Thursday in Quito was tense.\n",
         "meeting 2010-06-14 held lima; meeting 2010-06-10 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chile and Peru held talks in Quito on Monday. They met again in Lima on Wednesday.\n",
         "talks 2010-06-14 held quito; meeting 2010-06-09 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez arrived in Lima on Monday for a state visit. On Wednesday he will attend a regional summit in Quito.\n",
         "visit 2010-06-14 held lima; meeting 2010-06-16 planned quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chile and Peru held talks in Quito this week. Talks in Lima last year failed.\n",
         "talks 2010-06 held quito; talks 2009 failed lima"},
        /* A plan told as a further occasion ("the next meeting", "another
         * visit") is not the one held, dated or not (rules/next_words.txt). */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas on Monday. The next meeting will be held in Quito.\n",
         "meeting 2010-06-14 held -; meeting 2010-06 planned quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez visited Lima on Monday. He will make another visit to Lima.\n",
         "visit 2010-06-14 held lima; visit 2010-06 planned lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chile and Peru held talks in Geneva on Monday. The next round of talks will be held in Vienna.\n",
         "talks 2010-06-14 held geneva; talks 2010-06 planned vienna"},
        /* "their previous meeting", "the earlier meeting": background, dated
         * by nothing of the news (rules/earlier_words.txt). */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. Their previous meeting, in Quito, ended badly.\n",
         "meeting 2010-06-14 held lima; meeting ? held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. The earlier meeting in Quito was cut short.\n",
         "meeting 2010-06-14 held lima; meeting ? held quito"},
        /* A reference back reaches past the auxiliaries before a verb of
         * taking place for its venue ("will be held in C"; rules/
         * auxiliary_words.txt, rules/taking_place_verbs.txt); not before
         * another verb. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez and Rojas will meet to discuss trade. The meeting will be held in Lima on Friday.\n",
         "meeting 2010-06-18 planned lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez will meet Rojas on Friday. The meeting will take place in Lima.\n",
         "meeting 2010-06-18 planned lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chile and Peru will hold talks on fishing. The talks are to take place in Quito on Friday.\n",
         "talks 2010-06-18 planned quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. The meeting will be watched closely in Quito.\n",
         "meeting 2010-06-14 held lima"},
        /* ... and past a comma that opens where it took place ("the summit,
         * held in C, ended"); guard: held elsewhere, on another date. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chile and Peru held talks on Monday. The talks, held in Geneva, were friendly.\n",
         "talks 2010-06-14 held geneva"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "The leaders of Chile and Peru met on Monday. The summit, held in Arica, ended with a joint statement.\n",
         "meeting 2010-06-14 held arica"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. The summit, held in Quito in May, was tense.\n",
         "meeting 2010-06-14 held lima; meeting 2010-05 held quito"},
        /* ... or a comma that opens its day or town ("the talks, on Monday,",
         * "the talks, in C,"); guard: a phrase of no place or day. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chilean and Peruvian negotiators held talks in Geneva. The talks, on Monday, focused on the border.\n",
         "talks 2010-06-14 held geneva"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chile and Peru held talks on Monday. The talks, in Geneva, were friendly.\n",
         "talks 2010-06-14 held geneva"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Chile and Peru held talks in Quito on Monday. The talks, in a sign of progress, ended early.\n",
         "talks 2010-06-14 held quito"},
        /* "During the meeting, A and B signed an accord": made at the
         * meeting's place and day (rules/occasion_nouns.txt). */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. During the meeting, Chile and Peru signed a fishing accord.\n",
         "meeting 2010-06-14 held lima; agreement 2010-06-14 held lima"},
        /* "The two ministers signed an accord", "Both sides signed": the
         * occasion's two sides, so at its place and day (thirty-ninth round,
         * ctx39; rules/pair_nouns.txt); guards: a past year of its own, an
         * accord only called for. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. The two ministers signed a fishing accord.\n",
         "meeting 2010-06-14 held lima; agreement 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. Both sides signed a fishing accord.\n",
         "meeting 2010-06-14 held lima; agreement 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. The two ministers signed a fishing accord in 2008.\n",
         "meeting 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. The two leaders called for a fishing accord.\n",
         "meeting 2010-06-14 held lima"},
        /* The story's current scene (fortieth round, scene40): "They"
         * opening the sentence stands for the two sides, unless the date
         * told last lies before the scene's days; a trip done after the
         * lead moves the scene (a trip still to come does not); a gathering
         * held later at the scene moves its day on. */
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. They also signed a fishing accord.\n",
         "meeting 2010-06-14 held lima; agreement 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. Chile and Peru grew closer in 2004. They signed a fishing accord.\n",
         "meeting 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. On Tuesday Mendez flew to Quito for talks with Vera. "
         "The two ministers signed a fishing accord.\n",
         "meeting 2010-06-14 held lima; visit 2010-06-15 held quito; agreement 2010-06-15 held quito"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez met Rojas in Lima on Monday. Mendez will fly to Quito on Friday. The two ministers signed a fishing accord.\n",
         "meeting 2010-06-14 held lima; visit 2010-06-18 planned quito; agreement 2010-06-14 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\n"
         "Mendez arrived in Lima on Sunday. Mendez held talks with Rojas on Monday. The two ministers signed a fishing accord.\n",
         "visit 2010-06-13 held lima; talks 2010-06-14 held lima; agreement 2010-06-14 held lima"},
        /* ... the sides named as nations ("The two nations signed"); guard:
         * a year of its own. A gathering the sides hold earlier in the
         * report's week is at the scene (the dateline's city); guards: one
         * held by video, one after a trip abroad. The lead's venue, not the
         * dateline's city, for what the sides do there that day. */
        {"date 2010-06-17\nSOME HEADLINE FOR THE TEST\n\n"
         "LIMA, June 17 - Mendez met Rojas in Lima on Thursday.\n\nThe two nations signed an accord on border crossings.\n",
         "meeting 2010-06-17 held lima; agreement 2010-06-17 held lima"},
        {"date 2010-06-17\nSOME HEADLINE FOR THE TEST\n\n"
         "LIMA, June 17 - Mendez met Rojas in Lima on Thursday.\n\n"
         "The two countries signed an accord on border crossings in 1999.\n",
         "meeting 2010-06-17 held lima"},
        {"date 2010-06-17\nSOME HEADLINE FOR THE TEST\n\n"
         "LIMA, June 17 - Mendez held talks with Rojas in Lima on Thursday.\n\nThe two ministers met on Monday to prepare the visit.\n",
         "talks 2010-06-17 held lima; meeting 2010-06-14 held lima"},
        {"date 2010-06-17\nSOME HEADLINE FOR THE TEST\n\n"
         "LIMA, June 17 - Mendez held talks with Rojas in Lima on Thursday.\n\nThey met on Monday by video link.\n",
         "talks 2010-06-17 held lima; meeting 2010-06-14 held -"},
        {"date 2010-06-17\nSOME HEADLINE FOR THE TEST\n\n"
         "LIMA, June 17 - Mendez visited Bolivia on Monday.\n\nThe two ministers met on Tuesday.\n",
         "visit 2010-06-14 held bolivia; meeting 2010-06-15 held -"},
        {"date 2010-06-17\nSOME HEADLINE FOR THE TEST\n\n"
         "QUITO, June 17 - Mendez met Rojas in Lima on Wednesday.\n\nThe two ministers held talks for three hours on Wednesday.\n",
         "meeting 2010-06-16 held lima"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The thirty-seventh round's grid (issue 14, engineer merge37): short
 * invented articles that tell one happening several times (a headline and
 * the body, "the meeting, the first since", "during their talks", "they
 * met", "Monday's talks", "the visit" after "arrived in C", a date or venue
 * told only later) and guards that must stay apart (two days, two towns, a
 * visit and a summit, a next round, last year's talks). Each row gives the
 * events a careful reader lists, "type date status place; ...". A row
 * marked todo is still wrong (its want is the right answer): it is
 * counted and printed, and the test fails when it starts to pass, so that
 * its mark is removed. */
typedef struct {
    const char *name, *text, *want;
    int todo;
} grid_case_t;

static void events_thirty_seventh_round_grid(void **state)
{
    (void)state;
    static const grid_case_t cases[] = {
        {"A1 headline meet + body met",
         "date 2010-06-15\nChilean and Peruvian ministers meet in Lima\n\nChilean Foreign Minister Carlos Mendez met his Peruvian counterpart Ana Rojas in Lima on Monday. They discussed fishing quotas.\n",
         "meeting 2010-06-14 held lima", 0},
        {"A2 headline talks + body talks",
         "date 2010-06-15\nChile and Peru hold talks on fishing\n\nChile and Peru held talks on fishing quotas in Lima on Monday. The talks lasted three hours.\n",
         "talks 2010-06-14 held lima", 0},
        {"A3 headline visit + body visit",
         "date 2010-06-15\nMendez visits Peru\n\nChilean President Carlos Mendez arrived in Lima on Monday for a two-day state visit. The visit is his first to Peru.\n",
         "visit 2010-06-14 held lima", 0},
        {"B1 met to discuss; the talks took place in C on Monday",
         "date 2010-06-15\nSome headline for the test\n\nForeign ministers of Chile and Peru met to discuss trade. The talks took place in Lima on Monday.\n",
         "meeting 2010-06-14 held lima", 0},
        {"B2 met; the meeting was held in C",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas on Monday to discuss trade. The meeting was held in Lima.\n",
         "meeting 2010-06-14 held lima", 0},
        {"B3 held talks; the talks were held in C on Monday",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks on fishing quotas. The talks were held in Quito on Monday.\n",
         "talks 2010-06-14 held quito", 0},
        {"B4 met; the meeting took place on Monday",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima to discuss trade. The meeting took place on Monday.\n",
         "meeting 2010-06-14 held lima", 0},
        {"B5 met in country; the meeting in town",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Chile on Monday. The meeting took place in Arica.\n",
         "meeting 2010-06-14 held arica", 0},
        {"B6 the meeting came on Monday",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima to discuss trade. The meeting came on Monday, a week after the floods.\n",
         "meeting 2010-06-14 held lima", 0},
        {"B7 summit later dated",
         "date 2010-06-15\nSome headline for the test\n\nThe leaders of Chile and Peru held a summit in Lima. The summit took place on Monday.\n",
         "meeting 2010-06-14 held lima", 0},
        {"B8 talks in town then date",
         "date 2010-06-15\nSome headline for the test\n\nChilean and Peruvian negotiators held talks in Geneva. The talks, on Monday, focused on the border.\n",
         "talks 2010-06-14 held geneva", 0},
        {"C1 the meeting, the first since",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The meeting, the first since the border dispute, lasted two hours.\n",
         "meeting 2010-06-14 held lima", 0},
        {"C2 it was their first meeting since",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. It was their first meeting since January.\n",
         "meeting 2010-06-14 held lima", 0},
        {"C3 the talks were the first since",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Quito on Monday. The talks were the first since 2008.\n",
         "talks 2010-06-14 held quito", 0},
        {"D1 during their talks",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. During their talks, the two ministers discussed fishing.\n",
         "meeting 2010-06-14 held lima", 0},
        {"D2 during the meeting, signed",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. During the meeting, they signed a fishing accord.\n",
         "meeting 2010-06-14 held lima; agreement 2010-06-14 held lima", 0},
        {"D3 at the talks, X said",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Quito on Monday. At the talks, Mendez said the border must stay open.\n",
         "talks 2010-06-14 held quito", 0},
        {"E1 who met for two hours",
         "date 2010-06-15\nSome headline for the test\n\nMendez and Rojas held talks in Lima on Monday. The two leaders, who met for two hours, agreed to meet again.\n",
         "talks 2010-06-14 held lima", 0},
        {"E2 the two men met again later",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The two men met for two hours and discussed trade.\n",
         "meeting 2010-06-14 held lima", 0},
        {"E3 visit then met",
         "date 2010-06-15\nSome headline for the test\n\nMendez arrived in Lima on Monday for a visit. He met Rojas for two hours.\n",
         "visit 2010-06-14 held lima; meeting 2010-06-14 held lima", 0},
        {"F1 Monday's talks",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Quito on Monday. Monday's talks focused on fishing.\n",
         "talks 2010-06-14 held quito", 0},
        {"F2 Monday's meeting in later sentence",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. Officials said Monday's meeting was friendly.\n",
         "meeting 2010-06-14 held lima", 0},
        {"F3 Monday's talks gives date",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Quito this week. Monday's talks focused on fishing.\n",
         "talks 2010-06-14 held quito", 0},
        {"G1 arrived in C; the visit",
         "date 2010-06-15\nSome headline for the test\n\nMendez arrived in Lima on Monday. The visit is the first by a Chilean president in ten years.\n",
         "visit 2010-06-14 held lima", 0},
        {"G2 arrived in C; during the visit met",
         "date 2010-06-15\nSome headline for the test\n\nMendez arrived in Lima on Monday. During the visit he will meet Rojas.\n",
         "visit 2010-06-14 held lima; meeting 2010-06 planned lima", 0},
        {"G3 visited; his visit ends",
         "date 2010-06-15\nSome headline for the test\n\nMendez visited Lima on Monday. His visit ends on Wednesday.\n",
         "visit 2010-06-14 held lima", 0},
        {"G4 will visit; the visit will start on Friday",
         "date 2010-06-15\nSome headline for the test\n\nMendez will visit Peru. The visit will start in Lima on Friday.\n",
         "visit 2010-06-18 planned lima", 0},
        {"G5 trip later dated",
         "date 2010-06-15\nSome headline for the test\n\nMendez travelled to Lima to meet Rojas. The trip took place on Monday.\n",
         "visit 2010-06-14 held lima", 0},
        {"H1 held talks; they met in C on Monday",
         "date 2010-06-15\nSome headline for the test\n\nChilean and Peruvian ministers held talks on trade. They met in Lima on Monday.\n",
         "talks 2010-06-14 held lima", 0},
        {"H2 ministers will meet; meeting set for Friday in C",
         "date 2010-06-15\nSome headline for the test\n\nThe foreign ministers of Chile and Peru will meet to discuss trade. The meeting is set for Friday in Lima.\n",
         "meeting 2010-06-18 planned lima", 0},
        {"H3 talks to be held; the talks will take place in C on Friday",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru will hold talks on fishing. The talks will take place in Quito on Friday.\n",
         "talks 2010-06-18 planned quito", 0},
        {"H4 summit placed later",
         "date 2010-06-15\nSome headline for the test\n\nLeaders of Chile and Peru held a summit on Monday. The summit was held in Arica.\n",
         "meeting 2010-06-14 held arica", 0},
        {"H5 the meeting at venue",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas on Monday. The meeting took place in Tacna, near the border.\n",
         "meeting 2010-06-14 held tacna", 0},
        {"H6 date first, place later in third sentence",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas on Monday. They discussed fishing and trade. The meeting was held in Arica.\n",
         "meeting 2010-06-14 held arica", 0},
        {"I1 dateline then the meeting",
         "date 2010-06-15\nSome headline for the test\n\nLIMA, June 15 - Mendez met Rojas on Monday. The meeting lasted two hours.\n",
         "meeting 2010-06-14 held lima", 0},
        {"I2 dateline, talks, later Monday's talks",
         "date 2010-06-15\nSome headline for the test\n\nQUITO, June 15 - Chile and Peru held talks on Monday. Monday's talks were friendly.\n",
         "talks 2010-06-14 held quito", 0},
        {"X1 two meetings different days",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. He met Rojas again in Lima on Thursday.\n",
         "meeting 2010-06-14 held lima; meeting 2010-06-10 held lima", 0},
        {"X2 two meetings different towns",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. On Tuesday he met Pablo Soto in Quito.\n",
         "meeting 2010-06-14 held lima; meeting 2010-06-15 held quito", 0},
        {"X3 visit and separate summit",
         "date 2010-06-15\nSome headline for the test\n\nMendez arrived in Lima on Monday for a state visit. On Wednesday he will attend a regional summit in Quito.\n",
         "visit 2010-06-14 held lima; meeting 2010-06-16 planned quito", 0},
        {"X4 held round and next round",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Geneva on Monday. The next round of talks will be held in Vienna in July.\n",
         "talks 2010-06-14 held geneva; talks 2010-07 planned vienna", 0},
        {"X5 talks last year and this week",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Quito this week. Talks in Lima last year failed.\n",
         "talks 2010-06 held quito; talks 2009 failed lima", 0},
        {"X6 the meeting dated differently",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The two had last met in Quito in March.\n",
         "meeting 2010-06-14 held lima; meeting 2010-03 held quito", 0},
        {"X7 the talks will resume on date",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Geneva on Monday. The talks will resume on Friday.\n",
         "talks 2010-06-14 held geneva; talks 2010-06-18 planned geneva", 1},
        {"X8 met; the meeting next month",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. They agreed to hold a summit in Quito next month.\n",
         "meeting 2010-06-14 held lima; meeting 2010-07 planned quito", 0},
        {"X9 visit and meeting at two towns",
         "date 2010-06-15\nSome headline for the test\n\nMendez visited Arica on Monday. On Tuesday the ministers met in Tacna.\n",
         "visit 2010-06-14 held arica; meeting 2010-06-15 held tacna", 0},
        {"X10 meeting then later separate summit",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The summit of Andean leaders opens in Quito on Friday.\n",
         "meeting 2010-06-14 held lima; meeting 2010-06-18 planned quito", 0},
        {"X11 placeless meeting then visit elsewhere",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas on Monday. On Friday he will visit Quito.\n",
         "meeting 2010-06-14 held -; visit 2010-06-18 planned quito", 0},
        {"X12 visit; the talks there later date differs",
         "date 2010-06-15\nSome headline for the test\n\nMendez visited Lima in May. The talks there on Monday were tense.\n",
         "visit 2010-05 held lima; talks 2010-06-14 held lima", 1},
        {"X13 two visits",
         "date 2010-06-15\nSome headline for the test\n\nMendez visited Lima on Monday. The visit came a year after his trip to Quito in May 2009.\n",
         "visit 2010-06-14 held lima; visit 2009-05 held quito", 0},
        {"X14 the previous meeting",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. Their previous meeting, in Quito, ended badly.\n",
         "meeting 2010-06-14 held lima; meeting ? held quito", 0},
        {"X15 the talks last year",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Lima on Monday. The talks last year collapsed.\n",
         "talks 2010-06-14 held lima; talks 2009 failed -", 1},
        {"J1 the visit, the talks (visit then talks told later)",
         "date 2010-06-15\nSome headline for the test\n\nMendez arrived in Lima on Monday for talks with Rojas. The talks focused on fishing.\n",
         "visit 2010-06-14 held lima", 0},
        {"J2 met; the encounter",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The talks lasted two hours.\n",
         "meeting 2010-06-14 held lima", 0},
        {"J3 the summit, held in C",
         "date 2010-06-15\nSome headline for the test\n\nThe leaders of Chile and Peru met on Monday. The summit, held in Arica, ended with a joint statement.\n",
         "meeting 2010-06-14 held arica", 0},
        {"J4 spoke to reporters after the talks",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Quito on Monday. After the talks, Mendez told reporters that progress was made.\n",
         "talks 2010-06-14 held quito", 0},
        {"J5 meeting later told with hours",
         "date 2010-06-15\nSome headline for the test\n\nThe presidents of Chile and Peru met in Lima on Monday. Their meeting lasted four hours.\n",
         "meeting 2010-06-14 held lima", 0},
        {"J6 the talks in C ended",
         "date 2010-06-15\nSome headline for the test\n\nNegotiators from Chile and Peru met on Monday. The talks in Geneva ended without a deal.\n",
         "meeting 2010-06-14 held geneva", 0},
        {"J7 will meet; Friday's meeting in C",
         "date 2010-06-15\nSome headline for the test\n\nMendez will meet Rojas this week. Friday's meeting in Lima will focus on trade.\n",
         "meeting 2010-06-18 planned lima", 0},
        {"J8 planned visit; the trip to C on date",
         "date 2010-06-15\nSome headline for the test\n\nMendez plans to visit Peru. The trip to Lima is set for Friday.\n",
         "visit 2010-06-18 planned lima", 0},
        {"J9 talks; the negotiations in C",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks on Monday. The negotiations in Quito were the first in a year.\n",
         "talks 2010-06-14 held quito", 0},
        {"J10 met; the meeting at the palace in C",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas on Monday. The meeting took place in Quito.\n",
         "meeting 2010-06-14 held quito", 0},
        {"H7 they met again on another day: two",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Quito on Monday. They met again in Lima on Wednesday.\n",
         "talks 2010-06-14 held quito; meeting 2010-06-09 held lima", 0},
        {"X16 the meeting planned after one held: two",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The meeting on Friday will be in Quito.\n",
         "meeting 2010-06-14 held lima; meeting 2010-06-18 planned quito", 1},
        {"X17 the visit to another town: two",
         "date 2010-06-15\nSome headline for the test\n\nMendez visited Lima on Monday. The visit to Quito on Friday is planned.\n",
         "visit 2010-06-14 held lima; visit 2010-06-18 planned quito", 0},
        {"X18 the summit with others named: two",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The summit with Pablo Soto and Luis Vega in Lima ended in May.\n",
         "meeting 2010-06-14 held lima; meeting 2010-05 held lima", 1},
        {"K1 the closed-door meeting",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas on Monday. The closed-door meeting took place in Lima.\n",
         "meeting 2010-06-14 held lima", 0},
        {"K2 the two-hour talks",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks on fishing. The two-hour talks took place in Quito on Monday.\n",
         "talks 2010-06-14 held quito", 0},
        {"K3 the bilateral meeting",
         "date 2010-06-15\nSome headline for the test\n\nMendez and Rojas met to discuss trade. The bilateral meeting was held in Lima on Monday.\n",
         "meeting 2010-06-14 held lima", 0},
        {"K4 their talks in C",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas on Monday. Their talks in Lima focused on trade.\n",
         "meeting 2010-06-14 held lima", 0},
        {"K5 the trip, his first abroad",
         "date 2010-06-15\nSome headline for the test\n\nMendez will visit Peru next week. The trip, his first abroad, will take him to Lima.\n",
         "visit 2010-06 planned lima", 0},
        {"K6 will hold talks; the talks in C on Friday",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru will hold talks on fishing. The talks in Quito on Friday will be the first in a year.\n",
         "talks 2010-06-18 planned quito", 0},
        {"K7 headline planned + body dated",
         "date 2010-06-15\nChile and Peru to hold talks\n\nChile and Peru will hold talks on fishing in Quito on Friday, officials said.\n",
         "talks 2010-06-18 planned quito", 0},
        {"K8 the hour-long meeting guard: other day",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The hour-long meeting on Thursday in Quito was tense.\n",
         "meeting 2010-06-14 held lima; meeting 2010-06-10 held quito", 0},
        {"K9 the visit, then the talks there",
         "date 2010-06-15\nSome headline for the test\n\nMendez arrived in Lima on Monday. The visit included talks with Rojas.\n",
         "visit 2010-06-14 held lima; talks 2010-06-14 held lima", 0},
        {"K10 the summit in a country then its town",
         "date 2010-06-15\nSome headline for the test\n\nLeaders of Chile and Peru met in Chile on Monday. The summit was held in Arica.\n",
         "meeting 2010-06-14 held arica", 0},
        {"K11 the earlier meeting guard",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The earlier meeting in Quito was cut short.\n",
         "meeting 2010-06-14 held lima; meeting ? held quito", 0},
        {"K12 the talks were held on date only",
         "date 2010-06-15\nSome headline for the test\n\nNegotiators from Chile and Peru held talks in Geneva. The talks were held on Monday.\n",
         "talks 2010-06-14 held geneva", 0},
        {"N1 the next meeting, placed, after one held: two",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas on Monday. The next meeting will be held in Quito.\n",
         "meeting 2010-06-14 held -; meeting 2010-06 planned quito", 0},
        {"N2 the next round of talks, undated: two",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Geneva on Monday. The next round of talks will be held in Vienna.\n",
         "talks 2010-06-14 held geneva; talks 2010-06 planned vienna", 0},
        {"N3 another visit to the same town: two",
         "date 2010-06-15\nSome headline for the test\n\nMendez visited Lima on Monday. He will make another visit to Lima.\n",
         "visit 2010-06-14 held lima; visit 2010-06 planned lima", 0},
        {"P1 the meeting will be held in C on Friday",
         "date 2010-06-15\nSome headline for the test\n\nMendez and Rojas will meet to discuss trade. The meeting will be held in Lima on Friday.\n",
         "meeting 2010-06-18 planned lima", 0},
        {"P2 will meet on Friday; the meeting will take place in C",
         "date 2010-06-15\nSome headline for the test\n\nMendez will meet Rojas on Friday. The meeting will take place in Lima.\n",
         "meeting 2010-06-18 planned lima", 0},
        {"P3 guard: the meeting will be watched in another town",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The meeting will be watched closely in Quito.\n",
         "meeting 2010-06-14 held lima", 0},
        {"P4 the talks are to take place in C",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru will hold talks on fishing. The talks are to take place in Quito on Friday.\n",
         "talks 2010-06-18 planned quito", 0},
        {"Q1 the talks, held in C, after placeless talks",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks on Monday. The talks, held in Geneva, were friendly.\n",
         "talks 2010-06-14 held geneva", 0},
        {"Q2 guard: the talks, held in another town last year",
         "date 2010-06-15\nSome headline for the test\n\nChile and Peru held talks in Quito on Monday. The talks, held in Geneva last year, failed.\n",
         "talks 2010-06-14 held quito; talks 2009 failed geneva", 1},
        {"L1 they plan a summit in C in September (June): planned, this September",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. They plan a summit in Quito in September.\n",
         "meeting 2010-06-14 held lima; meeting 2010-09 planned quito", 0},
        {"L2 the two sides are planning talks in C in September: planned",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The two sides are planning talks in Quito in September.\n",
         "meeting 2010-06-14 held lima; talks 2010-09 planned quito", 0},
        {"L3 guard: talks on a peace plan failed in May: failed, last May",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The peace plan talks in Quito failed in May.\n",
         "meeting 2010-06-14 held lima; talks 2010-05 failed quito", 0},
        {"Q3 guard: the summit, held in another town in May",
         "date 2010-06-15\nSome headline for the test\n\nMendez met Rojas in Lima on Monday. The summit, held in Quito in May, was tense.\n",
         "meeting 2010-06-14 held lima; meeting 2010-05 held quito", 0},
    };
    grid_tally_t tally = {0};
    char got[1024];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        events_line(cases[i].text, got, sizeof got);
        grid_row(&tally, cases[i].name, got, cases[i].want, cases[i].todo);
    }
    grid_finish(&tally, "thirty-seventh round grid");
}

/* Classes of error seen on the real-news dev half (docs/accuracy.md,
 * "Events round"), each told in sentences of our own. */
static void events_real_news_classes(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A meeting the text dates but does not place is kept, placeless;
         * a later mention that places it is the same meeting. */
        {"date 2025-06-12\n\nThe national security adviser met today with his Japanese counterpart to discuss "
         "supply chains.\n",
         "meeting 2025-06-12 held -"},
        {"date 2025-06-12\n\nThe national security adviser met today with his Japanese counterpart. The two "
         "advisers met in Osaka, officials said.\n",
         "meeting 2025-06-12 held osaka"},
        /* A visit goes where "to visit" points, and "the first ... to
         * visit" is a record set, not a plan; a country naming the
         * visitor ("the U.S. president") is not where the visit is. */
        {"date 2025-06-12\n\nMaria Lopez, the first US commerce secretary to visit Laos, toured a dam on "
         "Wednesday.\n",
         "visit 2025-06-11 held laos"},
        {"date 2025-06-12\n\nThe visiting U.S. president praised the reforms on Monday.\n", ""},
        /* Incidents: a launch is of a weapon; a weapon naming a thing
         * ("missile exports") and an attack that could come are none. */
        {"date 2025-06-12\n\nThe army launched missiles at Aden on Monday.\n", "incident 2025-06-09 held aden"},
        {"date 2025-06-12\n\nThe agency launched an appeal for food aid in Geneva on Monday.\n", ""},
        {"date 2025-06-12\n\nThe minister criticised missile exports to Syria on Monday.\n", ""},
        {"date 2025-06-12\n\nOfficials warned that the militia could attack Aden.\n", ""},
        /* Status: dated after the article is still to come; "had set
         * targets" is no plan. */
        {"date 2025-06-12\n\nThe ministers attended a trade meeting in Oslo next month.\n",
         "meeting 2025-07 planned oslo"},
        {"date 2025-06-12\n\nThe two ministers had set new trade targets during talks in Oslo on Wednesday.\n",
         "talks 2025-06-11 held oslo"},
        /* Time: a clause without a date takes its sentence's ("In March
         * 2015 ... visited Paris" in a 2019 article), not the article's
         * month; voicing support for a summit holds none. */
        {"date 2019-08-14\n\nIn March 2015, after the minister had voiced support for a summit, the crown prince "
         "visited Paris.\n",
         "visit 2015-03 held paris"},
        /* Where: a place in the meeting's purpose or topic ("to discuss
         * sanctions against Sudan", "amid concerns about ...") is not its
         * venue. */
        {"date 2025-06-12\n\nThe envoy met the foreign minister in Nairobi on Wednesday to discuss sanctions "
         "against Sudan.\n",
         "meeting 2025-06-11 held nairobi"},
        {"date 2025-06-12\n\nThe adviser met the minister on Wednesday amid concerns about fighting in Sudan.\n",
         "meeting 2025-06-11 held -"},
        /* An agreement only named is background; signed, it is one. */
        {"date 2025-06-12\n\nThe minister said in Oslo that a pact would bring many new jobs.\n", ""},
        {"date 2025-06-12\n\nThe two ministers signed a fisheries accord in Oslo on Wednesday.\n",
         "agreement 2025-06-11 held oslo"},
        /* Trips: a list of stops is one visit per stop, in order. */
        {"date 2025-06-12\n\nThe envoy travelled to Accra, Lome and Cotonou in May.\n",
         "visit 2025-05 held accra; visit 2025-05 held lome; visit 2025-05 held cotonou"},
        /* Setting out for a named place is a trip there; leaving a
         * meeting is none. */
        {"date 2025-06-12\n\nThe premier headed for Jordan on Wednesday to see the monarch.\n",
         "visit 2025-06-11 held jordan"},
        {"date 2025-06-12\n\nThe delegation left the talks early on Wednesday.\n", ""},
        /* A seat's plain "said" attributes a fact; its spokesman's is a
         * statement there. */
        {"date 2025-06-12\n\nThe Kremlin said on Wednesday that troop numbers had risen.\n", ""},
        {"date 2025-06-12\n\nA Kremlin spokesman said on Wednesday that troop numbers had risen.\n",
         "statement 2025-06-11 held kremlin"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Ninth round (docs/accuracy.md): invented events and persons, classes of
 * the real-news dev half's errors, each told in sentences of our own. */
static void events_precision_and_persons(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* An incident is where it hits, never at an uncued attacker or
         * reporter; one averted did not happen. */
        {"date 2025-06-12\n\nNorway voiced understanding on Monday over the American missile strikes.\n", ""},
        {"date 2025-06-12\n\nAden was hit by a drone attack on Monday.\n", "incident 2025-06-09 held aden"},
        {"date 2025-06-12\n\nThe navy patrols the strait to stop smugglers launching missile attacks on Aden.\n", ""},
        /* What was said is no place of the saying. */
        {"date 2025-06-12\n\nIn a joint statement on Monday, the two presidents said a clinic in Oslo would get new "
         "funds.\n",
         ""},
        /* A letter's purpose names no place of it. */
        {"date 2025-06-12\n\nThe minister wrote a letter on Monday to reopen a channel between Oslo and Riga.\n", ""},
        /* Uncued, a visit's place follows it. */
        {"date 2025-06-12\n\nVoicing Rome's doubts, the premier made a visit to nearby Slovenia "
         "on Monday.\n",
         "visit 2025-06-09 held slovenia"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
    /* Persons: a plural subject stands for the two named before it; a
     * surname alone is the person named in full; the country a person
     * speaks for comes from the words around a mention ("the Chilean
     * president, Ana Soto,"), so a call from her goes from Chile. */
    dm_context_t *ctx = dm_context_create();
    const char *t = "date 2025-06-12\n\nMaria Lopez and Anna Berg met three times last year. In Lisbon in May "
                    "2025 they signed a fisheries accord.\n\nThe Chilean president, Ana Soto, spoke by phone with "
                    "Peruvian President Luis Quispe on Monday.\n";
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, t, strlen(t), "persons.txt", NULL, &s), DM_OK);
    json_t *root = story_json(s);
    json_t *accord = event_at(root, "agreement", "lisbon");
    assert_non_null(accord);
    static const char *const signers[] = {"Maria Lopez", "Anna Berg"};
    assert_persons(accord, signers, 2);
    /* Nothing says where either president was: a call without a place
     * (the guide; it was drawn at Chile by nationality). */
    json_t *call = event_at(root, "call", NULL);
    assert_non_null(call);
    static const char *const callers[] = {"Ana Soto", "Luis Quispe"};
    assert_persons(call, callers, 2);
    json_decref(root);
    dm_story_destroy(s);
    /* A statement's persons are who spoke, not whom they spoke of. */
    static const char *const speaker[] = {"Ana Soto"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nAt a briefing in Oslo on Monday, the spokeswoman Ana Soto said "
                        "President Luis Quispe would meet Maria Lopez soon.\n",
                        "statement", "oslo", speaker, 1);
    /* A saying told before its speaker (", a Kremlin spokeswoman said") is
     * the speaker's alone: nobody when unnamed, not whom it was about. */
    check_event_persons(ctx,
                        "date 2025-06-12\n\nPresident Ana Soto is open to new talks with Luis Vega, a Kremlin "
                        "spokeswoman said on Monday.\n",
                        "statement", "kremlin", NULL, 0);
    static const char *const after_talks[] = {"Luis Vega"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nAt a news conference after talks with Ana Soto in Lima, Luis Vega "
                        "said the two sides were close.\n",
                        "statement", "lima", after_talks, 1);
    /* A portfolio after "of" is the title's, and the name follows it:
     * "Secretary of State Quispe", "Minister of Foreign Affairs Soto". */
    static const char *const visitor[] = {"Quispe"};
    check_event_persons(ctx, "date 2025-06-12\n\nSecretary of State Quispe will visit Lima next week.\n", "visit",
                        "lima", visitor, 1);
    static const char *const host[] = {"Soto"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nThe envoy met the Minister of Foreign Affairs Soto in Quito on "
                        "Monday.\n",
                        "meeting", "quito", host, 1);
    /* The last two words of a longer name joined by "for" or "of" are no
     * person before "said": the incident names nobody. */
    check_event_persons(ctx,
                        "date 2025-06-12\n\nBomb blasts in a district of Homs killed five people, the "
                        "London-based Network for Civil Liberties said, while two car bombs killed ten in Hama.\n",
                        "incident", "homs", NULL, 0);
    /* A relative clause straight after a name ("Quispe who hit back at")
     * tells of that person: its place is not the visit's, the dateline is. */
    static const char *const sparring[] = {"Ana Soto", "Luis Quispe"};
    check_event_persons(ctx,
                        "date 2025-06-12\nSoto spars with Quispe over prisoners\n\nLIMA - U.S. President Ana Soto "
                        "pressed Peru to free prisoners during her visit on Monday, sparring with President Luis "
                        "Quispe who hit back at U.S. critics.\n",
                        "visit", "lima", sparring, 2);
    /* "visiting" before the partner's title describes the partner of the
     * meeting just told: one meeting, placed and with both persons. */
    static const char *const hosts_guest[] = {"Luis Quispe", "Ana Soto"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nIn Lima on Friday, Peruvian President Luis Quispe began talks with "
                        "visiting U.S. President Ana Soto about trade.\n",
                        "talks", "lima", hosts_guest, 2);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nPeruvian President Luis Quispe met visiting Chilean Foreign Minister "
                        "Ana Soto in Lima on Wednesday.\n",
                        "meeting", "lima", hosts_guest, 2);
    /* A title of several words ends where the name begins: "Deputy
     * National Security Advisor Ana Soto" is Ana Soto. */
    static const char *const adviser[] = {"Ana Soto"};
    check_event_persons(ctx, "date 2025-06-12\n\nDeputy National Security Advisor Ana Soto visited Lima on Monday.\n",
                        "visit", "lima", adviser, 1);
    /* A day is no part of a name: not "On Monday" before an appositive
     * role, not "Luis Quispe Friday" when the day follows the name. */
    static const char *const ministers[] = {"Ana Soto", "Luis Quispe"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nOn Monday, a senior navy officer said the patrols would go on. "
                        "Foreign Minister Ana Soto met Luis Quispe Friday in Lima.\n",
                        "meeting", "lima", ministers, 2);
    dm_context_destroy(ctx);
}

/* Cases of one sentence each and what the first event's FIELD must be: a
 * string, or a list joined by commas. */
typedef struct {
    const char *text, *want;
} field_case_t;

static void check_first_event_field(const field_case_t *cases, size_t count, const char *field)
{
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < count; i++) {
        dm_story_t *s = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, cases[i].text, strlen(cases[i].text), "field.txt", NULL, &s),
                         DM_OK);
        json_t *root = story_json(s);
        json_t *v = json_object_get(json_array_get(json_object_get(root, "events"), 0), field);
        char got[128] = "";
        if (json_is_string(v))
            g_strlcpy(got, json_string_value(v), sizeof got);
        size_t j, n = 0;
        json_t *item;
        json_array_foreach(v, j, item) n +=
            (size_t)snprintf(got + n, sizeof got - n, "%s%s", j ? "," : "", json_string_value(item));
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("case %zu: %s '%s', want '%s'", i, field, got, cases[i].want);
        json_decref(root);
        dm_story_destroy(s);
    }
    dm_context_destroy(ctx);
}

/* A country's formal name with a possessive is one name ("the People's
 * Republic of China" is China, not "Republic of China" inside it); a
 * country that qualifies a meeting's venue ("in Bali, Indonesia.") is no
 * party to it, while the country a visit goes to is. */
static void participants_from_names_not_venues(void **state)
{
    (void)state;
    static const field_case_t cases[] = {
        {"date 2025-06-12\n\nThe minister met Vice Premier Liu of the People's Republic of China in Geneva on "
         "Monday.\n",
         "CN"},
        {"date 2025-06-12\n\nThe Chilean and Peruvian ministers met in Bali, Indonesia, on Monday.\n", "CL,PE"},
        {"date 2025-06-12\n\nThe Chilean minister visited Cusco, Peru, on Monday.\n", "CL,PE"},
    };
    check_first_event_field(cases, sizeof cases / sizeof cases[0], "participants");
}

/* Who a person speaks for is the longest country name before the title
 * ("North Korean leader X" is North Korea's, not "Korean"); a definite
 * description ("the North Korean leader") is the person named before after
 * that title, of that country, and a bare title ("the president") the one
 * person named after it; a news outlet saying something is no person. */
static void persons_by_description_and_country(void **state)
{
    (void)state;
    static const field_case_t participants[] = {
        {"date 2025-06-12\n\nNorth Korean leader Ri Ok-chol met Chinese President Wang Bo in Beijing on Monday.\n",
         "KP,CN"},
    };
    check_first_event_field(participants, sizeof participants / sizeof participants[0], "participants");
    static const field_case_t persons[] = {
        {"date 2025-06-12\n\nUS President Ana Soto wants to talk again with North Korean leader Ri Ok-chol.\n\nSoto "
         "hopes to renew her contacts with the North Korean leader, contacts that gave rise to meetings between "
         "them in Hanoi in 2019.\n",
         "Ana Soto,Ri Ok-chol"},
        {"date 2025-06-12\n\nKanto Press said the envoy would visit Osaka for two days from May 3 to see Prime "
         "Minister Ken Sato.\n",
         "Ken Sato"},
        /* A bare title is the one person written after it, of any country. */
        {"date 2025-06-12\n\nChilean President Ana Soto faces a hard winter.\n\nThe president met union leaders "
         "in Lima on Tuesday.\n",
         "Ana Soto"},
        {"date 2025-06-12\n\nPrime Minister Ken Sato and Foreign Minister Yui Mori face a hard winter.\n\nThe "
         "foreign minister visited Lima on Tuesday.\n",
         "Yui Mori"},
        {"date 2025-06-12\n\nPresident Ana Soto and President Luis Vega face a hard winter.\n\nThe president "
         "visited Lima on Tuesday.\n",
         ""},
        {"date 2025-06-12\n\nChilean President Ana Soto faces a hard winter.\n\nThe president of the football "
         "club visited Lima on Tuesday.\n",
         ""},
    };
    check_first_event_field(persons, sizeof persons / sizeof persons[0], "persons");
}

/* "ranging from A to B" ends a range of topics: B is no destination of
 * the travel named before it. */
static void range_of_topics_is_no_destination(void **state)
{
    (void)state;
    static const field_case_t cases[] = {
        {"date 2025-06-12\n\nOn the agenda are plans to ease bilateral travel and trade, and concerns ranging from "
         "Chile to Peru.\n",
         ""},
    };
    check_first_event_field(cases, sizeof cases / sizeof cases[0], "type");
}

/* A headline that tells a saying makes the lede's saying the news, at the
 * dateline's city, whoever the speaker; not a foreign country's ("LIMA -
 * Chile said" speaks from home). */
static void headline_saying_is_the_news(void **state)
{
    (void)state;
    static const field_case_t cases[] = {
        {"date 2025-12-28\nRegional Council says border line under its watch\n\nLIMA, Dec. 28 -- The Andean Border "
         "Council has said it alone runs the frontier strip between the two states, a rebuff to the army's "
         "plans.\n",
         "statement"},
        {"date 2025-12-28\nChile says border line under its watch\n\nLIMA, Dec. 28 -- Chile said on Monday the line "
         "between the two states has been under its authority.\n",
         ""},
    };
    check_first_event_field(cases, sizeof cases / sizeof cases[0], "type");
}

/* A possessive after a meeting's words names the topic's owner, not where
 * the talks were ("the response to Bolivia's missile test"). */
static void possessive_is_a_topic_not_a_venue(void **state)
{
    (void)state;
    static const field_case_t cases[] = {
        {"date 2025-06-12\n\nMinisters held talks on Tuesday that covered the response to Bolivia's missile "
         "test.\n",
         ""},
    };
    check_first_event_field(cases, sizeof cases / sizeof cases[0], "places");
}

/* A line is met at and fought along: "Talks at Military Demarcation
 * Line", "Clashes along Line of Control" (never "in" a line). */
static void labels_of_events_on_lines(void **state)
{
    (void)state;
    static const field_case_t cases[] = {
        {"date 2025-06-12\n\nMilitary officers of the two Koreas held talks at the Military Demarcation Line on "
         "Tuesday.\n",
         "Talks at Military Demarcation Line"},
        {"date 2025-06-12\n\nTroops clashed on the Line of Control on Monday.\n", "Clashes along Line of Control"},
    };
    check_first_event_field(cases, sizeof cases / sizeof cases[0], "label");
}

/* A letter's one place is named by the end the sentence gives it: the
 * recipient's ("to"), the sender's (a nationality, a possessive, "from"),
 * or neither ("in"); never "Letter to" the sender's own city. */
static void letter_labels_name_the_end_the_text_gives(void **state)
{
    (void)state;
    static const field_case_t cases[] = {
        {"date 2025-06-12\n\nThe Bolivian president sent a letter on Tuesday to the Secretary-General.\n",
         "Letter from Bolivia delivered"},
        {"date 2025-06-12\n\nQuito's letter to the Secretary-General was sent on Tuesday.\n",
         "Letter from Quito delivered"},
        {"date 2025-06-12\n\nA message from Quito reached the Secretary-General on Tuesday.\n", "Letter from Quito"},
        {"date 2025-06-12\n\nThe minister sent a letter to Quito on Tuesday.\n", "Letter to Quito delivered"},
        {"date 2025-06-12\n\nForeign Minister Ana Vela's letter was handed over on Tuesday in Quito.\n",
         "Letter to Quito delivered"},
        {"date 2025-06-12\n\nA minister stationed in Quito sent a letter on Tuesday to the troops.\n",
         "Letter in Quito delivered"},
    };
    check_first_event_field(cases, sizeof cases / sizeof cases[0], "label");
}

/* An incident's own object is where it hit ("the invasion of Cyprus",
 * "the shelling of Kharkiv"), not where its critic stood; "called" for a
 * demand or a naming ("called for talks", "called the envoy a spy")
 * is no telephone call. */
static void incident_objects_and_namings(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-12\n\nThe invasion of Cyprus, condemned by the premier at her villa in Sintra on Monday, "
         "alarmed the region.\n",
         "incident 2025-06-09 held cyprus"},
        {"date 2025-06-12\n\nThe shelling of Kharkiv by troops stationed in Belgorod went on all Monday.\n",
         "incident 2025-06-09 held kharkiv"},
        /* A call is placed only where the text puts its sides (twenty-second
         * round): nationalities place nobody, and the weak "called" keeps a
         * dated call without a place as "spoke by phone" does. */
        {"date 2025-06-12\n\nNorwegian Prime Minister Ana Soto called Latvian President Luis Quispe on Monday.\n",
         "call 2025-06-09 held -"},
        /* ... the dateline places the side that speaks in its country's
         * lede, and "In C," the caller; the other side stays unplaced. */
        {"date 2025-06-12\n\nLIMA - The Peruvian president, Ana Soto, said on Monday that she had spoken by phone "
         "with Chilean President Luis Quispe.\n",
         "call 2025-06-09 held lima"},
        {"date 2025-06-12\n\nIn Quito, Ecuadorian President Ana Soto phoned Latvian President Luis Quispe on Monday.\n",
         "call 2025-06-09 held quito"},
        {"date 2025-06-12\n\nThe Peruvian president, Ana Soto, spoke by phone with Chilean President Luis Quispe on "
         "Monday, her office said.\n",
         "call 2025-06-09 held -"},
        /* ... and a side the text puts in a country is drawn there, the
         * caller's nationality not. */
        {"date 2025-06-12\n\nIrish Foreign Minister Ana Soto phoned her brother Luis Soto in Portugal on Monday.\n",
         "call 2025-06-09 held portugal"},
        {"date 2025-06-12\n\nNorwegian Prime Minister Ana Soto called Latvian President Luis Quispe a liar on "
         "Monday.\n",
         ""},
        {"date 2025-06-12\n\nThe Norwegian premier called the Latvian decision ``reckless'' on Monday.\n", ""},
        /* A detention told as a lasting state is no event; one that
         * happened is. */
        {"date 2025-06-12\n\nThe two Norwegian citizens who are wrongfully detained in Latvia must be freed, the "
         "premier said.\n",
         ""},
        {"date 2025-06-12\n\nThe tanker, which remains seized in Bandar Abbas, was boarded on Monday.\n", ""},
        {"date 2025-06-12\n\nTwo Norwegian citizens were detained in Riga on Monday.\n",
         "incident 2025-06-09 held riga"},
        /* Carrying out an agreement made before is no agreement made. */
        {"date 2025-06-12\n\nThe envoys discussed how partners in Peru could implement the pledges of the Lima "
         "Accord on Monday.\n",
         ""},
        {"date 2025-06-12\n\nThe envoys signed the Lima Accord in Peru on Monday.\n", "agreement 2025-06-09 held peru"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The dateline is where the reporter is at the report's time: a lede's
 * background, dated over a month before, is not placed there; the lede's
 * news is. */
static void dateline_places_news_not_background(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-12\n\nOSLO, June 12 - The fishing treaty, which followed talks held in March 1998, is under "
         "review.\n",
         ""},
        /* (twenty-seventh round: kept, placeless, as a pact of two
         * countries dated to its own year; never at the dateline) */
        {"date 2025-06-12\n\nRIGA, June 12 (AFP) - Latvia and Estonia signed an agreement on the shared border in "
         "1994 after years of negotiations.\n",
         "agreement 1994 held -"},
        {"date 2025-06-12\n\nRIGA, June 12 (AFP) - Latvia and Estonia signed an agreement on the shared border on "
         "Tuesday after years of negotiations.\n",
         "agreement 2025-06-10 held riga"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Classes of the real-news dev half's errors, tenth round (docs/accuracy.md),
 * each told in sentences of our own. */
static void events_tenth_round(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* Remarks at a venue are a statement: at the venue's place, dated
         * by the saying (its weekday is past) ... */
        {"date 2025-06-12\n\nThe foreign minister told a news conference in Oslo on Monday that the border "
         "would reopen.\n",
         "statement 2025-06-09 held oslo"},
        /* ... at the dateline's city when the sentence names none, on the
         * report's day (what a closing attribution reports dates nothing) ... */
        {"date 2025-06-12\n\nOSLO, June 12 - The talks on fishing quotas would resume next year, the ministry "
         "spokeswoman said at a weekly briefing.\n",
         "statement 2025-06-12 held oslo"},
        /* ... or at a site right after the speech verb. */
        {"date 2025-06-12\n\nThe envoy said at Heathrow Airport on Wednesday that he expected a reply soon.\n",
         "statement 2025-06-11 held heathrow-airport"},
        /* A right is no speech given. */
        {"date 2025-06-12\n\nThe rally defended freedom of speech in Oslo on Monday.\n", ""},
        /* A proposal is an offer, no letter, unless the text tells it was
         * conveyed. */
        {"date 2025-06-12\n\nIn Riga on Monday, the Latvian minister proposed joint patrols of the Baltic "
         "coast.\n",
         ""},
        {"date 2025-06-12\n\nThe Latvian minister sent a proposal on fishing quotas to Oslo on Monday.\n",
         "letter 2025-06-09 delivered latvia/oslo"},
        /* One happening told at a country and then at a town of it is
         * one event, at the town. */
        {"date 2025-06-12\nEnvoy's mission\n\nMADRID, June 12, 2025 (AFP)\n\nThe envoy will meet the rebel "
         "leader in Algeria on June 20, his office said. The meeting with the rebel leader in Oran will be the "
         "first of his mission.\n",
         "meeting 2025-06-20 planned oran"},
        /* "arrived here": at the dateline's city, not the visitor's country. */
        {"date 2025-06-12\nDelegates for the conference\n\nBEIJING, June 12, 2025 (Xinhua)\n\nThe delegation "
         "of Norway arrived here on Wednesday.\n",
         "visit 2025-06-11 held beijing"},
        /* A trip that sets out is not where the report was filed; a lede's
         * visit that names no place after it is at the dateline's city, not
         * at the visitor's country named before it. */
        {"date 2025-06-12\n\nOSLO, June 12 - The trade minister leaves on Saturday on a week-long trip to the "
         "Far East to promote exports.\n",
         ""},
        {"date 2025-06-12\n\nHAVANA - U.S. President John Smith pressed Cuba to free prisoners during his "
         "historic visit to the island on Monday.\n",
         "visit 2025-06-09 held havana"},
        /* Relations cut ("other"): where the expelling is done. */
        {"date 2025-06-12\n\nOn Monday, Norway expelled two Latvian diplomats over the fishing dispute.\n\nThe "
         "Latvian ambassador was expelled from Norway on Tuesday.\n",
         "other 2025-06-09 held norway; other 2025-06-10 held norway"},
        /* A dateline on a line of its own places the lede's talks. */
        {"date 2025-06-12\nMinister holds talks in capital\n\nOSLO, June 12, 2025 (AFP)\n\nThe foreign "
         "minister held talks on Thursday with his Latvian counterpart.\n",
         "talks 2025-06-12 held oslo"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Issue 14, eleventh round: a lede's signing and a lede's statement of the
 * dateline's own country are at the dateline's city; plural and -ing forms
 * of agreements, storming and bombings are triggers. */
static void events_eleventh_round(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A lede's agreement that names no place of its own. */
        {"date 2025-06-12\n\nOSLO, June 12 - Norway and Latvia signed a fishing agreement on Thursday.\n",
         "agreement 2025-06-12 held oslo"},
        /* The dateline's country speaking in the lede, before or around a
         * relative clause ... */
        {"date 2025-06-14\n\nOSLO, June 14 (AFP) - Norway, which opposes the death penalty, said Saturday it "
         "respected the court ruling.\n",
         "statement 2025-06-14 held oslo"},
        /* ... but not a country named before unnamed officials' saying. */
        {"date 2025-06-12\n\nOSLO, June 12 - The United States for the first time imposed new tariffs, what "
         "Norway officials said would hurt exporters.\n",
         ""},
        {"date 2025-06-12\n\nIn Riga on Monday, the two ministers attended the signing of agreements on fishing "
         "quotas.\n",
         "agreement 2025-06-09 held riga"},
        {"date 2025-06-12\n\nSoldiers stormed the hijacked ferry in Bergen on Tuesday.\n",
         "incident 2025-06-10 held bergen"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirteenth round, recognition (issue 15): a locative cue before a town
 * that goes on into a longer capitalised name is that name's ("in the War
 * Cabinet", "at Riverdale Lukoil"), unless the name is the town's own body
 * ("at the Cottonport Fire Station"); a cue does not let a town take an
 * article ("opposed to the Axis") unless a list of towns follows; "according
 * to", a word of kin before a name, "and" beside a person, "who" after a
 * name and a town of no capital's rank that speaks make persons, not places.
 * Our own sentences. */
static void events_thirteenth_round_mentions(void **state)
{
    (void)state;
    const char *text = "date 2025-09-12\n\nThe minister sat in the War Cabinet in Jerusalem. The town opposed the "
                       "Axis in the war. Crews gathered at the Cottonport Fire Station on Friday. Most fighters came "
                       "from the Cross City or Chiefland areas. Tickets were sold at Riverdale Lukoil South. According "
                       "to Davis, the plan failed. The judge ordered Ryan Deen and Villanueva to pay damages.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "round13-mentions.txt", NULL, &s), DM_OK);
    assert_non_null(place_near(s, 31.78, 35.22, 30, DM_PLACE_CITY));  /* Jerusalem */
    assert_non_null(place_near(s, 30.98, -92.05, 30, DM_PLACE_CITY)); /* Cottonport: its fire station */
    assert_non_null(place_near(s, 29.47, -82.86, 30, DM_PLACE_CITY)); /* Chiefland, listed before "areas" */
    assert_null(place_near(s, 37.30, -81.69, 50, -1));                /* War, West Virginia: a cabinet */
    assert_null(place_near(s, 30.93, -88.03, 50, -1));                /* Axis, Alabama: the wartime alliance */
    /* Jerusalem, Cottonport, Chiefland, Cross City: no Riverdale, Davis or Villanueva. */
    assert_int_equal(dm_story_place_count(s), 4);
    dm_story_destroy(s);
    const char *kin = "date 2025-09-12\n\nThe mayor thanked her son, Devon, and his sister Kent for the gift.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, kin, strlen(kin), "round13-kin.txt", NULL, &s), DM_OK);
    assert_int_equal(dm_story_place_count(s), 0);
    dm_story_destroy(s);
    /* A town of no capital's rank that speaks, or takes "who", is a person. */
    const char *who = "date 2025-09-12\n\nThe temple was founded by Lakeland, who died in 1984. Burbank told "
                      "reporters the plan had failed.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, who, strlen(who), "round13-who.txt", NULL, &s), DM_OK);
    assert_int_equal(dm_story_place_count(s), 0);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Fourteenth round (issue 15): a capital named only for its government
 * (a subject, a possessive, "between X and Y", "talks with X") is no place of
 * the story; one mention that puts something there keeps it. */
static void places_fourteenth_round_government_capitals(void **state)
{
    (void)state;
    const char *gov = "date 2025-09-12\n\nThe envoy rejected the plan. Lisbon has refused to join the pact, and "
                      "Madrid's reply was cold. The dispute between Ottawa and Canberra grew. Critics urged Oslo "
                      "to act, and the minister said of Lisbon that it would not yield.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, gov, strlen(gov), "round14-gov.txt", NULL, &s), DM_OK);
    assert_null(place_near(s, 38.72, -9.14, 30, DM_PLACE_CITY));   /* Lisbon */
    assert_null(place_near(s, 40.42, -3.70, 30, DM_PLACE_CITY));   /* Madrid */
    assert_null(place_near(s, 45.42, -75.70, 30, DM_PLACE_CITY));  /* Ottawa */
    assert_null(place_near(s, -35.28, 149.13, 30, DM_PLACE_CITY)); /* Canberra */
    assert_null(place_near(s, 59.91, 10.75, 30, DM_PLACE_CITY));   /* Oslo */
    dm_story_destroy(s);
    const char *loc = "date 2025-09-12\n\nOfficials said the rounds held in Vienna and Lisbon failed. Airlines "
                      "want more flights between Oslo and Madrid. A Canberra-based firm won the bid. Ottawa has "
                      "refused, and protesters marched in Ottawa.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, loc, strlen(loc), "round14-loc.txt", NULL, &s), DM_OK);
    assert_non_null(place_near(s, 48.21, 16.37, 30, DM_PLACE_CITY));   /* Vienna */
    assert_non_null(place_near(s, 38.72, -9.14, 30, DM_PLACE_CITY));   /* Lisbon, listed after "in" */
    assert_non_null(place_near(s, 59.91, 10.75, 30, DM_PLACE_CITY));   /* Oslo: flights between */
    assert_non_null(place_near(s, 40.42, -3.70, 30, DM_PLACE_CITY));   /* Madrid */
    assert_non_null(place_near(s, -35.28, 149.13, 30, DM_PLACE_CITY)); /* Canberra-based */
    assert_non_null(place_near(s, 45.42, -75.70, 30, DM_PLACE_CITY));  /* Ottawa: one locative mention */
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Fifteenth round (issue 15): a reading far from every other place of the
 * story needs stronger evidence. A namesake among the story's own towns
 * takes its place; a small town far from the whole story is dropped even
 * after "in"; a capital with no namesake beside the story's towns, and a
 * state of the story's own country, keep their reading. */
static void places_fifteenth_round_far_namesakes(void **state)
{
    (void)state;
    static const char *const crews = "date 2025-09-12\n\nFire crews from Torrington, New Milford and Litchfield ";
    static const char *const tails[] = {
        "trained together in Kent on Tuesday.\n",
        "trained together on Tuesday, and their chiefs later met in Hampton Park.\n",
        "trained together on Tuesday. Their chief later flew to Paris for a conference.\n",
        "trained together on Tuesday before two of them were sent to Alaska.\n",
    };
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < G_N_ELEMENTS(tails); i++) {
        char *text = g_strconcat(crews, tails[i], NULL);
        dm_story_t *s = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "round15-far.txt", NULL, &s), DM_OK);
        assert_non_null(place_near(s, 41.75, -73.19, 30, DM_PLACE_CITY)); /* Litchfield */
        if (i == 0) {
            assert_non_null(place_near(s, 41.72, -73.48, 30, -1)); /* Kent, Connecticut */
            assert_null(place_near(s, 51.20, 0.72, 100, -1));      /* not the English county */
        } else if (i == 1) {
            assert_int_equal(dm_story_place_count(s), 3); /* no Australian suburb */
        } else if (i == 2) {
            assert_non_null(place_near(s, 48.85, 2.35, 30, DM_PLACE_CITY)); /* Paris, France */
        } else {
            assert_non_null(place_near(s, 64.0, -150.0, 600, DM_PLACE_REGION)); /* the state */
        }
        dm_story_destroy(s);
        g_free(text);
    }
    dm_context_destroy(ctx);
}

/* A text and up to three points (lat, lon, tol km, kind or -1) that its
 * story must draw (present 1) or must not (present 0). */
typedef struct {
    const char *text;
    struct {
        double lat, lon, tol;
        int kind, present;
    } at[3];
} point_case_t;

static void check_place_cases(const point_case_t *cases, size_t n, const char *name)
{
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < n; i++) {
        dm_story_t *s = NULL;
        assert_int_equal(dm_story_extract(ctx, NULL, cases[i].text, strlen(cases[i].text), name, NULL, &s), DM_OK);
        for (size_t k = 0; k < G_N_ELEMENTS(cases[i].at) && cases[i].at[k].tol > 0; k++) {
            const dm_place_t *p =
                place_near(s, cases[i].at[k].lat, cases[i].at[k].lon, cases[i].at[k].tol, cases[i].at[k].kind);
            if ((p != NULL) != cases[i].at[k].present)
                fail_msg("%s, case %zu, point %zu: %s", name, i, k, p ? "drawn" : "missing");
        }
        dm_story_destroy(s);
    }
    dm_context_destroy(ctx);
}

/* Fifteenth round (issue 15): a sea's name is the sea, not a same-named
 * province of a country the story names, unless the text says region;
 * "some in X", "those in the Y" before a seat of government are people who
 * work there, not a place the story puts anyone in (talks and meetings
 * there still are); a town's name before a gathering held in another
 * country is the gathering's. Each case: a text, then points that must be drawn
 * (present) or not, within tol km. */
static void places_fifteenth_round_cases(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nEgyptian and Sudanese officials met in Cairo on Monday. Their navies will patrol "
         "the Red Sea together.\n",
         {{20.0, 38.0, 50, DM_PLACE_AREA, 1}, {19.53, 35.89, 50, DM_PLACE_REGION, 0}}}, /* not Sudan's state */
        {"date 2025-09-12\n\nEgyptian officials met in Cairo on Monday. Voters in Red Sea governorate went to "
         "the polls.\n",
         {{24.95, 33.94, 50, DM_PLACE_REGION, 1}}}, /* the Egyptian governorate */
        {"date 2025-09-12\n\nThe envoy flew to Paris on Monday. The plan left some in Downing Street uneasy, "
         "and those in the Kremlin were furious.\n",
         {{48.85, 2.35, 30, DM_PLACE_CITY, 1}, {51.50, -0.13, 5, -1, 0}, {55.75, 37.62, 5, -1, 0}}},
        {"date 2025-09-12\n\nThe envoy flew to Paris on Monday and held talks in Downing Street. Officials met "
         "in the Kremlin.\n",
         {{51.50, -0.13, 5, -1, 1}, {55.75, 37.62, 5, -1, 1}}},
        /* A wire service named after its home city is no place (fourteenth session). */
        {"date 2025-09-12\n\nThe envoy flew to Paris on Monday, the semiofficial Tabriz news agency said.\n",
         {{48.85, 2.35, 30, DM_PLACE_CITY, 1}, {38.08, 46.29, 30, -1, 0}}},
        /* A seat cited as a source is nobody there (fourteenth session). */
        {"date 2025-09-12\n\nThe envoy flew to Paris on Monday. Figures attributed to the Kremlin put the cost "
         "higher, according to the White House.\n",
         {{48.85, 2.35, 30, DM_PLACE_CITY, 1}, {55.75, 37.62, 5, -1, 0}, {38.8977, -77.0365, 5, -1, 0}}},
        /* A gathering named after a town, held in another country: the
         * name is the gathering's or its venue's, in every mention. */
        {"date 2025-09-12\n\nDefence chiefs gathered for the Windsor defence summit in Singapore on Friday. "
         "Several said the week at Windsor had been useful.\n",
         {{1.37, 103.80, 30, -1, 1}, {42.30, -83.02, 30, -1, 0}, {51.48, -0.61, 30, -1, 0}}},
        {"date 2025-09-12\n\nEnvoys gathered for the Minsk talks in Belarus on Friday.\n",
         {{53.90, 27.57, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round15.txt");
}

/* Seventeenth round (issue 15, engineer namesake): a name whose chosen
 * reading lies far from every other place of the story, outside the
 * countries it names, takes a namesake town beside one of the story's
 * places (a neighbouring state's point counts); a capital keeps its
 * reading. */
static void places_seventeenth_round_near_namesakes(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe ski team crossed the river from Vermont to Hanover for its last race of the "
         "winter.\n",
         {{43.70, -72.29, 30, DM_PLACE_CITY, 1}, {39.19, -76.72, 50, -1, 0}}}, /* New Hampshire's, not Maryland's */
        {"date 2025-09-12\n\nA doctor who works in Hanover said patients from Vt. often wait weeks for a "
         "visit.\n",
         {{43.70, -72.29, 30, DM_PLACE_CITY, 1}, {39.19, -76.72, 50, -1, 0}}},
        {"date 2025-09-12\n\nFarmers from Topeka and Lawrence flew to Paris for a trade fair.\n",
         {{48.85, 2.35, 30, DM_PLACE_CITY, 1}}}, /* a capital keeps its reading */
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round17-namesake.txt");
}

/* Sixteenth round (issue 15): what the text says of a place's country. */
static void places_sixteenth_round_cases(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        /* "X, Iraq" whose readings are all towns elsewhere: no reading of
         * it, in every mention; the qualifier and the story keep theirs. */
        {"date 2025-09-12\n\nA convoy was ambushed near Hawija, Iraq, on Tuesday. Officials in Baghdad said the "
         "roads around Hawija were closed.\n",
         {{31.46, 48.07, 50, -1, 0}, {33.34, 44.40, 30, DM_PLACE_CITY, 1}, {33.0, 44.0, 300, DM_PLACE_COUNTRY, 1}}},
        {"date 2025-09-12\n\nThe brigade spent a year at Taji, Iraq, before it went home.\n",
         {{32.95, 119.16, 50, -1, 0}}},
        /* A list, not a qualifier: "Jordan and Egypt" go on after it. */
        {"date 2025-09-12\n\nDelegates came from Ramallah, Jordan and Egypt for the talks.\n",
         {{31.90, 35.20, 30, DM_PLACE_CITY, 1}}},
        /* A given name that is also a county or a borough, before a
         * surname, is a person; the county alone is still a place. */
        {"date 2025-09-12\n\nThe envoy spoke in London on Monday. The organiser, Devon Hollins, thanked her.\n",
         {{51.51, -0.13, 30, DM_PLACE_CITY, 1}, {50.76, -3.69, 50, -1, 0}}},
        {"date 2025-09-12\n\nFloods hit Devon and Cornwall on Monday.\n", {{50.76, -3.69, 50, DM_PLACE_REGION, 1}}},
        /* A curated area whose last word ends organisations' names too
         * ("Bank") is still the area. */
        {"date 2025-09-12\n\nSoldiers searched a village in the West Bank overnight.\n",
         {{31.95, 35.25, 30, DM_PLACE_AREA, 1}}},
        /* A longer name after the article than with it: not "the Gulf"
         * (the Persian Gulf) and then Aden; "the city of X" is still X. */
        {"date 2025-09-12\n\nThe destroyer sailed into the Gulf of Aden on Monday.\n",
         {{12.5, 48.0, 30, DM_PLACE_AREA, 1}, {26.0, 52.0, 30, -1, 0}, {12.78, 45.04, 20, -1, 0}}},
        /* A gulf the gazetteer does not know: no Persian Gulf for its
         * head; the Gulf alone still is. */
        {"date 2025-09-12\n\nPirates boarded a tanker in the Gulf of Guinea on Monday.\n", {{26.0, 52.0, 30, -1, 0}}},
        {"date 2025-09-12\n\nWarships entered the Gulf on Monday.\n", {{26.0, 52.0, 30, DM_PLACE_AREA, 1}}},
        {"date 2025-09-12\n\nLawyers for the City of Richmond said the Kentucky town would appeal.\n",
         {{37.75, -84.29, 30, DM_PLACE_CITY, 1}}},
        /* A demonym before a kind of place says the country: not Harare,
         * once called by that name. */
        {"date 2025-09-12\n\nTwo visitors fell ill at a hotel in the English town of Salisbury on Sunday.\n",
         {{51.07, -1.80, 30, DM_PLACE_CITY, 1}, {-17.83, 31.05, 50, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round16.txt");
}

/* Twenty-seventh round (issue 15, engineer wrongplace): a town after which
 * the text names its state is no town of another state near that state's
 * point when both carry a state code; with no town of the name in that
 * state it is left unplaced. A province's towns far from its point keep it. */
static void places_twentyseventh_round_state_qualifier(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe suspect is held in a county jail in Greenwood, W. Va., until his hearing.\n",
         {{39.61, -86.11, 50, -1, 0}, {38.62, -80.58, 50, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nThe suspect is held in a county jail in Greenwood, S.C., until his hearing.\n",
         {{34.20, -82.16, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe new shop opened in London, Ont., on Monday.\n",
         {{42.98, -81.23, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round27.txt");
}

/* Twenty-seventh round (issue 15, engineer wrongplace): a one-word name
 * that visits, lives or dies is a person's surname, and alone elsewhere in
 * the article, with no locative cue, no town of that name; a cued mention
 * and a country keep their places. */
static void places_twentyseventh_round_person_acts(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nLincoln visited the troops at the fort that summer. Historians still admire Lincoln "
         "for it.\n",
         {{40.15, -89.36, 50, -1, 0}, {40.80, -96.67, 50, -1, 0}}},
        {"date 2025-09-12\n\nLincoln visited the troops at the fort that summer. Later she drove to Lincoln for a "
         "reading.\n",
         {{40.80, -96.67, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nJordan visited the school on Monday. Officials in Jordan closed the border.\n",
         {{31.0, 36.0, 100, DM_PLACE_COUNTRY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round27b.txt");
}

/* Twenty-eighth round (issue 15, engineer far): a state's or a
 * department's name inside a feature's or an address's ("Lake Vermont",
 * "Lot 4") is no place, and pulls the story's towns no more to it; a
 * country after "Mount" keeps its place. */
static void places_twenty_eighth_round_inner_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nA man from Paris was charged on Monday. He lives at 12 Oak Road Lot 4 and was held at "
         "Paris City Hall. He will appear in Henry County court on Tuesday.\n",
         {{36.30, -88.33, 30, DM_PLACE_CITY, 1}, {48.85, 2.35, 50, -1, 0}, {44.63, 1.61, 50, -1, 0}}},
        {"date 2025-09-12\n\nCrews shut the old bridge by Lake Vermont outside Alexandria, a Douglas County "
         "engineer said.\n",
         {{45.89, -95.38, 30, DM_PLACE_CITY, 1}, {44.32, -72.66, 100, -1, 0}}},
        {"date 2025-09-12\n\nClimbers on Mount Kenya said the snow had gone by the spring.\n",
         {{1.0, 38.0, 300, DM_PLACE_COUNTRY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round28.txt");
}

/* Twenty-ninth round (issue 15, engineer distant): a county the story names
 * and another name's town lying in it settle each other when neither is
 * beside the story's places: one Douglas County holds one Alexandria. A
 * story whose other places lie together elsewhere keeps its county from a
 * lone town far from them (a team's "Section"). */
static void places_twenty_ninth_round_county_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe Douglas County board met on Monday. Members from Alexandria asked for a new road.\n",
         {{45.93, -95.45, 30, DM_PLACE_REGION, 1}, {45.89, -95.38, 30, DM_PLACE_CITY, 1}, {41.29, -96.16, 50, -1, 0}}},
        {"date 2025-09-12\n\nOmaha police and Douglas County deputies searched for a man on Monday.\n",
         {{41.29, -96.16, 30, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nWrestlers from Jackson County beat the Section team at the meet in Owatonna on "
         "Saturday. Teams from Faribault and Northfield came next.\n",
         {{34.78, -86.00, 50, -1, 0}, {34.58, -85.99, 50, -1, 0}, {44.08, -93.23, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round29.txt");
}

/* Thirty-first round (issue 15, engineer far31): a town bearing a county's
 * own name is that county's name told short, no sure place beside the
 * county: the county and its seat settle each other though the bare name
 * reads as a town of another state. With a second town of that state the
 * county stays there. */
static void places_thirty_first_round_county_own_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nResidents of DeKalb packed the hearing in Decatur on Monday, where DeKalb County "
         "officials heard them out.\n",
         {{33.77, -84.30, 30, DM_PLACE_CITY, 1}, {33.77, -84.23, 30, DM_PLACE_REGION, 1}, {39.84, -88.95, 50, -1, 0}}},
        {"date 2025-09-12\n\nPolice in DeKalb and Sycamore asked DeKalb County deputies for help on Monday.\n",
         {{41.89, -88.77, 30, DM_PLACE_REGION, 1}, {33.77, -84.23, 50, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round31.txt");
}

/* Thirty-first round (issue 15, engineer far31): a town found through a
 * spelling of its name one letter apart yields to a city bearing the name
 * itself and much larger, unless the story anchors the town (a qualifier);
 * a big city's former name is still that city. */
static void places_thirty_first_round_own_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe mayor of Pittsburgh flew to Fresno on Monday to see how California runs its "
         "buses.\n",
         {{40.44, -80.00, 30, DM_PLACE_CITY, 1}, {38.03, -121.88, 30, -1, 0}}},
        {"date 2025-09-12\n\nThe mayor of Pittsburg, California, flew to Fresno on Monday to see its buses.\n",
         {{38.03, -121.88, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nTraders in Canton and Shanghai said on Monday that exports fell.\n",
         {{23.12, 113.25, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round31b.txt");
}

/* Twenty-ninth round (issue 15, engineer distant): a local paper's dateline,
 * a town's one-reading name in capitals before a dash, is the town at the
 * start of a sentence without another cue; an ambiguous one still needs
 * one, and a news agency's tag in brackets is no dateline. */
static void places_twenty_ninth_round_caps_datelines(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nZIONSVILLE - The town council approved a new park on Monday.\n",
         {{39.95, -86.26, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nMIDDLETOWN - The town council approved a new park on Monday.\n",
         {{41.56, -72.65, 30, -1, 0}, {41.45, -74.42, 30, -1, 0}}},
        {"date 2025-09-12\n\n(LEAD) Officials said the talks would go on.\n", {{44.35, -103.77, 50, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round29b.txt");
}

/* Thirtieth round (issue 15, engineer orgvote): a site named after its
 * town ("X Regional Airport") says which X the story's bare X is: the town
 * beside the site, not a far namesake of note. A qualified name keeps its
 * reading; without the site the prior still decides. */
static void places_thirtieth_round_site_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nManhattan leaders cheered the new service. The first jet will leave Manhattan "
         "Regional Airport next month.\n",
         {{39.18, -96.57, 30, DM_PLACE_CITY, 1}, {40.78, -73.97, 30, -1, 0}}},
        {"date 2025-09-12\n\nManhattan, New York, leaders cheered the new service. The first jet will leave "
         "Manhattan Regional Airport next month.\n",
         {{40.78, -73.97, 30, -1, 1}, {39.18, -96.57, 30, DM_PLACE_CITY, 0}}},
        {"date 2025-09-12\n\nManhattan leaders cheered the new service. The first jet will leave next month.\n",
         {{40.78, -73.97, 30, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round30.txt");
}

/* Thirty-first round (issue 15, engineer geofp): a disease or a strain
 * named after the place where it was first found ("the Marburg virus",
 * "Lassa fever", "an A/Texas/50/2012-like virus") is no place of the
 * story; the same town named as a place stays, and so does a country. */
static void places_thirty_first_round_pathogens(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nDoctors in Kampala said on Monday that the Marburg virus had killed a farmer. "
         "Lassa fever cases rose too.\n",
         {{0.32, 32.58, 30, DM_PLACE_CITY, 1}, {50.81, 8.77, 50, -1, 0}, {29.65, 91.10, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe clinic in Kampala gave a vaccine with an A/Texas/50/2012-like virus.\n",
         {{0.32, 32.58, 30, DM_PLACE_CITY, 1}, {31.55, -99.33, 50, -1, 0}}},
        {"date 2025-09-12\n\nDoctors from Kampala flew to Marburg on Monday to study the virus.\n",
         {{0.32, 32.58, 30, DM_PLACE_CITY, 1}, {50.81, 8.77, 50, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nDoctors in Kampala said the Sudan strain had not reached the city.\n",
         {{0.32, 32.58, 30, DM_PLACE_CITY, 1}, {15.0, 30.0, 500, DM_PLACE_COUNTRY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round31-pathogens.txt");
}

/* Thirty-first round (issue 15, the lead): a national news agency cited
 * by its short name is no place, though one of them spells a capital's
 * other name; the capital written in full stays. */
static void places_thirty_first_round_agencies(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe envoy met the foreign minister in Damascus on Monday, SANA said. According "
         "to SANA, talks will go on.\n",
         {{33.51, 36.29, 30, DM_PLACE_CITY, 1}, {15.35, 44.21, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe envoy flew from Damascus to Sanaa on Monday.\n",
         {{33.51, 36.29, 30, DM_PLACE_CITY, 1}, {15.35, 44.21, 50, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round31-agencies.txt");
}

/* Thirty-first round (issue 15, engineer geofp): a one-word name told of
 * as a person once ("X, who died", "X, 61,") is that person in the
 * article's other bare mentions, not a town of the name; without such a
 * mention the town stays. */
static void places_thirty_first_round_person_signs(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe choir sang in Dayton on Monday. Its first conductor was Colton, who "
         "retired in 1990. Singers say that Colton still writes songs.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe choir sang in Dayton on Monday. Its first conductor was Colton, 61, "
         "a teacher. Singers say that Colton still writes songs.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 0}}},
        /* Two places of the story: beside Dayton alone the bare far town
         * now goes by its distance (place37, far_from_one_anchor), which is
         * no sign of a person. */
        {"date 2025-09-12\n\nThe choir sang in Dayton and Toledo on Monday. Singers say that Colton still "
         "writes songs.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round31-persons.txt");
}

/* Thirty-third round (issue 15, engineer geo33): two stray readings do not
 * vouch for each other. A ditch's name and a sentence's first word read as
 * a French village and a French city 200 km apart in a story of Dakota
 * towns were each kept because the other lay near it; a bare town the
 * resolver was unsure of, in a country no other place of the story lies
 * in, anchors no lone town now, and both go. The same bare names beside a
 * sure place of their country still settle there. */
static void places_thirty_third_round_strays_vouch_for_none(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nVolunteers in Fargo and Moorhead stacked sandbags across Minnesota and North "
         "Dakota on Monday.\n\nThe swollen Drain 12 ran high beside the bridge. - Can the dikes hold? one "
         "farmer asked.\n",
         {{46.88, -96.79, 30, DM_PLACE_CITY, 1}, {47.34, -1.21, 50, -1, 0}, {49.19, -0.36, 50, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round33-strays.txt");
}

/* Thirty-fourth round (issue 15, engineer geo34): a one-word name with an
 * appositive headed by a person's noun ("X, an organist,", "X, a retired
 * dentist who") is that person, after a locative word too, and so are its
 * other bare mentions; an appositive headed by a town's noun keeps the
 * town, and so does one after "of" ("Ann Lee of X, a nurse,": the nurse is
 * Ann Lee). */
static void places_thirty_fourth_round_person_appositives(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe choir sang in Dayton on Monday. Its singers later spoke to Colton, an "
         "organist, about the tour. Colton plans a new hymn.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe choir sang in Dayton on Monday. Its treasurer, Colton, a retired dentist "
         "who lives nearby, paid for the bus.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe choir sang in Dayton and in Colton, a city east of the coast, on Monday.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 1}}},
        {"date 2025-09-12\n\nThe choir sang in Dayton on Monday. Ann Lee of Colton, a nurse, led the "
         "singing.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round34-appositives.txt");
}

/* Thirty-fourth round (issue 15, engineer geo34): a one-word name that is
 * the subject of a participle only a person takes after "was" ("X was
 * arrested", "X was driving a van") is that person, and so are its other
 * bare mentions; "was" alone is no sign (a town was flooded). */
static void places_thirty_fourth_round_person_states(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nA trooper who went to the crash near Dayton said Colton was driving a van "
         "which left the road. Colton was thrown from the van and died.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 0}}},
        {"date 2025-09-12\n\nPolice in Dayton said Colton was arrested on Monday. Officers found a knife "
         "in the car Colton used.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {34.07, -117.31, 50, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round34-states.txt");
}

/* Thirty-fourth round (issue 15, engineer geo34): the first half of a
 * double-barrelled surname after a given name the list lacks ("Zarenna
 * Melbourne-Hart") is no town, though both halves name places; the same
 * pair opening a sentence after "The" is a route between two places. */
static void places_thirty_fourth_round_double_barrelled(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nPolice in London and Manchester made arrests. The plan comes too late for "
         "Zarenna Melbourne-Hart, the teenager who died in London.\n",
         {{51.51, -0.13, 30, DM_PLACE_CITY, 1}, {-37.81, 144.96, 50, -1, 0}, {52.82, -1.43, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe Melbourne-Sydney flight was full on Monday.\n",
         {{-37.81, 144.96, 50, DM_PLACE_CITY, 1}, {-33.87, 151.21, 50, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round34-double-barrelled.txt");
}

/* Thirty-fifth round (issue 15, engineer place35): a region's nickname
 * at home is a region's name abroad. A first-level region abroad after
 * "the", ending its phrase, far from every other place of a story that
 * names none of its country, is no place; "the" before a noun governs the
 * noun, and a story of the region's own country keeps it. */
static void places_thirty_fifth_round_region_nicknames(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe governor toured flood damage in Kansas City and Topeka on Monday. Crews "
         "worked across the Northland through the night, and power returned to the Northland on Tuesday.\n",
         {{39.10, -94.58, 30, DM_PLACE_CITY, 1}, {-35.50, 173.96, 100, -1, 0}}},
        {"date 2025-09-12\n\nEnvoys from Washington and Ottawa praised the Northern Ireland peace deal on "
         "Monday.\n",
         {{54.79, -6.49, 100, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nOfficials in Wellington said crews worked across the Northland through the "
         "night.\n",
         {{-35.50, 173.96, 100, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round35-region-nicknames.txt");
}

/* Thirty-fifth round (issue 15, engineer place35): a date after a street
 * ("Denver Street Monday", "Tulsa Road Jan. 4") is no part of its name:
 * the street is still the street, not the city it is named after; a
 * capitalised word that is no date still makes a longer name. */
static void places_thirty_fifth_round_street_dates(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe council in Columbus renamed Denver Street Monday after residents asked for a "
         "change. Homes on Tulsa Road Jan. 4 lost power.\n",
         {{39.96, -83.00, 30, DM_PLACE_CITY, 1}, {39.74, -104.98, 50, -1, 0}, {36.15, -95.99, 50, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round35-street-dates.txt");
}

/* Thirty-fifth round (issue 15, engineer place35): a country's name in a
 * formula local news keeps for towns ("a Lebanon man", "12 Oak St.,
 * Peru", "Ann Lee of Peru,") is a town of that name: the one beside the
 * story's places, else none. Envoys "of" their country keep it, and a name
 * with no town reading ("a Singapore man") stays the country. */
static void places_thirty_fifth_round_town_formulas(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nA Lebanon man was hurt in a crash near Dayton on Monday, deputies said.\n",
         {{39.44, -84.20, 30, DM_PLACE_CITY, 1}, {33.83, 35.83, 300, -1, 0}}},
        {"date 2025-09-12\n\nA Peru man was hurt when his truck left the road on Monday, deputies said.\n",
         {{-10.0, -76.0, 1500, -1, 0}}},
        {"date 2025-09-12\n\nAna Ruiz of Mexico, the foreign minister, met officials in Washington on Monday.\n",
         {{23.0, -102.0, 1000, DM_PLACE_COUNTRY, 1}}},
        {"date 2025-09-12\n\nA Singapore man was fined in Sydney on Monday.\n",
         {{1.37, 103.80, 50, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round35-town-formulas.txt");
}

/* Thirty-fifth round (issue 15, engineer place35): a name told as
 * someone's kin ("her niece, Virginia,") is that person in its other
 * bare mentions too, a region's name included; a region named on its own
 * keeps its name. */
static void places_thirty_fifth_round_kin_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nA woman was charged with hurting her niece, Virginia, last year. Prosecutors "
         "said she gave Virginia a dose of a sleeping drug.\n",
         {{37.59, -78.45, 100, -1, 0}}},
        {"date 2025-09-12\n\nOfficials in Richmond met on Monday. Virginia wants more trains.\n",
         {{37.59, -78.45, 100, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round35-kin-names.txt");
}

/* Thirty-fifth round (issue 15, engineer place35): a shop's name made of
 * a place's name or a demonym and a style ("the Cairo Japanese
 * Restaurant", "the Greek and Turkish Grill", "the Bistro Italian
 * Marketplace") names no place; the towns around it stay. */
static void places_thirty_fifth_round_shop_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nDiners in Dayton lined up at the Cairo Japanese Restaurant and the Greek and "
         "Turkish Grill, and at the Bistro Italian Marketplace near Columbus.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {30.06, 31.25, 100, -1, 0}, {39.0, 22.0, 300, -1, 0}}},
        {"date 2025-09-12\n\nDiners in Dayton lined up at the Bistro Italian Marketplace near Columbus.\n",
         {{39.96, -83.00, 30, DM_PLACE_CITY, 1}, {42.83, 12.83, 300, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round35-shop-names.txt");
}

/* Thirty-fifth round (issue 15, engineer place35): a place's name, a short
 * numeral and a news outlet's word name a broadcaster ("on Europe 1
 * radio"); a number after the name elsewhere leaves it a place. */
static void places_thirty_fifth_round_broadcasters(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe minister in Paris said on Europe 1 radio on Monday that talks in Berlin "
         "would resume.\n",
         {{48.85, 2.35, 30, DM_PLACE_CITY, 1}, {48.69, 9.14, 50, -1, 0}}},
        {"date 2025-09-12\n\nOfficials in Paris said sales in Europe rose 5 percent on Monday.\n",
         {{48.69, 9.14, 50, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round35-broadcasters.txt");
}

/* Thirty-sixth round (issue 15, engineer place36): a seat of government
 * after a party's member or a stretch of time in office and "in" ("a
 * Republican in the White House", "his years in the Kremlin") is the office,
 * no place; guards: a meeting in the same seat, the seat after another
 * word. */
static void places_thirty_sixth_round_office_seats(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nVoters in Ohio hoped that one day a Republican in the White House might veto "
         "the farm bill.\n",
         {{40.25, -83.0, 300, -1, 1}, {38.90, -77.04, 30, -1, 0}}},
        {"date 2025-09-12\n\nIn his eight years in the Kremlin, Ivan Dorn rarely spoke to reporters in Paris.\n",
         {{48.85, 2.35, 30, DM_PLACE_CITY, 1}, {55.75, 37.62, 30, -1, 0}}},
        {"date 2025-09-12\n\nAna Ruiz met Lars Holm in the White House on Monday.\n",
         {{38.90, -77.04, 30, -1, 1}}},
        {"date 2025-09-12\n\nAna Ruiz spoke to three Democrats at the White House on Monday.\n",
         {{38.90, -77.04, 30, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round36-office-seats.txt");
}

/* Thirty-sixth round (issue 15, engineer place36): a state after "C, " is
 * C's qualifier only when a reading of C lies in it by the gazetteer's
 * codes (or near it, where a code is missing): after the national capital,
 * coded in a district of its own, it is a list's next name, and news names
 * its city. Guard: a town of the state keeps the state as its qualifier. */
static void places_thirty_sixth_round_capital_lists(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe envoy toured Washington, New York and Chicago before flying home.\n",
         {{40.71, -74.01, 20, DM_PLACE_CITY, 1}, {41.96, -74.65, 20, -1, 0}}},
        {"date 2025-09-12\n\nThe envoy spoke in Albany, New York, on Monday.\n",
         {{42.65, -73.76, 20, DM_PLACE_CITY, 1}, {41.96, -74.65, 20, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round36-capital-lists.txt");
}

/* Thirty-sixth round (issue 15, engineer place36): "counties" right after
 * one name that ends no list ("the four metro Riverton counties") names the
 * counties around a town, so the name keeps its town reading; guards: a
 * list ("Clay and Dodge counties") and a range ("from Ellis to Geary
 * counties") are counties. */
static void places_thirty_sixth_round_metro_counties(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nJobless rates in the three metro Peoria counties rose in May, the state of Illinois "
         "said.\n",
         {{40.69, -89.59, 20, DM_PLACE_CITY, 1}, {40.79, -89.76, 5, DM_PLACE_REGION, 0}}},
        {"date 2025-09-12\n\nJobless rates rose in Clay and Dodge counties in May.\n",
         {{43.38, -88.71, 40, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nSnow closed roads from Ellis to Geary counties in Kansas on Monday.\n",
         {{39.00, -96.75, 20, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round36-metro-counties.txt");
}

/* Thirty-seventh round (issue 15, engineer place37): a far place needs
 * evidence. A bare town of fewer than 50,000 people that the resolver was
 * unsure of, named once in a story naming one other place, goes (or takes
 * a namesake near that place) when it lies 1,000 km or more from it; a
 * qualifier, a locative or kind cue, nearness or size keeps it. The rows
 * are the invented grid of the round (w: must go, r: must stay). */
static void places_thirty_seventh_round_far_lone_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nPolice in Wichita said on Sunday that the Goshen bridge had been closed since March.\n",
         {{41.58, -85.83, 30, -1, 0}}}, /* w01 */
        {"date 2025-09-12\n\nPolice in Wichita said on Sunday that the Plato bridge had been closed since March.\n",
         {{41.40, -82.22, 30, -1, 0}}}, /* w02 */
        {"date 2025-09-12\n\nThe Boulder school board met on Monday. The Vidalia plan for new buses was turned down.\n",
         {{32.22, -82.41, 30, -1, 0}}}, /* w03 */
        {"date 2025-09-12\n\nOfficials in Seattle said on Friday that the Fairhope clinic had cut its hours.\n",
         {{30.52, -87.90, 30, -1, 0}}}, /* w04 */
        {"date 2025-09-12\n\nFarmers near Fresno said the Ithaca co-op had paid them late again.\n",
         {{42.44, -76.50, 30, -1, 0}}}, /* w05 */
        {"date 2025-09-12\n\nThe Reno city council met on Monday and backed the Paducah plan for the river.\n",
         {{37.08, -88.60, 30, -1, 0}}}, /* w06 */
        {"date 2025-09-12\n\nStudents in Spokane said the Natchez reading drew a big crowd on Friday.\n",
         {{31.56, -91.40, 30, -1, 0}}}, /* w07 */
        {"date 2025-09-12\n\nA Boise jury on Monday heard from the Mankato witness for two hours.\n",
         {{44.16, -94.01, 30, -1, 0}}}, /* w10 */
        {"date 2025-09-12\n\nDivers in Miami were told on Friday that the Moab trail will stay shut until spring.\n",
         {{38.57, -109.55, 30, -1, 0}}}, /* w11 */
        {"date 2025-09-12\n\nThe Tacoma port board said on Monday that the Carthage firm had won the dredging "
         "contract.\n",
         {{37.18, -94.31, 30, -1, 0}}}, /* w12 */
        {"date 2025-09-12\n\nWichita police said the Goshen bridge had been closed since March.\n",
         {{41.58, -85.83, 30, -1, 0}}}, /* w13 */
        {"date 2025-09-12\n\nA Denver jury on Monday heard from the Plato witness for two hours.\n",
         {{41.40, -82.22, 30, -1, 0}}}, /* w14 */
        {"date 2025-09-12\n\nThe Orlando council said on Monday that Elko volunteers would clean the park.\n",
         {{40.83, -115.76, 30, -1, 0}}}, /* w15 */
        {"date 2025-09-12\n\nOfficials in Sacramento said on Friday that the Natchez plant would reopen in May.\n",
         {{31.56, -91.40, 30, -1, 0}}}, /* w16 */
        {"date 2025-09-12\n\nPolice in Wichita and Topeka said on Sunday that the Ithaca bridge had been closed since "
         "March.\n",
         {{42.44, -76.50, 30, -1, 0}}}, /* w17 */
        {"date 2025-09-12\n\nPolice in Elkhart said on Sunday that the Goshen bridge had been closed since March.\n",
         {{41.58, -85.83, 30, -1, 1}}}, /* r01 */
        {"date 2025-09-12\n\nPolice in Wichita said on Sunday that a bridge in Goshen, Indiana, had been closed since "
         "March.\n",
         {{41.58, -85.83, 30, -1, 1}}}, /* r02 */
        {"date 2025-09-12\n\nPolice in Cleveland said on Sunday that the Plato bridge had been closed since March.\n",
         {{41.20, -82.10, 30, -1, 1}}}, /* r03 */
        {"date 2025-09-12\n\nPolice in Wichita said on Sunday that a man from Goshen had been arrested.\n",
         {{41.58, -85.83, 30, -1, 1}}}, /* r04 */
        {"date 2025-09-12\n\nPolice in Wichita said on Sunday that the Tulsa bridge had been closed since March.\n",
         {{36.15, -95.99, 30, -1, 1}}}, /* r06 */
        {"date 2025-09-12\n\nThe Boulder county board met on Tuesday. Its new chair grew up in Redding, California.\n",
         {{40.59, -122.39, 30, -1, 1}}}, /* r07 */
        {"date 2025-09-12\n\nPolice in Wichita said on Sunday that the town of Goshen in Indiana had closed its "
         "bridge.\n",
         {{41.58, -85.83, 30, -1, 1}}}, /* r08 */
        {"date 2025-09-12\n\nThe Goshen council met on Monday with officials from Elkhart and Warsaw.\n",
         {{41.58, -85.83, 30, -1, 1}}}, /* r17 */
        {"date 2025-09-12\n\nPolice in Minneapolis said the Excelsior shop had been robbed twice this year.\n",
         {{44.90, -93.57, 30, -1, 1}}}, /* r21 */
        {"date 2025-09-12\n\nThe Poughkeepsie school board met on Monday. The Goshen plan for new buses was turned "
         "down.\n",
         {{41.40, -74.32, 30, -1, 1}}}, /* r22 */
        {"date 2025-09-12\n\nOfficials in Denver said the governor flew to Glenwood Springs on Friday.\n",
         {{39.55, -107.32, 30, -1, 1}}}, /* r23 */
        {"date 2025-09-12\n\nThe Reno city council met on Monday with the mayor of Marion, Ohio, to discuss the "
         "river.\n",
         {{40.59, -83.13, 30, -1, 1}}}, /* r24 */
        {"date 2025-09-12\n\nStudents in Anchorage said the Kenai reading drew a big crowd on Friday.\n",
         {{60.55, -151.26, 30, -1, 1}}}, /* r25 */
        {"date 2025-09-12\n\nFarmers near Syracuse said the Ithaca co-op had paid them late again.\n",
         {{42.44, -76.50, 30, -1, 1}}}, /* r28 */
        {"date 2025-09-12\n\nThe Savannah school board met on Monday. The Vidalia plan for new buses was turned "
         "down.\n",
         {{32.22, -82.41, 30, -1, 1}}}, /* r29 */
        {"date 2025-09-12\n\nOfficials in Mobile said on Friday that the Fairhope clinic had cut its hours.\n",
         {{30.52, -87.90, 30, -1, 1}}}, /* r30 */
        {"date 2025-09-12\n\nThe Evansville city council met on Monday and backed the Paducah plan for the river.\n",
         {{37.08, -88.60, 30, -1, 1}}}, /* r31 */
        {"date 2025-09-12\n\nA St. Paul jury on Monday heard from the Mankato witness for two hours.\n",
         {{44.16, -94.00, 30, -1, 1}}}, /* r32 */
        {"date 2025-09-12\n\nHikers in Grand Junction were told on Friday that the Moab trail will stay shut until "
         "spring.\n",
         {{38.57, -109.55, 30, -1, 1}}}, /* r33 */
        {"date 2025-09-12\n\nOfficials in Vicksburg said on Friday that the Natchez plant would reopen in May.\n",
         {{31.56, -91.40, 30, -1, 1}}}, /* r34 */
        {"date 2025-09-12\n\nThe Reno city council met on Monday and backed a river plan first tried in Paducah, "
         "Kentucky.\n",
         {{37.08, -88.60, 30, -1, 1}}}, /* r35 */
        {"date 2025-09-12\n\nStudents in Spokane said on Friday that the author was born in Natchez.\n",
         {{31.56, -91.40, 30, -1, 1}}}, /* r36 */
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round37-far-lone-towns.txt");
}

/* Thirty-seventh round (issue 15, engineer place37): a locative cue far
 * from the story's places keeps its town when a gathering is held there
 * ("met in X", "talks were held in X"): a venue abroad; guard: the same
 * town after "born in" in the same story still goes. Invented grid rows. */
static void places_thirty_seventh_round_gathering_venues(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nOfficials in Santiago and Lima said the ministers would meet in Davos on "
         "Wednesday.\n",
         {{46.80, 9.84, 30, -1, 1}}},
        {"date 2025-09-12\n\nOfficials in Santiago and Lima said talks were held in Davos on Wednesday.\n",
         {{46.80, 9.84, 30, -1, 1}}},
        {"date 2025-09-12\n\nOfficials in Nairobi and Mombasa said the summit would be held in Rambouillet in "
         "June.\n",
         {{48.64, 1.83, 30, -1, 1}}},
        {"date 2025-09-12\n\nOfficials in Nairobi and Mombasa said the two presidents met at Rambouillet in "
         "June.\n",
         {{48.64, 1.83, 30, -1, 1}}},
        {"date 2025-09-12\n\nOfficials in Santiago and Lima said the new envoy was born in Davos.\n",
         {{46.80, 9.84, 30, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round37-gathering-venues.txt");
}

/* Thirty-seventh round (issue 15, engineer place37): a larger bare town
 * the resolver was unsure of (50,000 people up to a million), named once
 * beside one other place, reaches 1,000 km times its population over
 * 50,000: farther, a namesake near the story's place takes it, else it
 * goes; near, it stays. Invented grid rows. */
static void places_thirty_seventh_round_far_larger_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nPolice in Seattle said on Sunday that the Lafayette bridge had been closed since "
         "March.\n",
         {{30.22, -92.02, 30, -1, 0}}},
        {"date 2025-09-12\n\nOfficials in Anchorage said on Friday that the Rochester plant would reopen in May.\n",
         {{43.15, -77.62, 30, -1, 0}}},
        {"date 2025-09-12\n\nPolice in Baton Rouge said on Sunday that the Lafayette bridge had been closed since "
         "March.\n",
         {{30.22, -92.02, 30, -1, 1}}},
        {"date 2025-09-12\n\nOfficials in Buffalo said on Friday that the Rochester plant would reopen in May.\n",
         {{43.15, -77.62, 30, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round37-far-larger-towns.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a ship's name right
 * after a hull prefix or a noun of a vessel is no place, though it is a
 * city's or a region's; a country after such a noun stays the actor it
 * is, and a vessel noun before a locative word takes nothing. Invented
 * grid rows. */
static void places_thirty_eighth_round_vessel_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe Indian destroyer INS Kolkata docked at Port Sudan on Friday.\n",
         {{22.57, 88.36, 50, -1, 0}, {19.62, 37.22, 30, -1, 1}}},
        {"date 2025-09-12\n\nThe German frigate Hessen reached Djibouti on Tuesday to join the naval mission.\n",
         {{50.6, 9.0, 200, DM_PLACE_REGION, 0}, {11.8, 42.5, 300, -1, 1}}},
        {"date 2025-09-12\n\nThe cruiser Moskva sank in the Black Sea in April 2022.\n", {{55.75, 37.62, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe submarine Kursk sank in the Barents Sea in August 2000.\n",
         {{51.73, 36.19, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe tanker Iran seized in the Gulf was released on Monday, officials in Oman said.\n",
         {{32.0, 53.0, 500, DM_PLACE_COUNTRY, 1}}},
        {"date 2025-09-12\n\nThe warship docked at Haifa on Monday.\n", {{32.82, 34.99, 30, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-vessel-names.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a town after a
 * locative cue ("came from X", "born in X"), the resolver unsure which of
 * its namesakes, named once beside one other place that is itself sure (a
 * cue of its own, a qualifier, a dateline, or at least the town's size),
 * reaches 2,000 km (or a bare name's reach by its size, a size found
 * through another name not counted): farther, a namesake near the story's
 * place takes it, else it goes. A single reading stays at any distance,
 * and a stray unsure anchor ("Shoreline buyers") judges nothing. */
static void places_thirty_eighth_round_far_cued_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nPolice in Reno said on Monday that the man arrested at the airport came from "
         "Springfield.\n",
         {{39.80, -89.64, 50, -1, 0}, {37.21, -93.29, 50, -1, 0}, {39.53, -119.81, 30, -1, 1}}},
        {"date 2025-09-12\n\nOfficials in Spokane said the new harbour master was born in Clinton.\n",
         {{38.77, -76.90, 50, -1, 0}}},
        {"date 2025-09-12\n\nA jury in Tacoma heard from a witness who lives in Greenville.\n",
         {{35.61, -77.37, 50, -1, 0}, {34.85, -82.40, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe Boise council named a new clerk on Tuesday. She arrived from Franklin last "
         "year.\n",
         {{39.96, -83.00, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe envoy, who was born in Tuscaloosa, arrived in Seattle on Monday for talks.\n",
         {{33.21, -87.57, 30, -1, 1}}},
        {"date 2025-09-12\n\nDetectives said the two men got the pills in New Haven and sold them to a ring of "
         "Shoreline buyers.\n",
         {{41.31, -72.93, 30, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-far-cued-towns.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a given name written
 * with its accents ("Luís", "Inês") opens a person's name as its plain
 * spelling does, so a surname that is a country's name is no country;
 * accented place names stay places. Invented grid rows. */
static void places_thirty_eighth_round_accented_given_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nPortugal's prime minister, Lu\xc3\xads Montenegro, visited Madrid on Friday. Montenegro "
         "said the talks had gone well.\n",
         {{42.75, 19.25, 300, DM_PLACE_COUNTRY, 0}, {40.42, -3.70, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nBrazil's foreign minister, In\xc3\xaas Georgia, arrived in Lisbon on Tuesday for talks.\n",
         {{42.0, 43.5, 300, -1, 0}, {38.72, -9.13, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nVisitors from Bogot\xc3\xa1 and M\xc3\xa9rida met in Quito on Monday.\n",
         {{4.61, -74.08, 30, DM_PLACE_CITY, 1}, {8.59, -71.16, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-accented-given-names.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a small town opening a
 * sentence as the subject of hosting or welcoming is its own cue; a
 * person's pronoun in the verb's phrase makes the word a person's name,
 * however large a town of that name. Invented grid rows. */
static void places_thirty_eighth_round_hosting_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nKiruna will host the mining ministers of Finland and Norway next week.\n",
         {{67.86, 20.23, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nVisby will host the Baltic foreign ministers next week, the government said in "
         "Stockholm.\n",
         {{57.64, 18.30, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nLaramie hosted envoys from Mongolia and Kazakhstan on Tuesday for talks on coal.\n",
         {{41.31, -105.59, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nMadison will host her book club at the family home on Sunday, her sister said in "
         "Denver.\n",
         {{43.07, -89.40, 50, -1, 0}, {39.74, -104.98, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nAustin welcomed his guests at the ranch near Waco on Saturday.\n",
         {{30.27, -97.74, 50, -1, 0}, {31.55, -97.15, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nLincoln will host the state fair in August, his office said.\n",
         {{40.80, -96.67, 50, -1, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-hosting-towns.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a ship's class
 * ("Virginia-class") and a weapon's type named after a small town
 * ("Tomahawk missiles", "Apache helicopters") are no places; a town before
 * a word of attack stays ("the Sderot rocket attacks"). Invented grid rows. */
static void places_thirty_eighth_round_weapon_types(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nWashington approved the sale of Tomahawk missiles to Australia on Wednesday.\n",
         {{45.47, -89.73, 50, -1, 0}, {-25.0, 135.0, 500, DM_PLACE_COUNTRY, 1}}},
        {"date 2025-09-12\n\nPoland received more Apache helicopters and Abrams tanks on Monday, the ministry in "
         "Warsaw said.\n",
         {{34.89, -98.37, 50, -1, 0}, {52.23, 21.01, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nAustralia will buy three Virginia-class submarines, officials in Canberra said.\n",
         {{37.59, -78.45, 300, -1, 0}, {-35.28, 149.13, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe Navy said the Virginia-class submarine would visit Perth in March.\n",
         {{37.59, -78.45, 300, -1, 0}, {-31.95, 115.86, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nResidents of Sderot ran to shelters as rockets fell; the Sderot rocket attacks went on "
         "all night.\n",
         {{31.52, 34.60, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-weapon-types.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a building named
 * after a town ("X House", "X Hall") stands elsewhere, and the town is no
 * place of the story; a state's house is its legislature, the state's.
 * Invented grid rows. */
static void places_thirty_eighth_round_named_buildings(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nMinisters from the rival camps of Libya met at Lancaster House in London on "
         "Tuesday.\n",
         {{54.05, -2.80, 30, -1, 0}, {51.51, -0.13, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nLawmakers in the Iowa House voted on the trade bill on Monday.\n",
         {{41.96, -93.24, 300, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-named-buildings.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a university named
 * by its short name beside a word of study is no place ("studied law at
 * Harvard" is no Illinois village, "a graduate of Georgetown" no capital
 * of Guyana); students in a town stay in it. Invented grid rows. */
static void places_thirty_eighth_round_universities(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nBorn in Lima in 1951, Alvarez studied law at Harvard and Yale before joining the "
         "foreign service of Peru.\n",
         {{42.42, -88.61, 50, -1, 0}, {43.13, -82.80, 50, -1, 0}, {-12.05, -77.04, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe minister studied at Georgetown and Columbia before returning to Nairobi in "
         "1990.\n",
         {{6.80, -58.16, 50, -1, 0}, {-1.29, 36.82, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nStudents in Cambridge marched to the town hall on Monday.\n",
         {{52.20, 0.12, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-universities.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a first-level region
 * abroad that nothing else in the story points to yields to a same-named
 * city of the story's country ("Savannah" beside Seattle is the Georgia
 * city, not the Ghanaian region); beside its own country's towns it stays,
 * and a region ten times its rival's people keeps its prior. Invented
 * grid rows. */
static void places_thirty_eighth_round_foreign_regions(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nA delegation from Savannah met officials in Seattle on Thursday.\n",
         {{32.08, -81.09, 30, DM_PLACE_CITY, 1}, {9.1, -1.8, 300, -1, 0}}},
        {"date 2025-09-12\n\nFarmers from the Savannah Region met officials in Tamale on Monday.\n",
         {{9.1, -1.8, 300, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nPolice in London said the crash happened on a farm road near Woodstock, in Ontario, on "
         "Monday.\n",
         {{50.9, -85.1, 500, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-foreign-regions.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a name after "the" and
 * before "near", "above", "outside" or a compass word is a hill's or a
 * resort's ("the Petersberg near Bonn"), not the town of that name 400 km
 * off; the town without the article stays. Invented grid rows. */
static void places_thirty_eighth_round_article_venues(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nTalks on a new government opened at the Petersberg near Bonn in 2001.\n",
         {{51.60, 11.95, 30, -1, 0}, {50.73, 7.10, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe two mayors met in Halle and then drove to Petersberg near the river on Monday.\n",
         {{51.60, 11.95, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-article-venues.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a region that
 * qualifies another name ("X, Quebec") is the text's own evidence and
 * stays, though the name it qualifies is read elsewhere and the story's
 * other places lie far off. Invented grid row. */
static void places_thirty_eighth_round_qualifying_regions(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe Group of Seven met at Charlevoix, Quebec, in 2018 and at Biarritz in France a "
         "year later.\n",
         {{52.6, -73.6, 500, DM_PLACE_REGION, 1}, {43.48, -1.56, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-qualifying-regions.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): a president's tenure
 * ("the Lincoln administration") and a programme ("the Manhattan Project")
 * named after a town are no places; a town before any other word stays.
 * Invented grid rows. */
static void places_thirty_eighth_round_tenures_and_programmes(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe Lincoln administration sent envoys to London and Paris in 1861.\n",
         {{53.23, -0.54, 30, -1, 0}, {51.51, -0.13, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nScientists of the Manhattan Project tested the bomb near Alamogordo in July 1945.\n",
         {{40.78, -73.97, 30, -1, 0}, {32.90, -105.96, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nScientists tested the bomb near Alamogordo in July 1945.\n",
         {{32.90, -105.96, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-tenures-and-programmes.txt");
}

/* Thirty-eighth round (issue 15, engineer place38): the AP abbreviations
 * of states that are also words ("Ala.", "Mass.") are the state after a
 * place's name and a comma, so a dateline's town is read in that state;
 * elsewhere the word is no state. Invented grid rows. */
static void places_thirty_eighth_round_state_abbreviations(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nBIRMINGHAM, Ala. (AP) - The visiting trade minister of Britain toured a steel plant "
         "on Monday.\n",
         {{33.52, -86.80, 30, DM_PLACE_CITY, 1}, {52.48, -1.90, 30, -1, 0}}},
        {"date 2025-09-12\n\nCAMBRIDGE, Mass. (Reuters) - Scholars met at a conference on Tuesday.\n",
         {{42.37, -71.11, 30, DM_PLACE_CITY, 1}, {52.20, 0.12, 30, -1, 0}}},
        {"date 2025-09-12\n\nThe congregation attended Mass. Afterwards the bishop flew to Rome.\n",
         {{42.4, -71.7, 300, -1, 0}, {41.9, 12.5, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-state-abbreviations.txt");
}

/* Thirty-ninth round (issue 15, engineer place39): a wire dateline in
 * capitals of a saint's or a mount's town ("ST. LOUIS", "ST. PAUL, Minn.")
 * was cut into a sentence "ST." and a lost town; a town named with a
 * final possessive ("St. George's") is read before a comma, as in a
 * dateline or before its qualifier, and its label keeps a lower-case "s";
 * the Canadian Press "N.L." is Newfoundland and Labrador. Bare, or before a
 * capitalised word, a saint's possessive stays a church's or a school's;
 * a capitalised "ST." that ends a sentence still ends it. A dateline of
 * several words is a dateline (kept beside a far country), and a treaty's
 * acronym inside a longer name ("SALT LAKE CITY") is the name's. Invented
 * rows. */
static void places_thirty_ninth_round_saints_datelines(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nST. LOUIS (Wire) - The visiting trade minister of Norway toured a brewery on "
         "Monday.\n",
         {{38.63, -90.20, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nSALT LAKE CITY (Wire) - The visiting trade minister of Norway toured a mine on "
         "Monday.\n",
         {{40.76, -111.89, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nST. PAUL, Minn. (Wire) - The governor greeted a delegation from Latvia on "
         "Tuesday.\n",
         {{44.94, -93.09, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nST. PETERSBURG, Russia (Wire) - The two presidents met here on Friday.\n",
         {{59.94, 30.31, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nST. JOHN'S, N.L. (Wire) - A trawler sank in the North Atlantic on Sunday.\n",
         {{47.56, -52.71, 30, DM_PLACE_CITY, 1}, {50.9, -56.9, 100, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nST. GEORGE'S, Grenada (Wire) - Caribbean foreign ministers met here on Friday.\n",
         {{12.05, -61.75, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe widow prayed at St. John's in Dover on Friday.\n",
         {{17.12, -61.84, 100, -1, 0}, {47.56, -52.71, 100, -1, 0}}},
        {"date 2025-09-12\n\nTHE PARADE WENT DOWN FIRST ST. THE MAYOR OF LYON WAVED.\n",
         {{45.76, 4.84, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round39-saints-datelines.txt");
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    const char *text = "date 2025-09-12\n\nST. GEORGE'S, Grenada (Wire) - Caribbean foreign ministers met here.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "round39.txt", NULL, &s), DM_OK);
    const dm_place_t *p = place_near(s, 12.05, -61.75, 30, DM_PLACE_CITY);
    assert_non_null(p);
    assert_string_equal(p->name, "St. George's");
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Thirty-ninth round (issue 15, the lead): a town whose name opens with a
 * capitalised article ("The Hague") is found mid-sentence as in a dateline
 * or after a lower-case "the", and its label keeps the article. Before,
 * the capitalised "The" read as a name before the town and dropped it, and
 * a shipped sample map framed a 2014 summit instead of the story's. */
static void places_thirty_ninth_round_article_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-06-25\n\nAlliance leaders met in The Hague on Wednesday.\n",
         {{52.08, 4.30, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-06-25\n\nThe tribunal in The Hague ruled on Friday.\n",
         {{52.08, 4.30, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-06-25\n\nAlliance leaders met in the Hague on Wednesday.\n",
         {{52.08, 4.30, 20, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round39-article-names.txt");
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    const char *text = "date 2025-06-25\n\nAlliance leaders met in The Hague on Wednesday.\n";
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "round39.txt", NULL, &s), DM_OK);
    const dm_place_t *p = place_near(s, 52.08, 4.30, 20, DM_PLACE_CITY);
    assert_non_null(p);
    assert_string_equal(p->name, "The Hague");
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Thirty-ninth round (issue 15, engineer place39): the Alpine lakes of
 * summits and conferences are lakes (curated areas), not the small
 * American towns of their names 7,000 km off, and a town of a lake's name
 * that a qualifier or its state's other towns place stays the town.
 * Invented rows; the first four fail before (the fourth drew no lake). */
static void places_thirty_ninth_round_alpine_lakes(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nWASHINGTON, Tuesday (Wire) - The two leaders will meet on Lake Geneva next month, "
         "aides said. Their envoys talked in Geneva last spring.\n",
         {{46.45, 6.55, 40, DM_PLACE_AREA, 1}, {42.59, -88.43, 100, -1, 0}, {46.20, 6.15, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe foreign ministers will gather at a hotel on Lake Lucerne next week, the Swiss "
         "government said.\n",
         {{47.0, 8.47, 30, DM_PLACE_AREA, 1}, {25.97, -80.24, 100, -1, 0}}},
        {"date 2025-09-12\n\nBankers and finance ministers met at a villa on Lake Como over the weekend.\n",
         {{46.0, 9.27, 30, DM_PLACE_AREA, 1}, {40.16, -74.03, 100, -1, 0}}},
        {"date 2025-09-12\n\nThe border police patrol Lake Constance by boat, officials in Zurich said.\n",
         {{47.63, 9.37, 40, DM_PLACE_AREA, 1}}},
        {"date 2025-09-12\n\nLAKE GENEVA, Wis. (Wire) - The town council met on Monday to discuss parking.\n",
         {{42.59, -88.43, 20, DM_PLACE_CITY, 1}, {46.45, 6.55, 100, -1, 0}}},
        {"date 2025-09-12\n\nTourists from Chicago crowd Lake Geneva every summer, and Kenosha is close by.\n",
         {{42.59, -88.43, 20, DM_PLACE_CITY, 1}, {46.45, 6.55, 100, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round39-alpine-lakes.txt");
}

/* Thirty-ninth round (issue 15, engineer place39): a town of no great size
 * opening a sentence, with its country or its state after a comma, is
 * that town: the qualifier is the text's own cue, as a wire dateline of a
 * town abroad writes it ("BIARRITZ, France (Wire) -"), in capitals or not.
 * A person's surname before a country's possessive is not qualified (no
 * town of that name lies in that country). Invented rows; the first
 * three fail before. */
static void places_thirty_ninth_round_qualified_datelines(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nBIARRITZ, France (Wire) - Trade envoys of seven nations met on Friday.\n",
         {{43.48, -1.56, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nMontreux, Switzerland - Negotiators resumed their talks on Tuesday.\n",
         {{46.43, 6.91, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nCOVINGTON, Ky. (Wire) - The county council voted on Monday.\n",
         {{39.08, -84.51, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nMurphy, Ireland's trade minister, said the talks in Dublin went well.\n",
         {{53.33, -6.25, 20, DM_PLACE_CITY, 1}, {35.09, -84.03, 200, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round39-qualified-datelines.txt");
}

/* Fortieth round (issue 15, engineer place40): a one-word name that does
 * what only a person does in its own mention ("X made his remarks", "X,
 * a retired diplomat,") is a person, not the small town or province of
 * that name, in that mention and the article's other bare ones; so is the
 * surname after a given name the lists lack ("Oleg X, a nurse,"). A
 * province or county of under a million people no longer shields the
 * name. Guards: a town closing an address before "who", "because her", "and
 * his", "its", a locative cue, a country's name. Invented rows; the first
 * six fail before. */
static void places_fortieth_round_persons_deeds(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nMOSCOW (Wire) - Russia's foreign minister met his Serbian counterpart in Moscow on "
         "Tuesday. Pskov made his remarks on his evening show.\n",
         {{55.75, 37.62, 20, DM_PLACE_CITY, 1}, {57.81, 28.35, 150, -1, 0}}},
        {"date 2025-09-12\n\nROME (Wire) - Italy's prime minister received the Tunisian president in Rome on "
         "Wednesday. Asked about the visit, Tivoli gave her reply in a statement.\n",
         {{41.89, 12.48, 20, DM_PLACE_CITY, 1}, {41.96, 12.80, 10, -1, 0}}},
        {"date 2025-09-12\n\nNAIROBI (Wire) - Kenya's president met the Ugandan president in Nairobi on Monday. "
         "Eldoret lost his seat in last year's vote and now advises the president.\n",
         {{-1.28, 36.82, 20, DM_PLACE_CITY, 1}, {0.52, 35.27, 20, -1, 0}}},
        {"date 2025-09-12\n\nBERLIN (Wire) - The German chancellor met the Polish prime minister in Berlin on "
         "Monday. Later, Potsdam took his seat beside the chancellor.\n",
         {{52.52, 13.40, 20, DM_PLACE_CITY, 1}, {52.40, 13.07, 10, -1, 0}}},
        {"date 2025-09-12\n\nMOSCOW (Wire) - Russia's foreign minister met his Serbian counterpart in Moscow on "
         "Tuesday. Oleg Pskov, a nurse, praised the talks. Pskov made his remarks on radio.\n",
         {{55.75, 37.62, 20, DM_PLACE_CITY, 1}, {57.81, 28.35, 150, -1, 0}}},
        {"date 2025-09-12\n\nLONDON (Wire) - Britain's foreign secretary met the Irish foreign minister in London "
         "on Monday. Tipperary, a retired diplomat, made his views known.\n",
         {{51.51, -0.13, 20, DM_PLACE_CITY, 1}, {52.62, -8.07, 60, DM_PLACE_REGION, 0}}},
        {"date 2025-09-12\n\nDUBLIN (Wire) - A man of 4 Mill Lane, Tipperary, who is accused of theft, appeared "
         "in court in Dublin on Monday.\n",
         {{53.33, -6.25, 20, DM_PLACE_CITY, 1}, {52.47, -8.16, 10, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nJERUSALEM (Wire) - Officials said on Monday that the envoy could not reach "
         "Jenin because her convoy was stopped at a checkpoint.\n",
         {{32.46, 35.30, 10, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nPARIS (Wire) - France's president met the Belgian king in Paris on Monday. Lyon and "
         "his deputies were not present.\n",
         {{45.75, 4.85, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nANKARA (Wire) - Turkey's foreign minister flew to Konya on Thursday, where he met "
         "his Greek counterpart.\n",
         {{37.87, 32.48, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nTBILISI (Wire) - Georgia made her case to the European Union on Monday, the foreign "
         "minister said in Tbilisi.\n",
         {{42.0, 43.5, 300, DM_PLACE_COUNTRY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round40-persons-deeds.txt");
}

/* Fortieth round (issue 15, engineer place40): a town reading sure only by
 * its size or an origin's "of", an ocean (3,000 km or more) from every
 * place of the story, yields to a namesake beside them: the Nebraska
 * village, not the New Zealand city, in a Kansas story. Guards: a name of
 * one reading, a locative cue of a stop, the story naming the reading's
 * country, a gathering held there, a summit town, a metropolis. Invented
 * rows; the first two fail before. */
static void places_fortieth_round_ocean_namesakes(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nSALINA, Kan. (Wire) - The county board met in Salina on Monday. A driver of Nelson "
         "was hurt in a crash near Abilene, police said.\n",
         {{38.84, -97.61, 20, DM_PLACE_CITY, 1}, {-41.27, 173.28, 100, -1, 0}, {40.20, -98.07, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nSALINA, Kan. (Wire) - A driver of Nelson was hurt in a crash near Salina on Monday.\n",
         {{38.84, -97.61, 20, DM_PLACE_CITY, 1}, {-41.27, 173.28, 100, -1, 0}}},
        {"date 2025-09-12\n\nSALINA, Kan. (Wire) - Ann Oakes of Tauranga and Bob Reyes of Salina were named to "
         "the school board on Monday.\n",
         {{-37.69, 176.17, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nHANOI (Wire) - The president arrived in Hanoi on Tuesday after a refuelling stop in "
         "Anchorage.\n",
         {{61.22, -149.90, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nWELLINGTON (Wire) - New Zealand's prime minister met the Fijian leader in Nelson on "
         "Monday.\n",
         {{-41.27, 173.28, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nWASHINGTON (Wire) - The secretary of state will attend talks held in Nelson next "
         "month, officials said.\n",
         {{-41.27, 173.28, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nWASHINGTON (Wire) - The president will travel to Davos next week for the forum, the "
         "White House said.\n",
         {{46.80, 9.84, 20, -1, 1}}},
        {"date 2025-09-12\n\nBEIJING (Wire) - China's president met the Brazilian president in Sochi on "
         "Tuesday.\n",
         {{43.60, 39.73, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nTORONTO (Wire) - The legislature met in Toronto on Monday. A farmer of Perth and a "
         "nurse of Stratford spoke for the bill.\n",
         {{43.65, -79.38, 20, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round40-ocean-namesakes.txt");
}

/* Fortieth round (issue 15, engineer place40): a bare name right before a
 * gathering's word ("the Geneva talks", "a Naples conference") in a story
 * naming a foreign capital or a country is the gathering's venue, kept
 * however far from the story's places, not traded for a village of the
 * name near the dateline; so is a name before a pact's noun ("the Belfast
 * accord"). Guards: a local story with no national place keeps the
 * village. Invented rows; the first six fail before. */
static void places_fortieth_round_gathering_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nWASHINGTON (Wire) - The Geneva talks resumed on Monday, aides said.\n",
         {{46.20, 6.15, 20, DM_PLACE_CITY, 1}, {42.87, -76.98, 20, -1, 0}}},
        {"date 2025-09-12\n\nWASHINGTON (Wire) - The envoys talked in Geneva on Monday. The Geneva round will "
         "resume next week.\n",
         {{46.20, 6.15, 20, DM_PLACE_CITY, 1}, {42.87, -76.98, 20, -1, 0}}},
        {"date 2025-09-12\n\nWASHINGTON (Wire) - Envoys of both sides will hold a Naples conference next month, "
         "the State Department said.\n",
         {{40.85, 14.27, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nWASHINGTON (Wire) - The Florence talks resumed on Monday, aides said.\n",
         {{43.77, 11.25, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nWASHINGTON (Wire) - The president hailed the Belfast accord on Friday.\n",
         {{54.60, -5.93, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nWASHINGTON (Wire) - The senator praised the Glasgow pact on climate.\n",
         {{55.86, -4.25, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nBOSTON (Wire) - The Cambridge deal with the state was signed on Monday, officials in "
         "Boston said.\n",
         {{42.37, -71.11, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nALBANY, N.Y. (Wire) - The Geneva school board meeting was put off on Monday, "
         "officials in Albany said.\n",
         {{42.87, -76.98, 20, DM_PLACE_CITY, 1}, {46.20, 6.15, 20, -1, 0}}},
        {"date 2025-09-12\n\nROCHESTER, N.Y. (Wire) - The Geneva talks between the county and the city resumed "
         "on Monday.\n",
         {{42.87, -76.98, 20, DM_PLACE_CITY, 1}, {46.20, 6.15, 20, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round40-gathering-names.txt");
}

/* Thirty-ninth round (issue 15, engineer place39): a sports club named
 * after a village ("an Arsenal fan", "the Benfica striker") is no place
 * (rules/club_nouns.txt), while a city that gives a club its name stays
 * ("a Liverpool fan"); and "the mayor of X", "the port of X" make X a
 * town (rules/town_cue_words.txt), never a region of its name: the suburb
 * of that name, the Virginia port. Invented rows; the first, fourth and
 * fifth fail before. */
static void places_thirty_ninth_round_clubs_and_town_cues(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe prime minister, a lifelong Arsenal fan, flew to Paris on Sunday.\n",
         {{-20.11, 57.54, 100, -1, 0}, {48.85, 2.35, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe Benfica striker met the president of Ghana in Accra.\n",
         {{38.75, -9.20, 30, -1, 0}, {5.56, -0.20, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe chancellor, a Liverpool fan, flew to Paris on Sunday.\n",
         {{53.41, -2.98, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe mayor of Normandy greeted the consul of Ghana on Friday.\n",
         {{48.88, 0.17, 100, -1, 0}, {38.72, -90.30, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe destroyer returned to its home port of Norfolk after seven months in the Red "
         "Sea.\n",
         {{52.66, 0.95, 100, -1, 0}, {36.85, -76.29, 20, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nThe port of Gwadar, in Balochistan, was shut on Monday.\n",
         {{25.12, 62.33, 20, DM_PLACE_CITY, 1}, {28.0, 65.3, 100, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round39-clubs-and-town-cues.txt");
}

/* Thirty-ninth round (issue 15, engineer place39): Sea Island, the
 * Georgia resort of a G8 summit, is a curated site, so "Sea Island,
 * Georgia" is read in the US state, not the Caucasus country; "Tbilisi,
 * Georgia" keeps the country. Invented rows; the first two fail before. */
static void places_thirty_ninth_round_summit_resorts(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nLeaders of the Group of Eight met at Sea Island, Georgia, in June 2004.\n",
         {{31.20, -81.33, 10, DM_PLACE_SITE, 1}, {42.0, 43.5, 300, -1, 0}}},
        {"date 2025-09-12\n\nSEA ISLAND, Georgia (Wire) - The two leaders met here on Monday at a seaside hotel, "
         "aides said. The prime minister arrived from Oslo.\n",
         {{31.20, -81.33, 10, DM_PLACE_SITE, 1}, {42.0, 43.5, 300, -1, 0}}},
        {"date 2025-09-12\n\nTbilisi, Georgia - The two ministers met on Monday.\n",
         {{42.0, 43.5, 300, DM_PLACE_COUNTRY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round39-summit-resorts.txt");
}

/* Thirty-eighth round (issue 15, engineer abbrev38): places a few hundred
 * km off do not carry a small town over a first-level region abroad of
 * dominant_ratio times its people (near_far_rival): a river-town story of
 * Indiana and Kentucky that names "the beaches of Normandy" means the French
 * region, not a Missouri suburb of 5,000. A qualifier still places the town.
 * Invented grid rows; the first fails before. */
static void places_thirty_eighth_round_populous_regions_abroad(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nNEW ALBANY, Indiana - A restored landing craft that docked at Evansville, Indiana, on "
         "Friday will sail on to Owensboro, Kentucky, and Paducah, Kentucky, next week. Crowds are expected in "
         "Louisville, Kentucky, too. The boat carried soldiers to the beaches of Normandy in 1944.\n",
         {{48.88, 0.17, 100, DM_PLACE_REGION, 1}, {38.72, -90.30, 30, -1, 0}}},
        {"date 2025-09-12\n\nNEW ALBANY, Ind. (AP) - A restored landing craft that docked at Evansville, Ind., on "
         "Friday will sail on to Owensboro, Ky., and Paducah, Ky., next week. Crowds are expected in Louisville, "
         "Ky., too. The boat carried soldiers to the beaches of Normandy in 1944.\n",
         {{48.88, 0.17, 100, DM_PLACE_REGION, 1}, {38.72, -90.30, 30, -1, 0}}},
        {"date 2025-09-12\n\nNORMANDY, Missouri - The city council of this suburb voted on Friday to repave four "
         "streets, and the mayor will meet officials in Evansville, Indiana, and Paducah, Kentucky.\n",
         {{38.72, -90.30, 30, DM_PLACE_CITY, 1}, {48.88, 0.17, 100, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round38-populous-regions-abroad.txt");
}

/* Seventeenth round (issue 15): seas, gulfs, straits and lakes the
 * gazetteer lacked are places of their own; "of X" after the gulf's head
 * is no country, and the water body wins over a small town of its name. */
/* Eighteenth round (issue 15, engineer places2): a given name that is also
 * a country or a place of note ("Chad", "Georgia") starts a person's name
 * after another person's name and "and", or where the words around are a
 * person's (an age after it); the country alone stays a place. */
static void places_eighteenth_round_given_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nDeputies Ron Smith and Chad Walker arrested two men in Lexington on Monday.\n",
         {{38.05, -84.50, 30, DM_PLACE_CITY, 1}, {15.0, 19.0, 500, DM_PLACE_COUNTRY, 0}}},
        {"date 2025-09-12\n\nGeorgia Brown, 41, was hurt in a crash near Atlanta on Monday.\n",
         {{33.75, -84.39, 30, DM_PLACE_CITY, 1}, {32.51, -83.15, 50, -1, 0}, {42.0, 43.5, 300, -1, 0}}},
        {"date 2025-09-12\n\nThe school's new principal Chad Morris met parents in Lexington.\n",
         {{38.05, -84.50, 30, DM_PLACE_CITY, 1}, {15.0, 19.0, 500, DM_PLACE_COUNTRY, 0}}},
        {"date 2025-09-12\n\nTroops from Chad and Sudan met at the border on Monday.\n",
         {{15.0, 19.0, 500, DM_PLACE_COUNTRY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round18-names.txt");
}

/* Eighteenth round (issue 15, engineer places2): a word right after a
 * saint's title ("St. Mary's High School") is the saint's name, not a city
 * of that word; a saint's name before an institution's words is the
 * institution's even when a large city was once called so, while a city
 * named for its saint keeps its name ("St. Paul Mayor X"). */
static void places_eighteenth_round_saints(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nPupils of St. Mary's High School in Dayton raised money for the trip.\n",
         {{39.76, -84.19, 30, DM_PLACE_CITY, 1}, {37.59, 61.83, 100, -1, 0}}},
        {"date 2025-09-12\n\nThe vigil was held at St. James United Methodist Church in Chicago.\n",
         {{41.85, -87.65, 30, DM_PLACE_CITY, 1}, {10.35, 107.08, 100, -1, 0}}},
        {"date 2025-09-12\n\nThe march was peaceful, St. Paul Mayor Jane Smith said on Monday.\n",
         {{44.94, -93.09, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round18-saints.txt");
}

/* Nineteenth round (issue 15, engineer places3): a town of 50,000 to a
 * million people far from every other place of the story, in a country the
 * story names nowhere else, needs a cue: bare, it is a car's, a trust's or a
 * team's name (dropped), or another reading beside the story's towns takes
 * its place (Ohio's Toledo beside Dayton, not Spain's). A town holding a
 * curated site keeps its name ("a Hague ruling"). */
static void places_nineteenth_round_lone_foreign_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nDeputies in Dayton and Toledo stopped a silver Dodge Durango late on Friday.\n",
         {{41.66, -83.56, 30, DM_PLACE_CITY, 1}, {39.86, -4.02, 100, -1, 0}, {24.02, -104.66, 100, -1, 0}}},
        {"date 2025-09-12\n\nVolunteers from Tacoma and Olympia cleared the trails owned by the Woodlands Trust.\n",
         {{47.25, -122.44, 30, DM_PLACE_CITY, 1}, {1.44, 103.79, 100, -1, 0}}},
        {"date 2025-09-12\n\nFans in Leeds and York cheered when the Metro Rangers lost to a side from Hull.\n",
         {{53.80, -1.55, 30, DM_PLACE_CITY, 1}, {53.74, -0.34, 30, DM_PLACE_CITY, 1}, {-5.11, 105.31, 100, -1, 0}}},
        {"date 2025-09-12\n\nBeijing said on Monday it would ignore a Hague ruling on the reefs claimed by Manila "
         "and Hanoi.\n",
         {{52.08, 4.30, 30, DM_PLACE_CITY, 1}, {14.60, 120.98, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round19-lone-foreign.txt");
}

/* Twentieth round (issue 15, engineer places4): a town's name in capitals
 * counts as the article's dateline only after a dash, or after other
 * punctuation when it opens a line or a sentence. An acronym spelled out
 * beside its words ("(XYZ)", ", or XYZ,") is no dateline, so its later
 * uses stay acronyms, not a town abroad; a dateline after a byline and a
 * date still is one. */
static void places_twentieth_round_acronyms_no_datelines(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nLawmakers from Ohio and Texas filed the Safe Active Learning Act (SALA) on Monday. "
         "Schools need SALA money now, one of them said.\n",
         {{40.25, -82.79, 50, DM_PLACE_REGION, 1}, {56.51, 25.76, 2500, -1, 0}}},
        {"date 2025-09-12\n\nSenators from Ohio and Texas revived their Student Aid for Living Allowances, or "
         "SALA, bill on Monday. Families in Dallas want SALA grants, one senator said.\n",
         {{32.78, -96.80, 30, DM_PLACE_CITY, 1}, {56.51, 25.76, 2500, -1, 0}}},
        {"date 2025-09-12\n\nBoard backs levy\n\nBy Jo Reed Staff Writer May 2, 2009 SALINA -- The county board "
         "in Abilene and Topeka voted on Monday.\n",
         {{38.84, -97.61, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round20-acronyms.txt");
}

/* Twentieth round (issue 15, engineer places4): a first-level subdivision
 * of fewer than 10,000 people (a Cape Verde municipality) is no better
 * known than a village: a given name that is also its name needs a cue
 * like a small town's ("at Paul" stays, "Paul waved" goes); a town of a
 * given name keeps the same rule. */
static void places_twentieth_round_obscure_regions(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nCrowds in Leeds, York and Hull cheered the team. Later, as the bus left, Paul waved "
         "from the window.\n",
         {{53.80, -1.55, 30, DM_PLACE_CITY, 1}, {17.12, -25.02, 100, -1, 0}}},
        {"date 2025-09-12\n\nCrowds in Leeds, York and Hull cheered the team. Later, as the bus left, Pembroke "
         "waved from the window.\n",
         {{53.80, -1.55, 30, DM_PLACE_CITY, 1}, {51.67, -4.91, 30, -1, 0}}},
        {"date 2025-09-12\n\nThe ferry from Praia docked at Paul on Monday.\n",
         {{14.93, -23.51, 30, DM_PLACE_CITY, 1}, {17.12, -25.02, 30, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round20-obscure-regions.txt");
}

/* Twenty-third round (issue 15, engineer farplace): a far-off reading
 * needs stronger evidence the less sure the resolver is of it. A town or
 * first-level region read over 1,000 km from every other place of the
 * story, in a country the story never names, whose bare name (no locative
 * cue) has another reading within 1.5 points, is no place: a given name, a
 * byline, a vaccine strain's or a car's name. A far region the name reads
 * one way only stays. */
static void places_twenty_third_round_far_unsure(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nVoters in Lexington and Louisville picked a new school board on Tuesday after "
         "incumbent Fife Harmon stepped aside.\n",
         {{38.25, -85.76, 30, DM_PLACE_CITY, 1}, {56.21, -3.16, 100, -1, 0}}},
        {"date 2025-09-12\n\nClinics in Denver and Boulder will offer a shot against the A/Victoria/2570/2019 "
         "strain this winter.\n",
         {{39.74, -104.98, 30, DM_PLACE_CITY, 1}, {-36.76, 142.86, 300, -1, 0}}},
        {"date 2025-09-12\n\nFloods in Tulsa and Norman closed roads on Monday.\n\nBy KENT HOLLOWAY\n\n"
         "Schools reopened on Tuesday.\n",
         {{36.15, -95.99, 30, DM_PLACE_CITY, 1}, {51.20, 0.72, 100, -1, 0}}},
        {"date 2025-09-12\n\nPolice in Boise and Nampa said a gray Durango hit two parked cars before the "
         "driver fled.\n",
         {{43.61, -116.20, 30, DM_PLACE_CITY, 1}, {24.02, -104.66, 100, -1, 0}}},
        {"date 2025-09-12\n\nHealth officials in Sydney and Canberra said Massachusetts would lead the vaccine "
         "trial.\n",
         {{42.39, -71.69, 100, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round23-far-unsure.txt");
}

/* Twenty-fourth round (issue 15, engineer lglorder): a locative cue says
 * that a name is a place, not which one. A small town after a cue that lies
 * over 1,000 km from every other town, county and state of the story, some
 * of them in its own country, is dropped like a lone town (a sports
 * section, a lake, a shelter read as far Alabama and Florida towns); a cued
 * town of a country no other place of the story lies in keeps its cue. */
static void places_twenty_fourth_round_cued_far(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nWrestlers from Bemidji and Brainerd will meet in Section 8 next week for the "
         "title.\n",
         {{47.47, -94.88, 30, DM_PLACE_CITY, 1}, {34.58, -85.99, 100, -1, 0}}},
        {"date 2025-09-12\n\nFishermen from Duluth, Bemidji and Brainerd said the ice was thin at Lake Mary on "
         "Sunday.\n",
         {{46.78, -92.11, 30, DM_PLACE_CITY, 1}, {28.76, -81.32, 100, -1, 0}}},
        {"date 2025-09-12\n\nTeachers from Bemidji and Duluth trained at Eva's Village last spring.\n",
         {{47.47, -94.88, 30, DM_PLACE_CITY, 1}, {34.33, -86.76, 100, -1, 0}}},
        {"date 2025-09-12\n\nCrews from Amarillo and Lubbock flew on Monday to fight the fire in Gimli.\n",
         {{50.63, -96.99, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round24-cued-far.txt");
}

/* Twenty-fifth round (issue 15, engineer lglfar): a locative cue before an
 * article governs the noun the article opens, not the name after it ("from
 * the X": a car, "at the X": a foundation); a town takes no article. Such a
 * name far from the story, in a country the story never names, is read as
 * bare by the lone-town pass and goes. A cued foreign town without an
 * article, and a name the gazetteer knows with its article, stay. */
static void places_twenty_fifth_round_cue_of_article(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nWitnesses in Boise and Nampa heard the shots come from the Durango as it sped off on "
         "Monday.\n",
         {{43.61, -116.20, 30, DM_PLACE_CITY, 1}, {24.02, -104.66, 100, -1, 0}}},
        {"date 2025-09-12\n\nVolunteers from Boise and Nampa worked at the Woodlands all summer.\n",
         {{43.54, -116.56, 30, DM_PLACE_CITY, 1}, {1.44, 103.79, 100, -1, 0}}},
        {"date 2025-09-12\n\nPilots from Omaha and Kearney flew on Friday to Bremen for the fair.\n",
         {{53.08, 8.81, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nLawmakers in Omaha and Kearney flew to the Hague on Friday.\n",
         {{52.08, 4.30, 30, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round25-cue-of-article.txt");
}

/* Twenty-fifth round (issue 15, engineer lglfar): a demonym before a noun
 * of cooking or of a language taught (rules/style_nouns.txt) names a style,
 * not its country; before the government it stays the country's. */
static void places_twenty_fifth_round_style_demonyms(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nDiners in Tulsa and Norman lined up for Italian food and a Polish sausage at the "
         "fair.\n",
         {{36.15, -95.99, 30, DM_PLACE_CITY, 1}, {42.83, 12.83, 300, -1, 0}, {52.0, 20.0, 300, -1, 0}}},
        {"date 2025-09-12\n\nParents in Tulsa and Norman want a French immersion class at the new school.\n",
         {{35.22, -97.44, 30, DM_PLACE_CITY, 1}, {46.0, 2.0, 300, -1, 0}}},
        {"date 2025-09-12\n\nThe Italian government sent doctors to Tulsa and Norman after the storm.\n",
         {{42.83, 12.83, 300, DM_PLACE_COUNTRY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round25-style-demonyms.txt");
}

/* Twenty-second round (issue 15, engineer lglstate): a county or town named
 * in a story whose sure towns all lie in one state is read in that state
 * (the namesakes in Indiana are larger, and lie within 600 km of the story);
 * a story of metropolises (a sports page) and a town across the state line
 * from the story's city keep their readings. */
static void places_twenty_second_round_story_state(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nLinemen from Cincinnati, Zanesville and Steubenville drove out on Saturday to restore "
         "power after the storm. Most of the damage was in Marion County and Allen County, the utility said.\n",
         {{40.59, -83.16, 30, DM_PLACE_REGION, 1},
          {40.77, -84.11, 30, DM_PLACE_REGION, 1},
          {39.78, -86.14, 30, -1, 0}}},
        {"date 2025-09-12\n\nFans in Houston, Dallas and San Antonio watched the playoff on Saturday. Portland won "
         "in overtime, and Texas will host the final.\n",
         {{45.52, -122.68, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nCrews from Louisville and Lexington, Ky., cleared the roads on Saturday. Families in "
         "Jeffersonville were told to boil their water, and Evansville sent two trucks.\n",
         {{38.28, -85.74, 10, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round22-story-state.txt");
}

/* Twenty-third round (issue 15, engineer lglcap): a name keeps its sixteen
 * most prominent readings, and a local story's own namesake may rank below
 * them (Ohio's Jackson County is the eighteenth of twenty-three): the readings
 * lying in the state of a sure place of the story are kept however low
 * their rank. With no sure place, the most prominent namesake stays. */
static void places_twenty_third_round_story_state_readings(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nA storm knocked down trees across Jackson County on Sunday, and crews from "
         "Chillicothe worked through the night. The Ohio governor toured the damage.\n",
         {{39.02, -82.62, 30, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nLinemen from Zanesville and Steubenville restored power in Jackson County on "
         "Sunday after the storm.\n",
         {{39.02, -82.62, 30, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nA storm knocked down trees across Jackson County on Sunday, and crews worked "
         "through the night.\n",
         {{39.01, -94.35, 30, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round23-story-state-readings.txt");
}

/* Twenty-second round (issue 15, lead): a place's name that the article
 * gives right after a publication noun ("the government weekly X") is that
 * newspaper in every bare mention, "printed in X" too; a place of the
 * name with its qualifier, a story with no such noun, or one where the
 * noun is an adjective ("get daily X news"), keeps it. */
static void places_twenty_second_round_publication_names(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nThe government weekly Sabah printed the minister's letter on Monday. Two days later "
         "a reply from Ankara appeared in Sabah as well.\n",
         {{39.92, 32.85, 30, DM_PLACE_CITY, 1}, {5.50, 117.0, 500, -1, 0}}},
        {"date 2025-09-12\n\nThe government weekly Sabah printed the minister's letter on Monday. Floods in "
         "Sabah, Malaysia, closed the roads to Kota Kinabalu, it said.\n",
         {{5.50, 117.0, 500, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nFloods closed the roads across Sabah on Monday, and the state's weekly market in "
         "Kota Kinabalu was cancelled.\n",
         {{5.50, 117.0, 500, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nSubscribers get daily Sabah news by email from a bureau in Kota Kinabalu, the "
         "company said on Monday.\n",
         {{5.50, 117.0, 500, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round22-publication-names.txt");
}

/* Twenty-first round (issue 15, engineer places5): two ambiguous names that
 * are regions of a far country beside each other (English counties) and
 * villages of the story's own place do not vouch for each other: a region of
 * another country yields to a namesake village beside the story's sure places
 * however large its population. An English story keeps its counties. */
static void places_twentyfirst_round_far_regions(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nFALLS VILLAGE -- Crews from Cornwall and Kent cleared brush along the river trail "
         "on Saturday. Riders from Salisbury rode in from the north.\n\nThe trail runs from Falls Village to "
         "Sharon, and hikers from Cornwall and Kent use it most.\n",
         {{41.73, -73.48, 30, DM_PLACE_CITY, 1}, {50.35, -4.90, 300, -1, 0}, {51.20, 0.72, 300, -1, 0}}},
        {"date 2025-09-12\n\nStorms closed roads across Cornwall and Kent on Monday, and trains out of London "
         "were cancelled.\n",
         {{50.35, -4.90, 100, DM_PLACE_REGION, 1}, {51.20, 0.72, 100, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round21-far-regions.txt");
}

/* Nineteenth round (issue 15, engineer places3): a small town that only the
 * story's country puts beside the story (a Florida village called
 * Heathrow, the United States named elsewhere) yields to a site of the same
 * name beside the story's own city (London's airport). */
static void places_nineteenth_round_sites_over_towns(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nStaff in London and Paris sent the crates. Most pets passed through Heathrow on the "
         "way to the United States.\n",
         {{51.47, -0.45, 10, DM_PLACE_SITE, 1}, {28.76, -81.37, 50, -1, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round19-sites.txt");
}

/* Eighteenth round (issue 15, engineer places2): a large island named on
 * its own is the island, not a namesake town elsewhere (a Mindanao town
 * called Luzon, a Bolivian Trinidad) nor nothing. */
static void places_eighteenth_round_islands(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nTroops were flown from Luzon to Mindanao after the clashes on Monday.\n",
         {{16.0, 121.4, 150, DM_PLACE_REGION, 1},
          {7.7, 124.8, 150, DM_PLACE_REGION, 1},
          {6.52, 126.09, 20, DM_PLACE_CITY, 0}}},
        {"date 2025-09-12\n\nFloods cut roads across Trinidad, the cabinet in Port of Spain said.\n",
         {{10.4, -61.3, 50, DM_PLACE_REGION, 1}, {-14.83, -64.90, 100, -1, 0}}},
        {"date 2025-09-12\n\nTokyo protested when Russian jets landed on Iturup and Kunashir.\n",
         {{45.1, 147.8, 50, DM_PLACE_REGION, 1}, {44.2, 146.0, 50, DM_PLACE_REGION, 1}}},
        {"date 2025-09-12\n\nRescuers on Lesbos counted the boats that had crossed from the Turkish coast.\n",
         {{39.2, 26.0, 30, DM_PLACE_REGION, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round18-islands.txt");
}

static void places_seventeenth_round_cases(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nPirates boarded a tanker in the Gulf of Guinea on Monday.\n",
         {{1.0, 2.0, 500, DM_PLACE_AREA, 1}, {10.5, -10.5, 400, DM_PLACE_COUNTRY, 0}}},
        {"date 2025-09-12\n\nA survey ship crossed the Bay of Bengal toward the delta.\n",
         {{15.0, 88.0, 500, DM_PLACE_AREA, 1}}},
        {"date 2025-09-12\n\nFishing boats from both shores crowd Lake Albert each season.\n",
         {{1.7, 30.9, 80, DM_PLACE_AREA, 1}, {-35.17, 147.38, 50, -1, 0}}},
        {"date 2025-09-12\n\nIce closed the ports along Hudson Bay early this year.\n",
         {{60.0, -85.0, 600, DM_PLACE_AREA, 1}, {52.85, -102.38, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe frigate passed through the Dardanelles on Monday.\n",
         {{40.2, 26.4, 40, DM_PLACE_AREA, 1}, {40.15, 26.41, 20, DM_PLACE_CITY, 0}}},
        /* A sentence's first word that is also a given name ("Even",
         * "Will", "May") before a country is that word, not a person. */
        {"date 2025-09-12\n\nEven Russia abstained when the council voted on Friday.\n",
         {{60.0, 100.0, 500, DM_PLACE_COUNTRY, 1}}},
        {"date 2025-09-12\n\nWill Japan sign the pact? Reporters asked twice.\n",
         {{36.0, 139.0, 500, DM_PLACE_COUNTRY, 1}}},
        {"date 2025-09-12\n\nEven North Korea stayed away from the vote.\n", {{40.0, 127.0, 300, DM_PLACE_COUNTRY, 1}}},
        /* A small town named before an institution's word ("X
         * University") is that institution where the text puts nothing in
         * it ("40 X singers"); "in X" is still the town. */
        {"date 2025-09-12\n\nThe Middlebury College choir toured Europe. Some 40 Middlebury singers took part.\n",
         {{41.53, -73.12, 50, -1, 0}, {44.02, -73.17, 50, -1, 0}}},
        {"date 2025-09-12\n\nThe Middlebury College choir toured Europe. Floods hit homes in Middlebury on Friday.\n",
         {{41.53, -73.12, 50, DM_PLACE_CITY, 1}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round17.txt");
}

/* Twelfth round (issue 14, dev half): a readout's lede meeting without a
 * place or date, items of a dated list, and days named without a year in
 * a paragraph about another year. */
static void events_twelfth_round(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* The lede's news, told as done, placeless and undated: the
         * report's day; a summit planned later is another meeting. */
        {"date 2025-06-12\nReadout of the adviser's meeting with the chair\n\nThe security adviser met with the "
         "commission chair to discuss fisheries.\n",
         "meeting 2025-06-12 held -"},
        {"date 2025-06-12\nReadout of the adviser's meeting with the chair\n\nThe security adviser met with the "
         "commission chair to discuss fisheries. Both welcomed plans to convene a leaders' summit this year.\n",
         "meeting 2025-06-12 held -; meeting 2025 planned -"},
        /* One event per item of a list told with semicolons, each at its
         * own date, in the year of the item before it. */
        {"date 2019-08-14\n\nOn 12 May 2017 the king visited Santiago; on 14 May he visited Valparaiso.\n",
         "visit 2017-05-12 held santiago; visit 2017-05-14 held valparaiso"},
        /* A sentence opening with its date frames its paragraph: a day
         * named later without a year is in that year ... */
        {"date 2019-08-14\n\nOn 3 March 2014 (a week after the elections), the minister visited Oslo. On 5 "
         "March she met the prime minister in Bergen.\n",
         "visit 2014-03-03 held oslo; meeting 2014-03-05 held bergen"},
        /* ... but a frame in the report's own year changes nothing. */
        {"date 2019-08-14\n\nOn 3 March 2019, the minister visited Oslo. On 5 October she met the prime minister "
         "in Bergen.\n",
         "visit 2019-03-03 held oslo; meeting 2018-10-05 held bergen"},
        /* A placeless meeting of a year before the report's is background;
         * a day range is dated at its first day. */
        {"date 2025-06-12\n\nThe group of lenders first met in 2019 to reschedule the debts.\n", ""},
        {"date 2019-08-14\nState visits\n\nFrom 12 - 14 May 2017, the king visited Santiago.\n",
         "visit 2017-05-12 held santiago"},
        /* A conference is a meeting; a news conference stays a statement. */
        {"date 2025-06-10\nSome headline for the test\n\nThe reforms will be taken up at a London conference "
         "in March.\n",
         "meeting 2026-03 planned london"},
        {"date 2025-06-10\nSome headline for the test\n\nHe spoke at a news conference in Oslo on Monday.\n",
         "statement 2025-06-09 held oslo"},
        /* A habit is no event; a tour of a region is told by its stops. */
        {"date 2025-06-10\nSome headline for the test\n\nAbout 20,000 Danish tourists visit Norway every "
         "year.\n",
         ""},
        {"date 2025-06-10\nSome headline for the test\n\nThe prime minister returned on Friday from a "
         "mission to the Middle East.\n",
         ""},
        /* The country a visit's verb names, not one named before it. */
        {"date 2025-06-10\nSome headline for the test\n\nTies grew as many Chileans settled in Norway and "
         "as Danish students started visiting Chile in May.\n",
         "visit 2025-05 held chile"},
        /* "ahead of the summit": still to come; an official who refused
         * to be named refuses nothing of the summit's. */
        {"date 2025-06-13\nSome headline for the test\n\nThe ministers said they hoped for a deal ahead of "
         "the summit in Bergen.\n",
         "meeting 2025-06 planned bergen"},
        {"date 2025-06-13\nSome headline for the test\n\nThe summit opened in Oslo on Monday. Unlike earlier "
         "meetings, the agenda this time covers fishing quotas, an official who refused to be named said.\n",
         "meeting 2025-06-09 held oslo"},
        /* A short name in parentheses does not end a trip's list of stops. */
        {"date 2025-12-13\nSome headline for the test\n\nIn November she went on visits to the Central African "
         "Republic (CAR) and Chad.\n",
         "visit 2025-11 held central-african-republic; visit 2025-11 held chad"},
        /* A country naming the visitors is not where they went. */
        {"date 2025-06-13\nSome headline for the test\n\nSeveral U.S. lawmakers toured the port on Monday.\n", ""},
        /* The lede's placed news, undated, is of the report's day before it
         * merges with a later mention dated to the month. */
        {"date 2025-06-12\nMinisters meet over fishing quotas\n\nThe two ministers met in Oslo to discuss fishing "
         "quotas. Their meeting in Oslo this month was the third this year.\n",
         "meeting 2025-06-12 held oslo"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirteenth round (engineer evrecall): interviews, visitors named by
 * their nation, incidents told without an attack word. Sentences of our
 * own. */
static void events_thirteenth_round_evrecall(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A saying told to an outlet is a statement, placeless unless told
         * "here"; on the air it is a broadcast. */
        {"date 2025-06-12\nSome headline for the test\n\nSpeaking to the NHK, the minister said the fishing deal "
         "would hold.\n",
         "statement 2025-06-12 held -"},
        {"date 2025-06-12\nSome headline for the test\n\nThe minister, speaking on NHK-TV's evening programme, said "
         "the quotas were fair.\n",
         "broadcast 2025-06-12 held -"},
        {"date 2025-06-12\nSome headline for the test\n\nOSLO, June 12 - The fisheries minister told Kyodo here "
         "that the quotas were fair.\n",
         "statement 2025-06-12 held oslo"},
        /* Anonymous sources are the wire's attribution; an interview of a
         * year past is background. */
        {"date 2025-06-12\nSome headline for the test\n\nThe quotas will rise next year, officials told Kyodo.\n", ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe minister told The Oslo Times that she would stay. She "
         "had told Kyodo during an interview last year that she would leave.\n",
         "statement 2025-06-12 held -"},
        /* "visiting Danish foreign minister": the visitor is where the
         * report is, not in Denmark. */
        {"date 2025-06-12\nSome headline for the test\n\nOSLO, June 12 - Prime Minister Jonas Berg and visiting "
         "Danish foreign minister Lars Holm agreed on Monday to share fishing data.\n",
         "visit 2025-06-09 held oslo"},
        /* "killed ... in X" is an incident there; a place far along the
         * clause is not its place. */
        {"date 2025-06-12\nSome headline for the test\n\nA vehicle of the convoy struck and killed a cyclist in "
         "Chile on Monday.\n",
         "incident 2025-06-09 held chile"},
        {"date 2025-06-12\nSome headline for the test\n\nMany officers who killed protesters during the war were "
         "trained at a police school formerly based in Chile.\n",
         ""},
        /* A meeting's own name told as held is a meeting. */
        {"date 2025-06-12\nSome headline for the test\n\nThe leaders praised the outcomes of the Fisheries Dialogue "
         "held in Bergen on 11 April.\n",
         "meeting 2025-04-11 held bergen"},
        {"date 2025-06-12\nSome headline for the test\n\nThe Harbour Forum was held in Oslo in April 2013 with the "
         "port authorities.\n",
         "meeting 2013-04 held oslo"},
        /* An attack told in passing, as the news' cause or background, is
         * no event of its own; nor one "in the past"; "the Bergen blast"
         * is the bombing told before. */
        {"date 2025-06-12\nSome headline for the test\n\nTwo weeks after the bombings in Chile, the ministers met in "
         "Oslo on Monday.\n",
         "meeting 2025-06-09 held oslo"},
        {"date 2025-06-12\nSome headline for the test\n\nThe group vowed to fight on and had raided Bergen in the "
         "past.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nA bombing hit a market in Bergen on Monday. The toll of the "
         "Bergen blast has risen to twelve, officials said on Wednesday.\n",
         "incident 2025-06-09 held bergen"},
        /* Negation four words before the trigger: "will not agree to a deal". */
        {"date 2025-06-12\nSome headline for the test\n\nThe premier will not agree to a deal in Oslo.\n", ""},
        /* A wish, a negation or a modal does not reach past "after":
         * hopes that faded after talks failed tell failed talks. */
        {"date 2025-06-12\nSome headline for the test\n\nHopes faded after the negotiations in Oslo failed "
         "on Monday.\n",
         "talks 2025-06-09 failed oslo"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Every line of rules/triggers.txt reads as WORD TYPE STRENGTH: a typo in
 * the data file fails here, not silently at run time. */
static void trigger_rules_parse(void **state)
{
    (void)state;
    assert_int_equal(dmi_trigger_lines_bad(), 0);
    assert_int_equal(dmi_frame_lines_bad(), 0);
}

/* The new fields survive a save and a load; a story without them (every
 * story written before) still loads; a wrong code names its field. */
static void story_fields_round_trip(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = extract_rel(ctx, "tests/articles/asia-lead-prefix-hanoi-visit.txt");
    char *first = NULL, *second = NULL;
    assert_int_equal(dm_story_to_json(s, &first), DM_OK);
    dm_story_t *again = NULL;
    assert_int_equal(dm_story_load_string(ctx, first, strlen(first), "saved.json", &again), DM_OK);
    assert_int_equal(dm_story_to_json(again, &second), DM_OK);
    assert_string_equal(first, second);
    json_t *root = story_json(again);
    json_t *p = principal_of(root);
    assert_non_null(json_object_get(p, "evidence"));
    assert_non_null(json_object_get(p, "cameo"));
    assert_non_null(json_object_get(p, "persons"));
    json_decref(root);
    dm_free(first);
    dm_free(second);
    dm_story_destroy(again);
    dm_story_destroy(s);
    const char *old = "{\"diplomap\": 1, \"places\": [{\"id\": \"hanoi\", \"lat\": 21.03, \"lon\": 105.85}],"
                      " \"events\": [{\"id\": \"e1\", \"type\": \"visit\", \"places\": [\"hanoi\"]}]}";
    assert_int_equal(dm_story_load_string(ctx, old, strlen(old), "old.json", &s), DM_OK);
    root = story_json(s);
    json_t *e = json_array_get(json_object_get(root, "events"), 0);
    assert_null(json_object_get(e, "principal"));
    assert_null(json_object_get(e, "persons"));
    assert_null(json_object_get(e, "evidence"));
    assert_null(json_object_get(e, "cameo"));
    json_decref(root);
    dm_story_destroy(s);
    const char *given = "{\"places\": [{\"id\": \"hanoi\", \"lat\": 21.03, \"lon\": 105.85}], \"events\": [{\"type\": "
                        "\"visit\", \"places\": [\"hanoi\"], \"principal\": true, \"persons\": [\"A. Person\"], "
                        "\"evidence\": \"She visited Hanoi.\", \"cameo\": \"042\"}]}";
    assert_int_equal(dm_story_load_string(ctx, given, strlen(given), "given.json", &s), DM_OK);
    root = story_json(s);
    e = json_array_get(json_object_get(root, "events"), 0);
    assert_true(json_is_true(json_object_get(e, "principal")));
    assert_string_equal(json_string_value(json_object_get(e, "evidence")), "She visited Hanoi.");
    assert_string_equal(json_string_value(json_object_get(e, "cameo")), "042");
    json_decref(root);
    dm_story_destroy(s);
    const char *bad = "{\"places\": [{\"id\": \"hanoi\", \"lat\": 21.03, \"lon\": 105.85}], \"events\": [{\"type\": "
                      "\"visit\", \"places\": [\"hanoi\"], \"cameo\": \"visit\"}]}";
    assert_int_equal(dm_story_load_string(ctx, bad, strlen(bad), "bad.json", &s), DM_ERR_STORY);
    assert_non_null(strstr(dm_context_last_error(ctx), "events[0].cameo"));
    dm_context_destroy(ctx);
}

/* Round 13 (places, engineer resolve): a country's lat/lon is its
 * reference point, GeoNames' country record (Japan at Tokyo, Libya at 28 N
 * 17 E; Canada the Factbook's 60 N 95 W), and its former computed point,
 * inside its land, is the label anchor a map draws it at
 * (geodata/gazetteer/country-points.tsv). A country the table lacks keeps
 * one point. */
static void places_thirteenth_round_resolve(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        double lat, lon, label_lat, label_lon;
    } want[] = {
        {"Japan", 35.685, 139.753, 36.325, 137.993},
        {"Libya", 28.0, 17.0, 26.016, 17.500},
        {"Canada", 60.0, -95.0, 59.019, -98.793},
    };
    static const char text[] = "Envoys of Japan, Libya and Canada met on Tuesday to discuss the grain deal.";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "points.txt", NULL, &s), DM_OK);
    json_t *root = story_json(s);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        json_t *found = NULL, *p;
        size_t k;
        json_array_foreach(json_object_get(root, "places"), k, p)
        {
            if (strcmp(json_string_value(json_object_get(p, "name")), want[i].name) == 0)
                found = p;
        }
        if (!found)
            fail_msg("no place '%s'", want[i].name);
        double lat = json_real_value(json_object_get(found, "lat")),
               lon = json_real_value(json_object_get(found, "lon"));
        json_t *alat = json_object_get(found, "label_lat"), *alon = json_object_get(found, "label_lon");
        if (km(lat, lon, want[i].lat, want[i].lon) > 2)
            fail_msg("'%s' at (%.3f, %.3f), not its reference point", want[i].name, lat, lon);
        if (!alat || !alon ||
            km(json_number_value(alat), json_number_value(alon), want[i].label_lat, want[i].label_lon) > 2)
            fail_msg("'%s' has no label anchor at its former point", want[i].name);
    }
    json_decref(root);
    dm_story_destroy(s);
    /* A town reached only through another name and far from every place
     * of the story is left unplaced (a district of Lima spelt like a
     * Loreto town's other name, 1,000 km off); a town's short name beside
     * the story's places stays (reject_far_alternates in resolve.c). */
    static const struct {
        const char *text, *name;
        int placed;
    } alt[] = {
        {"Protesters marched in Lima and Arequipa on Sunday, and residents of San Juan de Miraflores joined them, "
         "officials in Cusco said.",
         "San Juan de Miraflores", 0},
        {"Crowds gathered in Colchester and Ipswich on Saturday, and later in Clacton, the organisers said.", "Clacton",
         1},
    };
    for (size_t i = 0; i < sizeof alt / sizeof alt[0]; i++) {
        assert_int_equal(dm_story_extract(ctx, NULL, alt[i].text, strlen(alt[i].text), "alt.txt", NULL, &s), DM_OK);
        int placed = 0;
        for (size_t k = 0; k < dm_story_place_count(s); k++) {
            const dm_place_t *p = dm_story_place(s, k);
            for (size_t m = 0; m < p->mention_count; m++)
                placed |= strncmp(alt[i].text + p->mentions[m].start, alt[i].name, strlen(alt[i].name)) == 0;
        }
        if (placed != alt[i].placed)
            fail_msg("case %zu: '%s' %s", i, alt[i].name, placed ? "placed" : "left unplaced");
        dm_story_destroy(s);
    }
    dm_context_destroy(ctx);
}

/* Thirteenth round, time and status (engineer evtime): dates counted from
 * the date told last or from the event named, a section's or paragraph's
 * year, decades and seasons, and statuses from tense and modality. Our own
 * sentences. */
static void events_thirteenth_round_evtime(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* "the following year", "two days later": from the date told last. */
        {"date 2019-08-14\nRelations\n\nIn 1972, the two countries opened embassies. The president visited Paris "
         "the following year. Two days later he met the prime minister in Lyon.\n",
         "visit 1973 held paris; meeting 1973 held lyon"},
        /* A year before a dated noun, through a possessive; a season's year. */
        {"date 2019-08-14\nRelations\n\nThe 1985 summit in Geneva ended without a deal. The minister visited "
         "Madrid in spring 1986, and 1988's summit in Warsaw was the last.\n",
         "meeting 1985 held geneva; visit 1986 held madrid; meeting 1988 held warsaw"},
        /* A heading's year dates what its section leaves undated. */
        {"date 2019-08-14\nRelations\n\nRelations after 2001\n\nThe two countries signed a border treaty in "
         "Prague.\n",
         "agreement 2001 held prague"},
        /* A decade, not the year the paragraph named before it. */
        {"date 2019-08-14\nRelations\n\nIn 1994 the trade minister resigned. In the early 1990s, the president "
         "visited Oslo.\n",
         "visit 1990 held oslo"},
        /* An undated sentence is in its paragraph's year, not the report's. */
        {"date 2019-08-14\nRelations\n\nRelations soured in 2011 over the fishing dispute. Both countries "
         "recalled their ambassadors, and the king visited Madrid.\n",
         "visit 2011 held madrid"},
        /* "a week after the meeting": from that meeting's date. */
        {"date 2010-06-20\nMinisters meet in Vienna\n\nThe two foreign ministers met in Vienna on Sunday. A week "
         "after the Vienna meeting, the ministers will sign a trade agreement in Rome.\n",
         "meeting 2010-06-20 held vienna; agreement 2010-06-27 planned rome"},
        /* Talks held and talks "later this year" are two events. */
        {"date 2010-06-20\nSome headline for the test\n\nThe ministers held talks in Oslo on Friday. Both "
         "delegations plan further talks in Oslo later this year, he said.\n",
         "talks 2010-06-18 held oslo; talks 2010 planned oslo"},
        /* A plan signed is a document, not a plan to sign. */
        {"date 2010-06-20\nSome headline for the test\n\nThe two presidents signed a cooperation plan in Oslo on "
         "Friday.\n",
         "agreement 2010-06-18 held oslo"},
        /* "opened talks ... expected to focus": under way. */
        {"date 2010-06-20\nSome headline for the test\n\nOSLO, June 20 - The prime minister opened talks with "
         "the king expected to focus on trade.\n",
         "talks 2010-06-20 held oslo"},
        /* "was supposed to": it did not take place; "due to be signed
         * on Tuesday": to come, on the next Tuesday. */
        {"date 2010-06-20\nSome headline for the test\n\nA summit in Athens was supposed to take place in May. "
         "The trade accords are due to be signed in Rome on Tuesday.\n",
         "meeting 2010-05 cancelled athens; agreement 2010-06-22 planned rome"},
        /* A date in a relative clause after the event is not its date. */
        {"date 2010-06-20\nSome headline for the test\n\nThe minister visited Madrid on Friday. She met the "
         "governor, who took office in 2007.\n",
         "visit 2010-06-18 held madrid; meeting 2010-06-18 held madrid"},
        /* A summit "in the coming months" takes no day from talks held there. */
        {"date 2010-06-20\nSome headline for the test\n\nThe two sides are in talks in Oslo. Their leaders look "
         "forward to a summit in Oslo in the coming months.\n",
         "talks 2010-06-20 held oslo; meeting 2010-06 planned oslo"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A summit of years before told twice, each sentence naming one of its
 * two leaders, is one meeting (a lead engineer's case, fourteenth round). */
static void past_summit_told_twice_is_one(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-12\nEnvoys return to Geneva\n\nIn 2018 Chancellor Anna Weber met the president in Oslo. "
         "President Tom Becker held talks with the chancellor in Oslo in 2018.\n",
         "meeting 2018 held oslo"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Fourteenth round (docs/accuracy.md, engineer evmeet): meetings, talks,
 * visits and calls the real-news dev half missed, told in our own words. */
static void events_fourteenth_round_evmeet(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* Two meetings one day in one city, each with a partner the other
         * lacks, are two happenings; a retelling without a new partner is
         * the same one. */
        {"date 2025-06-12\nLeaders gather in Lisbon\n\nPresident Tom Becker met Chinese President Li Wenhua in "
         "Lisbon on Thursday. Becker also met French Prime Minister Paul Martin in Lisbon on Thursday to discuss "
         "trade.\n",
         "meeting 2025-06-12 held lisbon; meeting 2025-06-12 held lisbon"},
        {"date 2025-06-12\nLeaders gather in Lisbon\n\nPresident Tom Becker met Chinese President Li Wenhua in "
         "Lisbon on Thursday. Becker and Li met in Lisbon on Thursday for two hours.\n",
         "meeting 2025-06-12 held lisbon"},
        /* Talks of the report's day or the day before, placed nowhere past
         * the lede, are where the report was filed; talks days earlier
         * may have been anywhere. */
        {"date 2025-06-12\nMinister sets trade targets\n\nOSLO, June 12 - The visiting trade minister said on "
         "Thursday that she and her host had set new trade targets.\n\nThe figures were not given. Officials said "
         "the minister had four hours of talks with the king yesterday.\n",
         "talks 2025-06-11 held oslo"},
        {"date 2025-06-12\nMinister sets trade targets\n\nOSLO, June 12 - The visiting trade minister said on "
         "Thursday that she and her host had set new trade targets.\n\nThe figures were not given. Officials said "
         "the minister had four hours of talks with the king on Monday.\n",
         "talks 2025-06-09 held -"},
        /* A relative clause about the person met tells of that person,
         * not of where they met. */
        {"date 2025-06-12\nSome headline for the test\n\nThe president met Prime Minister Anna Berg in Oslo on "
         "Friday, whom he praised for the new port in Bergen.\n",
         "meeting 2025-06-06 held oslo"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Fourteenth round (engineer evsay): a statement's place is where the
 * speaker is, never a place the statement talks about; events supposed,
 * offered or told in a "since" clause are none; "agreed to a NOUN" is an
 * agreement. Sentences of our own. */
static void events_fourteenth_round_evsay(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A briefing is not held at the summit its quotation recalls. */
        {"date 2025-06-12\nSome headline for the test\n\n\"The president hopes to build on what was achieved at "
         "that summit in Oslo, which you covered in 2018,\" the spokeswoman told a press briefing.\n",
         "meeting 2025-06-12 held oslo"},
        {"date 2025-06-12\nSome headline for the test\n\n\"The fishermen in Bergen deserve better,\" the ministry "
         "said in a statement.\n",
         ""},
        /* A speaker on a trip speaks at the trip's first stop, not where the
         * wire filed from. */
        {"date 2025-06-12\nSome headline for the test\n\nBERGEN - The envoy, who is visiting Chile, Peru and "
         "Bolivia, met farmers on Monday.\n\n\"We came to listen,\" she said in a speech.\n",
         "visit 2025-06-09 held chile; visit 2025-06-09 held peru; visit 2025-06-09 held bolivia; "
         "statement 2025-06-09 held chile"},
        /* What a closing attribution reports is no place of the address
         * told after it. */
        {"date 2025-06-12\nSome headline for the test\n\nThe rebels keep losing ground in Chile and Peru, the "
         "president said in his weekly address, broadcast on Saturday from the palace.\n",
         ""},
        /* An event supposed as the subject of a modal is not told. */
        {"date 2025-06-12\nSome headline for the test\n\nA visit could be divisive in Norway if it were seen as a "
         "concession.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nAn agreement could let the agency resume cover for exports "
         "to Norway, which was suspended in 2019.\n",
         ""},
        /* An invitation is an offer until accepted. */
        {"date 2025-06-12\nSome headline for the test\n\nThe premier has still not answered an invitation by the "
         "king to visit Norway.\n",
         ""},
        /* "since" opens a clause of its own: the first visit since a
         * premier took office is not in the premier's country, then. */
        {"date 2025-06-12\nSome headline for the test\n\nIt is the first official visit between the two countries "
         "since Norway's new premier took office last year.\n",
         ""},
        /* "agreed to a rescheduling" settles terms; "agreed to meet" is a
         * meeting to come. */
        {"date 2025-06-12\nSome headline for the test\n\nOSLO, June 12 - The creditor nations agreed to a "
         "rescheduling of the island's debts, the group said.\n",
         "agreement 2025-06-12 held oslo"},
        {"date 2025-06-12\nSome headline for the test\n\nThe two ministers agreed to meet again in Oslo next "
         "month.\n",
         "meeting 2025-07 planned oslo"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Fourteenth round (issue 14, engineer evtime): dates and statuses read
 * from the clause's tense and the report's own time, in our own words. */
static void events_fourteenth_round_evtime(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* What a news report tells as done without a date is of the
         * report's day, wherever in the report it is told. */
        {"date 2010-06-20\nSome headline for the test\n\nThe ministers said the talks had gone well. Trade was "
         "the main topic. The envoy arrived in Madrid from Lisbon.\n",
         "visit 2010-06-20 held madrid"},
        /* A weekday told in the present tense is today or still to come
         * (the report is of a Thursday): planned, on the next such day. */
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The president "
         "leaves for Rome on Saturday.\n",
         "visit 2010-06-19 planned rome"},
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The envoys are "
         "meeting in Oslo on Monday to prepare the summit.\n",
         "meeting 2010-06-21 planned oslo"},
        /* ... while the past tense counts back ("on Monday" in a Thursday's
         * report is three days before). */
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The envoys met "
         "in Oslo on Monday to prepare the summit.\n",
         "meeting 2010-06-14 held oslo"},
        /* "meeting today and tomorrow", "meeting today in what could be a
         * series": under way. */
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The delegations "
         "are meeting in Oslo today and tomorrow.\n",
         "meeting 2010-06-17 held oslo"},
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The delegations "
         "are meeting in Oslo today in what could be the first of several rounds.\n",
         "meeting 2010-06-17 held oslo"},
        /* The present perfect tells it done, whatever plan follows (an
         * earlier stop of the trip: the report's month, twentieth round). */
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The president "
         "has already visited Rome and is set to address a forum.\n",
         "visit 2010-06 held rome"},
        /* A trip told under way ("is visiting A, B and C") is at its first
         * stop; the stops after it are still to come. */
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The envoy is "
         "visiting Ghana, Togo and Benin.\n",
         "visit 2010-06-17 held ghana; visit 2010-06 planned togo; visit 2010-06 planned benin"},
        /* ... at the dateline's stop when the list names it later. */
        {"date 2010-06-17\nSome headline for the test\n\nLOME - The envoy is visiting Ghana, Togo and Benin.\n",
         "visit 2010-06-17 held ghana; visit 2010-06-17 held lome; visit 2010-06 planned benin"},
        /* A wire's dateline two days before the publication date is the
         * frame its weekdays are told in: the Monday after June 20. */
        {"date 2010-06-22\nSome headline for the test\n\nOSLO, June 20 (Reuters) - The minister will visit Rome "
         "on Monday, officials said.\n",
         "visit 2010-06-21 planned rome"},
        /* ... and across a year's end, the dateline's year is the one
         * nearest the publication date. */
        {"date 2011-01-02\nSome headline for the test\n\nOSLO, Dec. 31 (Reuters) - The minister will visit Rome "
         "on Saturday, officials said.\n",
         "visit 2011-01-01 planned rome"},
        /* Regressions (already right): a month to come across the year's
         * end is next year's; "on Monday" told in the past in a Tuesday's
         * report is the day before. */
        {"date 2010-12-14\nSome headline for the test\n\nThe ministers said relations were good. The president "
         "will visit Rome in January. The king met the pope in Madrid on Monday.\n",
         "visit 2011-01 planned rome; meeting 2010-12-13 held madrid"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Fifteenth round (engineer evdate, issue 14): the date an event gets when
 * its own words give none, told in sentences of our own, two phrasings a
 * rule. */
static void events_fifteenth_round_evdate(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A happening told as before the report's time (past perfect,
         * "first"/"once" before the past verb) and dated nowhere in its
         * own clause is background: no report's day. */
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The two "
         "presidents had met in Oslo.\n",
         "meeting ? held oslo"},
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The foreign "
         "ministers had previously held talks in Geneva.\n",
         "talks ? held geneva"},
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The two "
         "leaders first met in Vienna.\n",
         "meeting ? held vienna"},
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The queen "
         "once visited Nairobi during a tour.\n",
         "visit ? held nairobi"},
        /* ... but a past perfect after a speech verb is the saying's tense
         * (recent news), and "her first tour" is the news itself. */
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. Officials "
         "said the two presidents had met in Oslo.\n",
         "meeting 2010-06-17 held oslo"},
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The queen "
         "visited Nairobi on her first tour.\n",
         "visit 2010-06-17 held nairobi"},
        /* "N days/weeks/months ago", "a decade ago": counted back from the
         * report, as precise as the unit. */
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The envoys "
         "met in Oslo three days ago.\n",
         "meeting 2010-06-14 held oslo"},
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The king "
         "visited Lima two weeks ago.\n",
         "visit 2010-06-03 held lima"},
        {"date 2010-06-17\nSome headline for the test\n\nThe ministers said relations were good. The "
         "delegations held talks in Geneva a decade ago.\n",
         "talks 2000 held geneva"},
        /* The lede's day is the news's: a report filed the day after
         * what its lede dates tells the rest of that news on that day. */
        {"date 2010-06-15\nSome headline for the test\n\nThe president arrived in Oslo on Monday. The prime "
         "minister met the president in Bergen.\n",
         "visit 2010-06-14 held oslo; meeting 2010-06-14 held bergen"},
        {"date 2010-06-15\nSome headline for the test\n\nThe queen visited Nairobi on Sunday, officials said. "
         "The queen held talks with the president in Mombasa.\n",
         "visit 2010-06-13 held nairobi; talks 2010-06-13 held mombasa"},
        /* What is told as done takes no date from what is still to come
         * at its place (the headline's talks are not "later this year"). */
        {"date 2010-06-15\nMinisters hold talks in Lima\n\nThe ministers said relations were good. The two "
         "sides will hold talks in Lima again later this year.\n",
         "talks 2010-06-15 held lima; talks 2010 planned lima"},
        /* A date after another verb, past a comma, is that verb's: not
         * the date of a visit told in an apposition or a relative clause. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "president, the first leader to visit Rome in 20 years, agreed in 2009 to cut tariffs.\n",
         "visit 2010-06-15 held rome"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The king, "
         "who visited Lima, signed in May a pact on fishing.\n",
         "visit 2010-06-15 held lima"},
        /* "has yet to", "are yet to": not done so far, still to come. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. A date for "
         "the summit in Oslo has yet to be set.\n",
         "meeting 2010-06 planned oslo"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The talks "
         "in Cairo are yet to resume.\n",
         "talks 2010-06 planned cairo"},
        /* A saying told to a news outlet "by telephone" is an interview
         * (a statement), not a call. (The seventeenth round made a
         * relative's saying no statement at all: the speaker is now an
         * official, and the relative's case is in
         * events_seventeenth_round_audit.) */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "deputy minister told Reuters by telephone on Tuesday that he was relieved.\n",
         "statement 2010-06-15 held -"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The mayor's "
         "aide told Xinhua by phone on Monday that the town was calm.\n",
         ""},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Fifteenth round (engineer evrecall): an agreement its sentence does
 * not place, made by people of the occasion the report covers (the lede's
 * talks or visit at the dateline's city), was made there and then; one
 * made by others, or dated to another day, is not. Sentences of our own. */
static void events_fifteenth_round_evrecall(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-12\nLeaders talk fishing\n\nBERGEN, June 12 - Danish Prime Minister Lars Holm held talks "
         "with Norwegian Prime Minister Erik Dahl on Thursday.\n\nOfficials expect little change in quotas.\n\n"
         "Holm and Dahl also signed an accord on fishing rights.\n",
         "talks 2025-06-12 held bergen; agreement 2025-06-12 held bergen"},
        {"date 2025-06-12\nPremier in Prague\n\nPRAGUE, June 12 - Japanese Prime Minister Taro Sato arrived in "
         "Prague for a two-day visit.\n\nTrade between the two countries has doubled.\n\nCzech Prime Minister "
         "Jan Novak and Sato later concluded a pact on energy research, an aide said.\n",
         "visit 2025-06-12 held prague; agreement 2025-06-12 held prague"},
        {"date 2025-06-12\nLeaders talk fishing\n\nBERGEN, June 12 - Danish Prime Minister Lars Holm held talks "
         "with Norwegian Prime Minister Erik Dahl on Thursday.\n\nOfficials expect little change in quotas.\n\n"
         "Sweden and Finland signed an accord on fishing rights.\n",
         "talks 2025-06-12 held bergen"},
        {"date 2025-06-12\nLeaders talk fishing\n\nBERGEN, June 12 - Danish Prime Minister Lars Holm held talks "
         "with Norwegian Prime Minister Erik Dahl on Thursday.\n\nOfficials expect little change in quotas.\n\n"
         "Holm and Dahl signed an accord on fishing rights in 2019.\n",
         "talks 2025-06-12 held bergen; agreement 2019 held -"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Seventeenth round (engineer audit, issue 14): classes of invented events
 * found by the precision audit on unseen news (tests/events/audit), told in
 * sentences of our own, with controls that keep the event. */
static void events_seventeenth_round_audit(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A trigger in another sense, told by the word it governs
         * (rules/other_senses.txt): to satisfy, to collect, a reporter's
         * interview. */
        {"date 2025-06-12\nSome headline for the test\n\nThe new clinic in Oslo met the safety criteria set by "
         "the ministry last year.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe steel plant in Lima will expand next year to meet "
         "the growing demand.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nDetectives in Vienna asked the court on Monday for more "
         "time to gather evidence.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe mayor of Lima said in a phone interview on Monday "
         "that the roads were safe.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe envoys met in Oslo on Monday to discuss the needs "
         "of refugees.\n",
         "meeting 2025-06-09 held oslo"},
        {"date 2025-06-12\nSome headline for the test\n\nThe two presidents spoke by telephone on Monday.\n",
         "call 2025-06-09 held -"},
        /* A saying told to an outlet by a private person (a relative, a
         * neighbour, someone named with an age: rules/private_roles.txt)
         * is the reporter's source, no statement; an official's is one. */
        {"date 2025-06-12\nSome headline for the test\n\nHis sister, Ana Ruiz, told the Daily Courier on Monday "
         "that the shop had been closed for weeks.\n",
         ""},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "prisoner's brother told Reuters by telephone on Tuesday that he was relieved.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nAna Ruiz, 41, told the Lima Daily on Monday that the shop "
         "had been closed for weeks.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nA neighbour said in an interview with Radio Norway that "
         "the fire started at night.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nDeputy Minister Ana Ruiz told the Daily Courier on "
         "Monday that the shop had been closed for weeks.\n",
         "statement 2025-06-09 held -"},
        {"date 2025-06-12\nSome headline for the test\n\nThe minister said in an interview with Radio Norway that "
         "the talks went well.\n",
         "statement 2025-06-12 held -"},
        /* "is to" and "are to" with a verb of an event or of doing one:
         * a plan ("was to" is a past plan, not read). */
        {"date 2025-06-12\nSome headline for the test\n\nThe king is to pay a state visit to Prague on "
         "Monday.\n",
         "visit 2025-06-16 planned prague"},
        {"date 2025-06-12\nSome headline for the test\n\nThe fifth round of talks is to take place in Geneva on "
         "Monday.\n",
         "talks 2025-06-16 planned geneva"},
        {"date 2025-06-12\nSome headline for the test\n\nThe aim of the visit to Lima, which began on Monday, is "
         "to build trade ties.\n",
         /* (its day the Monday its clause of opening tells: thirty-ninth round) */
         "visit 2025-06-09 held lima"},
        /* "meet" as the noun of a sports contest (rules/contest_words.txt,
         * or before "record"): no meeting. */
        {"date 2025-06-12\nSome headline for the test\n\nThe school's wrestlers won the championship meet in "
         "Bergen on Saturday.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe team finished the season in Oslo with a dual meet "
         "record of 12 wins.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe two coaches met in Bergen on Saturday to discuss the "
         "schedule.\n",
         "meeting 2025-06-07 held bergen"},
        /* A "media conference" is a venue of remarks, as a news
         * conference is (rules/triggers.txt); a number to ring after
         * "call" is no call made. */
        {"date 2025-06-12\nSome headline for the test\n\nThe health secretary of Oslo said at a media conference "
         "on Friday the virus had spread.\n",
         "statement 2025-06-06 held oslo"},
        {"date 2025-06-12\nSome headline for the test\n\nFor details about the fair in Bergen, call Ana Ruiz at "
         "555-019-9123.\n",
         ""},
        /* "reached by phone": a reporter's call to a source; "spoke by
         * phone" is a call. */
        {"date 2025-06-12\nSome headline for the test\n\nThe mayor of Lima declined to comment on Monday when "
         "reached by phone.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe two presidents spoke by phone on Monday.\n",
         "call 2025-06-09 held -"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Eighteenth round (engineer precise, issue 14): what the precision
 * audit on unseen news still showed, told in sentences of our own. */
static void events_eighteenth_round_precise(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A saying told to an outlet is a statement only from an office
         * holder (rules/office_words.txt): named with the office in the
         * sentence, or where the article introduced the speaker, whom a
         * surname or "he"/"she" stands for. An actor's, a chef's or a
         * broadcaster's own word is the reporter's source. */
        {"date 2025-06-12\nSome headline for the test\n\nThe actor Jon Berg told the Daily Courier on Monday that "
         "the film had been hard to make.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe network told the Daily Courier on Monday that the "
         "trip had been planned for months.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nChef Jon Berg grew up above a bakery. Berg told Radio "
         "Norway on Monday that his mother was strict.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nChef Jon Berg grew up above a bakery. He told Radio "
         "Norway on Monday that his mother was strict.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nTrade Minister Jon Berg wants lower tariffs. Berg told "
         "the Daily Courier on Monday that the deal was close.\n",
         "statement 2025-06-09 held -"},
        {"date 2025-06-12\nSome headline for the test\n\nThe agency's director, Ana Ruiz, wants more nurses. She "
         "told Radio Norway on Monday that the clinics were full.\n",
         "statement 2025-06-09 held -"},
        {"date 2025-06-12\nSome headline for the test\n\nAna Ruiz, head of the health agency, told the Daily "
         "Courier on Monday that the clinics were full.\n",
         "statement 2025-06-09 held -"},
        {"date 2025-06-12\nSome headline for the test\n\nTrade Minister Jon Berg wants lower tariffs. Speaking to "
         "Radio Norway, Mr Berg said the deal was close.\n",
         "statement 2025-06-12 held -"},
        {"date 2025-06-12\nSome headline for the test\n\nThe talks will be hard, one analyst told the Daily Courier "
         "on Monday.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nTrade Minister Jon Berg wants lower tariffs. In an "
         "interview with the Daily Courier's editor Ole Lund, Mr Berg said the deal was close.\n",
         "statement 2025-06-12 held -"},
        {"date 2025-06-12\nSome headline for the test\n\nThe talks went well, Vice-Minister Jon Berg told the Daily "
         "Courier on Monday.\n",
         "statement 2025-06-09 held -"},
        /* "arrived" is no visit when its subject opens with a count or
         * names kin, a vessel, goods or a crowd
         * (rules/arrival_things.txt). */
        {"date 2025-06-12\nSome headline for the test\n\nA cargo ship arrived in Bergen on Monday with the new "
         "cranes.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nMore than 3,000 people have arrived in Malta by boat "
         "since January.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe farmer, his wife and their children arrived in Oslo "
         "on Monday after a long journey.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nA 12-member team of inspectors sent by two agencies arrived "
         "in Lima on Tuesday.\n",
         "visit 2025-06-10 held lima"},
        {"date 2025-06-12\nSome headline for the test\n\nThe foreign minister arrived in Lima on Tuesday.\n",
         "visit 2025-06-10 held lima"},
        /* A capability or a chance to come ("will be able to", "the
         * opportunity to") is no event. */
        {"date 2025-06-12\nSome headline for the test\n\nNext month the clinic opens, and farmers will then be "
         "able to visit it in Bergen.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe best runners race for an opportunity to travel to "
         "Bergen in May.\n",
         ""},
        /* A meeting or a trip told as a habit by the words before it
         * ("regularly", "frequent", "every day"). */
        {"date 2025-06-12\nSome headline for the test\n\nMany students from Chile regularly fly home to visit "
         "their parents in Santiago.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe mayor kept two hours every week for residents to meet "
         "her in Bergen.\n",
         ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe envoys made frequent visits to Lima last year.\n", ""},
        {"date 2025-06-12\nSome headline for the test\n\nThe envoys made a visit to Lima on Monday.\n",
         "visit 2025-06-09 held lima"},
        /* "Monday's meeting" refers to the meeting of that day, even
         * with another person named; two meetings with different
         * partners told without it stay two. */
        {"date 2025-06-12\nSome headline for the test\n\nMayor Ana Ruiz held a meeting with farmers in Bergen on "
         "Monday. Senator Jon Berg also attended Monday's meeting, officials said.\n",
         "meeting 2025-06-09 held bergen"},
        {"date 2025-06-12\nSome headline for the test\n\nPrime Minister Ana Ruiz met Chinese President Li Wei in "
         "Bergen on Monday. She met Kenyan President Jon Odera on Monday.\n",
         "meeting 2025-06-09 held bergen; meeting 2025-06-09 held -"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* One happening, one event (issue 14, nineteenth round): mentions that the
 * merging phase must join, and real happenings it must keep apart. */
static void events_nineteenth_round_merge(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A date the mention's own words do not give (the report's day)
         * is no second day: the trip put off and its schedule are one
         * trip, dated by the schedule. */
        {"date 2025-06-12\nSome headline for the test\n\nA planned trip by Peruvian Defence Minister Ana Ruiz to "
         "Chile has been postponed, Peruvian diplomats said on Thursday. Under a schedule released in May, Ruiz "
         "would visit Chile between June 20 and 22.\n",
         "visit 2025-06-20 cancelled chile"},
        /* "meeting today and tomorrow ... talks": the talks under way, not
         * a second round tomorrow. */
        {"date 2025-06-12\nCHILE OPENS DEBT TALKS WITH PERU\n\nLIMA, June 12 - Chilean envoys are meeting Peruvian "
         "finance officials today and tomorrow, the first of several rounds of bilateral talks on the debt, "
         "bank sources said.\n",
         "talks 2025-06-12 held lima"},
        /* Two meetings at one place, each dated by its own words, stay
         * two. */
        {"date 2025-06-12\nSome headline for the test\n\nThe envoys of Chile and Peru met in Lima on June 3. They "
         "met again in Lima on June 9, officials said.\n",
         "meeting 2025-06-03 held lima; meeting 2025-06-09 held lima"},
        /* The purpose of a trip told in its sentence ("to travel to X to
         * brief officials and hold consultations") is the trip; a meeting
         * told by a verb of its own beside the trip ("arrived ... and
         * held talks") stays its own event. */
        {"date 2025-06-24\nSome headline for the test\n\nThe foreign minister sent her deputy, Jon Berg, to "
         "travel to Norway on June 20 to brief fisheries officials and hold fresh consultations with Norway on "
         "quotas.\n",
         "visit 2025-06-20 held norway"},
        {"date 2025-06-24\nSome headline for the test\n\nThe envoy Jon Berg arrived in Norway on Monday and "
         "held talks with his Norwegian counterpart later in the day.\n",
         "visit 2025-06-23 held norway; talks 2025-06-23 held norway"},
        /* A noun of an event after "his", "her", "their", standing alone
         * or before a purpose, refers back to the happening told before
         * ("throughout his meetings", "use her visit to present"); with a
         * partner, place or date after it, it tells one of its own. */
        {"date 2025-06-12\nSome headline for the test\n\nJon Berg met Peruvian officials in Lima on June 3. He "
         "visited Quito on June 6 for talks with Ecuadorian ministers. Throughout his meetings, Berg stressed "
         "trade ties.\n",
         "meeting 2025-06-03 held lima; visit 2025-06-06 held quito"},
        {"date 2025-06-12\nSome headline for the test\n\nAna Ruiz will pay an official visit to Quito on "
         "Monday. Officials at the foreign ministry in Lima said she would use her visit to present a trade "
         "plan.\n",
         "visit 2025-06-16 planned quito"},
        {"date 2025-06-12\nSome headline for the test\n\nAna Ruiz met the mayor in Lima on Monday. She spoke "
         "of trade during her meeting with the Chilean president in Santiago on Tuesday.\n",
         "meeting 2025-06-09 held lima; meeting 2025-06-10 held santiago"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twentieth round (engineer dups, issue 14): second copies of one
 * happening and the dates that make them, told in sentences of our own. */
/* The lead's twentieth-round case: a meeting still to come in another month
 * than the trip the story follows is not placed at the trip's city. */
static void events_twentieth_round_setting(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2010-06-15\nNorwegian minister visits Peru\n\nLIMA, June 15 (AFP)\n\nNorwegian Foreign Minister "
         "Kari Dahl met the Peruvian president on Tuesday.\n\nChile is widely expected to become one of the first "
         "members to be granted seats at a regional summit in September.\n",
         "visit 2010-06-15 held lima; meeting 2010-06-15 held lima; meeting 2010-09 planned -"},
        /* ... but talks of the trip's own days still are. */
        {"date 2010-06-15\nNorwegian minister visits Peru\n\nLIMA, June 15 (AFP)\n\nNorwegian Foreign Minister "
         "Kari Dahl met the Peruvian president on Tuesday. She will also hold talks with the Peruvian trade "
         "minister on Wednesday.\n",
         "visit 2010-06-15 held lima; meeting 2010-06-15 held lima; talks 2010-06-16 planned lima"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

static void events_twentieth_round_dups(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A weekday after "would" or "will" in its clause is still to come,
         * even when the event's own words, past a bracket, carry no modal:
         * the talks are Monday next, the trip's, not a Monday gone. */
        {"date 2025-06-12\nSome headline for the test\n\nAides said Ana Ruiz would fly to Brasilia on Monday to "
         "address a panel of the trade council (ATC) and for talks with Brazilian officials on tariffs.\n",
         "visit 2025-06-16 planned brasilia; talks 2025-06-16 planned brasilia"},
        /* ... and told in the past, the Monday gone. */
        {"date 2025-06-12\nSome headline for the test\n\nAides said Ana Ruiz flew to Brasilia on Monday to "
         "address a panel of the trade council (ATC) and for talks with Brazilian officials on tariffs.\n",
         "visit 2025-06-09 held brasilia; talks 2025-06-09 held brasilia"},
        /* Talks at a site drawn as its city (the Kremlin as Moscow) and
         * "the Moscow talks" told later without a date are one happening. */
        {"date 2025-06-12\nSome headline for the test\n\nLIMA, June 12 - Peruvian Foreign Minister Ana Ruiz will "
         "travel to Chile next week, the ministry said.\n\nRuiz would build on what the two presidents settled "
         "at their talks with the Russian president at the Kremlin in March.\n\nThe Chilean president had put "
         "forward a border commission at the Moscow talks.\n",
         "visit 2025-06 planned chile; talks 2025-03 held moscow"},
        /* ... but two meetings there, each dated by its own words, stay two. */
        {"date 2025-06-12\nSome headline for the test\n\nThe Russian president met the Chilean president at the "
         "Kremlin on Monday. The Peruvian president met Russian ministers in Moscow on Tuesday.\n",
         "meeting 2025-06-09 held moscow; meeting 2025-06-10 held moscow"},
        /* The day talks under way are "scheduled to finish" on is their
         * last, not a second round to come (rules/ending_verbs.txt) ... */
        {"date 2025-06-12\nRUIZ OPENS TALKS WITH BERG\n\nLIMA, June 12 - Peruvian Foreign Minister Ana Ruiz and "
         "Norwegian envoy Jon Berg met today in a Lima palace to seek a fishing accord.\n\nOfficials have been "
         "hopeful of gains at the talks, scheduled to finish on Saturday.\n",
         "talks 2025-06-12 held lima"},
        /* ... while talks told as ended on a day are dated by it. */
        {"date 2025-06-12\nSome headline for the test\n\nLIMA, June 12 - Chilean and Peruvian envoys ended their "
         "talks on fishing quotas in Lima on Tuesday.\n",
         "talks 2025-06-10 held lima"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twenty-first round (engineer dates2, issue 14): dates of what is to come
 * and second copies of one happening, told in sentences of our own. */
static void events_twenty_first_round_dates2(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A plan told before a trailing attribution of the report's day is
         * not dated by the saying: the later sentence's day dates it, and
         * the two mentions are one trip. */
        {"date 2024-05-10\nNorwegian minister to visit Chile\n\nNorwegian Foreign Minister Anna Berg will visit "
         "Chile for talks with Chilean leaders, a ministry spokesman said Friday.\n\nLocal media said the minister "
         "would visit Chile for four days from May 20 to meet with President Ruiz.\n",
         "visit 2024-05-20 planned chile"},
        /* ... alone, it takes the report's month. */
        {"date 2024-05-10\nSome headline for the test\n\nNorwegian Foreign Minister Anna Berg will visit Chile for "
         "talks with Chilean leaders, a ministry spokesman said Friday.\n",
         "visit 2024-05 planned chile"},
        /* A leading attribution keeps its day: the speaker's own act. */
        {"date 2024-05-10\nSome headline for the test\n\nA Danish shipbuilder said Friday it will sign a contract "
         "with the navy in Oslo.\n",
         "agreement 2024-05-10 planned oslo"},
        /* A reference back dated after the report ("the meeting days
         * are ...") does not make a planned meeting held ... */
        {"date 2009-03-15\nSome headline for the test\n\nThe town council has scheduled a public meeting on the "
         "bridge plan for later this month. The meeting days are March 18 and March 26.\n",
         "meeting 2009-03 planned -"},
        /* ... while one told as done on a day gone does. */
        {"date 2009-03-15\nSome headline for the test\n\nCouncil members will hold a meeting with residents in "
         "Dover later this month. The meeting took place on March 12.\n",
         "meeting 2009-03 held dover"},
        /* The clause an offer's "that" opens is offered, no meeting ... */
        {"date 2010-06-15\nSome headline for the test\n\nShe gave no reply to the Chilean offer on Monday that "
         "the two ministers meet to settle the fishing dispute.\n",
         ""},
        {"date 2010-06-15\nSome headline for the test\n\nThe envoy repeated a proposal that both navies hold "
         "talks in Lima.\n",
         ""},
        /* ... while a that-clause of saying tells one. */
        {"date 2010-06-15\nSome headline for the test\n\nOfficials said that the two ministers met in Lima on "
         "Monday to settle the fishing dispute.\n",
         "meeting 2010-06-14 held lima"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Sixteenth round (engineer evprec, issue 14): precision and time that
 * generalise, told in sentences of our own, two phrasings a rule. */
static void events_sixteenth_round_evprec(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* An event noun governed by a word of proposing or asking
         * (rules/offer_words.txt) is offered, not held. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. Egypt has "
         "proposed talks with Sudan in Cairo.\n",
         ""},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The agency "
         "requested a meeting with the ministers in Vienna on Monday.\n",
         ""},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. Their "
         "suggestion of a summit in Lima was welcomed by the king.\n",
         ""},
        /* ... but an accepted proposal sets the event, and "the proposed
         * summit" is one planned. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The two "
         "sides accepted a proposal for talks in Oslo next week.\n",
         "talks 2010-06 planned oslo"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "proposed summit in Lima will take place next month.\n",
         "meeting 2010-07 planned lima"},
        /* A narrative of the past goes forward: a month named without a
         * year after a later month of the year told last is in the next
         * year; not told in the past perfect. */
        {"date 2010-06-15\nSome headline for the test\n\nIn November 2008, the king visited Havana. In "
         "December he met the president in Brasilia. In January he travelled to Lima.\n",
         "visit 2008-11 held havana; meeting 2008-12 held brasilia; visit 2009-01 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\nOn 3 October 2004, the envoys met in Oslo. On 12 "
         "November they held talks in Geneva. On 9 February they met again in Vienna.\n",
         "meeting 2004-10-03 held oslo; talks 2004-11-12 held geneva; meeting 2005-02-09 held vienna"},
        {"date 2010-06-15\nSome headline for the test\n\nIn November 2008, the king visited Havana. The "
         "president had visited Lima in January.\n",
         "visit 2008-11 held havana; visit 2008-01 held lima"},
        /* ... but a day less than a month before the day told last is a
         * step back in its year (twenty-sixth round, engineer acts). */
        {"date 2010-06-15\nSome headline for the test\n\nOn 3 October 2004, the envoys met in Oslo. The "
         "ministers held talks in Geneva (on 28 September) to prepare it.\n",
         "meeting 2004-10-03 held oslo; talks 2004-09-28 held geneva"},
        /* A range told in words ("from 24 to 26 May", "between 3 and 5
         * June") starts on its first day, as "24-26 May" does. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The king "
         "visited Lima from 24 to 26 May.\n",
         "visit 2010-05-24 held lima"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The envoys "
         "met in Oslo between 3 and 5 June.\n",
         "meeting 2010-06-03 held oslo"},
        /* "mid-2006" and a span of years "2004-05" written as one word
         * give their (first) year, not the report's day. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The two "
         "leaders met in Oslo in mid-2006.\n",
         "meeting 2006 held oslo"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The king "
         "visited Lima in 2004-05.\n",
         "visit 2004 held lima"},
        /* A reference back whose predicate, past its own few words, is a
         * passive of ending or delay: that status, not held. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The visit "
         "to Chile has been postponed.\n",
         "visit 2010-06 cancelled chile"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The summit "
         "in Lima was called off.\n",
         "meeting 2010-06 cancelled lima"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The talks "
         "in Geneva were held in a friendly atmosphere.\n",
         "talks 2010-06-15 held geneva"},
        /* A reference back dated by its own words apart from the event it
         * would refer to is another happening: it gives that event neither
         * status nor date. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers met in Vienna on Monday. The next "
         "round of talks will take place in Geneva in July. The talks collapsed in 2008 after a shooting.\n",
         "meeting 2010-06-14 held vienna; talks 2010-07 planned geneva"},
        {"date 2010-06-15\nSome headline for the test\n\nThe envoys met in Oslo on Monday. They will meet "
         "again in Rome in September. The meeting was cancelled in 2007 because of a strike.\n",
         "meeting 2010-06-14 held oslo; meeting 2010-09 planned rome"},
        /* An event named as the topic of talk is no event told, also past
         * a place's name of two words before the noun; "met at the X
         * summit" is one. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. Bankers "
         "have voiced worry about the Buenos Aires summit.\n",
         ""},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The envoys "
         "have argued for hours regarding the New Delhi talks.\n",
         ""},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "ministers met at the Buenos Aires summit on Monday.\n",
         "meeting 2010-06-14 held buenos-aires"},
        /* A bare year opening a sentence frames its paragraph with or
         * without a comma: a month named after it is of that year. */
        {"date 2019-08-14\nSome headline for the test\n\nIn 2012 the king visited Vienna. In March he met "
         "the president in Geneva.\n",
         "visit 2012 held vienna; meeting 2012-03 held geneva"},
        {"date 2019-08-14\nSome headline for the test\n\nIn 2009 the envoys held talks in Oslo. On 4 May "
         "they met again in Rome.\n",
         "talks 2009 held oslo; meeting 2009-05-04 held rome"},
        /* A month after "for" and a word that sets a time ("planned for
         * March") dates what is to come, in the next March; "are set to"
         * tells a plan. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. A summit "
         "in Rome is planned for March.\n",
         "meeting 2011-03 planned rome"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "leaders are set to gather for their annual summit in Rome in March.\n",
         "meeting 2011-03 planned rome"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Sixteenth round (engineer evrecall): a weapon test or a launch of a
 * state's own rocket or missile that the text does not place happened in
 * that state (the sentence's subject, or the last sentence's for "it"); a
 * test of no weapon is no incident, and a launch of strikes is placed at
 * its target, never at the attacker. Sentences of our own. */
static void events_sixteenth_round_evrecall(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2016-03-03\nSome headline for the test\n\nThe ministers said relations were good. Iran said on "
         "Feb. 9 it had tested a new ballistic missile, drawing protests from its neighbours.\n",
         "incident 2016-02-09 held iran"},
        {"date 2016-03-03\nSome headline for the test\n\nThe ministers said relations were good. Pakistan "
         "said it would keep its forces ready. On Feb. 20 it launched a rocket with a weather "
         "satellite aboard.\n",
         "incident 2016-02-20 held pakistan"},
        {"date 2016-03-03\nSome headline for the test\n\nThe ministers said relations were good. Iran "
         "test-fired two missiles on Tuesday.\n",
         "incident 2016-03-01 held iran"},
        {"date 2016-03-03\nSome headline for the test\n\nThe ministers said relations were good. Norway "
         "tested the patience of its partners on Tuesday.\n",
         ""},
        {"date 2016-03-03\nSome headline for the test\n\nThe ministers said relations were good. Turkey "
         "launched strikes on Tuesday, officials said.\n",
         ""},
        /* Stones, eggs or bombs thrown at an embassy or a motorcade are an
         * incident where they were thrown; a throw of support is none. */
        {"date 2016-03-03\nSome headline for the test\n\nThe ministers said relations were good. In Chile, "
         "a crowd of students threw stones at the Spanish embassy on Monday.\n",
         "incident 2016-02-29 held chile"},
        {"date 2016-03-03\nSome headline for the test\n\nThe ministers said relations were good. Eggs were "
         "thrown at the minister's car in Lima on Tuesday.\n",
         "incident 2016-03-01 held lima"},
        {"date 2016-03-03\nSome headline for the test\n\nThe ministers said relations were good. The mayor "
         "threw his weight behind the plan in Oslo on Monday.\n",
         ""},
        /* A person's stay to come in a named place ("will be in A from
         * DAY to DAY", "is due to be in B") is a trip; an event's or a
         * thing's "will be in" is none. A meeting of another day is not
         * put at the stay's city. */
        {"date 2010-04-28\nSome headline for the test\n\nThe ministers said relations were good. The minister "
         "will be in Lima from May 2 to 4.\n",
         "visit 2010-05-02 planned lima"},
        {"date 2010-04-28\nSome headline for the test\n\nThe ministers said relations were good. Garcia is "
         "due to be in Quito on Friday.\n",
         "visit 2010-04-30 planned quito"},
        {"date 2010-04-28\nSome headline for the test\n\nThe ministers said relations were good. The gain "
         "will be in Norway's interest.\n",
         ""},
        {"date 2010-04-28\nSome headline for the test\n\nThe ministers said relations were good. The minister "
         "will be in Lima from May 2 to 4. He will meet the president of Chile on May 8.\n",
         "visit 2010-05-02 planned lima; meeting 2010-05-08 planned -"},
        /* An ambassador recalled or expelled "from" a capital: the
         * relations cut there (not only "to" or "in"). */
        {"date 2019-08-14\nSome headline for the test\n\nThe ministers said relations were good. On 1 October "
         "2015, the Chilean government recalled its ambassador from Lima.\n",
         "other 2015-10-01 held lima"},
        {"date 2019-08-14\nSome headline for the test\n\nThe ministers said relations were good. On 3 May "
         "2016, Peru expelled two Bolivian diplomats from Lima.\n",
         "other 2016-05-03 held lima"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Seventeenth round (engineer evdev): a meeting on a trip named with its
 * host's country and title only is held in the host's country; a place's
 * name opening an event noun after a preposition or a verb of holding
 * ("held Geneva talks") is where it happens; a phrase of time opening the
 * sentence keeps its event apart from the main clause's date. Sentences of
 * our own. */
/* Dates written out beside a weekday, months written short without a full
 * stop, and past tenses beside a word of planning (issue 14, engineer
 * dates): each case was dated by the weekday alone, not at all, or drawn
 * as planned before. */
static void events_seventeenth_round_dates(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A weekday followed by its date: the date says which week, not
         * the tense (a meeting weeks ahead, one the week before). */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "envoys will meet again in Oslo on Thursday July 8.\n",
         "meeting 2010-07-08 planned oslo"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "envoys held talks in Oslo on Tuesday, June 8.\n",
         "talks 2010-06-08 held oslo"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "envoys held talks in Oslo on Tuesday 8 June.\n",
         "talks 2010-06-08 held oslo"},
        /* A short month without its full stop, beside a day number. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "king visited Accra on 3rd Feb 2009.\n",
         "visit 2009-02-03 held accra"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "king visited Accra on Sept 4, 2009.\n",
         "visit 2009-09-04 held accra"},
        /* The past perfect tells a call done, whatever a later clause
         * expects; "may have" guesses about the past, it plans nothing. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "envoy had phoned the king in Accra, saying he expected to return soon.\n",
         "call ? held accra"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. Six "
         "sailors may have caught the fever during their visit to Accra.\n",
         "visit 2010-06-15 held accra"},
        /* "was to have" and a participle: a plan that did not come
         * about, as "was supposed to". */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "third round of talks was to have taken place in Accra on June 2.\n",
         "talks 2010-06-02 cancelled accra"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twentieth round (docs/accuracy.md, engineer `visits`): the earlier stops
 * of a trip the news reports, told with "has already", are of before the
 * report's day: its month, not its day ("has already arrived" is the news). */
static void events_twentieth_round_visits(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-10\nSome headline for the test\n\nBolivia is the last stop of the premier's regional "
         "tour, which has already taken her to Chile and Peru.\n",
         "visit 2025-06 held chile; visit 2025-06 held peru"},
        {"date 2025-06-10\nSome headline for the test\n\nThe ministers said relations were good. The premier "
         "has already visited Chile on this trip.\n",
         "visit 2025-06 held chile"},
        {"date 2025-06-10\nSome headline for the test\n\nThe ministers said relations were good. The premier "
         "has already arrived in Chile.\n",
         "visit 2025-06-10 held chile"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Nineteenth round (docs/accuracy.md, engineer `persons`): who takes part
 * in an event, classes of the real-news dev half's persons errors, each
 * told in sentences of our own. */
static void events_nineteenth_round_persons(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* A headline naming one party by name and the other by title, then a
     * lede naming both: the merged event has both persons. */
    static const char *const both[] = {"Ana Soto", "Luis Quispe"};
    check_event_persons(ctx,
                        "date 2025-06-12\nSoto, Peruvian minister hold talks in Quito\n\nQUITO - Chilean leader "
                        "Ana Soto and Peruvian Foreign Minister Luis Quispe held talks in Quito on Monday, "
                        "officials said.\n",
                        "talks", "quito", both, 2);
    /* A name in the possessive before words other than an event's noun
     * says whose they are ("X's chief of staff", "X's plan"): X takes no
     * part. "X's visit" is X's, and what happens during it; what follows
     * it is not. */
    static const char *const aide[] = {"Luis Quispe"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nPresident Ana Soto's chief of staff, Luis Quispe, visited Lima on "
                        "Monday.\n",
                        "visit", "lima", aide, 1);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nLuis Quispe met the governor in Lima on Monday to advance President "
                        "Ana Soto's plan for the port.\n",
                        "meeting", "lima", aide, 1);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nFollowing Ana Soto's visit to Quito, Foreign Minister Luis Quispe "
                        "will attend a meeting in Lima on Tuesday.\n",
                        "meeting", "lima", aide, 1);
    static const char *const visitor[] = {"Ana Soto"};
    check_event_persons(ctx, "date 2025-06-12\n\nAna Soto's visit to Lima began on Monday.\n", "visit", "lima", visitor,
                        1);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nSix accords will be signed in Lima during President Ana Soto's visit "
                        "on Tuesday.\n",
                        "agreement", "lima", visitor, 1);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nAna Soto arrived in Lima on Monday for a state visit at President "
                        "Luis Quispe's invitation.\n",
                        "visit", "lima", both, 2);
    /* A portfolio written straight after a title, and titles the lists
     * lacked, are no part of the name that follows. */
    static const char *const rubin[] = {"Ana Soto"};
    check_event_persons(ctx, "date 2025-06-12\n\nUS Secretary Treasury Ana Soto visited Lima on Monday.\n", "visit",
                        "lima", rubin, 1);
    check_event_persons(ctx, "date 2025-06-12\n\nChief of the General Staff Ana Soto visited Lima on Monday.\n",
                        "visit", "lima", rubin, 1);
    check_event_persons(ctx, "date 2025-06-12\n\nDeputy Administrator Ana Soto visited Lima on Monday.\n", "visit",
                        "lima", rubin, 1);
    check_event_persons(ctx, "date 2025-06-12\n\nComrade Ana Soto visited Lima on Monday.\n", "visit", "lima", rubin,
                        1);
    check_event_persons(ctx, "date 2025-06-12\n\nPresident-Elect Ana Soto visited Lima on Monday.\n", "visit", "lima",
                        rubin, 1);
    static const char *const chair[] = {"Luis Quispe", "Oumar Kone Diabate"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nLuis Quispe met with Commission Chairperson Oumar Kone Diabate in "
                        "Lima on Monday.\n",
                        "meeting", "lima", chair, 2);
    dm_context_destroy(ctx);
}

static void events_twentieth_round_persons(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* A gerund after "before" or "after" has the main clause's subject,
     * and a subject "he" or "she" is the person named first in the
     * sentence before. */
    static const char *const host_and_guest[] = {"Luis Quispe", "Ana Soto"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nForeign Minister Ana Soto arrived in Lima on Monday.\n\nShe toured a "
                        "port in Callao before holding talks with Peruvian Foreign Minister Luis Quispe in Lima on "
                        "Tuesday.\n",
                        "talks", "lima", host_and_guest, 2); /* Callao is the tour's clause (twenty-fifth round) */
    /* The thread runs back past a name in the possessive, whose owner is
     * taken when the sentence names no one else. */
    static const char *const weber[] = {"Paul Weber"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nChancellor Paul Weber visited Nairobi on Monday.\n\nMr Weber's trip is "
                        "meant to show support.\n\nHe will tour a clinic in Kampala before chairing a meeting of "
                        "the trade council in Accra on Friday.\n",
                        "meeting", "accra", weber, 1);
    /* "He said he would visit": the second pronoun is the visitor's. */
    check_event_persons(ctx,
                        "date 2025-06-12\n\nPresident Paul Weber visited Nairobi on Monday.\n\nHe also said he "
                        "would visit Lima in July.\n",
                        "visit", "lima", weber, 1);
    /* A pronoun that reports has not the trigger as its verb ("both
     * governments plan talks"), and a sentence between about someone
     * unnamed breaks the thread. */
    check_event_persons(ctx,
                        "date 2025-06-12\n\nPresident Paul Weber visited Nairobi on Monday.\n\nHe said both "
                        "governments plan talks in Lima in the autumn.\n",
                        "talks", "lima", NULL, 0);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nMinister Ana Soto spoke to reporters on Monday.\n\nPeru has reported "
                        "a second case, a man who had been in Chile.\n\nThe man fell ill after he arrived in Lima "
                        "on a visit last week.\n",
                        "visit", "lima", NULL, 0);
    /* A Korean name of three syllables without a hyphen whose last is a
     * common word: the family name alone is still the person. */
    static const char *const jang[] = {"Jang Ki Moon", "Ana Soto"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nSEOUL - South Korean Trade Minister Jang Ki Moon will visit Chile "
                        "this week, officials said.\n\nJang landed in Santiago on Sunday for talks with Chilean "
                        "Foreign Minister Ana Soto.\n",
                        /* a visit since the thirty-sixth round's third wave
                         * ("landed in" is a trip, as "arrived in" is) */
                        "visit", "santiago", jang, 2);
    dm_context_destroy(ctx);
}

static void events_twenty_second_round_persons(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* An apposition without an article names a person whose given name no
     * list knows: "X Y, Prime Minister of C,". */
    static const char *const tesheku[] = {"Orvandi Tesheku"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nOrvandi Tesheku, Prime Minister of Chile, held talks with the "
                        "Peruvian foreign minister in Lima on Monday.\n",
                        "talks", "lima", tesheku, 1);
    /* A particle written onto the family name is part of the name. */
    static const char *const qadiri[] = {"Faris al-Qadiri"};
    check_event_persons(ctx, "date 2025-06-12\n\nThe minister met Sheikh Faris al-Qadiri in Doha on Monday.\n",
                        "meeting", "doha", qadiri, 1);
    /* The event of a phrase opening the sentence is the main clause's
     * subject's, also when the main clause tells an event of its own. */
    static const char *const weber[] = {"Weber"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nBefore visiting Chile, Mr Weber made a surprise visit to Peru, where "
                        "he met leaders in Lima.\n",
                        "visit", "chile", weber, 1);
    /* A role possessed before the trigger is another person's part ("X's
     * chief of staff visited"); the possessor of the event's own noun
     * still takes part ("X's visit"). */
    check_event_persons(ctx,
                        "date 2025-06-12\n\nPresident Ana Soto's chief of staff visited Lima on Monday to attend "
                        "a trade fair.\n",
                        "visit", "lima", NULL, 0);
    static const char *const soto[] = {"Ana Soto"};
    check_event_persons(ctx, "date 2025-06-12\n\nPresident Ana Soto's visit to Lima on Monday was her first.\n",
                        "visit", "lima", soto, 1);
    dm_context_destroy(ctx);
}

static void events_twenty_third_round_who(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* A full name in a sure person's context (", who", an age) is a person
     * though no list knows its given name and no word of it is a town. */
    static const char *const osei[] = {"Kwabena Osei-Mensah"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nKwabena Osei-Mensah, who leads the delegation, met the Peruvian "
                        "foreign minister in Lima on Monday.\n",
                        "meeting", "lima", osei, 1);
    static const char *const phuc[] = {"Nguyen Thanh Phuc"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nNguyen Thanh Phuc, 61, met the Peruvian foreign minister in Lima "
                        "on Monday.\n",
                        "meeting", "lima", phuc, 1);
    /* The first words of a body's, a building's or a school's name are no
     * person's, though a given name opens them. */
    static const char *const soto[] = {"Ana Soto"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nGovernor Ana Soto met parents in Lima on Monday at a meeting of "
                        "the Dependent Care Task Force.\n",
                        "meeting", "lima", soto, 1);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nThe minister visited Lima on Monday and toured the Bonnie Vale "
                        "House with Mayor Ana Soto.\n",
                        "visit", "lima", soto, 1);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nThe minister visited Lima on Monday and toured Sunny Meadow "
                        "School.\n",
                        "visit", "lima", NULL, 0);
    dm_context_destroy(ctx);
}

/* Twenty-fourth round (issue 14): the persons of a mention merged into an
 * event are carried over whoever the first mention named; a statement's
 * stay its speakers'. */
static void events_twenty_fourth_round_merged_persons(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* Two sentences tell one planned trip to one city on one day, each
     * with a traveller of its own. */
    static const char *const both[] = {"Carlos Mendez", "Ana Rojas"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nChilean President Carlos Mendez will visit Lima on Tuesday.\n\n"
                        "Bolivian Foreign Minister Ana Rojas will also leave for Lima on Tuesday.\n",
                        "visit", "lima", both, 2);
    /* ... guard: meetings each told with a partner of its own and dated to
     * the day stay two, each with its own person. */
    static const char *const mendez[] = {"Carlos Mendez"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nChilean President Carlos Mendez will meet the Peruvian leader in "
                        "Arica on Friday.\n\nBolivian President Ana Rojas will meet the Peruvian leader in Arica "
                        "on Friday as well.\n",
                        "meeting", "arica", mendez, 1);
    dm_context_destroy(ctx);
}

/* Twenty-fourth round (engineer refer, issue 14): a reference back told
 * in a later sentence ("the meeting with X", "X, who was at the summit")
 * brings the persons of its own mention to the event it tells more of. */
static void events_twenty_fourth_round_refer(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    static const char *const both[] = {"Carlos Mendez", "Ana Rojas"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nChilean envoy Carlos Mendez will meet the Bolivian leader in Peru "
                        "on Friday.\n\nThe meeting with Ana Rojas in Cusco is set to last two hours.\n",
                        "meeting", "cusco", both, 2);
    static const char *const pair[] = {"Carlos Mendez", "Ana Rojas"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nChilean President Carlos Mendez hosted a summit on ports in "
                        "Valparaiso on Monday.\n\nBolivian Foreign Minister Ana Rojas, who was at the summit, "
                        "praised its plan.\n",
                        "meeting", "valparaiso", pair, 2);
    /* ... guard: the names of the rest of its sentence tell of other
     * happenings ("will see the king during the visit") */
    static const char *const mendez[] = {"Carlos Mendez"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nChilean President Carlos Mendez will begin a state visit to Lima "
                        "on Tuesday.\n\nHe will dine with Prime Minister Ana Rojas during the visit.\n",
                        "visit", "lima", mendez, 1);
    dm_context_destroy(ctx);
}

/* Twenty-fifth round (engineer clause): a place or date of another clause
 * of the sentence is not the trigger's: its own clause's come first, and a
 * relative or participle clause's date (and the place of one that is
 * dated) belong to that clause's verb. */
static void events_twenty_fifth_round_clause(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A trailing participle clause ("..., leaving ... in October"). */
        {"date 2025-06-12\n\nThe cyclist said she would fly to Peru to see doctors, leaving her place in the Andes "
         "race in October in doubt.\n",
         "visit 2025-06 planned peru"},
        /* A relative clause before the trigger, dated apart from it
         * (thirty-sixth round: "toured" is a trip of its own now, in
         * March). */
        {"date 2025-06-12\n\nThe Chilean envoy, who had toured Santiago in March, will visit Lima.\n",
         "visit 2025-03 held santiago; visit 2025-06 planned lima"},
        {"date 2025-06-12\n\nThe Chilean envoy, who took office in Santiago in March, met the Peruvian foreign "
         "minister on Monday.\n",
         "meeting 2025-06-09 held -"},
        /* A clause after ", but" tells its own happening. */
        {"date 2025-06-12\n\nFarmers in Quito protested on Monday, but the two ministers met in Lima on "
         "Tuesday.\n",
         "meeting 2025-06-10 held lima"},
        /* Guards: the trigger's own clause places it; ", including" opens
         * no clause of its own. */
        /* (thirty-sixth round: the tour of Peru is placed now, and the
         * meeting in one of its cities is the trip's, as with "on a visit
         * to Peru": one event, still at Lima, of the meeting's day) */
        {"date 2025-06-12\n\nThe Chilean envoy, who is on a tour of Peru, met the Peruvian foreign minister in "
         "Lima on Monday.\n",
         "visit 2025-06-09 held lima"},
        {"date 2025-06-12\n\nThe envoy traveled to four countries in May, including Peru and Bolivia.\n",
         "visit 2025-05 held peru; visit 2025-05 held bolivia"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twenty-sixth round (engineer desc, issue 15): a place told by a
 * description: the margins of a UN session are at its seat; a country
 * in the trigger's own phrase, not in another noun's before it. */
static void events_twenty_sixth_round_desc(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-12\n\nThe Chilean president met the leaders of three Andean nations on Tuesday on the "
         "margins of the UN General Assembly.\n",
         "meeting 2025-06-10 held un-hq"},
        {"date 2025-06-12\n\nThe Chilean president met the Peruvian leader on Tuesday on the sidelines of the "
         "UN General Assembly.\n",
         "meeting 2025-06-10 held un-hq"},
        {"date 2025-06-12\n\nThe ministers will discuss the drought in Bolivia and plans for a summit "
         "conference in Peru next month.\n",
         "meeting 2025-07 planned peru"},
        /* Guards: the margins of an institution's budget are no place; a
         * phrase of another noun after the trigger ("talks on the war in
         * A") does not place it. */
        {"date 2025-06-12\n\nThe Chilean president met the Peruvian leader on Tuesday to discuss the margins "
         "of the UN budget.\n",
         "meeting 2025-06-10 held -"},
        {"date 2025-06-12\n\nThe ministers will discuss the drought in Bolivia and plans for talks on the "
         "war in Peru next month.\n",
         "talks 2025-07 planned bolivia"},
        /* A foreign mission named without a place is in the dateline's
         * capital; guard: not the mission of the dateline's own country. */
        {"date 2025-06-12\n\nQUITO, June 12 (AFP)\n\nMasked gunmen stormed the Chilean ambassador's "
         "residence on Tuesday in a dawn raid.\n",
         "incident 2025-06-10 held quito"},
        {"date 2025-06-12\n\nQUITO, June 12 (AFP)\n\nMasked gunmen stormed the Ecuadorian embassy on Tuesday "
         "in a dawn raid.\n",
         ""},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twenty-seventh round (engineer date, issue 14): the dates of events in
 * the story's own time frame. */
static void events_twenty_seventh_round_date(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* What a saying answers came before it: the saying's weekday is
         * not its date (undated news: the report's day). */
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ France had the right to act, Norway said Monday in response "
         "to French air strikes on rebel camps in Chad.\n",
         "incident 2025-06-12 held chad; statement 2025-06-09 held oslo"},
        /* Guard: "said Monday after the strikes" keeps the saying's day. */
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ France had the right to act, Norway said Monday after French "
         "air strikes on rebel camps in Chad.\n",
         "incident 2025-06-09 held chad; statement 2025-06-09 held oslo"},
        /* Under way since a month: that month is its start. */
        {"date 2025-06-12\n\nThe ministers said relations were good. The UN envoy has been mediating talks "
         "since March between the two leaders in Cyprus.\n",
         "talks 2025-03 held cyprus"},
        /* Guard: "since" opening a clause of its own dates that clause. */
        {"date 2025-06-12\n\nThe ministers said relations were good. The UN envoy has held talks in Cyprus "
         "since she took office in March.\n",
         "talks 2025-06-12 held cyprus"},
        /* Counted from the date told last, back as well as on, as precise
         * as the unit: "the following year" is a year. */
        {"date 2025-06-12\n\nThe ministers said relations were good. On 3 October 2004 the envoys met in Oslo. "
         "The following year the king visited Bergen.\n",
         "meeting 2004-10-03 held oslo; visit 2005 held bergen"},
        {"date 2025-06-12\n\nThe ministers said relations were good. The envoys met in Oslo on Monday. The "
         "previous month the king visited Bergen.\n",
         "meeting 2025-06-09 held oslo; visit 2025-05 held bergen"},
        {"date 2025-06-12\n\nThe ministers said relations were good. On Monday the envoys met in Oslo. A day "
         "earlier, the king had visited Bergen.\n",
         "meeting 2025-06-09 held oslo; visit 2025-06-08 held bergen"},
        {"date 2025-06-12\n\nThe ministers said relations were good. On Monday the envoys met in Oslo. The day "
         "before, the king visited Bergen.\n",
         "meeting 2025-06-09 held oslo; visit 2025-06-08 held bergen"},
        /* Guard: a look back opening a sentence is an aside, no frame for
         * the rest of its paragraph. */
        {"date 2025-06-12\n\nThe ministers said relations were good. On Monday the envoys met in Oslo. A day "
         "earlier, trucks left the port. The king then visited Bergen.\n",
         "meeting 2025-06-09 held oslo; visit 2025-06-09 held oslo/bergen"},
        /* Counted forward from the report. */
        {"date 2025-06-12\n\nThe ministers said relations were good. They will discuss plans for a summit in "
         "Chile three months from now.\n",
         "meeting 2025-09 planned chile"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twenty-eighth round (engineer dateline): a wire report is filed from
 * where its news happens, past the lede too: a later sentence's meeting,
 * talks or agreement with no place of its own, told by the dateline's
 * country and dated the report's week or undated, is at the dateline's
 * city; an agreement of other parties told apart is a deal of its own. */
static void events_twenty_eighth_round_dateline(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* The dateline's country's ministry tells of a deal with another
         * country: at the dateline's city, apart from the lede's deal. */
        {"date 2025-06-12\n\nPARIS, June 12 - France and Kenya signed a loan accord, officials said.\n\nThe "
         "French Finance Ministry said France had also agreed with Chad to reschedule its loans.\n",
         "agreement 2025-06-12 held paris; agreement 2025-06-12 held paris"},
        {"date 2025-06-12\n\nPARIS, June 12 - Prices of bread rose sharply this spring, traders said.\n\nThe "
         "French foreign minister met the Chilean ambassador to discuss trade.\n",
         "meeting 2025-06-12 held paris"},
        /* Guards: another country's actor (unless told "here") ... */
        {"date 2025-06-12\n\nPARIS, June 12 - Prices of bread rose sharply this spring, traders said.\n\nThe "
         "Chilean ambassador met the French foreign minister to discuss trade.\n",
         ""},
        {"date 2025-06-12\n\nPARIS, June 12 - Prices of bread rose sharply this spring, traders said.\n\nThe "
         "Chilean ambassador met the French foreign minister here to discuss trade.\n",
         "meeting 2025-06-12 held paris"},
        /* ... a digest of several datelines ... */
        {"date 2025-06-12\n\nPARIS, June 12 - Prices of bread rose sharply this spring, traders said.\n\nROME, "
         "June 12 - Wheat harvests fell in the south.\n\nThe French foreign minister met the Chilean "
         "ambassador to discuss trade.\n",
         ""},
        /* ... a trip told before ... */
        {"date 2025-06-12\n\nPARIS, June 12 - The French foreign minister leaves on Sunday on a tour of South "
         "America.\n\nThe French foreign minister will meet the Chilean president to discuss trade.\n",
         ""},
        /* ... a topic, not talks held ... */
        {"date 2025-06-12\n\nPARIS, June 12 - Prices of bread rose sharply this spring, traders said.\n\nThe "
         "French foreign minister was referring to talks on trade with Chile.\n",
         ""},
        /* ... and a day far from the report's, which stays placeless. */
        {"date 2025-06-12\n\nPARIS, June 12 - Prices of bread rose sharply this spring, traders said.\n\nThe "
         "French foreign minister met the Chilean ambassador on March 3 to discuss trade.\n",
         "meeting 2025-03-03 held -"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twenty-eighth round (lead): a year qualifying a noun dates that noun. */
static void events_twenty_eighth_round_year_of_noun(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* Modifiers between the year and its noun, after a determiner. */
        {"date 2025-06-12\n\nThe ministers said relations were good. The envoys recalled the 1972 "
         "Soviet-American summit in Moscow.\n",
         "meeting 1972 held moscow"},
        /* The year of a noun after the trigger is not the event's. */
        {"date 2025-06-12\n\nThe ministers said relations were good. The envoys met in Oslo to discuss the "
         "2008 attack.\n",
         "meeting 2025-06-12 held oslo"},
        /* Guard: the noun is the occasion the event took place at. */
        {"date 2025-06-12\n\nThe ministers said relations were good. The envoys signed the pact at the 2008 "
         "summit in Oslo.\n",
         "meeting 2008 held oslo"},
        /* Told as done without a date, and planned after the report: two. */
        {"date 2025-06-12\n\nThe ministers said relations were good. The envoys met in Bergen. They will "
         "meet in Bergen again next month.\n",
         "meeting 2025-06-12 held bergen; meeting 2025-07 planned bergen"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twenty-ninth round (issue 14, engineer unsaid): a reference back told by
 * its verb ("the deal was signed by X and Y"), with no place or day of its
 * own, tells more of the event told: its persons are that event's; with a
 * day of its own it tells another signing (guard). */
static void events_twenty_ninth_round_told_by_verb(void **state)
{
    (void)state;
    static const char *const signers[] = {"Anna Berg", "Lars Holm"};
    static const struct {
        const char *day;
        size_t persons;
    } cases[] = {{"", 2}, {" in 2004", 0}};
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "date 2006-11-24\n\nOSLO, Nov. 24, 2006 (Xinhua)\n\nNorway and Denmark signed a fishing agreement "
                 "on Friday, meant to double the catch.\n\nThe deal was signed by Norwegian Trade Minister Anna "
                 "Berg and her Danish counterpart Lars Holm%s.\n",
                 cases[i].day);
        check_event_persons(ctx, text, "agreement", "oslo", signers, cases[i].persons);
    }
    dm_context_destroy(ctx);
}

/* Twenty-ninth round (lead): a noun a year dates names a past happening
 * the clause speaks of: the clause's subject takes no part in it; the
 * names of its own phrase do ("the 1985 summit between X and Y"). */
static void events_twenty_ninth_round_dated_noun_persons(void **state)
{
    (void)state;
    static const char *const leaders[] = {"Ronald Reagan", "Mikhail Gorbachev"};
    dm_context_t *ctx = dm_context_create();
    /* (thirty-fifth round: an attack of 1945 in a report of 2016 is an old
     * war told as background, no incident; one of 2001 keeps the case) */
    check_event_persons(ctx,
                        "date 2016-04-11\n\nTOKYO (Wire) - Norwegian Foreign Minister Anna Berg on Monday laid a "
                        "wreath for those who died in the 2001 attack in Hiroshima.\n",
                        "incident", "hiroshima", NULL, 0);
    check_event_persons(ctx,
                        "date 2016-04-11\n\nPresident Ronald Reagan recalled on Monday the 1985 summit between "
                        "Ronald Reagan and Mikhail Gorbachev in Geneva.\n",
                        "meeting", "geneva", leaders, 2);
    dm_context_destroy(ctx);
}

/* Thirtieth round (lead): "the" right before a run of capitalised words
 * makes it a body's or a thing's name ("the Red Cross", "the Artemis
 * pact"), no participant; a title between ("the Foreign Minister X")
 * starts the name after it (guard). */
static void events_thirtieth_round_name_after_the(void **state)
{
    (void)state;
    static const char *const salem[] = {"Ahmed Salem"};
    static const char *const berg[] = {"Anna Berg"};
    dm_context_t *ctx = dm_context_create();
    check_event_persons(ctx,
                        "date 2024-03-05\n\nGENEVA (Wire) - Officials of the Red Cross met Foreign Minister Ahmed "
                        "Salem in Geneva on Tuesday.\n",
                        "meeting", "geneva", salem, 1);
    check_event_persons(ctx,
                        "date 2024-03-05\n\nGENEVA (Wire) - The Foreign Minister Anna Berg met officials of the "
                        "Red Cross in Geneva on Tuesday.\n",
                        "meeting", "geneva", berg, 1);
    dm_context_destroy(ctx);
}

/* Thirty-first round (frame31): a name ending in an organisation's head
 * word that continues a run of capitalised words "the" opens ("the
 * International Red Cross") is the body's, no participant, though the
 * name found starts after the adjective; a title stops the walk back ("the
 * Foreign Minister X Cross" is a person, guard). */
static void events_thirty_first_round_body_after_an_adjective(void **state)
{
    (void)state;
    static const char *const salem[] = {"Ahmed Salem"};
    static const char *const cross[] = {"Bill Cross"};
    dm_context_t *ctx = dm_context_create();
    check_event_persons(ctx,
                        "date 2024-03-05\n\nGENEVA (Wire) - Foreign Minister Ahmed Salem met officials of the "
                        "International Red Cross in Geneva on Tuesday.\n",
                        "meeting", "geneva", salem, 1);
    check_event_persons(ctx,
                        "date 2024-03-05\n\nGENEVA (Wire) - The Foreign Minister Bill Cross met officials of the "
                        "International Red Cross in Geneva on Tuesday.\n",
                        "meeting", "geneva", cross, 1);
    dm_context_destroy(ctx);
}

/* Thirtieth round (issue 14, engineer audwrong): a relative clause no comma
 * opens, inside a subject ("a case that dealt with X ended in May"), holds
 * its own happening: the main clause's date is another verb's, so the
 * happening it names is told as before the news, undated; a date inside it
 * dates it alone. Guard: a relative clause after the main verb may hold the
 * main verb's own date ("met the envoys who ... late Tuesday"). */
static void events_thirtieth_round_bare_relative_dates(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-12\n\nThe ministers said relations were good. A court case that dealt with the bombing "
         "in Lyon ended in a mistrial in May.\n",
         "incident ? held lyon"},
        {"date 2025-06-12\n\nThe ministers said relations were good. Tourists who joined the walk on Sunday "
         "visited the old palace in Lyon on Tuesday.\n",
         "visit 2025-06-10 held lyon"},
        /* One that tells of the object of "of", a subordinate clause inside
         * it: its place is its own happening's, not the deal's. */
        {"date 2025-06-12\n\nThe ministers said relations were good. The sister of the clerk who drowned in a Bergen "
         "harbour after a storm signed a plea deal on Monday.\n",
         ""},
        /* Guard: after the main verb, the clause is not bounded. */
        {"date 2025-06-12\n\nThe ministers said relations were good. In Lyon, the ministers met the envoys "
         "who have been trying to mediate the dispute late Tuesday.\n",
         "meeting 2025-06-10 held lyon"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The thirtieth round's cases: a report's day, then a sentence that tells
 * nothing, so that the case's sentence is no lede. */
#define R30_BODY "date 2025-06-12\n\nThe ministers said relations were good. "

/* Thirtieth round (issue 14, engineer audwrong): one happening told at a
 * world region and at a country it holds (rules/world_regions.txt) is one
 * event, at the country. Guards: another day, a country outside the region,
 * and each mention naming someone the other does not: two. A trip's
 * purpose told with a verb of going beside the trip ("a team heading to G
 * to bring food and see local doctors") is the trip's. */
static void events_thirtieth_round_world_region(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {R30_BODY "A Danish soldier was killed in the Middle East on Monday. Officials said the soldier was killed "
                  "in Syria by a roadside bomb.\n",
         "incident 2025-06-09 held syria"},
        {R30_BODY "A Danish soldier was killed in the Middle East on Monday. Another soldier was killed in Iraq on "
                  "Friday.\n",
         "incident 2025-06-09 held middle-east; incident 2025-06-06 held iraq"},
        {R30_BODY "A Danish soldier was killed in the Middle East on Monday. Officials said a soldier was killed in "
                  "France by a roadside bomb.\n",
         "incident 2025-06-09 held middle-east; incident 2025-06-12 held france"},
        {R30_BODY "Danish officer Anna Berg was killed in the Middle East on Monday. Officials said Lars Holm was "
                  "killed in Syria by a roadside bomb.\n",
         "incident 2025-06-09 held middle-east; incident 2025-06-12 held syria"},
        /* A trip's purpose told with a verb of going in the sentence after
         * the trip is the trip's; guards: a meeting told by a verb of its
         * own, a journey to another place. */
        {R30_BODY "Anna Berg visited Gaza on Monday. She was part of a team heading to Gaza to bring food "
                  "and meet with local doctors.\n",
         "visit 2025-06-09 held gaza-strip"},
        {R30_BODY "Anna Berg visited Gaza on Monday. She was part of a team heading to Gaza to bring food. "
                  "She met with local doctors in Gaza.\n",
         "visit 2025-06-09 held gaza-strip; meeting 2025-06-09 held gaza-strip"},
        {R30_BODY "Anna Berg visited Gaza on Monday. The team will later go to Cairo to meet with "
                  "officials.\n",
         "visit 2025-06-09 held gaza-strip; meeting 2025-06 planned cairo"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-sixth round (issue 15, engineer place36): a part of a continent
 * named by its UN subregion ("Northern Europe", "Southern Africa", "Central
 * America") is that subregion, not the continent read from its last word
 * nor "America" read as the United States; and it holds its member
 * countries (rules/world_regions.txt) like the other world regions.
 * Guards: the continent itself, "South Africa" the country. */
static void events_thirty_sixth_round_subregions(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {R30_BODY "A Danish soldier was killed in Northern Europe on Monday.\n",
         "incident 2025-06-09 held northern-europe"},
        {R30_BODY "A Danish soldier was killed in Central America on Monday.\n",
         "incident 2025-06-09 held central-america"},
        {R30_BODY "A Danish soldier was killed in Southern Africa on Monday. Officials said the soldier was killed "
                  "in Namibia by a roadside bomb.\n",
         "incident 2025-06-09 held namibia"},
        {R30_BODY "A Danish soldier was killed in Central Africa on Monday.\n",
         "incident 2025-06-09 held central-africa"},
        {R30_BODY "A Danish soldier was killed in Europe on Monday.\n", "incident 2025-06-09 held europe"},
        {R30_BODY "A Danish soldier was killed in South Africa on Monday.\n",
         "incident 2025-06-09 held south-africa"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-first round (issue 14, engineer audfix): wrong events on unseen
 * news, each class told in sentences of our own. "such" before a trigger
 * names a kind told before or events in general, no new happening;
 * guards: the same sentence without it, "such as" listing one, and "the
 * first such talks" ranking the happening itself. Object relative clauses
 * (below). */
static void events_thirty_first_round_audit(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {R30_BODY "Officials in Tunis were embarrassed: they had denied letting the army run such drone flights "
                  "from Tunisian bases.\n",
         ""},
        {R30_BODY "Such high-level talks are rare in Oslo.\n", ""},
        {R30_BODY "Officials in Tunis were embarrassed: they had denied letting the army run drone flights from "
                  "Tunisian bases.\n",
         "incident 2025-06-12 held tunis"},
        {R30_BODY "Leaders held meetings such as talks in Oslo on Monday.\n", "talks 2025-06-09 held oslo"},
        {R30_BODY "Diplomats held talks in Oslo on Monday, the first such talks since the summit in Bergen last "
                  "month.\n",
         "talks 2025-06-09 held oslo; meeting 2025-05 held bergen"},
        /* An object relative clause ("NOUN that SUBJECT VERB") tells what
         * was done to the noun, before the news: undated there, it takes no
         * report's day and no dateline. Guards: a noun taking a that-clause
         * tells a fact; a clause that dates and places itself. */
        {"date 2025-06-12\n\nOSLO, Norway -- Police arrested three men on Monday in a raid on a farm. The fishing "
         "fleet owes money tied to the loan schemes that lenders signed onto during the sale.\n",
         ""},
        {"date 2025-06-12\n\nOSLO, Norway -- Police arrested three men on Monday in a raid on a farm. The fishing "
         "fleet owes money tied to the news that lenders signed a pact.\n",
         "agreement 2025-06-12 held oslo"},
        {"date 2025-06-12\n\nOSLO, Norway -- Police arrested three men on Monday in a raid on a farm. The fishing "
         "fleet cut the loan schemes that lenders signed onto in Bergen on Friday.\n",
         "agreement 2025-06-06 held bergen"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-first round (issue 14, engineer devmiss): a call told as done past
 * the lede that its sentence neither places nor dates is of the day of the
 * event told just before it, a day of the report's week, and kept without a
 * place; "called his X counterpart" is a call between two sides. Guard:
 * talk right after a meeting's sentence is the meeting's. A later
 * sentence's call that names someone the first call does not is a second
 * call. */
static void events_thirty_first_round_story_day_calls(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-12\n\nCANBERRA (Wire) - Two fishing boats were seized by the coast guard in the Tasman "
         "Sea on Tuesday.\n\nThe foreign minister, told of the seizure during a cabinet session, broke off the "
         "session and called his Chilean counterpart, Ana Rojas, who had negotiated the fishing accord with "
         "him.\n",
         "incident 2025-06-10 held tasman-sea; call 2025-06-10 held -"},
        /* The counterpart alone makes the call two-sided, its day given. */
        {R30_BODY "The foreign minister called his Chilean counterpart, Ana Rojas, on Monday.\n",
         "call 2025-06-09 held -"},
        /* Guard: the leaders' talk at the meeting just told. */
        {R30_BODY "Peruvian President Ana Rojas met Chilean President Carlos Mendez in Lima on Tuesday. The two "
                  "presidents spoke at length on trade and fishing.\n",
         "meeting 2025-06-10 held lima"},
        /* A second call, with someone the first did not name. */
        {R30_BODY "Today, Peruvian President Ana Rojas and Chilean President Carlos Mendez had a long phone "
                  "conversation. They agreed to meet soon.\n\nRojas then updated Mendez on her own conversation "
                  "with Bolivian President Juan Quispe.\n",
         "call 2025-06-12 held -; call 2025-06-12 held -"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-first round (issue 14, engineer devmiss): a name's possessive and
 * the days right before a trip's noun ("X's June 17-19 visit") tell the
 * days of the trip told before, which had only its month. Guard: a
 * possessive trip with a place of its own is a trip of its own. */
static void events_thirty_first_round_trip_days(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-02\n\nISLAMABAD, June 2 (Wire) - Pakistani Foreign Minister Ali Khan will visit Nepal later "
         "this month for a round of water and trade contacts, officials said on Monday.\nKhan's June 17-19 visit "
         "is part of a regular exchange between the two neighbours, a spokeswoman told reporters.\n",
         "visit 2025-06-17 planned nepal"},
        {"date 2025-06-02\n\nISLAMABAD, June 2 (Wire) - Pakistani Foreign Minister Ali Khan will visit Nepal later "
         "this month for a round of water and trade contacts, officials said on Monday.\nKhan's June 17-19 visit "
         "to Bhutan was set long ago, a spokeswoman told reporters.\n",
         "visit 2025-06 planned nepal; visit 2025-06-17 planned bhutan"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-second round (issue 14, engineer miss32): a weak incident word
 * whose object is a list is placed by a cue inside its nine words, though the
 * name starts past them. Guards: no list, the nine words hold; a place of
 * another clause stays out. */
static void events_thirty_second_round_listed_objects(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {R30_BODY "The Chinese navy harassed a Japanese destroyer and a Canadian frigate in the Taiwan Strait on "
                  "Monday.\n",
         "incident 2025-06-09 held taiwan-strait"},
        {R30_BODY "A storm has killed one person, an elderly retired teacher in Ohio.\n", ""},
        {R30_BODY "The colonel killed rebels and looters in a war long ago and then taught at a school in Chile.\n",
         ""},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-second round (issue 14, engineer miss32): setting out "for" a
 * place told by its kind ("left for the lakeside resort of X") goes to the
 * name after the kind's "of", and refines a trip told at its country.
 * Guard: "left for the talks" names no place. */
static void events_thirty_second_round_departure_kind(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        {"date 2025-06-12\n\nRAMALLAH, June 12 (Wire) - Palestinian President Ali Haddad headed for Egypt on "
         "Thursday for talks with President Omar Said, officials said.\nHaddad left for the seaside resort of "
         "Sharm el-Sheikh, where the Egyptian leader is resting.\n",
         "visit 2025-06-12 held sharm-el-sheikh"},
        {"date 2025-06-12\n\nRAMALLAH, June 12 (Wire) - Palestinian President Ali Haddad headed for Egypt on "
         "Thursday for talks with President Omar Said, officials said.\nHaddad left for the talks with a heavy "
         "heart.\n",
         "visit 2025-06-12 held egypt"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Twenty-eighth round (engineer speaker): a country, its government or
 * a described leader as the speaker of a saying is that government's
 * statement, at the dateline's city when the dateline is in that country,
 * else at the capital the text names as a city (not for a leader, who
 * travels), else none; a fact passed on and a standing position are none. */
static void events_twenty_eighth_round_speaker(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A foreign country whose capital the text names as a city. */
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ Fishing talks between the two neighbours stalled on "
         "Wednesday.\n\nThe Swedish fleet returned to Gothenburg and Stockholm after the season. Sweden "
         "earlier said it was ending the quota deal.\n",
         "talks 2025-06-11 held oslo; statement 2025-06-11 held stockholm"},
        /* Guard: no capital named, no place: none. */
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ Fishing talks between the two neighbours stalled on "
         "Wednesday.\n\nSweden earlier said it was ending the quota deal.\n",
         "talks 2025-06-11 held oslo"},
        /* Guard: a described leader travels; the capital is not where. */
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ Fishing talks between the two neighbours stalled on "
         "Wednesday.\n\nThe Swedish fleet returned to Gothenburg and Stockholm after the season. The Swedish "
         "premier said it was time to end the quota deal.\n",
         "talks 2025-06-11 held oslo"},
        /* Guards: a fact passed on, and a standing position ("says"). */
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ Fishing talks between the two neighbours stalled on "
         "Wednesday.\n\nThe Swedish fleet returned to Gothenburg and Stockholm after the season. On Thursday, "
         "Sweden said a new fishing treaty was set to take force.\n",
         "talks 2025-06-11 held oslo"},
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ Fishing talks between the two neighbours stalled on "
         "Wednesday.\n\nThe Swedish fleet returned to Gothenburg and Stockholm after the season. Sweden says "
         "it is ending the quota deal.\n",
         "talks 2025-06-11 held oslo"},
        /* The dateline's own government, after the lede. */
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ Fishing talks between the two neighbours stalled on "
         "Wednesday.\n\nThe Norwegian government said it would ask for new talks.\n",
         "talks 2025-06-11 held oslo; statement 2025-06-11 held oslo"},
        /* Guard: a country as the object of a phrase speaks for no one. */
        {"date 2025-06-12\n\nOSLO, Norway (AP) _ Fishing talks between the two neighbours stalled on "
         "Wednesday.\n\nThe fleet returned to Stockholm. Talks with Sweden said nothing new.\n",
         "talks 2025-06-11 held oslo"},
        /* The lede's weekday the day after the report's: a wire from a time
         * zone ahead (Thursday's report, Friday's saying), told as done. */
        {"date 2025-06-12\n\nWELLINGTON, New Zealand (AP) _ France had the right to act, New Zealand said "
         "Friday in response to French air strikes on rebel camps in Chad.\n",
         "incident 2025-06-12 held chad; statement 2025-06-13 held wellington"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* One sentence or a few (body) after a date and a headline, the event of
 * type at Lima in it, and the persons it must have (up to four, NULL
 * ended). */
typedef struct {
    const char *body, *type;
    const char *persons[4];
} persons_case_t;

static void check_persons_cases(const persons_case_t *cases, size_t count)
{
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < count; i++) {
        char text[512];
        size_t n = 0;
        while (n < 4 && cases[i].persons[n])
            n++;
        snprintf(text, sizeof text, "date 2025-06-12\nA report on trade\n\n%s\n", cases[i].body);
        check_event_persons(ctx, text, cases[i].type, "lima", cases[i].persons, n);
    }
    dm_context_destroy(ctx);
}

/* Twenty-ninth round (engineer plural): who takes part. The persons of an
 * event told in what a speaker said are that clause's, the speaker's only
 * when the clause says so; companions told in the sentence after a trip
 * ("was joined by") are the trip's. */
static void events_twenty_ninth_round_persons(void **state)
{
    (void)state;
    static const persons_case_t cases[] = {
        {"A history professor, Mark Dunleavy, said that President Ana Torres faced protests when she visited Lima "
         "in March.",
         "visit",
         {"Ana Torres"}},
        /* A second clause after "and that": its own persons, not the first's. */
        {"Mark Dunleavy said he had written to Karl Vance, and that he expected President Ana Torres and Prime "
         "Minister Ole Berg would meet in Lima next week.",
         "meeting",
         {"Ana Torres", "Ole Berg"}},
        /* Guards: the speaker is in what was said, as a subject or an
         * object, or the clause names no one. */
        {"Mark Dunleavy said he and President Ana Torres would meet in Lima next week.",
         "meeting",
         {"Mark Dunleavy", "Ana Torres"}},
        {"Mark Dunleavy said President Ana Torres would visit him in Lima next week.",
         "visit",
         {"Mark Dunleavy", "Ana Torres"}},
        {"Mark Dunleavy said the two sides would meet in Lima next week.", "meeting", {"Mark Dunleavy"}},
        /* A saying told before its speaker ("..., an envoy announced"):
         * the statement's person is who spoke, not who will meet. */
        {"LIMA, June 12 (AFP) - President Ana Torres will meet Prime Minister Ole Berg on Friday on board a "
         "ship, US envoy Karl Vance announced here.",
         "statement",
         {"Karl Vance"}},
        /* Companions by name, the traveller told by a description or a
         * pronoun; a rank's capitalised role noun ("Deputy Assistant") is
         * no one, and "the President" in a rank no companion. */
        {"First Lady Ana Torres travelled to Lima on Monday to meet the new mayor. The "
         "First Lady was joined by Deputy Assistant to the President Karl Vance and Senator Ole Berg.",
         "visit",
         {"Ana Torres", "Karl Vance", "Ole Berg"}},
        {"Trade Minister Ana Torres travelled to Lima on Monday. She was accompanied by her deputy, Karl Vance.",
         "visit",
         {"Ana Torres", "Karl Vance"}},
        /* Guard: another person's companions. */
        {"Trade Minister Ana Torres travelled to Lima on Monday. Mayor Karl Vance was joined by Ole Berg at a "
         "dinner.",
         "visit",
         {"Ana Torres"}},
    };
    check_persons_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirtieth round (engineer agree): a group in an event's clause ("the
 * Chilean and Peruvian leaders", "representatives from Peru", "the
 * mediators") stands for the persons a sentence up to three away lists for
 * it, by their country or after a group noun of the same word or country. */
static void events_thirtieth_round_group_persons(void **state)
{
    (void)state;
    static const persons_case_t cases[] = {
        /* A group told for the first time, its members listed after a group
         * noun of its country two sentences on. */
        {"Representatives from Peru are meeting officials of Chile in Lima on Monday. The talks follow a long trade "
         "dispute. If they go well, the Peruvian team, headed by Trade Minister Ana Torres and Central Bank "
         "Governor Luis Diaz, will travel to Quito.",
         "meeting",
         {"Ana Torres", "Luis Diaz"}},
        /* A group told of before, its members listed by their countries two
         * sentences back. */
        {"Chilean President Ana Torres and the Peruvian leader Luis Diaz met in Santiago in May. They have not "
         "spoken since. A Swiss envoy, Karl Vance, held talks in Lima on Monday between the Chilean and Peruvian "
         "leaders.",
         "talks",
         {"Karl Vance", "Ana Torres", "Luis Diaz"}},
        /* The same group noun, no country: the list after it. */
        {"The mediators met rebel commanders in Lima on Tuesday. The mediators, a bishop Karl Vance and an envoy Ole "
         "Berg, left without comment.",
         "meeting",
         {"Karl Vance", "Ole Berg"}},
        /* Two groups of no country told of before, one sentence apart,
         * the members after a dash; a body's name in the list ("Red
         * Cross") is no member. */
        {"President Ana Torres met the negotiators in Lima on Tuesday. The mediators -- Bishop Karl Vance and "
         "International Red Cross representative Ole Berg -- left without comment.",
         "talks",
         {"Ana Torres", "Karl Vance", "Ole Berg"}},
        /* Guards: a group told for the first time does not look back; a
         * list of another country's officials is not the group. */
        {"Chilean President Ana Torres and Chilean Foreign Minister Luis Diaz met in Santiago in May. Senior Chilean "
         "officials visited Lima on Monday.",
         "visit",
         {NULL}},
        {"Representatives from Chile met officials in Lima on Monday. Peruvian President Ana Torres and Foreign "
         "Minister Luis Diaz later spoke to reporters in Cusco.",
         "meeting",
         {NULL}},
    };
    check_persons_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-sixth round (engineer persons36): persons on unseen text. Names
 * joined by two particles in a row ("van der", "de la"); a title in the
 * plural before a list of names ("Foreign Ministers A and B"); a
 * description by a lower-case title, a passing state ("the visiting
 * premier") or among several holders the one the text is about; a
 * capitalised title before a comma and a name; "attended by", "chaired
 * by" after a gathering; a host met ", where" a visit went; "boss" before a
 * name; "counterparts, A and B"; an acronym of a name's initials ("(REQM)");
 * a surname alone before ", C's foreign minister,"; "the two ministers"
 * opening a statement at a venue. */
static void events_thirty_sixth_round_persons(void **state)
{
    (void)state;
    static const persons_case_t cases[] = {
        /* Two particles in a row: the whole name, its last word the key. */
        {"Commissioner Greta van der Molen met Minister Hugo de la Pena in Lima on Monday.",
         "meeting",
         {"Greta van der Molen", "Hugo de la Pena"}},
        {"Greta van der Molen met Pablo de los Rios in Lima on Monday.", "meeting", {"Greta van der Molen", "Pablo de los Rios"}},
        /* A plural title before a list: each name, the title no part of one. */
        {"Trade Ministers Dao Quang Vinh and Ivo Maric held talks in Lima on Monday.",
         "talks",
         {"Dao Quang Vinh", "Ivo Maric"}},
        {"Presidents Ona Berzins, Ivo Maric and Tuomas Laine met in Lima on Monday.",
         "meeting",
         {"Ona Berzins", "Ivo Maric", "Tuomas Laine"}},
        /* A name with its own title ends the list. */
        {"Ministers Dao Quang Vinh and Foreign Minister Ivo Maric held talks in Lima on Monday.",
         "talks",
         {"Dao Quang Vinh", "Ivo Maric"}},
        /* A lower-case title for the holder named after it capitalised
         * (rules/described_titles.txt), also as a pronoun's antecedent. */
        {"Governor Ana Torres opened a bridge in Cusco on Monday. On Tuesday the governor met Mayor Luis Diaz in "
         "Lima.",
         "meeting",
         {"Ana Torres", "Luis Diaz"}},
        {"Crown Prince Omar Haddad is on a tour of Peru. The crown prince spent the week in Cusco. He plans a last "
         "stop in Lima on Saturday.",
         "visit",
         {"Omar Haddad"}},
        /* "the visiting premier": the prime minister named before. */
        {"Prime Minister Ole Berg arrived in Lima on Sunday. The visiting premier held talks with President Ana "
         "Torres.",
         "talks",
         {"Ole Berg", "Ana Torres"}},
        /* Two presidents: the one the text is about, named three times and
         * twice as often as the other; named as often, nobody. */
        {"President Ana Torres of Chile began a tour of Peru on Sunday. Torres was greeted by President Luis Diaz "
         "at the airport. Torres said trade would top her agenda, and Torres also plans a stop in Cusco. The "
         "president met business leaders in Lima on Monday.",
         "meeting",
         {"Ana Torres"}},
        {"President Ana Torres of Chile began a tour of Peru on Sunday. She was greeted by President Luis Diaz at "
         "the airport. The president met business leaders in Lima on Monday.",
         "meeting",
         {NULL}},
        /* A capitalised title after "the", a comma, then its holder's
         * name; a body's name there ("Acme Group") is no one. */
        {"Trade envoys will meet the Cusco Regional Governor, Akin Dele, in Lima on Tuesday.",
         "meeting",
         {"Akin Dele"}},
        {"Trade envoys will meet the Director, Acme Group, in Lima on Tuesday.", "meeting", {NULL}},
        /* Who a gathering's passive verb names after "by". */
        {"The meeting in Lima on Monday was attended by Foreign Minister Ivo Maric and envoy Ana Torres.",
         "meeting",
         {"Ivo Maric", "Ana Torres"}},
        {"The talks in Lima on Monday were chaired by Foreign Minister Ivo Maric.", "talks", {"Ivo Maric"}},
        /* "boss" glued between a body and a name; a plural title before a
         * comma and a list of names ("counterparts, A and B"). */
        {"Port authority boss Kofu Tanaba met US envoy Tom Baker in Lima on Monday.",
         "meeting",
         {"Kofu Tanaba", "Tom Baker"}},
        {"Foreign Minister Ivo Maric met his Thai and Chilean counterparts, Quang Vinh Dao and Somchai Wongsa, in "
         "Lima on Monday.",
         "meeting",
         {"Ivo Maric", "Quang Vinh Dao", "Somchai Wongsa"}},
        /* An acronym of a name's initials in brackets stands for the
         * person, also as the antecedent of "he"; a bracketed acronym that
         * is no one's initials ("(DEM)") is nobody. */
        {"Opposition candidate Rosa Elena Quispe Mamani (REQM) spoke in Cusco on Monday. Out campaigning, REQM has "
         "avoided quarrels with President Tom Baker. Though she disliked the pact, on a campaign stop in Lima she "
         "urged a free-trade zone.",
         "visit",
         {"Rosa Elena Quispe Mamani"}},
        {"Senator Tom Baker (DEM) met President Ana Torres in Lima on Monday.", "meeting", {"Tom Baker", "Ana Torres"}},
        /* A surname alone before ", C's title,": a person; a capital's
         * apposition is no one. */
        {"Envoy Tom Baker met Zhvania, Chile's foreign minister, in Lima on Monday.",
         "meeting",
         {"Tom Baker", "Zhvania"}},
        /* A plural subject opening a statement at a venue is who spoke;
         * "the two countries" is no one. */
        {"Foreign Minister Ana Keller met President Luis Diaz in Quito on Monday. The two ministers later held a "
         "joint news conference in Lima.",
         "statement",
         {"Ana Keller", "Luis Diaz"}},
        {"Foreign Minister Ana Keller met President Luis Diaz in Quito on Monday. The two countries told a news "
         "conference in Lima that trade was good.",
         "statement",
         {NULL}},
        /* A host met "where" the trip went: the visit's person too. */
        {"Foreign Minister Ana Keller visited Lima on Monday, where she met Governor Paul Zehner.",
         "visit",
         {"Ana Keller", "Paul Zehner"}},
        /* Guard: "both countries" are the states, not the leaders named
         * before (rules/state_nouns.txt). */
        {"Chilean President Ana Torres met Peruvian President Luis Diaz in Quito in May. In Lima on Monday, both "
         "countries signed a trade pact.",
         "agreement",
         {NULL}},
    };
    check_persons_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer persons37): a grid of ordinary ways news
 * names who took part, in invented sentences and names of several naming
 * traditions (docs/accuracy.md). The first rows failed before the round;
 * the rest held already and are kept so that no later rule loses them. */
static void events_thirty_seventh_round_persons(void **state)
{
    (void)state;
    static const persons_case_t cases[] = {
        /* A given name before a particle glued to the surname, with no
         * title: the whole name; the surname capitalised alone later is
         * the same person. */
        {"Ana Ruiz Olmedo and Karim al-Haddad met in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Karim al-Haddad"}},
        {"Karim al-Haddad, the Jordanian foreign minister, arrived in Lima on Monday.", "visit", {"Karim al-Haddad"}},
        {"US envoy Karen Whitfield met Karim al-Haddad in Lima on Monday.", "meeting", {"Karen Whitfield", "Karim al-Haddad"}},
        {"Ana Ruiz Olmedo, Karim al-Haddad and Wang Jianhua attended the summit in Lima on Monday.",
         "meeting",
         {"Ana Ruiz Olmedo", "Karim al-Haddad", "Wang Jianhua"}},
        {"Foreign ministers Ana Ruiz Olmedo of Chile, Karim al-Haddad of Jordan and Wang Jianhua of China met in Lima "
         "on Monday.",
         "meeting",
         {"Ana Ruiz Olmedo", "Karim al-Haddad", "Wang Jianhua"}},
        {"Ana Ruiz Olmedo, Chile's foreign minister, met Karim al-Haddad in Lima on Monday.",
         "meeting",
         {"Ana Ruiz Olmedo", "Karim al-Haddad"}},
        {"Foreign Minister Karim al-Haddad arrived in Quito on Sunday. Al-Haddad met President Ana Ruiz Olmedo in "
         "Lima on Monday.",
         "meeting",
         {"Karim al-Haddad", "Ana Ruiz Olmedo"}},
        /* A full name of three words before ", C's trade minister,". */
        {"Foreign Minister Ana Ruiz Olmedo met Nguyen Thi Lan, Vietnam's trade minister, in Lima on Monday.",
         "meeting",
         {"Ana Ruiz Olmedo", "Nguyen Thi Lan"}},
        /* Titles hyphenated or in the holder's language (rules/person_titles.txt). */
        {"UN Secretary-General Amara Diallo met President Ana Ruiz Olmedo in Lima on Monday.",
         "meeting",
         {"Amara Diallo", "Ana Ruiz Olmedo"}},
        {"French President Élodie Marchetti met Irish Taoiseach Seán Ó Briain in Lima on Monday.",
         "meeting",
         {"Élodie Marchetti", "Seán Ó Briain"}},
        /* Who a gathering has, told by an active verb, and lower-case titles
         * in the list. */
        {"The talks in Lima on Monday brought together foreign minister Ana Ruiz Olmedo and defence minister Liam "
         "O'Rourke.",
         "talks",
         {"Ana Ruiz Olmedo", "Liam O'Rourke"}},
        {"The meeting in Lima on Monday included Defence Minister Liam O'Rourke and Trade Minister Nguyen Thi Lan.",
         "meeting",
         {"Liam O'Rourke", "Nguyen Thi Lan"}},
        {"The talks in Lima on Monday were attended by foreign minister Ana Ruiz Olmedo and defence minister Liam "
         "O'Rourke.",
         "talks",
         {"Ana Ruiz Olmedo", "Liam O'Rourke"}},
        /* Guards: the object of a role noun or of "named after" is only
         * mentioned. */
        {"A former aide to President Ana Ruiz Olmedo met trade envoys in Lima on Monday.", "meeting", {NULL}},
        {"The envoy of President Ana Ruiz Olmedo held talks in Lima on Monday.", "talks", {NULL}},
        {"Trade envoys met in Lima on Monday at a hall named after Simon Quiroga.", "meeting", {NULL}},
        /* Rows of the grid that held before the round. */
        {"Foreign Minister Ana Ruiz Olmedo met Foreign Minister Karim al-Haddad in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Karim al-Haddad"}},
        {"Prime Minister Wang Jianhua met President Kim Min-seo in Lima on Monday.", "meeting", {"Wang Jianhua", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Ilyich Morozov held talks with Foreign Minister Jan-Willem van der Berg in Lima on Monday.", "talks", {"Pyotr Ilyich Morozov", "Jan-Willem van der Berg"}},
        {"Defence Minister Saeed bin Rashid al-Nuaimi met Defence Minister Liam O'Rourke in Lima on Monday.", "meeting", {"Saeed bin Rashid al-Nuaimi", "Liam O'Rourke"}},
        {"President José Ángel Muñoz Peña met Chancellor Klaus von Eschenbach in Lima on Monday.", "meeting", {"José Ángel Muñoz Peña", "Klaus von Eschenbach"}},
        {"Foreign Minister Zeynep Yıldırım-Kaya met Foreign Minister Ngozi Adebayo-Okafor in Lima on Monday.", "meeting", {"Zeynep Yıldırım-Kaya", "Ngozi Adebayo-Okafor"}},
        {"Wang Jianhua, China's top diplomat, held talks with Kim Min-seo in Lima on Monday.", "talks", {"Wang Jianhua", "Kim Min-seo"}},
        {"The minister, Pyotr Morozov, arrived in Lima on Monday.", "visit", {"Pyotr Morozov"}},
        {"Chile's top diplomat Ana Ruiz Olmedo arrived in Lima on Monday.", "visit", {"Ana Ruiz Olmedo"}},
        {"China's top diplomat Wang Jianhua met Kim Min-seo in Lima on Monday.", "meeting", {"Wang Jianhua", "Kim Min-seo"}},
        {"Foreign Minister Ana Ruiz Olmedo met her Peruvian counterpart Luis Quispe Huaman in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Luis Quispe Huaman"}},
        {"Foreign Minister Pyotr Morozov met his Chinese counterpart, Wang Jianhua, in Lima on Monday.", "meeting", {"Pyotr Morozov", "Wang Jianhua"}},
        {"Peruvian prime minister Luis Quispe Huaman met foreign minister Karim al-Haddad in Lima on Monday.", "meeting", {"Luis Quispe Huaman", "Karim al-Haddad"}},
        {"prime minister Luis Quispe Huaman arrived in Lima on Monday.", "visit", {"Luis Quispe Huaman"}},
        {"Chilean foreign minister Ana Ruiz Olmedo arrived in Lima on Monday.", "visit", {"Ana Ruiz Olmedo"}},
        {"Mr Pyotr Morozov met Ms Kim Min-seo in Lima on Monday.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Dr Ngozi Adebayo-Okafor arrived in Lima on Monday.", "visit", {"Ngozi Adebayo-Okafor"}},
        {"Mrs. Ana Ruiz Olmedo met Mr. Karim al-Haddad in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Karim al-Haddad"}},
        {"Acting President Tomas Vargas Llosa met Interim Prime Minister Aziz bin Talal in Lima on Monday.", "meeting", {"Tomas Vargas Llosa", "Aziz bin Talal"}},
        {"Peru's acting president, Tomas Vargas Llosa, arrived in Lima on Monday.", "visit", {"Tomas Vargas Llosa"}},
        {"interim president Tomas Vargas Llosa met envoys in Lima on Monday.", "meeting", {"Tomas Vargas Llosa"}},
        {"President Ana Ruiz Olmedo met with Prime Minister Wang Jianhua in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Wang Jianhua"}},
        {"President Ana Ruiz Olmedo hosted Prime Minister Wang Jianhua in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Wang Jianhua"}},
        {"President Ana Ruiz Olmedo received Foreign Minister Pyotr Morozov in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Pyotr Morozov"}},
        {"Foreign Minister Pyotr Morozov was received by President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Pyotr Morozov", "Ana Ruiz Olmedo"}},
        {"Prime Minister Wang Jianhua was hosted by President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Wang Jianhua", "Ana Ruiz Olmedo"}},
        {"Prime Minister Wang Jianhua was welcomed by President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Wang Jianhua", "Ana Ruiz Olmedo"}},
        {"Foreign Minister Pyotr Morozov sat down with Foreign Minister Kim Min-seo in Lima on Monday.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov held talks with Kim Min-seo, South Korea's foreign minister, in Lima on Monday.", "talks", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov arrived in Quito on Sunday. He met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Pyotr Morozov"}},
        {"Foreign Minister Kim Min-seo arrived in Quito on Sunday. She met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov arrived in Quito on Sunday. Morozov met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Pyotr Morozov", "Ana Ruiz Olmedo"}},
        {"Foreign Minister Pyotr Morozov toured Quito on Sunday. President Ana Ruiz Olmedo said after talks with Morozov in Lima on Monday that trade would grow.", "talks", {"Ana Ruiz Olmedo", "Pyotr Morozov"}},
        {"Foreign Minister Jan-Willem van der Berg arrived in Quito on Sunday. Van der Berg met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Jan-Willem van der Berg", "Ana Ruiz Olmedo"}},
        {"President José Ángel Muñoz Peña arrived in Quito on Sunday. Muñoz met Prime Minister Wang Jianhua in Lima on Monday.", "meeting", {"José Ángel Muñoz Peña", "Wang Jianhua"}},
        {"Prime Minister Wang Jianhua arrived in Quito on Sunday. Wang met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Wang Jianhua", "Ana Ruiz Olmedo"}},
        {"Foreign Minister Pyotr Morozov arrived in Quito on Sunday. The foreign minister met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Pyotr Morozov", "Ana Ruiz Olmedo"}},
        {"Defence Minister Liam O'Rourke arrived in Quito on Sunday. The minister met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Liam O'Rourke", "Ana Ruiz Olmedo"}},
        {"President Ana Ruiz Olmedo opened a port in Quito on Sunday. On Monday the president met Prime Minister Wang Jianhua in Lima.", "meeting", {"Ana Ruiz Olmedo", "Wang Jianhua"}},
        {"Presidents Ana Ruiz Olmedo and Tomas Vargas Llosa met in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Tomas Vargas Llosa"}},
        {"President Ana Ruiz Olmedo, Prime Minister Wang Jianhua and Chancellor Klaus von Eschenbach met in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Wang Jianhua", "Klaus von Eschenbach"}},
        {"Foreign Minister Kim Min-seo visited Lima on Monday.", "visit", {"Kim Min-seo"}},
        {"Foreign Minister Kim Min-seo flew to Lima on Monday for talks.", "visit", {"Kim Min-seo"}},
        {"Foreign Minister Kim Min-seo will travel to Lima next week.", "visit", {"Kim Min-seo"}},
        {"Kim Min-seo, the South Korean foreign minister, began a two-day visit to Lima on Monday.", "visit", {"Kim Min-seo"}},
        {"President Ana Ruiz Olmedo spoke by phone with Prime Minister Wang Jianhua from Lima on Monday.", "call", {"Ana Ruiz Olmedo", "Wang Jianhua"}},
        {"President Ana Ruiz Olmedo told reporters in Lima on Monday that talks would resume.", "statement", {"Ana Ruiz Olmedo"}},
        {"Foreign Minister Karim al-Haddad said in Lima on Monday that the border would reopen.", "statement", {"Karim al-Haddad"}},
        {"Deputy Foreign Minister Lee Jae-hoon met Vice President Maria Fernanda Lopez in Lima on Monday.", "meeting", {"Lee Jae-hoon", "Maria Fernanda Lopez"}},
        {"Secretary of State Karen Whitfield met Foreign Minister Karim al-Haddad in Lima on Monday.", "meeting", {"Karen Whitfield", "Karim al-Haddad"}},
        {"Special envoy Dmitri Sergeyevich Volkov held talks with Ana Ruiz Olmedo in Lima on Monday.", "talks", {"Dmitri Sergeyevich Volkov", "Ana Ruiz Olmedo"}},
        {"King Abdul Aziz bin Faisal received President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Abdul Aziz bin Faisal", "Ana Ruiz Olmedo"}},
        {"Sheikh Hamad bin Khalid Al Thani met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Hamad bin Khalid Al Thani", "Ana Ruiz Olmedo"}},
        {"Chinese Premier Li Wenbo met Japanese Prime Minister Sato Hiroshi in Lima on Monday.", "meeting", {"Li Wenbo", "Sato Hiroshi"}},
        {"Foreign Minister Pyotr Morozov met Foreign Minister Kim Min-seo in Lima on Monday, spokesman Ivan Petrenko said.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"The talks in Lima on Monday were the first since President Ana Ruiz Olmedo took office, analysts said.", "talks", {NULL}},
        {"Foreign Minister Pyotr Morozov met Foreign Minister Kim Min-seo in Lima on Monday. A ministry spokeswoman, Olga Sidorova, said the talks went well.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov met Foreign Minister Kim Min-seo in Lima on Monday, a week after Morozov's deputy Ivan Petrenko visited Seoul.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Liam O'Rourke of Ireland landed in Lima on Sunday. On Monday he held talks with his Peruvian counterpart, Rosa Quispe, on fishing rights. The two ministers signed a fisheries pact in Lima.", "talks", {"Rosa Quispe", "Liam O'Rourke"}},
        {"Prime Minister Wang Jianhua, who arrived on Sunday, met President Tomas Vargas Llosa in Lima on Monday.", "meeting", {"Wang Jianhua", "Tomas Vargas Llosa"}},
        {"Vargas Llosa met Wang in Lima on Monday. President Tomas Vargas Llosa and Prime Minister Wang Jianhua discussed trade.", "meeting", {"Tomas Vargas Llosa", "Wang Jianhua"}},
        {"In Lima on Monday, Foreign Minister Kim Min-seo met her Chilean counterpart Ana Ruiz Olmedo.", "meeting", {"Kim Min-seo", "Ana Ruiz Olmedo"}},
        {"Foreign Minister Kim Min-seo met on Monday in Lima with Ana Ruiz Olmedo, her Chilean counterpart.", "meeting", {"Kim Min-seo", "Ana Ruiz Olmedo"}},
    };
    check_persons_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer persons37), the grid continued: persons
 * told across sentences and around the event's phrase (docs/accuracy.md).
 * The first rows failed before; the rest held already. */
static void events_thirty_seventh_round_persons_across(void **state)
{
    (void)state;
    static const persons_case_t cases[] = {
        /* A title given by an apposition after the name, then "the
         * (foreign) minister" or "the C minister" for its holder; a
         * former holder is none, and a description with its own name
         * after a comma is that name's. */
        {"Kim Min-seo, South Korea's foreign minister, arrived in Quito on Sunday. The minister met President Ana Ruiz "
         "Olmedo in Lima on Monday.",
         "meeting",
         {"Kim Min-seo", "Ana Ruiz Olmedo"}},
        {"Kim Min-seo, the South Korean foreign minister, arrived in Quito on Sunday. The foreign minister met "
         "President Ana Ruiz Olmedo in Lima on Monday.",
         "meeting",
         {"Kim Min-seo", "Ana Ruiz Olmedo"}},
        {"Kim Min-seo, South Korea's foreign minister, arrived in Quito on Sunday. The South Korean minister met "
         "President Ana Ruiz Olmedo in Lima on Monday.",
         "meeting",
         {"Kim Min-seo", "Ana Ruiz Olmedo"}},
        {"Pyotr Morozov, a former foreign minister, arrived in Quito on Sunday. The foreign minister met officials in "
         "Lima on Monday.",
         "meeting",
         {NULL}},
        {"Foreign Minister Pyotr Morozov arrived in Quito on Sunday. The foreign minister, Rosa Quispe, met officials "
         "in Lima on Monday.",
         "meeting",
         {"Rosa Quispe"}},
        /* A gathering in an opening phrase ("In a meeting with A, B
         * said"): the main clause's subject is the other party; a
         * spokesman there is not. */
        {"In a meeting with President Ana Ruiz Olmedo in Lima on Monday, Foreign Minister Pyotr Morozov said trade "
         "would grow.",
         "meeting",
         {"Ana Ruiz Olmedo", "Pyotr Morozov"}},
        {"After talks with President Ana Ruiz Olmedo in Lima on Monday, spokesman Ivan Petrenko said trade would grow.",
         "talks",
         {"Ana Ruiz Olmedo"}},
        /* "counterparts" as a group whose members the next sentence lists
         * by country (rules/group_nouns.txt). */
        {"Foreign Minister Rosa Quispe hosted her Chilean and Bolivian counterparts in Lima on Monday. Ana Ruiz Olmedo "
         "of Chile and Juan Mamani of Bolivia discussed water rights.",
         "meeting",
         {"Rosa Quispe", "Ana Ruiz Olmedo", "Juan Mamani"}},
        /* A name no list knows and no title marks, told as a person's by a
         * meeting's verb right after it or by "met" and "talks with" before
         * it; "Shri" an honorific as "Mr" is (rules/person_titles.txt). */
        {"Olusegun Adeyemi met President Ana Ruiz Olmedo in Lima on Monday.",
         "meeting",
         {"Olusegun Adeyemi", "Ana Ruiz Olmedo"}},
        {"Jean-Yves Le Gall hosted President Ana Ruiz Olmedo in Lima on Monday.",
         "meeting",
         {"Jean-Yves Le Gall", "Ana Ruiz Olmedo"}},
        {"President Ana Ruiz Olmedo met Jakub Nowak in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Jakub Nowak"}},
        {"President Ana Ruiz Olmedo held talks with Zhang Wei in Lima on Monday.",
         "talks",
         {"Ana Ruiz Olmedo", "Zhang Wei"}},
        {"Shri Ravi Menon met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Ravi Menon", "Ana Ruiz Olmedo"}},
        /* Rows of the grid that held before the round. */
        {"Talks between Foreign Minister Pyotr Morozov and Foreign Minister Kim Min-seo opened in Lima on Monday.", "talks", {"Pyotr Morozov", "Kim Min-seo"}},
        {"A meeting between President Ana Ruiz Olmedo and Prime Minister Wang Jianhua took place in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Wang Jianhua"}},
        {"Morozov's visit to Lima on Monday was his first since 2019. Foreign Minister Pyotr Morozov met President Ana Ruiz Olmedo.", "visit", {"Pyotr Morozov"}},
        {"Foreign Minister Pyotr Morozov was in Lima on Monday for talks with President Ana Ruiz Olmedo.", "talks", {"Pyotr Morozov", "Ana Ruiz Olmedo"}},
        {"Foreign Minister Pyotr Morozov and his Peruvian counterpart Rosa Quispe met in Lima on Monday.", "meeting", {"Pyotr Morozov", "Rosa Quispe"}},
        {"A delegation led by Foreign Minister Pyotr Morozov arrived in Lima on Monday.", "visit", {"Pyotr Morozov"}},
        {"Foreign Minister Pyotr Morozov arrived in Lima on Monday, accompanied by Trade Minister Olga Sidorova.", "visit", {"Pyotr Morozov", "Olga Sidorova"}},
        {"Foreign Minister Pyotr Morozov met Kim Min-seo on the sidelines of the trade forum in Lima on Monday.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov said after meeting President Ana Ruiz Olmedo in Lima on Monday that trade would grow.", "meeting", {"Pyotr Morozov", "Ana Ruiz Olmedo"}},
        {"President Ana Ruiz Olmedo and Prime Minister Wang Jianhua signed a trade pact in Lima on Monday.", "agreement", {"Ana Ruiz Olmedo", "Wang Jianhua"}},
        {"The trade pact was signed by President Ana Ruiz Olmedo and Prime Minister Wang Jianhua in Lima on Monday.", "agreement", {"Ana Ruiz Olmedo", "Wang Jianhua"}},
        {"Pyotr Morozov, 62, met Kim Min-seo in Lima on Monday.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Pyotr Morozov, a former general, met Kim Min-seo in Lima on Monday.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov arrived in Quito on Sunday. Mr Morozov met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Pyotr Morozov", "Ana Ruiz Olmedo"}},
        {"Foreign Minister Kim Min-seo arrived in Quito on Sunday. Ms. Kim met President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Kim Min-seo", "Ana Ruiz Olmedo"}},
        {"President Ana Ruiz Olmedo of Chile met President Tomas Vargas Llosa of Peru in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Tomas Vargas Llosa"}},
        {"Peru's President Tomas Vargas Llosa met Chile's President Ana Ruiz Olmedo in Lima on Monday.", "meeting", {"Tomas Vargas Llosa", "Ana Ruiz Olmedo"}},
        {"Foreign Minister Pyotr Morozov met Foreign Minister Kim Min-seo in Quito on Sunday. The two ministers met again in Lima on Monday.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov spoke with Foreign Minister Kim Min-seo on Sunday. Both ministers will meet in Lima on Monday.", "meeting", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov held a phone call with Foreign Minister Kim Min-seo from Lima on Monday.", "call", {"Pyotr Morozov", "Kim Min-seo"}},
        {"Foreign Minister Pyotr Morozov arrived in Lima on Monday. He was greeted by Foreign Minister Rosa Quispe.", "visit", {"Pyotr Morozov"}},
        {"Foreign Minister Pyotr Morozov arrived in Lima on Monday. There he met Foreign Minister Rosa Quispe.", "meeting", {"Rosa Quispe", "Pyotr Morozov"}},
        {"Foreign Minister Pyotr Morozov arrived in Lima on Monday. The visiting minister met Foreign Minister Rosa Quispe.", "meeting", {"Pyotr Morozov", "Rosa Quispe"}},
        {"President Ana Ruiz Olmedo is due to visit Lima next week, her office said.", "visit", {"Ana Ruiz Olmedo"}},
        {"President Ana Ruiz Olmedo will hold talks with President Tomas Vargas Llosa in Lima next week, officials said.", "talks", {"Ana Ruiz Olmedo", "Tomas Vargas Llosa"}},
        {"Chinese Foreign Minister Wang Jianhua met Peruvian President Tomas Vargas Llosa in Lima on Monday, his ministry said on Tuesday.", "meeting", {"Wang Jianhua", "Tomas Vargas Llosa"}},
        {"Emir Hamad bin Khalid met President Tomas Vargas Llosa in Lima on Monday.", "meeting", {"Hamad bin Khalid", "Tomas Vargas Llosa"}},
        {"Crown Prince Faisal bin Salem al-Dosari met President Tomas Vargas Llosa in Lima on Monday.", "meeting", {"Faisal bin Salem al-Dosari", "Tomas Vargas Llosa"}},
        {"Foreign Minister Pyotr Morozov and Foreign Minister Park Ji-hoon met in Lima on Monday.", "meeting", {"Pyotr Morozov", "Park Ji-hoon"}},
        {"Foreign Minister Kim Min-seo met Lee Jae-hoon, the North Korean envoy, in Lima on Monday.", "meeting", {"Kim Min-seo", "Lee Jae-hoon"}},
        {"Vice Foreign Minister Ivanova Yekaterina Petrovna met Foreign Minister Rosa Quispe in Lima on Monday.", "meeting", {"Ivanova Yekaterina Petrovna", "Rosa Quispe"}},
        {"Minister of Foreign Affairs Rosa Quispe met Minister of Trade Hendrik de Vries in Lima on Monday.", "meeting", {"Rosa Quispe", "Hendrik de Vries"}},
        {"Foreign Minister Rosa Quispe met Dutch Foreign Minister Hendrik de Vries in Lima on Monday. De Vries said trade would grow.", "meeting", {"Rosa Quispe", "Hendrik de Vries"}},
        {"Ambassador Ines Garcia-Marquez met Foreign Minister Rosa Quispe in Lima on Monday.", "meeting", {"Ines Garcia-Marquez", "Rosa Quispe"}},
        {"The foreign ministers of Chile and Peru, Ana Ruiz Olmedo and Rosa Quispe, met in Lima on Monday.", "meeting", {"Ana Ruiz Olmedo", "Rosa Quispe"}},
        {"Foreign Minister Pyotr Morozov began a tour of South America on Sunday. In Lima on Monday, he met President Tomas Vargas Llosa.", "meeting", {"Tomas Vargas Llosa", "Pyotr Morozov"}},
        {"Foreign Minister Pyotr Morozov began a tour of South America on Sunday. The minister arrived in Lima on Monday.", "visit", {"Pyotr Morozov"}},
        {"Rosa Quispe, Peru's foreign minister, said on Sunday that she would meet Kim Min-seo. The two met in Lima on Monday.", "meeting", {"Rosa Quispe", "Kim Min-seo"}},
        {"Foreign Minister Rosa Quispe welcomed Foreign Minister Kim Min-seo to Lima on Monday.", "meeting", {"Rosa Quispe", "Kim Min-seo"}},
        {"Foreign Minister Kim Min-seo paid a visit to Lima on Monday.", "visit", {"Kim Min-seo"}},
        {"Foreign Minister Kim Min-seo made a two-day trip to Lima on Monday.", "visit", {"Kim Min-seo"}},
        {"Foreign Minister Kim Min-seo's visit to Lima on Monday drew protests.", "visit", {"Kim Min-seo"}},
        {"Foreign Minister Kim Min-seo met Foreign Minister Rosa Quispe in Lima on Monday. Quispe told reporters the talks were useful.", "meeting", {"Kim Min-seo", "Rosa Quispe"}},
        {"Foreign Minister Kim Min-seo received a letter from President Tomas Vargas Llosa in Lima on Monday.", "letter", {"Kim Min-seo", "Tomas Vargas Llosa"}},
        {"President Tomas Vargas Llosa sent a letter to President Ana Ruiz Olmedo from Lima on Monday.", "letter", {"Tomas Vargas Llosa", "Ana Ruiz Olmedo"}},
        {"The Chilean delegation, headed by Foreign Minister Ana Ruiz Olmedo, held talks in Lima on Monday.", "talks", {"Ana Ruiz Olmedo"}},
        {"Foreign Minister Ana Ruiz Olmedo headed the Chilean delegation at talks in Lima on Monday.", "talks", {"Ana Ruiz Olmedo"}},
        {"Defence Minister Liam O'Rourke toured a naval base near Lima on Monday.", "visit", {"Liam O'Rourke"}},
        {"Foreign Minister Kim Min-seo attended a conference in Lima on Monday.", "meeting", {"Kim Min-seo"}},
        {"Foreign Minister Kim Min-seo joined President Tomas Vargas Llosa for talks in Lima on Monday.", "talks", {"Kim Min-seo", "Tomas Vargas Llosa"}},
        {"President Tomas Vargas Llosa will meet Prime Minister Wang Jianhua in Lima on Monday, his spokeswoman Olga Sidorova said.", "meeting", {"Tomas Vargas Llosa", "Wang Jianhua"}},
    };
    check_persons_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer persons37b), a second persons grid:
 * persons a sentence after a gathering names, by who led a side ("The C
 * side was led by X", "X led the C delegation") or who attended ("Among
 * those attending were A and B", "Leaders including A and B attended")
 * (docs/accuracy.md). The first rows failed before; the rest held. */
/* Thirty-eighth round (engineer persons38): who took part, in encyclopedia
 * and history writing. A lead names its subject with a bracket of life
 * dates and gives the title later used alone ("X (1919 - 1980) was the last
 * Shah of C. ... the Shah"); "he" in a sentence whose own subject is "he"
 * goes back past the names it holds; a compass word before a country is no
 * given name; a text about one person (its lead, or a list of that person's
 * trips) gives the person to each event the sentence names no one for.
 * Invented names and sentences; headline given per row. */
typedef struct {
    const char *headline, *body, *type, *place;
    const char *persons[4];
} subject_case_t;

static void events_thirty_eighth_round_subject(void **state)
{
    (void)state;
    static const subject_case_t cases[] = {
        /* "he" whose sentence's own subject is "he": not the object there. */
        {"A tour",
         "President Luis Quispe Huaman flew to Chile on Monday. On Tuesday he met King Faisal Al Nahran in "
         "Santiago. On Friday he travelled to Lima.",
         "visit", "lima", {"Luis Quispe Huaman"}},
        /* a lead's bracket of life dates marks a name no list knows */
        {"Oyvind Falkrath",
         "Oyvind Falkrath (1918 - 1970) was a Chilean diplomat. Falkrath visited Lima in 1955.",
         "visit", "lima", {"Oyvind Falkrath"}},
        /* the lead's predicate gives the title used alone later */
        {"Tamim bin Khalid Al Bahar",
         "Tamim bin Khalid Al Bahar (born 1980) is the Emir of Qatar. The Emir visited Lima in 2015.",
         "visit", "lima", {"Tamim bin Khalid Al Bahar"}},
        {"Helmut von Rastatt",
         "Helmut von Rastatt (1930 - 2017) was Chancellor of Austria from 1982 to 1998. In 1987 the Chancellor "
         "visited Lima.",
         "visit", "lima", {"Helmut von Rastatt"}},
        /* "West Germany" is no person for a later "he" */
        {"A chancellor",
         "Helmut Rastatt was Chancellor of West Germany from 1982 to 1998. He visited Lima in 1987.",
         "visit", "lima", {"Helmut Rastatt"}},
        /* the text's subject, for an event whose sentence names no one */
        {"Mirza Reza Kadivar",
         "Mirza Reza Kadivar (1919 - 1980) was the last Shah of Persia. The Shah made many state visits. A state "
         "visit to Lima followed in 1963.",
         "visit", "lima", {"Mirza Reza Kadivar"}},
        {"Foreign trips of Arturo Bellamy Soto",
         "On 12 March 2010, a state visit to Lima.",
         "visit", "lima", {"Arturo Bellamy Soto"}},
        {"Trips",
         "This is a list of foreign trips made by Arturo Bellamy Soto as President of Chile. In June 2010, talks in "
         "Lima with Prime Minister Kenji Takahara.",
         "talks", "lima", {"Kenji Takahara", "Arturo Bellamy Soto"}}, /* the subject added last */
        {"Kenji Takahara's foreign trips",
         "Prime Minister Kenji Takahara made twelve trips abroad in his first year. A two-day visit to Lima "
         "followed in March 2007.",
         "visit", "lima", {"Kenji Takahara"}},
        /* guards: no subject in a text about two countries, nor in a
         * headline whose "visits" is a verb */
        {"Chile-Peru relations",
         "Chile and Peru established relations in 1822. In 1990 a trade agreement was signed in Lima.",
         "agreement", "lima", {NULL}},
        {"President Arturo Bellamy Soto visits Peru",
         "Envoys met in Lima on Monday.",
         "meeting", "lima", {NULL}},
        /* whose trips a list's lead names, though no list knows the name */
        {"Trips",
         "This is a list of foreign trips made by Oyvind Falkrath, the President of Chile. On 12 March 2010, a "
         "state visit to Lima.",
         "visit", "lima", {"Oyvind Falkrath"}},
        /* a group that acts is not the list's person */
        {"List of visits by Oyvind Falkrath",
         "On 12 March 2010, envoys met in Lima.",
         "meeting", "lima", {NULL}},
        /* a given name in a headline in title case before a verb is no
         * name's start ("Anwar Calls Quintero") */
        {"Anwar Calls Quintero a Liar",
         "President Anwar Haddad met Foreign Minister Rosa Quintero in Lima on Monday.",
         "meeting", "lima", {"Anwar Haddad", "Rosa Quintero"}},
        {"Tomas Ferreyra Quiroga",
         "Tomas Ferreyra Quiroga (1918 - 1970) was a Chilean diplomat. In 1955 President Luis Quispe Huaman visited "
         "Lima.",
         "visit", "lima", {"Luis Quispe Huaman"}},
    };
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[1024];
        size_t n = 0;
        while (n < 4 && cases[i].persons[n])
            n++;
        snprintf(text, sizeof text, "date 2025-06-12\n%s\n\n%s\n", cases[i].headline, cases[i].body);
        check_event_persons(ctx, text, cases[i].type, cases[i].place, cases[i].persons, n);
    }
    dm_context_destroy(ctx);
}

/* Thirty-ninth round (persons39), wire copy: a leader named in the lead
 * by one head's title ("Nigerian President X") and told again in the next
 * paragraph as "the Nigerian leader" or "the Saudi monarch"
 * (rules/leader_titles.txt, rules/royal_titles.txt); a delegation's talks
 * told in a "who" clause after a group ("his ministers, who held talks")
 * are the group's, not the leader's. Invented stories and names. */
static void events_thirty_ninth_round_wire_persons(void **state)
{
    (void)state;
    static const struct {
        const char *headline, *body, *type, *place;
        const char *persons[4];
    } cases[] = {
        {"Nigerian president in Peru",
         "LIMA, March 4 (Reuters) - Nigerian President Chidi Okonkwo arrived in Peru on Tuesday for a three-day state "
         "visit, officials said.\n\nThe Nigerian leader met President Rosa Valdivia in Lima on Wednesday and discussed "
         "trade, a government statement said.",
         "meeting", "lima", {"Chidi Okonkwo", "Rosa Valdivia"}},
        {"Jordan premier in Peru",
         "LIMA, March 4 (AFP) - Jordanian Prime Minister Karim al-Haddad flew to Peru on Tuesday.\n\nThe Jordanian "
         "leader held talks with Foreign Minister Ana Quispe in Lima on Wednesday, her office said.",
         "talks", "lima", {"Karim al-Haddad", "Ana Quispe"}},
        {"Saudi king in Peru",
         "LIMA, March 4 (Reuters) - Saudi King Faisal bin Turki arrived in Peru on Tuesday, officials said.\n\nThe "
         "Saudi monarch met President Luis Rojas in Lima on Wednesday.",
         "meeting", "lima", {"Faisal bin Turki", "Luis Rojas"}},
        {"Korean president in Peru",
         "LIMA, March 4 (Yonhap) - South Korean President Park Ji-hoon landed in Peru on Tuesday.\n\nThe South Korean "
         "leader held talks with President Luis Rojas in Lima on Wednesday, officials said.",
         "talks", "lima", {"Park Ji-hoon", "Luis Rojas"}},
        {"Ghana president in Peru",
         "LIMA, March 4 (AFP) - Ghana's President Kwame Mensah arrived in Peru on Tuesday for talks.\n\nThe Ghanaian "
         "leader met President Luis Rojas in Lima on Wednesday, the presidency said.",
         "meeting", "lima", {"Kwame Mensah", "Luis Rojas"}},
        {"German chancellor in Peru",
         "LIMA, March 4 (Reuters) - German Chancellor Jonas Weber arrived in Peru on Tuesday.\n\nThe German leader "
         "met President Luis Rojas in Lima on Wednesday.",
         "meeting", "lima", {"Jonas Weber", "Luis Rojas"}},
        /* guard: a minister is no leader ("Foreign Minister" is not
         * "Prime Minister") */
        {"Ministers in Peru",
         "LIMA, March 4 (AP) - Chilean Foreign Minister Ana Fuentes arrived in Peru on Tuesday.\n\nThe Chilean "
         "leader met President Luis Rojas in Lima on Wednesday.",
         "meeting", "lima", {"Luis Rojas"}},
        /* who took part, told in the next paragraph after "Taking part
         * (in the talks ...) were", titles with a country's possessive
         * and a hyphenated office before the names */
        {"Peru and Ghana in talks",
         "LIMA, March 4 (Reuters) - Peru and Ghana held talks in Lima on Tuesday on trade.\n\nTaking part in the trade "
         "talks were Peruvian Foreign Minister Ana Quispe and Ghanaian Trade Minister Ama Osei.",
         "talks", "lima", {"Ana Quispe", "Ama Osei"}},
        {"Envoys meet",
         "NEW YORK, March 4 - Chile and Peru held a meeting in New York on Tuesday.\n\nTaking part in the round at a "
         "hotel were Peru's envoy, Wu Lanfei, and the director-general of Chile's Foreign Ministry, Tomas "
         "Ibarra.",
         "meeting", "new-york", {"Wu Lanfei", "Tomas Ibarra"}},
        /* "his/their [words] NOUN with Z": the possessor (a name in a
         * subject's place; "their": the last two joined by "and") and Z,
         * no other name of the sentence */
        {"Rojas to brief minister",
         "LIMA, March 4 (AFP) - President Luis Rojas was due to update Foreign Minister Ana Quispe on his talks "
         "in Geneva in February with Swedish Prime Minister Erik Lindqvist, officials said.",
         "talks", "geneva", {"Luis Rojas", "Erik Lindqvist"}},
        {"Quispe to follow up",
         "LIMA, March 4 (AFP) - Quispe would discuss with Foreign Minister Ama Osei decisions made by President Kwame "
         "Mensah and Chancellor Jonas Weber during their joint meeting in Geneva with President Luis Rojas in "
         "January, a spokeswoman said.",
         "meeting", "geneva", {"Kwame Mensah", "Jonas Weber", "Luis Rojas"}},
        /* an idea's author after "proposed by" is only mentioned
         * (rules/proposing_verbs.txt) */
        {"Weber in Peru",
         "LIMA, March 4 (Reuters) - German Chancellor Jonas Weber is expected to seek support for an idea first "
         "proposed by German Farm Minister Ana Quispe on his four-day visit to Lima.",
         "visit", "lima", {"Jonas Weber"}},
        /* guard: the speaker is the possessor */
        {"Rojas on talks",
         "LIMA, March 4 (Reuters) - President Luis Rojas said his talks in Geneva with Chancellor Jonas Weber and "
         "President Kwame Mensah on Monday had gone well.",
         "talks", "geneva", {"Luis Rojas", "Jonas Weber", "Kwame Mensah"}},
        /* a country's saying with no speaker: the titled person who
         * speaks in the next paragraph, of no other country */
        {"Peru backs pact",
         "LIMA, March 4 (AP) - Peru said Friday it backed the new trade pact between its neighbours.\n\nForeign "
         "Minister Ana Quispe said the pact would help the whole region.",
         "statement", "lima", {"Ana Quispe"}},
        {"Chile accepts ruling",
         "SANTIAGO, March 4 (AFP) - Chile, which had opposed the case, said on Friday it respected the court's ruling "
         "on former leader Tomas Ibarra.\n\n\"We accept the decision,\" Foreign Minister Ignacio Fuentes said in a "
         "statement.",
         "statement", "santiago", {"Ignacio Fuentes"}},
        /* guard: a speaker of another country is not the country's */
        {"Chile accepts ruling",
         "SANTIAGO, March 4 (AFP) - Chile said on Friday it respected the court's ruling.\n\nPeruvian Foreign "
         "Minister Ana Quispe said the ruling was fair.",
         "statement", "santiago", {NULL}},
        /* "when the two met": the name before the plural subject in its
         * own sentence and the one named in the paragraph before */
        {"Korean minister to visit Peru",
         "SEOUL, March 4 (Yonhap) - South Korean Foreign Minister Han Seo-yeon will visit Peru next month, officials "
         "said Friday.\n\nPeru's Foreign Minister Ana Quispe offered the invitation in January when the two met in "
         "Lima, a spokeswoman said.",
         "meeting", "lima", {"Ana Quispe", "Han Seo-yeon"}},
        /* a group's talks in a "who" clause: not the leader's */
        {"Jordan premier in Peru",
         "LIMA, March 4 (AFP) - Jordanian Prime Minister Karim al-Haddad arrived in Peru on Tuesday.\n\nAl-Haddad "
         "was accompanied by his trade and energy ministers, who held talks with their Peruvian counterparts in Lima "
         "on Wednesday.",
         "talks", "lima", {NULL}},
    };
    dm_context_t *ctx = dm_context_create();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[1024];
        size_t n = 0;
        while (n < 4 && cases[i].persons[n])
            n++;
        snprintf(text, sizeof text, "date 2026-03-04\n%s\n\n%s\n", cases[i].headline, cases[i].body);
        check_event_persons(ctx, text, cases[i].type, cases[i].place, cases[i].persons, n);
    }
    dm_context_destroy(ctx);
}

/* Thirty-eighth round (persons38), history sentences: an unlisted name in a
 * list beside a person's, a dated noun's "of" and passive "attended by", a
 * compass word before a demonym, a name after "the death of", and given
 * names of leaders from several traditions. Invented names. */
static void events_thirty_eighth_round_history(void **state)
{
    (void)state;
    static const persons_case_t cases[] = {
        {"The summit in Lima in 1999 was attended by the presidents of Chile and Bolivia, Ana Ruiz Olmedo and Evo "
         "Mamani Choque.",
         "meeting",
         {"Ana Ruiz Olmedo", "Evo Mamani Choque"}},
        {"In 1999 Ana Ruiz Olmedo, Evo Mamani Choque and Luis Quispe Huaman met in Lima.",
         "meeting",
         {"Ana Ruiz Olmedo", "Evo Mamani Choque", "Luis Quispe Huaman"}},
        {"The 1999 summit in Lima was attended by Ana Ruiz Olmedo, Evo Mamani Choque and Luis Quispe Huaman.",
         "meeting",
         {"Ana Ruiz Olmedo", "Evo Mamani Choque", "Luis Quispe Huaman"}},
        {"In 1987 Chancellor Helmut von Rastatt became the first West German leader to visit Lima.",
         "visit",
         {"Helmut von Rastatt"}},
        {"In 1980 envoys met in Lima, a year after the death of Shah Mirza Reza Kadivar.", "meeting", {NULL}},
        {"The 1971 visit of King Faisal Al Nahran to Lima was his last.", "visit", {"Faisal Al Nahran"}},
        {"In 1978 Mohammad Reza Kadivar visited Lima.", "visit", {"Mohammad Reza Kadivar"}},
        /* guards: an office's words before "for" are no name in a list */
        {"Envoy Rosa Quintero and Special Regional Coordinator for Andean Trade Tomas Ibarra visited Lima on "
         "Monday.",
         "visit",
         {"Rosa Quintero", "Tomas Ibarra"}},
    };
    check_persons_cases(cases, sizeof cases / sizeof cases[0]);
}

static void events_thirty_seventh_round_persons_after(void **state)
{
    (void)state;
    static const persons_case_t cases[] = {
        {"Peru and Chile held talks in Lima on Monday. The Chilean side was led by Foreign Minister Ana Ruiz Olmedo.",
         "talks",
         {"Ana Ruiz Olmedo"}},
        {"Peru and Chile held talks in Lima on Monday. The Chilean delegation was led by Foreign Minister Ana Ruiz "
         "Olmedo.",
         "talks",
         {"Ana Ruiz Olmedo"}},
        {"Peru and Chile held talks in Lima on Monday. The Chilean delegation, led by Foreign Minister Ana Ruiz "
         "Olmedo, asked for more trade.",
         "talks",
         {"Ana Ruiz Olmedo"}},
        {"Peru and Chile held talks in Lima on Monday. The Chilean side was headed by Deputy Minister Tomas Vargas "
         "Llosa.",
         "talks",
         {"Tomas Vargas Llosa"}},
        {"Officials from Peru and Kenya held talks in Lima on Monday. The Kenyan delegation was led by Trade Minister "
         "Wanjiru Kamau.",
         "talks",
         {"Wanjiru Kamau"}},
        {"Peru and Chile held talks in Lima on Monday. The Peruvian side was led by Foreign Minister Luis Quispe "
         "Huaman, and the Chilean side by Foreign Minister Ana Ruiz Olmedo.",
         "talks",
         {"Luis Quispe Huaman", "Ana Ruiz Olmedo"}},
        {"Delegations from Peru and Japan met in Lima on Monday. The Japanese team was led by Vice Minister Kenji "
         "Takahashi.",
         "meeting",
         {"Kenji Takahashi"}},
        {"Peru and Vietnam held talks in Lima on Monday. The Vietnamese delegation was led by Deputy Prime Minister "
         "Tran Quoc Bao.",
         "talks",
         {"Tran Quoc Bao"}},
        {"Peru and Chile held talks in Lima on Monday. The Chilean delegation was led by Ana Ruiz Olmedo, the foreign "
         "minister.",
         "talks",
         {"Ana Ruiz Olmedo"}},
        {"Peru and Chile held talks in Lima on Monday. Foreign Minister Ana Ruiz Olmedo led the Chilean delegation.",
         "talks",
         {"Ana Ruiz Olmedo"}},
        {"A summit on trade was held in Lima on Monday. Among those attending were President Kim Min-seo and Premier "
         "Li Qiang.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        {"A summit on trade was held in Lima on Monday. Leaders including President Kim Min-seo and Premier Li Qiang "
         "attended.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        {"A summit on trade was held in Lima on Monday. It was attended by President Kim Min-seo and Premier Li Qiang.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        {"A summit on trade was held in Lima on Monday. President Kim Min-seo and Premier Li Qiang were among those "
         "attending.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        {"A summit on trade was held in Lima on Monday. Attending were President Kim Min-seo and Premier Li Qiang.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        {"A summit on trade was held in Lima on Monday. Among the guests were President Kim Min-seo and Premier Li "
         "Qiang.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        /* "the plan of X", "the proposal of X": X only mentioned
         * (rules/proposal_nouns.txt). */
        {"Envoys met in Lima on Monday to discuss the plan of President Kim Min-seo.", "meeting", {NULL}},
        {"Envoys met in Lima on Monday to discuss the proposal of Premier Li Qiang.", "meeting", {NULL}},
        {"Foreign Minister Ana Ruiz Olmedo met envoys in Lima on Monday to discuss the plan of President Kim "
         "Min-seo.",
         "meeting",
         {"Ana Ruiz Olmedo"}},
        /* Rows of the grid that held before. */
        {"The Chinese premier met President Luis Quispe Huaman in Lima on Tuesday.", "meeting", {"Luis Quispe Huaman"}},
        {"President Luis Quispe Huaman hosted Premier Li Qiang in Lima on Tuesday. The Chinese premier praised the "
         "talks.",
         "meeting",
         {"Luis Quispe Huaman", "Li Qiang"}},
        {"Foreign Minister Ana Ruiz Olmedo and Foreign Minister Karim al-Haddad spoke by phone on Sunday. They met in "
         "Lima on Monday.",
         "meeting",
         {"Ana Ruiz Olmedo", "Karim al-Haddad"}},
        {"Foreign Minister Ana Ruiz Olmedo flew to Peru to see Foreign Minister Luis Quispe Huaman. The two ministers "
         "held talks in Lima on Monday.",
         "talks",
         {"Ana Ruiz Olmedo", "Luis Quispe Huaman"}},
        {"President Kim Min-seo and Premier Li Qiang arrived in Peru on Sunday. The two leaders met in Lima on Monday.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        {"President Kim Min-seo and Premier Li Qiang arrived in Peru on Sunday. The pair met in Lima on Monday.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        {"President Kim Min-seo and Premier Li Qiang arrived in Peru on Sunday. Both leaders met in Lima on Monday.",
         "meeting",
         {"Kim Min-seo", "Li Qiang"}},
        {"Trade Minister Wanjiru Kamau and Trade Minister Kenji Takahashi spoke on Sunday. The two men signed a deal "
         "in Lima on Monday.",
         "agreement",
         {"Wanjiru Kamau", "Kenji Takahashi"}},
        {"The two leaders met in Lima on Monday.", "meeting", {NULL}},
        {"Envoys met in Lima on Monday to discuss President Kim Min-seo's plan.", "meeting", {NULL}},
        {"Foreign Minister Bui Thanh Son met Luis Quispe Huaman in Lima on Monday.",
         "meeting",
         {"Bui Thanh Son", "Luis Quispe Huaman"}},
        {"Foreign Minister Abu Bakr al-Masri met Luis Quispe Huaman in Lima on Monday.",
         "meeting",
         {"Abu Bakr al-Masri", "Luis Quispe Huaman"}},
        {"Foreign Minister María de la Cruz Rivas met Luis Quispe Huaman in Lima on Monday.",
         "meeting",
         {"María de la Cruz Rivas", "Luis Quispe Huaman"}},
        {"Deputy Minister Le Van Hoa held talks with Luis Quispe Huaman in Lima on Monday.",
         "talks",
         {"Le Van Hoa", "Luis Quispe Huaman"}},
        {"President Luis Quispe Huaman met Nguyen Thi Son in Lima on Monday.",
         "meeting",
         {"Luis Quispe Huaman", "Nguyen Thi Son"}},
        {"President Luis Quispe Huaman met Chen Yang in Lima on Monday.",
         "meeting",
         {"Luis Quispe Huaman", "Chen Yang"}},
        {"President Luis Quispe Huaman met Juan Carlos de la Vega in Lima on Monday.",
         "meeting",
         {"Luis Quispe Huaman", "Juan Carlos de la Vega"}},
        {"Envoys met at the San Marcos hall in Lima on Monday.", "meeting", {NULL}},
        {"Envoys from Van met in Lima on Monday.", "meeting", {NULL}},
        /* An airline named "<word> Air" is a company, no person
         * (rules/org_words.txt). */
        {"Andes Air wrote to the aviation body in Lima on Monday.", "letter", {NULL}},
    };
    check_persons_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer persons37), guard of the meeting's verb
 * that marks a name no list knows: "Cusco-based X met ..." keeps Cusco a
 * place, its word no part of a name. */
static void events_thirty_seventh_round_based_place(void **state)
{
    (void)state;
    static const char text[] = "date 2025-06-12\nA report on trade\n\nCusco-based Quiroga met trade envoys in Lima "
                               "on Monday.\n";
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "based.txt", NULL, &s), DM_OK);
    json_t *root = story_json(s), *p;
    size_t k;
    int cusco = 0;
    json_array_foreach(json_object_get(root, "places"), k, p)
    {
        cusco |= strcmp(json_string_value(json_object_get(p, "name")), "Cusco") == 0;
    }
    assert_true(cusco);
    json_decref(root);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Twenty-fifth round (engineer describe): a person named by a
 * description or a pronoun is the person the text named before with that
 * title and country. */
static void events_twenty_fifth_round_describe(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* A capitalised bare title with no name after it. */
    static const char *const lady[] = {"Ana Rojas", "Carlos Mendez"};
    check_event_persons(ctx,
                        "date 2025-06-12\nMinisters meet in the region\n\nFirst Lady Ana Rojas will travel to "
                        "Peru next week.\n\nOn Monday the First Lady met President Carlos Mendez in Lima.\n",
                        "meeting", "lima", lady, 2);
    /* A country's name before the title, as a demonym is. */
    static const char *const baker[] = {"Rosa Quintero", "Tom Baker"};
    check_event_persons(ctx,
                        "date 2025-06-12\nMinisters meet in the region\n\nU.S. President Tom Baker spoke in "
                        "Boston on Monday.\n\nChilean Foreign Minister Rosa Quintero met the U.S. president in "
                        "Lima on Friday.\n",
                        "meeting", "lima", baker, 2);
    /* "her Peruvian counterpart": the one Peruvian named with a title;
     * guard: a counterpart named right there is that one. */
    static const char *const petrov[] = {"Rosa Quintero", "Ivan Petrov"};
    check_event_persons(ctx,
                        "date 2025-06-12\nMinisters meet in the region\n\nPeruvian Trade Minister Ivan Petrov "
                        "toured Cusco on Monday.\n\nOn Tuesday Chilean Trade Minister Rosa Quintero held talks "
                        "with her Peruvian counterpart in Lima.\n",
                        "talks", "lima", petrov, 2);
    static const char *const diaz[] = {"Rosa Quintero", "Luis Diaz"};
    check_event_persons(ctx,
                        "date 2025-06-12\nMinisters meet in the region\n\nPeruvian Trade Minister Ivan Petrov "
                        "toured Cusco on Monday.\n\nOn Tuesday Chilean Trade Minister Rosa Quintero held talks "
                        "with her Peruvian counterpart Luis Diaz in Lima.\n",
                        "talks", "lima", diaz, 2);
    /* Guard: a description no one was named with before gives no one. */
    static const char *const alone[] = {"Ivan Petrov"};
    check_event_persons(ctx,
                        "date 2025-06-12\nMinisters meet in the region\n\nTrade Minister Ivan Petrov arrived "
                        "in Quito on Sunday.\n\nThe Bolivian president met Ivan Petrov in Lima on Friday.\n",
                        "meeting", "lima", alone, 1);
    /* A pronoun that says is the statement's speaker; guard: a pronoun
     * after the saying is what was said about. */
    static const char *const quintero[] = {"Rosa Quintero"};
    check_event_persons(ctx,
                        "date 2025-06-12\nMinisters meet in the region\n\nForeign Minister Rosa Quintero met "
                        "Ivan Petrov in Cusco on Monday.\n\n\"The border will open soon,\" she said at a news "
                        "conference in Lima.\n",
                        "statement", "lima", quintero, 1);
    check_event_persons(ctx,
                        "date 2025-06-12\nMinisters meet in the region\n\nTrade Minister Ivan Petrov arrived "
                        "in Cusco on Sunday.\n\nThe ministry said at a news conference in Lima on Monday that he "
                        "would stay a week.\n",
                        "statement", "lima", NULL, 0);
    dm_context_destroy(ctx);
}

/* Twenty-fourth round (engineer attrib): who takes part when a clause
 * stands between the name and the trigger. */
static void events_twenty_fourth_round_attrib(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    /* A relative clause's subject is the name before its comma. */
    static const char *const vega[] = {"Tomas Vega"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nThe Peruvian president received Envoy Tomas Vega, who is on a "
                        "three-day visit, in Lima on Monday.\n",
                        "visit", "lima", vega, 1);
    /* Who shares the speaker's news conference takes part in the
     * statement; not the one the speaker held talks with before it. */
    static const char *const pair[] = {"Rosa Quintero", "Ivan Petrov"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\n\"The border is open again,\" Foreign Minister Rosa Quintero told a "
                        "news conference in Lima with Trade Minister Ivan Petrov that ran late.\n",
                        "statement", "lima", pair, 2);
    static const char *const quintero[] = {"Rosa Quintero"};
    check_event_persons(ctx,
                        "date 2025-06-12\n\nAt a news conference in Lima after her talks with Trade Minister "
                        "Ivan Petrov, Foreign Minister Rosa Quintero said the border was open again.\n",
                        "statement", "lima", quintero, 1);
    /* A country's saying whose clause names someone: the name is what was
     * said, not who spoke; an inverted speaker stays the speaker. */
    check_event_persons(ctx,
                        "date 2025-06-12\n\nSANTIAGO, June 12 (Wire) - Chile, which has no embassy in the region, "
                        "said on Thursday that it backed Minister Rosa Quintero in her dispute.\n",
                        "statement", "santiago", NULL, 0);
    check_event_persons(ctx,
                        "date 2025-06-12\n\nSANTIAGO, June 12 (Wire) - \"We back the ruling,\" said Foreign "
                        "Minister Rosa Quintero at a briefing in Santiago on Thursday.\n",
                        "statement", "santiago", quintero, 1);
    dm_context_destroy(ctx);
}

/* Twenty-fourth round (engineer unseen, issue 14): a year from the wrong
 * frame on unseen news, told in sentences of our own. */
static void events_twenty_fourth_round_unseen(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A range of years ("from March 2011 through May 2013", "from 2011
         * to 2013") is no year its paragraph's undated sentences are in. */
        {"Ferry sales\n\nThe yard sold ferries to the island from March 2011 through May 2013. For a later "
         "report, a journalist visited the yard in Split.\n",
         "visit ? held split"},
        {"Ferry sales\n\nThe yard sold ferries to the island from 2011 to 2013. For a later report, a "
         "journalist visited the yard in Split.\n",
         "visit ? held split"},
        /* ... guard: a year named alone still dates them */
        {"Ferry sales\n\nThe yard sold ferries to the island in 2012. For a later report, a journalist "
         "visited the yard in Split.\n",
         "visit 2012 held split"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-sixth round (engineer pos36, issue 14): a grid of ordinary news
 * phrasings of each kind of event, in sentences of our own (invented
 * names, real places), published on a Tuesday. Each row failed before its
 * rule, or is a guard (docs/accuracy.md, the round's pos36 section). */
static void news_phrasings(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* A host receiving or welcoming a "visiting" leader named by
         * demonym and title is a meeting, as without "visiting". */
        {"date 2026-03-10\n\nBrazilian President Joao Pires received visiting Angolan President Tomas Neto in "
         "Brasilia on Monday.\n",
         "meeting 2026-03-09 held brasilia"},
        {"date 2026-03-10\n\nBrazilian President Joao Pires welcomed visiting Angolan Foreign Minister Rui Dala "
         "in Brasilia on Monday.\n",
         "meeting 2026-03-09 held brasilia"},
        /* Heading "to" a named place is a trip, as heading "for" one is;
         * "travels to" is the headline's present of "travel". */
        {"date 2026-03-10\n\nDanish Foreign Minister Ole Berg headed to Nairobi on Monday.\n",
         "visit 2026-03-09 held nairobi"},
        {"date 2026-03-10\n\nDanish Foreign Minister Ole Berg travels to Nairobi next week.\n",
         "visit 2026-03 planned nairobi"},
        /* ... guards: led by someone, heading to no place */
        {"date 2026-03-10\n\nThe delegation was headed by Ole Berg in Nairobi.\n", ""},
        {"date 2026-03-10\n\nDanish voters headed to the polls on Monday in Copenhagen.\n", ""},
        /* A tour goes to its object: "a tour of A and B" (each a stop),
         * "toured A"; the toured country is no party. A tour of duty is
         * a posting. */
        {"date 2026-03-10\n\nDanish Prime Minister Ole Berg began a tour of Laos and Cambodia on Saturday.\n",
         "visit 2026-03-07 held laos; visit 2026-03-07 held cambodia"},
        {"date 2026-03-10\n\nDanish Prime Minister Ole Berg toured Vietnam on Saturday.\n",
         "visit 2026-03-07 held vietnam"},
        {"date 2026-03-10\n\nDanish Prime Minister Ole Berg toured a factory in Hanoi on Saturday.\n",
         "visit 2026-03-07 held hanoi"},
        {"date 2026-03-10\n\nSergeant Ole Berg served a tour of duty in Iraq in 2019.\n", ""},
        /* "wrote to X" is a letter, as "wrote a letter to X" is; "wrote
         * that" and "wrote in a paper" are none. */
        {"date 2026-03-10\n\nJapanese Prime Minister Kenji Sato wrote to South Korean President Lee Jun on "
         "Tuesday.\n",
         "letter 2026-03-10 held japan/south-korea"},
        {"date 2026-03-10\n\nJapanese Prime Minister Kenji Sato wrote that the plan would fail.\n", ""},
        {"date 2026-03-10\n\nThe columnist wrote in a Tokyo newspaper on Monday that talks had failed.\n", ""},
        /* Thirty-sixth round, third wave (pos36b): "landed in C" is a trip
         * into a named place; a weapon or an aircraft landing is none, nor
         * landing "in hospital" (no named place after "in"). */
        {"date 2026-03-10\n\nDanish Foreign Minister Ole Berg landed in Nairobi on Monday.\n",
         "visit 2026-03-09 held nairobi"},
        {"date 2026-03-10\n\nDanish Foreign Minister Ole Berg landed at Nairobi airport on Monday for talks.\n",
         "visit 2026-03-09 held nairobi"},
        {"date 2026-03-10\n\nA stray rocket landed in Nairobi on Monday.\n", ""},
        {"date 2026-03-10\n\nThe plane carrying Ole Berg landed in Nairobi on Monday.\n", ""},
        {"date 2026-03-10\n\nThe goalkeeper Ole Berg landed in hospital after the match in Nairobi.\n", ""},
        /* ... "touched down in C" is the same landing, with the same
         * guards, and a tornado touching down pays no visit. */
        {"date 2026-03-10\n\nDanish Foreign Minister Ole Berg touched down in Nairobi on Monday.\n",
         "visit 2026-03-09 held nairobi"},
        {"date 2026-03-10\n\nA tornado touched down in Texas on Monday.\n", ""},
        {"date 2026-03-10\n\nKenyan President Tom Odera sat down at the table in Nairobi on Monday.\n", ""},
        /* ... "agreed to" a verb that sets up or brings back links is an
         * agreement with no pact noun (rules/agreed_to_verbs.txt);
         * "agreed to meet" stays a planned meeting. */
        {"date 2026-03-10\n\nFreedonia and Sylvania agreed in Ostrava on Monday to restore ferry links.\n",
         "agreement 2026-03-09 held ostrava"},
        {"date 2026-03-10\n\nFreedonia and Sylvania agreed to exchange captured sailors in Ostrava on Monday.\n",
         "agreement 2026-03-09 held ostrava"},
        {"date 2026-03-10\n\nFreedonia and Sylvania agreed on Monday in Ostrava to reopen their embassies.\n",
         "agreement 2026-03-09 held ostrava"},
        {"date 2026-03-10\n\nThe two envoys agreed to meet again in Ostrava next month.\n",
         "meeting 2026-04 planned ostrava"},
        /* ... an incident "in southern C", "in central C": the part of
         * the country or city is skipped between the cue and the name
         * (rules/region_adjectives.txt); only for incidents. */
        {"date 2026-03-10\n\nSylvanian artillery shelled villages in southern Lebanon on Monday.\n",
         "incident 2026-03-09 held lebanon"},
        {"date 2026-03-10\n\nA parcel bomb exploded in central Kabul on Monday.\n", "incident 2026-03-09 held kabul"},
        /* ... "a video conference" in two words is a call, as a
         * "videoconference" is; a hearing "via video conference" is none
         * (it was a meeting in the court's city before). */
        {"date 2026-03-10\n\nJapanese Prime Minister Kenji Sato held a video conference with South Korean President "
         "Lee Jun on Monday.\n",
         "call 2026-03-09 held -"},
        {"date 2026-03-10\n\nThe smuggler Ole Berg appeared in a Nairobi court via video conference on Monday.\n", ""},
        /* ... a warship heading to a region pays no visit */
        {"date 2026-03-10\n\nTwo frigates and the aircraft carrier Valiant are headed to Oman to guard "
         "shipping.\n",
         ""},
        /* Thirty-seventh round (pos37): "reached C" is a trip when a titled
         * person or a delegation reaches a named place; a figure, a pact,
         * a virus, a storm or troops reach without one. */
        {"date 2026-03-10\n\nDanish Foreign Minister Ole Berg reached Nairobi on Monday.\n",
         "visit 2026-03-09 held nairobi"},
        {"date 2026-03-10\n\nThe Danish delegation reached Nairobi on Monday.\n", "visit 2026-03-09 held nairobi"},
        {"date 2026-03-10\n\nTemperatures in Nairobi reached 40 degrees on Monday.\n", ""},
        {"date 2026-03-10\n\nThe virus reached Nairobi on Monday, officials said.\n", ""},
        {"date 2026-03-10\n\nRebel troops reached Nairobi on Monday.\n", ""},
        /* ... a gathering told back with "the" reaches past an "of" phrase
         * telling who gathers to its place ("the summit of Asian leaders
         * will be held in C", "... opened in C"). */
        {"date 2026-03-10\n\nThe summit of Asian leaders will be held in Hanoi next month.\n",
         "meeting 2026-04 planned hanoi"},
        {"date 2026-03-10\n\nThe summit of Asian leaders opened in Hanoi on Monday.\n",
         "meeting 2026-03-09 held hanoi"},
        {"date 2026-03-10\n\nThe meeting of the two foreign ministers was held in Hanoi on Monday.\n",
         "meeting 2026-03-09 held hanoi"},
        /* ... "led a delegation to C" is a trip toward the named place after
         * "to"; a delegation that speaks, or one sent to talks, is none. */
        {"date 2026-03-10\n\nDanish Prime Minister Ole Berg led a delegation to Hanoi on Monday.\n",
         "visit 2026-03-09 held hanoi"},
        {"date 2026-03-10\n\nDanish Trade Minister Ole Berg will lead a trade delegation to Hanoi next month.\n",
         "visit 2026-04 planned hanoi"},
        {"date 2026-03-10\n\nThe Danish delegation in Hanoi said on Monday that the plan would fail.\n", ""},
        /* ... a host "greeted" a named visitor is a meeting, as "received"
         * is; greeting the news, a team or someone's remarks is none. */
        {"date 2026-03-10\n\nKenyan President Tom Ruto greeted Danish Prime Minister Ole Berg at the airport in "
         "Nairobi on Monday.\n",
         "meeting 2026-03-09 held nairobi"},
        {"date 2026-03-10\n\nDanish Prime Minister Ole Berg greeted the news with relief on Monday.\n", ""},
        {"date 2026-03-10\n\nFans in Nairobi greeted the team on Monday.\n", ""},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-sixth round (engineer neg36, issue 14: the test half invents
 * events from sentences that tell none): a grid of sentences of our own
 * naming a meeting, visit, call, agreement or attack that did not happen
 * or is no news: negation, condition, wish and demand, question, habit,
 * names and capability. Rows marked "fix" failed before the round; the
 * rest are guards that already passed. */
static void negation_constructions(void **state)
{
    (void)state;
#define NEG_DATE "date 2026-03-10\n\n"
    static const line_case_t cases[] = {
        /* Negation. */
        {NEG_DATE "The Freedonian president did not meet the Sylvanian premier in Ostrava on Monday.\n", ""},
        {NEG_DATE "The Freedonian president has never visited Ostrava.\n", ""},
        {NEG_DATE "No talks were held between Freedonia and Sylvania in Ostrava on Monday.\n", ""},
        {NEG_DATE "The Freedonian president left Ostrava without meeting the Sylvanian premier.\n", ""},
        {NEG_DATE "There was no meeting between the two presidents in Ostrava.\n", ""},
        {NEG_DATE "The Freedonian and Sylvanian presidents have not met since 2019.\n", ""},
        {NEG_DATE "Freedonia has never signed the Ostrava treaty.\n", ""},
        {NEG_DATE "Freedonia rejected an invitation to talks in Ostrava.\n", ""},
        /* Condition: "if" or "unless" before the clause's verb (fix); a
         * noun the condition is about stays a plan (guard). */
        {NEG_DATE "If the Freedonian president meets the Sylvanian premier in Ostrava, trade will grow.\n", ""}, /* fix */
        {NEG_DATE "Unless the two presidents meet in Ostrava, the truce will end.\n", ""},                     /* fix */
        {NEG_DATE "If they hold talks in Ostrava, the truce may last.\n", ""},                                 /* fix */
        {NEG_DATE "If the talks in Ostrava succeed, the truce may last.\n", "talks 2026-03 planned ostrava"},
        {NEG_DATE "The Freedonian president will visit Ostrava if the weather allows.\n",
         "visit 2026-03 planned ostrava"},
        /* Wish and demand. */
        {NEG_DATE "Freedonia called for talks with Sylvania in Ostrava.\n", ""},
        {NEG_DATE "The Freedonian opposition urged a summit with Sylvania in Ostrava.\n", ""},
        {NEG_DATE "The Freedonian president wants to visit Ostrava.\n", ""},
        {NEG_DATE "The Freedonian president hopes to meet the Sylvanian premier in Ostrava.\n", ""},
        /* ... a verb of asking with a bare verb after "that" (fix); a
         * verb in the past after it tells what happened (guard). */
        {NEG_DATE "Critics demanded that the Freedonian president visit Ostrava.\n", ""},                /* fix */
        {NEG_DATE "The unions demanded that the two sides hold talks in Ostrava.\n", ""},                /* fix */
        {NEG_DATE "The Sylvanian minister asked that the envoys meet in Ostrava.\n", ""},               /* fix */
        {NEG_DATE "Protesters demanded that the Freedonian president's visit to Ostrava on Monday be examined.\n",
         "visit 2026-03-09 held ostrava"},
        {NEG_DATE "The Sylvanian minister asked that everyone note the envoys met in Ostrava on Monday.\n",
         "meeting 2026-03-09 held ostrava"},
        /* Habit and generality: an adverb of frequency before the verb
         * (fix: "rarely", "seldom", "sometimes", rules/habit_adverbs.txt). */
        {NEG_DATE "Summits between Freedonia and Sylvania are rare.\n", ""},
        {NEG_DATE "Freedonian leaders often visit Ostrava.\n", ""},
        {NEG_DATE "Such talks in Ostrava usually fail.\n", ""},
        {NEG_DATE "The Freedonian president rarely visits Ostrava.\n", ""},                      /* fix */
        {NEG_DATE "Sylvanian envoys seldom meet their hosts in Ostrava.\n", ""},                 /* fix */
        {NEG_DATE "The two foreign ministers sometimes hold talks in Ostrava.\n", ""},           /* fix */
        /* Question: a yes-or-no question tells nothing that happened
         * (fix); one with a question word takes the event as given. */
        {NEG_DATE "Will the Freedonian president meet the Sylvanian premier in Ostrava?\n", ""}, /* fix */
        {NEG_DATE "Did the Freedonian president sign the accord in Ostrava on Monday?\n", ""},  /* fix */
        {NEG_DATE "Is the Sylvanian envoy meeting the premier in Ostrava today?\n", ""},         /* fix */
        {NEG_DATE "Did the Sylvanian army strike Ostrava last week?\n", ""},
        {NEG_DATE "Why did the Freedonian president visit Ostrava on Monday?\n", "visit 2026-03-09 held ostrava"},
        /* Background: an earlier event named as a point in time after
         * "since" (fix); one the phrase dates keeps its year (guard). */
        {NEG_DATE "Since the Ostrava accord, trade between Freedonia and Sylvania has doubled.\n", ""},     /* fix */
        {NEG_DATE "Ferry traffic has doubled since the Ostrava summit.\n", ""},                            /* fix */
        {NEG_DATE "Ferry traffic has doubled since their last meeting in Ostrava.\n", ""},                 /* fix */
        {NEG_DATE "Ferry traffic has doubled since the 2019 Ostrava summit.\n", "meeting 2019 held ostrava"},
        {NEG_DATE "Ferry traffic has doubled since the summit in Ostrava last May.\n", "meeting 2025-05 held ostrava"},
        {NEG_DATE "The presidents met in Ostrava on Monday, the first meeting since the war.\n",
         "meeting 2026-03-09 held ostrava"},
        /* Denial (third wave): a meeting, visit or talks denied is not
         * told (fix); an attack denied still is (a denial is of who did
         * it), and a confirmation tells it (guards). */
        {NEG_DATE "Sylvania rejected reports that the envoys met in Ostrava.\n", ""},                   /* fix */
        {NEG_DATE "The ministry denied reports that the president visited Ostrava.\n", ""},             /* fix */
        {NEG_DATE "Sylvania dismissed claims that the two ministers met in Ostrava.\n", ""},            /* fix */
        {NEG_DATE "The president denied meeting the premier in Ostrava.\n", ""},                        /* fix */
        {NEG_DATE "The ministry dismissed media reports of a summit in Ostrava.\n", ""},                /* fix */
        {NEG_DATE "Freedonia denied that its foreign minister held talks with Sylvanian envoys in Ostrava on Monday.\n",
         ""}, /* fix */
        {NEG_DATE "Freedonia denied that its army attacked Ostrava.\n", "incident 2026-03-10 held ostrava"},
        {NEG_DATE "Sylvania confirmed that the envoys met in Ostrava on Monday.\n", "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The envoys met in Ostrava on Monday, and Sylvania denied that any deal was reached.\n",
         "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The premier, who denied wrongdoing, visited Ostrava on Monday.\n", "visit 2026-03-09 held ostrava"},
        /* Invitation (third wave): offered, not planned, with a longer
         * object before "to" (fix); planned once accepted (fix: the
         * possessive before "invitation"; guards). */
        {NEG_DATE "The Freedonian president invited the new Sylvanian prime minister to visit Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The Freedonian president invited his Sylvanian counterpart, Anna Lutz, to visit Ostrava.\n",
         ""}, /* fix */
        {NEG_DATE "The Sylvanian premier has been invited by the Freedonian president to visit Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The Freedonian president extended an invitation to the Sylvanian premier to visit Ostrava.\n",
         ""}, /* fix */
        {NEG_DATE "The Sylvanian premier accepted the Freedonian president's invitation to visit Ostrava next month.\n",
         "visit 2026-04 planned ostrava"}, /* fix */
        {NEG_DATE "The Sylvanian premier accepted an invitation to visit Ostrava next month.\n",
         "visit 2026-04 planned ostrava"},
        {NEG_DATE "At the invitation of the Freedonian president, the Sylvanian premier visited Ostrava on Monday.\n",
         "visit 2026-03-09 held ostrava"},
        /* Possibility (third wave): an indefinite event noun as the
         * subject of "could", "might" or "may" is none (fix); a definite
         * one, "will", or a relative clause's modal stays planned (guards). */
        {NEG_DATE "A meeting between the two presidents could happen in Ostrava next month.\n", ""}, /* fix */
        {NEG_DATE "A summit in Ostrava could take place in May.\n", ""},                              /* fix */
        {NEG_DATE "Officials said a meeting in Ostrava might happen next month.\n", ""},             /* fix */
        {NEG_DATE "The meeting in Ostrava could take place in May.\n", "meeting 2026-05 planned ostrava"},
        {NEG_DATE "A summit in Ostrava will take place in May.\n", "meeting 2026-05 planned ostrava"},
        {NEG_DATE "A meeting in Ostrava that could end the war will be held on Friday.\n",
         "meeting 2026-03-13 planned ostrava"},
        /* "would" with "only if" or "unless" after the trigger (or "would
         * only ... if"): a condition set, no plan (fix); "will" with a
         * condition stays planned (guards). */
        {NEG_DATE "The Freedonian president would meet the Sylvanian premier in Ostrava only if the ceasefire holds.\n",
         ""}, /* fix */
        {NEG_DATE "The two presidents would only meet in Ostrava if the truce held.\n", ""},           /* fix */
        {NEG_DATE "The Sylvanian premier would visit Ostrava unless the border stays shut.\n", ""},    /* fix */
        {NEG_DATE "The president will visit Ostrava unless the truce fails.\n", "visit 2026-03 planned ostrava"},
        {NEG_DATE "The president would meet the premier in Ostrava on Friday, officials said, if only to sign the truce.\n",
         "meeting 2026-03-13 planned ostrava"},
        /* A trigger opening the sentence and a name (third wave, fix):
         * more capitalised words follow it; an -ing form needs an
         * apposition or the sentence's verb after them (guards). */
        {NEG_DATE "Visit Ostrava said hotel bookings rose by a fifth.\n", ""},                              /* fix */
        {NEG_DATE "Meeting Point, a charity in Ostrava, opened a shelter.\n", ""},                         /* fix */
        {NEG_DATE "Meeting Point said it had fed hundreds in Ostrava.\n", ""},                             /* fix */
        {NEG_DATE "Summit Partners, a fund in Ostrava, bought a mill.\n", ""},                             /* fix */
        {NEG_DATE "Meeting Place Trust opened a cafe in Ostrava.\n", ""},                                  /* fix */
        {NEG_DATE "Visit Sylvania, the agency that markets Ostrava, launched an advert.\n", ""},            /* fix */
        {NEG_DATE "Meeting President Lutz in Ostrava on Monday, the premier praised the truce.\n",
         "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "Visiting Ostrava on Monday, the Freedonian president laid a wreath.\n",
         "visit 2026-03-09 held ostrava"},
        {NEG_DATE "Talks Monday in Ostrava ended without a deal.\n", "talks 2026-03-09 held ostrava"},
        {NEG_DATE "Summit talks opened in Ostrava on Monday.\n", "talks 2026-03-09 held ostrava"},
        /* Names and capability. */
        {NEG_DATE "Protesters gathered outside the Summit Hotel in Ostrava.\n", ""},
        {NEG_DATE "The shop on Meeting Street in Ostrava closed.\n", ""},
        {NEG_DATE "Fans in Ostrava played Call of Duty all night.\n", ""},
        {NEG_DATE "Freedonian missiles could strike Ostrava.\n", ""},
        {NEG_DATE "The Freedonian rocket is able to reach Ostrava.\n", ""},
        {NEG_DATE "Sylvania may attack Ostrava.\n", ""},
        /* Guards: what did happen, or is planned, is still told. */
        {NEG_DATE "The Freedonian president met the Sylvanian premier in Ostrava on Monday.\n",
         "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The Freedonian president visits Ostrava on Thursday.\n", "visit 2026-03-12 planned ostrava"},
    };
#undef NEG_DATE
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer neg37, issue 14): a second grid of
 * invented sentences that share an event's words but tell no happening
 * (docs/accuracy.md, "Thirty-seventh round: ... (engineer neg37 ...)").
 * Rows marked "fix" failed before the round; the rest are guards. */
static void negation_grid_thirty_seventh(void **state)
{
    (void)state;
#define NEG_DATE "date 2026-03-10\n\n"
    static const line_case_t cases[] = {
        /* Wish, eagerness and possibility (rules/wish_words.txt). */
        {NEG_DATE "The Sylvanian premier is keen on a visit to Ostrava.\n", ""},                     /* fix */
        {NEG_DATE "Freedonia would like to hold talks with Sylvania in Ostrava.\n", ""},             /* fix */
        {NEG_DATE "The Freedonian president wished to visit Ostrava before the election.\n", ""},    /* fix */
        {NEG_DATE "The Sylvanian premier is eager to meet the Freedonian president in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "Freedonia seeks talks with Sylvania in Ostrava.\n", ""},                          /* fix */
        {NEG_DATE "The Sylvanian premier is interested in a visit to Ostrava.\n", ""},               /* fix */
        {NEG_DATE "Church leaders pleaded for negotiations between Freedonia and Sylvania in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The prospect of a summit between Freedonia and Sylvania in Ostrava lifted markets on Monday.\n",
         ""}, /* fix */
        {NEG_DATE "The possibility of talks in Ostrava was raised by diplomats on Monday.\n", ""},   /* fix */
        {NEG_DATE "Officials discussed the chances of a visit by the Freedonian president to Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The idea of a visit to Ostrava by the Sylvanian premier was dropped.\n", ""},     /* fix */
        {NEG_DATE "The envoy is authorised to hold talks with Sylvania in Ostrava.\n", ""},          /* fix */
        {NEG_DATE "The premier is entitled to meet foreign leaders in Ostrava.\n", ""},              /* fix */
        {NEG_DATE "The Freedonian president wants to meet the Sylvanian premier in Ostrava.\n", ""},
        {NEG_DATE "The Freedonian president hopes for a summit with Sylvania in Ostrava.\n", ""},
        {NEG_DATE "Freedonia called for talks with Sylvania in Ostrava on Monday.\n", ""},
        /* An indefinite or bare event noun, the subject of a modal whose
         * verb is not its taking place: a general claim (fix); "could
         * resume", "could begin", a day told before the modal, or "the
         * talks" keep what they gave (guards). */
        {NEG_DATE "Analysts say talks in Ostrava could ease tension between Freedonia and Sylvania.\n", ""}, /* fix */
        {NEG_DATE "Experts believe a meeting between the two presidents in Ostrava would help.\n", ""},    /* fix */
        {NEG_DATE "A summit in Ostrava would be the first since the war.\n", ""},                          /* fix */
        {NEG_DATE "Any talks in Ostrava must include Sylvania, the minister said.\n", ""},                 /* fix */
        {NEG_DATE "Talks could resume in Ostrava next week, the minister said.\n", "talks 2026-03 planned ostrava"},
        {NEG_DATE "Analysts say talks in Ostrava could begin next week.\n", "talks 2026-03 planned ostrava"},
        {NEG_DATE "Talks in Ostrava on Monday could not end the war.\n", "talks 2026-03-09 held ostrava"},
        {NEG_DATE "The talks in Ostrava on Monday could not bridge the gap.\n", "talks 2026-03-09 held ostrava"},
        /* Counterfactuals: a sentence opened by "had" or "were", and "if
         * ... had" + a participle (fix); "had met" told plainly stays. */
        {NEG_DATE "Had the two presidents met in Ostrava, the war might have ended.\n", ""},       /* fix */
        {NEG_DATE "Were the presidents to meet in Ostrava, trade would grow.\n", ""},              /* fix */
        {NEG_DATE "If the premier had visited Ostrava, the strike would have ended.\n", ""},       /* fix */
        {NEG_DATE "The two presidents had met in Ostrava on Monday before the vote.\n",
         "meeting 2026-03-09 held ostrava"},
        /* A verb of urging before a longer object and "to" + the trigger
         * (fix); a trip taken "to hold talks" stays (guard). */
        {NEG_DATE "The United Nations urged Freedonia and Sylvania to hold talks in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The envoy pressed the two rival leaders to meet in Ostrava.\n", ""},              /* fix */
        {NEG_DATE "The premier, urged by his aides, travelled to Ostrava to meet the Freedonian president.\n",
         "visit 2026-03-10 held ostrava"},
        /* Guards: the wish word in another clause, or about another thing. */
        {NEG_DATE "Keen to mend ties, the Freedonian president met the Sylvanian premier in Ostrava on Monday.\n",
         "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The Freedonian president, eager for a deal, met the Sylvanian premier in Ostrava on Monday.\n",
         "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The Sylvanian premier appealed for calm after talks in Ostrava on Monday.\n",
         "talks 2026-03-09 held ostrava"},
        {NEG_DATE "The prospect of a deal rose after the two presidents met in Ostrava on Monday.\n",
         "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The Freedonian president called for talks during a visit to Ostrava on Monday.\n",
         "visit 2026-03-09 held ostrava"},
    };
#undef NEG_DATE
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer neg37b, issue 14): a third negation
 * grid (docs/accuracy.md, "Thirty-seventh round: ... (engineer neg37b
 * ...)"): talk and rumour of an event (rules/speculation_words.txt), an
 * event only possible (rules/possible_words.txt), "has yet to", "looked
 * forward to" with no time, and plans "shelved" (cancelled). Rows
 * marked "fix" failed before; the rest are guards. */
static void negation_grid_thirty_seventh_b(void **state)
{
    (void)state;
#define NEG_DATE "date 2026-03-10\n\n"
    static const line_case_t cases[] = {
        {NEG_DATE "Talk of a summit in Ostrava has grown in recent weeks.\n", ""}, /* fix */
        {NEG_DATE "There is talk of a meeting between the Freedonian and Sylvanian leaders in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "Talk of talks between Freedonia and Sylvania in Ostrava faded on Monday.\n", ""}, /* fix */
        {NEG_DATE "Diplomats played down talk of a visit by the Freedonian president to Ostrava.\n", ""}, /* fix */
        {NEG_DATE "Rumours of a visit by the Sylvanian premier to Ostrava swirled on Monday.\n", ""}, /* fix */
        {NEG_DATE "Officials are working out details of a possible meeting between the two presidents in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "Markets rose ahead of a possible summit between Freedonia and Sylvania in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "A possible meeting between the two leaders in Ostrava was discussed on Monday.\n", ""}, /* fix */
        {NEG_DATE "The ministers spoke of possible talks in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The Freedonian president has yet to visit Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The two sides have yet to hold talks in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The Freedonian president said he looked forward to visiting Ostrava.\n", ""}, /* fix */
        {NEG_DATE "The Sylvanian premier looks forward to meeting the Freedonian president in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "He said he was looking forward to talks with the Sylvanian premier in Ostrava.\n", ""}, /* fix */
        {NEG_DATE "Plans for a summit in Ostrava were shelved on Monday.\n", "meeting 2026-03-09 cancelled ostrava"}, /* fix */
        /* Guards: a talk given, rumours dismissed, a possible summit
         * discussed at a meeting held, a time told, a passive "yet to be". */
        {NEG_DATE "The premier gave a talk at the summit in Ostrava on Monday.\n", "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The two presidents held a long talk during their meeting in Ostrava on Monday.\n", "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The premier dismissed rumours and met the envoy in Ostrava on Monday.\n", "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The possible visit was discussed when the two presidents met in Ostrava on Monday.\n", "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The foreign ministers met in Ostrava on Monday to discuss a possible summit.\n", "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "The Freedonian president said he looked forward to visiting Ostrava next month.\n", "visit 2026-04 planned ostrava"},
        {NEG_DATE "The Sylvanian premier, who has yet to visit Freedonia, met the Freedonian president in Ostrava on Monday.\n", "meeting 2026-03-09 held ostrava"},
        {NEG_DATE "A date for the talks in Ostrava has yet to be announced.\n", "talks 2026-03 planned ostrava"},
        {NEG_DATE "Plans for talks in Ostrava were scrapped on Monday.\n", "talks 2026-03-09 cancelled ostrava"},
        {NEG_DATE "The Freedonian president visited Ostrava on Monday.\n", "visit 2026-03-09 held ostrava"},
    };
#undef NEG_DATE
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-eighth round (engineer inv38, issue 14): events that did not
 * happen in wire copy, from a grid of 60 invented wire stories
 * (docs/accuracy.md, "Thirty-eighth round: ... (engineer inv38 ...)"):
 * remarks given to the press by phone (triggers.c, press_by_phone), a
 * plan denied ("no plans to", triggers.c, no_plan), a request to "hold
 * direct talks" (one modifier between "hold" and the trigger). Rows
 * marked "fix" failed before; the rest are guards. */
static void wire_grid_thirty_eighth(void **state)
{
    (void)state;
#define W38 "date 2026-03-10\n\n"
    static const line_case_t cases[] = {
        {W38 "OSTRAVA, March 10 (Northwire) - Freedonian and Sylvanian envoys held talks in Ostrava on Tuesday.\n"
             "A Sylvanian delegate told Northwire by phone from Ostrava that the talks went well.\n",
         "talks 2026-03-10 held ostrava"}, /* fix */
        {W38 "The Freedonian minister, speaking by telephone from Ostrava, said the plan would be ready by June.\n", ""}, /* fix */
        {W38 "The Sylvanian envoy told reporters by telephone from Ostrava that no deal was near.\n", ""}, /* fix */
        {W38 "Speaking by phone from Ostrava, the Freedonian premier said the border was calm.\n", ""}, /* fix */
        {W38 "There are no plans for the Freedonian president to visit Ostrava, his office said.\n", ""}, /* fix */
        {W38 "There are no plans for the two leaders to meet in Ostrava this year, officials said.\n", ""}, /* fix */
        {W38 "Freedonia has no immediate plans to hold talks in Ostrava.\n", ""}, /* fix */
        {W38 "The alliance urged Freedonia and Sylvania to hold direct talks in Ostrava.\n", ""}, /* fix */
        {W38 "The envoy pressed the two rival leaders to hold fresh talks in Ostrava.\n", ""}, /* fix */
        /* Guards: a call between two parties, told with "spoke", "speaking
         * ... with" or "told" + a person; a plan given up before a meeting
         * held; talks agreed or held with a modifier. */
        {W38 "The Freedonian premier spoke by phone with the Sylvanian president on Tuesday.\n", "call 2026-03-10 held -"},
        {W38 "The Freedonian premier, speaking by phone with the Sylvanian president on Tuesday, urged calm.\n",
         "call 2026-03-10 held -"},
        {W38 "The Freedonian premier told the Sylvanian president by phone on Tuesday that the border would stay open.\n",
         "call 2026-03-10 planned -"},
        {W38 "No plans were announced, but the two presidents met in Ostrava on Monday.\n",
         "meeting 2026-03-09 held ostrava"},
        {W38 "The president, who had no plans to travel, visited Ostrava on Monday.\n", "visit 2026-03-09 held ostrava"},
        {W38 "The two sides agreed to hold direct talks in Ostrava next month.\n", "talks 2026-04 planned ostrava"},
        {W38 "The envoys went to Ostrava on Monday to hold direct talks.\n", "talks 2026-03-09 held ostrava"},
        /* A trailing attribution (", the ministry said.") of the
         * sentence's own event is the wire's sourcing, no statement; a
         * place in what it attributes is no venue of a statement
         * (events.c, trailing_attribution). */
        {W38 "OSTRAVA, March 10 (Northwire) - Freedonia and Sylvania signed a trade treaty in Ostrava on Tuesday, "
             "the Czech finance ministry said.\n",
         "agreement 2026-03-10 held ostrava"}, /* fix */
        {W38 "OSTRAVA, March 10 (Northwire) - The Czech and Slovak premiers met in Ostrava on Tuesday, the Czech "
             "government said.\n",
         "meeting 2026-03-10 held ostrava"}, /* fix */
        {W38 "OSTRAVA, March 10 (Northwire) - Border guards shot a smuggler near Ostrava on Tuesday, the Czech "
             "interior ministry said.\n",
         "incident 2026-03-10 held ostrava"}, /* fix */
        {W38 "OSTRAVA, March 10 (Northwire) - The Czech premier met the Slovak premier in Ostrava on Tuesday.\n"
             "The two discussed the floods in Brno, the premier's office said in a statement.\n",
         "meeting 2026-03-10 held ostrava"}, /* fix */
        /* Guards: a government's own saying in the lede, a statement's
         * place told before its speaker, whose saying follows the verb. */
        {W38 "OSTRAVA, March 10 (Northwire) - The Czech government said on Tuesday it would close the border.\n",
         "statement 2026-03-10 held ostrava"},
        {W38 "OSTRAVA, March 10 (Northwire) - The Czech premier met the Slovak premier in Ostrava on Tuesday.\n"
             "In a statement from Brno, the Czech government said the border would stay open.\n",
         "meeting 2026-03-10 held ostrava; statement 2026-03-10 held brno"},
        /* A listening post ("monitored in C", "heard in C") is no place of
         * the event reported nor of the broadcast (arguments.c,
         * listening_post). */
        {W38 "VIENNA, March 10 (Northwire) - The Freedonian envoy arrived in Brno on Tuesday, the state radio said.\n"
             "The radio, monitored in Vienna, said he would meet the Sylvanian premier later in the week.\n",
         "visit 2026-03-10 held brno; meeting 2026-03 planned brno"}, /* fix */
        {W38 "VIENNA, March 10 (Northwire) - The Freedonian envoy arrived in Brno on Tuesday for talks, the state "
             "radio said in a broadcast heard in Vienna.\n",
         "visit 2026-03-10 held brno"}, /* fix */
        {W38 "VIENNA, March 10 (Northwire) - The Freedonian envoy met the Sylvanian premier in Vienna on Tuesday.\n",
         "meeting 2026-03-10 held vienna"},
        /* A market's town ("shares in C") places nothing; talks that only
         * moved a market are no happening; a wish reported with "hoped"
         * is none (rules/market_words.txt, rules/wish_words.txt). */
        {W38 "VIENNA, March 10 (Northwire) - The Freedonian premier arrived in Vienna on Tuesday.\n"
             "Trade talks between Freedonia and Sylvania weighed on shares in Brno last week.\n",
         "visit 2026-03-10 held vienna"}, /* fix */
        {W38 "The deal signed in Brno on Monday lifted shares in Vienna.\n", "agreement 2026-03-09 held brno"}, /* fix */
        {W38 "The premier told reporters at the airport in Vienna that he hoped to sign trade accords.\n", ""}, /* fix */
        {W38 "The premier said he hoped to visit Brno.\n", ""}, /* fix */
        {W38 "Trade talks in Brno on Monday weighed on the rupee.\n", "talks 2026-03-09 held brno"},
        {W38 "The envoys met in Brno on Monday as shares in Vienna fell.\n", "meeting 2026-03-09 held brno"},
    };
#undef W38
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-eighth round (engineer inv38b, issue 14): events that did not
 * happen in wire copy, continued (docs/accuracy.md, "Thirty-eighth round:
 * ... (engineer inv38b ...)"): an event told already, judged by what it
 * may bring ("the visit would anger K", events.c judged_effect,
 * rules/effect_verbs.txt), and a kind of event judged worthless ("talks
 * were pointless", events.c futile_kind, rules/futility_words.txt), a
 * meeting that "could" or "might" happen "if" something else does, an
 * offer refused in a headline in capitals. Rows
 * marked "fix" failed before; the rest are guards. */
static void wire_grid_thirty_eighth_b(void **state)
{
    (void)state;
#define W38B "date 2026-03-10\n\n"
    static const line_case_t cases[] = {
        {W38B "OSTRAVA, March 10 (Northwire) - The Sylvanian premier began a visit to Ostrava on Tuesday.\n"
              "Brno-based analysts said the visit would anger Slovakia.\n",
         "visit 2026-03-10 held ostrava"}, /* fix */
        {W38B "Critics said the visit would anger Ostrava.\n", ""}, /* fix */
        {W38B "Freedonia's foreign ministry in Ostrava said talks with Sylvania were pointless.\n", ""}, /* fix */
        {W38B "OSTRAVA, March 10 (Northwire) - Freedonia said on Tuesday that further talks with Sylvania would be "
              "futile.\n",
         ""}, /* fix */
        {W38B "Officials in Ostrava said negotiations with the rebels were useless.\n", ""}, /* fix */
        /* Guards: talks with their own place judged, a visit set with a
         * verb of taking place, a visit told then judged. */
        {W38B "The talks in Ostrava on Monday were pointless, a delegate said.\n", "talks 2026-03-09 held ostrava"},
        {W38B "Talks in Ostrava on Monday were futile, a delegate said.\n", "talks 2026-03-09 held ostrava"},
        {W38B "Diplomats said the visit to Ostrava would take place in May.\n", "visit 2026-05 planned ostrava"},
        {W38B "The premier visited Ostrava on Monday. The visit would anger Sylvania, analysts said.\n",
         "visit 2026-03-09 held ostrava"},
        /* A possibility under a condition ("could"/"might" ... "if"):
         * no plan, as "would ... only if" was (events.c, would_only_if). */
        {W38B "The two presidents could meet in Ostrava if the ceasefire holds, an official said.\n", ""}, /* fix */
        {W38B "The Freedonian and Sylvanian leaders might meet in Ostrava if the truce holds.\n", ""}, /* fix */
        {W38B "Talks could resume in Ostrava if Freedonia frees the prisoners.\n", ""}, /* fix */
        /* Guards: "will ... if" plans; a possible repeat after a meeting
         * told keeps the meeting held; "could" alone stays the plan. */
        {W38B "The presidents will meet in Ostrava if the weather allows.\n", "meeting 2026-03 planned ostrava"},
        {W38B "The two presidents met in Ostrava on Monday and could meet again if the truce holds.\n",
         "meeting 2026-03-09 held ostrava"},
        {W38B "The premier could visit Ostrava next month, his office said.\n", "visit 2026-04 planned ostrava"},
        /* A headline in capitals that refuses an offer: the event
         * refused, as the body's "rejected an offer of talks" (events.c,
         * headline_refusal). Guard: a headline of talks held. */
        {"date 2026-03-10\nSYLVANIA REJECTS FREEDONIAN TALKS OFFER\n"
         "OSTRAVA, March 10 (Northwire) - Sylvania said on Tuesday the border would stay closed.\n",
         "talks 2026-03 refused ostrava"}, /* fix */
        {"date 2026-03-10\nFREEDONIA SPURNS SUMMIT PROPOSAL\n"
         "OSTRAVA, March 10 (Northwire) - Freedonia said on Tuesday the border would stay closed.\n",
         "meeting 2026-03 refused ostrava"}, /* fix */
        {"date 2026-03-10\nFREEDONIA HOLDS TALKS WITH SYLVANIA\n"
         "OSTRAVA, March 10 (Northwire) - Freedonia said on Tuesday the border would stay closed.\n",
         "talks 2026-03-10 held ostrava"},
    };
#undef W38B
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-ninth round (engineer wire39, issue 14): events wire copy does not
 * tell, from a grid of invented wire stories (docs/accuracy.md,
 * "Thirty-ninth round: ... wire39"). Rows marked "fix" failed before the
 * round; the rest are guards. */
static void wire_grid_thirty_ninth(void **state)
{
    (void)state;
#define W39 "date 2026-03-10\n\n"
    static const line_case_t cases[] = {
        /* "visiting" before an academic post is a title, no trip
         * (rules/other_senses.txt). Guards: a delegation visiting a town,
         * a visiting leader who meets. */
        {W39 "Jana Novak, a visiting fellow at an institute in Brno, said the border would stay closed.\n", ""}, /* fix */
        {W39 "Petr Dvorak, a visiting professor at the university in Brno, said the plan was sound.\n", ""}, /* fix */
        {W39 "A Sylvanian delegation visiting Brno met the mayor on Monday.\n",
         "visit 2026-03-09 held brno; meeting 2026-03-09 held -"},
        {W39 "The visiting Sylvanian premier met the Freedonian president in Brno on Monday.\n",
         "meeting 2026-03-09 held brno"},
        /* A headline's gathering with no town of its own is the one the
         * body tells first, where the body places it, not a second one at
         * the dateline's city or the host's capital (merging.c,
         * headline_told_in_body). Guards: the body's next round, a
         * meeting of another year, talks told "here". */
        {"date 2026-03-10\nFREEDONIA HOSTS SYLVANIA GRAIN TALKS\n\nOSTRAVA, March 10 (Northwire) - Freedonian "
         "officials hosted Sylvanian negotiators in Brno on Tuesday for talks on grain.\n",
         "meeting 2026-03-10 held brno"}, /* fix */
        {"date 2026-03-10\nPREMIER TO HOST BORDER SUMMIT\n\nOSTRAVA, March 10 (Northwire) - The premier will host "
         "leaders of four neighbours in Brno next month, his office said on Tuesday.\n",
         "meeting 2026-04 planned brno"}, /* fix */
        {"date 2026-03-10\nNEIGHBOURS' LEADERS MEET IN FREEDONIA\n\nOSTRAVA, March 10 (Northwire) - Leaders of four "
         "neighbours opened their yearly summit in Brno on Tuesday.\n",
         "meeting 2026-03-10 held brno"}, /* fix */
        {"date 2026-03-10\nFREEDONIA, SYLVANIA TALKS END\n\nOSTRAVA, March 10 (Northwire) - Freedonian and Sylvanian "
         "negotiators ended two days of talks on Tuesday with a fishing deal. The next round will be held in Brno in "
         "May.\n",
         "talks 2026-03-10 held ostrava; talks 2026-05 planned brno"},
        {"date 2026-03-10\nFREEDONIA HOLDS TALKS WITH SYLVANIA\n\nOSTRAVA, March 10 (Northwire) - Freedonia said the "
         "border would stay open. The two sides last held talks in Brno in 2024.\n",
         "talks 2026-03-10 held ostrava; talks 2024 held brno"},
        {"date 2026-03-10\nFREEDONIA HOLDS TALKS WITH SYLVANIA\n\nOSTRAVA, March 10 (Northwire) - Freedonian and "
         "Sylvanian ministers held talks here on Tuesday.\n",
         "talks 2026-03-10 held ostrava"},
        /* Remarks told as done after a trip still to come are not where
         * the trip will go (events.c, setting_planned). Guard: a trip
         * made. */
        {W39 "OSTRAVA, March 10 (Northwire) - The Freedonian premier Eva Marek said on Tuesday she would travel to "
             "Brno next month.\n\"The ties matter,\" Marek told a news conference.\n",
         "visit 2026-04 planned brno; statement 2026-03-10 held ostrava"}, /* fix */
        {W39 "OSTRAVA, March 10 (Northwire) - The Freedonian premier Eva Marek flew to Brno on Tuesday.\n\"The ties "
             "matter,\" Marek told a news conference.\n",
         "visit 2026-03-10 held brno; statement 2026-03-10 held brno"},
        /* A headline in capitals tells what is to come by "TO" and a verb
         * (events.c, headline_future; rules/headline_future_verbs.txt),
         * and a trip the body tells first holds its meeting (merging.c).
         * Guard: "RETURN TO TALKS", a goal. */
        {"date 2026-03-10\nFREEDONIAN PREMIER TO MEET SYLVANIAN LEADER\n\nOSTRAVA, March 10 (Northwire) - The "
         "Freedonian premier Eva Marek said on Tuesday she would travel to Brno next month to meet the Sylvanian "
         "president.\n",
         "visit 2026-04 planned brno"}, /* fix */
        {"date 2026-03-10\nFREEDONIA, SYLVANIA TO HOLD TALKS\n\nOSTRAVA, March 10 (Northwire) - Freedonia said on "
         "Tuesday the border would stay open.\n",
         "talks 2026-03 planned ostrava"}, /* fix */
        {"date 2026-03-10\nFREEDONIA AND SYLVANIA TO SIGN BORDER PACT\n\nOSTRAVA, March 10 (Northwire) - Freedonia "
         "said on Tuesday the border would stay open.\n",
         "agreement 2026-03 planned ostrava"}, /* fix */
        {"date 2026-03-10\nFREEDONIA AND SYLVANIA RETURN TO TALKS\n\nOSTRAVA, March 10 (Northwire) - Freedonia said "
         "on Tuesday the border would stay open.\n",
         "talks 2026-03-10 held ostrava"},
        /* A traveller named by a nation going "back" or "home" to a town
         * of it, or to its capital, goes home: no visit (events.c,
         * going_home). Guards: a trip abroad, a foreigner's trip to the
         * capital, a domestic trip to another town. */
        {W39 "BRNO, March 10 (Northwire) - Czech Prime Minister Eva Marek flew back to Prague on Tuesday.\n", ""}, /* fix */
        {W39 "VIENNA, March 10 (Northwire) - Czech Prime Minister Eva Marek, who faces a vote of confidence on "
             "Wednesday, left early for Prague.\n",
         ""}, /* fix */
        {W39 "VIENNA, March 10 (Northwire) - Czech Prime Minister Eva Marek flew to Vienna on Tuesday.\n",
         "visit 2026-03-10 held vienna"},
        {W39 "VIENNA, March 10 (Northwire) - Austrian Chancellor Karl Huber flew to Prague on Tuesday.\n",
         "visit 2026-03-10 held prague"},
        {W39 "PRAGUE, March 10 (Northwire) - Czech Prime Minister Eva Marek flew to Brno on Tuesday to see the flood "
             "damage.\n",
         "visit 2026-03-10 held brno"},
        /* Analysts' paragraphs: a place in a quoted speaker's description
         * is where the speaker works, not the quoted event's (events.c,
         * speaker_description_places); "analysts in C said" is no saying
         * at C. Guards: a place inside the quotation, a spokesman's
         * statement. */
        {W39 "OSTRAVA, March 10 (Northwire) - The Sylvanian premier Jan Kral began a visit to Ostrava on Tuesday.\n"
             "\"This is a visit of two lonely leaders,\" said Jana Novak, a professor at the university in Brno.\n",
         "visit 2026-03-10 held ostrava"}, /* fix */
        {W39 "\"Earlier visits achieved nothing,\" said Petr Dvorak, an analyst based in Brno.\n", ""}, /* fix */
        {W39 "\"I met the premier in Brno on Monday,\" said Petr Dvorak, a Sylvanian envoy based in Ostrava.\n",
         "meeting 2026-03-09 held brno"}, /* fix */
        {W39 "OSTRAVA, March 10 (Northwire) - Freedonia's premier said on Tuesday the border would stay open.\n"
             "Analysts in Brno said the statement was vague.\n",
         ""}, /* fix */
        {W39 "\"The talks in Brno on Monday went well,\" said Petr Dvorak, an envoy of Sylvania.\n",
         "talks 2026-03-09 held brno"},
        {W39 "A government spokesman in Brno said in a statement on Monday that the border would stay open.\n",
         "statement 2026-03-09 held brno"},
        /* A headline's word in capitals that the body writes as a
         * person's name is no town (mentions.c). Guard: a town the
         * headline names. */
        {"date 1991-07-31\nBUSH, KRAL SIGN ARMS TREATY\n\nMOSCOW, July 31 (Northwire) - President Bush and Sylvanian "
         "President Jan Kral signed a treaty here today.\n",
         "agreement 1991-07-31 held moscow"}, /* fix */
        {"date 1991-07-31\nLEADERS SIGN ARMS TREATY IN BRNO\n\nOSTRAVA, July 31 (Northwire) - Two presidents signed "
         "a treaty on Wednesday.\n",
         "agreement 1991-07-31 held brno"},
        /* A city-state's dateline names its one city: "here" is there
         * (arguments.c, dmi_dateline_city; rules/city_states.txt). Guard:
         * a town's dateline. */
        {W39 "SINGAPORE, March 10 (Northwire) - Sylvanian President Jan Kral and Freedonian leader Eva Marek met here "
             "on Tuesday.\n",
         "meeting 2026-03-10 held singapore"}, /* fix */
        {W39 "OSTRAVA, March 10 (Northwire) - Sylvanian President Jan Kral and Freedonian leader Eva Marek met here "
             "on Tuesday.\n",
         "meeting 2026-03-10 held ostrava"},
        /* A told event judged as a sign ("the trip shows C wants ...") is
         * no new event, and the town named as a government in the
         * judgement no place (events.c, judged_effect;
         * rules/judging_verbs.txt). Guards: a visit with its own place, a
         * visit told again by another verb. */
        {W39 "PRAGUE, March 10 (Northwire) - The Czech premier Eva Marek returned to Prague on Tuesday after a "
             "three-day visit to France.\n\"The trip shows Prague wants options beyond Berlin,\" said Jana Novak, a "
             "lecturer.\n",
         "visit 2026-03-10 held france"}, /* fix */
        {W39 "PRAGUE, March 10 (Northwire) - The Czech premier Eva Marek returned to Prague on Tuesday after a "
             "three-day visit to France.\n\"This visit signalled that Prague wants friends,\" said Jana Novak, a "
             "lecturer.\n",
         "visit 2026-03-10 held france"}, /* fix */
        {W39 "The visit to Brno signals a thaw, analysts said.\n", "visit 2026-03-10 held brno"},
        {W39 "The premier visited Brno on Monday. The visit ended a long chill, aides said.\n",
         "visit 2026-03-09 held brno"},
    };
#undef W39
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-ninth round (engineer recv39, issue 14): wire sentences the
 * thirty-eighth round left, from a wire-shaped grid of invented stories
 * (a dateline, a lead, a background paragraph). Published on a Thursday.
 * Rows marked "fix" failed before the round; the rest are guards.
 * - The visitor received in a passive, the host after "by" past a place
 *   and a day (triggers.c, passive_host_after).
 * - One verb, a repeat told by "again", "a second time" or two bare years:
 *   one event per date at the one place (events.c, repeat_series).
 * - A bare event noun as the subject of "could", "might", "may" and a verb
 *   of coming about: a prospect, no plan (events.c, bare_prospect;
 *   rules/prospect_verbs.txt). */
static void wire_leftovers_thirty_ninth(void **state)
{
    (void)state;
#define R39 "date 2026-03-12\n\n"
    static const line_case_t cases[] = {
        {R39 "Ties have warmed since President Velmar Osk was received in Beijing by President Lu Ren in 2006.\n",
         "meeting 2006 held beijing"}, /* fix */
        {R39 "A Sylvanian trade delegation was welcomed in Havana by Cuban officials on Wednesday.\n",
         "meeting 2026-03-11 held havana"}, /* fix */
        {R39 "Foreign Minister Anna Brecht was warmly received in Hanoi on Tuesday by her counterpart.\n",
         "meeting 2026-03-10 held hanoi"}, /* fix */
        {R39 "The two presidents were received in Moscow by the prime minister on Wednesday.\n",
         "meeting 2026-03-11 held moscow"}, /* fix */
        /* guards: a thing received or welcomed, and the plain passive */
        {R39 "The peace plan was welcomed in Brussels by European diplomats on Wednesday.\n", ""},
        {R39 "The parcel was received in Oslo by the embassy staff on Monday.\n", ""},
        {R39 "The envoy was received by President Lu Ren in Beijing on Monday.\n", "meeting 2026-03-09 held beijing"},
        /* a repeat */
        {R39 "The two sides held talks in 1998 and again in 2001 in Geneva, but both rounds failed.\n",
         "talks 1998 held geneva; talks 2001 held geneva"}, /* fix */
        {R39 "The two leaders met in Vienna in 2015 and again in 2019.\n",
         "meeting 2015 held vienna; meeting 2019 held vienna"}, /* fix */
        {R39 "Osk visited Tokyo in 2003 and a second time in 2007.\n",
         "visit 2003 held tokyo; visit 2007 held tokyo"}, /* fix */
        {R39 "The ministers met in Oslo on Monday and again on Wednesday, a spokesman said.\n",
         "meeting 2026-03-09 held oslo; meeting 2026-03-11 held oslo"}, /* fix */
        {R39 "They held talks in Geneva in 1998 and in 2001.\n", "talks 1998 held geneva; talks 2001 held geneva"}, /* fix */
        /* guards: two days of one gathering, two towns */
        {R39 "The ministers met in Oslo on Monday and Tuesday, a spokesman said.\n", "meeting 2026-03-09 held oslo"},
        {R39 "Osk visited Tokyo in 2003 and Madrid in 2004.\n", "visit 2003 held tokyo; visit 2004 held madrid"},
        /* a prospect */
        {R39 "VIENNA, March 12 (Northwire) -- Talks on the reactor could resume in Vienna, a diplomat said on "
             "Thursday.\n",
         ""},
        {R39 "A senior diplomat said on Thursday that talks could resume in Vienna.\n", ""}, /* fix */
        {R39 "OSLO, March 12 (Northwire) -- Peace talks might restart in Oslo soon, the mediator told reporters "
             "here.\n",
         ""}, /* fix */
        {R39 "Negotiations may take place in Geneva later, he added.\n", ""}, /* fix */
        /* guards: a definite noun, a time told, a plan */
        {R39 "A senior diplomat said that talks could resume in Vienna next month.\n", "talks 2026-04 planned vienna"},
        {R39 "The talks could resume in Vienna on Monday, officials said.\n", "talks 2026-03-16 planned vienna"},
        {R39 "The talks will resume in Vienna on Monday, officials said.\n", "talks 2026-03-16 planned vienna"},
    };
#undef R39
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-ninth round (engineer recv39, issue 14): a second letter in wire
 * copy. A letter the text places nowhere, in a report filed from a town,
 * was written or read there (events.c, after dmi_communication_places); a
 * speech verb before "in a letter" reports its content from the first
 * "that", so a town in what it asked for is no place of it (triggers.c,
 * dmi_topic_start); the day a letter bears ("dated Monday") is its own,
 * over the day it was published, also when "the letter" tells it again
 * (events.c, letter_dated). Published on a Thursday. */
static void second_letter_thirty_ninth(void **state)
{
    (void)state;
#define L39 "date 2026-03-12\nVoters row\n\n"
    static const line_case_t cases[] = {
        {L39 "VILNIUS, March 12 (Northwire) -- Opposition leader Marta Veld wrote to President Ivo Kask on Monday, "
             "her party said on Thursday.\n",
         "letter 2026-03-09 held vilnius"}, /* fix */
        {L39 "VILNIUS, March 12 (Northwire) -- Marta Veld sent a letter to the election board on Thursday, her "
             "party said.\n\nShe also wrote to President Ivo Kask on Monday, asking for a delay.\n",
         "letter 2026-03-12 delivered vilnius; letter 2026-03-09 held vilnius"}, /* fix */
        {L39 "RIGA, March 12 (Northwire) -- Marta Veld said in a letter published on Thursday that she wants "
             "observers from Tallinn at the vote.\n",
         "letter 2026-03-12 held riga"}, /* fix */
        {L39 "RIGA, March 12 (Northwire) -- Opposition leader Marta Veld said on Thursday she would boycott the "
             "vote.\n\nVeld's letter to Kask, dated Monday, was printed in the weekly Nordblad on Wednesday.\n",
         "letter 2026-03-09 held riga"}, /* fix */
        {L39 "RIGA, March 12 (Northwire) -- Opposition leader Marta Veld said on Thursday she would boycott the "
             "vote.\n\nVeld's second letter to Kask was printed in the weekly Nordblad on Wednesday. In the letter, dated "
             "Monday, Veld said the roll was flawed.\n",
         "letter 2026-03-09 held riga"}, /* fix */
        /* guards: a letter placed by its own words, a message in a
         * quotation, a letter dated after it was printed (another one, no
         * reference back; placeless before the round, so it failed then
         * too) */
        {L39 "RIGA, March 12 (Northwire) -- Veld wrote to President Kask in Vilnius on Monday.\n",
         "letter 2026-03-09 held vilnius"},
        {L39 "RIGA, March 12 (Northwire) -- \"A clear message is needed now,\" a delegate said.\n", ""},
        {L39 "RIGA, March 12 (Northwire) -- Veld said on Thursday she would boycott the vote.\n\nVeld's letter "
             "to Kask was printed on Monday. In the letter, dated Wednesday, she said more.\n",
         "letter 2026-03-09 held riga"},
    };
#undef L39
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-ninth round (engineer merge39, issue 14): one happening, one
 * event. A visit still to come and one made in a month before the report's
 * are two, even when the plan's own date goes unread (merging.c,
 * before_report_month); a letter told later with "also" right before its
 * verb, to someone the first does not name, is another letter (merging.c).
 * Published on a Thursday. Rows marked "fix" failed before; the rest are
 * guards: one happening told twice stays one. */
static void merging_thirty_ninth(void **state)
{
    (void)state;
#define M39 "date 2026-03-12\nRiver news\n\n"
    static const line_case_t cases[] = {
        {M39 "MARLOW, Ind. (AP) - A restored river steamer will travel to Marlow for the autumn fair, its owners "
             "said on Tuesday. The steamer drew large crowds to Marlow during a three-day visit in 2004.\n",
         "visit 2026-03 planned marlow; visit 2004 held marlow"}, /* fix */
        {M39 "OSLO, March 12 (Northwire) -- Premier Ada Brenn will travel to Oslo for the forum, her office said. "
             "Brenn last came to Oslo on a visit in 2019.\n",
         "visit 2026-03 planned oslo; visit 2019 held oslo"}, /* fix */
        /* guards: a plan told twice, a visit of this month told both ways */
        {M39 "OSLO, March 12 (Northwire) -- Premier Ada Brenn will visit Oslo on Friday. The visit was agreed in "
             "2024.\n",
         "visit 2026-03-13 planned oslo"},
        {M39 "Premier Ada Brenn visited Oslo on Monday. She will visit Oslo again in May.\n", "visit 2026-03-09 held oslo; visit 2026-05 planned oslo"},
        {M39 "Premier Ada Brenn arrived in Oslo on Monday for a visit that will end on Friday.\n", "visit 2026-03-09 held oslo"},
        /* a second letter */
        {M39 "RIGA, March 12 (Northwire) -- Marta Veld said in a letter published on Thursday that she wants "
             "observers at the vote.\n\nVeld also wrote to President Ivo Kask earlier this week, asking for a "
             "delay.\n",
         "letter 2026-03-12 held riga; letter 2026-03 held riga"}, /* fix */
        /* guards: the letter told again, a second addressee no person */
        {M39 "RIGA, March 12 (Northwire) -- Marta Veld wrote to President Ivo Kask on Thursday, asking for "
             "observers.\n\nIn the letter, she also asked for a delay.\n",
         "letter 2026-03-12 held riga"},
        {M39 "RIGA, March 12 (Northwire) -- Marta Veld wrote to President Ivo Kask on Thursday, asking for "
             "observers.\n\nShe also wrote to the election board, asking for a delay.\n",
         "letter 2026-03-12 held riga"},
    };
#undef M39
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer fix37, issue 14): a trip told in the
 * simple past with a purpose infinitive ("flew to C on Monday to meet
 * the premier") is as past as the trip, its weekday the one behind
 * (triggers.c, past_trip_purpose; rules/past_trip_verbs.txt). Published
 * on a Thursday. Rows marked "fix" failed before the round; the rest are
 * guards: no infinitive, "for talks", and trips still to come. */
static void trip_purpose_thirty_seventh(void **state)
{
    (void)state;
#define T37 "date 2026-03-12\n\n"
    static const line_case_t cases[] = {
        {T37 "The envoy flew to Ostrava on Monday to meet the premier.\n", "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy visited Ostrava on Monday to hold talks with the premier.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "On Monday the envoy flew to Ostrava to hold talks with the premier.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "Marek Dolan flew to Ostrava on Monday to hold talks.\n", "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy travelled to Ostrava on Monday to attend a summit.\n", "visit 2026-03-09 held ostrava"},
        {T37 "The envoy went to Ostrava on Monday to sign a trade deal.\n",
         "agreement 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy arrived in Ostrava on Monday to meet the premier.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy headed to Ostrava on Monday to hold talks with the premier.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy flew to Ostrava on March 9 to meet the premier.\n", "visit 2026-03-09 held ostrava"},
        {T37 "The envoy travelled to Ostrava on March 9 to hold talks with the premier.\n",
         "visit 2026-03-09 held ostrava"},
        {T37 "The envoy visited Ostrava on Monday to sign an accord with the premier.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "Foreign Minister Ilse Varga flew to Ostrava on Monday to attend a regional summit.\n",
         "visit 2026-03-09 held ostrava"},
        {T37 "The envoy flew to Ostrava on Monday.\n", "visit 2026-03-09 held ostrava"},
        {T37 "The envoy flew to Ostrava on Monday for talks with the premier.\n", "visit 2026-03-09 held ostrava"},
        {T37 "The envoy will fly to Ostrava on Monday to meet the premier.\n", "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy is to fly to Ostrava on Monday to hold talks.\n", "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy plans to travel to Ostrava on Monday to meet the premier.\n",
         "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy is due in Ostrava on Monday to hold talks.\n", "talks 2026-03-16 planned ostrava"},
        {T37 "The envoy will travel to Ostrava on March 16 to attend a summit.\n", "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy is set to visit Ostrava on Monday to sign a trade deal.\n", "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy arrived in Ostrava on Monday and said he hoped to meet the premier on Friday.\n",
         "visit 2026-03-09 held ostrava"},
        {T37 "Dolan flew home on Monday; he is to meet the premier in Ostrava on Friday.\n",
         "meeting 2026-03-13 planned ostrava"},
        {T37 "The envoy will fly to Ostrava on Monday to attend a summit.\n", "visit 2026-03-16 planned ostrava"},
        /* A second grid: more verbs and nouns of a trip, more guards. */
        {T37 "The envoy paid a visit to Ostrava on Monday to hold talks with the premier.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy made a trip to Ostrava on Monday to meet the premier.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy, who flew to Ostrava on Monday to meet the premier, said talks went well.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy flew into Ostrava on Monday to meet the premier.\n", "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy travelled to Ostrava on Monday to discuss trade with the premier.\n",
         "visit 2026-03-09 held ostrava"},
        {T37 "The envoy flew to Ostrava on Monday to visit the premier.\n", "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy landed in Ostrava on Monday to meet the premier.\n", "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy went to Ostrava on Monday to hold talks with the premier.\n",
         "talks 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy came to Ostrava on Monday to meet the premier.\n", "meeting 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy flew to Ostrava on Monday in order to meet the premier.\n", "visit 2026-03-09 held ostrava"},
        {T37 "The envoy travelled to the northern city of Ostrava on Monday to meet the premier.\n",
         "visit 2026-03-09 held ostrava"},
        {T37 "The envoy returned to Ostrava on Monday to hold talks with the premier.\n",
         "talks 2026-03-09 held ostrava"}, /* fix */
        {T37 "On Monday, the envoy arrived in Ostrava to meet the premier.\n",
         "visit 2026-03-09 held ostrava"}, /* fix */
        {T37 "The envoy is travelling to Ostrava on Monday to meet the premier.\n",
         "meeting 2026-03-16 planned ostrava"},
        {T37 "The envoy leaves for Ostrava on Monday to meet the premier.\n", "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy is expected in Ostrava on Monday to hold talks.\n", "talks 2026-03-16 planned ostrava"},
        {T37 "The envoy said he would fly to Ostrava on Monday to meet the premier.\n",
         "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy will pay a visit to Ostrava on Monday to hold talks.\n", "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy is to make a trip to Ostrava on Monday to meet the premier.\n",
         "visit 2026-03-16 planned ostrava"},
        {T37 "The envoy will land in Ostrava on Monday to meet the premier.\n", "meeting 2026-03-16 planned ostrava"},
    };
#undef T37
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer pos37b, issue 14): a grid of ordinary
 * trips and gatherings still told by no event, in sentences of our own
 * (invented names, real places), published on a Thursday. Rows marked
 * "fix" failed before the round; the rest are guards sharing their
 * words. */
static void trip_stay_thirty_seventh_b(void **state)
{
    (void)state;
#define B37 "date 2026-03-12\n\n"
    static const line_case_t cases[] = {
        /* A past stay with a purpose ("was in C on Monday to meet X") is
         * past: its weekday the one behind (triggers.c, past_trip_purpose). */
        {B37 "The envoy was in Ostrava on Monday to meet the premier.\n", "meeting 2026-03-09 held ostrava"}, /* fix */
        {B37 "Marek Dolan was in Ostrava on Monday to hold talks with Premier Ivo Sand.\n",
         "talks 2026-03-09 held ostrava"}, /* fix */
        {B37 "Foreign Minister Ilse Varga was in Ostrava on Tuesday to sign a trade accord.\n",
         "agreement 2026-03-10 held ostrava"}, /* fix */
        {B37 "The foreign minister was in Ostrava on Monday for talks with the premier.\n",
         "talks 2026-03-09 held ostrava"},
        {B37 "The envoy was in a position to meet the premier.\n", ""},
        {B37 "The envoy said he was in no hurry to meet the premier.\n", ""},
        {B37 "The minister was in favour of a summit.\n", ""},
        {B37 "The team was in Ostrava on Monday to play a match.\n", ""},
        /* A gathering told back, "set"/"scheduled for" a date, then its
         * place (events.c, scheduled_len), also after an "of" phrase of
         * who gathers; "set for a fall" is no date. */
        {B37 "The meeting is set for Friday in Ostrava.\n", "meeting 2026-03-13 planned ostrava"},      /* fix */
        {B37 "The talks are scheduled for Friday in Ostrava.\n", "talks 2026-03-13 planned ostrava"},   /* fix */
        {B37 "The summit is scheduled for next month in Ostrava.\n", "meeting 2026-04 planned ostrava"}, /* fix */
        {B37 "The meeting of the two envoys is scheduled for Friday in Ostrava.\n",
         "meeting 2026-03-13 planned ostrava"}, /* fix */
        {B37 "A meeting between the two leaders is set for Friday in Ostrava.\n",
         "meeting 2026-03-13 planned ostrava"},
        {B37 "The market is set for a fall on Friday.\n", ""},
        {B37 "The stage is set for a clash in Ostrava.\n", ""},
        /* A trip inside a "who" clause set off by commas keeps its own
         * tense, not the main clause's plan (events.c, the tense window
         * ends at the clause's comma); a plan inside the clause stays. */
        {B37 "The envoy, who flew to Ostrava on Monday, plans to meet the premier on Friday.\n",
         "visit 2026-03-09 held ostrava; meeting 2026-03-13 planned -"}, /* fix */
        {B37 "The envoy, who visited Ostrava on Monday, will meet the premier on Friday.\n",
         "visit 2026-03-09 held ostrava; meeting 2026-03-13 planned -"}, /* fix */
        {B37 "The envoy, who will fly to Ostrava on Monday, met the premier on Tuesday.\n",
         "visit 2026-03-16 planned ostrava; meeting 2026-03-10 held -"},
        {B37 "The premier, who is to visit Ostrava on Monday, said trade would grow.\n",
         "visit 2026-03-16 planned ostrava"},
        /* A gathering told back, a phrase set off by commas, then its verb
         * of opening or taking place (events.c, appositive_len). */
        {B37 "The summit, the first in ten years, opened in Ostrava on Monday.\n",
         "meeting 2026-03-09 held ostrava"}, /* fix */
        {B37 "The summit, the first in a decade, opens in Ostrava on Friday.\n",
         "meeting 2026-03-13 planned ostrava"}, /* fix */
        {B37 "The plan, the first in years, opened the way for trade.\n", ""},
        {B37 "The summit, a costly affair, angered voters in Ostrava.\n", ""},
    };
#undef B37
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (engineer grid37, issue 14): a grid of ordinary
 * news phrasings, both ways, for the kinds the earlier grids covered
 * least, in sentences of our own (invented names and countries, real
 * places), published on a Tuesday. Rows marked "fix" failed before the
 * round; the rest are guards (docs/accuracy.md, the round's grid37
 * section). */
static void grid_phrasings_thirty_seventh(void **state)
{
    (void)state;
#define G37 "date 2026-03-10\n\n"
    static const line_case_t cases[] = {
        /* A meeting told, then "may/could meet again": the repeat is a
         * possibility, no event, and its modal and month are no part of
         * the meeting held (fix); "will meet again" plans one of its own
         * (fix); alone, "may meet again" stays the plan a modal tells. */
        {G37 "The Freedonian president held a meeting with the Sylvanian premier in Ostrava on Monday and may meet "
             "him again next month.\n",
         "meeting 2026-03-09 held ostrava"}, /* fix */
        {G37 "Freedonian and Sylvanian envoys met in Ostrava on Monday and could meet again in April.\n",
         "meeting 2026-03-09 held ostrava"}, /* fix */
        {G37 "Freedonian and Sylvanian envoys met in Ostrava on Monday and will meet again in April.\n",
         "meeting 2026-03-09 held ostrava; meeting 2026-04 planned ostrava"}, /* fix */
        {G37 "The envoys may meet again in Ostrava.\n", "meeting 2026-03 planned ostrava"},
        /* "invited A and B to visit": an "and" joining two guests does not
         * end the invitation's reach (fix); one followed by a verb of its
         * own does ("... and the two leaders agreed to meet" stays a plan). */
        {G37 "The Freedonian president invited the Sylvanian premier and her foreign minister to visit Ostrava.\n",
         ""}, /* fix */
        {G37 "The Kenyan president invited Ugandan President Tom Odera and Rwandan President Ana Lutz to visit "
             "Nairobi.\n",
         ""}, /* fix */
        {G37 "The Sylvanian premier welcomed the invitation and the two leaders agreed to meet in Ostrava.\n",
         "meeting 2026-03 planned ostrava"},
        {G37 "The Sylvanian premier accepted the invitation and her foreign minister is to visit Ostrava next "
             "month.\n",
         "visit 2026-04 planned ostrava"},
        /* A meeting, talks or a visit "in southern C": the region adjective
         * between "in" and a country or region no longer loses the place
         * (fix); a topic "in eastern C" after "to discuss" is still none. */
        {G37 "The two presidents met in southern France on Monday.\n", "meeting 2026-03-09 held france"}, /* fix */
        {G37 "Kenyan and Ugandan negotiators held talks in northern Italy on Monday.\n",
         "talks 2026-03-09 held italy"}, /* fix */
        {G37 "The two presidents met in Paris on Monday to discuss the fighting in eastern Congo.\n",
         "meeting 2026-03-09 held paris"},
        /* "recalled" with a person as its subject and no envoy after it,
         * or before "that"/"how", is remembering, no recall (fix); a firm's
         * recall of goods stays (the audit counts it); "for consultations"
         * after a recall is its purpose, no talks (fix). */
        {G37 "The ambassador recalled his years in Kampala fondly.\n", ""}, /* fix */
        {G37 "The firm recalled all of its spinach in San Jose on Monday.\n", "other 2026-03-09 held san-jose"},
        {G37 "Kenya recalled its ambassador from Uganda on Monday.\n", "other 2026-03-09 held uganda"},
        {G37 "The Kenyan ambassador was recalled from Kampala on Monday.\n", "other 2026-03-09 held kampala"},
        {G37 "Kenya recalled its top diplomat in Kampala for consultations on Monday.\n",
         "other 2026-03-09 held kampala"}, /* fix */
        {G37 "Kenya called its ambassador in Kampala back to Nairobi for consultations on Monday.\n", ""}, /* fix */
        {G37 "Kenya threatened to recall its ambassador from Kampala.\n", ""},
        /* A gathering told as a habit by its predicate in the present ("is
         * usually held", "usually takes place") is none (fix); held once,
         * it is told. */
        {G37 "The African Union summit is usually held in Addis Ababa.\n", ""},              /* fix */
        {G37 "The annual meeting of the bloc usually takes place in Jakarta.\n", ""},         /* fix */
        {G37 "The African Union summit opened in Addis Ababa on Monday.\n", "meeting 2026-03-09 held addis-ababa"},
        {G37 "The African Union summit was held in Addis Ababa on Monday.\n", "meeting 2026-03-09 held addis-ababa"},
        /* A letter or statement that is a banking or bookkeeping paper ("a
         * letter of credit", "a statement of accounts") is none (fix:
         * rules/other_senses.txt, an object after "of"). */
        {G37 "The bank issued a letter of credit in Nairobi on Monday.\n", ""},                  /* fix */
        {G37 "The firm published a statement of accounts in Nairobi on Monday.\n", ""},          /* fix */
        {G37 "The ministry issued a statement in Nairobi on Monday.\n", "statement 2026-03-09 held nairobi"},
        /* An experience told by a present perfect closing with "before"
         * is no happening (fix), and a state's act told as a habit ("often
         * summons") is none, as a meeting told so is (fix). */
        {G37 "Kenya has expelled diplomats before.\n", ""},                                     /* fix */
        {G37 "The two presidents have met in Nairobi before.\n", ""},                           /* fix */
        {G37 "Kenya often summons foreign ambassadors in Nairobi.\n", ""},                      /* fix */
        {G37 "The two presidents met in Nairobi on Monday, as they had before.\n", "meeting 2026-03-09 held nairobi"},
        {G37 "Kenya summoned the Ugandan ambassador in Nairobi on Monday.\n", "other 2026-03-09 held nairobi"},
        /* A prisoner exchange told by its verb ("exchanged prisoners",
         * "swapped captured soldiers") is a release by both sides (fix:
         * rules/act_frames.txt, act-held); fire, views or a plan are none. */
        {G37 "Kenya and Uganda exchanged prisoners in Nairobi on Monday.\n", "other 2026-03-09 held nairobi"}, /* fix */
        {G37 "Kenya and Uganda swapped prisoners at the border town of Busia on Monday.\n",
         "other 2026-03-09 held busia"}, /* fix */
        {G37 "Kenya and Uganda exchanged fire near Busia on Monday.\n", ""},
        {G37 "The two ministers exchanged views with soldiers in Nairobi on Monday.\n", ""},
        {G37 "Police swapped prisoners between two jails in Nairobi on Monday.\n", ""},
        {G37 "Kenya and Uganda could exchange prisoners in Nairobi.\n", ""},
        /* Sanctions or an embargo imposed by a state named before the verb
         * is an act there, as "sanctioned" is (fix: rules/act_frames.txt,
         * act-sanction); a curfew, a fine, a threat, a possibility, a
         * background or an experience is none. */
        {G37 "The United States imposed sanctions on Belarus on Monday.\n", "other 2026-03-09 held united-states"}, /* fix */
        {G37 "Britain imposed an arms embargo on Sylvania on Monday.\n", "other 2026-03-09 held united-kingdom"}, /* fix */
        {G37 "Police imposed a curfew in Nairobi on Monday.\n", ""},
        {G37 "The court imposed a fine on the firm in Nairobi on Monday.\n", ""},
        {G37 "Kenya threatened to impose sanctions on Uganda.\n", ""},
        {G37 "The sanctions imposed on Iran in 2012 remain in force.\n", ""},
        {G37 "Kenya has imposed sanctions on Uganda before.\n", ""},
        /* A day told between the acting state and its verb ("Kenya on
         * Monday freed ...") leaves the state the actor (fix). */
        {G37 "Kenya on Monday freed 20 Ugandan prisoners.\n", "other 2026-03-09 held kenya"},                  /* fix */
        {G37 "Kenya on Monday lifted sanctions on Uganda.\n", "other 2026-03-09 held kenya"},                  /* fix */
        {G37 "The United States on Monday slapped new sanctions on Iranian oil exporters.\n",
         "other 2026-03-09 held united-states"}, /* fix */
        /* A ceasefire or truce one side declares ("declared a unilateral
         * ceasefire", "proclaimed a truce") is made (fix); a call for one, a
         * plea to respect one and a saying about one are none. */
        {G37 "The rebels declared a unilateral ceasefire in Goma on Monday.\n", "agreement 2026-03-09 held goma"}, /* fix */
        {G37 "The army proclaimed a truce in Goma on Monday.\n", "agreement 2026-03-09 held goma"},             /* fix */
        {G37 "Kenya called for a ceasefire in Goma on Monday.\n", ""},
        {G37 "The rebels declared that the ceasefire in Goma was dead.\n", ""},
        {G37 "Kenya called on both sides to respect the truce in Goma.\n", ""},
        /* "Speaking in C on Monday, X said ..." and "X, speaking in C,
         * said ..." place and date an office holder's saying as "X said in
         * C on Monday" does (fix); a private person's words, and the
         * dateline's own city, are none. */
        {G37 "Speaking in Geneva on Monday, Kenyan President Tom Odera said the border would reopen.\n",
         "statement 2026-03-09 held geneva"}, /* fix */
        {G37 "Kenyan President Tom Odera, speaking in Geneva on Monday, said the border would reopen.\n",
         "statement 2026-03-09 held geneva"}, /* fix */
        {G37 "Speaking in Geneva on Monday, the farmer said the harvest was poor.\n", ""},
        {G37 "NAIROBI, March 9 (Wire) - Speaking in Nairobi on Monday, Kenyan President Tom Odera said the border "
             "would reopen.\n",
         ""},
    };
#undef G37
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (issue 14, engineer acts37): a grid of a state's
 * acts told without a town, in our own words. The report's day is a
 * Tuesday. */
static void acts_grid_thirty_seventh(void **state)
{
    (void)state;
#define A37 "date 2026-03-10\n\n"
    static const line_case_t cases[] = {
        /* An expulsion told by its noun after a verb of ordering or
         * announcing is at the state named before the verb, as "expelled"
         * is (fix); a teacher, a court, a modal, a threat, an order
         * challenged and an experience are none. */
        {A37 "Poland ordered the expulsion of two Sylvanian diplomats on Monday.\n", "other 2026-03-09 held poland"}, /* fix */
        {A37 "Ottawa ordered the expulsion of four Freedonian diplomats on Friday.\n", "other 2026-03-06 held ottawa"}, /* fix */
        {A37 "Poland announced the expulsion of two Sylvanian diplomats on Monday.\n", "other 2026-03-09 held poland"}, /* fix */
        {A37 "Poland expelled two Sylvanian diplomats on Monday.\n", "other 2026-03-09 held poland"},
        {A37 "The expulsion order was challenged in court on Wednesday.\n", ""},
        {A37 "The teacher ordered the expulsion of two pupils on Tuesday.\n", ""},
        {A37 "The court ordered the expulsion of two migrants on Monday.\n", ""},
        {A37 "Poland could order the expulsion of two Sylvanian diplomats.\n", ""},
        {A37 "Poland threatened to order the expulsion of Sylvanian diplomats.\n", ""},
        {A37 "Poland has ordered the expulsion of diplomats before.\n", ""},
        /* "declared X persona non grata": at the declaring state (fix), an
         * attaché an envoy as a diplomat is (fix). */
        {A37 "Canada declared a Freedonian diplomat persona non grata on Thursday.\n",
         "other 2026-03-05 held canada"}, /* fix */
        {A37 "Canada declared a Freedonian diplomat persona non grata on Thursday and gave him two days to leave.\n",
         "other 2026-03-05 held canada"}, /* fix */
        {A37 "Japan declared the Sylvanian military attache persona non grata on Wednesday.\n",
         "other 2026-03-04 held japan"}, /* fix */
        /* "Speaking at the UN in C on Monday, X said": the participle's day
         * is the saying's, as after "Speaking in C" (fix). */
        {A37 "Speaking at the UN in New York on Monday, Kenyan President Tom Odera said the blockade was illegal.\n",
         "statement 2026-03-09 held un-hq"}, /* fix */
        {A37 "Kenyan President Tom Odera, speaking at the UN in New York on Monday, said the blockade was illegal.\n",
         "statement 2026-03-09 held un-hq"}, /* fix */
        {A37 "Speaking at the UN in New York, Kenyan President Tom Odera said on Friday that talks would resume.\n",
         "statement 2026-03-06 held un-hq"},
        /* ... and a verb of judging after the opening "Speaking" phrase
         * ("condemned", "warned") is that saying (fix); an office holder's
         * only, and alone it is none. */
        {A37 "Speaking at the UN in New York on Monday, Kenyan President Tom Odera condemned the blockade.\n",
         "statement 2026-03-09 held un-hq"}, /* fix */
        {A37 "Speaking in Geneva on Monday, Kenyan President Tom Odera warned against new strikes.\n",
         "statement 2026-03-09 held geneva"}, /* fix */
        {A37 "Speaking in Geneva on Monday, the farmer condemned the price of seed.\n", ""},
        {A37 "Kenya condemned the bombing on Monday.\n", ""},
        {A37 "Speaking to reporters, the coach condemned the referee.\n", ""},
        /* A measure announced ("announced new sanctions against C") is the
         * announcing state's act, at that state, not at its target (fix);
         * "announced that", a modal after the verb, a minister with no
         * state, and a bloc with no seat are none. */
        {A37 "Moscow announced sanctions against Sylvania on Thursday.\n", "other 2026-03-05 held moscow"}, /* fix */
        {A37 "Germany announced new sanctions against Russia on Monday.\n", "other 2026-03-09 held germany"}, /* fix */
        {A37 "Germany unveiled fresh sanctions on three Sylvanian officials on Monday.\n",
         "other 2026-03-09 held germany"}, /* fix */
        {A37 "Germany announced that sanctions would follow.\n", ""},
        {A37 "Germany announced it may impose sanctions on Russia.\n", ""},
        {A37 "The minister announced sanctions against the club on Monday.\n", ""},
        {A37 "The European Union announced new sanctions against Russia on Friday.\n", ""},
        {A37 "Germany threatened to impose sanctions on Russia.\n", ""},
        /* "handed over" a held person is a release by the state before the
         * verb (fix); keys, a report, a suspect by police, bodies, and a
         * modal are none. */
        {A37 "Kenya handed over 12 prisoners to Uganda on Monday.\n", "other 2026-03-09 held kenya"}, /* fix */
        {A37 "The mayor handed over the keys of the city to the singer on Thursday.\n", ""},
        {A37 "He handed over the report to the committee on Thursday.\n", ""},
        {A37 "Police handed over the suspect to Ugandan officers on Monday.\n", ""},
        {A37 "Kenya could hand over 12 prisoners to Uganda.\n", ""},
        {A37 "The envoy handed a letter to the Ugandan president in Kampala on Monday.\n",
         "letter 2026-03-09 delivered kampala"},
    };
#undef A37
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Issue 14, section 3 "Time": one sentence of our own per construction
 * and common variant, with its publication date, checked as a table (every
 * failing case is listed, not only the first). Written at the eighteenth
 * round: of 68 cases, 18 failed before the round's rules; the 4 that
 * still fail are left out and named in docs/accuracy.md. */
typedef struct {
    const char *published, *sentence, *want;
} time_case_t;

static void time_constructions(void **state)
{
    (void)state;
    static const time_case_t cases[] = {
        /* Written dates: day before month, month before day, an explicit year. */
        {"2010-06-15", "The foreign ministers met in Oslo on 3 June.", "meeting 2010-06-03 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo on June 3.", "meeting 2010-06-03 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo on June 3, 2009.", "meeting 2009-06-03 held oslo"},
        {"2010-06-15", "The foreign ministers will hold talks in Oslo on 21 June.", "talks 2010-06-21 planned oslo"},
        /* Weekdays counted from the publication date (a Tuesday): back in the past tense, on in the future. */
        {"2010-06-15", "The foreign ministers met in Oslo on Monday.", "meeting 2010-06-14 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo on Friday.", "meeting 2010-06-11 held oslo"},
        {"2010-06-15", "The king met the prime minister in Oslo on Wednesday.", "meeting 2010-06-09 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo on Monday.", "meeting 2010-06-21 planned oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo on Friday.", "meeting 2010-06-18 planned oslo"},
        {"2010-06-15", "The king will meet the prime minister in Oslo on Wednesday.",
         "meeting 2010-06-16 planned oslo"},
        /* Relative expressions: counted from the report, at the precision they give (no week precision: the month). */
        {"2010-06-15", "The foreign ministers met in Oslo earlier this month.", "meeting 2010-06 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo last year.", "meeting 2009 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo last November.", "meeting 2009-11 held oslo"},
        {"2010-06-15", "The envoys met in Oslo last month.", "meeting 2010-05 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo next week.", "meeting 2010-06 planned oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo next month.", "meeting 2010-07 planned oslo"},
        {"2010-06-15", "The king visited Oslo yesterday.", "visit 2010-06-14 held oslo"},
        {"2010-06-15", "The king will visit Oslo tomorrow.", "visit 2010-06-16 planned oslo"},
        {"2010-06-15", "The king visited Oslo two weeks ago.", "visit 2010-06-01 held oslo"},
        {"2010-06-15", "The council backed the plan after an angry meeting in Oslo tonight.",
         "meeting 2010-06-15 held oslo"},
        {"2010-06-15", "The envoys are meeting in Oslo today.", "meeting 2010-06-15 held oslo"},
        /* (thirty-sixth round: the report's own weekday in the present
         * tense is later that day, still to come) */
        {"2010-06-15", "The envoys are meeting in Oslo on Tuesday to discuss the budget.",
         "meeting 2010-06-15 planned oslo"},
        {"2010-06-15", "During the king's visit to Oslo last year, the two governments said they would build a bridge.",
         "visit 2009 held oslo"},
        /* Bare months and years: the tense decides which side of the report a month falls on; an explicit year wins. */
        {"2010-06-15", "The foreign ministers met in Oslo in 2007.", "meeting 2007 held oslo"},
        {"2010-06-15", "The 1992 bombing in Oslo killed five people.", "incident 1992 held oslo"},
        /* A year written alone dates the day named after it in its clause
         * (the year of an adjective, of "In 2007," before the comma), not
         * one past a comma that starts another clause. */
        {"2010-06-15", "The 1998 summit in Oslo on 26 May ended the dispute.", "meeting 1998-05-26 held oslo"},
        {"2010-06-15", "In 1998 the king visited Oslo on 26 May.", "visit 1998-05-26 held oslo"},
        {"2010-06-15", "In 2007, the king visited Oslo on 26 June.", "visit 2007-06-26 held oslo"},
        {"2010-06-15", "In 2007 the king visited Oslo, and he will return on 26 June.", "visit 2007 held oslo"},
        {"2010-06-15", "Critics recalled the 1992 demolition of a mosque in Oslo.", "incident 1992 held oslo"},
        {"2010-06-15", "The 2008 raid on a camp in Oslo killed ten.", "incident 2008 held oslo"},
        {"2010-06-15", "The king visited Oslo in March.", "visit 2010-03 held oslo"},
        {"2010-06-15", "The king will visit Oslo in March.", "visit 2011-03 planned oslo"},
        {"2010-03-10", "The king visited Oslo in February.", "visit 2010-02 held oslo"},
        {"2010-12-10", "The king will visit Oslo in January.", "visit 2011-01 planned oslo"},
        /* A modal before the bare verb looks ahead, as "will" does: the coming May, planned. */
        {"2010-03-10", "The king might visit Oslo in May.", "visit 2010-05 planned oslo"},
        {"2010-03-10", "The king may travel to Oslo in May.", "visit 2010-05 planned oslo"},
        {"2010-06-15", "The king could also travel to Oslo in August.", "visit 2010-08 planned oslo"},
        {"2010-03-10", "Officials said the two leaders might meet in Oslo in May.", "meeting 2010-05 planned oslo"},
        /* Plans: "is due to", "plans to", "agreed to hold", "scheduled", "expected", "likely". */
        {"2010-06-15", "The king is due to visit Oslo in July.", "visit 2010-07 planned oslo"},
        {"2010-06-15", "The king is due to visit Oslo on Thursday.", "visit 2010-06-17 planned oslo"},
        {"2010-06-15", "The king plans to visit Oslo in August.", "visit 2010-08 planned oslo"},
        {"2010-06-15", "The king plans to visit Oslo next month.", "visit 2010-07 planned oslo"},
        {"2010-06-15", "The two sides agreed to hold a summit in Oslo in September.", "meeting 2010-09 planned oslo"},
        {"2010-06-15", "The summit in Oslo was scheduled for July 20.", "meeting 2010-07-20 planned oslo"},
        {"2010-06-15", "The king was scheduled to visit Oslo on Friday.", "visit 2010-06-18 planned oslo"},
        {"2010-06-15", "Officials have scheduled two meetings in Oslo for later this month.",
         "meeting 2010-06 planned oslo"},
        {"2010-06-15", "The king is expected to visit Oslo in the coming weeks.", "visit 2010-06 planned oslo"},
        {"2010-06-15", "The next round of talks in Oslo is likely in July.", "talks 2010-07 planned oslo"},
        /* ... a future far up the clause, over a name that holds a trigger
         * ("Warsaw Pact"), with a participle after "be" between. */
        {"2010-06-15",
         "Norway is widely expected to become one of the first former Warsaw Pact members to be granted seats at a "
         "NATO summit in Oslo in April.",
         "meeting 2011-04 planned oslo"},
        /* Called off: cancelled and postponed (the report's month when nothing else dates it). */
        {"2010-06-15", "The king's visit to Oslo has been postponed.", "visit 2010-06 cancelled oslo"},
        {"2010-06-15", "The king cancelled his visit to Oslo.", "visit 2010-06 cancelled oslo"},
        {"2010-06-15", "The talks in Oslo were cancelled.", "talks 2010-06 cancelled oslo"},
        {"2010-06-15", "The king's visit to Oslo, planned for July, was postponed.", "visit 2010-07 cancelled oslo"},
        /* Frames and clauses: a fronted date frames the next sentence;
         * "since taking office in March last year" is not the meeting's
         * date; a participle opening the sentence takes the main clause's
         * time; a trigger in the simple past is done whatever a modal of
         * another verb adds. */
        {"2010-06-15", "On June 3, the envoys arrived in Oslo. They held talks with the king.",
         "visit 2010-06-03 held oslo; talks 2010-06-03 held oslo"},
        {"2010-06-15", "The king flew to Oslo on Sunday. On Monday he met the prime minister in Oslo.",
         "visit 2010-06-13 held oslo; meeting 2010-06-14 held oslo"},
        {"2010-06-15", "Since taking office in March last year, the president has met the king in Oslo.",
         "meeting 2010-06-15 held oslo"},
        {"2010-06-15", "Making a two-day visit to Oslo, the king is due to arrive on Thursday.",
         "visit 2010-06-17 planned oslo"},
        {"2010-06-15", "Paying his first visit to Oslo, the king will meet the prime minister on Friday.",
         "visit 2010-06-18 planned oslo; meeting 2010-06-18 planned -"},
        {"2010-06-15", "Ministers who phoned the king today were supportive, though some said he should resign.",
         "call 2010-06-15 held -"},
        {"2010-06-15", "The envoys met in Oslo and said the two sides should meet again soon.",
         "meeting 2010-06-15 held oslo"},
        /* A time of the past in the event's own words makes it done, with
         * or without a publication date; a participle after a determiner
         * plans its own noun, not the event ("the proposed summit" is
         * still one to come). */
        {"", "During the king's visit to Oslo last year the two sides agreed that Norway would buy ships.",
         "visit ? held oslo"},
        {"2010-06-15", "Councillors backed the scheme after an angry meeting in Oslo tonight over the proposed bridge.",
         "meeting 2010-06-15 held oslo"},
        {"2010-06-15", "The proposed summit in Oslo was welcomed by both sides.", "meeting 2010-06 planned oslo"},
        /* One party failing or refusing to attend: the event itself took
         * place; refusing to meet is still a refused meeting. */
        {"2010-06-15", "The island failed to attend a planning meeting in Oslo on June 3, where the others agreed.",
         "meeting 2010-06-03 held oslo"},
        {"2010-06-15", "The king refused to meet the envoy in Oslo.", "meeting 2010-06 refused oslo"},
        /* A text without a publication date: a month named without a year
         * after a later month of the year last named is in the next year
         * (a narrative goes forward), also after a bound ("since ... May
         * 2017") and after "had" with its own object; the past perfect is
         * told out of order and stays in that year. */
        {"", "In April 2006, the king visited Oslo. In February, the queen visited Bergen.",
         "visit 2006-04 held oslo; visit 2007-02 held bergen"},
        {"",
         "Since taking office in May 2017, the king has travelled widely. On a visit to Bergen on 1 February, he "
         "praised the port.",
         "visit 2018-02-01 held bergen"},
        {"", "In April 2006, the king visited Oslo. In February, the queen had talks with the mayor in Bergen.",
         "visit 2006-04 held oslo; talks 2007-02 held bergen"},
        {"", "In April 2006, the king visited Oslo. In February, the queen had already visited Bergen.",
         "visit 2006-04 held oslo; visit 2006-02 held bergen"},
        /* A day's possessive dates the event noun it qualifies, not the
         * other events of its sentence; its own noun still takes it. */
        {"2010-06-15",
         "The king said the meeting in Oslo was calmer than Monday's talks with the prime minister in Bergen.",
         "meeting 2010-06-15 held oslo; talks 2010-06-14 held bergen"},
        {"2010-06-15", "The envoy said the talks in Oslo went better than last week's meeting with the king in Bergen.",
         "talks 2010-06-15 held oslo; meeting 2010-06 held bergen"},
        {"2010-06-15", "Monday's talks in Bergen with the king were tense.", "talks 2010-06-14 held bergen"},
        /* The future of a verb reaches an event noun after "of" however
         * long its phrase; the past stays past. */
        {"2010-06-15",
         "Their stay in Bergen will overlap with the signing of twelve trade and energy accords on Friday.",
         /* (thirty-fifth round: the noun of a stay before a name is a trip) */
         "visit 2010-06-18 planned bergen; agreement 2010-06-18 planned bergen"},
        {"2010-06-15", "The envoys met in Bergen after the signing of twelve trade and energy accords on Friday.",
         "meeting 2010-06-11 held bergen; agreement 2010-06-11 held bergen"},
        /* An offer taken up sets an event still to come; a date before
         * the report makes it held. */
        {"2010-06-15", "Officials said the king accepted the envoy's request for a meeting in Oslo.",
         "meeting 2010-06 planned oslo"},
        {"2010-06-15", "The king accepted the envoy's request for a meeting in Oslo on June 3.",
         "meeting 2010-06-03 held oslo"},
        /* Thirty-sixth round (issue 14, a grid of the ordinary ways news
         * dates an event against the report's day, a Tuesday): a weekday
         * the report's own in the past, "last" a week back, "next" and
         * "this" ahead; the evening before; two days back or on. */
        {"2010-06-15", "The foreign ministers met in Oslo on Tuesday.", "meeting 2010-06-15 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo last Tuesday.", "meeting 2010-06-08 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo last Friday.", "meeting 2010-06-11 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo next Friday.", "meeting 2010-06-18 planned oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo this Friday.", "meeting 2010-06-18 planned oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo on Sunday.", "meeting 2010-06-13 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo on Saturday.", "meeting 2010-06-19 planned oslo"},
        {"2010-06-15", "The foreign ministers are to meet in Oslo on Thursday.", "meeting 2010-06-17 planned oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo on Wednesday last week.", "meeting 2010-06-09 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo last night.", "meeting 2010-06-14 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo late last night.", "meeting 2010-06-14 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo this evening.", "meeting 2010-06-15 planned oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo the day before yesterday.", "meeting 2010-06-13 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo the day after tomorrow.",
         "meeting 2010-06-17 planned oslo"},
        /* ... weeks, months and years counted from the report; a week
         * back from its first days is the month before. */
        {"2010-06-03", "The foreign ministers met in Oslo last week.", "meeting 2010-05 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo earlier this year.", "meeting 2010 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo later this year.", "meeting 2010 planned oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo later this month.", "meeting 2010-06 planned oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo next year.", "meeting 2011 planned oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo three days ago.", "meeting 2010-06-12 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo two years ago.", "meeting 2008 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo six months ago.", "meeting 2009-12 held oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo a fortnight ago.", "meeting 2010-06-01 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo in three days.", "meeting 2010-06-18 planned oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo on 2010-06-14.", "meeting 2010-06-14 held oslo"},
        {"2010-06-15", "The foreign ministers will meet in Oslo in two weeks' time.", "meeting 2010-06-29 planned oslo"},
        /* ... days of the year that have a name, on the side the tense says */
        {"2010-06-15", "The foreign ministers met in Oslo on Christmas Eve.", "meeting 2009-12-24 held oslo"},
        {"2010-12-20", "The foreign ministers will meet in Oslo on New Year's Day.", "meeting 2011-01-01 planned oslo"},
        {"2010-06-15", "The foreign ministers met in Oslo on New Year's Day.", "meeting 2010-01-01 held oslo"},
        /* ... from the day told before it. */
        {"2010-06-15", "The king arrived in Oslo on Monday. He had met the prime minister in Bergen the previous day.",
         "visit 2010-06-14 held oslo; meeting 2010-06-13 held bergen"},
        {"2010-06-15", "The king visited Oslo on 3 June. The week before, he had visited Bergen.",
         "visit 2010-06-03 held oslo; visit 2010-05-27 held bergen"},
        {"2010-06-15", "The king visited Oslo on 3 June. He visited Bergen the next day.",
         "visit 2010-06-03 held oslo; visit 2010-06-04 held bergen"},
        {"2010-06-15", "The king visited Oslo on 3 April. The following month he visited Bergen.",
         "visit 2010-04-03 held oslo; visit 2010-05 held bergen"},
        {"2010-06-15", "On 3 March 2007, the king visited Oslo. Two days later, he met the prime minister in Bergen.",
         "visit 2007-03-03 held oslo; meeting 2007-03-05 held bergen"},
        /* ... a day and month with no year across the turn of the year,
         * forward in the future tense, back in the past. */
        {"2010-12-20", "The foreign ministers will meet in Oslo on January 5.", "meeting 2011-01-05 planned oslo"},
        {"2010-12-20", "The summit in Oslo is scheduled for January 5.", "meeting 2011-01-05 planned oslo"},
        {"2011-01-03", "The foreign ministers met in Oslo on December 28.", "meeting 2010-12-28 held oslo"},
        {"2011-01-03", "The foreign ministers met in Oslo last week.", "meeting 2010-12 held oslo"},
        {"2010-12-30", "The foreign ministers will meet in Oslo on Monday.", "meeting 2011-01-03 planned oslo"},
        {"2011-01-02", "The foreign ministers met in Oslo on Thursday.", "meeting 2010-12-30 held oslo"},
        /* ... a range by its first day; an ordinal day told alone ("on the
         * 14th") in the report's month, the month before when the past
         * names a later day, the month after when the future names an
         * earlier one; "the 14th floor" dates nothing. */
        {"2010-06-15", "The king will visit Oslo from 3 to 5 July.", "visit 2010-07-03 planned oslo"},
        {"2010-06-15", "The king visited Oslo between 3 and 5 June.", "visit 2010-06-03 held oslo"},
        {"2010-06-15", "The envoys met in Oslo on the 14th.", "meeting 2010-06-14 held oslo"},
        {"2010-06-15", "The envoys met in Oslo on the 20th.", "meeting 2010-05-20 held oslo"},
        {"2010-06-15", "The envoys will meet in Oslo on the 20th.", "meeting 2010-06-20 planned oslo"},
        {"2010-06-15", "The envoys will meet in Oslo on the 2nd.", "meeting 2010-07-02 planned oslo"},
        {"2010-06-15", "The envoys met in Oslo on the 3rd of May.", "meeting 2010-05-03 held oslo"},
        {"2010-06-15", "The envoys met in Oslo on the 14th and agreed to talk again.", "meeting 2010-06-14 held oslo"},
        {"2010-06-15", "The envoys met on the 14th floor of a hotel in Oslo.", "meeting 2010-06-15 held oslo"},
        /* ... a year that frames the sentences after it. */
        {"2010-06-15", "In 2007, the king visited Oslo. He met the prime minister in Bergen in March.",
         "visit 2007 held oslo; meeting 2007-03 held bergen"},
        {"2010-06-15", "In 2007, relations soured. The king visited Oslo on 26 May.", "visit 2007-05-26 held oslo"},
        /* ... "that year" reaching back over a paragraph's end dates the
         * months after it in its sentence; a clause of "when" right after
         * a date and its comma happened then, after "since" too. */
        {"2010-06-15", "In 2007, relations between the two soured.\n\nThat year the king visited Oslo in May.",
         "visit 2007-05 held oslo"},
        {"2010-06-15", "Relations have been poor since 2007, when the king visited Oslo.", "visit 2007 held oslo"},
        /* Statuses: a plan told in the present; one told in the past
         * perfect ("had been due to", "had planned to") or a condition of
         * the past ("would have met") did not come about as planned, and
         * its weekday is behind the report ("would have to meet" is still
         * to come). */
        {"2010-06-15", "The king is to visit Oslo in July.", "visit 2010-07 planned oslo"},
        {"2010-06-15", "The king is set to visit Oslo in July.", "visit 2010-07 planned oslo"},
        {"2010-06-15", "The king intends to visit Oslo in July.", "visit 2010-07 planned oslo"},
        {"2010-06-15", "The two sides agreed to meet again in Oslo in July.", "meeting 2010-07 planned oslo"},
        {"2010-06-15", "The summit in Oslo was called off.", "meeting 2010-06 cancelled oslo"},
        {"2010-06-15", "The summit in Oslo was scrapped.", "meeting 2010-06 cancelled oslo"},
        {"2010-06-15", "The king declined to meet the envoy in Oslo.", "meeting 2010-06 refused oslo"},
        {"2010-06-15", "The talks in Oslo were suspended.", "talks 2010-06 suspended oslo"},
        {"2010-06-15", "The talks in Oslo collapsed on Monday.", "talks 2010-06-14 failed oslo"},
        {"2010-06-15", "The king had been due to visit Oslo on Monday.", "visit 2010-06-14 cancelled oslo"},
        {"2010-06-15", "The king had planned to visit Oslo on Monday but stayed at home.",
         "visit 2010-06-14 cancelled oslo"},
        {"2010-06-15", "The king had been scheduled to meet the envoy in Oslo on Friday.",
         "meeting 2010-06-11 cancelled oslo"},
        {"2010-06-15", "The king would have visited Oslo on Monday but the storm closed the airport.",
         "visit 2010-06-14 cancelled oslo"},
        {"2010-06-15", "The king would have to meet the envoy in Oslo on Friday.", "meeting 2010-06-18 planned oslo"},
        {"2010-06-15", "The king said he would visit Oslo on Friday.", "visit 2010-06-18 planned oslo"},
        /* ... "called off" and "put off" cancel the event they govern, a
         * reference back too ("called off the summit"), and ask for none;
         * a verb of cancelling before a reference back gives it its
         * status. */
        {"2010-06-15", "The king called off his visit to Oslo.", "visit 2010-06 cancelled oslo"},
        {"2010-06-15", "The king called off the summit in Oslo.", "meeting 2010-06 cancelled oslo"},
        {"2010-06-15", "The king called off talks in Oslo.", "talks 2010-06 cancelled oslo"},
        {"2010-06-15", "The king put off his visit to Oslo.", "visit 2010-06 cancelled oslo"},
        {"2010-06-15", "The king cancelled the trip to Oslo.", "visit 2010-06 cancelled oslo"},
        {"2010-06-15", "The king returned the letter from Oslo.", "letter 2010-06 refused oslo"},
        /* ... "ruled out" refuses; a time moved ("pushed back to July",
         * "postponed to July") is put off, its new month one to come; one
         * "rescheduled for July" is planned again. */
        {"2010-06-15", "The king ruled out a visit to Oslo.", "visit 2010-06 refused oslo"},
        {"2010-06-15", "The summit in Oslo has been pushed back to July.", "meeting 2010-07 cancelled oslo"},
        {"2010-06-15", "The summit in Oslo was postponed to July.", "meeting 2010-07 cancelled oslo"},
        {"2010-06-15", "The summit in Oslo was rescheduled for July.", "meeting 2010-07 planned oslo"},
        /* (a person who returned came back: only a message returned is refused) */
        {"2010-06-15", "The king returned to Oslo on Monday for talks with the mayor.", "talks 2010-06-14 held oslo"},
        {"2010-06-15", "The king halted the broadcasts from Oslo.", "broadcast 2010-06 suspended oslo"},
        /* ... a trip told in the present for a day to come ("is due in",
         * "visits C on Thursday") is planned, its weekday ahead. */
        {"2010-06-15", "The king is due in Oslo on Thursday for talks with the prime minister.",
         "talks 2010-06-17 planned oslo"},
        {"2010-06-15", "The king visits Oslo on Thursday.", "visit 2010-06-17 planned oslo"},
        /* Weekends, seasons and parts of the month or year: at the
         * precision they give (a weekend is its Saturday's month). */
        {"2010-06-15", "The foreign ministers met in Oslo over the weekend.", "meeting 2010-06 held oslo"},
        {"2010-06-01", "The foreign ministers met in Oslo over the weekend.", "meeting 2010-05 held oslo"},
        {"2010-07-01", "The foreign ministers will meet in Oslo this weekend.", "meeting 2010-07 planned oslo"},
        {"2010-06-15", "The envoys met in Oslo at the start of the month.", "meeting 2010-06 held oslo"},
        {"2010-06-15", "The envoys will meet in Oslo at the close of the year.", "meeting 2010 planned oslo"},
        {"2010-06-15", "The envoys met in Oslo last spring.", "meeting 2010 held oslo"},
        {"2010-06-15", "The envoys met in Oslo last summer.", "meeting 2009 held oslo"},
        {"2010-06-15", "The envoys will meet in Oslo next spring.", "meeting 2011 planned oslo"},
    };
    char text[1024], got[1024];
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        /* "" for a text without a publication date */
        snprintf(text, sizeof text, "%s%s%sSome headline for the test\n\nThe ministers said relations were good. %s\n",
                 cases[i].published[0] ? "date " : "", cases[i].published, cases[i].published[0] ? "\n" : "",
                 cases[i].sentence);
        events_line(text, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            print_message("time case %zu (%s): '%s'\n  got  '%s'\n  want '%s'\n", i, cases[i].published,
                          cases[i].sentence, got, cases[i].want);
            failed++;
        }
    }
    if (failed)
        fail_msg("%d of %zu time constructions wrong", failed, sizeof cases / sizeof cases[0]);
}

/* Thirty-seventh round (date37): short articles of our own whose events take
 * their dates from the text's frame rather than their own sentence: a
 * paragraph set in an earlier year, a framing day and "later that day",
 * one event counted from another ("a day after the summit", "the next
 * morning"), background clauses that must not date the event, relative
 * words across a year's end, the precision to keep, copy without a
 * publication date, and weekdays near the report's. Rows are named by
 * their letter in docs/accuracy.md; "fix" marks a row that failed before
 * the round. */
static void time_frames_grid(void **state)
{
    (void)state;
    static const time_case_t cases[] = {
        /* A1 */ {"2010-06-15", "Norway and Chile have grown closer.\n\nIn 2007 the two foreign ministers met in Oslo. On 12 March they signed a fisheries accord in Oslo.\n\nOn Monday the ministers held talks in Santiago.", "meeting 2007 held oslo; agreement 2007-03-12 held oslo; talks 2010-06-14 held santiago"},
        /* A2 */ {"2010-06-15", "Kenya and Peru have long been partners. In 2006, Prime Minister Arlo Venn travelled to Nairobi. In May he met President Odu Kamau in the capital. Trade grew after the trip.", "visit 2006 held nairobi; meeting 2006-05 held nairobi"},
        /* A3, fix */ {"2010-06-15", "Back in 2008, the envoy Tomas Reyl visited Cairo twice. On 3 April he held talks with the Egyptian foreign minister in Cairo. The talks went well, officials said.", "visit 2008 held cairo; talks 2008-04-03 held cairo"},
        /* A4 */ {"2010-06-15", "The border dispute goes back to 2005. That year the two presidents met in Geneva in November. They failed to agree.", "meeting 2005-11 held geneva"},
        /* A5 */ {"2010-06-15", "In 2009 the king visited Madrid in October. The visit was his first abroad.\n\nOn Friday the king will meet the prime minister in Lisbon.", "visit 2009-10 held madrid; meeting 2010-06-18 planned lisbon"},
        /* A6, fix */ {"2010-06-15", "During 2008 the foreign ministers held three rounds of talks in Vienna. In September they signed a framework agreement in Vienna. The agreement has held since.", "talks 2008 held vienna; agreement 2008-09 held vienna"},
        /* A7 */ {"2010-06-15", "Ten years ago, in 2000, the two leaders met in Seoul. On 15 June they signed a joint declaration in Seoul. Both sides marked the date this week.", "meeting 2000 held seoul; agreement 2000-06-15 held seoul"},
        /* A8, fix */ {"2010-06-15", "In 2004 President Lena Morh visited Warsaw. On 2 May 2004 she met the Polish prime minister in Warsaw. She will visit Warsaw again in July.", "visit 2004 held warsaw; meeting 2004-05-02 held warsaw; visit 2010-07 planned warsaw"},
        /* A9 */ {"2010-06-15", "In 2003 the two foreign ministers met in Ankara. In the same year they met again in Baku in August. Relations then cooled.", "meeting 2003 held ankara; meeting 2003-08 held baku"},
        /* A10, fix */ {"2010-06-15", "The feud started in 2001.\n\nThat spring the prime minister visited Tokyo. In June he held talks with the emperor in Tokyo.", "visit 2001 held tokyo; talks 2001-06 held tokyo"},
        /* A11, fix */ {"2010-06-15", "The two states broke off ties in 1998. The following year the foreign ministers met in Cairo. In October they signed a truce in Cairo.", "meeting 1999 held cairo; agreement 1999-10 held cairo"},
        /* A12 */ {"2010-06-15", "The envoy first visited Havana in 2003. Later that summer he met the Cuban leader in Havana. The talks went badly.", "visit 2003 held havana; meeting 2003 held havana"},
        /* A13, fix */ {"2010-06-15", "In 2004 the king toured Europe. He visited Warsaw in July. The king will visit Oslo in October.", "visit 2004-07 held warsaw; visit 2010-10 planned oslo"},
        /* B1, fix */ {"2010-06-15", "On Monday, the foreign minister Ivo Dane arrived in Rome. Later that day he met the Italian prime minister. The next morning he held talks with business leaders in Milan.", "visit 2010-06-14 held rome; meeting 2010-06-14 held rome; talks 2010-06-15 held milan"},
        /* B2 */ {"2010-06-15", "On Thursday the envoy Sara Lind will travel to Amman. That evening she will meet the king in Amman. The visit is her third this year.", "visit 2010-06-17 planned amman; meeting 2010-06-17 planned amman"},
        /* B3 */ {"2010-06-15", "Last Friday, President Anu Kell visited Lima. That same day she met the Peruvian president in Lima. The two discussed trade.", "visit 2010-06-11 held lima; meeting 2010-06-11 held lima"},
        /* B4 */ {"2010-06-15", "On 3 June the delegation arrived in Hanoi. The following day it held talks with Vietnamese officials in Hanoi. No deal was announced.", "visit 2010-06-03 held hanoi; talks 2010-06-04 held hanoi"},
        /* B5 */ {"2010-06-15", "On Sunday the ministers gathered in Brussels for a meeting. On the same day they signed a trade accord in Brussels. Markets rose.", "meeting 2010-06-13 held brussels; agreement 2010-06-13 held brussels"},
        /* B6 */ {"2010-06-15", "On Wednesday morning Chancellor Mira Holt will fly to Ottawa. In the afternoon she will meet the Canadian prime minister in Ottawa. Trade will top the agenda.", "visit 2010-06-16 planned ottawa; meeting 2010-06-16 planned ottawa"},
        /* B7 */ {"2010-06-15", "The president flew to Dakar on Saturday. That night he met the Senegalese president in Dakar. On Sunday he travelled to Bamako.", "visit 2010-06-12 held dakar; meeting 2010-06-12 held dakar; visit 2010-06-13 held bamako"},
        /* C1 */ {"2010-06-15", "The two presidents held a summit in Tallinn on 2 June. A day after the summit, the foreign ministers met in Riga. They agreed on a road link.", "meeting 2010-06-02 held tallinn; meeting 2010-06-03 held riga"},
        /* C2 */ {"2010-06-15", "The foreign ministers met in Berlin on 1 May. Two weeks later they met again in Paris. A third meeting is planned.", "meeting 2010-05-01 held berlin; meeting 2010-05-15 held paris"},
        /* C3, fix */ {"2010-06-15", "The two leaders held talks in Tokyo on the sidelines of last week's summit. They agreed to meet again. Officials gave no details.", "talks 2010-06 held tokyo"},
        /* C4 */ {"2010-06-15", "The leaders have not met since talks in Geneva in March. They will meet again in Oslo next month. Both sides want a deal.", "talks 2010-03 held geneva; meeting 2010-07 planned oslo"},
        /* C5 */ {"2010-06-15", "The summit opened in Hanoi on 10 June. The next day the leaders signed a border treaty in Hanoi. The treaty ends a long quarrel.", "meeting 2010-06-10 held hanoi; agreement 2010-06-11 held hanoi"},
        /* C6 */ {"2010-06-15", "The prime minister visited Delhi on 5 June. Three days later he travelled to Dhaka. He returns home on Friday.", "visit 2010-06-05 held delhi; visit 2010-06-08 held dhaka"},
        /* C7, fix */ {"2010-06-15", "The presidents met in Minsk on 1 June. A week after the meeting, they spoke by phone. They discussed gas prices.", "meeting 2010-06-01 held minsk; call 2010-06-08 held -"},
        /* C8 */ {"2010-06-15", "The ministers met in Cairo on 2 June. The day before, they had held talks in Amman. The region watched closely.", "meeting 2010-06-02 held cairo; talks 2010-06-01 held amman"},
        /* C9, fix */ {"2010-06-15", "The envoy held talks in Doha on Monday. The next day he flew to Riyadh. He is expected home on Friday.", "talks 2010-06-14 held doha; visit 2010-06-15 held riyadh"},
        /* C10 */ {"2010-06-15", "The king visited Rabat in April. A month later he travelled to Tunis. Both trips were short.", "visit 2010-04 held rabat; visit 2010-05 held tunis"},
        /* C11 */ {"2010-06-15", "The envoy arrived in Baghdad on 8 June. Two weeks later he will travel to Damascus. His staff confirmed the plan.", "visit 2010-06-08 held baghdad; visit 2010-06-22 planned damascus"},
        /* C12 */ {"2010-06-15", "The trade accord was signed in Lisbon on 3 June. Two days after the signing, the ministers met in Madrid. They praised the accord.", "agreement 2010-06-03 held lisbon; meeting 2010-06-05 held madrid"},
        /* C13 */ {"2010-06-15", "The summit in Accra ended on 4 June. Days later the president flew to Lagos for talks. He stayed two days.", "meeting 2010-06-04 held accra; visit 2010-06-15 held lagos"},
        /* C14, fix */ {"2010-06-15", "On Monday the envoy held talks in Doha. The following morning he visited Riyadh. He flies home on Friday.", "talks 2010-06-14 held doha; visit 2010-06-15 held riyadh"},
        /* C15, fix */ {"2010-06-15", "The ministers met in Cairo on 2 June. Two days after the meeting, they spoke by phone again. No statement followed.", "meeting 2010-06-02 held cairo; call 2010-06-04 held -"},
        /* D1 */ {"2010-06-15", "President Oren Falk, who was elected in 2008, met the Chilean president in Santiago on Monday. They talked about copper. A deal may follow.", "meeting 2010-06-14 held santiago"},
        /* D2 */ {"2010-06-15", "Since taking office in June last year, the prime minister has travelled widely. On Thursday he will visit Paris. He will meet the French president there.", "visit 2010-06-17 planned paris; meeting 2010-06-17 planned paris"},
        /* D3 */ {"2010-06-15", "The foreign minister, appointed in March, held talks with her Greek counterpart in Athens on Friday. The talks were friendly.", "talks 2010-06-11 held athens"},
        /* D4 */ {"2010-06-15", "Ambassador Kiri Dahl, who arrived in Canberra in 2007, met the Australian foreign minister in Canberra yesterday. They discussed visas.", "visit 2010-06-14 held canberra"},
        /* D5, fix */ {"2010-06-15", "The talks in Geneva, the first since 2006, ended on Saturday. Both delegations flew home on Sunday.", "talks 2010-06-12 held geneva"},
        /* D6 */ {"2010-06-15", "Prime minister since 2005, Hallo Benn flew to Tokyo on Sunday for a summit. He will stay three days.", "visit 2010-06-13 held tokyo"},
        /* D7 */ {"2010-06-15", "The president, who took office in January, visited Moscow on Monday. It was her first trip abroad since the election in December.", "visit 2010-06-14 held moscow"},
        /* D8 */ {"2010-06-15", "The minister, who has led the ministry since 2009, will visit Beijing next week. He will meet the Chinese premier in Beijing.", "visit 2010-06 planned beijing; meeting 2010-06 planned beijing"},
        /* D9 */ {"2010-06-15", "The general, who signed the 1999 ceasefire, met the rebel leader in Khartoum on Wednesday. The meeting lasted an hour.", "meeting 2010-06-09 held khartoum"},
        /* D10, fix */ {"2010-06-15", "The summit in Lima, the first since May, ended on Friday. The leaders agreed to meet again in Quito.", "meeting 2010-06-11 held lima; meeting 2010-06 planned quito"},
        /* D11 */ {"2010-06-15", "The envoy held talks in Quito, the capital, visited Lima on Friday and flew home.", "talks 2010-06-11 held quito; visit 2010-06-11 held lima"},
        /* E1 */ {"2011-01-10", "Austria and Hungary are working on a rail link. The foreign ministers met in Vienna in December. They will meet again in March.", "meeting 2010-12 held vienna; meeting 2011-03 planned -"},
        /* E2 */ {"2011-01-10", "Last month the envoy visited Kabul. He met the Afghan president in Kabul. He will visit Herat in February.", "visit 2010-12 held kabul; meeting 2010-12 held kabul; visit 2011-02 planned herat"},
        /* E3 */ {"2010-12-20", "The presidents will meet in Brasilia next month. Their ministers met in Lima in November. A trade deal is close.", "meeting 2011-01 planned brasilia; meeting 2010-11 held lima"},
        /* E4 */ {"2011-01-05", "The prime minister visited Hanoi on 28 December. He met the Vietnamese president in Hanoi. The visit lasted two days.", "visit 2010-12-28 held hanoi; meeting 2010-12-28 held hanoi"},
        /* E5 */ {"2010-12-28", "The king will visit Amman on 3 January. He will meet the Jordanian king in Amman. The trip was announced on Monday.", "visit 2011-01-03 planned amman; meeting 2011-01-03 planned amman"},
        /* E6 */ {"2010-12-30", "Talks between the two sides will resume in Geneva in February. The last round was held in Geneva in October.", "talks 2011-02 planned geneva; talks 2010-10 held geneva"},
        /* E7 */ {"2011-01-04", "Last year the two leaders met three times in Seoul. This year they plan to meet in Tokyo.", "meeting 2010 held seoul; meeting 2011 planned tokyo"},
        /* E8 */ {"2011-01-12", "The envoy arrived in Kabul on 30 December. He held talks with the president on New Year's Day in Kabul. He left on 3 January.", "visit 2010-12-30 held kabul; talks 2011-01-01 held kabul"},
        /* E9 */ {"2010-12-31", "The summit in Minsk will take place in January. The leaders last met in Minsk in July.", "meeting 2011-01 planned minsk; meeting 2010-07 held minsk"},
        /* E10 */ {"2011-01-03", "On Thursday the foreign minister flew to Canberra. He met the Australian prime minister on Friday in Canberra.", "visit 2010-12-30 held canberra; meeting 2010-12-31 held canberra"},
        /* F1 */ {"2010-06-15", "The ministers met in Oslo in March. They agreed on fishing quotas. Another meeting is due soon.", "meeting 2010-03 held oslo"},
        /* F2 */ {"2010-06-15", "The king plans to visit Madrid this year. Aides are drawing up the programme.", "visit 2010 planned madrid"},
        /* F3, fix */ {"2010-06-15", "The envoy recently visited Kabul. He met the Afghan president in Kabul. Few details were given.", "visit ? held kabul; meeting 2010-06-15 held kabul"},
        /* F4 */ {"2010-06-15", "Earlier this month the two leaders spoke by phone. They agreed to keep in touch.", "call 2010-06 held -"},
        /* F5 */ {"2010-06-15", "The presidents met in Rome in early May. They signed no deal.", "meeting 2010-05 held rome"},
        /* F6 */ {"2010-06-15", "The ministers will meet in Prague later this year. The date has not been set.", "meeting 2010 planned prague"},
        /* F7 */ {"2010-06-15", "The foreign minister visited Lima last year. She will return next year.", "visit 2009 held lima"},
        /* F8, fix */ {"2010-06-15", "The minister has lately visited Kabul twice. She will visit Herat in August.", "visit ? held kabul; visit 2010-08 planned herat"},
        /* F9, fix */ {"2010-06-15", "The envoy recently met the king in Amman. On Monday he visited Cairo.", "meeting ? held amman; visit 2010-06-14 held cairo"},
        /* G1 */ {"", "The foreign ministers met in Oslo on 12 March. They agreed on fishing quotas. A new round is due in May.", "meeting ? held oslo"},
        /* G2 */ {"", "In 2007 the leaders met in Vienna. On 3 May they signed an accord in Vienna. The accord still holds.", "meeting 2007 held vienna; agreement 2007-05-03 held vienna"},
        /* G3 */ {"", "The envoy visited Kabul on Monday. He met the Afghan president in Kabul.", "visit ? held kabul; meeting ? held kabul"},
        /* G4 */ {"", "The leaders will meet in Hanoi next month. Officials from ten countries are expected.", "meeting ? planned hanoi"},
        /* G5 */ {"", "The king visited Rabat in April 2009. He met the prime minister in Rabat. They spoke about trade.", "visit 2009-04 held rabat; meeting 2009 held rabat"},
        /* G6 */ {"", "The two sides held talks in Geneva in March. The talks ended without a deal.", "talks ? held geneva"},
        /* G7, fix */ {"", "On 4 May 2009 the envoy arrived in Kabul. The next day he met the president in Kabul. He left on 7 May.", "visit 2009-05-04 held kabul; meeting 2009-05-05 held kabul"},
        /* G8 */ {"", "The envoy arrived in Kabul on 4 May 2009. On 6 May he is due to meet the president in Kabul.", "visit 2009-05-04 held kabul; meeting 2009-05-06 planned kabul"},
        /* H1 */ {"2010-06-15", "The ministers met in Oslo on Tuesday. They agreed on fishing quotas.", "meeting 2010-06-15 held oslo"},
        /* H2 */ {"2010-06-15", "The envoy arrived in Kabul on Monday. He will meet the president on Wednesday in Kabul.", "visit 2010-06-14 held kabul; meeting 2010-06-16 planned kabul"},
        /* H3 */ {"2010-06-15", "The ministers met in Oslo on Wednesday. They will meet again in Bergen on Monday.", "meeting 2010-06-09 held oslo; meeting 2010-06-21 planned bergen"},
        /* H4 */ {"2010-06-14", "The summit in Paris ended on Sunday. The leaders will meet again in Rome on Saturday.", "meeting 2010-06-13 held paris; meeting 2010-06-19 planned rome"},
        /* H5 */ {"2010-06-19", "The leaders will meet in Rome on Friday. They last met in Madrid on Thursday.", "meeting 2010-06-25 planned rome; meeting 2010-06-17 held madrid"},
        /* H6 */ {"2010-06-15", "The president is in Cairo this week. He met the Egyptian president in Cairo on Monday and will fly to Amman on Thursday.", "meeting 2010-06-14 held cairo; visit 2010-06-17 planned amman"},
        /* The second batch: weekdays either side of a weekend, the turn of the year, undated copy. */
        /* H7 */ {"2010-06-13", "The foreign ministers met in Oslo on Saturday. They will meet again in Bergen on Tuesday. Fishing is the main topic.", "meeting 2010-06-12 held oslo; meeting 2010-06-15 planned bergen"},
        /* H8 */ {"2010-06-14", "The envoy arrived in Kabul on Sunday and met the president on Monday. He leaves on Wednesday.", "visit 2010-06-13 held kabul"},
        /* H9 */ {"2010-06-15", "Talks between the two sides resumed in Geneva on Tuesday after a break of two months.", "talks 2010-06-15 held geneva"},
        /* H10 */ {"2010-06-15", "The king is visiting Madrid this week. On Wednesday he will meet the Spanish prime minister in Madrid.", "visit 2010-06 held madrid; meeting 2010-06-16 planned madrid"},
        /* H11 */ {"2010-06-18", "On Tuesday the president flew to Lima. On Wednesday she met the Peruvian president there. On Thursday she returned home.", "visit 2010-06-15 held lima; meeting 2010-06-16 held lima"},
        /* H12 */ {"2010-06-15", "The prime minister will travel to Tokyo on Sunday. Officials said he would meet the emperor in Tokyo on Monday.", "visit 2010-06-20 planned tokyo; meeting 2010-06-21 planned tokyo"},
        /* E11 */ {"2011-01-02", "The two presidents met in Astana on Thursday. They signed a border accord in Astana.", "meeting 2010-12-30 held astana; agreement 2010-12-30 held astana"},
        /* E12 */ {"2010-12-29", "The two presidents will meet in Astana on Monday.", "meeting 2011-01-03 planned astana"},
        /* E13 */ {"2011-01-20", "In December the foreign ministers met in Riga. Last week they held talks in Vilnius.", "meeting 2010-12 held riga; talks 2011-01 held vilnius"},
        /* E14 */ {"2010-12-15", "The envoy will visit Baghdad in January. In November he visited Basra.", "visit 2011-01 planned baghdad; visit 2010-11 held basra"},
        /* G11 */ {"", "In March 2008 the king visited Oslo. Two days later he met the prime minister in Bergen.", "visit 2008-03 held oslo; meeting 2008-03 held bergen"},
        /* G12, fix */ {"", "On 4 May 2009 the envoy arrived in Kabul. The next day he met the president in Kabul.", "visit 2009-05-04 held kabul; meeting 2009-05-05 held kabul"},
        /* G13, fix */ {"", "The envoy arrived in Kabul on 4 May. The next day he met the president in Kabul.", "visit ? held kabul; meeting ? held kabul"},
        /* A14 */ {"2010-06-15", "Back in 2002, the two leaders met in Hanoi. The next day they signed a trade pact in Hanoi.", "meeting 2002 held hanoi; agreement 2002 held hanoi"},
        /* A15 */ {"2010-06-15", "In 2005, a summit in Bali failed. In July the leaders met again in Jakarta.\n\nThis month the leaders met in Manila.", "meeting 2005 failed bali; meeting 2005-07 held jakarta; meeting 2010-06 held manila"},
        /* D12 */ {"2010-06-15", "Since the summit in Oslo in May, the two leaders have spoken twice. On Monday they met in Paris.", "meeting 2010-05 held oslo; meeting 2010-06-14 held paris"},
        /* D13 */ {"2010-06-15", "The minister, who visited Cairo last year, met the Egyptian president in Cairo on Sunday.", "visit 2010-06-13 held cairo"},
        /* D14 */ {"2010-06-15", "Elected in March, the president held talks with the German chancellor in Berlin on Thursday.", "talks 2010-06-10 held berlin"},
        /* F10 */ {"2010-06-15", "The ministers met in Oslo in mid-May. They will meet again in late July.", "meeting 2010-05 held oslo; meeting 2010-07 planned -"},
        /* F11, fix */ {"2010-06-15", "The two sides held talks in Geneva in recent days. A deal is near.", "talks ? held geneva"},
        /* F12 */ {"2010-06-15", "The envoy visited Kabul earlier this year. He plans to return next year.", "visit 2010 held kabul"},
    };
    char text[2048], got[1024];
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        /* "" for a text without a publication date */
        snprintf(text, sizeof text, "%s%s%s%s\n", cases[i].published[0] ? "date " : "", cases[i].published,
                 cases[i].published[0] ? "\n\n" : "", cases[i].sentence);
        events_line(text, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            print_message("frame case %zu (%s): '%s'\n  got  '%s'\n  want '%s'\n", i, cases[i].published,
                          cases[i].sentence, got, cases[i].want);
            failed++;
        }
    }
    if (failed)
        fail_msg("%d of %zu frame articles wrong", failed, sizeof cases / sizeof cases[0]);
}

/* Thirty-eighth round (chron38): timeline paragraphs of our own, published
 * years after what they tell, where only some sentences carry the year: a
 * year carried to the month-only and day-month sentences after it, within
 * a paragraph and over paragraph breaks (A, B); a new year resetting it
 * (C); years counted from the one before (D); a decade or century that
 * gives no year (E); an aside with another year that keeps the frame (F);
 * the report's own time again after the history (G); a year alone (H); a
 * step back in the past perfect (I); a wire story's background paragraphs
 * (W), where a fact told with "first" or "last" is no step of a timeline;
 * more of the same (J); texts telling history (K); lists of trips and
 * encyclopedia chronologies under year headings (L); words of time
 * inside a timeline ("the end of the year", "months later") (T). Rows
 * are named as
 * in docs/accuracy.md; "fix" marks a row that failed at the round's start. */
static void time_timeline_grid(void **state)
{
    (void)state;
    static const time_case_t cases[] = {
        /* A1 */ {"2021-03-16", "In 1975 the foreign minister Ado Renn visited Lagos. In May he met the Ghanaian president in Accra. On 3 June he held talks in Dakar.", "visit 1975 held lagos; meeting 1975-05 held accra; talks 1975-06-03 held dakar"},
        /* A3 */ {"2021-03-16", "In 1988 President Lise Varga visited Hanoi. On March 4 she met the Vietnamese premier in Hanoi. On March 9 she flew to Vientiane.", "visit 1988 held hanoi; meeting 1988-03-04 held hanoi; visit 1988-03-09 held vientiane"},
        /* A4 */ {"2021-03-16", "In 1993 the foreign ministers met in Ankara. Talks resumed in Baku in September. In December they signed an accord in Tbilisi.", "meeting 1993 held ankara; talks 1993-09 held baku; agreement 1993-12 held tbilisi"},
        /* A5, fix */ {"2021-03-16", "In November 1990 the envoy Ruth Kamp visited Beijing. In February she held talks in Seoul. In April she met the Japanese premier in Tokyo.", "visit 1990-11 held beijing; talks 1991-02 held seoul; meeting 1991-04 held tokyo"},
        /* A6 */ {"2021-03-16", "Early in 1971, the king visited Tehran. On 14 April he met the shah in Tehran. Later he visited Kabul.", "visit 1971 held tehran; meeting 1971-04-14 held tehran; visit 1971 held kabul"},
        /* A7, fix */ {"2021-03-16", "In May 1977 the envoy Dana Ulm visited Jakarta. In July she met the Philippine president in Manila. In January she held talks in Bangkok.", "visit 1977-05 held jakarta; meeting 1977-07 held manila; talks 1978-01 held bangkok"},
        /* B1, fix */ {"2021-03-16", "In 1975 the two states opened embassies. President Olu Banji visited Lagos that year.\n\nIn May the foreign minister met his Nigerian counterpart in Lagos.\n\nOn 3 June the two ministers signed a fisheries accord in Accra.", "visit 1975 held lagos; meeting 1975-05 held lagos; agreement 1975-06-03 held accra"},
        /* B2, fix */ {"2021-03-16", "In 1981 the envoy Pia Lund arrived in Cairo.\n\nOn 2 March she met the Egyptian foreign minister in Cairo. In April she travelled to Amman.", "visit 1981 held cairo; meeting 1981-03-02 held cairo; visit 1981-04 held amman"},
        /* B3 */ {"2021-03-16", "The two countries established relations in 1960.\n\nIn 1966 Prime Minister Jon Aske visited Oslo. In June he met the Norwegian king in Oslo.\n\nIn September the Norwegian foreign minister paid a return visit to Helsinki.\n\nIn 1970 the two governments signed a border treaty in Oslo.", "visit 1966 held oslo; meeting 1966-06 held oslo; visit 1966-09 held helsinki; agreement 1970 held oslo"},
        /* B4, fix */ {"2021-03-16", "In 1984 the foreign ministers met in Lisbon.\n\nOn 7 May they held talks in Madrid.\n\nOn 9 May they signed a water accord in Madrid.", "meeting 1984 held lisbon; talks 1984-05-07 held madrid; agreement 1984-05-09 held madrid"},
        /* C1 */ {"2021-03-16", "In 1979 the foreign ministers met in Vienna. In May they held talks in Geneva. In 1982 they met again in Rome. In May they signed an accord in Rome.", "meeting 1979 held vienna; talks 1979-05 held geneva; meeting 1982 held rome; agreement 1982-05 held rome"},
        /* C2 */ {"2021-03-16", "On 4 April 1984 the envoy Kai Berne visited Lima. In 1986 she visited Quito. On 9 May she met the Ecuadorian president in Quito.", "visit 1984-04-04 held lima; visit 1986 held quito; meeting 1986-05-09 held quito"},
        /* C3 */ {"2021-03-16", "In 1967 the king visited Athens. In October he met the Greek premier in Athens.\n\nIn 1969 the king visited Nicosia. In March he held talks in Ankara.", "visit 1967 held athens; meeting 1967-10 held athens; visit 1969 held nicosia; talks 1969-03 held ankara"},
        /* D1 */ {"2021-03-16", "In 1990 the president visited Moscow. The following year he met the Soviet leader in Minsk. In June he held talks in Kiev.", "visit 1990 held moscow; meeting 1991 held minsk; talks 1991-06 held kiev"},
        /* D2 */ {"2021-03-16", "In 1990 the president visited Moscow. The previous year he had visited Prague. In 1992 he visited Warsaw.", "visit 1990 held moscow; visit 1989 held prague; visit 1992 held warsaw"},
        /* D3 */ {"2021-03-16", "In 1990 the president visited Moscow. A year later he visited Warsaw. Two years later he visited Prague.", "visit 1990 held moscow; visit 1991 held warsaw; visit 1993 held prague"},
        /* D4, fix */ {"2021-03-16", "The foreign ministers met in Rome in 1995. Later that year they signed a trade accord in Paris. In November they met again in Madrid.", "meeting 1995 held rome; agreement 1995 held paris; meeting 1995-11 held madrid"},
        /* D5 */ {"2021-03-16", "In 1997 the king visited Seoul. That autumn he met the Japanese emperor in Tokyo. In December he held talks in Beijing.", "visit 1997 held seoul; meeting 1997 held tokyo; talks 1997-12 held beijing"},
        /* D6, fix */ {"2021-03-16", "On 8 May 1999 the premiers met in Bern. The same month they signed a transit accord in Vienna. On 20 May they held talks in Prague.", "meeting 1999-05-08 held bern; agreement 1999-05 held vienna; talks 1999-05-20 held prague"},
        /* D7, fix */ {"2021-03-16", "In March 2003 the envoy Ines Palo visited Baghdad. Two years later she visited Kuwait. In April she met the emir in Kuwait.", "visit 2003-03 held baghdad; visit 2005 held kuwait; meeting 2005-04 held kuwait"},
        /* D8, fix */ {"2021-03-16", "In 1956 the prime minister visited Moscow. The year after, he met the Soviet premier in Geneva. In July he held talks in Bonn.", "visit 1956 held moscow; meeting 1957 held geneva; talks 1957-07 held bonn"},
        /* D9 */ {"2021-03-16", "In 1986 the two leaders met in Reykjavik. A year earlier they had met in Geneva. In 1987 they signed a treaty in Washington.", "meeting 1986 held reykjavik; meeting 1985 held geneva; agreement 1987 held washington"},
        /* D10 */ {"2021-03-16", "In 1962 the foreign minister visited Delhi. The next year he visited Karachi. In February he held talks in Kabul.", "visit 1962 held delhi; visit 1963 held karachi; talks 1963-02 held kabul"},
        /* D11 */ {"2021-03-16", "In 1974 the two leaders met in Helsinki. Later that year they met in Vladivostok. In 1975 they signed the final act in Helsinki.", "meeting 1974 held helsinki; meeting 1974 held vladivostok; agreement 1975 held helsinki"},
        /* E1 */ {"2021-03-16", "In the 1990s the two states signed several accords. On Tuesday the foreign ministers met in Oslo.", "meeting 2021-03-16 held oslo"},
        /* E2 */ {"2021-03-16", "Relations cooled in the 1990s. In 2004 the president visited Oslo. In May he met the king in Bergen.", "visit 2004 held oslo; meeting 2004-05 held bergen"},
        /* E3 */ {"2021-03-16", "In the 1990s relations cooled. Last year the king visited Cairo. In June he met the Egyptian president in Cairo.", "visit 2020 held cairo; meeting 2020-06 held cairo"},
        /* E4 */ {"2021-03-16", "In the 19th century the two kingdoms fought three wars. In 1905 the king visited Stockholm. In June he met the Swedish king in Stockholm.", "visit 1905 held stockholm; meeting 1905-06 held stockholm"},
        /* E5 */ {"2021-03-16", "In 1985 the ministers met in Oslo. By the end of the decade relations had cooled. In 1991 the ministers met in Bergen. In May they signed an accord in Bergen.", "meeting 1985 held oslo; meeting 1991 held bergen; agreement 1991-05 held bergen"},
        /* F1 */ {"2021-03-16", "In 1980 President Ola Brun, who had been elected in 1978, visited Belgrade. In May he met the Yugoslav premier in Belgrade. On 9 June he flew to Sofia.", "visit 1980 held belgrade; meeting 1980-05 held belgrade; visit 1980-06-09 held sofia"},
        /* F2 */ {"2021-03-16", "In 2001 the envoy Mara Tisch, who had served in Kabul since 1996, visited Islamabad. In March she held talks in Delhi.", "visit 2001 held islamabad; talks 2001-03 held delhi"},
        /* F3 */ {"2021-03-16", "In 1994 the foreign minister visited Pretoria. In July he met the president, who had taken office in 1990, in Pretoria. In August he travelled to Harare.", "visit 1994 held pretoria; meeting 1994-07 held pretoria; visit 1994-08 held harare"},
        /* F5 */ {"2021-03-16", "In 1983 the foreign minister Anna Rist, who had been ambassador in Rome until 1979, visited Rome. On 6 June she met the Italian premier in Rome.", "visit 1983 held rome; meeting 1983-06-06 held rome"},
        /* G1 */ {"2021-03-16", "In 1975 the foreign minister visited Lagos. In May he met the president in Accra.\n\nOn Tuesday the current foreign minister met her Ghanaian counterpart in Accra.", "visit 1975 held lagos; meeting 1975-05 held accra; meeting 2021-03-16 held accra"},
        /* G2 */ {"2021-03-16", "In 1998 the two leaders met in Hanoi. On 2 March they signed a border treaty in Hanoi.\n\nThis week the prime minister visited Hanoi.", "meeting 1998 held hanoi; agreement 1998-03-02 held hanoi; visit 2021-03 held hanoi"},
        /* G3 */ {"2021-03-16", "In 1998 the leaders met in Hanoi. On 2 March they signed a border treaty in Hanoi. On Monday the prime minister visited Vientiane.", "meeting 1998 held hanoi; agreement 1998-03-02 held hanoi; visit 2021-03-15 held vientiane"},
        /* G4 */ {"2021-03-16", "Relations had soured in 1979, when the ambassador was expelled. In 1985 the foreign ministers met in Geneva. In June they held talks in Vienna.\n\nLast month the two presidents met in Ankara.", "meeting 1985 held geneva; talks 1985-06 held vienna; meeting 2021-02 held ankara"},
        /* G5 */ {"2021-03-16", "In 2009 the envoy Runa Hall visited Kabul. In May she met the Afghan president in Kabul. Yesterday she held talks in Islamabad.", "visit 2009 held kabul; meeting 2009-05 held kabul; talks 2021-03-15 held islamabad"},
        /* G6 */ {"2021-03-16", "The foreign minister Edda Vorn visited Riga on Monday.\n\nIn 1991 the two states restored relations. In August the Latvian president visited Stockholm.\n\nThe two ministers will meet again in Stockholm in April.", "visit 2021-03-15 held riga; visit 1991-08 held stockholm; meeting 2021-04 planned stockholm"},
        /* H1 */ {"2021-03-16", "The king visited Copenhagen in 1958. In 1961 the Danish prime minister visited Oslo. In 1963 the two governments signed a fisheries accord in Oslo.", "visit 1958 held copenhagen; visit 1961 held oslo; agreement 1963 held oslo"},
        /* H2 */ {"2021-03-16", "In 1972 the two states established diplomatic relations. President Eno Salt visited Dakar in 1974. The Senegalese president paid a return visit to Bamako in 1976.", "visit 1974 held dakar; visit 1976 held bamako"},
        /* H3 */ {"2021-03-16", "In 1984 the foreign minister visited Canberra, and the Australian prime minister visited Wellington the same year.", "visit 1984 held canberra; visit 1984 held wellington"},
        /* I1 */ {"2021-03-16", "Relations had soured in 1979, when the envoy was expelled. In 1981 the foreign ministers met in Moscow. In June they signed a treaty in Moscow.", "meeting 1981 held moscow; agreement 1981-06 held moscow"},
        /* I2 */ {"2021-03-16", "In 1995 the president visited Lima. He had first visited Bogota in 1989. In May he held talks in Quito.", "visit 1995 held lima; visit 1989 held bogota; talks 1995-05 held quito"},
        /* I3 */ {"2021-03-16", "In 2002 the envoy met the rebel leaders in Nairobi. The talks had begun in Arusha in 1999. On 3 May the two sides signed a truce in Nairobi.", "meeting 2002 held nairobi; talks 1999 held arusha; agreement 2002-05-03 held nairobi"},
        /* W1 */ {"2021-03-16", "The foreign minister Tor Malm met the Chilean president in Santiago on Monday.\n\nIn 2015 Malm's predecessor visited Santiago. In March the two governments signed a trade accord in Lima.", "meeting 2021-03-15 held santiago; visit 2015 held santiago; agreement 2015-03 held lima"},
        /* W2, fix */ {"2021-03-16", "The prime minister Ivo Sand visited Kyiv on Monday.\n\nSand first visited Kyiv in 2014. On 20 May that year he met the Ukrainian president in Kyiv.", "visit 2021-03-15 held kyiv; visit 2014 held kyiv; meeting 2014-05-20 held kyiv"},
        /* J1, fix */ {"2021-03-16", "In the summer of 1983 the king visited Rabat. In August he met the Moroccan prime minister in Fez.", "visit 1983 held rabat; meeting 1983-08 held fez"},
        /* J2 */ {"2021-03-16", "From 1994 to 1998 the envoy Alma Frey served in Cairo. In 1999 she visited Amman. In May she met the Jordanian king in Amman.", "visit 1999 held amman; meeting 1999-05 held amman"},
        /* J3 */ {"2021-03-16", "In 1990 the king visited Oslo. In June he met the Norwegian prime minister in Oslo. The king will visit Oslo again in May.", "visit 1990 held oslo; meeting 1990-06 held oslo; visit 2021-05 planned oslo"},
        /* J4, fix */ {"2021-03-16", "In May of 1979 the foreign minister visited Lusaka. In July he held talks in Harare.", "visit 1979-05 held lusaka; talks 1979-07 held harare"},
        /* J5, fix */ {"2021-03-16", "On 3 May 1988 the envoy Suvi Laak visited Seoul. Later that month she held talks in Tokyo. In June she met the Chinese premier in Beijing.", "visit 1988-05-03 held seoul; talks 1988-05 held tokyo; meeting 1988-06 held beijing"},
        /* J6, fix */ {"2021-03-16", "In 1995 the president visited Lima.\n\nHe had first visited Bogota in 1989.\n\nIn May he held talks in Quito.", "visit 1995 held lima; visit 1989 held bogota; talks 1995-05 held quito"},
        /* J7, fix */ {"2021-03-16", "In 2009 the envoy Runa Hall visited Kabul. On Monday she held talks in Islamabad. In February she had met the Pakistani premier in Lahore.", "visit 2009 held kabul; talks 2021-03-15 held islamabad; meeting 2021-02 held lahore"},
        /* J8 */ {"2021-03-16", "In 1977 the king visited Rome. The same year he met the Italian president in Milan. In October he held talks in Turin.", "visit 1977 held rome; meeting 1977 held milan; talks 1977-10 held turin"},
        /* J9, fix */ {"2021-03-16", "In 1960 the king visited Paris, and in 1962 he visited London. In May he met the British prime minister in London.", "visit 1960 held paris; visit 1962 held london; meeting 1962-05 held london"},
        /* J10, fix */ {"2021-03-16", "In October 1979 the foreign minister visited Tokyo. Earlier that year he had held talks in Seoul. In December he met the Chinese premier in Beijing.", "visit 1979-10 held tokyo; talks 1979 held seoul; meeting 1979-12 held beijing"},
        /* J11 */ {"2021-03-16", "In 1985 the foreign ministers met in Oslo. The following month they signed a fisheries accord in Bergen.", "meeting 1985 held oslo; agreement 1985 held bergen"},
        /* J12, fix */ {"2021-03-16", "In March 1985 the foreign ministers met in Oslo. The following month they signed a fisheries accord in Bergen. In June they held talks in Stockholm.", "meeting 1985-03 held oslo; agreement 1985-04 held bergen; talks 1985-06 held stockholm"},
        /* J13 */ {"2021-03-16", "The two states established relations in 1964.\n\nPrime Minister Lars Eng visited Nairobi in 1966.\n\nIn March the Kenyan president visited Copenhagen.\n\nA trade accord was signed in Nairobi in 1968.", "visit 1966 held nairobi; visit 1966-03 held copenhagen; agreement 1968 held nairobi"},
        /* J14, fix */ {"2021-03-16", "The prime minister Ivo Sand visited Kyiv on Monday.\n\nIn 2014 Sand visited Kyiv for talks on gas.\n\nIn May he met the Ukrainian president in Lviv.", "visit 2021-03-15 held kyiv; visit 2014 held kyiv; meeting 2014-05 held lviv"},
        /* K1, fix */ {"2021-03-16", "Relations were established in 1955. The king visited Belgrade in 1962. The king visited Zagreb in 1964 with the envoy Ivo Marn, who had been elected in 1960. In May the king visited Skopje.", "visit 1962 held belgrade; visit 1964 held zagreb; visit 1964-05 held skopje"},
        /* K2, fix */ {"2021-03-16", "The two states opened embassies in 1951. The prime minister visited Athens in 1958. He met the Greek king in Corfu in 1961, the first royal audience since 1947. In June he visited Rhodes.", "visit 1958 held athens; meeting 1961 held corfu; visit 1961-06 held rhodes"},
        /* L1 */ {"2019-08-14", "Foreign trips of President Aro Lind\n\n2009\n\nOn 3 February the president visited Bishkek. On 12 March he met the Turkish president in Ankara.\n\n2010\n\nOn 5 April he visited Prague. In June he held talks in Warsaw.", "visit 2009-02-03 held bishkek; meeting 2009-03-12 held ankara; visit 2010-04-05 held prague; talks 2010-06 held warsaw"},
        /* L2 */ {"2019-08-14", "Foreign trips of President Aro Lind\n\n2009\n\n3 February: the president visited Bishkek.\n\n12 March: the president met the Turkish president in Ankara.\n\n2010\n\n5 April: the president visited Prague.", "visit 2009-02-03 held bishkek; meeting 2009-03-12 held ankara; visit 2010-04-05 held prague"},
        /* L3 */ {"2019-08-14", "Foreign trips of President Aro Lind\n\nIn 2009 the president made several trips abroad. On 3 February he visited Bishkek. On 12 March he met the Turkish president in Ankara. On 20 November he visited Hanoi.\n\nIn 2010 he visited Prague on 5 April. On 9 July he held talks in Warsaw.", "visit 2009-02-03 held bishkek; meeting 2009-03-12 held ankara; visit 2009-11-20 held hanoi; visit 2010-04-05 held prague; talks 2010-07-09 held warsaw"},
        /* L4, fix */ {"2019-08-14", "Foreign trips of President Aro Lind\n\n2009\n\nFebruary 3-4: Kyrgyzstan. The president visited Bishkek for talks with the Kyrgyz president.\n\nMarch 12: Turkey. The president met the Turkish president in Ankara.", "visit 2009-02-03 held bishkek; meeting 2009-03-12 held ankara"},
        /* L5 */ {"2019-08-14", "Relations between Norway and Kenya\n\nHistory\n\nThe two states established relations in 1963. In 1967 the Norwegian foreign minister visited Nairobi. On 4 June the two governments signed an aid accord in Nairobi.\n\nIn 1972 the Kenyan president visited Oslo. In September he met the Norwegian king in Bergen.", "visit 1967 held nairobi; agreement 1967-06-04 held nairobi; visit 1972 held oslo; meeting 1972-09 held bergen"},
        /* L6 */ {"2019-08-14", "Relations between Norway and Kenya\n\nIn 1967 the Norwegian foreign minister visited Nairobi.\n\nIn 1972 the Kenyan president visited Oslo.\n\nOn 4 June the two governments signed an aid accord in Oslo.\n\nIn 1975 the Norwegian prime minister visited Mombasa.", "visit 1967 held nairobi; visit 1972 held oslo; agreement 1972-06-04 held oslo; visit 1975 held mombasa"},
        /* L7, fix */ {"2019-08-14", "Relations between Norway and Kenya\n\nIn November 1979 the Norwegian foreign minister visited Nairobi. In January the Kenyan foreign minister visited Oslo. In March the two ministers met again in Geneva.", "visit 1979-11 held nairobi; visit 1980-01 held oslo; meeting 1980-03 held geneva"},
        /* L8 */ {"2019-08-14", "Relations between Norway and Kenya\n\nThe Kenyan president visited Oslo in 1972, 1978 and 1985. In May 1985 he met the Norwegian king in Oslo. In June he held talks in Stockholm.", "visit 1972 held oslo; meeting 1985-05 held oslo; talks 1985-06 held stockholm"},
        /* L10, fix */ {"2019-08-14", "The envoy Oda Brekk visited Nairobi in 2011. She met the Kenyan president in Mombasa on 3 May. On 5 May she flew to Kampala.\n\nOn Tuesday Brekk met the Kenyan foreign minister in Nairobi.", "visit 2011 held nairobi; meeting 2011-05-03 held mombasa; visit 2011-05-05 held kampala; meeting 2019-08-13 held nairobi"},
        /* W3 */ {"2019-08-14", "The foreign minister Tor Malm met the Chilean president in Santiago on Monday.\n\nThe two first met in Lima in 2015. In February they spoke by phone.", "meeting 2019-08-12 held santiago; meeting 2015 held lima; call 2019-02 held -"},
        /* W4 */ {"2019-08-14", "The envoy Kai Rust held talks in Kabul on Monday. She last visited Kabul in 2012.\n\nIn June she met the Pakistani foreign minister in Islamabad.", "talks 2019-08-12 held kabul; visit 2012 held kabul; meeting 2019-06 held islamabad"},
        /* T1 */ {"2021-03-16", "In March 1990 the king visited Oslo. Months later he met the Norwegian prime minister in Bergen.", "visit 1990-03 held oslo; meeting 1990 held bergen"},
        /* T2 */ {"2021-03-16", "In 1990 the king visited Oslo. Shortly afterwards he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990 held bergen"},
        /* T3 */ {"2021-03-16", "In 1990 the king visited Oslo. In the autumn he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990 held bergen"},
        /* T4, fix */ {"2021-03-16", "In 1990 the king visited Oslo. At the close of the year he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990 held bergen"},
        /* T5 */ {"2021-03-16", "In 1990 the king visited Oslo. Early the next year he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1991 held bergen"},
        /* T6 */ {"2021-03-16", "In 1990 the king visited Oslo. That December he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990-12 held bergen"},
        /* T7 */ {"2021-03-16", "In 1990 the king visited Oslo. Later in the year he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990 held bergen"},
        /* T8, fix */ {"2021-03-16", "In 1990 the king visited Oslo. In the middle of the year he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990 held bergen"},
        /* T9 */ {"2021-03-16", "In 1990 the king visited Oslo. At the start of the following year he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1991 held bergen"},
        /* T10 */ {"2021-03-16", "In 1990 the king visited Oslo. Later that month he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990 held bergen"},
        /* T11 */ {"2021-03-16", "In 1990 the king visited Oslo. A few months later he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990 held bergen"},
        /* T12 */ {"2021-03-16", "In 1990 the king visited Oslo. In the spring of the following year he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1991 held bergen"},
        /* T15 */ {"2021-03-16", "In 1990 the king visited Oslo. At the end of that year he met the Norwegian prime minister in Bergen.", "visit 1990 held oslo; meeting 1990 held bergen"},
    };
    char text[2048], got[1024];
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(text, sizeof text, "date %s\n\n%s\n", cases[i].published, cases[i].sentence);
        events_line(text, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            print_message("timeline case %zu: '%s'\n  got  '%s'\n  want '%s'\n", i, cases[i].sentence, got,
                          cases[i].want);
            failed++;
        }
    }
    if (failed)
        fail_msg("%d of %zu timeline paragraphs wrong", failed, sizeof cases / sizeof cases[0]);
}

/* The thirty-eighth round's grid (engineer back38, issue 14): invented wire
 * stories, a dated lead with the day's news, then background paragraphs
 * ("first met in C in 2008", "who visited C last year", "weeks after talks
 * in C collapsed", "since their summit in C", "had spoken by phone earlier
 * this month", "the accord they signed in C", "The meeting followed talks in
 * C"). A background happening keeps the date its own words give, or none;
 * never the report's day; today's news keeps the lead's day. Rows marked
 * "fix" failed before the round. */
static void wire_background_grid(void **state)
{
    (void)state;
    static const time_case_t cases[] = {
        /* W1 */ {"2010-06-15", "Wire story\n\nOSLO (Wire) - The foreign ministers of Norway and Chile held talks in Oslo on Monday on fishing rights.\n\nThe two ministers first met in Santiago in 2008. They signed a fisheries accord in Lima in 2009.", "talks 2010-06-14 held oslo; meeting 2008 held santiago; agreement 2009 held lima"},
        /* W2 */ {"2010-06-15", "Wire story\n\nCAIRO (Wire) - Foreign Minister Ivo Dane, who visited Amman last year, met the Egyptian president in Cairo on Monday.\n\nThe two men discussed water.", "visit 2009 held amman; meeting 2010-06-14 held cairo"},
        /* W3, fix */ {"2010-06-15", "Wire story\n\nGENEVA (Wire) - Envoys of the two sides met in Geneva on Tuesday, weeks after talks in Vienna collapsed.\n\nThe new round is meant to last a week.", "meeting 2010-06-15 held geneva; talks ? failed vienna"},
        /* W4 */ {"2010-06-15", "Wire story\n\nSEOUL (Wire) - The presidents of the two countries spoke by phone on Monday, their first contact since their summit in Hanoi.\n\nThey agreed to meet again.", "call 2010-06-14 held -"},
        /* W5 */ {"2010-06-15", "Wire story\n\nROME (Wire) - President Anu Kell arrived in Rome on Monday for a three-day visit, her first since 2005.\n\nShe is due to meet the Italian prime minister on Wednesday.", "visit 2010-06-14 held rome; meeting 2010-06-16 planned rome"},
        /* W7 */ {"2010-06-15", "Wire story\n\nOSLO (Wire) - Norway will host talks between the army and a rebel group in Oslo next week, officials said on Monday.\n\nNorway has hosted such talks before.", "talks 2010-06 planned oslo"},
        /* W8 */ {"2010-06-15", "Wire story\n\nPARIS (Wire) - The French and German leaders met in Paris on Monday to discuss the budget.\n\nThey had spoken by phone earlier this month.", "meeting 2010-06-14 held paris; call 2010-06 held -"},
        /* W9 */ {"2010-06-15", "Wire story\n\nBRUSSELS (Wire) - European ministers met in Brussels on Monday to review a pledge made at the Lisbon summit.\n\nThe pledge covers aid to farmers.", "meeting 2010-06-14 held brussels"},
        /* W10 */ {"2010-06-15", "Wire story\n\nKABUL (Wire) - The envoy Tomas Reyl met the Afghan president in Kabul on Monday.\n\nReyl had visited Herat before the meeting.", "meeting 2010-06-14 held kabul; visit ? held herat"},
        /* W11 */ {"2010-06-15", "Wire story\n\nBAKU (Wire) - The foreign ministers of the two states signed a transit accord in Baku on Monday.\n\nThey had met in Tbilisi in April to agree the text.", "agreement 2010-06-14 held baku; meeting 2010-04 held tbilisi"},
        /* W13 */ {"2010-06-15", "Wire story\n\nHANOI (Wire) - The two leaders met in Hanoi on Monday, their first meeting since the 2008 summit in Manila.\n\nTrade topped the agenda.", "meeting 2010-06-14 held hanoi"},
        /* W15 */ {"2010-06-15", "Wire story\n\nLIMA (Wire) - The presidents of Peru and Chile signed a border treaty in Lima on Monday.\n\nThe dispute dates back to 2004. That year the two presidents met in Quito.", "agreement 2010-06-14 held lima; meeting 2004 held quito"},
        /* W16 */ {"2010-06-15", "Wire story\n\nACCRA (Wire) - West African leaders opened a summit in Accra on Monday.\n\nAt last year's summit in Abuja, they agreed to form a joint force.", "meeting 2010-06-14 held accra; meeting 2009 held abuja"},
        /* W17 */ {"2010-06-15", "Wire story\n\nANKARA (Wire) - The foreign ministers of Turkey and Greece met in Ankara on Monday.\n\nTheir last talks, in Athens in May, broke down over fishing rights.", "meeting 2010-06-14 held ankara; talks 2010-05 failed athens"},
        /* W18 */ {"2010-06-15", "Wire story\n\nCANBERRA (Wire) - The Australian prime minister said on Monday he would press China on trade, following his visit to Beijing last month.", "visit 2010-05 held beijing"},
        /* W19 */ {"2010-06-15", "Wire story\n\nVIENNA (Wire) - Iran and the powers resumed talks in Vienna on Monday on the accord signed in Geneva in 2008.", "talks 2010-06-14 held vienna; agreement 2008 held geneva"},
        /* W22 */ {"2010-06-15", "Wire story\n\nSEOUL (Wire) - The two leaders, who met in Tokyo on Friday, spoke by phone on Monday.", "meeting 2010-06-11 held tokyo; call 2010-06-14 held -"},
        /* W23 */ {"2010-06-15", "Wire story\n\nMADRID (Wire) - The Spanish prime minister, who met the Moroccan king in Rabat last year, said on Monday that ties had improved.", "meeting 2009 held rabat"},
        /* W24 */ {"2010-06-15", "Wire story\n\nBERLIN (Wire) - The German chancellor met the French president in Berlin on Monday, days before a summit in Brussels.", "meeting 2010-06-14 held berlin"},
        /* W25 */ {"2010-06-15", "Wire story\n\nHAVANA (Wire) - The two sides met in Havana on Monday, their first talks since a round in Madrid collapsed in 2006.", "meeting 2010-06-14 held havana; talks 2006 failed madrid"},
        /* W27 */ {"2010-06-15", "Wire story\n\nADDIS ABABA (Wire) - The foreign ministers of Sudan and Chad met in Addis Ababa on Monday.\n\nThe two sides had signed a ceasefire in Khartoum but fighting resumed.", "meeting 2010-06-14 held addis-ababa; agreement ? held khartoum"},
        /* W28 */ {"2010-06-15", "Wire story\n\nISLAMABAD (Wire) - Pakistan and India held talks in Islamabad on Monday on a deal reached in Delhi in March.", "talks 2010-06-14 held islamabad; agreement 2010-03 held delhi"},
        /* W29 */ {"2010-06-15", "Wire story\n\nHAVANA (Wire) - The Spanish king arrived in Havana on Monday, the first visit by a Spanish head of state since 1999.", "visit 2010-06-14 held havana"},
        /* W30 */ {"2010-06-15", "Wire story\n\nSTOCKHOLM (Wire) - Finland and Sweden held talks in Stockholm on Monday.\n\nThe talks were the first since the two prime ministers met in Helsinki in 2007.", "talks 2010-06-14 held stockholm; meeting 2007 held helsinki"},
        /* W31 */ {"2010-06-15", "Wire story\n\nBEIJING (Wire) - The US envoy arrived in Beijing on Monday.\n\nLast month he held talks in Tokyo.", "visit 2010-06-14 held beijing; talks 2010-05 held tokyo"},
        /* W32, fix */ {"2010-06-15", "Wire story\n\nDAKAR (Wire) - The presidents of Senegal and Mali met in Dakar on Monday to discuss a rail link.\n\nThe two leaders had clashed over the railway at a summit in Bamako, diplomats said.", "meeting 2010-06-14 held dakar; meeting ? held bamako"},
        /* W33 */ {"2010-06-15", "Wire story\n\nMUMBAI (Wire) - The Japanese prime minister, who had visited Delhi in 2006, arrived in Mumbai on Monday.", "visit 2006 held delhi; visit 2010-06-14 held mumbai"},
        /* W34, fix */ {"2010-06-15", "Wire story\n\nRIYADH (Wire) - Saudi and Iranian envoys met in Riyadh on Monday to review the accord they signed in Beijing.", "meeting 2010-06-14 held riyadh; agreement ? held beijing"},
        /* W35 */ {"2010-06-15", "Wire story\n\nMOSCOW (Wire) - The Russian and Chinese foreign ministers flew to Astana on Monday after meeting in Moscow on Saturday.", "visit 2010-06-14 held astana; meeting 2010-06-12 held moscow"},
        /* W36 */ {"2010-06-15", "Wire story\n\nNAIROBI (Wire) - The British foreign secretary arrived in Nairobi on Monday. It was his second trip to Kenya this year, after a visit in March.", "visit 2010-06-14 held nairobi"},
        /* W37 */ {"2010-06-15", "Wire story\n\nBRASILIA (Wire) - The presidents of Brazil and Argentina met in Brasilia on Monday. They last met in Buenos Aires in 2008.", "meeting 2010-06-14 held brasilia; meeting 2008 held buenos-aires"},
        /* W38 */ {"2010-06-15", "Wire story\n\nBAGHDAD (Wire) - The Iranian foreign minister arrived in Baghdad on Monday. He has visited Baghdad three times since taking office.", "visit 2010-06-14 held baghdad"},
        /* W39 */ {"2010-06-16", "Wire story\n\nHAVANA (Wire) - The Cuban leader wrote to the UN chief earlier this week, officials said on Wednesday.", "letter 2010-06 held havana"},
        /* W40 */ {"2010-06-15", "Wire story\n\nLISBON (Wire) - The leaders of Spain and Portugal met in Lisbon on Monday after a phone call last week.", "meeting 2010-06-14 held lisbon; call 2010-06 held -"},
        /* W41 */ {"2010-06-15", "Wire story\n\nSEOUL (Wire) - Asian leaders gathered in Seoul on Monday for a two-day summit.\n\nThe summit continues on Tuesday with talks on trade.", "meeting 2010-06-14 held seoul"},
        /* W42 */ {"2010-06-15", "Wire story\n\nABUJA (Wire) - The presidents of Nigeria and Cameroon met in Abuja on Monday.\n\nThe border accord, signed in New York in 2006, ended a long dispute.", "meeting 2010-06-14 held abuja; agreement 2006 held new-york"},
        /* W43, fix */ {"2010-06-15", "Wire story\n\nANKARA (Wire) - The Greek prime minister arrived in Ankara on Monday. The visit comes a year after the Turkish premier visited Athens.", /* a year back from the visit: thirty-ninth round */ "visit 2010-06-14 held ankara; visit 2009 held athens"},
        /* W44 */ {"2010-06-15", "Wire story\n\nGENEVA (Wire) - The envoys met again in Geneva on Monday. Talks in Bern last week ended without a deal.", "meeting 2010-06-14 held geneva; talks 2010-06 held bern"},
        /* W45 */ {"2010-06-15", "Wire story\n\nLONDON (Wire) - The British and Irish prime ministers met in London on Monday to prepare for next month's Dublin summit.", "meeting 2010-06-14 held london"},
        /* W46 */ {"2010-06-15", "Wire story\n\nTEHRAN (Wire) - The Iranian president received the Iraqi prime minister in Tehran on Monday. The two had spoken by phone on Saturday.", "meeting 2010-06-14 held tehran; call 2010-06-12 held -"},
        /* W47 */ {"2010-06-15", "Wire story\n\nOTTAWA (Wire) - The Canadian and Mexican leaders signed a trade accord in Ottawa on Monday. They had agreed on its outline when they met in Cancun in March.", "agreement 2010-06-14 held ottawa; meeting 2010-03 held cancun"},
        /* W49 */ {"2010-06-15", "Wire story\n\nAMMAN (Wire) - The Jordanian king met the Israeli prime minister in Amman on Monday.\n\nThe two men had last met in Aqaba, aides said.", "meeting 2010-06-14 held amman; meeting ? held aqaba"},
        /* W50 */ {"2010-06-15", "Wire story\n\nMANILA (Wire) - The Philippine and Chinese foreign ministers held talks in Manila on Monday.\n\nThe ministers had met in Beijing earlier this year to ease tension over the reefs.", "talks 2010-06-14 held manila; meeting 2010 held beijing"},
        /* W51 */ {"2010-06-15", "Wire story\n\nHARARE (Wire) - Regional mediators arrived in Harare on Monday.\n\nThe unity deal that ended the crisis was signed in Harare in 2008.", "visit 2010-06-14 held harare; agreement 2008 held harare"},
        /* W52 */ {"2010-06-15", "Wire story\n\nBANGKOK (Wire) - Thai and Cambodian officials held talks in Bangkok on Monday on the border.\n\nAn earlier round, held in Phnom Penh, had ended in a walkout.", "talks 2010-06-14 held bangkok; talks ? held phnom-penh"},
        /* W53 */ {"2010-06-15", "Wire story\n\nCARACAS (Wire) - The Colombian foreign minister met her Venezuelan counterpart in Caracas on Monday.\n\nThe two ministers had held talks in Bogota after the border was closed.", "meeting 2010-06-14 held caracas; talks ? held bogota"},
        /* W54, fix */ {"2010-06-15", "Wire story\n\nPRAGUE (Wire) - The Czech and Slovak premiers met in Prague on Monday.\n\nThe meeting followed talks between their foreign ministers in Bratislava.", "meeting 2010-06-14 held prague; talks ? held bratislava"},
        /* X1, fix: a day before the report's, told by the summit's clause, over the report's day the lede took */ {"2010-06-13", "Wire story\n\nLIMA (Wire) - Leaders of 20 nations who met in Lima agreed on a plan to fight drug gangs, the host said on Sunday.\n\nThe leaders adopted the plan at the summit's closing session on Friday.", "meeting 2010-06-11 held lima"},
        /* W48, fix: "The blast in C", undated, after an attack dated but not placed */ {"2010-06-15", "Wire story\n\nKAMPALA (Wire) - Ugandan and Kenyan ministers held talks in Kampala on Monday.\n\nTheir first round was halted on 2 June when a bomb exploded near the hotel.\n\nThe blast in Kampala killed six people.", "talks 2010-06-14 held kampala; incident 2010-06-02 held kampala"},
        /* W12, fix: a pact named by its town, no verb making it: undated */ {"2010-06-15", "Wire story\n\nMINSK (Wire) - Rebel and government envoys met in Minsk on Tuesday to save the Minsk accord.\n\nThe accord has been broken many times.", "meeting 2010-06-15 held minsk; agreement ? held minsk"},
        /* W12b: a pact named by its town and signed there on a day keeps it */ {"2010-06-15", "Wire story\n\nMINSK (Wire) - Rebel and government envoys signed the Minsk accord in Minsk on Monday.", "agreement 2010-06-14 held minsk"},
        /* X2, fix: "when" right after a bound's year, no comma */ {"2010-06-15", "Wire story\n\nThe two sides have not talked since 2008 when talks in Oslo collapsed.", "talks 2008 failed oslo"},
        /* B38b-A1, fix: a summit's later telling held on a day before the report is never the summit still to come */ {"2010-06-13", "Wire story\n\nOSLO (Wire) - Leaders of 40 nations who met in Oslo on fishing rights agreed on steps to protect the stocks, the prime minister said Sunday.\n\nThe prime minister will hold talks on Monday with the NATO chief. They will also look ahead to a NATO summit due in Warsaw in September.\n\n\"This is a start,\" the prime minister told the summit's final session Friday.", "meeting 2010-06-11 held oslo; talks 2010-06-14 planned -; meeting 2010-09 planned warsaw"},
        /* B38b-A2, fix: nor is one told in the past (the hall the summit took place in) */ {"2010-06-13", "Wire story\n\nOSLO (Wire) - Leaders of 40 nations who met in Oslo on fishing rights agreed on steps to protect the stocks, the prime minister said Sunday.\n\nThe prime minister will hold talks on Monday with the NATO chief. They will also look ahead to a NATO summit due in Warsaw in September.\n\nOn Sunday he thanked the fleets in a radio talk taped in the hall the summit took place in.\n\n\"This is a start for every coast,\" the prime minister told the summit's final session Friday.", "meeting 2010-06-11 held oslo; talks 2010-06-14 planned -; meeting 2010-09 planned warsaw"},
        /* B38b-A3, guard: the lede's own day stays; the planned summit keeps its telling */ {"2010-06-13", "Wire story\n\nOSLO (Wire) - Leaders of 40 nations met in Oslo on Sunday and agreed on steps to protect fish stocks.\n\nThey will meet again at a summit in Warsaw in September. The summit will be held in the old castle.", "meeting 2010-06-13 held oslo; meeting 2010-09 planned warsaw"},
        /* B38b-B1, fix: a gathering that continues on a later day is the one told before, on its first day */ {"2010-06-11", "Wire story\n\nOSLO (Wire) - While heads of state arrived for a fisheries summit in Oslo on Thursday, the prime minister saw the Chilean president.\n\nThe fisheries summit continues on Friday and closes with a vote on quotas.", "meeting 2010-06-10 held oslo"},
        /* B38b-B2, guard: a first telling that continues stays one */ {"2010-06-11", "Wire story\n\nOSLO (Wire) - The prime minister said on Friday that fish stocks were falling.\n\nThe fisheries summit in Oslo continues on Friday with a session on quotas.", "meeting 2010-06-11 held oslo"},
        /* B38b-B3, fix: opened on one day, continued on the next: one event */ {"2010-06-11", "Wire story\n\nOSLO (Wire) - A two-day fisheries summit opened in Oslo on Thursday with talks on quotas.\n\nThe fisheries summit continued on Friday with a session on fish stocks.", "meeting 2010-06-10 held oslo"},
        /* B38b-B4, guard: the summit the lede told, one event */ {"2010-06-11", "Wire story\n\nOSLO (Wire) - Ministers of ten nations met in Oslo on Thursday for a summit on fishing. The summit continues on Friday, the host said.", "meeting 2010-06-10 held oslo"},
        /* B38b-C1, fix: a bomb that went off in a paragraph framed by an earlier day, told again as the blast in C */ {"2010-06-20", "Wire story\n\nKAMPALA (Wire) - The envoy met the trade minister on Sunday to finish talks that were cut short by the bombing of the embassy.\n\nOn June 2, the envoy and the minister had just left a press briefing at a hotel. Minutes later the bomb went off, killing 40 people.\n\nThe blast in Kampala came minutes before a second one in Nairobi.", "meeting 2010-06-20 held kampala; statement 2010-06-02 held kampala; incident 2010-06-02 held kampala"},
        /* B38b-C2, fix: the day of a saying about the blast's toll is no day of the blast */ {"2010-06-20", "Wire story\n\nKAMPALA (Wire) - The envoy met the trade minister on Sunday to finish their talks.\n\nOn June 2, the two men were in a hotel near the embassy. A car bomb blew up outside, killing 40 people.\n\nThe death toll in the blast in Kampala has risen to 41, officials said Sunday.", "meeting 2010-06-20 held kampala; incident 2010-06-02 held kampala"},
        /* B38b-C3, guard: the lede's attack today keeps the report's day */ {"2010-06-20", "Wire story\n\nKAMPALA (Wire) - A bomb exploded in a Kampala market on Sunday, killing 12 people, police said.\n\nThe blast in Kampala was the worst this year.", "incident 2010-06-20 held kampala"},
        /* B38b-D1, fix: what a summit adopted, dated only by the report's day, takes the summit's own earlier day */ {"2010-06-13", "Wire story\n\nOSLO (Wire) - Leaders of 40 nations who met in Oslo on fishing rights agreed on steps to protect the stocks, the prime minister said Sunday.\n\nThe UN chief, who was at the summit, praised the plan agreed by the leaders.\n\n\"This is a start,\" the prime minister told the summit's final session Friday.", "meeting 2010-06-11 held oslo; agreement 2010-06-11 held oslo"},
        /* B38b-D2, guard: a pact signed on its own day keeps it */ {"2010-06-13", "Wire story\n\nOSLO (Wire) - Leaders of 40 nations met in Oslo on Friday to discuss fishing rights.\n\nOn Sunday the two largest fleets signed a pact in Oslo as the summit closed.", "meeting 2010-06-11 held oslo; agreement 2010-06-13 held oslo"},
    };
    char text[2048], got[1024];
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(text, sizeof text, "date %s\n\n%s\n", cases[i].published, cases[i].sentence);
        events_line(text, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            print_message("wire case %zu (%s): '%s'\n  got  '%s'\n  want '%s'\n", i, cases[i].published,
                          cases[i].sentence, got, cases[i].want);
            failed++;
        }
    }
    if (failed)
        fail_msg("%d of %zu wire stories wrong", failed, sizeof cases / sizeof cases[0]);
}

/* The thirty-ninth round's grid (engineer wiredate39, issue 14): invented
 * wire stories, each published on a weekday of its own, a dateline, a
 * lead, an attribution and background ("on Tuesday" before the report's
 * day or after it for a plan, "yesterday", "here today" in a 1987 wire,
 * "earlier in the week", "on the eve of the summit, which opens on
 * Sunday", "the talks in C, which begin on Monday", "a month after the two
 * leaders held talks in C", "said on Thursday that talks he held in C on
 * Monday"). Rows marked "fix" failed before the round. */
static void wire_dates_grid(void **state)
{
    (void)state;
    static const time_case_t cases[] = {
        /* A1 */ {"2025-03-06", "OSLO (Reuters) - The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing quotas, officials said.", "meeting 2025-03-04 held oslo"},
        /* A2 */ {"2025-03-06", "HANOI (AP) - Vietnam's prime minister will travel to Canberra on Monday for talks on trade, his office said on Thursday.", "visit 2025-03-10 planned canberra"},
        /* A3 */ {"2025-03-06", "NAIROBI (AFP) - The presidents of Kenya and Uganda held talks in Nairobi on Thursday, the first such meeting in a year.", "talks 2025-03-06 held nairobi"},
        /* A4 */ {"2025-03-03", "LIMA (Reuters) - Peru's foreign minister arrived in Quito on Sunday for a three-day visit, the ministry said on Monday.", "visit 2025-03-02 held quito"},
        /* A5 */ {"2025-03-03", "ACCRA (AP) - Ghana's president is due in Abuja on Friday for a meeting with his Nigerian counterpart, aides said.", "meeting 2025-03-07 planned abuja"},
        /* A6 */ {"2025-03-08", "MADRID (AFP) - Spain's king met the Moroccan prime minister in Madrid on Friday, the palace said on Saturday.", "meeting 2025-03-07 held madrid"},
        /* A7 */ {"2025-03-08", "WARSAW (Reuters) - The Polish and Lithuanian presidents are to meet in Vilnius on Wednesday, a spokesman said on Saturday.", "meeting 2025-03-12 planned vilnius"},
        /* B1 */ {"2025-03-05", "ANKARA (AP) - Turkey's foreign minister flew to Baku yesterday for talks with Azerbaijani leaders, the ministry said.", "visit 2025-03-04 held baku"},
        /* B2 */ {"2025-03-05", "ROME (Reuters) - The Italian prime minister meets the Greek premier in Rome today to discuss migration.", "meeting 2025-03-05 held rome"},
        /* B3 */ {"2025-03-05", "CAIRO (AFP) - The Egyptian president will fly to Amman tomorrow for a meeting with King Omar, officials said today.", "visit 2025-03-06 planned amman"},
        /* B4 */ {"1987-04-14", "BONN, April 14 (Reuter) - West German Chancellor Hans Albrecht met the Dutch premier here today for talks on farm prices, a spokesman said.", "meeting 1987-04-14 held bonn"},
        /* B5 */ {"1987-04-15", "TOKYO, April 14 (Reuter) - Japan's foreign minister met the Australian ambassador here today to discuss beef imports, officials said.", "meeting 1987-04-14 held tokyo"},
        /* C1 */ {"2025-03-20", "BERLIN (Reuters) - Germany's chancellor visited Prague last week for talks on energy, and on Thursday she called the Czech premier to follow up.", "visit 2025-03 held prague"},
        /* C2 */ {"2025-03-20", "PARIS (AFP) - The French and Belgian foreign ministers met in Brussels earlier this month to settle a dispute over rail links, diplomats said on Thursday.", "meeting 2025-03 held brussels"},
        /* C3 */ {"2025-03-17", "DUBLIN (AP) - Ireland's prime minister held talks with the Scottish first minister in Edinburgh at the weekend, his office said on Monday.", "talks 2025-03 held edinburgh"},
        /* C4 */ {"2025-03-20", "MANILA (Reuters) - The Philippine president will visit Jakarta next week for talks on maritime security, the palace said on Thursday.", "visit 2025-03 planned jakarta"},
        /* D1 */ {"2025-03-14", "VIENNA (Reuters) - Iranian and European negotiators ended two days of talks in Vienna on Thursday without a deal, diplomats said.", "talks 2025-03-13 held vienna"},
        /* D2 */ {"2025-03-14", "TBILISI (AP) - The Georgian president wrapped up a three-day visit to Yerevan on Friday, saying ties had never been closer.", "visit 2025-03-14 held yerevan"},
        /* D3 */ {"2025-03-14", "BRUSSELS (AFP) - NATO defence ministers met in Brussels on Thursday. The previous day, the alliance's chief had visited Riga.", "meeting 2025-03-13 held brussels; visit 2025-03-12 held riga"},
        /* E1 */ {"2025-03-11", "BOGOTA (Reuters) - Colombia's president met Venezuela's foreign minister in Bogota on Tuesday to discuss border crossings.\n\nThe two countries' presidents last met in Caracas in January, when they agreed to reopen the frontier.", "meeting 2025-03-11 held bogota; meeting 2025-01 held caracas"},
        /* E2 */ {"2025-03-11", "DHAKA (AFP) - Bangladesh's foreign minister arrived in New Delhi on Tuesday for talks on water sharing.\n\nIn December the two countries signed an accord on river data in Dhaka.", "visit 2025-03-11 held new-delhi; agreement 2024-12 held dhaka"},
        /* E3, fix */ {"2025-03-11", "PRETORIA (AP) - South Africa's president hosted the Angolan leader in Pretoria on Tuesday.\n\nThe visit comes a month after the two leaders met in Luanda.", "meeting 2025-03-11 held pretoria; meeting 2025-02 held luanda"},
        /* F1 */ {"2025-03-12", "ASTANA (Reuters) - Kazakhstan's president is meeting the Chinese premier in Astana on Friday, officials said on Wednesday.", "meeting 2025-03-14 planned astana"},
        /* F2 */ {"2025-03-12", "TALLINN (AFP) - The Estonian prime minister said on Wednesday she had met the Finnish president in Helsinki on Monday.", "meeting 2025-03-10 held helsinki"},
        /* F3 */ {"2025-03-12", "SANTIAGO (AP) - Chile's foreign minister, who visited Buenos Aires on Monday, plans to travel to Montevideo on Saturday, the ministry said.", "visit 2025-03-10 held buenos-aires; visit 2025-03-15 planned montevideo"},
        /* F4 */ {"2025-03-12", "ABUJA (Reuters) - Nigeria's president, speaking on Wednesday after meeting Ghana's leader in Accra on Tuesday, said trade would double.", "meeting 2025-03-11 held accra"},
        /* G1, fix */ {"2025-03-13", "KIEV (Reuters) - Ukraine's foreign minister said on Thursday that talks he held in Warsaw earlier in the week had gone well.", "talks 2025-03 held warsaw"},
        /* G2 */ {"2025-03-13", "LISBON (AFP) - Portugal's president said on Thursday he would visit Brasilia in April for talks on trade.", "visit 2025-04 planned brasilia"},
        /* H1 */ {"2025-04-10", "WELLINGTON (Reuters) - New Zealand's foreign minister held talks in Suva earlier this week on climate aid, her office said on Thursday.", "talks 2025-04 held suva"},
        /* H2 */ {"2025-04-07", "RABAT (AFP) - Morocco's king received the Senegalese president in Rabat on Monday, the palace said.", "meeting 2025-04-07 held rabat"},
        /* H3 */ {"2025-04-09", "AMMAN (Reuters) - Monday's meeting in Amman between the Jordanian and Iraqi premiers produced a deal on oil trucks, officials said on Wednesday.", "meeting 2025-04-07 held amman"},
        /* H4 */ {"2025-04-10", "MINSK (AP) - Belarus's president met the Russian defence minister in Minsk late on Tuesday, state media reported.", "meeting 2025-04-08 held minsk"},
        /* H5 */ {"2025-04-10", "RIYADH (AFP) - Saudi Arabia's crown prince spoke by phone with the Iranian president on Tuesday night, the state news agency said.", "call 2025-04-08 held riyadh"},
        /* H6 */ {"2025-04-10", "DOHA (Reuters) - Qatar's emir will host the Kuwaiti emir in Doha next Tuesday, officials said.", "meeting 2025-04-15 planned doha"},
        /* H7 */ {"2025-04-10", "BUDAPEST (AP) - Hungary's prime minister met the Serbian president in Belgrade last Tuesday, a government spokesman said on Thursday.", "meeting 2025-04-08 held belgrade"},
        /* H8 */ {"2025-04-10", "HAVANA (Reuters) - Cuba's foreign minister met the Mexican ambassador in Havana two weeks ago, the ministry said on Thursday.", "meeting 2025-03-27 held havana"},
        /* H9 */ {"2025-04-10", "ISLAMABAD (AFP) - Pakistan's foreign minister arrived in Kabul on Thursday. A day earlier he had met Iranian officials in Tehran.", "visit 2025-04-10 held kabul; meeting 2025-04-09 held tehran"},
        /* H10 */ {"2025-04-10", "COLOMBO (Reuters) - Sri Lanka's president will visit New Delhi later this month for talks on fishing rights, his office said on Thursday.", "visit 2025-04 planned new-delhi"},
        /* H11 */ {"2025-04-10", "KATHMANDU (AP) - Nepal's prime minister is expected to arrive in Beijing later this week, officials said.", "visit 2025-04 planned beijing"},
        /* H12 */ {"2025-02-12", "BANGKOK (Reuters) - Thailand's premier will attend a regional summit in Vientiane in early March, the government said on Wednesday.", "meeting 2025-03 planned vientiane"},
        /* H13 */ {"2025-01-09", "ATHENS (AFP) - The Greek prime minister met the Cypriot president in Nicosia in December, and the two will meet again in Athens in February, officials said.", "meeting 2024-12 held nicosia; meeting 2025-02 planned athens"},
        /* H14 */ {"2025-04-10", "TUNIS (Reuters) - Tunisian and Libyan officials are scheduled to hold talks in Tunis on Friday on border trade, a ministry official said on Thursday.", "talks 2025-04-11 planned tunis"},
        /* H15 */ {"2025-04-10", "ALGIERS (AP) - Algeria's president travels to Rome on Sunday for a two-day visit, the presidency said.", "visit 2025-04-13 planned rome"},
        /* H16 */ {"2025-04-10", "BAMAKO (AFP) - Mali's foreign minister opened a two-day visit to Niamey on Monday, the ministry said on Thursday.", "visit 2025-04-07 held niamey"},
        /* H17 */ {"2025-04-10", "LUSAKA (Reuters) - Last month's summit in Harare failed to end the dispute, Zambia's foreign minister said on Thursday.", "meeting 2025-03 failed harare"},
        /* H18 */ {"2025-04-10", "SEOUL, April 9 (Reuters) - South Korea's foreign minister met the Japanese ambassador in Seoul on Wednesday, the ministry said.", "meeting 2025-04-09 held seoul"},
        /* H19 */ {"2025-04-10", "TOKYO, April 11 (Kyodo) - Japan's prime minister met the visiting Indian foreign minister in Tokyo on Friday.", "meeting 2025-04-11 held tokyo"},
        /* H20 */ {"2025-04-10", "BERN (Reuters) - The Swiss president said on Thursday he had spoken by telephone with the Austrian chancellor on Wednesday and would visit Vienna next month.", "call 2025-04-09 held bern; visit 2025-05 planned vienna"},
        /* I1 */ {"2025-04-10", "HANOI (Reuters) - Vietnam's president hosted the Lao president in Hanoi on Thursday. The two leaders last met in Vientiane in 2023.", "meeting 2025-04-10 held hanoi; meeting 2023 held vientiane"},
        /* I2, fix */ {"2025-04-10", "CANBERRA (AP) - Australia's prime minister met his Fijian counterpart in Canberra on Thursday, a month after the two leaders held talks in Suva.", "meeting 2025-04-10 held canberra; talks 2025-03 held suva"},
        /* I3, fix */ {"2025-04-10", "OTTAWA (Reuters) - Canada's prime minister met the Mexican president in Ottawa on Thursday. The meeting came two weeks after their foreign ministers met in Mexico City.", "meeting 2025-04-10 held ottawa; meeting 2025-03-27 held mexico-city"},
        /* I4 */ {"2025-04-10", "MANAGUA (AFP) - The Nicaraguan leader held talks in Managua on Thursday with the visiting Honduran president, who arrived here on Wednesday.", "talks 2025-04-10 held managua; visit 2025-04-09 held managua"},
        /* I5 */ {"2025-04-10", "KAMPALA (Reuters) - Uganda's president met the Rwandan president in Kampala on Thursday, the first meeting between the two leaders since they signed a peace accord in Luanda in August.", "meeting 2025-04-10 held kampala; agreement 2024-08 held luanda"},
        /* J1, fix */ {"2025-05-15", "MUSCAT (Reuters) - Gulf foreign ministers met in Muscat on the eve of the summit, which opened on Wednesday.", "meeting 2025-05-13 held muscat"},
        /* J2, fix */ {"2025-05-15", "MUSCAT (AFP) - Gulf foreign ministers will meet in Muscat on the eve of the summit, which opens on Sunday.", "meeting 2025-05-17 planned muscat"},
        /* J3, fix */ {"2025-05-15", "MUSCAT (AP) - Gulf foreign ministers met in Muscat on the eve of Wednesday's summit of their leaders.", "meeting 2025-05-13 held muscat"},
        /* J4, fix */ {"2025-05-15", "KUWAIT CITY (Reuters) - Gulf leaders opened a summit in Kuwait City on Wednesday.\n\nOn the eve of the summit, their foreign ministers met in Muscat to settle the agenda.", "meeting 2025-05-14 held kuwait-city; meeting 2025-05-13 held muscat"},
        /* J5, fix */ {"2025-05-15", "GENEVA (Reuters) - The talks in Geneva, which begin on Monday, will focus on prisoner swaps, the mediators said.", "talks 2025-05-19 planned geneva"},
        /* J6, fix */ {"2025-05-15", "GENEVA (AFP) - The conference in Geneva, which opened on Tuesday, ended with a call for a ceasefire.", "meeting 2025-05-13 held geneva"},
        /* J7, fix */ {"2025-05-15", "WARSAW (AP) - Poland's foreign minister said on Thursday that talks he held in Kiev on Monday had brought the two sides closer.", "talks 2025-05-12 held kiev"},
        /* J8, fix */ {"2025-05-15", "PRAGUE (Reuters) - The Czech premier said on Thursday the talks he held in Vienna earlier in the month had gone well.", "talks 2025-05 held vienna"},
        /* J9, fix */ {"2025-05-15", "RIGA (AFP) - The Latvian president met her Estonian counterpart in Riga on Thursday, two weeks after the two leaders held talks in Tallinn.", "meeting 2025-05-15 held riga; talks 2025-05-01 held tallinn"},
        /* J10, fix */ {"2025-05-15", "VILNIUS (Reuters) - The Lithuanian premier arrived in Warsaw on Thursday.\n\nThe trip comes a year after the Polish president visited Vilnius.", "visit 2025-05-15 held warsaw; visit 2024 held vilnius"},
        /* K1 */ {"2025-06-19", "Premiers discuss fishing by phone\n\nOSLO (Reuters) - The Norwegian prime minister and the Icelandic premier spoke by telephone and agreed to meet soon to settle cod quotas.", "call 2025-06-19 held oslo"},
        /* K2, fix */ {"2025-06-19", "Venezuelan leader writes to Colombian president\n\nBOGOTA (AP) - The Venezuelan president sent a message to the Colombian president, officials said.", "letter 2025-06-19 delivered venezuela"},
        /* K3, fix */ {"2025-06-19", "Border row deepens as leaders trade insults\n\nGENEVA (AP) - The border row between the two republics grew sharper Thursday when one leader called the other a thief. After a three-hour meeting at his lakeside villa in Geneva with the Jordanian king, the Swiss president said he saw no sign of progress. The president also said Thursday that the king had promised to help. The king had also talked this week with the other leader, but told reporters he carried no message.", "meeting 2025-06-19 held geneva"},
        /* K4, fix */ {"2025-06-19", "South Korean leader reaches out to Tokyo\n\nSEOUL (Yonhap) - The South Korean president and the Japanese premier spoke by telephone and agreed to meet soon.", "call 2025-06-19 held -"},
        /* D4, fix */ {"2025-03-14", "SEOUL (Yonhap) - The Korean envoy Min Sera and her Japanese host held talks in Tokyo on Friday, on the eve of a summit of the two countries' leaders in Tokyo on Saturday.", "talks 2025-03-14 held tokyo; meeting 2025-03-15 planned tokyo"},
        /* L1, fix */ {"2025-06-19", "US envoy in Seoul after Tokyo stop\n\nSEOUL (Yonhap) - The South Korean president met the US envoy in Seoul on Thursday, a day after the envoy held talks in Tokyo.", "meeting 2025-06-19 held seoul; talks 2025-06-18 held tokyo"},
        /* L2, fix */ {"2025-03-14", "Japan and Korea ministers meet before summit\n\nSEOUL (Yonhap) - The Korean envoy Min Sera and her Japanese host held talks in Tokyo on Friday, on the eve of a summit of the two countries' leaders in Tokyo on Saturday.", "talks 2025-03-14 held tokyo; meeting 2025-03-15 planned tokyo"},
    };
    char text[2048], got[1024];
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(text, sizeof text, "date %s\n\n%s\n", cases[i].published, cases[i].sentence);
        events_line(text, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            print_message("wire date case %zu (%s): '%s'\n  got  '%s'\n  want '%s'\n", i, cases[i].published,
                          cases[i].sentence, got, cases[i].want);
            failed++;
        }
    }
    if (failed)
        fail_msg("%d of %zu wire date stories wrong", failed, sizeof cases / sizeof cases[0]);
}

/* The fortieth round's grid (engineer date40, issue 14): invented wire
 * stories whose later paragraphs tell background. An undated happening
 * told as done after one the paragraph dated over a week back ("X visited
 * C in February. He met Y in D.") takes that date, not the lede's day; a
 * day of the report's week brings the paragraph back to the news. "this
 * week" closing a count of a series ("the second attack this week") does
 * not date a happening the sentence gives a day. A year in an aside set off
 * by a comma (", whose barn burned in 1997,") is no year of the paragraph.
 * A day of the report's week a later paragraph told a happening on dates
 * the undated ones told after it ("On Monday he met X in A. He also
 * visited B."). A verb in the simple past keeps its day behind the
 * report's though a later clause plans ("arrived in C on Tuesday and will
 * leave on Friday"). Guards: "had last met in C", "last week" over a month's end, "last
 * month" in January, "a day earlier", "the previous evening", "hours
 * before", "later that day", "In March, ..." framing what follows. Rows
 * marked "fix" failed before the round. */
static void wire_dates_past_lead_grid(void **state)
{
    (void)state;
    static const time_case_t cases[] = {
        /* D1 */ {"2024-05-16", "OSLO (Wire) - The foreign ministers of Norway and Peru met in Oslo on Wednesday to discuss fishing quotas, officials said.\n\nThe two ministers had last met in Geneva.", "meeting 2024-05-15 held oslo; meeting ? held geneva"},
        /* D3 */ {"2024-05-16", "DOHA (Wire) - The Kenyan envoy Asha Mwangi held talks with the emir in Doha on Wednesday, her office said.\n\nMwangi visited Kabul last week to meet Afghan officials.", "talks 2024-05-15 held doha; visit 2024-05 held kabul"},
        /* D4 */ {"2024-06-04", "DOHA (Wire) - The Kenyan envoy Asha Mwangi held talks with the emir in Doha on Monday, her office said.\n\nMwangi visited Kabul last week to meet Afghan officials.", "talks 2024-06-03 held doha; visit 2024-05 held kabul"},
        /* D5 */ {"2024-01-09", "ANKARA (Wire) - The Greek prime minister arrived in Ankara on Monday for talks on the Aegean.\n\nThe Turkish foreign minister visited Athens last month to prepare the trip.", "visit 2024-01-08 held ankara; visit 2023-12 held athens"},
        /* D6 */ {"2024-05-16", "CAIRO (Wire) - The Jordanian king met the Egyptian president in Cairo on Wednesday.\n\nThe two leaders held talks in Amman earlier this year on the border crossings.", "meeting 2024-05-15 held cairo; talks 2024 held amman"},
        /* D7 */ {"2024-05-16", "CAIRO (Wire) - The Jordanian king met the Egyptian president in Cairo on Wednesday.\n\nThe two leaders spoke by phone earlier this month, an aide said.", "meeting 2024-05-15 held cairo; call 2024-05 held -"},
        /* D8 */ {"2024-05-13", "RIGA (Wire) - The Latvian and Polish presidents met in Riga on Monday to discuss air defence.\n\nOn Friday the Polish president had held talks in Vilnius.", "meeting 2024-05-13 held riga; talks 2024-05-10 held vilnius"},
        /* D10 */ {"2024-05-16", "RIGA (Wire) - The Latvian and Polish presidents met in Riga on Wednesday to discuss air defence.\n\nIn March, the two presidents met in Warsaw. The Latvian president also visited Gdansk.\n\nOn Tuesday, the Polish president held talks in Tallinn.", "meeting 2024-05-15 held riga; meeting 2024-03 held warsaw; visit 2024-03 held gdansk; talks 2024-05-14 held tallinn"},
        /* D11 */ {"2024-05-16", "AMMAN (Wire) - The Iraqi prime minister met the Jordanian king in Amman on Wednesday.\n\nA day earlier he had held talks in Cairo with the Egyptian president.", "meeting 2024-05-15 held amman; talks 2024-05-14 held cairo"},
        /* D12 */ {"2024-05-16", "ROME (Wire) - The Spanish prime minister arrived in Rome on Wednesday for talks with the Italian premier.\n\nHe had met the French president in Paris the previous evening.", "visit 2024-05-15 held rome; meeting 2024-05-14 held paris"},
        /* D13 */ {"2024-05-16", "RABAT (Wire) - The US envoy met the Moroccan king in Rabat on Wednesday, hours before the king flew to Paris.", "meeting 2024-05-15 held rabat; visit 2024-05-15 held paris"},
        /* D15 */ {"2024-05-16", "TUNIS (Wire) - The Algerian president arrived in Tunis on Wednesday for a two-day visit.\n\nThe two leaders last met in Algiers in January.", "visit 2024-05-15 held tunis; meeting 2024-01 held algiers"},
        /* D17 */ {"2024-05-16", "LIMA (Wire) - The presidents of Peru and Chile met in Lima on Wednesday.\n\nA week earlier, the two foreign ministers had met in Santiago.", "meeting 2024-05-15 held lima; meeting 2024-05-08 held santiago"},
        /* D18 */ {"2024-05-16", "BERN (Wire) - The Swiss mediator met rebel envoys in Bern on Tuesday.\n\nLater that day he flew to Geneva to brief UN officials.", "meeting 2024-05-14 held bern; visit 2024-05-14 held geneva"},
        /* D19 */ {"2024-05-16", "BERN (Wire) - The Swiss mediator met rebel envoys in Bern on Tuesday.\n\nTwo days later he will travel to Nairobi.", "meeting 2024-05-14 held bern; visit 2024-05-16 planned nairobi"},
        /* D20 */ {"2024-05-13", "SOFIA (Wire) - The Bulgarian and Greek premiers met in Sofia on Monday.\n\nThe Greek premier was in Skopje on Saturday, where he held talks with the North Macedonian president.", "meeting 2024-05-13 held sofia; talks 2024-05-11 held skopje"},
        /* D21 */ {"2024-05-16", "SOFIA (Wire) - The Bulgarian and Greek premiers met in Sofia on Wednesday.\n\nIn April, the Greek premier visited Skopje. On that trip he also met the Albanian premier in Tirana.", "meeting 2024-05-15 held sofia; visit 2024-04 held skopje; meeting 2024-04 held tirana"},
        /* D22 */ {"2024-05-16", "SEOUL (Wire) - The South Korean and Japanese leaders met in Seoul on Wednesday.\n\nThe two had spoken by phone the previous week.", "meeting 2024-05-15 held seoul; call 2024-05-08 held -"},
        /* D23 */ {"2024-05-16", "SEOUL (Wire) - The South Korean and Japanese leaders met in Seoul on Wednesday.\n\nThe talks came a day after the Japanese leader visited Busan.", "meeting 2024-05-15 held seoul; visit 2024-05-14 held busan"},
        /* D24 */ {"2024-05-16", "KYIV (Wire) - The Polish president visited Kyiv on Wednesday, officials said.\n\nHe last visited Kyiv in 2022, months after the war began.", "visit 2024-05-15 held kyiv; visit 2022 held kyiv"},
        /* D26, fix */ {"2024-05-16", "NAIROBI (Wire) - The Ethiopian prime minister met the Kenyan president in Nairobi on Wednesday.\n\nThe Kenyan president visited Addis Ababa last month. He met the Ethiopian president in Gondar.", "meeting 2024-05-15 held nairobi; visit 2024-04 held addis-ababa; meeting 2024-04 held gondar"},
        /* D27, fix */ {"2024-05-16", "NAIROBI (Wire) - The Ethiopian prime minister met the Kenyan president in Nairobi on Wednesday.\n\nThe Kenyan president visited Addis Ababa on February 4. He met the Ethiopian president in Gondar.", "meeting 2024-05-15 held nairobi; visit 2024-02-04 held addis-ababa; meeting 2024-02-04 held gondar"},
        /* D28, fix */ {"2024-05-16", "NAIROBI (Wire) - The Ethiopian prime minister met the Kenyan president in Nairobi on Wednesday.\n\nThe Kenyan president visited Addis Ababa in February. He also held talks in Gondar.", "meeting 2024-05-15 held nairobi; visit 2024-02 held addis-ababa; talks 2024-02 held gondar"},
        /* D30, fix */ {"2024-05-16", "NAIROBI (Wire) - The Ethiopian prime minister met the Kenyan president in Nairobi on Wednesday.\n\nThe Kenyan president visited Addis Ababa in February. The two leaders signed a power deal in Gondar.", "meeting 2024-05-15 held nairobi; visit 2024-02 held addis-ababa; agreement 2024-02 held gondar"},
        /* D31, fix */ {"2024-05-16", "KABUL (Wire) - A bomb exploded in a market in Kabul on Tuesday, killing 12 people, in the second attack this week, police said.", "incident 2024-05-14 held kabul"},
        /* D32, fix */ {"2024-05-16", "KABUL (Wire) - A bomb exploded in a market in Kabul on Tuesday, the third blast in the city this month.", "incident 2024-05-14 held kabul"},
        /* D33 */ {"2024-05-16", "KABUL (Wire) - Police said the second attack this week hit a market in Kabul.", "incident 2024-05 held kabul"},
        /* D34, fix */ {"2024-05-16", "FARGO (Wire) - Volunteers filled sandbags in Fargo on Wednesday.\n\nA farmer, whose barn burned in 1997, said he was afraid. The governor visited Moorhead to thank the volunteers.", "visit 2024-05-16 held moorhead"},
        /* D35 */ {"2024-05-16", "FARGO (Wire) - Volunteers filled sandbags in Fargo on Wednesday.\n\nThe governor visited Moorhead in 1997, when the river rose. He met the mayor in Fargo.", "visit 1997 held moorhead; meeting 1997 held fargo"},
        /* D29, fix */ {"2024-05-16", "NAIROBI (Wire) - The Ethiopian prime minister met the Kenyan president in Nairobi on Wednesday.\n\nThe Kenyan president visited Addis Ababa in February. On Tuesday he met the Somali president in Mombasa. He also held talks with the Ugandan envoy in Kisumu.", "meeting 2024-05-15 held nairobi; visit 2024-02 held addis-ababa; meeting 2024-05-14 held mombasa; talks 2024-05-14 held kisumu"},
        /* D36, fix */ {"2024-05-16", "AMMAN (Wire) - The Iraqi prime minister met the Jordanian king in Amman on Wednesday.\n\nOn Monday the Iraqi premier met the Saudi crown prince in Riyadh. He also visited Jeddah.", "meeting 2024-05-15 held amman; meeting 2024-05-13 held riyadh; visit 2024-05-13 held jeddah"},
        /* D39, fix */ {"2024-05-16", "AMMAN (Wire) - The Iraqi prime minister met the Jordanian king in Amman on Wednesday.\n\nThe Iraqi premier met the Saudi crown prince in Riyadh in March. On Monday he held talks with the Kuwaiti emir in Kuwait. He also visited Basra.", "meeting 2024-05-15 held amman; meeting 2024-03 held riyadh; talks 2024-05-13 held kuwait; visit 2024-05-13 held basra"},
        /* D40, fix */ {"2024-05-16", "AMMAN (Wire) - The Iraqi prime minister arrived in Amman on Tuesday and will leave on Friday, officials said.", "visit 2024-05-14 held amman"},
        /* D41, fix */ {"2024-05-16", "AMMAN (Wire) - The Iraqi prime minister met the Jordanian king in Amman on Wednesday.\n\nThe premier arrived in Amman on Tuesday evening and will fly to Cairo on Friday.", "meeting 2024-05-15 held amman; visit 2024-05-14 held amman; visit 2024-05-17 planned cairo"},
        /* D42 */ {"2024-05-16", "AMMAN (Wire) - The Iraqi prime minister will arrive in Amman on Tuesday and will leave on Friday, officials said.", "visit 2024-05-21 planned amman"},
        /* D43 */ {"2024-05-16", "CAIRO (Wire) - The Iraqi prime minister said on Tuesday he will visit Cairo on Friday.", "visit 2024-05-17 planned cairo"},
    };
    char text[2048], got[1024];
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(text, sizeof text, "date %s\n\n%s\n", cases[i].published, cases[i].sentence);
        events_line(text, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            print_message("past-lead case %zu (%s): '%s'\n  got  '%s'\n  want '%s'\n", i, cases[i].published,
                          cases[i].sentence, got, cases[i].want);
            failed++;
        }
    }
    if (failed)
        fail_msg("%d of %zu wire stories wrong", failed, sizeof cases / sizeof cases[0]);
}

static void events_seventeenth_round_evdev(void **state)
{
    (void)state;
    static const line_case_t cases[] = {
        /* The traveller's trip is placed in another sentence; the meeting
         * with a foreign leader is in the leader's country. */
        {"date 2010-06-15\nSome headline for the test\n\nCanadian Trade Minister Paul Dubois will be in "
         "Lima from June 21 to 23. On June 25, Dubois will meet Chilean President Carlos Mendez.\n",
         "visit 2010-06-21 planned lima; meeting 2010-06-25 planned chile"},
        /* ... not when the trip is told in the meeting's sentence, nor
         * with no trip at all (the host may be the visitor). */
        {"date 2010-06-15\nSome headline for the test\n\nCanadian Trade Minister Paul Dubois will travel "
         "to Japan on Thursday, where he will meet Chinese Premier Wang Hao on Friday.\n",
         "visit 2010-06-17 planned japan; meeting 2010-06-18 planned -"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. Canadian "
         "Trade Minister Paul Dubois met Chilean President Carlos Mendez on Monday.\n",
         "meeting 2010-06-14 held -"},
        /* A name after a preposition or a verb of holding modifies the
         * event noun, as after "the"; a name alone before "talks" may be
         * its subject. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "envoy held Geneva talks with the rebels on Monday.\n",
         "talks 2010-06-14 held geneva"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The king "
         "will hold Kremlin talks with the president on Friday.\n",
         "talks 2010-06-18 planned kremlin"},
        /* A verb that governs two event nouns gives both its tense: the
         * progressive before the first tells of days to come for the
         * second. */
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. The "
         "envoy is continuing the meetings with talks in Oslo on Monday.\n",
         "talks 2010-06-21 planned oslo"},
        /* A phrase of time opening the sentence tells of its own event
         * (here one told before): not dated by the main clause's day; it
         * is the same visit, placed in the city. */
        {"date 2010-06-13\nSome headline for the test\n\nKenyan President Paul Otieno will travel to "
         "Ghana on Monday to meet the rebels. Following Otieno's visit to Accra, his foreign minister will "
         "attend a conference on Tuesday.\n",
         "visit 2010-06-14 planned accra"},
        /* A visit still to come takes no date from talks held at its place
         * before the report. */
        {"date 2010-06-13\nSome headline for the test\n\nThe ministers said relations were good. The "
         "envoys held talks in Accra on June 2. The king plans a visit to Accra.\n",
         "talks 2010-06-02 held accra; visit 2010-06 planned accra"},
        /* An agreement told "during the visit" (a reference back to the
         * occasion the report covers) is made there and then, though no
         * person of the occasion is named in its sentence; a dateline that
         * is a sentence of its own leaves the lede to the next. */
        {"date 2010-06-13\nSome headline for the test\n\nKenyan President Paul Otieno visited Accra on "
         "Friday. The two countries signed a trade pact during the visit.\n",
         "visit 2010-06-11 held accra; agreement 2010-06-11 held accra"},
        {"date 2010-06-13\nKenyan leader goes to Ghana\n\nACCRA, June 13, 2010\n\nKenyan President Paul "
         "Otieno will meet his counterpart John Mensah in Accra on Friday, aides said.\n\nSeveral pacts will "
         "be signed during the visit, an aide added.\n",
         "meeting 2010-06-18 planned accra; agreement 2010-06-18 planned accra"},
        {"date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. Moscow "
         "talks tough on trade with its neighbours.\n",
         ""},
        /* Thirty-fifth round (comm35): in an undated article a saying told
         * with its own day and month but no year stays undated, not dated
         * by another event at its place; told with no day, it still is. */
        {"Some headline for the test\n\nOn 12 May, Trade Minister Ana Rojas told a news conference in Lima "
         "that the quota would stay. Chilean President Carlos Mendez visited Lima on 1 May 2018.\n",
         "statement ? held lima; visit 2018-05-01 held lima"},
        {"Some headline for the test\n\nChilean President Carlos Mendez visited Lima on 1 May 2018. Trade "
         "Minister Ana Rojas told a news conference in Lima that the quota would stay.\n",
         "visit 2018-05-01 held lima; statement 2018-05-01 held lima"},
    };
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
    /* A country joined by a hyphen to "based", "born" and the like tells
     * where a body or a person is from, not a party to the event. */
    static const field_case_t where_from[] = {
        {"date 2010-06-13\n\nA car bomb killed nine people in Homs on Sunday, the Britain-based monitoring "
         "group said.\n",
         ""},
        {"date 2010-06-13\n\nThe Kenyan minister met a Canada-born envoy of the bank in Nairobi on Monday.\n", "KE"},
    };
    check_first_event_field(where_from, sizeof where_from / sizeof where_from[0], "participants");
}

/* Thirty-eighth round (engineer trips38, issue 14): an encyclopedia's list
 * of one person's trips, one trip per paragraph, often with no verb and no
 * name of the traveller: the item's town (or country) and day, the year of
 * its heading, the traveller from the title among the persons; lists of
 * things that are not trips give no visit. Invented pages in the shapes of
 * docs/accuracy.md's grid (every case failed before the round but the
 * guards). */
typedef struct {
    const char *title, *body, *want, *traveller;
} trip_list_case_t;

/* Thirty-eighth round (engineer recall38, issue 14): a visit's verb with
 * several stops, each with its own date ("visited A in 2003 and B in
 * 2004"): the later stop is the verb's object too (arguments.c,
 * dated_stop_object); a year after a possessive ("the king's 1971 state
 * visit") dates the noun (time.c); "C hosted President X" is at C
 * (arguments.c, host_place_subject). From a grid of invented history prose
 * (docs/accuracy.md, "Thirty-eighth round: ... (engineer recall38 ...)").
 * Rows marked "fix" failed before; the rest are guards. */
static void dated_stops_thirty_eighth(void **state)
{
    (void)state;
#define R38 "date 2025-06-12\nA history of visits\n\n"
    static const line_case_t cases[] = {
        {R38 "President Velmar Osk visited Tokyo in 2003 and Madrid in 2004.\n",
         "visit 2003 held tokyo; visit 2004 held madrid"}, /* fix */
        {R38 "The king visited Cairo in 1971, Amman in 1973 and Rabat in 1975.\n",
         "visit 1971 held cairo; visit 1973 held amman; visit 1975 held rabat"}, /* fix */
        {R38 "The foreign minister visited Seoul in March 2010 and Manila in May 2010.\n",
         "visit 2010-03 held seoul; visit 2010-05 held manila"}, /* fix */
        {R38 "He later visited Madrid (2004) and Rome (2006).\n", "visit 2004 held madrid; visit 2006 held rome"}, /* fix */
        /* A year after a possessive dates its noun through modifiers
         * (time.c, dmi_year_dated_noun), as after "the". */
        {R38 "The king's 1971 state visit to Tokyo lasted five days.\n", "visit 1971 held tokyo"}, /* fix */
        {R38 "Osk's 2004 official visit to Madrid was cut short.\n", "visit 2004 held madrid"}, /* fix */
        /* A town opening its clause as the subject of "hosted" or
         * "welcomed", a titled person its object (arguments.c,
         * host_place_subject). */
        {R38 "Madrid hosted Premier Ludo Varga in 1998.\n", "meeting 1998 held madrid"}, /* fix */
        {R38 "In 2005 Tokyo hosted President Velmar Osk.\n", "meeting 2005 held tokyo"}, /* fix */
        {R38 "Hanoi welcomed President Ana Ruiz Olmedo in 2012.\n", "meeting 2012 held hanoi"}, /* fix */
        {R38 "Tokyo hosted the Olympic Games in 1964.\n", ""},
        {R38 "Paris welcomed the decision in 2012.\n", ""},
        {R38 "Madrid welcomed the premier's remarks in 2012.\n", ""},
        /* Guards: stops without dates between, a second subject's own verb. */
        {R38 "President Velmar Osk visited Tokyo and Madrid in 2004.\n", "visit 2004 held tokyo; visit 2004 held madrid"},
        {R38 "Osk visited Tokyo in 2003, and Varga visited Madrid in 2004.\n",
         "visit 2003 held tokyo; visit 2004 held madrid"},
        {R38 "Osk made visits to Tokyo in 2003 and to Madrid in 2004.\n", "visit 2003 held tokyo; visit 2004 held madrid"},
    };
#undef R38
    check_event_cases(cases, sizeof cases / sizeof cases[0]);
}

static void trip_lists_thirty_eighth(void **state)
{
    (void)state;
    static const trip_list_case_t cases[] = {
        /* "C – T, days Month: details" under a year heading; days across a month's end. */
        {"List of trips abroad by Anders Kvale",
         "Anders Kvale, the Prime Minister of Norway, went abroad as below.\n\n2009\n\n"
         "Sweden – Stockholm, 14–15 March: Working visit. Met Prime Minister Karin Olsson.\n\n"
         "Germany – Berlin, 30 April – 2 May: Talks with the Chancellor on energy.",
         "visit 2009-03-14 held stockholm; visit 2009-04-30 held berlin", "Anders Kvale"},
        /* "day Month: T, C. Met ...", and two towns of one trip: a visit each. */
        {"List of presidential trips made by Mirela Dunca",
         "Mirela Dunca, President of Romania, made the following trips abroad.\n\n2011\n\n"
         "3 February: Kyiv, Ukraine. Met President Taras Hlib.\n\n30 May – 1 June: Tbilisi and Batumi, Georgia. State "
         "visit.",
         "visit 2011-02-03 held kyiv; visit 2011-05-30 held tbilisi; visit 2011-05-30 held batumi", "Mirela Dunca"},
        /* A table's rows, the date first with its year; the column names are no item. */
        {"List of presidential journeys abroad by Kwame Odei",
         "Kwame Odei, the President of Ghana, made these trips abroad.\n\nDates | Country | Locations | Details\n\n"
         "March 4–6, 2013 | Nigeria | Abuja | State visit\n\nJune 14, 2013 | Ethiopia | Addis Ababa | Attended the "
         "African Union summit",
         "visit 2013-03-04 held abuja; visit 2013-06-14 held addis-ababa", "Kwame Odei"},
        /* The country first, the year from the heading above the column names. */
        {"Foreign trips of Lorena Vidal",
         "Lorena Vidal went abroad as below while she led Chile.\n\n2015\n\n"
         "Country | Areas visited | Dates | Details\n\nPeru | Lima, Cusco | 28 April – 1 May | Working visit",
         "visit 2015-04-28 held lima; visit 2015-04-28 held cusco", "Lorena Vidal"},
        /* No heading: the item's own year, a stay across a year's end. */
        {"List of foreign visits by Luis Carrera",
         "Luis Carrera, President of Ecuador, made the following foreign visits.\n\nColombia – Bogotá, 7 March 2012: "
         "Met President Andrés Mejía.\n\nCuba – Havana, 30 December 2012 – 2 January 2013: Private visit.",
         "visit 2012-03-07 held bogota; visit 2012-12-30 held havana", "Luis Carrera"},
        /* "T, C (days Month)", and an item naming a country and no town. */
        {"List of official trips made by Tamar Berishvili",
         "Tamar Berishvili was the Prime Minister of Georgia.\n\n2014\n\nYerevan, Armenia (17–18 February): Official "
         "visit.\n\nKazakhstan, 22–23 May: State visit.",
         "visit 2014-02-17 held yerevan; visit 2014-05-22 held kazakhstan", "Tamar Berishvili"},
        /* The lead describes the list: no trip of the page's date; a name
         * the gazetteer half holds is still the traveller. */
        {"List of state visits made by Duong Van Thanh",
         "This article lists the state visits and official trips abroad of Duong Van Thanh, President of Vietnam.\n\n"
         "28–30 August 2018: Phnom Penh, Cambodia. State visit.",
         "visit 2018-08-28 held phnom-penh", "Duong Van Thanh"},
        /* A chronology in sentences: the traveller "he" is the title's; a
         * range "from ... to ..." is dated at its start. */
        {"List of foreign trips by Jonas Petraitis",
         "Jonas Petraitis served as Foreign Minister of Lithuania. His trips abroad are listed below.\n\n2008\n\n"
         "On 12 February he visited Warsaw, where he met his Polish counterpart.\n\nFrom 29 June to 2 July he attended "
         "a conference in Helsinki.",
         "visit 2008-02-12 held warsaw; meeting 2008-06-29 held helsinki", "Jonas Petraitis"},
        /* A table's rows joined into one paragraph, as the corpus keeps a
         * Markdown table: each row an item; the column names ("Areas
         * visited") no trip; a row's details lend no date to the next. */
        {"List of trips abroad by Pavel Orlov",
         "Pavel Orlov was the President of Russia.\n\n2008\n\n| Country | Areas visited | Dates | Details | "
         "|---|---|---|---| | China | Beijing | 23–24 May | State visit. Met President Li Wen. | | Germany | "
         "Berlin | 5 June | Working visit; talks with Chancellor Jonas Weber. | | | Hamburg | 6 June | |",
         "visit 2008-05-23 held beijing; visit 2008-06-05 held berlin; visit 2008-06-06 held hamburg",
         "Pavel Orlov"},
        /* A row's towns and date in its cells but the last: a place the
         * details name ("talks on the fighting in T") is no stop, and the
         * next row's person is not this row's. */
        {"List of trips abroad by Pavel Orlov",
         "Pavel Orlov was the President of Russia.\n\n2009\n\n| Country | Areas visited | Dates | Details | "
         "|---|---|---|---| | United States | New York City, Washington, D.C., Pittsburgh | 23–26 September | Attended "
         "the G20 summit; talks on the fighting in Tskhinvali. | | Finland | Helsinki | 3 October | Met President Aino "
         "Salo. |",
         "visit 2009-09-23 held new-york-city; visit 2009-09-23 held washington-d-c; visit 2009-09-23 held "
         "pittsburgh; visit 2009-10-03 held helsinki",
         "Pavel Orlov"},
        /* Two countries and no town: a visit to each (one per stop). */
        {"List of overseas visits by Farid Aziz",
         "Farid Aziz served as Prime Minister of Pakistan.\n\n2013\n\nLaos and Cambodia, 3–6 December: official "
         "visits.",
         "visit 2013-12-03 held laos; visit 2013-12-03 held cambodia", "Farid Aziz"},
        /* Guards: lists of people, treaties and an embassy's seats are no trips. */
        {"List of ambassadors of Norway to Sweden",
         "The following people have served as ambassadors of Norway to Sweden, with the embassy in Stockholm.\n\n"
         "1992–1996: Kari Holm\n\nIngrid Moe (2005–2010)",
         "", NULL},
        {"List of treaties between Chile and Peru",
         "Chile and Peru have signed many treaties.\n\n1929 – Treaty of Lima: settled the border question.\n\n2006 – "
         "Free trade agreement.",
         "", NULL},
        {"Embassy of Norway in Berlin",
         "The Embassy of Norway in Berlin is the diplomatic mission of Norway to Germany.\n\nGermany – Bonn, "
         "1961–1999: the embassy moved to Bonn",
         "", NULL},
    };
    char text[2048], got[1024];
    int failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(text, sizeof text, "date 2019-08-14\n%s\n\n%s\n", cases[i].title, cases[i].body);
        events_line(text, got, sizeof got);
        int ok = strcmp(got, cases[i].want) == 0;
        if (ok && cases[i].traveller) {
            dm_context_t *ctx = dm_context_create();
            dm_story_t *s = NULL;
            assert_int_equal(dm_story_extract(ctx, NULL, text, strlen(text), "unit.txt", NULL, &s), DM_OK);
            json_t *root = story_json(s);
            size_t k, j;
            json_t *e, *p;
            json_array_foreach(json_object_get(root, "events"), k, e) {
                int has = 0;
                json_array_foreach(json_object_get(e, "persons"), j, p) has |=
                    strcmp(json_string_value(p), cases[i].traveller) == 0;
                ok &= has;
            }
            json_decref(root);
            dm_story_destroy(s);
            dm_context_destroy(ctx);
        }
        if (!ok) {
            print_message("trip list %zu (%s):\n  got  '%s'\n  want '%s' (traveller %s on each)\n", i, cases[i].title,
                          got, cases[i].want, cases[i].traveller ? cases[i].traveller : "-");
            failed++;
        }
    }
    /* A news headline's verb is no list's title ("X visits C"). */
    events_line("date 2019-08-14\nPresident Kwame Odei visits Kenya\n\nPresident Kwame Odei arrived in Nairobi on "
                "Monday. On 14 June he will fly to Mombasa.\n",
                got, sizeof got);
    if (strcmp(got, "visit 2019-08-12 held nairobi; visit 2020-06-14 planned mombasa") != 0) {
        print_message("headline verb: got '%s'\n", got);
        failed++;
    }
    if (failed)
        fail_msg("%d trip lists wrong", failed);
}

/* A word set answers as a scan of its list does (issue 14's budget: rule
 * lists looked up by binary search): a word in any case gives the first of
 * the entries equal to it, the case as written only the entry written so,
 * a word that begins an entry or that an entry begins is none, a letter
 * outside ASCII keeps its case, past the last token is none. */
static void word_sets_answer_as_lists(void **state)
{
    (void)state;
    static const char *const list[] = {"talks", "Talk", "TALKS", "summit", "summits", "sum", "Zürich", "a", NULL};
    static dmi_word_set_t set = DMI_WORD_SET(list);
    const char *text = "Talks at the summit in Zürich: a sum of talk, summitry, TALKS and A SUMMIT. ZÜRICH, Sum.";
    dm_context_t *ctx = dm_context_create();
    dmi_article_t art;
    assert_int_equal(dmi_article_init(ctx, &art, text, strlen(text), "w"), DM_OK);
    for (size_t t = 0; t <= art.token_count; t++) {
        assert_int_equal(dmi_tok_in_set(&art, t, &set), dmi_tok_in(&art, t, list));
        assert_int_equal(dmi_tok_in_set_cs(&art, t, &set), dmi_tok_in_cs(&art, t, list));
    }
    assert_int_equal(dmi_tok_in_set(&art, 0, &set), 0); /* "Talks": the first of three */
    assert_true(dmi_word_in_set("Zürich", strlen("Zürich"), &set));
    assert_false(dmi_word_in_set_ci("ZÜRICH", strlen("ZÜRICH"), &set));
    assert_true(dmi_word_in_set_ci("SUMMITS", 7, &set));
    assert_false(dmi_word_in_set("Summits", 7, &set));
    assert_false(dmi_word_in_set_ci("summ", 4, &set));
    assert_false(dmi_word_in_set_ci("", 0, &set));
    /* Every entry of the shared lists is found as written and in capitals. */
    dmi_word_set_t *shared[] = {&dmi_person_titles,  &dmi_first_names, &dmi_never_alone,
                                &dmi_sentence_words, &dmi_org_words,   &dmi_office_words};
    for (size_t i = 0; i < sizeof shared / sizeof shared[0]; i++)
        for (size_t k = 0; shared[i]->words[k]; k++) {
            const char *w = shared[i]->words[k];
            char upper[64];
            size_t n = strlen(w);
            assert_true(n < sizeof upper);
            for (size_t c = 0; c <= n; c++)
                upper[c] = (char)(w[c] >= 'a' && w[c] <= 'z' ? w[c] - 'a' + 'A' : w[c]);
            assert_true(dmi_word_in_set(w, n, shared[i]));
            assert_true(dmi_word_in_set_ci(upper, n, shared[i]));
        }
    dmi_article_clear(&art);
    dm_context_destroy(ctx);
}

/* Thirty-seventh round (issue 15, engineer place37b): a capital that hosts
 * ("will host", "is preparing to host", "hosted") is the city, not its
 * government, though an auxiliary or a verb in "-ed" follows it, and so is
 * one that welcomes visitors; a capital that speaks, speaks of hosting or
 * welcomes a decision stays its government. */
static void places_thirty_seventh_round_host_capitals(void **state)
{
    (void)state;
    static const point_case_t cases[] = {
        {"date 2025-09-12\n\nHelsinki will host the next round of talks, the ministry said.\n",
         {{60.17, 24.94, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nNairobi is preparing to host the climate summit next year.\n",
         {{-1.29, 36.82, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nKigali has agreed to host the regional meeting in May.\n",
         {{-1.95, 30.06, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nLisbon hosted the ministers of the two coastal states on Friday.\n",
         {{38.72, -9.14, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nTbilisi said the talks had been useful.\n", {{41.72, 44.79, 30, DM_PLACE_CITY, 0}}},
        {"date 2025-09-12\n\nMadrid said it would host no more rounds.\n", {{40.42, -3.70, 30, DM_PLACE_CITY, 0}}},
        {"date 2025-09-12\n\nOttawa has refused to join the pact.\n", {{45.42, -75.70, 30, DM_PLACE_CITY, 0}}},
        /* Welcoming visitors is the city's; welcoming a decision or a
         * person's words, the government's. */
        {"date 2025-09-12\n\nOslo welcomed the delegation on Tuesday.\n", {{59.91, 10.75, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nDushanbe welcomed the visiting foreign minister on Sunday.\n",
         {{38.56, 68.79, 30, DM_PLACE_CITY, 1}}},
        {"date 2025-09-12\n\nLisbon welcomed the decision to reopen the crossing.\n",
         {{38.72, -9.14, 30, DM_PLACE_CITY, 0}}},
        {"date 2025-09-12\n\nMadrid welcomed the president's remarks.\n", {{40.42, -3.70, 30, DM_PLACE_CITY, 0}}},
    };
    check_place_cases(cases, G_N_ELEMENTS(cases), "round37-host.txt");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seed_matches_gold),
        cmocka_unit_test(given_name_ends_the_text),
        cmocka_unit_test(word_sets_answer_as_lists),
        cmocka_unit_test(own_articles),
        cmocka_unit_test(rejects_bad_articles),
        cmocka_unit_test(offsets_are_code_points),
        cmocka_unit_test(descriptive_capital_and_merge),
        cmocka_unit_test(resolves_relative_dates),
        cmocka_unit_test(dates_from_the_story_frame),
        cmocka_unit_test(korea_liaison_office),
        cmocka_unit_test(pacific_forum),
        cmocka_unit_test(helsinki_tense_and_negation),
        cmocka_unit_test(organisations_are_not_places),
        cmocka_unit_test(story_context_readings),
        cmocka_unit_test(headlines_and_possessives),
        cmocka_unit_test(clauses_calls_and_objects),
        cmocka_unit_test(repeated_events_stay_linear),
        cmocka_unit_test(city_not_same_named_region),
        cmocka_unit_test(embedded_names_are_no_places),
        cmocka_unit_test(currencies_name_no_party),
        cmocka_unit_test(names_that_are_no_places),
        cmocka_unit_test(names_inside_longer_names),
        cmocka_unit_test(demonyms_as_nouns),
        cmocka_unit_test(titles_and_treaties_of_places),
        cmocka_unit_test(event_fields),
        cmocka_unit_test(cameo_codes),
        cmocka_unit_test(wire_prefixes),
        cmocka_unit_test(titles_from_the_acting_subject),
        cmocka_unit_test(story_fields_round_trip),
        cmocka_unit_test(events_real_news_classes),
        cmocka_unit_test(events_thirty_seventh_round_told_again),
        cmocka_unit_test(events_fortieth_round_itinerary),
        cmocka_unit_test(events_fortieth_round_scene_sayings),
        cmocka_unit_test(events_thirty_seventh_round_grid),
        cmocka_unit_test(events_precision_and_persons),
        cmocka_unit_test(trigger_rules_parse),
        cmocka_unit_test(events_tenth_round),
        cmocka_unit_test(dateline_places_news_not_background),
        cmocka_unit_test(labels_of_events_on_lines),
        cmocka_unit_test(letter_labels_name_the_end_the_text_gives),
        cmocka_unit_test(participants_from_names_not_venues),
        cmocka_unit_test(possessive_is_a_topic_not_a_venue),
        cmocka_unit_test(headline_saying_is_the_news),
        cmocka_unit_test(range_of_topics_is_no_destination),
        cmocka_unit_test(persons_by_description_and_country),
        cmocka_unit_test(incident_objects_and_namings),
        cmocka_unit_test(events_eleventh_round),
        cmocka_unit_test(events_twelfth_round),
        cmocka_unit_test(events_thirteenth_round_mentions),
        cmocka_unit_test(places_fourteenth_round_government_capitals),
        cmocka_unit_test(places_thirty_seventh_round_host_capitals),
        cmocka_unit_test(places_fifteenth_round_far_namesakes),
        cmocka_unit_test(places_seventeenth_round_near_namesakes),
        cmocka_unit_test(places_fifteenth_round_cases),
        cmocka_unit_test(places_sixteenth_round_cases),
        cmocka_unit_test(places_twentyseventh_round_state_qualifier),
        cmocka_unit_test(places_twentyseventh_round_person_acts),
        cmocka_unit_test(places_twenty_eighth_round_inner_names),
        cmocka_unit_test(places_twenty_ninth_round_county_towns),
        cmocka_unit_test(places_twenty_ninth_round_caps_datelines),
        cmocka_unit_test(places_thirty_first_round_county_own_towns),
        cmocka_unit_test(places_thirty_first_round_own_names),
        cmocka_unit_test(places_thirtieth_round_site_towns),
        cmocka_unit_test(places_thirty_first_round_pathogens),
        cmocka_unit_test(places_thirty_first_round_agencies),
        cmocka_unit_test(places_thirty_first_round_person_signs),
        cmocka_unit_test(places_thirty_third_round_strays_vouch_for_none),
        cmocka_unit_test(places_thirty_fourth_round_person_appositives),
        cmocka_unit_test(places_thirty_fourth_round_person_states),
        cmocka_unit_test(places_thirty_fourth_round_double_barrelled),
        cmocka_unit_test(places_thirty_fifth_round_region_nicknames),
        cmocka_unit_test(places_thirty_fifth_round_street_dates),
        cmocka_unit_test(places_thirty_fifth_round_town_formulas),
        cmocka_unit_test(places_thirty_fifth_round_kin_names),
        cmocka_unit_test(places_thirty_fifth_round_shop_names),
        cmocka_unit_test(places_thirty_fifth_round_broadcasters),
        cmocka_unit_test(places_thirty_sixth_round_office_seats),
        cmocka_unit_test(places_thirty_sixth_round_capital_lists),
        cmocka_unit_test(places_thirty_sixth_round_metro_counties),
        cmocka_unit_test(places_thirty_seventh_round_far_lone_towns),
        cmocka_unit_test(places_thirty_seventh_round_gathering_venues),
        cmocka_unit_test(places_thirty_eighth_round_vessel_names),
        cmocka_unit_test(places_thirty_eighth_round_far_cued_towns),
        cmocka_unit_test(places_thirty_eighth_round_accented_given_names),
        cmocka_unit_test(places_thirty_eighth_round_hosting_towns),
        cmocka_unit_test(places_thirty_eighth_round_weapon_types),
        cmocka_unit_test(places_thirty_eighth_round_named_buildings),
        cmocka_unit_test(places_thirty_eighth_round_universities),
        cmocka_unit_test(places_thirty_eighth_round_foreign_regions),
        cmocka_unit_test(places_thirty_eighth_round_article_venues),
        cmocka_unit_test(places_thirty_eighth_round_qualifying_regions),
        cmocka_unit_test(places_thirty_eighth_round_tenures_and_programmes),
        cmocka_unit_test(places_thirty_eighth_round_state_abbreviations),
        cmocka_unit_test(places_thirty_ninth_round_saints_datelines),
        cmocka_unit_test(merging_thirty_ninth),
        cmocka_unit_test(places_thirty_ninth_round_article_names),
        cmocka_unit_test(places_thirty_ninth_round_alpine_lakes),
        cmocka_unit_test(places_thirty_ninth_round_qualified_datelines),
        cmocka_unit_test(places_fortieth_round_persons_deeds),
        cmocka_unit_test(places_fortieth_round_ocean_namesakes),
        cmocka_unit_test(places_fortieth_round_gathering_names),
        cmocka_unit_test(places_thirty_ninth_round_clubs_and_town_cues),
        cmocka_unit_test(places_thirty_ninth_round_summit_resorts),
        cmocka_unit_test(places_thirty_eighth_round_populous_regions_abroad),
        cmocka_unit_test(places_thirty_seventh_round_far_larger_towns),
        cmocka_unit_test(places_seventeenth_round_cases),
        cmocka_unit_test(places_eighteenth_round_islands),
        cmocka_unit_test(places_eighteenth_round_given_names),
        cmocka_unit_test(places_eighteenth_round_saints),
        cmocka_unit_test(places_twentieth_round_acronyms_no_datelines),
        cmocka_unit_test(places_twentieth_round_obscure_regions),
        cmocka_unit_test(places_twenty_second_round_story_state),
        cmocka_unit_test(places_twenty_third_round_story_state_readings),
        cmocka_unit_test(places_twenty_second_round_publication_names),
        cmocka_unit_test(places_twenty_third_round_far_unsure),
        cmocka_unit_test(places_twenty_fourth_round_cued_far),
        cmocka_unit_test(places_twenty_fifth_round_cue_of_article),
        cmocka_unit_test(places_twenty_fifth_round_style_demonyms),
        cmocka_unit_test(places_twentyfirst_round_far_regions),
        cmocka_unit_test(places_nineteenth_round_lone_foreign_towns),
        cmocka_unit_test(places_nineteenth_round_sites_over_towns),
        cmocka_unit_test(places_thirteenth_round_resolve),
        cmocka_unit_test(events_thirteenth_round_evrecall),
        cmocka_unit_test(events_thirteenth_round_evtime),
        cmocka_unit_test(events_fourteenth_round_evmeet),
        cmocka_unit_test(past_summit_told_twice_is_one),
        cmocka_unit_test(events_fourteenth_round_evsay),
        cmocka_unit_test(events_fourteenth_round_evtime),
        cmocka_unit_test(events_fifteenth_round_evdate),
        cmocka_unit_test(events_fifteenth_round_evrecall),
        cmocka_unit_test(events_sixteenth_round_evprec),
        cmocka_unit_test(events_seventeenth_round_audit),
        cmocka_unit_test(events_eighteenth_round_precise),
        cmocka_unit_test(events_nineteenth_round_persons),
        cmocka_unit_test(events_twentieth_round_persons),
        cmocka_unit_test(events_twenty_second_round_persons),
        cmocka_unit_test(events_twenty_third_round_who),
        cmocka_unit_test(events_twenty_fourth_round_merged_persons),
        cmocka_unit_test(events_twenty_fourth_round_refer),
        cmocka_unit_test(events_twenty_fifth_round_clause),
        cmocka_unit_test(events_twenty_fifth_round_describe),
        cmocka_unit_test(events_twenty_sixth_round_desc),
        cmocka_unit_test(events_twenty_seventh_round_date),
        cmocka_unit_test(events_twenty_eighth_round_dateline),
        cmocka_unit_test(events_twenty_eighth_round_year_of_noun),
        cmocka_unit_test(events_twenty_ninth_round_dated_noun_persons),
        cmocka_unit_test(events_thirtieth_round_name_after_the),
        cmocka_unit_test(events_thirty_first_round_body_after_an_adjective),
        cmocka_unit_test(events_thirtieth_round_bare_relative_dates),
        cmocka_unit_test(events_thirtieth_round_world_region),
        cmocka_unit_test(events_thirty_sixth_round_subregions),
        cmocka_unit_test(events_thirty_first_round_audit),
        cmocka_unit_test(events_thirty_first_round_story_day_calls),
        cmocka_unit_test(events_thirty_first_round_trip_days),
        cmocka_unit_test(events_thirty_second_round_listed_objects),
        cmocka_unit_test(events_thirty_second_round_departure_kind),
        cmocka_unit_test(events_twenty_eighth_round_speaker),
        cmocka_unit_test(events_twenty_ninth_round_persons),
        cmocka_unit_test(events_thirtieth_round_group_persons),
        cmocka_unit_test(events_thirty_sixth_round_persons),
        cmocka_unit_test(events_thirty_seventh_round_persons),
        cmocka_unit_test(events_thirty_seventh_round_persons_across),
        cmocka_unit_test(events_thirty_seventh_round_persons_after),
        cmocka_unit_test(events_thirty_ninth_round_wire_persons),
        cmocka_unit_test(events_thirty_eighth_round_subject),
        cmocka_unit_test(events_thirty_eighth_round_history),
        cmocka_unit_test(events_thirty_seventh_round_based_place),
        cmocka_unit_test(events_twenty_fourth_round_attrib),
        cmocka_unit_test(events_twenty_fourth_round_unseen),
        cmocka_unit_test(events_twenty_ninth_round_told_by_verb),
        cmocka_unit_test(events_sixteenth_round_evrecall),
        cmocka_unit_test(events_seventeenth_round_evdev),
        cmocka_unit_test(events_seventeenth_round_dates),
        cmocka_unit_test(events_twentieth_round_visits),
        cmocka_unit_test(time_constructions),
        cmocka_unit_test(time_frames_grid),
        cmocka_unit_test(time_timeline_grid),
        cmocka_unit_test(wire_background_grid),
        cmocka_unit_test(wire_dates_grid),
        cmocka_unit_test(wire_dates_past_lead_grid),
        cmocka_unit_test(trip_lists_thirty_eighth),
        cmocka_unit_test(dated_stops_thirty_eighth),
        cmocka_unit_test(news_phrasings),
        cmocka_unit_test(negation_constructions),
        cmocka_unit_test(negation_grid_thirty_seventh),
        cmocka_unit_test(negation_grid_thirty_seventh_b),
        cmocka_unit_test(wire_grid_thirty_eighth),
        cmocka_unit_test(wire_grid_thirty_eighth_b),
        cmocka_unit_test(wire_grid_thirty_ninth),
        cmocka_unit_test(wire_leftovers_thirty_ninth),
        cmocka_unit_test(second_letter_thirty_ninth),
        cmocka_unit_test(grid_phrasings_thirty_seventh),
        cmocka_unit_test(acts_grid_thirty_seventh),
        cmocka_unit_test(trip_purpose_thirty_seventh),
        cmocka_unit_test(trip_stay_thirty_seventh_b),
        cmocka_unit_test(events_nineteenth_round_merge),
        cmocka_unit_test(events_twentieth_round_dups),
        cmocka_unit_test(events_twenty_first_round_dates2),
        cmocka_unit_test(events_twentieth_round_setting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
