/* From article text to story: place recognition and resolution.
 *
 * Pipeline (one pass each, all in token space):
 *  1. people: titles ("President X", "leader Kim"), first names, appositives
 *     and speech verbs mark person names; their surnames are then blocked
 *     everywhere ("the Lee administration");
 *  2. candidates: longest match of token sequences against the gazetteer;
 *  3. filters: capitalisation, sentence-initial common words, months and
 *     weekdays, news agencies, name parts ("Karoline Leavitt");
 *  4. resolution: each surface picks one gazetteer record by prominence,
 *     the article's countries, qualifiers ("X, Y") and nearby places;
 *  5. descriptive references ("the North Korean capital", "the border").
 * events.c then reads the mentions sentence by sentence. */
#include "extract-private.h"
#include "story-private.h"
#include "map-private.h"
#include "context-private.h"
#include "geom-private.h"
#include "textnorm-private.h"
#include "resolve-private.h"

#include <glib.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ENTRIES DMI_READINGS_MAX
#define MAX_SPAN_TOKENS 7
#define NONE SIZE_MAX

/* ---- word lists ------------------------------------------------------- */

/* Words before a person's name. Case-sensitive: "President Lee" is a title,
 * "the president" is not followed by a name. */
static const char *const person_titles[] = {
    "President", "Vice-President", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess",
    "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.",
    "Maj.", "Adm.", "Rev.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Pope", "Sheikh", "Emir", "Sultan",
    "Chairman", "Chairwoman", "Ambassador", "Senator", "Governor", "Mayor", "Judge",
    "Commissioner", "Director", "Coach", "Officer", "Detective", "Sheriff", "Deputy", "Pastor",
    "Lord", "Lady", "Sir", "Dame", "Speaker", "General", "Admiral", "Colonel", "Captain",
    "Sergeant", "Lieutenant", "Representative", "Councilman", "Councilwoman", "Councilor",
    "Assemblyman", "Assemblywoman", "Trooper", "CEO", "Superintendent", "Principal", "Professor",
    "Dean", "Rabbi", "Imam", "Bishop", "Cardinal", "Archbishop", "Minister", "Secretary",
    "leader", "spokesperson", "spokesman", "spokeswoman", "envoy", "minister", "president",
    "chairman", "secretary", "ambassador", "adviser", "advisor", "counterpart", "Leader",
    "premier", "chancellor", "dictator", "strongman", "nominee", "candidate", "Sen", "Rep", "Gov",
    "Attorney", "Inspector", "Constable", "Father", "Brother", "Sister", "Chief", "Chair",
    "author", "lawyer", "attorney", "reporter", "correspondent", "analyst", "activist",
    /* Ranks and titles of nobility abbreviated or written before a name
     * ("Brig. Gen.", "Marquis de", "Shah"), and the kin and staff words
     * news puts right before a name ("his brother Pedro", "aide Ben
     * Rhodes"); a lower-case one never makes a place of note a person
     * (find_people). */
    "Brig.", "Brig", "Marquis", "Duke", "Duchess", "Baron", "Baroness", "Shah", "Emperor",
    "Empress", "brother", "sister", "son", "daughter", "wife", "husband", "widow", "aide",
    "journalist", "anchor", NULL};

/* Name particles join the parts of a name: "Luiz Inácio Lula da Silva",
 * "Ursula von der Leyen", "Plaza de Mayo". */
static const char *const name_particles[] = {"da", "de", "del", "do", "dos", "das", "di", "du", "van",
                                             "von", "der", "den", "bin", "al", "el", "la", "le", "ibn",
                                             NULL};

/* Role nouns of an appositive after a name ("X Y, a senior aide,"). */
static const char *const role_nouns[] = {
    "aide", "official", "diplomat", "journalist", "negotiator", "mediator", "officer", "commander",
    "spokesman", "spokeswoman", "spokesperson", "minister", "envoy", "adviser", "advisor",
    "ambassador", "secretary", "president", "leader", "chief", "head", "director", "deputy",
    "member", "general", "lawmaker", "senator", "governor", "mayor", "administrator", "chairman",
    NULL};

/* Given names common in international news. A capitalised word after one of
 * these is a surname, not a town. */
static const char *const first_names[] = {
    "Donald", "Joe", "Joseph", "Barack", "George", "Bill", "Hillary", "Kamala", "Mike", "Michael",
    "John", "James", "Robert", "William", "David", "Richard", "Thomas", "Charles", "Daniel",
    "Matthew", "Mark", "Paul", "Peter", "Steven", "Steve", "Andrew", "Kevin", "Brian", "Chris",
    "Christopher", "Anthony", "Tony", "Jason", "Jeff", "Jeffrey", "Ryan", "Jacob", "Gary", "Eric",
    "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank",
    "Gregory", "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron",
    "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Kyle", "Walter", "Ethan", "Jeremy",
    "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry", "Sean", "Austin",
    "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Jordan", "Billy", "Bruce", "Gabriel",
    "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene", "Vincent", "Russell",
    "Louis", "Bobby", "Philip", "Johnny", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth",
    "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret",
    "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol", "Amanda",
    "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy",
    "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Emma", "Samantha",
    "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria",
    "Heather", "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina",
    "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha",
    "Jacqueline", "Frances", "Gloria", "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean",
    "Alice", "Madison", "Doris", "Abigail", "Julia", "Judy", "Grace", "Denise", "Amber", "Marilyn",
    "Beverly", "Danielle", "Theresa", "Sophia", "Marie", "Diana", "Brittany", "Natalie", "Isabella",
    "Charlotte", "Rose", "Alexis", "Kayla", "Karoline", "Marco", "Antony", "Sergei", "Sergey",
    "Vladimir", "Dmitry", "Dmitri", "Volodymyr", "Emmanuel", "Angela", "Olaf", "Friedrich",
    "Keir", "Rishi", "Boris", "Theresa", "Recep", "Tayyip", "Narendra", "Xi", "Li", "Wang",
    "Shinzo", "Fumio", "Shigeru", "Moon", "Yoon", "Jae-myung", "Justin", "Mark", "Jair", "Luiz",
    "Javier", "Nicolas", "Nicolás", "Claudia", "Andres", "Andrés", "Gustavo", "Cyril", "William",
    "Abiy", "Bola", "Paul", "Ali", "Mohammed", "Muhammad", "Mohamed", "Ahmed", "Ahmad", "Abdel",
    "Abdul", "Hassan", "Hussein", "Omar", "Khalid", "Abdullah", "Ibrahim", "Mahmoud", "Yusuf",
    "Masoud", "Ebrahim", "Hossein", "Abbas", "Bashar", "Ayatollah", "Benjamin", "Yair", "Isaac",
    "Recep", "Viktor", "Giorgia", "Pedro", "Donald", "Ursula", "Antonio", "António", "Kaja",
    "Alexander", "Sauli", "Mette", "Ulf", "Jonas", "Karl", "Hans", "Jens", "Olena", "Yulia",
    "Alexei", "Alexey", "Mikhail", "Yevgeny", "Ivan", "Igor", "Steve", "Marjorie", "Pete", "Tulsi",
    "Kristi", "Elon", "Jared", "Ivanka", "Melania", "Kim", "Ri", "Choe", "Kang", "Chung", "Cho",
    NULL};

/* English given names (geodata/names/first-names.txt, sorted in C byte
 * order), searched by first_name_listed(). */
static const char *const common_first_names[] = {
#include "first_names.inc"
};

/* Words that end an organisation's name: a place before them is embedded
 * in the name ("Washington Post"), not the place the sentence is about. */
static const char *const org_words[] = {
    "News", "Agency", "Times", "Post", "Herald", "Journal", "Tribune", "Gazette", "Daily",
    "Press", "Department", "Ministry", "University", "College", "School", "Institute",
    "Academy", "Company", "Corporation", "Corp.", "Inc.", "Ltd", "Ltd.", "Group", "Bank", "Party",
    "Council", "Committee", "Association", "Club", "Hospital", "Foundation", "Airlines",
    "Airways", "Railways", "Commission", "Authority", "Board", "Service", "Network", "Television",
    "TV", "Radio", "Broadcasting", "Channel", "Chronicle", "Observer", "Telegraph", "Guardian",
    "Review", "Magazine", "Federation", "League", "Team", "FC", "Police", "Office", "Sun",
    "Star", "Record", "Register", "Examiner", "Courier", "Bulletin", "Globe", "Standard",
    "Express", "Mirror", "Senate", "Assembly", "Parliament", "Legislature", "Congress", "Cooperation",
    NULL};

/* Last words of organisations' names: "the Red Cross", "the African
 * Union", "the Pacific Islands Forum" are actors, never places, though a
 * town or a headquarters carries the name. */
static const char *const org_heads[] = {
    "Union", "Cross", "Crescent", "Nations", "Organization", "Organisation", "Alliance", "Forum",
    "Fund", "Council", "Community", "Commission", "Agency", "Committee", "Court", "Party", "Front",
    "Movement", "Bank", "League", "Secretariat", "Bloc", "Conference", "Coalition", NULL};

/* Words that end the name of a treaty, a programme or a forum named after a
 * place ("Warsaw Pact", "Kyoto Protocol", "Bogor Goals", "the 1949 Geneva
 * Conventions", "China-Chile FTA"): the place there is inside the name. */
static const char *const pact_words[] = {
    "Convention", "Conventions", "Protocol", "Pact", "Treaty", "Accord", "Accords", "Agreement",
    "Agreements", "Declaration", "Goals", "Charter", "Initiative", "Consensus", "Process", "Format",
    "Dialogue", "Communique", "Communiqué", "Memorandum", "Doctrine", "Principles", "Roadmap",
    "Framework", "Statute", "Compact", "FTA", NULL};

/* The same in lower case after a place, with the words that may stand
 * between ("the Paris climate accord", "the Minsk agreements"). */
static const char *const pact_nouns[] = {
    "accord", "accords", "agreement", "agreements", "deal", "pact", "treaty", "protocol", "convention",
    "declaration", "goals", "communique", "format", "process", "consensus", "charter", "doctrine", NULL};
static const char *const pact_modifiers[] = {
    "climate", "peace", "nuclear", "trade", "free", "ceasefire", "cease-fire", "arms", "security",
    "global", "economic", "partnership", "cooperation", "framework", "interim", "final", "historic",
    "landmark", "accession", "association", "border", NULL};

/* Treaties' and groupings' acronyms that are also towns somewhere ("START",
 * "SALT", "SORT": Start, Louisiana; Salt, Jordan): never places. */
static const char *const treaty_acronyms[] = {
    "START", "SALT", "SORT", "INF", "CFE", "NPT", "CTBT", "ABM", "JCPOA", "AUKUS", "NAFTA", "USMCA",
    "QUAD", "Quad", NULL};

/* News agencies and outlets that are never places. */
static const char *const agencies[] = {
    "AP", "AFP", "Reuters", "Yonhap", "Xinhua", "KCNA", "TASS", "Interfax", "Bloomberg", "CNN",
    "BBC", "NHK", "Kyodo", "Anadolu", "IRNA", "WAFA", "NPR", "UPI", "RIA", "Sputnik", "Axios",
    "Politico", "NBC", "CBS", "ABC", "Fox", "MSNBC", "CNBC", "Newsis", "Kyunghyang", "Hankyoreh",
    "Dong-A", "Chosun", "JoongAng", "Hamas", "Hezbollah", "Houthis", "Houthi", "Taliban", "NATO",
    "ISIS", "ISIL", "Daesh", "al-Qaeda", "al-Shabab", "Wagner", NULL};

/* Capitalised words that are small towns somewhere but in news prose are
 * common words, parts of titles or of institutions. Rejected as single-word
 * places anywhere. */
static const char *const never_alone[] = {
    "Police", "Energy", "Security", "Justice", "Defense", "Defence", "Health", "Commerce",
    "Interior", "Labor", "Labour", "Union", "Federal", "National", "Republic", "Democratic",
    "Republican", "Congress", "Senate", "House", "Court", "Government", "State", "States",
    "Office", "Mission", "Liberty", "Independence", "Hope", "Progress", "Unity", "Victory",
    "Freedom", "Peace", "Harmony", "Providence", "Paradise", "Eden", "Commonwealth", "Capitol",
    "Treasury", "Navy", "Army", "Marine", "Marines", "Guard", "Customs", "Transport", "Agriculture",
    "Education", "Trade", "Finance", "Foreign", "Home", "General", "Central", "Public", "Royal",
    "Supreme", "Chief", "President", "Minister", "Secretary", "Governor", "Mayor", "Parliament",
    "Cabinet", "Council", "Embassy", "Ministry", "Department", "Agency", "Bureau", "Authority",
    "Commission", "Committee", "Institute", "University", "College", "School", "Church",
    "Hospital", "Center", "Centre", "Square", "Street", "Avenue", "Road", "Bridge", "Station",
    "Airport", "Park", "Lake", "River", "Island", "Islands", "Bay", "Beach", "Valley", "Hill",
    "Hills", "Mountain", "Mountains", "Mount", "Port", "Fort", "City", "Town", "Village", "County",
    "Province", "Region", "District", "Territory", "Coast", "Gulf", "Sea", "Ocean", "Strait",
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Middle",
    "Upper", "Lower", "Greater", "Old", "New", "Great", "Little", "Big", "Long", "High", "Grand",
    "Saint", "San", "Santa", "Sierra", "Black", "White", "Red", "Blue", "Green", "Brown", "Gray",
    "Grey", "Golden", "Silver", "Star", "Sun", "Moon", "Rose", "Summit", "Border", "Cross",
    "Christmas", "Easter", "Trinity", "Bethel", "Zion", "Bible", "God", "Jesus", "Lincoln",
    "Jackson", "Franklin", "Hamilton", "Madison", "Monroe", "Adams", "Jefferson", "Clinton",
    "Obama", "Trump", "Biden", "Bush", "Reagan", "Carter", "Kennedy", "Nixon", "Harris", "Vance",
    "Kim", "Lee", "Park", "Moon", "Yoon", "Choi", "Chung", "Kang", "Cho", "Xi", "Li", "Wang",
    "Putin", "Modi", "Buhari", "Mandela", "Victoria", "Elizabeth", "Charles", "Diana", "March",
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Internet",
    "Web", "Twitter", "Facebook", "Google", "Apple", "Amazon", "Microsoft", "Tesla", "Boeing",
    "Airbus", "Oscar", "Oscars", "Olympics", "Olympic", "Cup", "Open", "Grammy", "Emmy",
    "English", "Spanish", "Arabic", "Latin", "Hebrew", "Hindi", "Urdu", "Persian", "Farsi",
    "Mandarin", "Cantonese", "Swahili", "Catholic", "Protestant", "Muslim", "Islamic", "Christian",
    "Jewish", "Buddhist", "Hindu", "Sunni", "Shia", "Shiite", "Orthodox", "Evangelical",
    "Conservative", "Liberal", "Socialist", "Communist", "Green", "Greens", "Tory", "Tories",
    "Democrat", "Democrats", "Republicans", "Progressive", "Premier", "League", "Division",
    "Champion", "Champions", "Final", "Finals", "Series", "Bowl", "Games", "Reserve", "Bank",
    "Commerce", "Enterprise", "Industry", "Industries", "Mobile", "Reading", "Bath", "Nice",
    "Split", "Of", "Man", "Most", "Best", "Plain", "Plains", "Normal", "Alert", "Boring",
    "Surprise", "Truth", "Why", "Wisdom", "Worry", "Accident", "Climax", "Eureka", "Friendship",
    "Good", "Joy", "Love", "Luck", "Ideal", "Rich", "Royalty", "Sandy", "Story", "Success",
    "Temple", "Tranquility", "Welcome", "Wonder", "Young", "Gas", "Oil", "Power", "Coal", "Iron",
    "Steel", "Gold", "Cotton", "Rice", "Corn", "Sugar", "Salt", "Pepper", "Wine", "Beer",
    "Champagne", "Cologne", "Java", "Turkey", "China", "Arab", "Arabs", NULL};

