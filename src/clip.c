/* Half-plane and box clipping for rings and polylines, in whatever units the
 * caller uses (degrees before projection). Used to cut geometries at a
 * projection's antimeridian and to keep far-away parts (that some
 * projections send to infinity) out of the projection step. */
#include "context-private.h"
#include "geom-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int dmi_ring_push(dmi_ring_t *r, double x, double y)
{
    if (dmi_grow((void **)&r->pts, &r->cap, r->count + 1, sizeof *r->pts))
        return -1;
    r->pts[r->count++] = (dmi_xy_t){x, y};
    return 0;
}

void dmi_ring_bbox_add(const dmi_ring_t *r, double box[4])
{
    for (size_t k = 0; k < r->count; k++) {
        dmi_xy_t p = r->pts[k];
        if (!isfinite(p.x) || !isfinite(p.y))
            continue;
        box[0] = fmin(box[0], p.x);
        box[1] = fmin(box[1], p.y);
        box[2] = fmax(box[2], p.x);
        box[3] = fmax(box[3], p.y);
    }
}

void dmi_ring_free(dmi_ring_t *r)
{
    free(r->pts);
    memset(r, 0, sizeof *r);
}

int dmi_shape_take(dmi_shape_t *s, dmi_ring_t *r)
{
    if (dmi_grow((void **)&s->rings, &s->cap, s->count + 1, sizeof *s->rings))
        return -1;
    s->rings[s->count++] = *r;
    memset(r, 0, sizeof *r);
    return 0;
}

void dmi_shape_free(dmi_shape_t *s)
{
    for (size_t i = 0; i < s->count; i++)
        dmi_ring_free(&s->rings[i]);
    free(s->rings);
    memset(s, 0, sizeof *s);
}

static double coord(dmi_xy_t p, int axis) { return axis ? p.y : p.x; }

static int inside(dmi_xy_t p, int axis, double limit, int keep_below)
{
    double v = coord(p, axis);
    return keep_below ? v <= limit : v >= limit;
}

static dmi_xy_t crossing(dmi_xy_t a, dmi_xy_t b, int axis, double limit)
{
    double va = coord(a, axis), vb = coord(b, axis);
    double t = (limit - va) / (vb - va);
    dmi_xy_t p = {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
    if (axis)
        p.y = limit;
    else
        p.x = limit;
    return p;
}

int dmi_clip_ring(const dmi_ring_t *in, int axis, double limit, int keep_below, dmi_ring_t *out)
{
    out->count = 0;
    size_t n = in->count;
    for (size_t i = 0; i < n; i++) {
        dmi_xy_t cur = in->pts[i], prev = in->pts[(i + n - 1) % n];
        int cin = inside(cur, axis, limit, keep_below), pin = inside(prev, axis, limit, keep_below);
        if (cin != pin) {
            dmi_xy_t p = crossing(prev, cur, axis, limit);
            if (dmi_ring_push(out, p.x, p.y))
                return -1;
        }
        if (cin && dmi_ring_push(out, cur.x, cur.y))
            return -1;
    }
    return 0;
}

int dmi_clip_line(const dmi_ring_t *in, int axis, double limit, int keep_below, dmi_shape_t *out)
{
    dmi_ring_t piece = {0};
    int rc = -1;
    for (size_t i = 0; i < in->count; i++) {
        dmi_xy_t cur = in->pts[i];
        int cin = inside(cur, axis, limit, keep_below);
        if (i > 0) {
            dmi_xy_t prev = in->pts[i - 1];
            int pin = inside(prev, axis, limit, keep_below);
            if (cin != pin) {
                dmi_xy_t p = crossing(prev, cur, axis, limit);
                if (dmi_ring_push(&piece, p.x, p.y))
                    goto out;
                if (!cin) {   /* leaving: close this piece */
                    if (piece.count >= 2 && dmi_shape_take(out, &piece))
                        goto out;
                    piece.count = 0;
                }
            }
        }
        if (cin && dmi_ring_push(&piece, cur.x, cur.y))
            goto out;
    }
    if (piece.count >= 2 && dmi_shape_take(out, &piece))
        goto out;
    rc = 0;
out:
    dmi_ring_free(&piece);
    return rc;
}

int dmi_clip_ring_box(const dmi_ring_t *in, const double box[4], dmi_shape_t *out)
{
    /* Four half-planes in turn, ping-ponging between two buffers. */
    dmi_ring_t a = {0}, b = {0};
    const dmi_ring_t *src = in;
    dmi_ring_t *dst = &a;
    static const int axes[4] = {0, 1, 0, 1}, below[4] = {0, 0, 1, 1};
    const double limits[4] = {box[0], box[1], box[2], box[3]};
    int rc = -1;
    for (int k = 0; k < 4; k++) {
        if (dmi_clip_ring(src, axes[k], limits[k], below[k], dst))
            goto out;
        src = dst;
        dst = (dst == &a) ? &b : &a;
    }
    if (src->count >= 3) {
        dmi_ring_t *keep = (src == &a) ? &a : &b;
        if (dmi_shape_take(out, keep))
            goto out;
    }
    rc = 0;
out:
    dmi_ring_free(&a);
    dmi_ring_free(&b);
    return rc;
}

int dmi_clip_line_box(const dmi_ring_t *in, const double box[4], dmi_shape_t *out)
{
    static const int axes[4] = {0, 1, 0, 1}, below[4] = {0, 0, 1, 1};
    dmi_shape_t cur = {0}, next = {0};
    dmi_ring_t copy = {0};
    int rc = -1;
    for (size_t i = 0; i < in->count; i++)
        if (dmi_ring_push(&copy, in->pts[i].x, in->pts[i].y))
            goto out;
    if (dmi_shape_take(&cur, &copy))
        goto out;
    for (int k = 0; k < 4; k++) {
        for (size_t i = 0; i < cur.count; i++)
            if (dmi_clip_line(&cur.rings[i], axes[k], box[k], below[k], &next))
                goto out;
        dmi_shape_free(&cur);
        cur = next;
        memset(&next, 0, sizeof next);
    }
    for (size_t i = 0; i < cur.count; i++)
        if (dmi_shape_take(out, &cur.rings[i]))
            goto out;
    rc = 0;
out:
    dmi_ring_free(&copy);
    dmi_shape_free(&cur);
    dmi_shape_free(&next);
    return rc;
}
