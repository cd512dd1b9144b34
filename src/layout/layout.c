/* Layout, the stage's entry: dm_map_create() turns a resolved story into a
 * laid-out map (frames, projected basemap, features, event lines, markers,
 * pointers, legend and credits; labels last, by labels.c, which needs font
 * metrics; then the scale bars), and dm_map_destroy() frees it.
 *
 * Takes: a story and map options. Gives: a dm_map_t in canvas units that the
 * renderers draw without deciding anything. Never: draws, or reads the
 * article. The steps live beside it: frame.c (projection, extent, window),
 * focus.c (what the main frame is about), insets.c (insets and overview),
 * markers.c (event order, markers, lines), pointers.c (edge pointers),
 * legend.c and furniture.c (legend, title, credits, scale bars), labels.c
 * (label placement), text.c (text measurement). */
#include "layout-private.h"
#include "lines-private.h"

#include <glib-object.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Degrees: north at a marker of an automatic map tilted past this reads
 * as land turned or on its side (frame.c, dmi_steepest_north_tilt): 34
 * to 63 degrees on three real-news dev stories and a geoparsing text, 16
 * at most on the others. */
#define TILT_MAX 25.0

void dm_map_options_init(dm_map_options_t *o)
{
    memset(o, 0, sizeof *o);
    o->struct_size = sizeof *o;
    o->width = 1600;
    o->height = 1000;
    o->scale = 1;
    o->inset = "auto";
    o->theme = "light";
    o->lang = "en";
    o->detail = "auto";
}

static dm_status_t check_options(dm_context_t *ctx, const dm_map_options_t *o)
{
    if (!(o->width >= 100 && o->width <= DM_MAX_CANVAS) || !(o->height >= 100 && o->height <= DM_MAX_CANVAS))
        return dmi_error(ctx, DM_ERR_LIMIT, "canvas size %gx%g is outside 100..%g per side", o->width, o->height, DM_MAX_CANVAS);
    if (!(o->scale >= 0.25 && o->scale <= 8))
        return dmi_error(ctx, DM_ERR_LIMIT, "scale %g is outside 0.25..8", o->scale);
    if (o->width * o->scale * o->height * o->scale > DM_MAX_MEGAPIXELS * 1e6)
        return dmi_error(ctx, DM_ERR_LIMIT, "canvas of %.0f megapixels exceeds the limit of %.0f",
                         o->width * o->scale * o->height * o->scale / 1e6, DM_MAX_MEGAPIXELS);
    if (o->inset && strcmp(o->inset, "auto") != 0 && strcmp(o->inset, "none") != 0)
        return dmi_error(ctx, DM_ERR_USAGE, "inset '%s' is not auto or none", o->inset);
    if (o->detail && strcmp(o->detail, "auto") != 0 && strcmp(o->detail, "110m") != 0 &&
        strcmp(o->detail, "50m") != 0 && strcmp(o->detail, "10m") != 0)
        return dmi_error(ctx, DM_ERR_USAGE, "detail '%s' is not auto, 110m, 50m or 10m", o->detail);
    if (!dmi_theme_is_file(o->theme) && !dmi_theme_find(o->theme))
        return dmi_error(ctx, DM_ERR_USAGE, "theme '%s' is not light, dark or print (or a theme file: a path with / or ending in .json)", o->theme);
    if (o->lang && strcmp(o->lang, "en") != 0 && strcmp(o->lang, "ko") != 0 && strcmp(o->lang, "en+ko") != 0)
        return dmi_error(ctx, DM_ERR_USAGE, "language '%s' is not en, ko or en+ko", o->lang);
    if (o->has_extent) {
        const double *x = o->extent;
        if (!(x[0] >= -180 && x[0] <= 180 && x[2] >= -180 && x[2] <= 180 && x[1] >= -90 && x[3] <= 90 && x[1] < x[3]))
            return dmi_error(ctx, DM_ERR_PROJECTION, "extent %g,%g,%g,%g is not W,S,E,N degrees with S < N", x[0], x[1], x[2], x[3]);
    }
    return DM_OK;
}