/* Of those, the ones that are real places of note when a cue or a qualifier
 * supports them ("in Turkey", "Reading, England"). */
static const char *const never_alone_unless_cue[] = {
    "Turkey", "China", "Victoria", "Mobile", "Reading", "Bath", "Nice", "Split", "Champagne",
    "Cologne", "Java", "Lincoln", "Jackson", "Franklin", "Hamilton", "Madison", "Monroe",
    "Clinton", "Kennedy", "Moon", "Park", "Lee", NULL};

/* Sentence-initial words that are places somewhere but begin sentences as
 * ordinary words. */
static const char *const sentence_words[] = {
    "The", "This", "That", "These", "Those", "A", "An", "It", "He", "She", "We", "They", "I",
    "You", "In", "At", "On", "But", "And", "As", "For", "If", "So", "No", "Yes", "Not", "All",
    "Some", "Many", "Most", "More", "Other", "Such", "While", "When", "After", "Before", "Since",
    "During", "However", "Also", "Even", "Still", "Just", "Only", "Both", "Each", "Every",
    "There", "Here", "Now", "Then", "Today", "Last", "Next", "First", "Second", "Third",
    "Despite", "Although", "Though", "Because", "Under", "Over", "About", "Among", "Against",
    "Between", "Through", "With", "Without", "Within", "From", "To", "By", "Into", "Once",
    "According", "Asked", "Speaking", "Meanwhile", "Earlier", "Later", "Officials", "Authorities",
    "Residents", "People", "Friends", "Family", "Children", "Students", "Where", "What", "Who",
    "How", "Which", "Why", "Our", "Their", "His", "Her", "Its", "My", "Your", "One", "Two",
    "Three", "Four", "Five", "Ten", "Several", "Few", "Any", "Another", "Much", "Very", "Well",
    "Already", "Again", "Instead", "Indeed", "Moreover", "Furthermore", "Thus", "Therefore",
    "Overall", "Finally", "Perhaps", "Maybe", "Like", "Unlike", "Following", "Amid", "Around",
    "Near", "Outside", "Inside", "Beyond", "Across", "Along", "Behind", "Below", "Above", "Until",
    "Whether", "Yet", "Or", "Nor", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Been",
    "Have", "Has", "Had", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must",
    "Let", "Please", "Thank", "Thanks", "Sorry", "Oh", "Hello", "Bring", "Come", "Go", "Get",
    "Make", "Take", "Give", "Keep", "See", "Look", "Read", "Watch", "Check", "Click", "Call",
    "Visit", "Join", "Support", "Contact", "Send", "Help", "Follow", "Share", "Sign", "Vote",
    "Police", "Protesters", "Troops", "Soldiers", "Workers", "Voters", "Lawmakers", "Critics",
    "Experts", "Analysts", "Sources", "Witnesses", "Victims", "Survivors", "Doctors", "Teachers",
    "Parents", "Fans", "Players", "Leaders", "Diplomats", "Negotiators", "Investigators",
    "Prosecutors", "Rescuers", "Firefighters", "Volunteers", "Scientists", "Researchers", NULL};

/* Words that, after a capitalised name, show it is a person. */
static const char *const speech_verbs[] = {
    "said", "says", "told", "added", "stated", "explained", "noted", "wrote", "argued", "asked",
    "insisted", "warned", "claimed", "recalled", "tweeted", "posted", "announced", "declared",
    "replied", "responded", "admitted", "acknowledged", "urged", "believes", "thinks", "knows",
    "wants", "hopes", "feels", NULL};

/* Locative cues before a place. */
static const char *const cues[] = {
    "in", "at", "near", "from", "outside", "across", "around", "throughout", "via", "into",
    "toward", "towards", "visited", "visiting", "visit", "reached", "entered", "left", "leaving",
    "northern", "southern", "eastern", "western", "central", "downtown", "of", "to", "between",
    "through", "inside", "within", "along", "off", NULL};

/* Modifiers that may precede a place inside a capitalised sequence. */
static const char *const place_modifiers[] = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Greater", "Downtown", "Metro", "Rural", "Coastal", "Northeast", "Northwest",
    "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern",
    "Pro", "Anti", "Ex", "Inner", "Outer", "Mainland", "Occupied", "Colonial", "Imperial", "Soviet",
    "Post", "Pre", "Trans", "Pan", NULL};

/* Well-known leaders and officials: surname -> country. Articles usually
 * introduce them with a title the text rules catch; this table covers the
 * ones named bare ("Putin said"). */
static const struct {
    const char *surname, *country;
} known_people[] = {
    {"Trump", "US"}, {"Biden", "US"}, {"Obama", "US"}, {"Harris", "US"}, {"Vance", "US"},
    {"Rubio", "US"}, {"Blinken", "US"}, {"Pompeo", "US"}, {"Hegseth", "US"}, {"Witkoff", "US"},
    {"Leavitt", "US"}, {"Kushner", "US"}, {"Putin", "RU"}, {"Lavrov", "RU"}, {"Medvedev", "RU"},
    {"Peskov", "RU"}, {"Ushakov", "RU"}, {"Zelensky", "UA"}, {"Zelenskyy", "UA"}, {"Zelenskiy", "UA"},
    {"Xi", "CN"}, {"Kim", "KP"}, {"Lee", "KR"}, {"Yoon", "KR"}, {"Moon", "KR"}, {"Macron", "FR"},
    {"Scholz", "DE"}, {"Merz", "DE"}, {"Merkel", "DE"}, {"Starmer", "GB"}, {"Sunak", "GB"},
    {"Erdogan", "TR"}, {"Erdoğan", "TR"}, {"Netanyahu", "IL"}, {"Modi", "IN"}, {"Kishida", "JP"},
    {"Ishiba", "JP"}, {"Abe", "JP"}, {"Khamenei", "IR"}, {"Pezeshkian", "IR"}, {"Araghchi", "IR"},
    {"Assad", "SY"}, {"Sisi", "EG"}, {"Lula", "BR"}, {"Milei", "AR"}, {"Maduro", "VE"},
    {"Sheinbaum", "MX"}, {"Trudeau", "CA"}, {"Carney", "CA"}, {"Albanese", "AU"},
    {"Ramaphosa", "ZA"}, {"Ruto", "KE"}, {"Abiy", "ET"}, {"Tinubu", "NG"}, {"Stubb", "FI"},
    {"Orban", "HU"}, {"Orbán", "HU"}, {"Meloni", "IT"}, {"Tusk", "PL"}, {"Lukashenko", "BY"},
    {"Sanchez", "ES"}, {"Sánchez", "ES"}, {"Petro", "CO"}, {"Kagame", "RW"}, {"Tshisekedi", "CD"},
    {"Burhan", "SD"}, {"Dagalo", "SD"}, {"Shehbaz", "PK"}, {"Sharif", "PK"}, {"Salman", "SA"},
    {"Abbas", "PS"}, {"Haniyeh", "PS"}, {"Sinwar", "PS"}, {"Nasrallah", "LB"}, {"Aoun", "LB"},
    {"Sharaa", "SY"}, {"Thani", "QA"}, {"Zayed", "AE"}, {"Guterres", ""}, {"Grossi", ""},
    {"Rutte", ""}, {"Stoltenberg", ""}, {"Leyen", ""}, {"Kallas", ""}, {"Costa", ""}};

static int word_in(const char *s, size_t n, const char *const *list)
{
    /* Called for every token against lists of hundreds of words: the
     * first byte rules most entries out without a call. */
    if (n == 0)
        return 0;
    for (int k = 0; list[k]; k++)
        if (list[k][0] == s[0] && strncmp(list[k], s, n) == 0 && list[k][n] == '\0')
            return 1;
    return 0;
}

static int tok_in_cs(const dmi_article_t *a, size_t t, const char *const *list)
{
    return t < a->token_count && word_in(dmi_tok_text(a, t), dmi_tok_len(a, t), list);
}

static int is_word(const dmi_article_t *a, size_t t)
{
    return t < a->token_count && (a->tokens[t].flags & DMI_TOK_WORD);
}

static int is_cap(const dmi_article_t *a, size_t t)
{
    return is_word(a, t) && (a->tokens[t].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) &&
           !(a->tokens[t].flags & DMI_TOK_NUM);
}

static int is_punct(const dmi_article_t *a, size_t t, char c)
{
    return t < a->token_count && (a->tokens[t].flags & DMI_TOK_PUNCT) && a->text[a->tokens[t].start] == c;
}

static int same_sentence(const dmi_article_t *a, size_t t, size_t u)
{
    return t < a->token_count && u < a->token_count && a->tokens[t].sentence == a->tokens[u].sentence;
}

/* Word t and the one before it are adjacent (no punctuation between). */
static int prev_word(const dmi_article_t *a, size_t t)
{
    return t > 0 && is_word(a, t - 1) && same_sentence(a, t - 1, t);
}

/* ---- people ----------------------------------------------------------- */

static int add_person(dmi_extraction_t *x, size_t first, size_t last, const char *country)
{
    dmi_article_t *a = x->art;
    size_t sur = last - 1;
    while (sur > first && (a->tokens[sur].flags & DMI_TOK_POSS))
        sur--;
    size_t n = dmi_tok_len(a, sur);
    if (n >= sizeof x->people[0].surname)
        return 0;
    for (size_t i = 0; i < x->people_count; i++) {
        dmi_person_t *p = &x->people[i];
        if (strlen(p->surname) == n && memcmp(p->surname, dmi_tok_text(a, sur), n) == 0) {
            if (!p->country[0] && country && *country)
                g_strlcpy(p->country, country, sizeof p->country);
            /* "Trump" first (a headline), "Donald Trump" later: the longer
             * mention is the full name. */
            if (sur + 1 - first > p->full_last - p->full_first) {
                p->full_first = first;
                p->full_last = sur + 1;
            }
            return 0;
        }
    }
    if (dmi_grow((void **)&x->people, &x->people_cap, x->people_count + 1, sizeof *x->people) != 0)
        return -1;
    dmi_person_t *p = &x->people[x->people_count++];
    memset(p, 0, sizeof *p);
    p->first = first;
    p->last = last;
    p->full_first = first;
    p->full_last = sur + 1;
    memcpy(p->surname, dmi_tok_text(a, sur), n);
    p->surname[n] = '\0';
    if (country)
        g_strlcpy(p->country, country, sizeof p->country);
    return 0;
}

static const char *known_country(const char *s, size_t n)
{
    for (size_t i = 0; i < G_N_ELEMENTS(known_people); i++)
        if (strlen(known_people[i].surname) == n && memcmp(known_people[i].surname, s, n) == 0)
            return known_people[i].country;
    return NULL;
}

/* The country a token sequence names as an adjective or noun ("US",
 * "North Korean", "Russia's"), by gazetteer lookup; "" when none. */
static void country_before(dmi_extraction_t *x, size_t t, char out[3])
{
    dmi_article_t *a = x->art;
    out[0] = '\0';
    /* Look back over at most three words for a country or demonym. */
    for (size_t back = 1; back <= 3 && back <= t; back++) {
        size_t s = t - back;
        if (!same_sentence(a, s, t) || !is_cap(a, s))
            break;
        dmi_gaz_entry_t e[4];
        size_t n = dmi_gazetteer_match(x->gaz, a->text + a->tokens[s].start,
                                       a->tokens[t - 1].end - a->tokens[s].start, e, 4);
        for (size_t k = 0; k < n; k++)
            if (e[k].kind == DM_PLACE_COUNTRY && e[k].country[0]) {
                memcpy(out, e[k].country, 3);
                return;
            }
    }
}

static int is_person_title(const dmi_article_t *a, size_t t)
{
    return tok_in_cs(a, t, person_titles);
}

/* Tokens [first, last) name a town of some size or a larger place:
 * "Beverly Hills" is not a woman called Beverly. */
static int town_named(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    if (last > a->token_count)
        return 0;
    dmi_gaz_entry_t e[4];
    size_t n = dmi_gazetteer_match(x->gaz, a->text + a->tokens[first].start,
                                   a->tokens[last - 1].end - a->tokens[first].start, e, 4);
    for (size_t k = 0; k < n; k++)
        if (e[k].kind != DM_PLACE_CITY || e[k].population >= 10000)
            return 1;
    return 0;
}

