package org.parknews.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.pipeline.RunFixtures;
import org.parknews.pipeline.RunSummary;
import org.parknews.record.RecordJson;

/**
 * Randomly mutated sample pages and JSON Lines rows (seeded, so a failure replays): byte flips,
 * truncations, deleted and repeated ranges, and inserted markup, quotes, brackets, huge numbers,
 * control characters and broken UTF-8. Through the whole run, nothing escapes, every input (file
 * or row) ends as a record or an error line, no document crashes a pipeline stage, and every
 * span of every record reads back from its body.
 */
class FuzzTest {
    private static final long SEED = 20_261_122L;
    private static final int PAGES = 1200;
    private static final int JSONL_FILES = 6;
    private static final int ROWS_PER_FILE = 150;
    private static final String[] INSERTS = {"<", ">", "</div>", "<div>", "<p>", "<script>", "</script>", "<!--", "-->",
            "<![CDATA[", "<title>", "</html>", "\"", "'", "{", "}", "[", "]", ":", ",", "\\", "\\u0000", "\\ud800",
            "99999999999999999999999999999999", "1e999", "-0.0e-99999", "NaN", "\u0000", "\u0001", "\u001b[2J", "\u007f",
            "\u202e", "\ufeff", "\ufffd", "\r", "\n", "\n\n\n", "\t", "&#0;", "&#x110000;", "&amp;", "&nbsp;", "亿元",
            "万平方米", "高新区", "有限公司", "记者 ", "来源：", "2013年", "百分之", "〇", "３", "😀", "\ud800", "\udc00"};

    @TempDir
    Path tmp;

    @Test
    void mutatedInputsEndAsRecordsOrErrorsWithSpansThatReadBack() throws IOException {
        Random random = new Random(SEED);
        List<String> samples = HostileFixtures.samples();
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < PAGES; i++) {
            String text = excerpt(samples.get(i % samples.size()), random);
            boolean html = i % 2 == 0;
            byte[] bytes = (html ? HostileFixtures.page(text, "", "") : text).getBytes(StandardCharsets.UTF_8);
            Files.write(in.resolve(String.format("p%04d.%s", i, html ? "html" : "txt")), mutate(bytes, random));
        }
        for (int f = 0; f < JSONL_FILES; f++) {
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            for (int r = 0; r < ROWS_PER_FILE; r++) {
                String text = new String(mutate(excerpt(samples.get(r % samples.size()), random).getBytes(StandardCharsets.UTF_8), random),
                        StandardCharsets.UTF_8);
                byte[] row = HostileFixtures.row("f" + f + "-r" + r, r % 3 == 0 ? HostileFixtures.page(text, "", "") : text)
                        .getBytes(StandardCharsets.UTF_8);
                // Every fourth row is broken at the byte level, JSON and all.
                rows.writeBytes(r % 4 == 0 ? mutate(row, random) : row);
                rows.write('\n');
            }
            Files.write(in.resolve("rows" + f + ".jsonl"), rows.toByteArray());
        }
        Path out = tmp.resolve("out");

        RunSummary summary = HostileFixtures.run(in, out);

