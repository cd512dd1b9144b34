/* Gazetteer internals shared with the extractor (src/extract/) and the resolver.
 *
 * The index (geodata/tools/dm_gazbuild.c writes it, gazetteer.c maps it) is a
 * sorted table of normalised keys (dmi_text_normalize) pointing at place
 * records. Lookups here are exact on the normalised form: no fuzzy matching,
 * no ranking beyond the record's static prominence. dm_geocode() adds fuzzy
 * matching, qualifiers and context on top. */
#ifndef DM_GAZETTEER_PRIVATE_H
#define DM_GAZETTEER_PRIVATE_H

#include "diplomap.h"
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct {
    uint32_t entry;          /* index of the place record in the gazetteer */
    double lat, lon;         /* WGS 84 degrees: the reference point (GeoNames-style: where
                              * gazetteers put the place; for lines and areas, their label anchor) */
    int has_label;           /* label_lat/label_lon differ from the reference point */
    double label_lat, label_lon;  /* where a map draws the name of a large area (a continent's
                              * area centre); == lat/lon when has_label is 0 */
    dm_place_kind_t kind;
    char country[3];         /* ISO 3166-1 alpha-2, "" when none */
    long long population;    /* 0 when unknown */
    int is_capital;          /* national capital (GeoNames PPLC) */
    int is_demonym;          /* matched through a demonym/adjective ("North Korean") */
    int is_alternate;        /* matched through an alternate name, not the main one */
    const char *name;        /* the record's name (UTF-8), lives as long as the gazetteer */
    const char *display;     /* short name for a map label ("North Korean UN mission" for
                              * the Permanent Mission of the DPRK...); == name when none */
    const char *name_ko;     /* Korean (Hangul) name, or NULL */
    const char *source;      /* "geonames:ID", "curated:ID", "naturalearth:ISO" */
    double prominence;       /* 0..1: capital > admin seat > populated place, curated */
    int is_abbrev;           /* matched through an upper-case code ("US", "DPRK", "MDL"):
                              * an extractor should require the upper case in the text */
    int is_squashed;         /* matched through the space-free variant ("hanoi" for "ha noi") */
} dmi_gaz_entry_t;

/* All records whose normalised name equals the normalised text (exact and
 * alternate names and demonyms; no fuzzy). Best prominence first. Writes at
 * most max entries, returns the number written. Leading articles are NOT
 * stripped here ("the Kremlin" does not match; "Kremlin" does). */
size_t dmi_gazetteer_match(const dm_gazetteer_t *gaz, const char *text, size_t len,
                           dmi_gaz_entry_t *out, size_t max);

/* Nonzero when some key equals the normalised text or starts with it followed
 * by a word boundary (a space in the key): drives longest match over token
 * sequences ("North" -> yes via "north korea"; "North Korea" -> yes). */
int dmi_gazetteer_has_prefix(const dm_gazetteer_t *gaz, const char *text, size_t len);

/* The national capital of a country (ISO alpha-2, "KP" -> Pyongyang): the
 * most populous GeoNames PPLC record of that country, found through a
 * per-country table of the index (no scan). 0 and *out filled, or -1 when
 * the index knows no capital for cc. */
int dmi_gazetteer_capital(const dm_gazetteer_t *gaz, const char *cc, dmi_gaz_entry_t *out);

/* The name of the record called `name` (any of its names, matched as
 * dmi_gazetteer_match does) lying within 50 km of (lat, lon), in language
 * or script `lang`: "ko" gives its Hangul name (GeoNames alternate names,
 * curated aliases, iso-codes Korean translations), "en" its display name.
 * The closest such record with a name in that language wins. NULL when
 * there is none. The string lives as long as the gazetteer. Cost: one
 * normalisation and one hash probe (meant to be called per map label). */
const char *dmi_gazetteer_name_in(const dm_gazetteer_t *gaz, const char *name, double lat, double lon,
                                  const char *lang);

/* The label anchor of the record named `name` whose source is `source` (a
 * geocoding candidate's): 1 and the anchor when that record has one apart
 * from its reference point (a continent), else 0. */
int dmi_gazetteer_label_anchor(const dm_gazetteer_t *gaz, const char *name, const char *source, double *lat,
                               double *lon);

/* Nonzero when a curated site (an embassy, a court, a summit's venue:
 * curated.tsv) lies within km of (lat, lon). Scans every record: for the few
 * names a caller is about to drop, not for every name. */
int dmi_gazetteer_site_near(const dm_gazetteer_t *gaz, double lat, double lon, double km);

/* Number of place records (entry values are < this). */
size_t dmi_gazetteer_record_count(const dm_gazetteer_t *gaz);

/* ---- index file format (written by geodata/tools/dm_gazbuild.c) -------
 *
 * Native byte order (checked through DMI_GAZ_ENDIAN); every section is
 * 8-byte aligned; all offsets are from the start of the file. Strings live
 * in the pool, NUL-terminated, UTF-8; the pool's last byte is NUL, so any
 * in-bounds offset yields a terminated string. The reader checks the header
 * (magic, version, sizes, header checksum) at open and every offset and
 * index when it follows one, so a corrupt file gives DM_ERR_DATA, never a
 * crash. */

#define DMI_GAZ_MAGIC "DMGAZIDX"
#define DMI_GAZ_VERSION 3u
#define DMI_GAZ_ENDIAN 0x01020304u
#define DMI_GAZ_CAPITALS (26u * 26u)

