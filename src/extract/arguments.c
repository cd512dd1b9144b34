/* Extraction, phase 5: event arguments. For one trigger's clause: where it
 * happened (cued cities and sites first, a venue over the town around it,
 * countries only when nothing finer is named, the dateline's city for a
 * wire report's lede), the sender's and the recipient's places of a
 * communication, the participating countries and persons, and the date
 * nearest the trigger.
 *
 * Takes: a clause's token range, mentions, people, dates found in the
 * sentence. Gives: places, participants, persons and a date chosen for one
 * event. Never: decides whether the event exists (events.c does), merges
 * events. */
#include "extract-private.h"
#include "geom-private.h"

#include <glib.h>
#include <string.h>

/* A place name used as a modifier, not as the place where something
 * happened: "the border city of Kaesong", "border guards". */
static int modifier_use(const dmi_article_t *a, const dmi_mention_t *m)
{
    static const char *const heads[] = {"city", "town", "village", "towns", "cities", "villages", "area",
                                        "areas", "region", "county", "province", "crossing", "crossings",
                                        "guard", "guards", "troops", "post", "posts", "checkpoint",
                                        "tensions", "dispute", "disputes", "fence", "wall", "patrol",
                                        "patrols", "district", "police", "control", "security", "trade",
                                        "residents", "officials",
                                        /* "the U.S. president", "a Japanese delegation": who, not where */
                                        "president", "prime", "premier", "foreign", "secretary", "minister",
                                        "ambassador", "envoy", "delegation", "delegations", "leader",
                                        "official", "diplomat", "diplomats", "chancellor", "king",
                                        /* "then-U.S. Speaker", "U.S. citizens visiting", "U.S. lawmakers" */
                                        "speaker", "citizens", "nationals", "lawmakers", "senator", "senators",
                                        "navy", "army", "military", "forces", "tourists", "students", NULL};
    size_t nx = m->last;
    return nx < a->token_count && a->tokens[nx].sentence == m->sentence && dmi_tok_in(a, nx, heads) >= 0;
}

int dmi_usable_mention(const dmi_mention_t *m)
{
    return !(m->flags & (DMI_MENTION_EMBEDDED | DMI_MENTION_PEOPLE));
}

void dmi_add_participant(dmi_xevent_t *e, const char *cc)
{
    if (!cc || !cc[0] || e->participant_count >= G_N_ELEMENTS(e->participants))
        return;
    for (size_t i = 0; i < e->participant_count; i++)
        if (strcmp(e->participants[i], cc) == 0)
            return;
    g_strlcpy(e->participants[e->participant_count++], cc, 3);
}

void dmi_add_place(dmi_xevent_t *e, size_t p)
{
    if (p == NONE || e->place_count >= G_N_ELEMENTS(e->places))
        return;
    for (size_t i = 0; i < e->place_count; i++)
        if (e->places[i] == p)
            return;
    e->places[e->place_count++] = p;
}

static void add_person_index(dmi_xevent_t *e, size_t p)
{
    if (p == NONE || e->person_count >= G_N_ELEMENTS(e->persons))
        return;
    for (size_t i = 0; i < e->person_count; i++)
        if (e->persons[i] == p)
            return;
    e->persons[e->person_count++] = p;
}

/* The name holding token t is written in the possessive before words that
 * are not an event's noun: "President X's chief of staff", "X's
 * commitment", "X's government" tell whose they are, and the person does
 * not take part. "X's visit" is X's, and so is what happens during it
 * ("signed during X's visit"); not what comes after or before it
 * ("Following X's visit, the minister will meet ..."); a host's
 * invitation makes X a party too (rules/party_nouns.txt); a role or kin
 * word possessed first ("X's envoy", "X's wife") is someone else. The possessed
 * words are read up to five, to punctuation other than a hyphen. */
static const char *const party_nouns_list[] = {
#include "rules/party_nouns.inc"
    NULL};
static dmi_word_set_t party_nouns = DMI_WORD_SET(party_nouns_list);

static int possessive_of_another(const dmi_extraction_t *x, const dmi_xevent_t *e, size_t t)
{
    static const char *const sequels[] = {"after", "following", "before", "since", "ahead", NULL};
    const dmi_article_t *a = x->art;
    size_t s = t + 1;
    while (s < a->token_count && x->person_tok[s] && !(a->tokens[s].flags & DMI_TOK_POSS))
        s++;
    if (s >= a->token_count || !(a->tokens[s].flags & DMI_TOK_POSS))
        return 0;
    size_t b = t;   /* the first word of the name and its titles */
    while (b > 0 && dmi_tok_same_sentence(a, b - 1, t) && (x->person_tok[b - 1] || dmi_is_person_title(a, b - 1)))
        b--;
    int sequel = b > 0 && dmi_tok_same_sentence(a, b - 1, t) && dmi_tok_in(a, b - 1, sequels) >= 0;
    for (size_t u = s + 1; u <= s + 5 && dmi_tok_same_sentence(a, s, u); u++) {
        if (u == e->trigger || (!sequel && dmi_trigger_at(a, u)) || dmi_tok_in_set(a, u, &party_nouns) >= 0)
            return 0;
        /* "X's chief of staff visits", "X's envoy met": another person,
         * whose event the verb after tells. */
        if (dmi_tok_word(a, u) && !(a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
            (dmi_tok_in_set_cs(a, u, &dmi_role_nouns) || dmi_is_person_title(a, u)))
            return 1;
        if (dmi_tok_punct_any(a, u) && !dmi_tok_punct(a, u, '-'))
            break;
    }
    return 1;
}

/* Nouns of what a person puts forward, whose "of X" names no one
 * present: rules/proposal_nouns.txt. */
static const char *const proposal_nouns_list[] = {
#include "rules/proposal_nouns.inc"
    NULL};
static dmi_word_set_t proposal_nouns = DMI_WORD_SET(proposal_nouns_list);

/* Past participles of putting an idea forward, whose "by X" names its
 * author: rules/proposing_verbs.txt. */
static const char *const proposing_verbs_list[] = {
#include "rules/proposing_verbs.inc"
    NULL};
static dmi_word_set_t proposing_verbs = DMI_WORD_SET(proposing_verbs_list);

/* The name holding token t (with its titles) is the object of a role noun
 * or of "named after": "a former aide to President X", "the envoy of X",
 * "a spokesman for X", "a hall named after X". Whoever holds the role is
 * the one who takes part, as with "X's envoy" (possessive_of_another);
 * X is only mentioned. */
/* Nouns of what befalls a person or what others keep of one ("the death
 * of King X"): rules/memorial_nouns.txt. */
static const char *const memorial_nouns_list[] = {
#include "rules/memorial_nouns.inc"
    NULL};
static dmi_word_set_t memorial_nouns = DMI_WORD_SET(memorial_nouns_list);

static int object_of_role(const dmi_extraction_t *x, size_t t)
{
    static const char *const links[] = {"to", "of", "for", NULL};
    const dmi_article_t *a = x->art;
    size_t b = t;
    while (b > 0 && dmi_tok_same_sentence(a, b - 1, t) && (x->person_tok[b - 1] || dmi_is_person_title(a, b - 1)))
        b--;
    if (b < 2 || !dmi_tok_same_sentence(a, b - 2, t))
        return 0;
    if (dmi_tok_eq(a, b - 1, "after") && dmi_tok_eq(a, b - 2, "named"))
        return 1;
    /* "the plan of President X", "a proposal by X": what X put forward
     * is told, not X's presence (rules/proposal_nouns.txt). */
    if ((dmi_tok_is(a, b - 1, "of") || dmi_tok_is(a, b - 1, "by")) && dmi_tok_word(a, b - 2) &&
        !(a->tokens[b - 2].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) && dmi_tok_in_set(a, b - 2, &proposal_nouns) >= 0)
        return 1;
    /* "an idea first proposed by X": its author, not one present
     * (rules/proposing_verbs.txt). */
    size_t c = b; /* past a title's capitalised words: "by French Farm Minister X" */
    while (c > 2 && c + 4 > b && dmi_tok_word(a, c - 1) && dmi_tok_cap(a, c - 1) && dmi_tok_same_sentence(a, c - 1, t))
        c--;
    if (c >= 2 && dmi_tok_is(a, c - 1, "by") && dmi_tok_in_set(a, c - 2, &proposing_verbs) >= 0)
        return 1;
    /* "a year after the death of Shah X": X's death dates the event. */
    if (dmi_tok_is(a, b - 1, "of") && dmi_tok_word(a, b - 2) &&
        !(a->tokens[b - 2].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) && dmi_tok_in_set(a, b - 2, &memorial_nouns) >= 0)
        return 1;
    return dmi_tok_in(a, b - 1, links) >= 0 && dmi_tok_word(a, b - 2) &&
           !(a->tokens[b - 2].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) && dmi_tok_in_set_cs(a, b - 2, &dmi_role_nouns);
}

void dmi_persons_of(const dmi_extraction_t *x, dmi_xevent_t *e, size_t first, size_t last)
{
    /* Not a name read inside a place's ("Costa" of "Costa Rican"). The
     * first 64 names of the clause are read: a hostile sentence of one
     * name repeated stays linear. */
    size_t read = 0;
    for (size_t t = first; t < last && read < 64 && e->person_count < G_N_ELEMENTS(e->persons); t++)
        if (x->person_tok[t] && !dmi_inside_mention(x, t) && (possessive_of_another(x, e, t) || object_of_role(x, t))) {
            read++;
        } else if (x->person_tok[t] && !dmi_inside_mention(x, t)) {
            /* A spokesperson tells of the event unless it is what they said. */
            size_t p = dmi_person_at(x, t);
            if (p == NONE || e->type == DM_EVENT_STATEMENT || !x->people[p].spokesperson)
                add_person_index(e, p);
            read++;
        } else if (e->type != DM_EVENT_STATEMENT) {
            /* "met the North Korean leader": the leader named before. Not
             * for a statement, whose persons are who spoke. */
            add_person_index(e, dmi_person_described(x, t));
        }
}

/* Appends person p to found (n of cap) unless it is there already. */
static void add_found(size_t *found, size_t *n, size_t cap, size_t p)
{
    for (size_t i = 0; i < *n; i++)
        if (found[i] == p)
            return;
    if (*n < cap)
        found[(*n)++] = p;
}

/* Adds the persons named in tokens [first, last) to found (distinct, text
 * order), spokespersons left out. */
static void persons_in(const dmi_extraction_t *x, size_t first, size_t last, size_t *found, size_t *n, size_t cap)
{
    for (size_t t = first; t < last && *n < cap; t++) {
        size_t p = x->person_tok[t] && !dmi_inside_mention(x, t) ? dmi_person_at(x, t) : dmi_person_described(x, t);
        if (p == NONE || x->people[p].spokesperson)
            continue;
        add_found(found, n, cap, p);
    }
}

void dmi_persons_before(const dmi_extraction_t *x, dmi_xevent_t *e, size_t before, size_t si)
{
    /* The persons a plural subject stands for: those named before it in
     * its sentence, with those of the nearest sentence before (up to three
     * back) that names anyone ("Trump and Kim met three times ... In
     * Singapore they signed"), when that makes two or more. A sentence
     * naming one person between is a new subject: "their" is then someone
     * else's (the allies', not the last leader named). */
    const dmi_article_t *a = x->art;
    size_t found[8], n = 0;
    persons_in(x, a->sentences[si].first, before, found, &n, G_N_ELEMENTS(found));
    for (size_t back = 1; back <= 3 && back <= si; back++) {
        const dmi_sentence_t *sp = &a->sentences[si - back];
        size_t had = n;
        persons_in(x, sp->first, sp->last, found, &n, G_N_ELEMENTS(found));
        if (n > had)
            break;
    }
    if (n < 2)
        return;
    for (size_t i = 0; i < n; i++)
        add_person_index(e, found[i]);
}

/* Plural nouns of a group that acts for a country or a body ("the
 * Nigerian team", "representatives from X"): rules/group_nouns.txt. */
static const char *const group_nouns_list[] = {
#include "rules/group_nouns.inc"
    NULL};
static dmi_word_set_t group_nouns = DMI_WORD_SET(group_nouns_list);

int dmi_group_noun(const dmi_article_t *a, size_t t)
{
    return dmi_tok_word(a, t) && dmi_tok_in_set(a, t, &group_nouns) >= 0;
}

/* Sentences before and after a group's that may list its members: the
 * dev half's lists lie one to three sentences from the group. */
#define GROUP_REACH 3

typedef struct {
    int noun;      /* the group noun's entry in group_nouns */
    int definite;  /* "the leaders": a group told of before */
    char cc[4][3]; /* the countries its words name */
    size_t n;
} group_t;

static void add_group_country(group_t *g, const char cc[3])
{
    for (size_t i = 0; i < g->n; i++)
        if (!strcmp(g->cc[i], cc))
            return;
    if (g->n < G_N_ELEMENTS(g->cc))
        memcpy(g->cc[g->n++], cc, 3);
}

static int group_of_country(const group_t *g, const char *cc)
{
    for (size_t i = 0; cc && cc[0] && i < g->n; i++)
        if (!strcmp(g->cc[i], cc))
            return 1;
    return 0;
}

/* Words before a group noun that make it one told of before ("the
 * leaders", "both teams", "its delegation"). */
static int definite_word(const dmi_article_t *a, size_t u)
{
    static const char *const words[] = {"the", "its", "their", "his", "her", "both", "two", "three", "these", NULL};
    return dmi_tok_in(a, u, words) >= 0 || (a->tokens[u].flags & DMI_TOK_POSS);
}

/* A group noun at token t (lower case, or opening its clause:
 * "Representatives from X are meeting"), with the countries its words
 * name: countries or demonyms in the run right before it ("the Greek- and
 * Turkish-Cypriot leaders": capitalised words, hyphens, "and"), or one
 * after "from" or "of" ("representatives from X"). 0 when t is no group
 * noun. */
static int group_at(const dmi_extraction_t *x, size_t t, group_t *g)
{
    const dmi_article_t *a = x->art;
    g->n = 0;
    g->definite = 0;
    if (!dmi_tok_word(a, t) || (g->noun = dmi_tok_in_set(a, t, &group_nouns)) < 0)
        return 0;
    if (dmi_tok_cap(a, t) && dmi_tok_prev_word(a, t))
        return 0; /* "the House of Representatives" */
    char cc[3];
    size_t u = t;
    while (u-- > 0 && t - u <= 6 && dmi_tok_same_sentence(a, u, t)) {
        if (dmi_tok_cap(a, u) && !definite_word(a, u)) {
            /* The longer name first: "North Korean", not its "Korean". */
            if (u > 0 && dmi_tok_cap(a, u - 1) && dmi_tok_same_sentence(a, u - 1, u) &&
                dmi_country_named(x, u - 1, u + 1, cc)) {
                add_group_country(g, cc);
                u--;
            } else if (dmi_country_of_word(x, u, cc)) {
                add_group_country(g, cc);
            }
            continue;
        }
        if (!dmi_tok_punct(a, u, '-') && !dmi_tok_is(a, u, "and"))
            break;
    }
    g->definite = u < t && dmi_tok_same_sentence(a, u, t) && definite_word(a, u);
    size_t v = t + 1;
    if (dmi_tok_is(a, v, "from") || dmi_tok_is(a, v, "of")) {
        v += dmi_tok_is(a, v + 1, "the") ? 2 : 1;
        if (dmi_tok_cap(a, v) && dmi_tok_same_sentence(a, t, v) &&
            ((dmi_tok_cap(a, v + 1) && dmi_tok_same_sentence(a, v, v + 1) && dmi_country_named(x, v, v + 2, cc)) ||
             dmi_country_of_word(x, v, cc)))
            add_group_country(g, cc);
    }
    return 1;
}

/* A list of names: the persons (not spokespersons) and the token each is
 * named at. */
typedef struct {
    size_t person[8], at[8];
    size_t n;
} name_list_t;

/* Reads the list of names that starts at token u ("Finance Minister A and
 * the breakaway leader B"): names, titles, capitalised words, "and",
 * commas, determiners and a word after a determiner; it ends at any other
 * word or mark. Returns the token after it. */
static size_t read_name_list(const dmi_extraction_t *x, size_t u, name_list_t *l)
{
    static const char *const joiners[] = {"and", "of", NULL};
    const dmi_article_t *a = x->art;
    size_t from = u;
    l->n = 0;
    for (; u < a->token_count && dmi_tok_same_sentence(a, from, u); u++) {
        if (x->person_tok[u] && !dmi_inside_mention(x, u)) {
            size_t p = dmi_person_at(x, u);
            size_t had = l->n;
            /* "International Red Cross representative X": a body's name
             * read as a person's is no member. */
            if (p != NONE && !x->people[p].spokesperson &&
                !dmi_tok_in_set_cs(a, x->people[p].full_last - 1, &dmi_org_heads))
                add_found(l->person, &l->n, G_N_ELEMENTS(l->person), p);
            if (l->n > had)
                l->at[had] = u;
            continue;
        }
        if (dmi_tok_punct(a, u, ',') || dmi_tok_punct(a, u, '-') || dmi_tok_punct(a, u, '.'))
            continue;
        if (dmi_tok_word(a, u) &&
            (dmi_tok_cap(a, u) || dmi_tok_in(a, u, joiners) >= 0 || dmi_tok_in(a, u, dmi_phrase_determiners) >= 0 ||
             dmi_is_person_title(a, u) || dmi_tok_in_set_cs(a, u, &dmi_office_words) ||
             dmi_tok_in_set_cs(a, u, &dmi_role_nouns) ||
             (u > from && dmi_tok_in(a, u - 1, dmi_phrase_determiners) >= 0)))
            continue;
        /* "C's envoy, Ambassador A,", "the director-general of the C
         * ministry, B": a word after a possessive or inside a hyphenated
         * one belongs to the title before a name. */
        if (u > from && (a->tokens[u].flags & DMI_TOK_POSS) && !x->person_tok[u - 1])
            continue;
        if (dmi_tok_word(a, u) && u > from &&
            ((a->tokens[u - 1].flags & DMI_TOK_POSS) || (dmi_tok_punct(a, u - 1, '-') && dmi_tok_word(a, u - 2))))
            continue;
        /* "foreign minister A and defence minister B": a lower-case word
         * of a title written before it. */
        if (dmi_tok_word(a, u) && dmi_tok_same_sentence(a, u, u + 1) &&
            (dmi_is_person_title(a, u + 1) || dmi_tok_in_set_cs(a, u + 1, &dmi_office_words)))
            continue;
        break;
    }
    return u;
}

/* The name at token t has a country named in the title run before it
 * ("Turkish-Cypriot leader X", "Greek Cypriot President X") that is one of
 * group g's. */
static int title_of_group_country(const dmi_extraction_t *x, size_t t, const group_t *g)
{
    const dmi_article_t *a = x->art;
    char cc[3];
    for (size_t u = t; u-- > 0 && t - u <= 5 && dmi_tok_same_sentence(a, u, t);) {
        if (dmi_tok_cap(a, u) && dmi_country_of_word(x, u, cc))
            return group_of_country(g, cc);
        if (!dmi_tok_cap(a, u) && !dmi_is_person_title(a, u) && !dmi_tok_in_set_cs(a, u, &dmi_role_nouns))
            return 0;
    }
    return 0;
}

/* The persons sentence sj names as members of group g: two or more of one
 * list who speak for its countries ("X's President A and X's leader B"), or
 * the list right after a group noun of the same word or of one of its
 * countries ("the X team, headed by A and B", "the mediators, A and B,"). */
static void group_members(const dmi_extraction_t *x, size_t sj, int adjacent, const group_t *g, size_t *found,
                          size_t *n, size_t cap)
{
    static const char *const openers[] = {"headed", "led", "including", "namely", NULL};
    const dmi_article_t *a = x->art;
    const dmi_sentence_t *sp = &a->sentences[sj];
    name_list_t l;
    group_t other;
    for (size_t t = sp->first; t < sp->last; t++) {
        if (x->person_tok[t] && !dmi_inside_mention(x, t)) {
            size_t end = read_name_list(x, t, &l), of_group[8], m = 0;
            for (size_t i = 0; i < l.n; i++)
                if (group_of_country(g, x->people[l.person[i]].country) || title_of_group_country(x, l.at[i], g))
                    of_group[m++] = l.person[i];
            for (size_t i = 0; m >= 2 && i < m; i++)
                add_found(found, n, cap, of_group[i]);
            t = end > t ? end - 1 : t;
        } else if (group_at(x, t, &other)) {
            /* "the negotiators", then "The mediators -- A, B and C --": two
             * groups told of before, of no country, one sentence apart. */
            int same = other.noun == g->noun || (adjacent && g->definite && other.definite && !g->n && !other.n);
            for (size_t i = 0; !same && i < other.n; i++)
                same = group_of_country(g, other.cc[i]);
            if (!same)
                continue;
            size_t u = t + 1;
            while (dmi_tok_punct(a, u, ',') || dmi_tok_punct(a, u, '-'))
                u++;
            if (dmi_tok_in(a, u, openers) >= 0)
                u += dmi_tok_is(a, u + 1, "by") ? 2 : 1;
            read_name_list(x, u, &l);
            for (size_t i = 0; i < l.n; i++)
                add_found(found, n, cap, l.person[i]);
        }
    }
}

void dmi_persons_of_group(const dmi_extraction_t *x, dmi_xevent_t *e, size_t first, size_t last, size_t si)
{
    /* "Representatives from X are meeting ...", then two sentences on
     * "the X team, headed by A and B": a group in the event's clause stands
     * for the persons the nearest sentence (up to three away, before
     * first) names for it, when that is two or more. A group told for the
     * first time ("senior X officials") is named after it if at all; only
     * one told of before ("the two leaders") looks back too. Not for a
     * statement, whose persons are who spoke. */
    const dmi_article_t *a = x->art;
    if (e->type == DM_EVENT_STATEMENT)
        return;
    /* "met the negotiators": a group noun that is itself a trigger opens
     * the next clause; as the object right after this clause's
     * determiner it is this event's. */
    size_t end = last;
    if (last > first && dmi_tok_in(a, last - 1, dmi_phrase_determiners) >= 0 &&
        dmi_tok_same_sentence(a, last - 1, last))
        end = last + 1;
    for (size_t t = first; t < end; t++) {
        group_t g;
        if (!group_at(x, t, &g))
            continue;
        for (size_t d = 1; d <= GROUP_REACH; d++) {
            size_t found[8], n = 0;
            if (g.definite && d <= si)
                group_members(x, si - d, d == 1, &g, found, &n, G_N_ELEMENTS(found));
            if (n < 2 && si + d < a->sentence_count) {
                n = 0;
                group_members(x, si + d, d == 1, &g, found, &n, G_N_ELEMENTS(found));
            }
            if (n < 2)
                continue;
            for (size_t i = 0; i < n; i++)
                add_person_index(e, found[i]);
            break;
        }
    }
}

void dmi_persons_after_opening(const dmi_extraction_t *x, dmi_xevent_t *e, size_t sfirst, size_t trig, size_t slast)
{
    /* "In a meeting with A in Lima, Foreign Minister B said ...", "During
     * talks with A, B ...": a gathering told in a phrase that opens the
     * sentence has the main clause's subject as its other party. The
     * phrase is a preposition, up to three lower-case words, the trigger
     * and "with"; the subject is the name right after its comma, titles
     * and a country's word before it allowed. */
    static const char *const openers[] = {"in", "during", "at", "after", "following", NULL};
    const dmi_article_t *a = x->art;
    if ((e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS && e->type != DM_EVENT_CALL) ||
        dmi_tok_in(a, sfirst, openers) < 0 || trig <= sfirst || trig - sfirst > 4 || !dmi_tok_is(a, trig + 1, "with"))
        return;
    for (size_t u = sfirst + 1; u < trig; u++)
        if (!dmi_tok_word(a, u) || (a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)))
            return;
    size_t c = trig + 2;
    while (c < slast && !dmi_tok_punct(a, c, ','))
        c++;
    size_t u = c + 1;
    char cc[3];
    while (u < slast && u < c + 6 && !x->person_tok[u] && dmi_tok_word(a, u) &&
           (dmi_is_person_title(a, u) || dmi_tok_in_set_cs(a, u, &dmi_portfolios) || dmi_country_of_word(x, u, cc)))
        u++;
    if (u < slast && x->person_tok[u] && !dmi_inside_mention(x, u)) {
        size_t p = dmi_person_at(x, u);
        if (p != NONE && !x->people[p].spokesperson)
            add_person_index(e, p);
    }
}

