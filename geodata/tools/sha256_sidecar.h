/* FILE.sha256 beside a packed data file, in sha256sum's format. */
#ifndef DM_SHA256_SIDECAR_H
#define DM_SHA256_SIDECAR_H

/* Writes PATH.sha256 ("HEX  NAME\n") through a temporary; 0 or -1. */
int dm_write_sha256_sidecar(const char *path);

#endif
