package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state survives being cut off anywhere: committed entries stay, a torn journal line is dropped. */
class RunStateTest {
    @TempDir
    Path dir;

    private static InputState entry(String path, String... records) {
        return new InputState(path, 3, "abc", "1.0", "r", List.of(records), 0);
    }

    @Test
    void committedEntriesSurviveWithoutACheckpoint() throws IOException {
        RunState state = RunState.open(dir);
        state.commit(entry("/in/a.txt", "a"));
        state.commit(entry("/in/b.txt", "b1", "b2"));
        // No checkpoint and no close: as after SIGKILL, only the journal holds them.
        RunState reopened = RunState.open(dir);
        assertEquals(List.of("a", "b1", "b2"), reopened.recordNames());
        assertEquals(entry("/in/b.txt", "b1", "b2"), reopened.get("/in/b.txt").orElseThrow());
        assertEquals(0, Files.size(dir.resolve(RunState.JOURNAL)), "opening folds the journal into the checkpoint");
        assertEquals(2, Files.readAllLines(dir.resolve(RunState.STATE)).size());
        state.close();
        reopened.close();
    }

    @Test
    void aTornJournalLineIsIgnoredAndNotAppendedTo() throws IOException {
        RunState state = RunState.open(dir);
        state.commit(entry("/in/a.txt", "a"));
        state.close();
        Files.writeString(dir.resolve(RunState.JOURNAL), "{\"path\":\"/in/b.txt\",\"si", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        RunState reopened = RunState.open(dir);
        assertTrue(reopened.get("/in/b.txt").isEmpty(), "the input in flight is redone");
        reopened.commit(entry("/in/c.txt", "c"));
        reopened.close();
        try (RunState third = RunState.open(dir)) {
            assertEquals(List.of("a", "c"), third.recordNames());
        }
    }

    @Test
    void laterEntriesReplaceEarlierOnesAndRemovalIsCheckpointed() throws IOException {
        try (RunState state = RunState.open(dir)) {
            state.commit(entry("/in/a.txt", "old"));
            state.commit(entry("/in/a.txt", "new"));
            state.commit(entry("/in/b.txt", "b"));
            assertTrue(state.references("new"));
            state.removeAll(List.of("/in/b.txt"));
            state.checkpoint();
        }
        try (RunState state = RunState.open(dir)) {
            assertEquals(List.of("new"), state.recordNames());
        }
    }

    @Test
    void remembersAcrossAKillThatRecordsJsonlIsStale() throws IOException {
        RunState state = RunState.open(dir);
        assertEquals(false, state.changed());
        state.commit(entry("/in/a.txt", "a"));
        assertEquals(true, state.changed());
        state.checkpoint();
        // Killed here, after the checkpoint but before records.jsonl was rebuilt.
        RunState next = RunState.open(dir);
        assertEquals(true, next.changed(), "the rebuild is still owed");
        next.recordsPublished();
        next.close();
        try (RunState third = RunState.open(dir)) {
            assertEquals(false, third.changed());
        }
        state.close();
    }

    @Test
    void aCorruptCheckpointIsAFatalErrorNotASilentFullRerun() throws IOException {
        Files.writeString(dir.resolve(RunState.STATE), "not json\n");
        IOException e = assertThrows(IOException.class, () -> RunState.open(dir));
        assertTrue(e.getMessage().contains(RunState.STATE + ":1"), e.getMessage());
    }
}
