/* Extraction, phase 4: clauses and triggers. A trigger word gives an event
 * type ("summit" -> meeting, "letter" -> letter, "loudspeaker" ->
 * broadcast); the words before it say whether it happened at all (negated,
 * modal, the topic of talk, a wish); status cues and tense give its status;
 * clause boundaries ("as", "while", ";", "that" after a speech verb) bound
 * what a trigger owns.
 *
 * Takes: tokens and mentions. Gives: answers about tokens and clauses (the
 * trigger at a token, its status, the clause's tense and end). Never: builds
 * events, reads places' coordinates. */
#include "extract-private.h"

#include <glib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Trigger words, their event types and strengths: data, one "WORD TYPE
 * STRENGTH" a line (rules/triggers.txt, compiled in). Read once into
 * triggers[], in the file's order; the first entry of a word wins. Order
 * within a type does not matter: every trigger of a sentence owns the clause
 * up to the next trigger. */
static const char *const trigger_lines[] = {
#include "rules/triggers.inc"
};
#define TRIGGER_COUNT G_N_ELEMENTS(trigger_lines)
static dmi_trigger_t triggers[TRIGGER_COUNT];
static char trigger_words[TRIGGER_COUNT][2][24];
static size_t trigger_count;

/* Parses one line, "WORD TYPE STRENGTH" or "BEFORE WORD TYPE STRENGTH" (a
 * two-word trigger: "news conference"); 0 and no entry when malformed (a
 * unit test checks that every line of the file parses: dmi_trigger_lines_bad). */
static int parse_trigger_line(const char *line, dmi_trigger_t *out, char words[2][24])
{
    char w1[32], w2[32], w3[32];
    int strength;
    const char *before = NULL, *word = w1, *type = w2;
    if (sscanf(line, "%31s %31s %31s %d", w1, w2, w3, &strength) == 4) {
        before = w1;
        word = w2;
        type = w3;
    } else if (sscanf(line, "%31s %31s %d", w1, w2, &strength) != 3) {
        return 0;
    }
    if (strlen(word) >= sizeof words[0] || (before && strlen(before) >= sizeof words[1]) || strength < 1 ||
        strength > 2)
        return 0;
    int t = dm_event_type_parse(type);
    if (t < 0)
        return 0;
    memcpy(words[0], word, strlen(word) + 1);
    out->word = words[0];
    out->before = NULL;
    if (before) {
        memcpy(words[1], before, strlen(before) + 1);
        out->before = words[1];
    }
    out->type = (dm_event_type_t)t;
    out->strength = strength;
    return 1;
}

/* triggers[] indices sorted by lower-case word, then by index: a token
 * finds its entries by binary search instead of a scan of every line
 * (dmi_trigger_at runs several times on every token). */
static size_t by_word[TRIGGER_COUNT];

static int cmp_by_word(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    int c = g_ascii_strcasecmp(triggers[a].word, triggers[b].word);
    return c ? c : (a > b) - (a < b);
}

static void parse_triggers(void)
{
    size_t n = 0;
    for (size_t i = 0; i < TRIGGER_COUNT; i++)
        n += (size_t)parse_trigger_line(trigger_lines[i], &triggers[n], trigger_words[n]);
    trigger_count = n;
    for (size_t i = 0; i < n; i++)
        by_word[i] = i;
    qsort(by_word, n, sizeof by_word[0], cmp_by_word);
}

/* The first position in by_word[] whose word is the n bytes at w (any
 * case), or trigger_count when none is. */
static size_t first_of_word(const char *w, size_t n)
{
    size_t lo = 0, hi = trigger_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *tw = triggers[by_word[mid]].word;
        int c = g_ascii_strncasecmp(tw, w, n);
        if (c == 0)
            c = tw[n] != '\0';   /* a longer word sorts after */
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < trigger_count) {
        const char *tw = triggers[by_word[lo]].word;
        if (g_ascii_strncasecmp(tw, w, n) == 0 && tw[n] == '\0')
            return lo;
    }
    return trigger_count;
}

/* Once per process, whichever thread comes first (a batch extracts on
 * several): pthread_once, which ThreadSanitizer sees, unlike GLib's
 * uninstrumented g_once. */
static void load_triggers(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, parse_triggers);
}

size_t dmi_trigger_lines_bad(void)
{
    dmi_trigger_t t;
    char w[2][24];
    size_t bad = 0;
    for (size_t i = 0; i < TRIGGER_COUNT; i++)
        bad += !parse_trigger_line(trigger_lines[i], &t, w);
    return bad;
}

int dmi_is_communication(dm_event_type_t t)
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

/* What a test tests when it is a weapon's: a weapon above, or the words
 * of a nuclear test ("tested a nuclear device", "test-fired a missile"). */
static const char *const test_objects[] = {"nuclear", "device", "bomb", "warhead", "warheads", "icbm", "icbms",
                                           NULL};

/* "tested a nuclear device", "had tested a new missile": a weapon test, a
 * weapon word within five words after token t, no punctuation between
 * ("tested the patience", "tested positive" are none). */
int dmi_weapon_test(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"tested", "test-fired", "test-launched", NULL};
    if (dmi_tok_in(a, t, verbs) < 0)
        return 0;
    for (size_t u = t + 1; u < t + 6 && u < a->token_count && a->tokens[u].sentence == a->tokens[t].sentence; u++) {
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_in(a, u, weapons) >= 0 || dmi_tok_in(a, u, test_objects) >= 0)
            return 1;
    }
    return 0;
}

/* "a roadside bomb exploded", "the truck exploded on a mine": an
 * explosive thing (rules/explosive_things.txt) within four words before
 * token t or five after it, same sentence; "sales exploded" is none. */
static const char *const explosive_things_list[] = {
#include "rules/explosive_things.inc"
    NULL};
static dmi_word_set_t explosive_things = DMI_WORD_SET(explosive_things_list);

static int explosive_near(const dmi_article_t *a, size_t t)
{
    for (size_t u = t > 4 ? t - 4 : 0; u < t + 6 && u < a->token_count; u++)
        if (u != t && a->tokens[u].sentence == a->tokens[t].sentence && dmi_tok_in_set(a, u, &explosive_things) >= 0)
            return 1;
    return 0;
}

/* "the bomb went off", "a car bomb blew up", "the device detonated": an
 * explosive thing (rules/explosive_things.txt) right before a verb of
 * going off, somewhere in [first, last). */
int dmi_explosion_told(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const went[] = {"went", "goes", "blew", NULL};
    static const char *const burst[] = {"exploded", "detonated", NULL};
    for (size_t u = first; u + 1 < last; u++) {
        if (dmi_tok_in_set(a, u, &explosive_things) < 0)
            continue;
        if (dmi_tok_in(a, u + 1, burst) >= 0)
            return 1;
        if (u + 2 < last && dmi_tok_in(a, u + 1, went) >= 0 &&
            (dmi_tok_is(a, u + 2, "off") || (dmi_tok_is(a, u + 1, "blew") && dmi_tok_is(a, u + 2, "up"))))
            return 1;
    }
    return 0;
}

/* What a crowd throws at an embassy, a motorcade or the police. */
static const char *const thrown_things[] = {"rocks", "rock", "stones", "stone", "eggs", "bottles", "bricks",
                                            "bombs", "bomb", "grenade", "grenades", "firebombs", "petrol",
                                            "molotov", "paint", "shoes", "shoe", "objects", "missiles",
                                            "tomatoes", NULL};

/* "threw rocks at the embassy", "stones were thrown at the motorcade",
 * "hurled eggs": a thrown thing within four words either side of t, same
 * sentence, no punctuation between ("threw his support behind" is none). */
static int thrown_at(const dmi_article_t *a, size_t t)
{
    for (size_t u = t + 1; u < t + 5 && u < a->token_count && a->tokens[u].sentence == a->tokens[t].sentence; u++) {
        if (dmi_tok_punct_any(a, u))
            break;
        if (dmi_tok_in(a, u, thrown_things) >= 0)
            return 1;
    }
    for (size_t u = t; u > 0 && u + 4 > t && a->tokens[u - 1].sentence == a->tokens[t].sentence; u--) {
        if (dmi_tok_punct_any(a, u - 1))
            break;
        if (dmi_tok_in(a, u - 1, thrown_things) >= 0)
            return 1;
    }
    return 0;
}

/* "Smith will be in Lima from May 2 to 4", "the minister will also be in
 * Quito on Friday", "he is due to be in Rome": a person's stay to come, a
 * trip. "be" at t after a modal ("will", "would", "shall", or "to" after
 * due, expected, scheduled or set), the modal's subject a name, a role
 * ("the minister", rules/role_nouns.txt) or a personal pronoun, then "in" or "at" and a capitalised name that is no
 * possessive ("will be in Kyiv's interest"). "The talks will be in Oslo"
 * is the talks' place, no trip. */
static int stay_ahead(const dmi_article_t *a, size_t t)
{
    static const char *const modals[] = {"will", "would", "shall", NULL};
    static const char *const plans[] = {"due", "expected", "scheduled", "set", NULL};
    static const char *const persons[] = {"he", "she", "they", NULL};
    if (!dmi_tok_is(a, t, "be") || t < 2 || t + 2 >= a->token_count)
        return 0;
    size_t m = t - 1;
    if (dmi_tok_is(a, m, "also") && m > 0)
        m--;
    size_t subj;
    if (dmi_tok_in(a, m, modals) >= 0)
        subj = m;
    else if (dmi_tok_is(a, m, "to") && m > 1 && dmi_tok_in(a, m - 1, plans) >= 0)
        subj = m - 1 > 0 && (dmi_tok_is(a, m - 2, "is") || dmi_tok_is(a, m - 2, "are")) ? m - 2 : m - 1;
    else
        return 0;
    if (subj == 0 || a->tokens[subj - 1].sentence != a->tokens[t].sentence)
        return 0;
    size_t s = subj - 1;
    /* A capitalised subject opening the sentence ("Smith will be in")
     * is a name unless it is a pronoun or an event word ("Talks will be
     * in Oslo"). */
    static const char *const not_names[] = {"it", "this", "that", "there", "which", "what", "these", "those",
                                            "we", "you", "i", NULL};
    int person =
        dmi_tok_in(a, s, persons) >= 0 || dmi_tok_in_set(a, s, &dmi_role_nouns) >= 0 ||
        (dmi_tok_word(a, s) && (a->tokens[s].flags & DMI_TOK_CAP) &&
         (!(a->tokens[s].flags & DMI_TOK_SENT_START) || (dmi_tok_in(a, s, not_names) < 0 && !dmi_trigger_at(a, s))));
    if (!person || !(dmi_tok_is(a, t + 1, "in") || dmi_tok_is(a, t + 1, "at")))
        return 0;
    size_t u = t + 2;
    if (!dmi_tok_word(a, u) || !(a->tokens[u].flags & DMI_TOK_CAP) || a->tokens[u].sentence != a->tokens[t].sentence)
        return 0;
    while (u + 1 < a->token_count && dmi_tok_word(a, u + 1) && (a->tokens[u + 1].flags & DMI_TOK_CAP))
        u++;
    return !(u + 1 < a->token_count && (a->tokens[u + 1].flags & DMI_TOK_POSS));
}

/* A trip told by the noun of its stop (rules/stop_words.txt, the nouns
 * triggers.txt lists): "a campaign stop in C", "her final stop at C", "the
 * governor's stop in C", "after stops in A, B and C", "its stay in C". The
 * noun opens a phrase (rules/stop_openers.txt: a determiner, possessive or
 * ordinal; for the plural also "after", "with", "made"), with at most three
 * modifiers between (rules/stop_modifiers.txt, or a hyphenated word), and
 * "in" or "at" follows it. A verb ("buses stop at the square", "urged them
 * to stop in time"), "a stop to the fighting" and a stop of another thing
 * ("the bus stop at", "a traffic stop in") are none; so is a stop at a venue
 * named by its town's possessive ("a stop at C's veterans hall"). */
static const char *const stop_noun_list[] = {
#include "rules/stop_words.inc"
    NULL};
static dmi_word_set_t stop_nouns = DMI_WORD_SET(stop_noun_list);
static const char *const stop_opener_lines[] = {
#include "rules/stop_openers.inc"
    NULL};
static dmi_word_set_t stop_openers = DMI_WORD_SET(stop_opener_lines);
static const char *const stop_modifier_list[] = {
#include "rules/stop_modifiers.inc"
    NULL};
static dmi_word_set_t stop_modifiers = DMI_WORD_SET(stop_modifier_list);

int dmi_stop_noun(const dmi_article_t *a, size_t t)
{
    return dmi_tok_in_set(a, t, &stop_nouns) >= 0;
}

/* Token t is listed under kind in a "KIND WORD" list (rules/act_frames.txt,
 * rules/stop_openers.txt). */
static int listed_under(const dmi_article_t *a, size_t t, const char *kind, dmi_word_set_t *set)
{
    char key[48];
    size_t kl = strlen(kind), n = dmi_tok_len(a, t);
    if (!dmi_tok_word(a, t) || kl + 1 + n > sizeof key)
        return 0; /* no listed word is that long */
    memcpy(key, kind, kl);
    key[kl] = ' ';
    memcpy(key + kl + 1, dmi_tok_text(a, t), n);
    return dmi_word_in_set_ci(key, kl + 1 + n, set);
}

static int stop_opener_is(const dmi_article_t *a, size_t t, const char *kind)
{
    return listed_under(a, t, kind, &stop_openers);
}

static int trip_stop(const dmi_article_t *a, size_t t)
{
    if (t == 0 || t + 1 >= a->token_count || !dmi_tok_same_sentence(a, t, t + 1) ||
        !(dmi_tok_is(a, t + 1, "in") || dmi_tok_is(a, t + 1, "at")))
        return 0;
    size_t n = dmi_tok_len(a, t);
    int plural = dmi_tok_text(a, t)[n - 1] == 's';
    size_t u = t - 1;
    for (int k = 0; k < 3 && u > 0 && dmi_tok_same_sentence(a, u, t) && !(a->tokens[u].flags & DMI_TOK_CAP) &&
                    (dmi_tok_in_set(a, u, &stop_modifiers) >= 0 ||
                     (dmi_tok_word(a, u) && memchr(dmi_tok_text(a, u), '-', dmi_tok_len(a, u))));
         k++)
        u--;
    if (!dmi_tok_same_sentence(a, u, t))
        return 0;
    if (!((a->tokens[u].flags & DMI_TOK_POSS) || stop_opener_is(a, u, "any") ||
          (plural && stop_opener_is(a, u, "plural"))))
        return 0;
    /* "the team's stay in C", not "their stay in power" nor "a stay in
     * hospital": a stay is a trip's only in a place named right after */
    if ((dmi_tok_is(a, t, "stay") || dmi_tok_is(a, t, "stays")) &&
        !(t + 2 < a->token_count && dmi_tok_same_sentence(a, t, t + 2) && (a->tokens[t + 2].flags & DMI_TOK_CAP)))
        return 0;
    /* "a stop at C's veterans hall": the stop is at a venue named by its
     * owner, not at the town (as stay_ahead: "in Kyiv's interest") */
    size_t v = t + 2;
    while (v < a->token_count && dmi_tok_same_sentence(a, v, t) && dmi_tok_word(a, v) &&
           (a->tokens[v].flags & DMI_TOK_CAP))
        v++;
    return !(v > t + 2 && v < a->token_count && (a->tokens[v].flags & DMI_TOK_POSS));
}

int dmi_setting_out(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"headed", "heads", "heading", "left", "leave", "leaves", "leaving",
                                        "departed", "departs", NULL};
    return dmi_tok_in(a, t, verbs) >= 0;
}

static int heading_verb(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"headed", "heads", "heading", NULL};
    return dmi_tok_in(a, t, verbs) >= 0;
}

/* The token after "for" in "headed for Jordan", "leave for Washington on
 * Monday" (within three words, same sentence, a capitalised word), else
 * SIZE_MAX. A place told by its kind ("left for the lakeside resort of X",
 * "headed for the port city of Y"; rules/settlement_nouns.txt) is the name
 * after the kind's "of", the kind within five words of "for". */
