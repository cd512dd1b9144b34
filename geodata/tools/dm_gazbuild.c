/* dm_gazbuild: build gazetteer.idx from the text sources in geodata/gazetteer.
 *
 * usage: dm_gazbuild GAZETTEER_DIR OUT.idx
 *
 * Reads places-*.tsv (GeoNames), countries.tsv, country-names.tsv, country-points.tsv,
 * regions.tsv, us-counties.tsv, airports.tsv, curated.tsv, demonyms.tsv and extra-aliases.tsv, normalises
 * every name with the library's own dmi_text_normalize (so the index and the
 * queries agree byte for byte) and writes the mmap-able index described in
 * src/places/gazetteer-private.h. The output is written beside OUT and renamed, so a
 * failed build never leaves a half-written index behind. */
#include "gazetteer-private.h"
#include "sha256_sidecar.h"
#include "textnorm-private.h"

#include <dirent.h>
#include <errno.h>
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    dmi_gaz_record_t rec;
} rec_t;

typedef struct {
    uint32_t text;   /* pool offset */
    uint32_t record;
    uint32_t flags;
    float prominence;
} key_t_;

static GArray *records;     /* dmi_gaz_record_t */
static GArray *keys;        /* key_t_ */
static GString *pool;
static GHashTable *pool_index;  /* string -> offset+1 */
static GHashTable *pair_seen;   /* "offset:record" -> flags */
static GHashTable *geonames_ids;  /* geonameid -> record+1 */
static GHashTable *country_rec;   /* "KP" -> record+1 */
static GHashTable *city_prom;     /* "CC\tkey" -> best prominence of a city of that main name (float*) */
static GArray *region_recs;       /* region record numbers, to settle against same-named cities */
static const char *current_file;
static long current_line;

static void die(const char *fmt, ...) G_GNUC_PRINTF(1, 2) G_GNUC_NORETURN;
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "dm_gazbuild: ");
    if (current_file)
        fprintf(stderr, "%s:%ld: ", current_file, current_line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static uint32_t pool_add(const char *s)
{
    gpointer v = g_hash_table_lookup(pool_index, s);
    if (v)
        return (uint32_t)(GPOINTER_TO_SIZE(v) - 1);
    if (pool->len > 0xF0000000u)
        die("string pool too large");
    uint32_t off = (uint32_t)pool->len;
    g_string_append_len(pool, s, (gssize)strlen(s) + 1);
    g_hash_table_insert(pool_index, g_strdup(s), GSIZE_TO_POINTER((gsize)off + 1));
    return off;
}

/* How good a name is as a Korean label: 0 when it has no Hangul syllable,
 * else shorter is better and pure Hangul beats mixed ("워싱턴 D.C."). */
static long hangul_rank(const char *name)
{
    long syl = 0, len = 0, latin = 0;
    if (!g_utf8_validate(name, -1, NULL))
        return 0;
    for (const char *p = name; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        len++;
        if (c >= 0xAC00 && c <= 0xD7A3)
            syl++;
        else if (c < 0x80 && g_ascii_isalpha((int)c))
            latin = 1;
    }
    return syl ? 100000 - len - 1000 * latin : 0;
}

/* Give record r its Korean name: the first Hangul name offered (curated
 * rows, translations) or, with shortest set, the shortest of a list (GeoNames
 * alternates: "평양" before "평양시", "평양직할시"). */
static void set_name_ko(uint32_t r, const char *name, int shortest);

static int is_abbrev(const char *name)
{
    size_t n = strlen(name), letters = 0;
    if (n < 2 || n > 12)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            letters++;
        else if (c != '.' && c != '-')
            return 0;
    }
    return letters >= 2 && letters <= 5;
}

static void add_key_text(const char *key, uint32_t record, uint32_t flags)
{
    if (!*key)
        return;
    uint32_t off = pool_add(key);
    char pair[32];
    snprintf(pair, sizeof pair, "%u:%u", off, record);
    gpointer old = g_hash_table_lookup(pair_seen, pair);
    if (old) {
        /* Keep the strongest way of matching: fewer flags is stronger. */
        guint idx = GPOINTER_TO_UINT(old) - 1;
        key_t_ *k = &g_array_index(keys, key_t_, idx);
        if (flags < k->flags)
            k->flags = flags;
        return;
    }
    const dmi_gaz_record_t *r = &g_array_index(records, dmi_gaz_record_t, record);
    key_t_ k = {off, record, flags, r->prominence};
    g_array_append_val(keys, k);
    g_hash_table_insert(pair_seen, g_strdup(pair), GUINT_TO_POINTER(keys->len));
}

