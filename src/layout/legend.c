/* What the legend says: its rows (the story's timeline: every drawn event
 * in date order with the symbol it has on the map, then what else needs
 * explaining) and their texts ("Call (refused), Trump-Putin, 16 Feb 2025"),
 * with the countries' short names legend lines and country labels use.
 * Where the legend goes and how big it is: furniture.c. No drawing and no
 * measuring here: texts only, from the laid-out map. */
#include "layout-private.h"

#include <stdio.h>
#include <stdlib.h>

typedef dmi_legend_entry_t entry_t;
#define MAX_ENTRIES DMI_LEGEND_MAX_ENTRIES

/* Events drawn as connections between two places. */
static int is_line_event(dm_event_type_t t)
{
    return t == DM_EVENT_LETTER || t == DM_EVENT_CALL || t == DM_EVENT_VISIT || t == DM_EVENT_BROADCAST;
}

static const char *type_title(dm_event_type_t t)
{
    static const char *const titles[DM_EVENT_TYPE_COUNT] = {
        "Meeting", "Talks", "Visit", "Letter", "Call", "Statement", "Broadcast", "Agreement", "Incident", "Event"};
    return t < DM_EVENT_TYPE_COUNT ? titles[t] : "Event";
}

/* Korean legends (--lang ko): the event's kind and status as Korean news
 * writes them, and dates as "2025년 6월 11일". */
static const char *type_title_ko(dm_event_type_t t)
{
    static const char *const titles[DM_EVENT_TYPE_COUNT] = {
        "회담", "협상", "방문", "서한", "통화", "성명", "방송", "합의", "사건", "행사"};
    return t < DM_EVENT_TYPE_COUNT ? titles[t] : "행사";
}

static const char *status_ko(dm_event_status_t s)
{
    static const char *const names[DM_EVENT_STATUS_COUNT] = {"", "예정", "전달", "거부", "중단", "취소", "결렬", ""};
    return s < DM_EVENT_STATUS_COUNT ? names[s] : "";
}

static void date_text_ko(const char *date, char *out, size_t n)
{
    int y = 0, m = 0, d = 0;
    int got = date ? sscanf(date, "%d-%d-%d", &y, &m, &d) : 0;
    if (got >= 3)
        snprintf(out, n, "%d년 %d월 %d일", y, m, d);
    else if (got == 2)
        snprintf(out, n, "%d년 %d월", y, m);
    else if (got == 1)
        snprintf(out, n, "%d년", y);
    else
        snprintf(out, n, "날짜 미상");
}

/* "싱가포르 회담, 2018년", "워싱턴 → 주유엔 북한대표부 서한 (거부), 2025년 6월". */
static void who_text(const dm_map_t *map, size_t ei, const char *label, char *out, size_t n, int korean);

static void legend_text_ko(const dm_map_t *map, const dm_event_t *ev, char *out, size_t n)
{
    const dm_story_t *s = map->story;
    char *from = NULL, *to = NULL;
    const dm_place_t *p0 = ev->place_count ? dm_story_find_place(s, ev->places[0]) : NULL;
    const dm_place_t *p1 = ev->place_count >= 2 ? dm_story_find_place(s, ev->places[1]) : NULL;
    if (p0)
        from = dmi_place_label_text((dm_map_t *)map, p0);
    /* Along a line ("loudspeakers along the MDL"): no arrow. */
    if (p1 && is_line_event(ev->type) && p0 && p0->kind != DM_PLACE_LINE)
        to = dmi_place_label_text((dm_map_t *)map, p1);
    const char *st = status_ko(ev->status);
    char when[48] = "", who[160];
    if (ev->date)
        date_text_ko(ev->date, when, sizeof when);
    who_text(map, (size_t)(ev - dm_story_event(s, 0)), NULL, who, sizeof who, 1);
    snprintf(out, n, "%s%s%s%s%s%s%s%s%s%s%s%s", from ? from : "", to ? " \u2192 " : "", to ? to : "",
             from ? " " : "", type_title_ko(ev->type), *st ? " (" : "", st, *st ? ")" : "", *who ? ", " : "", who,
             *when ? ", " : "", when);
    free(from);
    free(to);
}

