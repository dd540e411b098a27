package org.parknews.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;

class BenchReportTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3          | 3",
        "1 2        | 1.5",
        "9 1 5      | 5",
        "4 100 2 3  | 3.5",
    })
    void medianIgnoresOneOutlier(String values, double expected) {
        double[] v = java.util.Arrays.stream(values.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(expected, Median.of(v), 1e-9);
    }

    /** Ratios are taken within each round, then the median: a slow round does not decide the result. */
    @Test
    void ratiosAreMediansOfPerRoundRatios() {
        // 1,000 body chars; rounds: (single s, multi s, HanLP chars/s)
        BenchReport r = new BenchReport(10, 5_000, 1_000, Map.of("clean", 1L), 2, List.of(
                new BenchReport.Round(1.0, 0.5, 2_000),    // 0.5 × HanLP, 2.0 × one thread
                new BenchReport.Round(4.0, 4.0, 500),      // 0.5 × HanLP, 1.0 × one thread (a disturbed round)
                new BenchReport.Round(1.0, 0.55, 1_000)),  // 1.0 × HanLP, 1.82 × one thread
                new BenchReport.Warmup(2, 0.01));
        assertEquals(0.5, r.ratioToHanlp(), 1e-9);
        assertEquals(1.0 / 0.55, r.scaling(), 1e-9);
        assertEquals(10.0, r.singleArticlesPerSecond(), 1e-9);
        assertTrue(r.render().contains("warm-up: 2 passes; JIT compiling 1.0% of the last one"), r.render());
        assertTrue(r.render().contains("targets: 1 thread ≥ 0.80 × HanLP: NOT met; 2 threads ≥ 1.80 × one thread: met"),
                r.render());
    }

    @Test
    void aReportNeedsARound() {
        assertThrows(IllegalArgumentException.class,
                () -> new BenchReport(1, 1, 1, Map.of(), 1, List.of(), new BenchReport.Warmup(1, 0)));
    }

    /** A real, tiny run: every stage timed, every round measured, the reference positive. */
    @Test
    void throughputBenchMeasuresEveryStageInEveryRound() throws Exception {
        BenchCorpus corpus = BenchCorpus.build(List.of(Path.of("corpus", "samples")), 1);
        BenchReport r = new ThroughputBench(TestPipeline.get()).run(corpus, 2, 0, 2);
        assertEquals(2, r.rounds().size());
        assertTrue(r.warmup().passes() >= 1, "the JVM is always warmed once");
        assertEquals(corpus.items().size(), r.articles());
        Map<String, Long> stages = new LinkedHashMap<>(r.stageNanos());
        for (String stage : List.of("read+decode", "clean", "match text+segment", "extract: FactExtractor",
                "record+serialise")) {
            assertTrue(stages.getOrDefault(stage, 0L) > 0, stage + " not timed: " + stages.keySet());
        }
        assertTrue(r.hanlpCharsPerSecond() > 0 && r.ratioToHanlp() > 0 && r.scaling() > 0);
    }
}
