/* The layout sidecar tells the truth: markers sit where PROJ puts their
 * coordinates (through each frame's crs and transform), labels overlap
 * neither each other nor foreign markers, nothing leaves the canvas, and
 * every event with two places is drawn with its status. Checked on the
 * seed story and on a story spanning the antimeridian. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"
#include "render-private.h"

#include <jansson.h>
#include <math.h>
#include <proj.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *source_dir(void)
{
    const char *d = getenv("DM_SOURCE_DIR");
    return d ? d : DM_TEST_SOURCE_DIR;
}

static json_t *layout_with(const char *story_path, const dm_map_options_t *opts)
{
    dm_context_t *ctx = dm_context_create();
    dm_story_t *story = NULL;
    dm_map_t *map = NULL;
    char *json = NULL;
    if (dm_story_load_file(ctx, story_path, &story) != DM_OK || dm_story_resolve(story, NULL) != DM_OK ||
        dm_map_create(ctx, story, opts, &map) != DM_OK || dm_map_layout_json(map, &json) != DM_OK)
        fail_msg("%s: %s", story_path, dm_context_last_error(ctx));
    json_t *root = json_loads(json, 0, NULL);
    assert_non_null(root);
    dm_free(json);
    dm_map_destroy(map);
    dm_story_destroy(story);
    dm_context_destroy(ctx);
    return root;
}

static json_t *layout_of(const char *story_path, double width, double height, double scale)
{
    dm_map_options_t opts;
    dm_map_options_init(&opts);
    opts.width = width;
    opts.height = height;
    opts.scale = scale;
    return layout_with(story_path, &opts);
}

static json_t *frame_by_id(json_t *root, const char *id)
{
    size_t i;
    json_t *f;
    json_array_foreach(json_object_get(root, "frames"), i, f)
        if (strcmp(json_string_value(json_object_get(f, "id")), id) == 0)
            return f;
    return NULL;
}

/* (x, y) on the canvas of a point (lat, lon) of frame f, through the
 * frame's crs and transform as the sidecar gives them. */
static void canvas_point(PJ_CONTEXT *pc, json_t *f, double lat, double lon, double *x, double *y)
{
    PJ *raw = proj_create_crs_to_crs(pc, "EPSG:4326", json_string_value(json_object_get(f, "crs")), NULL);
    assert_non_null(raw);
    PJ *pj = proj_normalize_for_visualization(pc, raw);
    proj_destroy(raw);
    PJ_COORD c = proj_trans(pj, PJ_FWD, proj_coord(lon, lat, 0, 0));
    json_t *t = json_object_get(f, "transform");
    double a = json_number_value(json_array_get(t, 0)), b = json_number_value(json_array_get(t, 1));
    double cc = json_number_value(json_array_get(t, 2)), d = json_number_value(json_array_get(t, 3));
    double e = json_number_value(json_array_get(t, 4)), ff = json_number_value(json_array_get(t, 5));
    *x = a * c.xy.x + b * c.xy.y + cc;
    *y = d * c.xy.x + e * c.xy.y + ff;
    proj_destroy(pj);
}

static void check_markers_match_proj(json_t *root)
{
    PJ_CONTEXT *pc = proj_context_create();
    size_t i;
    json_t *m;
    size_t checked = 0;
    json_array_foreach(json_object_get(root, "markers"), i, m) {
        json_t *f = frame_by_id(root, json_string_value(json_object_get(m, "frame")));
        assert_non_null(f);
        double x, y;
        canvas_point(pc, f, json_number_value(json_object_get(m, "lat")), json_number_value(json_object_get(m, "lon")),
                     &x, &y);
        double dx = x - json_number_value(json_object_get(m, "x")), dy = y - json_number_value(json_object_get(m, "y"));
        if (hypot(dx, dy) > 1.5)
            fail_msg("marker %s in %s is %.2f px from its PROJ position", json_string_value(json_object_get(m, "place")),
                     json_string_value(json_object_get(f, "id")), hypot(dx, dy));
        checked++;
    }
    assert_true(checked >= 3);
    proj_context_destroy(pc);
}

static int boxes_overlap(const double *a, const double *b)
{
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

static void read_box(json_t *arr, double *out)
{
    for (int k = 0; k < 4; k++)
        out[k] = json_number_value(json_array_get(arr, (size_t)k));
}

static double segment_distance(double px, double py, double ax, double ay, double bx, double by)
{
    double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? fmin(fmax(((px - ax) * dx + (py - ay) * dy) / len2, 0), 1) : 0;
    return hypot(px - ax - t * dx, py - ay - t * dy);
}

static void check_labels(json_t *root, size_t places_with_labels)
{
    json_t *labels = json_object_get(root, "labels");
    double W = json_number_value(json_object_get(root, "width")), H = json_number_value(json_object_get(root, "height"));
    assert_true(json_array_size(labels) >= places_with_labels);
    for (size_t i = 0; i < json_array_size(labels); i++) {
        json_t *li = json_array_get(labels, i);
        double a[4];
        read_box(json_object_get(li, "bbox"), a);
        if (!(a[0] >= 0 && a[1] >= 0 && a[2] <= W && a[3] <= H))
            fail_msg("label '%s' leaves the canvas", json_string_value(json_object_get(li, "text")));
        json_t *f = frame_by_id(root, json_string_value(json_object_get(li, "frame")));
        double r[4];
        read_box(json_object_get(f, "rect"), r);
        if (!(a[0] >= r[0] && a[1] >= r[1] && a[2] <= r[2] && a[3] <= r[3]))
            fail_msg("label '%s' leaves its frame", json_string_value(json_object_get(li, "text")));
        for (size_t k = i + 1; k < json_array_size(labels); k++) {
            double b[4];
            read_box(json_object_get(json_array_get(labels, k), "bbox"), b);
            if (boxes_overlap(a, b))
                fail_msg("labels '%s' and '%s' overlap", json_string_value(json_object_get(li, "text")),
                         json_string_value(json_object_get(json_array_get(labels, k), "text")));
        }
        size_t j;
        json_t *m;
        json_array_foreach(json_object_get(root, "markers"), j, m) {
            if (strcmp(json_string_value(json_object_get(m, "place")), json_string_value(json_object_get(li, "place"))) == 0)
                continue;
            if (strcmp(json_string_value(json_object_get(m, "frame")), json_string_value(json_object_get(li, "frame"))) != 0)
                continue;
            double x = json_number_value(json_object_get(m, "x")), y = json_number_value(json_object_get(m, "y"));
            double mb[4] = {x - 3, y - 3, x + 3, y + 3};
            if (boxes_overlap(a, mb))
                fail_msg("label '%s' covers the marker of %s", json_string_value(json_object_get(li, "text")),
                         json_string_value(json_object_get(m, "place")));
            json_t *ld = json_object_get(li, "leader");
            double l4[4];
            if (ld && (read_box(ld, l4), segment_distance(x, y, l4[0], l4[1], l4[2], l4[3]) < 3))
                fail_msg("the leader of '%s' crosses the marker of %s", json_string_value(json_object_get(li, "text")),
                         json_string_value(json_object_get(m, "place")));
        }
    }
}

static void seed_story_layout(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/docs/examples/seed-story.json", source_dir());
    json_t *root = layout_of(path, 1600, 1000, 1);
    assert_int_equal((int)json_number_value(json_object_get(root, "width")), 1600);
    assert_string_equal(json_string_value(json_object_get(root, "units")), "px");
    json_t *main_frame = frame_by_id(root, "main");
    assert_non_null(main_frame);
    /* A Pacific view: the main crs is centred east of 100E or west of 100W. */
    const char *crs = json_string_value(json_object_get(main_frame, "crs"));
    const char *l0 = strstr(crs, "+lon_0=");
    assert_non_null(l0);
    double lon_0 = strtod(l0 + 7, NULL);
    assert_true(lon_0 > 100 || lon_0 < -100);
    /* The crowded Korean places and the New York mission get insets. */
    assert_true(json_array_size(json_object_get(root, "frames")) >= 2);
    check_markers_match_proj(root);
    check_labels(root, 7);
    /* Every place with a point is drawn once at least. */
    const char *points[] = {"washington", "dprk-un-mission", "pyongyang", "singapore", "hanoi", "panmunjom", "seoul"};
    for (size_t i = 0; i < sizeof points / sizeof points[0]; i++) {
        size_t j, found = 0;
        json_t *m;
        json_array_foreach(json_object_get(root, "markers"), j, m)
            found += strcmp(json_string_value(json_object_get(m, "place")), points[i]) == 0;
        if (!found)
            fail_msg("no marker for %s", points[i]);
    }
    /* The refused letter is drawn, with its status; the border as a feature. */
    size_t j;
    json_t *l;
    int letter = 0;
    json_array_foreach(json_object_get(root, "lines"), j, l)
        if (strcmp(json_string_value(json_object_get(l, "event")), "e4") == 0) {
            letter = 1;
            assert_string_equal(json_string_value(json_object_get(l, "status")), "refused");
            assert_true(json_array_size(json_object_get(l, "points")) >= 2);
        }
    assert_true(letter);
    int border = 0;
    json_array_foreach(json_object_get(root, "features"), j, l)
        border += strcmp(json_string_value(json_object_get(l, "place")), "inter-korean-border") == 0 &&
                  strcmp(json_string_value(json_object_get(l, "status")), "suspended") == 0;
    assert_true(border >= 1);
    json_decref(root);
}

static void scaled_png_layout_is_in_pixels(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/docs/examples/seed-story.json", source_dir());
    json_t *root = layout_of(path, 800, 500, 2);
    assert_int_equal((int)json_number_value(json_object_get(root, "width")), 1600);
    check_markers_match_proj(root);
    check_labels(root, 7);
    json_decref(root);
}

/* A story given as JSON text, written to path (a mkstemp template). */
static void write_story(const char *story, char *path)
{
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs(story, f);
    fclose(f);
}

/* The layout of a story given as JSON text, on a canvas of w x h. */
static json_t *layout_of_story(const char *story, double width, double height)
{
    char path[] = "/tmp/dm_test_story_XXXXXX";
    write_story(story, path);
    json_t *root = layout_of(path, width, height, 1);
    remove(path);
    return root;
}

/* The map of a story given as JSON text, on a canvas of width x height;
 * its context and story come back in *ctx and *s, to be destroyed after it. */
static dm_map_t *map_of_story_text(const char *story, int width, int height, dm_context_t **ctx, dm_story_t **s)
{
    char path[] = "/tmp/dm_test_story_XXXXXX";
    write_story(story, path);
    *ctx = dm_context_create();
    dm_map_t *map = NULL;
    dm_map_options_t opts;
    dm_map_options_init(&opts);
    opts.width = width;
    opts.height = height;
    assert_int_equal(dm_story_load_file(*ctx, path, s), DM_OK);
    remove(path);
    assert_int_equal(dm_story_resolve(*s, NULL), DM_OK);
    assert_int_equal(dm_map_create(*ctx, *s, &opts, &map), DM_OK);
    return map;
}

static json_t *marker_of(json_t *root, const char *place)
{
    size_t i;
    json_t *m;
    json_array_foreach(json_object_get(root, "markers"), i, m)
        if (strcmp(json_string_value(json_object_get(m, "place")), place) == 0)
            return m;
    return NULL;
}

/* The first label of a place, in any frame, or NULL. */
static json_t *label_of(json_t *root, const char *place)
{
    size_t i;
    json_t *l;
    json_array_foreach(json_object_get(root, "labels"), i, l) {
        const char *p = json_string_value(json_object_get(l, "place"));
        if (p && strcmp(p, place) == 0)
            return l;
    }
    return NULL;
}

/* The base font size of a layout (src/layout/layout.c: 1.6% of the shorter side). */
static double font_size_of(json_t *root)
{
    double w = json_number_value(json_object_get(root, "width"));
    double h = json_number_value(json_object_get(root, "height"));
    return fmin(fmax(fmin(w, h) * 0.016, 9), 48);
}

/* Distance from (x, y) to a polyline given as a JSON array of [x, y]. */
static double polyline_distance(json_t *pts, double x, double y)
{
    double d = INFINITY;
    for (size_t k = 0; k + 1 < json_array_size(pts); k++) {
        json_t *a = json_array_get(pts, k), *b = json_array_get(pts, k + 1);
        double ax = json_number_value(json_array_get(a, 0)), ay = json_number_value(json_array_get(a, 1));
        double bx = json_number_value(json_array_get(b, 0)), by = json_number_value(json_array_get(b, 1));
        d = fmin(d, segment_distance(x, y, ax, ay, bx, by));
    }
    return d;
}

/* An event line never runs over the marker of a place it does not
 * connect: it bows around it (a line through a marker reads as a stop). */
static void check_lines_clear_markers(const char *story_path, json_t *root)
{
    json_t *story = json_load_file(story_path, 0, NULL);
    assert_non_null(story);
    double fs = font_size_of(root);
    size_t i, k, j;
    json_t *line, *ev, *m;
    json_array_foreach(json_object_get(root, "lines"), i, line) {
        const char *id = json_string_value(json_object_get(line, "event"));
        json_t *places = NULL;
        json_array_foreach(json_object_get(story, "events"), k, ev)
            if (strcmp(json_string_value(json_object_get(ev, "id")), id) == 0)
                places = json_object_get(ev, "places");
        json_array_foreach(json_object_get(root, "markers"), j, m) {
            const char *place = json_string_value(json_object_get(m, "place"));
            int own = 0;
            for (k = 0; k < json_array_size(places); k++)
                own |= strcmp(json_string_value(json_array_get(places, k)), place) == 0;
            const char *frame = json_string_value(json_object_get(line, "frame"));
            if (own || strcmp(json_string_value(json_object_get(m, "frame")), frame) != 0)
                continue;
            double r = fs * 0.38 * (json_integer_value(json_object_get(m, "number")) > 0 ? 1.9 : 1);
            double d = polyline_distance(json_object_get(line, "points"), json_number_value(json_object_get(m, "x")),
                                         json_number_value(json_object_get(m, "y")));
            if (d < r)
                fail_msg("%s: line of %s runs over the marker of %s (%.1f px from its centre)", story_path, id, place,
                         d);
        }
    }
    json_decref(story);
}

/* A mission and the city around it, 4 km apart, are one spot on a map
 * of the Atlantic (an extent: London alone would not widen the frame so
 * far, focus leaves it out): one marker (the mission's, which the letter reaches)
 * and one label naming both, not two dots and two labels stacked. A
 * place 130 km away keeps its own marker. */
static void overlapping_markers_fold_into_one(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Letter\",\"view\":{\"inset\":\"none\",\"extent\":[-80,35,5,56]},\"places\":["
        "{\"id\":\"washington\",\"name\":\"Washington\",\"kind\":\"city\",\"lat\":38.8951,\"lon\":-77.0364},"
        "{\"id\":\"new-york\",\"name\":\"New York\",\"kind\":\"city\",\"lat\":40.7143,\"lon\":-74.006},"
        "{\"id\":\"mission\",\"name\":\"North Korean UN mission\",\"kind\":\"site\",\"lat\":40.7508,\"lon\":-73.9711},"
        "{\"id\":\"philadelphia\",\"name\":\"Philadelphia\",\"kind\":\"city\",\"lat\":39.9524,\"lon\":-75.1636},"
        "{\"id\":\"london\",\"name\":\"London\",\"kind\":\"city\",\"lat\":51.5072,\"lon\":-0.1276}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"letter\",\"places\":[\"washington\",\"mission\"],"
        "\"status\":\"refused\"}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    assert_non_null(marker_of(root, "mission"));
    assert_non_null(marker_of(root, "washington"));
    assert_non_null(marker_of(root, "philadelphia"));
    assert_null(marker_of(root, "new-york"));
    size_t i, named = 0;
    json_t *l;
    json_array_foreach(json_object_get(root, "labels"), i, l) {
        const char *text = json_string_value(json_object_get(l, "text"));
        if (strcmp(json_string_value(json_object_get(l, "place")), "mission") == 0) {
            assert_non_null(strstr(text, "North Korean UN mission"));
            assert_non_null(strstr(text, "New York"));
        }
        named += strstr(text, "New York") != NULL;
    }
    assert_int_equal(named, 1);
    check_labels(root, 4);
    json_decref(root);
}

/* An event in an area known only by its anchor (a sea, no geometry) gets a
 * marker: "missiles fired into the Yellow Sea" is not left off the map. */
static void area_event_without_shape_has_marker(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Launch\",\"places\":["
        "{\"id\":\"yellow-sea\",\"name\":\"Yellow Sea\",\"kind\":\"area\",\"lat\":35.0,\"lon\":123.0},"
        "{\"id\":\"seoul\",\"name\":\"Seoul\",\"kind\":\"city\",\"lat\":37.57,\"lon\":126.98}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"incident\",\"places\":[\"yellow-sea\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1200, 800);
    assert_non_null(marker_of(root, "yellow-sea"));
    json_decref(root);
}

/* A straight line from Apia to Wellington would run over Nuku'alofa's
 * marker (a stop on the way, it would seem): it bows around it. */
static void event_line_bows_around_markers(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Pacific\",\"places\":["
        "{\"id\":\"wellington\",\"name\":\"Wellington\",\"kind\":\"city\",\"lat\":-41.2866,\"lon\":174.7756},"
        "{\"id\":\"nukualofa\",\"name\":\"Nuku'alofa\",\"kind\":\"city\",\"lat\":-21.1394,\"lon\":-175.2018},"
        "{\"id\":\"apia\",\"name\":\"Apia\",\"kind\":\"city\",\"lat\":-13.8333,\"lon\":-171.7667}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"agreement\",\"places\":[\"nukualofa\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"places\":[\"apia\",\"wellington\"],\"status\":\"planned\"}]}";
    char tmp[] = "/tmp/dm_test_bow_XXXXXX";
    write_story(story, tmp);
    json_t *root = layout_of(tmp, 1600, 1000, 1);
    assert_true(json_array_size(json_object_get(root, "lines")) >= 1);
    check_lines_clear_markers(tmp, root);
    check_labels(root, 3);
    remove(tmp);
    json_decref(root);
}

/* The label of a line place (a border) sits beside the drawn lines, its
 * own included, never across them: with the long bilingual name too,
 * which finds no room near the place's anchor and goes along the line. */
static void line_labels_keep_off_lines(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/docs/examples/seed-story.json", source_dir());
    dm_map_options_t opts;
    dm_map_options_init(&opts);
    opts.lang = "en+ko";
    json_t *root = layout_with(path, &opts);
    double air = font_size_of(root) * 0.1;
    size_t i, k, j, checked = 0;
    json_t *label, *feature, *other;
    json_array_foreach(json_object_get(root, "labels"), i, label) {
        int of_line = 0;
        json_array_foreach(json_object_get(root, "features"), k, feature)
            of_line |= strcmp(json_string_value(json_object_get(feature, "place")),
                              json_string_value(json_object_get(label, "place"))) == 0;
        if (!of_line)
            continue;
        double b[4];
        read_box(json_object_get(label, "bbox"), b);
        const char *frame = json_string_value(json_object_get(label, "frame"));
        const char *kinds[] = {"features", "lines"};
        for (int kind = 0; kind < 2; kind++)
            json_array_foreach(json_object_get(root, kinds[kind]), j, other) {
                if (strcmp(json_string_value(json_object_get(other, "frame")), frame) != 0)
                    continue;
                /* Inside the box (with a little air) means across the label. */
                double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
                double hw = (b[2] - b[0]) / 2 + air, hh = (b[3] - b[1]) / 2 + air;
                json_t *pts = json_object_get(other, "points");
                for (size_t p = 0; p + 1 < json_array_size(pts); p++) {
                    json_t *a = json_array_get(pts, p), *c = json_array_get(pts, p + 1);
                    double ax = json_number_value(json_array_get(a, 0)), ay = json_number_value(json_array_get(a, 1));
                    double bx = json_number_value(json_array_get(c, 0)), by = json_number_value(json_array_get(c, 1));
                    int n = (int)ceil(hypot(bx - ax, by - ay)) + 1;
                    for (int q = 0; q <= n; q++) {
                        double x = ax + (bx - ax) * q / n, y = ay + (by - ay) * q / n;
                        if (fabs(x - cx) < hw && fabs(y - cy) < hh)
                            fail_msg("label '%s' lies across a drawn line",
                                     json_string_value(json_object_get(label, "text")));
                    }
                }
            }
        checked++;
    }
    assert_true(checked >= 1);
    json_decref(root);
}

/* Fiji, Tonga and Samoa straddle 180: the view must stay in one piece and
 * every marker project where the sidecar says. */
static void antimeridian_story_layout(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Pacific\",\"places\":["
        "{\"id\":\"suva\",\"name\":\"Suva\",\"lat\":-18.14,\"lon\":178.44},"
        "{\"id\":\"nukualofa\",\"name\":\"Nuku'alofa\",\"lat\":-21.14,\"lon\":-175.2},"
        "{\"id\":\"apia\",\"name\":\"Apia\",\"lat\":-13.83,\"lon\":-171.76}],"
        "\"events\":[{\"type\":\"visit\",\"places\":[\"suva\",\"apia\"],\"status\":\"held\"}]}";
    char tmp[] = "/tmp/dm_test_pacific_XXXXXX";
    int fd = mkstemp(tmp);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs(story, f);
    fclose(f);
    json_t *root = layout_of(tmp, 1200, 900, 1);
    remove(tmp);
    check_markers_match_proj(root);
    check_labels(root, 3);
    json_t *line = json_array_get(json_object_get(root, "lines"), 0);
    assert_non_null(line);
    json_t *pts = json_object_get(line, "points");
    /* One unbroken arc: no jump across the canvas between points. */
    for (size_t i = 1; i < json_array_size(pts); i++) {
        double x0 = json_number_value(json_array_get(json_array_get(pts, i - 1), 0));
        double x1 = json_number_value(json_array_get(json_array_get(pts, i), 0));
        assert_true(fabs(x1 - x0) < 200);
    }
    json_decref(root);
}

/* Every event of the story is on the map with its status: a message or
 * trip between two points as a line carrying the status, one along a line
 * place as that feature, anything else as a numbered marker at its venue. */
static void check_events_drawn(const char *story_path, json_t *root)
{
    json_t *story = json_load_file(story_path, 0, NULL);
    assert_non_null(story);
    size_t i;
    json_t *ev;
    json_array_foreach(json_object_get(story, "events"), i, ev) {
        const char *id = json_string_value(json_object_get(ev, "id"));
        const char *status = json_string_value(json_object_get(ev, "status"));
        json_t *places = json_object_get(ev, "places");
        const char *first = json_string_value(json_array_get(places, 0));
        const char *first_kind = NULL;
        size_t k;
        json_t *p;
        json_array_foreach(json_object_get(story, "places"), k, p)
            if (first && strcmp(json_string_value(json_object_get(p, "id")), first) == 0)
                first_kind = json_string_value(json_object_get(p, "kind"));
        int found = 0;
        json_t *item;
        json_array_foreach(json_object_get(root, "lines"), k, item)
            if (strcmp(json_string_value(json_object_get(item, "event")), id) == 0) {
                found = 1;
                assert_string_equal(json_string_value(json_object_get(item, "status")), status ? status : "unknown");
            }
        if (!found && first_kind && strcmp(first_kind, "line") == 0)
            json_array_foreach(json_object_get(root, "features"), k, item)
                if (strcmp(json_string_value(json_object_get(item, "place")), first) == 0)
                    found = 1;
        if (!found)
            json_array_foreach(json_object_get(root, "markers"), k, item)
                if (first && strcmp(json_string_value(json_object_get(item, "place")), first) == 0 &&
                    json_integer_value(json_object_get(item, "number")) > 0)
                    found = 1;
        if (!found)
            fail_msg("%s: event %s is not drawn", story_path, id);
    }
    json_decref(story);
}

static void gallery_stories_draw_every_event(void **state)
{
    (void)state;
    const char *stories[] = {"docs/examples/seed-story.json", "docs/gallery/europe-helsinki.json",
                             "docs/gallery/korea-closeup.json", "docs/gallery/pacific-forum.json",
                             "docs/gallery/africa-great-lakes.json"};
    for (size_t i = 0; i < sizeof stories / sizeof stories[0]; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", source_dir(), stories[i]);
        json_t *root = layout_of(path, 1600, 1000, 1);
        check_markers_match_proj(root);
        check_labels(root, 3);
        check_events_drawn(path, root);
        check_lines_clear_markers(path, root);
        json_decref(root);
    }
}

/* The bytes of text a letter-spacing attribute covers, as a mask. */
static void tracked_bytes(PangoAttrList *attrs, size_t len, char *mask)
{
    memset(mask, 0, len);
    PangoAttrIterator *it = pango_attr_list_get_iterator(attrs);
    do {
        int start, end;
        pango_attr_iterator_range(it, &start, &end);
        PangoAttrInt *a = (PangoAttrInt *)pango_attr_iterator_get(it, PANGO_ATTR_LETTER_SPACING);
        for (int k = start; a && a->value > 0 && k < end && (size_t)k < len; k++)
            mask[k] = 1;
    } while (pango_attr_iterator_next(it));
    pango_attr_iterator_destroy(it);
}

/* Country names go in spaced capitals only in scripts with capitals
 * (Latin, Cyrillic, Greek); Hangul and Han keep their own spacing and
 * form, alone (--lang ko) or after an English name (--lang en+ko). */
static void country_caps_track_cased_scripts_only(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
        size_t tracked;   /* leading bytes tracked; the rest are not */
    } cases[] = {
        {"North Korea", "NORTH KOREA", 11},
        {"\xec\xa1\xb0\xec\x84\xa0", "\xec\xa1\xb0\xec\x84\xa0", 0},              /* 조선 */
        {"North Korea \xec\xa1\xb0\xec\x84\xa0", "NORTH KOREA \xec\xa1\xb0\xec\x84\xa0", 12},
        {"\xe6\x97\xa5\xe6\x9c\xac", "\xe6\x97\xa5\xe6\x9c\xac", 0},              /* 日本 */
        {"\xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd1\x8f",                        /* Россия */
         "\xd0\xa0\xd0\x9e\xd0\xa1\xd0\xa1\xd0\x98\xd0\xaf", 12},
        {"\xce\x95\xce\xbb\xce\xbb\xce\xac\xce\xb4\xce\xb1",                        /* Ελλάδα */
         "\xce\x95\xce\x9b\xce\x9b\xce\x86\xce\x94\xce\x91", 12},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PangoAttrList *attrs = pango_attr_list_new();
        char *caps = dmi_text_spaced_caps(cases[i].in, 100, attrs);
        assert_string_equal(caps, cases[i].out);
        size_t len = strlen(caps);
        char mask[64];
        assert_true(len <= sizeof mask);
        tracked_bytes(attrs, len, mask);
        for (size_t k = 0; k < len; k++)
            if (mask[k] != (k < cases[i].tracked))
                fail_msg("\"%s\": byte %zu is %s", cases[i].in, k, mask[k] ? "tracked" : "not tracked");
        g_free(caps);
        pango_attr_list_unref(attrs);
    }
}

