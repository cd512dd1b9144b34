/* The layout sidecar of docs/formats.md section 2: where every element landed,
 * in output units (PNG pixels after --scale, or points). */
#include "layout/text-private.h"
#include "map-private.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>

static json_t *num(double v) { return json_real(round(v * 100) / 100); }

static json_t *rect_json(const double r[4], double k)
{
    return json_pack("[oooo]", num(r[0] * k), num(r[1] * k), num(r[2] * k), num(r[3] * k));
}

/* The text size of a style, in output units: "size" on every text element. */
static json_t *size_json(const dm_map_t *map, dmi_text_style_t style, double k)
{
    return num(dmi_text_size(map, style) * k);
}

/* What the layout placed around the frames (title, subtitle, legend,
 * credits with the source, scale bars, locator boxes and their connectors;
 * map->furniture), for the sidecar. */
static void furniture_json(dm_map_t *map, json_t *root, double k)
{
    const dmi_furniture_t *fu = &map->furniture;
    const char *title = dm_story_title(map->story), *subtitle = dm_story_subtitle(map->story);
    if (title) {
        json_object_set_new(root, "title", json_pack("{s:s, s:o, s:o}", "text", title, "bbox", rect_json(fu->title, k), "size",
                                                     size_json(map, DMI_TEXT_TITLE, k)));
    }
    if (subtitle) {
        json_object_set_new(root, "subtitle", json_pack("{s:s, s:o, s:o}", "text", subtitle, "bbox", rect_json(fu->subtitle, k),
                                                        "size", size_json(map, DMI_TEXT_SUBTITLE, k)));
    }
    const double *legend = fu->legend.rect, *credits = fu->credits;
    /* "below": in the band under the main frame (narrow canvases), not over the map */
    if (legend[2] > legend[0])
        json_object_set_new(root, "legend", json_pack("{s:o, s:o, s:b}", "rect", rect_json(legend, k), "size",
                                                      size_json(map, DMI_TEXT_SMALL, k), "below",
                                                      dmi_legend_below(map)));
    json_t *c = json_pack("{s:o, s:o}", "rect", rect_json(credits, k), "size", size_json(map, DMI_TEXT_SMALL, k));
    if (fu->has_source)   /* left of the credits, or above them in the band */
        json_object_set_new(c, "source", rect_json(fu->source, k));
    json_object_set_new(root, "credits", c);
    json_t *bars = json_array(), *locators = json_array(), *connectors = json_array();
    for (int i = 0; i < map->frame_count; i++) {
        const dmi_frame_t *f = &map->frames[i];
        if (fu->has_scale_bar[i])
            json_array_append_new(bars, json_pack("{s:s, s:o, s:o}", "frame", f->id,
                                                  "rect", rect_json(fu->scale_bars[i].box, k),
                                                  "size", size_json(map, DMI_TEXT_SMALL, k)));
        if (i && f->locator.count >= 3) {
            double loc[4] = DMI_BBOX_EMPTY;
            dmi_ring_bbox_add(&f->locator, loc);
            json_t *outline = json_array();   /* as drawn: a projected, often skewed, box */
            for (size_t v = 0; v < f->locator.count; v++)
                json_array_append_new(outline, json_pack("[oo]", num(f->locator.pts[v].x * k),
                                                         num(f->locator.pts[v].y * k)));
            json_array_append_new(locators, json_pack("{s:s, s:o, s:o}", "frame", f->id, "rect", rect_json(loc, k),
                                                      "points", outline));
        }
        /* The lines from the locator box (points[0], a corner of it) to the inset's rect (points[1]). */
        for (int c = 0; i && c < f->connector_count; c++) {
            const double *p = f->connectors[c];
            double box[4] = {fmin(p[0], p[2]), fmin(p[1], p[3]), fmax(p[0], p[2]), fmax(p[1], p[3])};
            json_array_append_new(connectors, json_pack("{s:s, s:[[oo][oo]], s:o}", "frame", f->id, "points",
                                                        num(p[0] * k), num(p[1] * k), num(p[2] * k),
                                                        num(p[3] * k), "rect", rect_json(box, k)));
        }
    }
    json_object_set_new(root, "scale_bars", bars);
    json_object_set_new(root, "locators", locators);
    json_object_set_new(root, "connectors", connectors);
}

static json_t *points_json(const dmi_ring_t *r, double k)
{
    json_t *a = json_array();
    for (size_t i = 0; i < r->count; i++)
        if (isfinite(r->pts[i].x))
            json_array_append_new(a, json_pack("[oo]", num(r->pts[i].x * k), num(r->pts[i].y * k)));
    return a;
}

