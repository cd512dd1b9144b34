/* The story: places and events, loaded from and written to the JSON of
 * docs/formats.md section 1. Validation errors name the file and either
 * line:column (syntax) or the JSON path of the field (meaning). */
#include "context-private.h"
#include "gazetteer-private.h"
#include "geom-private.h"
#include "story-private.h"

#include <glib.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct dm_story {
    dm_context_t *ctx;
    char *title, *subtitle, *source, *date;
    dm_place_t *places;
    size_t place_count, place_cap;
    dm_event_t *events;
    size_t event_count, event_cap;
    dmi_story_view_t view;
    /* Per event, beside events[] (same count): the optional "principal"
     * and "persons" fields, which the public dm_event_t does not carry. */
    struct dmi_event_extra {
        int principal;
        char **persons;
        char *evidence, *cameo;  /* "evidence" (the sentence told), "cameo" (its CAMEO code) */
        size_t person_count;
    } *extra;
    size_t extra_cap;
    char *file;             /* where it was loaded from, for messages; or NULL */
    GHashTable *place_ids;  /* id -> index + 1: lookups stay O(1) with thousands of places */
    GHashTable *label_sides;  /* place id (owned) -> dmi_label_side_t, for places that have one */
    GHashTable *anchors;      /* place id (owned) -> double[2] label_lat, label_lon (owned) */
};

static const char *const label_side_names[] = {"auto", "right", "left", "above", "below"};

dmi_label_side_t dmi_story_place_label_side(const dm_story_t *s, const char *place_id)
{
    return s->label_sides && place_id ? (dmi_label_side_t)GPOINTER_TO_INT(g_hash_table_lookup(s->label_sides, place_id))
                                      : DMI_LABEL_SIDE_AUTO;
}

int dmi_story_place_anchor(const dm_story_t *s, const char *place_id, double *lat, double *lon)
{
    const double *a = s->anchors && place_id ? g_hash_table_lookup(s->anchors, place_id) : NULL;
    if (!a)
        return 0;
    *lat = a[0];
    *lon = a[1];
    return 1;
}

dm_status_t dmi_story_set_anchor(dm_story_t *s, size_t index, double lat, double lon)
{
    if (index >= s->place_count || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))
        return dmi_error(s->ctx, DM_ERR_USAGE, "label anchor out of range");
    if (!s->anchors)
        s->anchors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    double *a = g_new(double, 2);
    a[0] = lat;
    a[1] = lon;
    g_hash_table_insert(s->anchors, g_strdup(s->places[index].id), a);
    return DM_OK;
}

dm_context_t *dmi_story_context(const dm_story_t *story) { return story->ctx; }
const dmi_story_view_t *dmi_story_view(const dm_story_t *story) { return &story->view; }
const char *dmi_story_file(const dm_story_t *story) { return story->file; }


dm_story_t *dm_story_create(dm_context_t *ctx)
{
    dm_story_t *s = calloc(1, sizeof *s);
    if (s)
        s->ctx = ctx;
    return s;
}

static void free_strings(const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free((char *)list[i]);
    free((void *)list);
}

static void place_free(dm_place_t *p)
{
    free((char *)p->id);
    free((char *)p->name);
    free((char *)p->query);
    free((char *)p->country);
    free((void *)p->mentions);
    free((char *)p->geometry);
    free((char *)p->names);
}

static void event_free(dm_event_t *e)
{
    free((char *)e->id);
    free((char *)e->date);
    free((char *)e->label);
    free_strings(e->places, e->place_count);
    free_strings(e->participants, e->participant_count);
    free((void *)e->mentions);
}

void dm_story_destroy(dm_story_t *s)
{
    if (!s)
        return;
    if (s->place_ids)
        g_hash_table_destroy(s->place_ids);
    if (s->label_sides)
        g_hash_table_destroy(s->label_sides);
    if (s->anchors)
        g_hash_table_destroy(s->anchors);
    for (size_t i = 0; i < s->place_count; i++)
        place_free(&s->places[i]);
    for (size_t i = 0; i < s->event_count; i++)
        event_free(&s->events[i]);
    for (size_t i = 0; s->extra && i < s->event_count; i++) {
        free_strings((const char *const *)s->extra[i].persons, s->extra[i].person_count);
        free(s->extra[i].evidence);
        free(s->extra[i].cameo);
    }
    free(s->extra);
    free(s->places);
    free(s->events);
    free(s->file);
    free(s->title);
    free(s->subtitle);
    free(s->source);
    free(s->date);
    free((char *)s->view.projection);
    free((char *)s->view.inset);
    free_strings((const char *const *)s->view.focus, s->view.focus_count);
    free(s);
}

static dm_status_t set_string(dm_story_t *s, char **field, const char *value)
{
    char *copy = NULL;
    if (value && !(copy = dmi_strdup(value)))
        return dmi_error(s->ctx, DM_ERR_NOMEM, "out of memory");
    free(*field);
    *field = copy;
    return DM_OK;
}
dm_status_t dmi_story_set_file(dm_story_t *story, const char *file)
{
    return set_string(story, &story->file, file);
}

const char *dm_story_title(const dm_story_t *s) { return s->title; }
const char *dm_story_subtitle(const dm_story_t *s) { return s->subtitle; }
const char *dm_story_source(const dm_story_t *s) { return s->source; }
const char *dm_story_date(const dm_story_t *s) { return s->date; }
/* Unicode code points in UTF-8 text (the bytes that start a character). */
static size_t utf8_chars(const char *t)
{
    size_t n = 0;
    for (; *t; t++)
        n += ((unsigned char)*t & 0xC0) != 0x80;
    return n;
}