/* The text of each line of a layout, with plain spaces, joined by '|'. */
static char *layout_lines(PangoLayout *l)
{
    const char *text = pango_layout_get_text(l);
    GString *out = g_string_new(NULL);
    for (GSList *it = pango_layout_get_lines_readonly(l); it; it = it->next) {
        const PangoLayoutLine *line = it->data;
        char *part = g_strndup(text + line->start_index, (gsize)line->length);
        char *plain = dmi_text_plain_spaces(g_strstrip(part));
        g_string_append_printf(out, "%s%s", out->len ? "|" : "", plain);
        g_free(plain);
        g_free(part);
    }
    return g_string_free(out, FALSE);
}

/* A marker's joint name too wide for its frame wraps between its names,
 * never inside one ("Santiago, São / Paulo" on a phone's overview); the
 * sidecar's text keeps plain spaces. */
static void joint_names_wrap_between_names(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks in Lima\",\"places\":[{\"id\":\"lima\",\"name\":\"Lima\",\"kind\":\"city\",\"country\":"
        "\"PE\",\"lat\":-12.05,\"lon\":-77.04}],\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"date\":"
        "\"2025-03-31\",\"places\":[\"lima\"],\"status\":\"held\"}]}";
    dm_context_t *ctx;
    dm_story_t *s;
    dm_map_t *map = map_of_story_text(story, 640, 800, &ctx, &s);
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(ctx));
    dmi_text_setup_context(pc);
    const char *joint = "Santiago, S\xc3\xa3o Paulo";
    /* as wide as "Santiago, São" and a little: a plain wrap breaks inside "São Paulo" */
    PangoLayout *head = dmi_text_layout(pc, map, "Santiago, S\xc3\xa3o", DMI_TEXT_LABEL);
    PangoRectangle ink, logical;
    pango_layout_get_extents(head, &ink, &logical);
    int width = logical.width + 2 * PANGO_SCALE;
    char *kept = dmi_text_names_kept_whole(joint);
    const char *texts[2] = {joint, kept}, *want[2] = {"Santiago, S\xc3\xa3o|Paulo", "Santiago,|S\xc3\xa3o Paulo"};
    for (int k = 0; k < 2; k++) {
        PangoLayout *l = dmi_text_layout(pc, map, texts[k], DMI_TEXT_LABEL);
        pango_layout_set_width(l, width);
        pango_layout_set_wrap(l, PANGO_WRAP_WORD);
        char *lines = layout_lines(l);
        assert_string_equal(lines, want[k]);
        g_free(lines);
        g_object_unref(l);
    }
    char *plain = dmi_text_plain_spaces(kept);
    assert_string_equal(plain, joint);
    g_free(plain);
    g_free(kept);
    g_object_unref(head);
    g_object_unref(pc);
    dm_map_destroy(map);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* A place with a label anchor (a continent: lat/lon its GeoNames reference
 * point, label_lat/label_lon its area centre) is drawn at the anchor: the
 * layout equals that of the same story with lat/lon at the anchor. */
static void places_draw_at_their_label_anchor(void **state)
{
    (void)state;
    const char *with_anchor =
        "{\"title\":\"Continents\",\"places\":["
        "{\"id\":\"europe\",\"name\":\"Europe\",\"kind\":\"region\",\"lat\":48.69096,\"lon\":9.14062,"
        "\"label_lat\":51.51,\"label_lon\":12.51},"
        "{\"id\":\"africa\",\"name\":\"Africa\",\"kind\":\"region\",\"lat\":7.1881,\"lon\":21.09375}]}";
    const char *at_anchor =
        "{\"title\":\"Continents\",\"places\":["
        "{\"id\":\"europe\",\"name\":\"Europe\",\"kind\":\"region\",\"lat\":51.51,\"lon\":12.51},"
        "{\"id\":\"africa\",\"name\":\"Africa\",\"kind\":\"region\",\"lat\":7.1881,\"lon\":21.09375}]}";
    char a[] = "/tmp/dm_test_anchor_XXXXXX", b[] = "/tmp/dm_test_anchor_XXXXXX", c[] = "/tmp/dm_test_anchor_XXXXXX";
    write_story(with_anchor, a);
    write_story(at_anchor, b);
    /* The reference point alone (no anchor) lays out otherwise: the test sees the anchor. */
    char *at_reference = g_strdup(with_anchor);
    char *cut = strstr(at_reference, ",\"label_lat\"");
    memmove(cut, strchr(cut + 1, '}'), strlen(strchr(cut + 1, '}')) + 1);
    write_story(at_reference, c);
    json_t *ra = layout_of(a, 1200, 800, 1), *rb = layout_of(b, 1200, 800, 1), *rc = layout_of(c, 1200, 800, 1);
    remove(a);
    remove(b);
    remove(c);
    g_free(at_reference);
    assert_true(json_equal(ra, rb));
    assert_false(json_equal(ra, rc));
    json_decref(ra);
    json_decref(rb);
    json_decref(rc);
}

/* A country's event number (its badge, before the country's name) sits at
 * the country's point, where the frame was fitted to it, not in the middle
 * of whatever land the frame shows (that pulled it beside the province's
 * own event). */
static void country_badge_sits_at_its_point(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Strikes\",\"places\":["
        "{\"id\":\"sudan\",\"name\":\"Sudan\",\"kind\":\"country\",\"country\":\"SD\",\"lat\":15.49523,"
        "\"lon\":29.97021},"
        "{\"id\":\"kadugli\",\"name\":\"Kadugli\",\"kind\":\"city\",\"country\":\"SD\",\"lat\":11.01111,"
        "\"lon\":29.71833}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"incident\",\"places\":[\"kadugli\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"incident\",\"places\":[\"sudan\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    json_t *m = marker_of(root, "sudan");
    assert_non_null(m);
    PJ_CONTEXT *pc = proj_context_create();
    double x, y;
    canvas_point(pc, frame_by_id(root, "main"), 15.49523, 29.97021, &x, &y);
    proj_context_destroy(pc);
    double off = hypot(json_number_value(json_object_get(m, "x")) - x, json_number_value(json_object_get(m, "y")) - y);
    if (off > 2 * font_size_of(root))
        fail_msg("Sudan's badge is %.0f px from its point", off);
    json_decref(root);
}

/* The spread of a layout's numbered markers in its main frame: the larger
 * of their box's share of the frame's width and of its height. */
static double main_spread(json_t *root)
{
    double r[4], x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    read_box(json_object_get(frame_by_id(root, "main"), "rect"), r);
    size_t i;
    json_t *m;
    json_array_foreach(json_object_get(root, "markers"), i, m) {
        if (!json_object_get(m, "events") || strcmp(json_string_value(json_object_get(m, "frame")), "main") != 0)
            continue;
        double x = json_number_value(json_object_get(m, "x")), y = json_number_value(json_object_get(m, "y"));
        x0 = fmin(x0, x), x1 = fmax(x1, x), y0 = fmin(y0, y), y1 = fmax(y1, y);
    }
    return fmax((x1 - x0) / (r[2] - r[0]), (y1 - y0) / (r[3] - r[1]));
}

/* A legend line names who took part, unless its label names them already:
 * "Letter from Soto refused" adds the recipient only, not Ana Soto again. */
