/* GeoJSON geometries of story places (lines and areas) into lon/lat rings,
 * with jansson: Point and MultiPoint carry no drawable outline and yield
 * nothing; LineString, MultiLineString, Polygon, MultiPolygon and
 * GeometryCollection yield their rings or lines. */
#include "context-private.h"
#include "geom-private.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

static int add_positions(json_t *coords, dmi_shape_t *out)
{
    if (!json_is_array(coords))
        return -1;
    dmi_ring_t r = {0};
    size_t i;
    json_t *pos;
    json_array_foreach(coords, i, pos) {
        json_t *x = json_array_get(pos, 0), *y = json_array_get(pos, 1);
        if (!json_is_number(x) || !json_is_number(y)) {
            dmi_ring_free(&r);
            return -1;
        }
        double lon = json_number_value(x), lat = json_number_value(y);
        if (!(lon >= -540 && lon <= 540 && lat >= -90 && lat <= 90) || dmi_ring_push(&r, lon, lat)) {
            dmi_ring_free(&r);
            return -1;
        }
    }
    int rc = r.count >= 2 ? dmi_shape_take(out, &r) : 0;
    dmi_ring_free(&r);
    return rc;
}

/* depth: arrays of rings to descend (0 = positions, 1 = rings, 2 = polygons). */
static int add_nested(json_t *coords, int depth, dmi_shape_t *out)
{
    if (depth == 0)
        return add_positions(coords, out);
    if (!json_is_array(coords))
        return -1;
    size_t i;
    json_t *item;
    json_array_foreach(coords, i, item)
        if (add_nested(item, depth - 1, out))
            return -1;
    return 0;
}

static int add_geometry(json_t *g, int level, dmi_shape_t *out, int *is_area)
{
    const char *type = json_string_value(json_object_get(g, "type"));
    json_t *coords = json_object_get(g, "coordinates");
    if (!type || level > 8)
        return -1;
    if (strcmp(type, "Point") == 0 || strcmp(type, "MultiPoint") == 0)
        return 0;
    if (strcmp(type, "LineString") == 0)
        return add_nested(coords, 0, out);
    if (strcmp(type, "MultiLineString") == 0)
        return add_nested(coords, 1, out);
    if (strcmp(type, "Polygon") == 0) {
        *is_area = 1;
        return add_nested(coords, 1, out);
    }
    if (strcmp(type, "MultiPolygon") == 0) {
        *is_area = 1;
        return add_nested(coords, 2, out);
    }
    if (strcmp(type, "GeometryCollection") == 0) {
        size_t i;
        json_t *item;
        json_array_foreach(json_object_get(g, "geometries"), i, item)
            if (add_geometry(item, level + 1, out, is_area))
                return -1;
        return 0;
    }
    return -1;
}

int dmi_shape_from_geojson(const char *text, dmi_shape_t *out, int *is_area)
{
    *is_area = 0;
    json_t *g = json_loads(text, 0, NULL);
    int rc = g ? add_geometry(g, 0, out, is_area) : -1;
    json_decref(g);
    if (rc)
        dmi_shape_free(out);
    return rc;
}
