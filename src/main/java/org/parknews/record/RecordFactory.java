package org.parknews.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.parknews.clean.Article;
import org.parknews.clean.Span;
import org.parknews.extract.Entity;
import org.parknews.extract.EntityType;
import org.parknews.extract.Extraction;
import org.parknews.extract.Fact;
import org.parknews.dedup.MinHasher;
import org.parknews.ingest.SourceInfo;
import org.parknews.text.Token;

/** Builds the output record from a cleaned article and what was extracted from it. */
public final class RecordFactory {
    private final Record.PipelineInfo pipeline;
    private final MinHasher fingerprints = new MinHasher();

    public RecordFactory(String version, String rulesHash) {
        this.pipeline = new Record.PipelineInfo(version, rulesHash);
    }

    public Record create(Article article, Extraction extraction) {
        return create(article, extraction, null);
    }

    /** @param tokens the segmentation pass to include in the record, or null to leave it out */
    public Record create(Article article, Extraction extraction, List<Token> tokens) {
        CodePointOffsets offsets = new CodePointOffsets(article.body());
        List<Record.EntityOut> entities = new ArrayList<>();
        for (Entity e : extraction.entities()) {
            List<Record.Mention> mentions = e.mentions().stream()
                    .map(s -> new Record.Mention(offsets.toCodePoint(s.start()), offsets.toCodePoint(s.end()))).toList();
            boolean person = e.type() == EntityType.PERSON;
            entities.add(new Record.EntityOut(e.type().label(), e.name(), e.aliases(), person ? e.titles() : null,
                    person ? e.org() : null, mentions, e.rule()));
        }
        List<Record.FactOut> facts = new ArrayList<>();
        for (Fact f : extraction.facts()) {
            Span s = f.span();
            facts.add(new Record.FactOut(f.text(), decimal(f.value()), f.valueMax() == null ? null : decimal(f.valueMax()),
                    f.unit(), f.metric(), f.qualifier(), f.period(), f.subject(),
                    offsets.toCodePoint(s.start()), offsets.toCodePoint(s.end()), f.sentence(), f.rule()));
        }
        SourceInfo src = article.source();
        return new Record(article.id(),
                new Record.Source(src.path(), src.sha256(), src.format(), src.charset(), src.url(), src.crawled(),
                        src.record()),
                article.title(), article.authors(), article.published(), article.origin(), article.site(), article.body(),
                entities, facts, article.warnings(), fingerprints.fingerprint(article.body()).format(), null, pipeline,
                tokens == null ? null : tokens(article.body(), tokens, offsets));
    }

    /** Tokens as the body writes them: the segmenter saw the folded match text at the same offsets. */
    private static List<Record.TokenOut> tokens(String body, List<Token> tokens, CodePointOffsets offsets) {
        return tokens.stream().map(t -> new Record.TokenOut(body.substring(t.start(), t.end()), t.pos(),
                offsets.toCodePoint(t.start()), offsets.toCodePoint(t.end()))).toList();
    }

    /** Exact decimal of a double as written (72010000000, 43.6), without binary noise. */
    public static BigDecimal decimal(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
