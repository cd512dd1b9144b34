/* Geocoding: a query string to ranked places.
 *
 * Matching is exact on normalised keys first (main names, then alternate
 * names, space-free variants, Korean suffixes stripped); only when nothing
 * matches exactly, names of 6+ characters are matched with a small edit
 * distance, penalised. Ranking multiplies the quality of the match by the
 * record's static prominence (country > capital > curated site > region >
 * city by population) and by context: the --country filter, the distance
 * to a --near point, and a qualifier in the query ("Paris, Texas"). */
#include "gazetteer-private.h"
#include "context-private.h"
#include "geom-private.h"
#include "textnorm-private.h"

#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_QUALIFIERS 16
#define MAX_LIMIT 100
#define SAME_PLACE_KM 25.0

typedef struct {
    uint32_t record;
    double quality;   /* how well the name matched, 0..1 */
    double score;     /* quality x prominence x context */
} cand_t;

typedef struct {
    char country[3];
    const char *admin1;  /* "" for a country qualifier */
} qualifier_t;

typedef struct {
    dm_gazetteer_t *gaz;
    cand_t *items;
    size_t count, capacity;
    int corrupt;
} cands_t;

void dm_geocode_options_init(dm_geocode_options_t *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->struct_size = sizeof *opts;
    opts->limit = 5;
}

void dm_geocode_result_clear(dm_geocode_result_t *result)
{
    if (!result)
        return;
    free(result->candidates);
    memset(result, 0, sizeof *result);
}

static double key_quality(uint32_t flags)
{
    if (flags & DMI_KEY_DEMONYM)
        return 0.75;
    if (flags & DMI_KEY_SQUASHED)
        return 0.93;
    if (flags & DMI_KEY_ALTERNATE)
        return 0.9;
    return 1.0;
}

static int add_cand(cands_t *c, uint32_t record, double quality)
{
    for (size_t i = 0; i < c->count; i++) {
        if (c->items[i].record == record) {
            if (quality > c->items[i].quality)
                c->items[i].quality = quality;
            return 0;
        }
    }
    if (dmi_grow((void **)&c->items, &c->capacity, c->count + 1, sizeof *c->items) != 0)
        return -1;
    c->items[c->count++] = (cand_t){record, quality, 0};
    return 0;
}

/* Candidates matching key exactly, their quality scaled by factor. */
static int lookup(cands_t *c, const char *key, double factor)
{
    if (!*key)
        return 0;
    uint32_t first, count;
    if (dmi_gaz_find(c->gaz, key, &first, &count) != 0) {
        c->corrupt = 1;
        return 0;
    }
    /* Popular keys ("san jose") have long runs sorted by prominence; the
     * tail cannot win, but context (--near, a qualifier) might promote it. */
    if (count > 2000)
        count = 2000;
    for (uint32_t i = 0; i < count; i++) {
        const dmi_gaz_key_t *k = &c->gaz->keys[first + i];
        if (k->flags & DMI_KEY_QUALIFIER)
            continue;
        if (k->record >= c->gaz->hdr->record_count) {
            c->corrupt = 1;
            return 0;
        }
        if (add_cand(c, k->record, key_quality(k->flags) * factor) != 0)
            return -1;
    }
    return 0;
}

/* Lookup of a key and its variants: space-free, Korean suffix stripped. */
static int lookup_variants(cands_t *c, const char *key, double factor)
{
    if (lookup(c, key, factor) != 0)
        return -1;
    int rc = 0;
    char *v = g_strdup(key);
    if (dmi_text_strip_korean_suffix(v))
        rc = lookup(c, v, factor * 0.97);
    g_free(v);
    if (rc == 0 && strchr(key, ' ')) {
        v = dmi_text_squash(key);
        rc = lookup(c, v, factor * 0.93);
        g_free(v);
    }
    return rc;
}

