package org.parknews.extract;

/** Receives the time each extractor (and the final grouping) took on one article; the benchmark listens. */
@FunctionalInterface
public interface ExtractorTimer {
    /** Listens to nothing: what the pipeline passes when nobody measures. */
    ExtractorTimer NONE = (step, nanos) -> {
    };

    void took(String step, long nanos);
}
