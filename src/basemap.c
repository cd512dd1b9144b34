/* The shipped basemap, read from the packed file (basemap-format.h) mapped
 * into memory: only the features and parts inside the frame's window, at
 * the frame's scale, cut at the projection's antimeridian, projected, and
 * thinned to what the output resolution can show. */
#include "basemap-format.h"
#include "map-private.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct dmi_basemap {
    const unsigned char *data;
    size_t size;
    const dmb_layer_t *layers;
    uint32_t layer_count;
    char *path;
};

char *dmi_basemap_path(dm_context_t *ctx)
{
    const char *env = getenv("DIPLOMAP_BASEMAP");
    return env && *env ? dmi_strdup(env) : dmi_data_path(ctx, "basemap.dmb");
}

/* Every layer, feature and part lies inside the file, each section after
 * the header, and every name is terminated: then drawing follows no offset
 * out of bounds. NULL when sound, else what is wrong. */
static const char *check_structure(const unsigned char *data, size_t size, char *why, size_t why_size)
{
    const dmb_header_t *h = (const dmb_header_t *)(const void *)data;
    if (memcmp(h->magic, DMB_MAGIC, 8) != 0)
        return "bad magic: not a diplomap basemap";
    if (h->version != DMB_VERSION) {
        snprintf(why, why_size, "version %u, this library reads version %u", h->version, DMB_VERSION);
        return why;
    }
    if (h->file_size != size) {
        snprintf(why, why_size, "truncated or extended: size %zu, header says %llu", size,
                 (unsigned long long)h->file_size);
        return why;
    }
    if (h->layer_count == 0 || h->layer_count > 64)
        return "bad layer count";
    const size_t tables = sizeof *h + (size_t)h->layer_count * sizeof(dmb_layer_t);
    if (tables > size)
        return "layer table past the end";
    const dmb_layer_t *layers = (const dmb_layer_t *)(const void *)(data + sizeof *h);
    for (uint32_t i = 0; i < h->layer_count; i++) {
        const dmb_layer_t *l = &layers[i];
        if (memchr(l->name, 0, sizeof l->name) == NULL || (l->kind != DMB_POLYGONS && l->kind != DMB_LINES) ||
            l->features < tables || l->features % 8 != 0 || l->features > size ||
            l->feature_count > (size - l->features) / sizeof(dmb_feature_t)) {
            snprintf(why, why_size, "layer %u out of bounds", i);
            return why;
        }
        const dmb_feature_t *features = (const dmb_feature_t *)(const void *)(data + l->features);
        for (uint32_t k = 0; k < l->feature_count; k++) {
            const dmb_feature_t *f = &features[k];
            if (f->parts < tables || f->parts % 8 != 0 || f->parts > size ||
                f->part_count > (size - f->parts) / sizeof(dmb_part_t) ||
                (f->name != 0 && (f->name < tables || f->name >= size || !memchr(data + f->name, 0, size - f->name)))) {
                snprintf(why, why_size, "feature %u of layer %s out of bounds", k, l->name);
                return why;
            }
            const dmb_part_t *parts = (const dmb_part_t *)(const void *)(data + f->parts);
            for (uint32_t j = 0; j < f->part_count; j++) {
                const dmb_part_t *pt = &parts[j];
                if (pt->points < tables || pt->points % 4 != 0 || pt->points > size ||
                    pt->point_count > (size - pt->points) / (2 * sizeof(float))) {
                    snprintf(why, why_size, "part %u of feature %u of layer %s out of bounds", j, k, l->name);
                    return why;
                }
            }
        }
    }
    return NULL;
}

static dm_status_t open_path(dm_context_t *ctx, char *path, dmi_basemap_t **out)
{
    *out = NULL;
    dm_status_t st = DM_OK;
    dmi_basemap_t *b = calloc(1, sizeof *b);
    int fd = -1;
    struct stat sb;
    char why[160];
    if (!b) {
        free(path);
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    }
    b->path = path;
    /* O_NONBLOCK: a FIFO where the basemap should be is refused below,
     * not waited on. */
    if ((fd = open(b->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)) < 0 || fstat(fd, &sb) != 0) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: cannot open the basemap: %s (set DIPLOMAP_DATA to the data directory, or %s)",
                       b->path, strerror(errno), DMB_REBUILD);
        goto out;
    }
    if (!S_ISREG(sb.st_mode)) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: corrupt basemap (not a regular file); %s", b->path, DMB_REBUILD);
        goto out;
    }
    b->size = (size_t)sb.st_size;
    if (b->size < sizeof(dmb_header_t)) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: corrupt basemap (file too short: %zu bytes); %s", b->path, b->size,
                       DMB_REBUILD);
        goto out;
    }
    void *m = mmap(NULL, b->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: cannot map the basemap: %s", b->path, strerror(errno));
        goto out;
    }
    b->data = m;
    const char *bad = check_structure(b->data, b->size, why, sizeof why);
    if (bad) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: corrupt basemap (%s); %s", b->path, bad, DMB_REBUILD);
        goto out;
    }
    b->layers = (const dmb_layer_t *)(const void *)(b->data + sizeof(dmb_header_t));
    b->layer_count = ((const dmb_header_t *)(const void *)b->data)->layer_count;
    *out = b;
    b = NULL;
