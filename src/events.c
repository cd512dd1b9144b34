/* Diplomatic events from the language of news.
 *
 * Sentence by sentence: a trigger word gives the type ("summit" -> meeting,
 * "letter" -> letter, "loudspeaker" -> broadcast ...), status cues the status
 * ("refused", "suspended", "will"), date expressions the date, and the place
 * mentions of the clause the places. A sentence that lists several "in X in
 * DATE" clauses after one trigger ("the first in Geneva in 2021, the
 * second in Vienna in May 2022") gives one event per clause.
 * Communications (letter, call, broadcast) take [from, to]: the sender's
 * place or seat, then where it was delivered, refused or aimed. */
#include "extract-private.h"
#include "context-private.h"
#include "geom-private.h"

#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX

typedef struct {
    const char *word;
    dm_event_type_t type;
    int strength;   /* 2: the word alone makes the event; 1: weak (needs a place cue) */
} trigger_t;

/* Lower-case forms, exact match. Order within a type does not matter;
 * every trigger of a sentence owns the clause up to the next trigger. */
static const trigger_t triggers[] = {
    {"letter", DM_EVENT_LETTER, 2}, {"letters", DM_EVENT_LETTER, 2},
    {"message", DM_EVENT_LETTER, 1}, {"messages", DM_EVENT_LETTER, 1},
    {"phoned", DM_EVENT_CALL, 2}, {"phone", DM_EVENT_CALL, 2}, {"telephone", DM_EVENT_CALL, 2},
    {"call", DM_EVENT_CALL, 1}, {"called", DM_EVENT_CALL, 1}, {"videoconference", DM_EVENT_CALL, 2},
    {"loudspeaker", DM_EVENT_BROADCAST, 2}, {"loudspeakers", DM_EVENT_BROADCAST, 2},
    {"leaflets", DM_EVENT_BROADCAST, 2}, {"leaflet", DM_EVENT_BROADCAST, 2},
    {"broadcasts", DM_EVENT_BROADCAST, 2}, {"broadcast", DM_EVENT_BROADCAST, 1},
    {"propaganda", DM_EVENT_BROADCAST, 1},
    {"signed", DM_EVENT_AGREEMENT, 2}, {"sign", DM_EVENT_AGREEMENT, 2}, {"agreement", DM_EVENT_AGREEMENT, 2},
    {"accord", DM_EVENT_AGREEMENT, 2}, {"accords", DM_EVENT_AGREEMENT, 2}, {"treaty", DM_EVENT_AGREEMENT, 2},
    {"deal", DM_EVENT_AGREEMENT, 1}, {"pact", DM_EVENT_AGREEMENT, 2}, {"ceasefire", DM_EVENT_AGREEMENT, 2},
    {"truce", DM_EVENT_AGREEMENT, 1}, {"memorandum", DM_EVENT_AGREEMENT, 2},
    {"summit", DM_EVENT_MEETING, 2}, {"summits", DM_EVENT_MEETING, 2}, {"met", DM_EVENT_MEETING, 2},
    {"meet", DM_EVENT_MEETING, 2}, {"meets", DM_EVENT_MEETING, 2}, {"meeting", DM_EVENT_MEETING, 2},
    {"meetings", DM_EVENT_MEETING, 2}, {"hosted", DM_EVENT_MEETING, 1}, {"host", DM_EVENT_MEETING, 1},
    {"gathered", DM_EVENT_MEETING, 2}, {"gather", DM_EVENT_MEETING, 2}, {"convened", DM_EVENT_MEETING, 2},
    {"convene", DM_EVENT_MEETING, 2},
    {"talks", DM_EVENT_TALKS, 2}, {"negotiations", DM_EVENT_TALKS, 2}, {"negotiators", DM_EVENT_TALKS, 1},
    {"negotiate", DM_EVENT_TALKS, 1}, {"round", DM_EVENT_TALKS, 1}, {"mediation", DM_EVENT_TALKS, 2},
    {"mediated", DM_EVENT_TALKS, 2}, {"consultations", DM_EVENT_TALKS, 2},
    {"visit", DM_EVENT_VISIT, 2}, {"visited", DM_EVENT_VISIT, 2}, {"visits", DM_EVENT_VISIT, 2},
    {"visiting", DM_EVENT_VISIT, 2}, {"trip", DM_EVENT_VISIT, 2}, {"tour", DM_EVENT_VISIT, 1},
    {"travelled", DM_EVENT_VISIT, 2}, {"traveled", DM_EVENT_VISIT, 2}, {"arrived", DM_EVENT_VISIT, 2},
    {"flew", DM_EVENT_VISIT, 2}, {"flown", DM_EVENT_VISIT, 2}, {"fly", DM_EVENT_VISIT, 1},
    {"flies", DM_EVENT_VISIT, 2}, {"travel", DM_EVENT_VISIT, 1},
    /* setting out: only "... for PLACE" (trigger_at) */
    {"headed", DM_EVENT_VISIT, 1}, {"heads", DM_EVENT_VISIT, 1}, {"heading", DM_EVENT_VISIT, 1},
    {"left", DM_EVENT_VISIT, 1}, {"leave", DM_EVENT_VISIT, 1}, {"leaves", DM_EVENT_VISIT, 1},
    {"leaving", DM_EVENT_VISIT, 1}, {"departed", DM_EVENT_VISIT, 1}, {"departs", DM_EVENT_VISIT, 1},
    {"proposed", DM_EVENT_LETTER, 1}, {"proposes", DM_EVENT_LETTER, 1}, {"proposal", DM_EVENT_LETTER, 1},
    {"launched", DM_EVENT_INCIDENT, 1}, {"launch", DM_EVENT_INCIDENT, 1}, {"missile", DM_EVENT_INCIDENT, 1},
    {"missiles", DM_EVENT_INCIDENT, 1}, {"attack", DM_EVENT_INCIDENT, 2}, {"attacks", DM_EVENT_INCIDENT, 2},
    {"attacked", DM_EVENT_INCIDENT, 2}, {"strike", DM_EVENT_INCIDENT, 1}, {"strikes", DM_EVENT_INCIDENT, 1},
    {"airstrike", DM_EVENT_INCIDENT, 2}, {"airstrikes", DM_EVENT_INCIDENT, 2}, {"shelled", DM_EVENT_INCIDENT, 2},
    {"shelling", DM_EVENT_INCIDENT, 2}, {"bombing", DM_EVENT_INCIDENT, 2}, {"explosion", DM_EVENT_INCIDENT, 2},
    {"demolished", DM_EVENT_INCIDENT, 2}, {"demolition", DM_EVENT_INCIDENT, 2}, {"blew", DM_EVENT_INCIDENT, 2},
    {"shot", DM_EVENT_INCIDENT, 1}, {"clashes", DM_EVENT_INCIDENT, 2}, {"drone", DM_EVENT_INCIDENT, 1},
    {"drones", DM_EVENT_INCIDENT, 1}, {"seized", DM_EVENT_INCIDENT, 1}, {"detained", DM_EVENT_INCIDENT, 1},
    {"collided", DM_EVENT_INCIDENT, 2}, {"collision", DM_EVENT_INCIDENT, 2}, {"rammed", DM_EVENT_INCIDENT, 2},
    {"clashed", DM_EVENT_INCIDENT, 2}, {"clash", DM_EVENT_INCIDENT, 1}, {"sank", DM_EVENT_INCIDENT, 2},
    {"intercepted", DM_EVENT_INCIDENT, 1}, {"invaded", DM_EVENT_INCIDENT, 2}, {"invasion", DM_EVENT_INCIDENT, 1},
    {"raid", DM_EVENT_INCIDENT, 1}, {"raided", DM_EVENT_INCIDENT, 2}, {"ambushed", DM_EVENT_INCIDENT, 2},
    {"bombed", DM_EVENT_INCIDENT, 2},
    {"briefing", DM_EVENT_STATEMENT, 2}, {"statement", DM_EVENT_STATEMENT, 2},
    {"declaration", DM_EVENT_STATEMENT, 2}, {"remarks", DM_EVENT_STATEMENT, 1},
    {"announced", DM_EVENT_STATEMENT, 1}, {"said", DM_EVENT_STATEMENT, 1}, {"says", DM_EVENT_STATEMENT, 1},
    {"told", DM_EVENT_STATEMENT, 1}};

static int is_communication(dm_event_type_t t)
{
    return t == DM_EVENT_LETTER || t == DM_EVENT_CALL || t == DM_EVENT_BROADCAST;
}

static const char *const weapons[] = {"missile", "missiles", "rocket", "rockets", "satellite", "drone", "drones",
                                      "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid",
                                      "raids", "offensive", "projectile", "projectiles", "ballistic", "cruise",
                                      "torpedo", "torpedoes", "shells", "bombs", "barrage", NULL};

/* What a weapon word names when it is no firing: "missile technology". */
static const char *const weapon_things[] = {"technology", "technologies", "defense", "defence", "system", "systems",
                                            "export", "exports", "program", "programs", "programme",
                                            "programmes", "capability", "capabilities", "shield", "control",
                                            "controls", "regime", "development", "sales", "sale", "deal",
                                            "industry", "arsenal", "stockpile", "policy", "policies", NULL};

/* A weapon word within three words before or five after token t, same
 * sentence. */
static int weapon_near(const dmi_article_t *a, size_t t)
{
    for (size_t u = t > 3 ? t - 3 : 0; u < t + 6 && u < a->token_count; u++)
        if (u != t && a->tokens[u].sentence == a->tokens[t].sentence && dmi_tok_in(a, u, weapons) >= 0)
            return 1;
    return 0;
}

static int tok_punct_any(const dmi_article_t *a, size_t t);

static int setting_out(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"headed", "heads", "heading", "left", "leave", "leaves", "leaving",
                                        "departed", "departs", NULL};
    return dmi_tok_in(a, t, verbs) >= 0;
}

/* The token after "for" in "headed for Jordan", "leave for Washington on
 * Monday" (within three words, same sentence, a capitalised word), else
 * SIZE_MAX. */
static size_t departure_for(const dmi_article_t *a, size_t t)
{
    for (size_t u = t + 1; u < t + 4 && u + 1 < a->token_count; u++) {
        if (a->tokens[u].sentence != a->tokens[t].sentence || tok_punct_any(a, u))
            return SIZE_MAX;
        if (dmi_tok_is(a, u, "for") && (a->tokens[u + 1].flags & DMI_TOK_CAP))
            return u + 1;
    }
    return SIZE_MAX;
}

static const trigger_t *trigger_at(const dmi_article_t *a, size_t t)
{
    if (!(a->tokens[t].flags & DMI_TOK_WORD) || (a->tokens[t].flags & DMI_TOK_CAP && !(a->tokens[t].flags & DMI_TOK_SENT_START)))
        return NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(triggers); i++) {
        if (!dmi_tok_is(a, t, triggers[i].word))
            continue;
        /* "the proposed summit": a participle before a noun is no proposal. */
        if (dmi_tok_is(a, t, "proposed") && t > 0 &&
            (dmi_tok_is(a, t - 1, "the") || dmi_tok_is(a, t - 1, "a") || dmi_tok_is(a, t - 1, "an")))
            return NULL;
        /* "headed for Jordan", "will leave for Lima": setting out is a trip
         * only toward a named place ("left the talks" is none). */
        if (setting_out(a, t) && departure_for(a, t) == SIZE_MAX)
            return NULL;
        /* "launched an appeal", "the group was launched in 1985": a launch
         * is an incident only of a weapon or a strike near it. */
        if ((dmi_tok_is(a, t, "launch") || dmi_tok_is(a, t, "launched")) && !weapon_near(a, t))
            return NULL;
        /* "missile technology", "a missile defense system", "drone
         * exports": the weapon names a thing, not a firing. */
        if (triggers[i].type == DM_EVENT_INCIDENT && triggers[i].strength < 2 && t + 1 < a->token_count &&
            a->tokens[t + 1].sentence == a->tokens[t].sentence && dmi_tok_in(a, t + 1, weapon_things) >= 0)
            return NULL;
        return &triggers[i];
    }
    return NULL;
}

/* The mention whose last token is just before token t ("Singapore" in
 * "the Singapore Summit"), or NULL. */