/* A name gives its normalised key, the key without a Korean administrative
 * suffix, and (for main names) the space-free variant. */
static void add_name(const char *name, uint32_t record, uint32_t flags, int squash)
{
    if (!name || !*name)
        return;
    if (is_abbrev(name))
        flags |= DMI_KEY_ABBREV;
    char *key = dmi_text_normalize(name, -1);
    if (!key)
        die("invalid UTF-8 in name '%s'", name);
    add_key_text(key, record, flags);
    if (dmi_text_strip_korean_suffix(key))
        add_key_text(key, record, flags | DMI_KEY_ALTERNATE);
    if (squash && strchr(key, ' ')) {
        char *sq = dmi_text_squash(key);
        add_key_text(sq, record, flags | DMI_KEY_SQUASHED);
        g_free(sq);
    }
    g_free(key);
}

static void add_names_list(const char *list, uint32_t record, uint32_t flags, int squash)
{
    if (!list || !*list)
        return;
    char **v = g_strsplit(list, "|", -1);
    for (char **p = v; *p; p++) {
        g_strstrip(*p);
        add_name(*p, record, flags, squash);
    }
    g_strfreev(v);
}

static double parse_double(const char *s, const char *what)
{
    char *end = NULL;
    errno = 0;
    double d = g_ascii_strtod(s, &end);
    if (end == s || *end != '\0' || errno != 0 || !isfinite(d))
        die("bad %s '%s'", what, s);
    return d;
}

static uint32_t parse_pop(const char *s)
{
    if (!*s)
        return 0;
    char *end = NULL;
    guint64 v = g_ascii_strtoull(s, &end, 10);
    if (end == s || *end != '\0')
        die("bad population '%s'", s);
    return v > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)v;
}

static uint32_t add_record(double lat, double lon, dm_place_kind_t kind, const char *cc,
                           const char *admin1, uint32_t pop, float prominence,
                           uint8_t flags, const char *name, const char *source)
{
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180))
        die("coordinates out of range: %g %g", lat, lon);
    dmi_gaz_record_t r;
    memset(&r, 0, sizeof r);
    r.lat_e7 = (int32_t)lround(lat * 1e7);
    r.lon_e7 = (int32_t)lround(lon * 1e7);
    r.kind = (uint8_t)kind;
    r.flags = flags;
    if (cc && strlen(cc) == 2) {
        r.country[0] = cc[0];
        r.country[1] = cc[1];
    }
    r.admin1 = pool_add(admin1 ? admin1 : "");
    r.population = pop;
    r.prominence = prominence;
    r.name = pool_add(name);
    r.source = pool_add(source);
    g_array_append_val(records, r);
    return records->len - 1;
}

static void set_name_ko(uint32_t r, const char *name, int shortest)
{
    long rank = name ? hangul_rank(name) : 0;
    if (rank == 0)
        return;
    dmi_gaz_record_t *rec = &g_array_index(records, dmi_gaz_record_t, r);
    if (rec->name_ko && (!shortest || rank <= hangul_rank(pool->str + rec->name_ko)))
        return;
    rec->name_ko = pool_add(name);
}

static void set_name_ko_list(uint32_t r, const char *list, int shortest)
{
    if (!list || !*list)
        return;
    char **v = g_strsplit(list, "|", -1);
    for (char **p = v; *p; p++) {
        g_strstrip(*p);
        set_name_ko(r, *p, shortest);
    }
    g_strfreev(v);
}

/* Split a TSV line in place into at most max fields; returns the count. */
static int split_tsv(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++) {
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    }
    return n;
}

typedef void (*row_fn)(char **f, int n);

