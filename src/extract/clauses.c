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

typedef enum { OPENER_NONE, OPENER_REL, OPENER_SUB, OPENER_COORD, OPENER_NOT } opener_kind_t;

/* Token t opens a clause of this kind as listed; only the kind asked for
 * when several list the word ("when", "while"). */
static int opener_is(const dmi_article_t *a, size_t t, opener_kind_t kind)
{
    static const char *const kinds[] = {"", "rel ", "sub ", "coord ", "not "};
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

/* The first comma or semicolon in [t, last), or last. */
static size_t next_comma(const dmi_article_t *a, size_t t, size_t last)
{
    for (; t < last; t++)
        if (comma_at(a, t) || dmi_tok_punct(a, t, ';'))
            return t;
    return last;
}

static void add_span(dmi_clause_t *c, size_t first, size_t last, int after_own_verb)
{
    if (c->other_count < G_N_ELEMENTS(c->other) && first < last) {
        c->other[c->other_count].first = first;
        c->other[c->other_count].last = last;
        c->other[c->other_count].own_verb = after_own_verb;
        c->other_count++;
    }
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
    for (size_t u = first; u < last; u++) {
        int after_comma = u > first && comma_at(a, u - 1);
        /* ", who met ...", ", where ...": to the next comma. */
        if (after_comma && opener_is(a, u, OPENER_REL))
            add_span(&all, u - 1, next_comma(a, u, last), 1);
        /* ", but ...", ", while ...": to the clause's end. */
        else if (after_comma && opener_is(a, u, OPENER_COORD))
            add_span(&all, u - 1, last, 0);
        /* "After A, ...", ", before ...", "... until he left": to the next comma. */
        else if (opener_is(a, u, OPENER_SUB))
            add_span(&all, after_comma ? u - 1 : u, next_comma(a, u + 1, last), 0);
        /* ", leaving A in doubt": a participle's own clause, unless it
         * tells an event itself. */
        else if (after_comma && dmi_tok_ing(a, u) && !(a->tokens[u].flags & DMI_TOK_CAP) && !dmi_trigger_at(a, u) &&
                 !opener_is(a, u, OPENER_NOT))
            add_span(&all, u - 1, next_comma(a, u, last), 1);
    }
    /* The trigger's clause: the innermost one holding it, else the rest. */
    out->first = first;
    out->last = last;
    for (size_t i = 0; i < all.other_count; i++)
        if (all.other[i].first <= trig && trig < all.other[i].last && all.other[i].first >= out->first &&
            all.other[i].last <= out->last) {
            out->first = all.other[i].first;
            out->last = all.other[i].last;
        }
    for (size_t i = 0; i < all.other_count; i++) {
        const dmi_span_t *s = &all.other[i];
        if (!(s->first <= trig && trig < s->last) && s->first >= out->first && s->last <= out->last)
            add_span(out, s->first, s->last, s->own_verb);
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
