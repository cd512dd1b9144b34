/* The gazetteer: a read-only mapping of the index built by
 * geodata/tools/dm_gazbuild.c (format in gazetteer-private.h). Opening only
 * checks the header, so start-up costs microseconds whatever the index size;
 * every offset read from the file is bounds-checked where it is followed,
 * so a corrupt index yields DM_ERR_DATA rather than a crash. */
#include "gazetteer-private.h"
#include "context-private.h"
#include "geom-private.h"
#include "textnorm-private.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

char *dmi_gazetteer_path(dm_context_t *ctx)
{
    const char *env = getenv("DIPLOMAP_GAZETTEER");
    if (env && *env)
        return dmi_strdup(env);
    /* The data directory's index and no other: a DIPLOMAP_DATA (or an
     * installation) that lacks it is an error naming the missing file,
     * never a silent fall-back to the build tree's data. */
    return dmi_data_path(ctx, "gazetteer.idx");
}

static int section_ok(uint64_t off, uint64_t count, uint64_t size, uint64_t file_size)
{
    if (off % 8 != 0 || off > file_size)
        return 0;
    if (size && count > (file_size - off) / size)
        return 0;
    return 1;
}

static const char *check_header(const dmi_gaz_header_t *h, size_t file_size)
{
    if (memcmp(h->magic, DMI_GAZ_MAGIC, 8) != 0)
        return "bad magic: not a gazetteer index";
    if (h->endian != DMI_GAZ_ENDIAN)
        return "wrong byte order";
    if (h->version != DMI_GAZ_VERSION)
        return "unsupported version";
    if (h->header_size != sizeof *h || h->record_size != sizeof(dmi_gaz_record_t) ||
        h->key_size != sizeof(dmi_gaz_key_t))
        return "structure sizes differ from this library's";
    dmi_gaz_header_t copy = *h;
    copy.header_checksum = 0;
    if (dmi_gaz_hash((const char *)&copy, sizeof copy) != h->header_checksum)
        return "header checksum mismatch";
    if (h->file_size != file_size)
        return "truncated or extended: size differs from the header's";
    if (h->bucket_count == 0 || (h->bucket_count & (h->bucket_count - 1)) != 0)
        return "bad bucket count";
    if (h->record_count > INT32_MAX || h->key_count > INT32_MAX)
        return "bad counts";
    if (!section_ok(h->records_off, h->record_count, sizeof(dmi_gaz_record_t), file_size) ||
        h->records_off < h->header_size ||
        !section_ok(h->keys_off, h->key_count, sizeof(dmi_gaz_key_t), file_size) ||
        !section_ok(h->buckets_off, h->bucket_count, sizeof(uint32_t), file_size) ||
        !section_ok(h->pool_off, h->pool_size, 1, file_size) ||
        !section_ok(h->capitals_off, DMI_GAZ_CAPITALS, sizeof(uint32_t), file_size))
        return "section out of bounds";
    if (h->pool_size == 0)
        return "empty string pool";
    return NULL;
}

