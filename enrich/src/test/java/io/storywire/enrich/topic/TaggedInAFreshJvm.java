package io.storywire.enrich.topic;

import io.storywire.core.model.Article;
import io.storywire.core.serde.Json;
import io.storywire.enrich.Articles;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by {@link TopicDeterminismTest} in a JVM of its own: prints the topics of a few team-written articles under the
 * built-in taxonomy, as the file gives it and as it comes back from the taxonomy topic (each definition written as
 * JSON and read again), one JSON line each.
 */
public final class TaggedInAFreshJvm {

    private TaggedInAFreshJvm() {
    }

    /** Articles that each spell one phrase of the built-in taxonomy in two of the ways it lists. */
    public static List<Article> articles() {
        return List.of(
                Articles.of("t1", "Rare-earth export curbs widen the trade war",
                        "Beijing tightened export controls on rare earth magnets and rare-earth processing kit on "
                                + "Tuesday, and Washington answered with new tariffs on batteries."),
                Articles.of("t2", "N. Korea fires missile as Kim Jong-un watches",
                        "N Korea fired a ballistic missile into the sea on Friday, and Kim Jong Un watched the launch "
                                + "from a hill near Pyongyang, state media said."),
                Articles.of("t3", "City sets net-zero date for its buses",
                        "The council voted to reach net zero for its bus fleet by 2035, with a net-zero depot first."),
                Articles.of("t4", "Bong Joon-ho returns to Busan with a K-pop musical",
                        "Director Bong Joon Ho said on Monday that his next film, a musical, stars a K-pop idol group."));
    }

    static List<String> tagged() {
        Taxonomy file = Taxonomy.defaults();
        List<TopicDefinition> again = new ArrayList<>();
        file.topics().forEach(t -> again.add(Taxonomy.parseTopic(Json.write(t))));
        List<String> out = new ArrayList<>();
        for (Taxonomy taxonomy : List.of(file, new Taxonomy(again))) {
            TopicMatcher matcher = new TopicMatcher(taxonomy);
            for (Article a : articles()) {
                out.add(a.id() + " " + Json.write(matcher.tag(a, List.of())));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        tagged().forEach(System.out::println);
    }
}