out:
    if (fd >= 0)
        close(fd);
    dmi_basemap_close(b);
    return st;
}

dm_status_t dmi_basemap_open(dm_context_t *ctx, dmi_basemap_t **out)
{
    *out = NULL;
    char *path = dmi_basemap_path(ctx);
    if (!path)
        return dmi_data_path_error(ctx);
    return open_path(ctx, path, out);
}

dm_status_t dmi_basemap_check(dm_context_t *ctx, const char *path)
{
    dmi_basemap_t *b = NULL;
    char *copy = dmi_strdup(path);
    if (!copy)
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    dm_status_t st = open_path(ctx, copy, &b);
    dmi_basemap_close(b);
    return st;
}

void dmi_basemap_close(dmi_basemap_t *b)
{
    if (!b)
        return;
    if (b->data)
        munmap((void *)b->data, b->size);
    free(b->path);
    free(b);
}

static const dmb_layer_t *find_layer(const dmi_basemap_t *b, const char *name)
{
    for (uint32_t i = 0; i < b->layer_count; i++)
        if (strcmp(b->layers[i].name, name) == 0)
            return &b->layers[i];
    return NULL;
}

/* The parts of a feature, bounds-checked: NULL when the file is corrupt. */
static const dmb_part_t *feature_parts(const dmi_basemap_t *b, const dmb_feature_t *f)
{
    if (f->parts > b->size || f->part_count > (b->size - f->parts) / sizeof(dmb_part_t))
        return NULL;
    return (const dmb_part_t *)(const void *)(b->data + f->parts);
}

static const float *part_points(const dmi_basemap_t *b, const dmb_part_t *p)
{
    if (p->points > b->size || p->point_count > (b->size - p->points) / (2 * sizeof(float)))
        return NULL;
    return (const float *)(const void *)(b->data + p->points);
}

/* Does [w, e] x [s, n] meet the window? The window's longitudes are
 * relative to lon_0 and may wrap, so try the box shifted by a turn. */
static int meets_window(const float box[4], const dmi_frame_t *f)
{
    const dmi_window_t *w = &f->window;
    if (box[3] < w->smin || box[1] > w->smax)
        return 0;
    if (w->rmax - w->rmin >= 359)
        return 1;
    for (int k = -1; k <= 1; k++) {
        double west = box[0] - f->proj.lon_0 + 360.0 * k, east = box[2] - f->proj.lon_0 + 360.0 * k;
        if (east >= w->rmin && west <= w->rmax)
            return 1;
    }
    return 0;
}

/* To canvas units, snapped to a grid of `grid` units with repeated points
 * dropped, and rings smaller than a cell dropped: detail below a pixel
 * costs rasterising time and file size for nothing. Snapping (rather than
 * dropping points near the previous one) treats a point the same whichever
 * ring it is on, so the pieces of a tiled polygon keep sharing their edges
 * exactly and no hairline seam shows between them. */
static void to_canvas(const dmi_frame_t *f, dmi_shape_t *s, double grid, int is_polygon)
{
    size_t kept_rings = 0;
    for (size_t i = 0; i < s->count; i++) {
        dmi_ring_t *r = &s->rings[i];
        size_t kept = 0;
        double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
        for (size_t k = 0; k < r->count; k++) {
            dmi_xy_t p = r->pts[k];
            if (isfinite(p.x)) {
                dmi_frame_to_canvas(f, p.x, p.y, &p.x, &p.y);
                p.x = round(p.x / grid) * grid;
                p.y = round(p.y / grid) * grid;
                x0 = fmin(x0, p.x);
                y0 = fmin(y0, p.y);
                x1 = fmax(x1, p.x);
                y1 = fmax(y1, p.y);
            }
            /* Lines, whose pieces share no edges, thin harder: a point
             * within `grid` of the last one kept adds nothing visible. */
            if (kept > 0 && ((p.x == r->pts[kept - 1].x && p.y == r->pts[kept - 1].y) ||
                             (!is_polygon && k + 1 < r->count && fabs(p.x - r->pts[kept - 1].x) < grid * 2 &&
                              fabs(p.y - r->pts[kept - 1].y) < grid * 2)))
                continue;
            r->pts[kept++] = p;
        }
        r->count = kept;
        int too_small = x1 - x0 < grid && y1 - y0 < grid;
        if (kept < (is_polygon ? 3u : 2u) || too_small) {
            dmi_ring_free(r);
            continue;
        }
        s->rings[kept_rings++] = *r;
    }
    s->count = kept_rings;
}

