/* Extraction, the shared lexicon: the word lists several phases read
 * (titles of persons, given names, words that end an organisation's or a
 * treaty's name, common words that are also towns, locative cues) and the
 * lookups over them.
 *
 * Takes: an article's tokens. Gives: yes/no answers ("is this token a
 * title?", "does a locative cue stand before it?") and the set of words the
 * article writes in lower case. Never: decides what a token is on its own,
 * changes the extraction beyond x->lower_words. Where each list comes from is
 * said above it; moving them into reviewable data files (rules/) is the next
 * step of issue 14. */
#include "extract-private.h"

#include <glib.h>
#include <string.h>

/* Words before a person's name. Case-sensitive: "President Lee" is a title,
 * "the president" is not followed by a name. */
const char *const dmi_person_titles[] = {
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
     * (dmi_find_people). */
    "Brig.", "Brig", "Marquis", "Duke", "Duchess", "Baron", "Baroness", "Shah", "Emperor",
    "Empress", "brother", "sister", "son", "daughter", "wife", "husband", "widow", "aide",
    "journalist", "anchor", NULL};

/* Name particles join the parts of a name: "Luiz Inácio Lula da Silva",
 * "Ursula von der Leyen", "Plaza de Mayo". */
const char *const dmi_name_particles[] = {"da", "de", "del", "do", "dos", "das", "di", "du", "van",
                                             "von", "der", "den", "bin", "al", "el", "la", "le", "ibn",
                                             NULL};

/* Role nouns of an appositive after a name ("X Y, a senior aide,"). */
const char *const dmi_role_nouns[] = {
    "aide", "official", "diplomat", "journalist", "negotiator", "mediator", "officer", "commander",
    "spokesman", "spokeswoman", "spokesperson", "minister", "envoy", "adviser", "advisor",
    "ambassador", "secretary", "president", "leader", "chief", "head", "director", "deputy",
    "member", "general", "lawmaker", "senator", "governor", "mayor", "administrator", "chairman",
    NULL};

/* Given names common in international news. A capitalised word after one of
 * these is a surname, not a town. */
const char *const dmi_first_names[] = {
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
 * order), searched by dmi_first_name_listed(). */
static const char *const common_first_names[] = {
#include "first_names.inc"
};

/* Words that end an organisation's name: a place before them is embedded
 * in the name ("Washington Post"), not the place the sentence is about. */
