/* Extraction, event coding: each event's CAMEO code (the political-event
 * coding of GDELT, ICEWS and Phoenix; the table is in docs/story-format.md)
 * from its type, status and trigger word, and its evidence, the sentence it
 * comes from.
 *
 * Takes: a finished event. Gives: a code string and an evidence text. Never:
 * changes the event. */
#include "extract-private.h"

#include <glib.h>
#include <string.h>

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