void dm_map_destroy(dm_map_t *map)
{
    if (!map)
        return;
    for (int i = 0; i < map->frame_count; i++) {
        dmi_frame_t *f = &map->frames[i];
        dmi_projection_destroy(&f->proj);
        dmi_shape_free(&f->sphere);
        for (size_t k = 0; k < f->country_count; k++)
            dmi_shape_free(&f->countries[k]);
        free(f->countries);
        free(f->country_tint);
        free(f->country_code);
        dmi_shape_free(&f->borders);
        dmi_shape_free(&f->coast);
        dmi_shape_free(&f->detail_borders);
        dmi_shape_free(&f->lakes);
        dmi_shape_free(&f->admin1);
        dmi_ring_free(&f->locator);
        dmi_ring_free(&f->outline);
    }
    free(map->place_frame);
    free(map->far);
    free(map->named_with);
    free(map->has_marker);
    free(map->label_dropped);
    free(map->grouped);
    free(map->event_order);
    free(map->event_number);
    free(map->event_same);
    for (size_t i = 0; i < map->pointer_count; i++)
        free(map->pointers[i].text);
    free(map->pointers);
    free(map->country_views);
    for (size_t i = 0; map->shapes && i < dm_story_place_count(map->story); i++)
        dmi_shape_free(&map->shapes[i]);
    free(map->shapes);
    free(map->shape_is_area);
    free(map->shape_osm);
    dmi_theme_destroy(map->theme_file);
    dmi_basemap_close(map->basemap);
    for (size_t i = 0; i < map->label_count; i++)
        free(map->labels[i].text);
    for (size_t i = 0; i < map->line_count; i++)
        dmi_ring_free(&map->lines[i].points);
    for (size_t i = 0; i < map->feature_count; i++)
        dmi_shape_free(&map->features[i].shape);
    free(map->markers);
    free(map->labels);
    free(map->lines);
    free(map->features);
    dm_story_destroy(map->drawn_story);
    free(map);
}

/* Which places are drawn as points: cities and sites, and any place where
 * something happened (talks "in Qatar" put a marker on Qatar, drawn as the
 * badge before the country's name, labels.c), but a region beyond any one
 * country: an event in "the Middle East" has no spot on the map, and its
 * legend row no number (a state or province keeps its point). */
static void mark_points(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        dm_place_kind_t k = dm_story_place(s, i)->kind;
        map->has_marker[i] = k == DM_PLACE_CITY || k == DM_PLACE_SITE;
    }
    for (size_t i = 0; i < dm_story_event_count(s); i++) {
        const dm_event_t *ev = dm_story_event(s, i);
        if (drawn_as_line(s, ev) || ev->place_count == 0)
            continue;
        /* The venue is the first place; later ones (the country a
         * broadcast was aimed at) are context. */
        int pi = place_index(s, ev->places[0]);
        /* An area drawn as a shape shows its event; one known only by its
         * anchor (a sea: "missiles into the Yellow Sea") needs a marker. */
        const dm_place_t *vp = pi >= 0 ? dm_story_place(s, (size_t)pi) : NULL;
        if (vp && vp->kind != DM_PLACE_LINE && !is_wide_region(vp) &&
            !(vp->kind == DM_PLACE_AREA && vp->geometry))
            map->has_marker[pi] = 1;
    }
}

/* Does the laid-out map show anything of the story: a marker, a point of
 * a line or area place, or a place's anchor (a country or region is shown
 * by its tint and label) inside the main frame or an inset? An extent or
 * projection can leave every place outside, and a blank map is no answer. */
static int shows_story(const dm_map_t *map)
{
    /* An edge pointer names a place outside the frame and shows its way. */
    if (map->marker_count > 0 || map->pointer_count > 0)
        return 1;
    for (size_t j = 0; j < map->feature_count; j++) {
        const dmi_feature_t *feat = &map->features[j];
        const dmi_frame_t *f = &map->frames[feat->frame];
        for (size_t r = 0; r < feat->shape.count; r++)
            for (size_t k = 0; k < feat->shape.rings[r].count; k++) {
                dmi_xy_t pt = feat->shape.rings[r].pts[k];
                if (pt.x >= f->rect[0] && pt.x <= f->rect[2] && pt.y >= f->rect[1] && pt.y <= f->rect[3])
                    return 1;
            }
    }
    for (int fi = 0; fi < map->frame_count; fi++) {
        const dmi_frame_t *f = &map->frames[fi];
        for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
            const dm_place_t *p = dm_story_place(map->story, i);
            double e, n, x, y;
            if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
                continue;
            dmi_frame_to_canvas(f, e, n, &x, &y);
            if (x >= f->rect[0] && x <= f->rect[2] && y >= f->rect[1] && y <= f->rect[3])
                return 1;
        }
    }
    return 0;
}

