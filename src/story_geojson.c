/* GeoJSON in and out: a story as a FeatureCollection that QGIS, geojson.io
 * and Datawrapper open, and such a collection read back as a story.
 *
 * Both directions go through the story's own JSON (story.c), so every
 * field, present and future, survives a round trip and a GeoJSON story is
 * validated by exactly the rules of docs/formats.md section 1. GeoJSON order
 * is [lon, lat] (RFC 7946); the story's is lat/lon fields. */
#include "context-private.h"
#include "geom-private.h"
#include "story-private.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Story members carried as foreign members of the FeatureCollection. */
static const char *const story_members[] = {"diplomap", "title", "subtitle", "source", "date", "view"};
#define STORY_MEMBER_COUNT (sizeof story_members / sizeof story_members[0])

static json_t *position(double lon, double lat) { return json_pack("[ff]", lon, lat); }

/* [lon, lat] of the place with this id, NULL when unknown or not located. */
static json_t *place_position(json_t *places, const char *id)
{
    size_t i;
    json_t *p;
    json_array_foreach(places, i, p) {
        const char *pid = json_string_value(json_object_get(p, "id"));
        if (!pid || strcmp(pid, id) != 0)
            continue;
        json_t *lat = json_object_get(p, "lat"), *lon = json_object_get(p, "lon");
        if (!json_is_number(lat) || !json_is_number(lon))
            return NULL;
        return position(json_number_value(lon), json_number_value(lat));
    }
    return NULL;
}

/* ---- RFC 7946 geometry ---------------------------------------------------
 * Lines that cross the antimeridian are cut there (section 3.1.9: a
 * LineString becomes a MultiLineString) and polygon rings follow the
 * right-hand rule (section 3.1.6: exterior counterclockwise, holes
 * clockwise). Positions are [lon, lat] degrees; a segment whose ends are
 * more than 180 degrees of longitude apart is taken the short way, across
 * 180, as the map draws it. */

static int lon_lat(json_t *pos, double *lon, double *lat)
{
    json_t *x = json_array_get(pos, 0), *y = json_array_get(pos, 1);
    if (!json_is_number(x) || !json_is_number(y))
        return 0;
    *lon = json_number_value(x);
    *lat = json_number_value(y);
    return 1;
}

/* Append the parts of one line (an array of positions), cut at 180, to parts. */
static void split_line(json_t *line, json_t *parts)
{
    json_t *part = json_array();
    size_t i;
    json_t *pos;
    double plon = 0, plat = 0;
    int have = 0;
    json_array_foreach(line, i, pos) {
        double lon, lat;
        if (have && lon_lat(pos, &lon, &lat) && fabs(lon - plon) > 180) {
            /* Going east (plon > 0) the line leaves at +180 and comes back
             * in at -180; going west the other way round. */
            double edge = plon > 0 ? 180 : -180;
            double qlon = plon > 0 ? lon + 360 : lon - 360;
            double t = (edge - plon) / (qlon - plon);
            double cross = plat + t * (lat - plat);
            json_array_append_new(part, position(edge, cross));
            json_array_append_new(parts, part);
            part = json_array();
            json_array_append_new(part, position(-edge, cross));
        }
        have = lon_lat(pos, &plon, &plat);
        json_array_append(part, pos);
    }
    json_array_append_new(parts, part);
}

/* Twice the signed area of a ring in degrees (positive: counterclockwise). */
static double ring_area(json_t *ring)
{
    double sum = 0, x0, y0, x1, y1;
    size_t n = json_array_size(ring);
    for (size_t i = 0; i + 1 < n; i++)
        if (lon_lat(json_array_get(ring, i), &x0, &y0) && lon_lat(json_array_get(ring, i + 1), &x1, &y1))
            sum += x0 * y1 - x1 * y0;
    return sum;
}

static void wind_polygon(json_t *rings)
{
    size_t i;
    json_t *ring;
    json_array_foreach(rings, i, ring) {
        double a = ring_area(ring);
        if ((i == 0 && a < 0) || (i > 0 && a > 0)) {
            size_t n = json_array_size(ring);
            json_t *rev = json_array();
            for (size_t k = n; k-- > 0;)
                json_array_append(rev, json_array_get(ring, k));
            json_array_set_new(rings, i, rev);
        }
    }
}

/* One ring's positions with longitudes made continuous (each within 180 of
 * the one before, the first within 180 of ref) and the closing position
 * dropped. Returns -1 when a position is not a number pair, 1 when the ring
 * winds around a pole (it cannot be cut at 180), else 0. */
