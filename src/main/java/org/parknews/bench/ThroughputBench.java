package org.parknews.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private final Pipeline pipeline;
    private final TextDecoder decoder = new TextDecoder();

    public ThroughputBench(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Warms up, then measures {@code rounds} rounds of one thread, the HanLP reference and all threads. */
    public BenchReport run(BenchCorpus corpus, int threads, int warmupPasses, int rounds) throws Exception {
        List<String> bodies = bodies(corpus);
        for (int i = 0; i < warmupPasses; i++) {
            singleThreadPass(corpus, new StageTimes());
            hanlpCharsPerSecond(bodies);
        }
        StageTimes times = new StageTimes();
        List<BenchReport.Round> measured = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            chars = singleThreadPass(corpus, times);
            double single = (System.nanoTime() - t0) / 1e9;

            double hanlp = hanlpCharsPerSecond(bodies);

            long t1 = System.nanoTime();
            multiThreadPass(corpus, threads);
            double multi = (System.nanoTime() - t1) / 1e9;
            measured.add(new BenchReport.Round(single, multi, hanlp));
        }
        return new BenchReport(corpus.items().size(), corpus.bytes(), chars, times.nanos(), threads, measured);
    }

    /** Runs every article through every stage on this thread; returns the body characters handled. */
    private long singleThreadPass(BenchCorpus corpus, StageTimes times) {
        long chars = 0;
        for (BenchCorpus.Item item : corpus.items()) {
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

    private void multiThreadPass(BenchCorpus corpus, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int n = corpus.items().size();
            for (int t = 0; t < threads; t++) {
                int from = n * t / threads;
                int to = n * (t + 1) / threads;
                futures.add(pool.submit(() -> {
                    for (BenchCorpus.Item item : corpus.items().subList(from, to)) {
                        RecordJson.line(pipeline.process(decode(item)));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> bodies(BenchCorpus corpus) {
        List<String> out = new ArrayList<>();
        for (BenchCorpus.Item item : corpus.items()) {
            out.add(pipeline.cleaner().clean(decode(item)).body());
        }
        return out;
    }

    /** HanLP's default segmenter as a user would call it, on the same bodies, one thread. */
    private static double hanlpCharsPerSecond(List<String> bodies) {
        Segment reference = HanLP.newSegment();
        long chars = 0;
        long t0 = System.nanoTime();
        for (String body : bodies) {
            reference.seg(body);
            chars += body.length();
        }
        return chars / ((System.nanoTime() - t0) / 1e9);
    }

    private RawDocument decode(BenchCorpus.Item item) {
        DecodedText text = decoder.decode(item.bytes(), null, item.type() == ContentType.HTML);
        SourceInfo source = new SourceInfo(item.id(), "", item.type() == ContentType.HTML ? "html" : "text",
                text.charset(), null, null);
        return new RawDocument(item.id(), source, item.type(), text.text(), Map.of(), List.of());
    }
}