dm_status_t dm_map_layout_json(dm_map_t *map, char **out)
{
    int png = map->format == DM_FORMAT_PNG || map->format == DM_FORMAT_AUTO;
    double k = png ? map->scale : 1.0;
    const dm_story_t *s = map->story;
    json_t *root = json_object();
    json_object_set_new(root, "width", num(map->width * k));
    json_object_set_new(root, "height", num(map->height * k));
    /* An HTML page's SVG is in canvas units, one CSS pixel each. */
    json_object_set_new(root, "units", json_string(png || map->format == DM_FORMAT_HTML ? "px" : "pt"));
    json_t *frames = json_array();
    for (int i = 0; i < map->frame_count; i++) {
        const dmi_frame_t *f = &map->frames[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(f->id));
        json_object_set_new(o, "rect", json_pack("[oooo]", num(f->rect[0] * k), num(f->rect[1] * k),
                                                 num(f->rect[2] * k), num(f->rect[3] * k)));
        json_object_set_new(o, "crs", json_string(f->proj.definition));
        /* Full precision: the transform must reproduce marker positions. */
        json_object_set_new(o, "transform", json_pack("[ffffff]", f->a * k, 0.0, f->c * k, 0.0, f->e * k, f->f * k));
        json_object_set_new(o, "scale", json_string(f->scale));
        if (f->outline.count >= 3) {
            /* The overview's outline of the main frame, as drawn: a name
             * written across it is checked from here. */
            json_t *outline = json_array();
            for (size_t v = 0; v < f->outline.count; v++)
                json_array_append_new(outline, json_pack("[oo]", num(f->outline.pts[v].x * k),
                                                         num(f->outline.pts[v].y * k)));
            json_object_set_new(o, "outline", outline);
        }
        json_array_append_new(frames, o);
    }
    json_object_set_new(root, "frames", frames);
    json_t *markers = json_array();
    for (size_t i = 0; i < map->marker_count; i++) {
        const dmi_marker_t *m = &map->markers[i];
        const dm_place_t *p = dm_story_place(s, m->place);
        json_t *o = json_pack("{s:s, s:s, s:o, s:o, s:f, s:f}", "place", p->id, "frame", map->frames[m->frame].id,
                              "x", num(m->x * k), "y", num(m->y * k), "lat", p->lat, "lon", p->lon);
        if (m->number)
            json_object_set_new(o, "number", json_integer(m->number));
        /* Its drawn size: the symbol's radius, and half the width of a pill or row. */
        json_object_set_new(o, "radius", num(dmi_marker_radius(map, m->number) * k));
        json_object_set_new(o, "half_width", num(dmi_marker_half_width(map, m) * k));
        if (m->number || m->count)   /* the size of its numbers */
            json_object_set_new(o, "size", size_json(map, DMI_TEXT_NUMBER, k));
        /* Every event this marker stands for, with its number, in order. */
        if (m->count) {
            json_t *nums = json_array(), *evs = json_array();
            for (int k = 0; k < m->count && k < DMI_MARKER_NUMBERS; k++) {
                json_array_append_new(nums, json_integer(m->numbers[k]));
                json_array_append_new(evs, json_string(dm_story_event(s, (size_t)m->events[k])->id));
            }
            json_object_set_new(o, "numbers", nums);
            json_object_set_new(o, "events", evs);
            json_object_set_new(o, "event_count", json_integer(m->count));
        }
        /* The places it stands for: its own, then those folded into it (a
         * venue in its city, a place its marker would overlap, a group). */
        json_t *places = json_array();
        json_array_append_new(places, json_string(p->id));
        for (size_t q = 0; q < dm_story_place_count(s); q++)
            if (q != m->place && map->named_with[q] == (int)m->place)
                json_array_append_new(places, json_string(dm_story_place(s, q)->id));
        json_object_set_new(o, "places", places);
        /* An event in a whole country: the marker is the badge before the
         * country's name, this label (an index into labels). */
        if (m->label >= 0)
            json_object_set_new(o, "label", json_integer(m->label));
        json_array_append_new(markers, o);
    }
    json_object_set_new(root, "markers", markers);
    json_t *labels = json_array();
    for (size_t i = 0; i < map->label_count; i++) {
        const dmi_label_t *l = &map->labels[i];
        /* A country's label has no place ("") when the story names the
         * country only as an event's participant. */
        char *text = dmi_text_plain_spaces(l->text);
        json_t *o = json_pack("{s:s, s:s, s:s, s:[oooo]}", "text", text ? text : l->text, "place",
                              l->place < dm_story_place_count(s) ? dm_story_place(s, l->place)->id : "",
                              "frame", map->frames[l->frame].id, "bbox", num(l->bbox[0] * k), num(l->bbox[1] * k),
                              num(l->bbox[2] * k), num(l->bbox[3] * k));
        g_free(text);
        if (l->country[0])
            json_object_set_new(o, "country", json_string(l->country));
        json_object_set_new(o, "size", size_json(map, dmi_label_text_style(l), k));
        if (l->style == 3)   /* not the story's: named to orient by */
            json_object_set_new(o, "role", json_string("neighbour"));
        if (l->has_leader)
            json_object_set_new(o, "leader", json_pack("[oooo]", num(l->leader[0] * k), num(l->leader[1] * k),
                                                       num(l->leader[2] * k), num(l->leader[3] * k)));
        json_array_append_new(labels, o);
    }
    json_object_set_new(root, "labels", labels);
    /* The story's places whose names found no room (context: a plain
     * dot, with its dot, or a line's, an area's or a country's name). */
    json_t *dropped = json_array();
    for (size_t i = 0; i < dm_story_place_count(s); i++)
        if (map->label_dropped[i])
            json_array_append_new(dropped, json_string(dm_story_place(s, i)->id));
    json_object_set_new(root, "dropped_labels", dropped);
    /* The story's countries as each frame shows them. */
    json_t *countries = json_array();
    for (size_t i = 0; i < map->country_view_count; i++) {
        const dmi_country_view_t *v = &map->country_views[i];
        json_array_append_new(countries,
                              json_pack("{s:s, s:s, s:o, s:o, s:b}", "country", v->code, "frame",
                                        map->frames[v->frame].id, "visible",
                                        json_real(round(v->visible * 10000) / 10000), "land",
                                        json_pack("[oooo]", num(v->land[0] * k), num(v->land[1] * k),
                                                  num(v->land[2] * k), num(v->land[3] * k)),
                                        "labelled", v->labelled));
    }
    json_object_set_new(root, "countries", countries);
    json_t *lines = json_array();
    for (size_t i = 0; i < map->line_count; i++) {
        const dmi_line_t *l = &map->lines[i];
        const dm_event_t *ev = dm_story_event(s, l->event);
        json_array_append_new(lines, json_pack("{s:s, s:s, s:s, s:s, s:o}", "event", ev->id, "frame",
                                               map->frames[l->frame].id, "type", dm_event_type_name(ev->type),
                                               "status", dm_event_status_name(ev->status), "points",
                                               points_json(&l->points, k)));
    }
    json_object_set_new(root, "lines", lines);
    json_t *features = json_array();
    for (size_t i = 0; i < map->feature_count; i++) {
        const dmi_feature_t *f = &map->features[i];
        for (size_t r = 0; r < f->shape.count; r++)
            json_array_append_new(features, json_pack("{s:s, s:s, s:s, s:s, s:o}", "place", dm_story_place(s, f->place)->id,
                                                      "frame", map->frames[f->frame].id, "kind",
                                                      f->is_area ? "area" : "line", "status",
                                                      dm_event_status_name(f->status), "points",
                                                      points_json(&f->shape.rings[r], k)));
    }
    json_object_set_new(root, "features", features);
    json_t *pointers = json_array();
    for (size_t i = 0; i < map->pointer_count; i++) {
        const dmi_pointer_t *pt = &map->pointers[i];
        json_array_append_new(pointers,
                              json_pack("{s:s, s:s, s:s, s:o, s:o, s:s, s:[oooo]}", "place",
                                        dm_story_place(s, pt->place)->id, "event", dm_story_event(s, pt->event)->id,
                                        "frame", map->frames[pt->frame].id, "x", num(pt->x * k), "y", num(pt->y * k),
                                        "text", pt->text, "bbox", num(pt->bbox[0] * k), num(pt->bbox[1] * k),
                                        num(pt->bbox[2] * k), num(pt->bbox[3] * k)));
        json_object_set_new(json_array_get(pointers, json_array_size(pointers) - 1), "size",
                            size_json(map, DMI_TEXT_LABEL, k));
    }
    json_object_set_new(root, "pointers", pointers);
    /* The numbers in date order, one per event drawn at a place, and the
     * events told twice that are drawn once. */
    json_t *events = json_array();
    for (size_t j = 0; j < dm_story_event_count(s); j++) {
        size_t ei = map->event_order[j];
        json_t *o = json_pack("{s:s}", "event", dm_story_event(s, ei)->id);
        if (map->event_number[ei])
            json_object_set_new(o, "number", json_integer(map->event_number[ei]));
        if (map->event_same[ei] >= 0)
            json_object_set_new(o, "same_as", json_string(dm_story_event(s, (size_t)map->event_same[ei])->id));
        if ((int)ei == map->principal)
            json_object_set_new(o, "principal", json_true());
        json_array_append_new(events, o);
    }
    json_object_set_new(root, "events", events);
    furniture_json(map, root, k);
    *out = json_dumps(root, JSON_INDENT(1) | JSON_REAL_PRECISION(12));
    json_decref(root);
    return *out ? DM_OK : dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
}