static int unwrap_ring(json_t *ring, double ref, dmi_ring_t *out)
{
    size_t i;
    json_t *pos;
    double prev = ref;
    json_array_foreach(ring, i, pos) {
        double lon, lat;
        if (!lon_lat(pos, &lon, &lat) || !isfinite(lon) || !isfinite(lat))
            return -1;
        lon -= 360 * round((lon - prev) / 360);
        prev = lon;
        if (dmi_ring_push(out, lon, lat))
            return -1;
    }
    if (out->count < 4)
        return -1;
    dmi_xy_t a = out->pts[0], z = out->pts[out->count - 1];
    if (fabs(z.x - a.x) > 180)
        return 1;
    if (z.x == a.x && z.y == a.y)
        out->count--;
    return 0;
}

static json_t *ring_positions(const dmi_ring_t *r, double shift)
{
    json_t *ring = json_array();
    for (size_t k = 0; k <= r->count; k++) {
        dmi_xy_t p = r->pts[k % r->count]; /* closed: the first position again */
        json_array_append_new(ring, position(p.x + shift, p.y));
    }
    return ring;
}

/* A polygon (its rings) whose exterior crosses 180, cut there (section
 * 3.1.9) into the piece west of the line and the piece east of it, each
 * with the holes that fall on its side; the pieces are appended to polys.
 * Returns 0, appending nothing, when the polygon does not cross 180 or
 * cannot be cut (a ring around a pole, positions that are not numbers). */
static int cut_polygon(json_t *rings, json_t *polys)
{
    size_t n = json_array_size(rings);
    if (!n)
        return 0;
    double ref;
    json_t *first = json_array_get(json_array_get(rings, 0), 0);
    double lat0;
    if (!lon_lat(first, &ref, &lat0))
        return 0;
    dmi_ring_t *unwrapped = calloc(n, sizeof *unwrapped);
    int cut = unwrapped != NULL;
    double box[4] = DMI_BBOX_EMPTY;
    for (size_t i = 0; cut && i < n; i++) {
        cut = unwrap_ring(json_array_get(rings, i), ref, &unwrapped[i]) == 0;
        if (cut && i == 0)
            dmi_ring_bbox_add(&unwrapped[0], box);
    }
    /* Put the exterior across +180: the west piece keeps x <= 180, the
     * east piece is x >= 180 turned back by one turn. */
    double shift = box[0] < -180 ? 360 : 0;
    cut = cut && (box[0] < -180 || box[2] > 180) && box[2] + shift - (box[0] + shift) < 360;
    dmi_ring_t piece = {0};
    for (int east = 0; cut && east < 2; east++) {
        json_t *poly = json_array();
        for (size_t i = 0; i < n; i++) {
            for (size_t k = 0; k < unwrapped[i].count; k++)
                unwrapped[i].pts[k].x += east ? 0 : shift;
            if (dmi_clip_ring(&unwrapped[i], 0, 180, !east, &piece)) {
                cut = 0;
                break;
            }
            if (piece.count >= 3)
                json_array_append_new(poly, ring_positions(&piece, east ? -360 : 0));
            else if (i == 0)
                break; /* nothing of the exterior on this side */
        }
        if (cut && json_array_size(poly))
            json_array_append_new(polys, poly);
        else
            json_decref(poly);
    }
    dmi_ring_free(&piece);
    for (size_t i = 0; unwrapped && i < n; i++)
        dmi_ring_free(&unwrapped[i]);
    free(unwrapped);
    return cut;
}

/* A copy of geometry g as RFC 7946 wants it. */
static json_t *rfc7946_geometry(json_t *g)
{
    json_t *out = json_deep_copy(g);
    const char *type = json_string_value(json_object_get(out, "type"));
    json_t *coords = json_object_get(out, "coordinates");
    if (!type || !json_is_array(coords))
        return out;
    size_t i;
    json_t *c;
    if (strcmp(type, "LineString") == 0 || strcmp(type, "MultiLineString") == 0) {
        json_t *parts = json_array();
        if (type[0] == 'L')
            split_line(coords, parts);
        else
            json_array_foreach(coords, i, c)
                split_line(c, parts);
        if (json_array_size(parts) > 1 || type[0] == 'M') {
            json_object_set_new(out, "type", json_string("MultiLineString"));
            json_object_set_new(out, "coordinates", parts);
        } else {
            json_decref(parts);
        }
    } else if (strcmp(type, "Polygon") == 0 || strcmp(type, "MultiPolygon") == 0) {
        /* Every polygon cut at 180 where it crosses it, then wound. */
        json_t *polys = json_array(), *pieces = json_array();
        if (type[0] == 'P')
            json_array_append(polys, coords);
        else
            json_array_foreach(coords, i, c)
                json_array_append(polys, c);
        json_array_foreach(polys, i, c) {
            if (!cut_polygon(c, pieces))
                json_array_append(pieces, c);
        }
        json_array_foreach(pieces, i, c)
            wind_polygon(c);
        if (json_array_size(pieces) > 1 || type[0] == 'M') {
            json_object_set_new(out, "type", json_string("MultiPolygon"));
            json_object_set_new(out, "coordinates", pieces);
        } else {
            json_object_set(out, "coordinates", json_array_get(pieces, 0));
            json_decref(pieces);
        }
        json_decref(polys);
    }
    return out;
}

