/* Drawing the laid-out map with cairo, layer by layer, in canvas units:
 * ocean, land, lakes, coast and lake shores, borders, story lines, event
 * lines, markers, labels, then the frame furniture (title, legend, scale
 * bar, credits). */
#include "render-private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void set_rgb(cairo_t *cr, dmi_rgb_t c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

static void path_shape(cairo_t *cr, const dmi_shape_t *s, int close)
{
    for (size_t i = 0; i < s->count; i++) {
        const dmi_ring_t *r = &s->rings[i];
        int pen = 0;
        for (size_t k = 0; k < r->count; k++) {
            double x = r->pts[k].x, y = r->pts[k].y;
            if (!isfinite(x) || !isfinite(y)) {
                pen = 0;
                continue;
            }
            if (pen)
                cairo_line_to(cr, x, y);
            else
                cairo_move_to(cr, x, y);
            pen = 1;
        }
        if (close && pen)
            cairo_close_path(cr);
    }
}

/* Stroke many lines a few hundred points at a time: cairo rasterises each
 * stroke as one polygon, and its scan conversion slows down with the number
 * of edges active on a scanline; small batches keep that number small. */
static void stroke_in_batches(cairo_t *cr, const dmi_shape_t *s)
{
    const size_t batch = 128;
    size_t points = 0;
    for (size_t i = 0; i < s->count; i++) {
        const dmi_ring_t *r = &s->rings[i];
        /* Long lines go in pieces that overlap by one point. */
        for (size_t start = 0; start + 1 < r->count; start += batch) {
            size_t n = r->count - start < batch + 1 ? r->count - start : batch + 1;
            dmi_ring_t piece = {.pts = r->pts + start, .count = n};
            dmi_shape_t one = {.rings = &piece, .count = 1};
            path_shape(cr, &one, 0);
            points += n;
            if (points >= batch) {
                cairo_stroke(cr);
                points = 0;
            }
        }
    }
    cairo_stroke(cr);
}

/* ---- legend ----------------------------------------------------------- */

typedef dmi_legend_entry_t entry_t;
#define MAX_ENTRIES DMI_LEGEND_MAX_ENTRIES

/* The theme's dash pattern of an event line, scaled to canvas units;
 * returns the number of dash entries (0: solid). */
static int line_dashes(const struct dmi_theme *t, dm_event_type_t type, dm_event_status_t status, double unit,
                       double dash[4])
{
    if ((unsigned)type >= DM_EVENT_TYPE_COUNT || (unsigned)status >= DM_EVENT_STATUS_COUNT)
        return 0;
    const dmi_dash_t *d = &t->dash[type][status];
    for (int i = 0; i < d->count; i++)
        dash[i] = d->on_off[i] * unit;
    return d->count;
}

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
static void who_text(const dm_map_t *map, size_t ei, char *out, size_t n, int korean);

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
    who_text(map, (size_t)(ev - dm_story_event(s, 0)), who, sizeof who, 1);
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

/* Who took part, for a legend line: the story's persons when it has them
 * ("Trump-Putin"), else the participant countries' short names, joined by
 * an en dash; "" when the story says neither. */