size_t dmi_departure_for(const dmi_article_t *a, size_t t)
{
    for (size_t u = t + 1; u < t + 4 && u + 1 < a->token_count; u++) {
        if (a->tokens[u].sentence != a->tokens[t].sentence || dmi_tok_punct_any(a, u))
            return SIZE_MAX;
        /* "headed to Cairo", "heads to Oslo": heading toward a named place
         * ("left to a standing ovation" is no trip, so only "head"). */
        if (dmi_tok_is(a, u, "to") && u == t + 1 && heading_verb(a, t) && (a->tokens[u + 1].flags & DMI_TOK_CAP) &&
            (a->tokens[u + 1].flags & DMI_TOK_WORD) && a->tokens[u + 1].sentence == a->tokens[t].sentence)
            return u + 1;
        if (!dmi_tok_is(a, u, "for"))
            continue;
        if (a->tokens[u + 1].flags & DMI_TOK_CAP)
            return u + 1;
        if (!dmi_tok_is(a, u + 1, "the"))
            return SIZE_MAX;
        for (size_t v = u + 2; v < u + 7 && v + 2 < a->token_count && dmi_tok_word(a, v) &&
                               a->tokens[v].sentence == a->tokens[t].sentence;
             v++)
            if (dmi_settlement_noun(a, v))
                return dmi_tok_is(a, v + 1, "of") && (a->tokens[v + 2].flags & DMI_TOK_CAP) &&
                               a->tokens[v + 2].sentence == a->tokens[t].sentence
                           ? v + 2
                           : SIZE_MAX;
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

static const char *const agreed_things_list[] = {
#include "rules/agreed_things.inc"
    NULL};
static dmi_word_set_t agreed_things = DMI_WORD_SET(agreed_things_list);

/* A date or manner between "agreed" and what it governs ("agreed in 1999
 * to", "formally agreed last week on", "agreed in principle to"): the
 * first token after it, or u itself when nothing stands between. */
static size_t past_agreed_adjunct(const dmi_article_t *a, size_t u)
{
    static const char *const words[] = {"in",   "on",        "at",   "last",  "this", "early",
                                        "late", "principle", "week", "month", "year", NULL};
    size_t v = u;
    while (v < u + 4 && v < a->token_count && a->tokens[v].sentence == a->tokens[u].sentence &&
           (a->tokens[v].flags & DMI_TOK_WORD)) {
        size_t n = dmi_tok_len(a, v);
        int manner = n > 4 && g_ascii_strncasecmp(dmi_tok_text(a, v) + n - 2, "ly", 2) == 0;
        int date = (a->tokens[v].flags & DMI_TOK_NUM) ||
                   ((a->tokens[v].flags & DMI_TOK_CAP) && v > u && !(a->tokens[v].flags & DMI_TOK_SENT_START));
        if (!manner && !date && dmi_tok_in(a, v, words) < 0)
            break;
        v++;
    }
    /* "agreed on a plan": "on" itself is the preposition, no adjunct */
    while (v > u && (dmi_tok_is(a, v - 1, "on") || dmi_tok_is(a, v - 1, "in")))
        v--;
    return v;
}

/* "agreed" at t settles terms: "agreed to a/an/the NOUN", "agreed on a
 * NOUN" of terms (rules/agreed_things.txt), "agreed to sign" (or ratify,
 * reschedule: the terms are settled, the act follows), "agreed with
 * (the) NAME ... to VERB" (a party named, within five words, same
 * sentence), each with a date or a manner between ("agreed in 1999 to an
 * arrangement"); or a participle after a noun of terms ("the plan agreed
 * by the delegates"). Not "agreed to meet", "agreed that". */
static int agreed_on(const dmi_article_t *a, size_t t)
{
    static const char *const dets[] = {"a", "an", "the", NULL};
    /* "agreed to sign", "agreed to restore ties": terms settled
     * (rules/agreed_to_verbs.txt) */
    static const char *const settled_by_list[] = {
#include "rules/agreed_to_verbs.inc"
        NULL};
    static dmi_word_set_t settled_by = DMI_WORD_SET(settled_by_list);
    static const char *const participle_after[] = {"by", "at", "between", NULL};
    if (t + 2 >= a->token_count || a->tokens[t + 2].sentence != a->tokens[t].sentence)
        return 0;
    if (t > 0 && a->tokens[t - 1].sentence == a->tokens[t].sentence && dmi_tok_in_set(a, t - 1, &agreed_things) >= 0 &&
        dmi_tok_in(a, t + 1, participle_after) >= 0)
        return 1;
    size_t u = past_agreed_adjunct(a, t + 1);
    if (u + 1 >= a->token_count || a->tokens[u + 1].sentence != a->tokens[t].sentence)
        return 0;
    if (dmi_tok_is(a, u, "to"))
        return dmi_tok_in(a, u + 1, dets) >= 0 || dmi_tok_in_set(a, u + 1, &settled_by) >= 0;
    if (dmi_tok_is(a, u, "on")) {
        if (dmi_tok_in(a, u + 1, dets) < 0)
            return 0;
        for (size_t v = u + 2; v < u + 5 && v < a->token_count && a->tokens[v].sentence == a->tokens[t].sentence; v++)
            if (dmi_tok_in_set(a, v, &agreed_things) >= 0)
                return 1;
        return 0;
    }
    if (!dmi_tok_is(a, u, "with"))
        return 0;
    size_t name = dmi_tok_is(a, u + 1, "the") ? u + 2 : u + 1; /* "agreed with the United States to" */
    if (name >= a->token_count || !(a->tokens[name].flags & DMI_TOK_CAP))
        return 0;
    for (size_t v = name + 1; v < name + 6 && v < a->token_count && a->tokens[v].sentence == a->tokens[t].sentence;
         v++) {
        if (dmi_tok_punct_any(a, v))
            return 0;
        if (dmi_tok_is(a, v, "to"))
            return 1;
    }
    return 0;
}

/* "called for talks", "calls on Oslo to act", "called the envoy a spy",
 * "called the ruling ``absurd'': a demand or a naming, not a telephone
 * call. A naming has its object then "a"/"an" or a quotation within a few
 * words, before any other punctuation. */
static int call_not_phoned(const dmi_article_t *a, size_t t)
{
    static const char *const asks[] = {"for", "on", "upon", "off", "up", "out", NULL};
    if (!dmi_tok_is(a, t, "called") && !dmi_tok_is(a, t, "calls") && !dmi_tok_is(a, t, "call"))
        return 0;
    if (dmi_tok_in(a, t + 1, asks) >= 0)
        return 1;
    /* "for details, call Ana at 555-0199": a number to ring, no call made. */
    for (size_t u = t + 1; u < a->token_count && u < t + 7 && a->tokens[u].sentence == a->tokens[t].sentence; u++) {
        const char *s = dmi_tok_text(a, u);
        size_t n = dmi_tok_len(a, u), digits = 0;
        for (size_t k = 0; k < n; k++)
            digits += g_ascii_isdigit(s[k]) != 0;
        if (digits >= 7)
            return 1;
    }
    for (size_t u = t + 2; u < a->token_count && u < t + 7 && a->tokens[u].sentence == a->tokens[t].sentence;
         u++) {
        const char *s = dmi_tok_text(a, u);
        if (!(a->tokens[u].flags & DMI_TOK_WORD)) {
            /* quotation marks: ` " ' and the curly ones (U+201C, U+2018) */
            return s[0] == '`' || s[0] == '"' || s[0] == '\'' || strncmp(s, "\xe2\x80\x9c", 3) == 0 ||
                   strncmp(s, "\xe2\x80\x98", 3) == 0;
        }
        if (dmi_tok_is(a, u, "a") || dmi_tok_is(a, u, "an"))
            return 1;
    }
    return 0;
}

/* The verbs of talk a medium carries (rules/medium_talk_verbs.txt). */
static const char *const medium_talk_verbs_list[] = {
#include "rules/medium_talk_verbs.inc"
    NULL};
static dmi_word_set_t medium_talk_verbs = DMI_WORD_SET(medium_talk_verbs_list);

/* "appeared before the judge via videoconference", "ask for a pill by text
 * message", "declined to comment when reached by phone": a letter or call
 * word after "by"/"via" (one lower-case modifier between at most, no
 * determiner) tells how another act was done, no letter or call of its
 * own, unless a verb of talk comes before it in the clause ("had spoken
 * by phone", "informed him by letter"). */
/* Remarks given to the press by phone: "told reporters by telephone",
 * "told Reuters by phone", "told the agency by phone from Bergen", ",
 * speaking by telephone from Bergen, said": the wire's attribution of
 * what was said (the annotation guide: ordinary attributions of speech
 * are no event), no call between two parties. The talk verb at v is
 * "told" whose object (the words up to "by"/"via" at by) is the press,
 * or any object when the medium is followed by "from" (where the speaker
 * was, which a wire tells of its source); or "speaking"/"talking" with
 * no "with"/"to" after the medium in its clause ("speaking by phone with
 * the premier" is a call). Not "told the premier by phone that" (a
 * call told by its content). */
static int press_by_phone(const dmi_article_t *a, size_t v, size_t by, size_t t)
{
    static const char *const press[] = {"reporters", "journalists", "the", "a", "agency", "newspaper",
                                        "us", "correspondents", NULL};
    size_t sent = a->tokens[t].sentence;
    int from = t + 1 < a->token_count && a->tokens[t + 1].sentence == sent && dmi_tok_is(a, t + 1, "from");
    if (dmi_tok_is(a, v, "told")) {
        if (from)
            return 1;
        if (v + 1 >= by)
            return 0;
        for (size_t u = v + 1; u < by; u++)
            if (dmi_tok_in(a, u, press) < 0 && !dmi_tok_in_set_cs(a, u, &dmi_agencies) &&
                dmi_tok_in_set(a, u, &dmi_media_words) < 0)
                return 0;
        return 1;
    }
    if (dmi_tok_is(a, v, "speaking") || dmi_tok_is(a, v, "talking")) {
        for (size_t u = t + 1; u < a->token_count && a->tokens[u].sentence == sent && u < t + 8; u++) {
            if (dmi_tok_punct_any(a, u))
                break;
            if (dmi_tok_is(a, u, "with") || dmi_tok_is(a, u, "to"))
                return 0;
        }
        return 1;
    }
    return 0;
}

static int medium_of_other_act(const dmi_article_t *a, size_t t)
{
    size_t by = SIZE_MAX;
    if (t >= 1 && (dmi_tok_is(a, t - 1, "by") || dmi_tok_is(a, t - 1, "via")))
        by = t - 1;
    else if (t >= 2 && (dmi_tok_is(a, t - 2, "by") || dmi_tok_is(a, t - 2, "via")) && dmi_tok_word(a, t - 1) &&
             !(a->tokens[t - 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER | DMI_TOK_NUM)) && !dmi_tok_is(a, t - 1, "a") &&
             !dmi_tok_is(a, t - 1, "an") && !dmi_tok_is(a, t - 1, "the"))
        by = t - 2;
    if (by == SIZE_MAX || a->tokens[by].sentence != a->tokens[t].sentence)
        return 0;
    for (size_t u = by; u > 0 && u + 6 > by; u--) {
        size_t v = u - 1;
        if (a->tokens[v].sentence != a->tokens[t].sentence || dmi_tok_punct_any(a, v))
            break;
        if (dmi_tok_word(a, v) && dmi_tok_in_set(a, v, &medium_talk_verbs) >= 0)
            return press_by_phone(a, v, by, t);
    }
    return 1;
}

/* "$1 billion in missiles", "$5 million worth of drones": a weapon word
 * after an amount of money and "in"/"of" names goods bought or sold, no
 * firing. */
static int money_goods(const dmi_article_t *a, size_t t)
{
    static const char *const amounts[] = {"million", "billion", "trillion", "millions", "billions",
                                          "dollars", "euros",   "pounds",   NULL};
    if (t < 2 || a->tokens[t - 2].sentence != a->tokens[t].sentence)
        return 0;
    size_t u = t - 1;
    if (dmi_tok_is(a, u, "of") && dmi_tok_is(a, u - 1, "worth"))
        u--;
    else if (!dmi_tok_is(a, u, "in") && !dmi_tok_is(a, u, "of"))
        return 0;
    return u >= 1 && a->tokens[u - 1].sentence == a->tokens[t].sentence && dmi_tok_in(a, u - 1, amounts) >= 0;
}

static int held_state(const dmi_article_t *a, size_t t)
{
    static const char *const present[] = {"are", "is", "remain", "remains", "still", NULL};
    if (!dmi_tok_is(a, t, "detained") && !dmi_tok_is(a, t, "seized"))
        return 0;
    size_t b = t;
    size_t n = b > 0 ? dmi_tok_len(a, b - 1) : 0;
    if (n > 3 && g_ascii_strncasecmp(dmi_tok_text(a, b - 1) + n - 2, "ly", 2) == 0)
        b--;  /* "wrongfully" */
    return b > 0 && dmi_tok_in(a, b - 1, present) >= 0;
}

/* "TRIGGER OBJECT" pairs (rules/other_senses.txt): the trigger in another
 * sense, told by the word it governs ("met the criteria", "gather
 * evidence", "a phone interview"). */
static const char *const other_senses[] = {
#include "rules/other_senses.inc"
    NULL};

static int other_sense(const dmi_article_t *a, size_t t)
{
    static const char *const stops[] = {"to", "with", "in", "on", "at", "for", "of", "from", "and", "or", NULL};
    /* Token t is the pair's first word: its letters in any case, then the
     * space (a token holds none). Runs for every trigger word: no copy. */
    size_t n = dmi_tok_len(a, t);
    for (size_t i = 0; other_senses[i]; i++) {
        if (n >= 32 || g_ascii_strncasecmp(other_senses[i], dmi_tok_text(a, t), n) != 0 || other_senses[i][n] != ' ')
            continue;
        const char *sp = other_senses[i] + n;
        /* "letter of credit": an object opening with "of " follows the
         * trigger right after its "of". */
        if (strncmp(sp + 1, "of ", 3) == 0) {
            if (t + 2 < a->token_count && a->tokens[t + 2].sentence == a->tokens[t].sentence &&
                dmi_tok_is(a, t + 1, "of") && dmi_tok_is(a, t + 2, sp + 4))
                return 1;
            continue;
        }
        for (size_t u = t + 1; u < t + 4 && u < a->token_count && a->tokens[u].sentence == a->tokens[t].sentence;
             u++) {
            if (!(a->tokens[u].flags & DMI_TOK_WORD) || dmi_tok_in(a, u, stops) >= 0)
                break;
            if (dmi_tok_is(a, u, sp + 1))
                return 1;
        }
    }
    return 0;
}

/* "the championship meet", "a dual meet record": the noun of a sports
 * contest (rules/contest_words.txt), not a meeting. */
static const char *const contest_words_list[] = {
#include "rules/contest_words.inc"
    NULL};
static dmi_word_set_t contest_words = DMI_WORD_SET(contest_words_list);

static int contest_meet(const dmi_article_t *a, size_t t)
{
    if (!dmi_tok_is(a, t, "meet") && !dmi_tok_is(a, t, "meets"))
        return 0;
    if (t > 0 && a->tokens[t - 1].sentence == a->tokens[t].sentence && dmi_tok_in_set(a, t - 1, &contest_words) >= 0)
        return 1;
    return t + 1 < a->token_count && a->tokens[t + 1].sentence == a->tokens[t].sentence &&
           (dmi_tok_is(a, t + 1, "record") || dmi_tok_is(a, t + 1, "results"));
}

static const char *const vaccine_words_list[] = {
#include "rules/vaccine_words.inc"
    NULL};
static dmi_word_set_t vaccine_words = DMI_WORD_SET(vaccine_words_list);

/* "a statement he signed", "a pass the president signed", "signed
 * legislation", "signed off on a sale": the thing signed
 * (rules/signed_things.txt, four words after the verb up to a preposition,
 * or four before it with no punctuation) is no agreement between parties. */
static const char *const signed_things_list[] = {
#include "rules/signed_things.inc"
    NULL};
static dmi_word_set_t signed_things = DMI_WORD_SET(signed_things_list);

static int signed_no_pact(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"signed", "sign", "signs", NULL};
    static const char *const stops[] = {"to", "with", "in", "on", "at", "for", "of", "from", "by", "and", "or",
                                        NULL};
    if (dmi_tok_in(a, t, verbs) < 0)
        return 0;
    if (t + 1 < a->token_count && a->tokens[t + 1].sentence == a->tokens[t].sentence &&
        (dmi_tok_is(a, t + 1, "off") || dmi_tok_is(a, t + 1, "up")))
        return 1;
    /* "they signed a statement", "both signed a joint statement": a
     * statement signed by two sides is their joint statement, an
     * agreement (one signer's statement is not). */
    static const char *const two_sides[] = {"they", "both", "jointly", "together", NULL};
    int by_two = t > 0 && a->tokens[t - 1].sentence == a->tokens[t].sentence && dmi_tok_in(a, t - 1, two_sides) >= 0;
    for (size_t u = t + 1; u < t + 5 && u < a->token_count && a->tokens[u].sentence == a->tokens[t].sentence; u++) {
        if (!dmi_tok_word(a, u) || dmi_tok_in(a, u, stops) >= 0)
            break;
        if (dmi_tok_is(a, u, "joint"))
            by_two = 1;
        if (dmi_tok_in_set(a, u, &signed_things) >= 0)
            return !(by_two && (dmi_tok_is(a, u, "statement") || dmi_tok_is(a, u, "statements")));
    }
    for (size_t u = t; u > 0 && u + 5 > t;) {
        u--;
        if (a->tokens[u].sentence != a->tokens[t].sentence || !dmi_tok_word(a, u))
            break;
        if (dmi_tok_in_set(a, u, &signed_things) >= 0)
            return 1;
    }
    return 0;
}

/* "met as teenagers", "first met her when both of them lived in the
 * capital": two people got to know each other (rules/acquaintance_words.txt,
 * within two words after "as", or five after "when"/"while"), no meeting
 * held; "met as the board", "met him when he was visiting" are meetings. */
static const char *const acquaintance_words_list[] = {
#include "rules/acquaintance_words.inc"
    NULL};
static dmi_word_set_t acquaintance_words = DMI_WORD_SET(acquaintance_words_list);

static int acquainted(const dmi_article_t *a, size_t t)
{
    if (!dmi_tok_is(a, t, "met"))
        return 0;
    for (size_t u = t + 1; u < t + 8 && u < a->token_count && a->tokens[u].sentence == a->tokens[t].sentence; u++) {
        if (dmi_tok_punct_any(a, u))
            return 0;
        size_t reach = dmi_tok_is(a, u, "as") ? 2 : dmi_tok_is(a, u, "when") || dmi_tok_is(a, u, "while") ? 5 : 0;
        if (!reach)
            continue;
        for (size_t v = u + 1; v <= u + reach && v < a->token_count && a->tokens[v].sentence == a->tokens[t].sentence &&
                               !dmi_tok_punct_any(a, v);
             v++)
            if (dmi_tok_in_set(a, v, &acquaintance_words) >= 0)
                return 1;
        return 0;
    }
    return 0;
}

/* "face the visitors in round two of the tournament", "the teams meet
 * in the basketball playoffs": a meeting or talks word in a clause with a
 * sports word (rules/sports_words.txt; to the punctuation on either side,
 * twelve words at most) names a game. */
static const char *const sports_words_list[] = {
#include "rules/sports_words.inc"
    NULL};
static dmi_word_set_t sports_words = DMI_WORD_SET(sports_words_list);

static int sports_clause(const dmi_article_t *a, size_t t)
{
    /* The window's ends first (flags only), then one lookup a word. Not
     * dmi_clause_end's clause, which runs past commas. */
    size_t from = t, to = t + 1;
    while (from > 0 && from + 11 > t && a->tokens[from - 1].sentence == a->tokens[t].sentence &&
           !dmi_tok_punct_any(a, from - 1))
        from--;
    while (to < a->token_count && to < t + 12 && a->tokens[to].sentence == a->tokens[t].sentence &&
           !dmi_tok_punct_any(a, to))
        to++;
    for (size_t u = from; u < to; u++)
        if (u != t && dmi_tok_in_set(a, u, &sports_words) >= 0)
            return 1;
    return 0;
}

/* Diplomatic acts as frames (rules/act_frames.txt, "KIND WORD"): a verb of
 * a diplomatic act names one only with its object ("reinstated its
 * ambassador", "pulled out of the trade pact", "the envoy is persona non
 * grata"); "reinstated the rule", "pulled out of the race" are none. One
 * indexed set for every kind. */
static const char *const act_lines[] = {
#include "rules/act_frames.inc"
    NULL};
static dmi_word_set_t act_words = DMI_WORD_SET(act_lines);

/* Token t is listed under kind. */
static int act_word_is(const dmi_article_t *a, size_t t, const char *kind)
{
    return listed_under(a, t, kind, &act_words);
}

/* An object of kind within eight words from token u on, in its sentence
 * and before any punctuation but a possessive ("recalled its ambassador",
 * "blacklisted 10 senior officials"). */
static int act_object_after(const dmi_article_t *a, size_t t, size_t u, const char *kind)
{
    for (size_t n = 0; n < 8 && u < a->token_count && dmi_tok_same_sentence(a, t, u); u++, n++) {
        if (dmi_tok_punct_any(a, u) && !(a->tokens[u].flags & DMI_TOK_POSS))
            return 0;
        if (act_word_is(a, u, kind))
            return 1;
    }
    return 0;
}

/* An object of kind within n words before token t, in its sentence ("the
 * second official of the embassy is persona non grata"). */
static int act_word_before(const dmi_article_t *a, size_t t, size_t n, const char *kind)
{
    for (size_t u = t; u > 0 && n > 0 && dmi_tok_same_sentence(a, u - 1, t); n--) {
        u--;
        if (act_word_is(a, u, kind))
            return 1;
    }
    return 0;
}

/* The first noun phrase after token u holds an object of kind: within
 * five words, before any punctuation, preposition, relative word or
 * participle ("freed the two detained sailors", "lifted the death
 * sentences"; not "released figures showing that its citizens ...", where
 * the thing released comes first). */
static int yield_object_after(const dmi_article_t *a, size_t t, size_t u, const char *kind)
{
    static const char *const ends[] = {"that", "which", "who",  "whom", "whose", "on",    "to",
                                       "for",  "from",  "with", "in",   "at",    "by",    "about",
                                       "as",   "of",    "after", "before", "over", "under", NULL};
    for (size_t n = 0; n < 5 && u < a->token_count && dmi_tok_same_sentence(a, t, u); u++, n++) {
        if (dmi_tok_punct_any(a, u) || dmi_tok_in(a, u, ends) >= 0)
            return 0;
        size_t len = dmi_tok_len(a, u);
        if (len > 4 && g_ascii_strncasecmp(dmi_tok_text(a, u) + len - 3, "ing", 3) == 0)
            return 0;
        if (act_word_is(a, u, kind))
            return 1;
    }
    return 0;
}

static const char *const yielding_kinds[] = {"held", "eased", "refuge", NULL};

int dmi_yielding_word(const dmi_article_t *a, size_t t)
{
    char kind[32];
    for (size_t k = 0; yielding_kinds[k]; k++) {
        g_snprintf(kind, sizeof kind, "act-%s", yielding_kinds[k]);
        if (act_word_is(a, t, kind))
            return 1;
    }
    return 0;
}

int dmi_act_word(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"act-envoy",   "act-official",   "act-pact",      "out-pact", "from-pact",
                                        "grata-envoy", "grata-official", "act-sanction", "announce-sanction", NULL};
    if (dmi_yielding_word(a, t))
        return 1;
    for (size_t k = 0; verbs[k]; k++)
        if (act_word_is(a, t, verbs[k]))
            return 1;
    return 0;
}

int dmi_act_government(const dmi_article_t *a, size_t t)
{
    return act_word_is(a, t, "government");
}

/* The verb that governs an act told by a noun or a complement, whose
 * state is the one that acts (thirty-seventh round, engineer acts37):
 * "declared" before "persona non grata" ("Japan declared the attaché
 * persona non grata"), within ten words and no punctuation between; a
 * verb of ordering or announcing right before "the expulsion of" ("Poland
 * ordered the immediate expulsion of"), at most two words between, none a
 * punctuation mark. NONE (the token count) when there is none. */
size_t dmi_act_governing_verb(const dmi_article_t *a, size_t first, size_t t)
{
    if (act_word_is(a, t, "grata-envoy")) {
        for (size_t u = t, n = 0; u > first && n < 10; n++) {
            u--;
            if (dmi_tok_punct_any(a, u))
                break;
            if (act_word_is(a, u, "declare"))
                return u;
        }
        return a->token_count;
    }
    if (!act_word_is(a, t, "order-noun"))
        return a->token_count;
    for (size_t u = t, n = 0; u > first && n < 3; n++) {
        u--;
        if (dmi_tok_punct_any(a, u) || dmi_tok_cap(a, u))
            break;
        if (act_word_is(a, u, "order"))
            return u;
    }
    return a->token_count;
}

/* "recalled" at t is remembering, no recall: "recalled that", "recalled
 * how", or a person as its subject right before it (a pronoun, an envoy's
 * or an office's noun: "the ambassador recalled his years in A") with no
 * envoy recalled after it. A state recalls its envoy; a firm recalls its
 * goods, which the precision audit counts as real happenings, so those
 * stay. */
static int recall_remembered(const dmi_article_t *a, size_t t)
{
    static const char *const clause[] = {"that", "how", "when", "being", "seeing", "meeting", "visiting", NULL};
    static const char *const persons[] = {"he", "she", "i", "we", "who", NULL};
    if (act_word_before(a, t, 3, "threat") || act_object_after(a, t, t + 1, "envoy"))
        return 0;
    if (t + 1 < a->token_count && dmi_tok_same_sentence(a, t, t + 1) && dmi_tok_in(a, t + 1, clause) >= 0)
        return 1;
    if (t == 0 || !dmi_tok_same_sentence(a, t - 1, t))
        return 0;
    size_t n = dmi_tok_len(a, t - 1);
    return dmi_tok_in(a, t - 1, persons) >= 0 || act_word_is(a, t - 1, "envoy") ||
           dmi_word_in_set(dmi_tok_text(a, t - 1), n, &dmi_role_nouns);
}