/* The token after the name holding person token t (its possessive left
 * out: "X's" ends before the "'s"). */
static size_t name_end(const dmi_extraction_t *x, size_t t)
{
    while (t < x->art->token_count && x->person_tok[t] && !(x->art->tokens[t].flags & DMI_TOK_POSS))
        t++;
    return t;
}

void dmi_persons_of_possessive(const dmi_extraction_t *x, dmi_xevent_t *e, size_t sfirst, size_t trig, size_t slast)
{
    /* "X was to brief Y on his talks with Z": a gathering's noun after
     * "his", "her" or "their" (up to three lower-case words between: "their
     * joint meeting", "his two-day visit") is the possessor's and its
     * partner's, not every name of the sentence. "His" is the last name
     * before it in a subject's place (a word after it that is no
     * preposition: "Y on", "Y about" are objects); "their" the last two
     * names joined by "and". The partner is a name after the noun, up to
     * the next mark. */
    static const char *const preps[] = {"on", "about", "in", "at", "with", "to", "for", "of", "from", "by",
                                        "during", "after", "before", "and", "or", "over", "into", NULL};
    const dmi_article_t *a = x->art;
    /* Gatherings with a partner only: a visit's hosts may be told after
     * a mark ("during her visit, sparring with President Y"). */
    if ((e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS && e->type != DM_EVENT_CALL) || trig <= sfirst)
        return;
    size_t t = trig;
    while (t > sfirst && t + 4 > trig &&
           ((dmi_tok_word(a, t - 1) && !(a->tokens[t - 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
             !dmi_tok_is(a, t - 1, "his") && !dmi_tok_is(a, t - 1, "her") && !dmi_tok_is(a, t - 1, "their")) ||
            dmi_tok_punct(a, t - 1, '-')))
        t--;
    if (t == sfirst || t == trig + 1)
        return;
    size_t pron = t - 1;
    int plural = dmi_tok_is(a, pron, "their");
    if (!plural && !dmi_tok_is(a, pron, "his") && !dmi_tok_is(a, pron, "her"))
        return;
    size_t who[2] = {NONE, NONE};
    for (size_t u = sfirst; u < pron; u++) {
        if (!x->person_tok[u] || dmi_inside_mention(x, u))
            continue;
        size_t p = dmi_person_at(x, u), end = name_end(x, u);
        if (p == NONE || x->people[p].spokesperson || end >= pron) {
            u = end;
            continue;
        }
        if (plural) {
            /* "A and B": the name after "and", its titles before it. */
            size_t v = end + 1;
            while (v < pron && !x->person_tok[v] && dmi_tok_word(a, v) &&
                   (dmi_is_person_title(a, v) || dmi_tok_cap(a, v)))
                v++;
            if (dmi_tok_is(a, end, "and") && v < pron && x->person_tok[v] && dmi_person_at(x, v) != NONE &&
                !x->people[dmi_person_at(x, v)].spokesperson) {
                who[0] = p;
                who[1] = dmi_person_at(x, v);
            }
        } else if (dmi_tok_word(a, end) && !(a->tokens[end].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
                   dmi_tok_in(a, end, preps) < 0) {
            who[0] = p;
        }
        u = end;
    }
    if (who[0] == NONE)
        return;
    /* The partners: the names listed after "with", which comes after the
     * noun before any mark. */
    name_list_t l = {.n = 0};
    for (size_t u = trig + 1; u < slast && !dmi_tok_punct_any(a, u); u++)
        if (dmi_tok_is(a, u, "with")) {
            read_name_list(x, u + 1, &l);
            break;
        }
    e->person_count = 0;
    add_person_index(e, who[0]);
    add_person_index(e, who[1]);
    for (size_t i = 0; i < l.n; i++)
        add_person_index(e, l.person[i]);
}

void dmi_persons_by_agent(const dmi_extraction_t *x, dmi_xevent_t *e, size_t trig, size_t end)
{
    /* "The summit was attended by A and B", "talks chaired by A", "a forum
     * hosted by A": who a gathering's passive verb names after "by" takes
     * part. The gathering told back ("the meeting") reads no farther than
     * its own words, so the verb is looked for up to the next trigger. */
    static const char *const verbs[] = {"attended", "chaired", "co-chaired", "hosted", "co-hosted", NULL};
    static const char *const gathering_verbs[] = {"gathered", "included", "involved", NULL};
    const dmi_article_t *a = x->art;
    if (e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS)
        return;
    for (size_t u = trig + 1; u + 2 < end && u + 2 < a->token_count; u++) {
        /* The active verbs of who a gathering has: "brought together A and
         * B", "gathered A and B", "included A and B". */
        size_t from = NONE;
        if (dmi_tok_in(a, u, verbs) >= 0 && dmi_tok_is(a, u + 1, "by"))
            from = u + 2;
        else if (dmi_tok_is(a, u, "brought") && dmi_tok_is(a, u + 1, "together"))
            from = u + 2;
        else if (dmi_tok_in(a, u, gathering_verbs) >= 0)
            from = u + 1;
        if (from == NONE)
            continue;
        name_list_t l;
        read_name_list(x, from, &l);
        if (!l.n)
            continue;
        for (size_t i = 0; i < l.n; i++)
            add_person_index(e, l.person[i]);
        return;
    }
}

/* Nouns for one country's half of a gathering, whose head the next
 * sentence may name ("The C side was led by X", "the C delegation,
 * headed by X,"): rules/side_nouns.txt. */
static const char *const side_nouns_list[] = {
#include "rules/side_nouns.inc"
    NULL};
static dmi_word_set_t side_nouns = DMI_WORD_SET(side_nouns_list);

/* Adds the names listed from token u on to e. */
static void add_list_at(const dmi_extraction_t *x, dmi_xevent_t *e, size_t u)
{
    name_list_t l;
    read_name_list(x, u, &l);
    for (size_t i = 0; i < l.n; i++)
        add_person_index(e, l.person[i]);
}

void dmi_persons_told_after(const dmi_extraction_t *x, dmi_xevent_t *e, size_t si)
{
    /* A gathering told in sentence si whose persons the next sentence
     * names by who led a side ("The C side was led by X", "the C
     * delegation, headed by X, asked ...", "and the D side by Y") or by who
     * attended ("Among those attending were A and B", "Attending were A
     * and B", "It was attended by A", "A and B were among those
     * attending"). */
    static const char *const led[] = {"led", "headed", NULL};
    static const char *const be[] = {"was", "were", "is", "are", NULL};
    static const char *const openers[] = {"among", "attending", "present", "those", "it", "attendees",
                                          "participants", "guests", "taking", NULL};
    const dmi_article_t *a = x->art;
    if ((e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS) || si + 1 >= a->sentence_count)
        return;
    const dmi_sentence_t *sn = &a->sentences[si + 1];
    for (size_t t = sn->first; t + 2 < sn->last; t++) {
        if (!dmi_tok_word(a, t) || dmi_tok_in_set(a, t, &side_nouns) < 0 || dmi_tok_cap(a, t))
            continue;
        size_t u = t + 1;
        u += dmi_tok_punct(a, u, ',');
        u += dmi_tok_in(a, u, be) >= 0;
        if (dmi_tok_in(a, u, led) >= 0)
            u++;
        else if (u != t + 1)
            continue; /* "and the D side by Y": "by" right after the noun */
        if (dmi_tok_is(a, u, "by") && u + 1 < sn->last)
            add_list_at(x, e, u + 1);
    }
    /* Attendance: an opener, a few lower-case words, then "were",
     * "included" or (after "It") "attended by", within the sentence's first
     * eight tokens; "Taking part in the Lima round were A and
     * B" (wire copy), within twelve, "part" right after "Taking". */
    int taking = dmi_tok_is(a, sn->first, "taking");
    if (dmi_tok_in(a, sn->first, openers) >= 0 && (!taking || dmi_tok_is(a, sn->first + 1, "part")))
        for (size_t u = sn->first + 1; u < sn->last && u < sn->first + (taking ? 12 : 8); u++) {
            if ((dmi_tok_is(a, u, "were") || dmi_tok_is(a, u, "included") ||
                 (dmi_tok_is(a, u, "by") && dmi_tok_is(a, u - 1, "attended"))) &&
                !dmi_tok_is(a, sn->first, "it") == !dmi_tok_is(a, u, "by")) {
                add_list_at(x, e, u + 1);
                break;
            }
            if (!dmi_tok_word(a, u) || dmi_tok_cap(a, u))
                break;
        }
    /* "A and B were among those attending"; "X led the C delegation";
     * "Leaders including A and B attended". */
    name_list_t l;
    size_t from = sn->first;
    if (dmi_tok_in_set(a, from, &group_nouns) >= 0 && dmi_tok_is(a, from + 1, "including"))
        from += 2;
    size_t end = read_name_list(x, from, &l);
    int side = 0;
    for (size_t u = end + 1; dmi_tok_in(a, end, led) >= 0 && u < end + 5 && u < sn->last && !side; u++)
        side = dmi_tok_in_set(a, u, &side_nouns) >= 0;
    if (l.n &&
        ((from == sn->first && dmi_tok_is(a, end, "were") && dmi_tok_is(a, end + 1, "among") &&
          (dmi_tok_is(a, end + 2, "those") || dmi_tok_is(a, end + 2, "the"))) ||
         (from == sn->first && side) || (from > sn->first && dmi_tok_is(a, end, "attended"))))
        for (size_t i = 0; i < l.n; i++)
            add_person_index(e, l.person[i]);
}

/* The person a titled name at token u in sentence sn says something as:
 * "[titles] X said", "said [titles] X" ("...," Foreign Minister X said in
 * a statement). NONE when not so. */
static size_t titled_speaker_at(const dmi_extraction_t *x, const dmi_sentence_t *sn, size_t u)
{
    const dmi_article_t *a = x->art;
    if (!x->person_tok[u] || dmi_inside_mention(x, u) || u == sn->first || !dmi_is_person_title(a, u - 1))
        return NONE;
    size_t p = dmi_person_at(x, u);
    if (p == NONE || x->people[p].spokesperson || x->people[p].thing)
        return NONE;
    size_t end = u;
    while (end < sn->last && x->person_tok[end])
        end++;
    size_t b = u;
    while (b > sn->first && dmi_tok_word(a, b - 1) && (dmi_is_person_title(a, b - 1) || dmi_tok_cap(a, b - 1)))
        b--;
    int after = end < sn->last && dmi_tok_word(a, end) && dmi_tok_in_set_cs(a, end, &dmi_speech_verbs);
    int before = b > sn->first && dmi_tok_word(a, b - 1) && dmi_tok_in_set_cs(a, b - 1, &dmi_speech_verbs);
    return after || before ? p : NONE;
}

void dmi_speakers_told_after(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count)
{
    /* Wire copy: "C said on Friday it backed the pact", then "Foreign
     * Minister X said ..." or a quote and "..., Foreign Minister X said":
     * a country's saying told with no speaker is said by the titled person
     * who speaks in the next sentence, when that one is of no other
     * country and no title word names another country. */
    const dmi_article_t *a = x->art;
    for (size_t i = 0; i < count; i++) {
        dmi_xevent_t *e = &events[i];
        if (e->type != DM_EVENT_STATEMENT || e->person_count || e->participant_count != 1 || !e->sentence_count)
            continue;
        size_t si = e->sentences[0];
        if (si + 1 >= a->sentence_count)
            continue;
        /* The saying's own sentence names no one before its verb (its
         * speaker is the country; whom it spoke of may follow). */
        const dmi_sentence_t *own = &a->sentences[si];
        int named = 0;
        for (size_t u = own->first; u < own->last && !named; u++) {
            if (dmi_tok_word(a, u) && dmi_tok_in_set_cs(a, u, &dmi_speech_verbs))
                break;
            named = x->person_tok[u] && !dmi_inside_mention(x, u);
        }
        if (named)
            continue;
        const dmi_sentence_t *sn = &a->sentences[si + 1];
        for (size_t u = sn->first; u < sn->last; u++) {
            size_t p = titled_speaker_at(x, sn, u);
            if (p == NONE)
                continue;
            const char *cc = x->people[p].country;
            int other = cc[0] && strcmp(cc, e->participants[0]) != 0;
            char wc[3];
            for (size_t v = u; v > sn->first && !other && dmi_tok_word(a, v - 1) &&
                               (dmi_is_person_title(a, v - 1) || dmi_tok_cap(a, v - 1));
                 v--)
                other = dmi_country_of_word(x, v - 1, wc) && strcmp(wc, e->participants[0]) != 0;
            if (!other)
                add_person_index(e, p);
            break;
        }
    }
}

void dmi_persons_of_subject(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count)
{
    const dmi_article_t *a = x->art;
    size_t subject = dmi_text_subject(x);
    if (subject == NONE)
        return;
    for (size_t i = 0; i < count; i++) {
        dmi_xevent_t *e = &events[i];
        /* An incident or a broadcast is no act of the person's own. */
        if (e->type == DM_EVENT_INCIDENT || e->type == DM_EVENT_BROADCAST || e->type == DM_EVENT_OTHER)
            continue;
        if (e->trigger >= a->token_count)
            continue;
        /* A group told before the trigger ("Envoys met in C", "They
         * signed") acts without the subject; so does, in a meeting, talks
         * or call, anyone named, described or told by a pronoun there:
         * "Talks in C with President X" leaves the list's person out as
         * its subject, "King Y met X" does not. */
        const dmi_sentence_t *sn = &a->sentences[a->tokens[e->trigger].sentence];
        int group = 0, told = 0;
        for (size_t t = sn->first; t < e->trigger && !group; t++) {
            group = dmi_tok_is(a, t, "they") || dmi_tok_is(a, t, "we") || dmi_tok_in_set(a, t, &group_nouns) >= 0 ||
                    dmi_tok_in_set(a, t, &side_nouns) >= 0;
            told |= x->person_tok[t] || dmi_person_described(x, t) != NONE || dmi_tok_is(a, t, "he") ||
                    dmi_tok_is(a, t, "she");
        }
        if (group)
            continue;
        if (e->person_count == 0 ||
            (!told && (e->type == DM_EVENT_MEETING || e->type == DM_EVENT_TALKS || e->type == DM_EVENT_CALL)))
            add_person_index(e, subject);
    }
}

/* The name holding token t is written in the possessive ("X's trip"). */
static int possessive_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    size_t s = t;
    while (s < a->token_count && x->person_tok[s] && !(a->tokens[s].flags & DMI_TOK_POSS))
        s++;
    return s < a->token_count && (a->tokens[s].flags & DMI_TOK_POSS);
}

void dmi_person_of_pronoun(const dmi_extraction_t *x, dmi_xevent_t *e, size_t si)
{
    /* "He will tour a clinic before chairing a meeting": a subject "he" or
     * "she" stands for the first person named in the sentence before, the
     * subject there in the usual order of English; a name in the
     * possessive ("X's trip was planned for months") only when the
     * sentence names no one else. A sentence before that names no one
     * carries the thread back (up to three sentences) only when it too
     * has "he" or "she" ("He praised the hosts."); one that does not
     * ("The man had been ill") is about someone unnamed, and no one is
     * added. A spokesperson is who reports, unless the event is what was
     * said. A description ("the French president") counts as its named
     * holder. */
    /* A sentence whose own subject is "he" or "she", before any name
     * ("In 1962 he met King X in C. He then visited D."), carries the
     * thread back past the names it holds: its objects are not who the
     * next "he" is. Such hops are counted apart (a profile's paragraph
     * tells one person's acts sentence after sentence). */
    const dmi_article_t *a = x->art;
    size_t hops = 0;
    for (size_t back = 1; back <= 3 + hops && back <= si && hops < 8; back++) {
        const dmi_sentence_t *sp = &a->sentences[si - back];
        size_t owner = NONE;   /* the first name in the possessive */
        int pronoun = 0, carried = 0;
        for (size_t t = sp->first; t < sp->last && !carried; t++) {
            size_t p;
            if ((dmi_tok_is(a, t, "he") || dmi_tok_is(a, t, "she")) && !dmi_in_quotation(a, sp->first, t)) {
                if (!pronoun && owner == NONE)
                    carried = 1;
                pronoun = 1;
                continue;
            }
            if (x->person_tok[t] && !dmi_inside_mention(x, t)) {
                if (possessive_name(x, t)) {
                    p = dmi_person_at(x, t);
                    while (p == NONE && t + 1 < sp->last && x->person_tok[t + 1] &&
                           !(a->tokens[t + 1].flags & DMI_TOK_POSS))
                        p = dmi_person_at(x, ++t);
                    if (owner == NONE)
                        owner = p;
                    while (t + 1 < sp->last && x->person_tok[t + 1])
                        t++;
                    continue;
                }
                p = dmi_person_at(x, t);
            } else {
                p = dmi_person_described(x, t);
            }
            if (p == NONE || (x->people[p].spokesperson && e->type != DM_EVENT_STATEMENT))
                continue;
            add_person_index(e, p);
            return;
        }
        if (carried) {
            hops++;
            continue;
        }
        if (owner != NONE && !(x->people[owner].spokesperson && e->type != DM_EVENT_STATEMENT)) {
            add_person_index(e, owner);
            return;
        }
        if (!pronoun)
            return;
    }
}

/* Nouns of a place's kind written between a cue and the name ("in the
 * northern city of X"): rules/settlement_nouns.txt. */
static const char *const settlement_nouns_list[] = {
#include "rules/settlement_nouns.inc"
    NULL};
static dmi_word_set_t settlement_nouns = DMI_WORD_SET(settlement_nouns_list);

int dmi_settlement_noun(const dmi_article_t *a, size_t t)
{
    return !(a->tokens[t].flags & DMI_TOK_CAP) && dmi_tok_in_set(a, t, &settlement_nouns) >= 0;
}

/* A cue word among the four words before the noun of a place's kind at
 * token noun (noun >= 1): its determiner and adjectives; a conjunction,
 * "of" or "with" ends the noun phrase. */
static int cue_before_noun(const dmi_article_t *a, const dmi_mention_t *m, size_t noun, const char *const *words)
{
    for (size_t p = noun - 1; p + 5 > noun && a->tokens[p].sentence == m->sentence; p--) {
        if (!(a->tokens[p].flags & DMI_TOK_WORD))
            break;
        if (dmi_tok_in(a, p, words) >= 0)
            return 1;
        if (dmi_tok_is(a, p, "and") || dmi_tok_is(a, p, "or") || dmi_tok_is(a, p, "of") ||
            dmi_tok_is(a, p, "with") || p == 0)
            break;
    }
    return 0;
}

/* An incident happens where it hits: "attacks in Homs", "strikes on
 * Damascus", "the missile attack against Mecca". Not "to" ("ties to
 * Baghdad"), and never an uncued name: the attacker ("U.S. missile
 * attacks"), the reporter ("New Zealand said") or a dateline. */
static const char *const incident_cues[] = {"in", "at", "near", "outside", "inside", "on", "against", "into",
                                            "off", "hit", "hitting", "struck", "targeted", "shelled", "bombed",
                                            "attacked", "raided", NULL};

/* "shelled villages in southern Lebanon": before an incident's place, the
 * part of the country or city it is qualified by is skipped like a
 * determiner (rules/region_adjectives.txt). Only for incidents: a statement
 * "in the western Pacific" names a sea, no place of the event. */
static const char *const region_adjectives_list[] = {
#include "rules/region_adjectives.inc"
    NULL};
static dmi_word_set_t region_adjectives = DMI_WORD_SET(region_adjectives_list);

int dmi_has_cue_word(const dmi_article_t *a, const dmi_mention_t *m, const char *const *words)
{
    /* Skip determiners and adjectives: "at the disputed border village of". */
    size_t t = m->first;
    /* "in the northern port of X", "at the Black Sea resort of X": a cue
     * before the noun of the place's kind, within four words of it (its
     * determiner and adjectives), cues the name after "of"; a conjunction,
     * another "of" or a "with" between them ends the noun phrase ("the
     * mayor of the city of X" is not cued by the "in" before "the mayor"). */
    if (t >= 3 && dmi_tok_is(a, t - 1, "of") && a->tokens[t - 2].sentence == m->sentence &&
        !(a->tokens[t - 2].flags & DMI_TOK_CAP) && dmi_tok_in_set(a, t - 2, &settlement_nouns) >= 0 &&
        cue_before_noun(a, m, t - 2, words))
        return 1;
    /* "In the provincial capital, X, police ...", "in the port city X":
     * the name set in apposition after the noun of its kind takes the cue
     * before that noun, within four words of it (its determiner and
     * adjectives: "the Dagestani capital"); a comma may stand on either
     * side of the name, another preposition or a conjunction ends the
     * noun phrase. */
    {
        size_t n = t >= 1 && dmi_tok_punct(a, t - 1, ',') ? t - 1 : t;
        if (n >= 2 && a->tokens[n - 1].sentence == m->sentence && dmi_settlement_noun(a, n - 1) &&
            cue_before_noun(a, m, n - 1, words))
            return 1;
    }
    for (int back = 1; back <= 4 && t >= (size_t)back; back++) {
        size_t p = t - back;
        if (a->tokens[p].sentence != m->sentence || !(a->tokens[p].flags & DMI_TOK_WORD))
            return 0;
        if (dmi_tok_in(a, p, words) >= 0)
            return 1;
        int skippable = dmi_tok_is(a, p, "the") || dmi_tok_is(a, p, "their") || dmi_tok_is(a, p, "its") ||
                        dmi_tok_is(a, p, "his") || dmi_tok_is(a, p, "her") || dmi_tok_is(a, p, "a") ||
                        memchr(dmi_tok_text(a, p), '-', dmi_tok_len(a, p)) != NULL ||
                        (words == incident_cues && !(a->tokens[p].flags & DMI_TOK_CAP) &&
                         dmi_tok_in_set(a, p, &region_adjectives) >= 0);
        if (!skippable)
            return 0;
    }
    return 0;
}

/* "met in southern France", "talks in northern Italy": "in" and a
 * lower-case region adjective (rules/region_adjectives.txt) right before
 * a country or a region cue a meeting, talks or a visit there as "in"
 * alone does. Only those types and only land above town level: a
 * statement "in the western Pacific" names a sea, no place of the event
 * (the thirty-sixth round's pos36b saw that cost on the dev half). */
static int in_region_part(const dmi_article_t *a, const dmi_mention_t *m, const dmi_xplace_t *p,
                          dm_event_type_t type)
{
    size_t t = m->first;
    if (type != DM_EVENT_MEETING && type != DM_EVENT_TALKS && type != DM_EVENT_VISIT)
        return 0;
    if (p->kind != DM_PLACE_COUNTRY && p->kind != DM_PLACE_REGION)
        return 0;
    return t >= 2 && a->tokens[t - 2].sentence == m->sentence && dmi_tok_is(a, t - 2, "in") &&
           !(a->tokens[t - 1].flags & DMI_TOK_CAP) && dmi_tok_in_set(a, t - 1, &region_adjectives) >= 0;
}

/* Cues that place an event ("in Hanoi", "at Panmunjom"); "of" is not one. */
static const char *const event_cues[] = {"in", "at", "near", "outside", "inside", "to", "visited",
                                         "visit", "visiting", "into", NULL};
/* Relations cut (type other) happen where the envoy leaves: "recalled its
 * ambassador from Tehran", "expelled from Caracas" (and the event cues). */
static const char *const envoy_cues[] = {"in", "at", "to", "from", NULL};

/* "Kyiv was hit by a drone attack": the subject of a passive strike. */
static int struck_subject(const dmi_article_t *a, const dmi_mention_t *m)
{
    static const char *const struck[] = {"hit", "struck", "targeted", "shelled", "bombed", "attacked",
                                         "raided", NULL};
    size_t t = m->last;
    return t + 1 < a->token_count && (dmi_tok_is(a, t, "was") || dmi_tok_is(a, t, "were")) &&
           dmi_tok_in(a, t + 1, struck) >= 0;
}

/* "a shootout north of X", "a mine blast 20 km south-west of X", "east of
 * the capital of X": a relative position (rules/direction_words.txt) right
 * before "of" places an incident at the place after it, the nearest the
 * text names; a noun of a settlement may stand between ("of the capital
 * of X"). */
static const char *const direction_words_list[] = {
#include "rules/direction_words.inc"
    NULL};
static dmi_word_set_t direction_words = DMI_WORD_SET(direction_words_list);

static int relative_position(const dmi_article_t *a, const dmi_mention_t *m)
{
    size_t t = m->first;
    if (t < 2 || !dmi_tok_is(a, t - 1, "of") || a->tokens[t - 2].sentence != m->sentence)
        return 0;
    size_t d = t - 2;
    /* "of the capital of X", "of the town of X" */
    if (!(a->tokens[d].flags & DMI_TOK_CAP) && dmi_tok_in_set(a, d, &settlement_nouns) >= 0) {
        if (d >= 1 && dmi_tok_is(a, d - 1, "the"))
            d--;
        if (d < 2 || !dmi_tok_is(a, d - 1, "of") || a->tokens[d - 2].sentence != m->sentence)
            return 0;
        d -= 2;
    }
    return !(a->tokens[d].flags & DMI_TOK_CAP) && dmi_tok_in_set(a, d, &direction_words) >= 0;
}

/* "the EU Monitoring Mission in C said the blast ...", "the Embassy in C
 * (ECB) reported that ...": a place after "in" closing a body's name (a
 * capitalised head of rules/stationed_bodies.txt, org_heads.txt or
 * org_words.txt right before "in") that speaks (a speech verb within three
 * words after the place, past a bracketed acronym) is the body's seat, not
 * where what it reports happened. */
static const char *const stationed_bodies_list[] = {
#include "rules/stationed_bodies.inc"
    NULL};
static dmi_word_set_t stationed_bodies = DMI_WORD_SET(stationed_bodies_list);

static int speaking_body_seat(const dmi_article_t *a, const dmi_mention_t *m)
{
    size_t t = m->first;
    if (t < 2 || !dmi_tok_is(a, t - 1, "in") || a->tokens[t - 2].sentence != m->sentence ||
        !(a->tokens[t - 2].flags & DMI_TOK_CAP))
        return 0;
    if (!dmi_tok_in_set_cs(a, t - 2, &stationed_bodies) && !dmi_tok_in_set_cs(a, t - 2, &dmi_org_heads) &&
        !dmi_tok_in_set_cs(a, t - 2, &dmi_org_words))
        return 0;
    size_t u = m->last;
    if (u < a->token_count && dmi_tok_punct(a, u, '(')) {
        while (u < a->token_count && u < m->last + 6 && !dmi_tok_punct(a, u, ')'))
            u++;
        u++;
    }
    for (size_t v = u; v < u + 3 && v < a->token_count && a->tokens[v].sentence == m->sentence; v++)
        if (dmi_tok_in_set(a, v, &dmi_speech_verbs) >= 0)
            return 1;
    return 0;
}

/* "Officials in London said the two would meet again", "sources in C
 * told reporters that ...": a place inside the attribution (the speakers'
 * seat right before a speech verb that comes before the trigger) is where
 * the report's source is, often one side's capital, not where the event it
 * reports happened (fortieth round, issue 14: a party's capital taken for
 * the venue; the wire grid of invented stories). Not for a blast or attack:
 * "residents in C said a bomb went off" are witnesses at the scene. */
static int attribution_seat(const dmi_article_t *a, const dmi_mention_t *m, size_t trig)
{
    size_t t = m->first;
    if (t < 2 || t > trig || (!dmi_tok_is(a, t - 1, "in") && !dmi_tok_is(a, t - 1, "from")) ||
        !dmi_tok_word(a, t - 2) || a->tokens[t - 2].sentence != m->sentence ||
        dmi_tok_in_set(a, t - 2, &dmi_speech_verbs) >= 0)
        return 0;
    for (size_t v = m->last; v < m->last + 3 && v < trig; v++) {
        if (!dmi_tok_word(a, v))
            return 0;
        if (dmi_tok_in_set(a, v, &dmi_speech_verbs) >= 0)
            return 1;
    }
    return 0;
}

/* "in the Kadhimiya district of Baghdad": the town a cued part of it
 * belongs to is cued too. */
/* "a tour of Laos and Cambodia", "toured Vietnam": a tour's object is
 * where it goes, though "of" places nothing else. Only the trip's own
 * words, "of", "the", "and", commas and the names of its list lie between
 * ("a tour of duty in C" goes by its "in"). */
static int tour_object(const dmi_extraction_t *x, const dmi_xevent_t *e, const dmi_mention_t *m)
{
    static const char *const tours[] = {"tour", "toured", "touring", NULL};
    static const char *const between[] = {"of", "the", "and", NULL};
    const dmi_article_t *a = x->art;
    size_t t = e->trigger;
    if (e->type != DM_EVENT_VISIT || m->first <= t || m->first > t + 12 || dmi_tok_in(a, t, tours) < 0 ||
        !dmi_tok_same_sentence(a, t, m->first))
        return 0;
    /* the noun takes its place after "of"; the verb right after it */
    if (dmi_tok_is(a, t, "tour") && !dmi_tok_is(a, t + 1, "of"))
        return 0;
    for (size_t u = t + 1; u < m->first; u++)
        if (dmi_tok_in(a, u, between) < 0 && !dmi_tok_punct(a, u, ',') && !dmi_inside_mention(x, u))
            return 0;
    return 1;
}

/* "visited Tokyo in 2003 and Madrid in 2004", "visits to A in May 2010
 * and to B in June 2010": a later object of the visit's verb, after
 * another stop and its own date, goes where the first went, though only
 * "and" or a comma cues it. Between the trigger and it lie only the
 * earlier stops, "to", "in", "and", commas, parentheses and the words of
 * dates (a year's four digits at least once: without a date between,
 * "visited A and B" is a plain list of stops, push_stops in events.c). */
static int dated_stop_object(const dmi_extraction_t *x, const dmi_xevent_t *e, const dmi_mention_t *m)
{
    static const char *const between[] = {"to", "in", "and", "(", ")", NULL};
    const dmi_article_t *a = x->art;
    size_t t = e->trigger;
    if (e->type != DM_EVENT_VISIT || m->first <= t + 3 || m->first > t + 16 || !dmi_tok_same_sentence(a, t, m->first))
        return 0;
    size_t b = m->first - 1;
    if (dmi_tok_is(a, b, "to"))
        b--;
    if (!dmi_tok_is(a, b, "and") && !dmi_tok_punct(a, b, ','))
        return 0;
    int year = 0, stop = 0;
    for (size_t u = t + 1; u < m->first; u++) {
        size_t n = dmi_tok_len(a, u);
        const char *w = dmi_tok_text(a, u);
        int digits = n >= 1 && n <= 4;
        for (size_t i = 0; i < n && digits; i++)
            digits = w[i] >= '0' && w[i] <= '9';
        if (digits && n == 4)
            year = 1;
        if (dmi_inside_mention(x, u))
            stop = 1;
        else if (!digits && dmi_tok_in(a, u, between) < 0 && !dmi_tok_punct(a, u, ',') && !dmi_month_of(w, n))
            return 0;
    }
    return year && stop;
}

/* "Tokyo hosted President X in 2005", "In 1998, Madrid welcomed Premier
 * Y": a town or country opening its clause as the subject of "hosted" or
 * "welcomed", a titled person its object, is where the visitor met the
 * hosts (thirty-eighth round; "Tokyo hosted the Games" names no person). */
static int host_place_subject(const dmi_article_t *a, const dmi_xevent_t *e, const dmi_mention_t *m)
{
    static const char *const hosting[] = {"hosted", "welcomed", NULL};
    size_t t = e->trigger;
    if (m->last != t || dmi_tok_in(a, t, hosting) < 0 || t + 2 >= a->token_count || !dmi_tok_same_sentence(a, t, t + 2))
        return 0;
    /* the clause opens at the place: the sentence's start, a comma, or a
     * fronted year ("In 2005 Tokyo hosted ...") */
    size_t b = m->first - 1;
    if (m->first > 0 && dmi_tok_same_sentence(a, b, m->first) && !dmi_tok_punct(a, b, ',') &&
        !(b > 0 && (a->tokens[b].flags & DMI_TOK_NUM) && dmi_tok_len(a, b) == 4 && dmi_tok_is(a, b - 1, "in")))
        return 0;
    /* "President X", "the new envoy": a title at most one word after
     * "the", and not a possessor ("welcomed the president's remarks") */
    size_t o = t + 1;
    if (dmi_tok_is(a, o, "the"))
        o = dmi_is_person_title(a, t + 2) ? t + 2 : t + 3;
    return o + 1 < a->token_count && dmi_is_person_title(a, o) && !(a->tokens[o + 1].flags & DMI_TOK_POSS);
}

static int part_of(const dmi_article_t *a, const dmi_mention_t *m)
{
    static const char *const parts[] = {"district", "suburb", "suburbs", "outskirts", "quarter", "centre",
                                        "center", "heart", "neighbourhood", "neighborhood", NULL};
    return m->first >= 2 && dmi_tok_is(a, m->first - 1, "of") && dmi_tok_in(a, m->first - 2, parts) >= 0;
}

/* Places of a clause for a located event: cued cities, sites and lines
 * first; countries only when nothing finer is named. */
/* The last word of a place's name equals token t (ASCII case folded). */
static int name_ends_with(const char *name, const dmi_article_t *a, size_t t)
{
    const char *sp = strrchr(name, ' ');
    const char *w = sp ? sp + 1 : name;
    return strlen(w) == dmi_tok_len(a, t) && g_ascii_strncasecmp(w, dmi_tok_text(a, t), dmi_tok_len(a, t)) == 0;
}

/* A country named like its capital (Singapore, Kuwait, Monaco): "the
 * Singapore summit" happened in the city. */
static int city_state(const dmi_extraction_t *x, const dmi_xplace_t *p)
{
    dmi_gaz_entry_t cap;
    return p->kind == DM_PLACE_COUNTRY && dmi_gazetteer_capital(x->gaz, p->country, &cap) == 0 && cap.name &&
           g_ascii_strcasecmp(cap.name, p->name) == 0;
}

/* The city or site whose mention ends right before token t ("Pretoria" in
 * "the Pretoria agreement"), or NONE. */
/* The words a town's name may be separated by from the meeting it names
 * ("the Riverton town hall meeting", "the Riverton City Council meeting":
 * rules/meeting_modifiers.txt), and the meeting nouns they go with. */
static const char *const meeting_modifiers_list[] = {
#include "rules/meeting_modifiers.inc"
    NULL};
static dmi_word_set_t meeting_modifiers = DMI_WORD_SET(meeting_modifiers_list);

/* The first token of up to three words of meeting_modifiers right before
 * the meeting noun t, or t when none (or t is no meeting noun). */
static size_t meeting_modifiers_start(const dmi_article_t *a, size_t t)
{
    static const char *const nouns[] = {"meeting", "meetings", "session", "sessions", NULL};
    if (dmi_tok_in(a, t, nouns) < 0)
        return t;
    size_t u = t;
    while (u > 0 && u + 3 > t && a->tokens[u - 1].sentence == a->tokens[t].sentence && dmi_tok_word(a, u - 1) &&
           dmi_tok_in_set(a, u - 1, &meeting_modifiers) >= 0)
        u--;
    return u;
}

int dmi_meeting_modifier(const dmi_article_t *a, size_t t)
{
    return t < a->token_count && dmi_tok_word(a, t) && dmi_tok_in_set(a, t, &meeting_modifiers) >= 0;
}

/* A town's (or a county's) own body whose name begins at token u: a
 * mention of a town the text also names on its own (a place of the story,
 * not only of names), then up to three capitalised words, one of them a
 * word of rules/meeting_bodies.txt ("Riverton City Council", "Lake County
 * Board"). The town, or NONE. */
static const char *const meeting_bodies_list[] = {
#include "rules/meeting_bodies.inc"
    NULL};
static dmi_word_set_t meeting_bodies = DMI_WORD_SET(meeting_bodies_list);

/* The number of tokens from u that spell name (words split at spaces,
 * ASCII case folded), or 0. */
static size_t spelled_at(const dmi_article_t *a, size_t u, const char *name)
{
    size_t n = 0;
    for (const char *w = name; *w; n++) {
        const char *sp = strchr(w, ' ');
        size_t len = sp ? (size_t)(sp - w) : strlen(w);
        size_t v = u + n;
        if (v >= a->token_count || !dmi_tok_same_sentence(a, u, v) || dmi_tok_len(a, v) != len ||
            g_ascii_strncasecmp(dmi_tok_text(a, v), w, len) != 0)
            return 0;
        w = sp ? sp + 1 : w + len;
    }
    return n;
}

/* A county's own word closing its name ("Lake County", "Orleans Parish"). */
static int county_word(const dmi_article_t *a, size_t t)
{
    return dmi_tok_is(a, t, "county") || dmi_tok_is(a, t, "parish");
}

static size_t body_town_at(const dmi_extraction_t *x, size_t u)
{
    const dmi_article_t *a = x->art;
    if (u >= a->token_count || !dmi_tok_cap(a, u))
        return NONE;
    /* The town's mention inside the body's name is often no mention at all
     * ("Riverton City Council" reads as one name): a place of the story
     * the text names on its own, spelled at u. */
    for (size_t i = 0; i < x->place_count; i++) {
        const dmi_xplace_t *p = &x->places[i];
        size_t n = p->literal_count > 0 && p->name ? spelled_at(a, u, p->name) : 0;
        if (n == 0)
            continue;
        int county = p->kind == DM_PLACE_REGION && county_word(a, u + n - 1);
        if (p->kind != DM_PLACE_CITY && !county)
            continue;
        for (size_t v = u + n; v < u + n + 3 && v < a->token_count && dmi_tok_same_sentence(a, u, v) &&
                               dmi_tok_cap(a, v);
             v++)
            if (dmi_tok_in_set_cs(a, v, &meeting_bodies))
                return i;
    }
    return NONE;
}

/* The town of the local body a meeting at token trig belongs to, in the
 * sentence that begins at sfirst: "the Special Meeting of the Riverton
 * Council", "the Riverton City Council heard ... during its regular
 * meeting", "The Riverton City Council met Monday" (the body opening the
 * sentence, the trigger within two words after its name or owned by
 * "its"). NONE when no such body is named. */
size_t dmi_body_town(const dmi_extraction_t *x, size_t trig, size_t sfirst)
{
    const dmi_article_t *a = x->art;
    size_t u = trig + 1;
    if (dmi_tok_is(a, u, "of")) {
        u++;
        if (dmi_tok_is(a, u, "the"))
            u++;
        size_t town = u < a->token_count && dmi_tok_same_sentence(a, trig, u) ? body_town_at(x, u) : NONE;
        if (town != NONE)
            return town;
    }
    size_t s = sfirst;
    if (dmi_tok_is(a, s, "the"))
        s++;
    if (s >= trig)
        return NONE;
    /* owned by "its" ("its regular meeting"), past modifiers */
    size_t v = trig;
    while (v > s && v + 3 > trig && dmi_meeting_modifier(a, v - 1))
        v--;
    /* "during Council's next meeting": local copy names the body without
     * its town once it has named it in full; the body is the one of that
     * word the text named last before, with its town ("the Riverton City
     * Council ... Council's regular meeting"). Not a body a name opens
     * here ("Lake Council's meeting" is its own). */
    if (v >= 2 && (a->tokens[v - 1].flags & DMI_TOK_POSS) && dmi_tok_in_set_cs(a, v - 2, &meeting_bodies) &&
        (v < 3 || !dmi_tok_cap(a, v - 3) || a->tokens[v - 3].sentence != a->tokens[v - 2].sentence)) {
        size_t named = NONE;
        for (size_t u = 0; u + 1 < v - 2; u++) {
            size_t t = body_town_at(x, u);
            if (t == NONE)
                continue;
            size_t w = u + 1;
            while (w < u + 6 && w < a->token_count && dmi_tok_cap(a, w) && !dmi_tok_in_set_cs(a, w, &meeting_bodies))
                w++;
            if (w < a->token_count && dmi_tok_len(a, w) == dmi_tok_len(a, v - 2) &&
                memcmp(dmi_tok_text(a, w), dmi_tok_text(a, v - 2), dmi_tok_len(a, w)) == 0)
                named = t;
        }
        if (named != NONE)
            return named;
    }
    size_t town = body_town_at(x, s);
    if (town == NONE)
        return NONE;
    if (v > s && (dmi_tok_is(a, v - 1, "its") || dmi_tok_is(a, v - 1, "their")))
        return town;
    /* the subject's own verb: the body's name ends within two words of it */
    size_t end = s;
    while (end < trig && end < s + 6 && dmi_tok_cap(a, end))
        end++;
    return trig >= end && trig <= end + 2 ? town : NONE;
}

size_t dmi_named_by(const dmi_extraction_t *x, size_t t)
{
    /* "the Riverton town hall meeting": the town names the meeting across
     * the local body's words; so may a county, and the town of a body's
     * own name ("the Riverton City Council meeting", where the name is
     * inside the council's). */
    const dmi_mention_t *m = dmi_mention_ending_at(x, t);
    for (size_t u = t, start = meeting_modifiers_start(x->art, t); !m && u > start; u--)
        m = dmi_mention_ending_at(x, u - 1);  /* "Lake County": a county's own word is a modifier's too */
    int across = m && m->last < t;
    if (!m || (m->flags & DMI_MENTION_PEOPLE) || (!across && (m->flags & DMI_MENTION_EMBEDDED)) ||
        (m->flags & DMI_MENTION_DEMONYM))
        return NONE;
    const dmi_xplace_t *p = &x->places[m->place];
    /* A determiner before the name makes it a modifier of the noun after
     * it; "Pyongyang blew up" is a subject. */
    const dmi_article_t *a = x->art;
    size_t d = m->first;
    if (d > 1 && (a->tokens[d - 1].flags & DMI_TOK_NUM))
        d--;  /* "the 2022 Pretoria agreement" */
    int det = d > 0 && (dmi_tok_is(a, d - 1, "the") || dmi_tok_is(a, d - 1, "a") || dmi_tok_is(a, d - 1, "an") ||
                        dmi_tok_is(a, d - 1, "this") || dmi_tok_is(a, d - 1, "that") ||
                        (a->tokens[d - 1].flags & DMI_TOK_POSS));
    /* "held Geneva talks", "for Kremlin talks": a preposition or a verb
     * of holding opens the noun phrase as a determiner does
     * (rules/name_modifier_openers.txt), before a noun that is never a verb
     * (rules/name_modifier_nouns.txt: "after Pyongyang blew up" keeps its
     * subject). */
    static const char *const openers_list[] = {
#include "rules/name_modifier_openers.inc"
        NULL};
    static dmi_word_set_t openers = DMI_WORD_SET(openers_list);
    static const char *const nouns_list[] = {
#include "rules/name_modifier_nouns.inc"
        NULL};
    static dmi_word_set_t nouns = DMI_WORD_SET(nouns_list);
    if (!det && d > 0 && (a->tokens[d - 1].flags & DMI_TOK_WORD) && !(a->tokens[d - 1].flags & DMI_TOK_CAP) &&
        dmi_tok_in_set(a, d - 1, &openers) >= 0 && dmi_tok_in_set(a, t, &nouns) >= 0)
        det = 1;
    int county = across && p->kind == DM_PLACE_REGION && m->last > m->first && county_word(a, m->last - 1);
    return det && (p->kind == DM_PLACE_CITY || p->kind == DM_PLACE_SITE || city_state(x, p) || county) ? m->place
                                                                                                        : NONE;
}

/* One of relatives between the trigger and token b, after a comma (", who")
 * or straight after a name ("President Luis Quispe who hit back at ..."). */
static int relative_between(const dmi_article_t *a, size_t trig, size_t b, const char *const *relatives)
{
    for (size_t u = trig + 1; u + 1 < b; u++)
        if ((dmi_tok_punct(a, u, ',') || dmi_tok_cap(a, u)) && dmi_tok_in(a, u + 1, relatives) >= 0)
            return 1;
    return 0;
}

/* Relative pronouns of a person: what follows tells of the person. */
static const char *const person_relatives[] = {"who", "whom", "whose", NULL};

/* "concerns ranging from Syria to Ukraine": the end of a range of topics,
 * not a destination after "to". */
static int range_end(const dmi_extraction_t *x, const dmi_mention_t *m)
{
    static const char *const spans[] = {"ranging", "range", "ranged", "ranges", "varying", "everything", NULL};
    const dmi_article_t *a = x->art;
    if (m->first < 4 || !dmi_tok_is(a, m->first - 1, "to"))
        return 0;
    const dmi_mention_t *from = dmi_mention_ending_at(x, m->first - 1);
    return from && from->first >= 2 && dmi_tok_is(a, from->first - 1, "from") &&
           dmi_tok_in(a, from->first - 2, spans) >= 0;
}

static const char *const journey_words_list[] = {
#include "rules/journey_words.inc"
    NULL};
static dmi_word_set_t journey_words = DMI_WORD_SET(journey_words_list);

/* Token t opens a journey still ahead of the rest of its sentence:
 * "before leaving", "before he flies", "on her way", "en route". */
static int journey_ahead_at(const dmi_article_t *a, size_t t)
{
    static const char *const pronouns[] = {"he", "she", "they", "it", "we", NULL};
    static const char *const owners[] = {"his", "her", "their", "its", "the", "our", NULL};
    size_t s = a->tokens[t].sentence;
    if (t >= 2 && dmi_tok_is(a, t, "way") && dmi_tok_in(a, t - 1, owners) >= 0 && dmi_tok_is(a, t - 2, "on"))
        return a->tokens[t - 2].sentence == s;
    if (t >= 1 && dmi_tok_is(a, t, "route") && dmi_tok_is(a, t - 1, "en"))
        return a->tokens[t - 1].sentence == s;
    if (t < 1 || dmi_tok_in_set(a, t, &journey_words) < 0)
        return 0;
    size_t b = t - 1;
    if (b >= 1 && dmi_tok_in(a, b, pronouns) >= 0)
        b--;
    return dmi_tok_is(a, b, "before") && a->tokens[b].sentence == s;
}

/* Where the traveller of a journey still ahead is, told by its sentence
 * ("met Y in C before flying back to B", "before leaving A for B, X spoke
 * by phone with Y", "on her way to B"): JOURNEY_AHEAD for a place it goes
 * to, which is no place of another event of that sentence; JOURNEY_ORIGIN
 * for the place right after the word ("before leaving A"), where the
 * traveller still is; 0 otherwise. rules/journey_words.txt. */
enum { JOURNEY_AHEAD = 1, JOURNEY_ORIGIN = 2 };
static int journey_role(const dmi_article_t *a, const dmi_mention_t *m)
{
    for (size_t v = m->first; v-- > 0 && v + 10 >= m->first;) {
        if (a->tokens[v].sentence != m->sentence)
            return 0;
        if (dmi_tok_punct_any(a, v) && !(a->tokens[v].flags & DMI_TOK_POSS))
            return 0;
        if (journey_ahead_at(a, v))
            return v + 1 == m->first && !dmi_tok_is(a, v, "way") && !dmi_tok_is(a, v, "route") ? JOURNEY_ORIGIN
                                                                                               : JOURNEY_AHEAD;
    }
    return 0;
}

/* The sentence [first, last) tells a journey still ahead without saying
 * where it sets out from ("before leaving for B"). */
int dmi_journey_ahead(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    int ahead = 0;
    for (size_t t = first; t < last; t++)
        ahead |= journey_ahead_at(a, t);
    for (size_t k = dmi_mention_lower(x, first); ahead && k < x->mention_count && x->mentions[k].first < last; k++)
        if (journey_role(a, &x->mentions[k]) == JOURNEY_ORIGIN)
            return 0;
    return ahead;
}

/* The place a journey still ahead sets out from in [first, last) ("before
 * leaving A for B"), or NONE. */
size_t dmi_journey_origin(const dmi_extraction_t *x, size_t first, size_t last)
{
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (dmi_usable_mention(m) && !(m->flags & DMI_MENTION_DEMONYM) && journey_role(x->art, m) == JOURNEY_ORIGIN)
            return m->place;
    }
    return NONE;
}

/* The country of the traveller of such a sentence: its subject, the first
 * person after an opening phrase ("Before leaving for B, X ..."), else its
 * first person ("X phoned Y before flying home"); "" when unknown. */
static const char *journey_traveller_country(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    static const char *const openers[] = {"before", "on", "en", NULL};
    size_t from = first;
    while (from < last && !dmi_tok_word(a, from))
        from++;
    if (from < last && dmi_tok_in(a, from, openers) >= 0)
        for (size_t v = from; v < last; v++)
            if (dmi_tok_punct(a, v, ',')) {
                from = v + 1;
                break;
            }
    for (size_t t = from; t < last; t++) {
        const char *cc = x->person_tok[t] ? dmi_person_country(x, t) : "";
        if (cc[0])
            return cc;
    }
    return "";
}

static const char *const residence_words_list[] = {
#include "rules/residence_words.inc"
    NULL};
static dmi_word_set_t residence_words = DMI_WORD_SET(residence_words_list);
static const char *const stop_words_list[] = {
#include "rules/stop_words.inc"
    NULL};
static dmi_word_set_t stop_words = DMI_WORD_SET(stop_words_list);

/* "X, who lived in A and was visiting B", "a doctor born in A": where
 * someone lives or comes from (rules/residence_words.txt before the cue
 * "in"), not where the event happened. */
static int residence_of(const dmi_article_t *a, const dmi_mention_t *m)
{
    static const char *const in[] = {"in", NULL};
    if (!dmi_has_cue_word(a, m, in))
        return 0;
    for (size_t v = m->first; v-- > 1 && v + 7 > m->first;) {
        if (a->tokens[v].sentence != m->sentence)
            return 0;
        if (dmi_tok_is(a, v, "in"))
            return a->tokens[v - 1].sentence == m->sentence && dmi_tok_in_set(a, v - 1, &residence_words) >= 0;
    }
    return 0;
}

/* "After stops in A, B and C, she is now in the south, meeting
 * bankers": a phrase opening the sentence with "after" or "following"
 * and a stop's noun (rules/stop_words.txt) tells earlier legs of the
 * trip; its places are no place of an event of the main clause. */
int dmi_after_stops(const dmi_events_state_t *S, size_t si)
{
    const dmi_article_t *a = S->x->art;
    size_t end = S->fronted_end;
    if (end == NONE || a->tokens[end].sentence != si)
        return 0;
    size_t u = a->sentences[si].first;
    if (u < S->dateline_end && S->dateline_end < end)
        u = S->dateline_end;  /* the lede's phrase opens after its dateline */
    while (u < end && !dmi_tok_word(a, u))
        u++;
    if (!dmi_tok_is(a, u, "after") && !dmi_tok_is(a, u, "following"))
        return 0;
    for (size_t v = u + 1; v < end && v <= u + 3; v++)
        if (dmi_tok_in_set(a, v, &stop_words) >= 0)
            return 1;
    return 0;
}

int dmi_stop_left(const dmi_events_state_t *S, size_t si, size_t p)
{
    const dmi_extraction_t *x = S->x;
    if (!dmi_after_stops(S, si))
        return 0;
    for (size_t k = dmi_mention_lower(x, x->art->sentences[si].first);
         k < x->mention_count && x->mentions[k].first < S->fronted_end; k++)
        if (x->mentions[k].place == p)
            return 1;
    return 0;
}

static int earlier_stop(const dmi_events_state_t *S, const dmi_xevent_t *e, const dmi_mention_t *m)
{
    return m->first < S->fronted_end && e->trigger > S->fronted_end && dmi_after_stops(S, m->sentence);
}

/* Mention m ends before token t with punctuation between: it belongs to an
 * earlier clause than t. */
static int clause_before(const dmi_article_t *a, const dmi_mention_t *m, size_t t)
{
    if (m->last >= t)
        return 0;
    for (size_t u = m->last; u < t; u++)
        if (dmi_tok_punct_any(a, u))
            return 1;
    return 0;
}

/* A country the trigger at trig locates with its own "in", within four
 * words after it and no punctuation between ("killed last week in X"), or
 * NONE. */
static size_t own_country_in(const dmi_extraction_t *x, size_t trig, size_t last)
{
    const dmi_article_t *a = x->art;
    for (size_t u = trig + 1; u < last && u <= trig + 5 && !dmi_tok_punct_any(a, u); u++) {
        if (!dmi_tok_is(a, u, "in"))
            continue;
        for (size_t k = dmi_mention_lower(x, u + 1); k < x->mention_count && x->mentions[k].first == u + 1; k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if (dmi_usable_mention(m) && !(m->flags & DMI_MENTION_DEMONYM) &&
                x->places[m->place].kind == DM_PLACE_COUNTRY)
                return m->place;
        }
        return NONE;
    }
    return NONE;
}

/* Mention m is the place of the trigger's own noun phrase: "in" or "at"
 * (past "the") right after it or after one or two words of it ("plans
 * for a summit conference in A"), not the phrase of a noun before it
 * ("the crisis in B and plans for a summit"). */
static int own_phrase_in(const dmi_article_t *a, size_t trig, const dmi_mention_t *m)
{
    static const char *const cues[] = {"in", "at", NULL};
    static const char *const breaks[] = {"of",   "and", "or",   "for",   "with", "on", "about",
                                         "over", "to",  "that", "which", "who",  NULL};
    size_t cue = m->first > 0 && dmi_tok_is(a, m->first - 1, "the") ? m->first - 1 : m->first;
    if (cue <= trig + 1 || cue > trig + 4 || dmi_tok_in(a, cue - 1, cues) < 0)
        return 0;
    for (size_t u = trig + 1; u + 1 < cue; u++)
        if (!dmi_tok_word(a, u) || dmi_tok_cap(a, u) || dmi_tok_in(a, u, breaks) >= 0)
            return 0;
    return 1;
}

static const char *const superlatives_list[] = {
#include "rules/superlatives.inc"
    NULL};
static dmi_word_set_t superlatives = DMI_WORD_SET(superlatives_list);

/* "the leading fair in Europe and Africa": a world region (no country of
 * its own) after "in", when a superlative ranks the trigger's noun
 * (rules/superlatives.txt), is the ranking's scope. */
static int ranked_in_region(const dmi_extraction_t *x, size_t trig, const dmi_mention_t *m)
{
    const dmi_article_t *a = x->art;
    const dmi_xplace_t *p = &x->places[m->place];
    if (p->kind != DM_PLACE_REGION || p->country[0] || m->first <= trig || m->first > trig + 12)
        return 0;
    int ranked = 0;
    for (size_t u = trig > 2 ? trig - 2 : 0; u < trig; u++)
        ranked |=
            dmi_tok_word(a, u) && a->tokens[u].sentence == m->sentence && dmi_tok_in_set(a, u, &superlatives) >= 0;
    if (!ranked)
        return 0;
    /* the trigger's own "in", or a list of regions that goes on from it */
    for (size_t u = trig + 1; u < m->first; u++)
        if (dmi_tok_is(a, u, "in"))
            return 1;
    return 0;
}

/* "a broadcast monitored in Tokyo", "Radio Tehran, heard in Nicosia":
 * where a wire listened to a station, never where the event it reports
 * took place nor where the broadcast came from (the inv38 wire grid);
 * and "weighed on shares in C", "rose in trading in C": a market's
 * town (rules/market_words.txt). */
static const char *const market_words_list[] = {
#include "rules/market_words.inc"
    NULL};
static dmi_word_set_t market_words = DMI_WORD_SET(market_words_list);

static int market_noun(const dmi_article_t *a, size_t t)
{
    char key[40];
    size_t n = dmi_tok_len(a, t);
    if (!dmi_tok_word(a, t) || n + 5 > sizeof key)
        return 0;
    memcpy(key, "noun ", 5);
    memcpy(key + 5, dmi_tok_text(a, t), n);
    return dmi_word_in_set_ci(key, n + 5, &market_words);
}

static int listening_post(const dmi_article_t *a, const dmi_mention_t *m)
{
    return m->first >= 2 && a->tokens[m->first - 2].sentence == m->sentence && dmi_tok_is(a, m->first - 1, "in") &&
           (dmi_tok_is(a, m->first - 2, "monitored") || dmi_tok_is(a, m->first - 2, "heard") ||
            market_noun(a, m->first - 2));
}

/* "talks with the ambassador to C", "the envoy to the C": a place after
 * "to" (and "the") right after a title of someone posted abroad
 * (rules/posting_titles.txt) is that person's post, not the venue of the
 * sentence's event (thirty-ninth and fortieth rounds, issue 14: a party's
 * country taken for the venue). */
static const char *const posting_titles_list[] = {
#include "rules/posting_titles.inc"
    NULL};
static dmi_word_set_t posting_titles = DMI_WORD_SET(posting_titles_list);

int dmi_envoy_post(const dmi_article_t *a, const dmi_mention_t *m)
{
    size_t to = m->first;
    if (to >= 1 && dmi_tok_is(a, to - 1, "the"))
        to--;
    return to >= 2 && a->tokens[to - 2].sentence == m->sentence && dmi_tok_is(a, to - 1, "to") &&
           dmi_tok_word(a, to - 2) && dmi_tok_in_set(a, to - 2, &posting_titles) >= 0;
}

void dmi_located_places(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last, int need_cue)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    size_t country = NONE;
    /* "The office in the border city of Kaesong": a definite description
     * whose noun ends the name of a site told before is that site. */
    static const char *const heads[] = {"office", "mission", "embassy", "consulate", "palace", "base", "plant",
                                        "facility", "complex", "compound", "headquarters", "venue", NULL};
    for (size_t t = first; t + 1 < last; t++) {
        if (!dmi_tok_is(a, t, "the") || dmi_tok_in(a, t + 1, heads) < 0 || (a->tokens[t + 1].flags & DMI_TOK_CAP))
            continue;
        size_t site = NONE;
        for (size_t k = 0; k < x->mention_count && x->mentions[k].first < t; k++) {
            const dmi_xplace_t *p = &x->places[x->mentions[k].place];
            if (p->kind == DM_PLACE_SITE && name_ends_with(p->name, a, t + 1))
                site = x->mentions[k].place;
        }
        dmi_add_place(e, site);
    }
    /* "the invasion of Cyprus", "the shelling of Kharkiv": the
     * incident's own object is where it hit, whatever else the sentence
     * places ("condemned by the premier at her villa in Sintra"). */
    if (e->type == DM_EVENT_INCIDENT && e->trigger + 2 < last && dmi_tok_is(a, e->trigger + 1, "of"))
        for (size_t k = dmi_mention_lower(x, e->trigger + 2);
             k < x->mention_count && x->mentions[k].first < e->trigger + 4 && x->mentions[k].first < last; k++)
            if (dmi_usable_mention(&x->mentions[k]) && !(x->mentions[k].flags & DMI_MENTION_DEMONYM)) {
                dmi_add_place(e, x->mentions[k].place);
                return;
            }
    size_t country_first = NONE; /* where the country taken is named */
    const dmi_mention_t *prev = NULL;
    /* Whether every town or site taken lies in an earlier clause than the
     * trigger (for own_country_in below). */
    int towns_of_other_clause = e->place_count == 0;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (!dmi_usable_mention(m) || (S->own_clause && !dmi_clause_holds(S->own_clause, m->first)))
            continue;
        const dmi_xplace_t *p = &x->places[m->place];
        const dmi_mention_t *before = prev;
        prev = m;
        if (m->flags & DMI_MENTION_DEMONYM)
            continue;
        if (e->type == DM_EVENT_INCIDENT && speaking_body_seat(a, m))
            continue;
        /* (an act about the envoy, "reinstated its ambassador to C", is
         * an event of type other and keeps the post) */
        if (listening_post(a, m) || (e->type != DM_EVENT_OTHER && dmi_envoy_post(a, m)) ||
            (e->type != DM_EVENT_INCIDENT && attribution_seat(a, m, e->trigger)))
            continue;
        /* "met Y before flying back to B": the traveller will be in B
         * later; "before leaving A" puts the traveller in A. A visit goes
         * where its journey goes. */
        int journey = e->type == DM_EVENT_VISIT ? 0 : journey_role(a, m);
        if (journey == JOURNEY_AHEAD || residence_of(a, m) || earlier_stop(S, e, m))
            continue;
        /* "the Peace House in Panmunjom": the town after a site locates it. */
        if (before && before->last + 1 == m->first && dmi_tok_is(a, before->last, "in") &&
            x->places[before->place].kind == DM_PLACE_SITE &&
            dmi_great_circle_km(p->lat, p->lon, x->places[before->place].lat, x->places[before->place].lon) < 30)
            continue;
        if (need_cue &&
            !dmi_has_cue_word(x->art, m,
                              e->type == DM_EVENT_INCIDENT ? incident_cues
                              : e->type == DM_EVENT_OTHER  ? envoy_cues
                                                           : event_cues) &&
            !part_of(a, m) && !tour_object(x, e, m) && !dated_stop_object(x, e, m) && !host_place_subject(a, e, m) && !in_region_part(a, m, p, e->type) &&
            !(e->type == DM_EVENT_INCIDENT && (struck_subject(a, m) || relative_position(a, m))) &&
            journey != JOURNEY_ORIGIN &&
            !dmi_tok_on_margins_of(a, m->first, m->last))
            continue;
        /* "the US-led war", "a Saudi-backed force": a name joined to the
         * next word by a hyphen modifies it. */
        if (m->end < a->len && a->text[m->end] == '-')
            continue;
        if (modifier_use(x->art, m) || ranked_in_region(x, e->trigger, m))
            continue;
        if (range_end(x, m))
            continue;
        /* "talks will include the response to Bolivia's missile test": a
         * possessive names whose thing it is, the topic, not where people
         * met or agreed ("visited Peru's largest port" still goes there). */
        if ((e->type == DM_EVENT_MEETING || e->type == DM_EVENT_TALKS || e->type == DM_EVENT_AGREEMENT) &&
            m->last < a->token_count && (a->tokens[m->last].flags & DMI_TOK_POSS) && m->first > e->trigger)
            continue;
        /* A relative clause about a person after the trigger tells of that
         * person, not of the event ("met the prime minister, whom he
         * thanked for hosting the summit in Hiroshima"). */
        if (m->first > e->trigger && relative_between(a, e->trigger, m->first, person_relatives))
            continue;
        if (p->kind == DM_PLACE_COUNTRY || p->kind == DM_PLACE_REGION) {
            /* The first country named, unless the trigger's own object
             * names another ("residents of France ... nationals
             * touring Peru": Peru). */
            if (country == NONE || (m->first > e->trigger && m->first <= e->trigger + 2) ||
                (country_first < e->trigger && own_phrase_in(a, e->trigger, m))) {
                country = m->place;
                country_first = m->first;
            }
            continue;
        }
        if (!clause_before(a, m, e->trigger))
            towns_of_other_clause = 0;
        dmi_add_place(e, m->place);
    }
    /* "stood at the cemetery in C around the casket of a soldier killed
     * last week in <country>": the country the trigger's own "in" names is
     * where it happened; towns of another country named in an earlier
     * clause tell where something else happened. */
    size_t own_country = towns_of_other_clause && e->place_count > 0 ? own_country_in(x, e->trigger, last) : NONE;
    if (own_country != NONE) {
        int inside = 0;
        for (size_t i = 0; i < e->place_count; i++)
            inside |= strcmp(x->places[e->places[i]].country, x->places[own_country].country) == 0;
        if (!inside) {
            e->place_count = 0;
            dmi_add_place(e, own_country);
        }
    }
    if (e->place_count == 0 && country != NONE)
        dmi_add_place(e, country);
    /* The venue: "the Peace House in Panmunjom", "the liaison office in
     * Kaesong" happened at the site; the town around it only locates it. */
    int has_site = 0;
    for (size_t i = 0; i < e->place_count; i++)
        has_site |= x->places[e->places[i]].kind == DM_PLACE_SITE;
    if (has_site) {
        size_t n = 0;
        for (size_t i = 0; i < e->place_count; i++) {
            const dmi_xplace_t *p = &x->places[e->places[i]];
            int around = 0;
            if (p->kind != DM_PLACE_SITE)
                for (size_t j = 0; j < e->place_count; j++) {
                    const dmi_xplace_t *q = &x->places[e->places[j]];
                    if (q->kind == DM_PLACE_SITE && dmi_great_circle_km(p->lat, p->lon, q->lat, q->lon) < 30)
                        around = 1;
                }
            if (!around)
                e->places[n++] = e->places[i];
        }
        e->place_count = n;
    }
}