static void read_tsv(const char *path, int min_fields, row_fn fn, int optional)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        if (optional)
            return;
        die("cannot open %s: %s", path, strerror(errno));
    }
    current_file = path;
    current_line = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, fp)) >= 0) {
        current_line++;
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        if (current_line == 1 || got == 0 || line[0] == '#')
            continue;  /* header, blank, comment */
        char *f[32];
        int n = split_tsv(line, f, 32);
        if (n < min_fields)
            die("expected %d fields, found %d", min_fields, n);
        fn(f, n);
    }
    free(line);
    fclose(fp);
    current_file = NULL;
}

/* read_tsv on DIR/NAME. */
static void read_source(const char *dir, const char *name, int min_fields, row_fn fn, int optional)
{
    char *path = g_build_filename(dir, name, NULL);
    read_tsv(path, min_fields, fn, optional);
    g_free(path);
}

static float city_prominence(uint32_t pop, uint8_t flags)
{
    if (flags & DMI_GAZ_CAPITAL)
        return 0.95f;
    double lp = log10((double)pop + 1.0);
    double t = (lp - 2.5) / 4.5;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    double p = 0.30 + 0.55 * t;
    if (flags & DMI_GAZ_SEAT1)
        p += 0.10;
    else if (flags & DMI_GAZ_SEAT2)
        p += 0.04;
    if (flags & DMI_GAZ_MINOR)
        p -= 0.15;
    return (float)(p < 0.05 ? 0.05 : p > 0.9 ? 0.9 : p);
}

static void note_city_name(const char *cc, const char *name, float pr);

static void note_city_names(char **f, float pr)
{
    note_city_name(f[7], f[1], pr);
    char **v = g_strsplit(f[3], "|", -1);
    for (char **p = v; *p; p++)
        if (**p)
            note_city_name(f[7], *p, (0.9f * (0.2f + 0.8f * pr) - 0.2f) / 0.8f);
    g_strfreev(v);
}

/* places-*.tsv: geonameid name asciiname alternates lat lon fcode country admin1 population */
static void place_row(char **f, int n)
{
    (void)n;
    const char *fcode = f[6];
    uint8_t flags = 0;
    if (strcmp(fcode, "PPLC") == 0)
        flags |= DMI_GAZ_CAPITAL;
    else if (strcmp(fcode, "PPLA") == 0)
        flags |= DMI_GAZ_SEAT1;
    else if (strcmp(fcode, "PPLA2") == 0)
        flags |= DMI_GAZ_SEAT2;
    else if (strcmp(fcode, "PPLX") == 0 || strcmp(fcode, "PPLH") == 0 || strcmp(fcode, "PPLQ") == 0 ||
             strcmp(fcode, "PPLW") == 0 || strcmp(fcode, "PPLCH") == 0)
        flags |= DMI_GAZ_MINOR;
    uint32_t pop = parse_pop(f[9]);
    char source[48];
    snprintf(source, sizeof source, "geonames:%s", f[0]);
    uint32_t r = add_record(parse_double(f[4], "lat"), parse_double(f[5], "lon"), DM_PLACE_CITY,
                            f[7], f[8], pop, city_prominence(pop, flags), flags, f[1], source);
    g_hash_table_insert(geonames_ids, g_strdup(f[0]), GUINT_TO_POINTER(r + 1));
    add_name(f[1], r, 0, 1);
    add_name(f[2], r, 0, 1);
    add_names_list(f[3], r, DMI_KEY_ALTERNATE, 0);
    set_name_ko_list(r, f[3], 1);
    if (!(flags & DMI_GAZ_MINOR))
        note_city_names(f, g_array_index(records, dmi_gaz_record_t, r).prominence);
}

/* Remember the best city prominence per (country, name); an alternate name
 * counts at the prominence that gives the same geocoder score as the city's
 * alternate-name match (score = quality 0.9 x (0.2 + 0.8 prominence)). */
static void note_city_name(const char *cc, const char *name, float pr)
{
    char *key = dmi_text_normalize(name, -1);
    if (!key)
        return;
    char *ck = g_strdup_printf("%s\t%s", cc, key);
    g_free(key);
    float *old = g_hash_table_lookup(city_prom, ck);
    if (old) {
        if (pr > *old)
            *old = pr;
        g_free(ck);
        return;
    }
    float *v = g_new(float, 1);
    *v = pr;
    g_hash_table_insert(city_prom, ck, v);
}

