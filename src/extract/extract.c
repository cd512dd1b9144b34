/* Extraction: from article text to story. The phases run in this order,
 * each in its own file with its contract at the top, data flowing one way:
 *   tokens.c       tokens and sentences (the article)
 *   time.c         the article's date and date expressions
 *   lexicon.c      the word lists the phases share
 *   people.c       persons' names (blocked as places)
 *   mentions.c     place mentions, then src/places/resolve.c chooses readings
 *   story_places.c descriptive references, the story's places and mentions
 *   triggers.c     event triggers, negation, modality, status, clauses
 *   arguments.c    an event's places, participants, persons, date
 *   labels.c       an event's label
 *   events.c       events sentence by sentence
 *   merging.c      one event per happening; sites drawn as their city
 *   titles.c       the map title: the article's headline, else the events'
 *   principal.c    the principal event
 *   cameo.c        CAMEO codes and evidence
 * This file runs them and writes the story.
 *
 * Takes: article text (or a file) and options. Gives: a dm_story_t. Never:
 * lays out or draws; the only file of the folder that writes the story (a
 * line place's geometry comes from the places stage, src/places/lines.c). */
#include "extract-private.h"
#include "context-private.h"
#include "story-private.h"
#include "lines-private.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

/* {"LANG": "NAME"} as JSON text; malloc'ed. */
static char *names_json(const char *lang, const char *name)
{
    GString *g = g_string_new("{\"");
    g_string_append(g, lang);
    g_string_append(g, "\": \"");
    for (const char *p = name; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == '"' || ch == '\\')
            g_string_append_printf(g, "\\%c", ch);
        else if (ch < 0x20)
            g_string_append_printf(g, "\\u%04x", ch);
        else
            g_string_append_c(g, (char)ch);
    }
    g_string_append(g, "\"}");
    char *out = dmi_strdup(g->str);
    g_string_free(g, TRUE);
    return out;
}

static void extraction_clear(dmi_extraction_t *x)
{
    for (size_t i = 0; i < x->place_count; i++) {
        free(x->places[i].name);
        free(x->places[i].geometry);
    }
    free(x->places);
    free(x->mentions);
    free(x->people);
    free(x->person_tok);
    if (x->lower_words)
        g_hash_table_destroy(x->lower_words);
}

