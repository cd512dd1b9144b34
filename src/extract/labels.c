/* Extraction, phase 5b: event labels. The short text a map's legend gives
 * an event ("Talks in Geneva", "Letter from Trump refused", "White House
 * statement", "Missile launch in Pyongyang"), from its type, status,
 * trigger word, places and sender; written when an event is found and again
 * once places have merged (dmi_events_relabel).
 *
 * Takes: an event and the story's places and mentions. Gives: the event's
 * label (and its trigger word and sender kept for relabelling). Never:
 * changes the event's type, places, date or status. */
#include "extract-private.h"

#include <glib.h>
#include <string.h>

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

/* "Talks in Geneva", or "Talks" alone for an event the text places nowhere
 * (never "Talks in "): the legend adds who and when. */
static void placed_label(dmi_xevent_t *e, const char *head, const char *prep, const char *place, const char *status)
{
    if (*place)
        g_snprintf(e->label, sizeof e->label, "%s %s %s%s", head, prep, place, status);
    else
        g_snprintf(e->label, sizeof e->label, "%s%s", head, status);
}

/* Which end of a communication its one place is, as the sentence tells
 * it: "a letter to Seoul" (to), "a message from Geneva", "Libyan leader ...
 * in a letter", "expressing Manila's support" (from: the side that owns
 * the words), "a letter delivered in Paris" (to), "an envoy based in C
 * sent a letter" (in); 0 when the sentence does not say (a seat found
 * from a party's nationality), so that no direction is claimed. */
static char communication_end(const dmi_extraction_t *x, const dmi_xevent_t *e, size_t place)
{
    static const char *const to_cues[] = {"to", "toward", "towards", "into", "against", NULL};
    static const char *const from_cues[] = {"from", "by", NULL};
    static const char *const in_cues[] = {"in", "at", "near", "along", "across", NULL};
    const dmi_article_t *a = x->art;
    for (size_t s = 0; s < e->sentence_count; s++) {
        const dmi_sentence_t *sn = &a->sentences[e->sentences[s]];
        for (size_t k = dmi_mention_lower(x, sn->first); k < x->mention_count && x->mentions[k].first < sn->last;
             k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if (m->place != place || (m->flags & DMI_MENTION_EMBEDDED))
                continue;
            if (dmi_has_cue_word(a, m, to_cues))
                return 't';
            if (dmi_has_cue_word(a, m, from_cues))
                return 'f';
            /* where it was delivered or refused is the end it reached */
            if (dmi_has_cue_word(a, m, in_cues))
                return m->first > e->trigger && (e->status == DM_EVENT_DELIVERED || e->status == DM_EVENT_REFUSED)
                           ? 't'
                           : 'i';
            int poss = m->last < a->token_count && (a->tokens[m->last].flags & DMI_TOK_POSS);
            if (poss || ((m->flags & (DMI_MENTION_DEMONYM | DMI_MENTION_METONYM)) && m->first < e->trigger))
                return 'f';
        }
    }
    return 0;
}

