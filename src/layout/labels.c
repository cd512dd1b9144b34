/* Label placement, the layout's last step before the scale bars (it needs
 * font metrics, text.c): country labels on their land, place labels beside
 * their markers, line and area labels, and the texts of edge pointers.
 * Greedy, in priority order, over candidate positions around each anchor;
 * nearer candidates first, then farther ones drawn with a leader line. A
 * label never leaves its frame and never overlaps another label, a marker
 * or the legend and credits (placed before, furniture.c); when every
 * candidate collides the least overlapping one is taken, so no place is
 * ever dropped. Ties keep the candidate order, so output is deterministic.
 * Obstacles and the points sampled along drawn lines sit in a grid index
 * over the canvas. The result is map->labels and the pointers' boxes,
 * which render/ draws as they are. */
#include "layout-private.h"
#include "gazetteer-private.h"

#include <jansson.h>
#include <stdio.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double x0, y0, x1, y1;
} box_t;

/* Is box b wholly inside the rectangle r (x0, y0, x1, y1)? */
static int inside(box_t b, const double r[4])
{
    return b.x0 >= r[0] && b.y0 >= r[1] && b.x1 <= r[2] && b.y1 <= r[3];
}

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
 * crossing a line costs in proportion to the length it hides. `outlines`
 * holds the overview's outline of the main frame apart: a name across it
 * reads as struck through, so it costs as a line while a spot is sought,
 * but it never makes a name or a plain dot go (a dot near the small box of
 * a world locator would find no spot clear of it). */