static void legend_names_persons_once(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Letter\",\"places\":["
        "{\"id\":\"lima\",\"name\":\"Lima\",\"kind\":\"city\",\"lat\":-12.05,\"lon\":-77.04},"
        "{\"id\":\"quito\",\"name\":\"Quito\",\"kind\":\"city\",\"lat\":-0.22,\"lon\":-78.51}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"letter\",\"date\":\"2025-06\",\"places\":[\"lima\",\"quito\"],"
        "\"status\":\"refused\",\"label\":\"Letter from Soto refused\",\"persons\":[\"Ana Soto\",\"Luis Vega\"]},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"date\":\"2025-05\",\"places\":[\"quito\"],\"status\":\"held\","
        "\"label\":\"Meeting in Quito\",\"persons\":[\"Ana Soto\",\"Luis Vega\"]}]}";
    dm_context_t *ctx = NULL;
    dm_story_t *s = NULL;
    dm_map_t *map = map_of_story_text(story, 1200, 800, &ctx, &s);
    const char *letter = NULL, *meeting = NULL;
    for (int i = 0; i < map->furniture.legend.count; i++) {
        const char *t = map->furniture.legend.rows[i].text;
        if (strncmp(t, "Letter", 6) == 0)
            letter = t;
        else if (strncmp(t, "Meeting", 7) == 0)
            meeting = t;
    }
    assert_non_null(letter);
    assert_non_null(meeting);
    assert_string_equal(letter, "Letter from Soto refused, Luis Vega, Jun 2025");
    assert_string_equal(meeting, "Meeting in Quito, Ana Soto\u2013Luis Vega, May 2025");
    dm_map_destroy(map);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Events of one day follow the trip: a visit to two countries told first,
 * then a meeting in each, is numbered visit, meeting, visit, meeting (each
 * meeting right after the visit of its stop), not by type. */
static void one_days_events_follow_the_trip(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Trip\",\"places\":["
        "{\"id\":\"peru\",\"name\":\"Peru\",\"kind\":\"country\",\"country\":\"PE\",\"lat\":-9.2,\"lon\":-75.0},"
        "{\"id\":\"ecuador\",\"name\":\"Ecuador\",\"kind\":\"country\",\"country\":\"EC\",\"lat\":-1.8,"
        "\"lon\":-78.2},"
        "{\"id\":\"lima\",\"name\":\"Lima\",\"kind\":\"city\",\"country\":\"PE\",\"lat\":-12.05,\"lon\":-77.04},"
        "{\"id\":\"quito\",\"name\":\"Quito\",\"kind\":\"city\",\"country\":\"EC\",\"lat\":-0.22,"
        "\"lon\":-78.51}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"date\":\"2025-03-02\",\"places\":[\"peru\"],"
        "\"status\":\"held\",\"label\":\"Visit to Peru\"},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"date\":\"2025-03-02\",\"places\":[\"ecuador\"],\"status\":\"held\","
        "\"label\":\"Visit to Ecuador\"},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"date\":\"2025-03-02\",\"places\":[\"lima\"],\"status\":\"held\","
        "\"label\":\"Meeting in Lima\"},"
        "{\"id\":\"e4\",\"type\":\"meeting\",\"date\":\"2025-03-02\",\"places\":[\"ecuador\"],\"status\":\"held\","
        "\"label\":\"Meeting in Ecuador\"}]}";
    dm_context_t *ctx = NULL;
    dm_story_t *s = NULL;
    const char *want[] = {"Visit to Peru", "Meeting in Lima", "Visit to Ecuador", "Meeting in Ecuador"};
    int seen = 0;
    dm_map_t *map = map_of_story_text(story, 1200, 800, &ctx, &s);
    for (int i = 0; i < map->furniture.legend.count; i++) {
        const char *t = map->furniture.legend.rows[i].text;
        if (strncmp(t, "Visit", 5) != 0 && strncmp(t, "Meeting", 7) != 0)
            continue;
        assert_true(seen < 4);
        if (strncmp(t, want[seen], strlen(want[seen])) != 0)
            fail_msg("legend row %d is '%s', expected '%s'", seen + 1, t, want[seen]);
        seen++;
    }
    assert_int_equal(seen, 4);
    dm_map_destroy(map);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

/* Three events within 50 km (two towns and the country's badge): the frame
 * closes in, below the 120 km of an ordinary close-up, until they span a
 * third of it. */
static void close_events_spread_over_a_third(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"israel\",\"name\":\"Israel\",\"kind\":\"country\",\"country\":\"IL\",\"lat\":31.48079,"
        "\"lon\":34.87714},"
        "{\"id\":\"jerusalem\",\"name\":\"Jerusalem\",\"kind\":\"city\",\"lat\":31.76904,\"lon\":35.21633},"
        "{\"id\":\"ramallah\",\"name\":\"Ramallah\",\"kind\":\"city\",\"lat\":31.89964,\"lon\":35.20422}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"israel\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"jerusalem\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"places\":[\"ramallah\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    double spread = main_spread(root);
    if (spread < 1.0 / 3)
        fail_msg("the events span %.2f of the frame", spread);
    json_decref(root);
}

/* Is event id the layout's principal event (sidecar events[].principal)? */
static int is_principal(json_t *root, const char *id)
{
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(root, "events"), i, e)
        if (strcmp(json_string_value(json_object_get(e, "event")), id) == 0)
            return json_is_true(json_object_get(e, "principal"));
    return 0;
}

/* The story's principal event placed only in a region beyond one country
 * ("a tour of Africa") has no spot to frame: the next event frames the map
 * (the visit to Nairobi, not the mention of Cape Town). */
static void principal_in_a_wide_region_gives_way(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Tour\",\"places\":["
        "{\"id\":\"africa\",\"name\":\"Africa\",\"kind\":\"region\",\"lat\":7.1881,\"lon\":21.09375},"
        "{\"id\":\"nairobi\",\"name\":\"Nairobi\",\"kind\":\"city\",\"lat\":-1.28333,\"lon\":36.81667},"
        "{\"id\":\"cape-town\",\"name\":\"Cape Town\",\"kind\":\"city\",\"lat\":-33.92584,\"lon\":18.42322}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"africa\"],\"status\":\"held\","
        "\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"places\":[\"nairobi\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    assert_true(is_principal(root, "e2"));
    json_t *m = marker_of(root, "nairobi");
    assert_non_null(m);
    assert_string_equal(json_string_value(json_object_get(m, "frame")), "main");
    json_decref(root);
}

/* A region beyond one country that no event happens in ("talks on trade
 * across Africa") is not named on a map of events elsewhere: its name at
 * the area's centre would read as a place there. An event in it keeps it. */
static void wide_region_named_in_passing_is_not_labelled(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"africa\",\"name\":\"Africa\",\"kind\":\"region\",\"lat\":7.1881,\"lon\":21.09375},"
        "{\"id\":\"nairobi\",\"name\":\"Nairobi\",\"kind\":\"city\",\"lat\":-1.28333,\"lon\":36.81667},"
        "{\"id\":\"abuja\",\"name\":\"Abuja\",\"kind\":\"city\",\"lat\":9.05785,\"lon\":7.49508}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"nairobi\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"places\":[\"%s\"],\"status\":\"held\"}]}";
    const char *second[] = {"abuja", "africa"};
    for (int used = 0; used < 2; used++) {
        char *text = g_strdup_printf(story, second[used]);
        json_t *root = layout_of_story(text, 1600, 1000);
        g_free(text);
        assert_non_null(marker_of(root, "nairobi"));
        if (used)
            assert_non_null(label_of(root, "africa"));
        else
            assert_null(label_of(root, "africa"));
        json_decref(root);
    }
}

/* A country's event marker beside a town of that country (an airing "on
 * Iraqi television" and Baghdad, 50 km apart on a map from Washington to
 * the Gulf) is no cluster for an inset: the country's point is a reference,
 * and a 10 km inset of it showed nothing. Two towns as close still get one. */
static void country_marker_by_its_town_makes_no_inset(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Airing\",\"places\":["
        "{\"id\":\"iraq\",\"name\":\"Iraq\",\"kind\":\"%s\",\"country\":\"IQ\",\"lat\":33.0,\"lon\":44.0},"
        "{\"id\":\"baghdad\",\"name\":\"Baghdad\",\"kind\":\"city\",\"country\":\"IQ\",\"lat\":33.34058,"
        "\"lon\":44.40088},"
        "{\"id\":\"geneva\",\"name\":\"Geneva\",\"kind\":\"city\",\"country\":\"CH\",\"lat\":46.20222,"
        "\"lon\":6.14569},"
        "{\"id\":\"washington\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\",\"lat\":38.89511,"
        "\"lon\":-77.03637}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"places\":[\"geneva\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"broadcast\",\"places\":[\"iraq\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"statement\",\"places\":[\"washington\"],\"status\":\"held\"}]}";
    const char *kinds[] = {"country", "city"};
    for (int town = 0; town < 2; town++) {
        char *text = g_strdup_printf(story, kinds[town]);
        json_t *root = layout_of_story(text, 1200, 675);
        g_free(text);
        size_t i;
        json_t *f;
        int insets = 0;
        json_array_foreach(json_object_get(root, "frames"), i, f)
            insets += strncmp(json_string_value(json_object_get(f, "id")), "inset", 5) == 0;
        assert_int_equal(insets, town);
        json_decref(root);
    }
}

/* A visit to a country whose marker would overlap that of talks in its
 * capital on a map of a continent: one marker, at the city, carrying both
 * events and naming both places. A neighbour's marker there stays apart. */
static void country_marker_over_its_city_folds_into_it(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Tour\",\"places\":["
        "{\"id\":\"poland\",\"name\":\"Poland\",\"kind\":\"country\",\"country\":\"%s\",\"lat\":52.0,"
        "\"lon\":20.3},"
        "{\"id\":\"warsaw\",\"name\":\"Warsaw\",\"kind\":\"city\",\"country\":\"PL\",\"lat\":52.22977,"
        "\"lon\":21.01178},"
        "{\"id\":\"seoul\",\"name\":\"Seoul\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":37.566,"
        "\"lon\":126.9784},"
        "{\"id\":\"riyadh\",\"name\":\"Riyadh\",\"kind\":\"city\",\"country\":\"SA\",\"lat\":24.68773,"
        "\"lon\":46.72185}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"poland\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"talks\",\"places\":[\"warsaw\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"visit\",\"places\":[\"riyadh\"],\"status\":\"held\"},"
        "{\"id\":\"e4\",\"type\":\"meeting\",\"places\":[\"seoul\"],\"status\":\"held\"}]}";
    const char *codes[] = {"PL", "LT"};
    for (int other = 0; other < 2; other++) {
        char *text = g_strdup_printf(story, codes[other]);
        json_t *root = layout_of_story(text, 1200, 675);
        g_free(text);
        size_t i;
        json_t *m;
        int poland = 0, warsaw_events = 0;
        json_array_foreach(json_object_get(root, "markers"), i, m) {
            const char *place = json_string_value(json_object_get(m, "place"));
            poland += strcmp(place, "poland") == 0;
            if (strcmp(place, "warsaw") == 0)
                warsaw_events = (int)json_array_size(json_object_get(m, "events"));
        }
        assert_int_equal(poland, other);
        assert_int_equal(warsaw_events, other ? 1 : 2);
        json_decref(root);
    }
}

/* No event with a marker (a visit to Asia) and one town merely named: the
 * story's countries frame the map with the town, which no longer decides
 * it alone (Japan is in the main frame and named there). */
static void countries_frame_a_story_without_markers(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Deals\",\"places\":["
        "{\"id\":\"asia\",\"name\":\"Asia\",\"kind\":\"region\",\"lat\":29.84064,\"lon\":89.29688},"
        "{\"id\":\"japan\",\"name\":\"Japan\",\"kind\":\"country\",\"country\":\"JP\",\"lat\":36.2,"
        "\"lon\":138.25},"
        "{\"id\":\"south-korea\",\"name\":\"South Korea\",\"kind\":\"country\",\"country\":\"KR\","
        "\"lat\":36.5,\"lon\":127.75},"
        "{\"id\":\"patras\",\"name\":\"Patras\",\"kind\":\"city\",\"lat\":38.24444,\"lon\":21.73444}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"asia\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    size_t i;
    json_t *l;
    int named = 0;
    json_array_foreach(json_object_get(root, "labels"), i, l)
        named |= json_object_get(l, "place") && strcmp(json_string_value(json_object_get(l, "place")), "japan") == 0 &&
                 strcmp(json_string_value(json_object_get(l, "frame")), "main") == 0;
    assert_true(named);
    json_decref(root);
}

/* The label of country code in frame "main", or NULL. */
static json_t *country_label(json_t *root, const char *code)
{
    size_t i;
    json_t *l;
    json_array_foreach(json_object_get(root, "labels"), i, l) {
        const char *c = json_string_value(json_object_get(l, "country"));
        if (c && strcmp(c, code) == 0 && strcmp(json_string_value(json_object_get(l, "frame")), "main") == 0)
            return l;
    }
    return NULL;
}

static void no_neighbour_named_on_an_edge_strip(void **state)
{
    (void)state;
    /* Summits across the Pacific on a portrait canvas: the frame cuts
     * through land at its bottom edge (a polar continent). No
     * neighbour is named on such a strip: its name would caption the
     * frame's edge, not a country. */
    const char *story =
        "{\"title\":\"Strip\",\"places\":["
        "{\"id\":\"united-states\",\"name\":\"United States\",\"kind\":\"country\",\"country\":\"US\",\"lat\":39.76,\"lon\":-98.5},"
        "{\"id\":\"north-korea\",\"name\":\"North Korea\",\"kind\":\"country\",\"country\":\"KP\",\"lat\":40.0,\"lon\":127.0},"
        "{\"id\":\"dprk-un-mission\",\"name\":\"North Korean UN mission\",\"kind\":\"site\",\"country\":\"US\",\"lat\":40.75078,\"lon\":-73.97111},"
        "{\"id\":\"washington\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\",\"lat\":38.89511,\"lon\":-77.03637},"
        "{\"id\":\"pyongyang\",\"name\":\"Pyongyang\",\"kind\":\"city\",\"country\":\"KP\",\"lat\":39.03385,\"lon\":125.75432},"
        "{\"id\":\"singapore\",\"name\":\"Singapore\",\"kind\":\"country\",\"country\":\"SG\",\"lat\":1.36667,\"lon\":103.8},"
        "{\"id\":\"hanoi\",\"name\":\"Hanoi\",\"kind\":\"city\",\"country\":\"VN\",\"lat\":21.0245,\"lon\":105.84117},"
        "{\"id\":\"panmunjom\",\"name\":\"Panmunjom\",\"kind\":\"site\",\"country\":\"KR\",\"lat\":37.956,\"lon\":126.6773},"
        "{\"id\":\"korean-peninsula\",\"name\":\"Korean Peninsula\",\"kind\":\"region\",\"country\":null,\"lat\":38.0,\"lon\":127.5},"
        "{\"id\":\"new-york\",\"name\":\"New York\",\"kind\":\"city\",\"country\":\"US\",\"lat\":40.71427,\"lon\":-74.00597},"
        "{\"id\":\"russia\",\"name\":\"Russia\",\"kind\":\"country\",\"country\":\"RU\",\"lat\":60.0,\"lon\":100.0},"
        "{\"id\":\"south-korea\",\"name\":\"South Korea\",\"kind\":\"country\",\"country\":\"KR\",\"lat\":36.5,\"lon\":127.75},"
        "{\"id\":\"mdl\",\"name\":\"Military Demarcation Line\",\"kind\":\"line\",\"country\":\"KR\",\"lat\":38.0,\"lon\":127.0}"
        "],\"events\":["
        "{\"id\":\"e1\",\"type\":\"statement\",\"places\":[\"washington\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"letter\",\"places\":[\"washington\",\"dprk-un-mission\"],\"status\":\"refused\"},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"places\":[\"singapore\"],\"status\":\"held\"},"
        "{\"id\":\"e4\",\"type\":\"meeting\",\"places\":[\"hanoi\"],\"status\":\"held\"},"
        "{\"id\":\"e5\",\"type\":\"meeting\",\"places\":[\"panmunjom\"],\"status\":\"held\"},"
        "{\"id\":\"e6\",\"type\":\"statement\",\"places\":[\"washington\"],\"status\":\"held\"},"
        "{\"id\":\"e7\",\"type\":\"broadcast\",\"places\":[\"mdl\",\"north-korea\"],\"status\":\"suspended\"}"
        "]}";
    json_t *root = layout_of_story(story, 640, 800);
    size_t i;
    json_t *l;
    json_array_foreach(json_object_get(root, "labels"), i, l) {
        const char *role = json_string_value(json_object_get(l, "role"));
        if (!role || strcmp(role, "neighbour") != 0)
            continue;
        json_t *f = frame_by_id(root, json_string_value(json_object_get(l, "frame")));
        double b[4], r[4], size = json_number_value(json_object_get(l, "size"));
        read_box(json_object_get(l, "bbox"), b);
        read_box(json_object_get(f, "rect"), r);
        if (b[1] - r[1] < 2 * size || r[3] - b[3] < 2 * size)
            fail_msg("neighbour %s named on the frame's edge", json_string_value(json_object_get(l, "text")));
    }
    json_decref(root);
}

static void neighbours_named_to_orient_by(void **state)
{
    (void)state;
    /* A meeting in one city of a large country: its neighbours are named,
     * fainter (role "neighbour"), clear of every other label. */
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"delhi\",\"name\":\"New Delhi\",\"kind\":\"city\",\"country\":\"IN\",\"lat\":28.6139,"
        "\"lon\":77.209},"
        "{\"id\":\"india\",\"name\":\"India\",\"kind\":\"country\",\"country\":\"IN\",\"lat\":22.0,\"lon\":79.0}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"places\":[\"delhi\"],\"status\":\"held\","
        "\"participants\":[\"IN\"]}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    size_t i, k, neighbours = 0;
    json_t *l, *m;
    json_t *labels = json_object_get(root, "labels");
    json_array_foreach(labels, i, l) {
        if (!json_object_get(l, "role"))
            continue;
        assert_string_equal(json_string_value(json_object_get(l, "role")), "neighbour");
        assert_string_not_equal(json_string_value(json_object_get(l, "country")), "IN");
        neighbours++;
        double a[4], b[4];
        read_box(json_object_get(l, "bbox"), a);
        json_array_foreach(labels, k, m) {
            if (k == i)
                continue;
            read_box(json_object_get(m, "bbox"), b);
            assert_false(boxes_overlap(a, b));
        }
    }
    assert_true(neighbours >= 2);
    json_decref(root);

    /* A country drawn as the story's land (its capital is named) but not
     * named by the story is named like the story's countries. */
    const char *story2 =
        "{\"title\":\"Visit\",\"places\":["
        "{\"id\":\"bonn\",\"name\":\"Bonn\",\"kind\":\"city\",\"country\":\"DE\",\"lat\":50.7374,\"lon\":7.0982},"
        "{\"id\":\"berlin\",\"name\":\"Berlin\",\"kind\":\"city\",\"country\":\"DE\",\"lat\":52.52,\"lon\":13.405},"
        "{\"id\":\"paris\",\"name\":\"Paris\",\"kind\":\"city\",\"country\":\"FR\",\"lat\":48.8566,\"lon\":2.3522}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"bonn\"],\"status\":\"held\","
        "\"participants\":[\"DE\"]}]}";
    root = layout_of_story(story2, 1600, 1000);
    json_t *fr = country_label(root, "FR"), *de = country_label(root, "DE");
    assert_non_null(fr);
    assert_non_null(de);
    assert_null(json_object_get(fr, "role"));
    assert_true(fabs(json_number_value(json_object_get(fr, "size")) - json_number_value(json_object_get(de, "size"))) <
                1e-9);
    json_decref(root);
}

/* How many metres of the projection the main frame shows across. */
static double main_across_m(json_t *root)
{
    json_t *f = frame_by_id(root, "main");
    json_t *rect = json_object_get(f, "rect"), *t = json_object_get(f, "transform");
    return (json_number_value(json_array_get(rect, 2)) - json_number_value(json_array_get(rect, 0))) /
           fabs(json_number_value(json_array_get(t, 0)));
}

static void lone_city_shows_its_region(void **state)
{
    (void)state;
    /* Talks in one city and nothing else to frame: the main frame shows
     * at least 600 km (borders and neighbours), not 120 km of suburbs. */
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"moscow\",\"name\":\"Moscow\",\"kind\":\"city\",\"country\":\"RU\",\"lat\":55.7558,"
        "\"lon\":37.6173}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"moscow\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    assert_true(main_across_m(root) >= 6e5);
    json_decref(root);
}

static void country_event_frames_its_land(void **state)
{
    (void)state;
    /* An attack "in Sudan" and nothing finer: the frame shows Sudan's land
     * whole (some 1,900 km across, its mainland in the basemap), not a
     * blank of its interior around the country's point. */
    const char *story =
        "{\"title\":\"Strikes\",\"places\":["
        "{\"id\":\"sudan\",\"name\":\"Sudan\",\"kind\":\"country\",\"country\":\"SD\",\"lat\":15.5,"
        "\"lon\":30.0}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"incident\",\"places\":[\"sudan\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1200, 675);
    assert_true(main_across_m(root) >= 2.2e6);
    json_decref(root);
    /* A visit "to Ukraine", and Washington and Canada named in passing far
     * off: the main frame's projection is centred on Ukraine, not between
     * it and America (where north would turn to the map's side). */
    const char *visit =
        "{\"title\":\"Visit\",\"places\":["
        "{\"id\":\"ukraine\",\"name\":\"Ukraine\",\"kind\":\"country\",\"country\":\"UA\",\"lat\":49.0,"
        "\"lon\":32.0},"
        "{\"id\":\"canada\",\"name\":\"Canada\",\"kind\":\"country\",\"country\":\"CA\",\"lat\":60.1,"
        "\"lon\":-113.6},"
        "{\"id\":\"washington\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\","
        "\"lat\":38.895,\"lon\":-77.036}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"ukraine\"],\"status\":\"planned\"}]}";
    root = layout_of_story(visit, 1200, 675);
    const char *crs = json_string_value(json_object_get(frame_by_id(root, "main"), "crs"));
    const char *lon0 = crs ? strstr(crs, "+lon_0=") : NULL;
    assert_non_null(lon0);
    assert_true(fabs(atof(lon0 + 7) - 32.0) < 5);
    json_decref(root);
    /* Talks in an island's capital at one end, a broadcast "to" the
     * island's country, a visit to a base at its other end: the country
     * is the story's stage and is shown whole, its far tips inside the
     * frame (framed on the three points, its western tip was cut off),
     * the events still spread over a third of it. */
    const char *island =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"havana\",\"name\":\"Havana\",\"kind\":\"city\",\"country\":\"CU\",\"lat\":23.133,"
        "\"lon\":-82.383},"
        "{\"id\":\"cuba\",\"name\":\"Cuba\",\"kind\":\"country\",\"country\":\"CU\",\"lat\":22.0,"
        "\"lon\":-79.5},"
        "{\"id\":\"gtmo\",\"name\":\"Guantanamo Bay\",\"kind\":\"site\",\"country\":\"CU\","
        "\"lat\":19.9,\"lon\":-75.15}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"havana\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"broadcast\",\"places\":[\"cuba\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"visit\",\"places\":[\"gtmo\"],\"status\":\"held\"}]}";
    root = layout_of_story(island, 1600, 1000);
    json_t *main_frame = frame_by_id(root, "main");
    double r[4];
    read_box(json_object_get(main_frame, "rect"), r);
    PJ_CONTEXT *pc = proj_context_create();
    const double tips[][2] = {{21.86, -84.95}, {20.21, -74.13}};   /* Cabo de San Antonio, Punta de Maisí */
    for (size_t k = 0; k < 2; k++) {
        double x, y;
        canvas_point(pc, main_frame, tips[k][0], tips[k][1], &x, &y);
        if (x < r[0] || x > r[2] || y < r[1] || y > r[3])
            fail_msg("the island's tip %zu is outside the main frame (%.0f, %.0f)", k, x, y);
    }
    json_decref(root);
    /* The same island when the base is only named: talks in the capital
     * and a broadcast to the country. The broadcast's badge sits at the
     * country's area centre; keeping it apart from the capital's is no
     * reason to cut the island's west off. */
    char *no_base = strdup(island);
    char *e3 = strstr(no_base, ",{\"id\":\"e3\"");
    assert_non_null(e3);
    strcpy(e3, "]}");
    root = layout_of_story(no_base, 1200, 675);
    free(no_base);
    main_frame = frame_by_id(root, "main");
    read_box(json_object_get(main_frame, "rect"), r);
    for (size_t k = 0; k < 2; k++) {
        double x, y;
        canvas_point(pc, main_frame, tips[k][0], tips[k][1], &x, &y);
        if (x < r[0] || x > r[2] || y < r[1] || y > r[3])
            fail_msg("with the base only named, the island's tip %zu is outside the main frame (%.0f, %.0f)", k,
                     x, y);
    }
    /* The sidecar gives the box of the island's land the frame shows (the
     * focus check counts the broadcast's badge by it): both tips, within
     * a raster cell, inside the frame. */
    json_t *land = NULL, *c;
    size_t ci;
    json_array_foreach(json_object_get(root, "countries"), ci, c)
    {
        if (strcmp(json_string_value(json_object_get(c, "country")), "CU") == 0 &&
            strcmp(json_string_value(json_object_get(c, "frame")), "main") == 0)
            land = json_object_get(c, "land");
    }
    assert_non_null(land);
    double lb[4];
    read_box(land, lb);
    assert_true(lb[0] >= r[0] && lb[1] >= r[1] && lb[2] <= r[2] && lb[3] <= r[3]);
    for (size_t k = 0; k < 2; k++) {
        double x, y;
        canvas_point(pc, main_frame, tips[k][0], tips[k][1], &x, &y);
        if (x < lb[0] - 6 || x > lb[2] + 6 || y < lb[1] - 6 || y > lb[3] + 6)
            fail_msg("the island's tip %zu (%.0f, %.0f) is outside its land box [%.0f, %.0f, %.0f, %.0f]", k, x, y,
                     lb[0], lb[1], lb[2], lb[3]);
    }
    proj_context_destroy(pc);
    json_decref(root);
}

static void sea_named_in_passing_is_context(void **state)
{
    (void)state;
    /* A meeting in one capital, and a strait some 2,400 km away named
     * only as a subject ("stability across the strait"): the strait does
     * not stretch the frame to it. */
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"phnom-penh\",\"name\":\"Phnom Penh\",\"kind\":\"city\",\"country\":\"KH\","
        "\"lat\":11.5625,\"lon\":104.916},"
        "{\"id\":\"strait\",\"name\":\"Taiwan Strait\",\"kind\":\"area\",\"lat\":24.0,\"lon\":119.5}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"places\":[\"phnom-penh\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    assert_true(main_across_m(root) < 2e6);
    json_decref(root);
}

static void far_background_with_two_events_goes_to_overview(void **state)
{
    (void)state;
    /* Talks in Lima, and two earlier events in Tokyo and Manila across the
     * Pacific: the frame of Peru would grow some thousand times to hold
     * them, more than two events are worth (FOCUS_GROWTH^2). They go to
     * the overview; the main frame stays within the region. */
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"lima\",\"name\":\"Lima\",\"kind\":\"city\",\"country\":\"PE\",\"lat\":-12.0432,"
        "\"lon\":-77.0282},"
        "{\"id\":\"tokyo\",\"name\":\"Tokyo\",\"kind\":\"city\",\"country\":\"JP\",\"lat\":35.6895,"
        "\"lon\":139.6917},"
        "{\"id\":\"manila\",\"name\":\"Manila\",\"kind\":\"city\",\"country\":\"PH\",\"lat\":14.6042,"
        "\"lon\":120.9822}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"lima\"],\"status\":\"held\","
        "\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"talks\",\"places\":[\"tokyo\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"letter\",\"places\":[\"manila\"],\"status\":\"delivered\"}]}";
    json_t *root = layout_of_story(story, 1200, 675);
    assert_true(main_across_m(root) < 4e6);
    json_decref(root);
}

/* How many frames of an id the layout sidecar lists. */
static size_t frames_named(json_t *root, const char *id)
{
    size_t n = 0, i;
    json_t *f;
    json_array_foreach(json_object_get(root, "frames"), i, f) {
        const char *r = json_string_value(json_object_get(f, "id"));
        n += r && strcmp(r, id) == 0;
    }
    return n;
}

/* A capital and its airport merely named (no event at either) at the far
 * end of a story told in another city crowd on the main map: no inset for
 * them (its locator box stood alone in an empty country, magnifying where
 * nothing happened). Guard: when an event is told at the airport, the
 * pair gets its inset as before. */
static void merely_named_crowd_makes_no_inset(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Pilot flown home\",\"places\":["
        "{\"id\":\"kyiv\",\"name\":\"Kyiv\",\"kind\":\"city\",\"country\":\"UA\",\"lat\":50.45,\"lon\":30.52,"
        "\"mentions\":[[0,4],[20,24]]},"
        "{\"id\":\"mow\",\"name\":\"Moscow\",\"kind\":\"city\",\"country\":\"RU\",\"lat\":55.75,\"lon\":37.62,"
        "\"mentions\":[[30,36],[40,46],[50,56]]},"
        "{\"id\":\"vko\",\"name\":\"Vnukovo Airport\",\"kind\":\"site\",\"country\":\"RU\",\"lat\":55.59,"
        "\"lon\":37.26,\"mentions\":[[60,75]]}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"kyiv\"],\"status\":\"held\",\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"kyiv\"],\"status\":\"held\"}%s]}";
    for (int told = 0; told < 2; told++) {
        char *text = g_strdup_printf(
            story, told ? ",{\"id\":\"e3\",\"type\":\"other\",\"places\":[\"vko\"],\"status\":\"held\"}" : "");
        json_t *root = layout_of_story(text, 1600, 1000);
        g_free(text);
        if (frames_named(root, "inset") != (size_t)told)
            fail_msg("%s: %zu insets", told ? "an event at the airport" : "the pair merely named",
                     frames_named(root, "inset"));
        json_decref(root);
    }
}

/* A party of the principal event named in the title whose point lies far
 * off (Russia's, in Siberia) while its land fills the main frame (a map
 * from Kyiv to Moscow) needs no overview to show where it is. Guard: a
 * party whose land the frame does not show (Japan) still gets one. */
static void party_whose_land_fills_the_frame_needs_no_overview(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"%s leader frees pilot\",\"places\":["
        "{\"id\":\"kyiv\",\"name\":\"Kyiv\",\"kind\":\"city\",\"country\":\"UA\",\"lat\":50.45,\"lon\":30.52},"
        "{\"id\":\"mow\",\"name\":\"Moscow\",\"kind\":\"city\",\"country\":\"RU\",\"lat\":55.75,\"lon\":37.62},"
        "{\"id\":\"party\",\"name\":\"%s\",\"kind\":\"country\",\"country\":\"%s\",\"lat\":%s}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"kyiv\"],\"status\":\"held\",\"principal\":true,"
        "\"participants\":[\"%s\",\"UA\"]},"
        "{\"id\":\"e2\",\"type\":\"statement\",\"places\":[\"mow\"],\"status\":\"held\"}]}";
    for (int far = 0; far < 2; far++) {
        const char *name = far ? "Japan" : "Russia", *cc = far ? "JP" : "RU";
        char *text = g_strdup_printf(story, name, name, cc, far ? "36.0,\"lon\":138.0" : "60.83,\"lon\":99.54", cc);
        json_t *root = layout_of_story(text, 1600, 1000);
        g_free(text);
        if (frames_named(root, "overview") != (size_t)far)
            fail_msg("%s as a party: %zu overviews", name, frames_named(root, "overview"));
        json_decref(root);
    }
}

/* How many items of a sidecar list ("markers", "labels") belong to place
 * in the frame of that id. */
static size_t items_in_frame(json_t *root, const char *list, const char *place, const char *frame)
{
    size_t n = 0, i;
    json_t *m;
    json_array_foreach(json_object_get(root, list), i, m) {
        const char *p = json_string_value(json_object_get(m, "place")), *f = json_string_value(json_object_get(m, "frame"));
        n += p && f && strcmp(p, place) == 0 && strcmp(f, frame) == 0;
    }
    return n;
}

/* The overview's projection (its "crs" in the sidecar), "" without one. */
static const char *overview_crs(json_t *root)
{
    json_t *f = frame_by_id(root, "overview");
    const char *crs = f ? json_string_value(json_object_get(f, "crs")) : NULL;
    return crs ? crs : "";
}

static void overview_centred_near_a_pole_is_a_world_locator(void **state)
{
    (void)state;
    /* Meetings in western Japan, with earlier events in Havana and Prague:
     * the smallest cap holding them is centred near the North Pole, and an
     * azimuthal overview there shows the land turned on its side. The
     * overview is the world's map, whole, with every far place on it. */
    const char *story =
        "{\"title\":\"Ministers meet in Hiroshima\",\"places\":["
        "{\"id\":\"hiroshima\",\"name\":\"Hiroshima\",\"kind\":\"city\",\"country\":\"JP\","
        "\"lat\":34.3963,\"lon\":132.4596},"
        "{\"id\":\"nagasaki\",\"name\":\"Nagasaki\",\"kind\":\"city\",\"country\":\"JP\","
        "\"lat\":32.7503,\"lon\":129.8779},"
        "{\"id\":\"havana\",\"name\":\"Havana\",\"kind\":\"city\",\"country\":\"CU\","
        "\"lat\":23.1330,\"lon\":-82.3830},"
        "{\"id\":\"prague\",\"name\":\"Prague\",\"kind\":\"city\",\"country\":\"CZ\","
        "\"lat\":50.0880,\"lon\":14.4208}],"
        "\"events\":["
        "{\"id\":\"e1\",\"type\":\"meeting\",\"status\":\"held\",\"principal\":true,\"places\":[\"hiroshima\"]},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"status\":\"held\",\"places\":[\"nagasaki\"]},"
        "{\"id\":\"e3\",\"type\":\"visit\",\"status\":\"held\",\"places\":[\"havana\"]},"
        "{\"id\":\"e4\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"prague\"]}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    if (frames_named(root, "overview") != 1 || strncmp(overview_crs(root), "+proj=eqearth", 13) != 0)
        fail_msg("the overview is drawn '%s', not on the world's map", overview_crs(root));
    assert_int_equal(items_in_frame(root, "markers", "havana", "overview"), 1);
    assert_int_equal(items_in_frame(root, "markers", "prague", "overview"), 1);
    /* The whole world: about twice as wide as tall (Equal Earth, 2.05). */
    double r[4];
    read_box(json_object_get(frame_by_id(root, "overview"), "rect"), r);
    assert_true((r[2] - r[0]) / (r[3] - r[1]) > 1.8);
    json_decref(root);
}

/* Canvas y of the north and the south pole in frame `id` (a world
 * projection: each pole is a line, any meridian gives its y). */
static void pole_rows(json_t *root, const char *id, double *north, double *south)
{
    PJ_CONTEXT *pc = proj_context_create();
    json_t *f = frame_by_id(root, id);
    assert_non_null(f);
    double x;
    canvas_point(pc, f, 90, 0, &x, north);
    canvas_point(pc, f, -90, 0, &x, south);
    proj_context_destroy(pc);
}

/* The overview of a story spread over three continents is a world map
 * whose extent, clamped to the overview's shape, was taller than the
 * world: centred on the places it ran past the north pole, a strip of
 * blank paper over the Arctic (15 px at 1600 x 1000 on a world locator,
 * 39 px on a wide overview). Now the overview is slid back inside the
 * world and a world locator zoomed until the world fills its height. */
static void overview_shows_no_paper_past_the_pole(void **state)
{
    (void)state;
    const char *stories[] = {
        "{\"title\":\"Trade envoys gather in Osaka\",\"places\":["
        "{\"id\":\"osaka\",\"name\":\"Osaka\",\"kind\":\"city\",\"country\":\"JP\",\"lat\":34.69,\"lon\":135.50},"
        "{\"id\":\"kobe\",\"name\":\"Kobe\",\"kind\":\"city\",\"country\":\"JP\",\"lat\":34.69,\"lon\":135.19},"
        "{\"id\":\"mex\",\"name\":\"Mexico City\",\"kind\":\"city\",\"country\":\"MX\",\"lat\":19.43,\"lon\":-99.13},"
        "{\"id\":\"vie\",\"name\":\"Vienna\",\"kind\":\"city\",\"country\":\"AT\",\"lat\":48.21,\"lon\":16.37}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"status\":\"held\",\"principal\":true,\"places\":[\"osaka\"]},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"status\":\"held\",\"places\":[\"kobe\"]},"
        "{\"id\":\"e3\",\"type\":\"visit\",\"status\":\"held\",\"places\":[\"mex\"]},"
        "{\"id\":\"e4\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"vie\"]}]}",
        "{\"title\":\"Envoys lay wreaths in Hiroshima\",\"places\":["
        "{\"id\":\"hiroshima\",\"name\":\"Hiroshima\",\"kind\":\"city\",\"country\":\"JP\",\"lat\":34.40,\"lon\":132.45},"
        "{\"id\":\"nagasaki\",\"name\":\"Nagasaki\",\"kind\":\"city\",\"country\":\"JP\",\"lat\":32.75,\"lon\":129.88},"
        "{\"id\":\"tokyo\",\"name\":\"Tokyo\",\"kind\":\"city\",\"country\":\"JP\",\"lat\":35.69,\"lon\":139.69},"
        "{\"id\":\"havana\",\"name\":\"Havana\",\"kind\":\"city\",\"country\":\"CU\",\"lat\":23.13,\"lon\":-82.38},"
        "{\"id\":\"prague\",\"name\":\"Prague\",\"kind\":\"city\",\"country\":\"CZ\",\"lat\":50.09,\"lon\":14.42},"
        "{\"id\":\"canada\",\"name\":\"Canada\",\"kind\":\"country\",\"country\":\"CA\",\"lat\":60.0,\"lon\":-95.0},"
        "{\"id\":\"germany\",\"name\":\"Germany\",\"kind\":\"country\",\"country\":\"DE\",\"lat\":51.5,\"lon\":10.5}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"status\":\"held\",\"principal\":true,\"places\":[\"hiroshima\"]},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"status\":\"held\",\"places\":[\"havana\"]},"
        "{\"id\":\"e3\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"prague\"]},"
        "{\"id\":\"e4\",\"type\":\"letter\",\"status\":\"held\",\"places\":[\"hiroshima\"]}]}"};
    static const int sizes[][2] = {{1600, 1000}, {640, 800}};
    for (size_t i = 0; i < sizeof stories / sizeof stories[0]; i++)
        for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
            json_t *root = layout_of_story(stories[i], sizes[k][0], sizes[k][1]);
            json_t *ov = frame_by_id(root, "overview");
            if (!ov || strncmp(overview_crs(root), "+proj=eqearth", 13) != 0)
                fail_msg("story %zu at %dx%d: no world overview ('%s')", i, sizes[k][0], sizes[k][1], overview_crs(root));
            double r[4], north, south;
            read_box(json_object_get(ov, "rect"), r);
            pole_rows(root, "overview", &north, &south);
            if (north > r[1] + 1)
                fail_msg("story %zu at %dx%d: %.1f px of paper above the north pole", i, sizes[k][0], sizes[k][1],
                         north - r[1]);
            if (south < r[3] - 1)
                fail_msg("story %zu at %dx%d: %.1f px of paper below the south pole", i, sizes[k][0], sizes[k][1],
                         r[3] - south);
            /* every far place is still on it */
            assert_int_equal(items_in_frame(root, "markers", i == 0 ? "mex" : "havana", "overview"), 1);
            json_decref(root);
        }
}

