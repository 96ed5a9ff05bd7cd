package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known entities, read from the tab-separated data files under {@code gazetteer/} on the class path.
 * Countries come from the JDK's ISO list with English names; {@code countries.tsv} adds short forms, demonyms
 * and better canonical names. The other files list one entity per line: {@code id, name, aliases, attributes}.
 */
public final class Gazetteer {

    private static final String[] FILES = {"places.tsv", "people.tsv", "organizations.tsv"};

    private final Map<String, GazetteerEntry> byId;

    private Gazetteer(Map<String, GazetteerEntry> byId) {
        this.byId = byId;
    }

    public static Gazetteer load() {
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        Map<String, String> countryIds = new LinkedHashMap<>();
        loadCountries(entries, countryIds);
        for (String file : FILES) {
            for (String[] row : rows(file)) {
                GazetteerEntry e = entry(row, countryIds, file);
                if (entries.putIfAbsent(e.id(), e) != null) {
                    throw new IllegalStateException("duplicate gazetteer id " + e.id() + " in " + file);
                }
            }
        }
        return new Gazetteer(entries);
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    public Optional<GazetteerEntry> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static void loadCountries(Map<String, GazetteerEntry> entries, Map<String, String> countryIds) {
        Map<String, String[]> extra = new LinkedHashMap<>();
        for (String[] row : rows("countries.tsv")) {
            extra.put(row[0].trim(), row);
        }
        for (String code : Locale.getISOCountries()) {
            String jdkName = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String[] row = extra.get(code);
            String name = row != null && !col(row, 1).isEmpty() ? col(row, 1) : jdkName;
            List<String> aliases = new ArrayList<>(split(col(row, 2)));
            if (!jdkName.equals(name)) {
                aliases.add(jdkName);
            }
            String id = "place:" + Slug.of(name);
            countryIds.put(code, id);
            entries.put(id, new GazetteerEntry(id, name, EntityType.PLACE, List.copyOf(aliases),
                    split(col(row, 3)), List.of(), "country"));
        }
    }

    private static GazetteerEntry entry(String[] row, Map<String, String> countryIds, String file) {
        String id = col(row, 0);
        String name = col(row, 1);
        if (id.isEmpty() || name.isEmpty()) {
            throw new IllegalStateException("gazetteer line without id or name in " + file + ": " + String.join("\t", row));
        }
        List<String> implies = new ArrayList<>();
        String role = null;
        for (String attr : split(col(row, 3))) {
            int eq = attr.indexOf('=');
            String key = eq < 0 ? attr : attr.substring(0, eq).trim();
            String value = eq < 0 ? "" : attr.substring(eq + 1).trim();
            switch (key) {
                case "country", "leads" -> implies.add(countryIds.getOrDefault(value, value));
                case "role" -> role = value;
                default -> throw new IllegalStateException("unknown attribute " + key + " in " + file + " for " + id);
            }
        }
        return new GazetteerEntry(id, name, Slug.typeOf(id), split(col(row, 2)), List.of(), List.copyOf(implies), role);
    }

    private static String col(String[] row, int i) {
        return row == null || i >= row.length ? "" : row[i].trim();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("[|;]")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return List.copyOf(out);
    }

    private static List<String[]> rows(String file) {
        String path = "/gazetteer/" + file;
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer file " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
