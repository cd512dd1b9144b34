/* Theme tables. Event colours follow the Okabe-Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies; meaning is
 * also carried by shape and dash pattern, never by colour alone. */
#include "theme.h"

#include <string.h>

#define RGB(h) {((h) >> 16 & 255) / 255.0, ((h) >> 8 & 255) / 255.0, ((h) & 255) / 255.0}

static const struct dmi_theme themes[] = {
    {.name = "light",
     .paper = RGB(0xffffff), .ocean = RGB(0xdce9f2), .land = RGB(0xf3f1ea), .land_story = RGB(0xe6dcc6),
     .border = RGB(0x9a948a), .coast = RGB(0x7d9db3), .graticule = RGB(0xc7d8e4),
     .text = RGB(0x1a1a1a), .text_muted = RGB(0x555555), .halo = RGB(0xffffff),
     .marker = RGB(0x1a1a1a), .marker_edge = RGB(0xffffff),
     .event = {RGB(0xD55E00), RGB(0xE69F00), RGB(0x009E73), RGB(0x0072B2), RGB(0x56B4E9),
               RGB(0xCC79A7), RGB(0x7B3294), RGB(0x009E73), RGB(0xB2182B), RGB(0x555555)},
     .line_feature = RGB(0x7B3294)},
    {.name = "dark",
     .paper = RGB(0x15191e), .ocean = RGB(0x1d2731), .land = RGB(0x323840), .land_story = RGB(0x4a4f55),
     .border = RGB(0x8a8f96), .coast = RGB(0x5d7a90), .graticule = RGB(0x2a3641),
     .text = RGB(0xf2f2f2), .text_muted = RGB(0xb8b8b8), .halo = RGB(0x15191e),
     .marker = RGB(0xf2f2f2), .marker_edge = RGB(0x15191e),
     .event = {RGB(0xF0A060), RGB(0xE69F00), RGB(0x3FD0A0), RGB(0x56B4E9), RGB(0x9AD0F0),
               RGB(0xE8A0C8), RGB(0xC8A0E8), RGB(0x3FD0A0), RGB(0xFF7070), RGB(0xbbbbbb)},
     .line_feature = RGB(0xC8A0E8)},
    {.name = "print",
     .paper = RGB(0xffffff), .ocean = RGB(0xeeeeee), .land = RGB(0xffffff), .land_story = RGB(0xdddddd),
     .border = RGB(0x777777), .coast = RGB(0x555555), .graticule = RGB(0xdddddd),
     .text = RGB(0x000000), .text_muted = RGB(0x444444), .halo = RGB(0xffffff),
     .marker = RGB(0x000000), .marker_edge = RGB(0xffffff),
     .event = {RGB(0x000000), RGB(0x333333), RGB(0x000000), RGB(0x000000), RGB(0x333333),
               RGB(0x000000), RGB(0x000000), RGB(0x000000), RGB(0x000000), RGB(0x555555)},
     .line_feature = RGB(0x000000)},
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
