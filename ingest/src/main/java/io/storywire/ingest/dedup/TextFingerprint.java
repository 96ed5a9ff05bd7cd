package io.storywire.ingest.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What duplicate detection keeps of a text: its word shingles and its <em>marks</em> (numbers and capitalised
 * names: the facts), each tagged with the paragraph it comes from, so that paragraphs found to be a site's
 * boilerplate can be left out of a comparison afterwards.
 *
 * @param paragraphs     hash of each paragraph's words (case and punctuation folded)
 * @param shingles       hash of each run of {@code size} consecutive words (across line breaks: wire copy is
 *                       hard-wrapped), in text order, repeats kept
 * @param shingleOwner   index into {@code paragraphs} of the paragraph each shingle starts in
 * @param templates      the same shingles with their mark (a number, a capitalised word that does not open a
 *                       sentence) replaced by a placeholder: equal to the shingle's hash when it holds no mark,
 *                       unique to the shingle when it holds more marks than words.
 *                       Two texts whose shingles match as templates but not as words differ in a fact at the same
 *                       place: the mark of a text written from a template.
 */
public record TextFingerprint(int[] paragraphs, int[] shingles, int[] templates, short[] shingleOwner, int[] subject,
                              int[] markWords) {

    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*|[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");
    private static final Pattern PARAGRAPH = Pattern.compile("\\R");
    static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
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
    static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;\"“”()\\[\\]-]\\s|^\\s*[\"“(]");

    /** The fingerprint of a body; paragraphs are its lines (blank lines between them or not). */
    public static TextFingerprint of(String text, int size) {
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
                if (last > 0 && !before.contains(".") && mayBreak(line, last, m.start())
                        && SENTENCE_BREAK.matcher(line.substring(last, m.start())).find()) {
                    sentenceStart = true;
                }
                // "Nordland's" names Nordland
                String lower = withoutPossessive(token.toLowerCase(Locale.ROOT));
                words.add(lower);
                boolean mark = isMark(token, sentenceStart);
                isMark.add(mark ? 1 : 0);
                if (mark || Character.isUpperCase(token.codePointAt(0))) {
                    markWords.add(Shingles.hash(lower)); // a name opening a sentence is still a name to look up
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
                            subject.add(Shingles.hash(lower)); // a dateline's date is no subject
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
            paragraphs[p] = Shingles.hash(folded.toString());
            previous = line;
        }
        int n = Math.max(0, words.size() - size + 1);
        IntList shingles = new IntList();
        IntList templates = new IntList();
        IntList owner = new IntList();
        int[] mark = isMark.toArray();
        // Each word's UTF-8 bytes once: the hashes below are those of the joined strings ("w1 w2 w3", the template
        // "# w2 w3 ", "\u0001w1 w2 w3"), fed a word at a time instead of joining a string per shingle.
        byte[][] utf8 = new byte[words.size()][];
        boolean[] small = new boolean[words.size()];
        for (int w = 0; w < utf8.length; w++) {
            utf8[w] = words.get(w).getBytes(StandardCharsets.UTF_8);
            small[w] = smallNumber(words.get(w));
        }
        for (int i = 0; i < n; i++) {
            boolean allSmall = true;
            for (int j = 0; j < size && allSmall; j++) {
                allSmall = small[i + j];
            }
            if (allSmall) {
                continue; // "1 0 2" in a results table matches any other table: no evidence
            }
            int joined = Shingles.FNV_START;
            int t = Shingles.FNV_START;
            int marksIn = 0;
            for (int j = 0; j < size; j++) {
                joined = j == 0 ? Shingles.fnv(joined, utf8[i]) : Shingles.fnv(Shingles.fnv(joined, ' '), utf8[i + j]);
                marksIn += mark[i + j];
                t = Shingles.fnv(mark[i + j] == 1 ? Shingles.fnv(t, '#') : Shingles.fnv(t, utf8[i + j]), ' ');
            }
            int hash = Shingles.mix(joined);
            // a template with one word left ("# # said", "in # on") fits any two texts: such a shingle can
            // agree, but its template is made unique so that it never counts as substituted
            templates.add(marksIn == 0 ? hash
                    : size - marksIn >= 2 || size < 3 ? Shingles.mix(t)
                    : unique(utf8, i, size));
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

    /** {@code Shingles.hash("\u0001" + String.join(" ", words[i .. i + size)))}. */
    private static int unique(byte[][] utf8, int i, int size) {
        int h = Shingles.fnv(Shingles.FNV_START, 1);
        for (int j = 0; j < size; j++) {
            h = Shingles.fnv(j == 0 ? h : Shingles.fnv(h, ' '), utf8[i + j]);
        }
        return Shingles.mix(h);
    }

    /** What {@link #POSSESSIVE} removes: "nordland's" names Nordland. A token holds no line break. */
    static String withoutPossessive(String lower) {
        int n = lower.length();
        return n >= 2 && lower.charAt(n - 1) == 's' && (lower.charAt(n - 2) == '\'' || lower.charAt(n - 2) == '’')
                ? lower.substring(0, n - 2) : lower;
    }

    /** False when {@link #SENTENCE_BREAK} cannot match between {@code from} and {@code to}: none of its marks is there. */
    static boolean mayBreak(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".!?:;\"“”()[]-".indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One or two digits: a score, a rank, a count in a table; a run of them says nothing by itself. */
    private static boolean smallNumber(String token) {
        return token.length() <= 2 && token.chars().allMatch(Character::isDigit);
    }

    /** A number, or a capitalised word (an all-capitals one too) that is not the first of its sentence. */
    private static boolean isMark(String token, boolean sentenceStart) {
        if (Character.isDigit(token.codePointAt(0))) {
            return true;
        }
        return !sentenceStart && Character.isUpperCase(token.codePointAt(0)) && token.length() > 1;
    }

    /** Distinct shingle hashes outside the given paragraphs, sorted. */
    public int[] shingleSet(Set<Integer> leftOut) {
        return select(shingles, shingleOwner, leftOut);
    }

    /** The shingles outside the given paragraphs in text order, repeats kept: for finding copied passages. */
    public int[] shingleSequence(Set<Integer> leftOut) {
        int[] out = new int[shingles.length];
        int n = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (leftOut.isEmpty() || !leftOut.contains((int) shingleOwner[i])) {
                out[n++] = shingles[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Distinct template hashes outside the given paragraphs, sorted. */
    public int[] templateSet(Set<Integer> leftOut) {
        return select(templates, shingleOwner, leftOut);
    }

    /**
     * The shingles that hold a mark, outside the given paragraphs: pairs of (shingle, template) hashes, each
     * shingle once.
     */
    public long[] factShingles(Set<Integer> leftOut) {
        return factShingles(leftOut, shingles.length);
    }

    /** The fact shingles among the first {@code limit} shingles outside the given paragraphs: the lead's facts. */
    public long[] factShingles(Set<Integer> leftOut, int limit) {
        long[] facts = new long[Math.min(limit, shingles.length)];
        int n = 0;
        int seen = 0;
        for (int i = 0; i < shingles.length && seen < limit; i++) {
            if (!leftOut.isEmpty() && leftOut.contains((int) shingleOwner[i])) {
                continue;
            }
            seen++;
            if (templates[i] != shingles[i]) {
                facts[n++] = ((long) shingles[i] << 32) | (templates[i] & 0xFFFFFFFFL);
            }
        }
        long[] sorted = Arrays.copyOf(facts, n);
        Arrays.sort(sorted); // by shingle (high half), so each shingle once
        int out = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (out == 0 || (int) (sorted[i] >>> 32) != (int) (sorted[out - 1] >>> 32)) {
                sorted[out++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, out);
    }

    public int distinctShingles() {
        return (int) Arrays.stream(shingles).distinct().count();
    }

    private static int[] select(int[] values, short[] owner, Set<Integer> leftOut) {
        int[] out = new int[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (leftOut.isEmpty() || !leftOut.contains((int) owner[i])) {
                out[n++] = values[i];
            }
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int d = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (d == 0 || sorted[i] != sorted[d - 1]) {
                sorted[d++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, d);
    }

    void write(DataOutputStream out) throws IOException {
        writeInts(out, paragraphs);
        writeInts(out, shingles);
        writeInts(out, templates);
        writeShorts(out, shingleOwner);
        writeInts(out, subject);
        writeInts(out, markWords);
    }

    static TextFingerprint read(DataInputStream in) throws IOException {
        return new TextFingerprint(readInts(in), readInts(in), readInts(in), readShorts(in), readInts(in),
                readInts(in));
    }

    // The arrays go as one block each, in DataOutput's big-endian order: reading them an int at a time through a
    // DataInputStream (four synchronized reads of a ByteArrayInputStream per int) was about half of ingest's time,
    // since every candidate of a near-duplicate lookup is read back from the store.

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * Integer.BYTES);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    private static void writeShorts(DataOutputStream out, short[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * Short.BYTES);
        b.asShortBuffer().put(a);
        out.write(b.array());
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[checkedLength(in, Integer.BYTES)];
        byte[] bytes = new byte[a.length * Integer.BYTES];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asIntBuffer().get(a);
        return a;
    }

    private static short[] readShorts(DataInputStream in) throws IOException {
        short[] a = new short[checkedLength(in, Short.BYTES)];
        byte[] bytes = new byte[a.length * Short.BYTES];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asShortBuffer().get(a);
        return a;
    }

    /** A length that the bytes left can hold: a corrupt record fails as such, not by allocating gigabytes. */
    private static int checkedLength(DataInputStream in, int width) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * width > in.available()) {
            throw new java.io.EOFException("array of " + n + " values does not fit the " + in.available()
                    + " bytes left");
        }
        return n;
    }

    /** A growable int array: fingerprints are built for every article, boxing each hash would double the cost. */
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
