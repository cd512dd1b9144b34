/* An article: validated UTF-8 text, its tokens and sentences, and the map
 * from byte offsets to the Unicode code point offsets the story reports.
 *
 * Offsets: start/end fields are bytes into text; cp_start/cp_end are code
 * points from the start of the text (docs/formats.md: mentions count code
 * points, end exclusive). */
#ifndef DM_ARTICLE_PRIVATE_H
#define DM_ARTICLE_PRIVATE_H

#include "diplomap.h"
#include <stddef.h>
#include <stdint.h>

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
/* Index of word in a NULL-terminated list (case-insensitive), or -1. */
int dmi_tok_in(const dmi_article_t *a, size_t i, const char *const *words);

/* Decode one UTF-8 sequence at s[*i] (validated text); advances *i. */
uint32_t dmi_utf8_next(const char *s, size_t len, size_t *i);

#endif
