/* Unicode normalisation of place names for matching (see textnorm-private.h).
 * GLib does the Unicode work (NFKD/NFKC, case folding, character classes);
 * pure-ASCII text, the common case at query time, takes a fast path that
 * yields byte-for-byte the same key. */
#include "textnorm-private.h"

#include <glib.h>
#include <string.h>

static int is_apostrophe(gunichar c)
{
    switch (c) {
    case 0x0027: case 0x0060: case 0x00B4: case 0x2018: case 0x2019:
    case 0x201B: case 0x2032: case 0x02B9: case 0x02BB: case 0x02BC:
    case 0x02BD: case 0x02BE: case 0x02BF: case 0xFF07:
        return 1;
    }
    return 0;
}

/* Combining marks are dropped after Latin, Greek and Cyrillic letters only:
 * in Kana (が = か + U+3099) or Indic scripts they are part of the letter. */
static int marks_droppable(gunichar base)
{
    GUnicodeScript s = g_unichar_get_script(base);
    return s == G_UNICODE_SCRIPT_LATIN || s == G_UNICODE_SCRIPT_GREEK ||
           s == G_UNICODE_SCRIPT_CYRILLIC || s == G_UNICODE_SCRIPT_COMMON;
}

static const char *letter_fold(gunichar c)
{
    switch (c) {
    case 0x00DF: return "ss";  /* ß */
    case 0x00E6: case 0x00C6: return "ae";
    case 0x00F8: case 0x00D8: return "o";
    case 0x0111: case 0x0110: return "d";  /* đ */
    case 0x00F0: case 0x00D0: return "d";  /* ð */
    case 0x0142: case 0x0141: return "l";  /* ł */
    case 0x0131: return "i";                /* dotless ı */
    case 0x0153: case 0x0152: return "oe";
    case 0x00FE: case 0x00DE: return "th";
    case 0x0127: case 0x0126: return "h";  /* ħ */
    }
    return NULL;
}

static char *normalize_ascii(const char *text, size_t len)
{
    char *out = g_malloc(len + 1);
    size_t n = 0;
    int space = 1;  /* suppress leading spaces */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\'' || c == '`')
            continue;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out[n++] = (char)c;
            space = 0;
        } else if (c >= 'A' && c <= 'Z') {
            out[n++] = (char)(c - 'A' + 'a');
            space = 0;
        } else if (!space) {
            out[n++] = ' ';
            space = 1;
        }
    }
    if (n > 0 && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    return out;
}

char *dmi_text_normalize(const char *text, ssize_t len)
{
    if (!text)
        return NULL;
    size_t n = len < 0 ? strlen(text) : (size_t)len;
    int ascii = 1;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)text[i] >= 0x80 || text[i] == '\0') {
            ascii = 0;
            break;
        }
    }
    if (ascii)
        return normalize_ascii(text, n);
    if (!g_utf8_validate(text, (gssize)n, NULL))
        return NULL;

    char *result = NULL;
    char *decomposed = g_utf8_normalize(text, (gssize)n, G_NORMALIZE_NFKD);
    GString *buf = g_string_sized_new(n + 8);
    if (!decomposed)
        goto out;
    int space = 1;
    gunichar base = 0;
    for (const char *p = decomposed; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        GUnicodeType t = g_unichar_type(c);
        if (t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK ||
            t == G_UNICODE_ENCLOSING_MARK) {
            if (base && !marks_droppable(base))
                g_string_append_unichar(buf, c);
            continue;
        }
        if (is_apostrophe(c))
            continue;
        const char *f = letter_fold(c);
        if (f) {
            g_string_append(buf, f);
            base = c;
            space = 0;
            continue;
        }
        if (g_unichar_isalnum(c)) {
            g_string_append_unichar(buf, c);
            base = c;
            space = 0;
            continue;
        }
        /* Hyphens, dashes, dots, commas, symbols, spaces: a word break. */
        base = 0;
        if (!space) {
            g_string_append_c(buf, ' ');
            space = 1;
        }
    }
    if (buf->len > 0 && buf->str[buf->len - 1] == ' ')
        g_string_truncate(buf, buf->len - 1);
    char *folded = g_utf8_casefold(buf->str, (gssize)buf->len);
    result = g_utf8_normalize(folded, -1, G_NORMALIZE_NFKC);
    g_free(folded);
out:
    g_free(decomposed);
    g_string_free(buf, TRUE);
    return result;
}

char *dmi_text_squash(const char *normalized)
{
    size_t n = strlen(normalized);
    char *out = g_malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (normalized[i] != ' ')
            out[k++] = normalized[i];
    out[k] = '\0';
    return out;
}

int dmi_text_strip_korean_suffix(char *s)
{
    /* Longest first. Every suffix is Hangul (3 bytes per syllable). */
    static const char *const suffixes[] = {
        "특별자치시", "특별자치도", "특별시", "광역시", "직할시", "자치시", "시", "도", "군",
    };
    size_t n = strlen(s);
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        size_t k = strlen(suffixes[i]);
        /* At least two syllables must remain: "서울" from "서울시", never "" from "시". */
        if (n >= k + 6 && memcmp(s + n - k, suffixes[i], k) == 0) {
            const char *stem = s + n - k - 3;
            gunichar c = g_utf8_get_char_validated(stem, 3);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                size_t m = n - k;
                if (m > 0 && s[m - 1] == ' ')
                    m--;
                s[m] = '\0';
                return 1;
            }
        }
    }
    return 0;
}

int dmi_text_edit_distance(const char *a, const char *b, int cap)
{
    enum { MAXLEN = 64 };
    gunichar ua[MAXLEN], ub[MAXLEN];
    int na = 0, nb = 0;
    for (const char *p = a; *p && na < MAXLEN; p = g_utf8_next_char(p))
        ua[na++] = g_utf8_get_char(p);
    for (const char *p = b; *p && nb < MAXLEN; p = g_utf8_next_char(p))
        ub[nb++] = g_utf8_get_char(p);
    if (na - nb > cap || nb - na > cap)
        return cap + 1;
    int prev[MAXLEN + 1], cur[MAXLEN + 1];
    for (int j = 0; j <= nb; j++)
        prev[j] = j;
    for (int i = 1; i <= na; i++) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= nb; j++) {
            int d = prev[j - 1] + (ua[i - 1] != ub[j - 1]);
            if (prev[j] + 1 < d)
                d = prev[j] + 1;
            if (cur[j - 1] + 1 < d)
                d = cur[j - 1] + 1;
            cur[j] = d;
            if (d < best)
                best = d;
        }
        if (best > cap)
            return cap + 1;
        memcpy(prev, cur, sizeof(int) * (size_t)(nb + 1));
    }
    return prev[nb] > cap ? cap + 1 : prev[nb];
}