static const dmi_mention_t *mention_ending_at(const dmi_extraction_t *x, size_t t)
{
    for (size_t k = dmi_mention_lower(x, t > 6 ? t - 6 : 0); k < x->mention_count && x->mentions[k].first < t; k++)
        if (x->mentions[k].last == t)
            return &x->mentions[k];
    return NULL;
}

/* "the agreement", "this deal": a definite trigger refers back to an event
 * told before. */
static int refers_back(const dmi_article_t *a, size_t t, size_t first)
{
    return t > first && (dmi_tok_is(a, t - 1, "the") || dmi_tok_is(a, t - 1, "this") || dmi_tok_is(a, t - 1, "that"));
}

/* A capitalised trigger that a place names: "the Singapore Summit", "the
 * Oslo Accords" (other capitalised triggers are parts of names: "Summit
 * County"). */
static const trigger_t *named_trigger(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!(a->tokens[t].flags & DMI_TOK_CAP) || (a->tokens[t].flags & DMI_TOK_SENT_START))
        return NULL;
    const dmi_mention_t *m = mention_ending_at(x, t);
    if (!m || x->places[m->place].kind == DM_PLACE_REGION)
        return NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(triggers); i++)
        if (triggers[i].type != DM_EVENT_STATEMENT && triggers[i].strength >= 2 &&
            dmi_tok_is(a, t, triggers[i].word))
            return &triggers[i];
    return NULL;
}

/* ---- negation, modality, topics ------------------------------------------ */

static int tok_punct_any(const dmi_article_t *a, size_t t)
{
    return (a->tokens[t].flags & DMI_TOK_PUNCT) != 0;
}

/* Up to n words before token t in its clause (stops at punctuation) hold one
 * of words. */
static int word_before(const dmi_article_t *a, size_t t, size_t first, int n, const char *const *words)
{
    for (size_t u = t; u > first && n > 0;) {
        u--;
        if (tok_punct_any(a, u))
            return 0;
        if (!(a->tokens[u].flags & DMI_TOK_WORD))
            continue;
        if (dmi_tok_in(a, u, words) >= 0)
            return 1;
        size_t len = dmi_tok_len(a, u);
        /* "didn't", "hasn't" */
        if (words[0] && strcmp(words[0], "no") == 0 && len > 3 &&
            g_ascii_strncasecmp(dmi_tok_text(a, u) + len - 3, "n't", 3) == 0)
            return 1;
        n--;
    }
    return 0;
}

/* Negation before a trigger: "no deal", "without agreement", "did not meet",
 * "never signed". A negated event did not happen: it is not drawn. */
static int negated(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const neg[] = {"no", "not", "never", "without", "nor", "neither", "cannot",
                                      "unable", "refusing", NULL};
    return word_before(a, t, first, 3, neg);
}

/* A hypothetical event: "could be signed", "if they meet", "may visit". */
static int modal(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const mod[] = {"could", "would", "may", "might", "should", "can", "if", "unless",
                                      "whether", NULL};
    return word_before(a, t, first, 4, mod);
}

/* The trigger is the topic of talk, not an event: "to discuss the pact",
 * "discuss how the agreement will be monitored", "questions about the deal". */
static int topic_of_talk(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const topic[] = {"discuss", "discussed", "discusses", "discussing", "discussion",
                                        "about", "regarding", "concerning", "debate", "debated", NULL};
    return word_before(a, t, first, 3, topic);
}

/* A wish or a capability, not an event: "to press for a deal", "urged
 * talks", "seeking a ceasefire", "the crossing that lets pilgrims travel". */
static int desired(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const wish[] = {"press", "pressing", "pressed", "push", "pushing", "pushed", "seek",
                                       "seeking", "sought", "urge", "urged", "urging", "demand", "demanded",
                                       "demanding", "hopes", "hoping", "hope", "calls", "called", "offered",
                                       "offers", "offer", "offering", "willing", "ready", "lets", "allows",
                                       "allow", "allowing", "enables", "enable", "permits", "support",
                                       "supports", "supported", "supporting", NULL};
    return word_before(a, t, first, 4, wish);
}

/* ---- status ------------------------------------------------------------ */

static const struct {
    const char *word;
    dm_event_status_t status;
} status_cues[] = {
    {"refused", DM_EVENT_REFUSED}, {"rejected", DM_EVENT_REFUSED}, {"returned", DM_EVENT_REFUSED},
    {"declined", DM_EVENT_REFUSED}, {"rebuffed", DM_EVENT_REFUSED}, {"refuse", DM_EVENT_REFUSED},
    {"refuses", DM_EVENT_REFUSED}, {"snubbed", DM_EVENT_REFUSED},
    {"suspended", DM_EVENT_SUSPENDED}, {"halted", DM_EVENT_SUSPENDED}, {"paused", DM_EVENT_SUSPENDED},
    {"suspend", DM_EVENT_SUSPENDED}, {"halt", DM_EVENT_SUSPENDED}, {"stopped", DM_EVENT_SUSPENDED},
    {"suspends", DM_EVENT_SUSPENDED}, {"halts", DM_EVENT_SUSPENDED}, {"froze", DM_EVENT_SUSPENDED},
    {"cancelled", DM_EVENT_CANCELLED}, {"canceled", DM_EVENT_CANCELLED}, {"scrapped", DM_EVENT_CANCELLED},
    {"postponed", DM_EVENT_CANCELLED}, {"cancel", DM_EVENT_CANCELLED}, {"cancels", DM_EVENT_CANCELLED},
    {"failed", DM_EVENT_FAILED}, {"collapsed", DM_EVENT_FAILED}, {"fizzled", DM_EVENT_FAILED},
    {"delivered", DM_EVENT_DELIVERED}, {"handed", DM_EVENT_DELIVERED}, {"received", DM_EVENT_DELIVERED},
    {"sent", DM_EVENT_DELIVERED}, {"accepted", DM_EVENT_DELIVERED},
    {"will", DM_EVENT_PLANNED}, {"plans", DM_EVENT_PLANNED}, {"planned", DM_EVENT_PLANNED},
    {"plan", DM_EVENT_PLANNED}, {"expected", DM_EVENT_PLANNED}, {"scheduled", DM_EVENT_PLANNED},
    {"upcoming", DM_EVENT_PLANNED}, {"proposed", DM_EVENT_PLANNED}, {"set", DM_EVENT_PLANNED},
    {"intends", DM_EVENT_PLANNED}, {"next", DM_EVENT_PLANNED}, {"would", DM_EVENT_PLANNED},
    {"might", DM_EVENT_PLANNED}, {"may", DM_EVENT_PLANNED}, {"could", DM_EVENT_PLANNED},
    {"should", DM_EVENT_PLANNED}};

static dm_event_status_t status_of(const dmi_article_t *a, size_t first, size_t last, dm_event_type_t type,
                                   size_t trig)
{
    dm_event_status_t st = DM_EVENT_UNKNOWN;
    int strong = 0;
    for (size_t t = first; t < last; t++) {
        if (!(a->tokens[t].flags & DMI_TOK_WORD) || t == trig)
            continue;
        /* "called off", "broke down", "petered out" */
        if (t + 1 < last && dmi_tok_is(a, t, "called") && dmi_tok_is(a, t + 1, "off"))
            return DM_EVENT_CANCELLED;
        if (t + 1 < last && (dmi_tok_is(a, t, "broke") || dmi_tok_is(a, t, "petered")) &&
            (dmi_tok_is(a, t + 1, "down") || dmi_tok_is(a, t + 1, "out")))
            return DM_EVENT_FAILED;
        for (size_t i = 0; i < G_N_ELEMENTS(status_cues); i++) {
            if (!dmi_tok_eq(a, t, status_cues[i].word))
                continue;
            dm_event_status_t s = status_cues[i].status;
            if (s == DM_EVENT_DELIVERED && !is_communication(type))
                continue;
            /* "set to meet", "set for May"; "had set targets" is done. */
            if (dmi_tok_eq(a, t, "set") && !(t + 1 < last && (dmi_tok_eq(a, t + 1, "to") || dmi_tok_eq(a, t + 1, "for"))))
                continue;
            if (s == DM_EVENT_PLANNED) {
                if (!strong)
                    st = s;
            } else if (!strong || s == DM_EVENT_REFUSED) {
                st = s;
                strong = 1;
            }
        }
    }
    return st;
}

static dmi_tense_t tense_of(const dmi_article_t *a, size_t first, size_t last)
{
    for (size_t t = first; t < last; t++) {
        /* "had flown to Ankara to meet Erdogan": a past trip's purpose (but
         * "had agreed to meet again in October" is still to come). */
        if (dmi_tok_eq(a, t, "had") && t + 1 < last) {
            const trigger_t *tr = trigger_at(a, t + 1);
            if (tr && tr->type == DM_EVENT_VISIT)
                return DMI_TENSE_PAST;
        }
        if (dmi_tok_eq(a, t, "will") || dmi_tok_eq(a, t, "would") || dmi_tok_eq(a, t, "next") ||
            dmi_tok_eq(a, t, "upcoming") || dmi_tok_eq(a, t, "scheduled") || dmi_tok_eq(a, t, "tomorrow") ||
            dmi_tok_eq(a, t, "expected") || dmi_tok_eq(a, t, "planned") || dmi_tok_eq(a, t, "plans"))
            return DMI_TENSE_FUTURE;
        /* "agreed to meet again", "plans to visit" */
        size_t v = t + 1 < last && dmi_tok_eq(a, t + 1, "ever") ? t + 2 : t + 1;
        if (dmi_tok_eq(a, t, "to") && v < last &&
            (dmi_tok_eq(a, v, "meet") || dmi_tok_eq(a, v, "visit") || dmi_tok_eq(a, v, "hold") ||
             dmi_tok_eq(a, v, "travel") || dmi_tok_eq(a, v, "sign"))) {
            /* "the first US secretary to visit Vietnam", "the most senior
             * official to visit": a record set, not a plan. */
            int record = 0;
            for (size_t u = t; u > first && u + 7 > t && !record;) {
                u--;
                record = dmi_tok_eq(a, u, "first") || dmi_tok_eq(a, u, "only") || dmi_tok_eq(a, u, "most") ||
                         dmi_tok_eq(a, u, "highest") || dmi_tok_eq(a, u, "last");
            }
            if (!record)
                return DMI_TENSE_FUTURE;
        }
    }
    return DMI_TENSE_PAST;
}

/* ---- per sentence -------------------------------------------------------- */

typedef struct {
    size_t token;
    dmi_date_t date;
    size_t ntok;
} date_hit_t;

typedef struct {
    dmi_extraction_t *x;
    dmi_xevent_t *ev;
    size_t count, cap;
    int context_year;
    size_t dateline_end;   /* tokens before it are the dateline ("HELSINKI, Sept. 12, 2025 --") */
    size_t sentence_first_event; /* first event pushed for the current sentence */
    int truncated;         /* more than DMI_EVENTS_MAX events were found */
} state_t;

/* Far beyond any article (a long one tells a few dozen events); it bounds
 * the pairwise merging on hostile input (one sentence repeated a million
 * times). */
#define DMI_EVENTS_MAX 500

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
                                        "official", "diplomat", "diplomats", "chancellor", "king", NULL};
    size_t nx = m->last;
    return nx < a->token_count && a->tokens[nx].sentence == m->sentence && dmi_tok_in(a, nx, heads) >= 0;
}

static int usable_mention(const dmi_mention_t *m)
{
    return !(m->flags & (DMI_MENTION_EMBEDDED | DMI_MENTION_PEOPLE));
}

static void add_participant(dmi_xevent_t *e, const char *cc)
{
    if (!cc || !cc[0] || e->participant_count >= G_N_ELEMENTS(e->participants))
        return;
    for (size_t i = 0; i < e->participant_count; i++)
        if (strcmp(e->participants[i], cc) == 0)
            return;
    g_strlcpy(e->participants[e->participant_count++], cc, 3);
}

static void add_place(dmi_xevent_t *e, size_t p)
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

/* The persons named in [first, last): subject, object and the others the
 * clause names, in text order. */
static int inside_mention(const dmi_extraction_t *x, size_t t);

