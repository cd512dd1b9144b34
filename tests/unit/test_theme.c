/* Themes: every theme exists, its text meets WCAG AA contrast (4.5:1)
 * against the paper it is printed on, and the light theme's event colours
 * are the Okabe-Ito colour-blind-safe palette. */
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
    size_t n = (sizeof *t - offsetof(struct dmi_theme, paper)) / sizeof(dmi_rgb_t);
    for (size_t i = 0; i < n; i++)
        assert_true(fabs(all[i].r - all[i].g) < 1e-9 && fabs(all[i].g - all[i].b) < 1e-9);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_meets_wcag_aa),
        cmocka_unit_test(light_theme_uses_okabe_ito),
        cmocka_unit_test(print_theme_is_grey),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
