/* Extraction, phase 7: merging. Mentions of one happening become one event
 * (same type family, date and place, or a placeless mention of a placed
 * one), keeping the finer date, the stronger status and the most specific
 * place; a happening told again by a definite description ("the talks",
 * "their meeting") joins the nearest meeting or talks told before when
 * nothing sets them apart, and a plan told as "the next" occasion joins
 * none held, nor one held in a month before the report's; a letter told
 * with "also" to another addressee is another letter; undated events take the date of a dated one at their place; events
 * are weighed for the title. After events are found, a seat of government
 * or another curated site within a few km of a city of the story is drawn as
 * that city (merge_coincident) unless something happened at the site.
 *
 * Takes: the events of all sentences and the story's places. Gives: fewer,
 * fuller events; mentions and events moved from a merged site to its city.
 * Never: finds new events or places. */
#include "extract-private.h"
#include "geom-private.h"

#include <glib.h>
#include <string.h>

/* A site within this distance of a city the article also names is drawn as
 * that city: "the White House", "the State Department" and "Washington" are
 * one marker on any map that shows them together (km). */
#define MERGE_KM 5.0

/* ...unless something happened at the site and the city's point would put
 * it this far off (km): a meeting at the Peace House is not "in Seoul". */
#define VENUE_KEEP_KM 2.0

static int event_has_place(const dmi_xevent_t *events, size_t count, size_t place)
{
    for (size_t i = 0; i < count; i++)
        for (size_t k = 0; k < events[i].place_count; k++)
            if (events[i].places[k] == place)
                return 1;
    return 0;
}

/* The city a site s is drawn as (see dmi_merge_coincident), or NONE. */
static size_t coincident_city(const dmi_extraction_t *x, size_t s, const dmi_xevent_t *events, size_t count)
{
    const dmi_xplace_t *site = &x->places[s];
    if (site->kind != DM_PLACE_SITE || site->mention_count == 0)
        return NONE;
    size_t city = NONE;
    double best = MERGE_KM;
    for (size_t c = 0; c < x->place_count; c++) {
        const dmi_xplace_t *p = &x->places[c];
        if (c == s || p->kind != DM_PLACE_CITY || p->literal_count == 0)
            continue;
        double d = dmi_great_circle_km(site->lat, site->lon, p->lat, p->lon);
        if (d <= best) {
            best = d;
            city = c;
        }
    }
    if (city == NONE || (best > VENUE_KEEP_KM && event_has_place(events, count, s)))
        return NONE;
    return city;
}

/* Merge metonym sites (seats of government, ministries, palaces: every
 * curated site) into a nearby city of the story: mentions move to the city,
 * events that named the site name the city. Runs after events are found, so
 * "the White House said" still gives a White House statement, drawn at
 * Washington. */
void dmi_merge_coincident(dmi_extraction_t *x, dmi_xevent_t *events, size_t count)
{
    for (size_t s = 0; s < x->place_count; s++) {
        dmi_xplace_t *site = &x->places[s];
        size_t city = coincident_city(x, s, events, count);
        if (city == NONE)
            continue;
        dmi_xplace_t *c = &x->places[city];
        for (size_t k = 0; k < x->mention_count; k++)
            if (x->mentions[k].place == s)
                x->mentions[k].place = city;
        c->mention_count += site->mention_count;
        c->literal_count += site->literal_count;
        if (site->confidence > c->confidence)
            c->confidence = site->confidence;
        site->mention_count = site->literal_count = 0;
        for (size_t i = 0; i < count; i++) {
            dmi_xevent_t *ev = &events[i];
            size_t n = 0;
            for (size_t k = 0; k < ev->place_count; k++) {
                size_t p = ev->places[k] == s ? city : ev->places[k];
                int dup = 0;
                for (size_t j = 0; j < n; j++)
                    dup |= ev->places[j] == p;
                if (!dup)
                    ev->places[n++] = p;
            }
            ev->place_count = n;
        }
    }
}

static int date_precision(const dmi_date_t *d) { return d->year ? (d->month ? (d->day ? 3 : 2) : 1) : 0; }

static int has_participant(const dmi_xevent_t *e, const char *cc)
{
    for (size_t i = 0; i < e->participant_count; i++)
        if (cc[0] && strcmp(e->participants[i], cc) == 0)
            return 1;
    return 0;
}

/* a has a participant country b lacks. */
static int has_other_participant(const dmi_xevent_t *a, const dmi_xevent_t *b)
{
    for (size_t i = 0; i < a->participant_count; i++)
        if (!has_participant(b, a->participants[i]))
            return 1;
    return 0;
}

/* a names someone b does not. */
static int has_other_person(const dmi_xevent_t *a, const dmi_xevent_t *b)
{
    for (size_t i = 0; i < a->person_count; i++) {
        int found = 0;
        for (size_t j = 0; j < b->person_count && !found; j++)
            found = a->persons[i] == b->persons[j];
        if (!found)
            return 1;
    }
    return 0;
}

/* Who took part: the persons each mention names beside its own trigger,
 * whoever the first one named ("the two leaders met in A"; later "X and Y
 * met there"). A statement's persons are who spoke: there a later mention
 * adds persons only when it names everyone the first one does; one naming
 * others tells of someone else's words. */
void dmi_join_persons(dmi_xevent_t *keep, const dmi_xevent_t *other)
{
    if (keep->type == DM_EVENT_STATEMENT && has_other_person(keep, other))
        return;
    for (size_t i = 0; i < other->person_count && keep->person_count < G_N_ELEMENTS(keep->persons); i++) {
        int seen = 0;
        for (size_t j = 0; j < keep->person_count && !seen; j++)
            seen = keep->persons[j] == other->persons[i];
        if (!seen)
            keep->persons[keep->person_count++] = other->persons[i];
    }
}

/* A first-level region (a state, a province; no county) and a town or site
 * of it, by the gazetteer's first-level code (the resolver's own test). */