dm_status_t dm_story_set_title(dm_story_t *s, const char *v)
{
    /* One limit wherever a title comes from (a story, an option, a caller). */
    if (v && utf8_chars(v) > DM_TITLE_MAX_CHARS)
        return dmi_error(s->ctx, DM_ERR_LIMIT, "%s%stitle is longer than %d characters", s->file ? s->file : "",
                         s->file ? ": " : "", DM_TITLE_MAX_CHARS);
    return set_string(s, &s->title, v);
}
dm_status_t dm_story_set_subtitle(dm_story_t *s, const char *v) { return set_string(s, &s->subtitle, v); }
dm_status_t dm_story_set_source(dm_story_t *s, const char *v) { return set_string(s, &s->source, v); }
dm_status_t dm_story_set_date(dm_story_t *s, const char *v) { return set_string(s, &s->date, v); }

size_t dm_story_place_count(const dm_story_t *s) { return s->place_count; }
size_t dm_story_event_count(const dm_story_t *s) { return s->event_count; }
const dm_place_t *dm_story_place(const dm_story_t *s, size_t i) { return i < s->place_count ? &s->places[i] : NULL; }
const dm_event_t *dm_story_event(const dm_story_t *s, size_t i) { return i < s->event_count ? &s->events[i] : NULL; }

static const char **copy_string_list(const char *const *list, size_t n);

int dmi_story_event_principal(const dm_story_t *s, size_t i)
{
    return i < s->event_count && s->extra ? s->extra[i].principal : 0;
}

const char *const *dmi_story_event_persons(const dm_story_t *s, size_t i, size_t *count)
{
    *count = i < s->event_count && s->extra ? s->extra[i].person_count : 0;
    return *count ? (const char *const *)s->extra[i].persons : NULL;
}

const char *dmi_story_event_evidence(const dm_story_t *s, size_t i)
{
    return i < s->event_count && s->extra ? s->extra[i].evidence : NULL;
}

const char *dmi_story_event_cameo(const dm_story_t *s, size_t i)
{
    return i < s->event_count && s->extra ? s->extra[i].cameo : NULL;
}

dm_status_t dmi_story_set_event_text(dm_story_t *s, size_t i, const char *evidence, const char *cameo)
{
    if (i >= s->event_count)
        return dmi_error(s->ctx, DM_ERR_STORY, "no event %zu", i);
    char *e = evidence ? dmi_strdup(evidence) : NULL, *c = cameo ? dmi_strdup(cameo) : NULL;
    if ((evidence && !e) || (cameo && !c)) {
        free(e);
        free(c);
        return dmi_error(s->ctx, DM_ERR_NOMEM, "out of memory");
    }
    free(s->extra[i].evidence);
    free(s->extra[i].cameo);
    s->extra[i].evidence = e;
    s->extra[i].cameo = c;
    return DM_OK;
}

dm_status_t dmi_story_set_event_extra(dm_story_t *s, size_t i, int principal, const char *const *persons,
                                      size_t count)
{
    if (i >= s->event_count)
        return dmi_error(s->ctx, DM_ERR_STORY, "no event %zu", i);
    const char **copy = copy_string_list(persons, count);
    if (!copy)
        return dmi_error(s->ctx, DM_ERR_NOMEM, "out of memory");
    free_strings((const char *const *)s->extra[i].persons, s->extra[i].person_count);
    s->extra[i].principal = principal != 0;
    s->extra[i].persons = (char **)copy;
    s->extra[i].person_count = count;
    return DM_OK;
}

const dm_place_t *dm_story_find_place(const dm_story_t *s, const char *id)
{
    if (!id || !s->place_ids)
        return NULL;
    size_t at = GPOINTER_TO_SIZE(g_hash_table_lookup(s->place_ids, id));
    return at ? &s->places[at - 1] : NULL;
}

static const dm_event_t *find_event(const dm_story_t *s, const char *id)
{
    for (size_t i = 0; i < s->event_count; i++)
        if (strcmp(s->events[i].id, id) == 0)
            return &s->events[i];
    return NULL;
}

static dm_span_t *copy_spans(const dm_span_t *spans, size_t n)
{
    dm_span_t *c = dmi_calloc(n, sizeof *c);
    if (c && n)
        memcpy(c, spans, n * sizeof *c);
    return c;
}

static const char **copy_string_list(const char *const *list, size_t n)
{
    const char **c = dmi_calloc(n + 1, sizeof *c);
    if (!c)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (!(c[i] = dmi_strdup(list[i]))) {
            free_strings(c, i);
            return NULL;
        }
    }
    return c;
}

/* A date is YYYY, YYYY-MM or YYYY-MM-DD with plausible month and day. */
static int valid_date(const char *d)
{
    size_t n = strlen(d);
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int want_dash = (i == 4 || i == 7);
        if (want_dash ? d[i] != '-' : (d[i] < '0' || d[i] > '9'))
            return 0;
    }
    if (n >= 7) {
        int m = (d[5] - '0') * 10 + (d[6] - '0');
        if (m < 1 || m > 12)
            return 0;
    }
    if (n == 10) {
        int day = (d[8] - '0') * 10 + (d[9] - '0');
        if (day < 1 || day > 31)
            return 0;
    }
    return 1;
}

