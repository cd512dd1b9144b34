/* Extraction, phase 4 (with triggers.c): event frames. A word of talk or
 * speech tells a happening only with the slot of its frame filled: "talked"
 * is a meeting only with a partner ("talked with the Austrian president"),
 * "address" a statement only with its speaker ("his address to the
 * nation"), "read" a broadcast only on the air ("read on state
 * television"). Bare, these words name things or habits ("a home address",
 * "talked about it", "read the report"), so they are no triggers of
 * rules/triggers.txt; the frames and their words are data
 * (rules/talk_frames.txt).
 *
 * Takes: tokens, persons (x->person_tok). Gives: the trigger a frame makes
 * at a token. Never: builds events, reads places. */
#include "extract-private.h"

#include <glib.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* "FRAME WORD TYPE" a line (rules/talk_frames.txt, compiled in). */
static const char *const frame_lines[] = {
#include "rules/talk_frames.inc"
};
#define FRAME_COUNT G_N_ELEMENTS(frame_lines)

typedef enum {
    FRAME_WITH,
    FRAME_OBJECT,
    FRAME_SPEECH,
    FRAME_AIRED,
    FRAME_BOTH,
    FRAME_BOTH_DOWN,
    FRAME_BOTH_APART,
    FRAME_AUDIENCE,
    FRAME_AUDIENCE_TO
} frame_kind_t;

typedef struct {
    frame_kind_t kind;
    char word[24];
    dmi_trigger_t trigger; /* strong: the frame fills what the bare word lacks */
} frame_t;

static frame_t frames[FRAME_COUNT];
static size_t frame_count;

/* Parses one line; 0 and no entry when malformed (a unit test checks that
 * every line parses: dmi_frame_lines_bad). */
static int parse_frame_line(const char *line, frame_t *out)
{
    static const char *const kinds[] = {"with",       "object",   "speech",     "aired", "both", "both-down",
                                        "both-apart", "audience", "audience-to"};
    char k[16], w[32], t[16];
    if (sscanf(line, "%15s %31s %15s", k, w, t) != 3 || strlen(w) >= sizeof out->word)
        return 0;
    int type = dm_event_type_parse(t);
    if (type < 0)
        return 0;
    for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++)
        if (strcmp(k, kinds[i]) == 0) {
            out->kind = (frame_kind_t)i;
            memcpy(out->word, w, strlen(w) + 1);
            out->trigger.word = out->word;
            out->trigger.before = NULL;
            out->trigger.type = (dm_event_type_t)type;
            out->trigger.strength = 2;
            /* an audience is the venue the saying was made at */
            out->trigger.venue = out->kind == FRAME_AUDIENCE || out->kind == FRAME_AUDIENCE_TO;
            return 1;
        }
    return 0;
}

static void parse_frames(void)
{
    size_t n = 0;
    for (size_t i = 0; i < FRAME_COUNT; i++)
        n += (size_t)parse_frame_line(frame_lines[i], &frames[n]);
    frame_count = n;
}

static void load_frames(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, parse_frames);
}

size_t dmi_frame_lines_bad(void)
{
    frame_t f;
    size_t bad = 0;
    for (size_t i = 0; i < FRAME_COUNT; i++)
        bad += !parse_frame_line(frame_lines[i], &f);
    return bad;
}

static int same_sentence_word(const dmi_article_t *a, size_t t, size_t u)
{
    return dmi_tok_same_sentence(a, t, u) && dmi_tok_word(a, u);
}

/* The partner after "with" at token w: a named person or an office title
 * ("with Kurt Wendt", "with the Austrian president", "with his Danish
 * counterpart") within five words, before any punctuation or other
 * preposition. A plural ("with officials", "with reporters") names no one. */