static json_t *feature(json_t *geometry, json_t *properties, json_t *id)
{
    json_t *f = json_object();
    json_object_set_new(f, "type", json_string("Feature"));
    if (id)
        json_object_set(f, "id", id);
    json_object_set_new(f, "geometry", geometry ? geometry : json_null());
    json_object_set_new(f, "properties", properties);
    return f;
}

static json_t *place_feature(json_t *p)
{
    json_t *props = json_deep_copy(p);
    json_t *geom = json_object_get(p, "geometry");
    json_t *g = NULL;
    int changed = 0;
    if (geom && !json_is_null(geom)) {
        g = rfc7946_geometry(geom);
        changed = !json_equal(g, geom);
    } else if (json_is_number(json_object_get(p, "lat")) && json_is_number(json_object_get(p, "lon")))
        g = json_pack("{s:s, s:o}", "type", "Point", "coordinates",
                      position(json_number_value(json_object_get(p, "lon")), json_number_value(json_object_get(p, "lat"))));
    json_object_del(props, "geometry");
    json_object_set_new(props, "role", json_string("place"));
    json_t *f = feature(g, props, json_object_get(p, "id"));
    /* The story's geometry as written, when RFC 7946 changed it (cut or
     * rewound): a foreign member that GIS tools ignore and the reader
     * prefers, so the round trip gives back the same story. */
    if (changed)
        json_object_set(f, "story_geometry", geom);
    return f;
}

static json_t *event_feature(json_t *e, json_t *places)
{
    json_t *props = json_deep_copy(e);
    json_object_set_new(props, "role", json_string("event"));
    /* Most viewers show "name" in a feature's popup. */
    json_t *label = json_object_get(e, "label");
    if (json_is_string(label))
        json_object_set(props, "name", label);
    json_t *ids = json_object_get(e, "places");
    size_t n = json_array_size(ids);
    json_t *coords = json_array();
    for (size_t i = 0; i < n; i++) {
        const char *id = json_string_value(json_array_get(ids, i));
        json_t *pos = id ? place_position(places, id) : NULL;
        if (!pos) {
            /* A place still to be geocoded: no geometry rather than a wrong one. */
            json_decref(coords);
            coords = NULL;
            break;
        }
        json_array_append_new(coords, pos);
    }
    json_t *g = NULL;
    if (coords && n == 1)
        g = json_pack("{s:s, s:O}", "type", "Point", "coordinates", json_array_get(coords, 0));
    else if (coords && n == 2) {
        json_t *line = json_pack("{s:s, s:O}", "type", "LineString", "coordinates", coords);
        g = rfc7946_geometry(line);   /* across 180: a MultiLineString */
        json_decref(line);
    }
    else if (coords && n > 2)
        g = json_pack("{s:s, s:O}", "type", "MultiPoint", "coordinates", coords);
    json_decref(coords);
    return feature(g, props, json_object_get(e, "id"));
}

