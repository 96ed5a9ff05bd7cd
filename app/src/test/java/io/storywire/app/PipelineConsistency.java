package io.storywire.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.Story;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a run of the pipeline must have produced once it is done, checked against the output streams and the
 * aggregate's query API: every generated article on every stream, in exactly one story per topic it was tagged
 * with, and every store the API serves (stories, topic counts, article -> stories, entity index) agreeing with the
 * stories on the stories topic. Collects every disagreement by kind, with the counts it checked.
 */
final class PipelineConsistency {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The outcome of one check: counts checked and problems found, by kind. */
    static final class Report {
        final Map<String, Long> counts = new LinkedHashMap<>();
        final Map<String, List<String>> problems = new TreeMap<>();

        void count(String what, long n) {
            counts.merge(what, n, Long::sum);
        }

        void problem(String kind, String detail) {
            problems.computeIfAbsent(kind, k -> new ArrayList<>()).add(detail);
        }

        boolean ok() {
            return problems.isEmpty();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("checked: ").append(counts);
            problems.forEach((kind, list) -> b.append("\n  ").append(kind).append(": ").append(list.size())
                    .append(", e.g. ").append(list.subList(0, Math.min(5, list.size()))));
            return b.toString();
        }
    }

    /**
     * @param generated how many articles the generator sent (numbers 0 .. generated-1)
     * @param apiUrl    base URL of an aggregate instance; null checks the streams only
     */
    Report check(PipelineOutputs.Snapshot s, int generated, String apiUrl) {
        return check(s, generated, apiUrl, false);
    }