/* countries.tsv: iso2 iso3 name official_name common_name name_ko lat lon label_source */
static void country_row(char **f, int n)
{
    (void)n;
    if (!*f[6])
        return;  /* no label point: not placeable */
    char source[48];
    snprintf(source, sizeof source, "naturalearth:%s", f[0]);
    const char *display = *f[4] ? f[4] : f[2];
    uint32_t r = add_record(parse_double(f[6], "lat"), parse_double(f[7], "lon"), DM_PLACE_COUNTRY,
                            f[0], "", 0, 1.0f, 0, display, source);
    g_hash_table_insert(country_rec, g_strdup(f[0]), GUINT_TO_POINTER(r + 1));
    add_name(f[2], r, 0, 1);
    add_name(f[3], r, 0, 1);
    add_name(f[4], r, 0, 1);
    add_name(f[5], r, DMI_KEY_ALTERNATE, 0);
    set_name_ko(r, f[5], 0);
    /* ISO codes qualify ("Paris, FR") but are not how prose names a country:
     * "BA", "PM" and "TV" are British Airways, a prime minister and television.
     * The codes news does write ("US", "UK", "UAE") are aliases in
     * country-names.tsv. */
    add_name(f[0], r, DMI_KEY_ABBREV | DMI_KEY_QUALIFIER, 0);
    add_name(f[1], r, DMI_KEY_ABBREV | DMI_KEY_QUALIFIER, 0);
    /* "Korea, Republic of" is also "Republic of Korea". */
    const char *comma = strstr(f[2], ", ");
    if (comma) {
        char *flip = g_strdup_printf("%s %.*s", comma + 2, (int)(comma - f[2]), f[2]);
        add_name(flip, r, DMI_KEY_ALTERNATE, 1);
        g_free(flip);
    }
}

static uint32_t country_record(const char *cc)
{
    gpointer v = g_hash_table_lookup(country_rec, cc);
    if (!v)
        die("unknown country code '%s'", cc);
    return GPOINTER_TO_UINT(v) - 1;
}

/* country-names.tsv: iso2 display_name aliases (| separated) [lat lon label_source] */
static void country_names_row(char **f, int n)
{
    uint32_t r = country_record(f[0]);
    dmi_gaz_record_t *rec = &g_array_index(records, dmi_gaz_record_t, r);
    if (*f[1])
        rec->name = pool_add(f[1]);
    add_name(f[1], r, 0, 1);
    if (n > 2)
        add_names_list(f[2], r, DMI_KEY_ALTERNATE, 1);
    if (n > 4 && *f[3] && *f[4]) {
        rec->lat_e7 = (int32_t)lround(parse_double(f[3], "lat") * 1e7);
        rec->lon_e7 = (int32_t)lround(parse_double(f[4], "lon") * 1e7);
    }
}

/* country-points.tsv: iso2 lat lon source precision. The country's reference
 * point (GeoNames' country record: where gazetteers and the scorers put it);
 * the computed point of countries.tsv, inside the country's land, stays as
 * the label anchor where a map draws the name and badge (issue 15). */
static void set_label(uint32_t r, const char *lat_s, const char *lon_s);

static void country_point_row(char **f, int n)
{
    (void)n;
    uint32_t r = country_record(f[0]);
    dmi_gaz_record_t *rec = &g_array_index(records, dmi_gaz_record_t, r);
    double lat = parse_double(f[1], "lat"), lon = parse_double(f[2], "lon");
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180))
        die("reference point out of range: %g %g", lat, lon);
    int32_t lat_e7 = (int32_t)lround(lat * 1e7), lon_e7 = (int32_t)lround(lon * 1e7);
    if (lat_e7 == rec->lat_e7 && lon_e7 == rec->lon_e7)
        return;
    char old_lat[32], old_lon[32];
    snprintf(old_lat, sizeof old_lat, "%.7f", rec->lat_e7 * 1e-7);
    snprintf(old_lon, sizeof old_lon, "%.7f", rec->lon_e7 * 1e-7);
    set_label(r, old_lat, old_lon);
    rec = &g_array_index(records, dmi_gaz_record_t, r);
    rec->lat_e7 = lat_e7;
    rec->lon_e7 = lon_e7;
}