        Map<String, Integer> outcomes = new HashMap<>();
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode r = RecordJson.MAPPER.readTree(line);
            records.add(r);
            outcomes.merge(Path.of(r.get("source").get("path").asText()).getFileName().toString(), 1, Integer::sum);
        }
        List<JsonNode> errors = RunFixtures.errors(out);
        for (JsonNode e : errors) {
            outcomes.merge(Path.of(e.get("path").asText()).getFileName().toString(), 1, Integer::sum);
            String stage = e.get("stage").asText();
            boolean crash = !e.get("trace").isNull() && !stage.equals("ingest");
            assertTrue(!crash, "a pipeline stage crashed: " + e);
        }
        for (int i = 0; i < PAGES; i++) {
            String name = String.format("p%04d.%s", i, i % 2 == 0 ? "html" : "txt");
            assertEquals(1, outcomes.getOrDefault(name, 0), name + " ends as exactly one record or error");
        }
        for (int f = 0; f < JSONL_FILES; f++) {
            String name = "rows" + f + ".jsonl";
            assertEquals(rowCount(in.resolve(name)), outcomes.getOrDefault(name, 0), name + ": one outcome per row");
        }
        for (JsonNode r : records) {
            assertSpansReadBack(r);
        }
        System.out.printf("fuzz: %d pages and %d rows → %d records, %d error lines%n", PAGES,
                JSONL_FILES * ROWS_PER_FILE, records.size(), errors.size());
        assertEquals(records.size(), summary.written());
        assertTrue(records.size() > PAGES / 2, "most mutated inputs still give records: " + records.size());
    }

    /**
     * The title line and a random stretch of the report (a few hundred to a few thousand
     * characters): whole reports would make thousands of inputs too slow for a unit test.
     */
    static String excerpt(String sample, Random random) {
        int nl = sample.indexOf('\n');
        String body = sample.substring(nl + 1);
        int start = random.nextInt(Math.max(1, body.length() / 2));
        int end = Math.min(body.length(), start + 300 + random.nextInt(2500));
        return sample.substring(0, nl + 1) + body.substring(start, end);
    }

    /** One to four mutations of one kind each, at random places. */
    static byte[] mutate(byte[] in, Random random) {
        byte[] b = in;
        int n = 1 + random.nextInt(4);
        for (int k = 0; k < n && b.length > 0; k++) {
            int at = random.nextInt(b.length);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            switch (random.nextInt(6)) {
                case 0 -> {                                            // flip bits in a few bytes
                    b = b.clone();
                    for (int j = 0; j < 1 + random.nextInt(8); j++) {
                        int p = Math.min(b.length - 1, at + j);
                        b[p] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> b = java.util.Arrays.copyOf(b, at);            // truncate
                case 2 -> {                                            // insert a token
                    o.write(b, 0, at);
                    o.writeBytes(INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
                    o.write(b, at, b.length - at);
                    b = o.toByteArray();
                }
                case 3 -> {                                            // delete a range
                    int len = Math.min(b.length - at, random.nextInt(400));
                    o.write(b, 0, at);
                    o.write(b, at + len, b.length - at - len);
                    b = o.toByteArray();
                }
                case 4 -> {                                            // repeat a range many times
                    int len = Math.min(b.length - at, 1 + random.nextInt(60));
                    o.write(b, 0, at + len);
                    for (int j = 0; j < 1 + random.nextInt(200); j++) {
                        o.write(b, at, len);
                    }
                    o.write(b, at + len, b.length - at - len);
                    b = o.toByteArray();
                }
                default -> {                                           // a stray byte: broken UTF-8 or a control
                    o.write(b, 0, at);
                    o.write(new int[]{0x80, 0xC0, 0xED, 0xFF, 0x00, 0x1A, 0x0B}[random.nextInt(7)]);
                    o.write(b, at, b.length - at);
                    b = o.toByteArray();
                }
            }
        }
        return b;
    }

    /** Non-blank lines, split and decoded the way the JSON Lines reader does. */
    private static int rowCount(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int count = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!new String(bytes, start, i - start, StandardCharsets.UTF_8).isBlank()) {
                    count++;
                }
                start = i + 1;
            }
        }
        return count;
    }

    private static void assertSpansReadBack(JsonNode r) {
        String id = r.get("id").asText();
        int[] cps = r.get("body").asText().codePoints().toArray();
        for (JsonNode e : r.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                int start = m.get("start").asInt();
                int end = m.get("end").asInt();
                assertTrue(0 <= start && start < end && end <= cps.length, id + ": mention in the body " + m);
                String text = new String(cps, start, end - start);
                boolean namesIt = text.equals(e.get("name").asText());
                for (JsonNode a : e.get("aliases")) {
                    namesIt |= text.equals(a.asText());
                }
                assertTrue(namesIt, id + ": mention '" + text + "' is neither name nor alias of " + e);
            }
        }
        for (JsonNode f : r.get("facts")) {
            int start = f.get("start").asInt();
            int end = f.get("end").asInt();
            assertTrue(0 <= start && start < end && end <= cps.length, id + ": fact in the body " + f);
            assertEquals(f.get("text").asText(), new String(cps, start, end - start), id + ": fact span");
        }
    }
}
