/* Placeholder until the gazetteer lands (issue 3): reports that no index exists. */
#include "context-private.h"

struct dm_gazetteer { int unused; };

dm_status_t dm_gazetteer_open(dm_context_t *ctx, const char *path, dm_gazetteer_t **out)
{
    (void)path;
    *out = NULL;
    return dmi_error(ctx, DM_ERR_DATA, "gazetteer index not built");
}
void dm_gazetteer_close(dm_gazetteer_t *gaz) { (void)gaz; }
void dm_geocode_options_init(dm_geocode_options_t *o) { o->country = NULL; o->has_near = 0; o->near_lat = o->near_lon = 0; o->limit = 5; }
dm_status_t dm_geocode(dm_gazetteer_t *g, const char *q, const dm_geocode_options_t *o, dm_geocode_result_t *r)
{
    (void)g; (void)q; (void)o; (void)r;
    return DM_ERR_DATA;
}
void dm_geocode_result_clear(dm_geocode_result_t *r) { (void)r; }
