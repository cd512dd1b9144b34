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
#include <stdlib.h>
#include <string.h>

/* Words before a person's name. Case-sensitive: "President Lee" is a title,
 * "the president" is not followed by a name. */
static const char *const person_titles_list[] = {
#include "rules/person_titles.inc"
    NULL};
dmi_word_set_t dmi_person_titles = DMI_WORD_SET(person_titles_list);

/* Name particles join the parts of a name: "Luiz Inácio Lula da Silva",
 * "Ursula von der Leyen", "Plaza de Mayo". */
static const char *const name_particles_list[] = {
#include "rules/name_particles.inc"
    NULL};
dmi_word_set_t dmi_name_particles = DMI_WORD_SET(name_particles_list);

/* Words that join one longer proper name ("Ministry of Foreign Affairs"). */
static const char *const name_joiners_list[] = {
#include "rules/name_joiners.inc"
    NULL};
dmi_word_set_t dmi_name_joiners = DMI_WORD_SET(name_joiners_list);

/* The articles and possessive determiners that open a noun phrase ("the
 * daily X", "his talks"): closed-class grammar, one list for the phases
 * that ask whether a word opens a phrase. */
const char *const dmi_phrase_determiners[] = {"the", "a", "an", "his", "her", "their", "its", NULL};

/* The portfolio a title names after "of" ("Secretary of State X"). */
static const char *const portfolios_list[] = {
#include "rules/portfolios.inc"
    NULL};
dmi_word_set_t dmi_portfolios = DMI_WORD_SET(portfolios_list);

/* Role nouns of an appositive after a name ("X Y, a senior aide,"). */
static const char *const role_nouns_list[] = {
#include "rules/role_nouns.inc"
    NULL};
dmi_word_set_t dmi_role_nouns = DMI_WORD_SET(role_nouns_list);

/* Nouns of a gathering of many parties (merging.c, events.c). */
static const char *const many_sided_gatherings_list[] = {
#include "rules/many_sided_gatherings.inc"
    NULL};
dmi_word_set_t dmi_many_sided_gatherings = DMI_WORD_SET(many_sided_gatherings_list);

/* Given names common in international news. A capitalised word after one of
 * these is a surname, not a town. */
static const char *const first_names_list[] = {
#include "rules/first_names.inc"
    NULL};
dmi_word_set_t dmi_first_names = DMI_WORD_SET(first_names_list);

/* English given names (geodata/names/first-names.txt, sorted in C byte
 * order), searched by dmi_first_name_listed(). */
static const char *const common_first_names[] = {
#include "first_names.inc"
};

/* Words that end an organisation's name: a place before them is embedded
 * in the name ("Washington Post"), not the place the sentence is about. */
static const char *const org_words_list[] = {
#include "rules/org_words.inc"
    NULL};
dmi_word_set_t dmi_org_words = DMI_WORD_SET(org_words_list);

/* Last words of organisations' names: "the Red Cross", "the African
 * Union", "the Pacific Islands Forum" are actors, never places, though a
 * town or a headquarters carries the name. */
static const char *const org_heads_list[] = {
#include "rules/org_heads.inc"
    NULL};
dmi_word_set_t dmi_org_heads = DMI_WORD_SET(org_heads_list);

/* Words that end the name of a treaty, a programme or a forum named after a
 * place ("Warsaw Pact", "Kyoto Protocol", "Bogor Goals", "the 1949 Geneva
 * Conventions", "China-Chile FTA"): the place there is inside the name. */
static const char *const pact_words_list[] = {
#include "rules/pact_words.inc"
    NULL};
dmi_word_set_t dmi_pact_words = DMI_WORD_SET(pact_words_list);

/* The same in lower case after a place, with the words that may stand
 * between ("the Paris climate accord", "the Minsk agreements"). */
static const char *const pact_nouns_list[] = {
#include "rules/pact_nouns.inc"
    NULL};
dmi_word_set_t dmi_pact_nouns = DMI_WORD_SET(pact_nouns_list);