static dm_status_t story_from(dmi_extraction_t *x, const dm_extract_options_t *opts,
                              dm_story_t **out)
{
    dm_context_t *ctx = x->ctx;
    dm_status_t st = DM_OK;
    dm_story_t *story = NULL;
    dmi_xevent_t *events = NULL;
    size_t event_count = 0;
    dm_span_t *spans = NULL;
    size_t span_cap = 0;
    story = dm_story_create(ctx);
    if (!story || (x->art->name && dmi_story_set_file(story, x->art->name) != DM_OK)) {
        dm_story_destroy(story);
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    }
    if (dmi_events_find(x, &events, &event_count) != DM_OK) {
        st = dm_context_last_status(ctx);
        goto out;
    }
    if (dmi_events_merge(x, events, event_count, &event_count) != 0) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    dmi_merge_coincident(x, events, event_count);
    dmi_persons_of_subject(x, events, event_count);
    dmi_speakers_told_after(x, events, event_count);
    if (dmi_drop_government_capitals(x, events, event_count) != 0) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    /* Events name only emitted places. */
    for (size_t i = 0; i < event_count; i++) {
        dmi_xevent_t *ev = &events[i];
        size_t n = 0;
        for (size_t k = 0; k < ev->place_count; k++)
            if (x->places[ev->places[k]].mention_count > 0)
                ev->places[n++] = ev->places[k];
        ev->place_count = n;
    }
    dmi_events_relabel(x, events, event_count);
    /* The headline names the principal event (and is the title). */
    char headline[200];
    size_t headline_sentence = NONE, headline_from = 0;
    int has_headline = dmi_article_headline(x, headline, sizeof headline, &headline_sentence, &headline_from);
    dmi_events_principal(x, events, event_count, has_headline ? headline_sentence : NONE);
    /* Places with at least one emitted mention, in order of first mention. */
    for (size_t i = 0; i < x->place_count; i++) {
        dmi_xplace_t *p = &x->places[i];
        if (p->mention_count == 0)
            continue;
        size_t n = 0;
        for (size_t k = 0; k < x->mention_count; k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if (m->place != i || (m->flags & DMI_MENTION_PEOPLE))
                continue;
            if (dmi_grow((void **)&spans, &span_cap, n + 1, sizeof *spans) != 0) {
                st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
                goto out;
            }
            spans[n].start = m->cp_start;
            spans[n].end = m->cp_end;
            n++;
        }
        dm_place_t pl = {0};
        pl.id = p->id;
        pl.name = p->name;
        pl.lat = p->lat;
        pl.lon = p->lon;
        pl.has_coords = 1;
        pl.kind = p->kind;
        pl.country = p->country[0] ? p->country : NULL;
        pl.confidence = p->confidence;
        pl.mentions = spans;
        pl.mention_count = n;
        pl.geometry = p->geometry;
        /* A line place carries its geometry (docs/formats.md): the gazetteer's
         * line of that name (the Korean demarcation line) when there is one. */
        char *shipped = NULL;
        if (p->kind == DM_PLACE_LINE && !p->geometry && (shipped = dmi_place_line_geojson(ctx, p->name)))
            pl.geometry = shipped;
        /* "names": {"ko": "판문점"}: the place's name in other scripts, for
         * bilingual labels (docs/formats.md: an added field). */
        char *names = NULL;
        if (p->name_ko) {
            names = names_json("ko", p->name_ko);
            if (!names) {
                free(shipped);
                st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
                goto out;
            }
        }
        pl.names = names;
        st = dm_story_add_place(story, &pl);
        free(names);
        free(shipped);
        if (st == DM_OK && p->has_label)
            st = dmi_story_set_anchor(story, dm_story_place_count(story) - 1, p->label_lat, p->label_lon);
        if (st != DM_OK)
            goto out;
    }
    for (size_t i = 0; i < event_count; i++) {
        dmi_xevent_t *ev = &events[i];
        char id[16], date[11];
        const char *pids[4], *parts[6];
        dm_span_t es[8];
        g_snprintf(id, sizeof id, "e%zu", i + 1);
        dmi_date_format(&ev->date, date);
        /* News reports what is recent: an event the text does not date
         * happened (or is planned) around the report, so it takes the
         * report's month (not what it tells as before its time: "had met",
         * "first visited", undated). */
        if (!date[0] && x->date.year && x->date.month && !ev->before_news) {
            dmi_date_t month = {x->date.year, x->date.month, 0};
            /* ... and what a news report tells as done without a date is
             * the report's day, wherever it is told ("arrived from Helsinki
             * and went into talks", "is in Washington on a state visit"):
             * the day the report was filed is its frame, as a dateline's. A
             * text telling history has no such day; what is still to come
             * keeps the month. A lede that dates the news to a day before
             * the report's (x->news_day) gives that day instead. */
            if (ev->status == DM_EVENT_HELD && !x->history)
                month = x->news_day.year ? x->news_day : x->date;
            dmi_date_format(&month, date);
        }
        for (size_t k = 0; k < ev->place_count; k++)
            pids[k] = x->places[ev->places[k]].id;
        for (size_t k = 0; k < ev->participant_count; k++)
            parts[k] = ev->participants[k];
        for (size_t k = 0; k < ev->sentence_count; k++) {
            es[k].start = x->art->sentences[ev->sentences[k]].cp_start;
            es[k].end = x->art->sentences[ev->sentences[k]].cp_end;
        }
        dm_event_t e = {0};
        e.id = id;
        e.type = ev->type;
        e.date = date[0] ? date : NULL;
        e.places = pids;
        e.place_count = ev->place_count;
        e.status = ev->status;
        e.participants = parts;
        e.participant_count = ev->participant_count;
        e.label = ev->label;
        e.mentions = es;
        e.mention_count = ev->sentence_count;
        if ((st = dm_story_add_event(story, &e)) != DM_OK)
            goto out;
        /* Who took part (full names), the sentence told, the CAMEO code. */
        char names[G_N_ELEMENTS(ev->persons)][128];
        const char *persons[G_N_ELEMENTS(ev->persons)];
        size_t np = 0;
        for (size_t k = 0; k < ev->person_count; k++) {
            if (!dmi_person_name(x, ev->persons[k], names[np], sizeof names[np]))
                continue;
            int seen = 0;
            for (size_t j = 0; j < np && !seen; j++)
                seen = strcmp(persons[j], names[np]) == 0;
            if (!seen) {
                persons[np] = names[np];
                np++;
            }
        }
        char evidence[DM_STORY_MAX_TEXT];
        dmi_event_evidence(x, ev, headline_from, evidence, sizeof evidence);
        if ((st = dmi_story_set_event_extra(story, dm_story_event_count(story) - 1, ev->principal, persons, np)) !=
                DM_OK ||
            (st = dmi_story_set_event_text(story, dm_story_event_count(story) - 1, evidence[0] ? evidence : NULL,
                                           dmi_event_cameo(x, ev))) != DM_OK)
            goto out;
    }
    char date[11];
    dmi_date_format(&x->date, date);
    if (date[0] && (st = dm_story_set_date(story, date)) != DM_OK)
        goto out;
    if (opts && opts->title) {
        st = dm_story_set_title(story, opts->title);
    } else {
        char title[200];
        /* One title limit wherever a title comes from: the headline and the
         * main event's title are held in fewer bytes than the limit has
         * characters, so extraction never refuses a title it made. */
        _Static_assert(sizeof title <= DM_TITLE_MAX_CHARS + 1, "a derived title fits DM_TITLE_MAX_CHARS");
        _Static_assert(sizeof headline <= sizeof title, "the headline fits the title");
        if (has_headline)
            g_strlcpy(title, headline, sizeof title);
        else
            dmi_events_title(x, events, event_count, title, sizeof title);
        if (title[0])
            st = dm_story_set_title(story, title);
    }
    if (st != DM_OK)
        goto out;
    if (opts && opts->source && (st = dm_story_set_source(story, opts->source)) != DM_OK)
        goto out;
    *out = story;
    story = NULL;
out:
    free(spans);
    free(events);
    dm_story_destroy(story);
    return st;
}

