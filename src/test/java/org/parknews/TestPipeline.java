package org.parknews;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.RawDocument;
import org.parknews.pipeline.Pipeline;
import org.parknews.record.Record;

/** One pipeline over the project's seeds/ for all tests, since loading HanLP takes seconds. */
public final class TestPipeline {
    public static final Path SEEDS = Path.of("seeds");
    public static final Path SAMPLES = Path.of("corpus", "samples");
    /** Everything the project ships as input: the samples and the team's own fixtures. */
    public static final Path CORPUS = Path.of("corpus");
    public static final Path GOLD = Path.of("src", "test", "resources", "gold");

    private static Pipeline pipeline;
    private static List<Record> corpusRecords;

    private TestPipeline() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = Pipeline.load(SEEDS);
        }
        return pipeline;
    }

    /** The records of the shipped corpus (samples and fixtures), computed once. */
    public static synchronized List<Record> corpusRecords() throws IOException {
        if (corpusRecords == null) {
            corpusRecords = process(CORPUS);
        }
        return corpusRecords;
    }

    /** Processes every file under {@code dir}; fails the test on any input error. */
    public static List<Record> process(Path dir) throws IOException {
        List<Record> out = new ArrayList<>();
        Ingest ingest = new Ingest();
        for (Path file : new org.parknews.ingest.InputFinder(ingest::accepts, null).find(List.of(dir))) {
            ingest.read(file, new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    out.add(get().process(document));
                }

                @Override
                public void error(InputError error) {
                    throw new AssertionError("input failed: " + error);
                }
            });
        }
        return out;
    }
}
