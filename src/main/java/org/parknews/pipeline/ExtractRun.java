package org.parknews.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.InputFinder;
import org.parknews.ingest.RawDocument;
import org.parknews.record.Record;

/**
 * Runs the pipeline over input files into an output folder: files in parallel, each document
 * isolated (a failure becomes an error line, never a stopped run), then records.jsonl and the
 * summary rebuilt at the end.
 */
public final class ExtractRun {
    private final Pipeline pipeline;
    private final Ingest ingest;
    private final int threads;

    public ExtractRun(Pipeline pipeline, Ingest ingest, int threads) {
        this.pipeline = pipeline;
        this.ingest = ingest;
        this.threads = Math.max(1, threads);
    }

    public RunSummary run(List<Path> inputs, Path outDir) throws IOException {
        long started = System.nanoTime();
        OutputDirectory out = new OutputDirectory(outDir);
        List<Path> files = new InputFinder(ingest::accepts, outDir).find(inputs);
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentHashMap<String, String> namesInRun = new ConcurrentHashMap<>();

        DocumentSink sink = new DocumentSink() {
            @Override
            public void accept(RawDocument doc) {
                read.incrementAndGet();
                String fileName = SafeFileName.of(doc.id());
                String earlier = namesInRun.putIfAbsent(fileName, doc.source().path());
                if (earlier != null) {
                    error(new InputError(doc.source().path(), 0, "record",
                            "duplicate id '" + doc.id() + "' (already written from " + earlier + ")", null));
                    return;
                }
                try {
                    Record record = pipeline.process(doc);
                    out.writeRecord(fileName, record);
                    written.incrementAndGet();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot write record " + doc.id(), e);
                } catch (RuntimeException | StackOverflowError e) {
                    namesInRun.remove(fileName);
                    error(InputError.of(doc.source().path(), 0, "extract", e));
                }
            }

            @Override
            public void error(InputError error) {
                failed.incrementAndGet();
                out.writeError(error);
            }
        };

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Path file : files) {
                tasks.add(pool.submit(() -> ingest.read(file, sink)));
            }
            for (Future<?> t : tasks) {
                t.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("run interrupted", e);
        } catch (ExecutionException e) {
            // Only output failures escape a document; they end the run (exit 2).
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.rebuildRecordsJsonl();
        double seconds = (System.nanoTime() - started) / 1e9;
        RunSummary summary = new RunSummary(read.get(), written.get(), failed.get(), round(seconds),
                round(seconds > 0 ? written.get() / seconds : 0));
        out.writeSummary(summary);
        out.close();
        return summary;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
