/* Themes: every theme exists, its text meets WCAG AA contrast (4.5:1)
 * against the paper it is printed on, the light theme's event colours
 * are the Okabe-Ito colour-blind-safe palette, and the print theme, having
 * no colours, tells line statuses apart by dash pattern alone. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "theme.h"

#include <math.h>

static double channel(double c) { return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4); }

static double luminance(dmi_rgb_t c)
{
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

static double contrast(dmi_rgb_t a, dmi_rgb_t b)
{
    double x = luminance(a), y = luminance(b);
    return (fmax(x, y) + 0.05) / (fmin(x, y) + 0.05);
}

static void text_meets_wcag_aa(void **state)
{
    (void)state;
    const char *names[] = {"light", "dark", "print"};
    for (size_t i = 0; i < 3; i++) {
        const struct dmi_theme *t = dmi_theme_find(names[i]);
        assert_non_null(t);
        if (contrast(t->text, t->paper) < 4.5 || contrast(t->text_muted, t->paper) < 4.5 ||
            contrast(t->text, t->halo) < 4.5 || contrast(t->text, t->land) < 4.5 || contrast(t->text, t->ocean) < 4.5)
            fail_msg("theme %s: text contrast below 4.5:1 (paper %.2f, muted %.2f, land %.2f, ocean %.2f)", names[i],
                     contrast(t->text, t->paper), contrast(t->text_muted, t->paper), contrast(t->text, t->land),
                     contrast(t->text, t->ocean));
    }
    assert_null(dmi_theme_find("neon"));
    assert_string_equal(dmi_theme_find(NULL)->name, "light");
}

static void light_theme_uses_okabe_ito(void **state)
{
    (void)state;
    static const unsigned okabe_ito[] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};
    const struct dmi_theme *t = dmi_theme_find("light");
    /* The colours of the event types that carry meaning come from the palette. */
    const int types[] = {0, 1, 2, 3, 4, 5};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        dmi_rgb_t c = t->event[types[i]];
        unsigned rgb = (unsigned)lround(c.r * 255) << 16 | (unsigned)lround(c.g * 255) << 8 | (unsigned)lround(c.b * 255);
        int found = 0;
        for (size_t k = 0; k < sizeof okabe_ito / sizeof okabe_ito[0]; k++)
            found |= okabe_ito[k] == rgb;
        if (!found)
            fail_msg("event colour %d is #%06X, not an Okabe-Ito colour", types[i], rgb);
    }
}

static void print_theme_is_grey(void **state)
{
    (void)state;
    const struct dmi_theme *t = dmi_theme_find("print");
    const dmi_rgb_t *all = &t->paper;
    size_t n = (offsetof(struct dmi_theme, line_feature) + sizeof t->line_feature - offsetof(struct dmi_theme, paper)) /
               sizeof(dmi_rgb_t);
    for (size_t i = 0; i < n; i++)
        assert_true(fabs(all[i].r - all[i].g) < 1e-9 && fabs(all[i].g - all[i].b) < 1e-9);
}

static int same_dash(const dmi_dash_t *a, const dmi_dash_t *b)
{
    if (a->count != b->count)
        return 0;
    for (int i = 0; i < a->count; i++)
        if (fabs(a->on_off[i] - b->on_off[i]) > 1e-9)
            return 0;
    return 1;
}

/* cairo refuses a pattern of only zeros or a negative length, and reads
 * an odd count as repeated: every theme's patterns are 0, 2 or 4 long. */
static void dash_patterns_are_valid(void **state)
{
    (void)state;
    const char *names[] = {"light", "dark", "print"};
    for (size_t i = 0; i < 3; i++) {
        const struct dmi_theme *t = dmi_theme_find(names[i]);
        for (int ty = 0; ty < DM_EVENT_TYPE_COUNT; ty++)
            for (int st = 0; st < DM_EVENT_STATUS_COUNT; st++) {
                const dmi_dash_t *d = &t->dash[ty][st];
                double sum = 0;
                assert_true(d->count == 0 || d->count == 2 || d->count == 4);
                for (int k = 0; k < d->count; k++) {
                    assert_true(d->on_off[k] >= 0);
                    sum += d->on_off[k];
                }
                if (d->count && sum <= 0)
                    fail_msg("theme %s: type %d status %d: a dash pattern of zeros", names[i], ty, st);
            }
    }
}

/* In print every line is black: refused, suspended, planned and done lines
 * differ in pattern, for each event drawn as a line and for a line feature
 * (drawn as a broadcast); the refused letter and the suspended broadcast
 * of the seed article in particular. */
static void print_theme_dashes_tell_statuses_apart(void **state)
{
    (void)state;
    const struct dmi_theme *t = dmi_theme_find("print");
    const dm_event_type_t types[] = {DM_EVENT_LETTER, DM_EVENT_CALL, DM_EVENT_VISIT, DM_EVENT_BROADCAST};
    const dm_event_status_t statuses[] = {DM_EVENT_HELD, DM_EVENT_PLANNED, DM_EVENT_REFUSED, DM_EVENT_SUSPENDED};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        for (size_t a = 0; a < 4; a++)
            for (size_t b = a + 1; b < 4; b++)
                if (same_dash(&t->dash[types[i]][statuses[a]], &t->dash[types[i]][statuses[b]]))
                    fail_msg("print theme: type %s draws %s and %s lines alike", dm_event_type_name(types[i]),
                             dm_event_status_name(statuses[a]), dm_event_status_name(statuses[b]));
    assert_false(
        same_dash(&t->dash[DM_EVENT_LETTER][DM_EVENT_REFUSED], &t->dash[DM_EVENT_BROADCAST][DM_EVENT_SUSPENDED]));
    /* Refused, cancelled and failed are one status on the map (a line that
     * stops short), so they share a pattern. */
    assert_true(same_dash(&t->dash[DM_EVENT_LETTER][DM_EVENT_REFUSED], &t->dash[DM_EVENT_LETTER][DM_EVENT_FAILED]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_meets_wcag_aa),
        cmocka_unit_test(light_theme_uses_okabe_ito),
        cmocka_unit_test(print_theme_is_grey),
        cmocka_unit_test(dash_patterns_are_valid),
        cmocka_unit_test(print_theme_dashes_tell_statuses_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
