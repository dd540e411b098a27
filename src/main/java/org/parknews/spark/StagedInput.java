package org.parknews.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;

/**
 * Runs ingest's readers on a file that lives where only Spark can reach it (HDFS, S3, a local
 * folder): the bytes are streamed to a local file of the same name, so each reader's
 * {@code accepts} and id rules apply unchanged, and the paths it reports are put back to the
 * original URI. Every format in {@link Ingest}'s reader list therefore works here too.
 */
final class StagedInput {
    private final Ingest ingest;
    private final Path stagingDir;

    StagedInput(Ingest ingest, Path stagingDir) {
        this.ingest = ingest;
        this.stagingDir = stagingDir;
    }

    /** Copies {@code content} to the staging folder, reads it, then deletes the copy. */
    void read(String uri, String fileName, InputStream content, DocumentSink sink) {
        Path local = stagingDir.resolve(fileName).normalize();
        if (!stagingDir.equals(local.getParent())) {
            sink.error(new InputError(uri, 0, "ingest", "file name is not a plain name: " + fileName, null));
            return;
        }
        try {
            Files.copy(content, local, StandardCopyOption.REPLACE_EXISTING);
            ingest.read(local, new OriginalPaths(uri, local.toString(), sink));
        } catch (IOException | RuntimeException e) {
            sink.error(InputError.of(uri, 0, "ingest", e));
        } finally {
            try {
                Files.deleteIfExists(local);
            } catch (IOException ignored) {
                // the staging folder is temporary; a leftover copy is removed with it
            }
        }
    }

    /** Puts the original URI back wherever a reader reported the staged copy's path. */
    private record OriginalPaths(String uri, String stagedPath, DocumentSink sink) implements DocumentSink {

        @Override
        public void accept(RawDocument doc) {
            SourceInfo source = doc.source().withPath(restore(doc.source().path()));
            sink.accept(new RawDocument(doc.id(), source, doc.contentType(), doc.text(), doc.hints(),
                    doc.warnings()));
        }

        @Override
        public void error(InputError e) {
            sink.error(new InputError(restore(e.path()), e.record(), e.stage(), e.reason(), e.trace()));
        }

        private String restore(String path) {
            return path != null && path.startsWith(stagedPath) ? uri + path.substring(stagedPath.length()) : path;
        }
    }
}
