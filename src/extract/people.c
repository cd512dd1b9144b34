/* Extraction, phase 1: people. Titles ("President X", "leader Kim"), given
 * names, appositives (", a senior aide,") and speech verbs ("X Y said") mark
 * the tokens of persons' names, and a surname alone is the person named in
 * full elsewhere, so that no later phase reads "Lee" or "Victoria" of a
 * person as a place. The country a person speaks for comes from the words
 * around a mention of the name (person_country_evidence), never from a list
 * of known people.
 *
 * Takes: the article's tokens and the gazetteer (to tell "Beverly Hills"
 * from a woman called Beverly). Gives: x->people (surname, full name, the
 * country a person speaks for) and x->person_tok; dmi_person_* answer who is
 * named at a token. Never: adds places or mentions, reads events. */
#include "extract-private.h"
#include "context-private.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

static size_t person_direct(const dmi_extraction_t *x, size_t t);
static int country_office_after(const dmi_extraction_t *x, size_t comma);

/* Token t writes surname: as it is, or a surname that opens with a glued
 * particle capitalised at a sentence's start or as news often writes it
 * alone ("Al-Haddad met ..." after "Karim al-Haddad"). */
static int surname_at(const dmi_article_t *a, size_t t, const char *surname)
{
    if (dmi_tok_eq(a, t, surname))
        return 1;
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    return n > 1 && g_ascii_islower(surname[0]) && strlen(surname) == n && memchr(surname, '-', n) &&
           s[0] == g_ascii_toupper(surname[0]) && memcmp(s + 1, surname + 1, n - 1) == 0;
}

static int add_person(dmi_extraction_t *x, size_t first, size_t last, const char *country)
{
    dmi_article_t *a = x->art;
    size_t sur = last - 1;
    while (sur > first && (a->tokens[sur].flags & DMI_TOK_POSS))
        sur--;
    size_t n = dmi_tok_len(a, sur);
    if (n >= sizeof x->people[0].surname)
        return 0;
    for (size_t i = 0; i < x->people_count; i++) {
        dmi_person_t *p = &x->people[i];
        if (strlen(p->surname) == n && memcmp(p->surname, dmi_tok_text(a, sur), n) == 0) {
            if (!p->country[0] && country && *country)
                g_strlcpy(p->country, country, sizeof p->country);
            /* "Trump" first (a headline), "Donald Trump" later: the longer
             * mention is the full name. */
            if (sur + 1 - first > p->full_last - p->full_first) {
                p->full_first = first;
                p->full_last = sur + 1;
            }
            return 0;
        }
    }
    if (dmi_grow((void **)&x->people, &x->people_cap, x->people_count + 1, sizeof *x->people) != 0)
        return -1;
    dmi_person_t *p = &x->people[x->people_count++];
    memset(p, 0, sizeof *p);
    p->first = first;
    p->last = last;
    p->full_first = first;
    p->full_last = sur + 1;
    memcpy(p->surname, dmi_tok_text(a, sur), n);
    p->surname[n] = '\0';
    if (country)
        g_strlcpy(p->country, country, sizeof p->country);
    return 0;
}

/* The country a text names as an adjective or noun ("US", "North Korean",
 * "Russia"), by gazetteer lookup, into out; 0 when none. */
static int country_of_text(const dmi_extraction_t *x, const char *text, size_t len, char out[3])
{
    dmi_gaz_entry_t g[4];
    size_t n = dmi_gazetteer_match(x->gaz, text, len, g, 4);
    for (size_t k = 0; k < n; k++)
        if (g[k].kind == DM_PLACE_COUNTRY && g[k].country[0]) {
            memcpy(out, g[k].country, 3);
            return 1;
        }
    return 0;
}

int dmi_country_named(const dmi_extraction_t *x, size_t s, size_t e, char out[3])
{
    const dmi_article_t *a = x->art;
    return country_of_text(x, a->text + a->tokens[s].start, a->tokens[e - 1].end - a->tokens[s].start, out);
}

int dmi_country_of_word(const dmi_extraction_t *x, size_t t, char out[3])
{
    /* "Turkish-Cypriot" is one word whose last part names the country. */
    if (dmi_country_named(x, t, t + 1, out))
        return 1;
    const dmi_article_t *a = x->art;
    const char *w = a->text + a->tokens[t].start, *end = a->text + a->tokens[t].end;
    const char *last = NULL;
    for (const char *c = w; c < end; c++)
        if (*c == '-')
            last = c + 1;
    return last && last < end && country_of_text(x, last, (size_t)(end - last), out);
}

/* The country a token sequence ending before t names as an adjective or
 * noun ("US", "North Korean", "Russia's"), by gazetteer lookup; "" when
 * none. */
static void country_before(dmi_extraction_t *x, size_t t, char out[3])
{
    dmi_article_t *a = x->art;
    out[0] = '\0';
    size_t end = t;
    if (end > 0 && (a->tokens[end - 1].flags & DMI_TOK_POSS))
        end--;  /* "Russia's President" */
    /* Look back over at most three words for a country or demonym, the
     * longest that names one: "North Korean", not its "Korean". */
    for (size_t back = 1; back <= 3 && back <= end; back++) {
        size_t s = end - back;
        if (!dmi_tok_same_sentence(a, s, t) || !dmi_tok_cap(a, s))
            break;
        char longer[3];
        if (dmi_country_named(x, s, end, longer))
            memcpy(out, longer, 3);
    }
}

/* A lower-case or capitalised word of office ("leader", "President",
 * "foreign minister" ends in one). */
static int office_word(const dmi_article_t *a, size_t t)
{
    return dmi_is_person_title(a, t) || dmi_tok_in_set_cs(a, t, &dmi_role_nouns);
}

/* The country a person named at tokens [first, last) speaks for, from the
 * words around the name (issue 14: general evidence, no list of known
 * people): a title with a country before it ("US President Donald Trump",
 * "Chinese Foreign Minister Wang Yi", "Russia's President"; title_at is
 * where the title starts, first when there is none), the same before a
 * comma ("the North Korean leader, Kim Jong-un"), after one ("Sergei
 * Lavrov, Russia's foreign minister,", "Kim, the North Korean leader"),
 * or "of" and a country after the name ("King Fahd of Saudi Arabia"). */
static void person_country_evidence(dmi_extraction_t *x, size_t title_at, size_t first, size_t last, char cc[3])
{
    const dmi_article_t *a = x->art;
    size_t n = a->token_count;
    country_before(x, title_at, cc);
    if (cc[0])
        return;
    /* A country inside the title's words: "US Secretary of State Marco
     * Rubio", "Australian Prime Minister", "Russia's Foreign Minister". */
    for (size_t u = title_at, seen = 0; u > 0 && seen < 6; seen++) {
        u--;
        if (!dmi_tok_same_sentence(a, u, title_at))
            break;
        if (a->tokens[u].flags & DMI_TOK_POSS)
            continue;
        if (!dmi_tok_cap(a, u) && !dmi_tok_is(a, u, "of") && !dmi_tok_is(a, u, "for"))
            break;
        if (dmi_tok_cap(a, u) && (dmi_country_named(x, u, u + 1, cc) ||
                                  (u + 2 <= title_at && dmi_tok_cap(a, u + 1) && dmi_country_named(x, u, u + 2, cc))))
            return;
        cc[0] = '\0';
    }
    if (first >= 2 && dmi_tok_punct(a, first - 1, ',') && office_word(a, first - 2)) {
        size_t u = first - 2;
        while (u > 0 && dmi_tok_same_sentence(a, u - 1, u) && dmi_tok_word(a, u - 1) && office_word(a, u - 1))
            u--;
        /* "the foreign minister": a lower-case word of office before the
         * title words ("foreign") is part of it. */
        while (u > 0 && dmi_tok_same_sentence(a, u - 1, u) && dmi_tok_word(a, u - 1) &&
               !(a->tokens[u - 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) && !dmi_tok_is(a, u - 1, "the") &&
               !dmi_tok_is(a, u - 1, "a") && u + 3 > first - 2)
            u--;
        country_before(x, u, cc);
        if (cc[0])
            return;
    }
    size_t u = last;
    if (u < n && (a->tokens[u].flags & DMI_TOK_POSS))
        return;
    if (u + 1 < n && dmi_tok_punct(a, u, ',')) {
        u++;
        while (u < n && (dmi_tok_is(a, u, "the") || dmi_tok_is(a, u, "a") || dmi_tok_is(a, u, "an") ||
                         dmi_tok_is(a, u, "former") || dmi_tok_is(a, u, "then")))
            u++;
        for (size_t len = 1; len <= 3 && u + len < n && dmi_tok_same_sentence(a, u, u + len); len++) {
            if (!dmi_tok_cap(a, u + len - 1))
                break;
            size_t after = u + len;
            if (after < n && (a->tokens[after].flags & DMI_TOK_POSS))
                after++;
            /* a word of office within two words: "Russia's foreign minister" */
            int office = 0;
            for (size_t v = after; v < after + 3 && v < n && dmi_tok_word(a, v) && !office; v++)
                office = office_word(a, v);
            if (office && dmi_country_named(x, u, u + len, cc))
                return;
        }
        cc[0] = '\0';
        return;
    }
    if (u + 1 < n && dmi_tok_is(a, u, "of") && dmi_tok_same_sentence(a, u, u + 1))
        for (size_t len = 1; len <= 3 && u + len < n && dmi_tok_same_sentence(a, u, u + len); len++) {
            if (!dmi_tok_cap(a, u + len))
                break;
            if (dmi_country_named(x, u + 1, u + 1 + len, cc) && !(u + 1 + len < n && dmi_tok_cap(a, u + 1 + len)))
                return;
            cc[0] = '\0';
        }
}

/* Tokens [first, last) name a town of some size or a larger place:
 * "Beverly Hills" is not a woman called Beverly. */
static int town_named(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    if (last > a->token_count)
        return 0;
    dmi_gaz_entry_t e[4];
    size_t n = dmi_gazetteer_match(x->gaz, a->text + a->tokens[first].start,
                                   a->tokens[last - 1].end - a->tokens[first].start, e, 4);
    for (size_t k = 0; k < n; k++)
        if (e[k].kind != DM_PLACE_CITY || e[k].population >= 10000)
            return 1;
    return 0;
}

/* Token t continues a capitalised name ("Second Thomas Shoal", "New York
 * City"): a given name there does not start a person's name. */
static int inside_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!dmi_tok_prev_word(a, t) || !dmi_tok_cap(a, t - 1) || (a->tokens[t].flags & DMI_TOK_SENT_START) ||
        dmi_is_person_title(a, t - 1))
        return 0;
    /* A place's name goes on here ("Second Thomas", "New York"); not
     * "Reporter Christina". */
    size_t start = a->tokens[t - 1].start;
    return dmi_gazetteer_has_prefix(x->gaz, a->text + start, a->tokens[t].end - start);
}

/* "Even Russia abstained", "Will Japan agree?", "May Britain join?": a
 * word that opens sentences as an ordinary word (rules/sentence_words.txt),
 * also a given name, before a place of note (a country, a capital, a city
 * of a million: dmi_entry_prominent) named in up to three capitalised
 * words, is that word, not a person's given name; "Will Smith" stays a
 * person (no place), and so does a given name that is no sentence word. */