static int in_state(const dmi_extraction_t *x, const dmi_xplace_t *state, const dmi_xplace_t *p)
{
    const dm_gazetteer_t *g = x->gaz;
    if (!g || state->kind != DM_PLACE_REGION || state->entry >= g->hdr->record_count ||
        p->entry >= g->hdr->record_count)
        return 0;
    dmi_gaz_entry_t s = {
        .entry = state->entry, .kind = state->kind, .source = dmi_gaz_string(g, g->records[state->entry].source)};
    dmi_gaz_entry_t e = {.entry = p->entry, .kind = p->kind, .source = dmi_gaz_string(g, g->records[p->entry].source)};
    memcpy(s.country, state->country, sizeof s.country);
    memcpy(e.country, p->country, sizeof e.country);
    return dmi_places_in_state(g, &s, &e);
}

/* The countries each world region holds (rules/world_regions.txt: "id CC
 * CC ..."). */
static const char *const world_region_lines[] = {
#include "rules/world_regions.inc"
    NULL};

/* The world region r (a region of no country: "Middle East") holds the
 * country cc. */
static int in_world_region(const dmi_xplace_t *r, const char *cc)
{
    size_t n = strlen(r->id);
    if (r->kind != DM_PLACE_REGION || r->country[0] || strlen(cc) != 2)
        return 0;
    for (size_t i = 0; world_region_lines[i]; i++) {
        const char *line = world_region_lines[i];
        if (strncmp(line, r->id, n) != 0 || line[n] != ' ')
            continue;
        for (const char *c = line + n; (c = strstr(c, cc)) != NULL; c += 2)
            if (c[-1] == ' ' && (c[2] == '\0' || c[2] == ' '))
                return 1;
        return 0;
    }
    return 0;
}

/* Event a is placed at one country or first-level region only, and b at
 * towns or sites of it ("settled in New Jersey", "the settlement filed in
 * Newark"); or a at one world region, and b at countries, towns or sites
 * it holds ("killed in the Middle East", "killed in Syria"). */
static int within_area(const dmi_extraction_t *x, const dmi_xevent_t *a, const dmi_xevent_t *b)
{
    if (a->place_count != 1 || b->place_count == 0)
        return 0;
    const dmi_xplace_t *area = &x->places[a->places[0]];
    if (area->kind != DM_PLACE_COUNTRY && area->kind != DM_PLACE_REGION)
        return 0;
    if (area->kind == DM_PLACE_REGION && !area->country[0]) {
        /* ... not when each names someone the other does not: two
         * happenings of the region (a death there, another in one of its
         * countries). */
        if (has_other_person(a, b) && has_other_person(b, a))
            return 0;
        for (size_t j = 0; j < b->place_count; j++) {
            const dmi_xplace_t *p = &x->places[b->places[j]];
            if ((p->kind != DM_PLACE_COUNTRY && p->kind != DM_PLACE_CITY && p->kind != DM_PLACE_SITE) ||
                !in_world_region(area, p->country))
                return 0;
        }
        return 1;
    }
    const char *cc = area->country;
    for (size_t j = 0; j < b->place_count; j++) {
        const dmi_xplace_t *p = &x->places[b->places[j]];
        if ((p->kind != DM_PLACE_CITY && p->kind != DM_PLACE_SITE) || !cc[0] || strcmp(p->country, cc) != 0)
            return 0;
        if (area->kind == DM_PLACE_REGION && !in_state(x, area, p))
            return 0;
    }
    return 1;
}

/* The event is told by a day's possessive before its noun ("Monday's
 * meeting", "tonight's meeting"): a reference to the one meeting of that
 * day, not a second meeting with other partners. */
static int day_reference(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    const dmi_article_t *a = x->art;
    size_t t = e->trigger;
    if (t < 2 || t >= a->token_count || !(a->tokens[t - 1].flags & DMI_TOK_POSS))
        return 0;
    static const char *const days[] = {"today", "tonight", "yesterday", NULL};
    return dmi_tok_in(a, t - 2, days) >= 0 || dmi_weekday_of(dmi_tok_text(a, t - 2), dmi_tok_len(a, t - 2)) > 0;
}

/* Words that open another clause between a trip and its purpose. */
static const char *const purpose_openers[] = {"where", "when", "while", "after", "before", "then",
                                              "which", "who",  "but",   "since", "until",  NULL};

/* The meeting or talks m is the purpose of the trip v, told in the trip's
 * sentence after an infinitive "to" or a "for" that follows the trip's
 * word, with no comma or clause opener between: "will travel to X to brief
 * officials and hold consultations with them", "flew to X for a fair and to
 * meet local groups". A meeting told beside a trip by a verb of its own
 * ("arrived in X and held talks") is its own event. */
static int trip_purpose(const dmi_extraction_t *x, const dmi_xevent_t *v, const dmi_xevent_t *m)
{
    static const char *const determiners[] = {"the", "a",   "an",   "his",  "her", "their",
                                              "its", "our", "this", "that", NULL};
    const dmi_article_t *a = x->art;
    size_t t0 = v->trigger, t1 = m->trigger;
    if (v->type != DM_EVENT_VISIT || (m->type != DM_EVENT_MEETING && m->type != DM_EVENT_TALKS) ||
        v->status != m->status || t0 >= t1 || t1 >= a->token_count || a->tokens[t0].sentence != a->tokens[t1].sentence)
        return 0;
    int purpose = 0;
    for (size_t u = t0 + 1; u < t1; u++) {
        if (dmi_tok_punct_any(a, u) && !dmi_tok_is(a, u, "-"))
            return 0;
        if (dmi_tok_in(a, u, purpose_openers) >= 0)
            return 0;
        if (dmi_tok_is(a, u, "for"))
            purpose = 1;
        /* "to" before a verb, not before its destination ("to Israel",
         * "to the capital") */
        if (dmi_tok_is(a, u, "to") && (a->tokens[u + 1].flags & DMI_TOK_WORD) &&
            !(a->tokens[u + 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER | DMI_TOK_NUM)) &&
            dmi_tok_in(a, u + 1, determiners) < 0)
            purpose = 1;
    }
    return purpose;
}

