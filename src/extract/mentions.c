/* Extraction, phase 2: place mentions. Longest matches of token runs
 * against the gazetteer ("North Korea", "Washington, D.C.", a Hangul name
 * with its postposition, the parts of "US-China") become candidates; the
 * context filters keep the ones a reader would mark (capitals, no person's
 * name, no month, no common word at a sentence's start, no name inside an
 * organisation's or a treaty's unless flagged embedded). Then the words
 * around each candidate are read into the cues the resolver needs, and the
 * resolver (src/places/resolve.c) chooses each one's reading.
 *
 * Takes: tokens, person tokens, the gazetteer. Gives: candidates in text
 * order with DMI_MENTION_* flags, resolved readings and x->countries. Never:
 * creates the story's places (story_places.c does), reads events. */
#include "extract-private.h"
#include "context-private.h"
#include "geom-private.h"

#include <glib.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SPAN_TOKENS 7

static int entries_prominent(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++)
        if (dmi_entry_prominent(&c->e[k]))
            return 1;
    return 0;
}

/* Prominent through a reading of the place's own name, its code ("BC") or
 * a country's any name: "Victoria", "Riyadh", "Burma"; not the one word
 * "Riad" (Riyadh's other name). */
static int prominent_by_own_name(const dmi_cand_t *c)
{
    if (c->last - c->first > 1)
        return entries_prominent(c);
    for (size_t k = 0; k < c->ne; k++)
        if (dmi_entry_prominent(&c->e[k]) &&
            (!c->e[k].is_alternate || c->e[k].is_abbrev || c->e[k].kind == DM_PLACE_COUNTRY))
            return 1;
    return 0;
}

/* The readings of text [start, end) a reader could mean, most prominent
 * first, at most max. */
static size_t gaz_lookup_max(const dmi_extraction_t *x, size_t start, size_t end, dmi_gaz_entry_t *out, size_t max)
{
    size_t n = dmi_gazetteer_match(x->gaz, x->art->text + start, end - start, out, max);
    int upper = n > 0 && dmi_text_is_upper(x->art->text + start, end - start);
    /* Capitals keep code keys; two or three capitals are only a code
     * ("BA" is British Airways, not Bath's old name "Ba"). */
    int code_only = upper && end - start <= 3;
    for (size_t i = start; code_only && i < end; i++)
        if (!g_ascii_isalpha(x->art->text[i]))
            code_only = 0;  /* "T&T" is a name */
    const char *s = x->art->text + start;
    size_t len = end - start;
    /* A given name ("Sam", "Ben", "Riad") is no exonym of a capital
     * ("Şam" for Damascus, "Ben" for Bern) in English text. */
    int given_name = memchr(s, ' ', len) == NULL && dmi_first_name_listed(s, len);
    /* "Kan.", "Pa.", "Ont.": a state's or province's abbreviation, not the
     * towns the stop-less word also names (Ganzhou's "Kan", Chongqing's
     * "Pa"); and without its stop the short word is no such abbreviation
     * ("Man", "Que"). */
    /* The stop is in the match, or right after it and then no sentence
     * starts ("Ont., with", "Sask. last week"; not "in Gaza. The"). */
    size_t word = s[len - 1] == '.' ? len - 1 : len;
    int stop = word < len;
    if (!stop && end < x->art->len && x->art->text[end] == '.') {
        size_t j = end + 1;
        while (j < x->art->len && x->art->text[j] == ' ')
            j++;
        stop = j < x->art->len && (g_ascii_islower(x->art->text[j]) || strchr(",;:)", x->art->text[j]));
    }
    int abbreviation = stop && word >= 2 && word <= 6 && g_ascii_isupper(s[0]);
    for (size_t i = 1; abbreviation && i < word; i++)
        abbreviation = g_ascii_islower(s[i]);
    int short_word = word <= 4 && !upper && !stop;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(upper ? (out[i].is_abbrev || !code_only) : !out[i].is_abbrev) ||
            (given_name && out[i].is_alternate && out[i].is_capital) ||
            (abbreviation && out[i].kind != DM_PLACE_REGION && out[i].kind != DM_PLACE_COUNTRY) ||
            (short_word && out[i].is_alternate && out[i].kind == DM_PLACE_REGION))
            continue;
        out[k++] = out[i];
    }
    return k;
}

static size_t gaz_lookup(const dmi_extraction_t *x, size_t start, size_t end, dmi_gaz_entry_t *out)
{
    return gaz_lookup_max(x, start, end, out, MAX_ENTRIES);
}

int dmi_push_cand(dmi_cand_vec_t *v, const dmi_cand_t *c)
{
    if (dmi_grow((void **)&v->items, &v->cap, v->count + 1, sizeof *v->items) != 0)
        return -1;
    v->items[v->count++] = *c;
    return 0;
}

/* Some reading of candidate c is of that kind. */
static int reads_as(const dmi_cand_t *c, dm_place_kind_t kind)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind == kind)
            return 1;
    return 0;
}

/* Token t, in capitals and in brackets, spells the initials of the
 * capitalised words before the bracket ("Open Radio Access Network (ORAN)";
 * "and", "of", "the", "for" may stand between them). */
static int spells_initials(const dmi_article_t *a, size_t t)
{
    if (t < 2 || !dmi_tok_punct(a, t - 1, '('))
        return 0;
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t), i = n;
    size_t u = t - 1;
    while (i > 0 && u > 0) {
        u--;
        if (!dmi_tok_word(a, u) || !dmi_tok_same_sentence(a, u, t))
            return 0;
        if (dmi_tok_eq(a, u, "and") || dmi_tok_eq(a, u, "of") || dmi_tok_eq(a, u, "the") || dmi_tok_eq(a, u, "for"))
            continue;
        if (!dmi_tok_cap(a, u) || g_ascii_toupper(dmi_tok_text(a, u)[0]) != g_ascii_toupper(s[i - 1]))
            return 0;
        i--;
    }
    return i == 0;
}

/* The candidate names a street: "Wichita Street", "Memphis St.", "Essex
 * County Road 3", "Dover and Kent avenues", "Main and Salem streets".
 * The street is not the town, state or country it is named after. */
static int names_a_street(const dmi_article_t *a, const dmi_cand_t *c)
{
    size_t t = c->first, u = c->last;
    if (c->end != a->tokens[u - 1].end || u >= a->token_count || !dmi_tok_same_sentence(a, t, u))
        return 0;
    if (dmi_tok_cap(a, u)) {
        if (!dmi_tok_in_set_cs(a, u, &dmi_street_words))
            return 0;
        /* A capitalised word after it makes a longer name, not a street:
         * "the Florida Highway Patrol", "the Portland Trail Blazers". */
        size_t v = u + 1;
        if (dmi_tok_punct(a, v, '.'))
            v++;
        static const char *const directions[] = {"North", "South", "East", "West", NULL};
        /* A date after the street is no part of its name: "opened on Kent
         * Street Monday", "addresses on Dover Road Jan. 4". */
        size_t w = v + 1;
        if (dmi_tok_punct(a, w, '.'))
            w++;
        int date_after = v < a->token_count && (dmi_weekday_of(dmi_tok_text(a, v), dmi_tok_len(a, v)) > 0 ||
                         (dmi_month_of(dmi_tok_text(a, v), dmi_tok_len(a, v)) > 0 && w < a->token_count &&
                          g_ascii_isdigit(dmi_tok_text(a, w)[0])));
        return !(dmi_tok_cap(a, v) && dmi_tok_same_sentence(a, u, v) && !dmi_tok_in_cs(a, v, directions) &&
                 !date_after);
    }
    /* The lower-case plural only after two names joined by "and" ("Tehran
     * streets" are Tehran's): "X and Y streets" for X and for Y. */
    int pair_before = t >= 2 && dmi_tok_eq(a, t - 1, "and") && dmi_tok_cap(a, t - 2) && dmi_tok_same_sentence(a, t - 2, t);
    if (!pair_before && dmi_tok_eq(a, u, "and") && u + 2 < a->token_count && dmi_tok_cap(a, u + 1) &&
        dmi_tok_same_sentence(a, t, u + 2)) {
        u += 2;
        pair_before = 1;
    }
    return pair_before && dmi_tok_word(a, u) && g_ascii_islower(dmi_tok_text(a, u)[0]) &&
           dmi_tok_in_set_cs(a, u, &dmi_street_words);
}

/* Verbs after a one-word name that make it a person's (rules/person_acts.txt). */
static const char *const person_acts_list[] = {
#include "rules/person_acts.inc"
    NULL};
static dmi_word_set_t person_acts = DMI_WORD_SET(person_acts_list);

/* Participles that after "was" or "is" make a one-word name a person's
 * (rules/person_states.txt). */
static const char *const person_states_list[] = {
#include "rules/person_states.inc"
    NULL};
static dmi_word_set_t person_states = DMI_WORD_SET(person_states_list);

/* Nouns of a person (rules/person_nouns.txt, from WordNet by
 * scripts/build-person-nouns.py). */
static const char *const person_nouns_list[] = {
#include "rules/person_nouns.inc"
    NULL};
static dmi_word_set_t person_nouns = DMI_WORD_SET(person_nouns_list);

/* After the comma at token n, an appositive headed by a person's noun:
 * "Hale, an anaesthetist,", "Hale, a retired bus driver who", "Hale,
 * the club's treasurer, said", "Hale, treasurer of the club,". The noun
 * must head the phrase (a comma, a stop, a bracket, a preposition or a
 * relative word after it: in "Dover, a sister city of Calais" the head is
 * "city"); without an article it is the first word. The phrase ends at its
 * first function word or verb ("Dover, a town whose mayor," is the
 * town's), three words after the article at most. Not
 * after "of" or "from": in "Ann Lee of Dover, a nurse," the nurse is Ann
 * Lee. */
static int person_appositive_at(const dmi_article_t *a, size_t w, size_t n)
{
    static const char *const articles[] = {"a", "an", "the", NULL};
    static const char *const origin[] = {"of", "from", NULL};
    static const char *const after_head[] = {"who", "whose", "of", "at", "for", "from", "with", "in", "on",
                                             "and", "since", "until", NULL};
    /* A verb ends the phrase: "Dover, the cities will move forward". */
    static const char *const verbs[] = {"is", "was", "are", "were", "be", "been", "has", "had", "have", "will",
                                        "would", "can", "could", "should", "may", "might", "must", "did",
                                        "does", "do", "said", "says", "which", "that", NULL};
    if (w > 0 && dmi_tok_prev_word(a, w) && dmi_tok_in(a, w - 1, origin) >= 0)
        return 0;
    size_t t = n + 1;
    int article = dmi_tok_word(a, t) && dmi_tok_in(a, t, articles) >= 0;
    if (article)
        t++;
    for (size_t k = 0; k < (article ? 3u : 1u) && t < a->token_count && dmi_tok_same_sentence(a, w, t); k++, t++) {
        if (!dmi_tok_word(a, t)) {
            /* "the club's treasurer": the possessive's mark. */
            if (article && (a->tokens[t].flags & DMI_TOK_POSS))
                continue;
            return 0;
        }
        if (dmi_tok_in(a, t, after_head) >= 0 || dmi_tok_in(a, t, verbs) >= 0)
            return 0;
        /* "a Denver nurse": a capitalised word only after the article. */
        if (g_ascii_isupper(dmi_tok_text(a, t)[0])) {
            if (!article)
                return 0;
            continue;
        }
        if (!dmi_tok_in_set_cs(a, t, &person_nouns))
            continue;
        size_t u = t + 1;
        if (u >= a->token_count || !dmi_tok_same_sentence(a, t, u))
            return 1;
        if (dmi_tok_word(a, u) ? dmi_tok_in(a, u, after_head) >= 0
                               : !(a->tokens[u].flags & DMI_TOK_POSS) && !dmi_tok_punct(a, u, '-'))
            return 1;
    }
    return 0;
}

/* The words after the one-word name at token w are a person's: a verb of
 * rules/person_acts.txt ("Hale visited"), a participle of
 * rules/person_states.txt after "was" ("Hale was arrested"), "who" ("Hale,
 * who"), an age in commas ("Hale, 52,"), an appositive headed by a person's noun ("Hale, an
 * anaesthetist,"). Not a verb of speech: a town's or a group's name
 * speaks too ("X said" is judged per mention in accept_candidate). */
static int person_sign_after(const dmi_article_t *a, size_t w)
{
    static const char *const who[] = {"who", "whose", NULL};
    static const char *const articles[] = {"the", "this", "a", "an", NULL};
    size_t n = w + 1;
    /* "the Kremlin said": a body's seat, no person (no article before a
     * person's name). */
    if (!dmi_tok_same_sentence(a, w, n) || (dmi_tok_prev_word(a, w) && dmi_tok_in(a, w - 1, articles) >= 0))
        return 0;
    /* "of 5 Mill Road, Dover, who is accused": the town closes an
     * address; the sign after it is the person's before it. */
    if (w >= 2 && dmi_tok_punct(a, w - 1, ',') && dmi_tok_same_sentence(a, w - 2, w) &&
        ((dmi_tok_cap(a, w - 2) && !dmi_first_word_of_sentence(a, w - 2)) || (a->tokens[w - 2].flags & DMI_TOK_NUM)))
        return 0;
    /* "spoke to Hale, an anaesthetist,": a person's noun in apposition
     * says so after a locative word too. */
    if (dmi_tok_punct(a, n, ',') && person_appositive_at(a, w, n))
        return 1;
    /* "Ann Lee, 28, of Dover, who": the person's, not the town's. */
    if (dmi_cue_before(a, w))
        return 0;
    if (dmi_tok_word(a, n)) {
        /* "Hale was arrested", "Hale had been driving": the participle
         * says it, not "was" (a town was flooded). */
        static const char *const be[] = {"was", "is", "were", NULL};
        static const char *const have[] = {"has", "had", NULL};
        size_t p = n;
        if (dmi_tok_in(a, p, have) >= 0 && dmi_tok_eq(a, p + 1, "been"))
            p += 2;
        else if (dmi_tok_in(a, p, be) >= 0)
            p++;
        if (p > n)
            return p < a->token_count && dmi_tok_same_sentence(a, w, p) && dmi_tok_word(a, p) &&
                   dmi_tok_in_set_cs(a, p, &person_states);
        if (dmi_tok_in_set_cs(a, n, &person_acts) || dmi_tok_in(a, n, who) >= 0)
            return 1;
        /* "Hale made his remarks", "Hale lost her seat": a verb whose
         * object is the subject's own, told with "his" or "her", is a
         * person's deed (a town's would be "its"; the fortieth round: the
         * geoparsing dev halves' surnames read as towns 1,000 km and more
         * from the story). A function word is no verb ("Dover and his
         * team", "Dover for her"). */
        static const char *const owners[] = {"his", "her", NULL};
        static const char *const function_words[] = {"and", "or", "but", "nor", "for", "with", "to", "of", "in",
                                                     "on", "at", "from", "by", "as", "than", "after", "before",
                                                     "against", "about", "into", "under", "over", "through",
                                                     "near", "like", "since", "during", "without", "toward",
                                                     "towards", "behind", "beyond", "among", "upon",
                                                     "because", "when", "where", "while", "whereas", "if",
                                                     "unless", "though", "although", "until", "once", "so",
                                                     "that", "than", "whether", "yet", NULL};
        return n + 1 < a->token_count && dmi_tok_same_sentence(a, n, n + 1) && dmi_tok_word(a, n + 1) &&
               dmi_tok_in_cs(a, n + 1, owners) && !g_ascii_isupper(dmi_tok_text(a, n)[0]) &&
               dmi_tok_in(a, n, function_words) < 0;
    }
    if (!dmi_tok_punct(a, n, ',') || n + 1 >= a->token_count || !dmi_tok_same_sentence(a, w, n + 1))
        return 0;
    if (dmi_tok_word(a, n + 1) && dmi_tok_in(a, n + 1, who) >= 0)
        return 1;
    return (a->tokens[n + 1].flags & DMI_TOK_NUM) && dmi_tok_len(a, n + 1) <= 3 && dmi_tok_punct(a, n + 2, ',') &&
           dmi_tok_same_sentence(a, w, n + 2);
}

/* The person words' table keeps the names told as someone's kin under
 * this prefix too (accept_candidate reads them for regions' names). */
#define KIN_KEY "kin\x1f"

/* Issue 15: a one-word name in apposition after a kin noun and a
 * possessive ("her niece, Virginia,", "his son, Dover.") is that
 * person's; so are its other bare mentions, even of a region's name
 * ("gave Virginia a ride"): a place is nobody's daughter. The name ends
 * its phrase (a comma, a stop or the sentence's end after it); the
 * mention itself was already the person's (the kin rule of
 * accept_candidate). */
static int person_sign_before(const dmi_article_t *a, size_t w)
{
    static const char *const owners[] = {"her", "his", "their", "my", "our", "your", NULL};
    static const char *const kin[] = {"daughter",  "son",     "wife",     "husband",     "mother",   "father",
                                      "brother",   "sister",  "grandson", "granddaughter", "niece",  "nephew",
                                      "cousin",    "stepson", "stepdaughter", "girlfriend", "boyfriend",
                                      "fiancee",   "fiance",  "grandmother", "grandfather", NULL};
    if (w < 3 || !dmi_tok_punct(a, w - 1, ',') || !dmi_tok_same_sentence(a, w - 3, w) || !dmi_tok_word(a, w - 2) ||
        !dmi_tok_in_cs(a, w - 2, kin) || !dmi_tok_word(a, w - 3) || dmi_tok_in(a, w - 3, owners) < 0)
        return 0;
    size_t n = w + 1;
    return n >= a->token_count || !dmi_tok_same_sentence(a, w, n) || dmi_tok_punct(a, n, ',') ||
           dmi_tok_punct(a, n, '.');
}

/* The words of the persons' names the article gives in full ("Tyler" of
 * "Tyler Grant", "Mercer" of "Ann Mercer"): alone elsewhere in
 * the same article they are that person, not a town of the name. So is a
 * one-word name that lives, dies or visits, or is told of with "who" or
 * an age ("Hale visited the fort", "Hale, who", "Hale, 52,"):
 * the article names that person by the surname alone, and its other bare
 * mentions of the word are the same person. */
static GHashTable *person_words_of(const dmi_extraction_t *x)
{
    const dmi_article_t *a = x->art;
    GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t w = 0; w + 1 < a->token_count; w++) {
        if (!dmi_tok_word(a, w) || !dmi_tok_cap(a, w) || (a->tokens[w].flags & DMI_TOK_UPPER) ||
            dmi_tok_len(a, w) < 3 || dmi_is_person_title(a, w))
            continue;
        int kin = person_sign_before(a, w);
        if (!kin && !person_sign_after(a, w))
            continue;
        /* One name alone: no capitalised word of the same name before it. */
        if (w > 0 && dmi_tok_word(a, w - 1) && dmi_tok_cap(a, w - 1) && dmi_tok_same_sentence(a, w - 1, w))
            continue;
        g_hash_table_add(h, g_strndup(dmi_tok_text(a, w), dmi_tok_len(a, w)));
        if (kin)
            g_hash_table_add(h, g_strdup_printf(KIN_KEY "%.*s", (int)dmi_tok_len(a, w), dmi_tok_text(a, w)));
    }
    for (size_t t = 0, u; dmi_next_person_span(x, &t, &u); t = u) {
        if (u - t < 2)
            continue;
        /* The surname, and the given name when it is a listed one: not a
         * middle word ("North Oxford Christian Centre" is no person's). */
        size_t ends[2] = {u - 1, t};
        for (int k = 0; k < 2; k++) {
            size_t w = ends[k];
            if (!dmi_tok_word(a, w) || (a->tokens[w].flags & DMI_TOK_UPPER) || dmi_tok_len(a, w) < 3 ||
                dmi_is_person_title(a, w) ||
                (k == 1 && !dmi_first_name_listed(dmi_tok_text(a, w), dmi_tok_len(a, w))))
                continue;
            g_hash_table_add(h, g_strndup(dmi_tok_text(a, w), dmi_tok_len(a, w)));
        }
    }
    return h;
}