static int entry_prominent(const dmi_gaz_entry_t *e);

static int first_name_listed(const char *s, size_t n)
{
    size_t lo = 0, hi = G_N_ELEMENTS(common_first_names);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *m = common_first_names[mid];
        int c = strncmp(m, s, n);
        if (c == 0)
            c = m[n] != '\0';  /* a longer name sorts after the token */
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Token t continues a capitalised name ("Second Thomas Shoal", "New York
 * City"): a given name there does not start a person's name. */
static int inside_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!prev_word(a, t) || !is_cap(a, t - 1) || (a->tokens[t].flags & DMI_TOK_SENT_START) ||
        is_person_title(a, t - 1))
        return 0;
    /* A place's name goes on here ("Second Thomas", "New York"); not
     * "Reporter Christina". */
    size_t start = a->tokens[t - 1].start;
    return dmi_gazetteer_has_prefix(x->gaz, a->text + start, a->tokens[t].end - start);
}

/* A given name from the long list that starts a name here: not inside a
 * longer capitalised name ("New York City", "Holy See") and not itself a
 * place of note ("Florida", "Iceland", "Washington"). */
static int common_first_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (!first_name_listed(dmi_tok_text(a, t), dmi_tok_len(a, t)))
        return 0;
    if (inside_name(x, t))
        return 0;
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t n = dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t), dmi_tok_len(a, t), e, MAX_ENTRIES);
    for (size_t k = 0; k < n; k++)
        if (entry_prominent(&e[k]))
            return 0;
    return 1;
}

static int first_word_of_sentence(const dmi_article_t *a, size_t t);
static int cue_before(const dmi_article_t *a, size_t t);
static int written_lower(const dmi_extraction_t *x, const char *s, size_t n);

/* Token t alone has a reading that is a place of note (entry_prominent). */
static int tok_place_of_note(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t n = dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t), dmi_tok_len(a, t), e, MAX_ENTRIES);
    for (size_t k = 0; k < n; k++)
        if (entry_prominent(&e[k]))
            return 1;
    return 0;
}

/* What token t alone reads as in the gazetteer: 1 some town or site, 2 a
 * country or a demonym ("Nazi Germany", "Greek Cypriot" are no names of
 * people), 0 nothing. */
static int tok_reading(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    dmi_gaz_entry_t e[MAX_ENTRIES];
    size_t n = dmi_gazetteer_match(x->gaz, dmi_tok_text(a, t), dmi_tok_len(a, t), e, MAX_ENTRIES);
    int r = 0;
    for (size_t k = 0; k < n; k++) {
        if (e[k].kind == DM_PLACE_COUNTRY || e[k].is_demonym)
            return 2;
        r = 1;
    }
    return r;
}

/* Token t is a word of a name of two or three words that is a place
 * ("Costa Rica", "Sri Lanka", "New York"): the word there is no surname. */
static int in_place_name(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    for (size_t from = t >= 2 ? t - 2 : 0; from <= t; from++)
        for (size_t to = from + 1; to <= from + 2; to++) {
            if (to < t || !is_word(a, from) || !is_word(a, to) || !same_sentence(a, from, to))
                continue;
            dmi_gaz_entry_t e[2];
            if (dmi_gazetteer_match(x->gaz, a->text + a->tokens[from].start,
                                    a->tokens[to].end - a->tokens[from].start, e, 2) > 0)
                return 1;
        }
    return 0;
}

/* Most words of token t's sentence are capitalised: a headline in title
 * case ("Allendale Woman Charged"), where capitals say nothing of names. */
static int title_case_sentence(const dmi_article_t *a, size_t t)
{
    const dmi_sentence_t *sn = &a->sentences[a->tokens[t].sentence];
    size_t words = 0, caps = 0;
    for (size_t k = sn->first; k < sn->last && k < a->token_count; k++)
        if (is_word(a, k)) {
            words++;
            caps += is_cap(a, k) ? 1 : 0;
        }
    return words >= 3 && caps * 10 >= words * 6;
}

/* The words the article writes right after a strict locative ("in X", "at
 * X", "near X"): such a word is a place there, whoever else bears the name.
 * One pass over the article (find_people asks once per name). */
static GHashTable *words_after_locatives(const dmi_extraction_t *x)
{
    const dmi_article_t *a = x->art;
    static const char *const strict[] = {"in", "at", "near", "outside", "inside", "throughout", NULL};
    GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t u = 1; u < a->token_count; u++)
        if (is_cap(a, u) && prev_word(a, u) && dmi_tok_in(a, u - 1, strict) >= 0)
            g_hash_table_add(set, g_strndup(dmi_tok_text(a, u), dmi_tok_len(a, u)));
    return set;
}

static int written_as_place(const dmi_extraction_t *x, GHashTable *after_locative, size_t t)
{
    char *key = g_strndup(dmi_tok_text(x->art, t), dmi_tok_len(x->art, t));
    int found = g_hash_table_contains(after_locative, key);
    g_free(key);
    return found;
}

/* Every word of tokens [first, last) can be part of a person's name: no
 * word of office, of an organisation or a generic place word ("Police",
 * "Times", "Street"), none the article also writes in lower case ("Geneva
 * Talks", "Historical Society"), no part of two words a place's name. */
static int name_words(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    for (size_t k = first; k < last; k++) {
        const char *s = dmi_tok_text(a, k);
        size_t len = dmi_tok_len(a, k);
        if (len < 2 || (a->tokens[k].flags & (DMI_TOK_UPPER | DMI_TOK_NUM | DMI_TOK_POSS)) ||
            tok_in_cs(a, k, never_alone) || tok_in_cs(a, k, org_words) || tok_in_cs(a, k, org_heads) ||
            tok_in_cs(a, k, place_modifiers) || tok_in_cs(a, k, person_titles) || tok_in_cs(a, k, agencies) ||
            tok_in_cs(a, k, sentence_words) || dmi_month_of(s, len) || dmi_weekday_of(s, len) || written_lower(x, s, len))
            return 0;
        if (k + 1 < last && dmi_gazetteer_has_prefix(x->gaz, s, a->tokens[k + 1].end - a->tokens[k].start))
            return 0;
    }
    return 1;
}

/* What news writes around a person's name, and not around a place's: a
 * role before it ("UN chief X Y", "anchor, X Y"), a byline ("Writing by X
 * Y"); after it a speech verb ("X Y said", "X Y, stated"), an age or a
 * relative clause (", 62,", ", who"), an appositive role (", a senior
 * aide"), or the country one speaks for ("X Y of Japan"). */
/* A country or demonym written at token t, in up to three words ("Japan",
 * "South Korea", "the United States" after "the"). */
static int country_at(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    for (size_t k = 0; k < 3 && is_cap(a, t + k) && same_sentence(a, t, t + k); k++) {
        dmi_gaz_entry_t e[MAX_ENTRIES];
        size_t n = dmi_gazetteer_match(x->gaz, a->text + a->tokens[t].start,
                                       a->tokens[t + k].end - a->tokens[t].start, e, MAX_ENTRIES);
        for (size_t j = 0; j < n; j++)
            if (e[j].kind == DM_PLACE_COUNTRY || e[j].is_demonym)
                return 1;
    }
    return 0;
}

/* 2 when the words around are a person's for sure, 1 for a speech verb
 * alone (organisations speak too), else 0. */
static int person_context(const dmi_extraction_t *x, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    size_t b = first;
    if (b > 0 && is_punct(a, b - 1, ','))
        b--;
    if (b > 0 && is_word(a, b - 1) && same_sentence(a, b - 1, first) &&
        (tok_in_cs(a, b - 1, role_nouns) ||
         (!(a->tokens[b - 1].flags & DMI_TOK_CAP) && tok_in_cs(a, b - 1, person_titles)) ||
         (b == first && b >= 2 && dmi_tok_eq(a, b - 1, "by") &&
          (dmi_tok_is(a, b - 2, "reporting") || dmi_tok_is(a, b - 2, "writing") ||
           dmi_tok_is(a, b - 2, "editing")))))
        return 2;
    if (!same_sentence(a, first, last))
        return 0;
    size_t c = is_punct(a, last, ',') ? last + 1 : last;
    if (c > last && c < a->token_count && same_sentence(a, first, c) &&
        ((a->tokens[c].flags & DMI_TOK_NUM) || dmi_tok_eq(a, c, "who")))
        return 2;
    if (c > last && (dmi_tok_eq(a, c, "a") || dmi_tok_eq(a, c, "an") || dmi_tok_eq(a, c, "the")))
        for (size_t k = c + 1; k < c + 5 && is_word(a, k) && same_sentence(a, first, k); k++)
            if (tok_in_cs(a, k, role_nouns))
                return 2;
    if (c == last && dmi_tok_eq(a, last, "of") && last + 1 < a->token_count && same_sentence(a, first, last + 1)) {
        size_t o = dmi_tok_is(a, last + 1, "the") ? last + 2 : last + 1;
        if (country_at(x, o))
            return 2;
    }
    return is_word(a, c) && tok_in_cs(a, c, speech_verbs) ? 1 : 0;
}

/* Tokens [first, last) are a run of two to four capitalised words that is
 * a person's full name though no title or known given name says so ("Kofi
 * Annan", "Nazmi Akiman", "Han Sung Joo"): some word of it reads as a town
 * somewhere, no word as a country or demonym, its words can be a name's
 * (name_words), the text around it is a person's (person_context), and the
 * article never puts its last word after "in" or "at". */
static int unlisted_full_name(const dmi_extraction_t *x, GHashTable *after_locative, size_t first, size_t last)
{
    const dmi_article_t *a = x->art;
    if (last - first < 2 || last - first > 4)
        return 0;
    /* "the Houston Rockets", "the Cambridge Analytica scandal": a name
     * with an article before it is no person's; "Lagos Chamber and
     * Industry": the run goes on as an organisation's name. */
    if (prev_word(a, first) && (dmi_tok_is(a, first - 1, "the") || dmi_tok_is(a, first - 1, "a") ||
                                dmi_tok_is(a, first - 1, "an")))
        return 0;
    if ((dmi_tok_eq(a, last, "and") || is_punct(a, last, '&')) && is_cap(a, last + 1) &&
        same_sentence(a, first, last + 1))
        return 0;
    int ctx = name_words(x, first, last) ? person_context(x, first, last) : 0;
    if (!ctx || (ctx < 2 && title_case_sentence(a, first)))
        return 0;
    /* A first word that is a place of note starts a person's name only as
     * a known given name or in a person's sure context ("Nabil X Y, a
     * senior aide"; not "Cambridge Analytica said"). */
    if (ctx < 2 && tok_place_of_note(x, first) && !tok_in_cs(a, first, first_names) &&
        !first_name_listed(dmi_tok_text(a, first), dmi_tok_len(a, first)))
        return 0;
    int town = 0;
    for (size_t k = first; k < last; k++) {
        int r = tok_reading(x, k);
        if (r == 2)
            return 0;
        town |= r;
    }
    return town && !written_as_place(x, after_locative, last - 1);
}

