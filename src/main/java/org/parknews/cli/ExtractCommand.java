package org.parknews.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parknews.ingest.Ingest;
import org.parknews.pipeline.ExtractRun;
import org.parknews.pipeline.Pipeline;
import org.parknews.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parknews extract}: inputs → one JSON record per article in the output folder. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract records from articles (files or folders, walked recursively).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input succeeded", "1:some inputs failed (see OUT/_errors.jsonl); the rest was written",
                "2:usage error or fatal error (unreadable rules, unwritable output)"})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders to read (default: corpus).")
    List<Path> inputs = List.of(Path.of("corpus"));

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("extracted");

    @Option(names = "--seeds", paramLabel = "DIR", description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.load(seeds);
        RunSummary summary = new ExtractRun(pipeline, new Ingest(), threads).run(inputs, out);
        System.out.println(summary.line());
        return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