typedef struct {
    char magic[8];
    uint32_t version;
    uint32_t endian;
    uint32_t header_size;      /* sizeof(dmi_gaz_header_t) */
    uint32_t record_size;      /* sizeof(dmi_gaz_record_t) */
    uint32_t key_size;         /* sizeof(dmi_gaz_key_t) */
    uint32_t record_count;
    uint32_t key_count;
    uint32_t bucket_count;     /* power of two */
    uint64_t records_off;
    uint64_t keys_off;
    uint64_t buckets_off;
    uint64_t pool_off;
    uint64_t pool_size;
    uint64_t capitals_off;     /* DMI_GAZ_CAPITALS uint32: record + 1 of the capital of
                                * country (c0 - 'A') * 26 + (c1 - 'A'), 0 = none */
    uint64_t file_size;
    uint32_t data_checksum;    /* FNV-1a over bytes [header_size, file_size) */
    uint32_t header_checksum;  /* FNV-1a over the header with this field 0 */
} dmi_gaz_header_t;

/* Record flags. */
enum {
    DMI_GAZ_CAPITAL = 1u << 0,  /* national capital (PPLC) */
    DMI_GAZ_SEAT1 = 1u << 1,    /* seat of a first-level division (PPLA) */
    DMI_GAZ_SEAT2 = 1u << 2,    /* seat of a second-level division (PPLA2) */
    DMI_GAZ_CURATED = 1u << 3,  /* from curated.tsv */
    DMI_GAZ_MINOR = 1u << 4,    /* section of a city, abandoned, historical (PPLX, PPLH...) */
    DMI_GAZ_LABEL = 1u << 5     /* label_lat_e7/label_lon_e7 hold a label anchor */
};

typedef struct {
    int32_t lat_e7, lon_e7;    /* reference point, degrees x 1e7 */
    int32_t label_lat_e7, label_lon_e7;  /* label anchor (DMI_GAZ_LABEL), else 0 */
    uint32_t name;             /* pool offset: main name */
    uint32_t source;           /* pool offset: "geonames:ID" ... */
    uint32_t admin1;           /* pool offset: GeoNames admin1 code ("" when none) */
    uint32_t display;          /* pool offset: short label name ("" = use name) */
    uint32_t name_ko;          /* pool offset: Hangul name ("" when none) */
    uint32_t population;
    float prominence;          /* 0..1 */
    uint8_t kind;              /* dm_place_kind_t */
    uint8_t flags;             /* DMI_GAZ_CAPITAL ... */
    char country[2];           /* ISO alpha-2, NULs when none */
} dmi_gaz_record_t;

/* Key flags. */
enum {
    DMI_KEY_ALTERNATE = 1u << 0,
    DMI_KEY_DEMONYM = 1u << 1,
    DMI_KEY_SQUASHED = 1u << 2,
    DMI_KEY_ABBREV = 1u << 3,
    DMI_KEY_QUALIFIER = 1u << 4  /* only for "City, QUALIFIER" (US state codes) */
};

/* Sorted by (key string bytes, prominence desc); equal strings share one
 * pool offset, so a run of equal keys is a run of equal .text values. */
typedef struct {
    uint32_t text;             /* pool offset: normalised key */
    uint32_t record;
    uint32_t flags;            /* DMI_KEY_* */
} dmi_gaz_key_t;

/* Buckets: open addressing with linear probing; value = first key index of
 * a run + 1, 0 = empty; hashed with dmi_gaz_hash(key string). */
static inline uint32_t dmi_gaz_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}


/* ---- the opened index (gazetteer.c), shared with geocode.c ------------ */

struct dm_gazetteer {
    dm_context_t *ctx;
    char *path;
    const unsigned char *base;   /* the mapping */
    size_t size;
    const dmi_gaz_header_t *hdr;
    const dmi_gaz_record_t *records;
    const dmi_gaz_key_t *keys;
    const uint32_t *buckets;
    const uint32_t *capitals;    /* DMI_GAZ_CAPITALS entries */
    const char *pool;
    uint64_t pool_size;
};

/* A string of the pool, or NULL when the offset is out of bounds. */
static inline const char *dmi_gaz_string(const dm_gazetteer_t *g, uint32_t off)
{
    return off < g->pool_size ? g->pool + off : NULL;
}

/* First key of the run equal to key (NUL-terminated, normalised) and the run
 * length; 0 when absent. Returns -1 when the index is corrupt. */
int dmi_gaz_find(const dm_gazetteer_t *g, const char *key, uint32_t *first, uint32_t *count);
/* Index of the first key >= key (binary search); key_count when none.
 * Returns -1 in *corrupt when an offset is bad. */
uint32_t dmi_gaz_lower_bound(const dm_gazetteer_t *g, const char *key, int *corrupt);
/* Fill an entry from key number k; -1 when the index is corrupt. */
int dmi_gaz_entry_from_key(const dm_gazetteer_t *g, uint32_t k, dmi_gaz_entry_t *out);
/* Fill an entry from record number r (flags of the match left 0). */
int dmi_gaz_entry_from_record(const dm_gazetteer_t *g, uint32_t r, dmi_gaz_entry_t *out);
/* Report corruption through the gazetteer's context: DM_ERR_DATA
 * "PATH: corrupt (WHAT); rebuild with ...". */
dm_status_t dmi_gaz_corrupt(const dm_gazetteer_t *g, const char *what);

/* What every gazetteer error ends with. */
#define DMI_GAZ_REBUILD "rebuild with cmake --build build --target dm_gazetteer_index, or reinstall"
/* The index's path: $DIPLOMAP_GAZETTEER, else the data directory's
 * gazetteer.idx (no fall-back elsewhere). malloc'd. */
char *dmi_gazetteer_path(dm_context_t *ctx);
/* The whole file against the header's data_checksum (tens of
 * milliseconds: for dm_data_check, not every open). */
dm_status_t dmi_gazetteer_verify(const dm_gazetteer_t *g);

#endif