static int find_people(dmi_extraction_t *x)
{
    dmi_article_t *a = x->art;
    size_t n = a->token_count;
    for (size_t t = 0; t < n; t++) {
        if (!is_word(a, t))
            continue;
        size_t first = NONE;
        /* Title + names: "President Donald Trump", "leader Kim Jong-un". */
        /* "Marquis de Lafayette": a particle between title and name. */
        size_t pt = (a->tokens[t].flags & DMI_TOK_CAP) && tok_in_cs(a, t + 1, name_particles) &&
                            is_cap(a, t + 2) ? 1 : 0;
        if (is_person_title(a, t) && is_cap(a, t + 1 + pt) && same_sentence(a, t, t + 1 + pt) &&
            !tok_in_cs(a, t + 1 + pt, agencies)) {
            first = t + 1 + pt;
            /* "Prime Minister Benjamin Netanyahu": skip title words. */
            while (first < n && is_person_title(a, first) && is_cap(a, first + 1))
                first++;
        } else if (((tok_in_cs(a, t, first_names) && !inside_name(x, t)) || common_first_name(x, t)) &&
                   (is_cap(a, t + 1) || (tok_in_cs(a, t + 1, name_particles) && is_cap(a, t + 2))) &&
                   same_sentence(a, t, t + 1) &&
                   !(a->tokens[t].flags & DMI_TOK_UPPER) && !town_named(x, t, t + 2)) {
            first = t;  /* "Simone de Beauvoir" too */
        }
        if (first == NONE)
            continue;
        /* Name particles join the parts: "Luiz Inácio Lula da Silva",
         * "Ursula von der Leyen". */
        size_t last = first;
        while (last < n && last < first + 6 && same_sentence(a, first, last) &&
               ((is_cap(a, last) && !tok_in_cs(a, last, org_words)) ||
                (last > first && tok_in_cs(a, last, name_particles) && is_cap(a, last + 1) &&
                 same_sentence(a, last, last + 1))))
            last++;
        if (last == first)
            continue;
        /* A lower-case title or kin word before one word that is a place
         * of note is no name: "the chief Kremlin spokesman", "his son
         * Moscow sent". */
        if (first > t && !(a->tokens[t].flags & (DMI_TOK_CAP | DMI_TOK_UPPER)) && last == first + 1 &&
            tok_place_of_note(x, first))
            continue;
        /* Country from "US President", "North Korean leader". */
        char cc[3] = "";
        size_t title_at = t;
        while (title_at > 0 && is_person_title(a, title_at - 1))
            title_at--;
        country_before(x, title_at, cc);
        const char *kc = known_country(dmi_tok_text(a, last - 1), dmi_tok_len(a, last - 1));
        if (!cc[0] && kc)
            g_strlcpy(cc, kc, sizeof cc);
        if (add_person(x, first, last, cc) != 0)
            return -1;
        for (size_t k = first; k < last; k++)
            x->person_tok[k] = 1;
        t = last - 1;
    }
    /* "Name Surname, the spokesperson" / "Surname said": speech and
     * appositives. Only sequences of two capitalised words (not places). */
    for (size_t t = 0; t + 2 < n; t++) {
        if (!is_cap(a, t) || !is_cap(a, t + 1) || !same_sentence(a, t, t + 1) || x->person_tok[t])
            continue;
        if (a->tokens[t].flags & (DMI_TOK_UPPER) || a->tokens[t + 1].flags & DMI_TOK_UPPER)
            continue;
        size_t after = t + 2;
        int speech = is_word(a, after) && tok_in_cs(a, after, speech_verbs);
        int appos = is_punct(a, after, ',') && after + 2 < n &&
                    (dmi_tok_eq(a, after + 1, "the") || dmi_tok_eq(a, after + 1, "a") ||
                     dmi_tok_eq(a, after + 1, "an")) &&
                    is_word(a, after + 2) && !(a->tokens[after + 2].flags & DMI_TOK_CAP) &&
                    tok_in_cs(a, after + 2 + (dmi_tok_eq(a, after + 2, "former") ? 1 : 0), person_titles);
        /* "X Y, a senior Obama aide,": a role noun within four words. */
        for (size_t k = after + 2; !appos && k < after + 6 && is_word(a, k) && same_sentence(a, t, k); k++)
            appos = (dmi_tok_eq(a, after + 1, "the") || dmi_tok_eq(a, after + 1, "a") ||
                     dmi_tok_eq(a, after + 1, "an")) &&
                    is_punct(a, after, ',') && tok_in_cs(a, k, role_nouns);
        if (!speech && !appos)
            continue;
        /* Not when the pair is itself a place ("New York said" is rare). */
        dmi_gaz_entry_t e[2];
        if (dmi_gazetteer_match(x->gaz, a->text + a->tokens[t].start,
                                a->tokens[t + 1].end - a->tokens[t].start, e, 2) > 0)
            continue;
        const char *kc = known_country(dmi_tok_text(a, t + 1), dmi_tok_len(a, t + 1));
        if (add_person(x, t, t + 2, kc) != 0)
            return -1;
        x->person_tok[t] = x->person_tok[t + 1] = 1;
    }
    /* Full names no list knows: runs of capitalised words that read as a
     * person's name rather than a place (unlisted_full_name). */
    GHashTable *after_locative = words_after_locatives(x);
    for (size_t t = 0; t < n; t++) {
        if (!is_cap(a, t) || x->person_tok[t])
            continue;
        size_t r = t;
        while (r < n && is_cap(a, r) && same_sentence(a, t, r) && !x->person_tok[r] &&
               (r == t || !(a->tokens[r].flags & DMI_TOK_SENT_START)))
            r++;
        size_t first = t;
        if (first_word_of_sentence(a, first) && tok_in_cs(a, first, sentence_words))
            first++;
        /* "Ambassador to Athens Nazmi Akiman": a country, or a place of
         * note after a locative cue, leads the run but is no part of the
         * name. */
        while (first + 2 < r && (tok_reading(x, first) == 2 || (tok_place_of_note(x, first) && cue_before(a, first))))
            first++;
        if (first < r && unlisted_full_name(x, after_locative, first, r)) {
            const char *kc = known_country(dmi_tok_text(a, r - 1), dmi_tok_len(a, r - 1));
            if (add_person(x, first, r, kc) != 0) {
                g_hash_table_destroy(after_locative);
                return -1;
            }
            for (size_t k = first; k < r; k++)
                x->person_tok[k] = 1;
        } else if (r == t + 1 && r < n && x->person_tok[r] && same_sentence(a, t, r) &&
                   !(a->tokens[r].flags & DMI_TOK_SENT_START) && tok_reading(x, t) != 2 && !cue_before(a, t) &&
                   !(first_word_of_sentence(a, t) && tok_in_cs(a, t, sentence_words)) && name_words(x, t, r + 1)) {
            /* One more given name before a name found: "Nabil" of "Nabil
             * Abu Rudeina" when "Abu" started the name; a place of note
             * only where the words around are surely a person's (not
             * "UK-bashing Robert Mugabe", "Cambridge Analytica When asked"). */
            for (size_t i = 0; i < x->people_count; i++)
                if (x->people[i].full_first == r && !memchr(dmi_tok_text(a, t), '-', dmi_tok_len(a, t)) &&
                    (!tok_place_of_note(x, t) || person_context(x, t, x->people[i].full_last) == 2)) {
                    x->people[i].full_first = x->people[i].first = t;
                    x->person_tok[t] = 1;
                    break;
                }
        }
        t = r > t ? r - 1 : t;
    }
    g_hash_table_destroy(after_locative);
    /* Bare surnames of well-known people. */
    for (size_t t = 0; t < n; t++) {
        if (!is_cap(a, t) || x->person_tok[t])
            continue;
        const char *kc = known_country(dmi_tok_text(a, t), dmi_tok_len(a, t));
        if (!kc || in_place_name(x, t))
            continue;
        /* "Kim" only when not followed by a capitalised word that is not a
         * person part: still a name. */
        if (add_person(x, t, t + 1, kc) != 0)
            return -1;
        x->person_tok[t] = 1;
    }
    /* Every occurrence of a surname, before or after the full name (and a
     * following given name, as in Korean "Kim Jong-un"), is the person; so
     * is any other word of a full name written alone when it reads as no
     * country or demonym: East Asian surnames come first ("Han" of "Han
     * Sung Joo", "Cheng" of "Cheng Lei"), Vietnamese news names a person by
     * the given name ("Vinh"). Not the first word of a place's name ("Costa"
     * of "Costa Rica"). */
    /* "Defense Minister Chi Vinh Nguyen": each full name's words after the
     * words of office, when they can be a name's (NONE: none). */
    size_t *from = x->people_count ? dmi_calloc(x->people_count, sizeof *from) : NULL;
    if (x->people_count && !from)
        return -1;
    for (size_t i = 0; i < x->people_count; i++) {
        const dmi_person_t *p = &x->people[i];
        size_t f = p->full_first;
        while (f + 1 < p->full_last && (tok_in_cs(a, f, person_titles) || tok_in_cs(a, f, never_alone) ||
                                        tok_in_cs(a, f, org_words)))
            f++;
        from[i] = p->full_last - f >= 2 && name_words(x, f, p->full_last) ? f : NONE;
    }
    for (size_t t = 0; t < n; t++) {
        if (!is_cap(a, t) || x->person_tok[t])
            continue;
        int surname = 0, word = 0;
        for (size_t i = 0; i < x->people_count && !surname; i++) {
            const dmi_person_t *p = &x->people[i];
            surname = dmi_tok_eq(a, t, p->surname);
            for (size_t k = from[i]; from[i] != NONE && !word && k < p->full_last; k++)
                word = k != t && dmi_tok_len(a, k) == dmi_tok_len(a, t) &&
                       memcmp(dmi_tok_text(a, k), dmi_tok_text(a, t), dmi_tok_len(a, t)) == 0;
        }
        if (!surname && !word)
            continue;
        if (in_place_name(x, t))
            continue;
        if (surname || (dmi_tok_len(a, t) >= 3 && !tok_in_cs(a, t, name_particles) && tok_reading(x, t) != 2))
            x->person_tok[t] = 1;
    }
    free(from);
    return 0;
}

const char *dmi_person_country(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (t >= a->token_count || !x->person_tok[t])
        return "";
    for (size_t i = 0; i < x->people_count; i++) {
        const dmi_person_t *p = &x->people[i];
        if (dmi_tok_eq(a, t, p->surname))
            return p->country;
        if (t >= p->first && t < p->last)
            return p->country;
    }
    return "";
}

/* The person whose name holds token t directly: a full mention covers t, or
 * t is the surname. */
static size_t person_direct(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    for (size_t i = 0; i < x->people_count; i++) {
        const dmi_person_t *p = &x->people[i];
        if ((t >= p->first && t < p->last) || (t >= p->full_first && t < p->full_last) ||
            dmi_tok_eq(a, t, p->surname))
            return i;
    }
    return NONE;
}

size_t dmi_person_at(const dmi_extraction_t *x, size_t t)
{
    const dmi_article_t *a = x->art;
    if (t >= a->token_count || !x->person_tok[t] || (a->tokens[t].flags & DMI_TOK_POSS))
        return NONE;
    size_t i = person_direct(x, t);
    if (i == NONE || x->people[i].full_last - x->people[i].full_first > 1)
        return i;
    /* A name written alone: the longer name that holds the word ("Kim" of
     * "Kim Jong-un", "Lula" of "Luiz Inacio Lula da Silva"), the one
     * written last before t, else the first written after it. */
    size_t best = NONE;
    for (size_t j = 0; j < x->people_count; j++) {
        const dmi_person_t *p = &x->people[j];
        if (j == i || p->full_last - p->full_first < 2)
            continue;
        int holds = 0;
        for (size_t k = p->full_first; k < p->full_last && !holds; k++)
            holds = dmi_tok_len(a, k) == dmi_tok_len(a, t) &&
                    memcmp(dmi_tok_text(a, k), dmi_tok_text(a, t), dmi_tok_len(a, t)) == 0;
        if (!holds)
            continue;
        if (best == NONE || (p->full_first < t && (x->people[best].full_first > t || p->full_first > x->people[best].full_first)))
            best = j;
    }
    return best != NONE ? best : i;
}

int dmi_person_name(const dmi_extraction_t *x, size_t person, char *out, size_t size)
{
    const dmi_article_t *a = x->art;
    const dmi_person_t *p = &x->people[person];
    size_t last = p->full_last;
    while (last > p->full_first + 1 && (a->tokens[last - 1].flags & DMI_TOK_POSS))
        last--;
    size_t n = 0;
    int space = 0;
    for (size_t b = a->tokens[p->full_first].start; b < a->tokens[last - 1].end; b++) {
        char c = a->text[b];
        if (g_ascii_isspace(c)) {
            space = 1;
            continue;
        }
        if (n + space + 2 > size)
            return 0;
        if (space)
            out[n++] = ' ';
        space = 0;
        out[n++] = c;
    }
    out[n] = '\0';
    return n > 0;
}

/* ---- candidates --------------------------------------------------------- */

typedef struct {
    dmi_cand_t *items;
    size_t count, cap;
} cand_vec_t;

static int cue_before(const dmi_article_t *a, size_t t)
{
    if (!prev_word(a, t))
        return 0;
    size_t p = t - 1;
    if (dmi_tok_is(a, p, "the") && p > 0 && same_sentence(a, p - 1, t))
        p--;
    if (dmi_tok_in(a, p, cues) >= 0)
        return 1;
    /* "the port city of", "the truce village of", "the capital" */
    if (dmi_tok_eq(a, p, "of") && p > 0 && is_word(a, p - 1) &&
        (dmi_tok_is(a, p - 1, "city") || dmi_tok_is(a, p - 1, "village") || dmi_tok_is(a, p - 1, "town") ||
         dmi_tok_is(a, p - 1, "capital") || dmi_tok_is(a, p - 1, "province") ||
         dmi_tok_is(a, p - 1, "region") || dmi_tok_is(a, p - 1, "state") ||
         dmi_tok_is(a, p - 1, "island") || dmi_tok_is(a, p - 1, "district") ||
         dmi_tok_is(a, p - 1, "county") || dmi_tok_is(a, p - 1, "outskirts") ||
         dmi_tok_is(a, p - 1, "suburb") || dmi_tok_is(a, p - 1, "area")))
        return 2;
    return 0;
}

static int entry_prominent(const dmi_gaz_entry_t *e)
{
    return e->kind == DM_PLACE_COUNTRY || e->kind == DM_PLACE_REGION || e->is_capital ||
           e->population >= 100000 || e->is_demonym || (e->source && strncmp(e->source, "curated:", 8) == 0);
}

static int entries_prominent(const dmi_cand_t *c)
{
    for (size_t k = 0; k < c->ne; k++)
        if (entry_prominent(&c->e[k]))
            return 1;
    return 0;
}

/* Code keys ("MD" for Moldova, "VA" for the Vatican) count only when the text
 * is written in capitals: "Md." and "Va." are Maryland and Virginia. */
static int text_is_upper(const char *s, size_t n)
{
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (g_ascii_islower(ch))
            return 0;
        if (g_ascii_isupper(ch))
            letters++;
    }
    return letters > 0;
}

static size_t gaz_lookup(const dmi_extraction_t *x, size_t start, size_t end, dmi_gaz_entry_t *out)
{
    size_t n = dmi_gazetteer_match(x->gaz, x->art->text + start, end - start, out, MAX_ENTRIES);
    int upper = n > 0 && text_is_upper(x->art->text + start, end - start);
    /* Capitals keep code keys; two or three capitals are only a code
     * ("BA" is British Airways, not Bath's old name "Ba"). */
    int code_only = upper && end - start <= 3;
    for (size_t i = start; code_only && i < end; i++)
        if (!g_ascii_isalpha(x->art->text[i]))
            code_only = 0;  /* "T&T" is a name */
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (upper ? (out[i].is_abbrev || !code_only) : !out[i].is_abbrev)
            out[k++] = out[i];
    return k;
}

static int push_cand(cand_vec_t *v, const dmi_cand_t *c)
{
    if (dmi_grow((void **)&v->items, &v->cap, v->count + 1, sizeof *v->items) != 0)
        return -1;
    v->items[v->count++] = *c;
    return 0;
}

/* Token t is the first word of its sentence (quotes and dashes before it
 * do not count). */
static int first_word_of_sentence(const dmi_article_t *a, size_t t)
{
    size_t first = a->sentences[a->tokens[t].sentence].first;
    for (size_t k = first; k < t; k++)
        if (a->tokens[k].flags & DMI_TOK_WORD)
            return 0;
    return 1;
}

static int written_lower(const dmi_extraction_t *x, const char *s, size_t n);