/* Everything a frame shows: basemap, story lines and areas, event lines
 * and markers. The frame's rect and transform are already set. */
static dm_status_t build_frame(dm_map_t *map, int fi)
{
    const dm_story_t *story = map->story;
    dmi_frame_t *f = &map->frames[fi];
    dm_status_t st;
    dmi_compute_window(f);
    dmi_choose_scale(map, f);
    /* Only pseudo-cylindrical world maps have an outline worth drawing;
     * elsewhere the ocean fills the frame. */
    if (f->window.rmax - f->window.rmin >= 359 && dmi_is_world_projection(f) && (st = dmi_add_sphere(map, f)))
        return st;
    if ((st = dmi_basemap_load(map, f)))
        return st;
    /* Markers first: event lines bow around those in their way. */
    if ((st = dmi_add_markers(map, fi)))
        return st;
    size_t first_feature = map->feature_count;
    for (size_t i = 0; i < dm_story_place_count(story); i++) {
        const dm_place_t *p = dm_story_place(story, i);
        (void)p;
        if (map->shapes[i].count && (st = dmi_add_feature(map, i, fi)))
            return st;
    }
    for (size_t i = 0; i < dm_story_event_count(story); i++) {
        const dm_event_t *ev = dm_story_event(story, i);
        /* A broadcast along a line place is drawn as that line's status. */
        for (size_t k = 0; k < ev->place_count; k++) {
            int pi = place_index(story, ev->places[k]);
            for (size_t j = first_feature; j < map->feature_count; j++)
                if (pi >= 0 && map->features[j].place == (size_t)pi && ev->type == DM_EVENT_BROADCAST)
                    map->features[j].status = ev->status;
        }
        if (!is_connection(ev->type) || map->event_same[i] >= 0)
            continue;
        for (size_t k = 0; k + 1 < ev->place_count; k++) {
            int ia = place_index(story, ev->places[k]), ib = place_index(story, ev->places[k + 1]);
            const dm_place_t *a = dm_story_place(story, (size_t)ia), *b = dm_story_place(story, (size_t)ib);
            if (a->kind == DM_PLACE_LINE || b->kind == DM_PLACE_LINE)
                continue;
            int fa = map->place_frame[ia], fb = map->place_frame[ib];
            /* The main map leaves a connection inside one inset to it; an
             * inset draws the connections that touch its places. */
            if (fi == 0 ? (fa && fa == fb) : (fa != fi && fb != fi))
                continue;
            if ((st = dmi_add_event_line(map, i, (size_t)ia, (size_t)ib, fi)))
                return st;
        }
    }
    return DM_OK;
}

/* A place the main frame's projection cannot show (beyond an orthographic
 * horizon, outside a conic's domain) and drawn in no frame is dropped from
 * the map: a warning names them, so an exit status of 0 does not hide it. */
static void warn_unprojectable(const dm_map_t *map)
{
    const dmi_frame_t *f = &map->frames[0];
    size_t dropped = 0;
    char names[256] = "";
    for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
        const dm_place_t *p = dm_story_place(map->story, i);
        double e, n;
        if (!map->has_marker[i] || !dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            continue;
        int drawn = 0;
        for (size_t k = 0; k < map->marker_count && !drawn; k++)
            drawn = map->markers[k].place == i;
        if (drawn)
            continue;
        size_t len = strlen(names);
        if (dropped < 5)
            snprintf(names + len, sizeof names - len, "%s%s", dropped ? ", " : "", p->name);
        else if (dropped == 5)
            snprintf(names + len, sizeof names - len, ", ...");
        dropped++;
    }
    if (dropped)
        dmi_log(map->ctx, DM_LOG_WARNING, "%zu place%s dropped, outside projection '%s': %s", dropped,
                dropped == 1 ? "" : "s", f->proj.definition, names);
}

