package io.storywire.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storywire.core.serde.Json;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic-looking news articles for the benchmark, written from this class's own templates and word lists (no
 * dev-set text): stories about the default topics (trade, Taiwan, North Korea, K-pop) and about subjects the
 * taxonomy does not tag (sport, food, science, local news), each story a few to a few hundred articles (a heavy
 * tail, as news comes), bodies of 1.5 to 8 KB. Deterministic: the same seed gives the same articles in the same
 * order.
 *
 * <p>Each article names its story's people, organisation and place and repeats its subject, so the clusterer has
 * real stories to find; the rest of the body is drawn from large slot-filled sentence patterns, so two articles of
 * different stories share few word triples (ingest's near-duplicate check must not fold them together).
 */
public final class ArticleGenerator {

    public static final int MIN_BODY_BYTES = 1500;
    public static final int MAX_BODY_BYTES = 8000;
    static final String URL_PREFIX = "https://bench.storywire.example/a/";
    /** Topic label of a story the taxonomy should leave untagged. */
    public static final String UNTAGGED = "";

    /** One generated article; {@code json} is ingest's JSON input. */
    public record Generated(int n, String topic, int story, String title, String source, OffsetDateTime published,
                            String url, String body, String json, String person, String person2, String org,
                            String place) {
    }

    private record Story(int id, String topic, String person, String role, String person2, String org, String place,
                         String subject, int figure, OffsetDateTime start, String[] titles, int[] remaining,
                         String[] keywords, String theme) {
    }

    private final Random random;
    private final double newStoryShare;
    private final List<Story> active = new ArrayList<>();
    private final OffsetDateTime base;
    private final long secondsPerArticle;
    private int next;
    private int stories;
    private boolean numberTitles;
    /** Namespace of the stories' own made-up words, or -1: words from the lists (see {@link #distinctStories}). */
    private int namespace = -1;
    /** The keywords of the story being written ({K} slots). */
    private String[] storyKeywords = {"plan"};

    /** Articles with the default story mix: about one in four opens a story. */
    public ArticleGenerator(long seed) {
        this(seed, 0.25, OffsetDateTime.of(2025, 3, 3, 6, 0, 0, 0, ZoneOffset.UTC), 45);
    }

    /**
     * @param newStoryShare     share of articles that open a new story (1: every article its own story)
     * @param base              publication time of the first article
     * @param secondsPerArticle publication times advance this much per article, so times are distinct and a story's
     *                          articles fall within days of each other
     */
    public ArticleGenerator(long seed, double newStoryShare, OffsetDateTime base, long secondsPerArticle) {
        this.random = new Random(seed);
        this.newStoryShare = newStoryShare;
        this.base = base;
        this.secondsPerArticle = secondsPerArticle;
    }

    /**
     * Ends every title with the article's number in brackets, " (123)": the latency benchmark finds each article
     * again in the story events by it.
     */
    public ArticleGenerator numberTitles() {
        numberTitles = true;
        return this;
    }

    /**
     * Gives every story words no other story has: half its keywords (the two that name its subject among them), its
     * two people and its organisation's middle word become made-up words derived from the story's number and
     * {@code namespace}, so no two stories (of this generator, or of generators with other namespaces) share them.
     * Everything else (templates, topic words, places, the other keywords) stays as shared as before. The lists alone
     * repeat over a few thousand stories, and a clusterer rightly joins what looks alike: the clustering cost
     * benchmark needs stories that are apart by construction to hold 100,000 of them.
     *
     * @param namespace 0 to {@value #MAX_NAMESPACE}
     */
    public ArticleGenerator distinctStories(int namespace) {
        if (namespace < 0 || namespace > MAX_NAMESPACE) {
            throw new IllegalArgumentException("namespace must be 0 to " + MAX_NAMESPACE + ": " + namespace);
        }
        this.namespace = namespace;
        return this;
    }

    static final int MAX_NAMESPACE = 16;
    /** Stories per namespace that get words of their own. */
    static final int MAX_DISTINCT_STORIES = 1 << 23;
    private static final String CONSONANTS = "bdfghklmnprstvz";
    private static final String VOWELS = "aeiou";

    /**
     * A made-up word, one for each (namespace, story, slot < 16): five consonant-vowel syllables, the scrambled
     * number's digits in base 75, and a closing "k". Distinct numbers give distinct words, and the English stemmer
     * leaves them whole (no suffix it strips ends in "k"), so distinct words stay distinct stems.
     */
    static String madeUpWord(int namespace, int story, int slot) {
        if (story < 0 || story >= MAX_DISTINCT_STORIES || slot < 0 || slot >= 16) {
            throw new IllegalArgumentException("story " + story + ", slot " + slot);
        }
        int syllables = CONSONANTS.length() * VOWELS.length();
        long space = (long) Math.pow(syllables, 5);
        // scrambled by a multiplier prime to 3 and 5 (a bijection modulo 75^5), so neighbouring stories' words do
        // not share long endings
        long k = ((((long) namespace * MAX_DISTINCT_STORIES) + story) * 16 + slot) * 1_000_003L % space;
        StringBuilder w = new StringBuilder(11);
        for (int i = 0; i < 5; i++) {
            int d = (int) (k % syllables);
            k /= syllables;
            w.append(CONSONANTS.charAt(d / VOWELS.length())).append(VOWELS.charAt(d % VOWELS.length()));
        }
        return w.append('k').toString();
    }

    /** The article number a title made by {@link #numberTitles()} ends with, or -1. */
    public static int titleNumber(String title) {
        if (title == null || !title.endsWith(")")) {
            return -1;
        }
        int open = title.lastIndexOf(" (");
        try {
            return open < 0 ? -1 : Integer.parseInt(title.substring(open + 2, title.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** How many stories have been opened so far. */
    public int storiesOpened() {
        return stories;
    }

    public Generated next() {
        int n = next++;
        Story story = pickStory(n);
        OffsetDateTime published = base.plusSeconds(n * secondsPerArticle + random.nextInt((int) Math.max(1, secondsPerArticle)));
        String source = pick(SOURCES);
        String title = story.titles()[random.nextInt(story.titles().length)];
        if (random.nextInt(3) == 0) {
            // outlets rewrite headlines: a prefix or a suffix of their own
            title = random.nextBoolean() ? pick(TITLE_PREFIXES) + title : title + pick(TITLE_SUFFIXES);
        }
        if (numberTitles) {
            title = title + " (" + n + ")";
        }
        String body = body(story, n);
        String url = URL_PREFIX + n;
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("title", title);
        json.put("source", source);
        json.put("published", published.toString());
        json.put("url", url);
        json.put("body", body);
        return new Generated(n, story.topic(), story.id(), title, source, published, url, body, json.toString(),
                story.person(), story.person2(), story.org(), story.place());
    }

    private Story pickStory(int n) {
        if (newStoryShare >= 1.0) {
            stories++;
            return newStory(n);
        }
        if (active.isEmpty() || random.nextDouble() < newStoryShare) {
            Story s = newStory(n);
            active.add(s);
            stories++;
        }
        // recent stories get most of the coverage
        int i = active.size() - 1 - (int) Math.min(active.size() - 1, Math.floor(-Math.log(1 - random.nextDouble()) * 6));
        Story s = active.get(i);
        if (--s.remaining()[0] <= 0) {
            active.remove(i);
        }
        return s;
    }

    private Story newStory(int n) {
        double u = random.nextDouble();
        // heavy tail: half the stories are one or two articles, a few run to hundreds
        int size = (int) Math.min(400, Math.floor(1 / Math.pow(1 - u * 0.999, 1.1)));
        double t = random.nextDouble();
        String topic = t < 0.18 ? "trade" : t < 0.32 ? "taiwan" : t < 0.46 ? "north-korea" : t < 0.62 ? "k-pop"
                : UNTAGGED;
        String[][] kind = topic.equals(UNTAGGED) ? UNTAGGED_KINDS[random.nextInt(UNTAGGED_KINDS.length)]
                : TOPIC_WORDS[List.of("trade", "taiwan", "north-korea", "k-pop").indexOf(topic)];
        String person = personName(topic);
        String person2 = personName(topic);
        String role = pick(kind[1]);
        String org = orgName(kind);
        String place = pick(kind[3]);
        // what sets this story apart from others on the same subject: its own handful of words
        String[] keywords = new String[8];
        for (int i = 0; i < keywords.length; i++) {
            keywords[i] = pick(KEYWORDS);
        }
        if (namespace >= 0) {
            // the first half of the keywords (the subject's two among them) and the names become the story's own
            int id = stories;
            for (int i = 0; i < keywords.length / 2; i++) {
                keywords[i] = madeUpWord(namespace, id, i);
            }
            person = capitalise(madeUpWord(namespace, id, 8)) + " " + capitalise(madeUpWord(namespace, id, 9));
            person2 = capitalise(madeUpWord(namespace, id, 10)) + " " + capitalise(madeUpWord(namespace, id, 11));
            org = pick(ORG_FIRST) + " " + capitalise(madeUpWord(namespace, id, 12)) + " " + pick(kind[6]);
        }
        // the subject names the story by its own words; the theme (the kind of news) is said once per article
        String theme = pick(kind[0]);
        String subject = "the " + keywords[0] + " " + keywords[1] + " " + pick(CASE_NOUNS);
        int figure = 3 + random.nextInt(97);
        storyKeywords = keywords;
        String[] titles = new String[3];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = capitalise(fill(pick(kind[4]), topic, kind, person, role, person2, org, place, subject, figure));
        }
        return new Story(stories, topic, person, role, person2, org, place, subject, figure,
                base.plusSeconds(n * secondsPerArticle), titles, new int[] {size}, keywords, theme);
    }

    private String body(Story s, int n) {
        storyKeywords = s.keywords();
        String[][] kind = s.topic().equals(UNTAGGED) ? untaggedKindOf(s) : TOPIC_WORDS[List.of("trade", "taiwan",
                "north-korea", "k-pop").indexOf(s.topic())];
        double u = random.nextDouble();
        int target = MIN_BODY_BYTES + 100 + (int) ((MAX_BODY_BYTES - MIN_BODY_BYTES - 400) * u * u);
        StringBuilder b = new StringBuilder();
        int inParagraph = 0;
        List<String> lead = List.of(kind[5]);
        String first = fill(lead.get(random.nextInt(lead.size())), s.topic(), kind, s.person(), s.role(), s.person2(),
                s.org(), s.place(), s.subject(), s.figure() + random.nextInt(5));
        b.append(capitalise(first)).append(' ');
        b.append(capitalise(fill(pick(THEME_SENTENCES), s.topic(), kind, s.person(), s.role(), s.person2(), s.org(),
                s.place(), s.subject(), s.figure()).replace("{H}", s.theme()))).append(' ');
        while (b.length() < target) {
            int r = random.nextInt(6);
            String pattern = r < 2 ? pick(kind[5]) : r < 4 ? pick(KEYWORD_SENTENCES) : pick(GENERIC);
            String sentence = capitalise(fill(pattern, s.topic(), kind, s.person(), s.role(), s.person2(), s.org(),
                    s.place(), s.subject(), 2 + random.nextInt(480)));
            if (b.length() + sentence.length() + 3 > MAX_BODY_BYTES) {
                break;
            }
            b.append(sentence);
            if (++inParagraph >= 3 + random.nextInt(3)) {
                b.append("\n\n");
                inParagraph = 0;
            } else {
                b.append(' ');
            }
        }
        // the body never falls short of the minimum: short generic sentences close the gap
        while (b.length() < MIN_BODY_BYTES) {
            b.append(capitalise(fill(pick(GENERIC), s.topic(), kind, s.person(), s.role(), s.person2(), s.org(),
                    s.place(), s.subject(), 7 + n % 90))).append(' ');
        }
        String body = b.toString().strip();
        while (body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            body = body.substring(0, body.lastIndexOf(' ', body.length() - 2)).strip();
        }
        return body;
    }

    private String[][] untaggedKindOf(Story s) {
        for (String[][] k : UNTAGGED_KINDS) {
            if (java.util.Arrays.stream(k[0]).anyMatch(x -> s.subject().startsWith(x))) {
                return k;
            }
        }
        return UNTAGGED_KINDS[0];
    }

    /** Replaces each {slot} of a pattern; the story's own slots stay fixed, the rest are drawn anew. */
    private String fill(String pattern, String topic, String[][] kind, String person, String role, String person2,
                        String org, String place, String subject, int figure) {
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = pattern.indexOf('}', i);
            String slot = pattern.substring(i + 1, end);
            out.append(switch (slot) {
                case "P" -> person;
                case "P2" -> person2;
                case "R" -> role;
                case "O" -> org;
                case "L" -> place;
                case "S" -> subject;
                case "N" -> String.valueOf(figure);
                case "F" -> String.format(Locale.ROOT, "%d.%d", figure % 40, random.nextInt(10));
                case "T" -> pick(kind[2]);
                // quoted people are the story's own: names shared across stories would tie them together
                case "X" -> random.nextBoolean() ? person : person2;
                case "C" -> pick(CITIES);
                case "D" -> pick(DAYS);
                case "M" -> pick(MONTHS);
                case "V" -> pick(SAID);
                case "A" -> pick(ADJECTIVES);
                case "G" -> random.nextBoolean() ? pick(NOUNS) : pick(storyKeywords);
                case "Q" -> pick(QUOTES);
                case "W" -> pick(VERBS);
                case "J" -> pick(JOBS);
                case "K" -> pick(storyKeywords);
                case "H" -> "{H}";
                default -> slot;
            });
            i = end + 1;
        }
        return out.toString();
    }

    private String personName(String topic) {
        return switch (topic) {
            case "taiwan" -> pick(CHINESE_FAMILY) + " " + pick(CHINESE_GIVEN1) + "-" + pick(CHINESE_GIVEN2);
            case "north-korea", "k-pop" -> pick(KOREAN_FAMILY) + " " + pick(KOREAN_GIVEN1) + "-" + pick(KOREAN_GIVEN2);
            default -> random.nextBoolean() ? pick(WESTERN_GIVEN) + " " + pick(WESTERN_FAMILY)
                    : pick(KOREAN_FAMILY) + " " + pick(KOREAN_GIVEN1) + "-" + pick(KOREAN_GIVEN2);
        };
    }

    private String orgName(String[][] kind) {
        return pick(ORG_FIRST) + " " + capitalise(pick(KEYWORDS)) + " " + pick(kind[6]);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- word lists (this project's own) ----

    private static final String[] SOURCES = {"Harbour Gazette", "Eastern Wire", "Morning Bulletin",
        "Pacific Courier", "Capital Observer", "Lakeside Times", "Northern Chronicle", "Seoul Night Post",
        "Island Tribune", "Continental Digest", "Valley Sentinel", "Metro Ledger", "Coastal Register",
        "Summit Daily", "Harbor Light News", "Bay Area Telegraph"};
    private static final String[] TITLE_PREFIXES = {"Update: ", "Analysis: ", "Explainer: ", "Live: ", "Exclusive: "};
    private static final String[] TITLE_SUFFIXES = {" - report", " as talks drag on", ", officials say",
        " amid uncertainty", " in surprise move"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] SAID = {"said", "told reporters", "noted", "added", "argued", "stressed",
        "wrote in a statement", "said in an interview", "warned", "acknowledged", "insisted", "explained"};
    private static final String[] ADJECTIVES = {"sharp", "modest", "unexpected", "gradual", "steep", "brief",
        "lengthy", "cautious", "bold", "fragile", "sudden", "steady", "renewed", "limited", "broad", "narrow",
        "heated", "quiet", "prolonged", "swift", "uneven", "rare", "costly", "informal", "tentative", "firm"};
    private static final String[] NOUNS = {"plan", "proposal", "schedule", "budget", "review", "timetable",
        "report", "survey", "agreement", "package", "framework", "deadline", "forecast", "audit", "inquiry",
        "measure", "guideline", "draft", "programme", "initiative", "roadmap", "petition", "response", "briefing"};
    private static final String[] VERBS = {"delay", "expand", "revise", "scrap", "approve", "examine", "question",
        "welcome", "criticise", "postpone", "defend", "endorse", "reconsider", "publish", "finalise", "extend"};
    private static final String[] JOBS = {"analyst", "economist", "researcher", "professor", "lawyer",
        "consultant", "former official", "spokesperson", "observer", "historian", "engineer", "columnist"};
    private static final String[] QUOTES = {"we are watching this very closely", "nobody expected it to move this fast",
        "the details still have to be worked out", "this is only the first step", "people deserve clear answers",
        "it is too early to draw conclusions", "we will respond in due course", "the numbers speak for themselves",
        "there is no quick fix here", "the coming weeks will be decisive", "we have been preparing for months",
        "it could have been handled better", "the public mood has shifted", "everyone is waiting for the next move"};
    private static final String[] CITIES = {"Busan", "Incheon", "Daegu", "Gwangju", "Osaka", "Nagoya", "Manila",
        "Hanoi", "Jakarta", "Singapore", "Sydney", "Vancouver", "Rotterdam", "Hamburg", "Lyon", "Chicago",
        "Houston", "Mumbai", "Bangkok", "Kuala Lumpur", "Auckland", "Dubai", "Nairobi", "Lisbon", "Helsinki"};
    private static final String[] ORG_FIRST = {"Hanbit", "Daeyang", "Golden Bridge", "Blue River", "Summit",
        "Evergreen", "Northgate", "Silverline", "Redwood", "Oriental", "Greenfield", "Crescent", "Harmony",
        "Pioneer", "Sunrise", "Keystone", "Starlight", "Ironwood", "Meridian", "Lotus", "Phoenix", "Jade Harbor",
        "Westbrook", "Mirae", "Saebyeok", "Tianhe", "Yushan", "Baekdu", "Hallasan", "Namsan"};
    private static final String[] WESTERN_GIVEN = {"Daniel", "Laura", "Michael", "Sarah", "Thomas", "Emily",
        "Robert", "Anna", "James", "Claire", "Peter", "Helen", "Mark", "Julia", "Victor", "Nina", "Oliver", "Grace",
        "Simon", "Rachel", "Martin", "Alice", "Henry", "Sophie"};
    private static final String[] WESTERN_FAMILY = {"Hartley", "Brennan", "Okafor", "Lindqvist", "Moreau",
        "Castillo", "Whitaker", "Novak", "Fischer", "Delgado", "Sutherland", "Kowalski", "Ramsey", "Albright",
        "Carver", "Ellison", "Fairbanks", "Galloway", "Hollis", "Iverson", "Jansen", "Kessler", "Langford", "Mercer"};
    private static final String[] KOREAN_FAMILY = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon",
        "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong"};
    private static final String[] KOREAN_GIVEN1 = {"Min", "Seo", "Ji", "Hyun", "Jae", "Soo", "Young", "Dong",
        "Sung", "Eun", "Hye", "Tae", "Woo", "Jun", "Ha", "Yeon", "Chan", "Kyung"};
    private static final String[] KOREAN_GIVEN2 = {"jun", "yeon", "woo", "ho", "min", "jin", "hee", "soo", "won",
        "bin", "ah", "kyu", "seok", "hwan", "rin", "joon", "mi", "gi"};
    private static final String[] CHINESE_FAMILY = {"Lin", "Chen", "Huang", "Chang", "Wang", "Liu", "Tsai",
        "Yang", "Hsu", "Cheng", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Lai", "Wu", "Lu"};
    private static final String[] CHINESE_GIVEN1 = {"Wei", "Chia", "Yu", "Hsin", "Chih", "Ming", "Shu", "Kuan",
        "Tzu", "Pei", "Yi", "Chun", "Hao", "Ting"};
    private static final String[] CHINESE_GIVEN2 = {"ting", "hao", "lun", "wen", "hsuan", "jie", "han", "yi",
        "chen", "fang", "yu", "ming", "ling", "kai"};

    /**
     * Per kind of story: [0] subjects, [1] roles, [2] topic phrases, [3] places, [4] title patterns, [5] story
     * sentence patterns, [6] organisation suffixes. The topic phrases carry the taxonomy's vocabulary for tagged
     * topics and stay clear of it for untagged ones.
     */
    private static final String[][][] TOPIC_WORDS = {
        { // trade
            {"steel tariffs", "rare earth export controls", "a free trade agreement", "anti-dumping duties on solar panels",
                "the trade surplus", "tariffs on electric vehicles", "a shipbuilding trade pact", "import duties on beef",
                "the trade deficit with Washington", "semiconductor export curbs", "trade talks on farm goods"},
            {"trade minister", "commerce secretary", "chief trade negotiator", "customs commissioner",
                "head of the exporters' association", "deputy trade representative"},
            {"the trade war", "new tariffs", "the trade dispute", "export controls", "protectionism",
                "the trade balance", "retaliatory tariffs", "import quotas", "a trade deal", "anti-dumping measures",
                "trade talks", "the free trade agreement", "customs duties", "the tariff schedule"},
            {"Seoul", "Washington", "Beijing", "Tokyo", "Brussels", "Geneva", "Ottawa", "New Delhi"},
            {"{L} weighs response to {S}", "{P} pushes back on {S}", "{O} warns of losses from {S}",
                "talks on {S} stall in {L}", "{S}: {N} percent hit feared", "exporters brace for {S}",
                "{P} to meet counterparts over {S}"},
            {"{P}, {R}, {V} on {D} that {S} would cost exporters {N} billion dollars a year.",
                "The dispute over {S} deepened after {L} announced {T} covering {N} product lines.",
                "{O} said shipments fell {F} percent in {M} because of {S}.",
                "{P} met {P2} in {L} to discuss {S} and {T}.",
                "Officials in {L} said {T} would take effect within {N} days unless talks on {S} made progress.",
                "Analysts at {O} estimated that {S} could shave {F} points off export growth.",
                "{P2}, a {J} who follows {T}, {V} that {S} marked a turning point for {L}.",
                "Manufacturers represented by {O} asked {P} to seek exemptions from {T}."},
            {"Steel", "Trading", "Logistics", "Shipping", "Exporters Association", "Industries", "Motors"}},
        { // taiwan
            {"the cross-strait drills", "a TSMC plant expansion", "the Legislative Yuan budget fight",
                "Taiwan's defence budget", "a Taiwan Strait transit", "Taipei's chip export rules",
                "the Taiwan Relations Act debate", "a Kuomintang delegation visit", "Taiwan's undersea cable cut"},
            {"legislator", "Mainland Affairs Council official", "Taiwanese defence minister", "Taipei mayor",
                "opposition lawmaker", "presidential office spokesperson"},
            {"cross-strait tensions", "the self-ruled island", "Taiwan Strait patrols", "Taipei's stance",
                "the Taiwanese economy", "Beijing's pressure on Taiwan", "Taiwan's chipmakers", "cross-strait trade",
                "Taiwanese public opinion", "the island's coast guard"},
            {"Taipei", "Kaohsiung", "Taichung", "Hsinchu", "Tainan", "Keelung", "Kinmen", "Penghu"},
            {"Taiwan says {S} is under way", "{P} defends {S} in Taipei", "Taipei reacts to {S}",
                "{S} raises cross-strait tension", "Taiwan's {O} comments on {S}", "{P} questioned over {S}"},
            {"{P}, a Taiwanese {R}, {V} on {D} that {S} had been planned for months.",
                "In Taipei, {P} {V} that {S} would not change cross-strait policy.",
                "{O} in {L} said {S} involved about {N} people and would last into {M}.",
                "Taiwan's government briefed {P2} on {S} and on {T}.",
                "Observers in Taipei linked {S} to {T} and to a vote due in {M}.",
                "{P2}, a {J} in {L}, {V} that {T} had made {S} harder to predict.",
                "Residents of {L} told local media that {S} was the main topic of conversation on Taiwan's talk shows."},
            {"Semiconductor", "Electronics", "Precision", "Foundation", "Institute", "Holdings"}},
        { // north-korea
            {"a North Korean missile launch", "Pyongyang's satellite attempt", "inter-Korean border tensions",
                "North Korea's party congress", "a defector's testimony", "Kim Jong Un's factory tour",
                "North Korean hackers", "sanctions on Pyongyang", "the Koreas' family reunions"},
            {"unification minister", "North Korea analyst", "defector-turned-lawmaker", "military spokesperson",
                "intelligence official", "sanctions monitor"},
            {"Pyongyang's weapons programme", "the North Korean regime", "inter-Korean relations",
                "the Korean Peninsula", "North Korean state media", "Kim Jong Un's leadership", "the DPRK",
                "the demilitarised zone", "North Korea's economy"},
            {"Pyongyang", "Seoul", "Panmunjom", "Wonsan", "Sinuiju", "Kaesong", "Hamhung", "Nampo"},
            {"North Korea {S} draws condemnation", "Seoul monitors {S}", "{P} on {S}", "Pyongyang defends {S}",
                "{S}: what we know", "{O} tracks {S}"},
            {"{P}, {R}, {V} on {D} that {S} showed Pyongyang was testing the new administration.",
                "North Korean state media described {S} as a success, while Seoul said it was monitoring {T}.",
                "{O} said {S} took place near {L} and involved {N} units.",
                "{P2}, a {J} who studies North Korea, {V} that {S} fitted a pattern seen since {M}.",
                "South Korea's joint chiefs said {S} was the {N}th such event this year.",
                "Pyongyang has not commented on {T}, but {P} {V} that {S} was aimed at a domestic audience."},
            {"Institute", "Research Centre", "Monitoring Group", "Foundation", "Watch"}},
        { // k-pop
            {"a K-pop girl group's comeback", "a boy band's world tour", "an idol group's debut",
                "a K-pop agency dispute", "a Korean drama's global hit", "a K-pop concert ticket row",
                "a K-pop star's military enlistment", "the hallyu exhibition", "an idol's solo album"},
            {"K-pop producer", "entertainment agency chief", "music critic", "fan club leader", "idol trainer",
                "concert promoter"},
            {"the Korean wave", "K-pop fandom", "idol groups", "the K-pop industry", "Korean entertainment",
                "K-drama fans", "music show rankings", "the girl group scene", "K-pop streaming records"},
            {"Seoul", "Gangnam", "Hongdae", "Los Angeles", "Tokyo", "Bangkok", "London", "Jakarta"},
            {"K-pop: {S} breaks records", "{P} opens up about {S}", "fans react to {S}", "{O} confirms {S}",
                "{S} tops the charts", "{S} sparks debate among fans"},
            {"{P}, a K-pop {R}, {V} on {D} that {S} had been rehearsed for {N} weeks.",
                "{O} said {S} drew {N} thousand fans in {L}.",
                "Fans of the idol group flooded social media after {S}, pushing {T} up the trends list.",
                "{P2}, a {J} who covers K-pop, {V} that {S} showed how far {T} had travelled.",
                "Music show rankings in {M} placed {S} at number {N}.",
                "The entertainment agency {O} said {S} would be followed by a fan meeting in {L}."},
            {"Entertainment", "Music", "Studios", "Creative", "Label"}},
    };

    private static final String[][][] UNTAGGED_KINDS = {
        { // sport
            {"the marathon course change", "the baseball playoff series", "a football transfer saga",
                "the swimming championships", "a tennis upset", "the cycling race route"},
            {"head coach", "team captain", "league commissioner", "club chairman", "team doctor"},
            {"the season", "the playoffs", "the home crowd", "the league table", "the training camp",
                "the final round", "the transfer window"},
            {"Incheon", "Daejeon", "Suwon", "Ulsan", "Jeonju", "Changwon"},
            {"{P} on {S}", "{S} leaves fans stunned", "{O} confirm {S}", "{S}: coach speaks out"},
            {"{P}, {R}, {V} on {D} that {S} had changed the team's plans for {T}.",
                "{O} said {S} would be reviewed before {T}.",
                "Supporters in {L} greeted {S} with {N} minutes of applause.",
                "{P2}, a {J} who follows the club, {V} that {S} was the talk of {T}."},
            {"Football Club", "Baseball Club", "Athletics", "Sports Club", "Racing Team"}},
        { // food
            {"the kimchi festival", "a street food night market", "the new noodle chain", "a rice harvest fair",
                "the bakery contest", "a seafood cooking show"},
            {"head chef", "restaurant owner", "food writer", "market organiser", "festival director"},
            {"local cuisine", "the menu", "seasonal ingredients", "the food stalls", "the tasting panel",
                "home cooking", "the recipe"},
            {"Jeonju", "Gangneung", "Sokcho", "Mokpo", "Tongyeong", "Andong"},
            {"{S} draws crowds in {L}", "{P} on {S}", "what to eat at {S}", "{O} behind {S}"},
            {"{P}, {R}, {V} on {D} that {S} served {N} thousand visitors.",
                "Visitors to {S} queued for {N} minutes to try {T}.",
                "{O} said {S} would return next {M} with more stalls.",
                "{P2}, a {J} who writes about {T}, {V} that {S} had surprised even regulars."},
            {"Kitchen", "Foods", "Bakery", "Dining", "Catering"}},
        { // science
            {"a comet sighting", "the deep-sea survey", "a dinosaur fossil find", "the new telescope",
                "a rare bird census", "the cave mapping project"},
            {"lead researcher", "museum curator", "field biologist", "observatory director", "geologist"},
            {"the research team", "the samples", "the field season", "the observations", "the specimens",
                "the survey data", "the museum collection"},
            {"Jeju", "Ulleungdo", "Gyeongju", "Boseong", "Yeongwol", "Taebaek"},
            {"scientists report {S}", "{P} explains {S}", "{S} surprises researchers", "{O} publishes {S}"},
            {"{P}, {R}, {V} on {D} that {S} had taken {N} months of work.",
                "{O} said {S} produced {N} new records for {T}.",
                "Volunteers near {L} helped with {S}, logging {T} every night.",
                "{P2}, a {J} not involved in the work, {V} that {S} was a careful piece of research."},
            {"Observatory", "Natural History Museum", "Research Station", "Laboratory", "Society"}},
        { // local news
            {"the new bus route", "a library renovation", "the river clean-up", "a neighbourhood festival",
                "the bridge repairs", "a school anniversary"},
            {"district head", "council member", "residents' association chair", "school principal", "librarian"},
            {"the neighbourhood", "local residents", "the district office", "the works", "the opening hours",
                "the parking rules", "the community centre"},
            {"Mapo", "Jongno", "Haeundae", "Suseong", "Bupyeong", "Yuseong"},
            {"{S} divides {L} residents", "{P} on {S}", "{S} opens next week", "{O} plans {S}"},
            {"{P}, {R}, {V} on {D} that {S} would be finished by {M}.",
                "About {N} residents attended a meeting on {S} in {L}.",
                "{O} said {S} had cost less than planned, freeing money for {T}.",
                "{P2}, a {J} who lives nearby, {V} that {S} had changed {T}."},
            {"District Office", "Community Centre", "Library", "Residents Association", "Works Department"}},
    };

    private static final String[] CASE_NOUNS = {"affair", "deal", "case", "project", "dispute", "proposal",
        "episode", "talks", "plan", "row"};
    private static final String[] THEME_SENTENCES = {"At the heart of {S} is {H}, and with it {T}.",
        "{S} is, in the end, about {H} and {T}.", "For {O}, {S} comes down to {H}.",
        "{S} grew out of {H}, people in {L} said, and it now touches {T}."};
    private static final String[] KEYWORD_SENTENCES = {
        "Questions about the {K} and the {K} dominated the day.",
        "The {K} issue was raised again by {P} on {D}.",
        "{P2} pointed to the {K} as the detail most people had missed.",
        "Documents seen by reporters mention the {K} {N} times.",
        "People close to {O} said the {K} had been discussed for weeks.",
        "Nobody at {O} would say what the {K} would mean for the {K}.",
        "Much of the debate turned on the {K}, which {P} called essential.",
        "A second briefing in {L} focused on the {K} and on {S}.",
        "Photographs of the {K}, the {K} and the {K} circulated widely.",
        "{P} described the {K} and the {K} as connected.",
        "The {K} was moved after the {K} failed, according to {O}.",
        "Early accounts of {S} mentioned only the {K}; later ones added the {K} and the {K}.",
        "Inspectors returned to the {K} on {D}, {N} hours after the {K} was sealed.",
    };
    /** Words that make one story's vocabulary its own (a story draws four). */
    private static final String[] KEYWORDS = ("anchor apron atlas avalanche badge ballast bamboo banner barley "
            + "barrel basin beacon bellows birch blanket blossom boulder bracket bramble brass brick bridle bronze "
            + "bucket buckle bulletin cabin cable cactus canal candle canopy canvas capsule caravan cargo carousel "
            + "cartridge cascade cellar chalk chamber chapel charcoal chimney chisel cinder citadel cliff clover "
            + "cobalt compass copper coral cornice cotton courier cradle crane crater crayon crest crystal cupola "
            + "cylinder dam delta denim depot dial dome drawbridge drum dune easel ember emerald engine "
            + "estuary fabric falcon fence ferry fiddle filament flagpole flannel flint flute forge fossil fountain "
            + "furnace gable galley garnet gauge glider granite gravel greenhouse hammock harbour harness "
            + "harp hatch hazel helmet hinge hive hopper horizon hull icicle indigo ingot ivory jasmine jetty jigsaw "
            + "kayak kettle keel kiln kite ladder lagoon lantern lathe lattice lavender ledger lever lighthouse "
            + "limestone linen locket loom lumber magnet mallet mangrove mantle maple marble marina marsh mast meadow "
            + "mesa meteor mill mirror mortar mosaic mural nectar needle nickel oar oasis obelisk orchard "
            + "orchid paddle pagoda palette parchment pasture pebble pendulum pepper pewter pier pigment pillar "
            + "pine piston plank plaza plinth plough plume porcelain prism propeller pulley pylon quarry "
            + "quartz quill quilt raft rafter rampart ravine reef ribbon ridge rivet rope rudder saddle "
            + "sapphire satchel scaffold scroll sextant shingle shovel shutter silo siren skylight slate sled "
            + "sluice spindle spire spruce stable starling stencil stirrup sundial swamp tamarind tapestry "
            + "telescope terrace thimble thistle throttle timber tinder topaz torch tower trellis trowel tugboat "
            + "tulip tundra turret twine umbrella valve vane velvet viaduct vineyard violet walnut "
            + "warehouse wharf wheelbarrow whistle wicker willow windmill winch yarn yoke zinc zeppelin").split(" ");

    private static final String[] GENERIC = {
        "{X}, a {J} in {C}, {V} that the {A} {G} would need a second look before {M}.",
        "\"{Q},\" {X} {V}.",
        "\"{Q},\" {V} {X}, a {J} based in {C}.",
        "The {G} was first floated in {M} and drew a {A} reaction at the time.",
        "Critics want to {W} the {G}, arguing that the {A} timetable leaves little room for change.",
        "A separate {G} from {C} points to a {A} shift over the past {N} weeks.",
        "Some {J}s expect officials to {W} the {G} once the {A} review is complete.",
        "{X} {V} that a {A} {G} was more likely than a {A} one.",
        "The figures cover {N} cases and were compiled by a {J} team in {C}.",
        "Asked about the {G}, {X} declined to give a date but {V} that work was {A}.",
        "Earlier this year a {A} {G} in {C} was dropped after {N} days of debate.",
        "Officials plan to {W} the {G} at a meeting on {D}.",
        "According to a {J} familiar with the matter, the {G} runs to {N} pages.",
        "{X} has asked for the {G} to be published before {M}, a request that remains open.",
        "The {A} mood on {D} contrasted with a {A} week before it.",
        "Local broadcasters in {C} carried the {G} live, and {N} viewers tuned in.",
        "It is not the first time a {J} has called for officials to {W} a {G} of this kind.",
        "A {A} {G} could follow, {X} {V}, though nothing has been decided.",
    };
}
