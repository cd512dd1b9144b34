/* Extraction, phase 3: the story's places and mentions. Descriptive
 * references ("the North Korean capital", "their UN mission", "the border"
 * of two neighbours that share a curated line) join the resolved names;
 * every kept candidate becomes a mention of a place with a stable id and the
 * label name a map shows.
 *
 * Takes: resolved candidates. Gives: x->places and x->mentions (text order,
 * flags for demonyms, metonyms, embedded names); dmi_mention_lower finds the
 * mentions of a token range. Never: changes a candidate's reading except for
 * a descriptive reference, reads events. */
#include "extract-private.h"
#include "story-private.h"
#include "context-private.h"
#include "textnorm-private.h"
#include "geom-private.h"

#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Look a composed phrase up; the first site/line entry (or any when kind is
 * -1). */
static int lookup_phrase(const dmi_extraction_t *x, const char *phrase, int kind, dmi_gaz_entry_t *out)
{
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t n = dmi_gazetteer_match(x->gaz, phrase, strlen(phrase), e, MAX_ENTRIES);
    for (size_t k = 0; k < n; k++)
        if (kind < 0 || (int)e[k].kind == kind) {
            *out = e[k];
            return 0;
        }
    return -1;
}

/* A country's mission to the UN, by the names news uses for it. */
static int mission_of(const dmi_extraction_t *x, const dmi_cand_t *owner, dmi_gaz_entry_t *out)
{
    const char *surface = x->art->text + owner->start;
    int n = (int)(owner->end - owner->start);
    const char *name = owner->e[owner->chosen].name;
    char q[256];
    const char *forms[] = {"%.*s UN mission", "%.*s mission to the UN", "%.*s's UN mission"};
    for (size_t f = 0; f < G_N_ELEMENTS(forms); f++) {
        g_snprintf(q, sizeof q, forms[f], n, surface);
        if (lookup_phrase(x, q, DM_PLACE_SITE, out) == 0)
            return 0;
        if (name) {
            g_snprintf(q, sizeof q, forms[f], (int)strlen(name), name);
            if (lookup_phrase(x, q, DM_PLACE_SITE, out) == 0)
                return 0;
        }
    }
    return -1;
}

/* The nearest country or demonym candidate before candidate i in its sentence. */
static const dmi_cand_t *owner_before(const dmi_extraction_t *x, const dmi_cand_vec_t *v, size_t i)
{
    size_t sent = x->art->tokens[v->items[i].first].sentence;
    for (size_t j = i; j-- > 0;) {
        const dmi_cand_t *o = &v->items[j];
        if (x->art->tokens[o->first].sentence != sent)
            break;
        if (o->chosen >= 0 && o->e[o->chosen].kind == DM_PLACE_COUNTRY)
            return o;
    }
    return NULL;
}

/* Merge `add` (sorted by start) into `v` (sorted by start), keeping
 * v's items first among equal starts: one pass, so an article with
 * thousands of added candidates stays linear. */
typedef struct {
    dmi_mention_t m;
    size_t index;
} ordered_mention_t;