static int valid_country(const char *c)
{
    return strlen(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z';
}

dm_status_t dm_story_add_place(dm_story_t *s, const dm_place_t *p)
{
    dm_context_t *ctx = s->ctx;
    if (!p->id || !*p->id)
        return dmi_error(ctx, DM_ERR_STORY, "place has no id");
    if (dm_story_find_place(s, p->id))
        return dmi_error(ctx, DM_ERR_STORY, "place id '%s' is used twice", p->id);
    if (s->place_count >= DM_STORY_MAX_PLACES)
        return dmi_error(ctx, DM_ERR_LIMIT, "more than %d places", DM_STORY_MAX_PLACES);
    if (p->has_coords && (!(p->lat >= -90 && p->lat <= 90) || !(p->lon >= -180 && p->lon <= 180)))
        return dmi_error(ctx, DM_ERR_STORY, "place '%s' has coordinates out of range", p->id);
    if (dmi_grow((void **)&s->places, &s->place_cap, s->place_count + 1, sizeof *s->places))
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    dm_place_t c = *p;
    c.id = dmi_strdup(p->id);
    c.name = dmi_strdup(p->name ? p->name : p->id);
    c.query = dmi_strdup(p->query);
    c.country = dmi_strdup(p->country);
    c.geometry = dmi_strdup(p->geometry);
    c.names = dmi_strdup(p->names);
    c.mentions = copy_spans(p->mentions, p->mention_count);
    if (!c.id || !c.name || !c.mentions || (p->query && !c.query) || (p->country && !c.country) ||
        (p->geometry && !c.geometry) || (p->names && !c.names)) {
        place_free(&c);
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    }
    if (!s->place_ids && !(s->place_ids = g_hash_table_new(g_str_hash, g_str_equal))) {
        place_free(&c);
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    }
    /* Keys point into the place's own id, which lives as long as it. */
    g_hash_table_insert(s->place_ids, (gpointer)c.id, GSIZE_TO_POINTER(s->place_count + 1));
    s->places[s->place_count++] = c;
    return DM_OK;
}

dm_status_t dm_story_add_event(dm_story_t *s, const dm_event_t *e)
{
    dm_context_t *ctx = s->ctx;
    if (!e->id || !*e->id)
        return dmi_error(ctx, DM_ERR_STORY, "event has no id");
    if (find_event(s, e->id))
        return dmi_error(ctx, DM_ERR_STORY, "event id '%s' is used twice", e->id);
    if (s->event_count >= DM_STORY_MAX_EVENTS)
        return dmi_error(ctx, DM_ERR_LIMIT, "more than %d events", DM_STORY_MAX_EVENTS);
    for (size_t i = 0; i < e->place_count; i++)
        if (!dm_story_find_place(s, e->places[i]))
            return dmi_error(ctx, DM_ERR_STORY, "event '%s' names unknown place '%s'", e->id, e->places[i]);
    if (dmi_grow((void **)&s->events, &s->event_cap, s->event_count + 1, sizeof *s->events) ||
        dmi_grow((void **)&s->extra, &s->extra_cap, s->event_count + 1, sizeof *s->extra))
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    memset(&s->extra[s->event_count], 0, sizeof *s->extra);
    dm_event_t c = *e;
    c.id = dmi_strdup(e->id);
    c.date = dmi_strdup(e->date);
    c.label = dmi_strdup(e->label);
    c.places = copy_string_list(e->places, e->place_count);
    c.participants = copy_string_list(e->participants, e->participant_count);
    c.mentions = copy_spans(e->mentions, e->mention_count);
    if (!c.id || !c.places || !c.participants || !c.mentions || (e->date && !c.date) || (e->label && !c.label)) {
        event_free(&c);
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    }
    s->events[s->event_count++] = c;
    return DM_OK;
}

void dmi_story_set_coords(dm_story_t *s, size_t i, double lat, double lon,
                          const char *country, double confidence)
{
    dm_place_t *p = &s->places[i];
    p->lat = lat;
    p->lon = lon;
    p->has_coords = 1;
    p->confidence = confidence;
    if (!p->country && country && *country) {
        free((char *)p->country);
        p->country = dmi_strdup(country);
    }
}

/* ---- loading ----------------------------------------------------------- */

typedef struct {
    dm_context_t *ctx;
    const char *file;
} loader_t;

static dm_status_t bad(loader_t *L, const char *path, const char *fmt, const char *detail)
{
    char what[512];
    snprintf(what, sizeof what, fmt, detail);
    return dmi_error(L->ctx, DM_ERR_STORY, "%s: %s %s", L->file, path, what);
}

/* Fetch an optional string field; a present non-string is an error. */
static dm_status_t opt_string(loader_t *L, json_t *obj, const char *key, const char *path,
                              const char **out)
{
    json_t *v = json_object_get(obj, key);
    *out = NULL;
    if (!v || json_is_null(v))
        return DM_OK;
    char full[256];
    snprintf(full, sizeof full, "%s%s%s", path, *path ? "." : "", key);
    if (!json_is_string(v))
        return bad(L, full, "must be a string%s", "");
    if (json_string_length(v) > DM_STORY_MAX_TEXT)
        return dmi_error(L->ctx, DM_ERR_LIMIT, "%s: %s is longer than %d bytes", L->file, full, DM_STORY_MAX_TEXT);
    if (strlen(json_string_value(v)) != json_string_length(v))
        return bad(L, full, "contains a NUL character%s", "");
    *out = json_string_value(v);
    return DM_OK;
}

static dm_status_t read_number(loader_t *L, json_t *v, const char *path, double min, double max,
                               double *out)
{
    if (!json_is_number(v))
        return bad(L, path, "must be a number%s", "");
    double d = json_number_value(v);
    if (!(d >= min && d <= max)) {
        char range[64];
        snprintf(range, sizeof range, "[%g, %g]", min, max);
        return bad(L, path, "out of range %s", range);
    }
    *out = d;
    return DM_OK;
}

/* A place's position, o[klat] and o[klon] ("lat"/"lon", "label_lat"/"label_lon"):
 * both or neither; *has says which. */
static dm_status_t read_position(loader_t *L, json_t *o, const char *path, const char *klat, const char *klon,
                                 int *has, double *lat, double *lon)
{
    char field[300];
    json_t *a = json_object_get(o, klat), *b = json_object_get(o, klon);
    int has_a = a && !json_is_null(a), has_b = b && !json_is_null(b);
    *has = 0;
    if (has_a != has_b) {
        char pair[64];
        snprintf(field, sizeof field, "%s.%s", path, has_a ? klon : klat);
        snprintf(pair, sizeof pair, "%s and %s", klat, klon);
        return bad(L, field, "is missing (%s go together)", pair);
    }
    if (!has_a)
        return DM_OK;
    dm_status_t st;
    snprintf(field, sizeof field, "%s.%s", path, klat);
    if ((st = read_number(L, a, field, -90, 90, lat)))
        return st;
    snprintf(field, sizeof field, "%s.%s", path, klon);
    if ((st = read_number(L, b, field, -180, 180, lon)))
        return st;
    *has = 1;
    return DM_OK;
}

/* A place's name or an event's label is drawn on the map: at most
 * DM_STORY_LIMIT_LABEL code points (the text is valid UTF-8, jansson checked). */
static dm_status_t check_label(loader_t *L, const char *text, const char *path, const char *key)
{
    size_t n = 0;
    for (const unsigned char *c = (const unsigned char *)text; text && *c; c++)
        n += (*c & 0xC0) != 0x80;
    if (n <= DM_STORY_LIMIT_LABEL)
        return DM_OK;
    return dmi_error(L->ctx, DM_ERR_LIMIT, "%s: %s.%s: %zu characters, more than the %d a %s may have", L->file,
                     path, key, n, DM_STORY_LIMIT_LABEL, strcmp(key, "name") == 0 ? "place's name" : "label");
}

static dm_status_t read_spans(loader_t *L, json_t *arr, const char *path, dm_span_t **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!arr || json_is_null(arr))
        return DM_OK;
    if (!json_is_array(arr))
        return bad(L, path, "must be an array of [start, end] pairs%s", "");
    size_t count = json_array_size(arr);
    dm_span_t *spans = dmi_calloc(count, sizeof *spans);
    if (!spans)
        return dmi_error(L->ctx, DM_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < count; i++) {
        json_t *pair = json_array_get(arr, i);
        char p[256];
        snprintf(p, sizeof p, "%s[%zu]", path, i);
        json_t *a = json_array_get(pair, 0), *b = json_array_get(pair, 1);
        if (!json_is_array(pair) || json_array_size(pair) != 2 || !json_is_integer(a) || !json_is_integer(b) ||
            json_integer_value(a) < 0 || json_integer_value(b) < json_integer_value(a)) {
            free(spans);
            return bad(L, p, "must be [start, end] with 0 <= start <= end%s", "");
        }
        spans[i].start = (size_t)json_integer_value(a);
        spans[i].end = (size_t)json_integer_value(b);
    }
    *out = spans;
    *n = count;
    return DM_OK;
}

