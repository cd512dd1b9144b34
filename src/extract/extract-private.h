/* Extraction's private header (src/extract/ only, and its unit tests): the
 * article's tokens and sentences (tokens.c), dates (time.c), the working
 * state every phase reads and adds to (dmi_extraction_t), events, and the
 * functions one phase offers the next. Phases are listed in extract.c; data
 * flows one way, from tokens to the story.
 *
 * Offsets: start/end fields are bytes into the text; cp_start/cp_end are
 * code points from the start of the text (docs/formats.md: mentions count
 * code points, end exclusive). Token and sentence indexes refer to the
 * article; place indexes to dmi_extraction_t.places. */
#ifndef DM_EXTRACT_PRIVATE_H
#define DM_EXTRACT_PRIVATE_H

#include "diplomap.h"
#include "resolve-private.h"

#include <glib.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

/* ---- tokens.c: the article, its tokens and sentences ---------------------- */

/* Articles larger than this are refused (DM_ERR_LIMIT). */
#define DMI_ARTICLE_MAX_BYTES ((size_t)16 * 1024 * 1024)

enum {
    DMI_TOK_WORD = 1u << 0,    /* letters/digits (with inner hyphens, apostrophes, dots) */
    DMI_TOK_CAP = 1u << 1,     /* first letter upper case */
    DMI_TOK_UPPER = 1u << 2,   /* every letter upper case, at least two letters */
    DMI_TOK_NUM = 1u << 3,     /* digits only */
    DMI_TOK_PUNCT = 1u << 4,   /* one punctuation character (or a dash run) */
    DMI_TOK_POSS = 1u << 5,    /* a possessive "'s" / "’s" split off the word before */
    DMI_TOK_SENT_START = 1u << 6, /* first token of a sentence */
    DMI_TOK_QUOTE = 1u << 7,   /* a quotation mark */
    DMI_TOK_LINE_START = 1u << 8, /* first token of a line */
    DMI_TOK_ABBREV = 1u << 9   /* a word that kept a trailing dot ("U.S.", "Va.") */
};

typedef struct {
    size_t start, end;        /* bytes */
    size_t cp_start, cp_end;  /* code points */
    unsigned flags;
    size_t sentence;          /* index into sentences */
} dmi_token_t;

typedef struct {
    size_t first, last;       /* tokens [first, last) */
    size_t start, end;        /* bytes, trimmed of white space */
    size_t cp_start, cp_end;
} dmi_sentence_t;

typedef struct {
    const char *name;         /* for messages; not owned */
    char *text;               /* NUL-terminated copy, owned */
    size_t len;               /* bytes */
    size_t body;              /* byte where the prose starts (after a "date" line) */
    size_t headline_from;     /* byte where a headline may start (after a "date" or "Published:" line) */
    dmi_token_t *tokens;
    size_t token_count;
    dmi_sentence_t *sentences;
    size_t sentence_count;
    size_t *cp_marks;         /* code point offset at every 256th byte */
    size_t cp_len;
    /* dmi_trigger_at's answer per token, kept as it is asked (triggers.c):
     * NULL not asked yet; owned; NULL pointer: not kept. */
    const struct dmi_trigger **trigger_memo;
} dmi_article_t;

/* Validate (UTF-8, no NUL, not blank, at most DMI_ARTICLE_MAX_BYTES) and
 * tokenise a copy of text. Errors: DM_ERR_INPUT (bad UTF-8, with line and
 * column), DM_ERR_ARTICLE (empty or binary), DM_ERR_LIMIT. */
dm_status_t dmi_article_init(dm_context_t *ctx, dmi_article_t *art, const char *text,
                             size_t len, const char *name);
dm_status_t dmi_article_read(dm_context_t *ctx, dmi_article_t *art, const char *path);
void dmi_article_clear(dmi_article_t *art);

/* Code point offset of a byte offset (which must be on a character boundary). */
size_t dmi_article_cp(const dmi_article_t *art, size_t byte);

/* Token text helpers. */
static inline const char *dmi_tok_text(const dmi_article_t *a, size_t i) { return a->text + a->tokens[i].start; }
static inline size_t dmi_tok_len(const dmi_article_t *a, size_t i) { return a->tokens[i].end - a->tokens[i].start; }
/* Case-insensitive (ASCII) comparison of token i with a word. */
int dmi_tok_is(const dmi_article_t *a, size_t i, const char *word);
/* Same, case-sensitive. */
int dmi_tok_eq(const dmi_article_t *a, size_t i, const char *word);
/* Token i is a participle in -ing of six letters or more ("visiting",
 * not "king" or "being"). */
int dmi_tok_ing(const dmi_article_t *a, size_t i);
/* Index of word in a NULL-terminated list (case-insensitive), or -1. */
int dmi_tok_in(const dmi_article_t *a, size_t i, const char *const *words);

/* The name of tokens [t, next) follows "the sidelines of (the)", "the
 * margins of" and ends its noun phrase: a gathering's side meetings,
 * held at its seat. */
int dmi_tok_on_margins_of(const dmi_article_t *a, size_t t, size_t next);

/* Decode one UTF-8 sequence at s[*i] (validated text); advances *i. */
uint32_t dmi_utf8_next(const char *s, size_t len, size_t *i);

/* Token tests used by every phase: false past the last token. */
static inline int dmi_tok_word(const dmi_article_t *a, size_t t)
{
    return t < a->token_count && (a->tokens[t].flags & DMI_TOK_WORD);
}