static void who_text(const dm_map_t *map, size_t ei, char *out, size_t n, int korean)
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
    for (size_t i = 0; i < count && i < 4; i++) {
        const char *name = persons ? names[i] : dmi_country_short(s, names[i], korean);
        size_t len = strlen(out);
        /* Korean papers join actors with a middle dot (미국·북한). */
        snprintf(out + len, n - len, "%s%s", !i ? "" : korean ? "\u00b7" : "\u2013", name);
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

/* The legend is the story's timeline: every drawn event in date order,
 * with the symbol it has on the map (numbered marker, line, or the line
 * feature it happened along), then what else needs explaining. */
static int lone_feature(const dm_story_t *s, const char **name);

/* With `bound`, before the map is drawn (the band below the map is sized
 * then): a row for every event told once that has a place, whatever its
 * symbol will be, and the rows for plain places and a story line or area
 * whenever they may come; the rows drawn later are among these, with the
 * same texts. */
static int legend_entries(const dm_map_t *map, entry_t *out, int bound)
{
    const dm_story_t *s = map->story;
    size_t no = dm_story_event_count(s);
    const size_t *order = map->event_order;
    int n = 0, plain_marker = 0, feature_listed = 0;
    for (size_t j = 0; j < no && n < MAX_ENTRIES - 1; j++) {
        size_t ei = order[j];
        const dm_event_t *ev = dm_story_event(s, ei);
        entry_t e = {.type = ev->type, .status = ev->status};
        if (map->event_same[ei] >= 0)
            continue;   /* told twice: drawn and listed once */
        if (bound) {
            if (ev->place_count == 0)
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
        } else
            continue;
        if (map->lang == 1) {
            legend_text_ko(map, ev, e.text, sizeof e.text);
            out[n++] = e;
            continue;
        }
        char when[48] = "";
        if (ev->date)
            month_text(ev->date, when, sizeof when);
        char what[160], who[120];
        who_text(map, ei, who, sizeof who, 0);
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
        out[n++] = e;
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

int dmi_legend_entries(const dm_map_t *map, entry_t *out)
{
    return legend_entries(map, out, 0);
}

/* ---- the band below the map (canvases narrower than 900) -------------
 * From the top: the legend's rows (long ones wrapped, or two columns when
 * there are many that fit half the width), the story's source on a line
 * of its own, the credits wrapped to the canvas's width. Its height is set
 * when the frame is (dm_map_create), before the legend's rows are known,
 * from the rows that may come, with their texts (legend_entries with
 * bound): the legend sits under the map, the credits on the canvas's
 * bottom edge, any slack between them. */

/* OpenStreetMap data (ODbL) is credited when a frame draws some: the
 * Korean demarcation line, a lake. */
#define CREDITS_BASE "Basemap: Natural Earth · Places: GeoNames (CC BY 4.0)"
#define CREDITS_LONGEST CREDITS_BASE " · Line of demarcation, lakes: © OpenStreetMap contributors"

#define BAND_COLUMN_ROWS 8   /* more rows than this go in two columns */

/* A legend row's height: room for its text, at least DMI_TEXT_MIN_SIZE. */
static double legend_row(const dm_map_t *map)
{
    return fmax(map->font_size * 1.35, dmi_text_size(map, DMI_TEXT_SMALL) * 1.6);
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

/* The legend's columns in the band: two when there are many rows and
 * every row's text fits half the width, else one, whose long rows wrap. */
typedef struct {
    int cols;
    double column;    /* a column's width */
    double text;      /* the width of a row's text */
} band_plan_t;

static double text_width(PangoContext *pc, const dm_map_t *map, const char *text)
{
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_SMALL);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    g_object_unref(l);
    return tw;
}

static void band_plan(const dm_map_t *map, PangoContext *pc, band_plan_t *bp)
{
    entry_t entries[MAX_ENTRIES];
    int n = legend_entries(map, entries, 1);
    double fs = map->font_size, full = map->width - fs, w = 0;
    for (int i = 0; i < n; i++)
        w = fmax(w, text_width(pc, map, entries[i].text));
    bp->cols = n > BAND_COLUMN_ROWS && w <= full / 2 - fs * 4.2 ? 2 : 1;
    bp->column = full / bp->cols;
    bp->text = bp->column - fs * 4.2;
}

PangoLayout *dmi_legend_row_layout(PangoContext *pc, const dm_map_t *map, const char *text, double wrap)
{
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_SMALL);
    if (wrap > 0) {
        pango_layout_set_width(l, (int)(wrap * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    }
    return l;
}

static PangoLayout *legend_row_layout(PangoContext *pc, const dm_map_t *map, const char *text, const band_plan_t *bp)
{
    return dmi_legend_row_layout(pc, map, text, bp ? bp->text : 0);
}

double dmi_legend_symbol_scale(const dm_map_t *map)
{
    /* A little smaller than on the map, unless its number is at the
     * smallest size already. */
    return fmin(1, 0.8 * DMI_TEXT_MIN_SIZE / fmin(dmi_text_size(map, DMI_TEXT_NUMBER), DMI_TEXT_MIN_SIZE));
}

/* The rows in the band from its top: each row's column x and the y of its
 * first line's middle (where the symbol goes); returns their height. */
static double band_rows(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, const band_plan_t *bp,
                        double *xs, double *ys)
{
    double fs = map->font_size, row = legend_row(map), y = fs * 0.4, h = 0;
    int cols = bp ? bp->cols : 1, per_column = (n + cols - 1) / cols;
    for (int i = 0; i < n; i++) {
        if (cols > 1 && i % per_column == 0)
            y = fs * 0.4;
        PangoLayout *l = legend_row_layout(pc, map, entries[i].text, bp);
        int tw, th, lines = pango_layout_get_line_count(l);
        pango_layout_get_pixel_size(l, &tw, &th);
        g_object_unref(l);
        if (xs)
            xs[i] = cols > 1 ? bp->column * (i / per_column) : 0;
        if (ys)
            ys[i] = y + row / 2;
        y += row + (lines > 1 ? th - th / (double)lines : 0);
        h = fmax(h, y);
    }
    return h + fs * 0.4;
}

/* The source line and the credits as the band draws them: one line
 * ellipsized, and a paragraph wrapped, to the canvas's width. */
static PangoLayout *band_text(PangoContext *pc, const dm_map_t *map, const char *text, int wrap)
{
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_SMALL);
    pango_layout_set_width(l, (int)((map->width - 2 * map->font_size) * PANGO_SCALE));
    if (wrap)
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    else
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    return l;
}

static PangoLayout *credits_layout_of(PangoContext *pc, const dm_map_t *map, const char *text)
{
    if (dmi_legend_below(map))
        return band_text(pc, map, text, 1);
    return dmi_text_layout(pc, map, text, DMI_TEXT_SMALL);
}

static void credits_rect_of(const dm_map_t *map, PangoContext *pc, const char *text, double rect[4]);

/* Over the map, no room for the source left of the credits. */
static int source_own_line(PangoContext *pc, const dm_map_t *map)
{
    char line[512];
    double credits[4];
    snprintf(line, sizeof line, "Source: %s · ", dm_story_source(map->story));
    credits_rect_of(map, pc, dmi_credits_text(map), credits);
    return credits[0] - text_width(pc, map, line) < map->font_size * 0.4;
}

/* "Source: ..." as drawn: left of the credits over the map, on a line of
 * its own above them in the band, or over the map when there is no room
 * left of them. NULL when the story names no source. */
PangoLayout *dmi_source_layout(PangoContext *pc, const dm_map_t *map)
{
    const char *source = dm_story_source(map->story);
    if (!source)
        return NULL;
    char line[512];
    if (dmi_legend_below(map)) {
        snprintf(line, sizeof line, "Source: %s", source);
        return band_text(pc, map, line, 0);
    }
    if (!source_own_line(pc, map)) {
        snprintf(line, sizeof line, "Source: %s · ", source);
        return dmi_text_layout(pc, map, line, DMI_TEXT_SMALL);
    }
    snprintf(line, sizeof line, "Source: %s", source);
    return band_text(pc, map, line, 0);
}

static void credits_rect_of(const dm_map_t *map, PangoContext *pc, const char *text, double rect[4])
{
    PangoLayout *l = credits_layout_of(pc, map, text);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    g_object_unref(l);
    const dmi_frame_t *f = &map->frames[0];
    double fs = map->font_size, pad = fs * 0.4;
    if (dmi_legend_below(map)) {   /* on the canvas's bottom edge, from the left margin */
        rect[0] = fs - pad * 0.5;
        rect[2] = rect[0] + tw + pad;
        rect[3] = map->height - pad;
    } else {
        rect[2] = f->rect[2] - pad;
        rect[3] = f->rect[3] - pad;
        rect[0] = rect[2] - tw - pad;
    }
    rect[1] = rect[3] - th - pad * 0.5;
}

double dmi_furniture_band_height(const dm_map_t *map)
{
    entry_t entries[MAX_ENTRIES];
    /* Without a legend the credit line stays on the map's bottom edge. */
    if (!dmi_legend_below(map) || legend_entries(map, entries, 1) == 0)
        return 0;
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    dmi_text_setup_context(pc);
    double fs = map->font_size, h = 0, credits[4];
    /* The longest credit line: which frames draw OpenStreetMap data is not
     * known yet. */
    credits_rect_of(map, pc, CREDITS_LONGEST, credits);
    h += credits[3] - credits[1] + fs * 0.4;
    PangoLayout *l = dmi_source_layout(pc, map);
    if (l) {
        int tw, th;
        pango_layout_get_pixel_size(l, &tw, &th);
        g_object_unref(l);
        h += th;
    }
    band_plan_t bp;
    band_plan(map, pc, &bp);
    int n = legend_entries(map, entries, 1);
    h += fs * 0.3 + (n ? band_rows(map, pc, entries, n, &bp, NULL, NULL) : 0) + fs * 0.3;
    g_object_unref(pc);
    return h;
}

/* The legend in the band, under the main frame: its rect, and its rows'
 * places (xs, ys: NULL when not wanted). Its rows are among those the band
 * was sized for, with the same texts, so it never reaches the credits. */
static void band_legend_rect(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, double rect[4],
                             band_plan_t *bp, double *xs, double *ys)
{
    double fs = map->font_size, w = 0;
    band_plan(map, pc, bp);
    for (int i = 0; i < n; i++)
        w = fmax(w, text_width(pc, map, entries[i].text));
    rect[0] = fs * 0.5;
    rect[1] = map->frames[0].rect[3] + fs * 0.3;
    rect[2] = rect[0] + (bp->cols > 1 ? map->width - fs : fmin(bp->column, fs * 4.2 + w));
    rect[3] = rect[1] + band_rows(map, pc, entries, n, bp, xs, ys);
}

static int overlay_legend(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, double rect[4],
                          band_plan_t *wrap);

void dmi_legend_layout(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, double rect[4],
                       double *xs, double *ys, double *wrap)
{
    band_plan_t bp, *plan = NULL;
    if (dmi_legend_below(map)) {
        plan = &bp;
        band_legend_rect(map, pc, entries, n, rect, &bp, xs, ys);
    } else {
        if (overlay_legend(map, pc, entries, n, rect, &bp))
            plan = &bp;
        band_rows(map, pc, entries, n, plan, xs, ys);
    }
    *wrap = plan ? plan->text : 0;
    for (int i = 0; i < n; i++) {
        xs[i] += rect[0] + map->font_size * 0.5;
        ys[i] += rect[1];
    }
}

void dmi_legend_rect(const dm_map_t *map, PangoContext *pc, double rect[4])
{
    entry_t entries[MAX_ENTRIES];
    int n = dmi_legend_entries(map, entries);
    const dmi_frame_t *f = &map->frames[0];
    if (n == 0) {
        rect[0] = rect[2] = f->rect[0];
        rect[1] = rect[3] = f->rect[3];
        return;
    }
    band_plan_t bp;
    if (dmi_legend_below(map))
        band_legend_rect(map, pc, entries, n, rect, &bp, NULL, NULL);
    else
        overlay_legend(map, pc, entries, n, rect, &bp);
}

/* Over the map: the panel where it hides the fewest places (its cost). */
static double place_overlay(const dm_map_t *map, PangoContext *pc, double width, double height, double rect[4])
{
    const dmi_frame_t *f = &map->frames[0];
    double fs = map->font_size;
    /* Bottom-left sits above the credit line (with the story's source left
     * of it) when that line reaches under it, as on narrow canvases. */
    double credits[4], source[4], bottom = f->rect[3] - fs;
    dmi_credits_rect(map, pc, credits);
    if (dmi_source_rect(map, pc, source))
        credits[0] = source[0];
    if (credits[0] < f->rect[0] + fs + width)
        bottom = fmin(bottom, credits[1] - fs * 0.4);
    /* The corner that hides the fewest places and no inset: bottom-left,
     * bottom-right (above the credits), top-left, top-right; when each
     * hides some, a place along the top or bottom edge (the bottom one
     * above the credits where they reach under it). */
    const double corners[4][2] = {{f->rect[0] + fs, bottom - height},
                                  {f->rect[2] - fs - width, f->rect[3] - fs * 4.4 - height},
                                  {f->rect[0] + fs, f->rect[1] + fs},
                                  {f->rect[2] - fs - width, f->rect[1] + fs}};
    enum { ALONG = 9 };
    double best = INFINITY;
    for (int c = 0; c < 4 + 2 * ALONG; c++) {
        double x0, y0;
        if (c < 4) {
            x0 = corners[c][0];
            y0 = corners[c][1];
        } else {
            double t = ((c - 4) % ALONG + 1) / (ALONG + 1.0);
            x0 = f->rect[0] + fs + t * (f->rect[2] - f->rect[0] - 2 * fs - width);
            y0 = c - 4 < ALONG ? f->rect[1] + fs
               : (x0 + width > credits[0] ? fmin(f->rect[3] - fs, credits[1] - fs * 0.4) : f->rect[3] - fs) - height;
        }
        double r[4] = {x0, y0, x0 + width, y0 + height};
        double cost = c < 4 ? c * 0.01 : 0.5 + c * 0.001, pad = fs * 0.6;
        for (size_t i = 0; i < map->marker_count; i++) {
            const dmi_marker_t *m = &map->markers[i];
            if (m->frame == 0 && m->x > r[0] - pad && m->x < r[2] + pad && m->y > r[1] - pad && m->y < r[3] + pad)
                cost += 1;
        }
        for (int k = 1; k < map->frame_count; k++) {
            const double *o = map->frames[k].rect;
            if (r[0] < o[2] && r[2] > o[0] && r[1] < o[3] && r[3] > o[1])
                cost += 100;
        }
        /* An edge pointer's arrow and name sit just inside the frame. */
        for (size_t i = 0; i < map->pointer_count; i++) {
            const dmi_pointer_t *pt = &map->pointers[i];
            double reach = fs * 4;
            if (pt->frame == 0 && pt->x > r[0] - reach && pt->x < r[2] + reach && pt->y > r[1] - reach &&
                pt->y < r[3] + reach)
                cost += 2;
        }
        if (cost < best) {
            best = cost;
            memcpy(rect, r, sizeof r);
        }
    }
    return best;
}

/* The legend over the map, its rows on one line each; when every place
 * for it hides something, with rows past 0.3 of the frame's width wrapped,
 * if that hides less. Returns 1 when wrapped (the plan in *wrap). */
static int overlay_legend(const dm_map_t *map, PangoContext *pc, const entry_t *entries, int n, double rect[4],
                          band_plan_t *wrap)
{
    double fs = map->font_size, w = 0;
    for (int i = 0; i < n; i++)
        w = fmax(w, text_width(pc, map, entries[i].text));
    double cost = place_overlay(map, pc, fs * 4.5 + w, band_rows(map, pc, entries, n, NULL, NULL, NULL), rect);
    const dmi_frame_t *f = &map->frames[0];
    double cap = fmax((f->rect[2] - f->rect[0]) * 0.3, fs * 12), r[4];
    if (cost < 1 || w <= cap)
        return 0;
    *wrap = (band_plan_t){.cols = 1, .column = cap + fs * 4.2, .text = cap};
    if (place_overlay(map, pc, fs * 4.5 + cap, band_rows(map, pc, entries, n, wrap, NULL, NULL), r) >= cost)
        return 0;
    memcpy(rect, r, sizeof r);
    return 1;
}

const char *dmi_credits_text(const dm_map_t *map)
{
    static const char *const texts[] = {
        [0] = CREDITS_BASE,
        [DMI_OSM_KOREA] = CREDITS_BASE " · Line of demarcation: © OpenStreetMap contributors",
        [DMI_OSM_LAKES] = CREDITS_BASE " · Lakes: © OpenStreetMap contributors",
        [DMI_OSM_KOREA | DMI_OSM_LAKES] = CREDITS_LONGEST,
    };
    int osm = 0;
    for (int i = 0; i < map->frame_count; i++)
        osm |= map->frames[i].uses_osm;
    return texts[osm & (DMI_OSM_KOREA | DMI_OSM_LAKES)];
}

PangoLayout *dmi_credits_layout(PangoContext *pc, const dm_map_t *map)
{
    return credits_layout_of(pc, map, dmi_credits_text(map));
}

void dmi_credits_rect(const dm_map_t *map, PangoContext *pc, double rect[4])
{
    credits_rect_of(map, pc, dmi_credits_text(map), rect);
}

int dmi_source_rect(const dm_map_t *map, PangoContext *pc, double rect[4])
{
    PangoLayout *l = dmi_source_layout(pc, map);
    if (!l)
        return 0;
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    g_object_unref(l);
    double credits[4], fs = map->font_size;
    dmi_credits_rect(map, pc, credits);
    if (dmi_legend_below(map)) {
        rect[0] = fs;
        rect[3] = credits[1];
        rect[1] = rect[3] - th;
    } else if (!source_own_line(pc, map)) {
        rect[0] = credits[0] - tw;
        rect[1] = credits[1] + fs * 0.1;
        rect[3] = rect[1] + th;
    } else {   /* no room left of the credits: on a line above them */
        rect[0] = credits[2] - fs * 0.2 - tw;
        rect[3] = credits[1];
        rect[1] = rect[3] - th;
    }
    rect[2] = rect[0] + tw;
    return 1;
}

/* ---- symbols ---------------------------------------------------------- */

static void draw_arrowhead(cairo_t *cr, dmi_xy_t tip, dmi_xy_t from, double size)
{
    double dx = tip.x - from.x, dy = tip.y - from.y, len = hypot(dx, dy);
    if (len <= 0)
        return;
    dx /= len;
    dy /= len;
    cairo_move_to(cr, tip.x, tip.y);
    cairo_line_to(cr, tip.x - dx * size - dy * size * 0.5, tip.y - dy * size + dx * size * 0.5);
    cairo_line_to(cr, tip.x - dx * size + dy * size * 0.5, tip.y - dy * size - dx * size * 0.5);
    cairo_close_path(cr);
    cairo_fill(cr);
}

static void draw_cross(cairo_t *cr, dmi_xy_t c, double size)
{
    cairo_move_to(cr, c.x - size, c.y - size);
    cairo_line_to(cr, c.x + size, c.y + size);
    cairo_move_to(cr, c.x + size, c.y - size);
    cairo_line_to(cr, c.x - size, c.y + size);
    cairo_stroke(cr);
}

static void stroke_event_line(cairo_t *cr, const dm_map_t *map, const dmi_ring_t *pts, dm_event_type_t type,
                              dm_event_status_t status, int arrow, int cross)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size, dash[4];
    int nd = line_dashes(t, type, status, fs, dash);
    if (pts->count < 2)
        return;
    cairo_save(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    /* A halo under the line keeps it readable over borders. */
    set_rgb(cr, t->halo);
    cairo_set_line_width(cr, fs * 0.34);
    cairo_set_dash(cr, dash, nd, 0);
    dmi_shape_t one = {.rings = (dmi_ring_t *)pts, .count = 1};
    path_shape(cr, &one, 0);
    cairo_stroke(cr);
    set_rgb(cr, dmi_theme_event_rgb(t, type, status));
    cairo_set_line_width(cr, fs * 0.16);
    path_shape(cr, &one, 0);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    dmi_xy_t end = pts->pts[pts->count - 1], prev = pts->pts[pts->count - 2];
    if (arrow)
        draw_arrowhead(cr, end, prev, fs * 0.75);
    if (cross) {
        cairo_set_line_width(cr, fs * 0.2);
        draw_cross(cr, end, fs * 0.32);
    }
    cairo_restore(cr);
}

static void stroke_feature(cairo_t *cr, const dm_map_t *map, const dmi_shape_t *shape, dm_event_status_t status,
                           int is_area)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size, dash[4];
    int nd = line_dashes(t, DM_EVENT_BROADCAST, status, fs, dash);
    cairo_save(cr);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    if (is_area) {
        path_shape(cr, shape, 1);
        cairo_set_source_rgba(cr, t->line_feature.r, t->line_feature.g, t->line_feature.b, 0.2);
        cairo_fill_preserve(cr);
    } else {
        path_shape(cr, shape, 0);
    }
    set_rgb(cr, t->halo);
    cairo_set_line_width(cr, fs * 0.42);
    cairo_stroke_preserve(cr);
    set_rgb(cr, t->line_feature);
    cairo_set_line_width(cr, fs * 0.22);
    cairo_set_dash(cr, dash, nd, 0);
    cairo_stroke(cr);
    cairo_restore(cr);
}

/* The outline of an event marker: its shape says the event's type, so
 * colour never carries the meaning alone. */
static void event_shape(cairo_t *cr, dm_event_type_t type, double x, double y, double r)
{
    switch (type) {
    case DM_EVENT_AGREEMENT:   /* a square: a signed document */
        cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
        break;
    case DM_EVENT_STATEMENT:   /* a speech bubble */
        cairo_move_to(cr, x - r, y - r * 0.8);
        cairo_line_to(cr, x + r, y - r * 0.8);
        cairo_line_to(cr, x + r, y + r * 0.6);
        cairo_line_to(cr, x - r * 0.2, y + r * 0.6);
        cairo_line_to(cr, x - r * 0.7, y + r * 1.1);
        cairo_line_to(cr, x - r * 0.6, y + r * 0.6);
        cairo_line_to(cr, x - r, y + r * 0.6);
        cairo_close_path(cr);
        break;
    case DM_EVENT_INCIDENT:    /* a warning triangle */
        cairo_move_to(cr, x, y - r * 1.2);
        cairo_line_to(cr, x + r * 1.1, y + r * 0.75);
        cairo_line_to(cr, x - r * 1.1, y + r * 0.75);
        cairo_close_path(cr);
        break;
    default:                   /* meetings, talks, visits: a disc */
        cairo_arc(cr, x, y, r, 0, 2 * M_PI);
        break;
    }
}

/* The status's mark over a marker of radius r at (x, y) (status_mark.c). */
static void draw_status_mark(cairo_t *cr, const dm_map_t *map, double x, double y, double r, dm_event_type_t type,
                             dm_event_status_t status)
{
    dmi_status_mark_t mark;
    if (!dmi_status_mark(status, x, y, r, &mark))
        return;
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    if (mark.badge) {
        cairo_arc(cr, mark.badge_centre.x, mark.badge_centre.y, mark.badge_radius, 0, 2 * M_PI);
        set_rgb(cr, t->paper);
        cairo_fill_preserve(cr);
        set_rgb(cr, dmi_theme_event_rgb(t, type, status));
        cairo_set_line_width(cr, fs * 0.08);
        cairo_stroke(cr);
    }
    for (int pass = mark.slash ? 0 : 1; pass < 2; pass++) {
        for (int k = 0; k < mark.segment_count; k++) {
            cairo_move_to(cr, mark.segments[k].a.x, mark.segments[k].a.y);
            cairo_line_to(cr, mark.segments[k].b.x, mark.segments[k].b.y);
        }
        set_rgb(cr, pass ? dmi_theme_event_rgb(t, type, status) : t->paper);
        cairo_set_line_width(cr, fs * (pass ? 0.12 : 0.3));
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

static void set_status_dash(cairo_t *cr, const dm_map_t *map, dm_event_status_t status)
{
    double dash[2] = {map->font_size * 0.22, map->font_size * 0.16};
    cairo_set_dash(cr, dash, dmi_status_dashed(status) ? 2 : 0, 0);
}

/* Planned, cancelled or failed events are drawn hollow. */
int dmi_event_hollow(dm_event_status_t status)
{
    return status == DM_EVENT_PLANNED || status == DM_EVENT_CANCELLED || status == DM_EVENT_FAILED ||
           status == DM_EVENT_SUSPENDED;
}

/* A numbered event symbol; k scales the symbol (a smaller one in a row or
 * in the legend) but never its number, which keeps its size (at least
 * DMI_TEXT_MIN_SIZE). */
static void draw_numbered(cairo_t *cr, const dm_map_t *map, PangoContext *pc, double x, double y, int number,
                          dm_event_type_t type, dm_event_status_t status, double k)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size * k, r = dmi_marker_radius(map, 1) * k;
    int hollow = dmi_event_hollow(status);
    cairo_new_path(cr);
    event_shape(cr, type, x, y, r);
    set_rgb(cr, hollow ? t->paper : dmi_theme_event_rgb(t, type, status));
    cairo_fill_preserve(cr);
    set_rgb(cr, hollow ? dmi_theme_event_rgb(t, type, status) : t->marker_edge);
    cairo_set_line_width(cr, fs * (hollow ? 0.16 : 0.12));
    set_status_dash(cr, map, status);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    draw_status_mark(cr, map, x, y, r, type, status);   /* under the number: it stays readable */
    char num[8];
    snprintf(num, sizeof num, "%d", number);
    PangoLayout *l = dmi_text_layout(pc, map, num, DMI_TEXT_NUMBER);
    PangoRectangle ink;
    pango_layout_get_extents(l, &ink, NULL);
    cairo_move_to(cr, x - (ink.x + ink.width / 2.0) / PANGO_SCALE, y - (ink.y + ink.height / 2.0) / PANGO_SCALE);
    if (hollow)
        set_rgb(cr, dmi_theme_event_rgb(t, type, status));
    else
        cairo_set_source_rgb(cr, 1, 1, 1);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
}

/* Several events at one place share one marker: a pill showing all their
 * numbers ("1, 4"), in the colour and fill of the first. */
static void draw_numbers_pill(cairo_t *cr, const dm_map_t *map, PangoContext *pc, const dmi_marker_t *m)
{
    const struct dmi_theme *t = map->theme;
    const dm_event_t *ev = m->event >= 0 ? dm_story_event(map->story, (size_t)m->event) : NULL;
    dm_event_type_t type = ev ? ev->type : DM_EVENT_MEETING;
    int hollow = ev && dmi_event_hollow(ev->status);
    double fs = map->font_size, r = dmi_marker_radius(map, 1), hw = m->half_width;
    char text[64] = "";
    for (int i = 0; i < m->count && i < DMI_MARKER_NUMBERS; i++) {
        size_t len = strlen(text);
        snprintf(text + len, sizeof text - len, "%s%d", i ? ", " : "", m->numbers[i]);
    }
    if (m->count > DMI_MARKER_NUMBERS) {
        size_t len = strlen(text);
        snprintf(text + len, sizeof text - len, "+");
    }
    cairo_new_path(cr);
    cairo_arc(cr, m->x - hw + r, m->y, r, M_PI / 2, 3 * M_PI / 2);
    cairo_arc(cr, m->x + hw - r, m->y, r, -M_PI / 2, M_PI / 2);
    cairo_close_path(cr);
    set_rgb(cr, hollow ? t->paper : dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN));
    cairo_fill_preserve(cr);
    set_rgb(cr, hollow ? dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN) : t->marker_edge);
    cairo_set_line_width(cr, fs * (hollow ? 0.16 : 0.12));
    set_status_dash(cr, map, ev ? ev->status : DM_EVENT_UNKNOWN);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    if (ev)
        draw_status_mark(cr, map, m->x + hw - r, m->y, r, type, ev->status);
    PangoLayout *l = dmi_text_layout(pc, map, text, DMI_TEXT_NUMBER);
    PangoRectangle ink;
    pango_layout_get_extents(l, &ink, NULL);
    cairo_move_to(cr, m->x - (ink.x + ink.width / 2.0) / PANGO_SCALE, m->y - (ink.y + ink.height / 2.0) / PANGO_SCALE);
    if (hollow)
        set_rgb(cr, dmi_theme_event_rgb(t, type, ev ? ev->status : DM_EVENT_UNKNOWN));
    else
        cairo_set_source_rgb(cr, 1, 1, 1);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
}

static void draw_marker(cairo_t *cr, const dm_map_t *map, PangoContext *pc, const dmi_marker_t *m)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    /* pango leaves a current point behind; an arc would join it. */
    cairo_new_path(cr);
    if (m->count > 1 && m->mixed) {
        /* Events of different kinds or statuses: each its own symbol, in
         * a row, smaller. */
        double r = dmi_marker_radius(map, 1) * 0.8;
        int shown = m->count < DMI_MARKER_NUMBERS ? m->count : DMI_MARKER_NUMBERS;
        for (int k = 0; k < shown; k++) {
            const dm_event_t *ev = dm_story_event(map->story, (size_t)m->events[k]);
            draw_numbered(cr, map, pc, m->x - m->half_width + r + k * r * 1.9, m->y, m->numbers[k], ev->type,
                          ev->status, 0.8);
        }
        if (m->count > shown) {
            PangoLayout *l = dmi_text_layout(pc, map, "+", DMI_TEXT_NUMBER);
            cairo_move_to(cr, m->x + m->half_width - map->font_size * 0.55, m->y - map->font_size * 0.5);
            set_rgb(cr, t->text);
            pango_cairo_show_layout(cr, l);
            g_object_unref(l);
        }
        return;
    }
    if (m->count > 1) {
        draw_numbers_pill(cr, map, pc, m);
        return;
    }
    if (m->number) {
        const dm_event_t *ev = m->event >= 0 ? dm_story_event(map->story, (size_t)m->event) : NULL;
        draw_numbered(cr, map, pc, m->x, m->y, m->number, ev ? ev->type : DM_EVENT_MEETING,
                      ev ? ev->status : DM_EVENT_HELD, 1);
        return;
    }
    cairo_arc(cr, m->x, m->y, dmi_marker_radius(map, 0), 0, 2 * M_PI);
    set_rgb(cr, t->marker);
    cairo_fill_preserve(cr);
    set_rgb(cr, t->marker_edge);
    cairo_set_line_width(cr, fs * 0.1);
    cairo_stroke(cr);
}