/* The word two tokens before t (after = 0) or after it (after = 1), across
 * "and", is a person's: a token of a person's name, or a word of a name the
 * article gives in full. */
static int is_person_word(const dmi_extraction_t *x, GHashTable *person_words, size_t t, int after)
{
    const dmi_article_t *a = x->art;
    if (after ? t + 2 >= a->token_count : t < 2)
        return 0;
    size_t mid = after ? t + 1 : t - 1, o = after ? t + 2 : t - 2;
    if (!dmi_tok_eq(a, mid, "and") || !dmi_tok_word(a, o) || !dmi_tok_cap(a, o) || !dmi_tok_same_sentence(a, t, o))
        return 0;
    /* "Ann Lee and Dover Mayor Tom Hart": the town heads a name
     * of its own; "Bicester and Kidlington": a town's name both. */
    dmi_gaz_entry_t e[1];
    if ((t + 1 < a->token_count && dmi_tok_cap(a, t + 1) && dmi_tok_same_sentence(a, t, t + 1)) ||
        dmi_gazetteer_match(x->gaz, dmi_tok_text(a, o), dmi_tok_len(a, o), e, 1) > 0)
        return 0;
    if (x->person_tok[o])
        return 1;
    char *w = g_strndup(dmi_tok_text(a, o), dmi_tok_len(a, o));
    int found = g_hash_table_contains(person_words, w);
    g_free(w);
    return found;
}

/* Token t follows a place in a list: "Dover and Milford", "Kent
 * and Sussex counties". */
static int listed_after_place(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (t < 2 || !dmi_tok_same_sentence(a, t - 2, t) || !dmi_tok_cap(a, t - 2) ||
        !(dmi_tok_eq(a, t - 1, "and") || dmi_tok_eq(a, t - 1, "or") || dmi_tok_punct(a, t - 1, ',')))
        return 0;
    dmi_gaz_entry_t e[1];
    return dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t - 2), dmi_tok_len(a, t - 2), e, 1) > 0;
}

/* Token t is a dash ("-", "--", an en or em dash) or another mark that
 * no acronym's spelling-out uses: not a stop, comma, colon, bracket,
 * slash or quote (some feeds write the dash as a stray control
 * character). */
static int dash_token(const dmi_article_t *a, size_t t)
{
    if (t >= a->token_count || !(a->tokens[t].flags & DMI_TOK_PUNCT) || (a->tokens[t].flags & DMI_TOK_QUOTE))
        return 0;
    return strchr(".,;:()[]/", dmi_tok_text(a, t)[0]) == NULL;
}

/* The article's dateline is this name in capitals ("SALINA --"): the
 * town the story is filed from. A dash after it is a dateline wherever it
 * stands (after a byline and a date: "By A. Writer March 2, 2009 SALINA
 * --"); a comma or other stop only when the name opens a line or a
 * sentence (local papers run the dateline on after the headline's stop),
 * so an acronym spelled out beside its words ("the Youth Health (YHA)
 * Act", "the army chief (COAS), General X", "or YHA, Act") is none. */
static int dateline_of(const dmi_article_t *a, const char *s, size_t n)
{
    for (size_t t = 0; t + 1 < a->token_count && t < 200; t++) {
        if (!(a->tokens[t].flags & DMI_TOK_UPPER) || a->len - a->tokens[t].start < n ||
            g_ascii_strncasecmp(dmi_tok_text(a, t), s, n) != 0)
            continue;
        /* A name of several words ("SALT LAKE CITY", "ST. LOUIS") in
         * capitals throughout: u is the token after it. */
        size_t u = t + 1, stop = a->tokens[t].start + n;
        while (u < a->token_count && a->tokens[u].end <= stop &&
               ((a->tokens[u].flags & DMI_TOK_UPPER) || !dmi_tok_word(a, u)))
            u++;
        if (a->tokens[u - 1].end != stop || u >= a->token_count)
            continue;
        size_t b = a->tokens[t].start;
        while (b > 0 && (a->text[b - 1] == ' ' || a->text[b - 1] == '\t'))
            b--;
        int line_start = b == 0 || a->text[b - 1] == '\n';
        int opens = line_start || dmi_first_word_of_sentence(a, t);
        /* Followed by a dash or comma, or opening a line before a capital
         * ("LONDON The minister"; not a headline "NICE to open ..."). */
        if (dash_token(a, u) || (opens && dmi_tok_punct_any(a, u) && !dmi_tok_punct(a, u, '.')) ||
            (line_start && dmi_tok_cap(a, u)))
            return 1;
    }
    return 0;
}

/* Token t follows a quotation mark or a colon ("said: \u201cMany voters",
 * "Read More: the site"), where a capital says no more than at a sentence's start. */
static int after_quote_or_colon(const dmi_article_t *a, size_t t)
{
    return t > 0 && ((a->tokens[t - 1].flags & DMI_TOK_QUOTE) || dmi_tok_punct(a, t - 1, ':'));
}

static const char *const determiners[] = {"the", "this", "a", "an", NULL};
/* Words after a noun phrase's head, not inside it. */
static const char *const noun_enders[] = {"and", "or", "of", "in", "to", "at", "on", "for", "with", "from",
                                          "is", "was", "are", "were", "has", "had", "have", "said", "says",
                                          "will", "would", "can", "could", "should", "may",
                                          "which", "who", "that",
                                          /* "the Petersberg near Bonn", "the Bürgenstock above the
                                           * lake": a hill's or a resort's name placed by its town */
                                          "near", "outside", "above", "overlooking", "beside", "north",
                                          "south", "east", "west", NULL};

/* Every reading of c is a town or city. */
static int only_towns(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind != DM_PLACE_CITY || c->e[k].is_demonym)
            return 0;
    return c->ne > 0;
}

/* A region under this many people is a county, a borough, a district:
 * its name is as often a given name ("Devon", "Clare", "Kerry") as a
 * town's. */
#define GIVEN_NAME_REGION_POP 1000000

/* Every reading of c is a town or such a small region (no country, no
 * state of note, no demonym). */
static int only_minor_places(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++) {
        const dmi_gaz_entry_t *e = &c->e[k];
        if (e->is_demonym ||
            (e->kind != DM_PLACE_CITY && (e->kind != DM_PLACE_REGION || e->population >= GIVEN_NAME_REGION_POP)))
            return 0;
    }
    return c->ne > 0;
}

/* A given name that is also a town or a small region, before a capitalised
 * word that is no word of a place's or an institution's name: "Brent
 * Hale", "Stanley Moore", "Kobe Bryant", "Clare Short" (not "Sydney
 * Harbour", "Denver Police", "Devon County"). Countries and states of note
 * keep theirs ("Georgia Tech", "Jordan Valley"). */
static int given_name_before_surname(const dmi_extraction_t *x, const dmi_cand_t *c)
{
    const dmi_article_t *a = x->art;
    size_t t = c->first, nx = c->last;
    if (c->last - c->first != 1 || !only_minor_places(c) || !dmi_first_name_listed(dmi_tok_text(a, t), dmi_tok_len(a, t)) ||
        (a->tokens[t].flags & DMI_TOK_UPPER) || (a->tokens[nx].flags & DMI_TOK_UPPER))
        return 0;
    if (dmi_tok_in_set_cs(a, nx, &dmi_org_words) || dmi_tok_in_set_cs(a, nx, &dmi_org_heads) ||
        dmi_tok_in_set_cs(a, nx, &dmi_never_alone) || dmi_tok_in_set_cs(a, nx, &dmi_feature_heads) ||
        dmi_tok_in_set_cs(a, nx, &dmi_street_words) ||
        dmi_is_person_title(a, nx) || dmi_tok_in_set_cs(a, nx, &dmi_role_nouns) ||
        dmi_tok_in_set_cs(a, nx, &dmi_place_modifiers))
        return 0;
    /* A surname is no ordinary word of the article, and a third
     * capitalised word makes an institution ("Richmond Fire Department"). */
    if (dmi_written_lower(x, dmi_tok_text(a, nx), dmi_tok_len(a, nx)) ||
        (dmi_tok_cap(a, nx + 1) && dmi_tok_same_sentence(a, nx, nx + 1)))
        return 0;
    dmi_gaz_entry_t e[1];
    return dmi_gazetteer_match(x->gaz, a->text + c->start, a->tokens[nx].end - c->start, e, 1) == 0;
}

/* Token t opens its name, or follows one capitalised word that can only
 * be a given name the lists lack ("Oleg Hale, a retired nurse,"): no
 * place's name, no title, no word of an institution's, a street's or a
 * feature's name, and itself after no capitalised word. */
static int alone_or_after_given_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (t == 0 || !dmi_tok_word(a, t - 1) || !dmi_tok_cap(a, t - 1) || !dmi_tok_same_sentence(a, t - 1, t))
        return 1;
    size_t g = t - 1;
    if ((a->tokens[g].flags & DMI_TOK_UPPER) || dmi_tok_len(a, g) < 2 ||
        (g > 0 && dmi_tok_word(a, g - 1) && dmi_tok_cap(a, g - 1) && dmi_tok_same_sentence(a, g - 1, g)) ||
        dmi_is_person_title(a, g) || dmi_tok_in_set_cs(a, g, &dmi_org_words) ||
        dmi_tok_in_set_cs(a, g, &dmi_org_heads) || dmi_tok_in_set_cs(a, g, &dmi_never_alone) ||
        dmi_tok_in_set_cs(a, g, &dmi_feature_heads) || dmi_tok_in_set_cs(a, g, &dmi_street_words) ||
        dmi_tok_in_set_cs(a, g, &dmi_role_nouns) || dmi_tok_in_set_cs(a, g, &dmi_place_modifiers) ||
        dmi_written_lower(x, dmi_tok_text(a, g), dmi_tok_len(a, g)))
        return 0;
    dmi_gaz_entry_t e[1];
    return dmi_gazetteer_match(x->gaz, dmi_tok_text(a, g), dmi_tok_len(a, g), e, 1) == 0;
}

/* A reading big enough that a person's deed told of the very mention does
 * not hide it: a country, a capital, a city of a million, a first-level
 * region of GIVEN_NAME_REGION_POP people (smaller regions bear given names
 * and surnames as towns do). */
static int reads_as_major_for_person(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++) {
        const dmi_gaz_entry_t *e = &c->e[k];
        if (e->kind == DM_PLACE_COUNTRY || e->is_capital || e->population >= 1000000 ||
            (e->kind == DM_PLACE_REGION && e->population == 0))
            return 1;
    }
    return 0;
}

/* A reading big enough that a person's name does not hide it: a country, a
 * first-level region, a capital, a city of a million. */
static int reads_as_major(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind == DM_PLACE_COUNTRY || c->e[k].kind == DM_PLACE_REGION || c->e[k].is_capital ||
            c->e[k].population >= 1000000)
            return 1;
    return 0;
}

/* A saint's name before a possessive or a capitalised word names a church,
 * a school or a hospital ("St. Agnes's School", "St. Luke Methodist
 * Church"), not the town or parish of that name; a capital or a city of a
 * million keeps its possessive ("St. Petersburg's mayor"). */
static int names_a_saints_institution(const dmi_article_t *a, const dmi_cand_t *c)
{
    static const char *const saint[] = {"St", "St.", "Saint", "Ste", "Ste.", NULL};
    size_t nx = c->last;
    /* "St. Mary's High School": a word right after a saint's title, where
     * the gazetteer knows no place of the two words, is the saint's name,
     * never a place alone (a city called Mary is thousands of km off). */
    if (c->first > 0 && dmi_tok_in_cs(a, c->first - 1, saint) && dmi_tok_same_sentence(a, c->first - 1, c->first) &&
        c->start == a->tokens[c->first].start)
        return 1;
    if (c->last - c->first < 2 || !dmi_tok_in_cs(a, c->first, saint) || c->end != a->tokens[nx - 1].end ||
        !dmi_tok_same_sentence(a, c->first, nx))
        return 0;
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind == DM_PLACE_COUNTRY || c->e[k].is_capital || c->e[k].population >= 1000000)
            return 0;
    if (nx < a->token_count && (a->tokens[nx].flags & DMI_TOK_POSS))
        return 1;
    /* Before a capitalised word, a city of note stays the city ("St.
     * Paul's arena", its police: the embedded-name rules weigh those); a
     * city reached only through another of its names does not ("St. James
     * United Methodist Church" is no Vietnamese port once called so), unless
     * its own name is a saint's too ("St. Paul" for Saint Paul). */
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].population >= 100000 &&
            (!c->e[k].is_alternate || (c->e[k].name && (g_str_has_prefix(c->e[k].name, "Saint") ||
                                                        g_str_has_prefix(c->e[k].name, "St.") ||
                                                        g_str_has_prefix(c->e[k].name, "St ") ||
                                                        g_str_has_prefix(c->e[k].name, "Ste")))))
            return 0;
    return dmi_tok_cap(a, nx) && !(a->tokens[nx].flags & DMI_TOK_SENT_START) && !dmi_is_person_title(a, nx) &&
           !dmi_tok_in_set_cs(a, nx, &dmi_place_modifiers) && !dmi_tok_in_set_cs(a, nx, &dmi_org_words);
}

/* Accept or reject a candidate by its context; sets flags. */
/* A name of one of the lists, which hold names without "the". */
static int name_in(const char *s, size_t n, dmi_word_set_t *list)
{
    if (n > 4 && g_ascii_strncasecmp(s, "the ", 4) == 0) {
        s += 4;
        n -= 4;
    }
    return dmi_word_in_set(s, n, list);
}

/* The word before the name at token t, past an article ("at the UN",
 * "visited a White House"), is one of `words`. */
static int word_before(const dmi_article_t *a, size_t t, const char *const *words)
{
    size_t p = t;
    if (p > 0 && dmi_tok_prev_word(a, p) && dmi_tok_in(a, p - 1, determiners) >= 0)
        p--;
    return p > 0 && dmi_tok_prev_word(a, p) && dmi_tok_in(a, p - 1, words) >= 0;
}

/* The name at t ends a speech's "to" or "before" phrase ("a speech to the
 * joint session of the Congress", "an address before the Knesset"): up to
 * six lower-case words between, in its sentence. The seat is where the
 * speech was given. */
static int speech_addressed_to(const dmi_article_t *a, size_t t)
{
    static const char *const speech_nouns[] = {"speech", "speeches", "address", NULL};
    static const char *const openers[] = {"to", "before", NULL};
    for (size_t u = t; u > 1 && t - u < 7 && dmi_tok_same_sentence(a, t, u - 1); u--) {
        if (!dmi_tok_word(a, u - 1) || dmi_tok_cap(a, u - 1))
            return 0;
        if (dmi_tok_in(a, u - 1, openers) >= 0)
            return dmi_tok_same_sentence(a, t, u - 2) && dmi_tok_in(a, u - 2, speech_nouns) >= 0;
    }
    return 0;
}

/* Every reading of c is a demonym ("Irish", not "Irish" a town too). */
static int only_demonyms(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++)
        if (!c->e[k].is_demonym)
            return 0;
    return c->ne > 0;
}

/* The demonym at token t (ending before token nx) stands as a noun: after
 * a determiner or a copula, before a stop or a verb; or after a word of
 * languages, before a stop. */
static int demonym_as_noun(const dmi_article_t *a, size_t t, size_t nx)
{
    static const char *const people_before[] = {"the", "an", "a", "many", "some", "most", "few", "other",
                                                "were", "was", "are", "is", NULL};
    static const char *const tongue_before[] = {"in", "into", "study", "studying", "studied", "learn",
                                                "learning", "learned", "learnt", "teach", "teaching", "taught",
                                                "fluent", NULL};
    static const char *const verbs_after[] = {"are", "were", "is", "was", "have", "has", "had", "need",
                                              "needs", "who", "whose", "will", "would", "say", "said", NULL};
    int stop = nx >= a->token_count || !dmi_tok_same_sentence(a, t, nx) ||
               (!dmi_tok_word(a, nx) && !(a->tokens[nx].flags & DMI_TOK_POSS) && !dmi_tok_punct(a, nx, '-') &&
                !dmi_tok_punct(a, nx, '('));
    if (dmi_tok_in(a, t - 1, tongue_before) >= 0)
        return stop;
    if (dmi_tok_in(a, t - 1, people_before) < 0)
        return 0;
    return stop || (dmi_tok_word(a, nx) && dmi_tok_in(a, nx, verbs_after) >= 0);
}

/* The capitalised word at token nx, right after a candidate, goes on with
 * its name ("the War Cabinet", "the Vice President", "at Riverdale Lukoil"):
 * a locative cue before them ("in the", "to the") is then the longer name's,
 * not the candidate's. A date ("in Boston Monday"), a word in capitals and
 * a place's own name ("Paterson NJ", "Dover Delaware") end the name. */
static int name_goes_on(const dmi_extraction_t *x, size_t nx)
{
    static const char *const local_bodies_list[] = {
#include "rules/local_bodies.inc"
        NULL};
    static dmi_word_set_t local_bodies = DMI_WORD_SET(local_bodies_list);
    const dmi_article_t *a = x->art;
    const char *s = dmi_tok_text(a, nx);
    size_t n = dmi_tok_len(a, nx);
    if (!dmi_tok_word(a, nx) || (a->tokens[nx].flags & DMI_TOK_UPPER) || dmi_month_of(s, n) || dmi_weekday_of(s, n))
        return 0;
    dmi_gaz_entry_t e[1];
    if (dmi_gazetteer_match(x->gaz, s, n, e, 1) > 0)
        return 0;
    /* The town's own bodies keep the cue: "at the Cottonport Fire Station". */
    for (size_t u = nx; u < nx + 4 && dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, nx, u); u++)
        if (dmi_tok_in_set_cs(a, u, &dmi_org_words) || dmi_tok_in_set_cs(a, u, &dmi_org_heads) ||
            dmi_tok_in_set_cs(a, u, &local_bodies))
            return 0;
    return 1;
}

/* A disease or a pathogen named after the place where it was first found:
 * "the Marburg virus", "Lassa fever", "the Kent variant" (a word of
 * rules/pathogen_words.txt right after the name), and an influenza strain
 * written TYPE/PLACE/NUMBER ("an A/Texas/50/2012-like virus"). The name
 * says nothing about where the story happens, whatever the place's size.
 * The caller keeps a country: "the Sudan strain" of a virus is the
 * country's too, and "the X flu season" is a time in that country. */
