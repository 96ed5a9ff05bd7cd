package io.storywire.enrich.entity;

import io.storywire.core.model.Article;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.Mention;
import io.storywire.enrich.text.CaseProfile;
import io.storywire.enrich.text.NormalizedText;
import io.storywire.enrich.text.TextFolder;
import io.storywire.enrich.text.Token;
import io.storywire.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags people, organisations and places in an article: the statistical recogniser ({@link NameModel}) finds the
 * names, the gazetteer links them to canonical ids (and adds the known names the model left alone, and demonyms as
 * topic evidence), each name keeps one type across the article, and short forms resolve to full names of the same
 * article. Built once, thread-safe.
 */
public final class EntityTagger {

    private final GazetteerMatcher matcher;
    private final AliasResolver resolver;
    private final Lexicon lexicon;
    private final ShortFormMerger shortForms;
    private final NameModel model = new NameModel();

    public EntityTagger(Gazetteer gazetteer, Lexicon lexicon) {
        this.matcher = new GazetteerMatcher(gazetteer);
        this.resolver = new AliasResolver(lexicon);
        this.lexicon = lexicon;
        this.shortForms = new ShortFormMerger(lexicon);
    }

    public static EntityTagger withDefaults() {
        return new EntityTagger(Gazetteer.load(), Lexicon.load());
    }

    /** One field of the article; {@code heading} marks the words of title-case lines. */
    private record Field(String name, String text, NormalizedText folded, List<Token> tokens, boolean[] heading) {
    }

    public EntityAnalysis tag(Article article) {
        List<Field> fields = List.of(field("title", article.title()), field("body", article.body()));
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach(f -> texts.put(f.name(), f.text()));
        List<NameModel.Name> names = unconfirmedHeadingNamesDropped(model.find(texts), fields.get(0), fields.get(1));
        List<FoundMention> mentions = new ArrayList<>();
        for (Field f : fields) {
            List<NameModel.Name> own = names.stream().filter(n -> n.field().equals(f.name())).toList();
            combine(f, own, matcher.find(f.name(), f.folded()), mentions);
        }
        mentions = headingNamesConfirmed(mentions, fields);
        mentions = consistent(unconfirmedShouts(mentions, texts), texts);
        mentions.sort(MENTION_ORDER);
        Map<String, FoundMention> acronyms = new HashMap<>();
        for (Field f : fields) {
            AliasResolver.collectAcronyms(f.text(),
                    mentions.stream().filter(m -> m.field().equals(f.name()) && !m.demonym()).toList(), acronyms);
        }
        mentions = shortForms.merge(mentions, acronyms, texts);
        mentions.sort(MENTION_ORDER);
        List<FoundMention> resolved = new ArrayList<>();
        for (Field f : fields) {
            resolved.addAll(resolver.resolve(f.name(), f.text(), f.tokens(), mentions, acronyms));
        }
        mentions.addAll(resolved);
        mentions.sort(MENTION_ORDER);
        return new EntityAnalysis(entities(mentions), mentions);
    }

    /**
     * The model's names of one field, linked to the gazetteer where a gazetteer name covers exactly the same words (or
     * more of them), and the gazetteer names the model left alone. A gazetteer name inside a longer name the model
     * found ("Madrid" in "Real Madrid", "Paris" in the MISC "Paris Open") is not a mention of its own.
     */
    private void combine(Field f, List<NameModel.Name> names, List<GazetteerHit> hits, List<FoundMention> out) {
        BitSet claimed = new BitSet();
        BitSet miscPhrases = new BitSet();
        BitSet usedHits = new BitSet();
        for (NameModel.Name n : names) {
            if (n.type() == null) {
                // a multi-word MISC name ("Paris Open", "Tokyo Olympics") holds no place of its own; "Athens-based"
                // does, and a known person or organisation stands (the model reads hyphenated names as MISC)
                if (n.text().indexOf(' ') > 0) {
                    miscPhrases.set(n.start(), n.end());
                }
                romanisedPeople(f, n, hits, out, claimed);
                continue;
            }
            claimed.set(n.start(), n.end());
            if (lexicon.documentSuffixes().contains(n.text().substring(n.text().lastIndexOf(' ') + 1))) {
                continue; // "the Foreign Media Influence Prevention Law", "the Entity List": a document, not a name
            }
            GazetteerHit link = null;
            for (int i = 0; i < hits.size(); i++) {
                GazetteerHit h = hits.get(i);
                if (!h.demonym() && h.start() <= n.start() && h.end() >= n.end() && h.start() < n.end()) {
                    link = h;
                    usedHits.set(i);
                }
            }
            if (link != null && !namesAnEvent(f.text(), link) && link.start() == n.start() && link.end() == n.end()
                    && link.entry().type() == EntityType.PLACE && n.type() == EntityType.ORGANIZATION
                    && resultsLine(f.text(), n.start())) {
                // "Chicago 4 Houston 2", "NEW YORK 80 50 .615": in a results or standings line a city is its team
                out.add(new FoundMention(Slug.id(n.type(), n.text()), n.text(), n.type(), false, f.name(), n.start(),
                        n.end(), n.text(), false, List.of()));
            } else if (link != null && !namesAnEvent(f.text(), link)) {
                GazetteerEntry e = link.entry();
                // the gazetteer's type stands: measured, the model's type where they disagree costs more on the
                // team's gold sets (Busan, the DMZ, the Ardennes as organisations) than it gains on CoNLL
                out.add(new FoundMention(e.id(), e.name(), e.type(), true, f.name(), link.start(), link.end(),
                        link.text(), false, e.implies()));
            } else {
                EntityType type = headType(n);
                out.add(new FoundMention(Slug.id(type, n.text()), n.text(), type, false, f.name(), n.start(),
                        n.end(), n.text(), false, List.of()));
            }
        }
        for (int i = 0; i < hits.size(); i++) {
            GazetteerHit h = hits.get(i);
            if (usedHits.get(i) || namesAnEvent(f.text(), h)) {
                continue;
            }
            boolean overlaps = AliasResolver.covered(claimed, h.start(), h.end())
                    || (h.entry().type() == EntityType.PLACE && AliasResolver.covered(miscPhrases, h.start(), h.end()));
            if (h.demonym() || !overlaps) {
                GazetteerEntry e = h.entry();
                out.add(new FoundMention(e.id(), e.name(), e.type(), true, f.name(), h.start(), h.end(), h.text(),
                        h.demonym(), e.implies()));
            }
        }
    }