/* Verbs of going that are no visit's trigger (rules/going_words.txt). */
static const char *const going_words_list[] = {
#include "rules/going_words.inc"
    NULL};
static dmi_word_set_t going_words = DMI_WORD_SET(going_words_list);

/* The meeting or talks m is told as the purpose of a journey whose verb is
 * no trigger, to the trip v's place, in the sentence before or after one
 * of v's ("his tour of G"; "a team heading to G to bring food and
 * meet residents"): a verb of going, "to" and that place, then "to" and
 * m's trigger within eight words, no punctuation or clause opener between.
 * Told in one sentence, trip_purpose reads it. */
static int journey_purpose(const dmi_extraction_t *x, const dmi_xevent_t *v, const dmi_xevent_t *m)
{
    const dmi_article_t *a = x->art;
    if (v->type != DM_EVENT_VISIT || (m->type != DM_EVENT_MEETING && m->type != DM_EVENT_TALKS) ||
        v->status != m->status || !v->place_count || m->place_count != 1 || !m->sentence_count ||
        m->places[0] != v->places[v->place_count - 1] || m->trigger >= a->token_count)
        return 0;
    size_t s = m->sentences[0];
    int near = 0;
    for (size_t k = 0; k < v->sentence_count; k++)
        near |= v->sentences[k] + 1 == s || s + 1 == v->sentences[k];
    if (!near)
        return 0;
    size_t first = a->sentences[s].first;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < m->trigger; k++) {
        const dmi_mention_t *at = &x->mentions[k];
        size_t end = at->last;
        if (at->place != m->places[0] || at->first < first + 2 || !dmi_tok_is(a, at->first - 1, "to") ||
            dmi_tok_in_set(a, at->first - 2, &going_words) < 0 || !dmi_tok_is(a, end, "to") || m->trigger > end + 9)
            continue;
        int clear = 1;
        for (size_t u = end; u < m->trigger && clear; u++)
            clear = !dmi_tok_punct_any(a, u) && dmi_tok_in(a, u, purpose_openers) < 0;
        if (clear)
            return 1;
    }
    return 0;
}

/* a and b are both placed at one place. */
static int share_place(const dmi_xevent_t *a, const dmi_xevent_t *b)
{
    for (size_t i = 0; i < a->place_count; i++)
        for (size_t j = 0; j < b->place_count; j++)
            if (a->places[i] == b->places[j])
                return 1;
    return 0;
}

/* a and b, a meeting, talks or a visit each, are placed at one point of the
 * map: one place, or a site and the city it is drawn as ("their meeting
 * at the White House" and "the Washington meeting"). drawn_as[p] is the
 * place p is drawn as. Statements and messages keep their sites: the White
 * House and the State Department speak apart in one city. */
static int share_point(const dmi_xevent_t *a, const dmi_xevent_t *b, const size_t *drawn_as)
{
    int meets = (a->type == DM_EVENT_MEETING || a->type == DM_EVENT_TALKS || a->type == DM_EVENT_VISIT) &&
                (b->type == DM_EVENT_MEETING || b->type == DM_EVENT_TALKS || b->type == DM_EVENT_VISIT);
    if (!meets || !drawn_as)
        return 0;
    for (size_t i = 0; i < a->place_count; i++)
        for (size_t j = 0; j < b->place_count; j++)
            if (drawn_as[a->places[i]] == drawn_as[b->places[j]])
                return 1;
    return 0;
}

/* The words that make a gathering many-sided (rules/many_sided_modifiers.txt). */
static const char *const many_sided_modifiers_list[] = {
#include "rules/many_sided_modifiers.inc"
    NULL};
static dmi_word_set_t many_sided_modifiers = DMI_WORD_SET(many_sided_modifiers_list);

/* The kind of gathering a meeting or talks mention tells: 2 a many-sided
 * one (a named summit or conference, "multilateral talks", "the six-way
 * talks"), 1 any other, 0 no gathering. A summit held the same day is not
 * the bilateral meeting on its sidelines, nor are the preparatory meetings
 * the summit. A capital in a headline in title case names nothing. */
static int gathering_kind(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    const dmi_article_t *a = x->art;
    size_t t = e->trigger;
    if ((e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS) || t >= a->token_count)
        return 0;
    if (dmi_tok_in_set(a, t, &dmi_many_sided_gatherings) >= 0 && dmi_tok_cap(a, t) &&
        !dmi_first_word_of_sentence(a, t) && !dmi_title_case_sentence(a, t))
        return 2;
    if (t == 0 || !dmi_tok_word(a, t - 1))
        return 1;
    if (dmi_tok_in_set(a, t - 1, &many_sided_modifiers) >= 0)
        return 2;
    /* the last part of a hyphened modifier: "four-nation", "six-way" */
    const char *w = dmi_tok_text(a, t - 1), *dash = NULL;
    size_t n = dmi_tok_len(a, t - 1);
    for (size_t i = 0; i < n; i++)
        if (w[i] == '-')
            dash = w + i;
    if (dash && dmi_word_in_set_ci(dash + 1, n - (size_t)(dash + 1 - w), &many_sided_modifiers))
        return 2;
    return 1;
}

/* Words that make a plan a further occasion (rules/next_words.txt). */
static const char *const next_words_list[] = {
#include "rules/next_words.inc"
    NULL};
static dmi_word_set_t next_words = DMI_WORD_SET(next_words_list);

/* The event's noun is told as a further occasion: "the next meeting", "the
 * next round of talks", "another visit", up to three words before the
 * trigger with no punctuation between. */
static int next_occasion(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    const dmi_article_t *a = x->art;
    size_t t = e->trigger;
    if (t >= a->token_count || !e->sentence_count)
        return 0;
    size_t first = a->sentences[e->sentences[0]].first;
    for (size_t u = t; u > first && t - u < 3;) {
        u--;
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_in_set(a, u, &next_words) >= 0)
            return 1;
    }
    return 0;
}

/* d lies in a month before the report's (a year told alone, before the
 * report's year). */