/* An event placed only at a country whose sentence gives, cued, one city
 * or site of that country ("a car bomb went off in a market in X on
 * Thursday, the third attack in <country> this week"): the city is where it
 * happened. Two cities of the country leave the country (which one is the
 * event's is not known); a dateline is not the sentence's. */
void dmi_city_for_country(dmi_events_state_t *S, dmi_xevent_t *e, size_t si)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    static const char *const cues[] = {"in", "at", "near", "outside", "inside", NULL};
    if (e->place_count != 1 || x->places[e->places[0]].kind != DM_PLACE_COUNTRY)
        return;
    const char *cc = x->places[e->places[0]].country;
    const dmi_sentence_t *sn = &a->sentences[si];
    size_t city = NONE;
    for (size_t k = dmi_mention_lower(x, sn->first); k < x->mention_count && x->mentions[k].first < sn->last; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        const dmi_xplace_t *p = &x->places[m->place];
        if (m->first < S->dateline_end || !dmi_usable_mention(m) || (m->flags & DMI_MENTION_DEMONYM) ||
            (p->kind != DM_PLACE_CITY && p->kind != DM_PLACE_SITE) || strcmp(p->country, cc) != 0 ||
            !(dmi_has_cue_word(a, m, cues) || part_of(a, m)) || modifier_use(a, m))
            continue;
        if (city != NONE && city != m->place)
            return;
        city = m->place;
    }
    if (city != NONE)
        e->places[0] = city;
}