static int cmp_mention(const void *a, const void *b)
{
    const ordered_mention_t *x = a, *y = b;
    if (x->m.start != y->m.start)
        return x->m.start < y->m.start ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

static int sort_mentions(dmi_extraction_t *x)
{
    ordered_mention_t *o = dmi_calloc(x->mention_count, sizeof *o);
    if (!o)
        return -1;
    for (size_t i = 0; i < x->mention_count; i++)
        o[i] = (ordered_mention_t){x->mentions[i], i};
    qsort(o, x->mention_count, sizeof *o, cmp_mention);
    for (size_t i = 0; i < x->mention_count; i++)
        x->mentions[i] = o[i].m;
    free(o);
    return 0;
}

size_t dmi_mention_lower(const dmi_extraction_t *x, size_t token)
{
    size_t lo = 0, hi = x->mention_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->mentions[mid].first < token)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int merge_cands(dmi_cand_vec_t *v, const dmi_cand_vec_t *add)
{
    if (add->count == 0)
        return 0;
    size_t n = v->count + add->count;
    dmi_cand_t *out = dmi_calloc(n, sizeof *out);
    if (!out)
        return -1;
    size_t i = 0, j = 0, k = 0;
    while (i < v->count || j < add->count) {
        if (j >= add->count || (i < v->count && v->items[i].start <= add->items[j].start))
            out[k++] = v->items[i++];
        else
            out[k++] = add->items[j++];
    }
    free(v->items);
    v->items = out;
    v->count = v->cap = n;
    return 0;
}

static void set_single(dmi_cand_t *c, const dmi_gaz_entry_t *e)
{
    c->e[0] = *e;
    c->ne = 1;
    c->chosen = 0;
    c->margin = 3.0;
    c->flags |= DMI_MENTION_DESCRIPTIVE;
}

int dmi_descriptive_references(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    dmi_article_t *a = x->art;
    dmi_gaz_entry_t e;
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        if (c->chosen < 0)
            continue;
        /* "their UN mission", "North Korea's UN mission": the owner's mission. */
        if (c->last < a->token_count && dmi_tok_is(a, c->last, "mission") &&
            (dmi_tok_eq(a, c->first, "UN") || dmi_tok_eq(a, c->first, "U.N."))) {
            const dmi_cand_t *o = owner_before(x, v, i);
            if (o && mission_of(x, o, &e) == 0) {
                set_single(c, &e);
                c->end = a->tokens[c->last].end;
                c->last++;
            }
            continue;
        }
        /* A demonym, "diplomats", "in", a city ("Cuban diplomats in Vienna"): that country's mission there. */
        const dmi_gaz_entry_t *ce = &c->e[c->chosen];
        if (ce->is_demonym && c->last + 2 < a->token_count &&
            (dmi_tok_is(a, c->last, "diplomats") || dmi_tok_is(a, c->last, "envoys") ||
             dmi_tok_is(a, c->last, "delegation") || dmi_tok_is(a, c->last, "delegates")) &&
            (dmi_tok_is(a, c->last + 1, "in") || dmi_tok_is(a, c->last + 1, "at")) && i + 1 < v->count &&
            v->items[i + 1].first == c->last + 2 && v->items[i + 1].chosen >= 0 &&
            mission_of(x, c, &e) == 0) {
            dmi_cand_t *d = &v->items[i + 1];
            const dmi_gaz_entry_t *de = &d->e[d->chosen];
            if (dmi_great_circle_km(de->lat, de->lon, e.lat, e.lon) < 30)
                set_single(d, &e);
        }
    }
    /* "the border" in an article about two neighbours that share a curated
     * line: phrases the article itself uses ("inter-Korean") first. */
    dmi_gaz_entry_t line;
    int have_line = 0;
    for (size_t t = 0; t < a->token_count && !have_line; t++) {
        const char *s = dmi_tok_text(a, t);
        size_t n = dmi_tok_len(a, t);
        if (n > 6 && g_ascii_strncasecmp(s, "inter-", 6) == 0) {
            char q[128];
            g_snprintf(q, sizeof q, "%.*s border", (int)n, s);
            have_line = lookup_phrase(x, q, DM_PLACE_LINE, &line) == 0;
        }
    }
    for (size_t i = 0; i < x->country_count && !have_line; i++)
        for (size_t j = 0; j < x->country_count && !have_line; j++) {
            if (i == j)
                continue;
            char q[128];
            dmi_gaz_entry_t ci, cj;
            if (lookup_phrase(x, x->countries[i], DM_PLACE_COUNTRY, &ci) != 0 ||
                lookup_phrase(x, x->countries[j], DM_PLACE_COUNTRY, &cj) != 0 || !ci.name || !cj.name)
                continue;
            g_snprintf(q, sizeof q, "%s-%s border", ci.name, cj.name);
            have_line = lookup_phrase(x, q, DM_PLACE_LINE, &line) == 0;
        }
    if (!have_line)
        return 0;
    dmi_cand_vec_t borders = {0};
    for (size_t t = 1; t < a->token_count; t++) {
        if (!dmi_tok_eq(a, t, "border") || !dmi_tok_is(a, t - 1, "the"))
            continue;
        /* "the border with Syria" names its own place. */
        if (t + 1 < a->token_count && (dmi_tok_is(a, t + 1, "with") || dmi_tok_is(a, t + 1, "between")))
            continue;
        dmi_cand_t c;
        memset(&c, 0, sizeof c);
        c.first = t;
        c.last = t + 1;
        c.start = a->tokens[t].start;
        c.end = a->tokens[t].end;
        c.qualifier = -1;
        set_single(&c, &line);
        if (dmi_cue_before(a, t) || (t >= 2 && dmi_tok_is(a, t - 2, "along")))
            c.flags |= DMI_MENTION_CUE;
        if (dmi_push_cand(&borders, &c) != 0) {
            free(borders.items);
            return -1;
        }
        t++;
    }
    int rc = merge_cands(v, &borders);
    free(borders.items);
    return rc;
}