typedef struct line_samples {
    dmi_xy_t *pts;
    int *frames;
    size_t count, cap;
    grid_t grid;
    const struct line_samples *outlines;
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

/* What a candidate pays for crossing the overview's outline of the main
 * frame (a line's cost, counted only while a spot is sought). */
static double outline_cost(const dm_map_t *map, const line_samples_t *sp, box_t b, int frame, double limit)
{
    if (!sp->outlines)
        return 0;
    return line_cost(sp->outlines, b, frame, LINE_STEP(map), LINE_HALF_WIDTH(map), limit);
}

/* A sought spot's cost of crossing drawn lines, then the overview's
 * outline, stopping once limit is reached. */
static double crossing_cost(const dm_map_t *map, const line_samples_t *sp, box_t b, int frame, double limit)
{
    double c = line_cost(sp, b, frame, LINE_STEP(map), LINE_HALF_WIDTH(map), limit);
    if (c < limit)
        c += outline_cost(map, sp, b, frame, limit - c);
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

/* The collision index's rule for the frame's edge. A name whose ink ends
 * a few pixels from the frame's edge reads as cut by it (and a print desk
 * trims there): where it can, a label keeps EDGE_MARGIN label sizes of
 * clear map between its ink and its frame's edge (8 px at 1200x675, 12 px
 * at 1600x1000; the frame's hard limit, the placers' `margin` plus the
 * halo, is 0.45). A candidate nearer the edge costs EDGE_COST per label
 * size it lacks: far less than any overlap worth noticing or any leader
 * (a leader costs a pixel per 1.5 px of its length), more than the
 * preferences among free candidates (1e-6 per ring or pixel). So a tight
 * spot is taken only when no free one keeps the margin, and before a spot
 * with a leader or a dropped name. */
#define EDGE_MARGIN 0.75
#define EDGE_COST 0.01

/* What a candidate box b (its ink and a halo around it) pays for ink
 * within EDGE_MARGIN of frame fi's edge. */
static double edge_cost(const dm_map_t *map, box_t b, double halo, int fi)
{
    const double *r = map->frames[fi].rect, m = map->font_size * EDGE_MARGIN - halo;
    double lack = fmax(m - (b.x0 - r[0]), 0) + fmax(m - (b.y0 - r[1]), 0) + fmax(m - (r[2] - b.x1), 0) +
                  fmax(m - (r[3] - b.y1), 0);
    return EDGE_COST * lack / map->font_size;
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
    int droppable;         /* a name of context (a region; a country beside its land): only where free */
    int of_event;          /* an event names the place */
    int country;           /* a place of kind country: never centred on a neighbour */
    unsigned char *drop;   /* a plain dot's (a place where nothing happened): set when its
                            * name finds no free spot, and dot and name both go */
} request_t;

/* A country's event marker waiting to be the badge before the country's
 * name (place_countries); its request labels it beside its anchor, the
 * old way, when the name finds no spot on the land. */
typedef struct {
    size_t marker;         /* index in map->markers */
    size_t obstacle;       /* its box at the anchor, in the obstacles */
    request_t rq;
    int placed;            /* on its country's name */
} badge_t;

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

/* A group's label (dmi_group_by_country): its country's short name, or
 * those of the neighbouring countries it joins, three at most. */
static char *group_text(const dm_map_t *map, size_t head)
{
    const dm_story_t *s = map->story;
    GString *out = g_string_new(NULL);
    const char *seen[4] = {0};
    int n = 0;
    /* the head first, then the places it stands for */
    for (size_t j = 0; j <= dm_story_place_count(s); j++) {
        size_t q = j == 0 ? head : j - 1;
        if (j > 0 && (q == head || map->named_with[q] != (int)head))
            continue;
        const dm_place_t *p = dm_story_place(s, q);
        if (!p->country || strlen(p->country) != 2)
            continue;
        const char *name = dmi_country_short(s, p->country, map->lang == 1);
        int dup = 0;
        for (int k = 0; k < n && k < 4; k++)
            dup |= strcmp(seen[k], name) == 0;
        if (dup)
            continue;
        if (n < 3)
            g_string_append_printf(out, "%s%s", n ? ", " : "", name);
        else if (n == 3)
            g_string_append(out, ", \u2026");
        if (n < 4)
            seen[n] = name;
        n++;
    }
    if (n == 0)
        g_string_append(out, dm_story_place(s, head)->name);
    char *text = dmi_strdup(out->str);
    g_string_free(out, TRUE);
    return text;
}

/* A marker's label: its place's name, then those of the places its marker
 * stands for too ("North Korean UN mission, New York"), unless the name
 * says them already. */
static char *marker_text(dm_map_t *map, const request_t *rq)
{
    const dm_story_t *s = map->story;
    const dm_place_t *own = dm_story_place(s, rq->place);
    if (map->grouped && map->grouped[rq->place])
        return group_text(map, rq->place);
    char *text = dmi_place_label_text(map, own);
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
        if (lines->outlines)   /* a leader across the overview's box reads as part of it */
            c += line_cost(lines->outlines, p, rq->frame, LINE_STEP(map), 0, limit - c);
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

/* Would a country's name in box b read as a neighbour's: centred on
 * another country than own (a polygon, or SIZE_MAX when the country has
 * none in the frame), or a fifth of it over other countries (points about
 * every half a font size)? */
static int over_neighbour(const dm_map_t *map, const land_t *land, size_t own, box_t b)
{
    size_t under = land_at(land, (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2);
    if (under != SIZE_MAX && under != own)
        return 1;
    double step = map->font_size * 0.5;
    int nx = (int)fmin(fmax(ceil((b.x1 - b.x0) / step), 1), 64);
    int ny = (int)fmin(fmax(ceil((b.y1 - b.y0) / step), 1), 16);
    int foreign = 0;
    for (int j = 0; j < ny; j++)
        for (int i = 0; i < nx; i++) {
            size_t at = land_at(land, b.x0 + (i + 0.5) * (b.x1 - b.x0) / nx, b.y0 + (j + 0.5) * (b.y1 - b.y0) / ny);
            foreign += at != SIZE_MAX && at != own;
        }
    return foreign > nx * ny / 5;
}

/* A country's polygon: the first of its code, else (no code, or none in
 * the frame) the one under its anchor (x, y), else SIZE_MAX. */
static size_t own_land(const land_t *land, const char *code, double x, double y)
{
    for (size_t i = 0; code && land->frame->country_code && i < land->frame->country_count; i++)
        if (strcmp(land->frame->country_code[i], code) == 0)
            return i;
    return land_at(land, x, y);
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

/* A country's name set beside its land (the land too small for it, or
 * covered) still touches it: its ink within TOUCH_LAND font sizes of a
 * part of its land the frame shows uncovered. Land under an inset or the
 * overview does not count; a name further off is written over the sea or
 * a neighbour and reads as theirs (a country under a locator box, named
 * out in the sea two letters away). */
#define TOUCH_LAND 0.4

static int land_shown(const dm_map_t *map, int fi, double x, double y)
{
    const dmi_frame_t *f = &map->frames[fi];
    if (x < f->rect[0] || x > f->rect[2] || y < f->rect[1] || y > f->rect[3])
        return 0;
    for (int i = 1; fi == 0 && i < map->frame_count; i++) {
        const double *r = map->frames[i].rect;
        if (x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3])
            return 0;
    }
    return 1;
}

static int touches_own_land(const dm_map_t *map, const land_t *land, size_t own, int fi, box_t ink)
{
    double reach = map->font_size * TOUCH_LAND;
    box_t b = {ink.x0 - reach, ink.y0 - reach, ink.x1 + reach, ink.y1 + reach};
    const dmi_shape_t *mine = &land->frame->countries[own];
    box_t mb = land->boxes[own];
    if (mb.x1 < b.x0 || mb.x0 > b.x1 || mb.y1 < b.y0 || mb.y0 > b.y1)
        return 0;
    /* Its outline's points (a country of a few pixels), then points of a
     * grid a quarter of a letter apart (a large one the name lies on). */
    for (size_t r = 0; r < mine->count; r++)
        for (size_t k = 0; k < mine->rings[r].count; k++) {
            dmi_xy_t q = mine->rings[r].pts[k];
            if (isfinite(q.x) && isfinite(q.y) && q.x >= b.x0 && q.x <= b.x1 && q.y >= b.y0 && q.y <= b.y1 &&
                land_shown(map, fi, q.x, q.y))
                return 1;
        }
    double step = map->font_size * 0.25;
    for (double y = fmax(b.y0, mb.y0); y <= fmin(b.y1, mb.y1); y += step)
        for (double x = fmax(b.x0, mb.x0); x <= fmin(b.x1, mb.x1); x += step)
            if (in_shape(mine, x, y) && land_shown(map, fi, x, y))
                return 1;
    return 0;
}

/* ---- the story's countries, named on their visible land ---------------
 * Every country of the story (a place of kind country, an event's
 * participant) is named on the part of its land a frame shows, where the
 * name fits on that land free of everything already placed; it is the
 * last thing placed and the first given up. The frame's land is rasterised
 * once into cells of about a quarter of the font size (each cell: the
 * polygon under its centre), so how much of a box lies on a country is a
 * sum over a summed-area table, and a country's whole visible land can be
 * searched. */
typedef struct {
    double x0, y0, cell;       /* the frame's top-left; canvas units per cell */
    int cols, rows;
    int *poly;                 /* per cell: 1 + the polygon under its centre, 0 for the sea */
    double *land, *own;        /* summed-area tables ((cols+1) x (rows+1)): any land, one country */
} raster_t;

typedef struct {
    int row;
    double x;
} crossing_t;

static int cmp_crossing(const void *a, const void *b)
{
    const crossing_t *p = a, *q = b;
    if (p->row != q->row)
        return p->row - q->row;
    return (p->x > q->x) - (p->x < q->x);
}

/* A cell index from a coordinate that may lie far off the frame: -1 or n
 * past either end, never a conversion out of int's range. */
static int clamp_index(double v, int n)
{
    return (int)fmin(fmax(v, -1), n);
}

/* Mark the cells whose centres lie inside polygon `index` (even-odd, as
 * in_shape decides it) as that polygon's; index -1 marks them as water. */
static int raster_fill(raster_t *r, const dmi_shape_t *s, int index)
{
    crossing_t *xs = NULL;
    size_t n = 0, cap = 0;
    for (size_t k = 0; k < s->count; k++) {
        const dmi_ring_t *ring = &s->rings[k];
        for (size_t i = 0, j = ring->count - 1; i < ring->count; j = i++) {
            dmi_xy_t a = ring->pts[i], b = ring->pts[j];
            if (!isfinite(a.x) || !isfinite(a.y) || !isfinite(b.x) || !isfinite(b.y) || a.y == b.y)
                continue;
            double lo = fmin(a.y, b.y), hi = fmax(a.y, b.y);
            int r0 = clamp_index(ceil((lo - r->y0) / r->cell - 0.5), r->rows);
            int r1 = clamp_index(floor((hi - r->y0) / r->cell - 0.5), r->rows);
            for (int row = r0 < 0 ? 0 : r0; row <= r1 && row < r->rows; row++) {
                double yc = r->y0 + (row + 0.5) * r->cell;
                if ((a.y > yc) == (b.y > yc))
                    continue;
                if (dmi_grow((void **)&xs, &cap, n + 1, sizeof *xs)) {
                    free(xs);
                    return -1;
                }
                xs[n++] = (crossing_t){row, a.x + (yc - a.y) * (b.x - a.x) / (b.y - a.y)};
            }
        }
    }
    if (n)
        qsort(xs, n, sizeof *xs, cmp_crossing);   /* never with xs NULL: UBSan rightly objects */
    for (size_t i = 0; i + 1 < n; i += 2) {
        if (xs[i].row != xs[i + 1].row) {   /* an odd row (a ring cut open): resynchronise */
            i--;
            continue;
        }
        int c0 = clamp_index(ceil((xs[i].x - r->x0) / r->cell - 0.5), r->cols);
        int c1 = clamp_index(ceil((xs[i + 1].x - r->x0) / r->cell - 0.5) - 1, r->cols);
        for (int c = c0 < 0 ? 0 : c0; c <= c1 && c < r->cols; c++)
            r->poly[(size_t)xs[i].row * (size_t)r->cols + (size_t)c] = index + 1;
    }
    free(xs);
    return 0;
}

static int raster_init(raster_t *r, const dm_map_t *map, const dmi_frame_t *f)
{
    double w = f->rect[2] - f->rect[0], h = f->rect[3] - f->rect[1];
    r->x0 = f->rect[0];
    r->y0 = f->rect[1];
    /* A quarter of the font size, coarser on huge canvases (some 250,000
     * cells at most). */
    r->cell = fmax(map->font_size * 0.25, sqrt(fmax(w * h, 1) / 250000));
    r->cols = (int)fmax(1, ceil(w / r->cell));
    r->rows = (int)fmax(1, ceil(h / r->cell));
    size_t cells = (size_t)r->cols * (size_t)r->rows, table = (size_t)(r->cols + 1) * (size_t)(r->rows + 1);
    r->poly = dmi_calloc(cells, sizeof *r->poly);
    r->land = dmi_calloc(table, sizeof *r->land);
    r->own = dmi_calloc(table, sizeof *r->own);
    if (!r->poly || !r->land || !r->own)
        return -1;
    for (size_t i = 0; i < f->country_count; i++)
        if (raster_fill(r, &f->countries[i], (int)i))
            return -1;
    /* A lake reads as water: no name on it. */
    return raster_fill(r, &f->lakes, -1);
}

static void raster_free(raster_t *r)
{
    free(r->poly);
    free(r->land);
    free(r->own);
    memset(r, 0, sizeof *r);
}

/* The summed-area table of the land cells: every country's (code NULL),
 * or one country's. */
static void raster_sum(const raster_t *r, double *table, const dmi_frame_t *f, const char *code)
{
    size_t stride = (size_t)r->cols + 1;
    for (int y = 0; y < r->rows; y++) {
        double run = 0;
        for (int x = 0; x < r->cols; x++) {
            int p = r->poly[(size_t)y * (size_t)r->cols + (size_t)x] - 1;
            run += p >= 0 && (!code || (f->country_code && strcmp(f->country_code[p], code) == 0));
            table[(size_t)(y + 1) * stride + (size_t)x + 1] = table[(size_t)y * stride + (size_t)x + 1] + run;
        }
    }
}

/* Share of the cells whose centres lie in box b that `table` counts; -1
 * when the box holds no cell centre. */
static double raster_share(const raster_t *r, const double *table, box_t b)
{
    int c0 = clamp_index(ceil((b.x0 - r->x0) / r->cell - 0.5), r->cols);
    int r0 = clamp_index(ceil((b.y0 - r->y0) / r->cell - 0.5), r->rows);
    int c1 = clamp_index(floor((b.x1 - r->x0) / r->cell - 0.5), r->cols);
    int r1 = clamp_index(floor((b.y1 - r->y0) / r->cell - 0.5), r->rows);
    c0 = c0 < 0 ? 0 : c0;
    r0 = r0 < 0 ? 0 : r0;
    c1 = c1 >= r->cols ? r->cols - 1 : c1;
    r1 = r1 >= r->rows ? r->rows - 1 : r1;
    if (c1 < c0 || r1 < r0)
        return -1;
    size_t stride = (size_t)r->cols + 1;
    double sum = table[(size_t)(r1 + 1) * stride + (size_t)c1 + 1] - table[(size_t)r0 * stride + (size_t)c1 + 1] -
                 table[(size_t)(r1 + 1) * stride + (size_t)c0] + table[(size_t)r0 * stride + (size_t)c0];
    return sum / ((double)(c1 - c0 + 1) * (r1 - r0 + 1));
}

/* A country's name on the map: the short name ("North Korea", "북한"),
 * spelled out where the legend abbreviates ("US" reads as a word on land);
 * NULL when neither the table nor the story knows the code. malloc'ed. */
static char *country_label_text(const dm_map_t *map, const char *code)
{
    static const char *const spelled[][2] = {
        {"AE", "United Arab Emirates"}, {"GB", "United Kingdom"}, {"US", "United States"}};
    const char *en = dmi_country_short(map->story, code, 0), *ko = dmi_country_short(map->story, code, 1);
    if (strcmp(en, code) == 0 && strcmp(ko, code) == 0)
        return NULL;
    for (size_t i = 0; i < sizeof spelled / sizeof spelled[0]; i++)
        if (strcmp(spelled[i][0], code) == 0)
            en = spelled[i][1];
    if (map->lang == 0 || strcmp(en, ko) == 0)
        return dmi_strdup(map->lang == 1 ? ko : en);
    if (map->lang == 1)
        return dmi_strdup(ko);
    size_t n = strlen(en) + strlen(ko) + 2;
    char *text = malloc(n);
    if (text)
        snprintf(text, n, "%s %s", en, ko);
    return text;
}

/* The story's countries: those of its places of kind country, then its
 * events' participants, each once; returns how many (at most max). */
static size_t story_countries(const dm_story_t *s, char (*codes)[3], size_t max)
{
    size_t n = 0;
    size_t places = dm_story_place_count(s), events = dm_story_event_count(s);
    for (size_t i = 0; i < places + events; i++) {
        const char *const *list;
        size_t count;
        const dm_place_t *p = i < places ? dm_story_place(s, i) : NULL;
        const dm_event_t *e = i < places ? NULL : dm_story_event(s, i - places);
        const char *one = p && p->kind == DM_PLACE_COUNTRY ? p->country : NULL;
        list = p ? &one : e->participants;
        count = p ? one != NULL : e->participant_count;
        for (size_t k = 0; k < count; k++) {
            const char *c = list[k];
            size_t j = 0;
            if (!c || strlen(c) != 2)
                continue;
            while (j < n && strcmp(codes[j], c) != 0)
                j++;
            if (j == n && n < max)
                memcpy(codes[n++], c, 3);
        }
    }
    return n;
}

/* Does a marker of frame fi already name the country (talks "in Qatar":
 * Qatar's marker and its label)? */
static int country_has_marker(const dm_map_t *map, int fi, const char *code)
{
    for (size_t i = 0; i < map->marker_count; i++) {
        const dm_place_t *p = dm_story_place(map->story, map->markers[i].place);
        if (map->markers[i].frame == fi && p->kind == DM_PLACE_COUNTRY && p->country && strcmp(p->country, code) == 0)
            return 1;
    }
    return 0;
}

/* A name on its own land: at most this share of its ink over the sea
 * (a coast's bay) and this much over a neighbour (a border's wiggle). */
#define COUNTRY_MAX_OFF_LAND 0.1
#define COUNTRY_MAX_FOREIGN 0.04

typedef struct {
    char code[3];
    int frame;
    double visible;            /* share of the frame */
    box_t land;                /* box of the visible land */
    double cx, cy;             /* its centre */
    int tinted;                /* a neighbour drawn as the story's land (a place of the story is in it) */
} country_rq_t;

static int cmp_country(const void *a, const void *b)
{
    const country_rq_t *x = a, *y = b;
    /* The least land first: it has the fewest places for its name (both
     * Koreas find theirs before a large neighbour spreads over them). */
    if (x->visible != y->visible)
        return x->visible < y->visible ? -1 : 1;
    if (x->frame != y->frame)
        return x->frame - y->frame;
    return strcmp(x->code, y->code);
}

/* Covered, for the main frame: under an inset, the overview or the legend. */
static int covered(const dm_map_t *map, int fi, const double legend[4], double x, double y)
{
    if (x >= legend[0] && x <= legend[2] && y >= legend[1] && y <= legend[3])
        return 1;
    for (int i = 1; fi == 0 && i < map->frame_count; i++) {
        const double *r = map->frames[i].rect;
        if (x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3])
            return 1;
    }
    return 0;
}

/* The best spot for a name of ink size w x h on the country's visible
 * land: the box (with its halo) inside the frame, its ink on that land
 * (COUNTRY_MAX_*), clear of everything by a letter's width and of every
 * line; among those, the one deepest in the land, then nearest the land's
 * centre. Returns the box, or a box with x0 > x1 when none. */
static box_t country_spot(const dm_map_t *map, obstacles_t *obs, const line_samples_t *lines, const raster_t *ras,
                          const country_rq_t *c, double w, double h)
{
    const dmi_frame_t *f = &map->frames[c->frame];
    static const double anywhere[4] = {-1e9, -1e9, 1e9, 1e9};
    double fs = map->font_size, halo = fs * 0.15, margin = fs * 0.3, clear_x = fs * 0.6, clear_y = fs * 0.3;
    double frame[4] = {f->rect[0] + margin, f->rect[1] + margin, f->rect[2] - margin, f->rect[3] - margin};
    box_t vl = c->land, best = {1, 0, 0, 0};
    /* Some 3,000 candidates at most, a few to a letter. */
    double step = fmax(fs * 0.4, sqrt(fmax((vl.x1 - vl.x0) * (vl.y1 - vl.y0), 1) / 3000));
    double diag = fmax(hypot(vl.x1 - vl.x0, vl.y1 - vl.y0), 1), best_score = INFINITY;
    for (double y = vl.y0; y <= vl.y1; y += step)
        for (double x = vl.x0; x <= vl.x1; x += step) {
            box_t b = attach_box(x, y, 0, 0, w, h, halo), ib = {b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo};
            if (!inside(b, frame))
                continue;
            double own = raster_share(ras, ras->own, ib), land = raster_share(ras, ras->land, ib);
            if (own < 1 - COUNTRY_MAX_OFF_LAND || land - own > COUNTRY_MAX_FOREIGN)
                continue;
            /* Deep in its land reads best: the share of its land in a box
             * a letter wider all round. */
            box_t around = {ib.x0 - fs, ib.y0 - fs, ib.x1 + fs, ib.y1 + fs};
            double score = (1 - raster_share(ras, ras->own, around)) + 0.5 * hypot(x - c->cx, y - c->cy) / diag;
            /* A spot within the edge's margin only where none keeps it
             * (scores above are at most 1.5), the least tight first. */
            double tight = edge_cost(map, b, halo, c->frame) / EDGE_COST;
            score += tight > 0 ? 2 + tight : 0;
            box_t clear = {b.x0 - clear_x, b.y0 - clear_y, b.x1 + clear_x, b.y1 + clear_y};
            if (score >= best_score || cost(obs, clear, anywhere, SIZE_MAX, c->frame, 0) > 0 ||
                line_cost(lines, b, c->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), 0) > 0)
                continue;
            best_score = score;
            best = b;
        }
    return best;
}

/* Place one country's name on its visible land, on one line or else on
 * two ("DOMINICAN / REPUBLIC" fits where one line does not); nothing
 * added (*placed 0) when neither fits. */
static dm_status_t place_country(dm_map_t *map, PangoContext *pc, obstacles_t *obs, const line_samples_t *lines,
                                 raster_t *ras, const country_rq_t *c, dmi_marker_t *badge, int label_style,
                                 int *placed)
{
    dmi_text_style_t text_style = label_style == 3 ? DMI_TEXT_NEIGHBOUR : DMI_TEXT_COUNTRY;
    *placed = 0;
    char *text = country_label_text(map, c->code);
    if (!text)
        return DM_OK;
    raster_sum(ras, ras->own, &map->frames[c->frame], c->code);
    double halo = map->font_size * 0.15, wrap = 0;
    /* A badge (the marker of the country's events) goes before the name,
     * a third of a letter apart, and the two find their spot as one. */
    double badge_r = badge ? dmi_marker_radius(map, badge->number) : 0;
    double badge_hw = badge ? fmax(badge->half_width, badge_r) : 0;
    double badge_w = badge ? 2 * badge_hw + map->font_size * 0.35 : 0, badge_h = 2 * badge_r;
    PangoRectangle ink;
    box_t best = {1, 0, 0, 0};
    /* A badge stays near the place its event is at (the country's point,
     * where the frame was fitted to it), not at the middle of whatever
     * land the frame shows: a frame filled by one country would otherwise
     * pull the event to the centre, beside the others. */
    country_rq_t near = *c;
    int at_anchor = badge && badge->x >= c->land.x0 && badge->x <= c->land.x1 && badge->y >= c->land.y0 &&
                    badge->y <= c->land.y1;   /* the badge is still at its anchor here */
    for (int two = 0; two < 2 && best.x0 > best.x1; two++) {
        PangoLayout *layout = dmi_text_layout(pc, map, text, text_style);
        pango_layout_get_extents(layout, &ink, NULL);
        if (two) {
            /* Wrapped at a little over half its width: two lines when it
             * has two words or more. */
            wrap = ink.width / (double)PANGO_SCALE * 0.62;
            pango_layout_set_width(layout, (int)(wrap * PANGO_SCALE));
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
            pango_layout_get_extents(layout, &ink, NULL);
        }
        int lines_n = pango_layout_get_line_count(layout);
        g_object_unref(layout);
        if (two && lines_n != 2)
            break;
        if (at_anchor) {   /* the box's centre that puts the badge on its anchor */
            near.cx = badge->x + (ink.width / (double)PANGO_SCALE + badge_w) / 2 - badge_hw;
            near.cy = badge->y;
        }
        best = country_spot(map, obs, lines, ras, &near, ink.width / (double)PANGO_SCALE + badge_w,
                            fmax(ink.height / (double)PANGO_SCALE, badge_h));
    }
    if (best.x0 > best.x1) {
        free(text);
        return DM_OK;
    }
    /* Whatever comes later (a region's name) keeps the same distance. */
    double cx = map->font_size * 0.6, cy = map->font_size * 0.3;
    if (dmi_grow((void **)&map->labels, &map->label_cap, map->label_count + 1, sizeof *map->labels) ||
        obstacle_add(obs, (box_t){best.x0 - cx, best.y0 - cy, best.x1 + cx, best.y1 + cy}, c->frame)) {
        free(text);
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    }
    dmi_label_t *l = &map->labels[map->label_count++];
    memset(l, 0, sizeof *l);
    l->text = text;
    l->place = SIZE_MAX;
    for (size_t i = 0; i < dm_story_place_count(map->story); i++) {
        const dm_place_t *p = dm_story_place(map->story, i);
        if (p->kind == DM_PLACE_COUNTRY && p->country && strcmp(p->country, c->code) == 0) {
            l->place = i;
            break;
        }
    }
    memcpy(l->country, c->code, 3);
    l->frame = c->frame;
    l->style = label_style;
    l->wrap = best.x0 <= best.x1 && wrap > 0 ? wrap : 0;
    double ink_h = ink.height / (double)PANGO_SCALE, mid = (best.y0 + best.y1) / 2;
    l->bbox[0] = best.x0 + halo + badge_w;
    l->bbox[1] = mid - ink_h / 2;
    l->bbox[2] = best.x1 - halo;
    l->bbox[3] = mid + ink_h / 2;
    l->x = l->bbox[0] - ink.x / (double)PANGO_SCALE;
    l->y = l->bbox[1] - ink.y / (double)PANGO_SCALE;
    if (badge) {
        badge->x = best.x0 + halo + badge_hw;
        badge->y = mid;
        badge->label = (int)(map->label_count - 1);
    }
    *placed = 1;
    return DM_OK;
}

#define MAX_STORY_COUNTRIES 64

/* Name the story's countries in every frame but the overview (a locator,
 * too small to name more than its places), recording in map->country_views
 * how much of each one every frame shows and whether it is named there. */
/* The corner of every frame's scale bar (furniture.c: bottom right,
 * above the credit line on the main map, at most 0.15 of the frame's
 * width and its text) is kept for it, once, before the first country's
 * name. */
static int keep_scale_bars(const dm_map_t *map, obstacles_t *obs, const double credits[4], int *kept)
{
    for (int fi = 0; fi < map->frame_count && !*kept; fi++) {
        const dmi_frame_t *f = &map->frames[fi];
        double fs = map->font_size, bottom = fi ? f->rect[3] : fmin(f->rect[3], credits[1]);
        box_t bar = {f->rect[2] - (f->rect[2] - f->rect[0]) * 0.15 - fs * 4, bottom - fs * 2.6, f->rect[2], bottom};
        if (f->role != DMI_FRAME_OVERVIEW && obstacle_add(obs, bar, fi))
            return -1;
    }
    *kept = 1;
    return 0;
}

/* Frame fi's land raster (the land's summed-area table filled), made on
 * first use; NULL when out of memory. */
static raster_t *frame_raster(const dm_map_t *map, raster_t *ras, int fi)
{
    raster_t *r = &ras[fi];
    if (!r->poly) {
        if (raster_init(r, map, &map->frames[fi]))
            return NULL;
        raster_sum(r, r->land, &map->frames[fi], NULL);
    }
    return r;
}

static dm_status_t place_countries(dm_map_t *map, PangoContext *pc, obstacles_t *obs, const line_samples_t *lines,
                                   raster_t *ras, const double legend[4], const double credits[4], int *bars_kept,
                                   badge_t *badges, size_t nbadges)
{
    char codes[MAX_STORY_COUNTRIES][3];
    size_t ncodes = story_countries(map->story, codes, MAX_STORY_COUNTRIES);
    country_rq_t rq[MAX_STORY_COUNTRIES * DM_MAX_FRAMES];
    size_t n = 0;
    dm_status_t st = DM_OK;
    map->country_view_count = 0;
    if (ncodes && keep_scale_bars(map, obs, credits, bars_kept))
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    for (int fi = 0; fi < map->frame_count && ncodes; fi++) {
        const dmi_frame_t *f = &map->frames[fi];
        if (f->role == DMI_FRAME_OVERVIEW || !f->country_code)
            continue;
        const raster_t *r = frame_raster(map, ras, fi);
        if (!r)
            return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        for (size_t k = 0; k < ncodes; k++) {
            double cells = 0, sx = 0, sy = 0;
            box_t vl = {INFINITY, INFINITY, -INFINITY, -INFINITY};
            for (int y = 0; y < r->rows; y++)
                for (int x = 0; x < r->cols; x++) {
                    int p = r->poly[(size_t)y * (size_t)r->cols + (size_t)x] - 1;
                    double cx = r->x0 + (x + 0.5) * r->cell, cy = r->y0 + (y + 0.5) * r->cell;
                    if (p < 0 || strcmp(f->country_code[p], codes[k]) != 0 || covered(map, fi, legend, cx, cy))
                        continue;
                    cells++;
                    sx += cx;
                    sy += cy;
                    vl = (box_t){fmin(vl.x0, cx), fmin(vl.y0, cy), fmax(vl.x1, cx), fmax(vl.y1, cy)};
                }
            if (cells == 0)
                continue;
            double area = (f->rect[2] - f->rect[0]) * (f->rect[3] - f->rect[1]);
            country_rq_t *c = &rq[n++];
            memcpy(c->code, codes[k], 3);
            c->frame = fi;
            c->visible = fmin(1, cells * r->cell * r->cell / fmax(area, 1));
            c->land = vl;
            c->cx = sx / cells;
            c->cy = sy / cells;
        }
    }
    if (n)
        qsort(rq, n, sizeof *rq, cmp_country);
    for (size_t i = 0; i < n; i++) {
        int placed = 0;
        badge_t *b = NULL;
        for (size_t k = 0; k < nbadges && !b; k++) {
            const dmi_marker_t *m = &map->markers[badges[k].marker];
            if (m->frame == rq[i].frame && strcmp(dm_story_place(map->story, m->place)->country, rq[i].code) == 0)
                b = &badges[k];
        }
        if (b) {
            b->placed = -1;   /* tried */
            /* The marker leaves its anchor for the name's side (and may
             * take its spot); its box there stays an obstacle only when
             * no spot is found. */
            box_t own = obs->boxes[b->obstacle];
            obs->boxes[b->obstacle] = (box_t){0, 0, 0, 0};
            if ((st = place_country(map, pc, obs, lines, &ras[rq[i].frame], &rq[i], &map->markers[b->marker], 1,
                                    &placed)))
                return st;
            if (placed)
                b->placed = 1;
            else
                obs->boxes[b->obstacle] = own;
        } else if (country_has_marker(map, rq[i].frame, rq[i].code))
            placed = 1;   /* its marker's label names it */
        else if ((st = place_country(map, pc, obs, lines, &ras[rq[i].frame], &rq[i], NULL, 1, &placed)))
            return st;
        if (dmi_grow((void **)&map->country_views, &map->country_view_cap, map->country_view_count + 1,
                     sizeof *map->country_views))
            return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        dmi_country_view_t *v = &map->country_views[map->country_view_count++];
        memcpy(v->code, rq[i].code, 3);
        v->frame = rq[i].frame;
        v->visible = rq[i].visible;
        /* The land's cells whole, not their centres. */
        double half = ras[rq[i].frame].cell / 2;
        const double *fr = map->frames[rq[i].frame].rect;
        v->land[0] = fmax(rq[i].land.x0 - half, fr[0]);
        v->land[1] = fmax(rq[i].land.y0 - half, fr[1]);
        v->land[2] = fmin(rq[i].land.x1 + half, fr[2]);
        v->land[3] = fmin(rq[i].land.y1 + half, fr[3]);
        v->labelled = placed;
    }
    return DM_OK;
}

/* ---- neighbours: countries the story does not name, to orient by -----
 * A frame inside one large country, or among countries the story does
 * not name, gives a reader nothing to orient by (a close frame of a
 * province shows borders but no name beyond them). The largest countries
 * a frame shows that the story does not name are named too, after
 * everything else and only where their names are free of it; none is
 * ever dropped in their favour. Those drawn as the story's land (a town
 * of the story lies in them) come first, named like the story's
 * countries; the others are smaller and fainter. */
#define NEIGHBOUR_MIN_SHARE 0.03    /* of the frame's area: no name for a sliver */
#define NEIGHBOURS_MAIN 8           /* at most per frame, the largest first */
#define NEIGHBOURS_INSET 3

static int cmp_neighbour(const void *a, const void *b)
{
    const country_rq_t *x = a, *y = b;
    if (x->tinted != y->tinted)
        return y->tinted - x->tinted;
    if (x->visible != y->visible)
        return x->visible > y->visible ? -1 : 1;
    return strcmp(x->code, y->code);
}

static dm_status_t place_neighbours(dm_map_t *map, PangoContext *pc, obstacles_t *obs, const line_samples_t *lines,
                                    raster_t *ras, const double legend[4], const double credits[4], int *bars_kept)
{
    char codes[MAX_STORY_COUNTRIES][3];
    size_t ncodes = story_countries(map->story, codes, MAX_STORY_COUNTRIES);
    for (int fi = 0; fi < map->frame_count; fi++) {
        const dmi_frame_t *f = &map->frames[fi];
        if (f->role == DMI_FRAME_OVERVIEW || !f->country_code || !f->country_count)
            continue;
        raster_t *r = frame_raster(map, ras, fi);
        country_rq_t *rq = dmi_calloc(f->country_count, sizeof *rq);
        double *cells = dmi_calloc(f->country_count, sizeof *cells);
        if (!r || !rq || !cells || keep_scale_bars(map, obs, credits, bars_kept)) {
            free(rq);
            free(cells);
            return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        }
        for (size_t i = 0; i < f->country_count; i++)
            rq[i].land = (box_t){INFINITY, INFINITY, -INFINITY, -INFINITY};
        for (int y = 0; y < r->rows; y++)
            for (int x = 0; x < r->cols; x++) {
                int p = r->poly[(size_t)y * (size_t)r->cols + (size_t)x] - 1;
                double cx = r->x0 + (x + 0.5) * r->cell, cy = r->y0 + (y + 0.5) * r->cell;
                if (p < 0 || covered(map, fi, legend, cx, cy))
                    continue;
                country_rq_t *c = &rq[p];
                cells[p]++;
                c->cx += cx;
                c->cy += cy;
                c->land = (box_t){fmin(c->land.x0, cx), fmin(c->land.y0, cy), fmax(c->land.x1, cx),
                                  fmax(c->land.y1, cy)};
            }
        double area = fmax((f->rect[2] - f->rect[0]) * (f->rect[3] - f->rect[1]), 1);
        size_t n = 0;
        for (size_t i = 0; i < f->country_count; i++) {
            const char *code = f->country_code[i];
            int story = 0, named = 0;
            for (size_t k = 0; k < ncodes && !story; k++)
                story = strcmp(codes[k], code) == 0;
            for (size_t k = 0; k < map->label_count && !named; k++)
                named = map->labels[k].frame == fi && strcmp(map->labels[k].country, code) == 0;
            double visible = cells[i] * r->cell * r->cell / area;
            /* Nor for a strip along the frame's top or bottom edge that is
             * thinner than four letters: land the frame cuts through,
             * whose name would caption an edge, not a country. */
            box_t land = rq[i].land;
            double edge = 1.5 * r->cell;
            int strip = land.y1 - land.y0 < 4 * map->font_size &&
                        (land.y0 <= f->rect[1] + edge || land.y1 >= f->rect[3] - edge);
            if (story || named || !code || strlen(code) != 2 || visible < NEIGHBOUR_MIN_SHARE || strip)
                continue;
            country_rq_t c = rq[i];
            memcpy(c.code, code, 3);
            c.frame = fi;
            c.visible = fmin(1, visible);
            c.cx /= cells[i];
            c.cy /= cells[i];
            c.tinted = f->country_tint && f->country_tint[i];
            rq[n++] = c;   /* n <= i: never overwrites one still to read */
        }
        free(cells);
        qsort(rq, n, sizeof *rq, cmp_neighbour);
        int most = f->role == DMI_FRAME_MAIN ? NEIGHBOURS_MAIN : NEIGHBOURS_INSET;
        for (size_t i = 0; i < n && most > 0; i++) {
            int placed = 0;
            /* A country drawn as the story's land (a town of the story is
             * in it) is named as the story's countries are. */
            dm_status_t st = place_country(map, pc, obs, lines, r, &rq[i], NULL, rq[i].tinted ? 1 : 3, &placed);
            if (st) {
                free(rq);
                return st;
            }
            most -= placed;
        }
        free(rq);
    }
    return DM_OK;
}

/* Has the country of code a label in some frame already? */
static int country_named(const dm_map_t *map, const char *code)
{
    for (size_t i = 0; code && i < map->label_count; i++)
        if (strcmp(map->labels[i].country, code) == 0)
            return 1;
    return 0;
}

/* The cheapest candidate so far, with its leader when it has one. */
typedef struct {
    double cost;
    double order; /* the part of cost that only orders free spots (the edge's margin, nearness) */
    box_t box;
    int has_leader;
    double leader[4];
} choice_t;

/* Take candidate b at cost c, of which `order` only orders free spots
 * (leader: its leader line, or NULL), when it is cheaper than the best so
 * far; ties keep the earlier candidate. */
static void choose(choice_t *best, double c, double order, box_t b, const double *leader)
{
    if (c >= best->cost - 1e-9)
        return;
    best->cost = c;
    best->order = order;
    best->box = b;
    best->has_leader = leader != NULL;
    if (leader)
        memcpy(best->leader, leader, sizeof best->leader);
}

/* Is the best spot so far free of everything, tight to the frame's edge or
 * not? The farther searches (anywhere in the frame with a leader, across a
 * country's land, along a line) are for a name with no free spot near its
 * anchor; they never trade a tight spot near it for one far off. */
static int near_free(const choice_t *best)
{
    return best->cost - best->order <= 1e-9;
}

/* Does a drawn line of frame fi (an event line, a story line, an inset's
 * connector) pass through box b (x0, y0, x1, y1), or cross segment s when
 * b is NULL? Exact, segment by segment: the sampled lines can miss one
 * where another line's samples fill the grid's cells. */
static int crosses_drawn_line(const dm_map_t *map, int fi, const double *b, const double *s)
{
#define CROSSES(x1, y1, x2, y2)                                                                     \
    (seg[0] = (x1), seg[1] = (y1), seg[2] = (x2), seg[3] = (y2),                                   \
     isfinite(seg[0] + seg[1] + seg[2] + seg[3]) &&                                                \
         (b ? dmi_segment_enters_box(seg, b, 0) : dmi_segments_cross(seg, s)))
    double seg[4];
    for (size_t i = 0; i < map->line_count + map->feature_count; i++) {
        const dmi_ring_t *r = NULL;
        size_t nr = 1;
        if (i < map->line_count) {
            if (map->lines[i].frame != fi)
                continue;
            r = &map->lines[i].points;
        } else {
            const dmi_feature_t *f = &map->features[i - map->line_count];
            if (f->frame != fi || f->is_area)
                continue;
            r = f->shape.rings;
            nr = f->shape.count;
        }
        for (size_t q = 0; q < nr; q++)
            for (size_t k = 0; k + 1 < r[q].count; k++)
                if (CROSSES(r[q].pts[k].x, r[q].pts[k].y, r[q].pts[k + 1].x, r[q].pts[k + 1].y))
                    return 1;
    }
    for (int i = 1; fi == 0 && i < map->frame_count; i++)
        for (int k = 0; k < map->frames[i].connector_count; k++) {
            const double *c = map->frames[i].connectors[k];
            if (CROSSES(c[0], c[1], c[2], c[3]))
                return 1;
        }
    return 0;
#undef CROSSES
}

/* The cheapest spot for a name (ink w x h, halo) where neither the name
 * nor its leader crosses a line or anything else drawn: around the
 * marker, then anywhere in the frame on a grid of some 300 points
 * (leaders cost their length); a name without a marker (a line's, an
 * area's, which may lie over its own outline) within 8 label heights of
 * its anchor, without a leader. Cost
 * INFINITY when there is none. */
static choice_t spot_clear_of_lines(const dm_map_t *map, obstacles_t *obs, const line_samples_t *lines,
                                    const request_t *rq, double w, double h, double halo, const double frame[4])
{
    static const double dirs[8][2] = {{1, 0}, {-1, 0}, {0.75, -0.66}, {0.75, 0.66},
                                      {-0.75, -0.66}, {-0.75, 0.66}, {0, -1}, {0, 1}};
    choice_t best = {.cost = INFINITY};
    double base = rq->radius + map->font_size * 0.3;
    double step = fmax(map->font_size, sqrt((frame[2] - frame[0]) * (frame[3] - frame[1]) / 300));
    int nx = (int)((frame[2] - frame[0]) / step) + 1, ny = (int)((frame[3] - frame[1]) / (step * 0.5)) + 1;
    for (int k = 0; k < 5 * 8 + nx * ny; k++) {
        box_t b;
        if (k < 40) {   /* rings around the marker, nearest first */
            double dist = base * (1 + 1.6 * (k / 8));
            b = attach_box(rq->x + dirs[k % 8][0] * dist, rq->y + dirs[k % 8][1] * dist, dirs[k % 8][0],
                           dirs[k % 8][1], w, h, halo);
        } else {
            int g = k - 40;
            b = attach_box(frame[0] + w / 2 + halo + (g % nx) * step, frame[1] + h / 2 + halo + (g / nx) * step * 0.5,
                           0, 0, w, h, halo);
        }
        box_t ink = {b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo};
        double inner[4] = {ink.x0 + 0.5, ink.y0 + 0.5, ink.x1 - 0.5, ink.y1 - 0.5};
        if (!inside(b, frame) ||
            cost(obs, (box_t){inner[0], inner[1], inner[2], inner[3]}, frame, SIZE_MAX, rq->frame, 0) > 0 ||
            (rq->radius > 0 && line_cost(lines, b, rq->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), 0) > 0) ||
            crosses_drawn_line(map, rq->frame, (const double[4]){b.x0, b.y0, b.x1, b.y1}, NULL))
            continue;
        double leader[4], c = k < 40 ? k * 1e-6 : 0;
        int has_leader = rq->radius > 0 && leader_of(rq, ink, leader);
        if (rq->radius <= 0) {   /* a line's or an area's name: near its anchor, no leader */
            double d = hypot((b.x0 + b.x1) / 2 - rq->x, (b.y0 + b.y1) / 2 - rq->y);
            if (d > map->font_size * 8)
                continue;
            c = d * 1e-3;
        }
        if (has_leader) {
            double len = hypot(leader[2] - leader[0], leader[3] - leader[1]);
            c = leader_cost(map, obs, lines, rq, leader, frame, len / 1.5 + 1e-9);
            if (c > len / 1.5 + 1e-9 || crosses_drawn_line(map, rq->frame, NULL, leader))
                continue;   /* the leader crosses something */
        }
        double edge = edge_cost(map, b, halo, rq->frame);
        choose(&best, c + edge, edge, b, has_leader ? leader : NULL);
    }
    return best;
}

/* A story place's name that found no room (a country named only as a
 * participant has no place: nothing to note). */
static void note_dropped(dm_map_t *map, size_t place)
{
    if (place < dm_story_place_count(map->story))
        map->label_dropped[place] = 1;
}

/* A name in the overview (a locator a few hundred pixels wide, its dots
 * a few pixels apart) reads as naming the dot nearest it: a spot that
 * comes within AMBIGUOUS_EM label sizes of as near another place's dot as
 * of its own reads as that place's name (a country's name over its
 * neighbour's dot). Such a spot costs as much as covering something its
 * own size, and when no other is left the name goes. */
#define AMBIGUOUS_EM 0.5

/* Distance from (x, y) to box b, canvas units. */
static double box_distance(box_t b, double x, double y)
{
    return hypot(fmax(fmax(b.x0 - x, x - b.x1), 0), fmax(fmax(b.y0 - y, y - b.y1), 0));
}

/* Does a name with its ink at `ink` in the overview sit as near another
 * place's marker as its own (AMBIGUOUS_EM)? Other frames: never. */
static int beside_another_marker(const dm_map_t *map, const request_t *rq, box_t ink)
{
    if (map->frames[rq->frame].role != DMI_FRAME_OVERVIEW || rq->radius <= 0)
        return 0;
    double own = box_distance(ink, rq->x, rq->y) + map->font_size * AMBIGUOUS_EM;
    for (size_t i = 0; i < map->marker_count; i++) {
        const dmi_marker_t *m = &map->markers[i];
        if (m->frame == rq->frame && m->place != rq->place && box_distance(ink, m->x, m->y) < own)
            return 1;
    }
    return 0;
}

/* Is the spot chosen for a name clear: inside its frame, over nothing
 * drawn, crossing no line, and not read as another marker's name? */
static int spot_is_clear(const dm_map_t *map, obstacles_t *obs, const line_samples_t *lines, const request_t *rq,
                         const choice_t *best, double halo, const double frame[4])
{
    if (!isfinite(best->cost) || !inside(best->box, frame))
        return 0;
    box_t ink = {best->box.x0 + halo + 0.5, best->box.y0 + halo + 0.5, best->box.x1 - halo - 0.5,
                 best->box.y1 - halo - 0.5};
    double inked[4] = {ink.x0, ink.y0, ink.x1, ink.y1};
    if (cost(obs, ink, frame, SIZE_MAX, rq->frame, 0) > 0 ||
        line_cost(lines, best->box, rq->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), 0) > 0 ||
        crosses_drawn_line(map, rq->frame, inked, NULL))
        return 0;
    return best->has_leader ||
           !beside_another_marker(map, rq, (box_t){best->box.x0 + halo, best->box.y0 + halo, best->box.x1 - halo,
                                                   best->box.y1 - halo});
}

