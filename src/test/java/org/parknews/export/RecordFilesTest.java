package org.parknews.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Export reads the records of every kind of output, in order, and names the place of a bad line. */
class RecordFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a records.jsonl named directly,   out/records.jsonl,              out/records.jsonl",
            "an extract output folder,         out/records.jsonl,              out",
            "a Spark output folder,            out/records/part-00000-x.txt,   out",
            "a Spark records folder,           out/records/part-00000-x.txt,   out/records",
    })
    void findsTheRecordsOf(String kind, String file, String in, @TempDir Path dir) throws IOException {
        write(dir.resolve(file), "{\"id\":\"a\"}", "", "{\"id\":\"b\"}");
        if (file.contains("part-")) {
            write(dir.resolve(file.replace("00000", "00001")), "{\"id\":\"c\"}");
            write(dir.resolve("out/records/_SUCCESS"));
        }
        List<String> ids = new ArrayList<>();
        RecordFiles.of(dir.resolve(in)).forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(file.contains("part-") ? List.of("a", "b", "c") : List.of("a", "b"), ids);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON             | {\"id\":\"a\"}\\n{oops          | records.jsonl:2: not a JSON record",
            "JSON without an id   | {\"id\":\"a\"}\\n[1,2]          | records.jsonl:2: not a record (no id)",
            "an empty folder      |                                 | no records.jsonl",
    })
    void failsWithThePlace(String kind, String content, String message, @TempDir Path dir) throws IOException {
        if (content != null) {
            write(dir.resolve("records.jsonl"), content.split("\\\\n"));
        }
        IOException e = assertThrows(IOException.class, () -> RecordFiles.of(dir).forEach(r -> { }));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    }
}