static int before_report_month(const dmi_date_t *d, const dmi_date_t *report)
{
    if (d->year != report->year)
        return d->year < report->year;
    return d->month && report->month && d->month < report->month;
}

/* Mentions of one happening. With weak_dates, two dates only one of which
 * the mention's own words give (the other is its sentence's frame or the
 * report's day) do not tell two days: "a planned trip to X has been put
 * off", dated by the report, is the trip that "would visit X between
 * April 7 and 9". That reading needs a place both name, and is tried only
 * when no mention of the same date fits (a weak date first joins its own
 * day's event); a text telling history dates by its paragraph's year,
 * which is no guess. */
static int same_event(const dmi_extraction_t *x, const dmi_xevent_t *a, const dmi_xevent_t *b, int weak_dates,
                      const size_t *drawn_as, int kinds_apart)
{
    /* "agreed to meet again in Geneva" and "the next round" in Geneva are
     * one event: a meeting of negotiators is a round of talks. */
    int talks_pair = (a->type == DM_EVENT_MEETING && b->type == DM_EVENT_TALKS) ||
                     (a->type == DM_EVENT_TALKS && b->type == DM_EVENT_MEETING);
    /* "visited Panama City in February, where he met Mulino": the meeting
     * is the visit's. */
    int visit_pair = (a->type == DM_EVENT_VISIT && b->type == DM_EVENT_MEETING) ||
                     (a->type == DM_EVENT_MEETING && b->type == DM_EVENT_VISIT);
    /* ... and so are the trip's purposes: "travels to Oslo to meet X", to
     * Oslo or told without a place. */
    const dmi_xevent_t *trip = a->type == DM_EVENT_VISIT ? a : b, *purpose = trip == a ? b : a;
    if (trip_purpose(x, trip, purpose) &&
        (purpose->place_count == 0 ||
         (trip->place_count && purpose->places[purpose->place_count - 1] == trip->places[trip->place_count - 1])))
        return 1;
    if (journey_purpose(x, trip, purpose))
        return 1;
    if (visit_pair && a->sentence_count && b->sentence_count && a->sentences[0] == b->sentences[0] &&
        a->place_count && b->place_count && a->places[a->place_count - 1] == b->places[b->place_count - 1])
        return 1;
    /* A meeting and talks of one day, one of them placeless, told in
     * sentences next to each other, neither naming someone the other does
     * not know of: "X met Y"; "the Lima talks dealt with trade". */
    int talks_told_again = talks_pair && (a->place_count == 0) != (b->place_count == 0) && a->status == b->status &&
                           a->sentence_count && b->sentence_count &&
                           (a->sentences[0] + 1 == b->sentences[0] || b->sentences[0] + 1 == a->sentences[0]) &&
                           (!has_other_person(a, b) || !has_other_person(b, a)) &&
                           ((!a->date.year && !b->date.year) || (a->date.year && b->date.year));
    if (a->type != b->type && !(talks_pair && a->date.year && b->date.year) && !talks_told_again)
        return 0;
    /* A group's talks ("her deputies, who then met their hosts' aides")
     * are not the talks of the leaders named beside them. */
    if ((a->type == DM_EVENT_MEETING || a->type == DM_EVENT_TALKS) && a->group_subject != b->group_subject &&
        (a->group_subject ? b : a)->person_count > 0)
        return 0;
    /* Meetings told in different sentences, each with a partner the other
     * lacks, and each dated to its day, are two: "met Xi" and "also met
     * Hollande" the same day in one city. A meeting of a year or month
     * ago told twice, with "Kim" in one sentence and "Trump" in the other,
     * is one whose persons each sentence names in part. */
    if ((a->type == DM_EVENT_MEETING || a->type == DM_EVENT_TALKS) && a->sentence_count && b->sentence_count &&
        a->sentences[0] != b->sentences[0] && a->date.day && b->date.day && has_other_person(a, b) &&
        has_other_person(b, a) && !day_reference(x, a) && !day_reference(x, b))
        return 0;
    /* Calls told in different sentences, each dated to its day, one
     * naming someone the other does not: two calls ("X spoke with Y
     * today"; later "X told Y of his conversation with Z"). */
    if (a->type == DM_EVENT_CALL && b->type == DM_EVENT_CALL && a->sentence_count && b->sentence_count &&
        a->sentences[0] != b->sentences[0] && a->date.day && b->date.day &&
        (has_other_person(a, b) || has_other_person(b, a)))
        return 0;
    /* A letter or message told in a later sentence with "also" right before
     * its verb, to someone the first does not name, is another one ("X
     * said in a letter on Thursday ..."; "X also wrote to President Y
     * earlier this week"): "also" adds a happening of the kind, and the
     * addressee is not the first one's. */
    if (a->type == b->type && dmi_is_communication(a->type) && a->sentence_count && b->sentence_count &&
        a->sentences[0] != b->sentences[0]) {
        const dmi_xevent_t *later = a->sentences[0] > b->sentences[0] ? a : b, *first = later == a ? b : a;
        size_t t = later->trigger;
        if (t > 0 && t < x->art->token_count && dmi_tok_is(x->art, t - 1, "also") && has_other_person(later, first))
            return 0;
    }
    /* One told as done and one as to come, the latter dated after it or
     * told "later this year", "in the coming months": a next meeting, not
     * the one held ("are in talks" and "would hold talks later this
     * year"). */
    if ((a->status == DM_EVENT_PLANNED && b->status == DM_EVENT_HELD) ||
        (a->status == DM_EVENT_HELD && b->status == DM_EVENT_PLANNED)) {
        const dmi_xevent_t *plan = a->status == DM_EVENT_PLANNED ? a : b, *done = plan == a ? b : a;
        if (plan->date.year && done->date.year && dmi_date_cmp(&plan->date, &done->date) > 0)
            return 0;
        /* ... or the one done dated before the report's month and the plan
         * not: a visit still to come is not the one made years ago ("will
         * sail to C in August"; "drew crowds to C during a visit in 2004"),
         * even when the plan's own date went unread. */
        if (done->date.year && x->date.year && before_report_month(&done->date, &x->date) &&
            !(plan->date.year && before_report_month(&plan->date, &x->date)))
            return 0;
        /* ... or told as a further occasion, dated or not: "met on Monday";
         * "the next meeting will be held in C". */
        if (next_occasion(x, plan))
            return 0;
        /* ... or, told as done without a date, the latter dated after the
         * report: what was done cannot lie in the report's future. */
        if (plan->date.year && !done->date.year && x->date.year && dmi_date_cmp(&plan->date, &x->date) > 0)
            return 0;
        /* ... or a meeting and talks, one told as done and the other as
         * still to come, each in a sentence of its own and both dated to
         * one day no later than the report's ("welcomed Y to C on
         * Tuesday"; "the talks in C on Tuesday will cover trade"): the
         * day's programme goes on, its next part not yet held. One type
         * told both ways ("met", "will meet") stays one event, as does a
         * "held" dated after the report (a meeting whose date is yet to
         * be set). */
        if (plan->type != done->type && plan->date.day && done->date.day && x->date.year &&
            dmi_date_cmp(&done->date, &x->date) <= 0 && plan->sentence_count && done->sentence_count &&
            plan->sentences[0] != done->sentences[0])
            return 0;
        /* ... or told as an arrangement ("met A; he was to meet B before
         * flying home"): a further meeting of the programme. */
        if (plan->sentence_count &&
            dmi_arranged_to(x->art, plan->trigger, x->art->sentences[plan->sentences[0]].first))
            return 0;
        for (size_t k = 0; k < plan->sentence_count; k++) {
            const dmi_sentence_t *sn = &x->art->sentences[plan->sentences[k]];
            if (dmi_told_ahead(x->art, sn->first, sn->last))
                return 0;
        }
    }
    /* Agreements told in sentences of their own, each with a party the
     * other lacks, are two deals of one day ("the lenders agreed to ease
     * A's debts"; later "France agreed with B to reschedule"). */
    if (a->type == DM_EVENT_AGREEMENT && b->type == DM_EVENT_AGREEMENT && a->sentence_count && b->sentence_count &&
        a->sentences[0] != b->sentences[0] && has_other_participant(a, b) && has_other_participant(b, a))
        return 0;
    if (a->date.year && b->date.year && dmi_date_cmp(&a->date, &b->date) != 0)
        return weak_dates && a->date_weak != b->date_weak && a->type == b->type && !x->history &&
               !dmi_is_communication(a->type) && share_place(a, b);
    if (dmi_is_communication(a->type)) {
        /* Senders agree (or one is unknown) and destinations agree, one is
         * unknown, or one lies within the other ("a mission in New York"). */
        size_t af = a->place_count ? a->places[0] : NONE, bf = b->place_count ? b->places[0] : NONE;
        size_t at = a->place_count > 1 ? a->places[1] : NONE, bt = b->place_count > 1 ? b->places[1] : NONE;
        int from_ok = af == NONE || bf == NONE || af == bf;
        int to_ok = at == NONE || bt == NONE || at == bt;
        if (!to_ok) {
            const dmi_xplace_t *p = &x->places[at], *q = &x->places[bt];
            double dlat = p->lat - q->lat, dlon = p->lon - q->lon;
            to_ok = dlat * dlat + dlon * dlon < 0.3 * 0.3;  /* about 30 km */
            /* "a letter to Kim" goes to his capital, for all the text says;
             * "refused at the North's mission in New York" tells where it
             * went: one letter when the senders agree. */
            to_ok |= af == bf && ((p->is_capital && has_participant(b, p->country)) ||
                                  (q->is_capital && has_participant(a, q->country)));
        }
        /* A one-place event: its place may be the other's sender or target. */
        if (a->place_count == 1 || b->place_count == 1)
            return from_ok || to_ok;
        return from_ok && to_ok;
    }
    if (share_place(a, b) || share_point(a, b, drawn_as))
        return 1;
    /* "will meet ... in Algeria on April 26" and "the meeting in Tindouf":
     * one happening told at a country (or a state) and at a place inside
     * it. */
    if (a->type == b->type && a->status == b->status && (within_area(x, a, b) || within_area(x, b, a)))
        return 1;
    /* ... but not a placeless mention of another kind of gathering: the
     * summit held that day and the two leaders' meeting there are two. */
    if (kinds_apart && (a->place_count == 0) != (b->place_count == 0) && a->gathering != b->gathering)
        return 0;
    /* A mention that places nothing is the placed one's, same type, same
     * date or one undated. Two that place nothing are one only when both
     * are done or both to come: "X met Y" and "X plans to convene a
     * summit" are two meetings. */
    if (a->place_count == 0 && b->place_count == 0 && a->type == b->type &&
        (a->status == DM_EVENT_PLANNED) != (b->status == DM_EVENT_PLANNED))
        return 0;
    return (a->type == b->type || talks_told_again) && (a->place_count == 0 || b->place_count == 0);
}