static int names_a_pathogen(const dmi_article_t *a, const dmi_cand_t *c)
{
    static const char *const pathogen_list[] = {
#include "rules/pathogen_words.inc"
        NULL};
    static dmi_word_set_t pathogen_words = DMI_WORD_SET(pathogen_list);
    size_t t = c->first, nx = c->last;
    if (c->end != a->tokens[nx - 1].end || (a->tokens[nx - 1].flags & DMI_TOK_POSS))
        return 0;
    if (dmi_tok_word(a, nx) && dmi_tok_same_sentence(a, t, nx) && dmi_tok_in_set(a, nx, &pathogen_words) >= 0)
        return 1;
    return t >= 2 && c->start == a->tokens[t].start && dmi_tok_punct(a, t - 1, '/') && dmi_tok_cap(a, t - 2) &&
           dmi_tok_len(a, t - 2) == 1 && dmi_tok_punct(a, nx, '/') && nx + 1 < a->token_count &&
           (a->tokens[nx + 1].flags & DMI_TOK_NUM);
}

/* Issue 15: a ship's name ("HMS Montrose", "the frigate Hessen", "the
 * cruiser Moskva") is no place of the story, though many ships bear a
 * town's or a region's name: the word right before it is a hull prefix or
 * a noun of a vessel (rules/vessel_words.txt). After a lower-case noun a
 * country or a capital by its own name stays the actor it is ("the tanker
 * Tehran seized"); after a prefix, nothing does. */
static int names_a_vessel(const dmi_article_t *a, const dmi_cand_t *c)
{
    static const char *const vessel_words_list[] = {
#include "rules/vessel_words.inc"
        NULL};
    static dmi_word_set_t vessel_words = DMI_WORD_SET(vessel_words_list);
    size_t t = c->first;
    if (t == 0 || !dmi_tok_word(a, t - 1) || !dmi_tok_same_sentence(a, t - 1, t) ||
        !dmi_tok_in_set_cs(a, t - 1, &vessel_words))
        return 0;
    if (g_ascii_isupper(dmi_tok_text(a, t - 1)[0]))
        return 1;
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind == DM_PLACE_COUNTRY || (c->e[k].is_capital && !c->e[k].is_alternate))
            return 0;
    return 1;
}

/* Issue 15: the name ending before token nx is the subject of a verb of
 * hosting or welcoming (rules/host_verbs.txt, "welcomed"), within four
 * lower-case words ("Kiruna will host", "Visby is preparing to host",
 * "Laramie welcomed"): 1, a town's act (a summit needs a place); but -1
 * when a person's pronoun follows within five words of the verb, before
 * any punctuation ("will host her book club", "welcomed his guests"): a
 * person's. 0 when no such
 * verb comes first or a verb of speech does ("X said it would host"). */
static int hosting_subject(const dmi_article_t *a, size_t first, size_t nx)
{
    static const char *const hosts_list[] = {
#include "rules/host_verbs.inc"
        NULL};
    static dmi_word_set_t hosts = DMI_WORD_SET(hosts_list);
    static const char *const welcomes[] = {"welcomed", "welcomes", "welcoming", NULL};
    static const char *const pronouns[] = {"her", "his", "him", "she", "he", "herself", "himself", NULL};
    for (size_t u = nx; u < nx + 4 && u < a->token_count && dmi_tok_same_sentence(a, u, first) && dmi_tok_word(a, u) &&
                        !(a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER));
         u++) {
        if (dmi_tok_in_set_cs(a, u, &dmi_speech_verbs))
            return 0;
        if (dmi_tok_in_set(a, u, &hosts) < 0 && dmi_tok_in(a, u, welcomes) < 0)
            continue;
        /* In the verb's own phrase: "will host the fair, his office said"
         * is the town's. */
        for (size_t p = u + 1; p < u + 6 && p < a->token_count && dmi_tok_same_sentence(a, p, first) &&
                               dmi_tok_word(a, p);
             p++)
            if (dmi_tok_in(a, p, pronouns) >= 0)
                return -1;
        return 1;
    }
    return 0;
}

/* Issue 15: a name that types a thing is no place: a president's tenure
 * ("the Lincoln administration"), a ship's class
 * ("Virginia-class submarines", "a Kilo-class boat": "-class" right after
 * the name), or a weapon's type ("Tomahawk missiles", "Apache
 * helicopters": a noun of rules/weapon_nouns.txt right after a name all of
 * whose readings are towns under TYPE_TOWN_POP people, the noun not
 * followed by a word of attack: "the Sderot rocket attacks" were at the
 * town), or a sports club's ("an Arsenal fan": rules/club_nouns.txt, on
 * the same terms). */
#define TYPE_TOWN_POP 50000 /* as LONE_TOWN_POP: a town this small says little of itself */

static int names_a_type(const dmi_article_t *a, const dmi_cand_t *c)
{
    static const char *const weapon_nouns_list[] = {
#include "rules/weapon_nouns.inc"
        NULL};
    static dmi_word_set_t weapon_nouns = DMI_WORD_SET(weapon_nouns_list);
    static const char *const club_nouns_list[] = {
#include "rules/club_nouns.inc"
        NULL};
    static dmi_word_set_t club_nouns = DMI_WORD_SET(club_nouns_list);
    static const char *const attacks[] = {"attack", "attacks", "strike", "strikes", "fire", "barrage", "barrages",
                                          "sirens", "alert", "alerts", "shelter", "shelters", "launches", NULL};
    if (c->end + 6 <= a->len && a->text[c->end] == '-' && g_ascii_strncasecmp(a->text + c->end + 1, "class", 5) == 0 &&
        (c->end + 6 == a->len || !g_ascii_isalpha(a->text[c->end + 6])))
        return 1;
    size_t u = c->last;
    /* "the Lincoln administration", "the Madison presidency": a president
     * who bears a town's name; a capital keeps its name ("the Kyiv city
     * administration" is the city's government). */
    static const char *const tenures[] = {"administration", "administrations", "presidency", NULL};
    if (u < a->token_count && c->end == a->tokens[u - 1].end && dmi_tok_word(a, u) &&
        dmi_tok_same_sentence(a, c->first, u) && dmi_tok_in(a, u, tenures) >= 0 && only_towns(c)) {
        int capital = 0;
        for (size_t k = 0; k < c->ne; k++)
            capital |= c->e[k].is_capital;
        if (!capital)
            return 1;
    }
    if (u >= a->token_count || c->end != a->tokens[u - 1].end || !dmi_tok_word(a, u) ||
        !dmi_tok_same_sentence(a, c->first, u) ||
        (dmi_tok_in_set(a, u, &weapon_nouns) < 0 && dmi_tok_in_set(a, u, &club_nouns) < 0) ||
        (u + 1 < a->token_count && dmi_tok_same_sentence(a, u, u + 1) && dmi_tok_in(a, u + 1, attacks) >= 0))
        return 0;
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind != DM_PLACE_CITY || c->e[k].is_capital || c->e[k].population >= TYPE_TOWN_POP)
            return 0;
    return c->ne > 0;
}

/* Issue 15: a university named by its short name ("studied law at
 * Harvard", "a graduate of Georgetown", "a Yale economist") is no place of
 * the story, though a town or a capital elsewhere bears the name: one of
 * rules/university_names.txt with a word of study (rules/study_words.txt)
 * right after it, or "at", "from" or "of" before it and a word of study
 * one or two words before that, or "attended" right before it. "Students
 * in Cambridge" stay in the town. */
static int names_a_university(const dmi_article_t *a, const dmi_cand_t *c)
{
    static const char *const universities_list[] = {
#include "rules/university_names.inc"
        NULL};
    static dmi_word_set_t universities = DMI_WORD_SET(universities_list);
    static const char *const study_list[] = {
#include "rules/study_words.inc"
        NULL};
    static dmi_word_set_t study = DMI_WORD_SET(study_list);
    static const char *const preps[] = {"at", "from", "of", NULL};
    size_t t = c->first;
    if (c->last != t + 1 || !dmi_tok_in_set_cs(a, t, &universities))
        return 0;
    if (t + 1 < a->token_count && dmi_tok_word(a, t + 1) && dmi_tok_same_sentence(a, t, t + 1) &&
        dmi_tok_in_set_cs(a, t + 1, &study))
        return 1;
    if (!dmi_tok_prev_word(a, t) || !dmi_tok_same_sentence(a, t - 1, t))
        return 0;
    if (dmi_tok_is(a, t - 1, "attended"))
        return 1;
    if (dmi_tok_in(a, t - 1, preps) < 0)
        return 0;
    for (size_t k = 2; k <= 3 && k <= t; k++)
        if (dmi_tok_word(a, t - k) && dmi_tok_same_sentence(a, t - k, t) && dmi_tok_in_set_cs(a, t - k, &study))
            return 1;
    return 0;
}

/* Candidate c, one word, opens "Given C-Name": a hyphen right after it
 * and a capital letter after the hyphen (within its token or as the next
 * tokens), and right before it, one space off in the same sentence, a
 * capitalised word that is no place the gazetteer knows, no title, no
 * place modifier ("North"), and no sentence's first word unless a listed
 * given name ("The Dover-Calais ferry" names both towns). */
static int double_barrelled_after_name(const dmi_extraction_t *x, const dmi_cand_t *c)
{
    const dmi_article_t *a = x->art;
    size_t t = c->first;
    if (t < 1 || c->last - c->first != 1 || c->start != a->tokens[t].start || c->end + 2 > a->len ||
        a->text[c->end] != '-' || !g_ascii_isupper(a->text[c->end + 1]))
        return 0;
    size_t g = t - 1;
    if (!dmi_tok_word(a, g) || !dmi_tok_cap(a, g) || (a->tokens[g].flags & DMI_TOK_UPPER) ||
        !dmi_tok_same_sentence(a, g, t) || a->tokens[t].start != a->tokens[g].end + 1 || dmi_is_person_title(a, g))
        return 0;
    dmi_gaz_entry_t e[1];
    return dmi_gazetteer_match(x->gaz, dmi_tok_text(a, g), dmi_tok_len(a, g), e, 1) == 0 &&
           !dmi_tok_in_set_cs(a, g, &dmi_place_modifiers) &&
           (!dmi_first_word_of_sentence(a, g) || dmi_first_name_listed(dmi_tok_text(a, g), dmi_tok_len(a, g)));
}

/* A comma and then the name of a country or a first-level region that one
 * of c's readings lies in ("BIARRITZ, France --", "Kiruna, Sweden, will
 * host"): the qualifier is the text's own cue that c is that town, at a
 * sentence's start too (a wire dateline of a town abroad). */
static int qualified_after(const dmi_extraction_t *x, const dmi_cand_t *c)
{
    const dmi_article_t *a = x->art;
    size_t q = c->last + 1;
    if (c->end != a->tokens[c->last - 1].end || q >= a->token_count || !dmi_tok_punct(a, c->last, ',') ||
        !dmi_tok_cap(a, q) || !dmi_tok_same_sentence(a, c->first, q))
        return 0;
    for (size_t j = q; j < q + 3 && j < a->token_count && dmi_tok_word(a, j) && dmi_tok_same_sentence(a, q, j); j++) {
        dmi_gaz_entry_t e[MAX_ENTRIES];
        size_t ne = gaz_lookup(x, a->tokens[q].start, a->tokens[j].end, e);
        for (size_t k = 0; k < ne; k++) {
            if ((e[k].kind != DM_PLACE_COUNTRY && e[k].kind != DM_PLACE_REGION) || e[k].is_demonym)
                continue;
            for (size_t r = 0; r < c->ne; r++)
                if (c->e[r].kind == DM_PLACE_CITY && strcmp(c->e[r].country, e[k].country) == 0 &&
                    (e[k].kind == DM_PLACE_COUNTRY || dmi_places_in_state(x->gaz, &e[k], &c->e[r])))
                    return 1;
        }
    }
    return 0;
}

/* The gazetteer knows candidate c's name with the word before it, its
 * article ("The Hague", "the Hague"): the article is part of the name. */
static int known_with_article(const dmi_extraction_t *x, const dmi_cand_t *c)
{
    const dmi_article_t *a = x->art;
    size_t from = a->tokens[c->first - 1].start;
    dmi_gaz_entry_t e[1];
    return dmi_gazetteer_match(x->gaz, a->text + from, c->end - from, e, 1) > 0;
}