static void slugify(const char *name, char *out, size_t size)
{
    char *norm = dmi_text_normalize(name, -1);
    size_t o = 0;
    int dash = 0;
    const char *src = norm ? norm : name;
    for (const char *p = src; *p && o + 2 < size; p++) {
        unsigned char ch = (unsigned char)*p;
        if (g_ascii_isalnum(ch)) {
            if (dash && o > 0)
                out[o++] = '-';
            out[o++] = (char)g_ascii_tolower(ch);
            dash = 0;
        } else {
            dash = 1;
        }
    }
    out[o] = '\0';
    if (o == 0)
        g_strlcpy(out, "place", size);
    g_free(norm);
}

/* The name a map label gives a place: the curated display name, else the
 * article's own spelling when it found the place through another name
 * ("Geneva" for GeoNames' "Genève", "Kiev" in an article that writes it so),
 * else the gazetteer's main name. */
static char *label_name(const dmi_gaz_entry_t *e, const char *surface, size_t len)
{
    if (e->display && *e->display && e->display != e->name)
        return dmi_strdup(e->display);
    /* Sites keep their curated name ("truce village of Panmunjom" names
     * Panmunjom) unless the article writes another script ("판문점"). */
    int other_script = surface && len > 0 && (unsigned char)surface[0] >= 0xE0;
    /* The main name is the surface with its article ("The Hague" for "in
     * the Hague", "HAGUE"): the article is part of the name. */
    if (surface && e->name && strlen(e->name) == len + 4 && g_ascii_strncasecmp(e->name, "The ", 4) == 0 &&
        g_ascii_strncasecmp(e->name + 4, surface, len) == 0)
        return dmi_strdup(e->name);
    if (surface && e->is_alternate && !e->is_abbrev && !e->is_demonym &&
        (e->kind == DM_PLACE_CITY || e->kind == DM_PLACE_REGION || (e->kind == DM_PLACE_SITE && other_script)) &&
        g_utf8_validate(surface, (gssize)len, NULL)) {
        char *name = malloc(len + 1);
        if (name) {
            memcpy(name, surface, len);
            name[len] = '\0';
            /* A dateline's "GENEVA": title case, and a final possessive's
             * "'S" too ("ST. JOHN'S": "St. John's"). */
            if (dmi_text_is_upper(surface, len))
                for (size_t i = 1; i < len; i++)
                    if (g_ascii_isalpha(name[i - 1]) ||
                        (name[i - 1] == '\'' && name[i] == 'S' && (i + 1 == len || !g_ascii_isalpha(name[i + 1]))))
                        name[i] = g_ascii_tolower(name[i]);
        }
        return name;
    }
    return dmi_strdup(e->display ? e->display : e->name ? e->name : "place");
}

static size_t place_for_entry(dmi_extraction_t *x, const dmi_gaz_entry_t *e, const char *surface, size_t len,
                              int *err)
{
    *err = 0;
    for (size_t i = 0; i < x->place_count; i++)
        if (x->places[i].entry == e->entry)
            return i;
    /* A story holds at most DM_STORY_LIMIT_PLACES places (what render
     * loads): the article's first are kept, later new names are not read. */
    if (x->place_count >= DM_STORY_LIMIT_PLACES)
        return NONE;
    if (dmi_grow((void **)&x->places, &x->place_cap, x->place_count + 1, sizeof *x->places) != 0) {
        *err = 1;
        return NONE;
    }
    dmi_xplace_t *p = &x->places[x->place_count];
    memset(p, 0, sizeof *p);
    p->name = label_name(e, surface, len);
    if (!p->name) {
        *err = 1;
        return NONE;
    }
    p->lat = e->lat;
    p->lon = e->lon;
    p->has_label = e->has_label;
    p->label_lat = e->label_lat;
    p->label_lon = e->label_lon;
    p->kind = e->kind;
    memcpy(p->country, e->country, 3);
    p->population = e->population;
    p->is_capital = e->is_capital;
    p->entry = e->entry;
    p->name_ko = e->name_ko;
    p->curated = e->source && strncmp(e->source, "curated:", 8) == 0;
    /* Unique slug id; a curated place keeps its reviewed id ("dprk-un-mission"). */
    char base[64];
    if (e->source && strncmp(e->source, "curated:", 8) == 0 && e->source[8])
        g_strlcpy(base, e->source + 8, sizeof base);
    else
        slugify(p->name, base, sizeof base);
    /* A label in Hangul or another script: the id from the gazetteer's
     * romanised name ("seoul", not "place"). */
    if (strcmp(base, "place") == 0 && e->name)
        slugify(e->name, base, sizeof base);
    g_strlcpy(p->id, base, sizeof p->id);
    for (int k = 2;; k++) {
        int used = 0;
        for (size_t i = 0; i < x->place_count; i++)
            if (strcmp(x->places[i].id, p->id) == 0)
                used = 1;
        if (!used)
            break;
        g_snprintf(p->id, sizeof p->id, "%s-%d", base, k);
    }
    return x->place_count++;
}

