package org.parknews.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parknews.record.RecordJson;

/**
 * The incremental state of an output folder: one {@link InputState} per input ever processed.
 *
 * <p>It lives in two files. {@code _state.jsonl} is the checkpoint, always replaced atomically
 * and forced to disk. During a run each finished input is appended to
 * {@code _state.journal.jsonl} only after its record files are in place (and forced, with
 * fsync), so a run killed at any moment loses at most the inputs in flight, which the rerun
 * redoes. Opening replays the journal (a torn last line is
 * ignored) and checkpoints at once, so new appends never follow a torn line.
 */
public final class RunState implements AutoCloseable {
    public static final String STATE = "_state.jsonl";
    public static final String JOURNAL = "_state.journal.jsonl";
    /** Present while records.jsonl lags behind the state, so a killed run's successor rebuilds it. */
    public static final String STALE = "_records.stale";

    private final Path dir;
    private final Map<String, InputState> entries;
    private final boolean fsync;
    private FileChannel journal;
    private boolean changed;

    private RunState(Path dir, Map<String, InputState> entries, boolean fsync) {
        this.dir = dir;
        this.entries = entries;
        this.fsync = fsync;
    }

    /** Loads the state of {@code dir} (empty when there is none) and opens a fresh journal. */
    public static RunState open(Path dir) throws IOException {
        return open(dir, true);
    }

    /**
     * Loads the state; with {@code fsync} each commit is forced to disk (power-loss safe, a few
     * milliseconds per input), without it commits survive a killed process but not a power loss.
     */
    public static RunState open(Path dir, boolean fsync) throws IOException {
        Map<String, InputState> entries = new TreeMap<>();
        readLines(dir.resolve(STATE), entries, true);
        int replayed = readLines(dir.resolve(JOURNAL), entries, false);
        RunState state = new RunState(dir, entries, fsync);
        // Journal lines mean the last run stopped before its end: its records.jsonl is stale.
        if (replayed > 0 || Files.exists(dir.resolve(STALE))) {
            state.markChanged();
        }
        state.checkpoint();
        return state;
    }

    /** Reads state lines into the map; returns how many were read. */
    private static int readLines(Path file, Map<String, InputState> into, boolean strict) throws IOException {
        int read = 0;
        if (!Files.exists(file)) {
            return read;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    InputState s = RecordJson.MAPPER.readValue(line, InputState.class);
                    into.put(s.path(), s);
                    read++;
                } catch (JsonProcessingException e) {
                    // Only the journal can hold a torn line (a kill mid-append); its input is simply redone.
                    if (strict) {
                        throw new IOException(file + ":" + lineNo + ": corrupt state line: " + e.getOriginalMessage(), e);
                    }
                }
            }
        }
        return read;
    }

    public synchronized Optional<InputState> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public synchronized List<InputState> entries() {
        return new ArrayList<>(entries.values());
    }

    /**
     * Records a finished input. Call only once its record files are written; with fsync the
     * folder is synced first so their renames reach the disk before the journal line does.
     */
    public synchronized void commit(InputState entry) throws IOException {
        if (fsync) {
            AtomicFiles.syncDirectory(dir);
        }
        ByteBuffer line = ByteBuffer.wrap((RecordJson.line(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            journal.write(line);
        }
        if (fsync) {
            journal.force(false);
        }
        markChanged();
        entries.put(entry.path(), entry);
    }

    /** Forgets inputs (pruning); takes effect on disk at the next checkpoint. */
    public synchronized void removeAll(Collection<String> paths) throws IOException {
        if (!paths.isEmpty()) {
            markChanged();
        }
        paths.forEach(entries::remove);
    }

    /** Whether some input's entry lists this record file name. */
    public synchronized boolean references(String recordName) {
        return entries.values().stream().anyMatch(e -> e.records().contains(recordName));
    }

    /** Every record file name the state lists, sorted: the records that are current. */
    public synchronized List<String> recordNames() {
        TreeSet<String> names = new TreeSet<>();
        entries.values().forEach(e -> names.addAll(e.records()));
        return new ArrayList<>(names);
    }

    /**
     * Whether the current records may differ from the published records.jsonl: an input was
     * committed or removed since it was last rebuilt, in this run or in one that was killed.
     */
    public synchronized boolean changed() {
        return changed;
    }

    /**
     * Notes on disk, before the first change, that records.jsonl must be rebuilt; also called
     * before record files are rewritten outside the state (duplicate marking).
     */
    public synchronized void markChanged() throws IOException {
        if (!changed) {
            if (!Files.exists(dir.resolve(STALE))) {
                Files.createFile(dir.resolve(STALE));
            }
            changed = true;
        }
    }

    /** Records that records.jsonl now matches the checkpointed state. */
    public synchronized void recordsPublished() throws IOException {
        Files.deleteIfExists(dir.resolve(STALE));
        changed = false;
    }

    /** Writes all entries to the checkpoint atomically and starts an empty journal. */
    public synchronized void checkpoint() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (InputState e : entries.values()) {
            sb.append(RecordJson.line(e)).append('\n');
        }
        AtomicFiles.write(dir.resolve(STATE), sb.toString());
        if (journal != null) {
            journal.close();
        }
        Files.deleteIfExists(dir.resolve(JOURNAL));
        journal = FileChannel.open(dir.resolve(JOURNAL), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    @Override
    public synchronized void close() throws IOException {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }
}