static void persons_of(const dmi_extraction_t *x, dmi_xevent_t *e, size_t first, size_t last)
{
    /* Not a name read inside a place's ("Costa" of "Costa Rican"). The
     * first 64 names of the clause are read: a hostile sentence of one
     * name repeated stays linear. */
    size_t read = 0;
    for (size_t t = first; t < last && read < 64 && e->person_count < G_N_ELEMENTS(e->persons); t++)
        if (x->person_tok[t] && !inside_mention(x, t)) {
            add_person_index(e, dmi_person_at(x, t));
            read++;
        }
}

static int has_cue_word(const dmi_article_t *a, const dmi_mention_t *m, const char *const *words)
{
    /* Skip determiners and adjectives: "at the disputed border village of". */
    size_t t = m->first;
    for (int back = 1; back <= 4 && t >= (size_t)back; back++) {
        size_t p = t - back;
        if (a->tokens[p].sentence != m->sentence || !(a->tokens[p].flags & DMI_TOK_WORD))
            return 0;
        if (dmi_tok_in(a, p, words) >= 0)
            return 1;
        int skippable = dmi_tok_is(a, p, "the") || dmi_tok_is(a, p, "their") || dmi_tok_is(a, p, "its") ||
                        dmi_tok_is(a, p, "his") || dmi_tok_is(a, p, "her") || dmi_tok_is(a, p, "a") ||
                        memchr(dmi_tok_text(a, p), '-', dmi_tok_len(a, p)) != NULL;
        if (!skippable)
            return 0;
    }
    return 0;
}

/* Cues that place an event ("in Hanoi", "at Panmunjom"); "of" is not one. */
static const char *const event_cues[] = {"in", "at", "near", "outside", "inside", "to", "visited",
                                         "visit", "visiting", "into", NULL};

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
static size_t named_by(const dmi_extraction_t *x, size_t t)
{
    const dmi_mention_t *m = mention_ending_at(x, t);
    if (!m || !usable_mention(m) || (m->flags & DMI_MENTION_DEMONYM))
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
    return det && (p->kind == DM_PLACE_CITY || p->kind == DM_PLACE_SITE || city_state(x, p)) ? m->place : NONE;
}

static void located_places(state_t *S, dmi_xevent_t *e, size_t first, size_t last, int need_cue)
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
        add_place(e, site);
    }
    const dmi_mention_t *prev = NULL;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (!usable_mention(m))
            continue;
        const dmi_xplace_t *p = &x->places[m->place];
        const dmi_mention_t *before = prev;
        prev = m;
        if (m->flags & DMI_MENTION_DEMONYM)
            continue;
        /* "the Peace House in Panmunjom": the town after a site locates it. */
        if (before && before->last + 1 == m->first && dmi_tok_is(a, before->last, "in") &&
            x->places[before->place].kind == DM_PLACE_SITE &&
            dmi_great_circle_km(p->lat, p->lon, x->places[before->place].lat, x->places[before->place].lon) < 30)
            continue;
        if (need_cue && !has_cue_word(x->art, m, event_cues))
            continue;
        if (modifier_use(x->art, m))
            continue;
        if (p->kind == DM_PLACE_COUNTRY || p->kind == DM_PLACE_REGION) {
            if (country == NONE)
                country = m->place;
            continue;
        }
        add_place(e, m->place);
    }
    if (e->place_count == 0 && country != NONE)
        add_place(e, country);
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

static void participants_of(state_t *S, dmi_xevent_t *e, size_t first, size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    for (size_t t = first; t < last; t++)
        add_participant(e, dmi_person_country(x, t));
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (m->flags & DMI_MENTION_EMBEDDED)
            continue;
        const dmi_xplace_t *p = &x->places[m->place];
        if (m->flags & (DMI_MENTION_DEMONYM | DMI_MENTION_METONYM))
            add_participant(e, p->country);
        else if ((p->kind == DM_PLACE_COUNTRY || p->is_capital) && !has_cue_word(a, m, event_cues))
            add_participant(e, p->country);
    }
}

/* The place that stands for a country: its capital or seat in the story. */
static size_t seat_of(state_t *S, const char *cc)
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

static void communication_places(state_t *S, dmi_xevent_t *e, size_t first, size_t last)
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
        for (size_t u = t + 1; u < last && u <= t + 4 && !cc[0]; u++) {
            if (!(a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)))
                break;
            cc = dmi_person_country(x, u);
        }
        if (!cc[0])
            continue;
        if (from_cue)
            from_cc = from_cc ? from_cc : cc;
        else
            to_cc = to_cc ? to_cc : cc;
    }
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
            int subject = (m->flags & DMI_MENTION_DEMONYM) ||
                          ((poss || (m->flags & DMI_MENTION_METONYM)) && (p->kind == DM_PLACE_COUNTRY || p->is_capital));
            if (subject && p->country[0] && !has_cue_word(a, m, to_cues) && (!to_cc || strcmp(to_cc, p->country) != 0))
                from_cc = p->country;
            else if (!(m->flags & DMI_MENTION_DESCRIPTIVE))
                break;  /* the first place named is not the subject */
        }
    }
    /* Place mentions by cue. */
    size_t located = NONE;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (!usable_mention(m))
            continue;
        const dmi_xplace_t *p = &x->places[m->place];
        if (modifier_use(a, m))
            continue;
        if (has_cue_word(a, m, from_cues) && from == NONE && !(m->flags & DMI_MENTION_DEMONYM)) {
            from = m->place;
        } else if (has_cue_word(a, m, to_cues) && p->kind != DM_PLACE_COUNTRY &&
                   !(m->flags & DMI_MENTION_DEMONYM)) {
            /* The finest place wins: "at its embassy in Paris" (the site, not the city). */
            if (located == NONE || (p->kind == DM_PLACE_SITE && x->places[located].kind != DM_PLACE_SITE) ||
                (p->kind == DM_PLACE_LINE))
                located = m->place;
        } else if (has_cue_word(a, m, to_cues) && p->kind == DM_PLACE_COUNTRY && !to_cc) {
            to_cc = p->country;
        }
    }
    if (from == NONE && from_cc)
        from = seat_of(S, from_cc);
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
    } else if (to_cc) {
        to = seat_of(S, to_cc);
    }
    if (from != NONE)
        add_place(e, from);
    if (to != NONE && to != from)
        add_place(e, to);
    if (from_cc)
        add_participant(e, from_cc);
    if (to_cc)
        add_participant(e, to_cc);
}

/* "Trump arrived from Kuala Lumpur" (datelined Tokyo): the one place of a
 * journey, cued "from", is where it began; it ends in the dateline's city,
 * or the event has no place of its own. */
static void arrival_from(state_t *S, dmi_xevent_t *e, size_t first, size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    static const char *const from_cue[] = {"from", NULL};
    int from = 0;
    for (size_t k = dmi_mention_lower(x, first); k < x->mention_count && x->mentions[k].first < last; k++)
        if (x->mentions[k].place == e->places[0] && has_cue_word(a, &x->mentions[k], from_cue))
            from = 1;
    if (!from)
        return;
    size_t home = NONE;
    for (size_t k = 0; k < x->mention_count && x->mentions[k].first < S->dateline_end && home == NONE; k++)
        if (x->places[x->mentions[k].place].kind == DM_PLACE_CITY)
            home = x->mentions[k].place;
    if (home != NONE && home != e->places[0])
        add_place(e, home);
    else
        e->place_count = 0;
}

/* A meeting or talks the sentence does not place, told in the report's
 * opening paragraph or "here": a wire report is filed from where it
 * happens, so the dateline's city places it ("WASHINGTON, March 31 - the
 * prime minister opened talks with the president"). */
static void at_dateline(state_t *S, dmi_xevent_t *e, size_t first, size_t last)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    if (!S->dateline_end)
        return;
    size_t home = NONE;
    for (size_t k = 0; k < x->mention_count && x->mentions[k].first < S->dateline_end && home == NONE; k++)
        if (x->places[x->mentions[k].place].kind == DM_PLACE_CITY)
            home = x->mentions[k].place;
    if (home == NONE)
        return;
    size_t lede_end = S->dateline_end;
    while (lede_end < a->token_count && !(a->tokens[lede_end].flags & DMI_TOK_LINE_START))
        lede_end++;
    int here = 0;
    for (size_t t = first; t < last && t < a->token_count && !here; t++)
        here = dmi_tok_is(a, t, "here");
    if (first < lede_end || here)
        add_place(e, home);
}

static int push_event(state_t *S, const dmi_xevent_t *e)
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

static const char *place_name(const dmi_extraction_t *x, size_t p) { return x->places[p].name; }

/* What an incident trigger names, as a noun for labels. */
static const char *incident_noun(const char *w)
{
    static const struct {
        const char *prefix, *noun;
    } nouns[] = {{"launch", "Launch"}, {"missile", "Missile launch"}, {"attack", "Attack"},
                 {"strike", "Strikes"}, {"airstrike", "Airstrikes"}, {"shell", "Shelling"},
                 {"bomb", "Bombing"}, {"explosion", "Explosion"}, {"demoli", "Demolition"},
                 {"blew", "Demolition"}, {"shot", "Shooting"}, {"clash", "Clashes"}, {"drone", "Drone attack"},
                 {"seized", "Seizure"}, {"detained", "Detention"}, {"collid", "Collision"},
                 {"collision", "Collision"}, {"rammed", "Ramming"}, {"sank", "Sinking"},
                 {"intercept", "Interception"}, {"invad", "Invasion"}, {"invasion", "Invasion"},
                 {"raid", "Raid"}, {"ambush", "Ambush"}};
    for (size_t i = 0; i < G_N_ELEMENTS(nouns); i++)
        if (g_ascii_strncasecmp(w, nouns[i].prefix, strlen(nouns[i].prefix)) == 0)
            return nouns[i].noun;
    return "Incident";
}

static void make_label(const dmi_extraction_t *x, dmi_xevent_t *e, const char *trigger_word, const char *sender)
{
    if (trigger_word)
        e->word = trigger_word;
    trigger_word = e->word ? e->word : "";
    if (sender && sender != e->sender)
        g_strlcpy(e->sender, sender, sizeof e->sender);
    sender = e->sender;
    const char *where = e->place_count ? place_name(x, e->places[e->place_count - 1]) : "";
    const char *first = e->place_count ? place_name(x, e->places[0]) : "";
    const char *at = e->place_count && x->places[e->places[0]].kind == DM_PLACE_SITE ? "at" : "in";
    const char *status = e->status == DM_EVENT_REFUSED ? " refused"
                       : e->status == DM_EVENT_SUSPENDED ? " suspended"
                       : e->status == DM_EVENT_CANCELLED ? " cancelled"
                       : e->status == DM_EVENT_FAILED ? " failed"
                       : e->status == DM_EVENT_PLANNED ? " planned"
                       : e->status == DM_EVENT_DELIVERED ? " delivered" : "";
    switch (e->type) {
    case DM_EVENT_MEETING:
        if (g_ascii_strncasecmp(trigger_word, "summit", 6) == 0)
            g_snprintf(e->label, sizeof e->label, "%s summit%s", first, status);
        else
            g_snprintf(e->label, sizeof e->label, "Meeting %s %s%s", at, first, status);
        break;
    case DM_EVENT_TALKS: g_snprintf(e->label, sizeof e->label, "Talks %s %s%s", at, first, status); break;
    case DM_EVENT_VISIT: g_snprintf(e->label, sizeof e->label, "Visit to %s%s", where, status); break;
    case DM_EVENT_LETTER:
        if (g_ascii_strncasecmp(trigger_word, "propos", 6) == 0)
            g_snprintf(e->label, sizeof e->label, "Proposal%s%s%s", e->place_count ? " from " : "", first, status);
        else if (sender && *sender)
            g_snprintf(e->label, sizeof e->label, "Letter from %s%s", sender, status);
        else
            g_snprintf(e->label, sizeof e->label, "Letter to %s%s", where, status);
        break;
    case DM_EVENT_CALL: g_snprintf(e->label, sizeof e->label, "Phone call%s", status); break;
    case DM_EVENT_BROADCAST: {
        const char *what = g_ascii_strncasecmp(trigger_word, "leaflet", 7) == 0 ? "Leaflets"
                         : g_ascii_strncasecmp(trigger_word, "loudspeaker", 11) == 0 ? "Loudspeaker broadcasts"
                         : "Broadcasts";
        g_snprintf(e->label, sizeof e->label, "%s%s", what, status);
        break;
    }
    case DM_EVENT_AGREEMENT: g_snprintf(e->label, sizeof e->label, "Agreement %s %s%s", at, first, status); break;
    case DM_EVENT_INCIDENT:
        g_snprintf(e->label, sizeof e->label, "%s %s %s", incident_noun(trigger_word),
                   e->place_count && x->places[e->places[0]].kind == DM_PLACE_SITE ? "at" : "in", first);
        break;
    case DM_EVENT_STATEMENT:
        /* The speaker's own words: "White House", "Kremlin" (a seat merged
         * into its city keeps its name in the label). */
        if (e->place_count && e->sentence_count) {
            const dmi_sentence_t *sn = &x->art->sentences[e->sentences[0]];
            for (size_t k = dmi_mention_lower(x, sn->first); k < x->mention_count && x->mentions[k].first < sn->last;
                 k++) {
                const dmi_mention_t *m = &x->mentions[k];
                if (m->place != e->places[0] || m->last >= sn->last)
                    continue;
                static const char *const spk[] = {"spokesperson", "spokesman", "spokeswoman", "official", "said",
                                                  "says", "press", NULL};
                if (dmi_tok_in(x->art, m->last, spk) >= 0 && m->end - m->start < 60) {
                    g_snprintf(e->label, sizeof e->label, "%.*s %s", (int)(m->end - m->start), x->art->text + m->start,
                               g_ascii_strcasecmp(trigger_word, "briefing") == 0 ? "briefing" : "statement");
                    return;
                }
            }
        }
        g_snprintf(e->label, sizeof e->label, "%s %s", first,
                   g_ascii_strcasecmp(trigger_word, "briefing") == 0 ? "briefing" : "statement");
        break;
    default: g_snprintf(e->label, sizeof e->label, "Event in %s", first); break;
    }
}

