package org.parknews.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.io.file.PathUtils;

/**
 * Flattens an output's records into the dataset tables in one pass over the records: straight to
 * CSV, or to CSV in a scratch folder that DuckDB then loads into a database file or Parquet.
 */
public final class Exporter {
    /** The database file written when OUT is a folder rather than a {@code .duckdb} path. */
    public static final String DATABASE = "parknews.duckdb";

    private final List<Table> tables;
    private final Predicate<JsonNode> keep;

    public Exporter() {
        this(DatasetTables.ALL);
    }

    public Exporter(List<Table> tables) {
        this(tables, r -> true);
    }

    private Exporter(List<Table> tables, Predicate<JsonNode> keep) {
        this.tables = List.copyOf(tables);
        this.keep = keep;
    }

    /** The same export leaving out reposts: records whose duplicate_of names an original. */
    public Exporter withoutDuplicates() {
        return new Exporter(tables, r -> r.path("duplicate_of").isNull() || r.path("duplicate_of").isMissingNode());
    }

    /** Exports {@code in} to {@code out}; returns the rows written per table. */
    public Map<String, Long> export(ExportFormat format, Path in, Path out) throws IOException {
        RecordFiles records = RecordFiles.of(in);
        if (format == ExportFormat.CSV) {
            return writeCsv(records, out);
        }
        DuckDbTables.requireDriver(); // before the flattening pass, not after it
        Path scratch = Files.createTempDirectory("parknews-export-");
        try {
            Map<String, Long> counts = writeCsv(records, scratch);
            DuckDbTables duck = new DuckDbTables(scratch, tables);
            if (format == ExportFormat.PARQUET) {
                duck.toParquet(out);
            } else {
                duck.toDatabase(databaseFile(out));
            }
            return counts;
        } finally {
            PathUtils.deleteDirectory(scratch);
        }
    }

    /** OUT itself when it names a {@code .duckdb} file, else {@value #DATABASE} inside the folder OUT. */
    public static Path databaseFile(Path out) {
        return out.getFileName() != null && out.getFileName().toString().endsWith(".duckdb")
                ? out : out.resolve(DATABASE);
    }

    private Map<String, Long> writeCsv(RecordFiles records, Path dir) throws IOException {
        try (CsvTables csv = new CsvTables(dir, tables)) {
            records.forEach(r -> {
                if (keep.test(r)) {
                    csv.add(r);
                }
            });
            return csv.counts();
        }
    }
}