/* The geometries both the story and its GeoJSON form carry, checked as the
 * layout reads them (geom_json.c), so a bad one is refused here with the
 * file and field rather than later. */
static int valid_geometry(json_t *geom, const char *text)
{
    static const char *const types[] = {"Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon"};
    const char *type = json_string_value(json_object_get(geom, "type"));
    json_t *coords = json_object_get(geom, "coordinates");
    size_t i = 0;
    while (type && i < sizeof types / sizeof types[0] && strcmp(type, types[i]) != 0)
        i++;
    if (!type || i == sizeof types / sizeof types[0] || !json_is_array(coords))
        return 0;
    if (i == 0) {
        json_t *x = json_array_get(coords, 0), *y = json_array_get(coords, 1);
        return json_is_number(x) && json_is_number(y) && fabs(json_number_value(x)) <= 540 &&
               fabs(json_number_value(y)) <= 90;
    }
    dmi_shape_t shape = {0};
    int is_area = 0;
    int ok = dmi_shape_from_geojson(text, &shape, &is_area) == 0;
    dmi_shape_free(&shape);
    return ok;
}

static dm_status_t load_place(loader_t *L, dm_story_t *s, json_t *o, size_t index)
{
    char path[64];
    snprintf(path, sizeof path, "places[%zu]", index);
    if (!json_is_object(o))
        return bad(L, path, "must be an object%s", "");
    dm_place_t p = {0};
    dm_span_t *spans = NULL;
    char *geometry = NULL;
    char *names = NULL;
    dm_status_t st;
    const char *kind = NULL;
    if ((st = opt_string(L, o, "id", path, &p.id)) || (st = opt_string(L, o, "name", path, &p.name)) ||
        (st = opt_string(L, o, "query", path, &p.query)) || (st = opt_string(L, o, "kind", path, &kind)) ||
        (st = opt_string(L, o, "country", path, &p.country)) ||
        (st = check_label(L, p.name ? p.name : p.id, path, p.name ? "name" : "id")))
        goto out;
    char field[96];
    if (!p.id || !*p.id) {
        snprintf(field, sizeof field, "%s.id", path);
        st = bad(L, field, "is missing%s", "");
        goto out;
    }
    if (dm_story_find_place(s, p.id)) {
        snprintf(field, sizeof field, "%s.id", path);
        st = bad(L, field, "'%s' is used by an earlier place", p.id);
        goto out;
    }
    p.kind = DM_PLACE_CITY;
    if (kind) {
        int k = dm_place_kind_parse(kind);
        if (k < 0) {
            snprintf(field, sizeof field, "%s.kind", path);
            st = bad(L, field, "'%s' is not one of city, site, country, region, line, area", kind);
            goto out;
        }
        p.kind = (dm_place_kind_t)k;
    }
    if (p.country && !valid_country(p.country)) {
        snprintf(field, sizeof field, "%s.country", path);
        st = bad(L, field, "'%s' is not an ISO 3166-1 alpha-2 code", p.country);
        goto out;
    }
    if ((st = read_position(L, o, path, "lat", "lon", &p.has_coords, &p.lat, &p.lon)))
        goto out;
    if (!p.has_coords && !p.query) {
        snprintf(field, sizeof field, "%s", path);
        st = bad(L, field, "needs lat and lon, or a query to geocode%s", "");
        goto out;
    }
    /* "label_lat"/"label_lon": where the map draws the place when lat/lon is
     * a reference point away from the area's centre (a continent). */
    int has_anchor = 0;
    double anchor[2] = {0, 0};
    if ((st = read_position(L, o, path, "label_lat", "label_lon", &has_anchor, &anchor[0], &anchor[1])))
        goto out;
    p.confidence = 1.0;
    json_t *conf = json_object_get(o, "confidence");
    if (conf && !json_is_null(conf)) {
        snprintf(field, sizeof field, "%s.confidence", path);
        if ((st = read_number(L, conf, field, 0, 1, &p.confidence)))
            goto out;
    }
    snprintf(field, sizeof field, "%s.mentions", path);
    if ((st = read_spans(L, json_object_get(o, "mentions"), field, &spans, &p.mention_count)))
        goto out;
    p.mentions = spans;
    json_t *geom = json_object_get(o, "geometry");
    if (geom && !json_is_null(geom)) {
        snprintf(field, sizeof field, "%s.geometry", path);
        if (!json_is_object(geom) || !json_is_string(json_object_get(geom, "type"))) {
            st = bad(L, field, "must be a GeoJSON geometry object%s", "");
            goto out;
        }
        if (!(geometry = json_dumps(geom, JSON_COMPACT))) {
            st = dmi_error(L->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        if (!valid_geometry(geom, geometry)) {
            st = bad(L, field, "must be a GeoJSON Point, (Multi)LineString or (Multi)Polygon of [lon, lat] degrees%s", "");
            goto out;
        }
        p.geometry = geometry;
    }
    json_t *nm = json_object_get(o, "names");
    if (nm && !json_is_null(nm)) {
        snprintf(field, sizeof field, "%s.names", path);
        const char *lang;
        json_t *v;
        int ok = json_is_object(nm);
        json_object_foreach(ok ? nm : NULL, lang, v) ok &= json_is_string(v) && json_string_length(v) <= DM_STORY_MAX_TEXT;
        if (!ok) {
            st = bad(L, field, "must be an object of names of at most 1000 bytes, e.g. {\"ko\": \"...\"}%s", "");
            goto out;
        }
        if (!(names = json_dumps(nm, JSON_COMPACT))) {
            st = dmi_error(L->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        p.names = names;
    }
    const char *side = NULL;
    if ((st = opt_string(L, o, "label_side", path, &side)))
        goto out;
    int side_index = 0;
    for (int k = 0; side && k < (int)(sizeof label_side_names / sizeof label_side_names[0]); k++)
        if (strcmp(side, label_side_names[k]) == 0)
            side_index = k + 1;
    if (side && !side_index) {
        snprintf(field, sizeof field, "%s.label_side", path);
        st = bad(L, field, "'%s' is not one of auto, right, left, above, below", side);
        goto out;
    }
    if ((st = dm_story_add_place(s, &p)))
        goto out;
    if (has_anchor && (st = dmi_story_set_anchor(s, s->place_count - 1, anchor[0], anchor[1])))
        goto out;
    if (side_index > 1) {
        if (!s->label_sides)
            s->label_sides = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        g_hash_table_insert(s->label_sides, g_strdup(p.id), GINT_TO_POINTER(side_index - 1));
    }
out:
    free(spans);
    free(names);
    free(geometry);
    return st;
}

static dm_status_t read_string_array(loader_t *L, json_t *arr, const char *path, const char ***out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!arr || json_is_null(arr))
        return DM_OK;
    if (!json_is_array(arr))
        return bad(L, path, "must be an array of strings%s", "");
    size_t count = json_array_size(arr);
    const char **list = dmi_calloc(count + 1, sizeof *list);
    if (!list)
        return dmi_error(L->ctx, DM_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < count; i++) {
        json_t *v = json_array_get(arr, i);
        if (!json_is_string(v)) {
            char p[128];
            snprintf(p, sizeof p, "%s[%zu]", path, i);
            free(list);
            return bad(L, p, "must be a string%s", "");
        }
        list[i] = json_string_value(v);
    }
    *out = list;
    *n = count;
    return DM_OK;
}

static dm_status_t load_event(loader_t *L, dm_story_t *s, json_t *o, size_t index)
{
    char path[64], field[128];
    snprintf(path, sizeof path, "events[%zu]", index);
    if (!json_is_object(o))
        return bad(L, path, "must be an object%s", "");
    dm_event_t e = {0};
    const char *type = NULL, *status = NULL;
    const char **places = NULL, **parts = NULL, **persons = NULL;
    size_t person_count = 0;
    dm_span_t *spans = NULL;
    char auto_id[32];
    dm_status_t st;
    if ((st = opt_string(L, o, "id", path, &e.id)) || (st = opt_string(L, o, "type", path, &type)) ||
        (st = opt_string(L, o, "date", path, &e.date)) || (st = opt_string(L, o, "status", path, &status)) ||
        (st = opt_string(L, o, "label", path, &e.label)) || (st = check_label(L, e.label, path, "label")))
        goto out;
    if (!e.id) {
        snprintf(auto_id, sizeof auto_id, "e%zu", index + 1);
        e.id = auto_id;
    }
    if (find_event(s, e.id)) {
        snprintf(field, sizeof field, "%s.id", path);
        st = bad(L, field, "'%s' is used by an earlier event", e.id);
        goto out;
    }
    snprintf(field, sizeof field, "%s.type", path);
    int t = dm_event_type_parse(type);
    if (!type) {
        st = bad(L, field, "is missing%s", "");
        goto out;
    }
    if (t < 0) {
        st = bad(L, field, "'%s' is not a known event type (meeting, talks, visit, letter, call, statement, broadcast, agreement, incident, other)", type);
        goto out;
    }
    e.type = (dm_event_type_t)t;
    e.status = DM_EVENT_UNKNOWN;
    if (status) {
        int v = dm_event_status_parse(status);
        if (v < 0) {
            snprintf(field, sizeof field, "%s.status", path);
            st = bad(L, field, "'%s' is not a known status (held, planned, delivered, refused, suspended, cancelled, failed, unknown)", status);
            goto out;
        }
        e.status = (dm_event_status_t)v;
    }
    if (e.date && !valid_date(e.date)) {
        snprintf(field, sizeof field, "%s.date", path);
        st = bad(L, field, "'%s' is not YYYY, YYYY-MM or YYYY-MM-DD", e.date);
        goto out;
    }
    snprintf(field, sizeof field, "%s.places", path);
    json_t *event_places = json_object_get(o, "places");
    if (json_array_size(event_places) > DM_STORY_LIMIT_EVENT_PLACES) {
        st = dmi_error(L->ctx, DM_ERR_LIMIT, "%s: %s: %zu places, more than the %d an event may name", L->file, field,
                       json_array_size(event_places), DM_STORY_LIMIT_EVENT_PLACES);
        goto out;
    }
    if ((st = read_string_array(L, event_places, field, &places, &e.place_count)))
        goto out;
    for (size_t i = 0; i < e.place_count; i++) {
        if (!dm_story_find_place(s, places[i])) {
            snprintf(field, sizeof field, "%s.places[%zu]", path, i);
            st = bad(L, field, "'%s' is not the id of a place", places[i]);
            goto out;
        }
    }
    e.places = places;
    snprintf(field, sizeof field, "%s.participants", path);
    if ((st = read_string_array(L, json_object_get(o, "participants"), field, &parts, &e.participant_count)))
        goto out;
    e.participants = parts;
    snprintf(field, sizeof field, "%s.mentions", path);
    if ((st = read_spans(L, json_object_get(o, "mentions"), field, &spans, &e.mention_count)))
        goto out;
    e.mentions = spans;
    /* Optional: "principal": true marks the event the map is about (its
     * focus); "persons": who took part, by name, for the legend. */
    json_t *principal = json_object_get(o, "principal");
    if (principal && !json_is_null(principal) && !json_is_boolean(principal)) {
        snprintf(field, sizeof field, "%s.principal", path);
        st = bad(L, field, "must be true or false%s", "");
        goto out;
    }
    snprintf(field, sizeof field, "%s.persons", path);
    if ((st = read_string_array(L, json_object_get(o, "persons"), field, &persons, &person_count)))
        goto out;
    /* Optional: "evidence", the sentence the event comes from; "cameo", its
     * CAMEO code (2 to 4 digits: "04", "042", "0871"). */
    const char *evidence = NULL, *cameo = NULL;
    if ((st = opt_string(L, o, "evidence", path, &evidence)) || (st = opt_string(L, o, "cameo", path, &cameo)))
        goto out;
    if (cameo && (strlen(cameo) < 2 || strlen(cameo) > 4 || strspn(cameo, "0123456789") != strlen(cameo))) {
        snprintf(field, sizeof field, "%s.cameo", path);
        st = bad(L, field, "'%s' is not a CAMEO code (2 to 4 digits, e.g. \"042\")", cameo);
        goto out;
    }
    if ((st = dm_story_add_event(s, &e)))
        goto out;
    if (json_is_true(principal) || person_count)
        st = dmi_story_set_event_extra(s, s->event_count - 1, json_is_true(principal), persons, person_count);
    if (st == DM_OK && (evidence || cameo))
        st = dmi_story_set_event_text(s, s->event_count - 1, evidence, cameo);
out:
    free(persons);
    free(places);
    free(parts);
    free(spans);
    return st;
}

static dm_status_t load_view(loader_t *L, dm_story_t *s, json_t *v)
{
    if (!v || json_is_null(v))
        return DM_OK;
    if (!json_is_object(v))
        return bad(L, "view", "must be an object%s", "");
    const char *proj = NULL, *inset = NULL;
    dm_status_t st;
    if ((st = opt_string(L, v, "projection", "view", &proj)) || (st = opt_string(L, v, "inset", "view", &inset)))
        return st;
    if (inset && strcmp(inset, "auto") != 0 && strcmp(inset, "none") != 0)
        return bad(L, "view.inset", "'%s' is not auto or none", inset);
    json_t *ext = json_object_get(v, "extent");
    if (ext && !json_is_null(ext)) {
        if (!json_is_array(ext) || json_array_size(ext) != 4)
            return bad(L, "view.extent", "must be [W, S, E, N] in degrees%s", "");
        static const double lo[4] = {-180, -90, -180, -90}, hi[4] = {180, 90, 180, 90};
        for (size_t i = 0; i < 4; i++) {
            char f[32];
            snprintf(f, sizeof f, "view.extent[%zu]", i);
            if ((st = read_number(L, json_array_get(ext, i), f, lo[i], hi[i], &s->view.extent[i])))
                return st;
        }
        if (s->view.extent[1] >= s->view.extent[3])
            return bad(L, "view.extent", "south must be less than north%s", "");
        s->view.has_extent = 1;
    }
    if ((proj && !(s->view.projection = dmi_strdup(proj))) || (inset && !(s->view.inset = dmi_strdup(inset))))
        return dmi_error(L->ctx, DM_ERR_NOMEM, "out of memory");
    /* "focus": the events the editor says the map is about (their places
     * make the main frame's core), by id, each once. */
    json_t *focus = json_object_get(v, "focus");
    if (focus && !json_is_null(focus)) {
        if (!json_is_array(focus) || json_array_size(focus) == 0 || json_array_size(focus) > s->event_count)
            return bad(L, "view.focus", "must be a non-empty array of event ids, each once%s", "");
        if (!(s->view.focus = calloc(json_array_size(focus), sizeof *s->view.focus)))
            return dmi_error(L->ctx, DM_ERR_NOMEM, "out of memory");
        for (size_t i = 0; i < json_array_size(focus); i++) {
            json_t *id = json_array_get(focus, i);
            char f[48];
            snprintf(f, sizeof f, "view.focus[%zu]", i);
            if (!json_is_string(id) || !find_event(s, json_string_value(id)))
                return bad(L, f, "is not the id of an event of the story%s", "");
            for (size_t k = 0; k < s->view.focus_count; k++)
                if (strcmp(s->view.focus[k], json_string_value(id)) == 0)
                    return bad(L, f, "'%s' is named twice", json_string_value(id));
            if (!(s->view.focus[s->view.focus_count] = dmi_strdup(json_string_value(id))))
                return dmi_error(L->ctx, DM_ERR_NOMEM, "out of memory");
            s->view.focus_count++;
        }
    }
    return DM_OK;
}

dm_status_t dm_story_load_string(dm_context_t *ctx, const char *json, size_t len,
                                 const char *name, dm_story_t **out)
{
    *out = NULL;
    loader_t L = {ctx, name ? name : "story"};
    json_error_t jerr;
    dm_status_t st = DM_OK;
    dm_story_t *s = NULL;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root)
        return dmi_error(ctx, DM_ERR_INPUT, "%s:%d:%d: invalid JSON: %s", L.file, jerr.line, jerr.column, jerr.text);
    if (!json_is_object(root)) {
        st = dmi_error(ctx, DM_ERR_STORY, "%s: the story must be a JSON object", L.file);
        goto out;
    }
    json_t *version = json_object_get(root, "diplomap");
    if (version && !(json_is_integer(version) && json_integer_value(version) == 1)) {
        st = bad(&L, "diplomap", "must be 1 (the story format version)%s", "");
        goto out;
    }
    if (!(s = dm_story_create(ctx)) || !(s->file = dmi_strdup(L.file))) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    const char *title, *subtitle, *source, *date;
    if ((st = opt_string(&L, root, "title", "", &title)) || (st = opt_string(&L, root, "subtitle", "", &subtitle)) ||
        (st = opt_string(&L, root, "source", "", &source)) || (st = opt_string(&L, root, "date", "", &date)))
        goto out;
    if (date && !valid_date(date)) {
        st = bad(&L, "date", "'%s' is not YYYY, YYYY-MM or YYYY-MM-DD", date);
        goto out;
    }
    if ((st = dm_story_set_title(s, title)) || (st = dm_story_set_subtitle(s, subtitle)) ||
        (st = dm_story_set_source(s, source)) || (st = dm_story_set_date(s, date)))
        goto out;
    json_t *places = json_object_get(root, "places");
    if (!json_is_array(places)) {
        st = bad(&L, "places", places ? "must be an array%s" : "is missing%s", "");
        goto out;
    }
    if (json_array_size(places) > DM_STORY_LIMIT_PLACES) {
        st = dmi_error(ctx, DM_ERR_LIMIT, "%s: places: %zu places, more than the %d a story may have", L.file,
                       json_array_size(places), DM_STORY_LIMIT_PLACES);
        goto out;
    }
    for (size_t i = 0; i < json_array_size(places); i++)
        if ((st = load_place(&L, s, json_array_get(places, i), i)))
            goto out;
    json_t *events = json_object_get(root, "events");
    if (events && !json_is_null(events)) {
        if (!json_is_array(events)) {
            st = bad(&L, "events", "must be an array%s", "");
            goto out;
        }
        if (json_array_size(events) > DM_STORY_LIMIT_EVENTS) {
            st = dmi_error(ctx, DM_ERR_LIMIT, "%s: events: %zu events, more than the %d a story may have", L.file,
                           json_array_size(events), DM_STORY_LIMIT_EVENTS);
            goto out;
        }
        for (size_t i = 0; i < json_array_size(events); i++)
            if ((st = load_event(&L, s, json_array_get(events, i), i)))
                goto out;
    }
    if ((st = load_view(&L, s, json_object_get(root, "view"))))
        goto out;
    *out = s;
    s = NULL;
out:
    dm_story_destroy(s);
    json_decref(root);
    return st;
}

dm_status_t dmi_story_load_file_with(dm_context_t *ctx, const char *path, dmi_story_loader_fn load,
                                     dm_story_t **out)
{
    char *text = NULL;
    size_t len = 0;
    *out = NULL;
    dm_status_t st = dmi_read_file(ctx, path, DM_STORY_MAX_BYTES, &text, &len);
    if (st == DM_OK)
        st = load(ctx, text, len, path, out);
    free(text);
    return st;
}

dm_status_t dm_story_load_file(dm_context_t *ctx, const char *path, dm_story_t **out)
{
    return dmi_story_load_file_with(ctx, path, dm_story_load_string, out);
}

/* ---- writing ----------------------------------------------------------- */

/* Coordinates keep 6 decimals (about 0.1 m): enough, and readable. */
static json_t *coord(double v) { return json_real(round(v * 1e6) / 1e6); }

static json_t *spans_json(const dm_span_t *spans, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, json_pack("[II]", (json_int_t)spans[i].start, (json_int_t)spans[i].end));
    return a;
}

static json_t *strings_json(const char *const *list, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, json_string(list[i]));
    return a;
}

