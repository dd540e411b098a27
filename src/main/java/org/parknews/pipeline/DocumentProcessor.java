package org.parknews.pipeline;

import org.parknews.ingest.RawDocument;
import org.parknews.record.Record;

/** Turns one raw document into its record; {@link Pipeline#process} in production, a stand-in in tests. */
@FunctionalInterface
public interface DocumentProcessor {
    Record process(RawDocument document);
}
