package org.parknews.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.parknews.record.Record;
import org.parknews.record.RecordJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder of a run: one pretty {@code <name>.json} per record, {@code records.jsonl}
 * with every current record once, and the run's own files, whose names start with {@code _}.
 * Every file is replaced atomically, so a killed run never leaves half a record. Record files
 * are forced to disk only with {@code --fsync}: a killed process loses nothing the kernel has,
 * and after a power loss an emptied record file is noticed and its input redone.
 */
public final class OutputDirectory {
    public static final String RECORDS = "records.jsonl";
    public static final String ERRORS = "_errors.jsonl";
    public static final String SUMMARY = "_summary.json";
    static final String TEMP_PREFIX = ".tmp-";
    private static final Logger LOG = LoggerFactory.getLogger(OutputDirectory.class);

    private final Path dir;
    private final boolean fsync;

    private OutputDirectory(Path dir, boolean fsync) {
        this.dir = dir;
        this.fsync = fsync;
    }

    /**
     * Opens (creating if needed) the folder and removes temporary files a killed run left;
     * fails with a clear message when the folder cannot be written.
     */
    public static OutputDirectory open(Path dir, boolean fsync) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create output folder " + dir + ": " + e, e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new IOException("output folder is not writable: " + dir);
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        }
        return new OutputDirectory(dir, fsync);
    }

    public Path dir() {
        return dir;
    }

    /** Writes one record as {@code <name>.json}, forced to disk first when the run asks for fsync. */
    public void writeRecord(String name, Record record) throws IOException {
        writeRecordJson(name, record);
    }

    /** Rewrites a record read back as a tree (duplicate marking), the same way as a new one. */
    public void writeRecord(String name, JsonNode record) throws IOException {
        writeRecordJson(name, record);
    }

    private void writeRecordJson(String name, Object record) throws IOException {
        AtomicFiles.write(recordFile(name), (RecordJson.pretty(record) + "\n").getBytes(StandardCharsets.UTF_8), fsync);
    }

    /** Whether a record file is there with content; a power loss without fsync can leave it empty. */
    public boolean hasRecord(String name) {
        try {
            return Files.size(recordFile(name)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The record file for a name from {@link SafeFileName}; as a last line of defence any name
     * that would resolve outside the folder (or to a subfolder) is refused outright.
     */
    public Path recordFile(String name) {
        Path base = dir.toAbsolutePath().normalize();
        Path file = base.resolve(name + ".json").normalize();
        if (!file.startsWith(base) || !base.equals(file.getParent())) {
            throw new IllegalArgumentException("record name would leave the output folder: " + name);
        }
        return dir.resolve(name + ".json");
    }

    /** Deletes record files that are no longer current. */
    public void deleteRecords(Collection<String> names) throws IOException {
        for (String name : names) {
            Files.deleteIfExists(recordFile(name));
        }
    }

    public boolean hasRecordsJsonl() {
        return Files.exists(dir.resolve(RECORDS));
    }

    /**
     * Rewrites records.jsonl from the named record files in the given order, so it holds each
     * current record exactly once whatever earlier runs left behind.
     */
    public void rebuildRecordsJsonl(List<String> names) throws IOException {
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX + "records-", ".part");
        try {
            AtomicFiles.readableByAll(tmp);
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String name : names) {
                    Path file = recordFile(name);
                    if (!Files.exists(file)) {
                        LOG.warn("record file {} is missing; its input is redone on the next run", file);
                        continue;
                    }
                    String line;
                    try {
                        line = compactLine(file);
                    } catch (JsonProcessingException e) {
                        // Only a power loss without --fsync can leave this; deleting it makes the next run redo the input.
                        LOG.warn("record file {} is corrupt and was deleted; its input is redone on the next run", file);
                        Files.delete(file);
                        continue;
                    }
                    out.write(line);
                    out.newLine();
                }
            }
            AtomicFiles.force(tmp);
            AtomicFiles.move(tmp, dir.resolve(RECORDS));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A record file as one JSON line, copied token by token (numbers exactly as written) rather
     * than built into a tree: this runs over every record after each run that changed one.
     */
    private static String compactLine(Path file) throws IOException {
        StringWriter line = new StringWriter();
        try (JsonParser p = openRecord(file);
             JsonGenerator g = RecordJson.MAPPER.getFactory().createGenerator(line)) {
            JsonToken t = p.currentToken();
            // A torn file ends inside the object: the parser throws at its end.
            for (int depth = 0; t != null; t = depth == 0 ? null : p.nextToken()) {
                g.copyCurrentEventExact(p);
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            }
            requireEnd(p);
        }
        return line.toString();
    }

    /** A parser over a record file, on its opening brace; anything else there is a parse error. */
    static JsonParser openRecord(Path file) throws IOException {
        JsonParser p = RecordJson.MAPPER.getFactory().createParser(file.toFile());
        if (p.nextToken() != JsonToken.START_OBJECT) {
            p.close();
            throw new JsonParseException(p, "a record file must hold one JSON object");
        }
        return p;
    }

    /** After a record's closing brace: nothing may follow it. */
    static void requireEnd(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new JsonParseException(p, "a record file must hold one complete JSON object and nothing after it");
        }
    }

    public void writeSummary(RunSummary summary) throws IOException {
        AtomicFiles.write(dir.resolve(SUMMARY), RecordJson.pretty(summary) + "\n");
    }

    /** Starts this run's error log; it replaces {@code _errors.jsonl} when published. */
    public ErrorLog openErrorLog() throws IOException {
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX + "errors-", ".part");
        AtomicFiles.readableByAll(tmp);
        return new ErrorLog(tmp, dir.resolve(ERRORS));
    }
}
