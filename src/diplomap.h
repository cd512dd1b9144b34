/* diplomap: turn a news article about diplomacy into a publication-ready map.
 *
 * This is the only public header. Conventions:
 *  - Every call that can fail returns dm_status_t; the message (naming file,
 *    position and field) is kept in the dm_context_t: dm_context_last_error().
 *  - Objects have _create/_destroy (or _open/_close); destroy(NULL) is a no-op.
 *  - Option structs are filled by their _init() function first, so fields
 *    added later get defaults.
 *  - Coordinates are WGS 84 degrees; canvas units are pixels for PNG and
 *    points for SVG/PDF, origin top-left, y down.
 *  - One context per thread; objects are not shared between threads.
 */
#ifndef DIPLOMAP_H
#define DIPLOMAP_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DM_VERSION_MAJOR 0
#define DM_VERSION_MINOR 1
#define DM_VERSION_PATCH 0
#define DM_VERSION_STRING "0.1.0"

const char *dm_version(void);

/* ---- status ----------------------------------------------------------- */

typedef enum {
    DM_OK = 0,
    /* usage and invalid input (the CLI exits 2) */
    DM_ERR_USAGE = 10,         /* bad option or argument value */
    DM_ERR_INPUT,              /* malformed input: story JSON syntax, bad UTF-8 */
    DM_ERR_STORY,              /* story is well-formed JSON but invalid */
    DM_ERR_ARTICLE,            /* article is empty or not text */
    DM_ERR_LIMIT,              /* a size limit was exceeded */
    DM_ERR_PROJECTION,         /* invalid projection or extent */
    /* runtime failures (the CLI exits 1) */
    DM_ERR_NOMEM = 30,
    DM_ERR_IO,                 /* cannot read or write a file */
    DM_ERR_DATA,               /* shipped data missing or corrupt */
    DM_ERR_NOT_FOUND,          /* unknown place (geocoding) */
    DM_ERR_RENDER,             /* cairo or pango failed */
    DM_ERR_INTERNAL
} dm_status_t;

const char *dm_status_to_string(dm_status_t status);
/* True for statuses caused by the caller's input (exit code 2 in the CLI). */
int dm_status_is_input_error(dm_status_t status);

/* ---- context ---------------------------------------------------------- */

typedef struct dm_context dm_context_t;

typedef enum { DM_LOG_DEBUG, DM_LOG_INFO, DM_LOG_WARNING } dm_log_level_t;
typedef void (*dm_log_fn)(void *user_data, dm_log_level_t level, const char *message);

/* Returns NULL only when out of memory. */
dm_context_t *dm_context_create(void);
void dm_context_destroy(dm_context_t *ctx);
/* The last error message, one line, never NULL ("" when none). */
const char *dm_context_last_error(const dm_context_t *ctx);
dm_status_t dm_context_last_status(const dm_context_t *ctx);
/* Warnings (an ambiguous place, a dropped mention) go to this callback;
 * without one they are discarded. */
void dm_context_set_log(dm_context_t *ctx, dm_log_fn fn, void *user_data);
/* Directory holding the data files (basemap.dmb, gazetteer.idx). Default:
 * $DIPLOMAP_DATA, else the data of the installation (../share/diplomap) or
 * build tree (data/) this library (or program) belongs to, found relative
 * to it; no absolute path is compiled in. dm_context_data_dir returns NULL
 * when there is none, dm_context_last_error() then naming where it looked. */
dm_status_t dm_context_set_data_dir(dm_context_t *ctx, const char *dir);
const char *dm_context_data_dir(dm_context_t *ctx);
/* Called by dm_data_check() once per data file: its path, DM_OK or the
 * failure (its message is dm_context_last_error()), and when it checks,
 * its SHA-256 in hex (else NULL). */
typedef void (*dm_data_check_fn)(void *user_data, const char *path, dm_status_t status, const char *sha256);
/* Verify every data file in full (`diplomap check-data`): the basemap's
 * and the gazetteer index's structure, the index's own data checksum, and
 * each file's SHA-256 against the FILE.sha256 written beside it when it
 * was built. Reads every byte (tens of milliseconds), so opening a file
 * for a map checks only its header and offsets. Returns DM_OK when every
 * file checks, else DM_ERR_DATA with the first failure's message. */
dm_status_t dm_data_check(dm_context_t *ctx, dm_data_check_fn fn, void *user_data);

void dm_free(void *ptr);