/* Some reading of candidate c is of that kind. */
static int reads_as(const dmi_cand_t *c, dm_place_kind_t kind)
{
    for (size_t k = 0; k < c->ne; k++)
        if (c->e[k].kind == kind)
            return 1;
    return 0;
}

/* Case-insensitive word_in. */
static int word_in_ci(const char *s, size_t n, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (g_ascii_strncasecmp(list[k], s, n) == 0 && list[k][n] == '\0')
            return 1;
    return 0;
}

/* Token t, in capitals and in brackets, spells the initials of the
 * capitalised words before the bracket ("Open Radio Access Network (ORAN)";
 * "and", "of", "the", "for" may stand between them). */
static int spells_initials(const dmi_article_t *a, size_t t)
{
    if (t < 2 || !is_punct(a, t - 1, '('))
        return 0;
    const char *s = dmi_tok_text(a, t);
    size_t n = dmi_tok_len(a, t), i = n;
    size_t u = t - 1;
    while (i > 0 && u > 0) {
        u--;
        if (!is_word(a, u) || !same_sentence(a, u, t))
            return 0;
        if (dmi_tok_eq(a, u, "and") || dmi_tok_eq(a, u, "of") || dmi_tok_eq(a, u, "the") || dmi_tok_eq(a, u, "for"))
            continue;
        if (!is_cap(a, u) || g_ascii_toupper(dmi_tok_text(a, u)[0]) != g_ascii_toupper(s[i - 1]))
            return 0;
        i--;
    }
    return i == 0;
}

/* Accept or reject a candidate by its context; sets flags. */
static int accept_candidate(dmi_extraction_t *x, dmi_cand_t *c)
{
    dmi_article_t *a = x->art;
    size_t t = c->first, last = c->last - 1;
    const dmi_token_t *ft = &a->tokens[t];
    const char *s = a->text + c->start;
    size_t n = c->end - c->start;
    int single = c->last - c->first == 1;
    int whole_token = c->start == ft->start && c->end == a->tokens[last].end;
    for (size_t k = c->first; k < c->last; k++)
        if (x->person_tok[k] || tok_in_cs(a, k, agencies) || tok_in_cs(a, k, treaty_acronyms))
            return 0;
    /* A title before a person's name ("King Hussein", "Brig. Gen. X"). */
    if (c->last - c->first == 1 && is_person_title(a, t) && (ft->flags & DMI_TOK_CAP)) {
        size_t u = c->last;
        while (u < c->last + 4 && (is_punct(a, u, '.') || is_person_title(a, u)))
            u++;
        if (u < a->token_count && x->person_tok[u])
            return 0;
    }
    int cue = cue_before(a, t);
    if (cue)
        c->flags |= DMI_MENTION_CUE;
    /* Capitalisation: the first letter of the match. */
    uint32_t first_cp;
    {
        size_t i = 0;
        first_cp = dmi_utf8_next(s, n, &i);
    }
    /* Scripts without case (Hangul, CJK) count as capitalised. */
    int upper_first = first_cp < 0x80 ? g_ascii_isupper((int)first_cp)
                                      : g_unichar_isupper(first_cp) ||
                                            (g_unichar_isalpha(first_cp) && !g_unichar_islower(first_cp) &&
                                             g_unichar_toupper(first_cp) == first_cp);
    int curated = 0, any_demonym = 0;
    for (size_t k = 0; k < c->ne; k++) {
        if (c->e[k].source && strncmp(c->e[k].source, "curated:", 8) == 0)
            curated = 1;
        if (c->e[k].is_demonym)
            any_demonym = 1;
    }
    if (!upper_first) {
        /* Lower-case descriptive names ("inter-Korean border") only from the
         * curated list, and only with a capital inside. */
        int has_cap = 0;
        for (const char *p = s; p < s + n; p++)
            if (g_ascii_isupper(*p))
                has_cap = 1;
        if (!(curated && has_cap && !single))
            return 0;
        c->flags |= DMI_MENTION_DESCRIPTIVE;
    }
    int sent_start = first_word_of_sentence(a, t);
    if (single && whole_token) {
        if (dmi_month_of(s, n) || dmi_weekday_of(s, n))
            return 0;
        /* Two-letter words are places only as capitals ("US", "UK"). */
        if (n <= 2 && !(ft->flags & DMI_TOK_UPPER))
            return 0;
        if (word_in(s, n, never_alone) &&
            !(word_in(s, n, never_alone_unless_cue) && (cue || entries_prominent(c))))
            return 0;
        /* All capitals: acronyms of countries ("US", "UAE") and datelines. */
        if ((ft->flags & DMI_TOK_UPPER) && n <= 3 && !entries_prominent(c))
            return 0;
        /* Longer acronyms: the initials of the words before it ("Open
         * Radio Access Network (ORAN)"), or an ordinary word in capitals
         * ("START", "SALT" treaties) when the place is obscure. */
        if ((ft->flags & DMI_TOK_UPPER) && n >= 3 && !reads_as(c, DM_PLACE_COUNTRY) &&
            (spells_initials(a, t) || (!entries_prominent(c) && (written_lower(x, s, n) || word_in_ci(s, n, never_alone)))))
            return 0;
        /* Sentence-initial common words. */
        if (sent_start && word_in(s, n, sentence_words))
            return 0;
    }
    /* An organisation's whole name matched a place ("Red Cross", South
     * Carolina; "African Union", its headquarters): the actor, not a place. */
    /* Its headquarters only after a locative cue ("at the Palais des
     * Nations", "mission to the United Nations"). */
    if (!single && tok_in_cs(a, last, org_heads)) {
        int country = 0, site = 0;
        for (size_t k = 0; k < c->ne; k++) {
            country |= c->e[k].kind == DM_PLACE_COUNTRY;
            site |= c->e[k].kind == DM_PLACE_SITE;
        }
        if (!country && !(site && cue))
            return 0;
    }
    /* Inside a longer capitalised name that ends in an organisation's word:
     * "Pacific Islands Forum leaders". */
    if (whole_token) {
        for (size_t u = c->last; u < c->last + 4 && is_cap(a, u) && same_sentence(a, t, u) &&
                                 !(a->tokens[u].flags & DMI_TOK_SENT_START);
             u++)
            if (tok_in_cs(a, u, org_heads) || tok_in_cs(a, u, org_words)) {
                c->flags |= DMI_MENTION_EMBEDDED;
                break;
            }
    }
    /* A treaty, programme or forum named after a town: "Warsaw Pact",
     * "the Paris climate accord", "Bogor Goals". A country or a region that
     * is no town stays: it is an actor of its deals ("the Iran nuclear
     * deal", "the Northern Ireland peace accord"). */
    int any_country = reads_as(c, DM_PLACE_COUNTRY);
    if (!any_country && (reads_as(c, DM_PLACE_CITY) || reads_as(c, DM_PLACE_SITE)) &&
        c->end == a->tokens[last].end) {
        size_t u = c->last;
        if (is_cap(a, u) && same_sentence(a, t, u) && tok_in_cs(a, u, pact_words))
            c->flags |= DMI_MENTION_EMBEDDED;
        while (u < c->last + 2 && is_word(a, u) && same_sentence(a, t, u) && tok_in_cs(a, u, pact_modifiers))
            u++;
        /* In lower case only with a word of its field between: "the
         * Pretoria agreement" was reached in Pretoria, "the Paris climate
         * accord" is a framework the story need not draw. */
        if (u > c->last && is_word(a, u) && same_sentence(a, t, u) && tok_in_cs(a, u, pact_nouns))
            c->flags |= DMI_MENTION_EMBEDDED;
    }
    /* Joined to a capitalised word by a particle, a word is part of the
     * longer name: "Plaza de Mayo", "Río de la Plata", "Simone de
     * Beauvoir"; a city of note after the particle may be the place a
     * name is made from ("a Trail de Paris extension" in Paris, Texas). */
    if (single && whole_token && !any_country) {
        size_t u = t;
        while (u >= 1 && u + 2 > t && tok_in_cs(a, u - 1, name_particles) && same_sentence(a, u - 1, t))
            u--;
        int city_of_note = 0;
        for (size_t k = 0; k < c->ne; k++)
            city_of_note |= c->e[k].kind == DM_PLACE_CITY && (c->e[k].is_capital || c->e[k].population >= 100000);
        if (u < t && u >= 1 && is_cap(a, u - 1) && same_sentence(a, u - 1, t) && !city_of_note)
            return 0;
        u = c->last;
        while (u < c->last + 2 && tok_in_cs(a, u, name_particles) && same_sentence(a, t, u))
            u++;
        if (u > c->last && is_cap(a, u) && same_sentence(a, t, u))
            return 0;
    }
    /* "Belt and Road": an obscure word joined by "and" to a word of a
     * programme's name is part of that name. */
    static const char *const programme_words[] = {"Road", "Development", "Security", "Cooperation", "Peace",
                                                  "Prosperity", "Reconstruction", "Justice", "Reform", "Growth",
                                                  NULL};
    if (single && whole_token && !entries_prominent(c) && dmi_tok_eq(a, c->last, "and") &&
        tok_in_cs(a, c->last + 1, programme_words) && same_sentence(a, t, c->last + 1))
        return 0;
    /* Part of a longer capitalised name: "Karoline Leavitt", "Jackson
     * Smith", "Washington Post". */
    int prominent = entries_prominent(c);
    if (whole_token) {
        size_t nx = c->last;
        if (is_cap(a, nx) && same_sentence(a, t, nx) && !(a->tokens[nx].flags & DMI_TOK_SENT_START)) {
            if (tok_in_cs(a, nx, org_words))
                c->flags |= DMI_MENTION_EMBEDDED;
            else if (!prominent && !cue && !any_demonym)
                return 0;
        }
        if (prev_word(a, t) && is_cap(a, t - 1) && !(a->tokens[t - 1].flags & DMI_TOK_UPPER) &&
            !tok_in_cs(a, t - 1, place_modifiers) && !is_person_title(a, t - 1) &&
            !(a->tokens[t - 1].flags & DMI_TOK_SENT_START && word_in(dmi_tok_text(a, t - 1), dmi_tok_len(a, t - 1), sentence_words))) {
            /* "University of X" style handled by "of"; a capitalised word
             * right before: a name unless the place is prominent. */
            if (!prominent && !any_demonym)
                return 0;
        }
        /* "Leavitt said" for an obscure place is a person. */
        if (!prominent && is_word(a, nx) && tok_in_cs(a, nx, speech_verbs))
            return 0;
        /* "University of Mississippi", "Bank of England". */
        if (t >= 2 && dmi_tok_eq(a, t - 1, "of") && tok_in_cs(a, t - 2, org_words))
            c->flags |= DMI_MENTION_EMBEDDED;
    }
    /* Obscure single words at the start of a sentence need a cue; so do
     * those the article also writes as ordinary words ("Read More"). */
    if (single && !prominent && !cue && (sent_start || (whole_token && written_lower(x, s, n))))
        return 0;
    /* Plural people: "Americans", "North Koreans". */
    if (any_demonym && n > 1 && s[n - 1] == 's') {
        dmi_gaz_entry_t e[2];
        if (dmi_gazetteer_match(x->gaz, s, n - 1, e, 2) > 0)
            c->flags |= DMI_MENTION_PEOPLE;
    }
    /* A language, not a place: "in English", "speaks French". */
    if (any_demonym && single && prev_word(a, t) &&
        (dmi_tok_is(a, t - 1, "speak") || dmi_tok_is(a, t - 1, "speaks") ||
         dmi_tok_is(a, t - 1, "speaking") || dmi_tok_is(a, t - 1, "spoke")))
        return 0;
    if (any_demonym && single && c->last < a->token_count &&
        (dmi_tok_is(a, c->last, "language") || dmi_tok_is(a, c->last, "languages")))
        return 0;
    return 1;
}

/* A Hangul token that is a name followed by a postposition ("서울에서" is
 * Seoul + "in"): fills c with the name's span and readings. */
static int korean_particle_match(const dmi_extraction_t *x, size_t t, dmi_cand_t *c)
{
    static const char *const particles[] = {"에서는", "에서", "으로", "에게", "까지", "부터", "에는", "와의", "과의",
                                            "에", "은", "는", "이", "가", "을", "를", "의", "와", "과", "로",
                                            "도", "만", NULL};
    const dmi_article_t *a = x->art;
    const char *s = dmi_tok_text(a, t);
    size_t len = dmi_tok_len(a, t);
    if (len < 6 || (unsigned char)s[0] < 0xEA || (unsigned char)s[0] > 0xED)
        return 0;  /* Hangul syllables are U+AC00..U+D7A3: lead bytes EA..ED */
    for (int k = 0; particles[k]; k++) {
        size_t pl = strlen(particles[k]);
        if (len <= pl || memcmp(s + len - pl, particles[k], pl) != 0)
            continue;
        memset(c, 0, sizeof *c);
        c->ne = gaz_lookup(x, a->tokens[t].start, a->tokens[t].end - pl, c->e);
        if (c->ne == 0)
            continue;
        c->first = t;
        c->last = t + 1;
        c->start = a->tokens[t].start;
        c->end = a->tokens[t].end - pl;
        c->qualifier = -1;
        return 1;
    }
    return 0;
}

/* What a hostile article may make extraction hold: a name repeated past
 * DMI_EXTRACT_MAX_NAME_MENTIONS adds nothing a reader would miss, and past
 * DMI_EXTRACT_MAX_CANDIDATES mentions in all the rest of the article is not
 * read for places. No real article comes near either (the longest corpus
 * texts have a few hundred); each candidate holds ~2 KB of readings, so the
 * caps bound memory to ~200 MB whatever the input. */
#define DMI_EXTRACT_MAX_NAME_MENTIONS 1000
#define DMI_EXTRACT_MAX_CANDIDATES 100000

typedef struct {
    GHashTable *per_name;     /* first reading's gazetteer entry -> mentions kept */
    int truncated;
} cand_budget_t;

