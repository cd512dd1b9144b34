/* Label placement: greedy, in priority order, over candidate positions
 * around each anchor; nearer candidates first, then farther ones drawn with
 * a leader line. A label never leaves its frame and never overlaps another
 * label, a marker or the legend; when every candidate collides the least
 * overlapping one is taken, so no place is ever dropped. Ties keep the
 * candidate order, so output is deterministic. Obstacles and the points
 * sampled along drawn lines sit in a grid index over the canvas. */
#include "render-private.h"
#include "gazetteer-private.h"

#include <jansson.h>
#include <stdio.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double x0, y0, x1, y1;
} box_t;

static double overlap(box_t a, box_t b)
{
    double w = fmin(a.x1, b.x1) - fmax(a.x0, b.x0), h = fmin(a.y1, b.y1) - fmax(a.y0, b.y0);
    return w > 0 && h > 0 ? w * h : 0;
}

/* A uniform grid over the canvas: each cell lists the items that touch
 * it, so a candidate is tested only against what lies near it (labels on a
 * map of thousands of places stay fast). */
typedef struct {
    double cell;
    int cols, rows;
    size_t **items;
    size_t *counts, *caps;
} grid_t;

static int grid_init(grid_t *g, double w, double h, double cell)
{
    g->cell = cell;
    g->cols = (int)ceil(w / cell) + 1;
    g->rows = (int)ceil(h / cell) + 1;
    size_t n = (size_t)g->cols * (size_t)g->rows;
    g->items = dmi_calloc(n, sizeof *g->items);
    g->counts = dmi_calloc(n, sizeof *g->counts);
    g->caps = dmi_calloc(n, sizeof *g->caps);
    return g->items && g->counts && g->caps ? 0 : -1;
}

static void grid_free(grid_t *g)
{
    for (size_t i = 0; g->items && i < (size_t)g->cols * (size_t)g->rows; i++)
        free(g->items[i]);
    free(g->items);
    free(g->counts);
    free(g->caps);
    memset(g, 0, sizeof *g);
}

/* Cells a box covers, clamped to the grid. */
static void grid_range(const grid_t *g, box_t b, int r[4])
{
    r[0] = (int)fmax(0, fmin(g->cols - 1, floor(b.x0 / g->cell)));
    r[1] = (int)fmax(0, fmin(g->rows - 1, floor(b.y0 / g->cell)));
    r[2] = (int)fmax(0, fmin(g->cols - 1, floor(b.x1 / g->cell)));
    r[3] = (int)fmax(0, fmin(g->rows - 1, floor(b.y1 / g->cell)));
}

/* cap: most items a cell keeps (0 for no limit). */
static int grid_insert(grid_t *g, box_t b, size_t id, size_t cap)
{
    int r[4];
    grid_range(g, b, r);
    for (int y = r[1]; y <= r[3]; y++)
        for (int x = r[0]; x <= r[2]; x++) {
            size_t c = (size_t)y * (size_t)g->cols + (size_t)x;
            if (cap && g->counts[c] >= cap)
                continue;
            if (dmi_grow((void **)&g->items[c], &g->caps[c], g->counts[c] + 1, sizeof *g->items[c]))
                return -1;
            g->items[c][g->counts[c]++] = id;
        }
    return 0;
}

/* Obstacles apply to labels of one frame, or of every frame (-1). */
typedef struct {
    box_t *boxes;
    int *frames;
    unsigned *stamp;   /* last query that counted the obstacle */
    unsigned query;
    size_t count, cap;
    grid_t grid;
} obstacles_t;

static int obstacle_add(obstacles_t *o, box_t b, int frame)
{
    size_t cap = o->cap;
    if (dmi_grow((void **)&o->boxes, &o->cap, o->count + 1, sizeof *o->boxes))
        return -1;
    if (cap != o->cap && (!(o->frames = dmi_reallocarray(o->frames, o->cap, sizeof *o->frames)) ||
                          !(o->stamp = dmi_reallocarray(o->stamp, o->cap, sizeof *o->stamp))))
        return -1;
    o->frames[o->count] = frame;
    o->stamp[o->count] = 0;
    o->boxes[o->count] = b;
    if (grid_insert(&o->grid, b, o->count, 0))
        return -1;
    o->count++;
    return 0;
}

/* Points sampled along the drawn lines (event arcs, story lines): a label
 * crossing a line costs in proportion to the length it hides. */
typedef struct {
    dmi_xy_t *pts;
    int *frames;
    size_t count, cap;
    grid_t grid;
} line_samples_t;