static void month_text(const char *date, char *out, size_t n)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (!date) {
        snprintf(out, n, "date unknown");
        return;
    }
    int y = 0, m = 0, d = 0;
    int got = sscanf(date, "%d-%d-%d", &y, &m, &d);
    if (got >= 3 && m >= 1 && m <= 12)
        snprintf(out, n, "%d %s %d", d, months[m - 1], y);
    else if (got == 2 && m >= 1 && m <= 12)
        snprintf(out, n, "%s %d", months[m - 1], y);
    else
        snprintf(out, n, "%d", y);
}

/* Short names of countries as a legend line gives them ("US-North
 * Korea", in Korean "미국·북한"); a code the table lacks (XK, a made-up one) takes the story's own
 * country place of that code, else stays a code. Sorted by code. */
const char *dmi_country_short(const dm_story_t *s, const char *code, int korean)
{
    /* Code, English, Korean: from geodata/gazetteer/countries.tsv and
     * country-names.tsv (the names the news uses), the long official forms
     * shortened ("북한", not the DPRK's official name). */
    static const char *const names[][3] = {
        {"AD", "Andorra", "안도라"}, {"AE", "UAE", "아랍에미리트"}, {"AF", "Afghanistan", "아프가니스탄"},
        {"AG", "Antigua and Barbuda", "앤티가 바부다"}, {"AI", "Anguilla", "앵귈라"}, {"AL", "Albania", "알바니아"},
        {"AM", "Armenia", "아르메니아"}, {"AO", "Angola", "앙골라"}, {"AQ", "Antarctica", "남극"},
        {"AR", "Argentina", "아르헨티나"}, {"AS", "American Samoa", "아메리칸사모아"}, {"AT", "Austria", "오스트리아"},
        {"AU", "Australia", "오스트레일리아"}, {"AW", "Aruba", "아루바"}, {"AX", "Åland Islands", "올란드 제도"},
        {"AZ", "Azerbaijan", "아제르바이잔"}, {"BA", "Bosnia and Herzegovina", "보스니아 헤르체고비나"},
        {"BB", "Barbados", "바베이도스"}, {"BD", "Bangladesh", "방글라데시"}, {"BE", "Belgium", "벨기에"},
        {"BF", "Burkina Faso", "부르키나파소"}, {"BG", "Bulgaria", "불가리아"}, {"BH", "Bahrain", "바레인"},
        {"BI", "Burundi", "부룬디"}, {"BJ", "Benin", "베냉"}, {"BL", "Saint Barthélemy", "생바르텔레미"},
        {"BM", "Bermuda", "버뮤다"}, {"BN", "Brunei", "브루나이 다루살람"}, {"BO", "Bolivia", "볼리비아"},
        {"BQ", "Caribbean Netherlands", "카리브 네덜란드"}, {"BR", "Brazil", "브라질"}, {"BS", "Bahamas", "바하마"},
        {"BT", "Bhutan", "부탄"}, {"BV", "Bouvet Island", "부베 섬"}, {"BW", "Botswana", "보츠와나"},
        {"BY", "Belarus", "벨라루스"}, {"BZ", "Belize", "벨리즈"}, {"CA", "Canada", "캐나다"},
        {"CC", "Cocos Islands", "코코스 제도"}, {"CD", "DR Congo", "콩고민주공화국"},
        {"CF", "Central African Republic", "중앙아프리카 공화국"}, {"CG", "Congo", "콩고"}, {"CH", "Switzerland", "스위스"},
        {"CI", "Ivory Coast", "코트디부아르"}, {"CK", "Cook Islands", "쿡 제도"}, {"CL", "Chile", "칠레"},
        {"CM", "Cameroon", "카메룬"}, {"CN", "China", "중국"}, {"CO", "Colombia", "콜롬비아"},
        {"CR", "Costa Rica", "코스타리카"}, {"CU", "Cuba", "쿠바"}, {"CV", "Cape Verde", "카보베르데"},
        {"CW", "Curaçao", "퀴라소"}, {"CX", "Christmas Island", "크리스마스 섬"}, {"CY", "Cyprus", "키프로스"},
        {"CZ", "Czechia", "체코"}, {"DE", "Germany", "독일"}, {"DJ", "Djibouti", "지부티"}, {"DK", "Denmark", "덴마크"},
        {"DM", "Dominica", "도미니카 연방"}, {"DO", "Dominican Republic", "도미니카 공화국"}, {"DZ", "Algeria", "알제리"},
        {"EC", "Ecuador", "에콰도르"}, {"EE", "Estonia", "에스토니아"}, {"EG", "Egypt", "이집트"},
        {"EH", "Western Sahara", "서사하라"}, {"ER", "Eritrea", "에리트레아"}, {"ES", "Spain", "스페인"},
        {"ET", "Ethiopia", "에티오피아"}, {"FI", "Finland", "핀란드"}, {"FJ", "Fiji", "피지"},
        {"FK", "Falkland Islands", "포클랜드 제도"}, {"FM", "Micronesia", "미크로네시아"},
        {"FO", "Faroe Islands", "페로 제도"}, {"FR", "France", "프랑스"}, {"GA", "Gabon", "가봉"}, {"GB", "UK", "영국"},
        {"GD", "Grenada", "그레나다"}, {"GE", "Georgia", "조지아"}, {"GF", "French Guiana", "프랑스령 기아나"},
        {"GG", "Guernsey", "건지 섬"}, {"GH", "Ghana", "가나"}, {"GI", "Gibraltar", "지브롤터"},
        {"GL", "Greenland", "그린란드"}, {"GM", "Gambia", "감비아"}, {"GN", "Guinea", "기니"},
        {"GP", "Guadeloupe", "과들루프"}, {"GQ", "Equatorial Guinea", "적도 기니"}, {"GR", "Greece", "그리스"},
        {"GS", "South Georgia and the South Sandwich Islands", "사우스조지아 사우스샌드위치 제도"},
        {"GT", "Guatemala", "과테말라"}, {"GU", "Guam", "괌"}, {"GW", "Guinea-Bissau", "기니비사우"},
        {"GY", "Guyana", "가이아나"}, {"HK", "Hong Kong", "홍콩"},
        {"HM", "Heard Island and McDonald Islands", "허드 맥도널드 제도"}, {"HN", "Honduras", "온두라스"},
        {"HR", "Croatia", "크로아티아"}, {"HT", "Haiti", "아이티"}, {"HU", "Hungary", "헝가리"},
        {"ID", "Indonesia", "인도네시아"}, {"IE", "Ireland", "아일랜드"}, {"IL", "Israel", "이스라엘"},
        {"IM", "Isle of Man", "맨 섬"}, {"IN", "India", "인도"},
        {"IO", "British Indian Ocean Territory", "영국령 인도양 지역"}, {"IQ", "Iraq", "이라크"}, {"IR", "Iran", "이란"},
        {"IS", "Iceland", "아이슬란드"}, {"IT", "Italy", "이탈리아"}, {"JE", "Jersey", "저지 섬"},
        {"JM", "Jamaica", "자메이카"}, {"JO", "Jordan", "요르단"}, {"JP", "Japan", "일본"}, {"KE", "Kenya", "케냐"},
        {"KG", "Kyrgyzstan", "키르기스스탄"}, {"KH", "Cambodia", "캄보디아"}, {"KI", "Kiribati", "키리바시"},
        {"KM", "Comoros", "코모로"}, {"KN", "Saint Kitts and Nevis", "세인트키츠 네비스"}, {"KP", "North Korea", "북한"},
        {"KR", "South Korea", "한국"}, {"KW", "Kuwait", "쿠웨이트"}, {"KY", "Cayman Islands", "케이맨 제도"},
        {"KZ", "Kazakhstan", "카자흐스탄"}, {"LA", "Laos", "라오스"}, {"LB", "Lebanon", "레바논"},
        {"LC", "Saint Lucia", "세인트루시아"}, {"LI", "Liechtenstein", "리히텐슈타인"}, {"LK", "Sri Lanka", "스리랑카"},
        {"LR", "Liberia", "라이베리아"}, {"LS", "Lesotho", "레소토"}, {"LT", "Lithuania", "리투아니아"},
        {"LU", "Luxembourg", "룩셈부르크"}, {"LV", "Latvia", "라트비아"}, {"LY", "Libya", "리비아"},
        {"MA", "Morocco", "모로코"}, {"MC", "Monaco", "모나코"}, {"MD", "Moldova", "몰도바"},
        {"ME", "Montenegro", "몬테네그로"}, {"MF", "Saint Martin", "생마르탱"}, {"MG", "Madagascar", "마다가스카르"},
        {"MH", "Marshall Islands", "마셜 제도"}, {"MK", "North Macedonia", "북마케도니아"}, {"ML", "Mali", "말리"},
        {"MM", "Myanmar", "미얀마"}, {"MN", "Mongolia", "몽골"}, {"MO", "Macao", "마카오"},
        {"MP", "Northern Mariana Islands", "북마리아나 제도"}, {"MQ", "Martinique", "마르티니크"},
        {"MR", "Mauritania", "모리타니"}, {"MS", "Montserrat", "몬트세랫"}, {"MT", "Malta", "몰타"},
        {"MU", "Mauritius", "모리셔스"}, {"MV", "Maldives", "몰디브"}, {"MW", "Malawi", "말라위"}, {"MX", "Mexico", "멕시코"},
        {"MY", "Malaysia", "말레이시아"}, {"MZ", "Mozambique", "모잠비크"}, {"NA", "Namibia", "나미비아"},
        {"NC", "New Caledonia", "누벨칼레도니"}, {"NE", "Niger", "니제르"}, {"NF", "Norfolk Island", "노퍽 섬"},
        {"NG", "Nigeria", "나이지리아"}, {"NI", "Nicaragua", "니카라과"}, {"NL", "Netherlands", "네덜란드"},
        {"NO", "Norway", "노르웨이"}, {"NP", "Nepal", "네팔"}, {"NR", "Nauru", "나우루"}, {"NU", "Niue", "니우에"},
        {"NZ", "New Zealand", "뉴질랜드"}, {"OM", "Oman", "오만"}, {"PA", "Panama", "파나마"}, {"PE", "Peru", "페루"},
        {"PF", "French Polynesia", "프랑스령 폴리네시아"}, {"PG", "Papua New Guinea", "파푸아뉴기니"},
        {"PH", "Philippines", "필리핀"}, {"PK", "Pakistan", "파키스탄"}, {"PL", "Poland", "폴란드"},
        {"PM", "Saint Pierre and Miquelon", "생피에르 미클롱"}, {"PN", "Pitcairn", "핏케언 제도"},
        {"PR", "Puerto Rico", "푸에르토리코"}, {"PS", "Palestine", "팔레스타인"}, {"PT", "Portugal", "포르투갈"},
        {"PW", "Palau", "팔라우"}, {"PY", "Paraguay", "파라과이"}, {"QA", "Qatar", "카타르"}, {"RE", "Réunion", "레위니옹"},
        {"RO", "Romania", "루마니아"}, {"RS", "Serbia", "세르비아"}, {"RU", "Russia", "러시아"}, {"RW", "Rwanda", "르완다"},
        {"SA", "Saudi Arabia", "사우디아라비아"}, {"SB", "Solomon Islands", "솔로몬 제도"}, {"SC", "Seychelles", "세이셸"},
        {"SD", "Sudan", "수단"}, {"SE", "Sweden", "스웨덴"}, {"SG", "Singapore", "싱가포르"},
        {"SH", "Saint Helena", "세인트헬레나 어센션 트리스탄다쿠냐"}, {"SI", "Slovenia", "슬로베니아"},
        {"SJ", "Svalbard and Jan Mayen", "스발바르 얀마옌 제도"}, {"SK", "Slovakia", "슬로바키아"},
        {"SL", "Sierra Leone", "시에라리온"}, {"SM", "San Marino", "산마리노"}, {"SN", "Senegal", "세네갈"},
        {"SO", "Somalia", "소말리아"}, {"SR", "Suriname", "수리남"}, {"SS", "South Sudan", "남수단"},
        {"ST", "Sao Tome and Principe", "상투메 프린시페"}, {"SV", "El Salvador", "엘살바도르"},
        {"SX", "Sint Maarten", "신트마르턴"}, {"SY", "Syria", "시리아"}, {"SZ", "Eswatini", "에스와티니"},
        {"TC", "Turks and Caicos Islands", "터크스 케이커스 제도"}, {"TD", "Chad", "차드"},
        {"TF", "French Southern Territories", "프랑스령 남 자치구역"}, {"TG", "Togo", "토고"}, {"TH", "Thailand", "태국"},
        {"TJ", "Tajikistan", "타지키스탄"}, {"TK", "Tokelau", "토켈라우"}, {"TL", "Timor-Leste", "동티모르"},
        {"TM", "Turkmenistan", "투르크메니스탄"}, {"TN", "Tunisia", "튀니지"}, {"TO", "Tonga", "통가"},
        {"TR", "Turkey", "튀르키예"}, {"TT", "Trinidad and Tobago", "트리니다드 토바고"}, {"TV", "Tuvalu", "투발루"},
        {"TW", "Taiwan", "대만"}, {"TZ", "Tanzania", "탄자니아"}, {"UA", "Ukraine", "우크라이나"},
        {"UG", "Uganda", "우간다"}, {"UM", "United States Minor Outlying Islands", "미국령 군소 제도"}, {"US", "US", "미국"},
        {"UY", "Uruguay", "우루과이"}, {"UZ", "Uzbekistan", "우즈베키스탄"}, {"VA", "Vatican", "바티칸"},
        {"VC", "Saint Vincent and the Grenadines", "세인트빈센트 그레나딘"}, {"VE", "Venezuela", "베네수엘라"},
        {"VG", "British Virgin Islands", "영국령 버진아일랜드"}, {"VI", "US Virgin Islands", "미국령 버진아일랜드"},
        {"VN", "Vietnam", "베트남"}, {"VU", "Vanuatu", "바누아투"}, {"WF", "Wallis and Futuna", "왈리스 퓌튀나"},
        {"WS", "Samoa", "사모아"}, {"YE", "Yemen", "예멘"}, {"YT", "Mayotte", "마요트"},
        {"ZA", "South Africa", "남아프리카 공화국"}, {"ZM", "Zambia", "잠비아"}, {"ZW", "Zimbabwe", "짐바브웨"}};
    size_t lo = 0, hi = sizeof names / sizeof names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(names[mid][0], code);
        if (c == 0)
            return names[mid][korean ? 2 : 1];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (p->kind == DM_PLACE_COUNTRY && p->country && strcmp(p->country, code) == 0)
            return p->name;
    }
    return code;
}

