/* Fuzz target: the story JSON loader (dm_story_load_string), then the
 * story writer on whatever loaded. */
#include "diplomap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dm_context_t *ctx;
    if (!ctx && !(ctx = dm_context_create()))
        abort();
    dm_story_t *story = NULL;
    if (dm_story_load_string(ctx, (const char *)data, size, "fuzz.json", &story) == DM_OK) {
        char *json = NULL;
        if (dm_story_to_json(story, &json) == DM_OK) {
            /* What the writer prints, the loader accepts. */
            dm_story_t *again = NULL;
            if (dm_story_load_string(ctx, json, strlen(json), "roundtrip.json", &again) != DM_OK)
                abort();
            dm_story_destroy(again);
        }
        dm_free(json);
    }
    dm_story_destroy(story);
    return 0;
}
