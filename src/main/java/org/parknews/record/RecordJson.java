package org.parknews.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** The one JSON configuration for records: UTF-8 with Chinese written literally, plain decimals. */
public final class RecordJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Records read back (records.jsonl rebuild, duplicate marking) keep their exact decimals.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private RecordJson() {
    }

    /**
     * Resolves the record serializer and the tree reader ahead of the first record: in a fresh
     * JVM their class loading and introspection take a few hundred milliseconds, which a
     * background thread can spend while the pipeline is being built.
     */
    public static void preload() {
        MAPPER.writerFor(Record.class);
        try {
            MAPPER.readTree("{\"n\":[1.5,\"s\",true,null]}");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("constant JSON did not parse", e);
        }
    }

    /** Pretty JSON, for the per-record files people open. */
    public static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of JSON, for records.jsonl and other line-oriented outputs. */
    public static String line(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
