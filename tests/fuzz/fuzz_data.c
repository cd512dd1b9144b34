/* Fuzz target: the data-file readers (issue 13). The first byte chooses
 * what the rest is and what is done with it:
 *
 *   bit 0      0: the rest is the basemap (basemap.dmb); 1: the gazetteer
 *              index (gazetteer.idx)
 *   bit 1      repair the header's size (and the index's header checksum),
 *              so that mutations reach the sections behind the header
 *   bits 2-3   basemap: the map drawn (Korea close up, the world from the
 *              Pacific, an orthographic globe, an extent across the
 *              antimeridian); index: which queries are asked
 *   bits 4-5   basemap: detail auto/110m/50m/10m
 *   bit 6      index: also draw a map with Korean labels (names from it)
 *
 * The file is written into a temporary data directory beside the other,
 * real, file (a symbolic link to the built data), and opened through the
 * library's normal path (dm_context_set_data_dir). A corrupt file must give
 * an error with a message, never a crash, a hang or a read out of bounds. */
#include "diplomap.h"
#include "gazetteer-private.h"

#include "basemap-format.h"

#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char story_json[] =
    "{\"title\": \"Fuzz\", \"places\": ["
    "{\"id\": \"seoul\", \"name\": \"Seoul\", \"lat\": 37.5665, \"lon\": 126.978, \"kind\": \"city\"},"
    "{\"id\": \"pyongyang\", \"name\": \"Pyongyang\", \"lat\": 39.0392, \"lon\": 125.7625},"
    "{\"id\": \"tokyo\", \"name\": \"Tokyo\", \"lat\": 35.6895, \"lon\": 139.6917},"
    "{\"id\": \"border\", \"name\": \"Border\", \"kind\": \"line\", \"lat\": 38, \"lon\": 127.5, \"geometry\": "
    "{\"type\": \"LineString\", \"coordinates\": [[126.7, 37.8], [127.5, 38.3], [128.3, 38.6]]}}],"
    " \"events\": [{\"type\": \"letter\", \"places\": [\"seoul\", \"pyongyang\"], \"status\": \"refused\"},"
    " {\"type\": \"visit\", \"places\": [\"seoul\", \"tokyo\"]}]}";

/* Written for this test; no news text. */
static const char article[] =
    "SEOUL, June 12 (Fuzz) -- The foreign minister of South Korea met his Japanese counterpart in Tokyo on "
    "Wednesday, a day after an envoy from Pyongyang arrived in Beijing. Talks in Geneva and Washington are planned "
    "for July, officials in Seoul said.";

static const char *const queries[][4] = {
    {"Seoul", "Pyongyang", "P'yŏngyang", "Tokyo"},
    {"Panmunjom", "North Korea", "Woodside, California", "DPRK"},
    {"서울", "Washington, D.C.", "Paris", "Korean"},
    {"New York", "Geneva", "Beijing", "Xyzzyville"},
};

static char real_dir[PATH_MAX];
static char dir_basemap[64], dir_gazetteer[64];

static void link_to_real(const char *dir, const char *file)
{
    char from[PATH_MAX + 32], to[PATH_MAX];
    snprintf(from, sizeof from, "%s/%s", real_dir, file);
    snprintf(to, sizeof to, "%s/%s", dir, file);
    if (symlink(from, to) != 0)
        abort();
}

static void setup(void)
{
    /* The environment's overrides would bypass the directory under test. */
    unsetenv("DIPLOMAP_BASEMAP");
    unsetenv("DIPLOMAP_GAZETTEER");
    dm_context_t *probe = dm_context_create();
    if (!probe)
        abort();
    snprintf(real_dir, sizeof real_dir, "%s", dm_context_data_dir(probe));
    dm_context_destroy(probe);
    char *a = strcpy(dir_basemap, "/tmp/dm-fuzz-data-XXXXXX"), *b = strcpy(dir_gazetteer, "/tmp/dm-fuzz-data-XXXXXX");
    if (!mkdtemp(a) || !mkdtemp(b))
        abort();
    link_to_real(dir_basemap, "gazetteer.idx");
    link_to_real(dir_gazetteer, "basemap.dmb");
}

static void cleanup(void)
{
    const char *dirs[] = {dir_basemap, dir_gazetteer};
    const char *files[] = {"basemap.dmb", "gazetteer.idx"};
    char p[PATH_MAX];
    for (int d = 0; d < 2; d++) {
        for (int f = 0; f < 2; f++) {
            snprintf(p, sizeof p, "%s/%s", dirs[d], files[f]);
            unlink(p);
        }
        rmdir(dirs[d]);
    }
}

static void write_file(const char *dir, const char *name, const uint8_t *data, size_t size)
{
    char p[PATH_MAX];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        abort();
    size_t done = 0;
    while (done < size) {
        ssize_t n = write(fd, data + done, size - done);
        if (n <= 0)
            abort();
        done += (size_t)n;
    }
    close(fd);
}

/* A failure must say what failed. */
static void expect_message(dm_context_t *ctx)
{
    if (getenv("DM_FUZZ_VERBOSE"))
        fprintf(stderr, "data: %s\n", dm_context_last_error(ctx));
    if (!*dm_context_last_error(ctx))
        abort();
}

