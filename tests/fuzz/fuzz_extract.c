/* Fuzz target: the article extractor (dm_story_extract) on raw bytes, with
 * the shipped gazetteer, then the story writer. The first byte, when it is
 * a digit, picks an article date override so relative-date paths run. */
#include "diplomap.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dm_context_t *ctx;
    static dm_gazetteer_t *gaz;
    if (!ctx && !(ctx = dm_context_create()))
        abort();
    if (!gaz && dm_gazetteer_open(ctx, NULL, &gaz) != DM_OK)
        abort(); /* the fuzz build needs the built index (or $DIPLOMAP_GAZETTEER) */
    dm_extract_options_t opts;
    dm_extract_options_init(&opts);
    if (size > 0 && data[0] >= '0' && data[0] <= '3') {
        static const char *const dates[] = {"2025-06-12", "2000-02-29", "1999-12-31", "2025-01-01"};
        opts.date = dates[data[0] - '0'];
        data++;
        size--;
    }
    dm_story_t *story = NULL;
    if (dm_story_extract(ctx, gaz, (const char *)data, size, "fuzz.txt", &opts, &story) == DM_OK) {
        char *json = NULL;
        if (dm_story_to_json(story, &json) != DM_OK)
            abort();
        dm_free(json);
    }
    dm_story_destroy(story);
    return 0;
}