/* Words that make a street of the name before them ("Wichita Street",
 * "Dover and Kent avenues"): the street is not the place it is named after. */
static const char *const street_words_list[] = {
#include "rules/street_words.inc"
    NULL};
dmi_word_set_t dmi_street_words = DMI_WORD_SET(street_words_list);

/* Capitalised nouns of natural and built features ("Farsi Island", "Hudson
 * River"): the word before them is part of the feature's name. */
static const char *const feature_heads_list[] = {
#include "rules/feature_heads.inc"
    NULL};
dmi_word_set_t dmi_feature_heads = DMI_WORD_SET(feature_heads_list);

/* Capitalised nouns before a feature's own name ("Lake X", "Mount X"): the
 * name after one is the feature's, not the place of that word. */
static const char *const feature_prefixes_list[] = {
#include "rules/feature_prefixes.inc"
    NULL};
dmi_word_set_t dmi_feature_prefixes = DMI_WORD_SET(feature_prefixes_list);

/* Words of a postal address before a number ("Lot 12", "Suite 400"). */
static const char *const address_units_list[] = {
#include "rules/address_units.inc"
    NULL};
dmi_word_set_t dmi_address_units = DMI_WORD_SET(address_units_list);

static const char *const pact_modifiers_list[] = {
#include "rules/pact_modifiers.inc"
    NULL};
dmi_word_set_t dmi_pact_modifiers = DMI_WORD_SET(pact_modifiers_list);

/* Treaties' and groupings' acronyms that are also towns somewhere ("START",
 * "SALT", "SORT": Start, Louisiana; Salt, Jordan): never places. */
static const char *const treaty_acronyms_list[] = {
#include "rules/treaty_acronyms.inc"
    NULL};
dmi_word_set_t dmi_treaty_acronyms = DMI_WORD_SET(treaty_acronyms_list);

/* News dmi_agencies and outlets that are never places. */
static const char *const agencies_list[] = {
#include "rules/agencies.inc"
    NULL};
dmi_word_set_t dmi_agencies = DMI_WORD_SET(agencies_list);

/* Capitalised words that are small towns somewhere but in news prose are
 * common words, parts of titles or of institutions. Rejected as single-word
 * places anywhere. */
static const char *const never_alone_list[] = {
#include "rules/never_alone.inc"
    NULL};
dmi_word_set_t dmi_never_alone = DMI_WORD_SET(never_alone_list);

/* Of those, the ones that are real places of note when a cue or a qualifier
 * supports them ("in Turkey", "Reading, England"). */
static const char *const never_alone_unless_cue_list[] = {
#include "rules/never_alone_unless_cue.inc"
    NULL};
dmi_word_set_t dmi_never_alone_unless_cue = DMI_WORD_SET(never_alone_unless_cue_list);

/* Sentence-initial words that are places somewhere but begin sentences as
 * ordinary words. */
static const char *const sentence_words_list[] = {
#include "rules/sentence_words.inc"
    NULL};
dmi_word_set_t dmi_sentence_words = DMI_WORD_SET(sentence_words_list);

/* Words that, after a capitalised name, show it is a person. */
static const char *const speech_verbs_list[] = {
#include "rules/speech_verbs.inc"
    NULL};
dmi_word_set_t dmi_speech_verbs = DMI_WORD_SET(speech_verbs_list);

/* Locative cues before a place. */
static const char *const cue_list[] = {
#include "rules/cues.inc"
    NULL};
static dmi_word_set_t cues = DMI_WORD_SET(cue_list);

/* Modifiers that may precede a place inside a capitalised sequence. */
static const char *const place_modifiers_list[] = {
#include "rules/place_modifiers.inc"
    NULL};
dmi_word_set_t dmi_place_modifiers = DMI_WORD_SET(place_modifiers_list);

/* Words that tell a proposal was conveyed (events.c). */
static const char *const delivery_cues_list[] = {
#include "rules/delivery_cues.inc"
    NULL};
dmi_word_set_t dmi_delivery_cues = DMI_WORD_SET(delivery_cues_list);