static int sentence_word_before_place(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!(a->tokens[t].flags & DMI_TOK_SENT_START) || !dmi_tok_in_set_cs(a, t, &dmi_sentence_words))
        return 0;
    for (size_t last = t + 2; last <= t + 4 && last <= a->token_count; last++) {
        if (!dmi_tok_cap(a, last - 1) || !dmi_tok_same_sentence(a, t, last - 1))
            break;
        dmi_gaz_entry_t e[MAX_ENTRIES];
        size_t n = dmi_gazetteer_match(x->gaz, a->text + a->tokens[t + 1].start,
                                       a->tokens[last - 1].end - a->tokens[t + 1].start, e, MAX_ENTRIES);
        for (size_t k = 0; k < n; k++)
            if (dmi_entry_prominent(&e[k]))
                return 1;
    }
    return 0;
}

/* A given name from the long list that starts a name here: not inside a
 * longer capitalised name ("New York City", "Holy See") and not itself a
 * place of note ("Florida", "Iceland", "Washington"). */
static int common_first_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!dmi_first_name_listed(dmi_tok_text(a, t), dmi_tok_len(a, t)))
        return 0;
    if (inside_name(x, t))
        return 0;
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t n = dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t), dmi_tok_len(a, t), e, MAX_ENTRIES);
    for (size_t k = 0; k < n; k++)
        if (dmi_entry_prominent(&e[k]))
            return 0;
    return 1;
}

/* Token t alone has a reading that is a place of note (dmi_entry_prominent). */
static int tok_place_of_note(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t n = dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t), dmi_tok_len(a, t), e, MAX_ENTRIES);
    for (size_t k = 0; k < n; k++)
        if (dmi_entry_prominent(&e[k]))
            return 1;
    return 0;
}

/* What token t alone reads as in the gazetteer: 1 some town or site, 2 a
 * country or a demonym ("Nazi Germany", "Greek Cypriot" are no names of
 * people), 0 nothing. */
static int tok_reading(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t n = dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t), dmi_tok_len(a, t), e, MAX_ENTRIES);
    int r = 0;
    for (size_t k = 0; k < n; k++) {
        if (e[k].kind == DM_PLACE_COUNTRY || e[k].is_demonym)
            return 2;
        r = 1;
    }
    return r;
}

/* Token t alone is a country's name, not its demonym ("Germany", not
 * "American": "North American" opens a trade pact's name). */
static int tok_country_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t n = dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t), dmi_tok_len(a, t), e, MAX_ENTRIES);
    for (size_t k = 0; k < n; k++)
        if (e[k].is_demonym)
            return 0;
    for (size_t k = 0; k < n; k++)
        if (e[k].kind == DM_PLACE_COUNTRY)
            return 1;
    return 0;
}

/* Token t is a word of a name of two or three words that is a place
 * ("Costa Rica", "Sri Lanka", "New York"): the word there is no surname. */
static int in_place_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    for (size_t from = t >= 2 ? t - 2 : 0; from <= t; from++)
        for (size_t to = from + 1; to <= from + 2; to++) {
            if (to < t || !dmi_tok_word(a, from) || !dmi_tok_word(a, to) || !dmi_tok_same_sentence(a, from, to))
                continue;
            dmi_gaz_entry_t e[2];
            if (dmi_gazetteer_match(x->gaz, a->text + a->tokens[from].start,
                                    a->tokens[to].end - a->tokens[from].start, e, 2) > 0)
                return 1;
        }
    return 0;
}

/* Most words of token t's sentence are capitalised: a headline in title
 * case ("Allendale Woman Charged"), where capitals say nothing of names. */
int dmi_title_case_sentence(const dmi_article_t *a, size_t t)
{
    const dmi_sentence_t *sn = &a->sentences[a->tokens[t].sentence];
    size_t words = 0, caps = 0;
    for (size_t k = sn->first; k < sn->last && k < a->token_count; k++)
        if (dmi_tok_word(a, k)) {
            words++;
            caps += dmi_tok_cap(a, k) ? 1 : 0;
        }
    return words >= 3 && caps * 10 >= words * 6;
}

/* The words the article writes right after a strict locative ("in X", "at
 * X", "near X"): such a word is a place there, whoever else bears the name.
 * One pass over the article (dmi_find_people asks once per name). */
static GHashTable *words_after_locatives(const dmi_extraction_t *x)
{
    const dmi_article_t *a = x->art;
    static const char *const strict[] = {"in", "at", "near", "outside", "inside", "throughout", NULL};
    GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t u = 1; u < a->token_count; u++)
        if (dmi_tok_cap(a, u) && dmi_tok_prev_word(a, u) && dmi_tok_in(a, u - 1, strict) >= 0)
            g_hash_table_add(set, g_strndup(dmi_tok_text(a, u), dmi_tok_len(a, u)));
    return set;
}

static int written_as_place(const dmi_extraction_t *x, GHashTable *after_locative, size_t t)
{
    char *key = g_strndup(dmi_tok_text(x->art, t), dmi_tok_len(x->art, t));
    int found = g_hash_table_contains(after_locative, key);
    g_free(key);
    return found;
}

/* Every word of tokens [first, last) can be part of a person's name: no
 * word of office, of an organisation or a generic place word ("Police",
 * "Times", "Street"), none the article also writes in lower case ("Geneva
 * Talks", "Historical Society"), no part of two words a place's name. */
static int name_words(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    for (size_t k = first; k < last; k++) {
        const char *s = dmi_tok_text(a, k);
        size_t len = dmi_tok_len(a, k);
        if (len < 2 || (a->tokens[k].flags & (DMI_TOK_UPPER | DMI_TOK_NUM | DMI_TOK_POSS)) ||
            dmi_tok_in_set_cs(a, k, &dmi_never_alone) || dmi_tok_in_set_cs(a, k, &dmi_org_words) ||
            dmi_tok_in_set_cs(a, k, &dmi_org_heads) || dmi_tok_in_set_cs(a, k, &dmi_place_modifiers) ||
            dmi_tok_in_set_cs(a, k, &dmi_person_titles) || dmi_tok_in_set_cs(a, k, &dmi_agencies) ||
            dmi_tok_in_set_cs(a, k, &dmi_sentence_words) || dmi_month_of(s, len) || dmi_weekday_of(s, len) ||
            dmi_written_lower(x, s, len))
            return 0;
        if (k + 1 < last && dmi_gazetteer_has_prefix(x->gaz, s, a->tokens[k + 1].end - a->tokens[k].start))
            return 0;
    }
    return 1;
}

/* What news writes around a person's name, and not around a place's: a
 * role before it ("UN chief X Y", "anchor, X Y"), a byline ("Writing by X
 * Y"); after it a speech verb ("X Y said", "X Y, stated"), an age or a
 * relative clause (", 62,", ", who"), an appositive role (", a senior
 * aide"), or the country one speaks for ("X Y of Japan"). */
/* A country or demonym written at token t, in up to three words ("Japan",
 * "South Korea", "the United States" after "the"). */
static int country_at(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    for (size_t k = 0; k < 3 && dmi_tok_cap(a, t + k) && dmi_tok_same_sentence(a, t, t + k); k++) {
        dmi_gaz_entry_t e[MAX_ENTRIES];
        size_t n = dmi_gazetteer_match(x->gaz, a->text + a->tokens[t].start,
                                       a->tokens[t + k].end - a->tokens[t].start, e, MAX_ENTRIES);
        for (size_t j = 0; j < n; j++)
            if (e[j].kind == DM_PLACE_COUNTRY || e[j].is_demonym)
                return 1;
    }
    return 0;
}

/* A meeting's verb tells the name before it or after it is a person's:
 * "Hamid Rahimi met ...", "... met Zhang Wei in Lima", "talks with Olusegun
 * Adeyemi on trade". After the name only a mark or a word that ends the
 * object may follow ("met Red Cross officials" names a body). */
static int meeting_context(const dmi_article_t *a, size_t first, size_t last)
{
    /* Not "received": bodies and firms receive money too. */
    static const char *const verbs[] = {"met", "meets", "hosted", "welcomed", NULL};
    static const char *const with[] = {"met", "meet", "meets", "talks", "meeting", "meetings", "spoke", NULL};
    static const char *const ends[] = {"in", "on", "at", "and", "for", "during", "last", "this", "to", "late",
                                       "early", "after", "before", "when", "while", NULL};
    /* "Philadelphia-based X", "Paris-born X": a place's word, no name's. */
    for (size_t k = first; k < last; k++) {
        const char *w = dmi_tok_text(a, k), *h = memchr(w, '-', dmi_tok_len(a, k));
        if (h && g_ascii_islower(h[1]) && g_ascii_isupper(w[0]) && dmi_tok_len(a, k) - (size_t)(h - w) > 3 &&
            (g_str_has_prefix(h, "-based") || g_str_has_prefix(h, "-born") || g_str_has_prefix(h, "-led") ||
             g_str_has_prefix(h, "-backed")))
            return 0;
    }
    if (last < a->token_count && dmi_tok_same_sentence(a, first, last) && dmi_tok_in(a, last, verbs) >= 0)
        return 1;
    if (first < 2 || !dmi_tok_same_sentence(a, first - 2, first))
        return 0;
    int object = dmi_tok_eq(a, first - 1, "met") ||
                 (dmi_tok_eq(a, first - 1, "with") && dmi_tok_in(a, first - 2, with) >= 0);
    if (!object)
        return 0;
    return last >= a->token_count || !dmi_tok_same_sentence(a, first, last) ||
           (dmi_tok_punct_any(a, last) && !dmi_tok_punct(a, last, '-')) || dmi_tok_in(a, last, ends) >= 0;
}

/* The token after a bracket of life dates that opens at token open
 * ("(born 1950)", "(1919 - 1980)", "(Persian: ...; 1919 - 1980)"), or
 * NONE: an encyclopedia's lead writes them right after its subject's
 * name. "born" within the bracket, or two years in it and "is", "was" or
 * "became" after it (a war's or a state's years are followed by the same
 * verbs, but their names fail name_words or read as places). */
static size_t life_dates_end(const dmi_article_t *a, size_t open)
{
    if (!dmi_tok_punct(a, open, '('))
        return NONE;
    int born = 0, years = 0;
    for (size_t u = open + 1; u < a->token_count && u < open + 24 && dmi_tok_same_sentence(a, open, u); u++) {
        if (dmi_tok_punct(a, u, ')')) {
            static const char *const be[] = {"is", "was", "became", NULL};
            if (born || (years >= 2 && dmi_tok_in(a, u + 1, be) >= 0))
                return u + 1;
            return NONE;
        }
        born |= dmi_tok_is(a, u, "born");
        years += (a->tokens[u].flags & DMI_TOK_NUM) && dmi_tok_len(a, u) == 4;
    }
    return NONE;
}

/* At token c: "is", "was" or "became", up to three words (articles,
 * ordinals, adjectives), a title of rules/person_titles.txt and "of": "X
 * was Chancellor of C", "X is the Emir of C", "X was the second President
 * of C". What a person is, never a place. */
static int copula_title_of(const dmi_article_t *a, size_t c)
{
    static const char *const be[] = {"is", "was", "became", NULL};
    if (c >= a->token_count || dmi_tok_in(a, c, be) < 0)
        return 0;
    for (size_t u = c + 1; u < a->token_count && u < c + 5 && dmi_tok_same_sentence(a, c, u); u++) {
        if (!dmi_tok_word(a, u) || dmi_tok_is(a, u, "of") || dmi_tok_is(a, u, "to") || dmi_tok_is(a, u, "and"))
            return 0;
        if (dmi_is_person_title(a, u) && dmi_tok_is(a, u + 1, "of") && dmi_tok_same_sentence(a, u, u + 1))
            return 1;
    }
    return 0;
}

