/* Where an installed diplomap finds its data: relative to the installed
 * library or program itself, so an install moved as a whole (a
 * `cmake --install --prefix` elsewhere, a package unpacked in /opt) keeps
 * working without DIPLOMAP_DATA. */
#define _GNU_SOURCE /* dladdr */
#include "context-private.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Relative paths from the installed libdir and bindir to the data dir, set
 * by CMakeLists.txt from the GNUInstallDirs layout. */
#ifndef DM_DATA_DIR_FROM_LIBDIR
#define DM_DATA_DIR_FROM_LIBDIR "../share/diplomap"
#endif
#ifndef DM_DATA_DIR_FROM_BINDIR
#define DM_DATA_DIR_FROM_BINDIR "../share/diplomap"
#endif

/* A data directory is complete when it holds the basemap and the
 * gazetteer index (a stray share/diplomap beside a build tree is not). */
static int is_data_dir(const char *dir)
{
    char p[PATH_MAX];
    struct stat st;
    /* The basemap is a directory of layers or one packed file. */
    int basemap = (snprintf(p, sizeof p, "%s/basemap", dir) < (int)sizeof p && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) ||
                  (snprintf(p, sizeof p, "%s/basemap.dmb", dir) < (int)sizeof p && stat(p, &st) == 0 && S_ISREG(st.st_mode));
    if (!basemap)
        return 0;
    if (snprintf(p, sizeof p, "%s/gazetteer.idx", dir) >= (int)sizeof p || stat(p, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return 1;
}

/* dirname(file)/relative, canonical, when it is a data directory. */
static char *beside(const char *file, const char *relative)
{
    char dir[PATH_MAX], joined[PATH_MAX], real[PATH_MAX];
    if (!file || file[0] != '/' || snprintf(dir, sizeof dir, "%s", file) >= (int)sizeof dir)
        return NULL;
    char *slash = strrchr(dir, '/');
    *slash = '\0';
    if (snprintf(joined, sizeof joined, "%s/%s", dir, relative) >= (int)sizeof joined)
        return NULL;
    if (!realpath(joined, real) || !is_data_dir(real))
        return NULL;
    return dmi_strdup(real);
}

char *dmi_relocated_data_dir(void)
{
    /* The shared library when this code is in one; the program when it was
     * linked statically (dladdr then names the executable, perhaps not by
     * an absolute path, so ask /proc as well). */
    Dl_info info;
    char *dir = NULL;
    if (dladdr((void *)&dmi_relocated_data_dir, &info) && info.dli_fname)
        dir = beside(info.dli_fname, DM_DATA_DIR_FROM_LIBDIR);
    if (!dir) {
        char exe[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = '\0';
            dir = beside(exe, DM_DATA_DIR_FROM_BINDIR);
        }
    }
    return dir;
}
