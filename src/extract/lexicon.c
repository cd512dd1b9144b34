/* Extraction, the shared lexicon: the word lists several phases read
 * (titles of persons, given names, words that end an organisation's or a
 * treaty's name, common words that are also towns, locative cues) and the
 * lookups over them.
 *
 * Takes: an article's tokens. Gives: yes/no answers ("is this token a
 * title?", "does a locative cue stand before it?") and the set of words the
 * article writes in lower case. Never: decides what a token is on its own,
 * changes the extraction beyond x->lower_words.
 *
 * The plain word lists are data: src/extract/rules/NAME.txt, one entry a
 * line with comments saying what the list is for and where its entries come
 * from, compiled in at build time (CMakeLists.txt) as rules/NAME.inc. Adding
 * a word is an edit there and a test, not C. */
#include "extract-private.h"

#include <glib.h>
#include <string.h>

/* Words before a person's name. Case-sensitive: "President Lee" is a title,
 * "the president" is not followed by a name. */
const char *const dmi_person_titles[] = {
#include "rules/person_titles.inc"
    NULL};

/* Name particles join the parts of a name: "Luiz Inácio Lula da Silva",
 * "Ursula von der Leyen", "Plaza de Mayo". */
const char *const dmi_name_particles[] = {
#include "rules/name_particles.inc"
    NULL};

/* Words that join one longer proper name ("Ministry of Foreign Affairs"). */
const char *const dmi_name_joiners[] = {
#include "rules/name_joiners.inc"
    NULL};

/* The portfolio a title names after "of" ("Secretary of State X"). */
const char *const dmi_portfolios[] = {
#include "rules/portfolios.inc"
    NULL};

/* Role nouns of an appositive after a name ("X Y, a senior aide,"). */
const char *const dmi_role_nouns[] = {
#include "rules/role_nouns.inc"
    NULL};

/* Given names common in international news. A capitalised word after one of
 * these is a surname, not a town. */
const char *const dmi_first_names[] = {
#include "rules/first_names.inc"
    NULL};

/* English given names (geodata/names/first-names.txt, sorted in C byte
 * order), searched by dmi_first_name_listed(). */
static const char *const common_first_names[] = {
#include "first_names.inc"
};

/* Words that end an organisation's name: a place before them is embedded
 * in the name ("Washington Post"), not the place the sentence is about. */
const char *const dmi_org_words[] = {
#include "rules/org_words.inc"
    NULL};

/* Last words of organisations' names: "the Red Cross", "the African
 * Union", "the Pacific Islands Forum" are actors, never places, though a
 * town or a headquarters carries the name. */
const char *const dmi_org_heads[] = {
#include "rules/org_heads.inc"
    NULL};

/* Words that end the name of a treaty, a programme or a forum named after a
 * place ("Warsaw Pact", "Kyoto Protocol", "Bogor Goals", "the 1949 Geneva
 * Conventions", "China-Chile FTA"): the place there is inside the name. */
const char *const dmi_pact_words[] = {
#include "rules/pact_words.inc"
    NULL};

/* The same in lower case after a place, with the words that may stand
 * between ("the Paris climate accord", "the Minsk agreements"). */
const char *const dmi_pact_nouns[] = {
#include "rules/pact_nouns.inc"
    NULL};

const char *const dmi_pact_modifiers[] = {
#include "rules/pact_modifiers.inc"
    NULL};

/* Treaties' and groupings' acronyms that are also towns somewhere ("START",
 * "SALT", "SORT": Start, Louisiana; Salt, Jordan): never places. */
const char *const dmi_treaty_acronyms[] = {
#include "rules/treaty_acronyms.inc"
    NULL};

/* News dmi_agencies and outlets that are never places. */
const char *const dmi_agencies[] = {
#include "rules/agencies.inc"
    NULL};

/* Capitalised words that are small towns somewhere but in news prose are
 * common words, parts of titles or of institutions. Rejected as single-word
 * places anywhere. */
