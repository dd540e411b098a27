package org.parknews.pipeline;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.parknews.clean.Cleaner;
import org.parknews.extract.AnalyzedArticle;
import org.parknews.extract.Extractors;
import org.parknews.extract.PersonExtractor;
import org.parknews.ingest.RawDocument;
import org.parknews.record.Record;
import org.parknews.record.RecordFactory;
import org.parknews.rules.RuleSet;
import org.parknews.text.Segmenter;

/**
 * The stages in order — clean → segment → extract → record — built once from a rule set and
 * shared read-only by every thread. The CLI, the tests and the evaluator all call this.
 */
public final class Pipeline {
    private final RuleSet rules;
    private final Cleaner cleaner;
    private final Segmenter segmenter;
    private final Extractors extractors;
    private final RecordFactory records;
    private final boolean tokens;

    public Pipeline(RuleSet rules) {
        this.rules = rules;
        // Loading HanLP's dictionaries is most of the start-up time: it runs on a second core
        // while the cleaner and the extractors build their tables.
        CompletableFuture<Segmenter> segmenting = CompletableFuture.supplyAsync(
                () -> new Segmenter(Extractors.lexiconWords(rules), PersonExtractor.cueWords(rules)));
        this.cleaner = new Cleaner(rules);
        this.extractors = new Extractors(rules);
        this.records = new RecordFactory(Version.get(), rules.hash());
        try {
            this.segmenter = segmenting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        this.tokens = false;
    }

    private Pipeline(Pipeline base, boolean tokens) {
        this.rules = base.rules;
        this.cleaner = base.cleaner;
        this.segmenter = base.segmenter;
        this.extractors = base.extractors;
        this.records = base.records;
        this.tokens = tokens;
    }

    /** The same stages, with each record carrying the segmentation pass the extractors used. */
    public Pipeline withTokens(boolean on) {
        return on == tokens ? this : new Pipeline(this, on);
    }

    /**
     * What decides a record's content besides its input: the rule set, and whether tokens are
     * written. A nightly run redoes every input when this changes.
     */
    public String outputSignature() {
        return tokens ? rules.hash() + "+tokens" : rules.hash();
    }

    public static Pipeline load(Path seedsDir) {
        return new Pipeline(RuleSet.load(seedsDir));
    }

    /** Cleans and segments a document: what every extractor reads. */
    public AnalyzedArticle analyze(RawDocument doc) {
        return AnalyzedArticle.of(cleaner.clean(doc), segmenter);
    }

    public Record process(RawDocument doc) {
        AnalyzedArticle analyzed = analyze(doc);
        return records.create(analyzed.article(), extractors.extract(analyzed), tokens ? analyzed.tokens() : null);
    }

    public Cleaner cleaner() {
        return cleaner;
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    public Extractors extractors() {
        return extractors;
    }

    public RecordFactory records() {
        return records;
    }

    public RuleSet rules() {
        return rules;
    }
}