/* Dates of a token range, in order. */
static size_t dates_in(state_t *S, size_t first, size_t last, dmi_tense_t tense, date_hit_t *out, size_t max)
{
    dmi_extraction_t *x = S->x;
    size_t n = 0;
    if (first < S->dateline_end)
        first = S->dateline_end;
    for (size_t t = first; t < last && n < max;) {
        dmi_date_t d;
        size_t used = dmi_date_at(x->art, t, last, &x->date, S->context_year, tense, &d);
        if (used) {
            out[n].token = t;
            out[n].date = d;
            out[n].ntok = used;
            n++;
            t += used;
        } else {
            t++;
        }
    }
    return n;
}

static const char *sender_name(state_t *S, size_t first, size_t last)
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
static int inside_mention(const dmi_extraction_t *x, size_t t)
{
    /* Mentions are a few tokens long: only those starting shortly before
     * t can cover it. */
    for (size_t k = dmi_mention_lower(x, t > 64 ? t - 64 : 0); k < x->mention_count && x->mentions[k].first <= t; k++)
        if (t < x->mentions[k].last)
            return 1;
    return 0;
}

static int status_priority(dm_event_status_t s);

static int is_speech_verb(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"said", "says", "told", "announced", "added", "stated", "confirmed",
                                        "reported", "noted", NULL};
    return dmi_tok_in(a, t, verbs) >= 0;
}

/* The date of the event whose trigger is at trig: the date nearest the
 * trigger within its clause [first, last), a comma between costing more
 * than words. Not an event's date: one right after a speech verb ("said
 * Thursday" dates the saying), one after "since" (the start of a state).
 * "five years after X" dates X, the clause that follows it: it counts for
 * a trigger after it (from prev, the previous trigger, on), never before.
 * Returns the index into dates or -1. */
static int pick_date(const dmi_article_t *a, size_t trig, size_t prev, size_t first, size_t last,
                     const date_hit_t *dates, size_t nd, int statement, int *weak)
{
    int speech_date = -1;
    int best = -1;
    size_t best_cost = SIZE_MAX;
    for (size_t k = 0; k < nd; k++) {
        size_t b = dates[k].token, end = b + dates[k].ntok;
        /* "since April 2023" starts a state, "until April" ends one. */
        if (b > 0 && (dmi_tok_is(a, b - 1, "since") || dmi_tok_is(a, b - 1, "until") || dmi_tok_is(a, b - 1, "till") ||
                      dmi_tok_is(a, b - 1, "by") || dmi_tok_is(a, b - 1, "through")))
            continue;
        if (!statement) {
            int speech = 0;
            for (size_t u = b, n = 0; u > first && n < 3 && !speech; n++) {
                u--;
                if (tok_punct_any(a, u))
                    break;
                if (is_speech_verb(a, u))
                    speech = 1;
                else if (!dmi_tok_is(a, u, "on") && !dmi_tok_is(a, u, "reporters") &&
                         !dmi_tok_is(a, u, "journalists") && !dmi_tok_is(a, u, "late") && !dmi_tok_is(a, u, "early"))
                    break;
            }
            if (speech) {
                if (speech_date < 0 && b >= first && b < last)
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
            if ((a->tokens[u].flags & DMI_TOK_PUNCT) && (a->text[a->tokens[u].start] == ',' || a->text[a->tokens[u].start] == ';'))
                commas++;
        size_t cost = (hi - lo) + 12 * commas + (b < trig ? 2 : 0);
        if (cost < best_cost) {
            best_cost = cost;
            best = (int)k;
        }
    }
    /* "said on Thursday that she had spoken with": the saying's date is the
     * best guess left for what it reports (weak: a later, own date wins). */
    *weak = best < 0 && speech_date >= 0;
    return best >= 0 ? best : speech_date;
}

static int clause_has(const dmi_article_t *a, size_t first, size_t last, const char *w1, const char *w2)
{
    for (size_t t = first; t < last; t++)
        if (dmi_tok_is(a, t, w1) && (!w2 || (t + 1 < last && dmi_tok_is(a, t + 1, w2))))
            return 1;
    return 0;
}

/* One event from the trigger at token trig, whose clause is [first, last);
 * dates are the sentence's. backref: "the proposal", "the deal" refer to an
 * event told before. */
/* Where the event's own words end and its purpose or topic begins: "met
 * X to discuss sanctions against Russia", "talks amid concerns about
 * terrorism in Europe" take no place from there. last when none. */
static size_t topic_start(const dmi_article_t *a, size_t trig, size_t last)
{
    static const char *const purpose[] = {"discuss", "review", "reinforce", "promote", "address", "explore",
                                          "coordinate", "strengthen", "advance", "deepen", "underscore",
                                          "reaffirm", "highlight", "express", "raise", "continue", "build",
                                          "respond", "support", "broaden", "consider", "examine", NULL};
    static const char *const topic[] = {"amid", "regarding", "concerning", "focused", "focusing", "about", NULL};
    for (size_t t = trig + 1; t < last; t++) {
        if (dmi_tok_in(a, t, topic) >= 0)
            return t;
        if (dmi_tok_is(a, t, "to") && t + 1 < last && dmi_tok_in(a, t + 1, purpose) >= 0)
            return t;
    }
    return last;
}

static int trigger_event(state_t *S, size_t si, const trigger_t *tr, size_t trig, size_t prev, size_t first,
                         size_t last, dmi_tense_t tense, const date_hit_t *sdates, size_t snd, int backref,
                         int is_modal)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    date_hit_t dates[8];
    size_t nd = 0;
    for (size_t k = 0; k < snd; k++)
        if (sdates[k].token >= first && sdates[k].token < last && nd < G_N_ELEMENTS(dates))
            dates[nd++] = sdates[k];
    dmi_xevent_t e;
    memset(&e, 0, sizeof e);
    e.type = tr->type;
    e.trigger = trig;
    e.status = status_of(a, first, last, e.type, trig);
    if (e.status == DM_EVENT_UNKNOWN)
        e.status = tense == DMI_TENSE_FUTURE || is_modal ? DM_EVENT_PLANNED : DM_EVENT_HELD;
    e.sentences[e.sentence_count++] = si;
    const dmi_sentence_t *sn = &a->sentences[si];
    participants_of(S, &e, sn->first, sn->last);
    /* Enumerations: several "in/at PLACE ... DATE" clauses after the trigger. */
    size_t clauses = 0, pushed_at = S->count;
    if (!is_communication(e.type) && nd >= 2) {
        size_t start = trig;
        for (size_t k = 0; k < nd; k++) {
            if (dates[k].token < trig)
                continue;
            size_t cend = dates[k].token + dates[k].ntok;
            dmi_xevent_t c = e;
            c.place_count = 0;
            located_places(S, &c, start, cend, 1);
            start = cend;
            if (c.place_count == 0)
                continue;
            c.date = dates[k].date;
            if (c.status == DM_EVENT_PLANNED && dmi_date_cmp(&c.date, &x->date) < 0)
                c.status = DM_EVENT_HELD;
            make_label(x, &c, tr->word, NULL);
            if (push_event(S, &c) != 0)
                return -1;
            clauses++;
        }
    }
    if (clauses >= 2)
        return 0;
    S->count = pushed_at;  /* one clause is the plain case */
    if (is_communication(e.type)) {
        communication_places(S, &e, first, last);
    } else {
        int need_cue = tr->strength < 2 || e.type == DM_EVENT_MEETING || e.type == DM_EVENT_AGREEMENT ||
                       e.type == DM_EVENT_TALKS;
        /* "the Pretoria agreement", "the Singapore summit": a town or site
         * naming the event is where it happened, whatever the clause says
         * next ("... that ended the war in Tigray"). */
        size_t named = named_by(x, trig);
        if (named != NONE)
            add_place(&e, named);
        else {
            /* A visit goes where "to", "in" or "visited" points ("the first
             * US secretary to visit Vietnam" is in Vietnam); an uncued place
             * only when none is cued. */
            size_t own = topic_start(a, trig, last);
            size_t dest = setting_out(a, trig) ? departure_for(a, trig) : NONE;
            for (size_t k = dest != NONE ? dmi_mention_lower(x, dest) : x->mention_count;
                 k < x->mention_count && x->mentions[k].first == dest; k++)
                if (usable_mention(&x->mentions[k]) && !(x->mentions[k].flags & DMI_MENTION_DEMONYM))
                    add_place(&e, x->mentions[k].place);
            if (!need_cue && e.type == DM_EVENT_VISIT && e.place_count == 0)
                located_places(S, &e, first, own, 1);
            if (e.place_count == 0)
                located_places(S, &e, first, own, need_cue);
        }
        if (e.type == DM_EVENT_VISIT && e.place_count == 1)
            arrival_from(S, &e, first, last);
    }
    int weak = 0;
    int di = pick_date(a, trig, prev, first, last, sdates, snd, 0, &weak);
    /* Nothing dates the clause: the sentence's own time frame does, the
     * nearest date before the trigger, else the first after it ("in March
     * 2015 the crown prince ... visited France"; weak: a later, own date wins). */
    if (di < 0) {
        for (size_t k = 0; k < snd; k++) {
            size_t b = sdates[k].token;
            if (b > 0 && (dmi_tok_is(a, b - 1, "since") || dmi_tok_is(a, b - 1, "until") ||
                          dmi_tok_is(a, b - 1, "by") || dmi_tok_is(a, b - 1, "through")))
                continue;
            if (b < trig || di < 0)
                di = (int)k;
            if (b > trig)
                break;
        }
        weak = di >= 0;
    }
    if (di >= 0)
        e.date = sdates[di].date;
    e.date_weak = (unsigned char)weak;
    /* A journey told as a continuation ("flew on to Apia on Saturday"
     * after Friday's meeting) starts where the story last was, and its
     * weekday falls after that event, not before. */
    const dmi_xevent_t *before = S->count > 0 ? &S->ev[S->count - 1] : NULL;
    int onward = clause_has(a, first, last, "on", "to") || clause_has(a, first, last, "onward", NULL) ||
                 clause_has(a, first, last, "onwards", NULL) || clause_has(a, first, last, "then", NULL);
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
        !is_communication(before->type)) {
        size_t from = before->type == DM_EVENT_VISIT ? before->places[before->place_count - 1] : before->places[0];
        if (from != e.places[0] && x->places[from].kind != DM_PLACE_COUNTRY) {
            e.places[1] = e.places[0];
            e.places[0] = from;
            e.place_count = 2;
        }
    }
    if (e.status == DM_EVENT_PLANNED && e.date.year && x->date.year && dmi_date_cmp(&e.date, &x->date) < 0)
        e.status = DM_EVENT_HELD;

    /* "the proposal was delivered on Wednesday": no place of its own, it
     * tells more about the last event of its type. */
    if (backref && e.place_count == 0) {
        for (size_t j = S->count; j-- > 0;) {
            dmi_xevent_t *o = &S->ev[j];
            if (o->type != e.type)
                continue;
            if ((!o->date.year || (o->date_weak && !e.date_weak)) && e.date.year) {
                o->date = e.date;
                o->date_weak = e.date_weak;
            }
            if (status_priority(e.status) > status_priority(o->status) && e.status != DM_EVENT_PLANNED)
                o->status = e.status;
            if (o->sentence_count < G_N_ELEMENTS(o->sentences) && o->sentences[o->sentence_count - 1] != si)
                o->sentences[o->sentence_count++] = si;
            make_label(x, o, NULL, NULL);
            break;
        }
        return 0;
    }
    /* Coordinated verbs share their adjuncts: "met in Nuku'alofa on Friday
     * and agreed a security pact" agreed it there, then. */
    if (e.place_count == 0 && !is_communication(e.type) && S->count > S->sentence_first_event &&
        tr->strength >= 2) {
        const dmi_xevent_t *o = &S->ev[S->count - 1];
        int coordinated = 0;
        for (size_t u = o->trigger + 1; u < trig && u < a->token_count; u++) {
            if (dmi_tok_is(a, u, "and"))
                coordinated = 1;
            if (dmi_tok_is(a, u, "that") || dmi_tok_is(a, u, "which") || dmi_tok_is(a, u, "who"))
                coordinated = 0;
        }
        if (coordinated && !is_communication(o->type)) {
            for (size_t i = o->type == DM_EVENT_VISIT ? o->place_count - 1 : 0; i < o->place_count; i++)
                add_place(&e, o->places[i]);
            if (!e.date.year)
                e.date = o->date;
        }
    }
    if (e.place_count == 0 && (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS) && tr->strength >= 2 &&
        S->count == S->sentence_first_event)
        at_dateline(S, &e, first, last);
    make_label(x, &e, tr->word, sender_name(S, sn->first, sn->last));
    /* A trip to a list ("visiting Cameroon, Nigeria and Chad", "visits to
     * Poland, Romania and Norway in October"): one event per stop, in
     * order, each place of the kind of the first. */
    if (e.type == DM_EVENT_VISIT && e.place_count == 1 && !backref) {
        size_t k = dmi_mention_lower(x, first);
        while (k < x->mention_count && x->mentions[k].first < last && x->mentions[k].place != e.places[0])
            k++;
        size_t stops = 0;
        while (k < x->mention_count && x->mentions[k].first < last && stops < 8) {
            const dmi_mention_t *m = &x->mentions[k];
            size_t n = k + 1;
            if (n >= x->mention_count || x->mentions[n].first >= last || !usable_mention(&x->mentions[n]) ||
                (x->mentions[n].flags & DMI_MENTION_DEMONYM))
                break;
            const dmi_mention_t *q = &x->mentions[n];
            size_t gap = q->first - m->last;
            int listed = (gap == 1 && (dmi_tok_is(a, m->last, ",") || dmi_tok_is(a, m->last, "and"))) ||
                         (gap == 2 && dmi_tok_is(a, m->last, ",") && dmi_tok_is(a, m->last + 1, "and"));
            if (!listed || x->places[q->place].kind != x->places[e.places[0]].kind || q->place == e.places[0])
                break;
            if (stops == 0 && push_event(S, &e) != 0)
                return -1;
            dmi_xevent_t c = e;
            c.place_count = 0;
            add_place(&c, q->place);
            make_label(x, &c, tr->word, NULL);
            if (push_event(S, &c) != 0)
                return -1;
            stops++;
            k = n;
        }
        if (stops)
            return 0;
    }
    /* An agreement named without being made (an accord that "would create
     * jobs", "cited an agreement between the two", "commitments made in
     * the Barbados Agreement") is background: its sentence must sign,
     * reach or conclude one, a town name it ("the 2022 Pretoria
     * agreement": made there) or refuse, suspend or break it. */
    if (e.type == DM_EVENT_AGREEMENT && !dmi_tok_is(a, trig, "signed") && !dmi_tok_is(a, trig, "sign") &&
        (e.status == DM_EVENT_HELD || e.status == DM_EVENT_PLANNED) && named_by(x, trig) == NONE) {
        static const char *const made[] = {"signed", "sign", "signs", "signing", "reached", "reach", "reaches",
                                           "concluded", "conclude", "struck", "strike", "agreed", "agree",
                                           "clinched", "sealed", "seal", "inked", "initialled", "initialed",
                                           "ratified", "finalised", "finalized", "approved", "adopted",
                                           "brokered", "negotiated", "announced", "unveiled", "renewed",
                                           "extended", "entered", "took", "implement", "violated", "broke",
                                           "collapsed", "suspended", "signature", "signatures", NULL};
        int ok = 0;
        for (size_t t = sn->first; t < sn->last && !ok; t++)
            ok = dmi_tok_in(a, t, made) >= 0;
        if (!ok)
            return 0;
    }
    /* A threatened, feared or hypothetical attack ("could attack", "will
     * respond to an attack") did not happen: no incident. */
    if (e.type == DM_EVENT_INCIDENT && e.status == DM_EVENT_PLANNED)
        return 0;
    /* A meeting, talks or a call the text dates but does not place ("met
     * today with", "spoke by phone on Monday") happened all the same: it
     * is kept without places (the map draws none, the story lists it). */
    int placeless = e.place_count == 0 && tr->strength >= 2 && e.date.year && !e.date_weak &&
                    (e.type == DM_EVENT_MEETING || e.type == DM_EVENT_TALKS || e.type == DM_EVENT_CALL);
    if ((e.place_count > 0 || placeless) && push_event(S, &e) != 0)
        return -1;
    return 0;
}