/* A verb of recalling an envoy ("recalled", "recalls", "summoned",
 * "called back") within ten words before t in its sentence. */
static int recalled_before(const dmi_article_t *a, size_t t)
{
    static const char *const recall[] = {"recalled", "recalls", "recall", "recalling", "summoned", "summons",
                                         "back", NULL};
    for (size_t u = t, n = 0; u > 0 && n < 10 && dmi_tok_same_sentence(a, u - 1, t); n++) {
        u--;
        if (dmi_tok_in(a, u, recall) >= 0)
            return 1;
    }
    return 0;
}

/* The act at t has its object and is told as done or to be done, not
 * threatened ("threatened to recall its envoy"). */
static int act_frame(const dmi_article_t *a, size_t t)
{
    if (act_word_before(a, t, 3, "threat"))
        return 0;
    static const char *const objects[] = {"envoy", "official", "pact", "sanction", NULL};
    char kind[32];
    for (size_t k = 0; objects[k]; k++) {
        g_snprintf(kind, sizeof kind, "act-%s", objects[k]);
        if (act_word_is(a, t, kind) && act_object_after(a, t, t + 1, objects[k]))
            return 1;
        g_snprintf(kind, sizeof kind, "grata-%s", objects[k]);
        if (act_word_is(a, t, kind) && (act_word_before(a, t, 12, objects[k]) || act_word_before(a, t, 4, "declare")))
            return 1;
    }
    /* a state yielding: "freed the crew", "lifted the embargo", "granted
     * asylum" (the state itself is checked in events.c) */
    /* ("handed over the prisoners": the particle, then the object) */
    size_t from = t + 1 + (t + 1 < a->token_count && dmi_tok_is(a, t, "handed") && dmi_tok_is(a, t + 1, "over"));
    for (size_t k = 0; yielding_kinds[k]; k++) {
        g_snprintf(kind, sizeof kind, "act-%s", yielding_kinds[k]);
        if (act_word_is(a, t, kind) && yield_object_after(a, t, from, yielding_kinds[k]))
            return 1;
    }
    /* "pulled out of the pact", "withdrew from the treaty" */
    if (act_word_is(a, t, "out-pact") && t + 1 < a->token_count && dmi_tok_is(a, t + 1, "out") &&
        act_object_after(a, t, t + 2, "pact"))
        return 1;
    if (act_word_is(a, t, "from-pact") && t + 1 < a->token_count && dmi_tok_is(a, t + 1, "from") &&
        act_object_after(a, t, t + 2, "pact"))
        return 1;
    return 0;
}

static const dmi_trigger_t *trigger_word_at(const dmi_article_t *a, size_t t, int any_case);

static const char *const gathering_people_list[] = {
#include "rules/gathering_people.inc"
    NULL};
static dmi_word_set_t gathering_people = DMI_WORD_SET(gathering_people_list);

/* "conference organizers report", "summit delegates said": the gathering
 * noun modifies the people after it (rules/gathering_people.txt). */
static int gathering_people_at(const dmi_article_t *a, size_t t)
{
    return t + 1 < a->token_count && a->tokens[t + 1].sentence == a->tokens[t].sentence && dmi_tok_word(a, t + 1) &&
           dmi_tok_in_set(a, t + 1, &gathering_people) >= 0;
}

/* "Visit Ostrava said ...", "Meeting Point, a charity, ...", "Summit
 * Partners bought ...": a capitalised trigger opening a sentence, with more
 * capitalised words after it, opens a name (a tourist board, a charity, a
 * fund) or an order ("Visit Ostrava!"), no event; a capital inside a
 * sentence is never a trigger. A participle may still open a clause
 * ("Meeting Lutz in Oslo, the king ..."), so an -ing form is a name only
 * when an apposition ("..., a charity") or the sentence's verb ("... said",
 * "... opened", rules/speech_verbs.txt or a word in -ed) follows the
 * capitalised words. Weekdays and months are no part of a name ("Talks
 * Monday in Oslo ended ..."). */
static int name_opened(const dmi_article_t *a, size_t t)
{
    if (!(a->tokens[t].flags & DMI_TOK_SENT_START) || !dmi_tok_same_sentence(a, t, t + 1))
        return 0;
    size_t u = t + 1;
    while (dmi_tok_cap(a, u) && dmi_tok_same_sentence(a, t, u) && !(a->tokens[u].flags & DMI_TOK_SENT_START) &&
           !dmi_weekday_of(dmi_tok_text(a, u), dmi_tok_len(a, u)) && !dmi_month_of(dmi_tok_text(a, u), dmi_tok_len(a, u)))
        u++;
    if (u == t + 1)
        return 0;
    if (!dmi_tok_ing(a, t))
        return 1;
    if (!dmi_tok_same_sentence(a, t, u))
        return 0;
    if (dmi_tok_punct(a, u, ',') && (dmi_tok_eq(a, u + 1, "a") || dmi_tok_eq(a, u + 1, "an")))
        return 1;
    if (!dmi_tok_word(a, u) || dmi_tok_cap(a, u))
        return 0;
    size_t n = dmi_tok_len(a, u);
    return dmi_tok_in_set_cs(a, u, &dmi_speech_verbs) || (n > 4 && !memcmp(dmi_tok_text(a, u) + n - 2, "ed", 2));
}

/* A token read and found to be no trigger, told apart from one not read. */
static const dmi_trigger_t no_trigger;

const dmi_trigger_t *dmi_trigger_at(const dmi_article_t *a, size_t t)
{
    /* The answer depends on the tokens alone, which never change after
     * tokenising, and the date and clause scans ask it of every token many
     * times over: kept per token. */
    const dmi_trigger_t **memo = a->trigger_memo && t < a->token_count ? &a->trigger_memo[t] : NULL;
    if (memo && *memo)
        return *memo == &no_trigger ? NULL : *memo;
    const dmi_trigger_t *tr = NULL;
    if (!(dmi_tok_word(a, t) && (a->tokens[t].flags & DMI_TOK_CAP) && name_opened(a, t)))
        tr = trigger_word_at(a, t, 0);
    if (memo)
        *memo = tr ? tr : &no_trigger;
    return tr;
}

/* In a headline written in capitals or title case ("X HOLDS TALKS WITH Y
 * IN Z", "X Holds Talks With Y"), a capital says nothing of a name. */
const dmi_trigger_t *dmi_headline_trigger_at(const dmi_article_t *a, size_t t)
{
    return trigger_word_at(a, t, 1);
}

/* "received the Peruvian foreign minister", "receives President X", "was
 * received by the king", "welcomed Mendez to Lima": a host receiving a
 * visitor. Not "received a call", "received assurances", "welcomed the
 * decision", "welcomed the failure of the talks", "welcomed Chile's offer":
 * the thing received or welcomed is no person (a reaction, no meeting). */
/* The participle at t is a passive ("was received", "were warmly
 * welcomed") and, past a place and a date ("in Beijing", "at the palace",
 * "on Monday", "in 2006", commas), "by" and the host follow: the visitor is
 * the subject (thirty-ninth round, issue 14: left by the thirty-eighth
 * round's history grid; "was received in C by Y" made no event). Any other
 * word between stops it ("was received in good order by"). */
static int passive_host_after(const dmi_article_t *a, size_t t)
{
    static const char *const manners[] = {"warmly", "cordially", "formally", "officially", "personally", NULL};
    static const char *const preps[] = {"in", "at", "on", NULL};
    size_t b = t;
    if (b > 0 && dmi_tok_in(a, b - 1, manners) >= 0)
        b--;
    if (!(b > 0 && (dmi_tok_is(a, b - 1, "was") || dmi_tok_is(a, b - 1, "were"))))
        return 0;
    /* the one received is a person or a party: a name, a title, a role
     * ("the letter was received in Oslo by the embassy" is none) */
    static const char *const parties[] = {"he",      "she",       "they",      "delegation", "delegations",
                                          "visitor", "visitors",  "guest",     "guests",     "team",
                                          "leaders", "presidents", "ministers", "envoys",    "delegates",
                                          NULL};
    size_t s = b - 1;
    if (s > 0 && dmi_tok_same_sentence(a, s - 1, s) && dmi_tok_word(a, s - 1) && !dmi_tok_cap(a, s - 1) &&
        dmi_tok_in(a, s - 1, parties) < 0 && !dmi_tok_in_set_cs(a, s - 1, &dmi_role_nouns) &&
        dmi_tok_in_set(a, s - 1, &dmi_person_titles) < 0)
        return 0;
    size_t u = t + 1;
    if (dmi_tok_in(a, u, preps) < 0)
        return 0;
    for (size_t n = 0; n < 12 && dmi_tok_same_sentence(a, t, u); n++, u++) {
        if (dmi_tok_is(a, u, "by"))
            return dmi_tok_cap(a, u + 1) || dmi_tok_is(a, u + 1, "the") || dmi_tok_is(a, u + 1, "his") ||
                   dmi_tok_is(a, u + 1, "her") || dmi_tok_is(a, u + 1, "their");
        if (dmi_tok_punct(a, u, ','))
            continue;
        if (!dmi_tok_word(a, u))
            return 0;
        /* a place's or a day's words: capitalised, numbers, "the", the
         * prepositions that lead them */
        if (dmi_tok_cap(a, u) || (a->tokens[u].flags & DMI_TOK_NUM) || dmi_tok_in(a, u, preps) >= 0 ||
            dmi_tok_is(a, u, "the") || dmi_tok_is(a, u, "of"))
            continue;
        return 0;
    }
    return 0;
}

static int received_person(const dmi_article_t *a, size_t t)
{
    static const char *const dets[] = {"the", "his", "her", "their", "a", "an", "visiting", NULL};
    size_t u = t + 1;
    if (u >= a->token_count || a->tokens[u].sentence != a->tokens[t].sentence || !(a->tokens[u].flags & DMI_TOK_WORD))
        return 0;
    /* "was received by X": the passive tells the host after "by". */
    if (dmi_tok_is(a, u, "by"))
        return t > 0 && (dmi_tok_is(a, t - 1, "was") || dmi_tok_is(a, t - 1, "were")) && u + 1 < a->token_count &&
               (a->tokens[u + 1].flags & DMI_TOK_CAP || dmi_tok_is(a, u + 1, "the"));
    /* "was received in Hanoi by President X", "were welcomed at the Kremlin
     * on Monday by the president": the host's "by" after the place and day. */
    if (passive_host_after(a, t))
        return 1;
    /* "received visiting Kenyan President X": the visitor's demonym and
     * title, or name, follow the participle; read them as a named one. */
    if (dmi_tok_is(a, u, "visiting") && u + 1 < a->token_count && a->tokens[u + 1].sentence == a->tokens[t].sentence &&
        (a->tokens[u + 1].flags & DMI_TOK_CAP) && (a->tokens[u + 1].flags & DMI_TOK_WORD))
        u++;
    if (a->tokens[u].flags & DMI_TOK_CAP) {
        if (dmi_month_of(dmi_tok_text(a, u), dmi_tok_len(a, u)) != 0)
            return 0;
        /* "Chile's offer", "President Rojas's plan": a named one's thing */
        for (size_t v = u; v < u + 5 && v < a->token_count && a->tokens[v].sentence == a->tokens[t].sentence; v++) {
            if (a->tokens[v].flags & DMI_TOK_POSS)
                return 0;
            if (!(a->tokens[v].flags & DMI_TOK_CAP) || !(a->tokens[v].flags & DMI_TOK_WORD))
                break;
        }
        return 1;
    }
    if (dmi_tok_in(a, u, dets) < 0)
        return 0;
    /* a role after the determiner and up to three adjectives or
     * demonyms ("the visiting Peruvian foreign minister") */
    for (size_t v = u + 1; v < u + 5 && v < a->token_count && a->tokens[v].sentence == a->tokens[t].sentence &&
                           (a->tokens[v].flags & DMI_TOK_WORD);
         v++) {
        if (a->tokens[v].flags & DMI_TOK_POSS)
            return 0;
        if (dmi_tok_in_set_cs(a, v, &dmi_role_nouns) || dmi_tok_is(a, v, "delegation") ||
            dmi_tok_is(a, v, "counterpart"))
            return 1;
    }
    return 0;
}

/* "reached" at t: a named place right after it and a titled person or a
 * delegation in its subject (back to the sentence's start, a clause opener
 * or a stop mark; at most 10 words). */
static int titled_reach(const dmi_article_t *a, size_t t)
{
    static const char *const openers[] = {"that", "which", "after", "before", "when", "as", "while", NULL};
    static const char *const bodies[] = {"delegation", "delegations", "he", "she", NULL};
    if (!(t + 1 < a->token_count && a->tokens[t + 1].sentence == a->tokens[t].sentence &&
          g_ascii_isupper(a->text[a->tokens[t + 1].start])))
        return 0;
    for (size_t u = t; u > 0 && u + 10 > t;) {
        u--;
        if (a->tokens[u].sentence != a->tokens[t].sentence || dmi_tok_in(a, u, openers) >= 0)
            break;
        if (dmi_tok_punct_any(a, u) && a->text[a->tokens[u].start] != ',')
            break;
        if (dmi_tok_in_set(a, u, &dmi_person_titles) >= 0 || dmi_tok_in(a, u, bodies) >= 0)
            return 1;
    }
    return 0;
}

/* "to welcome the decision", "will welcome President X": "welcome" as a
 * verb with its object right after it (a determiner or a name); not the
 * noun ("a warm welcome to", "a welcome ceremony for"). */
static int welcome_verb(const dmi_article_t *a, size_t t)
{
    static const char *const dets[] = {"the", "his", "her", "their", "its", "a", "an", "this", "these", NULL};
    if (!dmi_tok_is(a, t, "welcome") || t + 1 >= a->token_count || a->tokens[t + 1].sentence != a->tokens[t].sentence)
        return 0;
    if (t > 0 && a->tokens[t - 1].sentence == a->tokens[t].sentence && dmi_tok_in(a, t - 1, dets) >= 0)
        return 0;
    return dmi_tok_in(a, t + 1, dets) >= 0 || (a->tokens[t + 1].flags & DMI_TOK_CAP && dmi_tok_word(a, t + 1));
}

/* Words of "be" (and "get") before a participle: a passive. */
static const char *const passive_auxiliaries[] = {"be", "been", "being", "is", "are", "was", "were", "get", "got", NULL};

/* "held discussions with X", "had two days of discussions", "began
 * discussions": talks, told by a verb of holding within three words before
 * the noun, or "with" right after it; "discussions on the budget are
 * continuing" tells of no meeting of named sides. */
static int discussions_held(const dmi_article_t *a, size_t t)
{
    static const char *const holding[] = {"held", "hold", "holds", "holding", "had", "have", "has", "having",
                                          "began", "begin", "begins", "opened", "open", "opens", "resumed",
                                          "resume", "resumes", "concluded", NULL};
    if (t + 1 < a->token_count && a->tokens[t + 1].sentence == a->tokens[t].sentence && dmi_tok_is(a, t + 1, "with"))
        return 1;
    for (size_t u = t, n = 0; u > 0 && n < 3; n++) {
        u--;
        if (a->tokens[u].sentence != a->tokens[t].sentence || dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_in(a, u, holding) >= 0)
            return 1;
    }
    return 0;
}

/* "Ruritania announced new sanctions against ...": a measure a verb of
 * announcing names as its object is the act of imposing it (acts37 grid;
 * rules/act_frames.txt, kind announce-sanction). The measure within four
 * words after the verb, no punctuation, pronoun, modal or clause word
 * between ("announced that sanctions would follow", "announced it may
 * impose sanctions" are none), and no threat before the verb. */
int dmi_announced_measure(const dmi_article_t *a, size_t t)
{
    static const char *const stops[] = {"that", "to",    "it",   "they",  "he",    "she",    "we",   "would",
                                        "will", "may",   "might", "could", "should", "plans",  "plan", "no",
                                        "its",  "their", "if",   "whether", "more", "further", NULL};
    if (!act_word_is(a, t, "announce-sanction") || act_word_before(a, t, 3, "threat"))
        return 0;
    for (size_t u = t + 1; u < t + 5 && u < a->token_count && dmi_tok_same_sentence(a, t, u); u++) {
        if (!dmi_tok_word(a, u) || dmi_tok_in(a, u, stops) >= 0)
            return 0;
        if (act_word_is(a, u, "sanction"))
            return 1;
    }
    return 0;
}

/* "Speaking at the UN in C, X condemned ...": a verb of judging after a
 * sentence's opening "Speaking" phrase is the saying the participle
 * tells (acts37 grid); the participle's place and speaker are read as
 * for "said" (events.c). Alone ("Kenya condemned the bombing") it is none. */
static int speaking_judged(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"condemned", "denounced", "criticised", "criticized", "warned", "urged", NULL};
    if (dmi_tok_in(a, t, verbs) < 0)
        return 0;
    size_t first = a->sentences[a->tokens[t].sentence].first;
    if (!dmi_tok_is(a, first, "speaking") || t < first + 4)
        return 0;
    int comma = 0;
    for (size_t u = first + 1; u < t; u++)
        comma |= dmi_tok_punct(a, u, ',');
    return comma && t <= first + 24;
}