static inline int dmi_tok_cap(const dmi_article_t *a, size_t t)
{
    return dmi_tok_word(a, t) && (a->tokens[t].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
           !(a->tokens[t].flags & DMI_TOK_NUM);
}

static inline int dmi_tok_punct(const dmi_article_t *a, size_t t, char c)
{
    return t < a->token_count && (a->tokens[t].flags & DMI_TOK_PUNCT) && a->text[a->tokens[t].start] == c;
}

static inline int dmi_tok_same_sentence(const dmi_article_t *a, size_t t, size_t u)
{
    return t < a->token_count && u < a->token_count && a->tokens[t].sentence == a->tokens[u].sentence;
}

/* Word t and the one before it are adjacent (no punctuation between). */
static inline int dmi_tok_prev_word(const dmi_article_t *a, size_t t)
{
    return t > 0 && dmi_tok_word(a, t - 1) && dmi_tok_same_sentence(a, t - 1, t);
}

static inline int dmi_tok_punct_any(const dmi_article_t *a, size_t t)
{
    return (a->tokens[t].flags & DMI_TOK_PUNCT) != 0;
}

/* ---- time.c: dates ----------------------------------------------------- */

/* Dates in articles: the article's own date and the date expressions of news
 * prose ("on Wednesday", "last year", "in February", "that September",
 * "in June 2019", "June 12, 2018"), resolved against the article's date. */


/* A calendar date at some precision: month and day are 0 when unknown;
 * year 0 means no date at all. */
typedef struct {
    int year, month, day;
} dmi_date_t;

/* Tense of the clause a relative expression sits in. */
/* PRESENT: a present-tense event verb ("are meeting", "leaves"): a weekday
 * it names is today or still to come. */
typedef enum { DMI_TENSE_PAST = -1, DMI_TENSE_UNKNOWN = 0, DMI_TENSE_FUTURE = 1, DMI_TENSE_PRESENT = 2 } dmi_tense_t;

/* How a marker of the future before a token is read (dmi_future_before):
 * the modal that governs a day, or any marker over a trigger's clause. */
typedef enum { DMI_FUTURE_MODAL, DMI_FUTURE_MARKER } dmi_future_reach_t;
int dmi_future_before(const dmi_article_t *a, size_t lo, size_t t, dmi_future_reach_t reach);

/* Parse "YYYY-MM-DD", "YYYY-MM" or "YYYY" (a valid calendar date); 0 on success. */
int dmi_date_parse(const char *s, dmi_date_t *out);
/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" as precise as the date is; "" for no date. */
void dmi_date_format(const dmi_date_t *d, char out[11]);
/* Days since 1970-01-01 of a full date, and back. */
long dmi_date_days(int year, int month, int day);
/* Days since 1970-01-01 of the last day a date of any precision may mean
 * ("2024-05": May 31, "2024": December 31). */
long dmi_date_last_day(const dmi_date_t *d);
void dmi_date_from_days(long days, dmi_date_t *out);
/* News is of the report's month: a date wholly over DMI_NEWS_DAYS before
 * the report's day (a meeting of the year before, a 1953 armistice) is its
 * background. 0 when either date is missing. */
#define DMI_NEWS_DAYS 30
int dmi_date_before_news(const dmi_date_t *d, const dmi_date_t *report);
/* Compare at the precision both share: <0, 0, >0. */
int dmi_date_cmp(const dmi_date_t *a, const dmi_date_t *b);

/* 1..12 for a month name or abbreviation, else 0 ("May" counts). */
int dmi_month_of(const char *s, size_t n);
/* 1 (Monday)..7 for a weekday name, else 0. */
int dmi_weekday_of(const char *s, size_t n);

/* The article's date, from a leading "date YYYY-MM-DD", an ISO date or a
 * "Month D, YYYY" / "D Month YYYY" in its first lines. 0 when found. */
/* The text opens with a "date YYYY-MM-DD" line. */
int dmi_article_date_line(const dmi_article_t *art);
int dmi_article_date(const dmi_article_t *art, dmi_date_t *out);

/* A date expression starting at token t (before token end). ref is the
 * article's date (year 0 when unknown: relative expressions then fail);
 * context_year is the year last named in the text (0 when none) for "that
 * September". Returns the number of tokens used, 0 when none starts here. */
size_t dmi_date_at(const dmi_article_t *art, size_t t, size_t end, const dmi_date_t *ref,
                   int context_year, dmi_tense_t tense, dmi_date_t *out);

/* A date counted from the one last told (anchor) starting at token t:
 * "the following year", "two days later", "later that month", "the same
 * day". Returns the number of tokens used, 0 when none starts here. */
size_t dmi_date_later(const dmi_article_t *art, size_t t, size_t end, const dmi_date_t *anchor, dmi_date_t *out);

/* Token t is "next" or "following" in "the next day", "the following
 * morning": a step from the date the narrative told last, no sign that
 * what it tells is still to come. */
int dmi_narrative_next(const dmi_article_t *art, size_t t);

/* "a week after", "two days before" at token t, counted from anchor (the
 * date of what follows: the caller finds it). Returns 3 or 0. */
size_t dmi_span_after(const dmi_article_t *art, size_t t, size_t end, const dmi_date_t *anchor, dmi_date_t *out);

/* The happening at trig is told in a clause after "a month after", "two
 * weeks after" ("met in C on Monday, a month after the two leaders held
 * talks in D"): its date, the span counted back from anchor (the date of
 * what the span follows: the caller finds it), as precise as the unit.
 * The token of "after" when found, else 0. */
size_t dmi_span_back_to(const dmi_article_t *art, size_t first, size_t trig, const dmi_date_t *anchor, dmi_date_t *out);

/* 1 when the date at token b ("this week", "this month", "this year")
 * closes a count of a series ("the second attack this week", "their third
 * meeting this month"): the series' span, not the day of the happening
 * the sentence tells, which the sentence's other date gives. */
int dmi_date_counts_series(const dmi_article_t *art, size_t first, size_t b);

/* Tokens [first, last) tell of a time still to come: "later this year",
 * "later in the week", "in the coming months", "in the weeks ahead". */
int dmi_told_ahead(const dmi_article_t *art, size_t first, size_t last);

/* The relative clause opened by "which" at u tells the opening of the
 * happening whose noun is at trig, a few words before its comma ("the
 * talks in C, which begin on Monday", "which will open on Friday";
 * rules/opening_verbs.txt): its date is the happening's. */
int dmi_opening_clause(const dmi_article_t *art, size_t trig, size_t u);

/* The date at token b, after the trigger at trig, lies in a relative
 * clause of its own (", which fell last year"). */
int dmi_date_in_relative(const dmi_article_t *art, size_t trig, size_t b);

/* The text tells history rather than news of its date (ref): it names
 * years well before ref more than twice as often as it names ref's time
 * (ref's year or the one before, weekdays, "yesterday", "this week"). */
int dmi_text_tells_history(const dmi_article_t *art, const dmi_date_t *ref);

/* The latest year (1800 to 2200, four digits) the text names, or 0. */
int dmi_latest_year(const dmi_article_t *art);

/* An incident at least this many years before the news is an old war told
 * as background, no event of the news (events.c, dmi_events_find). */
#define DMI_BACKGROUND_YEARS 25

/* The date at token b starts or ends a state rather than dating a
 * happening: right after "since", "until", "till", "by" or "through", or
 * inside a "since" clause ("since taking office in June last year", "since
 * she took power in May 1990"; not "since the summit last month"). */
int dmi_date_bounds_state(const dmi_article_t *art, size_t b);

/* ---- the working state ------------------------------------------------- */

/* Readings kept per name; NONE: no token, place, person or event. */
#define MAX_ENTRIES DMI_READINGS_MAX
#define NONE SIZE_MAX

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
    double lat, lon;          /* reference point */
    int has_label;            /* a label anchor apart from it (a continent's area centre) */
    double label_lat, label_lon;
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
    int spokesperson;         /* named as one somewhere ("Leavitt, the spokesperson") */
    int thing;                /* the first words of a building's or a body's name ("Sunny Hill
                               * School"): no place, and no one who takes part (dmi_person_at) */
    size_t mentions;          /* how often the text names the person (the surname's occurrences) */
    char alias[16];           /* an acronym of the name's initials the text defines ("AMLO"), or "" */
} dmi_person_t;

