/* The automatic projection and antimeridian cutting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "dm_proj-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static double lon_0_of(const char *def)
{
    const char *p = strstr(def, "+lon_0=");
    assert_non_null(p);
    return strtod(p + 7, NULL);
}

static void pacific_story_gets_pacific_world_view(void **state)
{
    (void)state;
    /* Washington, New York, Pyongyang, Singapore, Hanoi, Panmunjom. */
    double lat[] = {38.9, 40.75, 39.04, 1.25, 21.03, 37.96};
    double lon[] = {-77.04, -73.97, 125.76, 103.82, 105.85, 126.68};
    char *def = dmi_projection_auto(lat, lon, 6);
    assert_non_null(strstr(def, "+proj=eqearth"));
    double l0 = lon_0_of(def);
    /* Centred in the Pacific: the cut (lon_0 + 180) falls in the Atlantic
     * or Africa, far from every place. */
    assert_true(l0 > 150 || l0 < -140);
    for (int i = 0; i < 6; i++) {
        double d = fabs(fmod(lon[i] - (l0 + 180) + 540, 360) - 180);
        assert_true(d > 20);
    }
    free(def);
}

static void regional_story_gets_conformal_conic(void **state)
{
    (void)state;
    double lat[] = {39.04, 37.96, 37.57, 38.0};
    double lon[] = {125.76, 126.68, 126.98, 127.0};
    char *def = dmi_projection_auto(lat, lon, 4);
    assert_non_null(strstr(def, "+proj=lcc"));
    assert_true(fabs(lon_0_of(def) - 126.4) < 1.0);
    free(def);
}

static void hemisphere_story_gets_azimuthal(void **state)
{
    (void)state;
    double lat[] = {60.17, 46.2, 55.75, 61.2};   /* Helsinki, Geneva, Moscow, Anchorage */
    double lon[] = {24.94, 6.14, 37.62, -149.9};
    char *def = dmi_projection_auto(lat, lon, 4);
    assert_true(strstr(def, "+proj=laea") || strstr(def, "+proj=eqearth"));
    free(def);
    double lat2[] = {38.9, 51.5, 55.75, 30.04};  /* Washington, London, Moscow, Cairo */
    double lon2[] = {-77.04, -0.13, 37.62, 31.24};
    def = dmi_projection_auto(lat2, lon2, 4);
    assert_non_null(strstr(def, "+proj=laea"));
    free(def);
    /* Kyiv, Berlin, Istanbul, Baghdad: a region, so a conformal conic. */
    double lat3[] = {50.45, 52.52, 41.0, 33.3};
    double lon3[] = {30.52, 13.4, 28.97, 44.4};
    def = dmi_projection_auto(lat3, lon3, 4);
    assert_non_null(strstr(def, "+proj=lcc"));
    free(def);
}

static void equatorial_story_gets_mercator(void **state)
{
    (void)state;
    double lat[] = {-1.29, 0.35, -6.8};   /* Nairobi, Kampala, Dar es Salaam */
    double lon[] = {36.82, 32.58, 39.28};
    char *def = dmi_projection_auto(lat, lon, 3);
    assert_non_null(strstr(def, "+proj=merc"));
    free(def);
}

/* A square straddling lon_0 + 180 must come out as two pieces, each on
 * its own side of the map, with no edge spanning the world. */
static void polygon_is_cut_at_the_projection_antimeridian(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dmi_projection_t p;
    assert_int_equal(dmi_projection_create(ctx, "+proj=eqearth +lon_0=150 +datum=WGS84 +units=m +no_defs", &p), DM_OK);
    dmi_ring_t ring = {0};
    double sq[][2] = {{-40, 10}, {-20, 10}, {-20, 30}, {-40, 30}};   /* cut at -30 */
    for (int i = 0; i < 4; i++)
        dmi_ring_push(&ring, sq[i][0], sq[i][1]);
    dmi_window_t world = {-180, 180, -90, 90};
    dmi_shape_t out = {0};
    assert_int_equal(dmi_project_cut(&p, &world, &ring, 1, &out), 0);
    assert_int_equal(out.count, 2);
    double e_edge, n_edge;
    dmi_project_point(&p, -30 + 1e-6, 0, &e_edge, &n_edge);  /* just east of the cut: far west of the map */
    int west = 0, east = 0;
    for (size_t i = 0; i < out.count; i++) {
        const dmi_ring_t *r = &out.rings[i];
        double sum = 0;
        for (size_t k = 0; k < r->count; k++) {
            assert_true(isfinite(r->pts[k].x));
            sum += r->pts[k].x;
            size_t next = (k + 1) % r->count;
            /* No edge jumps across the map (world width ~ 34,000 km). */
            assert_true(fabs(r->pts[next].x - r->pts[k].x) < 5e6);
        }
        if (sum / r->count < 0)
            west++;
        else
            east++;
    }
    assert_int_equal(west, 1);
    assert_int_equal(east, 1);
    dmi_shape_free(&out);
    /* A line across the cut splits in two as well. */
    dmi_ring_t line = {0};
    dmi_ring_push(&line, -50, 0);
    dmi_ring_push(&line, -10, 0);
    assert_int_equal(dmi_project_cut(&p, &world, &line, 0, &out), 0);
    assert_int_equal(out.count, 2);
    dmi_shape_free(&out);
    dmi_ring_free(&line);
    dmi_ring_free(&ring);
    dmi_projection_destroy(&p);
    dm_context_destroy(ctx);
}

static void great_circle_is_densified_not_a_chord(void **state)
{
    (void)state;
    dmi_ring_t arc = {0};
    /* Washington to Pyongyang: the great circle passes far north (Arctic). */
    assert_int_equal(dmi_geodesic_densify(38.9, -77.04, 39.04, 125.76, 100, &arc), 0);
    assert_true(arc.count > 50);
    double max_lat = -90;
    for (size_t i = 0; i < arc.count; i++)
        max_lat = fmax(max_lat, arc.pts[i].y);
    assert_true(max_lat > 60);
    for (size_t i = 1; i < arc.count; i++)
        assert_true(fabs(arc.pts[i].x - arc.pts[i - 1].x) < 30);
    dmi_ring_free(&arc);
}

static void invalid_projection_is_refused(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dmi_projection_t p;
    assert_int_equal(dmi_projection_create(ctx, "+proj=nonsense", &p), DM_ERR_PROJECTION);
    assert_non_null(strstr(dm_context_last_error(ctx), "+proj=nonsense"));
    assert_int_equal(dmi_projection_create(ctx, "EPSG:4326", &p), DM_ERR_PROJECTION);
    assert_int_equal(dmi_projection_create(ctx, "", &p), DM_ERR_PROJECTION);
    dm_context_destroy(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pacific_story_gets_pacific_world_view),
        cmocka_unit_test(regional_story_gets_conformal_conic),
        cmocka_unit_test(hemisphere_story_gets_azimuthal),
        cmocka_unit_test(equatorial_story_gets_mercator),
        cmocka_unit_test(polygon_is_cut_at_the_projection_antimeridian),
        cmocka_unit_test(great_circle_is_densified_not_a_chord),
        cmocka_unit_test(invalid_projection_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
