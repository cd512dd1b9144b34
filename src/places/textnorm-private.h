/* Unicode text normalisation for matching place names (GLib based).
 *
 * dmi_text_normalize() produces the key the gazetteer index is sorted by:
 *  - NFKD, combining marks dropped (diacritics: "Hà Nội" -> "ha noi"),
 *    then NFKC and case folding (g_utf8_casefold); Hangul syllables survive
 *    (NFKC recomposes them), CJK and Cyrillic are kept as letters;
 *  - apostrophes and look-alikes (' ’ ‘ ʼ ʻ ` ´) are removed ("P'yŏngyang" ->
 *    "pyongyang", "Côte d'Ivoire" -> "cote divoire");
 *  - hyphens, dashes, dots, commas and other punctuation become a space; runs
 *    of white space collapse to one space; no leading/trailing space;
 *  - a few letters without a decomposition are folded (ß->ss, æ->ae, ø->o,
 *    đ->d, ł->l, ı->i, œ->oe, þ->th).
 * Result is UTF-8, allocated with g_malloc: free it with g_free(). NULL only
 * for invalid UTF-8 input (or len < 0 with text NULL). */
#ifndef DM_TEXTNORM_PRIVATE_H
#define DM_TEXTNORM_PRIVATE_H

#include <stddef.h>
#include <sys/types.h>

/* len < 0: text is NUL-terminated. g_free() the result. */
char *dmi_text_normalize(const char *text, ssize_t len);

/* The same key with every space removed ("ha noi" -> "hanoi"); the index
 * stores this variant too. g_free() the result. */
char *dmi_text_squash(const char *normalized);

/* Strip a Korean administrative suffix from a normalised key, in place:
 * "평양시" -> "평양", "서울특별시" -> "서울", "부산광역시" -> "부산"; also
 * 직할시, 특별자치시, 특별자치도, 도 (only when at least 2 syllables remain).
 * Returns 1 when something was removed. */
int dmi_text_strip_korean_suffix(char *normalized);

/* Levenshtein distance over Unicode code points, capped: returns cap+1 as
 * soon as the distance exceeds cap. Inputs are UTF-8. */
int dmi_text_edit_distance(const char *a, const char *b, int cap);

#endif