static int accept_candidate(dmi_extraction_t *x, dmi_cand_t *c, GHashTable *person_words)
{
    dmi_article_t *a = x->art;
    size_t t = c->first, last = c->last - 1;
    const dmi_token_t *ft = &a->tokens[t];
    const char *s = a->text + c->start;
    size_t n = c->end - c->start;
    int single = c->last - c->first == 1;
    int whole_token = c->start == ft->start && c->end == a->tokens[last].end;
    /* A treaty's acronym as one word of a longer name is that name's word:
     * a dateline's "SALT LAKE CITY" is no arms treaty. */
    for (size_t k = c->first; k < c->last; k++)
        if (x->person_tok[k] || dmi_tok_in_set_cs(a, k, &dmi_agencies) ||
            (single && dmi_tok_in_set_cs(a, k, &dmi_treaty_acronyms)))
            return 0;
    /* "the Gulf of Guinea", "the Gulf of Thailand": a sea's name that the
     * gazetteer does not know; "the Gulf" before "of" and a capitalised word
     * is the head of that name, not the Persian Gulf (whose key it is), 5,000
     * km off. A sea's name the gazetteer knows is matched whole ("the Gulf of
     * Aden"). */
    if (c->end == a->tokens[last].end && c->last + 1 < a->token_count && dmi_tok_is(a, c->last, "of") &&
        dmi_tok_cap(a, c->last + 1) && dmi_tok_same_sentence(a, t, c->last + 1)) {
        int areas = c->ne > 0;
        for (size_t k = 0; k < c->ne; k++)
            areas &= c->e[k].kind == DM_PLACE_AREA;
        if (areas)
            return 0;
    }
    /* A title before a person's name ("King Hussein", "Brig. Gen. X"). */
    if (c->last - c->first == 1 && dmi_is_person_title(a, t) && (ft->flags & DMI_TOK_CAP)) {
        size_t u = c->last;
        while (u < c->last + 4 && (dmi_tok_punct(a, u, '.') || dmi_is_person_title(a, u)))
            u++;
        if (u < a->token_count && x->person_tok[u])
            return 0;
    }
    /* A name right after a word of kin ("his mother Nawal", "her daughter,
     * Brittany,") is that person's; a country keeps its name. */
    if (single && t >= 1 && !reads_as(c, DM_PLACE_COUNTRY)) {
        static const char *const kin[] = {"son", "daughter", "wife", "husband", "widow", "mother", "father",
                                          "brother", "sister", "grandson", "granddaughter", "grandmother",
                                          "grandfather", "niece", "nephew", "cousin", "uncle", "aunt", "stepson",
                                          "stepdaughter", "fiancee", "fiance", "girlfriend", "boyfriend", NULL};
        size_t p = t - 1;
        if (dmi_tok_punct(a, p, ',') && p >= 1)
            p--;
        if (dmi_tok_word(a, p) && dmi_tok_in(a, p, kin) >= 0 && dmi_tok_same_sentence(a, p, t))
            return 0;
    }
    if (!reads_as(c, DM_PLACE_COUNTRY) && names_a_pathogen(a, c))
        return 0;
    if (names_a_vessel(a, c) || names_a_type(a, c) || names_a_university(a, c))
        return 0;
    /* "Mass.", "Ill.": a state only as a place's qualifier ("CAMBRIDGE,
     * Mass."), never elsewhere ("attended Mass."); rules/qualifier_abbreviations.txt. */
    {
        static const char *const qualifier_abbreviations_list[] = {
#include "rules/qualifier_abbreviations.inc"
            NULL};
        static dmi_word_set_t qualifier_abbreviations = DMI_WORD_SET(qualifier_abbreviations_list);
        if (single && dmi_word_in_set(a->text + a->tokens[t].start, dmi_tok_len(a, t), &qualifier_abbreviations) &&
            !(t >= 2 && dmi_tok_punct(a, t - 1, ',') && dmi_tok_cap(a, t - 2) && dmi_tok_word(a, t - 2) &&
              dmi_tok_same_sentence(a, t - 2, t)))
            return 0;
    }
    int cue = dmi_cue_before(a, t);
    if (cue)
        c->flags |= DMI_MENTION_CUE;
    /* One word of a person named in full elsewhere ("her son Tyler",
     * "Mercer denied it"), with no locative cue before it. */
    if (single && !cue && !reads_as_major_for_person(c) && c->start == ft->start && c->end == ft->end) {
        char *w = g_strndup(a->text + c->start, c->end - c->start);
        int of_person = g_hash_table_contains(person_words, w);
        /* ... a headline's capitals too: "BUSH, GORBACHEV SIGN TREATY"
         * over "President Bush" (the wire grid of the thirty-ninth round:
         * a leader's name read as a town drew the signing there). */
        if (!of_person && (a->tokens[t].flags & DMI_TOK_UPPER) && w[0] && w[1]) {
            for (char *q = w + 1; *q; q++)
                *q = g_ascii_tolower(*q);
            of_person = g_hash_table_contains(person_words, w);
            for (size_t u = 0; u < a->token_count && !of_person; u++)
                of_person = x->person_tok[u] && !(a->tokens[u].flags & DMI_TOK_UPPER) &&
                            dmi_tok_len(a, u) == dmi_tok_len(a, t) &&
                            g_ascii_strncasecmp(dmi_tok_text(a, u), dmi_tok_text(a, t), dmi_tok_len(a, t)) == 0;
        }
        g_free(w);
        if (of_person)
            return 0;
    }
    /* The mention itself does what only a person does ("Hale made his
     * remarks", "Hale, a retired nurse,"): a small region's name is no
     * exception (a province or a county of under GIVEN_NAME_REGION_POP
     * people, which reads_as_major keeps above); a country, a capital, a
     * city of a million or a larger region keeps its reading (the fortieth
     * round: an anchor's surname that a Russian province also bears drawn
     * 3,900 km from the story). */
    if (single && !cue && c->start == ft->start && c->end == ft->end && !(a->tokens[t].flags & DMI_TOK_UPPER) &&
        alone_or_after_given_name(x, t) && !reads_as_major_for_person(c) && person_sign_after(a, t))
        return 0;
    /* A name told as someone's kin ("her niece, Virginia,") is that
     * person in its bare mentions, a region's name too; not a country's, a
     * capital's or a city's of a million (reads_as_major less the regions). */
    if (single && !cue && c->start == ft->start && c->end == ft->end && !reads_as(c, DM_PLACE_COUNTRY)) {
        int big = 0;
        for (size_t k = 0; k < c->ne; k++)
            big |= c->e[k].is_capital || (c->e[k].kind == DM_PLACE_CITY && c->e[k].population >= 1000000);
        char *w = g_strdup_printf(KIN_KEY "%.*s", (int)(c->end - c->start), a->text + c->start);
        int of_kin = g_hash_table_contains(person_words, w);
        g_free(w);
        if (of_kin && !big)
            return 0;
    }
    /* A person's noun in apposition ("spoke to Hale, an anaesthetist,"),
     * with a locative word before the name or not. */
    if (single && !reads_as_major(c) && c->start == ft->start && c->end == ft->end && dmi_tok_punct(a, c->last, ',') &&
        !(t > 0 && dmi_tok_prev_word(a, t) && dmi_tok_in(a, t - 1, determiners) >= 0) &&
        person_appositive_at(a, t, c->last))
        return 0;
    /* Joined by "and" to a person ("Deen and Villanueva", "Ruiz and Lowell
     * were charged"), a town's name is another person's; a country or a
     * region keeps its name. */
    if (single && !cue && c->start == ft->start && c->end == ft->end && !reads_as(c, DM_PLACE_COUNTRY) &&
        !reads_as(c, DM_PLACE_REGION) && (is_person_word(x, person_words, t, 0) || is_person_word(x, person_words, t, 1)))
        return 0;
    /* A given name ("Hailey", "Connor", "Kristina") that is also a small
     * town is the town only with a cue or a qualifier after it
     * ("Hailey, Idaho"). */
    if (single && !cue && !entries_prominent(c) && c->start == ft->start && c->end == ft->end &&
        dmi_first_name_listed(s, n) && !(dmi_tok_punct(a, c->last, ',') && dmi_tok_cap(a, c->last + 1)) &&
        !listed_after_place(x, t) && !dateline_of(a, s, n))
        return 0;
    /* Capitalisation: the first letter of the match. */
    uint32_t first_cp;
    {
        size_t i = 0;
        first_cp = dmi_utf8_next(s, n, &i);
    }
    /* Scripts without case (Hangul, CJK) count as capitalised. */
    int upper_first = first_cp < 0x80 ? g_ascii_isupper((int)first_cp)
                                      : g_unichar_isupper(first_cp) ||
                                            (g_unichar_isalpha(first_cp) && !g_unichar_islower(first_cp) &&
                                             g_unichar_toupper(first_cp) == first_cp);
    int curated = 0, any_demonym = 0;
    for (size_t k = 0; k < c->ne; k++) {
        if (c->e[k].source && strncmp(c->e[k].source, "curated:", 8) == 0)
            curated = 1;
        if (c->e[k].is_demonym)
            any_demonym = 1;
    }
    if (!upper_first) {
        /* Lower-case descriptive names ("inter-Korean border") only from the
         * curated list, and only with a capital inside. */
        int has_cap = 0;
        for (const char *p = s; p < s + n; p++)
            if (g_ascii_isupper(*p))
                has_cap = 1;
        /* ... and either an article before it ("the White House"), a
         * capital in its first word ("inter-Korean border") or three words
         * or more: "the state Department of Health" is not the State
         * Department. */
        int first_cap = 0;
        for (const char *p = s; p < a->text + a->tokens[t].end; p++)
            if (g_ascii_isupper(*p))
                first_cap = 1;
        if (!(curated && has_cap && !single) ||
            !(first_cap || dmi_tok_eq(a, t, "the") || c->last - c->first >= 3))
            return 0;
        c->flags |= DMI_MENTION_DESCRIPTIVE;
    }
    int sent_start = dmi_first_word_of_sentence(a, t) || after_quote_or_colon(a, t);
    if (single && whole_token) {
        if (dmi_month_of(s, n) || dmi_weekday_of(s, n))
            return 0;
        /* Two-letter words are places only as capitals ("US", "UK"). */
        if (n <= 2 && !(ft->flags & DMI_TOK_UPPER))
            return 0;
        if (dmi_word_in_set(s, n, &dmi_never_alone) &&
            !(dmi_word_in_set(s, n, &dmi_never_alone_unless_cue) && (cue || entries_prominent(c))))
            return 0;
        /* All capitals: acronyms of countries ("US", "UAE") and datelines. */
        if ((ft->flags & DMI_TOK_UPPER) && n <= 3 && !entries_prominent(c))
            return 0;
        /* Longer acronyms: the initials of the words before it ("Open
         * Radio Access Network (ORAN)"), or an ordinary word in capitals
         * ("START", "SALT" treaties) when the place is obscure. */
        if ((ft->flags & DMI_TOK_UPPER) && n >= 3 && !reads_as(c, DM_PLACE_COUNTRY) &&
            (spells_initials(a, t) ||
             (!entries_prominent(c) && (dmi_written_lower(x, s, n) || dmi_word_in_set_ci(s, n, &dmi_never_alone)))))
            return 0;
        /* A town's name in capitals inside a sentence written in lower
         * case is an acronym ("the SAFE program", "NICE rules") unless it is
         * the dateline ("SALINA --"). */
        if ((ft->flags & DMI_TOK_UPPER) && n >= 3 && !memchr(s, '.', n) && only_towns(c) &&
            !dmi_title_case_sentence(a, t) && !dateline_of(a, s, n))
            return 0;
        /* Sentence-initial common words. */
        if (sent_start && dmi_word_in_set(s, n, &dmi_sentence_words))
            return 0;
    }
    /* The United Nations and its organs, the IAEA: the name stands for the
     * institution ("the U.N. charter", "ambassador to the UN", "UN envoy"),
     * whose seat is far from most stories, unless the text puts someone
     * there ("at the United Nations", "outside the UN headquarters"). */
    static const char *const institutions_list[] = {
#include "rules/institutions.inc"
        NULL};
    static dmi_word_set_t institutions = DMI_WORD_SET(institutions_list);
    if (name_in(s, n, &institutions)) {
        static const char *const at[] = {"at", "outside", "inside", "near", NULL};
        /* "on the sidelines of the UN General Assembly": a session's
         * margins are at its seat, where the people who met were. */
        if (!word_before(a, t, at) && !dmi_tok_on_margins_of(a, t, c->last) &&
            !(c->last < a->token_count &&
              (dmi_tok_is(a, c->last, "headquarters") || dmi_tok_is(a, c->last, "building"))))
            return 0;
    }
    /* A seat of government standing for the government ("the White House
     * said", "a charge the Kremlin denied", "the State Department's
     * spokesman"): a place only when the text puts someone there ("at the
     * White House", "talks in the Kremlin", "the Downing Street talks").
     * The name is the text's or any reading's (the record's aliases: "Oval
     * Office", "Foreign Office"). */
    static const char *const government_seats_list[] = {
#include "rules/government_seats.inc"
        NULL};
    static dmi_word_set_t government_seats = DMI_WORD_SET(government_seats_list);
    {
        int seat = name_in(s, n, &government_seats);
        for (size_t k = 0; k < c->ne && !seat; k++)
            seat = c->e[k].name && dmi_word_in_set(c->e[k].name, strlen(c->e[k].name), &government_seats);
        if (seat) {
            static const char *const there[] = {"at",      "to",       "outside", "inside", "near",    "in",
                                                "into",    "within",   "around",  "across", "visited", "visiting",
                                                "visit",   "visits",   "entered", "left",   "leaving", "reached",
                                                NULL};
            /* "the Downing Street talks", "a White House dinner": the venue;
             * "a Kremlin spokesman": who speaks there (events read it). */
            static const char *const gatherings[] = {"talks", "meeting", "meetings", "summit", "dinner", "lunch",
                                                     "banquet", "ceremony", "reception", "conference", NULL};
            /* "some in Downing Street": the people who work there. */
            static const char *const groups_list[] = {
#include "rules/group_pronouns.inc"
                NULL};
            static dmi_word_set_t groups = DMI_WORD_SET(groups_list);
            static const char *const within[] = {"in", "inside", "at", "within", NULL};
            size_t p = t > 0 && dmi_tok_prev_word(a, t) && dmi_tok_in(a, t - 1, determiners) >= 0 ? t - 1 : t;
            int group = p > 1 && dmi_tok_prev_word(a, p) && dmi_tok_in(a, p - 1, within) >= 0 &&
                        dmi_tok_prev_word(a, p - 1) && dmi_tok_in_set(a, p - 2, &groups) >= 0;
            /* "according to the White House", "remarks attributed to the
             * foreign ministry": the source, nobody there. */
            static const char *const sourced[] = {"according", "attributed", NULL};
            int source = p > 1 && dmi_tok_prev_word(a, p) && dmi_tok_is(a, p - 1, "to") && dmi_tok_prev_word(a, p - 1) &&
                         dmi_tok_in(a, p - 2, sourced) >= 0;
            /* "a Republican in the White House", "his years in the Kremlin":
             * the office held there (rules/office_terms.txt). */
            static const char *const office_terms_list[] = {
#include "rules/office_terms.inc"
                NULL};
            static dmi_word_set_t office_terms = DMI_WORD_SET(office_terms_list);
            int office = p > 1 && dmi_tok_prev_word(a, p) && dmi_tok_is(a, p - 1, "in") && dmi_tok_prev_word(a, p - 1) &&
                         dmi_tok_in_set(a, p - 2, &office_terms) >= 0;
            if ((group || source || office || (!word_before(a, t, there) && !speech_addressed_to(a, t))) &&
                !(dmi_tok_word(a, c->last) &&
                  (dmi_tok_in(a, c->last, gatherings) >= 0 || dmi_tok_in_set(a, c->last, &dmi_role_nouns) >= 0)))
                return 0;
        }
    }
    /* An organisation's whole name matched a place ("Red Cross", South
     * Carolina; "African Union", its headquarters): the actor, not a place. */
    /* Its headquarters only after a locative cue ("at the Palais des
     * Nations", "mission to the United Nations"). A curated area or region
     * is named as news names it, whatever its last word ("the West Bank"). */
    if (!single && dmi_tok_in_set_cs(a, last, &dmi_org_heads)) {
        int country = 0, site = 0, curated_area = 0;
        for (size_t k = 0; k < c->ne; k++) {
            country |= c->e[k].kind == DM_PLACE_COUNTRY;
            site |= c->e[k].kind == DM_PLACE_SITE;
            curated_area |= (c->e[k].kind == DM_PLACE_AREA || c->e[k].kind == DM_PLACE_REGION) && c->e[k].source &&
                            strncmp(c->e[k].source, "curated:", 8) == 0;
        }
        if (!country && !curated_area && !(site && cue))
            return 0;
    }
    /* Inside a longer capitalised name that ends in an organisation's word:
     * "Pacific Islands Forum leaders". */
    if (whole_token) {
        for (size_t u = c->last; u < c->last + 4 && dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, t, u) &&
                                 !(a->tokens[u].flags & DMI_TOK_SENT_START);
             u++)
            if (dmi_tok_in_set_cs(a, u, &dmi_org_heads) || dmi_tok_in_set_cs(a, u, &dmi_org_words)) {
                c->flags |= DMI_MENTION_EMBEDDED;
                break;
            }
    }
    /* A treaty, programme or forum named after a town: "Warsaw Pact",
     * "the Paris climate accord", "Bogor Goals". A country or a region that
     * is no town stays: it is an actor of its deals ("the Iran nuclear
     * deal", "the Northern Ireland peace accord"). */
    int any_country = reads_as(c, DM_PLACE_COUNTRY);
    if (!any_country && (reads_as(c, DM_PLACE_CITY) || reads_as(c, DM_PLACE_SITE)) &&
        c->end == a->tokens[last].end) {
        size_t u = c->last;
        if (dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, t, u) && dmi_tok_in_set_cs(a, u, &dmi_pact_words))
            c->flags |= DMI_MENTION_EMBEDDED;
        while (u < c->last + 2 && dmi_tok_word(a, u) && dmi_tok_same_sentence(a, t, u) &&
               dmi_tok_in_set_cs(a, u, &dmi_pact_modifiers))
            u++;
        /* In lower case only with a word of its field between: "the
         * Pretoria agreement" was reached in Pretoria, "the Paris climate
         * accord" is a framework the story need not draw. */
        if (u > c->last && dmi_tok_word(a, u) && dmi_tok_same_sentence(a, t, u) &&
            dmi_tok_in_set_cs(a, u, &dmi_pact_nouns))
            c->flags |= DMI_MENTION_EMBEDDED;
        /* A wire service named after its home: "the Fars news agency",
         * "a Tehran news agency" tell who reports, not where. */
        if (dmi_tok_is(a, c->last, "news") && c->last + 1 < a->token_count &&
            (dmi_tok_is(a, c->last + 1, "agency") || dmi_tok_is(a, c->last + 1, "service")) &&
            dmi_tok_same_sentence(a, t, c->last + 1))
            c->flags |= DMI_MENTION_EMBEDDED;
        /* The same named the other way: "the Treaty of Lisbon". */
        if (t >= 2 && dmi_tok_eq(a, t - 1, "of") && dmi_tok_in_set_cs(a, t - 2, &dmi_pact_words) &&
            dmi_tok_same_sentence(a, t - 2, t))
            c->flags |= DMI_MENTION_EMBEDDED;
    }
    /* "the Duke of Edinburgh", "the Archbishop of Canterbury", "the Prince
     * of Wales": a title, not a place of the story; a country stays ("the
     * Emir of Qatar" speaks for Qatar), and so does a crown prince's
     * emirate ("the Crown Prince of Dubai"). */
    static const char *const titles_of[] = {"Duke",   "Duchess",  "Earl",     "Countess",   "Marquess",
                                            "Marquis", "Viscount", "Baron",   "Baroness",   "Archbishop",
                                            "Bishop", "Prince",   "Princess", NULL};
    if (!any_country && t >= 2 && dmi_tok_eq(a, t - 1, "of") && dmi_tok_in_cs(a, t - 2, titles_of) &&
        !(t >= 3 && dmi_tok_eq(a, t - 3, "Crown")) && dmi_tok_same_sentence(a, t - 2, t))
        return 0;
    /* Joined to a capitalised word by a particle, a word is part of the
     * longer name: "Plaza de Mayo", "Río de la Plata", "Simone de
     * Beauvoir"; a city of note after the particle may be the place a
     * name is made from ("a Trail de Paris extension" in Paris, Texas). */
    if (single && whole_token && !any_country) {
        size_t u = t;
        while (u >= 1 && u + 2 > t && dmi_tok_in_set_cs(a, u - 1, &dmi_name_particles) &&
               dmi_tok_same_sentence(a, u - 1, t))
            u--;
        int city_of_note = 0;
        for (size_t k = 0; k < c->ne; k++)
            city_of_note |= c->e[k].kind == DM_PLACE_CITY && (c->e[k].is_capital || c->e[k].population >= 100000);
        if (u < t && u >= 1 && dmi_tok_cap(a, u - 1) && dmi_tok_same_sentence(a, u - 1, t) && !city_of_note)
            return 0;
        u = c->last;
        while (u < c->last + 2 && dmi_tok_in_set_cs(a, u, &dmi_name_particles) && dmi_tok_same_sentence(a, t, u))
            u++;
        if (u > c->last && dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, t, u))
            return 0;
    }
    /* "Belt and Road": an obscure word joined by "and" to a word of a
     * programme's name is part of that name. */
    static const char *const programme_words[] = {"Road", "Development", "Security", "Cooperation", "Peace",
                                                  "Prosperity", "Reconstruction", "Justice", "Reform", "Growth",
                                                  NULL};
    if (single && whole_token && !entries_prominent(c) && dmi_tok_eq(a, c->last, "and") &&
        dmi_tok_in_cs(a, c->last + 1, programme_words) && dmi_tok_same_sentence(a, t, c->last + 1))
        return 0;
    /* Part of a longer capitalised name: "Karoline Leavitt", "Jackson
     * Smith", "Washington Post". A prominent place the text names only by
     * another of its names ("Viktoria", "Riad", "Abo" for Victoria, Riyadh,
     * Turku) counts as obscure here: such spellings are persons' names
     * more often than places' ("Nash Riad"), though "Kiev Mayor" stays. */
    int prominent = entries_prominent(c), by_own_name = prominent_by_own_name(c);
    if (whole_token) {
        size_t nx = c->last;
        if (dmi_tok_cap(a, nx) && dmi_tok_same_sentence(a, t, nx) && !(a->tokens[nx].flags & DMI_TOK_SENT_START)) {
            if (dmi_tok_in_set_cs(a, nx, &dmi_org_words))
                c->flags |= DMI_MENTION_EMBEDDED;
            else if ((!prominent || (!by_own_name && !dmi_is_person_title(a, nx))) &&
                     !(cue && !name_goes_on(x, nx)) && !any_demonym)
                return 0;
            else if (given_name_before_surname(x, c))
                return 0;
        }
        /* ... but a capitalised article is part of the name when the
         * gazetteer knows the name with it ("in The Hague"). */
        if (dmi_tok_prev_word(a, t) && dmi_tok_cap(a, t - 1) && !(a->tokens[t - 1].flags & DMI_TOK_UPPER) &&
            !dmi_tok_in_set_cs(a, t - 1, &dmi_place_modifiers) && !dmi_is_person_title(a, t - 1) &&
            !(dmi_tok_is(a, t - 1, "the") && known_with_article(x, c)) &&
            !(a->tokens[t - 1].flags & DMI_TOK_SENT_START &&
              dmi_word_in_set(dmi_tok_text(a, t - 1), dmi_tok_len(a, t - 1), &dmi_sentence_words))) {
            /* "University of X" style handled by "of"; a capitalised word
             * right before: a name unless the place is prominent. */
            if (!by_own_name && !any_demonym)
                return 0;
        }
        /* "Leavitt said" for an obscure place is a person; so is a town
         * that is no capital and no city of a million ("Davis told"): only
         * capitals, countries and regions speak for their governments. */
        if ((!prominent || (!reads_as_major(c) && !cue)) && dmi_tok_word(a, nx) &&
            dmi_tok_in_set_cs(a, nx, &dmi_speech_verbs))
            return 0;
        /* "X, who died in 1984": a person; places take "which" and "where"
         * ("a man of X, who" tells of the man). */
        {
            static const char *const who[] = {"who", "whose", "whom", NULL};
            size_t w = dmi_tok_punct(a, nx, ',') ? nx + 1 : nx;
            if (single && !cue && !reads_as(c, DM_PLACE_COUNTRY) && !reads_as(c, DM_PLACE_REGION) && w < a->token_count &&
                dmi_tok_same_sentence(a, t, w) && dmi_tok_word(a, w) && dmi_tok_in(a, w, who) >= 0)
                return 0;
        }
        /* "University of Mississippi", "Bank of England". */
        if (t >= 2 && dmi_tok_eq(a, t - 1, "of") && dmi_tok_in_set_cs(a, t - 2, &dmi_org_words))
            c->flags |= DMI_MENTION_EMBEDDED;
    }
    /* A one-word name that reaches only obscure places, and those only
     * through other names than their own ("Igbo" for Igbo-Ukwu), needs a
     * cue: such spellings are more often a people's or a person's name. */
    if (single && whole_token && !prominent && !cue) {
        int own = 0;
        for (size_t k = 0; k < c->ne; k++)
            own |= !c->e[k].is_alternate || c->e[k].is_abbrev;
        if (!own)
            return 0;
    }
    /* A town takes no article when it is the noun: "the Alliance said",
     * "this Portal.", "the Woodlands hosts" (a foundation) are words or
     * names of other things ("a Dover man" is the town's), unless
     * the gazetteer knows the name with its article ("The Hague"). A cue
     * before the article is the noun's ("opposed to the Axis", "at the
     * Gatehouse"), but a list after it makes the towns modifiers of a
     * later noun ("from the Ocala or Live Oak areas"), which a cue
     * before them places. */
    int list_follows = c->last + 1 < a->token_count &&
                       (dmi_tok_eq(a, c->last, "and") || dmi_tok_eq(a, c->last, "or") || dmi_tok_punct(a, c->last, ',')) &&
                       dmi_tok_cap(a, c->last + 1);
    if (single && whole_token && !(cue && list_follows) && t > 0 && dmi_tok_same_sentence(a, t - 1, t) &&
        dmi_tok_in(a, t - 1, determiners) >= 0 && only_towns(c) &&
        (c->last >= a->token_count || !dmi_tok_word(a, c->last) || dmi_tok_in(a, c->last, noun_enders) >= 0)) {
        if (!known_with_article(x, c))
            return 0;
    }
    /* Obscure single words at the start of a sentence need a cue; so do
     * those the article also writes as ordinary words ("Read More"), and
     * those of a headline in title case or capitals, whose capitals say
     * nothing ("Envoy's Trip to Israel", "KING VISITS BRITAIN THIS WEEK").
     * A local paper's dateline, a name of one reading in capitals before
     * a dash ("SALINA - The council"), is its own cue; an ambiguous one is
     * not (its prior alone would choose, and pull the story's towns). */
    /* A town that hosts or welcomes a gathering opening a sentence is its
     * own cue ("Kiruna will host the ministers"); with a person's pronoun
     * after the verb ("Madison will host her book club") a person's name,
     * however prominent a town of that name (a country or a national
     * capital keeps its name). */
    int hosting = single && whole_token && sent_start && !cue ? hosting_subject(a, t, c->last) : 0;
    if (hosting < 0 && !reads_as(c, DM_PLACE_COUNTRY)) {
        int capital = 0;
        for (size_t k = 0; k < c->ne; k++)
            capital |= c->e[k].is_capital;
        if (!capital)
            return 0;
    }
    if (single && !prominent && !cue && hosting <= 0 &&
        (sent_start || (whole_token && dmi_written_lower(x, s, n)) || dmi_title_case_sentence(a, t)) &&
        !(c->ne == 1 && (a->tokens[t].flags & DMI_TOK_UPPER) && dash_token(a, c->last)) &&
        !(sent_start && !dmi_title_case_sentence(a, t) && qualified_after(x, c)))
        return 0;
    /* A word the article also writes as an ordinary word, opening a
     * sentence with no cue ("Tour takes in five chapels" beside "the
     * tour"): the capital is the sentence's, however prominent a place of
     * that name. Countries keep theirs. */
    if (single && whole_token && sent_start && !cue && dmi_written_lower(x, s, n) && !reads_as(c, DM_PLACE_COUNTRY))
        return 0;
    /* "Farsi Island", "Hudson River", "Fars Airport": a word before a
     * capitalised feature noun is part of that feature's name, which the
     * gazetteer did not know; not the province or town of that word
     * (countries keep theirs: "Taiwan Strait" names Taiwan too). Names of
     * two words too ("Santa Clara Valley", "St. Louis Hills"), though a
     * city's airport is the city's ("Long Beach Airport"). */
    static const char *const airports[] = {"Airport", "Airbase", NULL};
    /* A building ("Lancaster House") is named after a town or a title and
     * stands elsewhere; a state's house is its legislature ("the Iowa
     * House"), the state's. */
    static const char *const buildings[] = {"House", "Hall", NULL};
    if (whole_token && c->last < a->token_count && dmi_tok_same_sentence(a, t, c->last) &&
        dmi_tok_in_set_cs(a, c->last, &dmi_feature_heads) && !reads_as(c, DM_PLACE_COUNTRY) &&
        (single || !dmi_tok_in_cs(a, c->last, airports)) && (!dmi_tok_in_cs(a, c->last, buildings) || only_towns(c)))
        return 0;
    /* "Birmingham City", "Stoke City" before a lower-case word or a stop: a
     * club the gazetteer does not know as a town of that name, not the
     * town; "Harare City Council" is the town's council, and a name of two
     * words is no club's ("Los Angeles City elections"). */
    if (single && whole_token && !any_country && c->last + 1 < a->token_count &&
        dmi_tok_same_sentence(a, t, c->last) && dmi_tok_eq(a, c->last, "City") && !(a->tokens[c->last].flags & DMI_TOK_UPPER) &&
        !(dmi_tok_cap(a, c->last + 1) && dmi_tok_same_sentence(a, t, c->last + 1)))
        return 0;
    if (names_a_street(a, c) || names_a_saints_institution(a, c))
        return 0;
    /* "Lake X", "Camp X" that the gazetteer does not know whole: the
     * feature's own name, not the state or town X (countries keep theirs:
     * "Lake Chad"). "Lot 12", "Suite 4": a word of an address before its
     * number, not the department or town of that name. */
    if (whole_token && t > 0 && dmi_tok_same_sentence(a, t - 1, t) && dmi_tok_cap(a, t - 1) &&
        dmi_tok_in_set_cs(a, t - 1, &dmi_feature_prefixes) && !reads_as(c, DM_PLACE_COUNTRY))
        return 0;
    if (single && whole_token && c->last < a->token_count && dmi_tok_same_sentence(a, t, c->last) &&
        (a->tokens[c->last].flags & DMI_TOK_NUM) && dmi_tok_in_set_cs(a, t, &dmi_address_units))
        return 0;
    /* A name ends with a capitalised word ("Isle of Man") or a feature's
     * common noun ("the Korean peninsula", "Vnukovo airport"): a match
     * whose last word is any other lower-case word is a phrase ("The
     * meeting", a town's alternate name; "the foreign ministry"). The
     * curated names are written as news writes them ("Bürgenstock resort"). */
    static const char *const feature_words_list[] = {
#include "rules/feature_words.inc"
        NULL};
    static dmi_word_set_t feature_words = DMI_WORD_SET(feature_words_list);
    int last_lower = dmi_tok_word(a, last) && c->end == a->tokens[last].end;
    for (size_t i = 0; last_lower && i < dmi_tok_len(a, last); i++)
        last_lower = !g_ascii_isupper(dmi_tok_text(a, last)[i]);   /* "d'Ivoire" has a capital */
    if (!single && upper_first && last_lower && !curated && g_ascii_islower(dmi_tok_text(a, last)[0]) &&
        !dmi_tok_in_set_cs(a, last, &feature_words))
        return 0;
    /* A contraction ("We're", "I'd") is not a town spelt without its
     * apostrophe. */
    if (single && whole_token) {
        const char *ap = memchr(s, '\'', n);
        if (!ap && n >= 3) {
            for (size_t i = 0; i + 2 < n; i++)
                if ((unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99)
                    ap = s + i + 2;   /* U+2019, its last byte */
        }
        if (ap) {
            size_t rest = (size_t)(s + n - ap - 1);
            static const char *const endings[] = {"re", "ve", "d", "ll", "m", "t", NULL};
            for (int k = 0; endings[k]; k++)
                if (rest == strlen(endings[k]) && memcmp(ap + 1, endings[k], rest) == 0)
                    return 0;
        }
    }
    /* "Chamber of Commerce", "Bank of Korea": an obscure word before "of"
     * and a capitalised word names an institution. */
    if (single && whole_token && !prominent && !cue && c->last + 1 < a->token_count &&
        dmi_tok_eq(a, c->last, "of") && dmi_tok_cap(a, c->last + 1) && dmi_tok_same_sentence(a, t, c->last + 1))
        return 0;
    /* Plural people: "Americans", "North Koreans". */
    if (any_demonym && n > 1 && s[n - 1] == 's') {
        dmi_gaz_entry_t e[2];
        if (dmi_gazetteer_match(x->gaz, s, n - 1, e, 2) > 0)
            c->flags |= DMI_MENTION_PEOPLE;
    }
    /* A language, not a place: "in English", "speaks French". */
    if (any_demonym && single && dmi_tok_prev_word(a, t) &&
        (dmi_tok_is(a, t - 1, "speak") || dmi_tok_is(a, t - 1, "speaks") ||
         dmi_tok_is(a, t - 1, "speaking") || dmi_tok_is(a, t - 1, "spoke")))
        return 0;
    if (any_demonym && single && c->last < a->token_count &&
        (dmi_tok_is(a, c->last, "language") || dmi_tok_is(a, c->last, "languages")))
        return 0;
    /* A style, not a place: "Italian food", "a Mexican restaurant", "French
     * immersion" (rules/style_nouns.txt). */
    static const char *const style_nouns_list[] = {
#include "rules/style_nouns.inc"
        NULL};
    static dmi_word_set_t style_nouns = DMI_WORD_SET(style_nouns_list);
    if (any_demonym && single && whole_token && dmi_tok_word(a, c->last) && dmi_tok_same_sentence(a, t, c->last) &&
        dmi_tok_in_set(a, c->last, &style_nouns) >= 0)
        return 0;
    /* Issue 15: a place's name, a numeral of one or two digits and a
     * news outlet's word ("Europe 5 radio", "told Utopia 24 television")
     * name a broadcaster, not the place. */
    if (whole_token && c->last + 1 < a->token_count && dmi_tok_same_sentence(a, t, c->last + 1) &&
        (a->tokens[c->last].flags & DMI_TOK_NUM) && dmi_tok_len(a, c->last) <= 2 &&
        g_ascii_isdigit(dmi_tok_text(a, c->last)[0]) && dmi_tok_word(a, c->last + 1) &&
        dmi_tok_in_set(a, c->last + 1, &dmi_media_words) >= 0)
        return 0;
    /* Issue 15: a shop's name made of a place's name and a style ("the
     * Cairo Japanese Restaurant", "the Greek and Turkish Grill"): the
     * style's noun, capitalised, ends the name, after a demonym (or two
     * joined by "and"); the place's name or the first demonym before it is
     * the shop's, no place. */
    if (whole_token && c->last + 1 < a->token_count && dmi_tok_same_sentence(a, t, c->last + 1)) {
        size_t u = c->last;
        if (any_demonym && single && (dmi_tok_eq(a, u, "and") || dmi_tok_eq(a, u, "or")))
            u++;
        else if (any_demonym && single)
            u = a->token_count; /* the plain case is the rule above */
        if (u + 1 < a->token_count && dmi_tok_word(a, u) && dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, t, u + 1) &&
            dmi_tok_word(a, u + 1) && dmi_tok_cap(a, u + 1) && dmi_tok_in_set(a, u + 1, &style_nouns) >= 0) {
            dmi_gaz_entry_t de[MAX_ENTRIES];
            size_t nd = gaz_lookup(x, a->tokens[u].start, a->tokens[u].end, de);
            int demonym_next = 0;
            for (size_t k = 0; k < nd; k++)
                demonym_next |= de[k].is_demonym;
            if (demonym_next)
                return 0;
        }
    }
    /* A demonym as a noun, before a stop or a verb: a people ("the Irish
     * need", "an American;", "many Chinese are", "were British,") or a
     * tongue ("printed in Chinese,", "studying Portuguese."); before a noun
     * it is the country's adjective ("the Irish government"). */
    if (any_demonym && single && whole_token && only_demonyms(c) && dmi_tok_prev_word(a, t) &&
        dmi_tok_same_sentence(a, t - 1, t) && demonym_as_noun(a, t, c->last))
        return 0;
    /* "US$3.7m", "HK$": a currency. */
    if (c->end < a->len && a->text[c->end] == '$')
        return 0;
    return 1;
}

