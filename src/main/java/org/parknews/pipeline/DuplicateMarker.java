package org.parknews.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parknews.dedup.DuplicateGrouper;
import org.parknews.dedup.Fingerprint;
import org.parknews.record.RecordJson;

/**
 * Sets {@code duplicate_of} in the record files of an output folder after a run: reposts are
 * grouped across every current record, new and old, and each record names its group's original
 * (the earliest published; among undated or same-day records the first seen, in runs and then
 * in name order). Only record files whose value changes are rewritten, atomically.
 */
public final class DuplicateMarker {
    private final OutputDirectory out;
    private final DuplicateGrouper grouper = new DuplicateGrouper();

    /** One record file whose {@code duplicate_of} must change. */
    public record Change(String name, String duplicateOf) {
    }

    /** What a pass decided: the files to rewrite and the index to keep ({@link #apply} updates it in place). */
    public record Plan(List<Change> changes, Map<String, DedupIndex.Entry> index) {
    }

    public DuplicateMarker(OutputDirectory out) {
        this.out = out;
    }

    /** Groups the current records ({@code names}, sorted) and lists the files whose value differs. */
    public Plan plan(List<String> names) throws IOException {
        DedupIndex old = DedupIndex.load(out.dir());
        long seq = old.nextSeq();
        Map<String, DedupIndex.Entry> index = new LinkedHashMap<>();
        for (String name : names) {
            Path file = out.recordFile(name);
            if (!Files.exists(file)) {
                continue;
            }
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            DedupIndex.Entry known = old.entries().get(name);
            if (known != null && known.size() == attrs.size() && known.modified() == attrs.lastModifiedTime().toMillis()) {
                index.put(name, known);
                continue;
            }
            Map<String, String> r;
            try {
                r = topLevelStrings(file);
            } catch (JsonProcessingException torn) {
                // Only a power loss without --fsync leaves this; the records.jsonl rebuild deletes it
                // and the next run redoes its input.
                continue;
            }
            Fingerprint fingerprint = fingerprintOf(r);
            if (fingerprint == null) {
                continue;
            }
            index.put(name, new DedupIndex.Entry(name, r.get("id"), r.get("published"), fingerprint,
                    known != null ? known.seq() : seq++, r.get("duplicate_of"), attrs.size(),
                    attrs.lastModifiedTime().toMillis()));
        }
        List<DuplicateGrouper.Member> members = new ArrayList<>();
        index.values().stream().sorted(Comparator.comparingLong(DedupIndex.Entry::seq)).forEach(e ->
                members.add(new DuplicateGrouper.Member(e.name(), e.published(), e.seq(), e.fingerprint())));
        Map<String, String> originalOf = grouper.duplicateOf(members);
        Map<String, String> idOf = new HashMap<>();
        index.values().forEach(e -> idOf.put(e.name(), e.id()));
        List<Change> changes = new ArrayList<>();
        for (DedupIndex.Entry e : index.values()) {
            String original = originalOf.get(e.name());
            String want = original == null ? null : idOf.get(original);
            if (!Objects.equals(want, e.duplicateOf())) {
                changes.add(new Change(e.name(), want));
            }
        }
        return new Plan(changes, index);
    }

    /**
     * The record's fingerprint, or null when it has none or one of another scheme: a record
     * written by an older version, whose input this run redoes because the version changed.
     */
    private static Fingerprint fingerprintOf(Map<String, String> record) {
        String text = record.get("fingerprint");
        if (text == null) {
            return null;
        }
        try {
            return Fingerprint.parse(text);
        } catch (IllegalArgumentException otherScheme) {
            return null;
        }
    }

    /** Rewrites the changed record files, then the index (a kill in between is repaired next run). */
    public void apply(Plan plan) throws IOException {
        Map<String, DedupIndex.Entry> index = plan.index();
        for (Change c : plan.changes()) {
            Path file = out.recordFile(c.name());
            ObjectNode r = (ObjectNode) RecordJson.MAPPER.readTree(file.toFile());
            r.put("duplicate_of", c.duplicateOf());
            out.writeRecord(c.name(), r);
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            DedupIndex.Entry e = index.get(c.name());
            index.put(c.name(), new DedupIndex.Entry(e.name(), e.id(), e.published(), e.fingerprint(), e.seq(),
                    c.duplicateOf(), attrs.size(), attrs.lastModifiedTime().toMillis()));
        }
        // Streamed: one line per record of the whole output folder, too many to join in memory.
        AtomicFiles.write(out.dir().resolve(DedupIndex.FILE), w -> {
            for (DedupIndex.Entry e : index.values()) {
                w.write(RecordJson.line(e));
                w.write('\n');
            }
        });
    }

    /**
     * The record's top-level string fields, read as a stream: a record's mentions, facts and
     * tokens are most of its bytes and are skipped, not built into a tree.
     */
    private static Map<String, String> topLevelStrings(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (JsonParser p = OutputDirectory.openRecord(file)) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    out.put(field, p.getText());
                } else {
                    p.skipChildren();
                }
            }
            OutputDirectory.requireEnd(p);
        }
        return out;
    }
}
