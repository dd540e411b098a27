package org.parknews.ingest;

/**
 * A failure confined to one input (or one row or record of it), reported instead of thrown
 * so the rest of the run goes on.
 *
 * @param record the 1-based row or record number inside a container input, or 0 for a whole file
 */
public record InputError(String path, long record, String stage, String reason, String trace) {

    public static InputError of(String path, long record, String stage, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new InputError(path, record, stage, reason, StackTraces.head(cause, 8));
    }
}