static int add_mention(dmi_extraction_t *x, size_t place, size_t first, size_t last,
                       size_t start, size_t end, unsigned flags)
{
    if (dmi_grow((void **)&x->mentions, &x->mention_cap, x->mention_count + 1, sizeof *x->mentions) != 0)
        return -1;
    dmi_mention_t *m = &x->mentions[x->mention_count++];
    m->first = first;
    m->last = last;
    m->start = start;
    m->end = end;
    m->cp_start = dmi_article_cp(x->art, start);
    m->cp_end = dmi_article_cp(x->art, end);
    m->sentence = x->art->tokens[first].sentence;
    m->place = place;
    m->flags = flags;
    return 0;
}

/* The capital of a country, from the gazetteer: looks the country's name up
 * through the places the article already has, then the gazetteer. */
static int capital_entry(dmi_extraction_t *x, const char *cc, dmi_gaz_entry_t *out)
{
    /* A capital the article names. */
    for (size_t i = 0; i < x->place_count; i++) {
        dmi_xplace_t *p = &x->places[i];
        if (p->is_capital && strcmp(p->country, cc) == 0) {
            memset(out, 0, sizeof *out);
            out->entry = p->entry;
            out->lat = p->lat;
            out->lon = p->lon;
            out->kind = p->kind;
            memcpy(out->country, p->country, 3);
            out->is_capital = 1;
            out->name = p->name;
            out->display = p->name;
            out->name_ko = p->name_ko;
            return 0;
        }
    }
    /* The capital the gazetteer knows, named or not ("the North Korean
     * capital" in an article that never says "Pyongyang"). */
    return dmi_gazetteer_capital(x->gaz, cc, out);
}

size_t dmi_extract_seat_of(const dmi_extraction_t *x, const char *country)
{
    if (!country || !country[0])
        return NONE;
    size_t best = NONE;
    for (size_t i = 0; i < x->place_count; i++) {
        const dmi_xplace_t *p = &x->places[i];
        if (strcmp(p->country, country) != 0 || p->kind == DM_PLACE_COUNTRY)
            continue;
        if (p->is_capital && p->mention_count > 0)
            return i;
        /* Seats of government are curated sites ("White House"). */
        if (best == NONE && p->kind == DM_PLACE_SITE && p->mention_count > 0 && p->curated)
            best = i;
    }
    return best;
}

/* "the North Korean capital", "the Syrian capital": a demonym or country
 * candidate followed by "capital". */
static int descriptive_capitals(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    dmi_article_t *a = x->art;
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        if (c->chosen < 0 || !dmi_tok_is(a, c->last, "capital"))
            continue;
        const dmi_gaz_entry_t *e = &c->e[c->chosen];
        if (e->kind != DM_PLACE_COUNTRY)
            continue;
        dmi_gaz_entry_t cap;
        if (capital_entry(x, e->country, &cap) != 0)
            continue;
        c->e[0] = cap;
        c->ne = 1;
        c->chosen = 0;
        c->end = a->tokens[c->last].end;
        c->last++;
        c->flags |= DMI_MENTION_DESCRIPTIVE;
    }
    return 0;
}

/* Place i's mentions are read as inside a name (an institution's, a
 * newspaper's), all but those a qualifier makes the place ("X, Ala.") and,
 * with keep_cued, those after a locative cue other than "at" ("in X").
 * Adjusts the mentions' flags and the place's literal_count. */
static void embed_bare_mentions(dmi_extraction_t *x, size_t i, int keep_cued)
{
    const dmi_article_t *a = x->art;
    for (size_t k = 0; k < x->mention_count; k++) {
        dmi_mention_t *m = &x->mentions[k];
        if (m->place != i || (m->flags & (DMI_MENTION_EMBEDDED | DMI_MENTION_PEOPLE)))
            continue;
        int cue = keep_cued && dmi_cue_before(a, m->first) &&
                  !(dmi_tok_prev_word(a, m->first) && dmi_tok_is(a, m->first - 1, "at"));
        int qualified = dmi_tok_punct(a, m->last, ',') && dmi_tok_cap(a, m->last + 1) &&
                        dmi_tok_same_sentence(a, m->first, m->last + 1);
        if (cue || qualified)
            continue;
        m->flags |= DMI_MENTION_EMBEDDED;
        x->places[i].literal_count--;
    }
}

