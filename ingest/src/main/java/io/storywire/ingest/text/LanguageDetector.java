package io.storywire.ingest.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects the language of a text as an ISO 639-1 code with the n-gram profiles shipped inside the
 * language-detector jar. Never throws: empty, short, numeric or undecidable text gives {@link #UNDETERMINED}.
 */
public final class LanguageDetector {

    public static final String UNDETERMINED = "und";

    private static final Logger log = LoggerFactory.getLogger(LanguageDetector.class);
    /** Below this many letters n-gram statistics are noise. */
    private static final int MIN_LETTERS = 20;
    private static final double MIN_PROBABILITY = 0.80;
    /** Enough for the n-gram statistics (they settle within a few hundred letters); detection time grows with it. */
    private static final int SAMPLE_CHARS = 1000;

    private static final com.optimaize.langdetect.LanguageDetector DETECTOR = load();

    private LanguageDetector() {
    }

    public static String detect(String text) {
        try {
            if (text == null || DETECTOR == null) {
                return UNDETERMINED;
            }
            String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
            if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
                return UNDETERMINED;
            }
            List<DetectedLanguage> found = DETECTOR.getProbabilities(sample);
            if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
                return UNDETERMINED;
            }
            String code = found.get(0).getLocale().getLanguage();
            return code.length() == 2 ? code : UNDETERMINED;
        } catch (RuntimeException | Error e) {
            // a detector bug must never cost an article
            log.debug("language detection failed: {}", e.toString());
            return UNDETERMINED;
        }
    }

    private static com.optimaize.langdetect.LanguageDetector load() {
        try {
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (Exception | Error e) {
            log.warn("language profiles could not be loaded; every language will be 'und': {}", e.toString());
            return null;
        }
    }
}
