package org.parknews.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parknews.eval.Evaluation;
import org.parknews.eval.Evaluator;
import org.parknews.eval.GoldArticle;
import org.parknews.eval.GoldSet;
import org.parknews.eval.HtmlReport;
import org.parknews.eval.JsonReport;
import org.parknews.eval.TextReport;
import org.parknews.ingest.Ingest;
import org.parknews.pipeline.AtomicFiles;
import org.parknews.pipeline.Pipeline;
import org.parknews.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parknews evaluate}: runs the pipeline on inputs and scores the records against gold files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Run the pipeline on the inputs and score the records against gold files (gold-format.md): "
                + "header fields, body, entities per type, facts, metric and period; per article, per rule, "
                + "and every miss and false hit with its sentence.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored; every input read and every score at or above --min-f1",
                "1:entities.all.f1 or facts.f1 below --min-f1, or some inputs failed",
                "2:usage error, malformed rule or gold file, or no gold file matched an input"})
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders to read (default: corpus).")
    List<Path> inputs = List.of(Path.of("corpus"));

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of *.gold.json files (default: ${DEFAULT-VALUE}).")
    Path goldDir = Path.of("src", "test", "resources", "gold");

    @Mixin
    SeedsOption seeds = new SeedsOption();

    @Option(names = "--json", description = "Print the scores as JSON instead of tables.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report to FILE.")
    Path html;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when entities.all.f1 or facts.f1 is below X.")
    Double minF1;

    @Option(names = "--brief", description = "Tables only, without the list of misses and false hits.")
    boolean brief;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException("gold folder not found: " + goldDir);
        }
        List<GoldArticle> gold = GoldSet.load(goldDir);
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no *.gold.json files in " + goldDir);
        }
        Pipeline pipeline = Pipeline.load(seeds.dir());
        Evaluator evaluator = new Evaluator(pipeline, new Ingest());
        Set<String> ids = gold.stream().map(GoldArticle::recordId).collect(Collectors.toSet());
        Evaluator.Inputs read = evaluator.records(inputs, ids);
        Evaluation evaluation = evaluator.evaluate(gold, read.records());

        read.errors().forEach(e -> System.err.println("parknews: input failed: " + e));
        evaluation.unmatchedGold().forEach(g -> System.err.println("parknews: gold file for " + g
                + " not scored: its article is not among the inputs " + inputs));
        if (evaluation.articles().isEmpty()) {
            throw new IllegalArgumentException("none of the " + gold.size() + " gold files in " + goldDir
                    + " describes an article among the inputs " + inputs);
        }

        if (json) {
            ObjectNode root = new JsonReport().toJson(evaluation);
            root.put("rules_hash", pipeline.rules().hash());
            root.put("inputs_without_gold", read.skipped());
            root.set("input_errors", RecordJson.MAPPER.valueToTree(read.errors()));
            System.out.println(RecordJson.pretty(root));
        } else {
            System.out.print(new TextReport().render(evaluation, !brief));
            System.out.printf(Locale.ROOT, "%nscored %d articles against %s (%d inputs without gold skipped); rules %s%n",
                    evaluation.articles().size(), goldDir, read.skipped(), pipeline.rules().hash().substring(0, 12));
        }
        if (html != null) {
            Path target = html.toAbsolutePath();
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, new HtmlReport().render(evaluation, read.records()));
            System.err.println("parknews: HTML report written to " + html);
        }

        if (minF1 != null && (evaluation.allEntities().f1() < minF1 || evaluation.facts().f1() < minF1)) {
            System.err.printf(Locale.ROOT, "parknews: below --min-f1 %.3f: entities.all.f1 = %.3f, facts.f1 = %.3f%n",
                    minF1, evaluation.allEntities().f1(), evaluation.facts().f1());
            return Main.SOME_FAILED;
        }
        return read.errors().isEmpty() ? Main.OK : Main.SOME_FAILED;
    }
}