void dm_extract_options_init(dm_extract_options_t *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->struct_size = sizeof *opts;
}

static dm_status_t extract_article(dm_context_t *ctx, dm_gazetteer_t *gaz, dmi_article_t *art,
                                   const dm_extract_options_t *opts, dm_story_t **out)
{
    dm_status_t st = DM_OK;
    dmi_extraction_t x = {0};
    dmi_cand_vec_t cands = {0};
    dm_extract_options_t known;
    dm_extract_options_init(&known);
    opts = dmi_options_adopt(opts, &known, sizeof known);
    x.ctx = ctx;
    x.art = art;
    if (!gaz && (st = dmi_context_gazetteer(ctx, &gaz)) != DM_OK)
        return st;
    x.gaz = gaz;
    if (opts && opts->date) {
        if (dmi_date_parse(opts->date, &x.date) != 0 || !x.date.day)
            return dmi_error(ctx, DM_ERR_USAGE, "date '%s' is not a valid YYYY-MM-DD date", opts->date);
    } else if (dmi_article_date(art, &x.date) != 0) {
        memset(&x.date, 0, sizeof x.date);
        dmi_log(ctx, DM_LOG_INFO, "%s: no article date found; relative dates stay unresolved", art->name);
    } else {
        x.date_told = !dmi_article_date_line(art);
    }
    x.history = dmi_text_tells_history(art, &x.date);
    x.person_tok = dmi_calloc(art->token_count + 1, 1);
    if (!x.person_tok) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    dmi_collect_lower_words(&x);
    if (dmi_find_people(&x) != 0 || dmi_find_candidates(&x, &cands) != 0 || dmi_resolve_mentions(&x, &cands) != 0 ||
        dmi_descriptive_references(&x, &cands) != 0 || dmi_build_places(&x, &cands) != 0) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    st = story_from(&x, opts, out);
out:
    free(cands.items);
    extraction_clear(&x);
    return st;
}

dm_status_t dm_story_extract(dm_context_t *ctx, dm_gazetteer_t *gaz, const char *text, size_t len,
                             const char *name, const dm_extract_options_t *opts, dm_story_t **out)
{
    *out = NULL;
    if (!text)
        return dmi_error(ctx, DM_ERR_USAGE, "no article text");
    dmi_article_t art;
    dm_status_t st = dmi_article_init(ctx, &art, text, len, name);
    if (st != DM_OK)
        return st;
    st = extract_article(ctx, gaz, &art, opts, out);
    dmi_article_clear(&art);
    return st;
}

dm_status_t dm_story_extract_file(dm_context_t *ctx, dm_gazetteer_t *gaz, const char *path,
                                  const dm_extract_options_t *opts, dm_story_t **out)
{
    *out = NULL;
    dmi_article_t art;
    dm_status_t st = dmi_article_read(ctx, &art, path);
    if (st != DM_OK)
        return st;
    st = extract_article(ctx, gaz, &art, opts, out);
    dmi_article_clear(&art);
    return st;
}
