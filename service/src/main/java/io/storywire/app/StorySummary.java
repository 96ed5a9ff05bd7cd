package io.storywire.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads the query API as any client would and prints a short per-topic summary of the stories. */
final class StorySummary {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    StorySummary(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Waits until the API has counted {@code expectedArticles} article-topic placements or the time is up. */
    JsonNode awaitTopics(int minArticles, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        int stableRounds = 0;
        long lastTotal = -1;
        while (System.nanoTime() < deadline) {
            JsonNode topics = get("/api/topics");
            if (topics != null) {
                long total = 0;
                for (JsonNode t : topics.path("topics")) {
                    total += t.path("articles").asLong();
                }
                stableRounds = total == lastTotal && total >= minArticles ? stableRounds + 1 : 0;
                lastTotal = total;
                last = topics;
                if (stableRounds >= 3) {
                    return topics;
                }
            }
            Thread.sleep(500);
        }
        return last;
    }

    void print(PrintStream out, JsonNode topics) {
        if (topics == null) {
            out.println("No answer from the query API yet.");
            return;
        }
        out.println();
        out.println("Stories per topic:");
        java.util.List<String> empty = new java.util.ArrayList<>();
        for (JsonNode t : topics.path("topics")) {
            String id = t.path("id").asText();
            if (t.path("stories").asInt() == 0) {
                empty.add(id);
                continue;
            }
            out.printf("  %-14s %3d stories, %3d articles%n", id, t.path("stories").asInt(), t.path("articles").asInt());
            JsonNode stories = get("/api/topics/" + id + "/stories?sort=size&limit=5");
            if (stories == null) {
                continue;
            }
            for (JsonNode s : stories.path("stories")) {
                out.printf("      [%d] %s%n", s.path("size").asInt(), abbreviate(s.path("headline").asText(), 90));
            }
        }
        if (!empty.isEmpty()) {
            out.println("  no stories yet: " + String.join(", ", empty));
        }
        out.println();
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Json.MAPPER.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
