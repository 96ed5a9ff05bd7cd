package io.storywire.app;

import io.storywire.eval.devsets.DevSets;
import io.storywire.eval.enrich.ConllEval;
import io.storywire.eval.enrich.EnrichEval;
import io.storywire.eval.stories.StoryEval;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Measures enrichment and clustering against the gold sets in eval-data/. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Print precision, recall and F1 of enrichment (enrich) or BCubed of story clusters (stories).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "enrich or stories")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "GOLD", description = "gold file (default: eval-data/...)")
    Path gold;

    @Override
    public Integer call() throws Exception {
        switch (what) {
            case "enrich" -> {
                EnrichEval.run(gold != null ? gold : Path.of("eval-data/enrich-gold.jsonl")).print(System.out);
                printConll();
            }
            case "stories" -> StoryEval.run(gold != null ? gold : Path.of("eval-data/stories.jsonl"))
                    .print(System.out);
            default -> {
                System.err.println("eval takes 'enrich' or 'stories'");
                return 2;
            }
        }
        return 0;
    }

    /** Entities on real news (CoNLL-2003 dev in ../shared/devsets), when the dev sets are there. */
    private static void printConll() {
        System.out.println();
        if (DevSets.locate().isEmpty()) {
            System.out.println("Entities on real news: skipped, ../shared/devsets not found (set " + DevSets.ENV + ")");
            return;
        }
        ConllEval.run().print(System.out);
    }
}