static const dmi_trigger_t *trigger_word_at(const dmi_article_t *a, size_t t, int any_case)
{
    static const dmi_trigger_t judged_saying = {"said", NULL, DM_EVENT_STATEMENT, 1, 0};
    static const dmi_trigger_t announced_act = {"announced", NULL, DM_EVENT_OTHER, 2, 0};
    if (!(a->tokens[t].flags & DMI_TOK_WORD) ||
        (!any_case && a->tokens[t].flags & DMI_TOK_CAP && !(a->tokens[t].flags & DMI_TOK_SENT_START)))
        return NULL;
    load_triggers();
    size_t len = dmi_tok_len(a, t);
    const char *text = dmi_tok_text(a, t);
    if (memchr(text, '\0', len))
        return NULL;
    if (dmi_announced_measure(a, t))
        return &announced_act;
    if (speaking_judged(a, t))
        return &judged_saying;
    for (size_t k = first_of_word(text, len); k < trigger_count; k++) {
        size_t i = by_word[k];
        if (!dmi_tok_is(a, t, triggers[i].word))
            break;   /* past the entries of this word */
        /* A two-word trigger ("news conference") needs its first word. */
        if (triggers[i].before && !(t > 0 && dmi_tok_is(a, t - 1, triggers[i].before)))
            continue;
        if (triggers[i].type == DM_EVENT_CALL && call_not_phoned(a, t))
            return NULL;
        if (other_sense(a, t) || contest_meet(a, t))
            return NULL;
        /* "reinstated its ambassador": an act only with its object. */
        if (triggers[i].type == DM_EVENT_OTHER && dmi_act_word(a, t) && !act_frame(a, t))
            return NULL;
        /* "the ambassador recalled his years in A" remembers (the grid37
         * grid); "recalled its ambassador" is a recall. */
        if (triggers[i].type == DM_EVENT_OTHER && dmi_tok_is(a, t, "recalled") && recall_remembered(a, t))
            return NULL;
        /* "recalled its ambassador for consultations": the recall's
         * purpose, home, no talks of their own. */
        if (dmi_tok_is(a, t, "consultations") && t > 0 && dmi_tok_is(a, t - 1, "for") && recalled_before(a, t))
            return NULL;
        if ((triggers[i].type == DM_EVENT_MEETING || triggers[i].type == DM_EVENT_TALKS) &&
            (acquainted(a, t) || sports_clause(a, t) || gathering_people_at(a, t)))
            return NULL;
        if (triggers[i].type == DM_EVENT_AGREEMENT && signed_no_pact(a, t))
            return NULL;
        /* "sat down with the minister": a meeting only with someone ("sat
         * down at the table" is none). */
        if (triggers[i].type == DM_EVENT_MEETING && dmi_tok_is(a, t, "down") &&
            !(t + 1 < a->token_count && dmi_tok_is(a, t + 1, "with") &&
                                          a->tokens[t + 1].sentence == a->tokens[t].sentence))
            return NULL;
        if (dmi_tok_is(a, t, "discussions") && !discussions_held(a, t))
            return NULL;
        /* "a flu shot", "booster shots": an injection (rules/vaccine_words.txt). */
        if ((dmi_tok_is(a, t, "shot") || dmi_tok_is(a, t, "shots")) && t > 0 &&
            a->tokens[t - 1].sentence == a->tokens[t].sentence && dmi_tok_in_set(a, t - 1, &vaccine_words) >= 0)
            return NULL;
        /* "reached by phone", "appeared via videoconference": a medium of
         * another act. */
        if ((triggers[i].type == DM_EVENT_CALL || triggers[i].type == DM_EVENT_LETTER) && medium_of_other_act(a, t))
            return NULL;
        /* "citizens who are wrongfully detained", "ships that remain
         * seized": a state that lasts, told in the present, is no event
         * ("were detained on Monday" is one). */
        if (triggers[i].type == DM_EVENT_INCIDENT && held_state(a, t))
            return NULL;
        /* "freedom of speech", "free speech": a right, not a speech given. */
        if (dmi_tok_is(a, t, "speech") && t > 0 && (dmi_tok_is(a, t - 1, "of") || dmi_tok_is(a, t - 1, "free")))
            return NULL;
        /* "the proposed summit": a participle before a noun is no proposal. */
        if (dmi_tok_is(a, t, "proposed") && t > 0 &&
            (dmi_tok_is(a, t - 1, "the") || dmi_tok_is(a, t - 1, "a") || dmi_tok_is(a, t - 1, "an")))
            return NULL;
        /* "agreed to a rescheduling", "agreed with Gabon to reschedule":
         * terms settled; not "agreed to meet", "agreed that". */
        if (dmi_tok_is(a, t, "agreed") && !agreed_on(a, t))
            return NULL;
        if ((dmi_tok_is(a, t, "received") || dmi_tok_is(a, t, "receives") || dmi_tok_is(a, t, "welcomed") ||
             dmi_tok_is(a, t, "welcomes") || dmi_tok_is(a, t, "greeted") || dmi_tok_is(a, t, "greets") ||
             welcome_verb(a, t)) &&
            !received_person(a, t))
            return NULL;
        /* "wrote to the president": a letter; "wrote that", "wrote in a
         * column", "wrote a book" are none. */
        if (dmi_tok_is(a, t, "wrote") && !(t + 1 < a->token_count && dmi_tok_is(a, t + 1, "to") &&
                                           a->tokens[t + 1].sentence == a->tokens[t].sentence))
            return NULL;
        /* "landed in Lagos", "touched down in Lagos": a trip only into a
         * named place right after "in" or "at" ("landed in hospital",
         * "landed a deal" are none). */
        if ((dmi_tok_is(a, t, "landed") || (dmi_tok_is(a, t, "down") && t > 0 && dmi_tok_is(a, t - 1, "touched"))) &&
            !(t + 2 < a->token_count && (dmi_tok_is(a, t + 1, "in") || dmi_tok_is(a, t + 1, "at")) &&
              a->tokens[t + 2].sentence == a->tokens[t].sentence &&
              g_ascii_isupper(a->text[a->tokens[t + 2].start])))
            return NULL;
        /* "reached Nairobi": a trip only when a titled person (or a
         * delegation) reaches a named place right after the verb; a virus,
         * a storm, troops or a figure ("reached 40 degrees", "reached an
         * agreement") reach without a visit. */
        if (dmi_tok_is(a, t, "reached") && !titled_reach(a, t))
            return NULL;
        /* "led a delegation to Hanoi": a delegation is a trip only toward a
         * named place right after "to" ("the delegation to the talks", "the
         * delegation said" are none). */
        if ((dmi_tok_is(a, t, "delegation") || dmi_tok_is(a, t, "delegations")) &&
            !(t + 2 < a->token_count && dmi_tok_is(a, t + 1, "to") &&
              a->tokens[t + 2].sentence == a->tokens[t].sentence && g_ascii_isupper(a->text[a->tokens[t + 2].start])))
            return NULL;
        /* "a tour of duty": a soldier's posting, no trip. */
        if (dmi_tok_is(a, t, "tour") && t + 2 < a->token_count && dmi_tok_is(a, t + 1, "of") &&
            dmi_tok_is(a, t + 2, "duty"))
            return NULL;
        /* "headed for Jordan", "will leave for Lima": setting out is a trip
         * only toward a named place ("left the talks" is none). */
        if (dmi_setting_out(a, t) && dmi_departure_for(a, t) == SIZE_MAX)
            return NULL;
        /* "drones were flown by the crews", "staff have been flown in",
         * "she was flown to a hospital": flown in the passive is a carrying
         * of its subject, no trip of a traveller ("had flown to Oslo" is). */
        if (dmi_tok_is(a, t, "flown") && t > 0 && a->tokens[t - 1].sentence == a->tokens[t].sentence &&
            dmi_tok_in(a, t - 1, passive_auxiliaries) >= 0)
            return NULL;
        /* "launched an appeal", "the group was launched in 1985": a launch
         * is an incident only of a weapon or a strike near it. */
        if ((dmi_tok_is(a, t, "launch") || dmi_tok_is(a, t, "launched") || dmi_tok_is(a, t, "launching")) &&
            !weapon_near(a, t))
            return NULL;
        /* "a stop in C", "after stops in A and B": a trip's stop only as a
         * noun of one (trip_stop). */
        if (triggers[i].type == DM_EVENT_VISIT && dmi_tok_in_set(a, t, &stop_nouns) >= 0 && !trip_stop(a, t))
            return NULL;
        /* "be": a trip only as a person's stay to come in a named place. */
        if (dmi_tok_is(a, t, "be") && !stay_ahead(a, t))
            return NULL;
        /* "threw his support behind": a throw is an incident only of
         * stones, eggs or bombs. */
        if ((dmi_tok_is(a, t, "threw") || dmi_tok_is(a, t, "thrown") || dmi_tok_is(a, t, "hurled")) &&
            !thrown_at(a, t))
            return NULL;
        /* "sales exploded": an explosion only of a bomb, a mine, a shell. */
        if (dmi_tok_is(a, t, "exploded") && !explosive_near(a, t))
            return NULL;
        /* "tested the waters": a test is an incident only of a weapon. */
        if (triggers[i].type == DM_EVENT_INCIDENT && g_str_has_prefix(triggers[i].word, "test") &&
            !dmi_weapon_test(a, t))
            return NULL;
        if (triggers[i].type == DM_EVENT_INCIDENT && money_goods(a, t))
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
const dmi_mention_t *dmi_mention_ending_at(const dmi_extraction_t *x, size_t t)
{
    for (size_t k = dmi_mention_lower(x, t > 6 ? t - 6 : 0); k < x->mention_count && x->mentions[k].first < t; k++)
        if (x->mentions[k].last == t)
            return &x->mentions[k];
    return NULL;
}

/* "the agreement", "this deal": a definite trigger refers back to an event
 * told before. */
int dmi_refers_back(const dmi_article_t *a, size_t t, size_t first)
{
    return t > first && (dmi_tok_is(a, t - 1, "the") || dmi_tok_is(a, t - 1, "this") || dmi_tok_is(a, t - 1, "that"));
}

/* A capitalised trigger that a place names: "the Singapore Summit", "the
 * Oslo Accords" (other capitalised triggers are parts of names: "Summit
 * County"). */
/* A meeting's own name told as held: "the Fisheries Summit held today",
 * "the Coastal Dialogue held on 11 April", "the Harbour Forum was held in
 * Oslo", "the Summit of the North to be held in May" (within seven
 * words, no punctuation between). */
static int named_meeting_held(const dmi_article_t *a, size_t t)
{
    static const char *const nouns[] = {"summit", "summits", "meeting", "meetings", "conference", "dialogue",
                                        "forum", NULL};
    if (dmi_tok_in(a, t, nouns) < 0)
        return 0;
    for (size_t u = t + 1; u < t + 8 && u < a->token_count && a->tokens[u].sentence == a->tokens[t].sentence; u++) {
        if (dmi_tok_punct_any(a, u) && !(a->tokens[u].flags & DMI_TOK_POSS))
            return 0;
        if (dmi_tok_is(a, u, "held"))
            return 1;
    }
    return 0;
}

/* A meeting's own name told as a gathering attended, gone to or hosted, and
 * placed or dated right after it: "will attend the Summit of the Andes in
 * Lima", "at the Harbour Forum in Oslo on Monday", "hosted the Fourth
 * Coastal Conference from June 2". A capitalised meeting noun is a name's
 * part ("the Summit Group", "the Pacific Forum secretariat") unless a verb
 * or a preposition of attending opens it and a place or a day closes it. */
static int named_meeting_attended(const dmi_extraction_t *x, size_t t)
{
    static const char *const nouns[] = {"Summit", "Conference", "Forum", "Dialogue", "Meeting", NULL};
    static const char *const openers[] = {"attend", "attends", "attended", "attending", "at", "to", "for",
                                          "host", "hosts", "hosted", "hosting", "join", "joins", "joined",
                                          "joining", "open", "opens", "opened", "opening", "address",
                                          "addressed", "addresses", "during", NULL};
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                           "eighth", "ninth", "tenth", "annual", NULL};
    const dmi_article_t *a = x->art;
    if (!dmi_tok_in_cs(a, t, nouns))
        return 0;
    size_t sent = a->tokens[t].sentence;
    size_t u = t;
    while (u > 0 && u + 6 > t && a->tokens[u - 1].sentence == sent && dmi_tok_cap(a, u - 1) &&
           !dmi_tok_is(a, u - 1, "the"))
        u--;
    if (u > 0 && a->tokens[u - 1].sentence == sent &&
        ((a->tokens[u - 1].flags & DMI_TOK_NUM) || dmi_tok_in(a, u - 1, ordinals) >= 0))
        u--;
    if (u < 2 || a->tokens[u - 2].sentence != sent || !dmi_tok_is(a, u - 1, "the") || dmi_tok_in(a, u - 2, openers) < 0)
        return 0;
    /* past "of the Andes" */
    size_t v = t + 1;
    if (v < a->token_count && dmi_tok_is(a, v, "of")) {
        v++;
        if (dmi_tok_is(a, v, "the"))
            v++;
        while (v < a->token_count && v < t + 8 && a->tokens[v].sentence == sent && dmi_tok_cap(a, v))
            v++;
    }
    if (v + 1 >= a->token_count || a->tokens[v + 1].sentence != sent)
        return 0;
    if (dmi_tok_is(a, v, "in")) {
        size_t w = dmi_tok_is(a, v + 1, "the") ? v + 2 : v + 1;
        size_t k = dmi_mention_lower(x, w);
        return k < x->mention_count && x->mentions[k].first == w && dmi_usable_mention(&x->mentions[k]);
    }
    if (dmi_tok_is(a, v, "on") || dmi_tok_is(a, v, "from")) {
        const char *s = dmi_tok_text(a, v + 1);
        size_t n = dmi_tok_len(a, v + 1);
        return dmi_month_of(s, n) || dmi_weekday_of(s, n) || (a->tokens[v + 1].flags & DMI_TOK_NUM);
    }
    return 0;
}

/* A pact's own name made by a verb ("concluded an Investment Incentive
 * Agreement", "signed the Coastal Fisheries Accord"): the capitalised words
 * back to a determiner, and a verb of making a pact before it. */
static int named_pact_made(const dmi_article_t *a, size_t t)
{
    static const char *const dets[] = {"a", "an", "the", NULL};
    static const char *const made[] = {"concluded", "signed",   "reached", "initialled", "initialed",
                                       "sealed",    "ratified", "struck",  "inked",      NULL};
    size_t u = t;
    while (u > 0 && u + 6 > t && (a->tokens[u - 1].flags & DMI_TOK_CAP) &&
           a->tokens[u - 1].sentence == a->tokens[t].sentence)
        u--;
    return u >= 2 && u < t && a->tokens[u - 2].sentence == a->tokens[t].sentence && dmi_tok_in(a, u - 1, dets) >= 0 &&
           dmi_tok_in(a, u - 2, made) >= 0;
}

const dmi_trigger_t *dmi_named_trigger(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!(a->tokens[t].flags & DMI_TOK_CAP) || (a->tokens[t].flags & DMI_TOK_SENT_START))
        return NULL;
    load_triggers();
    if (named_pact_made(a, t))
        for (size_t i = 0; i < trigger_count; i++)
            if (triggers[i].type == DM_EVENT_AGREEMENT && triggers[i].strength >= 2 && !triggers[i].before &&
                dmi_tok_is(a, t, triggers[i].word))
                return &triggers[i];
    /* ... or a local body's: "the Special Meeting of the Riverton City
     * Council" (dmi_body_town). */
    if (named_meeting_held(a, t) || named_meeting_attended(x, t) ||
        ((dmi_tok_is(a, t, "meeting") || dmi_tok_is(a, t, "session")) && dmi_body_town(x, t, t) != NONE))
        for (size_t i = 0; i < trigger_count; i++)
            if (strcmp(triggers[i].word, "summit") == 0)
                return &triggers[i];
    const dmi_mention_t *m = dmi_mention_ending_at(x, t);
    if (!m || x->places[m->place].kind == DM_PLACE_REGION)
        return NULL;
    for (size_t i = 0; i < trigger_count; i++)
        if (triggers[i].type != DM_EVENT_STATEMENT && triggers[i].strength >= 2 &&
            !triggers[i].before && dmi_tok_is(a, t, triggers[i].word))
            return &triggers[i];
    return NULL;
}

/* Up to n words before token t in its clause (stops at punctuation and at
 * a subordinator: "hopes faded after talks in Oslo failed" is
 * no wish for talks) hold one of words. */
static int word_before(const dmi_article_t *a, size_t t, size_t first, int n, const char *const *words)
{
    static const char *const subordinators[] = {"after", "following", "because", "since", "when", "while", NULL};
    for (size_t u = t; u > first && n > 0;) {
        u--;
        if (dmi_tok_punct_any(a, u) || dmi_tok_in(a, u, subordinators) >= 0)
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
 * "never signed". A dmi_trigger_negated event did not happen: it is not drawn. */
int dmi_trigger_negated(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const neg[] = {"no", "not", "never", "without", "nor", "neither", "cannot",
                                      "unable", "refusing", NULL};
    return word_before(a, t, first, 4, neg);
}

/* A habit, not an event: "citizens visiting the country annually", "meet
 * every year", "attacked the town in the past" (within six words after the
 * trigger, before punctuation); an adverb of frequency closing the clause
 * (rules/frequency_words.txt) within fifteen: "visited the office in the
 * capital weekly to ask". */
static const char *const frequency_list[] = {
#include "rules/frequency_words.inc"
    NULL};
static dmi_word_set_t frequency_words = DMI_WORD_SET(frequency_list);

static const char *const generic_predicates_list[] = {
#include "rules/generic_predicates.inc"
    NULL};
static dmi_word_set_t generic_predicates = DMI_WORD_SET(generic_predicates_list);

/* "clashes are frequent in X", "such visits have become rare": an event
 * noun at t whose predicate is an adjective of how often such things
 * happen (rules/generic_predicates.txt), after a form of "be", "remain"
 * or "become" and an adverb of degree at most. */
static int generic_predicate(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const verbs[] = {"is", "are", "was", "were", "remain", "remains", "remained", "become",
                                        "becomes", "became", NULL};
    static const char *const aux[] = {"have", "has", "had", NULL};
    static const char *const degree[] = {"very", "fairly", "relatively", "increasingly", "so", "quite", "still",
                                         "more", "less", "all", "too", NULL};
    size_t u = t + 1;
    if (u < last && dmi_tok_in(a, u, aux) >= 0)
        u++;
    if (u >= last || dmi_tok_in(a, u, verbs) < 0)
        return 0;
    u++;
    if (u < last && dmi_tok_in(a, u, degree) >= 0)
        u++;
    return u < last && dmi_tok_in_set(a, u, &generic_predicates) >= 0;
}

/* "Kenya has expelled diplomats before", "the two have met before": a
 * present perfect ("has"/"have", at most two words before the trigger)
 * whose clause ends with "before" tells an experience, no happening at a
 * time ("had met before" is the background of a past story, left as it
 * was). */
static int perfect_before(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const have[] = {"has", "have", "'ve", NULL};
    int perfect = 0;
    for (size_t u = t, n = 0; u > 0 && n < 3 && !perfect && dmi_tok_same_sentence(a, u - 1, t); n++) {
        u--;
        if (!dmi_tok_word(a, u))
            break;
        perfect = dmi_tok_in(a, u, have) >= 0;
    }
    if (!perfect)
        return 0;
    for (size_t u = t + 1; u < last && u < t + 12; u++) {
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_is(a, u, "before"))
            return u + 1 >= last || dmi_tok_punct_any(a, u + 1);
    }
    return 0;
}

static const char *const occasion_counts_list[] = {
#include "rules/occasion_counts.inc"
    NULL};
static dmi_word_set_t occasion_counts = DMI_WORD_SET(occasion_counts_list);

/* "met three times", "have twice visited", "held talks on several
 * occasions": a count of occasions (rules/occasion_counts.txt) just before
 * the trigger or within six words after it, before punctuation, sums up
 * happenings; told without a place of its own, it is no one happening at a
 * time. Unless the sentence goes on to tell one of them ("met twice,
 * including once last month in C", "most recently in C"). */
static int counted_occasions(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const alone[] = {"twice", "thrice", NULL};
    static const char *const heads[] = {"times", "occasions", NULL};
    static const char *const one_of_them[] = {"including", "once", "recently", "latest", "last", NULL};
    size_t count = SIZE_MAX;
    if (t > 0 && dmi_tok_same_sentence(a, t - 1, t) && dmi_tok_in(a, t - 1, alone) >= 0)
        count = t - 1;
    for (size_t u = t + 1; count == SIZE_MAX && u < last && u < t + 7 && !dmi_tok_punct_any(a, u); u++)
        if (dmi_tok_in(a, u, alone) >= 0 ||
            (dmi_tok_in(a, u, heads) >= 0 && u > t + 1 &&
             (dmi_tok_in_set(a, u - 1, &occasion_counts) >= 0 || g_ascii_isdigit(dmi_tok_text(a, u - 1)[0]))))
            count = u;
    if (count == SIZE_MAX)
        return 0;
    for (size_t u = count + 1; u < last; u++)
        if (dmi_tok_in(a, u, one_of_them) >= 0)
            return 0;
    /* "visited Cairo twice", "met three times in Seoul": the happenings'
     * own place is drawn (one marker for the series); only a count told
     * without one is left, so that no other sentence's place is lent to it. */
    for (size_t u = t + 1; u < last; u++)
        if ((a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
            (dmi_tok_is(a, u - 1, "in") || dmi_tok_is(a, u - 1, "at") || u == t + 1))
            return 0;
    return 1;
}

int dmi_trigger_habitual(const dmi_article_t *a, size_t t, size_t last)
{
    if (generic_predicate(a, t, last) || perfect_before(a, t, last) || counted_occasions(a, t, last))
        return 1;
    static const char *const every[] = {"every", "each", NULL};
    static const char *const spans[] = {"year", "month", "week", "summer", "winter", NULL};
    static const char *const habit[] = {"annually", "yearly", "regularly", "routinely", NULL};
    static const char *const function_words[] = {"to", "in", "at", "for", "with", "and", "or", "but", "since",
                                                 "until", "during", "throughout", "on", "from", "as", NULL};
    static const char *const clause_words[] = {"and", "but", "while", "who", "which", "that", "where", "when",
                                               "after", "before", "because", NULL};
    int far = 0;
    for (size_t u = t + 1; u < last && u < t + 16 && !dmi_tok_punct_any(a, u); u++) {
        /* "visited the office weekly to ask", "met him often"; not past a
         * clause of its own ("met him on Monday and visits often") */
        if (dmi_tok_in(a, u, clause_words) >= 0)
            far = 1;
        if (!far && dmi_tok_in_set(a, u, &frequency_words) >= 0 &&
            (u + 1 >= last || dmi_tok_punct_any(a, u + 1) || dmi_tok_in(a, u + 1, function_words) >= 0))
            return 1;
        if (u >= t + 7)
            continue;
        if (dmi_tok_in(a, u, habit) >= 0 || (dmi_tok_in(a, u, every) >= 0 && u + 1 < last &&
                                              dmi_tok_in(a, u + 1, spans) >= 0))
            return 1;
        /* "staged attacks on the city in the past" (not "in the past week") */
        if (dmi_tok_is(a, u, "in") && u + 2 < a->token_count && dmi_tok_is(a, u + 1, "the") &&
            dmi_tok_is(a, u + 2, "past") && (u + 3 >= last || dmi_tok_punct_any(a, u + 3)))
            return 1;
    }
    return 0;
}

/* A yes-or-no question tells no happening: "Will the two leaders meet in
 * A?", "Did the army strike B?" (the sentence opens with an auxiliary and
 * closes with a question mark). A question opening with a question word
 * ("Why did he visit A?") takes the event as given and is not one. */
int dmi_trigger_asked(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const aux[] = {"will", "would", "could", "can", "should", "shall", "may", "might", "did",
                                      "does", "do", "is", "are", "was", "were", "has", "have", "had", NULL};
    size_t f = first, l = last;
    while (f < l && !(a->tokens[f].flags & DMI_TOK_WORD))
        f++;
    while (l > f && (dmi_tok_punct(a, l - 1, '"') || dmi_tok_punct(a, l - 1, '\'')))
        l--;
    return f < l && l - 1 > f && dmi_tok_in(a, f, aux) >= 0 && dmi_tok_punct(a, l - 1, '?');
}

/* An earlier event named as a point in time: "since the accord",
 * "since the Lisbon summit", "since their last meeting" (the noun phrase
 * after "since" opens with a determiner and holds only names, possessives
 * and the adjectives of such phrases up to the trigger). It is background
 * to the news, not a happening of the report's day; one the phrase dates
 * ("since the 1990 accord") is left to its year. */
/* A date within eight words after the trigger at t, before punctuation:
 * "the summit in Bergen last month" (its clause dates it). */
static int dated_after(const dmi_article_t *a, size_t t)
{
    const dmi_date_t ref = {2000, 6, 15};
    dmi_date_t d;
    for (size_t u = t + 1; u < a->token_count && u < t + 9 && !dmi_tok_punct_any(a, u); u++)
        if (dmi_date_at(a, u, a->token_count, &ref, 0, DMI_TENSE_PAST, &d) > 0)
            return 1;
    return 0;
}

int dmi_trigger_since_named(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const det[] = {"the", "this", "that", "their", "its", "his", "her", "our", NULL};
    static const char *const adj[] = {"last", "first", "previous", "latest", "landmark", "historic", "peace",
                                      "trade", "border", "nuclear", "joint", "bilateral", "failed", NULL};
    int seen_det = 0;
    for (size_t u = t, n = 0; u > first && n < 6; n++) {
        u--;
        if (dmi_tok_is(a, u, "since"))
            return seen_det && u + 1 < t && dmi_tok_in(a, u + 1, det) >= 0 && !dated_after(a, t);
        if (dmi_tok_punct_any(a, u) || (a->tokens[u].flags & DMI_TOK_NUM))
            return 0;
        if (dmi_tok_in(a, u, det) >= 0)
            seen_det = 1;
        else if (!(a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_POSS)) && dmi_tok_in(a, u, adj) < 0)
            return 0;
    }
    return 0;
}

static const char *const denial_list[] = {
#include "rules/denial_words.inc"
    NULL};
static dmi_word_set_t denial_words = DMI_WORD_SET(denial_list);

/* A verb of denial (rules/denial_words.txt) at v, or one at most two words
 * before a noun of a report at v ("rejected media reports"). */
static int denial_before(const dmi_article_t *a, size_t v, size_t first)
{
    if (listed_under(a, v, "verb", &denial_words))
        return 1;
    if (!listed_under(a, v, "noun", &denial_words))
        return 0;
    for (size_t u = v, n = 0; u > first && n < 3; n++) {
        u--;
        if (!dmi_tok_word(a, u) || !dmi_tok_same_sentence(a, u, v))
            return 0;
        if (listed_under(a, u, "verb", &denial_words))
            return 1;
    }
    return 0;
}

/* A happening denied is not told: "denied that the envoys met in A",
 * "rejected reports that the ministers met", "dismissed reports of a
 * summit", "denied meeting the envoy" (the trigger in the clause "that"
 * opens, at most eight words on, or the noun after "reports of", or a
 * gerund right after the verb). Callers keep incidents (see the list). */
int dmi_trigger_denied(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const det[] = {"a", "an", "the", "any", NULL};
    if (t > first && dmi_tok_ing(a, t) && listed_under(a, t - 1, "verb", &denial_words))
        return 1;
    size_t u = t;
    if (u > first && dmi_tok_in(a, u - 1, det) >= 0)
        u--;
    if (u > first + 1 && dmi_tok_is(a, u - 1, "of") && denial_before(a, u - 2, first))
        return 1;
    for (size_t n = 0; u > first + 1 && n < 8; n++) {
        u--;
        if (!dmi_tok_word(a, u))
            return 0;
        if (dmi_tok_is(a, u, "that"))
            return denial_before(a, u - 1, first);
    }
    return 0;
}

/* A condition, not a plan: "if the two leaders meet in A", "unless they
 * hold talks" ("if" or "unless" at most five words before the trigger,
 * which is the clause's verb: right after a pronoun, an office or a plural
 * of one, or after "hold" or "sign"). A noun the condition is about ("if
 * the talks succeed", "if the planned visit goes ahead") is a plan still. */
int dmi_trigger_conditional(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const cond[] = {"if", "unless", NULL};
    static const char *const subjects[] = {"they", "he", "she", "we", "you", "i", "hold", "holds", "sign",
                                           "signs", "sides", "leaders", "countries", "governments", "officials",
                                           NULL};
    /* A counterfactual told by inversion: "Had the two presidents met in
     * A, ...", "Were the envoys to meet in A, ..." (the sentence opens
     * with "had" or "were" and no mark comes before the trigger). */
    static const char *const inverted[] = {"had", "were", NULL};
    for (size_t u = t; u > first;) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        /* not "Had it not been for the talks" (the talks did happen) */
        if ((a->tokens[u].flags & DMI_TOK_SENT_START) && dmi_tok_in(a, u, inverted) >= 0)
            return !(u + 2 < t && dmi_tok_is(a, u + 1, "it") && dmi_tok_is(a, u + 2, "not"));
    }
    if (t <= first + 1 || !word_before(a, t, first, 5, cond))
        return 0;
    /* "if the premier had visited A, ...": the past perfect of a
     * condition, the subject before "had". */
    if (t > first + 2 && dmi_tok_is(a, t - 1, "had"))
        t--;
    if (dmi_tok_in(a, t - 1, subjects) >= 0 || dmi_tok_in_set_cs(a, t - 1, &dmi_role_nouns) ||
        dmi_is_person_title(a, t - 1))
        return 1;
    /* "presidents", "ministers": a plural of an office */
    size_t n = dmi_tok_len(a, t - 1);
    return n >= 4 && dmi_tok_text(a, t - 1)[n - 1] == 's' &&
           dmi_word_in_set(dmi_tok_text(a, t - 1), n - 1, &dmi_role_nouns);
}