typedef struct {
    dm_context_t *ctx;
    const dm_gazetteer_t *gaz;
    dmi_article_t *art;
    dmi_date_t date;          /* the article's date (year 0: unknown) */
    unsigned char date_told;  /* that date is one the text tells in its opening lines (no date
                               * given): an event's day, maybe, not the day of the report */
    int history;              /* the text tells history (dmi_text_tells_history), read once */
    dmi_date_t news_day;      /* the day the lede dates its news to, days before the report (year 0: none) */
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

/* The country tokens [s, e) name as an adjective or noun ("US", "North
 * Korean", "Russia"), by gazetteer lookup, into out; 0 when none. */
int dmi_country_named(const dmi_extraction_t *x, size_t s, size_t e, char out[3]);
/* The country word t names, whole or by the part after its last hyphen
 * ("Turkish-Cypriot"); 0 when none. */
int dmi_country_of_word(const dmi_extraction_t *x, size_t t, char out[3]);
/* Country of a person named at token t ("Trump", "Kim"), "" when unknown. */
const char *dmi_person_country(const dmi_extraction_t *x, size_t t);
/* The person named at token t, or SIZE_MAX: a surname or given name alone
 * ("Trump", "Kim") is the person whose full name holds it, the one named
 * last before t ("Donald Trump", "Kim Jong-un"). */
size_t dmi_person_at(const dmi_extraction_t *x, size_t t);
size_t dmi_person_described(const dmi_extraction_t *x, size_t t);
/* The person a text is about, as its title or lead says (NONE: none): a
 * lead that opens with the name and a bracket of life dates ("X (1919 -
 * 1980) was ..."), or a list of that one person's trips ("Foreign trips
 * made by X", "X's state visits"). The annotation guide gives that person
 * to each event the text tells as the person's own act. */
size_t dmi_text_subject(const dmi_extraction_t *x);
/* Token t is a plural noun of a group acting for a country or a body
 * ("ministers", "delegates", "counterparts"): rules/group_nouns.txt. */
int dmi_group_noun(const dmi_article_t *a, size_t t);
/* A person's full name as the text writes it (white space runs made one
 * space, a possessive left out) into out; 0 when it does not fit. */
int dmi_person_name(const dmi_extraction_t *x, size_t person, char *out, size_t size);
/* Index of the place of that country's capital or seat among places, or
 * SIZE_MAX (adds nothing). */
size_t dmi_extract_seat_of(const dmi_extraction_t *x, const char *country);
/* The capital the text names as a city, not only as its government
 * ("Pyongyang said", "talks with Seoul"), for country; SIZE_MAX when none. */
size_t dmi_capital_named_as_city(const dmi_extraction_t *x, const char *country);

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
    unsigned char day_unread; /* its own day and month are told with no year that can be read (an
                               * undated article's "on 12 May"): no other event's date is its */
    unsigned char before_news; /* told as before the report's time ("had met"): undated stays so */
    size_t persons[8];        /* people taking part (indexes into people), in text order */
    size_t person_count;
    unsigned char principal;  /* the story's principal event (exactly one) */
    unsigned char gathering;  /* merging.c: 2 a many-sided gathering, 1 another meeting or talks, 0 else */
    unsigned char group_subject; /* told in a "who" clause after a group ("his ministers, who will hold
                                  * talks"): the group's own, no named person's */
} dmi_xevent_t;