    /**
     * In a title-case headline ("Township Council OKs Warehouse Rezoning After Four-Hour Hearing") every word is
     * capitalised and the model reads whole headlines as organisations; a name it finds there stands only when the
     * body names it too. Gazetteer names and all-capitals headlines are not affected, nor title-case lines of the
     * body: there they are results tables and squad lists, full of names.
     */
    private List<FoundMention> headingNamesConfirmed(List<FoundMention> mentions, List<Field> fields) {
        Map<String, boolean[]> headingByField = new HashMap<>();
        Map<String, List<Token>> tokensByField = new HashMap<>();
        for (Field f : fields) {
            headingByField.put(f.name(), f.heading());
            tokensByField.put(f.name(), f.tokens());
        }
        Set<String> elsewhere = new HashSet<>();
        List<Boolean> inHeading = new ArrayList<>();
        for (FoundMention m : mentions) {
            boolean h = !m.linked() && m.field().equals("title") && inHeading(m, tokensByField.get(m.field()), headingByField.get(m.field()));
            inHeading.add(h);
            if (!h && !m.demonym()) {
                elsewhere.add(Slug.of(m.text()));
            }
        }
        List<FoundMention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            FoundMention m = mentions.get(i);
            if (!inHeading.get(i) || elsewhere.contains(Slug.of(m.text()))) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean inHeading(FoundMention m, List<Token> tokens, boolean[] heading) {
        return inHeading(m.start(), m.end(), tokens, heading);
    }

    private static boolean inHeading(int start, int end, List<Token> tokens, boolean[] heading) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= start) {
                return tokens.get(i).start() < end && heading[i];
            }
        }
        return false;
    }

    /**
     * The model's reading of a title-case headline is dropped before the gazetteer is consulted when the body does
     * not name it too: the model reads runs like "Remark About BTS, And Fans" as one organisation, and a name the
     * gazetteer knows inside such a run ("BTS") must not be lost with it. A headline-only item has no body to
     * confirm anything, so there only the gazetteer's names stand (see {@link #headingNamesConfirmed}).
     */
    private static List<NameModel.Name> unconfirmedHeadingNamesDropped(List<NameModel.Name> names, Field title,
            Field body) {
        List<NameModel.Name> out = new ArrayList<>(names.size());
        for (NameModel.Name n : names) {
            if (n.field().equals(title.name()) && inHeading(n.start(), n.end(), title.tokens(), title.heading())
                    && !body.text().contains(n.text())) {
                continue;
            }
            out.add(n);
        }
        return out;
    }

    /** A line with at least two numbers: a score, a results or standings row. */
    private static boolean resultsLine(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        java.util.regex.Matcher m = NUMBER.matcher(text.substring(from, to < 0 ? text.length() : to));
        int numbers = 0;
        while (m.find()) {
            numbers++;
        }
        return numbers >= 2;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\b\\d+\\b");

    /**
     * The model, trained on 1996 Reuters, reads a romanised East Asian name with a hyphenated given name ("Hwang
     * Min-ji", "Liao Wen-hsuan") as MISC, like "Anglo-French"; inside its MISC span that shape is a person.
     */
    private static void romanisedPeople(Field f, NameModel.Name n, List<GazetteerHit> hits, List<FoundMention> out,
                                        BitSet claimed) {
        java.util.regex.Matcher m = ROMANISED.matcher(n.text());
        while (m.find()) {
            int start = n.start() + m.start();
            int end = n.start() + m.end();
            if (hits.stream().anyMatch(h -> !h.demonym() && h.start() <= start && h.end() >= end)) {
                continue; // a known person: the gazetteer's mention stands
            }
            out.add(new FoundMention(Slug.id(EntityType.PERSON, m.group()), m.group(), EntityType.PERSON, false,
                    f.name(), start, end, m.group(), false, List.of()));
            claimed.set(start, end);
        }
    }

    private static final java.util.regex.Pattern ROMANISED =
            java.util.regex.Pattern.compile("\\b[A-Z][a-z]{1,5} [A-Z][a-z]+-[a-z]+\\b");

    /**
     * A name whose last word says what it is ("Taroko National Park", "Cloudline Music", "Birch Glacier") has that
     * type whatever the model thought; the model's reading of such words is trained on 1996 Reuters, not on K-pop
     * agencies and glaciers. Words that also end club names ("City", "State") are not in these lists' override.
     */
    private EntityType headType(NameModel.Name n) {
        int space = n.text().lastIndexOf(' ');
        if (space < 0) {
            return n.type();
        }
        String last = n.text().substring(space + 1);
        if (NOT_HEADS.contains(last)) {
            return n.type();
        }
        if (lexicon.placeSuffixes().contains(last)) {
            return EntityType.PLACE;
        }
        if (lexicon.orgSuffixes().contains(last)) {
            return EntityType.ORGANIZATION;
        }
        return n.type();
    }

    private static final Set<String> NOT_HEADS = Set.of("City", "State", "Town", "Line", "Hall", "Tower", "Nation",
            "Games", "Union", "Front", "Post", "Times", "Daily");

    /**
     * "ROSE" in an all-capitals headline is not the idol Rosé: in capitals a one-word name of a person cannot be told
     * from an ordinary word (Rose, Lisa, Rain), so such a link stands only when the article names the same person in
     * mixed case too; otherwise the link is dropped.
     */
    private static List<FoundMention> unconfirmedShouts(List<FoundMention> mentions, Map<String, String> texts) {
        Set<String> confirmed = new HashSet<>();
        for (FoundMention m : mentions) {
            if (m.linked() && !CaseProfile.shouting(texts.get(m.field()), m.start())) {
                confirmed.add(m.id());
            }
        }
        List<FoundMention> out = new ArrayList<>(mentions.size());
        for (FoundMention m : mentions) {
            if (m.linked() && m.type() == EntityType.PERSON && !m.demonym() && m.text().indexOf(' ') < 0
                    && !confirmed.contains(m.id()) && CaseProfile.shouting(texts.get(m.field()), m.start())) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * One name, one type across the article: the model may type "Lee" PERSON in one sentence and LOCATION in the
     * next, or miss a later occurrence. Each unlinked name takes the type most of its mentions have (the body's
     * mixed-case reading over an all-capitals headline), and a one-word name that is a word of a longer name of
     * the article takes that name's type and id ("Clinton" after "Bill Clinton"); then every further capitalised
     * occurrence of a name the model found somewhere is a mention too.
     */
    private List<FoundMention> consistent(List<FoundMention> mentions, Map<String, String> texts) {
        List<FoundMention> out = new ArrayList<>(mentions);
        {
            Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
            for (FoundMention m : out) {
                if (!m.linked() && !m.demonym()) {
                    int weight = CaseProfile.shouting(texts.get(m.field()), m.start()) ? 1 : 2;
                    votes.computeIfAbsent(Slug.of(m.text()), k -> new LinkedHashMap<>()).merge(m.type(), weight,
                            Integer::sum);
                }
            }
            Map<String, FoundMention> longer = new HashMap<>();
            for (FoundMention m : out) {
                if (!m.demonym() && m.type() == EntityType.PERSON && m.text().indexOf(' ') > 0) {
                    String[] words = m.text().split(" ");
                    longer.putIfAbsent(Slug.of(words[words.length - 1]), m);
                    longer.putIfAbsent(Slug.of(words[0]), m);
                }
            }
            for (int i = 0; i < out.size(); i++) {
                FoundMention m = out.get(i);
                if (m.linked() || m.demonym()) {
                    continue;
                }
                String key = Slug.of(m.text());
                FoundMention owner = longer.get(key);
                if (owner != null && m.text().indexOf(' ') < 0) {
                    out.set(i, owner.at(m.field(), m.start(), m.end(), m.text()));
                    continue;
                }
                // a tie goes to the type met first (insertion order), never to hash order
                EntityType best = null;
                int bestVotes = -1;
                for (Map.Entry<EntityType, Integer> v : votes.get(key).entrySet()) {
                    if (v.getValue() > bestVotes) {
                        best = v.getKey();
                        bestVotes = v.getValue();
                    }
                }
                if (best != m.type()) {
                    out.set(i, new FoundMention(Slug.id(best, m.text()), m.text(), best, false, m.field(), m.start(),
                            m.end(), m.text(), false, List.of()));
                }
            }
        }
        {
            Map<String, FoundMention> byText = new LinkedHashMap<>();
            for (FoundMention m : out) {
                if (!m.demonym()) {
                    byText.putIfAbsent(m.text(), m);
                }
            }
            List<FoundMention> extra = new ArrayList<>();
            texts.forEach((field, text) -> {
                BitSet covered = AliasResolver.coveredChars(field, out);
                byText.forEach((name, m) -> {
                    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                        int end = i + name.length();
                        if (wordAt(text, i, end) && !AliasResolver.covered(covered, i, end)) {
                            extra.add(m.at(field, i, end, name));
                            covered.set(i, end);
                        }
                    }
                });
            });
            out.addAll(extra);
        }
        return out;
    }

    private static boolean wordAt(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** "the APEC summit", "a G20 summit": the name of an event, not a mention of the organisation. */
    private static boolean namesAnEvent(String text, GazetteerHit h) {
        return h.entry().type() == EntityType.ORGANIZATION && text.startsWith(" summit", h.end());
    }

    private static final Comparator<FoundMention> MENTION_ORDER = Comparator
            .comparing((FoundMention m) -> m.field().equals("title") ? 0 : 1).thenComparingInt(FoundMention::start);

    private static List<Entity> entities(List<FoundMention> mentions) {
        Map<String, List<FoundMention>> byId = new LinkedHashMap<>();
        for (FoundMention m : mentions) {
            byId.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m);
        }
        // demonyms ("Chinese") support topics but are not names of the entity
        byId.values().forEach(ms -> ms.removeIf(FoundMention::demonym));
        byId.values().removeIf(List::isEmpty);
        int total = byId.values().stream().mapToInt(List::size).sum();
        List<Entity> out = new ArrayList<>();
        for (List<FoundMention> ms : byId.values()) {
            FoundMention first = ms.get(0);
            List<Mention> list = ms.stream().map(m -> new Mention(m.field(), m.start(), m.end(), m.text())).toList();
            String name = first.linked() ? first.name() : longestName(ms);
            out.add(new Entity(first.id(), name, first.type(), first.linked(), (double) ms.size() / total, list));
        }
        out.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return out;
    }

    /** The longest spelling, mixed case over all capitals ("Genoa", not the dateline's "GENOA"). */
    private static String longestName(List<FoundMention> ms) {
        String best = ms.get(0).name();
        for (FoundMention m : ms) {
            String n = m.name();
            boolean better = shouted(best) && !shouted(n) || shouted(best) == shouted(n) && n.length() > best.length();
            if (better) {
                best = n;
            }
        }
        return best;
    }

    private static boolean shouted(String name) {
        return name.equals(name.toUpperCase(java.util.Locale.ROOT)) && !name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }

    private Field field(String name, String text) {
        String t = text == null ? "" : text;
        List<Token> tokens = Tokenizer.tokenize(t);
        return new Field(name, t, TextFolder.normalize(t), tokens, headingLines(t, tokens));
    }

    /** Title-case lines (sub-headings, bylines, menus), where capitals do not mark names. */
    private boolean[] headingLines(String text, List<Token> tokens) {
        boolean[] heading = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int lineEnd = text.indexOf('\n', tokens.get(i).start());
            int end = lineEnd < 0 ? text.length() : lineEnd;
            int j = i;
            int words = 0;
            int caps = 0;
            while (j < tokens.size() && tokens.get(j).start() < end) {
                Token t = tokens.get(j);
                if (!lexicon.connectors().contains(t.lower()) && Character.isLetter(t.text().charAt(0))) {
                    words++;
                    caps += t.capitalised() ? 1 : 0;
                }
                j++;
            }
            // "(Reporting by Park Soo-min; Editing by Martin Hale)": a wire credit line names people
            boolean titleCase = words >= 2 && caps * 4 >= words * 3 && !endsWithSentence(text, end)
                    && !CaseProfile.shouting(text, tokens.get(i).start())
                    && text.charAt(tokens.get(i).start() - (tokens.get(i).start() > 0 ? 1 : 0)) != '(';
            for (int k = i; k < j; k++) {
                heading[k] = titleCase;
            }
            i = j;
        }
        return heading;
    }

    private static boolean endsWithSentence(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > 0 && ".!?\"\u201d".indexOf(text.charAt(e - 1)) >= 0;
    }
}
