/* Extraction, phase 0: tokens and sentences. Article text is validated
 * (UTF-8, no NUL, within DMI_ARTICLE_MAX_BYTES), cut into tokens and
 * sentences, and mapped from bytes to the code points a story counts.
 *
 * The tokeniser is written for news English: words keep inner hyphens
 * ("Jong-un", "inter-Korean"), inner apostrophes ("d'Ivoire") and inner dots
 * ("U.S"); a possessive "'s" is its own token so "Pyongyang's" still matches
 * the gazetteer; abbreviations keep their final dot ("Va.", "Mr.") so they
 * do not end a sentence.
 *
 * Takes: bytes (or a file). Gives: dmi_article_t (its own copy of the text,
 * tokens with case and position flags, sentences, code point offsets).
 * Never: looks a word up in the gazetteer or decides what it names. */
#include "extract-private.h"
#include "context-private.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#define CP_STRIDE 256

uint32_t dmi_utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = *i;
    uint32_t c = u[k];
    size_t n = 1;
    if (c >= 0xF0) {
        c &= 0x07;
        n = 4;
    } else if (c >= 0xE0) {
        c &= 0x0F;
        n = 3;
    } else if (c >= 0xC0) {
        c &= 0x1F;
        n = 2;
    }
    for (size_t j = 1; j < n && k + j < len; j++)
        c = (c << 6) | (u[k + j] & 0x3F);
    *i = k + n;
    return c;
}

/* Strict UTF-8 (no overlongs, no surrogates, at most U+10FFFF). Returns the
 * offset of the first bad byte, or len when the text is valid. */
static size_t utf8_check(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t min, cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + n > len)
            return i;
        for (size_t j = 1; j < n; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n;
    }
    return len;
}

size_t dmi_article_cp(const dmi_article_t *art, size_t byte)
{
    if (byte >= art->len)
        return art->cp_len;
    size_t k = byte / CP_STRIDE;
    size_t cp = art->cp_marks[k];
    const unsigned char *u = (const unsigned char *)art->text;
    for (size_t i = k * CP_STRIDE; i < byte; i++)
        if ((u[i] & 0xC0) != 0x80)
            cp++;
    return cp;
}

/* g_ascii_tolower, inline: it is called for every byte compared below. */
static inline char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Both compare character by character and stop at the first difference:
 * they run millions of times on a long article, mostly to say no. */
int dmi_tok_ing(const dmi_article_t *a, size_t i)
{
    if (i >= a->token_count)
        return 0;
    size_t n = dmi_tok_len(a, i);
    return n > 5 && g_ascii_strncasecmp(dmi_tok_text(a, i) + n - 3, "ing", 3) == 0;
}

int dmi_tok_eq(const dmi_article_t *a, size_t i, const char *word)
{
    if (i >= a->token_count)
        return 0;
    size_t n = dmi_tok_len(a, i);
    const char *t = dmi_tok_text(a, i);
    for (size_t k = 0; k < n; k++)
        if (t[k] != word[k])   /* also stops at word's end */
            return 0;
    return word[n] == '\0';
}

int dmi_tok_is(const dmi_article_t *a, size_t i, const char *word)
{
    /* Callers look one token past a mention; past the end is no match. */
    if (i >= a->token_count)
        return 0;
    size_t n = dmi_tok_len(a, i);
    const char *t = dmi_tok_text(a, i);
    for (size_t k = 0; k < n; k++)
        if (!word[k] || ascii_lower(t[k]) != ascii_lower(word[k]))
            return 0;
    return word[n] == '\0';
}

int dmi_tok_in(const dmi_article_t *a, size_t i, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (dmi_tok_is(a, i, words[k]))
            return k;
    return -1;
}