static int is_descriptor(const char *w, size_t n)
{
    static const char *const words[] = {
        "truce", "village", "city", "town", "port", "capital", "island", "islands",
        "border", "county", "province", "state", "region", "resort", "hamlet",
        "seaside", "coastal", "northern", "southern", "eastern", "western", "central",
        "north", "south", "east", "west", "korean", "industrial", "frontier", "disputed",
        "occupied", "annexed", "historic", "ancient", "old", "holy", "sacred", "military",
        "garrison", "mountain", "mountains", "mount", "area", "district", "municipality",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
            return 1;
    return 0;
}

/* "the truce village of panmunjom" -> "panmunjom"; "the white house" ->
 * "white house". Returns a new string, or NULL when nothing is stripped. */
static char *strip_descriptors(const char *key)
{
    const char *s = key;
    if (strncmp(s, "the ", 4) == 0 && s[4])
        s += 4;
    /* Up to four descriptor words followed by "of". */
    const char *p = s;
    for (int words = 0; words < 4; words++) {
        const char *sp = strchr(p, ' ');
        if (!sp)
            break;
        size_t n = (size_t)(sp - p);
        if (words > 0 && n == 2 && memcmp(p, "of", 2) == 0) {
            if (sp[1])
                s = sp + 1;
            break;
        }
        if (!is_descriptor(p, n))
            break;
        p = sp + 1;
    }
    if (s == key)
        return NULL;
    return g_strdup(s);
}

/* Variants of the whole query: as given, then without leading articles. */
static int lookup_query(cands_t *c, const char *key, double factor)
{
    if (lookup_variants(c, key, factor) != 0)
        return -1;
    char *stripped = strip_descriptors(key);
    int rc = 0;
    if (stripped) {
        rc = lookup_variants(c, stripped, factor * 0.98);
        g_free(stripped);
    }
    return rc;
}

static int fuzzy(cands_t *c, const char *key)
{
    if (g_utf8_strlen(key, -1) < 6)
        return 0;
    /* Candidates share the first character: typos there are rare, and it
     * bounds the scan to one slice of the sorted keys. */
    char head[8];
    const char *next = g_utf8_next_char(key);
    size_t hn = (size_t)(next - key);
    if (hn >= sizeof head)
        return 0;
    memcpy(head, key, hn);
    head[hn] = '\0';
    int corrupt = 0;
    uint32_t k = dmi_gaz_lower_bound(c->gaz, head, &corrupt);
    long klen = g_utf8_strlen(key, -1);
    int cap = klen >= 9 ? 2 : 1;
    uint32_t last_text = UINT32_MAX;
    int last_d = 0;
    for (; !corrupt && k < c->gaz->hdr->key_count; k++) {
        const dmi_gaz_key_t *e = &c->gaz->keys[k];
        const char *s = dmi_gaz_string(c->gaz, e->text);
        if (!s) {
            corrupt = 1;
            break;
        }
        if (strncmp(s, head, hn) != 0)
            break;
        if (e->flags & (DMI_KEY_QUALIFIER | DMI_KEY_ABBREV | DMI_KEY_DEMONYM))
            continue;
        int d;
        if (e->text == last_text) {
            d = last_d;
        } else {
            long sl = (long)strlen(s);  /* bytes >= code points: a cheap filter */
            if (sl + cap < klen) {
                last_text = e->text;
                last_d = cap + 1;
                continue;
            }
            d = dmi_text_edit_distance(key, s, cap);
            last_text = e->text;
            last_d = d;
        }
        if (d == 0 || d > cap)
            continue;
        if (e->record >= c->gaz->hdr->record_count) {
            corrupt = 1;
            break;
        }
        if (add_cand(c, e->record, (0.80 - 0.12 * d) * key_quality(e->flags)) != 0)
            return -1;
    }
    if (corrupt)
        c->corrupt = 1;
    return 0;
}

static int cmp_cand(const void *a, const void *b)
{
    const cand_t *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->record < y->record ? -1 : x->record > y->record;
}

static int record_matches_qualifier(const dmi_gaz_record_t *r, const dm_gazetteer_t *g,
                                    const qualifier_t *q, size_t nq)
{
    for (size_t i = 0; i < nq; i++) {
        if (r->country[0] != q[i].country[0] || r->country[1] != q[i].country[1])
            continue;
        if (!q[i].admin1[0])
            return 1;
        const char *a = dmi_gaz_string(g, r->admin1);
        if (a && strcmp(a, q[i].admin1) == 0)
            return 1;
    }
    return 0;
}

/* Resolve the part after the last comma to countries and regions. */
static size_t resolve_qualifier(dm_gazetteer_t *g, const char *key, qualifier_t *out, int *corrupt)
{
    uint32_t first, count;
    size_t n = 0;
    if (dmi_gaz_find(g, key, &first, &count) != 0) {
        *corrupt = 1;
        return 0;
    }
    for (uint32_t i = 0; i < count && n < MAX_QUALIFIERS; i++) {
        const dmi_gaz_key_t *k = &g->keys[first + i];
        if (k->record >= g->hdr->record_count) {
            *corrupt = 1;
            return 0;
        }
        const dmi_gaz_record_t *r = &g->records[k->record];
        if (r->kind != DM_PLACE_COUNTRY && r->kind != DM_PLACE_REGION)
            continue;
        if (k->flags & DMI_KEY_DEMONYM)
            continue;
        const char *a1 = r->kind == DM_PLACE_REGION ? dmi_gaz_string(g, r->admin1) : "";
        if (!a1 || !r->country[0]) {
            continue;
        }
        out[n].country[0] = r->country[0];
        out[n].country[1] = r->country[1];
        out[n].country[2] = '\0';
        out[n].admin1 = a1;
        n++;
    }
    return n;
}

static int valid_country(const char *cc)
{
    return cc && strlen(cc) == 2 && g_ascii_isalpha(cc[0]) && g_ascii_isalpha(cc[1]);
}

dm_status_t dm_geocode(dm_gazetteer_t *gaz, const char *query,
                       const dm_geocode_options_t *opts, dm_geocode_result_t *out)
{
    if (!gaz || !out)
        return DM_ERR_INTERNAL;
    dm_context_t *ctx = gaz->ctx;
    dm_status_t st = DM_OK;
    memset(out, 0, sizeof *out);
    dm_geocode_options_t defaults;
    dm_geocode_options_init(&defaults);
    opts = dmi_options_adopt(opts, &defaults, sizeof defaults);
    cands_t c = {.gaz = gaz};
    char *key = NULL, *head = NULL, *qual = NULL;
    qualifier_t quals[MAX_QUALIFIERS];
    size_t nq = 0;

    if (!query)
        return dmi_error(ctx, DM_ERR_USAGE, "empty query");
    size_t qlen = strlen(query);
    if (!g_utf8_validate(query, (gssize)qlen, NULL))
        return dmi_error(ctx, DM_ERR_INPUT, "query is not valid UTF-8");
    key = dmi_text_normalize(query, (ssize_t)qlen);
    if (!key) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    if (!*key) {
        int blank = 1;
        for (const char *p = query; *p; p++)
            if (!g_ascii_isspace(*p))
                blank = 0;
        if (blank) {
            st = dmi_error(ctx, DM_ERR_USAGE, "empty query");
            goto out;
        }
        st = dmi_error(ctx, DM_ERR_NOT_FOUND, "no place matches '%s'", query);
        goto out;
    }
    char country[3] = "";
    if (opts->country && *opts->country) {
        if (!valid_country(opts->country)) {
            st = dmi_error(ctx, DM_ERR_USAGE, "country '%s' is not an ISO 3166-1 alpha-2 code", opts->country);
            goto out;
        }
        country[0] = g_ascii_toupper(opts->country[0]);
        country[1] = g_ascii_toupper(opts->country[1]);
        country[2] = '\0';
    }
    if (opts->has_near && !(opts->near_lat >= -90 && opts->near_lat <= 90 &&
                            opts->near_lon >= -180 && opts->near_lon <= 180)) {
        st = dmi_error(ctx, DM_ERR_USAGE, "near point %g,%g is out of range", opts->near_lat, opts->near_lon);
        goto out;
    }
    size_t limit = opts->limit ? opts->limit : 5;
    if (limit > MAX_LIMIT)
        limit = MAX_LIMIT;

    if (lookup_query(&c, key, 1.0) != 0)
        goto nomem;
    size_t whole = c.count;

    /* "Woodside, California": the last comma separates a qualifier. */
    const char *comma = strrchr(query, ',');
    int corrupt = 0;
    if (comma && comma > query) {
        head = dmi_text_normalize(query, comma - query);
        qual = dmi_text_normalize(comma + 1, -1);
        if (!head || !qual)
            goto nomem;
        if (*head && *qual) {
            nq = resolve_qualifier(gaz, qual, quals, &corrupt);
            if (nq > 0 && lookup_query(&c, head, 1.0) != 0)
                goto nomem;
        }
    }
    if (corrupt)
        c.corrupt = 1;
    if (c.count == 0 && !c.corrupt) {
        if (fuzzy(&c, nq > 0 ? head : key) != 0)
            goto nomem;
        if (c.count == 0 && nq == 0) {
            char *stripped = strip_descriptors(key);
            if (stripped) {
                int rc = fuzzy(&c, stripped);
                g_free(stripped);
                if (rc != 0)
                    goto nomem;
            }
        }
    }
    if (c.corrupt) {
        st = dmi_gaz_corrupt(gaz, "bad key or record reference");
        goto out;
    }

    /* Score with context; drop what the country filter excludes. */
    size_t kept = 0;
    for (size_t i = 0; i < c.count; i++) {
        cand_t *e = &c.items[i];
        const dmi_gaz_record_t *r = &gaz->records[e->record];
        if (country[0] && (r->country[0] != country[0] || r->country[1] != country[1]))
            continue;
        double prom = r->prominence;
        if (!(prom >= 0 && prom <= 1)) {
            st = dmi_gaz_corrupt(gaz, "bad prominence");
            goto out;
        }
        double s = e->quality * (0.2 + 0.8 * prom);
        if (nq > 0) {
            /* Whole-query matches ("Washington, D.C.") need no qualifier. */
            int ok = i < whole || record_matches_qualifier(r, gaz, quals, nq);
            if (!ok)
                s *= 0.3;
            else if (i >= whole)
                s = e->quality * (0.8 + 0.2 * prom);
        }
        if (opts->has_near) {
            double d = dmi_great_circle_km(opts->near_lat, opts->near_lon, r->lat_e7 * 1e-7, r->lon_e7 * 1e-7);
            s *= 0.25 + 0.75 * exp(-d / 500.0);
        }
        e->score = s;
        c.items[kept++] = *e;
    }
    c.count = kept;
    if (c.count == 0) {
        if (country[0])
            st = dmi_error(ctx, DM_ERR_NOT_FOUND, "no place matches '%s' in %s", query, country);
        else
            st = dmi_error(ctx, DM_ERR_NOT_FOUND, "no place matches '%s'", query);
        goto out;
    }
    qsort(c.items, c.count, sizeof *c.items, cmp_cand);

    /* The same place under several records (a city and its own district, a
     * city-state and its country): keep the best, do not count it as a rival. */
    kept = 0;
    for (size_t i = 0; i < c.count; i++) {
        const dmi_gaz_record_t *r = &gaz->records[c.items[i].record];
        int dup = 0;
        for (size_t j = 0; j < kept && !dup; j++) {
            const dmi_gaz_record_t *q = &gaz->records[c.items[j].record];
            if (r->country[0] == q->country[0] && r->country[1] == q->country[1] &&
                dmi_great_circle_km(r->lat_e7 * 1e-7, r->lon_e7 * 1e-7, q->lat_e7 * 1e-7, q->lon_e7 * 1e-7) < SAME_PLACE_KM)
                dup = 1;
        }
        if (!dup)
            c.items[kept++] = c.items[i];
        if (kept >= limit)
            break;
    }
    c.count = kept;

    out->candidates = dmi_calloc(c.count, sizeof *out->candidates);
    if (!out->candidates)
        goto nomem;
    for (size_t i = 0; i < c.count; i++) {
        dmi_gaz_entry_t e;
        if (dmi_gaz_entry_from_record(gaz, c.items[i].record, &e) != 0) {
            st = dmi_gaz_corrupt(gaz, "bad record");
            goto out;
        }
        dm_geocode_candidate_t *o = &out->candidates[i];
        o->name = e.name;
        o->lat = e.lat;
        o->lon = e.lon;
        o->kind = e.kind;
        memcpy(o->country, e.country, 3);
        o->score = c.items[i].score > 1 ? 1 : c.items[i].score;
        o->source = e.source;
        o->population = e.population;
    }
    out->count = c.count;
    double s1 = c.items[0].score, s2 = c.count > 1 ? c.items[1].score : 0;
    double ratio = s1 > 0 ? s2 / s1 : 1;
    double prom = gaz->records[c.items[0].record].prominence;
        /* A rival as strong as the winner halves the confidence; one at half
     * its score barely matters (Paris, France vs Paris, Texas). */
    double conf = c.items[0].quality * (1.0 - 0.5 * ratio * ratio * ratio) * (0.85 + 0.15 * prom);
    out->confidence = conf < 0 ? 0 : conf > 1 ? 1 : conf;
    goto out;
nomem:
    st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
out:
    if (st != DM_OK)
        dm_geocode_result_clear(out);
    free(c.items);
    g_free(key);
    g_free(head);
    g_free(qual);
    return st;
}