/* A plural noun of trips that a list's title or lead names ("foreign trips
 * made by X", "state visits of X", "X's overseas travels"). */
static int trips_noun(const dmi_article_t *a, size_t t)
{
    static const char *const nouns[] = {"trips", "visits", "travels", "tours", "journeys", NULL};
    return dmi_tok_word(a, t) && dmi_tok_in(a, t, nouns) >= 0;
}

/* Tokens [first, last) follow a list's "trips made by", "visits of",
 * "tours undertaken by": whose trips they are, a person's name. */
static int trips_of(const dmi_article_t *a, size_t first)
{
    if (first < 2 || !(dmi_tok_is(a, first - 1, "by") || dmi_tok_is(a, first - 1, "of")) ||
        !dmi_tok_same_sentence(a, first - 2, first))
        return 0;
    size_t n = first - 2;
    if ((dmi_tok_is(a, n, "made") || dmi_tok_is(a, n, "undertaken") || dmi_tok_is(a, n, "paid")) && n > 0)
        n--;
    return trips_noun(a, n);
}

/* Tokens [first, last) stand in a list beside a person's name: right
 * after "X," or "X and", or right before ", Y" or "and Y" ("A, B and C
 * met in Lima", "the presidents of C and D, A and B"). */
static int listed_with_person(const dmi_extraction_t *x, size_t first, size_t last)
{
    /* Not an office's words before its complement ("A and Special
     * Coordinator for C B"). */
    static const char *const complements[] = {"for", "of", "to", "on", "at", NULL};
    const dmi_article_t *a = x->art;
    if (last < a->token_count && (dmi_tok_in(a, last, complements) >= 0 || x->person_tok[last]))
        return 0; /* nor a town's office before a name ("C Selectman X Y") */
    for (size_t k = first; k < last; k++)
        if (tok_place_of_note(x, k))
            return 0;
    /* (the neighbour a person, not a building's or a street's name) */
    if (first >= 2 && dmi_tok_same_sentence(a, first - 2, first) &&
        (dmi_tok_punct(a, first - 1, ',') || dmi_tok_is(a, first - 1, "and")) &&
        dmi_person_at(x, first - 2) != NONE)
        return 1;
    return last + 1 < a->token_count && dmi_tok_same_sentence(a, first, last + 1) &&
           (dmi_tok_punct(a, last, ',') || dmi_tok_is(a, last, "and")) && dmi_person_at(x, last + 1) != NONE;
}

/* 2 when the words around are a person's for sure, 1 for a speech verb
 * alone (organisations speak too), else 0. */
static int person_context(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    if (meeting_context(a, first, last))
        return 2;
    if (life_dates_end(a, last) != NONE || copula_title_of(a, last) || listed_with_person(x, first, last) ||
        trips_of(a, first))
        return 2;
    size_t b = first;
    if (b > 0 && dmi_tok_punct(a, b - 1, ','))
        b--;
    if (b > 0 && dmi_tok_word(a, b - 1) && dmi_tok_same_sentence(a, b - 1, first) &&
        (dmi_tok_in_set_cs(a, b - 1, &dmi_role_nouns) ||
         (!(a->tokens[b - 1].flags & DMI_TOK_CAP) && dmi_tok_in_set_cs(a, b - 1, &dmi_person_titles)) ||
         (b == first && b >= 2 && dmi_tok_eq(a, b - 1, "by") &&
          (dmi_tok_is(a, b - 2, "reporting") || dmi_tok_is(a, b - 2, "writing") || dmi_tok_is(a, b - 2, "editing")))))
        return 2;
    if (!dmi_tok_same_sentence(a, first, last))
        return 0;
    size_t c = dmi_tok_punct(a, last, ',') ? last + 1 : last;
    if (c > last && c < a->token_count && dmi_tok_same_sentence(a, first, c) &&
        ((a->tokens[c].flags & DMI_TOK_NUM) || dmi_tok_eq(a, c, "who")))
        return 2;
    /* "X Y Z, Vietnam's trade minister,": a country's office after the
     * comma is a person's (country_office_after). */
    if (c > last && country_office_after(x, last))
        return 2;
    if (c > last && (dmi_tok_eq(a, c, "a") || dmi_tok_eq(a, c, "an") || dmi_tok_eq(a, c, "the")))
        for (size_t k = c + 1; k < c + 5 && dmi_tok_word(a, k) && dmi_tok_same_sentence(a, first, k); k++)
            if (dmi_tok_in_set_cs(a, k, &dmi_role_nouns))
                return 2;
    if (c == last && dmi_tok_eq(a, last, "of") && last + 1 < a->token_count &&
        dmi_tok_same_sentence(a, first, last + 1)) {
        size_t o = dmi_tok_is(a, last + 1, "the") ? last + 2 : last + 1;
        if (country_at(x, o))
            return 2;
    }
    return dmi_tok_word(a, c) && dmi_tok_in_set_cs(a, c, &dmi_speech_verbs) ? 1 : 0;
}

static const char *const non_name_heads_list[] = {
#include "rules/non_name_heads.inc"
    NULL};
static dmi_word_set_t non_name_heads = DMI_WORD_SET(non_name_heads_list);

/* Tokens [first, last) are the first words of a building's, a school's,
 * a street's or a body's name, not a person's: their last word is such a
 * name's head ("Lakeview Animal Clinic", "Harbor Way"), or the next word
 * is ("Sunny Hill School", "Bonnie Vale House", "Queen Mary University
 * Hospital"), or "the" comes right before them ("the Red Cross", "the
 * Jones administration"): English puts no article before a person's
 * name (a title between, "the Foreign Minister X", starts the name after
 * it). */
static int names_a_thing(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    if (dmi_tok_in_set_cs(a, last - 1, &non_name_heads) || dmi_tok_in_set_cs(a, last - 1, &dmi_street_words))
        return 1;
    if (first > 0 && dmi_tok_same_sentence(a, first - 1, first) && dmi_tok_is(a, first - 1, "the"))
        return 1;
    /* "the International Red Cross": a name ending in an organisation's
     * head word (rules/org_heads.txt) that continues a run of capitalised
     * words "the" opens is the body's too. Only for such heads (walking
     * back from any name passed over a person's, "Director for the
     * Western Hemisphere X"), and a title stops the walk ("the Foreign
     * Minister X Cross" is a person's name). */
    if (dmi_tok_in_set_cs(a, last - 1, &dmi_org_heads)) {
        size_t b = first;
        while (b > 0 && dmi_tok_cap(a, b - 1) && !dmi_tok_is(a, b - 1, "the") && !dmi_is_person_title(a, b - 1) &&
               dmi_tok_same_sentence(a, b - 1, first) && !(a->tokens[b].flags & DMI_TOK_SENT_START))
            b--;
        if (b < first && b > 0 && dmi_tok_same_sentence(a, b - 1, first) && dmi_tok_is(a, b - 1, "the"))
            return 1;
    }
    return last < a->token_count && dmi_tok_cap(a, last) && dmi_tok_same_sentence(a, first, last) &&
           (dmi_tok_in_set_cs(a, last, &non_name_heads) || dmi_tok_in_set_cs(a, last, &dmi_street_words) ||
            dmi_tok_in_set_cs(a, last, &dmi_org_heads) || dmi_tok_in_set_cs(a, last, &dmi_org_words));
}

/* add_person for a name found at tokens [first, last); a new name that is
 * a building's or a body's (names_a_thing) stays a name, so that no word
 * of it is read as a place, but is no one who takes part in an event. */
static int add_name(dmi_extraction_t *x, size_t first, size_t last, const char *country)
{
    size_t before = x->people_count;
    if (add_person(x, first, last, country) != 0)
        return -1;
    int thing = names_a_thing(x, first, last);
    if (x->people_count > before) {
        x->people[before].thing = thing;
        return 0;
    }
    /* The surname of a thing named earlier, now a person's ("the Ada
     * Webb Center" first, "Ada Webb said" later): a person after all. */
    const dmi_article_t *a = x->art;
    size_t sur = last - 1;
    while (sur > first && (a->tokens[sur].flags & DMI_TOK_POSS))
        sur--;
    for (size_t i = 0; i < x->people_count && !thing; i++)
        if (dmi_tok_eq(a, sur, x->people[i].surname))
            x->people[i].thing = 0;
    return 0;
}

/* Tokens [first, last) are a run of two to four capitalised words that is
 * a person's full name though no title or known given name says so ("Kofi
 * Annan", "Nazmi Akiman", "Han Sung Joo"): some word of it reads as a town
 * somewhere or the words around are surely a person's, no word reads as a
 * country or demonym, its words can be a name's (name_words), the text around it is a
 * person's (person_context), and the article never puts its last word
 * after "in" or "at". */
static int unlisted_full_name(const dmi_extraction_t *x, GHashTable *after_locative, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    if (last - first < 2 || last - first > 4)
        return 0;
    /* "the Houston Rockets", "the Cambridge Analytica scandal": a name
     * with an article before it is no person's; "Lagos Chamber and
     * Industry": the run goes on as an organisation's name. */
    if (dmi_tok_prev_word(a, first) && (dmi_tok_is(a, first - 1, "the") || dmi_tok_is(a, first - 1, "a") ||
                                dmi_tok_is(a, first - 1, "an")))
        return 0;
    if ((dmi_tok_eq(a, last, "and") || dmi_tok_punct(a, last, '&')) && dmi_tok_cap(a, last + 1) &&
        dmi_tok_same_sentence(a, first, last + 1) && dmi_person_at(x, last + 1) == NONE)
        return 0;
    int ctx = name_words(x, first, last) ? person_context(x, first, last) : 0;
    if (!ctx || (ctx < 2 && dmi_title_case_sentence(a, first)))
        return 0;
    /* A first word that is a place of note starts a person's name only as
     * a known given name or in a person's sure context ("Nabil X Y, a
     * senior aide"; not "Cambridge Analytica said"). */
    if (ctx < 2 && tok_place_of_note(x, first) && !dmi_tok_in_set_cs(a, first, &dmi_first_names) &&
        !dmi_first_name_listed(dmi_tok_text(a, first), dmi_tok_len(a, first)))
        return 0;
    int town = 0;
    for (size_t k = first; k < last; k++) {
        int r = tok_reading(x, k);
        if (r == 2)
            return 0;
        town |= r;
    }
    /* In a sure context (a role before, ", who", an age, an appositive
     * role, "of" a country) the name needs no word that reads as a town:
     * unseen news names people no list and no gazetteer knows ("Kwabena
     * Osei-Mensah, 48,"); a speech verb alone still does (organisations speak).
     * The run must not itself be a place's name. */
    if (!town && ctx < 2)
        return 0;
    if (!town) {
        dmi_gaz_entry_t e[2];
        if (dmi_gazetteer_match(x->gaz, a->text + a->tokens[first].start,
                                a->tokens[last - 1].end - a->tokens[first].start, e, 2) > 0)
            return 0;
    }
    return !written_as_place(x, after_locative, last - 1);
}

