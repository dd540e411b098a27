package org.parknews.ingest;

/** Receives what a reader finds in one input: documents, and errors for the parts it could not read. */
public interface DocumentSink {
    void accept(RawDocument document);

    void error(InputError error);
}
