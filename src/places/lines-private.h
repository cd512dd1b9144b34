/* The drawn lines of the gazetteer's line places (the Military Demarcation
 * Line): geodata/gazetteer/line-geometries.tsv, compiled in. The places
 * stage's answer to "what does this line look like", so that extraction and
 * layout never open the render basemap for it. */
#ifndef DM_LINES_PRIVATE_H
#define DM_LINES_PRIVATE_H

#include "diplomap.h"

/* The line of the gazetteer's line place called `name` (any of its names,
 * exactly, else the geocoder's best reading of the name when that is a
 * line: "DMZ" -> the Military Demarcation Line) as GeoJSON text, a
 * MultiLineString of lon/lat at 1e-5 degree. NULL when no line place of
 * that name has a drawn line (or out of memory). malloc'd. */
char *dmi_place_line_geojson(dm_context_t *ctx, const char *name);

#endif
