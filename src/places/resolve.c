/* The place resolver (contract in resolve-private.h): one reading per name,
 * from the readings' prior, the story's countries, qualifiers, cues and the
 * other places of the story.
 *
 * Takes the names the extractor found, with their readings, cues and
 * qualifiers; gives each its chosen reading and margin (or none: a far town
 * reached only through another name, reject_far_alternates), and the
 * story's main countries; never reads the article's text, never adds or
 * removes a name. */
#include "resolve-private.h"
#include "context-private.h"
#include "geom-private.h"
#include "textnorm-private.h"

#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX
/* The first this many names vote for the others' readings: enough for any
 * article, and linear time on a hostile one. */
#define DMI_RESOLVE_MAX_VOTERS 300

static const double *unit_vector(const dmi_gaz_entry_t *e, double out[3])
{
    const double d2r = G_PI / 180.0;
    out[0] = cos(e->lat * d2r) * cos(e->lon * d2r);
    out[1] = cos(e->lat * d2r) * sin(e->lon * d2r);
    out[2] = sin(e->lat * d2r);
    return out;
}

/* Unit vectors of the voting mentions' chosen readings, recomputed only
 * when a mention's reading changes. */
typedef struct {
    double *xyz;
    const dmi_gaz_entry_t **chosen;
} voter_cache_t;

static const double *voter_vector(voter_cache_t *vc, size_t j, const dmi_gaz_entry_t *e)
{
    if (vc->chosen[j] != e) {
        unit_vector(e, &vc->xyz[3 * j]);
        vc->chosen[j] = e;
    }
    return &vc->xyz[3 * j];
}

typedef struct {
    char cc[3];
    double weight;
} country_weight_t;

static double country_weight(const country_weight_t *cw, size_t n, const char *cc)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(cw[i].cc, cc) == 0)
            return cw[i].weight;
    return 0;
}

static int add_country_weight(country_weight_t **cw, size_t *n, size_t *cap, const char *cc, double w)
{
    if (!cc[0])
        return 0;
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*cw)[i].cc, cc) == 0) {
            (*cw)[i].weight += w;
            return 0;
        }
    if (dmi_grow((void **)cw, cap, *n + 1, sizeof **cw) != 0)
        return -1;
    memcpy((*cw)[*n].cc, cc, 3);
    (*cw)[*n].weight = w;
    (*n)++;
    return 0;
}

/* The resolver's weights in one table. A reading's score is its prior
 * (prior_score: about 5 for a capital of two million, 2 for a town of
 * 20,000) plus the points the story gives it; the distances and shares
 * below decide when those points count. Distances in km on the sphere of
 * dmi_great_circle_km. */
static const struct {
    /* The prior: what a record is worth before the story is read. */
    double prominence;     /* per unit of the record's prominence (0..1) */
    double region_prominence_max; /* a region's prominence counts up to this (its population is
                                   * counted below: a town near the story's places should win) */
    double country;        /* a country */
    double country_pop;    /* the population a country counts as (its record carries none): it
                            * outranks its same-named capital ("Mexico", "Kuwait") */
    double region;         /* a first-level region */
    double capital;        /* a national capital */
    double population;     /* at ten million people, on a log scale (log10 of 1e7 is 7) */
    double curated;        /* a curated name: the ones diplomacy news uses ("White House" is
                            * also an old name of Casablanca) */
    double alternate;      /* taken off a reading found through an alternate name */
    /* The story's countries: each name votes for its best reading's country. */
    double vote_country;   /* a country's name */
    double vote_shared;    /* a country's name that is also a region elsewhere ("Georgia") */
    double vote_single;    /* a name with one reading */
    double vote_clear;     /* a name whose best reading leads by clear_lead */
    double vote_unclear;   /* any other name */
    double clear_lead;     /* a lead of this many points makes a reading clear (it votes, and
                            * pulls its neighbours) */
    double country_share;  /* the article's other votes for the reading's country, at full share */
    double share_scale;    /* a country's share of the other votes, times this, capped at 1: full
                            * at half of them */
    double foreign_support_max; /* a country that only its own name supports (less than this) ... */
    double foreign_share_min;   /* ... yields to a same-named region of a country with this share (a
                                 * first-level region so supported yields to a same-named region
                                 * or city of small_pop of such a country, unless dominant_ratio
                                 * times as populous) */
    double foreign_penalty;     /* by this many points ("Georgia" among Atlanta and Savannah) */
    /* Places near each other. */
    double near_close;     /* per clear place of the article within near_close_km */
    double near_close_km;
    double near_far;       /* per clear place within near_far_km (not a city of namesake_pop that
                            * is no capital: those count only within near_close_km) */
    double near_far_km;
    double near_max;       /* cap of the two above */
    double near_far_rival; /* replaces near_far for a town under small_pop whose name is also a
                            * first-level region abroad of dominant_ratio times its people, when
                            * no place of the story lies within near_close_km, no qualifier and
                            * no region of the story holds the town: towns a few hundred km off
                            * do not outweigh a region that size ("the beaches of Normandy" in
                            * an Indiana story is the French region, not a Missouri suburb) */
    double region_town;    /* a region the article names holds the town (same first-level unit) */
    double story_state;    /* per sure place of another name in the town's or county's first-level
                            * region (story_state_places): a local story's namesakes lie in its state */
    size_t story_state_max; /* places counted, at most */
    double story_state_share; /* those places must be this share of the story's sure places below
                               * country level in that country (the story is local to the state) */
    double qualifier;      /* "X, Y": Y is the reading's country, or a region holding it or within qualifier_km */
    double qualifier_km;
    double owner;          /* "India's Punjab": a country's possessive right before the name */
    double listed;         /* "California or Washington": listed beside a clear region of the
                            * reading's country */
    double mutual;         /* two ambiguous names, a county and a town in it within mutual_km */
    double mutual_max;
    double mutual_km;
    size_t mutual_window;  /* names before and after that may pair */
    double namesake_pop;   /* a city this large, or a capital, is a namesake of note ... */
    double small_pop;      /* ... and a town of another country under this bearing its name is
                            * costly: the article's countries count for it only with a qualifier,
                            * a region holding it, a place within near_close_km or
                            * costly_far_places distinct places within near_far_km ("Rome" beside UN headquarters in
                            * New York is Rome, Italy; "Geneva" in an American story is Geneva,
                            * Switzerland) */
    size_t costly_far_places;
    double kind_cued;      /* the text says which kind: "the canton of Geneva", "the city of X" */
    double twin_city_km;   /* a first-level region and a city of the same country read from the
                            * same name within this distance (Geneva and its canton, New York City
                            * and the state, Tokyo and the metropolis) ... */
    double twin_city_share; /* ... or the city holding this share of the region's people: news
                             * names the city, not the region, unless the text says region */
    double local_share_min; /* a reading beside the story's own towns (prefer_anchored) replaces a
                             * winner far from all of them when its country holds this share of
                             * the story's other votes: the story is local to that country */
    double far_alternate_pop; /* a town under this many people reached only through another name
                               * and far from every place of the story is left unplaced
                               * (reject_far_alternates) */
    double own_name_ratio; /* a city bearing the name as its own, with this many times the people
                            * of a town found through a spelling one letter apart, wins over it
                            * unless the story anchors the town (prefer_own_names) */
    double dominant_ratio; /* a winner far from every place of the story yields to a namesake
                            * beside them (prefer_near_namesakes) unless it is a capital, a
                            * country or this many times the namesake's population */
    double one_anchor_km;  /* a town under small_pop people the resolver was unsure of, named bare
                            * (no locative or kind cue, no qualifier), whose story names one other
                            * place below country level, needs that place within this distance,
                            * a larger town (under namesake_pop) within this distance times its
                            * population over small_pop (dmi_places_lone_reach_km); two or more
                            * places need one within near_far_km */
    double one_anchor_cued_km; /* the same for such a town after a locative cue ("came from X",
                                * "born in X") ... */
    double cued_unsure_lead;   /* ... whose reading leads the next by less than this: a name of
                                * many namesakes alike ("Springfield", "Clinton": leads of 0.01
                                * to 0.2), where the cue says the name is a place, not which one;
                                * it reaches one_anchor_cued_km, or as far as a bare name of its
                                * size (dmi_places_cued_reach_km). A name with a namesake of note
                                * ("Natchez", "Marburg": 0.9 and more) keeps its reading */
} resolver_w = {
    .prominence = 2.0,
    .region_prominence_max = 0.55,
    .country = 3.0,
    .country_pop = 1e7,
    .region = 1.2,
    .capital = 1.0,
    .population = 3.0,
    .curated = 2.5,
    .alternate = 0.3,
    .vote_country = 1.0,
    .vote_shared = 0.5,
    .vote_single = 0.7,
    .vote_clear = 0.5,
    .vote_unclear = 0.15,
    .clear_lead = 1.0,
    .country_share = 1.0,
    .share_scale = 2.0,
    .foreign_support_max = 0.25,
    .foreign_share_min = 0.5,
    .foreign_penalty = 3.0,
    .near_close = 0.8,
    .near_close_km = 150.0,
    .near_far = 0.3,
    .near_far_km = 600.0,
    .near_max = 2.4,
    .near_far_rival = 0.0,
    .region_town = 1.0,
    .story_state = 0.5,
    .story_state_max = 3,
    .story_state_share = 0.5,
    .qualifier = 4.0,
    .qualifier_km = 700.0,
    .owner = 3.0,
    .listed = 2.0,
    .mutual = 0.6,
    .mutual_max = 2.4,
    .mutual_km = 50.0,
    .mutual_window = 20,
    .namesake_pop = 1000000,
    .small_pop = 50000,
    .costly_far_places = 2, /* or a place within near_close_km, or a region holding it */
    .kind_cued = 2.0,
    .twin_city_km = 60.0,
    .twin_city_share = 0.2,
    .local_share_min = 0.5,
    .far_alternate_pop = 100000,
    .own_name_ratio = 2.0,
    .dominant_ratio = 10.0,
    .one_anchor_km = 1000.0,
    .one_anchor_cued_km = 2000.0,
    .cued_unsure_lead = 0.3,
};

