package org.parknews.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What a benchmark run measured, on the same texts in the same JVM. A shared machine makes
 * any one pass noisy, so the run repeats rounds — one thread and the HanLP reference in turns,
 * then all threads — and the ratios are taken within each round and reported as their median.
 *
 * @param stageNanos single-thread time per stage, summed over the rounds
 * @param rounds     the measured rounds, in order
 * @param warmup     how the JVM was warmed before the rounds
 */
public record BenchReport(int articles, long inputBytes, long bodyChars, Map<String, Long> stageNanos, int threads,
                          List<Round> rounds, Warmup warmup) {

    /**
     * The warm-up: passes run before measuring, and the share of the last pass's wall time that
     * the JIT compilers spent compiling (they run on the same cores as the measured threads).
     */
    public record Warmup(int passes, double lastPassJitShare) {
    }

    /**
     * One round.
     *
     * @param hanlpCharsPerSecond bare HanLP default segmentation of the cleaned bodies, one thread
     */
    public record Round(double singleThreadSeconds, double multiThreadSeconds, double hanlpCharsPerSecond) {
    }

    public BenchReport {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one round");
        }
        rounds = List.copyOf(rounds);
    }

    public double singleArticlesPerSecond() {
        return median(r -> articles / r.singleThreadSeconds());
    }

    public double singleCharsPerSecond() {
        return median(r -> bodyChars / r.singleThreadSeconds());
    }

    public double multiArticlesPerSecond() {
        return median(r -> articles / r.multiThreadSeconds());
    }

    public double multiCharsPerSecond() {
        return median(r -> bodyChars / r.multiThreadSeconds());
    }

    public double hanlpCharsPerSecond() {
        return median(Round::hanlpCharsPerSecond);
    }

    /** End-to-end single-thread throughput relative to bare HanLP segmentation in the same round (target ≥ 0.8). */
    public double ratioToHanlp() {
        return median(this::ratioToHanlp);
    }

    private double ratioToHanlp(Round r) {
        return bodyChars / r.singleThreadSeconds() / r.hanlpCharsPerSecond();
    }

    /** Speed-up of all threads over one in the same round (target ≥ 1.8 on two cores). */
    public double scaling() {
        return median(BenchReport::scaling);
    }

    private static double scaling(Round r) {
        return r.singleThreadSeconds() / r.multiThreadSeconds();
    }

    private double median(ToDoubleFunction<Round> f) {
        return Median.of(rounds.stream().mapToDouble(f).toArray());
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "corpus: %d articles, %.1f MB input, %.1f M body chars; %d rounds%n",
                articles, inputBytes / 1e6, bodyChars / 1e6, rounds.size()));
        sb.append(String.format(Locale.ROOT, "warm-up: %d passes; JIT compiling %.1f%% of the last one%n",
                warmup.passes(), 100 * warmup.lastPassJitShare()));
        sb.append(String.format(Locale.ROOT, "%-30s %10s %8s%n", "stage (1 thread, all rounds)", "seconds", "share"));
        long total = stageNanos.values().stream().mapToLong(Long::longValue).sum();
        stageNanos.forEach((stage, ns) -> sb.append(String.format(Locale.ROOT, "%-30s %10.2f %7.1f%%%n", stage, ns / 1e9,
                100.0 * ns / total)));
        sb.append(String.format(Locale.ROOT, "%nmedians over the rounds:%n"));
        sb.append(String.format(Locale.ROOT, "HanLP default segmentation, 1 thread: %.2f M chars/s%n", hanlpCharsPerSecond() / 1e6));
        sb.append(String.format(Locale.ROOT, "pipeline, 1 thread:  %8.1f articles/s  %.2f M chars/s  (%.2f × HanLP)%n",
                singleArticlesPerSecond(), singleCharsPerSecond() / 1e6, ratioToHanlp()));
        sb.append(String.format(Locale.ROOT, "pipeline, %d threads: %8.1f articles/s  %.2f M chars/s  (%.2f × one thread)%n",
                threads, multiArticlesPerSecond(), multiCharsPerSecond() / 1e6, scaling()));
        sb.append(String.format(Locale.ROOT, "per round, × HanLP: %s; × one thread: %s%n",
                perRound(this::ratioToHanlp), perRound(BenchReport::scaling)));
        sb.append(String.format(Locale.ROOT, "targets: 1 thread ≥ 0.80 × HanLP: %s; %d threads ≥ 1.80 × one thread: %s%n",
                ratioToHanlp() >= 0.8 ? "met" : "NOT met", threads, scaling() >= 1.8 ? "met" : "NOT met"));
        return sb.toString();
    }

    private String perRound(ToDoubleFunction<Round> f) {
        return Arrays.stream(rounds.stream().mapToDouble(f).toArray())
                .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(" "));
    }
}
