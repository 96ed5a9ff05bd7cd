package io.storywire.app;

import io.storywire.eval.devsets.DevSets;
import io.storywire.eval.enrich.EnrichEval;
import io.storywire.eval.enrich.TopicDevEval;
import io.storywire.eval.ingest.IngestAcceptance;
import io.storywire.eval.ingest.IngestReport;
import io.storywire.eval.stories.StoryEval;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Measures ingest against the dev sets, enrichment and clustering against the gold sets in eval-data/. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Print what ingest accepts of the real dev sets (ingest), precision, recall and F1 of "
                + "enrichment (enrich) or BCubed of story clusters (stories).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "ingest, enrich or stories")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "GOLD", description = "gold file (default: eval-data/...)")
    Path gold;

    @Option(names = "--details", paramLabel = "FILE",
            description = "ingest: also write every flag and rejection with its id and evidence to FILE "
                    + "(dev-set text: keep it out of the repository, e.g. under /tmp)")
    Path details;

    @Override
    public Integer call() throws Exception {
        switch (what) {
            case "ingest" -> {
                IngestReport report = IngestAcceptance.run();
                report.print(System.out);
                if (details != null) {
                    IngestAcceptance.writeDetails(report, details);
                }
            }
            case "enrich" -> {
                EnrichEval.run(gold != null ? gold : Path.of("eval-data/enrich-gold.jsonl")).print(System.out);
                if (gold == null) {
                    printTopicDevSets();
                }
            }
            case "stories" -> StoryEval.run(gold != null ? gold : Path.of("eval-data/stories.jsonl"))
                    .print(System.out);
            default -> {
                System.err.println("eval takes 'ingest', 'enrich' or 'stories'");
                return 2;
            }
        }
        return 0;
    }

    /** The real dev sets' topic figures beside the team's own set, when ../shared/devsets is there. */
    private static void printTopicDevSets() {
        System.out.println();
        if (DevSets.locate().isEmpty()) {
            System.out.println("(topic dev sets not found: ../shared/devsets or $" + DevSets.ENV + "; skipped)");
            return;
        }
        TopicDevEval.run().print(System.out);
    }
}
