package org.parknews.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The ingest stage's entry point: picks the reader for an input file and reports unreadable ones. */
public final class Ingest {
    private final List<InputReader> readers;

    public Ingest() {
        this(IngestLimits.defaults());
    }

    /** The standard readers, each reading under {@code limits}. */
    public Ingest(IngestLimits limits) {
        this(List.of(new ArticleFileReader(limits), new JsonLinesReader(limits), new WarcFileReader(limits)));
    }

    public Ingest(List<InputReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Whether some reader claims this file; other files in an input folder are skipped. */
    public boolean accepts(Path file) {
        return readers.stream().anyMatch(r -> r.accepts(file));
    }

    /** Reads {@code file}; any failure becomes an {@link InputError} for that file. */
    public void read(Path file, DocumentSink sink) {
        InputReader reader = readers.stream().filter(r -> r.accepts(file)).findFirst().orElse(null);
        if (reader == null) {
            sink.error(new InputError(file.toString(), 0, "ingest", "unsupported file type (readable: " + FileFormat.knownSuffixes() + ")", null));
            return;
        }
        try {
            reader.read(file, sink);
        } catch (IOException | RuntimeException e) {
            sink.error(InputError.of(file.toString(), 0, "ingest", e));
        }
    }
}
