package org.parknews.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.cli.Main;

/**
 * The output contract, checked on real output of {@code parknews extract} over the sample
 * corpus: every record validates against the shipped JSON Schema, every span reads back from
 * the body by code points, and records.jsonl holds each record once.
 */
class RecordContractTest {
    @TempDir
    static Path out;
    private static List<JsonNode> records;

    @BeforeAll
    static void extractSamples() throws Exception {
        int exit = Main.run("extract", "corpus/samples", "--out", out.toString(), "--seeds", "seeds");
        assertEquals(Main.OK, exit, "extract over the samples should succeed");
        records = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            records.add(RecordJson.MAPPER.readTree(line));
        }
    }

    @Test
    void everySampleGivesOneRecordFileAndOneJsonlLine() throws Exception {
        try (var files = Files.list(Path.of("corpus", "samples"))) {
            long samples = files.count();
            assertEquals(samples, records.size());
            for (JsonNode r : records) {
                Path file = out.resolve(r.get("id").asText() + ".json");
                assertTrue(Files.exists(file), "missing " + file);
                assertEquals(r, RecordJson.MAPPER.readTree(file.toFile()), "record file and jsonl line differ");
            }
        }
    }

    @Test
    void recordsValidateAgainstTheSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/record.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        for (JsonNode r : records) {
            Set<ValidationMessage> errors = schema.validate(r);
            assertTrue(errors.isEmpty(), r.get("id") + ": " + errors);
        }
    }

    @Test
    void schemaRejectsARecordThatBreaksTheContract() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/record.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        var broken = records.get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("published", "6 March 2014");
        assertFalse(schema.validate(broken).isEmpty(), "a non-ISO date must fail validation");
    }

    @Test
    void everySpanReadsBackFromTheBodyByCodePoints() {
        for (JsonNode r : records) {
            String body = r.get("body").asText();
            int[] cps = body.codePoints().toArray();
            for (JsonNode e : r.get("entities")) {
                for (JsonNode m : e.get("mentions")) {
                    String text = new String(cps, m.get("start").asInt(), m.get("end").asInt() - m.get("start").asInt());
                    boolean namesIt = text.equals(e.get("name").asText()) || contains(e.get("aliases"), text);
                    assertTrue(namesIt, r.get("id") + ": mention '" + text + "' is neither name nor alias of " + e);
                }
            }
            for (JsonNode f : r.get("facts")) {
                String text = new String(cps, f.get("start").asInt(), f.get("end").asInt() - f.get("start").asInt());
                assertEquals(f.get("text").asText(), text, r.get("id") + ": fact span");
            }
        }
    }

    @Test
    void everySampleHasHeaderBodyEntitiesAndFacts() {
        for (JsonNode r : records) {
            String id = r.get("id").asText();
            String body = r.get("body").asText();
            assertTrue(body.length() > 500, id + ": body too short");
            for (String boilerplate : List.of("版权所有", "ICP备", "免责声明", "延伸阅读", "欢迎来到")) {
                assertFalse(body.contains(boilerplate), id + ": body still contains " + boilerplate);
            }
            assertTrue(r.get("entities").size() > 0, id + ": no entities");
            assertTrue(r.get("facts").size() > 0, id + ": no facts");
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