void dmi_make_label(const dmi_extraction_t *x, dmi_xevent_t *e, const char *trigger_word, const char *sender)
{
    if (trigger_word)
        e->word = trigger_word;
    trigger_word = e->word ? e->word : "";
    if (sender && sender != e->sender)
        g_strlcpy(e->sender, sender, sizeof e->sender);
    sender = e->sender;
    const char *where = e->place_count ? place_name(x, e->places[e->place_count - 1]) : "";
    const char *first = e->place_count ? place_name(x, e->places[0]) : "";
    /* At a site or a line ("Talks at Military Demarcation Line"); what
     * happens over a line's length is along it ("Shelling along Line of
     * Control"). */
    dm_place_kind_t kind = e->place_count ? x->places[e->places[0]].kind : DM_PLACE_CITY;
    const char *at = kind == DM_PLACE_SITE || kind == DM_PLACE_LINE ? "at" : "in";
    const char *along = kind == DM_PLACE_LINE ? "along" : at;
    const char *status = e->status == DM_EVENT_REFUSED ? " refused"
                       : e->status == DM_EVENT_SUSPENDED ? " suspended"
                       : e->status == DM_EVENT_CANCELLED ? " cancelled"
                       : e->status == DM_EVENT_FAILED ? " failed"
                       : e->status == DM_EVENT_PLANNED ? " planned"
                       : e->status == DM_EVENT_DELIVERED ? " delivered" : "";
    switch (e->type) {
    case DM_EVENT_MEETING:
        if (g_ascii_strncasecmp(trigger_word, "summit", 6) == 0 && *first)
            g_snprintf(e->label, sizeof e->label, "%s summit%s", first, status);
        else
            placed_label(e, g_ascii_strncasecmp(trigger_word, "summit", 6) == 0 ? "Summit" : "Meeting", at, first,
                         status);
        break;
    case DM_EVENT_TALKS: placed_label(e, "Talks", at, first, status); break;
    case DM_EVENT_VISIT: placed_label(e, "Visit", "to", where, status); break;
    case DM_EVENT_LETTER:
        if (g_ascii_strncasecmp(trigger_word, "propos", 6) == 0)
            placed_label(e, "Proposal", "from", first, status);
        else if (sender && *sender)
            g_snprintf(e->label, sizeof e->label, "Letter from %s%s", sender, status);
        else if (e->place_count >= 2)
            placed_label(e, "Letter", "to", where, status);  /* [from, to]: the second end is the recipient */
        else {
            char end = e->place_count ? communication_end(x, e, e->places[0]) : 0;
            placed_label(e, "Letter", end == 't' ? "to" : end == 'f' ? "from" : "in", end ? first : "", status);
        }
        break;
    case DM_EVENT_CALL: g_snprintf(e->label, sizeof e->label, "Phone call%s", status); break;
    case DM_EVENT_BROADCAST: {
        const char *what = g_ascii_strncasecmp(trigger_word, "leaflet", 7) == 0 ? "Leaflets"
                         : g_ascii_strncasecmp(trigger_word, "loudspeaker", 11) == 0 ? "Loudspeaker broadcasts"
                         : "Broadcasts";
        g_snprintf(e->label, sizeof e->label, "%s%s", what, status);
        break;
    }
    case DM_EVENT_AGREEMENT: placed_label(e, "Agreement", at, first, status); break;
    case DM_EVENT_INCIDENT: placed_label(e, incident_noun(trigger_word), along, first, ""); break;
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
        if (*first)
            g_snprintf(e->label, sizeof e->label, "%s %s", first,
                       g_ascii_strcasecmp(trigger_word, "briefing") == 0 ? "briefing" : "statement");
        else
            g_strlcpy(e->label, g_ascii_strcasecmp(trigger_word, "briefing") == 0 ? "Briefing" : "Statement",
                      sizeof e->label);
        break;
    case DM_EVENT_OTHER: {
        /* Relations cut: "Expulsion in Ecuador", "Ties cut in Bahrain". */
        const char *head =
            g_ascii_strncasecmp(trigger_word, "expel", 5) == 0 || g_ascii_strncasecmp(trigger_word, "expuls", 6) == 0
                ? "Expulsion"
            : g_ascii_strncasecmp(trigger_word, "sever", 5) == 0  ? "Ties cut"
            : g_ascii_strncasecmp(trigger_word, "recall", 6) == 0 ? "Envoy recalled"
            /* diplomatic acts (rules/act_frames.txt) */
            : g_ascii_strncasecmp(trigger_word, "reinstate", 9) == 0 ? "Envoy reinstated"
            : g_ascii_strncasecmp(trigger_word, "summon", 6) == 0    ? "Envoy summoned"
            : g_ascii_strcasecmp(trigger_word, "grata") == 0         ? "Persona non grata"
            : g_ascii_strncasecmp(trigger_word, "blacklist", 9) == 0 ||
                    g_ascii_strncasecmp(trigger_word, "sanction", 8) == 0
                ? "Sanctions"
            : g_ascii_strncasecmp(trigger_word, "pull", 4) == 0 || g_ascii_strncasecmp(trigger_word, "withdr", 6) == 0
                ? "Withdrawal"
            /* a state yielding (act-held, act-eased, act-refuge) */
            : g_ascii_strncasecmp(trigger_word, "free", 4) == 0 || g_ascii_strncasecmp(trigger_word, "releas", 6) == 0
                ? "Release"
            : g_ascii_strncasecmp(trigger_word, "pardon", 6) == 0 ? "Pardon"
            : g_ascii_strncasecmp(trigger_word, "lift", 4) == 0 || g_ascii_strncasecmp(trigger_word, "ease", 4) == 0 ||
                    g_ascii_strncasecmp(trigger_word, "commut", 6) == 0
                ? "Measures eased"
            : g_ascii_strncasecmp(trigger_word, "grant", 5) == 0 ? "Asylum"
                : "Event";
        placed_label(e, head, "in", first, status);
        break;
    }
    default: placed_label(e, "Event", "in", first, ""); break;
    }
}

void dmi_events_relabel(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (events[i].word)
            dmi_make_label(x, &events[i], NULL, NULL);
}
