/* Extraction, phase 8: the map title. The article's own headline when its
 * first line is one (a wire tag such as "(LEAD)" or "UPDATE 2-" taken off,
 * capitals made sentence case), else a headline-like title from the main
 * event ("Seoul proposes liaison channel at Panmunjom").
 *
 * Takes: events, places, mentions, people, tokens. Gives: title strings and
 * the headline's sentence. Never: changes an event. */
#include "extract-private.h"

#include <glib.h>
#include <string.h>

/* The longest first line read as a headline. Agencies keep under 20 words,
 * but an official readout's headline lists every party ("Readout of Meeting
 * Between ... and the Presidents of A, B, C, D, E and F", 26 words); the
 * renderer wraps a title on two lines and ends it with an ellipsis, which
 * reads better than a title built from the body. A longer line is a lede
 * without its full stop more often than a headline. */
enum { HEADLINE_MAX_WORDS = 30 };

static int upper_word(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t k = 0; k < n; k++) {
        if (g_ascii_islower(s[k]))
            return 0;
        letters += g_ascii_isupper(s[k]) != 0;
    }
    return letters >= 2;
}

/* A wire service's tag before a headline, as long as it is: "(LEAD)",
 * "(2nd LD)" (a short parenthesis opening the line), "UPDATE 2-",
 * "WRAPUP 1-" (a tag in capitals, a number, a hyphen), "EXCLUSIVE-",
 * "RPT-" (capitals and a hyphen before a headline in lower case, the tag
 * not a word the article uses), "Roundup: ", "2nd lead: " (one word, or an
 * ordinal and a word, and a colon, the word no place or name of the
 * article). Applied again while one matches ("RPT-UPDATE 1-"). */
static size_t wire_prefix(const dmi_extraction_t *x, const char *s, size_t n, size_t body_from)
{
    const dmi_article_t *a = x->art;
    size_t at = 0;
    for (int round = 0; round < 4; round++) {
        const char *p = s + at;
        size_t m = n - at, k = 0;
        size_t tag = 0;
        if (m > 2 && p[0] == '(') {
            const char *close = memchr(p, ')', m < 32 ? m : 32);
            size_t words = 1;
            int caps = 0;
            for (const char *c = p + 1; close && c < close; c++) {
                words += *c == ' ';
                caps |= g_ascii_isupper(*c) != 0;
                if (!g_ascii_isalnum(*c) && *c != ' ' && *c != '-' && *c != '.')
                    close = NULL;
            }
            if (close && caps && words <= 4 && close > p + 1)
                tag = (size_t)(close - p) + 1;
        }
        if (!tag) {
            /* Capital letters (and spaces between capitalised words). */
            while (k < m && (g_ascii_isupper(p[k]) || (p[k] == ' ' && k + 1 < m && g_ascii_isupper(p[k + 1]))))
                k++;
            size_t letters_end = k;
            if (letters_end >= 2 && k < m && p[k] == ' ' && k + 1 < m && g_ascii_isdigit(p[k + 1]))
                k++;
            size_t digits = k;
            while (k < m && g_ascii_isdigit(p[k]))
                k++;
            int numbered = k > digits && letters_end >= 2;
            if (k < m && p[k] == '-' && letters_end >= 2 && (numbered || k == letters_end)) {
                int rest_lower = 0;
                for (size_t r = k + 1; r < m && !rest_lower; r++)
                    rest_lower = g_ascii_islower(p[r]) != 0;
                /* "EXCLUSIVE-": not a word of the article ("UAE-Iran talks"),
                 * and not in a headline all in capitals ("NORTH-SOUTH TALKS"). */
                int used = 0;
                for (size_t t = 0; !numbered && t < a->token_count && !used; t++)
                    used = a->tokens[t].start >= body_from && dmi_tok_len(a, t) == letters_end &&
                           memcmp(dmi_tok_text(a, t), p, letters_end) == 0;
                dmi_gaz_entry_t e[4];
                size_t ne = numbered ? 0 : dmi_gazetteer_match(x->gaz, p, letters_end, e, 4);
                if (numbered || (rest_lower && !used && ne == 0))
                    tag = k + 1;
            }
        }
        if (!tag) {
            /* "Roundup: ", "2nd lead: " */
            k = 0;
            if (k < m && g_ascii_isdigit(p[k])) {
                while (k < m && g_ascii_isalnum(p[k]))
                    k++;
                if (k < m && p[k] == ' ')
                    k++;
                else
                    k = 0;
            }
            size_t w0 = k;
            while (k < m && g_ascii_isalpha(p[k]))
                k++;
            if (k > w0 && k + 1 < m && p[k] == ':' && p[k + 1] == ' ') {
                dmi_gaz_entry_t e[MAX_ENTRIES];
                size_t ne = dmi_gazetteer_match(x->gaz, p + w0, k - w0, e, MAX_ENTRIES);
                int named = 0;
                for (size_t j = 0; j < ne && !named; j++)
                    named = dmi_entry_prominent(&e[j]) && e[j].name &&
                            g_ascii_strncasecmp(e[j].name, p + w0, k - w0) == 0 && e[j].name[k - w0] == '\0';
                /* A name the article uses ("Trump: ...") is no tag. */
                for (size_t t = 0; t < a->token_count && !named; t++)
                    named = a->tokens[t].start >= body_from && x->person_tok[t] && dmi_tok_len(a, t) == k - w0 &&
                            g_ascii_strncasecmp(dmi_tok_text(a, t), p + w0, k - w0) == 0;
                if (!named)
                    tag = k + 1;
            }
        }
        if (!tag)
            break;
        at += tag;
        while (at < n && s[at] == ' ')
            at++;
    }
    return at;
}

