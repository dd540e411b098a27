package org.parknews.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens an input file as a byte stream, gunzipping {@code .gz} files on the fly, and spots binary content. */
public final class InputBytes {
    private static final int SNIFF = 8192;

    private InputBytes() {
    }

    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    public static byte[] readAll(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
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