/* Token t, a word with inner hyphens ("Britain-based"), ends in "-" and
 * one of words. */
static int compound_head(const dmi_article_t *a, size_t t, dmi_word_set_t *words)
{
    const char *w = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    for (size_t i = n; i > 1; i--) {
        if (w[i - 1] != '-')
            continue;
        return dmi_word_in_set_ci(w + i, n - i, words);
    }
    return 0;
}

void dmi_participants_of(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    for (size_t t = first; t < last; t++)
        dmi_add_participant(e, dmi_person_country(x, t));
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (m->flags & DMI_MENTION_EMBEDDED)
            continue;
        const dmi_xplace_t *p = &x->places[m->place];
        /* "met in Bali, Indonesia.": the country qualifies the venue; the
         * host of a meeting is no party for being named so (the country a
         * visit goes to is; "Lahore, Pakistan's ministry said" is no
         * qualifier). */
        const dmi_mention_t *before = k > 0 ? &x->mentions[k - 1] : NULL;
        if (p->kind == DM_PLACE_COUNTRY && e->type != DM_EVENT_VISIT && before && before->last + 1 == m->first &&
            m->last < a->token_count && !dmi_tok_word(a, m->last) && !(a->tokens[m->last].flags & DMI_TOK_POSS) &&
            dmi_tok_punct(a, before->last, ',') && before->place != m->place &&
            strcmp(x->places[before->place].country, p->country) == 0)
            continue;
        /* "the Britain-based monitor said": where the monitor is, no party
         * (rules/place_compound_heads.txt). */
        static const char *const heads_list[] = {
#include "rules/place_compound_heads.inc"
            NULL};
        static dmi_word_set_t heads = DMI_WORD_SET(heads_list);
        if (compound_head(a, m->last - 1, &heads))
            continue;
        /* "15 billion U.S. dollars", "a weak Canadian dollar": a currency
         * names no party (the name stays a place mention, as toponym
         * corpora count it). */
        if (m->last < a->token_count && (dmi_tok_is(a, m->last, "dollar") || dmi_tok_is(a, m->last, "dollars")))
            continue;
        if (m->flags & (DMI_MENTION_DEMONYM | DMI_MENTION_METONYM))
            dmi_add_participant(e, p->country);
        else if ((p->kind == DM_PLACE_COUNTRY || p->is_capital) && !dmi_has_cue_word(a, m, event_cues) &&
                 !tour_object(x, e, m))
            dmi_add_participant(e, p->country);
    }
}