static int push_found(cand_vec_t *out, const dmi_cand_t *c, cand_budget_t *b)
{
    if (out->count >= DMI_EXTRACT_MAX_CANDIDATES) {
        b->truncated = 1;
        return 0;
    }
    gpointer key = GUINT_TO_POINTER(c->e[0].entry + 1u);
    guint kept = GPOINTER_TO_UINT(g_hash_table_lookup(b->per_name, key));
    if (kept >= DMI_EXTRACT_MAX_NAME_MENTIONS) {
        b->truncated = 1;
        return 0;
    }
    g_hash_table_insert(b->per_name, key, GUINT_TO_POINTER(kept + 1));
    return push_cand(out, c);
}

static int find_candidates_within(dmi_extraction_t *x, cand_vec_t *out, cand_budget_t *budget);

static int find_candidates(dmi_extraction_t *x, cand_vec_t *out)
{
    cand_budget_t budget = {g_hash_table_new(g_direct_hash, g_direct_equal), 0};
    int rc = find_candidates_within(x, out, &budget);
    g_hash_table_destroy(budget.per_name);
    if (rc == 0 && budget.truncated)
        dmi_log(x->ctx, DM_LOG_INFO, "%s: more than %d mentions of one name or %d in all; the first are kept",
                x->art->name ? x->art->name : "article", DMI_EXTRACT_MAX_NAME_MENTIONS, DMI_EXTRACT_MAX_CANDIDATES);
    return rc;
}

static int find_candidates_within(dmi_extraction_t *x, cand_vec_t *out, cand_budget_t *budget)
{
    dmi_article_t *a = x->art;
    size_t n = a->token_count;
    dmi_cand_t c;
    for (size_t t = 0; t < n;) {
        if (!is_word(a, t) || (a->tokens[t].flags & DMI_TOK_NUM)) {
            t++;
            continue;
        }
        /* Longest match over token sequences (within the sentence). */
        size_t best = NONE;
        memset(&c, 0, sizeof c);
        for (size_t j = t; j < n && j < t + MAX_SPAN_TOKENS; j++) {
            /* A comma or ampersand inside a name: "Washington, D.C.",
             * "Trinidad & Tobago". */
            if (j > t && (is_punct(a, j, ',') || is_punct(a, j, '&')) && is_cap(a, j + 1) &&
                same_sentence(a, t, j + 1))
                continue;
            if (!is_word(a, j) || !same_sentence(a, t, j))
                break;
            size_t start = a->tokens[t].start, end = a->tokens[j].end;
            if (!dmi_gazetteer_has_prefix(x->gaz, a->text + start, end - start))
                break;
            dmi_gaz_entry_t e[MAX_ENTRIES];
            size_t ne = gaz_lookup(x, start, end, e);
            if (ne > 0) {
                best = j;
                memcpy(c.e, e, ne * sizeof *e);
                c.ne = ne;
            }
        }
        /* "the United States" is also a key; the name a reader marks, and
         * the one a lower-case "the" must not hide, is "United States". */
        if (best != NONE && best > t && dmi_tok_is(a, t, "the")) {
            dmi_gaz_entry_t e[MAX_ENTRIES];
            size_t ne = gaz_lookup(x, a->tokens[t + 1].start, a->tokens[best].end, e);
            if (ne > 0) {
                memcpy(c.e, e, ne * sizeof *e);
                c.ne = ne;
                t++;
            }
        }
        if (best != NONE) {
            c.first = t;
            c.last = best + 1;
            c.start = a->tokens[t].start;
            c.end = a->tokens[best].end;
            c.chosen = 0;
            c.qualifier = -1;
            /* A longer match that fails its context may hide a shorter good
             * one; we keep it simple and move past the match either way. */
            if (accept_candidate(x, &c) && push_found(out, &c, budget) != 0)
                return -1;
            t = best + 1;
            continue;
        }
        /* Korean: a particle glued to the name ("서울에서", "평양의"). */
        if (best == NONE && korean_particle_match(x, t, &c)) {
            if (accept_candidate(x, &c) && push_found(out, &c, budget) != 0)
                return -1;
            t++;
            continue;
        }
        /* Hyphenated compounds: "Syrian-Turkish", "US-China", "pro-Russian". */
        const char *s = dmi_tok_text(a, t);
        size_t len = dmi_tok_len(a, t);
        /* "inter-Korean" is about the two Koreas, not one of them. */
        int inter = len > 6 && (g_ascii_strncasecmp(s, "inter-", 6) == 0 || g_ascii_strncasecmp(s, "intra-", 6) == 0);
        /* "the Asia-Pacific Economic Cooperation forum": inside an
         * organisation's name. */
        unsigned embedded = 0;
        for (size_t u = t + 1; u < t + 5 && is_cap(a, u) && same_sentence(a, t, u) &&
                               !(a->tokens[u].flags & DMI_TOK_SENT_START);
             u++)
            if (tok_in_cs(a, u, org_heads) || tok_in_cs(a, u, org_words) || tok_in_cs(a, u, pact_words))
                embedded = DMI_MENTION_EMBEDDED;
        if (!inter && memchr(s, '-', len)) {
            size_t p = 0;
            while (p < len) {
                size_t q = p;
                while (q < len && s[q] != '-')
                    q++;
                if (q > p && g_ascii_isupper(s[p])) {
                    memset(&c, 0, sizeof c);
                    c.ne = gaz_lookup(x, a->tokens[t].start + p, a->tokens[t].start + q, c.e);
                    if (c.ne > 0 && entries_prominent(&c)) {
                        c.first = t;
                        c.last = t + 1;
                        c.start = a->tokens[t].start + p;
                        c.end = a->tokens[t].start + q;
                        c.qualifier = -1;
                        c.flags |= embedded;
                        int ok = 1;
                        if (word_in(s + p, q - p, never_alone) && !word_in(s + p, q - p, never_alone_unless_cue))
                            ok = 0;
                        if (x->person_tok[t])
                            ok = 0;
                        if (ok && push_found(out, &c, budget) != 0)
                            return -1;
                    }
                }
                p = q + 1;
            }
        }
        t++;
    }
    return 0;
}

/* ---- cues for the resolver ------------------------------------------- */

/* ", Y" right after candidate i qualifies it ("Springfield, Illinois"). */
static void link_qualifiers(dmi_extraction_t *x, cand_vec_t *v)
{
    dmi_article_t *a = x->art;
    for (size_t i = 0; i + 1 < v->count; i++) {
        dmi_cand_t *c = &v->items[i], *q = &v->items[i + 1];
        if (c->end != a->tokens[c->last - 1].end || !is_punct(a, c->last, ',') || q->first != c->last + 1)
            continue;
        int region = 0;
        for (size_t k = 0; k < q->ne; k++)
            if (q->e[k].kind == DM_PLACE_COUNTRY || q->e[k].kind == DM_PLACE_REGION)
                region = 1;
        if (region)
            c->qualifier = (int)(i + 1);
    }
}

/* Words that name a first-level region: "the canton of Geneva", "New York
 * state", "Tokyo prefecture". */
static const char *const region_words[] = {
    "state", "province", "canton", "region", "prefecture", "oblast", "governorate", NULL};

/* The text calls candidate c a region: "<region word> of X" or "X <region
 * word>". */
static int region_cued(const dmi_article_t *a, const dmi_cand_t *c)
{
    size_t t = c->first;
    if (t >= 2 && prev_word(a, t) && dmi_tok_is(a, t - 1, "of") && prev_word(a, t - 1) &&
        dmi_tok_in(a, t - 2, region_words) >= 0)
        return 1;
    return c->end == a->tokens[c->last - 1].end && is_word(a, c->last) &&
           same_sentence(a, c->first, c->last) && dmi_tok_in(a, c->last, region_words) >= 0;
}

/* Candidates c and o stand side by side in a list: only ",", "and", "or"
 * or "&" between them ("California or Washington", "Alaska, Hawaii"). */
static int listed_together(const dmi_article_t *a, const dmi_cand_t *c, const dmi_cand_t *o)
{
    if (o->first < c->last || o->first - c->last > 2 || o->first == c->last)
        return 0;
    for (size_t t = c->last; t < o->first; t++)
        if (!is_punct(a, t, ',') && !is_punct(a, t, '&') && !dmi_tok_eq(a, t, "and") && !dmi_tok_eq(a, t, "or"))
            return 0;
    return 1;
}

/* What the words around each name say of it, for the resolver
 * (resolve-private.h): its qualifier and its cues. */
static void read_cues(dmi_extraction_t *x, cand_vec_t *v)
{
    const dmi_article_t *a = x->art;
    link_qualifiers(x, v);
    for (size_t i = 0; i < v->count; i++) {
        dmi_cand_t *c = &v->items[i];
        size_t t = c->first;
        c->cues = 0;
        if (region_cued(a, c))
            c->cues |= DMI_CUE_REGION;
        if (t >= 2 && prev_word(a, t) && dmi_tok_is(a, t - 1, "of") && prev_word(a, t - 1) &&
            (dmi_tok_is(a, t - 2, "city") || dmi_tok_is(a, t - 2, "town")))
            c->cues |= DMI_CUE_CITY;
        /* The "'s" is a token of its own, flagged possessive. */
        if (i > 0 && v->items[i - 1].last + 1 == c->first && (a->tokens[v->items[i - 1].last].flags & DMI_TOK_POSS))
            c->cues |= DMI_CUE_OWNER;
        if (i + 1 < v->count && listed_together(a, c, &v->items[i + 1]))
            c->cues |= DMI_CUE_LISTED_NEXT;
    }
}

static int resolve(dmi_extraction_t *x, cand_vec_t *v)
{
    read_cues(x, v);
    return dmi_places_resolve(x->gaz, v->items, v->count, x->countries, G_N_ELEMENTS(x->countries),
                              &x->country_count);
}

/* ---- descriptive references ------------------------------------------- */

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
static const dmi_cand_t *owner_before(const dmi_extraction_t *x, const cand_vec_t *v, size_t i)
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

static int merge_cands(cand_vec_t *v, const cand_vec_t *add)
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

static int descriptive_references(dmi_extraction_t *x, cand_vec_t *v)
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
    cand_vec_t borders = {0};
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
        if (cue_before(a, t) || (t >= 2 && dmi_tok_is(a, t - 2, "along")))
            c.flags |= DMI_MENTION_CUE;
        if (push_cand(&borders, &c) != 0) {
            free(borders.items);
            return -1;
        }
        t++;
    }
    int rc = merge_cands(v, &borders);
    free(borders.items);
    return rc;
}

/* ---- places and mentions ----------------------------------------------- */

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
    if (surface && e->is_alternate && !e->is_abbrev && !e->is_demonym &&
        (e->kind == DM_PLACE_CITY || e->kind == DM_PLACE_REGION || (e->kind == DM_PLACE_SITE && other_script)) &&
        g_utf8_validate(surface, (gssize)len, NULL)) {
        char *name = malloc(len + 1);
        if (name) {
            memcpy(name, surface, len);
            name[len] = '\0';
            /* A dateline's "GENEVA": title case. */
            if (text_is_upper(surface, len))
                for (size_t i = 1; i < len; i++)
                    if (g_ascii_isalpha(name[i - 1]))
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
static int descriptive_capitals(dmi_extraction_t *x, cand_vec_t *v)
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

static int build_places(dmi_extraction_t *x, cand_vec_t *v)
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
                descriptive_capitals(x, &(cand_vec_t){.items = c, .count = 1, .cap = 1});
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
                ((a->tokens[c->last].flags & DMI_TOK_POSS) || tok_in_cs(a, c->last, speech_verbs)))
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

/* ---- coincident places -------------------------------------------------- */

/* A site within this distance of a city the article also names is drawn as
 * that city: "the White House", "the State Department" and "Washington" are
 * one marker on any map that shows them together (km). */
#define MERGE_KM 5.0
/* ...unless something happened at the site and the city's point would put
 * it this far off (km): a meeting at the Peace House is not "in Seoul". */
#define VENUE_KEEP_KM 2.0

static int event_has_place(const dmi_xevent_t *events, size_t count, size_t place)
{
    for (size_t i = 0; i < count; i++)
        for (size_t k = 0; k < events[i].place_count; k++)
            if (events[i].places[k] == place)
                return 1;
    return 0;
}

/* Merge metonym sites (seats of government, ministries, palaces: every
 * curated site) into a nearby city of the story: mentions move to the city,
 * events that named the site name the city. Runs after events are found, so
 * "the White House said" still gives a White House statement, drawn at
 * Washington. */
static void merge_coincident(dmi_extraction_t *x, dmi_xevent_t *events, size_t count)
{
    for (size_t s = 0; s < x->place_count; s++) {
        dmi_xplace_t *site = &x->places[s];
        if (site->kind != DM_PLACE_SITE || site->mention_count == 0)
            continue;
        size_t city = NONE;
        double best = MERGE_KM;
        for (size_t c = 0; c < x->place_count; c++) {
            const dmi_xplace_t *p = &x->places[c];
            if (c == s || p->kind != DM_PLACE_CITY || p->literal_count == 0)
                continue;
            double d = dmi_great_circle_km(site->lat, site->lon, p->lat, p->lon);
            if (d <= best) {
                best = d;
                city = c;
            }
        }
        if (city == NONE || (best > VENUE_KEEP_KM && event_has_place(events, count, s)))
            continue;
        dmi_xplace_t *c = &x->places[city];
        for (size_t k = 0; k < x->mention_count; k++)
            if (x->mentions[k].place == s)
                x->mentions[k].place = city;
        c->mention_count += site->mention_count;
        c->literal_count += site->literal_count;
        if (site->confidence > c->confidence)
            c->confidence = site->confidence;
        site->mention_count = site->literal_count = 0;
        for (size_t i = 0; i < count; i++) {
            dmi_xevent_t *ev = &events[i];
            size_t n = 0;
            for (size_t k = 0; k < ev->place_count; k++) {
                size_t p = ev->places[k] == s ? city : ev->places[k];
                int dup = 0;
                for (size_t j = 0; j < n; j++)
                    dup |= ev->places[j] == p;
                if (!dup)
                    ev->places[n++] = p;
            }
            ev->place_count = n;
        }
    }
}

/* ---- story -------------------------------------------------------------- */

/* {"LANG": "NAME"} as JSON text; malloc'ed. */
static char *names_json(const char *lang, const char *name)
{
    GString *g = g_string_new("{\"");
    g_string_append(g, lang);
    g_string_append(g, "\": \"");
    for (const char *p = name; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == '"' || ch == '\\')
            g_string_append_printf(g, "\\%c", ch);
        else if (ch < 0x20)
            g_string_append_printf(g, "\\u%04x", ch);
        else
            g_string_append_c(g, (char)ch);
    }
    g_string_append(g, "\"}");
    char *out = dmi_strdup(g->str);
    g_string_free(g, TRUE);
    return out;
}

