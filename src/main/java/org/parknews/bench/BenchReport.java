package org.parknews.bench;

import java.util.Locale;
import java.util.Map;

/**
 * What one benchmark run measured, on the same texts in the same JVM.
 *
 * @param stageNanos   single-thread time per stage over one pass
 * @param hanlpCharsPerSecond bare HanLP default segmentation of the cleaned bodies, one thread
 */
public record BenchReport(int articles, long inputBytes, long bodyChars, Map<String, Long> stageNanos,
                          double singleThreadSeconds, double multiThreadSeconds, int threads,
                          double hanlpCharsPerSecond) {

    public double singleArticlesPerSecond() {
        return articles / singleThreadSeconds;
    }

    public double singleCharsPerSecond() {
        return bodyChars / singleThreadSeconds;
    }

    public double multiArticlesPerSecond() {
        return articles / multiThreadSeconds;
    }

    /** End-to-end single-thread throughput relative to bare HanLP segmentation (target ≥ 0.8). */
    public double ratioToHanlp() {
        return singleCharsPerSecond() / hanlpCharsPerSecond;
    }

    /** Speed-up of all threads over one (target ≥ 1.8 on two cores). */
    public double scaling() {
        return singleThreadSeconds / multiThreadSeconds;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "corpus: %d articles, %.1f MB input, %.1f M body chars%n", articles,
                inputBytes / 1e6, bodyChars / 1e6));
        sb.append(String.format(Locale.ROOT, "%-30s %10s %8s%n", "stage (1 thread)", "seconds", "share"));
        long total = stageNanos.values().stream().mapToLong(Long::longValue).sum();
        stageNanos.forEach((stage, ns) -> sb.append(String.format(Locale.ROOT, "%-30s %10.2f %7.1f%%%n", stage, ns / 1e9,
                100.0 * ns / total)));
        sb.append(String.format(Locale.ROOT, "%nHanLP default segmentation, 1 thread: %.2f M chars/s%n", hanlpCharsPerSecond / 1e6));
        sb.append(String.format(Locale.ROOT, "pipeline, 1 thread:  %8.1f articles/s  %.2f M chars/s  (%.2f × HanLP)%n",
                singleArticlesPerSecond(), singleCharsPerSecond() / 1e6, ratioToHanlp()));
        sb.append(String.format(Locale.ROOT, "pipeline, %d threads: %8.1f articles/s  %.2f M chars/s  (%.2f × one thread)%n",
                threads, multiArticlesPerSecond(), bodyChars / multiThreadSeconds / 1e6, scaling()));
        sb.append(String.format(Locale.ROOT, "targets: 1 thread ≥ 0.80 × HanLP: %s; %d threads ≥ 1.80 × one thread: %s%n",
                ratioToHanlp() >= 0.8 ? "met" : "NOT met", threads, scaling() >= 1.8 ? "met" : "NOT met"));
        return sb.toString();
    }
}