/* Small-town reach of org_short_forms: a town of this many people or more
 * is named for itself often enough ("Cambridge", "Oxford") to keep its
 * bare mentions. */
#define ORG_SHORT_FORM_POP 50000

/* "Lipscomb University ... 300 Lipscomb students", "the Brookings
 * Institution ... Brookings said": a small town (no capital, under
 * ORG_SHORT_FORM_POP people, not curated) whose name the article gives as the
 * head of an institution's name (the name, then a word of
 * rules/institution_words.txt: no town's own police, council or school) is
 * that institution wherever the text does not put something in it: its
 * mentions without a cue ("in", "near", "from", "the town of"; not "at",
 * which a university takes as well) or a qualifier
 * ("X, Ala.") are read as embedded too. Decided per mention: "in X" stays a
 * place. Returns nothing; adjusts literal_count and the mentions' flags. */
static void org_short_forms(dmi_extraction_t *x)
{
    static const char *const institution_words_list[] = {
#include "rules/institution_words.inc"
        NULL};
    static dmi_word_set_t institution_words = DMI_WORD_SET(institution_words_list);
    const dmi_article_t *a = x->art;
    /* The institutions' words of the text, found once. */
    GArray *heads = NULL;
    for (size_t t = 1; t < a->token_count; t++)
        if (dmi_tok_cap(a, t) && dmi_tok_in_set_cs(a, t, &institution_words)) {
            if (!heads)
                heads = g_array_new(FALSE, FALSE, sizeof(size_t));
            g_array_append_val(heads, t);
        }
    for (size_t i = 0; heads && i < x->place_count; i++) {
        dmi_xplace_t *p = &x->places[i];
        if (p->kind != DM_PLACE_CITY || p->is_capital || p->curated || p->population >= ORG_SHORT_FORM_POP ||
            p->literal_count == 0)
            continue;
        /* The name, as one of its mentions spells it, anywhere in the text
         * before an institution's word (that use may have been read as no
         * mention at all). */
        int org = 0;
        for (size_t k = 0; k < x->mention_count && !org; k++) {
            const dmi_mention_t *m = &x->mentions[k];
            size_t len = m->last - m->first;
            if (m->place != i)
                continue;
            for (guint h = 0; h < heads->len && !org; h++) {
                size_t head = g_array_index(heads, size_t, h);
                if (head < len)
                    continue;
                size_t t = head - len, w = 0;
                while (w < len && dmi_tok_len(a, t + w) == dmi_tok_len(a, m->first + w) &&
                       memcmp(dmi_tok_text(a, t + w), dmi_tok_text(a, m->first + w), dmi_tok_len(a, t + w)) == 0)
                    w++;
                org = w == len;
            }
        }
        if (org)
            embed_bare_mentions(x, i, 1);
    }
    if (heads)
        g_array_free(heads, TRUE);
}

/* The publication noun at token t opens a noun phrase: a determiner, a
 * capitalised word or a hyphenated one before it, or a determiner and one
 * word ("the Communist Party daily", "the state-run daily", "the influential
 * weekly"). Not an adverb or adjective of a verb's object: "get daily Slovak
 * news", "holds weekly Paris briefings". */
static int publication_noun_phrase(const dmi_article_t *a, size_t t)
{
    if (!dmi_tok_prev_word(a, t))
        return 0;
    size_t u = t - 1;
    if (dmi_tok_in(a, u, dmi_phrase_determiners) >= 0 || dmi_tok_cap(a, u) ||
        memchr(dmi_tok_text(a, u), '-', dmi_tok_len(a, u)) != NULL)
        return 1;
    return dmi_tok_prev_word(a, u) && dmi_tok_in(a, u - 1, dmi_phrase_determiners) >= 0;
}

/* "the Communist Party daily Granma ... a letter published in Granma": a
 * place's name that the article gives right after a publication noun
 * (rules/publication_nouns.txt), as the whole capitalised name, is that
 * newspaper's name in this article. Its other mentions are the newspaper
 * too, even after "in" (a letter is published in a paper), unless a
 * qualifier makes one the place ("X, Cuba"): a story that names a paper
 * after a place rarely means the place by the bare name as well. Returns
 * nothing; adjusts literal_count and the mentions' flags. */
