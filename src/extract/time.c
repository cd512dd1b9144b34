/* Extraction, time: the article's own date (a "date" line, an ISO date or
 * "Month D, YYYY" in its first lines) and the date expressions of news prose
 * ("on Wednesday", "last year", "in February", "that September", "in June
 * 2019", "June 12, 2018"), resolved against the article's date and the
 * clause's tense.
 *
 * Takes: tokens, a reference date, the year last named, a tense. Gives:
 * dmi_date_t at the precision the text gives (year, month or day) and how
 * many tokens the expression used. Never: decides which event a date
 * belongs to (arguments.c does). */
#include "extract-private.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const month_names[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};
static const char *const month_abbrevs[] = {
    "jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.", "aug.", "sep.", "oct.", "nov.", "dec."};
static const char *const weekday_names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

static int word_eq(const char *s, size_t n, const char *w)
{
    return g_ascii_strncasecmp(s, w, n) == 0 && w[n] == '\0';
}

int dmi_month_of(const char *s, size_t n)
{
    for (int m = 0; m < 12; m++)
        if (word_eq(s, n, month_names[m]) || word_eq(s, n, month_abbrevs[m]))
            return m + 1;
    if (word_eq(s, n, "sept."))
        return 9;
    return 0;
}

int dmi_weekday_of(const char *s, size_t n)
{
    for (int d = 0; d < 7; d++)
        if (word_eq(s, n, weekday_names[d]))
            return d + 1;
    return 0;
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

long dmi_date_last_day(const dmi_date_t *d)
{
    int m = d->month ? d->month : 12;
    return dmi_date_days(d->year, m, d->day ? d->day : days_in_month(d->year, m));
}

int dmi_date_before_news(const dmi_date_t *d, const dmi_date_t *report)
{
    if (!d->year || !report->year || !report->month || !report->day)
        return 0;
    return dmi_date_days(report->year, report->month, report->day) - dmi_date_last_day(d) > DMI_NEWS_DAYS;
}

/* Howard Hinnant's days_from_civil. */
long dmi_date_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void dmi_date_from_days(long z, dmi_date_t *out)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    out->year = (int)(y + (m <= 2));
    out->month = (int)m;
    out->day = (int)d;
}

/* 1 (Monday)..7 */
static int weekday(int y, int m, int d)
{
    long days = dmi_date_days(y, m, d); /* 1970-01-01 was a Thursday (4) */
    long w = (days % 7 + 7 + 3) % 7;    /* 0 = Monday */
    return (int)w + 1;
}

static int valid(int y, int m, int d)
{
    if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0)
        return 0;
    if (m == 0)
        return d == 0;
    return d <= days_in_month(y, m);
}

/* Store a date (day 0: month precision) and return `consumed`, the tokens
 * it took; 0 when the day does not exist in that month. */
static size_t put_date(dmi_date_t *out, int y, int m, int d, size_t consumed)
{
    if (d && !valid(y, m, d))
        return 0;
    out->year = y;
    out->month = m;
    out->day = d;
    return consumed;
}

int dmi_date_parse(const char *s, dmi_date_t *out)
{
    int y = 0, m = 0, d = 0;
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : !g_ascii_isdigit(s[i]))
            return -1;
    }
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (n >= 7) {
        m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m < 1)
            return -1;
    }
    if (n == 10) {
        d = (s[8] - '0') * 10 + (s[9] - '0');
        if (d < 1)
            return -1;
    }
    if (!valid(y, m, d))
        return -1;
    out->year = y;
    out->month = m;
    out->day = d;
    return 0;
}

void dmi_date_format(const dmi_date_t *d, char out[11])
{
    out[0] = '\0';
    if (d->year <= 0 || d->year > 9999)
        return;
    /* Digits by hand: the width is fixed and the compiler can see it. */
    unsigned y = (unsigned)d->year, m = (unsigned)d->month, dd = (unsigned)d->day;
    size_t n = 0;
    out[n++] = (char)('0' + y / 1000 % 10);
    out[n++] = (char)('0' + y / 100 % 10);
    out[n++] = (char)('0' + y / 10 % 10);
    out[n++] = (char)('0' + y % 10);
    if (m >= 1 && m <= 12) {
        out[n++] = '-';
        out[n++] = (char)('0' + m / 10);
        out[n++] = (char)('0' + m % 10);
        if (dd >= 1 && dd <= 31) {
            out[n++] = '-';
            out[n++] = (char)('0' + dd / 10);
            out[n++] = (char)('0' + dd % 10);
        }
    }
    out[n] = '\0';
}

int dmi_date_cmp(const dmi_date_t *a, const dmi_date_t *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (!a->month || !b->month || a->month == b->month) {
        if (!a->month || !b->month || !a->day || !b->day)
            return 0;
        return a->day < b->day ? -1 : a->day > b->day;
    }
    return a->month < b->month ? -1 : 1;
}

/* ---- token helpers ----------------------------------------------------- */

static int tok_number(const dmi_article_t *a, size_t t, size_t maxdigits, int *value)
{
    if (t >= a->token_count || !(a->tokens[t].flags & DMI_TOK_NUM))
        return 0;
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    if (n == 0 || n > maxdigits)
        return 0;
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    *value = v;
    return 1;
}

/* A day of month: "12", "12th", "1st", or the first day of a range
 * written as one word ("4-5": the event starts on the 4th). */
static int tok_day(const dmi_article_t *a, size_t t, int *day)
{
    if (t >= a->token_count || !(a->tokens[t].flags & DMI_TOK_WORD))
        return 0;
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t), i = 0;
    int v = 0;
    while (i < n && i < 2 && g_ascii_isdigit(s[i]))
        v = v * 10 + (s[i++] - '0');
    if (i == 0 || v < 1 || v > 31)
        return 0;
    if (i < n && s[i] == '-') {
        size_t j = i + 1;
        while (j < n && j < i + 3 && g_ascii_isdigit(s[j]))
            j++;
        if (j == n && j > i + 1) {
            *day = v;
            return 1;
        }
    }
    if (i < n && !(word_eq(s + i, n - i, "st") || word_eq(s + i, n - i, "nd") ||
                   word_eq(s + i, n - i, "rd") || word_eq(s + i, n - i, "th")))
        return 0;
    *day = v;
    return 1;
}

static int tok_month(const dmi_article_t *a, size_t t);

/* The tokens of a range's second day after the first ("12 - 13", "12 –
 * 13", "March 30 – April 2"): how many to skip, 0 when none follows
 * t. */
static size_t range_end(const dmi_article_t *a, size_t t, size_t end)
{
    int d;
    if (t + 1 < end && (a->tokens[t].flags & DMI_TOK_PUNCT) &&
        (a->text[a->tokens[t].start] == '-' || (unsigned char)a->text[a->tokens[t].start] == 0xE2)) {
        if (tok_day(a, t + 1, &d))
            return 2;
        if (t + 2 < end && tok_month(a, t + 1) && tok_day(a, t + 2, &d))
            return 3;
    }
    return 0;
}

/* A range told in words after "from" or "between" ("from 24 to 26 May",
 * "between 5 and 7 June", "from May 24 to 26"): the tokens of its second
 * day after the first day at t - 1, 0 when none. The event starts on the
 * first day, as with "24-26 May". */
static size_t range_words(const dmi_article_t *a, size_t opener, size_t t, size_t end)
{
    int d;
    if (!(dmi_tok_is(a, opener, "from") || dmi_tok_is(a, opener, "between")) || t + 1 >= end)
        return 0;
    if (!(dmi_tok_is(a, t, "to") || dmi_tok_is(a, t, "until") || dmi_tok_is(a, t, "through") ||
          (dmi_tok_is(a, t, "and") && dmi_tok_is(a, opener, "between"))))
        return 0;
    return tok_day(a, t + 1, &d) ? 2 : 0;
}

