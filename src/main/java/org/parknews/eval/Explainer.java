package org.parknews.eval;

import org.parknews.extract.AnalyzedArticle;
import org.parknews.ingest.RawDocument;
import org.parknews.pipeline.Pipeline;

/** Runs the pipeline's stages one by one on a document and keeps what each saw, for {@code explain}. */
public final class Explainer {
    private final Pipeline pipeline;

    public Explainer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Explanation explain(RawDocument doc) {
        AnalyzedArticle analyzed = pipeline.analyze(doc);
        return new Explanation(pipeline.records().create(analyzed.article(), pipeline.extractors().extract(analyzed)),
                analyzed);
    }
}