/* A world map on a canvas taller than half its width (a phone's 640 x 800,
 * a 1080 x 1350 post) shows the whole world's width and so is shorter than
 * its frame: it sat low, under a band of blank paper a third of the phone
 * canvas high. Now it hangs from the title, the paper left at the bottom
 * with the legend, and no place leaves the frame (a map with no inset:
 * this story has none). */
static void world_map_on_a_tall_canvas_hangs_from_the_title(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Envoys of five capitals trade notes\",\"places\":["
        "{\"id\":\"hague\",\"name\":\"The Hague\",\"kind\":\"city\",\"lat\":52.08,\"lon\":4.31},"
        "{\"id\":\"was\",\"name\":\"Washington\",\"kind\":\"city\",\"lat\":38.895,\"lon\":-77.036},"
        "{\"id\":\"bei\",\"name\":\"Beijing\",\"kind\":\"city\",\"lat\":39.9,\"lon\":116.4},"
        "{\"id\":\"sin\",\"name\":\"Singapore\",\"kind\":\"city\",\"lat\":1.29,\"lon\":103.85},"
        "{\"id\":\"syd\",\"name\":\"Sydney\",\"kind\":\"city\",\"lat\":-33.87,\"lon\":151.21}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"status\":\"held\",\"principal\":true,\"places\":[\"sin\"]},"
        "{\"id\":\"e2\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"hague\"]},"
        "{\"id\":\"e3\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"was\"]},"
        "{\"id\":\"e4\",\"type\":\"visit\",\"status\":\"held\",\"places\":[\"bei\"]},"
        "{\"id\":\"e5\",\"type\":\"visit\",\"status\":\"held\",\"places\":[\"syd\"]}]}";
    static const int sizes[][2] = {{640, 800}, {1080, 1350}, {1080, 1080}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        json_t *mf = frame_by_id(root, "main");
        assert_true(strncmp(json_string_value(json_object_get(mf, "crs")), "+proj=eqearth", 13) == 0);
        double r[4], north, south;
        read_box(json_object_get(mf, "rect"), r);
        pole_rows(root, "main", &north, &south);
        if (fabs(north - r[1]) > 1)
            fail_msg("%dx%d: the north pole is %.1f px below the frame's top", sizes[k][0], sizes[k][1], north - r[1]);
        size_t i;
        json_t *mk;
        json_array_foreach(json_object_get(root, "markers"), i, mk) {
            double y = json_number_value(json_object_get(mk, "y"));
            if (y < r[1] || y > r[3])
                fail_msg("%dx%d: a marker at y %.1f leaves the frame", sizes[k][0], sizes[k][1], y);
        }
        if (south > r[3])
            fail_msg("%dx%d: the world runs %.1f px past the frame's bottom", sizes[k][0], sizes[k][1], south - r[3]);
        json_decref(root);
    }
}

