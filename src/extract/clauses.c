/* Clauses: the stretch of its sentence a trigger belongs to. A sentence
 * often tells more than one happening ("X, who visited A last year, met Y
 * in B on Monday"); the place and date of the trigger's own clause are
 * its own, those of a relative clause, a subordinate clause or a clause
 * after ", but" or a semicolon belong to another verb. Boundaries are
 * punctuation and the words of rules/clause_openers.txt; no parse. */
#include "extract-private.h"

#include <string.h>

static const char *const opener_lines[] = {
#include "rules/clause_openers.inc"
    NULL};
/* Entries are "KIND WORD" ("rel who"): one indexed set for every kind. */
static dmi_word_set_t openers = DMI_WORD_SET(opener_lines);

typedef enum { OPENER_NONE, OPENER_REL, OPENER_SUB, OPENER_COORD, OPENER_NOT, OPENER_BARE } opener_kind_t;

/* Token t opens a clause of this kind as listed; only the kind asked for
 * when several list the word ("when", "while"). */
static int opener_is(const dmi_article_t *a, size_t t, opener_kind_t kind)
{
    static const char *const kinds[] = {"", "rel ", "sub ", "coord ", "not ", "bare "};
    char key[32];
    size_t kl = strlen(kinds[kind]), n = dmi_tok_len(a, t);
    if (!dmi_tok_word(a, t) || kl + n > sizeof key)
        return 0;   /* no listed word is that long */
    memcpy(key, kinds[kind], kl);
    memcpy(key + kl, dmi_tok_text(a, t), n);
    return dmi_word_in_set_ci(key, kl + n, &openers);
}

static int comma_at(const dmi_article_t *a, size_t t)
{
    return dmi_tok_punct(a, t, ',');
}

/* Verbs of a happening's opening (rules/opening_verbs.txt). */
static const char *const opening_verbs_list[] = {
#include "rules/opening_verbs.inc"
    NULL};
static dmi_word_set_t opening_verbs = DMI_WORD_SET(opening_verbs_list);

int dmi_opening_clause(const dmi_article_t *a, size_t trig, size_t u)
{
    /* the noun a few words before the comma, no punctuation between */
    if (u < trig + 2 || u > trig + 6 || !comma_at(a, u - 1) || !dmi_tok_is(a, u, "which"))
        return 0;
    for (size_t t = trig + 1; t + 1 < u; t++)
        if (dmi_tok_punct_any(a, t))
            return 0;
    size_t v = dmi_tok_is(a, u + 1, "will") ? u + 2 : u + 1;
    return v < a->token_count && dmi_tok_in_set(a, v, &opening_verbs) >= 0;
}

/* The first comma or semicolon in [t, last), or last. */
static size_t next_comma(const dmi_article_t *a, size_t t, size_t last)
{
    for (; t < last; t++)
        if (comma_at(a, t) || dmi_tok_punct(a, t, ';'))
            return t;
    return last;
}

static void add_span(dmi_clause_t *c, size_t first, size_t last, int after_own_verb, int bare)
{
    if (c->other_count < G_N_ELEMENTS(c->other) && first < last) {
        c->other[c->other_count].first = first;
        c->other[c->other_count].last = last;
        c->other[c->other_count].own_verb = after_own_verb;
        c->other[c->other_count].bare = bare;
        c->other_count++;
    }
}

/* A finite verb at t: a past form (dmi_past_verb's, or an irregular one
 * listed here) or a finite auxiliary. */
static int finite_verb(const dmi_article_t *a, size_t t)
{
    static const char *const finite[] = {"is",      "was",  "were",  "are",  "has",   "have",   "had",   "will",
                                         "would",   "can",  "could", "may",  "might", "should", "must",  "did",
                                         "does",    "died", "dealt", "led",  "saw",   "told",   "found", "became",
                                         "brought", "kept", "won",   "lost", "gave",  "fell",   "drew",  NULL};
    return dmi_tok_word(a, t) && (dmi_past_verb(a, t) || dmi_tok_in(a, t, finite) >= 0);
}

/* An adverb a verb may carry before it ("who either fled", "that only
 * met"): one in -ly or listed. */
static int adverb_at(const dmi_article_t *a, size_t t)
{
    static const char *const adverbs[] = {"also",    "then", "either", "only",  "first", "once", "never",
                                          "already", "just", "still",  "later", "not",   "now",  NULL};
    size_t n = dmi_tok_len(a, t);
    return dmi_tok_in(a, t, adverbs) >= 0 ||
           (dmi_tok_word(a, t) && n > 3 && g_ascii_strncasecmp(dmi_tok_text(a, t) + n - 2, "ly", 2) == 0);
}

/* Words after which a finite verb is no main clause's: it goes on the
 * clause before ("that was signed and ratified", "who had been expelled",
 * "that came to be known", "so that", "such that"). */
static int verb_continues(const dmi_article_t *a, size_t t)
{
    static const char *const joiners[] = {"and",   "or",   "to", "be",   "been", "being", "who",
                                          "which", "that", "so", "such", "than", "whom",  NULL};
    return dmi_tok_in(a, t, joiners) >= 0 || finite_verb(a, t) || adverb_at(a, t);
}