static void extraction_clear(dmi_extraction_t *x)
{
    for (size_t i = 0; i < x->place_count; i++) {
        free(x->places[i].name);
        free(x->places[i].geometry);
    }
    free(x->places);
    free(x->mentions);
    free(x->people);
    free(x->person_tok);
    if (x->lower_words)
        g_hash_table_destroy(x->lower_words);
}

/* The words the article writes in lower case: a capitalised "More" or
 * "Research" elsewhere is the same ordinary word. */
static void collect_lower_words(dmi_extraction_t *x)
{
    const dmi_article_t *a = x->art;
    x->lower_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t t = 0; t < a->token_count; t++) {
        const char *s = dmi_tok_text(a, t);
        if (is_word(a, t) && g_ascii_islower(s[0]))
            g_hash_table_add(x->lower_words, g_ascii_strdown(s, (gssize)dmi_tok_len(a, t)));
    }
}

static int written_lower(const dmi_extraction_t *x, const char *s, size_t n)
{
    char *key = g_ascii_strdown(s, (gssize)n);
    int found = g_hash_table_contains(x->lower_words, key);
    g_free(key);
    return found;
}

/* ---- titles ------------------------------------------------------------- */

static int upper_word(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t k = 0; k < n; k++) {
        if (g_ascii_islower(s[k]))
            return 0;
        letters += g_ascii_isupper(s[k]) != 0;
    }
    return letters >= 2;
}

/* A wire service's tag before a headline, as long as it is: "(LEAD)",
 * "(2nd LD)" (a short parenthesis opening the line), "UPDATE 2-",
 * "WRAPUP 1-" (a tag in capitals, a number, a hyphen), "EXCLUSIVE-",
 * "RPT-" (capitals and a hyphen before a headline in lower case, the tag
 * not a word the article uses), "Roundup: ", "2nd lead: " (one word, or an
 * ordinal and a word, and a colon, the word no place or name of the
 * article). Applied again while one matches ("RPT-UPDATE 1-"). */
static size_t wire_prefix(const dmi_extraction_t *x, const char *s, size_t n, size_t body_from)
{
    const dmi_article_t *a = x->art;
    size_t at = 0;
    for (int round = 0; round < 4; round++) {
        const char *p = s + at;
        size_t m = n - at, k = 0;
        size_t tag = 0;
        if (m > 2 && p[0] == '(') {
            const char *close = memchr(p, ')', m < 32 ? m : 32);
            size_t words = 1;
            int caps = 0;
            for (const char *c = p + 1; close && c < close; c++) {
                words += *c == ' ';
                caps |= g_ascii_isupper(*c) != 0;
                if (!g_ascii_isalnum(*c) && *c != ' ' && *c != '-' && *c != '.')
                    close = NULL;
            }
            if (close && caps && words <= 4 && close > p + 1)
                tag = (size_t)(close - p) + 1;
        }
        if (!tag) {
            /* Capital letters (and spaces between capitalised words). */
            while (k < m && (g_ascii_isupper(p[k]) || (p[k] == ' ' && k + 1 < m && g_ascii_isupper(p[k + 1]))))
                k++;
            size_t letters_end = k;
            if (letters_end >= 2 && k < m && p[k] == ' ' && k + 1 < m && g_ascii_isdigit(p[k + 1]))
                k++;
            size_t digits = k;
            while (k < m && g_ascii_isdigit(p[k]))
                k++;
            int numbered = k > digits && letters_end >= 2;
            if (k < m && p[k] == '-' && letters_end >= 2 && (numbered || k == letters_end)) {
                int rest_lower = 0;
                for (size_t r = k + 1; r < m && !rest_lower; r++)
                    rest_lower = g_ascii_islower(p[r]) != 0;
                /* "EXCLUSIVE-": not a word of the article ("UAE-Iran talks"),
                 * and not in a headline all in capitals ("NORTH-SOUTH TALKS"). */
                int used = 0;
                for (size_t t = 0; !numbered && t < a->token_count && !used; t++)
                    used = a->tokens[t].start >= body_from && dmi_tok_len(a, t) == letters_end &&
                           memcmp(dmi_tok_text(a, t), p, letters_end) == 0;
                dmi_gaz_entry_t e[4];
                size_t ne = numbered ? 0 : dmi_gazetteer_match(x->gaz, p, letters_end, e, 4);
                if (numbered || (rest_lower && !used && ne == 0))
                    tag = k + 1;
            }
        }
        if (!tag) {
            /* "Roundup: ", "2nd lead: " */
            k = 0;
            if (k < m && g_ascii_isdigit(p[k])) {
                while (k < m && g_ascii_isalnum(p[k]))
                    k++;
                if (k < m && p[k] == ' ')
                    k++;
                else
                    k = 0;
            }
            size_t w0 = k;
            while (k < m && g_ascii_isalpha(p[k]))
                k++;
            if (k > w0 && k + 1 < m && p[k] == ':' && p[k + 1] == ' ') {
                dmi_gaz_entry_t e[MAX_ENTRIES];
                size_t ne = dmi_gazetteer_match(x->gaz, p + w0, k - w0, e, MAX_ENTRIES);
                int named = 0;
                for (size_t j = 0; j < ne && !named; j++)
                    named = entry_prominent(&e[j]) && e[j].name && g_ascii_strncasecmp(e[j].name, p + w0, k - w0) == 0 &&
                            e[j].name[k - w0] == '\0';
                /* A name the article uses ("Trump: ...") is no tag. */
                for (size_t t = 0; t < a->token_count && !named; t++)
                    named = a->tokens[t].start >= body_from && x->person_tok[t] && dmi_tok_len(a, t) == k - w0 &&
                            g_ascii_strncasecmp(dmi_tok_text(a, t), p + w0, k - w0) == 0;
                if (!named)
                    tag = k + 1;
            }
        }
        if (!tag)
            break;
        at += tag;
        while (at < n && s[at] == ' ')
            at++;
    }
    return at;
}

typedef struct {
    unsigned lower, cap, upper;
    size_t cap_token;   /* a capitalised occurrence, for its spelling */
} word_use_t;

/* How the article writes each word away from the starts of sentences and
 * lines: "talks" in lower case, "Shultz" capitalised, "NATO" in capitals. */
static GHashTable *word_uses(const dmi_extraction_t *x, size_t from)
{
    const dmi_article_t *a = x->art;
    GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    for (size_t t = 0; t < a->token_count; t++) {
        if (a->tokens[t].start < from || !is_word(a, t) ||
            (a->tokens[t].flags & (DMI_TOK_SENT_START | DMI_TOK_LINE_START | DMI_TOK_NUM)))
            continue;
        /* A dateline in capitals ("TOKYO (AP) -") says nothing of case. */
        if (t + 1 < a->token_count && (a->tokens[t].flags & DMI_TOK_UPPER) && is_punct(a, t + 1, ',') &&
            t > 0 && (a->tokens[t - 1].flags & DMI_TOK_LINE_START))
            continue;
        char *key = g_ascii_strdown(dmi_tok_text(a, t), (gssize)dmi_tok_len(a, t));
        word_use_t *u = g_hash_table_lookup(h, key);
        if (!u) {
            u = g_new0(word_use_t, 1);
            g_hash_table_insert(h, key, u);
        } else {
            g_free(key);
        }
        unsigned f = a->tokens[t].flags;
        if (f & DMI_TOK_UPPER)
            u->upper++;
        else if (f & DMI_TOK_CAP) {
            if (!u->cap)
                u->cap_token = t;
            u->cap++;
        } else
            u->lower++;
    }
    return h;
}

/* A headline written in capitals ("SOUTH KOREA PREMIER OFFERS TALKS WITH
 * NORTH KOREA") in sentence case, its names capitalised: the words of the
 * places and persons the article names in it, and every word as the body
 * writes it ("talks", "Shultz", "NATO", "U.S."); a word the body does not
 * use is a name when the gazetteer has a place of note by it, an acronym
 * when dotted or without a vowel ("NZ"), else lower case. out holds the
 * headline's bytes [h, end) of the article and keeps its length. */
static void sentence_case(const dmi_extraction_t *x, size_t h, size_t end, char *out)
{
    const dmi_article_t *a = x->art;
    size_t line_end = end;
    while (line_end < a->len && a->text[line_end] != '\n')
        line_end++;
    GHashTable *uses = word_uses(x, line_end);
    enum { SKIP, KEEP, LOWER, TITLE, BODY, NAMED = 8 };
    /* The headline's tokens (at most 20 words) and how each is written. */
    size_t toks[64], nt = 0;
    unsigned char kinds[64];
    const word_use_t *uses_of[64];
    for (size_t t = 0; t < a->token_count && a->tokens[t].start < end && nt < G_N_ELEMENTS(toks); t++) {
        if (a->tokens[t].start < h)
            continue;
        toks[nt] = t;
        kinds[nt] = SKIP;
        uses_of[nt] = NULL;
        nt++;
        if (!is_word(a, t) || (a->tokens[t].flags & DMI_TOK_NUM))
            continue;
        const char *w = dmi_tok_text(a, t);
        size_t n = dmi_tok_len(a, t);
        int kind;
        int named = x->person_tok[t];
        for (size_t k = dmi_mention_lower(x, t > 8 ? t - 8 : 0); k < x->mention_count && x->mentions[k].first <= t && !named;
             k++) {
            if (t >= x->mentions[k].last)
                continue;
            /* A place the body names again; one read only in the headline's
             * capitals ("THIS WEEK") is no name the article confirms. */
            for (size_t j = k + 1; j < x->mention_count && !named; j++)
                named = x->mentions[j].place == x->mentions[k].place && x->mentions[j].start >= line_end;
        }
        char *key = g_ascii_strdown(w, (gssize)n);
        const word_use_t *u = g_hash_table_lookup(uses, key);
        g_free(key);
        if ((u && u->upper > u->cap && u->upper >= u->lower) || (named && (n <= 3 || memchr(w, '.', n))))
            kind = KEEP;  /* "NATO"; a place's code or initials ("UK", "U.S.") */
        else if (u && u->cap > u->lower)
            kind = BODY;
        else if (named)
            kind = u && u->cap ? BODY : TITLE;
        else if (u && u->lower)
            kind = LOWER;
        else if (memchr(w, '.', n) && n <= 6)
            kind = KEEP;  /* "U.S.", "U.K." */
        else {
            int vowel = 0;
            for (size_t k = 0; k < n; k++)
                vowel |= strchr("AEIOUY", g_ascii_toupper(w[k])) != NULL;
            dmi_gaz_entry_t e[MAX_ENTRIES];
            size_t ne = dmi_gazetteer_match(x->gaz, w, n, e, MAX_ENTRIES);
            int place = 0;
            for (size_t k = 0; k < ne && !place; k++)
                place = (e[k].kind == DM_PLACE_COUNTRY || e[k].kind == DM_PLACE_REGION || e[k].is_capital) &&
                        e[k].name && g_ascii_strncasecmp(e[k].name, w, n) == 0 && e[k].name[n] == '\0';
            kind = !vowel && n <= 3 ? KEEP : place ? TITLE : LOWER;
        }
        kinds[nt - 1] = (unsigned char)(kind | (named ? NAMED : 0));
        uses_of[nt - 1] = u;
    }
    /* "PREMIER OFFERS", "CROWN PRINCE MEETS": a title (and the words of it
     * before) is capitalised only before a name. */
    for (size_t i = 0; i + 1 < nt; i++) {
        size_t j = i + 1;
        while (j < nt && kinds[j] == SKIP)
            j++;
        if (j >= nt || kinds[j] != LOWER || (kinds[i] & NAMED) || (kinds[i] != BODY && kinds[i] != TITLE))
            continue;
        int title = 0;
        for (int k = 0; person_titles[k] && !title; k++)
            title = strlen(person_titles[k]) == dmi_tok_len(a, toks[i]) &&
                    g_ascii_strncasecmp(person_titles[k], dmi_tok_text(a, toks[i]), dmi_tok_len(a, toks[i])) == 0;
        for (size_t q = i + 1; title && q-- > 0 && (kinds[q] == BODY || kinds[q] == TITLE);)
            kinds[q] = LOWER;
    }
    size_t first_word = SIZE_MAX;
    for (size_t i = 0; i < nt; i++) {
        int kind = kinds[i] & ~NAMED;
        if (kind == SKIP)
            continue;
        size_t t = toks[i], n = dmi_tok_len(a, t);
        const char *w = dmi_tok_text(a, t);
        char *o = out + (a->tokens[t].start - h);
        const word_use_t *u = uses_of[i];
        if (kind == BODY && u && u->cap && dmi_tok_len(a, u->cap_token) == n)
            memcpy(o, dmi_tok_text(a, u->cap_token), n);
        else if (kind != KEEP) {
            for (size_t k = 0; k < n; k++)
                o[k] = k == 0 && kind != LOWER ? g_ascii_toupper(w[k]) : g_ascii_tolower(w[k]);
            /* The parts of "KENYA-UGANDA" as the body writes each. */
            for (size_t k = 0; k < n; k++) {
                if (w[k] != '-')
                    continue;
                size_t e = k + 1;
                while (e < n && w[e] != '-')
                    e++;
                char *pk = g_ascii_strdown(w + k + 1, (gssize)(e - k - 1));
                const word_use_t *pu = g_hash_table_lookup(uses, pk);
                g_free(pk);
                if (pu && pu->cap > pu->lower && e > k + 1)
                    o[k + 1] = g_ascii_toupper(o[k + 1]);
            }
        }
        if (first_word == SIZE_MAX)
            first_word = (size_t)(o - out);
    }
    /* Possessives: "CANADA'S" -> "Canada's". */
    for (size_t k = 1; k + 1 < end - h + 1 && out[k]; k++)
        if (out[k] == 'S' && (out[k - 1] == '\'' || (k >= 3 && (unsigned char)out[k - 1] == 0x99)) &&
            !g_ascii_isalpha(out[k + 1]))
            out[k] = 's';
    if (first_word != SIZE_MAX)
        out[first_word] = g_ascii_toupper(out[first_word]);
    g_hash_table_destroy(uses);
}