const char *const dmi_never_alone[] = {
#include "rules/never_alone.inc"
    NULL};

/* Of those, the ones that are real places of note when a cue or a qualifier
 * supports them ("in Turkey", "Reading, England"). */
const char *const dmi_never_alone_unless_cue[] = {
#include "rules/never_alone_unless_cue.inc"
    NULL};

/* Sentence-initial words that are places somewhere but begin sentences as
 * ordinary words. */
const char *const dmi_sentence_words[] = {
#include "rules/sentence_words.inc"
    NULL};

/* Words that, after a capitalised name, show it is a person. */
const char *const dmi_speech_verbs[] = {
#include "rules/speech_verbs.inc"
    NULL};

/* Locative cues before a place. */
static const char *const cues[] = {
#include "rules/cues.inc"
    NULL};

/* Modifiers that may precede a place inside a capitalised sequence. */
const char *const dmi_place_modifiers[] = {
#include "rules/place_modifiers.inc"
    NULL};

/* Words that tell a proposal was conveyed (events.c). */
const char *const dmi_delivery_cues[] = {
#include "rules/delivery_cues.inc"
    NULL};

/* Words that make a name a news outlet ("told Kenya Television", events.c). */
const char *const dmi_media_words[] = {
#include "rules/media_words.inc"
    NULL};

/* Words that describe a speaker as a private person ("his sister told the
 * paper", events.c). */
const char *const dmi_private_roles[] = {
#include "rules/private_roles.inc"
    NULL};

/* Words that make a speaker an office holder ("Foreign Minister X told
 * the paper", events.c). */
const char *const dmi_office_words[] = {
#include "rules/office_words.inc"
    NULL};

/* Nouns of what arrives without a visit ("a ship arrived", events.c). */
const char *const dmi_arrival_things[] = {
#include "rules/arrival_things.inc"
    NULL};

const char *const dmi_purpose_verbs[] = {
#include "rules/purpose_verbs.inc"
    NULL};

int dmi_word_in(const char *s, size_t n, const char *const *list)
{
    /* Called for every token against lists of hundreds of words: the
     * first byte rules most entries out without a call. */
    if (n == 0)
        return 0;
    for (int k = 0; list[k]; k++)
        if (list[k][0] == s[0] && strncmp(list[k], s, n) == 0 && list[k][n] == '\0')
            return 1;
    return 0;
}

int dmi_tok_in_cs(const dmi_article_t *a, size_t t, const char *const *list)
{
    return t < a->token_count && dmi_word_in(dmi_tok_text(a, t), dmi_tok_len(a, t), list);
}

int dmi_is_person_title(const dmi_article_t *a, size_t t)
{
    return dmi_tok_in_cs(a, t, dmi_person_titles);
}