/* A part of the world cut by the frame on both sides (Jakarta to Boston
 * across the Pacific) on a square canvas is shorter than its frame: it
 * showed a band of blank paper past the north pole, between the title and
 * the Arctic, with the insets on it (131 px of the seed's 1000 x 1000).
 * Now it is zoomed until the world fills the frame's height, as far as the
 * places keep clear of the sides; a strip left past the north pole (at
 * most 15 % of the height) is the Arctic's sea, the south pole then on the
 * frame's bottom edge. Every marker stays in the frame. */
static void cropped_world_map_fills_its_frame(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Envoys cross the Pacific with a letter\",\"places\":["
        "{\"id\":\"jkt\",\"name\":\"Jakarta\",\"kind\":\"city\",\"country\":\"ID\",\"lat\":-6.21,\"lon\":106.85},"
        "{\"id\":\"mnl\",\"name\":\"Manila\",\"kind\":\"city\",\"country\":\"PH\",\"lat\":14.60,\"lon\":120.98},"
        "{\"id\":\"pus\",\"name\":\"Busan\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":35.10,\"lon\":129.04},"
        "{\"id\":\"bos\",\"name\":\"Boston\",\"kind\":\"city\",\"country\":\"US\",\"lat\":42.36,\"lon\":-71.06},"
        "{\"id\":\"phl\",\"name\":\"Philadelphia\",\"kind\":\"city\",\"country\":\"US\",\"lat\":39.95,\"lon\":-75.17}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"agreement\",\"status\":\"held\",\"places\":[\"jkt\"]},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"mnl\"]},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"pus\"]},"
        "{\"id\":\"e4\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"phl\"]},"
        "{\"id\":\"e5\",\"type\":\"letter\",\"status\":\"refused\",\"principal\":true,\"places\":[\"pus\",\"bos\"]}]}";
    static const int sizes[][2] = {{1000, 1000}, {1080, 1080}, {640, 800}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        json_t *mf = frame_by_id(root, "main");
        if (strncmp(json_string_value(json_object_get(mf, "crs")), "+proj=eqearth", 13) != 0)
            fail_msg("%dx%d: not a world map", sizes[k][0], sizes[k][1]);
        double r[4], north, south;
        read_box(json_object_get(mf, "rect"), r);
        pole_rows(root, "main", &north, &south);
        /* the squares are filled (131 px of paper before at 1000 x 1000);
         * the phone keeps a strip of sea, the south pole on the bottom edge */
        double band_max = sizes[k][0] == sizes[k][1] ? 1 : 0.15 * (r[3] - r[1]);
        if (north - r[1] > band_max || (north > r[1] + 1 && south < r[3] - 0.5))
            fail_msg("%dx%d: %.1f px past the north pole, the south pole %.1f px above the bottom", sizes[k][0],
                     sizes[k][1], north - r[1], r[3] - south);
        size_t i;
        json_t *mk;
        json_array_foreach(json_object_get(root, "markers"), i, mk) {
            if (strcmp(json_string_value(json_object_get(mk, "frame")), "main") != 0)
                continue;
            double x = json_number_value(json_object_get(mk, "x")), y = json_number_value(json_object_get(mk, "y"));
            if (x < r[0] || x > r[2] || y < r[1] || y > r[3])
                fail_msg("%dx%d: a marker at %.1f,%.1f leaves the frame", sizes[k][0], sizes[k][1], x, y);
        }
        json_decref(root);
    }
}

/* A phone's world map of a story in the north (a peninsula's border talks,
 * a letter carried to a harbour city across the ocean) left the lower half
 * of its frame to an empty southern ocean, its two insets on the map over
 * the sea. Now the main frame ends under its last place (same projection
 * and scale), the insets stand in a row in the band freed below it, each
 * larger than on the map and tied to its locator box, and the legend
 * follows under them; the wide canvas keeps its insets on the map. */
static void phone_world_map_stacks_its_insets_below(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Envoys carry a harbour letter across the ocean\",\"places\":["
        "{\"id\":\"pyo\",\"name\":\"Pyongyang\",\"kind\":\"city\",\"country\":\"KP\",\"lat\":39.03,\"lon\":125.75},"
        "{\"id\":\"pmj\",\"name\":\"Panmunjom\",\"kind\":\"site\",\"country\":\"KR\",\"lat\":37.96,\"lon\":126.68},"
        "{\"id\":\"seo\",\"name\":\"Seoul\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":37.57,\"lon\":126.98},"
        "{\"id\":\"bos\",\"name\":\"Boston\",\"kind\":\"city\",\"country\":\"US\",\"lat\":42.36,\"lon\":-71.06},"
        "{\"id\":\"phl\",\"name\":\"Philadelphia\",\"kind\":\"city\",\"country\":\"US\",\"lat\":39.95,\"lon\":-75.17},"
        "{\"id\":\"man\",\"name\":\"Manila\",\"kind\":\"city\",\"country\":\"PH\",\"lat\":14.60,\"lon\":120.98}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"pmj\"]},"
        "{\"id\":\"e2\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"pyo\",\"seo\"]},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"man\"]},"
        "{\"id\":\"e4\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"phl\"]},"
        "{\"id\":\"e5\",\"type\":\"letter\",\"status\":\"refused\",\"principal\":true,\"places\":[\"bos\",\"phl\"]}]}";
    static const int sizes[][2] = {{640, 800}, {1600, 1000}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        json_t *mf = frame_by_id(root, "main");
        assert_true(strncmp(json_string_value(json_object_get(mf, "crs")), "+proj=eqearth", 13) == 0);
        double r[4], a[4], b[4], lg[4];
        read_box(json_object_get(mf, "rect"), r);
        assert_non_null(frame_by_id(root, "inset"));
        assert_non_null(frame_by_id(root, "inset2"));
        read_box(json_object_get(frame_by_id(root, "inset"), "rect"), a);
        read_box(json_object_get(frame_by_id(root, "inset2"), "rect"), b);
        if (sizes[k][0] > 1000) {   /* the wide map keeps them on the map */
            assert_true(a[3] <= r[3] && b[3] <= r[3]);
            json_decref(root);
            continue;
        }
        read_box(json_object_get(json_object_get(root, "legend"), "rect"), lg);
        /* the insets below the main frame, side by side, above the legend */
        if (a[1] < r[3] || b[1] < r[3])
            fail_msg("an inset starts at y %.1f, %.1f, above the main frame's bottom %.1f", a[1], b[1], r[3]);
        assert_true(a[2] <= b[0] || b[2] <= a[0]);
        assert_true(a[3] <= lg[1] && b[3] <= lg[1]);
        assert_true(fmin(a[2] - a[0], b[2] - b[0]) > sizes[k][0] * 0.3);
        /* every marker of the main frame in it, each tied by connectors */
        size_t i;
        json_t *mk;
        json_array_foreach(json_object_get(root, "markers"), i, mk) {
            if (strcmp(json_string_value(json_object_get(mk, "frame")), "main") != 0)
                continue;
            double y = json_number_value(json_object_get(mk, "y"));
            if (y < r[1] || y > r[3])
                fail_msg("a marker at y %.1f leaves the cut frame", y);
        }
        assert_int_equal(json_array_size(json_object_get(root, "connectors")), 4);
        json_decref(root);
    }
}

/* Does segment s = {x0, y0, x1, y1} pass through box b (sampled, 1 px)? */
static int segment_crosses_box(const double s[4], const double b[4])
{
    double len = hypot(s[2] - s[0], s[3] - s[1]);
    int steps = (int)len + 1;
    for (int i = 0; i <= steps; i++) {
        double x = s[0] + (s[2] - s[0]) * i / steps, y = s[1] + (s[3] - s[1]) * i / steps;
        if (x > b[0] && x < b[2] && y > b[1] && y < b[3])
            return 1;
    }
    return 0;
}

/* The same story on square canvases, whose legend is a panel on the map:
 * the insets stack below the cut main frame too, larger than on the map,
 * and the panel goes over the cut frame clear of the connectors. */