static double prior_score(const dmi_gaz_entry_t *e)
{
    /* A region's record prominence grows with its population, which the
     * population term below already counts: in running text a town of the
     * same name near the article's other places should still win. */
    double s = resolver_w.prominence *
               (e->kind == DM_PLACE_REGION ? fmin(e->prominence, resolver_w.region_prominence_max) : e->prominence);
    double pop = (double)e->population;
    if (e->kind == DM_PLACE_COUNTRY) {
        s += resolver_w.country;
        /* Country records carry no population; a country outranks its
         * same-named capital ("Mexico", "Guatemala", "Kuwait"). */
        pop = resolver_w.country_pop;
    } else if (e->kind == DM_PLACE_REGION) {
        s += resolver_w.region;
    }
    if (e->is_capital)
        s += resolver_w.capital;
    s += resolver_w.population * log10(pop + 1.0) / 7.0;
    /* Curated names are the ones diplomacy news uses ("White House" is
     * also an old name of Casablanca). */
    if (e->source && strncmp(e->source, "curated:", 8) == 0)
        s += resolver_w.curated;
    if (e->is_alternate)
        s -= resolver_w.alternate;
    return s;
}

/* A US county (a Census record): a second-level region, no state of its own. */
static int is_county(const dmi_gaz_entry_t *e)
{
    return e->kind == DM_PLACE_REGION && e->source && strncmp(e->source, "uscensus:", 9) == 0;
}

/* Two records of one country with the same first-level code. */
int dmi_places_same_state(const dm_gazetteer_t *g, const dmi_gaz_entry_t *a, const dmi_gaz_entry_t *b)
{
    if (strcmp(a->country, b->country) != 0 || a->entry >= g->hdr->record_count || b->entry >= g->hdr->record_count)
        return 0;
    const char *x = dmi_gaz_string(g, g->records[a->entry].admin1);
    const char *y = dmi_gaz_string(g, g->records[b->entry].admin1);
    return x && y && x[0] && strcmp(x, y) == 0;
}

int dmi_places_in_state(const dm_gazetteer_t *g, const dmi_gaz_entry_t *region, const dmi_gaz_entry_t *e)
{
    /* Towns and counties lie in a state; a county is no state of its own. */
    if ((e->kind == DM_PLACE_REGION && !is_county(e)) || e->kind == DM_PLACE_COUNTRY || is_county(region) ||
        strcmp(region->country, e->country) != 0)
        return 0;
    return dmi_places_same_state(g, region, e);
}

/* A name all of whose readings are towns: no country, state or capital. */
static int town_only(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind == DM_PLACE_COUNTRY || (c->e[k].kind == DM_PLACE_REGION && !is_county(&c->e[k])) ||
            c->e[k].is_capital)
            return 0;
    return 1;
}

double dmi_places_lone_reach_km(const dmi_gaz_entry_t *e, size_t anchors)
{
    /* A capital's or a city of namesake_pop's size is its own evidence; so
     * is a story with no other place to be far from. */
    /* A town found through another name ("Franklin" for the county seat of
     * a Franklin County) has its size, not the name's: the size says
     * nothing of which namesake the text meant. */
    double pop = e->is_alternate ? fmin((double)e->population, resolver_w.small_pop - 1.0) : (double)e->population;
    if (e->is_capital || pop >= resolver_w.namesake_pop || anchors == 0)
        return INFINITY;
    if (anchors >= 2)
        return pop >= resolver_w.small_pop ? INFINITY : resolver_w.near_far_km;
    /* One other place says less of where the story is than two: it may be
     * the paper's town and the story elsewhere in its country, so the
     * reach is wider, one_anchor_km for a town under small_pop people and
     * as much more as the town is larger (2,000 km at twice small_pop):
     * beyond it a town is a map's frame spoilt for a name the text gave no
     * evidence for. */
    return resolver_w.one_anchor_km * fmax(1.0, pop / resolver_w.small_pop);
}

double dmi_places_cued_reach_km(const dmi_gaz_entry_t *e, double margin)
{
    if (margin >= resolver_w.cued_unsure_lead)
        return INFINITY;
    double bare = dmi_places_lone_reach_km(e, 1);
    return isfinite(bare) ? fmax(resolver_w.one_anchor_cued_km, bare) : bare;
}

/* A name of towns and counties by its own names: no country, first-level
 * region or capital is called so ("Elgin" is also an old name of Orkney;
 * "Kansas" is the state before any town of Illinois). */
int dmi_places_names_towns(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++)
        if (!c->e[k].is_alternate && (c->e[k].kind == DM_PLACE_COUNTRY || c->e[k].is_capital ||
                                      (c->e[k].kind == DM_PLACE_REGION && !is_county(&c->e[k]))))
            return 0;
    return 1;
}

/* Both records carry a first-level code: whether they share it is known. */
static int both_coded(const dm_gazetteer_t *g, const dmi_gaz_entry_t *a, const dmi_gaz_entry_t *b)
{
    if (a->entry >= g->hdr->record_count || b->entry >= g->hdr->record_count)
        return 0;
    const char *x = dmi_gaz_string(g, g->records[a->entry].admin1);
    const char *y = dmi_gaz_string(g, g->records[b->entry].admin1);
    return x && y && x[0] && y[0];
}

/* Reading e of a name lies where qualifier reading qe says: in that country,
 * or in that region or within qualifier_km of its point. Nearness stands in
 * for a code the gazetteer lacks; when a state and a town both carry one,
 * a town of the next state is no reading ("Greenwood, W. Va." is not the
 * Greenwood of Indiana, 490 km from West Virginia's point). */
static int fits_qualifier(const dm_gazetteer_t *gaz, const dmi_gaz_entry_t *qe, const dmi_gaz_entry_t *e)
{
    if (strcmp(qe->country, e->country) != 0)
        return 0;
    if (qe->kind == DM_PLACE_COUNTRY)
        return 1;
    if (qe->kind != DM_PLACE_REGION)
        return 0;
    if (dmi_places_in_state(gaz, qe, e))
        return 1;
    if (!is_county(qe) && e->kind == DM_PLACE_CITY && both_coded(gaz, qe, e))
        return 0;
    return dmi_great_circle_km(qe->lat, qe->lon, e->lat, e->lon) < resolver_w.qualifier_km;
}

/* Candidate q after "c, " can be c's region: a reading of c lies where one
 * of q's region readings says (fits_qualifier: "Albany, New York", "London,
 * Ont.": the province's point is far from its southern towns; not "Tokyo,
 * New York and Geneva", a list, nor "Washington, New York and Chicago": the
 * capital is coded in a district of its own, so the state after it is a
 * list's next name, and news names its city). */
static int qualifies(const dm_gazetteer_t *gaz, const dmi_cand_t *c, const dmi_cand_t *q)
{
    for (size_t r = 0; r < q->ne; r++) {
        if (q->e[r].kind != DM_PLACE_REGION)
            continue;
        for (size_t k = 0; k < c->ne; k++)
            if (c->e[k].kind != DM_PLACE_COUNTRY && fits_qualifier(gaz, &q->e[r], &c->e[k]))
                return 1;
    }
    return 0;
}