static void publication_names(dmi_extraction_t *x)
{
    static const char *const publication_nouns_list[] = {
#include "rules/publication_nouns.inc"
        NULL};
    static dmi_word_set_t publication_nouns = DMI_WORD_SET(publication_nouns_list);
    const dmi_article_t *a = x->art;
    for (size_t i = 0; i < x->place_count; i++) {
        dmi_xplace_t *p = &x->places[i];
        if (p->literal_count == 0 || p->curated)
            continue;
        int paper = 0;
        for (size_t k = 0; k < x->mention_count && !paper; k++) {
            const dmi_mention_t *m = &x->mentions[k];
            paper = m->place == i && !(m->flags & DMI_MENTION_DEMONYM) && dmi_tok_prev_word(a, m->first) &&
                    !dmi_tok_cap(a, m->first - 1) && dmi_tok_in_set(a, m->first - 1, &publication_nouns) >= 0 &&
                    publication_noun_phrase(a, m->first - 1) &&
                    !(m->last < a->token_count && dmi_tok_cap(a, m->last) &&
                      dmi_tok_same_sentence(a, m->first, m->last));
        }
        if (paper)
            embed_bare_mentions(x, i, 0);
    }
}

int dmi_build_places(dmi_extraction_t *x, dmi_cand_vec_t *v)
{
    dmi_article_t *a = x->art;
    /* Countries first so capitals of the article's countries are known. */
    for (int round = 0; round < 2; round++) {
        for (size_t i = 0; i < v->count; i++) {
            dmi_cand_t *c = &v->items[i];
            if (c->chosen < 0)
                continue;
            const dmi_gaz_entry_t *e = &c->e[c->chosen];
            int is_desc = c->last < a->token_count && dmi_tok_is(a, c->last, "capital") &&
                          e->kind == DM_PLACE_COUNTRY;
            if ((round == 0) == is_desc)
                continue;
            if (round == 1) {
                descriptive_capitals(x, &(dmi_cand_vec_t){.items = c, .count = 1, .cap = 1});
                e = &c->e[c->chosen];
            }
            int err;
            size_t p = place_for_entry(x, e, a->text + c->start, c->end - c->start, &err);
            if (err)
                return -1;
            if (p == NONE)
                continue;
            unsigned flags = c->flags;
            if (e->is_demonym && !(flags & DMI_MENTION_DESCRIPTIVE))
                flags |= DMI_MENTION_DEMONYM;
            /* Metonymy: a capital or seat as the subject ("Pyongyang's push",
             * "Washington said"). Only a flag: the place is the same. */
            if (c->last < a->token_count &&
                ((a->tokens[c->last].flags & DMI_TOK_POSS) || dmi_tok_in_set_cs(a, c->last, &dmi_speech_verbs)))
                flags |= DMI_MENTION_METONYM;
            if (add_mention(x, p, c->first, c->last, c->start, c->end, flags) != 0)
                return -1;
            dmi_xplace_t *pl = &x->places[p];
            if (!(flags & DMI_MENTION_PEOPLE))
                pl->mention_count++;
            if (!(flags & (DMI_MENTION_PEOPLE | DMI_MENTION_EMBEDDED)))
                pl->literal_count++;
            double conf = 0.55 + 0.15 * fmin(c->margin, 3.0);
            if (c->ne == 1)
                conf = 0.95;
            if (conf > pl->confidence)
                pl->confidence = conf;
        }
    }
    /* Mentions in text order (stable: equal starts keep their order). */
    if (sort_mentions(x) != 0)
        return -1;
    org_short_forms(x);
    publication_names(x);
    for (size_t i = 0; i < x->place_count; i++) {
        dmi_xplace_t *p = &x->places[i];
        /* Named only inside organisations' names ("Pacific Islands Forum",
         * "Washington Post"): an actor's name, no place of the story. Its
         * mentions stay (events read them as embedded) but none is emitted. */
        if (p->literal_count == 0)
            p->mention_count = 0;
        if (p->confidence > 0.99)
            p->confidence = 0.99;
    }
    return 0;
}

/* Two mentions joined as a list ("Seoul and Tokyo", "Washington, London"). */
static int listed_together(const dmi_article_t *a, const dmi_mention_t *m, const dmi_mention_t *n)
{
    if (m->last > n->first || n->first - m->last > 2)
        return 0;
    for (size_t t = m->last; t < n->first; t++)
        if (!dmi_tok_punct(a, t, ',') && !dmi_tok_is(a, t, "and") && !dmi_tok_is(a, t, "or"))
            return 0;
    return 1;
}

/* "said of", "spoke of": what is said is about a government. */
static int said_of(const dmi_article_t *a, size_t p)
{
    return p > 0 && dmi_tok_is(a, p, "of") && dmi_tok_prev_word(a, p) && dmi_tok_in_set_cs(a, p - 1, &dmi_speech_verbs);
}

