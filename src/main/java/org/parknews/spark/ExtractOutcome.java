package org.parknews.spark;

import java.io.Serializable;

/**
 * What one document became on an executor: a record line or an error line, both as the JSON the
 * CLI writes, with where it came from so duplicate ids can be settled deterministically.
 *
 * @param id the record id, or null for an error
 * @param path the input's URI as Spark listed it
 * @param ordinal the 1-based position of the document inside its input (row or WARC record)
 * @param json one line of JSON: a record, or an {@link org.parknews.ingest.InputError}
 */
public record ExtractOutcome(String id, String path, long ordinal, String json, boolean failed)
        implements Serializable {

    /** A total order on where documents come from: the first one of a duplicated id is kept. */
    public String originKey() {
        return path + '\u0000' + String.format("%019d", ordinal);
    }
}
