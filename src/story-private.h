/* Internal story state beyond the public accessors: the map view. */
#ifndef DM_STORY_PRIVATE_H
#define DM_STORY_PRIVATE_H

#include "diplomap.h"

/* Limits that keep hostile stories from allocating without bound. */
#define DM_STORY_MAX_PLACES 10000
#define DM_STORY_MAX_EVENTS 10000
#define DM_STORY_MAX_TEXT 1000      /* bytes in a name, label or title */
#define DM_STORY_MAX_BYTES (64u << 20)
/* What a loaded story may hold (docs/errors.md, "Limits"): far beyond any
 * real article, they keep layout and drawing work bounded on a hostile
 * story. The loaders refuse more (DM_ERR_LIMIT); the extractor keeps what
 * it writes within them so that its stories load again. */
#define DM_STORY_LIMIT_PLACES 5000
#define DM_STORY_LIMIT_EVENTS 500
#define DM_STORY_LIMIT_EVENT_PLACES 64
#define DM_STORY_LIMIT_LABEL 300    /* code points in a place's name or an event's label */

typedef struct {
    const char *projection;   /* NULL, "auto" or a PROJ string */
    int has_extent;
    double extent[4];         /* W, S, E, N degrees */
    const char *inset;        /* NULL, "auto" or "none" */
    char **focus;             /* ids of the events the main frame is about, or NULL */
    size_t focus_count;
} dmi_story_view_t;

const dmi_story_view_t *dmi_story_view(const dm_story_t *story);
/* A place's optional "label_side": the side of its marker the editor wants
 * its label on. */
typedef enum { DMI_LABEL_SIDE_AUTO, DMI_LABEL_SIDE_RIGHT, DMI_LABEL_SIDE_LEFT, DMI_LABEL_SIDE_ABOVE,
               DMI_LABEL_SIDE_BELOW } dmi_label_side_t;
dmi_label_side_t dmi_story_place_label_side(const dm_story_t *story, const char *place_id);
/* Read a story file (within DM_STORY_MAX_BYTES) and parse it with load:
 * the one place the story loaders (JSON, GeoJSON) read files. */
typedef dm_status_t (*dmi_story_loader_fn)(dm_context_t *ctx, const char *text, size_t len, const char *name,
                                           dm_story_t **out);
dm_status_t dmi_story_load_file_with(dm_context_t *ctx, const char *path, dmi_story_loader_fn load,
                                     dm_story_t **out);
/* The file the story was loaded or extracted from, or NULL. */
const char *dmi_story_file(const dm_story_t *story);
dm_status_t dmi_story_set_file(dm_story_t *story, const char *file);
/* An event's optional story fields beyond dm_event_t: "principal" (the
 * event the map is about) and "persons" (who took part, by name). */
int dmi_story_event_principal(const dm_story_t *story, size_t event);
const char *const *dmi_story_event_persons(const dm_story_t *story, size_t event, size_t *count);
dm_status_t dmi_story_set_event_extra(dm_story_t *story, size_t event, int principal, const char *const *persons,
                                      size_t count);
/* The optional "evidence" (the sentence the event comes from) and "cameo"
 * (its CAMEO code), or NULL. */
const char *dmi_story_event_evidence(const dm_story_t *story, size_t event);
const char *dmi_story_event_cameo(const dm_story_t *story, size_t event);
dm_status_t dmi_story_set_event_text(dm_story_t *story, size_t event, const char *evidence, const char *cameo);
/* A place's optional label anchor ("label_lat"/"label_lon"): where a map
 * draws a place whose lat/lon is a reference point away from the area's
 * centre (a continent's GeoNames point). 1 and the anchor, or 0 when it has
 * none (the map draws it at lat/lon). */
int dmi_story_place_anchor(const dm_story_t *story, const char *place_id, double *lat, double *lon);
dm_status_t dmi_story_set_anchor(dm_story_t *story, size_t index, double lat, double lon);
/* The story as the layout draws it: a copy whose places with a label anchor
 * stand at it. *out is NULL (and nothing is copied) when no place has one;
 * else the caller destroys it. */
dm_status_t dmi_story_for_drawing(const dm_story_t *story, dm_story_t **out);
/* Set a place's coordinates after geocoding. */
void dmi_story_set_coords(dm_story_t *story, size_t index, double lat, double lon,
                          const char *country, double confidence);

#endif
