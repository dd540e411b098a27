package org.parknews.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.record.Record;
import org.parknews.record.RecordJson;

/** CSV export of the sample records: one row per article, entity and fact, cells as the records hold them. */
class CsvExportTest {
    @TempDir
    static Path tmp;
    private static List<Record> records;
    private static Map<String, Long> counts;

    @BeforeAll
    static void export() throws IOException {
        records = ExportFixtures.records();
        Path in = ExportFixtures.sampleRecordsJsonl(tmp.resolve("in"));
        counts = new Exporter().export(ExportFormat.CSV, in.getParent(), tmp.resolve("csv"));
    }

    static Stream<Arguments> tables() {
        return DatasetTables.ALL.stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void headerNamesEveryColumnAndRowCountsMatchTheRecords(Table table) throws IOException {
        List<CSVRecord> rows = read(table);
        assertEquals(table.columns().stream().map(Column::name).toList(), rows.get(0).toList());
        long expected = switch (table.name()) {
            case "articles" -> records.size();
            case "entities" -> records.stream().mapToLong(r -> r.entities().size()).sum();
            default -> records.stream().mapToLong(r -> r.facts().size()).sum();
        };
        assertEquals(expected, rows.size() - 1);
        assertEquals(expected, counts.get(table.name()));
    }

    @Test
    void dropDuplicatesLeavesOutRepostsAndTheirRows() throws IOException {
        Record original = records.get(0);
        Record repost = new Record("repost-of-" + original.id(), original.source(), original.title(), original.authors(),
                original.published(), original.origin(), original.site(), original.body(), original.entities(),
                original.facts(), original.warnings(), original.fingerprint(), original.id(), original.pipeline(), null);
        Path in = Files.createDirectories(tmp.resolve("with-repost"));
        List<String> lines = new ArrayList<>(records.stream().map(RecordJson::line).toList());
        lines.add(RecordJson.line(repost));
        Files.write(in.resolve("records.jsonl"), lines, StandardCharsets.UTF_8);

        Map<String, Long> all = new Exporter().export(ExportFormat.CSV, in, tmp.resolve("all"));
        Map<String, Long> originals = new Exporter().withoutDuplicates().export(ExportFormat.CSV, in, tmp.resolve("orig"));
        assertEquals(records.size() + 1L, all.get("articles"));
        assertEquals((long) records.size(), originals.get("articles"));
        assertEquals(all.get("facts") - original.facts().size(), originals.get("facts"));
    }

    @Test
    void factCellsHoldTheRecordValues() throws IOException {
        List<CSVRecord> rows = read(DatasetTables.FACTS);
        int i = 1;
        for (Record r : records) {
            for (Record.FactOut f : r.facts()) {
                int row = i++;
                assertEquals(r.id(), cell(rows, row, "article_id"));
                assertEquals(f.text(), cell(rows, row, "text"));
                assertEquals(0, f.value().compareTo(new java.math.BigDecimal(cell(rows, row, "value"))), f.text());
                assertEquals(f.valueMax() == null ? null : f.valueMax().toPlainString(), cell(rows, row, "value_max"));
                assertEquals(String.valueOf(f.start()), cell(rows, row, "start"));
                assertEquals(String.valueOf(f.end()), cell(rows, row, "end"));
                assertEquals(f.period(), cell(rows, row, "period"));
            }
        }
    }

    @Test
    void listCellsAreJsonArraysAndPeopleOnlyFieldsAreNullForOthers() throws IOException {
        List<CSVRecord> rows = read(DatasetTables.ENTITIES);
        int i = 1;
        for (Record r : records) {
            for (Record.EntityOut e : r.entities()) {
                int row = i++;
                assertEquals(e.name(), cell(rows, row, "name"));
                assertEquals(e.aliases(), List.of(RecordJson.MAPPER.readValue(cell(rows, row, "aliases"), String[].class)));
                assertEquals(e.titles() == null ? null : RecordJson.line(e.titles()), cell(rows, row, "titles"));
                assertEquals(String.valueOf(e.mentions().size()), cell(rows, row, "mention_count"));
            }
        }
    }

    @Test
    void nullCellsAreUnquotedAndEmptyStringsQuoted(@TempDir Path dir) throws IOException {
        String line = "{\"id\":\"a,\\\"b\\\"\\nc\",\"title\":\"\",\"authors\":[\"x|y\",\"z\"],\"published\":null,"
                + "\"source\":{\"path\":\"p\"},\"entities\":[],\"facts\":[]}";
        Files.writeString(dir.resolve("records.jsonl"), line + "\n", StandardCharsets.UTF_8);
        new Exporter().export(ExportFormat.CSV, dir, dir.resolve("csv"));
        String csv = Files.readString(dir.resolve("csv").resolve("articles.csv"), StandardCharsets.UTF_8);
        assertEquals("\"a,\"\"b\"\"\nc\",\"\",\"[\"\"x|y\"\",\"\"z\"\"]\",,,,\"p\",,\r\n",
                csv.substring(csv.indexOf("\r\n") + 2));
        List<CSVRecord> rows = read(dir.resolve("csv").resolve("articles.csv"));
        assertEquals("a,\"b\"\nc", cell(rows, 1, "id"));
        assertEquals("", cell(rows, 1, "title"));
        assertNull(cell(rows, 1, "published"));
    }

    private static List<CSVRecord> read(Table table) throws IOException {
        return read(CsvTables.file(tmp.resolve("csv"), table));
    }

    /** Parses with the writer's own format, so an unquoted empty cell reads back as null. */
    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = new ArrayList<>();
            CsvTables.FORMAT.parse(in).forEach(rows::add);
            return rows;
        }
    }

    private static String cell(List<CSVRecord> rows, int row, String column) {
        return rows.get(row).get(rows.get(0).toList().indexOf(column));
    }
}