typedef void (*shape_sink)(dm_map_t *map, dmi_frame_t *frame, const dmb_feature_t *feat, dmi_shape_t *shape,
                           void *user);

/* Every feature of a layer inside the frame's window, cut, projected and
 * in canvas units, handed to sink. */
static dm_status_t read_layer(dm_map_t *map, dmi_frame_t *frame, const char *name, shape_sink sink, void *user)
{
    const dmi_basemap_t *b = map->basemap;
    const dmb_layer_t *layer = find_layer(b, name);
    if (!layer)
        return dmi_error(map->ctx, DM_ERR_DATA, "%s: corrupt basemap (no layer %s)", b->path, name);
    const dmb_feature_t *features = (const dmb_feature_t *)(const void *)(b->data + layer->features);
    int is_polygon = layer->kind == DMB_POLYGONS;
    dmi_ring_t ring = {0};
    /* Degrees per canvas unit at the frame centre (a degree of latitude is
     * about 111.3 km); a third of an output pixel of it. */
    double snap = frame->km_per_unit > 0 ? frame->km_per_unit / 111.32 / map->scale / 3 : 0;
    dm_status_t st = DM_OK;
    for (uint32_t i = 0; i < layer->feature_count; i++) {
        const dmb_feature_t *feat = &features[i];
        if (!meets_window(feat->bbox, frame))
            continue;
        const dmb_part_t *parts = feature_parts(b, feat);
        if (!parts) {
            st = dmi_error(map->ctx, DM_ERR_DATA, "%s: corrupt basemap (feature %u of %s)", b->path, i, name);
            goto out;
        }
        dmi_shape_t shape = {0};
        for (uint32_t k = 0; k < feat->part_count; k++) {
            const dmb_part_t *part = &parts[k];
            if (!meets_window(part->bbox, frame))
                continue;
            const float *pts = part_points(b, part);
            if (!pts) {
                dmi_shape_free(&shape);
                st = dmi_error(map->ctx, DM_ERR_DATA, "%s: corrupt basemap (points of %s)", b->path, name);
                goto out;
            }
            ring.count = 0;
            if (dmi_grow((void **)&ring.pts, &ring.cap, part->point_count, sizeof *ring.pts)) {
                dmi_shape_free(&shape);
                st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
                goto out;
            }
            /* Simplify to the output resolution before projecting:
             * snap to a grid of `snap` degrees (a third of a pixel) and
             * drop repeats. Snapping treats a vertex alike in every piece
             * and every country that shares it, so no gaps open. */
            size_t kept = 0;
            for (uint32_t j = 0; j < part->point_count; j++) {
                dmi_xy_t q = {pts[2 * j], pts[2 * j + 1]};
                if (!(fabs(q.x) <= 540 && fabs(q.y) <= 90)) {
                    dmi_shape_free(&shape);
                    st = dmi_error(map->ctx, DM_ERR_DATA, "%s: corrupt basemap (points of %s)", b->path, name);
                    goto out;
                }
                if (snap > 0) {
                    q.x = round(q.x / snap) * snap;
                    q.y = round(q.y / snap) * snap;
                    if (kept && q.x == ring.pts[kept - 1].x && q.y == ring.pts[kept - 1].y)
                        continue;
                }
                ring.pts[kept++] = q;
            }
            ring.count = kept;
            if (dmi_project_cut(&frame->proj, &frame->window, &ring, is_polygon, &shape)) {
                dmi_shape_free(&shape);
                st = dmi_error(map->ctx, DM_ERR_NOMEM, "out of memory");
                goto out;
            }
        }
        to_canvas(frame, &shape, 0.5 / map->scale, is_polygon);
        if (shape.count)
            sink(map, frame, feat, &shape, user);
        dmi_shape_free(&shape);
    }
out:
    dmi_ring_free(&ring);
    return st;
}