dm_status_t dm_story_to_geojson(const dm_story_t *story, char **out)
{
    *out = NULL;
    char *text = NULL;
    dm_status_t st = dm_story_to_json(story, &text);
    if (st != DM_OK)
        return st;
    json_t *root = json_loads(text, 0, NULL);
    dm_free(text);
    if (!json_is_object(root)) {
        json_decref(root);
        return dmi_error(dmi_story_context(story), DM_ERR_INTERNAL, "cannot convert the story to GeoJSON");
    }
    json_t *fc = json_object();
    json_object_set_new(fc, "type", json_string("FeatureCollection"));
    for (size_t i = 0; i < STORY_MEMBER_COUNT; i++) {
        json_t *v = json_object_get(root, story_members[i]);
        if (v && !json_is_null(v))
            json_object_set(fc, story_members[i], v);
    }
    json_t *features = json_array();
    json_t *places = json_object_get(root, "places"), *events = json_object_get(root, "events");
    size_t i;
    json_t *v;
    json_array_foreach(places, i, v)
        json_array_append_new(features, place_feature(v));
    json_array_foreach(events, i, v)
        json_array_append_new(features, event_feature(v, places));
    json_object_set_new(fc, "features", features);
    /* Coordinates keep the story's rounding (6 decimals). */
    char *s = json_dumps(fc, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(fc);
    json_decref(root);
    if (!s)
        return dmi_error(dmi_story_context(story), DM_ERR_NOMEM, "out of memory");
    *out = s;
    return DM_OK;
}

/* ---- reading ------------------------------------------------------------ */

typedef struct {
    dm_context_t *ctx;
    const char *name;
    size_t *place_feature, *event_feature;   /* story index -> feature index */
    size_t place_count, event_count;
} reader_t;

static void extend_box(json_t *coords, double box[4], int depth)
{
    if (!json_is_array(coords))
        return;
    if (depth == 0) {
        json_t *x = json_array_get(coords, 0), *y = json_array_get(coords, 1);
        if (!json_is_number(x) || !json_is_number(y))
            return;
        double lon = json_number_value(x), lat = json_number_value(y);
        box[0] = fmin(box[0], lon);
        box[1] = fmin(box[1], lat);
        box[2] = fmax(box[2], lon);
        box[3] = fmax(box[3], lat);
        return;
    }
    size_t i;
    json_t *c;
    json_array_foreach(coords, i, c)
        extend_box(c, box, depth - 1);
}

/* Nesting depth of positions in each geometry type's coordinates. */
static int geometry_depth(const char *type)
{
    if (strcmp(type, "LineString") == 0)
        return 1;
    if (strcmp(type, "MultiLineString") == 0 || strcmp(type, "Polygon") == 0)
        return 2;
    if (strcmp(type, "MultiPolygon") == 0)
        return 3;
    return -1;
}

/* An id from a name: lowercase ASCII letters and digits joined by '-'. */
static void slug(const char *name, char *out, size_t n)
{
    size_t k = 0;
    int dash = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p && k + 1 < n; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && k > 0 && k + 2 < n)
                out[k++] = '-';
            out[k++] = (char)c;
            dash = 0;
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && k > 0 && k + 2 < n)
                out[k++] = '-';
            out[k++] = (char)(c - 'A' + 'a');
            dash = 0;
        } else {
            dash = 1;
        }
    }
    out[k] = '\0';
}

static int id_taken(json_t *places, const char *id)
{
    size_t i;
    json_t *p;
    json_array_foreach(places, i, p) {
        const char *pid = json_string_value(json_object_get(p, "id"));
        if (pid && strcmp(pid, id) == 0)
            return 1;
    }
    return 0;
}

