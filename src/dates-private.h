/* Dates in articles: the article's own date and the date expressions of news
 * prose ("on Wednesday", "last year", "in February", "that September",
 * "in June 2019", "June 12, 2018"), resolved against the article's date. */
#ifndef DM_DATES_PRIVATE_H
#define DM_DATES_PRIVATE_H

#include "article-private.h"

/* A calendar date at some precision: month and day are 0 when unknown;
 * year 0 means no date at all. */
typedef struct {
    int year, month, day;
} dmi_date_t;

/* Tense of the clause a relative expression sits in. */
typedef enum { DMI_TENSE_PAST = -1, DMI_TENSE_UNKNOWN = 0, DMI_TENSE_FUTURE = 1 } dmi_tense_t;

/* Parse "YYYY-MM-DD", "YYYY-MM" or "YYYY" (a valid calendar date); 0 on success. */
int dmi_date_parse(const char *s, dmi_date_t *out);
/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" as precise as the date is; "" for no date. */
void dmi_date_format(const dmi_date_t *d, char out[11]);
/* Days since 1970-01-01 of a full date, and back. */
long dmi_date_days(int year, int month, int day);
void dmi_date_from_days(long days, dmi_date_t *out);
/* Compare at the precision both share: <0, 0, >0. */
int dmi_date_cmp(const dmi_date_t *a, const dmi_date_t *b);

/* 1..12 for a month name or abbreviation, else 0 ("May" counts). */
int dmi_month_of(const char *s, size_t n);
/* 1 (Monday)..7 for a weekday name, else 0. */
int dmi_weekday_of(const char *s, size_t n);

/* The article's date, from a leading "date YYYY-MM-DD", an ISO date or a
 * "Month D, YYYY" / "D Month YYYY" in its first lines. 0 when found. */
int dmi_article_date(const dmi_article_t *art, dmi_date_t *out);

/* A date expression starting at token t (before token end). ref is the
 * article's date (year 0 when unknown: relative expressions then fail);
 * context_year is the year last named in the text (0 when none) for "that
 * September". Returns the number of tokens used, 0 when none starts here. */
size_t dmi_date_at(const dmi_article_t *art, size_t t, size_t end, const dmi_date_t *ref,
                   int context_year, dmi_tense_t tense, dmi_date_t *out);

#endif