/* Write data to path through a temporary file in the same directory and a
 * rename: on failure nothing is left behind and an existing file is kept.
 * path "-" writes to stdout. The rules of every output (docs/errors.md,
 * "Output files"): a symlink is written through to its target, which keeps
 * the link; a directory, device node, FIFO or socket at path is refused
 * (DM_ERR_USAGE); a replaced file keeps its mode, a new one gets 0666 &
 * ~umask; the temporary ".dm.XXXXXX" is short, so any valid name works. */
dm_status_t dm_file_write_atomic(dm_context_t *ctx, const char *path, const void *data, size_t len);

/* One file of a set written by dm_output_write_all(). */
typedef struct {
    const char *path;       /* "-" for standard output */
    const void *data;
    size_t len;
} dm_output_file_t;

/* Write count files all or none (a map with its alt text and layout
 * sidecar): every path is checked, every file written to its temporary,
 * then all are renamed; when any step fails none of the files appears and
 * every existing one is kept. Two paths naming one file are refused
 * (DM_ERR_USAGE). Standard output is written after every temporary is
 * complete and before the renames. */
dm_status_t dm_output_write_all(dm_context_t *ctx, const dm_output_file_t *files, size_t count);
/* Check, before the work, that path can be written under the rules above:
 * DM_ERR_USAGE for what is not a regular file, DM_ERR_IO when its directory
 * is missing or not writable. Nothing is created. */
dm_status_t dm_output_check(dm_context_t *ctx, const char *path);
/* Remove the temporary files of every output in flight, in every thread, and
 * refuse new ones. Async-signal-safe: call it from a SIGINT/SIGTERM handler
 * just before _exit(), so an interrupted program leaves nothing behind. */
void dm_output_remove_temporaries(void);

/* The longest title (the story's "title", an extraction's title option) in
 * Unicode code points; longer ones are refused with DM_ERR_LIMIT. */
#define DM_TITLE_MAX_CHARS 300

/* Copy text into out (size bytes, always terminated, cut only between
 * characters) with what a terminal could act on escaped: control
 * characters as \n, \r, \t or \xHH, bytes that are not UTF-8 as \xHH,
 * C1 controls, line separators and bidirectional overrides as \uHHHH.
 * Every message in dm_context_last_error() has been through it. Returns out. */
const char *dm_text_escape(const char *text, char *out, size_t size);

/* ---- vocabulary (docs/formats.md) ---------------------------------------- */

typedef enum {
    DM_PLACE_CITY, DM_PLACE_SITE, DM_PLACE_COUNTRY,
    DM_PLACE_REGION, DM_PLACE_LINE, DM_PLACE_AREA,
    DM_PLACE_KIND_COUNT
} dm_place_kind_t;

typedef enum {
    DM_EVENT_MEETING, DM_EVENT_TALKS, DM_EVENT_VISIT, DM_EVENT_LETTER,
    DM_EVENT_CALL, DM_EVENT_STATEMENT, DM_EVENT_BROADCAST,
    DM_EVENT_AGREEMENT, DM_EVENT_INCIDENT, DM_EVENT_OTHER,
    DM_EVENT_TYPE_COUNT
} dm_event_type_t;

typedef enum {
    DM_EVENT_HELD, DM_EVENT_PLANNED, DM_EVENT_DELIVERED, DM_EVENT_REFUSED,
    DM_EVENT_SUSPENDED, DM_EVENT_CANCELLED, DM_EVENT_FAILED, DM_EVENT_UNKNOWN,
    DM_EVENT_STATUS_COUNT
} dm_event_status_t;

const char *dm_place_kind_name(dm_place_kind_t kind);
const char *dm_event_type_name(dm_event_type_t type);
const char *dm_event_status_name(dm_event_status_t status);
/* Parse a contract name; return -1 when unknown. */
int dm_place_kind_parse(const char *name);
int dm_event_type_parse(const char *name);
int dm_event_status_parse(const char *name);

/* ---- gazetteer and geocoding ------------------------------------------ */

typedef struct dm_gazetteer dm_gazetteer_t;

/* path NULL opens the shipped index under the data directory. */
dm_status_t dm_gazetteer_open(dm_context_t *ctx, const char *path, dm_gazetteer_t **out);
void dm_gazetteer_close(dm_gazetteer_t *gaz);

/* Option structs begin with struct_size, which their _init() function sets
 * to the size the caller was compiled with: the library reads only the
 * fields that caller knew, and gives the others their defaults, so a
 * program keeps working with a later library that added fields. A struct
 * not filled by _init (struct_size 0) is read as this header's. */
