/* Small geometry containers shared by the basemap, projection and layout
 * stages. Coordinates are (x, y): degrees (lon, lat) before projection,
 * canvas units after. */
#ifndef DM_GEOM_PRIVATE_H
#define DM_GEOM_PRIVATE_H

#include <math.h>
#include <stddef.h>

typedef struct {
    double x, y;
} dmi_xy_t;

/* A run of points: a polygon ring (closed implicitly) or a polyline. */
typedef struct {
    dmi_xy_t *pts;
    size_t count, cap;
} dmi_ring_t;

/* A polygon (first ring exterior, then holes) or a set of polylines. */
typedef struct {
    dmi_ring_t *rings;
    size_t count, cap;
} dmi_shape_t;

int dmi_ring_push(dmi_ring_t *r, double x, double y);
void dmi_ring_free(dmi_ring_t *r);
/* Grow box {x0, y0, x1, y1} to hold the ring's finite points; start from
 * DMI_BBOX_EMPTY. */
#define DMI_BBOX_EMPTY {INFINITY, INFINITY, -INFINITY, -INFINITY}
void dmi_ring_bbox_add(const dmi_ring_t *r, double box[4]);
/* Append a ring (taking ownership of its points; *r is emptied). */
int dmi_shape_take(dmi_shape_t *s, dmi_ring_t *r);
void dmi_shape_free(dmi_shape_t *s);

/* Clip a polygon ring to the half-plane axis(p) <= limit (keep_below) or
 * >= limit. axis 0 is x, 1 is y. Sutherland-Hodgman: the result may have
 * edges along the limit, harmless for filling. */
int dmi_clip_ring(const dmi_ring_t *in, int axis, double limit, int keep_below, dmi_ring_t *out);
/* Clip a polyline the same way; pieces are appended to out. */
int dmi_clip_line(const dmi_ring_t *in, int axis, double limit, int keep_below, dmi_shape_t *out);
/* Clip a ring (polygon) or line to a box [x0,x1]x[y0,y1]; results appended. */
int dmi_clip_ring_box(const dmi_ring_t *in, const double box[4], dmi_shape_t *out);
int dmi_clip_line_box(const dmi_ring_t *in, const double box[4], dmi_shape_t *out);

/* Lon/lat rings or lines of a GeoJSON geometry text; *is_area set for
 * polygons. -1 (out emptied) when the text is not a valid geometry. */
int dmi_shape_from_geojson(const char *text, dmi_shape_t *out, int *is_area);

/* The library's one great-circle distance (haversine on a sphere): the
 * central angle between two points given in degrees, in radians. Every
 * distance the extractor, the resolver, the geocoder and the projection's
 * choice take comes from here, so their thresholds agree. (The layout's
 * scale bar measures on the ellipsoid instead: dmi_geodesic_km.) */
#define DMI_EARTH_RADIUS_KM 6371.0
static inline double dmi_central_angle(double lat1, double lon1, double lat2, double lon2)
{
    const double d2r = M_PI / 180.0;
    double s = sin((lat2 - lat1) * d2r / 2), t = sin((lon2 - lon1) * d2r / 2);
    double h = s * s + cos(lat1 * d2r) * cos(lat2 * d2r) * t * t;
    return 2 * asin(fmin(1.0, sqrt(h)));
}

/* The same in km on a sphere of DMI_EARTH_RADIUS_KM. */
static inline double dmi_great_circle_km(double lat1, double lon1, double lat2, double lon2)
{
    return DMI_EARTH_RADIUS_KM * dmi_central_angle(lat1, lon1, lat2, lon2);
}

#endif