/* A role word beside a name in apposition ("press secretary Karoline
 * Leavitt", "Leavitt, the spokesperson", "a spokesman, Lin Jian"): within
 * three tokens, across only commas and articles. */
static int spokesperson_word(const dmi_article_t *a, size_t p)
{
    return dmi_tok_is(a, p, "spokesman") || dmi_tok_is(a, p, "spokeswoman") || dmi_tok_is(a, p, "spokesperson") ||
           (dmi_tok_is(a, p, "secretary") && p > 0 && dmi_tok_is(a, p - 1, "press"));
}

static int beside_spokesperson_word(const dmi_article_t *a, size_t first, size_t last)
{
    for (size_t back = 1; back <= 3 && first >= back; back++) {
        size_t p = first - back;
        if (!dmi_tok_same_sentence(a, p, first))
            break;
        if (spokesperson_word(a, p))
            return 1;
        if (!dmi_tok_punct(a, p, ',') && !dmi_tok_is(a, p, "the") && !dmi_tok_is(a, p, "a"))
            break;
    }
    for (size_t p = last; p < last + 3 && p < a->token_count && dmi_tok_same_sentence(a, p, first); p++) {
        if (spokesperson_word(a, p))
            return 1;
        if (!dmi_tok_punct(a, p, ',') && !dmi_tok_is(a, p, "the") && !dmi_tok_is(a, p, "a"))
            break;
    }
    return 0;
}

/* Persons the article names as spokespersons anywhere: they tell of events
 * rather than take part in them (arguments.c). One pass over the names. */
static void mark_spokespersons(dmi_extraction_t *x)
{
    for (size_t t = 0, u; dmi_next_person_span(x, &t, &u); t = u) {
        if (beside_spokesperson_word(x->art, t, u)) {
            size_t i = dmi_person_at(x, t);
            if (i != NONE)
                x->people[i].spokesperson = 1;
        }
    }
}

/* A given name of the long list that is also a place of note ("Chad",
 * "Georgia", "Kobe": common_first_name leaves these to the place) starts a
 * person's name where the words around say so: "and Chad Walker" after a
 * person's name ("Ron Smith and Chad Walker"), or a person's sure context
 * (person_context: "principal Chad Boyer", "Georgia Brown, 41,"). The next
 * word must be one a name can have (name_words; a surname that is never a
 * place alone, "Brown", "Park", is one), no country and no place of note,
 * and the pair no place ("Chad Basin", "Jordan Valley" are the gazetteer's). */
static int noted_given_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!dmi_first_name_listed(dmi_tok_text(a, t), dmi_tok_len(a, t)) || inside_name(x, t) || !dmi_tok_cap(a, t + 1) ||
        !dmi_tok_same_sentence(a, t, t + 1) || (a->tokens[t + 1].flags & DMI_TOK_SENT_START) ||
        tok_reading(x, t + 1) == 2 || tok_place_of_note(x, t + 1) ||
        (!name_words(x, t + 1, t + 2) && !dmi_tok_in_set_cs(a, t + 1, &dmi_never_alone)))
        return 0;
    dmi_gaz_entry_t e[2];
    if (dmi_gazetteer_match(x->gaz, a->text + a->tokens[t].start, a->tokens[t + 1].end - a->tokens[t].start, e, 2) > 0)
        return 0;
    if (t >= 2 && (dmi_tok_eq(a, t - 1, "and") || dmi_tok_punct(a, t - 1, ',')) && x->person_tok[t - 2] &&
        dmi_tok_same_sentence(a, t - 2, t))
        return 1;
    return person_context(x, t, t + 2) == 2;
}

/* A particle written onto the name it joins: "al-Khalifa" of "Khalid
 * al-Khalifa", "el-Sisi", "bin-Zayed"; one token, in lower case. */
static int glued_particle(const dmi_article_t *a, size_t t)
{
    if (t >= a->token_count)
        return 0;  /* a given name as the text's last word */
    const char *s = dmi_tok_text(a, t);
    size_t len = dmi_tok_len(a, t);
    for (size_t i = 0; dmi_name_particles.words[i]; i++) {
        size_t p = strlen(dmi_name_particles.words[i]);
        if (len > p + 2 && memcmp(s, dmi_name_particles.words[i], p) == 0 && s[p] == '-' &&
            g_unichar_isupper(g_utf8_get_char_validated(s + p + 1, (gssize)(len - p - 1))))
            return 1;
    }
    return 0;
}

/* The particles that join a name's parts from token t on, up to three in a
 * row and followed by a capitalised word of the same sentence ("da" of "Lula
 * da Silva", "von der" of "Ursula von der Leyen", "de la" of "Luis de la
 * Cruz"): their count, or 0. */
static size_t particle_run(const dmi_article_t *a, size_t t)
{
    size_t u = t;
    while (u < a->token_count && u < t + 3 && dmi_tok_in_set_cs(a, u, &dmi_name_particles) &&
           dmi_tok_same_sentence(a, t, u))
        u++;
    return u > t && dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, t, u) ? u - t : 0;
}

/* The token after the name that starts at first: capitalised words, and
 * particles or a particle glued to the next word between them ("Luiz Inácio
 * Lula da Silva", "Ursula von der Leyen", "Khalid al-Khalifa"), up to six
 * tokens; not a day ("Lagos Friday") or an organisation's word. */
static size_t name_end(const dmi_article_t *a, size_t first)
{
    size_t last = first;
    while (last < a->token_count && last < first + 6 && dmi_tok_same_sentence(a, first, last) &&
           !dmi_weekday_of(dmi_tok_text(a, last), dmi_tok_len(a, last)) &&
           ((dmi_tok_cap(a, last) && !dmi_tok_in_set_cs(a, last, &dmi_org_words)) ||
            (last > first && particle_run(a, last)) || (last > first && glued_particle(a, last))))
        last++;
    return last;
}

/* Token t opens a sentence with a name of two to six tokens (capitalised
 * words, particles between them) that a bracket of life dates follows
 * (life_dates_end): an encyclopedia's lead names its subject so. No word
 * may read as a country or demonym, each capitalised word must be one a
 * name can have (name_words; a capitalised particle, "Al", "Bin", passes),
 * and the run is no place and no body's name. *end gets the name's end. */
static int lead_subject_name(const dmi_extraction_t *x, size_t t, size_t *end)
{
    const dmi_article_t *a = x->art;
    if (!dmi_tok_cap(a, t) || (a->tokens[t].flags & DMI_TOK_UPPER) || dmi_is_person_title(a, t))
        return 0;
    size_t e = name_end(a, t);
    if (e < t + 2 || e > t + 6 || life_dates_end(a, e) == NONE)
        return 0;
    for (size_t k = t; k < e; k++) {
        if (tok_reading(x, k) == 2)
            return 0;
        if (dmi_tok_cap(a, k) && !dmi_tok_in_set(a, k, &dmi_name_particles) && !name_words(x, k, k + 1))
            return 0;
    }
    dmi_gaz_entry_t g[2];
    if (dmi_gazetteer_match(x->gaz, a->text + a->tokens[t].start, a->tokens[e - 1].end - a->tokens[t].start, g, 2) >
            0 ||
        names_a_thing(x, t, e))
        return 0;
    *end = e;
    return 1;
}

/* A title in the plural ("Foreign Ministers", "Presidents", "Secretaries"):
 * the word of rules/person_titles.txt with an "s", or "ies" for its "y". */
static int plural_title(const dmi_article_t *a, size_t t)
{
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    char one[32];
    if (!dmi_tok_word(a, t) || n < 5 || n >= sizeof one || s[n - 1] != 's')
        return 0;
    if (memcmp(s + n - 3, "ies", 3) == 0) {
        memcpy(one, s, n - 3);
        one[n - 3] = 'y';
        return dmi_word_in_set(one, n - 2, &dmi_person_titles);
    }
    return dmi_word_in_set(s, n - 1, &dmi_person_titles);
}

/* The names a plural title lists after its first ("Defence Ministers A and
 * B", "Presidents A, B and C"): each one's [first, last) into more (up to
 * cap), ending at the name after "and". A name with a title of its own
 * ("and Foreign Minister C") ends the list and is read as any other; it is
 * counted (*titled) but not returned. */
static size_t listed_after(const dmi_article_t *a, size_t last, size_t more[][2], size_t cap, int *titled)
{
    size_t nm = 0;
    *titled = 0;
    for (size_t u = last; nm < cap;) {
        size_t v = u;
        if (dmi_tok_punct(a, v, ','))
            v++;
        int and = dmi_tok_is(a, v, "and");
        if (and)
            v++;
        if (v == u || !dmi_tok_cap(a, v) || !dmi_tok_same_sentence(a, u, v))
            break;
        if (dmi_is_person_title(a, v)) {
            *titled = 1;
            break;
        }
        size_t e = name_end(a, v);
        for (size_t k = v; k < e && !*titled; k++)
            *titled = dmi_is_person_title(a, k) || dmi_tok_in_set_cs(a, k, &dmi_portfolios);
        if (e == v || *titled)
            break;
        more[nm][0] = v;
        more[nm][1] = e;
        nm++;
        if (and)
            break;
        u = e;
    }
    return nm;
}

/* A capitalised title after "the" or a possessive, then a comma and a name
 * of two to four words that can be a name's and no organisation's or
 * town's ("the Lagos State Governor, Ada Okoro as well", "Chile's
 * Ambassador, Luis Diaz,"): the name is the title's holder. Not a body's
 * name after the comma ("the Director, Acme Group of companies", "the
 * Vice-President, Chamber of Commerce"): it stops at "of" or a capitalised
 * word, or holds a word of an organisation's. */
static int capitalised_title_before_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!dmi_is_person_title(a, t) || !(a->tokens[t].flags & DMI_TOK_CAP) || !dmi_tok_punct(a, t + 1, ',') ||
        !dmi_tok_cap(a, t + 2) || !dmi_tok_same_sentence(a, t, t + 2))
        return 0;
    size_t u = t;
    while (u > 0 && t - u < 4 && dmi_tok_same_sentence(a, u - 1, t) && dmi_tok_cap(a, u - 1) &&
           !(a->tokens[u - 1].flags & DMI_TOK_POSS))
        u--;
    if (u == 0 || !dmi_tok_same_sentence(a, u - 1, t) ||
        !(dmi_tok_is(a, u - 1, "the") || (a->tokens[u - 1].flags & DMI_TOK_POSS)))
        return 0;
    size_t e = name_end(a, t + 2);
    if (e < t + 4 || e > t + 6 || !name_words(x, t + 2, e) || town_named(x, t + 2, e) ||
        (e < a->token_count && dmi_tok_same_sentence(a, t, e) &&
         (dmi_tok_is(a, e, "of") || (a->tokens[e].flags & DMI_TOK_POSS))))
        return 0;
    for (size_t k = t + 2; k < e; k++)
        if (dmi_tok_in_set_cs(a, k, &dmi_agencies))
            return 0;
    return 1;
}

/* An apposition without an article opens at the comma token: ", Prime
 * Minister of P", ", head of the delegation", ", P's ambassador", ", former
 * minister for trade": up to three capitalised words (a country, the first
 * words of a title) before a title or a role noun that no capitalised word
 * follows (", Minister X Y and" lists other people). */
