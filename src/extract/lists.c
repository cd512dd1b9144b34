/* Extraction, phase 6c: lists of one person's trips. An encyclopedia page
 * such as "List of trips abroad by X" tells one trip per list
 * item, and the corpus keeps each item as a paragraph of its own, often
 * with no verb and no name of the traveller: a year heading on a line of
 * its own, then "C – T, 14–15 March: Working visit.", "3 February: T, C.
 * Met President Y.", "March 4–6, 2013 | C | T | State visit". The
 * annotation guide gives a text whose subject is one person that person for
 * each act it tells (docs/accuracy.md, thirty-eighth round, engineer
 * trips38).
 *
 * Takes: the events of dmi_events_find, the title, people, mentions and
 * dates. Gives: on a page whose title names a list of trips (plural trip
 * nouns, rules/trip_list_titles.txt) and a person, one visit per town of
 * each item that names a town and a day or month, dated from the item and
 * the year of its heading, with the traveller among its persons; the
 * item's meetings and talks that have no place of their own are told of
 * that visit (their persons join it); the traveller joins every event the
 * list tells; the lead's description of the list ("This is a list of trips
 * made by X") is no event. Never: changes places or mentions, or any page
 * whose title does not name a list of trips. */
#include "extract-private.h"
#include "context-private.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

static const char *const trip_list_titles_list[] = {
#include "rules/trip_list_titles.inc"
    NULL};
static dmi_word_set_t trip_list_titles = DMI_WORD_SET(trip_list_titles_list);

/* An item's date and towns are told in its first words ("C – T, 14–15
 * March:"); a date or town further on belongs to the details. */
#define ITEM_HEAD_TOKENS 16

/* The year (1800 to 2200) token t writes in four digits, else 0. */
static int year_of_token(const dmi_article_t *a, size_t t)
{
    if (!dmi_tok_word(a, t) || dmi_tok_len(a, t) != 4 || !(a->tokens[t].flags & DMI_TOK_NUM))
        return 0;
    const char *s = dmi_tok_text(a, t);
    int y = 0;
    for (int i = 0; i < 4; i++)
        y = y * 10 + (s[i] - '0');
    return y >= 1800 && y <= 2200 ? y : 0;
}

/* The sentence after the last one of the paragraph that opens at si. */
static size_t paragraph_end(const dmi_article_t *a, size_t si)
{
    size_t sj = si + 1;
    while (sj < a->sentence_count && !(a->tokens[a->sentences[sj].first].flags & DMI_TOK_LINE_START))
        sj++;
    return sj;
}

/* The first person named in tokens [first, last), or NONE. */
static size_t person_in(const dmi_extraction_t *x, size_t first, size_t last)
{
    for (size_t t = first; t < last; t++) {
        if (!x->person_tok[t] || dmi_inside_mention(x, t))
            continue;
        size_t p = dmi_person_at(x, t);
        if (p != NONE)
            return p;
    }
    return NONE;
}

/* The person a list's title names after its last "by" or "of" ("trips
 * made by Ana Ruiz Olmedo", "Foreign visits of Omar Haddad"): two to five
 * capitalised words (particles such as "van" or "bin" between them), no
 * place among them. The person people.c found there, else one added to
 * x->people: a title gives a name no title word precedes ("made by X as
 * President"), which people.c does not read as a name alone. NONE when the
 * title names no one so. */
static size_t title_traveller(dmi_extraction_t *x, size_t hs)
{
    const dmi_article_t *a = x->art;
    size_t first = a->sentences[hs].first, last = a->sentences[hs].last, start = NONE;
    for (size_t t = last; t-- > first && start == NONE;)
        if (dmi_tok_eq(a, t, "by") || dmi_tok_eq(a, t, "of"))
            start = t + 1;
    if (start == NONE || !dmi_tok_cap(a, start))
        return NONE;
    size_t end = start;
    while (end < last && end - start < 6 &&
           (dmi_tok_cap(a, end) || (dmi_tok_in_set(a, end, &dmi_name_particles) >= 0 && dmi_tok_cap(a, end + 1))) &&
           !dmi_tok_eq(a, end, "As"))
        end++;
    while (end > start && !dmi_tok_cap(a, end - 1))
        end--;
    if (end - start < 2 || end - start > 5)
        return NONE;
    /* A place's name is no person ("Visits of Norway"); a name whose
     * later words a gazetteer also holds ("Duong Van Thanh") is one. */
    if (dmi_inside_mention(x, start))
        return NONE;
    for (size_t t = start; t < end; t++)
        if (dmi_is_person_title(a, t))
            return NONE;
    size_t p = person_in(x, start, end);
    if (p != NONE)
        return p;
    if (dmi_grow((void **)&x->people, &x->people_cap, x->people_count + 1, sizeof *x->people) != 0)
        return NONE;
    dmi_person_t *np = &x->people[x->people_count];
    memset(np, 0, sizeof *np);
    np->first = np->full_first = start;
    np->last = np->full_last = end;
    size_t sl = dmi_tok_len(a, end - 1) < sizeof np->surname ? dmi_tok_len(a, end - 1) : sizeof np->surname - 1;
    memcpy(np->surname, dmi_tok_text(a, end - 1), sl);
    np->surname[sl] = '\0';
    np->mentions = 1;
    return x->people_count++;
}