/* The trigger at trig follows a form of "be" and "to" ("was to meet", "is
 * also to hold talks"), no earlier than token first: an arrangement. */
int dmi_arranged_to(const dmi_article_t *a, size_t trig, size_t first);
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

/* ---- clauses.c: the stretch of its sentence a trigger belongs to */

typedef struct {
    size_t first, last;       /* tokens [first, last) */
    int own_verb;             /* a relative or participle clause: its dates are its own verb's */
    int bare;                 /* a relative clause no comma opens ("a trial that dealt with X ended"): 1,
                                 2 when it tells of the object of "of" ("the sister of the clerk who drowned in A"),
                                 3 an object relative clause, its verb the trigger ("the schemes that lenders signed") */
} dmi_span_t;

typedef struct {
    size_t first, last;       /* the trigger's clause, tokens [first, last) ... */
    dmi_span_t other[8];      /* ... less the clauses inside it that are not the trigger's */
    size_t other_count;
    int bare_relative;        /* the trigger's clause is a relative one no comma opens */
} dmi_clause_t;

/* Token u is "and" opening a clause of another day after a comma: an
 * optional "then" and "on", then a weekday or a month ("..., and on
 * Tuesday she was in B"; before token last). */
int dmi_day_clause_at(const dmi_article_t *a, size_t u, size_t last);
/* The clause of the trigger at trig in the sentence [first, last): split at
 * semicolons, less relative clauses after a comma, subordinate clauses,
 * clauses after ", but" and participle clauses after a comma
 * (rules/clause_openers.txt); the innermost one when the trigger is in one. */
void dmi_trigger_clause(const dmi_article_t *a, size_t first, size_t last, size_t trig, dmi_clause_t *out);
/* Token t lies in the clause itself, not in one inside it. */
int dmi_clause_holds(const dmi_clause_t *c, size_t t);
/* Token t lies in a relative or participle clause inside c. */
int dmi_clause_of_own_verb(const dmi_clause_t *c, size_t t);

/* ---- what the phases pass on --------------------------------------------- */
/* (Each function's comment is at its definition.) */

typedef struct {
    dmi_cand_t *items;
    size_t count, cap;
} dmi_cand_vec_t;

typedef struct dmi_trigger {
    const char *word;
    const char *before;  /* NULL, or the word that must precede it ("news" of "news conference") */
    dm_event_type_t type;
    int strength;   /* 2: the word alone makes the event; 1: weak (needs a place cue) */
    int venue;      /* a statement's frame that names its venue ("told a parliamentary committee") */
} dmi_trigger_t;

typedef struct {
    size_t token;
    dmi_date_t date;
    size_t ntok;
    /* where the year came from: 1 the story's own time (a year written out,
     * one counted from the date told before, the year carried from earlier
     * sentences), -1 the report's (a weekday, "last month", a month read
     * against the publication date), 0 neither (a decade) */
    int story_time;
} dmi_date_hit_t;

typedef struct {
    dmi_extraction_t *x;
    dmi_xevent_t *ev;
    size_t count, cap;
    int context_year;
    size_t dateline_end;   /* tokens before it are the dateline ("HELSINKI, Sept. 12, 2025 --") */
    int lede_pending;      /* the lede's sentence told no event (a dateline alone): the next one is the lede */
    size_t fronted_end;    /* the comma closing a phrase of time that opens the current sentence
                              ("Following the visit to Accra, ..."), or NONE (events.c) */
    int second_dateline;   /* another dateline follows (dmi_second_dateline): a digest */
    int dateline_alone;    /* the dateline is a line of its own ("AMMAN, Nov. 29, 2006 (Xinhua)"): the
                              lede is the paragraph from dateline_end */
    size_t sentence_first_event; /* first event pushed for the current sentence */
    size_t told_again;     /* the event a reference back told more of instead of pushing one
                              of its own ("the talks ended on Monday"), or NONE (events.c) */
    int truncated;         /* more than DMI_EVENTS_MAX events were found */
    size_t setting;        /* the city or site a trip told last went to (NONE: none) */
    dmi_date_t setting_ahead; /* that trip's day when it is still to come (else zero): a stay planned */
    dmi_date_t setting_date;  /* that trip's date as the text gives it (zero when undated) */
    int setting_planned;      /* that trip is still to come (events.c) */
    dmi_date_t incident_day; /* the day of the last attack told without a place, before the report's
                                ("a bomb went off near the hotel on 2 June"; zero: none) (events.c) */
    dmi_date_t frame;      /* the date a framing sentence ("On June 15, ...") gives its paragraph */
    size_t lede;           /* the sentence after the headline (NONE: the article has no headline) */
    int headline_says;     /* the headline tells a saying ("X says Y"): the lede's saying is the news */
    dmi_date_t anchor;     /* the date told last, for "the following year", "two days later" */
    int para_year;         /* the year last named in this paragraph (0: none) */
    dmi_date_t para_told;  /* the date of the happening this paragraph last told with a date of its
                              own, before the report's day (zero: none, or the paragraph came
                              back to the report's time) (events.c) */
    dmi_date_t para_day;   /* ... else the day of the report's week it last told a happening done
                              on (zero: none) (events.c) */
    int told_year;         /* the year a timeline has come to, over paragraph breaks: set by a
                              happening's year (written out or counted), not by a bound, an
                              aside or a step back; 0 once the text returns to the report's time */
    int section_year;      /* the year a heading names ("2001", "Relations after the 2016 attack") */
    int history;           /* the text tells history (dmi_text_tells_history) */
    size_t occasion;       /* the city or site of the lede's meeting, talks, visit or agreement (NONE: none) */
    dmi_date_t occasion_date;
    size_t occasion_persons[8], occasion_person_count;
    size_t scene;          /* the story's current scene, where an agreement its sentence does not
                              place was made: the lede's gathering (the occasion), then the city or
                              site a trip of the report's days went to; NONE: none (events.c) */
    dmi_date_t scene_date; /* the scene's day: its gathering's or trip's, moved on by a later
                              gathering held there ("arrived on Monday ... talks on Tuesday") */
    const dmi_clause_t *own_clause; /* while set, dmi_located_places reads only this clause's places */
} dmi_events_state_t;