static int bare_appositive(const dmi_extraction_t *x, size_t comma)
{
    const dmi_article_t *a = x->art;
    size_t n = a->token_count;
    if (!dmi_tok_punct(a, comma, ','))
        return 0;
    size_t u = comma + 1;
    while (u < n && dmi_tok_same_sentence(a, comma, u) &&
           (dmi_tok_is(a, u, "former") || dmi_tok_is(a, u, "then") || dmi_tok_is(a, u, "acting")))
        u++;
    for (size_t caps = 0; u < n && dmi_tok_same_sentence(a, comma, u) && dmi_tok_word(a, u); u++) {
        if (dmi_is_person_title(a, u) || dmi_tok_in_set_cs(a, u, &dmi_role_nouns))
            return !(u + 1 < n && dmi_tok_same_sentence(a, u, u + 1) && dmi_tok_cap(a, u + 1));
        if (!dmi_tok_cap(a, u) || ++caps > 3)
            return 0;
    }
    return 0;
}

/* ", Chile's president,", ", Peru's foreign minister,": after the comma a
 * country's name in the possessive (its "'s" a token of its own), up to two
 * lower-case words of office, then a title or a role noun that no
 * capitalised word follows. */
static int country_office_after(const dmi_extraction_t *x, size_t comma)
{
    const dmi_article_t *a = x->art;
    size_t n = a->token_count, u = comma + 1, v = u;
    char cc[3];
    while (v < n && v < u + 3 && dmi_tok_cap(a, v) && dmi_tok_same_sentence(a, comma, v))
        v++;
    if (v == u || v + 1 >= n || !dmi_country_named(x, u, v, cc) ||
        !(dmi_tok_eq(a, v, "'s") || dmi_tok_eq(a, v, "\u2019s")))
        return 0;
    for (size_t w = v + 1; w < n && w < v + 4 && dmi_tok_word(a, w) && dmi_tok_same_sentence(a, comma, w); w++) {
        if (a->tokens[w].flags & (DMI_TOK_CAP | DMI_TOK_UPPER))
            return 0;
        if (dmi_is_person_title(a, w) || dmi_tok_in_set_cs(a, w, &dmi_role_nouns))
            return !(w + 1 < n && dmi_tok_same_sentence(a, w, w + 1) && dmi_tok_cap(a, w + 1));
    }
    return 0;
}

/* The letters of token t's run of initials match the first letters of
 * the words of [first, last), a particle's initial present or left out
 * ("AMLO" of "Andres Manuel Lopez Obrador", "MBS" of "Mohammed bin
 * Salman"). */
static int initials_of(const dmi_article_t *a, size_t t, size_t first, size_t last)
{
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t), i = 0;
    for (size_t k = first; k < last; k++) {
        char c = g_ascii_tolower(dmi_tok_text(a, k)[0]);
        int particle = dmi_tok_in_set_cs(a, k, &dmi_name_particles);
        if (i < n && g_ascii_tolower(s[i]) == c)
            i++;
        else if (!particle)
            return 0;
    }
    return i == n;
}

/* "Andres Manuel Lopez Obrador (AMLO)": an acronym in brackets right after
 * a full name, made of its initials, stands for the person wherever the
 * text writes it ("AMLO said he would ..."). */
static void name_acronyms(dmi_extraction_t *x)
{
    const dmi_article_t *a = x->art;
    size_t n = a->token_count;
    for (size_t t = 1; t + 2 < n; t++) {
        if (!dmi_tok_punct(a, t, '(') || !x->person_tok[t - 1] || !(a->tokens[t + 1].flags & DMI_TOK_UPPER) ||
            !dmi_tok_punct(a, t + 2, ')') || dmi_tok_len(a, t + 1) < 3)
            continue;
        size_t i = person_direct(x, t - 1);
        if (i == NONE || x->people[i].alias[0] || dmi_tok_len(a, t + 1) >= sizeof x->people[i].alias)
            continue;
        dmi_person_t *p = &x->people[i];
        /* (a word before the name read into it, "Candidate", may stand
         * outside the initials) */
        int initials = 0;
        for (size_t f = p->full_first; !initials && f + 2 < p->full_last + 1 && p->full_last == t; f++)
            initials = initials_of(a, t + 1, f, p->full_last);
        if (!initials)
            continue;
        memcpy(p->alias, dmi_tok_text(a, t + 1), dmi_tok_len(a, t + 1));
        p->alias[dmi_tok_len(a, t + 1)] = '\0';
        for (size_t u = 0; u < n; u++)
            if (dmi_tok_eq(a, u, p->alias))
                x->person_tok[u] = 1;
    }
}