/* Does the label name the person: one of the name's words, three letters
 * or more, standing whole in it ("Letter from Trump" names Donald Trump)? */
static int label_names(const char *label, const char *name)
{
    while (label && *name) {
        char word[64];
        size_t len = strcspn(name, " ");
        if (len >= 3 && len < sizeof word) {
            memcpy(word, name, len);
            word[len] = '\0';
            for (const char *at = label; (at = strstr(at, word)) != NULL; at++) {
                unsigned char before = at > label ? (unsigned char)at[-1] : ' ';
                unsigned char after = (unsigned char)at[len];
                /* Whole words only (a byte of a multi-byte letter is >= 0x80). */
                if (!g_ascii_isalnum(before) && before < 0x80 && !g_ascii_isalnum(after) && after < 0x80)
                    return 1;
            }
        }
        name += len;
        name += strspn(name, " ");
    }
    return 0;
}

/* Who took part, for a legend line: the story's persons when it has them
 * ("Trump-Putin"), else the participant countries' short names, joined by
 * an en dash; "" when the story says neither. Persons the label names
 * already (label, or NULL) are left out. */
static void who_text(const dm_map_t *map, size_t ei, const char *label, char *out, size_t n, int korean)
{
    const dm_story_t *s = map->story;
    const dm_event_t *ev = dm_story_event(s, ei);
    size_t count = 0;
    const char *const *names = dmi_story_event_persons(s, ei, &count);
    /* Persons come in the story's (Latin) spelling: a Korean legend names
     * the countries when it knows them. */
    int persons = count > 0 && !(korean && ev->participant_count > 0);
    if (!persons) {
        names = ev->participants;
        count = ev->participant_count;
    }
    out[0] = '\0';
    for (size_t i = 0, shown = 0; i < count && shown < 4; i++) {
        const char *name = persons ? names[i] : dmi_country_short(s, names[i], korean);
        if (persons && label_names(label, name))
            continue;
        size_t len = strlen(out);
        /* Korean papers join actors with a middle dot (미국·북한). */
        snprintf(out + len, n - len, "%s%s", !shown++ ? "" : korean ? "\u00b7" : "\u2013", name);
    }
    if (count > 4) {
        size_t len = strlen(out);
        snprintf(out + len, n - len, "%s\u2026", korean ? "\u00b7" : "\u2013");
    }
}