static int story_has_country(const dm_story_t *story, const char *iso)
{
    if (!iso || !*iso)
        return 0;
    for (size_t i = 0; i < dm_story_place_count(story); i++) {
        const dm_place_t *p = dm_story_place(story, i);
        if (p->country && strcmp(p->country, iso) == 0)
            return 1;
    }
    return 0;
}

/* Countries replaced by a more precise detail layer at this scale. */
typedef struct {
    char codes[16][3];
    int count;
} override_t;

static int overridden(const override_t *o, const char *iso)
{
    for (int i = 0; o && i < o->count; i++)
        if (strcmp(o->codes[i], iso) == 0)
            return 1;
    return 0;
}

static void take_country(dm_map_t *map, dmi_frame_t *f, const dmb_feature_t *feat, dmi_shape_t *shape, void *user)
{
    if (overridden(user, feat->code_a))
        return;
    if (dmi_grow((void **)&f->countries, &f->country_cap, f->country_count + 1, sizeof *f->countries) ||
        !(f->country_tint = dmi_reallocarray(f->country_tint, f->country_cap, sizeof *f->country_tint)) ||
        !(f->country_code = dmi_reallocarray(f->country_code, f->country_cap, sizeof *f->country_code)))
        return;
    f->country_tint[f->country_count] = story_has_country(map->story, feat->code_a);
    f->country_code[f->country_count][0] = '\0';
    if (strlen(feat->code_a) == 2)
        memcpy(f->country_code[f->country_count], feat->code_a, 3);
    f->countries[f->country_count++] = *shape;
    memset(shape, 0, sizeof *shape);
}

/* Does a shape (canvas units) reach into the frame? The layers are read
 * by a longitude-latitude window wider than the frame, so a shape read
 * may lie wholly outside it, and what is not drawn is not credited. */
static int shape_in_frame(const dmi_frame_t *f, const dmi_shape_t *shape)
{
    double b[4] = DMI_BBOX_EMPTY;
    for (size_t i = 0; i < shape->count; i++)
        dmi_ring_bbox_add(&shape->rings[i], b);
    return b[0] < f->rect[2] && b[2] > f->rect[0] && b[1] < f->rect[3] && b[3] > f->rect[1];
}

static void collect_override(dm_map_t *map, dmi_frame_t *f, const dmb_feature_t *feat, dmi_shape_t *shape,
                             void *user)
{
    override_t *o = user;
    if (o->count < 16 && strlen(feat->code_a) == 2) {
        memcpy(o->codes[o->count], feat->code_a, 3);
        o->count++;
    }
    if (shape_in_frame(f, shape))
        f->uses_osm |= DMI_OSM_KOREA_LAND;
    take_country(map, f, feat, shape, NULL);
}

static void append_lines(dmi_shape_t *dst, dmi_shape_t *src)
{
    for (size_t i = 0; i < src->count; i++)
        dmi_shape_take(dst, &src->rings[i]);
}

static void take_coast(dm_map_t *map, dmi_frame_t *f, const dmb_feature_t *feat, dmi_shape_t *shape, void *user)
{
    (void)map; (void)feat; (void)user;
    append_lines(&f->coast, shape);
}

static void take_border(dm_map_t *map, dmi_frame_t *f, const dmb_feature_t *feat, dmi_shape_t *shape, void *user)
{
    (void)map;
    /* A border between two countries drawn from detail data is replaced. */
    if (overridden(user, feat->code_a) && overridden(user, feat->code_b))
        return;
    append_lines(&f->borders, shape);
}

static void take_detail_border(dm_map_t *map, dmi_frame_t *f, const dmb_feature_t *feat, dmi_shape_t *shape,
                               void *user)
{
    (void)map; (void)feat; (void)user;
    if (shape_in_frame(f, shape))
        f->uses_osm |= DMI_OSM_KOREA;
    append_lines(&f->detail_borders, shape);
}

/* A lake whose bounding box on the canvas covers fewer output pixels than
 * this is left out: on a small-scale map the lakes that pass the pack's
 * per-scale area threshold can still be specks. */
#define LAKE_MIN_PX2 9.0

/* Is this lake (canvas units) big enough to show, and in the frame? The
 * fill and the shore of a lake are separate features with the same rings,
 * so they pass or fail together. */
static int lake_shown(const dm_map_t *map, const dmi_frame_t *f, const dmi_shape_t *shape)
{
    double b[4] = DMI_BBOX_EMPTY;
    for (size_t i = 0; i < shape->count; i++)
        dmi_ring_bbox_add(&shape->rings[i], b);
    if ((b[2] - b[0]) * (b[3] - b[1]) * map->scale * map->scale < LAKE_MIN_PX2)
        return 0;
    return shape_in_frame(f, shape);
}