static void square_world_map_stacks_its_insets_below(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Envoys carry a harbour letter across the ocean\",\"places\":["
        "{\"id\":\"pyo\",\"name\":\"Pyongyang\",\"kind\":\"city\",\"country\":\"KP\",\"lat\":39.03,\"lon\":125.75},"
        "{\"id\":\"pmj\",\"name\":\"Panmunjom\",\"kind\":\"site\",\"country\":\"KR\",\"lat\":37.96,\"lon\":126.68},"
        "{\"id\":\"seo\",\"name\":\"Seoul\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":37.57,\"lon\":126.98},"
        "{\"id\":\"bos\",\"name\":\"Boston\",\"kind\":\"city\",\"country\":\"US\",\"lat\":42.36,\"lon\":-71.06},"
        "{\"id\":\"phl\",\"name\":\"Philadelphia\",\"kind\":\"city\",\"country\":\"US\",\"lat\":39.95,\"lon\":-75.17},"
        "{\"id\":\"man\",\"name\":\"Manila\",\"kind\":\"city\",\"country\":\"PH\",\"lat\":14.60,\"lon\":120.98}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"pmj\"]},"
        "{\"id\":\"e2\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"pyo\",\"seo\"]},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"man\"]},"
        "{\"id\":\"e4\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"phl\"]},"
        "{\"id\":\"e5\",\"type\":\"letter\",\"status\":\"refused\",\"principal\":true,\"places\":[\"bos\",\"phl\"]}]}";
    static const int sizes[][2] = {{1000, 1000}, {1080, 1080}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        json_t *mf = frame_by_id(root, "main");
        assert_true(strncmp(json_string_value(json_object_get(mf, "crs")), "+proj=eqearth", 13) == 0);
        double r[4], a[4], b[4], lg[4];
        read_box(json_object_get(mf, "rect"), r);
        assert_non_null(frame_by_id(root, "inset"));
        assert_non_null(frame_by_id(root, "inset2"));
        read_box(json_object_get(frame_by_id(root, "inset"), "rect"), a);
        read_box(json_object_get(frame_by_id(root, "inset2"), "rect"), b);
        if (a[1] < r[3] || b[1] < r[3])
            fail_msg("%dx%d: an inset starts at y %.1f, %.1f, above the main frame's bottom %.1f", sizes[k][0],
                     sizes[k][1], a[1], b[1], r[3]);
        assert_true(a[2] <= b[0] || b[2] <= a[0]);
        assert_true(a[3] <= sizes[k][1] && b[3] <= sizes[k][1]);
        /* each near a third of the width or more: on the map they had 0.28 */
        assert_true(fmin(a[2] - a[0], b[2] - b[0]) > sizes[k][0] * 0.32);
        /* the legend a panel inside the cut main frame ... */
        json_t *legend = json_object_get(root, "legend");
        read_box(json_object_get(legend, "rect"), lg);
        assert_false(json_is_true(json_object_get(legend, "below")));
        assert_true(lg[1] >= r[1] && lg[3] <= r[3]);
        /* ... that no connector runs under */
        size_t i;
        json_t *c;
        json_array_foreach(json_object_get(root, "connectors"), i, c) {
            json_t *pts = json_object_get(c, "points");
            double s[4];
            assert_int_equal(json_array_size(pts), 2);
            s[0] = json_number_value(json_array_get(json_array_get(pts, 0), 0));
            s[1] = json_number_value(json_array_get(json_array_get(pts, 0), 1));
            s[2] = json_number_value(json_array_get(json_array_get(pts, 1), 0));
            s[3] = json_number_value(json_array_get(json_array_get(pts, 1), 1));
            if (segment_crosses_box(s, lg))
                fail_msg("%dx%d: a connector (%.0f,%.0f)-(%.0f,%.0f) runs under the legend", sizes[k][0], sizes[k][1],
                         s[0], s[1], s[2], s[3]);
        }
        json_decref(root);
    }
}

/* Insets whose cells' width limits them (both clusters wider than tall)
 * leave the band's lower part to the main frame: stacked, no paper is left
 * between the legend and the credits, nor under the insets of a square. */
static void stacked_insets_give_their_slack_to_the_main_frame(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Envoys carry a harbour letter across the ocean\",\"places\":["
        "{\"id\":\"kae\",\"name\":\"Kaesong\",\"kind\":\"city\",\"country\":\"KP\",\"lat\":37.97,\"lon\":126.55},"
        "{\"id\":\"gan\",\"name\":\"Gangneung\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":37.75,\"lon\":128.90},"
        "{\"id\":\"seo\",\"name\":\"Seoul\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":37.57,\"lon\":126.98},"
        "{\"id\":\"nyc\",\"name\":\"New York\",\"kind\":\"city\",\"country\":\"US\",\"lat\":40.71,\"lon\":-74.01},"
        "{\"id\":\"was\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\",\"lat\":38.90,\"lon\":-77.04},"
        "{\"id\":\"man\",\"name\":\"Manila\",\"kind\":\"city\",\"country\":\"PH\",\"lat\":14.60,\"lon\":120.98}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"kae\"]},"
        "{\"id\":\"e2\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"gan\",\"seo\"]},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"man\"]},"
        "{\"id\":\"e4\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"was\"]},"
        "{\"id\":\"e5\",\"type\":\"letter\",\"status\":\"refused\",\"principal\":true,\"places\":[\"was\",\"nyc\"]}]}";
    static const int sizes[][2] = {{640, 800}, {800, 1000}, {1000, 1000}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        double r[4], a[4], b[4], lg[4], cr[4];
        read_box(json_object_get(frame_by_id(root, "main"), "rect"), r);
        assert_non_null(frame_by_id(root, "inset2"));
        read_box(json_object_get(frame_by_id(root, "inset"), "rect"), a);
        read_box(json_object_get(frame_by_id(root, "inset2"), "rect"), b);
        read_box(json_object_get(json_object_get(root, "legend"), "rect"), lg);
        read_box(json_object_get(json_object_get(root, "credits"), "rect"), cr);
        assert_true(a[1] >= r[3] && b[1] >= r[3]);   /* stacked */
        double fs = json_number_value(json_object_get(json_object_get(root, "legend"), "size"));
        double paper = json_is_true(json_object_get(json_object_get(root, "legend"), "below"))
                         ? cr[1] - lg[3] : sizes[k][1] - fmax(a[3], b[3]);
        if (paper > 3 * fs)
            fail_msg("%dx%d: %.0f px of paper left in the band", sizes[k][0], sizes[k][1], paper);
        json_decref(root);
    }
}

/* The envoys' story again, with a Korean harbour pair and a New York letter
 * (both clusters wider than tall), and a trade story whose only cluster is a
 * city pair, London above Geneva. */
#define STACK_PAIRS_STORY(extra)                                                                                   \
    "{\"title\":\"Envoys carry a harbour letter across the ocean\",\"places\":["                                 \
    "{\"id\":\"kae\",\"name\":\"Kaesong\",\"kind\":\"city\",\"country\":\"KP\",\"lat\":37.97,\"lon\":126.55},"     \
    "{\"id\":\"gan\",\"name\":\"Gangneung\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":37.75,\"lon\":128.90},"   \
    "{\"id\":\"seo\",\"name\":\"Seoul\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":37.57,\"lon\":126.98},"       \
    "{\"id\":\"nyc\",\"name\":\"New York\",\"kind\":\"city\",\"country\":\"US\",\"lat\":40.71,\"lon\":-74.01},"    \
    "{\"id\":\"was\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\",\"lat\":38.90,\"lon\":-77.04},"  \
    "{\"id\":\"man\",\"name\":\"Manila\",\"kind\":\"city\",\"country\":\"PH\",\"lat\":14.60,\"lon\":120.98}],"     \
    "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"kae\"]},"                  \
    "{\"id\":\"e2\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"gan\",\"seo\"]},"                    \
    "{\"id\":\"e3\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"man\"]},"                              \
    "{\"id\":\"e4\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"was\"]}," extra                        \
    "{\"id\":\"e5\",\"type\":\"letter\",\"status\":\"refused\",\"principal\":true,\"places\":[\"was\",\"nyc\"]}]}"

/* A portrait world map centred on its places showed a band of paper above
 * the north pole with its insets on the map: lifted to the title, it stacks
 * them below, each locator box still over its places. */
static void portrait_world_map_lifts_then_stacks(void **state)
{
    (void)state;
    json_t *root = layout_of_story(STACK_PAIRS_STORY(""), 1080, 1350);
    json_t *mf = frame_by_id(root, "main");
    double r[4], a[4], b[4], x, y;
    read_box(json_object_get(mf, "rect"), r);
    assert_non_null(frame_by_id(root, "inset2"));
    read_box(json_object_get(frame_by_id(root, "inset"), "rect"), a);
    read_box(json_object_get(frame_by_id(root, "inset2"), "rect"), b);
    if (a[1] < r[3] || b[1] < r[3])
        fail_msg("an inset starts at y %.1f, %.1f, above the main frame's bottom %.1f", a[1], b[1], r[3]);
    PJ_CONTEXT *pc = proj_context_create();
    canvas_point(pc, mf, 89.999, 0, &x, &y);
    if (y > r[1] + 1)
        fail_msg("%.0f px of paper above the north pole", y - r[1]);
    /* Seoul and Washington inside a locator box each */
    static const double spots[][2] = {{37.57, 126.98}, {38.90, -77.04}};
    for (size_t k = 0; k < 2; k++) {
        canvas_point(pc, mf, spots[k][0], spots[k][1], &x, &y);
        int inside = 0;
        size_t i;
        json_t *l;
        json_array_foreach(json_object_get(root, "locators"), i, l) {
            double box[4];
            read_box(json_object_get(l, "rect"), box);
            inside |= x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
        }
        if (!inside)
            fail_msg("no locator box holds (%.0f, %.0f)", x, y);
    }
    proj_context_destroy(pc);
    json_decref(root);
}

/* A lone inset of a city pair, taller than wide, would fill a portrait
 * canvas below a strip of world: its row would leave most of the band as
 * paper, and the main frame keeps half its height. It stays on the map. */
static void lone_tall_inset_stays_on_the_map(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Trade envoys meet from Cancun to Busan\",\"places\":["
        "{\"id\":\"lon\",\"name\":\"London\",\"kind\":\"city\",\"country\":\"GB\",\"lat\":51.51,\"lon\":-0.13},"
        "{\"id\":\"gen\",\"name\":\"Geneva\",\"kind\":\"city\",\"country\":\"CH\",\"lat\":46.20,\"lon\":6.15},"
        "{\"id\":\"doh\",\"name\":\"Doha\",\"kind\":\"city\",\"country\":\"QA\",\"lat\":25.29,\"lon\":51.53},"
        "{\"id\":\"hkg\",\"name\":\"Hong Kong\",\"kind\":\"city\",\"country\":\"HK\",\"lat\":22.28,\"lon\":114.16},"
        "{\"id\":\"bus\",\"name\":\"Busan\",\"kind\":\"city\",\"country\":\"KR\",\"lat\":35.10,\"lon\":129.04},"
        "{\"id\":\"can\",\"name\":\"Cancun\",\"kind\":\"city\",\"country\":\"MX\",\"lat\":21.16,\"lon\":-86.85}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"status\":\"held\",\"places\":[\"doh\"]},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"status\":\"held\",\"places\":[\"hkg\"]},"
        "{\"id\":\"e3\",\"type\":\"talks\",\"status\":\"failed\",\"places\":[\"gen\"]},"
        "{\"id\":\"e4\",\"type\":\"talks\",\"status\":\"failed\",\"places\":[\"lon\"]},"
        "{\"id\":\"e5\",\"type\":\"meeting\",\"status\":\"held\",\"principal\":true,\"places\":[\"bus\"]}]}";
    json_t *root = layout_of_story(story, 1080, 1350);
    double r[4], a[4];
    read_box(json_object_get(frame_by_id(root, "main"), "rect"), r);
    assert_non_null(frame_by_id(root, "inset"));
    read_box(json_object_get(frame_by_id(root, "inset"), "rect"), a);
    if (a[3] > r[3] || r[3] - r[1] < 0.5 * (1350 - r[1]))
        fail_msg("main frame %.0f-%.0f, inset %.0f-%.0f: stacked", r[1], r[3], a[1], a[3]);
    json_decref(root);
}

/* The legend panel keeps off a locator box: touching it, the box's edge is
 * lost against the panel's. */
static void legend_panel_keeps_off_locator_boxes(void **state)
{
    (void)state;
    json_t *root = layout_of_story(
        STACK_PAIRS_STORY("{\"id\":\"e6\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"seo\"]},"
                          "{\"id\":\"e7\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"nyc\"]},"
                          "{\"id\":\"e8\",\"type\":\"broadcast\",\"status\":\"suspended\",\"places\":[\"kae\"]},"),
        1000, 1000);
    json_t *legend = json_object_get(root, "legend");
    double lg[4];
    read_box(json_object_get(legend, "rect"), lg);
    assert_false(json_is_true(json_object_get(legend, "below")));
    double fs = json_number_value(json_object_get(legend, "size"));
    size_t i;
    json_t *l;
    json_array_foreach(json_object_get(root, "locators"), i, l) {
        double box[4];
        read_box(json_object_get(l, "rect"), box);
        double gap = fmax(fmax(box[0] - lg[2], lg[0] - box[2]), fmax(box[1] - lg[3], lg[1] - box[3]));
        if (gap < fs * 0.5)
            fail_msg("a locator box %.1f px from the legend", gap);
    }
    json_decref(root);
}

static void principal_parties_far_off_get_the_overview(void **state)
{
    (void)state;
    /* "Paris creditors ease Uganda and Mozambique debts", signed in Paris: the main
     * frame is France; the parties the title names go on an overview so a
     * reader sees where they are. */
    const char *story =
        "{\"title\":\"Paris creditors ease Uganda and Mozambique debts\",\"places\":["
        "{\"id\":\"paris\",\"name\":\"Paris\",\"kind\":\"city\",\"country\":\"FR\",\"lat\":48.8534,"
        "\"lon\":2.3488},"
        "{\"id\":\"uganda\",\"name\":\"Uganda\",\"kind\":\"country\",\"country\":\"UG\",\"lat\":1.25,"
        "\"lon\":32.5},"
        "{\"id\":\"mozambique\",\"name\":\"Mozambique\",\"kind\":\"country\",\"country\":\"MZ\","
        "\"lat\":-18.25,\"lon\":35.0}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"agreement\",\"places\":[\"paris\"],\"status\":\"held\","
        "\"participants\":[\"UG\",\"MZ\"],\"principal\":true}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    assert_int_equal(frames_named(root, "overview"), 1);
    /* Europe and Africa, centred near the tropic: the land is upright on an
     * azimuthal view, which shows it larger than the world's map would. */
    assert_true(strncmp(overview_crs(root), "+proj=laea", 10) == 0);
    /* ... marked and named there: tinted land alone tells nothing. */
    assert_int_equal(items_in_frame(root, "markers", "uganda", "overview"), 1);
    assert_int_equal(items_in_frame(root, "labels", "mozambique", "overview"), 1);
    json_decref(root);
    /* A party whose far city is on the overview already (Washington for
     * the United States) gets no second marker there. */
    const char *shown =
        "{\"title\":\"Vietnam and United States hold talks\",\"places\":["
        "{\"id\":\"hanoi\",\"name\":\"Hanoi\",\"kind\":\"city\",\"country\":\"VN\",\"lat\":21.0245,"
        "\"lon\":105.8412},"
        "{\"id\":\"united-states\",\"name\":\"United States\",\"kind\":\"country\",\"country\":\"US\","
        "\"lat\":39.76,\"lon\":-98.5},"
        "{\"id\":\"washington\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\","
        "\"lat\":38.895,\"lon\":-77.036}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"hanoi\"],\"status\":\"held\","
        "\"participants\":[\"VN\",\"US\"],\"principal\":true}]}";
    root = layout_of_story(shown, 1600, 1000);
    assert_int_equal(items_in_frame(root, "markers", "washington", "overview"), 1);
    assert_int_equal(items_in_frame(root, "markers", "united-states", "overview"), 0);
    json_decref(root);
    /* Parties the title does not name (a visitor's home country) are not
     * drawn for. */
    char *untitled = g_strconcat("{\"title\":\"Debt accord\"", strstr(story, ",\"places\""), NULL);
    root = layout_of_story(untitled, 1600, 1000);
    assert_int_equal(frames_named(root, "overview"), 0);
    json_decref(root);
    g_free(untitled);
    /* A party whose land borders the frame (South Korea below a map of
     * the North) needs none. */
    const char *near =
        "{\"title\":\"Letter\",\"places\":["
        "{\"id\":\"pyongyang\",\"name\":\"Pyongyang\",\"kind\":\"city\",\"country\":\"KP\","
        "\"lat\":39.0339,\"lon\":125.7543},"
        "{\"id\":\"south-korea\",\"name\":\"South Korea\",\"kind\":\"country\",\"country\":\"KR\","
        "\"lat\":36.5,\"lon\":127.75}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"places\":[\"pyongyang\"],\"status\":\"held\","
        "\"participants\":[\"KP\",\"KR\"],\"principal\":true}]}";
    root = layout_of_story(near, 1600, 1000);
    assert_int_equal(frames_named(root, "overview"), 0);
    json_decref(root);
}

static void event_sea_past_the_frame_is_named(void **state)
{
    (void)state;
    /* A collision in a sea and a meeting 1,700 km away: the frame fits the
     * markers, and the sea's point lies just past its top; the sea, an
     * event's place, is still named (at the frame's edge). */
    const char *story =
        "{\"title\":\"Collision\",\"places\":["
        "{\"id\":\"shoal\",\"name\":\"Second Thomas Shoal\",\"kind\":\"site\",\"lat\":9.73,\"lon\":115.87},"
        "{\"id\":\"sea\",\"name\":\"South China Sea\",\"kind\":\"area\",\"lat\":12.0,\"lon\":113.0},"
        "{\"id\":\"kl\",\"name\":\"Kuala Lumpur\",\"kind\":\"city\",\"country\":\"MY\","
        "\"lat\":3.1412,\"lon\":101.68653}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"incident\",\"places\":[\"shoal\",\"sea\"],\"status\":\"held\"},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"kl\"],\"status\":\"planned\"}]}";
    json_t *root = layout_of_story(story, 1600, 1000);
    int named = 0;
    size_t i;
    json_t *l;
    json_array_foreach(json_object_get(root, "labels"), i, l) {
        const char *place = json_string_value(json_object_get(l, "place"));
        if (place && strcmp(place, "sea") == 0)
            named = 1;
    }
    assert_true(named);
    json_decref(root);
}

/* The principal event's marker at the frame's outermost place, on a narrow
 * canvas: the frame's margin (a share of what it fits) must still hold the
 * marker and its name beside it, clear of the edge by two label sizes
 * (focus.c's PRINCIPAL_CLEARANCE). Talks at the east end of two cities:
 * the name went east of the marker and ended 9 px from the frame's edge. */