/* Is the event's numbered marker on the map (main frame or inset)? */
static int event_has_marker(const dm_map_t *map, size_t ei)
{
    for (size_t i = 0; i < map->marker_count; i++)
        for (int k = 0; k < map->markers[i].count && k < DMI_MARKER_NUMBERS; k++)
            if (map->markers[i].events[k] == (int)ei)
                return 1;
    /* Past the numbers a marker shows ("1, 2, 3, 4, 5, 6+"): the marker of
     * its place, or of the place (a group's) it is folded into. */
    const dm_event_t *ev = dm_story_event(map->story, ei);
    int pi = ev->place_count ? place_index(map->story, ev->places[0]) : -1;
    if (pi >= 0 && map->named_with[pi] >= 0)
        pi = map->named_with[pi];
    for (size_t i = 0; pi >= 0 && i < map->marker_count; i++)
        if (map->markers[i].place == (size_t)pi && map->markers[i].count > DMI_MARKER_NUMBERS)
            return 1;
    return 0;
}

static int event_has_pointer(const dm_map_t *map, size_t ei)
{
    for (size_t i = 0; i < map->pointer_count; i++)
        if (map->pointers[i].event == ei)
            return 1;
    return 0;
}

static int event_drawn_as_line(const dm_map_t *map, size_t ei)
{
    for (size_t i = 0; i < map->line_count; i++)
        if (map->lines[i].event == ei)
            return 1;
    return 0;
}