static dm_status_t lay_out(dm_context_t *ctx, const dm_story_t *story, const dm_map_options_t *opts, int group,
                           dm_map_t **out)
{
    *out = NULL;
    void *warm = NULL;
    dm_map_options_t defaults;
    dm_map_options_init(&defaults);
    opts = dmi_options_adopt(opts, &defaults, sizeof defaults);
    dm_status_t st = check_options(ctx, opts);
    if (st)
        return st;
    size_t np = dm_story_place_count(story);
    /* A map of nothing helps nobody: say so rather than draw an empty world. */
    if (np == 0)
        return dmi_error(ctx, DM_ERR_STORY, "%s: no places to map (the story or article names none)",
                         dmi_story_file(story) ? dmi_story_file(story) : "story");
    for (size_t i = 0; i < np; i++)
        if (!dm_story_place(story, i)->has_coords)
            return dmi_error(ctx, DM_ERR_STORY, "places[%zu] '%s' has no coordinates (geocode the story first)",
                             i, dm_story_place(story, i)->id);
    dm_map_t *map = calloc(1, sizeof *map);
    /* Room for every place, or for the 3x3 grid an extent is sampled on,
     * whichever is more: a story of few places with an extent needs 9. */
    size_t nsample = np > 9 ? np : 9;
    double *lat = dmi_calloc(nsample, sizeof *lat), *lon = dmi_calloc(nsample, sizeof *lon);
    char *auto_proj = NULL;
    if (!map || !lat || !lon) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    map->ctx = ctx;
    map->story = story;
    map->principal = -1;
    map->group = group;
    map->width = opts->width;
    map->height = opts->height;
    map->scale = opts->scale;
    map->theme = dmi_theme_find(opts->theme);
    if (dmi_theme_is_file(opts->theme)) {
        if ((st = dmi_theme_load(ctx, opts->theme, &map->theme_file)) != DM_OK)
            goto out;
        map->theme = map->theme_file;
    }
    if (opts->detail && strcmp(opts->detail, "auto") != 0)
        map->detail = strcmp(opts->detail, "110m") == 0 ? "110m" : strcmp(opts->detail, "50m") == 0 ? "50m" : "10m";
    map->lang = !opts->lang || strcmp(opts->lang, "en") == 0 ? 0 : strcmp(opts->lang, "ko") == 0 ? 1 : 2;
    map->font_size = fmin(fmax(fmin(opts->width, opts->height) * 0.016, 9), 48);
    const dmi_story_view_t *view = dmi_story_view(story);
    const char *projection = opts->projection;
    if (!projection || strcmp(projection, "auto") == 0)
        projection = view->projection;
    int auto_projection = !projection || strcmp(projection, "auto") == 0;
    size_t ctxn = 0;   /* places that are not countries or regions: the first projection's */
    if (auto_projection) {
        size_t n = 0;
        for (size_t i = 0; i < np; i++)
            if (!is_context_kind(dm_story_place(story, i)->kind))
                ctxn++;
        for (size_t i = 0; i < np; i++) {
            const dm_place_t *p = dm_story_place(story, i);
            if (ctxn && is_context_kind(p->kind))
                continue;
            lat[n] = p->lat;
            lon[n++] = p->lon;
        }
        if (opts->has_extent || view->has_extent) {
            const double *x = opts->has_extent ? opts->extent : view->extent;
            double e = x[2] <= x[0] ? x[2] + 360 : x[2];
            n = 0;
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++) {
                    lat[n] = x[1] + (x[3] - x[1]) * j / 2;
                    lon[n++] = x[0] + (e - x[0]) * i / 2;
                }
        }
        if (!(projection = auto_proj = dmi_projection_auto(lat, lon, n))) {
            st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    if (!(map->place_frame = dmi_calloc(np, sizeof *map->place_frame)) ||
        !(map->far = dmi_calloc(np, sizeof *map->far)) ||
        !(map->named_with = dmi_calloc(np, sizeof *map->named_with)) ||
        !(map->shapes = dmi_calloc(np, sizeof *map->shapes)) ||
        !(map->has_marker = dmi_calloc(np, sizeof *map->has_marker)) ||
        !(map->label_dropped = dmi_calloc(np + 1, sizeof *map->label_dropped)) ||
        !(map->shape_is_area = dmi_calloc(np, sizeof *map->shape_is_area)) ||
        !(map->shape_osm = dmi_calloc(np, sizeof *map->shape_osm))) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < np; i++)
        map->named_with[i] = -1;
    if ((st = dmi_basemap_open(ctx, &map->basemap)))
        goto out;
    mark_points(map);
    if (dmi_order_events(map)) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    dmi_number_events(map);
    /* Countries and regions frame the map with the rest when they are all
     * it has, or when no event has a marker or a line. */
    int events_drawn = 0, only_context = 1;
    for (size_t j = 0; j < dm_story_event_count(story); j++) {
        const dm_event_t *ev = dm_story_event(story, j);
        int pi = ev->place_count ? place_index(story, ev->places[0]) : -1;
        events_drawn |= drawn_as_line(story, ev) || (map->event_number[j] && pi >= 0 && map->has_marker[pi]);
    }
    for (size_t i = 0; i < np; i++)
        only_context &= is_context_kind(dm_story_place(story, i)->kind);
    map->context_frames = only_context || !events_drawn;
    /* Lines and areas: their GeoJSON, or for a line named without one, the
     * gazetteer's line of that name (src/places/lines.c). The gazetteer's
     * lines are OpenStreetMap's, and extraction copies them into the story:
     * a line named as one of them is credited wherever it is drawn (an
     * edited copy credited too is the safe side of the licence). */
    for (size_t i = 0; i < np; i++) {
        const dm_place_t *p = dm_story_place(story, i);
        if (p->kind != DM_PLACE_LINE && p->kind != DM_PLACE_AREA)
            continue;
        char *shipped = p->kind == DM_PLACE_LINE ? dmi_place_line_geojson(ctx, p->name) : NULL;
        int is_area = 0, bad = 0;
        if (shipped)
            map->shape_osm[i] = DMI_OSM_KOREA;
        if (p->geometry)
            bad = dmi_shape_from_geojson(p->geometry, &map->shapes[i], &map->shape_is_area[i]);
        else if (shipped)
            dmi_shape_from_geojson(shipped, &map->shapes[i], &is_area);
        free(shipped);
        if (bad) {
            st = dmi_error(ctx, DM_ERR_STORY, "places[%zu].geometry: not a valid GeoJSON geometry", i);
            goto out;
        }
    }
    dmi_frame_t *f = &map->frames[0];
    map->frame_count = 1;
    snprintf(f->id, sizeof f->id, "main");
    f->role = DMI_FRAME_MAIN;
    map->title_height = dmi_title_height(map);
    f->rect[0] = 0;
    f->rect[1] = map->title_height;
    f->rect[2] = map->width;
    /* A narrow canvas keeps its size: the frame leaves a band at the
     * bottom for the legend and the credits, when the map keeps a third of
     * the canvas's height and is at most 2.5 times as wide as high (a
     * wider frame of an azimuthal projection reaches past the world's edge,
     * where the basemap's land turns inside out). */
    map->legend_below = dmi_narrow(map);
    double band = dmi_furniture_band_height(map), left = map->height - map->title_height - band;
    if (band <= 0 || left < map->height / 3 || map->width > left * 2.5)
        map->legend_below = 0, band = 0;
    f->rect[3] = map->height - band;
    /* The map's size, and so its font sizes, are set: warm the fonts up
     * on a thread while PROJ loads and the basemap is read. */
    if (!ctx->font_map)
        warm = dmi_text_warm_start(map);
    if ((st = dmi_projection_create(ctx, projection, &f->proj)))
        goto out;
    const double *user_extent = opts->has_extent ? opts->extent : view->has_extent ? view->extent : NULL;
    /* Focus: the places the main frame leaves out. The automatic
     * projection is chosen again for the places kept (and for the
     * countries too, when they frame the map: map->context_frames). */
    if ((dmi_choose_focus(map, f, user_extent) || (map->context_frames && ctxn)) && auto_projection && !user_extent) {
        size_t n = 0, kept = 0;   /* places kept that are not countries or regions */
        for (size_t i = 0; i < np; i++)
            if (!map->far[i] && !is_context_place(map, i))
                kept++;
        /* With no city or site kept, the countries with a marker (a visit
         * "to Ukraine"), not every country named: the frame shows those
         * (frame.c), and a projection centred between them and a far
         * country named in passing would turn the map on its side. */
        size_t marked = 0;
        for (size_t i = 0; i < np; i++)
            marked += !map->far[i] && is_context_place(map, i) && map->has_marker[i];
        for (size_t i = 0; i < np; i++) {
            const dm_place_t *p = dm_story_place(story, i);
            if (map->far[i] || (kept && !map->context_frames && is_context_place(map, i)) ||
                (!kept && marked && !map->context_frames && !map->has_marker[i]))
                continue;
            lat[n] = p->lat;
            lon[n++] = p->lon;
        }
        if ((st = dmi_reproject(ctx, f, dmi_projection_auto(lat, lon, n), &auto_proj)))
            goto out;
        projection = auto_proj;
    }
    bbox_t extent = {.empty = 1};
    for (int attempt = 0;; attempt++) {
        extent = (bbox_t){.empty = 1};
        if ((st = dmi_frame_extent(map, f, user_extent, &extent)))
            goto out;
        dmi_fit_transform(f, extent);
        if (!user_extent) {
            dmi_show_host_countries(map, f, &extent);
            dmi_leave_room_for_legend(map, f, &extent);
            /* then the principal's place away from the edges, its row
             * and name off them, and the legend's room again when that
             * moved the frame */
            int moved = dmi_centre_principal(map, f, &extent);
            if (dmi_keep_principal_clear(map, f, &extent, &warm) || moved)
                dmi_leave_room_for_legend(map, f, &extent);
        }
        if (!user_extent)
            dmi_keep_inside_world(f);
        else
            dmi_mark_outside(map);
        if (attempt > 0 || !auto_projection || user_extent)
            break;
        double tilt = dmi_steepest_north_tilt(map, f);
        /* A conic or Mercator frame chosen with a place it does not show
         * (a close-up of Washington whose projection was centred toward
         * the Arctic Ocean the story names) turns its land by the
         * longitude between them: chosen again for the places it shows. */
        if (tilt > TILT_MAX && strncmp(projection, "+proj=laea", 10) != 0 && !dmi_is_world_projection(f)) {
            size_t n = 0;
            for (size_t i = 0; i < np; i++) {
                const dm_place_t *p = dm_story_place(story, i);
                double e, no, x, y;
                if (map->far[i] || dmi_project_point(&f->proj, p->lon, p->lat, &e, &no))
                    continue;
                dmi_frame_to_canvas(f, e, no, &x, &y);
                if (x >= f->rect[0] && x <= f->rect[2] && y >= f->rect[1] && y <= f->rect[3]) {
                    lat[n] = p->lat;
                    lon[n++] = p->lon;
                }
            }
            if (n == 0)
                break;
            if ((st = dmi_reproject(ctx, f, dmi_projection_auto(lat, lon, n), &auto_proj)))
                goto out;
            projection = auto_proj;
            continue;
        }
        /* An automatic azimuthal map whose frame, stretched to a wide
         * canvas, reaches past the hemisphere it was chosen for would show
         * the world's rim, where land around the antipode turns inside out;
         * one that tilts a marker's north by more than TILT_MAX turns the
         * land there on its side (frame.c): the equal-area world projection
         * on the same meridian instead. */
        if (strncmp(projection, "+proj=laea", 10) != 0 || (!dmi_reaches_past_hemisphere(f) && tilt <= TILT_MAX))
            break;
        char world[128];
        snprintf(world, sizeof world, "+proj=eqearth +lon_0=%g +datum=WGS84 +units=m +no_defs", f->proj.lon_0);
        if ((st = dmi_reproject(ctx, f, dmi_strdup(world), &auto_proj)))
            goto out;
        projection = auto_proj;
    }
    /* A cropped world map shorter than its frame is zoomed to fill it,
     * then what focus left out but the fitted frame shows is drawn there. */
    if (!user_extent) {
        dmi_fill_world_height(map, f);
        dmi_bring_back_shown(map, f);
    }
    if (group && (st = dmi_group_by_country(map)))
        goto out;
    const char *inset = opts->inset && strcmp(opts->inset, "auto") != 0 ? opts->inset : view->inset;
    if ((!inset || strcmp(inset, "none") != 0) && (st = dmi_plan_insets(map)))
        goto out;
    if (!user_extent)
        dmi_stack_insets(map);
    /* Only a map with no inset: the insets were placed where the world left
     * paper, and tied to their places by connectors (frame.c). The frame
     * shows the same whole world either way: what is drawn stays. */
    if (!user_extent && map->frame_count == 1)
        dmi_hang_world_from_title(f);
    if ((!inset || strcmp(inset, "none") != 0) && (st = dmi_plan_overview(map)))
        goto out;
    for (int i = 0; i < map->frame_count; i++)
        if ((st = build_frame(map, i)))
            goto out;
    if ((st = dmi_add_pointers(map)))
        goto out;
    if (!shows_story(map)) {
        if (user_extent)
            st = dmi_error(ctx, DM_ERR_RENDER, "no place of the story lies inside the extent %g,%g,%g,%g",
                           user_extent[0], user_extent[1], user_extent[2], user_extent[3]);
        else
            st = dmi_error(ctx, DM_ERR_RENDER, "no place of the story can be shown in projection '%s'",
                           f->proj.definition);
        goto out;
    }
    warn_unprojectable(map);
    dmi_text_warm_join(warm);
    warm = NULL;
    dmi_furniture_place(map);
    if ((st = dmi_labels_place(map)))
        goto out;
    dmi_scale_bars_place(map);
    *out = map;
    map = NULL;
out:
    dmi_text_warm_join(warm);   /* before the map (and its fonts) go */
    dm_map_destroy(map);
    free(lat);
    free(lon);
    free(auto_proj);
    return st;
}