/* regions.tsv: code name name_ko type country admin1 lat lon label_source
 * [alternates population] */
static void add_region(char **f, int n, const char *scheme)
{
    char source[48];
    snprintf(source, sizeof source, "%s:%s", scheme, f[0]);
    uint32_t pop = n > 10 ? parse_pop(f[10]) : 0;
    /* A populous state outranks a town of the same name ("Florida",
     * "Ontario"); a small unit (a Slovenian municipality) ranks like one. */
    float prom = city_prominence(pop, 0) + 0.05f;
    if (prom < 0.55f)
        prom = 0.55f;
    uint32_t r = add_record(parse_double(f[6], "lat"), parse_double(f[7], "lon"), DM_PLACE_REGION,
                            f[4], f[5], pop, prom, 0, f[1], source);
    add_name(f[1], r, 0, 1);
    add_name(f[2], r, DMI_KEY_ALTERNATE, 0);
    set_name_ko(r, f[2], 0);
    if (n > 9)
        add_names_list(f[9], r, DMI_KEY_ALTERNATE, 1);
    g_array_append_val(region_recs, r);
    /* extra-aliases.tsv may name a region by its ISO 3166-2 code ("US-MD"). */
    g_hash_table_insert(geonames_ids, g_strdup(f[0]), GUINT_TO_POINTER(r + 1));
    /* "CA" in "Woodside, CA": only as a qualifier, never as a place. */
    if (strcmp(f[4], "US") == 0 && strcmp(scheme, "iso3166-2") == 0)
        add_name(f[5], r, DMI_KEY_ABBREV | DMI_KEY_QUALIFIER, 0);
}

static void region_row(char **f, int n)
{
    add_region(f, n, "iso3166-2");
}

/* us-counties.tsv: the columns of regions.tsv; code US-<county FIPS>. */
static void county_row(char **f, int n)
{
    add_region(f, n, "uscensus");
}

static dm_place_kind_t parse_kind(const char *s)
{
    static const char *const names[] = {"city", "site", "country", "region", "line", "area"};
    for (int i = 0; i < 6; i++)
        if (strcmp(s, names[i]) == 0)
            return (dm_place_kind_t)i;
    die("unknown kind '%s'", s);
}

/* Give record r a label anchor apart from its reference point (a continent's
 * area centre beside the GeoNames point: docs/formats.md, "label anchor"). */
static void set_label(uint32_t r, const char *lat_s, const char *lon_s)
{
    double lat = parse_double(lat_s, "label_lat"), lon = parse_double(lon_s, "label_lon");
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180))
        die("label anchor out of range: %g %g", lat, lon);
    dmi_gaz_record_t *rec = &g_array_index(records, dmi_gaz_record_t, r);
    rec->label_lat_e7 = (int32_t)lround(lat * 1e7);
    rec->label_lon_e7 = (int32_t)lround(lon * 1e7);
    rec->flags |= DMI_GAZ_LABEL;
}

/* curated.tsv: id name aliases lat lon kind country source precision [admin1 [display
 * [label_lat label_lon]]]
 * display: the short name a map label shows ("North Korean UN mission");
 * label_lat/label_lon: where a map draws the name when lat/lon is a reference
 * point that is not the area's centre (a continent). */
static void curated_row(char **f, int n)
{
    char source[96];
    snprintf(source, sizeof source, "curated:%s", f[0]);
    dm_place_kind_t kind = parse_kind(f[5]);
    float prom = kind == DM_PLACE_REGION ? 0.62f : kind == DM_PLACE_CITY ? 0.6f : 0.95f;
    uint32_t r = add_record(parse_double(f[3], "lat"), parse_double(f[4], "lon"), kind, f[6],
                            n > 9 ? f[9] : "", 0, prom, DMI_GAZ_CURATED, f[1], source);
    add_name(f[1], r, 0, 1);
    add_names_list(f[2], r, DMI_KEY_ALTERNATE, 1);
    set_name_ko(r, f[1], 0);
    set_name_ko_list(r, f[2], 0);
    if (n > 10 && *f[10]) {
        g_array_index(records, dmi_gaz_record_t, r).display = pool_add(f[10]);
        add_name(f[10], r, DMI_KEY_ALTERNATE, 1);
    }
    if (n > 12 && *f[11] && *f[12])
        set_label(r, f[11], f[12]);
}