/* Nouns that, after a definite determiner, tell a meeting, talks or a visit
 * again (rules/told_again_nouns.txt). */
static const char *const told_again_nouns_list[] = {
#include "rules/told_again_nouns.inc"
    NULL};
static dmi_word_set_t told_again_nouns = DMI_WORD_SET(told_again_nouns_list);

/* The family a happening told again belongs to: meetings and talks are one
 * (the guide's "talks" and "meeting" name one sitting), a visit another; 0
 * for the rest. */
static int told_again_family(dm_event_type_t t)
{
    return t == DM_EVENT_MEETING || t == DM_EVENT_TALKS ? 1 : t == DM_EVENT_VISIT ? 2 : 0;
}

/* e is told by a definite description of a happening already told: "the
 * talks", "their meeting", "this visit", "Monday's summit". Only the
 * determiner right before the noun: "the next meeting" and "the Lima talks"
 * are not read here. */
static int told_again(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    static const char *const determiners[] = {"the", "their", "this", "that", NULL};
    const dmi_article_t *a = x->art;
    size_t t = e->trigger;
    if (!told_again_family(e->type) || t == 0 || t >= a->token_count || !e->sentence_count)
        return 0;
    /* ... or a verb whose subject is "they", the parties already told of:
     * "held talks on trade. They met in C on Monday." */
    if (dmi_tok_in_set(a, t, &told_again_nouns) < 0)
        return dmi_tok_is(a, t - 1, "they") && t - 1 == a->sentences[e->sentences[0]].first;
    return dmi_tok_in(a, t - 1, determiners) >= 0 || day_reference(x, e);
}