static dm_status_t place_one(dm_map_t *map, PangoContext *pc, obstacles_t *obs, const line_samples_t *all_lines,
                             const land_t *land, const request_t *rq, int crowded)
{
    const dm_place_t *p = dm_story_place(map->story, rq->place);
    const dmi_frame_t *f = &map->frames[rq->frame];
    char *text = NULL;
    if (rq->marker_obstacle != SIZE_MAX)
        text = marker_text(map, rq);
    else if (rq->country && p->country && strlen(p->country) == 2)
        text = country_label_text(map, p->country);   /* its short name, as on its land */
    if (!text && rq->marker_obstacle == SIZE_MAX)
        text = dmi_place_label_text(map, p);
    if (!text)
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    PangoLayout *layout = dmi_text_layout(pc, map, text, rq->style);
    PangoRectangle ink, logical;
    pango_layout_get_extents(layout, &ink, &logical);
    /* Long names ("Permanent Mission of ... to the United Nations") wrap
     * rather than run out of a small frame. */
    double wrap = 0, max_w = fmax((f->rect[2] - f->rect[0]) * 0.55, map->font_size * 8);
    /* and never wider than the frame leaves room for (a small inset) */
    max_w = fmin(max_w, f->rect[2] - f->rect[0] - map->font_size * 0.9);
    if (ink.width / (double)PANGO_SCALE > max_w) {
        wrap = max_w;
        pango_layout_set_width(layout, (int)(wrap * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
        pango_layout_get_extents(layout, &ink, &logical);
        char *whole = strstr(text, ", ") ? dmi_text_names_kept_whole(text) : NULL;
        if (whole) {
            /* a marker's joint name ("Santiago, São Paulo") breaks between
             * its names, never inside one, when each name fits a line */
            PangoLayout *kept = dmi_text_layout(pc, map, whole, rq->style);
            PangoRectangle kink, klogical;
            pango_layout_set_width(kept, (int)(wrap * PANGO_SCALE));
            pango_layout_set_wrap(kept, PANGO_WRAP_WORD);
            pango_layout_get_extents(kept, &kink, &klogical);
            char *copy = kink.width / (double)PANGO_SCALE <= max_w ? dmi_strdup(whole) : NULL;
            if (copy) {
                free(text);
                text = copy;
                ink = kink;
                logical = klogical;
            }
            g_object_unref(kept);
            g_free(whole);
        }
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
    /* The overview's outline of the main frame (line_samples_t) steers a
     * name off it only where that leaves the name clear: when the spot
     * found lies over something, or beside another place's marker, the
     * search runs again without it (a dot by a world locator's small box
     * keeps its name across the box rather than lose both). */
    line_samples_t plain = *all_lines;
    plain.outlines = NULL;
    const line_samples_t *lines = all_lines;
    choice_t best = {.cost = INFINITY};
    for (int pass = 0; pass < 2; pass++) {
        if (pass)
            lines = &plain;
        best = (choice_t){.cost = INFINITY};
        /* A marker's name tries five rings, a place's without a marker three
         * (a letter apart), and a sea's or an area's eight: it is wide, and
         * its name may sit further off its point (an inset over it). */
        size_t nrings = rq->radius > 0 ? sizeof rings / sizeof rings[0] : p->kind == DM_PLACE_AREA ? 8 : 3;
        /* Thousands of labels cannot all find room; search near the anchor
         * only, so absurd stories stay bounded in time. */
        if (crowded)
            nrings = 1;
        for (size_t r = 0; r < nrings && best.cost > 0; r++) {
            size_t ndirs = rq->side ? 3 : rq->radius > 0 || r > 0 ? 8 : 1;
            for (size_t d = 0; d < ndirs && best.cost > 0; d++) {
                double dist = rq->radius > 0 ? base * rings[r] : map->font_size * 1.2 * (r + (rq->side != 0));
                size_t dir = rq->side ? (size_t)side_dirs[rq->side][d] : d;
                double dx = ndirs == 1 ? 0 : dirs[dir][0], dy = ndirs == 1 ? 0 : dirs[dir][1];
                box_t b = attach_box(rq->x + dx * dist, rq->y + dy * dist, dx, dy, w, h, halo);
                if (!inside(b, frame) || (rq->country && over_neighbour(map, land, rq->own, b)))
                    continue;
                double c = cost(obs, b, frame, rq->marker_obstacle, rq->frame, best.cost), leader[4];
                if (c < best.cost)
                    c += crossing_cost(map, lines, b, rq->frame, best.cost - c);
                if (rq->own != SIZE_MAX && c < best.cost)
                    c += land_cost(map, land, rq->own, (box_t){b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo},
                                   best.cost - c);
                int has_leader = rq->radius > 0 && r > 0 &&
                                 leader_of(rq, (box_t){b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo}, leader);
                if (has_leader && c < best.cost)
                    c += leader_cost(map, obs, lines, rq, leader, frame, best.cost - c);
                if (!has_leader && c < best.cost &&
                    beside_another_marker(map, rq, (box_t){b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo}))
                    c += w * h;
                /* Near ones first among free ones; a name without a marker
                 * leaves a tight spot for a free one at most a ring further
                 * (a sea's name kept by its sea). */
                double edge = edge_cost(map, b, halo, rq->frame);
                double order = edge + r * 1e-6 + (rq->radius > 0 ? 0 : EDGE_COST * fmax((double)r - 1, 0));
                c += order;
                choose(&best, c, order, b, has_leader ? leader : NULL);
                if (c <= order + 1e-9 && edge == 0)
                    best.cost = 0;
            }
        }
        /* A marker's name that finds no free spot around it inside its frame
         * (a small inset: the outer rings fall outside) may sit anywhere in
         * the frame with a leader: a grid of some 300 points, the cheapest
         * (leader included) winning. */
        if (rq->radius > 0 && !crowded && !near_free(&best)) {
            double step = fmax(map->font_size, sqrt((frame[2] - frame[0]) * (frame[3] - frame[1]) / 300));
            for (double y = frame[1] + h / 2 + halo; y + h / 2 + halo <= frame[3] && best.cost > 0; y += step * 0.5)
                for (double x = frame[0] + w / 2 + halo; x + w / 2 + halo <= frame[2] && best.cost > 0; x += step) {
                    box_t b = attach_box(x, y, 0, 0, w, h, halo);
                    /* its own marker counts here: the box may fall on it */
                    double c = cost(obs, b, frame, SIZE_MAX, rq->frame, best.cost), line[4];
                    if (c < best.cost)
                        c += crossing_cost(map, lines, b, rq->frame, best.cost - c);
                    int has_leader = leader_of(rq, (box_t){b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo}, line);
                    if (has_leader && c < best.cost)
                        c += leader_cost(map, obs, lines, rq, line, frame, best.cost - c);
                    double edge = edge_cost(map, b, halo, rq->frame);
                    choose(&best, c + edge, edge, b, has_leader ? line : NULL);
                }
        }
        /* A country's name may sit anywhere on its land: when nothing near its
         * anchor is both free and on that land (a locator box or a marker
         * there), try the points of a grid over the country's part of the
         * frame (some 300 at most) inside it; the cheapest wins, the nearest
         * the anchor among equals. */
        if (rq->own != SIZE_MAX && !crowded && !rq->side && !near_free(&best)) {
            box_t ob = land->boxes[rq->own];
            ob = (box_t){fmax(ob.x0, frame[0]), fmax(ob.y0, frame[1]), fmin(ob.x1, frame[2]), fmin(ob.y1, frame[3])};
            double step = fmax(map->font_size, sqrt(fmax(ob.x1 - ob.x0, 0) * fmax(ob.y1 - ob.y0, 0) / 300));
            const dmi_shape_t *mine = &land->frame->countries[rq->own];
            for (double y = ob.y0 + step / 2; y < ob.y1 && best.cost > 0; y += step)
                for (double x = ob.x0 + step / 2; x < ob.x1 && best.cost > 0; x += step) {
                    if (!in_shape(mine, x, y))
                        continue;
                    box_t b = attach_box(x, y, 0, 0, w, h, halo);
                    if (!inside(b, frame) || (rq->country && over_neighbour(map, land, rq->own, b)))
                        continue;
                    double c = cost(obs, b, frame, SIZE_MAX, rq->frame, best.cost);
                    if (c < best.cost)
                        c += crossing_cost(map, lines, b, rq->frame, best.cost - c);
                    if (c < best.cost)
                        c += land_cost(map, land, rq->own, (box_t){b.x0 + halo, b.y0 + halo, b.x1 - halo, b.y1 - halo},
                                   best.cost - c);
                    double order = edge_cost(map, b, halo, rq->frame) + hypot(x - rq->x, y - rq->y) * 1e-6;
                    choose(&best, c + order, order, b, NULL);
                }
        }
        /* A line's label may sit beside any part of it: when nothing near its
         * anchor is free, try just off points spaced along the line, the free
         * one nearest the anchor winning. */
        for (size_t i = 0; rq->along && !crowded && !rq->side && !near_free(&best) && i < rq->along->count; i++) {
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
                    if (!inside(b, frame))
                        continue;
                    double c = cost(obs, b, frame, SIZE_MAX, rq->frame, best.cost);
                    if (c < best.cost)
                        c += crossing_cost(map, lines, b, rq->frame, best.cost - c);
                    double order = edge_cost(map, b, halo, rq->frame) + hypot(a.x - rq->x, a.y - rq->y) * 1e-6;
                    choose(&best, c + order, order, b, NULL);
                }
            }
        }
        /* No candidate inside the frame (a name wider than a small inset):
         * the first one slid inside it, with a leader to its marker. */
        if (!isfinite(best.cost)) {
            double dist = rq->radius > 0 ? base : 0;
            best.box = attach_box(rq->x + dist, rq->y, rq->radius > 0 ? 1 : 0, 0, w, h, halo);
            double sx = fmax(frame[0] - best.box.x0, 0) - fmax(best.box.x1 - frame[2], 0);
            double sy = fmax(frame[1] - best.box.y0, 0) - fmax(best.box.y1 - frame[3], 0);
            best.box = (box_t){best.box.x0 + sx, best.box.y0 + sy, best.box.x1 + sx, best.box.y1 + sy};
            box_t ink = {best.box.x0 + halo, best.box.y0 + halo, best.box.x1 - halo, best.box.y1 - halo};
            best.has_leader = rq->radius > 0 && leader_of(rq, ink, best.leader);
            best.cost = 1;
        }
        if (!lines->outlines || map->frames[rq->frame].role != DMI_FRAME_OVERVIEW ||
            spot_is_clear(map, obs, &plain, rq, &best, halo, frame))
            break;
    }
    /* The name of a place with an event (or on an event's line), and of a
     * story's line or area, crosses no line: when the cheapest spot does,
     * the cheapest clear of lines and of everything else, where there is
     * one (a marker's name however far, with its leader). */
    double inked[4] = {best.box.x0 + halo + 0.5, best.box.y0 + halo + 0.5, best.box.x1 - halo - 0.5,
                       best.box.y1 - halo - 0.5};
    int crosses = crosses_drawn_line(map, rq->frame, inked, NULL);
    if (crosses && !rq->droppable && !rq->drop && !crowded) {
        choice_t clear = spot_clear_of_lines(map, obs, lines, rq, w, h, halo, frame);
        if (isfinite(clear.cost))
            best = clear, crosses = 0;
    }
    /* A line's or an area's name with no such spot goes (its line shows). */
    if (crosses && rq->marker_obstacle == SIZE_MAX && !crowded) {
        note_dropped(map, rq->place);
        free(text);
        return DM_OK;
    }
    /* So does one that would lie over something drawn (an inset over
     * the sea it names), unless an event happens there. */
    if (rq->marker_obstacle == SIZE_MAX && rq->along == NULL && !rq->of_event && !crowded &&
        (p->kind == DM_PLACE_LINE || p->kind == DM_PLACE_AREA) &&
        cost(obs, (box_t){best.box.x0 + halo + 0.5, best.box.y0 + halo + 0.5, best.box.x1 - halo - 0.5,
                          best.box.y1 - halo - 0.5}, frame, SIZE_MAX, rq->frame, 0) > 0) {
        note_dropped(map, rq->place);
        free(text);
        return DM_OK;
    }
    /* An overview's name that reads as its neighbour's goes; a plain dot
     * goes with it (left bare, it would take that name). */
    if (!best.has_leader &&
        beside_another_marker(
            map, rq, (box_t){best.box.x0 + halo, best.box.y0 + halo, best.box.x1 - halo, best.box.y1 - halo})) {
        if (rq->drop)
            *rq->drop = 1;
        note_dropped(map, rq->place);
        free(text);
        return DM_OK;
    }
    /* A name of context gives way to anything drawn. */
    if (rq->droppable && (cost(obs, best.box, frame, SIZE_MAX, rq->frame, 0) > 0 || !inside(best.box, frame) ||
                          line_cost(lines, best.box, rq->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), 0) > 0 ||
                          crosses)) {
        note_dropped(map, rq->place);
        free(text);
        return DM_OK;
    }
    /* A country's name belongs on its land or beside it: one that found
     * room only away from every part of its land the frame shows goes. */
    if (rq->country && rq->own != SIZE_MAX && rq->marker_obstacle == SIZE_MAX && !crowded &&
        !touches_own_land(map, land, rq->own, rq->frame,
                          (box_t){best.box.x0 + halo, best.box.y0 + halo, best.box.x1 - halo, best.box.y1 - halo})) {
        note_dropped(map, rq->place);
        free(text);
        return DM_OK;
    }
    /* A place named in the story where nothing happens (a plain dot) is
     * context too: when its name finds no spot clear of everything, its
     * own dot included, dot and name both go rather than cover each other
     * or an event's marker. */
    if (rq->drop && (!inside(best.box, frame) ||
                     cost(obs, (box_t){best.box.x0 + halo + 0.5, best.box.y0 + halo + 0.5, best.box.x1 - halo - 0.5,
                                       best.box.y1 - halo - 0.5}, frame, SIZE_MAX, rq->frame, 0) > 0 ||
                     line_cost(lines, best.box, rq->frame, LINE_STEP(map), LINE_HALF_WIDTH(map), 0) > 0 || crosses)) {
        *rq->drop = 1;
        note_dropped(map, rq->place);
        free(text);
        return DM_OK;
    }
    /* A marker's name over something drawn: the map is crowded (layout.c
     * may group its places by country). */
    if (rq->marker_obstacle != SIZE_MAX &&
        cost(obs, (box_t){best.box.x0 + halo + 0.5, best.box.y0 + halo + 0.5, best.box.x1 - halo - 0.5,
                          best.box.y1 - halo - 0.5}, frame, rq->marker_obstacle, rq->frame, 0) > 0)
        map->crowded++;
    if (dmi_grow((void **)&map->labels, &map->label_cap, map->label_count + 1, sizeof *map->labels) ||
        obstacle_add(obs, best.box, rq->frame)) {
        free(text);
        return dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
    }
    dmi_label_t *l = &map->labels[map->label_count++];
    memset(l, 0, sizeof *l);
    l->text = text;
    l->place = rq->place;
    if (rq->country && p->country && strlen(p->country) == 2)
        memcpy(l->country, p->country, 3);
    l->frame = rq->frame;
    l->style = rq->style == DMI_TEXT_COUNTRY ? 1 : rq->style == DMI_TEXT_LINE ? 2 : 0;
    l->wrap = wrap;
    l->bbox[0] = best.box.x0 + halo;
    l->bbox[1] = best.box.y0 + halo;
    l->bbox[2] = best.box.x1 - halo;
    l->bbox[3] = best.box.y1 - halo;
    l->x = l->bbox[0] - ix;
    l->y = l->bbox[1] - iy;
    if (best.has_leader) {
        l->has_leader = 1;
        memcpy(l->leader, best.leader, sizeof l->leader);
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

/* The story's countries on their land, a country's event marker as the
 * badge before its name; a marker whose name found no spot stays at its
 * anchor (an obstacle all along) and is labelled there. */
static dm_status_t place_countries_and_badges(dm_map_t *map, PangoContext *pc, obstacles_t *obs,
                                              const line_samples_t *lines, const land_t *land, raster_t *ras,
                                              const double legend[4], const double credits[4], int *bars_kept,
                                              badge_t *badges, size_t nbadges)
{
    dm_status_t st = place_countries(map, pc, obs, lines, ras, legend, credits, bars_kept, badges, nbadges);
    for (size_t i = 0; i < nbadges && st == DM_OK; i++)
        if (badges[i].placed <= 0)
            st = place_one(map, pc, obs, lines, &land[badges[i].rq.frame], &badges[i].rq, 0);
    return st;
}

dm_status_t dmi_labels_place(dm_map_t *map)
{
    const dm_story_t *s = map->story;
    dm_status_t st = DM_OK;
    obstacles_t obs = {0};
    line_samples_t samples = {0}, outlines = {0};
    request_t *rq = dmi_calloc(dm_story_place_count(s) * DM_MAX_FRAMES + 1, sizeof *rq);
    badge_t *badges = dmi_calloc(map->marker_count + 1, sizeof *badges);
    size_t nbadges = 0;
    int *uses = count_uses(s);
    int *folds = dmi_calloc(dm_story_place_count(s) + 1, sizeof *folds);
    unsigned char *dropped_dots = dmi_calloc(map->marker_count + 1, 1);
    /* Per place, its drawn line or area in the frame being labelled. */
    const dmi_shape_t **drawn = dmi_calloc(dm_story_place_count(s) + 1, sizeof *drawn);
    land_t land[DM_MAX_FRAMES] = {{0}};
    raster_t ras[DM_MAX_FRAMES] = {{0}};   /* each frame's land, for countries' names */
    int bars_kept = 0;
    size_t n = 0;
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    if (!rq || !badges || !uses || !folds || !drawn || !dropped_dots) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    dmi_text_setup_context(pc);
    if (grid_init(&obs.grid, map->width, map->height, map->font_size * 4) ||
        grid_init(&samples.grid, map->width, map->height, map->font_size * 4) ||
        grid_init(&outlines.grid, map->width, map->height, map->font_size * 4)) {
        st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < map->line_count; i++)
        sample_ring(&samples, &map->lines[i].points, map->lines[i].frame, LINE_STEP(map));
    for (size_t i = 0; i < map->feature_count; i++)
        for (size_t k = 0; k < map->features[i].shape.count; k++)
            sample_ring(&samples, &map->features[i].shape.rings[k], map->features[i].frame, LINE_STEP(map));
    /* The connectors from the locator boxes to their insets are lines of the main map too. */
    for (int i = 1; i < map->frame_count; i++)
        for (int k = 0; k < map->frames[i].connector_count; k++) {
            const double *c = map->frames[i].connectors[k];
            dmi_xy_t pts[2] = {{c[0], c[1]}, {c[2], c[3]}};
            sample_ring(&samples, &(dmi_ring_t){.pts = pts, .count = 2}, 0, LINE_STEP(map));
        }
    /* The overview's outline of the main frame: a name keeps off it where
     * it can (line_samples_t). */
    for (int i = 1; i < map->frame_count; i++)
        if (map->frames[i].outline.count >= 3) {
            const dmi_ring_t *o = &map->frames[i].outline;
            sample_ring(&outlines, o, i, LINE_STEP(map));
            dmi_xy_t close[2] = {o->pts[o->count - 1], o->pts[0]};
            sample_ring(&outlines, &(dmi_ring_t){.pts = close, .count = 2}, i, LINE_STEP(map));
        }
    samples.outlines = &outlines;
    /* The legend and the credits are placed already (furniture.c). */
    const double *legend = map->furniture.legend.rect, *credits = map->furniture.credits;
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
        const dm_place_t *p = dm_story_place(s, m->place);
        request_t req = {.place = m->place, .frame = m->frame, .x = m->x, .y = m->y, .radius = hw,
                       .marker_obstacle = idx, .style = DMI_TEXT_LABEL,
                       .priority = m->number ? 0 : used ? 1 : 2, .folds = folds[m->place], .own = SIZE_MAX,
                       .side = dmi_story_place_label_side(s, p->id),
                       .drop = !m->number && !used && !folds[m->place] ? &dropped_dots[i] : NULL};
        /* An event in a whole country is told on the country's name: its
         * marker waits for the name (place_countries) instead of reading
         * as a city at the country's anchor. */
        if (m->count && p->kind == DM_PLACE_COUNTRY && p->country && strlen(p->country) == 2 && !folds[m->place] &&
            !(map->grouped && map->grouped[m->place]) && map->frames[m->frame].role != DMI_FRAME_OVERVIEW &&
            map->frames[m->frame].country_code)
            badges[nbadges++] = (badge_t){.marker = i, .obstacle = idx, .rq = req};
        else
            rq[n++] = req;
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
            if (map->has_marker[i] || map->named_with[i] >= 0)   /* on a marker (a group's) */
                continue;
            /* A line or area is labelled once: in the inset that shows it
             * when it is near a cluster, else on the main map. */
            if (!label_frame_for(map, i, fi))
                continue;
            /* A region beyond any one country named only in passing ("trade
             * across Asia") on a map of events elsewhere has no spot of its
             * own: its name at an area centre would read as a place there
             * ("ASIA" on the Tibetan plateau). */
            if (is_wide_region(p) && !uses[i] && dm_story_event_count(s) > 0)
                continue;
            double e, nn, x, y;
            if (dmi_project_point(&f->proj, p->lon, p->lat, &e, &nn))
                continue;
            dmi_frame_to_canvas(f, e, nn, &x, &y);
            if (x < f->rect[0] || x > f->rect[2] || y < f->rect[1] || y > f->rect[3]) {
                /* A sea where an event happens whose point lies just past
                 * the main frame (the frame fits the event's markers): its
                 * name goes on the frame's edge nearest that point, which
                 * is still the sea. */
                double mx = (f->rect[2] - f->rect[0]) * 0.08, my = (f->rect[3] - f->rect[1]) * 0.08;
                if (fi != 0 || p->kind != DM_PLACE_AREA || p->geometry || !uses[i] ||
                    x < f->rect[0] - 4 * mx || x > f->rect[2] + 4 * mx || y < f->rect[1] - 4 * my ||
                    y > f->rect[3] + 4 * my)
                    continue;
                x = fmin(fmax(x, f->rect[0] + mx), f->rect[2] - mx);
                y = fmin(fmax(y, f->rect[1] + my), f->rect[3] - my);
            }
            int is_line = p->kind == DM_PLACE_LINE || p->kind == DM_PLACE_AREA;
            /* A name is context, placed only where free, unless an event
             * happens there (a call from a country: its line's end). */
            /* A country's own land is the polygon under its anchor; a
             * region (a peninsula) may span several, and has none. */
            rq[n++] = (request_t){.place = i, .frame = fi, .x = x, .y = y, .marker_obstacle = SIZE_MAX,
                                  .style = is_line ? DMI_TEXT_LINE : DMI_TEXT_COUNTRY,
                                  .priority = is_line ? 3 : p->kind == DM_PLACE_COUNTRY ? 5 : 4,
                                  .along = p->kind == DM_PLACE_LINE ? drawn[i] : NULL,
                                  .own = p->kind == DM_PLACE_COUNTRY ? own_land(&land[fi], p->country, x, y)
                                                                     : SIZE_MAX,
                                  .droppable = !is_line && !(uses[i] && !is_wide_region(p)),
                                  .of_event = uses[i] > 0,
                                  .country = p->kind == DM_PLACE_COUNTRY};
        }
    }
    qsort(rq, n, sizeof *rq, cmp_request);
    /* The story's countries on their land come after the places and
     * lines, before the regions and the countries named only beside
     * theirs. */
    int countries_done = 0;
    for (size_t i = 0; i < n; i++) {
        if (rq[i].priority >= 4 && !countries_done++ &&
            (st = place_countries_and_badges(map, pc, &obs, &samples, land, ras, legend, credits, &bars_kept, badges,
                                             nbadges)))
            goto out;
        const dm_place_t *p = dm_story_place(s, rq[i].place);
        if (rq[i].country && country_named(map, p->country))
            continue;
        if ((st = place_one(map, pc, &obs, &samples, &land[rq[i].frame], &rq[i], n > 1500)))
            goto out;
    }
    if (!countries_done &&
        (st = place_countries_and_badges(map, pc, &obs, &samples, land, ras, legend, credits, &bars_kept, badges,
                                             nbadges)))
        goto out;
    if ((st = place_neighbours(map, pc, &obs, &samples, ras, legend, credits, &bars_kept)))
        goto out;
    /* A country named beside its land (a story's country too small for
     * its name) is named in that frame too. */
    for (size_t i = 0; i < map->country_view_count; i++)
        for (size_t k = 0; k < map->label_count; k++)
            if (map->labels[k].frame == map->country_views[i].frame &&
                strcmp(map->labels[k].country, map->country_views[i].code) == 0)
                map->country_views[i].labelled = 1;
    /* A name dropped in one frame and placed in another is not dropped. */
    for (size_t k = 0; k < map->label_count; k++)
        if (map->labels[k].place < dm_story_place_count(s))
            map->label_dropped[map->labels[k].place] = 0;
    /* The plain dots whose names found no room go, with their names. */
    size_t kept = 0;
    for (size_t i = 0; i < map->marker_count; i++)
        if (dropped_dots[i])
            map->has_marker[map->markers[i].place] = 0;
        else
            map->markers[kept++] = map->markers[i];
    map->marker_count = kept;
out:
    free(rq);
    free(badges);
    free(uses);
    free(folds);
    free(dropped_dots);
    free(drawn);
    for (int fi = 0; fi < DM_MAX_FRAMES; fi++) {
        free(land[fi].boxes);
        raster_free(&ras[fi]);
    }
    free(obs.boxes);
    free(obs.frames);
    free(obs.stamp);
    grid_free(&obs.grid);
    grid_free(&samples.grid);
    free(samples.pts);
    free(samples.frames);
    grid_free(&outlines.grid);
    free(outlines.pts);
    free(outlines.frames);
    g_object_unref(pc);
    return st;
}


