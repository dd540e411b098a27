package org.parknews.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parknews.dedup.Fingerprint;
import org.parknews.record.RecordJson;

/**
 * What the duplicate pass knows of every current record, kept in the output folder between
 * runs ({@value #FILE}): its id, date and fingerprint, when it was first seen, the
 * {@code duplicate_of} its file holds, and the file's size and time so that only records
 * written since the last pass are read again.
 */
final class DedupIndex {
    static final String FILE = "_dedup.jsonl";

    /**
     * One record file's line in the index. The fingerprint is held parsed (written as its
     * string form): the grouper needs it so, and the string is larger.
     */
    record Entry(String name, String id, String published, Fingerprint fingerprint, long seq,
                 @JsonProperty("duplicate_of") String duplicateOf, long size, long modified) {
    }

    private final Map<String, Entry> entries;

    private DedupIndex(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** Reads the index; a missing file or a torn last line (a killed run) just means less is known. */
    static DedupIndex load(Path dir) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    try {
                        Entry e = RecordJson.MAPPER.readValue(line, Entry.class);
                        entries.put(e.name(), e);
                    } catch (ValueInstantiationException otherScheme) {
                        // An older version's fingerprint: the entry is dropped and its record,
                        // rewritten by this version, is read again.
                    } catch (IOException torn) {
                        break;
                    }
                }
            }
        }
        return new DedupIndex(entries);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    long nextSeq() {
        return entries.values().stream().mapToLong(Entry::seq).max().orElse(-1) + 1;
    }
}