/* Two dates that can tell one day: equal, one the report's day standing
 * for an unread one, or one the month or year of the other ("this week",
 * "Monday"); either undated. */
static int dates_agree(const dmi_xevent_t *a, const dmi_xevent_t *b)
{
    const dmi_date_t *p = &a->date, *q = &b->date;
    if (!p->year || !q->year || dmi_date_cmp(p, q) == 0 || a->date_weak != b->date_weak)
        return 1;
    if (p->year != q->year)
        return 0;
    if (!p->month || !q->month)
        return 1;
    return p->month == q->month && (!p->day || !q->day);
}

/* The kept event (of kept[0..n)) that e, a happening told again by a
 * definite description, tells: the nearest one of its family told in an
 * earlier sentence, when nothing sets the two apart (another status, dates
 * or places that cannot agree, each naming someone the other does not).
 * "Ministers of A and B met to discuss trade. The talks took place in C on
 * Monday.": one meeting, in C, on Monday. n when none. */
static size_t told_again_of(const dmi_extraction_t *x, const dmi_xevent_t *kept, size_t n, const dmi_xevent_t *e,
                            const size_t *drawn_as)
{
    if (!told_again(x, e))
        return n;
    for (size_t k = n; k-- > 0;) {
        const dmi_xevent_t *a = &kept[k];
        if (told_again_family(a->type) != told_again_family(e->type) || !a->sentence_count ||
            a->sentences[0] >= e->sentences[0])
            continue;
        int places_agree = !a->place_count || !e->place_count || share_place(a, e) || share_point(a, e, drawn_as) ||
                           within_area(x, a, e) || within_area(x, e, a);
        if (a->status != e->status || !dates_agree(a, e) || !places_agree ||
            (has_other_person(a, e) && has_other_person(e, a)))
            return n;
        return k;
    }
    return n;
}

static void merge_into(const dmi_extraction_t *x, dmi_xevent_t *keep, const dmi_xevent_t *other)
{
    keep->before_news &= other->before_news;  /* told once as news, it is news */
    if (other->gathering > keep->gathering)
        keep->gathering = other->gathering; /* a summit told once by name is one */
    if (date_precision(&other->date) > date_precision(&keep->date)) {
        keep->date = other->date;
    } else if (keep->date_weak && !other->date_weak && other->date.year &&
               date_precision(&other->date) == date_precision(&keep->date)) {
        /* a date its own words give over the report's day */
        keep->date = other->date;
        keep->date_weak = 0;
    }
    if (dmi_status_priority(other->status) > dmi_status_priority(keep->status)) {
        keep->status = other->status;
        /* The label carries the status. */
        g_strlcpy(keep->label, other->label, sizeof keep->label);
    }
    /* The most specific place wins: the town over its country or state. */
    if (!dmi_is_communication(keep->type) && within_area(x, keep, other)) {
        for (size_t i = 0; i < other->place_count; i++)
            keep->places[i] = other->places[i];
        keep->place_count = other->place_count;
        dmi_make_label(x, keep, NULL, NULL);
    } else if (keep->place_count < other->place_count) {
        /* A communication's finer destination wins (a mission over a city). */
        for (size_t i = keep->place_count; i < other->place_count; i++)
            keep->places[keep->place_count++] = other->places[i];
    } else if (dmi_is_communication(keep->type) && keep->place_count == 2 && other->place_count == 2 &&
               ((x->places[other->places[1]].kind == DM_PLACE_SITE &&
                 x->places[keep->places[1]].kind != DM_PLACE_SITE) ||
                /* where it was taken or refused over the recipient's capital */
                (x->places[keep->places[1]].is_capital && !x->places[other->places[1]].is_capital &&
                 strcmp(x->places[keep->places[1]].country, x->places[other->places[1]].country) != 0))) {
        keep->places[1] = other->places[1];
    }
    for (size_t i = 0; i < other->participant_count; i++)
        dmi_add_participant(keep, other->participants[i]);
    dmi_join_persons(keep, other);
    for (size_t i = 0; i < other->sentence_count && keep->sentence_count < G_N_ELEMENTS(keep->sentences); i++) {
        int seen = 0;
        for (size_t j = 0; j < keep->sentence_count; j++)
            if (keep->sentences[j] == other->sentences[i])
                seen = 1;
        if (!seen)
            keep->sentences[keep->sentence_count++] = other->sentences[i];
    }
}

static void weigh(const dmi_extraction_t *x, dmi_xevent_t *e)
{
    double w = 0;
    switch (e->status) {
    case DM_EVENT_REFUSED: case DM_EVENT_CANCELLED: case DM_EVENT_SUSPENDED: case DM_EVENT_FAILED: w += 1; break;
    case DM_EVENT_DELIVERED: w += 0.5; break;
    default: break;
    }
    switch (e->type) {
    case DM_EVENT_LETTER: case DM_EVENT_MEETING: case DM_EVENT_AGREEMENT: case DM_EVENT_VISIT: case DM_EVENT_CALL:
    case DM_EVENT_TALKS: w += 1.5; break;
    case DM_EVENT_STATEMENT: w -= 1; break;
    default: break;
    }
    /* A meeting's outcome is the news: "leaders met ... and agreed a pact". */
    if (e->type == DM_EVENT_AGREEMENT)
        w += 0.25;
    if (x->date.year && e->date.year == x->date.year)
        w += 1;
    else if (!e->date.year)
        w += 0.5;
    w += 0.5 * (double)e->sentence_count;
    if (e->sentence_count && e->sentences[0] == 0)
        w += 1.5;  /* the lede */
    else if (e->sentence_count && e->sentences[0] < 3)
        w += 0.5;
    e->weight = w;
}