typedef struct {
    size_t struct_size;    /* set by dm_geocode_options_init */
    const char *country;   /* ISO 3166-1 alpha-2 filter, or NULL */
    int has_near;          /* prefer places near (near_lat, near_lon) */
    double near_lat, near_lon;
    size_t limit;          /* most candidates returned (default 5) */
} dm_geocode_options_t;

void dm_geocode_options_init(dm_geocode_options_t *opts);

/* Strings point into the gazetteer and live as long as it is open. */
typedef struct {
    const char *name;
    double lat, lon;
    dm_place_kind_t kind;
    char country[3];        /* ISO alpha-2, "" when none */
    double score;           /* 0..1 */
    const char *source;     /* "geonames:ID", "curated:ID", "naturalearth:ISO" */
    long long population;
} dm_geocode_candidate_t;

typedef struct {
    dm_geocode_candidate_t *candidates;  /* best first */
    size_t count;
    double confidence;                   /* of candidates[0], 0..1 */
} dm_geocode_result_t;

/* DM_ERR_NOT_FOUND (message "no place matches 'Q'") when nothing matches;
 * DM_ERR_USAGE for an empty query. Free the result with _clear(). */
dm_status_t dm_geocode(dm_gazetteer_t *gaz, const char *query,
                       const dm_geocode_options_t *opts, dm_geocode_result_t *out);
void dm_geocode_result_clear(dm_geocode_result_t *result);

/* ---- story ------------------------------------------------------------ */

typedef struct dm_story dm_story_t;

typedef struct {
    size_t start, end;      /* Unicode code points in the article, end exclusive */
} dm_span_t;

/* A place as the story JSON describes it. Strings are UTF-8; pointers
 * returned by the story stay valid until it changes or is destroyed. */
typedef struct {
    const char *id;
    const char *name;
    double lat, lon;        /* label anchor for lines and areas */
    int has_coords;         /* 0 when only query is set (to be geocoded) */
    const char *query;      /* geocoding query, or NULL */
    dm_place_kind_t kind;
    const char *country;    /* ISO alpha-2 or NULL */
    double confidence;      /* 0..1 */
    const dm_span_t *mentions;
    size_t mention_count;
    const char *geometry;   /* GeoJSON geometry text, or NULL */
    const char *names;      /* names in other languages/scripts as JSON object text,
                             * {"ko": "판문점"}, or NULL (story field "names") */
} dm_place_t;

typedef struct {
    const char *id;
    dm_event_type_t type;
    const char *date;       /* YYYY, YYYY-MM or YYYY-MM-DD, or NULL */
    const char *const *places;  /* place ids; communications: [from, to] */
    size_t place_count;
    dm_event_status_t status;
    const char *const *participants;  /* ISO alpha-2 codes */
    size_t participant_count;
    const char *label;
    const dm_span_t *mentions;
    size_t mention_count;
} dm_event_t;

dm_story_t *dm_story_create(dm_context_t *ctx);
void dm_story_destroy(dm_story_t *story);

/* Load and validate a story (docs/formats.md section 1). Errors name the file
 * and line:column for syntax, the JSON path for meaning. */
dm_status_t dm_story_load_file(dm_context_t *ctx, const char *path, dm_story_t **out);
dm_status_t dm_story_load_string(dm_context_t *ctx, const char *json, size_t len,
                                 const char *name, dm_story_t **out);
/* JSON text (UTF-8, indented); free with dm_free(). */
dm_status_t dm_story_to_json(const dm_story_t *story, char **out);

const char *dm_story_title(const dm_story_t *story);
const char *dm_story_subtitle(const dm_story_t *story);
const char *dm_story_source(const dm_story_t *story);
const char *dm_story_date(const dm_story_t *story);
dm_status_t dm_story_set_title(dm_story_t *story, const char *title);
dm_status_t dm_story_set_subtitle(dm_story_t *story, const char *subtitle);
dm_status_t dm_story_set_source(dm_story_t *story, const char *source);
dm_status_t dm_story_set_date(dm_story_t *story, const char *date);

size_t dm_story_place_count(const dm_story_t *story);
const dm_place_t *dm_story_place(const dm_story_t *story, size_t index);
const dm_place_t *dm_story_find_place(const dm_story_t *story, const char *id);
size_t dm_story_event_count(const dm_story_t *story);
const dm_event_t *dm_story_event(const dm_story_t *story, size_t index);

