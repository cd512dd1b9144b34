/* Projections (PROJ), the automatic choice of projection and extent, and
 * geodesics. Angles are degrees; projected coordinates are the CRS's own
 * units (metres for every projection diplomap chooses). */
#ifndef DM_PROJ_PRIVATE_H
#define DM_PROJ_PRIVATE_H

#include "context-private.h"
#include "geom-private.h"

#include <proj.h>

typedef struct {
    const struct dmi_proj_api *api;  /* PROJ's functions (proj_loader.c) */
    char *definition;  /* PROJ string (or what the user gave), the frame's crs */
    PJ *pj;            /* lon/lat degrees -> easting, northing */
    PJ *direct;        /* the same as a bare conversion taking radians (no
                        * pipeline steps: faster), or NULL */
    double lon_0;      /* central meridian: geometries are cut at lon_0 + 180 */
} dmi_projection_t;

dm_status_t dmi_projection_create(dm_context_t *ctx, const char *definition, dmi_projection_t *out);
void dmi_projection_destroy(dmi_projection_t *p);
/* Project in place; returns 0 when every point is finite. Non-finite points
 * are left as HUGE_VAL. */
int dmi_project_points(const dmi_projection_t *p, dmi_xy_t *pts, size_t n);
int dmi_project_point(const dmi_projection_t *p, double lon, double lat, double *e, double *n);
int dmi_unproject_point(const dmi_projection_t *p, double e, double n, double *lon, double *lat);

/* Choose a projection for places at (lat[i], lon[i]): equal-area world,
 * azimuthal hemisphere or conformal region. The string is malloc'd. */
char *dmi_projection_auto(const double *lat, const double *lon, size_t n);
/* The same for a small locator map (the overview inset): places whose
 * azimuthal view would be centred near a pole get the world's equal-area
 * map, and *world is set: the locator is the whole world. */
char *dmi_projection_locator(const double *lat, const double *lon, size_t n, int *world);

/* Great circle from (lat1, lon1) to (lat2, lon2), a point every step_km at
 * most, longitudes continuous (they may leave [-180, 180]). */
int dmi_geodesic_densify(double lat1, double lon1, double lat2, double lon2,
                         double step_km, dmi_ring_t *out);
/* Great-circle distance in kilometres. */
double dmi_geodesic_km(double lat1, double lon1, double lat2, double lon2);

/* Longitude-latitude window of a view, relative to the central meridian:
 * r = lon - lon_0 in [rmin, rmax], lat in [smin, smax]. */
typedef struct {
    double rmin, rmax, smin, smax;
} dmi_window_t;

/* Cut a lon/lat geometry at the projection's antimeridian and at the view
 * window, then project it. Polygons (is_polygon) keep one shape per piece
 * ring; results are appended to out in projected units. */
int dmi_project_cut(const dmi_projection_t *p, const dmi_window_t *win, const dmi_ring_t *lonlat,
                    int is_polygon, dmi_shape_t *out);

#endif
