package org.parknews.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The records read for an evaluation.
     *
     * @param skipped documents read but not processed because no gold file describes them
     * @param errors  inputs that could not be read or processed, one line each
     */
    public record Inputs(Map<String, Record> records, int skipped, List<String> errors) {
    }

    public Evaluator(Pipeline pipeline, Ingest ingest) {
        this.pipeline = pipeline;
        this.ingest = ingest;
    }

    /** Records of every document under {@code inputs} whose id has a gold file; failures are listed, not thrown. */
    public Inputs records(List<Path> inputs, Set<String> goldIds) throws IOException {
        Map<String, Record> records = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        int[] skipped = {0};
        for (Path file : new InputFinder(ingest::accepts, null).find(inputs)) {
            ingest.read(file, new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    if (!goldIds.contains(document.id())) {
                        skipped[0]++;
                        return;
                    }
                    try {
                        records.put(document.id(), pipeline.process(document));
                    } catch (RuntimeException e) {
                        errors.add(document.source().path() + ": extract: " + e);
                    }
                }

                @Override
                public void error(InputError error) {
                    errors.add(error.path() + ": " + error.stage() + ": " + error.reason());
                }
            });
        }
        return new Inputs(records, skipped[0], errors);
    }

    /** Scores each gold article against its record; gold files without a record are listed as unmatched. */
    public Evaluation evaluate(List<GoldArticle> gold, Map<String, Record> records) {
        List<ArticleEvaluation> out = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (GoldArticle g : gold) {
            Record r = records.get(g.recordId());
            if (r == null) {
                unmatched.add(g.article());
            } else {
                out.add(scorer.score(g, r));
            }
        }
        return new Evaluation(out, unmatched);
    }
}