/* airports.tsv: ident name short lat lon country size aliases. A site whose
 * label is "<short> Airport"; large airports rank like a curated site, with
 * no population (the name of a town beside them still competes). */
static void airport_row(char **f, int n)
{
    (void)n;
    char source[48], display[160];
    snprintf(source, sizeof source, "ourairports:%s", f[0]);
    if (*f[2])
        snprintf(display, sizeof display, "%s Airport", f[2]);
    else
        g_strlcpy(display, f[1], sizeof display);
    float prom = strcmp(f[6], "large") == 0 ? 0.9f : 0.7f;
    uint32_t r = add_record(parse_double(f[3], "lat"), parse_double(f[4], "lon"), DM_PLACE_SITE, f[5], "", 0,
                            prom, 0, f[1], source);
    g_array_index(records, dmi_gaz_record_t, r).display = pool_add(display);
    add_name(f[1], r, 0, 1);
    add_names_list(f[7], r, DMI_KEY_ALTERNATE, 1);
}

/* demonyms.tsv: demonym country */
static void demonym_row(char **f, int n)
{
    (void)n;
    add_name(f[0], country_record(f[1]), DMI_KEY_DEMONYM, 0);
}

/* extra-aliases.tsv: geonameid or ISO 3166-2 code, aliases (| separated) --
 * names GeoNames and the region table lack. */
static void alias_row(char **f, int n)
{
    (void)n;
    gpointer v = g_hash_table_lookup(geonames_ids, f[0]);
    if (!v)
        die("unknown geonameid or region code %s", f[0]);
    add_names_list(f[1], GPOINTER_TO_UINT(v) - 1, DMI_KEY_ALTERNATE, 1);
    set_name_ko_list(GPOINTER_TO_UINT(v) - 1, f[1], 0);
}

static int cmp_key(const void *a, const void *b)
{
    const key_t_ *x = a, *y = b;
    if (x->text != y->text) {
        int c = strcmp(pool->str + x->text, pool->str + y->text);
        if (c)
            return c;
    }
    /* Stronger match first, then more prominent, then stable by record. */
    int fx = (x->flags & (DMI_KEY_DEMONYM | DMI_KEY_QUALIFIER)) != 0;
    int fy = (y->flags & (DMI_KEY_DEMONYM | DMI_KEY_QUALIFIER)) != 0;
    if (fx != fy)
        return fx - fy;
    if (x->prominence != y->prominence)
        return x->prominence > y->prominence ? -1 : 1;
    return x->record < y->record ? -1 : x->record > y->record;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void write_all(FILE *fp, const void *p, size_t n, uint32_t *ck, const char *tmp)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        *ck ^= b[i];
        *ck *= 16777619u;
    }
    if (n && fwrite(p, 1, n, fp) != n)
        die("write error on %s", tmp);
}