/* A wire headline tells the lede's news in few words, with no town of its
 * own ("K AND L HOLD GRAIN TALKS", "LEADERS MEET IN C" over "A, Jan 5 -
 * ... talks in B on Tuesday", "... a summit in D, a region of C"): the
 * dateline's city, or a country's capital, only guessed its place. When
 * the first gathering or agreement the body tells after it is of its kind,
 * is news (not told as before the report, nor dated before the report's
 * month) and is placed somewhere the headline does not name, the headline
 * told that event: its mention joins it, its guess goes (the wire grid of
 * the thirty-ninth round: talks, summits and signings drawn a second time
 * at the dateline's city or the host's capital, or a summit to come drawn
 * as held there). Returns the new count. */
static int talks_kind(dm_event_type_t t) { return t == DM_EVENT_MEETING || t == DM_EVENT_TALKS; }

static int named_in(const dmi_extraction_t *x, size_t place, const dmi_sentence_t *sn)
{
    for (size_t k = dmi_mention_lower(x, sn->first); k < x->mention_count && x->mentions[k].first < sn->last; k++)
        if (x->mentions[k].place == place && !(x->mentions[k].flags & DMI_MENTION_DEMONYM))
            return 1;
    return 0;
}

static size_t headline_told_in_body(const dmi_extraction_t *x, dmi_xevent_t *ev, size_t count)
{
    char headline[200];
    size_t hs = NONE, hfrom = 0;
    if (!dmi_article_headline(x, headline, sizeof headline, &hs, &hfrom) || hs >= x->art->sentence_count)
        return count;
    const dmi_sentence_t *hsn = &x->art->sentences[hs];
    for (size_t i = 0; i < count; i++) {
        dmi_xevent_t *h = &ev[i];
        if (h->sentence_count != 1 || h->sentences[0] != hs || h->place_count != 1 ||
            !(talks_kind(h->type) || h->type == DM_EVENT_AGREEMENT) || named_in(x, h->places[0], hsn))
            continue;
        /* (a meeting and talks are one gathering, as in same_event; a
         * trip the body tells first holds the headline's meeting: "X TO
         * MEET Y" over "X would travel to C to meet Y") */
        size_t k = i + 1;
        while (k < count &&
               !((ev[k].type == h->type ||
                  (talks_kind(h->type) && (talks_kind(ev[k].type) || ev[k].type == DM_EVENT_VISIT))) &&
                 ev[k].sentence_count && ev[k].sentences[0] > hs))
            k++;
        if (k == count)
            continue;
        dmi_xevent_t *b = &ev[k];
        if (b->place_count == 0 || b->before_news)
            continue;
        int named = 0;
        for (size_t p = 0; p < b->place_count; p++)
            named |= b->places[p] == h->places[0] || named_in(x, b->places[p], hsn);
        if (named)
            continue;
        /* ... told as the same time: one still to come (the next session)
         * is no held event's, unless the headline tells it to come ("C TO
         * HOST SUMMIT": a headline's future is "to" and the verb). */
        int ahead = h->status == DM_EVENT_PLANNED;
        for (size_t t = h->trigger; !ahead && t > hsn->first && t + 3 > h->trigger;)
            ahead = dmi_tok_is(x->art, --t, "to");
        if ((b->status == DM_EVENT_PLANNED) != ahead)
            continue;
        if (b->date.year && x->date.year &&
            (b->date.year < x->date.year || (b->date.year == x->date.year && b->date.month && x->date.month &&
                                             b->date.month < x->date.month)))
            continue;
        for (size_t q = 0; q < h->participant_count; q++)
            dmi_add_participant(b, h->participants[q]);
        dmi_join_persons(b, h);
        if (b->sentence_count < G_N_ELEMENTS(b->sentences))
            b->sentences[b->sentence_count++] = hs;
        memmove(&ev[i], &ev[i + 1], (count - i - 1) * sizeof *ev);
        count--;
        i--;
    }
    return count;
}

/* Date undated events from dated ones at their place, merge the mentions of
 * one happening, and weigh what is left for the title: count events of ev
 * in sentence order become *merged (in place). -1 when out of memory. */