typedef struct {
    unsigned lower, cap, upper;
    size_t cap_token; /* a capitalised occurrence, for its spelling */
} word_use_t;

/* How the article writes each word away from the starts of sentences and
 * lines: "talks" in lower case, "Shultz" capitalised, "NATO" in capitals. */
static GHashTable *word_uses(const dmi_extraction_t *x, size_t from)
{
    const dmi_article_t *a = x->art;
    GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    for (size_t t = 0; t < a->token_count; t++) {
        if (a->tokens[t].start < from || !dmi_tok_word(a, t) ||
            (a->tokens[t].flags & (DMI_TOK_SENT_START | DMI_TOK_LINE_START | DMI_TOK_NUM)))
            continue;
        /* A dateline in capitals ("TOKYO (AP) -") says nothing of case. */
        if (t + 1 < a->token_count && (a->tokens[t].flags & DMI_TOK_UPPER) && dmi_tok_punct(a, t + 1, ',') && t > 0 &&
            (a->tokens[t - 1].flags & DMI_TOK_LINE_START))
            continue;
        char *key = g_ascii_strdown(dmi_tok_text(a, t), (gssize)dmi_tok_len(a, t));
        word_use_t *u = g_hash_table_lookup(h, key);
        if (!u) {
            u = g_new0(word_use_t, 1);
            g_hash_table_insert(h, key, u);
        } else {
            g_free(key);
        }
        unsigned f = a->tokens[t].flags;
        if (f & DMI_TOK_UPPER)
            u->upper++;
        else if (f & DMI_TOK_CAP) {
            if (!u->cap)
                u->cap_token = t;
            u->cap++;
        } else
            u->lower++;
    }
    return h;
}

/* Whether the gazetteer has a country, a region or a capital called
 * exactly w (any case): a name worth capitalising in a headline. */
static int place_of_note(const dmi_extraction_t *x, const char *w, size_t n)
{
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t ne = dmi_gazetteer_match(x->gaz, w, n, e, MAX_ENTRIES);
    for (size_t k = 0; k < ne; k++)
        if ((e[k].kind == DM_PLACE_COUNTRY || e[k].kind == DM_PLACE_REGION || e[k].is_capital) && e[k].name &&
            g_ascii_strncasecmp(e[k].name, w, n) == 0 && e[k].name[n] == '\0')
            return 1;
    return 0;
}

/* A headline written in capitals ("NORWAY AND SWEDEN HOLD FISHERIES TALKS
 * IN BERGEN") in sentence case, its names capitalised: the words of the
 * places and persons the article names in it, and every word as the body
 * writes it ("talks", "Shultz", "NATO", "U.S."); a word the body does not
 * use is a name when the gazetteer has a place of note by it, an acronym
 * when dotted or without a vowel ("NZ"), else lower case. out holds the
 * headline's bytes [h, end) of the article and keeps its length. */
