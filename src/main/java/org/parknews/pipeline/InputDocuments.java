package org.parknews.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.FileFormat;
import org.parknews.ingest.InputError;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.StackTraces;
import org.parknews.record.Record;

/**
 * Receives one input's documents from its reader and turns each into a record file or an
 * error line. Screening and the record name are decided here, in reading order; the pipeline
 * work goes to the run's document pool, so the many documents of one JSON Lines or WARC file
 * use every core too. {@link #awaitAll()} waits for this input's documents only.
 */
final class InputDocuments implements DocumentSink {
    private final RunContext ctx;
    private final Path file;
    private final String key;
    private final DocumentScreen screen;
    private final Set<String> namesHere = new HashSet<>();
    private final List<String> produced = new ArrayList<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicReference<IOException> fatal = new AtomicReference<>();
    /** One party for the reading thread, one more for each document in flight. */
    private final Phaser inFlight = new Phaser(1);

    InputDocuments(RunContext ctx, Path file, String key, DocumentScreen screen) {
        this.ctx = ctx;
        this.file = file;
        this.key = key;
        this.screen = screen;
    }

    @Override
    public void accept(RawDocument doc) {
        if (fatal.get() != null) {
            return;
        }
        String path = doc.source().path();
        Optional<String> rejected = screen.reject(doc.text());
        if (rejected.isPresent()) {
            error(new InputError(path, 0, "ingest", reasonWithId(doc, rejected.get()), null));
            return;
        }
        String name = SafeFileName.of(doc.id());
        String owner = ctx.names().claim(name, key);
        if (owner != null || !namesHere.add(name)) {
            error(new InputError(path, 0, "record", "duplicate id '" + doc.id() + "': record " + name
                    + " already comes from " + (owner != null ? owner : "an earlier document of this input"), null));
            return;
        }
        inFlight.register();
        try {
            ctx.documents().submit(() -> {
                try {
                    process(doc, name);
                } finally {
                    inFlight.arriveAndDeregister();
                }
            });
        } catch (IOException e) {
            inFlight.arriveAndDeregister();
            fatal.compareAndSet(null, e);
        } catch (InterruptedException e) {
            inFlight.arriveAndDeregister();
            Thread.currentThread().interrupt();
            fatal.compareAndSet(null, new IOException("run interrupted", e));
        }
    }

    /** Runs on a document thread: the pipeline under the time budget, then the record file. */
    private void process(RawDocument doc, String name) {
        String path = doc.source().path();
        Record record;
        try {
            record = ctx.runner().process(doc);
        } catch (DocumentFailure f) {
            error(new InputError(path, 0, f.stage(), reasonWithId(doc, f.getMessage()),
                    f.getCause() == null ? null : StackTraces.head(f.getCause(), 8)));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fatal.compareAndSet(null, new IOException("run interrupted", e));
            return;
        }
        if (record.body() == null || record.body().isBlank()) {
            error(new InputError(path, 0, "clean", reasonWithId(doc, "no article text found"), null));
            return;
        }
        try {
            ctx.out().writeRecord(name, record);
        } catch (IOException e) {
            fatal.compareAndSet(null, e);
            return;
        }
        synchronized (produced) {
            produced.add(name);
        }
        ctx.counters().recordWritten();
    }

    /**
     * Waits until every document of this input is done; returns the record names it produced,
     * sorted. Throws the first output failure, which ends the run.
     */
    List<String> awaitAll() throws IOException {
        inFlight.arriveAndAwaitAdvance();
        if (fatal.get() != null) {
            throw fatal.get();
        }
        ctx.documents().rethrowFatal();
        synchronized (produced) {
            return new ArrayList<>(new TreeSet<>(produced));
        }
    }

    int errors() {
        return errors.get();
    }

    private String reasonWithId(RawDocument doc, String reason) {
        return doc.id().equals(FileFormat.of(file).map(f -> f.stem(file)).orElse(null))
                ? reason : reason + " (id " + doc.id() + ")";
    }

    @Override
    public void error(InputError error) {
        errors.incrementAndGet();
        ctx.errors().add(error);
    }
}