/* A meeting or a trip told as a habit by the words before it: "many
 * regularly travel home to visit", "making frequent visits", "set aside
 * an hour every day for callers to meet him", "leaders often meet". Kept
 * to the meeting family: "frequent clashes" may be the only word of real
 * fighting. */
static const char *const habit_adverbs_list[] = {
#include "rules/habit_adverbs.inc"
    NULL};

/* ... or by its predicate after it, in the present: "the bloc's summit
 * is usually held in A", "such visits are often made in May", "the
 * meeting usually takes place in A" (a habit adverb right after "is"/"are"
 * or right before "takes"/"take", within six words after the trigger and
 * before any mark). "The summit was usually held ..." is the past's habit,
 * left as it was. */
int dmi_trigger_habit_after(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const be[] = {"is", "are", NULL};
    static const char *const take[] = {"takes", "take", NULL};
    for (size_t u = t + 1; u + 1 < last && u < t + 7; u++) {
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_in(a, u, be) >= 0 && dmi_tok_in(a, u + 1, habit_adverbs_list) >= 0)
            return 1;
        if (dmi_tok_in(a, u, habit_adverbs_list) >= 0 && dmi_tok_in(a, u + 1, take) >= 0)
            return 1;
    }
    return 0;
}

int dmi_trigger_habit_before(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const every[] = {"every", "each", NULL};
    static const char *const spans[] = {"day", "days", "week", "weeks", "month", "months", "year", "years",
                                        "morning", "evening", "night", "weekend", "summer", "winter", NULL};
    if (word_before(a, t, first, 5, habit_adverbs_list))
        return 1;
    for (size_t u = t, n = 0; u > first + 1 && n < 6; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        if (dmi_tok_in(a, u, spans) >= 0 && dmi_tok_in(a, u - 1, every) >= 0)
            return 1;
    }
    return 0;
}

/* A kind of event named, no happening: "such" before the trigger, past at
 * most two lower-case modifiers ("denied allowing such drone flights",
 * "such high-level talks are rare") points back to a kind told before or
 * speaks of events in general. "such as" lists instances ("visits such as
 * the one to Oslo") and is no kind, nor is one ranked among its kind
 * ("the first such talks since May", rules/superlatives.txt). */
static const char *const ranking_list[] = {
#include "rules/superlatives.inc"
    NULL};
static dmi_word_set_t ranking_words = DMI_WORD_SET(ranking_list);

int dmi_trigger_kind_named(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const articles[] = {"the", "a", "an", NULL};
    for (size_t u = t, n = 0; u > first && n < 5; n++) {
        u--;
        /* "the first such talks", "a such" (rare), "the largest such
         * rally": one happening ranked among its kind, the event itself. */
        if (dmi_tok_is(a, u, "such"))
            return !dmi_tok_is(a, u + 1, "as") &&
                   !(u > first && (dmi_tok_in(a, u - 1, articles) >= 0 || dmi_tok_in_set(a, u - 1, &ranking_words) >= 0));
        if (dmi_tok_punct(a, u, '-'))
            continue;   /* "such high-level talks" */
        if (!dmi_tok_word(a, u) || (a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER | DMI_TOK_NUM | DMI_TOK_POSS)))
            return 0;
    }
    return 0;
}

/* A told work's plot, no happening of the news: "a sitcom about a family in
 * Ohio first broadcast in 1990", "the film tells the story of a nurse who
 * meets a soldier". A work's noun (rules/work_nouns.txt) and a word of plot
 * (rules/plot_words.txt) whose content opens with an indefinite ("a", "an",
 * a small number: characters, not the news's named people) make the rest of
 * the sentence the plot; "story" and "tale" need a verb of telling before
 * "the" (alone they are as often a news report), and "of" opens only
 * theirs. A plot told inside commas ("the minister, who wrote a novel about
 * a spy, met ...") ends at the next comma. */
static const char *const work_noun_list[] = {
#include "rules/work_nouns.inc"
    NULL};
static dmi_word_set_t work_nouns = DMI_WORD_SET(work_noun_list);
static const char *const plot_word_list[] = {
#include "rules/plot_words.inc"
    NULL};
static dmi_word_set_t plot_words = DMI_WORD_SET(plot_word_list);

int dmi_trigger_plot_told(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const openers[] = {"a", "an", "two", "three", "four", NULL};
    static const char *const telling[] = {"tell", "tells", "told", "telling", "retells", "retold", NULL};
    static const char *const tales[] = {"story", "tale", NULL};
    int comma_after = 0;
    for (size_t u = t; u > first && u + 40 > t;) {
        u--;
        if (dmi_tok_punct(a, u, ',') || dmi_tok_punct(a, u, ';') || dmi_tok_punct(a, u, ':'))
            comma_after = 1;
        if (dmi_tok_in_set(a, u, &work_nouns) < 0 || u + 2 >= t || dmi_tok_in_set(a, u + 1, &plot_words) < 0 ||
            dmi_tok_in(a, u + 2, openers) < 0)
            continue;
        int tale = dmi_tok_in(a, u, tales) >= 0;
        if (dmi_tok_is(a, u + 1, "of") && !tale)
            continue;
        if (tale && !(u >= first + 2 && dmi_tok_is(a, u - 1, "the") && dmi_tok_in(a, u - 2, telling) >= 0))
            continue;
        /* inside commas: the work's clause closes at the comma after it */
        int comma_before = 0;
        for (size_t v = first; v < u; v++)
            comma_before |= dmi_tok_punct(a, v, ',');
        return !(comma_before && comma_after);
    }
    return 0;
}

/* A letter shown or kept, no letter sent: an exhibition or a sale before it
 * in its sentence ("an exhibit of wartime papers, including a letter from
 * the general"), or an archive or a collection closing the phrase after
 * "from" or "in" after it ("a letter from the city's archives,"). Words of
 * rules/keeping_words.txt, "shown WORD" and "kept WORD". */
static const char *const keeping_list[] = {
#include "rules/keeping_words.inc"
    NULL};

static int keeping_word(const dmi_article_t *a, size_t u, const char *kind)
{
    size_t k = strlen(kind);
    for (size_t i = 0; keeping_list[i]; i++)
        if (strncmp(keeping_list[i], kind, k) == 0 && keeping_list[i][k] == ' ' &&
            dmi_tok_is(a, u, keeping_list[i] + k + 1))
            return 1;
    return 0;
}

int dmi_trigger_letter_kept(const dmi_article_t *a, size_t t, size_t first, size_t last)
{
    static const char *const function_words[] = {"to", "in", "at", "for", "with", "and", "or", "but", "of",
                                                 "on", "from", "as", "that", "which", NULL};
    for (size_t u = t, n = 0; u > first && n < 12; n++) {
        u--;
        if (keeping_word(a, u, "shown"))
            return 1;
    }
    size_t from = SIZE_MAX;
    for (size_t u = t + 1; u < last && u < t + 7 && !dmi_tok_punct_any(a, u); u++) {
        if (from == SIZE_MAX && (dmi_tok_is(a, u, "from") || dmi_tok_is(a, u, "in")))
            from = u;
        if (from != SIZE_MAX && u > from && keeping_word(a, u, "kept") &&
            (u + 1 >= last || dmi_tok_punct_any(a, u + 1) || dmi_tok_in(a, u + 1, function_words) >= 0))
            return 1;
    }
    return 0;
}

/* A hypothetical event: "could be signed", "if they meet", "may visit". */
int dmi_trigger_modal(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const mod[] = {"could", "would", "may", "might", "should", "can", "if", "unless",
                                      "whether", NULL};
    if (!word_before(a, t, first, 4, mod))
        return 0;
    /* "would have met": a condition of the past, no plan to come */
    for (size_t u = t; u > first && u + 4 > t;)
        if (dmi_past_conditional(a, --u, t + 1))
            return 0;
    return 1;
}

/* The trigger is the topic of talk, not an event: "to discuss the pact",
 * "discuss how the agreement will be monitored", "questions about the deal". */
int dmi_trigger_topic_of_talk(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const topic[] = {"discuss", "discussed", "discusses", "discussing", "discussion",
                                        "about", "regarding", "concerning", "debate", "debated", NULL};
    if (word_before(a, t, first, 3, topic))
        return 1;
    /* ... also past a name that qualifies the noun: "worry about the Buenos
     * Aires summit", "argued regarding the New Delhi talks". */
    size_t u = t;
    while (u > first + 1 && (a->tokens[u - 1].flags & DMI_TOK_WORD) && (a->tokens[u - 1].flags & DMI_TOK_CAP) &&
           !(a->tokens[u - 1].flags & DMI_TOK_SENT_START) && u + 4 > t)
        u--;
    return u < t && word_before(a, u, first, 2, topic);
}

/* An infinitive a verb of asking governs (rules/asking_verbs.txt), however
 * long its object: "asked the mayor to meet the director", "urged the
 * board to draft a plan and to meet the unions", "wants to visit", "called
 * on both sides to hold talks". The trigger's "to" (at most three words
 * before it) is the first "to" after the verb (within six words: the
 * object, no "and" in it) or continues that one's list ("and to meet");
 * no punctuation or clause opener between the verb and the trigger. The
 * forms of "call" ask only with "on", "upon" or "for" after them. */
static int asked_to(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const openers[] = {"that",    "who",   "which", "after", "before", "when", "while",
                                          "because", "since", "but",   "as",    "until",  NULL};
    static const char *const call[] = {"call", "calls", "called", "calling", NULL};
    static const char *const call_on[] = {"on", "upon", "for", NULL};
    /* "to meet", "to hold talks", "to attend a summit" */
    size_t inf = t;
    while (inf > first && inf + 4 > t && !dmi_tok_is(a, inf, "to") && !dmi_tok_punct_any(a, inf - 1))
        inf--;
    if (inf <= first || !dmi_tok_is(a, inf, "to"))
        return 0;
    /* "to the talks", "to his visit": a preposition's object, no infinitive */
    static const char *const determiners[] = {"the", "a",     "an",  "this", "that", "these", "those", "his",
                                              "her", "their", "its", "our",  "my",   "your",  NULL};
    if (inf + 1 < t && (dmi_tok_in(a, inf + 1, determiners) >= 0 || !dmi_tok_word(a, inf + 1) ||
                        (a->tokens[inf + 1].flags & DMI_TOK_NUM)))
        return 0;
    int listed = inf > first && (dmi_tok_is(a, inf - 1, "and") || dmi_tok_is(a, inf - 1, "or"));
    for (size_t v = inf; v > first && v + 40 > inf;) {
        v--;
        if (dmi_tok_punct_any(a, v) || dmi_tok_in(a, v, openers) >= 0)
            return 0;
        if (dmi_tok_in_set(a, v, &dmi_asking_verbs) < 0)
            continue;
        if (dmi_tok_in(a, v, call) >= 0 && (v + 1 >= inf || dmi_tok_in(a, v + 1, call_on) < 0))
            return 0;
        /* the object, no second verb joined by "and" ("asked for a
         * report and decided to meet" decides) */
        size_t w = v + 1;
        while (w < inf && w < v + 7 && !dmi_tok_is(a, w, "to") && !dmi_tok_is(a, w, "and") && !dmi_tok_is(a, w, "or"))
            w++;
        return w == inf || (listed && dmi_tok_is(a, w, "to"));
    }
    return 0;
}

/* Attacks in general, guarded against: "on alert against cyber attacks",
 * "shields against missile strikes" (a word of guarding, "against", at
 * most two lower-case modifiers, an incident noun in the plural). Not
 * attacks a determiner singles out ("protection against the attacks in C"),
 * nor those resisted ("fought against army attacks" tells of them). */
static int guarded_against(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const guard[] = {"alert",    "guard",     "guarded",    "protection", "protect",
                                        "protects", "protected", "shield",     "shields",    "defences",
                                        "defenses", "safeguard", "safeguards", "insurance",  "vigilant",
                                        "warned",   "warning",   "warnings",   "measures",   NULL};
    const dmi_trigger_t *tr = dmi_trigger_at(a, t);
    size_t n = dmi_tok_len(a, t);
    if (!tr || tr->type != DM_EVENT_INCIDENT || n < 2 || dmi_tok_text(a, t)[n - 1] != 's')
        return 0;
    for (size_t u = t; u > first && u + 4 > t;) {
        u--;
        if (dmi_tok_is(a, u, "against"))
            return u > first && dmi_tok_in(a, u - 1, guard) >= 0;
        if (!dmi_tok_word(a, u) || (a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER | DMI_TOK_NUM | DMI_TOK_POSS)) ||
            dmi_tok_is(a, u, "the") || dmi_tok_is(a, u, "these") || dmi_tok_is(a, u, "those") ||
            dmi_tok_is(a, u, "their") || dmi_tok_is(a, u, "its"))
            return 0;
    }
    return 0;
}

/* A wish or a capability, not an event: "to press for a deal", "urged
 * talks", "seeking a ceasefire", "the crossing that lets pilgrims travel". */
/* "called an emergency meeting", "called the special session to order":
 * a meeting convened, not asked for ("called for a meeting", "called on
 * them to meet" ask). Within four words before the meeting noun t, the
 * nearest word of the wish list is a form of "call" with its object right
 * after it (no "for", "on", "upon"). */
static int meeting_convened(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const call[] = {"calls", "called", NULL};
    static const char *const nouns[] = {"meeting", "meetings", "session", "summit", "conference", NULL};
    static const char *const call_on[] = {"for", "on", "upon", NULL};
    if (dmi_tok_in(a, t, nouns) < 0)
        return 0;
    for (size_t u = t, n = 0; u > first && n < 4; n++) {
        u--;
        if (!dmi_tok_word(a, u))
            return 0;
        if (dmi_tok_in(a, u, call) >= 0)
            return u + 1 < t && dmi_tok_in(a, u + 1, call_on) < 0 && !dmi_tok_is(a, u + 1, "off");
    }
    return 0;
}

/* "called off his visit", "calls off the talks" (within four words before
 * the trigger t): the event is cancelled, not asked for. */
static int called_off(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const call[] = {"call", "calls", "called", "calling", NULL};
    for (size_t u = t, n = 0; u > first + 1 && n < 4; n++) {
        u--;
        if (!dmi_tok_word(a, u))
            return 0;
        if (dmi_tok_is(a, u, "off") && dmi_tok_in(a, u - 1, call) >= 0)
            return 1;
    }
    return 0;
}

/* The trigger at t, in a clause that "that" at u opens, is a bare verb or
 * the noun of one: "that the envoy visit A", "that the sides hold talks",
 * "that talks be held" (the mandative subjunctive; not "visited",
 * "visits", "the visit", "meeting"). */
static int mandated(const dmi_article_t *a, size_t u, size_t t)
{
    static const char *const bare_heads[] = {"hold", "resume", "open", "start", "begin", "convene", "sign",
                                             "launch", "make", "pay", NULL};
    static const char *const non_verbs[] = {"the", "a", "an", "this", "that", "these", "those", "his", "her",
                                            "their", "its", "our", "my", "your", "any", "no", "of", "to", NULL};
    static const char *const irregular[] = {"met", "held", "spoke", "went", "came", "flew", "made", "struck", NULL};
    if (t + 1 < a->token_count && dmi_tok_is(a, t + 1, "be"))
        return 1;
    if (t <= u + 1 || dmi_tok_in(a, t - 1, non_verbs) >= 0 || (a->tokens[t - 1].flags & DMI_TOK_POSS))
        return 0;
    if (t > u + 2 && dmi_tok_in(a, t - 1, bare_heads) >= 0)
        return 1;
    const char *w = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    if (n < 3 || !(a->tokens[t].flags & DMI_TOK_WORD) || dmi_tok_in(a, t, irregular) >= 0)
        return 0;
    if (g_ascii_tolower(w[n - 1]) == 's' ||
        (g_ascii_tolower(w[n - 2]) == 'e' && g_ascii_tolower(w[n - 1]) == 'd') ||
        (n > 4 && g_ascii_strncasecmp(w + n - 3, "ing", 3) == 0))
        return 0;
    return 1;
}
/* The words from b up to e (an "and" joined them to an object before)
 * are a person or an office invited with the first ("and her foreign
 * minister", "and Rwandan President Ana Lutz"): no verb among them (no
 * lower-case word in -ed, no auxiliary or verb of intent). */