static int event_drawn_as_feature(const dm_map_t *map, const dm_event_t *ev)
{
    for (size_t i = 0; i < map->feature_count; i++)
        for (size_t k = 0; k < ev->place_count; k++)
            if (strcmp(dm_story_place(map->story, map->features[i].place)->id, ev->places[k]) == 0)
                return 1;
    return 0;
}

/* Did the event happen in a region beyond any one country ("the Middle
 * East"): no spot on the map, its row in the legend only? */
static int in_region(const dm_story_t *s, const dm_event_t *ev)
{
    return is_wide_region(ev->place_count ? dm_story_find_place(s, ev->places[0]) : NULL);
}

/* The legend is the story's timeline: every drawn event in date order,
 * with the symbol it has on the map (numbered marker, line, or the line
 * feature it happened along), then what else needs explaining. */
static int lone_feature(const dm_story_t *s, const char **name);

/* With `bound`, before the map is drawn (the band below the map is sized
 * then): a row for every event told once that has a place, whatever its
 * symbol will be, and the rows for plain places and a story line or area
 * whenever they may come; the rows drawn later are among these, with the
 * same texts. */
int dmi_legend_entries(const dm_map_t *map, dmi_legend_entry_t *out, int bound, int max_events)
{
    const dm_story_t *s = map->story;
    size_t no = dm_story_event_count(s);
    const size_t *order = map->event_order;
    int n = 0, plain_marker = 0, feature_listed = 0, more = 0;
    if (max_events <= 0 || max_events > MAX_ENTRIES - 1)
        max_events = MAX_ENTRIES - 1;
    for (size_t j = 0; j < no; j++) {
        size_t ei = order[j];
        const dm_event_t *ev = dm_story_event(s, ei);
        entry_t e = {.type = ev->type, .status = ev->status};
        if (map->event_same[ei] >= 0)
            continue;   /* told twice: drawn and listed once */
        /* The story's principal event told with no place (a phone call
         * the text does not place) is still what the map is about: listed,
         * with no symbol. */
        int placeless_principal = ev->place_count == 0 && dmi_story_event_principal(s, ei);
        if (bound) {
            if (ev->place_count == 0 && !placeless_principal)
                continue;
            e.swatch = DMI_SWATCH_NUMBER;
        } else if (event_drawn_as_line(map, ei)) {
            e.swatch = DMI_SWATCH_LINE;
        } else if (map->event_number[ei] && event_has_marker(map, ei)) {
            e.swatch = DMI_SWATCH_NUMBER;
            e.number = map->event_number[ei];
        } else if (event_drawn_as_feature(map, ev)) {
            e.swatch = DMI_SWATCH_FEATURE;
            feature_listed = 1;
        } else if (event_has_pointer(map, ei)) {
            e.swatch = DMI_SWATCH_LINE;
        } else if (in_region(s, ev) || placeless_principal) {
            e.swatch = DMI_SWATCH_NONE;
        } else
            continue;
        if (map->lang == 1) {
            legend_text_ko(map, ev, e.text, sizeof e.text);
            if (n < max_events)
                out[n++] = e;
            else
                more++;
            continue;
        }
        char when[48] = "";
        if (ev->date)
            month_text(ev->date, when, sizeof when);
        char what[160], who[120];
        who_text(map, ei, ev->label, who, sizeof who, 0);
        if (ev->label)
            snprintf(what, sizeof what, "%s", ev->label);
        else if (*who)
            snprintf(what, sizeof what, "%s", type_title(ev->type));
        else if (ev->place_count >= 2 && is_line_event(ev->type))
            snprintf(what, sizeof what, "%s, %s \u2192 %s", type_title(ev->type),
                     dm_story_find_place(s, ev->places[0])->name, dm_story_find_place(s, ev->places[1])->name);
        else if (ev->place_count)
            snprintf(what, sizeof what, "%s, %s", type_title(ev->type), dm_story_find_place(s, ev->places[0])->name);
        else
            snprintf(what, sizeof what, "%s", type_title(ev->type));
        const char *status = ev->status != DM_EVENT_HELD && ev->status != DM_EVENT_UNKNOWN &&
                                     !strstr(what, dm_event_status_name(ev->status))
                                 ? dm_event_status_name(ev->status) : "";
        snprintf(e.text, sizeof e.text, "%s%s%s%s", what, *status ? " (" : "", status, *status ? ")" : "");
        /* Who, unless the label says it already ("Trump-Kim summit"). */
        if (*who && !strstr(what, who)) {
            size_t len = strlen(e.text);
            snprintf(e.text + len, sizeof e.text - len, ", %s", who);
        }
        if (*when) {
            size_t len = strlen(e.text);
            snprintf(e.text + len, sizeof e.text - len, ", %s", when);
        }
        if (n < max_events)
            out[n++] = e;
        else
            more++;
    }
    /* More events than rows: the last row says how many more the map
     * numbers, rather than the legend growing over the map. */
    if (more > 0) {
        out[n - 1] = (entry_t){.swatch = DMI_SWATCH_MORE};
        snprintf(out[n - 1].text, sizeof out[n - 1].text, map->lang == 1 ? "\u2026 외 %d건" : "\u2026 and %d more events",
                 more + 1);
    }
    const char *feature_name = NULL;
    if (bound && lone_feature(s, &feature_name) && n < MAX_ENTRIES) {
        out[n] = (entry_t){.swatch = DMI_SWATCH_FEATURE};
        snprintf(out[n].text, sizeof out[n].text, "%s", feature_name);
        n++;
    }
    for (size_t i = 0; i < map->feature_count && n < MAX_ENTRIES && !feature_listed && !bound; i++) {
        const dmi_feature_t *f = &map->features[i];
        out[n] = (entry_t){.swatch = DMI_SWATCH_FEATURE, .status = f->status};
        snprintf(out[n].text, sizeof out[n].text, "%s", dm_story_place(s, f->place)->name);
        n++;
        feature_listed = 1;
    }
    for (size_t i = 0; i < map->marker_count; i++)
        if (!map->markers[i].number)
            plain_marker = 1;
    plain_marker |= bound;
    if (plain_marker && n > 0 && n < MAX_ENTRIES) {
        out[n] = (entry_t){.swatch = DMI_SWATCH_MARKER};
        snprintf(out[n].text, sizeof out[n].text, "%s", map->lang == 1 ? "기사에 나온 장소" : "Place named in the story");
        n++;
    }
    return n;
}


/* A story line or area no event happened along only (such an event's row
 * explains it): its legend row may come; *name the longest such name. */
static int lone_feature(const dm_story_t *s, const char **name)
{
    int lone = 0;
    for (size_t i = 0; i < dm_story_place_count(s); i++) {
        const dm_place_t *p = dm_story_place(s, i);
        if (p->kind != DM_PLACE_LINE && p->kind != DM_PLACE_AREA)
            continue;
        if (!*name || strlen(p->name) > strlen(*name))
            *name = p->name;
        int explained = 0;
        for (size_t e = 0; e < dm_story_event_count(s) && !explained; e++) {
            const dm_event_t *ev = dm_story_event(s, e);
            int along = ev->place_count > 0;
            for (size_t k = 0; k < ev->place_count && along; k++) {
                const dm_place_t *q = dm_story_find_place(s, ev->places[k]);
                along = q && (q->kind == DM_PLACE_LINE || q->kind == DM_PLACE_AREA);
            }
            explained = along;
        }
        lone |= !explained;
    }
    return lone;
}

