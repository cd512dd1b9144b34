/* The contract's words for place kinds, event types and statuses. */
#include "diplomap.h"

#include <string.h>

static const char *const place_kinds[DM_PLACE_KIND_COUNT] = {
    "city", "site", "country", "region", "line", "area"};
static const char *const event_types[DM_EVENT_TYPE_COUNT] = {
    "meeting", "talks", "visit", "letter", "call", "statement",
    "broadcast", "agreement", "incident", "other"};
static const char *const event_statuses[DM_EVENT_STATUS_COUNT] = {
    "held", "planned", "delivered", "refused", "suspended", "cancelled", "failed", "unknown"};

static const char *name_of(const char *const *names, int count, int value)
{
    return value >= 0 && value < count ? names[value] : "unknown";
}

static int parse(const char *const *names, int count, const char *name)
{
    if (!name)
        return -1;
    for (int i = 0; i < count; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return -1;
}

const char *dm_place_kind_name(dm_place_kind_t k) { return name_of(place_kinds, DM_PLACE_KIND_COUNT, (int)k); }
const char *dm_event_type_name(dm_event_type_t t) { return name_of(event_types, DM_EVENT_TYPE_COUNT, (int)t); }
const char *dm_event_status_name(dm_event_status_t s) { return name_of(event_statuses, DM_EVENT_STATUS_COUNT, (int)s); }
int dm_place_kind_parse(const char *n) { return parse(place_kinds, DM_PLACE_KIND_COUNT, n); }
int dm_event_type_parse(const char *n) { return parse(event_types, DM_EVENT_TYPE_COUNT, n); }
int dm_event_status_parse(const char *n) { return parse(event_statuses, DM_EVENT_STATUS_COUNT, n); }