static void draw_text(cairo_t *cr, const dm_map_t *map, PangoLayout *l, double x, double y, dmi_rgb_t color)
{
    cairo_move_to(cr, x, y);
    pango_cairo_layout_path(cr, l);
    set_rgb(cr, map->theme->halo);
    cairo_set_line_width(cr, map->font_size * 0.22);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
    cairo_move_to(cr, x, y);
    set_rgb(cr, color);
    pango_cairo_show_layout(cr, l);
}

/* Edge pointers: an arrowhead at the frame's edge where a line leaves it
 * (or towards a place outside), and the far place's name beside it. */
static void draw_pointers(cairo_t *cr, const dm_map_t *map, PangoContext *pc, int frame)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    for (size_t i = 0; i < map->pointer_count; i++) {
        const dmi_pointer_t *pt = &map->pointers[i];
        if (pt->frame != frame)
            continue;
        const dm_event_t *ev = dm_story_event(map->story, pt->event);
        dmi_xy_t tip = {pt->x, pt->y}, from = {pt->x - cos(pt->angle), pt->y - sin(pt->angle)};
        cairo_new_path(cr);
        set_rgb(cr, t->halo);
        cairo_set_line_width(cr, fs * 0.2);
        draw_arrowhead(cr, tip, from, fs * 1.0);
        set_rgb(cr, dmi_theme_event_rgb(t, ev->type, ev->status));
        draw_arrowhead(cr, tip, from, fs * 0.85);
        PangoLayout *l = dmi_text_layout(pc, map, pt->text, DMI_TEXT_LABEL);
        PangoRectangle ink;
        pango_layout_get_extents(l, &ink, NULL);
        draw_text(cr, map, l, pt->bbox[0] - ink.x / (double)PANGO_SCALE, pt->bbox[1] - ink.y / (double)PANGO_SCALE,
                  t->text);
        g_object_unref(l);
    }
}

