/* Safe output files: the rules are in output-private.h and docs/errors.md
 * ("Output files"). Every file the library or the tool writes comes here:
 * dm_file_write_atomic (one file), dm_output_write_all (a set, all or none),
 * dm_output_check (before the work, so a bad -o fails fast). */
#include "context-private.h"
#include "output-private.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- the table of live temporaries ---------------------------------------
 * The library's one piece of process-wide state: a signal handler gets no
 * context, and an interrupted process must lose the temporaries of every
 * thread. An entry holds the directory's descriptor and the short name, so
 * the handler reads no memory another thread might free, and unlinkat() is
 * async-signal-safe. */
enum { SLOT_FREE, SLOT_CLAIMED, SLOT_LIVE };

typedef struct {
    atomic_int state;
    int dirfd;
    char name[16];
} slot_t;

static slot_t slots[DMI_OUTPUT_SLOTS];
/* Threads inside a short critical section (creating a temporary, renaming a
 * set): dm_output_remove_temporaries() waits for them, so it never races a
 * rename half-way through a set, nor a temporary about to be created. */
static atomic_int busy;
static atomic_int exiting;
static atomic_uint_fast64_t name_counter;

static int slot_add(int dirfd, const char *name)
{
    for (int i = 0; i < DMI_OUTPUT_SLOTS; i++) {
        int expected = SLOT_FREE;
        if (atomic_compare_exchange_strong(&slots[i].state, &expected, SLOT_CLAIMED)) {
            slots[i].dirfd = dirfd;
            memcpy(slots[i].name, name, strlen(name) + 1);
            atomic_store(&slots[i].state, SLOT_LIVE);
            return i;
        }
    }
    return -1;   /* table full: the file is still written safely */
}

static void slot_drop(int *slot)
{
    if (*slot >= 0)
        atomic_store(&slots[*slot].state, SLOT_FREE);
    *slot = -1;
}

void dm_output_remove_temporaries(void)
{
    atomic_store(&exiting, 1);
    /* A critical section is a few system calls; 2 s is for a stalled disk. */
    struct timespec ms = {0, 1000000};
    for (int i = 0; i < 2000 && atomic_load(&busy) > 0; i++)
        nanosleep(&ms, NULL);
    for (int i = 0; i < DMI_OUTPUT_SLOTS; i++)
        if (atomic_load(&slots[i].state) == SLOT_LIVE)
            unlinkat(slots[i].dirfd, slots[i].name, 0);
}

/* Inside, this thread does not take the signals that end a process (the
 * handler would wait for this very section), and nothing starts once
 * dm_output_remove_temporaries() has run. */
typedef struct {
    sigset_t saved;
} guard_t;

static void guard_leave(guard_t *g)
{
    atomic_fetch_sub(&busy, 1);
    pthread_sigmask(SIG_SETMASK, &g->saved, NULL);
}

static int guard_enter(guard_t *g)
{
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    sigaddset(&block, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &block, &g->saved);
    atomic_fetch_add(&busy, 1);
    if (atomic_load(&exiting)) {
        guard_leave(g);
        return -1;
    }
    return 0;
}

/* ".dm.XXXXXX": 10 bytes whatever the output's name, so a name of NAME_MAX
 * bytes still has room beside it. O_EXCL makes it safe; the mixing only
 * keeps two processes from trying the same names in turn. */