/* News names the city, not its same-named region, unless the text says
 * region ("the canton of Geneva", "New York state": then region readings
 * gain) or the name qualifies another place ("Albany, New York"). Such a
 * region reading is dropped and
 * its city takes over its prior: the region's weight (population, first-level
 * rank) is what made the name stand out against its namesakes abroad. */
static void prefer_twin_cities(const dm_gazetteer_t *gaz, dmi_cand_t *items, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        dmi_cand_t *c = &items[i];
        if (c->ne < 2 || (i > 0 && items[i - 1].qualifier == (int)i && qualifies(gaz, &items[i - 1], c)))
            continue;
        if (c->cues & DMI_CUE_REGION) {
            /* Said to be a region: its region readings come first. */
            for (size_t r = 0; r < c->ne; r++)
                if (c->e[r].kind == DM_PLACE_REGION)
                    c->boost[r] += resolver_w.kind_cued;
            continue;
        }
        /* Said to be a city ("the Russian port city of Saint
         * Petersburg"): its city readings come first. */
        /* ... and a region of the name is none: "the mayor of X", "the
         * port of X" are no region's, however populous (the thirty-ninth
         * round). */
        if (c->cues & (DMI_CUE_CITY | DMI_CUE_TOWN_WORD))
            for (size_t r = 0; r < c->ne; r++) {
                if (c->e[r].kind == DM_PLACE_CITY)
                    c->boost[r] += resolver_w.kind_cued;
                else if (c->e[r].kind == DM_PLACE_REGION)
                    c->boost[r] -= resolver_w.kind_cued;
            }
        int drop[DMI_READINGS_MAX] = {0}, any = 0;
        for (size_t r = 0; r < c->ne; r++) {
            const dmi_gaz_entry_t *e = &c->e[r];
            if (e->kind != DM_PLACE_REGION || e->is_demonym)
                continue;
            size_t city = NONE;
            double best = resolver_w.twin_city_km;
            for (size_t j = 0; j < c->ne; j++) {
                const dmi_gaz_entry_t *o = &c->e[j];
                if (o->kind != DM_PLACE_CITY || o->is_demonym || strcmp(o->country, e->country) != 0)
                    continue;
                double d = dmi_great_circle_km(e->lat, e->lon, o->lat, o->lon);
                /* Or the city holds a fifth of its region's people (New York
                 * City, Geneva; not Quebec City, whose name news gives to the
                 * province). */
                if (dmi_places_in_state(gaz, e, o) &&
                    (double)o->population >= resolver_w.twin_city_share * (double)e->population)
                    d = fmin(d, 0.0);
                if (d <= best) {
                    best = d;
                    city = j;
                }
            }
            if (city == NONE)
                continue;
            double gain = prior_score(e) + c->boost[r] - prior_score(&c->e[city]);
            c->boost[city] = fmax(c->boost[city], gain);
            drop[r] = any = 1;
        }
        if (!any)
            continue;
        size_t k = 0;
        for (size_t r = 0; r < c->ne; r++)
            if (!drop[r]) {
                c->e[k] = c->e[r];
                c->boost[k] = c->boost[r];
                k++;
            }
        c->ne = k;
    }
}

/* A sea, a gulf or an ocean is what news means by its name: "the Red Sea"
 * is no Sudanese state or Egyptian governorate of that name unless the text
 * says region ("Red Sea state") or the name qualifies another place ("Port
 * Sudan, Red Sea"). The region readings of a name that has a sea's are
 * dropped: the story's countries would otherwise pull the name ashore. */
static void prefer_seas(dmi_cand_t *items, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        dmi_cand_t *c = &items[i];
        if (c->ne < 2 || (c->cues & DMI_CUE_REGION) || (i > 0 && items[i - 1].qualifier == (int)i))
            continue;
        int sea = 0;
        for (size_t r = 0; r < c->ne; r++)
            sea |= c->e[r].kind == DM_PLACE_AREA && !c->e[r].is_alternate;
        if (!sea)
            continue;
        size_t k = 0;
        for (size_t r = 0; r < c->ne; r++)
            if (c->e[r].kind != DM_PLACE_REGION) {
                c->e[k] = c->e[r];
                c->boost[k] = c->boost[r];
                k++;
            }
        c->ne = k;
    }
}

/* A first-level region of another country read from the same name as
 * country e ("Georgia": the country and the US state), or NONE. */
/* A reading of c in another country than region e's that a story may
 * mean instead: a first-level region, or a city of small_pop people or
 * more, by its own name (a county or a village is no rival to a region). */
static size_t foreign_namesake(const dmi_cand_t *c, const dmi_gaz_entry_t *e)
{
    for (size_t k = 0; k < c->ne; k++) {
        const dmi_gaz_entry_t *o = &c->e[k];
        if (o->is_alternate || strcmp(o->country, e->country) == 0)
            continue;
        if ((o->kind == DM_PLACE_REGION && !is_county(o)) ||
            (o->kind == DM_PLACE_CITY && (double)o->population >= resolver_w.small_pop))
            return k;
    }
    return NONE;
}

/* A town under small_pop whose name is also a first-level region of another
 * country with dominant_ratio times its people (near_far_rival). The region
 * may be read through an alternate name: English names of regions abroad
 * are often their records' alternates ("Normandy" for Normandie). */
static int town_of_region_abroad(const dmi_cand_t *c, const dmi_gaz_entry_t *e)
{
    if (e->kind != DM_PLACE_CITY || e->is_capital || (double)e->population >= resolver_w.small_pop)
        return 0;
    for (size_t k = 0; k < c->ne; k++) {
        const dmi_gaz_entry_t *o = &c->e[k];
        if (o->kind == DM_PLACE_REGION && !is_county(o) && strcmp(o->country, e->country) != 0 &&
            (double)o->population >= resolver_w.dominant_ratio * (double)e->population)
            return 1;
    }
    return 0;
}

static size_t foreign_region(const dmi_cand_t *c, const dmi_gaz_entry_t *e)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind == DM_PLACE_REGION && !c->e[k].is_alternate && strcmp(c->e[k].country, e->country) != 0)
            return k;
    return NONE;
}

/* "India's Punjab", "Russia's Kursk region": a country's possessive right
 * before a name puts the name in that country; so does a demonym before a
 * kind of place ("the English city of X", owner_cc). */
static double owner_bonus(const dmi_cand_t *items, size_t i, const dmi_gaz_entry_t *e)
{
    if (items[i].owner_cc[0])
        return strcmp(items[i].owner_cc, e->country) == 0 ? resolver_w.owner : 0;
    if (i == 0)
        return 0;
    const dmi_cand_t *c = &items[i], *o = &items[i - 1];
    if (!(c->cues & DMI_CUE_OWNER))
        return 0;
    for (size_t k = 0; k < o->ne; k++)
        if (o->e[k].kind == DM_PLACE_COUNTRY && strcmp(o->e[k].country, e->country) == 0)
            return resolver_w.owner;
    return 0;
}

/* A name listed beside a region is read as that country's region when it can
 * be one: "California or Washington" is the state, "Alaska, Georgia" too. */
static double list_bonus(const dmi_cand_t *items, size_t count, size_t i, const dmi_gaz_entry_t *e)
{
    if (e->kind != DM_PLACE_REGION)
        return 0;
    const dmi_cand_t *c = &items[i];
    for (int side = 0; side < 2; side++) {
        size_t j = side ? i + 1 : i - 1;
        if ((side == 0 && i == 0) || j >= count)
            continue;
        const dmi_cand_t *o = &items[j];
        if (o->chosen < 0 || (o->ne != 1 && o->margin < resolver_w.clear_lead))
            continue;
        const dmi_gaz_entry_t *oe = &o->e[o->chosen];
        if (oe->kind == DM_PLACE_REGION && strcmp(oe->country, e->country) == 0 &&
            ((side ? c : o)->cues & DMI_CUE_LISTED_NEXT))
            return resolver_w.listed;
    }
    return 0;
}

/* Two ambiguous names whose readings lie together ("Paris and Henry
 * County": Paris, Tennessee is Henry County's seat) pull each other there,
 * though neither is sure enough to vote on its own: a county and a town in
 * it, or two small towns of one state (under small_pop) whose names are
 * towns' only (no country, state or capital reading: "Hopkinton" and
 * "Hillsboro" are New Hampshire's beside each other). *county_pair is set
 * when a county is one of the pair: that pull alone anchors a reading
 * (prefer_anchored). */