static void sample_ring(line_samples_t *sp, const dmi_ring_t *r, int frame, double step)
{
    for (size_t i = 0; i + 1 < r->count; i++) {
        dmi_xy_t a = r->pts[i], b = r->pts[i + 1];
        if (!isfinite(a.x) || !isfinite(b.x))
            continue;
        int n = (int)ceil(hypot(b.x - a.x, b.y - a.y) / step);
        for (int k = 0; k < n && n < 100000; k++) {
            size_t cap = sp->cap;
            if (dmi_grow((void **)&sp->pts, &sp->cap, sp->count + 1, sizeof *sp->pts))
                return;
            if (cap != sp->cap && !(sp->frames = dmi_reallocarray(sp->frames, sp->cap, sizeof *sp->frames)))
                return;
            sp->frames[sp->count] = frame;
            dmi_xy_t p = {a.x + (b.x - a.x) * k / n, a.y + (b.y - a.y) * k / n};
            sp->pts[sp->count] = p;
            /* A cell already crossed by many lines needs no more samples
             * to say so: this bounds the work for a story with thousands
             * of lines. */
            if (grid_insert(&sp->grid, (box_t){p.x, p.y, p.x, p.y}, sp->count, 64))
                return;
            sp->count++;
        }
    }
}

/* Lines are sampled every quarter label height: enough to see a crossing,
 * even of a label's corner. */
#define LINE_STEP(map) ((map)->font_size * 0.25)
/* Half the width of the widest drawn line (a story line with its halo,
 * draw.c): a label nearer than that to the line's centre touches it. */
#define LINE_HALF_WIDTH(map) ((map)->font_size * 0.21)

/* Stops counting once past `limit`: the candidate has lost already. The
 * box is widened by the lines' half width, since samples are centres. */
static double line_cost(const line_samples_t *sp, box_t b, int frame, double step, double half_width, double limit)
{
    double c = 0;
    int r[4];
    b = (box_t){b.x0 - half_width, b.y0 - half_width, b.x1 + half_width, b.y1 + half_width};
    grid_range(&sp->grid, b, r);
    for (int y = r[1]; y <= r[3]; y++)
        for (int x = r[0]; x <= r[2]; x++) {
            size_t cell = (size_t)y * (size_t)sp->grid.cols + (size_t)x;
            for (size_t k = 0; k < sp->grid.counts[cell]; k++) {
                size_t i = sp->grid.items[cell][k];
                if (sp->frames[i] == frame && sp->pts[i].x > b.x0 && sp->pts[i].x < b.x1 && sp->pts[i].y > b.y0 &&
                    sp->pts[i].y < b.y1 && (c += step * 2) > limit)
                    return c;
            }
        }
    return c;
}

/* Cost of a candidate: overlap with obstacles and with the outside of the
 * frame, in square canvas units. Zero means free. */
static double cost(obstacles_t *o, box_t b, const double frame[4], size_t skip, int frame_index, double limit)
{
    double c = 0;
    int r[4];
    grid_range(&o->grid, b, r);
    o->query++;
    for (int y = r[1]; y <= r[3]; y++)
        for (int x = r[0]; x <= r[2]; x++) {
            size_t cell = (size_t)y * (size_t)o->grid.cols + (size_t)x;
            for (size_t k = 0; k < o->grid.counts[cell]; k++) {
                size_t i = o->grid.items[cell][k];
                if (o->stamp[i] == o->query)
                    continue;   /* already counted from another cell */
                o->stamp[i] = o->query;
                if (i != skip && (o->frames[i] < 0 || o->frames[i] == frame_index) &&
                    (c += overlap(o->boxes[i], b)) > limit)
                    return c;   /* lost to a better candidate already */
            }
        }
    double inside = overlap(b, (box_t){frame[0], frame[1], frame[2], frame[3]});
    c += (b.x1 - b.x0) * (b.y1 - b.y0) - inside;
    return c;
}

typedef struct {
    size_t place;
    int frame;
    double x, y;           /* anchor, canvas */
    double radius;         /* marker radius, 0 when no marker */
    size_t marker_obstacle;/* its own marker's obstacle index, or SIZE_MAX */
    dmi_text_style_t style;
    dmi_label_side_t side; /* the story's label_side: the editor's side of the anchor */
    int priority;          /* lower first */
    int folds;             /* other places its marker stands for (map->named_with) */
    const dmi_shape_t *along; /* a line place's drawn shape in the frame, or NULL */
    size_t own;            /* a country's polygon in the frame's countries, or SIZE_MAX */
} request_t;

/* The directions (indexes into place_one's dirs) on each side of an anchor,
 * the straight one first: the story's label_side keeps a label there. */
