/* Safe output files and escaped messages (issue 13), through the public API:
 * dm_text_escape's cases one by one, dm_output_write_all's all-or-none and
 * refusals, modes and links kept, the title limit, and what
 * dm_output_remove_temporaries leaves behind (tests/cli/test_outputs.sh
 * drives the same rules through the tool). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void escapes(const char *text, const char *want)
{
    char out[256];
    assert_string_equal(dm_text_escape(text, out, sizeof out), want);
}

static void text_escape(void **state)
{
    (void)state;
    escapes("plain text, 평양", "plain text, 평양");
    escapes("two\nlines\r\tend", "two\\nlines\\r\\tend");
    escapes("\033[31mred\033[0m", "\\x1b[31mred\\x1b[0m");
    escapes("bell\007 del\177", "bell\\x07 del\\x7f");
    escapes("latin-1 \xe9t\xe9", "latin-1 \\xe9t\\xe9");           /* not UTF-8 */
    escapes("overlong \xc0\x80", "overlong \\xc0\\x80");
    escapes("surrogate \xed\xa0\x80", "surrogate \\xed\\xa0\\x80");
    escapes("cut \xe2\x80", "cut \\xe2\\x80");                      /* a sequence cut short */
    escapes("csi \xc2\x9b" "2J", "csi \\u009b2J");                  /* C1 control */
    escapes("rtl \xe2\x80\xae" "gnp.exe", "rtl \\u202egnp.exe");     /* right-to-left override */
    escapes("isolate \xe2\x81\xa6x", "isolate \\u2066x");
    escapes("line\xe2\x80\xa8sep", "line\\u2028sep");
    escapes("a backslash \\x1b stays", "a backslash \\x1b stays");
    escapes(NULL, "");
}

/* The output always ends, and never inside an escape or a character. */
static void text_escape_bounds(void **state)
{
    (void)state;
    char out[8];
    memset(out, 'Z', sizeof out);
    assert_string_equal(dm_text_escape("ab\033cd", out, 6), "ab");      /* "\x1b" needs 4 */
    assert_string_equal(dm_text_escape("a\xea\xb0\x80", out, 3), "a");  /* 가 needs 3 */
    assert_string_equal(dm_text_escape("a\xea\xb0\x80", out, 5), "a\xea\xb0\x80");
    assert_string_equal(dm_text_escape("abc", out, 1), "");
    out[0] = 'Z';
    assert_ptr_equal(dm_text_escape("abc", out, 0), out);
    assert_int_equal(out[0], 'Z');                                     /* size 0: untouched */
}

/* Every library message goes through it: one line, nothing raw. */
static void messages_escaped(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = NULL;
    assert_int_equal(dm_story_load_file(ctx, "/nonexistent-dm/a\033]0;x\007\nb.json", &s), DM_ERR_IO);
    const char *m = dm_context_last_error(ctx);
    assert_non_null(strstr(m, "a\\x1b]0;x\\x07\\nb.json: cannot open"));
    for (const char *p = m; *p; p++)
        assert_true((unsigned char)*p >= 0x20 && *p != 0x7f);
    dm_context_destroy(ctx);
}

typedef struct {
    char dir[64];
    dm_context_t *ctx;
} fixture_t;

static int setup(void **state)
{
    fixture_t *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/dm-output-XXXXXX");
    if (!mkdtemp(f->dir) || !(f->ctx = dm_context_create()))
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture_t *f = *state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    if (system(cmd) != 0)
        return -1;
    dm_context_destroy(f->ctx);
    free(f);
    return 0;
}

static char *path_in(const fixture_t *f, const char *name)
{
    static char buf[4][256];
    static int next;
    char *p = buf[next++ % 4];
    snprintf(p, sizeof buf[0], "%s/%s", f->dir, name);
    return p;
}

