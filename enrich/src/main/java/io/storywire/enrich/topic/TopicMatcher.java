package io.storywire.enrich.topic;

import io.storywire.core.model.Article;
import io.storywire.core.model.Evidence;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.entity.FoundMention;
import io.storywire.enrich.text.TextFolder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * ("Taiwanese") at {@value #DEMONYM_FACTOR}.
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
    private record Scored(double[] scores, List<List<Evidence>> evidence) {
    }

    public List<TopicTag> tag(Article article, List<FoundMention> mentions) {
        Scored scored = score(article, mentions);
        double[] scores = scored.scores();
        List<TopicTag> tags = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            TopicDefinition t = taxonomy.topics().get(i);
            if (scores[i] >= t.threshold()) {
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

    private Scored score(Article article, List<FoundMention> mentions) {
        String title = article.title() == null ? "" : article.title();
        String body = article.body() == null ? "" : article.body();
        double norm = (1 - LENGTH_SLOPE) + LENGTH_SLOPE * Math.max(MIN_WORDS, countWords(body)) / PIVOT_WORDS;
        int leadEnd = leadEnd(body);
        int n = taxonomy.topics().size();
        double[] scores = new double[n];
        List<List<Evidence>> evidence = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            evidence.add(new ArrayList<>());
        }
        for (String field : List.of("title", "body")) {
            String text = field.equals("title") ? title : body;
            for (PhraseMatcher.Hit h : sameSpanOnce(phrases.find(TextFolder.normalize(text)))) {
                double w = h.trigger().weight() * factor(field, h.start(), leadEnd, norm);
                add(scores, evidence, h.trigger().topic(),
                        new Evidence("phrase", h.trigger().phrase(), field, h.start(), h.end(), w));
            }
        }
        for (FoundMention m : mentions) {
            double f = factor(m.field(), m.start(), leadEnd, norm) * (m.demonym() ? DEMONYM_FACTOR : 1.0);
            List<double[]> direct = entityWeights.get(m.id());
            boolean[] done = new boolean[n];
            if (direct != null) {
                for (double[] tw : direct) {
                    int topic = (int) tw[0];
                    done[topic] = true;
                    add(scores, evidence, topic, new Evidence("entity", m.id(), m.field(), m.start(), m.end(), tw[1] * f));
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
                        add(scores, evidence, topic, new Evidence("entity", m.id(), m.field(), m.start(), m.end(),
                                tw[1] * f * IMPLIED_FACTOR));
                    }
                }
            }
        }
        return new Scored(scores, evidence);
    }

    /** Two spellings of one phrase in a topic ("rare earth", "rare-earth") match the same words once. */
    private static List<PhraseMatcher.Hit> sameSpanOnce(List<PhraseMatcher.Hit> hits) {
        Map<String, PhraseMatcher.Hit> best = new java.util.LinkedHashMap<>();
        for (PhraseMatcher.Hit h : hits) {
            best.merge(h.trigger().topic() + ":" + h.start() + ":" + h.end(), h,
                    (a, b) -> Math.abs(b.trigger().weight()) > Math.abs(a.trigger().weight()) ? b : a);
        }
        return List.copyOf(best.values());
    }

    private static void add(double[] scores, List<List<Evidence>> evidence, int topic, Evidence e) {
        scores[topic] += e.weight();
        evidence.get(topic).add(new Evidence(e.kind(), e.value(), e.field(), e.start(), e.end(), round(e.weight())));
    }

    private static double factor(String field, int start, int leadEnd, double norm) {
        if (field.equals("title")) {
            return TITLE_WEIGHT;
        }
        return (start < leadEnd ? LEAD_WEIGHT : 1.0) / norm;
    }

    private static int leadEnd(String body) {
        int share = (int) (body.length() * LEAD_SHARE);
        int firstParagraph = body.indexOf("\n\n");
        return Math.max(share, firstParagraph < 0 ? body.length() : firstParagraph);
    }

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
