/* The place resolver: every name the extractor found in an article comes
 * with its gazetteer readings ("Georgia": the country, the US state, towns);
 * the resolver picks one reading per name from the readings' own prominence
 * (prior_score), the story's countries, the name's qualifier ("Albany, New
 * York"), what the text calls it ("the canton of Geneva") and the other
 * places of the story (coherence), with the weights named in one table
 * (resolver_w in resolve.c).
 *
 * The resolver never reads the text: what the words around a name say is
 * read by the extractor (src/extract/mentions.c) into the candidate's cues
 * and qualifier before it is called. */
#ifndef DM_RESOLVE_PRIVATE_H
#define DM_RESOLVE_PRIVATE_H

#include "gazetteer-private.h"

/* Readings kept per name: the most prominent, and those lying in the
 * story's own states however low their rank (the extractor's
 * keep_story_state_readings). */
#define DMI_READINGS_MAX 16

/* What the words around a name say of it (dmi_cand_t.cues). */
enum {
    DMI_CUE_REGION = 1u << 0,      /* "the canton of Geneva", "New York state" */
    DMI_CUE_CITY = 1u << 1,        /* "the city of X", "the town of X" */
    DMI_CUE_OWNER = 1u << 2,       /* right after the previous name's possessive ("India's Punjab") */
    DMI_CUE_LISTED_NEXT = 1u << 3, /* the next name follows in a list: only ",", "and", "or", "&"
                                    * between ("California or Washington") */
    DMI_CUE_AND_NEXT = 1u << 4,    /* "and", "or" or "&" follows the name, after a comma or not
                                    * ("Iraq and Syria", "Iraq, and the Gulf"): it ends a list */
    DMI_CUE_TOWN_WORD = 1u << 5    /* "the mayor of X", "the port of X": a town's, which of its
                                    * namesakes the story says (only the kind's weight reads it) */
};

/* A name found in the article and its readings. */
typedef struct {
    size_t first, last;       /* tokens [first, last) */
    size_t start, end;        /* bytes (may be inside one hyphenated token) */
    unsigned flags;           /* the extractor's DMI_MENTION_* (not read here) */
    unsigned cues;            /* DMI_CUE_* */
    dmi_gaz_entry_t e[DMI_READINGS_MAX];
    size_t ne;
    int chosen;               /* index into e, -1 rejected */
    double margin;            /* chosen reading's lead over the next (3 when alone) */
    int qualifier;            /* index of the ", Y" name qualifying this one, or -1 */
    char owner_cc[3];         /* the country a demonym before a kind of place names ("the
                               * Syrian town of X": "SY"), "" when none */
    double vote;              /* weight this name gave its best reading's country */
    char vote_cc[3];
    double boost[DMI_READINGS_MAX]; /* added to a reading's prior (a city standing for its region) */
} dmi_cand_t;

/* Two records of one country with the same first-level code (GeoNames
 * admin1: a US state, an English "country"); 0 when either has none. */
int dmi_places_same_state(const dm_gazetteer_t *gaz, const dmi_gaz_entry_t *a, const dmi_gaz_entry_t *b);

/* A town, site or county e lies in region's first-level region (a US
 * state, a province) by the gazetteer's codes. A US county (source
 * "uscensus:") is no state of its own, and a state or country lies in none:
 * 0 for those. Both entries need kind, country and source set. */
int dmi_places_in_state(const dm_gazetteer_t *gaz, const dmi_gaz_entry_t *region, const dmi_gaz_entry_t *e);

/* How far (km) from the story's nearest other place below country level
 * a bare reading of a town may lie, the story naming anchors such places
 * (issue 15: a far place needs evidence in proportion to its distance and
 * to how little its size says). INFINITY when e's population is evidence
 * enough or there is no other place. The weights are resolver_w's
 * (one_anchor_km, near_far_km, small_pop). */
double dmi_places_lone_reach_km(const dmi_gaz_entry_t *e, size_t anchors);

/* The same reach for a town named after a locative cue ("came from X"),
 * its reading leading the next by margin points, beside one other place:
 * the larger of resolver_w.one_anchor_cued_km and a bare name's reach
 * when the lead is under resolver_w.cued_unsure_lead (issue 15: a cue is
 * evidence that the name is a place, not of which of many namesakes
 * alike). INFINITY when the lead or e's size is evidence enough. */
double dmi_places_cued_reach_km(const dmi_gaz_entry_t *e, double margin);

/* A name of towns and counties by its own names: no reading is a country,
 * a first-level region or a capital unless through another name. */
int dmi_places_names_towns(const dmi_cand_t *c);

/* Choose a reading (chosen, margin) for each of count names, in text order.
 * Writes the story's main countries, most supported first, into countries
 * (at most max_countries) and their number into *country_count. -1 when out
 * of memory, else 0. */
int dmi_places_resolve(const dm_gazetteer_t *gaz, dmi_cand_t *items, size_t count, char (*countries)[3],
                       size_t max_countries, size_t *country_count);

#endif
