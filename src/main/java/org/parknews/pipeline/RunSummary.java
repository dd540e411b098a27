package org.parknews.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/**
 * What one extract run did, written to {@code _summary.json} and printed as one line.
 *
 * @param read    input files found
 * @param added   inputs never processed before (JSON {@code new})
 * @param retried unchanged inputs that failed last time, processed again
 * @param failed  error lines written (inputs, rows or records that gave no record)
 * @param written records written by this run
 * @param pruned  inputs whose records were removed because the input disappeared
 */
@JsonPropertyOrder({"read", "new", "changed", "unchanged", "retried", "failed", "written", "pruned", "seconds",
        "articles_per_second"})
public record RunSummary(long read, @JsonProperty("new") long added, long changed, long unchanged, long retried,
                         long failed, long written, long pruned, double seconds,
                         @JsonProperty("articles_per_second") double articlesPerSecond) {

    public String line() {
        return String.format(Locale.ROOT,
                "parknews: read %d (new %d, changed %d, unchanged %d, retried %d), written %d, failed %d, pruned %d"
                        + " in %.1f s (%.1f articles/s)",
                read, added, changed, unchanged, retried, written, failed, pruned, seconds, articlesPerSecond);
    }
}
