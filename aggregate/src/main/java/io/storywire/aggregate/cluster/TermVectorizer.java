package io.storywire.aggregate.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns text into stemmed term counts: Lucene's standard tokeniser, possessives, ASCII folding, lower case, English
 * stop words plus the reporting verbs and fillers every news article carries, then the Snowball English stemmer.
 * Each stem keeps the first surface word it came from, so a story can show "exports" rather than its stem "export".
 * Stems the body writes capitalised mid-sentence are reported as names.
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
            // case is kept so that names can be told apart; the stop set ignores case
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(source, stream);
        }
    };
    private final EnglishStemmer stemmer = new EnglishStemmer();

    /** Stem counts of a title and a body, title terms counted {@code titleBoost} times. */
    public TermCounts count(String title, String body, int titleBoost) {
        TermCounts counts = new TermCounts();
        // headlines capitalise every word, so only the body tells names apart
        add(counts, title, titleBoost, false);
        add(counts, body, 1, true);
        return counts;
    }

    /**
     * The distinct words of a text, lower-cased and folded but not stemmed, in text order: a headline's own words
     * ("stocks" and "stock" apart) are a view of their own beside its stems.
     */
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Set<String> seen = new TreeSet<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString().toLowerCase(Locale.ROOT);
                if (keep(word) && seen.add(word)) {
                    out.add(word);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The distinct stems of a text, in text order. */
    public List<String> stems(String text) {
        TermCounts counts = new TermCounts();
        add(counts, text, 1, false);
        return new ArrayList<>(counts.order);
    }

    private void add(TermCounts counts, String text, int weight, boolean findNames) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String original = term.toString();
                String word = original.toLowerCase(Locale.ROOT);
                if (keep(word)) {
                    String stem = stem(word);
                    counts.add(stem, word, weight);
                    if (findNames && !sentenceStart(text, offset.startOffset())) {
                        counts.seenMidSentence(stem, Character.isUpperCase(original.charAt(0)));
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
    }

    /** True when nothing but opening quotes and spaces stand between the token and a sentence or line start. */
    static boolean sentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2014' || c == '\u2022') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'\u201c\u2018([".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
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
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(NEWS_STOP_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }

    /** Weighted stem counts with the first surface word of each stem, and which stems are names. */
    public static final class TermCounts {
        private final Map<String, Integer> counts = new TreeMap<>();
        private final Map<String, String> labels = new TreeMap<>();
        private final List<String> order = new ArrayList<>();
        private final Map<String, int[]> midSentence = new TreeMap<>();

        void add(String stem, String word, int weight) {
            if (counts.merge(stem, weight, Integer::sum) == weight) {
                labels.put(stem, word);
                order.add(stem);
            }
        }

        void seenMidSentence(String stem, boolean capitalised) {
            int[] seen = midSentence.computeIfAbsent(stem, k -> new int[2]);
            seen[0]++;
            if (capitalised) {
                seen[1]++;
            }
        }

        /**
         * Stems written capitalised in at least half of their mid-sentence body occurrences: names of people,
         * places, firms and products, which tell one story from another better than common words do.
         */
        public Set<String> names() {
            Set<String> names = new TreeSet<>();
            midSentence.forEach((stem, seen) -> {
                if (seen[1] > 0 && 2 * seen[1] >= seen[0]) {
                    names.add(stem);
                }
            });
            return names;
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
