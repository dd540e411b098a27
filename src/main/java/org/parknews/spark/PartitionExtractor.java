package org.parknews.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.commons.io.file.PathUtils;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.RawDocument;
import org.parknews.pipeline.Pipeline;
import org.parknews.record.RecordJson;
import scala.Tuple2;

/**
 * The executor side of the job: for each input file of a partition, reads its documents and runs
 * the executor's shared {@link Pipeline} on each, one file at a time. Like the CLI, a failing
 * document becomes an error line and never stops the partition.
 */
final class PartitionExtractor
        implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, ExtractOutcome> {
    /** For name checks only; each partition reads with its own {@link Ingest}. */
    private static final Ingest NAMES = new Ingest();
    private final Broadcast<SeedsBundle> seeds;

    PartitionExtractor(Broadcast<SeedsBundle> seeds) {
        this.seeds = seeds;
    }

    @Override
    public Iterator<ExtractOutcome> call(Iterator<Tuple2<String, PortableDataStream>> files) throws IOException {
        Pipeline pipeline = ExecutorPipelines.get(seeds.value());
        Path stagingDir = Files.createTempDirectory("parknews-input-").toAbsolutePath().normalize();
        StagedInput staged = new StagedInput(new Ingest(), stagingDir);
        TaskContext task = TaskContext.get();
        if (task != null) {
            // Removed when the task ends, succeeded or failed, after Spark has drained the iterator.
            task.addTaskCompletionListener(new TaskCompletionListener() {
                @Override
                public void onTaskCompletion(TaskContext context) {
                    deleteStagingDir(stagingDir);
                }
            });
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED), false)
                .flatMap(file -> extract(pipeline, staged, file._1(), file._2()).stream())
                .iterator();
    }

    /** Whether some reader takes the file; a name no local path can hold is kept, to be reported. */
    static boolean accepts(String uri) {
        try {
            return NAMES.accepts(Path.of(fileName(uri)));
        } catch (InvalidPathException e) {
            return true;
        }
    }

    private static String fileName(String uri) {
        return new org.apache.hadoop.fs.Path(uri).getName();
    }

    /** Every outcome of one input file. */
    private static List<ExtractOutcome> extract(Pipeline pipeline, StagedInput staged, String uri,
                                                PortableDataStream content) {
        List<ExtractOutcome> out = new ArrayList<>();
        String fileName = fileName(uri);
        DocumentSink sink = new DocumentSink() {
            private long ordinal;

            @Override
            public void accept(RawDocument doc) {
                ordinal++;
                try {
                    String json = RecordJson.line(pipeline.process(doc));
                    out.add(new ExtractOutcome(doc.id(), uri, ordinal, json, false));
                } catch (RuntimeException | StackOverflowError e) {
                    error(InputError.of(doc.source().path(), 0, "extract", e));
                }
            }

            @Override
            public void error(InputError error) {
                out.add(new ExtractOutcome(null, uri, ordinal, RecordJson.line(error), true));
            }
        };
        try (InputStream in = content.open()) {
            staged.read(uri, fileName, in, sink);
        } catch (IOException | RuntimeException e) {
            sink.error(InputError.of(uri, 0, "ingest", e));
        }
        return out;
    }

    private static void deleteStagingDir(Path dir) {
        try {
            if (Files.exists(dir)) {
                PathUtils.deleteDirectory(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove staging folder " + dir, e);
        }
    }
}
