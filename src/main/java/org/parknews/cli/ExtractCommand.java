package org.parknews.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.IngestLimits;
import org.parknews.pipeline.ExtractRun;
import org.parknews.pipeline.Pipeline;
import org.parknews.pipeline.ProgressReporter;
import org.parknews.pipeline.RunOptions;
import org.parknews.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parknews extract}: inputs → one JSON record per article in the output folder, incrementally. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract records from articles (files or folders, walked recursively).",
                "Reruns only process new or changed inputs (state in OUT/_state.jsonl); a killed run resumes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input succeeded",
                "1:some inputs failed (see OUT/_errors.jsonl); the rest was written",
                "2:usage error or fatal error (unreadable rules, unwritable output, output folder in use by another run)"})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders to read (default: corpus).")
    List<Path> inputs = List.of(Path.of("corpus"));

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("extracted");

    @Mixin
    SeedsOption seeds = new SeedsOption();

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--full", description = "Redo every input, even unchanged ones.")
    boolean full;

    @Option(names = "--prune", description = "Remove the records of inputs that no longer exist.")
    boolean prune;

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "Largest article file or document accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes = RunOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Seconds one document may take before it is abandoned and reported (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = RunOptions.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--fsync", description = "Force each record and state line to disk before going on: "
            + "survives a power loss, not only a killed run, at a few milliseconds per article.")
    boolean fsync;

    @Option(names = "--tokens", description = "Add the body's words with part-of-speech tags to each record "
            + "(the segmentation the extractors used; offsets in code points).")
    boolean tokens;

    @Option(names = "--max-decompressed", paramLabel = "BYTES",
            description = "Largest total a .gz input may inflate to; past it, or past a ratio of "
                    + IngestLimits.DEFAULT_RATIO + ":1, the input fails as a decompression bomb (default: ${DEFAULT-VALUE}).")
    long maxDecompressed = IngestLimits.DEFAULT_DECOMPRESSED_BYTES;

    @Option(names = "--wait", description = "When another run holds the output folder, wait for it instead of exiting with 2.")
    boolean waitForLock;

    @Option(names = "--follow-links", description = "Read symbolic links that lead out of an input folder "
            + "(by default they are reported, not followed).")
    boolean followLinks;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or log lines; only the summary line and errors.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        RunOptions options;
        IngestLimits limits;
        try {
            options = new RunOptions(threads, full, prune, maxBytes, Duration.ofSeconds(timeoutSeconds), fsync,
                    waitForLock ? RunOptions.WAIT_FOREVER : Duration.ZERO, followLinks);
            limits = IngestLimits.forDocuments(maxBytes).withMaxDecompressedBytes(maxDecompressed);
        } catch (IllegalArgumentException e) {
            System.err.println("parknews extract: " + e.getMessage());
            return Main.USAGE;
        }
        if (quiet) {
            // Read by slf4j-simple when the first logger is made, which is after this point.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Pipeline pipeline = Pipeline.load(seeds.dir()).withTokens(tokens);
        RunSummary summary;
        try (ProgressReporter progress = ProgressReporter.forConsole(quiet)) {
            summary = new ExtractRun(pipeline, new Ingest(limits), options).run(inputs, out, progress);
        }
        System.out.println(summary.line());
        return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