/* Words that make a name a news outlet ("told Kenya Television", events.c). */
static const char *const media_words_list[] = {
#include "rules/media_words.inc"
    NULL};
dmi_word_set_t dmi_media_words = DMI_WORD_SET(media_words_list);

/* Words that describe a speaker as a private person ("his sister told the
 * paper", events.c). */
static const char *const private_roles_list[] = {
#include "rules/private_roles.inc"
    NULL};
dmi_word_set_t dmi_private_roles = DMI_WORD_SET(private_roles_list);

/* Words that make a speaker an office holder ("Foreign Minister X told
 * the paper", events.c). */
static const char *const office_words_list[] = {
#include "rules/office_words.inc"
    NULL};
dmi_word_set_t dmi_office_words = DMI_WORD_SET(office_words_list);

/* Heads of a subject that speaks for a country's government ("the
 * Iranian government said", events.c). */
static const char *const government_speakers_list[] = {
#include "rules/government_speakers.inc"
    NULL};
dmi_word_set_t dmi_government_speakers = DMI_WORD_SET(government_speakers_list);

/* Words that make a speaking verb's audience a national legislature ("told
 * a parliamentary committee", events.c). */
static const char *const legislature_seats_list[] = {
#include "rules/legislature_seats.inc"
    NULL};
dmi_word_set_t dmi_legislature_seats = DMI_WORD_SET(legislature_seats_list);

/* Heads of a subject that is a country's leader described ("the Chilean
 * president said", events.c). */
static const char *const described_leaders_list[] = {
#include "rules/described_leaders.inc"
    NULL};
dmi_word_set_t dmi_described_leaders = DMI_WORD_SET(described_leaders_list);

/* Nouns of what arrives without a visit ("a ship arrived", events.c). */
static const char *const arrival_things_list[] = {
#include "rules/arrival_things.inc"
    NULL};
dmi_word_set_t dmi_arrival_things = DMI_WORD_SET(arrival_things_list);

static const char *const purpose_verbs_list[] = {
#include "rules/purpose_verbs.inc"
    NULL};
dmi_word_set_t dmi_purpose_verbs = DMI_WORD_SET(purpose_verbs_list);

/* Verbs of asking for a pact (events.c: a placeless agreement asked for is
 * not one made). */
static const char *const asking_verbs_list[] = {
#include "rules/asking_verbs.inc"
    NULL};
dmi_word_set_t dmi_asking_verbs = DMI_WORD_SET(asking_verbs_list);

/* ---- word sets ---------------------------------------------------------- */

struct dmi_word_index {
    size_t count;
    struct word_entry {
        const char *word;
        int pos; /* in the list, for the first of words equal in any case */
    } * entries;
};

static int fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The n bytes at s (no NUL among them) against a word, in ASCII lower case,
 * bytes unsigned: the index's order, and 0 exactly when dmi_tok_is would
 * say the token is the word. */
static int cmp_folded(const char *s, size_t n, const char *word)
{
    for (size_t k = 0; k < n; k++) {
        int c = fold((unsigned char)s[k]) - fold((unsigned char)word[k]);
        if (c)
            return c; /* also where word ends first */
    }
    return word[n] ? -1 : 0;
}

/* The same order for two words (the index is sorted once a process). */
static int cmp_entries(const void *pa, const void *pb)
{
    const struct word_entry *a = pa, *b = pb;
    const unsigned char *s = (const unsigned char *)a->word, *w = (const unsigned char *)b->word;
    while (*s && fold(*s) == fold(*w)) {
        s++;
        w++;
    }
    int c = fold(*s) - fold(*w);
    return c ? c : (a->pos > b->pos) - (a->pos < b->pos);
}

/* The set's index, built by whichever thread asks first (a batch extracts
 * on several; a thread that loses the race frees its copy). NULL when
 * memory ran out: the caller reads the list itself. */
