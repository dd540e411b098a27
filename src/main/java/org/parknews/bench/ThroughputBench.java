package org.parknews.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Future;
import org.parknews.clean.Article;
import org.parknews.extract.AnalyzedArticle;
import org.parknews.extract.Extraction;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.DecodedText;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;
import org.parknews.ingest.TextDecoder;
import org.parknews.pipeline.Pipeline;
import org.parknews.record.Record;
import org.parknews.record.RecordJson;

/**
 * Measures end-to-end throughput on one thread (with time per stage) and on all threads, and
 * bare HanLP segmentation of the same cleaned bodies as the reference, in one JVM.
 */
public final class ThroughputBench {
    private static final double SETTLED_JIT_SHARE = 0.02;
    private static final int MAX_WARMUP_PASSES = 6;
    /**
     * About a second of each pass. With 250 articles, every pass started on caches the previous
     * pass had filled with its own data: HanLP read 5 to 8 % slower than in long separate runs
     * (2.0 against 2.2 M chars/s), which flattered the pipeline's ratio (0.83 × against 0.76 ×
     * in long runs), and the two-thread pass read 1.74 × one thread against 2.0 ×. With 1,000
     * the bench gave 0.78 × and 2.02 ×, within 2 % of the long runs.
     */
    private static final int SLICE = 1000;
    private final Pipeline pipeline;
    private final TextDecoder decoder = new TextDecoder();

    public ThroughputBench(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Warms up, then measures {@code rounds} rounds. The warm-up runs at least
     * {@code warmupPasses} passes, and more while the JIT compilers still spend over
     * {@value #SETTLED_JIT_SHARE} of a pass compiling: on two cores the C2 thread took about
     * half a core for the first minute, which slowed the all-thread passes and made two threads
     * look 1.3 to 1.5 × one.
     */
    public BenchReport run(BenchCorpus corpus, int threads, int warmupPasses, int rounds) throws Exception {
        List<String> bodies = bodies(corpus);
        int passes = 0;
        double jitShare;
        do {
            long jit = jitMillis();
            long t = System.nanoTime();
            round(corpus, bodies, threads, new StageTimes());
            jitShare = (jitMillis() - jit) / 1e3 / ((System.nanoTime() - t) / 1e9);
            passes++;
        } while (passes < warmupPasses || jitShare > SETTLED_JIT_SHARE && passes < MAX_WARMUP_PASSES);
        StageTimes times = new StageTimes();
        List<BenchReport.Round> measured = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < rounds; i++) {
            chars = 0;
            long single = 0;
            long hanlp = 0;
            long multi = 0;
            for (Slice slice : round(corpus, bodies, threads, times)) {
                chars += slice.chars();
                single += slice.singleNanos();
                hanlp += slice.hanlpNanos();
                multi += slice.multiNanos();
            }
            measured.add(new BenchReport.Round(single / 1e9, multi / 1e9, chars / (hanlp / 1e9)));
        }
        return new BenchReport(corpus.items().size(), corpus.bytes(), chars, times.nanos(), threads, measured,
                new BenchReport.Warmup(passes, jitShare));
    }

    /** One slice of a round: its body characters, and the time of each of the three passes over it. */
    private record Slice(long chars, long singleNanos, long hanlpNanos, long multiNanos) {
    }

    /**
     * One round over the corpus, {@value #SLICE} articles at a time: each slice goes through the
     * pipeline on one thread, then HanLP's default segmenter over the same bodies, then the
     * pipeline on all threads. This machine's speed drifts from minute to minute; with the
     * three passes run whole one after the other, one round gave 0.98 × HanLP between two of
     * 0.66 and 0.69. In turns, a drift slows all three alike; slices long enough that each pass
     * runs mostly on its own cached data keep them from slowing each other ({@link #SLICE}).
     */
    private List<Slice> round(BenchCorpus corpus, List<String> bodies, int threads, StageTimes times) throws Exception {
        Segment reference = HanLP.newSegment();
        List<BenchCorpus.Item> items = corpus.items();
        List<Slice> slices = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int from = 0; from < items.size(); from += SLICE) {
                List<BenchCorpus.Item> slice = items.subList(from, Math.min(items.size(), from + SLICE));
                long t0 = System.nanoTime();
                long chars = singleThreadPass(slice, times);
                long t1 = System.nanoTime();
                for (String body : bodies.subList(from, from + slice.size())) {
                    reference.seg(body);
                }
                long t2 = System.nanoTime();
                multiThreadPass(slice, pool, threads);
                slices.add(new Slice(chars, t1 - t0, t2 - t1, System.nanoTime() - t2));
            }
        } finally {
            pool.shutdownNow();
        }
        return slices;
    }

    /** Runs the articles through every stage on this thread; returns the body characters handled. */
    private long singleThreadPass(List<BenchCorpus.Item> items, StageTimes times) {
        long chars = 0;
        for (BenchCorpus.Item item : items) {
            long a = System.nanoTime();
            RawDocument doc = decode(item);
            long b = System.nanoTime();
            Article article = pipeline.cleaner().clean(doc);
            long c = System.nanoTime();
            AnalyzedArticle analyzed = AnalyzedArticle.of(article, pipeline.segmenter());
            long d = System.nanoTime();
            times.add("read+decode", b - a);
            times.add("clean", c - b);
            times.add("match text+segment", d - c);
            Extraction extraction = pipeline.extractors().extract(analyzed, (step, ns) -> times.add("extract: " + step, ns));
            long e = System.nanoTime();
            Record record = pipeline.records().create(article, extraction);
            RecordJson.line(record);
            times.add("record+serialise", System.nanoTime() - e);
            chars += article.body().length();
        }
        return chars;
    }

    /**
     * All threads take the next article from one shared counter, as the extract command's
     * workers take documents from one queue: with fixed halves, a thread that the machine
     * slowed for a moment left the other idle at the end.
     */
    private void multiThreadPass(List<BenchCorpus.Item> items, ExecutorService pool, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                    RecordJson.line(pipeline.process(decode(items.get(i))));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private List<String> bodies(BenchCorpus corpus) {
        List<String> out = new ArrayList<>();
        for (BenchCorpus.Item item : corpus.items()) {
            out.add(pipeline.cleaner().clean(decode(item)).body());
        }
        return out;
    }

    /** Time the JIT compilers have spent so far, or 0 where the JVM does not tell. */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private RawDocument decode(BenchCorpus.Item item) {
        DecodedText text = decoder.decode(item.bytes(), null, item.type() == ContentType.HTML);
        SourceInfo source = new SourceInfo(item.id(), "", item.type() == ContentType.HTML ? "html" : "text",
                text.charset(), null, null);
        return new RawDocument(item.id(), source, item.type(), text.text(), Map.of(), List.of());
    }
}