/* A Hangul token that is a name followed by a postposition ("서울에서" is
 * Seoul + "in"): fills c with the name's span and readings. */
static int korean_particle_match(const dmi_extraction_t *x, size_t t, dmi_cand_t *c)
{
    static const char *const particles[] = {"에서는", "에서", "으로", "에게", "까지", "부터", "에는", "와의",
                                            "과의",   "에",   "은",   "는",   "이",   "가",   "을",   "를",
                                            "의",     "와",   "과",   "로",   "도",   "만",   NULL};
    const dmi_article_t *a = x->art;
    const char *s = dmi_tok_text(a, t);
    size_t len = dmi_tok_len(a, t);
    if (len < 6 || (unsigned char)s[0] < 0xEA || (unsigned char)s[0] > 0xED)
        return 0;  /* Hangul syllables are U+AC00..U+D7A3: lead bytes EA..ED */
    for (int k = 0; particles[k]; k++) {
        size_t pl = strlen(particles[k]);
        if (len <= pl || memcmp(s + len - pl, particles[k], pl) != 0)
            continue;
        memset(c, 0, sizeof *c);
        c->ne = gaz_lookup(x, a->tokens[t].start, a->tokens[t].end - pl, c->e);
        if (c->ne == 0)
            continue;
        c->first = t;
        c->last = t + 1;
        c->start = a->tokens[t].start;
        c->end = a->tokens[t].end - pl;
        c->qualifier = -1;
        return 1;
    }
    return 0;
}

/* What a hostile article may make extraction hold: a name repeated past
 * DMI_EXTRACT_MAX_NAME_MENTIONS adds nothing a reader would miss, and past
 * DMI_EXTRACT_MAX_CANDIDATES mentions in all the rest of the article is not
 * read for places. No real article comes near either (the longest corpus
 * texts have a few hundred); each candidate holds ~2 KB of readings, so the
 * caps bound memory to ~200 MB whatever the input. */
#define DMI_EXTRACT_MAX_NAME_MENTIONS 1000

#define DMI_EXTRACT_MAX_CANDIDATES 100000

typedef struct {
    GHashTable *per_name;     /* first reading's gazetteer entry -> mentions kept */
    int truncated;
} cand_budget_t;

static int push_found(dmi_cand_vec_t *out, const dmi_cand_t *c, cand_budget_t *b)
{
    if (out->count >= DMI_EXTRACT_MAX_CANDIDATES) {
        b->truncated = 1;
        return 0;
    }
    gpointer key = GUINT_TO_POINTER(c->e[0].entry + 1u);
    guint kept = GPOINTER_TO_UINT(g_hash_table_lookup(b->per_name, key));
    if (kept >= DMI_EXTRACT_MAX_NAME_MENTIONS) {
        b->truncated = 1;
        return 0;
    }
    g_hash_table_insert(b->per_name, key, GUINT_TO_POINTER(kept + 1));
    return dmi_push_cand(out, c);
}

/* The longest gazetteer match starting at token t (within the sentence):
 * its last token, its readings in c; NONE when there is none. */
static size_t longest_match_at(dmi_extraction_t *x, size_t t, dmi_cand_t *c)
{
    dmi_article_t *a = x->art;
    size_t n = a->token_count, best = NONE;
    for (size_t j = t; j < n && j < t + MAX_SPAN_TOKENS; j++) {
        /* A comma or ampersand inside a name: "Washington, D.C.",
         * "Trinidad & Tobago". */
        if (j > t && (dmi_tok_punct(a, j, ',') || dmi_tok_punct(a, j, '&')) && dmi_tok_cap(a, j + 1) &&
            dmi_tok_same_sentence(a, t, j + 1))
            continue;
        /* ... and a possessive: "People's Republic of China" (not
         * "Republic of China" inside it). */
        if (j > t && (a->tokens[j].flags & DMI_TOK_POSS) && dmi_tok_cap(a, j + 1) &&
            dmi_tok_same_sentence(a, t, j + 1))
            continue;
        if (!dmi_tok_word(a, j) || !dmi_tok_same_sentence(a, t, j))
            break;
        size_t start = a->tokens[t].start, end = a->tokens[j].end;
        /* Keys drop apostrophes ("peoples republic"): a word before a
         * possessive is a prefix only with it. */
        size_t poss_end = j + 1 < n && (a->tokens[j + 1].flags & DMI_TOK_POSS) ? a->tokens[j + 1].end : end;
        if (!dmi_gazetteer_has_prefix(x->gaz, a->text + start, end - start) &&
            !(poss_end > end && dmi_gazetteer_has_prefix(x->gaz, a->text + start, poss_end - start)))
            break;
        dmi_gaz_entry_t e[MAX_ENTRIES];
        size_t ne = gaz_lookup(x, start, end, e);
        if (ne > 0) {
            best = j;
            memcpy(c->e, e, ne * sizeof *e);
            c->ne = ne;
        }
        /* A name that ends in its possessive ("St. John's", "St. George's":
         * the keys drop the apostrophe) when a comma follows, as in a
         * dateline or before a qualifier ("ST. JOHN'S, Antigua"); bare, or
         * before a capitalised word, it is as often a saint's church or
         * school ("prayed at St. John's", "St. John's Church"). */
        if (poss_end > end && j + 2 < n && dmi_tok_punct(a, j + 2, ',') && dmi_tok_same_sentence(a, t, j + 2)) {
            ne = gaz_lookup(x, start, poss_end, e);
            if (ne > 0) {
                best = j + 1;
                memcpy(c->e, e, ne * sizeof *e);
                c->ne = ne;
                break;
            }
        }
    }
    return best;
}

static int find_candidates_within(dmi_extraction_t *x, dmi_cand_vec_t *out, cand_budget_t *budget,
                                  GHashTable *person_words);

/* "Dodge and Fillmore counties", "in Clay, Dodge, Lake and Polk
 * counties", "the Dodge county line": names before the lower-case word
 * are counties ("Dodge County"), not the towns or countries of the name.
 * Each such candidate takes the readings of "NAME County" ("Parish" in
 * Louisiana's way) when the gazetteer knows it. */
static void read_as_counties(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    const dmi_article_t *a = x->art;
    static const char *const plural[] = {"counties", "parishes", NULL};
    static const char *const singular[] = {"county", "parish", NULL};
    static const char *const heads[] = {"County", "Parish"};
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        if (c->end != a->tokens[c->last - 1].end)
            continue;
        /* Walk the list: names, commas, "and", "or", slashes. */
        size_t u = c->last;
        int kind = -1;
        while (u < a->token_count && u < c->last + 16 && dmi_tok_same_sentence(a, c->first, u)) {
            if (dmi_tok_word(a, u) && dmi_tok_in(a, u, plural) >= 0 && !dmi_tok_cap(a, u)) {
                kind = dmi_tok_in(a, u, plural);
                break;
            }
            if (u == c->last && dmi_tok_word(a, u) && dmi_tok_in(a, u, singular) >= 0 && !dmi_tok_cap(a, u)) {
                kind = dmi_tok_in(a, u, singular);
                break;
            }
            if (!(dmi_tok_cap(a, u) || dmi_tok_punct(a, u, ',') || dmi_tok_punct(a, u, '/') ||
                  dmi_tok_eq(a, u, "and") || dmi_tok_eq(a, u, "or")))
                break;
            u++;
        }
        if (kind < 0)
            continue;
        /* The plural right after one name that ends no list ("the four
         * metro Riverton counties") names the counties around a town, not a
         * county of the town's name. */
        /* "from Ellis to Geary counties": a range is a list too. */
        static const char *const joiners[] = {"and", "or", ",", "/", "&", "to", "through", "-", NULL};
        if (u == c->last && dmi_tok_in(a, u, plural) >= 0 &&
            !(c->first > 0 && dmi_tok_in(a, c->first - 1, joiners) >= 0))
            continue;
        char q[160];
        g_snprintf(q, sizeof q, "%.*s %s", (int)(c->end - c->start), a->text + c->start, heads[kind]);
        dmi_gaz_entry_t e[MAX_ENTRIES];
        size_t n = dmi_gazetteer_match(x->gaz, q, strlen(q), e, MAX_ENTRIES);
        if (n == 0)
            continue;
        memcpy(c->e, e, n * sizeof *e);
        c->ne = n;
    }
}