static size_t pad8(size_t x) { return (x + 7) & ~(size_t)7; }

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: dm_gazbuild GAZETTEER_DIR OUT.idx\n");
        return 2;
    }
    const char *dir = argv[1], *out = argv[2];
    records = g_array_new(FALSE, FALSE, sizeof(dmi_gaz_record_t));
    keys = g_array_new(FALSE, FALSE, sizeof(key_t_));
    pool = g_string_new(NULL);
    pool_index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    pair_seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    geonames_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    country_rec = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    city_prom = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    region_recs = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    pool_add("");  /* offset 0 is the empty string */

    /* Countries first: demonyms and names refer to them. */
    read_source(dir, "countries.tsv", 9, country_row, 0);
    read_source(dir, "country-names.tsv", 2, country_names_row, 0);
    read_source(dir, "country-points.tsv", 3, country_point_row, 0);
    read_source(dir, "regions.tsv", 9, region_row, 0);
    read_source(dir, "us-counties.tsv", 9, county_row, 1);
    read_source(dir, "airports.tsv", 8, airport_row, 1);

    GPtrArray *place_files = g_ptr_array_new_with_free_func(g_free);
    DIR *d = opendir(dir);
    if (!d)
        die("cannot open directory %s: %s", dir, strerror(errno));
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (g_str_has_prefix(de->d_name, "places-") && g_str_has_suffix(de->d_name, ".tsv"))
            g_ptr_array_add(place_files, g_build_filename(dir, de->d_name, NULL));
    closedir(d);
    if (place_files->len == 0)
        die("no places-*.tsv in %s", dir);
    qsort(place_files->pdata, place_files->len, sizeof(gpointer), cmp_str);
    for (guint i = 0; i < place_files->len; i++)
        read_tsv(g_ptr_array_index(place_files, i), 10, place_row, 0);
    g_ptr_array_free(place_files, TRUE);

    read_source(dir, "extra-aliases.tsv", 2, alias_row, 1);
    read_source(dir, "curated.tsv", 9, curated_row, 0);
    read_source(dir, "demonyms.tsv", 2, demonym_row, 0);

    /* A region named like a sizeable city of its own country ("New York",
     * "Zürich", "Geneva") ranks just below that city: a bare name is the city. */
    for (guint i = 0; i < region_recs->len; i++) {
        dmi_gaz_record_t *rec = &g_array_index(records, dmi_gaz_record_t, g_array_index(region_recs, uint32_t, i));
        char *key = dmi_text_normalize(pool->str + rec->name, -1);
        if (!key)
            continue;
        char *ck = g_strdup_printf("%.2s\t%s", rec->country, key);
        const float *cp = g_hash_table_lookup(city_prom, ck);
        if (cp && *cp >= 0.55f && rec->prominence >= *cp)
            rec->prominence = *cp - 0.02f;
        g_free(ck);
        g_free(key);
    }
    for (guint i = 0; i < keys->len; i++) {
        key_t_ *k = &g_array_index(keys, key_t_, i);
        k->prominence = g_array_index(records, dmi_gaz_record_t, k->record).prominence;
    }
    qsort(keys->data, keys->len, sizeof(key_t_), cmp_key);

    /* Hash buckets over runs of equal keys. */
    uint32_t runs = 0;
    for (guint i = 0; i < keys->len; i++)
        if (i == 0 || g_array_index(keys, key_t_, i).text != g_array_index(keys, key_t_, i - 1).text)
            runs++;
    uint32_t nb = 1;
    while (nb < runs * 2u)
        nb <<= 1;
    uint32_t *buckets = g_new0(uint32_t, nb);
    for (guint i = 0; i < keys->len; i++) {
        const key_t_ *k = &g_array_index(keys, key_t_, i);
        if (i > 0 && k->text == g_array_index(keys, key_t_, i - 1).text)
            continue;
        const char *s = pool->str + k->text;
        uint32_t h = dmi_gaz_hash(s, strlen(s)) & (nb - 1);
        while (buckets[h])
            h = (h + 1) & (nb - 1);
        buckets[h] = i + 1;
    }

    /* The capital of each country: its most populous PPLC city. */
    uint32_t *capitals = g_new0(uint32_t, DMI_GAZ_CAPITALS);
    for (guint i = 0; i < records->len; i++) {
        const dmi_gaz_record_t *rec = &g_array_index(records, dmi_gaz_record_t, i);
        if (!(rec->flags & DMI_GAZ_CAPITAL) || rec->kind != DM_PLACE_CITY || rec->country[0] < 'A' ||
            rec->country[0] > 'Z' || rec->country[1] < 'A' || rec->country[1] > 'Z')
            continue;
        uint32_t *slot = &capitals[(uint32_t)(rec->country[0] - 'A') * 26u + (uint32_t)(rec->country[1] - 'A')];
        if (!*slot || rec->population > g_array_index(records, dmi_gaz_record_t, *slot - 1).population)
            *slot = i + 1;
    }

    dmi_gaz_header_t hdr;
    memset(&hdr, 0, sizeof hdr);
    memcpy(hdr.magic, DMI_GAZ_MAGIC, 8);
    hdr.version = DMI_GAZ_VERSION;
    hdr.endian = DMI_GAZ_ENDIAN;
    hdr.header_size = sizeof hdr;
    hdr.record_size = sizeof(dmi_gaz_record_t);
    hdr.key_size = sizeof(dmi_gaz_key_t);
    hdr.record_count = records->len;
    hdr.key_count = keys->len;
    hdr.bucket_count = nb;
    hdr.records_off = pad8(sizeof hdr);
    hdr.keys_off = pad8(hdr.records_off + (uint64_t)records->len * sizeof(dmi_gaz_record_t));
    hdr.buckets_off = pad8(hdr.keys_off + (uint64_t)keys->len * sizeof(dmi_gaz_key_t));
    hdr.capitals_off = pad8(hdr.buckets_off + (uint64_t)nb * sizeof(uint32_t));
    hdr.pool_off = pad8(hdr.capitals_off + (uint64_t)DMI_GAZ_CAPITALS * sizeof(uint32_t));
    hdr.pool_size = pool->len;
    hdr.file_size = pad8(hdr.pool_off + pool->len);

    char *tmp = g_strdup_printf("%s.tmp", out);
    FILE *fp = fopen(tmp, "wb");
    if (!fp)
        die("cannot create %s: %s", tmp, strerror(errno));
    static const char zeros[8];
    uint32_t ck = 2166136261u;
    if (fwrite(&hdr, 1, sizeof hdr, fp) != sizeof hdr)
        die("write error on %s", tmp);
    size_t pos = sizeof hdr;
    write_all(fp, zeros, hdr.records_off - pos, &ck, tmp);
    write_all(fp, records->data, (size_t)records->len * sizeof(dmi_gaz_record_t), &ck, tmp);
    pos = hdr.records_off + (size_t)records->len * sizeof(dmi_gaz_record_t);
    write_all(fp, zeros, hdr.keys_off - pos, &ck, tmp);
    for (guint i = 0; i < keys->len; i++) {
        const key_t_ *k = &g_array_index(keys, key_t_, i);
        dmi_gaz_key_t dk = {k->text, k->record, k->flags};
        write_all(fp, &dk, sizeof dk, &ck, tmp);
    }
    pos = hdr.keys_off + (size_t)keys->len * sizeof(dmi_gaz_key_t);
    write_all(fp, zeros, hdr.buckets_off - pos, &ck, tmp);
    write_all(fp, buckets, (size_t)nb * sizeof(uint32_t), &ck, tmp);
    pos = hdr.buckets_off + (size_t)nb * sizeof(uint32_t);
    write_all(fp, zeros, hdr.capitals_off - pos, &ck, tmp);
    write_all(fp, capitals, (size_t)DMI_GAZ_CAPITALS * sizeof(uint32_t), &ck, tmp);
    pos = hdr.capitals_off + (size_t)DMI_GAZ_CAPITALS * sizeof(uint32_t);
    write_all(fp, zeros, hdr.pool_off - pos, &ck, tmp);
    write_all(fp, pool->str, pool->len, &ck, tmp);
    write_all(fp, zeros, hdr.file_size - (hdr.pool_off + pool->len), &ck, tmp);
    hdr.data_checksum = ck;
    hdr.header_checksum = 0;
    hdr.header_checksum = dmi_gaz_hash((const char *)&hdr, sizeof hdr);
    if (fseek(fp, 0, SEEK_SET) != 0 || fwrite(&hdr, 1, sizeof hdr, fp) != sizeof hdr)
        die("write error on %s", tmp);
    if (fclose(fp) != 0)
        die("write error on %s", tmp);
    if (rename(tmp, out) != 0)
        die("cannot rename %s to %s: %s", tmp, out, strerror(errno));
    if (dm_write_sha256_sidecar(out) != 0)
        die("cannot write %s.sha256", out);
    fprintf(stderr, "dm_gazbuild: %s: %u records, %u keys, %u buckets, %zu-byte pool, %llu bytes\n",
            out, records->len, keys->len, nb, pool->len, (unsigned long long)hdr.file_size);
    g_free(tmp);
    g_free(buckets);
    g_free(capitals);
    return 0;
}