static void sentence_case(const dmi_extraction_t *x, size_t h, size_t end, char *out)
{
    const dmi_article_t *a = x->art;
    size_t line_end = end;
    while (line_end < a->len && a->text[line_end] != '\n')
        line_end++;
    GHashTable *uses = word_uses(x, line_end);
    enum { SKIP, KEEP, LOWER, TITLE, BODY, NAMED = 8 };
    /* The headline's tokens (at most HEADLINE_MAX_WORDS words and their
     * punctuation) and how each is written. */
    size_t toks[3 * HEADLINE_MAX_WORDS], nt = 0;
    unsigned char kinds[3 * HEADLINE_MAX_WORDS];
    const word_use_t *uses_of[3 * HEADLINE_MAX_WORDS];
    for (size_t t = 0; t < a->token_count && a->tokens[t].start < end && nt < G_N_ELEMENTS(toks); t++) {
        if (a->tokens[t].start < h)
            continue;
        toks[nt] = t;
        kinds[nt] = SKIP;
        uses_of[nt] = NULL;
        nt++;
        if (!dmi_tok_word(a, t) || (a->tokens[t].flags & DMI_TOK_NUM))
            continue;
        const char *w = dmi_tok_text(a, t);
        size_t n = dmi_tok_len(a, t);
        int kind;
        int named = x->person_tok[t];
        for (size_t k = dmi_mention_lower(x, t > 8 ? t - 8 : 0);
             k < x->mention_count && x->mentions[k].first <= t && !named; k++) {
            if (t >= x->mentions[k].last)
                continue;
            /* A place the body names again; one read only in the headline's
             * capitals ("THIS WEEK") is no name the article confirms. */
            for (size_t j = k + 1; j < x->mention_count && !named; j++)
                named = x->mentions[j].place == x->mentions[k].place && x->mentions[j].start >= line_end;
        }
        char *key = g_ascii_strdown(w, (gssize)n);
        const word_use_t *u = g_hash_table_lookup(uses, key);
        g_free(key);
        if ((u && u->upper > u->cap && u->upper >= u->lower) || (named && (n <= 3 || memchr(w, '.', n))))
            kind = KEEP; /* "NATO"; a place's code or initials ("UK", "U.S.") */
        else if (u && u->cap > u->lower)
            kind = BODY;
        else if (named)
            kind = u && u->cap ? BODY : TITLE;
        else if (u && u->lower)
            kind = LOWER;
        else if (memchr(w, '.', n) && n <= 6)
            kind = KEEP; /* "U.S.", "U.K." */
        else {
            int vowel = 0;
            for (size_t k = 0; k < n; k++)
                vowel |= strchr("AEIOUY", g_ascii_toupper(w[k])) != NULL;
            kind = !vowel && n <= 3 ? KEEP : place_of_note(x, w, n) ? TITLE : LOWER;
        }
        kinds[nt - 1] = (unsigned char)(kind | (named ? NAMED : 0));
        uses_of[nt - 1] = u;
    }
    /* A place of note of two or three words the body never names ("SOUTH
     * SUDAN"): each word capitalised, though the body writes "south". */
    for (size_t i = 0; i < nt; i++) {
        if (kinds[i] == SKIP)
            continue;
        for (size_t words = 3; words >= 2; words--) {
            size_t j = i + words - 1, q = i;
            while (q <= j && q < nt && kinds[q] != SKIP)
                q++;
            if (q <= j)
                continue;
            size_t from = a->tokens[toks[i]].start;
            size_t to = a->tokens[toks[j]].start + dmi_tok_len(a, toks[j]);
            if (!place_of_note(x, a->text + from, to - from))
                continue;
            for (size_t q = i; q <= j; q++)
                if ((kinds[q] & ~NAMED) == LOWER)
                    kinds[q] = (unsigned char)(TITLE | (kinds[q] & NAMED));
            i = j;
            break;
        }
    }
    /* "PREMIER OFFERS", "CROWN PRINCE MEETS": a title (and the words of it
     * before) is capitalised only before a name. */
    for (size_t i = 0; i + 1 < nt; i++) {
        size_t j = i + 1;
        while (j < nt && kinds[j] == SKIP)
            j++;
        if (j >= nt || kinds[j] != LOWER || (kinds[i] & NAMED) || (kinds[i] != BODY && kinds[i] != TITLE))
            continue;
        int title = dmi_tok_in_set(a, toks[i], &dmi_person_titles) >= 0;
        for (size_t q = i + 1; title && q-- > 0 && (kinds[q] == BODY || kinds[q] == TITLE);)
            kinds[q] = LOWER;
    }
    size_t first_word = SIZE_MAX;
    for (size_t i = 0; i < nt; i++) {
        int kind = kinds[i] & ~NAMED;
        if (kind == SKIP)
            continue;
        size_t t = toks[i], n = dmi_tok_len(a, t);
        const char *w = dmi_tok_text(a, t);
        char *o = out + (a->tokens[t].start - h);
        const word_use_t *u = uses_of[i];
        if (kind == BODY && u && u->cap && dmi_tok_len(a, u->cap_token) == n)
            memcpy(o, dmi_tok_text(a, u->cap_token), n);
        else if (kind != KEEP) {
            for (size_t k = 0; k < n; k++)
                o[k] = k == 0 && kind != LOWER ? g_ascii_toupper(w[k]) : g_ascii_tolower(w[k]);
            /* The parts of "KENYA-UGANDA" as the body writes each. */
            for (size_t k = 0; k < n; k++) {
                if (w[k] != '-')
                    continue;
                size_t e = k + 1;
                while (e < n && w[e] != '-')
                    e++;
                char *pk = g_ascii_strdown(w + k + 1, (gssize)(e - k - 1));
                const word_use_t *pu = g_hash_table_lookup(uses, pk);
                g_free(pk);
                if (pu && pu->cap > pu->lower && e > k + 1)
                    o[k + 1] = g_ascii_toupper(o[k + 1]);
            }
        }
        if (first_word == SIZE_MAX)
            first_word = (size_t)(o - out);
    }
    /* Possessives: "CANADA'S" -> "Canada's". */
    for (size_t k = 1; k + 1 < end - h + 1 && out[k]; k++)
        if (out[k] == 'S' && (out[k - 1] == '\'' || (k >= 3 && (unsigned char)out[k - 1] == 0x99)) &&
            !g_ascii_isalpha(out[k + 1]))
            out[k] = 's';
    if (first_word != SIZE_MAX)
        out[first_word] = g_ascii_toupper(out[first_word]);
    g_hash_table_destroy(uses);
}

/* Old wire copy writes quotes as a typewriter did: ``double'' and `single'.
 * A title shows them as typographic quotes (U+201C/D, U+2018/9); a single
 * closing mark is the first straight apostrophe after the grave accent that
 * no letter follows ("`Liar'", not the one of "Bush's"). Rewrites s in place
 * when the result fits in size bytes. */
static void curl_grave_quotes(char *s, size_t size)
{
    if (!strchr(s, '`'))
        return;
    GString *g = g_string_sized_new(size);
    int open_single = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '`' && s[i + 1] == '`') {
            g_string_append(g, "\xe2\x80\x9c");
            i++;
        } else if (s[i] == '\'' && s[i + 1] == '\'') {
            g_string_append(g, "\xe2\x80\x9d");
            i++;
        } else if (s[i] == '`') {
            g_string_append(g, "\xe2\x80\x98");
            open_single = 1;
        } else if (s[i] == '\'' && open_single && !g_ascii_isalpha(s[i + 1])) {
            g_string_append(g, "\xe2\x80\x99");
            open_single = 0;
        } else {
            g_string_append_c(g, s[i]);
        }
    }
    if (g->len < size)
        memcpy(s, g->str, g->len + 1);
    g_string_free(g, TRUE);
}

