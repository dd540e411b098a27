package org.parknews.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parknews.bench.BenchCorpus;
import org.parknews.bench.BenchReport;
import org.parknews.bench.Median;
import org.parknews.bench.MemoryCheck;
import org.parknews.bench.StartupProbe;
import org.parknews.bench.ThroughputBench;
import org.parknews.ingest.FileFormat;
import org.parknews.ingest.InputFinder;
import org.parknews.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parknews bench}: throughput per stage and end to end, against bare HanLP segmentation. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput on this machine: per stage on one thread, end to end on all threads, "
                + "and HanLP's default segmenter on the same texts as the reference.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Articles to build the corpus from (default: corpus and src/test/resources).")
    List<Path> inputs = List.of(Path.of("corpus"), Path.of("src", "test", "resources"));

    @Option(names = "--size-mb", description = "Repeat the articles up to this many MB (default: ${DEFAULT-VALUE}).")
    int sizeMb = 20;

    @Option(names = "--threads", description = "Threads for the parallel pass (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", description = "Warm-up passes before measuring (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--rounds", description = "Measured rounds; ratios are medians over them (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--startup-runs", description = "Fresh JVMs timed for start-up; the median counts (default: ${DEFAULT-VALUE}).")
    int startupRuns = 5;

    @Mixin
    SeedsOption seeds = new SeedsOption();

    @Option(names = "--no-startup", negatable = true, description = "Also time a fresh JVM extracting one article (default: on).")
    boolean startup = true;

    @Option(names = "--memory-check", description = "Instead of the throughput run: generate a JSON Lines file of "
            + "--memory-mb in a temporary folder, extract it in a child JVM with -Xmx--memory-heap, report time and "
            + "peak heap, delete it (takes minutes).")
    boolean memoryCheck;

    @Option(names = "--memory-mb", description = "Size of the generated JSON Lines file (default: ${DEFAULT-VALUE}).")
    int memoryMb = 1100;

    @Option(names = "--memory-heap", description = "Heap of the child JVM (default: ${DEFAULT-VALUE}).")
    String memoryHeap = "512m";

    @Override
    public Integer call() throws Exception {
        List<Path> existing = inputs.stream().filter(p -> p.toFile().exists()).toList();
        if (memoryCheck) {
            MemoryCheck.Result r = MemoryCheck.run(BenchCorpus.build(existing, 1), memoryMb * 1_000_000L, memoryHeap,
                    seeds.dir(), threads);
            System.out.print(r.render(memoryHeap));
            return r.exitCode() == 0 ? Main.OK : 1;
        }
        BenchCorpus corpus = BenchCorpus.build(existing, sizeMb * 1_000_000L);
        System.out.printf(Locale.ROOT, "parknews bench: %d articles (%.1f MB), %d threads, JDK %s, %d cores%n",
                corpus.items().size(), corpus.bytes() / 1e6, threads, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        BenchReport report = new ThroughputBench(Pipeline.load(seeds.dir())).run(corpus, threads, warmup, rounds);
        System.out.print(report.render());
        if (startup) {
            Path first = new InputFinder(p -> FileFormat.of(p).isPresent(), null).find(existing).get(0);
            double[] runs = new double[startupRuns];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = StartupProbe.secondsToFirstRecord(first, seeds.dir());
            }
            double median = Median.of(runs);
            System.out.printf(Locale.ROOT, "fresh JVM, extract one article (%s), whole process: %s s; median %.2f s "
                    + "(target ≤ 1.5 s: %s)%n", first.getFileName(), Arrays.stream(runs)
                    .mapToObj(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(" / ")),
                    median, median <= 1.5 ? "met" : "NOT met");
        }
        return Main.OK;
    }
}