int dmi_tok_on_margins_of(const dmi_article_t *a, size_t t, size_t next)
{
    /* The name must end its noun phrase ("the margins of the UN budget"
     * are no place): punctuation after it, or a word opening an adjunct. */
    static const char *const adjunct[] = {"in",    "on",   "at",   "this", "last",    "next",   "and",
                                          "where", "when", "with", "to",   "session", "summit", NULL};
    static const char *const sides[] = {"sidelines", "margins", "margin", NULL};
    if (dmi_tok_word(a, next) && !dmi_tok_cap(a, next) && dmi_tok_in(a, next, adjunct) < 0)
        return 0;
    if (t > 0 && dmi_tok_prev_word(a, t) && dmi_tok_is(a, t - 1, "the"))
        t--;
    return t > 1 && dmi_tok_prev_word(a, t) && dmi_tok_is(a, t - 1, "of") && dmi_tok_prev_word(a, t - 1) &&
           dmi_tok_in(a, t - 2, sides) >= 0;
}

static int is_space_cp(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           c == 0xA0 || c == 0xFEFF || c == 0x2028 || c == 0x2029 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x202F || c == 0x3000;
}

static int is_word_cp(uint32_t c)
{
    if (c < 0x80)
        return g_ascii_isalnum((int)c);
    return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

static int is_apostrophe(uint32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }
static int is_hyphen(uint32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
static int is_quote(uint32_t c)
{
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;
}

/* Abbreviations that keep their dot: titles, months, US state forms. */
static const char *const abbreviations[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Sen", "Rep",
    "Gov", "Rev", "St", "Mt", "Ft", "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "No", "vs", "etc",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
    "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", NULL};
/* Of those, the ones that precede a name and never end a sentence. */
static const char *const titles[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Sen", "Rep",
    "Gov", "Rev", "St", "Mt", "Ft", "No", NULL};

static int in_list(const char *s, size_t n, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (strlen(list[k]) == n && memcmp(list[k], s, n) == 0)
            return 1;
    return 0;
}

/* The abbreviations that begin a place's name ("St. Louis", "Mt. Vernon",
 * "Ft. Worth"), also in a dateline's capitals: "ST. LOUIS" (issue 15: a
 * wire dateline of a saint's town split into a sentence "ST." and a lost
 * town). Only before another word in capitals, after one space, so that a
 * capitalised "ST." ending a sentence still ends it. */
static const char *const place_prefixes[] = {"ST", "MT", "FT", NULL};

static int capital_place_prefix(const char *s, size_t len, size_t at, size_t end)
{
    if (!in_list(s + at, end - at, place_prefixes) || end + 3 > len || s[end] != '.' || s[end + 1] != ' ')
        return 0;
    size_t i = end + 2, letters = 0;
    while (i < len && g_ascii_isalpha(s[i])) {
        if (!g_ascii_isupper(s[i]))
            return 0;
        i++;
        letters++;
    }
    return letters >= 2;
}

typedef struct {
    dmi_token_t *items;
    size_t count, cap;
} token_vec_t;

static int push_token(token_vec_t *v, size_t start, size_t end, unsigned flags)
{
    if (dmi_grow((void **)&v->items, &v->cap, v->count + 1, sizeof *v->items) != 0)
        return -1;
    dmi_token_t *t = &v->items[v->count++];
    memset(t, 0, sizeof *t);
    t->start = start;
    t->end = end;
    t->flags = flags;
    return 0;
}

/* Case flags of a word. */
static unsigned word_case(const char *s, size_t n)
{
    size_t i = 0, letters = 0, upper = 0;
    unsigned flags = 0;
    int first = 1, digits_only = 1;
    while (i < n) {
        uint32_t c = dmi_utf8_next(s, n, &i);
        if (c < 0x80 ? g_ascii_isalpha((int)c) : g_unichar_isalpha(c)) {
            digits_only = 0;
            letters++;
            int up = c < 0x80 ? g_ascii_isupper((int)c) : g_unichar_isupper(c) || g_unichar_istitle(c);
            if (up)
                upper++;
            if (first && up)
                flags |= DMI_TOK_CAP;
            first = 0;
        } else if (c < 0x80 && !g_ascii_isdigit((int)c)) {
            digits_only = 0;
        } else if (c >= 0x80) {
            digits_only = 0;
        }
    }
    if (letters >= 2 && upper == letters)
        flags |= DMI_TOK_UPPER;
    if (digits_only)
        flags |= DMI_TOK_NUM;
    return flags;
}

static int tokenise(dmi_article_t *a)
{
    token_vec_t v = {0};
    const char *s = a->text;
    size_t len = a->len, i = a->body;
    int line_start = 1;
    while (i < len) {
        size_t at = i;
        uint32_t c = dmi_utf8_next(s, len, &i);
        if (is_space_cp(c)) {
            if (c == '\n')
                line_start = 1;
            continue;
        }
        unsigned ls = line_start ? DMI_TOK_LINE_START : 0;
        line_start = 0;
        if (is_word_cp(c)) {
            size_t end = i;
            for (;;) {
                size_t j = end;
                if (j >= len)
                    break;
                uint32_t d = dmi_utf8_next(s, len, &j);
                if (is_word_cp(d)) {
                    end = j;
                    continue;
                }
                /* Inner joiners need a word character after them. */
                int joiner = is_hyphen(d) || is_apostrophe(d) || d == '.' || d == '&' ||
                             ((d == ',' ) && g_ascii_isdigit(s[end - 1]));
                if (!joiner || j >= len)
                    break;
                size_t k = j;
                uint32_t e = dmi_utf8_next(s, len, &k);
                if (!is_word_cp(e))
                    break;
                if (d == ',' && !g_ascii_isdigit((int)e))
                    break;
                if (d == '&' && !(e < 0x80 && g_ascii_isupper((int)e)))
                    break;
                /* A possessive 's (or 'S) ends the word. */
                if (is_apostrophe(d) && (e == 's' || e == 'S')) {
                    size_t m = k;
                    if (m >= len || !is_word_cp(dmi_utf8_next(s, len, &m)))
                        break;
                }
                end = k;
            }
            /* Keep the final dot of an abbreviation ("Va.", "U.S."). */
            unsigned flags = DMI_TOK_WORD | ls;
            size_t wlen = end - at;
            if (end < len && s[end] == '.') {
                int dotted = memchr(s + at, '.', wlen) != NULL;
                int initial = wlen == 1 && g_ascii_isupper(s[at]);  /* "N. Korea", "John F. Kennedy" */
                if (dotted || initial || in_list(s + at, wlen, abbreviations) ||
                    capital_place_prefix(s, len, at, end)) {
                    end++;
                    flags |= DMI_TOK_ABBREV;
                }
            }
            flags |= word_case(s + at, end - at);
            if (push_token(&v, at, end, flags) != 0)
                goto fail;
            i = end;
            /* Possessive. */
            if (i < len) {
                size_t j = i;
                uint32_t d = dmi_utf8_next(s, len, &j);
                if (is_apostrophe(d) && j < len && (s[j] == 's' || s[j] == 'S') &&
                    (j + 1 >= len || !g_ascii_isalnum(s[j + 1]))) {
                    if (push_token(&v, i, j + 1, DMI_TOK_POSS) != 0)
                        goto fail;
                    i = j + 1;
                }
            }
            continue;
        }
        size_t end = i;
        if (c == '-' || c == 0x2013 || c == 0x2014) {
            /* "--", "—" and runs of dashes are one token. */
            while (end < len) {
                size_t j = end;
                uint32_t d = dmi_utf8_next(s, len, &j);
                if (d != '-' && d != 0x2013 && d != 0x2014)
                    break;
                end = j;
            }
        }
        unsigned flags = DMI_TOK_PUNCT | ls;
        if (is_quote(c) || c == '\'' || c == 0x2018 || c == 0x2019)
            flags |= DMI_TOK_QUOTE;
        if (push_token(&v, at, end, flags) != 0)
            goto fail;
        i = end;
    }
    a->tokens = v.items;
    a->token_count = v.count;
    return 0;
fail:
    free(v.items);
    return -1;
}

static int is_terminal(const dmi_article_t *a, size_t t)
{
    const dmi_token_t *tok = &a->tokens[t];
    if (!(tok->flags & DMI_TOK_PUNCT))
        return 0;
    char c = a->text[tok->start];
    return c == '.' || c == '!' || c == '?';
}

static int newline_between(const dmi_article_t *a, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (a->text[i] == '\n')
            return 1;
    return 0;
}

static int split_sentences(dmi_article_t *a)
{
    size_t cap = 0, count = 0;
    dmi_sentence_t *sv = NULL;
    size_t first = 0;
    for (size_t t = 0; t < a->token_count; t++) {
        int end = 0;
        size_t next = t + 1;
        if (next >= a->token_count) {
            end = 1;
        } else if (newline_between(a, a->tokens[t].end, a->tokens[next].start)) {
            end = 1;
        } else if (is_terminal(a, t)) {
            /* Closing quotes and brackets stay with the sentence they end,
             * and so do footnote marks ("... its navy.** Bolivia has"). */
            while (next < a->token_count && (a->tokens[next].flags & DMI_TOK_PUNCT) &&
                   (a->tokens[next].flags & DMI_TOK_QUOTE || a->text[a->tokens[next].start] == ')' ||
                    a->text[a->tokens[next].start] == '*') &&
                   a->tokens[next].start == a->tokens[next - 1].end)
                next++;
            if (next >= a->token_count) {
                t = next - 1;
                end = 1;
            } else {
                unsigned f = a->tokens[next].flags;
                if ((f & (DMI_TOK_CAP | DMI_TOK_NUM | DMI_TOK_QUOTE)) ||
                    (f & DMI_TOK_PUNCT && a->text[a->tokens[next].start] == '(')) {
                    t = next - 1;
                    end = 1;
                }
            }
        } else if ((a->tokens[t].flags & DMI_TOK_ABBREV) && (a->tokens[t + 1].flags & DMI_TOK_CAP)) {
            /* "... in Fairfax, Va. The county" ends; "Mr. Kim" and "U.S. President" do not. */
            const char *w = dmi_tok_text(a, t);
            size_t n = dmi_tok_len(a, t) - 1;
            int dotted = memchr(w, '.', n) != NULL;
            int initial = n == 1 && g_ascii_isupper(w[0]);
            if (!dotted && !initial && !in_list(w, n, titles) && !in_list(w, n, place_prefixes) &&
                !(t + 1 < a->token_count && (a->tokens[t + 1].flags & DMI_TOK_NUM)))
                end = 1;
        }
        if (!end)
            continue;
        if (dmi_grow((void **)&sv, &cap, count + 1, sizeof *sv) != 0) {
            free(sv);
            return -1;
        }
        dmi_sentence_t *st = &sv[count];
        st->first = first;
        st->last = t + 1;
        st->start = a->tokens[first].start;
        st->end = a->tokens[t].end;
        st->cp_start = a->tokens[first].cp_start;
        st->cp_end = a->tokens[t].cp_end;
        for (size_t k = first; k <= t; k++)
            a->tokens[k].sentence = count;
        a->tokens[first].flags |= DMI_TOK_SENT_START;
        count++;
        first = t + 1;
    }
    a->sentences = sv;
    a->sentence_count = count;
    return 0;
}

/* "Published: June 12, 2025", "Updated 2025-06-12 09:00": a short first
 * line that only dates the article; its headline begins after it (its
 * tokens stay, for the article's date). */
static size_t skip_published_line(const char *s, size_t len)
{
    static const char *const keys[] = {"published", "updated", "posted"};
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    size_t k = 0;
    while (k < G_N_ELEMENTS(keys) && g_ascii_strncasecmp(s + i, keys[k], strlen(keys[k])) != 0)
        k++;
    if (k == G_N_ELEMENTS(keys))
        return 0;
    size_t end = i + strlen(keys[k]);
    if (end >= len || (s[end] != ':' && s[end] != ' '))
        return 0;
    int digits = 0;
    while (end < len && s[end] != '\n') {
        digits += g_ascii_isdigit(s[end]) != 0;
        end++;
    }
    return digits >= 4 && end - i <= 64 ? end : 0;
}

/* "date YYYY-MM-DD" at the very start (after white space): the body begins
 * after it. The date itself is read by time.c. */
static size_t skip_date_line(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    if (len - i < 15 || g_ascii_strncasecmp(s + i, "date", 4) != 0)
        return 0;
    i += 4;
    if (s[i] != ' ' && s[i] != '\t' && s[i] != ':')
        return 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == ':'))
        i++;
    if (len - i < 10)
        return 0;
    for (int k = 0; k < 10; k++) {
        int want_dash = k == 4 || k == 7;
        if (want_dash ? s[i + k] != '-' : !g_ascii_isdigit(s[i + k]))
            return 0;
    }
    return i + 10;
}

