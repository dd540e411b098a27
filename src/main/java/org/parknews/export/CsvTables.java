package org.parknews.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.parknews.record.RecordJson;

/**
 * Writes tables as RFC 4180 CSV files, {@code <table>.csv}, UTF-8 with a header row. Every
 * non-null cell is quoted and a null cell is left empty and unquoted, so null and the empty
 * string stay distinct; lists are JSON arrays; decimals are plain (no exponent).
 */
public final class CsvTables implements AutoCloseable {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\r\n")
            .build();

    private final Map<Table, CSVPrinter> printers = new LinkedHashMap<>();
    private final Map<Table, Long> counts = new LinkedHashMap<>();

    /** Creates (replacing) one CSV file per table in {@code dir}. */
    public CsvTables(Path dir, List<Table> tables) throws IOException {
        Files.createDirectories(dir);
        try {
            for (Table t : tables) {
                CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file(dir, t), StandardCharsets.UTF_8),
                        FORMAT);
                printers.put(t, printer);
                counts.put(t, 0L);
                printer.printRecord(t.columns().stream().map(Column::name).toList());
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    public static Path file(Path dir, Table table) {
        return dir.resolve(table.name() + ".csv");
    }

    /** Appends the rows of one record to every table. */
    public void add(JsonNode record) {
        printers.forEach((table, printer) -> table.rows().of(record, row -> {
            try {
                printer.printRecord(cells(table, row));
                counts.merge(table, 1L, Long::sum);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + table.name() + ".csv", e);
            }
        }));
    }

    /** Rows written so far, by table name. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((t, n) -> out.put(t.name(), n));
        return out;
    }

    private static List<String> cells(Table table, List<Object> row) {
        List<String> out = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            out.add(v == null ? null : switch (table.columns().get(i).type()) {
                case TEXT_LIST -> RecordJson.line(v);
                case DECIMAL -> ((BigDecimal) v).toPlainString();
                default -> v.toString();
            });
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CSVPrinter p : printers.values()) {
            try {
                p.close(true);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