/* The first token after the lede, the paragraph the dateline opens (or the
 * one after a dateline on its own line). */
static size_t lede_end(const dmi_events_state_t *S)
{
    const dmi_article_t *a = S->x->art;
    size_t end = S->dateline_end;
    if (S->dateline_alone && end < a->token_count)
        end++;
    while (end < a->token_count && !(a->tokens[end].flags & DMI_TOK_LINE_START))
        end++;
    return end;
}

/* The place that stands for a country: its capital or seat in the story. */
static size_t seat_of(dmi_events_state_t *S, const char *cc)
{
    dmi_extraction_t *x = S->x;
    size_t s = dmi_extract_seat_of(x, cc);
    if (s != NONE)
        return s;
    for (size_t i = 0; i < x->place_count; i++)
        if (x->places[i].kind == DM_PLACE_COUNTRY && strcmp(x->places[i].country, cc) == 0 &&
            x->places[i].mention_count > 0)
            return i;
    return NONE;
}

void dmi_communication_places(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    static const char *const from_cues[] = {"from", "by", NULL};
    static const char *const to_cues[] = {"to", "against", "toward", "towards", "at", "in", "into", "along",
                                          "across", "near", NULL};
    size_t from = NONE, to = NONE;
    const char *from_cc = NULL, *to_cc = NULL;
    /* Sender and recipient people: "letter from Trump", "letter to Kim",
     * "spoke by phone with US President Donald Trump". */
    for (size_t t = first; t + 1 < last; t++) {
        int from_cue = dmi_tok_is(a, t, "from") || dmi_tok_is(a, t, "by");
        /* "phoned Stubb", "called Macron": the object of a call verb. */
        int to_cue = dmi_tok_is(a, t, "to") || dmi_tok_is(a, t, "with") || dmi_tok_is(a, t, "phoned") ||
                     dmi_tok_is(a, t, "telephoned") || dmi_tok_is(a, t, "called") || dmi_tok_is(a, t, "rang");
        if (!from_cue && !to_cue)
            continue;
        const char *cc = "";
        for (size_t u = t + 1; u < last && u <= t + 5 && !cc[0]; u++) {
            /* "with his Pakistani counterpart Shehbaz Sharif" */
            if (!(a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER))) {
                if (dmi_tok_is(a, u, "his") || dmi_tok_is(a, u, "her") || dmi_tok_is(a, u, "their") ||
                    dmi_tok_is(a, u, "the") || dmi_tok_is(a, u, "counterpart"))
                    continue;
                break;
            }
            cc = dmi_person_country(x, u);
        }
        if (!cc[0])
            continue;
        if (from_cue)
            from_cc = from_cc ? from_cc : cc;
        else
            to_cc = to_cc ? to_cc : cc;
    }
    /* "Trump's letter to Kim", "Obama's message": the owner of the
     * communication is its sender. */
    for (size_t t = e->trigger > first + 4 ? e->trigger - 4 : first; !from_cc && t < e->trigger; t++)
        if ((a->tokens[t].flags & DMI_TOK_POSS) && t > 0 && x->person_tok[t - 1] &&
            dmi_person_country(x, t - 1)[0] && (!to_cc || strcmp(dmi_person_country(x, t - 1), to_cc) != 0))
            from_cc = dmi_person_country(x, t - 1);
    /* Otherwise the sender is the sentence's first person ("Sheinbaum said
     * she had spoken by phone with Trump"). */
    if (!from_cc && e->type == DM_EVENT_CALL) {
        const dmi_sentence_t *sn = &a->sentences[a->tokens[first].sentence];
        for (size_t t = sn->first; t < sn->last && !from_cc; t++) {
            const char *cc = dmi_person_country(x, t);
            if (cc[0] && (!to_cc || strcmp(cc, to_cc) != 0))
                from_cc = cc;
        }
    }
    /* Or the subject's country: "New Zealand's foreign minister phoned",
     * "South Korea's unification ministry ... proposed". */
    if (!from_cc) {
        const dmi_sentence_t *sn = &a->sentences[a->tokens[first].sentence];
        size_t from = sn->first > S->dateline_end ? sn->first : S->dateline_end;
        for (size_t k = dmi_mention_lower(x, from); k < x->mention_count && !from_cc; k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if (m->first >= e->trigger)
                break;
            if (m->first < sn->first || m->first < S->dateline_end || m->first >= e->trigger ||
                (m->flags & DMI_MENTION_EMBEDDED))
                continue;
            const dmi_xplace_t *p = &x->places[m->place];
            int poss = m->last < a->token_count && (a->tokens[m->last].flags & DMI_TOK_POSS);
            int subject = (m->flags & DMI_MENTION_DEMONYM) || ((poss || (m->flags & DMI_MENTION_METONYM)) &&
                                                               (p->kind == DM_PLACE_COUNTRY || p->is_capital));
            if (subject && p->country[0] && !dmi_has_cue_word(a, m, to_cues) &&
                (!to_cc || strcmp(to_cc, p->country) != 0))
                from_cc = p->country;
            else if (!(m->flags & DMI_MENTION_DESCRIPTIVE))
                break;  /* the first place named is not the subject */
        }
    }
    /* Place mentions by cue, up to the message's purpose ("written to
     * reopen a channel between Washington and Pyongyang"). */
    size_t located = NONE, told_country = NONE;
    size_t own = dmi_topic_start(a, e->trigger, last);
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < own; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (!dmi_usable_mention(m))
            continue;
        const dmi_xplace_t *p = &x->places[m->place];
        if (modifier_use(a, m) || listening_post(a, m))
            continue;
        /* "'... new offices in X,' he wrote in his letter": a
         * quotation is what was written, not where it went. */
        size_t sfirst = a->sentences[m->sentence].first;
        if (m->sentence == a->tokens[e->trigger].sentence && !dmi_in_quotation(a, sfirst, e->trigger) &&
            dmi_in_quotation(a, sfirst, m->first))
            continue;
        /* "spoke by phone on her way to B": the caller was not in B yet;
         * "before leaving A, X phoned Y": X was in A. */
        int journey = journey_role(a, m);
        if (journey == JOURNEY_AHEAD)
            continue;
        if (journey == JOURNEY_ORIGIN && !(m->flags & DMI_MENTION_DEMONYM)) {
            if (e->type == DM_EVENT_CALL && located == NONE)
                located = m->place;
            else if (e->type != DM_EVENT_CALL && from == NONE)
                from = m->place;
            continue;
        }
        if (dmi_has_cue_word(a, m, from_cues) && from == NONE && !(m->flags & DMI_MENTION_DEMONYM)) {
            from = m->place;
        } else if (dmi_has_cue_word(a, m, to_cues) && p->kind != DM_PLACE_COUNTRY &&
                   !(m->flags & DMI_MENTION_DEMONYM)) {
            /* The finest place wins: "at its embassy in Paris" (the site, not the city). */
            if (located == NONE || (p->kind == DM_PLACE_SITE && x->places[located].kind != DM_PLACE_SITE) ||
                (p->kind == DM_PLACE_LINE))
                located = m->place;
        } else if (dmi_has_cue_word(a, m, to_cues) && p->kind == DM_PLACE_COUNTRY && !to_cc) {
            to_cc = p->country;
            told_country = m->place;
        }
    }
    /* "spoke by phone with his Pakistani counterpart": the caller is of the
     * story's other main country. */
    if (!from_cc && to_cc && dmi_clause_has(a, a->sentences[a->tokens[first].sentence].first,
                                            a->sentences[a->tokens[first].sentence].last, "counterpart", NULL))
        for (size_t i = 0; i < x->country_count && i < 2 && !from_cc; i++)
            if (strcmp(x->countries[i], to_cc) != 0)
                from_cc = x->countries[i];
    /* ... or where the text puts the caller's side when it is not the
     * recipient's country ("In Moscow, ... Putin had phoned Stubb"). */
    if (located != NONE && to_cc && !from_cc && from == NONE && e->type == DM_EVENT_CALL &&
        x->places[located].country[0] && strcmp(x->places[located].country, to_cc) != 0)
        from_cc = x->places[located].country;
    /* "Before leaving for B, X received a call from Y": X had not set out
     * yet, and a report filed that day from X's country is filed where the
     * journey starts, the dateline's city. */
    if (e->type == DM_EVENT_CALL && located == NONE && from == NONE) {
        const dmi_sentence_t *sn = &a->sentences[a->tokens[first].sentence];
        located = dmi_journey_origin(x, sn->first, sn->last);  /* told in another clause of the sentence */
        size_t home = located == NONE ? dmi_dateline_city(S) : NONE;
        const char *tc = home != NONE && dmi_journey_ahead(x, sn->first, sn->last)
                             ? journey_traveller_country(x, sn->first, sn->last)
                             : "";
        if (tc[0] && strcmp(tc, x->places[home].country) == 0 && !dmi_date_before_news(&e->date, &x->date)) {
            located = home;
            dmi_add_participant(e, tc);
            if (!to_cc && (!from_cc || strcmp(from_cc, tc) != 0))
                to_cc = tc;
        }
    }
    /* A call is drawn only where the text puts its ends (the annotation
     * guide): a party's nationality says whose side spoke, not where it
     * was, so its seat is no end of a call. A letter or a broadcast comes
     * from its sender's seat. */
    int call = e->type == DM_EVENT_CALL;
    if (from == NONE && from_cc && !call)
        from = seat_of(S, from_cc);
    /* ... but a wire report told in its lede is filed where one side
     * speaks: the dateline's city places the party of its country
     * ("MEXICO CITY - the president said she had spoken by phone with"). */
    size_t home = call ? dmi_dateline_city(S) : NONE;
    if (home != NONE && first < lede_end(S) && !dmi_date_before_news(&e->date, &x->date)) {
        const char *hc = x->places[home].country;
        if (from == NONE && from_cc && strcmp(hc, from_cc) == 0)
            from = home;
        else if (located == NONE && to_cc && strcmp(hc, to_cc) == 0 && (!from_cc || strcmp(hc, from_cc) != 0))
            located = home;
    }
    /* "In Moscow, ... Putin had phoned Stubb": a place of the sender's own
     * country is where the call came from when the recipient is named. */
    if (located != NONE && to_cc && from_cc && strcmp(x->places[located].country, from_cc) == 0 &&
        strcmp(from_cc, to_cc) != 0 && e->type == DM_EVENT_CALL) {
        from = located;
        located = NONE;
    }
    if (located != NONE) {
        /* A broadcast along a border goes from the line to the target. */
        if (e->type == DM_EVENT_BROADCAST && x->places[located].kind == DM_PLACE_LINE && from == NONE) {
            from = located;
            to = to_cc ? seat_of(S, to_cc) : NONE;
            if (to != NONE && x->places[to].kind != DM_PLACE_COUNTRY) {
                /* The target country itself reads better than its capital. */
                for (size_t i = 0; i < x->place_count; i++)
                    if (x->places[i].kind == DM_PLACE_COUNTRY && strcmp(x->places[i].country, to_cc) == 0 &&
                        x->places[i].mention_count > 0)
                        to = i;
            }
        } else {
            to = located;
        }
    } else if (to_cc && !call) {
        to = seat_of(S, to_cc);
    } else if (call && told_country != NONE && strcmp(x->places[told_country].country, to_cc) == 0) {
        to = told_country;  /* "phoned her cousin in Russia": the country the text gives */
    }
    if (from != NONE)
        dmi_add_place(e, from);
    if (to != NONE && to != from)
        dmi_add_place(e, to);
    if (from_cc)
        dmi_add_participant(e, from_cc);
    if (to_cc)
        dmi_add_participant(e, to_cc);
}