int dmi_first_name_listed(const char *s, size_t n)
{
    size_t lo = 0, hi = G_N_ELEMENTS(common_first_names);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *m = common_first_names[mid];
        int c = strncmp(m, s, n);
        if (c == 0)
            c = m[n] != '\0';  /* a longer name sorts after the token */
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int dmi_cue_before(const dmi_article_t *a, size_t t)
{
    if (!dmi_tok_prev_word(a, t))
        return 0;
    size_t p = t - 1;
    if (dmi_tok_is(a, p, "the") && p > 0 && dmi_tok_same_sentence(a, p - 1, t))
        p--;
    /* "according to Davis", "thanks to Ruiz", "the son of Mercer": a
     * source, a cause, a kin; not a place. */
    static const char *const not_before_to[] = {"according", "thanks", "owing", "due", NULL};
    static const char *const kin_before_of[] = {"son", "daughter", "wife", "husband", "widow", "mother", "father",
                                                "brother", "sister", "sons", "daughters", "children", NULL};
    if (p > 0 && dmi_tok_word(a, p - 1) &&
        ((dmi_tok_eq(a, p, "to") && dmi_tok_in(a, p - 1, not_before_to) >= 0) ||
         (dmi_tok_eq(a, p, "of") && dmi_tok_in(a, p - 1, kin_before_of) >= 0)))
        return 0;
    if (dmi_tok_in(a, p, cues) >= 0)
        return 1;
    /* "the port city of", "the truce village of", "the capital" */
    if (dmi_tok_eq(a, p, "of") && p > 0 && dmi_tok_word(a, p - 1) &&
        (dmi_tok_is(a, p - 1, "city") || dmi_tok_is(a, p - 1, "village") || dmi_tok_is(a, p - 1, "town") ||
         dmi_tok_is(a, p - 1, "capital") || dmi_tok_is(a, p - 1, "province") ||
         dmi_tok_is(a, p - 1, "region") || dmi_tok_is(a, p - 1, "state") ||
         dmi_tok_is(a, p - 1, "island") || dmi_tok_is(a, p - 1, "district") ||
         dmi_tok_is(a, p - 1, "county") || dmi_tok_is(a, p - 1, "outskirts") ||
         dmi_tok_is(a, p - 1, "suburb") || dmi_tok_is(a, p - 1, "area")))
        return 2;
    return 0;
}

/* A first-level region of fewer people than this (a Cape Verde municipality,
 * a Maltese local council) is no better known than a village: its name
 * alone ("Paul", "Lola") is no evidence of a place. Only ISO 3166-2
 * subdivisions: a county (a second level, "Stewart County") is named with
 * its kind; a region whose population the gazetteer does not give (0)
 * keeps its standing. */
#define OBSCURE_REGION_POP 10000

int dmi_entry_prominent(const dmi_gaz_entry_t *e)
{
    if (e->kind == DM_PLACE_REGION && e->population > 0 && e->population < OBSCURE_REGION_POP && e->source &&
        strncmp(e->source, "iso3166-2:", 10) == 0)
        return 0;
    return e->kind == DM_PLACE_COUNTRY || e->kind == DM_PLACE_REGION || e->is_capital ||
           e->population >= 100000 || e->is_demonym || (e->source && strncmp(e->source, "curated:", 8) == 0);
}

/* Code keys ("MD" for Moldova, "VA" for the Vatican) count only when the text
 * is written in capitals: "Md." and "Va." are Maryland and Virginia. */
int dmi_text_is_upper(const char *s, size_t n)
{
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (g_ascii_islower(ch))
            return 0;
        if (g_ascii_isupper(ch))
            letters++;
    }
    return letters > 0;
}

/* Token t is the first word of its sentence (quotes and dashes before it
 * do not count). */
int dmi_first_word_of_sentence(const dmi_article_t *a, size_t t)
{
    size_t first = a->sentences[a->tokens[t].sentence].first;
    for (size_t k = first; k < t; k++)
        if (a->tokens[k].flags & DMI_TOK_WORD)
            return 0;
    return 1;
}

/* Case-insensitive dmi_word_in. */
int dmi_word_in_ci(const char *s, size_t n, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (g_ascii_strncasecmp(list[k], s, n) == 0 && list[k][n] == '\0')
            return 1;
    return 0;
}

/* The words the article writes in lower case: a capitalised "More" or
 * "Research" elsewhere is the same ordinary word. */
void dmi_collect_lower_words(dmi_extraction_t *x)
{
    const dmi_article_t *a = x->art;
    x->lower_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t t = 0; t < a->token_count; t++) {
        const char *s = dmi_tok_text(a, t);
        if (dmi_tok_word(a, t) && g_ascii_islower(s[0]))
            g_hash_table_add(x->lower_words, g_ascii_strdown(s, (gssize)dmi_tok_len(a, t)));
    }
}

int dmi_written_lower(const dmi_extraction_t *x, const char *s, size_t n)
{
    char *key = g_ascii_strdown(s, (gssize)n);
    int found = g_hash_table_contains(x->lower_words, key);
    g_free(key);
    return found;
}