static void principal_keeps_off_the_edge(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"\"name\":\"Ankara\",\"kind\":\"city\",\"lat\":39.92,\"lon\":32.85",
         "\"name\":\"Sofia\",\"kind\":\"city\",\"lat\":42.70,\"lon\":23.32"},
        {"\"name\":\"Nairobi\",\"kind\":\"city\",\"lat\":-1.29,\"lon\":36.82",
         "\"name\":\"Kampala\",\"kind\":\"city\",\"lat\":0.35,\"lon\":32.58"}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
        char story[1024];
        snprintf(story, sizeof story,
                 "{\"title\":\"Talks\",\"places\":[{\"id\":\"p1\",%s},{\"id\":\"p2\",%s}],"
                 "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"p1\"],\"status\":\"held\"},"
                 "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"p2\"],\"status\":\"held\"}]}",
                 pairs[k][0], pairs[k][1]);
        json_t *root = layout_of_story(story, 640, 800);
        double r[4], fs = font_size_of(root);
        read_box(json_object_get(frame_by_id(root, "main"), "rect"), r);
        json_t *m = marker_of(root, "p1");
        assert_non_null(m);
        double x = json_number_value(json_object_get(m, "x")), y = json_number_value(json_object_get(m, "y"));
        double hw = json_number_value(json_object_get(m, "half_width")), rad = json_number_value(json_object_get(m, "radius"));
        double b[4] = {x - hw, y - rad, x + hw, y + rad};
        size_t i;
        json_t *l;
        json_array_foreach(json_object_get(root, "labels"), i, l)
            if (strcmp(json_string_value(json_object_get(l, "place")), "p1") == 0) {
                double lb[4];
                read_box(json_object_get(l, "bbox"), lb);
                b[0] = fmin(b[0], lb[0]), b[1] = fmin(b[1], lb[1]), b[2] = fmax(b[2], lb[2]), b[3] = fmax(b[3], lb[3]);
            }
        /* The name's ink box sits a little inside the box the rule keeps
         * clear (its line height): 1.5 label sizes of the ink. */
        double clear = fmin(fmin(b[0] - r[0], r[2] - b[2]), fmin(b[1] - r[1], r[3] - b[3]));
        if (clear < 1.5 * fs)
            fail_msg("pair %zu: the principal's marker and name are %.1f from the frame's edge", k, clear);
        json_decref(root);
    }
}

/* A town merely named at the far end of a country the story visits: focus
 * leaves it to the overview (it would crowd the events), then the frame
 * grows to show the country whole and its spot lies well inside the main
 * frame. It is drawn there, not only in the overview. */
static void named_place_the_frame_shows_is_drawn_there(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"lju\",\"name\":\"Ljubljana\",\"kind\":\"city\",\"country\":\"SI\",\"lat\":46.05,\"lon\":14.51},"
        "{\"id\":\"hr\",\"name\":\"Croatia\",\"kind\":\"country\",\"country\":\"HR\",\"lat\":45.81,\"lon\":15.98},"
        "{\"id\":\"dbv\",\"name\":\"Dubrovnik\",\"kind\":\"city\",\"country\":\"HR\",\"lat\":42.65,\"lon\":18.09},"
        "{\"id\":\"was\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\",\"lat\":38.895,"
        "\"lon\":-77.036}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"lju\"],\"status\":\"held\",\"date\":\"1997-04-23\","
        "\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"places\":[\"hr\"],\"status\":\"held\",\"date\":\"1997-04-23\"},"
        "{\"id\":\"e3\",\"type\":\"talks\",\"places\":[\"was\"],\"status\":\"held\",\"date\":\"1997-03\"}]}";
    json_t *root = layout_of_story(story, 1200, 675);
    json_t *m = marker_of(root, "dbv");
    assert_non_null(m);
    assert_string_equal(json_string_value(json_object_get(m, "frame")), "main");
    /* and once: the overview keeps the far city only */
    size_t i, n = 0;
    json_t *k;
    json_array_foreach(json_object_get(root, "markers"), i, k)
        n += strcmp(json_string_value(json_object_get(k, "place")), "dbv") == 0;
    assert_int_equal(n, 1);
    m = marker_of(root, "was");
    assert_non_null(m);
    assert_string_equal(json_string_value(json_object_get(m, "frame")), "overview");
    json_decref(root);
}

/* How near a place's marker sits to the main frame's edge: its least
 * distance to a side, as a share of that side's frame length. */
static double edge_share(json_t *root, const char *place)
{
    double r[4];
    read_box(json_object_get(frame_by_id(root, "main"), "rect"), r);
    json_t *m = marker_of(root, place);
    assert_non_null(m);
    double x = json_number_value(json_object_get(m, "x")), y = json_number_value(json_object_get(m, "y"));
    return fmin(fmin(x - r[0], r[2] - x) / (r[2] - r[0]), fmin(y - r[1], r[3] - y) / (r[3] - r[1]));
}

/* The frame fits the story's places with a margin of a tenth of its side:
 * talks at the west end of three capitals sat in the frame's corner, where
 * the reader looks last. The principal place now sits at least a fifth of
 * the frame from each edge (focus.c's PRINCIPAL_INSET), the frame shifted
 * or a little larger on its side; no place is cut. */
static void principal_sits_away_from_the_corner(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"mad\",\"name\":\"Madrid\",\"kind\":\"city\",\"lat\":40.42,\"lon\":-3.70},"
        "{\"id\":\"rom\",\"name\":\"Rome\",\"kind\":\"city\",\"lat\":41.90,\"lon\":12.50},"
        "{\"id\":\"ath\",\"name\":\"Athens\",\"kind\":\"city\",\"lat\":37.98,\"lon\":23.73}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"mad\"],\"status\":\"held\",\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"rom\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"places\":[\"ath\"],\"status\":\"held\"}]}";
    static const int sizes[][2] = {{1200, 675}, {1600, 1000}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        double share = edge_share(root, "mad");
        if (share < 0.19)
            fail_msg("%dx%d: the principal's place is %.3f of the frame from its edge", sizes[k][0], sizes[k][1], share);
        /* nothing cut: every place in the main frame */
        static const char *const ids[] = {"rom", "ath"};
        for (size_t j = 0; j < 2; j++) {
            json_t *o = marker_of(root, ids[j]);
            assert_non_null(o);
            assert_string_equal(json_string_value(json_object_get(o, "frame")), "main");
        }
        json_decref(root);
    }
}

/* Distance from (x, y) to the box of a layout item's "bbox", px. */
static double bbox_distance(json_t *item, double x, double y)
{
    double b[4];
    read_box(json_object_get(item, "bbox"), b);
    return hypot(fmax(fmax(b[0] - x, x - b[2]), 0), fmax(fmax(b[1] - y, y - b[3]), 0));
}

/* On a small overview (a phone's, some 166 px wide) two capitals' dots sit
 * a few pixels apart, and a name beside the wrong one reads as its name.
 * Every name there without a leader is nearer its own dot than any other
 * dot, by half a label size (labels.c's AMBIGUOUS_EM). */
static void overview_names_sit_by_their_own_dots(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Leaders meet in Washington\",\"places\":["
        "{\"id\":\"washington\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\",\"lat\":38.895,"
        "\"lon\":-77.036},"
        "{\"id\":\"paris\",\"name\":\"Paris\",\"kind\":\"city\",\"country\":\"FR\",\"lat\":48.85,\"lon\":2.35},"
        "{\"id\":\"prague\",\"name\":\"Prague\",\"kind\":\"city\",\"country\":\"CZ\",\"lat\":50.09,\"lon\":14.42}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"meeting\",\"date\":\"2025-03-31\",\"places\":[\"washington\"],"
        "\"status\":\"held\",\"principal\":true}]}";
    json_t *l, *m, *root = layout_of_story(story, 640, 800);
    size_t i, k, named = 0;
    json_array_foreach(json_object_get(root, "labels"), i, l) {
        if (strcmp(json_string_value(json_object_get(l, "frame")), "overview") != 0 || json_object_get(l, "leader"))
            continue;
        const char *place = json_string_value(json_object_get(l, "place"));
        double own = INFINITY, other = INFINITY;
        json_array_foreach(json_object_get(root, "markers"), k, m) {
            if (strcmp(json_string_value(json_object_get(m, "frame")), "overview") != 0)
                continue;
            double d = bbox_distance(l, json_number_value(json_object_get(m, "x")),
                                     json_number_value(json_object_get(m, "y")));
            if (strcmp(json_string_value(json_object_get(m, "place")), place) == 0)
                own = fmin(own, d);
            else
                other = fmin(other, d);
        }
        if (other < own + 0.5 * font_size_of(root))
            fail_msg("the overview's '%s' is %.1f px from its dot and %.1f from another", place, own, other);
        named++;
    }
    assert_true(named >= 1);
    json_decref(root);
}

/* A city and its airport at the other end of the story, closer than
 * insets.c's crowding distance already, kept the frame's scale, and the
 * principal stayed at the edge. A pair crowding already is left out of
 * the guard below (zooming out does not change which places crowd): the
 * principal's place sits a fifth of the frame from each edge again. */
static void principal_off_the_edge_past_a_crowded_pair(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"mad\",\"name\":\"Madrid\",\"kind\":\"city\",\"lat\":40.42,\"lon\":-3.70},"
        "{\"id\":\"rom\",\"name\":\"Rome\",\"kind\":\"city\",\"lat\":41.90,\"lon\":12.50},"
        "{\"id\":\"ath\",\"name\":\"Athens\",\"kind\":\"city\",\"lat\":37.98,\"lon\":23.73},"
        "{\"id\":\"aia\",\"name\":\"Athens Airport\",\"kind\":\"site\",\"lat\":37.94,\"lon\":23.94}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"mad\"],\"status\":\"held\",\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"rom\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"places\":[\"ath\"],\"status\":\"held\"},"
        "{\"id\":\"e4\",\"type\":\"statement\",\"places\":[\"aia\"],\"status\":\"held\"}]}";
    static const int sizes[][2] = {{1200, 675}, {1600, 1000}, {640, 800}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        double share = edge_share(root, "mad");
        if (share < 0.15)
            fail_msg("%dx%d: the principal's place is %.3f of the frame from its edge", sizes[k][0], sizes[k][1], share);
        json_decref(root);
    }
}

/* A story spread over three continents is drawn on a world projection,
 * and the centring skipped world maps (a world map slides back inside the
 * world's outline once fitted): talks in the westernmost capital sat a
 * tenth of the frame from its edge (0.097 without the change). The frame
 * now grows on the principal's side as far as the world's outline. */
static void principal_off_the_edge_of_a_world_map(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"was\",\"name\":\"Washington\",\"kind\":\"city\",\"lat\":38.895,\"lon\":-77.036},"
        "{\"id\":\"bru\",\"name\":\"Brussels\",\"kind\":\"city\",\"lat\":50.85,\"lon\":4.35},"
        "{\"id\":\"war\",\"name\":\"Warsaw\",\"kind\":\"city\",\"lat\":52.23,\"lon\":21.01},"
        "{\"id\":\"lah\",\"name\":\"Lahore\",\"kind\":\"city\",\"lat\":31.55,\"lon\":74.34}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"was\"],\"status\":\"held\",\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"bru\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"places\":[\"war\"],\"status\":\"held\"},"
        "{\"id\":\"e4\",\"type\":\"statement\",\"places\":[\"lah\"],\"status\":\"held\"}]}";
    static const int sizes[][2] = {{1200, 675}, {1600, 1000}, {640, 800}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        const char *crs = json_string_value(json_object_get(frame_by_id(root, "main"), "crs"));
        assert_non_null(crs);
        assert_true(strncmp(crs, "+proj=eqearth", 13) == 0);   /* the case is a world map */
        double share = edge_share(root, "was");
        if (share < 0.15)
            fail_msg("%dx%d: the principal's place is %.3f of the frame from its edge", sizes[k][0], sizes[k][1], share);
        json_decref(root);
    }
}

/* A country as principal was left where the frame's margin put it (its
 * badge goes on its land, not at its point): talks in an island country at
 * the east end of two capitals sat 0.097 of the frame from the side. The
 * centring now moves the country's point a fifth of the frame in, and its
 * badge with it. */
static void principal_country_off_the_edge(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"cy\",\"name\":\"Cyprus\",\"kind\":\"country\",\"country\":\"CY\",\"lat\":35.0,\"lon\":33.0},"
        "{\"id\":\"rom\",\"name\":\"Rome\",\"kind\":\"city\",\"lat\":41.90,\"lon\":12.50},"
        "{\"id\":\"ath\",\"name\":\"Athens\",\"kind\":\"city\",\"lat\":37.98,\"lon\":23.73}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"cy\"],\"status\":\"held\",\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"statement\",\"places\":[\"rom\"],\"status\":\"held\"},"
        "{\"id\":\"e3\",\"type\":\"meeting\",\"places\":[\"ath\"],\"status\":\"held\"}]}";
    static const int sizes[][2] = {{1200, 675}, {1600, 1000}, {640, 800}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        double share = edge_share(root, "cy");
        if (share < 0.15)
            fail_msg("%dx%d: the principal country's badge is %.3f of the frame from its edge", sizes[k][0],
                     sizes[k][1], share);
        json_decref(root);
    }
}

/* A story whose events stand nowhere (a statement with no place) frames
 * the places the text names most, not every place named: a city named
 * once across the ocean goes to the overview, a neighbour of the core
 * stays. */
static void story_without_placed_events_frames_its_main_group(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Ministers speak\",\"places\":["
        "{\"id\":\"tyo\",\"name\":\"Tokyo\",\"kind\":\"city\",\"lat\":35.69,\"lon\":139.69,"
        "\"mentions\":[[0,5],[30,35],[60,65]]},"
        "{\"id\":\"osa\",\"name\":\"Osaka\",\"kind\":\"city\",\"lat\":34.69,\"lon\":135.50,\"mentions\":[[10,15]]},"
        "{\"id\":\"bue\",\"name\":\"Buenos Aires\",\"kind\":\"city\",\"lat\":-34.60,\"lon\":-58.38,"
        "\"mentions\":[[40,52]]}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"statement\",\"places\":[],\"status\":\"held\"}]}";
    static const int sizes[][2] = {{1200, 675}, {1600, 1000}, {640, 800}};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        json_t *b = marker_of(root, "bue"), *o = marker_of(root, "osa");
        assert_non_null(b);
        assert_non_null(o);
        const char *got = json_string_value(json_object_get(b, "frame"));
        if (strcmp(got, "overview") != 0)
            fail_msg("%dx%d: a city named once across the ocean is drawn in the %s frame", sizes[k][0],
                     sizes[k][1], got);
        assert_string_equal(json_string_value(json_object_get(o, "frame")), "main");
        json_decref(root);
    }
}

/* Two events in one city (no frame spreads them) and two cities merely
 * named once: one a region away, one across the continent. The far one
 * goes to the overview (it would make the map a continent with the events
 * at its edge); the near one stays as context. Guard: a far city the text
 * names twice is part of the story and stays in the main frame (on the
 * landscape canvases: on a phone's portrait one, focus's step 3 already
 * leaves it out, as it did before). */
static void city_named_once_far_from_one_spot_goes_to_the_overview(void **state)
{
    (void)state;
    static const char *fmt =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"lis\",\"name\":\"Lisbon\",\"kind\":\"city\",\"lat\":38.72,\"lon\":-9.14,\"mentions\":[[0,6]]},"
        "{\"id\":\"opo\",\"name\":\"Porto\",\"kind\":\"city\",\"lat\":41.15,\"lon\":-8.61,\"mentions\":[[10,15]]},"
        "{\"id\":\"waw\",\"name\":\"Warsaw\",\"kind\":\"city\",\"lat\":52.23,\"lon\":21.01,\"mentions\":[%s]}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"lis\"],\"status\":\"held\",\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"lis\"],\"status\":\"held\"}]}";
    static const int sizes[][2] = {{1200, 675}, {1600, 1000}, {640, 800}};
    for (int twice = 0; twice < 2; twice++) {
        char story[2048];
        snprintf(story, sizeof story, fmt, twice ? "[20,26],[40,46]" : "[20,26]");
        for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
            if (twice && sizes[k][0] < sizes[k][1])
                continue;
            json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
            json_t *w = marker_of(root, "waw"), *o = marker_of(root, "opo");
            assert_non_null(w);
            assert_non_null(o);
            const char *want = twice ? "main" : "overview", *got = json_string_value(json_object_get(w, "frame"));
            if (strcmp(got, want) != 0)
                fail_msg("%dx%d: a far city named %s is drawn in the %s frame", sizes[k][0], sizes[k][1],
                         twice ? "twice" : "once", got);
            assert_string_equal(json_string_value(json_object_get(o, "frame")), "main");
            json_decref(root);
        }
    }
}

/* Guard: zooming out to bring the principal in from the edge would crowd
 * a city and its airport at the other end of the frame together (closer
 * than insets.c's crowding distance, 2.4 label sizes: on the corpus such a
 * pair went to an inset). Places about to crowd keep the scale: the
 * frame only shifts, and the pair stays as far apart as before (27 px
 * here; 24 px when the frame zoomed out). */