dm_status_t dm_gazetteer_open(dm_context_t *ctx, const char *path, dm_gazetteer_t **out)
{
    dm_status_t st = DM_OK;
    dm_gazetteer_t *g = NULL;
    int fd = -1;
    if (!out)
        return dmi_error(ctx, DM_ERR_USAGE, "dm_gazetteer_open: out is NULL");
    *out = NULL;
    g = dmi_calloc(1, sizeof *g);
    if (!g) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    g->ctx = ctx;
    g->path = path ? dmi_strdup(path) : dmi_gazetteer_path(ctx);
    if (!g->path) {
        st = path ? dmi_error(ctx, DM_ERR_NOMEM, "out of memory") : dmi_data_path_error(ctx);
        goto out;
    }
    /* O_NONBLOCK: a FIFO where the index should be is refused below, not
     * waited on. */
    fd = open(g->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: cannot open the gazetteer index: %s (set DIPLOMAP_DATA to the data directory, or %s)",
                       g->path, strerror(errno), DMI_GAZ_REBUILD);
        goto out;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: not a regular file; %s", g->path, DMI_GAZ_REBUILD);
        goto out;
    }
    if ((uint64_t)sb.st_size < sizeof(dmi_gaz_header_t)) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: corrupt (truncated: %lld bytes); %s", g->path, (long long)sb.st_size,
                       DMI_GAZ_REBUILD);
        goto out;
    }
    g->size = (size_t)sb.st_size;
    void *map = mmap(NULL, g->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: cannot map: %s", g->path, strerror(errno));
        goto out;
    }
    g->base = map;
    g->hdr = (const dmi_gaz_header_t *)g->base;
    const char *why = check_header(g->hdr, g->size);
    if (why) {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: corrupt (%s); %s", g->path, why, DMI_GAZ_REBUILD);
        goto out;
    }
    g->records = (const dmi_gaz_record_t *)(g->base + g->hdr->records_off);
    g->keys = (const dmi_gaz_key_t *)(g->base + g->hdr->keys_off);
    g->buckets = (const uint32_t *)(g->base + g->hdr->buckets_off);
    g->capitals = (const uint32_t *)(g->base + g->hdr->capitals_off);
    g->pool = (const char *)(g->base + g->hdr->pool_off);
    g->pool_size = g->hdr->pool_size;
    /* Every string ends inside the pool: then any in-bounds offset is safe. */
    if (g->pool[g->pool_size - 1] != '\0') {
        st = dmi_error(ctx, DM_ERR_DATA, "%s: corrupt (string pool not terminated); %s", g->path, DMI_GAZ_REBUILD);
        goto out;
    }
    *out = g;
    g = NULL;
out:
    if (fd >= 0)
        close(fd);
    dm_gazetteer_close(g);
    return st;
}

void dm_gazetteer_close(dm_gazetteer_t *gaz)
{
    if (!gaz)
        return;
    if (gaz->base)
        munmap((void *)gaz->base, gaz->size);
    free(gaz->path);
    free(gaz);
}

dm_status_t dmi_gaz_corrupt(const dm_gazetteer_t *g, const char *what)
{
    return dmi_error(g->ctx, DM_ERR_DATA, "%s: corrupt (%s); %s", g->path, what, DMI_GAZ_REBUILD);
}

dm_status_t dmi_gazetteer_verify(const dm_gazetteer_t *g)
{
    /* The same FNV-1a that dm_gazbuild computed while writing. */
    uint32_t h = 2166136261u;
    for (size_t i = g->hdr->header_size; i < g->size; i++) {
        h ^= g->base[i];
        h *= 16777619u;
    }
    if (h != g->hdr->data_checksum)
        return dmi_gaz_corrupt(g, "data checksum mismatch");
    return DM_OK;
}

size_t dmi_gazetteer_record_count(const dm_gazetteer_t *gaz)
{
    return gaz ? gaz->hdr->record_count : 0;
}

int dmi_gaz_find(const dm_gazetteer_t *g, const char *key, uint32_t *first, uint32_t *count)
{
    const dmi_gaz_header_t *h = g->hdr;
    size_t n = strlen(key);
    uint32_t mask = h->bucket_count - 1;
    uint32_t b = dmi_gaz_hash(key, n) & mask;
    *first = *count = 0;
    /* Linear probing; the table is at most half full, so bound the walk. */
    for (uint32_t probes = 0; probes < h->bucket_count; probes++, b = (b + 1) & mask) {
        uint32_t v = g->buckets[b];
        if (v == 0)
            return 0;
        if (v > h->key_count)
            return -1;
        const char *s = dmi_gaz_string(g, g->keys[v - 1].text);
        if (!s)
            return -1;
        if (strcmp(s, key) != 0)
            continue;
        uint32_t k = v - 1, text = g->keys[k].text, end = k + 1;
        while (end < h->key_count && g->keys[end].text == text)
            end++;
        *first = k;
        *count = end - k;
        return 0;
    }
    return 0;
}

