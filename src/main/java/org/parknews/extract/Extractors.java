package org.parknews.extract;

import java.util.List;
import org.parknews.extract.quantity.FactExtractor;
import org.parknews.rules.RuleSet;

/**
 * The extract stage's entry point and the one list of extractors, in the order they run:
 * parks and companies first, so people's titles can name their organisation and facts their
 * subject park.
 */
public final class Extractors {
    private final List<Extractor> extractors;
    private final EntityGrouper grouper = new EntityGrouper();

    public Extractors(RuleSet rules) {
        this.extractors = List.of(
                new ParkExtractor(rules),
                new CompanyExtractor(rules),
                new PersonExtractor(rules),
                new FactExtractor(rules));
    }

    public Extraction extract(AnalyzedArticle doc) {
        return extract(doc, ExtractorTimer.NONE);
    }

    /** Extracts as {@link #extract(AnalyzedArticle)} does, telling {@code timer} what each step cost. */
    public Extraction extract(AnalyzedArticle doc, ExtractorTimer timer) {
        Findings findings = new Findings();
        long t = System.nanoTime();
        for (Extractor e : extractors) {
            e.extract(doc, findings);
            t = lap(timer, e.getClass().getSimpleName(), t);
        }
        Extraction extraction = new Extraction(grouper.group(findings.mentions()), List.copyOf(findings.facts()));
        lap(timer, "EntityGrouper", t);
        return SimplifiedScript.apply(extraction, doc.body());
    }

    private static long lap(ExtractorTimer timer, String step, long since) {
        long now = System.nanoTime();
        timer.took(step, now - since);
        return now;
    }

    /** Words the segmenter should keep whole: every lexicon name the extractors know. */
    public static List<String> lexiconWords(RuleSet rules) {
        return java.util.stream.Stream.of("parks.txt", "park-suffixes.txt", "companies.txt", "people.txt")
                .flatMap(f -> rules.optionalFile(f).lines().stream())
                .flatMap(l -> java.util.Arrays.stream((l.column(0) + "|" + l.column(1)).split("\\|")))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
