/* Line geometries of the gazetteer's line places.
 *
 * Takes: a place name. Gives: the drawn line of the gazetteer's line place
 * of that name, as GeoJSON text, from geodata/gazetteer/line-geometries.tsv
 * (one vertex a row, compiled in as generated/line_geometries.inc). Never:
 * opens the render basemap (the basemap draws its own lines from its own
 * file) or reads article text. */
#include "lines-private.h"
#include "context-private.h"
#include "gazetteer-private.h"

#include <jansson.h>
#include <string.h>

typedef struct {
    const char *id; /* the curated record's id ("mdl": source "curated:mdl") */
    int part;       /* 0-based, in the source's order */
    double lon, lat;
} line_vertex_t;

static const line_vertex_t line_vertices[] = {
#include "line_geometries.inc"
};

/* The curated id of an entry, or NULL when it is not a curated line place. */
static const char *line_id(const char *source, dm_place_kind_t kind)
{
    static const char prefix[] = "curated:";
    if (kind != DM_PLACE_LINE || !source || strncmp(source, prefix, sizeof prefix - 1) != 0)
        return NULL;
    return source + sizeof prefix - 1;
}

/* The id's vertices as a MultiLineString (compact, 8 significant digits). */
static char *line_json(const char *id)
{
    json_t *lines = json_array(), *line = NULL;
    int part = -1;
    for (size_t i = 0; lines && i < sizeof line_vertices / sizeof line_vertices[0]; i++) {
        const line_vertex_t *v = &line_vertices[i];
        if (strcmp(v->id, id) != 0)
            continue;
        if (v->part != part) {
            part = v->part;
            line = json_array();
            json_array_append_new(lines, line);
        }
        json_array_append_new(line, json_pack("[ff]", v->lon, v->lat));
    }
    if (!lines || json_array_size(lines) == 0) {
        json_decref(lines);
        return NULL;
    }
    json_t *g = json_pack("{s:s, s:o}", "type", "MultiLineString", "coordinates", lines);
    char *text = g ? json_dumps(g, JSON_COMPACT | JSON_REAL_PRECISION(8)) : NULL;
    json_decref(g);
    return text;
}

char *dmi_place_line_geojson(dm_context_t *ctx, const char *name)
{
    dm_gazetteer_t *gaz = NULL;
    if (!name || !*name || dmi_context_gazetteer(ctx, &gaz) != DM_OK) {
        dmi_clear_error(ctx);
        return NULL;
    }
    dmi_gaz_entry_t e[8];
    size_t n = dmi_gazetteer_match(gaz, name, strlen(name), e, sizeof e / sizeof e[0]);
    char *text = NULL;
    for (size_t i = 0; i < n && !text; i++) {
        const char *id = line_id(e[i].source, e[i].kind);
        if (id)
            text = line_json(id);
    }
    if (text)
        return text;
    dm_geocode_result_t r = {0};
    dm_geocode_options_t opts;
    dm_geocode_options_init(&opts);
    opts.limit = 1;
    if (dm_geocode(gaz, name, &opts, &r) == DM_OK && r.count) {
        const char *id = line_id(r.candidates[0].source, r.candidates[0].kind);
        if (id)
            text = line_json(id);
    }
    dmi_clear_error(ctx);
    dm_geocode_result_clear(&r);
    return text;
}