/* The first date of tokens [first, last) precise to a month or a day, a
 * month or day written without its year taking year ("14–15 March" under
 * the heading "2009"). */
static int item_date(const dmi_article_t *a, size_t first, size_t last, int year, dmi_date_t *out)
{
    dmi_date_t ref = {year, 0, 0};
    for (size_t t = first; t < last; t++) {
        dmi_date_t d;
        size_t n = dmi_date_at(a, t, last, &ref, year, DMI_TENSE_PAST, &d);
        if (n && d.year && d.month) {
            *out = d;
            return 1;
        }
        if (n)
            t += n - 1;
    }
    /* A month alone heading the item ("March: T, C."), which prose would
     * write after "in". */
    int m = first < last ? dmi_month_of(dmi_tok_text(a, first), dmi_tok_len(a, first)) : 0;
    if (m && year && (a->tokens[first].flags & DMI_TOK_CAP) && first + 1 < last &&
        (dmi_tok_punct(a, first + 1, ':') || dmi_tok_punct(a, first + 1, '|') || dmi_tok_punct(a, first + 1, ','))) {
        out->year = year;
        out->month = m;
        out->day = 0;
        return 1;
    }
    return 0;
}

static int is_meet_family(dm_event_type_t t)
{
    return t == DM_EVENT_VISIT || t == DM_EVENT_MEETING || t == DM_EVENT_TALKS;
}

static void add_person(dmi_xevent_t *e, size_t p)
{
    if (p == NONE)
        return;
    for (size_t i = 0; i < e->person_count; i++)
        if (e->persons[i] == p)
            return;
    if (e->person_count < G_N_ELEMENTS(e->persons))
        e->persons[e->person_count++] = p;
}

/* The traveller first among an event's persons (the list's subject acts). */
static void traveller_first(dmi_xevent_t *e, size_t p)
{
    size_t n = 0;
    size_t rest[G_N_ELEMENTS(e->persons)];
    for (size_t i = 0; i < e->person_count; i++)
        if (e->persons[i] != p)
            rest[n++] = e->persons[i];
    e->person_count = 0;
    add_person(e, p);
    for (size_t i = 0; i < n; i++)
        add_person(e, rest[i]);
}

typedef struct {
    dmi_xevent_t ev;
    size_t order; /* the event's sentence, then its rank: the story keeps text order */
} keyed_event_t;

static int keyed_cmp(const void *pa, const void *pb)
{
    const keyed_event_t *a = pa, *b = pb;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* What the items of one list share while they are read. */
typedef struct {
    dmi_extraction_t *x;
    dmi_xevent_t *ev;     /* dmi_events_find's events, n of them */
    size_t n;
    unsigned char *drop;  /* per event: told of an item's trip, or the lead's description */
    size_t who;           /* the traveller (index into people) */
    int section_year;     /* the year the heading above names (0: none yet) */
    keyed_event_t *out;   /* the items' new visits */
    size_t out_n, out_cap;
} list_state_t;

/* Pipes a table paragraph is read for: some hundred rows of four columns. */
#define DMI_TABLE_PIPES_MAX 1024

/* The index of the first cell (between pipes[i] and pipes[i + 1]) that is
 * a Markdown table's separator ("|---|:--|"): only dashes and colons; 0
 * when none. */
static size_t separator_cell(const dmi_article_t *a, const size_t *pipes, size_t np)
{
    for (size_t i = 0; i + 1 < np; i++) {
        if (pipes[i + 1] == pipes[i] + 1)
            continue;
        int dashes = 1;
        for (size_t t = pipes[i] + 1; t < pipes[i + 1] && dashes; t++) {
            const char *c = dmi_tok_text(a, t);
            for (size_t k = 0; k < dmi_tok_len(a, t) && dashes; k++)
                dashes = c[k] == '-' || c[k] == ':';
        }
        if (dashes)
            return i;
    }
    return 0;
}

/* Person p is named in tokens [first, last). */
static int person_named_in(const dmi_extraction_t *x, size_t p, size_t first, size_t last)
{
    for (size_t t = first; t < last; t++)
        if (x->person_tok[t] && dmi_person_at(x, t) == p)
            return 1;
    return 0;
}

/* Place p is named in tokens [first, last). */
static int named_in(const dmi_extraction_t *x, size_t p, size_t first, size_t last)
{
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++)
        if (x->mentions[k].place == p)
            return 1;
    return 0;
}