/* Reported speech: "China's foreign ministry said in Beijing that the
 * vessel had rammed a ship" tells the ramming after "that"; the places
 * before belong to the saying (an incident's; a call told by one side,
 * "said on Thursday that she had spoken by phone", keeps its date). The
 * first token of the report, or first. */
static size_t reported_from(const dmi_article_t *a, size_t first, size_t trig)
{
    for (size_t u = trig; u > first + 1; u--)
        if (dmi_tok_is(a, u - 1, "that"))
            for (size_t v = u - 1; v > first && v + 8 > u; v--)
                if (is_speech_verb(a, v - 1) || dmi_tok_is(a, v - 1, "accused") || dmi_tok_is(a, v - 1, "claimed"))
                    return u;
    return first;
}

/* Where a trigger's clause ends: at a conjunction that opens another
 * clause ("Zelensky visits Berlin as European leaders gather in Paris",
 * "met in Doha, while talks in Cairo stalled"), or a semicolon. */
static size_t clause_end(const dmi_article_t *a, size_t trig, size_t last)
{
    static const char *const openers[] = {"as", "while", "whereas", "although", "though", "but", NULL};
    for (size_t u = trig + 2; u < last; u++) {
        if (tok_punct_any(a, u) && a->text[a->tokens[u].start] == ';')
            return u;
        if (dmi_tok_in(a, u, openers) >= 0 && !(u + 1 < last && dmi_tok_is(a, u + 1, "part")) &&
            !(u + 1 < last && dmi_tok_is(a, u + 1, "well")))
            return u;
    }
    return last;
}

static int sentence_events(state_t *S, size_t si)
{
    dmi_extraction_t *x = S->x;
    const dmi_article_t *a = x->art;
    const dmi_sentence_t *sn = &a->sentences[si];
    /* Triggers in order; each owns the clause up to the next one (the first
     * also owns what comes before it). */
    size_t trig[16];
    const trigger_t *trs[16];
    int modals[16];
    size_t leg_end[16];
    for (size_t i = 0; i < G_N_ELEMENTS(leg_end); i++)
        leg_end[i] = SIZE_MAX;
    size_t nt = 0;
    const trigger_t *speech = NULL;
    /* A negated noun ("no deal") negates the verbs of its clause that tell
     * the same event ("... could be signed"). */
    int neg_type = -1;
    size_t neg_tok = 0;
    S->sentence_first_event = S->count;
    for (size_t t = sn->first; t < sn->last; t++) {
        const trigger_t *tr = trigger_at(a, t);
        if (!tr && t > sn->first)
            tr = named_trigger(x, t);
        if (!tr || inside_mention(x, t))
            continue;
        if (tr->type == DM_EVENT_STATEMENT) {
            if (!speech || tr->strength > speech->strength)
                speech = tr;
            continue;
        }
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
            if (tok_punct_any(a, u))
                purpose = 0;  /* "..., after which he is expected to meet" is a leg of its own */
        if (purpose)
            continue;
        if (negated(a, t, sn->first) || topic_of_talk(a, t, sn->first) ||
            (tr->type != DM_EVENT_CALL && desired(a, t, sn->first))) {
            neg_type = (int)tr->type;
            neg_tok = t;
            continue;
        }
        if (neg_type == (int)tr->type) {
            int punct = 0;
            for (size_t u = neg_tok; u < t; u++)
                punct |= tok_punct_any(a, u);
            if (!punct)
                continue;
        }
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
            if (!phone)
                continue;
        }
        int md = modal(a, t, sn->first);
        /* Triggers of one type in a sentence are one event ("wrote the
         * letter ... to hand the letter over"); the stronger word names it and
         * places it in the sentence (tense is read around it). */
        int new_leg = 0;  /* "flew on to Apia ..., after which he is expected to visit Wellington" */
        if (nt > 0 && tr->type == DM_EVENT_VISIT)
            for (size_t u = trig[nt - 1]; u < t; u++)
                new_leg |= tok_punct_any(a, u) && a->text[a->tokens[u].start] == ',';
        if (new_leg && nt > 0) {
            /* The leg before ends at the comma: its status is its own. */
            for (size_t u = t; u > trig[nt - 1]; u--)
                if (tok_punct_any(a, u) && a->text[a->tokens[u].start] == ',') {
                    leg_end[nt - 1] = u;
                    break;
                }
        }
        if (nt > 0 && trs[nt - 1]->type == tr->type && !new_leg) {
            /* "The agreement was signed ... at the Governor's House in
             * Lahore": the verb, not the reference back, places it. */
            if (tr->strength > trs[nt - 1]->strength ||
                (refers_back(a, trig[nt - 1], sn->first) && tr->strength == trs[nt - 1]->strength)) {
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
            if (tok_punct_any(a, c - 1) && a->text[a->tokens[c - 1].start] == ',') {
                for (size_t v = c; v < u; v++)
                    if (is_speech_verb(a, v)) {
                        body_end = c - 1;
                        break;
                    }
                break;
            }
        }
    }
    dmi_tense_t tense = tense_of(a, sn->first, sn->last);
    size_t first_event = S->count;
    date_hit_t sdates[8];
    size_t snd = dates_in(S, sn->first, sn->last, tense, sdates, G_N_ELEMENTS(sdates));
    for (size_t k = 0; k < nt; k++) {
        size_t first = k > 0 ? trig[k] : trs[k]->type == DM_EVENT_INCIDENT ? reported_from(a, sn->first, trig[k])
                                                                            : sn->first;
        size_t last = k + 1 < nt ? trig[k + 1] : sn->last;
        if (last > body_end && trig[k] < body_end)
            last = body_end;
        if (last > leg_end[k])
            last = leg_end[k];
        last = clause_end(a, trig[k], last);
        /* "the agreement", "the deal": a reference back, an event of its own
         * only with a place right after it ("the talks in Doha"), up to the
         * clause's end. */
        int backref = refers_back(a, trig[k], sn->first);
        if (backref) {
            first = trig[k];
            if (last > trig[k] + 5)
                last = trig[k] + 5;
            for (size_t u = trig[k] + 1; u < last; u++)
                if (tok_punct_any(a, u)) {
                    last = u;
                    break;
                }
        }
        /* Tense near the trigger: "had met in Cairo in December ..., and the
         * next round would be held" has two. Dates are read again with it. */
        size_t tf = trig[k] > first + 6 ? trig[k] - 6 : first;
        size_t tl = trig[k] + 8 < last ? trig[k] + 8 : last;
        dmi_tense_t tk = tense_of(a, tf, tl);
        date_hit_t kdates[8];
        size_t knd = dates_in(S, sn->first, sn->last, tk, kdates, G_N_ELEMENTS(kdates));
        size_t prev = k > 0 ? trig[k - 1] : sn->first;
        size_t pushed = S->count;
        if (trigger_event(S, si, trs[k], trig[k], prev, first, last, tk, kdates, knd, backref, modals[k]) != 0)
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
            if (dmi_tok_in(a, u, openers) >= 0 && !(u + 1 < trig[k] && dmi_tok_in(a, u + 1, pronouns) >= 0))
                p0 = u;
        }
        for (size_t j = pushed; j < S->count; j++)
            persons_of(x, &S->ev[j], p0, last);
    }
    (void)sdates;
    (void)snd;
    date_hit_t dates[8];
    size_t nd = dates_in(S, sn->first, sn->last, tense, dates, G_N_ELEMENTS(dates));
    /* Statements: speech attributed to a seat of government or a located
     * official ("a White House aide said on Monday", "the Kremlin
     * said"). */
    if (speech) {
        size_t where = NONE;
        const dmi_sentence_t *sk = &x->art->sentences[si];
        for (size_t k = dmi_mention_lower(x, sk->first); k < x->mention_count && x->mentions[k].first < sk->last;
             k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if (m->sentence != si || !usable_mention(m))
                continue;
            const dmi_xplace_t *p = &x->places[m->place];
            size_t nx = m->last;
            /* "officials in Wellington said", "Seoul officials said":
             * unnamed sources give the report its attribution, not an event. */
            int sources = (m->first >= 2 && (dmi_tok_is(a, m->first - 1, "in") || dmi_tok_is(a, m->first - 1, "at")) &&
                           (dmi_tok_is(a, m->first - 2, "officials") || dmi_tok_is(a, m->first - 2, "sources") ||
                            dmi_tok_is(a, m->first - 2, "diplomats") || dmi_tok_is(a, m->first - 2, "authorities") ||
                            dmi_tok_is(a, m->first - 2, "office"))) ||
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
            static const char *const speech_cues[] = {"in", "at", "from", NULL};
            if (speech->strength >= 2 && where == NONE && !taken && p->kind != DM_PLACE_COUNTRY &&
                !(m->flags & DMI_MENTION_DEMONYM) && has_cue_word(a, m, speech_cues))
                where = m->place;
        }
        if (where != NONE) {
            dmi_xevent_t e;
            memset(&e, 0, sizeof e);
            e.type = DM_EVENT_STATEMENT;
            e.status = DM_EVENT_HELD;
            e.sentences[e.sentence_count++] = si;
            persons_of(x, &e, sn->first, sn->last);
            add_place(&e, where);
            add_participant(&e, x->places[where].country);
            /* The date nearest the speech verb: the last one in the sentence. */
            if (nd > 0)
                e.date = dates[nd - 1].date;
            make_label(x, &e, speech->word, NULL);
            if (push_event(S, &e) != 0)
                return -1;
        }
    }
    /* The year last named, for "that September". */
    for (size_t k = 0; k < nd; k++)
        if (dates[k].date.year && dmi_tok_len(a, dates[k].token + dates[k].ntok - 1) == 4)
            S->context_year = dates[k].date.year;
    return 0;
}