/* The noun before the relative pronoun at u is the object of "of" ("the
 * sister of the man who ..."): the clause tells of another than the
 * subject. */
static int of_phrase_noun(const dmi_article_t *a, size_t first, size_t u)
{
    for (size_t t = u; t > first && t + 6 > u;) {
        t--;
        if (dmi_tok_is(a, t, "of"))
            return 1;
        /* (a form in -ed is read as an adjective here: "the alleged
         * dealer", "the detained man") */
        if (!dmi_tok_word(a, t) || (finite_verb(a, t) && !dmi_past_verb(a, t)))
            return 0;
    }
    return 0;
}

/* "a trial that dealt with the case ended in October", "people who took
 * the tour visited ...": a relative pronoun no comma opens (kind "bare"),
 * after a noun (not after a verb: "said that ..."), its own finite verb
 * right after it or past one adverb, inside a subject: the clause ends at
 * the main clause's finite verb, told right after a word of the noun phrase
 * and before any punctuation. One after the main verb ("met the envoys who
 * have been trying to mediate late Tuesday") may hold the main verb's own
 * date, and is no clause here. Its end, or u when there is no such clause. */
static size_t bare_relative_end(const dmi_article_t *a, size_t first, size_t u, size_t last)
{
    if (u <= first || !opener_is(a, u, OPENER_BARE) || !dmi_tok_word(a, u - 1) || finite_verb(a, u - 1) ||
        dmi_is_speech_verb(a, u - 1) || verb_continues(a, u - 1))
        return u;
    size_t v = u + 1;
    if (v + 1 < last && !finite_verb(a, v) && adverb_at(a, v))
        v++;
    if (v >= last || !finite_verb(a, v))
        return u;
    for (size_t w = v + 1; w < last; w++) {
        if (dmi_tok_punct_any(a, w) && !dmi_tok_punct(a, w, '-') && !(a->tokens[w].flags & DMI_TOK_POSS))
            return u;
        if (finite_verb(a, w) && dmi_tok_word(a, w - 1) && !verb_continues(a, w - 1))
            return w;
    }
    return u;
}

static const char *const complement_noun_lines[] = {
#include "rules/complement_nouns.inc"
    NULL};
static dmi_word_set_t complement_nouns = DMI_WORD_SET(complement_noun_lines);

/* "the schemes that lenders signed onto", "a pact which the two had
 * signed": the trigger at trig is the verb of an object relative clause, a
 * pronoun (that, which: kind "bare") no comma opens after a noun, then the
 * relative clause's own subject (one to four words, no finite verb among
 * them but an auxiliary right before the trigger) and the trigger, a past
 * form. The clause tells what was done to the noun, no news of its own: it
 * runs from the pronoun to the next punctuation. Not after a noun that
 * takes a that-clause ("the news that the leaders met": a fact told,
 * rules/complement_nouns.txt), a verb or a speech verb. Its end, or 0. */
static size_t object_relative_end(const dmi_article_t *a, size_t first, size_t trig, size_t last, size_t *start)
{
    static const char *const aux[] = {"had", "has", "have", "was", "were", "would", "will", NULL};
    if (!dmi_past_verb(a, trig))
        return 0;
    size_t u = trig;
    while (u > first && u + 6 > trig) {
        u--;
        if (!dmi_tok_word(a, u) && !(a->tokens[u].flags & DMI_TOK_POSS))
            return 0;
        if (opener_is(a, u, OPENER_BARE) && !dmi_tok_is(a, u, "who"))
            break;
        if (u + 1 < trig && finite_verb(a, u) && !(dmi_tok_in(a, u, aux) >= 0 && u + 1 == trig))
            return 0;
    }
    if (!opener_is(a, u, OPENER_BARE) || u + 1 >= trig || u <= first || !dmi_tok_word(a, u - 1) ||
        finite_verb(a, u - 1) || dmi_is_speech_verb(a, u - 1) || verb_continues(a, u - 1) ||
        dmi_tok_in_set(a, u - 1, &complement_nouns) >= 0 || finite_verb(a, u + 1) || adverb_at(a, u + 1))
        return 0;
    /* The object is the noun before the pronoun: none after the verb
     * ("said on the radio that Oslo had recalled its envoy" tells a fact,
     * its verb's object right after it) ... */
    static const char *const objects[] = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", NULL};
    if (trig + 1 < last && (dmi_tok_in(a, trig + 1, objects) >= 0 || (a->tokens[trig + 1].flags & DMI_TOK_CAP)))
        return 0;
    /* ... and no speech verb before the noun in its clause ("announced from
     * his account that ..."). */
    for (size_t v = u - 1; v > first && v + 8 > u && !dmi_tok_punct_any(a, v - 1);)
        if (dmi_is_speech_verb(a, --v))
            return 0;
    size_t end = trig + 1;
    while (end < last && !(dmi_tok_punct_any(a, end) && !dmi_tok_punct(a, end, '-') &&
                           !(a->tokens[end].flags & DMI_TOK_POSS)))
        end++;
    *start = u;
    return end;
}