static void draw_labels(cairo_t *cr, const dm_map_t *map, PangoContext *pc, int frame)
{
    const struct dmi_theme *t = map->theme;
    for (size_t i = 0; i < map->label_count; i++) {
        const dmi_label_t *lb = &map->labels[i];
        if (lb->frame != frame)
            continue;
        if (lb->has_leader) {
            set_rgb(cr, t->text);
            cairo_set_line_width(cr, map->font_size * 0.09);
            cairo_move_to(cr, lb->leader[0], lb->leader[1]);
            cairo_line_to(cr, lb->leader[2], lb->leader[3]);
            cairo_stroke(cr);
        }
        dmi_text_style_t style = lb->style == 1 ? DMI_TEXT_COUNTRY : lb->style == 2 ? DMI_TEXT_LINE : DMI_TEXT_LABEL;
        PangoLayout *l = dmi_text_layout(pc, map, lb->text, style);
        if (lb->wrap > 0) {
            pango_layout_set_width(l, (int)(lb->wrap * PANGO_SCALE));
            pango_layout_set_wrap(l, PANGO_WRAP_WORD);
        }
        draw_text(cr, map, l, lb->x, lb->y, lb->style == 0 ? t->text : t->text_muted);
        g_object_unref(l);
    }
}

static void draw_legend(cairo_t *cr, const dm_map_t *map, PangoContext *pc)
{
    entry_t entries[MAX_ENTRIES];
    int n = dmi_legend_entries(map, entries);
    if (n == 0)
        return;
    const struct dmi_theme *t = map->theme;
    double rect[4], fs = map->font_size, xs[MAX_ENTRIES], ys[MAX_ENTRIES], wrap;
    dmi_legend_layout(map, pc, entries, n, rect, xs, ys, &wrap);
    if (!dmi_legend_below(map)) {   /* in the band: on its paper, no box */
        cairo_rectangle(cr, rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1]);
        cairo_set_source_rgba(cr, t->paper.r, t->paper.g, t->paper.b, 0.88);
        cairo_fill_preserve(cr);
        set_rgb(cr, t->border);
        cairo_set_line_width(cr, fs * 0.05);
        cairo_stroke(cr);
    }
    for (int i = 0; i < n; i++) {
        const entry_t *e = &entries[i];
        double y = ys[i], x0 = xs[i], x1 = x0 + fs * 2.4;
        switch (e->swatch) {
        case DMI_SWATCH_NUMBER:
            draw_numbered(cr, map, pc, (x0 + x1) / 2, y, e->number, e->type, e->status, dmi_legend_symbol_scale(map));
            break;
        case DMI_SWATCH_MARKER: {
            dmi_marker_t m = {.x = (x0 + x1) / 2, .y = y};
            draw_marker(cr, map, pc, &m);
            break;
        }
        case DMI_SWATCH_LINE: {
            dmi_xy_t pts[2] = {{x0, y}, {x1, y}};
            dmi_ring_t ring = {.pts = pts, .count = 2};
            int stops = e->status == DM_EVENT_REFUSED || e->status == DM_EVENT_FAILED;
            stroke_event_line(cr, map, &ring, e->type, e->status, !stops, stops);
            break;
        }
        case DMI_SWATCH_FEATURE: {
            dmi_xy_t pts[2] = {{x0, y}, {x1, y}};
            dmi_ring_t ring = {.pts = pts, .count = 2};
            dmi_shape_t s = {.rings = &ring, .count = 1};
            stroke_feature(cr, map, &s, e->status, 0);
            break;
        }
        }
        PangoLayout *l = dmi_legend_row_layout(pc, map, e->text, wrap);
        int tw, th;
        pango_layout_get_pixel_size(l, &tw, &th);
        /* The first line beside the symbol; a wrapped row's others under it. */
        cairo_move_to(cr, x1 + fs * 0.8, y - th / 2.0 / pango_layout_get_line_count(l));
        set_rgb(cr, t->text);
        pango_cairo_show_layout(cr, l);
        g_object_unref(l);
    }
}