static int joined_guests(const dmi_article_t *a, size_t b, size_t e)
{
    static const char *const verbs[] = {"is", "are", "was", "were", "will", "would", "has", "have", "had", "plans",
                                        "plan", "hopes", "wants", "expects", "intends", "agrees", "promises",
                                        "vows", "said", "says", "set", "due", "going", "able", "is", "also",
                                        "then", "later", NULL};
    if (b >= e)
        return 0;
    for (size_t u = b; u < e; u++) {
        if (!dmi_tok_word(a, u))
            return 0;
        if (a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER))
            continue;
        size_t len = a->tokens[u].end - a->tokens[u].start;
        if (dmi_tok_in(a, u, verbs) >= 0 || (len > 3 && strncmp(a->text + a->tokens[u].end - 2, "ed", 2) == 0))
            return 0;
    }
    return 1;
}


/* An event noun with no article or an indefinite one, the subject of a
 * modal whose verb is not its taking place: "talks in A could ease
 * tension", "a meeting between the two would help", "a summit in A would
 * be the first since the war", "any talks must include B": an analyst's
 * or a speaker's general claim, no event. "Talks could resume next week",
 * "a summit would be held in A" and "a meeting may take place" stay plans;
 * a day told between the noun and the modal, or "the talks", keep theirs. */
static int modal_subject(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const indefinite[] = {"a", "an", "any", "such", NULL};
    static const char *const openers[] = {"say", "says", "said", "believe", "believes", "think", "thinks",
                                          "argue", "argues", "warn", "warned", "that", NULL};
    static const char *const modals[] = {"could", "would", "might", "may", "must", "should", "can", NULL};
    static const char *const stops[] = {"is", "are", "was", "were", "has", "have", "had", "will", "and", "or",
                                        "which", "that", "who", "if", "when", "on", "last", "next", "this",
                                        NULL};
    static const char *const skips[] = {"not", "also", "only", "still", "never", "well", NULL};
    static const char *const happening[] = {"take", "happen", "occur", "go", "resume", "begin", "start", "open",
                                            "continue", "last", "follow", "come", "convene", "proceed", "get",
                                            "have", "be", NULL};
    int opened = t == first || (t > first && dmi_tok_in(a, t - 1, indefinite) >= 0) ||
                 (t > first && dmi_tok_in(a, t - 1, openers) >= 0) ||
                 (t > first + 1 && dmi_tok_in(a, t - 2, indefinite) >= 0 && dmi_tok_word(a, t - 1) &&
                  !(a->tokens[t - 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)));
    if (!opened || (t > first && (a->tokens[t - 1].flags & DMI_TOK_POSS)))
        return 0;
    for (size_t u = t + 1; u < a->token_count && u < t + 9; u++) {
        if (dmi_tok_punct_any(a, u) || dmi_tok_in(a, u, stops) >= 0)
            return 0;
        if (dmi_tok_in(a, u, modals) < 0)
            continue;
        size_t v = u + 1;
        if (v < a->token_count && dmi_tok_in(a, v, skips) >= 0)
            v++;
        if (v >= a->token_count || !dmi_tok_word(a, v))
            return 0;
        if (!dmi_tok_is(a, v, "be"))
            return dmi_tok_in(a, v, happening) < 0;
        /* "would be held", "could be signed": a plan; "would be the first",
         * "would be a step": a claim about it. */
        static const char *const claim_heads[] = {"the", "a", "an", "no", "too", "very", "difficult", "hard",
                                                  "useful", "welcome", "important", "unlikely", "likely",
                                                  "possible", NULL};
        return v + 1 < a->token_count && dmi_tok_in(a, v + 1, claim_heads) >= 0;
    }
    return 0;
}

/* A word of talk or rumour followed by "of"/"about"/"over" within four
 * words before t ("talk of a summit", "rumours about a visit"); "gave a
 * talk at the summit", "dismissed rumours and met" are no such thing. */
static int spoken_of(const dmi_article_t *a, size_t t, size_t first, const char *const *words)
{
    static const char *const about[] = {"of", "about", "over", NULL};
    for (size_t u = t, n = 0; u > first && n < 4;) {
        u--;
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (!dmi_tok_word(a, u))
            continue;
        if (dmi_tok_in(a, u, words) >= 0)
            return u + 1 < t && dmi_tok_in(a, u + 1, about) >= 0;
        n++;
    }
    return 0;
}

/* "yet to" just before the trigger or before "hold"/"pay"/"make" + it. */
static int yet_to(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const heads[] = {"hold", "pay", "make", "a", "an", NULL};
    size_t to = t;
    if (t > first + 1 && dmi_tok_is(a, t - 1, "to"))
        to = t - 1;
    else if (t > first + 2 && dmi_tok_is(a, t - 2, "to") && dmi_tok_in(a, t - 1, heads) >= 0)
        to = t - 2;
    return to != t && to > first && dmi_tok_is(a, to - 1, "yet");
}

/* A plan denied: "there are no plans for the king to visit A", "has no
 * plans to meet", "no immediate plan to hold talks", "has no intention of
 * visiting": "no" + at most one modifier + a plan noun, then "to", "for"
 * or "of", at most eight words before t with no mark between (so "no
 * plans were made, but the two met" keeps its meeting). */
static int no_plan(const dmi_article_t *a, size_t t, size_t first)
{
    static const char *const plan[] = {"plan", "plans", "intention", "intentions", NULL};
    static const char *const after[] = {"to", "for", "of", NULL};
    for (size_t u = t, n = 0; u > first + 1 && n < 8; n++) {
        u--;
        if (dmi_tok_punct_any(a, u) || dmi_tok_is(a, u, "but"))
            return 0;
        if (dmi_tok_in(a, u, plan) < 0 || u + 1 >= t || dmi_tok_in(a, u + 1, after) < 0)
            continue;
        return dmi_tok_is(a, u - 1, "no") || (u > first + 2 && dmi_tok_is(a, u - 2, "no") && dmi_tok_word(a, u - 1));
    }
    return 0;
}

/* A time word after t in its sentence: "next", "coming", "soon", a month,
 * a weekday, a number. */
static int time_after(const dmi_article_t *a, size_t t)
{
    static const char *const times[] = {"next", "coming", "soon", "later", "tomorrow", "week", "month", "year",
                                        "weeks", "months", "spring", "summer", "autumn", "winter", NULL};
    for (size_t u = t + 1; u < a->token_count && a->tokens[u].sentence == a->tokens[t].sentence; u++) {
        const char *s = dmi_tok_text(a, u);
        size_t n = dmi_tok_len(a, u);
        if (dmi_tok_in(a, u, times) >= 0 || dmi_month_of(s, n) || dmi_weekday_of(s, n) ||
            (n && g_ascii_isdigit(s[0])))
            return 1;
    }
    return 0;
}

/* "trade talks weighed on shares", "the summit in A lifted the rupee": a
 * meeting, talks or visit noun whose verb (at most four words on, no mark,
 * place or day between) is a market's move with a market or an asset at most three
 * words after it (rules/market_words.txt): a cause a wire names, no
 * happening told (the inv38 wire grid). */
static const char *const market_words_list[] = {
#include "rules/market_words.inc"
    NULL};
static dmi_word_set_t market_words = DMI_WORD_SET(market_words_list);

static int market_mover(const dmi_article_t *a, size_t t)
{
    /* "talks in A on Monday weighed on shares" are told with a place or a
     * day of their own: a happening, whatever it moved. */
    static const char *const placed[] = {"in", "at", "on", "last", "this", "next", "yesterday", "today", NULL};
    size_t sent = a->tokens[t].sentence;
    for (size_t v = t + 1; v < a->token_count && v <= t + 5 && a->tokens[v].sentence == sent; v++) {
        if (dmi_tok_punct_any(a, v) || dmi_tok_in(a, v, placed) >= 0 || (a->tokens[v].flags & DMI_TOK_NUM) ||
            dmi_weekday_of(dmi_tok_text(a, v), dmi_tok_len(a, v)) || dmi_month_of(dmi_tok_text(a, v), dmi_tok_len(a, v)))
            return 0;
        if (!listed_under(a, v, "verb", &market_words))
            continue;
        for (size_t u = v + 1; u < a->token_count && u <= v + 3 && a->tokens[u].sentence == sent; u++)
            if (listed_under(a, u, "noun", &market_words) || listed_under(a, u, "asset", &market_words))
                return 1;
        return 0;
    }
    return 0;
}

int dmi_trigger_desired(const dmi_article_t *a, size_t t, size_t first)
{
    if (modal_subject(a, t, first))
        return 1;
    static const char *const wish[] = {"press", "pressing", "pressed", "push", "pushing", "pushed", "seek",
                                       "seeking", "sought", "urge", "urged", "urging", "demand", "demanded",
                                       "demanding", "hopes", "hoping", "hope", "calls", "called", "willing",
                                       "ready", "lets", "allows",
                                       "allow", "allowing", "enables", "enable", "permits", "support",
                                       "supports", "supported", "supporting",
                                       /* averted, not happened: "to prevent rebels firing rockets" */
                                       "stop", "prevent", "preventing", "prevents", "deter", "avert", "avoid", NULL};
    if (word_before(a, t, first, 4, wish) && !meeting_convened(a, t, first) && !called_off(a, t, first))
        return 1;
    /* "is keen on a visit", "would like to hold talks", "the prospect of
     * a summit" (rules/wish_words.txt): wished or possible, not told. */
    static const char *const wish_words[] = {
#include "rules/wish_words.inc"
        NULL};
    if (word_before(a, t, first, 4, wish_words) && !meeting_convened(a, t, first) && !called_off(a, t, first))
        return 1;
    /* "talk of a summit", "rumours of a visit", "a possible meeting"
     * (rules/speculation_words.txt): spoken of, not told. */
    static const char *const speculation[] = {
#include "rules/speculation_words.inc"
        NULL};
    if (spoken_of(a, t, first, speculation) && !meeting_convened(a, t, first) && !called_off(a, t, first))
        return 1;
    static const char *const possible[] = {
#include "rules/possible_words.inc"
        NULL};
    if ((t > first && dmi_tok_in(a, t - 1, possible) >= 0) ||
        (t > first + 1 && dmi_tok_in(a, t - 2, possible) >= 0 && dmi_tok_word(a, t - 1) &&
         !dmi_tok_punct_any(a, t - 1)))
        return 1;
    /* "has yet to visit A", "have yet to hold talks": not happened, and no
     * plan told ("is yet to be signed", the trigger passive, is a plan,
     * read by dmi_status_of). */
    if (yet_to(a, t, first))
        return 1;
    if (no_plan(a, t, first))
        return 1;
    const dmi_trigger_t *moved = market_mover(a, t) ? dmi_trigger_at(a, t) : NULL;
    if (moved && (moved->type == DM_EVENT_MEETING || moved->type == DM_EVENT_TALKS || moved->type == DM_EVENT_VISIT))
        return 1;
    /* "looked forward to visiting A": a wish unless the sentence gives it a
     * time ("looks forward to visiting A next month" is a plan). */
    if (word_before(a, t, first, 4, (const char *const[]){"forward", NULL}) && !time_after(a, t))
        return 1;
    if (guarded_against(a, t, first))
        return 1;
    /* "offered talks" is a proposal; "offered a warm welcome to" is the
     * welcome itself, given. */
    static const char *const offered[] = {"offered", "offers", "offer", "offering", NULL};
    if (!dmi_tok_is(a, t, "welcome") && word_before(a, t, first, 4, offered))
        return 1;
    /* A capability or a chance to come: "farmers will then be able to
     * visit it", "race for an opportunity to travel"; not
     * one had or taken ("was able to meet", "had the chance to visit"). */
    static const char *const chance[] = {"able", "opportunity", "chance", NULL};
    static const char *const had[] = {"was", "were", "had", "has", "have", "got", "took", "seized", "used", NULL};
    for (size_t u = t, n = 0; u > first && n < 3; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        if (dmi_tok_in(a, u, chance) < 0)
            continue;
        if (dmi_tok_is(a, u, "able") ? u > first && dmi_tok_is(a, u - 1, "be")
                                     : !word_before(a, u, first, 2, had))
            return 1;
        break;
    }
    /* "an invitation by the king to visit Israel", "invited him to talks
     * in Oslo" (within five words): offered, an event only once accepted
     * ("accepted an invitation to visit"). */
    static const char *const invite[] = {"invitation", "invitations", "invited", "invite", "invites", "inviting",
                                         NULL};
    static const char *const accept[] = {"accepted", "accepts", "accept", "accepting", NULL};
    for (size_t u = t, n = 0; u > first && n < 5; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        if (dmi_tok_in(a, u, invite) >= 0)
            return !word_before(a, u, first, 5, accept);
    }
    /* The same with a longer object before an infinitive: "invited the
     * new prime minister to visit", "invited his counterpart, Anna Lutz,
     * to visit", "has been invited by the president to hold talks",
     * "extended an invitation to the premier to visit" (at most ten words
     * and commas back from "to"; a subordinator or another mark ends the
     * search, so "the invitation ... when the two met" keeps its meeting).
     * "accepted the president's invitation" is accepted (five words). */
    static const char *const inf_heads[] = {"hold", "a", "an", "the", "pay", "make", NULL};
    static const char *const subordinators[] = {"when", "while", "after", "before", "because", "but", "as", "who",
                                                "which", "that", "if", "since", "and", NULL};
    static const char *const urging[] = {"urged", "urges", "urging", "pressed", "presses", "pressing",
                                         "encouraged", "encourages", "encouraging", NULL};
    size_t inf = SIZE_MAX;
    if (t > first + 1 && dmi_tok_is(a, t - 1, "to"))
        inf = t - 1;
    else if (t > first + 2 && dmi_tok_is(a, t - 2, "to") && dmi_tok_in(a, t - 1, inf_heads) >= 0)
        inf = t - 2;
    /* "to hold direct talks", "to pay a visit": one more word between. */
    else if (t > first + 3 && dmi_tok_is(a, t - 3, "to") && dmi_tok_in(a, t - 2, inf_heads) >= 0 &&
             dmi_tok_word(a, t - 1) && !(a->tokens[t - 1].flags & (DMI_TOK_CAP | DMI_TOK_NUM)))
        inf = t - 3;
    for (size_t u = inf, n = 0; inf != SIZE_MAX && u > first && n < 10; n++) {
        u--;
        if (dmi_tok_punct(a, u, ','))
            continue;
        /* "invited the premier and her foreign minister to visit": an "and"
         * joining two invited persons, no verb of its own up to "to"
         * ("welcomed the invitation and the leaders agreed to meet" has
         * one, and keeps its plan). */
        if (dmi_tok_is(a, u, "and") && joined_guests(a, u + 1, inf))
            continue;
        if (dmi_tok_punct_any(a, u) || dmi_tok_in(a, u, subordinators) >= 0)
            break;
        if (dmi_tok_in(a, u, invite) >= 0)
            return !word_before(a, u, first, 5, accept);
        /* "urged Freedonia and Sylvania to hold talks", "pressed the two
         * leaders to meet": asked for, as the four-word wish window
         * finds with a short object ("urged them to meet"). */
        if (dmi_tok_in(a, u, urging) >= 0)
            return 1;
    }
    /* "proposed talks in Geneva", "has requested a meeting", "a proposal
     * for a summit" (rules/offer_words.txt): offered or asked for, an event
     * only once accepted ("accepted a proposal for talks"); "the proposed
     * summit" is one planned. */
    static const char *const offer_list[] = {
#include "rules/offer_words.inc"
        NULL};
    static dmi_word_set_t offer = DMI_WORD_SET(offer_list);
    static const char *const settled[] = {"accepted", "accepts", "accept", "accepting", "agreed", "agree",
                                          "agrees", "approved", "approve", "approves", NULL};
    static const char *const means[] = {"in", "by", "via", "through", "during", "at", NULL};
    for (size_t u = t, n = 0; u > first && n < 4;) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        if (!(a->tokens[u].flags & DMI_TOK_WORD))
            continue;
        n++;
        /* "proposed in a letter", "requested by telephone": the means of
         * the offer, which happened. */
        if (dmi_tok_in(a, u, means) >= 0)
            break;
        if (dmi_tok_in_set(a, u, &offer) < 0)
            continue;
        if (u + 1 == t && u > first &&
            (dmi_tok_is(a, u - 1, "the") || dmi_tok_is(a, u - 1, "a") || dmi_tok_is(a, u - 1, "an")))
            break;
        return !word_before(a, u, first, 3, settled);
    }
    /* "her offer that the two sides meet", "a proposal on Monday that
     * they hold talks", "voiced hope that the two were moving toward
     * talks": the clause an offer's or a hope's "that" opens is offered or
     * wished (up to eight words from "that" to the trigger, the offer or
     * hope at most three words before "that"). */
    static const char *const hoped[] = {"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", NULL};
    for (size_t u = t, n = 0; u > first && n < 8; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        if (!dmi_tok_is(a, u, "that"))
            continue;
        for (size_t v = u, k = 0; v > first && k < 3; k++) {
            v--;
            if (dmi_tok_punct_any(a, v))
                break;
            if (dmi_tok_in(a, v, hoped) >= 0)
                return 1;
            /* "demanded that the envoy visit A", "urged that talks be
             * held": a verb of asking (rules/asking_verbs.txt) with a bare
             * verb after "that" asks for it ("insisted that the envoy
             * visited A" tells it). */
            if (dmi_tok_in_set(a, v, &dmi_asking_verbs) >= 0 && mandated(a, u, t))
                return 1;
            if (dmi_tok_in_set(a, v, &offer) >= 0 || dmi_tok_in(a, v, offered) >= 0)
                return !word_before(a, v, first, 3, settled);
        }
        break;
    }
    if (asked_to(a, t, first))
        return 1;
    /* "open to exchanging letters" */
    for (size_t u = t; u > first + 1 && u + 4 > t;) {
        u--;
        if (dmi_tok_is(a, u, "to") && dmi_tok_is(a, u - 1, "open"))
            return 1;
    }
    return 0;
}

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
    {"silenced", DM_EVENT_SUSPENDED},
    {"cancelled", DM_EVENT_CANCELLED}, {"canceled", DM_EVENT_CANCELLED}, {"scrapped", DM_EVENT_CANCELLED},
    {"postponed", DM_EVENT_CANCELLED}, {"shelved", DM_EVENT_CANCELLED}, {"cancel", DM_EVENT_CANCELLED}, {"cancels", DM_EVENT_CANCELLED},
    {"failed", DM_EVENT_FAILED}, {"collapsed", DM_EVENT_FAILED}, {"fizzled", DM_EVENT_FAILED},
    {"delivered", DM_EVENT_DELIVERED}, {"handed", DM_EVENT_DELIVERED}, {"received", DM_EVENT_DELIVERED},
    {"sent", DM_EVENT_DELIVERED}, {"accepted", DM_EVENT_DELIVERED},
    {"will", DM_EVENT_PLANNED}, {"plans", DM_EVENT_PLANNED}, {"planned", DM_EVENT_PLANNED},
    {"plan", DM_EVENT_PLANNED}, {"planning", DM_EVENT_PLANNED}, {"expected", DM_EVENT_PLANNED}, {"scheduled", DM_EVENT_PLANNED},
    {"upcoming", DM_EVENT_PLANNED}, {"proposed", DM_EVENT_PLANNED}, {"set", DM_EVENT_PLANNED},
    {"supposed", DM_EVENT_PLANNED}, {"due", DM_EVENT_PLANNED},
    {"intends", DM_EVENT_PLANNED}, {"next", DM_EVENT_PLANNED}, {"would", DM_EVENT_PLANNED},
    {"might", DM_EVENT_PLANNED}, {"may", DM_EVENT_PLANNED}, {"could", DM_EVENT_PLANNED},
    {"should", DM_EVENT_PLANNED}};

/* "They plan a summit in C", "the two sides are planning talks": "plan"
 * as a verb whose object is an event trigger (only a determiner or one or
 * two modifiers between) sets the event to come. "a cooperation plan",
 * "the plan talks failed" have the noun (a determiner, a possessive or a
 * noun of a plan's kind before it). The object's trigger token, or 0. */
static size_t planned_object(const dmi_article_t *a, size_t t, size_t first, size_t last)
{
    static const char *const plan_words[] = {"plan", "plans", "planning", NULL};
    static const char *const before_noun[] = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
                                              "this", "that", "peace", "action", "cooperation", "new", NULL};
    static const char *const be[] = {"is", "are", "was", "were", "been", "be", NULL};
    if (dmi_tok_in(a, t, plan_words) < 0 || t <= first || dmi_tok_in(a, t - 1, before_noun) >= 0 ||
        (dmi_tok_is(a, t, "planning") && dmi_tok_in(a, t - 1, be) < 0))
        return 0;
    for (size_t u = t + 1; u < last && u < t + 5; u++) {
        if (!(a->tokens[u].flags & DMI_TOK_WORD) || dmi_tok_punct_any(a, u) || dmi_tok_is(a, u, "to"))
            return 0;
        if (dmi_trigger_at(a, u))
            return u;
    }
    return 0;
}

/* "due to be signed", "due to meet" at t: a time set, not a cause ("due
 * to the crisis"). */
