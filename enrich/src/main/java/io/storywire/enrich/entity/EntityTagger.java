package io.storywire.enrich.entity;

import io.storywire.core.model.Article;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.Mention;
import io.storywire.enrich.text.NormalizedText;
import io.storywire.enrich.text.TextFolder;
import io.storywire.enrich.text.Token;
import io.storywire.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags people, organisations and places in an article: gazetteer names first (one pass), then names the recogniser
 * finds in what is left, then short forms resolved to full names of the same article. Built once, thread-safe.
 */
public final class EntityTagger {

    private final GazetteerMatcher matcher;
    private final NameRecognizer recognizer;
    private final AliasResolver resolver;
    private final Lexicon lexicon;
    private final ShortFormMerger shortForms;

    public EntityTagger(Gazetteer gazetteer, Lexicon lexicon) {
        this.matcher = new GazetteerMatcher(gazetteer);
        this.recognizer = new NameRecognizer(lexicon);
        this.resolver = new AliasResolver(lexicon);
        this.lexicon = lexicon;
        this.shortForms = new ShortFormMerger(lexicon);
    }

    public static EntityTagger withDefaults() {
        return new EntityTagger(Gazetteer.load(), Lexicon.load());
    }

    private record Field(String name, String text, NormalizedText folded, List<Token> tokens, boolean[] heading) {
    }

    public EntityAnalysis tag(Article article) {
        List<Field> fields = List.of(field("title", article.title(), true), field("body", article.body(), false));
        Set<String> lowerVocabulary = new HashSet<>();
        for (Field f : fields) {
            for (Token t : f.tokens()) {
                if (!t.capitalised()) {
                    lowerVocabulary.add(t.lower());
                }
            }
        }
        List<FoundMention> mentions = new ArrayList<>();
        List<RecognizedName> recognized = new ArrayList<>();
        Map<Field, List<GazetteerHit>> hitsByField = new IdentityHashMap<>();
        for (Field f : fields) {
            List<GazetteerHit> hits = matcher.find(f.name(), f.folded());
            hitsByField.put(f, hits);
            recognized.addAll(recognizer.find(f.name(), f.text(), f.tokens(), coverage(f.tokens(), hits),
                    f.heading(), lowerVocabulary));
        }
        Map<String, EntityType> confirmed = new HashMap<>();
        for (RecognizedName r : recognized) {
            if (!r.heading()) {
                confirmed.putIfAbsent(Slug.of(r.text()), r.type());
            }
        }
        for (Field f : fields) {
            BitSet overridden = new BitSet();
            recognized.stream().filter(r -> r.overrides() && r.field().equals(f.name())
                            && confirmed.containsKey(Slug.of(r.text())))
                    .forEach(r -> overridden.set(r.start(), r.end()));
            for (GazetteerHit h : hitsByField.get(f)) {
                if (!AliasResolver.covered(overridden, h.start(), h.end()) && !namesAnEvent(f.text(), h)) {
                    GazetteerEntry e = h.entry();
                    mentions.add(new FoundMention(e.id(), e.name(), e.type(), true, f.name(), h.start(), h.end(),
                            h.text(), h.demonym(), e.implies()));
                }
            }
        }
        for (RecognizedName r : recognized) {
            EntityType type = confirmed.get(Slug.of(r.text()));
            if (type != null) {
                mentions.add(new FoundMention(Slug.id(type, r.text()), r.text(), type, false, r.field(), r.start(),
                        r.end(), r.text(), false, List.of()));
            }
        }
        mentions.sort(MENTION_ORDER);
        Map<String, FoundMention> acronyms = new HashMap<>();
        for (Field f : fields) {
            AliasResolver.collectAcronyms(f.text(),
                    mentions.stream().filter(m -> m.field().equals(f.name()) && !m.demonym()).toList(), acronyms);
        }
        Map<String, String> texts = new HashMap<>();
        fields.forEach(f -> texts.put(f.name(), f.text()));
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

    private static String longestName(List<FoundMention> ms) {
        String best = ms.get(0).name();
        for (FoundMention m : ms) {
            if (m.name().length() > best.length()) {
                best = m.name();
            }
        }
        return best;
    }

    private Field field(String name, String text, boolean heading) {
        String t = text == null ? "" : text;
        List<Token> tokens = Tokenizer.tokenize(t);
        return new Field(name, t, TextFolder.normalize(t), tokens, heading ? all(tokens.size()) : headingLines(t, tokens));
    }

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
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

    private static Coverage[] coverage(List<Token> tokens, List<GazetteerHit> hits) {
        Coverage[] c = new Coverage[tokens.size()];
        Arrays.fill(c, Coverage.NONE);
        int h = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (h < hits.size() && hits.get(h).end() <= t.start()) {
                h++;
            }
            if (h < hits.size() && hits.get(h).start() < t.end()) {
                GazetteerHit hit = hits.get(h);
                c[i] = switch (hit.entry().type()) {
                    case PLACE -> Coverage.PLACE;
                    case ORGANIZATION -> Coverage.ORG;
                    case PERSON -> Coverage.PERSON;
                };
            }
        }
        return c;
    }
}
