package io.storywire.enrich.topic;

import io.storywire.core.model.Article;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.Evidence;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.entity.FoundMention;
import io.storywire.enrich.text.TextFolder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;

/**
 * Decides what an article is about, for one compiled taxonomy. Each trigger phrase and tagged entity of a topic adds
 * its weight; a headline hit counts {@value #TITLE_WEIGHT} times and is not length-normalised (a headline says what
 * the piece is about); a body hit counts {@value #LEAD_WEIGHT} times in the lead and once after it, and the body's
 * sum is divided by the pivoted length {@code (1 - b) + b * words / pivot} (b = {@value #LENGTH_SLOPE}, pivot =
 * {@value #PIVOT_WORDS} words, as in BM25): in an article of the pivot length the score is the weighted count of
 * evidence, and a long piece mentioning Taiwan once in passing stays far below a threshold a piece about Taiwan
 * clears. An entity the topic does not list counts for the
 * entities it implies (a capital for its country, a leader for the country) at {@value #IMPLIED_FACTOR}; a demonym
 * ("Taiwanese") at {@value #DEMONYM_FACTOR} in the body and in full in the headline ("North Korean man sentenced").
 *
 * <p>A <em>short</em> item (a headline alone, or with a teaser of under {@value #SHORT_BODY_WORDS} words) is held to
 * the topic's {@code shortThreshold} and its body is not length-normalised: "North Korea fires missile" says what it
 * is about in four words. Not evidence: a wire dateline and credit at the head of the body ("PYONGYANG, Dec 1 (KCNA)
 * --", "SEOUL (Reuters) -") and the article's own source name wherever it is written; a one-word person or
 * organisation written in capitals ("ROSE" in an all-capitals headline is not the singer Rosé). Two pieces of
 * evidence for one topic on the same words count once (the larger).
 */
public final class TopicMatcher {

    static final double TITLE_WEIGHT = 1.5;
    static final double LEAD_WEIGHT = 1.5;
    static final double LENGTH_SLOPE = 0.75;
    static final double PIVOT_WORDS = 400;
    static final int MIN_WORDS = 100;
    static final double IMPLIED_FACTOR = 0.5;
    static final double DEMONYM_FACTOR = 0.5;
    /** The lead: the first share of the body, at least its first paragraph. */
    static final double LEAD_SHARE = 0.2;
    /** A body shorter than this is a teaser: the item is judged as a headline with a standfirst. */
    public static final int SHORT_BODY_WORDS = 60;
    /** How fast repeats of one phrase or entity fade: the k-th adds 1 / (1 + (k - 1) * decay) of its weight. */
    static final double REPEAT_DECAY = Double.parseDouble(System.getProperty("storywire.topic.decay",
            io.storywire.core.config.StorywireConfig.defaults().get("topic.decay")));

    private final Taxonomy taxonomy;
    private final PhraseMatcher phrases;
    private final Map<String, List<double[]>> entityWeights;

    public TopicMatcher(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.phrases = new PhraseMatcher(taxonomy.topics());
        Map<String, List<double[]>> weights = new HashMap<>();
        for (int i = 0; i < taxonomy.topics().size(); i++) {
            for (Map.Entry<String, Double> e : taxonomy.topics().get(i).entities().entrySet()) {
                weights.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new double[] {i, e.getValue()});
            }
        }
        this.entityWeights = weights;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Every topic's raw score and evidence, in taxonomy order. */
    private record Scored(double[] scores, double[] titleScores, List<List<Evidence>> evidence) {
    }