static dm_status_t read_place(reader_t *R, json_t *f, json_t *props, size_t fi, json_t *places)
{
    json_t *p = json_deep_copy(props);
    json_object_del(p, "role");
    dm_status_t st = DM_OK;
    json_t *g = json_object_get(f, "geometry");
    /* Written by dm_story_to_geojson when the RFC 7946 form differs. */
    json_t *sg = json_object_get(f, "story_geometry");
    if (json_is_object(sg))
        g = sg;
    if (g && !json_is_null(g)) {
        const char *type = json_string_value(json_object_get(g, "type"));
        json_t *coords = json_object_get(g, "coordinates");
        if (!json_is_object(g) || !type || !json_is_array(coords)) {
            st = dmi_error(R->ctx, DM_ERR_INPUT, "%s: features[%zu].geometry: not a GeoJSON geometry with coordinates",
                           R->name, fi);
            goto out;
        }
        if (strcmp(type, "Point") == 0) {
            /* The point is the truth: an editor may have moved it. */
            json_t *x = json_array_get(coords, 0), *y = json_array_get(coords, 1);
            if (!json_is_number(x) || !json_is_number(y)) {
                st = dmi_error(R->ctx, DM_ERR_INPUT, "%s: features[%zu].geometry: a Point needs [lon, lat]", R->name, fi);
                goto out;
            }
            json_object_set_new(p, "lon", json_real(json_number_value(x)));
            json_object_set_new(p, "lat", json_real(json_number_value(y)));
        } else {
            int depth = geometry_depth(type);
            if (depth < 0) {
                st = dmi_error(R->ctx, DM_ERR_INPUT,
                               "%s: features[%zu].geometry: a place is a Point, a (Multi)LineString or a (Multi)Polygon, not a %s",
                               R->name, fi, type);
                goto out;
            }
            if (!json_is_string(json_object_get(p, "kind")))
                json_object_set_new(p, "kind", json_string(depth == 1 || strcmp(type, "MultiLineString") == 0 ? "line" : "area"));
            if (!json_is_number(json_object_get(p, "lat")) || !json_is_number(json_object_get(p, "lon"))) {
                double box[4] = {HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
                extend_box(coords, box, depth);
                if (!(box[0] <= box[2])) {
                    st = dmi_error(R->ctx, DM_ERR_INPUT, "%s: features[%zu].geometry: no coordinates", R->name, fi);
                    goto out;
                }
                json_object_set_new(p, "lon", json_real((box[0] + box[2]) / 2));
                json_object_set_new(p, "lat", json_real((box[1] + box[3]) / 2));
            }
            json_object_set(p, "geometry", g);
        }
    }
    /* Generic GeoJSON names its features in several ways. */
    static const char *const name_keys[] = {"name", "title", "label", "Name", "NAME"};
    const char *name = NULL;
    for (size_t k = 0; k < sizeof name_keys / sizeof name_keys[0] && !name; k++)
        name = json_string_value(json_object_get(props, name_keys[k]));
    json_t *id = json_object_get(p, "id");
    if (!id || json_is_null(id))
        id = json_object_get(f, "id");
    char buf[128];
    if (json_is_string(id)) {
        json_object_set(p, "id", id);
    } else if (json_is_integer(id)) {
        snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(id));
        json_object_set_new(p, "id", json_string(buf));
    } else {
        if (!name) {
            st = dmi_error(R->ctx, DM_ERR_INPUT, "%s: features[%zu]: a place needs properties.id or properties.name",
                           R->name, fi);
            goto out;
        }
        char base[96];
        slug(name, base, sizeof base);
        if (!*base)
            snprintf(base, sizeof base, "place-%zu", fi + 1);
        snprintf(buf, sizeof buf, "%s", base);
        for (int n = 2; id_taken(places, buf); n++)
            snprintf(buf, sizeof buf, "%s-%d", base, n);
        json_object_set_new(p, "id", json_string(buf));
    }
    if (!json_is_string(json_object_get(p, "name")))
        json_object_set_new(p, "name", json_string(name ? name : json_string_value(json_object_get(p, "id"))));
    json_array_append(places, p);
out:
    json_decref(p);
    return st;
}

/* Story messages name places[i] / events[i]; point the user at the feature
 * they wrote instead. */
static dm_status_t translate_error(reader_t *R, dm_status_t st)
{
    /* Work on a copy: dmi_error() rewrites the context's message buffer. */
    char *msg = dmi_strdup(dm_context_last_error(R->ctx));
    if (!msg)
        return st;
    /* The first path in the message, "FILE: places[3].kind ...". */
    static const char *const arrays[] = {" places[", " events["};
    const char *at = NULL;
    int which = 0;
    for (int a = 0; a < 2; a++) {
        const char *p = strstr(msg, arrays[a]);
        if (p && (!at || p < at)) {
            at = p;
            which = a;
        }
    }
    if (at) {
        char *end = NULL;
        unsigned long long idx = strtoull(at + strlen(arrays[which]), &end, 10);
        size_t count = which == 0 ? R->place_count : R->event_count;
        if (end && *end == ']' && idx < count) {
            size_t fi = (which == 0 ? R->place_feature : R->event_feature)[idx];
            msg[at - msg] = '\0';
            dmi_error(R->ctx, st, "%s features[%zu].properties%s", msg, fi, end + 1);
        }
    }
    free(msg);
    return st;
}