/* A scale bar of a round length, where the scale is meaningful (not on a
 * world map, whose scale varies across the frame): its length, bar and
 * text box. */
static int scale_bar_length(const dmi_frame_t *f, double *km, double *len)
{
    /* Over a few thousand kilometres the scale varies too much across the
     * frame for one bar to be honest. */
    if (f->window.rmax - f->window.rmin >= 359 || f->km_per_unit <= 0 ||
        f->km_per_unit * (f->rect[2] - f->rect[0]) > 3000)
        return 0;
    double target_km = (f->rect[2] - f->rect[0]) * 0.15 * f->km_per_unit;
    double mag = pow(10, floor(log10(target_km)));
    *km = mag;
    static const double steps[] = {1, 2, 5, 10};
    for (int i = 0; i < 4; i++)
        if (steps[i] * mag <= target_km)
            *km = steps[i] * mag;
    *len = *km / f->km_per_unit;
    return 1;
}

static int box_hits(const double a[4], const double b[4])
{
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

int dmi_scale_bar(const dm_map_t *map, PangoContext *pc, int frame, dmi_scale_bar_t *out)
{
    const dmi_frame_t *f = &map->frames[frame];
    double km, len, fs = map->font_size;
    if (f->role == DMI_FRAME_OVERVIEW || !scale_bar_length(f, &km, &len))
        return 0;
    snprintf(out->text, sizeof out->text, "%g km", km);
    PangoLayout *l = dmi_text_layout(pc, map, out->text, DMI_TEXT_SMALL);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    g_object_unref(l);
    /* Over the map the main frame's bar stands on the credit line. */
    double credits[4], legend[4], source[4], bottom = f->rect[3];
    dmi_credits_rect(map, pc, credits);
    dmi_legend_rect(map, pc, legend);
    int has_source = dmi_source_rect(map, pc, source);
    if (frame == 0 && !dmi_legend_below(map))
        bottom = credits[1];
    /* The corner where it covers the fewest labels and markers: bottom
     * right first, then bottom left, top right, top left. */
    double best = INFINITY;
    for (int c = 0; c < 4; c++) {
        double x1 = c % 2 == 0 ? f->rect[2] - fs : f->rect[0] + fs + len;
        double y = c < 2 ? bottom - fs * 0.6 : f->rect[1] + fs * 0.6 + fs * 0.35 + th;
        double box[4] = {fmin(x1 - len - fs * 0.15, (x1 - len + x1) / 2 - tw / 2.0), y - fs * 0.35 - th,
                         fmax(x1 + fs * 0.15, (x1 - len + x1) / 2 + tw / 2.0), y + fs * 0.15};
        double cost = c * 0.1;
        for (size_t i = 0; i < map->label_count; i++)
            if (map->labels[i].frame == frame && box_hits(box, map->labels[i].bbox))
                cost += 10;
        for (size_t i = 0; i < map->pointer_count; i++)
            if (map->pointers[i].frame == frame && box_hits(box, map->pointers[i].bbox))
                cost += 10;
        for (size_t i = 0; i < map->marker_count; i++) {
            const dmi_marker_t *m = &map->markers[i];
            double r = dmi_marker_radius(map, m->number), hw = dmi_marker_half_width(map, m);
            double mb[4] = {m->x - hw, m->y - r, m->x + hw, m->y + r};
            if (m->frame == frame && box_hits(box, mb))
                cost += 5;
        }
        if (frame == 0) {
            if (box_hits(box, credits) || (legend[2] > legend[0] && box_hits(box, legend)) ||
                (has_source && box_hits(box, source)))
                cost += 100;
            for (int k = 1; k < map->frame_count; k++)
                if (box_hits(box, map->frames[k].rect))
                    cost += 100;
        }
        if (cost < best) {
            best = cost;
            out->x0 = x1 - len;
            out->x1 = x1;
            out->y = y;
            memcpy(out->box, box, sizeof box);
        }
    }
    return 1;
}

static void draw_scale_bar(cairo_t *cr, const dm_map_t *map, PangoContext *pc, int frame)
{
    dmi_scale_bar_t b;
    if (!dmi_scale_bar(map, pc, frame, &b))
        return;
    double x0 = b.x0, x1 = b.x1, y = b.y, fs = map->font_size;
    const struct dmi_theme *t = map->theme;
    set_rgb(cr, t->halo);
    cairo_set_line_width(cr, fs * 0.3);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
    set_rgb(cr, t->text);
    cairo_set_line_width(cr, fs * 0.12);
    cairo_move_to(cr, x0, y - fs * 0.3);
    cairo_line_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_line_to(cr, x1, y - fs * 0.3);
    cairo_stroke(cr);
    PangoLayout *l = dmi_text_layout(pc, map, b.text, DMI_TEXT_SMALL);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    draw_text(cr, map, l, (x0 + x1) / 2 - tw / 2.0, y - fs * 0.35 - th, t->text);
    g_object_unref(l);
}

static void draw_frame(cairo_t *cr, const dm_map_t *map, const dmi_frame_t *f)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size;
    cairo_save(cr);
    cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
    cairo_clip(cr);
    if (f->sphere.count) {
        path_shape(cr, &f->sphere, 1);
        set_rgb(cr, t->ocean);
        cairo_fill_preserve(cr);
        cairo_clip(cr);
    } else {
        cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
        set_rgb(cr, t->ocean);
        cairo_fill(cr);
    }
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    for (size_t i = 0; i < f->country_count; i++) {
        path_shape(cr, &f->countries[i], 1);
        set_rgb(cr, f->country_tint[i] ? t->land_story : t->land);
        cairo_fill(cr);
    }
    /* Lakes over the land they lie on, in the ocean's colour; their
     * islands are holes, and their shores are stroked with the coast. */
    if (f->lakes.count) {
        path_shape(cr, &f->lakes, 1);
        set_rgb(cr, t->ocean);
        cairo_fill(cr);
    }
    /* Basemap lines are about a pixel wide: bevel joins look the same as
     * round ones there and stroke several times faster. */
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL);
    cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST);
    /* On a world map the land's edge against the ocean is the coast; a
     * stroke adds nothing but cost (the Natural Earth world coast is some
     * 30,000 segments). Regional maps outline their coasts. */
    if (f->window.rmax - f->window.rmin < 359) {
        set_rgb(cr, t->coast);
        cairo_set_line_width(cr, fs * 0.06);
        stroke_in_batches(cr, &f->coast);
    }
    set_rgb(cr, t->border);
    cairo_set_line_width(cr, fs * 0.07);
    stroke_in_batches(cr, &f->borders);
    stroke_in_batches(cr, &f->detail_borders);
    cairo_restore(cr);
}

