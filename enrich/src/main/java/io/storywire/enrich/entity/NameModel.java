package io.storywire.enrich.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import io.storywire.core.model.EntityType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The statistical name recogniser: Stanford CoreNLP's CRF trained on CoNLL-2003 news (PERSON, ORGANIZATION,
 * LOCATION, MISC), run over each sentence of a field. The model (18 MB on disk, about 150 MB on the heap) is loaded
 * once per JVM on first use and shared: {@link CRFClassifier#classify} keeps no state between calls, so one instance
 * serves every stream thread.
 *
 * <p>All-capitals lines (wire headlines, datelines, results tables, "SOCCER - X BEAT Y") go to the model unchanged:
 * it was trained on Reuters copy full of them, and re-casing such lines from the article's own spellings was
 * measured to lose (CoNLL dev strict F1 0.911 as is, 0.908 re-cased, 0.906 re-casing headlines only). Only a run of
 * two or more all-capitals words inside a mixed-case sentence ("said Foreign Minister HWANG MIN-JI") is re-cased, to
 * the article's spelling of each word or else its first letter capital. Offsets are those of the original text
 * throughout.
 */
public final class NameModel {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** A name the model found: {@code type} is null for MISC (events, nationalities, works), which only blocks. */
    public record Name(EntityType type, String field, int start, int end, String text) {
    }

    private static final TokenizerFactory<CoreLabel> TOKENIZER = PTBTokenizer.factory(new CoreLabelTokenFactory(),
            "tokenizeNLs=true,invertible=false,ptb3Escaping=false,splitHyphenated=false,untokenizable=noneKeep");

    private static final class Shared {
        static final CRFClassifier<CoreLabel> CRF = load();
    }

    private static CRFClassifier<CoreLabel> load() {
        try (InputStream raw = NameModel.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (raw == null) {
                throw new IllegalStateException("NER model missing from the classpath: " + MODEL);
            }
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(
                    new GZIPInputStream(new BufferedInputStream(raw, 1 << 16)));
            // the feature factories read the classifier's flags object (one object in the serialised model)
            if (crf.flags.wordFunction != null) {
                crf.flags.wordFunction = new WordFunctionCache(crf.flags.wordFunction);
            }
            return crf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + MODEL, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load NER model " + MODEL, e);
        }
    }

    /** The loaded classifier's word function: for tests. */
    static java.util.function.Function<String, String> wordFunction() {
        return Shared.CRF.flags.wordFunction;
    }

    /** Loads the model now (it takes a second or two) rather than on the first article. */
    public static void warmUp() {
        Shared.CRF.hashCode();
    }

    /**
     * The names in each field.
     *
     * @param fields field name to text; every field's words feed the spelling table that re-cases all-capitals lines
     */
    public List<Name> find(Map<String, String> fields) {
        Map<String, List<List<CoreLabel>>> sentences = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            List<List<CoreLabel>> s = sentences(f.getValue());
            sentences.put(f.getKey(), s);
            for (List<CoreLabel> sentence : s) {
                if (!shouting(sentence)) {
                    for (int i = 1; i < sentence.size(); i++) {
                        String w = sentence.get(i).word();
                        if (capitalsOnly(w)) {
                            continue;
                        }
                        spellings.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(w, 1,
                                Integer::sum);
                    }
                }
            }
        }
        List<Name> out = new ArrayList<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            for (List<CoreLabel> sentence : sentences.get(f.getKey())) {
                // an all-capitals line (headline, dateline, results table) goes to the model as it is: the model
                // was trained on Reuters copy with such lines, and re-casing them was measured to cost (see above)
                if (!shouting(sentence)) {
                    recaseShoutedRuns(sentence, spellings);
                }
                // classifySentence runs the model's own preprocessing (word function, known lower-case words)
                List<CoreLabel> labelled = Shared.CRF.classifySentence(sentence);
                collect(f.getKey(), f.getValue(), sentence, labelled, out);
            }
        }
        return out;
    }

    private static List<List<CoreLabel>> sentences(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<CoreLabel> tokens = TOKENIZER.getTokenizer(new StringReader(text)).tokenize();
        return new WordToSentenceProcessor<CoreLabel>(WordToSentenceProcessor.NewlineIsSentenceBreak.ALWAYS)
                .process(tokens);
    }

    /** A sentence with at least two words of letters and no lower-case letter in any of them. */
    static boolean shouting(List<CoreLabel> sentence) {
        int words = 0;
        for (CoreLabel t : sentence) {
            String w = t.word();
            boolean letters = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters |= Character.isLetter(c);
            }
            words += letters ? 1 : 0;
        }
        return words >= 2;
    }

    /**
     * "said Foreign Minister HWANG MIN-JI": two or more all-capitals words in a row inside a mixed-case sentence are
     * a shouted name, re-cased like a shouted line; a lone all-capitals word is more likely an acronym and stays.
     */
    private static void recaseShoutedRuns(List<CoreLabel> sentence, Map<String, Map<String, Integer>> spellings) {
        int i = 0;
        while (i < sentence.size()) {
            int j = i;
            while (j < sentence.size() && capitalsOnly(sentence.get(j).word())) {
                j++;
            }
            if (j - i >= 2) {
                recase(sentence.subList(i, j), spellings);
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean capitalsOnly(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static void recase(List<CoreLabel> sentence, Map<String, Map<String, Integer>> spellings) {
        for (CoreLabel t : sentence) {
            String w = t.word();
            Map<String, Integer> seen = spellings.get(w.toLowerCase(Locale.ROOT));
            String cased;
            if (seen != null) {
                cased = seen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            } else if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
                cased = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            } else {
                cased = w;
            }
            t.setWord(cased);
            t.setValue(cased);
        }
    }

    private static void collect(String field, String text, List<CoreLabel> sentence, List<CoreLabel> labelled,
                                List<Name> out) {
        int i = 0;
        while (i < sentence.size()) {
            String label = labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            if (label == null || label.equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sentence.size() && label.equals(labelled.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            int start = sentence.get(i).beginPosition();
            int end = sentence.get(j - 1).endPosition();
            // English names are capitalised: "fine china" is porcelain whatever the model thinks (a name its owner
            // spells in lower case, "aespa", is the gazetteer's to find)
            char first = text.charAt(start);
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                out.add(new Name(type(label), field, start, end, text.substring(start, end)));
            }
            i = j;
        }
    }

    private static EntityType type(String label) {
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.PLACE;
            default -> null;
        };
    }
}