static double mutual_bonus(const dm_gazetteer_t *gaz, const dmi_cand_t *items, size_t count, size_t i,
                           const dmi_gaz_entry_t *e, const double *w, double cos_near, int *county_pair)
{
    *county_pair = 0;
    if (e->kind == DM_PLACE_COUNTRY || (e->kind == DM_PLACE_REGION && !is_county(e)))
        return 0;
    const dmi_cand_t *c = &items[i];
    int small_town = !is_county(e) && (double)e->population < resolver_w.small_pop && town_only(c);
    double bonus = 0;
    size_t win = resolver_w.mutual_window;
    size_t lo = i > win ? i - win : 0, hi = i + win + 1 < count ? i + win + 1 : count;
    for (size_t j = lo; j < hi && bonus < resolver_w.mutual_max; j++) {
        const dmi_cand_t *o = &items[j];
        if (j == i || o->ne < 2 || o->e[0].entry == c->e[0].entry)
            continue;
        int towns = small_town && town_only(o);
        for (size_t k = 0; k < o->ne; k++) {
            const dmi_gaz_entry_t *oe = &o->e[k];
            if (oe->kind == DM_PLACE_COUNTRY || (oe->kind == DM_PLACE_REGION && !is_county(oe)))
                continue;
            /* Two towns of a big city's name are too often a pair of
             * hamlets that share big cities' names ("Boston" and
             * "Houston", Pennsylvania). */
            int county = is_county(e) || is_county(oe);
            if (!county &&
                !(towns && (double)oe->population < resolver_w.small_pop && dmi_places_same_state(gaz, e, oe)))
                continue;
            double u[3];
            unit_vector(oe, u);
            if (u[0] * w[0] + u[1] * w[1] + u[2] * w[2] > cos_near) {
                bonus += resolver_w.mutual;
                *county_pair |= county;
                break;
            }
        }
    }
    return fmin(bonus, resolver_w.mutual_max);
}

/* Reading k of c is a small town whose name a capital or a large city of
 * another country also bears (resolver_w.namesake_pop, small_pop). Between
 * namesakes of one country the article's countries decide nothing. */
static int costly_namesake(const dmi_cand_t *c, size_t k)
{
    const dmi_gaz_entry_t *e = &c->e[k];
    if (e->kind != DM_PLACE_CITY || e->is_capital || (double)e->population >= resolver_w.small_pop ||
        (e->source && strncmp(e->source, "curated:", 8) == 0))
        return 0;
    for (size_t j = 0; j < c->ne; j++)
        if (j != k && c->e[j].kind == DM_PLACE_CITY && strcmp(c->e[j].country, e->country) != 0 &&
            (c->e[j].is_capital || (double)c->e[j].population >= resolver_w.namesake_pop))
            return 1;
    return 0;
}

/* Same name: the same readings (repeats of one name vote once). */
static int same_name(const dmi_cand_t *a, const dmi_cand_t *b)
{
    return a->ne == b->ne && a->ne > 0 && a->e[0].entry == b->e[0].entry;
}

/* The story's state: the number of distinct other names whose sure place
 * (a name of one reading or a clear lead; no country, no sea, no capital or
 * metropolis of namesake_pop, which any story names: "Houston" and "Dallas"
 * in a sports page do not make its Portland a Texan one) lies in the
 * first-level region of reading e, a town or county: the state the story
 * names, or the state of its sure towns and counties. 0 unless they are
 * story_state_share of the story's sure places below country level in e's
 * country: a local story's ambiguous names lie in its state ("Elgin" beside
 * Rochester and St. Paul is Minnesota's, not the larger Illinois town 500 km
 * from them, which the 600 km radius of near_far still reaches). rep[j] is
 * the first mention of j's name (repeats count once); stamp and mark keep
 * the count to distinct names. */
static size_t story_state_places(const dm_gazetteer_t *gaz, const dmi_cand_t *items, size_t count, size_t i,
                                 const dmi_gaz_entry_t *e, const size_t *rep, unsigned *stamp, unsigned mark)
{
    if (e->kind != DM_PLACE_CITY && !is_county(e))
        return 0;
    size_t in_state = 0, in_country = 0;
    int named = 0; /* the story names the state */
    for (size_t j = 0; j < count && j < DMI_RESOLVE_MAX_VOTERS; j++) {
        const dmi_cand_t *o = &items[j];
        if (j == i || o->chosen < 0 || stamp[rep[j]] == mark || same_name(o, &items[i]) ||
            (o->ne != 1 && o->margin < resolver_w.clear_lead))
            continue;
        const dmi_gaz_entry_t *oe = &o->e[o->chosen];
        if (oe->kind == DM_PLACE_COUNTRY || oe->kind == DM_PLACE_AREA || strcmp(oe->country, e->country) != 0 ||
            oe->is_capital || (double)oe->population >= resolver_w.namesake_pop)
            continue;
        stamp[rep[j]] = mark;
        in_country++;
        if (oe->kind == DM_PLACE_REGION && !is_county(oe)) {
            if (dmi_places_in_state(gaz, oe, e)) {
                in_state++;
                named = 1;
            }
        } else if (dmi_places_same_state(gaz, oe, e)) {
            in_state++;
        }
    }
    if ((!named && in_state < 2) || (double)in_state < resolver_w.story_state_share * (double)in_country)
        return 0;
    return in_state;
}

/* The votes for country cc of the story's names other than candidate i's
 * (its repeats included: "Lebanon" five times supports no Lebanon), and
 * of all of them in *total. */
static double other_names_support(const dmi_cand_t *items, size_t count, size_t i, const char *cc, double *total)
{
    double w = 0;
    *total = 0;
    for (size_t j = 0; j < count && j < DMI_RESOLVE_MAX_VOTERS; j++) {
        if (same_name(&items[j], &items[i]) || !items[j].vote_cc[0])
            continue;
        *total += items[j].vote;
        if (strcmp(items[j].vote_cc, cc) == 0)
            w += items[j].vote;
    }
    return w;
}

/* A local story's namesakes: the reading that lies beside the story's own
 * towns and counties (within near_close_km, or a county and a town in it)
 * or in its qualifier's region takes the place of a winner near none of the
 * story's places, when that winner's country has no support but its own
 * name ("Lebanon" among Zionsville and Boone County is Lebanon, Indiana;
 * "Paris" and Henry County is Paris, Tennessee) or is the anchored
 * reading's country (two towns of one country: the one among the story's
 * places). The anchored reading, a town or county bearing the name itself
 * (not through another name), must hold local_share_min of the other names'
 * votes for its country; a region of the story's own country keeps its name
 * ("Kansas" is the state, whatever town of Kansas lies beside the story's
 * places). Returns the reading chosen; updates *best and *second. */
static int prefer_anchored(const dmi_cand_t *items, size_t count, size_t i, int bi, const double *score,
                           const int *anchored, const int *lonely, double *best, double *second)
{
    const dmi_cand_t *c = &items[i];
    const dmi_gaz_entry_t *w = &c->e[bi];
    if (!lonely[bi])
        return bi;
    double total = 0;
    int foreign = other_names_support(items, count, i, w->country, &total) < resolver_w.foreign_support_max;
    if (w->kind == DM_PLACE_REGION && !is_county(w) && !foreign)
        return bi;
    int alt = -1;
    for (size_t k = 0; k < c->ne; k++) {
        const dmi_gaz_entry_t *e = &c->e[k];
        if (!anchored[k] || e->is_alternate || (e->kind != DM_PLACE_CITY && !is_county(e)) ||
            (!foreign && strcmp(e->country, w->country) != 0) || (alt >= 0 && score[k] <= score[alt]))
            continue;
        if (other_names_support(items, count, i, e->country, &total) >= resolver_w.local_share_min * total &&
            total > 0)
            alt = (int)k;
    }
    if (alt < 0)
        return bi;
    /* Its lead: over the next reading that is not lonely, else clear_lead. */
    *best = score[alt];
    *second = *best - resolver_w.clear_lead;
    for (size_t k = 0; k < c->ne; k++)
        if ((int)k != alt && !lonely[k] && score[k] > *second)
            *second = fmin(score[k], *best);
    return alt;
}

/* One name, one place per article: the repeats of a name without a
 * qualifier or a kind cue of their own take the reading of its most
 * confident mention: a qualified one first ("Belgrade, Minn." and then
 * "Belgrade" alone is the same town), then one whose reading lies among the
 * story's own places (local[i]: anchored, see prefer_anchored), then the
 * largest margin. Each mention was scored beside different neighbours
 * (mutual_window). */
