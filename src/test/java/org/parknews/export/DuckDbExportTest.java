package org.parknews.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.record.Record;

/** DuckDB and Parquet exports of the sample records: typed tables, and the README's example query. */
class DuckDbExportTest {
    /** The README's example: total investment announced per park per year. */
    static final String INVESTMENT_PER_PARK_PER_YEAR = """
            SELECT f.subject AS park,
                   coalesce(left(f.period, 4), CAST(year(a.published) AS VARCHAR)) AS year,
                   sum(f.value) AS total_cny,
                   count(*) AS facts
            FROM facts f JOIN articles a ON a.id = f.article_id
            WHERE f.unit = 'CNY' AND f.metric LIKE '%投资%'
              AND f.subject IN (SELECT name FROM entities WHERE type = 'park')
            GROUP BY ALL
            ORDER BY park, year""";

    @TempDir
    static Path tmp;
    private static Path db;
    private static Path parquet;

    @BeforeAll
    static void export() throws IOException {
        Path in = ExportFixtures.sampleRecordsJsonl(tmp.resolve("in"));
        db = tmp.resolve("out").resolve("samples.duckdb");
        new Exporter().export(ExportFormat.DUCKDB, in, db);
        parquet = tmp.resolve("parquet");
        new Exporter().export(ExportFormat.PARQUET, in, parquet);
    }

    static Stream<Arguments> columns() {
        return DatasetTables.ALL.stream().flatMap(t -> t.columns().stream().map(c -> Arguments.of(t.name(), c)));
    }

    @ParameterizedTest
    @MethodSource("columns")
    void databaseAndParquetColumnsHaveTheDocumentedTypes(String table, Column column) throws SQLException {
        String describe = "SELECT column_type FROM (DESCRIBE SELECT * FROM %s) WHERE column_name = '" + column.name() + "'";
        assertEquals(column.type().sql(), one(db, describe.formatted('"' + table + '"')));
        assertEquals(column.type().sql(), one(null, describe.formatted(parquetFile(table))));
    }

    @Test
    void everyRecordItemIsARow() throws IOException, SQLException {
        List<Record> records = ExportFixtures.records();
        long entities = records.stream().mapToLong(r -> r.entities().size()).sum();
        long facts = records.stream().mapToLong(r -> r.facts().size()).sum();
        for (Path source : new Path[] {db, null}) {
            assertEquals(String.valueOf(records.size()), one(source, "SELECT count(*) FROM " + from(source, "articles")));
            assertEquals(String.valueOf(entities), one(source, "SELECT count(*) FROM " + from(source, "entities")));
            assertEquals(String.valueOf(facts), one(source, "SELECT count(*) FROM " + from(source, "facts")));
        }
    }

    @Test
    void listsAndDecimalsKeepTheirValues() throws IOException, SQLException {
        Record r = ExportFixtures.records().get(0);
        assertEquals(r.authors().toString().replace(" ", ""),
                one(db, "SELECT authors FROM articles WHERE id = '" + r.id() + "'").replace(" ", ""));
        BigDecimal sum = r.facts().stream().map(Record.FactOut::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fromDb = new BigDecimal(one(db, "SELECT sum(value) FROM facts WHERE article_id = '" + r.id() + "'"));
        assertEquals(0, sum.setScale(10, RoundingMode.HALF_UP).compareTo(fromDb));
    }

    @Test
    void exampleQuerySumsTheInvestmentFactsOfParks() throws IOException, SQLException {
        List<Record> records = ExportFixtures.records();
        Set<String> parks = records.stream().flatMap(r -> r.entities().stream())
                .filter(e -> e.type().equals("park")).map(Record.EntityOut::name).collect(Collectors.toSet());
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (Record r : records) {
            for (Record.FactOut f : r.facts()) {
                if (f.unit().equals("CNY") && f.metric() != null && f.metric().contains("投资")
                        && parks.contains(f.subject())) {
                    String year = f.period() != null ? f.period().substring(0, 4)
                            : r.published() == null ? null : r.published().substring(0, 4);
                    expected.merge(f.subject() + " " + year, f.value(), BigDecimal::add);
                }
            }
        }
        List<String> table = query(db, INVESTMENT_PER_PARK_PER_YEAR);
        System.out.println("Total investment announced per park per year (sample corpus):");
        table.forEach(System.out::println);
        assertFalse(expected.isEmpty(), "the samples announce investments in parks");
        Map<String, BigDecimal> actual = new TreeMap<>();
        for (String row : table.subList(1, table.size())) {
            String[] cells = row.split("\t");
            actual.put(cells[0] + " " + cells[1], new BigDecimal(cells[2]));
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertEquals(0, v.compareTo(actual.get(k)), k));
    }

    @Test
    void replacesAnEarlierDatabaseAndLeavesNoScratchFiles(@TempDir Path dir) throws IOException, SQLException {
        Path in = ExportFixtures.sampleRecordsJsonl(dir.resolve("in"));
        Path out = dir.resolve("out");
        new Exporter().export(ExportFormat.DUCKDB, in, out);
        Files.writeString(in, Files.readAllLines(in, StandardCharsets.UTF_8).get(0) + "\n", StandardCharsets.UTF_8);
        new Exporter().export(ExportFormat.DUCKDB, in, out);
        assertEquals("1", one(out.resolve(Exporter.DATABASE), "SELECT count(*) FROM articles"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(Exporter.DATABASE), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void parquetFilesAreWrittenPerTable() {
        for (Table t : DatasetTables.ALL) {
            assertTrue(Files.isRegularFile(parquet.resolve(t.name() + ".parquet")), t.name());
        }
    }

    private static String parquetFile(String table) {
        return "read_parquet('" + parquet.resolve(table + ".parquet") + "')";
    }

    /** The table in the database, or its Parquet file when {@code source} is null. */
    private static String from(Path source, String table) {
        return source == null ? parquetFile(table) : '"' + table + '"';
    }

    private static String one(Path database, String sql) throws SQLException {
        return query(database, sql).get(1);
    }

    /** A header line then one tab-separated line per row. */
    static List<String> query(Path database, String sql) throws SQLException {
        String url = database == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + database;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<String> lines = new ArrayList<>();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                header.add(rs.getMetaData().getColumnName(i));
            }
            lines.add(String.join("\t", header));
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
                lines.add(String.join("\t", cells));
            }
            return lines;
        }
    }
}
