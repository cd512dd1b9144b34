/* Extraction, phase 6: events. Sentence by sentence, each trigger owns its
 * clause up to the next trigger; a negated, hypothetical, topical or merely
 * wished-for trigger makes no event; a sentence that lists several "in X in
 * DATE" clauses after one trigger gives one event per clause; a trip's
 * stops give one event each. Communications (letter, call, broadcast) take
 * [from, to]: the sender's place or seat, then where it was delivered,
 * refused or aimed.
 *
 * Takes: tokens, mentions, people, the article's date. Gives: the events of
 * the article in sentence order (dmi_events_find), one per trigger clause;
 * merging.c makes one per happening. Never: changes places or mentions. */
#include "extract-private.h"
#include "context-private.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

/* Far beyond any article (a long one tells a few dozen events); it bounds
 * the pairwise merging on hostile input (one sentence repeated a million
 * times). */
#define DMI_EVENTS_MAX 500

/* Sentence si tells more of event o, told before (a back-reference, "will
 * also meet"): its span joins o's, unless it is the one o was told in last
 * or o's spans are full. */
static void add_sentence(dmi_xevent_t *o, size_t si)
{
    if (o->sentence_count < G_N_ELEMENTS(o->sentences) && o->sentences[o->sentence_count - 1] != si)
        o->sentences[o->sentence_count++] = si;
}

/* "was to meet", "is also to hold talks": the trigger after "to" and a
 * form of "be" (with "also" between): an arrangement, told as fixed. */
int dmi_arranged_to(const dmi_article_t *a, size_t trig, size_t first)
{
    static const char *const be[] = {"is", "are", "was", "were", NULL};
    if (trig < first + 2 || !dmi_tok_is(a, trig - 1, "to"))
        return 0;
    size_t v = trig - 2;
    if (dmi_tok_is(a, v, "also") && v > first)
        v--;
    return dmi_tok_in(a, v, be) >= 0;
}

/* 1 when sentence si lies in a paragraph after the lede's (wire copy's
 * background: the lede's paragraph tells the day's news). */
static int past_lede_para(const dmi_events_state_t *S, const dmi_article_t *a, size_t si)
{
    /* (no headline: the first paragraph is the lede's) */
    size_t lede = S->lede == NONE ? 0 : S->lede;
    for (size_t k = lede + 1; k <= si; k++)
        if (a->tokens[a->sentences[k].first].flags & DMI_TOK_LINE_START)
            return 1;
    return 0;
}

/* Token t is a lower-case verb in the simple past, no word of "be", "to"
 * or a modal right before it ("arrived", not "will be signed"). */
static int simple_past_at(const dmi_article_t *a, size_t first, size_t t)
{
    static const char *const not_simple[] = {"be", "been", "being", "is", "are", "was", "were", "to", "get",
                                             "got", "would", "could", "should", "might", "may", "must", "will",
                                             "had", "has", "have", NULL};
    return dmi_past_verb(a, t) && (a->tokens[t].flags & DMI_TOK_WORD) && !(a->tokens[t].flags & DMI_TOK_CAP) &&
           !(t > first && dmi_tok_in(a, t - 1, not_simple) >= 0);
}

static int push_event(dmi_events_state_t *S, const dmi_xevent_t *e)
{
    if (S->count >= DMI_EVENTS_MAX) {
        S->truncated = 1;
        return 0;
    }
    if (dmi_grow((void **)&S->ev, &S->cap, S->count + 1, sizeof *S->ev) != 0)
        return -1;
    S->ev[S->count++] = *e;
    return 0;
}

/* A trip to a list ("visiting Peru, Chile and Bolivia", "trips to
 * Chile, Peru and Ecuador in May"): one event per stop, in order,
 * each place of the kind of the first (e's one place), within [first,
 * last). Pushes e and its stops and returns how many stops, 0 (nothing
 * pushed) when no list follows e's place, -1 when out of memory. */
static int push_stops(dmi_events_state_t *S, const dmi_xevent_t *e, const dmi_trigger_t *tr, size_t first,
                      size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    size_t k = dmi_mention_lower(x, first);
    while (k < x->mention_count && x->mentions[k].first < last && x->mentions[k].place != e->places[0])
        k++;
    /* "is visiting A, B and C", "is touring A and B": the trip is under
     * way at its first stop (or at the dateline's, when it is a later
     * one); the stops after it are still to come. */
    int touring = e->status == DM_EVENT_HELD && e->trigger > first &&
                  (dmi_tok_is(a, e->trigger - 1, "is") || dmi_tok_is(a, e->trigger - 1, "are")) &&
                  dmi_tok_ing(a, e->trigger);
    /* ... unless the sentence tells something done meanwhile ("who is
     * visiting A, B and C, met farmers on Monday"): where the trip stands
     * is then unknown. */
    if (touring) {
        const dmi_sentence_t *sn = &a->sentences[a->tokens[e->trigger].sentence];
        touring = dmi_tense_of(a, sn->first, sn->last) != DMI_TENSE_PAST;
    }
    size_t home = touring ? dmi_dateline_city(S) : NONE;
    int reached = 1;  /* a dateline off the list ("DAKAR - ... is visiting A, B") moves nothing */
    for (size_t j = k; home != NONE && j < x->mention_count && x->mentions[j].first < last && reached; j++)
        reached = j == k || strcmp(x->places[home].country, x->places[x->mentions[j].place].country) != 0 ||
                  strcmp(x->places[home].country, x->places[e->places[0]].country) == 0;
    int stops = 0;
    while (k < x->mention_count && x->mentions[k].first < last && stops < 8) {
        const dmi_mention_t *m = &x->mentions[k];
        size_t n = k + 1;
        /* "the United Arab Emirates (UAE) and ...": the short name in
         * parentheses is the same stop. */
        if (n < x->mention_count && x->mentions[n].place == m->place && x->mentions[n].first == m->last + 1 &&
            dmi_tok_is(a, m->last, "("))
            n++;
        if (n >= x->mention_count || x->mentions[n].first >= last || !dmi_usable_mention(&x->mentions[n]) ||
            (x->mentions[n].flags & DMI_MENTION_DEMONYM))
            break;
        const dmi_mention_t *q = &x->mentions[n];
        /* "to the Central African Republic (CAR) and Chad": a short
         * parenthesis after a stop is part of its name. */
        size_t after = m->last;
        if (after < q->first && dmi_tok_is(a, after, "("))
            for (size_t u = after + 1; u < q->first && u < after + 5; u++)
                if (dmi_tok_is(a, u, ")")) {
                    after = u + 1;
                    break;
                }
        size_t gap = q->first - after;
        int listed = (gap == 1 && (dmi_tok_is(a, after, ",") || dmi_tok_is(a, after, "and"))) ||
                     (gap == 2 && dmi_tok_is(a, after, ",") && dmi_tok_is(a, after + 1, "and"));
        if (!listed || x->places[q->place].kind != x->places[e->places[0]].kind || q->place == e->places[0])
            break;
        if (stops == 0 && push_event(S, e) != 0)
            return -1;
        dmi_xevent_t c = *e;
        c.place_count = 0;
        dmi_add_place(&c, q->place);
        if (touring && reached) {
            c.status = DM_EVENT_PLANNED;
            /* the report's day, or a day before it, is the trip's, not this
             * later stop's: the report's month */
            if (x->date.year && (c.date_weak || !c.date.year || dmi_date_cmp(&c.date, &x->date) <= 0)) {
                c.date = x->date;
                c.date.day = 0;
            }
        }
        else if (touring && strcmp(x->places[home].country, x->places[q->place].country) == 0)
            reached = 1;
        dmi_make_label(x, &c, tr->word, NULL);
        if (push_event(S, &c) != 0)
            return -1;
        stops++;
        k = n;
    }
    return stops;
}

/* The incident at trig is named after "after", "following", "since" or
 * "amid" (within four words, no punctuation between) and no date stands
 * within four words before it or six after. */
static int incident_in_passing(const dmi_article_t *a, size_t trig, size_t first, const dmi_date_hit_t *dates,
                               size_t nd)
{
    static const char *const openers[] = {"after", "following", "since", "amid", NULL};
    int opened = 0;
    for (size_t u = trig, n = 0; u > first && n < 4 && !opened; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        opened = dmi_tok_in(a, u, openers) >= 0;
    }
    if (!opened)
        return 0;
    for (size_t k = 0; k < nd; k++)
        if (dates[k].token + 4 >= trig && dates[k].token <= trig + 6)
            return 0;
    return 1;
}

/* A state that tests or launches a weapon of its own does so on its own
 * ground: "North Korea said it had tested a device", "Pyongyang's rocket".
 * The state is the sentence's subject, a country named first in it and
 * right before a verb ("North Korea said", "Iran launched"); for "it"
 * just before the trigger ("it launched", "it had tested"), the last
 * sentence's. Returns the country's place, else NONE. */
static size_t subject_state(const dmi_extraction_t *x, size_t si)
{
    const dmi_article_t *a = x->art;
    const dmi_sentence_t *sn = &a->sentences[si];
    size_t k = dmi_mention_lower(x, sn->first);
    while (k < x->mention_count && x->mentions[k].first < sn->last && !dmi_usable_mention(&x->mentions[k]))
        k++;
    if (k >= x->mention_count || x->mentions[k].first >= sn->last)
        return NONE;
    const dmi_mention_t *m = &x->mentions[k];
    size_t lead = sn->first;
    if (lead < m->first && dmi_tok_is(a, lead, "the"))
        lead++;
    if (m->first != lead || (m->flags & DMI_MENTION_DEMONYM) || x->places[m->place].kind != DM_PLACE_COUNTRY ||
        m->last >= sn->last || !dmi_tok_word(a, m->last) || (a->tokens[m->last].flags & DMI_TOK_CAP))
        return NONE;
    return m->place;
}

static size_t tester_state(const dmi_events_state_t *S, size_t si, size_t trig)
{
    const dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    static const char *const own_weapons[] = {"missile", "missiles", "rocket", "rockets", "satellite",
                                              "ballistic", "projectile", "projectiles", "icbm", "icbms", NULL};
    int test = dmi_weapon_test(a, trig);
    int launch = dmi_tok_is(a, trig, "launched") || dmi_tok_is(a, trig, "launching");
    for (size_t u = trig + 1; launch && !test && u < trig + 6 && u < a->sentences[si].last; u++)
        if (dmi_tok_in(a, u, own_weapons) >= 0)
            test = 1;
    if (!test)
        return NONE;
    size_t here = subject_state(x, si);
    if (here != NONE)
        return here;
    const dmi_sentence_t *sn = &a->sentences[si];
    int it = 0;
    for (size_t u = trig > sn->first + 3 ? trig - 3 : sn->first; u < trig; u++)
        it |= dmi_tok_is(a, u, "it");
    return it && si > 0 ? subject_state(x, si - 1) : NONE;
}

/* The state that performs a diplomatic act, named right before its verb
 * with at most two adverbs or auxiliaries between ("Ecuador unilaterally
 * pulled out of the pact", "Oslo had reinstated its envoy"): a country or
 * a capital, not a demonym or a possessive ("Chile's envoy"). Returns its
 * place, else NONE. */
/* Where the subject of the act at trig ends: before at most two
 * auxiliaries or adverbs ("Chile formally withdrew", "had also summoned");
 * the subject's last token is just before the token returned. */
static size_t act_subject_end(const dmi_article_t *a, size_t first, size_t trig)
{
    static const char *const between[] = {"had",   "has",     "have",     "also",       "then",      "later",
                                          "earlier", "formally", "officially", "today", "yesterday", NULL};
    size_t p = trig;
    for (int n = 0; n < 2 && p > first; n++) {
        size_t u = p - 1, len = dmi_tok_len(a, u);
        /* "Kenya on Monday freed ...": the day told between the state and
         * its verb (the grid37 grid) */
        if (u > first && dmi_tok_is(a, u - 1, "on") && dmi_weekday_of(dmi_tok_text(a, u), len)) {
            p = u - 1;
            continue;
        }
        int adverb = dmi_tok_word(a, u) && !dmi_tok_cap(a, u) && len > 4 &&
                     g_ascii_strncasecmp(dmi_tok_text(a, u) + len - 2, "ly", 2) == 0;
        if (!adverb && dmi_tok_in(a, u, between) < 0)
            break;
        p = u;
    }
    return p;
}

static size_t acting_state(const dmi_extraction_t *x, size_t first, size_t trig)
{
    const dmi_mention_t *m = dmi_mention_ending_at(x, act_subject_end(x->art, first, trig));
    if (!m)
        return NONE;
    dm_place_kind_t kind = x->places[m->place].kind;
    return dmi_usable_mention(m) && !(m->flags & DMI_MENTION_DEMONYM) &&
                   (kind == DM_PLACE_COUNTRY || kind == DM_PLACE_CITY)
               ? m->place
               : NONE;
}

/* The state that yields (rules/act_frames.txt, kinds act-held, act-eased,
 * act-refuge): the state named right before the verb ("Ruritania has
 * freed the crew"), else a country named in a subject that opens the
 * clause and holds an office of a state ("the president of Ruritania, X,
 * promptly pardoned them", "the Ruritanian government lifted the ban"):
 * between the clause's start and the verb only names, the office's words,
 * "of", articles, auxiliaries and adverbs, so that a clause of its own
 * ("police said they released him") has none. NONE when no state yields:
 * police, a court, a city or a firm releasing or lifting is no diplomatic
 * act. */
static size_t yielding_state(const dmi_extraction_t *x, size_t first, size_t trig)
{
    static const char *const glue[] = {"the", "a",    "an",   "of",      "has",       "had",        "have",
                                       "also", "then", "later", "earlier", "formally", "officially", NULL};
    const dmi_article_t *a = x->art;
    size_t state = acting_state(x, first, trig);
    /* ... a country or a capital standing for its state, itself the
     * subject: not the complement of another noun ("the city council of
     * Lima", "the mayor of Paris"), not a town */
    const dmi_mention_t *m = state != NONE ? dmi_mention_ending_at(x, act_subject_end(a, first, trig)) : NULL;
    if (m && (x->places[state].kind == DM_PLACE_COUNTRY || x->places[state].is_capital) &&
        !(m->first > first && dmi_tok_is(a, m->first - 1, "of")))
        return state;
    if (trig < first + 2 || trig > first + 14)
        return NONE;
    size_t country = NONE;
    int office = 0;
    for (size_t u = first; u < trig; u++) {
        const dmi_mention_t *m = dmi_mention_ending_at(x, u);
        if (m && m->first >= first && dmi_usable_mention(m) && x->places[m->place].kind == DM_PLACE_COUNTRY &&
            country == NONE)
            country = m->place;
        if (!dmi_tok_word(a, u) || dmi_tok_cap(a, u))
            continue;
        size_t len = dmi_tok_len(a, u);
        int adverb = len > 4 && g_ascii_strncasecmp(dmi_tok_text(a, u) + len - 2, "ly", 2) == 0;
        int role = dmi_tok_in_set_cs(a, u, &dmi_role_nouns) || dmi_is_person_title(a, u) || dmi_act_government(a, u);
        office |= role;
        if (!adverb && !role && dmi_tok_in(a, u, glue) < 0)
            return NONE;
    }
    return office ? country : NONE;
}

/* "The administration also blacklisted ...", in a report filed at a
 * capital: a government named by a noun acts from its seat, the
 * dateline's city. Not when a country named before the noun is another
 * ("the Chilean government" in a report from Lima). NONE otherwise. */
static size_t acting_government(dmi_events_state_t *S, size_t first, size_t trig)
{
    const dmi_extraction_t *x = S->x;
    size_t p = act_subject_end(x->art, first, trig);
    size_t home = dmi_dateline_city(S);
    if (p == first || !dmi_act_government(x->art, p - 1) || home == NONE || !x->places[home].is_capital)
        return NONE;
    for (size_t u = p - 1; u > first && u + 4 > p; u--) {
        const dmi_mention_t *m = dmi_mention_ending_at(x, u);
        if (m && strcmp(x->places[m->place].country, x->places[home].country) != 0)
            return NONE;
    }
    return home;
}

/* The comma at v inside a list of names ("After stops in A, B and C,
 * the ..."): the names go on to "and" (or "or") and a last name, then a
 * comma; that closing comma, or NONE when the words after v are no such
 * list ("After talks in Oslo, Smith said"). */
static size_t list_comma_end(const dmi_article_t *a, size_t v, size_t last)
{
    int joined = 0;
    size_t u = v + 1;
    while (u < last && u < v + 20) {
        if (!dmi_tok_word(a, u) || !(a->tokens[u].flags & DMI_TOK_CAP))
            return NONE;
        while (u < last && dmi_tok_word(a, u) && (a->tokens[u].flags & DMI_TOK_CAP))
            u++;
        if (u >= last)
            return NONE;
        if (joined)
            return dmi_tok_is(a, u, ",") ? u : NONE;
        if (dmi_tok_is(a, u, "and") || dmi_tok_is(a, u, "or"))
            joined = 1;
        else if (!dmi_tok_is(a, u, ","))
            return NONE;
        u++;
    }
    return NONE;
}

/* "in the course of" or "over the course of" at token u, with a word
 * after it before last: a phrase of time opening as "during" does. */
static int course_of_at(const dmi_article_t *a, size_t u, size_t last)
{
    return u + 4 < last && (dmi_tok_is(a, u, "in") || dmi_tok_is(a, u, "over")) && dmi_tok_is(a, u + 1, "the") &&
           dmi_tok_is(a, u + 2, "course") && dmi_tok_is(a, u + 3, "of");
}

/* The comma that closes a phrase of time opening the sentence ("Following
 * the minister's visit to Accra, ...", "After talks in Oslo, ...",
 * "Ahead of the summit, ..."), or NONE. */
static size_t fronted_phrase_end(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const openers[] = {"following", "after", "before", "ahead", "during", "upon", NULL};
    size_t u = first;
    while (u < last && !(a->tokens[u].flags & DMI_TOK_WORD))
        u++;
    /* "In the course of the team's stay in C, ...": a phrase of time as "during" is */
    if (course_of_at(a, u, last))
        u += 3;
    else if (u >= last || dmi_tok_in(a, u, openers) < 0)
        return NONE;
    for (size_t v = u + 1; v < last && v < u + 25; v++)
        if (dmi_tok_punct_any(a, v)) {
            if (a->text[a->tokens[v].start] != ',')
                return NONE;
            size_t w = list_comma_end(a, v, last);
            if (w == NONE)
                return v;
            v = w - 1;  /* past the list, up to its closing comma */
        }
    return NONE;
}

/* The comma that closes a phrase opening the sentence with a present
 * participle ("Making a two-day visit to Oslo, X is due to ...",
 * "Paying a call on the king, she will ..."), or NONE. Such a phrase has
 * no tense of its own: it happens at the main clause's time. Prepositions
 * in -ing ("during", "following", "according") are no participles. */
static size_t participle_phrase_end(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const preps[] = {"during", "following", "according", "including", "regarding",
                                        "concerning", "notwithstanding", "excluding", "pending", NULL};
    size_t u = first;
    while (u < last && !(a->tokens[u].flags & DMI_TOK_WORD))
        u++;
    if (u >= last || !(a->tokens[u].flags & DMI_TOK_CAP) || !dmi_tok_ing(a, u) || dmi_tok_in(a, u, preps) >= 0)
        return NONE;
    for (size_t v = u + 1; v < last && v < u + 25; v++)
        if (dmi_tok_punct_any(a, v) && !(a->tokens[v].flags & DMI_TOK_POSS))
            return a->text[a->tokens[v].start] == ',' ? v : NONE;
    return NONE;
}

/* The token at t is a day's number or a span of days ("17", "17-19"),
 * or the dash between two. */
static int day_digits(const dmi_article_t *a, size_t t)
{
    const char *w = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    int digit = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] >= '0' && w[i] <= '9')
            digit = 1;
        else if (w[i] != '-')
            return 0;
    }
    return n > 0 && (digit || n == 1);
}

/* The first token of the days told right before the noun at t ("June
 * 17-19" in "X's June 17-19 visit"), or t when none. */
static size_t days_before(const dmi_article_t *a, size_t t, size_t first)
{
    size_t p = t;
    while (p > first + 1 && t - p < 5 &&
           (day_digits(a, p - 1) || dmi_month_of(dmi_tok_text(a, p - 1), dmi_tok_len(a, p - 1)) > 0))
        p--;
    return p;
}

/* The word at t calls a counterpart: "his", "her" or "their", up to three
 * capitalised words, then "counterpart(s)" ("called his Iranian
 * counterpart", "called their French counterparts"), before end. A
 * counterpart holds the same office in another state: the call is
 * between two sides. */
static int calls_counterpart(const dmi_article_t *a, size_t t, size_t end)
{
    size_t u = t + 1;
    if (u >= end || !(dmi_tok_is(a, u, "his") || dmi_tok_is(a, u, "her") || dmi_tok_is(a, u, "their")))
        return 0;
    for (u++; u < t + 5 && u < end && (a->tokens[u].flags & DMI_TOK_CAP) && !(a->tokens[u].flags & DMI_TOK_POSS);)
        u++;
    return u < end && (dmi_tok_is(a, u, "counterpart") || dmi_tok_is(a, u, "counterparts"));
}

/* The sentence tells its event at an occasion told before: "during",
 * "at" or "on" before a determiner or a possessive ("the", "his", "X's")
 * and a noun of a trip or a meeting ("during the visit", "during the
 * president's trip", "at the summit"; rules/occasion_nouns.txt). */
static int during_occasion(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const preps[] = {"during", "at", "on", NULL};
    static const char *const dets[] = {"the", "his", "her", "their", "its", "this", NULL};
    static const char *const nouns_list[] = {
#include "rules/occasion_nouns.inc"
        NULL};
    static dmi_word_set_t nouns = DMI_WORD_SET(nouns_list);
    for (size_t t = first; t + 2 < last; t++) {
        if (dmi_tok_in(a, t, preps) < 0)
            continue;
        size_t u = t + 1;
        if (dmi_tok_in(a, u, dets) < 0) {
            /* "during Yudhoyono's visit": a name and its possessive */
            while (u < last && u < t + 5 && (a->tokens[u].flags & DMI_TOK_CAP) && !(a->tokens[u].flags & DMI_TOK_POSS))
                u++;
            if (u == t + 1 || u >= last || !(a->tokens[u].flags & DMI_TOK_POSS))
                continue;
        }
        if (u + 1 < last && dmi_tok_in_set(a, u + 1, &nouns) >= 0)
            return 1;
    }
    return 0;
}

/* "The two leaders ...", "Both ministers ..." opening the sentence: the
 * two sides of the occasion the report covers (rules/pair_nouns.txt), as
 * wire copy names them once the lead has. */
static int pair_subject(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const nouns_list[] = {
#include "rules/pair_nouns.inc"
        NULL};
    static dmi_word_set_t nouns = DMI_WORD_SET(nouns_list);
    size_t t = first;
    if (t < last && dmi_tok_is(a, t, "the"))
        t++;
    if (t + 1 >= last || (!dmi_tok_is(a, t, "two") && !dmi_tok_is(a, t, "both")))
        return 0;
    return dmi_tok_in_set(a, t + 1, &nouns) >= 0;
}

/* "They also signed a visa accord": a sentence opening with the pronoun
 * goes on telling the sides of the scene the lead named, as "the two
 * leaders" does (pair_subject), unless the date told last lies before the
 * scene's days ("boosted their ties last year. They signed two pacts":
 * the pronoun is back in that year's story). */
static int they_subject(const dmi_events_state_t *S, size_t first, size_t last)
{
    const dmi_article_t *a = S->x->art;
    const dmi_date_t *when = S->scene != NONE ? &S->scene_date : &S->x->date;
    return first < last && dmi_tok_is(a, first, "they") && !dmi_date_before_news(&S->anchor, when);
}

/* Whether the words before a saying's verb [first, verb) name the scene's
 * people: "the two leaders" or "They" opening the sentence (pair_subject,
 * they_subject), or one of the lede's gathering's persons outside a
 * quotation (fortieth round, nop40). */
static int scene_speakers(const dmi_events_state_t *S, size_t first, size_t verb)
{
    const dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    if (pair_subject(a, first, verb) || they_subject(S, first, verb))
        return 1;
    for (size_t t = first; t < verb; t++) {
        size_t p = x->person_tok[t] && !dmi_in_quotation(a, first, t) ? dmi_person_at(x, t) : NONE;
        for (size_t i = 0; p != NONE && i < S->occasion_person_count; i++)
            if (S->occasion_persons[i] == p)
                return 1;
    }
    return 0;
}

/* A word of a gathering held at a distance in [first, last) ("held talks
 * by video link", "met virtually"; rules/remote_words.txt): no venue to
 * carry to it. */
static int held_remotely(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const remote_list[] = {
#include "rules/remote_words.inc"
        NULL};
    static dmi_word_set_t remote = DMI_WORD_SET(remote_list);
    for (size_t t = first; t < last; t++)
        if (dmi_tok_in_set(a, t, &remote) >= 0)
            return 1;
    return 0;
}

/* A trip told so far went to a country other than the dateline city's
 * (or to a town of one): the story has gone abroad from where it was
 * filed, and what its sides do may be there. */
static int trip_abroad(const dmi_events_state_t *S, size_t home)
{
    const dmi_extraction_t *x = S->x;
    for (size_t j = 0; j < S->count; j++)
        for (size_t i = 0; S->ev[j].type == DM_EVENT_VISIT && i < S->ev[j].place_count; i++)
            if (strcmp(x->places[S->ev[j].places[i]].country, x->places[home].country) != 0)
                return 1;
    return 0;
}

/* The place named as the subject of "host" in [first, last) ("Ecuador will
 * host", "Oslo is to host", "when Australia hosts"): a country or a city
 * right before the verb and its auxiliaries, or NONE. The verb at trig
 * itself places nothing. */
static const char *const return_words_list[] = {
#include "rules/return_words.inc"
    NULL};
static dmi_word_set_t return_words = DMI_WORD_SET(return_words_list);

/* "Y, who flew in on Sunday from a meeting with Z", "just back from talks
 * with Z": the meeting or talks at trig is where the traveller came back
 * from (rules/return_words.txt, at most four words before "from"). When an
 * envoy's title earlier in the sentence names his post ("the ambassador
 * to C"), the meeting was held there: returns that place, or NONE. */
static size_t post_left_for_here(const dmi_extraction_t *x, size_t trig, size_t sfirst)
{
    const dmi_article_t *a = x->art;
    static const char *const dets[] = {"a", "an", "the", "his", "her", "their", NULL};
    size_t from = trig;
    if (from > sfirst && dmi_tok_in(a, from - 1, dets) >= 0)
        from--;
    if (from <= sfirst || !dmi_tok_is(a, from - 1, "from"))
        return NONE;
    from--;
    int back = 0;
    for (size_t u = from; u > sfirst && u + 4 >= from && !back;) {
        u--;
        if (!dmi_tok_word(a, u))
            break;
        back = dmi_tok_in_set(a, u, &return_words) >= 0;
    }
    if (!back)
        return NONE;
    size_t post = NONE;
    for (size_t k = dmi_mention_lower(x, sfirst); k < x->mention_count && x->mentions[k].first < from; k++)
        if (dmi_usable_mention(&x->mentions[k]) && dmi_envoy_post(a, &x->mentions[k]))
            post = x->mentions[k].place;
    return post;
}

static size_t host_named(const dmi_extraction_t *x, size_t trig, size_t first, size_t last)
{
    static const char *const hosts[] = {"host", "hosts", "hosted", "hosting", NULL};
    static const char *const aux[] = {"will", "would", "to", "is", "was", "also", "again", "has", "had", NULL};
    const dmi_article_t *a = x->art;
    for (size_t t = first; t < last; t++) {
        /* the host verb is not the event it places ("X hosted Y" is
         * weak: placed by its own cue or not at all) */
        if (dmi_tok_in(a, t, hosts) < 0 || t == trig)
            continue;
        size_t v = t;
        while (v > first && v + 3 > t && dmi_tok_in(a, v - 1, aux) >= 0)
            v--;
        const dmi_mention_t *m = v > first ? dmi_mention_ending_at(x, v) : NULL;
        if (!m || !dmi_usable_mention(m) || (m->flags & DMI_MENTION_DEMONYM) || m->first < first)
            continue;
        dm_place_kind_t kind = x->places[m->place].kind;
        if (kind == DM_PLACE_COUNTRY || kind == DM_PLACE_CITY)
            return m->place;
    }
    return NONE;
}

/* "has already visited Kazan", "a journey that has already taken her to A
 * and B": a stop the trip made before the news it reports (the present
 * perfect with "already"), not on the report's day. The verb of a stop, not
 * of an arrival ("has already arrived in Geneva" is the news itself). */
static int earlier_leg(const dmi_article_t *a, size_t first, size_t trig, size_t last)
{
    static const char *const stop_verbs[] = {"visited", "toured", "travelled", "traveled", NULL};
    static const char *const carry_verbs[] = {"taken", "brought", "led", NULL};
    if (trig >= first + 2 && dmi_tok_is(a, trig - 1, "already") &&
        (dmi_tok_is(a, trig - 2, "has") || dmi_tok_is(a, trig - 2, "have")) && dmi_tok_in(a, trig, stop_verbs) >= 0)
        return 1;
    /* the trip's noun, then "(, which) has already taken" within six words */
    for (size_t u = trig + 1; u + 1 < last && u < trig + 6; u++)
        if (dmi_tok_is(a, u, "already") && (dmi_tok_is(a, u - 1, "has") || dmi_tok_is(a, u - 1, "have")) &&
            dmi_tok_in(a, u + 1, carry_verbs) >= 0)
            return 1;
    return 0;
}

/* A weak incident word ("killed", "harassed") is placed within nine words
 * of it (the end it returns, at most own): "killed a cyclist in Chile", not
 * "killed protesters in a war long ago ... later taught at a school based in
 * Chile". When the object is a list ("harassed a destroyer and a frigate in
 * the strait"), a place whose cue ("in", "off the") lies inside those nine
 * words counts too, though its name starts past them: the list, not another
 * clause, pushed it there. */
static size_t weak_incident_reach(const dmi_article_t *a, const dmi_extraction_t *x, size_t trig, size_t own)
{
    size_t reach = trig + 9;
    int list = 0;
    for (size_t t = trig + 1; t < reach && !list; t++)
        list = dmi_tok_is(a, t, "and") || dmi_tok_is(a, t, "or");
    if (!list)
        return reach;
    for (size_t k = dmi_mention_lower(x, reach); k < x->mention_count && x->mentions[k].first < own; k++) {
        size_t m = x->mentions[k].first;
        if (m > reach + 1)
            break;
        size_t p = m - 1;
        if (dmi_tok_is(a, p, "the"))
            p--;
        if (p <= trig + 9 && dmi_cue_before(a, m) == 1)
            return m + 1;
    }
    return reach;
}

/* The places of the trigger's own clause (dmi_trigger_clause) in [first,
 * last), else, when it names none, those of the whole stretch as before,
 * less a relative or participle clause with a date of its own ("X, who
 * took office in A in May, met Y on Monday"): a happening of its own. */
static void clause_places(dmi_events_state_t *S, dmi_xevent_t *e, const dmi_clause_t *clause, const dmi_clause_t *wide,
                          size_t first, size_t last, int need_cue)
{
    S->own_clause = clause;
    dmi_located_places(S, e, first, last, need_cue);
    S->own_clause = wide;
    if (e->place_count == 0)
        dmi_located_places(S, e, first, last, need_cue);
    S->own_clause = NULL;
}

/* The sentence [first, last) less the relative and participle clauses of
 * clause that hold a date (dates, n), and the relative clauses no comma
 * opens that tell of the object of "of" ("the sister of the clerk who drowned
 * in A agreed ...": A is the death's, not the deal's). */
static void dated_clauses_out(const dmi_clause_t *clause, size_t first, size_t last, const dmi_date_hit_t *dates,
                              size_t n, dmi_clause_t *wide)
{
    memset(wide, 0, sizeof *wide);
    wide->first = first;
    wide->last = last;
    for (size_t i = 0; i < clause->other_count; i++) {
        const dmi_span_t *sp = &clause->other[i];
        int dated = 0;
        for (size_t k = 0; k < n; k++)
            dated |= dates[k].token >= sp->first && dates[k].token < sp->last;
        if (sp->own_verb && (dated || sp->bare == 2) && wide->other_count < G_N_ELEMENTS(wide->other))
            wide->other[wide->other_count++] = *sp;
    }
}

/* The date expression [t, t + n) counts back from the date told before
 * ("a day earlier", "the day before", "the previous month"). */
static int told_as_step_back(const dmi_article_t *a, size_t t, size_t n)
{
    static const char *const back[] = {"earlier", "before", "previous", "preceding", NULL};
    for (size_t u = t; u < t + n && u < a->token_count; u++)
        if (dmi_tok_in(a, u, back) >= 0)
            return 1;
    return 0;
}

/* The date at b sits in a relative clause ("X, who had been elected in
 * 1978, visited A", "met the president, who took office in 1990, in A"):
 * a "who", "whom", "whose" or "which" before it in its clause. */
static int date_in_aside(const dmi_article_t *a, size_t first, size_t b)
{
    static const char *const relatives[] = {"who", "whom", "whose", "which", NULL};
    for (size_t u = b; u > first;) {
        u--;
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_in(a, u, relatives) >= 0)
            return 1;
    }
    return 0;
}

/* Token b lies in a relative clause a comma opens (", whose barn burned
 * in 1997"): date_in_aside's, set off as an aside. */
static int comma_aside(const dmi_article_t *a, size_t first, size_t b)
{
    static const char *const relatives[] = {"who", "whom", "whose", "which", NULL};
    for (size_t u = b; u > first;) {
        u--;
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_in(a, u, relatives) >= 0)
            return u > first && dmi_tok_punct(a, u - 1, ',');
    }
    return 0;
}

/* Adverbs of anteriority (rules/anterior_words.txt: "first", "last",
 * "previously") */
static const char *const anterior_list[] = {
#include "rules/anterior_words.inc"
    NULL};
static dmi_word_set_t anterior_words = DMI_WORD_SET(anterior_list);

/* The stretch of token b between punctuation marks, within [first, last):
 * [*lo, *hi). */
static void punct_clause(const dmi_article_t *a, size_t first, size_t last, size_t b, size_t *lo, size_t *hi)
{
    *lo = *hi = b;
    while (*lo > first && !dmi_tok_punct_any(a, *lo - 1))
        (*lo)--;
    while (*hi < last && !dmi_tok_punct_any(a, *hi))
        (*hi)++;
}

/* The clause of token b, within [first, last), tells a happening as one
 * before the news ("The two first met in Lima in 2015", "he last visited
 * Oslo in 2009"): an adverb of anteriority right before a past verb. A
 * background fact, not a step of the timeline the text tells. */
static int told_as_background(const dmi_article_t *a, size_t first, size_t last, size_t b)
{
    size_t lo, hi;
    punct_clause(a, first, last, b, &lo, &hi);
    for (size_t u = lo + 1; u < hi; u++)
        if (dmi_past_verb(a, u) && dmi_tok_in_set(a, u - 1, &anterior_words) >= 0)
            return 1;
    return 0;
}