/* ---- lexicon.c: the shared word lists and lookups */

/* A rule list (rules/NAME.txt, compiled in) as a set: its entries,
 * NULL-terminated in the file's order, and an index of them sorted by
 * lower-case word, built on the first lookup, so that a lookup is a binary
 * search, not a comparison with every entry (lists run to hundreds of words
 * and are asked about every token). Declared static with DMI_WORD_SET and
 * shared by every thread: the index is published once, atomically, and
 * kept for the life of the process. */
typedef struct dmi_word_index dmi_word_index_t;
typedef struct {
    const char *const *words;
    _Atomic(dmi_word_index_t *) index;
} dmi_word_set_t;
/* clang-format off */
#define DMI_WORD_SET(list) {(list), NULL}
/* clang-format on */

/* Position in the set's list of the first entry that is token t's word in
 * any case (as dmi_tok_in), or -1. */
int dmi_tok_in_set(const dmi_article_t *a, size_t t, dmi_word_set_t *set);
/* The n bytes at s are an entry as written (1) or not (0); _ci: in any case. */
int dmi_word_in_set(const char *s, size_t n, dmi_word_set_t *set);
int dmi_word_in_set_ci(const char *s, size_t n, dmi_word_set_t *set);
/* Token t is an entry as written (as dmi_tok_in_cs). */
int dmi_tok_in_set_cs(const dmi_article_t *a, size_t t, dmi_word_set_t *set);

/* "the", "a", "an" and the possessive determiners (lexicon.c). */
extern const char *const dmi_phrase_determiners[];
extern dmi_word_set_t dmi_person_titles;
extern dmi_word_set_t dmi_name_particles;
extern dmi_word_set_t dmi_name_joiners;
extern dmi_word_set_t dmi_role_nouns;
/* Nouns of a gathering of many parties: summit, conference (merging.c, events.c). */
extern dmi_word_set_t dmi_many_sided_gatherings;
extern dmi_word_set_t dmi_portfolios;
extern dmi_word_set_t dmi_first_names;
extern dmi_word_set_t dmi_org_words;
extern dmi_word_set_t dmi_org_heads;
extern dmi_word_set_t dmi_pact_words;
extern dmi_word_set_t dmi_pact_nouns;
extern dmi_word_set_t dmi_street_words;
extern dmi_word_set_t dmi_feature_heads;
extern dmi_word_set_t dmi_feature_prefixes;
extern dmi_word_set_t dmi_address_units;
extern dmi_word_set_t dmi_pact_modifiers;
extern dmi_word_set_t dmi_treaty_acronyms;
extern dmi_word_set_t dmi_agencies;
extern dmi_word_set_t dmi_never_alone;
extern dmi_word_set_t dmi_never_alone_unless_cue;
extern dmi_word_set_t dmi_sentence_words;
extern dmi_word_set_t dmi_speech_verbs;
extern dmi_word_set_t dmi_place_modifiers;
extern dmi_word_set_t dmi_delivery_cues;
extern dmi_word_set_t dmi_purpose_verbs;
extern dmi_word_set_t dmi_asking_verbs;
extern dmi_word_set_t dmi_media_words;
extern dmi_word_set_t dmi_private_roles;
extern dmi_word_set_t dmi_office_words;
extern dmi_word_set_t dmi_government_speakers;
extern dmi_word_set_t dmi_legislature_seats;   /* rules/legislature_seats.txt */
extern dmi_word_set_t dmi_described_leaders;
extern dmi_word_set_t dmi_arrival_things;
int dmi_word_in(const char *s, size_t n, const char *const *list);
int dmi_tok_in_cs(const dmi_article_t *a, size_t t, const char *const *list);
int dmi_is_person_title(const dmi_article_t *a, size_t t);
int dmi_first_name_listed(const char *s, size_t n);
int dmi_cue_before(const dmi_article_t *a, size_t t);
/* Most words of token t's sentence are capitalised: a headline in title
 * case or capitals, where capitals say nothing of names (people.c). */
int dmi_title_case_sentence(const dmi_article_t *a, size_t t);
int dmi_entry_prominent(const dmi_gaz_entry_t *e);
int dmi_text_is_upper(const char *s, size_t n);
int dmi_first_word_of_sentence(const dmi_article_t *a, size_t t);
void dmi_collect_lower_words(dmi_extraction_t *x);
int dmi_written_lower(const dmi_extraction_t *x, const char *s, size_t n);