static int partner_after(const dmi_extraction_t *x, size_t w)
{
    const dmi_article_t *a = x->art;
    static const char *const stops[] = {"of", "in",   "at",  "on", "about", "over", "for",
                                        "to", "from", "and", "or", "that",  "who",  NULL};
    for (size_t u = w + 1; u < w + 6 && same_sentence_word(a, w, u); u++) {
        if (x->person_tok[u])
            return 1;
        if (dmi_tok_in_set_cs(a, u, &dmi_person_titles) || dmi_tok_in_set(a, u, &dmi_role_nouns) >= 0 ||
            dmi_tok_is(a, u, "counterpart") || dmi_tok_is(a, u, "counterparts"))
            return 1;
        if (dmi_tok_in(a, u, stops) >= 0)
            return 0;
    }
    return 0;
}

/* "with" within reach words after token t, no punctuation between, and a
 * partner after it. */
static int with_partner(const dmi_extraction_t *x, size_t t, size_t reach)
{
    const dmi_article_t *a = x->art;
    for (size_t u = t + 1; u <= t + reach && same_sentence_word(a, t, u); u++) {
        if (dmi_tok_is(a, u, "with"))
            return partner_after(x, u);
        /* "talked about the trade dispute with X": the partner of a topic;
         * "discussed the crisis in talks with X": the talks' own partner,
         * one event (the trigger between tells it). */
        if (dmi_tok_is(a, u, "about") || dmi_tok_is(a, u, "to") || dmi_tok_is(a, u, "that") || dmi_trigger_at(a, u))
            return 0;
    }
    return 0;
}

/* A named person in token t's sentence, outside [t, t]: the speaker. */
static int person_in_sentence(const dmi_extraction_t *x, size_t t)
{
    const dmi_sentence_t *s = &x->art->sentences[x->art->tokens[t].sentence];
    for (size_t u = s->first; u < s->last; u++)
        if (x->person_tok[u])
            return 1;
    return 0;
}

/* "his address", "Berg's address", "a televised address to parliament": a
 * speech owned by a speaker (a possessive with a person in the sentence)
 * or given to an audience ("an address to"). Not "the address of", "an
 * email address", "a home address". */
static int owned_speech(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    static const char *const possessives[] = {"his", "her", "their", NULL};
    static const char *const kinds[] = {"weekly",   "televised",  "radio",    "keynote", "inaugural",
                                        "annual",   "nationwide", "farewell", "opening", "closing",
                                        "national", "long",       NULL};
    if (t + 1 < a->token_count && dmi_tok_same_sentence(a, t, t + 1) && dmi_tok_is(a, t + 1, "of"))
        return 0;
    size_t b = t;
    while (b > 0 && same_sentence_word(a, t, b - 1) && dmi_tok_in(a, b - 1, kinds) >= 0)
        b--;
    if (b == 0 || !dmi_tok_same_sentence(a, t, b - 1))
        return 0;
    size_t d = b - 1;
    if ((a->tokens[d].flags & DMI_TOK_POSS) && d > 0 && x->person_tok[d - 1])
        return 1; /* "Berg's address" */
    if (x->person_tok[d] && (a->tokens[d].flags & DMI_TOK_POSS))
        return 1;
    if (dmi_tok_in(a, d, possessives) >= 0)
        return person_in_sentence(x, t);
    /* "an address to parliament", "a televised address": given, by a
     * person the sentence names. */
    int given = (dmi_tok_is(a, d, "an") || dmi_tok_is(a, d, "a")) &&
                ((b < t) || (t + 1 < a->token_count && dmi_tok_is(a, t + 1, "to")));
    return given && person_in_sentence(x, t);
}

/* "KIND WORD" a line (rules/audience_words.txt, compiled in): the nouns
 * of an audience that sits to hear a speaker. */
static const char *const audience_lines[] = {
#include "rules/audience_words.inc"
};

/* The kind ("head", "sitting", "body") of token t's word among the
 * audience lines, or NULL. */
static const char *audience_kind(const dmi_article_t *a, size_t t)
{
    static const char *const kinds[] = {"head", "sitting", "body", NULL};
    for (size_t i = 0; i < G_N_ELEMENTS(audience_lines); i++) {
        const char *sp = strchr(audience_lines[i], ' ');
        if (!sp || !dmi_tok_is(a, t, sp + 1))
            continue;
        for (size_t k = 0; kinds[k]; k++)
            if (strlen(kinds[k]) == (size_t)(sp - audience_lines[i]) &&
                strncmp(kinds[k], audience_lines[i], strlen(kinds[k])) == 0)
                return kinds[k];
    }
    return NULL;
}