/* The clause of token b, within [first, last), is told in the past
 * perfect ("had visited", "had been"): a step back from the story's time
 * ("had" with its own object, "had talks", is the simple past; a "had
 * been" in another clause, "with X, who had been elected in 1960", is
 * that clause's). */
static int told_in_past_perfect(const dmi_article_t *a, size_t first, size_t last, size_t b)
{
    punct_clause(a, first, last, b, &first, &last);
    /* participles dmi_past_verb does not read */
    static const char *const participles[] = {"been", "begun", "gone", "seen", "done", "flown", "spoken", "written",
                                              "taken", "given", "known", "broken", "become", "won", "brought",
                                              "sought", "fallen", "risen", "chosen", "drawn", NULL};
    for (size_t t = first; t < last; t++)
        if (dmi_tok_is(a, t, "had"))
            for (size_t v = t + 1; v < t + 3 && v < last && dmi_tok_word(a, v); v++)
                if (dmi_past_verb(a, v) || dmi_tok_in(a, v, participles) >= 0)
                    return 1;
    return 0;
}

/* The trigger at trig is told as under way since the date at b: a perfect
 * "been" (after has, have or had) within four words before it or three
 * after ("has been mediating talks", "talks have been going on"), and
 * "since" right before the date a few words after the trigger, with no
 * punctuation from "been" to the date. Not "since she took office". */
static int under_way_since(const dmi_article_t *a, size_t first, size_t last, size_t trig, size_t b)
{
    if (b <= trig + 1 || b > trig + 8 || b >= last || !dmi_tok_is(a, b - 1, "since"))
        return 0;
    size_t lo = trig >= first + 4 ? trig - 4 : first, been = NONE;
    for (size_t u = lo; u < trig + 4 && u < b - 1; u++)
        if (dmi_tok_is(a, u, "been") && u > first &&
            (dmi_tok_is(a, u - 1, "has") || dmi_tok_is(a, u - 1, "have") || dmi_tok_is(a, u - 1, "had")))
            been = u;
    if (been == NONE)
        return 0;
    for (size_t u = been < trig ? been : trig; u < b; u++)
        if (dmi_tok_punct_any(a, u))
            return 0;
    return 1;
}

/* The date of the trigger's own clause: dmi_pick_date over its dates
 * alone; -1 when it has none of its own (a saying's date is no date of
 * its own: the sentence's reading decides). */
static int clause_date(const dmi_article_t *a, const dmi_clause_t *clause, size_t trig, size_t prev, size_t first,
                       size_t last, const dmi_date_hit_t *sdates, size_t snd)
{
    dmi_date_hit_t own[8];
    size_t index[8], n = 0;
    for (size_t k = 0; k < snd && n < G_N_ELEMENTS(own); k++)
        if (dmi_clause_holds(clause, sdates[k].token)) {
            index[n] = k;
            own[n++] = sdates[k];
        }
    /* A clause of another day ("..., and on Tuesday she met Y") holds its
     * day before the trigger's window. */
    if (clause->first < first && clause->first + 1 < trig && dmi_day_clause_at(a, clause->first + 1, trig))
        first = clause->first;
    int weak = 0;
    int di = n ? dmi_pick_date(a, trig, prev, first, last, own, n, 0, &weak) : -1;
    return di >= 0 && !weak ? (int)index[di] : -1;
}

/* The occasion trigger at t is told as the time of what comes before it:
 * "during" or a part of it and "of" (rules/occasion_parts.txt: "at the end
 * of", "on the sidelines of") within a few words before it, past a
 * determiner, a possessive or adjectives ("at the close of her state
 * visit"), no punctuation between. */
static const char *const occasion_parts_list[] = {
#include "rules/occasion_parts.inc"
    NULL};
static dmi_word_set_t occasion_parts = DMI_WORD_SET(occasion_parts_list);

static int at_occasion(const dmi_article_t *a, size_t first, size_t t)
{
    for (size_t u = t; u > first && u + 5 > t; u--) {
        if (!dmi_tok_word(a, u - 1))
            return 0;
        if (dmi_tok_is(a, u - 1, "during"))
            return 1;
        if (dmi_tok_is(a, u - 1, "of") && u - 1 > first && dmi_tok_in_set(a, u - 2, &occasion_parts) >= 0)
            return 1;
    }
    return 0;
}

/* A verb of asking between the clause's start and an agreement's trigger
 * ("urged the two to sign a pact"): the pact is asked for, not made. The
 * forms of "call" ask only with "for" ("called for a treaty"). */
static int asked_for(const dmi_article_t *a, size_t first, size_t trig)
{
    static const char *const call[] = {"call", "calls", "called", "calling", NULL};
    for (size_t t = first; t < trig; t++) {
        if (dmi_tok_in_set(a, t, &dmi_asking_verbs) < 0)
            continue;
        if (dmi_tok_in(a, t, call) < 0 || (t + 1 < trig && dmi_tok_is(a, t + 1, "for")))
            return 1;
    }
    return 0;
}

/* "The (fisheries) summit continues" or "continued": a many-sided
 * gathering's noun, after "the" and up to three words naming it, followed
 * by a verb of going on. A gathering said to go on on a day had opened
 * before it (the dev errors of issue 14: a two-day summit's second day
 * kept apart from its first, on the report's day). */
static int continues_gathering(const dmi_article_t *a, size_t trig, size_t first)
{
    static const char *const goes_on[] = {"continues", "continued", "continue", NULL};
    if (trig + 1 >= a->token_count || dmi_tok_in(a, trig + 1, goes_on) < 0 ||
        dmi_tok_in_set(a, trig, &dmi_many_sided_gatherings) < 0)
        return 0;
    for (size_t u = trig; u > first && u + 4 > trig; u--) {
        if (dmi_tok_punct_any(a, u - 1))
            return 0;
        if (dmi_tok_is(a, u - 1, "the"))
            return 1;
    }
    return 0;
}

/* A gathering planned for a day after the report's ("a summit in C three
 * months from now"): no telling of a day already past refers back to it. */
/* A lower-case verb in the simple past ("the summit took place"). */
static int past_lower(const dmi_article_t *a, size_t t)
{
    return dmi_tok_word(a, t) && g_ascii_islower(dmi_tok_text(a, t)[0]) && dmi_past_verb(a, t);
}

static int still_to_come(const dmi_extraction_t *x, const dmi_xevent_t *o)
{
    return o->status == DM_EVENT_PLANNED && o->date.year && x->date.year && dmi_date_cmp(&o->date, &x->date) > 0;
}

/* "the talks between X and Y", "the meeting with Y": a meeting or talks
 * named by a reference back when nothing of its type was told before is
 * a first telling; the words after "between" or "with" name its sides.
 * When one of them is the traveller of the trip that set the story's
 * scene (S->setting, a city or site), told with the same status, the
 * gathering is part of that trip and held where it went: a visiting
 * minister's talks with the host. Anything else (talks of no named side,
 * or of sides none of whom made the trip) stays unplaced and is dropped.
 * 1 when e was placed. */
static int talks_on_the_trip(const dmi_events_state_t *S, dmi_xevent_t *e, size_t trig, size_t last)
{
    const dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    if ((e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS) || S->setting == NONE || trig + 2 >= last ||
        (!dmi_tok_is(a, trig + 1, "between") && !dmi_tok_is(a, trig + 1, "with")))
        return 0;
    const dmi_xevent_t *trip = NULL;
    for (size_t j = S->count; j-- > 0 && !trip;)
        if (S->ev[j].type == DM_EVENT_VISIT && S->ev[j].place_count &&
            S->ev[j].places[S->ev[j].place_count - 1] == S->setting)
            trip = &S->ev[j];
    if (!trip || trip->status != e->status || !trip->person_count)
        return 0;
    /* The sides: the names up to the phrase's end (punctuation other than
     * a possessive, at most fifteen words). */
    int side = 0;
    for (size_t t = trig + 2; t < last && t < trig + 17 && !side; t++) {
        if (dmi_tok_punct_any(a, t) && !(a->tokens[t].flags & DMI_TOK_POSS))
            break;
        size_t p = x->person_tok[t] && !dmi_inside_mention(x, t) ? dmi_person_at(x, t) : NONE;
        for (size_t q = 0; p != NONE && q < trip->person_count && !side; q++)
            side = trip->persons[q] == p;
    }
    if (!side)
        return 0;
    dmi_add_place(e, S->setting);
    if (!e->date.year && trip->date.year) {
        e->date = trip->date;
        e->date_weak = 1;
    }
    return 1;
}

/* Between the triggers prev and t, "then" after a comma or "and" opens a
 * verb that is no past form ("then take part in", "and then hold"; not
 * "then met", "then held"): the two verbs share one subject and one time. */
static int then_bare_verb(const dmi_article_t *a, size_t prev, size_t t)
{
    static const char *const past[] = {"met", "held", "took", "went", "flew", "made", "gave", "sat", "had",
                                       "was", "were", "did", "left", "came", "spoke", "told", "said", NULL};
    for (size_t u = prev + 1; u + 1 < t; u++) {
        if (!dmi_tok_is(a, u, "then") || !(dmi_tok_punct(a, u - 1, ',') || dmi_tok_is(a, u - 1, "and")))
            continue;
        size_t v = u + 1;
        size_t n = dmi_tok_len(a, v);
        const char *w = dmi_tok_text(a, v);
        return dmi_tok_word(a, v) && !(a->tokens[v].flags & DMI_TOK_CAP) && dmi_tok_in(a, v, past) < 0 &&
               !(n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd');
    }
    return 0;
}

/* A verb (or noun) of making, keeping or breaking a pact in [first, last):
 * "signed", "reached", "violated", "signature". */
static int pact_made_in(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const made[] = {"signed", "sign", "signs", "signing", "reached", "reach", "reaches",
                                       "concluded", "conclude", "struck", "strike", "agreed", "agree",
                                       "clinched", "sealed", "seal", "inked", "initialled", "initialed",
                                       "ratified", "finalised", "finalized", "approved", "adopted",
                                       "brokered", "negotiated", "announced", "unveiled", "renewed",
                                       "extended", "entered", "took", "violated", "broke",
                                       "collapsed", "suspended", "signature", "signatures", NULL};
    for (size_t t = first; t < last; t++)
        if (dmi_tok_in(a, t, made) >= 0)
            return 1;
    return 0;
}

/* The trip a phrase opening the sentence with "during" names ("During
 * the minister's visit to Rome, ..."), pushed for this sentence with one
 * place: the main clause's event at trig, placed nowhere of its own, was
 * held there (and then, undated of its own). Not a phrase of two trips
 * ("During visits to A and B": which of them is not told), not one
 * called off, and not a stop of "after stops in" (a passage before the
 * news, dmi_after_stops). */
static void during_trip_place(dmi_events_state_t *S, dmi_xevent_t *e, size_t si, size_t trig)
{
    const dmi_article_t *a = S->x->art;
    size_t end = S->fronted_end;
    if (end == NONE || trig <= end || a->tokens[end].sentence != si)
        return;
    size_t u = a->sentences[si].first;
    if (u < S->dateline_end && S->dateline_end < end)
        u = S->dateline_end;
    while (u < end && !dmi_tok_word(a, u))
        u++;
    if (course_of_at(a, u, end))
        u += 3; /* "In the course of the team's stay in C, ..." */
    else if (!dmi_tok_is(a, u, "during"))
        return;
    dmi_xevent_t *trip = NULL;
    for (size_t j = S->sentence_first_event; j < S->count; j++) {
        dmi_xevent_t *o = &S->ev[j];
        if (o->trigger >= end || o->trigger < u)
            continue;
        if (o->type != DM_EVENT_VISIT || o->place_count != 1 || trip)
            return;
        trip = o;
    }
    if (!trip || trip->status == DM_EVENT_CANCELLED || trip->status == DM_EVENT_SUSPENDED)
        return;
    /* The trip's clause reached up to the main clause's trigger, so the
     * main clause's modal or future stood in the trip's words ("During
     * its stay in C, a pact would be signed"): read it again from the
     * comma. */
    if (e->status == DM_EVENT_HELD && !e->before_news &&
        (dmi_trigger_modal(a, trig, end + 1) || dmi_tense_of(a, end + 1, trig + 1) == DMI_TENSE_FUTURE))
        e->status = DM_EVENT_PLANNED;
    /* The phrase has no verb of its own: a main clause to come ("During
     * its stay in C, a pact would be signed") tells a trip to come, then. */
    if (e->status == DM_EVENT_PLANNED && trip->status == DM_EVENT_HELD && !trip->before_news) {
        trip->status = DM_EVENT_PLANNED;
        if (e->date.year)
            trip->date = e->date;
    }
    dmi_add_place(e, trip->places[0]);
    if (!e->date.year || e->date_weak)
        e->date = trip->date;
}

/* "K REJECTS TALKS OFFER", "K SPURNS SUMMIT PROPOSAL": a headline in
 * capitals tells a refusal with a verb the status cues (lower case,
 * triggers.c) cannot see; an offer refused is the event refused, as the
 * body's "rejected an offer of talks" is (annotation guide). */
static int headline_refusal(const dmi_article_t *a, size_t first, size_t trig)
{
    static const char *const verbs[] = {"rejects", "rejected", "spurns", "spurned", "rebuffs", "rebuffed",
                                        "refuses", "refused", "snubs", "snubbed", "declines", "declined", NULL};
    if (!(a->tokens[trig].flags & DMI_TOK_UPPER))
        return 0;
    for (size_t u = first; u < trig; u++)
        if ((a->tokens[u].flags & DMI_TOK_UPPER) && dmi_tok_in(a, u, verbs) >= 0)
            return 1;
    return 0;
}

/* "LEADERS TO MEET IN C", "K TO HOST BORDER SUMMIT", "K AND L TO SIGN
 * PACT": a headline in capitals tells what is to come by "TO" and a verb
 * in the base form (rules/headline_future_verbs.txt), the trigger itself or
 * at most two words before it; its present tense tells what was done. A
 * noun right after "TO" is a goal ("RETURN TO TALKS"), no future. */
static const char *const headline_future_verbs_list[] = {
#include "rules/headline_future_verbs.inc"
    NULL};
static dmi_word_set_t headline_future_verbs = DMI_WORD_SET(headline_future_verbs_list);

static int headline_future(const dmi_article_t *a, size_t first, size_t trig)
{
    if (!(a->tokens[trig].flags & DMI_TOK_UPPER))
        return 0;
    for (size_t u = trig; u > first && u + 3 > trig;) {
        u--;
        if (!(a->tokens[u].flags & DMI_TOK_UPPER))
            return 0;
        if (dmi_tok_is(a, u, "to"))
            return dmi_tok_in_set(a, u + 1, &headline_future_verbs) >= 0;
    }
    return 0;
}

/* "Australian Prime Minister X cut short a visit to A and flew back to
 * Canberra", "British Prime Minister Y ... left early for London": a
 * traveller named by the nation of a country going to its capital, or
 * "back" or "home" to a town of it, goes home; no visit (the annotation
 * guide's visit is a trip to a place; the wire grid of the thirty-ninth
 * round). The nation is the sentence's first place word, a nation's
 * adjective, before the verb of going. */
static int going_home(const dmi_extraction_t *x, size_t first, size_t trig, size_t place)
{
    static const char *const going[] = {"flew", "fly", "flies", "flying", "left", "leave", "leaves", "leaving",
                                        "headed", "head", "heads", "heading", "returned", "return", "returns",
                                        "returning", "went", "go", "goes", "going", "travelled", "traveled",
                                        NULL};
    const dmi_article_t *a = x->art;
    if (dmi_tok_in(a, trig, going) < 0)
        return 0;
    const dmi_xplace_t *p = &x->places[place];
    int back = dmi_tok_is(a, trig + 1, "back") || dmi_tok_is(a, trig + 1, "home") ||
               (dmi_tok_is(a, trig + 1, "early") && dmi_tok_is(a, trig + 2, "for"));
    if (!p->country[0] || p->kind != DM_PLACE_CITY || !(p->is_capital || back))
        return 0;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < trig; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (!dmi_usable_mention(m))
            continue;
        return (m->flags & DMI_MENTION_DEMONYM) && strcmp(x->places[m->place].country, p->country) == 0;
    }
    /* ... or a person the text gives that country, named as the subject
     * right before the verb ("Cole flew back to London", "X, who left for
     * Oslo on Monday"): the visitor's home is no venue of a visit
     * (fortieth round, issue 14: a party's country taken for the place). */
    size_t subject = NONE, subject_end = 0;
    for (size_t u = first; u < trig; u++) {
        if (!x->person_tok[u] || (u > first && x->person_tok[u - 1]) || dmi_in_quotation(a, first, u))
            continue;
        subject = dmi_person_at(x, u);
        for (subject_end = u; subject_end < trig && x->person_tok[subject_end];)
            subject_end++;
    }
    return subject != NONE && trig <= subject_end + 3 && x->people[subject].country[0] &&
           strcmp(x->people[subject].country, p->country) == 0;
}

/* '"This is a visit of two lonely leaders," said X, a professor at a
 * university in C', '"Earlier visits achieved nothing," said Y, an analyst
 * based in C': a place told outside the quotation, in the speaker's
 * description (after a comma and "a" or "an"), is where the speaker
 * works, not where the quoted event is (the wire grid of the thirty-ninth
 * round: analysts' paragraphs). Drops such places from e. */
static void speaker_description_places(const dmi_extraction_t *x, const dmi_sentence_t *sn, size_t trig,
                                       dmi_xevent_t *e)
{
    const dmi_article_t *a = x->art;
    if (!dmi_in_quotation(a, sn->first, trig))
        return;
    size_t kept = 0;
    for (size_t i = 0; i < e->place_count; i++) {
        int inside = 0, described = 0;
        for (size_t k = dmi_mention_lower(x, sn->first); k < x->mention_count && x->mentions[k].first < sn->last;
             k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if (m->place != e->places[i])
                continue;
            if (dmi_in_quotation(a, sn->first, m->first) || m->first < trig) {
                inside = 1;
                continue;
            }
            for (size_t u = trig; u + 1 < m->first && !described; u++)
                described = dmi_tok_punct(a, u, ',') && !dmi_in_quotation(a, sn->first, u) &&
                            (dmi_tok_is(a, u + 1, "a") || dmi_tok_is(a, u + 1, "an"));
        }
        if (inside || !described)
            e->places[kept++] = e->places[i];
    }
    e->place_count = kept;
}

/* The dates after the trigger at trig told as one happening repeated:
 * "in 1998 and again in 2001", "on Monday and once more on Friday", "in
 * May and a second time in July", or two bare years ("in 1998 and in 2001",
 * "in 1998 and 2001"). Between two dates only "and", commas, "in", "on" and
 * the words of a repeat. Fills series with the dates' indexes, in order, and
 * returns how many (0 when fewer than two). Thirty-ninth round (issue 14):
 * left by the thirty-eighth round's history grid, one event where there
 * are two. */
static size_t repeat_series(const dmi_article_t *a, size_t trig, const dmi_date_hit_t *dates, size_t nd,
                            size_t series[8])
{
    static const char *const joins[] = {"and", "in", "on", "again", "also", "a", "second", "third", "time",
                                        "once", "more", NULL};
    static const char *const repeats[] = {"again", "second", "third", "more", NULL};
    size_t n = 0;
    for (size_t k = 0; k < nd && n < 8; k++) {
        if (dates[k].token < trig)
            continue;
        if (n == 0) {
            series[n++] = k;
            continue;
        }
        const dmi_date_hit_t *p = &dates[series[n - 1]], *q = &dates[k];
        size_t from = p->token + p->ntok;
        if (q->token < from || !dmi_tok_same_sentence(a, p->token, q->token))
            break;
        int and = 0, rep = 0, ok = 1;
        for (size_t u = from; u < q->token && ok; u++) {
            if (dmi_tok_punct(a, u, ','))
                continue;
            ok = dmi_tok_in(a, u, joins) >= 0;
            and |= dmi_tok_is(a, u, "and");
            rep |= dmi_tok_in(a, u, repeats) >= 0;
        }
        int years = !p->date.month && !q->date.month && p->date.year && p->date.year != q->date.year;
        if (!ok || !and || !(rep || years) || dmi_date_cmp(&p->date, &q->date) == 0)
            break;
        /* the date of a phrase ("in 2001", "on Wednesday"), not a noun's
         * own ("and 1988's summit in Warsaw": another happening) */
        size_t after = q->token + q->ntok;
        int prep = dmi_tok_is(a, q->token, "in") || dmi_tok_is(a, q->token, "on") ||
                   dmi_tok_is(a, q->token - 1, "in") || dmi_tok_is(a, q->token - 1, "on");
        if (!prep || (after < a->token_count && ((a->tokens[after].flags & DMI_TOK_POSS) || dmi_trigger_at(a, after))))
            break;
        series[n++] = k;
    }
    return n >= 2 ? n : 0;
}

/* The date told by "dated" right after a letter's noun ("the letter,
 * dated Monday", "a letter dated May 2"): the index in dates, or -1.
 * Thirty-ninth round (issue 14): a second letter took the day it was
 * published over the day it bore. */
static int letter_dated(const dmi_article_t *a, dm_event_type_t type, size_t trig, const dmi_date_hit_t *dates,
                        size_t n)
{
    if (type != DM_EVENT_LETTER)
        return -1;
    /* right after the noun, or after its recipient and a comma ("the
     * letter to the minister, dated Monday") */
    size_t u = trig + 1;
    while (u < trig + 7 && dmi_tok_same_sentence(a, trig, u) && !dmi_tok_is(a, u, "dated") &&
           (dmi_tok_word(a, u) || dmi_tok_punct(a, u, ',')) && !dmi_trigger_at(a, u) && !dmi_tok_is(a, u, "that") &&
           !dmi_tok_is(a, u, "which"))
        u++;
    if (!dmi_tok_same_sentence(a, trig, u) || !dmi_tok_is(a, u, "dated") ||
        !(u == trig + 1 || dmi_tok_punct(a, u - 1, ',')))
        return -1;
    for (size_t k = 0; k < n; k++)
        if (dates[k].token == u + 1 || (dates[k].token == u + 2 && dmi_tok_is(a, u + 1, "on")))
            return (int)k;
    return -1;
}

