package org.parknews.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * A flat table made from records: its columns, and how one record becomes its rows (one per
 * article, entity or fact). Cells are String, Long, BigDecimal or List&lt;String&gt;, or null.
 */
public record Table(String name, String description, List<Column> columns, Rows rows) {

    /** Turns one record into zero or more rows, each with one cell per column in order. */
    @FunctionalInterface
    public interface Rows {
        void of(JsonNode record, Consumer<List<Object>> out);
    }

    public Table {
        columns = List.copyOf(columns);
    }
}