uint32_t dmi_gaz_lower_bound(const dm_gazetteer_t *g, const char *key, int *corrupt)
{
    uint32_t lo = 0, hi = g->hdr->key_count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const char *s = dmi_gaz_string(g, g->keys[mid].text);
        if (!s) {
            *corrupt = 1;
            return g->hdr->key_count;
        }
        if (strcmp(s, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int dmi_gazetteer_site_near(const dm_gazetteer_t *gaz, double lat, double lon, double km)
{
    for (uint32_t r = 0; gaz && r < gaz->hdr->record_count; r++) {
        const dmi_gaz_record_t *rec = &gaz->records[r];
        if ((rec->flags & DMI_GAZ_CURATED) && rec->kind == DM_PLACE_SITE &&
            dmi_great_circle_km(lat, lon, rec->lat_e7 * 1e-7, rec->lon_e7 * 1e-7) < km)
            return 1;
    }
    return 0;
}

int dmi_gaz_entry_from_record(const dm_gazetteer_t *g, uint32_t r, dmi_gaz_entry_t *out)
{
    if (r >= g->hdr->record_count)
        return -1;
    const dmi_gaz_record_t *rec = &g->records[r];
    memset(out, 0, sizeof *out);
    out->entry = r;
    out->lat = rec->lat_e7 * 1e-7;
    out->lon = rec->lon_e7 * 1e-7;
    if (rec->kind >= DM_PLACE_KIND_COUNT || !(out->lat >= -90 && out->lat <= 90) ||
        !(out->lon >= -180 && out->lon <= 180))
        return -1;
    out->label_lat = out->lat;
    out->label_lon = out->lon;
    if (rec->flags & DMI_GAZ_LABEL) {
        out->has_label = 1;
        out->label_lat = rec->label_lat_e7 * 1e-7;
        out->label_lon = rec->label_lon_e7 * 1e-7;
        if (!(out->label_lat >= -90 && out->label_lat <= 90) || !(out->label_lon >= -180 && out->label_lon <= 180))
            return -1;
    }
    out->kind = (dm_place_kind_t)rec->kind;
    if (rec->country[0] && rec->country[1]) {
        out->country[0] = rec->country[0];
        out->country[1] = rec->country[1];
    }
    out->population = rec->population;
    out->is_capital = (rec->flags & DMI_GAZ_CAPITAL) != 0;
    out->name = dmi_gaz_string(g, rec->name);
    out->source = dmi_gaz_string(g, rec->source);
    out->display = dmi_gaz_string(g, rec->display);
    if (!out->display || !out->display[0])
        out->display = out->name;
    out->name_ko = dmi_gaz_string(g, rec->name_ko);
    if (out->name_ko && !out->name_ko[0])
        out->name_ko = NULL;
    out->prominence = rec->prominence;
    if (!out->name || !out->source || !(out->prominence >= 0 && out->prominence <= 1))
        return -1;
    return 0;
}

int dmi_gaz_entry_from_key(const dm_gazetteer_t *g, uint32_t k, dmi_gaz_entry_t *out)
{
    if (k >= g->hdr->key_count)
        return -1;
    const dmi_gaz_key_t *key = &g->keys[k];
    if (dmi_gaz_entry_from_record(g, key->record, out) != 0)
        return -1;
    out->is_alternate = (key->flags & DMI_KEY_ALTERNATE) != 0;
    out->is_demonym = (key->flags & DMI_KEY_DEMONYM) != 0;
    out->is_abbrev = (key->flags & DMI_KEY_ABBREV) != 0;
    out->is_squashed = (key->flags & DMI_KEY_SQUASHED) != 0;
    return 0;
}

size_t dmi_gazetteer_match(const dm_gazetteer_t *gaz, const char *text, size_t len,
                           dmi_gaz_entry_t *out, size_t max)
{
    if (!gaz || !text)
        return 0;
    char *key = dmi_text_normalize(text, (ssize_t)len);
    size_t n = 0;
    if (!key || !*key)
        goto out;
    uint32_t first, count;
    if (dmi_gaz_find(gaz, key, &first, &count) != 0)
        goto out;
    if (count == 0 && dmi_text_strip_korean_suffix(key) && dmi_gaz_find(gaz, key, &first, &count) != 0)
        goto out;
    for (uint32_t i = 0; i < count && n < max; i++) {
        /* Qualifier-only keys ("CA" for California) are not places. */
        if (gaz->keys[first + i].flags & DMI_KEY_QUALIFIER)
            continue;
        if (dmi_gaz_entry_from_key(gaz, first + i, &out[n]) == 0)
            n++;
    }
out:
    g_free(key);
    return n;
}

int dmi_gazetteer_has_prefix(const dm_gazetteer_t *gaz, const char *text, size_t len)
{
    if (!gaz || !text)
        return 0;
    int found = 0, corrupt = 0;
    char *key = dmi_text_normalize(text, (ssize_t)len);
    char *spaced = NULL;
    if (!key || !*key)
        goto out;
    uint32_t first, count;
    if (dmi_gaz_find(gaz, key, &first, &count) == 0 && count > 0) {
        found = 1;
        goto out;
    }
    spaced = g_strconcat(key, " ", NULL);
    size_t n = strlen(spaced);
    uint32_t k = dmi_gaz_lower_bound(gaz, spaced, &corrupt);
    if (!corrupt && k < gaz->hdr->key_count) {
        const char *s = dmi_gaz_string(gaz, gaz->keys[k].text);
        found = s && strncmp(s, spaced, n) == 0;
    }
out:
    g_free(spaced);
    g_free(key);
    return found;
}

int dmi_gazetteer_capital(const dm_gazetteer_t *gaz, const char *cc, dmi_gaz_entry_t *out)
{
    if (!gaz || !cc || !g_ascii_isupper(cc[0]) || !g_ascii_isupper(cc[1]) || cc[2])
        return -1;
    uint32_t v = gaz->capitals[(uint32_t)(cc[0] - 'A') * 26u + (uint32_t)(cc[1] - 'A')];
    if (v == 0 || dmi_gaz_entry_from_record(gaz, v - 1, out) != 0)
        return -1;
    return 0;
}

const char *dmi_gazetteer_name_in(const dm_gazetteer_t *gaz, const char *name, double lat, double lon,
                                  const char *lang)
{
    if (!gaz || !name || !lang)
        return NULL;
    int ko = strcmp(lang, "ko") == 0;
    if (!ko && strcmp(lang, "en") != 0)
        return NULL;
    char *key = dmi_text_normalize(name, -1);
    const char *best = NULL;
    double best_km = 0;
    uint32_t first, count;
    if (!key || !*key || dmi_gaz_find(gaz, key, &first, &count) != 0)
        goto out;
    if (count == 0 && (!dmi_text_strip_korean_suffix(key) || dmi_gaz_find(gaz, key, &first, &count) != 0))
        goto out;
    for (uint32_t i = 0; i < count; i++) {
        uint32_t r = gaz->keys[first + i].record;
        if (r >= gaz->hdr->record_count)
            break;
        const dmi_gaz_record_t *rec = &gaz->records[r];
        const char *s = dmi_gaz_string(gaz, ko ? rec->name_ko : rec->display);
        if (!ko && s && !*s)
            s = dmi_gaz_string(gaz, rec->name);
        if (!s || !*s)
            continue;
        /* Countries, regions, lines and areas: their point is a label
         * anchor that a hand-made story may place elsewhere inside them. */
        double d = dmi_great_circle_km(lat, lon, rec->lat_e7 * 1e-7, rec->lon_e7 * 1e-7);
        int point = rec->kind == DM_PLACE_CITY || rec->kind == DM_PLACE_SITE;
        if (d > (point ? 50.0 : 1500.0))
            continue;
        /* A city and its same-named region can share a point (Seoul and
         * Seoul Special City): the city's name is the label. */
        double rank = d + (point ? 0.0 : 50.0);
        if (!best || rank < best_km) {
            best_km = rank;
            best = s;
        }
    }
out:
    g_free(key);
    return best;
}

int dmi_gazetteer_label_anchor(const dm_gazetteer_t *gaz, const char *name, const char *source, double *lat,
                               double *lon)
{
    dmi_gaz_entry_t e[16];
    size_t n = name && source ? dmi_gazetteer_match(gaz, name, strlen(name), e, 16) : 0;
    for (size_t i = 0; i < n; i++)
        if (e[i].has_label && e[i].source && strcmp(e[i].source, source) == 0) {
            *lat = e[i].label_lat;
            *lon = e[i].label_lon;
            return 1;
        }
    return 0;
}