/* The article's own headline, when its first line is one: a short line of
 * words (no closing full stop, no dateline, no byline) followed by the
 * body, naming a place, a person or an event of the story, a wire
 * service's tag taken off ("(LEAD)", "UPDATE 2-") and capitals made
 * sentence case. An editor's headline is the best map title ("India and
 * Pakistan agree to reopen Kartarpur corridor after talks in Lahore"); the
 * events' title is the fallback. *sentence is the headline's sentence. */
static int article_headline(const dmi_extraction_t *x, char *out, size_t size, size_t *sentence, size_t *from)
{
    const dmi_article_t *a = x->art;
    *sentence = NONE;
    *from = 0;
    size_t line = a->headline_from;
    while (line < a->len && g_ascii_isspace(a->text[line]))
        line++;
    size_t end = line;
    while (end < a->len && a->text[end] != '\n')
        end++;
    while (end > line && g_ascii_isspace(a->text[end - 1]))
        end--;
    if (end >= a->len || end - line < 12)
        return 0;
    size_t i = line + wire_prefix(x, a->text + line, end - line, end);
    if (end - i < 12 || end - i >= size)
        return 0;
    size_t words = 0;
    for (size_t k = i; k < end; k++)
        if (!g_ascii_isspace(a->text[k]) && (k == i || g_ascii_isspace(a->text[k - 1])))
            words++;
    char last = a->text[end - 1];
    /* A capital first, or a caseless script (a Korean headline); not a
     * dateline alone on its line ("SEOUL, June 12"). */
    int opens = g_ascii_isupper(a->text[i]) || g_ascii_isdigit(a->text[i]) || (unsigned char)a->text[i] >= 0xE0;
    if (g_ascii_isdigit(last) || g_ascii_isdigit(a->text[end - 2 > i ? end - 2 : i]))
        return 0;
    for (size_t k = i; k < end && a->text[k] != ' '; k++)
        if (a->text[k] == ',' && k > i + 1 && g_ascii_isupper(a->text[k - 1]) && g_ascii_isupper(a->text[k - 2]))
            return 0;
    if (words < 2 || words > 20 || last == '.' || last == ',' || last == ':' || last == '-' || !opens || g_strstr_len(a->text + i, (gssize)(end - i), " -- ") ||
        g_strstr_len(a->text + i, (gssize)(end - i), "(Reuters)") ||
        g_strstr_len(a->text + i, (gssize)(end - i), "(AP)") || g_ascii_strncasecmp(a->text + i, "by ", 3) == 0)
        return 0;
    int names = 0;
    for (size_t m = 0; m < x->mention_count && !names; m++)
        if (x->mentions[m].start >= i && x->mentions[m].end <= end &&
            x->places[x->mentions[m].place].mention_count > 0)
            names = 1;
    size_t first_tok = NONE;
    for (size_t t = 0; t < a->token_count && a->tokens[t].start < end; t++) {
        if (a->tokens[t].start < i)
            continue;
        if (first_tok == NONE)
            first_tok = t;
        names |= x->person_tok[t] || dmi_event_word_type(a, t) >= 0;
    }
    if (!names || first_tok == NONE)
        return 0;
    memcpy(out, a->text + i, end - i);
    out[end - i] = '\0';
    if (upper_word(out, end - i))
        sentence_case(x, i, end, out);
    size_t si = a->tokens[first_tok].sentence;
    if (a->sentences[si].start >= line && a->sentences[si].start < end)
        *sentence = si;
    *from = i;
    return 1;
}

static dm_status_t story_from(dmi_extraction_t *x, const dm_extract_options_t *opts,
                              dm_story_t **out)
{
    dm_context_t *ctx = x->ctx;
    dm_status_t st = DM_OK;
    dm_story_t *story = NULL;
    dmi_xevent_t *events = NULL;
    size_t event_count = 0;
    dm_span_t *spans = NULL;
    size_t span_cap = 0;
    story = dm_story_create(ctx);
    if (!story || (x->art->name && dmi_story_set_file(story, x->art->name) != DM_OK)) {
        dm_story_destroy(story);
        return dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
    }
    if (dmi_events_find(x, &events, &event_count) != DM_OK) {
        st = dm_context_last_status(ctx);
        goto out;
    }
    merge_coincident(x, events, event_count);
    /* Events name only emitted places. */
    for (size_t i = 0; i < event_count; i++) {
        dmi_xevent_t *ev = &events[i];
        size_t n = 0;
        for (size_t k = 0; k < ev->place_count; k++)
            if (x->places[ev->places[k]].mention_count > 0)
                ev->places[n++] = ev->places[k];
        ev->place_count = n;
    }
    dmi_events_relabel(x, events, event_count);
    /* The headline names the principal event (and is the title). */
    char headline[200];
    size_t headline_sentence = NONE, headline_from = 0;
    int has_headline = article_headline(x, headline, sizeof headline, &headline_sentence, &headline_from);
    dmi_events_principal(x, events, event_count, has_headline ? headline_sentence : NONE);
    /* Places with at least one emitted mention, in order of first mention. */
    for (size_t i = 0; i < x->place_count; i++) {
        dmi_xplace_t *p = &x->places[i];
        if (p->mention_count == 0)
            continue;
        size_t n = 0;
        for (size_t k = 0; k < x->mention_count; k++) {
            const dmi_mention_t *m = &x->mentions[k];
            if (m->place != i || (m->flags & DMI_MENTION_PEOPLE))
                continue;
            if (dmi_grow((void **)&spans, &span_cap, n + 1, sizeof *spans) != 0) {
                st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
                goto out;
            }
            spans[n].start = m->cp_start;
            spans[n].end = m->cp_end;
            n++;
        }
        dm_place_t pl = {0};
        pl.id = p->id;
        pl.name = p->name;
        pl.lat = p->lat;
        pl.lon = p->lon;
        pl.has_coords = 1;
        pl.kind = p->kind;
        pl.country = p->country[0] ? p->country : NULL;
        pl.confidence = p->confidence;
        pl.mentions = spans;
        pl.mention_count = n;
        pl.geometry = p->geometry;
        /* A line place carries its geometry (docs/formats.md): the shipped one
         * of that name (the Korean demarcation line) when there is one. */
        char *shipped = NULL;
        if (p->kind == DM_PLACE_LINE && !p->geometry && (shipped = dmi_basemap_line_geojson(ctx, p->name)))
            pl.geometry = shipped;
        /* "names": {"ko": "판문점"}: the place's name in other scripts, for
         * bilingual labels (docs/formats.md: an added field). */
        char *names = NULL;
        if (p->name_ko) {
            names = names_json("ko", p->name_ko);
            if (!names) {
                free(shipped);
                st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
                goto out;
            }
        }
        pl.names = names;
        st = dm_story_add_place(story, &pl);
        free(names);
        free(shipped);
        if (st != DM_OK)
            goto out;
    }
    for (size_t i = 0; i < event_count; i++) {
        dmi_xevent_t *ev = &events[i];
        char id[16], date[11];
        const char *pids[4], *parts[6];
        dm_span_t es[8];
        g_snprintf(id, sizeof id, "e%zu", i + 1);
        dmi_date_format(&ev->date, date);
        /* News reports what is recent: an event the text does not date
         * happened (or is planned) around the report, so it takes the
         * report's month, no finer. */
        if (!date[0] && x->date.year && x->date.month) {
            dmi_date_t month = {x->date.year, x->date.month, 0};
            dmi_date_format(&month, date);
        }
        for (size_t k = 0; k < ev->place_count; k++)
            pids[k] = x->places[ev->places[k]].id;
        for (size_t k = 0; k < ev->participant_count; k++)
            parts[k] = ev->participants[k];
        for (size_t k = 0; k < ev->sentence_count; k++) {
            es[k].start = x->art->sentences[ev->sentences[k]].cp_start;
            es[k].end = x->art->sentences[ev->sentences[k]].cp_end;
        }
        dm_event_t e = {0};
        e.id = id;
        e.type = ev->type;
        e.date = date[0] ? date : NULL;
        e.places = pids;
        e.place_count = ev->place_count;
        e.status = ev->status;
        e.participants = parts;
        e.participant_count = ev->participant_count;
        e.label = ev->label;
        e.mentions = es;
        e.mention_count = ev->sentence_count;
        if ((st = dm_story_add_event(story, &e)) != DM_OK)
            goto out;
        /* Who took part (full names), the sentence told, the CAMEO code. */
        char names[G_N_ELEMENTS(ev->persons)][128];
        const char *persons[G_N_ELEMENTS(ev->persons)];
        size_t np = 0;
        for (size_t k = 0; k < ev->person_count; k++) {
            if (!dmi_person_name(x, ev->persons[k], names[np], sizeof names[np]))
                continue;
            int seen = 0;
            for (size_t j = 0; j < np && !seen; j++)
                seen = strcmp(persons[j], names[np]) == 0;
            if (!seen) {
                persons[np] = names[np];
                np++;
            }
        }
        char evidence[DM_STORY_MAX_TEXT];
        dmi_event_evidence(x, ev, headline_from, evidence, sizeof evidence);
        if ((st = dmi_story_set_event_extra(story, dm_story_event_count(story) - 1, ev->principal, persons, np)) !=
                DM_OK ||
            (st = dmi_story_set_event_text(story, dm_story_event_count(story) - 1, evidence[0] ? evidence : NULL,
                                           dmi_event_cameo(x, ev))) != DM_OK)
            goto out;
    }
    char date[11];
    dmi_date_format(&x->date, date);
    if (date[0] && (st = dm_story_set_date(story, date)) != DM_OK)
        goto out;
    if (opts && opts->title) {
        st = dm_story_set_title(story, opts->title);
    } else {
        char title[200];
        /* One title limit wherever a title comes from: the headline and the
         * main event's title are held in fewer bytes than the limit has
         * characters, so extraction never refuses a title it made. */
        _Static_assert(sizeof title <= DM_TITLE_MAX_CHARS + 1, "a derived title fits DM_TITLE_MAX_CHARS");
        _Static_assert(sizeof headline <= sizeof title, "the headline fits the title");
        if (has_headline)
            g_strlcpy(title, headline, sizeof title);
        else
            dmi_events_title(x, events, event_count, title, sizeof title);
        if (title[0])
            st = dm_story_set_title(story, title);
    }
    if (st != DM_OK)
        goto out;
    if (opts && opts->source && (st = dm_story_set_source(story, opts->source)) != DM_OK)
        goto out;
    *out = story;
    story = NULL;
out:
    free(spans);
    free(events);
    dm_story_destroy(story);
    return st;
}

void dm_extract_options_init(dm_extract_options_t *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->struct_size = sizeof *opts;
}

static dm_status_t extract_article(dm_context_t *ctx, dm_gazetteer_t *gaz, dmi_article_t *art,
                                   const dm_extract_options_t *opts, dm_story_t **out)
{
    dm_status_t st = DM_OK;
    dmi_extraction_t x = {0};
    cand_vec_t cands = {0};
    dm_extract_options_t known;
    dm_extract_options_init(&known);
    opts = dmi_options_adopt(opts, &known, sizeof known);
    x.ctx = ctx;
    x.art = art;
    if (!gaz && (st = dmi_context_gazetteer(ctx, &gaz)) != DM_OK)
        return st;
    x.gaz = gaz;
    if (opts && opts->date) {
        if (dmi_date_parse(opts->date, &x.date) != 0 || !x.date.day)
            return dmi_error(ctx, DM_ERR_USAGE, "date '%s' is not a valid YYYY-MM-DD date", opts->date);
    } else if (dmi_article_date(art, &x.date) != 0) {
        memset(&x.date, 0, sizeof x.date);
        dmi_log(ctx, DM_LOG_INFO, "%s: no article date found; relative dates stay unresolved", art->name);
    }
    x.person_tok = dmi_calloc(art->token_count + 1, 1);
    if (!x.person_tok) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    collect_lower_words(&x);
    if (find_people(&x) != 0 || find_candidates(&x, &cands) != 0 || resolve(&x, &cands) != 0 ||
        descriptive_references(&x, &cands) != 0 || build_places(&x, &cands) != 0) {
        st = dmi_error(ctx, DM_ERR_NOMEM, "out of memory");
        goto out;
    }
    st = story_from(&x, opts, out);
out:
    free(cands.items);
    extraction_clear(&x);
    return st;
}

dm_status_t dm_story_extract(dm_context_t *ctx, dm_gazetteer_t *gaz, const char *text, size_t len,
                             const char *name, const dm_extract_options_t *opts, dm_story_t **out)
{
    *out = NULL;
    if (!text)
        return dmi_error(ctx, DM_ERR_USAGE, "no article text");
    dmi_article_t art;
    dm_status_t st = dmi_article_init(ctx, &art, text, len, name);
    if (st != DM_OK)
        return st;
    st = extract_article(ctx, gaz, &art, opts, out);
    dmi_article_clear(&art);
    return st;
}

dm_status_t dm_story_extract_file(dm_context_t *ctx, dm_gazetteer_t *gaz, const char *path,
                                  const dm_extract_options_t *opts, dm_story_t **out)
{
    *out = NULL;
    dmi_article_t art;
    dm_status_t st = dmi_article_read(ctx, &art, path);
    if (st != DM_OK)
        return st;
    st = extract_article(ctx, gaz, &art, opts, out);
    dmi_article_clear(&art);
    return st;
}