/* Copy a place or an event into the story. The id must be new (an event's
 * places must exist already). */
dm_status_t dm_story_add_place(dm_story_t *story, const dm_place_t *place);
dm_status_t dm_story_add_event(dm_story_t *story, const dm_event_t *event);

/* Geocode every place that has a query and no coordinates. */
dm_status_t dm_story_resolve(dm_story_t *story, dm_gazetteer_t *gaz);

/* ---- extraction ------------------------------------------------------- */

typedef struct {
    size_t struct_size;     /* set by dm_extract_options_init */
    const char *date;       /* the article's date YYYY-MM-DD, overriding the text */
    const char *title;      /* map title, overriding the one derived */
    const char *source;     /* e.g. "Yonhap, 2025-06-12" */
} dm_extract_options_t;

void dm_extract_options_init(dm_extract_options_t *opts);

/* Read an article (UTF-8 text) and build its story. name is used in messages. */
dm_status_t dm_story_extract(dm_context_t *ctx, dm_gazetteer_t *gaz,
                             const char *text, size_t len, const char *name,
                             const dm_extract_options_t *opts, dm_story_t **out);
dm_status_t dm_story_extract_file(dm_context_t *ctx, dm_gazetteer_t *gaz,
                                  const char *path, const dm_extract_options_t *opts,
                                  dm_story_t **out);

/* ---- maps ------------------------------------------------------------- */

/* DM_FORMAT_HTML: one self-contained page (no network, no other file): the
 * basemap as an inline PNG, the story as SVG with real text, focusable
 * markers with tooltips, the alt text as the figure's description. */
typedef enum { DM_FORMAT_AUTO, DM_FORMAT_PNG, DM_FORMAT_SVG, DM_FORMAT_PDF, DM_FORMAT_HTML } dm_format_t;

typedef struct {
    size_t struct_size;     /* set by dm_map_options_init */
    double width, height;   /* canvas size (px for PNG, pt otherwise); default 1600x1000 */
    double scale;           /* PNG pixel density (2 = high DPI); default 1 */
    const char *projection; /* PROJ string, or NULL/"auto" */
    int has_extent;
    double extent[4];       /* W, S, E, N degrees */
    const char *inset;      /* "auto" (default) or "none" */
    const char *theme;      /* "light" (default), "dark", "print", or a theme
                             * file: a path with '/' or ending in .json
                             * (docs/formats.md section 7) */
    const char *lang;       /* "en" (default), "ko", "en+ko" */
    const char *detail;     /* basemap scale: "auto" (default: from the map's
                             * scale), "110m", "50m" or "10m" */
} dm_map_options_t;

void dm_map_options_init(dm_map_options_t *opts);

typedef struct dm_map dm_map_t;

/* Lay out a map of the story: projection, extent, frames, labels. The story
 * must be resolved (every place has coordinates). */
dm_status_t dm_map_create(dm_context_t *ctx, const dm_story_t *story,
                          const dm_map_options_t *opts, dm_map_t **out);
void dm_map_destroy(dm_map_t *map);

/* Format from the extension when fmt is DM_FORMAT_AUTO. The file is written
 * beside its target and renamed on success: a failure leaves nothing behind
 * and never modifies an existing file. path "-" writes to stdout. */
dm_status_t dm_map_write_file(dm_map_t *map, const char *path, dm_format_t fmt);
/* The layout sidecar (docs/formats.md section 2) as JSON text; dm_free() it.
 * Units follow the format last written (px, scaled, for PNG; px, unscaled,
 * for HTML; pt otherwise). */
dm_status_t dm_map_layout_json(dm_map_t *map, char **out);
dm_format_t dm_format_from_path(const char *path);
/* A plain-language description of the map for screen readers (what it
 * shows, its places and the events in date order); dm_free() it. */
dm_status_t dm_map_alt_text(dm_map_t *map, char **out);

/* ---- embedding ---------------------------------------------------------
 * Drawing into a caller's cairo context or memory, and GeoJSON in and out,
 * for programs (report generators, servers) that link libdiplomap. */

/* The same declaration as cairo.h's: include either header first. The map
 * is drawn with cairo but this header does not require cairo's. */
typedef struct _cairo cairo_t;