static void set_opt(json_t *o, const char *key, const char *value)
{
    if (value)
        json_object_set_new(o, key, json_string(value));
}

dm_status_t dmi_story_for_drawing(const dm_story_t *s, dm_story_t **out)
{
    *out = NULL;
    if (!s->anchors || g_hash_table_size(s->anchors) == 0)
        return DM_OK;
    /* A copy through the story's own JSON, so that it carries every field. */
    char *json = NULL;
    dm_status_t st = dm_story_to_json(s, &json);
    if (st)
        return st;
    dm_story_t *c = NULL;
    st = dm_story_load_string(s->ctx, json, strlen(json), s->file, &c);
    dm_free(json);
    if (!st)
        st = dmi_story_set_file(c, s->file);
    for (size_t i = 0; !st && i < c->place_count; i++) {
        double lat, lon;
        if (c->places[i].has_coords && dmi_story_place_anchor(c, c->places[i].id, &lat, &lon))
            dmi_story_set_coords(c, i, lat, lon, NULL, c->places[i].confidence);
    }
    if (st) {
        dm_story_destroy(c);
        return st;
    }
    *out = c;
    return DM_OK;
}

dm_status_t dm_story_to_json(const dm_story_t *s, char **out)
{
    *out = NULL;
    json_t *root = json_object();
    json_object_set_new(root, "diplomap", json_integer(1));
    set_opt(root, "title", s->title);
    set_opt(root, "subtitle", s->subtitle);
    set_opt(root, "source", s->source);
    set_opt(root, "date", s->date);
    json_t *places = json_array();
    for (size_t i = 0; i < s->place_count; i++) {
        const dm_place_t *p = &s->places[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(p->id));
        json_object_set_new(o, "name", json_string(p->name));
        if (p->has_coords) {
            json_object_set_new(o, "lat", coord(p->lat));
            json_object_set_new(o, "lon", coord(p->lon));
        }
        double alat, alon;
        if (dmi_story_place_anchor(s, p->id, &alat, &alon)) {
            json_object_set_new(o, "label_lat", coord(alat));
            json_object_set_new(o, "label_lon", coord(alon));
        }
        set_opt(o, "query", p->query);
        json_object_set_new(o, "kind", json_string(dm_place_kind_name(p->kind)));
        json_object_set_new(o, "country", p->country ? json_string(p->country) : json_null());
        json_object_set_new(o, "confidence", json_real(round(p->confidence * 1000) / 1000));
        json_object_set_new(o, "mentions", spans_json(p->mentions, p->mention_count));
        json_t *geom = p->geometry ? json_loads(p->geometry, 0, NULL) : NULL;
        json_object_set_new(o, "geometry", geom ? geom : json_null());
        json_t *nm = p->names ? json_loads(p->names, 0, NULL) : NULL;
        if (nm)
            json_object_set_new(o, "names", nm);
        dmi_label_side_t side = dmi_story_place_label_side(s, p->id);
        if (side != DMI_LABEL_SIDE_AUTO)
            json_object_set_new(o, "label_side", json_string(label_side_names[side]));
        json_array_append_new(places, o);
    }
    json_object_set_new(root, "places", places);
    json_t *events = json_array();
    for (size_t i = 0; i < s->event_count; i++) {
        const dm_event_t *e = &s->events[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(e->id));
        json_object_set_new(o, "type", json_string(dm_event_type_name(e->type)));
        json_object_set_new(o, "date", e->date ? json_string(e->date) : json_null());
        json_object_set_new(o, "places", strings_json(e->places, e->place_count));
        json_object_set_new(o, "status", json_string(dm_event_status_name(e->status)));
        json_object_set_new(o, "participants", strings_json(e->participants, e->participant_count));
        set_opt(o, "label", e->label);
        size_t person_count = 0;
        const char *const *persons = dmi_story_event_persons(s, i, &person_count);
        if (person_count)
            json_object_set_new(o, "persons", strings_json(persons, person_count));
        if (dmi_story_event_principal(s, i))
            json_object_set_new(o, "principal", json_true());
        set_opt(o, "cameo", dmi_story_event_cameo(s, i));
        set_opt(o, "evidence", dmi_story_event_evidence(s, i));
        json_object_set_new(o, "mentions", spans_json(e->mentions, e->mention_count));
        json_array_append_new(events, o);
    }
    json_object_set_new(root, "events", events);
    if (s->view.projection || s->view.has_extent || s->view.inset || s->view.focus_count) {
        json_t *v = json_object();
        set_opt(v, "projection", s->view.projection);
        if (s->view.has_extent)
            json_object_set_new(v, "extent", json_pack("[ffff]", s->view.extent[0], s->view.extent[1],
                                                       s->view.extent[2], s->view.extent[3]));
        set_opt(v, "inset", s->view.inset);
        if (s->view.focus_count) {
            json_t *focus = json_array();
            for (size_t i = 0; i < s->view.focus_count; i++)
                json_array_append_new(focus, json_string(s->view.focus[i]));
            json_object_set_new(v, "focus", focus);
        }
        json_object_set_new(root, "view", v);
    }
    *out = json_dumps(root, JSON_INDENT(2) | JSON_REAL_PRECISION(10));
    json_decref(root);
    if (!*out)
        return dmi_error(s->ctx, DM_ERR_NOMEM, "out of memory writing the story");
    return DM_OK;
}