static int tok_year(const dmi_article_t *a, size_t t, int *year)
{
    int y;
    if (!tok_number(a, t, 4, &y) || dmi_tok_len(a, t) != 4 || y < 1800 || y > 2200)
        return 0;
    *year = y;
    return 1;
}

static int tok_month(const dmi_article_t *a, size_t t)
{
    if (t >= a->token_count || !(a->tokens[t].flags & DMI_TOK_WORD))
        return 0;
    /* "may" the verb is lower case; the month is capitalised. */
    if (!(a->tokens[t].flags & DMI_TOK_CAP))
        return 0;
    return dmi_month_of(dmi_tok_text(a, t), dmi_tok_len(a, t));
}

/* A month written short without its full stop ("Oct", "Sept"), read only
 * beside a day number ("1st Oct 2017", "Oct 1, 2017"): alone, "Jan" and
 * "Mar" are a name and a verb as often as months. */
static int tok_month_short(const dmi_article_t *a, size_t t)
{
    if (t >= a->token_count || !(a->tokens[t].flags & DMI_TOK_CAP))
        return 0;
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t);
    /* an abbreviation of month_abbrevs without its full stop ("may" has none) */
    for (int m = 0; n == 3 && m < 12; m++)
        if (month_abbrevs[m][3] == '.' && g_ascii_strncasecmp(s, month_abbrevs[m], 3) == 0)
            return m + 1;
    return word_eq(s, n, "sept") ? 9 : 0;
}

static int tok_punct(const dmi_article_t *a, size_t t, char c)
{
    return t < a->token_count && (a->tokens[t].flags & DMI_TOK_PUNCT) && a->text[a->tokens[t].start] == c;
}

/* A speech verb just before token t ("said Monday", "told reporters in
 * Tokyo on Monday"): up to five words back, none of them punctuation. */
static int said_before(const dmi_article_t *a, size_t t)
{
    for (size_t u = t, n = 0; u > 0 && n < 5; n++) {
        u--;
        if (a->tokens[u].flags & DMI_TOK_PUNCT || a->tokens[u].sentence != a->tokens[t].sentence)
            return 0;
        if (dmi_is_speech_verb(a, u))
            return 1;
    }
    return 0;
}

/* A marker of the future governs token t, read back over its clause (to
 * punctuation or token lo, the first of t's sentence at the latest):
 * DMI_FUTURE_MODAL, "will" or "would" up to eight words back and not "would
 * have", a past that did not happen ("would leave for Seoul on Friday":
 * the day a modal governs; the sentence's tense is read from the event's
 * own words, which may lie past the modal); DMI_FUTURE_MARKER, any marker
 * dmi_tense_of reads ("is expected to", "will") up to 24 words back, over
 * other triggers, unless a verb in the simple past stands between ("would
 * build on what they settled at the talks" tells of past talks; a
 * participle after "be" is no such verb: "to be offered"). */
int dmi_future_before(const dmi_article_t *a, size_t lo, size_t t, dmi_future_reach_t reach)
{
    size_t words = reach == DMI_FUTURE_MODAL ? 8 : 24;
    for (size_t u = t, n = 0; u > lo && n < words; n++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (reach == DMI_FUTURE_MODAL) {
            if (dmi_tok_is(a, u, "will") || dmi_tok_is(a, u, "would"))
                return !(u + 1 < t && dmi_tok_is(a, u + 1, "have"));
            continue;
        }
        if (dmi_tense_of(a, u, u + 1) == DMI_TENSE_FUTURE) {
            /* "had planned to", "would have": a plan or a condition of
             * the past, nothing to come */
            for (size_t v = u + 1; v-- > lo && v + 3 > u;)
                if (dmi_past_plan(a, v, t + 1) || dmi_past_conditional(a, v, t + 1))
                    return 0;
            return 1;
        }
        if (dmi_past_verb(a, u) &&
            !(u > lo && (dmi_tok_is(a, u - 1, "be") || dmi_tok_is(a, u - 1, "been") || dmi_tok_is(a, u - 1, "being"))))
            return 0;
    }
    return 0;
}

static int count_of(const dmi_article_t *a, size_t t);
static int unit_of(const dmi_article_t *a, size_t t);

/* Nouns a year before them dates ("the 1994 killing", "the 2016 attack",
 * "a 1972 summit"). */
static const char *const dated_nouns_list[] = {
#include "rules/dated_nouns.inc"
    NULL};
static dmi_word_set_t dated_nouns = DMI_WORD_SET(dated_nouns_list);

/* The noun a year at t dates, or 0: one right after it, also through a
 * possessive ("the 1985 summit", "1985's summit"), or after a determiner
 * and up to three modifiers ("the 1986 Soviet-American arms summit": the
 * determiner marks the year as the phrase's own, so that "2015 nuclear
 * talks" without one stays no date). */
size_t dmi_year_dated_noun(const dmi_article_t *a, size_t t)
{
    size_t noun = t + 1 < a->token_count && (a->tokens[t + 1].flags & DMI_TOK_POSS) ? t + 2 : t + 1;
    if (noun < a->token_count && dmi_tok_in_set(a, noun, &dated_nouns) >= 0)
        return noun;
    /* ... or after a possessive, which marks it as the phrase's own as
     * well ("the king's 1971 state visit", thirty-eighth round). */
    if (t == 0 || (dmi_tok_in(a, t - 1, dmi_phrase_determiners) < 0 && !(a->tokens[t - 1].flags & DMI_TOK_POSS)))
        return 0;
    for (size_t u = t + 1; u < a->token_count && u <= t + 1 + DMI_DATED_NOUN_MAX_MODIFIERS; u++) {
        unsigned f = a->tokens[u].flags;
        if (!(f & DMI_TOK_WORD) || (f & DMI_TOK_NUM))
            return 0;
        if (u > t + 1 && dmi_tok_in_set(a, u, &dated_nouns) >= 0)
            return u;
    }
    return 0;
}

static void add_days(const dmi_date_t *ref, long delta, dmi_date_t *out)
{
    dmi_date_from_days(dmi_date_days(ref->year, ref->month, ref->day) + delta, out);
}

static int ref_full(const dmi_date_t *ref) { return ref && ref->year > 0 && ref->month > 0 && ref->day > 0; }

/* The year of a month named without one. */
static int year_for_month(int month, const dmi_date_t *ref, int context_year, dmi_tense_t tense, int that)
{
    if (that && context_year)
        return context_year;
    if (!ref || ref->year <= 0)
        return context_year;
    if (!ref->month)
        return ref->year;
    if (tense == DMI_TENSE_FUTURE)
        return month >= ref->month ? ref->year : ref->year + 1;
    return month <= ref->month ? ref->year : ref->year - 1;
}

/* "last year", "next year", "this year" at v, after a month or a day of
 * one ("in March last year", "on 5 May next year"): that year, and 2 for
 * the words used; else 0. */