static void take_lake(dm_map_t *map, dmi_frame_t *f, const dmb_feature_t *feat, dmi_shape_t *shape, void *user)
{
    (void)feat; (void)user;
    if (!lake_shown(map, f, shape))
        return;
    append_lines(&f->lakes, shape);
    f->uses_osm |= DMI_OSM_LAKES;
}

/* Lake shores are drawn as coast. */
static void take_lakeshore(dm_map_t *map, dmi_frame_t *f, const dmb_feature_t *feat, dmi_shape_t *shape, void *user)
{
    (void)feat; (void)user;
    if (lake_shown(map, f, shape))
        append_lines(&f->coast, shape);
}

static void take_admin1(dm_map_t *map, dmi_frame_t *f, const dmb_feature_t *feat, dmi_shape_t *shape, void *user)
{
    (void)map; (void)feat; (void)user;
    append_lines(&f->admin1, shape);
}

/* State and province lines carry information on a map up to about this
 * many km across (a few states or provinces of a large country); on a
 * wider one (a continent, a whole large country) they only add texture
 * under the story. The scale bar stops at the same width. */
#define ADMIN1_MAX_KM 3000.0

int dmi_frame_shows_admin1(const dmi_frame_t *f)
{
    return strcmp(f->scale, "110m") != 0 && f->km_per_unit > 0 && f->window.rmax - f->window.rmin < 359 &&
           f->km_per_unit * (f->rect[2] - f->rect[0]) <= ADMIN1_MAX_KM;
}

/* The points (lon, lat float pairs) of a country's largest piece of land
 * at the coarsest scale (the mainland, not an overseas island), by ISO
 * alpha-2 code: the count, 0 when the basemap has no such country. */
size_t dmi_basemap_mainland(const dmi_basemap_t *b, const char *iso, const float **points)
{
    const dmb_layer_t *layer = b && iso ? find_layer(b, "110m/countries") : NULL;
    if (!layer)
        return 0;
    const dmb_feature_t *features = (const dmb_feature_t *)(const void *)(b->data + layer->features);
    size_t best = 0;
    for (uint32_t i = 0; i < layer->feature_count; i++) {
        if (strncmp(features[i].code_a, iso, sizeof features[i].code_a) != 0)
            continue;
        const dmb_part_t *parts = feature_parts(b, &features[i]);
        for (uint32_t k = 0; parts && k < features[i].part_count; k++) {
            const float *pts = part_points(b, &parts[k]);
            if (pts && parts[k].point_count > best) {
                best = parts[k].point_count;
                *points = pts;
            }
        }
    }
    return best;
}

dm_status_t dmi_basemap_load(dm_map_t *map, dmi_frame_t *frame)
{
    char name[32];
    dm_status_t st;
    override_t detail = {0};
    /* OpenStreetMap detail (the Korean Military Demarcation Line) replaces
     * Natural Earth, whose line runs south of Panmunjom, at large scales. */
    if (strcmp(frame->scale, "10m") == 0 && (st = read_layer(map, frame, "osm/countries", collect_override, &detail)))
        return st;
    snprintf(name, sizeof name, "%s/countries", frame->scale);
    if ((st = read_layer(map, frame, name, take_country, &detail)))
        return st;
    /* Lakes (OpenStreetMap), selected per scale by the pack. */
    snprintf(name, sizeof name, "%s/lakes", frame->scale);
    if ((st = read_layer(map, frame, name, take_lake, NULL)))
        return st;
    snprintf(name, sizeof name, "%s/lakeshores", frame->scale);
    if ((st = read_layer(map, frame, name, take_lakeshore, NULL)))
        return st;
    snprintf(name, sizeof name, "%s/admin1", frame->scale);
    if (dmi_frame_shows_admin1(frame) && (st = read_layer(map, frame, name, take_admin1, NULL)))
        return st;
    snprintf(name, sizeof name, "%s/coastline", frame->scale);
    if ((st = read_layer(map, frame, name, take_coast, NULL)))
        return st;
    snprintf(name, sizeof name, "%s/borders", frame->scale);
    if ((st = read_layer(map, frame, name, take_border, detail.count ? &detail : NULL)))
        return st;
    if (detail.count && (st = read_layer(map, frame, "osm/lines", take_detail_border, NULL)))
        return st;
    return DM_OK;
}