/* Draw the map into the caller's cairo context, into the rectangle (x, y,
 * w, h) in cr's user units. The map's canvas (opts.width x opts.height) is
 * scaled uniformly to fit the rectangle and centred in it; create the map
 * with the rectangle's aspect ratio (or its size, for 1:1 text sizes) to
 * fill it exactly. Nothing is drawn outside the rectangle. cr's state
 * (matrix, clip, source) is saved and restored; its target surface may be
 * of any type (a PDF page, an image, a recording surface). The caller keeps
 * ownership of cr.
 * Errors: DM_ERR_USAGE when map or cr is NULL or the rectangle is empty or
 * not finite; DM_ERR_RENDER when cr is already in an error state or drawing
 * puts it in one (the message carries cairo's status). */
dm_status_t dm_map_draw(dm_map_t *map, cairo_t *cr, double x, double y, double w, double h);

/* Render the map as PNG, SVG, PDF or HTML bytes in memory (the bytes a file of
 * that format written by dm_map_write_file would hold). fmt must not be
 * DM_FORMAT_AUTO. On success *data (owned by the caller, free with
 * dm_free()) holds *len bytes; on failure *data is NULL and *len 0.
 * Errors: DM_ERR_USAGE (no format, NULL arguments), DM_ERR_NOMEM,
 * DM_ERR_RENDER, DM_ERR_LIMIT (output above 2 GiB). Like a file write, it
 * sets the units of dm_map_layout_json() (px for PNG, pt otherwise). */
dm_status_t dm_map_render_to_memory(dm_map_t *map, dm_format_t fmt, unsigned char **data, size_t *len);

/* How an SVG file draws the basemap (everything but the story): "vector"
 * (the default: cairo's paths, which an editor can change) or "image" (one
 * inline PNG at the map's scale, as the HTML page does: about two thirds
 * of the bytes for a world map, the story still vector with real text).
 * Errors: DM_ERR_USAGE for another mode. */
dm_status_t dm_map_set_svg_basemap(dm_map_t *map, const char *mode);

/* The story as a GeoJSON FeatureCollection (RFC 7946, lon/lat order): one
 * Point feature per place ("role": "place"), the place's own geometry for a
 * line or area; one feature per event ("role": "event"): a LineString from
 * its first place to its second when it has two, a Point when it has one,
 * a MultiPoint when more, null geometry when none or when a place has no
 * coordinates yet. Geometry follows RFC 7946: a line crossing 180 degrees is
 * cut there into a MultiLineString, polygon rings follow the right-hand
 * rule; where that changes a place's own geometry, the feature keeps the
 * story's as the foreign member "story_geometry". Properties carry the story's fields (id, name, kind,
 * country, confidence, mentions; type, date, status, places, participants,
 * label). The story's title, subtitle, source, date and view are foreign
 * members of the collection, so dm_story_load_geojson_string() reads the
 * file back into the same story. *out is UTF-8 text, free with dm_free().
 * Errors: DM_ERR_NOMEM; DM_ERR_INTERNAL. */
dm_status_t dm_story_to_geojson(const dm_story_t *story, char **out);

/* Read a GeoJSON FeatureCollection as a story. Features with "role":
 * "place" or without a role become places: a Point gives lat/lon, a
 * (Multi)LineString or (Multi)Polygon a line or area place whose anchor is
 * properties.lat/lon or else the centre of its bounding box (a feature's
 * "story_geometry", as dm_story_to_geojson writes it, is preferred to its
 * "geometry"); the name comes
 * from properties name, title or label; a missing id is derived from the
 * name. Features with "role": "event" become events (their geometry is
 * ignored: it follows from their places). The result is validated as a
 * story (docs/formats.md section 1). name is used in messages. *out is owned
 * by the caller (dm_story_destroy()).
 * Errors: DM_ERR_INPUT (not JSON, not a FeatureCollection, a malformed
 * feature: the message names features[i]), DM_ERR_STORY (valid GeoJSON but
 * not a valid story), DM_ERR_LIMIT, DM_ERR_NOMEM. */
dm_status_t dm_story_load_geojson_string(dm_context_t *ctx, const char *text, size_t len,
                                         const char *name, dm_story_t **out);
dm_status_t dm_story_load_geojson_file(dm_context_t *ctx, const char *path, dm_story_t **out);

/* Load a story file whatever its form: a GeoJSON FeatureCollection (by the
 * .geojson extension, or a top-level "type": "FeatureCollection") or a
 * story JSON. Errors as dm_story_load_file() and the GeoJSON loader. */
dm_status_t dm_story_load_file_auto(dm_context_t *ctx, const char *path, dm_story_t **out);

#ifdef __cplusplus
}
#endif
#endif /* DIPLOMAP_H */