static const int side_dirs[5][3] = {{0}, {0, 2, 3}, {1, 4, 5}, {6, 2, 4}, {7, 3, 5}};

static int cmp_request(const void *a, const void *b)
{
    const request_t *x = a, *y = b;
    if (x->priority != y->priority)
        return x->priority - y->priority;
    return (x->place > y->place) - (x->place < y->place);
}

/* The place's name in the map's language: the story's "names" entry, else
 * the gazetteer's, else the name itself; "en+ko" gives both. */
char *dmi_place_label_text(dm_map_t *map, const dm_place_t *p)
{
    if (map->lang == 0)
        return dmi_strdup(p->name);
    const char *ko = NULL;
    json_t *names = p->names ? json_loads(p->names, 0, NULL) : NULL;
    ko = json_string_value(json_object_get(names, "ko"));
    dm_gazetteer_t *gaz = NULL;
    if (!ko && dmi_context_gazetteer(map->ctx, &gaz) == DM_OK)
        ko = dmi_gazetteer_name_in(gaz, p->name, p->lat, p->lon, "ko");
    dmi_clear_error(map->ctx);
    char *text = NULL;
    if (!ko || strcmp(ko, p->name) == 0) {
        text = dmi_strdup(p->name);
    } else if (map->lang == 1) {
        text = dmi_strdup(ko);
    } else {
        size_t n = strlen(p->name) + strlen(ko) + 2;
        if ((text = malloc(n)))
            snprintf(text, n, "%s %s", p->name, ko);
    }
    json_decref(names);
    return text;
}

/* A marker's label: its place's name, then those of the places its marker
 * stands for too ("North Korean UN mission, New York"), unless the name
 * says them already. */
static char *marker_text(dm_map_t *map, const request_t *rq)
{
    const dm_story_t *s = map->story;
    char *text = dmi_place_label_text(map, dm_story_place(s, rq->place));
    for (size_t i = 0; text && rq->folds && i < dm_story_place_count(s); i++) {
        if (map->named_with[i] != (int)rq->place)
            continue;
        char *more = dmi_place_label_text(map, dm_story_place(s, i)), *both = NULL;
        if (more && !strstr(text, more)) {
            size_t n = strlen(text) + strlen(more) + 3;
            if ((both = malloc(n)))
                snprintf(both, n, "%s, %s", text, more);
            free(text);
            text = both;
        }
        free(more);
    }
    return text;
}

/* How many events name each place, in one pass over the events. */
static int *count_uses(const dm_story_t *s)
{
    int *uses = dmi_calloc(dm_story_place_count(s) + 1, sizeof *uses);
    const dm_place_t *first = dm_story_place(s, 0);
    for (size_t i = 0; uses && i < dm_story_event_count(s); i++) {
        const dm_event_t *e = dm_story_event(s, i);
        for (size_t k = 0; k < e->place_count; k++) {
            const dm_place_t *p = dm_story_find_place(s, e->places[k]);
            if (p)
                uses[p - first]++;
        }
    }
    return uses;
}

/* A leader from the marker's edge to the nearest point of the label box
 * b; 0 when the box is within the marker's reach (no leader needed). */
static int leader_of(const request_t *rq, box_t b, double out[4])
{
    double cx = fmin(fmax(rq->x, b.x0), b.x1), cy = fmin(fmax(rq->y, b.y0), b.y1);
    double vx = cx - rq->x, vy = cy - rq->y, len = hypot(vx, vy);
    if (len <= rq->radius)
        return 0;
    out[0] = rq->x + vx / len * rq->radius;
    out[1] = rq->y + vy / len * rq->radius;
    out[2] = cx;
    out[3] = cy;
    return 1;
}

/* What a leader costs: its length over 1.5 (a line across a label costs
 * about twice the label's height, so a leader three label heights long
 * costs as much: a label far from its place reads worse than one touching
 * a line), and what it runs over (markers, labels, lines), from boxes
 * sampled along it, wide enough that a line crossing it has a sample
 * inside. */
static double leader_cost(const dm_map_t *map, obstacles_t *obs, const line_samples_t *lines, const request_t *rq,
                          const double leader[4], const double frame[4], double limit)
{
    double hw = LINE_HALF_WIDTH(map) + LINE_STEP(map) * 0.5, step = LINE_STEP(map) * 0.5;
    double len = hypot(leader[2] - leader[0], leader[3] - leader[1]), c = len / 1.5;
    int n = (int)ceil(len / step);
    for (int k = 0; k <= n && c <= limit; k++) {
        double x = leader[0] + (leader[2] - leader[0]) * k / fmax(n, 1);
        double y = leader[1] + (leader[3] - leader[1]) * k / fmax(n, 1);
        box_t p = {x - hw, y - hw, x + hw, y + hw};
        c += cost(obs, p, frame, rq->marker_obstacle, rq->frame, limit - c);
        c += line_cost(lines, p, rq->frame, LINE_STEP(map), 0, limit - c);
    }
    return c;
}

