package io.storywire.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.eval.replay.OfflineReplay;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.Enricher;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.parse.ArticleParser;
import io.storywire.ingest.parse.ParseOutcome;
import io.storywire.ingest.parse.RawMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles through ingest's parser and near-duplicate detector, the enricher and the aggregate
 * topology, loaded all at once as on a first run: 000, 003 and 004 retell one wire story and must share a story in
 * every topic they share.
 */
class SeedStoriesTest {

    private static final Path SEEDS = Path.of("../seeds");
    private static final Instant LOADED_AT = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void shouldPutTheThreeRetellingsOfTheWireStoryInOneStoryPerSharedTopic() throws Exception {
        assertOneStoryPerSharedTopic(ingestAndEnrich());
    }

    @Test
    void shouldDoSoWhicheverOrderTheSeedsArriveIn() throws Exception {
        // 004 carries no date (ingest time stands in) and now arrives first
        List<EnrichedArticle> reversed = new ArrayList<>(ingestAndEnrich());
        Collections.reverse(reversed);
        assertOneStoryPerSharedTopic(reversed);
    }

    private static void assertOneStoryPerSharedTopic(List<EnrichedArticle> seeds) {
        Map<String, List<String>> stories = OfflineReplay.articleStories(seeds, ClusterSettings.defaults());

        EnrichedArticle a000 = seed(seeds, "000");
        EnrichedArticle a003 = seed(seeds, "003");
        EnrichedArticle a004 = seed(seeds, "004");
        Set<String> shared = topics(a000);
        shared.retainAll(topics(a003));
        shared.retainAll(topics(a004));

        assertThat(shared).as("topics the three retellings share").isNotEmpty();
        for (String topic : shared) {
            assertThat(storyIn(stories, a003, topic)).as(topic).isEqualTo(storyIn(stories, a000, topic));
            assertThat(storyIn(stories, a004, topic)).as(topic).isEqualTo(storyIn(stories, a000, topic));
        }
    }

    private static List<EnrichedArticle> ingestAndEnrich() throws Exception {
        ArticleParser parser = new ArticleParser(IngestSettings.defaults());
        NearDuplicateMarker marker = new NearDuplicateMarker(IngestSettings.defaults());
        Enricher enricher = Enricher.withDefaults();
        List<Path> files;
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<EnrichedArticle> out = new ArrayList<>();
        for (Path f : files) {
            ParseOutcome outcome = parser.parse(Files.readAllBytes(f),
                    RawMeta.of(null, "file", f.getFileName().toString(), LOADED_AT));
            assertThat(outcome.ok()).as(f.toString()).isTrue();
            for (Article a : outcome.articles()) {
                out.add(enricher.enrich(marker.mark(a)));
            }
        }
        return out;
    }

    private static EnrichedArticle seed(List<EnrichedArticle> seeds, String prefix) {
        return seeds.stream().filter(e -> prefix.equals(e.article().originName().substring(0, 3))).findFirst()
                .orElseThrow();
    }

    private static Set<String> topics(EnrichedArticle e) {
        Set<String> ids = new HashSet<>();
        e.topics().stream().map(TopicTag::id).forEach(ids::add);
        return ids;
    }

    private static String storyIn(Map<String, List<String>> stories, EnrichedArticle e, String topic) {
        return stories.getOrDefault(e.id(), List.of()).stream()
                .filter(id -> Story.topicOf(id).equals(topic)).findFirst().orElse(null);
    }
}