/* The article's own headline, when its first line is one: a short line of
 * words (no closing full stop, no dateline, no byline) followed by the
 * body, naming a place, a person or an event of the story, a wire
 * service's tag taken off ("(LEAD)", "UPDATE 2-") and capitals made
 * sentence case. An editor's headline is the best map title ("India and
 * Pakistan agree to reopen Kartarpur corridor after talks in Lahore"); the
 * events' title is the fallback. *sentence is the headline's sentence. */
int dmi_article_headline(const dmi_extraction_t *x, char *out, size_t size, size_t *sentence, size_t *from)
{
    const dmi_article_t *a = x->art;
    *sentence = NONE;
    *from = 0;
    size_t line = a->headline_from;
    while (line < a->len && g_ascii_isspace(a->text[line]))
        line++;
    size_t end = line;
    while (end < a->len && a->text[end] != '\n')
        end++;
    while (end > line && g_ascii_isspace(a->text[end - 1]))
        end--;
    if (end >= a->len || end - line < 12)
        return 0;
    size_t i = line + wire_prefix(x, a->text + line, end - line, end);
    if (end - i < 12 || end - i >= size)
        return 0;
    size_t words = 0;
    for (size_t k = i; k < end; k++)
        if (!g_ascii_isspace(a->text[k]) && (k == i || g_ascii_isspace(a->text[k - 1])))
            words++;
    char last = a->text[end - 1];
    /* A capital first, or a caseless script (a Korean headline); not a
     * dateline alone on its line ("SEOUL, June 12", "WASHINGTON, D.C."):
     * a few words, ending in a number or opening with a city in capitals
     * and a comma. A longer line may end in a number ("... toll rises to
     * 12") or open with a country in capitals and a comma ("CHINA, ISRAEL
     * DISCUSS ..."). */
    int opens = g_ascii_isupper(a->text[i]) || g_ascii_isdigit(a->text[i]) || (unsigned char)a->text[i] >= 0xE0;
    int short_line = words <= 4;
    if (short_line && (g_ascii_isdigit(last) || g_ascii_isdigit(a->text[end - 2 > i ? end - 2 : i])))
        return 0;
    /* A line that ends in a date ("... 0900 GMT - May 3") is a digest's
     * or a dateline's, not a headline. */
    if (g_ascii_isdigit(last)) {
        size_t k = end;
        while (k > i && g_ascii_isdigit(a->text[k - 1]))
            k--;
        while (k > i && a->text[k - 1] == ' ')
            k--;
        size_t w = k;
        while (w > i && g_ascii_isalpha(a->text[w - 1]))
            w--;
        if (k > w && dmi_month_of(a->text + w, k - w) > 0)
            return 0;
    }
    for (size_t k = i; short_line && k < end && a->text[k] != ' '; k++)
        if (a->text[k] == ',' && k > i + 1 && g_ascii_isupper(a->text[k - 1]) && g_ascii_isupper(a->text[k - 2]))
            return 0;
    /* A closing full stop; not the one of an abbreviation that ends the
     * line ("... while its envoy flies to the U.K."). */
    if (last == '.') {
        size_t w = end - 1;
        while (w > i && !g_ascii_isspace(a->text[w - 1]))
            w--;
        if (memchr(a->text + w, '.', end - 1 - w) && end - 1 - w <= 5)
            last = 'A';
    }
    if (words < 2 || words > HEADLINE_MAX_WORDS || last == '.' || last == ',' || last == ':' || last == '-' || !opens ||
        g_strstr_len(a->text + i, (gssize)(end - i), " -- ") ||
        g_strstr_len(a->text + i, (gssize)(end - i), "(Reuters)") ||
        g_strstr_len(a->text + i, (gssize)(end - i), "(AP)") || g_ascii_strncasecmp(a->text + i, "by ", 3) == 0)
        return 0;
    /* A sentence's full stop inside the line ("... on paper. Under the
     * hood ..."): the first line is prose broken by the text's wrapping,
     * not a headline. An abbreviation's stop ("U.S.", "Dr.", "St.") is no
     * sentence's end: the word before it has three letters or more, all
     * in lower case, and a capital follows. */
    for (size_t k = i + 3; k + 2 < end; k++) {
        if (a->text[k] != '.' || a->text[k + 1] != ' ' || !g_ascii_isupper(a->text[k + 2]))
            continue;
        size_t w = k;
        while (w > i && g_ascii_islower(a->text[w - 1]))
            w--;
        if (k - w >= 3 && (w == i || !g_ascii_isalpha(a->text[w - 1])))
            return 0;
    }
    int names = 0;
    for (size_t m = 0; m < x->mention_count && !names; m++)
        if (x->mentions[m].start >= i && x->mentions[m].end <= end && x->places[x->mentions[m].place].mention_count > 0)
            names = 1;
    size_t first_tok = NONE;
    for (size_t t = 0; t < a->token_count && a->tokens[t].start < end; t++) {
        if (a->tokens[t].start < i)
            continue;
        if (first_tok == NONE)
            first_tok = t;
        names |= x->person_tok[t] || dmi_event_word_type(a, t) >= 0;
    }
    /* A line of five words or more is a headline even when it names
     * nothing the extractor knows ("U.N. Command says ..."); a shorter one
     * must name something of the story (not a kicker such as "World news"). */
    if ((!names && words < 5) || first_tok == NONE)
        return 0;
    memcpy(out, a->text + i, end - i);
    out[end - i] = '\0';
    if (upper_word(out, end - i))
        sentence_case(x, i, end, out);
    curl_grave_quotes(out, size);
    size_t si = a->tokens[first_tok].sentence;
    if (a->sentences[si].start >= line && a->sentences[si].start < end)
        *sentence = si;
    *from = i;
    return 1;
}

