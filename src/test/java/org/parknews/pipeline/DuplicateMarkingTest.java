package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.TestPipeline;
import org.parknews.ingest.Ingest;
import org.parknews.record.RecordJson;

/**
 * Reposts are marked in the output: each record carries its fingerprint, a repost names its
 * original in duplicate_of (in its file and in records.jsonl), and an original that arrives in
 * a later run takes over its group.
 */
class DuplicateMarkingTest {
    private static final Path ORIGINAL = TestPipeline.SAMPLES.resolve("000_79dc9c1204d006a1.txt");
    private static final Path OTHER = TestPipeline.SAMPLES.resolve("001_0acc258f0dc2cd30.txt");

    @TempDir
    Path tmp;

    @Test
    void aRepostNamesItsEarlierOriginal() throws IOException {
        Path out = runOnOriginalOtherAndRepost();

        Map<String, JsonNode> records = jsonl(out);
        assertEquals("original", records.get("repost").get("duplicate_of").asText());
        assertTrue(records.get("original").get("duplicate_of").isNull());
        assertTrue(records.get("other").get("duplicate_of").isNull());
        assertTrue(records.get("other").get("fingerprint").asText().startsWith("mh2:"));
        JsonNode file = RecordJson.MAPPER.readTree(out.resolve("repost.json").toFile());
        assertEquals("original", file.get("duplicate_of").asText(), "the record file says it too");
    }

    @Test
    void anOriginalArrivingLaterTakesOverItsGroup() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("repost.txt"), repost(), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        run(in, out);
        assertTrue(jsonl(out).get("repost").get("duplicate_of").isNull(), "alone, the repost is its own original");

        Files.copy(ORIGINAL, in.resolve("original.txt"));
        run(in, out);
        Map<String, JsonNode> records = jsonl(out);
        assertEquals("original", records.get("repost").get("duplicate_of").asText(),
                "the earlier-published original, first seen in the second run, wins");
        assertTrue(records.get("original").get("duplicate_of").isNull());
    }

    @Test
    void fingerprintsOfAnOlderSchemeAreReadAgainNotFatal() throws IOException {
        Path out = runOnOriginalOtherAndRepost();
        // What an older version left: its index, and a record file with its fingerprint scheme.
        Path index = out.resolve(DedupIndex.FILE);
        Files.writeString(index, Files.readString(index).replace("mh2:", "mh1:"));
        Path other = out.resolve("other.json");
        Files.writeString(other, Files.readString(other).replace("mh2:", "mh1:"));

        run(tmp.resolve("in"), out);
        Map<String, JsonNode> records = jsonl(out);
        assertEquals("original", records.get("repost").get("duplicate_of").asText());
        assertTrue(records.get("original").get("duplicate_of").isNull());
        String rewritten = Files.readString(index);
        assertTrue(rewritten.contains("mh2:"), "the index is written anew with this version's fingerprints");
        assertFalse(rewritten.contains("mh1:"));
    }

    /** Extracts sample 000, sample 001 and a repost of 000 from tmp/in; returns the output folder. */
    private Path runOnOriginalOtherAndRepost() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(ORIGINAL, in.resolve("original.txt"));
        Files.copy(OTHER, in.resolve("other.txt"));
        Files.writeString(in.resolve("repost.txt"), repost(), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        run(in, out);
        return out;
    }

    /** Sample 000 as another site would repost it: its own header and footer, two days later. */
    private static String repost() throws IOException {
        String sample = Files.readString(ORIGINAL, StandardCharsets.UTF_8);
        String body = sample.substring(sample.indexOf("“2013年"), sample.indexOf("转自"));
        return "某某园区网 > 园区新闻\n\n湘潭高新区创新驱动转型升级\n\n来源：中国产业经济信息网  2014年3月8日\n\n"
                + body + "\n\n责任编辑：李四\n版权所有 某某园区网";
    }

    private static void run(Path in, Path out) throws IOException {
        new ExtractRun(TestPipeline.get(), new Ingest(), RunOptions.defaults().withThreads(2)).run(List.of(in), out);
    }

    private static Map<String, JsonNode> jsonl(Path out) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve(OutputDirectory.RECORDS), StandardCharsets.UTF_8)) {
            JsonNode r = RecordJson.MAPPER.readTree(line);
            byId.put(r.get("id").asText(), r);
        }
        return byId;
    }
}
