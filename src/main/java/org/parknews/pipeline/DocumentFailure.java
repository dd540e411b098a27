package org.parknews.pipeline;

/** A document that could not be turned into a record; becomes one line of {@code _errors.jsonl}. */
public final class DocumentFailure extends Exception {
    private final String stage;

    public DocumentFailure(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    /** The pipeline stage that failed: ingest, clean, extract or record. */
    public String stage() {
        return stage;
    }
}
