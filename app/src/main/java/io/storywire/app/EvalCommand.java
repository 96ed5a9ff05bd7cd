package io.storywire.app;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.eval.devsets.DevSets;
import io.storywire.eval.enrich.ConllEval;
import io.storywire.eval.enrich.EnrichEval;
import io.storywire.eval.enrich.TopicDevEval;
import io.storywire.eval.ingest.HtmlEval;
import io.storywire.eval.ingest.IngestAcceptance;
import io.storywire.eval.ingest.IngestReport;
import io.storywire.eval.stories.GoldArticle;
import io.storywire.eval.stories.StoryEval;
import io.storywire.eval.stories.StoryReplay;
import io.storywire.eval.stories.StorySet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures each stage on the real dev sets in ../shared/devsets (ingest, enrich, stories FILE) and on the team's own
 * gold sets in eval-data/ (a regression check).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Print what ingest accepts and extracts of the real dev sets (ingest), precision, recall and F1 "
                + "of enrichment (enrich) or BCubed of story clusters (stories).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "ingest, dates (only ingest's publish dates), "
            + "enrich or stories")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "GOLD", description = "gold file (default: eval-data/...); "
            + "for stories, articles with a \"story\" each, or articles.jsonl with gold.jsonl beside it")
    Path gold;

    @Option(names = "--details", paramLabel = "FILE",
            description = "ingest: also write every flag and rejection with its id and evidence to FILE; dates: "
                    + "the tuned part's wrong and missing days "
                    + "(dev-set text: keep it out of the repository, e.g. under /tmp)")
    Path details;

    @Option(names = "--order", description = "stories: arrival order, file (default), published or shuffled "
            + "(fixed seed)")
    StoryReplay.Order order;

    @Option(names = "--topic", description = "stories: file (the file's topics; one topic for all when it has "
            + "none; default), all (every article in one topic) or enricher (the enricher's topics)")
    StoryReplay.Topics topics;

    @Option(names = "--split", description = "stories: also score the tuned and the held-aside stories, each "
            + "replayed on its own")
    boolean split;

    @Option(names = "--predictions", paramLabel = "FILE", description = "stories: write {\"id\",\"story\"} per "
            + "article to FILE (for score.py clusters)")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        switch (what) {
            case "ingest" -> ingest();
            case "dates" -> dates();
            case "enrich" -> enrich();
            case "stories" -> stories();
            default -> {
                System.err.println("eval takes 'ingest', 'dates', 'enrich' or 'stories'");
                return 2;
            }
        }
        return 0;
    }

    private void ingest() throws Exception {
        DevSets.require();
        IngestReport report = IngestAcceptance.run();
        report.print(System.out);
        if (details != null) {
            IngestAcceptance.writeDetails(report, details);
        }
        System.out.println();
        HtmlEval.run().print(System.out);
    }

    /** Only the publish dates of ingest: seconds instead of a minute; --details FILE gets the tuned part's misses. */
    private void dates() throws Exception {
        DevSets.require();
        List<String> misses = new java.util.ArrayList<>();
        HtmlEval.dates(misses, new java.util.ArrayList<>()).print(System.out);
        if (details != null) {
            java.nio.file.Files.write(details, misses);
        }
    }

    private void enrich() {
        EnrichEval.run(gold != null ? gold : Path.of("eval-data/enrich-gold.jsonl")).print(System.out);
        if (gold != null) {
            return;
        }
        System.out.println();
        if (DevSets.locate().isEmpty()) {
            System.out.println("(dev sets not found: ../shared/devsets or $" + DevSets.ENV + "; real-news figures skipped)");
            return;
        }
        ConllEval.run().print(System.out);
        System.out.println();
        TopicDevEval.run().print(System.out);
    }

    private void stories() {
        if (gold == null && order == null && topics == null && !split && predictions == null) {
            // the team's labelled set in its four replays, as the README and QualityTargetsTest report it
            StoryEval.run(Path.of("eval-data/stories.jsonl")).print(System.out);
            return;
        }
        List<GoldArticle> articles = StorySet.read(gold != null ? gold : Path.of("eval-data/stories.jsonl"));
        StoryReplay replay = new StoryReplay();
        StoryReplay.Order o = order != null ? order : StoryReplay.Order.FILE;
        StoryReplay.Topics t = topics != null ? topics : StoryReplay.Topics.FILE;
        ClusterSettings settings = ClusterSettings.defaults();
        StoryReplay.Prepared prepared = replay.prepare(articles, t);
        StoryReplay.Result all = replay.run(prepared, settings, o);
        all.print(System.out, "stories");
        if (predictions != null) {
            all.writePredictions(predictions);
            System.out.println("  predictions written to " + predictions);
        }
        if (split) {
            replay.run(prepared.only(StoryReplay.heldAside(false)), settings, o).print(System.out, "tuned stories");
            replay.run(prepared.only(StoryReplay.heldAside(true)), settings, o).print(System.out,
                    "held-aside stories");
        }
    }
}