/* A label box of ink size w x h (plus halo) attached by its edge or
 * corner nearest to the anchor (ax, ay), on the side (dx, dy) points to. */
static box_t attach_box(double ax, double ay, double dx, double dy, double w, double h, double halo)
{
    double bx = dx > 0.1 ? ax : dx < -0.1 ? ax - w : ax - w / 2;
    double by = dy > 0.1 ? ay : dy < -0.1 ? ay - h : ay - h / 2;
    return (box_t){bx - halo, by - halo, bx + w + halo, by + h + halo};
}

/* ---- area labels on their own land ------------------------------------
 * A country's name belongs on its country. Where it does not fit there
 * (a small country on a world map) it goes beside it, as much on it as
 * the rest of the map allows, and never centred on a neighbour, where it
 * would read as the neighbour's name. The frame's country polygons (one
 * per country, even-odd rings) and their boxes, per frame. */
typedef struct {
    const dmi_frame_t *frame;
    box_t *boxes;
} land_t;

static int land_init(land_t *land, const dmi_frame_t *f)
{
    land->frame = f;
    land->boxes = dmi_calloc(f->country_count + 1, sizeof *land->boxes);
    if (!land->boxes)
        return -1;
    for (size_t i = 0; i < f->country_count; i++) {
        box_t b = {INFINITY, INFINITY, -INFINITY, -INFINITY};
        for (size_t r = 0; r < f->countries[i].count; r++)
            for (size_t k = 0; k < f->countries[i].rings[r].count; k++) {
                dmi_xy_t q = f->countries[i].rings[r].pts[k];
                if (!isfinite(q.x) || !isfinite(q.y))
                    continue;
                b = (box_t){fmin(b.x0, q.x), fmin(b.y0, q.y), fmax(b.x1, q.x), fmax(b.y1, q.y)};
            }
        land->boxes[i] = b;
    }
    return 0;
}

static int in_shape(const dmi_shape_t *s, double x, double y)
{
    int in = 0;
    for (size_t r = 0; r < s->count; r++) {
        const dmi_ring_t *ring = &s->rings[r];
        for (size_t i = 0, j = ring->count - 1; i < ring->count; j = i++) {
            dmi_xy_t a = ring->pts[i], b = ring->pts[j];
            if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x)
                in = !in;
        }
    }
    return in;
}

/* The country polygon under (x, y), or SIZE_MAX for the sea. */
static size_t land_at(const land_t *land, double x, double y)
{
    for (size_t i = 0; i < land->frame->country_count; i++) {
        box_t b = land->boxes[i];
        if (x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1 && in_shape(&land->frame->countries[i], x, y))
            return i;
    }
    return SIZE_MAX;
}

/* Per square canvas unit of a country name's ink: off the country it
 * costs about a sixteenth of what an overlap with another label does (it
 * stays legible, but strays); centred on another country it reads as that
 * country's name, and costs half an overlap of the whole box. On its own
 * land it costs nothing. */
#define OFF_LAND_COST 0.06
#define FOREIGN_CENTRE_COST 0.5

/* Cost of a country's ink box b by what lies under it, from points on a
 * grid of about half the font size. Stops counting once past `limit`. */
