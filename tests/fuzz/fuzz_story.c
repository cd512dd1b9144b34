/* Fuzz target: the story loaders (dm_story_load_string and the GeoJSON
 * form, dm_story_load_geojson_string), then the writers on whatever loaded:
 * what a writer prints, its loader accepts. */
#include "diplomap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void round_trip(dm_context_t *ctx, const dm_story_t *story)
{
    char *json = NULL;
    if (dm_story_to_json(story, &json) == DM_OK) {
        dm_story_t *again = NULL;
        if (dm_story_load_string(ctx, json, strlen(json), "roundtrip.json", &again) != DM_OK)
            abort();
        dm_story_destroy(again);
    }
    dm_free(json);
    char *geojson = NULL;
    if (dm_story_to_geojson(story, &geojson) == DM_OK) {
        dm_story_t *again = NULL;
        if (dm_story_load_geojson_string(ctx, geojson, strlen(geojson), "roundtrip.geojson", &again) != DM_OK)
            abort();
        dm_story_destroy(again);
    }
    dm_free(geojson);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dm_context_t *ctx;
    if (!ctx && !(ctx = dm_context_create()))
        abort();
    dm_story_t *story = NULL;
    if (dm_story_load_string(ctx, (const char *)data, size, "fuzz.json", &story) == DM_OK)
        round_trip(ctx, story);
    dm_story_destroy(story);
    story = NULL;
    if (dm_story_load_geojson_string(ctx, (const char *)data, size, "fuzz.geojson", &story) == DM_OK)
        round_trip(ctx, story);
    dm_story_destroy(story);
    return 0;
}