dm_status_t dmi_article_init(dm_context_t *ctx, dmi_article_t *art, const char *text,
                             size_t len, const char *name)
{
    memset(art, 0, sizeof *art);
    art->name = name ? name : "article";
    if (len > DMI_ARTICLE_MAX_BYTES)
        return dmi_error(ctx, DM_ERR_LIMIT, "%s: article is larger than the limit of %zu bytes",
                         art->name, DMI_ARTICLE_MAX_BYTES);
    if (memchr(text, '\0', len))
        return dmi_error(ctx, DM_ERR_ARTICLE, "%s: not a text file (contains NUL bytes)", art->name);
    size_t bad = utf8_check((const unsigned char *)text, len);
    if (bad < len) {
        size_t line = 1, col = 1;
        for (size_t i = 0; i < bad; i++) {
            if (text[i] == '\n') {
                line++;
                col = 1;
            } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return dmi_error(ctx, DM_ERR_INPUT, "%s:%zu:%zu: invalid UTF-8 (byte 0x%02X at offset %zu)",
                         art->name, line, col, (unsigned char)text[bad], bad);
    }
    dm_status_t st = DM_OK;
    art->text = malloc(len + 1);
    art->cp_marks = dmi_calloc(len / CP_STRIDE + 1, sizeof *art->cp_marks);
    if (!art->text || !art->cp_marks) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "%s: out of memory", art->name);
        goto out;
    }
    memcpy(art->text, text, len);
    art->text[len] = '\0';
    art->len = len;
    size_t cp = 0;
    for (size_t i = 0; i < len; i++) {
        if (i % CP_STRIDE == 0)
            art->cp_marks[i / CP_STRIDE] = cp;
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            cp++;
    }
    art->cp_len = cp;
    art->body = skip_date_line(text, len);
    art->headline_from = art->body ? art->body : skip_published_line(text, len);
    if (tokenise(art) != 0 || split_sentences(art) != 0 ||
        !(art->trigger_memo = dmi_calloc(art->token_count + 1, sizeof *art->trigger_memo))) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "%s: out of memory", art->name);
        goto out;
    }
    size_t words = 0;
    for (size_t t = 0; t < art->token_count; t++) {
        dmi_token_t *tok = &art->tokens[t];
        tok->cp_start = dmi_article_cp(art, tok->start);
        tok->cp_end = dmi_article_cp(art, tok->end);
        if (tok->flags & DMI_TOK_WORD)
            words++;
    }
    for (size_t k = 0; k < art->sentence_count; k++) {
        dmi_sentence_t *sn = &art->sentences[k];
        sn->cp_start = art->tokens[sn->first].cp_start;
        sn->cp_end = art->tokens[sn->last - 1].cp_end;
    }
    if (words == 0)
        st = dmi_error(ctx, DM_ERR_ARTICLE, "%s: article is empty (no words)", art->name);
out:
    if (st != DM_OK)
        dmi_article_clear(art);
    return st;
}

dm_status_t dmi_article_read(dm_context_t *ctx, dmi_article_t *art, const char *path)
{
    memset(art, 0, sizeof *art);
    char *buf = NULL;
    size_t len = 0;
    dm_status_t st = dmi_read_file(ctx, path, DMI_ARTICLE_MAX_BYTES, &buf, &len);
    if (st == DM_ERR_LIMIT)
        return dmi_error(ctx, DM_ERR_LIMIT, "%s: article is larger than the limit of %zu bytes",
                         path, DMI_ARTICLE_MAX_BYTES);
    if (st != DM_OK)
        return st;
    st = dmi_article_init(ctx, art, buf, len, path);
    free(buf);
    return st;
}

void dmi_article_clear(dmi_article_t *art)
{
    if (!art)
        return;
    free(art->text);
    free(art->tokens);
    free(art->sentences);
    free(art->cp_marks);
    free(art->trigger_memo);
    memset(art, 0, sizeof *art);
}