int dmi_events_merge(dmi_extraction_t *x, dmi_xevent_t *ev, size_t count, size_t *merged)
{
    count = headline_told_in_body(x, ev, count);
    /* Undated events at a place that has a dated event take its date ("At
     * the Geneva summit"; the agreement at the talks' place): the first
     * dated event of each place, found in one pass. A call or a letter from
     * a place dates nothing there (a call from Paris is not the meeting in
     * Paris). Then duplicates merge. */
    size_t *dated = x->place_count ? malloc(x->place_count * sizeof *dated) : NULL;
    if (x->place_count && !dated)
        return -1;
    for (size_t p = 0; p < x->place_count; p++)
        dated[p] = NONE;
    for (size_t j = 0; j < count; j++)
        if (ev[j].date.year && ev[j].place_count && ev[j].places[0] < x->place_count &&
            !dmi_is_communication(ev[j].type) && !(ev[j].type == DM_EVENT_STATEMENT && ev[j].date_weak) &&
            dated[ev[j].places[0]] == NONE)
            dated[ev[j].places[0]] = j;
    for (size_t i = 0; i < count; i++) {
        dmi_xevent_t *e = &ev[i];
        /* A statement dated only by the report's day (remarks at the
         * dateline's city) takes the day of what happened there. */
        int report_day = e->type == DM_EVENT_STATEMENT && e->date_weak;
        if ((e->date.year && !report_day) || e->before_news || e->day_unread)
            continue;  /* "had met in Oslo" is not the Oslo meeting of the news */
        /* What is to come in "the coming months" takes no date from
         * what was done there. */
        int ahead = e->status == DM_EVENT_PLANNED && e->sentence_count &&
                    dmi_told_ahead(x->art, x->art->sentences[e->sentences[0]].first,
                                   x->art->sentences[e->sentences[0]].last);
        /* What is told as done takes no date from what is still to come
         * there (talks "later this year" do not date the visit the report
         * tells): a held event cannot lie after the report. */
        const dmi_xevent_t *src = e->place_count && e->places[0] < x->place_count && dated[e->places[0]] != NONE
                                      ? &ev[dated[e->places[0]]] : NULL;
        int to_come = src && e->status == DM_EVENT_HELD && src->status == DM_EVENT_PLANNED && x->date.year &&
                      dmi_date_cmp(&src->date, &x->date) >= 0;
        /* ... nor what is still to come from what was done there before the
         * report (a visit planned to a city takes no date from talks held
         * there weeks ago). */
        to_come |= src && e->status == DM_EVENT_PLANNED && src->status == DM_EVENT_HELD && x->date.year &&
                   dmi_date_cmp(&src->date, &x->date) < 0;
        /* ... nor a gathering from an attack there (a bombing decades ago
         * does not date a visit to its memorial): an incident is no
         * occasion that other happenings take place at. */
        int other_kind = src && src->type == DM_EVENT_INCIDENT && e->type != DM_EVENT_INCIDENT;
        if (src && !to_come && !other_kind && !dmi_is_communication(e->type) && !ahead &&
            (!report_day || date_precision(&ev[dated[e->places[0]]].date) >= date_precision(&e->date)))
            e->date = ev[dated[e->places[0]]].date;
        if (report_day)
            continue;
        /* Still undated and recent (a news report of the last days): the
         * article's month. */
        if (!e->date.year && x->date.year && (dmi_is_communication(e->type) || e->type == DM_EVENT_STATEMENT)) {
            e->date.year = x->date.year;
            e->date.month = x->date.month;
            /* A statement dated now dates the undated events after it there. */
            if (!dmi_is_communication(e->type) && e->place_count && e->places[0] < x->place_count &&
                dated[e->places[0]] == NONE)
                dated[e->places[0]] = i;
        }
    }
    free(dated);
    /* The place each place is drawn as, a site as its city, known before
     * merging. */
    size_t *drawn_as = x->place_count ? malloc(x->place_count * sizeof *drawn_as) : NULL;
    if (x->place_count && !drawn_as)
        return -1;
    for (size_t p = 0; p < x->place_count; p++) {
        size_t city = coincident_city(x, p, ev, count);
        drawn_as[p] = city == NONE ? p : city;
    }
    for (size_t i = 0; i < count; i++)
        ev[i].gathering = (unsigned char)gathering_kind(x, &ev[i]);
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        size_t j;
        for (j = 0; j < n; j++)
            if (same_event(x, &ev[j], &ev[i], 0, drawn_as, 1))
                break;
        for (size_t k = 0; j == n && k < n; k++)
            if (same_event(x, &ev[k], &ev[i], 1, drawn_as, 1))
                j = k;
        int again = 0;
        if (j == n) {
            j = told_again_of(x, ev, n, &ev[i], drawn_as);
            again = j < n;
        }
        if (again) {
            /* The first telling names the happening; the later one adds
             * its date or place. */
            size_t places_before = ev[j].place_count;
            merge_into(x, &ev[j], &ev[i]);
            if (ev[j].place_count != places_before)
                dmi_make_label(x, &ev[j], NULL, NULL);
        } else if (j < n && ev[j].place_count == 0 && ev[i].place_count > 0) {
            /* The placed mention tells the event; the placeless one adds to it. */
            dmi_xevent_t placed = ev[i];
            merge_into(x, &placed, &ev[j]);
            ev[j] = placed;
        } else if (j < n) {
            merge_into(x, &ev[j], &ev[i]);
        } else {
            ev[n++] = ev[i];
        }
    }
    /* A placeless gathering kept apart from a placed one only for its kind
     * happened there: the story gives it no place of its own. */
    for (size_t i = 0; i < n; i++) {
        if (ev[i].place_count)
            continue;
        for (size_t k = 0; k < n; k++)
            if (ev[k].place_count && !same_event(x, &ev[k], &ev[i], 0, drawn_as, 1) &&
                same_event(x, &ev[k], &ev[i], 0, drawn_as, 0)) {
                for (size_t p = 0; p < ev[k].place_count; p++)
                    ev[i].places[p] = ev[k].places[p];
                ev[i].place_count = ev[k].place_count;
                dmi_make_label(x, &ev[i], NULL, NULL);
                break;
            }
    }
    /* An agreement at a meeting's place and date is the meeting's outcome:
     * keep both; they draw differently. Weigh for the title. */
    for (size_t i = 0; i < n; i++) {
        /* Told as done but dated after the article ("begins a state visit
         * on Tuesday" in Sunday's paper, the meeting "next month"): to come. */
        dmi_xevent_t *e = &ev[i];
        /* ... but a saying told as done dated the day after the report is
         * a lede's weekday told from a time zone ahead (time.c). */
        int zone_ahead = e->type == DM_EVENT_STATEMENT && e->date.day && x->date.day &&
                         dmi_date_days(e->date.year, e->date.month, e->date.day) -
                                 dmi_date_days(x->date.year, x->date.month, x->date.day) ==
                             1;
        /* ... but where no report date was given and the one read is a
         * date the opening lines tell ("On 4 May 2009 the envoy arrived in
         * C. On 5 May he met ..."), a verb in the past tense told a later
         * day of the same story, done. */
        int story_day = x->date_told && dmi_past_verb(x->art, e->trigger);
        if (e->status == DM_EVENT_HELD && e->date.year && x->date.year && dmi_date_cmp(&e->date, &x->date) > 0 &&
            !zone_ahead && !story_day) {
            e->status = DM_EVENT_PLANNED;
            dmi_make_label(x, e, NULL, NULL);
        }
        weigh(x, e);
    }
    free(drawn_as);
    *merged = n;
    return 0;
}
