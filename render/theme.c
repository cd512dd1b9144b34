/* Theme tables. Event colours follow the Okabe-Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies; meaning is
 * also carried by shape and dash pattern, never by colour alone. */
#include "theme.h"

#include <string.h>

#define RGB(h) {((h) >> 16 & 255) / 255.0, ((h) >> 8 & 255) / 255.0, ((h) & 255) / 255.0}

#define SOLID {{0}, 0}
#define DASH(on, off) {{on, off}, 2}
/* The dot is a short dash rather than an "on" of 0: line features are
 * drawn with butt caps (draw.c), which show nothing of a zero length. */
#define DASH_DOT(on, off) {{on, off, 0.2, off}, 4}

/* One event type's patterns: done (held, delivered, or nothing said),
 * planned, stopped (refused, cancelled, failed), suspended. */
#define STATUSES(done, planned, stopped, suspended)                                                        \
    {[DM_EVENT_HELD] = done, [DM_EVENT_DELIVERED] = done, [DM_EVENT_UNKNOWN] = done,                         \
     [DM_EVENT_PLANNED] = planned, [DM_EVENT_REFUSED] = stopped, [DM_EVENT_CANCELLED] = stopped,              \
     [DM_EVENT_FAILED] = stopped, [DM_EVENT_SUSPENDED] = suspended}

/* Every type alike but calls (dotted, a line that carries only a voice). */
#define BY_TYPE(other, call)                                                                                \
    {[DM_EVENT_MEETING] = other, [DM_EVENT_TALKS] = other, [DM_EVENT_VISIT] = other,                        \
     [DM_EVENT_LETTER] = other, [DM_EVENT_CALL] = call, [DM_EVENT_STATEMENT] = other,                       \
     [DM_EVENT_BROADCAST] = other, [DM_EVENT_AGREEMENT] = other, [DM_EVENT_INCIDENT] = other,               \
     [DM_EVENT_OTHER] = other}

/* Colour themes: an interrupted line, whatever the reason, is dashed; the
 * colour says which event it is. */
#define COLOUR_DASHES                                                                                       \
    BY_TYPE(STATUSES(SOLID, DASH(0.3, 0.3), DASH(0.7, 0.45), DASH(0.7, 0.45)),                               \
            STATUSES(DASH(0.12, 0.3), DASH(0.12, 0.3), DASH(0.7, 0.45), DASH(0.7, 0.45)))

/* Print: black lines only, so refused (long dashes) and suspended (dash
 * and dot) differ in pattern too, as do planned (short dashes) and calls
 * (dots, sparser when planned). */
#define PRINT_DASHES                                                                                        \
    BY_TYPE(STATUSES(SOLID, DASH(0.25, 0.4), DASH(0.8, 0.4), DASH_DOT(0.8, 0.38)),                          \
            STATUSES(DASH(0, 0.32), DASH(0, 0.6), DASH(0.8, 0.4), DASH_DOT(0.8, 0.38)))

static const struct dmi_theme themes[] = {
    {.name = "light",
     .paper = RGB(0xffffff), .ocean = RGB(0xdce9f2), .land = RGB(0xf3f1ea), .land_story = RGB(0xe6dcc6),
     .border = RGB(0x9a948a), .coast = RGB(0x7d9db3), .graticule = RGB(0xc7d8e4),
     .text = RGB(0x1a1a1a), .text_muted = RGB(0x555555), .halo = RGB(0xffffff),
     .marker = RGB(0x1a1a1a), .marker_edge = RGB(0xffffff),
     .event = {RGB(0xD55E00), RGB(0xE69F00), RGB(0x009E73), RGB(0x0072B2), RGB(0x56B4E9),
               RGB(0xCC79A7), RGB(0x7B3294), RGB(0x009E73), RGB(0xB2182B), RGB(0x555555)},
     .line_feature = RGB(0x7B3294),
     .dash = COLOUR_DASHES},
    {.name = "dark",
     .paper = RGB(0x15191e), .ocean = RGB(0x1d2731), .land = RGB(0x323840), .land_story = RGB(0x4a4f55),
     .border = RGB(0x8a8f96), .coast = RGB(0x5d7a90), .graticule = RGB(0x2a3641),
     .text = RGB(0xf2f2f2), .text_muted = RGB(0xb8b8b8), .halo = RGB(0x15191e),
     .marker = RGB(0xf2f2f2), .marker_edge = RGB(0x15191e),
     .event = {RGB(0xF0A060), RGB(0xE69F00), RGB(0x3FD0A0), RGB(0x56B4E9), RGB(0x9AD0F0),
               RGB(0xE8A0C8), RGB(0xC8A0E8), RGB(0x3FD0A0), RGB(0xFF7070), RGB(0xbbbbbb)},
     .line_feature = RGB(0xC8A0E8),
     .dash = COLOUR_DASHES},
    {.name = "print",
     .paper = RGB(0xffffff), .ocean = RGB(0xeeeeee), .land = RGB(0xffffff), .land_story = RGB(0xdddddd),
     .border = RGB(0x777777), .coast = RGB(0x555555), .graticule = RGB(0xdddddd),
     .text = RGB(0x000000), .text_muted = RGB(0x444444), .halo = RGB(0xffffff),
     .marker = RGB(0x000000), .marker_edge = RGB(0xffffff),
     .event = {RGB(0x000000), RGB(0x333333), RGB(0x000000), RGB(0x000000), RGB(0x333333),
               RGB(0x000000), RGB(0x000000), RGB(0x000000), RGB(0x000000), RGB(0x555555)},
     .line_feature = RGB(0x000000),
     .dash = PRINT_DASHES},
};

const struct dmi_theme *dmi_theme_find(const char *name)
{
    if (!name)
        return &themes[0];
    for (size_t i = 0; i < sizeof themes / sizeof themes[0]; i++)
        if (strcmp(themes[i].name, name) == 0)
            return &themes[i];
    return NULL;
}
