package org.parknews.ingest;

import java.util.Locale;

/**
 * How much an input may make the readers hold or inflate, so no archive can exhaust memory:
 * one document (a single-article file after gunzip, a JSON Lines row, a WARC payload) is read
 * with at most {@code maxDocumentBytes}, and a compressed input stops once it has inflated to
 * {@code maxDecompressedBytes} or inflates more than {@code maxRatio} times its compressed size
 * (a gzip bomb), failing that input only.
 *
 * @param maxDocumentBytes     largest document read into memory (the run's --max-bytes)
 * @param maxDecompressedBytes largest total a compressed input may inflate to (--max-decompressed)
 * @param maxRatio             largest decompressed/compressed ratio accepted once past {@link #RATIO_FLOOR};
 *                             text and HTML compress 3–20×, deflate's ceiling is about 1032×
 */
public record IngestLimits(long maxDocumentBytes, long maxDecompressedBytes, int maxRatio) {
    public static final long DEFAULT_DOCUMENT_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_DECOMPRESSED_BYTES = 16L * 1024 * 1024 * 1024;
    public static final int DEFAULT_RATIO = 200;
    /** The ratio is judged only past this many inflated bytes: a tiny file of repeated markup can inflate far. */
    public static final long RATIO_FLOOR = 16L * 1024 * 1024;
    /** JSON nesting deeper than this is no article dump; Jackson stops there instead of recursing on. */
    public static final int MAX_JSON_DEPTH = 64;
    /** Digits in one JSON number: enough for any id or timestamp, too few for a parse that takes seconds. */
    public static final int MAX_JSON_NUMBER_LENGTH = 100;

    public IngestLimits {
        if (maxDocumentBytes < 1 || maxDecompressedBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "limits must be positive: document %d, decompressed %d, ratio %d",
                    maxDocumentBytes, maxDecompressedBytes, maxRatio));
        }
    }

    public static IngestLimits defaults() {
        return new IngestLimits(DEFAULT_DOCUMENT_BYTES, DEFAULT_DECOMPRESSED_BYTES, DEFAULT_RATIO);
    }

    /** A document cap of {@code maxBytes} (the run's --max-bytes) with the default decompression limits. */
    public static IngestLimits forDocuments(long maxBytes) {
        return new IngestLimits(maxBytes, DEFAULT_DECOMPRESSED_BYTES, DEFAULT_RATIO);
    }

    public IngestLimits withMaxDecompressedBytes(long bytes) {
        return new IngestLimits(maxDocumentBytes, bytes, maxRatio);
    }

    /** The error text for a document over the cap. */
    String documentTooLarge(String what) {
        return String.format(Locale.ROOT, "too large: %s is over the limit of %d bytes (--max-bytes)",
                what, maxDocumentBytes);
    }
}
