package org.parknews.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.parknews.clean.Article;
import org.parknews.extract.AnalyzedArticle;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;
import org.parknews.pipeline.Pipeline;
import org.parknews.record.RecordJson;

/**
 * JMH benchmarks of the hot stages on the sample reports, one operation = all five samples.
 * Not run by {@code mvn verify}; see README "Performance" for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmark {
    private Pipeline pipeline;
    private List<RawDocument> docs;
    private List<Article> articles;
    private List<AnalyzedArticle> analyzed;

    @Setup
    public void setUp() throws Exception {
        pipeline = Pipeline.load(Path.of("seeds"));
        docs = new ArrayList<>();
        try (var files = Files.list(Path.of("corpus", "samples"))) {
            for (Path f : files.sorted().toList()) {
                docs.add(new RawDocument(f.getFileName().toString(), new SourceInfo(f.toString(), "", "text", "UTF-8", null, null),
                        ContentType.TEXT, Files.readString(f), Map.of(), List.of()));
            }
        }
        articles = docs.stream().map(pipeline.cleaner()::clean).toList();
        analyzed = articles.stream()
                .map(a -> AnalyzedArticle.of(a, pipeline.segmenter())).toList();
    }

    @Benchmark
    public void clean(Blackhole bh) {
        for (RawDocument d : docs) {
            bh.consume(pipeline.cleaner().clean(d));
        }
    }

    @Benchmark
    public void segment(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(AnalyzedArticle.of(a, pipeline.segmenter()));
        }
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (AnalyzedArticle a : analyzed) {
            bh.consume(pipeline.extractors().extract(a));
        }
    }

    @Benchmark
    public void endToEnd(Blackhole bh) {
        for (RawDocument d : docs) {
            bh.consume(RecordJson.line(pipeline.process(d)));
        }
    }
}