/* One item, tokens [first, last): its date and towns in its first words
 * (before head_limit, the end of its first sentence or its row). A
 * heading instead (no day or month and no town) gives the year of the
 * items under it. A table's row (row) shares its sentences with the rows
 * beside it, which lend the events found in it their dates, places and
 * persons: those are the row's own. 0, or -1 when out of memory. */
static int list_item(list_state_t *L, size_t first, size_t last, size_t head_limit, int row)
{
    dmi_extraction_t *x = L->x;
    const dmi_article_t *a = x->art;
    size_t head_end = row || first + ITEM_HEAD_TOKENS >= head_limit ? head_limit : first + ITEM_HEAD_TOKENS;
    if (first >= last)
        return 0;
    int year = 0;
    for (size_t t = first; t < head_end && !year; t++)
        year = year_of_token(a, t);
    dmi_date_t when = {0, 0, 0};
    int dated = item_date(a, first, head_end, year ? year : L->section_year, &when);
    size_t towns[3], nt = 0;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < head_end; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        const dmi_xplace_t *p = &x->places[m->place];
        if (!dmi_usable_mention(m) || (p->kind != DM_PLACE_CITY && p->kind != DM_PLACE_SITE))
            continue;
        int seen = 0;
        for (size_t i = 0; i < nt; i++)
            seen |= towns[i] == m->place;
        if (!seen && nt < G_N_ELEMENTS(towns))
            towns[nt++] = m->place;
    }
    /* An item that names countries and no town ("Kazakhstan, 22–23 May:
     * State visit.", "Laos and Cambodia, 3–6 May"): a visit to each, one
     * event per stop as the annotation guide counts a trip's. */
    int countries_only = !nt;
    for (size_t k = dmi_mention_lower(x, first); countries_only && k < x->mention_count && x->mentions[k].first < head_end;
         k++) {
        size_t p = x->mentions[k].place;
        int seen = 0;
        for (size_t i = 0; i < nt; i++)
            seen |= towns[i] == p;
        if (!seen && nt < G_N_ELEMENTS(towns) && dmi_usable_mention(&x->mentions[k]) &&
            x->places[p].kind == DM_PLACE_COUNTRY)
            towns[nt++] = p;
    }
    /* A heading: a year it names dates the items under it (a heading
     * without one, "First half" or a table's column names, keeps the year
     * above it). */
    if (!dated && !nt) {
        if (year && last - first <= 12 && (a->tokens[first].flags & DMI_TOK_LINE_START))
            L->section_year = year;
        return 0;
    }
    int item = dated && nt > 0 && when.year;
    unsigned covered = 0; /* towns already told by an event of the item */
    dmi_xevent_t trip = {0};
    for (size_t i = 0; i < L->n; i++) {
        dmi_xevent_t *e = &L->ev[i];
        if (L->drop[i] || e->trigger < first || e->trigger >= last)
            continue;
        if (item && is_meet_family(e->type)) {
            int at_town = 0, elsewhere = 0;
            for (size_t k = 0; k < e->place_count; k++) {
                int town = 0;
                for (size_t j = 0; j < nt; j++)
                    if (e->places[k] == towns[j]) {
                        town = 1;
                        covered |= 1u << j;
                    }
                at_town |= town;
                /* the town's country told beside it is the same trip; a
                 * place the item does not name came from a row or
                 * sentence beside it */
                int its_country = !town && x->places[e->places[k]].kind == DM_PLACE_COUNTRY;
                for (size_t j = 0; j < nt && its_country; j++)
                    its_country = strcmp(x->places[e->places[k]].country, x->places[towns[j]].country) == 0;
                elsewhere |= !town && !its_country && named_in(x, e->places[k], first, row ? head_end : last);
            }
            if (!at_town && !elsewhere) {
                /* "Met President Y", "Attended the summit": told of the
                 * item's trip, whose persons they join. */
                for (size_t k = 0; k < e->person_count && !row; k++)
                    add_person(&trip, e->persons[k]);
                L->drop[i] = 1;
                continue;
            }
            if (at_town && (row || e->date.year != when.year)) {
                e->date = when;
                e->date_weak = 0;
            }
            /* at the item's town, not at another row's */
            size_t kept = 0;
            for (size_t k = 0; k < e->place_count; k++)
                if (!at_town || named_in(x, e->places[k], first, last))
                    e->places[kept++] = e->places[k];
            if (kept && kept != e->place_count) {
                e->place_count = kept;
                dmi_make_label(x, e, NULL, NULL);
            }
        } else if (item && !e->place_count) {
            /* "Signed a border protocol": the item's town and day. */
            dmi_add_place(e, towns[0]);
            if (e->date.year != when.year || e->date_weak) {
                e->date = when;
                e->date_weak = 0;
            }
            dmi_make_label(x, e, NULL, NULL);
        }
        /* Any other act the item tells ("later flew to T2") dated by the
         * page's date line, not by the list: the item's year. */
        if (item && (row || !e->date.year || (e->date.year == x->date.year && when.year != x->date.year))) {
            if (row || !e->date.year || !e->date.month)
                e->date = when;
            else
                e->date.year = when.year;
            e->date_weak = 0;
        }
        if (row) {
            size_t kept = 0;
            for (size_t k = 0; k < e->person_count; k++)
                if (person_named_in(x, e->persons[k], first, last))
                    e->persons[kept++] = e->persons[k];
            e->person_count = kept;
        }
        add_person(e, L->who);
        traveller_first(e, L->who);
    }
    for (size_t j = 0; item && j < nt; j++) {
        if (covered & (1u << j))
            continue;
        dmi_xevent_t e = {0};
        e.type = DM_EVENT_VISIT;
        e.status = x->date.year && dmi_date_cmp(&when, &x->date) > 0 ? DM_EVENT_PLANNED : DM_EVENT_HELD;
        e.date = when;
        dmi_add_place(&e, towns[j]);
        dmi_add_participant(&e, x->people[L->who].country);
        dmi_add_participant(&e, x->places[towns[j]].country);
        e.sentences[0] = a->tokens[first].sentence;
        e.sentence_count = 1;
        e.weight = 1.0;
        e.trigger = first;
        add_person(&e, L->who);
        /* whom the item says the traveller met ("Met President Y") */
        for (size_t t = first; t < last; t++)
            if (x->person_tok[t] && !dmi_inside_mention(x, t) && (t == first || !x->person_tok[t - 1]))
                add_person(&e, dmi_person_at(x, t));
        for (size_t k = 0; k < trip.person_count; k++)
            add_person(&e, trip.persons[k]);
        dmi_make_label(x, &e, "visit", NULL);
        if (dmi_grow((void **)&L->out, &L->out_cap, L->out_n + 1, sizeof *L->out) != 0)
            return -1;
        L->out[L->out_n].ev = e;
        L->out[L->out_n].order = e.sentences[0] * 2 + 1;
        L->out_n++;
    }
    return 0;
}

