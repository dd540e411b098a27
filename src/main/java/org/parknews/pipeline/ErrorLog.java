package org.parknews.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.parknews.ingest.InputError;
import org.parknews.record.RecordJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's {@code _errors.jsonl}: one JSON line per failed input, row or record, streamed to a
 * temporary file and renamed over the previous run's log when the run ends. Failed inputs are
 * retried on every run, so the log always lists every failure still present in the corpus.
 */
public final class ErrorLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorLog.class);

    private final Path tmp;
    private final Path target;
    private final BufferedWriter out;
    private final AtomicLong count = new AtomicLong();

    ErrorLog(Path tmp, Path target) throws IOException {
        this.tmp = tmp;
        this.target = target;
        // Not Files.newBufferedWriter: its encoder throws on a lone surrogate (a JSON "\\ud800" in an
        // input's id), which would end the whole run; this one writes '?' for it, as records do.
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8));
    }

    public synchronized void add(InputError error) {
        count.incrementAndGet();
        LOG.warn("{}{} failed at {}: {}", error.path(), error.record() > 0 ? " #" + error.record() : "", error.stage(),
                error.reason());
        try {
            out.write(RecordJson.line(error));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error log " + tmp, e);
        }
    }

    public long count() {
        return count.get();
    }

    /** Makes this run's log the current {@code _errors.jsonl}. */
    public synchronized void publish() throws IOException {
        out.close();
        AtomicFiles.force(tmp);
        AtomicFiles.move(tmp, target);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
        Files.deleteIfExists(tmp);
    }
}
