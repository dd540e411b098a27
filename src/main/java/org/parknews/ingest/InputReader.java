package org.parknews.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one kind of input file into raw documents; one class per container format. */
public interface InputReader {

    /** Whether this reader understands the file, judged by its name. */
    boolean accepts(Path file);

    /** Reads every document in {@code file}; errors confined to one row or record go to the sink. */
    void read(Path file, DocumentSink sink) throws IOException;
}