/* The title (sentence hs) names a list of trips: a plural trip noun. */
static int title_lists_trips(const dmi_extraction_t *x, size_t hs)
{
    const dmi_article_t *a = x->art;
    /* The noun, not a headline's verb after its subject ("Kim visits
     * Beijing"): the title's first word, or after a word in lower case or
     * an adjective of trips ("International", "Foreign"). */
    for (size_t t = a->sentences[hs].first; t < a->sentences[hs].last; t++)
        if (dmi_tok_in_set(a, t, &trip_list_titles) >= 0 &&
            (t == a->sentences[hs].first || !dmi_tok_cap(a, t - 1) || !x->person_tok[t - 1]))
            return 1;
    return 0;
}

int dmi_trip_list_items(dmi_extraction_t *x, dmi_xevent_t **events, size_t *count, size_t *cap, size_t max)
{
    const dmi_article_t *a = x->art;
    char headline[200];
    size_t hs = NONE, hfrom = 0;
    if (!dmi_article_headline(x, headline, sizeof headline, &hs, &hfrom) || hs == NONE ||
        hs + 1 >= a->sentence_count || !title_lists_trips(x, hs))
        return 0;
    /* The lead: the paragraph after the title. */
    size_t lead_first = hs + 1;
    size_t lead_end = paragraph_end(a, lead_first);
    size_t who = title_traveller(x, hs);
    /* "List of ... trips": the lead names whom the title does not. */
    if (who == NONE && dmi_tok_eq(a, a->sentences[hs].first, "List"))
        who = person_in(x, a->sentences[lead_first].first, a->sentences[lead_end - 1].last);
    if (who == NONE)
        return 0;
    dmi_xevent_t *ev = *events;
    size_t n = *count;
    keyed_event_t *out = NULL;
    size_t out_n = 0;
    unsigned char *drop = dmi_calloc(n + 1, 1);
    if (!drop)
        return -1;
    /* The lead describes the list ("a list of trips made by X"): what it
     * tells with no date of its own, dated only by the page's date line, is
     * no trip. */
    for (size_t i = 0; i < n; i++) {
        const dmi_xevent_t *e = &ev[i];
        if (e->sentences[0] >= lead_end || !is_meet_family(e->type))
            continue;
        if (!e->date.year || e->date_weak ||
            (e->date.year == x->date.year && e->date.month == x->date.month && e->date.day == x->date.day))
            drop[i] = 1;
    }
    list_state_t L = {.x = x, .ev = ev, .n = n, .drop = drop, .who = who};
    for (size_t si = lead_end; si < a->sentence_count;) {
        size_t sj = paragraph_end(a, si);
        size_t first = a->sentences[si].first, last = a->sentences[sj - 1].last;
        /* A table's rows, which the corpus joins into one paragraph ("|
         * C | T | days | details | | C2 | ..."): each row an item; else
         * the paragraph is one, its date and towns in its first sentence. */
        size_t pipes[DMI_TABLE_PIPES_MAX], np = 0;
        for (size_t t = first; t < last && np < G_N_ELEMENTS(pipes); t++)
            if (dmi_tok_punct(a, t, '|'))
                pipes[np++] = t;
        size_t sep = np && pipes[0] == first ? separator_cell(a, pipes, np) : 0;
        if (sep >= 2) {
            size_t cols = sep - 1;
            /* the column names ("Areas visited") tell no trip */
            for (size_t i = 0; i < n; i++)
                if (ev[i].trigger >= first && ev[i].trigger < pipes[sep + cols < np ? sep + cols : np - 1])
                    drop[i] = 1;
            for (size_t c = sep + cols + 1; c + cols < np; c += cols + 1)
                /* a row's date and towns in its cells but the last, the
                 * details ("Met Y; talks on the war in T2") */
                if (list_item(&L, pipes[c] + 1, pipes[c + cols], cols >= 3 ? pipes[c + cols - 1] : pipes[c + cols], 1) != 0)
                    goto oom;
        } else if (list_item(&L, first, last, a->sentences[si].last, 0) != 0) {
            goto oom;
        }
        si = sj;
    }
    out = L.out;
    out_n = L.out_n;
    /* Text order: the item's new visit after the events its paragraph told
     * (the paragraph's first sentence holds both). */
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += !drop[i];
    total += out_n;
    if (total > max)
        total = max;
    keyed_event_t *all = dmi_calloc(n + out_n + 1, sizeof *all);
    if (!all) {
        free(out);
        free(drop);
        return -1;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!drop[i]) {
            all[m].ev = ev[i];
            all[m].order = ev[i].sentences[0] * 2;
            m++;
        }
    for (size_t i = 0; i < out_n; i++)
        all[m++] = out[i];
    /* qsort is not stable: the rank inside one key comes from the index. */
    for (size_t i = 0; i < m; i++)
        all[i].order = all[i].order * (n + out_n + 1) + i;
    qsort(all, m, sizeof *all, keyed_cmp);
    if (dmi_grow((void **)events, cap, total + 1, sizeof **events) != 0) {
        free(all);
        free(out);
        free(drop);
        return -1;
    }
    for (size_t i = 0; i < total; i++)
        (*events)[i] = all[i].ev;
    *count = total;
    free(all);
    free(out);
    free(drop);
    return 0;
oom:
    free(L.out);
    free(drop);
    return -1;
}