static size_t year_words(const dmi_article_t *a, size_t v, size_t end, const dmi_date_t *ref, int context_year,
                         int *y)
{
    /* "on 20 May that year", "in June the same year": the year told last */
    if (context_year && v + 1 < end && dmi_tok_is(a, v, "that") && dmi_tok_is(a, v + 1, "year")) {
        *y = context_year;
        return 2;
    }
    if (context_year && v + 2 < end && dmi_tok_is(a, v, "the") && dmi_tok_is(a, v + 1, "same") &&
        dmi_tok_is(a, v + 2, "year")) {
        *y = context_year;
        return 3;
    }
    if (!ref || ref->year <= 0 || v + 1 >= end || !dmi_tok_is(a, v + 1, "year"))
        return 0;
    int shift = dmi_tok_is(a, v, "last") ? -1 : dmi_tok_is(a, v, "next") ? 1 : dmi_tok_is(a, v, "this") ? 0 : 2;
    if (shift == 2)
        return 0;
    *y = ref->year + shift;
    return 2;
}

size_t dmi_date_at(const dmi_article_t *a, size_t t, size_t end, const dmi_date_t *ref,
                   int context_year, dmi_tense_t tense, dmi_date_t *out)
{
    if (end > a->token_count)
        end = a->token_count;
    if (t >= end || !(a->tokens[t].flags & DMI_TOK_WORD))
        return 0;
    memset(out, 0, sizeof *out);
    int y, d, m;
    /* last/next/this + year/month/week/weekday; "that" + month */
    int shift = dmi_tok_is(a, t, "last") || dmi_tok_is(a, t, "past") ? -1
              : dmi_tok_is(a, t, "next") ? 1
              : dmi_tok_is(a, t, "this") ? 0 : 2;
    /* "on the eve of the summit, which opens on Saturday", "on the eve of
     * Monday's talks": the day before the first day told within the next
     * dozen words of the sentence (wire copy; issue 14). Only "the eve
     * of" is used, so that the later day still dates its own event. */
    if (dmi_tok_is(a, t, "the") && t + 3 < end && dmi_tok_is(a, t + 1, "eve") && dmi_tok_is(a, t + 2, "of")) {
        for (size_t u = t + 3; u < end && u < t + 15 && a->tokens[u].sentence == a->tokens[t].sentence; u++) {
            dmi_date_t later;
            size_t n = dmi_date_at(a, u, end, ref, context_year, tense, &later);
            if (!n)
                continue;
            if (!later.day)
                return 0;
            add_days(&later, -1, out);
            return 3;
        }
        return 0;
    }
    /* "earlier in the week", "earlier in the month": the report's own
     * week or month, as "this week" ("later in the week" is left to
     * dmi_told_ahead, which reads it as a step ahead) */
    if (dmi_tok_is(a, t, "earlier") && t + 3 < end && dmi_tok_is(a, t + 1, "in") &&
        dmi_tok_is(a, t + 2, "the") && (dmi_tok_is(a, t + 3, "week") || dmi_tok_is(a, t + 3, "month")) &&
        ref_full(ref)) {
        out->year = ref->year;
        out->month = ref->month;
        return 4;
    }
    /* "over the weekend" (the last one, or the next in the future tense);
     * "at the end of the month", "in the middle of" a year: the
     * report's own. */
    static const char *const parts[] = {"end", "start", "beginning", "middle", "close", "turn", NULL};
    if (dmi_tok_is(a, t, "the") && t > 0 && t + 1 < end) {
        if (dmi_tok_is(a, t + 1, "weekend") &&
            (dmi_tok_is(a, t - 1, "over") || dmi_tok_is(a, t - 1, "during") || dmi_tok_is(a, t - 1, "at")))
            shift = tense == DMI_TENSE_FUTURE ? 1 : -1;
        else if ((dmi_tok_is(a, t + 1, "month") || dmi_tok_is(a, t + 1, "year")) && t > 3 &&
                 dmi_tok_is(a, t - 1, "of") && dmi_tok_in(a, t - 2, parts) >= 0 && dmi_tok_is(a, t - 3, "the") &&
                 (dmi_tok_is(a, t - 4, "at") || dmi_tok_is(a, t - 4, "in") || dmi_tok_is(a, t - 4, "around")))
            shift = 0;  /* (after "by" the end is a bound of another thing) */
    }
    if (shift != 2 && t + 1 < end) {
        size_t u = t + 1;
        if (dmi_tok_is(a, u, "year") && ref && ref->year > 0) {
            out->year = ref->year + shift;
            return 2;
        }
        if (dmi_tok_is(a, u, "month") && ref && ref->year > 0 && ref->month > 0) {
            int mm = ref->month + shift, yy = ref->year;
            if (mm < 1) {
                mm = 12;
                yy--;
            } else if (mm > 12) {
                mm = 1;
                yy++;
            }
            out->year = yy;
            out->month = mm;
            return 2;
        }
        /* "last night", "last evening": the evening before the report's
         * day ("this evening" is the report's own). */
        if ((dmi_tok_is(a, u, "night") || dmi_tok_is(a, u, "evening")) && shift <= 0 && ref_full(ref)) {
            add_days(ref, shift, out);
            return 2;
        }
        /* "last spring", "this summer", "next autumn": the year of that
         * season (northern: spring from March, summer June, autumn
         * September); "last summer" in June is the year before, as the
         * season named is the one wholly past. Winter spans two years: not
         * read. */
        static const char *const seasons[] = {"spring", "summer", "autumn", "fall", NULL};
        int si = dmi_tok_in(a, u, seasons);
        if (si >= 0 && ref && ref->year > 0 && ref->month > 0) {
            int start = si == 3 ? 9 : 3 + 3 * si;
            out->year = shift < 0   ? (start + 3 <= ref->month ? ref->year : ref->year - 1)
                        : shift > 0 ? (start > ref->month ? ref->year : ref->year + 1)
                                    : ref->year;
            return 2;
        }
        /* "last weekend", "this weekend": the month of its Saturday, the one
         * before the report's day (after it when ahead) */
        if (dmi_tok_is(a, u, "weekend") && ref_full(ref)) {
            int rw = weekday(ref->year, ref->month, ref->day);
            long delta = shift < 0 || (shift == 0 && tense != DMI_TENSE_FUTURE)
                             ? -(long)((rw - 6 + 7) % 7 ? (rw - 6 + 7) % 7 : 7)
                             : (long)((6 - rw + 7) % 7);
            dmi_date_t w;
            add_days(ref, delta, &w);
            out->year = w.year;
            out->month = w.month;
            return 2;
        }
        if (dmi_tok_is(a, u, "week") && ref_full(ref)) {
            dmi_date_t w;
            add_days(ref, 7L * shift, &w);
            out->year = w.year;
            out->month = w.month;
            return 2;
        }
        int wd = dmi_weekday_of(dmi_tok_text(a, u), dmi_tok_len(a, u));
        if (wd && ref_full(ref) && shift != 0) {
            int rw = weekday(ref->year, ref->month, ref->day);
            long delta = shift < 0 ? -(long)((rw - wd + 7) % 7 ? (rw - wd + 7) % 7 : 7)
                                   : (long)((wd - rw + 7) % 7 ? (wd - rw + 7) % 7 : 7);
            add_days(ref, delta, out);
            return 2;
        }
        if ((m = tok_month(a, u)) != 0 && ref && ref->year > 0) {
            /* "last December 17": that month's day, a year back. */
            if (tok_day(a, u + 1, &d) && u + 1 < end)
                return put_date(out, ref->year + shift, m, d, 3);
            out->year = ref->year + (shift == 2 ? 0 : shift);
            out->month = m;
            return 2;
        }
    }
    /* "five years ago", "two years after the summit": a year counted back
     * from the article's (an event N years before the present). */
    if (ref && ref->year > 0 && t + 2 < end && (dmi_tok_is(a, t + 1, "years") || dmi_tok_is(a, t + 1, "year")) &&
        (dmi_tok_is(a, t + 2, "ago") || dmi_tok_is(a, t + 2, "after") || dmi_tok_is(a, t + 2, "since"))) {
        static const char *const numbers[] = {"one", "two", "three", "four", "five", "six", "seven",
                                              "eight", "nine", "ten", "a", NULL};
        int k = dmi_tok_in(a, t, numbers), n = 0;
        if (k >= 0)
            n = numbers[k][0] == 'a' ? 1 : k + 1;
        else if (!tok_number(a, t, 2, &n))
            n = 0;
        if (n > 0 && n <= 60) {
            out->year = ref->year - n;
            return 3;
        }
    }
    /* "three days ago", "two weeks ago", "a month ago", "a decade ago":
     * counted back from the report, as precise as the unit (a week back
     * is a day: the text puts it there). */
    if (ref && ref->year > 0 && t + 2 < end && dmi_tok_is(a, t + 2, "ago")) {
        int n = count_of(a, t), unit = unit_of(a, t + 1);
        int decades = dmi_tok_is(a, t + 1, "decade") || dmi_tok_is(a, t + 1, "decades");
        if (n > 0 && n <= 60 && decades) {
            out->year = ref->year - 10 * n;
            return 3;
        }
        if (n > 0 && n <= 60 && (unit == 1 || unit == 2) && ref_full(ref)) {
            add_days(ref, -(long)n * (unit == 2 ? 7 : 1), out);
            return 3;
        }
        /* "a fortnight ago": two weeks */
        if (n > 0 && n <= 30 && ref_full(ref) &&
            (dmi_tok_is(a, t + 1, "fortnight") || dmi_tok_is(a, t + 1, "fortnights"))) {
            add_days(ref, -14L * n, out);
            return 3;
        }
        if (n > 0 && n <= 60 && unit == 3 && ref->month > 0) {
            int mm = ref->year * 12 + (ref->month - 1) - n;
            out->year = mm / 12;
            out->month = mm % 12 + 1;
            return 3;
        }
    }
    /* "will meet in three days", "in two weeks' time": counted forward
     * from the report in the future tense, when nothing follows but the
     * clause's end ("in three days of talks" is a length). */
    if (tense == DMI_TENSE_FUTURE && ref_full(ref) && t > 0 && dmi_tok_is(a, t - 1, "in") && t + 1 < end) {
        int n = count_of(a, t), unit = unit_of(a, t + 1);
        size_t v = t + 2;
        if (v < end && (dmi_tok_is(a, v, "time") || (a->tokens[v].flags & DMI_TOK_POSS)))
            v += dmi_tok_is(a, v, "time") ? 1 : (v + 1 < end && dmi_tok_is(a, v + 1, "time") ? 2 : 1);
        if (n > 0 && n <= 30 && (unit == 1 || unit == 2) && (v >= end || dmi_tok_punct_any(a, v))) {
            add_days(ref, (long)n * (unit == 2 ? 7 : 1), out);
            return v - t;
        }
    }
    /* "three months from now", "two weeks from now": counted forward from
     * the report as "ago" counts back (a month ahead is that month). */
    if (ref && ref->year > 0 && t + 3 < end && dmi_tok_is(a, t + 2, "from") && dmi_tok_is(a, t + 3, "now")) {
        int n = count_of(a, t), unit = unit_of(a, t + 1);
        if (n > 0 && n <= 60 && (unit == 1 || unit == 2) && ref_full(ref)) {
            add_days(ref, (long)n * (unit == 2 ? 7 : 1), out);
            return 4;
        }
        if (n > 0 && n <= 60 && unit == 3 && ref->month > 0) {
            int mm = ref->year * 12 + (ref->month - 1) + n;
            *out = (dmi_date_t){mm / 12, mm % 12 + 1, 0};
            return 4;
        }
        if (n > 0 && n <= 60 && unit == 4) {
            *out = (dmi_date_t){ref->year + n, 0, 0};
            return 4;
        }
    }
    if (dmi_tok_is(a, t, "that") && t + 1 < end && (m = tok_month(a, t + 1)) != 0) {
        int yy = year_for_month(m, ref, context_year, tense, 1);
        if (!yy)
            return 0;
        out->year = yy;
        out->month = m;
        return 2;
    }
    if (ref_full(ref)) {
        /* "Christmas Day", "Christmas Eve", "New Year's Day", "New Year's
         * Eve": fixed days of the year, on the side of the report the
         * tense says */
        if (a->tokens[t].flags & DMI_TOK_CAP) {
            static const struct {
                const char *words;
                int month, day;
            } feasts[] = {{"Christmas Eve", 12, 24}, {"Christmas Day", 12, 25}, {"New Year's Eve", 12, 31},
                          {"New Year's Day", 1, 1},  {"New Year\xE2\x80\x99s Eve", 12, 31},
                          {"New Year\xE2\x80\x99s Day", 1, 1}};
            const char *p = a->text + a->tokens[t].start;
            size_t left = a->len - a->tokens[t].start;
            for (size_t i = 0; i < G_N_ELEMENTS(feasts); i++) {
                size_t n = strlen(feasts[i].words);
                if (n > left || strncmp(p, feasts[i].words, n) != 0)
                    continue;
                size_t u = t + 1;  /* the tokens the words take */
                while (u < end && a->tokens[u].start + dmi_tok_len(a, u) <= a->tokens[t].start + n)
                    u++;
                int yy = year_for_month(feasts[i].month, ref, context_year, tense, 0);
                if (yy && feasts[i].month == ref->month && tense != DMI_TENSE_FUTURE && feasts[i].day > ref->day)
                    yy--;
                if (yy && feasts[i].month == ref->month && tense == DMI_TENSE_FUTURE && feasts[i].day < ref->day)
                    yy++;
                return yy ? put_date(out, yy, feasts[i].month, feasts[i].day, u - t) : 0;
            }
        }
        /* "the day before yesterday", "the day after tomorrow": two days
         * back or on (read at "day", before its last word is read alone). */
        if (dmi_tok_is(a, t, "day") && t + 2 < end &&
            ((dmi_tok_is(a, t + 1, "before") && dmi_tok_is(a, t + 2, "yesterday")) ||
             (dmi_tok_is(a, t + 1, "after") && dmi_tok_is(a, t + 2, "tomorrow")))) {
            add_days(ref, dmi_tok_is(a, t + 1, "before") ? -2 : 2, out);
            return 3;
        }
        if (dmi_tok_is(a, t, "yesterday")) {
            add_days(ref, -1, out);
            return 1;
        }
        if (dmi_tok_is(a, t, "today") || dmi_tok_is(a, t, "tonight")) {
            *out = *ref;
            return 1;
        }
        if (dmi_tok_is(a, t, "tomorrow")) {
            add_days(ref, 1, out);
            return 1;
        }
        int wd = dmi_weekday_of(dmi_tok_text(a, t), dmi_tok_len(a, t));
        if (wd && (a->tokens[t].flags & DMI_TOK_CAP)) {
            /* "Tuesday, April 14", "Monday 16 March": the date written out
             * after the weekday says which week, whatever the tense. */
            size_t u = t + 1 < end && tok_punct(a, t + 1, ',') ? t + 2 : t + 1;
            size_t n = u < end ? dmi_date_at(a, u, end, ref, context_year, tense, out) : 0;
            if (n && out->day > 0 && (tok_day(a, u, &d) || tok_day(a, u + 1, &d)))
                return u + n - t;
            memset(out, 0, sizeof *out);
            int rw = weekday(ref->year, ref->month, ref->day);
            if (tense == DMI_TENSE_PAST &&
                dmi_future_before(a, a->sentences[a->tokens[t].sentence].first, t, DMI_FUTURE_MODAL))
                tense = DMI_TENSE_FUTURE;
            /* "said in Beijing Monday that the upcoming round ...": the
             * saying is past whatever it tells of the future. */
            if ((tense == DMI_TENSE_FUTURE || tense == DMI_TENSE_PRESENT) && said_before(a, t))
                tense = DMI_TENSE_PAST;
            /* "are meeting on Monday", "leaves on Saturday": present
             * tense names a day still to come, as the future does. */
            int ahead = tense == DMI_TENSE_FUTURE || tense == DMI_TENSE_PRESENT;
            long delta = ahead ? (wd - rw + 7) % 7 : -((rw - wd + 7) % 7);
            /* A weekday told as done in a wire's dateline sentence
             * ("WELLINGTON, New Zealand (AP) _ ..., said Friday" in a
             * Thursday report) that is the day after the report's is that
             * day: the report is dated in a time zone behind the
             * dateline's; the wire's lede is not six days old. */
            size_t s0 = a->sentence_count ? a->sentences[a->tokens[t].sentence].first : t;
            if (!ahead && delta == -6 && (a->tokens[s0].flags & DMI_TOK_LINE_START) &&
                (a->tokens[s0].flags & DMI_TOK_UPPER) && dmi_tok_len(a, s0) > 2 && s0 + 1 < t &&
                tok_punct(a, s0 + 1, ','))
                delta = 1;
            add_days(ref, delta, out);
            return 1;
        }
    }
    if ((m = tok_month(a, t)) != 0 || (tok_day(a, t + 1, &d) && (m = tok_month_short(a, t)) != 0)) {
        size_t u = t + 1;
        /* Month Day[,] [Year] */
        if (tok_day(a, u, &d)) {
            size_t v = u + 1;
            v += range_end(a, v, end);  /* "October 12-13, 2015": the first day, the year after */
            if (t > 0 && v == u + 1)
                v += range_words(a, t - 1, v, end);  /* "from May 24 to 26" */
            size_t used = v - t;
            if (tok_punct(a, v, ','))
                v++;
            if (v < end && tok_year(a, v, &y))
                return put_date(out, y, m, d, v + 1 - t);
            size_t w = year_words(a, v, end, ref, context_year, &y);
            if (w)
                return put_date(out, y, m, d, v + w - t);
            int yy = year_for_month(m, ref, context_year, tense, 0);
            return yy ? put_date(out, yy, m, d, used) : 0;
        }
        /* Month [of] Year */
        size_t v = u;
        if (v < end && dmi_tok_is(a, v, "of"))
            v++;
        if (v < end && tok_year(a, v, &y))
            return put_date(out, y, m, 0, v + 1 - t);
        /* A bare month needs a preposition before it: "in February". "May"
         * alone is a name too often. */
        static const char *const month_cues[] = {"in", "since", "until", "by", "early", "late",
                                                 "mid", "from", "during", "of", NULL};
        /* ... or "for" after a word that sets a time: "planned for
         * March", "scheduled for October" (not "support for May"). */
        static const char *const set_for[] = {"planned", "scheduled", "set", "slated", "due", "penciled",
                                              "pencilled", "fixed", "expected", "tentatively", "rescheduled", NULL};
        /* ... or "to" after a word that moves a time: "pushed back to
         * July", "postponed to March" */
        static const char *const moved_to[] = {"back", "postponed", "delayed", "moved", "rescheduled", "forward",
                                               NULL};
        int cued = t > 0 && (dmi_tok_in(a, t - 1, month_cues) >= 0 ||
                             (t > 1 && dmi_tok_is(a, t - 1, "for") && dmi_tok_in(a, t - 2, set_for) >= 0) ||
                             (t > 1 && dmi_tok_is(a, t - 1, "to") && dmi_tok_in(a, t - 2, moved_to) >= 0));
        /* "talks had been set for June": a plan of the past, which
         * says neither when it took place nor that it did. */
        for (size_t u = t > 5 ? t - 5 : 0; cued && dmi_tok_in(a, t - 1, month_cues) < 0 && u + 2 < t; u++)
            if (dmi_tok_is(a, u, "had"))
                cued = 0;
        size_t w = cued ? year_words(a, u, end, ref, context_year, &y) : 0;
        if (w)
            return put_date(out, y, m, 0, 1 + w);
        /* a time moved or set again is one to come, whatever the tense
         * of the moving */
        if (cued && t > 1 && (dmi_tok_is(a, t - 1, "to") || dmi_tok_is(a, t - 1, "for")) &&
            (dmi_tok_in(a, t - 2, moved_to) >= 0 || dmi_tok_is(a, t - 2, "rescheduled")))
            tense = DMI_TENSE_FUTURE;
        if (cued) {
            int yy = year_for_month(m, ref, context_year, tense, 0);
            return yy ? put_date(out, yy, m, 0, 1) : 0;
        }
        return 0;
    }
    /* Day Month [Year], or a range "12 – 14 May [2017]": its first day */
    if (tok_day(a, t, &d)) {
        size_t u = t + 1 + range_end(a, t + 1, end);
        if (t > 0 && u == t + 1)
            u += range_words(a, t - 1, u, end);  /* "from 24 to 26 May", "between 5 and 7 June" */
        if (u < end && ((m = tok_month(a, u)) != 0 || (m = tok_month_short(a, u)) != 0)) {
            if (u + 1 < end && tok_year(a, u + 1, &y))
                return put_date(out, y, m, d, u + 2 - t);
            size_t w = year_words(a, u + 1, end, ref, context_year, &y);
            if (w)
                return put_date(out, y, m, d, u + 1 + w - t);
            int yy = year_for_month(m, ref, context_year, tense, 0);
            return yy ? put_date(out, yy, m, d, u + 1 - t) : 0;
        }
        /* "on the 14th", "on the 3rd of June": an ordinal day told with no
         * month is in the report's month, the one before when the past
         * tense names a later day, the one after when the future names an
         * earlier one ("the 14th century", "on the 14th floor": no date,
         * a noun follows). */
        size_t n = dmi_tok_len(a, t);
        if (ref_full(ref) && t > 1 && n > 2 && g_ascii_isalpha(dmi_tok_text(a, t)[n - 1]) &&
            dmi_tok_is(a, t - 1, "the") && dmi_tok_is(a, t - 2, "on")) {
            static const char *const after_day[] = {"and", "at", "in", "when", "with", "to", "but", "as",
                                                    "after", "before", "for", "during", NULL};
            if (u + 1 < end && dmi_tok_is(a, u, "of") && (m = tok_month(a, u + 1)) != 0) {
                if (u + 2 < end && tok_year(a, u + 2, &y))
                    return put_date(out, y, m, d, u + 3 - t);
                int yy = year_for_month(m, ref, context_year, tense, 0);
                return yy ? put_date(out, yy, m, d, u + 2 - t) : 0;
            }
            if (u >= end || (a->tokens[u].flags & DMI_TOK_PUNCT) || dmi_tok_in(a, u, after_day) >= 0) {
                int mm = ref->year * 12 + ref->month - 1;
                if (tense == DMI_TENSE_FUTURE || tense == DMI_TENSE_PRESENT)
                    mm += d < ref->day;
                else
                    mm -= d > ref->day;
                return put_date(out, mm / 12, mm % 12 + 1, d, 1);
            }
        }
    }
    /* "mid-2012", "early-1990", "late-March" written as one word, and a
     * span of years "2014-15", "1998-2001": the year (the first one) or
     * the month, as "in mid 2012" or "in late March" gives it. */
    if ((a->tokens[t].flags & DMI_TOK_WORD) && dmi_tok_len(a, t) > 5) {
        const char *w = dmi_tok_text(a, t);
        size_t n = dmi_tok_len(a, t), p = 0;
        if (g_ascii_strncasecmp(w, "mid-", 4) == 0)
            p = 4;
        else if (g_ascii_strncasecmp(w, "early-", 6) == 0 || g_ascii_strncasecmp(w, "late-", 5) == 0)
            p = w[0] == 'l' || w[0] == 'L' ? 5 : 6;
        int yy = 0;
        if (p && n == p + 4 && g_ascii_isdigit(w[p]) && g_ascii_isdigit(w[p + 1]) && g_ascii_isdigit(w[p + 2]) &&
            g_ascii_isdigit(w[p + 3])) {
            yy = (w[p] - '0') * 1000 + (w[p + 1] - '0') * 100 + (w[p + 2] - '0') * 10 + (w[p + 3] - '0');
            if (yy >= 1800 && yy <= 2200) {
                out->year = yy;
                return 1;
            }
        }
        if (p && (m = dmi_month_of(w + p, n - p)) != 0) {
            int y2 = year_for_month(m, ref, context_year, tense, 0);
            return y2 ? put_date(out, y2, m, 0, 1) : 0;
        }
        /* "2010-06-14" written in the text: the full date, unambiguous */
        if (!p && n == 10 && w[4] == '-' && w[7] == '-') {
            int ok = 1, v[3] = {0, 0, 0};
            for (size_t i = 0, f = 0; i < n; i++)
                if (w[i] == '-')
                    f++;
                else if (g_ascii_isdigit(w[i]))
                    v[f] = v[f] * 10 + (w[i] - '0');
                else
                    ok = 0;
            if (ok && v[0] >= 1800 && v[0] <= 2200)
                return put_date(out, v[0], v[1], v[2], 1);
        }
        /* "2014-15", "1998-2001" after a preposition ("in 2014-15") */
        if (!p && (n == 7 || n == 9) && w[4] == '-' && t > 0 &&
            (dmi_tok_is(a, t - 1, "in") || dmi_tok_is(a, t - 1, "during") || dmi_tok_is(a, t - 1, "from") ||
             dmi_tok_is(a, t - 1, "between"))) {
            int ok = 1;
            for (size_t i = 0; i < n; i++)
                ok &= i == 4 || g_ascii_isdigit(w[i]);
            yy = ok ? (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0') : 0;
            if (yy >= 1800 && yy <= 2200) {
                out->year = yy;
                return 1;
            }
        }
    }
    /* A decade ("in the early 1990s", "the 1970s"): the text gives no finer
     * than its first year. */
    if ((a->tokens[t].flags & DMI_TOK_WORD) && dmi_tok_len(a, t) == 5 && g_ascii_isdigit(dmi_tok_text(a, t)[0]) &&
        dmi_tok_text(a, t)[3] == '0' && (dmi_tok_text(a, t)[4] == 's' || dmi_tok_text(a, t)[4] == 'S')) {
        const char *w = dmi_tok_text(a, t);
        int yy = 0;
        for (size_t i = 0; i < 4 && g_ascii_isdigit(w[i]); i++)
            yy = yy * 10 + (w[i] - '0');
        if (yy >= 1800 && yy <= 2200) {
            out->year = yy;
            return 1;
        }
    }
    /* A year: after a preposition, or before punctuation. */
    if (tok_year(a, t, &y)) {
        static const char *const before[] = {"in", "since", "of", "by", "until", "from", "during",
                                             "early", "late", "mid", "before", "after", "and",
                                             "to", "through", "year", "spring", "summer", "autumn",
                                             "fall", "winter", NULL};
        /* ... or before a dated noun */
        int ok = (t > 0 && dmi_tok_in(a, t - 1, before) >= 0) || t + 1 >= a->token_count ||
                 (a->tokens[t + 1].flags & DMI_TOK_PUNCT) || dmi_year_dated_noun(a, t);
        if (!ok)
            return 0;
        out->year = y;
        return 1;
    }
    return 0;
}

/* How many of a unit "two years later" counts: a number word or digits. */
static int count_of(const dmi_article_t *a, size_t t)
{
    static const char *const numbers[] = {"one", "two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "ten", "eleven", "twelve", NULL};
    int k = dmi_tok_in(a, t, numbers), n = 0;
    if (dmi_tok_is(a, t, "a") || dmi_tok_is(a, t, "an"))
        return 1;
    if (k >= 0)
        return k + 1;
    return tok_number(a, t, 3, &n) ? n : 0;
}

/* Which unit a word names: 1 day, 2 week, 3 month, 4 year; 0 none. */
static int unit_of(const dmi_article_t *a, size_t t)
{
    static const char *const units[] = {"day", "days", "week", "weeks", "month", "months", "year", "years", NULL};
    int k = dmi_tok_in(a, t, units);
    return k < 0 ? 0 : k / 2 + 1;
}

/* A date no finer than a unit: a month (3) or a year (4). */
static void to_unit(dmi_date_t *d, int unit)
{
    if (unit >= 3)
        d->day = 0;
    if (unit == 4)
        d->month = 0;
}

/* anchor moved on (back when n < 0) by n units, at the anchor's precision (a day counted
 * from a month is still that month); 0 when the anchor is too coarse for
 * the unit. */
static int shift_date(const dmi_date_t *anchor, int unit, int n, dmi_date_t *out)
{
    *out = *anchor;
    if (unit == 4) {
        out->year += n;
        return 1;
    }
    /* a few days or weeks from a year or a month: most likely the same one */
    int days = n * (unit == 2 ? 7 : unit == 1 ? 1 : 31);
    if (!anchor->month)
        return unit <= 2 && abs(days) < 60;
    if (unit == 3) {
        int m = anchor->year * 12 + anchor->month - 1 + n;
        out->year = m / 12;
        out->month = m % 12 + 1;
        if (out->day && out->day > days_in_month(out->year, out->month))
            out->day = days_in_month(out->year, out->month);
        return 1;
    }
    if (!anchor->day)
        return abs(days) < 28;
    add_days(anchor, days, out);
    return 1;
}

size_t dmi_span_after(const dmi_article_t *a, size_t t, size_t end, const dmi_date_t *anchor, dmi_date_t *out)
{
    int n = count_of(a, t), unit;
    if (n <= 0 || n > 100 || t + 2 >= end || !anchor || anchor->year <= 0 || (unit = unit_of(a, t + 1)) == 0)
        return 0;
    if (dmi_tok_is(a, t + 2, "before"))
        n = -n;
    else if (!dmi_tok_is(a, t + 2, "after"))
        return 0;
    return shift_date(anchor, unit, n, out) ? 3 : 0;
}

size_t dmi_span_back_to(const dmi_article_t *a, size_t first, size_t trig, const dmi_date_t *anchor, dmi_date_t *out)
{
    if (!anchor || anchor->year <= 0)
        return 0;
    /* "after" up to eight words before the trigger, in its clause, a
     * count and a unit before it ("a month after", "two weeks after") */
    for (size_t u = trig, k = 0; u > first + 2 && k < 8; k++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (!dmi_tok_is(a, u, "after"))
            continue;
        int unit = unit_of(a, u - 1), n = count_of(a, u - 2);
        if (!unit || n <= 0 || n > 100 || !shift_date(anchor, unit, -n, out))
            return 0;
        to_unit(out, unit);
        return u;
    }
    return 0;
}

/* Parts of a day, which count as their day ("the next morning"). */
static const char *const day_parts[] = {"morning", "afternoon", "evening", "night", NULL};

int dmi_narrative_next(const dmi_article_t *a, size_t t)
{
    return t > 0 && t + 1 < a->token_count && dmi_tok_is(a, t - 1, "the") &&
           (dmi_tok_is(a, t, "next") || dmi_tok_is(a, t, "following")) &&
           (unit_of(a, t + 1) != 0 || dmi_tok_in(a, t + 1, day_parts) >= 0);
}

size_t dmi_date_later(const dmi_article_t *a, size_t t, size_t end, const dmi_date_t *anchor, dmi_date_t *out)
{
    if (end > a->token_count)
        end = a->token_count;
    if (!anchor || anchor->year <= 0 || t + 1 >= end || !(a->tokens[t].flags & DMI_TOK_WORD))
        return 0;
    int unit;
    /* "the following year", "the next day"; "the previous month", "the
     * preceding day": one unit on or back, as precise as the unit (the
     * year after a day in October is a year, not that day a year on). */
    /* (a part of the day counts as its day: "the next morning", "the
     * previous evening") */
    if (dmi_tok_is(a, t, "the") && t + 2 < end &&
        (dmi_tok_is(a, t + 1, "following") || dmi_tok_is(a, t + 1, "next") || dmi_tok_is(a, t + 1, "previous") ||
         dmi_tok_is(a, t + 1, "preceding")) &&
        ((unit = unit_of(a, t + 2)) != 0 || (dmi_tok_in(a, t + 2, day_parts) >= 0 && (unit = 1) != 0)) &&
        !dmi_tok_is(a, t + 2, "days") && !dmi_tok_is(a, t + 2, "weeks") &&
        !dmi_tok_is(a, t + 2, "months") && !dmi_tok_is(a, t + 2, "years")) {
        int back = dmi_tok_is(a, t + 1, "previous") || dmi_tok_is(a, t + 1, "preceding");
        if (!shift_date(anchor, unit, back ? -1 : 1, out))
            return 0;
        to_unit(out, unit);
        return 3;
    }
    /* "the day before," told alone: a day back (not "the day before the
     * vote", which counts from what follows). */
    if (dmi_tok_is(a, t, "the") && t + 3 < end && dmi_tok_is(a, t + 1, "day") && dmi_tok_is(a, t + 2, "before") &&
        dmi_tok_punct_any(a, t + 3))
        return shift_date(anchor, 1, -1, out) ? 3 : 0;
    /* ... and "the week before,", "the month before,", "the year before,":
     * one unit back, as precise as the unit; "the year after," one on */
    if (dmi_tok_is(a, t, "the") && t + 3 < end &&
        (dmi_tok_is(a, t + 1, "week") || dmi_tok_is(a, t + 1, "month") || dmi_tok_is(a, t + 1, "year")) &&
        (dmi_tok_is(a, t + 2, "before") || dmi_tok_is(a, t + 2, "after")) && dmi_tok_punct_any(a, t + 3)) {
        unit = unit_of(a, t + 1);
        if (!shift_date(anchor, unit, dmi_tok_is(a, t + 2, "after") ? 1 : -1, out))
            return 0;
        to_unit(out, unit);
        return 3;
    }
    /* "later that year", "that same month", "the same day" */
    size_t u = t;
    if (dmi_tok_is(a, u, "later") && u + 1 < end)
        u++;
    /* "that spring", "later that summer": a season of the year told last,
     * at the precision of a year (winter spans two: not read) */
    static const char *const seasons[] = {"spring", "summer", "autumn", "fall", NULL};
    if (dmi_tok_is(a, u, "that") && u + 1 < end && dmi_tok_in(a, u + 1, seasons) >= 0) {
        out->year = anchor->year;
        out->month = out->day = 0;
        return u + 2 - t;
    }
    if ((dmi_tok_is(a, u, "that") || dmi_tok_is(a, u, "the")) && u + 1 < end) {
        size_t v = dmi_tok_is(a, u + 1, "same") && u + 2 < end ? u + 2 : u + 1;
        unit = unit_of(a, v);
        if (unit && (v > u + 1 || u > t || dmi_tok_is(a, u, "that")) && !dmi_tok_is(a, v, "days") && !dmi_tok_is(a, v, "weeks") &&
            !dmi_tok_is(a, v, "months") && !dmi_tok_is(a, v, "years")) {
            /* the anchor as precise as the unit allows */
            if ((unit <= 2 && !anchor->day) || (unit == 3 && !anchor->month))
                return 0;
            *out = *anchor;
            if (unit == 3)
                out->day = 0;
            else if (unit == 4)
                out->month = out->day = 0;
            return v + 1 - t;
        }
    }
    /* "two years later", "a week later"; "a day earlier": as precise as
     * the unit when that is a month or a year ("two years later" after
     * March 2003 is 2005, not March 2005: the text counts in years) */
    int n = count_of(a, t);
    if (n > 0 && n <= 100 && t + 2 < end && (unit = unit_of(a, t + 1)) != 0 &&
        (dmi_tok_is(a, t + 2, "later") || dmi_tok_is(a, t + 2, "earlier"))) {
        if (!shift_date(anchor, unit, dmi_tok_is(a, t + 2, "earlier") ? -n : n, out))
            return 0;
        to_unit(out, unit);
        return 3;
    }
    return 0;
}

int dmi_told_ahead(const dmi_article_t *a, size_t first, size_t last)
{
    static const char *const spans[] = {"week", "month", "year", "day", "days", "weeks", "months", "years", NULL};
    if (last > a->token_count)
        last = a->token_count;
    for (size_t t = first; t + 2 < last; t++) {
        /* "later this year", "later in the week" (not "later in the day":
         * the same day, told as done) */
        if (dmi_tok_is(a, t, "later") && dmi_tok_is(a, t + 1, "this") && dmi_tok_in(a, t + 2, spans) >= 0)
            return 1;
        if (dmi_tok_is(a, t, "later") && dmi_tok_is(a, t + 1, "in") && t + 3 < last && dmi_tok_is(a, t + 2, "the") &&
            (dmi_tok_is(a, t + 3, "week") || dmi_tok_is(a, t + 3, "month") || dmi_tok_is(a, t + 3, "year")))
            return 1;
        /* "next week", "next month": a step ahead of the report */
        if (dmi_tok_is(a, t, "next") && dmi_tok_in(a, t + 1, spans) >= 0 && !dmi_narrative_next(a, t))
            return 1;
        /* "in the coming days", "in the weeks ahead" */
        if (dmi_tok_is(a, t, "the") && dmi_tok_is(a, t + 1, "coming") && dmi_tok_in(a, t + 2, spans) >= 0)
            return 1;
        if (dmi_tok_is(a, t, "the") && dmi_tok_in(a, t + 1, spans) >= 0 && dmi_tok_is(a, t + 2, "ahead"))
            return 1;
    }
    return 0;
}

int dmi_latest_year(const dmi_article_t *a)
{
    int latest = 0, y;
    for (size_t t = 0; t < a->token_count; t++)
        if (tok_year(a, t, &y) && y > latest)
            latest = y;
    return latest;
}

int dmi_text_tells_history(const dmi_article_t *a, const dmi_date_t *ref)
{
    if (!ref || ref->year <= 0)
        return 0;
    /* Years named long before the report against the report's own time:
     * its year or the one before, a weekday, "yesterday", "this week". */
    static const char *const now_words[] = {"today", "yesterday", "tomorrow", "tonight", NULL};
    size_t old = 0, now = 0;
    /* A report tells its own days in its first sentences ("said
     * Wednesday"): news, whatever history follows. */
    size_t lede_end = a->sentence_count > 3 ? a->sentences[3].first : a->token_count;
    for (size_t t = 0; t < a->token_count; t++) {
        int y;
        if (tok_year(a, t, &y)) {
            if (y >= ref->year - 1 && y <= ref->year)
                now++;
            else if (y < ref->year - 1)
                old++;
        } else if (((a->tokens[t].flags & DMI_TOK_CAP) && dmi_weekday_of(dmi_tok_text(a, t), dmi_tok_len(a, t))) ||
                   dmi_tok_in(a, t, now_words) >= 0 ||
                   (t + 1 < a->token_count && (dmi_tok_is(a, t, "this") || dmi_tok_is(a, t, "last") ||
                                               dmi_tok_is(a, t, "next")) &&
                    (dmi_tok_is(a, t + 1, "week") || dmi_tok_is(a, t + 1, "month")))) {
            if (t < lede_end)
                return 0;
            now++;
        }
    }
    return old >= 3 && old > 2 * now;
}

/* The day a wire's dateline gives ("OSLO, June 20 (Reuters) -", "ROME,
 * Italy, Jan. 2 -") in one of the first lines, its year the one that
 * puts it nearest the publication date pub: 1 when found. */
static int dateline_day(const dmi_article_t *a, const dmi_date_t *pub, dmi_date_t *out)
{
    size_t lines = 0;
    for (size_t t = 0; t < a->token_count && t < 120 && lines < 4; t++) {
        if (!(a->tokens[t].flags & DMI_TOK_LINE_START))
            continue;
        lines++;
        if (!(a->tokens[t].flags & DMI_TOK_UPPER))
            continue;
        /* a name in capitals, a comma, then the date within a few words */
        for (size_t u = t + 1; u < t + 6 && u + 2 < a->token_count; u++) {
            if (a->tokens[u].flags & DMI_TOK_LINE_START)
                break;
            if (!tok_punct(a, u, ',') || !tok_month(a, u + 1))
                continue;
            int m = tok_month(a, u + 1), d;
            if (!tok_day(a, u + 2, &d))
                break;
            dmi_date_t best = {0, 0, 0};
            long best_gap = 0, ref = dmi_date_days(pub->year, pub->month, pub->day);
            for (int y = pub->year - 1; y <= pub->year + 1; y++) {
                if (!valid(y, m, d))
                    continue;
                long gap = labs(dmi_date_days(y, m, d) - ref);
                if (!best.year || gap < best_gap) {
                    best = (dmi_date_t){y, m, d};
                    best_gap = gap;
                }
            }
            if (best.year && best_gap <= 3) {
                *out = best;
                return 1;
            }
            break;
        }
    }
    return 0;
}

int dmi_article_date_line(const dmi_article_t *art)
{
    dmi_date_t d;
    char buf[11];
    if (art->body < 10)
        return 0;
    memcpy(buf, art->text + art->body - 10, 10);
    buf[10] = '\0';
    return dmi_date_parse(buf, &d) == 0 && d.day;
}

int dmi_article_date(const dmi_article_t *art, dmi_date_t *out)
{
    memset(out, 0, sizeof *out);
    /* Leading "date YYYY-MM-DD": the body starts just after it. */
    if (art->body >= 10) {
        char buf[11];
        memcpy(buf, art->text + art->body - 10, 10);
        buf[10] = '\0';
        if (dmi_date_parse(buf, out) == 0 && out->day) {
            /* A wire's own dateline a day or two off the publication date
             * (filed before midnight, or in a later time zone) is the frame
             * its weekdays and "yesterday" are told in. */
            dmi_date_t d;
            if (dateline_day(art, out, &d))
                *out = d;
            return 0;
        }
    }
    /* Otherwise a full date in the first two sentences (a dateline). */
    size_t stop = art->sentence_count > 2 ? art->sentences[2].first : art->token_count;
    if (stop > 80)
        stop = 80;
    /* A date told as a bound ("goods made after 1 January 2007", "since
     * 3 May 2019") is no day of the report. */
    static const char *const bounds[] = {"after", "before", "since", "until", "till", "through", NULL};
    for (size_t t = 0; t < stop; t++) {
        dmi_date_t d;
        if (dmi_date_at(art, t, stop, NULL, 0, DMI_TENSE_UNKNOWN, &d) && d.day &&
            !(t > 0 && dmi_tok_in(art, t - 1, bounds) >= 0)) {
            *out = d;
            return 0;
        }
        /* ISO date "2025-06-12" is one token. */
        if (dmi_tok_len(art, t) == 10 && (art->tokens[t].flags & DMI_TOK_WORD)) {
            char buf[11];
            memcpy(buf, dmi_tok_text(art, t), 10);
            buf[10] = '\0';
            if (dmi_date_parse(buf, &d) == 0) {
                *out = d;
                return 0;
            }
        }
    }
    return -1;
}

/* Verbs of ending (rules/ending_verbs.txt). */
static const char *const ending_verbs_list[] = {
#include "rules/ending_verbs.inc"
    NULL};
static dmi_word_set_t ending_verbs = DMI_WORD_SET(ending_verbs_list);

int dmi_date_bounds_state(const dmi_article_t *a, size_t b)
{
    static const char *const bounds[] = {"since", "until", "till", "by", "through", NULL};
    if (b > 0 && dmi_tok_in(a, b - 1, bounds) >= 0)
        return 1;
    /* "scheduled to end on Wednesday", "will close Friday": the last day of
     * what is under way, not its day (the talks began before it). */
    size_t v = b > 0 && dmi_tok_is(a, b - 1, "on") ? b - 1 : b;
    if (v >= 2 && dmi_tok_in_set(a, v - 1, &ending_verbs) >= 0 &&
        (dmi_tok_is(a, v - 2, "to") || dmi_tok_is(a, v - 2, "will") || dmi_tok_is(a, v - 2, "would")))
        return 1;
    /* "since" up to six words back, no punctuation between, opening a
     * clause (a verb or a pronoun between: "since taking office", "since
     * she took power"); "since the summit in Oslo last month" dates
     * the summit. */
    static const char *const pronouns[] = {"he", "she", "they", "it", "we", "i", "you", NULL};
    int clause = 0;
    for (size_t u = b, n = 0; u > 0 && n < 6; n++) {
        u--;
        if ((a->tokens[u].flags & DMI_TOK_PUNCT) || a->tokens[u].sentence != a->tokens[b].sentence)
            return 0;
        if (dmi_tok_is(a, u, "since"))
            return clause;
        size_t len = dmi_tok_len(a, u);
        const char *w = dmi_tok_text(a, u);
        if (dmi_tok_in(a, u, pronouns) >= 0 || (len > 4 && (g_ascii_strncasecmp(w + len - 2, "ed", 2) == 0 ||
                                                            g_ascii_strncasecmp(w + len - 3, "ing", 3) == 0)))
            clause = 1;
    }
    return 0;
}

int dmi_date_counts_series(const dmi_article_t *a, size_t first, size_t b)
{
    /* closed class: the ordinals a series is counted by, and "latest" */
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                           "eighth", "ninth", "tenth", "latest", NULL};
    static const char *const determiners[] = {"the", "its", "their", "his", "her", "a", NULL};
    static const char *const spans[] = {"week", "month", "year", NULL};
    if (b + 1 >= a->token_count || !dmi_tok_is(a, b, "this") || dmi_tok_in(a, b + 1, spans) < 0)
        return 0;
    for (size_t u = b, k = 0; u > first + 1 && k < 8; k++) {
        u--;
        if (dmi_tok_punct_any(a, u))
            return 0;
        if (dmi_tok_in(a, u, ordinals) >= 0)
            return dmi_tok_in(a, u - 1, determiners) >= 0;
    }
    return 0;
}