static void one_reading_per_name(dmi_cand_t *items, size_t count, const unsigned char *local)
{
    for (size_t i = 0; i < count; i++) {
        dmi_cand_t *c = &items[i];
        if (c->ne < 2 || c->chosen < 0 || c->qualifier >= 0 || (c->cues & (DMI_CUE_REGION | DMI_CUE_CITY)))
            continue;
        const dmi_cand_t *lead = c;
        size_t li = i;
        for (size_t j = 0; j < count && j < DMI_RESOLVE_MAX_VOTERS; j++) {
            const dmi_cand_t *o = &items[j];
            if (j == i || !same_name(o, c) || o->chosen < 0 || (o->cues & (DMI_CUE_REGION | DMI_CUE_CITY)))
                continue;
            int oq = o->qualifier >= 0, lq = lead->qualifier >= 0;
            if (oq > lq || (oq == lq && (local[j] > local[li] || (local[j] == local[li] && o->margin > lead->margin)))) {
                lead = o;
                li = j;
            }
        }
        if (lead != c) {
            c->chosen = lead->chosen;
            c->margin = lead->margin;
        }
    }
}

/* Reading e of candidate i lies beside the story: some other name's chosen
 * place (was[j]; not i's own name, no sea; a sure one: a name of one reading
 * or a clear lead, or with settled one beside the story itself) lies within
 * cos_km of it (a region's point too), or is a first-level region holding
 * it, or (with in_country) is its country. Two unsure names do not vouch for
 * each other: "Cornwall" and "Kent" among a story's Connecticut villages
 * read as the English counties 400 km apart would settle each other. */
static int beside_story(const dm_gazetteer_t *gaz, const dmi_cand_t *items, size_t count, size_t i,
                        const dmi_gaz_entry_t *e, const int *was, const unsigned char *settled, int in_country,
                        double cos_km)
{
    double eu[3], u[3];
    unit_vector(e, eu);
    for (size_t j = 0; j < count && j < DMI_RESOLVE_MAX_VOTERS; j++) {
        const dmi_cand_t *o = &items[j];
        if (j == i || was[j] < 0 || same_name(o, &items[i]) ||
            ((!settled || !settled[j]) && o->ne != 1 && o->margin < resolver_w.clear_lead))
            continue;
        const dmi_gaz_entry_t *oe = &o->e[was[j]];
        if (oe->entry == e->entry || oe->kind == DM_PLACE_AREA)
            continue;
        if (oe->kind == DM_PLACE_COUNTRY) {
            if (in_country && strcmp(oe->country, e->country) == 0)
                return 1;
            continue;
        }
        if (oe->kind == DM_PLACE_REGION && !is_county(oe) && dmi_places_in_state(gaz, oe, e))
            return 1;
        unit_vector(oe, u);
        if (u[0] * eu[0] + u[1] * eu[1] + u[2] * eu[2] > cos_km)
            return 1;
    }
    return 0;
}

/* A namesake far from the story: a name whose chosen reading lies far from
 * every other place of the story (none within near_far_km, no region
 * holding it) and outside the countries it names while
 * another of its readings, a town or county, lies within near_close_km of
 * a place that is itself beside the story, or in a region the story names
 * ("Newmarket" beside Cambridge and England is England's, not Ontario's),
 * takes that reading. A capital, a country, a qualified or cued name, and a
 * winner dominant_ratio times the namesake's population keep theirs (not a
 * region of another country than the namesake: a region's population is its
 * towns' sum, no measure of how well known its name is beside a town). A town
 * under small_pop that only the story's country puts beside it yields too,
 * but only to a site (an airport, a venue: not a GeoNames record) beside the
 * story's own places: "Heathrow" beside London is the airport, not a Florida
 * village, though the story names the United States.
 * Decided on the choices before this pass, so repeats agree. */
static int prefer_near_namesakes(const dm_gazetteer_t *gaz, dmi_cand_t *items, size_t count)
{
    const double cos_close = cos(resolver_w.near_close_km / DMI_EARTH_RADIUS_KM),
                 cos_far = cos(resolver_w.near_far_km / DMI_EARTH_RADIUS_KM);
    int *was = count ? dmi_calloc(count, sizeof *was) : NULL;
    unsigned char *settled = count ? dmi_calloc(count, sizeof *settled) : NULL;
    if (count && (!was || !settled)) {
        free(was);
        free(settled);
        return -1;
    }
    for (size_t i = 0; i < count; i++)
        was[i] = items[i].chosen;
    /* Settled only because a country of the story holds it (by_country). */
    unsigned char *by_country = count ? dmi_calloc(count, sizeof *by_country) : NULL;
    if (count && !by_country) {
        free(was);
        free(settled);
        return -1;
    }
    for (size_t i = 0; i < count && i < DMI_RESOLVE_MAX_VOTERS; i++) {
        settled[i] = was[i] >= 0 &&
                     (items[i].e[was[i]].kind == DM_PLACE_COUNTRY ||
                      beside_story(gaz, items, count, i, &items[i].e[was[i]], was, NULL, 0, cos_far));
        if (was[i] >= 0 && !settled[i] &&
            beside_story(gaz, items, count, i, &items[i].e[was[i]], was, NULL, 1, cos_far)) {
            settled[i] = 1;
            by_country[i] = 1;
        }
    }
    for (size_t i = 0; i < count && i < DMI_RESOLVE_MAX_VOTERS; i++) {
        dmi_cand_t *c = &items[i];
        if (c->ne < 2 || c->chosen < 0 || (settled[i] && !by_country[i]) || c->qualifier >= 0 ||
            (c->cues & (DMI_CUE_REGION | DMI_CUE_CITY)) || c->owner_cc[0])
            continue;
        const dmi_gaz_entry_t *w = &c->e[c->chosen];
        if (w->kind == DM_PLACE_AREA || w->is_capital || w->is_demonym)
            continue;
        /* Settled by its country alone: only a small town, and only a site. */
        int site_alt = by_country[i];
        if (site_alt && (w->kind != DM_PLACE_CITY || (double)w->population >= resolver_w.small_pop))
            continue;
        int alt = -1;
        for (size_t k = 0; k < c->ne; k++) {
            const dmi_gaz_entry_t *e = &c->e[k];
            int site = e->kind == DM_PLACE_SITE && e->source && strncmp(e->source, "geonames:", 9) != 0;
            /* A region of the town's own country keeps its name ("Kansas"). */
            int foreign_region_winner =
                w->kind == DM_PLACE_REGION && !is_county(w) && strcmp(w->country, e->country) != 0;
            if ((int)k == c->chosen || (e->is_alternate && !site) || e->is_demonym ||
                (site_alt ? !site : (e->kind != DM_PLACE_CITY && !is_county(e))) ||
                (!site && !foreign_region_winner &&
                 (double)w->population >= resolver_w.dominant_ratio * (double)e->population) ||
                !beside_story(gaz, items, count, i, e, was, settled, 0, cos_close))
                continue;
            if (alt < 0 || prior_score(e) > prior_score(&c->e[alt]))
                alt = (int)k;
        }
        if (alt >= 0)
            c->chosen = alt;
    }
    free(was);
    free(settled);
    free(by_country);
    return 0;
}

/* Name j's chosen place when it is a place below country level of country
 * cc and j is neither i's name nor partner's; else NULL. */
static const dmi_gaz_entry_t *other_chosen(const dmi_cand_t *items, size_t i, size_t partner, size_t j, const int *was,
                                           const char *cc)
{
    const dmi_cand_t *o = &items[j];
    if (was[j] < 0 || same_name(o, &items[i]) || same_name(o, &items[partner]))
        return NULL;
    const dmi_gaz_entry_t *oe = &o->e[was[j]];
    if (oe->kind == DM_PLACE_COUNTRY || oe->kind == DM_PLACE_AREA || oe->is_demonym || strcmp(oe->country, cc) != 0)
        return NULL;
    return oe;
}

/* Two other names of the story (not i's, not partner's) have chosen places
 * of country cc within near_far_km of each other and both beyond it from e:
 * the story's own cluster lies elsewhere. */
static int cluster_elsewhere(const dmi_cand_t *items, size_t count, size_t i, size_t partner, const dmi_gaz_entry_t *e,
                             const int *was)
{
    size_t n = count < DMI_RESOLVE_MAX_VOTERS ? count : DMI_RESOLVE_MAX_VOTERS;
    for (size_t j = 0; j < n; j++) {
        const dmi_gaz_entry_t *a = other_chosen(items, i, partner, j, was, e->country);
        if (!a || dmi_great_circle_km(a->lat, a->lon, e->lat, e->lon) < resolver_w.near_far_km)
            continue;
        for (size_t k = j + 1; k < n; k++) {
            const dmi_gaz_entry_t *b = other_chosen(items, i, partner, k, was, e->country);
            if (b && !same_name(&items[j], &items[k]) && b->entry != a->entry &&
                dmi_great_circle_km(b->lat, b->lon, e->lat, e->lon) >= resolver_w.near_far_km &&
                dmi_great_circle_km(a->lat, a->lon, b->lat, b->lon) < resolver_w.near_far_km)
                return 1;
        }
    }
    return 0;
}