static void principal_centring_keeps_a_crowded_pair_apart(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"lis\",\"name\":\"Lisbon\",\"kind\":\"city\",\"lat\":38.72,\"lon\":-9.14},"
        "{\"id\":\"mad\",\"name\":\"Madrid\",\"kind\":\"city\",\"lat\":40.42,\"lon\":-3.70},"
        "{\"id\":\"bar\",\"name\":\"Barajas\",\"kind\":\"site\",\"lat\":40.49,\"lon\":-3.57}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"lis\"],\"status\":\"held\",\"principal\":true},"
        "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"lis\"],\"status\":\"held\"}]}";
    json_t *root = layout_of_story(story, 1200, 675);
    json_t *a = marker_of(root, "mad"), *b = marker_of(root, "bar");
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(json_string_value(json_object_get(a, "frame")), "main");
    double d = hypot(json_number_value(json_object_get(a, "x")) - json_number_value(json_object_get(b, "x")),
                     json_number_value(json_object_get(a, "y")) - json_number_value(json_object_get(b, "y")));
    if (d < 2.4 * font_size_of(root))
        fail_msg("the city and its airport are %.1f apart (%.1f label sizes)", d, d / font_size_of(root));
    json_decref(root);
}

/* A name keeps three quarters of a label size of map between its ink and
 * its frame's edge where a free spot does (labels.c's EDGE_MARGIN): a
 * town at the east end of the story, named east of its marker, ended a
 * few pixels from the right edge while the spots west of it were free.
 * Swept over the name's length (a letter, and narrow letters, at a time)
 * so that some lengths fall between the frame's hard limit (0.45 label
 * sizes) and the margin. */
static void names_keep_off_the_frame_edge(void **state)
{
    (void)state;
    static const char stem[] = "Lowerbrookhamptonfield";
    static const int sizes[][2] = {{1200, 675}, {1600, 1000}};
    int near = 0;
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
        for (int n = 8; n <= 16; n++)
            for (int narrow = 0; narrow < 4; narrow++) {
                char story[1024];
                snprintf(story, sizeof story,
                         "{\"title\":\"Talks\",\"places\":["
                         "{\"id\":\"w\",\"name\":\"Westby\",\"kind\":\"city\",\"lat\":48.0,\"lon\":2.0},"
                         "{\"id\":\"e\",\"name\":\"%.*s%.*s\",\"kind\":\"city\",\"lat\":48.3,\"lon\":9.0}],"
                         "\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"places\":[\"w\"],\"status\":\"held\","
                         "\"principal\":true},"
                         "{\"id\":\"e2\",\"type\":\"meeting\",\"places\":[\"e\"],\"status\":\"held\"}]}",
                         n, stem, narrow, "iii");
                json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
                double fs = font_size_of(root);
                size_t i;
                json_t *l;
                json_array_foreach(json_object_get(root, "labels"), i, l)
                {
                    double r[4], b[4];
                    const char *frame = json_string_value(json_object_get(l, "frame"));
                    read_box(json_object_get(frame_by_id(root, frame), "rect"), r);
                    read_box(json_object_get(l, "bbox"), b);
                    double clear = fmin(fmin(b[0] - r[0], r[2] - b[2]), fmin(b[1] - r[1], r[3] - b[3]));
                    near += clear < 0.75 * fs + 2;
                    if (clear < 0.75 * fs - 0.01)
                        fail_msg("%dx%d, a name of %d + %d letters: '%s' ends %.1f px (%.2f label sizes) from its "
                                 "frame's edge",
                                 sizes[k][0], sizes[k][1], n, narrow, json_string_value(json_object_get(l, "text")),
                                 clear, clear / fs);
                }
                json_decref(root);
            }
    /* the sweep reaches the margin: some names end at it */
    assert_true(near > 0);
}


static cairo_status_t read_png_bytes(void *closure, unsigned char *data, unsigned int length)
{
    struct {
        const unsigned char *p;
        size_t left;
    } *in = closure;
    if (length > in->left)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(data, in->p, length);
    in->p += length;
    in->left -= length;
    return CAIRO_STATUS_SUCCESS;
}

/* Magenta pixels of a map drawn as a PNG with a theme that colours only
 * state and province lines magenta (nothing else in the light theme is). */
static size_t admin1_pixels(const char *story, int width, int height, int *lines)
{
    char spath[] = "/tmp/dm_test_story_XXXXXX", tpath[] = "/tmp/dm_test_theme_XXXXXX";
    write_story(story, spath);
    int fd = mkstemp(tpath); /* a path with "/" is a theme file */
    assert_true(fd >= 0);
    FILE *tf = fdopen(fd, "w");
    fputs("{\"base\": \"light\", \"colours\": {\"admin1\": \"#ff00ff\"}}", tf);
    fclose(tf);
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    dm_map_t *map = NULL;
    dm_map_options_t opts;
    dm_map_options_init(&opts);
    opts.width = width;
    opts.height = height;
    opts.theme = tpath;
    unsigned char *png = NULL;
    size_t len = 0;
    if (dm_story_load_file(ctx, spath, &s) != DM_OK || dm_story_resolve(s, NULL) != DM_OK ||
        dm_map_create(ctx, s, &opts, &map) != DM_OK || dm_map_render_to_memory(map, DM_FORMAT_PNG, &png, &len) != DM_OK)
        fail_msg("%s", dm_context_last_error(ctx));
    remove(spath);
    remove(tpath);
    *lines = 0;
    for (int i = 0; i < map->frame_count; i++)
        *lines += map->frames[i].admin1.count > 0;
    struct {
        const unsigned char *p;
        size_t left;
    } in = {png, len};
    cairo_surface_t *img = cairo_image_surface_create_from_png_stream(read_png_bytes, &in);
    assert_int_equal(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
    cairo_surface_flush(img);
    const unsigned char *px = cairo_image_surface_get_data(img);
    int stride = cairo_image_surface_get_stride(img), w = cairo_image_surface_get_width(img),
        h = cairo_image_surface_get_height(img);
    size_t count = 0;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            uint32_t v = *(const uint32_t *)(const void *)(px + (size_t)y * stride + (size_t)x * 4);
            unsigned r = v >> 16 & 0xff, g = v >> 8 & 0xff, b = v & 0xff;
            /* Antialiased, a thin line blends with the land: red and blue
             * well above green marks it. */
            count += r > g + 40 && b > g + 40;
        }
    cairo_surface_destroy(img);
    dm_free(png);
    dm_map_destroy(map);
    dm_story_destroy(s);
    dm_context_destroy(ctx);
    return count;
}

static void state_lines_on_regional_maps_of_large_countries(void **state)
{
    (void)state;
    /* Two towns some 500 km apart inside a large federal country (invented
     * names, points in northern India): the frame is a few hundred km
     * across and crosses state lines, which are drawn. */
    const char *inland =
        "{\"title\":\"Envoys\",\"places\":["
        "{\"id\":\"alpha\",\"name\":\"Alphaville\",\"kind\":\"city\",\"country\":\"IN\",\"lat\":26.85,\"lon\":80.95},"
        "{\"id\":\"beta\",\"name\":\"Betatown\",\"kind\":\"city\",\"country\":\"IN\",\"lat\":25.6,\"lon\":85.1}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"alpha\",\"beta\"],\"status\":\"held\"}]}";
    int lines = 0;
    assert_true(admin1_pixels(inland, 800, 600, &lines) > 200);
    assert_true(lines > 0);
    /* The same country with a partner an ocean away: a map of thousands of
     * km, where state lines would only add texture, draws none. */
    const char *wide =
        "{\"title\":\"Call\",\"places\":["
        "{\"id\":\"alpha\",\"name\":\"Alphaville\",\"kind\":\"city\",\"country\":\"IN\",\"lat\":26.85,\"lon\":80.95},"
        "{\"id\":\"gamma\",\"name\":\"Gammaport\",\"kind\":\"city\",\"country\":\"BR\",\"lat\":-15.8,\"lon\":-47.9}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"call\",\"places\":[\"alpha\",\"gamma\"],\"status\":\"held\"}]}";
    assert_int_equal(admin1_pixels(wide, 800, 600, &lines), 0);
    assert_int_equal(lines, 0);
    /* A regional map of a country the layer leaves out (France's regions
     * are small enough for its borders and coasts to orient by). */
    const char *small =
        "{\"title\":\"Talks\",\"places\":["
        "{\"id\":\"delta\",\"name\":\"Deltaburg\",\"kind\":\"city\",\"country\":\"FR\",\"lat\":47.2,\"lon\":1.5},"
        "{\"id\":\"eps\",\"name\":\"Epsilon\",\"kind\":\"city\",\"country\":\"FR\",\"lat\":45.0,\"lon\":4.0}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"places\":[\"delta\",\"eps\"],\"status\":\"held\"}]}";
    assert_int_equal(admin1_pixels(small, 800, 600, &lines), 0);
}

/* A country named in passing that is too small for its name on a map of
 * a wide spread (Belgium, Israel, Qatar, South Korea on one canvas from
 * Washington to Tokyo) was named wherever a free spot lay near its point:
 * out in the sea, over the neighbour, two letters off its coast (the
 * seed's "South Korea" in the Sea of Japan, its land under a locator box).
 * A country's name now lies on its land or touches it, else it is left
 * out (dropped_labels). Checked against points of each country's land
 * (a few inside each, our own picks), at two sizes. */
static void country_name_sits_on_its_land_or_goes(void **state)
{
    (void)state;
    const char *story =
        "{\"title\":\"A royal envoy tours three capitals before talks in Tokyo\",\"places\":["
        "{\"id\":\"lon\",\"name\":\"London\",\"kind\":\"city\",\"country\":\"GB\",\"lat\":51.51,\"lon\":-0.13},"
        "{\"id\":\"ryd\",\"name\":\"Riyadh\",\"kind\":\"city\",\"country\":\"SA\",\"lat\":24.69,\"lon\":46.72},"
        "{\"id\":\"was\",\"name\":\"Washington\",\"kind\":\"city\",\"country\":\"US\",\"lat\":38.90,\"lon\":-77.04},"
        "{\"id\":\"tyo\",\"name\":\"Tokyo\",\"kind\":\"city\",\"country\":\"JP\",\"lat\":35.68,\"lon\":139.69},"
        "{\"id\":\"il\",\"name\":\"Israel\",\"kind\":\"country\",\"country\":\"IL\",\"lat\":31.4,\"lon\":35.0},"
        "{\"id\":\"be\",\"name\":\"Belgium\",\"kind\":\"country\",\"country\":\"BE\",\"lat\":50.6,\"lon\":4.6},"
        "{\"id\":\"qa\",\"name\":\"Qatar\",\"kind\":\"country\",\"country\":\"QA\",\"lat\":25.3,\"lon\":51.2},"
        "{\"id\":\"kr\",\"name\":\"South Korea\",\"kind\":\"country\",\"country\":\"KR\",\"lat\":36.5,\"lon\":127.9}],"
        "\"events\":[{\"id\":\"e1\",\"type\":\"visit\",\"status\":\"held\",\"principal\":true,\"places\":[\"lon\"]},"
        "{\"id\":\"e2\",\"type\":\"visit\",\"status\":\"held\",\"places\":[\"ryd\"]},"
        "{\"id\":\"e3\",\"type\":\"statement\",\"status\":\"held\",\"places\":[\"was\"]},"
        "{\"id\":\"e4\",\"type\":\"talks\",\"status\":\"planned\",\"places\":[\"tyo\"]}]}";
    static const struct {
        const char *code;
        double pts[8][2];   /* lat, lon inside the country; 0,0 ends */
    } land[] = {
        {"BE", {{50.85, 4.35}, {51.05, 3.72}, {50.45, 3.95}, {50.5, 5.0}, {50.6, 5.7}, {50.0, 5.2}, {51.2, 4.4}}},
        {"IL", {{32.8, 35.1}, {32.1, 34.85}, {31.3, 34.8}, {30.6, 34.8}, {29.8, 34.95}, {31.8, 34.9}}},
        {"QA", {{25.3, 51.45}, {25.8, 51.3}, {24.9, 51.1}, {25.5, 51.1}}},
        {"KR", {{37.5, 127.0}, {37.3, 128.5}, {36.4, 127.4}, {35.9, 128.6}, {35.2, 129.0}, {35.0, 126.9}, {36.8, 127.1},
                {36.5, 129.3}}},
    };
    static const int sizes[][2] = {{1000, 1000}, {1600, 1000}};
    PJ_CONTEXT *pc = proj_context_create();
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        json_t *root = layout_of_story(story, sizes[k][0], sizes[k][1]);
        json_t *mf = frame_by_id(root, "main");
        size_t i;
        json_t *l;
        json_array_foreach(json_object_get(root, "labels"), i, l) {
            const char *code = json_string_value(json_object_get(l, "country"));
            if (!code || strcmp(json_string_value(json_object_get(l, "frame")), "main") != 0)
                continue;
            double b[4];
            read_box(json_object_get(l, "bbox"), b);
            for (size_t c = 0; c < sizeof land / sizeof land[0]; c++) {
                if (strcmp(land[c].code, code) != 0)
                    continue;
                double nearest = INFINITY;
                for (size_t q = 0; q < 8 && land[c].pts[q][0] != 0; q++) {
                    double x, y;
                    canvas_point(pc, mf, land[c].pts[q][0], land[c].pts[q][1], &x, &y);
                    double dx = fmax(fmax(b[0] - x, x - b[2]), 0), dy = fmax(fmax(b[1] - y, y - b[3]), 0);
                    nearest = fmin(nearest, hypot(dx, dy));
                }
                /* a few px inside the land from its coast, and the name's
                 * halo: off the land means further than 12 px */
                if (nearest > 12)
                    fail_msg("%dx%d: %s's name lies %.1f px from its land", sizes[k][0], sizes[k][1], code, nearest);
            }
        }
        json_decref(root);
    }
    proj_context_destroy(pc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seed_story_layout),
        cmocka_unit_test(far_background_with_two_events_goes_to_overview),
        cmocka_unit_test(scaled_png_layout_is_in_pixels),
        cmocka_unit_test(antimeridian_story_layout),
        cmocka_unit_test(gallery_stories_draw_every_event),
        cmocka_unit_test(overlapping_markers_fold_into_one),
        cmocka_unit_test(area_event_without_shape_has_marker),
        cmocka_unit_test(event_line_bows_around_markers),
        cmocka_unit_test(line_labels_keep_off_lines),
        cmocka_unit_test(country_caps_track_cased_scripts_only),
        cmocka_unit_test(joint_names_wrap_between_names),
        cmocka_unit_test(story_without_placed_events_frames_its_main_group),
        cmocka_unit_test(places_draw_at_their_label_anchor),
        cmocka_unit_test(country_badge_sits_at_its_point),
        cmocka_unit_test(close_events_spread_over_a_third),
        cmocka_unit_test(legend_names_persons_once),
        cmocka_unit_test(one_days_events_follow_the_trip),
        cmocka_unit_test(principal_in_a_wide_region_gives_way),
        cmocka_unit_test(wide_region_named_in_passing_is_not_labelled),
        cmocka_unit_test(country_marker_by_its_town_makes_no_inset),
        cmocka_unit_test(merely_named_crowd_makes_no_inset),
        cmocka_unit_test(party_whose_land_fills_the_frame_needs_no_overview),
        cmocka_unit_test(country_marker_over_its_city_folds_into_it),
        cmocka_unit_test(countries_frame_a_story_without_markers),
        cmocka_unit_test(neighbours_named_to_orient_by),
        cmocka_unit_test(no_neighbour_named_on_an_edge_strip),
        cmocka_unit_test(lone_city_shows_its_region),
        cmocka_unit_test(sea_named_in_passing_is_context),
        cmocka_unit_test(event_sea_past_the_frame_is_named),
        cmocka_unit_test(principal_parties_far_off_get_the_overview),
        cmocka_unit_test(overview_centred_near_a_pole_is_a_world_locator),
        cmocka_unit_test(overview_shows_no_paper_past_the_pole),
        cmocka_unit_test(world_map_on_a_tall_canvas_hangs_from_the_title),
        cmocka_unit_test(cropped_world_map_fills_its_frame),
        cmocka_unit_test(phone_world_map_stacks_its_insets_below),
        cmocka_unit_test(square_world_map_stacks_its_insets_below),
        cmocka_unit_test(stacked_insets_give_their_slack_to_the_main_frame),
        cmocka_unit_test(portrait_world_map_lifts_then_stacks),
        cmocka_unit_test(lone_tall_inset_stays_on_the_map),
        cmocka_unit_test(legend_panel_keeps_off_locator_boxes),
        cmocka_unit_test(country_event_frames_its_land),
        cmocka_unit_test(principal_keeps_off_the_edge),
        cmocka_unit_test(named_place_the_frame_shows_is_drawn_there),
        cmocka_unit_test(principal_sits_away_from_the_corner),
        cmocka_unit_test(principal_centring_keeps_a_crowded_pair_apart),
        cmocka_unit_test(principal_off_the_edge_past_a_crowded_pair),
        cmocka_unit_test(principal_off_the_edge_of_a_world_map),
        cmocka_unit_test(principal_country_off_the_edge),
        cmocka_unit_test(city_named_once_far_from_one_spot_goes_to_the_overview),
        cmocka_unit_test(overview_names_sit_by_their_own_dots),
        cmocka_unit_test(names_keep_off_the_frame_edge),
        cmocka_unit_test(state_lines_on_regional_maps_of_large_countries),
        cmocka_unit_test(country_name_sits_on_its_land_or_goes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