/* Story content of one frame: lines and areas, event lines, markers,
 * labels; clipped to the frame. */
static void draw_content(cairo_t *cr, dm_map_t *map, PangoContext *pc, int fi)
{
    const dmi_frame_t *f = &map->frames[fi];
    cairo_save(cr);
    cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
    cairo_clip(cr);
    for (size_t i = 0; i < map->feature_count; i++)
        if (map->features[i].frame == fi)
            stroke_feature(cr, map, &map->features[i].shape, map->features[i].status, map->features[i].is_area);
    for (size_t i = 0; i < map->line_count; i++) {
        const dmi_line_t *ln = &map->lines[i];
        const dm_event_t *ev = dm_story_event(map->story, ln->event);
        if (ln->frame == fi)
            stroke_event_line(cr, map, &ln->points, ev->type, ev->status, ln->arrow, ln->cross);
    }
    for (size_t i = 0; i < map->marker_count; i++)
        if (map->markers[i].frame == fi)
            draw_marker(cr, map, pc, &map->markers[i]);
    if (f->outline.count >= 3) {
        /* The overview: the main frame's extent outlined. */
        dmi_shape_t one = {.rings = (dmi_ring_t *)&f->outline, .count = 1};
        path_shape(cr, &one, 1);
        set_rgb(cr, map->theme->halo);
        cairo_set_line_width(cr, map->font_size * 0.25);
        cairo_stroke_preserve(cr);
        set_rgb(cr, map->theme->text);
        cairo_set_line_width(cr, map->font_size * 0.1);
        cairo_stroke(cr);
    }
    draw_labels(cr, map, pc, fi);
    draw_pointers(cr, map, pc, fi);
    cairo_restore(cr);
}