/* A county the story names and a town of another name lying in it (its
 * seat, most often) tell the story's place together: "Douglas County" has
 * readings in a dozen states and "Alexandria" in as many countries, but one
 * Douglas County holds one Alexandria. When the county's chosen reading lies
 * beside none of the story's sure places (beside_story within near_close_km)
 * and exactly one of its readings holds a reading of exactly one other name
 * (same first-level region, within mutual_km), the county takes that
 * reading (unless two other names of the story lie together far from it,
 * cluster_elsewhere: a team's "Section" is no Alabama town for a Minnesota
 * story's county), and so does the town's name when its own chosen reading
 * lies beside none of the story's sure places either. A town of the
 * county's own name ("DeKalb" beside "DeKalb County") is no second name,
 * and no sure place beside the county or the town either: it is the
 * county's name told short, read by the town's prior alone (a county of
 * one state and its seat are not kept in the state of a town bearing the
 * county's name). A qualified or cued name and a capital keep theirs.
 * Decided on the choices before this pass. */
/* A name whose reading the text has not fixed: no qualifier ("London,
 * Ontario") and no region or city cue. */
static int unsettled(const dmi_cand_t *c)
{
    return c->qualifier < 0 && !(c->cues & (DMI_CUE_REGION | DMI_CUE_CITY));
}

/* Town te bears county ce's own name ("DeKalb" beside "DeKalb County"):
 * news shortens the county's name to it, so the two are one name told
 * twice, no second name to pair with and no place beside the county. */
static int county_own_town(const dmi_gaz_entry_t *ce, const dmi_gaz_entry_t *te)
{
    size_t own = ce->name ? strlen(ce->name) : 0, tl = te->name ? strlen(te->name) : 0;
    return tl && tl < own && strncmp(ce->name, te->name, tl) == 0 && ce->name[tl] == ' ';
}

/* was with the names whose chosen place is a town of county ce's own name
 * taken out (set to -1) into out: the places that may stand beside it. */
static void without_own_towns(const dmi_cand_t *items, size_t n, const int *was, const dmi_gaz_entry_t *ce, int *out)
{
    for (size_t j = 0; j < n; j++)
        out[j] = was[j] >= 0 && county_own_town(ce, &items[j].e[was[j]]) ? -1 : was[j];
}

/* Names a and b differ by one letter added, dropped or changed, case and
 * accents aside: a spelling of the same name ("Pittsburg", "Pittsburgh"). */
static int one_letter_apart(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    char *ka = dmi_text_normalize(a, -1), *kb = dmi_text_normalize(b, -1);
    int apart = ka && kb && dmi_text_edit_distance(ka, kb, 1) == 1;
    g_free(ka);
    g_free(kb);
    return apart;
}

/* A town found through a spelling of its name one letter apart ("Pittsburgh"
 * is also written for a Californian "Pittsburg") that the story does not
 * anchor (a qualifier, a town or county of the story within near_close_km,
 * a county pair) yields to a city bearing the name as its own with
 * own_name_ratio times its people: the text spells the big city's name, and
 * a state or a far town of the story is no evidence for a variant. Not for
 * a big city known by a former name (the alternate is then the larger:
 * "Bombay", "Canton"), a qualified or cued name, or one a country's
 * possessive places. Returns the reading chosen; updates *best and *second
 * (a lead of none: the name is no sure place). */
static int prefer_own_names(const dmi_cand_t *c, int bi, const double *score, const int *anchored, double *best,
                            double *second)
{
    const dmi_gaz_entry_t *w = &c->e[bi];
    if (!w->is_alternate || w->is_demonym || w->kind != DM_PLACE_CITY || anchored[bi] || !unsettled(c) ||
        c->owner_cc[0] || (c->cues & DMI_CUE_OWNER))
        return bi;
    int own = -1;
    for (size_t k = 0; k < c->ne; k++) {
        const dmi_gaz_entry_t *e = &c->e[k];
        if (e->is_alternate || e->is_demonym || e->kind != DM_PLACE_CITY ||
            (double)e->population < resolver_w.own_name_ratio * (double)w->population ||
            !one_letter_apart(e->name, w->name) ||
            (own >= 0 && score[k] <= score[own]))
            continue;
        own = (int)k;
    }
    if (own < 0)
        return bi;
    *best = *second = score[own];
    return own;
}

/* Every placed, unsettled mention of like's name takes reading r. */
static void settle_name(dmi_cand_t *items, size_t count, const dmi_cand_t *like, int r)
{
    for (size_t j = 0; j < count; j++)
        if (items[j].chosen >= 0 && unsettled(&items[j]) && same_name(&items[j], like))
            items[j].chosen = r;
}

static int settle_county_towns(const dm_gazetteer_t *gaz, dmi_cand_t *items, size_t count)
{
    const double cos_close = cos(resolver_w.near_close_km / DMI_EARTH_RADIUS_KM);
    size_t n = count < DMI_RESOLVE_MAX_VOTERS ? count : DMI_RESOLVE_MAX_VOTERS;
    int *was = n ? dmi_calloc(n, sizeof *was) : NULL, *others = n ? dmi_calloc(n, sizeof *others) : NULL;
    if (n && (!was || !others)) {
        free(was);
        free(others);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        was[i] = items[i].chosen;
    for (size_t i = 0; i < n; i++) {
        dmi_cand_t *c = &items[i];
        if (c->ne < 2 || was[i] < 0 || !unsettled(c) || !is_county(&c->e[was[i]]))
            continue;
        without_own_towns(items, n, was, &c->e[was[i]], others);
        if (beside_story(gaz, items, n, i, &c->e[was[i]], others, NULL, 0, cos_close))
            continue;
        int county = -1, town = -1, pairs = 0;
        size_t partner = NONE;
        for (size_t k = 0; k < c->ne && pairs < 2; k++) {
            const dmi_gaz_entry_t *ce = &c->e[k];
            if (!is_county(ce))
                continue;
            for (size_t j = 0; j < n && pairs < 2; j++) {
                const dmi_cand_t *o = &items[j];
                if (j == i || o->chosen < 0 || same_name(o, c) || (partner != NONE && same_name(o, &items[partner])))
                    continue;
                for (size_t r = 0; r < o->ne && pairs < 2; r++) {
                    const dmi_gaz_entry_t *te = &o->e[r];
                    if (te->kind != DM_PLACE_CITY || te->is_demonym || !dmi_places_same_state(gaz, ce, te) ||
                        dmi_great_circle_km(ce->lat, ce->lon, te->lat, te->lon) >= resolver_w.mutual_km)
                        continue;
                    if (county_own_town(ce, te))
                        continue;
                    pairs++;
                    county = (int)k;
                    town = (int)r;
                    partner = j;
                }
            }
        }
        if (pairs != 1 || cluster_elsewhere(items, count, i, partner, &c->e[county], was))
            continue;
        settle_name(items, count, c, county);
        const dmi_cand_t *t = &items[partner];
        const dmi_gaz_entry_t *tw = &t->e[was[partner]];
        /* The county stands where it was just settled. */
        without_own_towns(items, n, was, &c->e[county], others);
        others[i] = county;
        if (!unsettled(t) || t->owner_cc[0] || tw->is_capital ||
            beside_story(gaz, items, n, partner, tw, others, NULL, 0, cos_close))
            continue;
        settle_name(items, count, t, town);
    }
    free(was);
    free(others);
    return 0;
}

/* A town reached only through another place's other name ("a district of
 * the capital" spelt like a town's former name) and lying far from every
 * place of the story is no evidence of that town: it is left unplaced. A
 * qualified or cued name, a capital, a city of far_alternate_pop (known by
 * its other names: "Quebec City") and a story with fewer than two other
 * places keep it. */
static void reject_far_alternates(dmi_cand_t *items, size_t count)
{
    const double cos_far = cos(resolver_w.near_far_km / DMI_EARTH_RADIUS_KM);
    for (size_t i = 0; i < count && i < DMI_RESOLVE_MAX_VOTERS; i++) {
        dmi_cand_t *c = &items[i];
        if (c->chosen < 0 || c->qualifier >= 0 || (c->cues & ~(unsigned)DMI_CUE_AND_NEXT))
            continue;
        const dmi_gaz_entry_t *w = &c->e[c->chosen];
        if (!w->is_alternate || w->kind != DM_PLACE_CITY || w->is_capital ||
            (double)w->population >= resolver_w.far_alternate_pop)
            continue;
        double wu[3], u[3];
        unit_vector(w, wu);
        size_t others = 0, near = 0;
        for (size_t j = 0; j < count && j < DMI_RESOLVE_MAX_VOTERS && !near; j++) {
            const dmi_cand_t *o = &items[j];
            if (j == i || o->chosen < 0)
                continue;
            const dmi_gaz_entry_t *oe = &o->e[o->chosen];
            if (oe->entry == w->entry || oe->kind == DM_PLACE_COUNTRY || oe->kind == DM_PLACE_AREA)
                continue;
            others++;
            unit_vector(oe, u);
            near += u[0] * wu[0] + u[1] * wu[1] + u[2] * wu[2] > cos_far;
        }
        if (!near && others >= 2)
            c->chosen = -1;
    }
}

/* "Taji, Iraq" with no Taji in Iraq among the readings: the text says which
 * country the town is in, and the gazetteer holds none there, so the town
 * of that name in China is no reading of it; it is left unplaced (the
 * qualifier keeps its own place). Only a name all of whose readings are
 * towns under namesake_pop, no capital (a list's "Tokyo, New York and
 * Geneva" is no qualified name), and only when no list goes on after the
 * qualifier ("Baghdad, Iraq and Syria", "the Gulf of Aden, Yemen and"). Its repeats go with it:
 * the text said which town the name is. */
static void reject_misqualified(const dm_gazetteer_t *gaz, dmi_cand_t *items, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        dmi_cand_t *c = &items[i];
        if (c->chosen < 0 || c->qualifier < 0)
            continue;
        const dmi_cand_t *q = &items[c->qualifier];
        if (q->cues & (DMI_CUE_LISTED_NEXT | DMI_CUE_AND_NEXT))
            continue;
        int fits = 0, towns = 1;
        for (size_t k = 0; k < c->ne && towns && !fits; k++) {
            const dmi_gaz_entry_t *e = &c->e[k];
            if (e->kind != DM_PLACE_CITY || e->is_capital || e->is_demonym ||
                (double)e->population >= resolver_w.namesake_pop)
                towns = 0;
            for (size_t r = 0; r < q->ne && !fits; r++)
                fits = (q->e[r].kind == DM_PLACE_COUNTRY || q->e[r].kind == DM_PLACE_REGION) &&
                       !q->e[r].is_demonym && fits_qualifier(gaz, &q->e[r], e);
        }
        if (!towns || fits)
            continue;
        /* Its repeats without a qualifier of their own are the same town. */
        for (size_t j = 0; j < count; j++)
            if (j != i && items[j].qualifier < 0 && same_name(&items[j], c))
                items[j].chosen = -1;
        c->chosen = -1;
    }
}