static void render_small(dm_context_t *ctx, dm_story_t *story, const dm_map_options_t *opts)
{
    dm_map_t *map = NULL;
    if (dm_map_create(ctx, story, opts, &map) != DM_OK) {
        expect_message(ctx);
        return;
    }
    unsigned char *png = NULL;
    size_t len = 0;
    if (dm_map_render_to_memory(map, DM_FORMAT_PNG, &png, &len) == DM_OK) {
        if (!png || len < 8 || memcmp(png, "\x89PNG", 4) != 0)
            abort();
    } else {
        expect_message(ctx);
    }
    dm_free(png);
    dm_map_destroy(map);
}

static void basemap_case(dm_context_t *ctx, uint8_t mode)
{
    dm_story_t *story = NULL;
    if (dm_story_load_string(ctx, story_json, strlen(story_json), "fuzz.json", &story) != DM_OK)
        abort();
    dm_map_options_t opts;
    dm_map_options_init(&opts);
    opts.width = 200;
    opts.height = 150;
    static const char *const details[] = {"auto", "110m", "50m", "10m"};
    opts.detail = details[(mode >> 4) & 3];
    switch ((mode >> 2) & 3) {
    case 0:
        break; /* Korea, close up: OpenStreetMap layers, an inset */
    case 1:
        opts.projection = "+proj=eqearth +lon_0=150";
        opts.has_extent = 1;
        opts.extent[0] = -180, opts.extent[1] = -60, opts.extent[2] = 180, opts.extent[3] = 80;
        break;
    case 2:
        opts.projection = "+proj=ortho +lat_0=35 +lon_0=130";
        break;
    default:
        opts.has_extent = 1;
        opts.extent[0] = 170, opts.extent[1] = -30, opts.extent[2] = -150, opts.extent[3] = 10;
        break;
    }
    render_small(ctx, story, &opts);
    dm_story_destroy(story);
}

static void gazetteer_case(dm_context_t *ctx, uint8_t mode)
{
    dm_gazetteer_t *gaz = NULL;
    if (dm_gazetteer_open(ctx, NULL, &gaz) != DM_OK) {
        expect_message(ctx);
        return;
    }
    const char *const *q = queries[(mode >> 2) & 3];
    for (int i = 0; i < 4; i++) {
        dm_geocode_options_t go;
        dm_geocode_options_init(&go);
        if (i == 1)
            go.country = "KR";
        if (i == 2) {
            go.has_near = 1;
            go.near_lat = 37.5, go.near_lon = 127;
        }
        dm_geocode_result_t r = {0};
        if (dm_geocode(gaz, q[i], &go, &r) == DM_OK) {
            for (size_t k = 0; k < r.count; k++)
                if (!r.candidates[k].name || !r.candidates[k].source || !(r.candidates[k].score >= 0))
                    abort();
        } else {
            expect_message(ctx);
        }
        dm_geocode_result_clear(&r);
    }
    dm_story_t *story = NULL;
    if (dm_story_extract(ctx, gaz, article, strlen(article), "fuzz.txt", NULL, &story) == DM_OK) {
        char *json = NULL;
        if (dm_story_to_json(story, &json) != DM_OK)
            abort();
        dm_free(json);
    }
    dm_story_destroy(story);
    dm_gazetteer_close(gaz);
    if (mode & 0x40) {
        /* Korean labels: the layout looks the names up in the context's
         * gazetteer, the same file. */
        story = NULL;
        if (dm_story_load_string(ctx, story_json, strlen(story_json), "fuzz.json", &story) != DM_OK)
            abort();
        dm_map_options_t opts;
        dm_map_options_init(&opts);
        opts.width = 160;
        opts.height = 120;
        opts.lang = "ko";
        opts.inset = "none";
        render_small(ctx, story, &opts);
        dm_story_destroy(story);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        setup();
        atexit(cleanup);
        ready = 1;
    }
    if (size < 1)
        return 0;
    uint8_t mode = data[0];
    int is_gazetteer = mode & 1;
    size--;
    uint8_t *file = malloc(size ? size : 1);
    if (!file)
        abort();
    memcpy(file, data + 1, size);
    if (mode & 2) {
        if (is_gazetteer && size >= sizeof(dmi_gaz_header_t)) {
            dmi_gaz_header_t h;
            memcpy(&h, file, sizeof h);
            h.file_size = size;
            h.header_checksum = 0;
            h.header_checksum = dmi_gaz_hash((const char *)&h, sizeof h);
            memcpy(file, &h, sizeof h);
        } else if (!is_gazetteer && size >= sizeof(dmb_header_t)) {
            dmb_header_t h;
            memcpy(&h, file, sizeof h);
            h.file_size = size;
            memcpy(file, &h, sizeof h);
        }
    }
    const char *dir = is_gazetteer ? dir_gazetteer : dir_basemap;
    write_file(dir, is_gazetteer ? "gazetteer.idx" : "basemap.dmb", file, size);
    free(file);
    /* A new context each time: it keeps the gazetteer it opened. */
    dm_context_t *ctx = dm_context_create();
    if (!ctx || dm_context_set_data_dir(ctx, dir) != DM_OK)
        abort();
    if (is_gazetteer)
        gazetteer_case(ctx, mode);
    else
        basemap_case(ctx, mode);
    dm_context_destroy(ctx);
    return 0;
}