static int trigger_event(dmi_events_state_t *S, size_t si, const dmi_trigger_t *tr, size_t trig, size_t prev,
                         size_t first, size_t last, dmi_tense_t tense, const dmi_date_hit_t *all_dates, size_t all_nd,
                         int backref, int is_modal, dm_event_status_t told)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    const dmi_sentence_t *sn = &a->sentences[si];
    dmi_clause_t clause;
    dmi_trigger_clause(a, sn->first, sn->last, trig, &clause);
    /* The sentence's dates, less those of a relative or participle clause
     * of another verb ("X, who took office in May, ...", ", leaving A in
     * doubt until June"): they date that verb, never this trigger. */
    dmi_date_hit_t sdates[8];
    size_t snd = 0, main_dates = 0;
    for (size_t k = 0; k < all_nd && snd < G_N_ELEMENTS(sdates); k++) {
        /* ... and a trigger inside a relative clause no comma opens takes
         * none of the main clause's ("a trial that dealt with the raid
         * ended in May": May is the trial's). */
        size_t b = all_dates[k].token;
        /* ... nor the span a count of a series closes when another date
         * tells the day ("exploded on Tuesday, the second attack this
         * week": Tuesday, not the week's month; geoparsing dev, too
         * coarse) */
        /* (the day told before it: "the second trip this year, after a
         * visit in March" is a count whose other date is another trip's) */
        int day_before = 0;
        for (size_t j = 0; j < k && !day_before; j++)
            day_before = all_dates[j].date.day != 0 && all_dates[j].token < b;
        if (day_before && dmi_date_counts_series(a, sn->first, b))
            continue;
        if (clause.bare_relative && (b < clause.first || b >= clause.last))
            main_dates++;
        else if (!dmi_clause_of_own_verb(&clause, b))
            sdates[snd++] = all_dates[k];
    }
    dmi_clause_t wide;
    dated_clauses_out(&clause, sn->first, sn->last, all_dates, all_nd, &wide);
    dmi_date_hit_t dates[8];
    size_t nd = 0;
    for (size_t k = 0; k < snd; k++)
        if (sdates[k].token >= first && sdates[k].token < last && nd < G_N_ELEMENTS(dates))
            dates[nd++] = sdates[k];
    /* A release, an easing or asylum is a diplomatic act only when a state
     * does it, and only when told as done ("if the state released its
     * prisoners" is a condition, no act). */
    if (tr->type == DM_EVENT_OTHER && dmi_yielding_word(a, trig) &&
        (yielding_state(x, first, trig) == NONE || is_modal || dmi_trigger_modal(a, trig, first)))
        return 0;
    dmi_xevent_t e;
    memset(&e, 0, sizeof e);
    e.type = tr->type;
    e.trigger = trig;
    e.status = dmi_status_of(a, first, last, e.type, trig);
    /* "The visit to Chile has been postponed": a reference back's
     * predicate, further than its own few words. */
    if (told != DM_EVENT_UNKNOWN && dmi_status_priority(told) > dmi_status_priority(e.status))
        e.status = told;
    if ((e.status == DM_EVENT_UNKNOWN || e.status == DM_EVENT_HELD) && dmi_told_ahead(a, first, last))
        e.status = DM_EVENT_PLANNED;
    if (e.status != DM_EVENT_REFUSED && headline_refusal(a, first, trig))
        e.status = DM_EVENT_REFUSED;
    if ((e.status == DM_EVENT_UNKNOWN || e.status == DM_EVENT_HELD) && headline_future(a, first, trig))
        e.status = DM_EVENT_PLANNED;
    if (e.status == DM_EVENT_UNKNOWN)
        e.status = tense == DMI_TENSE_FUTURE || is_modal ? DM_EVENT_PLANNED : DM_EVENT_HELD;
    /* "had met", "first visited": background to the news, dated by its own
     * clause or not at all (below; extract.c gives it no report's day). */
    e.before_news = (e.status == DM_EVENT_HELD || e.status == DM_EVENT_FAILED) && dmi_told_before(a, first, trig);
    /* "to save the Minsk accord": a pact named by its town, no verb of
     * making or breaking it in the sentence, was made before the news, dated
     * by its own words ("the 1999 ... accord") or not at all, never on the
     * report's day (thirty-eighth round). */
    e.before_news |= e.type == DM_EVENT_AGREEMENT && e.status == DM_EVENT_HELD && dmi_named_by(x, trig) != NONE &&
                     !pact_made_in(a, sn->first, sn->last);
    /* ... and so are the stops of a phrase opening the sentence ("After
     * stops in A and B, X met Y"): legs before what the sentence tells. */
    e.before_news |= e.status == DM_EVENT_HELD && S->fronted_end != NONE && trig < S->fronted_end &&
                     dmi_after_stops(S, si);
    /* ... and so is what a relative clause tells of a noun of a main clause
     * dated on its own: it came before, undated unless its clause dates it. */
    e.before_news |= e.status == DM_EVENT_HELD && main_dates > 0 && snd == 0;
    /* ... and what an object relative clause tells was done to a noun ("the
     * schemes that lenders signed onto"), undated in its clause: the
     * noun's past, never the report's day nor the dateline's city. */
    e.before_news |= e.status == DM_EVENT_HELD && clause.bare_relative == 3 && snd == 0;
    e.sentences[e.sentence_count++] = si;
    dmi_participants_of(S, &e, sn->first, sn->last);
    /* Enumerations: several "in/at PLACE ... DATE" clauses after the trigger. */
    size_t clauses = 0, pushed_at = S->count;
    if (!dmi_is_communication(e.type) && nd >= 2) {
        size_t start = trig;
        for (size_t k = 0; k < nd; k++) {
            if (dates[k].token < trig)
                continue;
            size_t cend = dates[k].token + dates[k].ntok;
            dmi_xevent_t c = e;
            c.place_count = 0;
            size_t cstart = start;
            dmi_located_places(S, &c, start, cend, 1);
            start = cend;
            if (c.place_count == 0)
                continue;
            c.date = dates[k].date;
            if (c.status == DM_EVENT_PLANNED && dmi_date_cmp(&c.date, &x->date) < 0)
                c.status = DM_EVENT_HELD;
            dmi_make_label(x, &c, tr->word, NULL);
            /* "trips to Chile, Peru and Ecuador in May and to ... in
             * June": each clause's stops. */
            int stops = c.type == DM_EVENT_VISIT && c.place_count == 1 ? push_stops(S, &c, tr, cstart, cend) : 0;
            if (stops < 0)
                return -1;
            if (stops == 0 && push_event(S, &c) != 0)
                return -1;
            clauses++;
        }
    }
    if (clauses >= 2)
        return 0;
    S->count = pushed_at;  /* one clause is the plain case */
    /* "held talks in 1998 and again in 2001 in C": one happening told twice,
     * at one place: one event per date. */
    size_t series[8];
    size_t sn_count = dmi_is_communication(e.type) ? 0 : repeat_series(a, trig, dates, nd, series);
    if (sn_count >= 2) {
        dmi_xevent_t c = e;
        c.place_count = 0;
        dmi_located_places(S, &c, first, last, 1);
        if (c.place_count > 0) {
            for (size_t i = 0; i < sn_count; i++) {
                dmi_xevent_t r = c;
                r.date = dates[series[i]].date;
                if (r.status == DM_EVENT_PLANNED && dmi_date_cmp(&r.date, &x->date) < 0)
                    r.status = DM_EVENT_HELD;
                dmi_make_label(x, &r, tr->word, NULL);
                if (push_event(S, &r) != 0)
                    return -1;
            }
            return 0;
        }
    }
    if (dmi_is_communication(e.type)) {
        dmi_communication_places(S, &e, first, last);
        /* "X said in a letter published on Monday that ...", "X also wrote
         * to the president this week": a letter the text places nowhere,
         * in a report filed from a town, was written or read there
         * (thirty-ninth round, issue 14: a wire lede's letter, and a
         * second one, had no place and made no event). Not a message in a
         * quotation ("a strong message is needed"), nor one told before. */
        if (e.type == DM_EVENT_LETTER && e.place_count == 0 && !e.before_news && !backref &&
            (e.status == DM_EVENT_HELD || e.status == DM_EVENT_DELIVERED) && dmi_dateline_city(S) != NONE &&
            (dmi_tok_is(a, trig, "letter") || dmi_tok_is(a, trig, "letters") || dmi_tok_is(a, trig, "wrote")) &&
            !dmi_in_quotation(a, sn->first, trig))
            dmi_add_place(&e, dmi_dateline_city(S));
        /* "read on Norwegian television", "aired on Norway Radio": a
         * broadcast the text does not place is sent from the channel's
         * country. */
        size_t channel =
            e.type == DM_EVENT_BROADCAST && e.place_count == 0 && trig + 1 < last && dmi_tok_is(a, trig + 1, "on")
                ? dmi_channel_after(a, trig + 1)
                : SIZE_MAX;
        for (size_t k = channel != SIZE_MAX ? dmi_mention_lower(x, trig + 2) : x->mention_count;
             k < x->mention_count && x->mentions[k].first < channel && e.place_count == 0; k++)
            if (dmi_usable_mention(&x->mentions[k]) && x->places[x->mentions[k].place].kind == DM_PLACE_COUNTRY)
                dmi_add_place(&e, x->mentions[k].place);
    } else {
        int need_cue = tr->strength < 2 || e.type == DM_EVENT_MEETING || e.type == DM_EVENT_AGREEMENT ||
                       e.type == DM_EVENT_TALKS || e.type == DM_EVENT_INCIDENT;
        /* "the Pretoria agreement", "the Singapore summit": a town or site
         * naming the event is where it happened, whatever the clause says
         * next ("... that ended the war in Tigray"). */
        size_t named = backref && e.type == DM_EVENT_INCIDENT ? NONE : dmi_named_by(x, trig);
        if (named != NONE)
            dmi_add_place(&e, named);
        else {
            /* A visit goes where "to", "in" or "visited" points ("the first
             * US secretary to visit Vietnam" is in Vietnam); an uncued place
             * only when none is cued. */
            size_t own = dmi_topic_start(a, trig, last);
            /* A weak incident word ("killed", "seized") is placed near it:
             * "killed a cyclist in Chile", not "killed protesters in a war
             * long ago ... later taught at a school based in Chile". */
            if (e.type == DM_EVENT_INCIDENT && tr->strength < 2 && own > trig + 9)
                own = weak_incident_reach(a, x, trig, own);
            size_t dest = dmi_setting_out(a, trig) ? dmi_departure_for(a, trig) : NONE;
            for (size_t k = dest != NONE ? dmi_mention_lower(x, dest) : x->mention_count;
                 k < x->mention_count && x->mentions[k].first == dest; k++)
                if (dmi_usable_mention(&x->mentions[k]) && !(x->mentions[k].flags & DMI_MENTION_DEMONYM))
                    dmi_add_place(&e, x->mentions[k].place);
            size_t from = first;
            int lede_visit = 0;
            if (!need_cue && e.type == DM_EVENT_VISIT && e.place_count == 0) {
                clause_places(S, &e, &clause, &wide, first, own, 1);
                /* Uncued, a visit's place follows it ("visited Peru's
                 * largest port", "an Asia trip"): a name before it
                 * is the visitor's or the topic ("voiced Rome's doubts
                 * ... during a visit to nearby Slovenia"). */
                const dmi_mention_t *mod = dmi_mention_ending_at(x, trig);
                from = mod ? mod->first : trig;
                /* A lede's dateline city is where the visitor is, unless
                 * the lede sets out from it ("WASHINGTON - X leaves on a
                 * trip to ..."). */
                int leaves = 0;
                for (size_t u = first; u < own && !leaves; u++)
                    leaves = dmi_setting_out(a, u);
                lede_visit = (first < S->dateline_end || (S->dateline_alone && first == S->dateline_end)) && !leaves;
                /* "arrived here": where the report was filed from. */
                int here = 0;
                for (size_t u = first; u < own && !here; u++)
                    here = dmi_tok_is(a, u, "here");
                if (here && e.place_count == 0 && dmi_dateline_city(S) != NONE)
                    dmi_add_place(&e, dmi_dateline_city(S));
                if (from < first)
                    from = first;
            }
            if (e.place_count == 0)
                clause_places(S, &e, &clause, &wide, from, own, need_cue);
            /* ... and a lede's visit that names no place after it is in the
             * dateline's city: a name before the trigger is the visitor's
             * ("HAVANA - U.S. President X, on his visit to the island"). */
            size_t home = lede_visit ? dmi_dateline_city(S) : NONE;
            if (home != NONE && e.place_count == 0)
                dmi_add_place(&e, home);
            /* ... or at its country ("LONDON - ... begins a state visit ...
             * Britain's trade surplus"). */
            if (home != NONE && e.place_count == 1 && x->places[e.places[0]].kind == DM_PLACE_COUNTRY &&
                strcmp(x->places[e.places[0]].country, x->places[home].country) == 0)
                e.places[0] = home;
        }
        /* "Ecuador will host a summit of the region", "when Australia
         * hosts the talks": a meeting the sentence does not place is in its
         * host, a country or city named as the subject of "host". */
        if ((e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && e.place_count == 0) {
            size_t host = host_named(x, trig, first, last);
            if (host != NONE)
                dmi_add_place(&e, host);
        }
        /* "the Riverton City Council heard the plan at its regular meeting":
         * a local body's meeting is in its town. */
        if (e.type == DM_EVENT_MEETING && e.place_count == 0)
            dmi_add_place(&e, dmi_body_town(x, trig, sn->first));
        /* "Before leaving A for B, X met Y": where the traveller still was,
         * told in the clause of the trip. */
        if ((e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && e.place_count == 0)
            dmi_add_place(&e, dmi_journey_origin(x, sn->first, sn->last));
        if ((e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && e.place_count == 0)
            dmi_add_place(&e, post_left_for_here(x, trig, sn->first));
        if (e.place_count == 0)
            dmi_add_place(&e, dmi_foreign_mission_here(S, first, last));
        if (e.type == DM_EVENT_INCIDENT && e.place_count == 0) {
            size_t state = tester_state(S, si, trig);
            if (state != NONE)
                dmi_add_place(&e, state);
        }
        if (e.type == DM_EVENT_VISIT && e.place_count == 1)
            dmi_arrival_from(S, &e, first, last);
        /* "visiting Danish foreign minister X", "Visiting Finnish
         * Prime Minister": the visitor's nation, not where the visit goes;
         * the visitor is where the report is, now. */
        const dmi_mention_t *nation = NULL;
        for (size_t k = dmi_mention_lower(x, trig + 1); k < x->mention_count && x->mentions[k].first == trig + 1; k++)
            if (x->mentions[k].flags & DMI_MENTION_DEMONYM)
                nation = &x->mentions[k];
        if (e.type == DM_EVENT_VISIT && nation && dmi_tok_is(a, trig, "visiting")) {
            size_t here = S->setting != NONE ? S->setting : dmi_dateline_city(S);
            e.place_count = 0;
            if (here != NONE)
                dmi_add_place(&e, here);
            e.status = DM_EVENT_HELD;
        }
        /* A diplomatic act its clause does not place is where the state
         * that acts is. */
        /* ... a measure announced is the announcing state's act, never at
         * its target ("announced sanctions against C"; acts37 grid) */
        if (e.type == DM_EVENT_OTHER && dmi_announced_measure(a, trig))
            e.place_count = 0;
        if (e.type == DM_EVENT_OTHER && e.place_count == 0 && dmi_act_word(a, trig)) {
            size_t actor = dmi_yielding_word(a, trig) ? yielding_state(x, first, trig) : acting_state(x, first, trig);
            /* ... a government named by a noun, only in a sentence dated
             * on its own ("blacklisted ... Wednesday"; not "in recent
             * years, the Treasury blacklisted ...": background) */
            if (actor == NONE && snd > 0)
                actor = acting_government(S, first, trig);
            if (actor != NONE)
                dmi_add_place(&e, actor);
        }
        /* ... and an act told by a noun or a complement ("ordered the
         * expulsion of", "declared the attaché persona non grata") is where
         * the state that orders or declares it is */
        if (e.type == DM_EVENT_OTHER && e.place_count == 0) {
            size_t verb = dmi_act_governing_verb(a, first, trig);
            size_t actor = verb < a->token_count ? acting_state(x, first, verb) : NONE;
            if (actor != NONE)
                dmi_add_place(&e, actor);
        }
        dmi_city_for_country(S, &e, si);
    }
    int weak = 0;
    int di = clause_date(a, &clause, trig, prev, first, last, sdates, snd);
    if (di < 0)
        di = dmi_pick_date(a, trig, prev, first, last, sdates, snd, 0, &weak);
    /* "their first meeting since 2007, when they met in Oslo", "in March,
     * when the talks collapsed": a clause of "when" right after a date and
     * its comma tells what happened at that date (a bound's too: "since"
     * names the time the clause tells of). */
    for (size_t u = trig; di < 0 && u > a->sentences[si].first + 1 && u + 8 > trig;) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        if (!dmi_tok_is(a, u, "when"))
            continue;
        /* ... or with no comma ("was halted on 2 June when a bomb went
         * off", "divided since 1974 when troops invaded"; thirty-eighth round) */
        for (size_t k = 0; k < snd && di < 0; k++)
            if ((dmi_tok_punct(a, u - 1, ',') && sdates[k].token + sdates[k].ntok == u - 1) ||
                sdates[k].token + sdates[k].ntok == u)
                di = (int)k;
        break;
    }
    /* Nothing dates the clause: the sentence's own time frame does, the
     * nearest date before the trigger, else the first after it ("in March
     * 2015 the crown prince ... visited France"; weak: a later, own date wins). */
    size_t fronted = S->fronted_end;
    if (fronted != NONE && trig > fronted)
        fronted = NONE;
    if (di < 0 && !e.before_news) {
        /* the day of a saying before the trigger ("said on Thursday that
         * talks he held in C on Monday went well") yields to a date of the
         * trigger's own after it; it stays when none follows (issue 14) */
        int saying = -1;
        for (size_t k = 0; k < snd; k++) {
            size_t b = sdates[k].token;
            /* ... not the main clause's date for a phrase opening the
             * sentence ("Following the visit to Accra, X will attend ... on
             * Tuesday"): its event is told before or elsewhere. */
            if (fronted != NONE && b > fronted)
                continue;
            if (dmi_date_bounds_state(a, b) || (b > trig && dmi_date_in_relative(a, trig, b)) ||
                dmi_date_of_other_verb(a, trig, b) || dmi_date_of_other_noun(a, trig, b, sdates[k].ntok) ||
                (trig >= b && trig < b + sdates[k].ntok) || dmi_answered_by_saying(a, b + sdates[k].ntok, trig))
                continue;
            if (b < trig && dmi_date_of_saying(a, b, a->sentences[si].first)) {
                saying = (int)k;
                continue;
            }
            if (b < trig || di < 0)
                di = (int)k;
            if (b > trig)
                break;
        }
        if (di < 0 || (saying >= 0 && sdates[di].token < sdates[saying].token))
            di = saying;
        weak = di >= 0;
    }
    /* A weekday read as past (the saying's: "said Monday that the upcoming
     * round will ...") is not the date of what the clause tells is to come. */
    if (di >= 0 && (tense == DMI_TENSE_FUTURE || is_modal) && x->date.year &&
        dmi_date_cmp(&sdates[di].date, &x->date) < 0 &&
        dmi_weekday_of(dmi_tok_text(a, sdates[di].token), dmi_tok_len(a, sdates[di].token)))
        di = -1;
    /* ... nor is the day of a trailing attribution when it is the report's
     * own ("X will visit Chile, an official said Friday" in Friday's
     * paper): what is to come follows the saying; a later sentence that
     * gives its day dates it, else it takes the report's month. A leading
     * one ("the firm said Monday it will sign") often announces its own
     * act of the day, and keeps it. */
    if (di >= 0 && (tense == DMI_TENSE_FUTURE || is_modal) && x->date.year && sdates[di].token > trig &&
        dmi_date_cmp(&sdates[di].date, &x->date) <= 0 && dmi_date_of_saying(a, sdates[di].token, a->sentences[si].first))
        di = -1;
    /* "a letter, dated Monday, was published on Wednesday": the day a
     * letter bears is its own, over the day it was published or read. */
    int dated = letter_dated(a, e.type, trig, all_dates, all_nd);
    if (di >= 0)
        e.date = sdates[di].date;
    if (dated >= 0) {
        e.date = all_dates[dated].date;
        weak = 0;
    }
    /* "has been mediating talks since March": what is under way since a
     * date began then, the start its date (weak: a day of its own told
     * elsewhere wins). */
    if (di < 0 && e.status == DM_EVENT_HELD && !is_modal) {
        for (size_t k = 0; k < snd; k++)
            if (under_way_since(a, first, last, trig, sdates[k].token)) {
                e.date = sdates[k].date;
                weak = 1;
                break;
            }
    }
    /* A sentence that names no date takes its paragraph's frame ("On June
     * 16, ... held their meeting. ... They met again later."), for what is
     * told as done. */
    if (di < 0 && snd == 0 && S->frame.year && tense != DMI_TENSE_FUTURE && !is_modal && !e.before_news) {
        e.date = S->frame;
        weak = 1;
    }
    /* ... else, past the lede's paragraph, the date of the happening the
     * paragraph told last with a date of its own before the news
     * ("X visited C in February. He met Y in D.": February, not the
     * report's or the lede's day; wire background, issue 14: the report's
     * date for an earlier event) */
    if (di < 0 && snd == 0 && !e.date.year && tense != DMI_TENSE_FUTURE && !is_modal && !e.before_news &&
        S->para_told.year && past_lede_para(S, a, si) && !x->history) {
        e.date = S->para_told;
        weak = 1;
    }
    /* ... else the year its paragraph last named, when that is not the
     * report's ("In 2013 ... . Relations then soured ..."), else its
     * section's heading year, else, in a text telling history, the year
     * last named: not the report's month. */
    if (di < 0 && snd == 0 && !e.date.year && tense != DMI_TENSE_FUTURE && !is_modal && !e.before_news) {
        int y = S->para_year && S->para_year != x->date.year ? S->para_year
              : S->section_year && S->section_year != x->date.year ? S->section_year
              : S->history ? S->context_year : 0;
        if (y) {
            e.date.year = y;
            weak = 1;
        }
    }
    e.date_weak = (unsigned char)weak;
    /* Background told after a span ("met in C on Monday, a month after the
     * two leaders held talks in D"; "The visit comes two weeks after ..."):
     * the span counted back from the happening told just before, in this
     * sentence or the one before, else from the report's day (wire copy;
     * issue 14: the report's date for an earlier event). */
    /* (a date before the span is the main clause's: "met on Thursday, a
     * month after ...") */
    if (e.before_news && tense != DMI_TENSE_FUTURE && !is_modal) {
        const dmi_xevent_t *prior = S->count > 0 ? &S->ev[S->count - 1] : NULL;
        dmi_date_t from = x->date, back;
        if (prior && prior->sentence_count && prior->sentences[0] + 1 >= si && prior->date.day && !prior->before_news)
            from = prior->date;
        size_t after = from.day ? dmi_span_back_to(a, a->sentences[si].first, trig, &from, &back) : 0;
        if (after && (!e.date.year || (di >= 0 && sdates[di].token < after))) {
            e.date = back;
            e.date_weak = 0;
        }
    }
    /* "The blast in C killed six", no date in its sentence, after an attack
     * told with its day but no place: that attack told again, on its day,
     * not the report's nor that of the talks held in C (thirty-eighth
     * round). */
    /* ... also "the death toll in the C blast has risen, officials said
     * Sunday": the day of the saying is no day of the blast (issue 14);
     * and "the C blast" tells it again as "the blast" does. */
    const dmi_mention_t *named_by = trig > 0 ? dmi_mention_ending_at(x, trig) : NULL;
    int told_again = trig > 0 && (dmi_tok_is(a, trig - 1, "the") ||
                                  (named_by && named_by->last == trig && dmi_refers_back(a, named_by->first, a->sentences[si].first)));
    int said_day_only = snd == 1 && di == 0 && sdates[0].token > trig &&
                        dmi_date_of_saying(a, sdates[0].token, a->sentences[si].first) && e.date.year &&
                        dmi_date_cmp(&e.date, &sdates[0].date) == 0;
    if (e.type == DM_EVENT_INCIDENT && ((snd == 0 && !e.date.year) || said_day_only) && S->incident_day.year &&
        told_again && tense != DMI_TENSE_FUTURE && !is_modal) {
        e.date = S->incident_day;
        e.date_weak = 0;
    }
    /* An earlier stop of the trip the news reports, undated: before the
     * report's day, so no finer than its month. */
    if (e.type == DM_EVENT_VISIT && e.status == DM_EVENT_HELD && !e.date.year && x->date.month &&
        earlier_leg(a, first, trig, last)) {
        e.date.year = x->date.year;
        e.date.month = x->date.month;
        e.date_weak = 1;
    }
    /* ... and, past the lede's paragraph, the day of the report's week
     * the paragraph last told a happening done on ("On Tuesday he met X
     * in A. He also held talks with Y in B.": Tuesday, not the lede's
     * day; issue 14, wrong day), once an earlier stop of the trip has had
     * its month */
    if (di < 0 && snd == 0 && !e.date.year && tense != DMI_TENSE_FUTURE && !is_modal && !e.before_news &&
        e.status == DM_EVENT_HELD && S->para_day.year && past_lede_para(S, a, si) && !x->history) {
        e.date = S->para_day;
        e.date_weak = 1;
    }
    /* The lede's news told as done and undated is of the report's day (as
     * extract.c dates it), before merging: "met this week" told later does
     * not make it coarser. */
    int lede_news = si == S->lede && !e.date.year &&
                    (e.status == DM_EVENT_HELD || (e.status == DM_EVENT_DELIVERED && dmi_is_communication(e.type))) &&
                    !e.before_news;
    /* ... a call or a letter too, which the lede need not place ("spoke by
     * phone with X, his office said": the report's day, not its month;
     * issue 14, too coarse) */
    if (lede_news && (e.place_count > 0 || e.type == DM_EVENT_CALL || e.type == DM_EVENT_LETTER) && x->date.day) {
        e.date = x->date;
        e.date_weak = 1;
    }
    /* ... and so is a placed gathering the lede's paragraph tells in its
     * next two sentences, undated, in news of the day, as a first telling
     * ("After a long meeting at his home in C with X, the president said
     * ..."; not "The C talks", a reference back; a later
     * "met this week with Y" merged into it gave only the month: dev,
     * too coarse) */
    int lede_para = S->lede != NONE && si > S->lede && si <= S->lede + 2 && !x->history;
    for (size_t k = S->lede + 1; lede_para && k <= si; k++)
        lede_para = !(a->tokens[a->sentences[k].first].flags & DMI_TOK_LINE_START);
    /* (news of the report's day only: no event told before it dated to
     * another day, as a readout's "met in Dubai on 2 December") */
    for (size_t k = 0; lede_para && k < S->count; k++)
        lede_para = !S->ev[k].date.day || dmi_date_cmp(&S->ev[k].date, &x->date) == 0;
    if (lede_para && !told_again && !backref && !e.date.year && e.status == DM_EVENT_HELD && !e.before_news &&
        e.place_count > 0 &&
        (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && snd == 0 && !S->frame.year && x->date.day) {
        e.date = x->date;
        e.date_weak = 1;
    }
    /* A call placed at the dateline's city because its side had not yet
     * set out ("Before leaving for B, X received a call"; arguments.c) is
     * of the report's day, as that placing reads it. */
    if (e.type == DM_EVENT_CALL && !e.date.year && e.status != DM_EVENT_PLANNED && x->date.day &&
        e.place_count == 1 && e.places[0] == dmi_dateline_city(S) && dmi_journey_ahead(x, sn->first, sn->last)) {
        e.date = x->date;
        e.date_weak = 1;
    }
    /* A journey told as a continuation ("flew on to Apia on Saturday"
     * after Friday's meeting) starts where the story last was, and its
     * weekday falls after that event, not before. */
    const dmi_xevent_t *before = S->count > 0 ? &S->ev[S->count - 1] : NULL;
    /* A call told as done that its sentence neither places nor dates ("X
     * cut a session short and called his counterpart, Y"; "briefed Z on
     * his conversation with Y") is of the day the story last told: the
     * day of the event told just before it, a day of the report's week
     * (not a history's). Kept placeless below, as a dated call is. */
    int call_of_story_day = 0;
    /* ... not right after a gathering's sentence: "the two presidents
     * spoke at length" after their meeting is the meeting's talk. */
    int after_gathering = before && before->sentence_count && before->sentences[0] + 1 >= si &&
                          (before->type == DM_EVENT_MEETING || before->type == DM_EVENT_TALKS ||
                           before->type == DM_EVENT_VISIT);
    if (e.type == DM_EVENT_CALL && e.place_count == 0 && !e.date.year && e.status == DM_EVENT_HELD &&
        !e.before_news && tense != DMI_TENSE_FUTURE && !is_modal && before && before->date.day &&
        before->status == DM_EVENT_HELD && x->date.day && !after_gathering) {
        long back = dmi_date_days(x->date.year, x->date.month, x->date.day) -
                    dmi_date_days(before->date.year, before->date.month, before->date.day);
        if (back >= 0 && back <= 7) {
            e.date = before->date;
            e.date_weak = 1;
            call_of_story_day = 1;
        }
    }
    int onward = dmi_clause_has(a, first, last, "on", "to") || dmi_clause_has(a, first, last, "onward", NULL) ||
                 dmi_clause_has(a, first, last, "onwards", NULL) || dmi_clause_has(a, first, last, "then", NULL);
    if (onward && before && di >= 0 && before->date.day && e.date.day &&
        dmi_weekday_of(dmi_tok_text(a, sdates[di].token), dmi_tok_len(a, sdates[di].token))) {
        long d0 = dmi_date_days(before->date.year, before->date.month, before->date.day);
        long d1 = dmi_date_days(e.date.year, e.date.month, e.date.day);
        if (d1 <= d0) {
            d1 += 7 * ((d0 - d1) / 7 + 1);
            dmi_date_from_days(d1, &e.date);
        }
    }
    if (e.type == DM_EVENT_VISIT && onward && before && before->place_count > 0 && e.place_count == 1 &&
        !dmi_is_communication(before->type)) {
        size_t from = before->type == DM_EVENT_VISIT ? before->places[before->place_count - 1] : before->places[0];
        if (from != e.places[0] && x->places[from].kind != DM_PLACE_COUNTRY) {
            e.places[1] = e.places[0];
            e.places[0] = from;
            e.place_count = 2;
        }
    }
    if (e.status == DM_EVENT_PLANNED && e.date.year && x->date.year && dmi_date_cmp(&e.date, &x->date) < 0)
        e.status = DM_EVENT_HELD;
    /* ... and one told in the present for a later day ("leaves for Rome on
     * Saturday") is still to come. */
    if (e.status == DM_EVENT_HELD && tense == DMI_TENSE_PRESENT && e.date.day && x->date.day &&
        (dmi_date_cmp(&e.date, &x->date) > 0 ||
         /* ... also the report's own day named by its weekday ("are meeting
          * Tuesday" in Tuesday's paper: later that day; "are meeting
          * today" is under way) */
         (dmi_date_cmp(&e.date, &x->date) == 0 && di >= 0 &&
          dmi_weekday_of(dmi_tok_text(a, sdates[di].token), dmi_tok_len(a, sdates[di].token)))))
        e.status = DM_EVENT_PLANNED;

    /* "the proposal was delivered on Wednesday": no place of its own, it
     * tells more about the last event of its type. */
    if (backref && e.place_count == 0) {
        /* A later day of a gathering ("continues on Friday") tells nothing
         * of the day it opened, which the first telling holds. */
        if (continues_gathering(a, trig, sn->first)) {
            memset(&e.date, 0, sizeof e.date);
            e.date_weak = 0;
        }
        /* "X's June 17-19 visit": the days right before the noun are its own. */
        int own_days = 0;
        for (size_t k = 0; k < snd && backref == 2; k++)
            if (sdates[k].token < trig && sdates[k].token >= days_before(a, trig, a->sentences[si].first)) {
                e.date = sdates[k].date;
                e.date_weak = 0;
                own_days = 1;
            }
        /* "the summit" tells more of the last summit, not of the
         * preparatory meetings told after it: a many-sided gathering's noun
         * (rules/many_sided_gatherings.txt) refers back to the last event
         * that noun told, when there is one. */
        /* ... but a telling held on its own day before the report ("told the
         * summit's final session Friday") is never a gathering still
         * to come after the report ("a summit due in C in September"), nor
         * is one told in the past ("the hall the summit took place in"):
         * that one is skipped. */
        int held_before = e.status == DM_EVENT_HELD &&
                          ((e.date.day && !e.date_weak && x->date.day && dmi_date_cmp(&e.date, &x->date) < 0) ||
                           (trig + 2 < sn->last && !(e.date.year && !e.date_weak && x->date.year && dmi_date_cmp(&e.date, &x->date) > 0) &&
                            (past_lower(a, trig + 1) ||
                             ((dmi_tok_is(a, trig + 1, "was") || dmi_tok_is(a, trig + 1, "were")) && past_lower(a, trig + 2)))));
        int same_word = 0;
        for (size_t j = S->count; j-- > 0 && !same_word && dmi_tok_in_set(a, trig, &dmi_many_sided_gatherings) >= 0;)
            same_word = S->ev[j].type == e.type && S->ev[j].word && strcmp(S->ev[j].word, tr->word) == 0 &&
                        !(held_before && still_to_come(x, &S->ev[j]));
        int found = 0;
        for (size_t j = S->count; j-- > 0;) {
            dmi_xevent_t *o = &S->ev[j];
            if (o->type != e.type || (same_word && strcmp(o->word, tr->word) != 0) || (held_before && still_to_come(x, o)))
                continue;
            found = 1;
            /* "the next round would take place in June ... The talks
             * collapsed in 2010": a reference back that its own words date
             * apart from the event is another happening (the earlier
             * talks), which tells that event (or one before it) nothing. */
            /* ... except the day a letter bears, on or before the day it
             * was published ("published on Wednesday ... the letter, dated
             * Monday"): the same letter. */
            int bears = dated >= 0 && o->date.year && dmi_date_cmp(&e.date, &o->date) <= 0;
            if (e.date.year && !e.date_weak && o->date.year && !o->date_weak && dmi_date_cmp(&e.date, &o->date) != 0 &&
                !bears)
                break;
            /* "will meet X in Algeria ... The meeting with X in Tindouf":
             * the reference back names the town of the country. */
            const dmi_sentence_t *bs = &a->sentences[si];
            if (o->place_count == 1 && x->places[o->places[0]].kind == DM_PLACE_COUNTRY && !dmi_is_communication(o->type))
                for (size_t k = dmi_mention_lower(x, trig + 1);
                     k < x->mention_count && x->mentions[k].first < bs->last && x->mentions[k].first < trig + 10; k++) {
                    const dmi_mention_t *m = &x->mentions[k];
                    const dmi_xplace_t *p = &x->places[m->place];
                    static const char *const in_at[] = {"in", "at", NULL};
                    if (dmi_usable_mention(m) && (p->kind == DM_PLACE_CITY || p->kind == DM_PLACE_SITE) &&
                        strcmp(p->country, x->places[o->places[0]].country) == 0 && dmi_has_cue_word(a, m, in_at)) {
                        o->places[0] = m->place;
                        break;
                    }
                }
            /* ... days right before the noun inside its own month ("later
             * this month"; "X's June 17-19 visit") give its days. */
            int finer = own_days && dmi_date_cmp(&e.date, &o->date) == 0 &&
                        ((e.date.day && !o->date.day) || (e.date.month && !o->date.month));
            /* ... and a day before the report's, even one its clause's
             * verb gives ("adopted the plan at the summit's closing session
             * on Friday"), over the report's day the first telling took by
             * default ("leaders who met in C agreed ..., the host said on
             * Sunday"): that day is the report's, not the happening's. */
            int over_report_day = o->date_weak && x->date.day && dmi_date_cmp(&o->date, &x->date) == 0 &&
                                  e.date.day && e.status == DM_EVENT_HELD && dmi_date_cmp(&e.date, &x->date) < 0 &&
                                  di >= 0 && sdates[di].token > trig && dmi_date_cmp(&e.date, &sdates[di].date) == 0 &&
                                  !(trig >= 2 && (dmi_tok_is(a, trig - 2, "before") || dmi_tok_is(a, trig - 2, "after")));
            /* ... not a day past another happening's word ("followed up the
             * meetings with talks on Monday": the talks' day) */
            for (size_t u = trig + 1; over_report_day && di >= 0 && u < sdates[di].token; u++)
                if (dmi_trigger_at(a, u))
                    over_report_day = 0;
            if ((!o->date.year || (o->date_weak && !e.date_weak) || finer || over_report_day || bears) &&
                e.date.year) {
                o->date = e.date;
                o->date_weak = e.date_weak;
            }
            /* ("is arranging his visit" tells nothing of the visit's own
             * tense; nor does one dated after the report: "the meeting
             * dates are March 17 and 25" in the paper of March 15) */
            int after_report = e.date.year && x->date.year && dmi_date_cmp(&e.date, &x->date) > 0;
            if (dmi_status_priority(e.status) > dmi_status_priority(o->status) && e.status != DM_EVENT_PLANNED &&
                !(backref == 2 && e.status == DM_EVENT_HELD) && !(after_report && e.status == DM_EVENT_HELD))
                o->status = e.status;
            add_sentence(o, si);
            dmi_make_label(x, o, NULL, NULL);
            S->told_again = j;
            break;
        }
        /* Nothing of its type told before: "the talks between" the
         * traveller and another, told after the trip, are the trip's own,
         * held where it went. */
        if (found || !talks_on_the_trip(S, &e, trig, sn->last))
            return 0;
    }
    /* Coordinated verbs share their adjuncts: "met in Nuku'alofa on Friday
     * and agreed a security pact" agreed it there, then. */
    if (e.place_count == 0 && !dmi_is_communication(e.type) && S->count > S->sentence_first_event &&
        tr->strength >= 2) {
        const dmi_xevent_t *o = &S->ev[S->count - 1];
        int coordinated = 0;
        for (size_t u = o->trigger + 1; u < trig && u < a->token_count; u++) {
            if (dmi_tok_is(a, u, "and"))
                coordinated = 1;
            /* "visited Lima, where she met X": the place just named; not a
             * meeting of another day ("will travel to A on Thursday, where
             * he will meet Y on Friday"), which may be held elsewhere. */
            if (dmi_tok_is(a, u, "where") && dmi_tok_punct(a, u - 1, ',') && o->type == DM_EVENT_VISIT &&
                (!e.date.year || e.date_weak || dmi_date_cmp(&e.date, &o->date) == 0))
                coordinated = 1;
            if (dmi_tok_is(a, u, "that") || dmi_tok_is(a, u, "which") || dmi_tok_is(a, u, "who"))
                coordinated = 0;
        }
        /* ... not across a phrase opening the sentence ("After stops in A
         * and B, X met Y": the "and" joins the stops, not the verbs). */
        if (S->fronted_end != NONE && o->trigger < S->fronted_end && trig > S->fronted_end)
            coordinated = 0;
        if (coordinated && !dmi_is_communication(o->type)) {
            for (size_t i = o->type == DM_EVENT_VISIT ? o->place_count - 1 : 0; i < o->place_count; i++)
                dmi_add_place(&e, o->places[i]);
            if (!e.date.year && !e.before_news)
                e.date = o->date;
        }
    }
    /* "During the minister's visit to Rome, the two sides signed a
     * pact": the main clause tells what happened on the trip the phrase
     * opening the sentence names, there and then, when it names no place
     * of its own. */
    if (e.place_count == 0 && !backref)
        during_trip_place(S, &e, si, trig);
    /* A trip that sets out ("WASHINGTON - X leaves on Saturday on a trip
     * to the Far East") is not where the report was filed. */
    int sets_out = 0;
    for (size_t u = first; u < last && e.type == DM_EVENT_VISIT && !sets_out; u++)
        sets_out = dmi_setting_out(a, u);
    if (e.place_count == 0 &&
        (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS || e.type == DM_EVENT_VISIT ||
         e.type == DM_EVENT_AGREEMENT) &&
        tr->strength >= 2 && S->count == S->sentence_first_event && !sets_out && !e.before_news)
        dmi_at_dateline(S, &e, first, last);
    /* "He will also meet B", placed nowhere in its sentence: another
     * meeting of the occasion the sentence before told ("will meet A in
     * Manila on May 8. He will also meet B."), there and then, not at the
     * city where the trip was some stops earlier. */
    int continues = 0;   /* ... and then not at the trip's city, even when that meeting's place comes later */
    if (e.place_count == 0 && (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && tr->strength >= 2 &&
        S->count == S->sentence_first_event && S->count > 0 && !backref &&
        ((trig > first && dmi_tok_is(a, trig - 1, "also")) ||
         (trig > first + 1 && dmi_tok_is(a, trig - 2, "also")))) {
        dmi_xevent_t *o = &S->ev[S->count - 1];
        if ((o->type == DM_EVENT_MEETING || o->type == DM_EVENT_TALKS || o->type == DM_EVENT_VISIT) &&
            o->status == e.status && a->tokens[o->trigger].sentence + 1 == si) {
            continues = 1;
            /* That meeting not placed yet (its place may come from its
             * people's country later): the sentence tells more of it. */
            if (o->place_count == 0 && (!e.date.year || e.date_weak)) {
                add_sentence(o, si);
                return 0;
            }
            if (o->place_count > 0)
                dmi_add_place(&e, o->places[o->place_count - 1]);
            if (!e.date.year || e.date_weak)
                e.date = o->date;
        }
    }
    /* "X was to meet Y", "is also to meet Y": an arrangement told with no
     * place and no day of its own, by one of the people of the lede's
     * news, is a part of the programme the report covers: where that news
     * is (the lede's city or site, else the dateline's city), on its day,
     * not at a city some stops earlier. The words before the trigger are
     * read from the sentence's start: a quote's own trigger ends a clause
     * before the attribution ("..., said X, who is also to meet Y"). */
    if (e.place_count == 0 && (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && tr->strength >= 2 &&
        e.status == DM_EVENT_PLANNED && (!e.date.year || e.date_weak) && !backref &&
        dmi_arranged_to(a, trig, sn->first)) {
        size_t where = S->occasion != NONE ? S->occasion : dmi_dateline_city(S);
        const dmi_date_t *when = S->occasion != NONE ? &S->occasion_date : &x->date;
        const size_t *people = S->occasion != NONE ? S->occasion_persons : S->count ? S->ev[0].persons : NULL;
        size_t people_count = S->occasion != NONE ? S->occasion_person_count : S->count ? S->ev[0].person_count : 0;
        int theirs = 0;
        for (size_t t = sn->first; t < trig && !theirs; t++) {
            size_t p = x->person_tok[t] ? dmi_person_at(x, t) : NONE;
            for (size_t i = 0; p != NONE && i < people_count; i++)
                theirs |= people[i] == p;
        }
        if (theirs && where != NONE && when->day) {
            dmi_add_place(&e, where);
            e.date = *when;
            e.date_weak = 0;
        }
    }
    /* A meeting the text does not place, told after a trip to a city ("traveled
     * to Tokyo for two meetings. On June 15, ... held their meeting"): there. */
    int trip_here = 0;  /* "arrived ... for two days of talks": the trip's purpose, not a meeting of its own */
    for (size_t j = S->sentence_first_event; j < S->count; j++)
        trip_here |= S->ev[j].type == DM_EVENT_VISIT;
    /* ... but a stay still to come ("will be in A from May 2 to 4") is
     * where its own day's meetings are: a meeting the text dates to
     * another day ("... will meet B on May 8") may be at the itinerary's
     * next stop. */
    int other_stop = S->setting_ahead.day && e.date.day && !e.date_weak &&
                     dmi_date_cmp(&e.date, &S->setting_ahead) != 0;
    /* ... and a meeting still to come in another month than the trip (an
     * undated trip is the report's) is an occasion of its own, wherever it
     * will be held ("a summit in July" told in a report of an April visit). */
    const dmi_date_t *sd = S->setting_date.month ? &S->setting_date : &x->date;
    other_stop |= e.status == DM_EVENT_PLANNED && e.date.month && !e.date_weak && sd->month &&
                  (e.date.year != sd->year || e.date.month != sd->month);
    /* ... nor after the sentence has told the trip moved on from its
     * stops ("After stops in A, B and C, she is now in the south, meeting
     * bankers"): the city of the last trip told is one of them. */
    if (e.place_count == 0 && (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && tr->strength >= 2 &&
        S->setting != NONE && !backref && !trip_here && !other_stop && !continues && !dmi_after_stops(S, si) &&
        !dmi_shown_on_screen(a, sn->first, trig))
        dmi_add_place(&e, S->setting);
    /* A meeting held on the report's day or the day before and placed
     * nowhere, told past the lede: a wire report is filed where the visit
     * it covers goes on ("MOSCOW - ... Gorbachev, who had talks with her
     * yesterday"). */
    if (e.place_count == 0 && (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && tr->strength >= 2 &&
        e.status == DM_EVENT_HELD && !backref && !trip_here && e.date.day && !e.date_weak && x->date.day &&
        !dmi_shown_on_screen(a, sn->first, trig)) {
        long ago = dmi_date_days(x->date.year, x->date.month, x->date.day) -
                   dmi_date_days(e.date.year, e.date.month, e.date.day);
        size_t dateline = ago >= 0 && ago <= 1 ? dmi_dateline_city(S) : NONE;
        /* ... or earlier in the report's week when its sides tell it ("The
         * two leaders met on Monday", "They held talks on Tuesday" in
         * Thursday's report): the scene the lead named goes on, unless
         * it was held at a distance or the story has gone abroad. */
        if (dateline == NONE && ago >= 2 && ago <= 6 && !S->second_dateline && !x->history &&
            (pair_subject(a, sn->first, sn->last) || they_subject(S, sn->first, sn->last)) &&
            !held_remotely(a, sn->first, sn->last)) {
            dateline = dmi_dateline_city(S);
            if (dateline != NONE && trip_abroad(S, dateline))
                dateline = NONE;
        }
        if (dateline != NONE && !dmi_stop_left(S, si, dateline))
            dmi_add_place(&e, dmi_scene_or(S, &e, dateline));
    }
    /* An agreement signed or reached where nothing in its sentence places
     * it, in a report that covers a meeting or visit, was made there and
     * then ("MOSCOW - ... The two sides also signed a pact on fishing"),
     * unless the sentence dates it to another day ("signed a pact in
     * 2019"). */
    if (e.type == DM_EVENT_AGREEMENT && e.place_count == 0 && !backref && S->scene != NONE &&
        (e.status == DM_EVENT_HELD || e.status == DM_EVENT_PLANNED)) {
        const dmi_date_t *o = &S->scene_date;
        /* ... by one of its people ("the two leaders also signed"). */
        int theirs = 0;
        for (size_t t = sn->first; t < last && !theirs; t++) {
            size_t p = x->person_tok[t] ? dmi_person_at(x, t) : NONE;
            for (size_t i = 0; p != NONE && i < S->occasion_person_count; i++)
                theirs |= S->occasion_persons[i] == p;
        }
        /* ... or told at that occasion ("will be signed during the visit",
         * "during the president's trip"). */
        theirs |= during_occasion(a, sn->first, sn->last);
        /* ... or by its two sides named so ("The two leaders also signed"). */
        int sides = pair_subject(a, sn->first, sn->last);
        /* ... or by the pronoun standing for them ("They also signed"). */
        sides |= they_subject(S, sn->first, sn->last);
        theirs |= sides;
        int other_day = !theirs || (e.date.year && !e.date_weak &&
                        (e.date.year != o->year || (e.date.month && o->month && e.date.month != o->month) ||
                         (e.date.day && o->day && e.date.day != o->day)));
        if (!other_day) {
            dmi_add_place(&e, S->scene);
            if (!e.date.year || e.date_weak)
                e.date = *o;
            /* ... its people those sides, the lead's, when the sentence
             * names none ("The two nations agreed ...") */
            if (sides && e.person_count == 0 && S->scene == S->occasion) {
                memcpy(e.persons, S->occasion_persons, sizeof e.persons);
                e.person_count = S->occasion_person_count;
            }
        }
    }
    dmi_make_label(x, &e, tr->word, dmi_sender_name(S, sn->first, sn->last));
    /* A trip to a list: one event per stop. */
    if (e.type == DM_EVENT_VISIT && e.place_count == 1 && !backref) {
        int stops = push_stops(S, &e, tr, first, last);
        if (stops < 0)
            return -1;
        if (stops)
            return 0;
    }
    /* An agreement named without being made (an accord that "would create
     * jobs", "pointed to a pact the two had", "to implement the
     * pledges of the Lima Accord": carrying out one made before) is
     * background: its sentence must sign, reach or conclude one, a town
     * name it ("the 2022 Pretoria agreement": made there) or refuse,
     * suspend or break it. */
    if (e.type == DM_EVENT_AGREEMENT && !dmi_tok_is(a, trig, "signed") && !dmi_tok_is(a, trig, "sign") &&
        (e.status == DM_EVENT_HELD || e.status == DM_EVENT_PLANNED) && dmi_named_by(x, trig) == NONE) {
        int ok = pact_made_in(a, sn->first, sn->last);
        /* "declared a unilateral ceasefire", "proclaimed a truce": a truce one
         * side sets is made by declaring it, the verb at most three words
         * before the trigger with "a"/"an" between ("declared that the
         * ceasefire was dead" makes none; grid37). */
        static const char *const declared[] = {"declared", "declares", "proclaimed", "proclaims", "called",
                                               "calls", NULL};
        int article = 0;
        for (size_t u = trig, n = 0; !ok && u > sn->first && n < 3; n++) {
            u--;
            if (!dmi_tok_word(a, u) || dmi_tok_is(a, u, "that"))
                break;
            article |= dmi_tok_is(a, u, "a") || dmi_tok_is(a, u, "an");
            ok = article && dmi_tok_in(a, u, declared) >= 0 &&
                 (dmi_tok_is(a, trig, "ceasefire") || dmi_tok_is(a, trig, "truce"));
        }
        if (!ok)
            return 0;
    }
    /* A trip placed only at a region of several countries ("a mission to
     * the Middle East", "an Africa trip") is a tour: its stops are the
     * visits, where the text names them. */
    if (e.type == DM_EVENT_VISIT && e.place_count == 1 && x->places[e.places[0]].kind == DM_PLACE_REGION &&
        !x->places[e.places[0]].country[0])
        return 0;
    /* A threatened, feared or hypothetical attack ("could attack", "will
     * respond to an attack") did not happen: no incident. */
    if (e.type == DM_EVENT_INCIDENT && e.status == DM_EVENT_PLANNED)
        return 0;
    /* An attack told as the cause or background of the news ("after the
     * bombings of two embassies in the north", "following attacks in Bergen") and
     * dated nowhere near it is one told elsewhere, or long past. */
    if (e.type == DM_EVENT_INCIDENT && incident_in_passing(a, trig, a->sentences[si].first, sdates, snd))
        return 0;
    /* A meeting, talks or a call the text dates but does not place ("met
     * today with", "spoke by phone on Monday") happened all the same: it
     * is kept without places (the map draws none, the story lists it). */
    /* So is the lede's news told as done ("The adviser met the chair to
     * ..." under a readout's headline): the report's day (above). */
    /* ... unless the text dates it in an earlier year than its own: a
     * placeless meeting of years past is background ("first met in 1999",
     * "walked away from the talks in 2005"). */
    int past_year = e.date.year && x->date.year && e.date.year < x->date.year;
    /* A call has no place unless the text gives one, so the weak "called
     * X" is kept placeless too when both sides are of a country ("called
     * Latvian President X"; not "a club called Y", "called her family"),
     * or when X is a counterpart, of another state by the word. */
    int weak_call = e.type == DM_EVENT_CALL && (e.participant_count >= 2 || calls_counterpart(a, trig, last));
    /* An agreement of two countries the text dates but does not place
     * ("the two governments agreed on May 3 to reschedule the debt") was
     * made all the same, in a past year too: a pact is news when made, not
     * background. Not one a verb of asking governs ("demanded a treaty",
     * "called for an accord"; rules/asking_verbs.txt): it is not made. */
    int pact = e.type == DM_EVENT_AGREEMENT && tr->strength >= 2 && e.participant_count >= 2 && e.date.year &&
               !e.date_weak && !asked_for(a, first, trig);
    int placeless =
        e.place_count == 0 &&
        (pact || ((tr->strength >= 2 || weak_call) && ((e.date.year && !e.date_weak) || lede_news || call_of_story_day) && !past_year &&
                  (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS || e.type == DM_EVENT_CALL)));
    /* Talks or an attack at a list ("negotiations in A and B failed",
     * "attacked posts in A and B"): one happening at each place, as a
     * trip's stops are (above). */
    if ((e.type == DM_EVENT_TALKS || e.type == DM_EVENT_INCIDENT) && e.place_count == 1 && !backref) {
        int stops = push_stops(S, &e, tr, first, last);
        if (stops < 0)
            return -1;
        if (stops)
            return 0;
    }
    /* An attack the text dates but does not place is no event of the map,
     * but its day is the one "the blast in C" told after it happened on
     * (thirty-eighth round). */
    if (e.type == DM_EVENT_INCIDENT && e.place_count == 0 && e.status == DM_EVENT_HELD && e.date.day && x->date.day &&
        dmi_date_cmp(&e.date, &x->date) < 0)
        S->incident_day = e.date;
    if (e.place_count && !dmi_is_communication(e.type)) {
        speaker_description_places(x, sn, trig, &e);
        if (e.place_count == 0)
            return 0;
    }
    if (e.type == DM_EVENT_VISIT && e.place_count == 1 &&
        going_home(x, sn->first > S->dateline_end ? sn->first : S->dateline_end, trig, e.places[0]))
        return 0;
    if ((e.place_count > 0 || placeless) && push_event(S, &e) != 0)
        return -1;
    return 0;
}

/* Auxiliaries between an event's noun and the verb that places it
 * (rules/auxiliary_words.txt). */
static const char *const auxiliary_words_list[] = {
#include "rules/auxiliary_words.inc"
    NULL};
static dmi_word_set_t auxiliary_words = DMI_WORD_SET(auxiliary_words_list);

/* Verbs of taking place (rules/taking_place_verbs.txt). */
static const char *const taking_place_verbs_list[] = {
#include "rules/taking_place_verbs.inc"
    NULL};
static dmi_word_set_t taking_place_verbs = DMI_WORD_SET(taking_place_verbs_list);

/* How many auxiliaries follow t, up to three, before a verb of taking
 * place: "will be" in "the talks will be held in C"; 0 before any other
 * verb ("will be watched closely in C"). */
static size_t aux_run(const dmi_article_t *a, size_t t, size_t last)
{
    size_t n = 0;
    while (n < 3 && t + n < last && dmi_tok_in_set(a, t + n, &auxiliary_words) >= 0)
        n++;
    return t + n < last && dmi_tok_in_set(a, t + n, &taking_place_verbs) >= 0 ? n : 0;
}

/* How far a gathering told back reaches past "is set for" + a date when
 * its place follows the date: "the meeting is set for Friday in C", "the
 * summit is scheduled for next month in C". t is the word after the noun
 * (or its "of" phrase); the result is the count of words from t to the
 * "in" or "at" before the place, 0 when the words are not an auxiliary,
 * "set"/"scheduled"/"slated", "for" and a date opening with a weekday, a
 * month, "next", "later", "early", "mid" or a number ("is set for a fall
 * in C" reaches nothing). */
static size_t scheduled_len(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const sched[] = {"set", "scheduled", "slated", NULL};
    static const char *const opens[] = {"next", "later", "early", "mid", "this", NULL};
    size_t n = 0;
    while (n < 3 && t + n < last && dmi_tok_in_set(a, t + n, &auxiliary_words) >= 0)
        n++;
    size_t v = t + n;
    if (n == 0 || v + 2 >= last || dmi_tok_in(a, v, sched) < 0 || !dmi_tok_is(a, v + 1, "for"))
        return 0;
    size_t w = v + 2, len = dmi_tok_len(a, w);
    const char *txt = dmi_tok_text(a, w);
    if (!(dmi_weekday_of(txt, len) || dmi_month_of(txt, len) || dmi_tok_in(a, w, opens) >= 0 ||
          (a->tokens[w].flags & DMI_TOK_NUM)))
        return 0;
    for (size_t u = w + 1; u < last && u <= w + 4; u++) {
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_is(a, u, "in") || dmi_tok_is(a, u, "at"))
            return u - t;
    }
    return 0;
}

/* Verbs of the happening's opening (rules/stage_verbs.txt). */
static const char *const stage_verbs_list[] = {
#include "rules/stage_verbs.inc"
    NULL};
static dmi_word_set_t stage_verbs = DMI_WORD_SET(stage_verbs_list);

/* How far a happening told back reaches past its own day when its place
 * follows the day: "the tour opened on Sunday in C", "the summit was held
 * last week in C", "the talks took place on March 2 at C". t is the word
 * after the noun (or its "of" phrase); the result is the count of words
 * from t to the "in" or "at" right after the date, 0 when the words are
 * not up to three auxiliaries, a verb of taking place or of opening
 * ("opened", "began"), an optional "on" and a date. The day and the place
 * told together bind to the one happening (issue 14, one stop one event):
 * the fixed reach of a reference back stopped at the date and left the
 * stop without its town, so it merged into another stop. */
static size_t dated_place_len(const dmi_extraction_t *x, size_t t, size_t last)
{
    const dmi_article_t *a = x->art;
    size_t n = 0;
    while (n < 3 && t + n < last && dmi_tok_in_set(a, t + n, &auxiliary_words) >= 0)
        n++;
    size_t v = t + n;
    if (v + 2 >= last || (dmi_tok_in_set(a, v, &taking_place_verbs) < 0 && dmi_tok_in_set(a, v, &stage_verbs) < 0))
        return 0;
    v++;
    if (dmi_tok_is(a, v, "place"))
        v++;
    if (v < last && dmi_tok_is(a, v, "on"))
        v++;
    dmi_date_t d;
    size_t dn = v < last ? dmi_date_at(a, v, last, &x->date, 0, DMI_TENSE_UNKNOWN, &d) : 0;
    if (dn == 0 || v + dn >= last)
        return 0;
    size_t u = v + dn;
    return dmi_tok_is(a, u, "in") || dmi_tok_is(a, u, "at") ? u - t : 0;
}

/* The length of a phrase set off by commas right after a gathering told
 * back, when its verb of taking place or opening follows the closing
 * comma: "the summit, the first in ten years, opened in C" (t at the
 * first comma; the count reaches the closing comma). 0 when none. */
static size_t appositive_len(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const openings[] = {"opened", "opens", "began", "begins", "resumed", "resumes", "convened",
                                           "convenes", NULL};
    if (t >= last || !dmi_tok_punct(a, t, ','))
        return 0;
    for (size_t u = t + 2; u < last && u <= t + 7; u++) {
        if (!dmi_tok_punct_any(a, u))
            continue;
        if (!dmi_tok_punct(a, u, ',') || u + 1 >= last)
            return 0;
        size_t n = 0;
        while (n < 3 && u + 1 + n < last && dmi_tok_in_set(a, u + 1 + n, &auxiliary_words) >= 0)
            n++;
        if ((n > 0 && u + 1 + n < last && dmi_tok_in_set(a, u + 1 + n, &taking_place_verbs) >= 0) ||
            (n == 0 && dmi_tok_in(a, u + 1, openings) >= 0))
            return u - t + 1;
        return 0;
    }
    return 0;
}

/* The length of an "of" phrase at t that tells who gathers, when the
 * gathering's verb follows it: "the summit of Asian leaders will be held
 * in C", "the meeting of the two foreign ministers opened in C": "of",
 * then one to five plain words (no mark, no "in" or "at"), then an
 * auxiliary run before a verb of taking place, or a verb of opening,
 * beginning or resuming; 0 when none. */
static size_t of_gathering_len(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const openings[] = {"opened", "opens", "began", "begins", "resumed", "resumes", "convened",
                                           "convenes", NULL};
    static const char *const stops[] = {"in", "at", "on", "and", "or", "that", "which", "who", NULL};
    if (t >= last || !dmi_tok_is(a, t, "of"))
        return 0;
    for (size_t u = t + 1; u < last && u <= t + 6; u++) {
        if (dmi_tok_punct_any(a, u) || dmi_tok_in(a, u, stops) >= 0)
            return 0;
        if (u == t + 1)
            continue;
        size_t n = 0;
        while (n < 3 && u + n < last && dmi_tok_in_set(a, u + n, &auxiliary_words) >= 0)
            n++;
        if ((n > 0 && u + n < last && dmi_tok_in_set(a, u + n, &taking_place_verbs) >= 0) ||
            (n == 0 && dmi_tok_in(a, u, openings) >= 0) || scheduled_len(a, u, last) > 0)
            return u - t;
    }
    return 0;
}

/* The length of the "of" phrase at t that names a gathering after its
 * noun: "of", an optional "the", then one to four capitalised words that
 * name no place ("of the Andean Nations", "of the Parties"), before "in" or
 * "at"; 0 when none. Not a place's name ("the summit of Mount X in C" is
 * a mountain's top). */
static size_t of_phrase_len(const dmi_extraction_t *x, size_t t, size_t last)
{
    const dmi_article_t *a = x->art;
    if (t >= last || !dmi_tok_is(a, t, "of"))
        return 0;
    size_t u = t + 1;
    if (u < last && dmi_tok_is(a, u, "the"))
        u++;
    size_t words = u;
    while (u < last && u < words + 4 && dmi_tok_cap(a, u) && !dmi_inside_mention(x, u))
        u++;
    if (u == words || u >= last || !(dmi_tok_is(a, u, "in") || dmi_tok_is(a, u, "at")))
        return 0;
    return u - t;
}

/* "during their meeting, ...", "his visit is meant to ...": a noun of an
 * event after a possessive pronoun, standing alone (no partner, place or
 * date after it: "his meeting with X", "their meeting Tuesday in Busan"
 * tell one of their own), refers back to the happening of its type told
 * before, when there is one; the first telling stays an event. */
static int possessive_reference(const dmi_events_state_t *S, size_t t, size_t first, dm_event_type_t type)
{
    static const char *const possessives[] = {"his", "her", "their", NULL};
    static const char *const ties[] = {"with", "to", "in", "at", "on", "of", "for", "between", "from", "by",
                                       "next", "last", "this", "here", "there", NULL};
    const dmi_article_t *a = S->x->art;
    if (t <= first || t + 1 >= a->token_count)
        return 0;
    /* ... or after a name's possessive and the days of the happening
     * ("X's June 17-19 visit", "Y's May 3 trip"): the days tell more of
     * it, not another one. */
    size_t p = days_before(a, t, first);
    int dated_name = p < t && p > first + 1 && (a->tokens[p - 1].flags & DMI_TOK_POSS) &&
                     (a->tokens[p - 2].flags & DMI_TOK_CAP);
    if (!dated_name && dmi_tok_in(a, t - 1, possessives) < 0)
        return 0;
    size_t u = t + 1;
    /* "his visit to present the plan": a purpose, not a destination */
    if (dmi_tok_is(a, u, "to") && u + 1 < a->token_count && (a->tokens[u + 1].flags & DMI_TOK_WORD) &&
        !(a->tokens[u + 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER | DMI_TOK_NUM)) &&
        dmi_tok_in(a, u + 1, dmi_phrase_determiners) < 0)
        u = u + 2;
    int alone = (dmi_tok_punct_any(a, u) && !(a->tokens[u].flags & DMI_TOK_POSS)) || u == t + 3 ||
                ((a->tokens[u].flags & DMI_TOK_WORD) &&
                 !(a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER | DMI_TOK_NUM)) && dmi_tok_in(a, u, ties) < 0);
    if (!alone)
        return 0;
    for (size_t j = 0; j < S->count; j++)
        if (S->ev[j].type == type)
            return 1;
    return 0;
}

/* "After a meeting with the king, President X said": a phrase opening
 * the sentence (up to lead_end, its comma) whose event names no agent
 * before its noun at trig is the main clause's subject's (a name, its
 * title, up to the first word in lower case); not "Following Y's visit,
 * X will ...". */
static void lead_agent(const dmi_extraction_t *x, dmi_xevent_t *e, const dmi_sentence_t *sn, size_t trig,
                       size_t lead_end)
{
    const dmi_article_t *a = x->art;
    int agent = 0;
    for (size_t u = sn->first; u < trig && !agent; u++)
        agent = x->person_tok[u] != 0;
    size_t v = lead_end + 1;
    while (!agent && v < sn->last && v < lead_end + 9 && (a->tokens[v].flags & DMI_TOK_CAP))
        v++;
    if (!agent && v > lead_end + 1)
        dmi_persons_of(x, e, lead_end + 1, v);
}

/* The trigger at verb has the noun at noun as its subject, with only
 * auxiliaries between ("the deal was signed", "the talks have been
 * held"): not a second noun of the clause ("the meeting is to prepare
 * for a summit"). */
static int verb_of_subject(const dmi_article_t *a, size_t noun, size_t verb)
{
    static const char *const auxiliaries[] = {"was",  "were", "is",   "are",  "has",      "have",       "had",
                                              "been", "be",   "will", "also", "formally", "officially", NULL};
    if (noun >= verb)
        return 0;
    for (size_t u = noun + 1; u < verb; u++)
        if (dmi_tok_in(a, u, auxiliaries) < 0)
            return 0;
    return 1;
}

/* A reference back that told more of event o ("the meeting with X in
 * Tindouf", "X, who was at the summit", "Summing up the talks, X said")
 * brings the persons of its own mention, joined as a merged mention's are
 * (dmi_join_persons): the names in its own few words, the name a relative
 * clause about it hangs on, an opening phrase's agent; not every name of
 * its sentence ("X will meet Y during the visit" tells of another
 * meeting). */
static void persons_told_again(const dmi_extraction_t *x, dmi_xevent_t *o, const dmi_sentence_t *sn, size_t trig,
                               size_t last, size_t lead_end)
{
    const dmi_article_t *a = x->art;
    dmi_xevent_t told = *o;
    told.person_count = 0;
    if (last > trig + 1)
        dmi_persons_of(x, &told, trig + 1, last);
    for (size_t u = trig; u > sn->first + 2 && trig - u < 8 && !dmi_tok_punct_any(a, u - 1); u--)
        if (dmi_tok_is(a, u - 1, "who") && dmi_tok_punct(a, u - 2, ',') && x->person_tok[u - 3]) {
            dmi_persons_of(x, &told, u - 3, u - 2);
            break;
        }
    if (lead_end != NONE && trig < lead_end)
        lead_agent(x, &told, sn, trig, lead_end);
    dmi_join_persons(o, &told);
}

/* "they met", "the two leaders signed", "their second summit": a plural
 * subject between the clause's start and its trigger stands for persons
 * named before. */
static const char *const state_nouns_list[] = {
#include "rules/state_nouns.inc"
    NULL};
static dmi_word_set_t state_nouns = DMI_WORD_SET(state_nouns_list);

static size_t plural_anaphor_at(const dmi_article_t *a, size_t from, size_t trig);

static int plural_anaphor(const dmi_article_t *a, size_t from, size_t trig)
{
    return plural_anaphor_at(a, from, trig) != NONE;
}

/* The token where the plural subject plural_anaphor finds begins, NONE
 * when there is none. */
static size_t plural_anaphor_at(const dmi_article_t *a, size_t from, size_t trig)
{
    /* The trigger's subject: within four words before it, and not one
     * that reports ("They said Park would leave"), nor states ("both
     * countries", "the two nations": rules/state_nouns.txt). */
    static const char *const numbers[] = {"two", "three", "four", "pair", NULL};
    for (size_t u = trig > from + 4 ? trig - 4 : from; u < trig; u++) {
        int number = dmi_tok_is(a, u, "the") && u + 1 < trig && dmi_tok_in(a, u + 1, numbers) >= 0;
        int plural = dmi_tok_is(a, u, "they") || dmi_tok_is(a, u, "both") || dmi_tok_is(a, u, "their") || number;
        size_t head = number ? u + 2 : u + 1;
        if (plural && !dmi_is_speech_verb(a, u + 1) &&
            !((number || dmi_tok_is(a, u, "both")) && dmi_tok_in_set(a, head, &state_nouns) >= 0))
            return u;
    }
    return NONE;
}

/* Token t lies in what was said after a speech verb ("said a clinic in
 * Oslo would ...", "saying it would help stability in Europe"): a place
 * there is the topic, not where the statement was made. "said in Kyiv",
 * "said on Monday in Kyiv" are where (only a date and cues between). */
static int reported_content(const dmi_article_t *a, size_t first, size_t t)
{
    static const char *const verbs[] = {"saying", "urged", "stressed", NULL};
    static const char *const between_ok[] = {"in", "at", "from", "on", "late", "early", "today", "yesterday",
                                             "the", "its", "his", "her", "their", NULL};
    for (size_t u = first; u + 1 < t; u++) {
        if (!dmi_is_speech_verb(a, u) && dmi_tok_in(a, u, verbs) < 0)
            continue;
        for (size_t v = u + 1; v < t; v++) {
            if (!dmi_tok_word(a, v) || dmi_tok_in(a, v, between_ok) >= 0 ||
                dmi_weekday_of(dmi_tok_text(a, v), dmi_tok_len(a, v)) ||
                dmi_month_of(dmi_tok_text(a, v), dmi_tok_len(a, v)) || (a->tokens[v].flags & DMI_TOK_NUM))
                continue;
            return 1;
        }
    }
    return 0;
}

/* The first speech verb ("said", "told") in tokens [from, to), else to. */
static size_t first_speech_verb(const dmi_article_t *a, size_t from, size_t to)
{
    while (from < to && !(dmi_tok_word(a, from) && dmi_tok_in_set_cs(a, from, &dmi_speech_verbs)))
        from++;
    return from;
}

/* ", a White House aide said": a saying told before its speaker. The
 * speaker is the phrase between a comma and a verb of saying, two to
 * eight words outside quotation marks, none a pronoun; its persons are who
 * spoke, not those the saying is about. Gives the phrase's first token
 * and its verb in *verb, or NONE: no such trailing subject ("X, speaking
 * in Ohio, said"), or a pronoun standing for someone named before ("...,
 * he said"). */
static size_t trailing_speaker(const dmi_article_t *a, size_t first, size_t last, size_t *verb)
{
    static const char *const saying[] = {"said", "says", "told", "added", "stated", "announced", NULL};
    static const char *const pronouns[] = {"he", "she", "they", "we", "it", "i", "who", "which", NULL};
    for (size_t v = first + 3; v < last; v++) {
        if (!dmi_tok_in_cs(a, v, saying))
            continue;
        size_t u = v;
        while (u > first && u + 8 >= v && !(a->tokens[u - 1].flags & DMI_TOK_PUNCT))
            u--;
        if (u == first || !dmi_tok_is(a, u - 1, ",") || v - u < 2)
            continue;
        int plain = 1;
        for (size_t w = u; w < v && plain; w++)
            plain = dmi_tok_in(a, w, pronouns) < 0 && !(a->tokens[w].flags & DMI_TOK_QUOTE);
        if (plain) {
            *verb = v;
            return u;
        }
    }
    return NONE;
}

/* ", the ministry said.", ", the office said in a statement on Monday.":
 * a trailing speaker (trailing_speaker) whose verb ends the sentence,
 * with at most a medium and a time after it; what was said is the
 * clause before the comma. "In a statement from A, the ministry said the
 * border would stay open" is no such thing (its saying follows the verb).
 * Gives the speaker's first token and sets *verb, or NONE. */
static size_t trailing_attribution(const dmi_article_t *a, size_t first, size_t last, size_t *verb)
{
    static const char *const tail[] = {"in", "a", "an", "the", "its", "his", "her", "their", "statement", "written",
                                       "on", "late", "early", "today", "yesterday", "earlier", "later", "here", NULL};
    size_t v = NONE;
    size_t u = trailing_speaker(a, first, last, &v);
    if (u == NONE)
        return NONE;
    for (size_t w = v + 1; w < last; w++) {
        if (!dmi_tok_word(a, w)) {
            if (dmi_tok_punct(a, w, '.') || dmi_tok_punct(a, w, ',') || (a->tokens[w].flags & DMI_TOK_QUOTE))
                continue;
            return NONE;
        }
        if (dmi_tok_in(a, w, tail) < 0 && !dmi_weekday_of(dmi_tok_text(a, w), dmi_tok_len(a, w)))
            return NONE;
    }
    *verb = v;
    return u;
}

/* "held a news conference in Oslo with Minister X", "said at a
 * joint briefing with X and Y": who shares the speaker's platform takes
 * part in the statement. The persons named after a "with" at most four
 * words after a venue noun (rules/joint_venues.txt, outside quotations),
 * up to punctuation or a relative word ("with X that began late"). */
/* Words that end a noun phrase's complement and open a clause of its own
 * ("talks with X that began late", "the 1985 summit between X and Y, which"). */
static const char *const phrase_enders[] = {"that", "which", "who", "where", "when", "after", "before", NULL};

static const char *const joint_venues_list[] = {
#include "rules/joint_venues.inc"
    NULL};
static dmi_word_set_t joint_venues = DMI_WORD_SET(joint_venues_list);

static void persons_sharing_venue(const dmi_extraction_t *x, dmi_xevent_t *e, size_t sentence_first, size_t first,
                                  size_t last)
{
    const dmi_article_t *a = x->art;
    for (size_t t = first; t < last; t++) {
        if (!dmi_tok_word(a, t) || dmi_tok_in_set(a, t, &joint_venues) < 0 || dmi_in_quotation(a, sentence_first, t))
            continue;
        /* only the venue's place between ("in Oslo"): in "a briefing
         * after her talks with X", X is the talks' */
        size_t w = t + 1;
        while (w < last && w <= t + 4 && dmi_tok_word(a, w) && !dmi_tok_is(a, w, "with") &&
               ((a->tokens[w].flags & DMI_TOK_CAP) || dmi_tok_is(a, w, "in") || dmi_tok_is(a, w, "at")))
            w++;
        if (w >= last || !dmi_tok_is(a, w, "with"))
            continue;
        size_t end = w + 1;
        while (end < last && end < w + 12 && dmi_tok_in(a, end, phrase_enders) < 0 &&
               !(dmi_tok_punct_any(a, end) && !dmi_tok_punct(a, end, '-')))
            end++;
        dmi_persons_of(x, e, w + 1, end);
        return;
    }
}

/* The saying whose speech verb is at verb has a subject before it, some
 * word outside quotation marks ("Australia, which ..., said", "the
 * ministry told"), and what was said follows as a clause ("said it",
 * "said on Monday that"): when that subject names no one, the names in
 * the clause are what was said ("said it backed the ruling on X"), not
 * who spoke. An inverted speaker ("'...,' said X") or an agent ("said by
 * X") stays the speaker. */
static int speaker_before_verb(const dmi_article_t *a, size_t first, size_t verb, size_t last)
{
    static const char *const clause[] = {"that", "it", "he", "she", "they", "we", "i", NULL};
    static const char *const when[] = {"on", "late", "early", "today", "yesterday", NULL};
    int subject = 0;
    for (size_t u = first; u < verb && !subject; u++)
        subject = dmi_tok_word(a, u) && !dmi_in_quotation(a, first, u);
    size_t v = verb + 1;
    while (v < last && (dmi_tok_in(a, v, when) >= 0 || dmi_weekday_of(dmi_tok_text(a, v), dmi_tok_len(a, v)) ||
                        dmi_month_of(dmi_tok_text(a, v), dmi_tok_len(a, v)) || (a->tokens[v].flags & DMI_TOK_NUM)))
        v++;
    return subject && v < last && dmi_tok_in(a, v, clause) >= 0;
}

/* Someone is named at token u: a name, or a description of a named
 * person ("the French president"). */
static int names_someone(const dmi_extraction_t *x, size_t u)
{
    return (x->person_tok[u] && !dmi_inside_mention(x, u)) || dmi_person_described(x, u) != NONE;
}

/* The year token that dates the noun at trig ("the 1945 nuclear attack"),
 * or NONE: such a noun names a past happening the clause speaks of, so
 * the clause's subject takes no part in it (a minister laying a wreath
 * for the victims of the 1945 attack). */
static size_t year_of_dated_trigger(const dmi_article_t *a, size_t trig)
{
    /* the noun comes at most after the year and its modifiers */
    for (size_t back = 1; back <= DMI_DATED_NOUN_MAX_MODIFIERS + 1 && back <= trig; back++) {
        size_t y = trig - back;
        if (!(a->tokens[y].flags & DMI_TOK_NUM) && !dmi_tok_word(a, y))
            return NONE;
        if ((a->tokens[y].flags & DMI_TOK_NUM) && dmi_year_dated_noun(a, y) == trig)
            return y;
    }
    return NONE;
}

/* The end of the phrase the noun at trig heads: its complement ("the
 * 1985 summit between X and Y"), up to punctuation or a clause word. */
static size_t dated_phrase_end(const dmi_article_t *a, size_t trig, size_t last)
{
    size_t end = trig + 1;
    /* ("of": "the 1971 visit of King X to C" is X's.) */
    if (end < last && (dmi_tok_is(a, end, "between") || dmi_tok_is(a, end, "with") || dmi_tok_is(a, end, "by") ||
                       dmi_tok_is(a, end, "of")))
        for (end++;
             end < last && end < trig + 10 && !dmi_tok_punct_any(a, end) && dmi_tok_in(a, end, phrase_enders) < 0;
             end++)
            ;
    return end;
}

/* The start of what was said, when the trigger at trig is told in it:
 * "a professor said that the president visited X", "Kerry said ... and
 * that he expects X and Y to talk". The boundary is the last speech verb,
 * or a "that" after one, with someone named between it and the trigger;
 * the speaker before it tells of the event and takes no part. Else from:
 * a speaker who is in what was said keeps the event ("X said he and Y
 * would meet", "X said Y would visit him"), and so does one whose clause
 * names no one ("X said the two sides would meet"). */
static size_t told_clause_start(const dmi_extraction_t *x, size_t from, size_t trig, size_t last)
{
    static const char *const subjects[] = {"he", "she", "i", "we", NULL};
    static const char *const objects[] = {"him", "her", "me", "us", NULL};
    const dmi_article_t *a = x->art;
    size_t boundary = NONE, named = NONE;
    int said = 0;
    for (size_t u = from; u < trig; u++) {
        if (dmi_in_quotation(a, from, u))
            continue;
        int verb = dmi_tok_word(a, u) && dmi_tok_in_set_cs(a, u, &dmi_speech_verbs);
        if (verb || (said && dmi_tok_is(a, u, "that"))) {
            boundary = u;
            named = NONE;
        }
        said |= verb;
        if (boundary != NONE && named == NONE && names_someone(x, u))
            named = u;
    }
    if (boundary == NONE || named == NONE)
        return from;
    for (size_t u = boundary + 1; u < trig; u++)
        if (dmi_tok_in(a, u, subjects) >= 0 &&
            ((u + 1 < trig && dmi_tok_is(a, u + 1, "and")) || dmi_tok_is(a, u - 1, "and")))
            return from;
    for (size_t u = trig + 1; u < last; u++)
        if (dmi_tok_in(a, u, objects) >= 0)
            return from;
    return boundary + 1;
}

/* The trigger's subject is "he" or "she": the pronoun comes before any
 * name in the clause up to the trigger, outside quotation marks, and does
 * not report ("He will tour a clinic before chairing a meeting", "He has
 * built ties with X and is in Paris on a state visit", "He said he would
 * visit"; not "She said both governments plan talks", whose subject is
 * the governments). */
static int singular_anaphor(const dmi_extraction_t *x, size_t sentence_first, size_t from, size_t trig,
                            dm_event_type_t type)
{
    const dmi_article_t *a = x->art;
    for (size_t u = from; u < trig; u++) {
        if ((x->person_tok[u] && !dmi_inside_mention(x, u)) || dmi_person_described(x, u) != NONE)
            return 0;
        if ((dmi_tok_is(a, u, "he") || dmi_tok_is(a, u, "she")) && !dmi_in_quotation(a, sentence_first, u)) {
            size_t v = u + 1 < trig && dmi_tok_is(a, u + 1, "also") ? u + 2 : u + 1;
            /* Who reports: "he said he would visit" has its own subject;
             * but of a statement the one who says is its person ("'...,'
             * she told reporters"). */
            if (!dmi_is_speech_verb(a, v) || type == DM_EVENT_STATEMENT)
                return 1;
        }
    }
    return 0;
}

/* The place at token t is where a saying was made: "said at Narita
 * airport", "told reporters on Sunday at the ministry", "speaking at the
 * summit". Only a cue, dates and "reporters" between the verb and the place. */
static int said_at(const dmi_article_t *a, size_t first, size_t t)
{
    static const char *const verbs[] = {"said", "says", "told", "tells", "speaking", "spoke", NULL};
    static const char *const between[] = {"reporters", "journalists", "the", "on", "late", "early", "today",
                                          "yesterday", NULL};
    if (t < first + 2 || !(dmi_tok_is(a, t - 1, "at") || dmi_tok_is(a, t - 1, "in") ||
                           (dmi_tok_is(a, t - 2, "at") && dmi_tok_is(a, t - 1, "the"))))
        return 0;
    size_t u = dmi_tok_is(a, t - 1, "the") ? t - 2 : t - 1;
    while (u > first) {
        u--;
        if (dmi_tok_in(a, u, verbs) >= 0)
            return 1;
        if (!dmi_tok_word(a, u) ||
            (dmi_tok_in(a, u, between) < 0 && !dmi_weekday_of(dmi_tok_text(a, u), dmi_tok_len(a, u))))
            return 0;
    }
    return 0;
}

/* Token t is a numeral of one to three digits ("Europe 1", "Channel 4"). */
static int short_numeral(const dmi_article_t *a, size_t t)
{
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    if (n == 0 || n > 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!g_ascii_isdigit(s[i]))
            return 0;
    return 1;
}

/* Token t names a news outlet: one of rules/media_words.txt, whole or
 * before a hyphen ("NHK-TV"), or a name followed by one ("Norway
 * Radio", "Oslo 1 radio": a station's number inside its name), or a
 * title in capitals after "The" ("The Oslo Times"). */
static int outlet_at(const dmi_article_t *a, size_t t, size_t last)
{
    if (!dmi_tok_word(a, t))
        return 0;
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    const char *dash = memchr(s, '-', n);
    size_t head = dash ? (size_t)(dash - s) : n;
    if (dmi_word_in_set_ci(s, head, &dmi_media_words))
        return 1;
    for (size_t u = t + 1; u < t + 3 && u < last && (dmi_tok_cap(a, u - 1) || (u - 1 > t && short_numeral(a, u - 1)));
         u++)
        if (dmi_tok_in_set(a, u, &dmi_media_words) >= 0)
            return 1;
    return dmi_tok_is(a, t, "the") && (a->tokens[t].flags & DMI_TOK_CAP) && !(a->tokens[t].flags & DMI_TOK_SENT_START) &&
           dmi_tok_cap(a, t + 1);
}

/* A saying told to a news outlet or on the air ("told The Oslo Times",
 * "speaking to a broadcaster", "said on NHK-TV's evening programme", "in
 * an interview with Norway Radio"): an interview, a statement of its own
 * (a broadcast when on the air), even where the text does not place it.
 * Anonymous sources ("officials told Kyodo", "a source told TASS") are
 * the wire's attribution, no event (unless anonymous_too: any saying
 * told to an outlet). Returns the event type, or -1. */
static int interview_in(const dmi_article_t *a, size_t first, size_t last, int anonymous_too, size_t *at)
{
    static const char *const to_verbs[] = {"told", "tells", "telling", NULL};
    static const char *const air_verbs[] = {"speaking", "spoke", "talking", "said", "says", "appearing",
                                            "appeared", NULL};
    static const char *const anonymous[] = {"official", "officials", "source", "sources", "diplomat", "diplomats",
                                            "aide", "aides", NULL};
    for (size_t u = first; u + 1 < last; u++) {
        size_t v = u + 1;
        int type = -1;
        if (dmi_tok_in(a, u, to_verbs) >= 0)
            type = DM_EVENT_STATEMENT;
        else if (dmi_tok_in(a, u, air_verbs) >= 0 && dmi_tok_is(a, v, "on")) {
            type = DM_EVENT_BROADCAST;
            v++;
        } else if (dmi_tok_in(a, u, air_verbs) >= 0 && dmi_tok_is(a, v, "to") && !dmi_tok_is(a, u, "said") &&
                   !dmi_tok_is(a, u, "says")) {
            type = DM_EVENT_STATEMENT;
            v++;
        } else if (dmi_tok_is(a, u, "interview") && dmi_tok_is(a, v, "with")) {
            type = DM_EVENT_STATEMENT;
            v++;
        }
        if (type < 0 || v >= last)
            continue;
        if (dmi_tok_is(a, v, "the") && !(a->tokens[v].flags & DMI_TOK_CAP))
            v++;
        if (!outlet_at(a, v, last))
            continue;
        int anon = 0;
        for (size_t w = u > first + 3 ? u - 3 : first; w < u && !anon; w++)
            anon = dmi_tok_in(a, w, anonymous) >= 0;
        if (!anon || anonymous_too) {
            if (at)
                *at = u;
            return type;
        }
    }
    return -1;
}

/* The place at token t follows remarks to the press: "told reporters in",
 * "speaking to journalists in", "said X to reporters in". */
static int to_reporters_in(const dmi_article_t *a, size_t first, size_t t)
{
    static const char *const press[] = {"reporters", "journalists", NULL};
    static const char *const verbs[] = {"told", "tells", "telling", "briefed", "briefing", "to", NULL};
    return t >= first + 3 && dmi_tok_is(a, t - 1, "in") && dmi_tok_in(a, t - 2, press) >= 0 &&
           dmi_tok_in(a, t - 3, verbs) >= 0;
}

/* The place at token t follows a saying with only a day between: "said in
 * C", "said on Monday in C", "speaking in C", and "announced in C", the
 * saying trigger of the same family (rules/triggers.txt; fortieth round,
 * trig40: a minister's announcement told past the lead at a city of its
 * own was no event). Returns the speech verb's token, or NONE. Not "said
 * in a statement" (no place) nor what was said ("said talks in C would
 * ...": a noun between). */
static size_t said_in(const dmi_article_t *a, size_t first, size_t t)
{
    static const char *const verbs[] = {"said", "says", "speaking", "spoke", "announced", "announces", NULL};
    static const char *const between[] = {"on", "late", "early", "today", "yesterday", "earlier", "later", NULL};
    if (t < first + 2 || !dmi_tok_is(a, t - 1, "in"))
        return NONE;
    for (size_t u = t - 1; u > first && u + 5 > t;) {
        u--;
        if (dmi_tok_in(a, u, verbs) >= 0)
            return u;
        if (!dmi_tok_word(a, u) ||
            (dmi_tok_in(a, u, between) < 0 && !dmi_weekday_of(dmi_tok_text(a, u), dmi_tok_len(a, u))))
            return NONE;
    }
    return NONE;
}

/* "Speaking in C on Monday, X said ...", "X, speaking in C, said ...":
 * the participle at v opens the sentence or follows its speaker's name
 * and a comma; the speaker is the main clause's (checked as for "said in
 * C" by official_speaker). The grid37 grid's rows. */
static int speaking_opener(const dmi_extraction_t *x, size_t first, size_t v)
{
    const dmi_article_t *a = x->art;
    if (!dmi_tok_is(a, v, "speaking"))
        return 0;
    return v == first || (v >= first + 2 && dmi_tok_punct(a, v - 1, ',') && x->person_tok[v - 2]);
}

/* "said in a phone interview", "in a Friday telephone interview": an
 * interview by phone that names no outlet (the reporter's own paper).
 * Returns the token of "interview", or NONE. */
static size_t phone_interview_in(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const phones[] = {"phone", "telephone", NULL};
    for (size_t u = first + 1; u < last; u++)
        if (dmi_tok_is(a, u, "interview") && dmi_tok_in(a, u - 1, phones) >= 0)
            return u;
    return NONE;
}

/* Where an interview was given from, told right after it ("in a phone
 * interview from her office in Oslo", "told Radio Norway from Bergen"): a
 * city or site after "from" within eight words of the interview's token
 * at, with only words between, none of them in a quotation. Returns the
 * place, or NONE. A country is too coarse to say where a person spoke. */
static size_t interview_from(const dmi_extraction_t *x, size_t first, size_t last, size_t at)
{
    static const char *const cues[] = {"in", "at", "from", NULL};
    const dmi_article_t *a = x->art;
    size_t from = NONE;
    for (size_t u = at + 1; u < last && u <= at + 4 && from == NONE; u++) {
        if (!dmi_tok_word(a, u))
            return NONE;
        if (dmi_tok_is(a, u, "from"))
            from = u;
    }
    if (from == NONE)
        return NONE;
    for (size_t k = dmi_mention_lower(x, from + 1); k < x->mention_count && x->mentions[k].first < last; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (m->first > from + 8)
            break;
        for (size_t u = from + 1; u < m->first; u++)
            if (!dmi_tok_word(a, u))
                return NONE;
        if (!dmi_usable_mention(m) || (m->flags & DMI_MENTION_DEMONYM) || !dmi_has_cue_word(a, m, cues) ||
            dmi_in_quotation(a, first, m->first))
            continue;
        const dmi_xplace_t *p = &x->places[m->place];
        if (p->kind == DM_PLACE_CITY || p->kind == DM_PLACE_SITE)
            return m->place;
    }
    return NONE;
}

/* A saying told to an outlet by a private person: a relative, a neighbour,
 * someone named by a trade (rules/private_roles.txt) or by an age between
 * commas ("Ana Ruiz, 41, told the paper") within the ten words before the
 * speech verb at verb, outside quotations. The reporter's source, no
 * statement on the map. */
static int private_speaker(const dmi_article_t *a, size_t first, size_t verb)
{
    for (size_t u = verb; u > first && u + 10 > verb;) {
        u--;
        if (a->tokens[u].flags & DMI_TOK_QUOTE)
            break;
        if (dmi_tok_in_set(a, u, &dmi_private_roles) >= 0)
            return 1;
        const char *s = dmi_tok_text(a, u);
        size_t n = dmi_tok_len(a, u);
        if (n >= 1 && n <= 2 && g_ascii_isdigit(s[0]) && (n == 1 || g_ascii_isdigit(s[1])) && u > first &&
            dmi_tok_punct(a, u - 1, ',') && dmi_tok_punct(a, u + 1, ','))
            return 1;
    }
    return 0;
}

/* Token t is an office word (rules/office_words.txt), whole or after its
 * last hyphen ("Vice-Minister", "Deputy-Governor"). */
static int office_word(const dmi_article_t *a, size_t t)
{
    if (!dmi_tok_word(a, t))
        return 0;
    if (dmi_tok_in_set(a, t, &dmi_office_words) >= 0)
        return 1;
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    size_t h = n;
    while (h > 0 && s[h - 1] != '-')
        h--;
    if (h == 0 || h == n)
        return 0;
    return dmi_word_in_set_ci(s + h, n - h, &dmi_office_words);
}

/* An office word among tokens [from, to) outside quotations of the
 * sentence opening at first. */
static int office_in(const dmi_article_t *a, size_t first, size_t from, size_t to)
{
    for (size_t u = from; u < to; u++)
        if (office_word(a, u) && !dmi_in_quotation(a, first, u))
            return 1;
    return 0;
}

/* The name at tokens [first, last) is written with an office: one within
 * the five words before it ("Federal Minister X", "the agency's chief
 * adviser, X"), or in an aside after it (", head of the agency,"). */
static int name_with_office(const dmi_article_t *a, size_t first, size_t last)
{
    for (size_t u = first, seen = 0; u > 0 && seen < 5; seen++) {
        u--;
        if ((dmi_tok_punct(a, u, ',') && u + 1 == first) || dmi_tok_word(a, u)) {
            if (office_word(a, u))
                return 1;
            continue;
        }
        break;
    }
    if (!dmi_tok_punct(a, last, ','))
        return 0;
    for (size_t u = last + 1; u < last + 7 && (dmi_tok_word(a, u) || (a->tokens[u].flags & DMI_TOK_POSS)); u++)
        if (office_word(a, u))
            return 1;
    return 0;
}

/* The person first named at token t opens a sentence as the subject of a
 * saying, right after a sentence whose saying has an office holder for
 * subject and no name ("The city's health minister said on Friday ... .
 * Ana Ruiz said ..."): a lede that tells the speaker by office, the next
 * sentence by name, one person. */
static int named_after_office(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    size_t si = a->tokens[t].sentence;
    if (si == 0 || a->sentences[si].first != t)
        return 0;
    const dmi_sentence_t *sn = &a->sentences[si], *pv = &a->sentences[si - 1];
    size_t v = t;
    while (v < sn->last && x->person_tok[v])
        v++;
    if (v >= sn->last || !dmi_is_speech_verb(a, v))
        return 0;
    size_t pverb = first_speech_verb(a, pv->first, pv->last);
    if (pverb >= pv->last || pverb == pv->first || pverb > pv->first + 8)
        return 0;
    for (size_t u = pv->first; u < pverb; u++)
        if (x->person_tok[u] || (a->tokens[u].flags & DMI_TOK_QUOTE) ||
            !(dmi_tok_word(a, u) || (a->tokens[u].flags & DMI_TOK_POSS)))
            return 0;
    return office_in(a, pv->first, pv->first, pverb);
}

/* The speaker of a saying told to an outlet (the interview verb at verb,
 * the sentence at [first, last)) holds an office: an office word before
 * the verb ("Foreign Minister X told"), or the person named there, or
 * the person "he" or "she" stands for (the last one named before the
 * sentence), was written with one anywhere in the article, or
 * speaks for a country ("the Chinese foreign minister, X": people.c). A
 * phrase opening the sentence ("Speaking to the paper, X said", "In an
 * interview with the paper, X said") has its speaker after the outlet. */
static int official_speaker(const dmi_extraction_t *x, size_t first, size_t last, size_t verb)
{
    static const char *const openers[] = {"in", "an", "a", "during", NULL};
    const dmi_article_t *a = x->art;
    size_t from = first, to = verb;
    while (from < to && dmi_tok_in(a, from, openers) >= 0)
        from++;
    if (from == verb) {
        from = verb + 1;   /* past the outlet's phrase ("with the paper's editor X,") */
        while (from < last && !dmi_tok_punct(a, from, ','))
            from++;
        to = first_speech_verb(a, from, last);
    }
    if (office_in(a, first, from, to))
        return 1;
    size_t who = NONE;
    int pronoun = 0;
    for (size_t u = from; u < to && who == NONE; u++) {
        if (dmi_in_quotation(a, first, u))
            continue;
        if (x->person_tok[u])
            who = dmi_person_at(x, u);
        pronoun |= dmi_tok_is(a, u, "he") || dmi_tok_is(a, u, "she");
    }
    for (size_t u = first; who == NONE && pronoun && u > 0 && u + 200 > first;) {
        u--;
        if (x->person_tok[u] && !(a->tokens[u].flags & DMI_TOK_POSS))
            who = dmi_person_at(x, u);
    }
    if (who == NONE)
        return 0;
    const dmi_person_t *p = &x->people[who];
    if (p->spokesperson || p->country[0])
        return 1;
    /* any writing of the name in the article: "X, the rebels' leader," */
    size_t named = NONE;
    for (size_t u = 0; u < a->token_count; u++) {
        if (!x->person_tok[u] || (u > 0 && x->person_tok[u - 1]) || dmi_person_at(x, u) != who)
            continue;
        if (named == NONE)
            named = u;
        size_t v = u;
        while (v < a->token_count && x->person_tok[v])
            v++;
        if (name_with_office(a, u, v))
            return 1;
    }
    return named != NONE && named_after_office(x, named);
}

static const char *const landing_things_list[] = {
#include "rules/landing_things.inc"
    NULL};
static dmi_word_set_t landing_things = DMI_WORD_SET(landing_things_list);

/* "arrived" (any inflection, or "traveled") at token t told of something or someone that pays no visit:
 * its subject (the words back to the clause's start) opens with a count
 * ("52,000 people", "the six", "five nurses"; not "a 12-member team of
 * inspectors sent by two agencies"), names kin ("his wife and children"), or
 * names a vessel, goods or a crowd (rules/arrival_things.txt): a ship
 * reaching a search area, migrants reaching a country. */
static int arrival_of_no_visitor(const dmi_article_t *a, size_t first, size_t t)
{
    static const char *const clause_openers[] = {"that", "who", "which", "when", "after", "before", "since", "as",
                                                 "until", "while", "where", NULL};
    static const char *const counts[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "dozens", "hundreds", "thousands", "millions", NULL};
    static const char *const quantifiers[] = {"the", "more", "than", "about", "some", "nearly", "over", "almost",
                                              "around", "at", "least", "only", "all", "another", NULL};
    /* "the boats had traveled into its waters": the same subjects travel
     * without a visit (a count does not: "two senators traveled"). */
    static const char *const travelled[] = {"traveled", "travelled", "traveling", "travelling",
                                            /* "the carrier is headed to the Gulf" */
                                            "headed", "heads", "heading", "landed", "down", NULL};
    /* "a rocket landed in the town": weapons and aircraft land without a
     * visit (rules/landing_things.txt), besides all that arrives without one */
    int touched_down = dmi_tok_is(a, t, "down") && t > 0 && dmi_tok_is(a, t - 1, "touched");
    if (dmi_tok_is(a, t, "landed") || touched_down) {
        for (size_t u = t; u > first && u + 12 > t;) {
            u--;
            if (dmi_tok_punct_any(a, u) && a->text[a->tokens[u].start] != ',')
                break;
            if (dmi_tok_in_set(a, u, &landing_things) >= 0)
                return 1;
        }
    }
    /* the arrival verb's inflections ("will arrive", "arriving") as "arrived" */
    static const char *const arrivals[] = {"arrived", "arrive", "arrives", "arriving", NULL};
    int arrived = dmi_tok_in(a, t, arrivals) >= 0;
    /* "were the first to arrive": a rank among arrivals the text tells as
     * such elsewhere, no trip of its own */
    static const char *const ranks[] = {"first", "last", NULL};
    if (arrived && t >= 2 && dmi_tok_is(a, t, "arrive") && dmi_tok_is(a, t - 1, "to") && dmi_tok_in(a, t - 2, ranks) >= 0)
        return 1;
    if (!arrived && dmi_tok_in(a, t, travelled) < 0)
        return 0;
    size_t start = t;
    for (size_t u = t; u > first && u + 12 > t;) {
        u--;
        const char c = a->text[a->tokens[u].start];
        if (dmi_tok_punct_any(a, u) && c != ',' && c != '(' && c != ')' && c != '[' && c != ']' &&
            !(a->tokens[u].flags & DMI_TOK_POSS))
            break;
        if (dmi_tok_in(a, u, clause_openers) >= 0)
            break;
        if (dmi_tok_in_set(a, u, &dmi_private_roles) >= 0 || dmi_tok_in_set(a, u, &dmi_arrival_things) >= 0)
            return 1;
        start = u;
    }
    if (!arrived)
        return 0;
    while (start < t && dmi_tok_in(a, start, quantifiers) >= 0)
        start++;
    /* a number ("52,000"), not a compound of one ("22-member") */
    return start < t && (dmi_tok_in(a, start, counts) >= 0 ||
                         (g_ascii_isdigit(a->text[a->tokens[start].start]) &&
                          !memchr(dmi_tok_text(a, start), '-', dmi_tok_len(a, start))));
}

/* The people of a trip word at t are being sent away (rules/removed_people.txt
 * in its subject, sixteen words back to the clause's start): "the expelled
 * diplomats and their families left ... to fly to Moscow" is the expulsion's
 * departure, no visit. A participle counts before a noun ("expelled
 * diplomats") or after "be" ("being expelled"); "who expelled 60 diplomats"
 * is the one who expels. */
static const char *const removed_people_list[] = {
#include "rules/removed_people.inc"
    NULL};
static dmi_word_set_t removed_people = DMI_WORD_SET(removed_people_list);

static int removed_traveller(const dmi_article_t *a, size_t first, size_t t)
{
    static const char *const clause_openers[] = {"that", "who", "which", "when", "after", "before", "since", "as",
                                                 "until", "while", "where", NULL};
    static const char *const be[] = {"be", "been", "being", "is", "are", "was", "were", NULL};
    for (size_t u = t; u > first && u + 16 > t;) {
        u--;
        if (dmi_tok_punct_any(a, u) && a->text[a->tokens[u].start] != ',')
            break;
        if (dmi_tok_in(a, u, clause_openers) >= 0)
            break;
        if (dmi_tok_in_set(a, u, &removed_people) < 0)
            continue;
        size_t n = dmi_tok_len(a, u);
        const char *w = dmi_tok_text(a, u);
        if (w[n - 1] != 'd' || (u > first && dmi_tok_in(a, u - 1, be) >= 0))
            return 1;   /* a noun ("deportees"), or a passive */
        /* before a noun, after a determiner or a number ("the expelled
         * diplomats", "60 expelled staff"), not after "who" */
        static const char *const dets[] = {"the", "of", "a", "an", "its", "their", "his", "her", "some", "all",
                                           "these", "those", "other", "first", "last", NULL};
        int after_det = u == first || dmi_tok_in(a, u - 1, dets) >= 0 || (a->tokens[u - 1].flags & DMI_TOK_NUM);
        if (after_det && u + 1 < t && dmi_tok_word(a, u + 1) && !(a->tokens[u + 1].flags & DMI_TOK_NUM) &&
            dmi_tok_in(a, u + 1, clause_openers) < 0 && !dmi_tok_is(a, u + 1, "the") && !dmi_tok_is(a, u + 1, "a") &&
            !dmi_tok_is(a, u + 1, "an") && !dmi_tok_is(a, u + 1, "by") && !dmi_tok_is(a, u + 1, "from") &&
            !dmi_tok_is(a, u + 1, "to") && !dmi_tok_is(a, u + 1, "in") && !dmi_tok_is(a, u + 1, "its") &&
            !dmi_tok_is(a, u + 1, "their") && !dmi_tok_is(a, u + 1, "his") && !dmi_tok_is(a, u + 1, "her"))
            return 1;   /* before a noun */
    }
    return 0;
}

/* "a tense crowd gathered", "mourners gather outside": a gathering whose
 * subject (twelve words back to the clause's start) is a crowd
 * (rules/crowd_words.txt), not a meeting. */
static const char *const crowd_words_list[] = {
#include "rules/crowd_words.inc"
    NULL};
static dmi_word_set_t crowd_words = DMI_WORD_SET(crowd_words_list);

static int crowd_gathering(const dmi_article_t *a, size_t first, size_t t)
{
    static const char *const gather[] = {"gathered", "gather", "gathers", "gathering", NULL};
    static const char *const clause_openers[] = {"that", "who", "which", "when", "after", "before", "since", "as",
                                                 "until", "while", "where", NULL};
    if (dmi_tok_in(a, t, gather) < 0)
        return 0;
    for (size_t u = t; u > first && u + 12 > t;) {
        u--;
        if (dmi_tok_punct_any(a, u) || dmi_tok_in(a, u, clause_openers) >= 0)
            break;
        if (dmi_tok_in_set(a, u, &crowd_words) >= 0)
            return 1;
    }
    return 0;
}

/* The start of the attribution (", Obama said in ...") when a speech verb
 * closing a report stands between first and the trigger at trig, else
 * first: the report before it is what was said. */
static size_t said_before(const dmi_article_t *a, size_t first, size_t trig)
{
    for (size_t v = trig; v > first + 1;) {
        v--;
        if (!dmi_is_speech_verb(a, v))
            continue;
        /* The report is a clause of five words or more, not a frame
         * ("In Tokyo, the premier said during talks ..."), and the
         * speaker stands between ("X, commenting from Oslo, said" is an
         * aside of the subject's). */
        static const char *const frames[] = {"in", "on", "at", "after", "before", "during", "when", "while", "as",
                                             "earlier", "later", "meanwhile", NULL};
        for (size_t c = v; c > first && c + 6 > v; c--)
            if (dmi_tok_punct(a, c - 1, ',') && !dmi_in_quotation(a, first, c - 1))
                return c >= first + 6 && c < v && dmi_tok_in(a, first, frames) < 0 ? c : first;
        break;
    }
    return first;
}

static const char *const hypothetical_modals[] = {"could", "would", "might", "may", "can", "should", NULL};

/* The trigger at t is an indefinite noun ("a meeting", "an accord")
 * opening its clause (the sentence's start, a mark, "that" or "said"
 * before the article) and the subject of "could", "might" or "may" within
 * eight words, before any mark or relative word. */
static int possible_subject(const dmi_article_t *a, size_t t, size_t first, size_t last)
{
    static const char *const maybe[] = {"could", "might", "may", NULL};
    static const char *const stops[] = {"that", "which", "who", "and", "but", "after", "when", "while", NULL};
    if (t <= first || !(dmi_tok_is(a, t - 1, "a") || dmi_tok_is(a, t - 1, "an")))
        return 0;
    if (t - 1 > first && !dmi_tok_punct_any(a, t - 2) && !dmi_tok_is(a, t - 2, "that") &&
        !dmi_tok_is(a, t - 2, "said"))
        return 0;
    for (size_t u = t + 1; u < last && u < t + 9; u++) {
        if (dmi_tok_punct_any(a, u) || dmi_tok_in(a, u, stops) >= 0)
            return 0;
        for (size_t k = 0; maybe[k]; k++)
            if (dmi_tok_eq(a, u, maybe[k]))
                return 1;
    }
    return 0;
}

static const char *const prospect_verbs_list[] = {
#include "rules/prospect_verbs.inc"
    NULL};
static dmi_word_set_t prospect_verbs = DMI_WORD_SET(prospect_verbs_list);

/* "Talks could resume in Vienna", "said negotiations might restart soon":
 * a bare event noun (no article or possessive before it, at most two
 * modifiers: "direct talks", "Peace talks", "Iran talks") opening its clause
 * is the subject of "could", "might" or "may" and a verb of coming about
 * (rules/prospect_verbs.txt): a prospect weighed, no plan. A definite
 * noun ("the talks could resume on Monday") is an event already arranged
 * and stays planned; so does one whose subject names a day ("talks on
 * Monday could resume"), or one told with a time ("talks could resume
 * next week": the thirty-seventh round's guards). Thirty-ninth round (issue 14): the prospect the
 * thirty-eighth round left; the dev hit a modal reading keeps, a summit in
 * a "when" clause with its own month after "could pave the way", is no
 * subject of the modal and is untouched. */
static int bare_prospect(const dmi_article_t *a, size_t t, size_t first, size_t last)
{
    static const char *const opener[] = {"said", "that", "saying", "and", NULL};
    static const char *const adv[] = {"soon", "still", "even", "also", "quickly", "yet", NULL};
    static const char *const second[] = {"place", "ahead", "held", "convened", "reconvened", "staged", NULL};
    static const char *const clause_stops[] = {"that", "which", "who", "and", "but", "after", "when", "while",
                                               "next", "tomorrow", "today", NULL};
    static const char *const times[] = {"next", "tomorrow", "today", "tonight", "this", "within", "by", NULL};
    size_t h = t;
    for (int n = 0; n < 2 && h > first && dmi_tok_word(a, h - 1) && !(a->tokens[h - 1].flags & DMI_TOK_POSS) &&
                    !(a->tokens[h - 1].flags & DMI_TOK_NUM) && dmi_tok_in(a, h - 1, opener) < 0 &&
                    dmi_tok_in(a, h - 1, dmi_phrase_determiners) < 0;
         n++)
        h--;
    if (h > first && !dmi_tok_punct_any(a, h - 1) && dmi_tok_in(a, h - 1, opener) < 0)
        return 0;
    for (size_t u = t + 1; u < last && u < t + 8; u++) {
        int modal = dmi_tok_eq(a, u, "could") || dmi_tok_eq(a, u, "might") || dmi_tok_eq(a, u, "may");
        if (!modal && (dmi_tok_punct_any(a, u) || (a->tokens[u].flags & DMI_TOK_NUM) ||
                       dmi_weekday_of(dmi_tok_text(a, u), dmi_tok_len(a, u)) ||
                       dmi_month_of(dmi_tok_text(a, u), dmi_tok_len(a, u)) || dmi_tok_in(a, u, clause_stops) >= 0))
            return 0;
        if (!modal)
            continue;
        size_t v = u + 1;
        if (v < last && dmi_tok_in(a, v, adv) >= 0)
            v++;
        if (!(v < last && dmi_tok_in_set(a, v, &prospect_verbs) >= 0))
            return 0;
        /* "take", "go", "be" only as "take place", "go ahead", "be held" */
        if ((dmi_tok_is(a, v, "take") || dmi_tok_is(a, v, "go") || dmi_tok_is(a, v, "be")) &&
            !(v + 1 < last && dmi_tok_in(a, v + 1, second) >= 0))
            return 0;
        /* A time told for it ("could resume next week", "might begin on
         * Monday", "in May") is a time someone set: the plan stays (the
         * thirty-seventh round's guards). */
        for (size_t w = v + 1; w < last && !dmi_tok_punct_any(a, w); w++)
            if ((a->tokens[w].flags & DMI_TOK_NUM) || dmi_tok_in(a, w, times) >= 0 ||
                dmi_weekday_of(dmi_tok_text(a, w), dmi_tok_len(a, w)) ||
                (dmi_tok_cap(a, w) && dmi_month_of(dmi_tok_text(a, w), dmi_tok_len(a, w))))
                return 0;
        return 1;
    }
    return 0;
}

static const char *const effect_verbs_list[] = {
#include "rules/effect_verbs.inc"
    NULL};
static dmi_word_set_t effect_verbs = DMI_WORD_SET(effect_verbs_list);

static const char *const futility_words_list[] = {
#include "rules/futility_words.inc"
    NULL};
static dmi_word_set_t futility_words = DMI_WORD_SET(futility_words_list);

/* "the visit would anger K", "this trip could upset the neighbours", "the
 * talks are likely to ease tension": a definite event noun, the subject of
 * a modal (or "is/was likely to") and a verb of effect
 * (rules/effect_verbs.txt), is the event already told judged by what it may
 * bring: no new event, and the thing affected is no place of it. */
static const char *const judging_verbs_list[] = {
#include "rules/judging_verbs.inc"
    NULL};
static dmi_word_set_t judging_verbs = DMI_WORD_SET(judging_verbs_list);

static int judged_effect(const dmi_article_t *a, size_t t, size_t first, size_t last)
{
    static const char *const det[] = {"the", "this", "that", "such", "his", "her", "their", "its", NULL};
    static const char *const modals[] = {"could", "would", "might", "may", "will", "can", NULL};
    static const char *const likely_be[] = {"is", "was", "are", "were", NULL};
    static const char *const adv[] = {"also", "only", "further", "certainly", "probably", "likely", "surely",
                                         NULL};
    if (t <= first || dmi_tok_in(a, t - 1, det) < 0)
        return 0;
    size_t u = t + 1;
    /* "the trip shows C wants options": judged as a sign (rules/judging_verbs.txt) */
    if (u < last && dmi_tok_in_set(a, u, &judging_verbs) >= 0)
        return 1;
    if (u < last && dmi_tok_in(a, u, modals) >= 0)
        u++;
    else if (u + 2 < last && dmi_tok_in(a, u, likely_be) >= 0 && dmi_tok_is(a, u + 1, "likely") &&
             dmi_tok_is(a, u + 2, "to"))
        u += 3;
    else
        return 0;
    if (u < last && dmi_tok_in(a, u, adv) >= 0)
        u++;
    return u < last && dmi_tok_in_set(a, u, &effect_verbs) >= 0;
}

/* "said talks were pointless", "further talks would be futile": a bare
 * event noun (no article, possessive, name or place before it) whose
 * predicate, within eight words and no mark or place ("in"/"at" and a
 * capitalised word make the talks some talks), is "be" and a word judging
 * such events worthless (rules/futility_words.txt) is a view of a kind of
 * event, no happening ("the talks in A were pointless" keep their talks). */
static int futile_kind(const dmi_article_t *a, size_t t, size_t first, size_t last)
{
    static const char *const bare_before[] = {"said", "that", "further", "more", "new", "any", "direct", "such",
                                              "saying", "and", NULL};
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", NULL};
    static const char *const degree[] = {"very", "so", "quite", "utterly", "completely", "totally", "still",
                                         "now", "simply", "all", NULL};
    if (t > first && !dmi_tok_punct_any(a, t - 1) && dmi_tok_in(a, t - 1, bare_before) < 0)
        return 0;
    for (size_t u = t + 1; u < last && u < t + 9; u++) {
        if (dmi_tok_punct_any(a, u))
            return 0;
        if ((a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
            (dmi_tok_is(a, u - 1, "in") || dmi_tok_is(a, u - 1, "at")))
            return 0;
        if (dmi_tok_in(a, u, be) < 0)
            continue;
        size_t v = u + 1;
        if (v < last && dmi_tok_in(a, v, degree) >= 0)
            v++;
        return v < last && dmi_tok_in_set(a, v, &futility_words) >= 0;
    }
    return 0;
}

/* "would meet the premier in A only if the truce holds", "would only
 * visit A if invited", "would hold talks unless ...": a condition set on
 * an event with "would" (at most two words before the trigger) is no plan
 * ("will visit A if the weather allows" is one). */
static int would_only_if(const dmi_article_t *a, size_t t, size_t first, size_t last)
{
    size_t w = SIZE_MAX;
    /* "could meet in A if the truce holds", "talks might resume in A if
     * ...": a possibility ("could", "might": lower case, so never the
     * month) under a condition needs no "only" to be no plan. */
    int possible = 0;
    for (size_t u = t, n = 0; u > first && n < 3; n++) {
        u--;
        if (!dmi_tok_word(a, u))
            break;
        if (dmi_tok_is(a, u, "would") || dmi_tok_eq(a, u, "could") || dmi_tok_eq(a, u, "might")) {
            w = u;
            possible = !dmi_tok_is(a, u, "would");
            break;
        }
    }
    if (w == SIZE_MAX && t + 1 < last && (dmi_tok_eq(a, t + 1, "could") || dmi_tok_eq(a, t + 1, "might"))) {
        w = t;
        possible = 1;
    }
    if (w == SIZE_MAX)
        return 0;
    int only_before = possible;
    for (size_t u = w + 1; u < t; u++)
        only_before |= dmi_tok_is(a, u, "only");
    for (size_t u = t + 1; u < last && u < t + 16; u++) {
        if (dmi_tok_punct_any(a, u) && !dmi_tok_punct(a, u, ','))
            return 0;
        /* "met ... and could meet again if ...": a repeat, left to
         * repeat_modal, which also ends the first event's clause. */
        if (possible && dmi_tok_is(a, u, "again"))
            return 0;
        if (dmi_tok_is(a, u, "unless"))
            return 1;
        if (dmi_tok_is(a, u, "if") && (only_before || dmi_tok_is(a, u - 1, "only")) && !dmi_tok_is(a, u - 1, "as"))
            return 1;
    }
    return 0;
}

/* "met on Monday and may meet again", "... and will meet again in April":
 * a modal at most two words before the trigger and "again" after it in
 * the clause tell a repeat of an event the sentence told. Returns the
 * modal's token (SIZE_MAX when the pattern is not there), *possible set
 * when the modal is "may", "might" or "could" (a possibility, no event;
 * "will" and "would" plan one of its own). */
static size_t repeat_modal(const dmi_article_t *a, size_t t, size_t first, size_t last, int *possible)
{
    static const char *const maybe[] = {"could", "might", "may", NULL};
    static const char *const plan[] = {"will", "would", NULL};
    size_t m = SIZE_MAX;
    for (size_t u = t, n = 0; u > first && n < 3 && m == SIZE_MAX; n++) {
        u--;
        if (!dmi_tok_word(a, u))
            break;
        if (dmi_tok_in(a, u, maybe) >= 0 || dmi_tok_in(a, u, plan) >= 0)
            m = u;
    }
    if (m == SIZE_MAX)
        return SIZE_MAX;
    for (size_t u = t + 1; u < last && u < t + 7; u++) {
        if (dmi_tok_punct_any(a, u))
            return SIZE_MAX;
        if (dmi_tok_is(a, u, "again")) {
            *possible = dmi_tok_in(a, m, maybe) >= 0;
            return m;
        }
    }
    return SIZE_MAX;
}

/* The first usable place name of lede sentence si after the dateline and
 * before its speech verb (the speaker when it is a country), or NULL. */
static const dmi_mention_t *lede_first_name(const dmi_events_state_t *S, size_t si, size_t speech_tok)
{
    const dmi_extraction_t *x = S->x;
    const dmi_sentence_t *sk = &x->art->sentences[si];
    for (size_t k = dmi_mention_lower(x, sk->first); k < x->mention_count && x->mentions[k].first < speech_tok; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (m->first >= S->dateline_end && m->sentence == si && dmi_usable_mention(m))
            return m;
    }
    return NULL;
}

/* The subject of the speech verb at verb speaks for a country's government:
 * the country's name right before it ("Iran said", "Iran earlier said",
 * "..., Norway said Friday"), or the country or its demonym before a head
 * of rules/government_speakers.txt or described_leaders.txt, one word
 * between at most ("the Iranian government said", "Norway's foreign
 * ministry said", "the Chilean president said"). Not a country that is an object or a topic ("talks
 * with Iran said" has no such subject), one of two conjoined ("Iran and
 * Iraq said"), one inside a quotation, or one passing on a fact (below).
 * Returns the country's code, or
 * NULL; *leader is set when the subject is a described leader
 * (rules/described_leaders.txt: "the Chilean president said"). */
static const char *government_speaker(const dmi_extraction_t *x, size_t first, size_t verb, int *leader)
{
    static const char *const not_subject[] = {"of",  "with",    "to",      "in",     "on",   "about", "against",
                                              "for", "from",    "by",      "at",     "and",  "or",    "nor",
                                              "as",  "between", "towards", "toward", "what", "than",  NULL};
    const dmi_article_t *a = x->art;
    if (verb <= first + 1 || dmi_in_quotation(a, first, verb))
        return NULL;
    const dmi_mention_t *m = NULL;
    size_t place = acting_state(x, first, verb);
    if (place != NONE && x->places[place].kind == DM_PLACE_COUNTRY) {
        /* the mention acting_state found: the nearest one before the verb */
        for (size_t p = verb; p > first && !m; p--)
            m = dmi_mention_ending_at(x, p);
    } else if (dmi_tok_in_set(a, verb - 1, &dmi_government_speakers) >= 0 ||
               (*leader = dmi_tok_in_set(a, verb - 1, &dmi_described_leaders) >= 0)) {
        for (size_t p = verb - 1; p > first && p + 3 > verb && !m; p--) {
            m = dmi_mention_ending_at(x, p);
            if (!m && (x->person_tok[p - 1] || !dmi_tok_word(a, p - 1)))
                return NULL;
        }
        if (!m || !dmi_usable_mention(m) || x->places[m->place].kind != DM_PLACE_COUNTRY)
            return NULL;
    }
    if (!m || m->first < first)
        return NULL;
    if (m->first > first && dmi_tok_in(a, m->first - 1, not_subject) >= 0)
        return NULL;
    /* A stance or an act of its own, not a fact it passes on ("Chile
     * said a treaty would soon apply" attributes a fact, as "Moscow
     * said" does): what it says follows as "it" a few words on ("said on
     * Friday that it would"), or comes before ("..., Norway said"). */
    static const char *const openers[] = {"on",      "in",    "at",        "after", "before",     "following",
                                          "during",  "as",    "when",      "while", "since",      "according",
                                          "earlier", "later", "last",      "also",  "however",    "meanwhile",
                                          "but",     "and",   "yesterday", "today", "separately", NULL};
    size_t start = m->first > first && dmi_tok_is(a, m->first - 1, "the") ? m->first - 1 : m->first;
    size_t w = first;
    while (w < start && !dmi_tok_word(a, w))
        w++;
    /* a clause before the comma, not a phrase of time or a link ("On
     * Friday, Chile said") */
    int fronted = start > w + 4 && dmi_tok_punct(a, start - 1, ',') && dmi_tok_in(a, w, openers) < 0;
    int own = 0;
    for (size_t u = verb + 1; u < a->token_count && u <= verb + 5 && !own && !dmi_tok_punct_any(a, u); u++)
        own = dmi_tok_is(a, u, "it");
    return fronted || own ? x->places[m->place].country : NULL;
}

/* "told a parliamentary committee", "appeared before members of
 * parliament": a saying before a national legislature that no place of the
 * sentence or the story placed was made at the legislature's seat, the
 * capital of the speaker's country (a country or its demonym before the
 * verb, outside quotations and not an object: "the Tunisian defence
 * minister told"), when the text names that capital as a city. With no
 * speaker's country, the one capital the text names as a city, when it is
 * the capital of the country the text names most (a capital named in
 * passing is no seat). Not a state's or a province's legislature (its own
 * capital): rules/legislature_seats.txt leaves out "senate", "assembly"
 * and "lawmakers", and a word of rules/sub_national_words.txt before the
 * audience ends it. */
static size_t legislature_seat(const dmi_extraction_t *x, size_t first, size_t verb, size_t heard)
{
    static const char *const sub_national_list[] = {
#include "rules/sub_national_words.inc"
        NULL};
    static dmi_word_set_t sub_national = DMI_WORD_SET(sub_national_list);
    static const char *const not_subject[] = {"of",   "with", "to", "in",      "on",   "about", "against", "for",
                                              "from", "by",   "at", "between", "than", "over",  NULL};
    const dmi_article_t *a = x->art;
    if (heard <= verb || dmi_in_quotation(a, first, verb))
        return NONE;
    int seat = 0;
    for (size_t u = verb + 1; u <= heard; u++) {
        if (dmi_tok_in_set(a, u, &sub_national) >= 0)
            return NONE;
        seat |= dmi_tok_in_set(a, u, &dmi_legislature_seats) >= 0;
    }
    if (!seat)
        return NONE;
    const char *country = NULL;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < verb; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (!dmi_usable_mention(m) || x->places[m->place].kind != DM_PLACE_COUNTRY ||
            dmi_in_quotation(a, first, m->first) || (m->first > first && dmi_tok_in(a, m->first - 1, not_subject) >= 0))
            continue;
        country = x->places[m->place].country;
    }
    if (country)
        return dmi_capital_named_as_city(x, country);
    /* the country the text names most (its own name, demonyms and its
     * places), one alone */
    size_t most = NONE, most_n = 0;
    int tie = 0;
    for (size_t i = 0; i < x->place_count; i++) {
        const dmi_xplace_t *p = &x->places[i];
        if (p->kind != DM_PLACE_COUNTRY)
            continue;
        size_t n = 0;
        for (size_t k = 0; k < x->mention_count; k++)
            n += dmi_usable_mention(&x->mentions[k]) && strcmp(x->places[x->mentions[k].place].country, p->country) == 0;
        if (n > most_n)
            most = i, most_n = n, tie = 0;
        else if (n == most_n)
            tie = 1;
    }
    if (most == NONE || tie)
        return NONE;
    size_t capital = NONE;
    for (size_t i = 0; i < x->place_count; i++) {
        const dmi_xplace_t *p = &x->places[i];
        if (!(p->is_capital && p->kind == DM_PLACE_CITY && p->mention_count > 0))
            continue;
        if (capital != NONE)
            return NONE;
        capital = i;
    }
    if (capital == NONE || strcmp(x->places[capital].country, x->places[most].country) != 0)
        return NONE;
    return dmi_capital_named_as_city(x, x->places[most].country);
}

/* A day and a month told with no year after them ("on 12 May", "May 12"),
 * outside quotations, in [first, end): in an undated article, the saying's
 * own day, with no year to read it by (time.c then finds no date).
 * Its day is then no other event's: an undated statement, not the day of
 * another event at its place (the thirty-fourth round's seat rule took a
 * visit's first of the month so). */
static int day_without_year(const dmi_article_t *a, size_t first, size_t end)
{
    for (size_t u = first; u < end; u++) {
        if (!dmi_month_of(dmi_tok_text(a, u), dmi_tok_len(a, u)) || dmi_in_quotation(a, first, u))
            continue;
        int before = u > first && (a->tokens[u - 1].flags & DMI_TOK_NUM) && dmi_tok_len(a, u - 1) <= 2;
        int after = u + 1 < end && (a->tokens[u + 1].flags & DMI_TOK_NUM) && dmi_tok_len(a, u + 1) <= 2;
        if (!before && !after)
            continue;
        size_t y = after ? u + 2 : u + 1;
        if (y < end && dmi_tok_punct(a, y, ','))
            y++;
        if (y < end && (a->tokens[y].flags & DMI_TOK_NUM) && dmi_tok_len(a, y) == 4)
            continue;  /* "12 May 2018": read by time.c */
        return 1;
    }
    return 0;
}

static int sentence_events(dmi_events_state_t *S, size_t si)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    const dmi_sentence_t *sn = &a->sentences[si];
    /* the lede's phrase opens after its dateline ("ROME - During the
     * visit to ..., X met Y") */
    size_t opening = sn->first < S->dateline_end && S->dateline_end < sn->last ? S->dateline_end : sn->first;
    S->fronted_end = fronted_phrase_end(a, opening, sn->last);
    size_t part_end = participle_phrase_end(a, sn->first > S->dateline_end ? sn->first : S->dateline_end, sn->last);
    /* Triggers in order; each owns the clause up to the next one (the first
     * also owns what comes before it). */
    size_t trig[16];
    const dmi_trigger_t *trs[16];
    int modals[16];
    size_t leg_end[16];
    /* The trigger is the verb of a reference back ("the deal was signed
     * by X and Y"): placed nowhere, it tells more of the event told. */
    int verb_of_told[16] = {0};
    size_t starts[16], cut = sn->first;
    for (size_t i = 0; i < G_N_ELEMENTS(leg_end); i++)
        leg_end[i] = SIZE_MAX;
    size_t nt = 0;
    const dmi_trigger_t *speech = NULL;
    size_t speech_tok = 0;
    /* A dmi_trigger_negated noun ("no deal") negates the verbs of its clause that tell
     * the same event ("... could be signed"). */
    int neg_type = -1;
    size_t neg_tok = 0;
    S->sentence_first_event = S->count;
    /* A new paragraph leaves the last one's time frame. */
    if (a->tokens[sn->first].flags & DMI_TOK_LINE_START) {
        memset(&S->frame, 0, sizeof S->frame);
        memset(&S->para_told, 0, sizeof S->para_told);
        memset(&S->para_day, 0, sizeof S->para_day);
        S->para_year = 0;
        /* A heading (a short line with no closing stop) opens a section:
         * the year it names dates what the section leaves undated. */
        size_t end = sn->last;
        if (si + 1 < a->sentence_count && (a->tokens[a->sentences[si + 1].first].flags & DMI_TOK_LINE_START) &&
            end - sn->first <= 12 && !dmi_tok_punct(a, end - 1, '.') && !dmi_tok_punct(a, end - 1, '?') &&
            !dmi_tok_punct(a, end - 1, '!') && !dmi_tok_punct(a, end - 1, '"')) {
            S->section_year = 0;
            for (size_t t = sn->first; t < end && !S->section_year; t++)
                if (dmi_tok_len(a, t) == 4 && (a->tokens[t].flags & DMI_TOK_NUM)) {
                    int y = atoi(dmi_tok_text(a, t));
                    if (y >= 1800 && y <= 2200)
                        S->section_year = y;
                }
        }
    }
    for (size_t t = sn->first; t < sn->last; t++) {
        const dmi_trigger_t *tr = dmi_trigger_at(a, t);
        /* A word of talk or speech with its frame's slot filled ("talked
         * with X", "his address to the nation", "read on television"). */
        const dmi_trigger_t *framed = dmi_frame_trigger(x, t);
        if (framed && (!tr || tr->strength < 2))
            tr = framed;
        /* The headline's words in capitals ("X HOLDS TALKS WITH Y IN Z")
         * tell its event as the body's would (issue 14: a headline is
         * evidence, even when the body never repeats its city). */
        if (!tr && S->lede != NONE && si + 1 == S->lede && (a->tokens[t].flags & DMI_TOK_CAP) &&
            dmi_title_case_sentence(a, t)) {
            tr = dmi_headline_trigger_at(a, t);
            /* ... but a trip word ("MINISTER TO VISIT PERU") names the trip
             * whose stops the body places: a copy at the country would
             * stand beside the body's city. */
            if (tr && tr->type == DM_EVENT_VISIT)
                tr = NULL;
        }
        if (!tr && t > sn->first)
            tr = dmi_named_trigger(x, t);
        if (!tr || dmi_inside_mention(x, t))
            continue;
        if (tr->type == DM_EVENT_STATEMENT) {
            if (!speech || tr->strength > speech->strength) {
                speech = tr;
                speech_tok = t;
            }
            continue;
        }
        if (tr->type == DM_EVENT_VISIT && (arrival_of_no_visitor(a, sn->first, t) || removed_traveller(a, sn->first, t)))
            continue;
        if (tr->type == DM_EVENT_MEETING && crowd_gathering(a, sn->first, t))
            continue;
        /* "demands to be met": satisfied, not a meeting. */
        if (tr->type == DM_EVENT_MEETING && t > sn->first &&
            (dmi_tok_is(a, t - 1, "be") || dmi_tok_is(a, t - 1, "been") || dmi_tok_is(a, t - 1, "being")))
            continue;
        /* "flew to Apia for talks", "had flown to Ankara to meet Erdogan":
         * the purpose of the trip, one event. */
        size_t before = t;  /* "for talks", "for a meeting" */
        if (before > sn->first + 1 && (dmi_tok_is(a, before - 1, "a") || dmi_tok_is(a, before - 1, "an") ||
                                       dmi_tok_is(a, before - 1, "the")))
            before--;
        int purpose = before > sn->first && nt > 0 && trs[nt - 1]->type == DM_EVENT_VISIT &&
                      (dmi_tok_is(a, before - 1, "for") || (dmi_tok_is(a, t - 1, "to") && tr->type != DM_EVENT_VISIT));
        for (size_t u = nt > 0 ? trig[nt - 1] : t; purpose && u < t; u++)
            if (dmi_tok_punct_any(a, u))
                purpose = 0;  /* "..., after which he is expected to meet" is a leg of its own */
        if (purpose)
            continue;
        /* "began talks with visiting U.S. President X in Lima": "visiting"
         * describes the partner of the meeting told just before; the
         * meeting's clause goes on through the partner's name and place. */
        if (tr->type == DM_EVENT_VISIT && dmi_tok_is(a, t, "visiting") && nt > 0 &&
            (trs[nt - 1]->type == DM_EVENT_MEETING || trs[nt - 1]->type == DM_EVENT_TALKS) &&
            t + 1 < sn->last && (a->tokens[t + 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER))) {
            int punct = 0;
            for (size_t u = trig[nt - 1]; u < t; u++)
                punct |= dmi_tok_punct_any(a, u);
            if (!punct)
                continue;
        }
        /* "A visit could be controversial", "An agreement would pave the
         * way": an event supposed as the subject of a modal, not told. */
        if (t > sn->first && t + 1 < sn->last &&
            (dmi_tok_is(a, t - 1, "a") || dmi_tok_is(a, t - 1, "an") || dmi_tok_is(a, t - 1, "any")) &&
            dmi_tok_in(a, t + 1, hypothetical_modals) >= 0)
            continue;
        /* "A meeting between the two leaders could happen in A next month",
         * "a summit in A might take place in May": an indefinite event noun
         * opening its clause, the subject of "could", "might" or "may" (lower
         * case: "May" is the month) before any mark or relative word, is a
         * possibility, no plan ("the meeting could take place" is one set). */
        if (possible_subject(a, t, sn->first, sn->last) || would_only_if(a, t, sn->first, sn->last) ||
            bare_prospect(a, t, sn->first, sn->last))
            continue;
        /* "the visit would anger K", "said talks were pointless": an event
         * judged by its effect or judged worthless as a kind, not told. */
        if (judged_effect(a, t, sn->first, sn->last) || futile_kind(a, t, sn->first, sn->last))
            continue;
        /* "met on Monday and may (will) meet again": the repeat's modal and
         * dates are no part of the event told before it, which ends at the
         * "and"; a possible repeat is no event, a planned one is its own. Alone
         * ("the envoys may meet again") it stays the plan a modal tells. */
        int repeat_possible = 0, repeat_leg = 0;
        size_t rm = repeat_modal(a, t, sn->first, sn->last, &repeat_possible);
        if (rm != SIZE_MAX && nt > 0 && trig[nt - 1] < rm) {
            size_t end = rm > sn->first && dmi_tok_is(a, rm - 1, "and") ? rm - 1 : rm;
            if (leg_end[nt - 1] > end)
                leg_end[nt - 1] = end;
            repeat_leg = 1;
        }
        if (repeat_leg && repeat_possible)
            continue;
        int desired = tr->type != DM_EVENT_CALL && dmi_trigger_desired(a, t, sn->first);
        if (dmi_trigger_negated(a, t, sn->first) || dmi_trigger_topic_of_talk(a, t, sn->first) ||
            dmi_trigger_habitual(a, t, sn->last) || dmi_trigger_kind_named(a, t, sn->first) ||
            dmi_trigger_plot_told(a, t, sn->first) || dmi_trigger_asked(a, sn->first, sn->last) ||
            dmi_trigger_since_named(a, t, sn->first) || dmi_trigger_conditional(a, t, sn->first) ||
            (tr->type != DM_EVENT_INCIDENT && dmi_trigger_denied(a, t, sn->first)) ||
            (tr->type == DM_EVENT_LETTER && dmi_trigger_letter_kept(a, t, sn->first, sn->last)) ||
            ((tr->type == DM_EVENT_MEETING || tr->type == DM_EVENT_TALKS || tr->type == DM_EVENT_VISIT ||
              tr->type == DM_EVENT_OTHER) &&
             (dmi_trigger_habit_before(a, t, sn->first) || dmi_trigger_habit_after(a, t, sn->last))) ||
            desired) {
            /* A wished or asked-for event ends the clause of the trigger
             * before ("asked X to expand a plan shown at Monday's meeting
             * and to meet Y": Y, and the wish's tense, are no part of that
             * meeting). */
            if (desired && nt > 0 && leg_end[nt - 1] > t)
                leg_end[nt - 1] = t;
            neg_type = (int)tr->type;
            neg_tok = t;
            /* The words before it were its clause: a later trigger ("open
             * to exchanging letters ... when they first met") does not
             * take their places. */
            cut = t;
            continue;
        }
        if (neg_type == (int)tr->type) {
            int punct = 0;
            for (size_t u = neg_tok; u < t; u++)
                punct |= dmi_tok_punct_any(a, u);
            if (!punct)
                continue;
        }
        /* "Governor X stopped in A and B": a trip's stops only when a
         * person or a pronoun of one is the subject, right before the verb
         * (trains, talks and fighting stop somewhere too). */
        if (tr->type == DM_EVENT_VISIT && dmi_tok_is(a, t, "stopped")) {
            static const char *const pronouns[] = {"he", "she", "they", NULL};
            if (t == sn->first || !(x->person_tok[t - 1] || dmi_tok_in(a, t - 1, pronouns) >= 0))
                continue;
        }
        /* "told Reuters by telephone", "told the Oslo Times by phone": the
         * medium of an interview (a statement, below), no call. */
        if (tr->type == DM_EVENT_CALL && interview_in(a, t > sn->first + 6 ? t - 6 : sn->first, t, 1, NULL) >= 0)
            continue;
        /* "call" needs a phone nearby, or a person called ("Macron called
         * US President Donald Trump"; not "called on", "called for", "called
         * it"). */
        if (tr->type == DM_EVENT_CALL && tr->strength < 2) {
            int phone = 0;
            for (size_t u = t > sn->first + 2 ? t - 2 : sn->first; u < t + 3 && u < sn->last; u++)
                if (dmi_tok_is(a, u, "phone") || dmi_tok_is(a, u, "telephone") || dmi_tok_is(a, u, "video"))
                    phone = 1;
            for (size_t u = t + 1; !phone && u < t + 5 && u < sn->last && (a->tokens[u].flags & DMI_TOK_WORD) &&
                                   (a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER));
                 u++)
                if (x->person_tok[u] && g_ascii_strncasecmp(dmi_tok_text(a, t), "call", 4) == 0)
                    phone = 1;
            /* ... or a counterpart, the title of a person ("called his
             * Iranian counterpart", "called their French counterparts"). */
            if (calls_counterpart(a, t, sn->last))
                phone = 1;
            if (!phone)
                continue;
        }
        int md = dmi_trigger_modal(a, t, sn->first);
        /* Triggers of one type in a sentence are one event ("wrote the
         * letter ... to hand the letter over"); the stronger word names it and
         * places it in the sentence (tense is read around it). */
        int new_leg = 0;  /* "flew on to Apia ..., after which he is expected to visit Wellington" */
        /* ... and so is each item of a list told with semicolons ("on 12 May
         * he visited A; on 14 May he visited B"), whatever its type. */
        for (size_t u = nt > 0 ? trig[nt - 1] : t; u < t; u++)
            new_leg |= (dmi_tok_punct_any(a, u) && (a->text[a->tokens[u].start] == ';' ||
                                                    (tr->type == DM_EVENT_VISIT && a->text[a->tokens[u].start] == ','))) ||
                       /* ... and a clause of another day ("met X in A on
                        * Monday, and on Tuesday she met Y in B") */
                       (u > 0 && dmi_tok_punct(a, u - 1, ',') && dmi_day_clause_at(a, u, t));
        if (new_leg && nt > 0) {
            /* The leg before ends at the comma: its status is its own. */
            for (size_t u = t; u > trig[nt - 1]; u--)
                if (dmi_tok_punct_any(a, u) && (a->text[a->tokens[u].start] == ',' || a->text[a->tokens[u].start] == ';')) {
                    leg_end[nt - 1] = u;
                    break;
                }
        }
        if (nt > 0 && trs[nt - 1]->type == tr->type && !new_leg && !repeat_leg) {
            /* "The agreement was signed ... at the Governor's House in
             * Lahore": the verb, not the reference back, places it. */
            int told_back = dmi_refers_back(a, trig[nt - 1], sn->first);
            if (tr->strength > trs[nt - 1]->strength || (told_back && tr->strength == trs[nt - 1]->strength)) {
                verb_of_told[nt - 1] = told_back && verb_of_subject(a, trig[nt - 1], t);
                trs[nt - 1] = tr;
                trig[nt - 1] = t;
            }
            modals[nt - 1] |= md;
            continue;
        }
        if (nt < G_N_ELEMENTS(trig)) {
            trig[nt] = t;
            trs[nt] = tr;
            modals[nt] = md;
            starts[nt] = cut;
            nt++;
        }
    }
    /* A closing attribution (", his office in Nairobi said.", ", the forum
     * secretariat said.") names who reports, not where things happened. */
    size_t body_end = sn->last;
    {
        size_t u = sn->last;
        while (u > sn->first && !(a->tokens[u - 1].flags & DMI_TOK_WORD))
            u--;
        /* ", his office said." or ", Pashinyan told reporters in Yerevan." */
        for (size_t c = u; c > sn->first && c + 12 > u && body_end == sn->last; c--) {
            if (dmi_tok_punct_any(a, c - 1) && a->text[a->tokens[c - 1].start] == ',') {
                for (size_t v = c; v < u; v++)
                    if (dmi_is_speech_verb(a, v)) {
                        body_end = c - 1;
                        break;
                    }
                break;
            }
        }
    }
    dmi_tense_t tense = dmi_tense_of(a, sn->first, sn->last);
    dmi_tense_t prev_tk = DMI_TENSE_UNKNOWN;
    size_t first_event = S->count;
    dmi_date_hit_t sdates[8];
    size_t snd = dmi_dates_in(S, sn->first, sn->last, tense, sdates, G_N_ELEMENTS(sdates));
    for (size_t k = 0; k < nt; k++) {
        size_t first = k > 0 ? trig[k] : trs[k]->type == DM_EVENT_INCIDENT ? dmi_reported_from(a, sn->first, trig[k])
                                                                            : sn->first;
        /* "A week after the meeting, they spoke by phone": the trigger
         * before is the anchor inside the date phrase that opens this
         * clause; the phrase, and its date, are this trigger's. */
        for (size_t j = 0; k > 0 && j < snd; j++)
            if (sdates[j].token <= trig[k - 1] && trig[k - 1] < sdates[j].token + sdates[j].ntok &&
                sdates[j].token + sdates[j].ntok <= trig[k] && sdates[j].token < first)
                first = sdates[j].token;
        if (first < starts[k])
            first = starts[k];
        /* "IS is losing ground in Syria, Obama said in his weekly address,
         * broadcast from the hall": what a closing attribution reports is
         * no part of an event told after its speech verb. */
        first = said_before(a, first, trig[k]);
        /* "Funds will be given out; the plan was announced at the forum in
         * C": a semicolon ends the clause before it, whose modals and tense
         * are not the trigger's. */
        for (size_t u = trig[k]; u > first; u--)
            if (dmi_tok_punct(a, u - 1, ';')) {
                first = u;
                break;
            }
        size_t last = k + 1 < nt ? trig[k + 1] : sn->last;
        /* "A communique was signed at the end of the visit to A": made at
         * that occasion, the agreement is where and when it was. */
        if (trs[k]->type == DM_EVENT_AGREEMENT && k + 1 < nt &&
            (trs[k + 1]->type == DM_EVENT_VISIT || trs[k + 1]->type == DM_EVENT_MEETING ||
             trs[k + 1]->type == DM_EVENT_TALKS) &&
            at_occasion(a, trig[k], trig[k + 1]))
            last = k + 2 < nt ? trig[k + 2] : sn->last;
        if (last > body_end && trig[k] < body_end)
            last = body_end;
        if (last > leg_end[k])
            last = leg_end[k];
        last = dmi_clause_end(a, trig[k], last);
        /* "Following X's visit to A, Y will attend a meeting on Tuesday": a
         * phrase opening the sentence up to its comma tells of its own
         * event, which takes no date, place or tense of the main clause. */
        size_t clause_last = last;  /* the tense is the main verb's ("After talks on Monday, X will ...") */
        /* The trigger inside a phrase opening the sentence ends its clause
         * at the phrase's comma, wherever another trigger already ended it
         * ("Before visiting A, X made a visit to B"): its agent is still
         * the main clause's subject (below). */
        size_t lead_end = S->fronted_end;
        if (lead_end != NONE && trig[k] < lead_end) {
            if (last > lead_end)
                last = lead_end;
        } else {
            lead_end = NONE;
        }
        /* "In a tirade read on state television Thursday, X said ...": the
         * airing is told by its participle, up to the phrase's end (the
         * main clause's modals and dates are not its own); a phrase that
         * opens the sentence has the main clause's subject as its speaker. */
        if (trs[k]->type == DM_EVENT_BROADCAST && trig[k] + 1 < last && dmi_tok_is(a, trig[k] + 1, "on") &&
            dmi_channel_after(a, trig[k] + 1) != SIZE_MAX)
            for (size_t u = trig[k] + 1; u < last; u++)
                if (dmi_tok_punct_any(a, u)) {
                    int opening = dmi_tok_punct(a, u, ',') && lead_end == NONE;
                    for (size_t v = sn->first; v < trig[k] && opening; v++)
                        opening = !x->person_tok[v];
                    if (opening)
                        lead_end = u;
                    last = u;
                    break;
                }
        /* "the agreement", "the deal": a reference back, an event of its own
         * only with a place right after it ("the talks in Doha"), up to the
         * clause's end. */
        int backref = dmi_refers_back(a, trig[k], sn->first)                      ? 1
                      : possessive_reference(S, trig[k], sn->first, trs[k]->type) ? 2
                                                                                  : 0;
        /* "ordered the expulsion of": the act the verb tells, no reference
         * back (acts37) */
        if (backref == 1 && dmi_act_governing_verb(a, sn->first, trig[k]) < a->token_count)
            backref = 0;
        /* "The fisheries summit continues on Friday": a gathering told
         * before, on a later day of it (a first telling of it stays one). */
        if (!backref && continues_gathering(a, trig[k], sn->first)) {
            for (size_t j = 0; j < S->count && !backref; j++)
                backref = S->ev[j].type == trs[k]->type;
        }
        /* "the Bergen blast", "the Oslo bombing": an incident named
         * by its place with a definite article is one told before. */
        if (trs[k]->type == DM_EVENT_INCIDENT && !backref) {
            const dmi_mention_t *m = dmi_mention_ending_at(x, trig[k]);
            backref = m && m->last == trig[k] && m->first > sn->first && dmi_refers_back(a, m->first, sn->first);
        }
        dm_event_status_t told = DM_EVENT_UNKNOWN;
        size_t app = 0; /* the phrase set off by commas after it, if any */
        if (backref) {
            told = dmi_passive_status(a, trig[k], last);
            if (told == DM_EVENT_UNKNOWN)
                told = dmi_object_status(a, trig[k], sn->first, trs[k]->type);
            first = trig[k];
            /* ... past an "of" phrase naming the gathering ("the Summit of
             * the Andean Nations in Lima"): the place comes after the name. */
            /* ... and past the auxiliaries of its verb ("the talks will be
             * held in C" reaches as far as "the talks were held in C"). */
            size_t ofl = of_phrase_len(x, trig[k] + 1, last);
            /* ... or past an "of" phrase telling who gathers, and the
             * auxiliaries after it ("the summit of Asian leaders will be
             * held in C"). */
            size_t ofg = ofl ? 0 : of_gathering_len(a, trig[k] + 1, last);
            /* ... or past a phrase set off by commas before its verb ("the
             * summit, the first in years, opened in C"). */
            app = ofl || ofg ? 0 : appositive_len(a, trig[k] + 1, last);
            ofg += app;
            size_t reach = trig[k] + 5 + ofl + ofg + aux_run(a, trig[k] + 1 + ofg, last);
            /* ... or past "is set for Friday" to the place after the date. */
            reach += scheduled_len(a, trig[k] + 1 + ofg, last);
            /* ... or past its own day to the place after it ("the tour
             * opened on Sunday in C"). */
            size_t dated_run = dated_place_len(x, trig[k] + 1 + ofg, last);
            if (trig[k] + 1 + ofg + dated_run + 4 > reach)
                reach = trig[k] + 1 + ofg + dated_run + 4;
            /* ("the talks, on Monday, ...", "the meeting, in C, ...") */
            static const char *const where_when[] = {"in", "on", "at", NULL};
            if (last > reach)
                last = reach;
            for (size_t u = trig[k] + 1; u < last; u++) {
                /* ... past a comma that opens a phrase telling where it
                 * took place ("the summit, held in C, ended"). */
                if (u == trig[k] + 1 && dmi_tok_punct(a, u, ',') && u + 1 < last &&
                    (dmi_tok_in_set(a, u + 1, &taking_place_verbs) >= 0 || dmi_tok_in(a, u + 1, where_when) >= 0))
                    continue;
                if (dmi_tok_punct_any(a, u) && !(app && u <= trig[k] + app)) {
                    last = u;
                    break;
                }
            }
        }
        /* Tense near the trigger: "had met in Cairo in December ..., and the
         * next round would be held" has two. Dates are read again with it. */
        size_t tf = trig[k] > first + 6 ? trig[k] - 6 : first;
        /* ... back over the trigger's own words to the previous trigger ("will
         * be the main subject at a meeting", "which will coincide with the
         * signature"), up to a comma. The nine words are counted from the
         * noun whose "of" the trigger follows: "the signing of twelve
         * fishing and shipping accords" is one phrase however long. */
        size_t lo = k > 0 ? trig[k - 1] + 1 : first, u = trig[k], reach = trig[k];
        for (; u > lo && reach - u < 9; u--) {
            if (dmi_tok_punct_any(a, u - 1))
                break;
            if (u - 1 < tf)
                tf = u - 1;
            if (reach == trig[k] && dmi_tok_is(a, u - 1, "of"))
                reach = u - 1;
        }
        /* ... and on over the previous trigger when nothing stands between
         * but words: "is continuing the meetings with talks on Monday"
         * (one verb governs both nouns and tells the tense of each). */
        if (k > 0 && u == lo && trig[k] - u < 9) {
            size_t lo2 = k > 1 ? trig[k - 2] + 1 : sn->first;
            for (u = trig[k - 1]; u > lo2 && trig[k - 1] - u < 6 && !dmi_tok_punct_any(a, u - 1); u--)
                if (u - 1 < tf)
                    tf = u - 1;
        }
        size_t tl = trig[k] + 8 + app < clause_last ? trig[k] + 8 + app : clause_last;
        /* ... and a trigger inside a relative clause set off by commas
         * ("X, who flew to C on Monday, plans to meet Y") ends its window at
         * the clause's closing comma: the main verb's "plans" or "will" is
         * not the trip's. */
        for (size_t u = trig[k]; u > sn->first && trig[k] - u < 10;) {
            u--;
            if (dmi_tok_punct_any(a, u))
                break;
            if ((dmi_tok_is(a, u, "who") || dmi_tok_is(a, u, "which")) && u > sn->first &&
                dmi_tok_punct(a, u - 1, ',')) {
                for (size_t v = trig[k] + 1; v < tl; v++)
                    if (dmi_tok_punct_any(a, v)) {
                        if (dmi_tok_punct(a, v, ','))
                            tl = v;
                        break;
                    }
                break;
            }
        }
        dmi_tense_t tk = dmi_tense_of(a, tf, tl);
        /* "the talks in C, which begin on Monday": the opening told in the
         * present is still to come, whatever the window cut at the comma
         * holds (issue 14) */
        for (size_t u = trig[k] + 2; u < trig[k] + 7 && u + 1 < sn->last; u++)
            if (dmi_opening_clause(a, trig[k], u)) {
                if (dmi_tok_is(a, u + 1, "will") || !dmi_past_verb(a, u + 1))
                    tk = DMI_TENSE_FUTURE;
                break;
            }
        /* ... but a present verb in a sentence whose main verb is past ("X,
         * who is visiting A, met farmers on Monday") tells no day to come. */
        if (tk == DMI_TENSE_PRESENT && tense == DMI_TENSE_PAST)
            tk = DMI_TENSE_PAST;
        /* ... and a trigger far down a clause whose verb looks ahead takes
         * that future when no past verb stands between ("X is widely
         * expected to become one of the first members to be granted seats
         * at a summit in July": the summit is to come, its July this
         * year's or next). */
        if (tk == DMI_TENSE_PAST && dmi_future_before(a, sn->first, trig[k], DMI_FUTURE_MARKER))
            tk = DMI_TENSE_FUTURE;
        /* A participial phrase opening the sentence takes the main clause's
         * tense, read from its subject to its verb (eight words, not past a
         * speech verb, whose object tells of other times). */
        if (part_end != NONE && trig[k] < part_end) {
            size_t me = part_end + 9 < sn->last ? part_end + 9 : sn->last;
            for (size_t v = part_end + 1; v < me; v++)
                if (dmi_is_speech_verb(a, v)) {
                    me = v;
                    break;
                }
            tk = dmi_tense_of(a, part_end + 1, me);
        }
        /* "X is due to arrive in A on Monday, then take part in a meeting":
         * a bare verb after ", then" or "and then" shares the plan of the
         * verb before it. */
        int chained = k > 0 && tk != DMI_TENSE_FUTURE &&
                      (prev_tk == DMI_TENSE_FUTURE || modals[k - 1] ||
                       (S->count > first_event && S->ev[S->count - 1].status == DM_EVENT_PLANNED)) &&
                      then_bare_verb(a, trig[k - 1], trig[k]);
        if (chained) {
            tk = DMI_TENSE_FUTURE;
            modals[k] = 1;
        }
        /* A trigger that is itself a verb in the simple past, with no word
         * of the future before it, is told as done, whatever a later
         * clause plans ("arrived in C on Tuesday and will leave on
         * Friday": Tuesday behind, not the next; issue 14, the arrival was
         * drawn as a plan of the Tuesday after the report) */
        if (tk == DMI_TENSE_FUTURE && !chained && !modals[k] && simple_past_at(a, sn->first, trig[k]) &&
            !dmi_future_before(a, sn->first, trig[k], DMI_FUTURE_MARKER))
            tk = DMI_TENSE_PAST;
        prev_tk = tk;
        dmi_date_hit_t kdates[8];
        size_t knd = dmi_dates_in(S, sn->first, sn->last, tk, kdates, G_N_ELEMENTS(kdates));
        size_t prev = k > 0 ? trig[k - 1] : sn->first;
        size_t pushed = S->count;
        S->told_again = NONE;
        if (trigger_event(S, si, trs[k], trig[k], prev, first, last, tk, kdates, knd, backref, modals[k], told) != 0)
            return -1;
        /* Who: the persons from the sentence's start (the subject) to the
         * end of the trigger's clause; a trigger after a subordinate opener
         * ("hours before European leaders met", "as leaders gather") has
         * its own subject, unless a pronoun stands for the first ("where
         * he met"). */
        size_t p0 = sn->first;
        for (size_t u = prev + 1; k > 0 && u < trig[k]; u++) {
            static const char *const openers[] = {"as", "while", "whereas", "although", "though", "but", "before",
                                                  "after", "because", "since", "when", "where", "which", "who",
                                                  NULL};
            static const char *const pronouns[] = {"he", "she", "they", "we", "it", NULL};
            /* "before holding talks with X", "after chairing a meeting": a
             * gerund after the opener has the main clause's subject. */
            int gerund = u + 1 < a->token_count && dmi_tok_word(a, u + 1) && dmi_tok_len(a, u + 1) > 4 &&
                         g_ascii_strncasecmp(dmi_tok_text(a, u + 1) + dmi_tok_len(a, u + 1) - 3, "ing", 3) == 0;
            if (dmi_tok_in(a, u, openers) >= 0 && !(u + 1 < trig[k] && dmi_tok_in(a, u + 1, pronouns) >= 0) &&
                !gerund)
                p0 = u;
        }
        /* "X brought her deputies, who then met their hosts' aides": a
         * relative clause after a group, not a name,
         * has the group as its subject, never the main clause's; its event
         * is the group's (merging.c keeps it apart from a named one's). */
        int group_who = 0;
        for (size_t u = sn->first + 2; u < trig[k]; u++)
            if (dmi_tok_is(a, u, "who") && dmi_tok_punct(a, u - 1, ',') && dmi_tok_word(a, u - 2) &&
                !x->person_tok[u - 2] && !(a->tokens[u - 2].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
                dmi_group_noun(a, u - 2) && u > p0) {
                p0 = u;
                group_who = 1;
            }
        /* "joined by President X, who held talks with Y": a relative
         * clause's subject is the name it follows, before its comma. */
        size_t antecedent = NONE;
        if (p0 > sn->first + 1 && dmi_tok_is(a, p0, "who") && dmi_tok_punct(a, p0 - 1, ',') && x->person_tok[p0 - 2])
            antecedent = p0 - 2;
        /* A gathering's passive verb may follow the words a reference
         * back is read to: up to the next trigger, before a closing
         * attribution. */
        size_t agent_end = k + 1 < nt ? trig[k + 1] : sn->last;
        if (agent_end > body_end)
            agent_end = body_end;
        size_t dated_year = year_of_dated_trigger(a, trig[k]);
        for (size_t j = pushed; j < S->count; j++) {
            S->ev[j].group_subject = (unsigned char)group_who;
            if (dated_year != NONE && S->ev[j].type != DM_EVENT_STATEMENT) {
                dmi_persons_of(x, &S->ev[j], dated_year, dated_phrase_end(a, trig[k], last));
                /* "The 1999 summit in C was attended by A and B": who its
                 * passive verb names. */
                dmi_persons_by_agent(x, &S->ev[j], trig[k], agent_end);
                continue;
            }
            /* A statement's persons are who spoke: before the speech verb
             * ("the spokeswoman said the two leaders ..."), else after it. */
            size_t verb = S->ev[j].type == DM_EVENT_STATEMENT ? first_speech_verb(a, p0, last) : last;
            size_t saying_verb = NONE;
            size_t speaker = S->ev[j].type == DM_EVENT_STATEMENT ? trailing_speaker(a, p0, last, &saying_verb) : NONE;
            if (speaker != NONE)
                dmi_persons_of(x, &S->ev[j], speaker, saying_verb);   /* no one else, even when unnamed */
            else if (verb > p0 && verb < last)
                dmi_persons_of(x, &S->ev[j], p0, verb);
            /* What was said tells the event; its speaker stays on the statement. */
            size_t told = S->ev[j].type == DM_EVENT_STATEMENT ? p0 : told_clause_start(x, p0, trig[k], last);
            if (S->ev[j].person_count == 0 && speaker == NONE &&
                !(S->ev[j].type == DM_EVENT_STATEMENT && verb < last && speaker_before_verb(a, p0, verb, last)))
                dmi_persons_of(x, &S->ev[j], told, last);
            if (antecedent != NONE && speaker == NONE)
                dmi_persons_of(x, &S->ev[j], antecedent, antecedent + 1);
            if (S->ev[j].type == DM_EVENT_STATEMENT)
                persons_sharing_venue(x, &S->ev[j], sn->first, p0, last);
            /* "X offered the invitation when the two met": the names before
             * the plural subject in its own sentence count too. */
            size_t plural_at = S->ev[j].person_count < 2 ? plural_anaphor_at(a, p0, trig[k]) : NONE;
            if (plural_at != NONE)
                dmi_persons_before(x, &S->ev[j], plural_at > p0 ? plural_at : p0, si);
            else if (singular_anaphor(x, sn->first, p0, trig[k], S->ev[j].type))
                dmi_person_of_pronoun(x, &S->ev[j], si);
            dmi_persons_of_group(x, &S->ev[j], p0, last, si);
            dmi_persons_by_agent(x, &S->ev[j], trig[k], agent_end);
            dmi_persons_after_opening(x, &S->ev[j], sn->first, trig[k], sn->last);
            dmi_persons_of_possessive(x, &S->ev[j], sn->first, trig[k], sn->last);
            dmi_persons_told_after(x, &S->ev[j], si);
            if (lead_end != NONE)
                lead_agent(x, &S->ev[j], sn, trig[k], lead_end);
        }
        /* ... a reference back told by its verb, with no place or day of
         * its own: the last event of its type, and the persons the verb
         * names ("was signed by X and Y"). */
        if (!backref && verb_of_told[k] && pushed == S->count && knd == 0)
            for (size_t j = S->count; j-- > 0;)
                if (S->ev[j].type == trs[k]->type) {
                    add_sentence(&S->ev[j], si);
                    S->told_again = j;
                    break;
                }
        if ((backref || verb_of_told[k]) && pushed == S->count && S->told_again != NONE)
            persons_told_again(x, &S->ev[S->told_again], sn, trig[k], last, lead_end);
    }
    (void)sdates;
    (void)snd;
    dmi_date_hit_t dates[8];
    size_t nd = dmi_dates_in(S, sn->first, sn->last, tense, dates, G_N_ELEMENTS(dates));
    /* Statements: speech attributed to a seat of government or a located
     * official ("a White House aide said on Monday", "the Kremlin
     * said"). */
    if (speech) {
        size_t where = NONE;
        dmi_date_t when = {0, 0, 0};
        /* A news conference, a briefing, a speech: remarks at a venue. */
        int venue = speech->strength >= 2 && (speech->before || speech->venue || dmi_tok_is(a, speech_tok, "briefing") ||
                                              dmi_tok_is(a, speech_tok, "speech") ||
                                              dmi_tok_is(a, speech_tok, "speeches"));
        /* "told a parliamentary committee in Oslo on Monday": the venue's
         * place and the saying's day are told after the audience. */
        size_t heard = speech->venue ? dmi_frame_audience(x, speech_tok) : speech_tok;
        /* "X said the speech was bold": a venue's noun that what was said
         * opens names another's saying, the topic; X spoke nowhere it tells. */
        size_t noun_first = speech->before ? speech_tok - 1 : speech_tok;
        if (venue && noun_first >= sn->first + 2 && dmi_tok_in(a, noun_first - 1, dmi_phrase_determiners) >= 0 &&
            (dmi_tok_is(a, noun_first - 2, "said") || dmi_tok_is(a, noun_first - 2, "says")))
            venue = 0;
        const dmi_sentence_t *sk = &x->art->sentences[si];
        static const char *const speech_cues[] = {"in", "at", "from", NULL};
        /* "The two discussed the situation in A, the court said in a
         * statement": what is said comes before its speaker (a trailing
         * attribution), so a place in it is the topic's, not where the
         * speaker spoke (the inv38 wire grid). */
        size_t trail_verb = NONE;
        size_t trail = trailing_attribution(a, sk->first, sk->last, &trail_verb);
        size_t press_city = NONE, press_tok = NONE;
        for (size_t k = dmi_mention_lower(x, sk->first); k < x->mention_count && x->mentions[k].first < sk->last;
             k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if (m->sentence != si || !dmi_usable_mention(m))
                continue;
            const dmi_xplace_t *p = &x->places[m->place];
            size_t nx = m->last;
            /* "officials in Wellington said", "Seoul officials said":
             * unnamed sources give the report its attribution, not an event. */
            /* (and "analysts in Seoul said the statement was vague",
             * "critics in C said": commentators on what was said, who
             * say nothing there; the wire grid of the thirty-ninth round) */
            int sources = (m->first >= 2 && (dmi_tok_is(a, m->first - 1, "in") || dmi_tok_is(a, m->first - 1, "at")) &&
                           (dmi_tok_is(a, m->first - 2, "officials") || dmi_tok_is(a, m->first - 2, "sources") ||
                            dmi_tok_is(a, m->first - 2, "diplomats") || dmi_tok_is(a, m->first - 2, "authorities") ||
                            dmi_tok_is(a, m->first - 2, "office") || dmi_tok_is(a, m->first - 2, "analysts") ||
                            dmi_tok_is(a, m->first - 2, "experts") || dmi_tok_is(a, m->first - 2, "critics") ||
                            dmi_tok_is(a, m->first - 2, "observers"))) ||
                          (nx < sn->last && (dmi_tok_is(a, nx, "officials") || dmi_tok_is(a, nx, "sources")));
            if (sources)
                continue;
            int speaker = nx < sn->last && (dmi_tok_is(a, nx, "spokesperson") || dmi_tok_is(a, nx, "spokesman") ||
                                            dmi_tok_is(a, nx, "spokeswoman") || dmi_tok_is(a, nx, "official") ||
                                            dmi_tok_is(a, nx, "said") ||
                                            dmi_tok_is(a, nx, "says") || dmi_tok_is(a, nx, "announced") ||
                                            dmi_tok_is(a, nx, "press"));
            /* A plain "said" of a seat ("the State Department said", "Moscow
             * said") attributes a fact, it is no statement; a spokesperson's
             * or a briefing, statement or remarks is one. */
            int spokes = nx < sn->last && (dmi_tok_is(a, nx, "spokesperson") || dmi_tok_is(a, nx, "spokesman") ||
                                           dmi_tok_is(a, nx, "spokeswoman") || dmi_tok_is(a, nx, "press"));
            if (speaker && (p->kind == DM_PLACE_SITE || p->is_capital) && (speech->strength >= 2 || spokes)) {
                where = m->place;
                break;
            }
            /* "said in Kyiv", "in a statement from its headquarters in Addis Ababa" */
            int taken = 0;
            for (size_t q = first_event; q < S->count; q++)
                for (size_t r = 0; r < S->ev[q].place_count; r++)
                    if (S->ev[q].places[r] == m->place)
                        taken = 1;
            /* "in a statement from Jerusalem" */
            if (speech->strength >= 2 && where == NONE && !taken && p->kind != DM_PLACE_COUNTRY &&
                !(trail != NONE && m->first < trail) &&
                !(m->flags & DMI_MENTION_DEMONYM) && dmi_has_cue_word(a, m, speech_cues) &&
                !reported_content(a, sk->first, m->first) && !dmi_in_quotation(a, sk->first, m->first))
                where = m->place;
            /* "told a news conference in Oslo", "a speech at the summit": the
             * venue's own place. */
            if (where == NONE && !taken && venue && m->first > heard && m->first <= heard + 3 &&
                !(m->flags & DMI_MENTION_DEMONYM) && p->kind != DM_PLACE_COUNTRY &&
                dmi_has_cue_word(a, m, speech_cues))
                where = m->place;
            /* "a speech to the joint session of the Congress": the seat the
             * speech was given to (mentions.c reads such a seat as a place
             * only after a speech's "to" or "before"). */
            if (where == NONE && !taken && venue && p->kind == DM_PLACE_SITE && m->first > speech_tok + 1 &&
                m->first <= speech_tok + 8 &&
                (dmi_tok_is(a, speech_tok + 1, "to") || dmi_tok_is(a, speech_tok + 1, "before"))) {
                int plain = 1;
                for (size_t u = speech_tok + 1; u < m->first && plain; u++)
                    plain = dmi_tok_word(a, u);
                if (plain)
                    where = m->place;
            }
            /* "said at the airport", "told reporters at the ministry": a
             * site right after the verb is the saying's venue ("told
             * reporters in Yerevan" is the wire's attribution of a city). */
            if (where == NONE && !taken && !(m->flags & DMI_MENTION_DEMONYM) && p->kind == DM_PLACE_SITE &&
                said_at(a, sk->first, m->first))
                where = m->place;
            /* "told reporters in Quebec City", "said X to reporters in C": a
             * city other than the dateline's is where the speaker went to
             * speak (the annotation guide); the dateline's own city is the
             * wire's attribution. An office holder's only (below). */
            if (press_city == NONE && !taken && !(m->flags & DMI_MENTION_DEMONYM) && p->kind == DM_PLACE_CITY &&
                m->place != dmi_dateline_city(S) && to_reporters_in(a, sk->first, m->first) &&
                !dmi_in_quotation(a, sk->first, m->first))
                press_city = m->place, press_tok = m->first - 2;
            /* "said in C", "said on Monday in a region": the same, a city or
             * a region (a campaign's rally in a state), not a country (the
             * topic's or the wire's), nor a region of the dateline's country
             * (the wire's attribution told wider); a speaker named right
             * before the verb ("the official said in C" is the wire's
             * unnamed source). */
            size_t said_verb = NONE;
            size_t home_city = dmi_dateline_city(S);
            if (press_city == NONE && !taken && !(m->flags & DMI_MENTION_DEMONYM) &&
                (p->kind == DM_PLACE_CITY ||
                 (p->kind == DM_PLACE_REGION &&
                  (home_city == NONE || strcmp(x->places[home_city].country, p->country) != 0))) &&
                m->place != home_city && !dmi_in_quotation(a, sk->first, m->first) &&
                (said_verb = said_in(a, sk->first, m->first)) != NONE &&
                ((said_verb > sk->first && x->person_tok[said_verb - 1]) || speaking_opener(x, sk->first, said_verb)))
                press_city = m->place, press_tok = said_verb;
        }
        /* the speaker before "reporters" ("..., said X to reporters in C") */
        if (where == NONE && press_city != NONE && !private_speaker(a, sk->first, press_tok) &&
            official_speaker(x, sk->first, sk->last, press_tok))
            where = press_city;
        /* Remarks at a venue the sentence does not place ("told a news
         * conference", "said at a weekly briefing"): where this sentence's
         * other event is, else where the story is, else the dateline's city. */
        if (where == NONE && venue) {
            /* Not an event the speaker talks about ("'the progress made at
             * that summit in Singapore,' she told a briefing"): a quotation
             * is what was said, not where. */
            for (size_t q = first_event; q < S->count && where == NONE; q++)
                if (S->ev[q].place_count && !dmi_is_communication(S->ev[q].type) &&
                    !dmi_in_quotation(a, sk->first, S->ev[q].trigger)) {
                    where = S->ev[q].places[0];
                    when = S->ev[q].date;
                }
            /* "The speech was cheered", "in a crafted speech, he ...": a
             * speech told before at a place of its own, told again. */
            for (size_t q = first_event; q-- > 0 && where == NONE && speech->before == NULL;)
                if (S->ev[q].type == DM_EVENT_STATEMENT && S->ev[q].place_count && S->ev[q].word &&
                    strcmp(S->ev[q].word, speech->word) == 0)
                    where = S->ev[q].places[0];
            /* ... but not where a trip still to come will go: remarks
             * told as done ("would travel to C next month ... she told a
             * news conference") were made before it (the wire grid of the
             * thirty-ninth round). */
            if (where == NONE && S->setting != NONE && !(S->setting_planned && tense == DMI_TENSE_PAST))
                where = S->setting;
            /* A speaker on a trip of the report's month speaks where the
             * trip is, not where the wire filed from ("DAKAR - ... visiting
             * Cameroon ... she said in a speech"). */
            /* A tour told in one sentence ("is visiting A, B and C") is at
             * its first stop: the others are still to come. */
            /* Not a trip told by its stop: a passage (as for the setting). */
            for (size_t q = S->count; where == NONE && q-- > 0;)
                if (S->ev[q].type == DM_EVENT_VISIT && S->ev[q].status == DM_EVENT_HELD && S->ev[q].place_count &&
                    !dmi_stop_noun(a, S->ev[q].trigger) &&
                    (!S->ev[q].date.year ||
                     (S->ev[q].date.year == x->date.year && S->ev[q].date.month == x->date.month))) {
                    while (q > 0 && S->ev[q - 1].type == DM_EVENT_VISIT && S->ev[q - 1].place_count &&
                           S->ev[q - 1].sentences[0] == S->ev[q].sentences[0])
                        q--;
                    where = S->ev[q].places[S->ev[q].place_count - 1];
                    break;
                }
            /* Remarks of the scene's people at a venue ("The two leaders
             * told a joint news conference", "They told a news
             * conference") are at the story's current scene, the lede's
             * gathering or where a trip since took it, before the
             * dateline's city; a day told before the scene's or after the
             * report, another year, or a scene still to come (a lede's trip
             * of next month) is another time (fortieth round, nop40). */
            if (where == NONE && S->scene != NONE && scene_speakers(S, sn->first, speech_tok) &&
                !(x->date.year && dmi_date_cmp(&S->scene_date, &x->date) > 0)) {
                int other_time = 0;
                for (size_t k = 0; k < nd && !other_time; k++) {
                    const dmi_date_t *d = &dates[k].date;
                    if (dmi_in_quotation(a, sn->first, dates[k].token) || !d->year)
                        continue;
                    other_time = d->year != S->scene_date.year ||
                                 (d->day && (dmi_date_cmp(d, &S->scene_date) < 0 ||
                                             (x->date.day && dmi_date_cmp(d, &x->date) > 0)));
                }
                if (!other_time) {
                    where = S->scene;
                    when = S->scene_date;
                }
            }
            if (where == NONE)
                where = dmi_dateline_city(S);
        }
        if (where == NONE && venue && speech->venue)
            where = legislature_seat(x, sk->first, speech_tok, heard);
        /* A lede whose speaker is the dateline's own country ("OSLO - Norway
         * said on Monday it would ...") is that government's statement, the
         * report's news: at the dateline's city. */
        size_t home = dmi_dateline_city(S);
        int lede = sk->last > S->dateline_end &&
                   (sk->first < S->dateline_end || (si > 0 && x->art->sentences[si - 1].first < S->dateline_end));
        int says = speech_tok > sk->first &&
                   (dmi_tok_is(a, speech_tok, "said") || dmi_tok_is(a, speech_tok, "says"));
        /* the first name of the sentence is its speaker: "Norway said",
         * "Norway, which ..., said" */
        const dmi_mention_t *first_name = home != NONE && lede && says ? lede_first_name(S, si, speech_tok) : NULL;
        const dmi_xplace_t *speaker = first_name ? &x->places[first_name->place] : NULL;
        int speaker_country =
            speaker && speaker->kind == DM_PLACE_COUNTRY && !(first_name->flags & DMI_MENTION_DEMONYM);
        if (where == NONE && speaker_country && strcmp(speaker->country, x->places[home].country) == 0 &&
            (first_name->last == speech_tok || dmi_tok_punct(a, first_name->last, ',')))
            where = home;
        /* A country or its government speaking anywhere in the text ("Iran
         * earlier said", "the Iranian government said"): that government's
         * statement, at the dateline's city when the dateline lies in that
         * country; else, in copy with a dateline, at the capital when the text
         * names it as a city; else none (where the text talks of the
         * country is its topic, not where it spoke; a described leader
         * travels). Told as done: "Iran says" is a standing position, not
         * a saying of a day. One a country a day: a second saying of the
         * same government adds nothing. */
        int leader = 0;
        const char *gov = where == NONE && speech->strength < 2 && !dmi_in_quotation(a, sk->first, speech_tok) &&
                                  (dmi_tok_is(a, speech_tok, "said") || dmi_tok_is(a, speech_tok, "announced"))
                              ? government_speaker(x, sk->first, speech_tok, &leader)
                              : NULL;
        /* "X and Y signed a treaty in A on Tuesday, the finance ministry
         * said": a government named after a comma, once the sentence has
         * told an event of its own, attributes that event (the wire's
         * sourcing, the annotation guide's ordinary attribution of speech);
         * it makes no statement of its own (the inv38 wire grid). */
        if (gov && trail != NONE && trail_verb == speech_tok && S->count > first_event) {
            int told = 0;
            for (size_t q = first_event; q < S->count && !told; q++)
                told = !dmi_is_communication(S->ev[q].type) && S->ev[q].trigger < trail;
            if (told)
                gov = NULL;
        }
        size_t gov_place = NONE;
        if (gov && home != NONE && strcmp(x->places[home].country, gov) == 0)
            gov_place = home;
        else if (gov && !leader && home != NONE)
            gov_place = dmi_capital_named_as_city(x, gov);
        if (gov_place != NONE)
            where = gov_place;
        /* A headline that tells a saying ("U.N. body says ...") makes the
         * lede's saying the report's news, whoever the speaker (a command,
         * an agency, a party): at the dateline's city; but a foreign
         * country as the speaker ("SEOUL - North Korea said") speaks from
         * home, the rule above placing only the dateline's own country. */
        int foreign = speaker_country && strcmp(speaker->country, x->places[home].country) != 0;
        if (where == NONE && home != NONE && lede && S->headline_says && says && !foreign &&
            !dmi_in_quotation(a, sk->first, speech_tok))
            where = home;
        /* An interview the sentence does not place is kept without a
         * place ("told The Oslo Times"), or at the dateline's city when
         * told "here". */
        size_t interview_verb = NONE;
        int interview = where == NONE ? interview_in(a, sk->first, sk->last, 0, &interview_verb) : -1;
        if (interview >= 0 && private_speaker(a, sk->first, speech_tok))
            interview = -1;
        /* Only an office holder's interview is a statement of its own
         * (the real-news gold's convention): an actor's, a chef's or a
         * company's is the reporter's sourcing. */
        if (interview >= 0 && !official_speaker(x, sk->first, sk->last, interview_verb))
            interview = -1;
        if (interview >= 0 && dmi_clause_has(a, sk->first, sk->last, "here", NULL))
            where = dmi_dateline_city(S);
        if (interview >= 0 && where == NONE)
            where = interview_from(x, sk->first, sk->last, interview_verb);
        /* An office holder's interview by phone to the reporter's own paper
         * is a statement where the text says it was given from ("said in a
         * phone interview from her office in Oslo"); unplaced, it is the
         * reporter's sourcing, as rules/other_senses.txt reads it. */
        size_t phone = where == NONE && interview < 0 ? phone_interview_in(a, sk->first, sk->last) : NONE;
        if (phone != NONE && !dmi_in_quotation(a, sk->first, phone) && !private_speaker(a, sk->first, speech_tok) &&
            official_speaker(x, sk->first, sk->last, speech_tok)) {
            where = interview_from(x, sk->first, sk->last, phone);
            if (where != NONE)
                interview = DM_EVENT_STATEMENT;
        }
        /* "an envoy announced here", "the minister said here on Friday":
         * the saying's own "here" is the dateline's city, even when the
         * sentence's other event took that city (it tells what was said);
         * an office holder's saying only, as for interviews. */
        if (where == NONE && interview < 0 && speech_tok + 1 < sk->last && dmi_tok_is(a, speech_tok + 1, "here") &&
            !dmi_in_quotation(a, sk->first, speech_tok) && !private_speaker(a, sk->first, speech_tok) &&
            official_speaker(x, sk->first, sk->last, speech_tok) && speech_tok > sk->first &&
            x->person_tok[speech_tok - 1])
            where = dmi_dateline_city(S);
        if (where != NONE || interview >= 0) {
            dmi_xevent_t e;
            memset(&e, 0, sizeof e);
            e.type = interview >= 0 ? (dm_event_type_t)interview : DM_EVENT_STATEMENT;
            e.status = DM_EVENT_HELD;
            /* "will address a rally", "travels to Oslo next week to testify
             * before parliament": an audience's saying still to come. */
            if (speech->venue && (dmi_trigger_modal(a, speech_tok, sn->first) ||
                                  (speech_tok > sn->first && (dmi_tok_is(a, speech_tok - 1, "will") ||
                                                              dmi_tok_is(a, speech_tok - 1, "shall") ||
                                                              (dmi_tok_is(a, speech_tok - 1, "to") &&
                                                               dmi_tense_of(a, sn->first, sn->last) == DMI_TENSE_FUTURE)))))
                e.status = DM_EVENT_PLANNED;
            e.sentences[e.sentence_count++] = si;
            /* Who spoke: the names outside the quotation ("'I will meet
             * Kim tomorrow,' Hill told reporters" is Hill's), before the
             * speech verb ("Hill said Kim was open to talks" is Hill's
             * alone); after it only when none is before ("..., said Hill"). */
            size_t verb = first_speech_verb(a, sn->first, sn->last);
            size_t saying_verb = NONE;
            size_t speaker = trailing_speaker(a, sn->first, sn->last, &saying_verb);
            if (speaker != NONE)
                dmi_persons_of(x, &e, speaker, saying_verb);
            int passes = verb < sn->last && speaker_before_verb(a, sn->first, verb, sn->last) ? 1 : 2;
            for (int pass = 0; speaker == NONE && pass < passes && e.person_count == 0; pass++) {
                size_t end = pass == 0 ? verb : sn->last;
                for (size_t u = sn->first; u < end;) {
                    size_t v = u;
                    while (v < end && !(a->tokens[v].flags & DMI_TOK_QUOTE))
                        v++;
                    if (!dmi_in_quotation(a, sn->first, u))
                        dmi_persons_of(x, &e, u, v);
                    u = v + 1;
                }
            }
            /* "'...,' she said at a briefing": a pronoun that says stands
             * for the person the sentence before made its subject; not
             * one after the saying ("the ministry said he would go"). */
            if (e.person_count == 0 && singular_anaphor(x, sn->first, sn->first, speech_tok + 1, DM_EVENT_STATEMENT))
                dmi_person_of_pronoun(x, &e, si);
            /* "The two ministers later held a joint news conference",
             * "They told reporters in C": a plural subject opening the
             * sentence is who spoke, the persons named before. */
            if (e.person_count == 0 && speech_tok > sn->first + 1 &&
                plural_anaphor(a, sn->first, sn->first + 2 < speech_tok ? sn->first + 2 : speech_tok))
                dmi_persons_before(x, &e, sn->first, si);
            persons_sharing_venue(x, &e, sn->first, sn->first, sn->last);
            if (where != NONE) {
                dmi_add_place(&e, where);
                dmi_add_participant(&e, x->places[where].country);
            }
            /* The date nearest the speech verb, outside quotations and not
             * deep in what was said ("said on Sunday he will meet ...
             * tomorrow", "... the election of 1976"); else the date of the
             * event or report it was placed by. */
            /* A saying is told as done ("told a news conference on Monday
             * that talks will resume"): its weekdays are past. */
            dmi_date_hit_t said[8];
            size_t ns = dmi_dates_in(S, sn->first, sn->last, DMI_TENSE_PAST, said, G_N_ELEMENTS(said));
            int best = -1;
            /* "The talks would resume next year, the spokeswoman said": what
             * a closing attribution reports is no date of the saying. */
            size_t said_from = sn->first;
            for (size_t u = speech_tok; u > sn->first && u + 12 > speech_tok; u--)
                if (dmi_tok_punct(a, u - 1, ',')) {
                    said_from = u;
                    break;
                }
            if (said_from > sn->first && sn->last > said_from + 14)
                said_from = sn->first;  /* a comma inside a longer clause */
            /* "Speaking in C on Monday, X said": the opening participle's
             * day is the saying's. */
            if (press_tok != NONE && press_tok < said_from && dmi_tok_is(a, press_tok, "speaking"))
                said_from = press_tok;
            /* ... and so is that of "Speaking at the UN in C on Monday, X
             * said", whose venue is a site (said_at; acts37 grid) */
            for (size_t u = sn->first; where != NONE && press_tok == NONE && u < said_from; u++)
                if (speaking_opener(x, sn->first, u)) {
                    said_from = u;
                    break;
                }
            for (size_t k = 0; k < ns; k++) {
                size_t tk = said[k].token;
                if (dmi_in_quotation(a, sn->first, tk) || tk > heard + 6 || tk < said_from)
                    continue;
                if (best < 0 || tk > said[best].token)
                    best = (int)k;
            }
            if (best >= 0) {
                e.date = said[best].date;
            } else if (when.year) {
                e.date = when;
            } else if (!x->date.year && day_without_year(a, sn->first, heard + 6 < sn->last ? heard + 7 : sn->last)) {
                e.day_unread = 1;  /* "On 12 May, the minister told ...", no year to read it by */
            } else {
                /* News reports remarks of its day, unless an event at the
                 * same place is dated to the day (merging.c). */
                e.date = x->date;
                e.date_weak = 1;
            }
            /* ... and an interview of years past is background ("said to
             * an agency in a 2019 interview"). */
            int background = interview >= 0 && where == NONE && e.date.year && x->date.year &&
                             e.date.year < x->date.year;
            for (size_t q = 0; gov_place != NONE && q < S->count; q++)
                if (S->ev[q].type == DM_EVENT_STATEMENT && S->ev[q].place_count && S->ev[q].places[0] == gov_place &&
                    dmi_date_cmp(&S->ev[q].date, &e.date) == 0)
                    background = 1; /* one a country a day */
            dmi_make_label(x, &e, speech->word, NULL);
            if (!background && push_event(S, &e) != 0)
                return -1;
        }
    }
    /* The occasion the report covers: the lede's meeting, talks, visit or
     * agreement at a city or site ("MOSCOW - X held talks with Y"). */
    /* (a dateline that is a sentence of its own, "MOSCOW, Dec 1, 2006",
     * tells nothing: the next sentence is the lede) */
    int lede = si == S->lede || (S->dateline_end && sn->first <= S->dateline_end && sn->last > S->dateline_end) ||
               S->lede_pending;
    S->lede_pending = lede && S->sentence_first_event == S->count && !S->lede_pending;
    for (size_t j = S->sentence_first_event; lede && S->occasion == NONE && j < S->count; j++) {
        const dmi_xevent_t *v = &S->ev[j];
        if ((v->type == DM_EVENT_MEETING || v->type == DM_EVENT_TALKS || v->type == DM_EVENT_VISIT ||
             v->type == DM_EVENT_AGREEMENT) && v->place_count > 0 && (v->date.year || v->status == DM_EVENT_HELD) &&
            (x->places[v->places[v->place_count - 1]].kind == DM_PLACE_CITY ||
             x->places[v->places[v->place_count - 1]].kind == DM_PLACE_SITE)) {
            S->occasion = v->places[v->place_count - 1];
            S->occasion_date = v->date.year ? v->date : x->date;  /* undated news: the report's day */
            memcpy(S->occasion_persons, v->persons, sizeof S->occasion_persons);
            S->occasion_person_count = v->person_count;
            S->scene = S->occasion;
            S->scene_date = S->occasion_date;
        }
    }
    /* Where the story now is: the last city or site a trip of this
     * sentence went to. Not a trip told by its stop ("a campaign stop in
     * C", "after stops in A and B"): a stop is a passage, and what the
     * story tells next is not at it. */
    for (size_t j = S->sentence_first_event; j < S->count; j++) {
        const dmi_xevent_t *v = &S->ev[j];
        if (v->type == DM_EVENT_VISIT && v->place_count > 0 && !dmi_stop_noun(a, v->trigger) &&
            (x->places[v->places[v->place_count - 1]].kind == DM_PLACE_CITY ||
             x->places[v->places[v->place_count - 1]].kind == DM_PLACE_SITE)) {
            S->setting = v->places[v->place_count - 1];
            S->setting_date = v->date;
            S->setting_planned = v->status == DM_EVENT_PLANNED;
            memset(&S->setting_ahead, 0, sizeof S->setting_ahead);
            /* A stay told with its own days ("will be in A from May 2 to
             * 4") ends; a visit told otherwise may hold a week's meetings. */
            if (v->status == DM_EVENT_PLANNED && v->date.day && dmi_tok_is(a, v->trigger, "be"))
                S->setting_ahead = v->date;
        }
    }
    /* The story's scene moves with it: a trip of the report's days to a
     * city or site, done and told after the scene's day ("On Friday he
     * flew to C"), is where what the two sides do next happens, not at
     * the lede's city; and a gathering held later at the scene ("arrived
     * on Monday ... held talks on Tuesday") moves its day on. A trip still
     * to come ("will fly to C on Saturday") leaves the scene where it is,
     * and so does background ("visited C in 2015"). */
    for (size_t j = S->sentence_first_event; j < S->count; j++) {
        const dmi_xevent_t *v = &S->ev[j];
        if (v->status != DM_EVENT_HELD || v->place_count == 0 || !v->date.day || v->date_weak ||
            dmi_date_before_news(&v->date, &x->date) || (x->date.day && dmi_date_cmp(&v->date, &x->date) > 0) ||
            (S->scene != NONE && dmi_date_cmp(&v->date, &S->scene_date) < 0))
            continue;
        size_t p = v->places[v->place_count - 1];
        if (v->type == DM_EVENT_VISIT && !dmi_stop_noun(a, v->trigger) &&
            (x->places[p].kind == DM_PLACE_CITY || x->places[p].kind == DM_PLACE_SITE)) {
            S->scene = p;
            S->scene_date = v->date;
        } else if ((v->type == DM_EVENT_MEETING || v->type == DM_EVENT_TALKS) && p == S->scene) {
            S->scene_date = v->date;
        }
    }
    /* "Minutes later the bomb went off", no date of its own, in
     * a paragraph framed by a day before the report's ("On June 2, ..."):
     * an attack on that day told with no place and no word of the trigger
     * lists, which "the blast in C" may tell again (issue 14). */
    if (nd == 0 && S->frame.day && x->date.day && dmi_date_cmp(&S->frame, &x->date) < 0 &&
        dmi_explosion_told(a, sn->first, sn->last))
        S->incident_day = S->frame;
    /* A sentence that opens with its date ("On June 15, ...", "In March
     * 2015, ...", "On 3 May 2011 (two days after ...)") frames the rest
     * of its paragraph. */
    {
        size_t t = sn->first;
        /* (an opening "Back in 2008", "Early in 2008", "Late in 2008"
         * frames as "In 2008" does; "During 2008", "Throughout 2008" tell
         * the same scene-setting year) */
        static const char *const pre_in[] = {"back", "early", "late", NULL};
        static const char *const over_year[] = {"during", "throughout", NULL};
        if (t + 1 < sn->last && dmi_tok_in(a, t, pre_in) >= 0 && dmi_tok_is(a, t + 1, "in"))
            t++;
        int opener = t < sn->last && (dmi_tok_is(a, t, "in") || dmi_tok_in(a, t, over_year) >= 0);
        if (t < sn->last && (dmi_tok_is(a, t, "on") || opener))
            t++;
        /* ... and so does a bare year opening it without a comma ("In 2012
         * the king visited Vienna. In March he met ..."): an adverbial of
         * time put first sets the scene, whatever the punctuation. */
        /* (not a look back, "A day earlier, ...": an aside, after which
         * the paragraph's time goes on as before) */
        for (size_t k = 0; k < nd; k++)
            if (dates[k].token == t && !told_as_step_back(a, t, dates[k].ntok) &&
                (dmi_tok_punct(a, t + dates[k].ntok, ',') || dmi_tok_punct(a, t + dates[k].ntok, '(') ||
                 /* ... and a list line's date before a colon or a dash
                  * ("February 3-4: Kyrgyzstan. The president visited
                  * ...", "12 May - Oslo"): the line's entry is that day's */
                 (t == sn->first && (a->tokens[t].flags & DMI_TOK_LINE_START) &&
                  (dmi_tok_punct(a, t + dates[k].ntok, ':') || dmi_tok_punct(a, t + dates[k].ntok, '-') ||
                   (t + dates[k].ntok < sn->last && (a->tokens[t + dates[k].ntok].flags & DMI_TOK_PUNCT) &&
                    strncmp(dmi_tok_text(a, t + dates[k].ntok), "\xE2\x80\x93", 3) == 0))) ||
                 (t > sn->first && opener && !dates[k].date.month && dates[k].ntok == 1 && dmi_tok_len(a, t) == 4) ||
                 /* ... and a year counted from the one told before, put
                  * first with or without a comma ("That year ...", "That
                  * spring ...", "The following year ...") */
                 (t == sn->first && !dates[k].date.month && dates[k].ntok >= 2 &&
                  (dmi_tok_is(a, t, "that") || dmi_tok_is(a, t, "the")))))
                S->frame = dates[k].date;
    }
    /* The year last named, for "that September"; the date told last, for
     * "the following year". */
    for (size_t k = 0; k < nd; k++)
        if (dates[k].date.year && dmi_tok_len(a, dates[k].token + dates[k].ntok - 1) == 4)
            S->context_year = dates[k].date.year;
    /* (not a year qualifying a noun, "the 1986 summit": it names that
     * noun's time, not the time the story has come to) */
    for (size_t k = nd; k-- > 0;)
        if (dates[k].ntok != 1 || !dmi_year_dated_noun(a, dates[k].token)) {
            S->anchor = dates[k].date;
            break;
        }
    /* The year a timeline has come to (S->told_year): a happening's year,
     * written out or counted from the date before, kept over paragraph
     * breaks; not a bound ("since 1996"), an aside's year ("who had been
     * elected in 1978"), a noun's ("the 1986 summit") or a step back told
     * in the past perfect. A date read against the report ("on Tuesday",
     * "this week") returns the text to the report's time. */
    for (size_t k = 0; k < nd; k++) {
        size_t b = dates[k].token;
        if (!dates[k].story_time || dmi_date_bounds_state(a, b) || (b > sn->first && dmi_tok_is(a, b - 1, "from")) ||
            date_in_aside(a, sn->first, b) || (dates[k].ntok == 1 && dmi_year_dated_noun(a, b)))
            continue;
        if (dates[k].story_time < 0) {
            S->told_year = 0;
            continue;
        }
        /* ... the year of a happening the sentence tells, or a year put
         * first ("In 1975, ...", "That year ..."): not one that qualifies a
         * noun ("builds on deals signed in 2022") */
        int told = b == sn->first || (b == sn->first + 1 && dmi_tok_word(a, sn->first));
        for (size_t j = S->sentence_first_event; j < S->count && !told; j++)
            told = S->ev[j].date.year == dates[k].date.year && dmi_date_cmp(&S->ev[j].date, &dates[k].date) == 0;
        /* (a year put first sets the scene, whatever the tense) */
        if (told && (b <= sn->first + 1 || (!told_in_past_perfect(a, sn->first, sn->last, b) &&
                                             !told_as_background(a, sn->first, sn->last, b))) &&
            dates[k].date.year)
            S->told_year = dates[k].date.year;
    }
    /* The paragraph's told time: a happening told as done with a date of
     * its own wholly over a week before the report's day (not the
     * report's week, whose days are the news and its trip's legs: "arrived
     * on Thursday ... a tour that took him to A and B"); one of the
     * report's week brings the paragraph back to the news. */
    for (size_t j = S->sentence_first_event; j < S->count; j++) {
        const dmi_xevent_t *v = &S->ev[j];
        if (v->status == DM_EVENT_PLANNED || !v->date.year || v->date_weak || !x->date.day)
            continue;
        long back = dmi_date_days(x->date.year, x->date.month, x->date.day) - dmi_date_last_day(&v->date);
        if (back > 7) {
            S->para_told = v->date;
            memset(&S->para_day, 0, sizeof S->para_day);
        } else {
            memset(&S->para_told, 0, sizeof S->para_told);
            if (back >= 0 && v->date.day)
                S->para_day = v->date;
        }
    }
    /* The paragraph's year: one named with its own four digits, not the
     * start of a state ("since 1979"), nor the start of a range ("sold from
     * March 2011 through May 2013": a span of years, whose end is a
     * bound, is no year the paragraph's undated sentences are in). */
    for (size_t k = 0; k < nd; k++) {
        int range_start = dates[k].token > sn->first && dmi_tok_is(a, dates[k].token - 1, "from");
        /* ... its end ("from 2005 to 2007") */
        int range_end = k > 0 && dates[k - 1].token > sn->first && dmi_tok_is(a, dates[k - 1].token - 1, "from") &&
                        dates[k - 1].token + dates[k - 1].ntok + 1 == dates[k].token;
        /* ... nor an aside's set off by a comma ("a farmer, whose barn
         * burned in 1997, said ...": a person's past, not the time the
         * paragraph tells; geoparsing dev, a governor's stop dated to a
         * flood of years before). A clause with no comma ("filed by people
         * who were held in the 2006 raid") names what the text is about. */
        if (dates[k].date.year && dmi_tok_len(a, dates[k].token + dates[k].ntok - 1) == 4 &&
            !dmi_date_bounds_state(a, dates[k].token) && !range_start && !range_end &&
            !comma_aside(a, sn->first, dates[k].token))
            S->para_year = dates[k].date.year;
    }
    return 0;
}

/* 1 when person p takes part in a placed visit of the given status; -1
 * when that visit is told in sentence si ("will travel to Japan, where he
 * will meet Chinese Premier Y": the meeting is where that trip goes); else 0. */
static int trip_of(const dmi_xevent_t *ev, size_t count, size_t p, dm_event_status_t status, size_t si)
{
    int trip = 0;
    for (size_t j = 0; j < count; j++) {
        const dmi_xevent_t *v = &ev[j];
        if (v->type != DM_EVENT_VISIT || !v->place_count || v->status != status)
            continue;
        int theirs = 0;
        for (size_t q = 0; q < v->person_count && !theirs; q++)
            theirs = v->persons[q] == p;
        for (size_t q = 0; q < v->sentence_count && theirs; q++)
            if (v->sentences[q] == si)
                return -1;
        trip |= theirs;
    }
    return trip;
}

/* A meeting on a trip: "X will meet South Korean President Y on Monday",
 * told of a traveller whose trip the story places elsewhere in the text,
 * names no place but is held where the host governs. The traveller is the
 * one person of the meeting with a placed visit of the same status; the
 * host is another person of the meeting, of another country; the meeting
 * goes to the host's country when the story names it. A leader met at home
 * ("X met Italian Prime Minister Y", no trip told) stays unplaced, and so
 * does a meeting whose persons both travel. */
static void meeting_on_a_trip(const dmi_extraction_t *x, const dmi_xevent_t *ev, size_t count, dmi_xevent_t *e)
{
    if ((e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS) || e->place_count || e->person_count < 2 ||
        (e->status != DM_EVENT_HELD && e->status != DM_EVENT_PLANNED))
        return;
    size_t traveller = NONE, host = NONE;
    for (size_t k = 0; k < e->person_count; k++) {
        int trip = trip_of(ev, count, e->persons[k], e->status, e->sentences[0]);
        if (trip < 0 || (trip && traveller != NONE))
            return;
        if (trip)
            traveller = e->persons[k];
    }
    if (traveller == NONE || !x->people[traveller].country[0])
        return;
    for (size_t k = 0; k < e->person_count && host == NONE; k++)
        if (e->persons[k] != traveller && x->people[e->persons[k]].country[0] &&
            strcmp(x->people[e->persons[k]].country, x->people[traveller].country) != 0)
            host = e->persons[k];
    for (size_t p = 0; host != NONE && p < x->place_count; p++)
        if (x->places[p].kind == DM_PLACE_COUNTRY && strcmp(x->places[p].country, x->people[host].country) == 0) {
            dmi_add_place(e, p);
            dmi_make_label(x, e, NULL, NULL);
            return;
        }
}

/* Companions told in a sentence of their own: "X travelled to A. She
 * was joined by Y and Z" (or "accompanied by"). The persons named after
 * the "by" take part in the trip told in the sentence before or after,
 * when the passive's subject is that trip's traveller: a name or a
 * description of them, or "he" or "she" for the trip before. Guards: a
 * visit only; the companions' sentence tells no event of its own (which
 * takes its persons itself); one sentence away at most. */
static void companions_of_trips(const dmi_extraction_t *x, dmi_xevent_t *ev, size_t count)
{
    static const char *const passives[] = {"joined", "accompanied", NULL};
    static const char *const auxiliaries[] = {"was", "were", "is", "are", "be", "been", NULL};
    const dmi_article_t *a = x->art;
    for (size_t si = 1; si < a->sentence_count; si++) {
        const dmi_sentence_t *sn = &a->sentences[si];
        size_t by = NONE;
        for (size_t t = sn->first + 2; t + 1 < sn->last && by == NONE; t++)
            if (dmi_tok_is(a, t + 1, "by") && dmi_tok_in(a, t, passives) >= 0 && dmi_tok_in(a, t - 1, auxiliaries) >= 0)
                by = t + 1;
        if (by == NONE)
            continue;
        int own = 0;
        for (size_t j = 0; j < count && !own; j++)
            for (size_t q = 0; q < ev[j].sentence_count && !own; q++)
                own = ev[j].sentences[q] == si;
        if (own)
            continue;
        /* The subject: the first person named before the verb, or a
         * pronoun standing for the trip before. */
        size_t subject = NONE;
        int pronoun = 0;
        for (size_t t = sn->first; t + 2 < by && subject == NONE && !pronoun; t++) {
            pronoun = dmi_tok_is(a, t, "he") || dmi_tok_is(a, t, "she");
            if (x->person_tok[t] && !dmi_inside_mention(x, t))
                subject = dmi_person_at(x, t);
            else
                subject = dmi_person_described(x, t);
        }
        for (size_t j = 0; j < count && (subject != NONE || pronoun); j++) {
            dmi_xevent_t *e = &ev[j];
            if (e->type != DM_EVENT_VISIT || !e->person_count || !e->sentence_count ||
                !(e->sentences[0] + 1 == si || (!pronoun && e->sentences[0] == si + 1)))
                continue;
            int traveller = pronoun;
            for (size_t q = 0; q < e->person_count && !traveller; q++)
                traveller = e->persons[q] == subject;
            if (!traveller)
                continue;
            /* Companions are listed by name: "to the President" in a
             * companion's rank is no one of the trip. */
            dmi_xevent_t listed = *e;
            listed.person_count = 0;
            for (size_t t = by + 1; t < sn->last && listed.person_count < G_N_ELEMENTS(listed.persons); t++) {
                size_t p = x->person_tok[t] && !dmi_inside_mention(x, t) ? dmi_person_at(x, t) : NONE;
                if (p != NONE && !x->people[p].spokesperson &&
                    (!listed.person_count || listed.persons[listed.person_count - 1] != p))
                    listed.persons[listed.person_count++] = p;
            }
            dmi_join_persons(e, &listed);
            break;
        }
    }
}

/* A dash of Windows-1252 copy read as Latin-1: U+0096 and U+0097 are the
 * control characters that stand where the en and em dash were ("CITY (AP)
 * <U+0097> ..."), in local news archived through such a conversion. */
static int cp1252_dash(const char *c)
{
    return (unsigned char)c[0] == 0xC2 && ((unsigned char)c[1] == 0x96 || (unsigned char)c[1] == 0x97);
}

/* "On Monday X flew to C. At a meeting outside C's capital, Y offered
 * ...": a meeting or talks its own sentence does not date, in a news
 * report (a report's day, no history told: there the text's frame
 * dates it), told right after a trip's sentence in the same
 * paragraph, at the trip's place or a town of the trip's country, happened
 * on the trip's day: the stop's day covers what is told of the stop (issue
 * 14, one stop one event; the fortieth round's itinerary grid). A sentence
 * with a time word of its own keeps its reading. */
static void stop_day_of_meetings(dmi_events_state_t *S)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    static const char *const times[] = {"today", "tonight", "yesterday", "tomorrow", "earlier", "later",
                                        "week", "month", "year", "day", "morning", "evening", "afternoon",
                                        "night", "ago", "since", NULL};
    for (size_t i = 1; i < S->count; i++) {
        dmi_xevent_t *m = &S->ev[i];
        if ((m->type != DM_EVENT_MEETING && m->type != DM_EVENT_TALKS) || m->status != DM_EVENT_HELD ||
            m->date.year || !x->date.day || x->history || m->place_count != 1 ||
            m->trigger >= a->token_count)
            continue;
        size_t si = a->tokens[m->trigger].sentence;
        const dmi_sentence_t *sn = &a->sentences[si];
        if (si == 0 || (a->tokens[sn->first].flags & DMI_TOK_LINE_START))
            continue;
        int timed = 0;
        for (size_t t = sn->first; t < sn->last && !timed; t++)
            timed = dmi_tok_in(a, t, times) >= 0 || dmi_weekday_of(dmi_tok_text(a, t), dmi_tok_len(a, t)) ||
                    dmi_month_of(dmi_tok_text(a, t), dmi_tok_len(a, t)) || (a->tokens[t].flags & DMI_TOK_NUM);
        if (timed)
            continue;
        const dmi_xevent_t *v = NULL;
        for (size_t j = i; j-- > 0 && !v;) {
            const dmi_xevent_t *o = &S->ev[j];
            if (o->trigger >= a->token_count || a->tokens[o->trigger].sentence + 1 < si)
                break;
            if (o->type == DM_EVENT_VISIT && a->tokens[o->trigger].sentence + 1 == si)
                v = o;
        }
        if (!v || !v->date.day || v->date_weak || v->status != DM_EVENT_HELD || v->place_count == 0)
            continue;
        const dmi_xplace_t *to = &x->places[v->places[v->place_count - 1]], *at = &x->places[m->places[0]];
        int inside = v->places[v->place_count - 1] == m->places[0] ||
                     ((to->kind == DM_PLACE_COUNTRY || to->kind == DM_PLACE_REGION) && to->country[0] &&
                      strcmp(to->country, at->country) == 0);
        if (!inside)
            continue;
        m->date = v->date;
        m->date_weak = 0;
        dmi_make_label(x, m, m->word, NULL);
    }
}

/* A stop told in a clause of its own day after a happening of a trip:
 * "met X in A on Tuesday, and on Wednesday he was in B", "held talks in A,
 * and on Monday in B". The clause is "and" (after a comma, or with a
 * subject after its day), an optional "then", an optional "on", a date,
 * then either "in"/"at" and the place, or a pronoun or a name of up to
 * three words, "was"/"were" and "in"/"at" and the place: the traveller was
 * there that day, a visit of its own, never a second place of the first
 * happening (issue 14, one stop one event; the fortieth round's itinerary
 * grid). The place's mention token is *at and the date's first token is
 * *day; 0 when the clause at u is no such stop. */
static int day_clause_stop(const dmi_extraction_t *x, size_t u, size_t last, size_t *day, size_t *at)
{
    const dmi_article_t *a = x->art;
    static const char *const subjects[] = {"he", "she", "they", "we", NULL};
    if (!dmi_tok_is(a, u, "and"))
        return 0;
    int after_comma = u > 0 && dmi_tok_punct(a, u - 1, ',');
    size_t v = u + 1;
    if (v < last && dmi_tok_is(a, v, "then"))
        v++;
    if (v < last && dmi_tok_is(a, v, "on"))
        v++;
    if (v >= last)
        return 0;
    const char *w = dmi_tok_text(a, v);
    size_t wn = dmi_tok_len(a, v);
    if (!dmi_weekday_of(w, wn) && !dmi_month_of(w, wn))
        return 0;
    dmi_date_t d;
    size_t dn = dmi_date_at(a, v, last, &x->date, 0, DMI_TENSE_PAST, &d);
    if (dn == 0)
        return 0;
    size_t q = v + dn;
    if (q < last && dmi_tok_punct(a, q, ','))
        q++;
    int subject = 0;
    if (q < last && dmi_tok_in(a, q, subjects) >= 0) {
        q++;
        subject = 1;
    } else {
        size_t n = 0;
        while (n < 3 && q + n < last && (a->tokens[q + n].flags & DMI_TOK_CAP) && x->person_tok[q + n])
            n++;
        q += n;
        subject = n > 0;
    }
    if (subject) {
        if (q >= last || !(dmi_tok_is(a, q, "was") || dmi_tok_is(a, q, "were")))
            return 0;
        q++;
    } else if (!after_comma) {
        return 0; /* "talks on Monday and on Tuesday in C": one happening's two days */
    }
    if (q + 1 >= last || !(dmi_tok_is(a, q, "in") || dmi_tok_is(a, q, "at")))
        return 0;
    size_t k = dmi_mention_lower(x, q + 1);
    if (k >= x->mention_count || x->mentions[k].first != q + 1 || !dmi_usable_mention(&x->mentions[k]) ||
        (x->mentions[k].flags & DMI_MENTION_DEMONYM))
        return 0;
    *day = v;
    *at = k;
    return 1;
}

/* Split each such stop off the meeting, talks or visit told before it in
 * its sentence: the stop's place leaves that event (when it keeps
 * another), and the stop is a visit on its own day, inserted after it.
 * -1 when out of memory. */
static int day_clause_stops(dmi_events_state_t *S)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    for (size_t i = 0; i < S->count; i++) {
        dmi_xevent_t *e = &S->ev[i];
        if ((e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS && e->type != DM_EVENT_VISIT) ||
            e->trigger >= a->token_count || e->place_count == 0 || S->count >= DMI_EVENTS_MAX)
            continue;
        const dmi_sentence_t *sn = &a->sentences[a->tokens[e->trigger].sentence];
        for (size_t u = e->trigger + 1; u < sn->last; u++) {
            if (dmi_tok_punct(a, u, ';'))
                break;
            size_t day = NONE, k = NONE;
            if (!day_clause_stop(x, u, sn->last, &day, &k))
                continue;
            /* a trigger of its own between tells its own event */
            int own = 0;
            for (size_t t = u + 1; t < x->mentions[k].first && !own; t++)
                own = dmi_trigger_at(a, t) != NULL;
            if (own)
                break;
            size_t place = x->mentions[k].place;
            dmi_xevent_t c = *e;
            dmi_date_t d;
            if (dmi_date_at(a, day, sn->last, &x->date, 0,
                            e->status == DM_EVENT_PLANNED ? DMI_TENSE_FUTURE : DMI_TENSE_PAST, &d) == 0)
                break;
            /* The first happening keeps its other places. */
            size_t n = 0;
            for (size_t p = 0; p < e->place_count; p++)
                if (e->places[p] != place)
                    e->places[n++] = e->places[p];
            if (n > 0 && n != e->place_count) {
                e->place_count = n;
                dmi_make_label(x, e, e->word, NULL);
            }
            c.type = DM_EVENT_VISIT;
            c.date = d;
            c.date_weak = 0;
            c.trigger = u;
            c.place_count = 0;
            dmi_add_place(&c, place);
            /* The traveller's side, and the host's country: not the first
             * stop's host. */
            c.participant_count = 0;
            for (size_t p = 0; p < e->participant_count; p++) {
                int host = 0;
                for (size_t q = 0; q < e->place_count; q++)
                    host |= strcmp(x->places[e->places[q]].country, e->participants[p]) == 0;
                if (!host)
                    dmi_add_participant(&c, e->participants[p]);
            }
            dmi_add_participant(&c, x->places[place].country);
            /* Who: the first happening's subject (named before its
             * trigger) and whoever the stop's clause names, who leaves the
             * first happening ("..., where President Y agreed"). */
            c.person_count = 0;
            size_t kept = 0;
            for (size_t p = 0; p < e->person_count; p++) {
                int subject = 0, stop = 0;
                for (size_t t = sn->first, end = t; dmi_next_person_span(x, &t, &end) && t < sn->last; t = end)
                    if (dmi_person_at(x, t) == e->persons[p]) {
                        subject |= t < e->trigger;
                        stop |= t > u;
                    }
                if ((subject || stop) && c.person_count < G_N_ELEMENTS(c.persons))
                    c.persons[c.person_count++] = e->persons[p];
                if (!stop || subject)
                    e->persons[kept++] = e->persons[p];
            }
            e->person_count = kept;
            dmi_make_label(x, &c, "visit", NULL);
            if (dmi_grow((void **)&S->ev, &S->cap, S->count + 1, sizeof *S->ev) != 0)
                return -1;
            memmove(&S->ev[i + 2], &S->ev[i + 1], (S->count - i - 1) * sizeof *S->ev);
            S->ev[i + 1] = c;
            S->count++;
            break;
        }
    }
    return 0;
}

dm_status_t dmi_events_find(dmi_extraction_t *x, dmi_xevent_t **out, size_t *count)
{
    dmi_events_state_t S = {.x = x, .setting = NONE, .lede = NONE, .occasion = NONE, .scene = NONE};
    *out = NULL;
    /* A dateline ends at the first dash of the first line, or of the line
     * after it when that one opens in capitals ("TOKYO (AP) —"). The first
     * line is the headline's: a "Published: ..." line before it only dates
     * the article (with it counted, a title-case headline hid the dateline
     * under it). */
    const dmi_article_t *a = x->art;
    size_t top = 0;
    while (top < a->token_count && a->tokens[top].start < a->headline_from)
        top++;
    while (top < a->token_count && !(a->tokens[top].flags & DMI_TOK_LINE_START))
        top++;
    if (top >= a->token_count)
        top = 0;
    for (size_t line = top; line < a->token_count && line < top + 40 && !S.dateline_end;) {
        for (size_t t = line; t < a->token_count && t < line + 12; t++) {
            if (t > line && (a->tokens[t].flags & DMI_TOK_LINE_START))
                break;
            const char *c = dmi_tok_text(a, t);
            if ((a->tokens[t].flags & DMI_TOK_PUNCT) && (c[0] == '-' || c[0] == '_' || (unsigned char)c[0] == 0xE2 ||
                                                          cp1252_dash(c))) {
                S.dateline_end = t + 1;
                break;
            }
        }
        /* Or a headline run into the story on one line, as some archives
         * keep it ("Mayor opens new bridge. RIVERTON, Ohio (AP) - ..."): the
         * dash after the headline's full stop, when a town in capitals opens
         * what follows and only capitalised words (its state, the agency)
         * stand between. */
        if (!S.dateline_end && line == top) {
            size_t stop = line;
            while (stop < a->token_count && stop < line + 40 && !dmi_tok_punct(a, stop, '.') &&
                   !(stop > line && (a->tokens[stop].flags & DMI_TOK_LINE_START)))
                stop++;
            size_t t = stop + 1;
            size_t k = t < a->token_count ? dmi_mention_lower(x, t) : x->mention_count;
            if (stop < line + 40 && t < a->token_count && (a->tokens[t].flags & DMI_TOK_UPPER) &&
                !(a->tokens[t].flags & DMI_TOK_LINE_START) && k < x->mention_count && x->mentions[k].first == t &&
                x->places[x->mentions[k].place].kind == DM_PLACE_CITY) {
                for (; t < a->token_count && t < stop + 10 && !(a->tokens[t].flags & DMI_TOK_LINE_START); t++) {
                    const char *c = dmi_tok_text(a, t);
                    if ((a->tokens[t].flags & DMI_TOK_PUNCT) &&
                        (c[0] == '-' || (unsigned char)c[0] == 0xE2 || cp1252_dash(c))) {
                        S.dateline_end = t + 1;
                        break;
                    }
                    if (dmi_tok_word(a, t) ? !(a->tokens[t].flags & (DMI_TOK_CAP | DMI_TOK_UPPER))
                                           : !(c[0] == ',' || c[0] == '(' || c[0] == ')'))
                        break;
                }
            }
        }
        /* Or, with no dash, a city in capitals opening a line of prose
         * ("LIMA Peru's president ..."). */
        if (!S.dateline_end && line > top) {
            size_t k = dmi_mention_lower(x, line);
            if (k < x->mention_count && x->mentions[k].first == line &&
                x->places[x->mentions[k].place].kind == DM_PLACE_CITY &&
                (a->tokens[line].flags & DMI_TOK_UPPER) && !dmi_title_case_sentence(a, line))
                S.dateline_end = x->mentions[k].last;
        }
        size_t next = line + 1;
        while (next < a->token_count && !(a->tokens[next].flags & DMI_TOK_LINE_START))
            next++;
        if (line > top || next >= a->token_count || !(a->tokens[next].flags & DMI_TOK_UPPER))
            break;
        line = next;
    }
    /* A headline told with an attribution after a dash ("TALKS NEAR,
     * SAYS MINISTER - ORLEK") names no town before its dash: when the next
     * line opens with a town in capitals and its own dash ("OSLO, June 15
     * -"), that line is the dateline (fortieth round, issue 14: the
     * headline's dash hid the dateline's city, so no event was placed
     * there). */
    if (S.dateline_end && !(a->tokens[S.dateline_end - 1].flags & DMI_TOK_LINE_START)) {
        size_t line = S.dateline_end - 1;
        while (line > top && !(a->tokens[line].flags & DMI_TOK_LINE_START))
            line--;
        int town = 0;
        for (size_t k = dmi_mention_lower(x, line); k < x->mention_count && x->mentions[k].first < S.dateline_end; k++)
            town |= x->places[x->mentions[k].place].kind == DM_PLACE_CITY;
        size_t next = S.dateline_end;
        while (next < a->token_count && !(a->tokens[next].flags & DMI_TOK_LINE_START))
            next++;
        size_t k = next < a->token_count ? dmi_mention_lower(x, next) : x->mention_count;
        if (line == top && !town && k < x->mention_count && x->mentions[k].first == next &&
            x->places[x->mentions[k].place].kind == DM_PLACE_CITY && (a->tokens[next].flags & DMI_TOK_UPPER))
            for (size_t t = x->mentions[k].last; t < a->token_count && t < next + 12; t++) {
                if (a->tokens[t].flags & DMI_TOK_LINE_START)
                    break;
                const char *c = dmi_tok_text(a, t);
                if ((a->tokens[t].flags & DMI_TOK_PUNCT) && (c[0] == '-' || (unsigned char)c[0] == 0xE2)) {
                    S.dateline_end = t + 1;
                    break;
                }
            }
    }
    /* Or a line of its own near the top: a city in capitals, a comma, then
     * the date and the agency ("AMMAN, Nov. 29, 2006 (Xinhua)", "NARITA,
     * Japan, Dec 16, 2006"). */
    for (size_t line = 0; !S.dateline_end && line < a->token_count && line < 80;) {
        size_t next = line + 1;
        while (next < a->token_count && !(a->tokens[next].flags & DMI_TOK_LINE_START))
            next++;
        size_t k = dmi_mention_lower(x, line);
        if (k < x->mention_count && x->mentions[k].first == line &&
            x->places[x->mentions[k].place].kind == DM_PLACE_CITY && (a->tokens[line].flags & DMI_TOK_UPPER) &&
            dmi_tok_punct(a, x->mentions[k].last, ',') && next - line <= 16 && next < a->token_count) {
            int dated = 0;
            for (size_t t = x->mentions[k].last; t < next && !dated; t++)
                dated = dmi_month_of(dmi_tok_text(a, t), dmi_tok_len(a, t)) != 0;
            if (dated) {
                S.dateline_end = next;
                S.dateline_alone = 1;
            }
        }
        line = next;
    }
    S.second_dateline = S.dateline_end && dmi_second_dateline(x, S.dateline_end);
    *count = 0;
    {
        char headline[200];
        size_t hs = NONE, hfrom = 0;
        S.lede = dmi_article_headline(x, headline, sizeof headline, &hs, &hfrom) ? hs + 1 : NONE;
        static const char *const says[] = {"says", "said", "tells", "warns", "insists", NULL};
        for (size_t t = S.lede != NONE ? x->art->sentences[hs].first : 0; S.lede != NONE && t < x->art->sentences[hs].last; t++)
            S.headline_says |= dmi_tok_in(x->art, t, says) >= 0;
    }
    S.history = x->history;
    for (size_t si = 0; si < x->art->sentence_count; si++)
        if (sentence_events(&S, si) != 0) {
            free(S.ev);
            return dmi_error(x->ctx, DM_ERR_NOMEM, "out of memory");
        }
    if (day_clause_stops(&S) != 0) {
        free(S.ev);
        return dmi_error(x->ctx, DM_ERR_NOMEM, "out of memory");
    }
    stop_day_of_meetings(&S);
    companions_of_trips(x, S.ev, S.count);
    /* "endorsed the plan agreed by the participants" at a summit told in the
     * same sentence: an agreement dated only by the report's day, made at
     * a gathering held in its place on an earlier day of its own, was made
     * then (issue 14: the later day of a summit found for the gathering
     * and not for what it adopted). */
    for (size_t i = 0; i < S.count && x->date.day; i++) {
        dmi_xevent_t *e = &S.ev[i];
        if (e->type != DM_EVENT_AGREEMENT || e->status != DM_EVENT_HELD || e->place_count != 1 ||
            dmi_date_cmp(&e->date, &x->date) != 0)
            continue;
        /* (dated only by the report's day: none of its sentences names a date) */
        int own_date = 0;
        for (size_t k = 0; k < e->sentence_count && !own_date; k++) {
            dmi_date_hit_t hits[8];
            const dmi_sentence_t *es = &a->sentences[e->sentences[k]];
            own_date = dmi_dates_in(&S, es->first, es->last, DMI_TENSE_PAST, hits, G_N_ELEMENTS(hits)) > 0;
        }
        if (own_date)
            continue;
        for (size_t j = 0; j < S.count; j++) {
            const dmi_xevent_t *m = &S.ev[j];
            if (m->type != DM_EVENT_MEETING || m->status != DM_EVENT_HELD || m->date_weak || !m->date.day ||
                m->place_count < 1 || m->places[0] != e->places[0] || dmi_date_cmp(&m->date, &x->date) >= 0)
                continue;
            int shared = 0;
            for (size_t k = 0; k < e->sentence_count && !shared; k++)
                for (size_t l = 0; l < m->sentence_count && !shared; l++)
                    shared = e->sentences[k] == m->sentences[l];
            if (shared) {
                e->date = m->date;
                e->date_weak = 0;
                break;
            }
        }
    }
    /* The news's own day: a report filed a day or more after what its lede
     * tells ("... visited Havana on Monday" in Tuesday's paper) tells the
     * rest of that news on that day, not on the day it was filed. The lede's
     * (or headline's) first event told as done and dated to a day by its own
     * words, one to seven days before the report, gives it; events dated
     * only by the report's day take it instead. */
    size_t lede = S.lede != NONE ? S.lede : 0;
    for (size_t i = 0; i < S.count && x->date.day && !x->history && !x->news_day.year; i++) {
        const dmi_xevent_t *e = &S.ev[i];
        if (e->sentences[0] > lede)
            break;
        if (e->status != DM_EVENT_HELD || !e->date.day || e->date_weak || e->before_news)
            continue;
        /* A saying's day is not that of what it answers or tells of
         * ("Norway said Monday in response to the strikes"). */
        if (e->type == DM_EVENT_STATEMENT)
            continue;
        long ago = dmi_date_days(x->date.year, x->date.month, x->date.day) -
                   dmi_date_days(e->date.year, e->date.month, e->date.day);
        if (ago >= 1 && ago <= 7)
            x->news_day = e->date;
    }
    for (size_t i = 0; i < S.count && x->news_day.year; i++) {
        dmi_xevent_t *e = &S.ev[i];
        if (e->date_weak && e->status == DM_EVENT_HELD && e->date.year == x->date.year &&
            e->date.month == x->date.month && e->date.day == x->date.day)
            e->date = x->news_day;
    }
    /* A proposal is a message only when the text tells it was conveyed
     * ("the proposal was delivered through the Red Cross"); "proposed a
     * meeting" is an offer, no event. */
    {
        size_t n = 0;
        for (size_t i = 0; i < S.count; i++) {
            const dmi_xevent_t *e = &S.ev[i];
            int conveyed = 1;
            if (e->type == DM_EVENT_LETTER && g_ascii_strncasecmp(dmi_tok_text(a, e->trigger), "propos", 6) == 0) {
                conveyed = 0;
                for (size_t k = 0; k < e->sentence_count && !conveyed; k++)
                    for (size_t t = a->sentences[e->sentences[k]].first;
                         t < a->sentences[e->sentences[k]].last && !conveyed; t++)
                        conveyed = dmi_tok_in_set(a, t, &dmi_delivery_cues) >= 0;
            }
            if (conveyed)
                S.ev[n++] = *e;
        }
        S.count = n;
    }
    /* A report filed from a city tells what happens there: a visit, meeting
     * or agreement of the report's days placed only at that city's country
     * ("OSLO - ... arrived in Norway on Monday") is in the city. */
    size_t home = NONE;
    for (size_t k = 0; k < x->mention_count && x->mentions[k].first < S.dateline_end && home == NONE; k++)
        if (x->places[x->mentions[k].place].kind == DM_PLACE_CITY)
            home = x->mentions[k].place;
    for (size_t i = 0; home != NONE && i < S.count; i++) {
        dmi_xevent_t *e = &S.ev[i];
        const dmi_xplace_t *p = e->place_count == 1 ? &x->places[e->places[0]] : NULL;
        int recent = !e->date.year || !x->date.year ||
                     (e->date.year == x->date.year && (!e->date.month || e->date.month == x->date.month));
        if (p && p->kind == DM_PLACE_COUNTRY && strcmp(p->country, x->places[home].country) == 0 && recent &&
            !dmi_is_communication(e->type) && e->type != DM_EVENT_INCIDENT) {
            e->places[0] = home;
            dmi_make_label(x, e, NULL, NULL);
        }
    }
    /* An old war told as background: an attack, a landing, a bombing or
     * an assassination a generation or more before the news (a ship's part
     * in a world war, a massacre decades ago recalled to explain today's
     * quarrel) is no incident of this news's map; the annotation guide
     * leaves such background to the reader (optional). The news's year is
     * the report's, else the latest year the text names; a text that tells
     * history (x->history) keeps its past. Only incidents: a summit, a visit
     * or a treaty of decades ago stays, dated to its year, as the rounds
     * before chose (a recalled summit is what the news compares to). */
    if (!x->history) {
        int now = x->date.year ? x->date.year : dmi_latest_year(a);
        size_t n = 0;
        for (size_t i = 0; i < S.count; i++)
            if (!(now && S.ev[i].type == DM_EVENT_INCIDENT && S.ev[i].date.year &&
                  now - S.ev[i].date.year >= DMI_BACKGROUND_YEARS))
                S.ev[n++] = S.ev[i];
        S.count = n;
    }
    if (dmi_trip_list_items(x, &S.ev, &S.count, &S.cap, DMI_EVENTS_MAX) != 0) {
        free(S.ev);
        return dmi_error(x->ctx, DM_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < S.count; i++)
        meeting_on_a_trip(x, S.ev, S.count, &S.ev[i]);
    if (S.truncated)
        dmi_log(x->ctx, DM_LOG_INFO, "%s: more than %d events; the first %d are kept", a->name ? a->name : "article",
                DMI_EVENTS_MAX, DMI_EVENTS_MAX);
    *out = S.ev;
    *count = S.count;
    return DM_OK;
}
