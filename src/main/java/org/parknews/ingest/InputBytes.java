package org.parknews.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens an input file as a byte stream, gunzipping {@code .gz} files on the fly under the
 * inflation limits, reads single documents under the size cap, and spots binary content.
 */
public final class InputBytes {
    private static final int SNIFF = 8192;

    private InputBytes() {
    }

    public static InputStream open(Path file) throws IOException {
        return open(file, IngestLimits.defaults());
    }

    /** The file's bytes; a {@code .gz} file is inflated, failing past the limits' total or ratio. */
    public static InputStream open(Path file, IngestLimits limits) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try {
                InflationGuard.Counted raw = new InflationGuard.Counted(in);
                return new BufferedInputStream(new InflationGuard(new GZIPInputStream(raw, 1 << 16), raw, limits), 1 << 16);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }
        return in;
    }

    public static byte[] readAll(Path file) throws IOException {
        return readAll(file, IngestLimits.defaults());
    }

    /** The whole file as one document, refused with {@link InputTooLargeException} past the document cap. */
    public static byte[] readAll(Path file, IngestLimits limits) throws IOException {
        try (InputStream in = open(file, limits)) {
            return readCapped(in, limits, "the file");
        }
    }

    /** Reads at most the document cap from {@code in}; one byte more means the document is refused unbuffered. */
    static byte[] readCapped(InputStream in, IngestLimits limits, String what) throws IOException {
        long cap = limits.maxDocumentBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, cap + 1));
        if (bytes.length > cap) {
            throw new InputTooLargeException(limits.documentTooLarge(what), false);
        }
        return bytes;
    }

    /**
     * NUL bytes never occur in the text encodings we read except UTF-16 and UTF-32, which carry
     * a BOM; images, archives and office files all have them near the start.
     */
    public static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
