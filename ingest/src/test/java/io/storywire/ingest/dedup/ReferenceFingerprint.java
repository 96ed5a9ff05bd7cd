package io.storywire.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link TextFingerprint#of} as it was before its shingle hashes were fed a word at a time (3 December): kept
 * verbatim as the reference that the faster one must equal.
 */
final class ReferenceFingerprint {

    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*|[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");
    private static final Pattern PARAGRAPH = Pattern.compile("\\R");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** Capitalised only because they open a sentence. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "it", "he", "she", "they",
            "we", "i", "this", "that", "these", "those", "but", "and", "or", "for", "as", "if", "with", "by", "from",
            "after", "before", "while", "its", "their", "his", "her", "our", "there", "some", "many", "most", "no",
            "not", "when", "what", "who", "all", "one", "two", "three", "of", "to", "under", "also", "however");
    /** Legal-form words: every second company has one. */
    private static final Set<String> SUFFIXES = Set.of("inc", "corp", "co", "ltd", "plc", "llc", "lp", "l.p", "ag",
            "sa", "s.a", "nv", "n.v", "bv", "gmbh", "spa", "group", "company", "corporation", "holdings", "limited");
    private static final int MAX_PARAGRAPHS = Short.MAX_VALUE;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"”]$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;\"“”()\\[\\]-]\\s|^\\s*[\"“(]");

    static TextFingerprint of(String text, int size) {
        List<String> lines = new ArrayList<>();
        for (String line : PARAGRAPH.split(text == null ? "" : text)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        if (lines.size() > MAX_PARAGRAPHS) {
            lines = List.of(String.join(" ", lines));
        }
        int[] paragraphs = new int[lines.size()];
        List<String> words = new ArrayList<>();
        List<Integer> wordOwner = new ArrayList<>();
        IntList isMark = new IntList();
        IntList subject = new IntList();
        IntList markWords = new IntList();
        boolean subjectDone = false;
        boolean inRun = false;
        boolean runHasName = false;
        String previous = "";
        for (int p = 0; p < lines.size(); p++) {
            String line = lines.get(p);
            // a line opens a sentence when it is indented (wire copy) or the line before ended one;
            // otherwise it is a hard-wrapped continuation
            boolean sentenceStart = p == 0 || line.startsWith(" ") || line.startsWith("\t")
                    || SENTENCE_END.matcher(previous.strip()).find();
            StringBuilder folded = new StringBuilder();
            Matcher m = TOKEN.matcher(line);
            int last = 0;
            String before = "";
            while (m.find()) {
                String token = m.group();
                // "U.S. Treasury": the full stop of an abbreviation ends no sentence
                if (last > 0 && !before.contains(".") && SENTENCE_BREAK.matcher(line.substring(last, m.start())).find()) {
                    sentenceStart = true;
                }
                // "Nordland's" names Nordland
                String lower = POSSESSIVE.matcher(token.toLowerCase(Locale.ROOT)).replaceFirst("");
                words.add(lower);
                boolean mark = isMark(token, sentenceStart);
                isMark.add(mark ? 1 : 0);
                if (mark || Character.isUpperCase(token.codePointAt(0))) {
                    markWords.add(hash(lower)); // a name opening a sentence is still a name to look up
                }
                if (!subjectDone) {
                    // the subject may open the sentence ("Waxman Industries Inc said ..."); a company suffix
                    // names nobody by itself
                    boolean named = mark || sentenceStart && Character.isUpperCase(token.codePointAt(0))
                            && !OPENERS.contains(lower);
                    if (named && !SUFFIXES.contains(lower)) {
                        if (!inRun) {
                            subject = new IntList();
                            runHasName = false;
                        }
                        inRun = true;
                        if (Character.isLetter(token.codePointAt(0))) {
                            runHasName = true;
                            subject.add(hash(lower)); // a dateline's date is no subject
                        }
                    } else if (!named && inRun) {
                        inRun = false;
                        subjectDone = runHasName;
                    }
                }
                wordOwner.add(p);
                folded.append(lower).append(' ');
                sentenceStart = false;
                last = m.end();
                before = token;
            }
            paragraphs[p] = hash(folded.toString());
            previous = line;
        }
        int n = Math.max(0, words.size() - size + 1);
        IntList shingles = new IntList();
        IntList templates = new IntList();
        IntList owner = new IntList();
        int[] mark = isMark.toArray();
        for (int i = 0; i < n; i++) {
            List<String> run = words.subList(i, i + size);
            if (run.stream().allMatch(ReferenceFingerprint::smallNumber)) {
                continue; // "1 0 2" in a results table matches any other table: no evidence
            }
            int hash = hash(String.join(" ", run));
            int marksIn = 0;
            StringBuilder t = new StringBuilder();
            for (int j = 0; j < size; j++) {
                marksIn += mark[i + j];
                t.append(mark[i + j] == 1 ? "#" : run.get(j)).append(' ');
            }
            // a template with one word left ("# # said", "in # on") fits any two texts: such a shingle can
            // agree, but its template is made unique so that it never counts as substituted
            templates.add(marksIn == 0 ? hash
                    : size - marksIn >= 2 || size < 3 ? hash(t.toString())
                    : hash("\u0001" + String.join(" ", run)));
            shingles.add(hash);
            owner.add(wordOwner.get(i));
        }
        short[] owners = new short[owner.size];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = (short) owner.values[i];
        }
        int[] subjectWords = subjectDone || (inRun && runHasName) ? subject.toArray() : new int[0];
        return new TextFingerprint(paragraphs, shingles.toArray(), templates.toArray(), owners, subjectWords,
                Arrays.stream(markWords.toArray()).sorted().distinct().toArray());
    }

    private static boolean smallNumber(String token) {
        return token.length() <= 2 && token.chars().allMatch(Character::isDigit);
    }

    private static boolean isMark(String token, boolean sentenceStart) {
        if (Character.isDigit(token.codePointAt(0))) {
            return true;
        }
        return !sentenceStart && Character.isUpperCase(token.codePointAt(0)) && token.length() > 1;
    }

    /** A growable int array: fingerprints are built for every article, boxing each hash would double the cost. */
    /** Shingles.hash as it was: FNV-1a over UTF-8, then the murmur finaliser. */
    static int hash(String s) {
        int h = 0x811C9DC5;
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
