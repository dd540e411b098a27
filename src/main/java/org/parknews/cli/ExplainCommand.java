package org.parknews.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parknews.eval.ExplainHtml;
import org.parknews.eval.ExplainReport;
import org.parknews.eval.Explainer;
import org.parknews.eval.Explanation;
import org.parknews.eval.TypedText;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.RawDocument;
import org.parknews.pipeline.AtomicFiles;
import org.parknews.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parknews explain}: shows what each stage saw and why each entity and fact was extracted. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the cleaned body, the sentences, HanLP tokens with part-of-speech tags, and every "
                + "entity and fact with its value, unit, metric, rule, span and sentence.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained", "1:the file could not be read", "2:usage error or malformed rule file"})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--text", paramLabel = "TEXT", description = "Explain this text, read as the body of a text dump.")
    String text;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "An article file to explain (instead of --text).")
    Path file;

    @Mixin
    SeedsOption seeds = new SeedsOption();

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page to FILE.")
    Path html;

    @Override
    public Integer call() throws IOException {
        if ((text == null) == (file == null)) {
            throw new ParameterException(spec.commandLine(), "give either --text \"…\" or one FILE");
        }
        Explainer explainer = new Explainer(Pipeline.load(seeds.dir()));
        List<Explanation> explanations = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        if (text != null) {
            explanations.add(explainer.explain(TypedText.document(text)));
        } else {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "not a file: " + file);
            }
            new Ingest().read(file, new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    explanations.add(explainer.explain(document));
                }

                @Override
                public void error(InputError error) {
                    errors.add(error);
                }
            });
        }
        ExplainReport report = new ExplainReport();
        explanations.forEach(x -> System.out.println(report.render(x)));
        errors.forEach(e -> System.err.println("parknews: " + e.path() + ": " + e.stage() + ": " + e.reason()));
        if (html != null) {
            Path target = html.toAbsolutePath();
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, new ExplainHtml().render(explanations));
            System.err.println("parknews: HTML page written to " + html);
        }
        return errors.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }
}