int dmi_day_clause_at(const dmi_article_t *a, size_t u, size_t last)
{
    if (!dmi_tok_is(a, u, "and"))
        return 0;
    size_t v = u + 1;
    if (v < last && dmi_tok_is(a, v, "then"))
        v++;
    if (v < last && dmi_tok_is(a, v, "on"))
        v++;
    return v < last && (dmi_weekday_of(dmi_tok_text(a, v), dmi_tok_len(a, v)) ||
                        dmi_month_of(dmi_tok_text(a, v), dmi_tok_len(a, v)));
}

void dmi_trigger_clause(const dmi_article_t *a, size_t first, size_t last, size_t trig, dmi_clause_t *out)
{
    memset(out, 0, sizeof *out);
    /* A semicolon ends a clause whatever follows it. */
    for (size_t u = trig; u > first; u--)
        if (dmi_tok_punct(a, u - 1, ';')) {
            first = u;
            break;
        }
    for (size_t u = trig + 1; u < last; u++)
        if (dmi_tok_punct(a, u, ';')) {
            last = u;
            break;
        }
    /* Clauses inside [first, last), each from its opener (or its comma). */
    dmi_clause_t all;
    memset(&all, 0, sizeof all);
    size_t rel_end = first; /* the end of the relative clause no comma opens that u is in */
    for (size_t u = first; u < last; u++) {
        int after_comma = u > first && comma_at(a, u - 1);
        /* ", who met ...", ", where ...": to the next comma. */
        size_t bare_end = after_comma ? u : bare_relative_end(a, first, u, last);
        /* (not ", which begin on Monday" right after the trigger's noun:
         * its own opening, and its date the trigger's; issue 14) */
        if (after_comma && opener_is(a, u, OPENER_REL)) {
            if (!dmi_opening_clause(a, trig, u))
                add_span(&all, u - 1, next_comma(a, u, last), 1, 0);
        }
        else if (bare_end > u)
            add_span(&all, u, rel_end = bare_end, 1, of_phrase_noun(a, first, u) ? 2 : 1);
        /* "the man who fled after the raid met ...": a subordinate clause
         * inside such a relative clause ends with it, before the main verb. */
        else if (u < rel_end && opener_is(a, u, OPENER_SUB))
            add_span(&all, u, rel_end, 0, 0);
        /* ", but ...", ", while ...": to the clause's end. */
        else if (after_comma && opener_is(a, u, OPENER_COORD))
            add_span(&all, u - 1, last, 0, 0);
        /* ", and on Tuesday she met Y in B": a clause of its own day, to
         * the clause's end; its place and day are its happening's (issue
         * 14, one stop one event: "met X in A on Monday" took B too). */
        else if (after_comma && dmi_day_clause_at(a, u, last))
            add_span(&all, u - 1, last, 0, 0);
        /* "After A, ...", ", before ...", "... until he left": to the next comma. */
        else if (opener_is(a, u, OPENER_SUB))
            add_span(&all, after_comma ? u - 1 : u, next_comma(a, u + 1, last), 0, 0);
        /* ", leaving A in doubt": a participle's own clause, unless it
         * tells an event itself. */
        else if (after_comma && dmi_tok_ing(a, u) && !(a->tokens[u].flags & DMI_TOK_CAP) && !dmi_trigger_at(a, u) &&
                 !opener_is(a, u, OPENER_NOT))
            add_span(&all, u - 1, next_comma(a, u, last), 1, 0);
    }
    /* The trigger's clause: the innermost one holding it, else the rest;
     * an object relative clause only for its own verb (a trigger after it
     * may take a date it holds: "met the envoys that the king sent late
     * Tuesday"). */
    size_t orel = 0, orel_end = object_relative_end(a, first, trig, last, &orel);
    if (orel_end)
        add_span(&all, orel, orel_end, 1, 3);
    out->first = first;
    out->last = last;
    for (size_t i = 0; i < all.other_count; i++)
        if (all.other[i].first <= trig && trig < all.other[i].last && all.other[i].first >= out->first &&
            all.other[i].last <= out->last) {
            out->first = all.other[i].first;
            out->last = all.other[i].last;
            out->bare_relative = all.other[i].bare;
        }
    for (size_t i = 0; i < all.other_count; i++) {
        const dmi_span_t *s = &all.other[i];
        if (!(s->first <= trig && trig < s->last) && s->first >= out->first && s->last <= out->last)
            add_span(out, s->first, s->last, s->own_verb, s->bare);
    }
}

int dmi_clause_holds(const dmi_clause_t *c, size_t t)
{
    if (t < c->first || t >= c->last)
        return 0;
    for (size_t i = 0; i < c->other_count; i++)
        if (c->other[i].first <= t && t < c->other[i].last)
            return 0;
    return 1;
}

int dmi_clause_of_own_verb(const dmi_clause_t *c, size_t t)
{
    for (size_t i = 0; i < c->other_count; i++)
        if (c->other[i].own_verb && c->other[i].first <= t && t < c->other[i].last)
            return 1;
    return 0;
}
