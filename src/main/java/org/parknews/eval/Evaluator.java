package org.parknews.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.InputFinder;
import org.parknews.ingest.RawDocument;
import org.parknews.pipeline.Pipeline;
import org.parknews.record.Record;

/** Runs the pipeline over inputs and scores the records that have a gold file. */
public final class Evaluator {
    private final Pipeline pipeline;
    private final Ingest ingest;
    private final Scorer scorer = new Scorer();

    public Evaluator(Pipeline pipeline, Ingest ingest) {
        this.pipeline = pipeline;
        this.ingest = ingest;
    }

    /** Records for every input, keyed by id. Inputs that fail to read are reported in the exception. */
    public Map<String, Record> records(List<Path> inputs) throws IOException {
        Map<String, Record> records = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (Path file : new InputFinder(ingest::accepts, null).find(inputs)) {
            ingest.read(file, new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    records.put(document.id(), pipeline.process(document));
                }

                @Override
                public void error(InputError error) {
                    errors.add(error.path() + ": " + error.reason());
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new IOException("inputs failed: " + errors);
        }
        return records;
    }

    public Evaluation evaluate(List<GoldArticle> gold, Map<String, Record> records) {
        List<ArticleEvaluation> out = new ArrayList<>();
        for (GoldArticle g : gold) {
            Record r = records.get(g.recordId());
            if (r == null) {
                throw new IllegalArgumentException("no input article for gold file of " + g.article());
            }
            out.add(scorer.score(g, r));
        }
        return new Evaluation(out);
    }
}
