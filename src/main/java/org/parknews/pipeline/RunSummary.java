package org.parknews.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/** What one extract run did, written to {@code _summary.json} and printed as one line. */
@JsonPropertyOrder({"read", "written", "failed", "seconds", "articles_per_second"})
public record RunSummary(long read, long written, long failed, double seconds,
                         @JsonProperty("articles_per_second") double articlesPerSecond) {

    public String line() {
        return String.format(Locale.ROOT, "parknews: read %d, written %d, failed %d in %.1f s (%.1f articles/s)",
                read, written, failed, seconds, articlesPerSecond);
    }
}
