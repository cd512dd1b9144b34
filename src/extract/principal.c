/* Extraction, phase 9: the principal event, the one the layout frames on:
 * the event the headline tells (by its sentence, else by its trigger word
 * and places), else the first event of the body told in a main clause,
 * statements only when nothing else happened.
 *
 * Takes: merged events and the headline's sentence. Gives: exactly one event
 * marked principal (when there is any). Never: changes anything else. */
#include "extract-private.h"

#include <glib.h>
#include <string.h>

/* Words that open a subordinate clause: a trigger after one tells a
 * circumstance of the sentence's news ("a day after Trump arrived", "where
 * he met Mulino"), not the news itself. */
static const char *const subordinators[] = {"who", "whom", "whose", "which", "where", "when", "after", "before",
                                            "since", "while", "although", "though", "because", "if", "unless",
                                            "until", "whereas", "once", NULL};

static int main_clause(const dmi_article_t *a, size_t first, size_t trig)
{
    /* A clause that opens the sentence ends at its comma ("After talks in
     * Doha, the two sides signed"); one inside the sentence runs on. */
    int sub = 0, opening = 0;
    for (size_t u = first; u < trig && u < a->token_count; u++) {
        if (sub && opening && dmi_tok_punct_any(a, u) && a->text[a->tokens[u].start] == ',') {
            sub = 0;
            continue;
        }
        int opens = dmi_tok_in(a, u, subordinators) >= 0;
        /* "that" opens a relative clause, except after a speech verb: what
         * is said or reported is the news, whatever clause the saying
         * stands in ("made the remarks after the agency reported that the
         * envoys had refused a letter"). */
        if (dmi_tok_is(a, u, "that")) {
            int reported = 0;
            /* (an aside may come between: "reported, citing a source, that") */
            for (size_t v = u; v > first && v + 12 > u && !reported; v--)
                reported = dmi_is_speech_verb(a, v - 1);
            if (reported) {
                sub = 0;
                continue;
            }
            opens = 1;
        }
        if (opens && !sub) {
            sub = 1;
            opening = u == first || dmi_tok_punct_any(a, u - 1);
        }
    }
    return !sub;
}

static int same_family(dm_event_type_t a, dm_event_type_t b)
{
    if (a == b)
        return 1;
    /* A summit, talks and a visit's meeting are told with each other's
     * words in headlines ("X holds talks with Y", "X meets Y in Z"). */
    int am = a == DM_EVENT_MEETING || a == DM_EVENT_TALKS || a == DM_EVENT_VISIT;
    int bm = b == DM_EVENT_MEETING || b == DM_EVENT_TALKS || b == DM_EVENT_VISIT;
    return am && bm && (a != DM_EVENT_VISIT || b != DM_EVENT_VISIT);
}

/* A news headline tells the news, not its background (a meeting of the
 * year before, beside "X to meet Y"). History texts (an encyclopedia's
 * "X-Y relations", all of it past) have none. */
static int background(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    return !x->history && dmi_date_before_news(&e->date, &x->date);
}

/* A name that says whose a person is, not where anything happens:
 * "Chinese", "President Luis Quispe of the Republic of Peru". */
static int whose_name(const dmi_extraction_t *x, const dmi_mention_t *m)
{
    const dmi_article_t *a = x->art;
    size_t of = m->first > 0 && dmi_tok_is(a, m->first - 1, "the") ? m->first - 1 : m->first;
    return (m->flags & DMI_MENTION_DEMONYM) ||
           (of >= 2 && dmi_tok_is(a, of - 1, "of") && x->person_tok[of - 2]);
}

/* The event the headline names by its trigger word and places, or NONE. */
static size_t headline_match(const dmi_extraction_t *x, const dmi_xevent_t *events, size_t count, size_t headline)
{
    const dmi_article_t *a = x->art;
    const dmi_sentence_t *hs = &a->sentences[headline];
    int type = -1;
    for (size_t t = hs->first; t < hs->last && type < 0; t++)
        type = dmi_event_word_type(a, t);
    size_t best = NONE;
    double best_score = 0;
    for (size_t i = 0; i < count; i++) {
        const dmi_xevent_t *e = &events[i];
        if (background(x, e))
            continue;   /* the headline's news is not its background */
        double score = 0;
        if (type >= 0) {
            if (e->type == (dm_event_type_t)type)
                score += 2;
            else if (same_family(e->type, (dm_event_type_t)type))
                score += 1.5;
            else
                continue;
        }
        int overlap = 0;
        for (size_t k = dmi_mention_lower(x, hs->first); k < x->mention_count && x->mentions[k].first < hs->last; k++) {
            if (whose_name(x, &x->mentions[k]))
                continue;
            const dmi_xplace_t *hp = &x->places[x->mentions[k].place];
            for (size_t j = 0; j < e->place_count; j++) {
                if (e->places[j] == x->mentions[k].place) {
                    score += 1;
                    overlap = 1;
                } else if (hp->country[0] && strcmp(hp->country, x->places[e->places[j]].country) == 0) {
                    score += 0.5;
                    overlap = 1;
                }
            }
        }
        if (type < 0 && !overlap)
            continue;
        if (score > best_score) {
            best_score = score;
            best = i;
        }
    }
    return best;
}

/* Where an event stands in the text: its first sentence, then its trigger
 * (a statement, which has none, at its sentence's start). */
static size_t event_position(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    const dmi_sentence_t *sn = &x->art->sentences[e->sentences[0]];
    return e->trigger >= sn->first && e->trigger < sn->last ? e->trigger : sn->first;
}

void dmi_events_principal(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count, size_t headline)
{
    const dmi_article_t *a = x->art;
    size_t best = NONE, best_pos = SIZE_MAX;
    for (size_t i = 0; i < count; i++)
        events[i].principal = 0;
    if (count == 0)
        return;
    if (headline != NONE && headline < a->sentence_count) {
        /* An event the headline itself tells: the first it names. */
        const dmi_sentence_t *hs = &a->sentences[headline];
        for (size_t i = 0; i < count; i++) {
            const dmi_xevent_t *e = &events[i];
            for (size_t k = 0; k < e->sentence_count; k++) {
                if (e->sentences[k] != headline)
                    continue;
                size_t pos = e->trigger >= hs->first && e->trigger < hs->last ? e->trigger : hs->last + i;
                if (e->type == DM_EVENT_STATEMENT)
                    pos = SIZE_MAX - count + i;
                if (pos < best_pos) {
                    best_pos = pos;
                    best = i;
                }
            }
        }
        if (best == NONE)
            best = headline_match(x, events, count, headline);
    }
    /* Else the body's first event told in a main clause; statements only
     * when nothing else happened. */
    for (int pass = 0; pass < 2 && best == NONE; pass++) {
        best_pos = SIZE_MAX;
        for (size_t i = 0; i < count; i++) {
            const dmi_xevent_t *e = &events[i];
            if (e->type == DM_EVENT_STATEMENT || !e->sentence_count)
                continue;
            size_t pos = event_position(x, e);
            if (pass == 0 && !main_clause(a, a->sentences[e->sentences[0]].first, pos))
                continue;
            if (pos < best_pos) {
                best_pos = pos;
                best = i;
            }
        }
    }
    events[best == NONE ? 0 : best].principal = 1;
}