/* ---- people.c */
int dmi_find_people(dmi_extraction_t *x);

/* ---- mentions.c */
int dmi_push_cand(dmi_cand_vec_t *v, const dmi_cand_t *c);
int dmi_find_candidates(dmi_extraction_t *x, dmi_cand_vec_t *out);
int dmi_resolve_mentions(dmi_extraction_t *x, dmi_cand_vec_t *v);

/* ---- story_places.c */
int dmi_descriptive_references(dmi_extraction_t *x, dmi_cand_vec_t *v);
int dmi_build_places(dmi_extraction_t *x, dmi_cand_vec_t *v);
/* A capital named only for its government ("Washington said", "pressure on
 * Pyongyang") and no event's venue is no place of the story. */
int dmi_drop_government_capitals(dmi_extraction_t *x, const dmi_xevent_t *events, size_t count);

/* ---- triggers.c */
int dmi_is_communication(dm_event_type_t t);
int dmi_setting_out(const dmi_article_t *a, size_t t);
int dmi_weapon_test(const dmi_article_t *a, size_t t);
/* Token t is a verb of a diplomatic act that needs its object
 * (rules/act_frames.txt): "reinstated", "pulled", "grata". */
int dmi_act_word(const dmi_article_t *a, size_t t);
/* Token t names a government acting ("administration", "ministry";
 * rules/act_frames.txt, kind government). */
int dmi_act_government(const dmi_article_t *a, size_t t);
size_t dmi_act_governing_verb(const dmi_article_t *a, size_t first, size_t t);
/* Token t announces a measure ("announced sanctions against"): an act of type other. */
int dmi_announced_measure(const dmi_article_t *a, size_t t);
/* Token t is a verb of a state yielding (rules/act_frames.txt, kinds
 * act-held, act-eased, act-refuge: "freed", "lifted", "granted"): an act
 * only when a state named right before the verb does it. */
int dmi_yielding_word(const dmi_article_t *a, size_t t);
size_t dmi_departure_for(const dmi_article_t *a, size_t t);
/* Token t, in lower case, is a noun of a place's kind that news writes
 * before "of" and the name ("the port city of X"; rules/settlement_nouns.txt). */
int dmi_settlement_noun(const dmi_article_t *a, size_t t);
const dmi_trigger_t *dmi_trigger_at(const dmi_article_t *a, size_t t);
/* dmi_trigger_at for a word of the headline, whatever its case (a
 * headline in capitals or title case). */
const dmi_trigger_t *dmi_headline_trigger_at(const dmi_article_t *a, size_t t);
size_t dmi_trigger_lines_bad(void);
const dmi_mention_t *dmi_mention_ending_at(const dmi_extraction_t *x, size_t t);
int dmi_refers_back(const dmi_article_t *a, size_t t, size_t first);
const dmi_trigger_t *dmi_named_trigger(const dmi_extraction_t *x, size_t t);

/* ---- frames.c: a word of talk or speech that makes an event only with its
 * frame's slot filled (rules/talk_frames.txt): the strong trigger it makes
 * at token t, or NULL. */
/* The audience's noun of a speaking verb at t ("told a parliamentary
 * committee": "committee"), or t when the verb has no audience frame. */
size_t dmi_frame_audience(const dmi_extraction_t *x, size_t t);
const dmi_trigger_t *dmi_frame_trigger(const dmi_extraction_t *x, size_t t);
size_t dmi_frame_lines_bad(void);
/* The channel word ("television", "radio", "TV") within four words after
 * token on ("on state television"), or SIZE_MAX. */
size_t dmi_channel_after(const dmi_article_t *a, size_t on);
int dmi_trigger_negated(const dmi_article_t *a, size_t t, size_t first);
int dmi_trigger_habitual(const dmi_article_t *a, size_t t, size_t last);
int dmi_trigger_habit_after(const dmi_article_t *a, size_t t, size_t last);
int dmi_trigger_habit_before(const dmi_article_t *a, size_t t, size_t first);
int dmi_trigger_asked(const dmi_article_t *a, size_t first, size_t last);
int dmi_trigger_since_named(const dmi_article_t *a, size_t t, size_t first);
/* A meeting, visit or the like denied ("denied that the envoys met",
 * "rejected reports that ..."): not told. */
int dmi_trigger_denied(const dmi_article_t *a, size_t t, size_t first);
int dmi_trigger_conditional(const dmi_article_t *a, size_t t, size_t first);
int dmi_trigger_modal(const dmi_article_t *a, size_t t, size_t first);
int dmi_trigger_kind_named(const dmi_article_t *a, size_t t, size_t first);
int dmi_trigger_plot_told(const dmi_article_t *a, size_t t, size_t first);
int dmi_trigger_letter_kept(const dmi_article_t *a, size_t t, size_t first, size_t last);
int dmi_trigger_topic_of_talk(const dmi_article_t *a, size_t t, size_t first);
int dmi_trigger_desired(const dmi_article_t *a, size_t t, size_t first);
/* The status a passive of ending or delay gives the event noun at trig,
 * its subject, within [trig, last): "The visit to Chile has been
 * postponed", "the summit in Lima was called off" (cancelled, suspended,
 * failed, refused); DM_EVENT_UNKNOWN when the clause's first verb tells
 * another thing. For references back, whose own words are read only a few
 * tokens far. */
