/* The status of an event on its marker, told without colour so that it
 * reads in print: the fill says whether the event took place (solid: held,
 * delivered, refused; hollow: planned, suspended, cancelled, failed), the
 * outline is dashed for what is still planned, a slash strikes what was
 * cancelled, and a small badge at the upper right says the rest (a cross:
 * failed; two bars: suspended; a bar: refused; a tick: delivered).
 *
 * One description of the marks, as strokes in canvas units, drawn by both
 * back-ends: cairo (render/draw.c) and SVG elements (render/html.c). */
#include "render-private.h"

#include <math.h>

int dmi_status_dashed(dm_event_status_t status) { return status == DM_EVENT_PLANNED; }

static void seg(dmi_status_mark_t *m, double x0, double y0, double x1, double y1)
{
    if (m->segment_count < DMI_STATUS_MARK_SEGMENTS)
        m->segments[m->segment_count++] = (dmi_segment_t){{x0, y0}, {x1, y1}};
}

int dmi_status_mark(dm_event_status_t status, double x, double y, double r, dmi_status_mark_t *m)
{
    *m = (dmi_status_mark_t){0};
    if (status == DM_EVENT_CANCELLED) {
        /* The slash reaches past the marker on both sides: struck out. */
        m->slash = 1;
        seg(m, x - r * 1.25, y + r * 1.25, x + r * 1.25, y - r * 1.25);
        return 1;
    }
    if (status != DM_EVENT_FAILED && status != DM_EVENT_SUSPENDED && status != DM_EVENT_REFUSED &&
        status != DM_EVENT_DELIVERED)
        return 0;
    double bx = x + r * 0.78, by = y - r * 0.78, b = r * 0.5;
    m->badge = 1;
    m->badge_centre = (dmi_xy_t){bx, by};
    m->badge_radius = b;
    switch (status) {
    case DM_EVENT_FAILED:
        seg(m, bx - b * 0.45, by - b * 0.45, bx + b * 0.45, by + b * 0.45);
        seg(m, bx - b * 0.45, by + b * 0.45, bx + b * 0.45, by - b * 0.45);
        break;
    case DM_EVENT_SUSPENDED:
        seg(m, bx - b * 0.25, by - b * 0.5, bx - b * 0.25, by + b * 0.5);
        seg(m, bx + b * 0.25, by - b * 0.5, bx + b * 0.25, by + b * 0.5);
        break;
    case DM_EVENT_REFUSED:
        seg(m, bx - b * 0.55, by, bx + b * 0.55, by);
        break;
    default: /* delivered */
        seg(m, bx - b * 0.5, by + b * 0.02, bx - b * 0.12, by + b * 0.42);
        seg(m, bx - b * 0.12, by + b * 0.42, bx + b * 0.5, by - b * 0.4);
        break;
    }
    return 1;
}
