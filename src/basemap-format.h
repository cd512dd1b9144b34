/* The packed basemap (basemap.dmb): Natural Earth and OpenStreetMap layers
 * as float32 lon/lat arrays with a bounding box per feature and per part,
 * large rings pre-split into tiles. Built from the FlatGeobuf sources by
 * geodata/pack/dm_basemap_pack.c at build time; mapped read-only at run
 * time, so drawing the basemap needs neither GDAL nor parsing.
 *
 * Layout: header, layer table, features, parts, points, strings. Offsets
 * are bytes from the start of the file; all integers little-endian. */
#ifndef DM_BASEMAP_FORMAT_H
#define DM_BASEMAP_FORMAT_H

#include "diplomap.h"

#include <stdint.h>

#define DMB_MAGIC "DMBMAP01"
/* 2: lake layers ("S/lakes" polygons, "S/lakeshores" their rings as
 * lines, S = 110m, 50m, 10m); a reader of version 2 needs them. */
/* 3: first-level subdivision lines ("50m/admin1", "10m/admin1"). */
#define DMB_VERSION 3

typedef struct {
    char magic[8];
    uint32_t version;
    uint32_t layer_count;
    uint64_t file_size;       /* a truncated file is detected */
} dmb_header_t;

enum { DMB_POLYGONS = 0, DMB_LINES = 1 };

typedef struct {
    char name[24];            /* "50m/countries", "10m/lakes", "osm/lines", ... */
    uint32_t kind;            /* DMB_POLYGONS or DMB_LINES */
    uint32_t feature_count;
    uint64_t features;        /* offset of feature_count dmb_feature_t */
} dmb_layer_t;

typedef struct {
    float bbox[4];            /* west, south, east, north (degrees) */
    char code_a[4];           /* ISO alpha-2 (countries; borders: first) */
    char code_b[4];           /* borders: second country */
    uint32_t name;            /* offset of a NUL-terminated name, 0 for none */
    uint32_t part_count;
    uint64_t parts;           /* offset of part_count dmb_part_t */
} dmb_feature_t;

typedef struct {
    float bbox[4];
    uint64_t points;          /* offset of point_count (lon, lat) float pairs */
    uint32_t point_count;
    uint32_t reserved;
} dmb_part_t;

/* ---- checking the file (basemap.c) -------------------------------------
 *
 * Every open checks the header, the layer table and every feature's and
 * part's offsets and counts against the file's size (a walk over the
 * tables, not the points: well under a millisecond), so a corrupt,
 * truncated or hostile file is an error naming it, never a read out of
 * bounds. The full checksum, a SHA-256 of the whole file that the packer
 * writes beside it (basemap.dmb.sha256, sha256sum's format), is verified
 * only on demand: dm_data_check(), `diplomap check-data`. */

/* What every basemap error ends with. */
#define DMB_REBUILD "rebuild with cmake --build build --target basemap_data, or reinstall"

/* The basemap's path: $DIPLOMAP_BASEMAP, else the data directory's
 * basemap.dmb. malloc'd; NULL when out of memory. */
char *dmi_basemap_path(dm_context_t *ctx);
/* Open the basemap at path, check its structure as every open does, and
 * close it: DM_OK, or DM_ERR_DATA naming the file. */
dm_status_t dmi_basemap_check(dm_context_t *ctx, const char *path);

#endif