int dmi_places_resolve(const dm_gazetteer_t *gaz, dmi_cand_t *items, size_t count, char (*countries)[3],
                       size_t max_countries, size_t *country_count)
{
    int rc = -1;
    voter_cache_t vc = {0};
    unsigned char *local = NULL; /* the mention's reading is anchored (prefer_anchored) */
    size_t *rep = NULL;          /* the first mention of each voter's name (story_state_places) */
    unsigned *stamp = NULL, mark = 0;
    country_weight_t *cw = NULL;
    size_t ncw = 0, capcw = 0;
    /* Pass 1: the article's countries, from country names, demonyms and
     * the best reading of every other candidate. */
    for (size_t i = 0; i < count; i++) {
        dmi_cand_t *c = &items[i];
        double best = -1e9, second = -1e9;
        size_t bi = 0;
        for (size_t k = 0; k < c->ne; k++) {
            double s = prior_score(&c->e[k]);
            if (s > best) {
                second = best;
                best = s;
                bi = k;
            } else if (s > second) {
                second = s;
            }
        }
        const dmi_gaz_entry_t *e = &c->e[bi];
        int shared = e->kind == DM_PLACE_COUNTRY && foreign_region(c, e) != NONE;
        double w = e->kind == DM_PLACE_COUNTRY ? (shared ? resolver_w.vote_shared : resolver_w.vote_country)
                   : c->ne == 1                          ? resolver_w.vote_single
                   : best - second > resolver_w.clear_lead ? resolver_w.vote_clear
                                                           : resolver_w.vote_unclear;
        /* An ambiguous name repeated votes once: five "Nelson"s read as
         * New Zealand's Nelson Region must not make the story a New Zealand
         * one. */
        if (c->ne > 1 && (e->kind != DM_PLACE_COUNTRY || shared)) {
            size_t seen = NONE;
            for (size_t j = 0; j < i && seen == NONE; j++)
                if (items[j].ne == c->ne && items[j].e[0].entry == c->e[0].entry)
                    seen = j;
            if (seen != NONE) {
                c->vote = items[seen].vote;
                memcpy(c->vote_cc, items[seen].vote_cc, 3);
                continue;
            }
        }
        c->vote = e->country[0] ? w : 0;
        memcpy(c->vote_cc, e->country, 3);
        if (add_country_weight(&cw, &ncw, &capcw, e->country, w) != 0)
            goto out;
    }
    prefer_seas(items, count);
    prefer_twin_cities(gaz, items, count);
    double total = 0;
    for (size_t i = 0; i < ncw; i++)
        total += cw[i].weight;
    /* Pass 2: score every reading. Qualifiers first (they are usually
     * regions and countries, resolved by prior alone). */
    const double cos_150km = cos(resolver_w.near_close_km / DMI_EARTH_RADIUS_KM),
                 cos_600km = cos(resolver_w.near_far_km / DMI_EARTH_RADIUS_KM),
                 cos_mutual = cos(resolver_w.mutual_km / DMI_EARTH_RADIUS_KM);
    size_t nvoters = count < DMI_RESOLVE_MAX_VOTERS ? count : DMI_RESOLVE_MAX_VOTERS;
    if (nvoters && (!(vc.xyz = dmi_calloc(nvoters * 3, sizeof *vc.xyz)) ||
                    !(vc.chosen = dmi_calloc(nvoters, sizeof *vc.chosen)) ||
                    !(local = dmi_calloc(count, sizeof *local)) || !(rep = dmi_calloc(nvoters, sizeof *rep)) ||
                    !(stamp = dmi_calloc(nvoters, sizeof *stamp))))
        goto out;
    for (size_t j = 0; j < nvoters; j++) {
        rep[j] = j;
        for (size_t k = 0; k < j; k++)
            if (same_name(&items[k], &items[j])) {
                rep[j] = rep[k];
                break;
            }
    }
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < count; i++) {
            dmi_cand_t *c = &items[i];
            if (c->ne == 0) {
                c->chosen = -1;
                continue;
            }
            double best = -1e9, second = -1e9, bare[DMI_READINGS_MAX], score[DMI_READINGS_MAX];
            int anchored[DMI_READINGS_MAX], lonely[DMI_READINGS_MAX], beside[DMI_READINGS_MAX] = {0},
                bare_context[DMI_READINGS_MAX];
            double state[DMI_READINGS_MAX] = {0}; /* story_state points */
            int bi = 0;
            /* "Lexington, South Carolina": when some reading lies in the
             * qualifying region, the readings merely near it (Kentucky's,
             * 530 km from the state's point) are not qualified. */
            int in_qualifier = 0;
            if (pass == 1 && c->qualifier >= 0 && items[c->qualifier].chosen >= 0) {
                const dmi_cand_t *q = &items[c->qualifier];
                for (size_t k = 0; k < c->ne && !in_qualifier; k++)
                    in_qualifier = dmi_places_in_state(gaz, &q->e[q->chosen], &c->e[k]);
            }
            for (size_t k = 0; k < c->ne; k++) {
                const dmi_gaz_entry_t *e = &c->e[k];
                double s = prior_score(e) + c->boost[k];
                /* Evidence for a costly town (costly_namesake) counts only
                 * once nearby places or a qualifier support it (pass 1). */
                int costly = pass == 1 && costly_namesake(c, k), close = 0;
                bare[k] = 0;
                anchored[k] = lonely[k] = 0;
                double context = 0;
                /* The article's countries without this name's own vote: an
                 * ambiguous name does not pull itself toward its first
                 * reading. */
                double own = strcmp(c->vote_cc, e->country) == 0 ? c->vote : 0;
                double rest = total - c->vote;
                if (rest > 0 && e->country[0]) {
                    double share = fmin(1.0, resolver_w.share_scale * (country_weight(cw, ncw, e->country) - own) / rest);
                    context += resolver_w.country_share * share;
                }
                /* "Georgia" in a story of American places, nothing else
                 * pointing to the Caucasus: the state. A country that only
                 * its own name supports yields to a same-named region of the
                 * story's country. */
                /* The same for a first-level region abroad: "Savannah" in a
                 * story of American places, nothing else pointing to Ghana,
                 * is the Georgia city, not the Ghanaian region; a region of
                 * dominant_ratio times its rival's people keeps its prior
                 * ("Ontario" beside London and Oxford). */
                if ((e->kind == DM_PLACE_COUNTRY || (e->kind == DM_PLACE_REGION && !is_county(e))) && rest > 0) {
                    size_t r = e->kind == DM_PLACE_COUNTRY ? foreign_region(c, e) : foreign_namesake(c, e);
                    if (r != NONE && e->kind == DM_PLACE_REGION &&
                        (double)e->population >= resolver_w.dominant_ratio * (double)c->e[r].population)
                        r = NONE;
                    if (r != NONE && country_weight(cw, ncw, e->country) - own < resolver_w.foreign_support_max &&
                        resolver_w.share_scale *
                                (country_weight(cw, ncw, c->e[r].country) -
                                 (strcmp(c->vote_cc, c->e[r].country) == 0 ? c->vote : 0)) / rest >=
                            resolver_w.foreign_share_min)
                        s -= resolver_w.foreign_penalty;
                }
                if (pass == 1 && c->qualifier >= 0) {
                    const dmi_cand_t *q = &items[c->qualifier];
                    if (q->chosen >= 0) {
                        const dmi_gaz_entry_t *qe = &q->e[q->chosen];
                        if (strcmp(qe->country, e->country) == 0 &&
                            (qe->kind == DM_PLACE_COUNTRY || dmi_places_in_state(gaz, qe, e) ||
                             (!in_qualifier &&
                              dmi_great_circle_km(qe->lat, qe->lon, e->lat, e->lon) < resolver_w.qualifier_km))) {
                            s += resolver_w.qualifier;
                            close = anchored[k] = 1;
                        }
                    }
                }
                /* Nearby places mentioned in the same sentence. */
                /* Other places of the article: the unambiguous ones and the
                 * clear winners of pass 0 pull a reading toward them; a
                 * region read as such pulls in its own towns (same admin1).
                 * Repeats of the same name do not vote for themselves. */
                if (pass == 1 && c->ne > 1) {
                    s += list_bonus(items, count, i, e);
                    s += owner_bonus(items, i, e);
                }
                if (pass == 1 && c->ne > 1) {
                    double near = 0, near_far = 0, ev[3];
                    size_t far[2], nfar = 0; /* distinct places within near_far_km */
                    const double *w = unit_vector(e, ev);
                    /* The first DMI_RESOLVE_MAX_VOTERS mentions vote: enough
                     * for any article, and linear time on a hostile one. */
                    for (size_t j = 0; j < count && j < DMI_RESOLVE_MAX_VOTERS; j++) {
                        const dmi_cand_t *o = &items[j];
                        if (j == i || o->chosen < 0 || (o->ne != 1 && o->margin < resolver_w.clear_lead))
                            continue;
                        const dmi_gaz_entry_t *oe = &o->e[o->chosen];
                        if (oe->kind == DM_PLACE_COUNTRY || oe->entry == c->e[0].entry)
                            continue;
                        if (oe->kind == DM_PLACE_REGION && !is_county(oe)) {
                            if (dmi_places_in_state(gaz, oe, e)) {
                                near += resolver_w.region_town;
                                close = 1;
                            }
                            continue;
                        }
                        /* Compare on the unit sphere (dot products, no
                         * trigonometry per pair): hostile articles make
                         * millions of these comparisons. */
                        const double *u = voter_vector(&vc, j, oe);
                        double dot = u[0] * w[0] + u[1] * w[1] + u[2] * w[2];
                        if (dot > cos_150km) {
                            near += resolver_w.near_close;
                            close = beside[k] = 1;
                            /* A town or county of the story's own, not a
                             * capital or metropolis that any story names. */
                            if (is_county(oe) || (oe->kind == DM_PLACE_CITY && !oe->is_capital &&
                                                  (double)oe->population < resolver_w.namesake_pop))
                                anchored[k] = 1;
                        } else if (dot > cos_600km &&
                                   (oe->is_capital || (double)oe->population < resolver_w.namesake_pop)) {
                            /* A metropolis says where the story is only
                             * close by: "Houston" and "San Antonio" do not
                             * bring Portland to Texas. Capitals still do
                             * (talks in Brussels and Paris, then Heathrow). */
                            near_far += resolver_w.near_far;
                            if (nfar < 2 && (nfar == 0 || far[0] != oe->entry))
                                far[nfar++] = oe->entry;
                        }
                    }
                    /* Far places alone do not carry a small town over a
                     * populous region abroad of its name (near_far_rival). */
                    if (near_far > 0 && !close && town_of_region_abroad(c, e))
                        near_far *= resolver_w.near_far_rival / resolver_w.near_far;
                    near += near_far;
                    context += fmin(near, resolver_w.near_max);
                    if (dmi_places_names_towns(c)) {
                        size_t n = story_state_places(gaz, items, count, i, e, rep, stamp, ++mark);
                        state[k] = resolver_w.story_state *
                                   (double)(n < resolver_w.story_state_max ? n : resolver_w.story_state_max);
                    }
                    close |= nfar >= resolver_w.costly_far_places;
                    int county_pair = 0;
                    s += mutual_bonus(gaz, items, count, i, e, w, cos_mutual, &county_pair);
                    anchored[k] |= county_pair;
                    lonely[k] = near == 0 && !anchored[k];
                }
                bare_context[k] = !(costly && !close);
                bare[k] = bare_context[k] ? s + context : s;
                score[k] = s + context;
            }
            /* The story's state counts for a reading beside the story's own
             * places, or for any when none of the name's readings is: a town
             * across a state line from the story's city keeps its reading
             * ("Jeffersonville" beside Louisville is Indiana's, though the
             * story's other places are Kentucky's). */
            int any_beside = 0;
            for (size_t k = 0; k < c->ne; k++)
                any_beside |= beside[k];
            for (size_t k = 0; k < c->ne; k++) {
                if (state[k] > 0 && (beside[k] || !any_beside)) {
                    score[k] += state[k];
                    bare[k] += bare_context[k] ? state[k] : 0;
                }
                if (score[k] > best) {
                    second = best;
                    best = score[k];
                    bi = (int)k;
                } else if (score[k] > second) {
                    second = score[k];
                }
            }
            /* The winner a costly town without support: it keeps its rank
             * among its own namesakes, but a reading that needs no such
             * support and outscores it without the article's countries
             * takes its place. */
            if (bare[bi] < best) {
                int alt = -1;
                for (size_t k = 0; k < c->ne; k++)
                    if ((int)k != bi && !costly_namesake(c, k) && bare[k] > bare[bi] &&
                        (alt < 0 || bare[k] > bare[alt]))
                        alt = (int)k;
                if (alt >= 0) {
                    second = bare[bi];
                    best = bare[alt];
                    bi = alt;
                }
            }
            if (pass == 1 && c->ne > 1) {
                bi = prefer_anchored(items, count, i, bi, score, anchored, lonely, &best, &second);
                bi = prefer_own_names(c, bi, score, anchored, &best, &second);
                local[i] = (unsigned char)anchored[bi];
            }
            c->chosen = bi;
            c->margin = c->ne > 1 ? best - second : 3.0;
        }
    }
    one_reading_per_name(items, count, local);
    if (prefer_near_namesakes(gaz, items, count) != 0 || settle_county_towns(gaz, items, count) != 0)
        goto out;
    reject_far_alternates(items, count);
    reject_misqualified(gaz, items, count);
    /* The article's main countries, for events and descriptive references. */
    *country_count = 0;
    for (size_t r = 0; r < max_countries && r < ncw; r++) {
        size_t bi = NONE;
        for (size_t i = 0; i < ncw; i++) {
            int used = 0;
            for (size_t k = 0; k < *country_count; k++)
                if (strcmp(countries[k], cw[i].cc) == 0)
                    used = 1;
            if (!used && (bi == NONE || cw[i].weight > cw[bi].weight))
                bi = i;
        }
        if (bi == NONE)
            break;
        memcpy(countries[(*country_count)++], cw[bi].cc, 3);
    }
    rc = 0;
out:
    free(cw);
    free(vc.xyz);
    free(local);
    free(rep);
    free(stamp);
    free((void *)vc.chosen);
    return rc;
}