dm_event_status_t dmi_passive_status(const dmi_article_t *a, size_t trig, size_t last);
dm_event_status_t dmi_status_of(const dmi_article_t *a, size_t first, size_t last, dm_event_type_t type,
                                size_t trig);
dmi_tense_t dmi_tense_of(const dmi_article_t *a, size_t first, size_t last);
/* "had been due to", "had planned to" at t: a plan told in the past
 * perfect. */
int dmi_past_plan(const dmi_article_t *a, size_t t, size_t last);
/* "called off the visit", "cancelled the talks", "returned the letter":
 * the status a verb right before a reference back (at trig, within four
 * words, no preposition between) gives the event it names, or
 * DM_EVENT_UNKNOWN. */
dm_event_status_t dmi_object_status(const dmi_article_t *a, size_t trig, size_t first, dm_event_type_t type);
/* "would have met", "would have been held" at t: a condition of the past. */
int dmi_past_conditional(const dmi_article_t *a, size_t t, size_t last);
int dmi_is_speech_verb(const dmi_article_t *a, size_t t);
/* The trigger at trig, in a clause from first, tells a happening before the
 * report's time ("had met", "first visited", "once held talks"): background
 * that no report's day, frame or neighbour dates. */
int dmi_told_before(const dmi_article_t *a, size_t first, size_t trig);
/* Token t is a verb in the simple past ("met", "agreed"): an irregular
 * verb of events or a word in "-ed". */
int dmi_past_verb(const dmi_article_t *a, size_t t);
int dmi_explosion_told(const dmi_article_t *a, size_t first, size_t last);
/* The date at b, after the trigger at trig and past a comma, follows a verb
 * of its own (", agreed in 2014 to ..."): it dates that verb. */
int dmi_date_of_other_verb(const dmi_article_t *a, size_t trig, size_t b);
/* The date at b (ntok tokens) is a day's possessive qualifying another
 * event's trigger ("Monday's talks"): it dates that event. */
int dmi_date_of_other_noun(const dmi_article_t *a, size_t trig, size_t b, size_t ntok);
/* The noun a year at t dates ("the 1986 arms summit": "summit"), or 0. */
/* The most modifiers between a year and the noun it dates ("the 1986
 * Soviet-American arms summit"). */
enum { DMI_DATED_NOUN_MAX_MODIFIERS = 3 };
size_t dmi_year_dated_noun(const dmi_article_t *a, size_t t);
int dmi_date_of_saying(const dmi_article_t *a, size_t b, size_t first);
/* The trigger at trig is what a saying whose date ends at end answers
 * ("said Friday in response to the strikes"): it came first, and the
 * saying's date is not its date. */
int dmi_answered_by_saying(const dmi_article_t *a, size_t end, size_t trig);
int dmi_clause_has(const dmi_article_t *a, size_t first, size_t last, const char *w1, const char *w2);
size_t dmi_topic_start(const dmi_article_t *a, size_t trig, size_t last);
size_t dmi_reported_from(const dmi_article_t *a, size_t first, size_t trig);
/* Token t stands inside a quotation of the sentence starting at first. */
int dmi_in_quotation(const dmi_article_t *a, size_t first, size_t t);
size_t dmi_clause_end(const dmi_article_t *a, size_t trig, size_t last);
int dmi_status_priority(dm_event_status_t s);

/* ---- arguments.c */
int dmi_usable_mention(const dmi_mention_t *m);
void dmi_add_participant(dmi_xevent_t *e, const char *cc);
void dmi_add_place(dmi_xevent_t *e, size_t p);
/* merging.c: the persons other names join keep (a statement's only when
 * other names everyone keep does). */
void dmi_join_persons(dmi_xevent_t *keep, const dmi_xevent_t *other);
void dmi_persons_of(const dmi_extraction_t *x, dmi_xevent_t *e, size_t first, size_t last);
void dmi_persons_before(const dmi_extraction_t *x, dmi_xevent_t *e, size_t before, size_t si);
void dmi_person_of_pronoun(const dmi_extraction_t *x, dmi_xevent_t *e, size_t si);
/* "the Nigerian team", "the two countries' leaders" in tokens [first, last)
 * of sentence si: the persons a nearby sentence names for that group. */
void dmi_persons_of_group(const dmi_extraction_t *x, dmi_xevent_t *e, size_t first, size_t last, size_t si);
/* "was attended by A and B", "chaired by A" after a gathering's trigger at
 * trig, before token end: the persons named after "by". */
void dmi_persons_by_agent(const dmi_extraction_t *x, dmi_xevent_t *e, size_t trig, size_t end);
/* "In a meeting with A, B said": the main clause's subject after the
 * comma of an opening phrase that tells a gathering at trig. */
void dmi_persons_after_opening(const dmi_extraction_t *x, dmi_xevent_t *e, size_t sfirst, size_t trig, size_t slast);
/* A gathering told as "his/her/their [words] NOUN" ("brief Y on his talks
 * with Z"): its persons are the possessor (a name before it in a
 * subject's place; for "their" the last two joined by "and") and a name
 * after "with", no one else of the sentence. */
/* A country's saying told with no speaker ("C said on Friday ..."): the
 * titled person who speaks in the next sentence ("Foreign Minister X
 * said"), when of no other country (called after merging). */
void dmi_speakers_told_after(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count);
void dmi_persons_of_possessive(const dmi_extraction_t *x, dmi_xevent_t *e, size_t sfirst, size_t trig, size_t slast);
/* A gathering in sentence si whose side leaders or attendees the next
 * sentence names ("The C side was led by X", "Among those attending were
 * A and B"). */