/* "Trump arrived from Kuala Lumpur" (datelined Tokyo): the one place of a
 * journey, cued "from", is where it began; it ends in the dateline's city,
 * or the event has no place of its own. */
void dmi_arrival_from(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    static const char *const from_cue[] = {"from", NULL};
    int from = 0;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++)
        if (x->mentions[k].place == e->places[0] && dmi_has_cue_word(a, &x->mentions[k], from_cue))
            from = 1;
    if (!from)
        return;
    size_t home = NONE;
    for (size_t k = 0; k < x->mention_count && x->mentions[k].first < S->dateline_end && home == NONE; k++)
        if (x->places[x->mentions[k].place].kind == DM_PLACE_CITY)
            home = x->mentions[k].place;
    if (home != NONE && home != e->places[0])
        dmi_add_place(e, home);
    else
        e->place_count = 0;
}

/* A meeting or talks the sentence does not place, told in the report's
 * opening paragraph or "here", or later by the dateline's own country
 * (later_news_here, in a text of one dateline): a wire report is filed
 * from where it happens, so the dateline's city places it ("WASHINGTON,
 * March 31 - the prime minister opened talks with the president"). */
/* The city of the dateline ("NAIROBI, Aug. 26 -"), or NONE. */
static const char *const city_states_list[] = {
#include "rules/city_states.inc"
    NULL};