static double land_cost(const dm_map_t *map, const land_t *land, size_t own, box_t b, double limit)
{
    double area = (b.x1 - b.x0) * (b.y1 - b.y0);
    size_t under = land_at(land, (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2);
    double c = under != SIZE_MAX && under != own ? area * FOREIGN_CENTRE_COST : 0;
    double step = map->font_size * 0.5;
    int nx = (int)fmin(ceil((b.x1 - b.x0) / step), 64), ny = (int)fmin(ceil((b.y1 - b.y0) / step), 16);
    if (nx < 1 || ny < 1)
        return c;
    double cell = area / (nx * ny);
    const dmi_shape_t *mine = &land->frame->countries[own];
    box_t mb = land->boxes[own];
    for (int j = 0; j < ny && c <= limit; j++)
        for (int i = 0; i < nx && c <= limit; i++) {
            double x = b.x0 + (i + 0.5) * (b.x1 - b.x0) / nx, y = b.y0 + (j + 0.5) * (b.y1 - b.y0) / ny;
            if (x < mb.x0 || x > mb.x1 || y < mb.y0 || y > mb.y1 || !in_shape(mine, x, y))
                c += cell * OFF_LAND_COST;
        }
    return c;
}

static dm_status_t place_one(dm_map_t *map, PangoContext *pc, obstacles_t *obs, const line_samples_t *lines,
                             const land_t *land, const request_t *rq, int crowded)
{
    const dm_place_t *p = dm_story_place(map->story, rq->place);
    const dmi_frame_t *f = &map->frames[rq->frame];
    char *text = rq->marker_obstacle != SIZE_MAX ? marker_text(map, rq) : dmi_place_label_text(map, p);
    if (!text)
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    PangoLayout *layout = dmi_text_layout(pc, map, text, rq->style);
    PangoRectangle ink, logical;
    pango_layout_get_extents(layout, &ink, &logical);
    /* Long names ("Permanent Mission of ... to the United Nations") wrap
     * rather than run out of a small frame. */
    double wrap = 0, max_w = fmax((f->rect[2] - f->rect[0]) * 0.55, map->font_size * 8);
    if (ink.width / (double)PANGO_SCALE > max_w) {
        wrap = max_w;
        pango_layout_set_width(layout, (int)(wrap * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
        pango_layout_get_extents(layout, &ink, &logical);
    }
    g_object_unref(layout);
    double ix = ink.x / (double)PANGO_SCALE, iy = ink.y / (double)PANGO_SCALE;
    double w = ink.width / (double)PANGO_SCALE, h = ink.height / (double)PANGO_SCALE;
    double halo = map->font_size * 0.15;
    double margin = map->font_size * 0.3;
    double frame[4] = {f->rect[0] + margin, f->rect[1] + margin, f->rect[2] - margin, f->rect[3] - margin};
    /* Directions: E, W, NE, SE, NW, SW, N, S; unit vectors. */
    static const double dirs[8][2] = {{1, 0}, {-1, 0}, {0.75, -0.66}, {0.75, 0.66},
                                      {-0.75, -0.66}, {-0.75, 0.66}, {0, -1}, {0, 1}};
    static const double rings[] = {1.0, 2.6, 4.2, 6.5, 9.5};
    double base = rq->radius > 0 ? rq->radius + map->font_size * 0.3 : 0;
    double best_cost = INFINITY;
    box_t best = {0};
    double best_leader_line[4] = {0};
    int best_leader = 0;
    size_t nrings = rq->radius > 0 ? sizeof rings / sizeof rings[0] : 3;
    /* Thousands of labels cannot all find room; search near the anchor
     * only, so absurd stories stay bounded in time. */
    if (crowded)
        nrings = 1;
    for (size_t r = 0; r < nrings && best_cost > 0; r++) {
        size_t ndirs = rq->side ? 3 : rq->radius > 0 || r > 0 ? 8 : 1;
        for (size_t d = 0; d < ndirs && best_cost > 0; d++) {
            double dist = rq->radius > 0 ? base * rings[r] : map->font_size * 1.2 * (r + (rq->side != 0));
            size_t dir = rq->side ? (size_t)side_dirs[rq->side][d] : d;
            double dx = ndirs == 1 ? 0 : dirs[dir][0], dy = ndirs == 1 ? 0 : dirs[dir][1];
            box_t b = attach_box(rq->x + dx * dist, rq->y + dy * dist, dx, dy, w, h, halo);
            double c = cost(obs, b, frame, rq->marker_obstacle, rq->frame, best_cost), leader[4];
            if (c < best_cost)
                c += line_cost(lines, b, rq->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), best_cost - c);
            if (rq->own != SIZE_MAX && c < best_cost)
                c += land_cost(map, land, rq->own, (box_t){b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo},
                               best_cost - c);
            int has_leader = rq->radius > 0 && r > 0 &&
                             leader_of(rq, (box_t){b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo}, leader);
            if (has_leader && c < best_cost)
                c += leader_cost(map, obs, lines, rq, leader, frame, best_cost - c);
            c += r * 1e-6;   /* prefer near candidates among free ones */
            if (c < best_cost - 1e-9) {
                best_cost = c;
                best = b;
                best_leader = has_leader;
                if (has_leader)
                    memcpy(best_leader_line, leader, sizeof leader);
            }
            if (c <= r * 1e-6 + 1e-9)
                best_cost = 0;
        }
    }
    /* A country's name may sit anywhere on its land: when nothing near its
     * anchor is both free and on that land (a locator box or a marker
     * there), try the points of a grid over the country's part of the
     * frame (some 300 at most) inside it; the cheapest wins, the nearest
     * the anchor among equals. */
    if (rq->own != SIZE_MAX && !crowded && !rq->side && best_cost > 0) {
        box_t ob = land->boxes[rq->own];
        ob = (box_t){fmax(ob.x0, frame[0]), fmax(ob.y0, frame[1]), fmin(ob.x1, frame[2]), fmin(ob.y1, frame[3])};
        double step = fmax(map->font_size, sqrt(fmax(ob.x1 - ob.x0, 0) * fmax(ob.y1 - ob.y0, 0) / 300));
        const dmi_shape_t *mine = &land->frame->countries[rq->own];
        for (double y = ob.y0 + step / 2; y < ob.y1 && best_cost > 0; y += step)
            for (double x = ob.x0 + step / 2; x < ob.x1 && best_cost > 0; x += step) {
                if (!in_shape(mine, x, y))
                    continue;
                box_t b = attach_box(x, y, 0, 0, w, h, halo);
                double c = cost(obs, b, frame, SIZE_MAX, rq->frame, best_cost);
                if (c < best_cost)
                    c += line_cost(lines, b, rq->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), best_cost - c);
                if (c < best_cost)
                    c += land_cost(map, land, rq->own, (box_t){b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo},
                               best_cost - c);
                c += hypot(x - rq->x, y - rq->y) * 1e-6;
                if (c < best_cost - 1e-9) {
                    best_cost = c;
                    best = b;
                    best_leader = 0;
                }
            }
    }
    /* A line's label may sit beside any part of it: when nothing near its
     * anchor is free, try just off points spaced along the line, the free
     * one nearest the anchor winning. */
    for (size_t i = 0; rq->along && !crowded && !rq->side && best_cost > 0 && i < rq->along->count; i++) {
        const dmi_ring_t *ring = &rq->along->rings[i];
        double spacing = map->font_size * 1.5, off = map->font_size * 0.5, since = spacing;
        for (size_t k = 0; k < ring->count; k++) {
            dmi_xy_t a = ring->pts[k];
            if (k > 0)
                since += hypot(a.x - ring->pts[k - 1].x, a.y - ring->pts[k - 1].y);
            if (since < spacing || !isfinite(a.x) || !isfinite(a.y))
                continue;
            since = 0;
            for (size_t d = 0; d < 8; d++) {
                double dx = dirs[d][0], dy = dirs[d][1];
                box_t b = attach_box(a.x + dx * off, a.y + dy * off, dx, dy, w, h, halo);
                double c = cost(obs, b, frame, SIZE_MAX, rq->frame, best_cost);
                if (c < best_cost)
                    c += line_cost(lines, b, rq->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), best_cost - c);
                c += hypot(a.x - rq->x, a.y - rq->y) * 1e-6;
                if (c < best_cost - 1e-9) {
                    best_cost = c;
                    best = b;
                    best_leader = 0;
                }
            }
        }
    }
    if (dmi_grow((void **)&map->labels, &map->label_cap, map->label_count + 1, sizeof *map->labels) ||
        obstacle_add(obs, best, rq->frame)) {
        free(text);
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    }
    dmi_label_t *l = &map->labels[map->label_count++];
    memset(l, 0, sizeof *l);
    l->text = text;
    l->place = rq->place;
    l->frame = rq->frame;
    l->style = rq->style == DMI_TEXT_COUNTRY ? 1 : rq->style == DMI_TEXT_LINE ? 2 : 0;
    l->wrap = wrap;
    l->bbox[0] = best.x0 + halo;
    l->bbox[1] = best.y0 + halo;
    l->bbox[2] = best.x1 - halo;
    l->bbox[3] = best.y1 - halo;
    l->x = l->bbox[0] - ix;
    l->y = l->bbox[1] - iy;
    if (best_leader) {
        l->has_leader = 1;
        memcpy(l->leader, best_leader_line, sizeof l->leader);
    }
    return l->text ? DM_OK : dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
}