/* A map too dense to name every place clear of the others (a list of
 * visits to fifty countries) is laid out again with the places of each
 * country grouped on one marker, labelled by the country and carrying
 * all their numbers; the second layout is kept when it has fewer than half
 * as many crowded labels (grouping hides places: it has to pay). */
dm_status_t dm_map_create(dm_context_t *ctx, const dm_story_t *story, const dm_map_options_t *opts,
                          dm_map_t **out)
{
    /* A place whose lat/lon is a reference point away from its area's
     * centre (a continent's GeoNames point) is drawn at its label anchor:
     * the layout works on a copy of the story that puts it there. */
    dm_story_t *drawn = NULL;
    *out = NULL;
    dm_status_t st = dmi_story_for_drawing(story, &drawn);
    if (st)
        return st;
    if (drawn)
        story = drawn;
    st = lay_out(ctx, story, opts, 0, out);
    if (st) {
        dm_story_destroy(drawn);
        return st;
    }
    (*out)->drawn_story = drawn;
    if ((*out)->crowded == 0)
        return st;
    /* What the first layout logged (places outside the projection, a
     * text no font draws) is not said twice. */
    dm_map_t *grouped = NULL;
    dm_log_fn log_fn = ctx->log_fn;
    ctx->log_fn = NULL;
    st = lay_out(ctx, story, opts, 1, &grouped);
    ctx->log_fn = log_fn;
    if (st != DM_OK) {
        dmi_clear_error(ctx);
        return DM_OK;
    }
    atomic_store(&grouped->glyphs_warned, atomic_load(&(*out)->glyphs_warned));
    if (grouped->crowded * 2 < (*out)->crowded) {
        grouped->drawn_story = (*out)->drawn_story;
        (*out)->drawn_story = NULL;
        dm_map_destroy(*out);
        *out = grouped;
    } else {
        dm_map_destroy(grouped);
    }
    return DM_OK;
}