static void temp_name(char out[16])
{
    static const char digits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t x = (uint64_t)atomic_fetch_add(&name_counter, 1) * 0x9E3779B97F4A7C15u;
    x ^= (uint64_t)getpid() << 40 ^ (uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 20 ^ (uint64_t)(uintptr_t)out;
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9u;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBu;
    x ^= x >> 31;
    memcpy(out, ".dm.", 4);
    for (int i = 0; i < 6; i++, x /= 62)
        out[4 + i] = digits[x % 62];
    out[10] = '\0';
}

/* ---- one file ------------------------------------------------------------ */

static const char *kind_of(mode_t mode)
{
    return S_ISDIR(mode) ? "directory" : S_ISCHR(mode) ? "character device" : S_ISBLK(mode) ? "block device"
         : S_ISFIFO(mode) ? "FIFO (named pipe)" : S_ISSOCK(mode) ? "socket" : "special file";
}

/* A file name in the target's directory (the temporary, the backup). */
static char *beside(const dmi_output_t *o, const char *name)
{
    if (o->base == o->target)   /* no directory part: the working directory */
        return dmi_strdup(name);
    size_t nd = strlen(o->dir), nn = strlen(name);
    int slash = o->dir[nd - 1] != '/';
    char *p = malloc(nd + slash + nn + 1);
    if (p) {
        memcpy(p, o->dir, nd);
        if (slash)
            p[nd] = '/';
        memcpy(p + nd + slash, name, nn + 1);
    }
    return p;
}

/* path with every symlink followed, as open() would; a dangling link gives
 * the path it points to (the file is created there, as the shell's > does). */
static dm_status_t follow_links(dm_context_t *ctx, const char *path, char **out)
{
    char *cur = dmi_strdup(path);
    for (int hops = 0; cur; hops++) {
        struct stat st;
        if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) {
            *out = cur;
            return DM_OK;
        }
        if (hops == 40) {
            free(cur);
            return dmi_error(ctx, DM_ERR_USAGE, "%s: too many levels of symbolic links", path);
        }
        size_t cap = (size_t)st.st_size + 2 > 256 ? (size_t)st.st_size + 2 : 256;
        char *link = malloc(cap);
        ssize_t n = link ? readlink(cur, link, cap - 1) : -1;
        if (n < 0 || (size_t)n >= cap - 1) {
            int e = link ? errno : ENOMEM;
            free(link);
            free(cur);
            if (e == ENOMEM)
                return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
            return dmi_error(ctx, DM_ERR_IO, "%s: cannot read the symbolic link: %s", path, n < 0 ? strerror(e) : "it changed");
        }
        link[n] = '\0';
        char *next = link;
        const char *slash = strrchr(cur, '/');
        if (link[0] != '/' && slash) {   /* relative to the link's directory */
            size_t nd = (size_t)(slash - cur) + 1;
            next = malloc(nd + (size_t)n + 1);
            if (next) {
                memcpy(next, cur, nd);
                memcpy(next + nd, link, (size_t)n + 1);
            }
            free(link);
        }
        free(cur);
        cur = next;
    }
    return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
}

dm_status_t dmi_output_open(dm_context_t *ctx, const char *path, dmi_output_t *o)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    o->dirfd = -1;
    o->tmp_slot = o->backup_slot = -1;
    if (!path || !*path)
        return dmi_error(ctx, DM_ERR_USAGE, "the output file name is empty");
    if (strcmp(path, "-") == 0) {
        o->to_stdout = 1;
        return DM_OK;
    }
    dm_status_t st = follow_links(ctx, path, &o->target);
    if (st != DM_OK)
        return st;
    /* How the target is named in messages: the path given, and where a
     * link leads when it is not that path. */
    const char *arrow = strcmp(o->target, path) != 0 ? " -> " : "";
    const char *shown = *arrow ? o->target : "";
    size_t n = strlen(o->target);
    char *slash = strrchr(o->target, '/');
    o->base = slash ? slash + 1 : o->target;
    if (n > 0 && o->target[n - 1] == '/')
        return dmi_error(ctx, DM_ERR_USAGE, "%s%s%s: is a directory name; give a file name (or - for standard output)",
                         path, arrow, shown);
    o->dir = slash ? malloc((size_t)(slash - o->target) + 2) : dmi_strdup(".");
    if (!o->dir)
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    if (slash) {
        size_t nd = slash == o->target ? 1 : (size_t)(slash - o->target);   /* "/x" is in "/" */
        memcpy(o->dir, o->target, nd);
        o->dir[nd] = '\0';
    }
    o->dirfd = open(o->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (o->dirfd < 0)
        return dmi_error(ctx, DM_ERR_IO, "%s%s%s: cannot create: %s", path, arrow, shown, strerror(errno));
    struct stat sb;
    if (fstatat(o->dirfd, o->base, &sb, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!S_ISREG(sb.st_mode))
            return dmi_error(ctx, DM_ERR_USAGE,
                             "%s%s%s: is a %s; only regular files are written (use - for standard output)", path,
                             arrow, shown, kind_of(sb.st_mode));
        o->existed = 1;
        o->old = sb;
    } else if (errno != ENOENT) {
        return dmi_error(ctx, DM_ERR_IO, "%s%s%s: cannot create: %s", path, arrow, shown, strerror(errno));
    } else if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        /* A link the kernel follows where readlink names nothing: /dev/stdout
         * on a pipe ends in /proc/self/fd/1 -> "pipe:[N]". */
        return dmi_error(ctx, DM_ERR_USAGE, "%s: is a %s; only regular files are written (use - for standard output)",
                         path, kind_of(sb.st_mode));
    }
    if (strcmp(o->base, ".") == 0 || strcmp(o->base, "..") == 0)
        return dmi_error(ctx, DM_ERR_USAGE, "%s: is a directory; only regular files are written", path);
    /* Fail before the work, not after it, when the temporary cannot be made. */
    if (faccessat(o->dirfd, ".", W_OK | X_OK, AT_EACCESS) != 0)
        return dmi_error(ctx, DM_ERR_IO, "%s%s%s: cannot create: %s", path, arrow, shown, strerror(errno));
    return DM_OK;
}

