package io.storywire.aggregate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns text into stemmed term counts: Lucene's standard tokeniser, possessives, ASCII folding, lower case, English
 * stop words plus the reporting verbs and fillers every news article carries, then the Snowball English stemmer.
 * Each stem keeps the first surface word it came from, so a story can show "summit" rather than "summit" stemmed.
 *
 * <p>Not thread-safe (the stemmer keeps state); one instance per processor.
 */
public final class TermVectorizer {

    /** Words every news article uses whatever it is about; IDF would learn them too, but only after many articles. */
    private static final List<String> NEWS_STOP_WORDS = List.of(
            "said", "says", "say", "saying", "told", "tell", "according", "also", "would", "could", "should", "may",
            "might", "must", "can", "will", "shall", "one", "two", "three", "first", "last", "new", "news", "year",
            "years", "week", "weeks", "day", "days", "month", "months", "today", "yesterday", "tomorrow", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "percent",
            "per", "cent", "time", "times", "including", "include", "includes", "more", "most", "many", "much",
            "other", "others", "some", "any", "all", "its", "his", "her", "hers", "their", "them", "our", "we", "us",
            "you", "your", "he", "she", "i", "me", "my", "has", "have", "had", "been", "being", "do", "does", "did",
            "were", "was", "am", "after", "before", "while", "during", "over", "under", "about", "against", "between",
            "than", "from", "up", "down", "out", "off", "again", "further", "very", "just", "now", "still", "well",
            "even", "however", "since", "because", "who", "whom", "which", "what", "when", "where", "why", "how",
            "these", "those", "here", "there", "both", "each", "few", "own", "same", "so", "too", "only", "like",
            "get", "got", "made", "make", "takes", "take", "took", "back", "around", "amid", "via", "reuters", "ap",
            "afp", "yonhap", "reported", "report", "reports", "reporting", "reporter", "reporters", "editor",
            "copyright", "rights", "reserved", "click", "read", "subscribe", "newsletter", "photo", "video", "image");

    private static final CharArraySet STOP_WORDS = stopWords();

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(source, stream);
        }
    };
    private final EnglishStemmer stemmer = new EnglishStemmer();

    /** Stem counts of a title and a body, title terms counted {@code titleBoost} times. */
    public TermCounts count(String title, String body, int titleBoost) {
        TermCounts counts = new TermCounts();
        add(counts, title, titleBoost);
        add(counts, body, 1);
        return counts;
    }

    /** The distinct stems of a text, in text order. */
    public List<String> stems(String text) {
        TermCounts counts = new TermCounts();
        add(counts, text, 1);
        return new ArrayList<>(counts.order);
    }

    private void add(TermCounts counts, String text, int weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString();
                if (keep(word)) {
                    counts.add(stem(word), word, weight);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Numbers and single letters carry no story on their own; a year or an amount is shared by unrelated news. */
    private static boolean keep(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(NEWS_STOP_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }

    /** Weighted stem counts with the first surface word of each stem. */
    public static final class TermCounts {
        private final Map<String, Integer> counts = new TreeMap<>();
        private final Map<String, String> labels = new TreeMap<>();
        private final List<String> order = new ArrayList<>();

        void add(String stem, String word, int weight) {
            if (counts.merge(stem, weight, Integer::sum) == weight) {
                labels.put(stem, word);
                order.add(stem);
            }
        }

        /** Stem to weighted count, in stem order. */
        public Map<String, Integer> counts() {
            return counts;
        }

        /** Stem to the first surface word seen for it. */
        public Map<String, String> labels() {
            return labels;
        }

        public boolean isEmpty() {
            return counts.isEmpty();
        }
    }
}