int dmi_find_people(dmi_extraction_t *x)
{
    dmi_article_t *a = x->art;
    size_t n = a->token_count;
    for (size_t t = 0; t < n; t++) {
        if (!dmi_tok_word(a, t))
            continue;
        size_t first = NONE;
        /* Title + names: "President Donald Trump", "leader Kim Jong-un". */
        /* "Marquis de Lafayette": a particle between title and name. */
        size_t pt = (a->tokens[t].flags & DMI_TOK_CAP) ? particle_run(a, t + 1) : 0;
        /* "Secretary of State Blinken", "Minister of Foreign Affairs X":
         * the portfolio is the title's; a name follows it. */
        if ((a->tokens[t].flags & DMI_TOK_CAP) && dmi_is_person_title(a, t) && dmi_tok_eq(a, t + 1, "of") &&
            dmi_tok_in_set_cs(a, t + 2, &dmi_portfolios)) {
            size_t u = t + 2;
            while (u < n && u < t + 6 && dmi_tok_in_set_cs(a, u, &dmi_portfolios) && dmi_tok_same_sentence(a, t, u))
                u++;
            if (dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, t, u))
                pt = u - t - 1;
        }
        int plural = plural_title(a, t);
        if ((dmi_is_person_title(a, t) || plural) && dmi_tok_cap(a, t + 1 + pt) &&
            dmi_tok_same_sentence(a, t, t + 1 + pt) && !dmi_tok_in_set_cs(a, t + 1 + pt, &dmi_agencies)) {
            first = t + 1 + pt;
            /* "Prime Minister Benjamin Netanyahu": skip title words, and a
             * portfolio written straight after one ("Secretary Treasury X",
             * "General Staff X"): no name begins with it. */
            while (first < n && (dmi_is_person_title(a, first) || dmi_tok_in_set_cs(a, first, &dmi_portfolios)) &&
                   dmi_tok_cap(a, first + 1))
                first++;
            if (dmi_tok_in_set_cs(a, first, &dmi_portfolios))
                continue;   /* "the General Staff chief": a body, no one named */
        } else if (dmi_is_person_title(a, t) && !(a->tokens[t].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
                   dmi_tok_punct(a, t + 1, ',') && dmi_tok_cap(a, t + 2) && dmi_tok_same_sentence(a, t, t + 2) &&
                   !dmi_tok_in_set_cs(a, t + 2, &dmi_agencies) && !town_named(x, t + 2, t + 3)) {
            first = t + 2;  /* "the North Korean leader, Kim Jong-un," */
        } else if (plural && !(a->tokens[t].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) && dmi_tok_punct(a, t + 1, ',') &&
                   dmi_tok_cap(a, t + 2) && dmi_tok_same_sentence(a, t, t + 2) &&
                   name_words(x, t + 2, name_end(a, t + 2))) {
            first = t + 2;  /* "their counterparts, A and B," */
        } else if (capitalised_title_before_name(x, t)) {
            first = t + 2;  /* "the Lagos State Governor, Ada Okoro," */
        } else if (((dmi_tok_in_set_cs(a, t, &dmi_first_names) && !inside_name(x, t)) || common_first_name(x, t) ||
                    noted_given_name(x, t)) &&
                   (dmi_tok_cap(a, t + 1) || particle_run(a, t + 1) || glued_particle(a, t + 1)) &&
                   dmi_tok_same_sentence(a, t, t + 1) && !(a->tokens[t].flags & DMI_TOK_UPPER) &&
                   !town_named(x, t, t + 2) && !sentence_word_before_place(x, t) &&
                   !(dmi_title_case_sentence(a, t) && dmi_event_word_type(a, t + 1) >= 0) &&
                   !(dmi_tok_in_set_cs(a, t, &dmi_place_modifiers) &&
                     (tok_country_name(x, t + 1) || (tok_reading(x, t + 1) == 2 && dmi_tok_word(a, t + 2) &&
                                                     !dmi_tok_cap(a, t + 2) && dmi_tok_same_sentence(a, t, t + 2))))) {
            /* ("West Germany", "East Pakistan": a compass word before a
             * country is a state of history the gazetteer may lack, no
             * given name and surname; so is one before a demonym used as
             * an adjective, "the first West German leader".) */
            first = t;  /* "Simone de Beauvoir", "Karim al-Haddad" too */
        }
        if (first == NONE)
            continue;
        /* Name particles join the parts: "Luiz Inácio Lula da Silva",
         * "Ursula von der Leyen". */
        size_t last = name_end(a, first);
        if (last == first)
            continue;
        /* A plural title is one only before a list of two names or more. */
        size_t more[4][2], listed = 0;
        int titled = 0;
        if (plural && !dmi_is_person_title(a, t)) {
            listed = listed_after(a, last, more, G_N_ELEMENTS(more), &titled);
            if (!listed && !titled)
                continue;
        }
        /* "Deputy Assistant to the President", "Deputy Director of X":
         * one capitalised word after a title that is itself a role noun
         * (rules/role_nouns.txt) is the rank's own word, no one's name. */
        if (first > t && last == first + 1 && dmi_tok_in_set(a, first, &dmi_role_nouns) >= 0)
            continue;
        /* "Deputy National Security Advisor Jon Finer": the name begins
         * after the title's last word. */
        for (size_t k = first + 1; k + 1 < last; k++)
            if (dmi_is_person_title(a, k))
                first = k + 1;
        /* A lower-case title or kin word before one word that is a place
         * of note is no name: "the chief Kremlin spokesman", "his son
         * Moscow sent". */
        if (first > t && !(a->tokens[t].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) && last == first + 1 &&
            tok_place_of_note(x, first))
            continue;
        /* Country from "US President", "North Korean leader". */
        char cc[3] = "";
        size_t title_at = t;
        while (title_at > 0 && dmi_is_person_title(a, title_at - 1))
            title_at--;
        person_country_evidence(x, title_at, first, last, cc);
        if (add_name(x, first, last, cc) != 0)
            return -1;
        for (size_t k = first; k < last; k++)
            x->person_tok[k] = 1;
        t = last - 1;
        for (size_t i = 0; i < listed; i++) {
            if (first == t + 2 && !name_words(x, more[i][0], more[i][1]))
                continue;  /* "their counterparts, A and B": names only */
            char lc[3] = "";
            person_country_evidence(x, more[i][0], more[i][0], more[i][1], lc);
            if (add_name(x, more[i][0], more[i][1], lc) != 0)
                return -1;
            for (size_t k = more[i][0]; k < more[i][1]; k++)
                x->person_tok[k] = 1;
            t = more[i][1] - 1;
        }
    }
    /* "Name Surname, the spokesperson" / "Surname said": speech and
     * appositives. Only sequences of two capitalised words (not places). */
    for (size_t t = 0; t + 2 < n; t++) {
        if (!dmi_tok_cap(a, t) || !dmi_tok_cap(a, t + 1) || !dmi_tok_same_sentence(a, t, t + 1) || x->person_tok[t])
            continue;
        if (a->tokens[t].flags & (DMI_TOK_UPPER) || a->tokens[t + 1].flags & DMI_TOK_UPPER)
            continue;
        size_t after = t + 2;
        int speech = dmi_tok_word(a, after) && dmi_tok_in_set_cs(a, after, &dmi_speech_verbs);
        int appos =
            dmi_tok_punct(a, after, ',') && after + 2 < n &&
            (dmi_tok_eq(a, after + 1, "the") || dmi_tok_eq(a, after + 1, "a") || dmi_tok_eq(a, after + 1, "an")) &&
            dmi_tok_word(a, after + 2) && !(a->tokens[after + 2].flags & DMI_TOK_CAP) &&
            dmi_tok_in_set_cs(a, after + 2 + (dmi_tok_eq(a, after + 2, "former") ? 1 : 0), &dmi_person_titles);
        /* "X Y, a senior Obama aide,": a role noun within four words. */
        for (size_t k = after + 2; !appos && k < after + 6 && dmi_tok_word(a, k) && dmi_tok_same_sentence(a, t, k); k++)
            appos =
                (dmi_tok_eq(a, after + 1, "the") || dmi_tok_eq(a, after + 1, "a") || dmi_tok_eq(a, after + 1, "an")) &&
                dmi_tok_punct(a, after, ',') && dmi_tok_in_set_cs(a, k, &dmi_role_nouns);
        /* "X Y, Prime Minister of P,", "X Y, head of the delegation,": the
         * office without an article, only where the pair is no longer
         * name's tail, no place and no country, and its words a name's. */
        if (!speech && !appos && bare_appositive(x, after) &&
            !(dmi_tok_prev_word(a, t) && dmi_tok_cap(a, t - 1) && !dmi_is_person_title(a, t - 1)) &&
            tok_reading(x, t) != 2 && tok_reading(x, t + 1) != 2 && name_words(x, t, t + 2))
            appos = 1;
        if (!speech && !appos)
            continue;
        /* Not a sentence's opening words or a day ("On Monday, a senior
         * officer said"). */
        int dated = 0;
        for (size_t k = t; k < t + 2; k++)
            dated |= dmi_tok_in_set_cs(a, k, &dmi_sentence_words) ||
                     dmi_month_of(dmi_tok_text(a, k), dmi_tok_len(a, k)) ||
                     dmi_weekday_of(dmi_tok_text(a, k), dmi_tok_len(a, k));
        if (dated)
            continue;
        /* Not the end of a longer name joined by a lower-case word: the
         * "Human Rights" of "the Observatory for Human Rights said", the
         * "Foreign Affairs" of "the Ministry of Foreign Affairs said". */
        if (t >= 2 && dmi_tok_word(a, t - 1) && !(a->tokens[t - 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
            dmi_tok_in_set_cs(a, t - 1, &dmi_name_joiners) && dmi_tok_cap(a, t - 2) &&
            dmi_tok_same_sentence(a, t - 2, t))
            continue;
        /* ... nor an organisation's ("Jiji Press said", "Kyodo News said"). */
        if (dmi_tok_in_set_cs(a, t + 1, &dmi_org_words))
            continue;
        /* Not when the pair is itself a place ("New York said" is rare). */
        dmi_gaz_entry_t e[2];
        if (dmi_gazetteer_match(x->gaz, a->text + a->tokens[t].start,
                                a->tokens[t + 1].end - a->tokens[t].start, e, 2) > 0)
            continue;
        char kc[3] = "";
        person_country_evidence(x, t, t, t + 2, kc);
        if (add_name(x, t, t + 2, kc) != 0)
            return -1;
        x->person_tok[t] = x->person_tok[t + 1] = 1;
    }
    /* "Rahid, Chile's president, met ...": one capitalised word before an
     * apposition of office with no article (bare_appositive) is a person
     * named by the surname alone, when the word can be a name's and reads
     * as no country or town of some size, and no capitalised word runs
     * into it. */
    for (size_t t = 1; t + 3 < n; t++) {
        if (!dmi_tok_cap(a, t) || x->person_tok[t] || (a->tokens[t].flags & (DMI_TOK_UPPER | DMI_TOK_SENT_START)) ||
            dmi_tok_cap(a, t - 1) || !dmi_tok_same_sentence(a, t - 1, t) || !dmi_tok_punct(a, t + 1, ',') ||
            !(bare_appositive(x, t + 1) || country_office_after(x, t + 1)) || !name_words(x, t, t + 1) || tok_reading(x, t) == 2 ||
            tok_place_of_note(x, t) || town_named(x, t, t + 1))
            continue;
        char kc[3] = "";
        person_country_evidence(x, t, t, t + 1, kc);
        if (add_name(x, t, t + 1, kc) != 0)
            return -1;
        x->person_tok[t] = 1;
    }
    /* "Tyrise M. Bell", "George W. Bush": a middle initial between two
     * capitalised words is a person's name, whatever the given name. */
    for (size_t t = 0; t + 2 < n; t++) {
        if (!dmi_tok_cap(a, t) || x->person_tok[t] || (a->tokens[t].flags & DMI_TOK_UPPER) ||
            dmi_tok_len(a, t) < 2 || !dmi_tok_same_sentence(a, t, t + 2))
            continue;
        const char *m = dmi_tok_text(a, t + 1);
        if (!(dmi_tok_len(a, t + 1) == 2 && g_ascii_isupper(m[0]) && m[1] == '.') || !dmi_tok_cap(a, t + 2) ||
            (a->tokens[t + 2].flags & DMI_TOK_UPPER))
            continue;
        const char *z = dmi_tok_text(a, t + 2);
        if (dmi_tok_in_set_cs(a, t, &dmi_person_titles) || dmi_tok_in_set_cs(a, t, &dmi_org_words) ||
            (dmi_tok_len(a, t + 2) == 2 && z[1] == '.'))
            continue;   /* "Washington D. C.": initials after a place */
        char kc[3] = "";
        person_country_evidence(x, t, t, t + 3, kc);
        if (add_name(x, t, t + 3, kc) != 0)
            return -1;
        x->person_tok[t] = x->person_tok[t + 1] = x->person_tok[t + 2] = 1;
        t += 2;
    }
    /* An encyclopedia's lead: a sentence that opens with a name and a
     * bracket of life dates ("X Y Z (1919 - 1980) was ...", "X bin Y Al Z
     * (born 1980) is ..."): the name, particles and all, is a person's,
     * though no title or list marks it (lead_subject_name). */
    for (size_t si = 0; si < a->sentence_count; si++) {
        size_t t = a->sentences[si].first, e;
        if (t < n && !x->person_tok[t] && lead_subject_name(x, t, &e)) {
            /* A name found ending where the run ends ("Khalid Al Z" of
             * "Tamim bin Khalid Al Z", by its given name, here or in a
             * headline) is the same person's, the run its full name; any
             * other name inside the run leaves it alone. */
            size_t who = x->person_tok[e - 1] ? person_direct(x, e - 1) : NONE;
            if (who != NONE) {
                dmi_person_t *p = &x->people[who];
                if (p->full_last - p->full_first < e - t) {
                    p->full_first = t;
                    p->full_last = e;
                }
                if (p->first > t && p->first < e)
                    p->first = t;
            } else {
                int other = 0;
                for (size_t k = t; k < e; k++)
                    other |= x->person_tok[k];
                if (other)
                    continue;
                char kc[3] = "";
                person_country_evidence(x, t, t, e, kc);
                if (add_name(x, t, e, kc) != 0)
                    return -1;
            }
            for (size_t k = t; k < e; k++)
                x->person_tok[k] = 1;
        }
    }
    /* Full names no list knows: runs of capitalised words that read as a
     * person's name rather than a place (unlisted_full_name). */
    GHashTable *after_locative = words_after_locatives(x);
    for (size_t t = 0; t < n; t++) {
        if (!dmi_tok_cap(a, t) || x->person_tok[t])
            continue;
        size_t r = t;
        while (r < n && dmi_tok_cap(a, r) && dmi_tok_same_sentence(a, t, r) && !x->person_tok[r] &&
               (r == t || !(a->tokens[r].flags & DMI_TOK_SENT_START)))
            r++;
        size_t first = t;
        if (dmi_first_word_of_sentence(a, first) && dmi_tok_in_set_cs(a, first, &dmi_sentence_words))
            first++;
        /* "Ambassador to Athens Nazmi Akiman": a country, or a place of
         * note after a locative cue, leads the run but is no part of the
         * name. */
        while (first + 2 < r &&
               (tok_reading(x, first) == 2 || (tok_place_of_note(x, first) && dmi_cue_before(a, first))))
            first++;
        if (first < r && unlisted_full_name(x, after_locative, first, r)) {
            char kc[3] = "";
            person_country_evidence(x, first, first, r, kc);
            if (add_name(x, first, r, kc) != 0) {
                g_hash_table_destroy(after_locative);
                return -1;
            }
            for (size_t k = first; k < r; k++)
                x->person_tok[k] = 1;
        } else if (r == t + 1 && r < n && x->person_tok[r] && dmi_tok_same_sentence(a, t, r) && !plural_title(a, t) &&
                   !(a->tokens[r].flags & DMI_TOK_SENT_START) && tok_reading(x, t) != 2 && !dmi_cue_before(a, t) &&
                   !(dmi_first_word_of_sentence(a, t) && dmi_tok_in_set_cs(a, t, &dmi_sentence_words)) &&
                   name_words(x, t, r + 1)) {
            /* One more given name before a name found: "Nabil" of "Nabil
             * Abu Rudeina" when "Abu" started the name; a place of note
             * only where the words around are surely a person's (not
             * "UK-bashing Robert Mugabe", "Cambridge Analytica When asked"). */
            for (size_t i = 0; i < x->people_count; i++)
                if (x->people[i].full_first == r && !memchr(dmi_tok_text(a, t), '-', dmi_tok_len(a, t)) &&
                    (!tok_place_of_note(x, t) || person_context(x, t, x->people[i].full_last) == 2)) {
                    x->people[i].full_first = x->people[i].first = t;
                    x->person_tok[t] = 1;
                    break;
                }
        }
        t = r > t ? r - 1 : t;
    }
    g_hash_table_destroy(after_locative);
    /* Every occurrence of a surname, before or after the full name (and a
     * following given name, as in Korean "Kim Jong-un"), is the person; so
     * is any other word of a full name written alone when it reads as no
     * country or demonym: East Asian surnames come first ("Han" of "Han
     * Sung Joo", "Cheng" of "Cheng Lei"), Vietnamese news names a person by
     * the given name ("Vinh"). Not the first word of a place's name ("Costa"
     * of "Costa Rica"). */
    /* "Defense Minister Chi Vinh Nguyen": each full name's words after the
     * words of office, when they can be a name's (NONE: none). */
    size_t *from = x->people_count ? dmi_calloc(x->people_count, sizeof *from) : NULL;
    if (x->people_count && !from)
        return -1;
    for (size_t i = 0; i < x->people_count; i++) {
        const dmi_person_t *p = &x->people[i];
        size_t f = p->full_first;
        while (f + 1 < p->full_last &&
               (dmi_tok_in_set_cs(a, f, &dmi_person_titles) || dmi_tok_in_set_cs(a, f, &dmi_org_words)))
            f++;
        /* "Defense Minister": a word that is never a place alone goes with
         * the title after it, not when it starts the name ("Lee" of "Lee
         * Jae-myung"). */
        for (size_t g = f; g + 1 < p->full_last && dmi_tok_in_set_cs(a, g, &dmi_never_alone); g++)
            if (dmi_tok_in_set_cs(a, g + 1, &dmi_person_titles) || dmi_tok_in_set_cs(a, g + 1, &dmi_org_words)) {
                f = g + 2;
                while (f + 1 < p->full_last &&
                       (dmi_tok_in_set_cs(a, f, &dmi_person_titles) || dmi_tok_in_set_cs(a, f, &dmi_org_words)))
                    f++;
                break;
            }
        /* A family name first that is also a word never a place alone
         * ("Lee", "Park", "Moon") is still the name's; so is the last of
         * three syllables of a Korean name written without a hyphen ("Ban
         * Ki Moon", "Yoon Ki Moon"), though that word is never read alone
         * as the person (below). */
        size_t last_word = p->full_last - 1;
        int named =
            name_words(x, f, p->full_last) ||
            (dmi_tok_in_set_cs(a, f, &dmi_never_alone) && name_words(x, f + 1, p->full_last)) ||
            (p->full_last - f >= 3 && dmi_tok_in_set_cs(a, last_word, &dmi_never_alone) && name_words(x, f, last_word));
        from[i] = p->full_last - f >= 2 && named ? f : NONE;
    }
    for (size_t t = 0; t < n; t++) {
        if (!dmi_tok_cap(a, t) || x->person_tok[t])
            continue;
        int surname = 0, word = 0, leading = 0;
        for (size_t i = 0; i < x->people_count && !surname; i++) {
            const dmi_person_t *p = &x->people[i];
            surname = surname_at(a, t, p->surname);
            for (size_t k = from[i]; from[i] != NONE && !word && k < p->full_last; k++) {
                /* (the list lookup last: this runs for every token) */
                word = k != t && dmi_tok_len(a, k) == dmi_tok_len(a, t) &&
                       memcmp(dmi_tok_text(a, k), dmi_tok_text(a, t), dmi_tok_len(a, t)) == 0 &&
                       (k == from[i] || !dmi_tok_in_set_cs(a, k, &dmi_never_alone));
                leading = word && k == from[i];
            }
        }
        if (!surname && !word)
            continue;
        if (in_place_name(x, t))
            continue;
        /* A two-letter word alone is a name only as the first word of a
         * full name: the family name of Chinese and Korean order ("Hu" of
         * "Hu Jintao", "Li" of "Li Luye"). */
        size_t shortest = leading && !(a->tokens[t].flags & DMI_TOK_UPPER) ? 2 : 3;
        if (surname ||
            (dmi_tok_len(a, t) >= shortest && !dmi_tok_in_set_cs(a, t, &dmi_name_particles) && tok_reading(x, t) != 2))
            x->person_tok[t] = 1;
    }
    free(from);
    name_acronyms(x);
    mark_spokespersons(x);
    /* How often each person is named: the surname's occurrences. */
    for (size_t t = 0; t < n; t++)
        if (x->person_tok[t]) {
            size_t i = person_direct(x, t);
            if (i != NONE && dmi_tok_eq(a, t, x->people[i].surname))
                x->people[i].mentions++;
        }
    return 0;
}

const char *dmi_person_country(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (t >= a->token_count || !x->person_tok[t])
        return "";
    size_t who = dmi_person_at(x, t);  /* "Lee" of "Lee Jae-myung" too */
    if (who != NONE && x->people[who].country[0])
        return x->people[who].country;
    for (size_t i = 0; i < x->people_count; i++) {
        const dmi_person_t *p = &x->people[i];
        if (surname_at(a, t, p->surname))
            return p->country;
        if (t >= p->first && t < p->last)
            return p->country;
    }
    return "";
}

/* The person whose name holds token t directly: a full mention covers t, or
 * t is the surname. */
static size_t person_direct(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    for (size_t i = 0; i < x->people_count; i++) {
        const dmi_person_t *p = &x->people[i];
        if ((t >= p->first && t < p->last) || (t >= p->full_first && t < p->full_last) ||
            surname_at(a, t, p->surname) || (p->alias[0] && dmi_tok_eq(a, t, p->alias)))
            return i;
    }
    return NONE;
}

size_t dmi_person_at(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (t >= a->token_count || !x->person_tok[t] || (a->tokens[t].flags & DMI_TOK_POSS))
        return NONE;
    size_t i = person_direct(x, t);
    if (i != NONE && x->people[i].full_last - x->people[i].full_first > 1)
        return x->people[i].thing ? NONE : i;
    /* A name written alone: the longer name that holds the word ("Kim" of
     * "Kim Jong-un", "Lula" of "Luiz Inacio Lula da Silva"), the one
     * written last before t, else the first written after it. */
    size_t best = NONE;
    for (size_t j = 0; j < x->people_count; j++) {
        const dmi_person_t *p = &x->people[j];
        if (j == i || p->full_last - p->full_first < 2)
            continue;
        int holds = 0;
        for (size_t k = p->full_first; k < p->full_last && !holds; k++)
            holds = dmi_tok_len(a, k) == dmi_tok_len(a, t) &&
                    memcmp(dmi_tok_text(a, k), dmi_tok_text(a, t), dmi_tok_len(a, t)) == 0;
        if (!holds)
            continue;
        if (best == NONE ||
            (p->full_first < t && (x->people[best].full_first > t || p->full_first > x->people[best].full_first)))
            best = j;
    }
    size_t found = best != NONE ? best : i;
    return found != NONE && x->people[found].thing ? NONE : found;
}

int dmi_person_name(const dmi_extraction_t *x, size_t person, char *out, size_t size)
{
    const dmi_article_t *a = x->art;
    const dmi_person_t *p = &x->people[person];
    size_t last = p->full_last;
    while (last > p->full_first + 1 && (a->tokens[last - 1].flags & DMI_TOK_POSS))
        last--;
    size_t n = 0;
    int space = 0;
    for (size_t b = a->tokens[p->full_first].start; b < a->tokens[last - 1].end; b++) {
        char c = a->text[b];
        if (g_ascii_isspace(c)) {
            space = 1;
            continue;
        }
        if (n + space + 2 > size)
            return 0;
        if (space)
            out[n++] = ' ';
        space = 0;
        out[n++] = c;
    }
    out[n] = '\0';
    return n > 0;
}

/* Lower-case titles that stand for the holder named earlier after the same
 * title capitalised ("the governor" for "Governor X"): rules/described_titles.txt. */
static const char *const described_titles_list[] = {
#include "rules/described_titles.inc"
    NULL};
static dmi_word_set_t described_titles = DMI_WORD_SET(described_titles_list);

/* Titles of a country's head written before the name ("Israeli Prime
 * Minister X", "Saudi King Y"): "the Israeli leader" stands for their
 * holder whatever the title was; "the Saudi monarch" for a royal one's.
 * rules/leader_titles.txt, rules/royal_titles.txt. */
static const char *const leader_titles_list[] = {
#include "rules/leader_titles.inc"
    NULL};
static dmi_word_set_t leader_titles = DMI_WORD_SET(leader_titles_list);
static const char *const royal_titles_list[] = {
#include "rules/royal_titles.inc"
    NULL};
static dmi_word_set_t royal_titles = DMI_WORD_SET(royal_titles_list);

/* Person p's name, first written at f, comes right after a head's title
 * (a royal one's when royal): "Prime Minister" is read as two words, since
 * "Minister" alone is any minister's. */
static int head_title_before(const dmi_article_t *a, size_t f, int royal)
{
    if (f == 0)
        return 0;
    if (royal)
        return dmi_tok_in_set_cs(a, f - 1, &royal_titles);
    return dmi_tok_in_set_cs(a, f - 1, &leader_titles) ||
           (f >= 2 && dmi_tok_eq(a, f - 1, "Minister") && dmi_tok_eq(a, f - 2, "Prime"));
}

/* Words of a passing state between "the" and a title that leave the title
 * as it is: "the visiting premier" is the premier named before. */
static const char *const passing_states[] = {"visiting", "outgoing", "incoming", NULL};

static int same_word(const dmi_article_t *a, size_t u, size_t v)
{
    return dmi_tok_len(a, u) == dmi_tok_len(a, v) &&
           g_ascii_strncasecmp(dmi_tok_text(a, u), dmi_tok_text(a, v), dmi_tok_len(a, v)) == 0;
}

/* Token t is in the article's first line of prose written as a headline:
 * in title case, with no full stop at its end. */
static int headline_in_title_case(const dmi_article_t *a, size_t t)
{
    size_t first = 0;
    while (first < a->sentence_count && a->sentences[first].start < a->headline_from)
        first++;
    if (a->tokens[t].sentence != first)
        return 0;
    const dmi_sentence_t *sn = &a->sentences[first];
    return !(sn->last > sn->first && dmi_tok_punct(a, sn->last - 1, '.')) && dmi_title_case_sentence(a, t);
}

/* The country a description's modifier ending right before token end
 * names: a demonym or a country's name after "the" ("the North Korean",
 * "the U.S."), the same after "his", "her" or "their" for a counterpart
 * ("his Chinese counterpart"), or a country's name in the possessive
 * ("Israel's"). NULL when none; *modified is set when a place's name
 * stands there at all (a description with another place before it, "the
 * Busan mayor", is no one's). */
static const char *description_country(const dmi_extraction_t *x, size_t end, int counterpart, int *modified)
{
    const dmi_article_t *a = x->art;
    size_t e = end;
    int poss = e > 0 && (a->tokens[e - 1].flags & DMI_TOK_POSS);
    if (poss)
        e--;
    const dmi_mention_t *m = dmi_mention_ending_at(x, e);
    *modified = m != NULL;
    if (!m)
        return NULL;
    const dmi_xplace_t *pl = &x->places[m->place];
    int country = (m->flags & DMI_MENTION_DEMONYM) || pl->kind == DM_PLACE_COUNTRY;
    if (!country || !pl->country[0])
        return NULL;
    if (poss)
        return pl->kind == DM_PLACE_COUNTRY && !(m->flags & DMI_MENTION_DEMONYM) ? pl->country : NULL;
    if (m->first == 0)
        return NULL;
    if (dmi_tok_is(a, m->first - 1, "the") && !counterpart)
        return pl->country;
    if (counterpart && (dmi_tok_is(a, m->first - 1, "his") || dmi_tok_is(a, m->first - 1, "her") ||
                        dmi_tok_is(a, m->first - 1, "their")))
        return pl->country;
    return NULL;
}

/* The person a definite description at token t stands for: "the North
 * Korean leader" is the person of that country whose name was written
 * after the same title word earlier ("North Korean leader Kim Jong-un"),
 * when exactly one person is. t is the description's last word (its
 * title), a country before it (a demonym or a country's name after "the",
 * or a country's name in the possessive: "the U.S. president", "Israel's
 * prime minister"), "the" before that, with at most one more title word
 * between ("the South Korean foreign minister"). A bare title ("the
 * president", "the foreign minister", a capitalised "the First Lady" not
 * followed by a name) is the one person of any country written after the
 * same title words. "His Chinese counterpart" is the one person of that
 * country written after any title. A description
 * no one was named with before gives no one. A lower-case title of
 * rules/described_titles.txt stands as "the president" does ("the
 * governor", "the crown prince"); "the premier" and "the prime minister"
 * are one title; a passing state between ("the visiting premier") changes
 * nothing. Of several holders, the one the text names at least three times
 * and twice as often as each other one is meant.
 * NONE when it is not such a description or no single person fits. */
/* The title at t (with the word at before, for a two-word title) is the
 * one an apposition right after person p's full name gives: "Kim Min-seo,
 * South Korea's foreign minister,", "X, the Chilean foreign minister,".
 * Read from the comma to the next mark, six words at most. */
static int appositive_title(const dmi_article_t *a, const dmi_person_t *p, size_t t, size_t before)
{
    size_t c = p->full_last;
    if (!dmi_tok_punct(a, c, ','))
        return 0;
    for (size_t u = c + 1; u < a->token_count && u < c + 7 && u < t && dmi_tok_same_sentence(a, c, u); u++) {
        if ((!dmi_tok_word(a, u) && !(a->tokens[u].flags & DMI_TOK_POSS)) || dmi_tok_is(a, u, "former") ||
            dmi_tok_is(a, u, "then"))
            return 0; /* "X, a former foreign minister,": not the minister now */
        if (same_word(a, u, t) && (before == t || (u > c + 1 && same_word(a, u - 1, before))))
            return u + 1 < a->token_count && (dmi_tok_punct_any(a, u + 1) || !dmi_tok_same_sentence(a, u, u + 1));
    }
    return 0;
}

/* The title at t (with the word at before, for a two-word title) is the
 * one a copula right after person p's full name gives, past a bracket of
 * life dates: "X (1919 - 1980) was the last Shah of Persia", "X is the
 * Emir of C", "X was Chancellor of C from 1982". The title word must be
 * followed by "of", a mark or a lower-case word (not a name: "was an aide
 * to President Y" names Y), and only articles, ordinals and adjectives may
 * stand between the copula and it. */
static int predicate_title(const dmi_article_t *a, const dmi_person_t *p, size_t t, size_t before)
{
    static const char *const be[] = {"is", "was", "became", NULL};
    static const char *const stops[] = {"to", "for", "of", "under", "by", "with", "and", "or", "who", "that",
                                        "former", "not", "in", "at", NULL};
    /* Any mention of the surname before t may carry the copula (a
     * headline may name the person first). */
    for (size_t m = 0; m < t; m++) {
        if (!surname_at(a, m, p->surname))
            continue;
        size_t c = m + 1;
        size_t after = life_dates_end(a, c);
        if (after != NONE)
            c = after;
        if (c >= t || dmi_tok_in(a, c, be) < 0 || !dmi_tok_same_sentence(a, m, c))
            continue;
        for (size_t u = c + 1; u < a->token_count && u < c + 6 && u < t && dmi_tok_same_sentence(a, c, u); u++) {
            if (!dmi_tok_word(a, u) || dmi_tok_in(a, u, stops) >= 0)
                break;
            if (same_word(a, u, t) && (before == t || (u > c + 1 && same_word(a, u - 1, before)))) {
                if (u + 1 >= a->token_count || !dmi_tok_same_sentence(a, u, u + 1) || dmi_tok_punct_any(a, u + 1) ||
                    !dmi_tok_cap(a, u + 1))
                    return 1;
                break;
            }
        }
    }
    return 0;
}

size_t dmi_person_described(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    /* "the Saudi monarch" is no title written before a name, but stands for
     * one as "the Saudi leader" does (below, with a country only). */
    int monarch = dmi_tok_eq(a, t, "monarch");
    if (t < 2 || !dmi_tok_word(a, t) || (a->tokens[t].flags & DMI_TOK_UPPER) ||
        !(dmi_is_person_title(a, t) || dmi_tok_in_set_cs(a, t, &described_titles) || monarch))
        return NONE;
    int leader = monarch || dmi_tok_eq(a, t, "leader");
    /* A title is a description only with no name after it ("the
     * President said", "his Chinese counterpart met", not "the President
     * X", "his Chinese counterpart X"); a capitalised one not in a
     * headline in title case. */
    int cap = (a->tokens[t].flags & DMI_TOK_CAP) != 0;
    int named_after =
        t + 1 < a->token_count && dmi_tok_same_sentence(a, t, t + 1) && (x->person_tok[t + 1] || dmi_tok_cap(a, t + 1));
    /* "The foreign minister, Rosa Quispe, met ...": the apposition names
     * the holder, who may be someone other than the one named before. */
    int named_next = dmi_tok_punct(a, t + 1, ',') && t + 2 < a->token_count && dmi_tok_same_sentence(a, t, t + 2) &&
                     x->person_tok[t + 2];
    if (named_after || named_next || (cap && (x->person_tok[t] || headline_in_title_case(a, t))))
        return NONE;
    int counterpart = dmi_tok_eq(a, t, "counterpart");
    size_t end = t; /* the country's modifier ends here */
    if (!dmi_mention_ending_at(x, end) && end > 2 && dmi_tok_word(a, end - 1) &&
        !(a->tokens[end - 1].flags & DMI_TOK_POSS) &&
        (cap ? dmi_tok_cap(a, end - 1) && !(a->tokens[end - 1].flags & DMI_TOK_UPPER)
             : !(a->tokens[end - 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER))))
        end--; /* "foreign" of "foreign minister", "First" of "the First Lady" */
    int modified = 0;
    const char *cc = description_country(x, end, counterpart, &modified); /* NULL: any country */
    size_t before = t; /* "prime" of "the prime minister", matched too */
    if (cc)
        ;
    else if (modified || counterpart || (t + 1 < a->token_count && dmi_tok_is(a, t + 1, "of")))
        return NONE; /* "the president of the club" is someone else */
    else if (dmi_tok_is(a, t - 1, "the"))
        ; /* "the president" */
    else if (end == t - 1 && dmi_tok_is(a, t - 2, "the") && dmi_tok_in(a, t - 1, passing_states) >= 0)
        ; /* "the visiting premier": the premier */
    else if (end == t - 1 && dmi_tok_is(a, t - 2, "the"))
        before = t - 1; /* "the prime minister", "the First Lady" */
    else
        return NONE;
    /* "the premier" and "the prime minister" are one title. */
    int premier = before == t && dmi_tok_is(a, t, "premier");
    int prime = before != t && dmi_tok_is(a, before, "prime") && dmi_tok_is(a, t, "minister");
    size_t found[8], nf = 0;
    for (size_t i = 0; i < x->people_count; i++) {
        const dmi_person_t *p = &x->people[i];
        if (p->full_first == 0 || p->full_first >= t || (cc && strcmp(p->country, cc) != 0) || p->spokesperson ||
            p->thing)
            continue;
        /* A headline in title case tells no title: "Advisor to the Vice
         * President X's Trip" is not the Vice President. */
        if (headline_in_title_case(a, p->full_first) && !predicate_title(a, p, t, before))
            continue; /* (a lead's copula tells it: "X (born 1980) is the Emir of C") */
        size_t f = p->full_first;
        int prime_before = f >= 2 && dmi_tok_is(a, f - 1, "minister") && dmi_tok_is(a, f - 2, "prime");
        if (counterpart) {
            if (!dmi_is_person_title(a, f - 1))
                continue;
        } else if (premier && prime_before) {
            ; /* "Prime Minister X", then "the premier" */
        } else if (prime && dmi_tok_is(a, f - 1, "premier")) {
            ; /* "Premier X", then "the prime minister" */
        } else if (appositive_title(a, p, t, before)) {
            ; /* "X, C's foreign minister,", then "the minister" */
        } else if (predicate_title(a, p, t, before)) {
            ; /* "X (1919 - 1980) was the last Shah of C", then "the Shah" */
        } else if (leader && cc && before == t && head_title_before(a, f, monarch)) {
            ; /* "Israeli Prime Minister X", then "the Israeli leader" */
        } else if (!same_word(a, f - 1, t)) {
            continue;
        } else if (before != t && (f < 2 || !same_word(a, f - 2, before))) {
            /* A bare two-word title is the same two words: "the foreign
             * minister" is not "Prime Minister X". */
            continue;
        }
        if (nf < G_N_ELEMENTS(found))
            found[nf++] = i;
    }
    if (nf <= 1)
        return nf ? found[0] : NONE;
    /* Two such persons or more: the one the text is about, named at least
     * twice as often as each other one and three times at least (a
     * leader's trip abroad, "the president" among the hosts named once
     * each); else which one is meant is not told. */
    size_t best = found[0];
    for (size_t k = 1; k < nf; k++)
        if (x->people[found[k]].mentions > x->people[best].mentions)
            best = found[k];
    if (x->people[best].mentions < 3)
        return NONE;
    for (size_t k = 0; k < nf; k++)
        if (found[k] != best && 2 * x->people[found[k]].mentions > x->people[best].mentions)
            return NONE;
    return best;
}

/* The person token t's name span (from t on) ends before: its end token. */
static size_t person_span_end(const dmi_extraction_t *x, size_t t)
{
    while (t < x->art->token_count && x->person_tok[t] && !(x->art->tokens[t].flags & DMI_TOK_POSS))
        t++;
    return t;
}


size_t dmi_text_subject(const dmi_extraction_t *x)
{
    const dmi_article_t *a = x->art;
    size_t first = 0;
    while (first < a->sentence_count && a->sentences[first].start < a->headline_from)
        first++;
    for (size_t si = first; si < first + 2 && si < a->sentence_count; si++) {
        const dmi_sentence_t *sn = &a->sentences[si];
        /* A lead: the sentence opens with the name (titles may come
         * before it) and a bracket of life dates follows it. */
        size_t t = sn->first;
        while (t < sn->last && dmi_is_person_title(a, t))
            t++;
        if (t < sn->last && x->person_tok[t]) {
            size_t p = dmi_person_at(x, t);
            if (p != NONE && life_dates_end(a, person_span_end(x, t)) != NONE)
                return p;
        }
        /* A list of one person's trips: a plural noun of trips with "by"
         * or "of" and the name after it ("made by", "undertaken by" between
         * allowed), or the name in the possessive within three words before
         * it. The sentence must name no one else. */
        size_t who = NONE, others = 0;
        for (size_t u = sn->first; u < sn->last; u++) {
            size_t p = x->person_tok[u] ? dmi_person_at(x, u) : NONE;
            if (p == NONE && x->person_tok[u] && u + 1 < sn->last && x->person_tok[u + 1])
                continue;
            if (p != NONE) {
                if (who != NONE && p != who)
                    others++;
                u = person_span_end(x, u);
            }
            if (!trips_noun(a, u) || who != NONE)
                continue;
            size_t v = u + 1;
            if (dmi_tok_is(a, v, "made") || dmi_tok_is(a, v, "undertaken") || dmi_tok_is(a, v, "paid"))
                v++;
            if ((dmi_tok_is(a, v, "by") || dmi_tok_is(a, v, "of")) && v + 1 < sn->last) {
                size_t w = v + 1;
                while (w < sn->last && w < v + 4 && dmi_is_person_title(a, w))
                    w++;
                if (x->person_tok[w])
                    who = dmi_person_at(x, w);
            }
            for (size_t b = u; who == NONE && b > sn->first && b + 4 > u; b--)
                if ((a->tokens[b - 1].flags & DMI_TOK_POSS) && b >= 2 && x->person_tok[b - 2])
                    who = dmi_person_at(x, b - 2);
        }
        if (who != NONE && !others && !x->people[who].thing && !x->people[who].spokesperson)
            return who;
    }
    return NONE;
}

