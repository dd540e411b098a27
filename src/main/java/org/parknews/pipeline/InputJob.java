package org.parknews.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parknews.ingest.FileFormat;
import org.parknews.ingest.InputError;

/**
 * Brings one input file up to date: compares it with the state, and unless it is unchanged
 * reads it, runs each of its documents under the limits, writes the records, and only then
 * commits the input to the state. Document failures become error lines; only output failures
 * (the folder became unwritable) escape, as {@link UncheckedIOException}, and end the run.
 */
final class InputJob {
    private final RunContext ctx;
    private final Path file;
    private final String key;
    private final DocumentScreen screen;

    InputJob(RunContext ctx, Path file) {
        this.ctx = ctx;
        this.file = file;
        this.key = stateKey(file);
        this.screen = new DocumentScreen(ctx.options().maxBytes());
    }

    /** The state's key for a file: its absolute normalised path, the same from any working folder. */
    static String stateKey(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    void run() {
        try {
            process();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + ctx.out().dir() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ctx.progress().step();
        }
    }

    private void process() throws IOException, InterruptedException {
        InputFingerprint now;
        try {
            now = InputFingerprint.of(file);
        } catch (IOException e) {
            // Unreadable or vanished: nothing is committed, so the next run tries again.
            ctx.counters().count(ctx.state().get(key).isPresent() ? InputStatus.CHANGED : InputStatus.NEW);
            ctx.errors().add(InputError.of(file.toString(), 0, "ingest", e));
            return;
        }
        InputState previous = ctx.state().get(key).orElse(null);
        InputStatus status = InputStatus.classify(previous, now, ctx.version(), ctx.rules(), ctx.options().full());
        if (status == InputStatus.UNCHANGED && !previous.records().stream().allMatch(ctx.out()::hasRecord)) {
            // A record file vanished or was emptied (deleted by hand, a power loss without --fsync).
            status = InputStatus.CHANGED;
        }
        ctx.counters().count(status);
        if (status == InputStatus.UNCHANGED) {
            return;
        }
        InputDocuments docs = new InputDocuments(ctx, file, key, screen);
        // A single-article file over the limit is refused unread; containers are judged per document.
        Optional<String> refused = FileFormat.of(file).filter(FileFormat::singleArticle).isPresent()
                ? screen.rejectFileSize(now.size()) : Optional.empty();
        if (refused.isPresent()) {
            docs.error(new InputError(file.toString(), 0, "ingest", refused.get(), null));
        } else {
            try {
                ctx.ingest().read(file, docs);
            } catch (RuntimeException | StackOverflowError e) {
                // A reader bug the ingest stage did not catch still costs only this input.
                docs.error(InputError.of(file.toString(), 0, "ingest", e));
            }
        }
        List<String> produced = docs.awaitAll();
        ctx.state().commit(new InputState(key, now.size(), now.sha256(), ctx.version(), ctx.rules(), produced,
                docs.errors()));
        if (previous != null) {
            dropStaleRecords(previous, produced);
        }
    }

    /** Records the input produced last time but not now (its content changed) are deleted. */
    private void dropStaleRecords(InputState previous, List<String> produced) throws IOException {
        List<String> stale = new ArrayList<>();
        for (String name : previous.records()) {
            if (!produced.contains(name)) {
                ctx.names().release(name, key);
                if (!ctx.state().references(name)) {
                    stale.add(name);
                }
            }
        }
        ctx.out().deleteRecords(stale);
    }
}
