/* The extractor's working state, shared by extract.c (places) and events.c
 * (events). Token and sentence indexes refer to the article; place indexes to
 * dmi_extraction_t.places. */
#ifndef DM_EXTRACT_PRIVATE_H
#define DM_EXTRACT_PRIVATE_H

#include <glib.h>

#include "article-private.h"
#include "dates-private.h"
#include "gazetteer-private.h"

enum {
    DMI_MENTION_DEMONYM = 1u << 0,     /* "North Korean diplomats" */
    DMI_MENTION_METONYM = 1u << 1,     /* "the White House said", "Pyongyang's push" */
    DMI_MENTION_EMBEDDED = 1u << 2,    /* inside an organisation's name ("Washington Post") */
    DMI_MENTION_DESCRIPTIVE = 1u << 3, /* "the North Korean capital", "the UN mission in New York" */
    DMI_MENTION_PEOPLE = 1u << 4,      /* plural people ("Americans"): context only, not emitted */
    DMI_MENTION_CUE = 1u << 5          /* after a locative cue ("in", "at", "the port city of") */
};

typedef struct {
    size_t first, last;       /* tokens [first, last) */
    size_t start, end;        /* bytes */
    size_t cp_start, cp_end;  /* code points */
    size_t sentence;
    size_t place;             /* index into places */
    unsigned flags;
} dmi_mention_t;

typedef struct {
    char id[80];
    char *name;               /* short display name (curated "display" column, else the name) */
    const char *name_ko;      /* Hangul name from the gazetteer, or NULL */
    double lat, lon;
    dm_place_kind_t kind;
    char country[3];
    long long population;
    int is_capital;
    double confidence;
    uint32_t entry;           /* gazetteer record */
    char *geometry;           /* GeoJSON or NULL */
    size_t mention_count;     /* emitted mentions */
    size_t literal_count;     /* mentions that are not embedded/people */
    int curated;              /* from curated.tsv (seats of government are) */
} dmi_xplace_t;

/* A person the article names, with the country they speak for. */
typedef struct {
    size_t first, last;       /* tokens of the first full mention */
    size_t full_first, full_last; /* tokens of the longest mention: the full name */
    char surname[48];
    char country[3];          /* "" when unknown */
} dmi_person_t;

typedef struct {
    dm_context_t *ctx;
    const dm_gazetteer_t *gaz;
    dmi_article_t *art;
    dmi_date_t date;          /* the article's date (year 0: unknown) */
    dmi_xplace_t *places;
    size_t place_count, place_cap;
    dmi_mention_t *mentions;  /* in text order */
    size_t mention_count, mention_cap;
    dmi_person_t *people;
    size_t people_count, people_cap;
    unsigned char *person_tok; /* per token: 1 when part of a person's name */
    GHashTable *lower_words;   /* words the article writes in lower case ("more") */
    char countries[8][3];     /* the article's main countries, most mentioned first */
    size_t country_count;
} dmi_extraction_t;

/* Country of a person named at token t ("Trump", "Kim"), "" when unknown. */
const char *dmi_person_country(const dmi_extraction_t *x, size_t t);
/* The person named at token t, or SIZE_MAX: a surname or given name alone
 * ("Trump", "Kim") is the person whose full name holds it, the one named
 * last before t ("Donald Trump", "Kim Jong-un"). */
size_t dmi_person_at(const dmi_extraction_t *x, size_t t);
/* A person's full name as the text writes it (white space runs made one
 * space, a possessive left out) into out; 0 when it does not fit. */
int dmi_person_name(const dmi_extraction_t *x, size_t person, char *out, size_t size);
/* Index of the place of that country's capital or seat among places, or
 * SIZE_MAX (adds nothing). */
size_t dmi_extract_seat_of(const dmi_extraction_t *x, const char *country);

typedef struct {
    dm_event_type_t type;
    dm_event_status_t status;
    dmi_date_t date;
    size_t places[4];         /* indexes into places; communications [from, to] */
    size_t place_count;
    char participants[6][3];
    size_t participant_count;
    char label[160];
    size_t sentences[8];      /* sentence indexes giving the mentions */
    size_t sentence_count;
    double weight;            /* how central the event is (title choice) */
    const char *word;         /* the trigger word (static), for labels */
    size_t trigger;           /* token of the trigger */
    char sender[48];          /* a sender's surname for letter labels, or "" */
    unsigned char date_weak;  /* the date is the report's ("said Thursday that ...") */
    size_t persons[8];        /* people taking part (indexes into people), in text order */
    size_t person_count;
    unsigned char principal;  /* the story's principal event (exactly one) */
} dmi_xevent_t;

/* Recognise the events of an extraction. *out is malloc'ed. */
dm_status_t dmi_events_find(dmi_extraction_t *x, dmi_xevent_t **out, size_t *count);
/* Rewrite every event's label from its places (after places merged). */
void dmi_events_relabel(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count);
/* Mark exactly one event principal (when there is any): the headline's
 * event when the headline (sentence headline, or SIZE_MAX when the article
 * has none) names one, else the first main-clause event of the body. */
void dmi_events_principal(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count, size_t headline);
/* The event type a headline word names ("meets", "signs", "talks"), any
 * case, or -1: the body's triggers and the present tense of headlines. */
int dmi_event_word_type(const dmi_article_t *a, size_t t);
/* The event's CAMEO code ("040", "057", ...) from its type, status and
 * trigger word (docs/story-format.md has the table), or NULL for `other`. */
const char *dmi_event_cameo(const dmi_extraction_t *x, const dmi_xevent_t *e);
/* The sentence the event comes from (from byte `from` when that falls
 * inside it: a headline after its wire tag), white space runs made one
 * space, cut at a word (with an ellipsis) to fit size bytes. */
void dmi_event_evidence(const dmi_extraction_t *x, const dmi_xevent_t *e, size_t from, char *out, size_t size);

/* A short map title from the main event ("Trump's letter to Kim refused at
 * UN mission"); writes "" when there is no event. */
void dmi_events_title(const dmi_extraction_t *x, const dmi_xevent_t *events, size_t count,
                      char *out, size_t size);

/* The first mention whose first token is at or after `token` (mentions are
 * in text order): loops over a token range start here and stop at its end,
 * so events over a long article stay near linear. */
size_t dmi_mention_lower(const dmi_extraction_t *x, size_t token);

#endif
