package org.parknews.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parknews.export.ExportFormat;
import org.parknews.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parknews export}: records → the articles, entities and facts tables researchers load. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Flatten records into the tables articles, entities and facts (see README \"Datasets\").",
                "IN: an extract output folder, its records.jsonl, or a Spark job's output folder.",
                "OUT: csv, parquet: a folder for <table>.csv / <table>.parquet;"
                        + " duckdb: a .duckdb file, or a folder that gets " + Exporter.DATABASE + "."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:usage error, unreadable input or unwritable output"})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "csv, parquet or duckdb (parquet and duckdb need lib/duckdb_jdbc next to the jar).")
    ExportFormat format;

    @Option(names = "--drop-duplicates", description = "Leave out reposts (records whose duplicate_of names an original).")
    boolean dropDuplicates;

    @Parameters(index = "0", paramLabel = "IN", description = "Records to export.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Where the tables go.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Exporter exporter = dropDuplicates ? new Exporter().withoutDuplicates() : new Exporter();
        Map<String, Long> rows = exporter.export(format, in, out);
        String counts = rows.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        Path where = format == ExportFormat.DUCKDB ? Exporter.databaseFile(out) : out;
        System.out.println("exported " + counts + " to " + where);
        return Main.OK;
    }

    /** Accepts the format in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