int dmi_find_candidates(dmi_extraction_t *x, dmi_cand_vec_t *out)
{
    cand_budget_t budget = {g_hash_table_new(g_direct_hash, g_direct_equal), 0};
    GHashTable *person_words = person_words_of(x);
    int rc = find_candidates_within(x, out, &budget, person_words);
    if (rc == 0)
        read_as_counties(x, out);
    g_hash_table_destroy(person_words);
    g_hash_table_destroy(budget.per_name);
    if (rc == 0 && budget.truncated)
        dmi_log(x->ctx, DM_LOG_INFO, "%s: more than %d mentions of one name or %d in all; the first are kept",
                x->art->name ? x->art->name : "article", DMI_EXTRACT_MAX_NAME_MENTIONS, DMI_EXTRACT_MAX_CANDIDATES);
    return rc;
}

/* A hyphenated token one of whose capitalised parts is a word of four
 * letters or more that names no place is a name of its own: a county
 * ("Miami-Dade"), a double surname ("Melbourne-Blake"), a given name
 * ("John-Paul"), a campus ("Hospital-Siena"); not a pairing of places
 * ("US-China", "Lebanon-Syria"). Combining forms ("Austro-", "Sino-"),
 * capitals ("IBA-Karachi", "D-Calif") and adjectives of peoples the
 * gazetteer lacks ("Russian-European", "Havanese-Maltese") count as place
 * words. */
static int compound_is_a_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    const char *s = dmi_tok_text(a, t);
    size_t len = dmi_tok_len(a, t);
    for (size_t p = 0; p < len;) {
        size_t q = p;
        while (q < len && s[q] != '-')
            q++;
        int upper = 1;
        for (size_t i = p; i < q; i++)
            upper &= !g_ascii_islower(s[i]);
        static const char *const peoples[] = {"an", "ese", "ish", NULL};
        int people = 0;
        for (int k = 0; peoples[k]; k++) {
            size_t m = strlen(peoples[k]);
            people |= q - p > m && memcmp(s + q - m, peoples[k], m) == 0;
        }
        if (q - p >= 4 && g_ascii_isupper(s[p]) && !upper && !people && s[q - 1] != 'o') {
            dmi_gaz_entry_t e[MAX_ENTRIES];
            if (gaz_lookup(x, a->tokens[t].start + p, a->tokens[t].start + q, e) == 0)
                return 1;
        }
        p = q + 1;
    }
    return 0;
}

static int find_candidates_within(dmi_extraction_t *x, dmi_cand_vec_t *out, cand_budget_t *budget,
                                  GHashTable *person_words)
{
    dmi_article_t *a = x->art;
    size_t n = a->token_count;
    dmi_cand_t c;
    for (size_t t = 0; t < n;) {
        if (!dmi_tok_word(a, t) || (a->tokens[t].flags & DMI_TOK_NUM)) {
            t++;
            continue;
        }
        /* Longest match over token sequences (within the sentence). */
        memset(&c, 0, sizeof c);
        size_t best = longest_match_at(x, t, &c);
        /* "the Gulf of Aden": a match after the article that runs further
         * than the one with it ("the Gulf", a key of the Persian Gulf) is
         * the name: a capitalised one, not a kind of place before "of"
         * ("the city of X", "the City of X": its town, read with its kind
         * cue, not an alternate name of a namesake). */
        static const char *const kind_heads[] = {"city", "town", "township", "village", "county", "borough",
                                                 "municipality", "district", "province", "state", "port", NULL};
        if (best != NONE && best > t && dmi_tok_is(a, t, "the") && dmi_tok_cap(a, t + 1) &&
            dmi_tok_in(a, t + 1, kind_heads) < 0) {
            dmi_cand_t after;
            memset(&after, 0, sizeof after);
            size_t b2 = longest_match_at(x, t + 1, &after);
            if (b2 != NONE && b2 > best) {
                c = after;
                best = b2;
                t++;
            }
        }
        /* "the United States" is also a key; the name a reader marks, and
         * the one a lower-case "the" must not hide, is "United States". */
        if (best != NONE && best > t && dmi_tok_is(a, t, "the")) {
            dmi_gaz_entry_t e[MAX_ENTRIES];
            size_t ne = gaz_lookup(x, a->tokens[t + 1].start, a->tokens[best].end, e);
            if (ne > 0) {
                memcpy(c.e, e, ne * sizeof *e);
                c.ne = ne;
                t++;
            }
        }
        if (best != NONE) {
            c.first = t;
            c.last = best + 1;
            c.start = a->tokens[t].start;
            c.end = a->tokens[best].end;
            c.chosen = 0;
            c.qualifier = -1;
            /* A longer match that fails its context may hide a shorter good
             * one; we keep it simple and move past the match either way. */
            if (accept_candidate(x, &c, person_words) && push_found(out, &c, budget) != 0)
                return -1;
            t = best + 1;
            continue;
        }
        /* Korean: a particle glued to the name ("서울에서", "평양의"). */
        if (best == NONE && korean_particle_match(x, t, &c)) {
            if (accept_candidate(x, &c, person_words) && push_found(out, &c, budget) != 0)
                return -1;
            t++;
            continue;
        }
        /* Hyphenated compounds: "Syrian-Turkish", "US-China", "pro-Russian". */
        const char *s = dmi_tok_text(a, t);
        size_t len = dmi_tok_len(a, t);
        /* "inter-Korean" is about the two Koreas, not one of them. */
        int inter = len > 6 && (g_ascii_strncasecmp(s, "inter-", 6) == 0 || g_ascii_strncasecmp(s, "intra-", 6) == 0);
        /* "the Asia-Pacific Economic Cooperation forum": inside an
         * organisation's name. */
        unsigned embedded = 0;
        for (size_t u = t + 1; u < t + 5 && dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, t, u) &&
                               !(a->tokens[u].flags & DMI_TOK_SENT_START);
             u++)
            if (dmi_tok_in_set_cs(a, u, &dmi_org_heads) || dmi_tok_in_set_cs(a, u, &dmi_org_words) ||
                dmi_tok_in_set_cs(a, u, &dmi_pact_words))
                embedded = DMI_MENTION_EMBEDDED;
        if (!inter && memchr(s, '-', len) && !compound_is_a_name(x, t)) {
            size_t p = 0;
            while (p < len) {
                size_t q = p;
                while (q < len && s[q] != '-')
                    q++;
                if (q > p && g_ascii_isupper(s[p])) {
                    memset(&c, 0, sizeof c);
                    c.ne = gaz_lookup(x, a->tokens[t].start + p, a->tokens[t].start + q, c.e);
                    if (c.ne > 0 && entries_prominent(&c)) {
                        c.first = t;
                        c.last = t + 1;
                        c.start = a->tokens[t].start + p;
                        c.end = a->tokens[t].start + q;
                        c.qualifier = -1;
                        c.flags |= embedded;
                        int ok = 1;
                        if (dmi_word_in_set(s + p, q - p, &dmi_never_alone) &&
                            !dmi_word_in_set(s + p, q - p, &dmi_never_alone_unless_cue))
                            ok = 0;
                        if (x->person_tok[t])
                            ok = 0;
                        /* "Virginia-class submarines": a ship's class,
                         * named after the place, is no place (names_a_type). */
                        if (q + 6 <= len && g_ascii_strncasecmp(s + q + 1, "class", 5) == 0 &&
                            (q + 6 == len || !g_ascii_isalpha(s[q + 6])))
                            ok = 0;
                        /* "Nia Dover-Quist": a double-barrelled surname
                         * after a given name; a country keeps its name
                         * ("Air France-KLM"). */
                        if (p == 0 && !reads_as(&c, DM_PLACE_COUNTRY) && double_barrelled_after_name(x, &c))
                            ok = 0;
                        /* "Asia-Pacific", "Indo-Pacific", "Trans-Pacific":
                         * an ocean in a compound names a region or a pact,
                         * not the water; countries keep theirs ("US-China"). */
                        int water = 0, country = 0;
                        for (size_t k = 0; k < c.ne; k++) {
                            water |= c.e[k].kind == DM_PLACE_AREA;
                            country |= c.e[k].kind == DM_PLACE_COUNTRY;
                        }
                        if (water && !country)
                            ok = 0;
                        if (ok && push_found(out, &c, budget) != 0)
                            return -1;
                    }
                }
                p = q + 1;
            }
        }
        t++;
    }
    return 0;
}

/* ", Y" right after candidate i qualifies it ("Springfield, Illinois"). */
static void link_qualifiers(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    dmi_article_t *a = x->art;
    for (size_t i = 0; i + 1 < v->count; i++) {
        dmi_cand_t *c = &v->items[i], *q = &v->items[i + 1];
        if (c->end != a->tokens[c->last - 1].end || !dmi_tok_punct(a, c->last, ',') || q->first != c->last + 1)
            continue;
        int region = 0;
        for (size_t k = 0; k < q->ne; k++)
            if (q->e[k].kind == DM_PLACE_COUNTRY || q->e[k].kind == DM_PLACE_REGION)
                region = 1;
        if (region)
            c->qualifier = (int)(i + 1);
    }
}

/* Words that name a first-level region: "the canton of Geneva", "New York
 * state", "Tokyo prefecture". */
static const char *const region_words[] = {
    "state", "province", "canton", "region", "prefecture", "oblast", "governorate", NULL};

/* The text calls candidate c a region: "<region word> of X" or "X <region
 * word>". */
static int region_cued(const dmi_article_t *a, const dmi_cand_t *c)
{
    size_t t = c->first;
    if (t >= 2 && dmi_tok_prev_word(a, t) && dmi_tok_is(a, t - 1, "of") && dmi_tok_prev_word(a, t - 1) &&
        dmi_tok_in(a, t - 2, region_words) >= 0)
        return 1;
    return c->end == a->tokens[c->last - 1].end && dmi_tok_word(a, c->last) &&
           dmi_tok_same_sentence(a, c->first, c->last) && dmi_tok_in(a, c->last, region_words) >= 0;
}

/* Candidates c and o stand side by side in a list: only ",", "and", "or"
 * or "&" between them ("California or Washington", "Alaska, Hawaii"). */
static int listed_together(const dmi_article_t *a, const dmi_cand_t *c, const dmi_cand_t *o)
{
    if (o->first < c->last || o->first - c->last > 2 || o->first == c->last)
        return 0;
    for (size_t t = c->last; t < o->first; t++)
        if (!dmi_tok_punct(a, t, ',') && !dmi_tok_punct(a, t, '&') && !dmi_tok_eq(a, t, "and") &&
            !dmi_tok_eq(a, t, "or"))
            return 0;
    return 1;
}

/* Kinds of place a country's demonym can qualify ("the Syrian town of"). */
static const char *const kind_nouns[] = {"city", "town", "village", "port", "capital", "province", "region",
                                         "state", "district", "island", "resort", "enclave", "county", NULL};

/* Words before "of" that make the name a town's without naming its kind
 * ("the mayor of X", "the port of X"): rules/town_cue_words.txt. */
static const char *const town_cue_words_list[] = {
#include "rules/town_cue_words.inc"
    NULL};
static dmi_word_set_t town_cue_words = DMI_WORD_SET(town_cue_words_list);

/* What the words around each name say of it, for the resolver
 * (dmi_resolve_mentions-private.h): its qualifier and its cues. */
static void read_cues(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    const dmi_article_t *a = x->art;
    link_qualifiers(x, v);
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        size_t t = c->first;
        c->cues = 0;
        if (region_cued(a, c))
            c->cues |= DMI_CUE_REGION;
        if (t >= 2 && dmi_tok_prev_word(a, t) && dmi_tok_is(a, t - 1, "of") && dmi_tok_prev_word(a, t - 1) &&
            (dmi_tok_is(a, t - 2, "city") || dmi_tok_is(a, t - 2, "town")))
            c->cues |= DMI_CUE_CITY;
        else if (t >= 2 && dmi_tok_prev_word(a, t) && dmi_tok_is(a, t - 1, "of") && dmi_tok_prev_word(a, t - 1) &&
                 dmi_tok_in_set(a, t - 2, &town_cue_words) >= 0)
            c->cues |= DMI_CUE_TOWN_WORD;
        /* The "'s" is a token of its own, flagged possessive. */
        if (i > 0 && v->items[i - 1].last + 1 == c->first && (a->tokens[v->items[i - 1].last].flags & DMI_TOK_POSS))
            c->cues |= DMI_CUE_OWNER;
        c->owner_cc[0] = '\0';
        /* "the southern English city of X", "the Syrian town of Y", "the
         * Iranian port of Z": a demonym or a country's name right before a
         * kind of place and "of" says the country. */
        if (t >= 3 && dmi_tok_is(a, t - 1, "of") && dmi_tok_in(a, t - 2, kind_nouns) >= 0 &&
            dmi_tok_word(a, t - 3) && dmi_tok_cap(a, t - 3) && dmi_tok_same_sentence(a, t - 3, t)) {
            dmi_gaz_entry_t e[4];
            size_t n = dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t - 3), dmi_tok_len(a, t - 3), e, G_N_ELEMENTS(e));
            for (size_t k = 0; k < n && !c->owner_cc[0]; k++)
                if (e[k].kind == DM_PLACE_COUNTRY && (e[k].is_demonym || !e[k].is_alternate))
                    memcpy(c->owner_cc, e[k].country, 3);
        }
        if (i + 1 < v->count && listed_together(a, c, &v->items[i + 1]))
            c->cues |= DMI_CUE_LISTED_NEXT;
        size_t nx = c->last + (c->last < a->token_count && dmi_tok_punct(a, c->last, ','));
        if (c->end == a->tokens[c->last - 1].end && nx < a->token_count &&
            (dmi_tok_eq(a, nx, "and") || dmi_tok_eq(a, nx, "or") || dmi_tok_punct(a, nx, '&')))
            c->cues |= DMI_CUE_AND_NEXT;
    }
}

/* Issue 15: a small town the text gives no cue, no qualifier and no
 * dateline for, far from every other place of the story, is more often a
 * person's, a firm's or a thing's name (a university named after its founder, a
 * surname) than a stray place; and a stray place costs a map more than
 * a missed one. Such a name is dropped when the story names at least two
 * other places and none within LONE_TOWN_KM. */
#define LONE_TOWN_POP 50000
#define LONE_TOWN_KM 600.0
#define LONE_TOWN_VOTERS 300

/* Issue 15: a far-off reading needs stronger evidence. A name read as a
 * place over FAR_NAMESAKE_KM from every other place of the story (a
 * country of the story counts as near its own places) takes instead a
 * namesake of FAR_NAMESAKE_POP people or more that lies among the story's
 * own towns, counties and states (local_place): one within
 * NEAR_NAMESAKE_KM, or two within LONE_TOWN_KM unless the far reading is a
 * capital or a metropolis ("Paris" beside a Tennessee county is Paris,
 * Tennessee; beside Washington alone it stays in France). Countries, seas,
 * a state of the story's own country ("Alaska"), qualified names and
 * names after a country's possessive keep their reading. */
#define FAR_NAMESAKE_KM 3000.0
#define FAR_NAMESAKE_POP 1000
#define NEAR_NAMESAKE_KM 150.0
#define METROPOLIS_POP 1000000

/* A story place that says where a local story is: not a country, a sea, a
 * capital or a metropolis, which any story names. */
static int local_place(const dmi_gaz_entry_t *e)
{
    return e->kind != DM_PLACE_COUNTRY && e->kind != DM_PLACE_AREA && !e->is_capital &&
           e->population < METROPOLIS_POP;
}

/* Candidate j is another name than candidate i (not a repeat) and placed. */
static const dmi_gaz_entry_t *other_place(const dmi_cand_vec_t *v, size_t i, size_t j)
{
    const dmi_cand_t *c = &v->items[i], *o = &v->items[j];
    if (j == i || o->chosen < 0 || (o->ne == c->ne && o->e[0].entry == c->e[0].entry))
        return NULL;
    return &o->e[o->chosen];
}

/* How many other names of the story (placed, not repeats of candidate i,
 * not countries or seas, whose points say little) lie within LONE_TOWN_KM
 * of reading e of candidate i; *others counts them all. Names marked in
 * lone (when given) do not count: they anchor no one. */
static size_t places_near(const dmi_cand_vec_t *v, size_t i, const dmi_gaz_entry_t *e, const int *lone,
                          size_t *others)
{
    size_t n = 0;
    *others = 0;
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        if (!oe || (lone && lone[j]) || oe->kind == DM_PLACE_COUNTRY || oe->kind == DM_PLACE_AREA)
            continue;
        (*others)++;
        n += dmi_great_circle_km(e->lat, e->lon, oe->lat, oe->lon) < LONE_TOWN_KM;
    }
    return n;
}

/* Reading e of candidate i lies over FAR_NAMESAKE_KM from every other place
 * of the story (at least one); a country is near the places it holds. */
static int far_from_story(const dmi_cand_vec_t *v, size_t i, const dmi_gaz_entry_t *e)
{
    size_t others = 0;
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        if (!oe || oe->kind == DM_PLACE_AREA)
            continue;
        others++;
        if (oe->kind == DM_PLACE_COUNTRY ? strcmp(oe->country, e->country) == 0
                                         : dmi_great_circle_km(e->lat, e->lon, oe->lat, oe->lon) < FAR_NAMESAKE_KM)
            return 0;
    }
    return others > 0;
}

/* Some other place of the story lies in country cc. */
static int story_country(const dmi_cand_vec_t *v, size_t i, const char *cc)
{
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        if (oe && strcmp(oe->country, cc) == 0)
            return 1;
    }
    return 0;
}

/* How well the story's local places support reading e of candidate i: 2
 * for one within NEAR_NAMESAKE_KM or (when !strict) two within
 * LONE_TOWN_KM, else 0; more places add to it, to rank the readings. */
static size_t local_support(const dmi_cand_vec_t *v, size_t i, const dmi_gaz_entry_t *e, int strict)
{
    size_t close = 0, near = 0;
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        if (!oe || !local_place(oe))
            continue;
        double d = dmi_great_circle_km(e->lat, e->lon, oe->lat, oe->lon);
        close += d < NEAR_NAMESAKE_KM;
        near += d < LONE_TOWN_KM;
    }
    if (close == 0 && (strict || near < 2))
        return 0;
    return 2 * close + near;
}