/* "told a parliamentary committee", "addressed a large crowd", "testified
 * before the Senate", "appeared before members of parliament": a speaking
 * verb at t whose object (after "to" or "before" for the audience-to
 * frame) is an audience, within four words and no punctuation. Between
 * the verb and the audience only determiners, lower-case modifiers, "of"
 * and a legislature's words ("a House committee"); a person, a pronoun or
 * a clause ("told him the crowd ...", "told Reuters that") ends the
 * search: the audience is then no object of the verb. */
static size_t audience_after(const dmi_extraction_t *x, size_t t, int to)
{
    const dmi_article_t *a = x->art;
    static const char *const stops[] = {"that", "him", "her", "them", "it", "us", "me", "you", "reporters",
                                        "journalists", "about", "on", "in", "at", "with", "and", "or", NULL};
    size_t u = t + 1;
    if (to) {
        if (!same_sentence_word(a, t, u) || !(dmi_tok_is(a, u, "to") || dmi_tok_is(a, u, "before")))
            return SIZE_MAX;
        u++;
    }
    int body = 0;
    for (size_t n = 0; n < 4 && same_sentence_word(a, t, u); n++, u++) {
        if (x->person_tok[u] || dmi_tok_in(a, u, stops) >= 0)
            return SIZE_MAX;
        const char *kind = audience_kind(a, u);
        if (kind && strcmp(kind, "head") == 0)
            return u;
        if (kind && strcmp(kind, "sitting") == 0 && body)
            return u;
        if (kind && strcmp(kind, "body") == 0) {
            body = 1;
            continue;
        }
        /* a name that is no legislature's ("told Oslo Radio") */
        if (dmi_tok_cap(a, u) && !(a->tokens[u].flags & DMI_TOK_SENT_START) && !dmi_tok_is(a, u, "members"))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

size_t dmi_frame_audience(const dmi_extraction_t *x, size_t t)
{
    load_frames();
    for (size_t i = 0; i < frame_count; i++)
        if ((frames[i].kind == FRAME_AUDIENCE || frames[i].kind == FRAME_AUDIENCE_TO) && dmi_tok_is(x->art, t, frames[i].word)) {
            size_t u = audience_after(x, t, frames[i].kind == FRAME_AUDIENCE_TO);
            if (u != SIZE_MAX)
                return u;
        }
    return t;
}

/* "read on state television", "aired on Norway Radio", "broadcast on
 * TV": a channel word within four words after "on". */
static int on_the_air(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!(t + 1 < a->token_count && dmi_tok_same_sentence(a, t, t + 1) && dmi_tok_is(a, t + 1, "on")))
        return 0;
    return dmi_channel_after(a, t + 1) != SIZE_MAX;
}

/* Words that name a broadcaster's channel ("state television"). */
static const char *const channels[] = {"television", "tv", "radio", NULL};

size_t dmi_channel_after(const dmi_article_t *a, size_t on)
{
    for (size_t u = on + 1; u < on + 5 && same_sentence_word(a, on, u); u++)
        if (dmi_tok_in(a, u, channels) >= 0)
            return u;
    return SIZE_MAX;
}

/* Words between a subject and its verb: auxiliaries, modals and verbs of
 * expecting or arranging ("will", "are expected to", "agreed to"). The
 * finite ones make the subject the verb's own; "to" alone ("visited A and
 * B to discuss") leaves it another verb's object. */
static const char *const finite_aux[] = {"will",   "would", "shall", "should",  "could", "can",        "may", "might",
                                         "must",   "are",   "is",    "were",    "was",   "have",       "has", "had",
                                         "agreed", "plan",  "plans", "planned", "also",  "reportedly", NULL};
static const char *const other_aux[] = {"to",    "be",    "been", "expected", "set",   "due",  "scheduled",
                                        "later", "again", "then", "finally",  "first", "both", NULL};

/* Heads of a subject that names the two sides without their names ("the
 * two sides", "negotiators from the two countries"): a side word after
 * "two" or "both". */
static const char *const side_words[] = {"sides",      "countries", "leaders",     "governments", "nations",
                                         "presidents", "ministers", "delegations", "states",      NULL};

/* The side a token names, written into cc: a country mention's country or
 * a person's country; 0 when it names none. */
static int side_of(const dmi_extraction_t *x, size_t u, char cc[3])
{
    if (x->person_tok[u]) {
        /* "?" for a person of unknown country (a string literal of two
         * bytes: copied by snprintf, not as a code of three) */
        const char *c = dmi_person_country(x, u);
        snprintf(cc, 3, "%.2s", c[0] ? c : "?");
        return 1;
    }
    for (size_t k = dmi_mention_lower(x, u > 6 ? u - 6 : 0); k < x->mention_count && x->mentions[k].first <= u; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (u < m->last && dmi_usable_mention(m) && m->place != NONE && x->places[m->place].kind == DM_PLACE_COUNTRY) {
            memcpy(cc, x->places[m->place].country, 3);
            return 1;
        }
    }
    return 0;
}

/* Distinct countries of the sides named in tokens [lo, hi) (persons of
 * unknown country count as one each). */
static size_t sides_named(const dmi_extraction_t *x, size_t lo, size_t hi)
{
    char seen[8][3];
    size_t n = 0;
    for (size_t u = lo; u < hi && n < G_N_ELEMENTS(seen); u++) {
        char cc[3];
        if (!side_of(x, u, cc))
            continue;
        int known = 0;
        for (size_t i = 0; i < n && !known; i++)
            known = cc[0] != '?' && memcmp(seen[i], cc, 2) == 0;
        /* a person's name of several tokens is one side */
        if (cc[0] == '?' && u > lo && x->person_tok[u - 1])
            known = 1;
        if (!known)
            memcpy(seen[n++], cc, 3);
    }
    return n;
}

/* "Sweden and Finland will talk", "the Swedish and Finnish leaders spoke",
 * "A, B and C are expected to discuss", "the two sides will sit down": the
 * subject of the talk verb at t is a conjunction naming both sides (two
 * countries, or persons of two countries), or two or both + a side word
 * when the paragraph names two sides up to the sentence's end. Never a
 * generic plural ("officials will discuss"), never the object of another
 * verb ("visited A and B to discuss"), never a wish ("hopes that A and B
 * will talk"). */
static int both_sides_subject(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    const dmi_sentence_t *sn = &a->sentences[a->tokens[t].sentence];
    size_t h = t;
    int finite = dmi_past_verb(a, t);
    while (h > sn->first && t - h < 6 &&
           (dmi_tok_in(a, h - 1, finite_aux) >= 0 || dmi_tok_in(a, h - 1, other_aux) >= 0)) {
        finite |= dmi_tok_in(a, h - 1, finite_aux) >= 0;
        h--;
    }
    if (!finite || h == sn->first)
        return 0;
    /* "-- A, B and C -- are": the apposition's closing dash */
    if (dmi_tok_punct_any(a, h - 1) && !dmi_tok_punct(a, h - 1, ',') && h - 1 > sn->first)
        h--;
    size_t s = h, ands = 0, twos = 0;
    int side_head = dmi_tok_in(a, h - 1, side_words) >= 0;
    static const char *const joints[] = {"and", "the", "of", "from", "two", "both", NULL};
    while (s > sn->first && h - s < 30) {
        size_t u = s - 1;
        int ok = x->person_tok[u] || dmi_tok_cap(a, u) || dmi_tok_punct(a, u, ',') ||
                 (dmi_tok_punct_any(a, u) && !dmi_tok_punct(a, u, '.') && !dmi_tok_punct(a, u, '"')) ||
                 dmi_tok_in(a, u, joints) >= 0 || dmi_tok_in(a, u, side_words) >= 0 || dmi_is_person_title(a, u);
        if (!ok)
            break;
        ands += dmi_tok_is(a, u, "and") && !dmi_inside_mention(x, u);
        twos += dmi_tok_is(a, u, "two") || dmi_tok_is(a, u, "both");
        s--;
    }
    if (s == h)
        return 0;
    /* a wish or an ask governs the subject */
    if (dmi_trigger_desired(a, s, sn->first))
        return 0;
    for (size_t u = sn->first; u < s; u++)
        if (dmi_tok_in_set(a, u, &dmi_asking_verbs) >= 0)
            return 0;
    if (ands && sides_named(x, s, h) >= 2)
        return 1;
    if (!(twos && side_head))
        return 0;
    size_t p = a->tokens[t].sentence;
    while (p > 0 && !(a->tokens[a->sentences[p].first].flags & DMI_TOK_LINE_START))
        p--;
    return sides_named(x, a->sentences[p].first, sn->last) >= 2;
}

/* A place told with a cue in token t's sentence ("in Oslo", "at the
 * summit in Lima"): the sides met there. Without one, two sides that talk
 * are apart, on the phone. */
static int place_cue_in_sentence(const dmi_extraction_t *x, size_t t)
{
    const dmi_sentence_t *s = &x->art->sentences[x->art->tokens[t].sentence];
    for (size_t k = dmi_mention_lower(x, s->first); k < x->mention_count && x->mentions[k].first < s->last; k++)
        if ((x->mentions[k].flags & DMI_MENTION_CUE) && dmi_usable_mention(&x->mentions[k]))
            return 1;
    return 0;
}

/* A phone word in token t's sentence tells the call itself (a trigger of
 * its own: "spoke by telephone"), one event. */
static int phone_in_sentence(const dmi_article_t *a, size_t t)
{
    const dmi_sentence_t *s = &a->sentences[a->tokens[t].sentence];
    for (size_t u = s->first; u < s->last; u++) {
        const dmi_trigger_t *tr = dmi_trigger_at(a, u);
        if (tr && tr->type == DM_EVENT_CALL && tr->strength >= 2)
            return 1;
    }
    return 0;
}

/* The frames of both sides as the subject: "both" the verb, "both-down"
 * the verb + "down", "both-apart" the verb with no place cue in the
 * sentence (a call). */
static int both_frame(const dmi_extraction_t *x, frame_kind_t kind, size_t t)
{
    const dmi_article_t *a = x->art;
    if (kind == FRAME_BOTH_DOWN && !(t + 1 < a->token_count && dmi_tok_is(a, t + 1, "down")))
        return 0;
    if (kind == FRAME_BOTH_APART && place_cue_in_sentence(x, t))
        return 0;
    return !phone_in_sentence(a, t) && both_sides_subject(x, t);
}

const dmi_trigger_t *dmi_frame_trigger(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!dmi_tok_word(a, t) || ((a->tokens[t].flags & DMI_TOK_CAP) && !(a->tokens[t].flags & DMI_TOK_SENT_START)))
        return NULL;
    load_frames();
    for (size_t i = 0; i < frame_count; i++) {
        const frame_t *f = &frames[i];
        if (!dmi_tok_is(a, t, f->word))
            continue;
        int filled = f->kind == FRAME_WITH     ? with_partner(x, t, 3)
                     : f->kind == FRAME_OBJECT ? with_partner(x, t, 9)
                     : f->kind == FRAME_SPEECH ? owned_speech(x, t)
                     : f->kind == FRAME_AIRED  ? on_the_air(x, t)
                     : f->kind == FRAME_AUDIENCE    ? audience_after(x, t, 0) != SIZE_MAX
                     : f->kind == FRAME_AUDIENCE_TO ? audience_after(x, t, 1) != SIZE_MAX
                                                    : both_frame(x, f->kind, t);
        /* a word may have several frames ("spoke with X", "A and B spoke") */
        if (filled)
            return &f->trigger;
    }
    return NULL;
}