static int due_to_act(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const verbs[] = {"be", "meet", "visit", "sign", "hold", "travel", "arrive", "attend",
                                        "begin", "start", "open", "leave", "return", "fly", "resume", "address",
                                        "discuss", "talk", "host", NULL};
    return t + 2 < last && dmi_tok_eq(a, t, "due") && dmi_tok_eq(a, t + 1, "to") && dmi_tok_in(a, t + 2, verbs) >= 0;
}

dm_event_status_t dmi_status_of(const dmi_article_t *a, size_t first, size_t last, dm_event_type_t type,
                                size_t trig)
{
    dm_event_status_t st = DM_EVENT_UNKNOWN;
    int strong = 0;
    /* "ahead of the summit", "prior to Friday's meeting", "preparations for
     * the upcoming visit": still to come when the sentence is told. */
    size_t back = trig;  /* up to five words back, within the sentence and before any punctuation */
    while (back > 0 && back + 5 > trig && !dmi_tok_punct_any(a, back - 1) &&
           a->tokens[back - 1].sentence == a->tokens[trig].sentence)
        back--;
    for (size_t u = back; u + 1 < trig && trig < a->token_count; u++)
        if ((dmi_tok_is(a, u, "ahead") || dmi_tok_is(a, u, "prior")) &&
            (dmi_tok_is(a, u + 1, "of") || dmi_tok_is(a, u + 1, "to")))
            return DM_EVENT_PLANNED;
        else if ((dmi_tok_is(a, u, "preparations") || dmi_tok_is(a, u, "preparation")) &&
                 dmi_tok_is(a, u + 1, "for"))
            return DM_EVENT_PLANNED;
    /* "the charter, to be signed in May", "is yet to be
     * ratified": a passive infinitive of the trigger is still to come. */
    if (trig > first + 1 && dmi_tok_is(a, trig - 1, "be") && dmi_tok_is(a, trig - 2, "to"))
        return DM_EVENT_PLANNED;
    /* "accepted the envoy's request for a meeting", "agreed to a proposal
     * for talks": an offer taken up sets an event still to come when the
     * sentence is told (a date before the report turns it held later). */
    static const char *const offer_words_list[] = {
#include "rules/offer_words.inc"
        NULL};
    static dmi_word_set_t offer_words = DMI_WORD_SET(offer_words_list);
    static const char *const taken_up[] = {"accepted", "accepts", "accept", "accepting", "agreed", "agree",
                                           "agrees", "approved", "approve", "approves", NULL};
    for (size_t u = back; u + 1 < trig && trig < a->token_count; u++)
        if (dmi_tok_in_set(a, u, &offer_words) >= 0 && dmi_tok_is(a, u + 1, "for") &&
            word_before(a, u, first, 4, taken_up))
            return DM_EVENT_PLANNED;
    /* "opened talks with X expected to focus on ...", "began a three-day
     * visit": under way, whatever a later word hopes or plans. */
    static const char *const begun[] = {"opened", "began", "started", "held", "resumed", "concluded", "ended",
                                        "wrapped", NULL};
    int under_way = 0;
    for (size_t u = trig, n = 0; u > first && n < 4 && !under_way; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        under_way = dmi_tok_in(a, u, begun) >= 0 && !(u > first && (dmi_tok_is(a, u - 1, "be") ||
                                                                    dmi_tok_is(a, u - 1, "being")));
    }
    /* "has already visited Rome ... and is set to address": the present
     * perfect tells it done ("would have visited" is no such thing). */
    static const char *const adverbs[] = {"already", "also", "just", "recently", NULL};
    static const char *const modal[] = {"would", "could", "should", "might", "may", "must", "will", NULL};
    size_t aux = trig > first && dmi_tok_in(a, trig - 1, adverbs) >= 0 ? trig - 1 : trig;
    /* ... as does the past perfect: "had phoned her cousin, saying she
     * expected to leave" (the expecting is another thing's). */
    if (aux > first &&
        (dmi_tok_is(a, aux - 1, "has") || dmi_tok_is(a, aux - 1, "have") || dmi_tok_is(a, aux - 1, "had")) &&
        !(aux - 1 > first && dmi_tok_in(a, aux - 2, modal) >= 0))
        under_way = 1;
    /* "everyone who phoned him today", "the envoy met the king and said
     * they should talk again": the trigger is itself a verb in the simple
     * past, done whatever a modal or a plan of another verb adds ("will be
     * signed", "to be visited" are no simple past: a word of "be", "to" or
     * a modal stands before). */
    static const char *const not_simple[] = {"be", "been", "being", "is", "are", "was", "were", "to", "get", "got",
                                             NULL};
    if (dmi_past_verb(a, trig) && (a->tokens[trig].flags & DMI_TOK_WORD) && !(a->tokens[trig].flags & DMI_TOK_CAP) &&
        !(trig > first && (dmi_tok_in(a, trig - 1, not_simple) >= 0 || dmi_tok_in(a, trig - 1, modal) >= 0)))
        under_way = 1;
    /* "during the president's visit to Lima last year, the two said
     * that they would ...": a time of the past told with the event's own
     * words (within six, before punctuation) makes it done, with or without
     * a publication date to count from ("the last week of June" is no such
     * time). */
    static const char *const spans[] = {"year", "month", "week", "night", "summer", "winter", "spring", "autumn",
                                        "fall", NULL};
    for (size_t u = trig + 1; u < last && u < trig + 7 && !under_way && !dmi_tok_punct_any(a, u); u++)
        under_way = dmi_tok_eq(a, u, "ago") || dmi_tok_eq(a, u, "yesterday") ||
                    (dmi_tok_eq(a, u, "last") && !dmi_tok_is(a, u - 1, "the") && u + 1 < last &&
                     (dmi_tok_in(a, u + 1, spans) >= 0 ||
                      dmi_weekday_of(dmi_tok_text(a, u + 1), dmi_tok_len(a, u + 1)) ||
                      dmi_month_of(dmi_tok_text(a, u + 1), dmi_tok_len(a, u + 1))));
    /* "are meeting today": under way, whatever "could" or "will" the
     * clause adds about what follows. */
    if (trig > first && (dmi_tok_is(a, trig - 1, "is") || dmi_tok_is(a, trig - 1, "are")) && dmi_tok_ing(a, trig))
        for (size_t t = trig + 1; t < last && t < trig + 4 && !under_way; t++)
            under_way = dmi_tok_is(a, t, "today") || dmi_tok_is(a, t, "now");
    for (size_t t = first; t < last; t++) {
        if (!(a->tokens[t].flags & DMI_TOK_WORD) || t == trig)
            continue;
        /* "an official, who declined to be named": the source's, not the
         * event's. */
        if (t + 3 < last && dmi_tok_is(a, t + 1, "to") && dmi_tok_is(a, t + 2, "be") &&
            (dmi_tok_is(a, t + 3, "named") || dmi_tok_is(a, t + 3, "identified") ||
             dmi_tok_is(a, t + 3, "quoted")))
            continue;
        /* "was supposed to take place": it did not, as planned; "is
         * supposed to" is still to come. */
        /* "was to have taken place", "were to have met": the same plan
         * that did not come about, told with "be to have". */
        if (t + 2 < last &&
            ((dmi_tok_is(a, t + 1, "supposed") && dmi_tok_is(a, t + 2, "to")) ||
             (dmi_tok_is(a, t + 1, "to") && dmi_tok_is(a, t + 2, "have"))) &&
            (dmi_tok_is(a, t, "was") || dmi_tok_is(a, t, "were")) && !strong) {
            st = DM_EVENT_CANCELLED;
            strong = 1;
        }
        /* "had been due to visit", "had planned to meet", "would have
         * met": a plan told in the past perfect, or a conditional of the
         * past, is one that did not come about as planned. */
        if (t < trig && !strong && (dmi_past_plan(a, t, last) || dmi_past_conditional(a, t, last))) {
            st = DM_EVENT_CANCELLED;
            strong = 1;
        }
        /* "has yet to be set", "is yet to meet": not done so far, to come. */
        if (t + 1 < a->token_count && dmi_tok_is(a, t, "yet") && dmi_tok_is(a, t + 1, "to") && !strong) {
            st = DM_EVENT_PLANNED;
            strong = 1;
        }
        /* "called off", "broke down", "petered out" */
        if (t + 1 < last && dmi_tok_is(a, t, "called") && dmi_tok_is(a, t + 1, "off"))
            return DM_EVENT_CANCELLED;
        /* "the summit was rescheduled for July": set again, to come. */
        if (dmi_tok_is(a, t, "rescheduled") && !strong) {
            st = DM_EVENT_PLANNED;
            strong = 1;
        }
        /* "ruled out a visit", "a summit was ruled out": refused. */
        if (t + 1 < last && (dmi_tok_is(a, t, "ruled") || dmi_tok_is(a, t, "rules")) &&
            dmi_tok_is(a, t + 1, "out") && !strong) {
            st = DM_EVENT_REFUSED;
            strong = 1;
        }
        /* "put off his visit", "puts off the talks" (not "put off by the
         * remarks": deterred) */
        if (t + 2 < last && t < trig && (dmi_tok_is(a, t, "put") || dmi_tok_is(a, t, "puts")) &&
            dmi_tok_is(a, t + 1, "off") && !dmi_tok_is(a, t + 2, "by"))
            return DM_EVENT_CANCELLED;
        /* "switched off the loudspeakers", "turned off the broadcasts":
         * stopped, as "suspended" is. */
        if (t + 1 < last && (dmi_tok_is(a, t, "switched") || dmi_tok_is(a, t, "turned")) &&
            dmi_tok_is(a, t + 1, "off") && !strong) {
            st = DM_EVENT_SUSPENDED;
            strong = 1;
        }
        if (t + 1 < last && (dmi_tok_is(a, t, "broke") || dmi_tok_is(a, t, "petered")) &&
            (dmi_tok_is(a, t + 1, "down") || dmi_tok_is(a, t + 1, "out")))
            return DM_EVENT_FAILED;
        for (size_t i = 0; i < G_N_ELEMENTS(status_cues); i++) {
            if (!dmi_tok_eq(a, t, status_cues[i].word))
                continue;
            dm_event_status_t s = status_cues[i].status;
            if (s == DM_EVENT_DELIVERED && !dmi_is_communication(type))
                continue;
            if (dmi_narrative_next(a, t))
                continue;
            /* "set to meet", "set for May"; "had set targets" is done. */
            if (dmi_tok_eq(a, t, "set") &&
                !(t + 1 < last && (dmi_tok_eq(a, t + 1, "to") || dmi_tok_eq(a, t + 1, "for"))))
                continue;
            /* "plans to visit", "due to sign"; "signed a cooperation plan" is
             * a document, "due to the crisis" a cause. */
            if ((dmi_tok_eq(a, t, "plan") || dmi_tok_eq(a, t, "plans") || dmi_tok_eq(a, t, "planning") ||
                 dmi_tok_eq(a, t, "due")) &&
                !(t + 1 < last && dmi_tok_eq(a, t + 1, "to")) && planned_object(a, t, first, last) != trig)
                continue;
            if (dmi_tok_eq(a, t, "due") && !due_to_act(a, t, last))
                continue;
            /* "returned from a visit", "returned from the talks": back from
             * it, which took place; a message returned is one refused. */
            if (dmi_tok_eq(a, t, "returned") && t + 1 < last && dmi_tok_eq(a, t + 1, "from"))
                continue;
            /* "returned to C for talks", "returned on Monday for talks": a
             * person came back; only a message is returned refused. */
            if (dmi_tok_eq(a, t, "returned") && !dmi_is_communication(type))
                continue;
            /* "shot four men who failed to stop", "arrested a man who
             * refused to leave": "who" opens a clause about a person, whose
             * own verb it is; an event is never "who" ("the talks, which
             * failed" keep theirs). */
            if (s != DM_EVENT_PLANNED && t > first &&
                (dmi_tok_is(a, t - 1, "who") ||
                 (t > first + 1 && dmi_tok_is(a, t - 2, "who") &&
                  (dmi_tok_is(a, t - 1, "had") || dmi_tok_is(a, t - 1, "has") || dmi_tok_is(a, t - 1, "have") ||
                   dmi_tok_is(a, t - 1, "then") || dmi_tok_is(a, t - 1, "also")))))
                continue;
            /* "X failed to attend the meeting", "refused to participate":
             * one party stayed away; the event took place without it. */
            if ((s == DM_EVENT_REFUSED || s == DM_EVENT_FAILED) && t + 2 < last && dmi_tok_eq(a, t + 1, "to") &&
                (dmi_tok_eq(a, t + 2, "attend") || dmi_tok_eq(a, t + 2, "participate") ||
                 dmi_tok_eq(a, t + 2, "join") || (dmi_tok_eq(a, t + 2, "take") && dmi_tok_eq(a, t + 3, "part"))))
                continue;
            /* "may have caught it on their trip", "might have been": a
             * guess about the past, no plan. */
            if ((dmi_tok_eq(a, t, "might") || dmi_tok_eq(a, t, "may")) && t + 1 < last &&
                dmi_tok_eq(a, t + 1, "have"))
                continue;
            /* "in spite of an angry meeting over the proposed housing scheme": a
             * participle after a determiner qualifies its own noun; it plans
             * the trigger only when that noun is the trigger ("the proposed
             * summit", "the planned Oslo talks"). */
            if (s == DM_EVENT_PLANNED && t > first && (t > trig || t + 4 <= trig) &&
                (dmi_tok_is(a, t - 1, "the") || dmi_tok_is(a, t - 1, "a") || dmi_tok_is(a, t - 1, "an")) &&
                (dmi_tok_eq(a, t, "proposed") || dmi_tok_eq(a, t, "planned") || dmi_tok_eq(a, t, "scheduled")))
                continue;
            if (s == DM_EVENT_PLANNED) {
                if (!strong && !under_way)
                    st = s;
            } else if (!strong || s == DM_EVENT_REFUSED) {
                st = s;
                strong = 1;
            }
        }
    }
    return st == DM_EVENT_UNKNOWN && under_way ? DM_EVENT_HELD : st;
}

dm_event_status_t dmi_passive_status(const dmi_article_t *a, size_t trig, size_t last)
{
    static const char *const be[] = {"was", "were", "is", "are", "has", "have", "had", NULL};
    static const char *const aux[] = {"been", "being", "now", "since", "also", "again", "reportedly", NULL};
    for (size_t u = trig + 1; u + 1 < last && u < trig + 16; u++) {
        if (dmi_tok_punct_any(a, u) && !(a->tokens[u].flags & DMI_TOK_POSS))
            return DM_EVENT_UNKNOWN;
        if (dmi_tok_in(a, u, be) < 0)
            continue;
        size_t v = u + 1;
        while (v < last && v < u + 4 && dmi_tok_in(a, v, aux) >= 0)
            v++;
        if (v >= last || (v == u + 1 && (dmi_tok_is(a, u, "has") || dmi_tok_is(a, u, "have") || dmi_tok_is(a, u, "had"))))
            return DM_EVENT_UNKNOWN;  /* "has" without "been": active, another verb's object */
        if ((dmi_tok_is(a, v, "called") || dmi_tok_is(a, v, "put")) && v + 1 < last && dmi_tok_is(a, v + 1, "off"))
            return DM_EVENT_CANCELLED;
        /* "has been pushed back to July", "was delayed until May": put
         * off, as "postponed"; "was rescheduled for July": set again, to
         * come; "was ruled out": refused. */
        if ((dmi_tok_is(a, v, "pushed") || dmi_tok_is(a, v, "put")) && v + 1 < last && dmi_tok_is(a, v + 1, "back"))
            return DM_EVENT_CANCELLED;
        if (dmi_tok_is(a, v, "delayed") && v + 1 < last &&
            (dmi_tok_is(a, v + 1, "until") || dmi_tok_is(a, v + 1, "till")))
            return DM_EVENT_CANCELLED;
        if (dmi_tok_is(a, v, "rescheduled"))
            return DM_EVENT_PLANNED;
        if (dmi_tok_is(a, v, "ruled") && v + 1 < last && dmi_tok_is(a, v + 1, "out"))
            return DM_EVENT_REFUSED;
        for (size_t i = 0; i < G_N_ELEMENTS(status_cues); i++)
            if (dmi_tok_eq(a, v, status_cues[i].word) && status_cues[i].status != DM_EVENT_PLANNED &&
                status_cues[i].status != DM_EVENT_DELIVERED)
                return status_cues[i].status;
        return DM_EVENT_UNKNOWN;  /* the clause's verb tells another thing */
    }
    return DM_EVENT_UNKNOWN;
}

dm_event_status_t dmi_object_status(const dmi_article_t *a, size_t trig, size_t first, dm_event_type_t type)
{
    static const char *const preps[] = {"from", "to", "in", "at", "on", "for", "with", "of", "after", "before",
                                        "by", "during", "over", "and", "or", "but", NULL};
    for (size_t u = trig, n = 0; u > first && n < 4; n++) {
        u--;
        if (!dmi_tok_word(a, u) && !(a->tokens[u].flags & DMI_TOK_POSS))
            return DM_EVENT_UNKNOWN;
        if (u > first && dmi_tok_is(a, u, "off") &&
            (dmi_tok_is(a, u - 1, "called") || dmi_tok_is(a, u - 1, "calls") || dmi_tok_is(a, u - 1, "put") ||
             dmi_tok_is(a, u - 1, "puts")))
            return DM_EVENT_CANCELLED;
        for (size_t i = 0; i < G_N_ELEMENTS(status_cues); i++)
            if (dmi_tok_eq(a, u, status_cues[i].word) && status_cues[i].status != DM_EVENT_PLANNED &&
                status_cues[i].status != DM_EVENT_FAILED &&
                (!dmi_tok_eq(a, u, "returned") || dmi_is_communication(type)) &&
                (status_cues[i].status != DM_EVENT_DELIVERED || dmi_is_communication(type)))
                return status_cues[i].status;
        if (dmi_tok_in(a, u, preps) >= 0)
            return DM_EVENT_UNKNOWN;
    }
    return DM_EVENT_UNKNOWN;
}

/* How strongly a status tells what became of an event, for merging two
 * mentions of it: a refusal outweighs a plan. */
int dmi_status_priority(dm_event_status_t s)
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

/* A present-tense verb of an event at t: "is meeting", "are holding", or
 * the third person of a verb that moves or meets ("leaves", "arrives"):
 * "visits" and "talks" are nouns too often to count. */
static int present_event_verb(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const verbs[] = {"leaves", "arrives", "travels", "meets", "holds", "begins", "heads",
                                        "flies", "hosts", "departs", "starts", "opens", "signs", NULL};
    if (dmi_tok_in(a, t, verbs) >= 0)
        return 1;
    /* "visits Oslo on Thursday": the verb, a name right after it (the
     * noun takes "to": "his visits to Oslo") */
    if (dmi_tok_eq(a, t, "visits") && t + 1 < last && (a->tokens[t + 1].flags & DMI_TOK_CAP) &&
        !(t > 0 && (a->tokens[t - 1].flags & DMI_TOK_NUM)))
        return 1;
    return (dmi_tok_eq(a, t, "is") || dmi_tok_eq(a, t, "are")) && t + 1 < last && dmi_tok_ing(a, t + 1);
}

int dmi_past_plan(const dmi_article_t *a, size_t t, size_t last)
{
    static const char *const plan_words[] = {"due", "scheduled", "expected", "set", "supposed", "planned",
                                             "planning", "intended", "meant", "slated", NULL};
    if (!dmi_tok_eq(a, t, "had"))
        return 0;
    size_t v = t + 1 < last && dmi_tok_eq(a, t + 1, "been") ? t + 2 : t + 1;
    if (v + 1 >= last || dmi_tok_in(a, v, plan_words) < 0 || !dmi_tok_eq(a, v + 1, "to"))
        return 0;
    /* "had been set to" and "had been due to" need "been"; "had planned
     * to", "had intended to" need none ("had set to work" is no plan). */
    return v == t + 2 || dmi_tok_eq(a, v, "planned") || dmi_tok_eq(a, v, "intended") ||
           dmi_tok_eq(a, v, "expected") || dmi_tok_eq(a, v, "meant");
}

int dmi_past_conditional(const dmi_article_t *a, size_t t, size_t last)
{
    /* "would have met", "would have been held" ("would have to meet" is
     * an obligation still to come) */
    return dmi_tok_eq(a, t, "would") && t + 2 < last && dmi_tok_eq(a, t + 1, "have") &&
           (dmi_tok_eq(a, t + 2, "been") || dmi_past_verb(a, t + 2));
}

/* Verbs of a trip in the simple past (rules/past_trip_verbs.txt). */
static const char *const past_trip_verbs_list[] = {
#include "rules/past_trip_verbs.inc"
    NULL};
static dmi_word_set_t past_trip_verbs = DMI_WORD_SET(past_trip_verbs_list);
/* Nouns of a trip that "paid" or "made" tells (rules/trip_nouns.txt). */
static const char *const trip_nouns_list[] = {
#include "rules/trip_nouns.inc"
    NULL};
static dmi_word_set_t trip_nouns = DMI_WORD_SET(trip_nouns_list);

/* "flew to C on Monday to meet the premier", "On Monday X visited C to
 * hold talks": "to" at t opens the purpose of a trip told in the simple
 * past up to twelve words back in its sentence, as past as the trip.
 * Punctuation, a conjunction or a verb of wishing between ("arrived in C
 * and said he hoped to meet") leaves "to" another verb's; "will fly", "is
 * to fly" hold no past form, and a modal or "to" before it is no past. */