size_t dmi_dateline_city(const dmi_events_state_t *S)
{
    const dmi_extraction_t *x = S->x;
    for (size_t k = 0; k < x->mention_count && x->mentions[k].first < S->dateline_end; k++) {
        const dmi_xplace_t *p = &x->places[x->mentions[k].place];
        if (p->kind == DM_PLACE_CITY)
            return x->mentions[k].place;
        /* "SINGAPORE, June 12 -": a city-state names its one city */
        for (size_t i = 0; p->kind == DM_PLACE_COUNTRY && !(x->mentions[k].flags & DMI_MENTION_DEMONYM) &&
                           city_states_list[i];
             i++)
            if (strcmp(p->country, city_states_list[i]) == 0)
                return x->mentions[k].place;
    }
    return NONE;
}

/* The dateline tells where the reporter is, the lead where its news
 * happened: "WASHINGTON - X met Y in New York on Tuesday ... The two
 * leaders held talks for three hours" are New York's talks. Only a scene
 * of the report's days (a gathering held, or a trip done, within them), and
 * only for what is dated on or after its day: what came before it may have
 * been at home. */
size_t dmi_scene_or(const dmi_events_state_t *S, const dmi_xevent_t *e, size_t home)
{
    const dmi_extraction_t *x = S->x;
    const dmi_date_t *sd = &S->scene_date;
    if (S->scene == NONE || S->scene == home || !sd->day || !x->date.day || dmi_date_before_news(sd, &x->date) ||
        dmi_date_cmp(sd, &x->date) > 0)
        return home;
    const dmi_date_t *d = e->date.year ? &e->date : &x->date;
    if (!d->day || dmi_date_cmp(d, sd) < 0)
        return home;
    return S->scene;
}

size_t dmi_foreign_mission_here(const dmi_events_state_t *S, size_t first, size_t last)
{
    const dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    static const char *const missions[] = {"embassy", "consulate", "residence", NULL};
    size_t city = dmi_dateline_city(S);
    if (city == NONE || !x->places[city].is_capital)
        return NONE;
    for (size_t t = first; t < last; t++) {
        if (dmi_tok_in(a, t, missions) < 0 || dmi_tok_cap(a, t))
            continue;
        /* "stormed the Japanese embassy in A" names its own place. */
        if (dmi_tok_is(a, t + 1, "in") || dmi_tok_is(a, t + 1, "at"))
            return NONE;
        for (size_t k = dmi_mention_lower(x, t >= 3 ? t - 3 : 0); k < x->mention_count && x->mentions[k].first < t;
             k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if ((m->flags & DMI_MENTION_DEMONYM) && dmi_usable_mention(m) &&
                strcmp(x->places[m->place].country, x->places[city].country) != 0)
                return city;
        }
    }
    return NONE;
}

/* A line or sentence after the first dateline opening with a city in
 * capitals and a dash or a date ("ROME, May 3 -", "KIEV --"): the text is
 * a digest of reports filed from several cities, so its first dateline is
 * not where a later sentence's news happens. */
int dmi_second_dateline(const dmi_extraction_t *x, size_t dateline_end)
{
    const dmi_article_t *a = x->art;
    for (size_t k = dmi_mention_lower(x, dateline_end); k < x->mention_count; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (x->places[m->place].kind != DM_PLACE_CITY || !(a->tokens[m->first].flags & DMI_TOK_UPPER) ||
            !(a->tokens[m->first].flags & (DMI_TOK_LINE_START | DMI_TOK_SENT_START)))
            continue;
        for (size_t t = m->last; t < m->last + 8 && t < a->token_count; t++) {
            const char c = dmi_tok_text(a, t)[0];
            if ((a->tokens[t].flags & DMI_TOK_PUNCT) && (c == '-' || (unsigned char)c == 0xE2))
                return 1;
            if (dmi_month_of(dmi_tok_text(a, t), dmi_tok_len(a, t)) && dmi_tok_punct(a, m->last, ','))
                return 1;
        }
    }
    return 0;
}

/* The subject of the trigger at trig (the words of its sentence before it,
 * outside quotations) is the dateline's country speaking or acting: an
 * office holder of that country by name ("Foreign Minister X", a person
 * people.c gives that country), its country or people's adjective before
 * an office or body ("the French Finance Ministry", "the Peruvian
 * foreign minister"), or the country itself just before the verb ("said
 * France had agreed"); and nobody of another country ("the Chilean envoy
 * met ..." tells a visitor's news, which may be anywhere). The last of
 * them stands at most four words before the trigger, not with a
 * preposition before it ("X spoke of talks on trade": a
 * topic, not talks X held). */
static int told_by_home_office(const dmi_events_state_t *S, size_t home, size_t sentence_first, size_t trig)
{
    static const char *const topic_cues[] = {"to", "on", "about", "of", "over", "for", NULL};
    const dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    const char *cc = x->places[home].country;
    int own = 0, quoted = 0;
    size_t actor_end = 0;
    if (trig == 0 || dmi_tok_in(a, trig - 1, topic_cues) >= 0)
        return 0;
    for (size_t u = sentence_first; u < trig; u++) {
        quoted ^= (a->tokens[u].flags & DMI_TOK_QUOTE) != 0;
        if (quoted || !x->person_tok[u] || (u > sentence_first && x->person_tok[u - 1]))
            continue;
        size_t p = dmi_person_at(x, u);
        if (p == NONE || !x->people[p].country[0])
            continue;
        if (strcmp(x->people[p].country, cc) != 0)
            return 0;
        own = 1;
        for (actor_end = u; actor_end < trig && x->person_tok[actor_end];)
            actor_end++;
    }
    for (size_t k = dmi_mention_lower(x, sentence_first); k < x->mention_count && x->mentions[k].first < trig; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        const dmi_xplace_t *p = &x->places[m->place];
        if (!dmi_usable_mention(m) || p->kind != DM_PLACE_COUNTRY)
            continue;
        if (strcmp(p->country, cc) != 0)
            return 0;
        int office = 0;
        for (size_t u = m->last; u < m->last + 3 && u < trig && !office; u++)
            office = dmi_tok_in_set(a, u, &dmi_office_words) >= 0;
        /* "France had formally agreed": up to three lower-case words
         * (auxiliaries, adverbs) between the country and the verb */
        int subject = trig <= m->last + 3;
        for (size_t u = m->last; u < trig && subject; u++)
            subject = dmi_tok_word(a, u) && !dmi_tok_cap(a, u);
        if (office || subject) {
            own = 1;
            actor_end = m->last > actor_end ? m->last : actor_end;
        }
    }
    return own && trig <= actor_end + 4;
}

/* The subject of the meeting or talks at trig is a person of the lede's
 * news (an event whose trigger comes before lede_end): the last name
 * before the trigger in its sentence, outside quotations, ending at most
 * four words before it ("came after X met Y", "X, who also met Y"). The
 * report follows that person where it is filed from. */
static int told_by_lede_person(const dmi_events_state_t *S, size_t sentence_first, size_t trig, size_t lede_end)
{
    const dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    size_t subject = NONE, subject_end = 0;
    for (size_t u = sentence_first; u < trig; u++) {
        if (!x->person_tok[u] || (u > sentence_first && x->person_tok[u - 1]) || dmi_in_quotation(a, sentence_first, u))
            continue;
        subject = dmi_person_at(x, u);
        for (subject_end = u; subject_end < trig && x->person_tok[subject_end];)
            subject_end++;
    }
    /* "He spoke to reporters after talks with Y": a sentence opening
     * with "He" or "She" and naming nobody before the trigger (at most
     * eight words on, in one stretch of words with no "that") goes on with
     * the lede's person (fortieth round, issue 14: the talks otherwise took
     * a party's post, or no place, for the venue). */
    if (subject == NONE && trig > sentence_first && trig <= sentence_first + 8 &&
        (dmi_tok_is(a, sentence_first, "he") || dmi_tok_is(a, sentence_first, "she"))) {
        for (size_t u = sentence_first + 1; u < trig; u++)
            if (!dmi_tok_word(a, u) || dmi_tok_cap(a, u) || dmi_tok_is(a, u, "that"))
                return 0;
        /* ... a person of the lede's events, or named in the lede when it
         * tells none ("X said on Monday that ...") */
        for (size_t j = 0; j < S->count && S->ev[j].trigger < lede_end; j++)
            if (S->ev[j].person_count > 0)
                return 1;
        for (size_t u = S->dateline_end; u < lede_end && u < a->token_count; u++)
            if (x->person_tok[u] && !dmi_in_quotation(a, S->dateline_end, u))
                return 1;
        return 0;
    }
    if (subject == NONE || trig > subject_end + 4)
        return 0;
    for (size_t j = 0; j < S->count && S->ev[j].trigger < lede_end; j++)
        for (size_t i = 0; i < S->ev[j].person_count; i++)
            if (S->ev[j].persons[i] == subject)
                return 1;
    return 0;
}

/* A later sentence's event told by the dateline's country (above), or by
 * a person of the lede's news, in a text of one dateline, dated the
 * report's week or undated: filed from where it happens. */
static int later_news_here(const dmi_events_state_t *S, const dmi_xevent_t *e, size_t home, size_t lede_end)
{
    const dmi_extraction_t *x = S->x;
    if (S->second_dateline || x->history ||
        (e->type != DM_EVENT_MEETING && e->type != DM_EVENT_TALKS && e->type != DM_EVENT_AGREEMENT) ||
        (e->status != DM_EVENT_HELD && e->status != DM_EVENT_PLANNED))
        return 0;
    if (e->date.year && !e->date_weak) {
        if (!x->date.day)
            return 0;
        dmi_date_t first_day = e->date;
        first_day.month = first_day.month ? first_day.month : 1;
        first_day.day = first_day.day ? first_day.day : 1;
        long report = dmi_date_days(x->date.year, x->date.month, x->date.day);
        long from = dmi_date_days(first_day.year, first_day.month, first_day.day);
        /* the report's week: a date within seven days of it, or its month */
        if (dmi_date_last_day(&e->date) < report - 7 || from > report + 7)
            return 0;
    }
    /* A trip told before ("leaves on Saturday on a trip to the Far East",
     * a visit): the later sentences may follow it abroad. */
    static const char *const trips[] = {"trip", "tour", "journey", "visit", "visits", "visiting", NULL};
    const dmi_article_t *a = x->art;
    size_t sentence_first = a->sentences[a->tokens[e->trigger].sentence].first;
    for (size_t j = 0; j < S->count; j++)
        if (S->ev[j].type == DM_EVENT_VISIT)
            return 0;
    for (size_t t = S->dateline_end; t < e->trigger; t++)
        if (dmi_setting_out(a, t) || dmi_tok_in(a, t, trips) >= 0)
            return 0;
    return told_by_home_office(S, home, sentence_first, e->trigger) ||
           ((e->type == DM_EVENT_MEETING || e->type == DM_EVENT_TALKS) && e->status == DM_EVENT_HELD &&
            told_by_lede_person(S, sentence_first, e->trigger, lede_end));
}

static const char *const showing_verbs_list[] = {
#include "rules/showing_verbs.inc"
    NULL};
static dmi_word_set_t showing_verbs = DMI_WORD_SET(showing_verbs_list);

/* "state television showed a meeting between X and Y", "the channel
 * aired talks": the trigger at trig is the object of a verb of showing
 * (rules/showing_verbs.txt, at most two words before it) whose subject is a
 * news outlet's word (rules/media_words.txt, at most three words before the
 * verb): seen on a screen, not held where the report is filed (nor at the
 * city of the trip the report covers). */
int dmi_shown_on_screen(const dmi_article_t *a, size_t first, size_t trig)
{
    for (size_t u = trig; u > first && u + 3 > trig;) {
        u--;
        if (!dmi_tok_word(a, u))
            return 0;
        if (dmi_tok_in_set(a, u, &showing_verbs) < 0)
            continue;
        for (size_t v = u; v > first && v + 4 > u;) {
            v--;
            if (!dmi_tok_word(a, v))
                return 0;
            if (dmi_tok_in_set(a, v, &dmi_media_words) >= 0)
                return 1;
        }
        return 0;
    }
    return 0;
}

void dmi_at_dateline(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    size_t home = dmi_dateline_city(S);
    /* The dateline is where the reporter is now: a lede's background
     * ("established in 1953 after talks") happened elsewhere. */
    if (home == NONE || dmi_date_before_news(&e->date, &x->date) || dmi_shown_on_screen(a, first, e->trigger))
        return;
    size_t lede_end = S->dateline_end;
    if (S->dateline_alone && lede_end < a->token_count)
        lede_end++;  /* the lede is the paragraph after the dateline's line */
    while (lede_end < a->token_count && !(a->tokens[lede_end].flags & DMI_TOK_LINE_START))
        lede_end++;
    int here = 0;
    for (size_t t = first; t < last && t < a->token_count && !here; t++)
        here = dmi_tok_is(a, t, "here");
    /* ("A - ... After stops in A, B and C, she is now in the south,
     * meeting bankers": the trip has left the dateline's city) */
    if ((first < lede_end || here || later_news_here(S, e, home, lede_end)) &&
        !dmi_stop_left(S, a->tokens[first].sentence, home))
        dmi_add_place(e, first < lede_end || here ? home : dmi_scene_or(S, e, home));
}