    /**
     * @param always check the API even when the streams already disagree: for the last attempt, so that a failure
     *               names every store that is off, not only the first kind of problem
     */
    Report check(PipelineOutputs.Snapshot s, int generated, String apiUrl, boolean always) {
        Report r = new Report();
        Map<String, Map<String, Set<String>>> storiesByArticle = s.storiesByArticle();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < generated; n++) {
            Set<String> idsOfN = s.articleIdsByUrl().getOrDefault(NewsGenerator.url(n), Set.of());
            if (idsOfN.size() != 1) {
                r.problem("article not on storywire.articles exactly once by id", n + " -> " + idsOfN
                        + (s.deadLetters().containsKey(n) ? " dead letters " + s.deadLetters().get(n) : ""));
            } else {
                ids.add(idsOfN.iterator().next());
            }
        }
        r.count("articles", ids.size());
        r.count("article records", s.articleRecords());
        r.count("marked near-duplicates", s.nearDuplicates().size());
        r.count("dead letters", s.deadLetters().values().stream().mapToLong(List::size).sum());
        int memberships = 0;
        for (String id : ids) {
            EnrichedArticle e = s.enriched().get(id);
            if (e == null) {
                r.problem("article missing on storywire.enriched", id);
                continue;
            }
            for (String topic : s.topicsOf(id)) {
                memberships++;
                if (!s.topicStreams().getOrDefault(topic, Set.of()).contains(id)) {
                    r.problem("article missing on its topic stream", id + " in " + topic);
                }
                Set<String> stories = storiesByArticle.getOrDefault(id, Map.of()).getOrDefault(topic, Set.of());
                if (stories.size() != 1) {
                    r.problem("article not in exactly one story of its topic", id + " in " + topic + ": " + stories);
                }
            }
        }
        r.count("enriched", ids.stream().filter(s.enriched()::containsKey).count());
        r.count("topic memberships", memberships);
        List<Story> live = s.liveStories();
        r.count("stories", live.size());
        r.count("largest story", live.stream().mapToLong(st -> st.articles().size()).max().orElse(0));
        for (Story story : live) {
            Set<String> seen = new HashSet<>();
            for (var a : story.articles()) {
                if (!seen.add(a.id())) {
                    r.problem("article twice in one story", a.id() + " in " + story.id());
                }
                if (!s.topicsOf(a.id()).contains(story.topic())) {
                    r.problem("story holds an article not tagged with its topic", a.id() + " in " + story.id());
                }
            }
            if (story.size() != story.articles().size()) {
                r.problem("story size differs from its article list", story.id());
            }
        }
        if (apiUrl == null || !r.ok() && !always) {
            return r;
        }
        checkApi(s, ids, live, storiesByArticle, apiUrl, r);
        return r;
    }

    private void checkApi(PipelineOutputs.Snapshot s, List<String> ids, List<Story> live,
                          Map<String, Map<String, Set<String>>> storiesByArticle, String api, Report r) {
        Map<String, List<Story>> byTopic = new TreeMap<>();
        live.forEach(st -> byTopic.computeIfAbsent(st.topic(), k -> new ArrayList<>()).add(st));

        // topic-counts store, as /api/topics reads it
        JsonNode topics = get(api + "/api/topics");
        if (topics == null) {
            r.problem("api unavailable", "/api/topics");
            return;
        }
        Map<String, JsonNode> counted = new HashMap<>();
        topics.path("topics").forEach(t -> counted.put(t.path("id").asText(), t));
        Set<String> allTopics = new TreeSet<>(byTopic.keySet());
        allTopics.addAll(counted.keySet());
        for (String t : allTopics) {
            List<Story> stories = byTopic.getOrDefault(t, List.of());
            int articles = stories.stream().mapToInt(st -> st.articles().size()).sum();
            JsonNode c = counted.get(t);
            int cStories = c == null ? 0 : c.path("stories").asInt();
            int cArticles = c == null ? 0 : c.path("articles").asInt();
            if (cStories != stories.size() || cArticles != articles) {
                r.problem("topic-counts store disagrees with the stories", t + ": store " + cStories + " stories / "
                        + cArticles + " articles, stories topic " + stories.size() + " / " + articles);
            }
        }
        r.count("topic counts", allTopics.size());

        // stories store, page by page
        for (var e : byTopic.entrySet()) {
            Map<String, Set<String>> expected = new HashMap<>();
            e.getValue().forEach(st -> expected.put(st.id(), articleIds(st)));
            Map<String, Set<String>> served = new HashMap<>();
            for (int offset = 0; ; offset += 200) {
                JsonNode page = get(api + "/api/topics/" + e.getKey() + "/stories?sort=size&limit=200&offset=" + offset);
                if (page == null) {
                    r.problem("api unavailable", "stories of " + e.getKey());
                    return;
                }
                for (JsonNode st : page.path("stories")) {
                    Set<String> members = new HashSet<>();
                    st.path("articles").forEach(a -> members.add(a.path("id").asText()));
                    served.put(st.path("id").asText(), members);
                }
                if (page.path("stories").size() < 200) {
                    break;
                }
            }
            if (!served.equals(expected)) {
                Set<String> differing = new TreeSet<>(expected.keySet());
                differing.addAll(served.keySet());
                differing.removeIf(id -> java.util.Objects.equals(expected.get(id), served.get(id)));
                r.problem("stories store disagrees with the stories topic", e.getKey() + ": " + differing);
            }
            r.count("stories served", served.size());
        }

        // article -> stories store
        for (String id : ids) {
            Set<String> expected = new TreeSet<>();
            storiesByArticle.getOrDefault(id, Map.of()).values().forEach(expected::addAll);
            EnrichedArticle stored = s.enriched().get(id);
            JsonNode article = stored == null ? null : get(api + "/api/articles/" + enc(id));
            if (article == null) {
                r.problem("articles store misses an article", id);
                continue;
            }
            Set<String> served = new TreeSet<>();
            article.path("storyIds").forEach(x -> served.add(x.asText()));
            if (!served.equals(expected)) {
                r.problem("article-stories store disagrees with the stories", id + ": store " + served
                        + ", stories " + expected);
            }
        }
        r.count("article story lists", ids.size());

        // entity index: the stories of the articles naming each entity
        Map<String, Set<String>> storiesOfEntity = new TreeMap<>();
        for (String id : ids) {
            Set<String> stories = new HashSet<>();
            storiesByArticle.getOrDefault(id, Map.of()).values().forEach(stories::addAll);
            if (s.enriched().get(id) == null) {
                continue;
            }
            for (Entity en : s.enriched().get(id).entities()) {
                storiesOfEntity.computeIfAbsent(en.id(), k -> new HashSet<>()).addAll(stories);
            }
        }
        for (var e : storiesOfEntity.entrySet()) {
            JsonNode answer = get(api + "/api/entities/" + enc(e.getKey()) + "/stories");
            Set<String> served = new TreeSet<>();
            if (answer != null) {
                answer.path("stories").forEach(st -> served.add(st.path("id").asText()));
            }
            if (!served.equals(new TreeSet<>(e.getValue()))) {
                r.problem("entity-index disagrees with the stories", e.getKey() + ": served " + served.size()
                        + " stories, expected " + e.getValue().size());
            }
        }
        r.count("entities", storiesOfEntity.size());
    }

    private static Set<String> articleIds(Story s) {
        Set<String> out = new HashSet<>();
        s.articles().forEach(a -> out.add(a.id()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }

    /** The JSON of a 200 answer; null for anything else (404 included: the caller expects nothing then). */
    private JsonNode get(String url) {
        try {
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return resp.statusCode() == 200 ? Json.MAPPER.readTree(resp.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