static int past_trip_purpose(const dmi_article_t *a, size_t t)
{
    static const char *const breaks[] = {"and", "but", "or", "who", "which", "that", "where", "said", "says",
                                         "hoping", "hoped", "hopes", "seeking", "sought", "wants", "wanted",
                                         "plans", "planned", "planning", "agreed", "expected", "decided",
                                         "promised", "vowed", "offered", "asked", "urged", NULL};
    static const char *const not_past[] = {"to", "will", "would", "could", "should", "might", "may", "must",
                                           NULL};
    size_t start = a->sentences[a->tokens[t].sentence].first;
    for (size_t u = t; u > start && u + 12 > t;) {
        u--;
        if ((dmi_tok_punct_any(a, u) && !(a->tokens[u].flags & DMI_TOK_POSS)) || dmi_tok_in(a, u, breaks) >= 0)
            return 0;
        if (dmi_tok_in_set(a, u, &past_trip_verbs) >= 0)
            return !(u > start && dmi_tok_in(a, u - 1, not_past) >= 0);
        /* "was in C on Monday to meet the premier": a past stay is a trip
         * told by its end; only before a capitalised place ("was in a
         * position to meet", "was in no hurry to" stay plans). */
        if (dmi_tok_eq(a, u, "in") && u > start && u + 1 < t && dmi_tok_cap(a, u + 1) &&
            (dmi_tok_eq(a, u - 1, "was") || dmi_tok_eq(a, u - 1, "were")))
            return 1;
        /* "paid a visit to C", "made a brief trip to C": the verb and its
         * noun, up to two words between. */
        if (dmi_tok_in_set(a, u, &trip_nouns) >= 0)
            for (size_t v = u; v > start && v + 4 > u;) {
                v--;
                if (dmi_tok_is(a, v, "paid") || dmi_tok_is(a, v, "made"))
                    return !(v > start && dmi_tok_in(a, v - 1, not_past) >= 0);
            }
    }
    return 0;
}

dmi_tense_t dmi_tense_of(const dmi_article_t *a, size_t first, size_t last)
{
    /* "who is visiting A and B, met farmers on Monday": a past verb of an
     * event beside the present one keeps the clause past. */
    static const char *const past_verbs[] = {"met", "held", "began", "flew", "went", "came", "left", "spoke",
                                             "signed", "visited", "arrived", "talked", "discussed", NULL};
    static const char *const plan_verbs[] = {"make", "pay", "take", "visit", "meet", "hold", "travel", "sign",
                                             "attend", "arrive", "fly", "host", "begin", "resume", "open", "head",
                                             "leave", "be", "start", "convene", NULL};
    int present = 0, past = 0;
    for (size_t t = first; t < last; t++) {
        past |= dmi_tok_in(a, t, past_verbs) >= 0;
        /* "meeting today and tomorrow": under way, not to come */
        if (dmi_tok_eq(a, t, "tomorrow") && t >= first + 2 && dmi_tok_eq(a, t - 2, "today") &&
            (dmi_tok_eq(a, t - 1, "and") || dmi_tok_eq(a, t - 1, "through")))
            continue;
        present |= present_event_verb(a, t, last);
        /* "had been due to meet on Monday", "would have met on Monday":
         * a plan or a condition of the past; its weekday is behind. */
        if (dmi_past_plan(a, t, last) || dmi_past_conditional(a, t, last))
            return DMI_TENSE_PAST;
        /* "had flown to Ankara to meet Erdogan": a past trip's purpose (but
         * "had agreed to meet again in October" is still to come). */
        if (dmi_tok_eq(a, t, "had") && t + 1 < last) {
            const dmi_trigger_t *tr = dmi_trigger_at(a, t + 1);
            if (tr && tr->type == DM_EVENT_VISIT)
                return DMI_TENSE_PAST;
        }
        /* ("The next day he flew to C": a step in the story told, past) */
        if (dmi_tok_eq(a, t, "will") || dmi_tok_eq(a, t, "would") ||
            (dmi_tok_eq(a, t, "next") && !dmi_narrative_next(a, t)) ||
            dmi_tok_eq(a, t, "upcoming") || dmi_tok_eq(a, t, "scheduled") || dmi_tok_eq(a, t, "tomorrow") ||
            dmi_tok_eq(a, t, "expected") || dmi_tok_eq(a, t, "planned") || dmi_tok_eq(a, t, "plans") ||
            dmi_tok_eq(a, t, "coming") || due_to_act(a, t, last) || planned_object(a, t, first, last) ||
            /* "is due in Oslo on Thursday", "are due back on Monday" */
            (dmi_tok_eq(a, t, "due") && t > first && t + 1 < last &&
             (dmi_tok_eq(a, t - 1, "is") || dmi_tok_eq(a, t - 1, "are")) &&
             (dmi_tok_eq(a, t + 1, "in") || dmi_tok_eq(a, t + 1, "at") || dmi_tok_eq(a, t + 1, "back") ||
              dmi_tok_eq(a, t + 1, "here") || dmi_tok_eq(a, t + 1, "home"))) ||
            /* "are set to gather", "is set for March" */
            (dmi_tok_eq(a, t, "set") && t > first && t + 1 < last &&
             (dmi_tok_eq(a, t - 1, "is") || dmi_tok_eq(a, t - 1, "are") || dmi_tok_eq(a, t - 1, "was") ||
              dmi_tok_eq(a, t - 1, "were")) &&
             (dmi_tok_eq(a, t + 1, "to") || dmi_tok_eq(a, t + 1, "for"))))
            return DMI_TENSE_FUTURE;
        /* "is to pay a state visit", "are to meet in May": the
         * present of "be" with "to" and a verb of an event or of doing one
         * is a plan ("was to have met" is a past plan, not read here). */
        if ((dmi_tok_eq(a, t, "is") || dmi_tok_eq(a, t, "are")) && t + 2 < last && dmi_tok_eq(a, t + 1, "to") &&
            dmi_tok_in(a, t + 2, plan_verbs) >= 0)
            return DMI_TENSE_FUTURE;
        /* "might visit Peru in May", "may also travel to Oslo", "could be
         * held next month": a modal before the bare verb of an event looks
         * ahead, as "will" does ("may have met" guesses about the past;
         * "May" with its capital is the month). */
        if ((dmi_tok_eq(a, t, "may") || dmi_tok_eq(a, t, "might") || dmi_tok_eq(a, t, "could")) && t + 1 < last) {
            size_t v = t + 1;
            if (v + 1 < last && (dmi_tok_eq(a, v, "also") || dmi_tok_eq(a, v, "still") || dmi_tok_eq(a, v, "soon") ||
                                 dmi_tok_eq(a, v, "even")))
                v++;
            if (dmi_tok_in(a, v, plan_verbs) >= 0)
                return DMI_TENSE_FUTURE;
        }
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
            /* "agreed to sign contracts": the agreeing is the event, done
             * ("agreed to meet" still looks ahead). */
            int agreed_sign = dmi_tok_eq(a, v, "sign") && t > first && dmi_tok_eq(a, t - 1, "agreed");
            if (!record && !agreed_sign && !past_trip_purpose(a, t))
                return DMI_TENSE_FUTURE;
        }
    }
    return present && !past ? DMI_TENSE_PRESENT : DMI_TENSE_PAST;
}

/* A verb in the simple past: an irregular one of events, or "-ed". */
int dmi_past_verb(const dmi_article_t *a, size_t t)
{
    static const char *const irregular[] = {"met", "held", "began", "flew", "went", "came", "left", "spoke",
                                            "sent", "wrote", "made", "took", "struck", "fought", NULL};
    size_t n = dmi_tok_len(a, t);
    return dmi_tok_in(a, t, irregular) >= 0 ||
           (n > 4 && g_ascii_strncasecmp(dmi_tok_text(a, t) + n - 2, "ed", 2) == 0);
}

/* A lower-case word in the simple past (not "United" or a name in -ed). */
static int lower_past_verb(const dmi_article_t *a, size_t t)
{
    return dmi_tok_word(a, t) && g_ascii_islower(dmi_tok_text(a, t)[0]) && dmi_past_verb(a, t);
}

/* A happening told in a finite clause of "since", or of "after" counted
 * back by a span ("weeks after talks in C collapsed", "a year after the
 * premier visited C"), or as what the news "followed" ("The meeting
 * followed talks in C"), or in a relative clause without "that" ("the
 * accord they signed in C"): it came before the news the sentence tells,
 * dated by its own clause or not at all, never the report's day
 * (thirty-eighth round, a grid of wire stories' background). A gerund
 * ("after meeting X") is of the news's own time, and is left alone. */
static int told_in_clause_before(const dmi_article_t *a, size_t trig)
{
    static const char *const spans[] = {"day",  "days",  "week",   "weeks",   "month", "months",
                                        "year", "years", "decade", "decades", NULL};
    static const char *const follow[] = {"followed", "follows", "follow", NULL};
    static const char *const subjects[] = {"they", "he", "she", "we", NULL};
    size_t s_first = a->sentences[a->tokens[trig].sentence].first;
    for (size_t u = trig, n = 0; u > s_first && n < 8; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            break;
        /* "followed talks in C", not "was followed by talks" nor "followed
         * up the meetings with talks" */
        if (n < 3 && dmi_tok_in(a, u, follow) >= 0 && !dmi_past_verb(a, trig) && !dmi_tok_is(a, u + 1, "by") &&
            !dmi_tok_is(a, u + 1, "up"))
            return 1;
        int since = dmi_tok_is(a, u, "since");
        int after = dmi_tok_is(a, u, "after") && u > s_first && dmi_tok_in(a, u - 1, spans) >= 0;
        if (!since && !after)
            continue;
        /* the clause's past verb: the trigger itself, its subject between */
        if (lower_past_verb(a, trig) && trig > u + 1)
            return 1;
        /* ... or right before the trigger noun ("a month after they held
         * talks in C"; issue 14) */
        if (trig > u + 2 && lower_past_verb(a, trig - 1))
            return 1;
        /* ... or a few words after the trigger noun ("talks in C collapsed") */
        for (size_t v = trig + 1; v < a->token_count && v < trig + 5 && dmi_tok_same_sentence(a, trig, v) &&
                                  !dmi_tok_punct_any(a, v);
             v++)
            if (lower_past_verb(a, v))
                return 1;
        return 0;
    }
    /* "the accord they signed in C": a pronoun subject right after a
     * happening's noun, the trigger its past verb */
    return trig >= s_first + 2 && lower_past_verb(a, trig) && dmi_tok_in(a, trig - 1, subjects) >= 0 &&
           dmi_tok_word(a, trig - 2) && g_ascii_islower(dmi_tok_text(a, trig - 2)[0]) && dmi_trigger_at(a, trig - 2);
}

/* The trigger is the occasion of the clause's verb, a preposition a few
 * words before it ("had clashed over the plan at a summit"), no other
 * verb's object ("had denied letting the army run flights"): no word in
 * -ing from the participle on. */
static int occasion_of_clause(const dmi_article_t *a, size_t from, size_t trig)
{
    static const char *const preps[] = {"at", "during", "in", "on", NULL};
    int prep = 0;
    for (size_t u = from; u < trig; u++) {
        size_t n = dmi_tok_len(a, u);
        if (n > 4 && g_ascii_strncasecmp(dmi_tok_text(a, u) + n - 3, "ing", 3) == 0)
            return 0;
        if (u + 3 >= trig && dmi_tok_in(a, u, preps) >= 0)
            prep = 1;
    }
    return prep;
}

int dmi_told_before(const dmi_article_t *a, size_t first, size_t trig)
{
    static const char *const adverbs_list[] = {
#include "rules/anterior_words.inc"
        NULL};
    static dmi_word_set_t adverbs = DMI_WORD_SET(adverbs_list);
    static const char *const earlier_list[] = {
#include "rules/earlier_words.inc"
        NULL};
    static dmi_word_set_t earlier = DMI_WORD_SET(earlier_list);
    static const char *const possessives[] = {"the", "their", "his", "her", "its", NULL};
    /* "first met", "last visited", "had previously met": an adverb of
     * anteriority right before the trigger's own past verb (not "his first
     * visit", the news itself). */
    if (trig > first && dmi_past_verb(a, trig) && dmi_tok_in_set(a, trig - 1, &adverbs) >= 0 &&
        !(trig - 1 > first && dmi_tok_is(a, trig - 2, "the")))
        return 1;
    /* "their previous meeting", "the earlier talks", "the last visit": a
     * happening before the one the news tells (rules/earlier_words.txt). */
    if (trig > first && dmi_tok_in_set(a, trig - 1, &earlier) >= 0 &&
        (!dmi_tok_is(a, trig - 1, "last") || (trig - 1 > first && dmi_tok_in(a, trig - 2, possessives) >= 0)))
        return 1;
    /* "in recent days", "over recent weeks", "in recent months" in the
     * trigger's sentence: a time before the report's day the text does
     * not give */
    static const char *const spans[] = {"days", "weeks", "months", "years", NULL};
    if (dmi_past_verb(a, trig) || (trig > first && dmi_past_verb(a, trig - 1)))
        for (size_t u = first; u + 1 < a->token_count && dmi_tok_same_sentence(a, trig, u); u++)
            if (dmi_tok_is(a, u, "recent") && dmi_tok_in(a, u + 1, spans) >= 0)
                return 1;
    if (told_in_clause_before(a, trig))
        return 1;
    /* The past perfect ("had met", "had already held talks"), up to three
     * words before the trigger, unless it reports ("officials said the two
     * had met": told after a speech verb, the tense is the saying's); or
     * further, up to eight and past the clause's start, when a participle
     * follows "had" and no other clause opens between ("had clashed over
     * the plan at a summit in C"). */
    static const char *const openers[] = {"and", "but", "when", "while", "who", "which", "that", "after", "before",
                                          "since", "as", "where", NULL};
    size_t s_first = a->sentences[a->tokens[trig].sentence].first;
    for (size_t u = trig, n = 0; u > s_first && n < 8; n++) {
        u--;
        if (dmi_tok_punct_any(a, u) || dmi_tok_is(a, u, "to") || (n >= 2 && dmi_tok_in(a, u, openers) >= 0))
            return 0;
        if (dmi_tok_is(a, u, "had")) {
            if ((n >= 3 || u < first) && !(u + 1 < trig && (dmi_past_verb(a, u + 1) || dmi_tok_is(a, u + 1, "been")) &&
                                            occasion_of_clause(a, u + 2, trig)))
                return 0;
            for (size_t v = u < first ? s_first : first; v < u; v++)
                if (dmi_is_speech_verb(a, v))
                    return 0;
            return 1;
        }
    }
    return 0;
}

int dmi_is_speech_verb(const dmi_article_t *a, size_t t)
{
    static const char *const verbs[] = {"said", "says", "told", "announced", "added", "stated", "confirmed",
                                        "reported", "noted", NULL};
    return dmi_tok_in(a, t, verbs) >= 0;
}

int dmi_clause_has(const dmi_article_t *a, size_t first, size_t last, const char *w1, const char *w2)
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
size_t dmi_topic_start(const dmi_article_t *a, size_t trig, size_t last)
{
    static const char *const content_openers[] = {"how", "why", "whether", "what", "that", NULL};
    static const char *const topic[] = {"amid", "regarding", "concerning", "focused", "focusing", "about", NULL};
    /* "said in a letter published on Monday that ...": the speech verb
     * before the message reports its content from the first "that"
     * (thirty-ninth round: a town in what the letter asked for was taken
     * for where it went). */
    int said_in = trig >= 3 && dmi_tok_is(a, trig - 2, "in") && dmi_tok_word(a, trig - 3) &&
                  dmi_tok_in_set_cs(a, trig - 3, &dmi_speech_verbs);
    for (size_t t = trig + 1; t < last; t++) {
        if (said_in && dmi_tok_is(a, t, "that"))
            return t;
        if (dmi_tok_in(a, t, topic) >= 0)
            return t;
        if (dmi_tok_is(a, t, "to") && t + 1 < last && dmi_tok_in_set_cs(a, t + 1, &dmi_purpose_verbs))
            return t;
        /* "a letter explained how the route starts in X": what a speech
         * verb after the trigger reports is the message's content. */
        if (dmi_tok_word(a, t) && dmi_tok_in_set_cs(a, t, &dmi_speech_verbs) && t + 1 < last &&
            dmi_tok_in(a, t + 1, content_openers) >= 0)
            return t;
    }
    return last;
}

/* The double quotation mark at token t closes a quotation: a right mark,
 * or a straight one written against the word before it ('...in X," said'). */
static int closing_mark(const dmi_article_t *a, size_t t)
{
    const char *w = dmi_tok_text(a, t);
    if (dmi_tok_len(a, t) == 3 && memcmp(w, "\xe2\x80\x9d", 3) == 0)
        return 1;
    return w[0] == '"' && t > 0 && a->tokens[t].start == a->tokens[t - 1].end &&
           a->tokens[t - 1].sentence == a->tokens[t].sentence;
}

/* A right quotation mark that opens a sentence closes the sentence
 * before's quotation (the splitter gives it to the next sentence). */
static int stray_mark(const dmi_article_t *a, size_t first)
{
    return first < a->token_count && dmi_tok_len(a, first) == 3 &&
           memcmp(dmi_tok_text(a, first), "\xe2\x80\x9d", 3) == 0 &&
           a->sentences[a->tokens[first].sentence].first == first;
}

/* A sentence that starts inside a quotation opened in a sentence before
 * (a quoted passage of several sentences): its first double quotation
 * mark closes one. Only a sentence's first token knows it. */
static int opens_quoted(const dmi_article_t *a, size_t first)
{
    const dmi_sentence_t *sn = &a->sentences[a->tokens[first].sentence];
    if (sn->first != first)
        return 0;
    for (size_t u = first + stray_mark(a, first); u < sn->last; u++) {
        if (!(a->tokens[u].flags & DMI_TOK_QUOTE))
            continue;
        const char *w = dmi_tok_text(a, u);
        if (w[0] == '\'' ||
            (dmi_tok_len(a, u) == 3 && (memcmp(w, "\xe2\x80\x98", 3) == 0 || memcmp(w, "\xe2\x80\x99", 3) == 0)))
            continue; /* single marks are apostrophes as often as quotes */
        return closing_mark(a, u);
    }
    return 0;
}

/* Token t stands inside a quotation of its sentence (an odd number of
 * quotation marks since the sentence's start, or an even number when the
 * sentence starts inside one). */
int dmi_in_quotation(const dmi_article_t *a, size_t first, size_t t)
{
    int marks = opens_quoted(a, first);
    for (size_t u = first + stray_mark(a, first); u < t; u++)
        marks += (a->tokens[u].flags & DMI_TOK_QUOTE) != 0;
    return marks % 2;
}

/* Reported speech: "China's foreign ministry said in Beijing that the
 * vessel had rammed a ship" tells the ramming after "that"; the places
 * before belong to the saying (an incident's; a call told by one side,
 * "said on Thursday that she had spoken by phone", keeps its date). The
 * first token of the report, or first. */
size_t dmi_reported_from(const dmi_article_t *a, size_t first, size_t trig)
{
    for (size_t u = trig; u > first + 1; u--)
        if (dmi_tok_is(a, u - 1, "that"))
            for (size_t v = u - 1; v > first && v + 8 > u; v--)
                if (dmi_is_speech_verb(a, v - 1) || dmi_tok_is(a, v - 1, "accused") || dmi_tok_is(a, v - 1, "claimed"))
                    return u;
    return first;
}

/* Where a trigger's clause ends: at a conjunction that opens another
 * clause ("Zelensky visits Berlin as European leaders gather in Paris",
 * "met in Doha, while talks in Cairo stalled"), or a semicolon. */
size_t dmi_clause_end(const dmi_article_t *a, size_t trig, size_t last)
{
    static const char *const openers[] = {"as", "while", "whereas", "although", "though", "but", "since", NULL};
    for (size_t u = trig + 2; u < last; u++) {
        if (dmi_tok_punct_any(a, u) && a->text[a->tokens[u].start] == ';')
            return u;
        /* ("the first since 2006", "since May": a preposition before a
         * time, no clause) */
        if (dmi_tok_is(a, u, "since") && u + 1 < last &&
            ((a->tokens[u + 1].flags & DMI_TOK_NUM) || dmi_month_of(dmi_tok_text(a, u + 1), dmi_tok_len(a, u + 1))))
            continue;
        if (dmi_tok_in(a, u, openers) >= 0 && !(u + 1 < last && dmi_tok_is(a, u + 1, "part")) &&
            !(u + 1 < last && dmi_tok_is(a, u + 1, "well")))
            return u;
    }
    return last;
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
    load_triggers();
    for (size_t i = 0; i < trigger_count; i++)
        if (triggers[i].type != DM_EVENT_STATEMENT && !triggers[i].before && dmi_tok_is(a, t, triggers[i].word))
            return (int)triggers[i].type;
    for (size_t i = 0; i < G_N_ELEMENTS(extra); i++)
        if (dmi_tok_is(a, t, extra[i].word))
            return (int)extra[i].type;
    return -1;
}