void dmi_persons_told_after(const dmi_extraction_t *x, dmi_xevent_t *e, size_t si);
/* In a text about one person (dmi_text_subject): that person takes part in
 * each event no one is found for, and in a meeting, talks or call whose
 * sentence names no one before its trigger ("Met with President X"). */
void dmi_persons_of_subject(const dmi_extraction_t *x, dmi_xevent_t *events, size_t count);
int dmi_has_cue_word(const dmi_article_t *a, const dmi_mention_t *m, const char *const *words);
size_t dmi_named_by(const dmi_extraction_t *x, size_t t);
/* Token t is a word a town's name may stand apart by from the meeting it
 * names ("town hall", "city council": rules/meeting_modifiers.txt). */
int dmi_meeting_modifier(const dmi_article_t *a, size_t t);
/* The town of the local body whose meeting the trigger at trig tells ("its
 * regular meeting", "the meeting of the Riverton Council"), or NONE. */
size_t dmi_body_town(const dmi_extraction_t *x, size_t trig, size_t sfirst);
void dmi_located_places(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last, int need_cue);
/* Journeys still ahead of their sentence ("before leaving A for B", "on
 * her way to B"; rules/journey_words.txt): the place they set out from,
 * or NONE; whether one is told without that place. */
size_t dmi_journey_origin(const dmi_extraction_t *x, size_t first, size_t last);
/* The place mention m follows an envoy's title ("the ambassador to C"):
 * the person's post, not a venue (rules/posting_titles.txt). */
int dmi_envoy_post(const dmi_article_t *a, const dmi_mention_t *m);
int dmi_journey_ahead(const dmi_extraction_t *x, size_t first, size_t last);
/* Token t is the noun of a trip's stop ("stop", "stops", "stopover";
 * rules/stop_words.txt). */
int dmi_stop_noun(const dmi_article_t *a, size_t t);
/* Sentence si opens with earlier legs of a trip ("After stops in A, B and
 * C, ..."; rules/stop_words.txt): the trip has moved on from them. */
int dmi_after_stops(const dmi_events_state_t *S, size_t si);
/* ... and place p is one of those stops. */
int dmi_stop_left(const dmi_events_state_t *S, size_t si, size_t p);
void dmi_city_for_country(dmi_events_state_t *S, dmi_xevent_t *e, size_t si);
void dmi_participants_of(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last);
void dmi_communication_places(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last);
void dmi_arrival_from(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last);
int dmi_shown_on_screen(const dmi_article_t *a, size_t first, size_t trig);
void dmi_at_dateline(dmi_events_state_t *S, dmi_xevent_t *e, size_t first, size_t last);
size_t dmi_dateline_city(const dmi_events_state_t *S);
/* Where a gathering of the report's days that its sentence does not place
 * is held when the report would file it at its dateline (home): the
 * story's current scene (S->scene) when that lies elsewhere and the event
 * is not dated before the scene's day, else home. */
size_t dmi_scene_or(const dmi_events_state_t *S, const dmi_xevent_t *e, size_t home);
int dmi_second_dateline(const dmi_extraction_t *x, size_t dateline_end);
/* "stormed the Japanese ambassador's residence": a foreign country's
 * embassy, consulate or residence the clause [first, last) names without
 * a place is in the dateline's city when that is a capital of another
 * country (missions sit in capitals); else NONE. */
size_t dmi_foreign_mission_here(const dmi_events_state_t *S, size_t first, size_t last);
size_t dmi_dates_in(dmi_events_state_t *S, size_t first, size_t last, dmi_tense_t tense, dmi_date_hit_t *out,
                    size_t max);
const char *dmi_sender_name(dmi_events_state_t *S, size_t first, size_t last);
int dmi_inside_mention(const dmi_extraction_t *x, size_t t);
int dmi_pick_date(const dmi_article_t *a, size_t trig, size_t prev, size_t first, size_t last,
                  const dmi_date_hit_t *dates, size_t nd, int statement, int *weak);

/* ---- lists.c: a list of one person's trips (an encyclopedia's "List of
 * trips abroad by X"): one visit per town of each item, the
 * traveller among every listed event's persons; events holds count (of
 * capacity *cap, at most max after); -1 when out of memory. */
int dmi_trip_list_items(dmi_extraction_t *x, dmi_xevent_t **events, size_t *count, size_t *cap, size_t max);

/* ---- labels.c */
/* Write the event's label; trigger_word and sender (NULL: keep the event's
 * own) are kept in the event for dmi_events_relabel. */
void dmi_make_label(const dmi_extraction_t *x, dmi_xevent_t *e, const char *trigger_word, const char *sender);

/* ---- merging.c */
void dmi_merge_coincident(dmi_extraction_t *x, dmi_xevent_t *events, size_t count);
int dmi_events_merge(dmi_extraction_t *x, dmi_xevent_t *ev, size_t count, size_t *merged);

/* ---- titles.c */
int dmi_article_headline(const dmi_extraction_t *x, char *out, size_t size, size_t *sentence, size_t *from);

/* The next name of a person at or after token *t: its tokens [*t, *end);
 * 0 when none is left. Walks the names: for (t = 0; next(x, &t, &u); t = u). */
static inline int dmi_next_person_span(const dmi_extraction_t *x, size_t *t, size_t *end)
{
    const dmi_article_t *a = x->art;
    while (*t < a->token_count && !x->person_tok[*t])
        (*t)++;
    if (*t >= a->token_count)
        return 0;
    *end = *t;
    while (*end < a->token_count && x->person_tok[*end])
        (*end)++;
    return 1;
}

#endif