static dmi_word_index_t *word_index(dmi_word_set_t *set)
{
    dmi_word_index_t *ix = atomic_load_explicit(&set->index, memory_order_acquire);
    if (ix)
        return ix;
    size_t n = 0;
    while (set->words[n])
        n++;
    ix = calloc(1, sizeof *ix);
    struct word_entry *entries = calloc(n ? n : 1, sizeof *entries);
    if (!ix || !entries) {
        free(ix);
        free(entries);
        return NULL;
    }
    for (size_t k = 0; k < n; k++)
        entries[k] = (struct word_entry){set->words[k], (int)k};
    qsort(entries, n, sizeof *entries, cmp_entries);
    ix->count = n;
    ix->entries = entries;
    dmi_word_index_t *none = NULL;
    if (!atomic_compare_exchange_strong_explicit(&set->index, &none, ix, memory_order_acq_rel, memory_order_acquire)) {
        free(entries);
        free(ix);
        ix = none;
    }
    return ix;
}

/* The first entry equal to the n bytes at s in any case (its place in the
 * index), or the index's count when none is. */
static size_t first_folded(const dmi_word_index_t *ix, const char *s, size_t n)
{
    size_t lo = 0, hi = ix->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_folded(s, n, ix->entries[mid].word) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ix->count && cmp_folded(s, n, ix->entries[lo].word) == 0 ? lo : ix->count;
}

/* Position in the list of the first entry equal to s in any case, or -1;
 * with exact_case, of an entry written as s is. */
static int set_find(dmi_word_set_t *set, const char *s, size_t n, int exact_case)
{
    if (n == 0)
        return -1;
    const dmi_word_index_t *ix = word_index(set);
    if (!ix) {
        for (int k = 0; set->words[k]; k++)
            if (cmp_folded(s, n, set->words[k]) == 0 && (!exact_case || memcmp(s, set->words[k], n) == 0))
                return k;
        return -1;
    }
    for (size_t i = first_folded(ix, s, n); i < ix->count && cmp_folded(s, n, ix->entries[i].word) == 0; i++)
        if (!exact_case || memcmp(s, ix->entries[i].word, n) == 0)
            return ix->entries[i].pos;
    return -1;
}

int dmi_tok_in_set(const dmi_article_t *a, size_t t, dmi_word_set_t *set)
{
    return t < a->token_count ? set_find(set, dmi_tok_text(a, t), dmi_tok_len(a, t), 0) : -1;
}

int dmi_tok_in_set_cs(const dmi_article_t *a, size_t t, dmi_word_set_t *set)
{
    return t < a->token_count && set_find(set, dmi_tok_text(a, t), dmi_tok_len(a, t), 1) >= 0;
}

int dmi_word_in_set(const char *s, size_t n, dmi_word_set_t *set)
{
    return set_find(set, s, n, 1) >= 0;
}

int dmi_word_in_set_ci(const char *s, size_t n, dmi_word_set_t *set)
{
    return set_find(set, s, n, 0) >= 0;
}

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
    return dmi_tok_in_set_cs(a, t, &dmi_person_titles);
}

/* The list is ASCII (geodata/names); a name written with its accents
 * ("Luís", "José", "Inés") is looked up without them, so that a person's
 * accented given name still opens a person's name (issue 15: "Luís" before
 * a surname that is a country's name left the country on the map). Only
 * Latin letters with combining marks fold; any other letter is no match. */
static int first_name_folded(const char *s, size_t n)
{
    char buf[64];
    size_t k = 0;
    gchar *d = g_utf8_normalize(s, (gssize)n, G_NORMALIZE_NFD);
    if (!d)
        return 0;
    int ok = 1;
    for (const gchar *p = d; *p && ok; p = g_utf8_next_char(p)) {
        gunichar u = g_utf8_get_char(p);
        if (u >= 0x300 && u <= 0x36f)
            continue;
        if (u >= 0x80 || k + 1 >= sizeof buf)
            ok = 0;
        else
            buf[k++] = (char)u;
    }
    g_free(d);
    return ok && k > 0 && k < n && dmi_first_name_listed(buf, k);
}

int dmi_first_name_listed(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return first_name_folded(s, n);
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
    if (dmi_tok_in_set(a, p, &cues) >= 0)
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