/* ---- merging ------------------------------------------------------------ */

static int status_priority(dm_event_status_t s)
{
    switch (s) {
    case DM_EVENT_REFUSED: return 6;
    case DM_EVENT_CANCELLED: return 5;
    case DM_EVENT_SUSPENDED: return 5;
    case DM_EVENT_FAILED: return 4;
    case DM_EVENT_DELIVERED: return 3;
    case DM_EVENT_HELD: return 2;
    case DM_EVENT_PLANNED: return 1;
    default: return 0;
    }
}

static int date_precision(const dmi_date_t *d) { return d->year ? (d->month ? (d->day ? 3 : 2) : 1) : 0; }

static int same_event(const dmi_extraction_t *x, const dmi_xevent_t *a, const dmi_xevent_t *b)
{
    /* "agreed to meet again in Geneva" and "the next round" in Geneva are
     * one event: a meeting of negotiators is a round of talks. */
    int talks_pair = (a->type == DM_EVENT_MEETING && b->type == DM_EVENT_TALKS) ||
                     (a->type == DM_EVENT_TALKS && b->type == DM_EVENT_MEETING);
    /* "visited Panama City in February, where he met Mulino": the meeting
     * is the visit's. */
    int visit_pair = (a->type == DM_EVENT_VISIT && b->type == DM_EVENT_MEETING) ||
                     (a->type == DM_EVENT_MEETING && b->type == DM_EVENT_VISIT);
    if (visit_pair && a->sentence_count && b->sentence_count && a->sentences[0] == b->sentences[0] &&
        a->place_count && b->place_count && a->places[a->place_count - 1] == b->places[b->place_count - 1])
        return 1;
    if (a->type != b->type && !(talks_pair && a->date.year && b->date.year))
        return 0;
    if (a->date.year && b->date.year && dmi_date_cmp(&a->date, &b->date) != 0)
        return 0;
    if (is_communication(a->type)) {
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
        }
        /* A one-place event: its place may be the other's sender or target. */
        if (a->place_count == 1 || b->place_count == 1)
            return from_ok || to_ok;
        return from_ok && to_ok;
    }
    for (size_t i = 0; i < a->place_count; i++)
        for (size_t j = 0; j < b->place_count; j++)
            if (a->places[i] == b->places[j])
                return 1;
    /* A mention that places nothing is the placed one's, same type, same
     * date or one undated. */
    return a->type == b->type && (a->place_count == 0 || b->place_count == 0);
}