static void draw_locators(cairo_t *cr, const dm_map_t *map)
{
    const struct dmi_theme *t = map->theme;
    const dmi_frame_t *mf = &map->frames[0];
    cairo_save(cr);
    cairo_rectangle(cr, mf->rect[0], mf->rect[1], mf->rect[2] - mf->rect[0], mf->rect[3] - mf->rect[1]);
    cairo_clip(cr);
    for (int i = 1; i < map->frame_count; i++) {
        const dmi_frame_t *f = &map->frames[i];
        if (f->locator.count < 3)
            continue;
        dmi_shape_t one = {.rings = (dmi_ring_t *)&f->locator, .count = 1};
        path_shape(cr, &one, 1);
        set_rgb(cr, t->halo);
        cairo_set_line_width(cr, map->font_size * 0.25);
        cairo_stroke_preserve(cr);
        set_rgb(cr, t->text);
        cairo_set_line_width(cr, map->font_size * 0.1);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

static void draw_inset_frame(cairo_t *cr, const dm_map_t *map, const dmi_frame_t *f, int before)
{
    const struct dmi_theme *t = map->theme;
    double fs = map->font_size, pad = fs * 0.25;
    cairo_new_path(cr);
    if (before) {
        /* A paper margin and a soft shadow lift the inset off the map. */
        cairo_rectangle(cr, f->rect[0] - pad + fs * 0.15, f->rect[1] - pad + fs * 0.15, f->rect[2] - f->rect[0] + 2 * pad,
                        f->rect[3] - f->rect[1] + 2 * pad);
        cairo_set_source_rgba(cr, 0, 0, 0, 0.18);
        cairo_fill(cr);
        cairo_rectangle(cr, f->rect[0] - pad, f->rect[1] - pad, f->rect[2] - f->rect[0] + 2 * pad,
                        f->rect[3] - f->rect[1] + 2 * pad);
        set_rgb(cr, t->paper);
        cairo_fill(cr);
        return;
    }
    cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
    set_rgb(cr, t->text);
    cairo_set_line_width(cr, fs * 0.08);
    cairo_stroke(cr);
}

/* The paper and the main frame's basemap, the bulk of the rasterising,
 * drawn by threads into horizontal bands of an image surface: each band is
 * a surface of its own over the same pixels, so no cairo state is shared.
 * Two bands whatever the machine, so the pixels never depend on it. */
#define BASEMAP_BANDS 2

typedef struct {
    dm_map_t *map;
    cairo_surface_t *band;
    int y0;
} band_job_t;

static void *draw_band(void *arg)
{
    band_job_t *job = arg;
    cairo_t *cr = cairo_create(job->band);
    cairo_translate(cr, 0, -job->y0);
    cairo_scale(cr, job->map->scale, job->map->scale);
    set_rgb(cr, job->map->theme->paper);
    cairo_paint(cr);
    draw_frame(cr, job->map, &job->map->frames[0]);
    cairo_destroy(cr);
    return NULL;
}

void dmi_map_draw_basemap_bands(dm_map_t *map, cairo_surface_t *image)
{
    cairo_surface_flush(image);
    unsigned char *data = cairo_image_surface_get_data(image);
    int w = cairo_image_surface_get_width(image), h = cairo_image_surface_get_height(image);
    int stride = cairo_image_surface_get_stride(image);
    band_job_t jobs[BASEMAP_BANDS];
    for (int i = 0; i < BASEMAP_BANDS; i++) {
        int y0 = h * i / BASEMAP_BANDS, y1 = h * (i + 1) / BASEMAP_BANDS;
        jobs[i] = (band_job_t){map, cairo_image_surface_create_for_data(data + (size_t)y0 * (size_t)stride,
                                                                        CAIRO_FORMAT_RGB24, w, y1 - y0, stride), y0};
    }
    dmi_run_parallel(draw_band, jobs, sizeof *jobs, BASEMAP_BANDS);
    for (int i = 0; i < BASEMAP_BANDS; i++)
        cairo_surface_destroy(jobs[i].band);
    cairo_surface_mark_dirty(image);
}

/* ---- title and subtitle ------------------------------------------------ */

PangoLayout *dmi_heading_layout(PangoContext *pc, const dm_map_t *map, dmi_text_style_t style)
{
    const char *text = style == DMI_TEXT_TITLE ? dm_story_title(map->story) : dm_story_subtitle(map->story);
    PangoLayout *l = dmi_text_layout(pc, map, text ? text : "", style);
    pango_layout_set_width(l, (int)((map->width - 2 * map->font_size) * PANGO_SCALE));
    /* Two lines rather than a title cut short; an ellipsis past them. */
    pango_layout_set_wrap(l, PANGO_WRAP_WORD);
    pango_layout_set_height(l, -2);
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    return l;
}

/* A heading's height and its number of lines. */
static double heading_height(PangoContext *pc, const dm_map_t *map, dmi_text_style_t style, int *lines)
{
    PangoLayout *l = dmi_heading_layout(pc, map, style);
    int tw, th;
    pango_layout_get_pixel_size(l, &tw, &th);
    *lines = pango_layout_get_line_count(l);
    g_object_unref(l);
    return th;
}

/* Whether a heading surely fits one line (no Latin character is wider
 * than 0.7 em), without laying it out: the map's size is set before
 * the fonts are warm, and a wide canvas's title mostly fits. */
static int surely_one_line(const dm_map_t *map, const char *text, dmi_text_style_t style)
{
    return !text || g_utf8_strlen(text, -1) * 0.7 * dmi_text_size(map, style) < map->width - 2 * map->font_size;
}

double dmi_subtitle_y(const dm_map_t *map, PangoContext *pc)
{
    double fs = map->font_size;
    const char *title = dm_story_title(map->story);
    if (!title)
        return fs * 0.6;
    int lines;
    double h = heading_height(pc, map, DMI_TEXT_TITLE, &lines);
    /* One line on a wide canvas: where it always was. */
    return !dmi_narrow(map) && lines <= 1 ? fs * 3.0 : fs * 0.7 + h;
}

double dmi_title_height(const dm_map_t *map)
{
    const char *title = dm_story_title(map->story), *subtitle = dm_story_subtitle(map->story);
    double fs = map->font_size;
    if (!title)
        return 0;
    if (!dmi_narrow(map) && surely_one_line(map, title, DMI_TEXT_TITLE) &&
        surely_one_line(map, subtitle, DMI_TEXT_SUBTITLE))
        return fs * (subtitle ? 4.6 : 3.2);
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    dmi_text_setup_context(pc);
    int title_lines, subtitle_lines = 0;
    double h = heading_height(pc, map, DMI_TEXT_TITLE, &title_lines);
    if (subtitle)
        h = dmi_subtitle_y(map, pc) + heading_height(pc, map, DMI_TEXT_SUBTITLE, &subtitle_lines);
    else
        h += fs * 0.6;
    g_object_unref(pc);
    if (!dmi_narrow(map) && title_lines <= 1 && subtitle_lines <= 1)
        return fs * (subtitle ? 4.6 : 3.2);
    return h + fs * 0.5;
}

/* story 0: everything but the story's own drawing (render/html.c draws
 * markers, lines, labels, title, legend and credits as SVG over it). */
static dm_status_t draw_map(dm_map_t *map, cairo_t *cr, int main_basemap_drawn, int story)
{
    const struct dmi_theme *t = map->theme;
    PangoContext *pc = pango_font_map_create_context(dmi_text_font_map(map->ctx));
    pango_cairo_update_context(cr, pc);
    dmi_text_setup_context(pc);
    const dmi_frame_t *main_frame = &map->frames[0];
    if (!main_basemap_drawn) {
        set_rgb(cr, t->paper);
        cairo_paint(cr);
        draw_frame(cr, map, main_frame);
    }
    if (story)
        draw_content(cr, map, pc, 0);
    draw_locators(cr, map);
    for (int i = 1; i < map->frame_count; i++) {
        const dmi_frame_t *f = &map->frames[i];
        draw_inset_frame(cr, map, f, 1);
        draw_frame(cr, map, f);
        if (story)
            draw_content(cr, map, pc, i);
        cairo_save(cr);
        cairo_rectangle(cr, f->rect[0], f->rect[1], f->rect[2] - f->rect[0], f->rect[3] - f->rect[1]);
        cairo_clip(cr);
        draw_scale_bar(cr, map, pc, i);   /* an overview's scale says nothing: none there */
        cairo_restore(cr);
        draw_inset_frame(cr, map, f, 0);
    }
    double fs = map->font_size;
    const char *title = story ? dm_story_title(map->story) : NULL;
    const char *subtitle = story ? dm_story_subtitle(map->story) : NULL;
    if (title) {
        PangoLayout *l = dmi_heading_layout(pc, map, DMI_TEXT_TITLE);
        cairo_move_to(cr, fs, fs * 0.6);
        set_rgb(cr, t->text);
        pango_cairo_show_layout(cr, l);
        g_object_unref(l);
    }
    if (subtitle) {
        PangoLayout *l = dmi_heading_layout(pc, map, DMI_TEXT_SUBTITLE);
        cairo_move_to(cr, fs, dmi_subtitle_y(map, pc));
        set_rgb(cr, t->text_muted);
        pango_cairo_show_layout(cr, l);
        g_object_unref(l);
    }
    double credits[4];
    dmi_credits_rect(map, pc, credits);
    if (!story)
        goto scale_bar;
    draw_legend(cr, map, pc);
    cairo_rectangle(cr, credits[0], credits[1], credits[2] - credits[0], credits[3] - credits[1]);
    cairo_set_source_rgba(cr, t->paper.r, t->paper.g, t->paper.b, 0.75);
    cairo_fill(cr);
    PangoLayout *l = dmi_credits_layout(pc, map);
    cairo_move_to(cr, credits[0] + fs * 0.2, credits[1] + fs * 0.1);
    set_rgb(cr, t->text_muted);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
    double source[4];
    if ((l = dmi_source_layout(pc, map)) && dmi_source_rect(map, pc, source)) {
        cairo_move_to(cr, source[0], source[1]);
        pango_cairo_show_layout(cr, l);
    }
    if (l)
        g_object_unref(l);
scale_bar:
    /* A theme file's logo: with the basemap, so SVG and HTML have it too. */
    dmi_theme_draw_logo(t, cr, map->width, map->height);
    draw_scale_bar(cr, map, pc, 0);
    g_object_unref(pc);
    cairo_status_t cs = cairo_status(cr);
    if (cs != CAIRO_STATUS_SUCCESS)
        return dmi_error(map->ctx, DM_ERR_RENDER, "drawing failed: %s", cairo_status_to_string(cs));
    return DM_OK;
}

dm_status_t dmi_map_draw(dm_map_t *map, cairo_t *cr, int main_basemap_drawn)
{
    return draw_map(map, cr, main_basemap_drawn, 1);
}

dm_status_t dmi_map_draw_basemap(dm_map_t *map, cairo_t *cr, int main_basemap_drawn)
{
    return draw_map(map, cr, main_basemap_drawn, 0);
}
