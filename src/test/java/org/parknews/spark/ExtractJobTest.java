package org.parknews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.export.ExportFormat;
import org.parknews.export.Exporter;
import org.parknews.ingest.Ingest;
import org.parknews.pipeline.ExtractRun;
import org.parknews.pipeline.OutputDirectory;
import org.parknews.pipeline.RunOptions;
import org.parknews.record.RecordJson;

/** The Spark job on corpus/ in local[2] writes exactly the records the CLI writes. */
class ExtractJobTest {
    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    static Path tmp;
    private static Map<String, JsonNode> cliRecords;
    private static Map<String, JsonNode> sparkRecords;
    private static ExtractJob.Counts counts;
    private static String sparkOut;

    @BeforeAll
    static void runBoth() throws IOException {
        Path cliOut = tmp.resolve("cli");
        new ExtractRun(TestPipeline.get(), new Ingest(), RunOptions.defaults().withThreads(2)).run(List.of(CORPUS), cliOut);
        cliRecords = byId(Files.readAllLines(cliOut.resolve(OutputDirectory.RECORDS), StandardCharsets.UTF_8));

        sparkOut = tmp.resolve("spark").toUri().toString();
        counts = ExtractJob.run(SparkTestSession.get(), List.of(CORPUS.toAbsolutePath().toString()), sparkOut,
                SeedsBundle.read(TestPipeline.SEEDS), 0, false);
        sparkRecords = byId(lines(tmp.resolve("spark").resolve(ExtractJob.RECORDS)));
    }

    @Test
    void sameIdsAsTheCli() {
        assertTrue(cliRecords.size() >= 5, "the sample corpus yields records");
        assertEquals(cliRecords.keySet(), sparkRecords.keySet());
        assertEquals(new ExtractJob.Counts(cliRecords.size(), 0), counts);
    }

    @Test
    void sameRecordsAsTheCliExceptThePathSpelling() {
        for (String id : cliRecords.keySet()) {
            ObjectNode cli = cliRecords.get(id).deepCopy();
            ObjectNode spark = sparkRecords.get(id).deepCopy();
            String cliPath = ((ObjectNode) cli.get("source")).remove("path").asText();
            String sparkPath = ((ObjectNode) spark.get("source")).remove("path").asText();
            assertTrue(sparkPath.startsWith("file:") && sparkPath.endsWith("/" + cliPath),
                    sparkPath + " names " + cliPath);
            assertEquals(cli, spark, "record " + id);
        }
    }

    @Test
    void parquetHoldsTheSameRecordsInTheRecordSchema() {
        Dataset<Row> table = SparkTestSession.get().read().parquet(sparkOut + "/" + ExtractJob.PARQUET);
        assertEquals(RecordSparkSchema.get(), table.schema());
        for (Row row : table.select("id", "body", "entities", "facts").collectAsList()) {
            JsonNode json = sparkRecords.get(row.getString(0));
            assertEquals(json.get("body").asText(), row.getString(1));
            assertEquals(json.get("entities").size(), row.getList(2).size());
            assertEquals(json.get("facts").size(), row.getList(3).size());
        }
        Dataset<Row> facts = table.selectExpr("explode(facts) AS f").selectExpr("f.text", "f.value", "f.start");
        long factCount = sparkRecords.values().stream().mapToLong(r -> r.get("facts").size()).sum();
        assertEquals(factCount, facts.count());
    }

    @Test
    void exportOfTheSparkOutputHasTheCliEntitiesAndFacts() throws IOException {
        Exporter exporter = new Exporter();
        exporter.export(ExportFormat.CSV, tmp.resolve("cli"), tmp.resolve("cli-csv"));
        exporter.export(ExportFormat.CSV, tmp.resolve("spark"), tmp.resolve("spark-csv"));
        for (String table : List.of("entities.csv", "facts.csv")) {
            List<String> cli = Files.readAllLines(tmp.resolve("cli-csv").resolve(table), StandardCharsets.UTF_8);
            List<String> spark = Files.readAllLines(tmp.resolve("spark-csv").resolve(table), StandardCharsets.UTF_8);
            assertTrue(cli.size() > 1, table + " has rows");
            assertEquals(cli.stream().sorted().toList(), spark.stream().sorted().toList(), table);
        }
    }

    static List<String> lines(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
            }
        }
        return out;
    }

    private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : lines) {
            JsonNode node = RecordJson.MAPPER.readTree(line);
            assertEquals(null, out.put(node.get("id").asText(), node), "duplicate id in output");
        }
        return out;
    }
}
