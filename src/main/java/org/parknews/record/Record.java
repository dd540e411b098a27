package org.parknews.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/** The output contract: one article as record-schema.md defines it. Offsets count code points. */
@JsonPropertyOrder({"id", "source", "title", "authors", "published", "origin", "site", "body", "entities", "facts",
        "warnings", "fingerprint", "duplicate_of", "pipeline", "tokens"})
public record Record(String id, Source source, String title, List<String> authors, String published, String origin,
                    String site, String body, List<EntityOut> entities, List<FactOut> facts, List<String> warnings,
                    String fingerprint, @JsonProperty("duplicate_of") String duplicateOf, PipelineInfo pipeline,
                    @JsonInclude(JsonInclude.Include.NON_NULL) List<TokenOut> tokens) {

    /** Where the record came from; {@code crawled} only for inputs that carry a crawl date. */
    @JsonPropertyOrder({"path", "sha256", "format", "charset", "url", "crawled", "record"})
    public record Source(String path, String sha256, String format, String charset, String url,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String crawled,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Long record) {
    }

    /** A segmented word of the body (with {@code --tokens}); offsets are code points. */
    @JsonPropertyOrder({"text", "pos", "start", "end"})
    public record TokenOut(String text, String pos, int start, int end) {
    }

    /** A code-point span into {@code body}. */
    public record Mention(int start, int end) {
    }

    /** One entity; {@code titles} is given for people only, {@code org} for people whose title names one. */
    @JsonPropertyOrder({"type", "name", "aliases", "titles", "org", "mentions", "rule"})
    public record EntityOut(String type, String name, List<String> aliases,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> titles,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String org,
                            List<Mention> mentions, String rule) {
    }

    /** One numeric fact; values are exact decimals so 72010000000 prints as written. */
    @JsonPropertyOrder({"text", "value", "value_max", "unit", "metric", "qualifier", "period", "subject", "start", "end",
            "sentence", "rule"})
    public record FactOut(String text, BigDecimal value, @JsonProperty("value_max") BigDecimal valueMax, String unit,
                          String metric, String qualifier, String period, String subject, int start, int end,
                          int sentence, String rule) {
    }

    /** Which program and rule set produced the record, so stale records can be found. */
    public record PipelineInfo(String version, String rules) {
    }
}