static void merge_into(const dmi_extraction_t *x, dmi_xevent_t *keep, const dmi_xevent_t *other)
{
    if (date_precision(&other->date) > date_precision(&keep->date))
        keep->date = other->date;
    if (status_priority(other->status) > status_priority(keep->status)) {
        keep->status = other->status;
        /* The label carries the status. */
        g_strlcpy(keep->label, other->label, sizeof keep->label);
    }
    /* A communication's finer destination wins (a mission over a city). */
    if (keep->place_count < other->place_count) {
        for (size_t i = keep->place_count; i < other->place_count; i++)
            keep->places[keep->place_count++] = other->places[i];
    } else if (is_communication(keep->type) && keep->place_count == 2 && other->place_count == 2 &&
               x->places[other->places[1]].kind == DM_PLACE_SITE &&
               x->places[keep->places[1]].kind != DM_PLACE_SITE) {
        keep->places[1] = other->places[1];
    }
    for (size_t i = 0; i < other->participant_count; i++)
        add_participant(keep, other->participants[i]);
    /* Who took part: as the first sentence that names anyone tells it. */
    for (size_t i = 0; keep->person_count == 0 && i < other->person_count; i++)
        keep->persons[i] = other->persons[i];
    if (keep->person_count == 0)
        keep->person_count = other->person_count;
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

dm_status_t dmi_events_find(dmi_extraction_t *x, dmi_xevent_t **out, size_t *count)
{
    state_t S = {.x = x};
    *out = NULL;
    /* A dateline ends at the first dash of the first line, or of the line
     * after a "Published: ..." line when that one opens in capitals
     * ("TOKYO (AP) —"). */
    const dmi_article_t *a = x->art;
    for (size_t line = 0; line < a->token_count && line < 40 && !S.dateline_end;) {
        for (size_t t = line; t < a->token_count && t < line + 12; t++) {
            if (t > line && (a->tokens[t].flags & DMI_TOK_LINE_START))
                break;
            const char *c = dmi_tok_text(a, t);
            if ((a->tokens[t].flags & DMI_TOK_PUNCT) && (c[0] == '-' || (unsigned char)c[0] == 0xE2)) {
                S.dateline_end = t + 1;
                break;
            }
        }
        size_t next = line + 1;
        while (next < a->token_count && !(a->tokens[next].flags & DMI_TOK_LINE_START))
            next++;
        if (line > 0 || next >= a->token_count || !(a->tokens[next].flags & DMI_TOK_UPPER))
            break;
        line = next;
    }
    *count = 0;
    for (size_t si = 0; si < x->art->sentence_count; si++)
        if (sentence_events(&S, si) != 0) {
            free(S.ev);
            return dmi_error(x->ctx, DM_ERR_NOMEM, "out of memory");
        }
    if (S.truncated)
        dmi_log(x->ctx, DM_LOG_INFO, "%s: more than %d events; the first %d are kept", a->name ? a->name : "article",
                DMI_EVENTS_MAX, DMI_EVENTS_MAX);
    /* Undated events at a place that has a dated event take its date ("At
     * the Geneva summit"; the agreement at the talks' place): the first
     * dated event of each place, found in one pass. A call or a letter from
     * a place dates nothing there (a call from Paris is not the meeting in
     * Paris). Then duplicates merge. */
    size_t *dated = x->place_count ? malloc(x->place_count * sizeof *dated) : NULL;
    if (x->place_count && !dated) {
        free(S.ev);
        return dmi_error(x->ctx, DM_ERR_NOMEM, "out of memory");
    }
    for (size_t p = 0; p < x->place_count; p++)
        dated[p] = NONE;
    for (size_t j = 0; j < S.count; j++)
        if (S.ev[j].date.year && S.ev[j].place_count && S.ev[j].places[0] < x->place_count &&
            !is_communication(S.ev[j].type) && dated[S.ev[j].places[0]] == NONE)
            dated[S.ev[j].places[0]] = j;
    for (size_t i = 0; i < S.count; i++) {
        dmi_xevent_t *e = &S.ev[i];
        if (e->date.year)
            continue;
        if (e->place_count && e->places[0] < x->place_count && dated[e->places[0]] != NONE &&
            !is_communication(e->type))
            e->date = S.ev[dated[e->places[0]]].date;
        /* Still undated and recent (a news report of the last days): the
         * article's month. */
        if (!e->date.year && x->date.year && (is_communication(e->type) || e->type == DM_EVENT_STATEMENT)) {
            e->date.year = x->date.year;
            e->date.month = x->date.month;
            /* A statement dated now dates the undated events after it there. */
            if (!is_communication(e->type) && e->place_count && e->places[0] < x->place_count &&
                dated[e->places[0]] == NONE)
                dated[e->places[0]] = i;
        }
    }
    free(dated);
    size_t n = 0;
    for (size_t i = 0; i < S.count; i++) {
        size_t j;
        for (j = 0; j < n; j++)
            if (same_event(x, &S.ev[j], &S.ev[i]))
                break;
        if (j < n && S.ev[j].place_count == 0 && S.ev[i].place_count > 0) {
            /* The placed mention tells the event; the placeless one adds to it. */
            dmi_xevent_t placed = S.ev[i];
            merge_into(x, &placed, &S.ev[j]);
            S.ev[j] = placed;
        } else if (j < n) {
            merge_into(x, &S.ev[j], &S.ev[i]);
        } else {
            S.ev[n++] = S.ev[i];
        }
    }
    /* An agreement at a meeting's place and date is the meeting's outcome:
     * keep both; they draw differently. Weigh for the title. */
    for (size_t i = 0; i < n; i++) {
        /* Told as done but dated after the article ("begins a state visit
         * on Tuesday" in Sunday's paper, the meeting "next month"): to come. */
        dmi_xevent_t *e = &S.ev[i];
        if (e->status == DM_EVENT_HELD && e->date.year && x->date.year && dmi_date_cmp(&e->date, &x->date) > 0) {
            e->status = DM_EVENT_PLANNED;
            make_label(x, e, NULL, NULL);
        }
        weigh(x, e);
    }
    *out = S.ev;
    *count = n;
    return DM_OK;
}

/* ---- headlines ------------------------------------------------------------ */

static const struct {
    const char *past, *sg, *pl;
} headline_verbs[] = {
    {"met", "meets", "meet"}, {"meet", "meets", "meet"}, {"held", "holds", "hold"}, {"hold", "holds", "hold"},
    {"signed", "signs", "sign"}, {"sign", "signs", "sign"}, {"agreed", "agrees", "agree"},
    {"visited", "visits", "visit"}, {"visit", "visits", "visit"}, {"flew", "flies", "fly"},
    {"travelled", "travels", "travel"}, {"traveled", "travels", "travel"}, {"travel", "travels", "travel"},
    {"arrived", "arrives", "arrive"}, {"phoned", "phones", "phone"}, {"called", "calls", "call"},
    {"proposed", "proposes", "propose"}, {"proposes", "proposes", "propose"}, {"blew", "blows", "blow"},
    {"demolished", "demolishes", "demolish"}, {"launched", "launches", "launch"},
    {"suspended", "suspends", "suspend"}, {"hosted", "hosts", "host"}, {"attacked", "attacks", "attack"},
    {"seized", "seizes", "seize"}, {"reached", "reaches", "reach"}, {"concluded", "concludes", "conclude"},
    {"sent", "sends", "send"}, {"opened", "opens", "open"}, {"resumed", "resumes", "resume"},
    {"shelled", "shells", "shell"}, {"mediated", "mediates", "mediate"}, {"hit", "hits", "hit"}};

static int headline_verb(const dmi_article_t *a, size_t t)
{
    for (size_t i = 0; i < G_N_ELEMENTS(headline_verbs); i++)
        if (dmi_tok_eq(a, t, headline_verbs[i].past))
            return (int)i;
    return -1;
}

static int skip_word(const dmi_article_t *a, size_t t)
{
    static const char *const w[] = {"a", "an", "the", "its", "their", "his", "her", "new", "joint", "first",
                                    "second", "regional", "fresh", "further", "historic", NULL};
    return dmi_tok_in(a, t, w) >= 0;
}

static int is_preposition(const dmi_article_t *a, size_t t);

/* Append the words [first, last) of the article, at most max of the last
 * ones, determiners and a few empty adjectives left out. */
static void append_words(GString *g, const dmi_article_t *a, size_t first, size_t last, size_t max)
{
    size_t idx[8], n = 0;
    for (size_t t = first; t < last; t++) {
        if (!(a->tokens[t].flags & DMI_TOK_WORD) || skip_word(a, t))
            continue;
        if (n == G_N_ELEMENTS(idx)) {
            memmove(idx, idx + 1, (n - 1) * sizeof *idx);
            n--;
        }
        idx[n++] = t;
    }
    size_t from = n > max ? n - max : 0;
    /* "a first round of indirect talks" -> "indirect talks", not "of ...". */
    while (from + 1 < n && is_preposition(a, idx[from]))
        from++;
    for (size_t i = from; i < n; i++)
        g_string_append_printf(g, " %.*s", (int)dmi_tok_len(a, idx[i]), dmi_tok_text(a, idx[i]));
}

static int is_preposition(const dmi_article_t *a, size_t t)
{
    static const char *const w[] = {"in", "at", "with", "to", "on", "for", "from", "near", "of", "by",
                                    "after", "before", "since", "during", "and", "that", "which", NULL};
    return dmi_tok_in(a, t, w) >= 0;
}

/* A headline from the main event: subject, verb in the present (or "to"
 * + verb when planned), object, venue. "Seoul proposes liaison channel at
 * Panmunjom", "Pacific Islands Forum leaders agree ocean security pact in
 * Nuku'alofa". Writes "" when the sentence does not give one. */
static void headline(const dmi_extraction_t *x, const dmi_xevent_t *e, char *out, size_t size)
{
    out[0] = '\0';
    const dmi_article_t *a = x->art;
    if (!e->word || e->sentence_count == 0 || e->trigger >= a->token_count)
        return;
    const dmi_sentence_t *sn = &a->sentences[e->sentences[0]];
    size_t trig = e->trigger;
    if (trig < sn->first || trig >= sn->last)
        return;
    /* The verb: the trigger, or the verb before a trigger noun ("held
     * talks", "signed a peace agreement", "agreed a ... pact"). */
    size_t v = SIZE_MAX;
    int vi = headline_verb(a, trig);
    if (vi >= 0) {
        v = trig;
    } else {
        for (size_t u = trig, n = 0; u > sn->first && n < 6; n++) {
            u--;
            if (tok_punct_any(a, u))
                break;
            if ((vi = headline_verb(a, u)) >= 0) {
                v = u;
                break;
            }
        }
    }
    if (v == SIZE_MAX)
        return;
    /* The subject: the sentence's opening words up to its first verb
     * (after a dateline "SEOUL, July 3 --"), when short and named. */
    size_t s0 = sn->first;
    for (size_t t = sn->first; t < sn->last && t < sn->first + 14; t++) {
        const char *c = dmi_tok_text(a, t);
        if ((a->tokens[t].flags & DMI_TOK_PUNCT) && (c[0] == '-' || (unsigned char)c[0] == 0xE2)) {
            s0 = t + 1;
            while (s0 < sn->last && (a->tokens[s0].flags & DMI_TOK_PUNCT))
                s0++;
            break;
        }
    }
    if (s0 < sn->last && dmi_tok_is(a, s0, "the"))
        s0++;
    size_t s1 = s0;
    while (s1 < v && s1 < sn->last && !(a->tokens[s1].flags & DMI_TOK_PUNCT && !(a->tokens[s1].flags & DMI_TOK_POSS)) &&
           headline_verb(a, s1) < 0 && !is_speech_verb(a, s1) && !dmi_tok_is(a, s1, "had") &&
           !dmi_tok_is(a, s1, "has") && !dmi_tok_is(a, s1, "have") && !dmi_tok_is(a, s1, "will") &&
           !dmi_tok_is(a, s1, "would") && !dmi_tok_is(a, s1, "was") && !dmi_tok_is(a, s1, "were") &&
           !dmi_tok_is(a, s1, "is") && !dmi_tok_is(a, s1, "are") && !dmi_tok_is(a, s1, "who"))
        s1++;
    GString *g = g_string_new(NULL);
    int plural = 0;
    int subject_ok = s1 > s0 && s1 - s0 <= 5 && (a->tokens[s0].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
                     !(a->tokens[s0].flags & DMI_TOK_NUM);
    static const char *const pronouns[] = {"it", "he", "she", "they", "we", "i", "you", NULL};
    if (subject_ok && dmi_tok_in(a, s0, pronouns) >= 0)
        subject_ok = 0;
    /* A communication or a trip is told from its sender's place. */
    if ((is_communication(e->type) || e->type == DM_EVENT_VISIT) && e->place_count >= 2)
        subject_ok = 0;
    if (subject_ok) {
        for (size_t t = s0; t < s1; t++) {
            if (a->tokens[t].flags & DMI_TOK_POSS) {
                g_string_append_printf(g, "%.*s", (int)dmi_tok_len(a, t), dmi_tok_text(a, t));
                continue;
            }
            g_string_append_printf(g, "%s%.*s", g->len ? " " : "", (int)dmi_tok_len(a, t), dmi_tok_text(a, t));
            if (dmi_tok_is(a, t, "and"))
                plural = 1;
        }
        const char *lw = dmi_tok_text(a, s1 - 1);
        size_t ll = dmi_tok_len(a, s1 - 1);
        /* A plural noun, or one capitalised only because it opens the
         * sentence ("Delegates meet"; not "Brussels", a place, or a name). */
        dmi_gaz_entry_t ge[1];
        if (ll > 2 && lw[ll - 1] == 's' && lw[ll - 2] != 's' &&
            (!(a->tokens[s1 - 1].flags & DMI_TOK_CAP) ||
             (s1 - 1 == s0 && !x->person_tok[s0] && dmi_gazetteer_match(x->gaz, lw, ll, ge, 1) == 0)))
            plural = 1;
    } else if ((is_communication(e->type) || e->type == DM_EVENT_VISIT) && e->place_count >= 2) {
        g_string_append(g, x->places[e->places[0]].name);
    } else {
        size_t n = 0;
        for (size_t i = 0; i < e->participant_count && n < 2; i++) {
            const char *cc = e->participants[i];
            for (size_t p = 0; p < x->place_count; p++) {
                if (x->places[p].kind != DM_PLACE_COUNTRY || strcmp(x->places[p].country, cc) != 0 ||
                    x->places[p].mention_count == 0)
                    continue;
                g_string_append_printf(g, "%s%s", n ? " and " : "", x->places[p].name);
                n++;
                break;
            }
        }
        plural = n > 1;
        if (n == 0) {
            g_string_free(g, TRUE);
            return;
        }
    }
    if (e->status == DM_EVENT_PLANNED)
        g_string_append_printf(g, " to %s", headline_verbs[vi].pl);
    else
        g_string_append_printf(g, " %s", plural ? headline_verbs[vi].pl : headline_verbs[vi].sg);
    size_t after = v + 1;
    if (after < sn->last && (dmi_tok_is(a, after, "up") || dmi_tok_is(a, after, "off"))) {
        g_string_append_printf(g, " %.*s", (int)dmi_tok_len(a, after), dmi_tok_text(a, after));
        after++;
    }
    /* The object: the trigger noun with its modifiers, or the words after a
     * verb up to a preposition ("reopening a joint liaison channel with"). */
    size_t venue = e->place_count == 0 ? SIZE_MAX
                 : (is_communication(e->type) || e->type == DM_EVENT_VISIT) ? e->places[e->place_count - 1]
                 : e->places[0];
    int object_is_venue = 0;
    if (v != trig) {
        append_words(g, a, v + 1, trig + 1, 3);
    } else {
        size_t o = after;
        while (o < sn->last && (a->tokens[o].flags & DMI_TOK_WORD) && dmi_tok_len(a, o) > 4 &&
               g_ascii_strncasecmp(dmi_tok_text(a, o) + dmi_tok_len(a, o) - 3, "ing", 3) == 0)
            o++;
        size_t oe = o;
        while (oe < sn->last && oe < o + 6 && (a->tokens[oe].flags & DMI_TOK_WORD) && !is_preposition(a, oe))
            oe++;
        /* The object is the venue itself: "visited Panama City". */
        for (size_t k = 0; k < x->mention_count; k++)
            if (x->mentions[k].place == venue && x->mentions[k].first >= o && x->mentions[k].first < oe)
                object_is_venue = 1;
        if (object_is_venue)
            g_string_append_printf(g, " %s", x->places[venue].name);
        else if (oe > o && !dmi_tok_is(a, o, "to"))
            append_words(g, a, o, oe, 3);
    }
    if (venue != SIZE_MAX && !object_is_venue) {
        const dmi_xplace_t *p = &x->places[venue];
        const char *prep = p->kind == DM_PLACE_SITE ? "at" : p->kind == DM_PLACE_LINE ? "along" : "in";
        if (e->type == DM_EVENT_VISIT)
            prep = vi >= 0 && g_str_has_prefix(headline_verbs[vi].pl, "visit") ? "" : "to";
        g_string_append_printf(g, " %s%s%s", prep, prep[0] ? " " : "", p->name);
    }
    if (e->status == DM_EVENT_CANCELLED || e->status == DM_EVENT_REFUSED || e->status == DM_EVENT_FAILED) {
        g_string_free(g, TRUE);
        return;  /* the label says it better ("Meeting in Budapest cancelled") */
    }
    if (g->len < size && g->len <= 90)
        g_strlcpy(out, g->str, size);
    g_string_free(g, TRUE);
}

void dmi_events_relabel(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (events[i].word && events[i].type != DM_EVENT_STATEMENT)
            make_label(x, &events[i], NULL, NULL);
        else if (events[i].word)
            make_label(x, &events[i], NULL, NULL);
}

void dmi_events_title(const dmi_extraction_t *x, const dmi_xevent_t *events, size_t count,
                      char *out, size_t size)
{
    out[0] = '\0';
    const dmi_xevent_t *best = NULL;
    for (size_t i = 0; i < count; i++)
        if (!best || events[i].weight > best->weight)
            best = &events[i];
    if (!best)
        return;
    const dmi_article_t *a = x->art;
    const char *status = best->status == DM_EVENT_REFUSED ? "refused"
                       : best->status == DM_EVENT_SUSPENDED ? "suspended"
                       : best->status == DM_EVENT_CANCELLED ? "cancelled"
                       : best->status == DM_EVENT_FAILED ? "fails"
                       : best->status == DM_EVENT_DELIVERED ? "delivered" : NULL;
    if (best->type == DM_EVENT_LETTER && !(best->word && g_ascii_strncasecmp(best->word, "propos", 6) == 0)) {
        /* "<Sender>'s letter to <Recipient> refused at <place>" */
        const char *from = NULL, *to = NULL;
        for (size_t k = 0; k < best->sentence_count && (!from || !to); k++) {
            const dmi_sentence_t *sn = &a->sentences[best->sentences[k]];
            for (size_t t = sn->first; t + 1 < sn->last; t++) {
                if (!x->person_tok[t + 1])
                    continue;
                for (size_t i = 0; i < x->people_count; i++) {
                    if (!dmi_tok_eq(a, t + 1, x->people[i].surname))
                        continue;
                    if (!from && (dmi_tok_is(a, t, "from") || dmi_tok_is(a, t, "by")))
                        from = x->people[i].surname;
                    else if (!to && dmi_tok_is(a, t, "to"))
                        to = x->people[i].surname;
                }
            }
        }
        const char *where = best->place_count > 1 ? x->places[best->places[1]].name : NULL;
        /* A long official name reads badly in a title: the article's own
         * words for the place in the event's last sentence ("UN mission"). */
        char words[64] = "";
        if (where && strlen(where) > 24) {
            size_t last_sentence = best->sentences[best->sentence_count - 1];
            for (size_t k = 0; k < x->mention_count; k++) {
                const dmi_mention_t *m = &x->mentions[k];
                if (m->place == best->places[1] && m->end - m->start < sizeof words &&
                    (m->sentence == last_sentence || !words[0]))
                    g_snprintf(words, sizeof words, "%.*s", (int)(m->end - m->start), a->text + m->start);
            }
            if (words[0])
                where = words;
        }
        GString *s = g_string_new(NULL);
        if (from)
            g_string_append_printf(s, "%s's letter", from);
        else
            g_string_append(s, "Letter");
        if (to)
            g_string_append_printf(s, " to %s", to);
        if (status)
            g_string_append_printf(s, " %s", status);
        if (where)
            g_string_append_printf(s, " %s %s", status ? "at" : "to", where);
        g_strlcpy(out, s->str, size);
        g_string_free(s, TRUE);
        return;
    }
    /* A call between two named people: "Sheinbaum and Trump speak by phone". */
    if (best->type == DM_EVENT_CALL && best->sentence_count) {
        const dmi_sentence_t *sn = &a->sentences[best->sentences[0]];
        const char *p1 = NULL, *p2 = NULL;
        for (size_t i = 0; i < x->people_count; i++) {
            if (x->people[i].first < sn->first || x->people[i].first >= sn->last)
                continue;
            if (!p1)
                p1 = x->people[i].surname;
            else if (!p2 && strcmp(p1, x->people[i].surname) != 0)
                p2 = x->people[i].surname;
        }
        if (p1 && p2) {
            g_snprintf(out, size, "%s and %s speak by phone", p1, p2);
            return;
        }
    }
    headline(x, best, out, size);
    if (!out[0])
        g_strlcpy(out, best->label, size);
}

/* ---- the principal event ------------------------------------------------- */

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
        if (sub && opening && tok_punct_any(a, u) && a->text[a->tokens[u].start] == ',') {
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
                reported = is_speech_verb(a, v - 1);
            if (reported) {
                sub = 0;
                continue;
            }
            opens = 1;
        }
        if (opens && !sub) {
            sub = 1;
            opening = u == first || tok_punct_any(a, u - 1);
        }
    }
    return !sub;
}