    public List<TopicTag> tag(Article article, List<FoundMention> mentions) {
        Scored scored = score(article, mentions);
        double[] scores = scored.scores();
        boolean shortItem = isShort(article);
        List<TopicTag> tags = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            TopicDefinition t = taxonomy.topics().get(i);
            if (t.matchesAll()) {
                tags.add(new TopicTag(t.id(), t.label(), 1.0, List.of(new Evidence("rule", "match:all", "title", 0, 0, 1.0))));
                continue;
            }
            double threshold = shortItem ? t.effectiveShortThreshold() : t.threshold();
            // a headline says what the piece is about: one that clears the short-item bar settles it
            boolean enough = scores[i] >= threshold
                    || (scores[i] > 0 && scored.titleScores()[i] >= t.effectiveShortThreshold());
            if (enough && anchored(t, scored.evidence().get(i))) {
                List<Evidence> ev = scored.evidence().get(i);
                ev.sort(Comparator.comparing((Evidence e) -> e.field().equals("title") ? 0 : 1)
                        .thenComparingInt(Evidence::start));
                tags.add(new TopicTag(t.id(), t.label(), round(scores[i]), List.copyOf(ev)));
            }
        }
        tags.sort(Comparator.comparingDouble(TopicTag::score).reversed());
        return tags;
    }

    /** Every topic's score, assigned or not; the evaluation and tests look at what falls under the threshold. */
    public Map<String, Double> scores(Article article, List<FoundMention> mentions) {
        double[] scores = score(article, mentions).scores();
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            out.put(taxonomy.topics().get(i).id(), round(scores[i]));
        }
        return out;
    }

    /** True when the topic names no anchors, or one of them is among the (positive) evidence. */
    private static boolean anchored(TopicDefinition t, List<Evidence> evidence) {
        if (t.requires() == null) {
            return true;
        }
        for (Evidence e : evidence) {
            if (e.weight() > 0 && t.requires().contains(e.value()) && !excluded(e, evidence)) {
                return true;
            }
        }
        return false;
    }

    /** Inside an exclusion's words: the "idol" of "American Idol" is no anchor. */
    private static boolean excluded(Evidence e, List<Evidence> evidence) {
        for (Evidence x : evidence) {
            if (x.weight() < 0 && x.field().equals(e.field()) && x.start() <= e.start() && e.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    /** A headline alone or with a short teaser. */
    public static boolean isShort(Article article) {
        return article.headlineOnly() || article.body() == null || countWords(article.body()) < SHORT_BODY_WORDS;
    }

    private Scored score(Article article, List<FoundMention> mentions) {
        String title = article.title() == null ? "" : article.title();
        String body = article.body() == null ? "" : article.body();
        boolean shortItem = isShort(article);
        double norm = shortItem ? 1.0
                : (1 - LENGTH_SLOPE) + LENGTH_SLOPE * Math.max(MIN_WORDS, countWords(body)) / PIVOT_WORDS;
        int leadEnd = shortItem ? 0 : leadEnd(body);
        NotEvidence skip = NotEvidence.of(article);
        boolean capsTitle = isAllCaps(title);
        int n = taxonomy.topics().size();
        // per topic, the best evidence on each (field, span): an entity and a phrase on the same words count once
        List<Map<String, Evidence>> best = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            best.add(new LinkedHashMap<>());
        }
        for (String field : List.of("title", "body")) {
            String text = field.equals("title") ? title : body;
            for (PhraseMatcher.Hit h : phrases.find(TextFolder.normalize(text))) {
                if (skip.covers(field, h.start(), h.end())) {
                    continue;
                }
                double w = h.trigger().weight() * factor(field, h.start(), leadEnd, norm);
                keep(best, h.trigger().topic(), new Evidence("phrase", h.trigger().phrase(), field, h.start(), h.end(), w));
            }
        }
        for (FoundMention m : mentions) {
            if (skip.covers(m.field(), m.start(), m.end()) || capitalisedWord(m, capsTitle)) {
                continue;
            }
            double demonym = m.demonym() ? (m.field().equals("title") ? 1.0 : DEMONYM_FACTOR) : 1.0;
            double f = factor(m.field(), m.start(), leadEnd, norm) * demonym;
            List<double[]> direct = entityWeights.get(m.id());
            boolean[] done = new boolean[n];
            if (direct != null) {
                for (double[] tw : direct) {
                    int topic = (int) tw[0];
                    done[topic] = true;
                    keep(best, topic, new Evidence("entity", m.id(), m.field(), m.start(), m.end(), tw[1] * f));
                }
            }
            for (String implied : m.implies()) {
                List<double[]> via = entityWeights.get(implied);
                if (via == null) {
                    continue;
                }
                for (double[] tw : via) {
                    int topic = (int) tw[0];
                    if (!done[topic]) {
                        done[topic] = true;
                        keep(best, topic, new Evidence("entity", m.id(), m.field(), m.start(), m.end(),
                                tw[1] * f * IMPLIED_FACTOR));
                    }
                }
            }
        }
        double[] scores = new double[n];
        double[] titleScores = new double[n];
        List<List<Evidence>> evidence = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Evidence> list = new ArrayList<>();
            for (Evidence e : best.get(i).values()) {
                // the headline on its own, before repeats fade (a body that repeats the name must not weaken it)
                titleScores[i] += e.field().equals("title") ? e.weight() : 0;
            }
            for (Evidence e : saturate(best.get(i).values())) {
                scores[i] += e.weight();
                list.add(new Evidence(e.kind(), e.value(), e.field(), e.start(), e.end(), round(e.weight())));
            }
            evidence.add(list);
        }
        return new Scored(scores, titleScores, evidence);
    }

    /**
     * Keeps the strongest evidence per span and topic. Spans are compared exactly, so "trade" and "trade war" both
     * count, while two spellings of one phrase ("rare earth", "rare-earth": on equal weights the one the topic writes
     * first, as hits come in the topic's order) or a name and its phrase count once; a
     * negative weight on a span (an exclusion such as "military service") wins over a positive one on the same words; on
     * equal weights the entity is kept (its id says more than the phrase that backs it up in lower-case text).
     */
    private static void keep(List<Map<String, Evidence>> best, int topic, Evidence e) {
        best.get(topic).merge(e.field() + ":" + e.start() + ":" + e.end(), e,
                (a, b) -> a.weight() < 0 || b.weight() < 0 ? (a.weight() <= b.weight() ? a : b)
                        : (b.weight() > a.weight() || (b.weight() == a.weight() && b.kind().equals("entity")) ? b : a));
    }

    /**
     * Repeats of one phrase or entity add less and less: the k-th occurrence (strongest first) adds its weight
     * divided by k, so a commodity story that says "export" fifteen times does not outscore one that names the trade
     * deficit, a tariff and the trade talks. Exclusions (negative weights) count in full.
     */
    private static List<Evidence> saturate(java.util.Collection<Evidence> all) {
        Map<String, List<Evidence>> byValue = new LinkedHashMap<>();
        for (Evidence e : all) {
            byValue.computeIfAbsent(e.kind() + ":" + e.value(), k -> new ArrayList<>()).add(e);
        }
        List<Evidence> out = new ArrayList<>();
        for (List<Evidence> same : byValue.values()) {
            same.sort(Comparator.comparingDouble(Evidence::weight).reversed());
            for (int k = 0; k < same.size(); k++) {
                Evidence e = same.get(k);
                double w = e.weight() < 0 ? e.weight() : e.weight() / (1 + k * REPEAT_DECAY);
                out.add(new Evidence(e.kind(), e.value(), e.field(), e.start(), e.end(), w));
            }
        }
        return out;
    }

    /** A one-word person or organisation written in capitals in running caps ("ROSE", "TWICE"): a word, not a name. */
    private static boolean capitalisedWord(FoundMention m, boolean capsTitle) {
        if (m.type() == EntityType.PLACE || m.text() == null || m.text().contains(" ") || m.text().length() < 3) {
            return false;
        }
        boolean caps = isAllCaps(m.text());
        boolean nameIsCaps = m.name() != null && isAllCaps(m.name());
        return caps && !nameIsCaps && (capsTitle || m.field().equals("body"));
    }

    static boolean isAllCaps(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static double factor(String field, int start, int leadEnd, double norm) {
        if (field.equals("title")) {
            return TITLE_WEIGHT;
        }
        return (start < leadEnd ? LEAD_WEIGHT : 1.0) / norm;
    }

    /** The lead: the first fifth of the body, or its first paragraph when that is longer. */
    private static int leadEnd(String body) {
        int share = (int) (body.length() * LEAD_SHARE);
        Matcher m = PARAGRAPH_BREAK.matcher(body);
        int firstParagraph = m.find() ? m.start() : body.length();
        return Math.max(share, firstParagraph);
    }

    /** A blank line, or a line break followed by an indent (wire copy indents its paragraphs). */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\n[ \\t]+");

    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