static void prefer_near_namesakes(dmi_cand_vec_t *v)
{
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        /* A locative cue says that the name is a place, not which one. */
        if (c->chosen < 0 || c->ne < 2 || c->qualifier >= 0 || (c->cues & DMI_CUE_OWNER) || c->owner_cc[0])
            continue;
        const dmi_gaz_entry_t *e = &c->e[c->chosen];
        if (e->kind == DM_PLACE_COUNTRY || e->kind == DM_PLACE_AREA || e->is_demonym || !far_from_story(v, i, e) ||
            (e->kind == DM_PLACE_REGION && story_country(v, i, e->country)))
            continue;
        int strict = e->is_capital || e->population >= METROPOLIS_POP, best = -1;
        size_t best_support = 0;
        for (size_t k = 0; k < c->ne; k++) {
            const dmi_gaz_entry_t *o = &c->e[k];
            if ((int)k == c->chosen || o->kind == DM_PLACE_COUNTRY || o->kind == DM_PLACE_AREA || o->is_demonym ||
                o->is_alternate || o->population < FAR_NAMESAKE_POP)
                continue;
            size_t n = local_support(v, i, o, strict);
            if (n > best_support || (n == best_support && n > 0 && o->population > c->e[best].population)) {
                best_support = n;
                best = (int)k;
            }
        }
        if (best >= 0)
            c->chosen = best;
    }
}

/* Issue 15: a locative cue says that a name is a place, not which one. A
 * cued small town over CUE_FAR_KM from every other town, county and state
 * of the story while some of them lie in its own country is more likely a
 * namesake of one near them, or no place at all (a sports section, a court,
 * a university named after a person), than a far town of that country: the
 * cue does not keep it from drop_lone_towns. A town of a country no other
 * place of the story lies in keeps its cue (a grandfather's village abroad). */
#define CUE_FAR_KM 1000.0

static int far_in_own_country(const dmi_cand_vec_t *v, size_t i, const dmi_gaz_entry_t *e)
{
    int own_country = 0;
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        if (!oe || oe->kind == DM_PLACE_COUNTRY || oe->kind == DM_PLACE_AREA)
            continue;
        if (dmi_great_circle_km(e->lat, e->lon, oe->lat, oe->lon) < CUE_FAR_KM)
            return 0;
        own_country |= strcmp(oe->country, e->country) == 0;
    }
    return own_country;
}

static int unsure_reading(const dmi_article_t *a, const dmi_cand_t *c);
static int cued_place(const dmi_article_t *a, const dmi_cand_t *c);

/* Issue 15: two stray readings do not vouch for each other. A bare town
 * (no capital, no metropolis) the resolver was unsure of (no qualifier, no
 * kind cue, no country's possessive, no dateline, no locative cue governing
 * it) in a country where no other place of the story lies but such towns is
 * no anchor for a lone town (drop_lone_towns): a ditch's name and a
 * sentence's first word read as a French village and a French city 200 km
 * apart in a story of Dakota towns are each alone, though each lies near the
 * other; the village goes here, the city then in drop_lone_foreign_towns.
 * Marked in weak (n entries). */
static void foreign_weak_towns(dmi_extraction_t *x, dmi_cand_vec_t *v, int *weak, size_t n)
{
    const dmi_article_t *a = x->art;
    for (size_t i = 0; i < n; i++) {
        const dmi_cand_t *c = &v->items[i];
        weak[i] = 0;
        if (c->chosen < 0 || c->qualifier >= 0 || (c->cues & (DMI_CUE_REGION | DMI_CUE_CITY | DMI_CUE_OWNER)) ||
            c->owner_cc[0] || !unsure_reading(a, c))
            continue;
        const dmi_gaz_entry_t *e = &c->e[c->chosen];
        weak[i] = e->kind == DM_PLACE_CITY && !e->is_capital && e->population < METROPOLIS_POP && !e->is_demonym &&
                  !(e->source && strncmp(e->source, "curated:", 8) == 0) &&
                  !dateline_of(a, a->text + c->start, c->end - c->start);
    }
    /* A weak town of a country another (not weak) place of the story lies
     * in is the story's: it anchors as before. */
    for (size_t i = 0; i < n; i++) {
        if (!weak[i])
            continue;
        const char *cc = v->items[i].e[v->items[i].chosen].country;
        for (size_t j = 0; j < n && !(weak[i] & 2); j++) {
            const dmi_gaz_entry_t *oe = other_place(v, i, j);
            if (oe && !(weak[j] & 1) && strcmp(oe->country, cc) == 0)
                weak[i] |= 2;
        }
    }
    for (size_t i = 0; i < n; i++)
        weak[i] = weak[i] == 1;
}

static int same_name(const dmi_cand_t *a, const dmi_cand_t *b);

/* Issue 15: a far place needs evidence, and a gathering held there is
 * some, in a story of countries: the reading lies in a country no other
 * place of the story lies in, some other place is a country or a national
 * capital, and "in" or "at" before the name follows a word of a meeting or of
 * talks ("met in X", "talks in X", "a summit at X"), or "held" or "hosted"
 * with such a word at most VENUE_WINDOW words before it ("the summit will
 * be held in X"): the name is the gathering's venue, which diplomacy finds
 * far from the capitals that send people there (a resort, a small town
 * abroad). Only the triggers' meeting and talks words count (rules/
 * triggers.txt). */
#define VENUE_WINDOW 4

static int gathering_word(const dmi_article_t *a, size_t t)
{
    int type = dmi_event_word_type(a, t);
    return type == DM_EVENT_MEETING || type == DM_EVENT_TALKS;
}

static int gathering_venue(const dmi_article_t *a, const dmi_cand_vec_t *v, size_t i)
{
    static const char *const held[] = {"held", "hosted", NULL};
    const dmi_cand_t *c = &v->items[i];
    const dmi_gaz_entry_t *e = &c->e[c->chosen];
    /* A venue abroad of a story that names a country or a national capital
     * (of another country): diplomacy. A local story's "met in X" is a
     * park's, a hall's or a sports section's name far off. */
    int national = 0;
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        if (oe && strcmp(oe->country, e->country) != 0 && (oe->kind == DM_PLACE_COUNTRY || oe->is_capital))
            national = 1;
    }
    if (!national || story_country(v, i, e->country))
        return 0;
    /* "the Geneva talks", "a Helsinki summit", "the Belfast accord": the
     * name modifies a gathering's word or a pact's (rules/pact_nouns.txt:
     * where it was agreed) right after it (the fortieth round: a WASHINGTON
     * dateline drew such talks to a New York village of the name, 450 km
     * off, instead of the Swiss city). */
    if (c->last < a->token_count && dmi_tok_word(a, c->last) && dmi_tok_same_sentence(a, c->first, c->last) &&
        !g_ascii_isupper(dmi_tok_text(a, c->last)[0]) &&
        (gathering_word(a, c->last) || dmi_tok_in_set_cs(a, c->last, &dmi_pact_nouns)))
        return 1;
    if (c->first < 2 || !dmi_tok_prev_word(a, c->first) || !dmi_tok_prev_word(a, c->first - 1) ||
        !(dmi_tok_is(a, c->first - 1, "in") || dmi_tok_is(a, c->first - 1, "at")))
        return 0;
    size_t w = c->first - 2;
    if (gathering_word(a, w))
        return 1;
    if (dmi_tok_in(a, w, held) < 0)
        return 0;
    for (size_t k = 1; k <= VENUE_WINDOW && k <= w && dmi_tok_same_sentence(a, w - k, w); k++)
        if (gathering_word(a, w - k))
            return 1;
    return 0;
}

/* Issue 15: a far place needs evidence. A story naming one other place
 * (below country level) keeps a bare town of fewer than the resolver's
 * small_pop people within dmi_places_lone_reach_km of it (1,000 km) however
 * unsure the reading; farther, the town needs some evidence of its own: a
 * locative cue governing it or a kind cue, a qualifier, a country's
 * possessive, one reading only or a clear lead over the next
 * (unsure_reading), or a second mention. Without any, it is read like a
 * lone town (drop_lone_towns): another reading near the story's place takes
 * it, else none ("Police in Wichita said the Goshen bridge ...": Goshen,
 * Indiana is 1,000 km off). A larger town (under the resolver's
 * namesake_pop, no capital) reaches farther in proportion to its size. A
 * weak town (foreign_weak_towns) is no such place unless its own size is
 * its evidence (a city of small_pop). A town after a locative cue whose
 * name many namesakes alike bear ("came from Springfield" in a Nevada
 * story) is judged the same way by a sure place (thirty-eighth round),
 * with the wider reach of dmi_places_cued_reach_km. */
static int far_from_one_anchor(const dmi_extraction_t *x, const dmi_cand_vec_t *v, size_t i, const int *weak)
{
    const dmi_cand_t *c = &v->items[i];
    const dmi_gaz_entry_t *e = &c->e[c->chosen];
    /* A cued name of many namesakes alike: the cue says a place, not which
     * one; it reaches farther (dmi_places_cued_reach_km, which also says
     * how near alike). */
    int cued = cued_place(x->art, c);
    if ((c->cues & (DMI_CUE_REGION | DMI_CUE_CITY | DMI_CUE_OWNER)) || c->owner_cc[0] ||
        !(cued ? c->ne > 1 : unsure_reading(x->art, c)))
        return 0;
    size_t anchors = 0, anchor = 0;
    double nearest = INFINITY;
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        if (j != i && same_name(&v->items[j], c))
            return 0; /* named twice */
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        /* A weak town whose size is its own evidence anchors here. */
        if (!oe || (weak[j] && isfinite(dmi_places_lone_reach_km(oe, 2))) || oe->kind == DM_PLACE_COUNTRY ||
            oe->kind == DM_PLACE_AREA)
            continue;
        anchors++;
        anchor = j;
        nearest = fmin(nearest, dmi_great_circle_km(e->lat, e->lon, oe->lat, oe->lon));
    }
    if (anchors != 1)
        return 0;
    if (!cued)
        return nearest >= dmi_places_lone_reach_km(e, anchors);
    /* A cued town is judged only by a place surer than itself: one after a
     * locative cue too ("of" is too weak: "a ring of X buyers"), qualified
     * or in the dateline, or a town at least as large by its own name (a
     * size found through another name counts as under LONE_TOWN_POP). A
     * stray reading far off (a shop's name read as a town across the
     * country) judges no cued town. */
    const dmi_cand_t *o = &v->items[anchor];
    const dmi_gaz_entry_t *oe = &o->e[o->chosen];
    double own_pop = e->is_alternate ? fmin((double)e->population, LONE_TOWN_POP) : (double)e->population;
    int sure = (cued_place(x->art, o) && !dmi_tok_is(x->art, o->first - 1, "of")) || o->qualifier >= 0 ||
               dateline_of(x->art, x->art->text + o->start, o->end - o->start) ||
               (!oe->is_alternate && (double)oe->population >= own_pop);
    return sure && nearest >= dmi_places_cued_reach_km(e, c->margin);
}

/* Issue 15, evidence in proportion to cost: a town reading (no
 * metropolis) that lies OCEAN_KM or more from every place of the story
 * below country level, while another town reading of its name lies within
 * OCEAN_NAMESAKE_KM of one of them, is read like a lone town however sure
 * the resolver was of it when the text gives it as someone's home ("a
 * driver of X"): its size (a clear lead over villages of the name) and
 * the cue say the name is a place, not that the story crossed an ocean for it (the fortieth round:
 * local stories' towns drawn as namesakes on another continent, LGL dev;
 * invented rows in places_fortieth_round_ocean_namesakes). The namesake
 * takes its place (drop_lone_towns); with none in the gazetteer the
 * reading stays (a far pin is wrong, but the name is a place). A
 * qualifier, a kind cue, a country's possessive, a country of the story
 * holding the reading, a name of one reading or of a metropolis keeps it,
 * and so does a gathering held there. */
#define OCEAN_KM 3000.0
#define OCEAN_NAMESAKE_KM LONE_TOWN_KM

static int ocean_from_story(const dmi_extraction_t *x, const dmi_cand_vec_t *v, size_t i, const int *weak)
{
    const dmi_cand_t *c = &v->items[i];
    const dmi_gaz_entry_t *e = &c->e[c->chosen];
    /* Only a name told as someone's home ("a driver of X", "Ann Lee of
     * X"): local news gives its readers' towns so. Bare, or after "in",
     * "to", "from", a town abroad is what diplomacy names ("talks in
     * Geneva" in a Washington story). */
    if (c->first == 0 || !dmi_tok_is(x->art, c->first - 1, "of") || !(c->flags & DMI_MENTION_CUE))
        return 0;
    if (c->ne < 2 || e->population >= METROPOLIS_POP || (c->cues & (DMI_CUE_REGION | DMI_CUE_CITY | DMI_CUE_OWNER)) ||
        c->owner_cc[0] || story_country(v, i, e->country) || gathering_venue(x->art, v, i))
        return 0;
    int beside = 0, any = 0;
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        if (j != i && same_name(&v->items[j], c))
            return 0; /* named twice */
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        if (!oe || weak[j] || oe->kind == DM_PLACE_COUNTRY || oe->kind == DM_PLACE_AREA)
            continue;
        any = 1;
        if (dmi_great_circle_km(e->lat, e->lon, oe->lat, oe->lon) < OCEAN_KM)
            return 0;
        for (size_t k = 0; k < c->ne && !beside; k++)
            beside = (int)k != c->chosen && c->e[k].kind == DM_PLACE_CITY && !c->e[k].is_alternate &&
                     dmi_great_circle_km(c->e[k].lat, c->e[k].lon, oe->lat, oe->lon) < OCEAN_NAMESAKE_KM;
    }
    return any && beside;
}

static int drop_lone_towns(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    const dmi_article_t *a = x->art;
    size_t nw = v->count < LONE_TOWN_VOTERS ? v->count : LONE_TOWN_VOTERS;
    int *weak = nw ? dmi_calloc(nw, sizeof *weak) : NULL;
    if (nw && !weak)
        return -1;
    foreign_weak_towns(x, v, weak, nw);
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        if (c->chosen < 0 || c->qualifier >= 0)
            continue;
        const dmi_gaz_entry_t *e = &c->e[c->chosen];
        /* A locative cue makes the name a place, but one far from the whole
         * story, or from all of the story's places of its own country, is
         * more likely a namesake the gazetteer lacks, unless a gathering is
         * held there (a venue abroad is what diplomacy names). */
        if ((c->flags & DMI_MENTION_CUE) &&
            ((!far_from_story(v, i, e) && !far_in_own_country(v, i, e)) || gathering_venue(a, v, i)))
            continue;
        /* A bare name before a gathering's word is its venue too ("the
         * Geneva talks"): far from the story's places is where diplomacy
         * meets. */
        if (!(c->flags & DMI_MENTION_CUE) && gathering_venue(a, v, i))
            continue;
        if (e->kind != DM_PLACE_CITY || e->is_capital || e->is_demonym ||
            (e->source && strncmp(e->source, "curated:", 8) == 0) ||
            dateline_of(a, a->text + c->start, c->end - c->start))
            continue;
        /* A weak town counts among the story's places, not as an anchor. */
        size_t others = 0, anchors = 0;
        places_near(v, i, e, NULL, &others);
        /* A town of LONE_TOWN_POP is no lone town but beside one place only,
         * farther off than its size lets it reach (far_from_one_anchor). */
        int one_far = (others < 2 && far_from_one_anchor(x, v, i, weak)) || ocean_from_story(x, v, i, weak);
        if ((e->population >= LONE_TOWN_POP && !one_far) || places_near(v, i, e, weak, &anchors) > 0 ||
            (others < 2 && !one_far))
            continue;
        /* Another reading of the name among the story's places ("New
         * London" of Iowa, not of Connecticut) takes its place; else none. */
        int best = -1;
        size_t best_near = 0;
        for (size_t k = 0; k < c->ne; k++) {
            size_t n = (int)k == c->chosen ? 0 : places_near(v, i, &c->e[k], weak, &others);
            if (n > best_near) {
                best_near = n;
                best = (int)k;
            }
        }
        c->chosen = best;
    }
    free(weak);
    return 0;
}

/* Candidates a and b are the same name (the same readings). */
static int same_name(const dmi_cand_t *a, const dmi_cand_t *b)
{
    return a->ne == b->ne && a->ne > 0 && a->e[0].entry == b->e[0].entry;
}

/* Issue 15: a far-off reading needs stronger evidence the less the story
 * supports its country. A town of LONE_TOWN_POP to METROPOLIS_POP people
 * (no capital) with none of the story's other places within LONE_TOWN_KM,
 * in a country that no other place of the story is or lies in, is read like
 * a smaller lone town (drop_lone_towns) when the story names at least two
 * other places: another of its readings beside them takes its place
 * ("Toledo" beside Dayton), else the mention is dropped. Bare, such a name
 * is most often a car's, a trust's, a team's or a person's that a town
 * abroad also bears, or a namesake the gazetteer lacks. A locative cue, a
 * qualifier, a kind cue, a country's possessive or a dateline keeps it, and
 * so does a curated site within SITE_TOWN_KM (a court, a summit's venue:
 * diplomacy names such a town for what sits there, "a Hague ruling").
 * Decided on the choices before the pass, after the smaller lone towns are
 * gone, so two such names neither keep nor drop each other by their order. */
#define SITE_TOWN_KM 8.0

/* The same pass holds a second, weaker kind of evidence to its distance: a
 * reading the resolver was unsure of (a bare name, no locative cue, with
 * another reading within UNSURE_MARGIN points of it) of a town (no
 * metropolis) or a first-level region lying over FAR_PLACE_KM from every
 * other place of the story, in a country no other place of the story is or
 * lies in, is read like a lone town when the story names any other place.
 * Such a reading is most often a given name, a byline, a car's or a vaccine
 * strain's name. A locative cue keeps it: it says the name is a place, and
 * the best-known reading of a name after "in" far from the story's other
 * places is most often the right one ("met in Geneva" among Chile and Peru). */
#define FAR_PLACE_KM 1000.0
#define UNSURE_MARGIN 1.5

/* A locative cue says the name is a place only when it governs the name:
 * before an article it governs the noun the article opens ("from the
 * Durango", "to the Duma", "at the Woodlands": a car, a parliament, a
 * foundation), and a town takes no article. Such a name is read as bare
 * here (the gazetteer's names with their article, "The Hague", are matched
 * whole and have no article before them). */
static int cued_place(const dmi_article_t *a, const dmi_cand_t *c)
{
    return (c->flags & DMI_MENTION_CUE) && !(dmi_tok_prev_word(a, c->first) && dmi_tok_is(a, c->first - 1, "the"));
}

/* Candidate c's reading is one the resolver was unsure of (see above). */
static int unsure_reading(const dmi_article_t *a, const dmi_cand_t *c)
{
    return c->ne > 1 && c->margin < UNSURE_MARGIN && !cued_place(a, c);
}

/* Issue 15: a region's nickname at home is a region's name abroad ("a tour
 * of the Northland" in a Missouri story, "rain across the Southland" in a
 * Californian one, read as New Zealand's). A first-level region abroad
 * named after "the" is read like an unsure reading: far from every other
 * place of the story, in a country none of them lies in, it goes. Such a
 * region takes no article in its own country's news ("in Northland"); the
 * regions that do ("the Crimea", "the Donbas") are curated and kept, and a
 * story naming the region's country keeps it too (story_country). */
