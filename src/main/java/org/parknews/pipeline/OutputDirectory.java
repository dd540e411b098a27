package org.parknews.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parknews.ingest.InputError;
import org.parknews.record.Record;
import org.parknews.record.RecordJson;

/**
 * The output folder of a run: one pretty {@code <id>.json} per record, {@code records.jsonl}
 * with every current record once, {@code _errors.jsonl} and {@code _summary.json}. Every file
 * is replaced atomically, so a killed run never leaves half a record.
 */
public final class OutputDirectory {
    public static final String RECORDS = "records.jsonl";
    public static final String ERRORS = "_errors.jsonl";
    public static final String SUMMARY = "_summary.json";

    private final Path dir;
    private final BufferedWriter errors;

    /** Opens (creating if needed) the folder; fails with a clear message when it cannot be written. */
    public OutputDirectory(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) {
            throw new IOException("output folder is not writable: " + dir);
        }
        this.errors = Files.newBufferedWriter(dir.resolve(ERRORS), StandardCharsets.UTF_8);
    }

    public Path dir() {
        return dir;
    }

    /** Writes one record as {@code <fileName>.json}. */
    public void writeRecord(String fileName, Record record) throws IOException {
        AtomicFiles.write(dir.resolve(fileName + ".json"), RecordJson.pretty(record) + "\n");
    }

    public synchronized void writeError(InputError error) {
        try {
            errors.write(RecordJson.line(error));
            errors.newLine();
            errors.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(ERRORS), e);
        }
    }

    /** Rewrites records.jsonl from the record files, so it holds each current record exactly once. */
    public void rebuildRecordsJsonl() throws IOException {
        Path tmp = Files.createTempFile(dir, ".tmp-records-", ".part");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Path file : recordFiles()) {
                    out.write(RecordJson.line(RecordJson.MAPPER.readTree(file.toFile())));
                    out.newLine();
                }
            }
            AtomicFiles.move(tmp, dir.resolve(RECORDS));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The record files now in the folder, in name order. */
    public List<Path> recordFiles() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") && !n.startsWith("_") && !n.startsWith(".");
            }).sorted().toList();
        }
    }

    public void writeSummary(RunSummary summary) throws IOException {
        AtomicFiles.write(dir.resolve(SUMMARY), RecordJson.pretty(summary) + "\n");
    }

    public void close() throws IOException {
        errors.close();
    }
}