dm_status_t dm_story_resolve(dm_story_t *s, dm_gazetteer_t *gaz)
{
    dm_context_t *ctx = s->ctx;
    dm_geocode_options_t opts;
    dm_geocode_options_init(&opts);
    for (size_t i = 0; i < s->place_count; i++) {
        dm_place_t *p = &s->places[i];
        if (p->has_coords)
            continue;
        if (!gaz) {
            dm_status_t st = dmi_context_gazetteer(ctx, &gaz);
            if (st != DM_OK)
                return st;
        }
        opts.country = p->country;
        dm_geocode_result_t r = {0};
        dm_status_t st = dm_geocode(gaz, p->query, &opts, &r);
        if (st != DM_OK) {
            dm_geocode_result_clear(&r);
            /* Keep a data error's own message; name the field for the rest. */
            if (st == DM_ERR_DATA || st == DM_ERR_NOMEM)
                return st;
            return dmi_error(ctx, st, "%s%splaces[%zu].query: no place matches '%s'", s->file ? s->file : "",
                             s->file ? ": " : "", i, p->query);
        }
        dmi_story_set_coords(s, i, r.candidates[0].lat, r.candidates[0].lon,
                             r.candidates[0].country, r.confidence);
        /* A continent is drawn at its area centre, not at its reference point. */
        double alat, alon;
        if (!dmi_story_place_anchor(s, p->id, &alat, &alon) &&
            dmi_gazetteer_label_anchor(gaz, r.candidates[0].name, r.candidates[0].source, &alat, &alon))
            st = dmi_story_set_anchor(s, i, alat, alon);
        dm_geocode_result_clear(&r);
        if (st != DM_OK)
            return st;
    }
    return DM_OK;
}
