/* The construction table (issue 14, eighteenth round): the common ways news
 * English tells a diplomatic event, one invented sentence of our own per
 * construction and variant (issue 14 section 3: trips and lists, headline and
 * dateline, where, one happening one event; hosting, receiving, visits,
 * talks, calls, summits, signings, passives and nouns of events). Each case
 * gives the story's events as "type status place; ..." (places by id, "-" for
 * none); dates are left to the time rounds' tests.
 *
 * A case marked `todo` is a construction diplomap still gets wrong (its want
 * is the right answer, not today's output): it is counted and printed, and
 * the test fails when it starts to pass, so that its mark is removed and it
 * stays passing from then on. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "diplomap.h"
#include "events_line.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

/* An article of the report's day 2010-06-15 (a Tuesday): a headline, then a
 * first sentence that tells nothing, so that the case's sentence is no lede. */
#define BODY "date 2010-06-15\nSome headline for the test\n\nThe ministers said relations were good. "

typedef struct {
    const char *name, *text, *want;
    int todo;
} construction_case_t;

static const construction_case_t cases[] = {
    /* Hosting and receiving. */
    {"X hosted Y in C", BODY "Chilean President Carlos Mendez hosted Peruvian President Ana Rojas in Santiago on Monday.\n",
     "meeting held santiago", 0},
    {"X received Y in C", BODY "Mendez received the Peruvian foreign minister in Santiago on Monday.\n",
     "meeting held santiago", 0},
    {"Y was received by X in C",
     BODY "The Peruvian foreign minister was received by Mendez in Santiago on Monday.\n", "meeting held santiago",
     0},
    {"received a thing, no person", BODY "Mendez received a prize for his work in Santiago on Monday.\n", "", 0},
    {"X welcomed Y to C", BODY "Rojas welcomed Mendez to Lima on Monday.\n", "meeting held lima", 0},
    /* Thirty-second round (the precision audit: a reaction read as a meeting). */
    {"X welcomed a thing: a reaction, no meeting",
     BODY "Rojas welcomed the collapse of the fishing quota plan in Lima on Monday.\n", "", 0},
    {"X welcomed a named one's thing: no meeting", BODY "Rojas welcomed Chile's offer in Lima on Monday.\n", "", 0},
    {"X will welcome a thing: no meeting", BODY "Rojas will welcome the ruling in Lima on Monday.\n", "", 0},
    {"X welcomed the visiting minister in C", BODY "Rojas welcomed the visiting Chilean minister in Lima on Monday.\n",
     "meeting held lima", 0},
    {"X offered a welcome to Y in C",
     BODY "Rojas offered a warm welcome to the Peruvian foreign minister in Lima on Monday.\n", "meeting held lima", 0},
    {"itinerary: 'also meet' is the occasion before it, not the earlier stop",
     BODY "Mendez will be in Lima from June 20 to 22. He will meet Trade Minister Ana Rojas there. Mendez will "
          "meet Chile President Pablo Soto on June 25. He will also meet Finance Minister Carlos Vega.\n",
     "visit planned lima; meeting planned lima; meeting planned -", 0},
    {"X offered talks to Y: a proposal", BODY "Rojas offered talks to the Peruvian foreign minister in Lima.\n", "", 0},
    /* Thirty-fifth round (issue 14, the fresh sets' dev errors): local
     * meetings placed by the town that names them or whose body holds them,
     * a meeting convened by "called", a meeting's capitalised name attended
     * and placed, and a bare verb after ", then" sharing the plan before it. */
    {"the C town hall meeting (a county)",
     BODY "Governor Tom Baker will speak at the Marin County town hall meeting on Thursday.\n",
     "meeting planned marin-county", 0},
    {"C City Council ... during its regular meeting",
     BODY "Boston City Council approved the new budget during its regular meeting on Monday. The mayor of Boston "
          "welcomed the vote.\n",
     "meeting held boston", 0},
    {"called the special meeting of the C City Council to order",
     BODY "Mayor Ann Lee called the special meeting of the Boston City Council to order on Monday. The mayor of "
          "Boston welcomed the vote.\n",
     "meeting held boston", 0},
    {"the C City Council met", BODY "The Boston City Council met on Monday to approve the new budget. The mayor of "
                                    "Boston welcomed the vote.\n",
     "meeting held boston", 0},
    /* Thirty-sixth round: the body named again without its town. */
    {"Council's next meeting: the town of the council named before",
     BODY "The Boston City Council heard the plan for the harbour during its regular meeting on Monday. The mayor "
          "of Boston welcomed the plan. A final vote will come at Council's regular meeting on June 28.\n",
     "meeting held boston; meeting planned boston", 0},
    {"Council's next meeting: no council named before, no place",
     BODY "The mayor of Boston welcomed the plan. A final vote will come at Council's regular meeting on "
          "June 28.\n",
     "meeting planned -", 0},
    /* Thirty-sixth round: a dateline after a headline run into the story on
     * one line, and one whose dash is Windows-1252's read as Latin-1. */
    {"run-on headline, then CITY, State (AP) - and a placeless meeting",
     "date 2010-06-15\nMayor opens a new bridge over the river after many years of delay. DAYTON, Ohio (AP) "
     "\xe2\x80\x94 The mayor met the governor on Monday to discuss the bridge.\n",
     "meeting held dayton", 0},
    {"CITY U+0097 (a Windows-1252 dash read as Latin-1)",
     "date 2010-06-15\nBridge opens. DAYTON \xc2\x97 The mayor met the governor on Monday to discuss the bridge.\n",
     "meeting held dayton", 0},
    {"firefighters arriving at a scene: no visit, even with a dateline",
     "date 2010-06-15\nHouse burns down on the east side of the city. DAYTON, Ohio (AP) \xe2\x80\x94 A house burned "
     "down on Monday. Neighbours said the roof fell in soon after firefighters arrived there.\n",
     "", 0},
    /* Thirty-sixth round: a gathering's name with an "of" phrase, then its place. */
    {"at the Summit of the <Name> in C: planned, placed after the name",
     BODY "Mendez would like to sign the fishing deal at the Summit of the Andean Nations in Lima on July 13.\n",
     "meeting planned lima", 0},
    {"spoke at the Conference of the <Name> in C",
     BODY "Rojas spoke at the Conference of the Parties in Lima on Monday.\n", "meeting held lima", 0},
    {"the summit of Mount X in C: a mountain's top, no meeting",
     BODY "The climbers reached the summit of Mount Everest in Nepal on Monday.\n", "", 0},
    {"the C City Council approved a thing: no meeting",
     BODY "The Boston City Council approved the new budget on Monday.\n", "", 0},
    {"X called an emergency meeting in C: convened",
     BODY "Governor Tom Baker called an emergency cabinet meeting in Boston on Monday to discuss the floods.\n",
     "meeting held boston", 0},
    {"X called for a meeting in C: asked for, no meeting",
     BODY "Governor Tom Baker called for a meeting in Boston to discuss the floods.\n", "", 0},
    {"X called on Y to meet in C: asked for, no meeting",
     BODY "Governor Tom Baker called on the mayors to meet in Boston.\n", "", 0},
    {"X is due to arrive in A, then take part in a meeting in B: both planned",
     BODY "Mendez is due to arrive in Lima on Thursday, then take part in a meeting with Peruvian leaders in "
          "Cusco.\n",
     "visit planned lima; meeting planned cusco", 0},
    {"X arrived in A and then met Y in B: both held",
     BODY "Mendez arrived in Lima on Thursday and then met Peruvian leaders in Cusco.\n",
     "visit held lima; meeting held cusco", 0},
    {"will attend the Named Forum in C on a day",
     BODY "The trade mission will attend the Coastal Business Forum in Lima on June 20.\n", "meeting planned lima",
     0},
    {"spoke at the Named Forum in C on a day", BODY "Mendez spoke at the Harbour Forum in Oslo on Monday.\n",
     "meeting held oslo", 0},
    {"the head of the Named Forum in C: an organisation, no meeting",
     BODY "Mendez is the head of the Harbour Forum in Oslo.\n", "", 0},
    {"X sat down with Y in C", BODY "Mendez sat down with the Peruvian foreign minister in Lima on Monday.\n",
     "meeting held lima", 0},
    {"X will sit down with Y in C", BODY "Mendez will sit down with the Peruvian foreign minister in Lima next "
                                         "week.\n",
     "meeting planned lima", 0},
    {"sat down at a table: no meeting", BODY "Mendez sat down at the table in Lima on Monday.\n", "", 0},
    {"X held discussions with Y in C",
     BODY "Mendez held discussions with the Peruvian foreign minister in Lima on Monday.\n", "talks held lima", 0},
    {"discussions on a thing continue in C: no talks",
     BODY "Discussions on the new budget are continuing in Lima.\n", "", 0},
    /* Asked for or hoped for, however far the cue (twenty-ninth round). */
    {"asked X to draft a plan and to meet Y: no meeting",
     BODY "The town board asked the mayor to draft a new budget plan for next spring and to meet with "
          "school director Ana Rojas in Lima.\n",
     "", 0},
    {"a meeting held, then asked to meet Y: the meeting alone",
     BODY "The town board asked the mayor to expand a plan presented at Monday night's board meeting and to meet "
          "with school director Ana Rojas in Lima.\n",
     "meeting held -", 0},
    {"called on both sides to hold talks: no talks", BODY "Rojas called on both sides to hold talks in Lima.\n", "", 0},
    {"hope that two sides head toward talks: no talks",
     BODY "Analysts in Peru voiced hope that the two neighbours were finally heading toward talks in Lima.\n", "", 0},
    {"asked for a report and decided to meet: a meeting",
     BODY "The board asked for a report and decided to meet with the director in Lima on Monday.\n",
     "meeting planned lima", 0},
    {"a suit seeking removal of references to a bombing: the bombing",
     BODY "A court heard a suit seeking removal of references to the 1992 bombing in Lima.\n", "incident held lima", 0},
    {"said that two sides held talks", BODY "Analysts said that the two neighbours held talks in Lima on Monday.\n",
     "talks held lima", 0},
    {"X will host a summit", BODY "Ecuador will host a summit of the region's leaders on Friday.\n",
     "meeting planned ecuador", 0},
    {"a summit that X will host", BODY "The leaders expect a summit in 2011, when Ecuador will host.\n",
     "meeting planned ecuador", 0},
    /* Visits. */
    {"Y's visit to X", BODY "Rojas's visit to Chile ended on Monday.\n", "visit held chile", 0},
    {"Y's visit to C, to come", BODY "Rojas's two-day visit to Santiago begins on Thursday.\n",
     "visit planned santiago", 0},
    {"a visit by Y to X", BODY "An official visit by Mendez to Peru ended on Monday.\n", "visit held peru", 0},
    {"paid a state visit to X", BODY "Mendez paid a state visit to Peru on Monday.\n", "visit held peru", 0},
    {"arrived in C", BODY "Mendez arrived in Lima on Monday for a two-day visit.\n", "visit held lima", 0},
    /* Thirty-second round (the fresh gold of the geoparsing dev halves: a trip told ahead by the
     * arrival verb's other inflections; things and ranks are no trip, as with "arrived"). */
    {"X is expected to arrive in C", BODY "Mendez is expected to arrive in Lima on Thursday.\n", "visit planned lima", 0},
    {"goods will arrive in C: no visit", BODY "The grain shipment will arrive in Lima on Thursday.\n", "", 0},
    {"the first to arrive: a rank, no trip of its own",
     BODY "Mendez arrived in Lima on Monday. Of the two delegations, hers was the last to arrive in Lima, late "
          "on June 20.\n",
     "visit held lima", 0},
    /* Thirty-third round (the fresh gold: events dropped for want of a place; talks named by a
     * reference back with nothing of their kind told before, between the traveller and a host). */
    {"the talks between the traveller and Y: the trip's, at its city",
     BODY "Carlos Mendez arrived in Lima on Monday. He praised the talks between Carlos Mendez and Foreign Minister "
     "Ana Rojas.\n",
     "visit held lima; talks held lima", 0},
    {"the talks between two who made no trip told: unplaced, dropped",
     BODY "Carlos Mendez arrived in Lima on Monday. He praised the talks between Ana Rojas and Pablo Soto.\n",
     "visit held lima", 0},
    {"the talks, no side named: unplaced, dropped",
     BODY "Carlos Mendez arrived in Lima on Monday. He said the talks had stalled for years.\n",
     "visit held lima", 0},
    {"boats traveled into X's waters: no visit",
     BODY "Two patrol boats had traveled into Peruvian waters near Callao on Monday, the navy said.\n", "", 0},
    {"X traveled to C", BODY "Two senators traveled to Lima on Monday.\n", "visit held lima", 0},
    {"a visit by Y, no place told", BODY "Officials prepared for the state visit by President Mendez on June 20.\n",
     "visit planned -", 1},
    {"Y's visit with its days, no place told",
     BODY "Mendez's June 20-22 visit is part of regular contacts between Chile and Peru.\n", "visit planned -", 1},
    /* Flown in the passive carries its subject: no trip (twentieth round). */
    {"things were flown to C: no visit", BODY "Spare turbines were flown to Arica on Monday by an army crew.\n", "", 0},
    {"staff have been flown in to C: no visit",
     BODY "Extra nurses have been flown in to Arica from Santiago, the ministry said.\n", "", 0},
    {"had flown to C", BODY "Mendez had flown to Arica on Monday.\n", "visit held arica", 0},
    /* "travel" qualifying a noun is no trip; police at a scene pay no visit
     * (twentieth round). */
    {"travel restrictions to X: no visit", BODY "Chile eased travel restrictions to Peru on Monday.\n", "", 0},
    {"a travel agency in C: no visit", BODY "A travel agency in Arica closed on Monday.\n", "", 0},
    {"police arrived in C: no visit", BODY "Police arrived in Arica on Monday and detained two men.\n",
     "incident held arica", 0},
    {"will travel to C", BODY "Mendez will travel to Arica on Monday.\n", "visit planned arica", 0},
    /* Who travels (twenty-first round): people being sent away leave as
     * part of their expulsion, no visit; the one who expels still travels. */
    {"expelled diplomats left to fly to C: no visit",
     BODY "The expelled envoys left their mission with their children on Saturday to fly to Lima.\n", "", 0},
    {"X, who expelled envoys, flew to C",
     BODY "Mendez, who expelled two envoys last year, flew to Lima on Monday.\n", "visit held lima", 0},
    /* Back from a trip: it took place, nothing refused (twentieth round). */
    {"returned from a visit to X", BODY "Mendez returned from a visit to Bolivia on Monday.\n", "visit held bolivia",
     0},
    /* Trips and lists: one event per stop. */
    {"travelled to A, B and C", BODY "Mendez travelled to Peru, Bolivia and Ecuador last week.\n",
     "visit held peru; visit held bolivia; visit held ecuador", 0},
    {"will visit A and B", BODY "Mendez will visit Peru and Bolivia next week.\n",
     "visit planned peru; visit planned bolivia", 0},
    {"a tour of A, B and C", BODY "Mendez begins a tour of Peru, Bolivia and Ecuador on Friday.\n",
     "visit planned peru; visit planned bolivia; visit planned ecuador", 0},
    {"flew to C, where he met Y", BODY "Mendez flew to Lima on Monday, where he met Rojas.\n",
     "visit held lima; meeting held lima", 1},
    {"talks in A and B", BODY "The negotiations in Oslo and Vienna failed on Monday.\n",
     "talks failed oslo; talks failed vienna", 1},
    /* Talks and meetings, and where they were. */
    {"talks between A and B in C", BODY "Talks between Chile and Peru in Lima ended on Monday without a deal.\n",
     "talks held lima", 0},
    {"held talks with Y in C", BODY "Mendez held talks with Rojas in Lima on Monday.\n", "talks held lima", 0},
    {"will hold talks in C", BODY "The two sides will hold talks in Geneva next week.\n", "talks planned geneva", 0},
    {"talks in a capital, not its country", BODY "Venezuelan and Colombian ministers held talks in Caracas on Monday.\n",
     "talks held caracas", 0},
    {"ministers of A and B met in C", BODY "The foreign ministers of Chile and Peru met in Lima on Monday.\n",
     "meeting held lima", 0},
    {"met Y in the city of C", BODY "Mendez met the rebel leader in the northern city of Arica on Monday.\n",
     "meeting held arica", 0},
    {"met Y in the X-controlled town of C",
     BODY "Mendez met the militia chief in the militia-controlled town of Goma on Monday.\n", "meeting held goma", 0},
    {"met Y at a resort of C", BODY "Mendez met Rojas at the seaside resort of Aqaba on Monday.\n",
     "meeting held aqaba", 0},
    {"met Y at a sea's resort of C: the sea is no venue",
     BODY "Mendez met Rojas at the Black Sea resort of Sochi on Monday.\n", "meeting held sochi", 1},
    {"a summit in C, to come", BODY "Leaders of the region will attend a summit in Quito on Friday.\n",
     "meeting planned quito", 0},
    {"met on a summit's margins in C", BODY "Mendez met Rojas on the margins of a summit in Quito on Monday.\n",
     "meeting held quito", 0},
    {"a venue named inside a forum's name", BODY "The ministers met at the Antalya Diplomacy Forum on Monday.\n",
     "meeting held antalya", 1},
    {"a luncheon in C before flying on", BODY "Mendez attended a luncheon in Beijing on Monday before flying to Shanghai.\n",
     "meeting held beijing", 1},
    /* The city the sentence gives, not its country (twenty-first round). */
    {"a bomb in C, police said, among attacks in X", BODY "A truck bomb went off beside a market in Arica on Monday, "
     "killing four, police said, in the second attack in Chile this month.\n", "incident held arica", 0},
    {"a bomb in a quarter of C, police said, among attacks in X", BODY "A truck bomb went off in a northern quarter of "
     "Arica on Monday, police said, in the second attack in Chile this month.\n", "incident held arica", 0},
    {"a visit to X, a city of another country beside", BODY "Mendez visited Chile on Monday, and Rojas arrived in "
     "Lima on Tuesday.\n", "visit held chile; visit held lima", 0},
    /* Calls. */
    {"held a phone call with Y", BODY "Mendez held a phone call with Rojas on Monday.\n", "call held -", 0},
    {"spoke by phone with Y", BODY "Mendez spoke by phone with Rojas on Monday.\n", "call held -", 0},
{"called his counterpart", BODY "The Chilean foreign minister called his Peruvian counterpart on Monday.\n",
     "call held -", 0},
    {"called his counterpart, a name",
     BODY "The Chilean foreign minister called his Peruvian counterpart, Ana Rojas, on Monday.\n", "call held -", 0},
    {"called his counterpart a name: no call", BODY "Mendez called his Peruvian counterpart a coward on Monday.\n", "",
     0},
    /* Agreements: verbs, passives and nouns. */
    /* Agreements: verbs, passives and nouns. */
    /* A means or an injection, no call and no shooting. */
    {"telephone lines to C down: no call", BODY "Telephone lines to Arica were still down on Monday.\n", "", 0},
    {"phoned Y in C", BODY "Mendez phoned Rojas in Lima on Monday.\n", "call held lima", 0},
    {"a flu shot in C: no attack", BODY "Officials in Arica urged residents to get a flu shot on Monday.\n", "", 0},
    /* Attacks guarded against, in general (twenty-ninth round). */
    {"on alert against cyber attacks: no attack",
     BODY "Banks in Arica remain on alert against cyber attacks this winter.\n", "", 0},
    {"warned against missile strikes: no attack", BODY "The ministry warned against missile strikes near Arica.\n", "",
     0},
    {"fought against army attacks: the attacks", BODY "Rebels fought against army attacks near Arica on Monday.\n",
     "incident held arica", 0},
    {"a man shot in C", BODY "A man was shot in Arica on Monday.\n", "incident held arica", 0},
    {"signed an agreement in C", BODY "Chile and Peru signed a trade agreement in Lima on Monday.\n",
     "agreement held lima", 0},
    {"an agreement was signed in C", BODY "A trade agreement was signed in Lima on Monday.\n", "agreement held lima", 0},
    {"the signing of the accord in C", BODY "The signing of the trade accord in Lima took place on Monday.\n",
     "agreement held lima", 0},
    {"signed in C, not where it applies", BODY "The Gaza truce was signed in Sharm el-Sheikh on Monday.\n",
     "agreement held sharm-el-sheikh", 0},
    {"concluded an agreement in C", BODY "Chile and Peru concluded a fisheries agreement in Lima on Monday.\n",
     "agreement held lima", 0},
    {"an agreement reached in C", BODY "An agreement reached in Lima on Monday ended the dispute.\n",
     "agreement held lima", 0},
    {"will sign a pact in C", BODY "The two countries will sign a trade pact in Lima on Friday.\n",
     "agreement planned lima", 0},
{"agreed, on a day, to a plan", BODY "Chile and Peru agreed in Lima on Monday to a new border regime.\n",
     "agreement held lima", 0},
    /* "agreed" with what it governs a date away, a thing of terms, a
     * signing to follow, or as a participle after the terms (twenty-sixth
     * round: guarded triggers). */
    {"agreed in a year to an arrangement", BODY "Chile and Peru agreed in 2009 to a joint fishing scheme in Arica.\n",
     "agreement held arica", 0},
    {"agreed on a roadmap in C", BODY "Chile and Peru agreed on a border roadmap in Lima on Monday.\n",
     "agreement held lima", 0},
    {"agreed on the need for calm: no agreement",
     BODY "Chile and Peru agreed on the need for calm in Lima on Monday.\n", "", 0},
    {"agreed to sign contracts in C", BODY "In Lima on Monday, Chile and Peru agreed to sign nine contracts.\n",
     "agreement held lima", 0},
    {"agreed with the country to reschedule",
     BODY "Chile formally agreed with the Peruvian government in Lima to "
          "reschedule its loans.\n",
     "agreement held lima", 0},
    {"the plan agreed by the delegates in C",
     BODY "Mendez praised the plan agreed by the delegates in Lima on Monday.\n", "agreement held lima", 0},
    {"concluded a named Agreement in C",
     BODY "Chile and Peru concluded a Coastal Fisheries Agreement in Lima on Monday.\n", "agreement held lima", 0},
    {"joined a named Agreement: no agreement made", BODY "Peru joined the Coastal Fisheries Agreement in 2009.\n", "",
     0},
    {"a charter to be signed in C: still to come",
     BODY "Officials noted the charter, to be signed by ministers in Lima, runs to ten pages.\n",
     "agreement planned lima", 0},
    {"agreed to meet in C stays a meeting", BODY "Mendez and Rojas agreed to meet in Lima on Friday.\n",
     "meeting planned lima", 0},
    /* Headline and dateline. */
    {"a headline in capitals holds the place",
     "date 2010-06-15\nCHILEAN PRESIDENT HOLDS TALKS WITH PERUVIAN LEADER IN LIMA\n\nThe two leaders discussed trade "
     "and fishing rights on Monday, aides said.\n",
     "talks held lima", 0},
    {"a headline in title case holds the place",
     "date 2010-06-15\nChilean President Holds Talks With Peruvian Leader In Lima\n\nThe two leaders discussed "
     "trade and fishing rights on Monday, aides said.\n",
     "talks held lima", 0},
    {"a headline's trip is placed by the body",
     "date 2010-06-15\nCHILEAN MINISTER TO VISIT PERU\n\nThe Chilean trade minister will fly to Lima on Friday to "
     "discuss fishing rights, aides said.\n",
     "visit planned lima", 0},
    {"a headline holds the place",
     "date 2010-06-15\nChilean president holds talks with Peruvian leader in Lima\n\nThe two leaders discussed trade "
     "and fishing rights on Monday, aides said.\n",
     "talks held lima", 0},
    {"a dateline places the lede",
     "date 2010-06-15\nSome headline for the test\n\nLIMA, June 14 - Chilean President Carlos Mendez met Peruvian "
     "President Ana Rojas on Monday.\n",
     "meeting held lima", 0},
    /* One happening, one event. */
    {"a meeting told again at its venue",
     BODY "Mendez met Rojas in Paris on Monday. Their meeting at the Elysee Palace lasted two hours.\n",
     "meeting held paris", 1},
    /* Twenty-sixth round (issue 14, MERGE): a placeless mention of another
     * kind of gathering (a named summit, preparatory meetings) is its own
     * event, there; "the summit" told again is still the one meeting. */
    {"a named summit the same day is not the two leaders' meeting",
     BODY "Mendez met Peruvian President Ana Rojas in Quito on Monday. The two leaders praised the results of "
          "the Andean Leaders' Summit held on Monday.\n",
     "meeting held quito; meeting held quito", 0},
    {"preparatory meetings are not the summit they prepare",
     BODY "The Andean Summit will be held in Quito on June 25. Officials held planning meetings ahead of the "
          "summit earlier this month.\n",
     "meeting planned quito; meeting held quito", 0},
    {"the summit told again is the meeting", BODY "Mendez met Rojas in Quito on Monday. The summit was their first.\n",
     "meeting held quito", 0},
    /* ... and a placeless meeting and the placed talks of the next sentence
     * are one, when neither names someone the other lacks (the lede, so
     * that the placeless meeting is told). */
    {"X has met Y; the C talks dealt with more",
     "date 2010-06-15\nSome headline for the test\n\nMendez has met Rojas and Peruvian Foreign Minister Luis "
     "Vega to talk about fishing rights. The Lima talks also dealt with fishing quotas.\n",
     "talks held lima", 0},
    {"X has met Y; the C talks two sentences on: two",
     "date 2010-06-15\nSome headline for the test\n\nMendez has met Rojas to talk about fishing rights. Prices "
     "rose sharply in March. The Lima talks also dealt with fishing quotas.\n",
     "meeting held -; talks held lima", 0},
    /* Twenty-first round (issue 14, the precision audit's invented events). */
    /* Got to know each other: no meeting held. */
    {"met as young students: no meeting", BODY "The two ministers met as young students in Arica in 1975.\n", "", 0},
    {"first met Y when both of them lived in C: no meeting",
     BODY "Mendez first met Rojas when both of them lived in Lima.\n", "", 0},
    {"first met with Y in C", BODY "Mendez first met with Rojas in Lima on Monday.\n", "meeting held lima", 0},
    /* Sports games: no talks, no meeting, no attack. */
    {"the second round of a tournament in C: no talks",
     BODY "The Chilean side will face Peru in round two of the football tournament in Lima on Friday.\n",
     "", 0},
    {"teams meet in the playoffs in C: no meeting",
     BODY "The two clubs meet in the basketball playoffs in Lima on Friday.\n", "", 0},
    {"a second round of talks in C", BODY "A second round of talks opened in Lima on Monday.\n", "talks held lima", 0},
    {"stormed its way to a win in C: no attack",
     BODY "The home side stormed its way to a victory over Peru in Lima on Saturday.\n", "", 0},
    {"rebels stormed a building in C", BODY "Rebels stormed the town hall in Arica on Saturday.\n",
     "incident held arica", 0},
    /* A crowd gathering is no meeting. */
    {"a crowd gathered in C: no meeting", BODY "A large crowd gathered in Arica on Monday after the verdict.\n", "", 0},
    {"leaders gathered in C", BODY "Regional leaders gathered in Arica on Monday for the summit.\n",
     "meeting held arica", 0},
    /* Things signed that are no agreement. */
    {"signed legislation in C: no agreement", BODY "The governor signed legislation in Santiago on Monday.\n", "", 0},
    {"a pass X signed for C: no agreement",
     BODY "The exhibit shows a pass the general signed for a farmer to cross the lines at Arica.\n", "", 0},
    {"a statement one person signed in C: no agreement",
     BODY "The governor signed a statement in Santiago on Monday defending the budget.\n", "statement held santiago", 0},
    {"two sides signed a statement in C: their joint statement",
     BODY "In Lima on Monday the two presidents spoke of fish, and they signed a short statement on fisheries.\n",
     "agreement held lima", 0},
    {"signed off on a sale to X: no agreement",
     BODY "The cabinet signed off on Monday on selling two frigates to Peru.\n", "", 0},
    /* A means or an injection, no call and no shooting. */
    {"telephone lines to C down: no call", BODY "Telephone lines to Arica were still down on Monday.\n", "", 0},
    {"phoned Y in C", BODY "Mendez phoned Rojas in Lima on Monday.\n", "call held lima", 0},
    {"a flu shot in C: no attack", BODY "Officials in Arica urged residents to get a flu shot on Monday.\n", "", 0},
    {"a man shot in C", BODY "A man was shot in Arica on Monday.\n", "incident held arica", 0},
    {"signed an agreement in C", BODY "Chile and Peru signed a trade agreement in Lima on Monday.\n",
     "agreement held lima", 0},
    /* Twenty-second round (issue 14): a journey still ahead of the
     * sentence tells where its traveller is; the place it goes to is not
     * where the meeting or call happened. */
    {"met Y in C before flying back to B", BODY "Mendez met Rojas in Arica on Monday before flying back to Lima.\n",
     "meeting held arica", 0},
    {"met Y en route to B", BODY "Mendez met Rojas on Monday en route to Lima.\n", "meeting held -", 0},
    {"spoke by phone on her way to B", BODY "On her way to Lima on Monday, Rojas spoke by phone with Mendez.\n",
     "call held -", 0},
    {"before leaving A for B, X spoke by phone with Y",
     BODY "Before leaving Arica for Lima on Monday, Mendez spoke by phone with Rojas.\n",
     "visit held lima; call held arica", 0},
    {"before leaving A for B, X met Y", BODY "Before leaving Arica for Lima on Monday, Mendez met Rojas.\n",
     "visit held lima; meeting held arica", 0},
    {"before leaving for B, X of the dateline's country took a call",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Chilean President Carlos Mendez flew to Peru "
     "on Tuesday.\n\nBefore leaving for Lima, Mendez took a telephone call from Bolivian President Juan Quispe, "
     "radio said.\n",
     "visit held lima; call held arica", 0},
    /* ... guards: a journey already made (no meeting at A), a visit's own
     * destination, a traveller of another country than the dateline's (the
     * call, undated and placed nowhere, is not kept). */
    {"after leaving A for B, X met Y", BODY "After leaving Arica for Lima on Monday, Mendez met Rojas.\n",
     "visit held lima", 0},
    {"left A for B", BODY "Mendez left Arica for Lima on Monday.\n", "visit held lima", 0},
    {"before leaving for B, X of another country took a call",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Chilean President Carlos Mendez flew to Peru "
     "on Tuesday.\n\nBefore leaving for Lima, Bolivian President Juan Quispe took a telephone call from Mendez, "
     "radio said.\n",
     "visit held lima", 0},
    /* Where someone lives is no place of the event; earlier stops that
     * open the sentence are no place of its main clause's event. */
    {"X, who lives in A, visited B", BODY "Rojas, who lives in Arica, visited Lima on Monday.\n", "visit held lima", 0},
    {"X, who lived in A and was visiting Y in B",
     BODY "The singer, who lived in Arica and was visiting her brother in Lima, fell ill on Monday.\n",
     "visit held lima", 0},
    /* ... the stops themselves are one visit each (thirty-fourth round:
     * "stops" is a trip's noun; the annotation guide's one event per stop) */
    {"after stops in A, B and C, X met Y", BODY "After stops in Arica, Cusco and Lima, Mendez met bankers on Monday.\n",
     "visit held arica; visit held cusco; visit held lima; meeting held -", 0},
    {"a dateline among the stops left: the lede's meeting is not there",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - The Chilean president is touring the "
     "north. After stops in Arica, Cusco and Lima, he met bankers on Monday.\n",
     "visit held arica; visit held cusco; visit held lima; meeting held -", 0},
    {"after talks in A, X met Y in B", BODY "After talks in Arica, Mendez met Rojas in Lima on Monday.\n",
     "talks held arica; meeting held lima", 0},
    /* Twenty-third round (issue 14): "X was to meet Y", told with no place
     * or day by one of the lede's people, is a further meeting of the
     * programme the report covers, at the lede's city on its day: not the
     * city of a stop told earlier, and not the meeting the lede tells. */
    {"X was to meet Y after a lede's meeting, an earlier stop told between",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Chilean President Carlos Mendez met "
     "Peruvian President Ana Rojas in Arica on Tuesday.\n\nMendez held talks in Lima on Monday with the "
     "Peruvian trade minister.\n\nMendez was to meet the mayor of Arica, Juan Quispe, before flying home.\n",
     "meeting held arica; talks held lima; meeting planned arica", 0},
    {"X was also to meet Y, the dateline's city", "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - "
     "Chilean President Carlos Mendez met Peruvian President Ana Rojas in Arica on Tuesday.\n\n\"We agree,\" "
     "said Mendez, who was also to meet Bolivian President Juan Quispe.\n",
     "meeting held arica; meeting planned arica", 0},
    /* Twenty-ninth round (issue 14): the attribution after a quote that
     * names an event of its own ("nearer an agreement," said X, who was
     * also to meet Y): "was also to" is read before the trigger, across
     * the clause the quote's trigger ends. */
    {"quote with a trigger, then X, who was also to meet Y",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Chilean President Carlos Mendez met "
     "Peruvian President Ana Rojas in Arica on Tuesday.\n\n\"We are nearer a trade agreement now,\" said "
     "Mendez, who was also to meet Bolivian President Juan Quispe.\n",
     "meeting held arica; meeting planned arica", 0},
    /* ... guard: someone the lede does not tell of */
    {"Y, not of the lede, was to meet Z",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Chilean President Carlos Mendez met "
     "Peruvian President Ana Rojas in Arica on Tuesday.\n\nBolivian President Juan Quispe was to meet the "
     "Argentine envoy Pablo Soto.\n",
     "meeting held arica", 0},
    /* Thirtieth round (issue 14): a meeting told as done past the lede with
     * no place or day of its own ("came after X met Y"), whose subject is a
     * person of the lede's news (here its speaker), is at the dateline's
     * city on the report's day; not one of somebody else. */
    {"past the lede, the lede's speaker met Y: at the dateline's city",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Chilean President Carlos Mendez will meet "
     "Peruvian President Ana Rojas on Friday, the Bolivian envoy Juan Quispe announced here.\n\nThe news came "
     "after Quispe met Mendez for the second time.\n",
     "meeting planned arica; statement held arica; meeting held arica", 0},
    /* Thirty-second round (the precision audit): a meeting a medium showed
     * was seen on a screen; the dateline, where the report is filed, is no
     * place of it. A meeting told past the lede on the report's day stays
     * at the dateline when no medium shows it. */
    {"past the lede, state television showed a meeting: no place",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Floods cut the coastal road for a third day, "
     "officials said.\n\nState television showed a meeting on Tuesday between Chilean President Carlos Mendez and "
     "the regional governor Ana Rojas.\n",
     "meeting held -", 0},
    {"past the lede, a meeting on the report's day: at the dateline",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Floods cut the coastal road for a third day, "
     "officials said.\n\nChilean President Carlos Mendez held a meeting on Tuesday with the regional governor "
     "Ana Rojas.\n",
     "meeting held arica", 0},
    {"past the lede, someone not of the lede met Y: no meeting",
     "date 2010-06-15\nSome headline for the test\n\nARICA, June 15 - Chilean President Carlos Mendez will meet "
     "Peruvian President Ana Rojas on Friday, the Bolivian envoy Juan Quispe announced here.\n\nThe news came "
     "after the Argentine envoy Pablo Soto met Rojas for the second time.\n",
     "meeting planned arica; statement held arica", 0},
    /* Twenty-fourth round (issue 14): a country the trigger's own "in"
     * names, within a few words after it, is where it happened; a town of
     * another country named in an earlier clause tells of something else
     * (a burial, a gathering). */
    {"at C in an earlier clause, Y killed last week in another country",
     BODY "The family stood by the grave in Arica, beside the coffin of a young sailor killed last week in "
          "Bolivia.\n",
     "incident held bolivia", 0},
    /* ... guard: the town lies in the country the trigger names */
    {"at C in an earlier clause, Y killed last week in C's country",
     BODY "The family stood by the grave in Arica, beside the coffin of a young sailor killed last week in "
          "Chile.\n",
     "incident held arica", 0},
    /* Twenty-fourth round (issue 14): a meeting told as done and talks
     * still to come, in sentences of their own and on the report's day,
     * are two parts of the day's programme. */
    {"X welcomed Y in C today; their talks in C today are to come",
     BODY "Chilean President Carlos Mendez welcomed Peruvian President Ana Rojas to Santiago on Tuesday. Trade "
          "will be on the agenda when the two hold talks in Santiago later on Tuesday.\n",
     "meeting held santiago; talks planned santiago", 0},
    /* ... guard: one type told both ways stays one event */
    {"X met Y in C today; X will meet Y in C today",
     BODY "Chilean President Carlos Mendez met Peruvian President Ana Rojas in Santiago on Tuesday. Mendez will "
          "meet Rojas in Santiago on Tuesday to discuss trade.\n",
     "meeting held santiago", 0},
    /* Twenty-fifth round (issue 14, engineer trigger): talks or an attack
     * at a list of places of one kind is a happening at each, as a trip's
     * stops are. */
    {"talks in C1 and C2 failed", BODY "Negotiations in Lima and Quito failed on Monday.\n",
     "talks failed lima; talks failed quito", 0},
    {"X attacked posts in K1 and K2", BODY "Rebels attacked army posts in Chile and Bolivia on Monday.\n",
     "incident held chile; incident held bolivia", 0},
    /* ... guard: a town and its country are one place; the parties of
     * talks are no list of where they were */
    {"an attack in C, K", BODY "A bomb attack in Arica, Chile killed two guards on Monday.\n", "incident held arica",
     0},
    {"talks in C between K1 and K2", BODY "Talks in Lima between Chile and Bolivia ended on Monday.\n",
     "talks held lima", 0},
    /* Twenty-fifth round (issue 14, engineer trigger): an agreement made
     * "at the end of" or "during" a visit or summit is where that was. */
    {"a pact signed at the end of the visit to C",
     BODY "A joint communique was signed by Chile and Peru at the end of the state visit to Lima of Mendez.\n",
     "agreement held lima; visit held lima", 0},
    {"X signed a pact on the sidelines of the summit in C",
     BODY "The ministers signed a port accord on the sidelines of the summit in Quito on Monday.\n",
     "agreement held quito; meeting held quito", 0},
    /* ... guard: signed before the summit, not at it */
    {"X signed a pact before the summit in C",
     BODY "The ministers signed a port accord before the summit in Quito on Monday.\n", "meeting held quito", 0},
    /* Twenty-sixth round (issue 14, engineer talkwith): words of talk and
     * speech as frames (rules/talk_frames.txt): talk with a named partner
     * or an office, a conversation with one, a speech owned by its speaker,
     * a text read on the air. */
    {"X talked with Y in C",
     BODY "Chilean President Carlos Mendez talked with Peruvian President Ana Rojas in Santiago on Monday.\n",
     "meeting held santiago", 0},
    {"X discussed a topic with Y in C",
     BODY "Mendez discussed trade with Peruvian President Ana Rojas in Santiago on Monday.\n", "meeting held santiago",
     0},
    {"X had a conversation with Y",
     BODY "Mendez had a long conversation with Peruvian President Ana Rojas on Monday.\n", "call held -", 0},
    {"X gave his address to parliament in C",
     BODY "President Carlos Mendez gave his address to parliament in Santiago on Monday.\n",
     "statement held santiago", 0},
    {"a tirade read on K's television",
     BODY "In a long tirade read on Chilean television on Monday, President Carlos Mendez called the envoy a liar.\n",
     "broadcast held chile", 0},
    /* ... guards: no named partner; the talks noun between is the event;
     * an address that is a thing; reading that is no airing */
    {"X talked with reporters in C", BODY "Mendez talked with reporters in Santiago on Monday.\n", "", 0},
    {"X discussed a topic at a meeting with Y in C",
     BODY "Mendez discussed trade at a meeting with Peruvian President Ana Rojas in Santiago on Monday.\n",
     "meeting held santiago", 0},
    {"the embassy's address in C", BODY "The embassy's address in Santiago changed on Monday.\n", "", 0},
    {"X read a report on the plane to C", BODY "The minister read the report on the plane to Santiago on Monday.\n", "",
     0},
    /* Thirty-third round (issue 14, engineer said33): a speaking verb whose
     * object is an audience that sits to hear (rules/audience_words.txt,
     * the audience frames of rules/talk_frames.txt) is a statement at a
     * venue, though no saying noun is written. */
    {"X told a parliamentary committee in C",
     BODY "Defence Minister Carlos Mendez told a parliamentary committee in Santiago on Monday that the navy "
          "would buy two ships.\n",
     "statement held santiago", 0},
    {"X appeared before members of parliament in C",
     BODY "When she appeared before members of parliament in Lima on Monday, Rojas defended the budget.\n",
     "statement held lima", 0},
    {"X addressed a crowd in C", BODY "The novelist addressed a crowd of 300 students in Lima on Monday.\n",
     "statement held lima", 0},
    {"X will address a rally in C", BODY "Mendez will address a rally of his party in Lima on Friday.\n",
     "statement planned lima", 0},
    /* ... guards: a committee that is no legislature's, a judge, an
     * object that is a person, reporters (a question for the guide) */
    {"X told the organising committee in C",
     BODY "Rojas told the organising committee in Lima that the race would start late.\n", "", 0},
    {"X appeared before a judge in C", BODY "Mendez appeared before a judge in Lima on Monday.\n", "", 0},
    {"X told him the crowd in C was large", BODY "Mendez told him the crowd in Lima was large.\n", "", 0},
    {"X told reporters in C", BODY "Mendez told reporters in Lima on Monday that the talks would go on.\n", "", 0},
    /* Thirty-fourth round (issue 14, engineer said34): an office holder's
     * interview (the annotation guide's convention): to a station whose
     * name holds its number; by phone to the reporter's paper only where
     * the text says it was given from; an office told in the sentence
     * before the one that first names the speaker. */
    {"office holder told Oslo 1 radio", BODY "Trade Minister Jon Berg told Oslo 1 radio that the deal was close.\n",
     "statement held -", 0},
    {"office holder in a phone interview from an office in C",
     BODY "Trade Minister Jon Berg said in a Monday phone interview from his office in Bergen that the deal was "
          "close.\n",
     "statement held bergen", 0},
    {"office told by the sentence before the name, phone interview from C",
     BODY "Norway's trade minister said on Monday the deal was close. Jon Berg said he would sign it soon. "
          "\"It is close,\" Berg said in a phone interview from his office in Bergen.\n",
     "statement held bergen", 0},
    /* ... guards: unplaced, or a private person's, or no office before */
    {"office holder in a phone interview, unplaced: no event",
     BODY "Trade Minister Jon Berg said in a phone interview that the deal was close.\n", "", 0},
    {"a shop owner in a phone interview from C: no event",
     BODY "The shop's owner, Jon Berg, 41, said in a phone interview from his home in Bergen that sales fell.\n",
     "", 0},
    {"a name after a sentence with no office: no event",
     BODY "The shop did well on Monday. Jon Berg said sales rose. \"It was busy,\" Berg said in a phone "
          "interview from his home in Bergen.\n",
     "", 0},
    /* ... remarks to reporters in a city other than the dateline's (the
     * annotation guide's convention), an office holder's: the city; the
     * dateline's own city is the wire's attribution. */
    {"office holder told reporters in C, no dateline",
     BODY "Foreign Minister Carlos Mendez told reporters in Cusco on Monday that the talks would go on.\n",
     "statement held cusco", 0},
    {"'...,' said office holder to reporters in C",
     BODY "Foreign Minister Carlos Mendez arrived on Monday. \"The talks will go on,\" said Mendez to reporters in "
          "Cusco.\n",
     "statement held cusco", 0},
    {"office holder told reporters in the dateline's C: no event",
     "date 2010-06-15\nSome headline for the test\n\nLIMA, June 15 (AFP)\n\nThe ministers said relations were "
     "good. Foreign Minister Carlos Mendez told reporters in Lima that the talks would go on.\n",
     "", 0},
    {"office holder told reporters in C, dateline elsewhere",
     "date 2010-06-15\nSome headline for the test\n\nLIMA, June 15 (AFP)\n\nThe ministers said relations were "
     "good. Foreign Minister Carlos Mendez told reporters in Cusco that the talks would go on.\n",
     "statement held cusco", 0},
    /* Thirty-fifth round (issue 14, engineer comm35): a saying before a
     * national legislature (rules/legislature_seats.txt) that nothing else
     * places is at its seat, the capital of the speaker's country when the
     * text names it as a city; with no speaker's country, the one capital
     * named, when its country is the one the text names most. */
    {"a K minister told a parliamentary committee, K's capital named",
     BODY "Officials in Lima expect a vote soon. The Peruvian trade minister, Ana Rojas, told a parliamentary "
          "committee on Monday that the quota would stay.\n",
     "statement held lima", 0},
    {"appeared before members of parliament, the one capital of the country named most",
     BODY "Prices in Lima rose again this week, and Peru's farmers fear a poor harvest. When she appeared before "
          "members of parliament on Monday, Trade Minister Ana Rojas defended the quota.\n",
     "statement held lima", 0},
    /* ... guards: a regional legislature, a capital of another country, no
     * capital named */
    {"told a regional parliamentary committee: not the national seat",
     BODY "Officials in Lima expect a vote soon. The Peruvian trade minister, Ana Rojas, told a regional "
          "parliamentary committee on Monday that the quota would stay.\n",
     "", 0},
    {"the one capital named is another country's: no seat",
     BODY "Peru's farmers and Peru's fishers fear a poor year, a banker in Santiago said. When she appeared before "
          "members of parliament on Monday, Trade Minister Ana Rojas defended the quota.\n",
     "", 0},
    {"a K minister told a parliamentary committee, no capital named: no event",
     BODY "The Peruvian trade minister, Ana Rojas, told a parliamentary committee on Monday that the quota would "
          "stay.\n",
     "", 0},
    /* ... "said in C" (comm35): a named office holder's saying told with
     * the place it was made, a city or a region not of the dateline's
     * country, is a statement there, as remarks to reporters in C are. */
    {"office holder said in C", BODY "Foreign Minister Carlos Mendez said in Cusco on Monday that the talks would go "
                                     "on.\n",
     "statement held cusco", 0},
    {"office holder said in a region", BODY "President Carlos Mendez said in Ohio on Monday that the plant would "
                                            "reopen.\n",
     "statement held ohio", 0},
    /* ... guards: an unnamed official, a statement's medium, a country,
     * what was said, a region of the dateline's country */
    {"the official said in C: the wire's source, no event",
     BODY "\"The talks will go on,\" the official said in Cusco on Monday.\n", "", 0},
    {"said in a statement: no place", BODY "Foreign Minister Carlos Mendez said in a statement on Monday that the "
                                           "talks would go on.\n",
     "", 0},
    {"said in K: no event", BODY "Foreign Minister Carlos Mendez said in Peru on Monday that the talks would go on.\n",
     "", 0},
    {"said in a region of the dateline's country: no event",
     "date 2010-06-15\nSome headline for the test\n\nWASHINGTON, June 15 (AFP)\n\nThe ministers said relations "
     "were good. President Carlos Mendez said in Ohio on Monday that the plant would reopen.\n",
     "", 0},
    /* Fortieth round (issue 14, engineer trig40, a grid of wire-shaped
     * stories told past the lead): "announced in C", the saying trigger of
     * the same family as "said in C", and a speech to students or
     * delegates (rules/audience_words.txt) as to a crowd. */
    {"office holder announced in C", BODY "Foreign Minister Carlos Mendez announced in Cusco on Monday that the "
                                          "border post would reopen.\n",
     "statement held cusco", 0},
    {"office holder announced late on a day in C", BODY "Foreign Minister Carlos Mendez announced late on Monday in "
                                                        "Cusco that the border post would reopen.\n",
     "statement held cusco", 0},
    {"X addressed students at a university in C",
     BODY "Foreign Minister Carlos Mendez addressed students at a university in Cusco on Monday.\n",
     "statement held cusco", 0},
    {"X spoke to delegates in C", BODY "Foreign Minister Carlos Mendez spoke to delegates in Cusco on Monday.\n",
     "statement held cusco", 0},
    /* ... guards: a plan announced with no place, in a statement, in a
     * country, still to come; an issue addressed; troops addressed */
    {"announced a plan: no event",
     BODY "Foreign Minister Carlos Mendez announced a plan to reopen the border post by 2030.\n", "", 0},
    {"announced in a statement: no place",
     BODY "Foreign Minister Carlos Mendez announced in a statement on Monday that the post would reopen.\n", "", 0},
    {"announced in K: no event",
     BODY "Foreign Minister Carlos Mendez announced in Peru on Monday that the post would reopen.\n", "", 0},
    {"the official announced in C: the wire's source, no event",
     BODY "The post will reopen, the official announced in Cusco on Monday.\n", "", 0},
    {"X addressed the issue in C: no event",
     BODY "Foreign Minister Carlos Mendez addressed the issue of fares in Cusco on Monday.\n", "", 0},
    {"X addressed troops at a base in C: no event",
     BODY "Defence Minister Carlos Mendez addressed troops at a base in Cusco on Monday.\n", "", 0},
    /* ... a meal with a named office holder, a meeting as a talk with one
     * is (rules/talk_frames.txt), and a courtesy call on a host, a meeting
     * (rules/triggers.txt); guards: a meal with no one named, a courtesy
     * call that names no happening of its own, a phone call's verb. */
    {"X had lunch with Y in C",
     BODY "Foreign Minister Carlos Mendez had lunch with Bolivian President Ana Rojas in Cusco on Monday.\n",
     "meeting held cusco", 0},
    {"X had a working dinner with Y in C",
     BODY "On Monday Foreign Minister Carlos Mendez had a working dinner with President Ana Rojas in Cusco.\n",
     "meeting held cusco", 0},
    {"X paid a courtesy call on Y in C",
     BODY "Foreign Minister Carlos Mendez paid a courtesy call on President Ana Rojas at the palace in Cusco on "
          "Monday.\n",
     "meeting held cusco", 0},
    {"X had dinner with his family in C: no event",
     BODY "Foreign Minister Carlos Mendez had dinner with his family in Cusco on Monday.\n", "", 0},
    {"X called on Y to act: no event",
     BODY "Foreign Minister Carlos Mendez called on President Ana Rojas to reopen the border in Cusco.\n", "", 0},
    /* ... todo: an opening participle of speaking at a venue in C ("Speaking
     * at a rally in C, X said"): placed, it took another speaker's placeless
     * statement of the day on the dev half (merging.c absorbs a placeless
     * statement into a placed one), losing that speaker; left. */
    {"Speaking at a rally in C, X said",
     BODY "Speaking at a rally in Cusco on Monday, Foreign Minister Carlos Mendez said the border would reopen.\n",
     "statement held cusco", 1},
    /* Twenty-sixth round (issue 14, engineer acts): a diplomatic act with
     * its object (rules/act_frames.txt) is an event of type other, where
     * its clause places it, else where the state that acts is. */
    {"K reinstated its ambassador to K2", BODY "Chile reinstated its ambassador to Peru on Monday.\n",
     "other held peru", 0},
    {"K summoned the envoy of K2", BODY "Chile summoned the Peruvian ambassador on Monday.\n", "other held chile",
     0},
    {"the official of an embassy in C is persona non grata",
     BODY "Peru said the second official of the Chilean embassy in Lima is persona non grata.\n", "other held lima",
     0},
    {"X blacklisted officials in C",
     BODY "The ministry blacklisted five senior Peruvian officials in Lima on Monday.\n", "other held lima", 0},
    {"K pulled out of a pact", BODY "Bolivia unilaterally pulled out of a trade pact with Chile in 2009.\n",
     "other held bolivia", 0},
    {"K withdrew from a treaty", BODY "Chile withdrew from the border treaty with Peru on Monday.\n",
     "other held chile", 0},
    /* ... guards: no diplomatic object, threatened, negated */
    {"K reinstated a tariff: no act", BODY "Chile reinstated the old tariff on Peruvian copper on Monday.\n", "", 0},
    {"K pulled out of a race: no act", BODY "Chile pulled out of the race to host the games in 2009.\n", "", 0},
    {"K withdrew troops from K2: no act", BODY "Chile withdrew its troops from Peru on Monday.\n", "", 0},
    {"K threatened to recall its envoy from C: no act",
     BODY "Chile threatened to recall its ambassador from Lima on Monday.\n", "", 0},
    {"K did not reinstate its envoy: no act", BODY "Chile did not reinstate its ambassador to Peru.\n", "", 0},
    {"a court summoned a minister: no act",
     BODY "The court summoned the minister to testify in Lima on Monday.\n", "", 0},
    /* Thirty-third round (issue 14, engineer verbs33): a state yielding
     * (CAMEO 0841, 081/085, 075; rules/act_frames.txt act-held, act-eased,
     * act-refuge) is an act of type other, only when a state named before
     * the verb does it and only with the act's object. */
    {"K freed the sailors of K2", BODY "Chile freed the eleven Peruvian sailors on Monday.\n", "other held chile",
     0},
    {"the president of K, X, pardoned them",
     BODY "The president of Peru, Ana Rojas, quietly pardoned them on Monday.\n", "other held peru", 0},
    {"K lifted the sanctions on K2", BODY "Peru lifted the sanctions on Chilean fruit on Monday.\n",
     "other held peru", 0},
    {"K granted asylum to X", BODY "Chile granted political asylum to the Peruvian activist on Monday.\n",
     "other held chile", 0},
    /* ... guards: no state acting, no object of the act, a condition */
    {"police in K released a suspect: no act", BODY "Police in Chile released the two suspects on Monday.\n", "",
     0},
    {"a city lifted its ban: no act", BODY "The city council of Lima lifted its ban on street stalls on Monday.\n",
     "", 0},
    {"K released figures: no act",
     BODY "Chile released figures showing that its citizens travel more on Monday.\n", "", 0},
    {"if K released prisoners: no act",
     BODY "Rojas said it would be a mistake if Chile released the prisoners.\n", "", 0},
    /* Twenty-seventh round (issue 14, engineer unseen, the precision audit):
     * a letter or call word after "by"/"via" is the medium of another act
     * (rules/medium_talk_verbs.txt), unless a verb of talk comes before it. */
    {"appeared before a judge via videoconference: no call",
     BODY "Two suspects appeared before a judge in Lima via videoconference on Monday.\n", "", 0},
    {"order books by text message: no letter",
     BODY "Pupils in Lima will be able to order library books by text message from Monday.\n", "", 0},
    {"X and Y spoke by phone", BODY "Mendez and Rojas spoke by phone on Monday about the border.\n", "call held -", 0},
    {"X informed Y by letter in C", BODY "Mendez informed Rojas by letter in Lima on Monday of his decision.\n",
     "letter held lima", 0},
    /* Twenty-seventh round (issue 14, engineer carry): an agreement of two
     * countries dated but placed nowhere was made all the same, in a past
     * year too; one asked for, or of one country alone, is none. */
    {"K1 and K2 agreed a debt deal on a day, no place",
     BODY "Chile and Peru signed a deal to reschedule the debt on June 3.\n", "agreement held -", 0},
    {"K1 demanded a treaty with K2: no agreement",
     BODY "Bolivia demanded the signing of a border treaty with Chile on June 3.\n", "", 0},
    {"ministers of K1 and K2 signed a treaty in a past year",
     BODY "The Chilean and Peruvian foreign ministers signed a fisheries treaty in March 2004.\n",
     "agreement held -", 0},
    {"K signed a deal alone: no agreement", BODY "Chile signed a deal to reschedule its debt on June 3.\n", "", 0},
    /* Twenty-seventh round (engineer unseen): one happening told at a
     * first-level region and at a town of it is one, at the town
     * (merging.c, within_area); a town of another region is another place. */
    {"a deal in a state, an agreement at a court in its town: one",
     BODY "The city and the union announced a deal in Ohio on Monday. In a filing in federal court in Columbus, a "
          "judge said the two sides had reached an agreement.\n",
     "agreement held columbus", 0},
    {"a deal in a state, an agreement in a town of another: two",
     BODY "The city and the union announced a deal in Ohio on Monday. In a filing in federal court in Chicago, a "
          "judge said the two sides had reached an agreement.\n",
     "agreement held ohio; agreement held chicago", 0},
    /* ... a weapon word after an amount of money names goods (triggers.c,
     * money_goods); fired, it is an attack. */
    {"bought an amount's worth of drones in C: no attack",
     BODY "Chile bought $3 million worth of drones in Lima on Monday.\n", "", 0},
    {"fired missiles at C", BODY "Rebels fired missiles at Arica on Monday.\n", "incident held arica", 0},
    /* Twenty-seventh round (engineer carry, CTX): an office holder's saying
     * told "here" is at the dateline's city, though the meeting it
     * announces took that city; not a private speaker's. */
    {"envoy X announced here a meeting",
     "date 2010-06-15\nSome headline for the test\n\nLIMA, June 15 (AFP)\n\nChilean President Carlos Mendez will "
     "meet Friday for talks on board a ship, US envoy John Smith announced here.\n",
     "meeting planned lima; statement held lima", 0},
    {"a trader said here: no statement",
     "date 2010-06-15\nSome headline for the test\n\nLIMA, June 15 (AFP)\n\nThe price of copper rose on Monday, "
     "a trader said here.\n",
     "", 0},
    /* Twenty-eighth round (issue 15, engineer audplace, the precision
     * audit's wrong places): an event's place comes from its own clause,
     * not from a quotation that began a sentence before, the scope of a
     * superlative, the people a gathering noun modifies, or what a
     * message reports. */
    {"a quotation of two sentences: no statement at the quoted place",
     BODY "Officials described the outbreak on Tuesday. \"The tests are done. Inspectors found the virus in two "
          "ducks in Valparaiso,\" said a statement on the ministry website.\n",
     "", 0},
    {"a quotation of one sentence, said at a venue in C",
     BODY "\"We will meet again,\" the minister told a news conference in Lima on Monday.\n", "statement held lima", 0},
    /* Thirtieth round (issue 14): a speech given to a legislature the
     * gazetteer holds as a seat is at that seat, and told again after
     * ("The speech was cheered") it is the same speech; a speech that what
     * was said opens ("said the speech was bold") is no saying of the
     * speaker at a venue. */
    {"a speech to the joint session of a seat: at the seat",
     BODY "French President Pierre Blanc gave a speech to the joint session of the US Congress on Monday.\n",
     "statement held capitol-hill", 0},
    {"a speech at a seat told again: one statement there",
     BODY "French President Pierre Blanc visited Washington on Monday. He gave a speech to the joint session of the "
          "US Congress. The speech was cheered by the senators.\n",
     "visit held washington; statement held capitol-hill", 0},
    {"X said the speech was bold: no statement of X",
     BODY "Blanc visited Washington on Monday. Senator Ana Rojas said the speech was bold.\n", "visit held washington",
     0},
    {"a right mark closing the sentence before: no letter at the quoted place",
     BODY "The minister wrote to the mayors on Friday. \u201d\u201cOpening new offices along the coast road into "
          "Valparaiso was the next step,\u201d Mendez said in a letter.\n",
     "", 0},
    {"the biggest summit in two continents: not placed at them",
     BODY "The biggest trade summit in Europe and Africa, TechMeet, will open next month.\n", "meeting planned -", 0},
    {"the biggest summit in C", BODY "The biggest trade summit in Lima will open next month.\n", "meeting planned lima",
     0},
    {"summit organizers report cases in K: no summit",
     BODY "Summit organizers report outbreaks in Bolivia and Peru as well.\n", "", 0},
    {"summit participants met in C", BODY "Summit participants met in Lima on Monday.\n", "meeting held lima", 0},
    {"a letter explained how a route runs: not placed on the route",
     BODY "A letter from the parents explained how the bus starts in Valparaiso before collecting pupils near the "
          "river.\n",
     "", 0},
    /* Twenty-eighth round (issue 14, engineer bothsides, TRIG (a)): a verb of
     * talk whose subject names both sides (rules/talk_frames.txt, both):
     * talks, or a call when the sentence places nothing. */
    {"delegates of both governments will sit down",
     BODY "Chile and Peru resumed their trade. Delegates of both governments will sit down on Friday for a "
          "fisheries accord.\n",
     "talks planned -", 0},
    {"K1, K2 and K3 are expected to discuss a topic",
     BODY "Chile, Peru and Bolivia are expected to discuss the border later this month.\n", "meeting planned -", 0},
    {"X of K1 and Y of K2 will talk, no place: a call",
     BODY "Chilean President Carlos Mendez and Peruvian President Ana Rojas will talk on Friday about the border.\n",
     "call planned -", 0},
    /* ... persons of no known country count as a side each (and the
     * unknown country's mark is copied within its bounds: ASan) */
    {"X and Y, of no country told, will talk",
     BODY "Carlos Mendez and Ana Rojas will talk on Friday about the border.\n", "call planned -", 0},
    /* ... talks "next week" are to come (time.c, dmi_told_ahead): not the
     * talks held before the report */
    {"K1 and K2 held talks; their delegates sit down next week: two",
     BODY "Chile and Peru held talks in Lima on Monday. Delegates of Chile and Peru are due to sit down again next "
          "week over a fisheries accord.\n",
     "talks held lima; talks planned -", 0},
    /* ... guards: a generic plural, a wish, the object of another verb, a
     * topic of talks told before */
    {"officials will discuss a topic: no meeting", BODY "Officials will discuss the border later this month.\n", "",
     0},
    {"hopes that K1 and K2 will talk: no talks",
     BODY "The minister hopes that Chile and Peru will talk about the border next week.\n", "", 0},
    {"urged K1 and K2 to discuss: no meeting",
     BODY "The minister urged Chile and Peru to discuss the border later this month.\n", "", 0},
    {"the two leaders also discussed a topic: no second meeting",
     BODY "Mendez met Rojas in Lima on Monday. The two leaders also discussed the drought in Bolivia.\n",
     "meeting held lima", 0},
    /* Twenty-eighth round (engineer bothsides, TRIG (c)): an act whose
     * subject is a government named by a noun (rules/act_frames.txt,
     * government) is at the dateline's capital, in a sentence dated on its
     * own; not another country's government, nor a report with no
     * dateline, nor background. */
    {"the administration blacklisted officials, report from a capital",
     "date 2010-06-15\nSome headline for the test\n\nSANTIAGO, June 15 (AFP)\n\nChile raised its copper tariffs on "
     "Monday. The Mendez administration also blacklisted five senior Peruvian officials on Tuesday.\n",
     "other held santiago", 0},
    {"another country's government blacklisted officials: not at the dateline",
     "date 2010-06-15\nSome headline for the test\n\nLIMA, June 15 (AFP)\n\nChile raised its copper tariffs on "
     "Monday. The Chilean government also blacklisted five senior Peruvian officials on Tuesday.\n",
     "", 0},
    {"the administration blacklisted officials, no dateline: no place",
     BODY "The Mendez administration also blacklisted five senior Peruvian officials on Tuesday.\n", "", 0},
    {"in recent years the ministry blacklisted officials: background",
     "date 2010-06-15\nSome headline for the test\n\nSANTIAGO, June 15 (AFP)\n\nChile raised its copper tariffs on "
     "Monday. In recent years, the ministry blacklisted five senior Peruvian officials.\n",
     "", 0},
    /* Twenty-eighth round (engineer audplace): a footnote mark after a
     * full stop ends the sentence (tokens.c). */
    {"a sentence ended by a footnote mark: the expulsion at its own country",
     BODY "They backed Chile, which has accused Peru of spying on its navy.** Bolivia has expelled 12 diplomats, and "
          "Ecuador has expelled three.\n",
     "other held bolivia", 0},
    /* Thirty-fourth round (issue 14, engineer inv34): a told work's plot (a
     * work's noun, a word of plot, an indefinite: rules/work_nouns.txt,
     * plot_words.txt) is no happening of the news, to the sentence's end;
     * guards: a plot told inside commas closes at its comma, and a work's
     * noun with no plot told leaves the sentence's event. */
    {"a film tells the story of a nurse who meets a soldier: no meeting",
     BODY "The new film tells the story of a young nurse who meets a soldier in Vienna.\n", "", 0},
    {"a sitcom about a family first broadcast: no broadcast",
     BODY "The actor starred in a sitcom about a family in Ohio first broadcast on television in 1995.\n", "", 0},
    {"a film follows an envoy who travels for talks: no talks",
     BODY "The film follows an envoy who travels to Oslo for talks with rebels.\n", "", 0},
    {"a novel about a spy inside commas, then the meeting: kept",
     BODY "The minister, who wrote a novel about a spy, met the Swiss president in Bern on Monday.\n",
     "meeting held bern", 0},
    {"the film's director met a president: kept",
     BODY "The director of the film met the Swiss president in Bern on Monday.\n", "meeting held bern", 0},
    /* Thirty-fourth round (engineer inv34): an adverb of frequency closing
     * the trigger's clause (rules/frequency_words.txt) tells a habit, no
     * happening; guards: the adjective before its noun names one meeting of
     * a series, and a habit told in a clause of its own after "and" leaves
     * the dated meeting before it. */
    {"visited an office weekly to ask: a habit, no visit",
     BODY "For two years the widow has visited the consulate in Lima weekly to ask about her son.\n", "", 0},
    {"has met Y often in C: a habit, no meeting",
     BODY "Chilean President Carlos Mendez has met Peruvian President Ana Rojas often in Lima.\n", "", 0},
    {"met at the weekly cabinet meeting: one meeting, kept",
     BODY "The ministers met at the weekly cabinet meeting in Lima on Monday.\n", "meeting held lima", 0},
    {"met Y in C on Monday and visits often: the meeting kept",
     BODY "Mendez met Rojas in Lima on Monday and has visited Peru often.\n", "meeting held lima", 0},
    /* Thirty-fourth round (engineer inv34): a letter shown at an exhibition
     * or a sale, or kept in an archive (rules/keeping_words.txt), is a
     * document, no letter sent; guards: a museum's director as the sender,
     * a letter sent from a ship. */
    {"an exhibition shows a letter the general sent: no letter",
     BODY "The exhibition in the town hall shows a letter the general sent to the governor in Lima.\n", "", 0},
    {"an auction sold a letter: no letter",
     BODY "An auction on Monday sold a letter that the general sent to the governor in Lima.\n", "", 0},
    {"a letter from the city's archives, sent by the general: no letter",
     BODY "Monday's fair also featured colonial papers, including a letter from the city's archives, sent by the "
          "general to the governor in Lima.\n",
     "", 0},
    {"a letter from the museum's director: sent, kept",
     BODY "The mayor sent a letter from the museum's director to the governor in Lima on Monday.\n",
     "letter delivered lima", 0},
    {"a letter sent from a ship: kept",
     BODY "The general sent a letter from the ship to the governor in Lima on Monday.\n", "letter delivered lima", 0},
    /* Thirty-fifth round (issue 14, engineer inc35): an old war told as
     * background. An incident a generation (DMI_BACKGROUND_YEARS, 25) or
     * more before the news's year (the report's, else the latest year the
     * text names) is no event of the news; guards: an attack fifteen years
     * back is kept, as is today's; a treaty of decades ago is kept (dated
     * to its year, as earlier rounds chose). */
    {"an old war's landing told as background: no incident",
     BODY "The old ship once carried troops to the beaches near Arica during the invasion of Peru in 1944.\n", "", 0},
    {"rebels attacked C decades ago: background, no incident",
     BODY "Rebels attacked the town of Arica in 1971, killing dozens, and the scars remain.\n", "", 0},
    {"a treaty signed decades ago: kept, no incident",
     BODY "The two countries signed a border treaty in Lima in 1929 that still holds.\n", "agreement held lima", 0},
    {"a bombing of decades ago recalled by a dated noun: no incident",
     BODY "The ministers laid flowers in Arica for those who died in the 1952 bombing of the port.\n", "", 0},
    {"no report date: the latest year named is the news's",
     "Some headline for the test\n\nThe ministers said relations were good in 2012. Rebels attacked the town of "
     "Arica in 1971, killing dozens.\n",
     "", 0},
    {"rebels attacked C fifteen years ago: kept",
     BODY "Rebels attacked the town of Arica in 1995, killing dozens, and the scars remain.\n", "incident held arica",
     0},
    {"rebels attacked C on Monday: kept",
     BODY "Rebels attacked the town of Arica on Monday, killing dozens.\n", "incident held arica", 0},
    {"no year named at all: kept",
     "Some headline for the test\n\nThe ministers said relations were good. Rebels attacked the town of Arica on "
     "Monday, killing dozens.\n",
     "incident held arica", 0},
    /* Thirty-fifth round (issue 14, engineer inc35): an exchange of fire
     * named by its noun (shootout, gunfight, gunbattle, firefight), and
     * "exploded" with an explosive thing near it (rules/explosive_things.txt);
     * guards: sales or a debate that exploded. */
    {"a gunfight in C left gunmen dead",
     BODY "A three-hour gunfight in Arica on Thursday left four gunmen dead.\n", "incident held arica", 0},
    {"a shootout between police and smugglers in C",
     BODY "A shootout between police and smugglers in Arica on Thursday left two dead.\n", "incident held arica", 0},
    {"a roadside bomb exploded in C",
     BODY "A roadside bomb exploded in Arica on Thursday, wounding two soldiers.\n", "incident held arica", 0},
    {"a truck exploded on a mine near C",
     BODY "A police truck exploded on a mine near Arica on Sunday.\n", "incident held arica", 0},
    {"sales exploded in C: no incident", BODY "Sales of the new cars exploded in Arica last year.\n", "", 0},
    {"a debate exploded in C: no incident", BODY "The debate over taxes exploded in Arica on Monday.\n", "", 0},
    /* ... and a relative position (rules/direction_words.txt) before "of"
     * places an incident at the place after it; guards: a meeting is not
     * placed so, nor is a title's "of". */
    {"a shootout north of C", BODY "A shootout north of Arica on Thursday left four gunmen dead.\n",
     "incident held arica", 0},
    {"attacked a post 20 km south-west of C",
     BODY "Rebels attacked a police post 20 km south-west of Arica on Friday.\n", "incident held arica", 0},
    {"a gunfight east of the capital of C",
     BODY "A gunfight east of the capital of Tarapaca on Thursday left four gunmen dead.\n",
     "incident held tarapaca", 0},
    {"met north of C: a meeting is not placed so", BODY "The ministers met north of Arica on Friday.\n",
     "meeting held -", 0},
    {"the governor of C said rebels attacked: not placed",
     BODY "The governor of Arica said rebels attacked a police post on Friday.\n", "", 0},
    /* ... a name in apposition after the noun of its kind takes the cue
     * before that noun ("In the provincial capital, C, ..."); a status
     * word right after "who" is a person's, not the event's. Guards: a
     * title's "of" ends the phrase; talks that failed keep their status. */
    {"in the provincial capital, C, police shot two men",
     BODY "In the provincial capital, Arica, police shot two men on Friday.\n", "incident held arica", 0},
    {"in the capital, C, the ministers met", BODY "In the capital, Lima, the ministers met on Friday.\n",
     "meeting held lima", 0},
    {"shot four men who failed to stop: held",
     BODY "Police shot four men in Arica on Friday who failed to stop at a checkpoint.\n", "incident held arica",
     0},
    {"the talks in C failed: failed", BODY "The talks in Arica failed on Friday.\n", "talks failed arica", 0},
    {"the governor of the province, C, said: not placed by the apposition",
     BODY "The governor of the province, Arica, said rebels attacked a police post on Friday.\n", "", 0},
    /* ... an event noun whose predicate tells how often such things happen
     * (rules/generic_predicates.txt) is a kind of happening, none at a
     * time; guards: clashes on a day; an attack told before "such attacks
     * are common". */
    {"clashes are frequent in C: no incident",
     BODY "Clashes are frequent in Arica, but the fighting on Monday was the worst in years.\n", "", 0},
    {"such visits to C have become rare: no visit", BODY "Such visits to Lima have become rare.\n", "", 0},
    {"clashes in C on Monday: kept", BODY "Clashes in Arica on Monday left two dead.\n", "incident held arica", 0},
    {"attacked C; such attacks are common: the attack kept",
     BODY "Rebels attacked Arica on Monday; such attacks are common in the north.\n", "incident held arica", 0},
    /* ... a place closing a speaking body's name ("the Monitoring Mission
     * in C said ...", rules/stationed_bodies.txt) is the body's seat, not
     * where the incident it reports happened; guards: a bomb near a town
     * the body names, an embassy hit, monitors named after the place. */
    {"the mission in C said the first explosion ...: not placed at C",
     BODY "The EU Monitoring Mission in Peru (EUMP) said the first explosion was caused by a trip-wire.\n", "",
     0},
    {"the mission in C said a bomb exploded near A: at A",
     BODY "The Monitoring Mission in Peru said a bomb exploded near Arica on Sunday.\n", "incident held arica", 0},
    {"residents in C said a bomb exploded: at C (no body's name before 'in')",
     BODY "Residents in Arica said a bomb exploded on Sunday.\n", "incident held arica", 0},
    {"witnesses in C said a bomb exploded near the market: at C",
     BODY "Witnesses in Arica said a bomb exploded near the market on Sunday.\n", "incident held arica", 0},
    {"an explosion hit the Embassy in C: at C", BODY "An explosion hit the Embassy in Lima on Sunday.\n",
     "incident held lima", 0},
    {"a bomb exploded in C, the monitors said: at C",
     BODY "A bomb exploded in Peru on Sunday, the monitors said.\n", "incident held peru", 0},
    /* Thirty-fourth round (issue 14, engineer trip34): a trip told by the
     * noun of its stop (rules/stop_openers.txt, rules/stop_modifiers.txt),
     * one visit per stop listed, the status from the tense. */
    {"at a campaign stop in C", BODY "At a campaign stop in Arica on Monday, Mendez promised lower taxes.\n",
     "visit held arica", 0},
    {"X plans a final stop in C", BODY "Mendez plans a final stop in Arica on Friday.\n", "visit planned arica", 0},
    {"will make stops in A, B and C", BODY "Mendez will make stops in Arica, Tacna and Iquique next week.\n",
     "visit planned arica; visit planned tacna; visit planned iquique", 0},
    {"will make a stop in the port hub of C", BODY "Mendez will make a stop in the busy port hub of Arica next week.\n",
     "visit planned arica", 0},
    /* ... guards: a verb, a stop of another thing, a stop put to something */
    {"buses stop at C: no visit", BODY "The new buses stop at Arica twice a day.\n", "", 0},
    {"the bus stop in C: no visit", BODY "The bus stop in Arica was closed on Monday.\n", "", 0},
    {"a traffic stop in C: no visit", BODY "Police made a traffic stop in Arica on Monday.\n", "", 0},
    {"urged X to stop the fighting in C: no visit",
     BODY "Mendez urged the rebels to stop the fighting in Arica on Monday.\n", "", 0},
    {"a stop at C's veterans hall: a venue the story cannot place, no visit",
     BODY "During a stop at Arica's veterans hall on Monday, Mendez spoke about his plan.\n", "", 0},
    {"put a stop to the fighting in C: no visit",
     BODY "The truce put a stop to the fighting in Arica on Monday.\n", "", 0},
    /* ... a stop is a passage: a later saying is not placed at it */
    {"campaign speeches after a campaign stop: no statement there",
     "Some headline for the test\n\nThe ministers said relations were good. At a campaign stop in Arica, Mendez "
     "promised lower taxes. It recalls his old campaign speeches and slogans.\n",
     "visit held arica", 0},
    /* Thirty-fifth round (issue 14, engineer visit35): a main clause after
     * "During X's visit to C," (or "In the course of the team's stay in C,")
     * that names no place of its own tells what happened on that trip,
     * there; the noun of a stay before a name is a trip (its guards: a
     * stay in power, in hospital). */
    {"during X's visit to C, the two sides signed an accord: at C",
     BODY "During the Peruvian minister's visit to Arica on Monday, the two sides signed a fishing accord.\n",
     "visit held arica; agreement held arica", 0},
    {"a dateline, then during X's visit to C: at C",
     "date 2010-06-15\nSome headline for the test\n\nLIMA, June 15 - During the Chilean minister's visit to Arica "
     "on Monday, the two sides signed a fishing accord.\n",
     "visit held arica; agreement held arica", 0},
    {"in the course of the team's stay in C, a memorandum would be signed: both to come",
     BODY "In the course of the team's stay in Arica, a trade memorandum would be signed.\n",
     "visit planned arica; agreement planned arica", 0},
    {"during his stay in C, X will sign an accord", BODY "During his stay in Arica, Mendez will sign a trade accord.\n",
     "visit planned arica; agreement planned arica", 0},
    /* ... guards: two trips (which one is not told), "following" (after
     * the trip), a stay that is no trip */
    {"during visits to A and B, an accord: not placed at either",
     BODY "During visits to Arica and Tacna on Monday, the two sides signed a fishing accord.\n",
     "visit held arica; visit held tacna", 0},
    {"following X's visit to C, an accord to come: not at C",
     BODY "Following the minister's visit to Arica on Monday, the two sides will sign a fishing accord.\n",
     "visit held arica", 0},
    {"a stay in power: no trip", BODY "Mendez hopes to extend his stay in power in Lima.\n", "", 0},
    {"a stay in hospital: no trip", BODY "After a long stay in hospital in Lima, the singer returned home.\n", "", 0},
    /* ... and a person who "stopped in" towns made a trip, one visit per
     * town (trains and fighting stop too: a person or a pronoun of one
     * right before the verb). */
    {"Governor X stopped in A and B: two visits",
     BODY "Governor Carlos Mendez stopped in Arica and Tacna on Monday to promote his budget.\n",
     "visit held arica; visit held tacna", 0},
    {"the train stopped in C: no visit", BODY "The train stopped in Arica on Monday.\n", "", 0},
    {"fighting stopped in C: no visit", BODY "Fighting stopped in Arica on Monday.\n", "", 0},
    /* The venue, not a party's country (issue 14; wire-shaped: a dateline,
     * a weekday of the report's week). A country or capital named in an
     * envoy's title ("ambassador to C") is his post, not the venue: the
     * dateline's city is (todo: a rule dropping the post lost a dev hit,
     * docs/accuracy.md, thirty-ninth round, engineer party39). Guards: a
     * city or country told as the venue still places the event. */
    {"talks with the ambassador to C, datelined D: at D",
     "date 2010-06-15\nEnvoy briefs premier\n\nOSLO, June 15 - Prime Minister Arlen Voss held talks on Tuesday "
     "with the Norwegian ambassador to Santiago, Peder Halm, on the fishing dispute.\n",
     "talks held oslo", 0},
    {"talks with the envoy to C (a country), datelined D: at D",
     "date 2010-06-15\nEnvoy briefs premier\n\nOSLO, June 15 - Prime Minister Arlen Voss held talks on Tuesday "
     "with the envoy to Peru, Mira Solt, on her work with the Peruvian government.\n",
     "talks held oslo", 0},
    /* Fortieth round (engineer party40): the post is no venue in the lede
     * either; a sentence opening "He"/"She" goes on with the lede's person
     * and so is filed from the dateline; the meeting an envoy "came back
     * from" is held at his post; a headline's attribution dash ("- ORLEK")
     * is no dateline when the next line opens with one. */
    {"the lede: met the envoy to K, datelined D: at D",
     "date 2010-06-15\nMinister meets envoy\n\nNAIROBI, June 15 - Kenyan Foreign Minister Asha Mbeli met the "
     "envoy to Ethiopia, Daniel Kori, on Tuesday to discuss the border dispute.\n",
     "meeting held nairobi", 0},
    {"She ... after meeting the ambassador to C, later: at D",
     "date 2010-06-15\nPremier briefed\n\nCANBERRA, June 15 - Prime Minister Jo Reid said on Tuesday she was "
     "confident of a deal with Indonesia.\n\nShe made the remarks after meeting the Australian ambassador to "
     "Jakarta, Liam Ford.\n",
     "meeting held canberra", 0},
    {"He ... after talks with the envoy, who flew home from a meeting: D and the post",
     "date 2010-06-15\nPremier sees accord on fishing\n\nOSLO, June 15 - Prime Minister Arlen Voss said on "
     "Tuesday that Norway and Chile were close to an accord over fishing rights.\n\nHe spoke to journalists "
     "after talks with the Norwegian ambassador to Santiago, Peder Halm, who flew home overnight from a meeting "
     "with the Chilean foreign minister.\n",
     "talks held oslo; meeting held santiago", 0},
    {"a headline with an attribution dash, then the dateline: at D",
     "date 2010-06-15\nNORWAY, CHILE NEAR FISHING ACCORD - VOSS\n\nOSLO, June 15 - Prime Minister Arlen Voss "
     "said Norway and Chile were near an accord on fishing.\n\nHe spoke to journalists after talks with the "
     "Chilean ambassador, Rosa Ibar.\n",
     "talks held oslo", 0},
    {"guard: He said that the other side held talks: not the lede's person",
     "date 2010-06-15\nPremier sees accord on fishing\n\nOSLO, June 15 - Prime Minister Arlen Voss said on "
     "Tuesday that the two countries were close to an accord.\n\nHe said that the Chilean delegation had held "
     "talks with Peruvian officials.\n",
     "", 0},
    {"guard: the envoy to C came back from a meeting in C2: at C2",
     "date 2010-06-15\nEnvoy reports\n\nOSLO, June 15 - Prime Minister Arlen Voss said on Tuesday he was "
     "hopeful.\n\nThe ambassador to Chile, Peder Halm, returned from a meeting with the Peruvian president in "
     "Lima.\n",
     "meeting held lima", 0},
    /* ... a traveller the text gives a country, going back to its
     * capital, makes no visit (the visitor's home is no venue); a place in
     * the speakers' words before "said" ("Officials in C said ...") is the
     * source's seat, not where what they report happened. */
#define GENEVA_LEDE                                                                                             \
    "date 2010-06-15\nTalks\n\nGENEVA, June 15 - British Foreign Secretary Ruth Cole held talks with Iranian " \
    "Foreign Minister Ali Rezaei on Tuesday.\n\n"
    {"the visitor flew back to her capital: no visit", GENEVA_LEDE "Cole flew back to London after the talks.\n",
     "talks held geneva", 0},
    {"the visitor flew home to his capital: no visit",
     GENEVA_LEDE "Rezaei flew home to Tehran on Wednesday to brief the government.\n", "talks held geneva", 0},
    {"guard: the visitor will fly to the other side's capital: a visit",
     GENEVA_LEDE "Cole will fly to Tehran next week.\n", "talks held geneva; visit planned tehran", 0},
    {"Officials in C said X and Y agreed to meet again: not at C",
     GENEVA_LEDE "Officials in London said Cole and Rezaei had agreed to meet again.\n", "talks held geneva", 0},
    {"guard: talks in C, officials said: at C",
     GENEVA_LEDE "Rezaei also held talks in Bern on Tuesday, officials said.\n",
     "talks held geneva; talks held bern", 0},
#undef GENEVA_LEDE
    {"guard: talks in C, datelined D: at C",
     "date 2010-06-15\nMinister in Chile\n\nOSLO, June 15 - Norwegian Foreign Minister Arlen Voss held talks in "
     "Santiago on Tuesday with his Chilean counterpart, officials said.\n",
     "talks held santiago", 0},
    {"guard: the C ambassador met the D president in D: at D",
     "date 2010-06-15\nEnvoy meets leader\n\nLIMA, June 15 - The Chilean ambassador met the Peruvian president "
     "in Lima on Tuesday, a spokesman said.\n",
     "meeting held lima", 0},
    {"guard: will travel to C for talks, datelined D: a visit to C",
     "date 2010-06-15\nMinister travels\n\nOSLO, June 15 - Foreign Minister Arlen Voss will travel to Chile next "
     "week for talks with the Chilean president, the ministry said on Tuesday.\n",
     "visit planned chile", 0},
    /* A count of occasions sums up happenings (fortieth round, lead): no
     * meeting at the dateline's city on the report's day; one of them told
     * ("including once ... in C") stays an event. */
    {"dateline: 'met three times during her term' is no meeting here",
     "date 2010-06-15\nMinister writes to rival\n\nOSLO, June 15 - Foreign Minister Arlen Voss sent a letter to "
     "the Chilean president on Tuesday, the ministry said.\n\nVoss and the president met three times during her "
     "first term.\n",
     "letter delivered oslo", 0},
    {"dateline: 'have twice met' is no meeting here",
     "date 2010-06-15\nMinister writes to rival\n\nOSLO, June 15 - Foreign Minister Arlen Voss sent a letter to "
     "the Chilean president on Tuesday, the ministry said.\n\nThe two have twice met since then.\n",
     "letter delivered oslo", 0},
    {"'met twice, including once in C' keeps the one told",
     "date 2010-06-15\nMinister writes to rival\n\nOSLO, June 15 - Foreign Minister Arlen Voss sent a letter to "
     "the Chilean president on Tuesday, the ministry said.\n\nVoss has met the president twice, including once "
     "in Lima in May.\n",
     "letter delivered oslo; meeting held lima", 0},
    {"'met for the third time' is one meeting",
     BODY "Voss met the Chilean president in Lima for the third time on Monday.\n", "meeting held lima", 0},
    /* A "Published:" line before a title-case headline (fortieth round,
     * lead): the dateline under the headline is read, as under the
     * corpus's "date" line. */
    {"Published: line, title-case headline, then the dateline",
     "Published: 2010-06-15\n\nMinisters of two lands end their quarrel\n\nOSLO, June 15 - Foreign Minister "
     "Arlen Voss met the Chilean foreign minister on Tuesday to end a quarrel over fishing rights.\n",
     "meeting held oslo", 0},
    {"date line, title-case headline, then the dateline",
     "date 2010-06-15\nMinisters of two lands end their quarrel\n\nOSLO, June 15 - Foreign Minister "
     "Arlen Voss met the Chilean foreign minister on Tuesday to end a quarrel over fishing rights.\n",
     "meeting held oslo", 0},
};

/* The story's events as "type status place; ..." */
static void events_line(const char *text, char *out, size_t size)
{
    events_line_of(text, 0, out, size);
}

static void construction_table(void **state)
{
    (void)state;
    grid_tally_t tally = {0};
    char got[1024];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        events_line(cases[i].text, got, sizeof got);
        grid_row(&tally, cases[i].name, got, cases[i].want, cases[i].todo);
    }
    grid_finish(&tally, "construction table");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(construction_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