static int region_after_the(const dmi_article_t *a, const dmi_cand_t *c, const dmi_gaz_entry_t *e)
{
    /* "The" governs the name only when the name ends its phrase: before a
     * noun it governs the noun ("the Northern Ireland peace deal"). */
    static const char *const phrase_ends[] = {
        "as",    "in",    "on",     "at",     "to",     "for",   "from",  "of",     "with",  "by",
        "and",   "or",    "but",    "is",     "was",    "are",   "were",  "has",    "had",   "will",
        "since", "during", "after", "before", "where",  "when",  "which", "while",  "this",  "last",
        "next",  "through", "across", "over", "until",  "into",  "near",  "around", "amid",  NULL};
    if (e->kind != DM_PLACE_REGION || !dmi_tok_prev_word(a, c->first) || !dmi_tok_is(a, c->first - 1, "the"))
        return 0;
    size_t u = c->last;
    return u >= a->token_count || !dmi_tok_word(a, u) || !dmi_tok_same_sentence(a, c->first, u) ||
           dmi_tok_in_cs(a, u, phrase_ends);
}

/* No other place of the story (any kind, not a repeat of candidate i) lies
 * within FAR_PLACE_KM of reading e, and there is at least one. */
static int far_from_all(const dmi_cand_vec_t *v, size_t i, const dmi_gaz_entry_t *e)
{
    size_t others = 0;
    for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
        const dmi_gaz_entry_t *oe = other_place(v, i, j);
        if (!oe)
            continue;
        others++;
        if (dmi_great_circle_km(e->lat, e->lon, oe->lat, oe->lon) < FAR_PLACE_KM)
            return 0;
    }
    return others > 0;
}

static int drop_lone_foreign_towns(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    const dmi_article_t *a = x->art;
    size_t n = v->count < LONE_TOWN_VOTERS ? v->count : LONE_TOWN_VOTERS;
    int *lone = n ? dmi_calloc(n, sizeof *lone) : NULL, *pick = n ? dmi_calloc(n, sizeof *pick) : NULL;
    if (n && (!lone || !pick)) {
        free(lone);
        free(pick);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        const dmi_cand_t *c = &v->items[i];
        if (c->chosen < 0 || c->qualifier >= 0 || (c->cues & (DMI_CUE_REGION | DMI_CUE_CITY | DMI_CUE_OWNER)) ||
            c->owner_cc[0])
            continue;
        const dmi_gaz_entry_t *e = &c->e[c->chosen];
        if (e->is_capital || e->is_demonym || (e->source && strncmp(e->source, "curated:", 8) == 0) ||
            story_country(v, i, e->country) || dateline_of(a, a->text + c->start, c->end - c->start))
            continue;
        /* A region that qualifies another name ("Charlevoix, Quebec") is
         * the text's own evidence, whatever the name it qualifies. */
        int qualifies = 0;
        for (size_t j = 0; j < v->count && !qualifies; j++)
            qualifies = v->items[j].qualifier == (int)i;
        if (qualifies && e->kind == DM_PLACE_REGION)
            continue;
        size_t others = 0;
        int lone_town = e->kind == DM_PLACE_CITY && !cued_place(a, c) && e->population >= LONE_TOWN_POP &&
                        e->population < METROPOLIS_POP && places_near(v, i, e, NULL, &others) == 0 && others >= 2 &&
                        !dmi_gazetteer_site_near(x->gaz, e->lat, e->lon, SITE_TOWN_KM);
        /* A county is no first-level region: its state is the story's. A
         * metropolis is a name any story may give. */
        int town_or_region = (e->kind == DM_PLACE_CITY && e->population < METROPOLIS_POP) ||
                             (e->kind == DM_PLACE_REGION && !(e->source && strncmp(e->source, "uscensus:", 9) == 0));
        /* A gathering's venue ("the Geneva talks") is diplomacy's far place. */
        lone[i] = (lone_town ||
                   (town_or_region && (unsure_reading(a, c) || region_after_the(a, c, e)) && far_from_all(v, i, e))) &&
                  !gathering_venue(a, v, i);
    }
    /* Another reading of the name among the story's other places ("Toledo"
     * beside Dayton is Ohio's, not Spain's) takes its place; else none. The
     * lone names do not anchor each other. */
    for (size_t i = 0; i < n; i++) {
        const dmi_cand_t *c = &v->items[i];
        pick[i] = -1;
        size_t best_near = 0, others = 0;
        for (size_t k = 0; lone[i] && k < c->ne; k++) {
            size_t near = (int)k == c->chosen || c->e[k].is_alternate ? 0
                                                                     : places_near(v, i, &c->e[k], lone, &others);
            if (near > best_near) {
                best_near = near;
                pick[i] = (int)k;
            }
        }
    }
    /* A reading beside the story is the name's in every mention (one name,
     * one place); with none, only the mentions without evidence go, decided
     * per mention ("at the X" stays where "the X Foundation" goes). */
    for (size_t i = 0; i < n; i++) {
        if (!lone[i])
            continue;
        if (pick[i] < 0) {
            v->items[i].chosen = -1;
            continue;
        }
        for (size_t j = 0; j < v->count; j++)
            if (v->items[j].chosen >= 0 && same_name(&v->items[j], &v->items[i]))
                v->items[j].chosen = pick[i];
    }
    free(lone);
    free(pick);
    return 0;
}

/* Issue 15: a town's name before a gathering held in another country
 * ("the X defence summit in Y", X a hotel, a resort or a town far away)
 * is the gathering's or its venue's name, not the town the gazetteer knows
 * by it: every mention of that name is dropped (a later "at X" is the
 * venue, whose city the story names). The name follows a determiner, and
 * one lower-case word may stand between it and the gathering's noun. Not
 * when the place after "in" is of the name's own country ("the Minsk talks
 * in Belarus"). */
static void drop_gathering_names(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    static const char *const gatherings[] = {"dialogue", "summit", "forum", "conference", "talks", "meeting",
                                             "meetings", "symposium", "congress", NULL};
    static const char *const held[] = {"in", "at", NULL};
    const dmi_article_t *a = x->art;
    for (size_t i = 0; i + 1 < v->count; i++) {
        dmi_cand_t *c = &v->items[i], *o = &v->items[i + 1];
        if (c->chosen < 0 || o->chosen < 0)
            continue;
        const dmi_gaz_entry_t *e = &c->e[c->chosen], *oe = &o->e[o->chosen];
        if ((e->kind != DM_PLACE_CITY && e->kind != DM_PLACE_SITE) || e->is_capital || !e->country[0] ||
            strcmp(e->country, oe->country) == 0)
            continue;
        /* The name modifies a noun: "the X summit", not "landed at X after
         * talks in Y". */
        if (c->first == 0 || !dmi_tok_prev_word(a, c->first) || dmi_tok_in(a, c->first - 1, determiners) < 0)
            continue;
        size_t t = c->last;
        if (t < a->token_count && dmi_tok_word(a, t) && dmi_tok_in(a, t, gatherings) < 0 &&
            dmi_tok_in(a, t, noun_enders) < 0 && !(a->tokens[t].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)))
            t++; /* "security" */
        if (t + 2 > a->token_count || dmi_tok_in(a, t, gatherings) < 0 || dmi_tok_in(a, t + 1, held) < 0)
            continue;
        size_t u = t + 2;
        if (u < a->token_count && dmi_tok_is(a, u, "the"))
            u++;
        if (o->first != u || !dmi_tok_same_sentence(a, c->first, o->first))
            continue;
        for (size_t j = 0; j < v->count; j++)
            if (v->items[j].ne == c->ne && v->items[j].e[0].entry == c->e[0].entry)
                v->items[j].chosen = -1;
    }
}

/* "Cork city", "Heathrow airport", "Kasserine governorate": the gazetteer
 * knows the name with its common noun, but the name a reader marks is the
 * capitalised part. When that part alone names the same record, the
 * mention's span ends there; its tokens (and so the cues events read after
 * it) stay. The descriptive "Greek capital" is story_places.c's and keeps
 * its noun. */
static void trim_common_nouns(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    const dmi_article_t *a = x->art;
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        size_t last = c->last - 1;
        if (c->chosen < 0 || c->last - c->first < 2 || c->end != a->tokens[last].end || !dmi_tok_word(a, last) ||
            !g_ascii_islower(dmi_tok_text(a, last)[0]) || !dmi_tok_cap(a, last - 1))
            continue;
        dmi_gaz_entry_t e[MAX_ENTRIES];
        size_t n = dmi_gazetteer_match(x->gaz, a->text + c->start, a->tokens[last - 1].end - c->start, e, MAX_ENTRIES);
        for (size_t k = 0; k < n; k++)
            if (e[k].entry == c->e[c->chosen].entry) {
                c->end = a->tokens[last - 1].end;
                break;
            }
    }
}

/* A sure place of the story below country level: a name with one reading,
 * a town, county or first-level region ("Ohio", a town no other place
 * bears). Its state is one of the story's own. */
static int sure_local_place(const dmi_cand_t *c)
{
    return c->ne == 1 && !c->e[0].is_demonym &&
           (c->e[0].kind == DM_PLACE_CITY || c->e[0].kind == DM_PLACE_REGION);
}

/* A name keeps its MAX_ENTRIES most prominent readings, and a local
 * story's own namesake may rank below them: an Ohio story's "Jackson
 * County" is the eighteenth of twenty-three by prominence. The readings
 * that lie in a state of the story's sure places (sure_local_place) take
 * the places of the least prominent readings lying in none, so the
 * resolver weighs them; at least MAX_ENTRIES / 2 of the most prominent
 * stay. Only a name of towns and counties (dmi_places_names_towns: a
 * capital's name, "Washington" in a Georgia story, keeps its prominent
 * readings), whose readings are its span's own (a county list's "Dodge"
 * reads as "Dodge County") and that had more than it kept, is touched. */
static int keep_story_state_readings(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    enum { ALL_READINGS = 1024, STATES_MAX = 32 };
    const dmi_gaz_entry_t *states[STATES_MAX];
    size_t nstates = 0;
    for (size_t i = 0; i < v->count && nstates < STATES_MAX; i++) {
        const dmi_cand_t *c = &v->items[i];
        if (!sure_local_place(c))
            continue;
        int seen = 0;
        for (size_t k = 0; k < nstates && !seen; k++)
            seen = dmi_places_same_state(x->gaz, states[k], &c->e[0]);
        /* A record with no first-level code is in no state, not even its own. */
        if (!seen && dmi_places_same_state(x->gaz, &c->e[0], &c->e[0]))
            states[nstates++] = &c->e[0];
    }
    if (nstates == 0)
        return 0;
    dmi_gaz_entry_t *all = NULL;
    int rc = -1;
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        if (c->ne < MAX_ENTRIES / 2 || !dmi_places_names_towns(c))
            continue;
        if (!all && !(all = dmi_calloc(ALL_READINGS, sizeof *all)))
            goto out;
        size_t n = gaz_lookup_max(x, c->start, c->end, all, ALL_READINGS);
        if (n <= c->ne)
            continue;
        int own = 1;
        for (size_t k = 0; k < c->ne && own; k++)
            own = all[k].entry == c->e[k].entry;
        if (!own)
            continue;
        size_t slot = c->ne; /* readings at or after slot may be replaced */
        for (size_t r = c->ne; r < n && slot > MAX_ENTRIES / 2; r++) {
            int in_state = 0;
            for (size_t k = 0; k < nstates && !in_state; k++)
                in_state = dmi_places_same_state(x->gaz, states[k], &all[r]);
            if (!in_state)
                continue;
            /* The least prominent kept reading lying in none of them. */
            int free_slot = 0;
            while (slot > MAX_ENTRIES / 2 && !free_slot) {
                slot--;
                free_slot = 1;
                for (size_t k = 0; k < nstates && free_slot; k++)
                    free_slot = !dmi_places_same_state(x->gaz, states[k], &c->e[slot]);
            }
            if (free_slot)
                c->e[slot] = all[r];
        }
    }
    rc = 0;
out:
    free(all);
    return rc;
}

/* Issue 15: a site of the story named after its town ("X Regional
 * Airport", "X Memorial Stadium"), a name of one reading, says which X the
 * story's bare X is: the town of that name within NEAR_NAMESAKE_KM of the
 * site, when the reading chosen lies farther (a Kansas paper's Manhattan
 * beside its airport is no borough of New York). The site's name begins
 * with the name's words; a qualified name, or one a country's possessive
 * places, keeps its reading. Every unqualified mention of the name takes
 * the town (one name, one place). */
static void prefer_site_towns(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    const dmi_article_t *a = x->art;
    for (size_t j = 0; j < v->count; j++) {
        const dmi_cand_t *site = &v->items[j];
        if (site->ne != 1 || site->chosen != 0 || site->e[0].kind != DM_PLACE_SITE || site->last - site->first < 2)
            continue;
        const dmi_gaz_entry_t *se = &site->e[0];
        for (size_t i = 0; i < v->count; i++) {
            dmi_cand_t *c = &v->items[i];
            size_t n = c->end - c->start;
            if (i == j || c->chosen < 0 || c->ne < 2 || c->qualifier >= 0 || c->owner_cc[0] ||
                (c->cues & DMI_CUE_OWNER) || n >= site->end - site->start ||
                g_ascii_strncasecmp(a->text + c->start, a->text + site->start, n) != 0 ||
                a->text[site->start + n] != ' ')
                continue;
            const dmi_gaz_entry_t *e = &c->e[c->chosen];
            double best_km = NEAR_NAMESAKE_KM;
            if (dmi_great_circle_km(e->lat, e->lon, se->lat, se->lon) < best_km)
                continue;
            int best = -1;
            for (size_t k = 0; k < c->ne; k++) {
                const dmi_gaz_entry_t *o = &c->e[k];
                double km = dmi_great_circle_km(o->lat, o->lon, se->lat, se->lon);
                if (o->kind == DM_PLACE_CITY && !o->is_alternate && !o->is_demonym && km < best_km) {
                    best_km = km;
                    best = (int)k;
                }
            }
            if (best < 0)
                continue;
            for (size_t k = 0; k < v->count; k++)
                if (v->items[k].chosen >= 0 && v->items[k].qualifier < 0 && same_name(&v->items[k], c))
                    v->items[k].chosen = best;
        }
    }
}

/* Issue 15: a country's name in a formula local news keeps for towns is a
 * town of that name: "a Lebanon man" (of a country one writes "a Lebanese
 * woman"), "Ann Lee of Peru," (a person's home town), "12 Oak St., Mexico"
 * (an address). Such a name takes its town reading nearest the story's
 * other places (within LONE_TOWN_KM), else it is no place the map can
 * draw: a country an ocean away is the costliest wrong place. Every mention
 * of the name follows (one name, one place). Only a name with a town
 * reading: "a Singapore man" has none and stays the city-state. The home
 * town formula is the weaker (town_formula_at returns 2): diplomacy names
 * envoys "of" their country ("Ana Ruiz of Mexico, the foreign minister,"),
 * so there the country goes only for a town beside the story's places. */
static int town_formula_at(const dmi_extraction_t *x, const dmi_cand_t *c)
{
    static const char *const residents[] = {"man",     "woman",   "resident", "native", "teen", "teenager",
                                            "boy",     "girl",    "couple",   "family", "driver", "motorist",
                                            "student", "youth",   "mother",   "father", "homeowner", NULL};
    const dmi_article_t *a = x->art;
    size_t t = c->first, u = c->last;
    /* "a Lebanon man", "an Oxford student" */
    if (dmi_tok_prev_word(a, t) && (dmi_tok_is(a, t - 1, "a") || dmi_tok_is(a, t - 1, "an")) &&
        u < a->token_count && dmi_tok_same_sentence(a, t, u) && dmi_tok_in_cs(a, u, residents))
        return 1;
    /* "Ann Lee of Peru," : a given name, a capitalised surname, "of", the
     * name, and the phrase ends (a comma, a stop or the sentence's end). */
    if (t >= 3 && dmi_tok_eq(a, t - 1, "of") && dmi_tok_same_sentence(a, t - 3, t) && dmi_tok_cap(a, t - 2) &&
        dmi_tok_in_set_cs(a, t - 3, &dmi_first_names) &&
        (u >= a->token_count || !dmi_tok_same_sentence(a, t, u) || dmi_tok_punct(a, u, ',') ||
         dmi_tok_punct(a, u, '.')))
        return 2;
    /* "12 Oak St., Mexico": a street word, its stop, a comma. */
    if (t >= 3 && dmi_tok_punct(a, t - 1, ',') && dmi_tok_same_sentence(a, t - 3, t)) {
        size_t w = t - 2;
        if (dmi_tok_punct(a, w, '.') && w > 0)
            w--;
        if (dmi_tok_in_set_cs(a, w, &dmi_street_words) && w > 0 && dmi_tok_cap(a, w - 1))
            return 1;
    }
    return 0;
}

static void countries_in_town_formulas(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    size_t n = v->count < LONE_TOWN_VOTERS ? v->count : LONE_TOWN_VOTERS;
    for (size_t i = 0; i < n; i++) {
        dmi_cand_t *c = &v->items[i];
        if (c->chosen < 0 || c->qualifier >= 0 || c->e[c->chosen].kind != DM_PLACE_COUNTRY ||
            c->e[c->chosen].is_demonym)
            continue;
        int formula = town_formula_at(x, c);
        if (!formula)
            continue;
        /* The town nearest the story's places, within LONE_TOWN_KM; a town
         * of the country itself (the city of a city-state) is no other
         * reading. */
        const char *cc = c->e[c->chosen].country;
        int has_town = 0, best = -1;
        double best_km = LONE_TOWN_KM;
        for (size_t k = 0; k < c->ne; k++) {
            const dmi_gaz_entry_t *o = &c->e[k];
            if (o->kind != DM_PLACE_CITY || o->is_alternate || o->is_demonym || strcmp(o->country, cc) == 0)
                continue;
            has_town = 1;
            for (size_t j = 0; j < v->count && j < LONE_TOWN_VOTERS; j++) {
                const dmi_gaz_entry_t *oe = other_place(v, i, j);
                if (!oe || oe->kind == DM_PLACE_COUNTRY || oe->kind == DM_PLACE_AREA)
                    continue;
                double km = dmi_great_circle_km(o->lat, o->lon, oe->lat, oe->lon);
                if (km < best_km) {
                    best_km = km;
                    best = (int)k;
                }
            }
        }
        if (!has_town || (formula == 2 && best < 0))
            continue;
        dmi_cand_t name = *c;
        for (size_t j = 0; j < v->count; j++)
            if (v->items[j].chosen >= 0 && v->items[j].qualifier < 0 && same_name(&v->items[j], &name))
                v->items[j].chosen = best;
    }
}

int dmi_resolve_mentions(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    if (keep_story_state_readings(x, v) != 0)
        return -1;
    read_cues(x, v);
    if (dmi_places_resolve(x->gaz, v->items, v->count, x->countries, G_N_ELEMENTS(x->countries),
                           &x->country_count) != 0)
        return -1;
    prefer_site_towns(x, v);
    prefer_near_namesakes(v);
    drop_gathering_names(x, v);
    countries_in_town_formulas(x, v);
    if (drop_lone_towns(x, v) != 0)
        return -1;
    if (drop_lone_foreign_towns(x, v) != 0)
        return -1;
    trim_common_nouns(x, v);
    return 0;
}