static const struct {
    const char *past, *sg, *pl;
} headline_verbs[] = {{"met", "meets", "meet"},
                      {"meet", "meets", "meet"},
                      {"held", "holds", "hold"},
                      {"hold", "holds", "hold"},
                      {"signed", "signs", "sign"},
                      {"sign", "signs", "sign"},
                      {"agreed", "agrees", "agree"},
                      {"visited", "visits", "visit"},
                      {"visit", "visits", "visit"},
                      {"flew", "flies", "fly"},
                      {"travelled", "travels", "travel"},
                      {"traveled", "travels", "travel"},
                      {"travel", "travels", "travel"},
                      {"arrived", "arrives", "arrive"},
                      {"phoned", "phones", "phone"},
                      {"called", "calls", "call"},
                      {"proposed", "proposes", "propose"},
                      {"proposes", "proposes", "propose"},
                      {"blew", "blows", "blow"},
                      {"demolished", "demolishes", "demolish"},
                      {"launched", "launches", "launch"},
                      {"suspended", "suspends", "suspend"},
                      {"hosted", "hosts", "host"},
                      {"attacked", "attacks", "attack"},
                      {"seized", "seizes", "seize"},
                      {"reached", "reaches", "reach"},
                      {"concluded", "concludes", "conclude"},
                      {"sent", "sends", "send"},
                      {"opened", "opens", "open"},
                      {"resumed", "resumes", "resume"},
                      {"shelled", "shells", "shell"},
                      {"mediated", "mediates", "mediate"},
                      {"hit", "hits", "hit"}};

static int headline_verb(const dmi_article_t *a, size_t t)
{
    for (size_t i = 0; i < G_N_ELEMENTS(headline_verbs); i++)
        if (dmi_tok_eq(a, t, headline_verbs[i].past))
            return (int)i;
    return -1;
}

static int skip_word(const dmi_article_t *a, size_t t)
{
    static const char *const w[] = {"a",     "an",    "the",    "its",      "their", "his",     "her",      "new",
                                    "joint", "first", "second", "regional", "fresh", "further", "historic", NULL};
    return dmi_tok_in(a, t, w) >= 0;
}

static int is_preposition(const dmi_article_t *a, size_t t);

/* Append the words [first, last) of the article, at most max of the last
 * ones, determiners and a few empty adjectives left out. */
static void append_words(GString *g, const dmi_article_t *a, size_t first, size_t last, size_t max)
{
    size_t idx[8], n = 0;
    for (size_t t = first; t < last; t++) {
        if (!(a->tokens[t].flags & DMI_TOK_WORD) || skip_word(a, t))
            continue;
        if (n == G_N_ELEMENTS(idx)) {
            memmove(idx, idx + 1, (n - 1) * sizeof *idx);
            n--;
        }
        idx[n++] = t;
    }
    size_t from = n > max ? n - max : 0;
    /* "a first round of indirect talks" -> "indirect talks", not "of ...". */
    while (from + 1 < n && is_preposition(a, idx[from]))
        from++;
    for (size_t i = from; i < n; i++)
        g_string_append_printf(g, " %.*s", (int)dmi_tok_len(a, idx[i]), dmi_tok_text(a, idx[i]));
}

static int is_preposition(const dmi_article_t *a, size_t t)
{
    static const char *const w[] = {"in", "at",    "with",   "to",    "on",     "for", "from", "near",  "of",
                                    "by", "after", "before", "since", "during", "and", "that", "which", NULL};
    return dmi_tok_in(a, t, w) >= 0;
}

/* The end of a headline's subject that starts at s0: the first
 * punctuation (a possessive's apostrophe aside), verb, auxiliary or "who"
 * before the verb v. */
static size_t subject_end(const dmi_article_t *a, const dmi_sentence_t *sn, size_t s0, size_t v)
{
    static const char *const stops[] = {"had", "has", "have", "will", "would", "was", "were", "is", "are", "who", NULL};
    size_t s1 = s0;
    while (s1 < v && s1 < sn->last && !(a->tokens[s1].flags & DMI_TOK_PUNCT && !(a->tokens[s1].flags & DMI_TOK_POSS)) &&
           headline_verb(a, s1) < 0 && !dmi_is_speech_verb(a, s1) && dmi_tok_in(a, s1, stops) < 0)
        s1++;
    return s1;
}

/* A headline from the main event: subject, verb in the present (or "to"
 * + verb when planned), object, venue. "Seoul proposes liaison channel at
 * Panmunjom", "Pacific Islands Forum leaders agree ocean security pact in
 * Nuku'alofa". Writes "" when the sentence does not give one. */
/* The name of the story's place for the country with that code, or NULL
 * when the text does not name the country itself; with mentioned, only a
 * place with mentions of its own (headline() and label_title() share it). */
static const char *country_place_name(const dmi_extraction_t *x, const char *code, int mentioned)
{
    for (size_t i = 0; i < x->place_count; i++)
        if (x->places[i].kind == DM_PLACE_COUNTRY && strcmp(x->places[i].country, code) == 0 &&
            (!mentioned || x->places[i].mention_count > 0))
            return x->places[i].name;
    return NULL;
}