/* Mention k of a capital stands for its government, by the words around it
 * (or around the list it is in): a possessive before a common noun
 * ("Pyongyang's test"), a verb after it ("Washington was", "Seoul and Tokyo
 * agreed"), "-backed" and kin ("a Moscow-backed group"), a word of a relation
 * before it ("talks with Seoul", "between Washington and Moscow", "urged
 * Beijing"). Anything else (a dateline, a modifier, "Washington, D.C.") may
 * be the city. */
static int government_use(const dmi_extraction_t *x, size_t k)
{
    static const char *const relations_list[] = {
#include "rules/government_relations.inc"
        NULL};
    static dmi_word_set_t relations = DMI_WORD_SET(relations_list);
    static const char *const verbs_list[] = {
#include "rules/government_verbs.inc"
        NULL};
    static dmi_word_set_t verbs = DMI_WORD_SET(verbs_list);
    static const char *const routes_list[] = {
#include "rules/route_nouns.inc"
        NULL};
    static dmi_word_set_t routes = DMI_WORD_SET(routes_list);
    static const char *const hosts_list[] = {
#include "rules/host_verbs.inc"
        NULL};
    static dmi_word_set_t hosts = DMI_WORD_SET(hosts_list);
    static const char *const visitors_list[] = {
#include "rules/visitor_nouns.inc"
        NULL};
    static dmi_word_set_t visitors = DMI_WORD_SET(visitors_list);
    static const char *const attached[] = {"backed", "led", "run", "sponsored", "brokered", "allied", "aligned",
                                           NULL};
    const dmi_article_t *a = x->art;
    const dmi_mention_t *m = &x->mentions[k];
    /* The list the mention is in. */
    size_t lo = k, hi = k;
    while (lo > 0 && listed_together(a, &x->mentions[lo - 1], &x->mentions[lo]))
        lo--;
    while (hi + 1 < x->mention_count && listed_together(a, &x->mentions[hi], &x->mentions[hi + 1]))
        hi++;
    size_t first = x->mentions[lo].first, after = x->mentions[hi].last;
    size_t t = m->last;
    int poss = t < a->token_count && (a->tokens[t].flags & DMI_TOK_POSS) && dmi_tok_word(a, t + 1) &&
               !(a->tokens[t + 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER));
    /* "in Geneva and London", "the city of Seoul": the city; "between",
     * "with", "said of": relations; "of Beijing's claims": the claims'. */
    for (size_t f = 0; f < 2; f++) {
        size_t u = f ? first : m->first;
        int cue = dmi_cue_before(a, u);
        if (cue == 2)
            return 0;
        size_t p = u - 1;
        if (cue == 1 && dmi_tok_is(a, p, "the") && p > 0)
            p--;
        if (cue == 1 && dmi_tok_in_set(a, p, &relations) < 0 && !said_of(a, p) && !(poss && dmi_tok_is(a, p, "of")))
            return 0;
        /* "flights between Harare and London", "the road between": cities. */
        if (cue == 1 && dmi_tok_is(a, p, "between") && p > 0 && dmi_tok_in_set(a, p - 1, &routes) >= 0)
            return 0;
    }
    /* "a Moscow-backed group": the token goes on past the name. */
    if (m->end < a->len && a->text[m->end] == '-') {
        size_t e = m->end + 1, n = 0;
        while (e + n < a->len && g_ascii_isalpha(a->text[e + n]))
            n++;
        for (size_t w = 0; attached[w]; w++)
            if (strlen(attached[w]) == n && g_ascii_strncasecmp(a->text + e, attached[w], n) == 0)
                return 1;
        return 0;
    }
    if (t < a->token_count && (a->tokens[t].flags & DMI_TOK_POSS))
        return poss;
    if (dmi_tok_prev_word(a, first) && !(a->tokens[first - 1].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
        (dmi_tok_in_set(a, first - 1, &relations) >= 0 || dmi_tok_in_set(a, first - 1, &verbs) >= 0 ||
         said_of(a, first - 1)))
        return 1;
    if (after < a->token_count && dmi_tok_same_sentence(a, after, first) && dmi_tok_word(a, after) &&
        !(a->tokens[after].flags & (DMI_TOK_CAP | DMI_TOK_UPPER | DMI_TOK_NUM))) {
        /* "Helsinki will host the talks", "Nairobi is preparing to host":
         * a city hosts, its government does not; the verb comes within four
         * lower-case words of the name, the auxiliaries before it. */
        for (size_t u = after; u < after + 4 && u < a->token_count && dmi_tok_same_sentence(a, u, first) &&
                               dmi_tok_word(a, u) && !(a->tokens[u].flags & (DMI_TOK_CAP | DMI_TOK_UPPER));
             u++)
            if (dmi_tok_in_set(a, u, &hosts) >= 0)
                return 0;
            else if (dmi_tok_in_set_cs(a, u, &dmi_speech_verbs))
                break; /* "Madrid said it would host": the government speaks */
        /* "Oslo welcomed the delegation", "Dushanbe received the Chinese
         * foreign minister": visitors came to the city; "welcomed the
         * decision", "welcomed the president's remarks" are the
         * government's. */
        static const char *const welcomes[] = {"welcomed", "welcomes", "received", "receives", NULL};
        if (dmi_tok_in(a, after, welcomes) >= 0) {
            size_t u = after + 1;
            while (u < after + 5 && u < a->token_count && dmi_tok_same_sentence(a, u, first) && dmi_tok_word(a, u) &&
                   !(a->tokens[u].flags & DMI_TOK_POSS) && dmi_tok_in_set(a, u, &visitors) < 0 &&
                   !dmi_tok_in_set_cs(a, u, &dmi_person_titles) && !dmi_tok_in_set_cs(a, u, &dmi_role_nouns))
                u++;
            if (u < after + 5 && u < a->token_count && dmi_tok_same_sentence(a, u, first) && dmi_tok_word(a, u) &&
                !(u + 1 < a->token_count && (a->tokens[u + 1].flags & DMI_TOK_POSS)) &&
                (dmi_tok_in_set(a, u, &visitors) >= 0 || dmi_tok_in_set_cs(a, u, &dmi_person_titles) ||
                 dmi_tok_in_set_cs(a, u, &dmi_role_nouns)))
                return 0;
        }
        /* "Pyongyang had", "Washington dominated": a verb after the name. */
        size_t n = dmi_tok_len(a, after);
        const char *w = dmi_tok_text(a, after);
        if (dmi_tok_in_set(a, after, &verbs) >= 0 || dmi_tok_in_set_cs(a, after, &dmi_speech_verbs) ||
            (n > 4 && strncmp(w + n - 2, "ed", 2) == 0))
            return 1;
        /* "that Pyongyang take steps": the subject of a clause. */
        if (dmi_tok_prev_word(a, first) && dmi_tok_is(a, first - 1, "that") && dmi_tok_in_set(a, after, &relations) < 0)
            return 1;
    }
    return 0;
}

static int capital_city(const dmi_xplace_t *p)
{
    return p->is_capital && p->kind == DM_PLACE_CITY && p->mention_count > 0;
}

size_t dmi_capital_named_as_city(const dmi_extraction_t *x, const char *country)
{
    for (size_t k = 0; k < x->mention_count; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        const dmi_xplace_t *p = &x->places[m->place];
        if (capital_city(p) && strcmp(p->country, country) == 0 && dmi_usable_mention(m) &&
            !(m->flags & (DMI_MENTION_DEMONYM | DMI_MENTION_METONYM)) && !government_use(x, k))
            return m->place;
    }
    return NONE;
}

int dmi_drop_government_capitals(dmi_extraction_t *x, const dmi_xevent_t *events, size_t count)
{
    if (x->place_count == 0)
        return 0;
    unsigned char *keep = dmi_calloc(x->place_count, 1);
    if (!keep)
        return -1;
    for (size_t i = 0; i < count; i++)
        for (size_t k = 0; k < events[i].place_count; k++)
            if (events[i].places[k] < x->place_count)
                keep[events[i].places[k]] = 1;
    for (size_t k = 0; k < x->mention_count; k++) {
        const dmi_mention_t *m = &x->mentions[k];
        if (!keep[m->place] && capital_city(&x->places[m->place]) && !(m->flags & DMI_MENTION_PEOPLE) &&
            !government_use(x, k))
            keep[m->place] = 1;
    }
    /* "between Washington and Pyongyang" with Washington on the map: the
     * relation's other end is drawn too. */
    for (size_t k = 0; k + 1 < x->mention_count; k++) {
        const dmi_mention_t *m = &x->mentions[k], *n = &x->mentions[k + 1];
        if (m->place == n->place || !listed_together(x->art, m, n) || !capital_city(&x->places[m->place]) ||
            !capital_city(&x->places[n->place]))
            continue;
        if (keep[m->place] == 1 || keep[n->place] == 1)
            keep[m->place] = keep[n->place] = keep[m->place] | keep[n->place] | 2;
    }
    for (size_t i = 0; i < x->place_count; i++) {
        dmi_xplace_t *p = &x->places[i];
        if (capital_city(p) && !keep[i])
            p->mention_count = 0;
    }
    free(keep);
    return 0;
}