dm_status_t dm_story_load_geojson_string(dm_context_t *ctx, const char *text, size_t len, const char *name,
                                         dm_story_t **out)
{
    *out = NULL;
    if (!name)
        name = "(geojson)";
    reader_t R = {.ctx = ctx, .name = name};
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr), *story = NULL;
    char *story_text = NULL;
    dm_status_t st = DM_OK;
    if (!root)
        return dmi_error(ctx, DM_ERR_INPUT, "%s:%d:%d: invalid JSON: %s", name, jerr.line, jerr.column, jerr.text);
    const char *type = json_string_value(json_object_get(root, "type"));
    json_t *features = json_object_get(root, "features");
    if (!type || strcmp(type, "FeatureCollection") != 0 || !json_is_array(features)) {
        st = dmi_error(ctx, DM_ERR_INPUT, "%s: not a GeoJSON FeatureCollection (\"type\" and \"features\")", name);
        goto out;
    }
    size_t nf = json_array_size(features);
    if (nf > DM_STORY_MAX_PLACES + DM_STORY_MAX_EVENTS) {
        st = dmi_error(ctx, DM_ERR_LIMIT, "%s: more than %d features", name, DM_STORY_MAX_PLACES + DM_STORY_MAX_EVENTS);
        goto out;
    }
    R.place_feature = dmi_calloc(nf + 1, sizeof *R.place_feature);
    R.event_feature = dmi_calloc(nf + 1, sizeof *R.event_feature);
    story = json_object();
    json_t *places = json_array(), *events = json_array();
    json_object_set_new(story, "places", places);
    json_object_set_new(story, "events", events);
    if (!R.place_feature || !R.event_feature || !story || !places || !events) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < STORY_MEMBER_COUNT; i++) {
        json_t *v = json_object_get(root, story_members[i]);
        if (v)
            json_object_set(story, story_members[i], v);
    }
    /* Places first, whatever the feature order: events refer to them. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < nf; i++) {
            json_t *f = json_array_get(features, i);
            json_t *props = json_object_get(f, "properties");
            if (!json_is_object(f) || !json_is_string(json_object_get(f, "type")) ||
                strcmp(json_string_value(json_object_get(f, "type")), "Feature") != 0) {
                st = dmi_error(ctx, DM_ERR_INPUT, "%s: features[%zu]: not a GeoJSON Feature", name, i);
                goto out;
            }
            if (props && !json_is_null(props) && !json_is_object(props)) {
                st = dmi_error(ctx, DM_ERR_INPUT, "%s: features[%zu].properties: must be an object or null", name, i);
                goto out;
            }
            json_t *empty = NULL;
            if (!json_is_object(props))
                props = empty = json_object();
            const char *role = json_string_value(json_object_get(props, "role"));
            int is_event = role && strcmp(role, "event") == 0;
            if (role && !is_event && strcmp(role, "place") != 0) {
                json_decref(empty);
                st = dmi_error(ctx, DM_ERR_INPUT, "%s: features[%zu].properties.role: '%s' is not place or event",
                               name, i, role);
                goto out;
            }
            if (pass == 0 && !is_event) {
                R.place_feature[R.place_count++] = i;
                st = read_place(&R, f, props, i, places);
            } else if (pass == 1 && is_event) {
                json_t *e = json_deep_copy(props);
                json_object_del(e, "role");
                /* "name" was written for viewers; the event's text is its label. */
                json_object_del(e, "name");
                json_array_append_new(events, e);
                R.event_feature[R.event_count++] = i;
            }
            json_decref(empty);
            if (st != DM_OK)
                goto out;
        }
    }
    story_text = json_dumps(story, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
    if (!story_text) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    st = dm_story_load_string(ctx, story_text, strlen(story_text), name, out);
    if (st != DM_OK)
        translate_error(&R, st);
out:
    free(story_text);
    free(R.place_feature);
    free(R.event_feature);
    json_decref(story);
    json_decref(root);
    return st;
}

dm_status_t dm_story_load_geojson_file(dm_context_t *ctx, const char *path, dm_story_t **out)
{
    return dmi_story_load_file_with(ctx, path, dm_story_load_geojson_string, out);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* GeoJSON by the .geojson extension, else by a top-level "type":
 * "FeatureCollection" (the document is parsed twice then: stories are
 * small, and each loader keeps its own error reporting). */
dm_status_t dm_story_load_file_auto(dm_context_t *ctx, const char *path, dm_story_t **out)
{
    char *text = NULL;
    size_t len = 0;
    *out = NULL;
    dm_status_t st = dmi_read_file(ctx, path, DM_STORY_MAX_BYTES, &text, &len);
    if (st != DM_OK)
        return st;
    int geojson = has_suffix(path, ".geojson");
    if (!geojson) {
        json_t *root = json_loadb(text, len, 0, NULL);
        const char *type = json_string_value(json_object_get(root, "type"));
        geojson = type && strcmp(type, "FeatureCollection") == 0;
        json_decref(root);
    }
    st = geojson ? dm_story_load_geojson_string(ctx, text, len, path, out)
                 : dm_story_load_string(ctx, text, len, path, out);
    free(text);
    return st;
}