/* Dates of a token range, in order. */
size_t dmi_dates_in(dmi_events_state_t *S, size_t first, size_t last, dmi_tense_t tense, dmi_date_hit_t *out,
                    size_t max)
{
    dmi_extraction_t *x = S->x;
    size_t n = 0;
    if (first < S->dateline_end)
        first = S->dateline_end;
    /* A day or month named without a year ("on 14 May") is in the year of
     * the dated item before it: one earlier in the sentence ("On 12 May
     * 2017 he visited A; on 14 May B"), else the paragraph's frame ("On 3
     * May 2011, ... Later (on 5 May), ...") when that lies
     * in another year than the report's. */
    int item_year = S->frame.year && x->date.year && S->frame.year != x->date.year ? S->frame.year : 0;
    /* ... as the timeline has moved it since ("In 1960 the king visited
     * Paris, and in 1962 London. In May ...": 1962; "On Monday she held
     * talks in A. In February ...": the report's time again) */
    if (item_year && S->told_year != item_year)
        item_year = S->told_year && S->told_year < x->date.year ? S->told_year : 0;
    /* ... else the year its section's heading names, or, in a text telling
     * history, the year last named (news names months of its own year
     * after a paragraph's background year: not those). */
    int years[] = {S->section_year, S->history && S->told_year ? S->told_year : 0,
                   S->history ? S->context_year : 0};
    int item_heading = 0;
    for (size_t k = 0; k < G_N_ELEMENTS(years) && !item_year; k++)
        if (years[k] && x->date.year && years[k] != x->date.year) {
            item_year = years[k];
            item_heading = k == 0;
        }
    /* ... and in a text without a publication date, which has no year of
     * its own, the year last named ("In April 2006 ... In February ...",
     * "since she took office in May 2017 ... on 1 February"). */
    if (!item_year && !x->date.year)
        item_year = S->context_year;
    /* ... else the year a timeline has come to in an earlier sentence or
     * paragraph ("In 1981 the envoy arrived in Cairo. / On 2 March she met
     * ...", "Two years later she visited A. In April ..."): the story's
     * time, until the text returns to the report's (told_year). */
    if (!item_year && S->told_year && x->date.year && S->told_year < x->date.year)
        item_year = S->told_year;
    /* A narrative of the past goes forward: a month named without a year
     * after a later month of that year told last ("In November 2008 ...
     * In December ... In January ...") is in the next year, and later
     * months stay there. Not under a year's heading (the heading bounds
     * its section), nor told in the past perfect ("had met in March":
     * told out of order; "had" with its own object, "had talks", "had
     * the birds culled", is the simple past). */
    int forward = !item_heading;
    for (size_t t = first; t < last && forward; t++)
        if (dmi_tok_is(x->art, t, "had"))
            for (size_t v = t + 1; v < t + 3 && v < last && dmi_tok_word(x->art, v) && forward; v++)
                forward = !dmi_past_verb(x->art, v) && !dmi_tok_is(x->art, v, "been");
    dmi_date_t anchor = S->anchor;
    /* the day told before "on the eve of" in this range: a weekday told
     * after it is the gathering's, later than that day ("held talks on
     * Friday, on the eve of a summit in C on Saturday": the next Saturday,
     * whatever the tense; issue 14) */
    dmi_date_t eve_of = {0, 0, 0};
    int bare_year = 0, year_before_bare = 0;
    size_t bare_tok = 0;
    for (size_t t = first; t < last && n < max;) {
        dmi_date_t d;
        int story = 1; /* dmi_date_hit_t.story_time */
        /* "a week after the summit": from the summit's date, when an event
         * told before is of that kind and dated */
        size_t used = 0;
        for (size_t u = t + 3; u < t + 7 && u < last && !used && t + 3 < last; u++) {
            const dmi_trigger_t *tr = dmi_trigger_at(x->art, u);
            if (dmi_tok_punct_any(x->art, u))
                break;
            for (size_t j = S->sentence_first_event; tr && j-- > 0;)
                if (S->ev[j].type == tr->type && S->ev[j].date.year) {
                    used = dmi_span_after(x->art, t, last, &S->ev[j].date, &d) ? u + 1 - t : 0;
                    break;
                }
        }
        /* "on the eve of the summit", its day told before: the day before
         * it (a day told after it in the sentence is dmi_date_at's) */
        if (!used && dmi_tok_is(x->art, t, "the") && t + 3 < last && dmi_tok_is(x->art, t + 1, "eve") &&
            dmi_tok_is(x->art, t + 2, "of") && !dmi_date_at(x->art, t, last, &x->date, S->context_year, tense, &d))
            for (size_t u = t + 3; u < t + 7 && u < last && !used; u++) {
                const dmi_trigger_t *tr = dmi_trigger_at(x->art, u);
                for (size_t j = S->sentence_first_event; tr && j-- > 0;)
                    if (S->ev[j].type == tr->type && S->ev[j].date.year) {
                        if (S->ev[j].date.day) {
                            dmi_date_from_days(dmi_date_days(S->ev[j].date.year, S->ev[j].date.month,
                                                             S->ev[j].date.day) - 1, &d);
                            used = 3;
                        }
                        break;
                    }
            }
        /* "the following year", "two days later": from the date told last */
        if (!used && (used = dmi_date_later(x->art, t, last, &anchor, &d)) != 0 && d.year && !d.month &&
            d.year != x->date.year)
            item_year = d.year;  /* "That year the king visited Oslo in May": that year's May */
        /* else a date of its own, dated as the items before it */
        if (!used && (used = dmi_date_at(x->art, t, last, &x->date, S->context_year, tense, &d)) && d.month) {
            int explicit_year = 0, month_named = 0;
            for (size_t u = t; u < t + used; u++) {
                explicit_year |= dmi_tok_len(x->art, u) == 4 && (x->art->tokens[u].flags & DMI_TOK_NUM);
                month_named |= dmi_month_of(dmi_tok_text(x->art, u), dmi_tok_len(x->art, u)) != 0;
                /* "mid-March", "late-May" */
                const char *hy = memchr(dmi_tok_text(x->art, u), '-', dmi_tok_len(x->art, u));
                if (hy && (x->art->tokens[u].flags & DMI_TOK_WORD))
                    month_named |= dmi_month_of(hy + 1, dmi_tok_len(x->art, u) - (size_t)(hy + 1 - dmi_tok_text(x->art, u))) != 0;
            }
            /* "last May", "next month", "Monday": counted from the report */
            static const char *const shifts[] = {"last", "next", "this", "that", "past", NULL};
            int relative = !month_named || dmi_tok_in(x->art, t, shifts) >= 0;
            /* "In 2004 she visited A. She will visit A again in July": told
             * with "will" (outside a quotation), a month is still to come,
             * not one of the earlier year the paragraph told */
            int ahead = 0;
            for (size_t u = first; u < t && item_year && x->date.year && item_year < x->date.year && !ahead; u++)
                ahead = (dmi_tok_is(x->art, u, "will") || dmi_tok_is(x->art, u, "shall")) &&
                        !dmi_in_quotation(x->art, first, u);
            /* "on 20 May that year": the year told before */
            int that_year = 0;
            for (size_t u = t + 1; u < t + used; u++)
                that_year |= dmi_tok_is(x->art, u, "year") &&
                             (dmi_tok_is(x->art, u - 1, "that") || dmi_tok_is(x->art, u - 1, "same"));
            story = explicit_year || that_year || (item_year && !relative && !ahead) ? 1 : -1;
            if (explicit_year)
                item_year = d.year;
            else if (item_year && !relative && !ahead) {
                d.year = item_year;
                if (forward && anchor.month && (anchor.year == item_year || anchor.year == item_year + 1)) {
                    /* one year on at most from the year last named; a day
                     * told less than a month before the day told last
                     * stays in its year ("On 1 October 2015 ... raids (30
                     * September) ...": a step back, not 30 September 2016) */
                    int back = (anchor.month - d.month) * 31 + (anchor.day && d.day ? anchor.day - d.day : 0);
                    d.year =
                        anchor.year == item_year && d.month < anchor.month && back >= 31 ? item_year + 1 : anchor.year;
                }
            }
        }
        /* "the 1998 summit in Oslo on 26 May", "in 1998 the king met ... on
         * 26 May": a year written alone dates the days and months named
         * after it in the sentence, as a full date's year does; not a
         * bound ("since 2007", "by 2030"). */
        static const char *const bounds[] = {"since", "until", "till", "by", "before", "after", "from", "through",
                                             NULL};
        if (used == 1 && !d.month && d.year && dmi_tok_len(x->art, t) == 4 && (x->art->tokens[t].flags & DMI_TOK_NUM) &&
            !(t > first && dmi_tok_in(x->art, t - 1, bounds) >= 0) && !bare_year) {
            bare_year = 1;
            bare_tok = t;
            year_before_bare = item_year;
            item_year = d.year;
        }
        if (!used) {
            /* ... within its clause ("In 2007, he met X on 26 June", but "In
             * 2007 he visited Oslo, and he will return on 26 June" is
             * another year's June). */
            if (bare_year && t != bare_tok + 1 && (x->art->tokens[t].flags & DMI_TOK_PUNCT) &&
                !(x->art->tokens[t].flags & DMI_TOK_POSS)) {
                item_year = year_before_bare;
                bare_year = 0;
            }
            t++;
            continue;
        }
        /* the end, start or middle "of the year" (or "of the month") told in
         * a timeline of an earlier year: the story's year (and month), not
         * the report's ("In 1990 the king visited Oslo. At the close of the
         * year he met ...") */
        if (used == 2 && item_year && dmi_tok_is(x->art, t, "the") && t > first && dmi_tok_is(x->art, t - 1, "of")) {
            if (dmi_tok_is(x->art, t + 1, "year")) {
                d = (dmi_date_t){item_year, 0, 0};
                story = 1;
            } else if (dmi_tok_is(x->art, t + 1, "month") && anchor.year == item_year && anchor.month) {
                d = (dmi_date_t){anchor.year, anchor.month, 0};
                story = 1;
            }
        }
        /* a decade ("in the 1990s") sets no year for what follows */
        if (!d.month && used == 1 && dmi_tok_len(x->art, t) == 5 && g_ascii_isdigit(dmi_tok_text(x->art, t)[0]))
            story = 0;
        /* "from 29 June to 2 July": the range's end dates no event, its
         * start does (as a day range "12-14 May" is dated at its first
         * day; thirty-eighth round, lists of trips). */
        static const char *const range_ends[] = {"to", "until", "till", "through", NULL};
        if (n > 0 && t > first + 1 && dmi_tok_in(x->art, t - 1, range_ends) >= 0 &&
            out[n - 1].token + out[n - 1].ntok == t - 1 && out[n - 1].token > first &&
            dmi_tok_is(x->art, out[n - 1].token - 1, "from") && d.month) {
            t += used;
            continue;
        }
        if (used == 3 && dmi_tok_is(x->art, t, "the") && dmi_tok_is(x->art, t + 1, "eve") && n > 0 &&
            out[n - 1].date.day)
            eve_of = out[n - 1].date;
        else if (eve_of.day && d.day && dmi_weekday_of(dmi_tok_text(x->art, t), dmi_tok_len(x->art, t)))
            while (dmi_date_cmp(&d, &eve_of) <= 0)
                dmi_date_from_days(dmi_date_days(d.year, d.month, d.day) + 7, &d);
        out[n].token = t;
        out[n].date = d;
        out[n].ntok = used;
        out[n].story_time = story;
        n++;
        t += used;
        anchor = d;
    }
    return n;
}

const char *dmi_sender_name(dmi_events_state_t *S, size_t first, size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    for (size_t t = first; t + 1 < last; t++)
        if ((dmi_tok_is(a, t, "from") || dmi_tok_is(a, t, "by")) && x->person_tok[t + 1])
            for (size_t i = 0; i < x->people_count; i++)
                if (dmi_tok_eq(a, t + 1, x->people[i].surname) ||
                    (t + 1 >= x->people[i].first && t + 1 < x->people[i].last))
                    return x->people[i].surname;
    return NULL;
}

/* Token t is part of a place's name ("truce village of Panmunjom"). */
int dmi_inside_mention(const dmi_extraction_t *x, size_t t)
{
    /* Mentions are a few tokens long: only those starting shortly before
     * t can cover it. */
    for (size_t k = dmi_mention_lower(x, t > 64 ? t - 64 : 0); k < x->mention_count && x->mentions[k].first <= t; k++)
        if (t < x->mentions[k].last)
            return 1;
    return 0;
}

/* A date at b after the trigger trig lies in a relative clause of its own
 * (", which fell last year", ", who took office in 2019"): it dates that
 * clause's verb, not the event. */
int dmi_date_in_relative(const dmi_article_t *a, size_t trig, size_t b)
{
    static const char *const relatives[] = {"which", "who", "whom", "whose", NULL};
    if (!relative_between(a, trig, b, relatives))
        return 0;
    /* ... unless the clause opens the happening itself ("the talks in C,
     * which begin on Monday"; dmi_opening_clause) */
    for (size_t u = trig + 1; u + 1 < b; u++)
        if (dmi_tok_is(a, u, "which"))
            return !dmi_opening_clause(a, trig, u);
    return 1;
}

int dmi_date_of_other_verb(const dmi_article_t *a, size_t trig, size_t b)
{
    static const char *const preps[] = {"in", "on", "at", "during", "by", NULL};
    size_t v = b > 0 && dmi_tok_in(a, b - 1, preps) >= 0 ? b - 1 : b;
    if (b <= trig || v <= trig + 1 || !dmi_past_verb(a, v - 1))
        return 0;
    /* ("the summit in C, which opened on Wednesday": its own opening) */
    if (v >= trig + 3 && (dmi_opening_clause(a, trig, v - 2) || dmi_opening_clause(a, trig, v - 3)))
        return 0;
    size_t commas = 0;
    for (size_t u = trig + 1; u < v - 1; u++)
        commas += dmi_tok_punct(a, u, ',') != 0;
    if (!commas)
        return 0;
    /* ... but not the verb of a noun that is its sentence's subject, after
     * an apposition set off by two commas ("The talks in Geneva, the first
     * since 2006, ended on Saturday"): no verb before the noun, the verb
     * right after the second comma. */
    size_t first = a->sentences[a->tokens[trig].sentence].first;
    int subject = commas == 2 && dmi_tok_punct(a, v - 2, ',') && !dmi_past_verb(a, trig);
    for (size_t u = first; u < trig && subject; u++)
        subject = !dmi_past_verb(a, u) && !dmi_tok_punct_any(a, u);
    return !subject;
}

/* "the meeting was like Monday's talks", "after last week's summit": a
 * day's possessive dates the noun it qualifies; when that noun is another
 * event's trigger, the date is that event's, not the one at trig. */
int dmi_date_of_other_noun(const dmi_article_t *a, size_t trig, size_t b, size_t ntok)
{
    /* "met to discuss the 2008 attack": a year dates the noun it qualifies,
     * not the event of a word before it; unless the noun is the occasion
     * the event took place at ("signed at the 1972 summit"). (A dated noun
     * before the trigger, "the 2015 visit came amid attacks", shares its
     * time with the clause.) */
    static const char *const occasion[] = {"at", "during", "in", "on", NULL};
    size_t noun = ntok == 1 && (a->tokens[b].flags & DMI_TOK_NUM) ? dmi_year_dated_noun(a, b) : 0;
    if (noun && trig < b)
        return !(b >= 2 && dmi_tok_in(a, b - 1, dmi_phrase_determiners) >= 0 && dmi_tok_in(a, b - 2, occasion) >= 0);
    size_t poss = b + ntok;
    if (poss >= a->token_count || !(a->tokens[poss].flags & DMI_TOK_POSS))
        return 0;
    /* ... unless that noun is the occasion the event took place at ("held
     * talks on the sidelines of last week's summit", "met at Monday's
     * forum"): the occasion's time is the event's */
    static const char *const edges[] = {"sidelines", "margins", "margin", "fringes", "fringe", "sideline", NULL};
    if (b >= 1 && trig < b &&
        (dmi_tok_is(a, b - 1, "at") || dmi_tok_is(a, b - 1, "during") ||
         (b >= 2 && dmi_tok_is(a, b - 1, "of") && dmi_tok_in(a, b - 2, edges) >= 0)))
        return 0;
    for (size_t u = poss + 1; u < poss + 4 && u < a->token_count && dmi_tok_word(a, u); u++) {
        if (u == trig)
            return 0;
        if (dmi_trigger_at(a, u))
            return 1;
    }
    return 0;
}

/* A date at b right after a speech verb ("said Thursday", "told reporters
 * on Monday"), looking back no further than first: it dates the saying. */
int dmi_date_of_saying(const dmi_article_t *a, size_t b, size_t first)
{
    for (size_t u = b, n = 0; u > first && n < 3; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_is_speech_verb(a, u))
            return 1;
        if (!dmi_tok_is(a, u, "on") && !dmi_tok_is(a, u, "reporters") && !dmi_tok_is(a, u, "journalists") &&
            !dmi_tok_is(a, u, "late") && !dmi_tok_is(a, u, "early"))
            return 0;
    }
    return 0;
}

/* Words of answering (rules/response_words.txt). */
static const char *const response_words_list[] = {
#include "rules/response_words.inc"
    NULL};
static dmi_word_set_t response_words = DMI_WORD_SET(response_words_list);

/* "said Friday in response to the strikes": the answering phrase right
 * after the saying's date (ending at end), the trigger a few words on, no
 * punctuation between. */
int dmi_answered_by_saying(const dmi_article_t *a, size_t end, size_t trig)
{
    if (trig <= end || trig > end + 10)
        return 0;
    size_t u = end;
    if (dmi_tok_is(a, u, "in") && u + 1 < trig)
        u++;
    if (dmi_tok_in_set(a, u, &response_words) < 0 || !dmi_tok_is(a, u + 1, "to"))
        return 0;
    for (size_t v = u + 2; v < trig; v++)
        if (dmi_tok_punct_any(a, v))
            return 0;
    return 1;
}

/* The date of the event whose trigger is at trig: the date nearest the
 * trigger within its clause [first, last), a comma between costing more
 * than words. Not an event's date: one right after a speech verb ("said
 * Thursday" dates the saying), one after "since" (the start of a state).
 * "five years after X" dates X, the clause that follows it: it counts for
 * a trigger after it (from prev, the previous trigger, on), never before.
 * Returns the index into dates or -1. */
int dmi_pick_date(const dmi_article_t *a, size_t trig, size_t prev, size_t first, size_t last,
                  const dmi_date_hit_t *dates, size_t nd, int statement, int *weak)
{
    int speech_date = -1;
    int best = -1;
    size_t best_cost = SIZE_MAX;
    for (size_t k = 0; k < nd; k++) {
        size_t b = dates[k].token, end = b + dates[k].ntok;
        /* "since April 2023" starts a state, "until April" ends one. */
        if (dmi_date_bounds_state(a, b) || (b > trig && dmi_date_in_relative(a, trig, b)) ||
            dmi_date_of_other_verb(a, trig, b) || dmi_date_of_other_noun(a, trig, b, dates[k].ntok))
            continue;
        /* "a week after the summit" dates what follows, not the summit */
        if (trig >= b && trig < end)
            continue;
        if (!statement) {
            if (dmi_date_of_saying(a, b, first)) {
                if (speech_date < 0 && b >= first && b < last && !dmi_answered_by_saying(a, end, trig))
                    speech_date = (int)k;
                continue;
            }
        }
        int forward = dmi_tok_is(a, end - 1, "after");
        if (forward) {
            if (b > trig || b < prev)
                continue;
        } else if (b < first || b >= last) {
            continue;
        }
        size_t lo = b < trig ? end : trig, hi = b < trig ? trig : b;
        size_t commas = 0;
        for (size_t u = lo; u < hi; u++)
            if ((a->tokens[u].flags & DMI_TOK_PUNCT) &&
                (a->text[a->tokens[u].start] == ',' || a->text[a->tokens[u].start] == ';'))
                commas++;
        size_t cost = (hi - lo) + 12 * commas + (b < trig ? 2 : 0);
        if (cost < best_cost) {
            best_cost = cost;
            best = (int)k;
        }
    }
    /* "the 1998 summit in Oslo on 26 May": the year alone, then the day of
     * that year in the clause; the finer date is the event's. */
    if (best >= 0 && !dates[best].date.month)
        for (size_t k = (size_t)best + 1; k < nd; k++) {
            size_t b = dates[k].token;
            if (b >= first && b < last && dates[k].date.year == dates[best].date.year && dates[k].date.month &&
                !dmi_date_bounds_state(a, b) && !(b > trig && dmi_date_in_relative(a, trig, b)) &&
                !dmi_date_of_other_verb(a, trig, b) && !dmi_date_of_other_noun(a, trig, b, dates[k].ntok)) {
                best = (int)k;
                break;
            }
        }
    /* "said on Thursday that she had spoken with": the saying's date is the
     * best guess left for what it reports (weak: a later, own date wins). */
    *weak = best < 0 && speech_date >= 0;
    return best >= 0 ? best : speech_date;
}