const char *const dmi_org_words[] = {
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
const char *const dmi_org_heads[] = {
    "Union", "Cross", "Crescent", "Nations", "Organization", "Organisation", "Alliance", "Forum",
    "Fund", "Council", "Community", "Commission", "Agency", "Committee", "Court", "Party", "Front",
    "Movement", "Bank", "League", "Secretariat", "Bloc", "Conference", "Coalition", NULL};

/* Words that end the name of a treaty, a programme or a forum named after a
 * place ("Warsaw Pact", "Kyoto Protocol", "Bogor Goals", "the 1949 Geneva
 * Conventions", "China-Chile FTA"): the place there is inside the name. */
const char *const dmi_pact_words[] = {
    "Convention", "Conventions", "Protocol", "Pact", "Treaty", "Accord", "Accords", "Agreement",
    "Agreements", "Declaration", "Goals", "Charter", "Initiative", "Consensus", "Process", "Format",
    "Dialogue", "Communique", "Communiqué", "Memorandum", "Doctrine", "Principles", "Roadmap",
    "Framework", "Statute", "Compact", "FTA", NULL};

/* The same in lower case after a place, with the words that may stand
 * between ("the Paris climate accord", "the Minsk agreements"). */
const char *const dmi_pact_nouns[] = {
    "accord", "accords", "agreement", "agreements", "deal", "pact", "treaty", "protocol", "convention",
    "declaration", "goals", "communique", "format", "process", "consensus", "charter", "doctrine", NULL};

const char *const dmi_pact_modifiers[] = {
    "climate", "peace", "nuclear", "trade", "free", "ceasefire", "cease-fire", "arms", "security",
    "global", "economic", "partnership", "cooperation", "framework", "interim", "final", "historic",
    "landmark", "accession", "association", "border", NULL};

/* Treaties' and groupings' acronyms that are also towns somewhere ("START",
 * "SALT", "SORT": Start, Louisiana; Salt, Jordan): never places. */
const char *const dmi_treaty_acronyms[] = {
    "START", "SALT", "SORT", "INF", "CFE", "NPT", "CTBT", "ABM", "JCPOA", "AUKUS", "NAFTA", "USMCA",
    "QUAD", "Quad", NULL};

/* News dmi_agencies and outlets that are never places. */
const char *const dmi_agencies[] = {
    "AP", "AFP", "Reuters", "Yonhap", "Xinhua", "KCNA", "TASS", "Interfax", "Bloomberg", "CNN",
    "BBC", "NHK", "Kyodo", "Anadolu", "IRNA", "WAFA", "NPR", "UPI", "RIA", "Sputnik", "Axios",
    "Politico", "NBC", "CBS", "ABC", "Fox", "MSNBC", "CNBC", "Newsis", "Kyunghyang", "Hankyoreh",
    "Dong-A", "Chosun", "JoongAng", "Hamas", "Hezbollah", "Houthis", "Houthi", "Taliban", "NATO",
    "ISIS", "ISIL", "Daesh", "al-Qaeda", "al-Shabab", "Wagner", NULL};

/* Capitalised words that are small towns somewhere but in news prose are
 * common words, parts of titles or of institutions. Rejected as single-word
 * places anywhere. */
const char *const dmi_never_alone[] = {
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
const char *const dmi_never_alone_unless_cue[] = {
    "Turkey", "China", "Victoria", "Mobile", "Reading", "Bath", "Nice", "Split", "Champagne",
    "Cologne", "Java", "Lincoln", "Jackson", "Franklin", "Hamilton", "Madison", "Monroe",
    "Clinton", "Kennedy", "Moon", "Park", "Lee", NULL};

/* Sentence-initial words that are places somewhere but begin sentences as
 * ordinary words. */
const char *const dmi_sentence_words[] = {
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
const char *const dmi_speech_verbs[] = {
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
const char *const dmi_place_modifiers[] = {
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

int dmi_word_in(const char *s, size_t n, const char *const *list)
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

int dmi_tok_in_cs(const dmi_article_t *a, size_t t, const char *const *list)
{
    return t < a->token_count && dmi_word_in(dmi_tok_text(a, t), dmi_tok_len(a, t), list);
}

const char *dmi_known_country(const char *s, size_t n)
{
    for (size_t i = 0; i < G_N_ELEMENTS(known_people); i++)
        if (strlen(known_people[i].surname) == n && memcmp(known_people[i].surname, s, n) == 0)
            return known_people[i].country;
    return NULL;
}

int dmi_is_person_title(const dmi_article_t *a, size_t t)
{
    return dmi_tok_in_cs(a, t, dmi_person_titles);
}

int dmi_first_name_listed(const char *s, size_t n)
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

int dmi_cue_before(const dmi_article_t *a, size_t t)
{
    if (!dmi_tok_prev_word(a, t))
        return 0;
    size_t p = t - 1;
    if (dmi_tok_is(a, p, "the") && p > 0 && dmi_tok_same_sentence(a, p - 1, t))
        p--;
    if (dmi_tok_in(a, p, cues) >= 0)
        return 1;
    /* "the port city of", "the truce village of", "the capital" */
    if (dmi_tok_eq(a, p, "of") && p > 0 && dmi_tok_word(a, p - 1) &&
        (dmi_tok_is(a, p - 1, "city") || dmi_tok_is(a, p - 1, "village") || dmi_tok_is(a, p - 1, "town") ||
         dmi_tok_is(a, p - 1, "capital") || dmi_tok_is(a, p - 1, "province") ||
         dmi_tok_is(a, p - 1, "region") || dmi_tok_is(a, p - 1, "state") ||
         dmi_tok_is(a, p - 1, "island") || dmi_tok_is(a, p - 1, "district") ||
         dmi_tok_is(a, p - 1, "county") || dmi_tok_is(a, p - 1, "outskirts") ||
         dmi_tok_is(a, p - 1, "suburb") || dmi_tok_is(a, p - 1, "area")))
        return 2;
    return 0;
}

int dmi_entry_prominent(const dmi_gaz_entry_t *e)
{
    return e->kind == DM_PLACE_COUNTRY || e->kind == DM_PLACE_REGION || e->is_capital ||
           e->population >= 100000 || e->is_demonym || (e->source && strncmp(e->source, "curated:", 8) == 0);
}

/* Code keys ("MD" for Moldova, "VA" for the Vatican) count only when the text
 * is written in capitals: "Md." and "Va." are Maryland and Virginia. */
int dmi_text_is_upper(const char *s, size_t n)
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

/* Token t is the first word of its sentence (quotes and dashes before it
 * do not count). */
int dmi_first_word_of_sentence(const dmi_article_t *a, size_t t)
{
    size_t first = a->sentences[a->tokens[t].sentence].first;
    for (size_t k = first; k < t; k++)
        if (a->tokens[k].flags & DMI_TOK_WORD)
            return 0;
    return 1;
}

/* Case-insensitive dmi_word_in. */
int dmi_word_in_ci(const char *s, size_t n, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (g_ascii_strncasecmp(list[k], s, n) == 0 && list[k][n] == '\0')
            return 1;
    return 0;
}

/* The words the article writes in lower case: a capitalised "More" or
 * "Research" elsewhere is the same ordinary word. */
void dmi_collect_lower_words(dmi_extraction_t *x)
{
    const dmi_article_t *a = x->art;
    x->lower_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t t = 0; t < a->token_count; t++) {
        const char *s = dmi_tok_text(a, t);
        if (dmi_tok_word(a, t) && g_ascii_islower(s[0]))
            g_hash_table_add(x->lower_words, g_ascii_strdown(s, (gssize)dmi_tok_len(a, t)));
    }
}

int dmi_written_lower(const dmi_extraction_t *x, const char *s, size_t n)
{
    char *key = g_ascii_strdown(s, (gssize)n);
    int found = g_hash_table_contains(x->lower_words, key);
    g_free(key);
    return found;
}
