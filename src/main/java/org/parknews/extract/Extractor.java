package org.parknews.extract;

/** One extraction rule family; adding one is a new class and a line in {@link Extractors}. */
public interface Extractor {
    /**
     * Adds what this extractor finds to {@code out}. Extractors run in the order listed and may
     * read what earlier ones found (people's titles use the parks and companies before them).
     */
    void extract(AnalyzedArticle doc, Findings out);
}