static int write_all(int fd, const unsigned char *p, size_t len)
{
    while (len > 0) {
        size_t chunk = len > (1u << 30) ? (1u << 30) : len;
        ssize_t n = write(fd, p, chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

dm_status_t dmi_output_stage(dm_context_t *ctx, dmi_output_t *o)
{
    if (o->to_stdout)
        return DM_OK;
    guard_t g;
    if (guard_enter(&g) != 0)
        return dmi_error(ctx, DM_ERR_IO, "%s: interrupted", o->path);
    int fd = -1, err = 0;
    for (int attempt = 0; attempt < 100 && fd < 0; attempt++) {
        char name[16];
        temp_name(name);
        free(o->tmp);
        if (!(o->tmp = beside(o, name))) {
            err = ENOMEM;
            break;
        }
        o->tmp_slot = slot_add(o->dirfd, name);
        /* 0666: the kernel applies the umask to a new file. */
        fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0) {
            err = errno;
            slot_drop(&o->tmp_slot);
            if (err != EEXIST)
                break;
        }
    }
    guard_leave(&g);
    if (fd < 0) {
        free(o->tmp);
        o->tmp = NULL;
        if (err == ENOMEM)
            return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        return dmi_error(ctx, DM_ERR_IO, "%s: cannot create: %s", o->path, strerror(err));
    }
    int bad = write_all(fd, o->data, o->len) != 0;
    if (!bad && o->existed) {
        /* A replaced file keeps its owner (when we may set it) and mode;
         * set-id bits are not carried over to a file nobody meant to run. */
        if (fchown(fd, o->old.st_uid, o->old.st_gid) != 0) {
            /* not ours to give away: the new file is ours, as cp's would be */
        }
        bad = fchmod(fd, o->old.st_mode & 01777) != 0;
    }
    if (bad)
        err = errno;
    if (close(fd) != 0 && !bad) {
        bad = 1;
        err = errno;
    }
    if (!bad)
        return DM_OK;
    unlink(o->tmp);
    slot_drop(&o->tmp_slot);
    free(o->tmp);
    o->tmp = NULL;
    return dmi_error(ctx, DM_ERR_IO, "%s: cannot write: %s", o->path, strerror(err));
}

/* A hard link to the file a set is about to replace, so a later failure in
 * the set can put it back. Best effort: without one (a file system without
 * hard links) the set is still all or none unless a rename fails. */
static void make_backup(dmi_output_t *o)
{
    for (int attempt = 0; attempt < 100; attempt++) {
        char name[16];
        temp_name(name);
        char *p = beside(o, name);
        if (!p)
            return;
        o->backup_slot = slot_add(o->dirfd, name);
        if (link(o->target, p) == 0) {
            o->backup = p;
            return;
        }
        int err = errno;
        slot_drop(&o->backup_slot);
        free(p);
        if (err != EEXIST)
            return;
    }
}

static void drop_backup(dmi_output_t *o)
{
    if (!o->backup)
        return;
    unlink(o->backup);
    slot_drop(&o->backup_slot);
    free(o->backup);
    o->backup = NULL;
}

dm_status_t dmi_output_commit(dm_context_t *ctx, dmi_output_t *set, size_t count)
{
    size_t files = 0;
    for (size_t i = 0; i < count; i++)
        files += !set[i].to_stdout;
    if (files == 0)
        return DM_OK;
    guard_t g;
    if (guard_enter(&g) != 0)
        return dmi_error(ctx, DM_ERR_IO, "%s: interrupted", set[0].path);
    dm_status_t st = DM_OK;
    size_t k;
    for (k = 0; k < count; k++) {
        dmi_output_t *o = &set[k];
        if (o->to_stdout)
            continue;
        if (files > 1 && o->existed)
            make_backup(o);
        if (rename(o->tmp, o->target) != 0) {
            st = dmi_error(ctx, DM_ERR_IO, "%s: cannot replace: %s", o->path, strerror(errno));
            break;
        }
        o->committed = 1;
        slot_drop(&o->tmp_slot);
        free(o->tmp);
        o->tmp = NULL;
    }
    /* Put back what the set already replaced: none of it appears. */
    for (size_t j = 0; st != DM_OK && j < k; j++) {
        dmi_output_t *o = &set[j];
        if (!o->committed)
            continue;
        if (o->backup && rename(o->backup, o->target) == 0) {
            slot_drop(&o->backup_slot);
            free(o->backup);
            o->backup = NULL;
        } else if (!o->existed) {
            unlink(o->target);
        }
        o->committed = 0;
    }
    for (size_t j = 0; j < count; j++)
        drop_backup(&set[j]);
    guard_leave(&g);
    return st;
}

void dmi_output_clear(dmi_output_t *o)
{
    if (o->tmp) {
        unlink(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
    }
    slot_drop(&o->tmp_slot);
    drop_backup(o);
    if (o->dirfd >= 0)
        close(o->dirfd);
    o->dirfd = -1;
    free(o->target);
    free(o->dir);
    o->target = o->dir = NULL;
}

/* ---- the public calls ---------------------------------------------------- */

static int same_file(const dmi_output_t *a, const dmi_output_t *b)
{
    if (a->to_stdout || b->to_stdout)
        return a->to_stdout && b->to_stdout;
    if (a->existed && b->existed && a->old.st_dev == b->old.st_dev && a->old.st_ino == b->old.st_ino)
        return 1;
    struct stat da, db;
    return strcmp(a->base, b->base) == 0 && fstat(a->dirfd, &da) == 0 && fstat(b->dirfd, &db) == 0 &&
           da.st_dev == db.st_dev && da.st_ino == db.st_ino;
}

dm_status_t dm_output_write_all(dm_context_t *ctx, const dm_output_file_t *files, size_t count)
{
    if (count == 0)
        return DM_OK;
    if (!files)
        return dmi_error(ctx, DM_ERR_USAGE, "dm_output_write_all: no files");
    dmi_output_t *set = dmi_calloc(count, sizeof *set);
    if (!set)
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < count; i++)
        set[i].dirfd = set[i].tmp_slot = set[i].backup_slot = -1;
    dm_status_t st = DM_OK;
    for (size_t i = 0; i < count && st == DM_OK; i++) {
        st = dmi_output_open(ctx, files[i].path, &set[i]);
        set[i].data = files[i].data;
        set[i].len = files[i].len;
        for (size_t j = 0; j < i && st == DM_OK; j++)
            if (same_file(&set[j], &set[i]))
                st = dmi_error(ctx, DM_ERR_USAGE, "%s and %s are the same file: give each output its own name",
                               files[j].path, files[i].path);
    }
    /* Everything is written to temporaries before anything is renamed. */
    for (size_t i = 0; i < count && st == DM_OK; i++)
        st = dmi_output_stage(ctx, &set[i]);
    /* Standard output cannot be taken back: it goes after every temporary
     * is complete and before the renames, the step that cannot fail short
     * of a file system error. */
    for (size_t i = 0; i < count && st == DM_OK; i++)
        if (set[i].to_stdout && (fwrite(set[i].data, 1, set[i].len, stdout) != set[i].len || fflush(stdout) != 0))
            st = dmi_error(ctx, DM_ERR_IO, "cannot write to standard output: %s", strerror(errno));
    if (st == DM_OK)
        st = dmi_output_commit(ctx, set, count);
    for (size_t i = 0; i < count; i++)
        dmi_output_clear(&set[i]);
    free(set);
    return st;
}

dm_status_t dm_file_write_atomic(dm_context_t *ctx, const char *path, const void *data, size_t len)
{
    dm_output_file_t file = {path, data, len};
    return dm_output_write_all(ctx, &file, 1);
}

dm_status_t dm_output_check(dm_context_t *ctx, const char *path)
{
    dmi_output_t o;
    dm_status_t st = dmi_output_open(ctx, path, &o);
    dmi_output_clear(&o);
    return st;
}
