/* A plain-language description of a laid-out map for screen readers:
 * what the map shows, where, and the story's events in date order, as the
 * map draws them (frames, numbers, lines and their status). */
#include "map-private.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>

static const char *when_text(const char *date, char *buf, size_t n)
{
    static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"};
    int y = 0, m = 0, d = 0;
    int got = date ? sscanf(date, "%d-%d-%d", &y, &m, &d) : 0;
    if (got >= 3 && m >= 1 && m <= 12)
        snprintf(buf, n, "on %d %s %d", d, months[m - 1], y);
    else if (got == 2 && m >= 1 && m <= 12)
        snprintf(buf, n, "in %s %d", months[m - 1], y);
    else if (got >= 1)
        snprintf(buf, n, "in %d", y);
    else
        snprintf(buf, n, "at a date the article does not give");
    return buf;
}

static const char *region_of(const dmi_frame_t *f)
{
    double span = f->window.rmax - f->window.rmin;
    return span >= 359 ? "a world map" : span > 60 ? "a map of a large part of the world" : "a regional map";
}

dm_status_t dm_map_alt_text(dm_map_t *map, char **out)
{
    const dm_story_t *s = map->story;
    GString *t = g_string_new(NULL);
    char when[64];
    const char *title = dm_story_title(s);
    g_string_append_printf(t, "%s%s%s", title ? "Map: " : "Map", title ? title : "", title ? "." : ".");
    if (dm_story_subtitle(s))
        g_string_append_printf(t, " %s.", dm_story_subtitle(s));
    g_string_append_printf(t, " It is %s", region_of(&map->frames[0]));
    /* The places, in story order, with their countries where known. */
    size_t np = dm_story_place_count(s), listed = 0;
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (!map->has_marker[i])
            continue;
        g_string_append(t, listed == 0 ? " marking " : "; ");
        g_string_append(t, p->name);
        listed++;
    }
    g_string_append(t, ".");
    for (int i = 1; i < map->frame_count; i++) {
        g_string_append(t, map->frames[i].role == DMI_FRAME_OVERVIEW
                               ? " A small overview map, with the main map outlined, shows what lies beyond it:"
                               : " An inset enlarges the area around");
        size_t named = 0;
        for (size_t k = 0; k < np; k++)
            if (map->place_frame[k] == i) {
                g_string_append_printf(t, "%s %s", named ? ";" : "", dm_story_place(s, k)->name);
                named++;
            }
        g_string_append(t, ".");
    }
    for (size_t i = 0; i < map->pointer_count; i++)
        g_string_append_printf(t, " An arrow at the edge of the map points %s%s.",
                               strncmp(map->pointers[i].text, "to ", 3) == 0 || strncmp(map->pointers[i].text, "from ", 5) == 0
                                   ? "" : "to ", map->pointers[i].text);
    /* Events in date order. */
    size_t ne = dm_story_event_count(s);
    const size_t *order = map->event_order;
    if (ne)
        g_string_append(t, " Events, in order:");
    for (size_t j = 0; j < ne; j++) {
        if (map->event_same[order[j]] >= 0)
            continue;   /* told twice, drawn once */
        const dm_event_t *ev = dm_story_event(s, order[j]);
        const dm_place_t *a = ev->place_count > 0 ? dm_story_find_place(s, ev->places[0]) : NULL;
        const dm_place_t *b = ev->place_count > 1 ? dm_story_find_place(s, ev->places[1]) : NULL;
        const char *what = ev->label ? ev->label : dm_event_type_name(ev->type);
        g_string_append_printf(t, " %s", what);
        if (b && a->kind != DM_PLACE_LINE && b->kind != DM_PLACE_LINE &&
            (ev->type == DM_EVENT_LETTER || ev->type == DM_EVENT_CALL || ev->type == DM_EVENT_VISIT ||
             ev->type == DM_EVENT_BROADCAST))
            g_string_append_printf(t, ", from %s to %s", a->name, b->name);
        else if (a)
            g_string_append_printf(t, ", %s %s", a->kind == DM_PLACE_LINE ? "along" : "at", a->name);
        g_string_append_printf(t, ", %s", when_text(ev->date, when, sizeof when));
        if (ev->status != DM_EVENT_UNKNOWN && ev->status != DM_EVENT_HELD)
            g_string_append_printf(t, " (%s)", dm_event_status_name(ev->status));
        int num = map->event_number[order[j]];   /* one per event drawn at a place */
        if (num)
            g_string_append_printf(t, "; marker %d", num);
        else if (ev->status == DM_EVENT_REFUSED || ev->status == DM_EVENT_FAILED)
            g_string_append(t, "; drawn as a dashed arrow that stops short with a cross");
        else if (b && ev->type != DM_EVENT_BROADCAST)
            g_string_append(t, "; drawn as an arrow");
        else if (a && a->kind == DM_PLACE_LINE)
            g_string_append(t, ev->status == DM_EVENT_SUSPENDED ? "; the line is drawn dashed" : "; the line is drawn");
        g_string_append(t, ".");
    }
    const char *src = dm_story_source(s);
    if (src)
        g_string_append_printf(t, " Source: %s.", src);
    g_string_append(t, "\n");
    *out = dmi_strdup(t->str);
    g_string_free(t, TRUE);
    return *out ? DM_OK : dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
}