static void headline(const dmi_extraction_t *x, const dmi_xevent_t *e, char *out, size_t size)
{
    out[0] = '\0';
    const dmi_article_t *a = x->art;
    if (!e->word || e->sentence_count == 0 || e->trigger >= a->token_count)
        return;
    const dmi_sentence_t *sn = &a->sentences[e->sentences[0]];
    size_t trig = e->trigger;
    if (trig < sn->first || trig >= sn->last)
        return;
    /* The verb: the trigger, or the verb before a trigger noun ("held
     * talks", "signed a peace agreement", "agreed a ... pact"). */
    size_t v = SIZE_MAX;
    int vi = headline_verb(a, trig);
    if (vi >= 0) {
        v = trig;
    } else {
        for (size_t u = trig, n = 0; u > sn->first && n < 6; n++) {
            u--;
            if (dmi_tok_punct_any(a, u))
                break;
            if ((vi = headline_verb(a, u)) >= 0) {
                v = u;
                break;
            }
        }
    }
    if (v == SIZE_MAX)
        return;
    /* "An accord would be signed between A and B": a passive verb's
     * subject is what was done, not who did it; the label says it. */
    static const char *const be_forms[] = {"be", "been", "being", "was", "were", "is", "are", NULL};
    if (v > sn->first && dmi_tok_in(a, v - 1, be_forms) >= 0)
        return;
    /* The subject: the sentence's opening words up to its first verb
     * (after a dateline "SEOUL, July 3 --"), when short and named. */
    size_t s0 = sn->first;
    for (size_t t = sn->first; t < sn->last && t < sn->first + 14; t++) {
        const char *c = dmi_tok_text(a, t);
        if ((a->tokens[t].flags & DMI_TOK_PUNCT) && (c[0] == '-' || (unsigned char)c[0] == 0xE2)) {
            s0 = t + 1;
            while (s0 < sn->last && (a->tokens[s0].flags & DMI_TOK_PUNCT))
                s0++;
            break;
        }
    }
    if (s0 < sn->last && dmi_tok_is(a, s0, "the"))
        s0++;
    size_t s1 = subject_end(a, sn, s0, v);
    /* Opening words that end in a comma and begin with a word that opens
     * sentences as an ordinary word ("In Lisbon,", "Earlier on Thursday,",
     * "Meanwhile,") set the scene: the subject follows the comma. */
    if (s1 > s0 && s1 < v && dmi_tok_is(a, s1, ",") && dmi_tok_in_set_cs(a, s0, &dmi_sentence_words)) {
        s0 = s1 + 1;
        if (s0 < sn->last && dmi_tok_is(a, s0, "the"))
            s0++;
        s1 = subject_end(a, sn, s0, v);
    }
    /* "TV reported that Ana had phoned ...": the one who reports is not the
     * one who acts; the subject is the that-clause's. */
    int reported = 0;
    if (s1 > s0 && s1 < v && dmi_is_speech_verb(a, s1)) {
        for (size_t t = s1 + 1; t < v && t <= s1 + 3; t++)
            if (dmi_tok_is(a, t, "that")) {
                reported = 1;
                s0 = t + 1;
                if (s0 < sn->last && dmi_tok_is(a, s0, "the"))
                    s0++;
                s1 = subject_end(a, sn, s0, v);
                break;
            }
    }
    GString *g = g_string_new(NULL);
    int plural = 0;
    int subject_ok = s1 > s0 && s1 - s0 <= 5 && (a->tokens[s0].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
                     !(a->tokens[s0].flags & DMI_TOK_NUM);
    static const char *const pronouns[] = {"it", "he", "she", "they", "we", "i", "you", NULL};
    if (subject_ok && dmi_tok_in(a, s0, pronouns) >= 0)
        subject_ok = 0;
    /* "During a visit to C the envoy met ...": a preposition opens no
     * subject, and none ends one ("for the frigate to travel"). */
    if (subject_ok && ((is_preposition(a, s0) && !dmi_tok_is(a, s0, "and") && !dmi_tok_is(a, s0, "that") &&
                        !dmi_tok_is(a, s0, "which")) ||
                       is_preposition(a, s1 - 1)))
        subject_ok = 0;
    /* A report whose actor is no name ("reported that eleven residents had
     * travelled") gives no headline: neither the reporter nor a country acted. */
    if (reported && !subject_ok) {
        g_string_free(g, TRUE);
        return;
    }
    /* A communication or a trip is told from its sender's place, when that
     * is not the place it goes to (a trip to a town told twice). */
    int from_sender = (dmi_is_communication(e->type) || e->type == DM_EVENT_VISIT) && e->place_count >= 2 &&
                      strcmp(x->places[e->places[0]].name, x->places[e->places[e->place_count - 1]].name) != 0;
    if (from_sender)
        subject_ok = 0;
    if (subject_ok) {
        for (size_t t = s0; t < s1; t++) {
            if (a->tokens[t].flags & DMI_TOK_POSS) {
                g_string_append_printf(g, "%.*s", (int)dmi_tok_len(a, t), dmi_tok_text(a, t));
                continue;
            }
            g_string_append_printf(g, "%s%.*s", g->len ? " " : "", (int)dmi_tok_len(a, t), dmi_tok_text(a, t));
            if (dmi_tok_is(a, t, "and"))
                plural = 1;
        }
        /* The subject's head noun: its last word before a preposition
         * ("Officials in Tallinn" is plural by "Officials"). */
        size_t head = s1 - 1;
        for (size_t t = s0 + 1; t < s1; t++)
            if (is_preposition(a, t) && !dmi_tok_is(a, t, "and")) {
                head = t - 1;
                break;
            }
        const char *lw = dmi_tok_text(a, head);
        size_t ll = dmi_tok_len(a, head);
        /* A plural noun, or one capitalised only because it opens the
         * sentence ("Delegates meet"; not "Brussels", a place, or a name). */
        dmi_gaz_entry_t ge[1];
        if (ll > 2 && lw[ll - 1] == 's' && lw[ll - 2] != 's' &&
            (!(a->tokens[head].flags & DMI_TOK_CAP) ||
             (head == s0 && !x->person_tok[s0] && dmi_gazetteer_match(x->gaz, lw, ll, ge, 1) == 0)))
            plural = 1;
    } else if (from_sender) {
        g_string_append(g, x->places[e->places[0]].name);
    } else {
        size_t n = 0;
        for (size_t i = 0; i < e->participant_count && n < 2; i++) {
            const char *name = country_place_name(x, e->participants[i], 1);
            if (name) {
                g_string_append_printf(g, "%s%s", n ? " and " : "", name);
                n++;
            }
        }
        plural = n > 1;
        if (n == 0) {
            g_string_free(g, TRUE);
            return;
        }
    }
    if (e->status == DM_EVENT_PLANNED)
        g_string_append_printf(g, " to %s", headline_verbs[vi].pl);
    else
        g_string_append_printf(g, " %s", plural ? headline_verbs[vi].pl : headline_verbs[vi].sg);
    size_t after = v + 1;
    if (after < sn->last && (dmi_tok_is(a, after, "up") || dmi_tok_is(a, after, "off"))) {
        g_string_append_printf(g, " %.*s", (int)dmi_tok_len(a, after), dmi_tok_text(a, after));
        after++;
    }
    /* The object: the trigger noun with its modifiers, or the words after a
     * verb up to a preposition ("reopening a joint liaison channel with"). */
    size_t venue = e->place_count == 0                                            ? SIZE_MAX
                   : (dmi_is_communication(e->type) || e->type == DM_EVENT_VISIT) ? e->places[e->place_count - 1]
                                                                                  : e->places[0];
    int object_is_venue = 0, object_words = 0;
    if (v != trig) {
        append_words(g, a, v + 1, trig + 1, 3);
    } else {
        size_t o = after;
        while (o < sn->last && (a->tokens[o].flags & DMI_TOK_WORD) && dmi_tok_len(a, o) > 4 &&
               g_ascii_strncasecmp(dmi_tok_text(a, o) + dmi_tok_len(a, o) - 3, "ing", 3) == 0)
            o++;
        size_t oe = o;
        while (oe < sn->last && oe < o + 6 && (a->tokens[oe].flags & DMI_TOK_WORD) && !is_preposition(a, oe))
            oe++;
        /* The object is the venue itself: "visited Panama City". */
        for (size_t k = 0; k < x->mention_count; k++)
            if (x->mentions[k].place == venue && x->mentions[k].first >= o && x->mentions[k].first < oe)
                object_is_venue = 1;
        if (object_is_venue)
            g_string_append_printf(g, " %s", x->places[venue].name);
        else if (oe > o && !dmi_tok_is(a, o, "to")) {
            append_words(g, a, o, oe, 3);
            object_words = 1;
        }
    }
    /* A subject that names the venue ("Officials in Tallinn meet ...")
     * has said where: the title does not say it twice. */
    int subject_has_venue = 0;
    for (size_t k = 0; subject_ok && venue != SIZE_MAX && k < x->mention_count; k++)
        if (x->mentions[k].place == venue && x->mentions[k].first >= s0 && x->mentions[k].first < s1)
            subject_has_venue = 1;
    if (venue != SIZE_MAX && !object_is_venue && !subject_has_venue) {
        const dmi_xplace_t *p = &x->places[venue];
        const char *prep = p->kind == DM_PLACE_SITE ? "at" : p->kind == DM_PLACE_LINE ? "along" : "in";
        if (e->type == DM_EVENT_VISIT)
            /* "visits Lima", "visits a factory in Lima", "travels to Lima" */
            prep = vi < 0 || !g_str_has_prefix(headline_verbs[vi].pl, "visit") ? "to" : object_words ? "in" : "";
        g_string_append_printf(g, " %s%s%s", prep, prep[0] ? " " : "", p->name);
    }
    if (e->status == DM_EVENT_CANCELLED || e->status == DM_EVENT_REFUSED || e->status == DM_EVENT_FAILED) {
        g_string_free(g, TRUE);
        return; /* the label says it better ("Meeting in Budapest cancelled") */
    }
    if (g->len < size && g->len <= 90)
        g_strlcpy(out, g->str, size);
    g_string_free(g, TRUE);
}

/* A label that says no more than the event's kind ("Statement", "Meeting")
 * captions nothing: the title names who spoke or met (full names, as the
 * text writes them: a surname alone would misorder "Park Geun-hye"), else
 * the two countries, else where. Broadcasts name no one: the person beside
 * them is who ordered or stopped them, not who spoke. A label with more
 * words ("Letter from Libya", "Talks in Doha") stands as it is. */
static void label_title(const dmi_extraction_t *x, const dmi_xevent_t *e, char *out, size_t size)
{
    g_strlcpy(out, e->label, size);
    if (strchr(e->label, ' '))
        return;
    char p1[96] = "", p2[96] = "";
    if (e->type != DM_EVENT_BROADCAST && e->person_count > 0 &&
        !dmi_person_name(x, e->persons[0], p1, sizeof p1))
        p1[0] = '\0';
    if (p1[0] && e->person_count > 1 && !dmi_person_name(x, e->persons[1], p2, sizeof p2))
        p2[0] = '\0';
    int says = e->type == DM_EVENT_STATEMENT || e->type == DM_EVENT_LETTER || e->type == DM_EVENT_CALL ||
               e->type == DM_EVENT_VISIT;
    const char *c1 = e->participant_count > 1 ? country_place_name(x, e->participants[0], 0) : NULL;
    const char *c2 = c1 ? country_place_name(x, e->participants[1], 0) : NULL;
    if (p1[0] && says)
        g_snprintf(out, size, "%s by %s", e->label, p1);
    else if (p1[0] && p2[0])
        g_snprintf(out, size, "%s of %s and %s", e->label, p1, p2);
    else if (c1 && c2 && strcmp(c1, c2) != 0)
        g_snprintf(out, size, "%s between %s and %s", e->label, c1, c2);
    else if (p1[0])
        g_snprintf(out, size, "%s with %s", e->label, p1);
    else if (e->place_count > 0)
        g_snprintf(out, size, "%s in %s", e->label, x->places[e->places[0]].name);
}

void dmi_events_title(const dmi_extraction_t *x, const dmi_xevent_t *events, size_t count, char *out, size_t size)
{
    out[0] = '\0';
    /* The weightiest event the map draws: an event placed nowhere has no
     * mark, and a title naming it ("Meeting") would caption a map of
     * something else. */
    const dmi_xevent_t *best = NULL;
    for (size_t i = 0; i < count; i++)
        if (!best || (events[i].place_count > 0 && best->place_count == 0) ||
            ((events[i].place_count > 0) == (best->place_count > 0) && events[i].weight > best->weight))
            best = &events[i];
    if (!best)
        return;
    const dmi_article_t *a = x->art;
    const char *status = best->status == DM_EVENT_REFUSED     ? "refused"
                         : best->status == DM_EVENT_SUSPENDED ? "suspended"
                         : best->status == DM_EVENT_CANCELLED ? "cancelled"
                         : best->status == DM_EVENT_FAILED    ? "fails"
                         : best->status == DM_EVENT_DELIVERED ? "delivered"
                                                              : NULL;
    if (best->type == DM_EVENT_LETTER && !(best->word && g_ascii_strncasecmp(best->word, "propos", 6) == 0)) {
        /* "<Sender>'s letter to <Recipient> refused at <place>" */
        const char *from = NULL, *to = NULL;
        for (size_t k = 0; k < best->sentence_count && (!from || !to); k++) {
            const dmi_sentence_t *sn = &a->sentences[best->sentences[k]];
            for (size_t t = sn->first; t + 1 < sn->last; t++) {
                if (!x->person_tok[t + 1])
                    continue;
                for (size_t i = 0; i < x->people_count; i++) {
                    if (!dmi_tok_eq(a, t + 1, x->people[i].surname))
                        continue;
                    if (!from && (dmi_tok_is(a, t, "from") || dmi_tok_is(a, t, "by")))
                        from = x->people[i].surname;
                    else if (!to && dmi_tok_is(a, t, "to"))
                        to = x->people[i].surname;
                }
            }
        }
        const char *where = best->place_count > 1 ? x->places[best->places[1]].name : NULL;
        /* A long official name reads badly in a title: the article's own
         * words for the place in the event's last sentence ("UN mission"). */
        char words[64] = "";
        if (where && strlen(where) > 24) {
            size_t last_sentence = best->sentences[best->sentence_count - 1];
            for (size_t k = 0; k < x->mention_count; k++) {
                const dmi_mention_t *m = &x->mentions[k];
                if (m->place == best->places[1] && m->end - m->start < sizeof words &&
                    (m->sentence == last_sentence || !words[0]))
                    g_snprintf(words, sizeof words, "%.*s", (int)(m->end - m->start), a->text + m->start);
            }
            if (words[0])
                where = words;
        }
        if (!from && !to && !where) {
            label_title(x, best, out, size);
            return;
        }
        GString *s = g_string_new(NULL);
        if (from)
            g_string_append_printf(s, "%s's letter", from);
        else
            g_string_append(s, "Letter");
        if (to)
            g_string_append_printf(s, " to %s", to);
        if (status)
            g_string_append_printf(s, " %s", status);
        if (where)
            g_string_append_printf(s, " %s %s", status ? "at" : "to", where);
        g_strlcpy(out, s->str, size);
        g_string_free(s, TRUE);
        return;
    }
    /* A call between two named people: "Sheinbaum and Trump speak by phone". */
    if (best->type == DM_EVENT_CALL && best->sentence_count) {
        const dmi_sentence_t *sn = &a->sentences[best->sentences[0]];
        const char *p1 = NULL, *p2 = NULL;
        for (size_t i = 0; i < x->people_count; i++) {
            if (x->people[i].first < sn->first || x->people[i].first >= sn->last)
                continue;
            if (!p1)
                p1 = x->people[i].surname;
            else if (!p2 && strcmp(p1, x->people[i].surname) != 0)
                p2 = x->people[i].surname;
        }
        if (p1 && p2) {
            g_snprintf(out, size, "%s and %s speak by phone", p1, p2);
            return;
        }
    }
    headline(x, best, out, size);
    if (!out[0])
        label_title(x, best, out, size);
}
