/* The checksum sidecar the geodata builders write beside each packed file
 * (gazetteer index, basemap): shared so that both write the same format. */
#include "sha256_sidecar.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>

/* FILE.sha256 beside the packed file, in sha256sum's format ("HEX  NAME"):
 * the full checksum `diplomap check-data` verifies (never checked on an
 * ordinary open). Written after the file itself, through a temporary. */
int dm_write_sha256_sidecar(const char *path)
{
    FILE *in = fopen(path, "rb");
    if (!in)
        return -1;
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    unsigned char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, in)) > 0)
        g_checksum_update(sum, buf, (gssize)got);
    int bad = ferror(in);
    fclose(in);
    const char *slash = strrchr(path, '/');
    char side[4096], tmp[4200];
    snprintf(side, sizeof side, "%s.sha256", path);
    snprintf(tmp, sizeof tmp, "%s.tmp", side);
    FILE *out = bad ? NULL : fopen(tmp, "w");
    if (out) {
        fprintf(out, "%s  %s\n", g_checksum_get_string(sum), slash ? slash + 1 : path);
        bad = fclose(out) != 0 || rename(tmp, side) != 0;
    } else {
        bad = 1;
    }
    g_checksum_free(sum);
    return bad ? -1 : 0;
}