/* Headline words that name an event, with the present tense of headlines
 * ("signs", "holds talks") beside the triggers of the body. */
int dmi_event_word_type(const dmi_article_t *a, size_t t)
{
    static const struct {
        const char *word;
        dm_event_type_t type;
    } extra[] = {{"signs", DM_EVENT_AGREEMENT}, {"signing", DM_EVENT_AGREEMENT}, {"hosts", DM_EVENT_MEETING},
                 {"discuss", DM_EVENT_TALKS}, {"discusses", DM_EVENT_TALKS}, {"discussed", DM_EVENT_TALKS},
                 {"arrives", DM_EVENT_VISIT}, {"heads", DM_EVENT_VISIT}, {"phones", DM_EVENT_CALL},
                 {"calls", DM_EVENT_CALL}, {"negotiation", DM_EVENT_TALKS}};
    if (!(a->tokens[t].flags & DMI_TOK_WORD))
        return -1;
    for (size_t i = 0; i < G_N_ELEMENTS(triggers); i++)
        if (triggers[i].type != DM_EVENT_STATEMENT && dmi_tok_is(a, t, triggers[i].word))
            return (int)triggers[i].type;
    for (size_t i = 0; i < G_N_ELEMENTS(extra); i++)
        if (dmi_tok_is(a, t, extra[i].word))
            return (int)extra[i].type;
    return -1;
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

/* ---- CAMEO codes ------------------------------------------------------------ */

/* The event's first sentence holds one of words. */
static int evidence_has(const dmi_extraction_t *x, const dmi_xevent_t *e, const char *const *words)
{
    if (!e->sentence_count)
        return 0;
    const dmi_sentence_t *sn = &x->art->sentences[e->sentences[0]];
    for (size_t t = sn->first; t < sn->last; t++)
        if (dmi_tok_in(x->art, t, words) >= 0)
            return 1;
    return 0;
}

/* A meeting where none of its sides is at home: "the two leaders met in
 * Singapore" (CAMEO 044, meet at a third location). */
static int third_location(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    if (e->place_count == 0 || e->participant_count < 2)
        return 0;
    const char *cc = x->places[e->places[0]].country;
    if (!cc[0])
        return 0;
    for (size_t i = 0; i < e->participant_count; i++)
        if (strcmp(e->participants[i], cc) == 0)
            return 0;
    return 1;
}

/* What an incident's trigger word says it was (CAMEO 15, 17, 18, 19). */
static const char *incident_cameo(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    const char *w = e->word ? e->word : "";
    static const struct {
        const char *prefix, *code;
    } words[] = {{"airstrike", "195"}, {"bomb", "195"},   {"drone", "195"},     {"shell", "194"},
                 {"detain", "173"},    {"invad", "192"},  {"invasion", "192"},  {"demoli", "171"},
                 {"blew", "171"},      {"launch", "150"}, {"missile", "150"},   {"explosion", "180"}};
    if (g_ascii_strncasecmp(w, "seize", 5) == 0) {
        /* "seized Goma": a town or territory taken (192); else property (171). */
        const dmi_article_t *a = x->art;
        for (size_t k = dmi_mention_lower(x, e->trigger + 1);
             k < x->mention_count && x->mentions[k].first <= e->trigger + 3 && e->trigger < a->token_count; k++) {
            dm_place_kind_t kind = x->places[x->mentions[k].place].kind;
            if (kind == DM_PLACE_CITY || kind == DM_PLACE_REGION || kind == DM_PLACE_COUNTRY)
                return "192";
        }
        return "171";
    }
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (g_ascii_strncasecmp(w, words[i].prefix, strlen(words[i].prefix)) == 0)
            return words[i].code;
    return "190";
}

const char *dmi_event_cameo(const dmi_extraction_t *x, const dmi_xevent_t *e)
{
    static const char *const accuse[] = {"accused", "accuses", "accuse", "accusing", "blamed", "blames", "blame",
                                         NULL};
    static const char *const criticise[] = {"condemned", "condemns", "condemn", "criticised", "criticized",
                                            "criticises", "criticizes", "denounced", "denounces", NULL};
    const char *w = e->word ? e->word : "";
    dm_event_status_t st = e->status;
    int stopped = st == DM_EVENT_CANCELLED || st == DM_EVENT_SUSPENDED;
    switch (e->type) {
    case DM_EVENT_MEETING:
        if (st == DM_EVENT_REFUSED)
            return "125";
        if (st == DM_EVENT_PLANNED)
            return "036";
        if (stopped || st == DM_EVENT_FAILED)
            return "164";
        if (g_ascii_strncasecmp(w, "host", 4) == 0)
            return "043";
        return third_location(x, e) ? "044" : "040";
    case DM_EVENT_TALKS:
        if (st == DM_EVENT_REFUSED)
            return "125";
        if (st == DM_EVENT_PLANNED)
            return "036";
        if (stopped || st == DM_EVENT_FAILED)
            return "164";
        return g_ascii_strncasecmp(w, "mediat", 6) == 0 ? "045" : "046";
    case DM_EVENT_VISIT:
        if (st == DM_EVENT_REFUSED)
            return "125";
        if (st == DM_EVENT_PLANNED)
            return "036";
        return stopped || st == DM_EVENT_FAILED ? "160" : "042";
    case DM_EVENT_CALL:
        if (st == DM_EVENT_REFUSED)
            return "125";
        if (st == DM_EVENT_PLANNED)
            return "036";
        if (st == DM_EVENT_SUSPENDED)
            return "161";
        return st == DM_EVENT_CANCELLED || st == DM_EVENT_FAILED ? "160" : "041";
    case DM_EVENT_LETTER:
        if (st == DM_EVENT_REFUSED)
            return "125";
        if (st == DM_EVENT_SUSPENDED)
            return "161";
        if (st == DM_EVENT_CANCELLED || st == DM_EVENT_FAILED)
            return "160";
        if (g_ascii_strncasecmp(w, "propos", 6) == 0)
            return "036";
        return st == DM_EVENT_PLANNED ? "030" : "040";
    case DM_EVENT_STATEMENT:
        if (evidence_has(x, e, accuse))
            return "112";
        if (evidence_has(x, e, criticise))
            return "111";
        return st == DM_EVENT_REFUSED ? "120" : "010";
    case DM_EVENT_BROADCAST:
        return stopped ? "080" : "010";
    case DM_EVENT_AGREEMENT:
        if (st == DM_EVENT_REFUSED || st == DM_EVENT_FAILED)
            return "127";
        if (st == DM_EVENT_PLANNED)
            return "030";
        return stopped ? "160" : "057";
    case DM_EVENT_INCIDENT:
        if (st == DM_EVENT_PLANNED)
            return "138";
        if (stopped)
            return "087";
        return incident_cameo(x, e);
    default:
        return NULL;
    }
}

/* ---- evidence ---------------------------------------------------------------- */

void dmi_event_evidence(const dmi_extraction_t *x, const dmi_xevent_t *e, size_t from, char *out, size_t size)
{
    const dmi_article_t *a = x->art;
    if (size == 0)
        return;
    out[0] = '\0';
    if (!e->sentence_count || e->sentences[0] >= a->sentence_count || size < 8)
        return;
    const dmi_sentence_t *sn = &a->sentences[e->sentences[0]];
    size_t n = 0, cut = 0;
    int space = 0, full = 1;
    for (size_t b = from > sn->start && from < sn->end ? from : sn->start; b < sn->end; b++) {
        char c = a->text[b];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = n > 0;
            continue;
        }
        if (n + space + 1 >= size) {
            full = 0;
            break;
        }
        if (space) {
            cut = n;  /* the last word boundary: a cut there splits no character */
            out[n++] = ' ';
        }
        space = 0;
        out[n++] = c;
    }
    if (!full) {
        /* Cut at the last word that leaves room for the ellipsis (3 bytes). */
        while (cut > 0 && cut + 4 > size) {
            size_t c = cut;
            while (c > 0 && out[c - 1] != ' ')
                c--;
            cut = c > 0 ? c - 1 : 0;
        }
        n = cut;
        memcpy(out + n, "\xE2\x80\xA6", 3);
        n += 3;
    }
    out[n] = '\0';
}