static int label_frame_for(const dm_map_t *map, size_t place, int frame)
{
    const dm_place_t *p = dm_story_place(map->story, place);
    int chosen = 0;
    for (int fi = 1; fi < map->frame_count; fi++) {
        const dmi_frame_t *f = &map->frames[fi];
        double e, n, x, y;
        /* The overview names only the places the main frame leaves out. */
        if (f->role == DMI_FRAME_OVERVIEW || dmi_project_point(&f->proj, p->lon, p->lat, &e, &n))
            continue;
        dmi_frame_to_canvas(f, e, n, &x, &y);
        if (x > f->rect[0] && x < f->rect[2] && y > f->rect[1] && y < f->rect[3]) {
            chosen = fi;
            break;
        }
    }
    return chosen == frame;
}

dm_status_t dmi_labels_place(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    dm_status_t st = DM_OK;
    obstacles_t obs = {0};
    line_samples_t samples = {0};
    request_t *rq = dmi_calloc(dm_story_place_count(s) * DM_MAX_FRAMES + 1, sizeof *rq);
    int *uses = count_uses(s);
    int *folds = dmi_calloc(dm_story_place_count(s) + 1, sizeof *folds);
    /* Per place, its drawn line or area in the frame being labelled. */
    const dmi_shape_t **drawn = dmi_calloc(dm_story_place_count(s) + 1, sizeof *drawn);
    land_t land[DM_MAX_FRAMES] = {{0}};
    size_t n = 0;
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    if (!rq || !uses || !folds || !drawn) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    dmi_text_setup_context(pc);
    if (grid_init(&obs.grid, map->width, map->height, map->font_size * 4) ||
        grid_init(&samples.grid, map->width, map->height, map->font_size * 4)) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < map->line_count; i++)
        sample_ring(&samples, &map->lines[i].points, map->lines[i].frame, LINE_STEP(map));
    for (size_t i = 0; i < map->feature_count; i++)
        for (size_t k = 0; k < map->features[i].shape.count; k++)
            sample_ring(&samples, &map->features[i].shape.rings[k], map->features[i].frame, LINE_STEP(map));
    double legend[4], credits[4];
    dmi_legend_rect(map, pc, legend);
    dmi_credits_rect(map, pc, credits);
    if (legend[2] > legend[0])
        obstacle_add(&obs, (box_t){legend[0], legend[1], legend[2], legend[3]}, -1);
    obstacle_add(&obs, (box_t){credits[0], credits[1], credits[2], credits[3]}, -1);
    /* Main-map labels keep off the insets (and a margin around them) and
     * off the locator boxes that show where the insets are. */
    for (int i = 1; i < map->frame_count; i++) {
        const dmi_frame_t *f = &map->frames[i];
        const double *r = f->rect, m = map->font_size * 0.3;
        obstacle_add(&obs, (box_t){r[0] - m, r[1] - m, r[2] + m, r[3] + m}, 0);
        double loc[4] = DMI_BBOX_EMPTY;
        dmi_ring_bbox_add(&f->locator, loc);
        if (f->locator.count)
            obstacle_add(&obs, (box_t){loc[0] - m, loc[1] - m, loc[2] + m, loc[3] + m}, 0);
    }
    /* Edge pointers first: their text sits inside the frame beside the
     * arrow at the edge, where the line leaves, and everything else keeps
     * off it. */
    for (size_t i = 0; i < map->pointer_count; i++) {
        dmi_pointer_t *pt = &map->pointers[i];
        const dmi_frame_t *f = &map->frames[pt->frame];
        PangoLayout *l = dmi_text_layout(pc, map, pt->text, DMI_TEXT_LABEL);
        PangoRectangle ink;
        pango_layout_get_extents(l, &ink, NULL);
        g_object_unref(l);
        double w = ink.width / (double)PANGO_SCALE, h = ink.height / (double)PANGO_SCALE, fs = map->font_size;
        double m = fs * 0.4, back = fs * 1.3;
        /* Beside the arrow, on the side of the frame's inside, then
         * slid along the edge to stay in the frame. */
        double ax = pt->x - cos(pt->angle) * back, ay = pt->y - sin(pt->angle) * back;
        double x0 = cos(pt->angle) > 0.3 ? ax - w - m : cos(pt->angle) < -0.3 ? ax + m : ax - w / 2;
        double y0 = sin(pt->angle) > 0.3 ? ay - h - m : sin(pt->angle) < -0.3 ? ay + m : ay - h / 2;
        x0 = fmin(fmax(x0, f->rect[0] + m), f->rect[2] - m - w);
        y0 = fmin(fmax(y0, f->rect[1] + m), f->rect[3] - m - h);
        /* Slide along the edge to the cheapest spot, nearest first among
         * equals: off the insets, the overview, the legend and credits (all
         * obstacles by now) and off the drawn lines, its own included. */
        int along_y = fabs(cos(pt->angle)) > fabs(sin(pt->angle));
        double fr[4] = {f->rect[0] + m, f->rect[1] + m, f->rect[2] - m, f->rect[3] - m}, best = INFINITY;
        double bx0 = x0, by0 = y0;
        for (int k = 0; k < 60 && best > 0; k++) {
            double d = (k + 1) / 2 * (along_y ? h * 0.5 : w / 6) * (k % 2 ? -1 : 1);
            double bx = along_y ? bx0 : bx0 + d, by = along_y ? by0 + d : by0;
            if (bx < fr[0] || by < fr[1] || bx + w > fr[2] || by + h > fr[3])
                continue;
            box_t b = {bx - m / 2, by - m / 2, bx + w + m / 2, by + h + m / 2};
            double c = cost(&obs, b, fr, SIZE_MAX, pt->frame, best);
            if (c < best)
                c += line_cost(&samples, b, pt->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), best - c);
            if (c < best) {
                best = c;
                x0 = bx;
                y0 = by;
            }
        }
        pt->bbox[0] = x0;
        pt->bbox[1] = y0;
        pt->bbox[2] = x0 + w;
        pt->bbox[3] = y0 + h;
        if (obstacle_add(&obs, (box_t){x0 - m / 2, y0 - m / 2, x0 + w + m / 2, y0 + h + m / 2}, pt->frame) ||
            obstacle_add(&obs, (box_t){pt->x - fs, pt->y - fs, pt->x + fs, pt->y + fs}, pt->frame)) {
            st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    for (size_t i = 0; i < dm_story_place_count(s); i++)
        if (map->named_with[i] >= 0)
            folds[map->named_with[i]]++;
    for (size_t i = 0; i < map->marker_count; i++) {
        const dmi_marker_t *m = &map->markers[i];
        double r = dmi_marker_radius(map, m->number), hw = fmax(m->half_width, r);
        size_t idx = obs.count;
        if (obstacle_add(&obs, (box_t){m->x - hw, m->y - r, m->x + hw, m->y + r}, m->frame)) {
            st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        int used = uses[m->place];
        rq[n++] = (request_t){.place = m->place, .frame = m->frame, .x = m->x, .y = m->y, .radius = hw,
                              .marker_obstacle = idx, .style = DMI_TEXT_LABEL,
                              .priority = m->number ? 0 : used ? 1 : 2, .folds = folds[m->place], .own = SIZE_MAX};
        rq[n - 1].side = dmi_story_place_label_side(s, dm_story_place(s, m->place)->id);
    }
    for (int fi = 0; fi < map->frame_count; fi++) {
        const dmi_frame_t *f = &map->frames[fi];
        if (land_init(&land[fi], f)) {
            st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
            goto out;
        }
        for (size_t k = 0; k < dm_story_place_count(s); k++)
            drawn[k] = NULL;
        for (size_t k = 0; k < map->feature_count; k++)
            if (map->features[k].frame == fi)
                drawn[map->features[k].place] = &map->features[k].shape;
        for (size_t i = 0; i < dm_story_place_count(s); i++) {
            const dm_place_t *p = dm_story_place(s, i);
            if (map->has_marker[i])
                continue;
            /* A line or area is labelled once: in the inset that shows it
             * when it is near a cluster, else on the main map. */
            if (!label_frame_for(map, i, fi))
                continue;
            double e, nn, x, y;
            if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &nn))
                continue;
            dmi_frame_to_canvas(f, e, nn, &x, &y);
            if (x < f->rect[0] || x > f->rect[2] || y < f->rect[1] || y > f->rect[3])
                continue;
            int is_line = p->kind == DM_PLACE_LINE || p->kind == DM_PLACE_AREA;
            /* A country's own land is the polygon under its anchor; a
             * region (a peninsula) may span several, and has none. */
            rq[n++] = (request_t){.place = i, .frame = fi, .x = x, .y = y, .marker_obstacle = SIZE_MAX,
                                  .style = is_line ? DMI_TEXT_LINE : DMI_TEXT_COUNTRY,
                                  .priority = is_line ? 3 : 4,
                                  .along = p->kind == DM_PLACE_LINE ? drawn[i] : NULL,
                                  .own = p->kind == DM_PLACE_COUNTRY ? land_at(&land[fi], x, y) : SIZE_MAX};
        }
    }
    qsort(rq, n, sizeof *rq, cmp_request);
    for (size_t i = 0; i < n; i++)
        if ((st = place_one(map, pc, &obs, &samples, &land[rq[i].frame], &rq[i], n > 1500)))
            goto out;
out:
    free(rq);
    free(uses);
    free(folds);
    free(drawn);
    for (int fi = 0; fi < DM_MAX_FRAMES; fi++)
        free(land[fi].boxes);
    free(obs.boxes);
    free(obs.frames);
    free(obs.stamp);
    grid_free(&obs.grid);
    grid_free(&samples.grid);
    free(samples.pts);
    free(samples.frames);
    g_object_unref(pc);
    return st;
}