static void put(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static char *slurp(const char *path)
{
    static char buf[256];
    FILE *fp = fopen(path, "r");
    if (!fp)
        return NULL;
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    buf[n] = '\0';
    fclose(fp);
    return buf;
}

/* Entries in the directory: the outputs, never a temporary. */
static int entries(const fixture_t *f)
{
    DIR *d = opendir(f->dir);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static void write_set(void **state)
{
    fixture_t *f = *state;
    dm_output_file_t files[] = {{path_in(f, "map.txt"), "map", 3}, {path_in(f, "alt.txt"), "alt", 3}};
    assert_int_equal(dm_output_write_all(f->ctx, files, 2), DM_OK);
    assert_string_equal(slurp(files[0].path), "map");
    assert_string_equal(slurp(files[1].path), "alt");
    assert_int_equal(entries(f), 2);
    assert_int_equal(dm_output_write_all(f->ctx, NULL, 0), DM_OK);
}

/* One file that cannot be written: none of the set appears, nothing changes. */
static void all_or_none(void **state)
{
    fixture_t *f = *state;
    put(path_in(f, "alt.txt"), "precious");
    dm_output_file_t files[] = {{path_in(f, "map.txt"), "map", 3},
                                {path_in(f, "alt.txt"), "alt", 3},
                                {"/nonexistent-dm/layout.json", "{}", 2}};
    assert_int_equal(dm_output_write_all(f->ctx, files, 3), DM_ERR_IO);
    assert_non_null(strstr(dm_context_last_error(f->ctx), "/nonexistent-dm/layout.json: cannot create"));
    assert_null(slurp(files[0].path));
    assert_string_equal(slurp(files[1].path), "precious");
    assert_int_equal(entries(f), 1);
}

static void same_file_twice(void **state)
{
    fixture_t *f = *state;
    assert_int_equal(symlink("a.txt", path_in(f, "link.txt")), 0);
    dm_output_file_t files[] = {{path_in(f, "a.txt"), "a", 1}, {path_in(f, "link.txt"), "b", 1}};
    assert_int_equal(dm_output_write_all(f->ctx, files, 2), DM_ERR_USAGE);
    assert_non_null(strstr(dm_context_last_error(f->ctx), "are the same file"));
    dm_output_file_t out[] = {{"-", "a", 1}, {"-", "b", 1}};
    assert_int_equal(dm_output_write_all(f->ctx, out, 2), DM_ERR_USAGE);
    assert_int_equal(entries(f), 1);   /* the link alone */
}

static void not_regular(void **state)
{
    fixture_t *f = *state;
    assert_int_equal(mkdir(path_in(f, "dir.png"), 0777), 0);
    assert_int_equal(mkfifo(path_in(f, "fifo.png"), 0666), 0);
    assert_int_equal(dm_output_check(f->ctx, path_in(f, "dir.png")), DM_ERR_USAGE);
    assert_non_null(strstr(dm_context_last_error(f->ctx), "dir.png: is a directory"));
    assert_int_equal(dm_file_write_atomic(f->ctx, path_in(f, "fifo.png"), "x", 1), DM_ERR_USAGE);
    assert_non_null(strstr(dm_context_last_error(f->ctx), "fifo.png: is a FIFO"));
    assert_int_equal(dm_output_check(f->ctx, ""), DM_ERR_USAGE);
    assert_int_equal(dm_output_check(f->ctx, "-"), DM_OK);
    assert_int_equal(dm_output_check(f->ctx, "/nonexistent-dm/x.png"), DM_ERR_IO);
    struct stat st;
    assert_int_equal(lstat(path_in(f, "fifo.png"), &st), 0);
    assert_true(S_ISFIFO(st.st_mode));
    assert_int_equal(entries(f), 2);
}

static void mode_and_link_kept(void **state)
{
    fixture_t *f = *state;
    put(path_in(f, "real.txt"), "old");
    assert_int_equal(chmod(path_in(f, "real.txt"), 0640), 0);
    assert_int_equal(symlink("real.txt", path_in(f, "link.txt")), 0);
    assert_int_equal(dm_file_write_atomic(f->ctx, path_in(f, "link.txt"), "new", 3), DM_OK);
    struct stat st;
    assert_int_equal(lstat(path_in(f, "link.txt"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_int_equal(stat(path_in(f, "real.txt"), &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
    assert_string_equal(slurp(path_in(f, "real.txt")), "new");
    /* A new file: 0666 less the umask. */
    mode_t old = umask(027);
    assert_int_equal(dm_file_write_atomic(f->ctx, path_in(f, "new.txt"), "n", 1), DM_OK);
    umask(old);
    assert_int_equal(stat(path_in(f, "new.txt"), &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
    assert_int_equal(entries(f), 3);
}

/* After dm_output_remove_temporaries (a signal handler's call) nothing new
 * is written. In a child: the refusal lasts for the process. */
static void after_remove_temporaries(void **state)
{
    fixture_t *f = *state;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dm_output_remove_temporaries();
        dm_status_t st = dm_file_write_atomic(f->ctx, path_in(f, "late.txt"), "x", 1);
        _exit(st == DM_ERR_IO && strstr(dm_context_last_error(f->ctx), "interrupted") ? 0 : 1);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_int_equal(entries(f), 0);
}

static void title_limit(void **state)
{
    (void)state;
    dm_context_t *ctx = dm_context_create();
    dm_story_t *s = dm_story_create(ctx);
    char title[4 * DM_TITLE_MAX_CHARS + 8];
    /* 300 Hangul syllables: 900 bytes, 300 characters: within the limit. */
    for (int i = 0; i < DM_TITLE_MAX_CHARS; i++)
        memcpy(title + 3 * i, "\xea\xb0\x80", 3);
    title[3 * DM_TITLE_MAX_CHARS] = '\0';
    assert_int_equal(dm_story_set_title(s, title), DM_OK);
    memcpy(title + 3 * DM_TITLE_MAX_CHARS, "x", 2);
    assert_int_equal(dm_story_set_title(s, title), DM_ERR_LIMIT);
    assert_non_null(strstr(dm_context_last_error(ctx), "title is longer than 300 characters"));
    assert_int_equal(strlen(dm_story_title(s)), 3 * DM_TITLE_MAX_CHARS);   /* the old title stays */
    dm_story_destroy(s);
    dm_context_destroy(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_escape),
        cmocka_unit_test(text_escape_bounds),
        cmocka_unit_test(messages_escaped),
        cmocka_unit_test_setup_teardown(write_set, setup, teardown),
        cmocka_unit_test_setup_teardown(all_or_none, setup, teardown),
        cmocka_unit_test_setup_teardown(same_file_twice, setup, teardown),
        cmocka_unit_test_setup_teardown(not_regular, setup, teardown),
        cmocka_unit_test_setup_teardown(mode_and_link_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(after_remove_temporaries, setup, teardown),
        cmocka_unit_test(title_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
